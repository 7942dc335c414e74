import { RemovalPolicy, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { checkedRegistryQuotas, fileSystemSecurityGroup, fileSystemSubnets, quotaOf, RegistryQuota } from './private/fsx';
import { checkKnownProps } from '../../private/known-props';
import { LustreQuotas } from '../../workspaces/cluster';
import { UserRegistry } from '../../workspaces/users';
import { badProp, checkInt, unresolved } from '../private/props';

/**
 * How an FSx for Lustre file system is deployed.
 */
export enum LustreDeployment {
  /** Scratch: no replication, cheapest, for temporary job data (data is lost when a server fails). */
  SCRATCH_2 = 'SCRATCH_2',
  /** Persistent: replicated within the zone, backups, a customer managed key. */
  PERSISTENT_2 = 'PERSISTENT_2',
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
export class SharedLustre extends Construct implements ec2.IConnectable {
  /** The file system. */
  public readonly fileSystem: fsx.CfnFileSystem;
  /** Its security group. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** Network connections. */
  public readonly connections: ec2.Connections;
  /** Deployment type. */
  public readonly deployment: LustreDeployment;
  /**
   * The data repository association.
   * @default - none
   */
  public readonly dataRepositoryAssociation?: fsx.CfnDataRepositoryAssociation;
  /** Storage capacity in GiB. */
  public readonly storageCapacityGiB: number;
  /**
   * The quota settings, for the client that sets them (ResearchCluster).
   * @default - no quotas
   */
  public readonly quotaSettings?: LustreQuotas;
  /**
   * The registry the quotas are of.
   * @default - no quotas
   */
  public readonly quotaRegistry?: UserRegistry;

  private readonly quotas: RegistryQuota[];

  constructor(scope: Construct, id: string, props: SharedLustreProps) {
    super(scope, id);
    checkKnownProps(this, 'SharedLustreProps', props);
    this.deployment = props.deployment ?? LustreDeployment.SCRATCH_2;
    const persistent = this.deployment === LustreDeployment.PERSISTENT_2;
    const capacity = props.storageCapacityGiB ?? 1200;
    this.storageCapacityGiB = capacity;
    if (!unresolved(capacity) && !(capacity === 1200 || (Number.isInteger(capacity) && capacity >= 2400 && capacity % 2400 === 0))) {
      badProp(this, 'storageCapacityGiB', capacity, 'FSx for Lustre (SSD) takes 1200 or 2400 GiB, then steps of 2400', 'use 1200, 2400, 4800, ...');
    }
    if (props.throughputPerTiB !== undefined && !persistent) {
      badProp(this, 'throughputPerTiB', props.throughputPerTiB, 'only persistent file systems have a throughput setting', 'remove it, or use deployment PERSISTENT_2');
    }
    const throughput = props.throughputPerTiB ?? 125;
    if (persistent && !unresolved(throughput) && ![125, 250, 500, 1000].includes(throughput)) {
      badProp(this, 'throughputPerTiB', throughput, 'not a PERSISTENT_2 throughput', 'use 125, 250, 500 or 1000 (MB/s per TiB)');
    }
    if (props.encryptionKey && !persistent) {
      badProp(this, 'encryptionKey', '(a key)', 'scratch file systems are encrypted with an AWS managed key and take no customer key', 'remove encryptionKey, or use deployment PERSISTENT_2');
    }
    checkInt(this, 'backupRetentionDays', props.backupRetentionDays, 0, 90, 'use 0 to 90 days');
    if (props.backupRetentionDays !== undefined && !persistent) {
      badProp(this, 'backupRetentionDays', props.backupRetentionDays, 'scratch file systems have no backups', 'remove it, or use deployment PERSISTENT_2');
    }
    const dataPath = props.dataRepositoryPath ?? '/data';
    if (!/^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(dataPath)) {
      badProp(this, 'dataRepositoryPath', dataPath, 'an absolute path of letters, digits, ".", "_" and "-" (not the root)', 'write e.g. "/data"');
    }
    if ((props.dataRepositoryPrefix !== undefined || props.dataRepositoryPath !== undefined) && !props.dataRepository) {
      badProp(this, 'dataRepository', undefined, 'dataRepositoryPrefix and dataRepositoryPath need a bucket', 'give dataRepository, or remove them');
    }

    this.quotas = checkedRegistryQuotas(this, props, true);
    if (this.quotas.length) {
      this.quotaRegistry = props.registry;
      this.quotaSettings = {
        userQuotaGiB: props.userQuotaGiB,
        userQuotasGiB: props.userQuotasGiB,
        groupQuotaGiB: props.groupQuotaGiB,
        groupQuotasGiB: props.groupQuotasGiB,
        projectQuotaGiB: props.projectQuotaGiB,
        projectQuotasGiB: props.projectQuotasGiB,
      };
    }

    this.securityGroup = fileSystemSecurityGroup(this, props.vpc, `FSx for Lustre ${this.node.path}`);
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroup] });
    // Lustre servers talk to each other on the same ports.
    this.allowFrom(this.securityGroup);
    const subnets = fileSystemSubnets(this, props.vpc, props.vpcSubnets, 1);
    this.fileSystem = new fsx.CfnFileSystem(this, 'Resource', {
      fileSystemType: 'LUSTRE',
      fileSystemTypeVersion: '2.15',
      storageCapacity: capacity,
      storageType: 'SSD',
      subnetIds: subnets,
      securityGroupIds: [this.securityGroup.securityGroupId],
      kmsKeyId: persistent ? props.encryptionKey?.keyId : undefined,
      lustreConfiguration: {
        deploymentType: this.deployment,
        dataCompressionType: 'LZ4',
        perUnitStorageThroughput: persistent ? throughput : undefined,
        automaticBackupRetentionDays: persistent ? props.backupRetentionDays ?? 7 : undefined,
        copyTagsToBackups: persistent ? true : undefined,
        dailyAutomaticBackupStartTime: persistent ? '05:00' : undefined,
      },
    });
    this.fileSystem.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);

    if (props.dataRepository) {
      const prefix = (props.dataRepositoryPrefix ?? '').replace(/^\/+|\/+$/g, '');
      this.dataRepositoryAssociation = new fsx.CfnDataRepositoryAssociation(this, 'DataRepository', {
        fileSystemId: this.fileSystem.ref,
        fileSystemPath: dataPath,
        dataRepositoryPath: `s3://${props.dataRepository.bucketName}${prefix ? `/${prefix}/` : ''}`,
        batchImportMetaDataOnCreate: true,
        s3: {
          autoImportPolicy: { events: ['NEW', 'CHANGED', 'DELETED'] },
          autoExportPolicy: { events: ['NEW', 'CHANGED', 'DELETED'] },
        },
      });
      this.dataRepositoryAssociation.applyRemovalPolicy(RemovalPolicy.DESTROY);
    }
    Tags.of(this).add('research:storage', `lustre-${persistent ? 'persistent' : 'scratch'}`);
  }

  /** The quota of a registry user in GiB, when one is set. */
  public userQuotaGiB(user: string): number | undefined {
    return quotaOf(this.quotas, 'USER', user);
  }

  /** The quota of a registry group in GiB, when one is set. */
  public groupQuotaGiB(group: string): number | undefined {
    return quotaOf(this.quotas, 'GROUP', group);
  }

  /** The quota of a registry group's project folder (`<mount>/projects/<group>`) in GiB, when one is set. */
  public projectQuotaGiB(group: string): number | undefined {
    return quotaOf(this.quotas, 'PROJECT', group);
  }

  /** Number of user, group and project quotas set (by the cluster that mounts it). */
  public get quotaCount(): number {
    return this.quotas.length;
  }

  /** Admits Lustre (TCP 988 and 1018-1023) from a peer. */
  public allowFrom(peer: ec2.IConnectable): void {
    this.connections.allowFrom(peer, ec2.Port.tcp(988), 'Lustre from the lab');
    this.connections.allowFrom(peer, ec2.Port.tcpRange(1018, 1023), 'Lustre from the lab');
  }

  /** The file system's DNS name. */
  public get dnsName(): string {
    return this.fileSystem.attrDnsName;
  }

  /** The Lustre mount name (`mount -t lustre <dns>@tcp:/<mountName> /scratch`). */
  public get mountName(): string {
    return this.fileSystem.attrLustreMountName;
  }
}
