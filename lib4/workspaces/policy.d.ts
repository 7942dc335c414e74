import { EgressMode } from './egress';
import { PriceTable } from './pricing';
import { Architecture, WorkspaceSize } from './sizes';
import { NotebookRequest } from './studio';
import { ConnectionType } from './template';
export { EgressMode } from './egress';
/**
 * What a lab may launch. Every field is optional; an absent field allows anything.
 */
export interface WorkspacePolicyProps {
    /**
     * Policy name, used in messages.
     * @default "policy"
     */
    readonly name?: string;
    /**
     * Where the policy came from (a file path or construct path), used in messages.
     * @default - the name
     */
    readonly source?: string;
    /**
     * Template slugs that may be used. `*` at the end matches a prefix (`python-*`).
     * @default - every template
     */
    readonly allowedTemplates?: string[];
    /**
     * Template slugs that may not be used (wins over `allowedTemplates`).
     * @default - none
     */
    readonly deniedTemplates?: string[];
    /**
     * Sizes that may be used.
     * @default - every size
     */
    readonly allowedSizes?: WorkspaceSize[];
    /**
     * Instance families that may be used (`t3`, `m7g`, `g5`).
     * @default - every family
     */
    readonly allowedInstanceFamilies?: string[];
    /**
     * Instance families that may not be used (wins over the allowed list).
     * @default - none
     */
    readonly deniedInstanceFamilies?: string[];
    /**
     * Highest estimated on-demand cost per workspace, USD per hour.
     * @default - no limit
     */
    readonly maxHourlyCost?: number;
    /**
     * Regions workspaces may run in.
     * @default - every region
     */
    readonly allowedRegions?: string[];
    /**
     * Tag keys every workspace must carry. The same on every backend: `project` and `owner` are
     * the workspace's project and owner (on AWS the tags `research:project` and
     * `research:owner`, which may also be written here), any other key one of the workspace's
     * own tags (Kubernetes: labels).
     * @default - none
     */
    readonly requiredTags?: string[];
    /**
     * Most workspaces one user may own.
     * @default - no limit
     */
    readonly maxWorkspacesPerUser?: number;
    /**
     * Connection types that may be used.
     * @default - every type
     */
    readonly allowedConnectionTypes?: ConnectionType[];
    /**
     * The most internet access a workspace may have.
     * @default EgressMode.OPEN
     */
    readonly egress?: EgressMode;
    /**
     * Domains the egress proxy allows when egress is `proxied`.
     * @default - PyPI, CRAN and conda-forge
     */
    readonly egressAllowedDomains?: string[];
    /**
     * Monthly budget for the lab in USD, used for budget alerts.
     * @default - no budget
     */
    readonly monthlyBudget?: number;
    /**
     * Privileged groups (`sudo`, `wheel`, `docker`, `disk`, ...) that template accounts (`users:`)
     * may join, by name (YAML `allowed_privileged_groups`). A template account in any other
     * privileged group is refused at synth and by `rws templates lint`.
     * @default - none
     */
    readonly allowedPrivilegedGroups?: string[];
    /**
     * Privileged paths templates may write or give set-id modes (YAML `allowed_privileged_paths`):
     * absolute paths, `dir/*` for the files of a folder, `dir/**` for a whole tree, e.g.
     * `/etc/sudoers.d/lab-admins` or `/etc/cron.d/*`. Writes elsewhere under `/etc/sudoers*`,
     * `/root`, cron, systemd, `/etc/ssh`, PAM, the account files, `/etc/ld.so.preload` and
     * `/etc/profile.d` are refused at synth and by `rws templates lint`.
     * @default - none
     */
    readonly allowedPrivilegedPaths?: string[];
    /**
     * The broadest IPv4 network (shortest prefix) a list of CIDRs may name, e.g. SSH or access
     * CIDRs: no entry may be broader, and the list together may admit no more public addresses
     * than one such network. A list never covers every address, whatever this says.
     * @default 8
     */
    readonly cidrMaxBreadthIpv4?: number;
    /**
     * The same for IPv6.
     * @default 32
     */
    readonly cidrMaxBreadthIpv6?: number;
    /**
     * Whether the lab may run notebooks (SageMaker Studio on AWS; YAML `allow_studio`). Their
     * instance types are held to the same family, size, cost and region rules as workspaces.
     * @default true
     */
    readonly allowStudio?: boolean;
}
/**
 * A workspace someone wants to launch, as the policy sees it.
 */
export interface WorkspaceRequest {
    /** Workspace name (or construct path). */
    readonly name: string;
    /** Template slug. */
    readonly template: string;
    /**
     * Requested size.
     * @default - derived from `instanceType`
     */
    readonly size?: WorkspaceSize;
    /**
     * CPU architecture.
     * @default Architecture.X86_64
     */
    readonly architecture?: Architecture;
    /**
     * Instance type.
     * @default - the size's type on the architecture
     */
    readonly instanceType?: string;
    /**
     * Region.
     * @default - not checked
     */
    readonly region?: string;
    /**
     * Tags the workspace will carry.
     * @default {}
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * Owner (a research user name).
     * @default - no owner
     */
    readonly owner?: string;
    /**
     * Connection type.
     * @default - not checked
     */
    readonly connectionType?: ConnectionType;
    /**
     * Internet access the workspace asks for.
     * @default - not checked
     */
    readonly egress?: EgressMode;
    /**
     * Estimated cost per hour when known (otherwise the price table is used).
     * @default - from the price table
     */
    readonly hourlyCost?: number;
}
/**
 * One broken rule.
 */
export interface PolicyViolation {
    /** Rule id, e.g. `template-not-allowed`. */
    readonly rule: string;
    /** The workspace. */
    readonly workspace: string;
    /** What was asked. */
    readonly requested: string;
    /** What the policy allows. */
    readonly allowed: string;
    /** Full sentence: what, the policy and where it came from, and the fix. */
    readonly message: string;
    /** How to fix it. */
    readonly fix: string;
}
/** Default proxy allowlist: the package repositories research environments need. */
export declare const DEFAULT_EGRESS_DOMAINS: string[];
/**
 * What a lab may launch, and the check that tells a proposed workspace what it breaks.
 */
export declare class WorkspacePolicy {
    /** Reads a policy from a YAML file (snake_case keys, e.g. `max_hourly_cost`). */
    static fromFile(file: string): WorkspacePolicy;
    /** Reads a policy from YAML text. */
    static fromYaml(yaml: string, sourceName: string): WorkspacePolicy;
    /** A policy that allows everything. */
    static permissive(): WorkspacePolicy;
    private static fromSource;
    /** Name of the policy. */
    readonly name: string;
    /** The rules. */
    readonly props: WorkspacePolicyProps;
    /** Egress mode (open when not set). */
    readonly egress: EgressMode;
    /** Domains the proxy allows. */
    readonly egressAllowedDomains: string[];
    private readonly prices;
    constructor(props: WorkspacePolicyProps);
    /**
     * Checks one workspace. Returns every violation (empty when it passes).
     * @param request the proposed workspace
     * @param prices price table for the cost rule
     */
    evaluate(request: WorkspaceRequest, prices?: PriceTable): PolicyViolation[];
    /**
     * Checks a notebook service (one of its instance types): whether the lab may run notebooks
     * at all (`allow_studio`), and the instance type against the same family, size, cost and
     * region rules as a workspace (`ml.t3.medium` is read as `t3.medium`; its price is the
     * notebook price). Returns every violation (empty when it passes).
     */
    evaluateNotebook(request: NotebookRequest): PolicyViolation[];
    /** Adds a violation of `name` (a workspace, or a lab's notebooks) to `out`, with the policy's place for `field`. */
    private collector;
    /**
     * Checks a set of workspaces: each one, plus the per-user limit over all of them.
     */
    evaluateAll(requests: WorkspaceRequest[], prices?: PriceTable): PolicyViolation[];
    /** Where a rule of this policy was written: `file:line:col` or the policy's source. */
    private origin;
}
