import { UserRegistry } from './users';
/**
 * Where a permit is in its lifecycle. The statuses of the Permit Manager, plus three that
 * events lead to: `INGRESS_IN_PROGRESS` (permit.ingress.initiated), `ANALYSIS_STOPPED`
 * (permit.workspace.stop_requested) and `DELETED` (permit.deleted).
 */
export declare enum PermitStatus {
    /** Permit granted; nothing exists yet. */
    AWAITING_INGRESS = "AWAITING_INGRESS",
    /** The ingress airlock runs; data holders upload (after permit.ingress.initiated). */
    INGRESS_IN_PROGRESS = "INGRESS_IN_PROGRESS",
    /** HDAB staff prepare the data: raw read-only, prepared read-write. */
    DATA_PREPARATION_PENDING = "DATA_PREPARATION_PENDING",
    /** An HDAB reviewer checks the prepared data (read-only); preprocessing is stopped. */
    DATA_PREPARATION_REVIEW_PENDING = "DATA_PREPARATION_REVIEW_PENDING",
    /** Preparation goes back to the preprocessor. */
    DATA_PREPARATION_REWORK = "DATA_PREPARATION_REWORK",
    /** Researchers install software through the package proxy; no sensitive data is mounted. */
    WORKSPACE_SETUP_PENDING = "WORKSPACE_SETUP_PENDING",
    /** An HDAB reviewer inspects the setup (read-only); the setup workspace is stopped. */
    WORKSPACE_SETUP_REVIEW_PENDING = "WORKSPACE_SETUP_REVIEW_PENDING",
    /** Setup goes back to the researchers, with the same proxied egress. */
    WORKSPACE_SETUP_REWORK = "WORKSPACE_SETUP_REWORK",
    /** The isolated analysis workspace runs: no internet at all. */
    ANALYSIS_ACTIVE = "ANALYSIS_ACTIVE",
    /** The analysis workspace is stopped; all storage is kept (after permit.workspace.stop_requested). */
    ANALYSIS_STOPPED = "ANALYSIS_STOPPED",
    /** Compute is destroyed; all storage is kept for the archival period. */
    ARCHIVED = "ARCHIVED",
    /** Everything is destroyed, storage included (after permit.deleted). */
    DELETED = "DELETED"
}
/**
 * Events the Permit Manager publishes.
 */
export declare enum PermitEventType {
    /** `permit.status.updated`, carrying the new status. */
    STATUS_UPDATED = "permit.status.updated",
    /** `permit.ingress.initiated`: the HDAB team opens the airlock. */
    INGRESS_INITIATED = "permit.ingress.initiated",
    /** `permit.workspace.stop_requested`. */
    WORKSPACE_STOP_REQUESTED = "permit.workspace.stop_requested",
    /** `permit.workspace.start_requested`. */
    WORKSPACE_START_REQUESTED = "permit.workspace.start_requested",
    /** `permit.deleted`. */
    DELETED = "permit.deleted"
}
/**
 * The workspaces of a permit.
 */
export declare enum PermitWorkspaceRole {
    /** SFTP airlock for data holders' uploads. */
    INGRESS_AIRLOCK = "ingress-airlock",
    /** HDAB preprocessing environment (HPE). */
    HDAB_PREPROCESSING = "hdab-preprocessing",
    /** HDAB review environment (HRE). */
    HDAB_REVIEW = "hdab-review",
    /** Researchers' setup environment. */
    RESEARCHER_SETUP = "researcher-setup",
    /** HDAB reviewer's read-only access to the setup. */
    SETUP_REVIEW = "setup-review",
    /** Researchers' isolated analysis environment. */
    ANALYSIS = "analysis"
}
/**
 * Kinds of permit storage.
 */
export declare enum PermitVolumeKind {
    /** One per data holder: where the airlock writes uploads. Sensitive. */
    UPLOAD = "upload",
    /** Raw data consolidated from the uploads. Sensitive. */
    RAW = "raw",
    /** Data prepared by the HDAB. Sensitive. */
    PREPARED = "prepared",
    /** Analysis results, checked before they leave. Sensitive. */
    OUTPUTS = "outputs",
    /** Shared project folder (code, environments), shared by setup and analysis. */
    PROJECT = "project"
}
/**
 * How a workspace may use a volume.
 */
export declare enum MountAccess {
    /** Read only. */
    READ_ONLY = "ro",
    /** Read and write. */
    READ_WRITE = "rw",
    /** Write only: files can be uploaded but not listed or read back (airlock uploads). */
    WRITE_ONLY = "wo"
}
/**
 * Internet access of a workspace.
 */
export declare enum NetworkMode {
    /** No traffic in or out except the remote desktop gateway. */
    NONE = "none",
    /** Inbound only from allowlisted CIDRs (the data holders), nothing out. */
    INGRESS_ALLOWLIST = "ingress-allowlist",
    /** Outbound only through the package proxy and its domain allowlist. */
    EGRESS_PROXY = "egress-proxy",
    /** Unrestricted (never planned by the lifecycle; available to custom plans). */
    OPEN = "open"
}
/**
 * Desired run state of a workspace.
 */
export declare enum WorkspaceState {
    /** Running. */
    RUNNING = "running",
    /** Stopped, with its storage kept. */
    STOPPED = "stopped"
}
/**
 * What changed for a workspace or volume between two phases (for the audit log).
 */
export declare enum ChangeKind {
    /** Did not exist, exists now. */
    CREATED = "created",
    /** Was running, is stopped now. */
    STOPPED = "stopped",
    /** Was stopped, runs again. */
    RESTARTED = "restarted",
    /** Existed, is destroyed now. */
    DESTROYED = "destroyed",
    /** Same state, different mounts, users or network. */
    RECONFIGURED = "reconfigured",
    /** No change. */
    UNCHANGED = "unchanged",
    /** A volume kept as it is. */
    RETAINED = "retained"
}
/**
 * Kind of person in a permit.
 */
export declare enum PermitMemberRole {
    /** Uploads data through the airlock. */
    DATA_HOLDER = "data-holder",
    /** Health Data Access Body staff (preprocessing, reviews). */
    HDAB_STAFF = "hdab-staff",
    /** Researcher named on the permit. */
    RESEARCHER = "researcher"
}
/**
 * A person with an account in a permit's workspaces.
 */
export interface PermitMember {
    /** Login name. */
    readonly name: string;
    /**
     * User id inside the workspaces.
     * @default - from the user registry when one is given, else a stable id derived from the name
     */
    readonly uid?: number;
}
/**
 * A data holder who uploads through the airlock.
 */
export interface DataHolder {
    /** Identifier (lower-case letters, digits, dashes); also the SFTP login. */
    readonly id: string;
    /** CIDR ranges the data holder connects from. */
    readonly allowedCidrs: string[];
    /**
     * Display name.
     * @default - the id
     */
    readonly displayName?: string;
    /**
     * User id of the SFTP account.
     * @default - a stable id derived from the id
     */
    readonly uid?: number;
}
/**
 * A permit: who takes part and where it stands.
 */
export interface PermitProps {
    /** Permit id: lower-case letters, digits and dashes (used in resource names, e.g. `permit-<id>`). */
    readonly id: string;
    /** Current status. */
    readonly status: PermitStatus;
    /**
     * Status before the triggering event; the transition is checked and reported.
     * @default - none: every workspace of the phase counts as created
     */
    readonly previousStatus?: PermitStatus;
    /**
     * Id of the triggering event, recorded in labels and the audit record.
     * @default "manual"
     */
    readonly eventId?: string;
    /** Data holders. */
    readonly dataHolders: DataHolder[];
    /** Researchers named on the permit. */
    readonly researchers: PermitMember[];
    /** HDAB staff member who prepares the data. */
    readonly hdabPreprocessor: PermitMember;
    /**
     * HDAB staff member who reviews prepared data.
     * @default - the preprocessor
     */
    readonly hdabReviewer?: PermitMember;
    /**
     * HDAB staff member who reviews the setup.
     * @default - the reviewer
     */
    readonly setupReviewer?: PermitMember;
    /**
     * Domains the setup phase's proxy allows.
     * @default - PyPI, CRAN and conda-forge
     */
    readonly egressAllowedDomains?: string[];
}
/** A user account inside a planned workspace. */
export interface PlannedUser {
    /** Login name. */
    readonly name: string;
    /** User id. */
    readonly uid: number;
    /** Primary group id (equal to the uid). */
    readonly gid: number;
    /** Why the user is there. */
    readonly role: PermitMemberRole;
}
/** A volume mount inside a planned workspace. */
export interface PlannedMount {
    /** Volume name (`raw`, `prepared`, `outputs`, `project`, `upload-<holder>`). */
    readonly volume: string;
    /** Kind of volume. */
    readonly kind: PermitVolumeKind;
    /** Mount path. */
    readonly path: string;
    /** Access. */
    readonly access: MountAccess;
}
/** A workspace as a phase wants it. */
export interface PlannedWorkspace {
    /** Role. */
    readonly role: PermitWorkspaceRole;
    /** Run state. */
    readonly state: WorkspaceState;
    /** Volumes, with their access. */
    readonly mounts: PlannedMount[];
    /** Accounts. */
    readonly users: PlannedUser[];
    /** Internet access. */
    readonly network: NetworkMode;
    /** CIDRs allowed in (airlock only). */
    readonly ingressCidrs: string[];
    /** Remote protocol: `sftp` for the airlock, `rdp` for desktops. */
    readonly protocol: string;
    /** TCP port of the protocol. */
    readonly port: number;
}
/** A volume as a phase wants it. */
export interface PlannedVolume {
    /** Volume name. */
    readonly name: string;
    /** Kind. */
    readonly kind: PermitVolumeKind;
    /** Whether it holds sensitive data (everything but the project folder). */
    readonly sensitive: boolean;
    /**
     * The data holder of an upload volume.
     * @default - not an upload volume
     */
    readonly dataHolder?: string;
    /** Whether it must be protected from destruction (true until the permit is deleted). */
    readonly protect: boolean;
}
/** One line of the audit log: what happened to a workspace or volume. */
export interface PlannedChange {
    /** `workspace` or `volume`. */
    readonly subject: string;
    /** Workspace role or volume name. */
    readonly name: string;
    /** What happens. */
    readonly change: ChangeKind;
    /** Human detail. */
    readonly detail: string;
}
/** The desired state of a permit's environment in one phase. */
export interface PermitPlan {
    /** Permit id. */
    readonly permitId: string;
    /** Status planned for. */
    readonly status: PermitStatus;
    /**
     * Previous status.
     * @default - none
     */
    readonly previousStatus?: PermitStatus;
    /** Triggering event id. */
    readonly eventId: string;
    /** Workspaces that exist in this phase (running or stopped). */
    readonly workspaces: PlannedWorkspace[];
    /** Volumes that exist in this phase. */
    readonly volumes: PlannedVolume[];
    /** Volumes to destroy (only ever after permit.deleted). */
    readonly volumesToDelete: string[];
    /** Changes from the previous phase, for the audit log. */
    readonly changes: PlannedChange[];
    /** Domains the package proxy allows (used when a workspace is `egress-proxy`). */
    readonly egressAllowedDomains: string[];
    /** Whether this plan repeats the previous status (a replayed event): nothing changes. */
    readonly replay: boolean;
}
/**
 * Who may do what with one of a permit's volumes as deployed (recorded by backends that can
 * tell, e.g. from bucket policies on AWS).
 */
export interface PermitAuditVolumeAccess {
    /** Volume name (or another store such as `egress-review`). */
    readonly volume: string;
    /** Principals that may read. */
    readonly readers: string[];
    /** Principals that may write. */
    readonly writers: string[];
    /** Principals that may delete. */
    readonly deleters: string[];
    /** Whether the storage survives the deletion of the stack. */
    readonly retained: boolean;
}
/**
 * The audit record every backend writes beside a permit stack's synthesized output: the
 * triggering event, what it changes, and what the stack holds. The same shape on every backend.
 */
export interface PermitAuditRecord {
    /** Format version of the record. */
    readonly recordVersion: number;
    /** Backend: `kubernetes`, `proxmox` or `aws`. */
    readonly backend: string;
    /** Permit id. */
    readonly permitId: string;
    /** Stack name: `permit-<id>`. */
    readonly stack: string;
    /** Status built. */
    readonly status: string;
    /**
     * Status before the event.
     * @default - none
     */
    readonly previousStatus?: string;
    /** Id of the triggering event, exactly as given. */
    readonly eventId: string;
    /** The event id as written into resource labels or tags (sanitized to their rules). */
    readonly eventIdLabel: string;
    /** Whether the event repeats the current status (nothing changes). */
    readonly replay: boolean;
    /** When the record was made (ISO 8601). */
    readonly timestamp: string;
    /** What changes, from the plan. */
    readonly changes: PlannedChange[];
    /** Every resource of the stack (Terraform addresses, or `<logical id> <type>` on AWS). */
    readonly resources: string[];
    /** The resources protected from destruction (`prevent_destroy`, or DeletionPolicy Retain on AWS). */
    readonly protectedResources: string[];
    /**
     * Who may read, write and delete each volume.
     * @default - not recorded by this backend
     */
    readonly volumeAccess?: PermitAuditVolumeAccess[];
}
/** Mount path of a volume kind inside workspaces. */
export declare const MOUNT_PATHS: Record<PermitVolumeKind, string>;
/**
 * The permit lifecycle: legal transitions, events, and the plan of each phase.
 *
 * | Event | Status | What the plan changes |
 * | --- | --- | --- |
 * | permit.status.updated AWAITING_INGRESS | AWAITING_INGRESS | nothing exists |
 * | permit.ingress.initiated | INGRESS_IN_PROGRESS | permit volumes created; SFTP airlock runs, one write-only upload area per data holder, inbound only from their CIDRs |
 * | permit.status.updated DATA_PREPARATION_PENDING | DATA_PREPARATION_PENDING | airlock destroyed; HPE runs with raw ro, prepared rw, no internet |
 * | permit.status.updated DATA_PREPARATION_REVIEW_PENDING | DATA_PREPARATION_REVIEW_PENDING | HPE stopped; HRE runs with prepared ro |
 * | permit.status.updated DATA_PREPARATION_REWORK | DATA_PREPARATION_REWORK | HRE destroyed; HPE restarted |
 * | permit.status.updated WORKSPACE_SETUP_PENDING | WORKSPACE_SETUP_PENDING | HPE/HRE destroyed; setup runs with the project folder rw, egress only through the package proxy, no sensitive data |
 * | permit.status.updated WORKSPACE_SETUP_REVIEW_PENDING | WORKSPACE_SETUP_REVIEW_PENDING | setup stopped; setup reviewer gets the project folder ro |
 * | permit.status.updated WORKSPACE_SETUP_REWORK | WORKSPACE_SETUP_REWORK | setup review destroyed; setup restarted with the same proxy |
 * | permit.status.updated ANALYSIS_ACTIVE | ANALYSIS_ACTIVE | setup destroyed; analysis runs with prepared ro, outputs rw, project rw, no internet at all |
 * | permit.workspace.stop_requested | ANALYSIS_STOPPED | analysis stopped, storage kept |
 * | permit.workspace.start_requested | ANALYSIS_ACTIVE | analysis restarted |
 * | permit.status.updated ARCHIVED | ARCHIVED | analysis destroyed, every volume kept |
 * | permit.deleted | DELETED | everything destroyed, volumes included |
 */
export declare class PermitLifecycle {
    /** Statuses that may follow `status`. */
    static allowedNext(status: PermitStatus): PermitStatus[];
    /** Whether moving from `from` to `to` is legal (replaying the same status is). */
    static isAllowed(from: PermitStatus, to: PermitStatus): boolean;
    /**
     * The status an event leads to from `current`. Throws for an illegal transition, naming
     * both statuses and the allowed next ones. Replaying the event that led to `current`
     * returns `current`.
     * @param current the permit's status now
     * @param event the event
     * @param newStatus the status carried by a permit.status.updated event
     */
    static next(current: PermitStatus, event: PermitEventType, newStatus?: PermitStatus): PermitStatus;
    /**
     * Parses a status or an event name (`ANALYSIS_ACTIVE`, `analysis_active`,
     * `permit.workspace.stop_requested`).
     */
    static parseStatus(text: string, field?: string): PermitStatus;
    /**
     * Checks the permit and computes the desired state of its environment.
     * @param permit the permit
     * @param registry a user registry to take uids from
     */
    static plan(permit: PermitProps, registry?: UserRegistry): PermitPlan;
    /**
     * The audit record of a plan, before synthesis: `resources` and `protectedResources` are
     * empty and filled by the backend from what it synthesized.
     * @param plan the plan the stack was built from
     * @param backend `kubernetes`, `proxmox` or `aws`
     * @param stack the stack name
     * @param eventIdLabel the event id as the backend wrote it into labels or tags
     * @param timestamp when the record is made (ISO 8601)
     */
    static auditRecord(plan: PermitPlan, backend: string, stack: string, eventIdLabel: string, timestamp?: string): PermitAuditRecord;
    private static assertTransition;
    private constructor();
}
/**
 * What is wrong with one CIDR, or undefined: not canonical (`0.0.0.0/00`, host bits set) or
 * the whole internet (`0.0.0.0/0`, `::/0`, `::ffff:0:0/96`, `::/64`). Breadth is a policy
 * matter, judged where the policy is known (lab files, the permit check); lists are judged
 * as a whole there too (`0.0.0.0/1` plus `128.0.0.0/1` is the whole internet).
 */
export declare function cidrProblem(c: string): string | undefined;
