import { ReleaseAuditEntry, ReleaseCreateProps, ReleaseFile, ReleaseMove, ReleaseParticipants, ReleaseRequest } from '../workspaces/release';
/**
 * The file store of one permit's output release requests (`rws permit release --store DIR`):
 *
 * | path | what | written by |
 * | --- | --- | --- |
 * | `requests/<id>/files/...` | the snapshot (root- or store-owned, read-only) | `rws-release process` in the workspace, or `rws permit release request` |
 * | `requests/<id>/request.json` | requester, justification, files with size and SHA-256 | the same |
 * | `requests/<id>/SHA256SUMS` | the same hashes for `sha256sum -c` | the same |
 * | `state/<id>.json` | the request as recorded (state, approvals, reason) | this store only |
 * | `audit.jsonl` | one hash-chained line per move: who, when, what, why | this store only, append-only |
 * | `.lock` | a folder that exists while one command changes the store | this store |
 *
 * Every change runs under the lock, re-reads the state and the audit (verifying the chain), asks
 * the model (ReleaseLifecycle) whether the move is legal, and appends the audit line before it
 * writes the state: a state change is never without its audit line.
 */
export declare class ReleaseStore {
    readonly root: string;
    readonly permitId: string;
    readonly participants: ReleaseParticipants;
    readonly requestsDir: string;
    readonly stateDir: string;
    readonly auditFile: string;
    private readonly lockDir;
    constructor(root: string, permitId: string, participants: ReleaseParticipants);
    /** The audit log, verified (throws at the first broken line). */
    audit(): ReleaseAuditEntry[];
    /** Every recorded request, oldest first. */
    list(): ReleaseRequest[];
    /** One request; a clear error when it does not exist. */
    get(id: string): ReleaseRequest;
    /** The snapshot folder of a request (what reviewers look at). */
    filesOf(id: string): string;
    /**
     * Records a new request whose snapshot is already in `requests/<id>/` (create, and submit
     * unless `draft`).
     */
    create(props: ReleaseCreateProps, draft?: boolean): Promise<ReleaseRequest>;
    /**
     * Applies a move under the lock. For `release`, `deliver` runs after the model has allowed
     * the move and before it is recorded, still under the lock (so no revoke can slip in between);
     * what it returns is recorded as the destination. When it throws, nothing is recorded.
     */
    move(id: string, move: ReleaseMove, deliver?: (request: ReleaseRequest, files: string) => Promise<string>): Promise<ReleaseRequest>;
    /**
     * Records the requests the workspace's `rws-release` wrote (a `request.json` without a
     * state): each file is hashed again and must match; they enter as DRAFT and are submitted by
     * their requester. Returns the ids adopted and the problems of those that were not.
     */
    adopt(): Promise<{
        adopted: string[];
        refused: string[];
    }>;
    /** The snapshot on disk must be exactly the recorded files, with their sizes and hashes. */
    private checkSnapshot;
    private read;
    /** Appends the audit line (fsynced), then writes the state (atomically). */
    private commit;
    /** Runs `fn` holding the store's lock (a folder; a holder that died is detected by its pid). */
    private locked;
}
/** Regular files below a folder, relative, sorted (links and other kinds listed too, so they are noticed). */
export declare function listFiles(dir: string): string[];
/** SHA-256 of a file, read without following a last link. */
export declare function sha256File(file: string): string;
/**
 * Copies files from an outputs folder into a snapshot folder, as `rws-release process` does:
 * plain relative paths only, no symbolic link anywhere in a path, regular files only, opened
 * with O_NOFOLLOW; the copies are made read-only. Returns the files with size and SHA-256.
 */
export declare function snapshotFiles(outputs: string, rels: string[], dest: string): ReleaseFile[];
/** Makes a snapshot folder read-only: files 0444, folders 0555. */
export declare function sealSnapshot(dir: string): void;
/** Removes a snapshot, sealed or half-made (its sealed folders are made writable first). */
export declare function removeSnapshot(dir: string): void;
