import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { LustreQuotas } from '../../workspaces/cluster';
import { UserRegistry } from '../../workspaces/users';
/**
 * How an FSx for Lustre file system is deployed.
 */
export declare enum LustreDeployment {
    /** Scratch: no replication, cheapest, for temporary job data (data is lost when a server fails). */
    SCRATCH_2 = "SCRATCH_2",
    /** Persistent: replicated within the zone, backups, a customer managed key. */
    PERSISTENT_2 = "PERSISTENT_2"
}
/**
 * Properties of a SharedLustre.
 */
export interface SharedLustreProps extends LustreQuotas {
    /** VPC of the file system. */
    readonly vpc: ec2.IVpc;
    /**
     * Subnets: the file system (single availability zone) goes into the first.
     * @default - the VPC's isolated subnets, else its private subnets
     */
    readonly vpcSubnets?: ec2.SubnetSelection;
    /**
     * Deployment type.
     * @default LustreDeployment.SCRATCH_2
     */
    readonly deployment?: LustreDeployment;
    /**
     * Storage capacity in GiB: 1200, 2400, then steps of 2400.
     * @default 1200
     */
    readonly storageCapacityGiB?: number;
    /**
     * Throughput per TiB of storage in MB/s (PERSISTENT_2: 125, 250, 500 or 1000).
     * @default 125 for PERSISTENT_2
     */
    readonly throughputPerTiB?: number;
    /**
     * A bucket of the lab linked to the file system (a data repository association): objects
     * appear as files under `dataRepositoryPath`, new and changed files are exported back.
     * @default - no bucket
     */
    readonly dataRepository?: s3.IBucket;
    /**
     * Prefix in the bucket.
     * @default - the whole bucket
     */
    readonly dataRepositoryPrefix?: string;
    /**
     * Where the bucket appears in the file system.
     * @default "/data"
     */
    readonly dataRepositoryPath?: string;
    /**
     * Customer managed key for encryption at rest (PERSISTENT_2; scratch file systems are always
     * encrypted with an AWS managed key).
     * @default - the account's FSx key (aws/fsx)
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * Days automatic daily backups of a persistent file system are kept (0 turns them off).
     * @default 7
     */
    readonly backupRetentionDays?: number;
    /**
     * Research users and groups whose quotas are set (by their registry uid and gid). Lustre
     * quotas are set from a client: a ResearchCluster with this scratch sets them from one node.
     * @default - no quotas
     */
    readonly registry?: UserRegistry;
    /**
     * What happens to the file system when it leaves the stack (scratch too: jobs' results may be
     * the only copy).
     * @default RemovalPolicy.RETAIN
     */
    readonly removalPolicy?: RemovalPolicy;
}
/**
 * Fast scratch (or persistent) storage on Amazon FSx for Lustre for the lab's cluster and
 * workstations, optionally linked to an S3 bucket of the lab.
 *
 * - Single-AZ in the lab's private subnets, behind a security group that admits Lustre (988,
 *   1018-1023) only from what `allowFrom` names, and from its own servers.
 * - Encrypted at rest; LZ4 compression; retained when removed from the stack unless
 *   `removalPolicy` says otherwise; persistent file systems keep daily backups.
 * - A data repository association imports the bucket's objects (metadata at creation, new,
 *   changed and deleted objects automatically) and exports new and changed files.
 * - The same POSIX layout as the lab's other storage: clients create `/scratch/<user>` with the
 *   registry's owners (Lustre keeps uids and gids as numbers, like NFS).
 *
 * @example
 * const scratch = new SharedLustre(this, 'Scratch', { vpc, dataRepository: bucket });
 * scratch.allowFrom(clusterNodes);
 */
export declare class SharedLustre extends Construct implements ec2.IConnectable {
    /** The file system. */
    readonly fileSystem: fsx.CfnFileSystem;
    /** Its security group. */
    readonly securityGroup: ec2.SecurityGroup;
    /** Network connections. */
    readonly connections: ec2.Connections;
    /** Deployment type. */
    readonly deployment: LustreDeployment;
    /**
     * The data repository association.
     * @default - none
     */
    readonly dataRepositoryAssociation?: fsx.CfnDataRepositoryAssociation;
    /** Storage capacity in GiB. */
    readonly storageCapacityGiB: number;
    /**
     * The quota settings, for the client that sets them (ResearchCluster).
     * @default - no quotas
     */
    readonly quotaSettings?: LustreQuotas;
    /**
     * The registry the quotas are of.
     * @default - no quotas
     */
    readonly quotaRegistry?: UserRegistry;
    private readonly quotas;
    constructor(scope: Construct, id: string, props: SharedLustreProps);
    /** The quota of a registry user in GiB, when one is set. */
    userQuotaGiB(user: string): number | undefined;
    /** The quota of a registry group in GiB, when one is set. */
    groupQuotaGiB(group: string): number | undefined;
    /** The quota of a registry group's project folder (`<mount>/projects/<group>`) in GiB, when one is set. */
    projectQuotaGiB(group: string): number | undefined;
    /** Number of user, group and project quotas set (by the cluster that mounts it). */
    get quotaCount(): number;
    /** Admits Lustre (TCP 988 and 1018-1023) from a peer. */
    allowFrom(peer: ec2.IConnectable): void;
    /** The file system's DNS name. */
    get dnsName(): string;
    /** The Lustre mount name (`mount -t lustre <dns>@tcp:/<mountName> /scratch`). */
    get mountName(): string;
}
