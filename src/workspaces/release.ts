import * as crypto from 'crypto';
import { Diagnostic } from './errors';
import { PermitStatus } from './permit';
import { problem, WorkspaceInputError } from './private/error';
import { isValidPosixName, RESERVED_NAMES } from './private/posix';
import { ReleaseDestination, ReleaseDestinationKind } from './release-destination';

/**
 * Where an output release request stands. A request snapshots files from a permit's `outputs`
 * volume; they leave only after a clean scan and two approvals by two different reviewers, none
 * of them the requester, and only to the destination the permit names.
 */
export enum ReleaseState {
  /** Snapshot taken; not yet submitted by the requester. */
  DRAFT = 'DRAFT',
  /** Submitted by the requester; waiting for the scan. */
  SUBMITTED = 'SUBMITTED',
  /** A scanner is checking the snapshot. */
  SCANNING = 'SCANNING',
  /** Scan clean: reviewers look at the snapshot (read-only) and approve or reject. */
  IN_REVIEW = 'IN_REVIEW',
  /** Two different reviewers approved: may be delivered, or revoked before that. */
  APPROVED = 'APPROVED',
  /** A reviewer rejected it, with a reason. Final. */
  REJECTED = 'REJECTED',
  /** Delivered to the permit's destination. Final. */
  RELEASED = 'RELEASED',
  /** Approved, then revoked before delivery, with a reason. Final: nothing leaves. */
  REVOKED = 'REVOKED',
  /** The scanner found something, or could not scan a file. Final. */
  BLOCKED_BY_SCAN = 'BLOCKED_BY_SCAN',
}

/**
 * A move of a release request.
 */
export enum ReleaseAction {
  /** The requester snapshots files from `outputs` (no state before: leads to DRAFT). */
  CREATE = 'create',
  /** The requester submits the draft. */
  SUBMIT = 'submit',
  /** A scanner (never a researcher) starts checking the snapshot. */
  START_SCAN = 'start-scan',
  /** The scanner found nothing: the request goes to review. */
  SCAN_CLEAN = 'scan-clean',
  /** The scanner found something or could not scan a file. */
  SCAN_BLOCKED = 'scan-blocked',
  /** A reviewer approves (the second different reviewer's approval makes it APPROVED). */
  APPROVE = 'approve',
  /** A reviewer rejects, with a reason. */
  REJECT = 'reject',
  /** A reviewer or the requester revokes an approved request before delivery, with a reason. */
  REVOKE = 'revoke',
  /** The files are delivered to the permit's destination (never by a researcher). */
  RELEASE = 'release',
}

/**
 * The output release settings of a permit (`release:` in the permit file).
 */
export interface ReleaseSettings {
  /** Output checkers: at least two different people, none of them a researcher of the permit. */
  readonly reviewers: string[];
  /** Where released files are delivered. */
  readonly destination: ReleaseDestination;
}

/**
 * Who takes part in a permit's releases: the settings' reviewers and the permit's researchers.
 */
export interface ReleaseParticipants {
  /** Reviewers allowed to approve, reject and revoke. */
  readonly reviewers: string[];
  /** Researchers of the permit: they may request and revoke their own, never approve, scan or release. */
  readonly researchers: string[];
}

/** One file of a request's snapshot. */
export interface ReleaseFile {
  /** Path relative to the outputs volume (and to the snapshot's `files/` folder). */
  readonly path: string;
  /** Size in bytes. */
  readonly size: number;
  /** SHA-256 of the content (lower-case hex). */
  readonly sha256: string;
}

/** One approval. */
export interface ReleaseApproval {
  /** Reviewer login name. */
  readonly reviewer: string;
  /** When (ISO 8601). */
  readonly at: string;
}

/** A release request as recorded. */
export interface ReleaseRequest {
  /** Request id (lower-case letters, digits, dashes). */
  readonly id: string;
  /** Permit id. */
  readonly permitId: string;
  /** Researcher who asked for the release. */
  readonly requester: string;
  /** Current state. */
  readonly state: ReleaseState;
  /** The snapshot's files. */
  readonly files: ReleaseFile[];
  /** Why the requester wants the files out. */
  readonly justification: string;
  /** Approvals so far (different reviewers, never the requester). */
  readonly approvals: ReleaseApproval[];
  /** When the request was created (ISO 8601). */
  readonly createdAt: string;
  /** When it last moved (ISO 8601). */
  readonly updatedAt: string;
  /**
   * Reason of a rejection, revocation or scan block.
   * @default - none
   */
  readonly reason?: string;
  /**
   * Where the files went (RELEASED only).
   * @default - not released
   */
  readonly releasedTo?: string;
}

/** A move someone asks for. */
export interface ReleaseMove {
  /** The action. */
  readonly action: ReleaseAction;
  /** Who (a login name, or `svc:<name>` for a service such as a scanner). */
  readonly actor: string;
  /**
   * When (ISO 8601).
   * @default - now
   */
  readonly at?: string;
  /**
   * Why: required for reject, revoke and scan-blocked.
   * @default - none
   */
  readonly reason?: string;
  /**
   * What else to record (a scanner's name and verdict, a destination).
   * @default - none
   */
  readonly detail?: string;
}

/** What a new request holds. */
export interface ReleaseCreateProps {
  /** Request id (1-63 lower-case letters, digits, dashes). */
  readonly id: string;
  /** Permit id. */
  readonly permitId: string;
  /** The permit's status now: requests are made only in ANALYSIS_ACTIVE. */
  readonly permitStatus: PermitStatus;
  /** The researcher asking. */
  readonly requester: string;
  /** The snapshot's files. */
  readonly files: ReleaseFile[];
  /** Why. */
  readonly justification: string;
  /**
   * When (ISO 8601).
   * @default - now
   */
  readonly at?: string;
}

/** One line of a permit's release audit log: who did what, when and why. Hash-chained. */
export interface ReleaseAuditEntry {
  /** 1-based position in the log. */
  readonly seq: number;
  /** When (ISO 8601). */
  readonly at: string;
  /** Permit id. */
  readonly permitId: string;
  /** Request id. */
  readonly requestId: string;
  /** The action. */
  readonly action: string;
  /** Who. */
  readonly actor: string;
  /**
   * State before (absent for create).
   * @default - none
   */
  readonly from?: string;
  /** State after. */
  readonly to: string;
  /**
   * Why.
   * @default - none
   */
  readonly reason?: string;
  /**
   * What else (the snapshot's manifest hash at create, the destination at release).
   * @default - none
   */
  readonly detail?: string;
  /** Hash of the previous entry (64 zeros for the first). */
  readonly prevHash: string;
  /** SHA-256 over this entry's other fields and prevHash. */
  readonly hash: string;
}

/** The result of a move: the request after it and the audit entry that records it. */
export interface ReleaseStep {
  /** The request after the move. */
  readonly request: ReleaseRequest;
  /** The audit entry to append. */
  readonly audit: ReleaseAuditEntry;
}

const RS = ReleaseState;
const RA = ReleaseAction;

/** Legal moves: from a state, an action leads to a state (APPROVE may stay IN_REVIEW). */
const MOVES: Record<ReleaseState, Partial<Record<ReleaseAction, ReleaseState>>> = {
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
export class ReleaseLifecycle {
  /** Approvals by different reviewers a request needs. */
  public static readonly REQUIRED_APPROVALS = 2;

  /** The hash a log starts from. */
  public static readonly GENESIS_HASH = GENESIS;

  /** Actions possible from a state. */
  public static allowedActions(state: ReleaseState): ReleaseAction[] {
    return Object.keys(MOVES[state]) as ReleaseAction[];
  }

  /** Whether a state is final. */
  public static isFinal(state: ReleaseState): boolean {
    return ReleaseLifecycle.allowedActions(state).length === 0;
  }

  /**
   * Whether a request's files may leave now: APPROVED, with approvals by at least two
   * different reviewers of `participants`, none of them the requester.
   */
  public static mayDeliver(request: ReleaseRequest, participants: ReleaseParticipants): boolean {
    if (request.state !== RS.APPROVED) return false;
    const approvers = new Set(request.approvals.map((a) => a.reviewer));
    if (approvers.size !== request.approvals.length || approvers.size < ReleaseLifecycle.REQUIRED_APPROVALS) return false;
    return [...approvers].every((r) => r !== request.requester && participants.reviewers.includes(r) && !participants.researchers.includes(r));
  }

  /**
   * Checks a permit's release settings: at least two different reviewers with valid login
   * names, none a researcher; a complete destination.
   * @param settings the settings
   * @param researchers the permit's researchers
   * @param where the file or construct path for messages
   */
  public static checkSettings(settings: ReleaseSettings, researchers: string[], where?: string): void {
    const errors: Diagnostic[] = [];
    const location = where ? { file: where } : undefined;
    const err = (code: string, field: string, message: string, value: unknown, fix: string) =>
      errors.push(problem({ code, field, message, value, fix, location }));
    const reviewers = settings.reviewers ?? [];
    reviewers.forEach((r, i) => {
      if (!isValidPosixName(r) || RESERVED_NAMES.has(r)) err('invalid-name', `release.reviewers[${i}]`, 'not a valid, non-reserved login name', r, 'use lower-case letters, digits, "_" and "-", starting with a letter');
      if (researchers.includes(r)) err('role-conflict', `release.reviewers[${i}]`, `"${r}" is a researcher of the permit and cannot check its outputs`, r, 'name output checkers who are not researchers on this permit');
    });
    if (new Set(reviewers).size < ReleaseLifecycle.REQUIRED_APPROVALS) {
      err('too-few-reviewers', 'release.reviewers', `two different reviewers must approve every release, so at least ${ReleaseLifecycle.REQUIRED_APPROVALS} different people are needed`, reviewers,
        'list at least two output checkers, e.g. reviewers: [hdab-ben, hdab-cleo]');
    }
    const d = settings.destination;
    if (!d || !Object.values(ReleaseDestinationKind).includes(d.kind)) {
      err('invalid-destination', 'release.destination.kind', 'unknown destination kind', d?.kind, `use one of ${Object.values(ReleaseDestinationKind).join(', ')}`);
    } else if (d.kind === ReleaseDestinationKind.FOLDER) {
      if (!d.path || !d.path.startsWith('/') || d.path.split('/').includes('..')) err('invalid-destination', 'release.destination.path', 'a folder destination needs an absolute path without ".."', d.path, 'write e.g. path: /srv/released/p-001');
    } else if (d.kind === ReleaseDestinationKind.BUCKET) {
      if (!d.bucket || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(d.bucket)) err('invalid-destination', 'release.destination.bucket', 'not an S3 bucket name', d.bucket, 'write e.g. bucket: hdab-released-outputs');
      if (d.prefix !== undefined && (d.prefix.startsWith('/') || d.prefix.split('/').includes('..'))) err('invalid-destination', 'release.destination.prefix', 'a key prefix must be relative and without ".."', d.prefix, 'write e.g. prefix: p-001/');
    } else {
      if (!d.host || !/^[A-Za-z0-9.:-]+$/.test(d.host)) err('invalid-destination', 'release.destination.host', 'an SFTP destination needs a host name or address', d.host, 'write e.g. host: sftp.hdab.example.org');
      if (!d.user || !isValidPosixName(d.user)) err('invalid-destination', 'release.destination.user', 'an SFTP destination needs a login name', d.user, 'write e.g. user: release-drop');
      if (d.port !== undefined && (!Number.isInteger(d.port) || d.port < 1 || d.port > 65535)) err('invalid-destination', 'release.destination.port', 'not a TCP port', d.port, 'use 1-65535, or leave it out for 22');
    }
    if (errors.length) throw new WorkspaceInputError(errors, errors.length > 1 ? `${where ?? 'release settings'}: ${errors.length} problems` : undefined);
  }

  /**
   * A new request (DRAFT) and its audit entry.
   * @param props the request
   * @param participants reviewers and researchers
   * @param prevHash hash of the last entry of the permit's audit log
   * @param seq position of the new entry
   */
  public static create(props: ReleaseCreateProps, participants: ReleaseParticipants, prevHash: string, seq: number): ReleaseStep {
    const bad = (code: string, field: string, message: string, value: unknown, fix: string): never => {
      throw new WorkspaceInputError([problem({ code, field, message, value, fix, location: { file: `release request ${props.id}` } })]);
    };
    if (!REQUEST_ID.test(props.id)) bad('invalid-request-id', 'id', 'request id must be 1-63 lower-case letters, digits or dashes', props.id, 'use e.g. rq-20260105-a1b2c3');
    if (props.permitStatus !== PermitStatus.ANALYSIS_ACTIVE) {
      bad('permit-not-active', 'permitStatus', `permit ${props.permitId} is ${props.permitStatus}: outputs can only be requested while the analysis is active`, props.permitStatus,
        'request the release while the permit is ANALYSIS_ACTIVE');
    }
    if (!participants.researchers.includes(props.requester)) {
      bad('not-a-researcher', 'requester', `"${props.requester}" is not a researcher of permit ${props.permitId}`, props.requester, `requests come from the permit's researchers: ${participants.researchers.join(', ')}`);
    }
    if (props.files.length === 0) bad('no-files', 'files', 'a request needs at least one file', [], 'name the files in outputs to release');
    const seen = new Set<string>();
    props.files.forEach((f, i) => {
      if (!safeRelativePath(f.path)) bad('invalid-path', `files[${i}].path`, 'not a plain relative path inside outputs', f.path, 'use a path relative to the outputs volume, without "..", "//" or control characters');
      if (seen.has(f.path)) bad('duplicate-file', `files[${i}].path`, 'file listed twice', f.path, 'list each file once');
      seen.add(f.path);
      if (!SHA256.test(f.sha256)) bad('invalid-hash', `files[${i}].sha256`, 'not a lower-case hex SHA-256', f.sha256, 'record the SHA-256 of the snapshot copy');
      if (!Number.isSafeInteger(f.size) || f.size < 0) bad('invalid-size', `files[${i}].size`, 'not a size in bytes', f.size, 'record the snapshot copy\'s size');
    });
    const justification = (props.justification ?? '').trim();
    if (!justification) bad('missing-justification', 'justification', 'a request needs a justification', props.justification, 'say what the files are and why they may leave');
    const at = props.at ?? new Date().toISOString();
    const request: ReleaseRequest = {
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
  public static apply(request: ReleaseRequest, move: ReleaseMove, participants: ReleaseParticipants, prevHash: string, seq: number): ReleaseStep {
    const where = { file: `release request ${request.id}` };
    const refuse = (code: string, message: string, fix: string): never => {
      throw new WorkspaceInputError([problem({ code, field: 'action', value: move.action, message, fix, location: where })]);
    };
    const actor = move.actor;
    const reason = typeof move.reason === 'string' ? move.reason.trim() || undefined : undefined;
    if (!isValidPosixName(actor) && !SERVICE_ACTOR.test(actor)) {
      throw new WorkspaceInputError([problem({
        code: 'invalid-actor',
        field: 'actor',
        value: actor,
        message: 'not a login name or a service name',
        location: where,
        fix: 'give the login name of the person, or svc:<name> for a service such as svc:clamav',
      })]);
    }
    if (move.action === RA.CREATE) refuse('illegal-release-move', `request ${request.id} exists already`, 'create a new request with another id');
    let to = MOVES[request.state][move.action];
    if (to === undefined) {
      const allowed = ReleaseLifecycle.allowedActions(request.state);
      refuse('illegal-release-move', `a release request cannot ${move.action} in state ${request.state}`,
        allowed.length ? `from ${request.state} the next action is one of ${allowed.join(', ')}` : `${request.state} is final: nothing can follow it`);
    }
    const isResearcher = participants.researchers.includes(actor);
    const isReviewer = participants.reviewers.includes(actor) && !isResearcher;
    let approvals = request.approvals;
    switch (move.action) {
      case RA.SUBMIT:
        if (actor !== request.requester) refuse('not-allowed', `only the requester (${request.requester}) may submit request ${request.id}, not ${actor}`, `let ${request.requester} submit it`);
        break;
      case RA.START_SCAN:
      case RA.SCAN_CLEAN:
      case RA.SCAN_BLOCKED:
      case RA.RELEASE:
        if (isResearcher || actor === request.requester) {
          refuse('not-allowed', `a researcher (${actor}) may not ${move.action} a release request`, 'the scanner service or an operator of the data access body does this');
        }
        if (move.action === RA.SCAN_BLOCKED && !reason) refuse('missing-reason', 'a blocked scan needs a reason (the finding)', 'give the scanner\'s finding as the reason');
        if (move.action === RA.RELEASE && !ReleaseLifecycle.mayDeliver(request, participants)) {
          refuse('not-approved', `request ${request.id} lacks ${ReleaseLifecycle.REQUIRED_APPROVALS} approvals by different reviewers other than the requester`, 'have two different reviewers approve it');
        }
        break;
      case RA.APPROVE:
        if (actor === request.requester) refuse('not-allowed', `${actor} requested ${request.id} and may not approve it`, 'two other reviewers must approve it');
        if (!isReviewer) refuse('not-allowed', `${actor} is not a reviewer of this permit's releases`, `reviewers: ${participants.reviewers.join(', ')}`);
        if (approvals.some((a) => a.reviewer === actor)) refuse('already-approved', `${actor} has already approved ${request.id}`, 'a second, different reviewer must approve it');
        approvals = [...approvals, { reviewer: actor, at: move.at ?? new Date().toISOString() }];
        if (approvals.length < ReleaseLifecycle.REQUIRED_APPROVALS) to = RS.IN_REVIEW;
        break;
      case RA.REJECT:
        if (actor === request.requester) refuse('not-allowed', `${actor} requested ${request.id} and may not review it`, 'a reviewer rejects it');
        if (!isReviewer) refuse('not-allowed', `${actor} is not a reviewer of this permit's releases`, `reviewers: ${participants.reviewers.join(', ')}`);
        if (!reason) refuse('missing-reason', 'a rejection needs a reason', 'say why the files may not leave (--reason)');
        break;
      case RA.REVOKE:
        if (!isReviewer && actor !== request.requester) refuse('not-allowed', `${actor} may not revoke ${request.id}`, `a reviewer (${participants.reviewers.join(', ')}) or the requester revokes it`);
        if (!reason) refuse('missing-reason', 'a revocation needs a reason', 'say why the files may no longer leave (--reason)');
        break;
      default:
        refuse('unknown-action', 'unknown release action', `use one of ${Object.values(ReleaseAction).join(', ')}`);
    }
    if (reason !== undefined && reason.length > MAX_REASON) refuse('reason-too-long', `the reason has ${reason.length} characters`, `keep it under ${MAX_REASON}`);
    const at = move.at ?? new Date().toISOString();
    const next: ReleaseRequest = {
      ...request,
      state: to!,
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
      to: to!,
      ...(reason ? { reason } : {}),
      ...(move.detail ? { detail: move.detail } : {}),
      prevHash,
      hash: '',
    });
    return { request: next, audit };
  }

  /** SHA-256 of a manifest: every file's path, size and hash, in path order. */
  public static manifestHash(files: ReleaseFile[]): string {
    const lines = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${f.sha256}  ${f.size}  ${f.path}\n`);
    return crypto.createHash('sha256').update(lines.join('')).digest('hex');
  }

  /**
   * An audit entry with its hash computed (the given `hash` is ignored).
   * @param entry the entry
   */
  public static auditEntry(entry: ReleaseAuditEntry): ReleaseAuditEntry {
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
  public static verifyAudit(entries: ReleaseAuditEntry[], where?: string): void {
    let prev = GENESIS;
    entries.forEach((e, i) => {
      const fail = (message: string) => {
        throw new WorkspaceInputError([problem({
          code: 'audit-broken',
          field: `entry ${i + 1}`,
          value: e.hash,
          message,
          location: where ? { file: where, line: i + 1 } : undefined,
          fix: 'the release audit log was changed after it was written: restore it from the backup and investigate',
        })]);
      };
      if (e.seq !== i + 1) fail(`entry ${i + 1} has position ${e.seq}`);
      if (e.prevHash !== prev) fail('does not link to the entry before it');
      if (ReleaseLifecycle.hashOf(e) !== e.hash) fail('its hash does not match its content');
      prev = e.hash;
    });
  }

  private static hashOf(e: ReleaseAuditEntry): string {
    const fields = [e.seq, e.at, e.permitId, e.requestId, e.action, e.actor, e.from ?? '', e.to, e.reason ?? '', e.detail ?? '', e.prevHash];
    return crypto.createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  }

  private constructor() {}
}

/** A relative path with no empty, "." or ".." component and no control characters. */
function safeRelativePath(p: string): boolean {
  if (typeof p !== 'string' || p.length === 0 || p.length > 1024 || p.startsWith('/')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(p)) return false;
  return p.split('/').every((c) => c.length > 0 && c !== '.' && c !== '..');
}
