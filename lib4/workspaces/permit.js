"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PermitLifecycle = exports.MOUNT_PATHS = exports.PermitMemberRole = exports.ChangeKind = exports.WorkspaceState = exports.NetworkMode = exports.MountAccess = exports.PermitVolumeKind = exports.PermitWorkspaceRole = exports.PermitEventType = exports.PermitStatus = void 0;
exports.cidrProblem = cidrProblem;
const crypto = __importStar(require("crypto"));
const policy_1 = require("./policy");
const cidr_1 = require("./private/cidr");
const compare_1 = require("./private/compare");
const error_1 = require("./private/error");
const posix_1 = require("./private/posix");
/**
 * Where a permit is in its lifecycle. The statuses of the Permit Manager, plus three that
 * events lead to: `INGRESS_IN_PROGRESS` (permit.ingress.initiated), `ANALYSIS_STOPPED`
 * (permit.workspace.stop_requested) and `DELETED` (permit.deleted).
 */
var PermitStatus;
(function (PermitStatus) {
    /** Permit granted; nothing exists yet. */
    PermitStatus["AWAITING_INGRESS"] = "AWAITING_INGRESS";
    /** The ingress airlock runs; data holders upload (after permit.ingress.initiated). */
    PermitStatus["INGRESS_IN_PROGRESS"] = "INGRESS_IN_PROGRESS";
    /** HDAB staff prepare the data: raw read-only, prepared read-write. */
    PermitStatus["DATA_PREPARATION_PENDING"] = "DATA_PREPARATION_PENDING";
    /** An HDAB reviewer checks the prepared data (read-only); preprocessing is stopped. */
    PermitStatus["DATA_PREPARATION_REVIEW_PENDING"] = "DATA_PREPARATION_REVIEW_PENDING";
    /** Preparation goes back to the preprocessor. */
    PermitStatus["DATA_PREPARATION_REWORK"] = "DATA_PREPARATION_REWORK";
    /** Researchers install software through the package proxy; no sensitive data is mounted. */
    PermitStatus["WORKSPACE_SETUP_PENDING"] = "WORKSPACE_SETUP_PENDING";
    /** An HDAB reviewer inspects the setup (read-only); the setup workspace is stopped. */
    PermitStatus["WORKSPACE_SETUP_REVIEW_PENDING"] = "WORKSPACE_SETUP_REVIEW_PENDING";
    /** Setup goes back to the researchers, with the same proxied egress. */
    PermitStatus["WORKSPACE_SETUP_REWORK"] = "WORKSPACE_SETUP_REWORK";
    /** The isolated analysis workspace runs: no internet at all. */
    PermitStatus["ANALYSIS_ACTIVE"] = "ANALYSIS_ACTIVE";
    /** The analysis workspace is stopped; all storage is kept (after permit.workspace.stop_requested). */
    PermitStatus["ANALYSIS_STOPPED"] = "ANALYSIS_STOPPED";
    /** Compute is destroyed; all storage is kept for the archival period. */
    PermitStatus["ARCHIVED"] = "ARCHIVED";
    /** Everything is destroyed, storage included (after permit.deleted). */
    PermitStatus["DELETED"] = "DELETED";
})(PermitStatus || (exports.PermitStatus = PermitStatus = {}));
/**
 * Events the Permit Manager publishes.
 */
var PermitEventType;
(function (PermitEventType) {
    /** `permit.status.updated`, carrying the new status. */
    PermitEventType["STATUS_UPDATED"] = "permit.status.updated";
    /** `permit.ingress.initiated`: the HDAB team opens the airlock. */
    PermitEventType["INGRESS_INITIATED"] = "permit.ingress.initiated";
    /** `permit.workspace.stop_requested`. */
    PermitEventType["WORKSPACE_STOP_REQUESTED"] = "permit.workspace.stop_requested";
    /** `permit.workspace.start_requested`. */
    PermitEventType["WORKSPACE_START_REQUESTED"] = "permit.workspace.start_requested";
    /** `permit.deleted`. */
    PermitEventType["DELETED"] = "permit.deleted";
})(PermitEventType || (exports.PermitEventType = PermitEventType = {}));
/**
 * The workspaces of a permit.
 */
var PermitWorkspaceRole;
(function (PermitWorkspaceRole) {
    /** SFTP airlock for data holders' uploads. */
    PermitWorkspaceRole["INGRESS_AIRLOCK"] = "ingress-airlock";
    /** HDAB preprocessing environment (HPE). */
    PermitWorkspaceRole["HDAB_PREPROCESSING"] = "hdab-preprocessing";
    /** HDAB review environment (HRE). */
    PermitWorkspaceRole["HDAB_REVIEW"] = "hdab-review";
    /** Researchers' setup environment. */
    PermitWorkspaceRole["RESEARCHER_SETUP"] = "researcher-setup";
    /** HDAB reviewer's read-only access to the setup. */
    PermitWorkspaceRole["SETUP_REVIEW"] = "setup-review";
    /** Researchers' isolated analysis environment. */
    PermitWorkspaceRole["ANALYSIS"] = "analysis";
})(PermitWorkspaceRole || (exports.PermitWorkspaceRole = PermitWorkspaceRole = {}));
/**
 * Kinds of permit storage.
 */
var PermitVolumeKind;
(function (PermitVolumeKind) {
    /** One per data holder: where the airlock writes uploads. Sensitive. */
    PermitVolumeKind["UPLOAD"] = "upload";
    /** Raw data consolidated from the uploads. Sensitive. */
    PermitVolumeKind["RAW"] = "raw";
    /** Data prepared by the HDAB. Sensitive. */
    PermitVolumeKind["PREPARED"] = "prepared";
    /** Analysis results, checked before they leave. Sensitive. */
    PermitVolumeKind["OUTPUTS"] = "outputs";
    /** Shared project folder (code, environments), shared by setup and analysis. */
    PermitVolumeKind["PROJECT"] = "project";
})(PermitVolumeKind || (exports.PermitVolumeKind = PermitVolumeKind = {}));
/**
 * How a workspace may use a volume.
 */
var MountAccess;
(function (MountAccess) {
    /** Read only. */
    MountAccess["READ_ONLY"] = "ro";
    /** Read and write. */
    MountAccess["READ_WRITE"] = "rw";
    /** Write only: files can be uploaded but not listed or read back (airlock uploads). */
    MountAccess["WRITE_ONLY"] = "wo";
})(MountAccess || (exports.MountAccess = MountAccess = {}));
/**
 * Internet access of a workspace.
 */
var NetworkMode;
(function (NetworkMode) {
    /** No traffic in or out except the remote desktop gateway. */
    NetworkMode["NONE"] = "none";
    /** Inbound only from allowlisted CIDRs (the data holders), nothing out. */
    NetworkMode["INGRESS_ALLOWLIST"] = "ingress-allowlist";
    /** Outbound only through the package proxy and its domain allowlist. */
    NetworkMode["EGRESS_PROXY"] = "egress-proxy";
    /** Unrestricted (never planned by the lifecycle; available to custom plans). */
    NetworkMode["OPEN"] = "open";
})(NetworkMode || (exports.NetworkMode = NetworkMode = {}));
/**
 * Desired run state of a workspace.
 */
var WorkspaceState;
(function (WorkspaceState) {
    /** Running. */
    WorkspaceState["RUNNING"] = "running";
    /** Stopped, with its storage kept. */
    WorkspaceState["STOPPED"] = "stopped";
})(WorkspaceState || (exports.WorkspaceState = WorkspaceState = {}));
/**
 * What changed for a workspace or volume between two phases (for the audit log).
 */
var ChangeKind;
(function (ChangeKind) {
    /** Did not exist, exists now. */
    ChangeKind["CREATED"] = "created";
    /** Was running, is stopped now. */
    ChangeKind["STOPPED"] = "stopped";
    /** Was stopped, runs again. */
    ChangeKind["RESTARTED"] = "restarted";
    /** Existed, is destroyed now. */
    ChangeKind["DESTROYED"] = "destroyed";
    /** Same state, different mounts, users or network. */
    ChangeKind["RECONFIGURED"] = "reconfigured";
    /** No change. */
    ChangeKind["UNCHANGED"] = "unchanged";
    /** A volume kept as it is. */
    ChangeKind["RETAINED"] = "retained";
})(ChangeKind || (exports.ChangeKind = ChangeKind = {}));
/**
 * Kind of person in a permit.
 */
var PermitMemberRole;
(function (PermitMemberRole) {
    /** Uploads data through the airlock. */
    PermitMemberRole["DATA_HOLDER"] = "data-holder";
    /** Health Data Access Body staff (preprocessing, reviews). */
    PermitMemberRole["HDAB_STAFF"] = "hdab-staff";
    /** Researcher named on the permit. */
    PermitMemberRole["RESEARCHER"] = "researcher";
})(PermitMemberRole || (exports.PermitMemberRole = PermitMemberRole = {}));
const S = PermitStatus;
/** Allowed next statuses. A status may always be replayed (no-op). */
const NEXT = {
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
const PHASES = {
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
const MOUNTS = {
    [R.INGRESS_AIRLOCK]: [],
    [R.HDAB_PREPROCESSING]: [[PermitVolumeKind.RAW, RO], [PermitVolumeKind.PREPARED, RW]],
    [R.HDAB_REVIEW]: [[PermitVolumeKind.PREPARED, RO]],
    [R.RESEARCHER_SETUP]: [[PermitVolumeKind.PROJECT, RW]],
    [R.SETUP_REVIEW]: [[PermitVolumeKind.PROJECT, RO]],
    [R.ANALYSIS]: [[PermitVolumeKind.PREPARED, RO], [PermitVolumeKind.OUTPUTS, RW], [PermitVolumeKind.PROJECT, RW]],
};
const NETWORK = {
    [R.INGRESS_AIRLOCK]: NetworkMode.INGRESS_ALLOWLIST,
    [R.HDAB_PREPROCESSING]: NetworkMode.NONE,
    [R.HDAB_REVIEW]: NetworkMode.NONE,
    [R.RESEARCHER_SETUP]: NetworkMode.EGRESS_PROXY,
    [R.SETUP_REVIEW]: NetworkMode.NONE,
    [R.ANALYSIS]: NetworkMode.NONE,
};
/** Mount path of a volume kind inside workspaces. */
exports.MOUNT_PATHS = {
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
class PermitLifecycle {
    /** Statuses that may follow `status`. */
    static allowedNext(status) {
        return [...NEXT[status]];
    }
    /** Whether moving from `from` to `to` is legal (replaying the same status is). */
    static isAllowed(from, to) {
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
    static next(current, event, newStatus) {
        let target;
        switch (event) {
            case PermitEventType.STATUS_UPDATED:
                if (!newStatus) {
                    throw new error_1.WorkspaceInputError([(0, error_1.problem)({
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
                throw new error_1.WorkspaceInputError([(0, error_1.problem)({ code: 'unknown-event', message: 'unknown permit event', value: event, fix: `use one of ${Object.values(PermitEventType).join(', ')}` })]);
        }
        PermitLifecycle.assertTransition(current, target, event);
        return target;
    }
    /**
     * Parses a status or an event name (`ANALYSIS_ACTIVE`, `analysis_active`,
     * `permit.workspace.stop_requested`).
     */
    static parseStatus(text, field = 'status') {
        const t = text.trim();
        const byEvent = {
            [PermitEventType.INGRESS_INITIATED]: S.INGRESS_IN_PROGRESS,
            [PermitEventType.WORKSPACE_STOP_REQUESTED]: S.ANALYSIS_STOPPED,
            [PermitEventType.WORKSPACE_START_REQUESTED]: S.ANALYSIS_ACTIVE,
            [PermitEventType.DELETED]: S.DELETED,
        };
        if (byEvent[t])
            return byEvent[t];
        const up = t.toUpperCase().replace(/[-.\s]/g, '_');
        const found = Object.values(PermitStatus).find((s) => s === up);
        if (!found) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
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
    static plan(permit, registry) {
        validatePermit(permit);
        if (permit.previousStatus !== undefined)
            PermitLifecycle.assertTransition(permit.previousStatus, permit.status);
        const uidOf = memberUids(permit, registry);
        const replay = permit.previousStatus === permit.status;
        const prev = permit.previousStatus === undefined ? undefined : phase(permit, permit.previousStatus, uidOf);
        let cur = phase(permit, permit.status, uidOf);
        if (prev && prev.volumes.length === 0 && cur.volumesToDelete.length > 0) {
            // Deleted before any storage existed (e.g. straight from AWAITING_INGRESS): nothing to destroy.
            cur = { ...cur, volumesToDelete: [] };
        }
        const changes = [];
        if (!replay) {
            const before = new Map((prev?.workspaces ?? []).map((w) => [w.role, w]));
            for (const w of cur.workspaces) {
                const old = before.get(w.role);
                let change;
                let detail;
                if (!old) {
                    change = ChangeKind.CREATED;
                    detail = `${w.state}; mounts ${describeMounts(w) || 'none'}; network ${w.network}`;
                }
                else if (old.state === WorkspaceState.RUNNING && w.state === WorkspaceState.STOPPED) {
                    change = ChangeKind.STOPPED;
                    detail = 'stopped; storage kept';
                }
                else if (old.state === WorkspaceState.STOPPED && w.state === WorkspaceState.RUNNING) {
                    change = ChangeKind.RESTARTED;
                    detail = `running; mounts ${describeMounts(w) || 'none'}`;
                }
                else if (JSON.stringify(old) !== JSON.stringify(w)) {
                    change = ChangeKind.RECONFIGURED;
                    detail = `mounts ${describeMounts(w) || 'none'}; network ${w.network}`;
                }
                else {
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
            egressAllowedDomains: permit.egressAllowedDomains ?? [...policy_1.DEFAULT_EGRESS_DOMAINS],
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
    static auditRecord(plan, backend, stack, eventIdLabel, timestamp) {
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
    static assertTransition(from, to, event) {
        if (PermitLifecycle.isAllowed(from, to))
            return;
        const allowed = NEXT[from];
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                code: 'illegal-transition',
                message: `a permit cannot go from ${from} to ${to}${event ? ` (event ${event})` : ''}`,
                field: 'status',
                value: to,
                fix: allowed.length ? `from ${from} the next status is one of ${allowed.join(', ')}` : `${from} is final: nothing can follow it`,
            })]);
    }
    constructor() { }
}
exports.PermitLifecycle = PermitLifecycle;
function describeMounts(w) {
    return w.mounts.map((m) => `${m.volume}:${m.access}`).join(', ');
}
function allVolumes(permit) {
    const v = (name, kind, dataHolder) => ({
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
function phase(permit, status, uidOf) {
    const volumes = status === S.AWAITING_INGRESS || status === S.DELETED ? [] : allVolumes(permit);
    const volumesToDelete = status === S.DELETED ? allVolumes(permit).map((v) => v.name) : [];
    const reviewer = permit.hdabReviewer ?? permit.hdabPreprocessor;
    const setupReviewer = permit.setupReviewer ?? reviewer;
    const usersOf = (role) => {
        switch (role) {
            case R.INGRESS_AIRLOCK: return permit.dataHolders.map((h) => uidOf(h.id, PermitMemberRole.DATA_HOLDER));
            case R.HDAB_PREPROCESSING: return [uidOf(permit.hdabPreprocessor.name, PermitMemberRole.HDAB_STAFF)];
            case R.HDAB_REVIEW: return [uidOf(reviewer.name, PermitMemberRole.HDAB_STAFF)];
            case R.SETUP_REVIEW: return [uidOf(setupReviewer.name, PermitMemberRole.HDAB_STAFF)];
            default: return permit.researchers.map((m) => uidOf(m.name, PermitMemberRole.RESEARCHER));
        }
    };
    const workspaces = PHASES[status].map(({ role, state }) => {
        const mounts = role === R.INGRESS_AIRLOCK
            ? permit.dataHolders.map((h) => ({ volume: `upload-${h.id}`, kind: PermitVolumeKind.UPLOAD, path: `${exports.MOUNT_PATHS[PermitVolumeKind.UPLOAD]}/${h.id}`, access: MountAccess.WRITE_ONLY }))
            : MOUNTS[role].map(([kind, access]) => ({ volume: kind, kind, path: exports.MOUNT_PATHS[kind], access }));
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
function memberUids(permit, registry) {
    const explicit = new Map();
    for (const m of [permit.hdabPreprocessor, permit.hdabReviewer, permit.setupReviewer, ...permit.researchers]) {
        if (m)
            explicit.set(m.name, m.uid ?? explicit.get(m.name));
    }
    for (const h of permit.dataHolders)
        explicit.set(h.id, h.uid);
    const resolved = new Map();
    const owner = new Map();
    const errors = [];
    for (const [name, uid] of [...explicit.entries()].sort(([a], [b]) => (0, compare_1.byCodePoint)(a, b))) {
        let id = uid;
        if (id === undefined && registry && registry.users.some((u) => u.name === name))
            id = registry.user(name).uid;
        if (id === undefined)
            id = derivedUid(name);
        const clash = owner.get(id);
        if (clash) {
            errors.push((0, error_1.problem)({
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
    if (errors.length)
        throw new error_1.WorkspaceInputError(errors);
    return (name, role) => ({ name, uid: resolved.get(name), gid: resolved.get(name), role });
}
/** A stable uid for a name without one: the first 32 bits of SHA-256(name), mapped into 20000-59999. */
function derivedUid(name) {
    const h = crypto.createHash('sha256').update(name).digest();
    return DERIVED_UID_BASE + (h.readUInt32BE(0) % DERIVED_UID_SPAN);
}
function validatePermit(p) {
    const errors = [];
    const where = { file: `permit ${p.id}` };
    const err = (code, field, message, value, fix) => errors.push((0, error_1.problem)({ code, field, message, value, fix, location: where }));
    if (!PERMIT_ID.test(p.id)) {
        err('invalid-permit-id', 'id', 'permit id must be 1-40 lower-case letters, digits or dashes, starting and ending with a letter or digit', p.id, `use e.g. "${p.id.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'p-001'}"`);
    }
    if (!Object.values(PermitStatus).includes(p.status)) {
        err('unknown-status', 'status', 'unknown permit status', p.status, `use one of ${Object.values(PermitStatus).join(', ')}`);
    }
    const members = [
        ['hdabPreprocessor', p.hdabPreprocessor], ['hdabReviewer', p.hdabReviewer], ['setupReviewer', p.setupReviewer],
        ...p.researchers.map((m, i) => [`researchers[${i}]`, m]),
    ];
    for (const [field, m] of members) {
        if (!m)
            continue;
        if (!(0, posix_1.isValidPosixName)(m.name) || posix_1.RESERVED_NAMES.has(m.name)) {
            err('invalid-name', `${field}.name`, 'not a valid, non-reserved POSIX login name', m.name, 'use lower-case letters, digits, "_" and "-", starting with a letter');
        }
        const idProblem = m.uid === undefined ? undefined : (0, posix_1.researchIdProblem)(m.uid);
        if (idProblem)
            err('invalid-id', `${field}.uid`, `uid ${idProblem}`, m.uid, `choose an id from ${posix_1.FIRST_RESEARCH_ID} to ${posix_1.MAX_RESEARCH_ID} (the lab range), or leave it out`);
    }
    if (p.researchers.length === 0)
        err('no-researchers', 'researchers', 'a permit needs at least one researcher', [], 'add the researchers named on the permit');
    const hdab = new Set([p.hdabPreprocessor?.name, p.hdabReviewer?.name, p.setupReviewer?.name].filter(Boolean));
    for (const r of p.researchers) {
        if (hdab.has(r.name)) {
            err('role-conflict', 'researchers', `"${r.name}" is both a researcher and HDAB staff; a researcher must never prepare or review their own data`, r.name, 'name a different HDAB staff member');
        }
    }
    const ids = new Set();
    p.dataHolders.forEach((h, i) => {
        if (!/^[a-z][a-z0-9-]{0,30}$/.test(h.id) || posix_1.RESERVED_NAMES.has(h.id)) {
            err('invalid-name', `dataHolders[${i}].id`, 'data holder id must be a lower-case login name (letters, digits, dashes, starting with a letter)', h.id, 'use e.g. "hospital-a"');
        }
        if (ids.has(h.id))
            err('duplicate-name', `dataHolders[${i}].id`, 'data holder listed twice', h.id, 'list each data holder once');
        const holderIdProblem = h.uid === undefined ? undefined : (0, posix_1.researchIdProblem)(h.uid);
        if (holderIdProblem)
            err('invalid-id', `dataHolders[${i}].uid`, `uid ${holderIdProblem}`, h.uid, `choose an id from ${posix_1.FIRST_RESEARCH_ID} to ${posix_1.MAX_RESEARCH_ID}, or leave it out`);
        ids.add(h.id);
        if (!h.allowedCidrs || h.allowedCidrs.length === 0) {
            err('no-cidrs', `dataHolders[${i}].allowedCidrs`, `data holder "${h.id}" has no allowed CIDR, so nobody could reach the airlock`, [], 'add the data holder\'s public address range, e.g. 203.0.113.0/24');
        }
        for (const c of (0, cidr_1.judgeCidrs)(h.allowedCidrs ?? [], cidr_1.DEFAULT_CIDR_LIMITS, 'the airlock')) {
            err(c.code, `dataHolders[${i}].allowedCidrs${c.index === undefined ? '' : `[${c.index}]`}`, c.message, c.value, c.fix);
        }
    });
    // The airlock admits the union of every data holder's networks: judged as one list too.
    if (!errors.some((e) => e.field?.includes('allowedCidrs'))) {
        for (const c of (0, cidr_1.judgeCidrs)(p.dataHolders.flatMap((h) => h.allowedCidrs ?? []), cidr_1.DEFAULT_CIDR_LIMITS, 'the airlock')) {
            if (c.index === undefined)
                err(c.code, 'dataHolders', `${c.message} (all data holders together)`, c.value, c.fix);
        }
    }
    if (p.dataHolders.length === 0)
        err('no-data-holders', 'dataHolders', 'a permit needs at least one data holder to upload data', [], 'add the data holders named on the permit');
    const domains = p.egressAllowedDomains;
    if (domains !== undefined) {
        if (domains.length === 0) {
            err('empty-allowlist', 'egressAllowedDomains', 'the setup phase needs at least one allowed domain: with none, researchers cannot install software', [], 'leave it out for PyPI, CRAN and conda-forge, or list the repositories the project needs');
        }
        domains.forEach((d, i) => {
            if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d)) {
                err('invalid-domain', `egressAllowedDomains[${i}]`, 'not a domain name', d, 'write a host name such as pypi.org or *.r-project.org');
            }
        });
    }
    if (errors.length)
        throw new error_1.WorkspaceInputError(errors, errors.length > 1 ? `permit ${p.id}: ${errors.length} problems` : undefined);
}
/**
 * What is wrong with one CIDR, or undefined: not canonical (`0.0.0.0/00`, host bits set) or
 * the whole internet (`0.0.0.0/0`, `::/0`, `::ffff:0:0/96`, `::/64`). Breadth is a policy
 * matter, judged where the policy is known (lab files, the permit check); lists are judged
 * as a whole there too (`0.0.0.0/1` plus `128.0.0.0/1` is the whole internet).
 */
function cidrProblem(c) {
    const p = (0, cidr_1.judgeCidrs)([c], cidr_1.WIDEST_CIDR_LIMITS, 'the airlock')[0];
    return p ? p.message.replace(/^not a valid CIDR: /, '') : undefined;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3dvcmtzcGFjZXMvcGVybWl0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWcxQkEsa0NBR0M7QUFuMUJELCtDQUFpQztBQUVqQyxxQ0FBa0Q7QUFDbEQseUNBQXFGO0FBQ3JGLCtDQUFnRDtBQUNoRCwyQ0FBK0Q7QUFDL0QsMkNBQTBIO0FBRzFIOzs7O0dBSUc7QUFDSCxJQUFZLFlBeUJYO0FBekJELFdBQVksWUFBWTtJQUN0QiwwQ0FBMEM7SUFDMUMscURBQXFDLENBQUE7SUFDckMsc0ZBQXNGO0lBQ3RGLDJEQUEyQyxDQUFBO0lBQzNDLHVFQUF1RTtJQUN2RSxxRUFBcUQsQ0FBQTtJQUNyRCx1RkFBdUY7SUFDdkYsbUZBQW1FLENBQUE7SUFDbkUsaURBQWlEO0lBQ2pELG1FQUFtRCxDQUFBO0lBQ25ELDRGQUE0RjtJQUM1RixtRUFBbUQsQ0FBQTtJQUNuRCx1RkFBdUY7SUFDdkYsaUZBQWlFLENBQUE7SUFDakUsd0VBQXdFO0lBQ3hFLGlFQUFpRCxDQUFBO0lBQ2pELGdFQUFnRTtJQUNoRSxtREFBbUMsQ0FBQTtJQUNuQyxzR0FBc0c7SUFDdEcscURBQXFDLENBQUE7SUFDckMseUVBQXlFO0lBQ3pFLHFDQUFxQixDQUFBO0lBQ3JCLHdFQUF3RTtJQUN4RSxtQ0FBbUIsQ0FBQTtBQUNyQixDQUFDLEVBekJXLFlBQVksNEJBQVosWUFBWSxRQXlCdkI7QUFFRDs7R0FFRztBQUNILElBQVksZUFXWDtBQVhELFdBQVksZUFBZTtJQUN6Qix3REFBd0Q7SUFDeEQsMkRBQXdDLENBQUE7SUFDeEMsbUVBQW1FO0lBQ25FLGlFQUE4QyxDQUFBO0lBQzlDLHlDQUF5QztJQUN6QywrRUFBNEQsQ0FBQTtJQUM1RCwwQ0FBMEM7SUFDMUMsaUZBQThELENBQUE7SUFDOUQsd0JBQXdCO0lBQ3hCLDZDQUEwQixDQUFBO0FBQzVCLENBQUMsRUFYVyxlQUFlLCtCQUFmLGVBQWUsUUFXMUI7QUFFRDs7R0FFRztBQUNILElBQVksbUJBYVg7QUFiRCxXQUFZLG1CQUFtQjtJQUM3Qiw4Q0FBOEM7SUFDOUMsMERBQW1DLENBQUE7SUFDbkMsNENBQTRDO0lBQzVDLGdFQUF5QyxDQUFBO0lBQ3pDLHFDQUFxQztJQUNyQyxrREFBMkIsQ0FBQTtJQUMzQixzQ0FBc0M7SUFDdEMsNERBQXFDLENBQUE7SUFDckMscURBQXFEO0lBQ3JELG9EQUE2QixDQUFBO0lBQzdCLGtEQUFrRDtJQUNsRCw0Q0FBcUIsQ0FBQTtBQUN2QixDQUFDLEVBYlcsbUJBQW1CLG1DQUFuQixtQkFBbUIsUUFhOUI7QUFFRDs7R0FFRztBQUNILElBQVksZ0JBV1g7QUFYRCxXQUFZLGdCQUFnQjtJQUMxQix3RUFBd0U7SUFDeEUscUNBQWlCLENBQUE7SUFDakIseURBQXlEO0lBQ3pELCtCQUFXLENBQUE7SUFDWCw0Q0FBNEM7SUFDNUMseUNBQXFCLENBQUE7SUFDckIsOERBQThEO0lBQzlELHVDQUFtQixDQUFBO0lBQ25CLGdGQUFnRjtJQUNoRix1Q0FBbUIsQ0FBQTtBQUNyQixDQUFDLEVBWFcsZ0JBQWdCLGdDQUFoQixnQkFBZ0IsUUFXM0I7QUFFRDs7R0FFRztBQUNILElBQVksV0FPWDtBQVBELFdBQVksV0FBVztJQUNyQixpQkFBaUI7SUFDakIsK0JBQWdCLENBQUE7SUFDaEIsc0JBQXNCO0lBQ3RCLGdDQUFpQixDQUFBO0lBQ2pCLHVGQUF1RjtJQUN2RixnQ0FBaUIsQ0FBQTtBQUNuQixDQUFDLEVBUFcsV0FBVywyQkFBWCxXQUFXLFFBT3RCO0FBRUQ7O0dBRUc7QUFDSCxJQUFZLFdBU1g7QUFURCxXQUFZLFdBQVc7SUFDckIsOERBQThEO0lBQzlELDRCQUFhLENBQUE7SUFDYiwyRUFBMkU7SUFDM0Usc0RBQXVDLENBQUE7SUFDdkMsd0VBQXdFO0lBQ3hFLDRDQUE2QixDQUFBO0lBQzdCLGdGQUFnRjtJQUNoRiw0QkFBYSxDQUFBO0FBQ2YsQ0FBQyxFQVRXLFdBQVcsMkJBQVgsV0FBVyxRQVN0QjtBQUVEOztHQUVHO0FBQ0gsSUFBWSxjQUtYO0FBTEQsV0FBWSxjQUFjO0lBQ3hCLGVBQWU7SUFDZixxQ0FBbUIsQ0FBQTtJQUNuQixzQ0FBc0M7SUFDdEMscUNBQW1CLENBQUE7QUFDckIsQ0FBQyxFQUxXLGNBQWMsOEJBQWQsY0FBYyxRQUt6QjtBQUVEOztHQUVHO0FBQ0gsSUFBWSxVQWVYO0FBZkQsV0FBWSxVQUFVO0lBQ3BCLGlDQUFpQztJQUNqQyxpQ0FBbUIsQ0FBQTtJQUNuQixtQ0FBbUM7SUFDbkMsaUNBQW1CLENBQUE7SUFDbkIsK0JBQStCO0lBQy9CLHFDQUF1QixDQUFBO0lBQ3ZCLGlDQUFpQztJQUNqQyxxQ0FBdUIsQ0FBQTtJQUN2QixzREFBc0Q7SUFDdEQsMkNBQTZCLENBQUE7SUFDN0IsaUJBQWlCO0lBQ2pCLHFDQUF1QixDQUFBO0lBQ3ZCLDhCQUE4QjtJQUM5QixtQ0FBcUIsQ0FBQTtBQUN2QixDQUFDLEVBZlcsVUFBVSwwQkFBVixVQUFVLFFBZXJCO0FBRUQ7O0dBRUc7QUFDSCxJQUFZLGdCQU9YO0FBUEQsV0FBWSxnQkFBZ0I7SUFDMUIsd0NBQXdDO0lBQ3hDLCtDQUEyQixDQUFBO0lBQzNCLDhEQUE4RDtJQUM5RCw2Q0FBeUIsQ0FBQTtJQUN6QixzQ0FBc0M7SUFDdEMsNkNBQXlCLENBQUE7QUFDM0IsQ0FBQyxFQVBXLGdCQUFnQixnQ0FBaEIsZ0JBQWdCLFFBTzNCO0FBME9ELE1BQU0sQ0FBQyxHQUFHLFlBQVksQ0FBQztBQUV2QixzRUFBc0U7QUFDdEUsTUFBTSxJQUFJLEdBQXlDO0lBQ2pELENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQztJQUN4RCxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLHdCQUF3QixFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUM7SUFDaEUsQ0FBQyxDQUFDLENBQUMsd0JBQXdCLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQywrQkFBK0IsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDO0lBQzVFLENBQUMsQ0FBQyxDQUFDLCtCQUErQixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsdUJBQXVCLEVBQUUsQ0FBQyxDQUFDLHVCQUF1QixFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUM7SUFDdEcsQ0FBQyxDQUFDLENBQUMsdUJBQXVCLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQywrQkFBK0IsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDO0lBQzNFLENBQUMsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsOEJBQThCLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQztJQUMxRSxDQUFDLENBQUMsQ0FBQyw4QkFBOEIsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLHNCQUFzQixFQUFFLENBQUMsQ0FBQyxlQUFlLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQztJQUM1RixDQUFDLENBQUMsQ0FBQyxzQkFBc0IsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLDhCQUE4QixFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUM7SUFDekUsQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDO0lBQ2hFLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsZUFBZSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQztJQUNoRSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7SUFDekIsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLEVBQUUsRUFBRTtDQUNoQixDQUFDO0FBRUYsTUFBTSxDQUFDLEdBQUcsbUJBQW1CLENBQUM7QUFDOUIsTUFBTSxFQUFFLEdBQUcsV0FBVyxDQUFDLFNBQVMsQ0FBQztBQUNqQyxNQUFNLEVBQUUsR0FBRyxXQUFXLENBQUMsVUFBVSxDQUFDO0FBT2xDLE1BQU0sTUFBTSxHQUEyQztJQUNyRCxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLEVBQUU7SUFDeEIsQ0FBQyxDQUFDLENBQUMsbUJBQW1CLENBQUMsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxlQUFlLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUNyRixDQUFDLENBQUMsQ0FBQyx3QkFBd0IsQ0FBQyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLGtCQUFrQixFQUFFLEtBQUssRUFBRSxjQUFjLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDN0YsQ0FBQyxDQUFDLENBQUMsK0JBQStCLENBQUMsRUFBRTtRQUNuQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsa0JBQWtCLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUU7UUFDN0QsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLFdBQVcsRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLE9BQU8sRUFBRTtLQUN2RDtJQUNELENBQUMsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsa0JBQWtCLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUM1RixDQUFDLENBQUMsQ0FBQyx1QkFBdUIsQ0FBQyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLGdCQUFnQixFQUFFLEtBQUssRUFBRSxjQUFjLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDMUYsQ0FBQyxDQUFDLENBQUMsOEJBQThCLENBQUMsRUFBRTtRQUNsQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUU7UUFDM0QsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLFlBQVksRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLE9BQU8sRUFBRTtLQUN4RDtJQUNELENBQUMsQ0FBQyxDQUFDLHNCQUFzQixDQUFDLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUN6RixDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxRQUFRLEVBQUUsS0FBSyxFQUFFLGNBQWMsQ0FBQyxPQUFPLEVBQUUsQ0FBQztJQUMxRSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLE9BQU8sRUFBRSxDQUFDO0lBQzNFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUU7SUFDaEIsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLEVBQUUsRUFBRTtDQUNoQixDQUFDO0FBRUYsK0VBQStFO0FBQy9FLE1BQU0sTUFBTSxHQUF3RTtJQUNsRixDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsRUFBRSxFQUFFO0lBQ3ZCLENBQUMsQ0FBQyxDQUFDLGtCQUFrQixDQUFDLEVBQUUsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEdBQUcsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLGdCQUFnQixDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNyRixDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsUUFBUSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xELENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEVBQUUsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0RCxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsRUFBRSxDQUFDLENBQUMsZ0JBQWdCLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xELENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxnQkFBZ0IsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxnQkFBZ0IsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLENBQUM7Q0FDaEgsQ0FBQztBQUVGLE1BQU0sT0FBTyxHQUE2QztJQUN4RCxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsRUFBRSxXQUFXLENBQUMsaUJBQWlCO0lBQ2xELENBQUMsQ0FBQyxDQUFDLGtCQUFrQixDQUFDLEVBQUUsV0FBVyxDQUFDLElBQUk7SUFDeEMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLEVBQUUsV0FBVyxDQUFDLElBQUk7SUFDakMsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsRUFBRSxXQUFXLENBQUMsWUFBWTtJQUM5QyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsRUFBRSxXQUFXLENBQUMsSUFBSTtJQUNsQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxXQUFXLENBQUMsSUFBSTtDQUMvQixDQUFDO0FBRUYscURBQXFEO0FBQ3hDLFFBQUEsV0FBVyxHQUFxQztJQUMzRCxDQUFDLGdCQUFnQixDQUFDLE1BQU0sQ0FBQyxFQUFFLFVBQVU7SUFDckMsQ0FBQyxnQkFBZ0IsQ0FBQyxHQUFHLENBQUMsRUFBRSxXQUFXO0lBQ25DLENBQUMsZ0JBQWdCLENBQUMsUUFBUSxDQUFDLEVBQUUsZ0JBQWdCO0lBQzdDLENBQUMsZ0JBQWdCLENBQUMsT0FBTyxDQUFDLEVBQUUsZUFBZTtJQUMzQyxDQUFDLGdCQUFnQixDQUFDLE9BQU8sQ0FBQyxFQUFFLFVBQVU7Q0FDdkMsQ0FBQztBQUVGLE1BQU0sU0FBUyxHQUFHLHNDQUFzQyxDQUFDO0FBQ3pELE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxDQUFDO0FBQy9CLE1BQU0sZ0JBQWdCLEdBQUcsS0FBSyxDQUFDO0FBRS9COzs7Ozs7Ozs7Ozs7Ozs7Ozs7R0FrQkc7QUFDSCxNQUFhLGVBQWU7SUFDMUIseUNBQXlDO0lBQ2xDLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBb0I7UUFDNUMsT0FBTyxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7SUFDM0IsQ0FBQztJQUVELGtGQUFrRjtJQUMzRSxNQUFNLENBQUMsU0FBUyxDQUFDLElBQWtCLEVBQUUsRUFBZ0I7UUFDMUQsT0FBTyxJQUFJLEtBQUssRUFBRSxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDaEQsQ0FBQztJQUVEOzs7Ozs7O09BT0c7SUFDSSxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQXFCLEVBQUUsS0FBc0IsRUFBRSxTQUF3QjtRQUN4RixJQUFJLE1BQW9CLENBQUM7UUFDekIsUUFBUSxLQUFLLEVBQUUsQ0FBQztZQUNkLEtBQUssZUFBZSxDQUFDLGNBQWM7Z0JBQ2pDLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQztvQkFDZixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQzs0QkFDckMsSUFBSSxFQUFFLGdCQUFnQjs0QkFDdEIsT0FBTyxFQUFFLHlDQUF5Qzs0QkFDbEQsS0FBSyxFQUFFLFFBQVE7NEJBQ2YsR0FBRyxFQUFFLGVBQWUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUU7eUJBQzdELENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQ1AsQ0FBQztnQkFDRCxNQUFNLEdBQUcsU0FBUyxDQUFDO2dCQUNuQixNQUFNO1lBQ1IsS0FBSyxlQUFlLENBQUMsaUJBQWlCO2dCQUNwQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLG1CQUFtQixDQUFDO2dCQUMvQixNQUFNO1lBQ1IsS0FBSyxlQUFlLENBQUMsd0JBQXdCO2dCQUMzQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLGdCQUFnQixDQUFDO2dCQUM1QixNQUFNO1lBQ1IsS0FBSyxlQUFlLENBQUMseUJBQXlCO2dCQUM1QyxNQUFNLEdBQUcsQ0FBQyxDQUFDLGVBQWUsQ0FBQztnQkFDM0IsTUFBTTtZQUNSLEtBQUssZUFBZSxDQUFDLE9BQU87Z0JBQzFCLE1BQU0sR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDO2dCQUNuQixNQUFNO1lBQ1I7Z0JBQ0UsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSxzQkFBc0IsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMsZUFBZSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN2TCxDQUFDO1FBQ0QsZUFBZSxDQUFDLGdCQUFnQixDQUFDLE9BQU8sRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDekQsT0FBTyxNQUFNLENBQUM7SUFDaEIsQ0FBQztJQUVEOzs7T0FHRztJQUNJLE1BQU0sQ0FBQyxXQUFXLENBQUMsSUFBWSxFQUFFLFFBQWdCLFFBQVE7UUFDOUQsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3RCLE1BQU0sT0FBTyxHQUFpQztZQUM1QyxDQUFDLGVBQWUsQ0FBQyxpQkFBaUIsQ0FBQyxFQUFFLENBQUMsQ0FBQyxtQkFBbUI7WUFDMUQsQ0FBQyxlQUFlLENBQUMsd0JBQXdCLENBQUMsRUFBRSxDQUFDLENBQUMsZ0JBQWdCO1lBQzlELENBQUMsZUFBZSxDQUFDLHlCQUF5QixDQUFDLEVBQUUsQ0FBQyxDQUFDLGVBQWU7WUFDOUQsQ0FBQyxlQUFlLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU87U0FDckMsQ0FBQztRQUNGLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQztZQUFFLE9BQU8sT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxPQUFPLENBQUMsU0FBUyxFQUFFLEdBQUcsQ0FBQyxDQUFDO1FBQ25ELE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDaEUsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ1gsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7b0JBQ3JDLElBQUksRUFBRSxnQkFBZ0I7b0JBQ3RCLE9BQU8sRUFBRSx1QkFBdUI7b0JBQ2hDLEtBQUs7b0JBQ0wsS0FBSyxFQUFFLElBQUk7b0JBQ1gsR0FBRyxFQUFFLGNBQWMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLGtCQUFrQixNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRztpQkFDOUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNQLENBQUM7UUFDRCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFtQixFQUFFLFFBQXVCO1FBQzdELGNBQWMsQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUN2QixJQUFJLE1BQU0sQ0FBQyxjQUFjLEtBQUssU0FBUztZQUFFLGVBQWUsQ0FBQyxnQkFBZ0IsQ0FBQyxNQUFNLENBQUMsY0FBYyxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUNoSCxNQUFNLEtBQUssR0FBRyxVQUFVLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQzNDLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxjQUFjLEtBQUssTUFBTSxDQUFDLE1BQU0sQ0FBQztRQUN2RCxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsY0FBYyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxjQUFjLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDM0csSUFBSSxHQUFHLEdBQUcsS0FBSyxDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzlDLElBQUksSUFBSSxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUN4RSxnR0FBZ0c7WUFDaEcsR0FBRyxHQUFHLEVBQUUsR0FBRyxHQUFHLEVBQUUsZUFBZSxFQUFFLEVBQUUsRUFBRSxDQUFDO1FBQ3hDLENBQUM7UUFDRCxNQUFNLE9BQU8sR0FBb0IsRUFBRSxDQUFDO1FBQ3BDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNaLE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLFVBQVUsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDekUsS0FBSyxNQUFNLENBQUMsSUFBSSxHQUFHLENBQUMsVUFBVSxFQUFFLENBQUM7Z0JBQy9CLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO2dCQUMvQixJQUFJLE1BQWtCLENBQUM7Z0JBQ3ZCLElBQUksTUFBYyxDQUFDO2dCQUNuQixJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7b0JBQ1QsTUFBTSxHQUFHLFVBQVUsQ0FBQyxPQUFPLENBQUM7b0JBQzVCLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxLQUFLLFlBQVksY0FBYyxDQUFDLENBQUMsQ0FBQyxJQUFJLE1BQU0sYUFBYSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7Z0JBQ3JGLENBQUM7cUJBQU0sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLLGNBQWMsQ0FBQyxPQUFPLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxjQUFjLENBQUMsT0FBTyxFQUFFLENBQUM7b0JBQ3RGLE1BQU0sR0FBRyxVQUFVLENBQUMsT0FBTyxDQUFDO29CQUM1QixNQUFNLEdBQUcsdUJBQXVCLENBQUM7Z0JBQ25DLENBQUM7cUJBQU0sSUFBSSxHQUFHLENBQUMsS0FBSyxLQUFLLGNBQWMsQ0FBQyxPQUFPLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxjQUFjLENBQUMsT0FBTyxFQUFFLENBQUM7b0JBQ3RGLE1BQU0sR0FBRyxVQUFVLENBQUMsU0FBUyxDQUFDO29CQUM5QixNQUFNLEdBQUcsbUJBQW1CLGNBQWMsQ0FBQyxDQUFDLENBQUMsSUFBSSxNQUFNLEVBQUUsQ0FBQztnQkFDNUQsQ0FBQztxQkFBTSxJQUFJLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLEtBQUssSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO29CQUNyRCxNQUFNLEdBQUcsVUFBVSxDQUFDLFlBQVksQ0FBQztvQkFDakMsTUFBTSxHQUFHLFVBQVUsY0FBYyxDQUFDLENBQUMsQ0FBQyxJQUFJLE1BQU0sYUFBYSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7Z0JBQ3pFLENBQUM7cUJBQU0sQ0FBQztvQkFDTixNQUFNLEdBQUcsVUFBVSxDQUFDLFNBQVMsQ0FBQztvQkFDOUIsTUFBTSxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUM7Z0JBQ25CLENBQUM7Z0JBQ0QsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxXQUFXLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUM7WUFDdkUsQ0FBQztZQUNELEtBQUssTUFBTSxHQUFHLElBQUksSUFBSSxFQUFFLFVBQVUsSUFBSSxFQUFFLEVBQUUsQ0FBQztnQkFDekMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO29CQUNyRCxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsT0FBTyxFQUFFLFdBQVcsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsVUFBVSxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsaUNBQWlDLEVBQUUsQ0FBQyxDQUFDO2dCQUNsSSxDQUFDO1lBQ0gsQ0FBQztZQUNELE1BQU0sV0FBVyxHQUFHLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQ3RFLEtBQUssTUFBTSxDQUFDLElBQUksR0FBRyxDQUFDLE9BQU8sRUFBRSxDQUFDO2dCQUM1QixPQUFPLENBQUMsSUFBSSxDQUFDO29CQUNYLE9BQU8sRUFBRSxRQUFRO29CQUNqQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7b0JBQ1osTUFBTSxFQUFFLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsT0FBTztvQkFDMUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLDRCQUE0QixDQUFDLENBQUMsQ0FBQyxlQUFlO2lCQUNuRSxDQUFDLENBQUM7WUFDTCxDQUFDO1lBQ0QsS0FBSyxNQUFNLElBQUksSUFBSSxHQUFHLENBQUMsZUFBZSxFQUFFLENBQUM7Z0JBQ3ZDLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxNQUFNLEVBQUUsVUFBVSxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsZ0NBQWdDLEVBQUUsQ0FBQyxDQUFDO1lBQ3BILENBQUM7UUFDSCxDQUFDO1FBQ0QsT0FBTztZQUNMLFFBQVEsRUFBRSxNQUFNLENBQUMsRUFBRTtZQUNuQixNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU07WUFDckIsY0FBYyxFQUFFLE1BQU0sQ0FBQyxjQUFjO1lBQ3JDLE9BQU8sRUFBRSxNQUFNLENBQUMsT0FBTyxJQUFJLFFBQVE7WUFDbkMsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVO1lBQzFCLE9BQU8sRUFBRSxHQUFHLENBQUMsT0FBTztZQUNwQixlQUFlLEVBQUUsR0FBRyxDQUFDLGVBQWU7WUFDcEMsT0FBTztZQUNQLG9CQUFvQixFQUFFLE1BQU0sQ0FBQyxvQkFBb0IsSUFBSSxDQUFDLEdBQUcsK0JBQXNCLENBQUM7WUFDaEYsTUFBTTtTQUNQLENBQUM7SUFDSixDQUFDO0lBRUQ7Ozs7Ozs7O09BUUc7SUFDSSxNQUFNLENBQUMsV0FBVyxDQUFDLElBQWdCLEVBQUUsT0FBZSxFQUFFLEtBQWEsRUFBRSxZQUFvQixFQUFFLFNBQWtCO1FBQ2xILE9BQU87WUFDTCxhQUFhLEVBQUUsQ0FBQztZQUNoQixPQUFPO1lBQ1AsUUFBUSxFQUFFLElBQUksQ0FBQyxRQUFRO1lBQ3ZCLEtBQUs7WUFDTCxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07WUFDbkIsR0FBRyxDQUFDLElBQUksQ0FBQyxjQUFjLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLElBQUksQ0FBQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3ZFLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTztZQUNyQixZQUFZO1lBQ1osTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO1lBQ25CLFNBQVMsRUFBRSxTQUFTLElBQUksSUFBSSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUU7WUFDaEQsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1lBQzVHLFNBQVMsRUFBRSxFQUFFO1lBQ2Isa0JBQWtCLEVBQUUsRUFBRTtTQUN2QixDQUFDO0lBQ0osQ0FBQztJQUVPLE1BQU0sQ0FBQyxnQkFBZ0IsQ0FBQyxJQUFrQixFQUFFLEVBQWdCLEVBQUUsS0FBdUI7UUFDM0YsSUFBSSxlQUFlLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7WUFBRSxPQUFPO1FBQ2hELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMzQixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDckMsSUFBSSxFQUFFLG9CQUFvQjtnQkFDMUIsT0FBTyxFQUFFLDJCQUEyQixJQUFJLE9BQU8sRUFBRSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsV0FBVyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO2dCQUN0RixLQUFLLEVBQUUsUUFBUTtnQkFDZixLQUFLLEVBQUUsRUFBRTtnQkFDVCxHQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxJQUFJLDhCQUE4QixPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxrQ0FBa0M7YUFDakksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNQLENBQUM7SUFFRCxnQkFBdUIsQ0FBQztDQUN6QjtBQWhNRCwwQ0FnTUM7QUFFRCxTQUFTLGNBQWMsQ0FBQyxDQUFtQjtJQUN6QyxPQUFPLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ25FLENBQUM7QUFFRCxTQUFTLFVBQVUsQ0FBQyxNQUFtQjtJQUNyQyxNQUFNLENBQUMsR0FBRyxDQUFDLElBQVksRUFBRSxJQUFzQixFQUFFLFVBQW1CLEVBQWlCLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZGLElBQUksRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksS0FBSyxnQkFBZ0IsQ0FBQyxPQUFPLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDL0csQ0FBQyxDQUFDO0lBQ0gsT0FBTztRQUNMLEdBQUcsTUFBTSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxnQkFBZ0IsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3BGLENBQUMsQ0FBQyxLQUFLLEVBQUUsZ0JBQWdCLENBQUMsR0FBRyxDQUFDO1FBQzlCLENBQUMsQ0FBQyxVQUFVLEVBQUUsZ0JBQWdCLENBQUMsUUFBUSxDQUFDO1FBQ3hDLENBQUMsQ0FBQyxTQUFTLEVBQUUsZ0JBQWdCLENBQUMsT0FBTyxDQUFDO1FBQ3RDLENBQUMsQ0FBQyxTQUFTLEVBQUUsZ0JBQWdCLENBQUMsT0FBTyxDQUFDO0tBQ3ZDLENBQUM7QUFDSixDQUFDO0FBRUQsU0FBUyxLQUFLLENBQUMsTUFBbUIsRUFBRSxNQUFvQixFQUFFLEtBQTREO0lBR3BILE1BQU0sT0FBTyxHQUFHLE1BQU0sS0FBSyxDQUFDLENBQUMsZ0JBQWdCLElBQUksTUFBTSxLQUFLLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2hHLE1BQU0sZUFBZSxHQUFHLE1BQU0sS0FBSyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztJQUMxRixNQUFNLFFBQVEsR0FBRyxNQUFNLENBQUMsWUFBWSxJQUFJLE1BQU0sQ0FBQyxnQkFBZ0IsQ0FBQztJQUNoRSxNQUFNLGFBQWEsR0FBRyxNQUFNLENBQUMsYUFBYSxJQUFJLFFBQVEsQ0FBQztJQUN2RCxNQUFNLE9BQU8sR0FBRyxDQUFDLElBQXlCLEVBQWlCLEVBQUU7UUFDM0QsUUFBUSxJQUFJLEVBQUUsQ0FBQztZQUNiLEtBQUssQ0FBQyxDQUFDLGVBQWUsQ0FBQyxDQUFDLE9BQU8sTUFBTSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLGdCQUFnQixDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUM7WUFDeEcsS0FBSyxDQUFDLENBQUMsa0JBQWtCLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxnQkFBZ0IsQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztZQUNyRyxLQUFLLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztZQUMvRSxLQUFLLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQyxJQUFJLEVBQUUsZ0JBQWdCLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztZQUNyRixPQUFPLENBQUMsQ0FBQyxPQUFPLE1BQU0sQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxnQkFBZ0IsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDO1FBQzVGLENBQUM7SUFDSCxDQUFDLENBQUM7SUFDRixNQUFNLFVBQVUsR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEVBQW9CLEVBQUU7UUFDMUUsTUFBTSxNQUFNLEdBQW1CLElBQUksS0FBSyxDQUFDLENBQUMsZUFBZTtZQUN2RCxDQUFDLENBQUMsTUFBTSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsVUFBVSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsR0FBRyxtQkFBVyxDQUFDLGdCQUFnQixDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsV0FBVyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUM7WUFDdkwsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxtQkFBVyxDQUFDLElBQUksQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNwRyxNQUFNLE9BQU8sR0FBRyxJQUFJLEtBQUssQ0FBQyxDQUFDLGVBQWUsQ0FBQztRQUMzQyxPQUFPO1lBQ0wsSUFBSTtZQUNKLEtBQUs7WUFDTCxNQUFNO1lBQ04sS0FBSyxFQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUM7WUFDcEIsT0FBTyxFQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUM7WUFDdEIsWUFBWSxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFO1lBQzVGLFFBQVEsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsS0FBSztZQUNsQyxJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUk7U0FDMUIsQ0FBQztJQUNKLENBQUMsQ0FBQyxDQUFDO0lBQ0gsT0FBTyxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsZUFBZSxFQUFFLENBQUM7QUFDbEQsQ0FBQztBQUVELFNBQVMsVUFBVSxDQUFDLE1BQW1CLEVBQUUsUUFBdUI7SUFDOUQsTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLEVBQThCLENBQUM7SUFDdkQsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxnQkFBZ0IsRUFBRSxNQUFNLENBQUMsWUFBWSxFQUFFLE1BQU0sQ0FBQyxhQUFhLEVBQUUsR0FBRyxNQUFNLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQztRQUM1RyxJQUFJLENBQUM7WUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQzdELENBQUM7SUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxXQUFXO1FBQUUsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUM5RCxNQUFNLFFBQVEsR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUMzQyxNQUFNLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUN4QyxNQUFNLE1BQU0sR0FBaUIsRUFBRSxDQUFDO0lBQ2hDLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsUUFBUSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLHFCQUFXLEVBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN4RixJQUFJLEVBQUUsR0FBRyxHQUFHLENBQUM7UUFDYixJQUFJLEVBQUUsS0FBSyxTQUFTLElBQUksUUFBUSxJQUFJLFFBQVEsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQztZQUFFLEVBQUUsR0FBRyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQztRQUM5RyxJQUFJLEVBQUUsS0FBSyxTQUFTO1lBQUUsRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUM1QyxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzVCLElBQUksS0FBSyxFQUFFLENBQUM7WUFDVixNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO2dCQUNsQixJQUFJLEVBQUUsZUFBZTtnQkFDckIsT0FBTyxFQUFFLFVBQVUsTUFBTSxDQUFDLEVBQUUsTUFBTSxJQUFJLFVBQVUsS0FBSyx3QkFBd0IsRUFBRSxFQUFFO2dCQUNqRixLQUFLLEVBQUUsS0FBSztnQkFDWixLQUFLLEVBQUUsRUFBRTtnQkFDVCxHQUFHLEVBQUUscUVBQXFFO2FBQzNFLENBQUMsQ0FBQyxDQUFDO1FBQ04sQ0FBQztRQUNELEtBQUssQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3BCLFFBQVEsQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3pCLENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ3pELE9BQU8sQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBRSxFQUFFLEdBQUcsRUFBRSxRQUFRLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBRSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7QUFDOUYsQ0FBQztBQUVELHdHQUF3RztBQUN4RyxTQUFTLFVBQVUsQ0FBQyxJQUFZO0lBQzlCLE1BQU0sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO0lBQzVELE9BQU8sZ0JBQWdCLEdBQUcsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxHQUFHLGdCQUFnQixDQUFDLENBQUM7QUFDbkUsQ0FBQztBQUVELFNBQVMsY0FBYyxDQUFDLENBQWM7SUFDcEMsTUFBTSxNQUFNLEdBQWlCLEVBQUUsQ0FBQztJQUNoQyxNQUFNLEtBQUssR0FBRyxFQUFFLElBQUksRUFBRSxVQUFVLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDO0lBQ3pDLE1BQU0sR0FBRyxHQUFHLENBQUMsSUFBWSxFQUFFLEtBQWEsRUFBRSxPQUFlLEVBQUUsS0FBYyxFQUFFLEdBQVcsRUFBRSxFQUFFLENBQ3hGLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBQSxlQUFPLEVBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDOUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDMUIsR0FBRyxDQUFDLG1CQUFtQixFQUFFLElBQUksRUFBRSx5R0FBeUcsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUM1SSxhQUFhLENBQUMsQ0FBQyxFQUFFLENBQUMsV0FBVyxFQUFFLENBQUMsT0FBTyxDQUFDLGNBQWMsRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksT0FBTyxHQUFHLENBQUMsQ0FBQztJQUNySCxDQUFDO0lBQ0QsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQ3BELEdBQUcsQ0FBQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsdUJBQXVCLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMsWUFBWSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM3SCxDQUFDO0lBQ0QsTUFBTSxPQUFPLEdBQThDO1FBQ3pELENBQUMsa0JBQWtCLEVBQUUsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLEVBQUUsQ0FBQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLFlBQVksQ0FBQyxFQUFFLENBQUMsZUFBZSxFQUFFLENBQUMsQ0FBQyxhQUFhLENBQUM7UUFDOUcsR0FBRyxDQUFDLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsZUFBZSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQTJCLENBQUM7S0FDbkYsQ0FBQztJQUNGLEtBQUssTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztRQUNqQyxJQUFJLENBQUMsQ0FBQztZQUFFLFNBQVM7UUFDakIsSUFBSSxDQUFDLElBQUEsd0JBQWdCLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLHNCQUFjLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQzVELEdBQUcsQ0FBQyxjQUFjLEVBQUUsR0FBRyxLQUFLLE9BQU8sRUFBRSw0Q0FBNEMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLHFFQUFxRSxDQUFDLENBQUM7UUFDcEssQ0FBQztRQUNELE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQyxHQUFHLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUEseUJBQWlCLEVBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzdFLElBQUksU0FBUztZQUFFLEdBQUcsQ0FBQyxZQUFZLEVBQUUsR0FBRyxLQUFLLE1BQU0sRUFBRSxPQUFPLFNBQVMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUscUJBQXFCLHlCQUFpQixPQUFPLHVCQUFlLG1DQUFtQyxDQUFDLENBQUM7SUFDL0ssQ0FBQztJQUNELElBQUksQ0FBQyxDQUFDLFdBQVcsQ0FBQyxNQUFNLEtBQUssQ0FBQztRQUFFLEdBQUcsQ0FBQyxnQkFBZ0IsRUFBRSxhQUFhLEVBQUUsd0NBQXdDLEVBQUUsRUFBRSxFQUFFLHlDQUF5QyxDQUFDLENBQUM7SUFDOUosTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxZQUFZLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxhQUFhLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDOUcsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7UUFDOUIsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ3JCLEdBQUcsQ0FBQyxlQUFlLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQyxDQUFDLElBQUksaUdBQWlHLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFDckosb0NBQW9DLENBQUMsQ0FBQztRQUMxQyxDQUFDO0lBQ0gsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDOUIsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDN0IsSUFBSSxDQUFDLHdCQUF3QixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLElBQUksc0JBQWMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDckUsR0FBRyxDQUFDLGNBQWMsRUFBRSxlQUFlLENBQUMsTUFBTSxFQUFFLGtHQUFrRyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsdUJBQXVCLENBQUMsQ0FBQztRQUNqTCxDQUFDO1FBQ0QsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFBRSxHQUFHLENBQUMsZ0JBQWdCLEVBQUUsZUFBZSxDQUFDLE1BQU0sRUFBRSwwQkFBMEIsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLDRCQUE0QixDQUFDLENBQUM7UUFDakksTUFBTSxlQUFlLEdBQUcsQ0FBQyxDQUFDLEdBQUcsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBQSx5QkFBaUIsRUFBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDbkYsSUFBSSxlQUFlO1lBQUUsR0FBRyxDQUFDLFlBQVksRUFBRSxlQUFlLENBQUMsT0FBTyxFQUFFLE9BQU8sZUFBZSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxxQkFBcUIseUJBQWlCLE9BQU8sdUJBQWUsbUJBQW1CLENBQUMsQ0FBQztRQUNsTCxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNkLElBQUksQ0FBQyxDQUFDLENBQUMsWUFBWSxJQUFJLENBQUMsQ0FBQyxZQUFZLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ25ELEdBQUcsQ0FBQyxVQUFVLEVBQUUsZUFBZSxDQUFDLGdCQUFnQixFQUFFLGdCQUFnQixDQUFDLENBQUMsRUFBRSwwREFBMEQsRUFBRSxFQUFFLEVBQUUsa0VBQWtFLENBQUMsQ0FBQztRQUM1TSxDQUFDO1FBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFBLGlCQUFVLEVBQUMsQ0FBQyxDQUFDLFlBQVksSUFBSSxFQUFFLEVBQUUsMEJBQW1CLEVBQUUsYUFBYSxDQUFDLEVBQUUsQ0FBQztZQUNyRixHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxlQUFlLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUN6SCxDQUFDO0lBQ0gsQ0FBQyxDQUFDLENBQUM7SUFDSCx3RkFBd0Y7SUFDeEYsSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLEVBQUUsUUFBUSxDQUFDLGNBQWMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUMzRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLElBQUEsaUJBQVUsRUFBQyxDQUFDLENBQUMsV0FBVyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFlBQVksSUFBSSxFQUFFLENBQUMsRUFBRSwwQkFBbUIsRUFBRSxhQUFhLENBQUMsRUFBRSxDQUFDO1lBQ25ILElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxTQUFTO2dCQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLDhCQUE4QixFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3BILENBQUM7SUFDSCxDQUFDO0lBQ0QsSUFBSSxDQUFDLENBQUMsV0FBVyxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsR0FBRyxDQUFDLGlCQUFpQixFQUFFLGFBQWEsRUFBRSx3REFBd0QsRUFBRSxFQUFFLEVBQUUsMENBQTBDLENBQUMsQ0FBQztJQUNoTCxNQUFNLE9BQU8sR0FBRyxDQUFDLENBQUMsb0JBQW9CLENBQUM7SUFDdkMsSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDMUIsSUFBSSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ3pCLEdBQUcsQ0FBQyxpQkFBaUIsRUFBRSxzQkFBc0IsRUFBRSxtR0FBbUcsRUFBRSxFQUFFLEVBQ3BKLHlGQUF5RixDQUFDLENBQUM7UUFDL0YsQ0FBQztRQUNELE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7WUFDdkIsSUFBSSxDQUFDLHVEQUF1RCxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUNyRSxHQUFHLENBQUMsZ0JBQWdCLEVBQUUsd0JBQXdCLENBQUMsR0FBRyxFQUFFLG1CQUFtQixFQUFFLENBQUMsRUFBRSx1REFBdUQsQ0FBQyxDQUFDO1lBQ3ZJLENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztJQUNMLENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxNQUFNO1FBQUUsTUFBTSxJQUFJLDJCQUFtQixDQUFDLE1BQU0sRUFBRSxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsRUFBRSxLQUFLLE1BQU0sQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7QUFDeEksQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsU0FBZ0IsV0FBVyxDQUFDLENBQVM7SUFDbkMsTUFBTSxDQUFDLEdBQUcsSUFBQSxpQkFBVSxFQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUseUJBQWtCLEVBQUUsYUFBYSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDaEUsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLHFCQUFxQixFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7QUFDdEUsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGNyeXB0byBmcm9tICdjcnlwdG8nO1xuaW1wb3J0IHsgRGlhZ25vc3RpYyB9IGZyb20gJy4vZXJyb3JzJztcbmltcG9ydCB7IERFRkFVTFRfRUdSRVNTX0RPTUFJTlMgfSBmcm9tICcuL3BvbGljeSc7XG5pbXBvcnQgeyBERUZBVUxUX0NJRFJfTElNSVRTLCBqdWRnZUNpZHJzLCBXSURFU1RfQ0lEUl9MSU1JVFMgfSBmcm9tICcuL3ByaXZhdGUvY2lkcic7XG5pbXBvcnQgeyBieUNvZGVQb2ludCB9IGZyb20gJy4vcHJpdmF0ZS9jb21wYXJlJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgRklSU1RfUkVTRUFSQ0hfSUQsIGlzVmFsaWRQb3NpeE5hbWUsIE1BWF9SRVNFQVJDSF9JRCwgUkVTRVJWRURfTkFNRVMsIHJlc2VhcmNoSWRQcm9ibGVtIH0gZnJvbSAnLi9wcml2YXRlL3Bvc2l4JztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4vdXNlcnMnO1xuXG4vKipcbiAqIFdoZXJlIGEgcGVybWl0IGlzIGluIGl0cyBsaWZlY3ljbGUuIFRoZSBzdGF0dXNlcyBvZiB0aGUgUGVybWl0IE1hbmFnZXIsIHBsdXMgdGhyZWUgdGhhdFxuICogZXZlbnRzIGxlYWQgdG86IGBJTkdSRVNTX0lOX1BST0dSRVNTYCAocGVybWl0LmluZ3Jlc3MuaW5pdGlhdGVkKSwgYEFOQUxZU0lTX1NUT1BQRURgXG4gKiAocGVybWl0LndvcmtzcGFjZS5zdG9wX3JlcXVlc3RlZCkgYW5kIGBERUxFVEVEYCAocGVybWl0LmRlbGV0ZWQpLlxuICovXG5leHBvcnQgZW51bSBQZXJtaXRTdGF0dXMge1xuICAvKiogUGVybWl0IGdyYW50ZWQ7IG5vdGhpbmcgZXhpc3RzIHlldC4gKi9cbiAgQVdBSVRJTkdfSU5HUkVTUyA9ICdBV0FJVElOR19JTkdSRVNTJyxcbiAgLyoqIFRoZSBpbmdyZXNzIGFpcmxvY2sgcnVuczsgZGF0YSBob2xkZXJzIHVwbG9hZCAoYWZ0ZXIgcGVybWl0LmluZ3Jlc3MuaW5pdGlhdGVkKS4gKi9cbiAgSU5HUkVTU19JTl9QUk9HUkVTUyA9ICdJTkdSRVNTX0lOX1BST0dSRVNTJyxcbiAgLyoqIEhEQUIgc3RhZmYgcHJlcGFyZSB0aGUgZGF0YTogcmF3IHJlYWQtb25seSwgcHJlcGFyZWQgcmVhZC13cml0ZS4gKi9cbiAgREFUQV9QUkVQQVJBVElPTl9QRU5ESU5HID0gJ0RBVEFfUFJFUEFSQVRJT05fUEVORElORycsXG4gIC8qKiBBbiBIREFCIHJldmlld2VyIGNoZWNrcyB0aGUgcHJlcGFyZWQgZGF0YSAocmVhZC1vbmx5KTsgcHJlcHJvY2Vzc2luZyBpcyBzdG9wcGVkLiAqL1xuICBEQVRBX1BSRVBBUkFUSU9OX1JFVklFV19QRU5ESU5HID0gJ0RBVEFfUFJFUEFSQVRJT05fUkVWSUVXX1BFTkRJTkcnLFxuICAvKiogUHJlcGFyYXRpb24gZ29lcyBiYWNrIHRvIHRoZSBwcmVwcm9jZXNzb3IuICovXG4gIERBVEFfUFJFUEFSQVRJT05fUkVXT1JLID0gJ0RBVEFfUFJFUEFSQVRJT05fUkVXT1JLJyxcbiAgLyoqIFJlc2VhcmNoZXJzIGluc3RhbGwgc29mdHdhcmUgdGhyb3VnaCB0aGUgcGFja2FnZSBwcm94eTsgbm8gc2Vuc2l0aXZlIGRhdGEgaXMgbW91bnRlZC4gKi9cbiAgV09SS1NQQUNFX1NFVFVQX1BFTkRJTkcgPSAnV09SS1NQQUNFX1NFVFVQX1BFTkRJTkcnLFxuICAvKiogQW4gSERBQiByZXZpZXdlciBpbnNwZWN0cyB0aGUgc2V0dXAgKHJlYWQtb25seSk7IHRoZSBzZXR1cCB3b3Jrc3BhY2UgaXMgc3RvcHBlZC4gKi9cbiAgV09SS1NQQUNFX1NFVFVQX1JFVklFV19QRU5ESU5HID0gJ1dPUktTUEFDRV9TRVRVUF9SRVZJRVdfUEVORElORycsXG4gIC8qKiBTZXR1cCBnb2VzIGJhY2sgdG8gdGhlIHJlc2VhcmNoZXJzLCB3aXRoIHRoZSBzYW1lIHByb3hpZWQgZWdyZXNzLiAqL1xuICBXT1JLU1BBQ0VfU0VUVVBfUkVXT1JLID0gJ1dPUktTUEFDRV9TRVRVUF9SRVdPUksnLFxuICAvKiogVGhlIGlzb2xhdGVkIGFuYWx5c2lzIHdvcmtzcGFjZSBydW5zOiBubyBpbnRlcm5ldCBhdCBhbGwuICovXG4gIEFOQUxZU0lTX0FDVElWRSA9ICdBTkFMWVNJU19BQ1RJVkUnLFxuICAvKiogVGhlIGFuYWx5c2lzIHdvcmtzcGFjZSBpcyBzdG9wcGVkOyBhbGwgc3RvcmFnZSBpcyBrZXB0IChhZnRlciBwZXJtaXQud29ya3NwYWNlLnN0b3BfcmVxdWVzdGVkKS4gKi9cbiAgQU5BTFlTSVNfU1RPUFBFRCA9ICdBTkFMWVNJU19TVE9QUEVEJyxcbiAgLyoqIENvbXB1dGUgaXMgZGVzdHJveWVkOyBhbGwgc3RvcmFnZSBpcyBrZXB0IGZvciB0aGUgYXJjaGl2YWwgcGVyaW9kLiAqL1xuICBBUkNISVZFRCA9ICdBUkNISVZFRCcsXG4gIC8qKiBFdmVyeXRoaW5nIGlzIGRlc3Ryb3llZCwgc3RvcmFnZSBpbmNsdWRlZCAoYWZ0ZXIgcGVybWl0LmRlbGV0ZWQpLiAqL1xuICBERUxFVEVEID0gJ0RFTEVURUQnLFxufVxuXG4vKipcbiAqIEV2ZW50cyB0aGUgUGVybWl0IE1hbmFnZXIgcHVibGlzaGVzLlxuICovXG5leHBvcnQgZW51bSBQZXJtaXRFdmVudFR5cGUge1xuICAvKiogYHBlcm1pdC5zdGF0dXMudXBkYXRlZGAsIGNhcnJ5aW5nIHRoZSBuZXcgc3RhdHVzLiAqL1xuICBTVEFUVVNfVVBEQVRFRCA9ICdwZXJtaXQuc3RhdHVzLnVwZGF0ZWQnLFxuICAvKiogYHBlcm1pdC5pbmdyZXNzLmluaXRpYXRlZGA6IHRoZSBIREFCIHRlYW0gb3BlbnMgdGhlIGFpcmxvY2suICovXG4gIElOR1JFU1NfSU5JVElBVEVEID0gJ3Blcm1pdC5pbmdyZXNzLmluaXRpYXRlZCcsXG4gIC8qKiBgcGVybWl0LndvcmtzcGFjZS5zdG9wX3JlcXVlc3RlZGAuICovXG4gIFdPUktTUEFDRV9TVE9QX1JFUVVFU1RFRCA9ICdwZXJtaXQud29ya3NwYWNlLnN0b3BfcmVxdWVzdGVkJyxcbiAgLyoqIGBwZXJtaXQud29ya3NwYWNlLnN0YXJ0X3JlcXVlc3RlZGAuICovXG4gIFdPUktTUEFDRV9TVEFSVF9SRVFVRVNURUQgPSAncGVybWl0LndvcmtzcGFjZS5zdGFydF9yZXF1ZXN0ZWQnLFxuICAvKiogYHBlcm1pdC5kZWxldGVkYC4gKi9cbiAgREVMRVRFRCA9ICdwZXJtaXQuZGVsZXRlZCcsXG59XG5cbi8qKlxuICogVGhlIHdvcmtzcGFjZXMgb2YgYSBwZXJtaXQuXG4gKi9cbmV4cG9ydCBlbnVtIFBlcm1pdFdvcmtzcGFjZVJvbGUge1xuICAvKiogU0ZUUCBhaXJsb2NrIGZvciBkYXRhIGhvbGRlcnMnIHVwbG9hZHMuICovXG4gIElOR1JFU1NfQUlSTE9DSyA9ICdpbmdyZXNzLWFpcmxvY2snLFxuICAvKiogSERBQiBwcmVwcm9jZXNzaW5nIGVudmlyb25tZW50IChIUEUpLiAqL1xuICBIREFCX1BSRVBST0NFU1NJTkcgPSAnaGRhYi1wcmVwcm9jZXNzaW5nJyxcbiAgLyoqIEhEQUIgcmV2aWV3IGVudmlyb25tZW50IChIUkUpLiAqL1xuICBIREFCX1JFVklFVyA9ICdoZGFiLXJldmlldycsXG4gIC8qKiBSZXNlYXJjaGVycycgc2V0dXAgZW52aXJvbm1lbnQuICovXG4gIFJFU0VBUkNIRVJfU0VUVVAgPSAncmVzZWFyY2hlci1zZXR1cCcsXG4gIC8qKiBIREFCIHJldmlld2VyJ3MgcmVhZC1vbmx5IGFjY2VzcyB0byB0aGUgc2V0dXAuICovXG4gIFNFVFVQX1JFVklFVyA9ICdzZXR1cC1yZXZpZXcnLFxuICAvKiogUmVzZWFyY2hlcnMnIGlzb2xhdGVkIGFuYWx5c2lzIGVudmlyb25tZW50LiAqL1xuICBBTkFMWVNJUyA9ICdhbmFseXNpcycsXG59XG5cbi8qKlxuICogS2luZHMgb2YgcGVybWl0IHN0b3JhZ2UuXG4gKi9cbmV4cG9ydCBlbnVtIFBlcm1pdFZvbHVtZUtpbmQge1xuICAvKiogT25lIHBlciBkYXRhIGhvbGRlcjogd2hlcmUgdGhlIGFpcmxvY2sgd3JpdGVzIHVwbG9hZHMuIFNlbnNpdGl2ZS4gKi9cbiAgVVBMT0FEID0gJ3VwbG9hZCcsXG4gIC8qKiBSYXcgZGF0YSBjb25zb2xpZGF0ZWQgZnJvbSB0aGUgdXBsb2Fkcy4gU2Vuc2l0aXZlLiAqL1xuICBSQVcgPSAncmF3JyxcbiAgLyoqIERhdGEgcHJlcGFyZWQgYnkgdGhlIEhEQUIuIFNlbnNpdGl2ZS4gKi9cbiAgUFJFUEFSRUQgPSAncHJlcGFyZWQnLFxuICAvKiogQW5hbHlzaXMgcmVzdWx0cywgY2hlY2tlZCBiZWZvcmUgdGhleSBsZWF2ZS4gU2Vuc2l0aXZlLiAqL1xuICBPVVRQVVRTID0gJ291dHB1dHMnLFxuICAvKiogU2hhcmVkIHByb2plY3QgZm9sZGVyIChjb2RlLCBlbnZpcm9ubWVudHMpLCBzaGFyZWQgYnkgc2V0dXAgYW5kIGFuYWx5c2lzLiAqL1xuICBQUk9KRUNUID0gJ3Byb2plY3QnLFxufVxuXG4vKipcbiAqIEhvdyBhIHdvcmtzcGFjZSBtYXkgdXNlIGEgdm9sdW1lLlxuICovXG5leHBvcnQgZW51bSBNb3VudEFjY2VzcyB7XG4gIC8qKiBSZWFkIG9ubHkuICovXG4gIFJFQURfT05MWSA9ICdybycsXG4gIC8qKiBSZWFkIGFuZCB3cml0ZS4gKi9cbiAgUkVBRF9XUklURSA9ICdydycsXG4gIC8qKiBXcml0ZSBvbmx5OiBmaWxlcyBjYW4gYmUgdXBsb2FkZWQgYnV0IG5vdCBsaXN0ZWQgb3IgcmVhZCBiYWNrIChhaXJsb2NrIHVwbG9hZHMpLiAqL1xuICBXUklURV9PTkxZID0gJ3dvJyxcbn1cblxuLyoqXG4gKiBJbnRlcm5ldCBhY2Nlc3Mgb2YgYSB3b3Jrc3BhY2UuXG4gKi9cbmV4cG9ydCBlbnVtIE5ldHdvcmtNb2RlIHtcbiAgLyoqIE5vIHRyYWZmaWMgaW4gb3Igb3V0IGV4Y2VwdCB0aGUgcmVtb3RlIGRlc2t0b3AgZ2F0ZXdheS4gKi9cbiAgTk9ORSA9ICdub25lJyxcbiAgLyoqIEluYm91bmQgb25seSBmcm9tIGFsbG93bGlzdGVkIENJRFJzICh0aGUgZGF0YSBob2xkZXJzKSwgbm90aGluZyBvdXQuICovXG4gIElOR1JFU1NfQUxMT1dMSVNUID0gJ2luZ3Jlc3MtYWxsb3dsaXN0JyxcbiAgLyoqIE91dGJvdW5kIG9ubHkgdGhyb3VnaCB0aGUgcGFja2FnZSBwcm94eSBhbmQgaXRzIGRvbWFpbiBhbGxvd2xpc3QuICovXG4gIEVHUkVTU19QUk9YWSA9ICdlZ3Jlc3MtcHJveHknLFxuICAvKiogVW5yZXN0cmljdGVkIChuZXZlciBwbGFubmVkIGJ5IHRoZSBsaWZlY3ljbGU7IGF2YWlsYWJsZSB0byBjdXN0b20gcGxhbnMpLiAqL1xuICBPUEVOID0gJ29wZW4nLFxufVxuXG4vKipcbiAqIERlc2lyZWQgcnVuIHN0YXRlIG9mIGEgd29ya3NwYWNlLlxuICovXG5leHBvcnQgZW51bSBXb3Jrc3BhY2VTdGF0ZSB7XG4gIC8qKiBSdW5uaW5nLiAqL1xuICBSVU5OSU5HID0gJ3J1bm5pbmcnLFxuICAvKiogU3RvcHBlZCwgd2l0aCBpdHMgc3RvcmFnZSBrZXB0LiAqL1xuICBTVE9QUEVEID0gJ3N0b3BwZWQnLFxufVxuXG4vKipcbiAqIFdoYXQgY2hhbmdlZCBmb3IgYSB3b3Jrc3BhY2Ugb3Igdm9sdW1lIGJldHdlZW4gdHdvIHBoYXNlcyAoZm9yIHRoZSBhdWRpdCBsb2cpLlxuICovXG5leHBvcnQgZW51bSBDaGFuZ2VLaW5kIHtcbiAgLyoqIERpZCBub3QgZXhpc3QsIGV4aXN0cyBub3cuICovXG4gIENSRUFURUQgPSAnY3JlYXRlZCcsXG4gIC8qKiBXYXMgcnVubmluZywgaXMgc3RvcHBlZCBub3cuICovXG4gIFNUT1BQRUQgPSAnc3RvcHBlZCcsXG4gIC8qKiBXYXMgc3RvcHBlZCwgcnVucyBhZ2Fpbi4gKi9cbiAgUkVTVEFSVEVEID0gJ3Jlc3RhcnRlZCcsXG4gIC8qKiBFeGlzdGVkLCBpcyBkZXN0cm95ZWQgbm93LiAqL1xuICBERVNUUk9ZRUQgPSAnZGVzdHJveWVkJyxcbiAgLyoqIFNhbWUgc3RhdGUsIGRpZmZlcmVudCBtb3VudHMsIHVzZXJzIG9yIG5ldHdvcmsuICovXG4gIFJFQ09ORklHVVJFRCA9ICdyZWNvbmZpZ3VyZWQnLFxuICAvKiogTm8gY2hhbmdlLiAqL1xuICBVTkNIQU5HRUQgPSAndW5jaGFuZ2VkJyxcbiAgLyoqIEEgdm9sdW1lIGtlcHQgYXMgaXQgaXMuICovXG4gIFJFVEFJTkVEID0gJ3JldGFpbmVkJyxcbn1cblxuLyoqXG4gKiBLaW5kIG9mIHBlcnNvbiBpbiBhIHBlcm1pdC5cbiAqL1xuZXhwb3J0IGVudW0gUGVybWl0TWVtYmVyUm9sZSB7XG4gIC8qKiBVcGxvYWRzIGRhdGEgdGhyb3VnaCB0aGUgYWlybG9jay4gKi9cbiAgREFUQV9IT0xERVIgPSAnZGF0YS1ob2xkZXInLFxuICAvKiogSGVhbHRoIERhdGEgQWNjZXNzIEJvZHkgc3RhZmYgKHByZXByb2Nlc3NpbmcsIHJldmlld3MpLiAqL1xuICBIREFCX1NUQUZGID0gJ2hkYWItc3RhZmYnLFxuICAvKiogUmVzZWFyY2hlciBuYW1lZCBvbiB0aGUgcGVybWl0LiAqL1xuICBSRVNFQVJDSEVSID0gJ3Jlc2VhcmNoZXInLFxufVxuXG4vKipcbiAqIEEgcGVyc29uIHdpdGggYW4gYWNjb3VudCBpbiBhIHBlcm1pdCdzIHdvcmtzcGFjZXMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGVybWl0TWVtYmVyIHtcbiAgLyoqIExvZ2luIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqXG4gICAqIFVzZXIgaWQgaW5zaWRlIHRoZSB3b3Jrc3BhY2VzLlxuICAgKiBAZGVmYXVsdCAtIGZyb20gdGhlIHVzZXIgcmVnaXN0cnkgd2hlbiBvbmUgaXMgZ2l2ZW4sIGVsc2UgYSBzdGFibGUgaWQgZGVyaXZlZCBmcm9tIHRoZSBuYW1lXG4gICAqL1xuICByZWFkb25seSB1aWQ/OiBudW1iZXI7XG59XG5cbi8qKlxuICogQSBkYXRhIGhvbGRlciB3aG8gdXBsb2FkcyB0aHJvdWdoIHRoZSBhaXJsb2NrLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIERhdGFIb2xkZXIge1xuICAvKiogSWRlbnRpZmllciAobG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIGRhc2hlcyk7IGFsc28gdGhlIFNGVFAgbG9naW4uICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG4gIC8qKiBDSURSIHJhbmdlcyB0aGUgZGF0YSBob2xkZXIgY29ubmVjdHMgZnJvbS4gKi9cbiAgcmVhZG9ubHkgYWxsb3dlZENpZHJzOiBzdHJpbmdbXTtcbiAgLyoqXG4gICAqIERpc3BsYXkgbmFtZS5cbiAgICogQGRlZmF1bHQgLSB0aGUgaWRcbiAgICovXG4gIHJlYWRvbmx5IGRpc3BsYXlOYW1lPzogc3RyaW5nO1xuICAvKipcbiAgICogVXNlciBpZCBvZiB0aGUgU0ZUUCBhY2NvdW50LlxuICAgKiBAZGVmYXVsdCAtIGEgc3RhYmxlIGlkIGRlcml2ZWQgZnJvbSB0aGUgaWRcbiAgICovXG4gIHJlYWRvbmx5IHVpZD86IG51bWJlcjtcbn1cblxuLyoqXG4gKiBBIHBlcm1pdDogd2hvIHRha2VzIHBhcnQgYW5kIHdoZXJlIGl0IHN0YW5kcy5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQZXJtaXRQcm9wcyB7XG4gIC8qKiBQZXJtaXQgaWQ6IGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBkYXNoZXMgKHVzZWQgaW4gcmVzb3VyY2UgbmFtZXMsIGUuZy4gYHBlcm1pdC08aWQ+YCkuICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG4gIC8qKiBDdXJyZW50IHN0YXR1cy4gKi9cbiAgcmVhZG9ubHkgc3RhdHVzOiBQZXJtaXRTdGF0dXM7XG4gIC8qKlxuICAgKiBTdGF0dXMgYmVmb3JlIHRoZSB0cmlnZ2VyaW5nIGV2ZW50OyB0aGUgdHJhbnNpdGlvbiBpcyBjaGVja2VkIGFuZCByZXBvcnRlZC5cbiAgICogQGRlZmF1bHQgLSBub25lOiBldmVyeSB3b3Jrc3BhY2Ugb2YgdGhlIHBoYXNlIGNvdW50cyBhcyBjcmVhdGVkXG4gICAqL1xuICByZWFkb25seSBwcmV2aW91c1N0YXR1cz86IFBlcm1pdFN0YXR1cztcbiAgLyoqXG4gICAqIElkIG9mIHRoZSB0cmlnZ2VyaW5nIGV2ZW50LCByZWNvcmRlZCBpbiBsYWJlbHMgYW5kIHRoZSBhdWRpdCByZWNvcmQuXG4gICAqIEBkZWZhdWx0IFwibWFudWFsXCJcbiAgICovXG4gIHJlYWRvbmx5IGV2ZW50SWQ/OiBzdHJpbmc7XG4gIC8qKiBEYXRhIGhvbGRlcnMuICovXG4gIHJlYWRvbmx5IGRhdGFIb2xkZXJzOiBEYXRhSG9sZGVyW107XG4gIC8qKiBSZXNlYXJjaGVycyBuYW1lZCBvbiB0aGUgcGVybWl0LiAqL1xuICByZWFkb25seSByZXNlYXJjaGVyczogUGVybWl0TWVtYmVyW107XG4gIC8qKiBIREFCIHN0YWZmIG1lbWJlciB3aG8gcHJlcGFyZXMgdGhlIGRhdGEuICovXG4gIHJlYWRvbmx5IGhkYWJQcmVwcm9jZXNzb3I6IFBlcm1pdE1lbWJlcjtcbiAgLyoqXG4gICAqIEhEQUIgc3RhZmYgbWVtYmVyIHdobyByZXZpZXdzIHByZXBhcmVkIGRhdGEuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHByZXByb2Nlc3NvclxuICAgKi9cbiAgcmVhZG9ubHkgaGRhYlJldmlld2VyPzogUGVybWl0TWVtYmVyO1xuICAvKipcbiAgICogSERBQiBzdGFmZiBtZW1iZXIgd2hvIHJldmlld3MgdGhlIHNldHVwLlxuICAgKiBAZGVmYXVsdCAtIHRoZSByZXZpZXdlclxuICAgKi9cbiAgcmVhZG9ubHkgc2V0dXBSZXZpZXdlcj86IFBlcm1pdE1lbWJlcjtcbiAgLyoqXG4gICAqIERvbWFpbnMgdGhlIHNldHVwIHBoYXNlJ3MgcHJveHkgYWxsb3dzLlxuICAgKiBAZGVmYXVsdCAtIFB5UEksIENSQU4gYW5kIGNvbmRhLWZvcmdlXG4gICAqL1xuICByZWFkb25seSBlZ3Jlc3NBbGxvd2VkRG9tYWlucz86IHN0cmluZ1tdO1xufVxuXG4vKiogQSB1c2VyIGFjY291bnQgaW5zaWRlIGEgcGxhbm5lZCB3b3Jrc3BhY2UuICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5uZWRVc2VyIHtcbiAgLyoqIExvZ2luIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFVzZXIgaWQuICovXG4gIHJlYWRvbmx5IHVpZDogbnVtYmVyO1xuICAvKiogUHJpbWFyeSBncm91cCBpZCAoZXF1YWwgdG8gdGhlIHVpZCkuICovXG4gIHJlYWRvbmx5IGdpZDogbnVtYmVyO1xuICAvKiogV2h5IHRoZSB1c2VyIGlzIHRoZXJlLiAqL1xuICByZWFkb25seSByb2xlOiBQZXJtaXRNZW1iZXJSb2xlO1xufVxuXG4vKiogQSB2b2x1bWUgbW91bnQgaW5zaWRlIGEgcGxhbm5lZCB3b3Jrc3BhY2UuICovXG5leHBvcnQgaW50ZXJmYWNlIFBsYW5uZWRNb3VudCB7XG4gIC8qKiBWb2x1bWUgbmFtZSAoYHJhd2AsIGBwcmVwYXJlZGAsIGBvdXRwdXRzYCwgYHByb2plY3RgLCBgdXBsb2FkLTxob2xkZXI+YCkuICovXG4gIHJlYWRvbmx5IHZvbHVtZTogc3RyaW5nO1xuICAvKiogS2luZCBvZiB2b2x1bWUuICovXG4gIHJlYWRvbmx5IGtpbmQ6IFBlcm1pdFZvbHVtZUtpbmQ7XG4gIC8qKiBNb3VudCBwYXRoLiAqL1xuICByZWFkb25seSBwYXRoOiBzdHJpbmc7XG4gIC8qKiBBY2Nlc3MuICovXG4gIHJlYWRvbmx5IGFjY2VzczogTW91bnRBY2Nlc3M7XG59XG5cbi8qKiBBIHdvcmtzcGFjZSBhcyBhIHBoYXNlIHdhbnRzIGl0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBQbGFubmVkV29ya3NwYWNlIHtcbiAgLyoqIFJvbGUuICovXG4gIHJlYWRvbmx5IHJvbGU6IFBlcm1pdFdvcmtzcGFjZVJvbGU7XG4gIC8qKiBSdW4gc3RhdGUuICovXG4gIHJlYWRvbmx5IHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZTtcbiAgLyoqIFZvbHVtZXMsIHdpdGggdGhlaXIgYWNjZXNzLiAqL1xuICByZWFkb25seSBtb3VudHM6IFBsYW5uZWRNb3VudFtdO1xuICAvKiogQWNjb3VudHMuICovXG4gIHJlYWRvbmx5IHVzZXJzOiBQbGFubmVkVXNlcltdO1xuICAvKiogSW50ZXJuZXQgYWNjZXNzLiAqL1xuICByZWFkb25seSBuZXR3b3JrOiBOZXR3b3JrTW9kZTtcbiAgLyoqIENJRFJzIGFsbG93ZWQgaW4gKGFpcmxvY2sgb25seSkuICovXG4gIHJlYWRvbmx5IGluZ3Jlc3NDaWRyczogc3RyaW5nW107XG4gIC8qKiBSZW1vdGUgcHJvdG9jb2w6IGBzZnRwYCBmb3IgdGhlIGFpcmxvY2ssIGByZHBgIGZvciBkZXNrdG9wcy4gKi9cbiAgcmVhZG9ubHkgcHJvdG9jb2w6IHN0cmluZztcbiAgLyoqIFRDUCBwb3J0IG9mIHRoZSBwcm90b2NvbC4gKi9cbiAgcmVhZG9ubHkgcG9ydDogbnVtYmVyO1xufVxuXG4vKiogQSB2b2x1bWUgYXMgYSBwaGFzZSB3YW50cyBpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGxhbm5lZFZvbHVtZSB7XG4gIC8qKiBWb2x1bWUgbmFtZS4gKi9cbiAgcmVhZG9ubHkgbmFtZTogc3RyaW5nO1xuICAvKiogS2luZC4gKi9cbiAgcmVhZG9ubHkga2luZDogUGVybWl0Vm9sdW1lS2luZDtcbiAgLyoqIFdoZXRoZXIgaXQgaG9sZHMgc2Vuc2l0aXZlIGRhdGEgKGV2ZXJ5dGhpbmcgYnV0IHRoZSBwcm9qZWN0IGZvbGRlcikuICovXG4gIHJlYWRvbmx5IHNlbnNpdGl2ZTogYm9vbGVhbjtcbiAgLyoqXG4gICAqIFRoZSBkYXRhIGhvbGRlciBvZiBhbiB1cGxvYWQgdm9sdW1lLlxuICAgKiBAZGVmYXVsdCAtIG5vdCBhbiB1cGxvYWQgdm9sdW1lXG4gICAqL1xuICByZWFkb25seSBkYXRhSG9sZGVyPzogc3RyaW5nO1xuICAvKiogV2hldGhlciBpdCBtdXN0IGJlIHByb3RlY3RlZCBmcm9tIGRlc3RydWN0aW9uICh0cnVlIHVudGlsIHRoZSBwZXJtaXQgaXMgZGVsZXRlZCkuICovXG4gIHJlYWRvbmx5IHByb3RlY3Q6IGJvb2xlYW47XG59XG5cbi8qKiBPbmUgbGluZSBvZiB0aGUgYXVkaXQgbG9nOiB3aGF0IGhhcHBlbmVkIHRvIGEgd29ya3NwYWNlIG9yIHZvbHVtZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGxhbm5lZENoYW5nZSB7XG4gIC8qKiBgd29ya3NwYWNlYCBvciBgdm9sdW1lYC4gKi9cbiAgcmVhZG9ubHkgc3ViamVjdDogc3RyaW5nO1xuICAvKiogV29ya3NwYWNlIHJvbGUgb3Igdm9sdW1lIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFdoYXQgaGFwcGVucy4gKi9cbiAgcmVhZG9ubHkgY2hhbmdlOiBDaGFuZ2VLaW5kO1xuICAvKiogSHVtYW4gZGV0YWlsLiAqL1xuICByZWFkb25seSBkZXRhaWw6IHN0cmluZztcbn1cblxuLyoqIFRoZSBkZXNpcmVkIHN0YXRlIG9mIGEgcGVybWl0J3MgZW52aXJvbm1lbnQgaW4gb25lIHBoYXNlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQZXJtaXRQbGFuIHtcbiAgLyoqIFBlcm1pdCBpZC4gKi9cbiAgcmVhZG9ubHkgcGVybWl0SWQ6IHN0cmluZztcbiAgLyoqIFN0YXR1cyBwbGFubmVkIGZvci4gKi9cbiAgcmVhZG9ubHkgc3RhdHVzOiBQZXJtaXRTdGF0dXM7XG4gIC8qKlxuICAgKiBQcmV2aW91cyBzdGF0dXMuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgcHJldmlvdXNTdGF0dXM/OiBQZXJtaXRTdGF0dXM7XG4gIC8qKiBUcmlnZ2VyaW5nIGV2ZW50IGlkLiAqL1xuICByZWFkb25seSBldmVudElkOiBzdHJpbmc7XG4gIC8qKiBXb3Jrc3BhY2VzIHRoYXQgZXhpc3QgaW4gdGhpcyBwaGFzZSAocnVubmluZyBvciBzdG9wcGVkKS4gKi9cbiAgcmVhZG9ubHkgd29ya3NwYWNlczogUGxhbm5lZFdvcmtzcGFjZVtdO1xuICAvKiogVm9sdW1lcyB0aGF0IGV4aXN0IGluIHRoaXMgcGhhc2UuICovXG4gIHJlYWRvbmx5IHZvbHVtZXM6IFBsYW5uZWRWb2x1bWVbXTtcbiAgLyoqIFZvbHVtZXMgdG8gZGVzdHJveSAob25seSBldmVyIGFmdGVyIHBlcm1pdC5kZWxldGVkKS4gKi9cbiAgcmVhZG9ubHkgdm9sdW1lc1RvRGVsZXRlOiBzdHJpbmdbXTtcbiAgLyoqIENoYW5nZXMgZnJvbSB0aGUgcHJldmlvdXMgcGhhc2UsIGZvciB0aGUgYXVkaXQgbG9nLiAqL1xuICByZWFkb25seSBjaGFuZ2VzOiBQbGFubmVkQ2hhbmdlW107XG4gIC8qKiBEb21haW5zIHRoZSBwYWNrYWdlIHByb3h5IGFsbG93cyAodXNlZCB3aGVuIGEgd29ya3NwYWNlIGlzIGBlZ3Jlc3MtcHJveHlgKS4gKi9cbiAgcmVhZG9ubHkgZWdyZXNzQWxsb3dlZERvbWFpbnM6IHN0cmluZ1tdO1xuICAvKiogV2hldGhlciB0aGlzIHBsYW4gcmVwZWF0cyB0aGUgcHJldmlvdXMgc3RhdHVzIChhIHJlcGxheWVkIGV2ZW50KTogbm90aGluZyBjaGFuZ2VzLiAqL1xuICByZWFkb25seSByZXBsYXk6IGJvb2xlYW47XG59XG5cbi8qKlxuICogV2hvIG1heSBkbyB3aGF0IHdpdGggb25lIG9mIGEgcGVybWl0J3Mgdm9sdW1lcyBhcyBkZXBsb3llZCAocmVjb3JkZWQgYnkgYmFja2VuZHMgdGhhdCBjYW5cbiAqIHRlbGwsIGUuZy4gZnJvbSBidWNrZXQgcG9saWNpZXMgb24gQVdTKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQZXJtaXRBdWRpdFZvbHVtZUFjY2VzcyB7XG4gIC8qKiBWb2x1bWUgbmFtZSAob3IgYW5vdGhlciBzdG9yZSBzdWNoIGFzIGBlZ3Jlc3MtcmV2aWV3YCkuICovXG4gIHJlYWRvbmx5IHZvbHVtZTogc3RyaW5nO1xuICAvKiogUHJpbmNpcGFscyB0aGF0IG1heSByZWFkLiAqL1xuICByZWFkb25seSByZWFkZXJzOiBzdHJpbmdbXTtcbiAgLyoqIFByaW5jaXBhbHMgdGhhdCBtYXkgd3JpdGUuICovXG4gIHJlYWRvbmx5IHdyaXRlcnM6IHN0cmluZ1tdO1xuICAvKiogUHJpbmNpcGFscyB0aGF0IG1heSBkZWxldGUuICovXG4gIHJlYWRvbmx5IGRlbGV0ZXJzOiBzdHJpbmdbXTtcbiAgLyoqIFdoZXRoZXIgdGhlIHN0b3JhZ2Ugc3Vydml2ZXMgdGhlIGRlbGV0aW9uIG9mIHRoZSBzdGFjay4gKi9cbiAgcmVhZG9ubHkgcmV0YWluZWQ6IGJvb2xlYW47XG59XG5cbi8qKlxuICogVGhlIGF1ZGl0IHJlY29yZCBldmVyeSBiYWNrZW5kIHdyaXRlcyBiZXNpZGUgYSBwZXJtaXQgc3RhY2sncyBzeW50aGVzaXplZCBvdXRwdXQ6IHRoZVxuICogdHJpZ2dlcmluZyBldmVudCwgd2hhdCBpdCBjaGFuZ2VzLCBhbmQgd2hhdCB0aGUgc3RhY2sgaG9sZHMuIFRoZSBzYW1lIHNoYXBlIG9uIGV2ZXJ5IGJhY2tlbmQuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGVybWl0QXVkaXRSZWNvcmQge1xuICAvKiogRm9ybWF0IHZlcnNpb24gb2YgdGhlIHJlY29yZC4gKi9cbiAgcmVhZG9ubHkgcmVjb3JkVmVyc2lvbjogbnVtYmVyO1xuICAvKiogQmFja2VuZDogYGt1YmVybmV0ZXNgLCBgcHJveG1veGAgb3IgYGF3c2AuICovXG4gIHJlYWRvbmx5IGJhY2tlbmQ6IHN0cmluZztcbiAgLyoqIFBlcm1pdCBpZC4gKi9cbiAgcmVhZG9ubHkgcGVybWl0SWQ6IHN0cmluZztcbiAgLyoqIFN0YWNrIG5hbWU6IGBwZXJtaXQtPGlkPmAuICovXG4gIHJlYWRvbmx5IHN0YWNrOiBzdHJpbmc7XG4gIC8qKiBTdGF0dXMgYnVpbHQuICovXG4gIHJlYWRvbmx5IHN0YXR1czogc3RyaW5nO1xuICAvKipcbiAgICogU3RhdHVzIGJlZm9yZSB0aGUgZXZlbnQuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgcHJldmlvdXNTdGF0dXM/OiBzdHJpbmc7XG4gIC8qKiBJZCBvZiB0aGUgdHJpZ2dlcmluZyBldmVudCwgZXhhY3RseSBhcyBnaXZlbi4gKi9cbiAgcmVhZG9ubHkgZXZlbnRJZDogc3RyaW5nO1xuICAvKiogVGhlIGV2ZW50IGlkIGFzIHdyaXR0ZW4gaW50byByZXNvdXJjZSBsYWJlbHMgb3IgdGFncyAoc2FuaXRpemVkIHRvIHRoZWlyIHJ1bGVzKS4gKi9cbiAgcmVhZG9ubHkgZXZlbnRJZExhYmVsOiBzdHJpbmc7XG4gIC8qKiBXaGV0aGVyIHRoZSBldmVudCByZXBlYXRzIHRoZSBjdXJyZW50IHN0YXR1cyAobm90aGluZyBjaGFuZ2VzKS4gKi9cbiAgcmVhZG9ubHkgcmVwbGF5OiBib29sZWFuO1xuICAvKiogV2hlbiB0aGUgcmVjb3JkIHdhcyBtYWRlIChJU08gODYwMSkuICovXG4gIHJlYWRvbmx5IHRpbWVzdGFtcDogc3RyaW5nO1xuICAvKiogV2hhdCBjaGFuZ2VzLCBmcm9tIHRoZSBwbGFuLiAqL1xuICByZWFkb25seSBjaGFuZ2VzOiBQbGFubmVkQ2hhbmdlW107XG4gIC8qKiBFdmVyeSByZXNvdXJjZSBvZiB0aGUgc3RhY2sgKFRlcnJhZm9ybSBhZGRyZXNzZXMsIG9yIGA8bG9naWNhbCBpZD4gPHR5cGU+YCBvbiBBV1MpLiAqL1xuICByZWFkb25seSByZXNvdXJjZXM6IHN0cmluZ1tdO1xuICAvKiogVGhlIHJlc291cmNlcyBwcm90ZWN0ZWQgZnJvbSBkZXN0cnVjdGlvbiAoYHByZXZlbnRfZGVzdHJveWAsIG9yIERlbGV0aW9uUG9saWN5IFJldGFpbiBvbiBBV1MpLiAqL1xuICByZWFkb25seSBwcm90ZWN0ZWRSZXNvdXJjZXM6IHN0cmluZ1tdO1xuICAvKipcbiAgICogV2hvIG1heSByZWFkLCB3cml0ZSBhbmQgZGVsZXRlIGVhY2ggdm9sdW1lLlxuICAgKiBAZGVmYXVsdCAtIG5vdCByZWNvcmRlZCBieSB0aGlzIGJhY2tlbmRcbiAgICovXG4gIHJlYWRvbmx5IHZvbHVtZUFjY2Vzcz86IFBlcm1pdEF1ZGl0Vm9sdW1lQWNjZXNzW107XG59XG5cbmNvbnN0IFMgPSBQZXJtaXRTdGF0dXM7XG5cbi8qKiBBbGxvd2VkIG5leHQgc3RhdHVzZXMuIEEgc3RhdHVzIG1heSBhbHdheXMgYmUgcmVwbGF5ZWQgKG5vLW9wKS4gKi9cbmNvbnN0IE5FWFQ6IFJlY29yZDxQZXJtaXRTdGF0dXMsIFBlcm1pdFN0YXR1c1tdPiA9IHtcbiAgW1MuQVdBSVRJTkdfSU5HUkVTU106IFtTLklOR1JFU1NfSU5fUFJPR1JFU1MsIFMuREVMRVRFRF0sXG4gIFtTLklOR1JFU1NfSU5fUFJPR1JFU1NdOiBbUy5EQVRBX1BSRVBBUkFUSU9OX1BFTkRJTkcsIFMuREVMRVRFRF0sXG4gIFtTLkRBVEFfUFJFUEFSQVRJT05fUEVORElOR106IFtTLkRBVEFfUFJFUEFSQVRJT05fUkVWSUVXX1BFTkRJTkcsIFMuREVMRVRFRF0sXG4gIFtTLkRBVEFfUFJFUEFSQVRJT05fUkVWSUVXX1BFTkRJTkddOiBbUy5EQVRBX1BSRVBBUkFUSU9OX1JFV09SSywgUy5XT1JLU1BBQ0VfU0VUVVBfUEVORElORywgUy5ERUxFVEVEXSxcbiAgW1MuREFUQV9QUkVQQVJBVElPTl9SRVdPUktdOiBbUy5EQVRBX1BSRVBBUkFUSU9OX1JFVklFV19QRU5ESU5HLCBTLkRFTEVURURdLFxuICBbUy5XT1JLU1BBQ0VfU0VUVVBfUEVORElOR106IFtTLldPUktTUEFDRV9TRVRVUF9SRVZJRVdfUEVORElORywgUy5ERUxFVEVEXSxcbiAgW1MuV09SS1NQQUNFX1NFVFVQX1JFVklFV19QRU5ESU5HXTogW1MuV09SS1NQQUNFX1NFVFVQX1JFV09SSywgUy5BTkFMWVNJU19BQ1RJVkUsIFMuREVMRVRFRF0sXG4gIFtTLldPUktTUEFDRV9TRVRVUF9SRVdPUktdOiBbUy5XT1JLU1BBQ0VfU0VUVVBfUkVWSUVXX1BFTkRJTkcsIFMuREVMRVRFRF0sXG4gIFtTLkFOQUxZU0lTX0FDVElWRV06IFtTLkFOQUxZU0lTX1NUT1BQRUQsIFMuQVJDSElWRUQsIFMuREVMRVRFRF0sXG4gIFtTLkFOQUxZU0lTX1NUT1BQRURdOiBbUy5BTkFMWVNJU19BQ1RJVkUsIFMuQVJDSElWRUQsIFMuREVMRVRFRF0sXG4gIFtTLkFSQ0hJVkVEXTogW1MuREVMRVRFRF0sXG4gIFtTLkRFTEVURURdOiBbXSxcbn07XG5cbmNvbnN0IFIgPSBQZXJtaXRXb3Jrc3BhY2VSb2xlO1xuY29uc3QgUk8gPSBNb3VudEFjY2Vzcy5SRUFEX09OTFk7XG5jb25zdCBSVyA9IE1vdW50QWNjZXNzLlJFQURfV1JJVEU7XG5cbi8qKiBXaGljaCB3b3Jrc3BhY2VzIGV4aXN0IGluIGVhY2ggc3RhdHVzLCBhbmQgaG93LiBNb3VudCBsaXN0cyBuYW1lIHZvbHVtZSBraW5kcy4gKi9cbmludGVyZmFjZSBQaGFzZVdvcmtzcGFjZSB7XG4gIHJvbGU6IFBlcm1pdFdvcmtzcGFjZVJvbGU7XG4gIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZTtcbn1cbmNvbnN0IFBIQVNFUzogUmVjb3JkPFBlcm1pdFN0YXR1cywgUGhhc2VXb3Jrc3BhY2VbXT4gPSB7XG4gIFtTLkFXQUlUSU5HX0lOR1JFU1NdOiBbXSxcbiAgW1MuSU5HUkVTU19JTl9QUk9HUkVTU106IFt7IHJvbGU6IFIuSU5HUkVTU19BSVJMT0NLLCBzdGF0ZTogV29ya3NwYWNlU3RhdGUuUlVOTklORyB9XSxcbiAgW1MuREFUQV9QUkVQQVJBVElPTl9QRU5ESU5HXTogW3sgcm9sZTogUi5IREFCX1BSRVBST0NFU1NJTkcsIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZS5SVU5OSU5HIH1dLFxuICBbUy5EQVRBX1BSRVBBUkFUSU9OX1JFVklFV19QRU5ESU5HXTogW1xuICAgIHsgcm9sZTogUi5IREFCX1BSRVBST0NFU1NJTkcsIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZS5TVE9QUEVEIH0sXG4gICAgeyByb2xlOiBSLkhEQUJfUkVWSUVXLCBzdGF0ZTogV29ya3NwYWNlU3RhdGUuUlVOTklORyB9LFxuICBdLFxuICBbUy5EQVRBX1BSRVBBUkFUSU9OX1JFV09SS106IFt7IHJvbGU6IFIuSERBQl9QUkVQUk9DRVNTSU5HLCBzdGF0ZTogV29ya3NwYWNlU3RhdGUuUlVOTklORyB9XSxcbiAgW1MuV09SS1NQQUNFX1NFVFVQX1BFTkRJTkddOiBbeyByb2xlOiBSLlJFU0VBUkNIRVJfU0VUVVAsIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZS5SVU5OSU5HIH1dLFxuICBbUy5XT1JLU1BBQ0VfU0VUVVBfUkVWSUVXX1BFTkRJTkddOiBbXG4gICAgeyByb2xlOiBSLlJFU0VBUkNIRVJfU0VUVVAsIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZS5TVE9QUEVEIH0sXG4gICAgeyByb2xlOiBSLlNFVFVQX1JFVklFVywgc3RhdGU6IFdvcmtzcGFjZVN0YXRlLlJVTk5JTkcgfSxcbiAgXSxcbiAgW1MuV09SS1NQQUNFX1NFVFVQX1JFV09SS106IFt7IHJvbGU6IFIuUkVTRUFSQ0hFUl9TRVRVUCwgc3RhdGU6IFdvcmtzcGFjZVN0YXRlLlJVTk5JTkcgfV0sXG4gIFtTLkFOQUxZU0lTX0FDVElWRV06IFt7IHJvbGU6IFIuQU5BTFlTSVMsIHN0YXRlOiBXb3Jrc3BhY2VTdGF0ZS5SVU5OSU5HIH1dLFxuICBbUy5BTkFMWVNJU19TVE9QUEVEXTogW3sgcm9sZTogUi5BTkFMWVNJUywgc3RhdGU6IFdvcmtzcGFjZVN0YXRlLlNUT1BQRUQgfV0sXG4gIFtTLkFSQ0hJVkVEXTogW10sXG4gIFtTLkRFTEVURURdOiBbXSxcbn07XG5cbi8qKiBNb3VudHMgb2YgZWFjaCB3b3Jrc3BhY2Ugcm9sZSAodXBsb2FkIG1vdW50cyBhcmUgYWRkZWQgcGVyIGRhdGEgaG9sZGVyKS4gKi9cbmNvbnN0IE1PVU5UUzogUmVjb3JkPFBlcm1pdFdvcmtzcGFjZVJvbGUsIEFycmF5PFtQZXJtaXRWb2x1bWVLaW5kLCBNb3VudEFjY2Vzc10+PiA9IHtcbiAgW1IuSU5HUkVTU19BSVJMT0NLXTogW10sXG4gIFtSLkhEQUJfUFJFUFJPQ0VTU0lOR106IFtbUGVybWl0Vm9sdW1lS2luZC5SQVcsIFJPXSwgW1Blcm1pdFZvbHVtZUtpbmQuUFJFUEFSRUQsIFJXXV0sXG4gIFtSLkhEQUJfUkVWSUVXXTogW1tQZXJtaXRWb2x1bWVLaW5kLlBSRVBBUkVELCBST11dLFxuICBbUi5SRVNFQVJDSEVSX1NFVFVQXTogW1tQZXJtaXRWb2x1bWVLaW5kLlBST0pFQ1QsIFJXXV0sXG4gIFtSLlNFVFVQX1JFVklFV106IFtbUGVybWl0Vm9sdW1lS2luZC5QUk9KRUNULCBST11dLFxuICBbUi5BTkFMWVNJU106IFtbUGVybWl0Vm9sdW1lS2luZC5QUkVQQVJFRCwgUk9dLCBbUGVybWl0Vm9sdW1lS2luZC5PVVRQVVRTLCBSV10sIFtQZXJtaXRWb2x1bWVLaW5kLlBST0pFQ1QsIFJXXV0sXG59O1xuXG5jb25zdCBORVRXT1JLOiBSZWNvcmQ8UGVybWl0V29ya3NwYWNlUm9sZSwgTmV0d29ya01vZGU+ID0ge1xuICBbUi5JTkdSRVNTX0FJUkxPQ0tdOiBOZXR3b3JrTW9kZS5JTkdSRVNTX0FMTE9XTElTVCxcbiAgW1IuSERBQl9QUkVQUk9DRVNTSU5HXTogTmV0d29ya01vZGUuTk9ORSxcbiAgW1IuSERBQl9SRVZJRVddOiBOZXR3b3JrTW9kZS5OT05FLFxuICBbUi5SRVNFQVJDSEVSX1NFVFVQXTogTmV0d29ya01vZGUuRUdSRVNTX1BST1hZLFxuICBbUi5TRVRVUF9SRVZJRVddOiBOZXR3b3JrTW9kZS5OT05FLFxuICBbUi5BTkFMWVNJU106IE5ldHdvcmtNb2RlLk5PTkUsXG59O1xuXG4vKiogTW91bnQgcGF0aCBvZiBhIHZvbHVtZSBraW5kIGluc2lkZSB3b3Jrc3BhY2VzLiAqL1xuZXhwb3J0IGNvbnN0IE1PVU5UX1BBVEhTOiBSZWNvcmQ8UGVybWl0Vm9sdW1lS2luZCwgc3RyaW5nPiA9IHtcbiAgW1Blcm1pdFZvbHVtZUtpbmQuVVBMT0FEXTogJy91cGxvYWRzJyxcbiAgW1Blcm1pdFZvbHVtZUtpbmQuUkFXXTogJy9kYXRhL3JhdycsXG4gIFtQZXJtaXRWb2x1bWVLaW5kLlBSRVBBUkVEXTogJy9kYXRhL3ByZXBhcmVkJyxcbiAgW1Blcm1pdFZvbHVtZUtpbmQuT1VUUFVUU106ICcvZGF0YS9vdXRwdXRzJyxcbiAgW1Blcm1pdFZvbHVtZUtpbmQuUFJPSkVDVF06ICcvcHJvamVjdCcsXG59O1xuXG5jb25zdCBQRVJNSVRfSUQgPSAvXlthLXowLTldKFthLXowLTktXXswLDM4fVthLXowLTldKT8kLztcbmNvbnN0IERFUklWRURfVUlEX0JBU0UgPSAyMDAwMDtcbmNvbnN0IERFUklWRURfVUlEX1NQQU4gPSA0MDAwMDtcblxuLyoqXG4gKiBUaGUgcGVybWl0IGxpZmVjeWNsZTogbGVnYWwgdHJhbnNpdGlvbnMsIGV2ZW50cywgYW5kIHRoZSBwbGFuIG9mIGVhY2ggcGhhc2UuXG4gKlxuICogfCBFdmVudCB8IFN0YXR1cyB8IFdoYXQgdGhlIHBsYW4gY2hhbmdlcyB8XG4gKiB8IC0tLSB8IC0tLSB8IC0tLSB8XG4gKiB8IHBlcm1pdC5zdGF0dXMudXBkYXRlZCBBV0FJVElOR19JTkdSRVNTIHwgQVdBSVRJTkdfSU5HUkVTUyB8IG5vdGhpbmcgZXhpc3RzIHxcbiAqIHwgcGVybWl0LmluZ3Jlc3MuaW5pdGlhdGVkIHwgSU5HUkVTU19JTl9QUk9HUkVTUyB8IHBlcm1pdCB2b2x1bWVzIGNyZWF0ZWQ7IFNGVFAgYWlybG9jayBydW5zLCBvbmUgd3JpdGUtb25seSB1cGxvYWQgYXJlYSBwZXIgZGF0YSBob2xkZXIsIGluYm91bmQgb25seSBmcm9tIHRoZWlyIENJRFJzIHxcbiAqIHwgcGVybWl0LnN0YXR1cy51cGRhdGVkIERBVEFfUFJFUEFSQVRJT05fUEVORElORyB8IERBVEFfUFJFUEFSQVRJT05fUEVORElORyB8IGFpcmxvY2sgZGVzdHJveWVkOyBIUEUgcnVucyB3aXRoIHJhdyBybywgcHJlcGFyZWQgcncsIG5vIGludGVybmV0IHxcbiAqIHwgcGVybWl0LnN0YXR1cy51cGRhdGVkIERBVEFfUFJFUEFSQVRJT05fUkVWSUVXX1BFTkRJTkcgfCBEQVRBX1BSRVBBUkFUSU9OX1JFVklFV19QRU5ESU5HIHwgSFBFIHN0b3BwZWQ7IEhSRSBydW5zIHdpdGggcHJlcGFyZWQgcm8gfFxuICogfCBwZXJtaXQuc3RhdHVzLnVwZGF0ZWQgREFUQV9QUkVQQVJBVElPTl9SRVdPUksgfCBEQVRBX1BSRVBBUkFUSU9OX1JFV09SSyB8IEhSRSBkZXN0cm95ZWQ7IEhQRSByZXN0YXJ0ZWQgfFxuICogfCBwZXJtaXQuc3RhdHVzLnVwZGF0ZWQgV09SS1NQQUNFX1NFVFVQX1BFTkRJTkcgfCBXT1JLU1BBQ0VfU0VUVVBfUEVORElORyB8IEhQRS9IUkUgZGVzdHJveWVkOyBzZXR1cCBydW5zIHdpdGggdGhlIHByb2plY3QgZm9sZGVyIHJ3LCBlZ3Jlc3Mgb25seSB0aHJvdWdoIHRoZSBwYWNrYWdlIHByb3h5LCBubyBzZW5zaXRpdmUgZGF0YSB8XG4gKiB8IHBlcm1pdC5zdGF0dXMudXBkYXRlZCBXT1JLU1BBQ0VfU0VUVVBfUkVWSUVXX1BFTkRJTkcgfCBXT1JLU1BBQ0VfU0VUVVBfUkVWSUVXX1BFTkRJTkcgfCBzZXR1cCBzdG9wcGVkOyBzZXR1cCByZXZpZXdlciBnZXRzIHRoZSBwcm9qZWN0IGZvbGRlciBybyB8XG4gKiB8IHBlcm1pdC5zdGF0dXMudXBkYXRlZCBXT1JLU1BBQ0VfU0VUVVBfUkVXT1JLIHwgV09SS1NQQUNFX1NFVFVQX1JFV09SSyB8IHNldHVwIHJldmlldyBkZXN0cm95ZWQ7IHNldHVwIHJlc3RhcnRlZCB3aXRoIHRoZSBzYW1lIHByb3h5IHxcbiAqIHwgcGVybWl0LnN0YXR1cy51cGRhdGVkIEFOQUxZU0lTX0FDVElWRSB8IEFOQUxZU0lTX0FDVElWRSB8IHNldHVwIGRlc3Ryb3llZDsgYW5hbHlzaXMgcnVucyB3aXRoIHByZXBhcmVkIHJvLCBvdXRwdXRzIHJ3LCBwcm9qZWN0IHJ3LCBubyBpbnRlcm5ldCBhdCBhbGwgfFxuICogfCBwZXJtaXQud29ya3NwYWNlLnN0b3BfcmVxdWVzdGVkIHwgQU5BTFlTSVNfU1RPUFBFRCB8IGFuYWx5c2lzIHN0b3BwZWQsIHN0b3JhZ2Uga2VwdCB8XG4gKiB8IHBlcm1pdC53b3Jrc3BhY2Uuc3RhcnRfcmVxdWVzdGVkIHwgQU5BTFlTSVNfQUNUSVZFIHwgYW5hbHlzaXMgcmVzdGFydGVkIHxcbiAqIHwgcGVybWl0LnN0YXR1cy51cGRhdGVkIEFSQ0hJVkVEIHwgQVJDSElWRUQgfCBhbmFseXNpcyBkZXN0cm95ZWQsIGV2ZXJ5IHZvbHVtZSBrZXB0IHxcbiAqIHwgcGVybWl0LmRlbGV0ZWQgfCBERUxFVEVEIHwgZXZlcnl0aGluZyBkZXN0cm95ZWQsIHZvbHVtZXMgaW5jbHVkZWQgfFxuICovXG5leHBvcnQgY2xhc3MgUGVybWl0TGlmZWN5Y2xlIHtcbiAgLyoqIFN0YXR1c2VzIHRoYXQgbWF5IGZvbGxvdyBgc3RhdHVzYC4gKi9cbiAgcHVibGljIHN0YXRpYyBhbGxvd2VkTmV4dChzdGF0dXM6IFBlcm1pdFN0YXR1cyk6IFBlcm1pdFN0YXR1c1tdIHtcbiAgICByZXR1cm4gWy4uLk5FWFRbc3RhdHVzXV07XG4gIH1cblxuICAvKiogV2hldGhlciBtb3ZpbmcgZnJvbSBgZnJvbWAgdG8gYHRvYCBpcyBsZWdhbCAocmVwbGF5aW5nIHRoZSBzYW1lIHN0YXR1cyBpcykuICovXG4gIHB1YmxpYyBzdGF0aWMgaXNBbGxvd2VkKGZyb206IFBlcm1pdFN0YXR1cywgdG86IFBlcm1pdFN0YXR1cyk6IGJvb2xlYW4ge1xuICAgIHJldHVybiBmcm9tID09PSB0byB8fCBORVhUW2Zyb21dLmluY2x1ZGVzKHRvKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgc3RhdHVzIGFuIGV2ZW50IGxlYWRzIHRvIGZyb20gYGN1cnJlbnRgLiBUaHJvd3MgZm9yIGFuIGlsbGVnYWwgdHJhbnNpdGlvbiwgbmFtaW5nXG4gICAqIGJvdGggc3RhdHVzZXMgYW5kIHRoZSBhbGxvd2VkIG5leHQgb25lcy4gUmVwbGF5aW5nIHRoZSBldmVudCB0aGF0IGxlZCB0byBgY3VycmVudGBcbiAgICogcmV0dXJucyBgY3VycmVudGAuXG4gICAqIEBwYXJhbSBjdXJyZW50IHRoZSBwZXJtaXQncyBzdGF0dXMgbm93XG4gICAqIEBwYXJhbSBldmVudCB0aGUgZXZlbnRcbiAgICogQHBhcmFtIG5ld1N0YXR1cyB0aGUgc3RhdHVzIGNhcnJpZWQgYnkgYSBwZXJtaXQuc3RhdHVzLnVwZGF0ZWQgZXZlbnRcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgbmV4dChjdXJyZW50OiBQZXJtaXRTdGF0dXMsIGV2ZW50OiBQZXJtaXRFdmVudFR5cGUsIG5ld1N0YXR1cz86IFBlcm1pdFN0YXR1cyk6IFBlcm1pdFN0YXR1cyB7XG4gICAgbGV0IHRhcmdldDogUGVybWl0U3RhdHVzO1xuICAgIHN3aXRjaCAoZXZlbnQpIHtcbiAgICAgIGNhc2UgUGVybWl0RXZlbnRUeXBlLlNUQVRVU19VUERBVEVEOlxuICAgICAgICBpZiAoIW5ld1N0YXR1cykge1xuICAgICAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgICAgICAgIGNvZGU6ICdtaXNzaW5nLXN0YXR1cycsXG4gICAgICAgICAgICBtZXNzYWdlOiAncGVybWl0LnN0YXR1cy51cGRhdGVkIGNhcnJpZXMgbm8gc3RhdHVzJyxcbiAgICAgICAgICAgIGZpZWxkOiAnc3RhdHVzJyxcbiAgICAgICAgICAgIGZpeDogYGdpdmUgb25lIG9mICR7T2JqZWN0LnZhbHVlcyhQZXJtaXRTdGF0dXMpLmpvaW4oJywgJyl9YCxcbiAgICAgICAgICB9KV0pO1xuICAgICAgICB9XG4gICAgICAgIHRhcmdldCA9IG5ld1N0YXR1cztcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlIFBlcm1pdEV2ZW50VHlwZS5JTkdSRVNTX0lOSVRJQVRFRDpcbiAgICAgICAgdGFyZ2V0ID0gUy5JTkdSRVNTX0lOX1BST0dSRVNTO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgUGVybWl0RXZlbnRUeXBlLldPUktTUEFDRV9TVE9QX1JFUVVFU1RFRDpcbiAgICAgICAgdGFyZ2V0ID0gUy5BTkFMWVNJU19TVE9QUEVEO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgUGVybWl0RXZlbnRUeXBlLldPUktTUEFDRV9TVEFSVF9SRVFVRVNURUQ6XG4gICAgICAgIHRhcmdldCA9IFMuQU5BTFlTSVNfQUNUSVZFO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgUGVybWl0RXZlbnRUeXBlLkRFTEVURUQ6XG4gICAgICAgIHRhcmdldCA9IFMuREVMRVRFRDtcbiAgICAgICAgYnJlYWs7XG4gICAgICBkZWZhdWx0OlxuICAgICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7IGNvZGU6ICd1bmtub3duLWV2ZW50JywgbWVzc2FnZTogJ3Vua25vd24gcGVybWl0IGV2ZW50JywgdmFsdWU6IGV2ZW50LCBmaXg6IGB1c2Ugb25lIG9mICR7T2JqZWN0LnZhbHVlcyhQZXJtaXRFdmVudFR5cGUpLmpvaW4oJywgJyl9YCB9KV0pO1xuICAgIH1cbiAgICBQZXJtaXRMaWZlY3ljbGUuYXNzZXJ0VHJhbnNpdGlvbihjdXJyZW50LCB0YXJnZXQsIGV2ZW50KTtcbiAgICByZXR1cm4gdGFyZ2V0O1xuICB9XG5cbiAgLyoqXG4gICAqIFBhcnNlcyBhIHN0YXR1cyBvciBhbiBldmVudCBuYW1lIChgQU5BTFlTSVNfQUNUSVZFYCwgYGFuYWx5c2lzX2FjdGl2ZWAsXG4gICAqIGBwZXJtaXQud29ya3NwYWNlLnN0b3BfcmVxdWVzdGVkYCkuXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHBhcnNlU3RhdHVzKHRleHQ6IHN0cmluZywgZmllbGQ6IHN0cmluZyA9ICdzdGF0dXMnKTogUGVybWl0U3RhdHVzIHtcbiAgICBjb25zdCB0ID0gdGV4dC50cmltKCk7XG4gICAgY29uc3QgYnlFdmVudDogUmVjb3JkPHN0cmluZywgUGVybWl0U3RhdHVzPiA9IHtcbiAgICAgIFtQZXJtaXRFdmVudFR5cGUuSU5HUkVTU19JTklUSUFURURdOiBTLklOR1JFU1NfSU5fUFJPR1JFU1MsXG4gICAgICBbUGVybWl0RXZlbnRUeXBlLldPUktTUEFDRV9TVE9QX1JFUVVFU1RFRF06IFMuQU5BTFlTSVNfU1RPUFBFRCxcbiAgICAgIFtQZXJtaXRFdmVudFR5cGUuV09SS1NQQUNFX1NUQVJUX1JFUVVFU1RFRF06IFMuQU5BTFlTSVNfQUNUSVZFLFxuICAgICAgW1Blcm1pdEV2ZW50VHlwZS5ERUxFVEVEXTogUy5ERUxFVEVELFxuICAgIH07XG4gICAgaWYgKGJ5RXZlbnRbdF0pIHJldHVybiBieUV2ZW50W3RdO1xuICAgIGNvbnN0IHVwID0gdC50b1VwcGVyQ2FzZSgpLnJlcGxhY2UoL1stLlxcc10vZywgJ18nKTtcbiAgICBjb25zdCBmb3VuZCA9IE9iamVjdC52YWx1ZXMoUGVybWl0U3RhdHVzKS5maW5kKChzKSA9PiBzID09PSB1cCk7XG4gICAgaWYgKCFmb3VuZCkge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgICBjb2RlOiAndW5rbm93bi1zdGF0dXMnLFxuICAgICAgICBtZXNzYWdlOiAndW5rbm93biBwZXJtaXQgc3RhdHVzJyxcbiAgICAgICAgZmllbGQsXG4gICAgICAgIHZhbHVlOiB0ZXh0LFxuICAgICAgICBmaXg6IGB1c2Ugb25lIG9mICR7T2JqZWN0LnZhbHVlcyhQZXJtaXRTdGF0dXMpLmpvaW4oJywgJyl9IChvciBhbiBldmVudDogJHtPYmplY3Qua2V5cyhieUV2ZW50KS5qb2luKCcsICcpfSlgLFxuICAgICAgfSldKTtcbiAgICB9XG4gICAgcmV0dXJuIGZvdW5kO1xuICB9XG5cbiAgLyoqXG4gICAqIENoZWNrcyB0aGUgcGVybWl0IGFuZCBjb21wdXRlcyB0aGUgZGVzaXJlZCBzdGF0ZSBvZiBpdHMgZW52aXJvbm1lbnQuXG4gICAqIEBwYXJhbSBwZXJtaXQgdGhlIHBlcm1pdFxuICAgKiBAcGFyYW0gcmVnaXN0cnkgYSB1c2VyIHJlZ2lzdHJ5IHRvIHRha2UgdWlkcyBmcm9tXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIHBsYW4ocGVybWl0OiBQZXJtaXRQcm9wcywgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnkpOiBQZXJtaXRQbGFuIHtcbiAgICB2YWxpZGF0ZVBlcm1pdChwZXJtaXQpO1xuICAgIGlmIChwZXJtaXQucHJldmlvdXNTdGF0dXMgIT09IHVuZGVmaW5lZCkgUGVybWl0TGlmZWN5Y2xlLmFzc2VydFRyYW5zaXRpb24ocGVybWl0LnByZXZpb3VzU3RhdHVzLCBwZXJtaXQuc3RhdHVzKTtcbiAgICBjb25zdCB1aWRPZiA9IG1lbWJlclVpZHMocGVybWl0LCByZWdpc3RyeSk7XG4gICAgY29uc3QgcmVwbGF5ID0gcGVybWl0LnByZXZpb3VzU3RhdHVzID09PSBwZXJtaXQuc3RhdHVzO1xuICAgIGNvbnN0IHByZXYgPSBwZXJtaXQucHJldmlvdXNTdGF0dXMgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHBoYXNlKHBlcm1pdCwgcGVybWl0LnByZXZpb3VzU3RhdHVzLCB1aWRPZik7XG4gICAgbGV0IGN1ciA9IHBoYXNlKHBlcm1pdCwgcGVybWl0LnN0YXR1cywgdWlkT2YpO1xuICAgIGlmIChwcmV2ICYmIHByZXYudm9sdW1lcy5sZW5ndGggPT09IDAgJiYgY3VyLnZvbHVtZXNUb0RlbGV0ZS5sZW5ndGggPiAwKSB7XG4gICAgICAvLyBEZWxldGVkIGJlZm9yZSBhbnkgc3RvcmFnZSBleGlzdGVkIChlLmcuIHN0cmFpZ2h0IGZyb20gQVdBSVRJTkdfSU5HUkVTUyk6IG5vdGhpbmcgdG8gZGVzdHJveS5cbiAgICAgIGN1ciA9IHsgLi4uY3VyLCB2b2x1bWVzVG9EZWxldGU6IFtdIH07XG4gICAgfVxuICAgIGNvbnN0IGNoYW5nZXM6IFBsYW5uZWRDaGFuZ2VbXSA9IFtdO1xuICAgIGlmICghcmVwbGF5KSB7XG4gICAgICBjb25zdCBiZWZvcmUgPSBuZXcgTWFwKChwcmV2Py53b3Jrc3BhY2VzID8/IFtdKS5tYXAoKHcpID0+IFt3LnJvbGUsIHddKSk7XG4gICAgICBmb3IgKGNvbnN0IHcgb2YgY3VyLndvcmtzcGFjZXMpIHtcbiAgICAgICAgY29uc3Qgb2xkID0gYmVmb3JlLmdldCh3LnJvbGUpO1xuICAgICAgICBsZXQgY2hhbmdlOiBDaGFuZ2VLaW5kO1xuICAgICAgICBsZXQgZGV0YWlsOiBzdHJpbmc7XG4gICAgICAgIGlmICghb2xkKSB7XG4gICAgICAgICAgY2hhbmdlID0gQ2hhbmdlS2luZC5DUkVBVEVEO1xuICAgICAgICAgIGRldGFpbCA9IGAke3cuc3RhdGV9OyBtb3VudHMgJHtkZXNjcmliZU1vdW50cyh3KSB8fCAnbm9uZSd9OyBuZXR3b3JrICR7dy5uZXR3b3JrfWA7XG4gICAgICAgIH0gZWxzZSBpZiAob2xkLnN0YXRlID09PSBXb3Jrc3BhY2VTdGF0ZS5SVU5OSU5HICYmIHcuc3RhdGUgPT09IFdvcmtzcGFjZVN0YXRlLlNUT1BQRUQpIHtcbiAgICAgICAgICBjaGFuZ2UgPSBDaGFuZ2VLaW5kLlNUT1BQRUQ7XG4gICAgICAgICAgZGV0YWlsID0gJ3N0b3BwZWQ7IHN0b3JhZ2Uga2VwdCc7XG4gICAgICAgIH0gZWxzZSBpZiAob2xkLnN0YXRlID09PSBXb3Jrc3BhY2VTdGF0ZS5TVE9QUEVEICYmIHcuc3RhdGUgPT09IFdvcmtzcGFjZVN0YXRlLlJVTk5JTkcpIHtcbiAgICAgICAgICBjaGFuZ2UgPSBDaGFuZ2VLaW5kLlJFU1RBUlRFRDtcbiAgICAgICAgICBkZXRhaWwgPSBgcnVubmluZzsgbW91bnRzICR7ZGVzY3JpYmVNb3VudHModykgfHwgJ25vbmUnfWA7XG4gICAgICAgIH0gZWxzZSBpZiAoSlNPTi5zdHJpbmdpZnkob2xkKSAhPT0gSlNPTi5zdHJpbmdpZnkodykpIHtcbiAgICAgICAgICBjaGFuZ2UgPSBDaGFuZ2VLaW5kLlJFQ09ORklHVVJFRDtcbiAgICAgICAgICBkZXRhaWwgPSBgbW91bnRzICR7ZGVzY3JpYmVNb3VudHModykgfHwgJ25vbmUnfTsgbmV0d29yayAke3cubmV0d29ya31gO1xuICAgICAgICB9IGVsc2Uge1xuICAgICAgICAgIGNoYW5nZSA9IENoYW5nZUtpbmQuVU5DSEFOR0VEO1xuICAgICAgICAgIGRldGFpbCA9IHcuc3RhdGU7XG4gICAgICAgIH1cbiAgICAgICAgY2hhbmdlcy5wdXNoKHsgc3ViamVjdDogJ3dvcmtzcGFjZScsIG5hbWU6IHcucm9sZSwgY2hhbmdlLCBkZXRhaWwgfSk7XG4gICAgICB9XG4gICAgICBmb3IgKGNvbnN0IG9sZCBvZiBwcmV2Py53b3Jrc3BhY2VzID8/IFtdKSB7XG4gICAgICAgIGlmICghY3VyLndvcmtzcGFjZXMuc29tZSgodykgPT4gdy5yb2xlID09PSBvbGQucm9sZSkpIHtcbiAgICAgICAgICBjaGFuZ2VzLnB1c2goeyBzdWJqZWN0OiAnd29ya3NwYWNlJywgbmFtZTogb2xkLnJvbGUsIGNoYW5nZTogQ2hhbmdlS2luZC5ERVNUUk9ZRUQsIGRldGFpbDogJ2NvbXB1dGUgZGVzdHJveWVkOyB2b2x1bWVzIGtlcHQnIH0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgICBjb25zdCBwcmV2Vm9sdW1lcyA9IG5ldyBTZXQoKHByZXY/LnZvbHVtZXMgPz8gW10pLm1hcCgodikgPT4gdi5uYW1lKSk7XG4gICAgICBmb3IgKGNvbnN0IHYgb2YgY3VyLnZvbHVtZXMpIHtcbiAgICAgICAgY2hhbmdlcy5wdXNoKHtcbiAgICAgICAgICBzdWJqZWN0OiAndm9sdW1lJyxcbiAgICAgICAgICBuYW1lOiB2Lm5hbWUsXG4gICAgICAgICAgY2hhbmdlOiBwcmV2Vm9sdW1lcy5oYXModi5uYW1lKSA/IENoYW5nZUtpbmQuUkVUQUlORUQgOiBDaGFuZ2VLaW5kLkNSRUFURUQsXG4gICAgICAgICAgZGV0YWlsOiB2LnByb3RlY3QgPyAncHJvdGVjdGVkIGZyb20gZGVzdHJ1Y3Rpb24nIDogJ25vdCBwcm90ZWN0ZWQnLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIGZvciAoY29uc3QgbmFtZSBvZiBjdXIudm9sdW1lc1RvRGVsZXRlKSB7XG4gICAgICAgIGNoYW5nZXMucHVzaCh7IHN1YmplY3Q6ICd2b2x1bWUnLCBuYW1lLCBjaGFuZ2U6IENoYW5nZUtpbmQuREVTVFJPWUVELCBkZXRhaWw6ICdwZXJtaXQgZGVsZXRlZDogZGF0YSBkZXN0cm95ZWQnIH0pO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4ge1xuICAgICAgcGVybWl0SWQ6IHBlcm1pdC5pZCxcbiAgICAgIHN0YXR1czogcGVybWl0LnN0YXR1cyxcbiAgICAgIHByZXZpb3VzU3RhdHVzOiBwZXJtaXQucHJldmlvdXNTdGF0dXMsXG4gICAgICBldmVudElkOiBwZXJtaXQuZXZlbnRJZCA/PyAnbWFudWFsJyxcbiAgICAgIHdvcmtzcGFjZXM6IGN1ci53b3Jrc3BhY2VzLFxuICAgICAgdm9sdW1lczogY3VyLnZvbHVtZXMsXG4gICAgICB2b2x1bWVzVG9EZWxldGU6IGN1ci52b2x1bWVzVG9EZWxldGUsXG4gICAgICBjaGFuZ2VzLFxuICAgICAgZWdyZXNzQWxsb3dlZERvbWFpbnM6IHBlcm1pdC5lZ3Jlc3NBbGxvd2VkRG9tYWlucyA/PyBbLi4uREVGQVVMVF9FR1JFU1NfRE9NQUlOU10sXG4gICAgICByZXBsYXksXG4gICAgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgYXVkaXQgcmVjb3JkIG9mIGEgcGxhbiwgYmVmb3JlIHN5bnRoZXNpczogYHJlc291cmNlc2AgYW5kIGBwcm90ZWN0ZWRSZXNvdXJjZXNgIGFyZVxuICAgKiBlbXB0eSBhbmQgZmlsbGVkIGJ5IHRoZSBiYWNrZW5kIGZyb20gd2hhdCBpdCBzeW50aGVzaXplZC5cbiAgICogQHBhcmFtIHBsYW4gdGhlIHBsYW4gdGhlIHN0YWNrIHdhcyBidWlsdCBmcm9tXG4gICAqIEBwYXJhbSBiYWNrZW5kIGBrdWJlcm5ldGVzYCwgYHByb3htb3hgIG9yIGBhd3NgXG4gICAqIEBwYXJhbSBzdGFjayB0aGUgc3RhY2sgbmFtZVxuICAgKiBAcGFyYW0gZXZlbnRJZExhYmVsIHRoZSBldmVudCBpZCBhcyB0aGUgYmFja2VuZCB3cm90ZSBpdCBpbnRvIGxhYmVscyBvciB0YWdzXG4gICAqIEBwYXJhbSB0aW1lc3RhbXAgd2hlbiB0aGUgcmVjb3JkIGlzIG1hZGUgKElTTyA4NjAxKVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBhdWRpdFJlY29yZChwbGFuOiBQZXJtaXRQbGFuLCBiYWNrZW5kOiBzdHJpbmcsIHN0YWNrOiBzdHJpbmcsIGV2ZW50SWRMYWJlbDogc3RyaW5nLCB0aW1lc3RhbXA/OiBzdHJpbmcpOiBQZXJtaXRBdWRpdFJlY29yZCB7XG4gICAgcmV0dXJuIHtcbiAgICAgIHJlY29yZFZlcnNpb246IDEsXG4gICAgICBiYWNrZW5kLFxuICAgICAgcGVybWl0SWQ6IHBsYW4ucGVybWl0SWQsXG4gICAgICBzdGFjayxcbiAgICAgIHN0YXR1czogcGxhbi5zdGF0dXMsXG4gICAgICAuLi4ocGxhbi5wcmV2aW91c1N0YXR1cyA/IHsgcHJldmlvdXNTdGF0dXM6IHBsYW4ucHJldmlvdXNTdGF0dXMgfSA6IHt9KSxcbiAgICAgIGV2ZW50SWQ6IHBsYW4uZXZlbnRJZCxcbiAgICAgIGV2ZW50SWRMYWJlbCxcbiAgICAgIHJlcGxheTogcGxhbi5yZXBsYXksXG4gICAgICB0aW1lc3RhbXA6IHRpbWVzdGFtcCA/PyBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICBjaGFuZ2VzOiBwbGFuLmNoYW5nZXMubWFwKChjKSA9PiAoeyBzdWJqZWN0OiBjLnN1YmplY3QsIG5hbWU6IGMubmFtZSwgY2hhbmdlOiBjLmNoYW5nZSwgZGV0YWlsOiBjLmRldGFpbCB9KSksXG4gICAgICByZXNvdXJjZXM6IFtdLFxuICAgICAgcHJvdGVjdGVkUmVzb3VyY2VzOiBbXSxcbiAgICB9O1xuICB9XG5cbiAgcHJpdmF0ZSBzdGF0aWMgYXNzZXJ0VHJhbnNpdGlvbihmcm9tOiBQZXJtaXRTdGF0dXMsIHRvOiBQZXJtaXRTdGF0dXMsIGV2ZW50PzogUGVybWl0RXZlbnRUeXBlKTogdm9pZCB7XG4gICAgaWYgKFBlcm1pdExpZmVjeWNsZS5pc0FsbG93ZWQoZnJvbSwgdG8pKSByZXR1cm47XG4gICAgY29uc3QgYWxsb3dlZCA9IE5FWFRbZnJvbV07XG4gICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgY29kZTogJ2lsbGVnYWwtdHJhbnNpdGlvbicsXG4gICAgICBtZXNzYWdlOiBgYSBwZXJtaXQgY2Fubm90IGdvIGZyb20gJHtmcm9tfSB0byAke3RvfSR7ZXZlbnQgPyBgIChldmVudCAke2V2ZW50fSlgIDogJyd9YCxcbiAgICAgIGZpZWxkOiAnc3RhdHVzJyxcbiAgICAgIHZhbHVlOiB0byxcbiAgICAgIGZpeDogYWxsb3dlZC5sZW5ndGggPyBgZnJvbSAke2Zyb219IHRoZSBuZXh0IHN0YXR1cyBpcyBvbmUgb2YgJHthbGxvd2VkLmpvaW4oJywgJyl9YCA6IGAke2Zyb219IGlzIGZpbmFsOiBub3RoaW5nIGNhbiBmb2xsb3cgaXRgLFxuICAgIH0pXSk7XG4gIH1cblxuICBwcml2YXRlIGNvbnN0cnVjdG9yKCkge31cbn1cblxuZnVuY3Rpb24gZGVzY3JpYmVNb3VudHModzogUGxhbm5lZFdvcmtzcGFjZSk6IHN0cmluZyB7XG4gIHJldHVybiB3Lm1vdW50cy5tYXAoKG0pID0+IGAke20udm9sdW1lfToke20uYWNjZXNzfWApLmpvaW4oJywgJyk7XG59XG5cbmZ1bmN0aW9uIGFsbFZvbHVtZXMocGVybWl0OiBQZXJtaXRQcm9wcyk6IFBsYW5uZWRWb2x1bWVbXSB7XG4gIGNvbnN0IHYgPSAobmFtZTogc3RyaW5nLCBraW5kOiBQZXJtaXRWb2x1bWVLaW5kLCBkYXRhSG9sZGVyPzogc3RyaW5nKTogUGxhbm5lZFZvbHVtZSA9PiAoe1xuICAgIG5hbWUsIGtpbmQsIHNlbnNpdGl2ZToga2luZCAhPT0gUGVybWl0Vm9sdW1lS2luZC5QUk9KRUNULCBwcm90ZWN0OiB0cnVlLCAuLi4oZGF0YUhvbGRlciA/IHsgZGF0YUhvbGRlciB9IDoge30pLFxuICB9KTtcbiAgcmV0dXJuIFtcbiAgICAuLi5wZXJtaXQuZGF0YUhvbGRlcnMubWFwKChoKSA9PiB2KGB1cGxvYWQtJHtoLmlkfWAsIFBlcm1pdFZvbHVtZUtpbmQuVVBMT0FELCBoLmlkKSksXG4gICAgdigncmF3JywgUGVybWl0Vm9sdW1lS2luZC5SQVcpLFxuICAgIHYoJ3ByZXBhcmVkJywgUGVybWl0Vm9sdW1lS2luZC5QUkVQQVJFRCksXG4gICAgdignb3V0cHV0cycsIFBlcm1pdFZvbHVtZUtpbmQuT1VUUFVUUyksXG4gICAgdigncHJvamVjdCcsIFBlcm1pdFZvbHVtZUtpbmQuUFJPSkVDVCksXG4gIF07XG59XG5cbmZ1bmN0aW9uIHBoYXNlKHBlcm1pdDogUGVybWl0UHJvcHMsIHN0YXR1czogUGVybWl0U3RhdHVzLCB1aWRPZjogKG5hbWU6IHN0cmluZywgcm9sZTogUGVybWl0TWVtYmVyUm9sZSkgPT4gUGxhbm5lZFVzZXIpOiB7XG4gIHdvcmtzcGFjZXM6IFBsYW5uZWRXb3Jrc3BhY2VbXTsgdm9sdW1lczogUGxhbm5lZFZvbHVtZVtdOyB2b2x1bWVzVG9EZWxldGU6IHN0cmluZ1tdO1xufSB7XG4gIGNvbnN0IHZvbHVtZXMgPSBzdGF0dXMgPT09IFMuQVdBSVRJTkdfSU5HUkVTUyB8fCBzdGF0dXMgPT09IFMuREVMRVRFRCA/IFtdIDogYWxsVm9sdW1lcyhwZXJtaXQpO1xuICBjb25zdCB2b2x1bWVzVG9EZWxldGUgPSBzdGF0dXMgPT09IFMuREVMRVRFRCA/IGFsbFZvbHVtZXMocGVybWl0KS5tYXAoKHYpID0+IHYubmFtZSkgOiBbXTtcbiAgY29uc3QgcmV2aWV3ZXIgPSBwZXJtaXQuaGRhYlJldmlld2VyID8/IHBlcm1pdC5oZGFiUHJlcHJvY2Vzc29yO1xuICBjb25zdCBzZXR1cFJldmlld2VyID0gcGVybWl0LnNldHVwUmV2aWV3ZXIgPz8gcmV2aWV3ZXI7XG4gIGNvbnN0IHVzZXJzT2YgPSAocm9sZTogUGVybWl0V29ya3NwYWNlUm9sZSk6IFBsYW5uZWRVc2VyW10gPT4ge1xuICAgIHN3aXRjaCAocm9sZSkge1xuICAgICAgY2FzZSBSLklOR1JFU1NfQUlSTE9DSzogcmV0dXJuIHBlcm1pdC5kYXRhSG9sZGVycy5tYXAoKGgpID0+IHVpZE9mKGguaWQsIFBlcm1pdE1lbWJlclJvbGUuREFUQV9IT0xERVIpKTtcbiAgICAgIGNhc2UgUi5IREFCX1BSRVBST0NFU1NJTkc6IHJldHVybiBbdWlkT2YocGVybWl0LmhkYWJQcmVwcm9jZXNzb3IubmFtZSwgUGVybWl0TWVtYmVyUm9sZS5IREFCX1NUQUZGKV07XG4gICAgICBjYXNlIFIuSERBQl9SRVZJRVc6IHJldHVybiBbdWlkT2YocmV2aWV3ZXIubmFtZSwgUGVybWl0TWVtYmVyUm9sZS5IREFCX1NUQUZGKV07XG4gICAgICBjYXNlIFIuU0VUVVBfUkVWSUVXOiByZXR1cm4gW3VpZE9mKHNldHVwUmV2aWV3ZXIubmFtZSwgUGVybWl0TWVtYmVyUm9sZS5IREFCX1NUQUZGKV07XG4gICAgICBkZWZhdWx0OiByZXR1cm4gcGVybWl0LnJlc2VhcmNoZXJzLm1hcCgobSkgPT4gdWlkT2YobS5uYW1lLCBQZXJtaXRNZW1iZXJSb2xlLlJFU0VBUkNIRVIpKTtcbiAgICB9XG4gIH07XG4gIGNvbnN0IHdvcmtzcGFjZXMgPSBQSEFTRVNbc3RhdHVzXS5tYXAoKHsgcm9sZSwgc3RhdGUgfSk6IFBsYW5uZWRXb3Jrc3BhY2UgPT4ge1xuICAgIGNvbnN0IG1vdW50czogUGxhbm5lZE1vdW50W10gPSByb2xlID09PSBSLklOR1JFU1NfQUlSTE9DS1xuICAgICAgPyBwZXJtaXQuZGF0YUhvbGRlcnMubWFwKChoKSA9PiAoeyB2b2x1bWU6IGB1cGxvYWQtJHtoLmlkfWAsIGtpbmQ6IFBlcm1pdFZvbHVtZUtpbmQuVVBMT0FELCBwYXRoOiBgJHtNT1VOVF9QQVRIU1tQZXJtaXRWb2x1bWVLaW5kLlVQTE9BRF19LyR7aC5pZH1gLCBhY2Nlc3M6IE1vdW50QWNjZXNzLldSSVRFX09OTFkgfSkpXG4gICAgICA6IE1PVU5UU1tyb2xlXS5tYXAoKFtraW5kLCBhY2Nlc3NdKSA9PiAoeyB2b2x1bWU6IGtpbmQsIGtpbmQsIHBhdGg6IE1PVU5UX1BBVEhTW2tpbmRdLCBhY2Nlc3MgfSkpO1xuICAgIGNvbnN0IGFpcmxvY2sgPSByb2xlID09PSBSLklOR1JFU1NfQUlSTE9DSztcbiAgICByZXR1cm4ge1xuICAgICAgcm9sZSxcbiAgICAgIHN0YXRlLFxuICAgICAgbW91bnRzLFxuICAgICAgdXNlcnM6IHVzZXJzT2Yocm9sZSksXG4gICAgICBuZXR3b3JrOiBORVRXT1JLW3JvbGVdLFxuICAgICAgaW5ncmVzc0NpZHJzOiBhaXJsb2NrID8gWy4uLm5ldyBTZXQocGVybWl0LmRhdGFIb2xkZXJzLmZsYXRNYXAoKGgpID0+IGguYWxsb3dlZENpZHJzKSldIDogW10sXG4gICAgICBwcm90b2NvbDogYWlybG9jayA/ICdzZnRwJyA6ICdyZHAnLFxuICAgICAgcG9ydDogYWlybG9jayA/IDIyIDogMzM4OSxcbiAgICB9O1xuICB9KTtcbiAgcmV0dXJuIHsgd29ya3NwYWNlcywgdm9sdW1lcywgdm9sdW1lc1RvRGVsZXRlIH07XG59XG5cbmZ1bmN0aW9uIG1lbWJlclVpZHMocGVybWl0OiBQZXJtaXRQcm9wcywgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnkpOiAobmFtZTogc3RyaW5nLCByb2xlOiBQZXJtaXRNZW1iZXJSb2xlKSA9PiBQbGFubmVkVXNlciB7XG4gIGNvbnN0IGV4cGxpY2l0ID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlciB8IHVuZGVmaW5lZD4oKTtcbiAgZm9yIChjb25zdCBtIG9mIFtwZXJtaXQuaGRhYlByZXByb2Nlc3NvciwgcGVybWl0LmhkYWJSZXZpZXdlciwgcGVybWl0LnNldHVwUmV2aWV3ZXIsIC4uLnBlcm1pdC5yZXNlYXJjaGVyc10pIHtcbiAgICBpZiAobSkgZXhwbGljaXQuc2V0KG0ubmFtZSwgbS51aWQgPz8gZXhwbGljaXQuZ2V0KG0ubmFtZSkpO1xuICB9XG4gIGZvciAoY29uc3QgaCBvZiBwZXJtaXQuZGF0YUhvbGRlcnMpIGV4cGxpY2l0LnNldChoLmlkLCBoLnVpZCk7XG4gIGNvbnN0IHJlc29sdmVkID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgY29uc3Qgb3duZXIgPSBuZXcgTWFwPG51bWJlciwgc3RyaW5nPigpO1xuICBjb25zdCBlcnJvcnM6IERpYWdub3N0aWNbXSA9IFtdO1xuICBmb3IgKGNvbnN0IFtuYW1lLCB1aWRdIG9mIFsuLi5leHBsaWNpdC5lbnRyaWVzKCldLnNvcnQoKFthXSwgW2JdKSA9PiBieUNvZGVQb2ludChhLCBiKSkpIHtcbiAgICBsZXQgaWQgPSB1aWQ7XG4gICAgaWYgKGlkID09PSB1bmRlZmluZWQgJiYgcmVnaXN0cnkgJiYgcmVnaXN0cnkudXNlcnMuc29tZSgodSkgPT4gdS5uYW1lID09PSBuYW1lKSkgaWQgPSByZWdpc3RyeS51c2VyKG5hbWUpLnVpZDtcbiAgICBpZiAoaWQgPT09IHVuZGVmaW5lZCkgaWQgPSBkZXJpdmVkVWlkKG5hbWUpO1xuICAgIGNvbnN0IGNsYXNoID0gb3duZXIuZ2V0KGlkKTtcbiAgICBpZiAoY2xhc2gpIHtcbiAgICAgIGVycm9ycy5wdXNoKHByb2JsZW0oe1xuICAgICAgICBjb2RlOiAndWlkLWNvbGxpc2lvbicsXG4gICAgICAgIG1lc3NhZ2U6IGBwZXJtaXQgJHtwZXJtaXQuaWR9OiBcIiR7bmFtZX1cIiBhbmQgXCIke2NsYXNofVwiIHdvdWxkIGJvdGggZ2V0IHVpZCAke2lkfWAsXG4gICAgICAgIGZpZWxkOiAndWlkJyxcbiAgICAgICAgdmFsdWU6IGlkLFxuICAgICAgICBmaXg6ICdnaXZlIG9uZSBvZiB0aGVtIGFuIGV4cGxpY2l0IHVpZCAob3IgYWRkIHRoZW0gdG8gdGhlIHVzZXIgcmVnaXN0cnkpJyxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgb3duZXIuc2V0KGlkLCBuYW1lKTtcbiAgICByZXNvbHZlZC5zZXQobmFtZSwgaWQpO1xuICB9XG4gIGlmIChlcnJvcnMubGVuZ3RoKSB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihlcnJvcnMpO1xuICByZXR1cm4gKG5hbWUsIHJvbGUpID0+ICh7IG5hbWUsIHVpZDogcmVzb2x2ZWQuZ2V0KG5hbWUpISwgZ2lkOiByZXNvbHZlZC5nZXQobmFtZSkhLCByb2xlIH0pO1xufVxuXG4vKiogQSBzdGFibGUgdWlkIGZvciBhIG5hbWUgd2l0aG91dCBvbmU6IHRoZSBmaXJzdCAzMiBiaXRzIG9mIFNIQS0yNTYobmFtZSksIG1hcHBlZCBpbnRvIDIwMDAwLTU5OTk5LiAqL1xuZnVuY3Rpb24gZGVyaXZlZFVpZChuYW1lOiBzdHJpbmcpOiBudW1iZXIge1xuICBjb25zdCBoID0gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShuYW1lKS5kaWdlc3QoKTtcbiAgcmV0dXJuIERFUklWRURfVUlEX0JBU0UgKyAoaC5yZWFkVUludDMyQkUoMCkgJSBERVJJVkVEX1VJRF9TUEFOKTtcbn1cblxuZnVuY3Rpb24gdmFsaWRhdGVQZXJtaXQocDogUGVybWl0UHJvcHMpOiB2b2lkIHtcbiAgY29uc3QgZXJyb3JzOiBEaWFnbm9zdGljW10gPSBbXTtcbiAgY29uc3Qgd2hlcmUgPSB7IGZpbGU6IGBwZXJtaXQgJHtwLmlkfWAgfTtcbiAgY29uc3QgZXJyID0gKGNvZGU6IHN0cmluZywgZmllbGQ6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nLCB2YWx1ZTogdW5rbm93biwgZml4OiBzdHJpbmcpID0+XG4gICAgZXJyb3JzLnB1c2gocHJvYmxlbSh7IGNvZGUsIGZpZWxkLCBtZXNzYWdlLCB2YWx1ZSwgZml4LCBsb2NhdGlvbjogd2hlcmUgfSkpO1xuICBpZiAoIVBFUk1JVF9JRC50ZXN0KHAuaWQpKSB7XG4gICAgZXJyKCdpbnZhbGlkLXBlcm1pdC1pZCcsICdpZCcsICdwZXJtaXQgaWQgbXVzdCBiZSAxLTQwIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIG9yIGRhc2hlcywgc3RhcnRpbmcgYW5kIGVuZGluZyB3aXRoIGEgbGV0dGVyIG9yIGRpZ2l0JywgcC5pZCxcbiAgICAgIGB1c2UgZS5nLiBcIiR7cC5pZC50b0xvd2VyQ2FzZSgpLnJlcGxhY2UoL1teYS16MC05LV0rL2csICctJykucmVwbGFjZSgvXi0rfC0rJC9nLCAnJykuc2xpY2UoMCwgNDApIHx8ICdwLTAwMSd9XCJgKTtcbiAgfVxuICBpZiAoIU9iamVjdC52YWx1ZXMoUGVybWl0U3RhdHVzKS5pbmNsdWRlcyhwLnN0YXR1cykpIHtcbiAgICBlcnIoJ3Vua25vd24tc3RhdHVzJywgJ3N0YXR1cycsICd1bmtub3duIHBlcm1pdCBzdGF0dXMnLCBwLnN0YXR1cywgYHVzZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKFBlcm1pdFN0YXR1cykuam9pbignLCAnKX1gKTtcbiAgfVxuICBjb25zdCBtZW1iZXJzOiBBcnJheTxbc3RyaW5nLCBQZXJtaXRNZW1iZXIgfCB1bmRlZmluZWRdPiA9IFtcbiAgICBbJ2hkYWJQcmVwcm9jZXNzb3InLCBwLmhkYWJQcmVwcm9jZXNzb3JdLCBbJ2hkYWJSZXZpZXdlcicsIHAuaGRhYlJldmlld2VyXSwgWydzZXR1cFJldmlld2VyJywgcC5zZXR1cFJldmlld2VyXSxcbiAgICAuLi5wLnJlc2VhcmNoZXJzLm1hcCgobSwgaSkgPT4gW2ByZXNlYXJjaGVyc1ske2l9XWAsIG1dIGFzIFtzdHJpbmcsIFBlcm1pdE1lbWJlcl0pLFxuICBdO1xuICBmb3IgKGNvbnN0IFtmaWVsZCwgbV0gb2YgbWVtYmVycykge1xuICAgIGlmICghbSkgY29udGludWU7XG4gICAgaWYgKCFpc1ZhbGlkUG9zaXhOYW1lKG0ubmFtZSkgfHwgUkVTRVJWRURfTkFNRVMuaGFzKG0ubmFtZSkpIHtcbiAgICAgIGVycignaW52YWxpZC1uYW1lJywgYCR7ZmllbGR9Lm5hbWVgLCAnbm90IGEgdmFsaWQsIG5vbi1yZXNlcnZlZCBQT1NJWCBsb2dpbiBuYW1lJywgbS5uYW1lLCAndXNlIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBcIl9cIiBhbmQgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXInKTtcbiAgICB9XG4gICAgY29uc3QgaWRQcm9ibGVtID0gbS51aWQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHJlc2VhcmNoSWRQcm9ibGVtKG0udWlkKTtcbiAgICBpZiAoaWRQcm9ibGVtKSBlcnIoJ2ludmFsaWQtaWQnLCBgJHtmaWVsZH0udWlkYCwgYHVpZCAke2lkUHJvYmxlbX1gLCBtLnVpZCwgYGNob29zZSBhbiBpZCBmcm9tICR7RklSU1RfUkVTRUFSQ0hfSUR9IHRvICR7TUFYX1JFU0VBUkNIX0lEfSAodGhlIGxhYiByYW5nZSksIG9yIGxlYXZlIGl0IG91dGApO1xuICB9XG4gIGlmIChwLnJlc2VhcmNoZXJzLmxlbmd0aCA9PT0gMCkgZXJyKCduby1yZXNlYXJjaGVycycsICdyZXNlYXJjaGVycycsICdhIHBlcm1pdCBuZWVkcyBhdCBsZWFzdCBvbmUgcmVzZWFyY2hlcicsIFtdLCAnYWRkIHRoZSByZXNlYXJjaGVycyBuYW1lZCBvbiB0aGUgcGVybWl0Jyk7XG4gIGNvbnN0IGhkYWIgPSBuZXcgU2V0KFtwLmhkYWJQcmVwcm9jZXNzb3I/Lm5hbWUsIHAuaGRhYlJldmlld2VyPy5uYW1lLCBwLnNldHVwUmV2aWV3ZXI/Lm5hbWVdLmZpbHRlcihCb29sZWFuKSk7XG4gIGZvciAoY29uc3QgciBvZiBwLnJlc2VhcmNoZXJzKSB7XG4gICAgaWYgKGhkYWIuaGFzKHIubmFtZSkpIHtcbiAgICAgIGVycigncm9sZS1jb25mbGljdCcsICdyZXNlYXJjaGVycycsIGBcIiR7ci5uYW1lfVwiIGlzIGJvdGggYSByZXNlYXJjaGVyIGFuZCBIREFCIHN0YWZmOyBhIHJlc2VhcmNoZXIgbXVzdCBuZXZlciBwcmVwYXJlIG9yIHJldmlldyB0aGVpciBvd24gZGF0YWAsIHIubmFtZSxcbiAgICAgICAgJ25hbWUgYSBkaWZmZXJlbnQgSERBQiBzdGFmZiBtZW1iZXInKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgaWRzID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gIHAuZGF0YUhvbGRlcnMuZm9yRWFjaCgoaCwgaSkgPT4ge1xuICAgIGlmICghL15bYS16XVthLXowLTktXXswLDMwfSQvLnRlc3QoaC5pZCkgfHwgUkVTRVJWRURfTkFNRVMuaGFzKGguaWQpKSB7XG4gICAgICBlcnIoJ2ludmFsaWQtbmFtZScsIGBkYXRhSG9sZGVyc1ske2l9XS5pZGAsICdkYXRhIGhvbGRlciBpZCBtdXN0IGJlIGEgbG93ZXItY2FzZSBsb2dpbiBuYW1lIChsZXR0ZXJzLCBkaWdpdHMsIGRhc2hlcywgc3RhcnRpbmcgd2l0aCBhIGxldHRlciknLCBoLmlkLCAndXNlIGUuZy4gXCJob3NwaXRhbC1hXCInKTtcbiAgICB9XG4gICAgaWYgKGlkcy5oYXMoaC5pZCkpIGVycignZHVwbGljYXRlLW5hbWUnLCBgZGF0YUhvbGRlcnNbJHtpfV0uaWRgLCAnZGF0YSBob2xkZXIgbGlzdGVkIHR3aWNlJywgaC5pZCwgJ2xpc3QgZWFjaCBkYXRhIGhvbGRlciBvbmNlJyk7XG4gICAgY29uc3QgaG9sZGVySWRQcm9ibGVtID0gaC51aWQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHJlc2VhcmNoSWRQcm9ibGVtKGgudWlkKTtcbiAgICBpZiAoaG9sZGVySWRQcm9ibGVtKSBlcnIoJ2ludmFsaWQtaWQnLCBgZGF0YUhvbGRlcnNbJHtpfV0udWlkYCwgYHVpZCAke2hvbGRlcklkUHJvYmxlbX1gLCBoLnVpZCwgYGNob29zZSBhbiBpZCBmcm9tICR7RklSU1RfUkVTRUFSQ0hfSUR9IHRvICR7TUFYX1JFU0VBUkNIX0lEfSwgb3IgbGVhdmUgaXQgb3V0YCk7XG4gICAgaWRzLmFkZChoLmlkKTtcbiAgICBpZiAoIWguYWxsb3dlZENpZHJzIHx8IGguYWxsb3dlZENpZHJzLmxlbmd0aCA9PT0gMCkge1xuICAgICAgZXJyKCduby1jaWRycycsIGBkYXRhSG9sZGVyc1ske2l9XS5hbGxvd2VkQ2lkcnNgLCBgZGF0YSBob2xkZXIgXCIke2guaWR9XCIgaGFzIG5vIGFsbG93ZWQgQ0lEUiwgc28gbm9ib2R5IGNvdWxkIHJlYWNoIHRoZSBhaXJsb2NrYCwgW10sICdhZGQgdGhlIGRhdGEgaG9sZGVyXFwncyBwdWJsaWMgYWRkcmVzcyByYW5nZSwgZS5nLiAyMDMuMC4xMTMuMC8yNCcpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IGMgb2YganVkZ2VDaWRycyhoLmFsbG93ZWRDaWRycyA/PyBbXSwgREVGQVVMVF9DSURSX0xJTUlUUywgJ3RoZSBhaXJsb2NrJykpIHtcbiAgICAgIGVycihjLmNvZGUsIGBkYXRhSG9sZGVyc1ske2l9XS5hbGxvd2VkQ2lkcnMke2MuaW5kZXggPT09IHVuZGVmaW5lZCA/ICcnIDogYFske2MuaW5kZXh9XWB9YCwgYy5tZXNzYWdlLCBjLnZhbHVlLCBjLmZpeCk7XG4gICAgfVxuICB9KTtcbiAgLy8gVGhlIGFpcmxvY2sgYWRtaXRzIHRoZSB1bmlvbiBvZiBldmVyeSBkYXRhIGhvbGRlcidzIG5ldHdvcmtzOiBqdWRnZWQgYXMgb25lIGxpc3QgdG9vLlxuICBpZiAoIWVycm9ycy5zb21lKChlKSA9PiBlLmZpZWxkPy5pbmNsdWRlcygnYWxsb3dlZENpZHJzJykpKSB7XG4gICAgZm9yIChjb25zdCBjIG9mIGp1ZGdlQ2lkcnMocC5kYXRhSG9sZGVycy5mbGF0TWFwKChoKSA9PiBoLmFsbG93ZWRDaWRycyA/PyBbXSksIERFRkFVTFRfQ0lEUl9MSU1JVFMsICd0aGUgYWlybG9jaycpKSB7XG4gICAgICBpZiAoYy5pbmRleCA9PT0gdW5kZWZpbmVkKSBlcnIoYy5jb2RlLCAnZGF0YUhvbGRlcnMnLCBgJHtjLm1lc3NhZ2V9IChhbGwgZGF0YSBob2xkZXJzIHRvZ2V0aGVyKWAsIGMudmFsdWUsIGMuZml4KTtcbiAgICB9XG4gIH1cbiAgaWYgKHAuZGF0YUhvbGRlcnMubGVuZ3RoID09PSAwKSBlcnIoJ25vLWRhdGEtaG9sZGVycycsICdkYXRhSG9sZGVycycsICdhIHBlcm1pdCBuZWVkcyBhdCBsZWFzdCBvbmUgZGF0YSBob2xkZXIgdG8gdXBsb2FkIGRhdGEnLCBbXSwgJ2FkZCB0aGUgZGF0YSBob2xkZXJzIG5hbWVkIG9uIHRoZSBwZXJtaXQnKTtcbiAgY29uc3QgZG9tYWlucyA9IHAuZWdyZXNzQWxsb3dlZERvbWFpbnM7XG4gIGlmIChkb21haW5zICE9PSB1bmRlZmluZWQpIHtcbiAgICBpZiAoZG9tYWlucy5sZW5ndGggPT09IDApIHtcbiAgICAgIGVycignZW1wdHktYWxsb3dsaXN0JywgJ2VncmVzc0FsbG93ZWREb21haW5zJywgJ3RoZSBzZXR1cCBwaGFzZSBuZWVkcyBhdCBsZWFzdCBvbmUgYWxsb3dlZCBkb21haW46IHdpdGggbm9uZSwgcmVzZWFyY2hlcnMgY2Fubm90IGluc3RhbGwgc29mdHdhcmUnLCBbXSxcbiAgICAgICAgJ2xlYXZlIGl0IG91dCBmb3IgUHlQSSwgQ1JBTiBhbmQgY29uZGEtZm9yZ2UsIG9yIGxpc3QgdGhlIHJlcG9zaXRvcmllcyB0aGUgcHJvamVjdCBuZWVkcycpO1xuICAgIH1cbiAgICBkb21haW5zLmZvckVhY2goKGQsIGkpID0+IHtcbiAgICAgIGlmICghL14oXFwqXFwuKT8oW2EtejAtOV0oW2EtejAtOS1dKlthLXowLTldKT9cXC4pK1thLXpdezIsfSQvaS50ZXN0KGQpKSB7XG4gICAgICAgIGVycignaW52YWxpZC1kb21haW4nLCBgZWdyZXNzQWxsb3dlZERvbWFpbnNbJHtpfV1gLCAnbm90IGEgZG9tYWluIG5hbWUnLCBkLCAnd3JpdGUgYSBob3N0IG5hbWUgc3VjaCBhcyBweXBpLm9yZyBvciAqLnItcHJvamVjdC5vcmcnKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgfVxuICBpZiAoZXJyb3JzLmxlbmd0aCkgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoZXJyb3JzLCBlcnJvcnMubGVuZ3RoID4gMSA/IGBwZXJtaXQgJHtwLmlkfTogJHtlcnJvcnMubGVuZ3RofSBwcm9ibGVtc2AgOiB1bmRlZmluZWQpO1xufVxuXG4vKipcbiAqIFdoYXQgaXMgd3Jvbmcgd2l0aCBvbmUgQ0lEUiwgb3IgdW5kZWZpbmVkOiBub3QgY2Fub25pY2FsIChgMC4wLjAuMC8wMGAsIGhvc3QgYml0cyBzZXQpIG9yXG4gKiB0aGUgd2hvbGUgaW50ZXJuZXQgKGAwLjAuMC4wLzBgLCBgOjovMGAsIGA6OmZmZmY6MDowLzk2YCwgYDo6LzY0YCkuIEJyZWFkdGggaXMgYSBwb2xpY3lcbiAqIG1hdHRlciwganVkZ2VkIHdoZXJlIHRoZSBwb2xpY3kgaXMga25vd24gKGxhYiBmaWxlcywgdGhlIHBlcm1pdCBjaGVjayk7IGxpc3RzIGFyZSBqdWRnZWRcbiAqIGFzIGEgd2hvbGUgdGhlcmUgdG9vIChgMC4wLjAuMC8xYCBwbHVzIGAxMjguMC4wLjAvMWAgaXMgdGhlIHdob2xlIGludGVybmV0KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNpZHJQcm9ibGVtKGM6IHN0cmluZyk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHAgPSBqdWRnZUNpZHJzKFtjXSwgV0lERVNUX0NJRFJfTElNSVRTLCAndGhlIGFpcmxvY2snKVswXTtcbiAgcmV0dXJuIHAgPyBwLm1lc3NhZ2UucmVwbGFjZSgvXm5vdCBhIHZhbGlkIENJRFI6IC8sICcnKSA6IHVuZGVmaW5lZDtcbn1cblxuIl19