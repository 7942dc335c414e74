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
export class Keys {
  constructor(public readonly prefix: string = 'rws:') {}
  public permits(): string { return `${this.prefix}permits`; }
  public permit(id: string): string { return `${this.prefix}permit:{${id}}`; }
  public history(id: string): string { return `${this.permit(id)}:history`; }
  public errors(id: string): string { return `${this.permit(id)}:errors`; }
  public events(id: string): string { return `${this.permit(id)}:events`; }
  public lease(id: string): string { return `${this.permit(id)}:lease`; }
  public fence(id: string): string { return `${this.permit(id)}:fence`; }
  public audit(): string { return `${this.prefix}audit`; }
  public workers(): string { return `${this.prefix}workers`; }
  public workerClaims(): string { return `${this.prefix}workers:claims`; }
  public metrics(): string { return `${this.prefix}metrics`; }
}

const ACQUIRE = `
local t = redis.call('INCR', KEYS[2])
if redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. t, 'NX', 'PX', ARGV[2]) then return t end
return 0`;
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
// KEYS: lease, permit, history, errors, events, audit, permits, metrics
// ARGV: lease value, hash fields (JSON object; "" deletes), history entry or "", error entry or "",
//       eventId, outcome, audit fields (JSON flat object), now ms, metric to increment
const COMMIT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local fields = cjson.decode(ARGV[2])
for k, v in pairs(fields) do
  if v == '' then redis.call('HDEL', KEYS[2], k) else redis.call('HSET', KEYS[2], k, v) end
end
if ARGV[3] ~= '' then redis.call('RPUSH', KEYS[3], ARGV[3]) end
if ARGV[4] ~= '' then redis.call('RPUSH', KEYS[4], ARGV[4]) end
redis.call('HSET', KEYS[5], ARGV[5], ARGV[6])
local audit = cjson.decode(ARGV[7])
local flat = {}
for k, v in pairs(audit) do table.insert(flat, k); table.insert(flat, v) end
redis.call('XADD', KEYS[6], '*', unpack(flat))
redis.call('ZADD', KEYS[7], ARGV[8], ARGV[10])
redis.call('HINCRBY', KEYS[8], ARGV[9], 1)
return 1`;

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
export class StateStore {
  constructor(public readonly redis: Redis, public readonly keys: Keys = new Keys()) {
    redis.defineCommand('rwsAcquire', { numberOfKeys: 2, lua: ACQUIRE });
    redis.defineCommand('rwsRenew', { numberOfKeys: 1, lua: RENEW });
    redis.defineCommand('rwsRelease', { numberOfKeys: 1, lua: RELEASE });
    redis.defineCommand('rwsCommit', { numberOfKeys: 8, lua: COMMIT });
  }

  /** Takes the permit's lease; returns the fencing token, or 0 when another worker holds it. */
  public async acquire(permitId: string, worker: string, ttlMs: number): Promise<number> {
    return Number(await (this.redis as any).rwsAcquire(this.keys.lease(permitId), this.keys.fence(permitId), worker, ttlMs));
  }

  /** Extends the lease; false when it was lost (expired and taken, or deleted). */
  public async renew(permitId: string, leaseValue: string, ttlMs: number): Promise<boolean> {
    return Number(await (this.redis as any).rwsRenew(this.keys.lease(permitId), leaseValue, ttlMs)) === 1;
  }

  /** Gives the lease back (only if still ours). */
  public async release(permitId: string, leaseValue: string): Promise<void> {
    await (this.redis as any).rwsRelease(this.keys.lease(permitId), leaseValue);
  }

  /** Who holds the lease, or null. */
  public async leaseHolder(permitId: string): Promise<string | null> {
    return this.redis.get(this.keys.lease(permitId));
  }

  /** The recorded outcome of an event id, or null when it was never processed. */
  public async outcomeOf(permitId: string, eventId: string): Promise<string | null> {
    return this.redis.hget(this.keys.events(permitId), eventId);
  }

  /** The permit's state, or undefined when the service has never seen it. */
  public async get(permitId: string): Promise<PermitState | undefined> {
    const h = await this.redis.hgetall(this.keys.permit(permitId));
    if (!h || Object.keys(h).length === 0) return undefined;
    const json = (k: string) => (h[k] ? JSON.parse(h[k]) : undefined);
    return {
      permitId,
      status: h.status,
      previousStatus: h.previousStatus || undefined,
      eventId: h.eventId,
      event: h.event,
      updatedAt: h.updatedAt,
      permit: json('permit'),
      plan: json('plan'),
      connection: json('connection'),
      protectedResources: json('protectedResources'),
      failed: h.failed || undefined,
      applying: json('applying'),
    };
  }

  /** Marks the event in progress (fenced by the lease). */
  public async markApplying(permitId: string, leaseValue: string, applying: object): Promise<boolean> {
    const r = await this.redis.eval(
      "if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end redis.call('HSET', KEYS[2], 'applying', ARGV[2]) return 1",
      2, this.keys.lease(permitId), this.keys.permit(permitId), leaseValue, JSON.stringify(applying));
    return Number(r) === 1;
  }

  /**
   * Writes the result of one event atomically, only while `leaseValue` still holds the lease
   * (fencing: a worker that lost its lease cannot overwrite a newer state). False when lost.
   */
  public async commit(permitId: string, leaseValue: string, c: Commit): Promise<boolean> {
    const k = this.keys;
    const r = await (this.redis as any).rwsCommit(
      k.lease(permitId), k.permit(permitId), k.history(permitId), k.errors(permitId), k.events(permitId), k.audit(), k.permits(), k.metrics(),
      leaseValue, JSON.stringify(c.fields), c.history ? JSON.stringify(c.history) : '', c.error ? JSON.stringify(c.error) : '',
      c.eventId, c.outcome, JSON.stringify(c.audit), String(Date.now()), c.metric, permitId);
    return Number(r) === 1;
  }

  /** Adds one to a counter of the metrics hash. */
  public async count(metric: string, by: number = 1): Promise<void> {
    await this.redis.hincrby(this.keys.metrics(), metric, by);
  }

  /** History entries of a permit, oldest first. */
  public async history(permitId: string): Promise<any[]> {
    return (await this.redis.lrange(this.keys.history(permitId), 0, -1)).map((s) => JSON.parse(s));
  }

  /** Error entries of a permit, oldest first. */
  public async errors(permitId: string): Promise<any[]> {
    return (await this.redis.lrange(this.keys.errors(permitId), 0, -1)).map((s) => JSON.parse(s));
  }

  /** Permit ids, most recently updated first. */
  public async list(offset: number, count: number): Promise<string[]> {
    return this.redis.zrevrange(this.keys.permits(), offset, offset + count - 1);
  }

  /** Records a worker's heartbeat and returns how many workers beat within `aliveMs`. */
  public async heartbeat(worker: string, aliveMs: number, claims: number = 0): Promise<{ alive: number; claims: number[] }> {
    const now = Date.now();
    const r = await this.redis.multi()
      .zadd(this.keys.workers(), now, worker)
      .hset(this.keys.workerClaims(), worker, String(claims))
      .zremrangebyscore(this.keys.workers(), 0, now - aliveMs * 10)
      .zrangebyscore(this.keys.workers(), now - aliveMs, '+inf')
      .hgetall(this.keys.workerClaims())
      .exec();
    const live = (r?.[3]?.[1] as string[] | undefined) ?? [worker];
    const counts = (r?.[4]?.[1] as Record<string, string> | undefined) ?? {};
    // The other live workers' shard counts, as they last reported them.
    return { alive: Math.max(1, live.length), claims: live.filter((w) => w !== worker).map((w) => Number(counts[w] ?? 0)) };
  }

  /** Removes a worker from the registry (clean shutdown). */
  public async leave(worker: string): Promise<void> {
    await this.redis.multi().zrem(this.keys.workers(), worker).hdel(this.keys.workerClaims(), worker).exec();
  }
}
