import type { Redis } from 'ioredis';
/**
 * The permit service's state in Redis. Every key starts with the prefix (default `rws:`):
 *
 * | key | type | what |
 * | --- | --- | --- |
 * | `permits` | sorted set | permit ids, scored by last update (ms) |
 * | `permit:{id}` | hash | status, previousStatus, eventId, event, updatedAt, permit (JSON data), plan (JSON summary of the last plan), connection (JSON, never a password), failed (reason, empty when healthy), applying (JSON: the event in progress) |
 * | `permit:{id}:history` | list | one JSON entry per applied event: eventId, event, from, to, at, worker, mode, plan counts |
 * | `permit:{id}:errors` | list | one JSON entry per refused or failed event: eventId, code, reason, at |
 * | `permit:{id}:events` | hash | eventId -> outcome (applied, replay, refused, failed): the dedupe record |
 * | `permit:{id}:lease` | string | `<worker> <token>` while a worker works on the permit (PX lease) |
 * | `permit:{id}:fence` | counter | the fencing tokens of the lease |
 * | `audit` | stream | one entry per applied, refused or failed event (who, what, plan summary, outcome) |
 * | `workers` | sorted set | worker ids by last heartbeat (ms) |
 * | `metrics` | hash | counters: events_applied, events_duplicate, events_dead_lettered, events_failed, plans_refused, release_moves, retries |
 */
/** The key names under a prefix. */
export declare class Keys {
    readonly prefix: string;
    constructor(prefix?: string);
    permits(): string;
    permit(id: string): string;
    history(id: string): string;
    errors(id: string): string;
    events(id: string): string;
    lease(id: string): string;
    fence(id: string): string;
    audit(): string;
    workers(): string;
    workerClaims(): string;
    metrics(): string;
}
/** The stored state of one permit (the hash, parsed). */
export interface PermitState {
    readonly permitId: string;
    readonly status?: string;
    readonly previousStatus?: string;
    readonly eventId?: string;
    readonly event?: string;
    readonly updatedAt?: string;
    readonly permit?: any;
    readonly plan?: any;
    readonly connection?: any;
    readonly protectedResources?: string[];
    readonly failed?: string;
    readonly applying?: any;
}
/** What one commit writes. */
export interface Commit {
    readonly fields: Record<string, string>;
    readonly history?: object;
    readonly error?: object;
    readonly eventId: string;
    readonly outcome: string;
    readonly audit: Record<string, string>;
    readonly metric: string;
}
/** Redis access of the worker and the API. */
export declare class StateStore {
    readonly redis: Redis;
    readonly keys: Keys;
    constructor(redis: Redis, keys?: Keys);
    /** Takes the permit's lease; returns the fencing token, or 0 when another worker holds it. */
    acquire(permitId: string, worker: string, ttlMs: number): Promise<number>;
    /** Extends the lease; false when it was lost (expired and taken, or deleted). */
    renew(permitId: string, leaseValue: string, ttlMs: number): Promise<boolean>;
    /** Gives the lease back (only if still ours). */
    release(permitId: string, leaseValue: string): Promise<void>;
    /** Who holds the lease, or null. */
    leaseHolder(permitId: string): Promise<string | null>;
    /** The recorded outcome of an event id, or null when it was never processed. */
    outcomeOf(permitId: string, eventId: string): Promise<string | null>;
    /** The permit's state, or undefined when the service has never seen it. */
    get(permitId: string): Promise<PermitState | undefined>;
    /** Marks the event in progress (fenced by the lease). */
    markApplying(permitId: string, leaseValue: string, applying: object): Promise<boolean>;
    /**
     * Writes the result of one event atomically, only while `leaseValue` still holds the lease
     * (fencing: a worker that lost its lease cannot overwrite a newer state). False when lost.
     */
    commit(permitId: string, leaseValue: string, c: Commit): Promise<boolean>;
    /** Adds one to a counter of the metrics hash. */
    count(metric: string, by?: number): Promise<void>;
    /** History entries of a permit, oldest first. */
    history(permitId: string): Promise<any[]>;
    /** Error entries of a permit, oldest first. */
    errors(permitId: string): Promise<any[]>;
    /** Permit ids, most recently updated first. */
    list(offset: number, count: number): Promise<string[]>;
    /** Records a worker's heartbeat and returns how many workers beat within `aliveMs`. */
    heartbeat(worker: string, aliveMs: number, claims?: number): Promise<{
        alive: number;
        claims: number[];
    }>;
    /** Removes a worker from the registry (clean shutdown). */
    leave(worker: string): Promise<void>;
}
