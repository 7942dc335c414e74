import { RemovalPolicy, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as fsx from 'aws-cdk-lib/aws-fsx';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { checkedRegistryQuotas, fileSystemSecurityGroup, fileSystemSubnets, OPENZFS_THROUGHPUTS_MBPS, quotaOf, RegistryQuota } from './private/fsx';
import { checkKnownProps } from '../../private/known-props';
import { RegistryQuotas } from '../../workspaces/cluster';
import { UserRegistry } from '../../workspaces/users';
import { badProp, checkInt, unresolved } from '../private/props';

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

/** Most user and group quotas set on the root volume here (FSx limits quotas per volume; more is refused at synth, not at deploy). */
const MAX_QUOTAS = 500;

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
export class SharedOpenZfs extends Construct implements ec2.IConnectable {
  /** The file system. */
  public readonly fileSystem: fsx.CfnFileSystem;
  /** Its security group. */
  public readonly securityGroup: ec2.SecurityGroup;
  /** Network connections. */
  public readonly connections: ec2.Connections;
  private readonly quotas: RegistryQuota[];

  constructor(scope: Construct, id: string, props: SharedOpenZfsProps) {
    super(scope, id);
    checkKnownProps(this, 'SharedOpenZfsProps', props);
    checkInt(this, 'storageCapacityGiB', props.storageCapacityGiB, 64, 524288, 'use at least 64 (GiB)');
    checkInt(this, 'backupRetentionDays', props.backupRetentionDays, 0, 90, 'use 0 to 90 days');
    const throughput = props.throughputMBps ?? 64;
    if (!unresolved(throughput) && !OPENZFS_THROUGHPUTS_MBPS.includes(throughput)) {
      badProp(this, 'throughputMBps', throughput, 'not a throughput FSx for OpenZFS offers (SINGLE_AZ_1)', `use ${OPENZFS_THROUGHPUTS_MBPS.slice(0, -1).join(', ')} or ${OPENZFS_THROUGHPUTS_MBPS[OPENZFS_THROUGHPUTS_MBPS.length - 1]}`);
    }
    // The same rules as SharedLustre's: any quota option without a registry is refused.
    this.quotas = checkedRegistryQuotas(this, props, false);
    if (this.quotas.length > MAX_QUOTAS) {
      badProp(this, 'userQuotaGiB', `${this.quotas.length} quotas`, `FSx for OpenZFS takes at most ${MAX_QUOTAS} user and group quotas on a volume`,
        'give quotas to fewer users (userQuotasGiB) instead of a default for everyone');
    }

    this.securityGroup = fileSystemSecurityGroup(this, props.vpc, `FSx for OpenZFS ${this.node.path}`);
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroup] });
    const subnets = fileSystemSubnets(this, props.vpc, props.vpcSubnets, 1);
    const clients = props.clientCidrs ?? [props.vpc.vpcCidrBlock];
    this.fileSystem = new fsx.CfnFileSystem(this, 'Resource', {
      fileSystemType: 'OPENZFS',
      storageCapacity: props.storageCapacityGiB ?? 64,
      storageType: 'SSD',
      subnetIds: subnets,
      securityGroupIds: [this.securityGroup.securityGroupId],
      kmsKeyId: props.encryptionKey?.keyId,
      openZfsConfiguration: {
        deploymentType: 'SINGLE_AZ_1',
        throughputCapacity: throughput,
        automaticBackupRetentionDays: props.backupRetentionDays ?? 30,
        copyTagsToBackups: true,
        copyTagsToVolumes: true,
        dailyAutomaticBackupStartTime: '05:00',
        rootVolumeConfiguration: {
          dataCompressionType: 'ZSTD',
          nfsExports: [{
            clientConfigurations: clients.map((c) => ({ clients: c, options: ['rw', 'crossmnt', props.rootSquash ? 'root_squash' : 'no_root_squash'] })),
          }],
          userAndGroupQuotas: this.quotas.length ? this.quotas.map((q) => ({ id: q.id, type: q.type, storageCapacityQuotaGiB: q.gib })) : undefined,
        },
      },
    });
    this.fileSystem.applyRemovalPolicy(props.removalPolicy ?? RemovalPolicy.RETAIN);
    Tags.of(this).add('research:storage', 'openzfs-homes');
  }

  /** Admits NFS (111, 2049, 20001-20003, TCP and UDP) from a peer. */
  public allowFrom(peer: ec2.IConnectable): void {
    const ports = [
      ec2.Port.tcp(111), ec2.Port.udp(111), ec2.Port.tcp(2049), ec2.Port.udp(2049), ec2.Port.tcpRange(20001, 20003), ec2.Port.udpRange(20001, 20003),
    ];
    for (const port of ports) {
      this.connections.allowFrom(peer, port, 'NFS from the lab');
    }
  }

  /** The file system's DNS name (what clients mount: `<dns>:/fsx`). */
  public get dnsName(): string {
    return this.fileSystem.attrDnsName;
  }

  /** The quota of a registry user in GiB, when one is set. */
  public userQuotaGiB(user: string): number | undefined {
    return quotaOf(this.quotas, 'USER', user);
  }

  /** The quota of a registry group in GiB, when one is set. */
  public groupQuotaGiB(group: string): number | undefined {
    return quotaOf(this.quotas, 'GROUP', group);
  }

  /** Number of user and group quotas set. */
  public get quotaCount(): number {
    return this.quotas.length;
  }
}
