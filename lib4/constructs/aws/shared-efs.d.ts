import { RemovalPolicy } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
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
export declare class SharedEfs extends Construct implements ec2.IConnectable {
    /** The file system. */
    readonly fileSystem: efs.FileSystem;
    /** The file system's security group. */
    readonly securityGroup: ec2.ISecurityGroup;
    /** Network connections of the mount targets. */
    readonly connections: ec2.Connections;
    /** The key the file system is encrypted with. */
    readonly encryptionKey: kms.IKey;
    /** Whether clients must authorize with IAM. */
    readonly iamAuthorization: boolean;
    /** Path of the homes. */
    readonly homesPath: string;
    /** Path of the project folders. */
    readonly projectsPath: string;
    /** Path of scratch. */
    readonly scratchPath: string;
    /** Access point of scratch. */
    readonly scratchAccessPoint: efs.AccessPoint;
    /**
     * The backup plan.
     * @default - none, when backups are off
     */
    readonly backupPlan?: backup.BackupPlan;
    private readonly userAccessPoints;
    private readonly groupAccessPoints;
    constructor(scope: Construct, id: string, props: SharedEfsProps);
    /**
     * Admits NFS (TCP 2049) from a peer, typically a workspace or its security group.
     */
    allowFrom(peer: ec2.IConnectable): void;
    /**
     * Lets a principal mount the file system read-only. The permission goes into the
     * principal's policy only (same account): a statement in the file system policy would make
     * the storage depend on every workspace's stack.
     */
    grantRead(grantee: iam.IGrantable): iam.Grant;
    /** Lets a principal mount the file system and write (principal policy only). */
    grantReadWrite(grantee: iam.IGrantable): iam.Grant;
    /**
     * Lets a principal mount the file system as root (no root squashing): what a workspace's
     * provisioning needs to create the homes and project folders and give them their owners.
     */
    grantRootAccess(grantee: iam.IGrantable): iam.Grant;
    private grantActions;
    /** The access point of a user's home. */
    userAccessPoint(user: string): efs.IAccessPoint;
    /** The access point of a group's project folder. */
    groupAccessPoint(group: string): efs.IAccessPoint;
    /** Number of per-user and per-group access points. */
    get accessPointCount(): number;
    private addRegistryAccessPoints;
}
