import { PermitStatus } from './permit';
import { ReleaseDestination } from './release-destination';
/**
 * Where an output release request stands. A request snapshots files from a permit's `outputs`
 * volume; they leave only after a clean scan and two approvals by two different reviewers, none
 * of them the requester, and only to the destination the permit names.
 */
export declare enum ReleaseState {
    /** Snapshot taken; not yet submitted by the requester. */
    DRAFT = "DRAFT",
    /** Submitted by the requester; waiting for the scan. */
    SUBMITTED = "SUBMITTED",
    /** A scanner is checking the snapshot. */
    SCANNING = "SCANNING",
    /** Scan clean: reviewers look at the snapshot (read-only) and approve or reject. */
    IN_REVIEW = "IN_REVIEW",
    /** Two different reviewers approved: may be delivered, or revoked before that. */
    APPROVED = "APPROVED",
    /** A reviewer rejected it, with a reason. Final. */
    REJECTED = "REJECTED",
    /** Delivered to the permit's destination. Final. */
    RELEASED = "RELEASED",
    /** Approved, then revoked before delivery, with a reason. Final: nothing leaves. */
    REVOKED = "REVOKED",
    /** The scanner found something, or could not scan a file. Final. */
    BLOCKED_BY_SCAN = "BLOCKED_BY_SCAN"
}
/**
 * A move of a release request.
 */
export declare enum ReleaseAction {
    /** The requester snapshots files from `outputs` (no state before: leads to DRAFT). */
    CREATE = "create",
    /** The requester submits the draft. */
    SUBMIT = "submit",
    /** A scanner (never a researcher) starts checking the snapshot. */
    START_SCAN = "start-scan",
    /** The scanner found nothing: the request goes to review. */
    SCAN_CLEAN = "scan-clean",
    /** The scanner found something or could not scan a file. */
    SCAN_BLOCKED = "scan-blocked",
    /** A reviewer approves (the second different reviewer's approval makes it APPROVED). */
    APPROVE = "approve",
    /** A reviewer rejects, with a reason. */
    REJECT = "reject",
    /** A reviewer or the requester revokes an approved request before delivery, with a reason. */
    REVOKE = "revoke",
    /** The files are delivered to the permit's destination (never by a researcher). */
    RELEASE = "release"
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
export declare class ReleaseLifecycle {
    /** Approvals by different reviewers a request needs. */
    static readonly REQUIRED_APPROVALS = 2;
    /** The hash a log starts from. */
    static readonly GENESIS_HASH: string;
    /** Actions possible from a state. */
    static allowedActions(state: ReleaseState): ReleaseAction[];
    /** Whether a state is final. */
    static isFinal(state: ReleaseState): boolean;
    /**
     * Whether a request's files may leave now: APPROVED, with approvals by at least two
     * different reviewers of `participants`, none of them the requester.
     */
    static mayDeliver(request: ReleaseRequest, participants: ReleaseParticipants): boolean;
    /**
     * Checks a permit's release settings: at least two different reviewers with valid login
     * names, none a researcher; a complete destination.
     * @param settings the settings
     * @param researchers the permit's researchers
     * @param where the file or construct path for messages
     */
    static checkSettings(settings: ReleaseSettings, researchers: string[], where?: string): void;
    /**
     * A new request (DRAFT) and its audit entry.
     * @param props the request
     * @param participants reviewers and researchers
     * @param prevHash hash of the last entry of the permit's audit log
     * @param seq position of the new entry
     */
    static create(props: ReleaseCreateProps, participants: ReleaseParticipants, prevHash: string, seq: number): ReleaseStep;
    /**
     * Applies a move. Throws one error naming the request, the move and the fix when the move is
     * illegal or the actor may not make it; nothing changes then.
     * @param request the request now
     * @param move the move
     * @param participants reviewers and researchers
     * @param prevHash hash of the last entry of the permit's audit log
     * @param seq position of the new entry
     */
    static apply(request: ReleaseRequest, move: ReleaseMove, participants: ReleaseParticipants, prevHash: string, seq: number): ReleaseStep;
    /** SHA-256 of a manifest: every file's path, size and hash, in path order. */
    static manifestHash(files: ReleaseFile[]): string;
    /**
     * An audit entry with its hash computed (the given `hash` is ignored).
     * @param entry the entry
     */
    static auditEntry(entry: ReleaseAuditEntry): ReleaseAuditEntry;
    /**
     * Checks an audit log: positions 1..n, each entry's hash, each link to the previous entry.
     * Throws naming the first broken entry.
     * @param entries the log, oldest first
     * @param where the file for messages
     */
    static verifyAudit(entries: ReleaseAuditEntry[], where?: string): void;
    private static hashOf;
    private constructor();
}
