/**
 * The egress audit's backend-neutral model: what a workspace can reach, and whether that is
 * more than its egress mode (lab) or its permit phase allows.
 *
 * Everything here is computed from synthesized output (CloudFormation templates, Terraform
 * JSON) by the analyzers beside this file, never from the props that produced it, so an escape
 * hatch, an override or a resource added by hand is seen like any other resource. No
 * aws-cdk-lib or cdktf import here or in the analyzers.
 */
/** Backend of a synthesized stack. */
export type AuditBackend = 'aws' | 'kubernetes' | 'proxmox';
/**
 * Egress of a workspace as its lab or permit phase sets it: the lab modes (`none`, `proxied`,
 * `open`) and the permit network modes (`none`, `ingress-allowlist`, `egress-proxy`).
 */
export type AuditMode = 'none' | 'proxied' | 'open';
/** Where a path out of a workspace leads. */
export declare enum Destination {
    /** Any address on the internet, on some port, without a domain allowlist. */
    INTERNET = "internet",
    /** The internet only through a proxy or firewall with a domain allowlist and a default drop. */
    ALLOWLISTED_INTERNET = "allowlisted-internet",
    /** A resolver that answers names of the outside world (recursion is a DNS tunnel). */
    OUTSIDE_DNS = "outside-dns",
    /** A resolver limited to internal names (or a DNS firewall that blocks the rest). */
    INTERNAL_DNS = "internal-dns",
    /** AWS APIs of any account (an endpoint without an account-scoped policy): an upload channel. */
    AWS_ANY_ACCOUNT = "aws-any-account",
    /** AWS APIs only for the lab's own account (principal and resource). */
    AWS_LAB_ACCOUNT = "aws-lab-account",
    /** The lab's or permit's own storage (NFS, EFS). */
    STORAGE = "storage",
    /** A service on a private address (NTP, a licence server, the cluster API). */
    INTERNAL_SERVICE = "internal-service",
    /** A destination the audit cannot see past (another namespace, a transit gateway, a security group of the cluster). */
    UNKNOWN = "unknown"
}
/** One path out of a workspace. */
export interface Reach {
    /** Where it leads. */
    readonly destination: Destination;
    /** The resource that opens the path (logical id or Terraform address). */
    readonly resource: string;
    /** The path, in words: "route 0.0.0.0/0 -> NatGateway X", "NetworkPolicy y allows 53/UDP to 0.0.0.0/0". */
    readonly path: string;
    /** How to close the path when the mode does not allow it. */
    readonly fix: string;
}
/** Area of a control in the compliance view (after SATRE / Data Safe Haven tiers). */
export type ControlArea = 'network' | 'storage' | 'identity' | 'audit';
/** One control checked on the output. */
export interface Control {
    /** Stable id, e.g. `network.egress`, `storage.encryption`. */
    readonly id: string;
    /** Area. */
    readonly area: ControlArea;
    /** What it checks, in words. */
    readonly title: string;
    /** pass, fail, or n/a (not applicable or not visible in this output). */
    readonly result: 'pass' | 'fail' | 'n/a';
    /** Evidence: the resources and values seen. */
    readonly detail: string;
    /** How to fix a failure. */
    readonly fix?: string;
}
/** A workspace found in the output. */
export interface AuditedWorkspace {
    /** Workspace name. */
    readonly name: string;
    /** Resource it was found as (EC2 instance, VirtualMachine, StatefulSet, Proxmox VM). */
    readonly resource: string;
    /** Egress it must hold to. */
    readonly mode: AuditMode;
    /** Where the mode was read from (a tag, a label, the permit lifecycle). */
    readonly modeSource: string;
    /** The permit role, when the workspace belongs to a permit phase. */
    readonly role?: string;
    /** Every path out that the analyzer found. */
    readonly reach: Reach[];
    /**
     * Controls of the workspace's own network path that must hold whatever it reaches (a guest
     * firewall that is on, an IP filter); a failed one is a finding.
     */
    readonly controls: Control[];
}
/** A lab or a permit phase: the unit of the compliance view. */
export interface AuditedUnit {
    /** `lab` or `permit`. */
    readonly kind: 'lab' | 'permit';
    /** Lab name or permit id. */
    readonly name: string;
    /** Permit status (permits only). */
    readonly status?: string;
    /** Backend. */
    readonly backend: AuditBackend;
    /** Stack name. */
    readonly stack: string;
    /** File(s) read. */
    readonly files: string[];
    /** Workspaces found. */
    readonly workspaces: AuditedWorkspace[];
    /** Storage, identity and audit controls of the unit (the network ones come from the workspaces). */
    readonly controls: Control[];
}
/** Something that can reach more than its mode allows, or a required control that fails. */
export interface Finding {
    /** Lab name or permit id (with status). */
    readonly unit: string;
    /** Stack. */
    readonly stack: string;
    /** Workspace. */
    readonly workspace: string;
    /** Its mode. */
    readonly mode: AuditMode;
    /** What it reaches that it must not (or the control id). */
    readonly destination: string;
    /** Resource that opens the path. */
    readonly resource: string;
    /** The path. */
    readonly path: string;
    /** The fix. */
    readonly fix: string;
}
/** Result of auditing one or more stacks. */
export interface AuditReport {
    /** Labs and permit phases found. */
    readonly units: AuditedUnit[];
    /** Findings (empty: every workspace holds to its mode). */
    readonly findings: Finding[];
}
/** What each mode allows: every other destination is a finding. */
export declare const ALLOWED: Record<AuditMode, ReadonlySet<Destination>>;
/** In words, what a mode allows (for tables and docs). */
export declare const MODE_TEXT: Record<AuditMode, string>;
/**
 * The audit mode of a permit network mode (`src/workspaces/permit.ts` NetworkMode values):
 * the airlock's `ingress-allowlist` sends nothing out, so it is held to `none`.
 */
export declare function modeOfPermitNetwork(network: string): AuditMode | undefined;
/** The audit mode of a lab egress value (`none`, `proxied`, `open`). */
export declare function modeOfLabEgress(egress: string): AuditMode | undefined;
/** The findings of audited units: reach beyond the mode, and failed workspace controls. */
export declare function findingsOf(units: AuditedUnit[]): Finding[];
/** Builds the report of a list of units. */
export declare function report(units: AuditedUnit[]): AuditReport;
/**
 * The compliance view of a unit: its network controls (one per workspace: egress within the
 * mode, and each workspace control) followed by its storage, identity and audit controls.
 */
export declare function complianceControls(u: AuditedUnit): Control[];
/** The compliance view as Markdown: one table per lab or permit phase. */
export declare function complianceMarkdown(r: AuditReport): string;
/** The compliance view as JSON. */
export declare function complianceJson(r: AuditReport): unknown;
/** The report as JSON (for `--json`). */
export declare function reportJson(r: AuditReport): unknown;
/** A bad input to the audit (unreadable folder, no stack in it, a workspace without a mode): exit 2. */
export declare class AuditInputError extends Error {
    constructor(message: string);
}
/** Parses an IPv4 CIDR or address; undefined for anything else (IPv6 handled by the callers). */
export declare function parseV4(cidr: string): {
    base: number;
    bits: number;
} | undefined;
/** Whether CIDR `inner` lies within CIDR `outer` (IPv4). */
export declare function within(inner: string, outer: string): boolean;
/** Private and special IPv4 ranges: a destination inside one of them is not the internet. */
export declare const PRIVATE_V4: string[];
/**
 * Whether a CIDR (IPv4 or IPv6) reaches beyond private address space, given the ranges it
 * excepts. An IPv6 CIDR is public unless it lies in fc00::/7, fe80::/10 or is ::1.
 */
export declare function reachesPublic(cidr: string, except?: string[]): boolean;
/** Whether a port specification (`53`, `50:60`, `80,443`, undefined = all) covers a port. */
export declare function portCovers(spec: string | number | undefined | null, port: number): boolean;
