import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { RegistryQuotas } from '../../workspaces/cluster';
import { UserRegistry } from '../../workspaces/users';
/**
 * Properties of a SharedOpenZfs.
 */
export interface SharedOpenZfsProps extends RegistryQuotas {
    /** VPC of the file system. */
    readonly vpc: ec2.IVpc;
    /**
     * Subnets: the file system (single availability zone) goes into the first.
     * @default - the VPC's isolated subnets, else its private subnets
     */
    readonly vpcSubnets?: ec2.SubnetSelection;
    /**
     * Research users and groups: their quotas, by their registry uid and gid.
     * @default - no quotas
     */
    readonly registry?: UserRegistry;
    /**
     * Storage capacity in GiB (64 to 524288).
     * @default 64
     */
    readonly storageCapacityGiB?: number;
    /**
     * Throughput capacity in MB/s (SINGLE_AZ_1: 64, 128, 256, 512, 1024, 2048, 3072 or 4096).
     * @default 64
     */
    readonly throughputMBps?: number;
    /**
     * Customer managed key for encryption at rest.
     * @default - the account's FSx key (aws/fsx)
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * Days automatic daily backups are kept (0 turns them off).
     * @default 30
     */
    readonly backupRetentionDays?: number;
    /**
     * NFS clients that may mount (CIDR blocks); the security group still admits only what
     * `allowFrom` names.
     * @default - the VPC's range
     */
    readonly clientCidrs?: string[];
    /**
     * Squash root on clients to nobody. Off by default: a workstation's boot provisioning creates
     * the homes and gives them their owners as root, as it does on EFS with root access.
     * @default false
     */
    readonly rootSquash?: boolean;
    /**
     * What happens to the file system when it leaves the stack.
     * @default RemovalPolicy.RETAIN
     */
    readonly removalPolicy?: RemovalPolicy;
}
/**
 * Home directories on Amazon FSx for OpenZFS, with per-user and per-group quotas from the
 * registry (`UserAndGroupQuotas`: the registry's uids and gids).
 *
 * - Single-AZ in the lab's private subnets, behind a security group that admits NFS
 *   (111, 2049, 20001-20003) only from what `allowFrom` names; exported to the VPC only.
 * - Encrypted at rest (the given key, else aws/fsx), ZSTD compression, daily backups kept 30
 *   days, retained when removed from the stack unless `removalPolicy` says otherwise.
 * - The same layout as the lab's EFS (`/home/<user>`, `/projects/<group>`, `/scratch`),
 *   created by the clients' provisioning with the registry's owners.
 *
 * @example
 * const homes = new SharedOpenZfs(this, 'Homes', { vpc, registry, userQuotaGiB: 100, userQuotasGiB: { alice: 500 } });
 * homes.allowFrom(workspace);
 */
export declare class SharedOpenZfs extends Construct implements ec2.IConnectable {
    /** The file system. */
    readonly fileSystem: fsx.CfnFileSystem;
    /** Its security group. */
    readonly securityGroup: ec2.SecurityGroup;
    /** Network connections. */
    readonly connections: ec2.Connections;
    private readonly quotas;
    constructor(scope: Construct, id: string, props: SharedOpenZfsProps);
    /** Admits NFS (111, 2049, 20001-20003, TCP and UDP) from a peer. */
    allowFrom(peer: ec2.IConnectable): void;
    /** The file system's DNS name (what clients mount: `<dns>:/fsx`). */
    get dnsName(): string;
    /** The quota of a registry user in GiB, when one is set. */
    userQuotaGiB(user: string): number | undefined;
    /** The quota of a registry group in GiB, when one is set. */
    groupQuotaGiB(group: string): number | undefined;
    /** Number of user and group quotas set. */
    get quotaCount(): number;
}
