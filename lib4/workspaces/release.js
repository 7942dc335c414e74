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
exports.ReleaseLifecycle = exports.ReleaseAction = exports.ReleaseState = void 0;
const crypto = __importStar(require("crypto"));
const permit_1 = require("./permit");
const error_1 = require("./private/error");
const posix_1 = require("./private/posix");
const release_destination_1 = require("./release-destination");
/**
 * Where an output release request stands. A request snapshots files from a permit's `outputs`
 * volume; they leave only after a clean scan and two approvals by two different reviewers, none
 * of them the requester, and only to the destination the permit names.
 */
var ReleaseState;
(function (ReleaseState) {
    /** Snapshot taken; not yet submitted by the requester. */
    ReleaseState["DRAFT"] = "DRAFT";
    /** Submitted by the requester; waiting for the scan. */
    ReleaseState["SUBMITTED"] = "SUBMITTED";
    /** A scanner is checking the snapshot. */
    ReleaseState["SCANNING"] = "SCANNING";
    /** Scan clean: reviewers look at the snapshot (read-only) and approve or reject. */
    ReleaseState["IN_REVIEW"] = "IN_REVIEW";
    /** Two different reviewers approved: may be delivered, or revoked before that. */
    ReleaseState["APPROVED"] = "APPROVED";
    /** A reviewer rejected it, with a reason. Final. */
    ReleaseState["REJECTED"] = "REJECTED";
    /** Delivered to the permit's destination. Final. */
    ReleaseState["RELEASED"] = "RELEASED";
    /** Approved, then revoked before delivery, with a reason. Final: nothing leaves. */
    ReleaseState["REVOKED"] = "REVOKED";
    /** The scanner found something, or could not scan a file. Final. */
    ReleaseState["BLOCKED_BY_SCAN"] = "BLOCKED_BY_SCAN";
})(ReleaseState || (exports.ReleaseState = ReleaseState = {}));
/**
 * A move of a release request.
 */
var ReleaseAction;
(function (ReleaseAction) {
    /** The requester snapshots files from `outputs` (no state before: leads to DRAFT). */
    ReleaseAction["CREATE"] = "create";
    /** The requester submits the draft. */
    ReleaseAction["SUBMIT"] = "submit";
    /** A scanner (never a researcher) starts checking the snapshot. */
    ReleaseAction["START_SCAN"] = "start-scan";
    /** The scanner found nothing: the request goes to review. */
    ReleaseAction["SCAN_CLEAN"] = "scan-clean";
    /** The scanner found something or could not scan a file. */
    ReleaseAction["SCAN_BLOCKED"] = "scan-blocked";
    /** A reviewer approves (the second different reviewer's approval makes it APPROVED). */
    ReleaseAction["APPROVE"] = "approve";
    /** A reviewer rejects, with a reason. */
    ReleaseAction["REJECT"] = "reject";
    /** A reviewer or the requester revokes an approved request before delivery, with a reason. */
    ReleaseAction["REVOKE"] = "revoke";
    /** The files are delivered to the permit's destination (never by a researcher). */
    ReleaseAction["RELEASE"] = "release";
})(ReleaseAction || (exports.ReleaseAction = ReleaseAction = {}));
const RS = ReleaseState;
const RA = ReleaseAction;
/** Legal moves: from a state, an action leads to a state (APPROVE may stay IN_REVIEW). */
const MOVES = {
    [RS.DRAFT]: { [RA.SUBMIT]: RS.SUBMITTED },
    [RS.SUBMITTED]: { [RA.START_SCAN]: RS.SCANNING },
    [RS.SCANNING]: { [RA.SCAN_CLEAN]: RS.IN_REVIEW, [RA.SCAN_BLOCKED]: RS.BLOCKED_BY_SCAN },
    [RS.IN_REVIEW]: { [RA.APPROVE]: RS.APPROVED, [RA.REJECT]: RS.REJECTED },
    [RS.APPROVED]: { [RA.REVOKE]: RS.REVOKED, [RA.RELEASE]: RS.RELEASED },
    [RS.REJECTED]: {},
    [RS.RELEASED]: {},
    [RS.REVOKED]: {},
    [RS.BLOCKED_BY_SCAN]: {},
};
const REQUEST_ID = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const SHA256 = /^[0-9a-f]{64}$/;
const SERVICE_ACTOR = /^svc:[a-z0-9][a-z0-9-]{0,39}$/;
const GENESIS = '0'.repeat(64);
const MAX_REASON = 2000;
/**
 * The output release lifecycle: legal moves, who may make them, and the hash-chained audit.
 *
 * | From | Action | To | Who |
 * | --- | --- | --- | --- |
 * | – | create | DRAFT | a researcher of the permit, in ANALYSIS_ACTIVE |
 * | DRAFT | submit | SUBMITTED | the requester |
 * | SUBMITTED | start-scan | SCANNING | a scanner or operator, never a researcher |
 * | SCANNING | scan-clean / scan-blocked | IN_REVIEW / BLOCKED_BY_SCAN | the same |
 * | IN_REVIEW | approve | IN_REVIEW, then APPROVED at the second different reviewer | a reviewer, never the requester, once |
 * | IN_REVIEW | reject (reason) | REJECTED | a reviewer, never the requester |
 * | APPROVED | revoke (reason) | REVOKED | a reviewer or the requester |
 * | APPROVED | release | RELEASED | an operator or the delivery service, never a researcher |
 */
class ReleaseLifecycle {
    /** Approvals by different reviewers a request needs. */
    static REQUIRED_APPROVALS = 2;
    /** The hash a log starts from. */
    static GENESIS_HASH = GENESIS;
    /** Actions possible from a state. */
    static allowedActions(state) {
        return Object.keys(MOVES[state]);
    }
    /** Whether a state is final. */
    static isFinal(state) {
        return ReleaseLifecycle.allowedActions(state).length === 0;
    }
    /**
     * Whether a request's files may leave now: APPROVED, with approvals by at least two
     * different reviewers of `participants`, none of them the requester.
     */
    static mayDeliver(request, participants) {
        if (request.state !== RS.APPROVED)
            return false;
        const approvers = new Set(request.approvals.map((a) => a.reviewer));
        if (approvers.size !== request.approvals.length || approvers.size < ReleaseLifecycle.REQUIRED_APPROVALS)
            return false;
        return [...approvers].every((r) => r !== request.requester && participants.reviewers.includes(r) && !participants.researchers.includes(r));
    }
    /**
     * Checks a permit's release settings: at least two different reviewers with valid login
     * names, none a researcher; a complete destination.
     * @param settings the settings
     * @param researchers the permit's researchers
     * @param where the file or construct path for messages
     */
    static checkSettings(settings, researchers, where) {
        const errors = [];
        const location = where ? { file: where } : undefined;
        const err = (code, field, message, value, fix) => errors.push((0, error_1.problem)({ code, field, message, value, fix, location }));
        const reviewers = settings.reviewers ?? [];
        reviewers.forEach((r, i) => {
            if (!(0, posix_1.isValidPosixName)(r) || posix_1.RESERVED_NAMES.has(r))
                err('invalid-name', `release.reviewers[${i}]`, 'not a valid, non-reserved login name', r, 'use lower-case letters, digits, "_" and "-", starting with a letter');
            if (researchers.includes(r))
                err('role-conflict', `release.reviewers[${i}]`, `"${r}" is a researcher of the permit and cannot check its outputs`, r, 'name output checkers who are not researchers on this permit');
        });
        if (new Set(reviewers).size < ReleaseLifecycle.REQUIRED_APPROVALS) {
            err('too-few-reviewers', 'release.reviewers', `two different reviewers must approve every release, so at least ${ReleaseLifecycle.REQUIRED_APPROVALS} different people are needed`, reviewers, 'list at least two output checkers, e.g. reviewers: [hdab-ben, hdab-cleo]');
        }
        const d = settings.destination;
        if (!d || !Object.values(release_destination_1.ReleaseDestinationKind).includes(d.kind)) {
            err('invalid-destination', 'release.destination.kind', 'unknown destination kind', d?.kind, `use one of ${Object.values(release_destination_1.ReleaseDestinationKind).join(', ')}`);
        }
        else if (d.kind === release_destination_1.ReleaseDestinationKind.FOLDER) {
            if (!d.path || !d.path.startsWith('/') || d.path.split('/').includes('..'))
                err('invalid-destination', 'release.destination.path', 'a folder destination needs an absolute path without ".."', d.path, 'write e.g. path: /srv/released/p-001');
        }
        else if (d.kind === release_destination_1.ReleaseDestinationKind.BUCKET) {
            if (!d.bucket || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(d.bucket))
                err('invalid-destination', 'release.destination.bucket', 'not an S3 bucket name', d.bucket, 'write e.g. bucket: hdab-released-outputs');
            if (d.prefix !== undefined && (d.prefix.startsWith('/') || d.prefix.split('/').includes('..')))
                err('invalid-destination', 'release.destination.prefix', 'a key prefix must be relative and without ".."', d.prefix, 'write e.g. prefix: p-001/');
        }
        else {
            if (!d.host || !/^[A-Za-z0-9.:-]+$/.test(d.host))
                err('invalid-destination', 'release.destination.host', 'an SFTP destination needs a host name or address', d.host, 'write e.g. host: sftp.hdab.example.org');
            if (!d.user || !(0, posix_1.isValidPosixName)(d.user))
                err('invalid-destination', 'release.destination.user', 'an SFTP destination needs a login name', d.user, 'write e.g. user: release-drop');
            if (d.port !== undefined && (!Number.isInteger(d.port) || d.port < 1 || d.port > 65535))
                err('invalid-destination', 'release.destination.port', 'not a TCP port', d.port, 'use 1-65535, or leave it out for 22');
        }
        if (errors.length)
            throw new error_1.WorkspaceInputError(errors, errors.length > 1 ? `${where ?? 'release settings'}: ${errors.length} problems` : undefined);
    }
    /**
     * A new request (DRAFT) and its audit entry.
     * @param props the request
     * @param participants reviewers and researchers
     * @param prevHash hash of the last entry of the permit's audit log
     * @param seq position of the new entry
     */
    static create(props, participants, prevHash, seq) {
        const bad = (code, field, message, value, fix) => {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({ code, field, message, value, fix, location: { file: `release request ${props.id}` } })]);
        };
        if (!REQUEST_ID.test(props.id))
            bad('invalid-request-id', 'id', 'request id must be 1-63 lower-case letters, digits or dashes', props.id, 'use e.g. rq-20260105-a1b2c3');
        if (props.permitStatus !== permit_1.PermitStatus.ANALYSIS_ACTIVE) {
            bad('permit-not-active', 'permitStatus', `permit ${props.permitId} is ${props.permitStatus}: outputs can only be requested while the analysis is active`, props.permitStatus, 'request the release while the permit is ANALYSIS_ACTIVE');
        }
        if (!participants.researchers.includes(props.requester)) {
            bad('not-a-researcher', 'requester', `"${props.requester}" is not a researcher of permit ${props.permitId}`, props.requester, `requests come from the permit's researchers: ${participants.researchers.join(', ')}`);
        }
        if (props.files.length === 0)
            bad('no-files', 'files', 'a request needs at least one file', [], 'name the files in outputs to release');
        const seen = new Set();
        props.files.forEach((f, i) => {
            if (!safeRelativePath(f.path))
                bad('invalid-path', `files[${i}].path`, 'not a plain relative path inside outputs', f.path, 'use a path relative to the outputs volume, without "..", "//" or control characters');
            if (seen.has(f.path))
                bad('duplicate-file', `files[${i}].path`, 'file listed twice', f.path, 'list each file once');
            seen.add(f.path);
            if (!SHA256.test(f.sha256))
                bad('invalid-hash', `files[${i}].sha256`, 'not a lower-case hex SHA-256', f.sha256, 'record the SHA-256 of the snapshot copy');
            if (!Number.isSafeInteger(f.size) || f.size < 0)
                bad('invalid-size', `files[${i}].size`, 'not a size in bytes', f.size, 'record the snapshot copy\'s size');
        });
        const justification = (props.justification ?? '').trim();
        if (!justification)
            bad('missing-justification', 'justification', 'a request needs a justification', props.justification, 'say what the files are and why they may leave');
        const at = props.at ?? new Date().toISOString();
        const request = {
            id: props.id,
            permitId: props.permitId,
            requester: props.requester,
            state: RS.DRAFT,
            files: props.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })),
            justification,
            approvals: [],
            createdAt: at,
            updatedAt: at,
        };
        const audit = ReleaseLifecycle.auditEntry({
            seq,
            at,
            permitId: props.permitId,
            requestId: props.id,
            action: RA.CREATE,
            actor: props.requester,
            to: RS.DRAFT,
            detail: `manifest ${ReleaseLifecycle.manifestHash(request.files)} (${request.files.length} files)`,
            prevHash,
            hash: '',
        });
        return { request, audit };
    }
    /**
     * Applies a move. Throws one error naming the request, the move and the fix when the move is
     * illegal or the actor may not make it; nothing changes then.
     * @param request the request now
     * @param move the move
     * @param participants reviewers and researchers
     * @param prevHash hash of the last entry of the permit's audit log
     * @param seq position of the new entry
     */
    static apply(request, move, participants, prevHash, seq) {
        const where = { file: `release request ${request.id}` };
        const refuse = (code, message, fix) => {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({ code, field: 'action', value: move.action, message, fix, location: where })]);
        };
        const actor = move.actor;
        const reason = typeof move.reason === 'string' ? move.reason.trim() || undefined : undefined;
        if (!(0, posix_1.isValidPosixName)(actor) && !SERVICE_ACTOR.test(actor)) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'invalid-actor',
                    field: 'actor',
                    value: actor,
                    message: 'not a login name or a service name',
                    location: where,
                    fix: 'give the login name of the person, or svc:<name> for a service such as svc:clamav',
                })]);
        }
        if (move.action === RA.CREATE)
            refuse('illegal-release-move', `request ${request.id} exists already`, 'create a new request with another id');
        let to = MOVES[request.state][move.action];
        if (to === undefined) {
            const allowed = ReleaseLifecycle.allowedActions(request.state);
            refuse('illegal-release-move', `a release request cannot ${move.action} in state ${request.state}`, allowed.length ? `from ${request.state} the next action is one of ${allowed.join(', ')}` : `${request.state} is final: nothing can follow it`);
        }
        const isResearcher = participants.researchers.includes(actor);
        const isReviewer = participants.reviewers.includes(actor) && !isResearcher;
        let approvals = request.approvals;
        switch (move.action) {
            case RA.SUBMIT:
                if (actor !== request.requester)
                    refuse('not-allowed', `only the requester (${request.requester}) may submit request ${request.id}, not ${actor}`, `let ${request.requester} submit it`);
                break;
            case RA.START_SCAN:
            case RA.SCAN_CLEAN:
            case RA.SCAN_BLOCKED:
            case RA.RELEASE:
                if (isResearcher || actor === request.requester) {
                    refuse('not-allowed', `a researcher (${actor}) may not ${move.action} a release request`, 'the scanner service or an operator of the data access body does this');
                }
                if (move.action === RA.SCAN_BLOCKED && !reason)
                    refuse('missing-reason', 'a blocked scan needs a reason (the finding)', 'give the scanner\'s finding as the reason');
                if (move.action === RA.RELEASE && !ReleaseLifecycle.mayDeliver(request, participants)) {
                    refuse('not-approved', `request ${request.id} lacks ${ReleaseLifecycle.REQUIRED_APPROVALS} approvals by different reviewers other than the requester`, 'have two different reviewers approve it');
                }
                break;
            case RA.APPROVE:
                if (actor === request.requester)
                    refuse('not-allowed', `${actor} requested ${request.id} and may not approve it`, 'two other reviewers must approve it');
                if (!isReviewer)
                    refuse('not-allowed', `${actor} is not a reviewer of this permit's releases`, `reviewers: ${participants.reviewers.join(', ')}`);
                if (approvals.some((a) => a.reviewer === actor))
                    refuse('already-approved', `${actor} has already approved ${request.id}`, 'a second, different reviewer must approve it');
                approvals = [...approvals, { reviewer: actor, at: move.at ?? new Date().toISOString() }];
                if (approvals.length < ReleaseLifecycle.REQUIRED_APPROVALS)
                    to = RS.IN_REVIEW;
                break;
            case RA.REJECT:
                if (actor === request.requester)
                    refuse('not-allowed', `${actor} requested ${request.id} and may not review it`, 'a reviewer rejects it');
                if (!isReviewer)
                    refuse('not-allowed', `${actor} is not a reviewer of this permit's releases`, `reviewers: ${participants.reviewers.join(', ')}`);
                if (!reason)
                    refuse('missing-reason', 'a rejection needs a reason', 'say why the files may not leave (--reason)');
                break;
            case RA.REVOKE:
                if (!isReviewer && actor !== request.requester)
                    refuse('not-allowed', `${actor} may not revoke ${request.id}`, `a reviewer (${participants.reviewers.join(', ')}) or the requester revokes it`);
                if (!reason)
                    refuse('missing-reason', 'a revocation needs a reason', 'say why the files may no longer leave (--reason)');
                break;
            default:
                refuse('unknown-action', 'unknown release action', `use one of ${Object.values(ReleaseAction).join(', ')}`);
        }
        if (reason !== undefined && reason.length > MAX_REASON)
            refuse('reason-too-long', `the reason has ${reason.length} characters`, `keep it under ${MAX_REASON}`);
        const at = move.at ?? new Date().toISOString();
        const next = {
            ...request,
            state: to,
            approvals,
            updatedAt: at,
            ...(reason && [RA.REJECT, RA.REVOKE, RA.SCAN_BLOCKED].includes(move.action) ? { reason } : {}),
            ...(move.action === RA.RELEASE && move.detail ? { releasedTo: move.detail } : {}),
        };
        const audit = ReleaseLifecycle.auditEntry({
            seq,
            at,
            permitId: request.permitId,
            requestId: request.id,
            action: move.action,
            actor,
            from: request.state,
            to: to,
            ...(reason ? { reason } : {}),
            ...(move.detail ? { detail: move.detail } : {}),
            prevHash,
            hash: '',
        });
        return { request: next, audit };
    }
    /** SHA-256 of a manifest: every file's path, size and hash, in path order. */
    static manifestHash(files) {
        const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${f.sha256}  ${f.size}  ${f.path}\n`);
        return crypto.createHash('sha256').update(lines.join('')).digest('hex');
    }
    /**
     * An audit entry with its hash computed (the given `hash` is ignored).
     * @param entry the entry
     */
    static auditEntry(entry) {
        const { hash: _ignored, ...rest } = entry;
        void _ignored;
        return { ...rest, hash: ReleaseLifecycle.hashOf(entry) };
    }
    /**
     * Checks an audit log: positions 1..n, each entry's hash, each link to the previous entry.
     * Throws naming the first broken entry.
     * @param entries the log, oldest first
     * @param where the file for messages
     */
    static verifyAudit(entries, where) {
        let prev = GENESIS;
        entries.forEach((e, i) => {
            const fail = (message) => {
                throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                        code: 'audit-broken',
                        field: `entry ${i + 1}`,
                        value: e.hash,
                        message,
                        location: where ? { file: where, line: i + 1 } : undefined,
                        fix: 'the release audit log was changed after it was written: restore it from the backup and investigate',
                    })]);
            };
            if (e.seq !== i + 1)
                fail(`entry ${i + 1} has position ${e.seq}`);
            if (e.prevHash !== prev)
                fail('does not link to the entry before it');
            if (ReleaseLifecycle.hashOf(e) !== e.hash)
                fail('its hash does not match its content');
            prev = e.hash;
        });
    }
    static hashOf(e) {
        const fields = [e.seq, e.at, e.permitId, e.requestId, e.action, e.actor, e.from ?? '', e.to, e.reason ?? '', e.detail ?? '', e.prevHash];
        return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
    }
    constructor() { }
}
exports.ReleaseLifecycle = ReleaseLifecycle;
/** A relative path with no empty, "." or ".." component and no control characters. */
function safeRelativePath(p) {
    if (typeof p !== 'string' || p.length === 0 || p.length > 1024 || p.startsWith('/'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(p))
        return false;
    return p.split('/').every((c) => c.length > 0 && c !== '.' && c !== '..');
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy93b3Jrc3BhY2VzL3JlbGVhc2UudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsK0NBQWlDO0FBRWpDLHFDQUF3QztBQUN4QywyQ0FBK0Q7QUFDL0QsMkNBQW1FO0FBQ25FLCtEQUFtRjtBQUVuRjs7OztHQUlHO0FBQ0gsSUFBWSxZQW1CWDtBQW5CRCxXQUFZLFlBQVk7SUFDdEIsMERBQTBEO0lBQzFELCtCQUFlLENBQUE7SUFDZix3REFBd0Q7SUFDeEQsdUNBQXVCLENBQUE7SUFDdkIsMENBQTBDO0lBQzFDLHFDQUFxQixDQUFBO0lBQ3JCLG9GQUFvRjtJQUNwRix1Q0FBdUIsQ0FBQTtJQUN2QixrRkFBa0Y7SUFDbEYscUNBQXFCLENBQUE7SUFDckIsb0RBQW9EO0lBQ3BELHFDQUFxQixDQUFBO0lBQ3JCLG9EQUFvRDtJQUNwRCxxQ0FBcUIsQ0FBQTtJQUNyQixvRkFBb0Y7SUFDcEYsbUNBQW1CLENBQUE7SUFDbkIsb0VBQW9FO0lBQ3BFLG1EQUFtQyxDQUFBO0FBQ3JDLENBQUMsRUFuQlcsWUFBWSw0QkFBWixZQUFZLFFBbUJ2QjtBQUVEOztHQUVHO0FBQ0gsSUFBWSxhQW1CWDtBQW5CRCxXQUFZLGFBQWE7SUFDdkIsc0ZBQXNGO0lBQ3RGLGtDQUFpQixDQUFBO0lBQ2pCLHVDQUF1QztJQUN2QyxrQ0FBaUIsQ0FBQTtJQUNqQixtRUFBbUU7SUFDbkUsMENBQXlCLENBQUE7SUFDekIsNkRBQTZEO0lBQzdELDBDQUF5QixDQUFBO0lBQ3pCLDREQUE0RDtJQUM1RCw4Q0FBNkIsQ0FBQTtJQUM3Qix3RkFBd0Y7SUFDeEYsb0NBQW1CLENBQUE7SUFDbkIseUNBQXlDO0lBQ3pDLGtDQUFpQixDQUFBO0lBQ2pCLDhGQUE4RjtJQUM5RixrQ0FBaUIsQ0FBQTtJQUNqQixtRkFBbUY7SUFDbkYsb0NBQW1CLENBQUE7QUFDckIsQ0FBQyxFQW5CVyxhQUFhLDZCQUFiLGFBQWEsUUFtQnhCO0FBaUtELE1BQU0sRUFBRSxHQUFHLFlBQVksQ0FBQztBQUN4QixNQUFNLEVBQUUsR0FBRyxhQUFhLENBQUM7QUFFekIsMEZBQTBGO0FBQzFGLE1BQU0sS0FBSyxHQUF1RTtJQUNoRixDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxTQUFTLEVBQUU7SUFDekMsQ0FBQyxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLENBQUMsUUFBUSxFQUFFO0lBQ2hELENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxDQUFDLFNBQVMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsRUFBRSxFQUFFLENBQUMsZUFBZSxFQUFFO0lBQ3ZGLENBQUMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsT0FBTyxDQUFDLEVBQUUsRUFBRSxDQUFDLFFBQVEsRUFBRSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsUUFBUSxFQUFFO0lBQ3ZFLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUUsQ0FBQyxPQUFPLENBQUMsRUFBRSxFQUFFLENBQUMsUUFBUSxFQUFFO0lBQ3JFLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUU7SUFDakIsQ0FBQyxFQUFFLENBQUMsUUFBUSxDQUFDLEVBQUUsRUFBRTtJQUNqQixDQUFDLEVBQUUsQ0FBQyxPQUFPLENBQUMsRUFBRSxFQUFFO0lBQ2hCLENBQUMsRUFBRSxDQUFDLGVBQWUsQ0FBQyxFQUFFLEVBQUU7Q0FDekIsQ0FBQztBQUVGLE1BQU0sVUFBVSxHQUFHLHNDQUFzQyxDQUFDO0FBQzFELE1BQU0sTUFBTSxHQUFHLGdCQUFnQixDQUFDO0FBQ2hDLE1BQU0sYUFBYSxHQUFHLCtCQUErQixDQUFDO0FBQ3RELE1BQU0sT0FBTyxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7QUFDL0IsTUFBTSxVQUFVLEdBQUcsSUFBSSxDQUFDO0FBRXhCOzs7Ozs7Ozs7Ozs7O0dBYUc7QUFDSCxNQUFhLGdCQUFnQjtJQUMzQix3REFBd0Q7SUFDakQsTUFBTSxDQUFVLGtCQUFrQixHQUFHLENBQUMsQ0FBQztJQUU5QyxrQ0FBa0M7SUFDM0IsTUFBTSxDQUFVLFlBQVksR0FBRyxPQUFPLENBQUM7SUFFOUMscUNBQXFDO0lBQzlCLE1BQU0sQ0FBQyxjQUFjLENBQUMsS0FBbUI7UUFDOUMsT0FBTyxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBb0IsQ0FBQztJQUN0RCxDQUFDO0lBRUQsZ0NBQWdDO0lBQ3pCLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBbUI7UUFDdkMsT0FBTyxnQkFBZ0IsQ0FBQyxjQUFjLENBQUMsS0FBSyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQztJQUM3RCxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLFVBQVUsQ0FBQyxPQUF1QixFQUFFLFlBQWlDO1FBQ2pGLElBQUksT0FBTyxDQUFDLEtBQUssS0FBSyxFQUFFLENBQUMsUUFBUTtZQUFFLE9BQU8sS0FBSyxDQUFDO1FBQ2hELE1BQU0sU0FBUyxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztRQUNwRSxJQUFJLFNBQVMsQ0FBQyxJQUFJLEtBQUssT0FBTyxDQUFDLFNBQVMsQ0FBQyxNQUFNLElBQUksU0FBUyxDQUFDLElBQUksR0FBRyxnQkFBZ0IsQ0FBQyxrQkFBa0I7WUFBRSxPQUFPLEtBQUssQ0FBQztRQUN0SCxPQUFPLENBQUMsR0FBRyxTQUFTLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxPQUFPLENBQUMsU0FBUyxJQUFJLFlBQVksQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLFdBQVcsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUM3SSxDQUFDO0lBRUQ7Ozs7OztPQU1HO0lBQ0ksTUFBTSxDQUFDLGFBQWEsQ0FBQyxRQUF5QixFQUFFLFdBQXFCLEVBQUUsS0FBYztRQUMxRixNQUFNLE1BQU0sR0FBaUIsRUFBRSxDQUFDO1FBQ2hDLE1BQU0sUUFBUSxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUNyRCxNQUFNLEdBQUcsR0FBRyxDQUFDLElBQVksRUFBRSxLQUFhLEVBQUUsT0FBZSxFQUFFLEtBQWMsRUFBRSxHQUFXLEVBQUUsRUFBRSxDQUN4RixNQUFNLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDdkUsTUFBTSxTQUFTLEdBQUcsUUFBUSxDQUFDLFNBQVMsSUFBSSxFQUFFLENBQUM7UUFDM0MsU0FBUyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUN6QixJQUFJLENBQUMsSUFBQSx3QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxzQkFBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsR0FBRyxDQUFDLGNBQWMsRUFBRSxxQkFBcUIsQ0FBQyxHQUFHLEVBQUUsc0NBQXNDLEVBQUUsQ0FBQyxFQUFFLHFFQUFxRSxDQUFDLENBQUM7WUFDcE4sSUFBSSxXQUFXLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztnQkFBRSxHQUFHLENBQUMsZUFBZSxFQUFFLHFCQUFxQixDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsOERBQThELEVBQUUsQ0FBQyxFQUFFLDZEQUE2RCxDQUFDLENBQUM7UUFDdE4sQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFJLElBQUksR0FBRyxDQUFDLFNBQVMsQ0FBQyxDQUFDLElBQUksR0FBRyxnQkFBZ0IsQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1lBQ2xFLEdBQUcsQ0FBQyxtQkFBbUIsRUFBRSxtQkFBbUIsRUFBRSxtRUFBbUUsZ0JBQWdCLENBQUMsa0JBQWtCLDhCQUE4QixFQUFFLFNBQVMsRUFDM0wsMEVBQTBFLENBQUMsQ0FBQztRQUNoRixDQUFDO1FBQ0QsTUFBTSxDQUFDLEdBQUcsUUFBUSxDQUFDLFdBQVcsQ0FBQztRQUMvQixJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyw0Q0FBc0IsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUNsRSxHQUFHLENBQUMscUJBQXFCLEVBQUUsMEJBQTBCLEVBQUUsMEJBQTBCLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxjQUFjLE1BQU0sQ0FBQyxNQUFNLENBQUMsNENBQXNCLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2hLLENBQUM7YUFBTSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssNENBQXNCLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDcEQsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxxQkFBcUIsRUFBRSwwQkFBMEIsRUFBRSwwREFBMEQsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLHNDQUFzQyxDQUFDLENBQUM7UUFDalAsQ0FBQzthQUFNLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyw0Q0FBc0IsQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUNwRCxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxDQUFDLG9DQUFvQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxxQkFBcUIsRUFBRSw0QkFBNEIsRUFBRSx1QkFBdUIsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLDBDQUEwQyxDQUFDLENBQUM7WUFDL00sSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQztnQkFBRSxHQUFHLENBQUMscUJBQXFCLEVBQUUsNEJBQTRCLEVBQUUsZ0RBQWdELEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSwyQkFBMkIsQ0FBQyxDQUFDO1FBQ3BQLENBQUM7YUFBTSxDQUFDO1lBQ04sSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztnQkFBRSxHQUFHLENBQUMscUJBQXFCLEVBQUUsMEJBQTBCLEVBQUUsa0RBQWtELEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSx3Q0FBd0MsQ0FBQyxDQUFDO1lBQy9NLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBQSx3QkFBZ0IsRUFBQyxDQUFDLENBQUMsSUFBSSxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxxQkFBcUIsRUFBRSwwQkFBMEIsRUFBRSx3Q0FBd0MsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLCtCQUErQixDQUFDLENBQUM7WUFDcEwsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRyxLQUFLLENBQUM7Z0JBQUUsR0FBRyxDQUFDLHFCQUFxQixFQUFFLDBCQUEwQixFQUFFLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUscUNBQXFDLENBQUMsQ0FBQztRQUNuTixDQUFDO1FBQ0QsSUFBSSxNQUFNLENBQUMsTUFBTTtZQUFFLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsS0FBSyxJQUFJLGtCQUFrQixLQUFLLE1BQU0sQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDeEosQ0FBQztJQUVEOzs7Ozs7T0FNRztJQUNJLE1BQU0sQ0FBQyxNQUFNLENBQUMsS0FBeUIsRUFBRSxZQUFpQyxFQUFFLFFBQWdCLEVBQUUsR0FBVztRQUM5RyxNQUFNLEdBQUcsR0FBRyxDQUFDLElBQVksRUFBRSxLQUFhLEVBQUUsT0FBZSxFQUFFLEtBQWMsRUFBRSxHQUFXLEVBQVMsRUFBRTtZQUMvRixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixLQUFLLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3BJLENBQUMsQ0FBQztRQUNGLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFBRSxHQUFHLENBQUMsb0JBQW9CLEVBQUUsSUFBSSxFQUFFLDhEQUE4RCxFQUFFLEtBQUssQ0FBQyxFQUFFLEVBQUUsNkJBQTZCLENBQUMsQ0FBQztRQUN6SyxJQUFJLEtBQUssQ0FBQyxZQUFZLEtBQUsscUJBQVksQ0FBQyxlQUFlLEVBQUUsQ0FBQztZQUN4RCxHQUFHLENBQUMsbUJBQW1CLEVBQUUsY0FBYyxFQUFFLFVBQVUsS0FBSyxDQUFDLFFBQVEsT0FBTyxLQUFLLENBQUMsWUFBWSw4REFBOEQsRUFBRSxLQUFLLENBQUMsWUFBWSxFQUMxSyx5REFBeUQsQ0FBQyxDQUFDO1FBQy9ELENBQUM7UUFDRCxJQUFJLENBQUMsWUFBWSxDQUFDLFdBQVcsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7WUFDeEQsR0FBRyxDQUFDLGtCQUFrQixFQUFFLFdBQVcsRUFBRSxJQUFJLEtBQUssQ0FBQyxTQUFTLG1DQUFtQyxLQUFLLENBQUMsUUFBUSxFQUFFLEVBQUUsS0FBSyxDQUFDLFNBQVMsRUFBRSxnREFBZ0QsWUFBWSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZOLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxHQUFHLENBQUMsVUFBVSxFQUFFLE9BQU8sRUFBRSxtQ0FBbUMsRUFBRSxFQUFFLEVBQUUsc0NBQXNDLENBQUMsQ0FBQztRQUN4SSxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO1FBQy9CLEtBQUssQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQzNCLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxjQUFjLEVBQUUsU0FBUyxDQUFDLFFBQVEsRUFBRSwwQ0FBMEMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLHFGQUFxRixDQUFDLENBQUM7WUFDbE4sSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7Z0JBQUUsR0FBRyxDQUFDLGdCQUFnQixFQUFFLFNBQVMsQ0FBQyxRQUFRLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxxQkFBcUIsQ0FBQyxDQUFDO1lBQ3BILElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ2pCLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7Z0JBQUUsR0FBRyxDQUFDLGNBQWMsRUFBRSxTQUFTLENBQUMsVUFBVSxFQUFFLDhCQUE4QixFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUseUNBQXlDLENBQUMsQ0FBQztZQUMzSixJQUFJLENBQUMsTUFBTSxDQUFDLGFBQWEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxjQUFjLEVBQUUsU0FBUyxDQUFDLFFBQVEsRUFBRSxxQkFBcUIsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLGtDQUFrQyxDQUFDLENBQUM7UUFDOUosQ0FBQyxDQUFDLENBQUM7UUFDSCxNQUFNLGFBQWEsR0FBRyxDQUFDLEtBQUssQ0FBQyxhQUFhLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDekQsSUFBSSxDQUFDLGFBQWE7WUFBRSxHQUFHLENBQUMsdUJBQXVCLEVBQUUsZUFBZSxFQUFFLGlDQUFpQyxFQUFFLEtBQUssQ0FBQyxhQUFhLEVBQUUsK0NBQStDLENBQUMsQ0FBQztRQUMzSyxNQUFNLEVBQUUsR0FBRyxLQUFLLENBQUMsRUFBRSxJQUFJLElBQUksSUFBSSxFQUFFLENBQUMsV0FBVyxFQUFFLENBQUM7UUFDaEQsTUFBTSxPQUFPLEdBQW1CO1lBQzlCLEVBQUUsRUFBRSxLQUFLLENBQUMsRUFBRTtZQUNaLFFBQVEsRUFBRSxLQUFLLENBQUMsUUFBUTtZQUN4QixTQUFTLEVBQUUsS0FBSyxDQUFDLFNBQVM7WUFDMUIsS0FBSyxFQUFFLEVBQUUsQ0FBQyxLQUFLO1lBQ2YsS0FBSyxFQUFFLEtBQUssQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1lBQ2pGLGFBQWE7WUFDYixTQUFTLEVBQUUsRUFBRTtZQUNiLFNBQVMsRUFBRSxFQUFFO1lBQ2IsU0FBUyxFQUFFLEVBQUU7U0FDZCxDQUFDO1FBQ0YsTUFBTSxLQUFLLEdBQUcsZ0JBQWdCLENBQUMsVUFBVSxDQUFDO1lBQ3hDLEdBQUc7WUFDSCxFQUFFO1lBQ0YsUUFBUSxFQUFFLEtBQUssQ0FBQyxRQUFRO1lBQ3hCLFNBQVMsRUFBRSxLQUFLLENBQUMsRUFBRTtZQUNuQixNQUFNLEVBQUUsRUFBRSxDQUFDLE1BQU07WUFDakIsS0FBSyxFQUFFLEtBQUssQ0FBQyxTQUFTO1lBQ3RCLEVBQUUsRUFBRSxFQUFFLENBQUMsS0FBSztZQUNaLE1BQU0sRUFBRSxZQUFZLGdCQUFnQixDQUFDLFlBQVksQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEtBQUssT0FBTyxDQUFDLEtBQUssQ0FBQyxNQUFNLFNBQVM7WUFDbEcsUUFBUTtZQUNSLElBQUksRUFBRSxFQUFFO1NBQ1QsQ0FBQyxDQUFDO1FBQ0gsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsQ0FBQztJQUM1QixDQUFDO0lBRUQ7Ozs7Ozs7O09BUUc7SUFDSSxNQUFNLENBQUMsS0FBSyxDQUFDLE9BQXVCLEVBQUUsSUFBaUIsRUFBRSxZQUFpQyxFQUFFLFFBQWdCLEVBQUUsR0FBVztRQUM5SCxNQUFNLEtBQUssR0FBRyxFQUFFLElBQUksRUFBRSxtQkFBbUIsT0FBTyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUM7UUFDeEQsTUFBTSxNQUFNLEdBQUcsQ0FBQyxJQUFZLEVBQUUsT0FBZSxFQUFFLEdBQVcsRUFBUyxFQUFFO1lBQ25FLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLEdBQUcsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekgsQ0FBQyxDQUFDO1FBQ0YsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQztRQUN6QixNQUFNLE1BQU0sR0FBRyxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxJQUFJLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBQzdGLElBQUksQ0FBQyxJQUFBLHdCQUFnQixFQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQzNELE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNyQyxJQUFJLEVBQUUsZUFBZTtvQkFDckIsS0FBSyxFQUFFLE9BQU87b0JBQ2QsS0FBSyxFQUFFLEtBQUs7b0JBQ1osT0FBTyxFQUFFLG9DQUFvQztvQkFDN0MsUUFBUSxFQUFFLEtBQUs7b0JBQ2YsR0FBRyxFQUFFLG1GQUFtRjtpQkFDekYsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNQLENBQUM7UUFDRCxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxDQUFDLE1BQU07WUFBRSxNQUFNLENBQUMsc0JBQXNCLEVBQUUsV0FBVyxPQUFPLENBQUMsRUFBRSxpQkFBaUIsRUFBRSxzQ0FBc0MsQ0FBQyxDQUFDO1FBQzlJLElBQUksRUFBRSxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQzNDLElBQUksRUFBRSxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQ3JCLE1BQU0sT0FBTyxHQUFHLGdCQUFnQixDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDL0QsTUFBTSxDQUFDLHNCQUFzQixFQUFFLDRCQUE0QixJQUFJLENBQUMsTUFBTSxhQUFhLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFDaEcsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxPQUFPLENBQUMsS0FBSyw4QkFBOEIsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLE9BQU8sQ0FBQyxLQUFLLGtDQUFrQyxDQUFDLENBQUM7UUFDbkosQ0FBQztRQUNELE1BQU0sWUFBWSxHQUFHLFlBQVksQ0FBQyxXQUFXLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQzlELE1BQU0sVUFBVSxHQUFHLFlBQVksQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDO1FBQzNFLElBQUksU0FBUyxHQUFHLE9BQU8sQ0FBQyxTQUFTLENBQUM7UUFDbEMsUUFBUSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDcEIsS0FBSyxFQUFFLENBQUMsTUFBTTtnQkFDWixJQUFJLEtBQUssS0FBSyxPQUFPLENBQUMsU0FBUztvQkFBRSxNQUFNLENBQUMsYUFBYSxFQUFFLHVCQUF1QixPQUFPLENBQUMsU0FBUyx3QkFBd0IsT0FBTyxDQUFDLEVBQUUsU0FBUyxLQUFLLEVBQUUsRUFBRSxPQUFPLE9BQU8sQ0FBQyxTQUFTLFlBQVksQ0FBQyxDQUFDO2dCQUN6TCxNQUFNO1lBQ1IsS0FBSyxFQUFFLENBQUMsVUFBVSxDQUFDO1lBQ25CLEtBQUssRUFBRSxDQUFDLFVBQVUsQ0FBQztZQUNuQixLQUFLLEVBQUUsQ0FBQyxZQUFZLENBQUM7WUFDckIsS0FBSyxFQUFFLENBQUMsT0FBTztnQkFDYixJQUFJLFlBQVksSUFBSSxLQUFLLEtBQUssT0FBTyxDQUFDLFNBQVMsRUFBRSxDQUFDO29CQUNoRCxNQUFNLENBQUMsYUFBYSxFQUFFLGlCQUFpQixLQUFLLGFBQWEsSUFBSSxDQUFDLE1BQU0sb0JBQW9CLEVBQUUsc0VBQXNFLENBQUMsQ0FBQztnQkFDcEssQ0FBQztnQkFDRCxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxDQUFDLFlBQVksSUFBSSxDQUFDLE1BQU07b0JBQUUsTUFBTSxDQUFDLGdCQUFnQixFQUFFLDZDQUE2QyxFQUFFLDJDQUEyQyxDQUFDLENBQUM7Z0JBQ3JLLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLENBQUMsT0FBTyxJQUFJLENBQUMsZ0JBQWdCLENBQUMsVUFBVSxDQUFDLE9BQU8sRUFBRSxZQUFZLENBQUMsRUFBRSxDQUFDO29CQUN0RixNQUFNLENBQUMsY0FBYyxFQUFFLFdBQVcsT0FBTyxDQUFDLEVBQUUsVUFBVSxnQkFBZ0IsQ0FBQyxrQkFBa0IsNERBQTRELEVBQUUseUNBQXlDLENBQUMsQ0FBQztnQkFDcE0sQ0FBQztnQkFDRCxNQUFNO1lBQ1IsS0FBSyxFQUFFLENBQUMsT0FBTztnQkFDYixJQUFJLEtBQUssS0FBSyxPQUFPLENBQUMsU0FBUztvQkFBRSxNQUFNLENBQUMsYUFBYSxFQUFFLEdBQUcsS0FBSyxjQUFjLE9BQU8sQ0FBQyxFQUFFLHlCQUF5QixFQUFFLHFDQUFxQyxDQUFDLENBQUM7Z0JBQ3pKLElBQUksQ0FBQyxVQUFVO29CQUFFLE1BQU0sQ0FBQyxhQUFhLEVBQUUsR0FBRyxLQUFLLDhDQUE4QyxFQUFFLGNBQWMsWUFBWSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO2dCQUNsSixJQUFJLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxRQUFRLEtBQUssS0FBSyxDQUFDO29CQUFFLE1BQU0sQ0FBQyxrQkFBa0IsRUFBRSxHQUFHLEtBQUsseUJBQXlCLE9BQU8sQ0FBQyxFQUFFLEVBQUUsRUFBRSw4Q0FBOEMsQ0FBQyxDQUFDO2dCQUMzSyxTQUFTLEdBQUcsQ0FBQyxHQUFHLFNBQVMsRUFBRSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksSUFBSSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQ3pGLElBQUksU0FBUyxDQUFDLE1BQU0sR0FBRyxnQkFBZ0IsQ0FBQyxrQkFBa0I7b0JBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUM7Z0JBQzlFLE1BQU07WUFDUixLQUFLLEVBQUUsQ0FBQyxNQUFNO2dCQUNaLElBQUksS0FBSyxLQUFLLE9BQU8sQ0FBQyxTQUFTO29CQUFFLE1BQU0sQ0FBQyxhQUFhLEVBQUUsR0FBRyxLQUFLLGNBQWMsT0FBTyxDQUFDLEVBQUUsd0JBQXdCLEVBQUUsdUJBQXVCLENBQUMsQ0FBQztnQkFDMUksSUFBSSxDQUFDLFVBQVU7b0JBQUUsTUFBTSxDQUFDLGFBQWEsRUFBRSxHQUFHLEtBQUssOENBQThDLEVBQUUsY0FBYyxZQUFZLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7Z0JBQ2xKLElBQUksQ0FBQyxNQUFNO29CQUFFLE1BQU0sQ0FBQyxnQkFBZ0IsRUFBRSw0QkFBNEIsRUFBRSw0Q0FBNEMsQ0FBQyxDQUFDO2dCQUNsSCxNQUFNO1lBQ1IsS0FBSyxFQUFFLENBQUMsTUFBTTtnQkFDWixJQUFJLENBQUMsVUFBVSxJQUFJLEtBQUssS0FBSyxPQUFPLENBQUMsU0FBUztvQkFBRSxNQUFNLENBQUMsYUFBYSxFQUFFLEdBQUcsS0FBSyxtQkFBbUIsT0FBTyxDQUFDLEVBQUUsRUFBRSxFQUFFLGVBQWUsWUFBWSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLCtCQUErQixDQUFDLENBQUM7Z0JBQ2hNLElBQUksQ0FBQyxNQUFNO29CQUFFLE1BQU0sQ0FBQyxnQkFBZ0IsRUFBRSw2QkFBNkIsRUFBRSxrREFBa0QsQ0FBQyxDQUFDO2dCQUN6SCxNQUFNO1lBQ1I7Z0JBQ0UsTUFBTSxDQUFDLGdCQUFnQixFQUFFLHdCQUF3QixFQUFFLGNBQWMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxhQUFhLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2hILENBQUM7UUFDRCxJQUFJLE1BQU0sS0FBSyxTQUFTLElBQUksTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVO1lBQUUsTUFBTSxDQUFDLGlCQUFpQixFQUFFLGtCQUFrQixNQUFNLENBQUMsTUFBTSxhQUFhLEVBQUUsaUJBQWlCLFVBQVUsRUFBRSxDQUFDLENBQUM7UUFDL0osTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLEVBQUUsSUFBSSxJQUFJLElBQUksRUFBRSxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQy9DLE1BQU0sSUFBSSxHQUFtQjtZQUMzQixHQUFHLE9BQU87WUFDVixLQUFLLEVBQUUsRUFBRztZQUNWLFNBQVM7WUFDVCxTQUFTLEVBQUUsRUFBRTtZQUNiLEdBQUcsQ0FBQyxNQUFNLElBQUksQ0FBQyxFQUFFLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUM5RixHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sS0FBSyxFQUFFLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1NBQ2xGLENBQUM7UUFDRixNQUFNLEtBQUssR0FBRyxnQkFBZ0IsQ0FBQyxVQUFVLENBQUM7WUFDeEMsR0FBRztZQUNILEVBQUU7WUFDRixRQUFRLEVBQUUsT0FBTyxDQUFDLFFBQVE7WUFDMUIsU0FBUyxFQUFFLE9BQU8sQ0FBQyxFQUFFO1lBQ3JCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtZQUNuQixLQUFLO1lBQ0wsSUFBSSxFQUFFLE9BQU8sQ0FBQyxLQUFLO1lBQ25CLEVBQUUsRUFBRSxFQUFHO1lBQ1AsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQzdCLEdBQUcsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMvQyxRQUFRO1lBQ1IsSUFBSSxFQUFFLEVBQUU7U0FDVCxDQUFDLENBQUM7UUFDSCxPQUFPLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQztJQUNsQyxDQUFDO0lBRUQsOEVBQThFO0lBQ3ZFLE1BQU0sQ0FBQyxZQUFZLENBQUMsS0FBb0I7UUFDN0MsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQztRQUM1SSxPQUFPLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDMUUsQ0FBQztJQUVEOzs7T0FHRztJQUNJLE1BQU0sQ0FBQyxVQUFVLENBQUMsS0FBd0I7UUFDL0MsTUFBTSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsR0FBRyxJQUFJLEVBQUUsR0FBRyxLQUFLLENBQUM7UUFDMUMsS0FBSyxRQUFRLENBQUM7UUFDZCxPQUFPLEVBQUUsR0FBRyxJQUFJLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO0lBQzNELENBQUM7SUFFRDs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxXQUFXLENBQUMsT0FBNEIsRUFBRSxLQUFjO1FBQ3BFLElBQUksSUFBSSxHQUFHLE9BQU8sQ0FBQztRQUNuQixPQUFPLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ3ZCLE1BQU0sSUFBSSxHQUFHLENBQUMsT0FBZSxFQUFFLEVBQUU7Z0JBQy9CLE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLElBQUEsZUFBTyxFQUFDO3dCQUNyQyxJQUFJLEVBQUUsY0FBYzt3QkFDcEIsS0FBSyxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsRUFBRTt3QkFDdkIsS0FBSyxFQUFFLENBQUMsQ0FBQyxJQUFJO3dCQUNiLE9BQU87d0JBQ1AsUUFBUSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7d0JBQzFELEdBQUcsRUFBRSxvR0FBb0c7cUJBQzFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDUCxDQUFDLENBQUM7WUFDRixJQUFJLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUM7Z0JBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO1lBQ2xFLElBQUksQ0FBQyxDQUFDLFFBQVEsS0FBSyxJQUFJO2dCQUFFLElBQUksQ0FBQyxzQ0FBc0MsQ0FBQyxDQUFDO1lBQ3RFLElBQUksZ0JBQWdCLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxJQUFJO2dCQUFFLElBQUksQ0FBQyxxQ0FBcUMsQ0FBQyxDQUFDO1lBQ3ZGLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDO1FBQ2hCLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVPLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBb0I7UUFDeEMsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSSxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN6SSxPQUFPLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDbEYsQ0FBQztJQUVELGdCQUF1QixDQUFDOztBQTNRMUIsNENBNFFDO0FBRUQsc0ZBQXNGO0FBQ3RGLFNBQVMsZ0JBQWdCLENBQUMsQ0FBUztJQUNqQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxHQUFHLElBQUksSUFBSSxDQUFDLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQ2xHLDRDQUE0QztJQUM1QyxJQUFJLHlCQUF5QixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLEtBQUssQ0FBQztJQUNwRCxPQUFPLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQztBQUM1RSxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBEaWFnbm9zdGljIH0gZnJvbSAnLi9lcnJvcnMnO1xuaW1wb3J0IHsgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi9wZXJtaXQnO1xuaW1wb3J0IHsgcHJvYmxlbSwgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4vcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBpc1ZhbGlkUG9zaXhOYW1lLCBSRVNFUlZFRF9OQU1FUyB9IGZyb20gJy4vcHJpdmF0ZS9wb3NpeCc7XG5pbXBvcnQgeyBSZWxlYXNlRGVzdGluYXRpb24sIFJlbGVhc2VEZXN0aW5hdGlvbktpbmQgfSBmcm9tICcuL3JlbGVhc2UtZGVzdGluYXRpb24nO1xuXG4vKipcbiAqIFdoZXJlIGFuIG91dHB1dCByZWxlYXNlIHJlcXVlc3Qgc3RhbmRzLiBBIHJlcXVlc3Qgc25hcHNob3RzIGZpbGVzIGZyb20gYSBwZXJtaXQncyBgb3V0cHV0c2BcbiAqIHZvbHVtZTsgdGhleSBsZWF2ZSBvbmx5IGFmdGVyIGEgY2xlYW4gc2NhbiBhbmQgdHdvIGFwcHJvdmFscyBieSB0d28gZGlmZmVyZW50IHJldmlld2Vycywgbm9uZVxuICogb2YgdGhlbSB0aGUgcmVxdWVzdGVyLCBhbmQgb25seSB0byB0aGUgZGVzdGluYXRpb24gdGhlIHBlcm1pdCBuYW1lcy5cbiAqL1xuZXhwb3J0IGVudW0gUmVsZWFzZVN0YXRlIHtcbiAgLyoqIFNuYXBzaG90IHRha2VuOyBub3QgeWV0IHN1Ym1pdHRlZCBieSB0aGUgcmVxdWVzdGVyLiAqL1xuICBEUkFGVCA9ICdEUkFGVCcsXG4gIC8qKiBTdWJtaXR0ZWQgYnkgdGhlIHJlcXVlc3Rlcjsgd2FpdGluZyBmb3IgdGhlIHNjYW4uICovXG4gIFNVQk1JVFRFRCA9ICdTVUJNSVRURUQnLFxuICAvKiogQSBzY2FubmVyIGlzIGNoZWNraW5nIHRoZSBzbmFwc2hvdC4gKi9cbiAgU0NBTk5JTkcgPSAnU0NBTk5JTkcnLFxuICAvKiogU2NhbiBjbGVhbjogcmV2aWV3ZXJzIGxvb2sgYXQgdGhlIHNuYXBzaG90IChyZWFkLW9ubHkpIGFuZCBhcHByb3ZlIG9yIHJlamVjdC4gKi9cbiAgSU5fUkVWSUVXID0gJ0lOX1JFVklFVycsXG4gIC8qKiBUd28gZGlmZmVyZW50IHJldmlld2VycyBhcHByb3ZlZDogbWF5IGJlIGRlbGl2ZXJlZCwgb3IgcmV2b2tlZCBiZWZvcmUgdGhhdC4gKi9cbiAgQVBQUk9WRUQgPSAnQVBQUk9WRUQnLFxuICAvKiogQSByZXZpZXdlciByZWplY3RlZCBpdCwgd2l0aCBhIHJlYXNvbi4gRmluYWwuICovXG4gIFJFSkVDVEVEID0gJ1JFSkVDVEVEJyxcbiAgLyoqIERlbGl2ZXJlZCB0byB0aGUgcGVybWl0J3MgZGVzdGluYXRpb24uIEZpbmFsLiAqL1xuICBSRUxFQVNFRCA9ICdSRUxFQVNFRCcsXG4gIC8qKiBBcHByb3ZlZCwgdGhlbiByZXZva2VkIGJlZm9yZSBkZWxpdmVyeSwgd2l0aCBhIHJlYXNvbi4gRmluYWw6IG5vdGhpbmcgbGVhdmVzLiAqL1xuICBSRVZPS0VEID0gJ1JFVk9LRUQnLFxuICAvKiogVGhlIHNjYW5uZXIgZm91bmQgc29tZXRoaW5nLCBvciBjb3VsZCBub3Qgc2NhbiBhIGZpbGUuIEZpbmFsLiAqL1xuICBCTE9DS0VEX0JZX1NDQU4gPSAnQkxPQ0tFRF9CWV9TQ0FOJyxcbn1cblxuLyoqXG4gKiBBIG1vdmUgb2YgYSByZWxlYXNlIHJlcXVlc3QuXG4gKi9cbmV4cG9ydCBlbnVtIFJlbGVhc2VBY3Rpb24ge1xuICAvKiogVGhlIHJlcXVlc3RlciBzbmFwc2hvdHMgZmlsZXMgZnJvbSBgb3V0cHV0c2AgKG5vIHN0YXRlIGJlZm9yZTogbGVhZHMgdG8gRFJBRlQpLiAqL1xuICBDUkVBVEUgPSAnY3JlYXRlJyxcbiAgLyoqIFRoZSByZXF1ZXN0ZXIgc3VibWl0cyB0aGUgZHJhZnQuICovXG4gIFNVQk1JVCA9ICdzdWJtaXQnLFxuICAvKiogQSBzY2FubmVyIChuZXZlciBhIHJlc2VhcmNoZXIpIHN0YXJ0cyBjaGVja2luZyB0aGUgc25hcHNob3QuICovXG4gIFNUQVJUX1NDQU4gPSAnc3RhcnQtc2NhbicsXG4gIC8qKiBUaGUgc2Nhbm5lciBmb3VuZCBub3RoaW5nOiB0aGUgcmVxdWVzdCBnb2VzIHRvIHJldmlldy4gKi9cbiAgU0NBTl9DTEVBTiA9ICdzY2FuLWNsZWFuJyxcbiAgLyoqIFRoZSBzY2FubmVyIGZvdW5kIHNvbWV0aGluZyBvciBjb3VsZCBub3Qgc2NhbiBhIGZpbGUuICovXG4gIFNDQU5fQkxPQ0tFRCA9ICdzY2FuLWJsb2NrZWQnLFxuICAvKiogQSByZXZpZXdlciBhcHByb3ZlcyAodGhlIHNlY29uZCBkaWZmZXJlbnQgcmV2aWV3ZXIncyBhcHByb3ZhbCBtYWtlcyBpdCBBUFBST1ZFRCkuICovXG4gIEFQUFJPVkUgPSAnYXBwcm92ZScsXG4gIC8qKiBBIHJldmlld2VyIHJlamVjdHMsIHdpdGggYSByZWFzb24uICovXG4gIFJFSkVDVCA9ICdyZWplY3QnLFxuICAvKiogQSByZXZpZXdlciBvciB0aGUgcmVxdWVzdGVyIHJldm9rZXMgYW4gYXBwcm92ZWQgcmVxdWVzdCBiZWZvcmUgZGVsaXZlcnksIHdpdGggYSByZWFzb24uICovXG4gIFJFVk9LRSA9ICdyZXZva2UnLFxuICAvKiogVGhlIGZpbGVzIGFyZSBkZWxpdmVyZWQgdG8gdGhlIHBlcm1pdCdzIGRlc3RpbmF0aW9uIChuZXZlciBieSBhIHJlc2VhcmNoZXIpLiAqL1xuICBSRUxFQVNFID0gJ3JlbGVhc2UnLFxufVxuXG4vKipcbiAqIFRoZSBvdXRwdXQgcmVsZWFzZSBzZXR0aW5ncyBvZiBhIHBlcm1pdCAoYHJlbGVhc2U6YCBpbiB0aGUgcGVybWl0IGZpbGUpLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbGVhc2VTZXR0aW5ncyB7XG4gIC8qKiBPdXRwdXQgY2hlY2tlcnM6IGF0IGxlYXN0IHR3byBkaWZmZXJlbnQgcGVvcGxlLCBub25lIG9mIHRoZW0gYSByZXNlYXJjaGVyIG9mIHRoZSBwZXJtaXQuICovXG4gIHJlYWRvbmx5IHJldmlld2Vyczogc3RyaW5nW107XG4gIC8qKiBXaGVyZSByZWxlYXNlZCBmaWxlcyBhcmUgZGVsaXZlcmVkLiAqL1xuICByZWFkb25seSBkZXN0aW5hdGlvbjogUmVsZWFzZURlc3RpbmF0aW9uO1xufVxuXG4vKipcbiAqIFdobyB0YWtlcyBwYXJ0IGluIGEgcGVybWl0J3MgcmVsZWFzZXM6IHRoZSBzZXR0aW5ncycgcmV2aWV3ZXJzIGFuZCB0aGUgcGVybWl0J3MgcmVzZWFyY2hlcnMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZVBhcnRpY2lwYW50cyB7XG4gIC8qKiBSZXZpZXdlcnMgYWxsb3dlZCB0byBhcHByb3ZlLCByZWplY3QgYW5kIHJldm9rZS4gKi9cbiAgcmVhZG9ubHkgcmV2aWV3ZXJzOiBzdHJpbmdbXTtcbiAgLyoqIFJlc2VhcmNoZXJzIG9mIHRoZSBwZXJtaXQ6IHRoZXkgbWF5IHJlcXVlc3QgYW5kIHJldm9rZSB0aGVpciBvd24sIG5ldmVyIGFwcHJvdmUsIHNjYW4gb3IgcmVsZWFzZS4gKi9cbiAgcmVhZG9ubHkgcmVzZWFyY2hlcnM6IHN0cmluZ1tdO1xufVxuXG4vKiogT25lIGZpbGUgb2YgYSByZXF1ZXN0J3Mgc25hcHNob3QuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbGVhc2VGaWxlIHtcbiAgLyoqIFBhdGggcmVsYXRpdmUgdG8gdGhlIG91dHB1dHMgdm9sdW1lIChhbmQgdG8gdGhlIHNuYXBzaG90J3MgYGZpbGVzL2AgZm9sZGVyKS4gKi9cbiAgcmVhZG9ubHkgcGF0aDogc3RyaW5nO1xuICAvKiogU2l6ZSBpbiBieXRlcy4gKi9cbiAgcmVhZG9ubHkgc2l6ZTogbnVtYmVyO1xuICAvKiogU0hBLTI1NiBvZiB0aGUgY29udGVudCAobG93ZXItY2FzZSBoZXgpLiAqL1xuICByZWFkb25seSBzaGEyNTY6IHN0cmluZztcbn1cblxuLyoqIE9uZSBhcHByb3ZhbC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZUFwcHJvdmFsIHtcbiAgLyoqIFJldmlld2VyIGxvZ2luIG5hbWUuICovXG4gIHJlYWRvbmx5IHJldmlld2VyOiBzdHJpbmc7XG4gIC8qKiBXaGVuIChJU08gODYwMSkuICovXG4gIHJlYWRvbmx5IGF0OiBzdHJpbmc7XG59XG5cbi8qKiBBIHJlbGVhc2UgcmVxdWVzdCBhcyByZWNvcmRlZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZVJlcXVlc3Qge1xuICAvKiogUmVxdWVzdCBpZCAobG93ZXItY2FzZSBsZXR0ZXJzLCBkaWdpdHMsIGRhc2hlcykuICovXG4gIHJlYWRvbmx5IGlkOiBzdHJpbmc7XG4gIC8qKiBQZXJtaXQgaWQuICovXG4gIHJlYWRvbmx5IHBlcm1pdElkOiBzdHJpbmc7XG4gIC8qKiBSZXNlYXJjaGVyIHdobyBhc2tlZCBmb3IgdGhlIHJlbGVhc2UuICovXG4gIHJlYWRvbmx5IHJlcXVlc3Rlcjogc3RyaW5nO1xuICAvKiogQ3VycmVudCBzdGF0ZS4gKi9cbiAgcmVhZG9ubHkgc3RhdGU6IFJlbGVhc2VTdGF0ZTtcbiAgLyoqIFRoZSBzbmFwc2hvdCdzIGZpbGVzLiAqL1xuICByZWFkb25seSBmaWxlczogUmVsZWFzZUZpbGVbXTtcbiAgLyoqIFdoeSB0aGUgcmVxdWVzdGVyIHdhbnRzIHRoZSBmaWxlcyBvdXQuICovXG4gIHJlYWRvbmx5IGp1c3RpZmljYXRpb246IHN0cmluZztcbiAgLyoqIEFwcHJvdmFscyBzbyBmYXIgKGRpZmZlcmVudCByZXZpZXdlcnMsIG5ldmVyIHRoZSByZXF1ZXN0ZXIpLiAqL1xuICByZWFkb25seSBhcHByb3ZhbHM6IFJlbGVhc2VBcHByb3ZhbFtdO1xuICAvKiogV2hlbiB0aGUgcmVxdWVzdCB3YXMgY3JlYXRlZCAoSVNPIDg2MDEpLiAqL1xuICByZWFkb25seSBjcmVhdGVkQXQ6IHN0cmluZztcbiAgLyoqIFdoZW4gaXQgbGFzdCBtb3ZlZCAoSVNPIDg2MDEpLiAqL1xuICByZWFkb25seSB1cGRhdGVkQXQ6IHN0cmluZztcbiAgLyoqXG4gICAqIFJlYXNvbiBvZiBhIHJlamVjdGlvbiwgcmV2b2NhdGlvbiBvciBzY2FuIGJsb2NrLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHJlYWRvbmx5IHJlYXNvbj86IHN0cmluZztcbiAgLyoqXG4gICAqIFdoZXJlIHRoZSBmaWxlcyB3ZW50IChSRUxFQVNFRCBvbmx5KS5cbiAgICogQGRlZmF1bHQgLSBub3QgcmVsZWFzZWRcbiAgICovXG4gIHJlYWRvbmx5IHJlbGVhc2VkVG8/OiBzdHJpbmc7XG59XG5cbi8qKiBBIG1vdmUgc29tZW9uZSBhc2tzIGZvci4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZU1vdmUge1xuICAvKiogVGhlIGFjdGlvbi4gKi9cbiAgcmVhZG9ubHkgYWN0aW9uOiBSZWxlYXNlQWN0aW9uO1xuICAvKiogV2hvIChhIGxvZ2luIG5hbWUsIG9yIGBzdmM6PG5hbWU+YCBmb3IgYSBzZXJ2aWNlIHN1Y2ggYXMgYSBzY2FubmVyKS4gKi9cbiAgcmVhZG9ubHkgYWN0b3I6IHN0cmluZztcbiAgLyoqXG4gICAqIFdoZW4gKElTTyA4NjAxKS5cbiAgICogQGRlZmF1bHQgLSBub3dcbiAgICovXG4gIHJlYWRvbmx5IGF0Pzogc3RyaW5nO1xuICAvKipcbiAgICogV2h5OiByZXF1aXJlZCBmb3IgcmVqZWN0LCByZXZva2UgYW5kIHNjYW4tYmxvY2tlZC5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICByZWFkb25seSByZWFzb24/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBXaGF0IGVsc2UgdG8gcmVjb3JkIChhIHNjYW5uZXIncyBuYW1lIGFuZCB2ZXJkaWN0LCBhIGRlc3RpbmF0aW9uKS5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICByZWFkb25seSBkZXRhaWw/OiBzdHJpbmc7XG59XG5cbi8qKiBXaGF0IGEgbmV3IHJlcXVlc3QgaG9sZHMuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbGVhc2VDcmVhdGVQcm9wcyB7XG4gIC8qKiBSZXF1ZXN0IGlkICgxLTYzIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBkYXNoZXMpLiAqL1xuICByZWFkb25seSBpZDogc3RyaW5nO1xuICAvKiogUGVybWl0IGlkLiAqL1xuICByZWFkb25seSBwZXJtaXRJZDogc3RyaW5nO1xuICAvKiogVGhlIHBlcm1pdCdzIHN0YXR1cyBub3c6IHJlcXVlc3RzIGFyZSBtYWRlIG9ubHkgaW4gQU5BTFlTSVNfQUNUSVZFLiAqL1xuICByZWFkb25seSBwZXJtaXRTdGF0dXM6IFBlcm1pdFN0YXR1cztcbiAgLyoqIFRoZSByZXNlYXJjaGVyIGFza2luZy4gKi9cbiAgcmVhZG9ubHkgcmVxdWVzdGVyOiBzdHJpbmc7XG4gIC8qKiBUaGUgc25hcHNob3QncyBmaWxlcy4gKi9cbiAgcmVhZG9ubHkgZmlsZXM6IFJlbGVhc2VGaWxlW107XG4gIC8qKiBXaHkuICovXG4gIHJlYWRvbmx5IGp1c3RpZmljYXRpb246IHN0cmluZztcbiAgLyoqXG4gICAqIFdoZW4gKElTTyA4NjAxKS5cbiAgICogQGRlZmF1bHQgLSBub3dcbiAgICovXG4gIHJlYWRvbmx5IGF0Pzogc3RyaW5nO1xufVxuXG4vKiogT25lIGxpbmUgb2YgYSBwZXJtaXQncyByZWxlYXNlIGF1ZGl0IGxvZzogd2hvIGRpZCB3aGF0LCB3aGVuIGFuZCB3aHkuIEhhc2gtY2hhaW5lZC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVsZWFzZUF1ZGl0RW50cnkge1xuICAvKiogMS1iYXNlZCBwb3NpdGlvbiBpbiB0aGUgbG9nLiAqL1xuICByZWFkb25seSBzZXE6IG51bWJlcjtcbiAgLyoqIFdoZW4gKElTTyA4NjAxKS4gKi9cbiAgcmVhZG9ubHkgYXQ6IHN0cmluZztcbiAgLyoqIFBlcm1pdCBpZC4gKi9cbiAgcmVhZG9ubHkgcGVybWl0SWQ6IHN0cmluZztcbiAgLyoqIFJlcXVlc3QgaWQuICovXG4gIHJlYWRvbmx5IHJlcXVlc3RJZDogc3RyaW5nO1xuICAvKiogVGhlIGFjdGlvbi4gKi9cbiAgcmVhZG9ubHkgYWN0aW9uOiBzdHJpbmc7XG4gIC8qKiBXaG8uICovXG4gIHJlYWRvbmx5IGFjdG9yOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBTdGF0ZSBiZWZvcmUgKGFic2VudCBmb3IgY3JlYXRlKS5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICByZWFkb25seSBmcm9tPzogc3RyaW5nO1xuICAvKiogU3RhdGUgYWZ0ZXIuICovXG4gIHJlYWRvbmx5IHRvOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBXaHkuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgcmVhc29uPzogc3RyaW5nO1xuICAvKipcbiAgICogV2hhdCBlbHNlICh0aGUgc25hcHNob3QncyBtYW5pZmVzdCBoYXNoIGF0IGNyZWF0ZSwgdGhlIGRlc3RpbmF0aW9uIGF0IHJlbGVhc2UpLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHJlYWRvbmx5IGRldGFpbD86IHN0cmluZztcbiAgLyoqIEhhc2ggb2YgdGhlIHByZXZpb3VzIGVudHJ5ICg2NCB6ZXJvcyBmb3IgdGhlIGZpcnN0KS4gKi9cbiAgcmVhZG9ubHkgcHJldkhhc2g6IHN0cmluZztcbiAgLyoqIFNIQS0yNTYgb3ZlciB0aGlzIGVudHJ5J3Mgb3RoZXIgZmllbGRzIGFuZCBwcmV2SGFzaC4gKi9cbiAgcmVhZG9ubHkgaGFzaDogc3RyaW5nO1xufVxuXG4vKiogVGhlIHJlc3VsdCBvZiBhIG1vdmU6IHRoZSByZXF1ZXN0IGFmdGVyIGl0IGFuZCB0aGUgYXVkaXQgZW50cnkgdGhhdCByZWNvcmRzIGl0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWxlYXNlU3RlcCB7XG4gIC8qKiBUaGUgcmVxdWVzdCBhZnRlciB0aGUgbW92ZS4gKi9cbiAgcmVhZG9ubHkgcmVxdWVzdDogUmVsZWFzZVJlcXVlc3Q7XG4gIC8qKiBUaGUgYXVkaXQgZW50cnkgdG8gYXBwZW5kLiAqL1xuICByZWFkb25seSBhdWRpdDogUmVsZWFzZUF1ZGl0RW50cnk7XG59XG5cbmNvbnN0IFJTID0gUmVsZWFzZVN0YXRlO1xuY29uc3QgUkEgPSBSZWxlYXNlQWN0aW9uO1xuXG4vKiogTGVnYWwgbW92ZXM6IGZyb20gYSBzdGF0ZSwgYW4gYWN0aW9uIGxlYWRzIHRvIGEgc3RhdGUgKEFQUFJPVkUgbWF5IHN0YXkgSU5fUkVWSUVXKS4gKi9cbmNvbnN0IE1PVkVTOiBSZWNvcmQ8UmVsZWFzZVN0YXRlLCBQYXJ0aWFsPFJlY29yZDxSZWxlYXNlQWN0aW9uLCBSZWxlYXNlU3RhdGU+Pj4gPSB7XG4gIFtSUy5EUkFGVF06IHsgW1JBLlNVQk1JVF06IFJTLlNVQk1JVFRFRCB9LFxuICBbUlMuU1VCTUlUVEVEXTogeyBbUkEuU1RBUlRfU0NBTl06IFJTLlNDQU5OSU5HIH0sXG4gIFtSUy5TQ0FOTklOR106IHsgW1JBLlNDQU5fQ0xFQU5dOiBSUy5JTl9SRVZJRVcsIFtSQS5TQ0FOX0JMT0NLRURdOiBSUy5CTE9DS0VEX0JZX1NDQU4gfSxcbiAgW1JTLklOX1JFVklFV106IHsgW1JBLkFQUFJPVkVdOiBSUy5BUFBST1ZFRCwgW1JBLlJFSkVDVF06IFJTLlJFSkVDVEVEIH0sXG4gIFtSUy5BUFBST1ZFRF06IHsgW1JBLlJFVk9LRV06IFJTLlJFVk9LRUQsIFtSQS5SRUxFQVNFXTogUlMuUkVMRUFTRUQgfSxcbiAgW1JTLlJFSkVDVEVEXToge30sXG4gIFtSUy5SRUxFQVNFRF06IHt9LFxuICBbUlMuUkVWT0tFRF06IHt9LFxuICBbUlMuQkxPQ0tFRF9CWV9TQ0FOXToge30sXG59O1xuXG5jb25zdCBSRVFVRVNUX0lEID0gL15bYS16MC05XShbYS16MC05LV17MCw2MX1bYS16MC05XSk/JC87XG5jb25zdCBTSEEyNTYgPSAvXlswLTlhLWZdezY0fSQvO1xuY29uc3QgU0VSVklDRV9BQ1RPUiA9IC9ec3ZjOlthLXowLTldW2EtejAtOS1dezAsMzl9JC87XG5jb25zdCBHRU5FU0lTID0gJzAnLnJlcGVhdCg2NCk7XG5jb25zdCBNQVhfUkVBU09OID0gMjAwMDtcblxuLyoqXG4gKiBUaGUgb3V0cHV0IHJlbGVhc2UgbGlmZWN5Y2xlOiBsZWdhbCBtb3Zlcywgd2hvIG1heSBtYWtlIHRoZW0sIGFuZCB0aGUgaGFzaC1jaGFpbmVkIGF1ZGl0LlxuICpcbiAqIHwgRnJvbSB8IEFjdGlvbiB8IFRvIHwgV2hvIHxcbiAqIHwgLS0tIHwgLS0tIHwgLS0tIHwgLS0tIHxcbiAqIHwg4oCTIHwgY3JlYXRlIHwgRFJBRlQgfCBhIHJlc2VhcmNoZXIgb2YgdGhlIHBlcm1pdCwgaW4gQU5BTFlTSVNfQUNUSVZFIHxcbiAqIHwgRFJBRlQgfCBzdWJtaXQgfCBTVUJNSVRURUQgfCB0aGUgcmVxdWVzdGVyIHxcbiAqIHwgU1VCTUlUVEVEIHwgc3RhcnQtc2NhbiB8IFNDQU5OSU5HIHwgYSBzY2FubmVyIG9yIG9wZXJhdG9yLCBuZXZlciBhIHJlc2VhcmNoZXIgfFxuICogfCBTQ0FOTklORyB8IHNjYW4tY2xlYW4gLyBzY2FuLWJsb2NrZWQgfCBJTl9SRVZJRVcgLyBCTE9DS0VEX0JZX1NDQU4gfCB0aGUgc2FtZSB8XG4gKiB8IElOX1JFVklFVyB8IGFwcHJvdmUgfCBJTl9SRVZJRVcsIHRoZW4gQVBQUk9WRUQgYXQgdGhlIHNlY29uZCBkaWZmZXJlbnQgcmV2aWV3ZXIgfCBhIHJldmlld2VyLCBuZXZlciB0aGUgcmVxdWVzdGVyLCBvbmNlIHxcbiAqIHwgSU5fUkVWSUVXIHwgcmVqZWN0IChyZWFzb24pIHwgUkVKRUNURUQgfCBhIHJldmlld2VyLCBuZXZlciB0aGUgcmVxdWVzdGVyIHxcbiAqIHwgQVBQUk9WRUQgfCByZXZva2UgKHJlYXNvbikgfCBSRVZPS0VEIHwgYSByZXZpZXdlciBvciB0aGUgcmVxdWVzdGVyIHxcbiAqIHwgQVBQUk9WRUQgfCByZWxlYXNlIHwgUkVMRUFTRUQgfCBhbiBvcGVyYXRvciBvciB0aGUgZGVsaXZlcnkgc2VydmljZSwgbmV2ZXIgYSByZXNlYXJjaGVyIHxcbiAqL1xuZXhwb3J0IGNsYXNzIFJlbGVhc2VMaWZlY3ljbGUge1xuICAvKiogQXBwcm92YWxzIGJ5IGRpZmZlcmVudCByZXZpZXdlcnMgYSByZXF1ZXN0IG5lZWRzLiAqL1xuICBwdWJsaWMgc3RhdGljIHJlYWRvbmx5IFJFUVVJUkVEX0FQUFJPVkFMUyA9IDI7XG5cbiAgLyoqIFRoZSBoYXNoIGEgbG9nIHN0YXJ0cyBmcm9tLiAqL1xuICBwdWJsaWMgc3RhdGljIHJlYWRvbmx5IEdFTkVTSVNfSEFTSCA9IEdFTkVTSVM7XG5cbiAgLyoqIEFjdGlvbnMgcG9zc2libGUgZnJvbSBhIHN0YXRlLiAqL1xuICBwdWJsaWMgc3RhdGljIGFsbG93ZWRBY3Rpb25zKHN0YXRlOiBSZWxlYXNlU3RhdGUpOiBSZWxlYXNlQWN0aW9uW10ge1xuICAgIHJldHVybiBPYmplY3Qua2V5cyhNT1ZFU1tzdGF0ZV0pIGFzIFJlbGVhc2VBY3Rpb25bXTtcbiAgfVxuXG4gIC8qKiBXaGV0aGVyIGEgc3RhdGUgaXMgZmluYWwuICovXG4gIHB1YmxpYyBzdGF0aWMgaXNGaW5hbChzdGF0ZTogUmVsZWFzZVN0YXRlKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIFJlbGVhc2VMaWZlY3ljbGUuYWxsb3dlZEFjdGlvbnMoc3RhdGUpLmxlbmd0aCA9PT0gMDtcbiAgfVxuXG4gIC8qKlxuICAgKiBXaGV0aGVyIGEgcmVxdWVzdCdzIGZpbGVzIG1heSBsZWF2ZSBub3c6IEFQUFJPVkVELCB3aXRoIGFwcHJvdmFscyBieSBhdCBsZWFzdCB0d29cbiAgICogZGlmZmVyZW50IHJldmlld2VycyBvZiBgcGFydGljaXBhbnRzYCwgbm9uZSBvZiB0aGVtIHRoZSByZXF1ZXN0ZXIuXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIG1heURlbGl2ZXIocmVxdWVzdDogUmVsZWFzZVJlcXVlc3QsIHBhcnRpY2lwYW50czogUmVsZWFzZVBhcnRpY2lwYW50cyk6IGJvb2xlYW4ge1xuICAgIGlmIChyZXF1ZXN0LnN0YXRlICE9PSBSUy5BUFBST1ZFRCkgcmV0dXJuIGZhbHNlO1xuICAgIGNvbnN0IGFwcHJvdmVycyA9IG5ldyBTZXQocmVxdWVzdC5hcHByb3ZhbHMubWFwKChhKSA9PiBhLnJldmlld2VyKSk7XG4gICAgaWYgKGFwcHJvdmVycy5zaXplICE9PSByZXF1ZXN0LmFwcHJvdmFscy5sZW5ndGggfHwgYXBwcm92ZXJzLnNpemUgPCBSZWxlYXNlTGlmZWN5Y2xlLlJFUVVJUkVEX0FQUFJPVkFMUykgcmV0dXJuIGZhbHNlO1xuICAgIHJldHVybiBbLi4uYXBwcm92ZXJzXS5ldmVyeSgocikgPT4gciAhPT0gcmVxdWVzdC5yZXF1ZXN0ZXIgJiYgcGFydGljaXBhbnRzLnJldmlld2Vycy5pbmNsdWRlcyhyKSAmJiAhcGFydGljaXBhbnRzLnJlc2VhcmNoZXJzLmluY2x1ZGVzKHIpKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBDaGVja3MgYSBwZXJtaXQncyByZWxlYXNlIHNldHRpbmdzOiBhdCBsZWFzdCB0d28gZGlmZmVyZW50IHJldmlld2VycyB3aXRoIHZhbGlkIGxvZ2luXG4gICAqIG5hbWVzLCBub25lIGEgcmVzZWFyY2hlcjsgYSBjb21wbGV0ZSBkZXN0aW5hdGlvbi5cbiAgICogQHBhcmFtIHNldHRpbmdzIHRoZSBzZXR0aW5nc1xuICAgKiBAcGFyYW0gcmVzZWFyY2hlcnMgdGhlIHBlcm1pdCdzIHJlc2VhcmNoZXJzXG4gICAqIEBwYXJhbSB3aGVyZSB0aGUgZmlsZSBvciBjb25zdHJ1Y3QgcGF0aCBmb3IgbWVzc2FnZXNcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgY2hlY2tTZXR0aW5ncyhzZXR0aW5nczogUmVsZWFzZVNldHRpbmdzLCByZXNlYXJjaGVyczogc3RyaW5nW10sIHdoZXJlPzogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3QgZXJyb3JzOiBEaWFnbm9zdGljW10gPSBbXTtcbiAgICBjb25zdCBsb2NhdGlvbiA9IHdoZXJlID8geyBmaWxlOiB3aGVyZSB9IDogdW5kZWZpbmVkO1xuICAgIGNvbnN0IGVyciA9IChjb2RlOiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgdmFsdWU6IHVua25vd24sIGZpeDogc3RyaW5nKSA9PlxuICAgICAgZXJyb3JzLnB1c2gocHJvYmxlbSh7IGNvZGUsIGZpZWxkLCBtZXNzYWdlLCB2YWx1ZSwgZml4LCBsb2NhdGlvbiB9KSk7XG4gICAgY29uc3QgcmV2aWV3ZXJzID0gc2V0dGluZ3MucmV2aWV3ZXJzID8/IFtdO1xuICAgIHJldmlld2Vycy5mb3JFYWNoKChyLCBpKSA9PiB7XG4gICAgICBpZiAoIWlzVmFsaWRQb3NpeE5hbWUocikgfHwgUkVTRVJWRURfTkFNRVMuaGFzKHIpKSBlcnIoJ2ludmFsaWQtbmFtZScsIGByZWxlYXNlLnJldmlld2Vyc1ske2l9XWAsICdub3QgYSB2YWxpZCwgbm9uLXJlc2VydmVkIGxvZ2luIG5hbWUnLCByLCAndXNlIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzLCBcIl9cIiBhbmQgXCItXCIsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXInKTtcbiAgICAgIGlmIChyZXNlYXJjaGVycy5pbmNsdWRlcyhyKSkgZXJyKCdyb2xlLWNvbmZsaWN0JywgYHJlbGVhc2UucmV2aWV3ZXJzWyR7aX1dYCwgYFwiJHtyfVwiIGlzIGEgcmVzZWFyY2hlciBvZiB0aGUgcGVybWl0IGFuZCBjYW5ub3QgY2hlY2sgaXRzIG91dHB1dHNgLCByLCAnbmFtZSBvdXRwdXQgY2hlY2tlcnMgd2hvIGFyZSBub3QgcmVzZWFyY2hlcnMgb24gdGhpcyBwZXJtaXQnKTtcbiAgICB9KTtcbiAgICBpZiAobmV3IFNldChyZXZpZXdlcnMpLnNpemUgPCBSZWxlYXNlTGlmZWN5Y2xlLlJFUVVJUkVEX0FQUFJPVkFMUykge1xuICAgICAgZXJyKCd0b28tZmV3LXJldmlld2VycycsICdyZWxlYXNlLnJldmlld2VycycsIGB0d28gZGlmZmVyZW50IHJldmlld2VycyBtdXN0IGFwcHJvdmUgZXZlcnkgcmVsZWFzZSwgc28gYXQgbGVhc3QgJHtSZWxlYXNlTGlmZWN5Y2xlLlJFUVVJUkVEX0FQUFJPVkFMU30gZGlmZmVyZW50IHBlb3BsZSBhcmUgbmVlZGVkYCwgcmV2aWV3ZXJzLFxuICAgICAgICAnbGlzdCBhdCBsZWFzdCB0d28gb3V0cHV0IGNoZWNrZXJzLCBlLmcuIHJldmlld2VyczogW2hkYWItYmVuLCBoZGFiLWNsZW9dJyk7XG4gICAgfVxuICAgIGNvbnN0IGQgPSBzZXR0aW5ncy5kZXN0aW5hdGlvbjtcbiAgICBpZiAoIWQgfHwgIU9iamVjdC52YWx1ZXMoUmVsZWFzZURlc3RpbmF0aW9uS2luZCkuaW5jbHVkZXMoZC5raW5kKSkge1xuICAgICAgZXJyKCdpbnZhbGlkLWRlc3RpbmF0aW9uJywgJ3JlbGVhc2UuZGVzdGluYXRpb24ua2luZCcsICd1bmtub3duIGRlc3RpbmF0aW9uIGtpbmQnLCBkPy5raW5kLCBgdXNlIG9uZSBvZiAke09iamVjdC52YWx1ZXMoUmVsZWFzZURlc3RpbmF0aW9uS2luZCkuam9pbignLCAnKX1gKTtcbiAgICB9IGVsc2UgaWYgKGQua2luZCA9PT0gUmVsZWFzZURlc3RpbmF0aW9uS2luZC5GT0xERVIpIHtcbiAgICAgIGlmICghZC5wYXRoIHx8ICFkLnBhdGguc3RhcnRzV2l0aCgnLycpIHx8IGQucGF0aC5zcGxpdCgnLycpLmluY2x1ZGVzKCcuLicpKSBlcnIoJ2ludmFsaWQtZGVzdGluYXRpb24nLCAncmVsZWFzZS5kZXN0aW5hdGlvbi5wYXRoJywgJ2EgZm9sZGVyIGRlc3RpbmF0aW9uIG5lZWRzIGFuIGFic29sdXRlIHBhdGggd2l0aG91dCBcIi4uXCInLCBkLnBhdGgsICd3cml0ZSBlLmcuIHBhdGg6IC9zcnYvcmVsZWFzZWQvcC0wMDEnKTtcbiAgICB9IGVsc2UgaWYgKGQua2luZCA9PT0gUmVsZWFzZURlc3RpbmF0aW9uS2luZC5CVUNLRVQpIHtcbiAgICAgIGlmICghZC5idWNrZXQgfHwgIS9eW2EtejAtOV1bYS16MC05Li1dezEsNjF9W2EtejAtOV0kLy50ZXN0KGQuYnVja2V0KSkgZXJyKCdpbnZhbGlkLWRlc3RpbmF0aW9uJywgJ3JlbGVhc2UuZGVzdGluYXRpb24uYnVja2V0JywgJ25vdCBhbiBTMyBidWNrZXQgbmFtZScsIGQuYnVja2V0LCAnd3JpdGUgZS5nLiBidWNrZXQ6IGhkYWItcmVsZWFzZWQtb3V0cHV0cycpO1xuICAgICAgaWYgKGQucHJlZml4ICE9PSB1bmRlZmluZWQgJiYgKGQucHJlZml4LnN0YXJ0c1dpdGgoJy8nKSB8fCBkLnByZWZpeC5zcGxpdCgnLycpLmluY2x1ZGVzKCcuLicpKSkgZXJyKCdpbnZhbGlkLWRlc3RpbmF0aW9uJywgJ3JlbGVhc2UuZGVzdGluYXRpb24ucHJlZml4JywgJ2Ega2V5IHByZWZpeCBtdXN0IGJlIHJlbGF0aXZlIGFuZCB3aXRob3V0IFwiLi5cIicsIGQucHJlZml4LCAnd3JpdGUgZS5nLiBwcmVmaXg6IHAtMDAxLycpO1xuICAgIH0gZWxzZSB7XG4gICAgICBpZiAoIWQuaG9zdCB8fCAhL15bQS1aYS16MC05LjotXSskLy50ZXN0KGQuaG9zdCkpIGVycignaW52YWxpZC1kZXN0aW5hdGlvbicsICdyZWxlYXNlLmRlc3RpbmF0aW9uLmhvc3QnLCAnYW4gU0ZUUCBkZXN0aW5hdGlvbiBuZWVkcyBhIGhvc3QgbmFtZSBvciBhZGRyZXNzJywgZC5ob3N0LCAnd3JpdGUgZS5nLiBob3N0OiBzZnRwLmhkYWIuZXhhbXBsZS5vcmcnKTtcbiAgICAgIGlmICghZC51c2VyIHx8ICFpc1ZhbGlkUG9zaXhOYW1lKGQudXNlcikpIGVycignaW52YWxpZC1kZXN0aW5hdGlvbicsICdyZWxlYXNlLmRlc3RpbmF0aW9uLnVzZXInLCAnYW4gU0ZUUCBkZXN0aW5hdGlvbiBuZWVkcyBhIGxvZ2luIG5hbWUnLCBkLnVzZXIsICd3cml0ZSBlLmcuIHVzZXI6IHJlbGVhc2UtZHJvcCcpO1xuICAgICAgaWYgKGQucG9ydCAhPT0gdW5kZWZpbmVkICYmICghTnVtYmVyLmlzSW50ZWdlcihkLnBvcnQpIHx8IGQucG9ydCA8IDEgfHwgZC5wb3J0ID4gNjU1MzUpKSBlcnIoJ2ludmFsaWQtZGVzdGluYXRpb24nLCAncmVsZWFzZS5kZXN0aW5hdGlvbi5wb3J0JywgJ25vdCBhIFRDUCBwb3J0JywgZC5wb3J0LCAndXNlIDEtNjU1MzUsIG9yIGxlYXZlIGl0IG91dCBmb3IgMjInKTtcbiAgICB9XG4gICAgaWYgKGVycm9ycy5sZW5ndGgpIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKGVycm9ycywgZXJyb3JzLmxlbmd0aCA+IDEgPyBgJHt3aGVyZSA/PyAncmVsZWFzZSBzZXR0aW5ncyd9OiAke2Vycm9ycy5sZW5ndGh9IHByb2JsZW1zYCA6IHVuZGVmaW5lZCk7XG4gIH1cblxuICAvKipcbiAgICogQSBuZXcgcmVxdWVzdCAoRFJBRlQpIGFuZCBpdHMgYXVkaXQgZW50cnkuXG4gICAqIEBwYXJhbSBwcm9wcyB0aGUgcmVxdWVzdFxuICAgKiBAcGFyYW0gcGFydGljaXBhbnRzIHJldmlld2VycyBhbmQgcmVzZWFyY2hlcnNcbiAgICogQHBhcmFtIHByZXZIYXNoIGhhc2ggb2YgdGhlIGxhc3QgZW50cnkgb2YgdGhlIHBlcm1pdCdzIGF1ZGl0IGxvZ1xuICAgKiBAcGFyYW0gc2VxIHBvc2l0aW9uIG9mIHRoZSBuZXcgZW50cnlcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgY3JlYXRlKHByb3BzOiBSZWxlYXNlQ3JlYXRlUHJvcHMsIHBhcnRpY2lwYW50czogUmVsZWFzZVBhcnRpY2lwYW50cywgcHJldkhhc2g6IHN0cmluZywgc2VxOiBudW1iZXIpOiBSZWxlYXNlU3RlcCB7XG4gICAgY29uc3QgYmFkID0gKGNvZGU6IHN0cmluZywgZmllbGQ6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nLCB2YWx1ZTogdW5rbm93biwgZml4OiBzdHJpbmcpOiBuZXZlciA9PiB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7IGNvZGUsIGZpZWxkLCBtZXNzYWdlLCB2YWx1ZSwgZml4LCBsb2NhdGlvbjogeyBmaWxlOiBgcmVsZWFzZSByZXF1ZXN0ICR7cHJvcHMuaWR9YCB9IH0pXSk7XG4gICAgfTtcbiAgICBpZiAoIVJFUVVFU1RfSUQudGVzdChwcm9wcy5pZCkpIGJhZCgnaW52YWxpZC1yZXF1ZXN0LWlkJywgJ2lkJywgJ3JlcXVlc3QgaWQgbXVzdCBiZSAxLTYzIGxvd2VyLWNhc2UgbGV0dGVycywgZGlnaXRzIG9yIGRhc2hlcycsIHByb3BzLmlkLCAndXNlIGUuZy4gcnEtMjAyNjAxMDUtYTFiMmMzJyk7XG4gICAgaWYgKHByb3BzLnBlcm1pdFN0YXR1cyAhPT0gUGVybWl0U3RhdHVzLkFOQUxZU0lTX0FDVElWRSkge1xuICAgICAgYmFkKCdwZXJtaXQtbm90LWFjdGl2ZScsICdwZXJtaXRTdGF0dXMnLCBgcGVybWl0ICR7cHJvcHMucGVybWl0SWR9IGlzICR7cHJvcHMucGVybWl0U3RhdHVzfTogb3V0cHV0cyBjYW4gb25seSBiZSByZXF1ZXN0ZWQgd2hpbGUgdGhlIGFuYWx5c2lzIGlzIGFjdGl2ZWAsIHByb3BzLnBlcm1pdFN0YXR1cyxcbiAgICAgICAgJ3JlcXVlc3QgdGhlIHJlbGVhc2Ugd2hpbGUgdGhlIHBlcm1pdCBpcyBBTkFMWVNJU19BQ1RJVkUnKTtcbiAgICB9XG4gICAgaWYgKCFwYXJ0aWNpcGFudHMucmVzZWFyY2hlcnMuaW5jbHVkZXMocHJvcHMucmVxdWVzdGVyKSkge1xuICAgICAgYmFkKCdub3QtYS1yZXNlYXJjaGVyJywgJ3JlcXVlc3RlcicsIGBcIiR7cHJvcHMucmVxdWVzdGVyfVwiIGlzIG5vdCBhIHJlc2VhcmNoZXIgb2YgcGVybWl0ICR7cHJvcHMucGVybWl0SWR9YCwgcHJvcHMucmVxdWVzdGVyLCBgcmVxdWVzdHMgY29tZSBmcm9tIHRoZSBwZXJtaXQncyByZXNlYXJjaGVyczogJHtwYXJ0aWNpcGFudHMucmVzZWFyY2hlcnMuam9pbignLCAnKX1gKTtcbiAgICB9XG4gICAgaWYgKHByb3BzLmZpbGVzLmxlbmd0aCA9PT0gMCkgYmFkKCduby1maWxlcycsICdmaWxlcycsICdhIHJlcXVlc3QgbmVlZHMgYXQgbGVhc3Qgb25lIGZpbGUnLCBbXSwgJ25hbWUgdGhlIGZpbGVzIGluIG91dHB1dHMgdG8gcmVsZWFzZScpO1xuICAgIGNvbnN0IHNlZW4gPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgICBwcm9wcy5maWxlcy5mb3JFYWNoKChmLCBpKSA9PiB7XG4gICAgICBpZiAoIXNhZmVSZWxhdGl2ZVBhdGgoZi5wYXRoKSkgYmFkKCdpbnZhbGlkLXBhdGgnLCBgZmlsZXNbJHtpfV0ucGF0aGAsICdub3QgYSBwbGFpbiByZWxhdGl2ZSBwYXRoIGluc2lkZSBvdXRwdXRzJywgZi5wYXRoLCAndXNlIGEgcGF0aCByZWxhdGl2ZSB0byB0aGUgb3V0cHV0cyB2b2x1bWUsIHdpdGhvdXQgXCIuLlwiLCBcIi8vXCIgb3IgY29udHJvbCBjaGFyYWN0ZXJzJyk7XG4gICAgICBpZiAoc2Vlbi5oYXMoZi5wYXRoKSkgYmFkKCdkdXBsaWNhdGUtZmlsZScsIGBmaWxlc1ske2l9XS5wYXRoYCwgJ2ZpbGUgbGlzdGVkIHR3aWNlJywgZi5wYXRoLCAnbGlzdCBlYWNoIGZpbGUgb25jZScpO1xuICAgICAgc2Vlbi5hZGQoZi5wYXRoKTtcbiAgICAgIGlmICghU0hBMjU2LnRlc3QoZi5zaGEyNTYpKSBiYWQoJ2ludmFsaWQtaGFzaCcsIGBmaWxlc1ske2l9XS5zaGEyNTZgLCAnbm90IGEgbG93ZXItY2FzZSBoZXggU0hBLTI1NicsIGYuc2hhMjU2LCAncmVjb3JkIHRoZSBTSEEtMjU2IG9mIHRoZSBzbmFwc2hvdCBjb3B5Jyk7XG4gICAgICBpZiAoIU51bWJlci5pc1NhZmVJbnRlZ2VyKGYuc2l6ZSkgfHwgZi5zaXplIDwgMCkgYmFkKCdpbnZhbGlkLXNpemUnLCBgZmlsZXNbJHtpfV0uc2l6ZWAsICdub3QgYSBzaXplIGluIGJ5dGVzJywgZi5zaXplLCAncmVjb3JkIHRoZSBzbmFwc2hvdCBjb3B5XFwncyBzaXplJyk7XG4gICAgfSk7XG4gICAgY29uc3QganVzdGlmaWNhdGlvbiA9IChwcm9wcy5qdXN0aWZpY2F0aW9uID8/ICcnKS50cmltKCk7XG4gICAgaWYgKCFqdXN0aWZpY2F0aW9uKSBiYWQoJ21pc3NpbmctanVzdGlmaWNhdGlvbicsICdqdXN0aWZpY2F0aW9uJywgJ2EgcmVxdWVzdCBuZWVkcyBhIGp1c3RpZmljYXRpb24nLCBwcm9wcy5qdXN0aWZpY2F0aW9uLCAnc2F5IHdoYXQgdGhlIGZpbGVzIGFyZSBhbmQgd2h5IHRoZXkgbWF5IGxlYXZlJyk7XG4gICAgY29uc3QgYXQgPSBwcm9wcy5hdCA/PyBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCk7XG4gICAgY29uc3QgcmVxdWVzdDogUmVsZWFzZVJlcXVlc3QgPSB7XG4gICAgICBpZDogcHJvcHMuaWQsXG4gICAgICBwZXJtaXRJZDogcHJvcHMucGVybWl0SWQsXG4gICAgICByZXF1ZXN0ZXI6IHByb3BzLnJlcXVlc3RlcixcbiAgICAgIHN0YXRlOiBSUy5EUkFGVCxcbiAgICAgIGZpbGVzOiBwcm9wcy5maWxlcy5tYXAoKGYpID0+ICh7IHBhdGg6IGYucGF0aCwgc2l6ZTogZi5zaXplLCBzaGEyNTY6IGYuc2hhMjU2IH0pKSxcbiAgICAgIGp1c3RpZmljYXRpb24sXG4gICAgICBhcHByb3ZhbHM6IFtdLFxuICAgICAgY3JlYXRlZEF0OiBhdCxcbiAgICAgIHVwZGF0ZWRBdDogYXQsXG4gICAgfTtcbiAgICBjb25zdCBhdWRpdCA9IFJlbGVhc2VMaWZlY3ljbGUuYXVkaXRFbnRyeSh7XG4gICAgICBzZXEsXG4gICAgICBhdCxcbiAgICAgIHBlcm1pdElkOiBwcm9wcy5wZXJtaXRJZCxcbiAgICAgIHJlcXVlc3RJZDogcHJvcHMuaWQsXG4gICAgICBhY3Rpb246IFJBLkNSRUFURSxcbiAgICAgIGFjdG9yOiBwcm9wcy5yZXF1ZXN0ZXIsXG4gICAgICB0bzogUlMuRFJBRlQsXG4gICAgICBkZXRhaWw6IGBtYW5pZmVzdCAke1JlbGVhc2VMaWZlY3ljbGUubWFuaWZlc3RIYXNoKHJlcXVlc3QuZmlsZXMpfSAoJHtyZXF1ZXN0LmZpbGVzLmxlbmd0aH0gZmlsZXMpYCxcbiAgICAgIHByZXZIYXNoLFxuICAgICAgaGFzaDogJycsXG4gICAgfSk7XG4gICAgcmV0dXJuIHsgcmVxdWVzdCwgYXVkaXQgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBBcHBsaWVzIGEgbW92ZS4gVGhyb3dzIG9uZSBlcnJvciBuYW1pbmcgdGhlIHJlcXVlc3QsIHRoZSBtb3ZlIGFuZCB0aGUgZml4IHdoZW4gdGhlIG1vdmUgaXNcbiAgICogaWxsZWdhbCBvciB0aGUgYWN0b3IgbWF5IG5vdCBtYWtlIGl0OyBub3RoaW5nIGNoYW5nZXMgdGhlbi5cbiAgICogQHBhcmFtIHJlcXVlc3QgdGhlIHJlcXVlc3Qgbm93XG4gICAqIEBwYXJhbSBtb3ZlIHRoZSBtb3ZlXG4gICAqIEBwYXJhbSBwYXJ0aWNpcGFudHMgcmV2aWV3ZXJzIGFuZCByZXNlYXJjaGVyc1xuICAgKiBAcGFyYW0gcHJldkhhc2ggaGFzaCBvZiB0aGUgbGFzdCBlbnRyeSBvZiB0aGUgcGVybWl0J3MgYXVkaXQgbG9nXG4gICAqIEBwYXJhbSBzZXEgcG9zaXRpb24gb2YgdGhlIG5ldyBlbnRyeVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBhcHBseShyZXF1ZXN0OiBSZWxlYXNlUmVxdWVzdCwgbW92ZTogUmVsZWFzZU1vdmUsIHBhcnRpY2lwYW50czogUmVsZWFzZVBhcnRpY2lwYW50cywgcHJldkhhc2g6IHN0cmluZywgc2VxOiBudW1iZXIpOiBSZWxlYXNlU3RlcCB7XG4gICAgY29uc3Qgd2hlcmUgPSB7IGZpbGU6IGByZWxlYXNlIHJlcXVlc3QgJHtyZXF1ZXN0LmlkfWAgfTtcbiAgICBjb25zdCByZWZ1c2UgPSAoY29kZTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcsIGZpeDogc3RyaW5nKTogbmV2ZXIgPT4ge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oeyBjb2RlLCBmaWVsZDogJ2FjdGlvbicsIHZhbHVlOiBtb3ZlLmFjdGlvbiwgbWVzc2FnZSwgZml4LCBsb2NhdGlvbjogd2hlcmUgfSldKTtcbiAgICB9O1xuICAgIGNvbnN0IGFjdG9yID0gbW92ZS5hY3RvcjtcbiAgICBjb25zdCByZWFzb24gPSB0eXBlb2YgbW92ZS5yZWFzb24gPT09ICdzdHJpbmcnID8gbW92ZS5yZWFzb24udHJpbSgpIHx8IHVuZGVmaW5lZCA6IHVuZGVmaW5lZDtcbiAgICBpZiAoIWlzVmFsaWRQb3NpeE5hbWUoYWN0b3IpICYmICFTRVJWSUNFX0FDVE9SLnRlc3QoYWN0b3IpKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICdpbnZhbGlkLWFjdG9yJyxcbiAgICAgICAgZmllbGQ6ICdhY3RvcicsXG4gICAgICAgIHZhbHVlOiBhY3RvcixcbiAgICAgICAgbWVzc2FnZTogJ25vdCBhIGxvZ2luIG5hbWUgb3IgYSBzZXJ2aWNlIG5hbWUnLFxuICAgICAgICBsb2NhdGlvbjogd2hlcmUsXG4gICAgICAgIGZpeDogJ2dpdmUgdGhlIGxvZ2luIG5hbWUgb2YgdGhlIHBlcnNvbiwgb3Igc3ZjOjxuYW1lPiBmb3IgYSBzZXJ2aWNlIHN1Y2ggYXMgc3ZjOmNsYW1hdicsXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICBpZiAobW92ZS5hY3Rpb24gPT09IFJBLkNSRUFURSkgcmVmdXNlKCdpbGxlZ2FsLXJlbGVhc2UtbW92ZScsIGByZXF1ZXN0ICR7cmVxdWVzdC5pZH0gZXhpc3RzIGFscmVhZHlgLCAnY3JlYXRlIGEgbmV3IHJlcXVlc3Qgd2l0aCBhbm90aGVyIGlkJyk7XG4gICAgbGV0IHRvID0gTU9WRVNbcmVxdWVzdC5zdGF0ZV1bbW92ZS5hY3Rpb25dO1xuICAgIGlmICh0byA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBhbGxvd2VkID0gUmVsZWFzZUxpZmVjeWNsZS5hbGxvd2VkQWN0aW9ucyhyZXF1ZXN0LnN0YXRlKTtcbiAgICAgIHJlZnVzZSgnaWxsZWdhbC1yZWxlYXNlLW1vdmUnLCBgYSByZWxlYXNlIHJlcXVlc3QgY2Fubm90ICR7bW92ZS5hY3Rpb259IGluIHN0YXRlICR7cmVxdWVzdC5zdGF0ZX1gLFxuICAgICAgICBhbGxvd2VkLmxlbmd0aCA/IGBmcm9tICR7cmVxdWVzdC5zdGF0ZX0gdGhlIG5leHQgYWN0aW9uIGlzIG9uZSBvZiAke2FsbG93ZWQuam9pbignLCAnKX1gIDogYCR7cmVxdWVzdC5zdGF0ZX0gaXMgZmluYWw6IG5vdGhpbmcgY2FuIGZvbGxvdyBpdGApO1xuICAgIH1cbiAgICBjb25zdCBpc1Jlc2VhcmNoZXIgPSBwYXJ0aWNpcGFudHMucmVzZWFyY2hlcnMuaW5jbHVkZXMoYWN0b3IpO1xuICAgIGNvbnN0IGlzUmV2aWV3ZXIgPSBwYXJ0aWNpcGFudHMucmV2aWV3ZXJzLmluY2x1ZGVzKGFjdG9yKSAmJiAhaXNSZXNlYXJjaGVyO1xuICAgIGxldCBhcHByb3ZhbHMgPSByZXF1ZXN0LmFwcHJvdmFscztcbiAgICBzd2l0Y2ggKG1vdmUuYWN0aW9uKSB7XG4gICAgICBjYXNlIFJBLlNVQk1JVDpcbiAgICAgICAgaWYgKGFjdG9yICE9PSByZXF1ZXN0LnJlcXVlc3RlcikgcmVmdXNlKCdub3QtYWxsb3dlZCcsIGBvbmx5IHRoZSByZXF1ZXN0ZXIgKCR7cmVxdWVzdC5yZXF1ZXN0ZXJ9KSBtYXkgc3VibWl0IHJlcXVlc3QgJHtyZXF1ZXN0LmlkfSwgbm90ICR7YWN0b3J9YCwgYGxldCAke3JlcXVlc3QucmVxdWVzdGVyfSBzdWJtaXQgaXRgKTtcbiAgICAgICAgYnJlYWs7XG4gICAgICBjYXNlIFJBLlNUQVJUX1NDQU46XG4gICAgICBjYXNlIFJBLlNDQU5fQ0xFQU46XG4gICAgICBjYXNlIFJBLlNDQU5fQkxPQ0tFRDpcbiAgICAgIGNhc2UgUkEuUkVMRUFTRTpcbiAgICAgICAgaWYgKGlzUmVzZWFyY2hlciB8fCBhY3RvciA9PT0gcmVxdWVzdC5yZXF1ZXN0ZXIpIHtcbiAgICAgICAgICByZWZ1c2UoJ25vdC1hbGxvd2VkJywgYGEgcmVzZWFyY2hlciAoJHthY3Rvcn0pIG1heSBub3QgJHttb3ZlLmFjdGlvbn0gYSByZWxlYXNlIHJlcXVlc3RgLCAndGhlIHNjYW5uZXIgc2VydmljZSBvciBhbiBvcGVyYXRvciBvZiB0aGUgZGF0YSBhY2Nlc3MgYm9keSBkb2VzIHRoaXMnKTtcbiAgICAgICAgfVxuICAgICAgICBpZiAobW92ZS5hY3Rpb24gPT09IFJBLlNDQU5fQkxPQ0tFRCAmJiAhcmVhc29uKSByZWZ1c2UoJ21pc3NpbmctcmVhc29uJywgJ2EgYmxvY2tlZCBzY2FuIG5lZWRzIGEgcmVhc29uICh0aGUgZmluZGluZyknLCAnZ2l2ZSB0aGUgc2Nhbm5lclxcJ3MgZmluZGluZyBhcyB0aGUgcmVhc29uJyk7XG4gICAgICAgIGlmIChtb3ZlLmFjdGlvbiA9PT0gUkEuUkVMRUFTRSAmJiAhUmVsZWFzZUxpZmVjeWNsZS5tYXlEZWxpdmVyKHJlcXVlc3QsIHBhcnRpY2lwYW50cykpIHtcbiAgICAgICAgICByZWZ1c2UoJ25vdC1hcHByb3ZlZCcsIGByZXF1ZXN0ICR7cmVxdWVzdC5pZH0gbGFja3MgJHtSZWxlYXNlTGlmZWN5Y2xlLlJFUVVJUkVEX0FQUFJPVkFMU30gYXBwcm92YWxzIGJ5IGRpZmZlcmVudCByZXZpZXdlcnMgb3RoZXIgdGhhbiB0aGUgcmVxdWVzdGVyYCwgJ2hhdmUgdHdvIGRpZmZlcmVudCByZXZpZXdlcnMgYXBwcm92ZSBpdCcpO1xuICAgICAgICB9XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSBSQS5BUFBST1ZFOlxuICAgICAgICBpZiAoYWN0b3IgPT09IHJlcXVlc3QucmVxdWVzdGVyKSByZWZ1c2UoJ25vdC1hbGxvd2VkJywgYCR7YWN0b3J9IHJlcXVlc3RlZCAke3JlcXVlc3QuaWR9IGFuZCBtYXkgbm90IGFwcHJvdmUgaXRgLCAndHdvIG90aGVyIHJldmlld2VycyBtdXN0IGFwcHJvdmUgaXQnKTtcbiAgICAgICAgaWYgKCFpc1Jldmlld2VyKSByZWZ1c2UoJ25vdC1hbGxvd2VkJywgYCR7YWN0b3J9IGlzIG5vdCBhIHJldmlld2VyIG9mIHRoaXMgcGVybWl0J3MgcmVsZWFzZXNgLCBgcmV2aWV3ZXJzOiAke3BhcnRpY2lwYW50cy5yZXZpZXdlcnMuam9pbignLCAnKX1gKTtcbiAgICAgICAgaWYgKGFwcHJvdmFscy5zb21lKChhKSA9PiBhLnJldmlld2VyID09PSBhY3RvcikpIHJlZnVzZSgnYWxyZWFkeS1hcHByb3ZlZCcsIGAke2FjdG9yfSBoYXMgYWxyZWFkeSBhcHByb3ZlZCAke3JlcXVlc3QuaWR9YCwgJ2Egc2Vjb25kLCBkaWZmZXJlbnQgcmV2aWV3ZXIgbXVzdCBhcHByb3ZlIGl0Jyk7XG4gICAgICAgIGFwcHJvdmFscyA9IFsuLi5hcHByb3ZhbHMsIHsgcmV2aWV3ZXI6IGFjdG9yLCBhdDogbW92ZS5hdCA/PyBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCkgfV07XG4gICAgICAgIGlmIChhcHByb3ZhbHMubGVuZ3RoIDwgUmVsZWFzZUxpZmVjeWNsZS5SRVFVSVJFRF9BUFBST1ZBTFMpIHRvID0gUlMuSU5fUkVWSUVXO1xuICAgICAgICBicmVhaztcbiAgICAgIGNhc2UgUkEuUkVKRUNUOlxuICAgICAgICBpZiAoYWN0b3IgPT09IHJlcXVlc3QucmVxdWVzdGVyKSByZWZ1c2UoJ25vdC1hbGxvd2VkJywgYCR7YWN0b3J9IHJlcXVlc3RlZCAke3JlcXVlc3QuaWR9IGFuZCBtYXkgbm90IHJldmlldyBpdGAsICdhIHJldmlld2VyIHJlamVjdHMgaXQnKTtcbiAgICAgICAgaWYgKCFpc1Jldmlld2VyKSByZWZ1c2UoJ25vdC1hbGxvd2VkJywgYCR7YWN0b3J9IGlzIG5vdCBhIHJldmlld2VyIG9mIHRoaXMgcGVybWl0J3MgcmVsZWFzZXNgLCBgcmV2aWV3ZXJzOiAke3BhcnRpY2lwYW50cy5yZXZpZXdlcnMuam9pbignLCAnKX1gKTtcbiAgICAgICAgaWYgKCFyZWFzb24pIHJlZnVzZSgnbWlzc2luZy1yZWFzb24nLCAnYSByZWplY3Rpb24gbmVlZHMgYSByZWFzb24nLCAnc2F5IHdoeSB0aGUgZmlsZXMgbWF5IG5vdCBsZWF2ZSAoLS1yZWFzb24pJyk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgY2FzZSBSQS5SRVZPS0U6XG4gICAgICAgIGlmICghaXNSZXZpZXdlciAmJiBhY3RvciAhPT0gcmVxdWVzdC5yZXF1ZXN0ZXIpIHJlZnVzZSgnbm90LWFsbG93ZWQnLCBgJHthY3Rvcn0gbWF5IG5vdCByZXZva2UgJHtyZXF1ZXN0LmlkfWAsIGBhIHJldmlld2VyICgke3BhcnRpY2lwYW50cy5yZXZpZXdlcnMuam9pbignLCAnKX0pIG9yIHRoZSByZXF1ZXN0ZXIgcmV2b2tlcyBpdGApO1xuICAgICAgICBpZiAoIXJlYXNvbikgcmVmdXNlKCdtaXNzaW5nLXJlYXNvbicsICdhIHJldm9jYXRpb24gbmVlZHMgYSByZWFzb24nLCAnc2F5IHdoeSB0aGUgZmlsZXMgbWF5IG5vIGxvbmdlciBsZWF2ZSAoLS1yZWFzb24pJyk7XG4gICAgICAgIGJyZWFrO1xuICAgICAgZGVmYXVsdDpcbiAgICAgICAgcmVmdXNlKCd1bmtub3duLWFjdGlvbicsICd1bmtub3duIHJlbGVhc2UgYWN0aW9uJywgYHVzZSBvbmUgb2YgJHtPYmplY3QudmFsdWVzKFJlbGVhc2VBY3Rpb24pLmpvaW4oJywgJyl9YCk7XG4gICAgfVxuICAgIGlmIChyZWFzb24gIT09IHVuZGVmaW5lZCAmJiByZWFzb24ubGVuZ3RoID4gTUFYX1JFQVNPTikgcmVmdXNlKCdyZWFzb24tdG9vLWxvbmcnLCBgdGhlIHJlYXNvbiBoYXMgJHtyZWFzb24ubGVuZ3RofSBjaGFyYWN0ZXJzYCwgYGtlZXAgaXQgdW5kZXIgJHtNQVhfUkVBU09OfWApO1xuICAgIGNvbnN0IGF0ID0gbW92ZS5hdCA/PyBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCk7XG4gICAgY29uc3QgbmV4dDogUmVsZWFzZVJlcXVlc3QgPSB7XG4gICAgICAuLi5yZXF1ZXN0LFxuICAgICAgc3RhdGU6IHRvISxcbiAgICAgIGFwcHJvdmFscyxcbiAgICAgIHVwZGF0ZWRBdDogYXQsXG4gICAgICAuLi4ocmVhc29uICYmIFtSQS5SRUpFQ1QsIFJBLlJFVk9LRSwgUkEuU0NBTl9CTE9DS0VEXS5pbmNsdWRlcyhtb3ZlLmFjdGlvbikgPyB7IHJlYXNvbiB9IDoge30pLFxuICAgICAgLi4uKG1vdmUuYWN0aW9uID09PSBSQS5SRUxFQVNFICYmIG1vdmUuZGV0YWlsID8geyByZWxlYXNlZFRvOiBtb3ZlLmRldGFpbCB9IDoge30pLFxuICAgIH07XG4gICAgY29uc3QgYXVkaXQgPSBSZWxlYXNlTGlmZWN5Y2xlLmF1ZGl0RW50cnkoe1xuICAgICAgc2VxLFxuICAgICAgYXQsXG4gICAgICBwZXJtaXRJZDogcmVxdWVzdC5wZXJtaXRJZCxcbiAgICAgIHJlcXVlc3RJZDogcmVxdWVzdC5pZCxcbiAgICAgIGFjdGlvbjogbW92ZS5hY3Rpb24sXG4gICAgICBhY3RvcixcbiAgICAgIGZyb206IHJlcXVlc3Quc3RhdGUsXG4gICAgICB0bzogdG8hLFxuICAgICAgLi4uKHJlYXNvbiA/IHsgcmVhc29uIH0gOiB7fSksXG4gICAgICAuLi4obW92ZS5kZXRhaWwgPyB7IGRldGFpbDogbW92ZS5kZXRhaWwgfSA6IHt9KSxcbiAgICAgIHByZXZIYXNoLFxuICAgICAgaGFzaDogJycsXG4gICAgfSk7XG4gICAgcmV0dXJuIHsgcmVxdWVzdDogbmV4dCwgYXVkaXQgfTtcbiAgfVxuXG4gIC8qKiBTSEEtMjU2IG9mIGEgbWFuaWZlc3Q6IGV2ZXJ5IGZpbGUncyBwYXRoLCBzaXplIGFuZCBoYXNoLCBpbiBwYXRoIG9yZGVyLiAqL1xuICBwdWJsaWMgc3RhdGljIG1hbmlmZXN0SGFzaChmaWxlczogUmVsZWFzZUZpbGVbXSk6IHN0cmluZyB7XG4gICAgY29uc3QgbGluZXMgPSBbLi4uZmlsZXNdLnNvcnQoKGEsIGIpID0+IChhLnBhdGggPCBiLnBhdGggPyAtMSA6IGEucGF0aCA+IGIucGF0aCA/IDEgOiAwKSkubWFwKChmKSA9PiBgJHtmLnNoYTI1Nn0gICR7Zi5zaXplfSAgJHtmLnBhdGh9XFxuYCk7XG4gICAgcmV0dXJuIGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUobGluZXMuam9pbignJykpLmRpZ2VzdCgnaGV4Jyk7XG4gIH1cblxuICAvKipcbiAgICogQW4gYXVkaXQgZW50cnkgd2l0aCBpdHMgaGFzaCBjb21wdXRlZCAodGhlIGdpdmVuIGBoYXNoYCBpcyBpZ25vcmVkKS5cbiAgICogQHBhcmFtIGVudHJ5IHRoZSBlbnRyeVxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBhdWRpdEVudHJ5KGVudHJ5OiBSZWxlYXNlQXVkaXRFbnRyeSk6IFJlbGVhc2VBdWRpdEVudHJ5IHtcbiAgICBjb25zdCB7IGhhc2g6IF9pZ25vcmVkLCAuLi5yZXN0IH0gPSBlbnRyeTtcbiAgICB2b2lkIF9pZ25vcmVkO1xuICAgIHJldHVybiB7IC4uLnJlc3QsIGhhc2g6IFJlbGVhc2VMaWZlY3ljbGUuaGFzaE9mKGVudHJ5KSB9O1xuICB9XG5cbiAgLyoqXG4gICAqIENoZWNrcyBhbiBhdWRpdCBsb2c6IHBvc2l0aW9ucyAxLi5uLCBlYWNoIGVudHJ5J3MgaGFzaCwgZWFjaCBsaW5rIHRvIHRoZSBwcmV2aW91cyBlbnRyeS5cbiAgICogVGhyb3dzIG5hbWluZyB0aGUgZmlyc3QgYnJva2VuIGVudHJ5LlxuICAgKiBAcGFyYW0gZW50cmllcyB0aGUgbG9nLCBvbGRlc3QgZmlyc3RcbiAgICogQHBhcmFtIHdoZXJlIHRoZSBmaWxlIGZvciBtZXNzYWdlc1xuICAgKi9cbiAgcHVibGljIHN0YXRpYyB2ZXJpZnlBdWRpdChlbnRyaWVzOiBSZWxlYXNlQXVkaXRFbnRyeVtdLCB3aGVyZT86IHN0cmluZyk6IHZvaWQge1xuICAgIGxldCBwcmV2ID0gR0VORVNJUztcbiAgICBlbnRyaWVzLmZvckVhY2goKGUsIGkpID0+IHtcbiAgICAgIGNvbnN0IGZhaWwgPSAobWVzc2FnZTogc3RyaW5nKSA9PiB7XG4gICAgICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgICAgICBjb2RlOiAnYXVkaXQtYnJva2VuJyxcbiAgICAgICAgICBmaWVsZDogYGVudHJ5ICR7aSArIDF9YCxcbiAgICAgICAgICB2YWx1ZTogZS5oYXNoLFxuICAgICAgICAgIG1lc3NhZ2UsXG4gICAgICAgICAgbG9jYXRpb246IHdoZXJlID8geyBmaWxlOiB3aGVyZSwgbGluZTogaSArIDEgfSA6IHVuZGVmaW5lZCxcbiAgICAgICAgICBmaXg6ICd0aGUgcmVsZWFzZSBhdWRpdCBsb2cgd2FzIGNoYW5nZWQgYWZ0ZXIgaXQgd2FzIHdyaXR0ZW46IHJlc3RvcmUgaXQgZnJvbSB0aGUgYmFja3VwIGFuZCBpbnZlc3RpZ2F0ZScsXG4gICAgICAgIH0pXSk7XG4gICAgICB9O1xuICAgICAgaWYgKGUuc2VxICE9PSBpICsgMSkgZmFpbChgZW50cnkgJHtpICsgMX0gaGFzIHBvc2l0aW9uICR7ZS5zZXF9YCk7XG4gICAgICBpZiAoZS5wcmV2SGFzaCAhPT0gcHJldikgZmFpbCgnZG9lcyBub3QgbGluayB0byB0aGUgZW50cnkgYmVmb3JlIGl0Jyk7XG4gICAgICBpZiAoUmVsZWFzZUxpZmVjeWNsZS5oYXNoT2YoZSkgIT09IGUuaGFzaCkgZmFpbCgnaXRzIGhhc2ggZG9lcyBub3QgbWF0Y2ggaXRzIGNvbnRlbnQnKTtcbiAgICAgIHByZXYgPSBlLmhhc2g7XG4gICAgfSk7XG4gIH1cblxuICBwcml2YXRlIHN0YXRpYyBoYXNoT2YoZTogUmVsZWFzZUF1ZGl0RW50cnkpOiBzdHJpbmcge1xuICAgIGNvbnN0IGZpZWxkcyA9IFtlLnNlcSwgZS5hdCwgZS5wZXJtaXRJZCwgZS5yZXF1ZXN0SWQsIGUuYWN0aW9uLCBlLmFjdG9yLCBlLmZyb20gPz8gJycsIGUudG8sIGUucmVhc29uID8/ICcnLCBlLmRldGFpbCA/PyAnJywgZS5wcmV2SGFzaF07XG4gICAgcmV0dXJuIGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoSlNPTi5zdHJpbmdpZnkoZmllbGRzKSkuZGlnZXN0KCdoZXgnKTtcbiAgfVxuXG4gIHByaXZhdGUgY29uc3RydWN0b3IoKSB7fVxufVxuXG4vKiogQSByZWxhdGl2ZSBwYXRoIHdpdGggbm8gZW1wdHksIFwiLlwiIG9yIFwiLi5cIiBjb21wb25lbnQgYW5kIG5vIGNvbnRyb2wgY2hhcmFjdGVycy4gKi9cbmZ1bmN0aW9uIHNhZmVSZWxhdGl2ZVBhdGgocDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGlmICh0eXBlb2YgcCAhPT0gJ3N0cmluZycgfHwgcC5sZW5ndGggPT09IDAgfHwgcC5sZW5ndGggPiAxMDI0IHx8IHAuc3RhcnRzV2l0aCgnLycpKSByZXR1cm4gZmFsc2U7XG4gIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1jb250cm9sLXJlZ2V4XG4gIGlmICgvW1xcdTAwMDAtXFx1MDAxZlxcdTAwN2ZcXFxcXS8udGVzdChwKSkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gcC5zcGxpdCgnLycpLmV2ZXJ5KChjKSA9PiBjLmxlbmd0aCA+IDAgJiYgYyAhPT0gJy4nICYmIGMgIT09ICcuLicpO1xufVxuIl19