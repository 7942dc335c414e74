/**
 * Who may read, write, delete and purge each bucket of a permit in one phase: a pure
 * function of the plan (no aws-cdk-lib), so that the construct, the audit record and the
 * tests share one answer.
 *
 * Principals are keys: `workspace:<role>` (the instance role of a workspace), `sftp:<holder>`
 * (the Transfer Family role of a data holder), `reviewer:<n>` (an output reviewer given by the
 * user), `auto-delete` (the emptying function of a deleted permit).
 */
import { PermitPlan, PermitVolumeKind, PermitWorkspaceRole, PlannedWorkspace } from '../../../workspaces/permit';
/** Name of the bucket where outputs wait for review before they leave the environment. */
export declare const EGRESS_REVIEW = "egress-review";
/** One bucket of a permit and its access in a phase. */
export interface BucketAccessEntry {
    /** Volume name (`raw`, `upload-<holder>`, ...) or `egress-review`. */
    readonly volume: string;
    /** Kind (`outputs` for the egress review bucket). */
    readonly kind: PermitVolumeKind;
    /** Whether it holds sensitive data. */
    readonly sensitive: boolean;
    /** Whether it is kept when the stack is deleted (false only after permit.deleted). */
    readonly retained: boolean;
    /** Principals that may list and read objects. */
    readonly readers: string[];
    /** Principals that may upload objects. */
    readonly writers: string[];
    /** Principals that may delete objects (a delete marker: versions stay). */
    readonly deleters: string[];
    /** Principals that may delete object versions (only the emptying function of a deleted permit). */
    readonly purgers: string[];
}
/** The principal key of a workspace's instance role. */
export declare function workspaceKey(role: PermitWorkspaceRole | string): string;
/** The principal key of a data holder's SFTP role. */
export declare function sftpKey(holder: string): string;
/** The principal key of the n-th output reviewer. */
export declare function reviewerKey(i: number): string;
/** The principal key of the function that empties the buckets of a deleted permit. */
export declare const AUTO_DELETE = "auto-delete";
/** Whether the plan has desktops (any workspace but the airlock). */
export declare function desktopsOf(plan: PermitPlan): PlannedWorkspace[];
/** The airlock workspace of the plan, if any. */
export declare function airlockOf(plan: PermitPlan): PlannedWorkspace | undefined;
/** Workspaces whose egress goes through the package allowlist and that run now. */
export declare function runningEgressWorkspaces(plan: PermitPlan): PlannedWorkspace[];
/** Whether the permit's storage exists in this phase (also at DELETED, to be emptied). */
export declare function hasStorage(plan: PermitPlan): boolean;
/** Whether this phase deletes the permit's storage. */
export declare function deletesStorage(plan: PermitPlan): boolean;
/**
 * The access matrix of a phase. Only RUNNING workspaces get data access: a stopped workspace
 * keeps its instance, role and mounts description, but every bucket denies it until the plan
 * runs it again (an instance started outside the pipeline reads nothing).
 * @param reviewers number of output reviewers (readers of the egress review bucket)
 */
export declare function accessMatrix(plan: PermitPlan, reviewers: number): BucketAccessEntry[];
/** `a.b.c.d/n` -> [address as a number, prefix]. */
export declare function parseIpv4Cidr(cidr: string): [number, number] | undefined;
/** A number and prefix back to `a.b.c.d/n`. */
export declare function formatIpv4Cidr(n: number, prefix: number): string;
/** Slots of the extra subnets, in the last quarter of the VPC range (never moved: ids are API). */
export declare enum ExtraSubnet {
    SETUP = 0,
    FIREWALL = 1,
    NAT = 2,
    AIRLOCK = 3,
    PROXY = 4
}
/**
 * The CIDR of an extra subnet of a new VPC: the workspace subnets (one `/(n+4)` per zone) take
 * the first quarter, the extra subnets are `/(n+6)` slots of the last quarter.
 */
export declare function extraSubnetCidr(vpcCidr: string, slot: ExtraSubnet): string;
