import { Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { acknowledge } from './private/acknowledge';
import { RenderOnceNestedStack } from './private/render-once-stack';
import { checkKnownProps } from '../../private/known-props';
import { UserRegistry } from '../../workspaces/users';

/**
 * Properties of a SharedEfs.
 */
export interface SharedEfsProps {
  /** VPC the file system lives in. */
  readonly vpc: ec2.IVpc;

  /**
   * Subnets for the mount targets.
   * @default - the VPC's isolated subnets, or its private subnets when it has none
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * Research users and groups: one access point per user (`/home/<user>`, their uid/gid)
   * and per group (`/projects/<group>`, setgid, group-owned).
   * @default - no per-user or per-group access points
   */
  readonly registry?: UserRegistry;

  /**
   * Customer managed KMS key for encryption at rest.
   * @default - a new customer managed key with rotation enabled
   */
  readonly encryptionKey?: kms.IKey;

  /**
   * Require IAM authorization for every client (workspace roles need `grantReadWrite`).
   * With `false`, the security group is the only gate.
   * @default true
   */
  readonly iamAuthorization?: boolean;

  /**
   * Back the file system up with AWS Backup (daily, kept 35 days; monthly, kept a year).
   * @default true
   */
  readonly backup?: boolean;

  /**
   * Move files not read for this long to Infrequent Access.
   * @default efs.LifecyclePolicy.AFTER_30_DAYS
   */
  readonly lifecyclePolicy?: efs.LifecyclePolicy;

  /**
   * What happens to the file system when it leaves the stack. Research data is never
   * deleted unless you ask for it explicitly.
   * @default RemovalPolicy.RETAIN
   */
  readonly removalPolicy?: RemovalPolicy;

  /**
   * Throughput mode.
   * @default efs.ThroughputMode.ELASTIC
   */
  readonly throughputMode?: efs.ThroughputMode;

  /**
   * Path of the home directories on the file system.
   * @default "/home"
   */
  readonly homesPath?: string;

  /**
   * Path of the group project folders on the file system.
   * @default "/projects"
   */
  readonly projectsPath?: string;

  /**
   * Path of the shared scratch directory (sticky, world-writable like /tmp).
   * @default "/scratch"
   */
  readonly scratchPath?: string;

  /**
   * At most this many per-user access points in one (nested) stack. Labs with more users
   * get their access points in nested stacks, grouped by uid so that an access point never
   * moves between stacks when users are added or removed.
   * @default 200
   */
  readonly accessPointsPerStack?: number;
}

/**
 * Shared POSIX storage for a research lab: an encrypted EFS file system with per-user
 * homes, group project folders and scratch.
 *
 * - Encrypted at rest with a customer managed key, in transit by a file system policy
 *   that refuses unencrypted clients.
 * - Mount targets only in private subnets, behind a security group that admits NFS from
 *   nothing until `allowFrom()` names the lab's workspaces.
 * - One access point per research user (`/home/<user>`, owned by their uid/gid, mode 0750)
 *   and per group (`/projects/<group>`, mode 2770: setgid so new files belong to the group),
 *   plus `/scratch` (1777).
 * - AWS Backup on by default; files not read for 30 days move to Infrequent Access.
 * - Retained when removed from the stack, unless `removalPolicy` says otherwise.
 *
 * @example
 * const storage = new SharedEfs(this, 'Storage', { vpc, registry });
 * storage.allowFrom(workspace);
 * storage.grantReadWrite(workspace.role);
 */
export class SharedEfs extends Construct implements ec2.IConnectable {
  /** The file system. */
  public readonly fileSystem: efs.FileSystem;
  /** The file system's security group. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** Network connections of the mount targets. */
  public readonly connections: ec2.Connections;
  /** The key the file system is encrypted with. */
  public readonly encryptionKey: kms.IKey;
  /** Whether clients must authorize with IAM. */
  public readonly iamAuthorization: boolean;
  /** Path of the homes. */
  public readonly homesPath: string;
  /** Path of the project folders. */
  public readonly projectsPath: string;
  /** Path of scratch. */
  public readonly scratchPath: string;
  /** Access point of scratch. */
  public readonly scratchAccessPoint: efs.AccessPoint;
  /**
   * The backup plan.
   * @default - none, when backups are off
   */
  public readonly backupPlan?: backup.BackupPlan;

  private readonly userAccessPoints = new Map<string, efs.AccessPoint>();
  private readonly groupAccessPoints = new Map<string, efs.AccessPoint>();

  constructor(scope: Construct, id: string, props: SharedEfsProps) {
    super(scope, id);
    checkKnownProps(this, 'SharedEfsProps', props);
    this.homesPath = normalizePath(props.homesPath ?? '/home', 'homesPath', this.node.path);
    this.projectsPath = normalizePath(props.projectsPath ?? '/projects', 'projectsPath', this.node.path);
    this.scratchPath = normalizePath(props.scratchPath ?? '/scratch', 'scratchPath', this.node.path);
    const perStack = props.accessPointsPerStack ?? 200;
    if (!Number.isInteger(perStack) || perStack < 1 || perStack > 400) {
      throw new Error(`${this.node.path}: accessPointsPerStack must be a whole number from 1 to 400 (got ${perStack}). Fix: keep the default 200, which leaves room under CloudFormation's 500-resource limit`);
    }
    this.iamAuthorization = props.iamAuthorization ?? true;

    const vpcSubnets = props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
      ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }
      : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });

    this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
      vpc: props.vpc,
      description: `NFS for ${this.node.path}: admits only the research workspaces of the lab`,
      allowAllOutbound: false,
    });

    this.encryptionKey = props.encryptionKey ?? new kms.Key(this, 'Key', {
      description: `Encryption at rest for ${this.node.path}`,
      enableKeyRotation: true,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
    });

    const fileSystemPolicy = new iam.PolicyDocument({
      statements: [
        new iam.PolicyStatement({
          sid: 'DenyUnencryptedTransport',
          effect: iam.Effect.DENY,
          principals: [new iam.AnyPrincipal()],
          actions: ['*'],
          conditions: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ],
    });
    if (!this.iamAuthorization) {
      fileSystemPolicy.addStatements(new iam.PolicyStatement({
        sid: 'AllowClientsThroughMountTargets',
        effect: iam.Effect.ALLOW,
        principals: [new iam.AnyPrincipal()],
        actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
        conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
      }));
    }

    this.fileSystem = new efs.FileSystem(this, 'Resource', {
      vpc: props.vpc,
      vpcSubnets,
      securityGroup: this.securityGroup,
      encrypted: true,
      kmsKey: this.encryptionKey,
      lifecyclePolicy: props.lifecyclePolicy ?? efs.LifecyclePolicy.AFTER_30_DAYS,
      outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
      throughputMode: props.throughputMode ?? efs.ThroughputMode.ELASTIC,
      performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
      removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      enableAutomaticBackups: false,
      fileSystemPolicy,
      allowAnonymousAccess: false,
    });
    this.connections = this.fileSystem.connections;

    if (props.backup ?? true) {
      const vault = new backup.BackupVault(this, 'BackupVault', {
        encryptionKey: this.encryptionKey,
        removalPolicy: props.removalPolicy ?? RemovalPolicy.RETAIN,
      });
      this.backupPlan = new backup.BackupPlan(this, 'BackupPlan', {
        backupVault: vault,
        backupPlanRules: [
          new backup.BackupPlanRule({
            ruleName: 'Daily',
            scheduleExpression: events.Schedule.cron({ hour: '5', minute: '0' }),
            deleteAfter: Duration.days(35),
          }),
          new backup.BackupPlanRule({
            ruleName: 'Monthly',
            scheduleExpression: events.Schedule.cron({ day: '1', hour: '5', minute: '0' }),
            moveToColdStorageAfter: Duration.days(30),
            deleteAfter: Duration.days(365),
          }),
        ],
      });
      const selection = this.backupPlan.addSelection('FileSystem', { resources: [backup.BackupResource.fromEfsFileSystem(this.fileSystem)] });
      acknowledge(selection, {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
        reason: 'AWSBackupServiceRolePolicyForBackup is the service role policy AWS Backup documents for backup jobs; AWS maintains it as the service adds resource types. The role can be assumed only by backup.amazonaws.com and is capped by the lab\'s permissions boundary.',
      });
    }

    this.scratchAccessPoint = this.fileSystem.addAccessPoint('ScratchAccessPoint', {
      path: this.scratchPath,
      createAcl: { ownerUid: '0', ownerGid: '0', permissions: '1777' },
    });
    Tags.of(this.scratchAccessPoint).add('research:purpose', 'scratch');

    if (props.registry) {
      this.addRegistryAccessPoints(props.registry, perStack);
    }
  }

  /**
   * Admits NFS (TCP 2049) from a peer, typically a workspace or its security group.
   */
  public allowFrom(peer: ec2.IConnectable): void {
    this.fileSystem.connections.allowDefaultPortFrom(peer, 'NFS from research workspaces');
  }

  /**
   * Lets a principal mount the file system read-only. The permission goes into the
   * principal's policy only (same account): a statement in the file system policy would make
   * the storage depend on every workspace's stack.
   */
  public grantRead(grantee: iam.IGrantable): iam.Grant {
    return this.grantActions(grantee, 'elasticfilesystem:ClientMount');
  }

  /** Lets a principal mount the file system and write (principal policy only). */
  public grantReadWrite(grantee: iam.IGrantable): iam.Grant {
    return this.grantActions(grantee, 'elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite');
  }

  /**
   * Lets a principal mount the file system as root (no root squashing): what a workspace's
   * provisioning needs to create the homes and project folders and give them their owners.
   */
  public grantRootAccess(grantee: iam.IGrantable): iam.Grant {
    return this.grantActions(grantee, 'elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess');
  }

  private grantActions(grantee: iam.IGrantable, ...actions: string[]): iam.Grant {
    return iam.Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.fileSystem.fileSystemArn],
      conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
    });
  }

  /** The access point of a user's home. */
  public userAccessPoint(user: string): efs.IAccessPoint {
    const ap = this.userAccessPoints.get(user);
    if (!ap) {
      throw new Error(`${this.node.path}: no access point for user "${user}". Fix: pass a registry that lists the user (known: ${[...this.userAccessPoints.keys()].join(', ') || 'none'})`);
    }
    return ap;
  }

  /** The access point of a group's project folder. */
  public groupAccessPoint(group: string): efs.IAccessPoint {
    const ap = this.groupAccessPoints.get(group);
    if (!ap) {
      throw new Error(`${this.node.path}: no access point for group "${group}". Fix: pass a registry that defines the group (known: ${[...this.groupAccessPoints.keys()].join(', ') || 'none'})`);
    }
    return ap;
  }

  /** Number of per-user and per-group access points. */
  public get accessPointCount(): number {
    return this.userAccessPoints.size + this.groupAccessPoints.size;
  }

  private addRegistryAccessPoints(registry: UserRegistry, perStack: number): void {
    const users = registry.users;
    const many = users.length + registry.groups.length > perStack;
    // The bucket of a user depends only on its uid, which never changes: adding or removing
    // users never moves an access point to another stack (which would replace it).
    const stacks = new Map<string, Construct>();
    const home = (name: string): Construct => {
      if (!many) return this;
      let s = stacks.get(name);
      if (!s) {
        s = new RenderOnceNestedStack(this, name, { description: `Research storage access points (${name})` });
        stacks.set(name, s);
      }
      return s;
    };
    for (const u of users) {
      const scope = home(`HomeAccessPoints${Math.floor(u.uid / perStack)}`);
      const ap = new efs.AccessPoint(scope, `Home-${u.name}`, {
        fileSystem: this.fileSystem,
        path: `${this.homesPath}/${u.name}`,
        posixUser: { uid: String(u.uid), gid: String(u.gid), secondaryGids: u.groups.map((g) => String(registry.group(g).gid)) },
        createAcl: { ownerUid: String(u.uid), ownerGid: String(u.gid), permissions: '0750' },
      });
      Tags.of(ap).add('research:user', u.name);
      this.userAccessPoints.set(u.name, ap);
    }
    for (const g of registry.groups) {
      const scope = home(`ProjectAccessPoints${Math.floor(g.gid / perStack)}`);
      const ap = new efs.AccessPoint(scope, `Project-${g.name}`, {
        fileSystem: this.fileSystem,
        path: `${this.projectsPath}/${g.name}`,
        createAcl: { ownerUid: '0', ownerGid: String(g.gid), permissions: '2770' },
      });
      Tags.of(ap).add('research:group', g.name);
      this.groupAccessPoints.set(g.name, ap);
    }
  }
}

function normalizePath(p: string, field: string, where: string): string {
  if (!/^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(p)) {
    throw new Error(`${where}: ${field} must be an absolute path of letters, digits, ".", "_" and "-" (got ${JSON.stringify(p)}). Fix: write e.g. "/home"`);
  }
  return p;
}
