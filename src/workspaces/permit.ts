import * as crypto from 'crypto';
import { Diagnostic } from './errors';
import { DEFAULT_EGRESS_DOMAINS } from './policy';
import { DEFAULT_CIDR_LIMITS, judgeCidrs, WIDEST_CIDR_LIMITS } from './private/cidr';
import { byCodePoint } from './private/compare';
import { problem, WorkspaceInputError } from './private/error';
import { FIRST_RESEARCH_ID, isValidPosixName, MAX_RESEARCH_ID, RESERVED_NAMES, researchIdProblem } from './private/posix';
import { UserRegistry } from './users';

/**
 * Where a permit is in its lifecycle. The statuses of the Permit Manager, plus three that
 * events lead to: `INGRESS_IN_PROGRESS` (permit.ingress.initiated), `ANALYSIS_STOPPED`
 * (permit.workspace.stop_requested) and `DELETED` (permit.deleted).
 */
export enum PermitStatus {
  /** Permit granted; nothing exists yet. */
  AWAITING_INGRESS = 'AWAITING_INGRESS',
  /** The ingress airlock runs; data holders upload (after permit.ingress.initiated). */
  INGRESS_IN_PROGRESS = 'INGRESS_IN_PROGRESS',
  /** HDAB staff prepare the data: raw read-only, prepared read-write. */
  DATA_PREPARATION_PENDING = 'DATA_PREPARATION_PENDING',
  /** An HDAB reviewer checks the prepared data (read-only); preprocessing is stopped. */
  DATA_PREPARATION_REVIEW_PENDING = 'DATA_PREPARATION_REVIEW_PENDING',
  /** Preparation goes back to the preprocessor. */
  DATA_PREPARATION_REWORK = 'DATA_PREPARATION_REWORK',
  /** Researchers install software through the package proxy; no sensitive data is mounted. */
  WORKSPACE_SETUP_PENDING = 'WORKSPACE_SETUP_PENDING',
  /** An HDAB reviewer inspects the setup (read-only); the setup workspace is stopped. */
  WORKSPACE_SETUP_REVIEW_PENDING = 'WORKSPACE_SETUP_REVIEW_PENDING',
  /** Setup goes back to the researchers, with the same proxied egress. */
  WORKSPACE_SETUP_REWORK = 'WORKSPACE_SETUP_REWORK',
  /** The isolated analysis workspace runs: no internet at all. */
  ANALYSIS_ACTIVE = 'ANALYSIS_ACTIVE',
  /** The analysis workspace is stopped; all storage is kept (after permit.workspace.stop_requested). */
  ANALYSIS_STOPPED = 'ANALYSIS_STOPPED',
  /** Compute is destroyed; all storage is kept for the archival period. */
  ARCHIVED = 'ARCHIVED',
  /** Everything is destroyed, storage included (after permit.deleted). */
  DELETED = 'DELETED',
}

/**
 * Events the Permit Manager publishes.
 */
export enum PermitEventType {
  /** `permit.status.updated`, carrying the new status. */
  STATUS_UPDATED = 'permit.status.updated',
  /** `permit.ingress.initiated`: the HDAB team opens the airlock. */
  INGRESS_INITIATED = 'permit.ingress.initiated',
  /** `permit.workspace.stop_requested`. */
  WORKSPACE_STOP_REQUESTED = 'permit.workspace.stop_requested',
  /** `permit.workspace.start_requested`. */
  WORKSPACE_START_REQUESTED = 'permit.workspace.start_requested',
  /** `permit.deleted`. */
  DELETED = 'permit.deleted',
}

/**
 * The workspaces of a permit.
 */
export enum PermitWorkspaceRole {
  /** SFTP airlock for data holders' uploads. */
  INGRESS_AIRLOCK = 'ingress-airlock',
  /** HDAB preprocessing environment (HPE). */
  HDAB_PREPROCESSING = 'hdab-preprocessing',
  /** HDAB review environment (HRE). */
  HDAB_REVIEW = 'hdab-review',
  /** Researchers' setup environment. */
  RESEARCHER_SETUP = 'researcher-setup',
  /** HDAB reviewer's read-only access to the setup. */
  SETUP_REVIEW = 'setup-review',
  /** Researchers' isolated analysis environment. */
  ANALYSIS = 'analysis',
}

/**
 * Kinds of permit storage.
 */
export enum PermitVolumeKind {
  /** One per data holder: where the airlock writes uploads. Sensitive. */
  UPLOAD = 'upload',
  /** Raw data consolidated from the uploads. Sensitive. */
  RAW = 'raw',
  /** Data prepared by the HDAB. Sensitive. */
  PREPARED = 'prepared',
  /** Analysis results, checked before they leave. Sensitive. */
  OUTPUTS = 'outputs',
  /** Shared project folder (code, environments), shared by setup and analysis. */
  PROJECT = 'project',
}

/**
 * How a workspace may use a volume.
 */
export enum MountAccess {
  /** Read only. */
  READ_ONLY = 'ro',
  /** Read and write. */
  READ_WRITE = 'rw',
  /** Write only: files can be uploaded but not listed or read back (airlock uploads). */
  WRITE_ONLY = 'wo',
}

/**
 * Internet access of a workspace.
 */
export enum NetworkMode {
  /** No traffic in or out except the remote desktop gateway. */
  NONE = 'none',
  /** Inbound only from allowlisted CIDRs (the data holders), nothing out. */
  INGRESS_ALLOWLIST = 'ingress-allowlist',
  /** Outbound only through the package proxy and its domain allowlist. */
  EGRESS_PROXY = 'egress-proxy',
  /** Unrestricted (never planned by the lifecycle; available to custom plans). */
  OPEN = 'open',
}

/**
 * Desired run state of a workspace.
 */
export enum WorkspaceState {
  /** Running. */
  RUNNING = 'running',
  /** Stopped, with its storage kept. */
  STOPPED = 'stopped',
}

/**
 * What changed for a workspace or volume between two phases (for the audit log).
 */
export enum ChangeKind {
  /** Did not exist, exists now. */
  CREATED = 'created',
  /** Was running, is stopped now. */
  STOPPED = 'stopped',
  /** Was stopped, runs again. */
  RESTARTED = 'restarted',
  /** Existed, is destroyed now. */
  DESTROYED = 'destroyed',
  /** Same state, different mounts, users or network. */
  RECONFIGURED = 'reconfigured',
  /** No change. */
  UNCHANGED = 'unchanged',
  /** A volume kept as it is. */
  RETAINED = 'retained',
}

/**
 * Kind of person in a permit.
 */
export enum PermitMemberRole {
  /** Uploads data through the airlock. */
  DATA_HOLDER = 'data-holder',
  /** Health Data Access Body staff (preprocessing, reviews). */
  HDAB_STAFF = 'hdab-staff',
  /** Researcher named on the permit. */
  RESEARCHER = 'researcher',
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

const S = PermitStatus;

/** Allowed next statuses. A status may always be replayed (no-op). */
const NEXT: Record<PermitStatus, PermitStatus[]> = {
  [S.AWAITING_INGRESS]: [S.INGRESS_IN_PROGRESS, S.DELETED],
  [S.INGRESS_IN_PROGRESS]: [S.DATA_PREPARATION_PENDING, S.DELETED],
  [S.DATA_PREPARATION_PENDING]: [S.DATA_PREPARATION_REVIEW_PENDING, S.DELETED],
  [S.DATA_PREPARATION_REVIEW_PENDING]: [S.DATA_PREPARATION_REWORK, S.WORKSPACE_SETUP_PENDING, S.DELETED],
  [S.DATA_PREPARATION_REWORK]: [S.DATA_PREPARATION_REVIEW_PENDING, S.DELETED],
  [S.WORKSPACE_SETUP_PENDING]: [S.WORKSPACE_SETUP_REVIEW_PENDING, S.DELETED],
  [S.WORKSPACE_SETUP_REVIEW_PENDING]: [S.WORKSPACE_SETUP_REWORK, S.ANALYSIS_ACTIVE, S.DELETED],
  [S.WORKSPACE_SETUP_REWORK]: [S.WORKSPACE_SETUP_REVIEW_PENDING, S.DELETED],
  [S.ANALYSIS_ACTIVE]: [S.ANALYSIS_STOPPED, S.ARCHIVED, S.DELETED],
  [S.ANALYSIS_STOPPED]: [S.ANALYSIS_ACTIVE, S.ARCHIVED, S.DELETED],
  [S.ARCHIVED]: [S.DELETED],
  [S.DELETED]: [],
};

const R = PermitWorkspaceRole;
const RO = MountAccess.READ_ONLY;
const RW = MountAccess.READ_WRITE;

/** Which workspaces exist in each status, and how. Mount lists name volume kinds. */
interface PhaseWorkspace {
  role: PermitWorkspaceRole;
  state: WorkspaceState;
}
const PHASES: Record<PermitStatus, PhaseWorkspace[]> = {
  [S.AWAITING_INGRESS]: [],
  [S.INGRESS_IN_PROGRESS]: [{ role: R.INGRESS_AIRLOCK, state: WorkspaceState.RUNNING }],
  [S.DATA_PREPARATION_PENDING]: [{ role: R.HDAB_PREPROCESSING, state: WorkspaceState.RUNNING }],
  [S.DATA_PREPARATION_REVIEW_PENDING]: [
    { role: R.HDAB_PREPROCESSING, state: WorkspaceState.STOPPED },
    { role: R.HDAB_REVIEW, state: WorkspaceState.RUNNING },
  ],
  [S.DATA_PREPARATION_REWORK]: [{ role: R.HDAB_PREPROCESSING, state: WorkspaceState.RUNNING }],
  [S.WORKSPACE_SETUP_PENDING]: [{ role: R.RESEARCHER_SETUP, state: WorkspaceState.RUNNING }],
  [S.WORKSPACE_SETUP_REVIEW_PENDING]: [
    { role: R.RESEARCHER_SETUP, state: WorkspaceState.STOPPED },
    { role: R.SETUP_REVIEW, state: WorkspaceState.RUNNING },
  ],
  [S.WORKSPACE_SETUP_REWORK]: [{ role: R.RESEARCHER_SETUP, state: WorkspaceState.RUNNING }],
  [S.ANALYSIS_ACTIVE]: [{ role: R.ANALYSIS, state: WorkspaceState.RUNNING }],
  [S.ANALYSIS_STOPPED]: [{ role: R.ANALYSIS, state: WorkspaceState.STOPPED }],
  [S.ARCHIVED]: [],
  [S.DELETED]: [],
};

/** Mounts of each workspace role (upload mounts are added per data holder). */
const MOUNTS: Record<PermitWorkspaceRole, Array<[PermitVolumeKind, MountAccess]>> = {
  [R.INGRESS_AIRLOCK]: [],
  [R.HDAB_PREPROCESSING]: [[PermitVolumeKind.RAW, RO], [PermitVolumeKind.PREPARED, RW]],
  [R.HDAB_REVIEW]: [[PermitVolumeKind.PREPARED, RO]],
  [R.RESEARCHER_SETUP]: [[PermitVolumeKind.PROJECT, RW]],
  [R.SETUP_REVIEW]: [[PermitVolumeKind.PROJECT, RO]],
  [R.ANALYSIS]: [[PermitVolumeKind.PREPARED, RO], [PermitVolumeKind.OUTPUTS, RW], [PermitVolumeKind.PROJECT, RW]],
};

const NETWORK: Record<PermitWorkspaceRole, NetworkMode> = {
  [R.INGRESS_AIRLOCK]: NetworkMode.INGRESS_ALLOWLIST,
  [R.HDAB_PREPROCESSING]: NetworkMode.NONE,
  [R.HDAB_REVIEW]: NetworkMode.NONE,
  [R.RESEARCHER_SETUP]: NetworkMode.EGRESS_PROXY,
  [R.SETUP_REVIEW]: NetworkMode.NONE,
  [R.ANALYSIS]: NetworkMode.NONE,
};

/** Mount path of a volume kind inside workspaces. */
export const MOUNT_PATHS: Record<PermitVolumeKind, string> = {
  [PermitVolumeKind.UPLOAD]: '/uploads',
  [PermitVolumeKind.RAW]: '/data/raw',
  [PermitVolumeKind.PREPARED]: '/data/prepared',
  [PermitVolumeKind.OUTPUTS]: '/data/outputs',
  [PermitVolumeKind.PROJECT]: '/project',
};

const PERMIT_ID = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
const DERIVED_UID_BASE = 20000;
const DERIVED_UID_SPAN = 40000;

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
export class PermitLifecycle {
  /** Statuses that may follow `status`. */
  public static allowedNext(status: PermitStatus): PermitStatus[] {
    return [...NEXT[status]];
  }

  /** Whether moving from `from` to `to` is legal (replaying the same status is). */
  public static isAllowed(from: PermitStatus, to: PermitStatus): boolean {
    return from === to || NEXT[from].includes(to);
  }

  /**
   * The status an event leads to from `current`. Throws for an illegal transition, naming
   * both statuses and the allowed next ones. Replaying the event that led to `current`
   * returns `current`.
   * @param current the permit's status now
   * @param event the event
   * @param newStatus the status carried by a permit.status.updated event
   */
  public static next(current: PermitStatus, event: PermitEventType, newStatus?: PermitStatus): PermitStatus {
    let target: PermitStatus;
    switch (event) {
      case PermitEventType.STATUS_UPDATED:
        if (!newStatus) {
          throw new WorkspaceInputError([problem({
            code: 'missing-status',
            message: 'permit.status.updated carries no status',
            field: 'status',
            fix: `give one of ${Object.values(PermitStatus).join(', ')}`,
          })]);
        }
        target = newStatus;
        break;
      case PermitEventType.INGRESS_INITIATED:
        target = S.INGRESS_IN_PROGRESS;
        break;
      case PermitEventType.WORKSPACE_STOP_REQUESTED:
        target = S.ANALYSIS_STOPPED;
        break;
      case PermitEventType.WORKSPACE_START_REQUESTED:
        target = S.ANALYSIS_ACTIVE;
        break;
      case PermitEventType.DELETED:
        target = S.DELETED;
        break;
      default:
        throw new WorkspaceInputError([problem({ code: 'unknown-event', message: 'unknown permit event', value: event, fix: `use one of ${Object.values(PermitEventType).join(', ')}` })]);
    }
    PermitLifecycle.assertTransition(current, target, event);
    return target;
  }

  /**
   * Parses a status or an event name (`ANALYSIS_ACTIVE`, `analysis_active`,
   * `permit.workspace.stop_requested`).
   */
  public static parseStatus(text: string, field: string = 'status'): PermitStatus {
    const t = text.trim();
    const byEvent: Record<string, PermitStatus> = {
      [PermitEventType.INGRESS_INITIATED]: S.INGRESS_IN_PROGRESS,
      [PermitEventType.WORKSPACE_STOP_REQUESTED]: S.ANALYSIS_STOPPED,
      [PermitEventType.WORKSPACE_START_REQUESTED]: S.ANALYSIS_ACTIVE,
      [PermitEventType.DELETED]: S.DELETED,
    };
    if (byEvent[t]) return byEvent[t];
    const up = t.toUpperCase().replace(/[-.\s]/g, '_');
    const found = Object.values(PermitStatus).find((s) => s === up);
    if (!found) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-status',
        message: 'unknown permit status',
        field,
        value: text,
        fix: `use one of ${Object.values(PermitStatus).join(', ')} (or an event: ${Object.keys(byEvent).join(', ')})`,
      })]);
    }
    return found;
  }

  /**
   * Checks the permit and computes the desired state of its environment.
   * @param permit the permit
   * @param registry a user registry to take uids from
   */
  public static plan(permit: PermitProps, registry?: UserRegistry): PermitPlan {
    validatePermit(permit);
    if (permit.previousStatus !== undefined) PermitLifecycle.assertTransition(permit.previousStatus, permit.status);
    const uidOf = memberUids(permit, registry);
    const replay = permit.previousStatus === permit.status;
    const prev = permit.previousStatus === undefined ? undefined : phase(permit, permit.previousStatus, uidOf);
    let cur = phase(permit, permit.status, uidOf);
    if (prev && prev.volumes.length === 0 && cur.volumesToDelete.length > 0) {
      // Deleted before any storage existed (e.g. straight from AWAITING_INGRESS): nothing to destroy.
      cur = { ...cur, volumesToDelete: [] };
    }
    const changes: PlannedChange[] = [];
    if (!replay) {
      const before = new Map((prev?.workspaces ?? []).map((w) => [w.role, w]));
      for (const w of cur.workspaces) {
        const old = before.get(w.role);
        let change: ChangeKind;
        let detail: string;
        if (!old) {
          change = ChangeKind.CREATED;
          detail = `${w.state}; mounts ${describeMounts(w) || 'none'}; network ${w.network}`;
        } else if (old.state === WorkspaceState.RUNNING && w.state === WorkspaceState.STOPPED) {
          change = ChangeKind.STOPPED;
          detail = 'stopped; storage kept';
        } else if (old.state === WorkspaceState.STOPPED && w.state === WorkspaceState.RUNNING) {
          change = ChangeKind.RESTARTED;
          detail = `running; mounts ${describeMounts(w) || 'none'}`;
        } else if (JSON.stringify(old) !== JSON.stringify(w)) {
          change = ChangeKind.RECONFIGURED;
          detail = `mounts ${describeMounts(w) || 'none'}; network ${w.network}`;
        } else {
          change = ChangeKind.UNCHANGED;
          detail = w.state;
        }
        changes.push({ subject: 'workspace', name: w.role, change, detail });
      }
      for (const old of prev?.workspaces ?? []) {
        if (!cur.workspaces.some((w) => w.role === old.role)) {
          changes.push({ subject: 'workspace', name: old.role, change: ChangeKind.DESTROYED, detail: 'compute destroyed; volumes kept' });
        }
      }
      const prevVolumes = new Set((prev?.volumes ?? []).map((v) => v.name));
      for (const v of cur.volumes) {
        changes.push({
          subject: 'volume',
          name: v.name,
          change: prevVolumes.has(v.name) ? ChangeKind.RETAINED : ChangeKind.CREATED,
          detail: v.protect ? 'protected from destruction' : 'not protected',
        });
      }
      for (const name of cur.volumesToDelete) {
        changes.push({ subject: 'volume', name, change: ChangeKind.DESTROYED, detail: 'permit deleted: data destroyed' });
      }
    }
    return {
      permitId: permit.id,
      status: permit.status,
      previousStatus: permit.previousStatus,
      eventId: permit.eventId ?? 'manual',
      workspaces: cur.workspaces,
      volumes: cur.volumes,
      volumesToDelete: cur.volumesToDelete,
      changes,
      egressAllowedDomains: permit.egressAllowedDomains ?? [...DEFAULT_EGRESS_DOMAINS],
      replay,
    };
  }

  /**
   * The audit record of a plan, before synthesis: `resources` and `protectedResources` are
   * empty and filled by the backend from what it synthesized.
   * @param plan the plan the stack was built from
   * @param backend `kubernetes`, `proxmox` or `aws`
   * @param stack the stack name
   * @param eventIdLabel the event id as the backend wrote it into labels or tags
   * @param timestamp when the record is made (ISO 8601)
   */
  public static auditRecord(plan: PermitPlan, backend: string, stack: string, eventIdLabel: string, timestamp?: string): PermitAuditRecord {
    return {
      recordVersion: 1,
      backend,
      permitId: plan.permitId,
      stack,
      status: plan.status,
      ...(plan.previousStatus ? { previousStatus: plan.previousStatus } : {}),
      eventId: plan.eventId,
      eventIdLabel,
      replay: plan.replay,
      timestamp: timestamp ?? new Date().toISOString(),
      changes: plan.changes.map((c) => ({ subject: c.subject, name: c.name, change: c.change, detail: c.detail })),
      resources: [],
      protectedResources: [],
    };
  }

  private static assertTransition(from: PermitStatus, to: PermitStatus, event?: PermitEventType): void {
    if (PermitLifecycle.isAllowed(from, to)) return;
    const allowed = NEXT[from];
    throw new WorkspaceInputError([problem({
      code: 'illegal-transition',
      message: `a permit cannot go from ${from} to ${to}${event ? ` (event ${event})` : ''}`,
      field: 'status',
      value: to,
      fix: allowed.length ? `from ${from} the next status is one of ${allowed.join(', ')}` : `${from} is final: nothing can follow it`,
    })]);
  }

  private constructor() {}
}

function describeMounts(w: PlannedWorkspace): string {
  return w.mounts.map((m) => `${m.volume}:${m.access}`).join(', ');
}

function allVolumes(permit: PermitProps): PlannedVolume[] {
  const v = (name: string, kind: PermitVolumeKind, dataHolder?: string): PlannedVolume => ({
    name, kind, sensitive: kind !== PermitVolumeKind.PROJECT, protect: true, ...(dataHolder ? { dataHolder } : {}),
  });
  return [
    ...permit.dataHolders.map((h) => v(`upload-${h.id}`, PermitVolumeKind.UPLOAD, h.id)),
    v('raw', PermitVolumeKind.RAW),
    v('prepared', PermitVolumeKind.PREPARED),
    v('outputs', PermitVolumeKind.OUTPUTS),
    v('project', PermitVolumeKind.PROJECT),
  ];
}

function phase(permit: PermitProps, status: PermitStatus, uidOf: (name: string, role: PermitMemberRole) => PlannedUser): {
  workspaces: PlannedWorkspace[]; volumes: PlannedVolume[]; volumesToDelete: string[];
} {
  const volumes = status === S.AWAITING_INGRESS || status === S.DELETED ? [] : allVolumes(permit);
  const volumesToDelete = status === S.DELETED ? allVolumes(permit).map((v) => v.name) : [];
  const reviewer = permit.hdabReviewer ?? permit.hdabPreprocessor;
  const setupReviewer = permit.setupReviewer ?? reviewer;
  const usersOf = (role: PermitWorkspaceRole): PlannedUser[] => {
    switch (role) {
      case R.INGRESS_AIRLOCK: return permit.dataHolders.map((h) => uidOf(h.id, PermitMemberRole.DATA_HOLDER));
      case R.HDAB_PREPROCESSING: return [uidOf(permit.hdabPreprocessor.name, PermitMemberRole.HDAB_STAFF)];
      case R.HDAB_REVIEW: return [uidOf(reviewer.name, PermitMemberRole.HDAB_STAFF)];
      case R.SETUP_REVIEW: return [uidOf(setupReviewer.name, PermitMemberRole.HDAB_STAFF)];
      default: return permit.researchers.map((m) => uidOf(m.name, PermitMemberRole.RESEARCHER));
    }
  };
  const workspaces = PHASES[status].map(({ role, state }): PlannedWorkspace => {
    const mounts: PlannedMount[] = role === R.INGRESS_AIRLOCK
      ? permit.dataHolders.map((h) => ({ volume: `upload-${h.id}`, kind: PermitVolumeKind.UPLOAD, path: `${MOUNT_PATHS[PermitVolumeKind.UPLOAD]}/${h.id}`, access: MountAccess.WRITE_ONLY }))
      : MOUNTS[role].map(([kind, access]) => ({ volume: kind, kind, path: MOUNT_PATHS[kind], access }));
    const airlock = role === R.INGRESS_AIRLOCK;
    return {
      role,
      state,
      mounts,
      users: usersOf(role),
      network: NETWORK[role],
      ingressCidrs: airlock ? [...new Set(permit.dataHolders.flatMap((h) => h.allowedCidrs))] : [],
      protocol: airlock ? 'sftp' : 'rdp',
      port: airlock ? 22 : 3389,
    };
  });
  return { workspaces, volumes, volumesToDelete };
}

function memberUids(permit: PermitProps, registry?: UserRegistry): (name: string, role: PermitMemberRole) => PlannedUser {
  const explicit = new Map<string, number | undefined>();
  for (const m of [permit.hdabPreprocessor, permit.hdabReviewer, permit.setupReviewer, ...permit.researchers]) {
    if (m) explicit.set(m.name, m.uid ?? explicit.get(m.name));
  }
  for (const h of permit.dataHolders) explicit.set(h.id, h.uid);
  const resolved = new Map<string, number>();
  const owner = new Map<number, string>();
  const errors: Diagnostic[] = [];
  for (const [name, uid] of [...explicit.entries()].sort(([a], [b]) => byCodePoint(a, b))) {
    let id = uid;
    if (id === undefined && registry && registry.users.some((u) => u.name === name)) id = registry.user(name).uid;
    if (id === undefined) id = derivedUid(name);
    const clash = owner.get(id);
    if (clash) {
      errors.push(problem({
        code: 'uid-collision',
        message: `permit ${permit.id}: "${name}" and "${clash}" would both get uid ${id}`,
        field: 'uid',
        value: id,
        fix: 'give one of them an explicit uid (or add them to the user registry)',
      }));
    }
    owner.set(id, name);
    resolved.set(name, id);
  }
  if (errors.length) throw new WorkspaceInputError(errors);
  return (name, role) => ({ name, uid: resolved.get(name)!, gid: resolved.get(name)!, role });
}

/** A stable uid for a name without one: the first 32 bits of SHA-256(name), mapped into 20000-59999. */
function derivedUid(name: string): number {
  const h = crypto.createHash('sha256').update(name).digest();
  return DERIVED_UID_BASE + (h.readUInt32BE(0) % DERIVED_UID_SPAN);
}

function validatePermit(p: PermitProps): void {
  const errors: Diagnostic[] = [];
  const where = { file: `permit ${p.id}` };
  const err = (code: string, field: string, message: string, value: unknown, fix: string) =>
    errors.push(problem({ code, field, message, value, fix, location: where }));
  if (!PERMIT_ID.test(p.id)) {
    err('invalid-permit-id', 'id', 'permit id must be 1-40 lower-case letters, digits or dashes, starting and ending with a letter or digit', p.id,
      `use e.g. "${p.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'p-001'}"`);
  }
  if (!Object.values(PermitStatus).includes(p.status)) {
    err('unknown-status', 'status', 'unknown permit status', p.status, `use one of ${Object.values(PermitStatus).join(', ')}`);
  }
  const members: Array<[string, PermitMember | undefined]> = [
    ['hdabPreprocessor', p.hdabPreprocessor], ['hdabReviewer', p.hdabReviewer], ['setupReviewer', p.setupReviewer],
    ...p.researchers.map((m, i) => [`researchers[${i}]`, m] as [string, PermitMember]),
  ];
  for (const [field, m] of members) {
    if (!m) continue;
    if (!isValidPosixName(m.name) || RESERVED_NAMES.has(m.name)) {
      err('invalid-name', `${field}.name`, 'not a valid, non-reserved POSIX login name', m.name, 'use lower-case letters, digits, "_" and "-", starting with a letter');
    }
    const idProblem = m.uid === undefined ? undefined : researchIdProblem(m.uid);
    if (idProblem) err('invalid-id', `${field}.uid`, `uid ${idProblem}`, m.uid, `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID} (the lab range), or leave it out`);
  }
  if (p.researchers.length === 0) err('no-researchers', 'researchers', 'a permit needs at least one researcher', [], 'add the researchers named on the permit');
  const hdab = new Set([p.hdabPreprocessor?.name, p.hdabReviewer?.name, p.setupReviewer?.name].filter(Boolean));
  for (const r of p.researchers) {
    if (hdab.has(r.name)) {
      err('role-conflict', 'researchers', `"${r.name}" is both a researcher and HDAB staff; a researcher must never prepare or review their own data`, r.name,
        'name a different HDAB staff member');
    }
  }
  const ids = new Set<string>();
  p.dataHolders.forEach((h, i) => {
    if (!/^[a-z][a-z0-9-]{0,30}$/.test(h.id) || RESERVED_NAMES.has(h.id)) {
      err('invalid-name', `dataHolders[${i}].id`, 'data holder id must be a lower-case login name (letters, digits, dashes, starting with a letter)', h.id, 'use e.g. "hospital-a"');
    }
    if (ids.has(h.id)) err('duplicate-name', `dataHolders[${i}].id`, 'data holder listed twice', h.id, 'list each data holder once');
    const holderIdProblem = h.uid === undefined ? undefined : researchIdProblem(h.uid);
    if (holderIdProblem) err('invalid-id', `dataHolders[${i}].uid`, `uid ${holderIdProblem}`, h.uid, `choose an id from ${FIRST_RESEARCH_ID} to ${MAX_RESEARCH_ID}, or leave it out`);
    ids.add(h.id);
    if (!h.allowedCidrs || h.allowedCidrs.length === 0) {
      err('no-cidrs', `dataHolders[${i}].allowedCidrs`, `data holder "${h.id}" has no allowed CIDR, so nobody could reach the airlock`, [], 'add the data holder\'s public address range, e.g. 203.0.113.0/24');
    }
    for (const c of judgeCidrs(h.allowedCidrs ?? [], DEFAULT_CIDR_LIMITS, 'the airlock')) {
      err(c.code, `dataHolders[${i}].allowedCidrs${c.index === undefined ? '' : `[${c.index}]`}`, c.message, c.value, c.fix);
    }
  });
  // The airlock admits the union of every data holder's networks: judged as one list too.
  if (!errors.some((e) => e.field?.includes('allowedCidrs'))) {
    for (const c of judgeCidrs(p.dataHolders.flatMap((h) => h.allowedCidrs ?? []), DEFAULT_CIDR_LIMITS, 'the airlock')) {
      if (c.index === undefined) err(c.code, 'dataHolders', `${c.message} (all data holders together)`, c.value, c.fix);
    }
  }
  if (p.dataHolders.length === 0) err('no-data-holders', 'dataHolders', 'a permit needs at least one data holder to upload data', [], 'add the data holders named on the permit');
  const domains = p.egressAllowedDomains;
  if (domains !== undefined) {
    if (domains.length === 0) {
      err('empty-allowlist', 'egressAllowedDomains', 'the setup phase needs at least one allowed domain: with none, researchers cannot install software', [],
        'leave it out for PyPI, CRAN and conda-forge, or list the repositories the project needs');
    }
    domains.forEach((d, i) => {
      if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d)) {
        err('invalid-domain', `egressAllowedDomains[${i}]`, 'not a domain name', d, 'write a host name such as pypi.org or *.r-project.org');
      }
    });
  }
  if (errors.length) throw new WorkspaceInputError(errors, errors.length > 1 ? `permit ${p.id}: ${errors.length} problems` : undefined);
}

/**
 * What is wrong with one CIDR, or undefined: not canonical (`0.0.0.0/00`, host bits set) or
 * the whole internet (`0.0.0.0/0`, `::/0`, `::ffff:0:0/96`, `::/64`). Breadth is a policy
 * matter, judged where the policy is known (lab files, the permit check); lists are judged
 * as a whole there too (`0.0.0.0/1` plus `128.0.0.0/1` is the whole internet).
 */
export function cidrProblem(c: string): string | undefined {
  const p = judgeCidrs([c], WIDEST_CIDR_LIMITS, 'the airlock')[0];
  return p ? p.message.replace(/^not a valid CIDR: /, '') : undefined;
}

