"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StateStore = exports.Keys = void 0;
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
class Keys {
    prefix;
    constructor(prefix = 'rws:') {
        this.prefix = prefix;
    }
    permits() { return `${this.prefix}permits`; }
    permit(id) { return `${this.prefix}permit:{${id}}`; }
    history(id) { return `${this.permit(id)}:history`; }
    errors(id) { return `${this.permit(id)}:errors`; }
    events(id) { return `${this.permit(id)}:events`; }
    lease(id) { return `${this.permit(id)}:lease`; }
    fence(id) { return `${this.permit(id)}:fence`; }
    audit() { return `${this.prefix}audit`; }
    workers() { return `${this.prefix}workers`; }
    workerClaims() { return `${this.prefix}workers:claims`; }
    metrics() { return `${this.prefix}metrics`; }
}
exports.Keys = Keys;
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
/** Redis access of the worker and the API. */
class StateStore {
    redis;
    keys;
    constructor(redis, keys = new Keys()) {
        this.redis = redis;
        this.keys = keys;
        redis.defineCommand('rwsAcquire', { numberOfKeys: 2, lua: ACQUIRE });
        redis.defineCommand('rwsRenew', { numberOfKeys: 1, lua: RENEW });
        redis.defineCommand('rwsRelease', { numberOfKeys: 1, lua: RELEASE });
        redis.defineCommand('rwsCommit', { numberOfKeys: 8, lua: COMMIT });
    }
    /** Takes the permit's lease; returns the fencing token, or 0 when another worker holds it. */
    async acquire(permitId, worker, ttlMs) {
        return Number(await this.redis.rwsAcquire(this.keys.lease(permitId), this.keys.fence(permitId), worker, ttlMs));
    }
    /** Extends the lease; false when it was lost (expired and taken, or deleted). */
    async renew(permitId, leaseValue, ttlMs) {
        return Number(await this.redis.rwsRenew(this.keys.lease(permitId), leaseValue, ttlMs)) === 1;
    }
    /** Gives the lease back (only if still ours). */
    async release(permitId, leaseValue) {
        await this.redis.rwsRelease(this.keys.lease(permitId), leaseValue);
    }
    /** Who holds the lease, or null. */
    async leaseHolder(permitId) {
        return this.redis.get(this.keys.lease(permitId));
    }
    /** The recorded outcome of an event id, or null when it was never processed. */
    async outcomeOf(permitId, eventId) {
        return this.redis.hget(this.keys.events(permitId), eventId);
    }
    /** The permit's state, or undefined when the service has never seen it. */
    async get(permitId) {
        const h = await this.redis.hgetall(this.keys.permit(permitId));
        if (!h || Object.keys(h).length === 0)
            return undefined;
        const json = (k) => (h[k] ? JSON.parse(h[k]) : undefined);
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
    async markApplying(permitId, leaseValue, applying) {
        const r = await this.redis.eval("if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end redis.call('HSET', KEYS[2], 'applying', ARGV[2]) return 1", 2, this.keys.lease(permitId), this.keys.permit(permitId), leaseValue, JSON.stringify(applying));
        return Number(r) === 1;
    }
    /**
     * Writes the result of one event atomically, only while `leaseValue` still holds the lease
     * (fencing: a worker that lost its lease cannot overwrite a newer state). False when lost.
     */
    async commit(permitId, leaseValue, c) {
        const k = this.keys;
        const r = await this.redis.rwsCommit(k.lease(permitId), k.permit(permitId), k.history(permitId), k.errors(permitId), k.events(permitId), k.audit(), k.permits(), k.metrics(), leaseValue, JSON.stringify(c.fields), c.history ? JSON.stringify(c.history) : '', c.error ? JSON.stringify(c.error) : '', c.eventId, c.outcome, JSON.stringify(c.audit), String(Date.now()), c.metric, permitId);
        return Number(r) === 1;
    }
    /** Adds one to a counter of the metrics hash. */
    async count(metric, by = 1) {
        await this.redis.hincrby(this.keys.metrics(), metric, by);
    }
    /** History entries of a permit, oldest first. */
    async history(permitId) {
        return (await this.redis.lrange(this.keys.history(permitId), 0, -1)).map((s) => JSON.parse(s));
    }
    /** Error entries of a permit, oldest first. */
    async errors(permitId) {
        return (await this.redis.lrange(this.keys.errors(permitId), 0, -1)).map((s) => JSON.parse(s));
    }
    /** Permit ids, most recently updated first. */
    async list(offset, count) {
        return this.redis.zrevrange(this.keys.permits(), offset, offset + count - 1);
    }
    /** Records a worker's heartbeat and returns how many workers beat within `aliveMs`. */
    async heartbeat(worker, aliveMs, claims = 0) {
        const now = Date.now();
        const r = await this.redis.multi()
            .zadd(this.keys.workers(), now, worker)
            .hset(this.keys.workerClaims(), worker, String(claims))
            .zremrangebyscore(this.keys.workers(), 0, now - aliveMs * 10)
            .zrangebyscore(this.keys.workers(), now - aliveMs, '+inf')
            .hgetall(this.keys.workerClaims())
            .exec();
        const live = r?.[3]?.[1] ?? [worker];
        const counts = r?.[4]?.[1] ?? {};
        // The other live workers' shard counts, as they last reported them.
        return { alive: Math.max(1, live.length), claims: live.filter((w) => w !== worker).map((w) => Number(counts[w] ?? 0)) };
    }
    /** Removes a worker from the registry (clean shutdown). */
    async leave(worker) {
        await this.redis.multi().zrem(this.keys.workers(), worker).hdel(this.keys.workerClaims(), worker).exec();
    }
}
exports.StateStore = StateStore;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RhdGUuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY2xpL3Blcm1pdC1zZXJ2aWNlL3N0YXRlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQUVBOzs7Ozs7Ozs7Ozs7Ozs7R0FlRztBQUVILG9DQUFvQztBQUNwQyxNQUFhLElBQUk7SUFDYTtJQUE1QixZQUE0QixTQUFpQixNQUFNO1FBQXZCLFdBQU0sR0FBTixNQUFNLENBQWlCO0lBQUcsQ0FBQztJQUNoRCxPQUFPLEtBQWEsT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDckQsTUFBTSxDQUFDLEVBQVUsSUFBWSxPQUFPLEdBQUcsSUFBSSxDQUFDLE1BQU0sV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDckUsT0FBTyxDQUFDLEVBQVUsSUFBWSxPQUFPLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQztJQUNwRSxNQUFNLENBQUMsRUFBVSxJQUFZLE9BQU8sR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO0lBQ2xFLE1BQU0sQ0FBQyxFQUFVLElBQVksT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDbEUsS0FBSyxDQUFDLEVBQVUsSUFBWSxPQUFPLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztJQUNoRSxLQUFLLENBQUMsRUFBVSxJQUFZLE9BQU8sR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDO0lBQ2hFLEtBQUssS0FBYSxPQUFPLEdBQUcsSUFBSSxDQUFDLE1BQU0sT0FBTyxDQUFDLENBQUMsQ0FBQztJQUNqRCxPQUFPLEtBQWEsT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDckQsWUFBWSxLQUFhLE9BQU8sR0FBRyxJQUFJLENBQUMsTUFBTSxnQkFBZ0IsQ0FBQyxDQUFDLENBQUM7SUFDakUsT0FBTyxLQUFhLE9BQU8sR0FBRyxJQUFJLENBQUMsTUFBTSxTQUFTLENBQUMsQ0FBQyxDQUFDO0NBQzdEO0FBYkQsb0JBYUM7QUFFRCxNQUFNLE9BQU8sR0FBRzs7O1NBR1AsQ0FBQztBQUNWLE1BQU0sS0FBSyxHQUFHOztTQUVMLENBQUM7QUFDVixNQUFNLE9BQU8sR0FBRzs7U0FFUCxDQUFDO0FBQ1Ysd0VBQXdFO0FBQ3hFLG9HQUFvRztBQUNwRyx1RkFBdUY7QUFDdkYsTUFBTSxNQUFNLEdBQUc7Ozs7Ozs7Ozs7Ozs7OztTQWVOLENBQUM7QUE2QlYsOENBQThDO0FBQzlDLE1BQWEsVUFBVTtJQUNPO0lBQThCO0lBQTFELFlBQTRCLEtBQVksRUFBa0IsT0FBYSxJQUFJLElBQUksRUFBRTtRQUFyRCxVQUFLLEdBQUwsS0FBSyxDQUFPO1FBQWtCLFNBQUksR0FBSixJQUFJLENBQW1CO1FBQy9FLEtBQUssQ0FBQyxhQUFhLENBQUMsWUFBWSxFQUFFLEVBQUUsWUFBWSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQztRQUNyRSxLQUFLLENBQUMsYUFBYSxDQUFDLFVBQVUsRUFBRSxFQUFFLFlBQVksRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDakUsS0FBSyxDQUFDLGFBQWEsQ0FBQyxZQUFZLEVBQUUsRUFBRSxZQUFZLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ3JFLEtBQUssQ0FBQyxhQUFhLENBQUMsV0FBVyxFQUFFLEVBQUUsWUFBWSxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQztJQUNyRSxDQUFDO0lBRUQsOEZBQThGO0lBQ3ZGLEtBQUssQ0FBQyxPQUFPLENBQUMsUUFBZ0IsRUFBRSxNQUFjLEVBQUUsS0FBYTtRQUNsRSxPQUFPLE1BQU0sQ0FBQyxNQUFPLElBQUksQ0FBQyxLQUFhLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDO0lBQzNILENBQUM7SUFFRCxpRkFBaUY7SUFDMUUsS0FBSyxDQUFDLEtBQUssQ0FBQyxRQUFnQixFQUFFLFVBQWtCLEVBQUUsS0FBYTtRQUNwRSxPQUFPLE1BQU0sQ0FBQyxNQUFPLElBQUksQ0FBQyxLQUFhLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLFVBQVUsRUFBRSxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN4RyxDQUFDO0lBRUQsaURBQWlEO0lBQzFDLEtBQUssQ0FBQyxPQUFPLENBQUMsUUFBZ0IsRUFBRSxVQUFrQjtRQUN2RCxNQUFPLElBQUksQ0FBQyxLQUFhLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxFQUFFLFVBQVUsQ0FBQyxDQUFDO0lBQzlFLENBQUM7SUFFRCxvQ0FBb0M7SUFDN0IsS0FBSyxDQUFDLFdBQVcsQ0FBQyxRQUFnQjtRQUN2QyxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7SUFDbkQsQ0FBQztJQUVELGdGQUFnRjtJQUN6RSxLQUFLLENBQUMsU0FBUyxDQUFDLFFBQWdCLEVBQUUsT0FBZTtRQUN0RCxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQzlELENBQUM7SUFFRCwyRUFBMkU7SUFDcEUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFnQjtRQUMvQixNQUFNLENBQUMsR0FBRyxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7UUFDL0QsSUFBSSxDQUFDLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDO1lBQUUsT0FBTyxTQUFTLENBQUM7UUFDeEQsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUNsRSxPQUFPO1lBQ0wsUUFBUTtZQUNSLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTTtZQUNoQixjQUFjLEVBQUUsQ0FBQyxDQUFDLGNBQWMsSUFBSSxTQUFTO1lBQzdDLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztZQUNsQixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7WUFDZCxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7WUFDdEIsTUFBTSxFQUFFLElBQUksQ0FBQyxRQUFRLENBQUM7WUFDdEIsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUM7WUFDbEIsVUFBVSxFQUFFLElBQUksQ0FBQyxZQUFZLENBQUM7WUFDOUIsa0JBQWtCLEVBQUUsSUFBSSxDQUFDLG9CQUFvQixDQUFDO1lBQzlDLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxJQUFJLFNBQVM7WUFDN0IsUUFBUSxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUM7U0FDM0IsQ0FBQztJQUNKLENBQUM7SUFFRCx5REFBeUQ7SUFDbEQsS0FBSyxDQUFDLFlBQVksQ0FBQyxRQUFnQixFQUFFLFVBQWtCLEVBQUUsUUFBZ0I7UUFDOUUsTUFBTSxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FDN0Isc0hBQXNILEVBQ3RILENBQUMsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsRUFBRSxVQUFVLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDO1FBQ2xHLE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN6QixDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksS0FBSyxDQUFDLE1BQU0sQ0FBQyxRQUFnQixFQUFFLFVBQWtCLEVBQUUsQ0FBUztRQUNqRSxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDO1FBQ3BCLE1BQU0sQ0FBQyxHQUFHLE1BQU8sSUFBSSxDQUFDLEtBQWEsQ0FBQyxTQUFTLENBQzNDLENBQUMsQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsRUFDdkksVUFBVSxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFDeEgsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQ3pGLE9BQU8sTUFBTSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN6QixDQUFDO0lBRUQsaURBQWlEO0lBQzFDLEtBQUssQ0FBQyxLQUFLLENBQUMsTUFBYyxFQUFFLEtBQWEsQ0FBQztRQUMvQyxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzVELENBQUM7SUFFRCxpREFBaUQ7SUFDMUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxRQUFnQjtRQUNuQyxPQUFPLENBQUMsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2pHLENBQUM7SUFFRCwrQ0FBK0M7SUFDeEMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxRQUFnQjtRQUNsQyxPQUFPLENBQUMsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2hHLENBQUM7SUFFRCwrQ0FBK0M7SUFDeEMsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFjLEVBQUUsS0FBYTtRQUM3QyxPQUFPLElBQUksQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsTUFBTSxFQUFFLE1BQU0sR0FBRyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDL0UsQ0FBQztJQUVELHVGQUF1RjtJQUNoRixLQUFLLENBQUMsU0FBUyxDQUFDLE1BQWMsRUFBRSxPQUFlLEVBQUUsU0FBaUIsQ0FBQztRQUN4RSxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7UUFDdkIsTUFBTSxDQUFDLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssRUFBRTthQUMvQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLEVBQUUsTUFBTSxDQUFDO2FBQ3RDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFlBQVksRUFBRSxFQUFFLE1BQU0sRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7YUFDdEQsZ0JBQWdCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLEVBQUUsR0FBRyxHQUFHLE9BQU8sR0FBRyxFQUFFLENBQUM7YUFDNUQsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsR0FBRyxHQUFHLE9BQU8sRUFBRSxNQUFNLENBQUM7YUFDekQsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxFQUFFLENBQUM7YUFDakMsSUFBSSxFQUFFLENBQUM7UUFDVixNQUFNLElBQUksR0FBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBMEIsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQy9ELE1BQU0sTUFBTSxHQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUF3QyxJQUFJLEVBQUUsQ0FBQztRQUN6RSxvRUFBb0U7UUFDcEUsT0FBTyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQzFILENBQUM7SUFFRCwyREFBMkQ7SUFDcEQsS0FBSyxDQUFDLEtBQUssQ0FBQyxNQUFjO1FBQy9CLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxNQUFNLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxZQUFZLEVBQUUsRUFBRSxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUMzRyxDQUFDO0NBQ0Y7QUFuSEQsZ0NBbUhDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHR5cGUgeyBSZWRpcyB9IGZyb20gJ2lvcmVkaXMnO1xuXG4vKipcbiAqIFRoZSBwZXJtaXQgc2VydmljZSdzIHN0YXRlIGluIFJlZGlzLiBFdmVyeSBrZXkgc3RhcnRzIHdpdGggdGhlIHByZWZpeCAoZGVmYXVsdCBgcndzOmApOlxuICpcbiAqIHwga2V5IHwgdHlwZSB8IHdoYXQgfFxuICogfCAtLS0gfCAtLS0gfCAtLS0gfFxuICogfCBgcGVybWl0c2AgfCBzb3J0ZWQgc2V0IHwgcGVybWl0IGlkcywgc2NvcmVkIGJ5IGxhc3QgdXBkYXRlIChtcykgfFxuICogfCBgcGVybWl0OntpZH1gIHwgaGFzaCB8IHN0YXR1cywgcHJldmlvdXNTdGF0dXMsIGV2ZW50SWQsIGV2ZW50LCB1cGRhdGVkQXQsIHBlcm1pdCAoSlNPTiBkYXRhKSwgcGxhbiAoSlNPTiBzdW1tYXJ5IG9mIHRoZSBsYXN0IHBsYW4pLCBjb25uZWN0aW9uIChKU09OLCBuZXZlciBhIHBhc3N3b3JkKSwgZmFpbGVkIChyZWFzb24sIGVtcHR5IHdoZW4gaGVhbHRoeSksIGFwcGx5aW5nIChKU09OOiB0aGUgZXZlbnQgaW4gcHJvZ3Jlc3MpIHxcbiAqIHwgYHBlcm1pdDp7aWR9Omhpc3RvcnlgIHwgbGlzdCB8IG9uZSBKU09OIGVudHJ5IHBlciBhcHBsaWVkIGV2ZW50OiBldmVudElkLCBldmVudCwgZnJvbSwgdG8sIGF0LCB3b3JrZXIsIG1vZGUsIHBsYW4gY291bnRzIHxcbiAqIHwgYHBlcm1pdDp7aWR9OmVycm9yc2AgfCBsaXN0IHwgb25lIEpTT04gZW50cnkgcGVyIHJlZnVzZWQgb3IgZmFpbGVkIGV2ZW50OiBldmVudElkLCBjb2RlLCByZWFzb24sIGF0IHxcbiAqIHwgYHBlcm1pdDp7aWR9OmV2ZW50c2AgfCBoYXNoIHwgZXZlbnRJZCAtPiBvdXRjb21lIChhcHBsaWVkLCByZXBsYXksIHJlZnVzZWQsIGZhaWxlZCk6IHRoZSBkZWR1cGUgcmVjb3JkIHxcbiAqIHwgYHBlcm1pdDp7aWR9OmxlYXNlYCB8IHN0cmluZyB8IGA8d29ya2VyPiA8dG9rZW4+YCB3aGlsZSBhIHdvcmtlciB3b3JrcyBvbiB0aGUgcGVybWl0IChQWCBsZWFzZSkgfFxuICogfCBgcGVybWl0OntpZH06ZmVuY2VgIHwgY291bnRlciB8IHRoZSBmZW5jaW5nIHRva2VucyBvZiB0aGUgbGVhc2UgfFxuICogfCBgYXVkaXRgIHwgc3RyZWFtIHwgb25lIGVudHJ5IHBlciBhcHBsaWVkLCByZWZ1c2VkIG9yIGZhaWxlZCBldmVudCAod2hvLCB3aGF0LCBwbGFuIHN1bW1hcnksIG91dGNvbWUpIHxcbiAqIHwgYHdvcmtlcnNgIHwgc29ydGVkIHNldCB8IHdvcmtlciBpZHMgYnkgbGFzdCBoZWFydGJlYXQgKG1zKSB8XG4gKiB8IGBtZXRyaWNzYCB8IGhhc2ggfCBjb3VudGVyczogZXZlbnRzX2FwcGxpZWQsIGV2ZW50c19kdXBsaWNhdGUsIGV2ZW50c19kZWFkX2xldHRlcmVkLCBldmVudHNfZmFpbGVkLCBwbGFuc19yZWZ1c2VkLCByZWxlYXNlX21vdmVzLCByZXRyaWVzIHxcbiAqL1xuXG4vKiogVGhlIGtleSBuYW1lcyB1bmRlciBhIHByZWZpeC4gKi9cbmV4cG9ydCBjbGFzcyBLZXlzIHtcbiAgY29uc3RydWN0b3IocHVibGljIHJlYWRvbmx5IHByZWZpeDogc3RyaW5nID0gJ3J3czonKSB7fVxuICBwdWJsaWMgcGVybWl0cygpOiBzdHJpbmcgeyByZXR1cm4gYCR7dGhpcy5wcmVmaXh9cGVybWl0c2A7IH1cbiAgcHVibGljIHBlcm1pdChpZDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucHJlZml4fXBlcm1pdDp7JHtpZH19YDsgfVxuICBwdWJsaWMgaGlzdG9yeShpZDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucGVybWl0KGlkKX06aGlzdG9yeWA7IH1cbiAgcHVibGljIGVycm9ycyhpZDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucGVybWl0KGlkKX06ZXJyb3JzYDsgfVxuICBwdWJsaWMgZXZlbnRzKGlkOiBzdHJpbmcpOiBzdHJpbmcgeyByZXR1cm4gYCR7dGhpcy5wZXJtaXQoaWQpfTpldmVudHNgOyB9XG4gIHB1YmxpYyBsZWFzZShpZDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucGVybWl0KGlkKX06bGVhc2VgOyB9XG4gIHB1YmxpYyBmZW5jZShpZDogc3RyaW5nKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucGVybWl0KGlkKX06ZmVuY2VgOyB9XG4gIHB1YmxpYyBhdWRpdCgpOiBzdHJpbmcgeyByZXR1cm4gYCR7dGhpcy5wcmVmaXh9YXVkaXRgOyB9XG4gIHB1YmxpYyB3b3JrZXJzKCk6IHN0cmluZyB7IHJldHVybiBgJHt0aGlzLnByZWZpeH13b3JrZXJzYDsgfVxuICBwdWJsaWMgd29ya2VyQ2xhaW1zKCk6IHN0cmluZyB7IHJldHVybiBgJHt0aGlzLnByZWZpeH13b3JrZXJzOmNsYWltc2A7IH1cbiAgcHVibGljIG1ldHJpY3MoKTogc3RyaW5nIHsgcmV0dXJuIGAke3RoaXMucHJlZml4fW1ldHJpY3NgOyB9XG59XG5cbmNvbnN0IEFDUVVJUkUgPSBgXG5sb2NhbCB0ID0gcmVkaXMuY2FsbCgnSU5DUicsIEtFWVNbMl0pXG5pZiByZWRpcy5jYWxsKCdTRVQnLCBLRVlTWzFdLCBBUkdWWzFdIC4uICcgJyAuLiB0LCAnTlgnLCAnUFgnLCBBUkdWWzJdKSB0aGVuIHJldHVybiB0IGVuZFxucmV0dXJuIDBgO1xuY29uc3QgUkVORVcgPSBgXG5pZiByZWRpcy5jYWxsKCdHRVQnLCBLRVlTWzFdKSA9PSBBUkdWWzFdIHRoZW4gcmV0dXJuIHJlZGlzLmNhbGwoJ1BFWFBJUkUnLCBLRVlTWzFdLCBBUkdWWzJdKSBlbmRcbnJldHVybiAwYDtcbmNvbnN0IFJFTEVBU0UgPSBgXG5pZiByZWRpcy5jYWxsKCdHRVQnLCBLRVlTWzFdKSA9PSBBUkdWWzFdIHRoZW4gcmV0dXJuIHJlZGlzLmNhbGwoJ0RFTCcsIEtFWVNbMV0pIGVuZFxucmV0dXJuIDBgO1xuLy8gS0VZUzogbGVhc2UsIHBlcm1pdCwgaGlzdG9yeSwgZXJyb3JzLCBldmVudHMsIGF1ZGl0LCBwZXJtaXRzLCBtZXRyaWNzXG4vLyBBUkdWOiBsZWFzZSB2YWx1ZSwgaGFzaCBmaWVsZHMgKEpTT04gb2JqZWN0OyBcIlwiIGRlbGV0ZXMpLCBoaXN0b3J5IGVudHJ5IG9yIFwiXCIsIGVycm9yIGVudHJ5IG9yIFwiXCIsXG4vLyAgICAgICBldmVudElkLCBvdXRjb21lLCBhdWRpdCBmaWVsZHMgKEpTT04gZmxhdCBvYmplY3QpLCBub3cgbXMsIG1ldHJpYyB0byBpbmNyZW1lbnRcbmNvbnN0IENPTU1JVCA9IGBcbmlmIHJlZGlzLmNhbGwoJ0dFVCcsIEtFWVNbMV0pIH49IEFSR1ZbMV0gdGhlbiByZXR1cm4gMCBlbmRcbmxvY2FsIGZpZWxkcyA9IGNqc29uLmRlY29kZShBUkdWWzJdKVxuZm9yIGssIHYgaW4gcGFpcnMoZmllbGRzKSBkb1xuICBpZiB2ID09ICcnIHRoZW4gcmVkaXMuY2FsbCgnSERFTCcsIEtFWVNbMl0sIGspIGVsc2UgcmVkaXMuY2FsbCgnSFNFVCcsIEtFWVNbMl0sIGssIHYpIGVuZFxuZW5kXG5pZiBBUkdWWzNdIH49ICcnIHRoZW4gcmVkaXMuY2FsbCgnUlBVU0gnLCBLRVlTWzNdLCBBUkdWWzNdKSBlbmRcbmlmIEFSR1ZbNF0gfj0gJycgdGhlbiByZWRpcy5jYWxsKCdSUFVTSCcsIEtFWVNbNF0sIEFSR1ZbNF0pIGVuZFxucmVkaXMuY2FsbCgnSFNFVCcsIEtFWVNbNV0sIEFSR1ZbNV0sIEFSR1ZbNl0pXG5sb2NhbCBhdWRpdCA9IGNqc29uLmRlY29kZShBUkdWWzddKVxubG9jYWwgZmxhdCA9IHt9XG5mb3IgaywgdiBpbiBwYWlycyhhdWRpdCkgZG8gdGFibGUuaW5zZXJ0KGZsYXQsIGspOyB0YWJsZS5pbnNlcnQoZmxhdCwgdikgZW5kXG5yZWRpcy5jYWxsKCdYQUREJywgS0VZU1s2XSwgJyonLCB1bnBhY2soZmxhdCkpXG5yZWRpcy5jYWxsKCdaQUREJywgS0VZU1s3XSwgQVJHVls4XSwgQVJHVlsxMF0pXG5yZWRpcy5jYWxsKCdISU5DUkJZJywgS0VZU1s4XSwgQVJHVls5XSwgMSlcbnJldHVybiAxYDtcblxuLyoqIFRoZSBzdG9yZWQgc3RhdGUgb2Ygb25lIHBlcm1pdCAodGhlIGhhc2gsIHBhcnNlZCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFBlcm1pdFN0YXRlIHtcbiAgcmVhZG9ubHkgcGVybWl0SWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgc3RhdHVzPzogc3RyaW5nO1xuICByZWFkb25seSBwcmV2aW91c1N0YXR1cz86IHN0cmluZztcbiAgcmVhZG9ubHkgZXZlbnRJZD86IHN0cmluZztcbiAgcmVhZG9ubHkgZXZlbnQ/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHVwZGF0ZWRBdD86IHN0cmluZztcbiAgcmVhZG9ubHkgcGVybWl0PzogYW55O1xuICByZWFkb25seSBwbGFuPzogYW55O1xuICByZWFkb25seSBjb25uZWN0aW9uPzogYW55O1xuICByZWFkb25seSBwcm90ZWN0ZWRSZXNvdXJjZXM/OiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgZmFpbGVkPzogc3RyaW5nO1xuICByZWFkb25seSBhcHBseWluZz86IGFueTtcbn1cblxuLyoqIFdoYXQgb25lIGNvbW1pdCB3cml0ZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbW1pdCB7XG4gIHJlYWRvbmx5IGZpZWxkczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgaGlzdG9yeT86IG9iamVjdDtcbiAgcmVhZG9ubHkgZXJyb3I/OiBvYmplY3Q7XG4gIHJlYWRvbmx5IGV2ZW50SWQ6IHN0cmluZztcbiAgcmVhZG9ubHkgb3V0Y29tZTogc3RyaW5nO1xuICByZWFkb25seSBhdWRpdDogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgbWV0cmljOiBzdHJpbmc7XG59XG5cbi8qKiBSZWRpcyBhY2Nlc3Mgb2YgdGhlIHdvcmtlciBhbmQgdGhlIEFQSS4gKi9cbmV4cG9ydCBjbGFzcyBTdGF0ZVN0b3JlIHtcbiAgY29uc3RydWN0b3IocHVibGljIHJlYWRvbmx5IHJlZGlzOiBSZWRpcywgcHVibGljIHJlYWRvbmx5IGtleXM6IEtleXMgPSBuZXcgS2V5cygpKSB7XG4gICAgcmVkaXMuZGVmaW5lQ29tbWFuZCgncndzQWNxdWlyZScsIHsgbnVtYmVyT2ZLZXlzOiAyLCBsdWE6IEFDUVVJUkUgfSk7XG4gICAgcmVkaXMuZGVmaW5lQ29tbWFuZCgncndzUmVuZXcnLCB7IG51bWJlck9mS2V5czogMSwgbHVhOiBSRU5FVyB9KTtcbiAgICByZWRpcy5kZWZpbmVDb21tYW5kKCdyd3NSZWxlYXNlJywgeyBudW1iZXJPZktleXM6IDEsIGx1YTogUkVMRUFTRSB9KTtcbiAgICByZWRpcy5kZWZpbmVDb21tYW5kKCdyd3NDb21taXQnLCB7IG51bWJlck9mS2V5czogOCwgbHVhOiBDT01NSVQgfSk7XG4gIH1cblxuICAvKiogVGFrZXMgdGhlIHBlcm1pdCdzIGxlYXNlOyByZXR1cm5zIHRoZSBmZW5jaW5nIHRva2VuLCBvciAwIHdoZW4gYW5vdGhlciB3b3JrZXIgaG9sZHMgaXQuICovXG4gIHB1YmxpYyBhc3luYyBhY3F1aXJlKHBlcm1pdElkOiBzdHJpbmcsIHdvcmtlcjogc3RyaW5nLCB0dGxNczogbnVtYmVyKTogUHJvbWlzZTxudW1iZXI+IHtcbiAgICByZXR1cm4gTnVtYmVyKGF3YWl0ICh0aGlzLnJlZGlzIGFzIGFueSkucndzQWNxdWlyZSh0aGlzLmtleXMubGVhc2UocGVybWl0SWQpLCB0aGlzLmtleXMuZmVuY2UocGVybWl0SWQpLCB3b3JrZXIsIHR0bE1zKSk7XG4gIH1cblxuICAvKiogRXh0ZW5kcyB0aGUgbGVhc2U7IGZhbHNlIHdoZW4gaXQgd2FzIGxvc3QgKGV4cGlyZWQgYW5kIHRha2VuLCBvciBkZWxldGVkKS4gKi9cbiAgcHVibGljIGFzeW5jIHJlbmV3KHBlcm1pdElkOiBzdHJpbmcsIGxlYXNlVmFsdWU6IHN0cmluZywgdHRsTXM6IG51bWJlcik6IFByb21pc2U8Ym9vbGVhbj4ge1xuICAgIHJldHVybiBOdW1iZXIoYXdhaXQgKHRoaXMucmVkaXMgYXMgYW55KS5yd3NSZW5ldyh0aGlzLmtleXMubGVhc2UocGVybWl0SWQpLCBsZWFzZVZhbHVlLCB0dGxNcykpID09PSAxO1xuICB9XG5cbiAgLyoqIEdpdmVzIHRoZSBsZWFzZSBiYWNrIChvbmx5IGlmIHN0aWxsIG91cnMpLiAqL1xuICBwdWJsaWMgYXN5bmMgcmVsZWFzZShwZXJtaXRJZDogc3RyaW5nLCBsZWFzZVZhbHVlOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCAodGhpcy5yZWRpcyBhcyBhbnkpLnJ3c1JlbGVhc2UodGhpcy5rZXlzLmxlYXNlKHBlcm1pdElkKSwgbGVhc2VWYWx1ZSk7XG4gIH1cblxuICAvKiogV2hvIGhvbGRzIHRoZSBsZWFzZSwgb3IgbnVsbC4gKi9cbiAgcHVibGljIGFzeW5jIGxlYXNlSG9sZGVyKHBlcm1pdElkOiBzdHJpbmcpOiBQcm9taXNlPHN0cmluZyB8IG51bGw+IHtcbiAgICByZXR1cm4gdGhpcy5yZWRpcy5nZXQodGhpcy5rZXlzLmxlYXNlKHBlcm1pdElkKSk7XG4gIH1cblxuICAvKiogVGhlIHJlY29yZGVkIG91dGNvbWUgb2YgYW4gZXZlbnQgaWQsIG9yIG51bGwgd2hlbiBpdCB3YXMgbmV2ZXIgcHJvY2Vzc2VkLiAqL1xuICBwdWJsaWMgYXN5bmMgb3V0Y29tZU9mKHBlcm1pdElkOiBzdHJpbmcsIGV2ZW50SWQ6IHN0cmluZyk6IFByb21pc2U8c3RyaW5nIHwgbnVsbD4ge1xuICAgIHJldHVybiB0aGlzLnJlZGlzLmhnZXQodGhpcy5rZXlzLmV2ZW50cyhwZXJtaXRJZCksIGV2ZW50SWQpO1xuICB9XG5cbiAgLyoqIFRoZSBwZXJtaXQncyBzdGF0ZSwgb3IgdW5kZWZpbmVkIHdoZW4gdGhlIHNlcnZpY2UgaGFzIG5ldmVyIHNlZW4gaXQuICovXG4gIHB1YmxpYyBhc3luYyBnZXQocGVybWl0SWQ6IHN0cmluZyk6IFByb21pc2U8UGVybWl0U3RhdGUgfCB1bmRlZmluZWQ+IHtcbiAgICBjb25zdCBoID0gYXdhaXQgdGhpcy5yZWRpcy5oZ2V0YWxsKHRoaXMua2V5cy5wZXJtaXQocGVybWl0SWQpKTtcbiAgICBpZiAoIWggfHwgT2JqZWN0LmtleXMoaCkubGVuZ3RoID09PSAwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGpzb24gPSAoazogc3RyaW5nKSA9PiAoaFtrXSA/IEpTT04ucGFyc2UoaFtrXSkgOiB1bmRlZmluZWQpO1xuICAgIHJldHVybiB7XG4gICAgICBwZXJtaXRJZCxcbiAgICAgIHN0YXR1czogaC5zdGF0dXMsXG4gICAgICBwcmV2aW91c1N0YXR1czogaC5wcmV2aW91c1N0YXR1cyB8fCB1bmRlZmluZWQsXG4gICAgICBldmVudElkOiBoLmV2ZW50SWQsXG4gICAgICBldmVudDogaC5ldmVudCxcbiAgICAgIHVwZGF0ZWRBdDogaC51cGRhdGVkQXQsXG4gICAgICBwZXJtaXQ6IGpzb24oJ3Blcm1pdCcpLFxuICAgICAgcGxhbjoganNvbigncGxhbicpLFxuICAgICAgY29ubmVjdGlvbjoganNvbignY29ubmVjdGlvbicpLFxuICAgICAgcHJvdGVjdGVkUmVzb3VyY2VzOiBqc29uKCdwcm90ZWN0ZWRSZXNvdXJjZXMnKSxcbiAgICAgIGZhaWxlZDogaC5mYWlsZWQgfHwgdW5kZWZpbmVkLFxuICAgICAgYXBwbHlpbmc6IGpzb24oJ2FwcGx5aW5nJyksXG4gICAgfTtcbiAgfVxuXG4gIC8qKiBNYXJrcyB0aGUgZXZlbnQgaW4gcHJvZ3Jlc3MgKGZlbmNlZCBieSB0aGUgbGVhc2UpLiAqL1xuICBwdWJsaWMgYXN5bmMgbWFya0FwcGx5aW5nKHBlcm1pdElkOiBzdHJpbmcsIGxlYXNlVmFsdWU6IHN0cmluZywgYXBwbHlpbmc6IG9iamVjdCk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICAgIGNvbnN0IHIgPSBhd2FpdCB0aGlzLnJlZGlzLmV2YWwoXG4gICAgICBcImlmIHJlZGlzLmNhbGwoJ0dFVCcsIEtFWVNbMV0pIH49IEFSR1ZbMV0gdGhlbiByZXR1cm4gMCBlbmQgcmVkaXMuY2FsbCgnSFNFVCcsIEtFWVNbMl0sICdhcHBseWluZycsIEFSR1ZbMl0pIHJldHVybiAxXCIsXG4gICAgICAyLCB0aGlzLmtleXMubGVhc2UocGVybWl0SWQpLCB0aGlzLmtleXMucGVybWl0KHBlcm1pdElkKSwgbGVhc2VWYWx1ZSwgSlNPTi5zdHJpbmdpZnkoYXBwbHlpbmcpKTtcbiAgICByZXR1cm4gTnVtYmVyKHIpID09PSAxO1xuICB9XG5cbiAgLyoqXG4gICAqIFdyaXRlcyB0aGUgcmVzdWx0IG9mIG9uZSBldmVudCBhdG9taWNhbGx5LCBvbmx5IHdoaWxlIGBsZWFzZVZhbHVlYCBzdGlsbCBob2xkcyB0aGUgbGVhc2VcbiAgICogKGZlbmNpbmc6IGEgd29ya2VyIHRoYXQgbG9zdCBpdHMgbGVhc2UgY2Fubm90IG92ZXJ3cml0ZSBhIG5ld2VyIHN0YXRlKS4gRmFsc2Ugd2hlbiBsb3N0LlxuICAgKi9cbiAgcHVibGljIGFzeW5jIGNvbW1pdChwZXJtaXRJZDogc3RyaW5nLCBsZWFzZVZhbHVlOiBzdHJpbmcsIGM6IENvbW1pdCk6IFByb21pc2U8Ym9vbGVhbj4ge1xuICAgIGNvbnN0IGsgPSB0aGlzLmtleXM7XG4gICAgY29uc3QgciA9IGF3YWl0ICh0aGlzLnJlZGlzIGFzIGFueSkucndzQ29tbWl0KFxuICAgICAgay5sZWFzZShwZXJtaXRJZCksIGsucGVybWl0KHBlcm1pdElkKSwgay5oaXN0b3J5KHBlcm1pdElkKSwgay5lcnJvcnMocGVybWl0SWQpLCBrLmV2ZW50cyhwZXJtaXRJZCksIGsuYXVkaXQoKSwgay5wZXJtaXRzKCksIGsubWV0cmljcygpLFxuICAgICAgbGVhc2VWYWx1ZSwgSlNPTi5zdHJpbmdpZnkoYy5maWVsZHMpLCBjLmhpc3RvcnkgPyBKU09OLnN0cmluZ2lmeShjLmhpc3RvcnkpIDogJycsIGMuZXJyb3IgPyBKU09OLnN0cmluZ2lmeShjLmVycm9yKSA6ICcnLFxuICAgICAgYy5ldmVudElkLCBjLm91dGNvbWUsIEpTT04uc3RyaW5naWZ5KGMuYXVkaXQpLCBTdHJpbmcoRGF0ZS5ub3coKSksIGMubWV0cmljLCBwZXJtaXRJZCk7XG4gICAgcmV0dXJuIE51bWJlcihyKSA9PT0gMTtcbiAgfVxuXG4gIC8qKiBBZGRzIG9uZSB0byBhIGNvdW50ZXIgb2YgdGhlIG1ldHJpY3MgaGFzaC4gKi9cbiAgcHVibGljIGFzeW5jIGNvdW50KG1ldHJpYzogc3RyaW5nLCBieTogbnVtYmVyID0gMSk6IFByb21pc2U8dm9pZD4ge1xuICAgIGF3YWl0IHRoaXMucmVkaXMuaGluY3JieSh0aGlzLmtleXMubWV0cmljcygpLCBtZXRyaWMsIGJ5KTtcbiAgfVxuXG4gIC8qKiBIaXN0b3J5IGVudHJpZXMgb2YgYSBwZXJtaXQsIG9sZGVzdCBmaXJzdC4gKi9cbiAgcHVibGljIGFzeW5jIGhpc3RvcnkocGVybWl0SWQ6IHN0cmluZyk6IFByb21pc2U8YW55W10+IHtcbiAgICByZXR1cm4gKGF3YWl0IHRoaXMucmVkaXMubHJhbmdlKHRoaXMua2V5cy5oaXN0b3J5KHBlcm1pdElkKSwgMCwgLTEpKS5tYXAoKHMpID0+IEpTT04ucGFyc2UocykpO1xuICB9XG5cbiAgLyoqIEVycm9yIGVudHJpZXMgb2YgYSBwZXJtaXQsIG9sZGVzdCBmaXJzdC4gKi9cbiAgcHVibGljIGFzeW5jIGVycm9ycyhwZXJtaXRJZDogc3RyaW5nKTogUHJvbWlzZTxhbnlbXT4ge1xuICAgIHJldHVybiAoYXdhaXQgdGhpcy5yZWRpcy5scmFuZ2UodGhpcy5rZXlzLmVycm9ycyhwZXJtaXRJZCksIDAsIC0xKSkubWFwKChzKSA9PiBKU09OLnBhcnNlKHMpKTtcbiAgfVxuXG4gIC8qKiBQZXJtaXQgaWRzLCBtb3N0IHJlY2VudGx5IHVwZGF0ZWQgZmlyc3QuICovXG4gIHB1YmxpYyBhc3luYyBsaXN0KG9mZnNldDogbnVtYmVyLCBjb3VudDogbnVtYmVyKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICAgIHJldHVybiB0aGlzLnJlZGlzLnpyZXZyYW5nZSh0aGlzLmtleXMucGVybWl0cygpLCBvZmZzZXQsIG9mZnNldCArIGNvdW50IC0gMSk7XG4gIH1cblxuICAvKiogUmVjb3JkcyBhIHdvcmtlcidzIGhlYXJ0YmVhdCBhbmQgcmV0dXJucyBob3cgbWFueSB3b3JrZXJzIGJlYXQgd2l0aGluIGBhbGl2ZU1zYC4gKi9cbiAgcHVibGljIGFzeW5jIGhlYXJ0YmVhdCh3b3JrZXI6IHN0cmluZywgYWxpdmVNczogbnVtYmVyLCBjbGFpbXM6IG51bWJlciA9IDApOiBQcm9taXNlPHsgYWxpdmU6IG51bWJlcjsgY2xhaW1zOiBudW1iZXJbXSB9PiB7XG4gICAgY29uc3Qgbm93ID0gRGF0ZS5ub3coKTtcbiAgICBjb25zdCByID0gYXdhaXQgdGhpcy5yZWRpcy5tdWx0aSgpXG4gICAgICAuemFkZCh0aGlzLmtleXMud29ya2VycygpLCBub3csIHdvcmtlcilcbiAgICAgIC5oc2V0KHRoaXMua2V5cy53b3JrZXJDbGFpbXMoKSwgd29ya2VyLCBTdHJpbmcoY2xhaW1zKSlcbiAgICAgIC56cmVtcmFuZ2VieXNjb3JlKHRoaXMua2V5cy53b3JrZXJzKCksIDAsIG5vdyAtIGFsaXZlTXMgKiAxMClcbiAgICAgIC56cmFuZ2VieXNjb3JlKHRoaXMua2V5cy53b3JrZXJzKCksIG5vdyAtIGFsaXZlTXMsICcraW5mJylcbiAgICAgIC5oZ2V0YWxsKHRoaXMua2V5cy53b3JrZXJDbGFpbXMoKSlcbiAgICAgIC5leGVjKCk7XG4gICAgY29uc3QgbGl2ZSA9IChyPy5bM10/LlsxXSBhcyBzdHJpbmdbXSB8IHVuZGVmaW5lZCkgPz8gW3dvcmtlcl07XG4gICAgY29uc3QgY291bnRzID0gKHI/Lls0XT8uWzFdIGFzIFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfCB1bmRlZmluZWQpID8/IHt9O1xuICAgIC8vIFRoZSBvdGhlciBsaXZlIHdvcmtlcnMnIHNoYXJkIGNvdW50cywgYXMgdGhleSBsYXN0IHJlcG9ydGVkIHRoZW0uXG4gICAgcmV0dXJuIHsgYWxpdmU6IE1hdGgubWF4KDEsIGxpdmUubGVuZ3RoKSwgY2xhaW1zOiBsaXZlLmZpbHRlcigodykgPT4gdyAhPT0gd29ya2VyKS5tYXAoKHcpID0+IE51bWJlcihjb3VudHNbd10gPz8gMCkpIH07XG4gIH1cblxuICAvKiogUmVtb3ZlcyBhIHdvcmtlciBmcm9tIHRoZSByZWdpc3RyeSAoY2xlYW4gc2h1dGRvd24pLiAqL1xuICBwdWJsaWMgYXN5bmMgbGVhdmUod29ya2VyOiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBhd2FpdCB0aGlzLnJlZGlzLm11bHRpKCkuenJlbSh0aGlzLmtleXMud29ya2VycygpLCB3b3JrZXIpLmhkZWwodGhpcy5rZXlzLndvcmtlckNsYWltcygpLCB3b3JrZXIpLmV4ZWMoKTtcbiAgfVxufVxuIl19