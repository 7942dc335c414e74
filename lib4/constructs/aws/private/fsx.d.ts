/**
 * What the lab's FSx file systems share: a locked security group that admits a file
 * system's ports only from what `allowFrom` names, the subnet a single-AZ file system lives
 * in, and the registry's per-user, per-group and per-project quotas, checked one way.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { LustreQuotas } from '../../../workspaces/cluster';
import { UserRegistry } from '../../../workspaces/users';
/** A quota: a registry user's or group's id and its limit (a project's id is its group's gid). */
export interface RegistryQuota {
    readonly type: QuotaType;
    readonly name: string;
    readonly id: number;
    readonly gib: number;
}
/** Whose quota: a user's (uid), a group's (gid), or a project's (the project folder of a group: its gid). */
export type QuotaType = 'USER' | 'GROUP' | 'PROJECT';
/** The quota options of the lab's FSx file systems (SharedOpenZfs, SharedLustre). */
export interface RegistryQuotaProps extends LustreQuotas {
    readonly registry?: UserRegistry;
}
/** The throughputs FSx for OpenZFS SINGLE_AZ_1 offers, in MB/s. */
export declare const OPENZFS_THROUGHPUTS_MBPS: readonly number[];
/**
 * The quotas of a file system's props, checked one way for every FSx kind: any quota option
 * without a registry is refused (the ids are the registry's), defaults and named quotas are
 * whole GiB, names are the registry's. `projects` says whether the kind offers project quotas.
 */
export declare function checkedRegistryQuotas(scope: Construct, props: RegistryQuotaProps, projects: boolean): RegistryQuota[];
/** The subnets a file system goes into: the selection's, the first `count` of them. */
export declare function fileSystemSubnets(scope: Construct, vpc: ec2.IVpc, selection: ec2.SubnetSelection | undefined, count: number): string[];
/** A security group with no egress and no ingress until clients are admitted. */
export declare function fileSystemSecurityGroup(scope: Construct, vpc: ec2.IVpc, what: string): ec2.SecurityGroup;
/** The quota of a registry user, group or project in GiB, when one is set. */
export declare function quotaOf(quotas: RegistryQuota[], type: QuotaType, name: string): number | undefined;
