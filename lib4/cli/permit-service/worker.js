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
exports.BOUND_EVENTS = exports.PermitWorker = void 0;
exports.withoutSecrets = withoutSecrets;
exports.connectionOf = connectionOf;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const cloudformation_1 = require("./cloudformation");
const events_1 = require("./events");
const release_moves_1 = require("./release-moves");
const state_1 = require("./state");
const terraform_1 = require("./terraform");
const topology_1 = require("./topology");
const permit_1 = require("../../workspaces/permit");
const error_1 = require("../../workspaces/private/error");
/** The lease was lost before the commit: the message goes back to the queue. */
class LeaseLostError extends Error {
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
class PermitWorker {
    s;
    log;
    amqp;
    store;
    conn;
    pub;
    claims = new Map();
    stopping = false;
    signalStop;
    stopped = new Promise((resolve) => (this.signalStop = resolve));
    tick;
    synthChain = { last: Promise.resolve() };
    routeChain = Promise.resolve();
    rebalancing = false;
    /** The CloudFormation deployer (--backend aws, plan and apply modes), made on first use. */
    deployer;
    constructor(s, redis, log, amqp) {
        this.s = s;
        this.log = log;
        this.amqp = amqp;
        this.store = new state_1.StateStore(redis, new state_1.Keys(s.prefix));
    }
    q(name) {
        return `${this.s.exchange}.${name}`;
    }
    /** Runs until stop(): connects, reconnects with backoff when RabbitMQ goes away. */
    async run() {
        fs.mkdirSync(this.s.workdir, { recursive: true });
        let delay = 500;
        while (!this.stopping) {
            try {
                await this.connect();
                delay = 500;
                this.log('info', 'connected', { worker: this.s.workerId, shards: this.s.shards, mode: this.s.mode, backend: this.s.backend });
                await new Promise((resolve) => {
                    this.conn.on('close', () => resolve());
                    this.conn.on('error', () => undefined);
                });
                if (!this.stopping)
                    this.log('warn', 'RabbitMQ connection lost; reconnecting', {});
            }
            catch (e) {
                if (this.stopping)
                    break;
                this.log('warn', `cannot connect to RabbitMQ: ${e.message}; retrying in ${delay} ms`, {});
            }
            this.dropClaims();
            if (this.stopping)
                break;
            await Promise.race([sleep(delay), this.stopped]);
            delay = Math.min(delay * 2, 15_000);
        }
    }
    /** Stops claiming, lets the messages in progress finish, closes. */
    async stop() {
        this.stopping = true;
        this.signalStop?.();
        if (this.tick)
            clearInterval(this.tick);
        await Promise.allSettled([...this.claims.values()].map((c) => c.busy));
        try {
            await this.conn?.close();
        }
        catch {
            // already closed
        }
        await this.store.leave(this.s.workerId).catch(() => undefined);
    }
    dropClaims() {
        if (this.tick)
            clearInterval(this.tick);
        this.tick = undefined;
        this.claims.clear();
        this.pub = undefined;
    }
    async connect() {
        const conn = await this.amqp.connect(this.s.amqpUrl, { clientProperties: { connection_name: `rws-permit-worker ${this.s.workerId}` } });
        this.conn = conn;
        const ch = await conn.createConfirmChannel();
        ch.on('error', () => undefined);
        const x = this.s.exchange;
        await (0, topology_1.declareIngress)(ch, x);
        await ch.assertExchange(this.q('work'), 'direct', { durable: true });
        await ch.assertExchange(this.q('dead'), 'fanout', { durable: true });
        await ch.assertExchange(this.s.statusExchange, 'topic', { durable: true });
        await ch.assertQueue(this.q('dead'), { durable: true });
        await ch.bindQueue(this.q('dead'), this.q('dead'), '');
        for (let n = 0; n < this.s.shards; n++) {
            await ch.assertQueue(this.q(`work.${n}`), { durable: true });
            await ch.bindQueue(this.q(`work.${n}`), this.q('work'), String(n));
        }
        this.pub = ch;
        // The router: one active consumer of the ingress queue in the whole fleet.
        const router = await conn.createConfirmChannel();
        router.on('error', () => undefined);
        await router.prefetch(64);
        await router.consume(this.q('ingress'), (m) => {
            if (m)
                void this.route(router, m);
        }, { noAck: false });
        await this.rebalance();
        this.tick = setInterval(() => void this.rebalance().catch((e) => this.log('warn', `rebalance: ${e.message}`)), 1000);
    }
    /** Sends one ingress message to its permit's shard, or to the dead-letter queue. */
    route(ch, m) {
        // Publishes in delivery order: each waits for the one before.
        this.routeChain = this.routeChain.then(async () => {
            try {
                let shard;
                try {
                    const ev = (0, events_1.parseEvent)(m.content, m.fields.routingKey);
                    shard = (0, events_1.shardOf)(ev.permitId, this.s.shards);
                }
                catch (e) {
                    if (!(e instanceof events_1.BadEventError))
                        throw e;
                    await this.deadLetter(ch, m, e.code, e.message);
                    ch.ack(m);
                    return;
                }
                await publishConfirmed(ch, this.q('work'), String(shard), m.content, {
                    persistent: true,
                    contentType: 'application/json',
                    messageId: m.properties.messageId,
                    headers: { ...(m.properties.headers ?? {}), 'x-rws-routing-key': m.fields.routingKey },
                });
                ch.ack(m);
            }
            catch (e) {
                this.log('warn', `router: ${e.message}`);
            }
        });
        return this.routeChain;
    }
    async deadLetter(ch, m, code, reason) {
        await publishConfirmed(ch, this.q('dead'), '', m.content, {
            persistent: true,
            contentType: 'application/json',
            headers: { 'x-rws-code': code, 'x-rws-reason': reason, 'x-rws-routing-key': m.properties.headers?.['x-rws-routing-key'] ?? m.fields.routingKey, 'x-rws-worker': this.s.workerId },
        });
        await this.store.count('events_dead_lettered').catch(() => undefined);
        this.log('warn', `dead-lettered: ${reason}`, { code });
    }
    /** Keeps this worker's share of the shards: ceil(shards / live workers). */
    async rebalance() {
        if (this.rebalancing || this.stopping || !this.conn)
            return;
        this.rebalancing = true;
        try {
            const { alive, claims: others } = await this.store.heartbeat(this.s.workerId, 5000, this.claims.size);
            const fair = Math.ceil(this.s.shards / alive);
            const least = Math.floor(this.s.shards / alive);
            // A worker below its floor share (one that joined after the others had taken every shard at
            // the ceiling share) gets one from a worker above the floor; that worker then aims at the floor.
            const starving = others.some((c) => c < least);
            if (this.claims.size > fair || (starving && this.claims.size > least)) {
                // Give one back per tick; a worker that joins picks it up.
                const claim = [...this.claims.values()].sort((a, b) => b.shard - a.shard)[0];
                claim.releasing = true;
                await claim.busy;
                this.claims.delete(claim.shard);
                await claim.channel.close().catch(() => undefined);
                return;
            }
            const order = [...Array(this.s.shards).keys()].sort(() => Math.random() - 0.5);
            const target = starving ? least : fair;
            for (const n of order) {
                if (this.claims.size >= target || this.stopping)
                    break;
                if (this.claims.has(n))
                    continue;
                await this.tryClaim(n);
            }
        }
        finally {
            this.rebalancing = false;
        }
    }
    async tryClaim(shard) {
        const conn = this.conn;
        const channel = await conn.createChannel();
        channel.on('error', () => undefined);
        await channel.prefetch(1);
        const claim = { shard, channel, releasing: false };
        try {
            await channel.consume(this.q(`work.${shard}`), (m) => {
                if (!m || claim.releasing)
                    return; // left unacknowledged: requeued in place when the channel closes
                claim.busy = this.handle(claim, m);
            }, { exclusive: true, noAck: false });
            this.claims.set(shard, claim);
            channel.on('close', () => {
                claim.closed = true;
                if (this.claims.get(shard) === claim)
                    this.claims.delete(shard);
            });
        }
        catch {
            // Another worker consumes this shard (ACCESS_REFUSED closes the channel).
        }
    }
    /** Processes one event with retries; acknowledges only after the state commit. */
    async handle(claim, m) {
        const ch = claim.channel;
        let attempt = 0;
        for (;;) {
            attempt++;
            try {
                const verdict = await this.process(m);
                if (verdict.deadLetter) {
                    if (!this.pub)
                        throw new Error('no channel to the dead-letter exchange (reconnecting)');
                    await this.deadLetter(this.pub, m, verdict.deadLetter.code, verdict.deadLetter.reason);
                }
                settle(ch, m, 'ack');
                return;
            }
            catch (e) {
                if (e instanceof LeaseLostError) {
                    this.log('warn', 'lease lost before commit; message returned to the queue');
                    settle(ch, m, 'requeue');
                    return;
                }
                const err = e;
                if (this.stopping || claim.closed) {
                    settle(ch, m, 'requeue');
                    return;
                }
                // Terraform or synthesis failed for good (or kept failing): the permit is marked failed with
                // the reason (visible in the API) and the event acknowledged. Anything else (Redis or
                // RabbitMQ away) is retried with backoff until it works: nothing can be recorded before.
                const permanent = err instanceof terraform_1.TerraformError && (!err.transient || attempt >= this.s.maxAttempts);
                if (permanent) {
                    try {
                        const ev = (0, events_1.parseEvent)(m.content, m.properties.headers?.['x-rws-routing-key']);
                        await this.recordFailure(ev, failureCode(err), `${err.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}`);
                        this.log('error', `permit ${ev.permitId} marked failed: ${err.message}`, { eventId: ev.eventId });
                        settle(ch, m, 'ack');
                        return;
                    }
                    catch (e2) {
                        this.log('warn', `cannot record the failure yet: ${e2.message}`);
                    }
                }
                await this.store.count('retries').catch(() => undefined);
                const delay = Math.min(this.s.backoffMs * 2 ** Math.min(attempt - 1, 20), this.s.maxBackoffMs) * (0.75 + Math.random() / 2);
                this.log('warn', `attempt ${attempt} failed: ${err.message}; retrying in ${Math.round(delay)} ms`);
                await sleep(delay);
                if (claim.closed)
                    return; // channel gone: the broker requeued the message
            }
        }
    }
    /** An entry of the audit stream: the event, what happened to it, this worker and when. */
    auditEntry(ev, at, what) {
        return { permitId: ev.permitId, eventId: ev.eventId, event: ev.event, ...what, worker: this.s.workerId, at };
    }
    /** Records a permanent failure of an event under the permit's lease. */
    async recordFailure(ev, code, reason) {
        await this.withLease(ev.permitId, async (leaseValue) => {
            const at = new Date().toISOString();
            const ok = await this.store.commit(ev.permitId, leaseValue, {
                fields: { failed: `${code}: ${reason}`, applying: '' },
                error: { eventId: ev.eventId, event: ev.event, code, reason, at, worker: this.s.workerId },
                eventId: ev.eventId,
                outcome: 'failed',
                audit: this.auditEntry(ev, at, { outcome: 'failed', reason }),
                metric: 'events_failed',
            });
            if (!ok)
                throw new LeaseLostError();
        });
    }
    async withLease(permitId, fn) {
        let token = 0;
        for (;;) {
            token = await this.store.acquire(permitId, this.s.workerId, this.s.leaseMs);
            if (token > 0)
                break;
            await sleep(200);
        }
        const leaseValue = `${this.s.workerId} ${token}`;
        let lost = false;
        const renew = setInterval(() => {
            this.store.renew(permitId, leaseValue, this.s.leaseMs).then((ok) => {
                if (!ok)
                    lost = true;
            }).catch(() => undefined);
        }, Math.max(200, Math.floor(this.s.leaseMs / 3)));
        try {
            return await fn(leaseValue, () => lost);
        }
        finally {
            clearInterval(renew);
            await this.store.release(permitId, leaseValue).catch(() => undefined);
        }
    }
    /** One event, start to commit. Throws for transient failures (retried). */
    async process(m) {
        let ev;
        try {
            ev = (0, events_1.parseEvent)(m.content, m.properties.headers?.['x-rws-routing-key']);
        }
        catch (e) {
            if (e instanceof events_1.BadEventError)
                return { deadLetter: { code: e.code, reason: e.message } };
            throw e;
        }
        if (await this.store.outcomeOf(ev.permitId, ev.eventId)) {
            await this.store.count('events_duplicate');
            this.log('info', 'duplicate event: already processed', { permitId: ev.permitId, eventId: ev.eventId });
            return {};
        }
        return this.withLease(ev.permitId, async (leaseValue, lost) => {
            // Checked again under the lease: another worker may have committed it meanwhile.
            const seen = await this.store.outcomeOf(ev.permitId, ev.eventId);
            if (seen) {
                await this.store.count('events_duplicate');
                return {};
            }
            const state = await this.store.get(ev.permitId);
            const current = state?.status;
            const at = new Date().toISOString();
            if ((0, events_1.isReleaseEvent)(ev))
                return this.processRelease(ev, state, leaseValue, at);
            let plan;
            let data;
            try {
                const target = (0, events_1.targetStatus)(current, ev);
                const merged = (0, events_1.mergePermit)(ev.permitId, state?.permit, ev.permit);
                data = { ...merged };
                delete data.id;
                // The release settings are kept with the permit for release events; the stacks do not use them.
                const { release: _release, ...permitProps } = merged;
                plan = permit_1.PermitLifecycle.plan({ ...permitProps, status: target, ...(current ? { previousStatus: current } : {}), eventId: ev.eventId });
            }
            catch (e) {
                const bad = e instanceof events_1.BadEventError ? e
                    : error_1.WorkspaceInputError.isWorkspaceInputError(e) ? new events_1.BadEventError(e.diagnostics[0]?.code ?? 'invalid-permit', `event ${ev.eventId} (permit ${ev.permitId}): ${e.message.split('\n').join(' ')}`)
                        : undefined;
                if (!bad)
                    throw e;
                const ok = await this.store.commit(ev.permitId, leaseValue, {
                    fields: state ? {} : { status: '', permit: '' },
                    error: { eventId: ev.eventId, event: ev.event, code: bad.code, reason: bad.message, at, worker: this.s.workerId },
                    eventId: ev.eventId,
                    outcome: 'refused',
                    audit: this.auditEntry(ev, at, { from: current ?? '', outcome: 'refused', code: bad.code, reason: bad.message }),
                    metric: 'events_refused',
                });
                if (!ok)
                    throw new LeaseLostError();
                if (!state)
                    await this.store.redis.zrem(this.store.keys.permits(), ev.permitId);
                return { deadLetter: { code: bad.code, reason: bad.message } };
            }
            const applying = { eventId: ev.eventId, event: ev.event, target: plan.status, worker: this.s.workerId, at };
            if (!await this.store.markApplying(ev.permitId, leaseValue, applying)) {
                throw new LeaseLostError();
            }
            const started = Date.now();
            let summary;
            let connection;
            const synth = await this.synth(plan, data, at);
            let outputs;
            if (this.s.mode !== 'synth' && this.s.backend === 'aws') {
                const done = await this.deployAws(ev, plan, synth, state, leaseValue, at, lost);
                if (done.refused)
                    return {};
                summary = done.summary;
                if (done.outputs) {
                    outputs = done.outputs;
                    connection = connectionOf(done.outputs, plan.workspaces.map((w) => w.role));
                }
            }
            else if (this.s.mode !== 'synth') {
                const tfDir = this.prepareTerraformDir(ev.permitId, synth);
                let planned;
                let loss;
                try {
                    planned = await (0, terraform_1.planStack)(this.s.terraform, tfDir);
                    summary = planned.summary;
                    const protectedAddresses = [...(state?.protectedResources ?? []), ...synth.protectedResources];
                    loss = (0, terraform_1.dataLossChanges)(summary, protectedAddresses, plan.status === permit_1.PermitStatus.DELETED);
                }
                catch (e) {
                    // Terraform itself refused: the plan would destroy what prevent_destroy protects
                    // (a replacement destroys the old one too). The same refusal as the check below.
                    if (!(e instanceof terraform_1.ProtectedDestroyError))
                        throw e;
                    loss = e.addresses.map((address) => ({ address, type: address.split('.')[0], actions: ['destroy'] }));
                }
                if (loss.length) {
                    const why = loss.some((c) => c.actions.includes('destroy')) ? ' (Terraform stopped at prevent_destroy: a delete or a replacement)' : '';
                    await this.refusePlan(ev, plan, current, leaseValue, at, summary, loss, why);
                    return {};
                }
                if (lost())
                    throw new LeaseLostError();
                if (this.s.mode === 'apply') {
                    const tfOutputs = await (0, terraform_1.applyPlan)(this.s.terraform, tfDir, planned.planFile);
                    connection = tfOutputs.workspaces;
                }
            }
            const counts = summary ? countsOf(summary) : { resources: synth.resources.length, protected: synth.protectedResources.length };
            const history = {
                eventId: ev.eventId,
                event: ev.event,
                from: current ?? null,
                to: plan.status,
                replay: plan.replay,
                at,
                worker: this.s.workerId,
                mode: this.s.mode,
                ms: Date.now() - started,
                plan: counts,
                ...(ev.occurredAt ? { occurredAt: ev.occurredAt } : {}),
            };
            const ok = await this.store.commit(ev.permitId, leaseValue, {
                fields: {
                    status: plan.status,
                    previousStatus: current ?? '',
                    eventId: ev.eventId,
                    event: ev.event,
                    updatedAt: new Date().toISOString(),
                    permit: JSON.stringify(data),
                    plan: JSON.stringify({
                        mode: this.s.mode, stack: synth.stack, ...counts, ...(summary ? { changes: summary.changes } : {}), ...(outputs ? { outputs } : {}),
                    }),
                    protectedResources: JSON.stringify(synth.protectedResources),
                    failed: '',
                    applying: '',
                    workspaces: JSON.stringify(plan.workspaces.map((w) => ({
                        role: w.role, state: w.state, protocol: w.protocol, port: w.port, users: w.users.map((u) => u.name),
                    }))),
                    ...(connection !== undefined ? { connection: JSON.stringify(connection) } : {}),
                },
                history,
                eventId: ev.eventId,
                outcome: plan.replay ? 'replay' : 'applied',
                audit: this.auditEntry(ev, at, {
                    from: current ?? '',
                    to: plan.status,
                    outcome: 'applied',
                    mode: this.s.mode,
                    plan: JSON.stringify(counts),
                    changes: JSON.stringify(plan.changes.map((c) => `${c.subject} ${c.name} ${c.change}`)),
                }),
                metric: 'events_applied',
            });
            if (!ok)
                throw new LeaseLostError();
            this.log('info', 'applied', { permitId: ev.permitId, eventId: ev.eventId, from: current, to: plan.status, mode: this.s.mode, ms: Date.now() - started });
            if (this.pub) {
                await publishConfirmed(this.pub, this.s.statusExchange, `permit.status.${plan.status}`, Buffer.from(JSON.stringify({
                    permitId: ev.permitId, status: plan.status, previousStatus: current ?? null, eventId: ev.eventId, at,
                })), { persistent: true, contentType: 'application/json' }).catch((e) => this.log('warn', `status publish: ${e.message}`));
            }
            return {};
        });
    }
    /** Records a plan the data-loss rule refused (nothing applied) under the lease. */
    async refusePlan(ev, plan, current, leaseValue, at, summary, loss, why) {
        const verb = (c) => (c.actions.includes('destroy') ? 'destroy' : c.actions.includes('create') ? 'replace' : 'delete');
        const reason = `plan refused: it would ${loss.map((c) => `${verb(c)} ${c.address}`).join(', ')} before permit.deleted${why}; `
            + 'data volumes are destroyed only by permit.deleted (check the permit data and the backend config; nothing was applied)';
        const refusedPlan = JSON.stringify(summary ? countsOf(summary) : { protectedDestroyed: loss.length });
        const ok = await this.store.commit(ev.permitId, leaseValue, {
            fields: { failed: `plan-refused: ${reason}`, applying: '', lastRefusedPlan: refusedPlan },
            error: { eventId: ev.eventId, event: ev.event, code: 'plan-refused', reason, at, worker: this.s.workerId, changes: loss },
            eventId: ev.eventId,
            outcome: 'refused',
            audit: this.auditEntry(ev, at, { from: current ?? '', to: plan.status, outcome: 'plan-refused', reason, plan: refusedPlan }),
            metric: 'plans_refused',
        });
        if (!ok)
            throw new LeaseLostError();
        this.log('warn', reason, { permitId: ev.permitId, eventId: ev.eventId });
    }
    /**
     * `--backend aws` in plan or apply mode (cloudformation.ts): a change set of the synthesized
     * assembly, the data-loss rule on it (a refused change set is deleted, nothing executed), then
     * in apply mode its execution with the stack policy kept up to date. DELETED lifts the policy,
     * deploys the DELETED template (buckets and key switch to Delete) and deletes the stack.
     */
    async deployAws(ev, plan, synth, state, leaseValue, at, lost) {
        this.deployer ??= cloudformation_1.CloudFormationDeployer.create(this.s.cloudformation);
        const cfn = await this.deployer.catch((e) => {
            this.deployer = undefined;
            throw e;
        });
        const deleting = plan.status === permit_1.PermitStatus.DELETED;
        const current = state?.status;
        if (deleting && !await cfn.stackStatus(synth.stack)) {
            // Nothing was ever deployed (or the stack is gone already): nothing to delete.
            return { summary: (0, terraform_1.emptySummary)(), ...(this.s.mode === 'apply' ? { outputs: {} } : {}) };
        }
        const protectedIds = [...new Set([...(state?.protectedResources ?? []), ...synth.protectedResources])];
        const cplan = await cfn.plan(synth.stack, synth.dir, ev.eventId);
        const loss = (0, cloudformation_1.changeSetDataLoss)(cplan.summary, protectedIds, deleting);
        if (loss.length) {
            if (cplan.changeSetId)
                await cfn.discard(cplan.changeSetId);
            await this.refusePlan(ev, plan, current, leaseValue, at, cplan.summary, loss, ' (CloudFormation change set; it was deleted)');
            return { refused: true };
        }
        if (this.s.mode !== 'apply')
            return { summary: cplan.summary };
        if (lost()) {
            if (cplan.changeSetId)
                await cfn.discard(cplan.changeSetId);
            throw new LeaseLostError();
        }
        const outputs = await cfn.apply(cplan, deleting ? [] : protectedIds);
        if (deleting) {
            await cfn.deleteStack(synth.stack);
            return { summary: cplan.summary, outputs: {} };
        }
        return { summary: cplan.summary, outputs: withoutSecrets(outputs) };
    }
    /**
     * An output release event, under the permit's lease: one move of the permit's release store
     * (release-moves.ts). No stack changes. A move the model refuses goes to the dead-letter queue and
     * is recorded as refused; nothing changes in the store.
     */
    async processRelease(ev, state, leaseValue, at) {
        const current = state?.status;
        const refuse = async (bad) => {
            const ok = await this.store.commit(ev.permitId, leaseValue, {
                fields: {},
                error: { eventId: ev.eventId, event: ev.event, code: bad.code, reason: bad.message, at, worker: this.s.workerId },
                eventId: ev.eventId,
                outcome: 'refused',
                audit: this.auditEntry(ev, at, { from: current ?? '', outcome: 'refused', code: bad.code, reason: bad.message, requestId: ev.release.requestId }),
                metric: 'events_refused',
            });
            if (!ok)
                throw new LeaseLostError();
            return { deadLetter: { code: bad.code, reason: bad.message } };
        };
        if (!state) {
            // Nothing was written for a permit the service has never seen: only the dead letter.
            return { deadLetter: { code: 'unknown-permit', reason: `event ${ev.eventId}: ${ev.event} for permit ${ev.permitId}, which the service has never seen; its first event must be permit.status.updated` } };
        }
        if (!this.s.releasesDir) {
            return refuse(new events_1.BadEventError('releases-not-configured', `event ${ev.eventId}: this worker has no releases_dir (RWS_RELEASES_DIR), so it cannot apply ${ev.event}; `
                + 'give every worker the folder of the permits\' release stores (the API\'s releases_dir)'));
        }
        const data = { ...(state.permit ?? {}), ...(ev.permit ?? {}) };
        let outcome;
        try {
            outcome = await (0, release_moves_1.applyReleaseEvent)(this.s.releasesDir, ev.permitId, data, ev.event, ev.release, ev.eventId, process.env);
        }
        catch (e) {
            if (e instanceof events_1.BadEventError)
                return refuse(e);
            throw e;
        }
        const r = outcome.request;
        const history = {
            eventId: ev.eventId,
            event: ev.event,
            from: current ?? null,
            to: current ?? null,
            at,
            worker: this.s.workerId,
            release: { requestId: r.id, actions: outcome.actions, state: r.state, actor: ev.release.actor },
            ...(ev.occurredAt ? { occurredAt: ev.occurredAt } : {}),
        };
        const ok = await this.store.commit(ev.permitId, leaseValue, {
            fields: { updatedAt: new Date().toISOString(), ...(ev.permit ? { permit: JSON.stringify(data) } : {}) },
            history,
            eventId: ev.eventId,
            outcome: outcome.actions.length ? 'applied' : 'replay',
            audit: this.auditEntry(ev, at, {
                from: current ?? '',
                to: current ?? '',
                outcome: 'applied',
                requestId: r.id,
                actor: ev.release.actor,
                actions: outcome.actions.join(' ') || '(already recorded)',
                releaseState: r.state,
                ...(r.releasedTo ? { releasedTo: r.releasedTo } : {}),
            }),
            metric: 'release_moves',
        });
        if (!ok)
            throw new LeaseLostError();
        this.log('info', 'release move', { permitId: ev.permitId, eventId: ev.eventId, requestId: r.id, state: r.state, actions: outcome.actions.join(' ') });
        if (this.pub) {
            await publishConfirmed(this.pub, this.s.statusExchange, `permit.release.${r.state}`, Buffer.from(JSON.stringify({
                permitId: ev.permitId, requestId: r.id, state: r.state, eventId: ev.eventId, at,
            })), { persistent: true, contentType: 'application/json' }).catch((e) => this.log('warn', `release publish: ${e.message}`));
        }
        return {};
    }
    /** Synthesizes the permit's stack into `<workdir>/permits/<id>/synth` (one synthesis at a time per process). */
    async synth(plan, data, timestamp) {
        const outdir = path.join(this.s.workdir, 'permits', plan.permitId, 'synth');
        const { release: _release, ...permitData } = data;
        const request = {
            permit: {
                ...permitData,
                id: plan.permitId,
                status: plan.status,
                eventId: plan.eventId,
                ...(plan.previousStatus ? { previousStatus: plan.previousStatus } : {}),
            },
            outdir,
            configFile: this.s.backendConfig,
            timestamp,
            // AWS: aws-cdk-lib's CloudFormation validation once per template shape (stacks/aws/private/validation-cache.ts).
            validationCache: path.join(this.s.workdir, 'cfn-validate-cache'),
        };
        const run = this.synthChain.last.then(async () => {
            fs.rmSync(outdir, { recursive: true, force: true });
            fs.mkdirSync(outdir, { recursive: true });
            let r;
            try {
                if (this.s.backend === 'kubernetes')
                    r = (await import('../permit-synth-kubernetes.js')).synthKubernetesPermit(request);
                else if (this.s.backend === 'proxmox')
                    r = (await import('../permit-synth-proxmox.js')).synthProxmoxPermit(request);
                else
                    r = (await import('../permit-synth-aws.js')).synthAwsPermit(request);
            }
            catch (e) {
                // A synthesis error is the permit's or the config's: permanent.
                throw new terraform_1.SynthesisError(`synthesis failed: ${e.message.split('\n').join(' ')}`);
            }
            return { ...r, dir: this.s.backend === 'aws' ? outdir : path.join(outdir, 'stacks', r.stack) };
        });
        this.synthChain.last = run.catch(() => undefined);
        return run;
    }
    /**
     * The Terraform working folder of a permit, `<workdir>/permits/<id>/terraform`: the new
     * cdk.tf.json copied in; a local backend block is dropped, so the state is `terraform.tfstate` in this folder
     * (a remote backend block is kept as synthesized).
     */
    prepareTerraformDir(permitId, synth) {
        const dir = path.join(this.s.workdir, 'permits', permitId, 'terraform');
        fs.mkdirSync(dir, { recursive: true });
        const doc = JSON.parse(fs.readFileSync(path.join(synth.dir, 'cdk.tf.json'), 'utf8'));
        for (const t of [].concat(doc.terraform ?? [])) {
            // No backend block = the local backend with terraform.tfstate in this folder (no init needed).
            if (t?.backend?.local)
                delete t.backend;
        }
        fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
        return dir;
    }
}
exports.PermitWorker = PermitWorker;
/** Acknowledges or requeues; a closed channel needs neither (the broker requeued the message). */
function settle(ch, m, how) {
    try {
        if (how === 'ack')
            ch.ack(m);
        else
            ch.nack(m, false, true);
    }
    catch {
        // channel closed meanwhile
    }
}
/** Stack outputs whose names say they could hold a secret are never recorded. */
function withoutSecrets(outputs) {
    return Object.fromEntries(Object.entries(outputs).filter(([k]) => !/password|secret|token|credential|private/i.test(k)));
}
/**
 * Connection details by workspace role from the permit stack's outputs: the desktop's instance
 * id (the Session Manager target) and the commands. The output keys are those of the airlock's
 * ResearchWorkspace: `Airlock<role without dashes>InstanceId<hash>`, `...SessionCommand...`, `...PortForward<name>...`.
 */
function connectionOf(outputs, roles) {
    const out = {};
    for (const role of roles) {
        const id = `Airlock${role.replace(/[^A-Za-z0-9]/g, '')}`;
        for (const [k, v] of Object.entries(outputs)) {
            const m = /^(InstanceId|SessionCommand|PortForward[A-Za-z0-9]*?)[0-9A-F]{8}$/.exec(k.startsWith(id) ? k.slice(id.length) : '');
            if (!m)
                continue;
            const c = (out[role] ??= {});
            if (m[1] === 'InstanceId')
                Object.assign(c, { host: v, instanceId: v });
            else if (m[1] === 'SessionCommand')
                c.sessionCommand = v;
            else
                c.portForwardCommand = v;
        }
    }
    return out;
}
/** The error code a permanent failure is recorded with. */
function failureCode(err) {
    if (err.transient)
        return 'retries-exhausted';
    if (err.name === 'SynthesisError')
        return 'synthesis-failed';
    return err.name === 'CloudFormationError' ? 'cloudformation-failed' : 'terraform-failed';
}
function countsOf(s) {
    return { create: s.create, update: s.update, replace: s.replace, delete: s.delete, unchanged: s.noop };
}
function publishConfirmed(ch, exchange, key, body, options) {
    return new Promise((resolve, reject) => {
        try {
            ch.publish(exchange, key, body, options, (err) => (err ? reject(err) : resolve()));
        }
        catch (e) {
            reject(e);
        }
    });
}
/** The events a worker binds, for help texts. */
exports.BOUND_EVENTS = events_1.EVENT_NAMES;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoid29ya2VyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NsaS9wZXJtaXQtc2VydmljZS93b3JrZXIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBNnFCQSx3Q0FFQztBQU9ELG9DQWNDO0FBcHNCRCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBRzdCLHFEQUE2RTtBQUU3RSxxQ0FBbUw7QUFDbkwsbURBQW9EO0FBQ3BELG1DQUEyQztBQUMzQywyQ0FBeUw7QUFDekwseUNBQTRDO0FBQzVDLG9EQUFvRjtBQUNwRiwwREFBcUU7QUEwQnJFLGdGQUFnRjtBQUNoRixNQUFNLGNBQWUsU0FBUSxLQUFLO0NBQUc7QUFFckMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxFQUFVLEVBQUUsRUFBRSxDQUFDLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFZcEUsTUFBYSxZQUFZO0lBZU07SUFBa0Q7SUFBMkI7SUFkekYsS0FBSyxDQUFhO0lBQzNCLElBQUksQ0FBZ0I7SUFDcEIsR0FBRyxDQUFrQjtJQUNaLE1BQU0sR0FBRyxJQUFJLEdBQUcsRUFBaUIsQ0FBQztJQUMzQyxRQUFRLEdBQUcsS0FBSyxDQUFDO0lBQ2pCLFVBQVUsQ0FBYztJQUNmLE9BQU8sR0FBRyxJQUFJLE9BQU8sQ0FBTyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsVUFBVSxHQUFHLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDL0UsSUFBSSxDQUFrQjtJQUNiLFVBQVUsR0FBK0IsRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUM7SUFDOUUsVUFBVSxHQUFrQixPQUFPLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDOUMsV0FBVyxHQUFHLEtBQUssQ0FBQztJQUM1Qiw0RkFBNEY7SUFDcEYsUUFBUSxDQUFtQztJQUVuRCxZQUE2QixDQUFpQixFQUFFLEtBQVksRUFBbUIsR0FBUSxFQUFtQixJQUE4QjtRQUEzRyxNQUFDLEdBQUQsQ0FBQyxDQUFnQjtRQUFpQyxRQUFHLEdBQUgsR0FBRyxDQUFLO1FBQW1CLFNBQUksR0FBSixJQUFJLENBQTBCO1FBQ3RJLElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxrQkFBVSxDQUFDLEtBQUssRUFBRSxJQUFJLFlBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQztJQUN6RCxDQUFDO0lBRU8sQ0FBQyxDQUFDLElBQVk7UUFDcEIsT0FBTyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO0lBQ3RDLENBQUM7SUFFRCxvRkFBb0Y7SUFDN0UsS0FBSyxDQUFDLEdBQUc7UUFDZCxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbEQsSUFBSSxLQUFLLEdBQUcsR0FBRyxDQUFDO1FBQ2hCLE9BQU8sQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUM7WUFDdEIsSUFBSSxDQUFDO2dCQUNILE1BQU0sSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDO2dCQUNyQixLQUFLLEdBQUcsR0FBRyxDQUFDO2dCQUNaLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7Z0JBQzlILE1BQU0sSUFBSSxPQUFPLENBQU8sQ0FBQyxPQUFPLEVBQUUsRUFBRTtvQkFDbEMsSUFBSSxDQUFDLElBQUssQ0FBQyxFQUFFLENBQUMsT0FBTyxFQUFFLEdBQUcsRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7b0JBQ3hDLElBQUksQ0FBQyxJQUFLLENBQUMsRUFBRSxDQUFDLE9BQU8sRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQztnQkFDMUMsQ0FBQyxDQUFDLENBQUM7Z0JBQ0gsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRO29CQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLHdDQUF3QyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ3JGLENBQUM7WUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO2dCQUNYLElBQUksSUFBSSxDQUFDLFFBQVE7b0JBQUUsTUFBTTtnQkFDekIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsK0JBQWdDLENBQVcsQ0FBQyxPQUFPLGlCQUFpQixLQUFLLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztZQUN2RyxDQUFDO1lBQ0QsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDO1lBQ2xCLElBQUksSUFBSSxDQUFDLFFBQVE7Z0JBQUUsTUFBTTtZQUN6QixNQUFNLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLEVBQUUsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7WUFDakQsS0FBSyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsS0FBSyxHQUFHLENBQUMsRUFBRSxNQUFNLENBQUMsQ0FBQztRQUN0QyxDQUFDO0lBQ0gsQ0FBQztJQUVELG9FQUFvRTtJQUM3RCxLQUFLLENBQUMsSUFBSTtRQUNmLElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxDQUFDO1FBQ3JCLElBQUksQ0FBQyxVQUFVLEVBQUUsRUFBRSxDQUFDO1FBQ3BCLElBQUksSUFBSSxDQUFDLElBQUk7WUFBRSxhQUFhLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hDLE1BQU0sT0FBTyxDQUFDLFVBQVUsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDdkUsSUFBSSxDQUFDO1lBQ0gsTUFBTSxJQUFJLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDO1FBQzNCLENBQUM7UUFBQyxNQUFNLENBQUM7WUFDUCxpQkFBaUI7UUFDbkIsQ0FBQztRQUNELE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDakUsQ0FBQztJQUVPLFVBQVU7UUFDaEIsSUFBSSxJQUFJLENBQUMsSUFBSTtZQUFFLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDeEMsSUFBSSxDQUFDLElBQUksR0FBRyxTQUFTLENBQUM7UUFDdEIsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUNwQixJQUFJLENBQUMsR0FBRyxHQUFHLFNBQVMsQ0FBQztJQUN2QixDQUFDO0lBRU8sS0FBSyxDQUFDLE9BQU87UUFDbkIsTUFBTSxJQUFJLEdBQUcsTUFBTSxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLGdCQUFnQixFQUFFLEVBQUUsZUFBZSxFQUFFLHFCQUFxQixJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3hJLElBQUksQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDO1FBQ2pCLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLG9CQUFvQixFQUFFLENBQUM7UUFDN0MsRUFBRSxDQUFDLEVBQUUsQ0FBQyxPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDaEMsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUM7UUFDMUIsTUFBTSxJQUFBLHlCQUFjLEVBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzVCLE1BQU0sRUFBRSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsRUFBRSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3JFLE1BQU0sRUFBRSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsRUFBRSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3JFLE1BQU0sRUFBRSxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLGNBQWMsRUFBRSxPQUFPLEVBQUUsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUMzRSxNQUFNLEVBQUUsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ3hELE1BQU0sRUFBRSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDdkQsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDdkMsTUFBTSxFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7WUFDN0QsTUFBTSxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDckUsQ0FBQztRQUNELElBQUksQ0FBQyxHQUFHLEdBQUcsRUFBRSxDQUFDO1FBQ2QsMkVBQTJFO1FBQzNFLE1BQU0sTUFBTSxHQUFHLE1BQU0sSUFBSSxDQUFDLG9CQUFvQixFQUFFLENBQUM7UUFDakQsTUFBTSxDQUFDLEVBQUUsQ0FBQyxPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDcEMsTUFBTSxNQUFNLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzFCLE1BQU0sTUFBTSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDNUMsSUFBSSxDQUFDO2dCQUFFLEtBQUssSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDcEMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDckIsTUFBTSxJQUFJLENBQUMsU0FBUyxFQUFFLENBQUM7UUFDdkIsSUFBSSxDQUFDLElBQUksR0FBRyxXQUFXLENBQUMsR0FBRyxFQUFFLENBQUMsS0FBSyxJQUFJLENBQUMsU0FBUyxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxjQUFlLENBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDbEksQ0FBQztJQUVELG9GQUFvRjtJQUM1RSxLQUFLLENBQUMsRUFBa0IsRUFBRSxDQUFpQjtRQUNqRCw4REFBOEQ7UUFDOUQsSUFBSSxDQUFDLFVBQVUsR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRTtZQUNoRCxJQUFJLENBQUM7Z0JBQ0gsSUFBSSxLQUFhLENBQUM7Z0JBQ2xCLElBQUksQ0FBQztvQkFDSCxNQUFNLEVBQUUsR0FBRyxJQUFBLG1CQUFVLEVBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxDQUFDO29CQUN0RCxLQUFLLEdBQUcsSUFBQSxnQkFBTyxFQUFDLEVBQUUsQ0FBQyxRQUFRLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQztnQkFDOUMsQ0FBQztnQkFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO29CQUNYLElBQUksQ0FBQyxDQUFDLENBQUMsWUFBWSxzQkFBYSxDQUFDO3dCQUFFLE1BQU0sQ0FBQyxDQUFDO29CQUMzQyxNQUFNLElBQUksQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztvQkFDaEQsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztvQkFDVixPQUFPO2dCQUNULENBQUM7Z0JBQ0QsTUFBTSxnQkFBZ0IsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxNQUFNLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRTtvQkFDbkUsVUFBVSxFQUFFLElBQUk7b0JBQ2hCLFdBQVcsRUFBRSxrQkFBa0I7b0JBQy9CLFNBQVMsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLFNBQVM7b0JBQ2pDLE9BQU8sRUFBRSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSSxFQUFFLENBQUMsRUFBRSxtQkFBbUIsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsRUFBRTtpQkFDdkYsQ0FBQyxDQUFDO2dCQUNILEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDWixDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxXQUFZLENBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1lBQ3RELENBQUM7UUFDSCxDQUFDLENBQUMsQ0FBQztRQUNILE9BQU8sSUFBSSxDQUFDLFVBQVUsQ0FBQztJQUN6QixDQUFDO0lBRU8sS0FBSyxDQUFDLFVBQVUsQ0FBQyxFQUFrQixFQUFFLENBQWlCLEVBQUUsSUFBWSxFQUFFLE1BQWM7UUFDMUYsTUFBTSxnQkFBZ0IsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRTtZQUN4RCxVQUFVLEVBQUUsSUFBSTtZQUNoQixXQUFXLEVBQUUsa0JBQWtCO1lBQy9CLE9BQU8sRUFBRSxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE1BQU0sRUFBRSxtQkFBbUIsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLE9BQU8sRUFBRSxDQUFDLG1CQUFtQixDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxVQUFVLEVBQUUsY0FBYyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFO1NBQ2xMLENBQUMsQ0FBQztRQUNILE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsc0JBQXNCLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDdEUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsa0JBQWtCLE1BQU0sRUFBRSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUN6RCxDQUFDO0lBRUQsNEVBQTRFO0lBQ3BFLEtBQUssQ0FBQyxTQUFTO1FBQ3JCLElBQUksSUFBSSxDQUFDLFdBQVcsSUFBSSxJQUFJLENBQUMsUUFBUSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUk7WUFBRSxPQUFPO1FBQzVELElBQUksQ0FBQyxXQUFXLEdBQUcsSUFBSSxDQUFDO1FBQ3hCLElBQUksQ0FBQztZQUNILE1BQU0sRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDdEcsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sR0FBRyxLQUFLLENBQUMsQ0FBQztZQUM5QyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxHQUFHLEtBQUssQ0FBQyxDQUFDO1lBQ2hELDRGQUE0RjtZQUM1RixpR0FBaUc7WUFDakcsTUFBTSxRQUFRLEdBQUcsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDO1lBQy9DLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsUUFBUSxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxHQUFHLEtBQUssQ0FBQyxFQUFFLENBQUM7Z0JBQ3RFLDJEQUEyRDtnQkFDM0QsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDN0UsS0FBSyxDQUFDLFNBQVMsR0FBRyxJQUFJLENBQUM7Z0JBQ3ZCLE1BQU0sS0FBSyxDQUFDLElBQUksQ0FBQztnQkFDakIsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDO2dCQUNoQyxNQUFNLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDO2dCQUNuRCxPQUFPO1lBQ1QsQ0FBQztZQUNELE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUM7WUFDL0UsTUFBTSxNQUFNLEdBQUcsUUFBUSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztZQUN2QyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO2dCQUN0QixJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxJQUFJLE1BQU0sSUFBSSxJQUFJLENBQUMsUUFBUTtvQkFBRSxNQUFNO2dCQUN2RCxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztvQkFBRSxTQUFTO2dCQUNqQyxNQUFNLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDekIsQ0FBQztRQUNILENBQUM7Z0JBQVMsQ0FBQztZQUNULElBQUksQ0FBQyxXQUFXLEdBQUcsS0FBSyxDQUFDO1FBQzNCLENBQUM7SUFDSCxDQUFDO0lBRU8sS0FBSyxDQUFDLFFBQVEsQ0FBQyxLQUFhO1FBQ2xDLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFLLENBQUM7UUFDeEIsTUFBTSxPQUFPLEdBQUcsTUFBTSxJQUFJLENBQUMsYUFBYSxFQUFFLENBQUM7UUFDM0MsT0FBTyxDQUFDLEVBQUUsQ0FBQyxPQUFPLEVBQUUsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDckMsTUFBTSxPQUFPLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzFCLE1BQU0sS0FBSyxHQUFVLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLENBQUM7UUFDMUQsSUFBSSxDQUFDO1lBQ0gsTUFBTSxPQUFPLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxLQUFLLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUU7Z0JBQ25ELElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLFNBQVM7b0JBQUUsT0FBTyxDQUFDLGlFQUFpRTtnQkFDcEcsS0FBSyxDQUFDLElBQUksR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQztZQUNyQyxDQUFDLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQ3RDLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztZQUM5QixPQUFPLENBQUMsRUFBRSxDQUFDLE9BQU8sRUFBRSxHQUFHLEVBQUU7Z0JBQ3ZCLEtBQUssQ0FBQyxNQUFNLEdBQUcsSUFBSSxDQUFDO2dCQUNwQixJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxLQUFLLEtBQUs7b0JBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDbEUsQ0FBQyxDQUFDLENBQUM7UUFDTCxDQUFDO1FBQUMsTUFBTSxDQUFDO1lBQ1AsMEVBQTBFO1FBQzVFLENBQUM7SUFDSCxDQUFDO0lBRUQsa0ZBQWtGO0lBQzFFLEtBQUssQ0FBQyxNQUFNLENBQUMsS0FBWSxFQUFFLENBQWlCO1FBQ2xELE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxPQUFPLENBQUM7UUFDekIsSUFBSSxPQUFPLEdBQUcsQ0FBQyxDQUFDO1FBQ2hCLFNBQVMsQ0FBQztZQUNSLE9BQU8sRUFBRSxDQUFDO1lBQ1YsSUFBSSxDQUFDO2dCQUNILE1BQU0sT0FBTyxHQUFHLE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDdEMsSUFBSSxPQUFPLENBQUMsVUFBVSxFQUFFLENBQUM7b0JBQ3ZCLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRzt3QkFBRSxNQUFNLElBQUksS0FBSyxDQUFDLHVEQUF1RCxDQUFDLENBQUM7b0JBQ3hGLE1BQU0sSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLElBQUksRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDO2dCQUN6RixDQUFDO2dCQUNELE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDO2dCQUNyQixPQUFPO1lBQ1QsQ0FBQztZQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7Z0JBQ1gsSUFBSSxDQUFDLFlBQVksY0FBYyxFQUFFLENBQUM7b0JBQ2hDLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLHlEQUF5RCxDQUFDLENBQUM7b0JBQzVFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxFQUFFLFNBQVMsQ0FBQyxDQUFDO29CQUN6QixPQUFPO2dCQUNULENBQUM7Z0JBQ0QsTUFBTSxHQUFHLEdBQUcsQ0FBVSxDQUFDO2dCQUN2QixJQUFJLElBQUksQ0FBQyxRQUFRLElBQUksS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDO29CQUNsQyxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUMsRUFBRSxTQUFTLENBQUMsQ0FBQztvQkFDekIsT0FBTztnQkFDVCxDQUFDO2dCQUNELDZGQUE2RjtnQkFDN0Ysc0ZBQXNGO2dCQUN0Rix5RkFBeUY7Z0JBQ3pGLE1BQU0sU0FBUyxHQUFHLEdBQUcsWUFBWSwwQkFBYyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsU0FBUyxJQUFJLE9BQU8sSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDO2dCQUNyRyxJQUFJLFNBQVMsRUFBRSxDQUFDO29CQUNkLElBQUksQ0FBQzt3QkFDSCxNQUFNLEVBQUUsR0FBRyxJQUFBLG1CQUFVLEVBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLE9BQU8sRUFBRSxDQUFDLG1CQUFtQixDQUFDLENBQUMsQ0FBQzt3QkFDOUUsTUFBTSxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsRUFBRSxXQUFXLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxHQUFHLENBQUMsT0FBTyxHQUFHLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLFdBQVcsT0FBTyxZQUFZLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7d0JBQ3JILElBQUksQ0FBQyxHQUFHLENBQUMsT0FBTyxFQUFFLFVBQVUsRUFBRSxDQUFDLFFBQVEsbUJBQW1CLEdBQUcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQzt3QkFDbEcsTUFBTSxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7d0JBQ3JCLE9BQU87b0JBQ1QsQ0FBQztvQkFBQyxPQUFPLEVBQUUsRUFBRSxDQUFDO3dCQUNaLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLGtDQUFtQyxFQUFZLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztvQkFDOUUsQ0FBQztnQkFDSCxDQUFDO2dCQUNELE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDO2dCQUN6RCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsU0FBUyxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sR0FBRyxDQUFDLEVBQUUsRUFBRSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUM7Z0JBQzVILElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLFdBQVcsT0FBTyxZQUFZLEdBQUcsQ0FBQyxPQUFPLGlCQUFpQixJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQztnQkFDbkcsTUFBTSxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUM7Z0JBQ25CLElBQUksS0FBSyxDQUFDLE1BQU07b0JBQUUsT0FBTyxDQUFDLGdEQUFnRDtZQUM1RSxDQUFDO1FBQ0gsQ0FBQztJQUNILENBQUM7SUFFRCwwRkFBMEY7SUFDbEYsVUFBVSxDQUFDLEVBQWUsRUFBRSxFQUFVLEVBQUUsSUFBNEI7UUFDMUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxFQUFFLENBQUMsUUFBUSxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxFQUFFLENBQUMsS0FBSyxFQUFFLEdBQUcsSUFBSSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxFQUFFLEVBQUUsQ0FBQztJQUMvRyxDQUFDO0lBRUQsd0VBQXdFO0lBQ2hFLEtBQUssQ0FBQyxhQUFhLENBQUMsRUFBZSxFQUFFLElBQVksRUFBRSxNQUFjO1FBQ3ZFLE1BQU0sSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLEtBQUssRUFBRSxVQUFVLEVBQUUsRUFBRTtZQUNyRCxNQUFNLEVBQUUsR0FBRyxJQUFJLElBQUksRUFBRSxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ3BDLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxVQUFVLEVBQUU7Z0JBQzFELE1BQU0sRUFBRSxFQUFFLE1BQU0sRUFBRSxHQUFHLElBQUksS0FBSyxNQUFNLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFO2dCQUN0RCxLQUFLLEVBQUUsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLEtBQUssRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUU7Z0JBQzFGLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTztnQkFDbkIsT0FBTyxFQUFFLFFBQVE7Z0JBQ2pCLEtBQUssRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDO2dCQUM3RCxNQUFNLEVBQUUsZUFBZTthQUN4QixDQUFDLENBQUM7WUFDSCxJQUFJLENBQUMsRUFBRTtnQkFBRSxNQUFNLElBQUksY0FBYyxFQUFFLENBQUM7UUFDdEMsQ0FBQyxDQUFDLENBQUM7SUFDTCxDQUFDO0lBRU8sS0FBSyxDQUFDLFNBQVMsQ0FBSSxRQUFnQixFQUFFLEVBQTJEO1FBQ3RHLElBQUksS0FBSyxHQUFHLENBQUMsQ0FBQztRQUNkLFNBQVMsQ0FBQztZQUNSLEtBQUssR0FBRyxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQzVFLElBQUksS0FBSyxHQUFHLENBQUM7Z0JBQUUsTUFBTTtZQUNyQixNQUFNLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUNuQixDQUFDO1FBQ0QsTUFBTSxVQUFVLEdBQUcsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUNqRCxJQUFJLElBQUksR0FBRyxLQUFLLENBQUM7UUFDakIsTUFBTSxLQUFLLEdBQUcsV0FBVyxDQUFDLEdBQUcsRUFBRTtZQUM3QixJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxRQUFRLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUU7Z0JBQ2pFLElBQUksQ0FBQyxFQUFFO29CQUFFLElBQUksR0FBRyxJQUFJLENBQUM7WUFDdkIsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQzVCLENBQUMsRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNsRCxJQUFJLENBQUM7WUFDSCxPQUFPLE1BQU0sRUFBRSxDQUFDLFVBQVUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMxQyxDQUFDO2dCQUFTLENBQUM7WUFDVCxhQUFhLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDckIsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsVUFBVSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ3hFLENBQUM7SUFDSCxDQUFDO0lBRUQsMkVBQTJFO0lBQ25FLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBaUI7UUFDckMsSUFBSSxFQUFlLENBQUM7UUFDcEIsSUFBSSxDQUFDO1lBQ0gsRUFBRSxHQUFHLElBQUEsbUJBQVUsRUFBQyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsT0FBTyxFQUFFLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDO1FBQzFFLENBQUM7UUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ1gsSUFBSSxDQUFDLFlBQVksc0JBQWE7Z0JBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQztZQUMzRixNQUFNLENBQUMsQ0FBQztRQUNWLENBQUM7UUFDRCxJQUFJLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUN4RCxNQUFNLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLGtCQUFrQixDQUFDLENBQUM7WUFDM0MsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsb0NBQW9DLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLFFBQVEsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7WUFDdkcsT0FBTyxFQUFFLENBQUM7UUFDWixDQUFDO1FBQ0QsT0FBTyxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxRQUFRLEVBQUUsS0FBSyxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsRUFBRTtZQUM1RCxpRkFBaUY7WUFDakYsTUFBTSxJQUFJLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLEVBQUUsQ0FBQyxPQUFPLENBQUMsQ0FBQztZQUNqRSxJQUFJLElBQUksRUFBRSxDQUFDO2dCQUNULE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsa0JBQWtCLENBQUMsQ0FBQztnQkFDM0MsT0FBTyxFQUFFLENBQUM7WUFDWixDQUFDO1lBQ0QsTUFBTSxLQUFLLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDaEQsTUFBTSxPQUFPLEdBQUcsS0FBSyxFQUFFLE1BQWtDLENBQUM7WUFDMUQsTUFBTSxFQUFFLEdBQUcsSUFBSSxJQUFJLEVBQUUsQ0FBQyxXQUFXLEVBQUUsQ0FBQztZQUNwQyxJQUFJLElBQUEsdUJBQWMsRUFBQyxFQUFFLENBQUM7Z0JBQUUsT0FBTyxJQUFJLENBQUMsY0FBYyxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQzlFLElBQUksSUFBZ0IsQ0FBQztZQUNyQixJQUFJLElBQVMsQ0FBQztZQUNkLElBQUksQ0FBQztnQkFDSCxNQUFNLE1BQU0sR0FBRyxJQUFBLHFCQUFZLEVBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUN6QyxNQUFNLE1BQU0sR0FBRyxJQUFBLG9CQUFXLEVBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQztnQkFDbEUsSUFBSSxHQUFHLEVBQUUsR0FBRyxNQUFNLEVBQVMsQ0FBQztnQkFDNUIsT0FBTyxJQUFJLENBQUMsRUFBRSxDQUFDO2dCQUNmLGdHQUFnRztnQkFDaEcsTUFBTSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsR0FBRyxXQUFXLEVBQUUsR0FBRyxNQUErQyxDQUFDO2dCQUM5RixJQUFJLEdBQUcsd0JBQWUsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLFdBQVcsRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7WUFDeEksQ0FBQztZQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7Z0JBQ1gsTUFBTSxHQUFHLEdBQUcsQ0FBQyxZQUFZLHNCQUFhLENBQUMsQ0FBQyxDQUFDLENBQUM7b0JBQ3hDLENBQUMsQ0FBQywyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxzQkFBYSxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxJQUFJLGdCQUFnQixFQUFFLFNBQVMsRUFBRSxDQUFDLE9BQU8sWUFBWSxFQUFFLENBQUMsUUFBUSxNQUFNLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO3dCQUMvTCxDQUFDLENBQUMsU0FBUyxDQUFDO2dCQUNoQixJQUFJLENBQUMsR0FBRztvQkFBRSxNQUFNLENBQUMsQ0FBQztnQkFDbEIsTUFBTSxFQUFFLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLFVBQVUsRUFBRTtvQkFDMUQsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRTtvQkFDL0MsS0FBSyxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPLEVBQUUsS0FBSyxFQUFFLEVBQUUsQ0FBQyxLQUFLLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRTtvQkFDakgsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPO29CQUNuQixPQUFPLEVBQUUsU0FBUztvQkFDbEIsS0FBSyxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxPQUFPLElBQUksRUFBRSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxPQUFPLEVBQUUsQ0FBQztvQkFDaEgsTUFBTSxFQUFFLGdCQUFnQjtpQkFDekIsQ0FBQyxDQUFDO2dCQUNILElBQUksQ0FBQyxFQUFFO29CQUFFLE1BQU0sSUFBSSxjQUFjLEVBQUUsQ0FBQztnQkFDcEMsSUFBSSxDQUFDLEtBQUs7b0JBQUUsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxDQUFDO2dCQUNoRixPQUFPLEVBQUUsVUFBVSxFQUFFLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDO1lBQ2pFLENBQUM7WUFDRCxNQUFNLFFBQVEsR0FBRyxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxFQUFFLENBQUMsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxFQUFFLEVBQUUsQ0FBQztZQUM1RyxJQUFJLENBQUMsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLFlBQVksQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLFVBQVUsRUFBRSxRQUFRLENBQUMsRUFBRSxDQUFDO2dCQUN0RSxNQUFNLElBQUksY0FBYyxFQUFFLENBQUM7WUFDN0IsQ0FBQztZQUNELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQztZQUMzQixJQUFJLE9BQWdDLENBQUM7WUFDckMsSUFBSSxVQUFtQixDQUFDO1lBQ3hCLE1BQU0sS0FBSyxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQy9DLElBQUksT0FBMkMsQ0FBQztZQUNoRCxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLEVBQUUsQ0FBQztnQkFDeEQsTUFBTSxJQUFJLEdBQUcsTUFBTSxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDO2dCQUNoRixJQUFJLElBQUksQ0FBQyxPQUFPO29CQUFFLE9BQU8sRUFBRSxDQUFDO2dCQUM1QixPQUFPLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQztnQkFDdkIsSUFBSSxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7b0JBQ2pCLE9BQU8sR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDO29CQUN2QixVQUFVLEdBQUcsWUFBWSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO2dCQUM5RSxDQUFDO1lBQ0gsQ0FBQztpQkFBTSxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDO2dCQUNuQyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsbUJBQW1CLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsQ0FBQztnQkFDM0QsSUFBSSxPQUErQixDQUFDO2dCQUNwQyxJQUFJLElBQTZCLENBQUM7Z0JBQ2xDLElBQUksQ0FBQztvQkFDSCxPQUFPLEdBQUcsTUFBTSxJQUFBLHFCQUFTLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsS0FBSyxDQUFDLENBQUM7b0JBQ25ELE9BQU8sR0FBRyxPQUFPLENBQUMsT0FBTyxDQUFDO29CQUMxQixNQUFNLGtCQUFrQixHQUFHLENBQUMsR0FBRyxDQUFDLEtBQUssRUFBRSxrQkFBa0IsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLEtBQUssQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDO29CQUMvRixJQUFJLEdBQUcsSUFBQSwyQkFBZSxFQUFDLE9BQU8sRUFBRSxrQkFBa0IsRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLHFCQUFZLENBQUMsT0FBTyxDQUFDLENBQUM7Z0JBQzVGLENBQUM7Z0JBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztvQkFDWCxpRkFBaUY7b0JBQ2pGLGlGQUFpRjtvQkFDakYsSUFBSSxDQUFDLENBQUMsQ0FBQyxZQUFZLGlDQUFxQixDQUFDO3dCQUFFLE1BQU0sQ0FBQyxDQUFDO29CQUNuRCxJQUFJLEdBQUcsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLE9BQU8sQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7Z0JBQ3hHLENBQUM7Z0JBQ0QsSUFBSSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7b0JBQ2hCLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLG9FQUFvRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7b0JBQ3hJLE1BQU0sSUFBSSxDQUFDLFVBQVUsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7b0JBQzdFLE9BQU8sRUFBRSxDQUFDO2dCQUNaLENBQUM7Z0JBQ0QsSUFBSSxJQUFJLEVBQUU7b0JBQUUsTUFBTSxJQUFJLGNBQWMsRUFBRSxDQUFDO2dCQUN2QyxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDO29CQUM1QixNQUFNLFNBQVMsR0FBRyxNQUFNLElBQUEscUJBQVMsRUFBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxLQUFLLEVBQUUsT0FBUSxDQUFDLFFBQVEsQ0FBQyxDQUFDO29CQUM5RSxVQUFVLEdBQUcsU0FBUyxDQUFDLFVBQVUsQ0FBQztnQkFDcEMsQ0FBQztZQUNILENBQUM7WUFDRCxNQUFNLE1BQU0sR0FBRyxPQUFPLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsS0FBSyxDQUFDLFNBQVMsQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxrQkFBa0IsQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUMvSCxNQUFNLE9BQU8sR0FBRztnQkFDZCxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU87Z0JBQ25CLEtBQUssRUFBRSxFQUFFLENBQUMsS0FBSztnQkFDZixJQUFJLEVBQUUsT0FBTyxJQUFJLElBQUk7Z0JBQ3JCLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTTtnQkFDZixNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07Z0JBQ25CLEVBQUU7Z0JBQ0YsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUTtnQkFDdkIsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSTtnQkFDakIsRUFBRSxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsR0FBRyxPQUFPO2dCQUN4QixJQUFJLEVBQUUsTUFBTTtnQkFDWixHQUFHLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsRUFBRSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7YUFDeEQsQ0FBQztZQUNGLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxVQUFVLEVBQUU7Z0JBQzFELE1BQU0sRUFBRTtvQkFDTixNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU07b0JBQ25CLGNBQWMsRUFBRSxPQUFPLElBQUksRUFBRTtvQkFDN0IsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPO29CQUNuQixLQUFLLEVBQUUsRUFBRSxDQUFDLEtBQUs7b0JBQ2YsU0FBUyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsV0FBVyxFQUFFO29CQUNuQyxNQUFNLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUM7b0JBQzVCLElBQUksRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDO3dCQUNuQixJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxLQUFLLEVBQUUsR0FBRyxNQUFNLEVBQUUsR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsT0FBTyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7cUJBQ3BJLENBQUM7b0JBQ0Ysa0JBQWtCLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsa0JBQWtCLENBQUM7b0JBQzVELE1BQU0sRUFBRSxFQUFFO29CQUNWLFFBQVEsRUFBRSxFQUFFO29CQUNaLFVBQVUsRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO3dCQUNyRCxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7cUJBQ3BHLENBQUMsQ0FBQyxDQUFDO29CQUNKLEdBQUcsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztpQkFDaEY7Z0JBQ0QsT0FBTztnQkFDUCxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU87Z0JBQ25CLE9BQU8sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLFNBQVM7Z0JBQzNDLEtBQUssRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUU7b0JBQzdCLElBQUksRUFBRSxPQUFPLElBQUksRUFBRTtvQkFDbkIsRUFBRSxFQUFFLElBQUksQ0FBQyxNQUFNO29CQUNmLE9BQU8sRUFBRSxTQUFTO29CQUNsQixJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJO29CQUNqQixJQUFJLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUM7b0JBQzVCLE9BQU8sRUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLElBQUksQ0FBQyxDQUFDLElBQUksSUFBSSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztpQkFDdkYsQ0FBQztnQkFDRixNQUFNLEVBQUUsZ0JBQWdCO2FBQ3pCLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxFQUFFO2dCQUFFLE1BQU0sSUFBSSxjQUFjLEVBQUUsQ0FBQztZQUNwQyxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsRUFBRSxRQUFRLEVBQUUsRUFBRSxDQUFDLFFBQVEsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLEVBQUUsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLE9BQU8sRUFBRSxDQUFDLENBQUM7WUFDekosSUFBSSxJQUFJLENBQUMsR0FBRyxFQUFFLENBQUM7Z0JBQ2IsTUFBTSxnQkFBZ0IsQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsY0FBYyxFQUFFLGlCQUFpQixJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDO29CQUNqSCxRQUFRLEVBQUUsRUFBRSxDQUFDLFFBQVEsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxjQUFjLEVBQUUsT0FBTyxJQUFJLElBQUksRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxFQUFFO2lCQUNyRyxDQUFDLENBQUMsRUFBRSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLGtCQUFrQixFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLG1CQUFvQixDQUFXLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3hJLENBQUM7WUFDRCxPQUFPLEVBQUUsQ0FBQztRQUNaLENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVELG1GQUFtRjtJQUMzRSxLQUFLLENBQUMsVUFBVSxDQUFDLEVBQWUsRUFBRSxJQUFnQixFQUFFLE9BQWlDLEVBQUUsVUFBa0IsRUFBRSxFQUFVLEVBQzNILE9BQWdDLEVBQUUsSUFBNkIsRUFBRSxHQUFXO1FBQzVFLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBd0IsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUM3SSxNQUFNLE1BQU0sR0FBRywwQkFBMEIsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyx5QkFBeUIsR0FBRyxJQUFJO2NBQzFILHVIQUF1SCxDQUFDO1FBQzVILE1BQU0sV0FBVyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUM7UUFDdEcsTUFBTSxFQUFFLEdBQUcsTUFBTSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLFVBQVUsRUFBRTtZQUMxRCxNQUFNLEVBQUUsRUFBRSxNQUFNLEVBQUUsaUJBQWlCLE1BQU0sRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsZUFBZSxFQUFFLFdBQVcsRUFBRTtZQUN6RixLQUFLLEVBQUUsRUFBRSxPQUFPLEVBQUUsRUFBRSxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLEtBQUssRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE1BQU0sRUFBRSxFQUFFLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUU7WUFDekgsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPO1lBQ25CLE9BQU8sRUFBRSxTQUFTO1lBQ2xCLEtBQUssRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsT0FBTyxJQUFJLEVBQUUsRUFBRSxFQUFFLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsY0FBYyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLENBQUM7WUFDNUgsTUFBTSxFQUFFLGVBQWU7U0FDeEIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLEVBQUU7WUFBRSxNQUFNLElBQUksY0FBYyxFQUFFLENBQUM7UUFDcEMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO0lBQzNFLENBQUM7SUFFRDs7Ozs7T0FLRztJQUNLLEtBQUssQ0FBQyxTQUFTLENBQUMsRUFBZSxFQUFFLElBQWdCLEVBQUUsS0FBMEMsRUFBRSxLQUFVLEVBQUUsVUFBa0IsRUFBRSxFQUFVLEVBQy9JLElBQW1CO1FBQ25CLElBQUksQ0FBQyxRQUFRLEtBQUssdUNBQXNCLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLENBQUM7UUFDdkUsTUFBTSxHQUFHLEdBQUcsTUFBTSxJQUFJLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1lBQzFDLElBQUksQ0FBQyxRQUFRLEdBQUcsU0FBUyxDQUFDO1lBQzFCLE1BQU0sQ0FBQyxDQUFDO1FBQ1YsQ0FBQyxDQUFDLENBQUM7UUFDSCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsTUFBTSxLQUFLLHFCQUFZLENBQUMsT0FBTyxDQUFDO1FBQ3RELE1BQU0sT0FBTyxHQUFHLEtBQUssRUFBRSxNQUFrQyxDQUFDO1FBQzFELElBQUksUUFBUSxJQUFJLENBQUMsTUFBTSxHQUFHLENBQUMsV0FBVyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ3BELCtFQUErRTtZQUMvRSxPQUFPLEVBQUUsT0FBTyxFQUFFLElBQUEsd0JBQVksR0FBRSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQzFGLENBQUM7UUFDRCxNQUFNLFlBQVksR0FBRyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsS0FBSyxFQUFFLGtCQUFrQixJQUFJLEVBQUUsQ0FBQyxFQUFFLEdBQUcsS0FBSyxDQUFDLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3ZHLE1BQU0sS0FBSyxHQUFHLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxHQUFHLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ2pFLE1BQU0sSUFBSSxHQUFHLElBQUEsa0NBQWlCLEVBQUMsS0FBSyxDQUFDLE9BQU8sRUFBRSxZQUFZLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDdEUsSUFBSSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDaEIsSUFBSSxLQUFLLENBQUMsV0FBVztnQkFBRSxNQUFNLEdBQUcsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1lBQzVELE1BQU0sSUFBSSxDQUFDLFVBQVUsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLEtBQUssQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLDhDQUE4QyxDQUFDLENBQUM7WUFDOUgsT0FBTyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsQ0FBQztRQUMzQixDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxPQUFPO1lBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxFQUFFLENBQUM7UUFDL0QsSUFBSSxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ1gsSUFBSSxLQUFLLENBQUMsV0FBVztnQkFBRSxNQUFNLEdBQUcsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1lBQzVELE1BQU0sSUFBSSxjQUFjLEVBQUUsQ0FBQztRQUM3QixDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQUcsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUM7UUFDckUsSUFBSSxRQUFRLEVBQUUsQ0FBQztZQUNiLE1BQU0sR0FBRyxDQUFDLFdBQVcsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUM7WUFDbkMsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsQ0FBQztRQUNqRCxDQUFDO1FBQ0QsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxjQUFjLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztJQUN0RSxDQUFDO0lBRUQ7Ozs7T0FJRztJQUNLLEtBQUssQ0FBQyxjQUFjLENBQzFCLEVBQXdFLEVBQUUsS0FBVSxFQUFFLFVBQWtCLEVBQUUsRUFBVTtRQUVwSCxNQUFNLE9BQU8sR0FBRyxLQUFLLEVBQUUsTUFBa0MsQ0FBQztRQUMxRCxNQUFNLE1BQU0sR0FBRyxLQUFLLEVBQUUsR0FBa0IsRUFBRSxFQUFFO1lBQzFDLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxVQUFVLEVBQUU7Z0JBQzFELE1BQU0sRUFBRSxFQUFFO2dCQUNWLEtBQUssRUFBRSxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxFQUFFLENBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUU7Z0JBQ2pILE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTztnQkFDbkIsT0FBTyxFQUFFLFNBQVM7Z0JBQ2xCLEtBQUssRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsT0FBTyxJQUFJLEVBQUUsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLFNBQVMsRUFBRSxDQUFDO2dCQUNqSixNQUFNLEVBQUUsZ0JBQWdCO2FBQ3pCLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxFQUFFO2dCQUFFLE1BQU0sSUFBSSxjQUFjLEVBQUUsQ0FBQztZQUNwQyxPQUFPLEVBQUUsVUFBVSxFQUFFLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDO1FBQ2pFLENBQUMsQ0FBQztRQUNGLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztZQUNYLHFGQUFxRjtZQUNyRixPQUFPLEVBQUUsVUFBVSxFQUFFLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsQ0FBQyxPQUFPLEtBQUssRUFBRSxDQUFDLEtBQUssZUFBZSxFQUFFLENBQUMsUUFBUSxtRkFBbUYsRUFBRSxFQUFFLENBQUM7UUFDM00sQ0FBQztRQUNELElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQ3hCLE9BQU8sTUFBTSxDQUFDLElBQUksc0JBQWEsQ0FBQyx5QkFBeUIsRUFBRSxTQUFTLEVBQUUsQ0FBQyxPQUFPLDRFQUE0RSxFQUFFLENBQUMsS0FBSyxJQUFJO2tCQUNsSyx3RkFBd0YsQ0FBQyxDQUFDLENBQUM7UUFDakcsQ0FBQztRQUNELE1BQU0sSUFBSSxHQUFlLEVBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUMzRSxJQUFJLE9BQU8sQ0FBQztRQUNaLElBQUksQ0FBQztZQUNILE9BQU8sR0FBRyxNQUFNLElBQUEsaUNBQWlCLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLFFBQVEsRUFBRSxJQUFJLEVBQUUsRUFBRSxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzFILENBQUM7UUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ1gsSUFBSSxDQUFDLFlBQVksc0JBQWE7Z0JBQUUsT0FBTyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDakQsTUFBTSxDQUFDLENBQUM7UUFDVixDQUFDO1FBQ0QsTUFBTSxDQUFDLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQztRQUMxQixNQUFNLE9BQU8sR0FBRztZQUNkLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTztZQUNuQixLQUFLLEVBQUUsRUFBRSxDQUFDLEtBQUs7WUFDZixJQUFJLEVBQUUsT0FBTyxJQUFJLElBQUk7WUFDckIsRUFBRSxFQUFFLE9BQU8sSUFBSSxJQUFJO1lBQ25CLEVBQUU7WUFDRixNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxRQUFRO1lBQ3ZCLE9BQU8sRUFBRSxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsT0FBTyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxFQUFFLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRTtZQUMvRixHQUFHLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsRUFBRSxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7U0FDeEQsQ0FBQztRQUNGLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxVQUFVLEVBQUU7WUFDMUQsTUFBTSxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsV0FBVyxFQUFFLEVBQUUsR0FBRyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUU7WUFDdkcsT0FBTztZQUNQLE9BQU8sRUFBRSxFQUFFLENBQUMsT0FBTztZQUNuQixPQUFPLEVBQUUsT0FBTyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsUUFBUTtZQUN0RCxLQUFLLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxFQUFFO2dCQUM3QixJQUFJLEVBQUUsT0FBTyxJQUFJLEVBQUU7Z0JBQ25CLEVBQUUsRUFBRSxPQUFPLElBQUksRUFBRTtnQkFDakIsT0FBTyxFQUFFLFNBQVM7Z0JBQ2xCLFNBQVMsRUFBRSxDQUFDLENBQUMsRUFBRTtnQkFDZixLQUFLLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxLQUFLO2dCQUN2QixPQUFPLEVBQUUsT0FBTyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLElBQUksb0JBQW9CO2dCQUMxRCxZQUFZLEVBQUUsQ0FBQyxDQUFDLEtBQUs7Z0JBQ3JCLEdBQUcsQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQzthQUN0RCxDQUFDO1lBQ0YsTUFBTSxFQUFFLGVBQWU7U0FDeEIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLEVBQUU7WUFBRSxNQUFNLElBQUksY0FBYyxFQUFFLENBQUM7UUFDcEMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsY0FBYyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN0SixJQUFJLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQztZQUNiLE1BQU0sZ0JBQWdCLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLGNBQWMsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDLEtBQUssRUFBRSxFQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQztnQkFDOUcsUUFBUSxFQUFFLEVBQUUsQ0FBQyxRQUFRLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxPQUFPLEVBQUUsRUFBRTthQUNoRixDQUFDLENBQUMsRUFBRSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLGtCQUFrQixFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLG9CQUFxQixDQUFXLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ3pJLENBQUM7UUFDRCxPQUFPLEVBQUUsQ0FBQztJQUNaLENBQUM7SUFFRCxnSEFBZ0g7SUFDeEcsS0FBSyxDQUFDLEtBQUssQ0FBQyxJQUFnQixFQUFFLElBQVMsRUFBRSxTQUFpQjtRQUNoRSxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxJQUFJLENBQUMsUUFBUSxFQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQzVFLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLEdBQUcsVUFBVSxFQUFFLEdBQUcsSUFBSSxDQUFDO1FBQ2xELE1BQU0sT0FBTyxHQUF1QjtZQUNsQyxNQUFNLEVBQUU7Z0JBQ04sR0FBRyxVQUFVO2dCQUNiLEVBQUUsRUFBRSxJQUFJLENBQUMsUUFBUTtnQkFDakIsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO2dCQUNuQixPQUFPLEVBQUUsSUFBSSxDQUFDLE9BQU87Z0JBQ3JCLEdBQUcsQ0FBQyxJQUFJLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxJQUFJLENBQUMsY0FBYyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQzthQUN4RTtZQUNELE1BQU07WUFDTixVQUFVLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxhQUFhO1lBQ2hDLFNBQVM7WUFDVCxpSEFBaUg7WUFDakgsZUFBZSxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsb0JBQW9CLENBQUM7U0FDakUsQ0FBQztRQUNGLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRTtZQUMvQyxFQUFFLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7WUFDcEQsRUFBRSxDQUFDLFNBQVMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUMxQyxJQUFJLENBQW9CLENBQUM7WUFDekIsSUFBSSxDQUFDO2dCQUNILElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssWUFBWTtvQkFBRSxDQUFDLEdBQUcsQ0FBQyxNQUFNLE1BQU0sQ0FBQywrQkFBK0IsQ0FBQyxDQUFDLENBQUMscUJBQXFCLENBQUMsT0FBTyxDQUFDLENBQUM7cUJBQ25ILElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssU0FBUztvQkFBRSxDQUFDLEdBQUcsQ0FBQyxNQUFNLE1BQU0sQ0FBQyw0QkFBNEIsQ0FBQyxDQUFDLENBQUMsa0JBQWtCLENBQUMsT0FBTyxDQUFDLENBQUM7O29CQUMvRyxDQUFDLEdBQUcsQ0FBQyxNQUFNLE1BQU0sQ0FBQyx3QkFBd0IsQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQzVFLENBQUM7WUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO2dCQUNYLGdFQUFnRTtnQkFDaEUsTUFBTSxJQUFJLDBCQUFjLENBQUMscUJBQXNCLENBQVcsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDOUYsQ0FBQztZQUNELE9BQU8sRUFBRSxHQUFHLENBQUMsRUFBRSxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUNqRyxDQUFDLENBQUMsQ0FBQztRQUNILElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7UUFDbEQsT0FBTyxHQUFtRCxDQUFDO0lBQzdELENBQUM7SUFFRDs7OztPQUlHO0lBQ0ssbUJBQW1CLENBQUMsUUFBZ0IsRUFBRSxLQUFzQjtRQUNsRSxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUUsV0FBVyxDQUFDLENBQUM7UUFDeEUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUN2QyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxFQUFFLGFBQWEsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUM7UUFDckYsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFVLEVBQUUsQ0FBQztZQUN4RCwrRkFBK0Y7WUFDL0YsSUFBSSxDQUFDLEVBQUUsT0FBTyxFQUFFLEtBQUs7Z0JBQUUsT0FBTyxDQUFDLENBQUMsT0FBTyxDQUFDO1FBQzFDLENBQUM7UUFDRCxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLGFBQWEsQ0FBQyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzlFLE9BQU8sR0FBRyxDQUFDO0lBQ2IsQ0FBQztDQUNGO0FBM21CRCxvQ0EybUJDO0FBRUQsa0dBQWtHO0FBQ2xHLFNBQVMsTUFBTSxDQUFDLEVBQVcsRUFBRSxDQUFpQixFQUFFLEdBQXNCO0lBQ3BFLElBQUksQ0FBQztRQUNILElBQUksR0FBRyxLQUFLLEtBQUs7WUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDOztZQUN4QixFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDL0IsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLDJCQUEyQjtJQUM3QixDQUFDO0FBQ0gsQ0FBQztBQUVELGlGQUFpRjtBQUNqRixTQUFnQixjQUFjLENBQUMsT0FBK0I7SUFDNUQsT0FBTyxNQUFNLENBQUMsV0FBVyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQywyQ0FBMkMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQzNILENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsWUFBWSxDQUFDLE9BQStCLEVBQUUsS0FBd0I7SUFDcEYsTUFBTSxHQUFHLEdBQTJDLEVBQUUsQ0FBQztJQUN2RCxLQUFLLE1BQU0sSUFBSSxJQUFJLEtBQUssRUFBRSxDQUFDO1FBQ3pCLE1BQU0sRUFBRSxHQUFHLFVBQVUsSUFBSSxDQUFDLE9BQU8sQ0FBQyxlQUFlLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQztRQUN6RCxLQUFLLE1BQU0sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQzdDLE1BQU0sQ0FBQyxHQUFHLG1FQUFtRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDL0gsSUFBSSxDQUFDLENBQUM7Z0JBQUUsU0FBUztZQUNqQixNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQztZQUM3QixJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxZQUFZO2dCQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxVQUFVLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztpQkFDbkUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssZ0JBQWdCO2dCQUFFLENBQUMsQ0FBQyxjQUFjLEdBQUcsQ0FBQyxDQUFDOztnQkFDcEQsQ0FBQyxDQUFDLGtCQUFrQixHQUFHLENBQUMsQ0FBQztRQUNoQyxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELDJEQUEyRDtBQUMzRCxTQUFTLFdBQVcsQ0FBQyxHQUFtQjtJQUN0QyxJQUFJLEdBQUcsQ0FBQyxTQUFTO1FBQUUsT0FBTyxtQkFBbUIsQ0FBQztJQUM5QyxJQUFJLEdBQUcsQ0FBQyxJQUFJLEtBQUssZ0JBQWdCO1FBQUUsT0FBTyxrQkFBa0IsQ0FBQztJQUM3RCxPQUFPLEdBQUcsQ0FBQyxJQUFJLEtBQUsscUJBQXFCLENBQUMsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLENBQUMsQ0FBQyxrQkFBa0IsQ0FBQztBQUMzRixDQUFDO0FBRUQsU0FBUyxRQUFRLENBQUMsQ0FBYztJQUM5QixPQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUN6RyxDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsQ0FBQyxFQUFrQixFQUFFLFFBQWdCLEVBQUUsR0FBVyxFQUFFLElBQVksRUFBRSxPQUFZO0lBQ3JHLE9BQU8sSUFBSSxPQUFPLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLEVBQUU7UUFDckMsSUFBSSxDQUFDO1lBQ0gsRUFBRSxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsQ0FBQyxHQUFHLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNyRixDQUFDO1FBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNYLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNaLENBQUM7SUFDSCxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxpREFBaUQ7QUFDcEMsUUFBQSxZQUFZLEdBQUcsb0JBQVcsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgdHlwZSB7IENoYW5uZWwsIENoYW5uZWxNb2RlbCwgQ29uZmlybUNoYW5uZWwsIENvbnN1bWVNZXNzYWdlIH0gZnJvbSAnYW1xcGxpYic7XG5pbXBvcnQgdHlwZSB7IFJlZGlzIH0gZnJvbSAnaW9yZWRpcyc7XG5pbXBvcnQgeyBjaGFuZ2VTZXREYXRhTG9zcywgQ2xvdWRGb3JtYXRpb25EZXBsb3llciB9IGZyb20gJy4vY2xvdWRmb3JtYXRpb24nO1xuaW1wb3J0IHR5cGUgeyBXb3JrZXJTZXR0aW5ncyB9IGZyb20gJy4vY29uZmlnJztcbmltcG9ydCB7IEJhZEV2ZW50RXJyb3IsIEVWRU5UX05BTUVTLCBpc1JlbGVhc2VFdmVudCwgbWVyZ2VQZXJtaXQsIHBhcnNlRXZlbnQsIFBlcm1pdERhdGEsIFBlcm1pdEV2ZW50LCBSZWxlYXNlRXZlbnRCb2R5LCBSZWxlYXNlRXZlbnROYW1lLCBzaGFyZE9mLCB0YXJnZXRTdGF0dXMgfSBmcm9tICcuL2V2ZW50cyc7XG5pbXBvcnQgeyBhcHBseVJlbGVhc2VFdmVudCB9IGZyb20gJy4vcmVsZWFzZS1tb3Zlcyc7XG5pbXBvcnQgeyBLZXlzLCBTdGF0ZVN0b3JlIH0gZnJvbSAnLi9zdGF0ZSc7XG5pbXBvcnQgeyBhcHBseVBsYW4sIGRhdGFMb3NzQ2hhbmdlcywgZW1wdHlTdW1tYXJ5LCBQbGFubmVkUmVzb3VyY2VDaGFuZ2UsIFBsYW5SZXN1bHQsIFBsYW5TdW1tYXJ5LCBwbGFuU3RhY2ssIFByb3RlY3RlZERlc3Ryb3lFcnJvciwgU3ludGhlc2lzRXJyb3IsIFRlcnJhZm9ybUVycm9yIH0gZnJvbSAnLi90ZXJyYWZvcm0nO1xuaW1wb3J0IHsgZGVjbGFyZUluZ3Jlc3MgfSBmcm9tICcuL3RvcG9sb2d5JztcbmltcG9ydCB7IFBlcm1pdExpZmVjeWNsZSwgUGVybWl0UGxhbiwgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wZXJtaXQnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgdHlwZSB7IFBlcm1pdFN5bnRoUmVxdWVzdCwgUGVybWl0U3ludGhSZXN1bHQgfSBmcm9tICcuLi9wZXJtaXQtc3ludGgnO1xuXG4vKipcbiAqIGByd3MgcGVybWl0IHdvcmtlcmA6IGNvbnN1bWVzIHBlcm1pdCBldmVudHMgZnJvbSBSYWJiaXRNUSwga2VlcHMgZWFjaCBwZXJtaXQncyBzdGF0ZSBpblxuICogUmVkaXMsIHN5bnRoZXNpemVzIChhbmQgaW4gcGxhbi9hcHBseSBtb2RlIHBsYW5zIGFuZCBhcHBsaWVzKSB0aGUgcGVybWl0J3Mgc3RhY2suXG4gKlxuICogVG9wb2xvZ3kgKGRlY2xhcmVkIGF0IHN0YXJ0LCBpZGVtcG90ZW50KTpcbiAqIC0gYDxleGNoYW5nZT5gICh0b3BpYywgZGVmYXVsdCBwZXJtaXQuZXZlbnRzKTogd2hlcmUgdGhlIFBlcm1pdCBNYW5hZ2VyIHB1Ymxpc2hlcywgcm91dGluZyBrZXkgPSBldmVudCBuYW1lLlxuICogLSBgPGV4Y2hhbmdlPi5pbmdyZXNzYCAocXVldWUsIHNpbmdsZSBhY3RpdmUgY29uc3VtZXIsIGJvdW5kIHdpdGggYCNgKTogb25lIHdvcmtlciBhdCBhIHRpbWVcbiAqICAgcm91dGVzIGVhY2ggbWVzc2FnZSwgaW4gb3JkZXIsIHRvIHRoZSBzaGFyZCBvZiBpdHMgcGVybWl0IChvciB0byB0aGUgZGVhZC1sZXR0ZXIgcXVldWUpLlxuICogLSBgPGV4Y2hhbmdlPi53b3JrYCAoZGlyZWN0KSBhbmQgYDxleGNoYW5nZT4ud29yay48bj5gIChxdWV1ZXMsIG4gPCBzaGFyZHMpOiBlYWNoIHNoYXJkIGlzXG4gKiAgIGNvbnN1bWVkIGJ5IGV4YWN0bHkgb25lIHdvcmtlciBhdCBhIHRpbWUgKGV4Y2x1c2l2ZSBjb25zdW1lciksIG9uZSBtZXNzYWdlIGF0IGEgdGltZSwgc29cbiAqICAgdGhlIGV2ZW50cyBvZiBvbmUgcGVybWl0IGFyZSBhcHBsaWVkIG9uZSBhZnRlciB0aGUgb3RoZXIsIGluIG9yZGVyLiBXb3JrZXJzIHNoYXJlIHRoZVxuICogICBzaGFyZHMgZmFpcmx5IChhIFJlZGlzIHJlZ2lzdHJ5IG9mIGxpdmUgd29ya2VycykuXG4gKiAtIGA8ZXhjaGFuZ2U+LmRlYWRgIChmYW5vdXQpIGFuZCBxdWV1ZSBgPGV4Y2hhbmdlPi5kZWFkYDogcmVmdXNlZCBtZXNzYWdlcyB3aXRoIGhlYWRlcnNcbiAqICAgeC1yd3MtY29kZSBhbmQgeC1yd3MtcmVhc29uLlxuICogLSBgPHN0YXR1c0V4Y2hhbmdlPmAgKHRvcGljLCBkZWZhdWx0IHBlcm1pdC5zdGF0dXMpOiBhIHN0YXR1cyBjaGFuZ2UgYWZ0ZXIgZWFjaCBhcHBsaWVkIGV2ZW50LlxuICpcbiAqIEEgcGVyLXBlcm1pdCBSZWRpcyBsZWFzZSB3aXRoIGEgZmVuY2luZyB0b2tlbiBndWFyZHMgdGhlIHN0YXRlOiBhIHdvcmtlciB0aGF0IGxvc3QgaXRzIGxlYXNlXG4gKiAoYnJva2VyIGZhaWxvdmVyIHdoaWxlIGl0IHdhcyBzdGlsbCBhcHBseWluZykgY2Fubm90IGNvbW1pdCBvdmVyIGEgbmV3ZXIgc3RhdGUuXG4gKi9cblxuLyoqIFNvbWV0aGluZyB0aGUgd29ya2VyIHdyaXRlcyBhIGxpbmUgYWJvdXQuICovXG50eXBlIExvZyA9IChsZXZlbDogJ2luZm8nIHwgJ3dhcm4nIHwgJ2Vycm9yJywgbXNnOiBzdHJpbmcsIGZpZWxkcz86IFJlY29yZDxzdHJpbmcsIHVua25vd24+KSA9PiB2b2lkO1xuXG4vKiogVGhlIGxlYXNlIHdhcyBsb3N0IGJlZm9yZSB0aGUgY29tbWl0OiB0aGUgbWVzc2FnZSBnb2VzIGJhY2sgdG8gdGhlIHF1ZXVlLiAqL1xuY2xhc3MgTGVhc2VMb3N0RXJyb3IgZXh0ZW5kcyBFcnJvciB7fVxuXG5jb25zdCBzbGVlcCA9IChtczogbnVtYmVyKSA9PiBuZXcgUHJvbWlzZSgocikgPT4gc2V0VGltZW91dChyLCBtcykpO1xuXG4vKiogT25lIGNsYWltZWQgc2hhcmQ6IGl0cyBjaGFubmVsIGFuZCB0aGUgbWVzc2FnZSBpbiBwcm9ncmVzcy4gKi9cbmludGVyZmFjZSBDbGFpbSB7XG4gIHJlYWRvbmx5IHNoYXJkOiBudW1iZXI7XG4gIHJlYWRvbmx5IGNoYW5uZWw6IENoYW5uZWw7XG4gIGJ1c3k/OiBQcm9taXNlPHZvaWQ+O1xuICByZWxlYXNpbmc6IGJvb2xlYW47XG4gIC8qKiBUaGUgY2hhbm5lbCBjbG9zZWQgKGNvbm5lY3Rpb24gbG9zdCwgb3IgZ2l2ZW4gYmFjayk6IGl0cyB1bmFja25vd2xlZGdlZCBtZXNzYWdlIGlzIHJlcXVldWVkIGJ5IHRoZSBicm9rZXIuICovXG4gIGNsb3NlZD86IGJvb2xlYW47XG59XG5cbmV4cG9ydCBjbGFzcyBQZXJtaXRXb3JrZXIge1xuICBwcml2YXRlIHJlYWRvbmx5IHN0b3JlOiBTdGF0ZVN0b3JlO1xuICBwcml2YXRlIGNvbm4/OiBDaGFubmVsTW9kZWw7XG4gIHByaXZhdGUgcHViPzogQ29uZmlybUNoYW5uZWw7XG4gIHByaXZhdGUgcmVhZG9ubHkgY2xhaW1zID0gbmV3IE1hcDxudW1iZXIsIENsYWltPigpO1xuICBwcml2YXRlIHN0b3BwaW5nID0gZmFsc2U7XG4gIHByaXZhdGUgc2lnbmFsU3RvcD86ICgpID0+IHZvaWQ7XG4gIHByaXZhdGUgcmVhZG9ubHkgc3RvcHBlZCA9IG5ldyBQcm9taXNlPHZvaWQ+KChyZXNvbHZlKSA9PiAodGhpcy5zaWduYWxTdG9wID0gcmVzb2x2ZSkpO1xuICBwcml2YXRlIHRpY2s/OiBOb2RlSlMuVGltZW91dDtcbiAgcHJpdmF0ZSByZWFkb25seSBzeW50aENoYWluOiB7IGxhc3Q6IFByb21pc2U8dW5rbm93bj4gfSA9IHsgbGFzdDogUHJvbWlzZS5yZXNvbHZlKCkgfTtcbiAgcHJpdmF0ZSByb3V0ZUNoYWluOiBQcm9taXNlPHZvaWQ+ID0gUHJvbWlzZS5yZXNvbHZlKCk7XG4gIHByaXZhdGUgcmViYWxhbmNpbmcgPSBmYWxzZTtcbiAgLyoqIFRoZSBDbG91ZEZvcm1hdGlvbiBkZXBsb3llciAoLS1iYWNrZW5kIGF3cywgcGxhbiBhbmQgYXBwbHkgbW9kZXMpLCBtYWRlIG9uIGZpcnN0IHVzZS4gKi9cbiAgcHJpdmF0ZSBkZXBsb3llcj86IFByb21pc2U8Q2xvdWRGb3JtYXRpb25EZXBsb3llcj47XG5cbiAgY29uc3RydWN0b3IocHJpdmF0ZSByZWFkb25seSBzOiBXb3JrZXJTZXR0aW5ncywgcmVkaXM6IFJlZGlzLCBwcml2YXRlIHJlYWRvbmx5IGxvZzogTG9nLCBwcml2YXRlIHJlYWRvbmx5IGFtcXA6IHR5cGVvZiBpbXBvcnQoJ2FtcXBsaWInKSkge1xuICAgIHRoaXMuc3RvcmUgPSBuZXcgU3RhdGVTdG9yZShyZWRpcywgbmV3IEtleXMocy5wcmVmaXgpKTtcbiAgfVxuXG4gIHByaXZhdGUgcShuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBgJHt0aGlzLnMuZXhjaGFuZ2V9LiR7bmFtZX1gO1xuICB9XG5cbiAgLyoqIFJ1bnMgdW50aWwgc3RvcCgpOiBjb25uZWN0cywgcmVjb25uZWN0cyB3aXRoIGJhY2tvZmYgd2hlbiBSYWJiaXRNUSBnb2VzIGF3YXkuICovXG4gIHB1YmxpYyBhc3luYyBydW4oKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgZnMubWtkaXJTeW5jKHRoaXMucy53b3JrZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBsZXQgZGVsYXkgPSA1MDA7XG4gICAgd2hpbGUgKCF0aGlzLnN0b3BwaW5nKSB7XG4gICAgICB0cnkge1xuICAgICAgICBhd2FpdCB0aGlzLmNvbm5lY3QoKTtcbiAgICAgICAgZGVsYXkgPSA1MDA7XG4gICAgICAgIHRoaXMubG9nKCdpbmZvJywgJ2Nvbm5lY3RlZCcsIHsgd29ya2VyOiB0aGlzLnMud29ya2VySWQsIHNoYXJkczogdGhpcy5zLnNoYXJkcywgbW9kZTogdGhpcy5zLm1vZGUsIGJhY2tlbmQ6IHRoaXMucy5iYWNrZW5kIH0pO1xuICAgICAgICBhd2FpdCBuZXcgUHJvbWlzZTx2b2lkPigocmVzb2x2ZSkgPT4ge1xuICAgICAgICAgIHRoaXMuY29ubiEub24oJ2Nsb3NlJywgKCkgPT4gcmVzb2x2ZSgpKTtcbiAgICAgICAgICB0aGlzLmNvbm4hLm9uKCdlcnJvcicsICgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIH0pO1xuICAgICAgICBpZiAoIXRoaXMuc3RvcHBpbmcpIHRoaXMubG9nKCd3YXJuJywgJ1JhYmJpdE1RIGNvbm5lY3Rpb24gbG9zdDsgcmVjb25uZWN0aW5nJywge30pO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBpZiAodGhpcy5zdG9wcGluZykgYnJlYWs7XG4gICAgICAgIHRoaXMubG9nKCd3YXJuJywgYGNhbm5vdCBjb25uZWN0IHRvIFJhYmJpdE1ROiAkeyhlIGFzIEVycm9yKS5tZXNzYWdlfTsgcmV0cnlpbmcgaW4gJHtkZWxheX0gbXNgLCB7fSk7XG4gICAgICB9XG4gICAgICB0aGlzLmRyb3BDbGFpbXMoKTtcbiAgICAgIGlmICh0aGlzLnN0b3BwaW5nKSBicmVhaztcbiAgICAgIGF3YWl0IFByb21pc2UucmFjZShbc2xlZXAoZGVsYXkpLCB0aGlzLnN0b3BwZWRdKTtcbiAgICAgIGRlbGF5ID0gTWF0aC5taW4oZGVsYXkgKiAyLCAxNV8wMDApO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBTdG9wcyBjbGFpbWluZywgbGV0cyB0aGUgbWVzc2FnZXMgaW4gcHJvZ3Jlc3MgZmluaXNoLCBjbG9zZXMuICovXG4gIHB1YmxpYyBhc3luYyBzdG9wKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIHRoaXMuc3RvcHBpbmcgPSB0cnVlO1xuICAgIHRoaXMuc2lnbmFsU3RvcD8uKCk7XG4gICAgaWYgKHRoaXMudGljaykgY2xlYXJJbnRlcnZhbCh0aGlzLnRpY2spO1xuICAgIGF3YWl0IFByb21pc2UuYWxsU2V0dGxlZChbLi4udGhpcy5jbGFpbXMudmFsdWVzKCldLm1hcCgoYykgPT4gYy5idXN5KSk7XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IHRoaXMuY29ubj8uY2xvc2UoKTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIGFscmVhZHkgY2xvc2VkXG4gICAgfVxuICAgIGF3YWl0IHRoaXMuc3RvcmUubGVhdmUodGhpcy5zLndvcmtlcklkKS5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICB9XG5cbiAgcHJpdmF0ZSBkcm9wQ2xhaW1zKCk6IHZvaWQge1xuICAgIGlmICh0aGlzLnRpY2spIGNsZWFySW50ZXJ2YWwodGhpcy50aWNrKTtcbiAgICB0aGlzLnRpY2sgPSB1bmRlZmluZWQ7XG4gICAgdGhpcy5jbGFpbXMuY2xlYXIoKTtcbiAgICB0aGlzLnB1YiA9IHVuZGVmaW5lZDtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgY29ubmVjdCgpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBjb25uID0gYXdhaXQgdGhpcy5hbXFwLmNvbm5lY3QodGhpcy5zLmFtcXBVcmwsIHsgY2xpZW50UHJvcGVydGllczogeyBjb25uZWN0aW9uX25hbWU6IGByd3MtcGVybWl0LXdvcmtlciAke3RoaXMucy53b3JrZXJJZH1gIH0gfSk7XG4gICAgdGhpcy5jb25uID0gY29ubjtcbiAgICBjb25zdCBjaCA9IGF3YWl0IGNvbm4uY3JlYXRlQ29uZmlybUNoYW5uZWwoKTtcbiAgICBjaC5vbignZXJyb3InLCAoKSA9PiB1bmRlZmluZWQpO1xuICAgIGNvbnN0IHggPSB0aGlzLnMuZXhjaGFuZ2U7XG4gICAgYXdhaXQgZGVjbGFyZUluZ3Jlc3MoY2gsIHgpO1xuICAgIGF3YWl0IGNoLmFzc2VydEV4Y2hhbmdlKHRoaXMucSgnd29yaycpLCAnZGlyZWN0JywgeyBkdXJhYmxlOiB0cnVlIH0pO1xuICAgIGF3YWl0IGNoLmFzc2VydEV4Y2hhbmdlKHRoaXMucSgnZGVhZCcpLCAnZmFub3V0JywgeyBkdXJhYmxlOiB0cnVlIH0pO1xuICAgIGF3YWl0IGNoLmFzc2VydEV4Y2hhbmdlKHRoaXMucy5zdGF0dXNFeGNoYW5nZSwgJ3RvcGljJywgeyBkdXJhYmxlOiB0cnVlIH0pO1xuICAgIGF3YWl0IGNoLmFzc2VydFF1ZXVlKHRoaXMucSgnZGVhZCcpLCB7IGR1cmFibGU6IHRydWUgfSk7XG4gICAgYXdhaXQgY2guYmluZFF1ZXVlKHRoaXMucSgnZGVhZCcpLCB0aGlzLnEoJ2RlYWQnKSwgJycpO1xuICAgIGZvciAobGV0IG4gPSAwOyBuIDwgdGhpcy5zLnNoYXJkczsgbisrKSB7XG4gICAgICBhd2FpdCBjaC5hc3NlcnRRdWV1ZSh0aGlzLnEoYHdvcmsuJHtufWApLCB7IGR1cmFibGU6IHRydWUgfSk7XG4gICAgICBhd2FpdCBjaC5iaW5kUXVldWUodGhpcy5xKGB3b3JrLiR7bn1gKSwgdGhpcy5xKCd3b3JrJyksIFN0cmluZyhuKSk7XG4gICAgfVxuICAgIHRoaXMucHViID0gY2g7XG4gICAgLy8gVGhlIHJvdXRlcjogb25lIGFjdGl2ZSBjb25zdW1lciBvZiB0aGUgaW5ncmVzcyBxdWV1ZSBpbiB0aGUgd2hvbGUgZmxlZXQuXG4gICAgY29uc3Qgcm91dGVyID0gYXdhaXQgY29ubi5jcmVhdGVDb25maXJtQ2hhbm5lbCgpO1xuICAgIHJvdXRlci5vbignZXJyb3InLCAoKSA9PiB1bmRlZmluZWQpO1xuICAgIGF3YWl0IHJvdXRlci5wcmVmZXRjaCg2NCk7XG4gICAgYXdhaXQgcm91dGVyLmNvbnN1bWUodGhpcy5xKCdpbmdyZXNzJyksIChtKSA9PiB7XG4gICAgICBpZiAobSkgdm9pZCB0aGlzLnJvdXRlKHJvdXRlciwgbSk7XG4gICAgfSwgeyBub0FjazogZmFsc2UgfSk7XG4gICAgYXdhaXQgdGhpcy5yZWJhbGFuY2UoKTtcbiAgICB0aGlzLnRpY2sgPSBzZXRJbnRlcnZhbCgoKSA9PiB2b2lkIHRoaXMucmViYWxhbmNlKCkuY2F0Y2goKGUpID0+IHRoaXMubG9nKCd3YXJuJywgYHJlYmFsYW5jZTogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKSksIDEwMDApO1xuICB9XG5cbiAgLyoqIFNlbmRzIG9uZSBpbmdyZXNzIG1lc3NhZ2UgdG8gaXRzIHBlcm1pdCdzIHNoYXJkLCBvciB0byB0aGUgZGVhZC1sZXR0ZXIgcXVldWUuICovXG4gIHByaXZhdGUgcm91dGUoY2g6IENvbmZpcm1DaGFubmVsLCBtOiBDb25zdW1lTWVzc2FnZSk6IFByb21pc2U8dm9pZD4ge1xuICAgIC8vIFB1Ymxpc2hlcyBpbiBkZWxpdmVyeSBvcmRlcjogZWFjaCB3YWl0cyBmb3IgdGhlIG9uZSBiZWZvcmUuXG4gICAgdGhpcy5yb3V0ZUNoYWluID0gdGhpcy5yb3V0ZUNoYWluLnRoZW4oYXN5bmMgKCkgPT4ge1xuICAgICAgdHJ5IHtcbiAgICAgICAgbGV0IHNoYXJkOiBudW1iZXI7XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgY29uc3QgZXYgPSBwYXJzZUV2ZW50KG0uY29udGVudCwgbS5maWVsZHMucm91dGluZ0tleSk7XG4gICAgICAgICAgc2hhcmQgPSBzaGFyZE9mKGV2LnBlcm1pdElkLCB0aGlzLnMuc2hhcmRzKTtcbiAgICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAgIGlmICghKGUgaW5zdGFuY2VvZiBCYWRFdmVudEVycm9yKSkgdGhyb3cgZTtcbiAgICAgICAgICBhd2FpdCB0aGlzLmRlYWRMZXR0ZXIoY2gsIG0sIGUuY29kZSwgZS5tZXNzYWdlKTtcbiAgICAgICAgICBjaC5hY2sobSk7XG4gICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIGF3YWl0IHB1Ymxpc2hDb25maXJtZWQoY2gsIHRoaXMucSgnd29yaycpLCBTdHJpbmcoc2hhcmQpLCBtLmNvbnRlbnQsIHtcbiAgICAgICAgICBwZXJzaXN0ZW50OiB0cnVlLFxuICAgICAgICAgIGNvbnRlbnRUeXBlOiAnYXBwbGljYXRpb24vanNvbicsXG4gICAgICAgICAgbWVzc2FnZUlkOiBtLnByb3BlcnRpZXMubWVzc2FnZUlkLFxuICAgICAgICAgIGhlYWRlcnM6IHsgLi4uKG0ucHJvcGVydGllcy5oZWFkZXJzID8/IHt9KSwgJ3gtcndzLXJvdXRpbmcta2V5JzogbS5maWVsZHMucm91dGluZ0tleSB9LFxuICAgICAgICB9KTtcbiAgICAgICAgY2guYWNrKG0pO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICB0aGlzLmxvZygnd2FybicsIGByb3V0ZXI6ICR7KGUgYXMgRXJyb3IpLm1lc3NhZ2V9YCk7XG4gICAgICB9XG4gICAgfSk7XG4gICAgcmV0dXJuIHRoaXMucm91dGVDaGFpbjtcbiAgfVxuXG4gIHByaXZhdGUgYXN5bmMgZGVhZExldHRlcihjaDogQ29uZmlybUNoYW5uZWwsIG06IENvbnN1bWVNZXNzYWdlLCBjb2RlOiBzdHJpbmcsIHJlYXNvbjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgcHVibGlzaENvbmZpcm1lZChjaCwgdGhpcy5xKCdkZWFkJyksICcnLCBtLmNvbnRlbnQsIHtcbiAgICAgIHBlcnNpc3RlbnQ6IHRydWUsXG4gICAgICBjb250ZW50VHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nLFxuICAgICAgaGVhZGVyczogeyAneC1yd3MtY29kZSc6IGNvZGUsICd4LXJ3cy1yZWFzb24nOiByZWFzb24sICd4LXJ3cy1yb3V0aW5nLWtleSc6IG0ucHJvcGVydGllcy5oZWFkZXJzPy5bJ3gtcndzLXJvdXRpbmcta2V5J10gPz8gbS5maWVsZHMucm91dGluZ0tleSwgJ3gtcndzLXdvcmtlcic6IHRoaXMucy53b3JrZXJJZCB9LFxuICAgIH0pO1xuICAgIGF3YWl0IHRoaXMuc3RvcmUuY291bnQoJ2V2ZW50c19kZWFkX2xldHRlcmVkJykuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB0aGlzLmxvZygnd2FybicsIGBkZWFkLWxldHRlcmVkOiAke3JlYXNvbn1gLCB7IGNvZGUgfSk7XG4gIH1cblxuICAvKiogS2VlcHMgdGhpcyB3b3JrZXIncyBzaGFyZSBvZiB0aGUgc2hhcmRzOiBjZWlsKHNoYXJkcyAvIGxpdmUgd29ya2VycykuICovXG4gIHByaXZhdGUgYXN5bmMgcmViYWxhbmNlKCk6IFByb21pc2U8dm9pZD4ge1xuICAgIGlmICh0aGlzLnJlYmFsYW5jaW5nIHx8IHRoaXMuc3RvcHBpbmcgfHwgIXRoaXMuY29ubikgcmV0dXJuO1xuICAgIHRoaXMucmViYWxhbmNpbmcgPSB0cnVlO1xuICAgIHRyeSB7XG4gICAgICBjb25zdCB7IGFsaXZlLCBjbGFpbXM6IG90aGVycyB9ID0gYXdhaXQgdGhpcy5zdG9yZS5oZWFydGJlYXQodGhpcy5zLndvcmtlcklkLCA1MDAwLCB0aGlzLmNsYWltcy5zaXplKTtcbiAgICAgIGNvbnN0IGZhaXIgPSBNYXRoLmNlaWwodGhpcy5zLnNoYXJkcyAvIGFsaXZlKTtcbiAgICAgIGNvbnN0IGxlYXN0ID0gTWF0aC5mbG9vcih0aGlzLnMuc2hhcmRzIC8gYWxpdmUpO1xuICAgICAgLy8gQSB3b3JrZXIgYmVsb3cgaXRzIGZsb29yIHNoYXJlIChvbmUgdGhhdCBqb2luZWQgYWZ0ZXIgdGhlIG90aGVycyBoYWQgdGFrZW4gZXZlcnkgc2hhcmQgYXRcbiAgICAgIC8vIHRoZSBjZWlsaW5nIHNoYXJlKSBnZXRzIG9uZSBmcm9tIGEgd29ya2VyIGFib3ZlIHRoZSBmbG9vcjsgdGhhdCB3b3JrZXIgdGhlbiBhaW1zIGF0IHRoZSBmbG9vci5cbiAgICAgIGNvbnN0IHN0YXJ2aW5nID0gb3RoZXJzLnNvbWUoKGMpID0+IGMgPCBsZWFzdCk7XG4gICAgICBpZiAodGhpcy5jbGFpbXMuc2l6ZSA+IGZhaXIgfHwgKHN0YXJ2aW5nICYmIHRoaXMuY2xhaW1zLnNpemUgPiBsZWFzdCkpIHtcbiAgICAgICAgLy8gR2l2ZSBvbmUgYmFjayBwZXIgdGljazsgYSB3b3JrZXIgdGhhdCBqb2lucyBwaWNrcyBpdCB1cC5cbiAgICAgICAgY29uc3QgY2xhaW0gPSBbLi4udGhpcy5jbGFpbXMudmFsdWVzKCldLnNvcnQoKGEsIGIpID0+IGIuc2hhcmQgLSBhLnNoYXJkKVswXTtcbiAgICAgICAgY2xhaW0ucmVsZWFzaW5nID0gdHJ1ZTtcbiAgICAgICAgYXdhaXQgY2xhaW0uYnVzeTtcbiAgICAgICAgdGhpcy5jbGFpbXMuZGVsZXRlKGNsYWltLnNoYXJkKTtcbiAgICAgICAgYXdhaXQgY2xhaW0uY2hhbm5lbC5jbG9zZSgpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGNvbnN0IG9yZGVyID0gWy4uLkFycmF5KHRoaXMucy5zaGFyZHMpLmtleXMoKV0uc29ydCgoKSA9PiBNYXRoLnJhbmRvbSgpIC0gMC41KTtcbiAgICAgIGNvbnN0IHRhcmdldCA9IHN0YXJ2aW5nID8gbGVhc3QgOiBmYWlyO1xuICAgICAgZm9yIChjb25zdCBuIG9mIG9yZGVyKSB7XG4gICAgICAgIGlmICh0aGlzLmNsYWltcy5zaXplID49IHRhcmdldCB8fCB0aGlzLnN0b3BwaW5nKSBicmVhaztcbiAgICAgICAgaWYgKHRoaXMuY2xhaW1zLmhhcyhuKSkgY29udGludWU7XG4gICAgICAgIGF3YWl0IHRoaXMudHJ5Q2xhaW0obik7XG4gICAgICB9XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHRoaXMucmViYWxhbmNpbmcgPSBmYWxzZTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIHRyeUNsYWltKHNoYXJkOiBudW1iZXIpOiBQcm9taXNlPHZvaWQ+IHtcbiAgICBjb25zdCBjb25uID0gdGhpcy5jb25uITtcbiAgICBjb25zdCBjaGFubmVsID0gYXdhaXQgY29ubi5jcmVhdGVDaGFubmVsKCk7XG4gICAgY2hhbm5lbC5vbignZXJyb3InLCAoKSA9PiB1bmRlZmluZWQpO1xuICAgIGF3YWl0IGNoYW5uZWwucHJlZmV0Y2goMSk7XG4gICAgY29uc3QgY2xhaW06IENsYWltID0geyBzaGFyZCwgY2hhbm5lbCwgcmVsZWFzaW5nOiBmYWxzZSB9O1xuICAgIHRyeSB7XG4gICAgICBhd2FpdCBjaGFubmVsLmNvbnN1bWUodGhpcy5xKGB3b3JrLiR7c2hhcmR9YCksIChtKSA9PiB7XG4gICAgICAgIGlmICghbSB8fCBjbGFpbS5yZWxlYXNpbmcpIHJldHVybjsgLy8gbGVmdCB1bmFja25vd2xlZGdlZDogcmVxdWV1ZWQgaW4gcGxhY2Ugd2hlbiB0aGUgY2hhbm5lbCBjbG9zZXNcbiAgICAgICAgY2xhaW0uYnVzeSA9IHRoaXMuaGFuZGxlKGNsYWltLCBtKTtcbiAgICAgIH0sIHsgZXhjbHVzaXZlOiB0cnVlLCBub0FjazogZmFsc2UgfSk7XG4gICAgICB0aGlzLmNsYWltcy5zZXQoc2hhcmQsIGNsYWltKTtcbiAgICAgIGNoYW5uZWwub24oJ2Nsb3NlJywgKCkgPT4ge1xuICAgICAgICBjbGFpbS5jbG9zZWQgPSB0cnVlO1xuICAgICAgICBpZiAodGhpcy5jbGFpbXMuZ2V0KHNoYXJkKSA9PT0gY2xhaW0pIHRoaXMuY2xhaW1zLmRlbGV0ZShzaGFyZCk7XG4gICAgICB9KTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIC8vIEFub3RoZXIgd29ya2VyIGNvbnN1bWVzIHRoaXMgc2hhcmQgKEFDQ0VTU19SRUZVU0VEIGNsb3NlcyB0aGUgY2hhbm5lbCkuXG4gICAgfVxuICB9XG5cbiAgLyoqIFByb2Nlc3NlcyBvbmUgZXZlbnQgd2l0aCByZXRyaWVzOyBhY2tub3dsZWRnZXMgb25seSBhZnRlciB0aGUgc3RhdGUgY29tbWl0LiAqL1xuICBwcml2YXRlIGFzeW5jIGhhbmRsZShjbGFpbTogQ2xhaW0sIG06IENvbnN1bWVNZXNzYWdlKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgY2ggPSBjbGFpbS5jaGFubmVsO1xuICAgIGxldCBhdHRlbXB0ID0gMDtcbiAgICBmb3IgKDs7KSB7XG4gICAgICBhdHRlbXB0Kys7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCB2ZXJkaWN0ID0gYXdhaXQgdGhpcy5wcm9jZXNzKG0pO1xuICAgICAgICBpZiAodmVyZGljdC5kZWFkTGV0dGVyKSB7XG4gICAgICAgICAgaWYgKCF0aGlzLnB1YikgdGhyb3cgbmV3IEVycm9yKCdubyBjaGFubmVsIHRvIHRoZSBkZWFkLWxldHRlciBleGNoYW5nZSAocmVjb25uZWN0aW5nKScpO1xuICAgICAgICAgIGF3YWl0IHRoaXMuZGVhZExldHRlcih0aGlzLnB1YiwgbSwgdmVyZGljdC5kZWFkTGV0dGVyLmNvZGUsIHZlcmRpY3QuZGVhZExldHRlci5yZWFzb24pO1xuICAgICAgICB9XG4gICAgICAgIHNldHRsZShjaCwgbSwgJ2FjaycpO1xuICAgICAgICByZXR1cm47XG4gICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgIGlmIChlIGluc3RhbmNlb2YgTGVhc2VMb3N0RXJyb3IpIHtcbiAgICAgICAgICB0aGlzLmxvZygnd2FybicsICdsZWFzZSBsb3N0IGJlZm9yZSBjb21taXQ7IG1lc3NhZ2UgcmV0dXJuZWQgdG8gdGhlIHF1ZXVlJyk7XG4gICAgICAgICAgc2V0dGxlKGNoLCBtLCAncmVxdWV1ZScpO1xuICAgICAgICAgIHJldHVybjtcbiAgICAgICAgfVxuICAgICAgICBjb25zdCBlcnIgPSBlIGFzIEVycm9yO1xuICAgICAgICBpZiAodGhpcy5zdG9wcGluZyB8fCBjbGFpbS5jbG9zZWQpIHtcbiAgICAgICAgICBzZXR0bGUoY2gsIG0sICdyZXF1ZXVlJyk7XG4gICAgICAgICAgcmV0dXJuO1xuICAgICAgICB9XG4gICAgICAgIC8vIFRlcnJhZm9ybSBvciBzeW50aGVzaXMgZmFpbGVkIGZvciBnb29kIChvciBrZXB0IGZhaWxpbmcpOiB0aGUgcGVybWl0IGlzIG1hcmtlZCBmYWlsZWQgd2l0aFxuICAgICAgICAvLyB0aGUgcmVhc29uICh2aXNpYmxlIGluIHRoZSBBUEkpIGFuZCB0aGUgZXZlbnQgYWNrbm93bGVkZ2VkLiBBbnl0aGluZyBlbHNlIChSZWRpcyBvclxuICAgICAgICAvLyBSYWJiaXRNUSBhd2F5KSBpcyByZXRyaWVkIHdpdGggYmFja29mZiB1bnRpbCBpdCB3b3Jrczogbm90aGluZyBjYW4gYmUgcmVjb3JkZWQgYmVmb3JlLlxuICAgICAgICBjb25zdCBwZXJtYW5lbnQgPSBlcnIgaW5zdGFuY2VvZiBUZXJyYWZvcm1FcnJvciAmJiAoIWVyci50cmFuc2llbnQgfHwgYXR0ZW1wdCA+PSB0aGlzLnMubWF4QXR0ZW1wdHMpO1xuICAgICAgICBpZiAocGVybWFuZW50KSB7XG4gICAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIGNvbnN0IGV2ID0gcGFyc2VFdmVudChtLmNvbnRlbnQsIG0ucHJvcGVydGllcy5oZWFkZXJzPy5bJ3gtcndzLXJvdXRpbmcta2V5J10pO1xuICAgICAgICAgICAgYXdhaXQgdGhpcy5yZWNvcmRGYWlsdXJlKGV2LCBmYWlsdXJlQ29kZShlcnIpLCBgJHtlcnIubWVzc2FnZX0ke2F0dGVtcHQgPiAxID8gYCAoYWZ0ZXIgJHthdHRlbXB0fSBhdHRlbXB0cylgIDogJyd9YCk7XG4gICAgICAgICAgICB0aGlzLmxvZygnZXJyb3InLCBgcGVybWl0ICR7ZXYucGVybWl0SWR9IG1hcmtlZCBmYWlsZWQ6ICR7ZXJyLm1lc3NhZ2V9YCwgeyBldmVudElkOiBldi5ldmVudElkIH0pO1xuICAgICAgICAgICAgc2V0dGxlKGNoLCBtLCAnYWNrJyk7XG4gICAgICAgICAgICByZXR1cm47XG4gICAgICAgICAgfSBjYXRjaCAoZTIpIHtcbiAgICAgICAgICAgIHRoaXMubG9nKCd3YXJuJywgYGNhbm5vdCByZWNvcmQgdGhlIGZhaWx1cmUgeWV0OiAkeyhlMiBhcyBFcnJvcikubWVzc2FnZX1gKTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgICAgYXdhaXQgdGhpcy5zdG9yZS5jb3VudCgncmV0cmllcycpLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgICAgIGNvbnN0IGRlbGF5ID0gTWF0aC5taW4odGhpcy5zLmJhY2tvZmZNcyAqIDIgKiogTWF0aC5taW4oYXR0ZW1wdCAtIDEsIDIwKSwgdGhpcy5zLm1heEJhY2tvZmZNcykgKiAoMC43NSArIE1hdGgucmFuZG9tKCkgLyAyKTtcbiAgICAgICAgdGhpcy5sb2coJ3dhcm4nLCBgYXR0ZW1wdCAke2F0dGVtcHR9IGZhaWxlZDogJHtlcnIubWVzc2FnZX07IHJldHJ5aW5nIGluICR7TWF0aC5yb3VuZChkZWxheSl9IG1zYCk7XG4gICAgICAgIGF3YWl0IHNsZWVwKGRlbGF5KTtcbiAgICAgICAgaWYgKGNsYWltLmNsb3NlZCkgcmV0dXJuOyAvLyBjaGFubmVsIGdvbmU6IHRoZSBicm9rZXIgcmVxdWV1ZWQgdGhlIG1lc3NhZ2VcbiAgICAgIH1cbiAgICB9XG4gIH1cblxuICAvKiogQW4gZW50cnkgb2YgdGhlIGF1ZGl0IHN0cmVhbTogdGhlIGV2ZW50LCB3aGF0IGhhcHBlbmVkIHRvIGl0LCB0aGlzIHdvcmtlciBhbmQgd2hlbi4gKi9cbiAgcHJpdmF0ZSBhdWRpdEVudHJ5KGV2OiBQZXJtaXRFdmVudCwgYXQ6IHN0cmluZywgd2hhdDogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICAgIHJldHVybiB7IHBlcm1pdElkOiBldi5wZXJtaXRJZCwgZXZlbnRJZDogZXYuZXZlbnRJZCwgZXZlbnQ6IGV2LmV2ZW50LCAuLi53aGF0LCB3b3JrZXI6IHRoaXMucy53b3JrZXJJZCwgYXQgfTtcbiAgfVxuXG4gIC8qKiBSZWNvcmRzIGEgcGVybWFuZW50IGZhaWx1cmUgb2YgYW4gZXZlbnQgdW5kZXIgdGhlIHBlcm1pdCdzIGxlYXNlLiAqL1xuICBwcml2YXRlIGFzeW5jIHJlY29yZEZhaWx1cmUoZXY6IFBlcm1pdEV2ZW50LCBjb2RlOiBzdHJpbmcsIHJlYXNvbjogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgYXdhaXQgdGhpcy53aXRoTGVhc2UoZXYucGVybWl0SWQsIGFzeW5jIChsZWFzZVZhbHVlKSA9PiB7XG4gICAgICBjb25zdCBhdCA9IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKTtcbiAgICAgIGNvbnN0IG9rID0gYXdhaXQgdGhpcy5zdG9yZS5jb21taXQoZXYucGVybWl0SWQsIGxlYXNlVmFsdWUsIHtcbiAgICAgICAgZmllbGRzOiB7IGZhaWxlZDogYCR7Y29kZX06ICR7cmVhc29ufWAsIGFwcGx5aW5nOiAnJyB9LFxuICAgICAgICBlcnJvcjogeyBldmVudElkOiBldi5ldmVudElkLCBldmVudDogZXYuZXZlbnQsIGNvZGUsIHJlYXNvbiwgYXQsIHdvcmtlcjogdGhpcy5zLndvcmtlcklkIH0sXG4gICAgICAgIGV2ZW50SWQ6IGV2LmV2ZW50SWQsXG4gICAgICAgIG91dGNvbWU6ICdmYWlsZWQnLFxuICAgICAgICBhdWRpdDogdGhpcy5hdWRpdEVudHJ5KGV2LCBhdCwgeyBvdXRjb21lOiAnZmFpbGVkJywgcmVhc29uIH0pLFxuICAgICAgICBtZXRyaWM6ICdldmVudHNfZmFpbGVkJyxcbiAgICAgIH0pO1xuICAgICAgaWYgKCFvaykgdGhyb3cgbmV3IExlYXNlTG9zdEVycm9yKCk7XG4gICAgfSk7XG4gIH1cblxuICBwcml2YXRlIGFzeW5jIHdpdGhMZWFzZTxUPihwZXJtaXRJZDogc3RyaW5nLCBmbjogKGxlYXNlVmFsdWU6IHN0cmluZywgbG9zdDogKCkgPT4gYm9vbGVhbikgPT4gUHJvbWlzZTxUPik6IFByb21pc2U8VD4ge1xuICAgIGxldCB0b2tlbiA9IDA7XG4gICAgZm9yICg7Oykge1xuICAgICAgdG9rZW4gPSBhd2FpdCB0aGlzLnN0b3JlLmFjcXVpcmUocGVybWl0SWQsIHRoaXMucy53b3JrZXJJZCwgdGhpcy5zLmxlYXNlTXMpO1xuICAgICAgaWYgKHRva2VuID4gMCkgYnJlYWs7XG4gICAgICBhd2FpdCBzbGVlcCgyMDApO1xuICAgIH1cbiAgICBjb25zdCBsZWFzZVZhbHVlID0gYCR7dGhpcy5zLndvcmtlcklkfSAke3Rva2VufWA7XG4gICAgbGV0IGxvc3QgPSBmYWxzZTtcbiAgICBjb25zdCByZW5ldyA9IHNldEludGVydmFsKCgpID0+IHtcbiAgICAgIHRoaXMuc3RvcmUucmVuZXcocGVybWl0SWQsIGxlYXNlVmFsdWUsIHRoaXMucy5sZWFzZU1zKS50aGVuKChvaykgPT4ge1xuICAgICAgICBpZiAoIW9rKSBsb3N0ID0gdHJ1ZTtcbiAgICAgIH0pLmNhdGNoKCgpID0+IHVuZGVmaW5lZCk7XG4gICAgfSwgTWF0aC5tYXgoMjAwLCBNYXRoLmZsb29yKHRoaXMucy5sZWFzZU1zIC8gMykpKTtcbiAgICB0cnkge1xuICAgICAgcmV0dXJuIGF3YWl0IGZuKGxlYXNlVmFsdWUsICgpID0+IGxvc3QpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICBjbGVhckludGVydmFsKHJlbmV3KTtcbiAgICAgIGF3YWl0IHRoaXMuc3RvcmUucmVsZWFzZShwZXJtaXRJZCwgbGVhc2VWYWx1ZSkuY2F0Y2goKCkgPT4gdW5kZWZpbmVkKTtcbiAgICB9XG4gIH1cblxuICAvKiogT25lIGV2ZW50LCBzdGFydCB0byBjb21taXQuIFRocm93cyBmb3IgdHJhbnNpZW50IGZhaWx1cmVzIChyZXRyaWVkKS4gKi9cbiAgcHJpdmF0ZSBhc3luYyBwcm9jZXNzKG06IENvbnN1bWVNZXNzYWdlKTogUHJvbWlzZTx7IGRlYWRMZXR0ZXI/OiB7IGNvZGU6IHN0cmluZzsgcmVhc29uOiBzdHJpbmcgfSB9PiB7XG4gICAgbGV0IGV2OiBQZXJtaXRFdmVudDtcbiAgICB0cnkge1xuICAgICAgZXYgPSBwYXJzZUV2ZW50KG0uY29udGVudCwgbS5wcm9wZXJ0aWVzLmhlYWRlcnM/LlsneC1yd3Mtcm91dGluZy1rZXknXSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBCYWRFdmVudEVycm9yKSByZXR1cm4geyBkZWFkTGV0dGVyOiB7IGNvZGU6IGUuY29kZSwgcmVhc29uOiBlLm1lc3NhZ2UgfSB9O1xuICAgICAgdGhyb3cgZTtcbiAgICB9XG4gICAgaWYgKGF3YWl0IHRoaXMuc3RvcmUub3V0Y29tZU9mKGV2LnBlcm1pdElkLCBldi5ldmVudElkKSkge1xuICAgICAgYXdhaXQgdGhpcy5zdG9yZS5jb3VudCgnZXZlbnRzX2R1cGxpY2F0ZScpO1xuICAgICAgdGhpcy5sb2coJ2luZm8nLCAnZHVwbGljYXRlIGV2ZW50OiBhbHJlYWR5IHByb2Nlc3NlZCcsIHsgcGVybWl0SWQ6IGV2LnBlcm1pdElkLCBldmVudElkOiBldi5ldmVudElkIH0pO1xuICAgICAgcmV0dXJuIHt9O1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy53aXRoTGVhc2UoZXYucGVybWl0SWQsIGFzeW5jIChsZWFzZVZhbHVlLCBsb3N0KSA9PiB7XG4gICAgICAvLyBDaGVja2VkIGFnYWluIHVuZGVyIHRoZSBsZWFzZTogYW5vdGhlciB3b3JrZXIgbWF5IGhhdmUgY29tbWl0dGVkIGl0IG1lYW53aGlsZS5cbiAgICAgIGNvbnN0IHNlZW4gPSBhd2FpdCB0aGlzLnN0b3JlLm91dGNvbWVPZihldi5wZXJtaXRJZCwgZXYuZXZlbnRJZCk7XG4gICAgICBpZiAoc2Vlbikge1xuICAgICAgICBhd2FpdCB0aGlzLnN0b3JlLmNvdW50KCdldmVudHNfZHVwbGljYXRlJyk7XG4gICAgICAgIHJldHVybiB7fTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHN0YXRlID0gYXdhaXQgdGhpcy5zdG9yZS5nZXQoZXYucGVybWl0SWQpO1xuICAgICAgY29uc3QgY3VycmVudCA9IHN0YXRlPy5zdGF0dXMgYXMgUGVybWl0U3RhdHVzIHwgdW5kZWZpbmVkO1xuICAgICAgY29uc3QgYXQgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCk7XG4gICAgICBpZiAoaXNSZWxlYXNlRXZlbnQoZXYpKSByZXR1cm4gdGhpcy5wcm9jZXNzUmVsZWFzZShldiwgc3RhdGUsIGxlYXNlVmFsdWUsIGF0KTtcbiAgICAgIGxldCBwbGFuOiBQZXJtaXRQbGFuO1xuICAgICAgbGV0IGRhdGE6IGFueTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGNvbnN0IHRhcmdldCA9IHRhcmdldFN0YXR1cyhjdXJyZW50LCBldik7XG4gICAgICAgIGNvbnN0IG1lcmdlZCA9IG1lcmdlUGVybWl0KGV2LnBlcm1pdElkLCBzdGF0ZT8ucGVybWl0LCBldi5wZXJtaXQpO1xuICAgICAgICBkYXRhID0geyAuLi5tZXJnZWQgfSBhcyBhbnk7XG4gICAgICAgIGRlbGV0ZSBkYXRhLmlkO1xuICAgICAgICAvLyBUaGUgcmVsZWFzZSBzZXR0aW5ncyBhcmUga2VwdCB3aXRoIHRoZSBwZXJtaXQgZm9yIHJlbGVhc2UgZXZlbnRzOyB0aGUgc3RhY2tzIGRvIG5vdCB1c2UgdGhlbS5cbiAgICAgICAgY29uc3QgeyByZWxlYXNlOiBfcmVsZWFzZSwgLi4ucGVybWl0UHJvcHMgfSA9IG1lcmdlZCBhcyB0eXBlb2YgbWVyZ2VkICYgeyByZWxlYXNlPzogdW5rbm93biB9O1xuICAgICAgICBwbGFuID0gUGVybWl0TGlmZWN5Y2xlLnBsYW4oeyAuLi5wZXJtaXRQcm9wcywgc3RhdHVzOiB0YXJnZXQsIC4uLihjdXJyZW50ID8geyBwcmV2aW91c1N0YXR1czogY3VycmVudCB9IDoge30pLCBldmVudElkOiBldi5ldmVudElkIH0pO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBjb25zdCBiYWQgPSBlIGluc3RhbmNlb2YgQmFkRXZlbnRFcnJvciA/IGVcbiAgICAgICAgICA6IFdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpID8gbmV3IEJhZEV2ZW50RXJyb3IoZS5kaWFnbm9zdGljc1swXT8uY29kZSA/PyAnaW52YWxpZC1wZXJtaXQnLCBgZXZlbnQgJHtldi5ldmVudElkfSAocGVybWl0ICR7ZXYucGVybWl0SWR9KTogJHtlLm1lc3NhZ2Uuc3BsaXQoJ1xcbicpLmpvaW4oJyAnKX1gKVxuICAgICAgICAgICAgOiB1bmRlZmluZWQ7XG4gICAgICAgIGlmICghYmFkKSB0aHJvdyBlO1xuICAgICAgICBjb25zdCBvayA9IGF3YWl0IHRoaXMuc3RvcmUuY29tbWl0KGV2LnBlcm1pdElkLCBsZWFzZVZhbHVlLCB7XG4gICAgICAgICAgZmllbGRzOiBzdGF0ZSA/IHt9IDogeyBzdGF0dXM6ICcnLCBwZXJtaXQ6ICcnIH0sXG4gICAgICAgICAgZXJyb3I6IHsgZXZlbnRJZDogZXYuZXZlbnRJZCwgZXZlbnQ6IGV2LmV2ZW50LCBjb2RlOiBiYWQuY29kZSwgcmVhc29uOiBiYWQubWVzc2FnZSwgYXQsIHdvcmtlcjogdGhpcy5zLndvcmtlcklkIH0sXG4gICAgICAgICAgZXZlbnRJZDogZXYuZXZlbnRJZCxcbiAgICAgICAgICBvdXRjb21lOiAncmVmdXNlZCcsXG4gICAgICAgICAgYXVkaXQ6IHRoaXMuYXVkaXRFbnRyeShldiwgYXQsIHsgZnJvbTogY3VycmVudCA/PyAnJywgb3V0Y29tZTogJ3JlZnVzZWQnLCBjb2RlOiBiYWQuY29kZSwgcmVhc29uOiBiYWQubWVzc2FnZSB9KSxcbiAgICAgICAgICBtZXRyaWM6ICdldmVudHNfcmVmdXNlZCcsXG4gICAgICAgIH0pO1xuICAgICAgICBpZiAoIW9rKSB0aHJvdyBuZXcgTGVhc2VMb3N0RXJyb3IoKTtcbiAgICAgICAgaWYgKCFzdGF0ZSkgYXdhaXQgdGhpcy5zdG9yZS5yZWRpcy56cmVtKHRoaXMuc3RvcmUua2V5cy5wZXJtaXRzKCksIGV2LnBlcm1pdElkKTtcbiAgICAgICAgcmV0dXJuIHsgZGVhZExldHRlcjogeyBjb2RlOiBiYWQuY29kZSwgcmVhc29uOiBiYWQubWVzc2FnZSB9IH07XG4gICAgICB9XG4gICAgICBjb25zdCBhcHBseWluZyA9IHsgZXZlbnRJZDogZXYuZXZlbnRJZCwgZXZlbnQ6IGV2LmV2ZW50LCB0YXJnZXQ6IHBsYW4uc3RhdHVzLCB3b3JrZXI6IHRoaXMucy53b3JrZXJJZCwgYXQgfTtcbiAgICAgIGlmICghYXdhaXQgdGhpcy5zdG9yZS5tYXJrQXBwbHlpbmcoZXYucGVybWl0SWQsIGxlYXNlVmFsdWUsIGFwcGx5aW5nKSkge1xuICAgICAgICB0aHJvdyBuZXcgTGVhc2VMb3N0RXJyb3IoKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHN0YXJ0ZWQgPSBEYXRlLm5vdygpO1xuICAgICAgbGV0IHN1bW1hcnk6IFBsYW5TdW1tYXJ5IHwgdW5kZWZpbmVkO1xuICAgICAgbGV0IGNvbm5lY3Rpb246IHVua25vd247XG4gICAgICBjb25zdCBzeW50aCA9IGF3YWl0IHRoaXMuc3ludGgocGxhbiwgZGF0YSwgYXQpO1xuICAgICAgbGV0IG91dHB1dHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gfCB1bmRlZmluZWQ7XG4gICAgICBpZiAodGhpcy5zLm1vZGUgIT09ICdzeW50aCcgJiYgdGhpcy5zLmJhY2tlbmQgPT09ICdhd3MnKSB7XG4gICAgICAgIGNvbnN0IGRvbmUgPSBhd2FpdCB0aGlzLmRlcGxveUF3cyhldiwgcGxhbiwgc3ludGgsIHN0YXRlLCBsZWFzZVZhbHVlLCBhdCwgbG9zdCk7XG4gICAgICAgIGlmIChkb25lLnJlZnVzZWQpIHJldHVybiB7fTtcbiAgICAgICAgc3VtbWFyeSA9IGRvbmUuc3VtbWFyeTtcbiAgICAgICAgaWYgKGRvbmUub3V0cHV0cykge1xuICAgICAgICAgIG91dHB1dHMgPSBkb25lLm91dHB1dHM7XG4gICAgICAgICAgY29ubmVjdGlvbiA9IGNvbm5lY3Rpb25PZihkb25lLm91dHB1dHMsIHBsYW4ud29ya3NwYWNlcy5tYXAoKHcpID0+IHcucm9sZSkpO1xuICAgICAgICB9XG4gICAgICB9IGVsc2UgaWYgKHRoaXMucy5tb2RlICE9PSAnc3ludGgnKSB7XG4gICAgICAgIGNvbnN0IHRmRGlyID0gdGhpcy5wcmVwYXJlVGVycmFmb3JtRGlyKGV2LnBlcm1pdElkLCBzeW50aCk7XG4gICAgICAgIGxldCBwbGFubmVkOiBQbGFuUmVzdWx0IHwgdW5kZWZpbmVkO1xuICAgICAgICBsZXQgbG9zczogUGxhbm5lZFJlc291cmNlQ2hhbmdlW107XG4gICAgICAgIHRyeSB7XG4gICAgICAgICAgcGxhbm5lZCA9IGF3YWl0IHBsYW5TdGFjayh0aGlzLnMudGVycmFmb3JtLCB0ZkRpcik7XG4gICAgICAgICAgc3VtbWFyeSA9IHBsYW5uZWQuc3VtbWFyeTtcbiAgICAgICAgICBjb25zdCBwcm90ZWN0ZWRBZGRyZXNzZXMgPSBbLi4uKHN0YXRlPy5wcm90ZWN0ZWRSZXNvdXJjZXMgPz8gW10pLCAuLi5zeW50aC5wcm90ZWN0ZWRSZXNvdXJjZXNdO1xuICAgICAgICAgIGxvc3MgPSBkYXRhTG9zc0NoYW5nZXMoc3VtbWFyeSwgcHJvdGVjdGVkQWRkcmVzc2VzLCBwbGFuLnN0YXR1cyA9PT0gUGVybWl0U3RhdHVzLkRFTEVURUQpO1xuICAgICAgICB9IGNhdGNoIChlKSB7XG4gICAgICAgICAgLy8gVGVycmFmb3JtIGl0c2VsZiByZWZ1c2VkOiB0aGUgcGxhbiB3b3VsZCBkZXN0cm95IHdoYXQgcHJldmVudF9kZXN0cm95IHByb3RlY3RzXG4gICAgICAgICAgLy8gKGEgcmVwbGFjZW1lbnQgZGVzdHJveXMgdGhlIG9sZCBvbmUgdG9vKS4gVGhlIHNhbWUgcmVmdXNhbCBhcyB0aGUgY2hlY2sgYmVsb3cuXG4gICAgICAgICAgaWYgKCEoZSBpbnN0YW5jZW9mIFByb3RlY3RlZERlc3Ryb3lFcnJvcikpIHRocm93IGU7XG4gICAgICAgICAgbG9zcyA9IGUuYWRkcmVzc2VzLm1hcCgoYWRkcmVzcykgPT4gKHsgYWRkcmVzcywgdHlwZTogYWRkcmVzcy5zcGxpdCgnLicpWzBdLCBhY3Rpb25zOiBbJ2Rlc3Ryb3knXSB9KSk7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGxvc3MubGVuZ3RoKSB7XG4gICAgICAgICAgY29uc3Qgd2h5ID0gbG9zcy5zb21lKChjKSA9PiBjLmFjdGlvbnMuaW5jbHVkZXMoJ2Rlc3Ryb3knKSkgPyAnIChUZXJyYWZvcm0gc3RvcHBlZCBhdCBwcmV2ZW50X2Rlc3Ryb3k6IGEgZGVsZXRlIG9yIGEgcmVwbGFjZW1lbnQpJyA6ICcnO1xuICAgICAgICAgIGF3YWl0IHRoaXMucmVmdXNlUGxhbihldiwgcGxhbiwgY3VycmVudCwgbGVhc2VWYWx1ZSwgYXQsIHN1bW1hcnksIGxvc3MsIHdoeSk7XG4gICAgICAgICAgcmV0dXJuIHt9O1xuICAgICAgICB9XG4gICAgICAgIGlmIChsb3N0KCkpIHRocm93IG5ldyBMZWFzZUxvc3RFcnJvcigpO1xuICAgICAgICBpZiAodGhpcy5zLm1vZGUgPT09ICdhcHBseScpIHtcbiAgICAgICAgICBjb25zdCB0Zk91dHB1dHMgPSBhd2FpdCBhcHBseVBsYW4odGhpcy5zLnRlcnJhZm9ybSwgdGZEaXIsIHBsYW5uZWQhLnBsYW5GaWxlKTtcbiAgICAgICAgICBjb25uZWN0aW9uID0gdGZPdXRwdXRzLndvcmtzcGFjZXM7XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICAgIGNvbnN0IGNvdW50cyA9IHN1bW1hcnkgPyBjb3VudHNPZihzdW1tYXJ5KSA6IHsgcmVzb3VyY2VzOiBzeW50aC5yZXNvdXJjZXMubGVuZ3RoLCBwcm90ZWN0ZWQ6IHN5bnRoLnByb3RlY3RlZFJlc291cmNlcy5sZW5ndGggfTtcbiAgICAgIGNvbnN0IGhpc3RvcnkgPSB7XG4gICAgICAgIGV2ZW50SWQ6IGV2LmV2ZW50SWQsXG4gICAgICAgIGV2ZW50OiBldi5ldmVudCxcbiAgICAgICAgZnJvbTogY3VycmVudCA/PyBudWxsLFxuICAgICAgICB0bzogcGxhbi5zdGF0dXMsXG4gICAgICAgIHJlcGxheTogcGxhbi5yZXBsYXksXG4gICAgICAgIGF0LFxuICAgICAgICB3b3JrZXI6IHRoaXMucy53b3JrZXJJZCxcbiAgICAgICAgbW9kZTogdGhpcy5zLm1vZGUsXG4gICAgICAgIG1zOiBEYXRlLm5vdygpIC0gc3RhcnRlZCxcbiAgICAgICAgcGxhbjogY291bnRzLFxuICAgICAgICAuLi4oZXYub2NjdXJyZWRBdCA/IHsgb2NjdXJyZWRBdDogZXYub2NjdXJyZWRBdCB9IDoge30pLFxuICAgICAgfTtcbiAgICAgIGNvbnN0IG9rID0gYXdhaXQgdGhpcy5zdG9yZS5jb21taXQoZXYucGVybWl0SWQsIGxlYXNlVmFsdWUsIHtcbiAgICAgICAgZmllbGRzOiB7XG4gICAgICAgICAgc3RhdHVzOiBwbGFuLnN0YXR1cyxcbiAgICAgICAgICBwcmV2aW91c1N0YXR1czogY3VycmVudCA/PyAnJyxcbiAgICAgICAgICBldmVudElkOiBldi5ldmVudElkLFxuICAgICAgICAgIGV2ZW50OiBldi5ldmVudCxcbiAgICAgICAgICB1cGRhdGVkQXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgICBwZXJtaXQ6IEpTT04uc3RyaW5naWZ5KGRhdGEpLFxuICAgICAgICAgIHBsYW46IEpTT04uc3RyaW5naWZ5KHtcbiAgICAgICAgICAgIG1vZGU6IHRoaXMucy5tb2RlLCBzdGFjazogc3ludGguc3RhY2ssIC4uLmNvdW50cywgLi4uKHN1bW1hcnkgPyB7IGNoYW5nZXM6IHN1bW1hcnkuY2hhbmdlcyB9IDoge30pLCAuLi4ob3V0cHV0cyA/IHsgb3V0cHV0cyB9IDoge30pLFxuICAgICAgICAgIH0pLFxuICAgICAgICAgIHByb3RlY3RlZFJlc291cmNlczogSlNPTi5zdHJpbmdpZnkoc3ludGgucHJvdGVjdGVkUmVzb3VyY2VzKSxcbiAgICAgICAgICBmYWlsZWQ6ICcnLFxuICAgICAgICAgIGFwcGx5aW5nOiAnJyxcbiAgICAgICAgICB3b3Jrc3BhY2VzOiBKU09OLnN0cmluZ2lmeShwbGFuLndvcmtzcGFjZXMubWFwKCh3KSA9PiAoe1xuICAgICAgICAgICAgcm9sZTogdy5yb2xlLCBzdGF0ZTogdy5zdGF0ZSwgcHJvdG9jb2w6IHcucHJvdG9jb2wsIHBvcnQ6IHcucG9ydCwgdXNlcnM6IHcudXNlcnMubWFwKCh1KSA9PiB1Lm5hbWUpLFxuICAgICAgICAgIH0pKSksXG4gICAgICAgICAgLi4uKGNvbm5lY3Rpb24gIT09IHVuZGVmaW5lZCA/IHsgY29ubmVjdGlvbjogSlNPTi5zdHJpbmdpZnkoY29ubmVjdGlvbikgfSA6IHt9KSxcbiAgICAgICAgfSxcbiAgICAgICAgaGlzdG9yeSxcbiAgICAgICAgZXZlbnRJZDogZXYuZXZlbnRJZCxcbiAgICAgICAgb3V0Y29tZTogcGxhbi5yZXBsYXkgPyAncmVwbGF5JyA6ICdhcHBsaWVkJyxcbiAgICAgICAgYXVkaXQ6IHRoaXMuYXVkaXRFbnRyeShldiwgYXQsIHtcbiAgICAgICAgICBmcm9tOiBjdXJyZW50ID8/ICcnLFxuICAgICAgICAgIHRvOiBwbGFuLnN0YXR1cyxcbiAgICAgICAgICBvdXRjb21lOiAnYXBwbGllZCcsXG4gICAgICAgICAgbW9kZTogdGhpcy5zLm1vZGUsXG4gICAgICAgICAgcGxhbjogSlNPTi5zdHJpbmdpZnkoY291bnRzKSxcbiAgICAgICAgICBjaGFuZ2VzOiBKU09OLnN0cmluZ2lmeShwbGFuLmNoYW5nZXMubWFwKChjKSA9PiBgJHtjLnN1YmplY3R9ICR7Yy5uYW1lfSAke2MuY2hhbmdlfWApKSxcbiAgICAgICAgfSksXG4gICAgICAgIG1ldHJpYzogJ2V2ZW50c19hcHBsaWVkJyxcbiAgICAgIH0pO1xuICAgICAgaWYgKCFvaykgdGhyb3cgbmV3IExlYXNlTG9zdEVycm9yKCk7XG4gICAgICB0aGlzLmxvZygnaW5mbycsICdhcHBsaWVkJywgeyBwZXJtaXRJZDogZXYucGVybWl0SWQsIGV2ZW50SWQ6IGV2LmV2ZW50SWQsIGZyb206IGN1cnJlbnQsIHRvOiBwbGFuLnN0YXR1cywgbW9kZTogdGhpcy5zLm1vZGUsIG1zOiBEYXRlLm5vdygpIC0gc3RhcnRlZCB9KTtcbiAgICAgIGlmICh0aGlzLnB1Yikge1xuICAgICAgICBhd2FpdCBwdWJsaXNoQ29uZmlybWVkKHRoaXMucHViLCB0aGlzLnMuc3RhdHVzRXhjaGFuZ2UsIGBwZXJtaXQuc3RhdHVzLiR7cGxhbi5zdGF0dXN9YCwgQnVmZmVyLmZyb20oSlNPTi5zdHJpbmdpZnkoe1xuICAgICAgICAgIHBlcm1pdElkOiBldi5wZXJtaXRJZCwgc3RhdHVzOiBwbGFuLnN0YXR1cywgcHJldmlvdXNTdGF0dXM6IGN1cnJlbnQgPz8gbnVsbCwgZXZlbnRJZDogZXYuZXZlbnRJZCwgYXQsXG4gICAgICAgIH0pKSwgeyBwZXJzaXN0ZW50OiB0cnVlLCBjb250ZW50VHlwZTogJ2FwcGxpY2F0aW9uL2pzb24nIH0pLmNhdGNoKChlKSA9PiB0aGlzLmxvZygnd2FybicsIGBzdGF0dXMgcHVibGlzaDogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKSk7XG4gICAgICB9XG4gICAgICByZXR1cm4ge307XG4gICAgfSk7XG4gIH1cblxuICAvKiogUmVjb3JkcyBhIHBsYW4gdGhlIGRhdGEtbG9zcyBydWxlIHJlZnVzZWQgKG5vdGhpbmcgYXBwbGllZCkgdW5kZXIgdGhlIGxlYXNlLiAqL1xuICBwcml2YXRlIGFzeW5jIHJlZnVzZVBsYW4oZXY6IFBlcm1pdEV2ZW50LCBwbGFuOiBQZXJtaXRQbGFuLCBjdXJyZW50OiBQZXJtaXRTdGF0dXMgfCB1bmRlZmluZWQsIGxlYXNlVmFsdWU6IHN0cmluZywgYXQ6IHN0cmluZyxcbiAgICBzdW1tYXJ5OiBQbGFuU3VtbWFyeSB8IHVuZGVmaW5lZCwgbG9zczogUGxhbm5lZFJlc291cmNlQ2hhbmdlW10sIHdoeTogc3RyaW5nKTogUHJvbWlzZTx2b2lkPiB7XG4gICAgY29uc3QgdmVyYiA9IChjOiBQbGFubmVkUmVzb3VyY2VDaGFuZ2UpID0+IChjLmFjdGlvbnMuaW5jbHVkZXMoJ2Rlc3Ryb3knKSA/ICdkZXN0cm95JyA6IGMuYWN0aW9ucy5pbmNsdWRlcygnY3JlYXRlJykgPyAncmVwbGFjZScgOiAnZGVsZXRlJyk7XG4gICAgY29uc3QgcmVhc29uID0gYHBsYW4gcmVmdXNlZDogaXQgd291bGQgJHtsb3NzLm1hcCgoYykgPT4gYCR7dmVyYihjKX0gJHtjLmFkZHJlc3N9YCkuam9pbignLCAnKX0gYmVmb3JlIHBlcm1pdC5kZWxldGVkJHt3aHl9OyBgXG4gICAgICArICdkYXRhIHZvbHVtZXMgYXJlIGRlc3Ryb3llZCBvbmx5IGJ5IHBlcm1pdC5kZWxldGVkIChjaGVjayB0aGUgcGVybWl0IGRhdGEgYW5kIHRoZSBiYWNrZW5kIGNvbmZpZzsgbm90aGluZyB3YXMgYXBwbGllZCknO1xuICAgIGNvbnN0IHJlZnVzZWRQbGFuID0gSlNPTi5zdHJpbmdpZnkoc3VtbWFyeSA/IGNvdW50c09mKHN1bW1hcnkpIDogeyBwcm90ZWN0ZWREZXN0cm95ZWQ6IGxvc3MubGVuZ3RoIH0pO1xuICAgIGNvbnN0IG9rID0gYXdhaXQgdGhpcy5zdG9yZS5jb21taXQoZXYucGVybWl0SWQsIGxlYXNlVmFsdWUsIHtcbiAgICAgIGZpZWxkczogeyBmYWlsZWQ6IGBwbGFuLXJlZnVzZWQ6ICR7cmVhc29ufWAsIGFwcGx5aW5nOiAnJywgbGFzdFJlZnVzZWRQbGFuOiByZWZ1c2VkUGxhbiB9LFxuICAgICAgZXJyb3I6IHsgZXZlbnRJZDogZXYuZXZlbnRJZCwgZXZlbnQ6IGV2LmV2ZW50LCBjb2RlOiAncGxhbi1yZWZ1c2VkJywgcmVhc29uLCBhdCwgd29ya2VyOiB0aGlzLnMud29ya2VySWQsIGNoYW5nZXM6IGxvc3MgfSxcbiAgICAgIGV2ZW50SWQ6IGV2LmV2ZW50SWQsXG4gICAgICBvdXRjb21lOiAncmVmdXNlZCcsXG4gICAgICBhdWRpdDogdGhpcy5hdWRpdEVudHJ5KGV2LCBhdCwgeyBmcm9tOiBjdXJyZW50ID8/ICcnLCB0bzogcGxhbi5zdGF0dXMsIG91dGNvbWU6ICdwbGFuLXJlZnVzZWQnLCByZWFzb24sIHBsYW46IHJlZnVzZWRQbGFuIH0pLFxuICAgICAgbWV0cmljOiAncGxhbnNfcmVmdXNlZCcsXG4gICAgfSk7XG4gICAgaWYgKCFvaykgdGhyb3cgbmV3IExlYXNlTG9zdEVycm9yKCk7XG4gICAgdGhpcy5sb2coJ3dhcm4nLCByZWFzb24sIHsgcGVybWl0SWQ6IGV2LnBlcm1pdElkLCBldmVudElkOiBldi5ldmVudElkIH0pO1xuICB9XG5cbiAgLyoqXG4gICAqIGAtLWJhY2tlbmQgYXdzYCBpbiBwbGFuIG9yIGFwcGx5IG1vZGUgKGNsb3VkZm9ybWF0aW9uLnRzKTogYSBjaGFuZ2Ugc2V0IG9mIHRoZSBzeW50aGVzaXplZFxuICAgKiBhc3NlbWJseSwgdGhlIGRhdGEtbG9zcyBydWxlIG9uIGl0IChhIHJlZnVzZWQgY2hhbmdlIHNldCBpcyBkZWxldGVkLCBub3RoaW5nIGV4ZWN1dGVkKSwgdGhlblxuICAgKiBpbiBhcHBseSBtb2RlIGl0cyBleGVjdXRpb24gd2l0aCB0aGUgc3RhY2sgcG9saWN5IGtlcHQgdXAgdG8gZGF0ZS4gREVMRVRFRCBsaWZ0cyB0aGUgcG9saWN5LFxuICAgKiBkZXBsb3lzIHRoZSBERUxFVEVEIHRlbXBsYXRlIChidWNrZXRzIGFuZCBrZXkgc3dpdGNoIHRvIERlbGV0ZSkgYW5kIGRlbGV0ZXMgdGhlIHN0YWNrLlxuICAgKi9cbiAgcHJpdmF0ZSBhc3luYyBkZXBsb3lBd3MoZXY6IFBlcm1pdEV2ZW50LCBwbGFuOiBQZXJtaXRQbGFuLCBzeW50aDogUGVybWl0U3ludGhSZXN1bHQgJiB7IGRpcjogc3RyaW5nIH0sIHN0YXRlOiBhbnksIGxlYXNlVmFsdWU6IHN0cmluZywgYXQ6IHN0cmluZyxcbiAgICBsb3N0OiAoKSA9PiBib29sZWFuKTogUHJvbWlzZTx7IHJlZnVzZWQ/OiBib29sZWFuOyBzdW1tYXJ5PzogUGxhblN1bW1hcnk7IG91dHB1dHM/OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+IH0+IHtcbiAgICB0aGlzLmRlcGxveWVyID8/PSBDbG91ZEZvcm1hdGlvbkRlcGxveWVyLmNyZWF0ZSh0aGlzLnMuY2xvdWRmb3JtYXRpb24pO1xuICAgIGNvbnN0IGNmbiA9IGF3YWl0IHRoaXMuZGVwbG95ZXIuY2F0Y2goKGUpID0+IHtcbiAgICAgIHRoaXMuZGVwbG95ZXIgPSB1bmRlZmluZWQ7XG4gICAgICB0aHJvdyBlO1xuICAgIH0pO1xuICAgIGNvbnN0IGRlbGV0aW5nID0gcGxhbi5zdGF0dXMgPT09IFBlcm1pdFN0YXR1cy5ERUxFVEVEO1xuICAgIGNvbnN0IGN1cnJlbnQgPSBzdGF0ZT8uc3RhdHVzIGFzIFBlcm1pdFN0YXR1cyB8IHVuZGVmaW5lZDtcbiAgICBpZiAoZGVsZXRpbmcgJiYgIWF3YWl0IGNmbi5zdGFja1N0YXR1cyhzeW50aC5zdGFjaykpIHtcbiAgICAgIC8vIE5vdGhpbmcgd2FzIGV2ZXIgZGVwbG95ZWQgKG9yIHRoZSBzdGFjayBpcyBnb25lIGFscmVhZHkpOiBub3RoaW5nIHRvIGRlbGV0ZS5cbiAgICAgIHJldHVybiB7IHN1bW1hcnk6IGVtcHR5U3VtbWFyeSgpLCAuLi4odGhpcy5zLm1vZGUgPT09ICdhcHBseScgPyB7IG91dHB1dHM6IHt9IH0gOiB7fSkgfTtcbiAgICB9XG4gICAgY29uc3QgcHJvdGVjdGVkSWRzID0gWy4uLm5ldyBTZXQoWy4uLihzdGF0ZT8ucHJvdGVjdGVkUmVzb3VyY2VzID8/IFtdKSwgLi4uc3ludGgucHJvdGVjdGVkUmVzb3VyY2VzXSldO1xuICAgIGNvbnN0IGNwbGFuID0gYXdhaXQgY2ZuLnBsYW4oc3ludGguc3RhY2ssIHN5bnRoLmRpciwgZXYuZXZlbnRJZCk7XG4gICAgY29uc3QgbG9zcyA9IGNoYW5nZVNldERhdGFMb3NzKGNwbGFuLnN1bW1hcnksIHByb3RlY3RlZElkcywgZGVsZXRpbmcpO1xuICAgIGlmIChsb3NzLmxlbmd0aCkge1xuICAgICAgaWYgKGNwbGFuLmNoYW5nZVNldElkKSBhd2FpdCBjZm4uZGlzY2FyZChjcGxhbi5jaGFuZ2VTZXRJZCk7XG4gICAgICBhd2FpdCB0aGlzLnJlZnVzZVBsYW4oZXYsIHBsYW4sIGN1cnJlbnQsIGxlYXNlVmFsdWUsIGF0LCBjcGxhbi5zdW1tYXJ5LCBsb3NzLCAnIChDbG91ZEZvcm1hdGlvbiBjaGFuZ2Ugc2V0OyBpdCB3YXMgZGVsZXRlZCknKTtcbiAgICAgIHJldHVybiB7IHJlZnVzZWQ6IHRydWUgfTtcbiAgICB9XG4gICAgaWYgKHRoaXMucy5tb2RlICE9PSAnYXBwbHknKSByZXR1cm4geyBzdW1tYXJ5OiBjcGxhbi5zdW1tYXJ5IH07XG4gICAgaWYgKGxvc3QoKSkge1xuICAgICAgaWYgKGNwbGFuLmNoYW5nZVNldElkKSBhd2FpdCBjZm4uZGlzY2FyZChjcGxhbi5jaGFuZ2VTZXRJZCk7XG4gICAgICB0aHJvdyBuZXcgTGVhc2VMb3N0RXJyb3IoKTtcbiAgICB9XG4gICAgY29uc3Qgb3V0cHV0cyA9IGF3YWl0IGNmbi5hcHBseShjcGxhbiwgZGVsZXRpbmcgPyBbXSA6IHByb3RlY3RlZElkcyk7XG4gICAgaWYgKGRlbGV0aW5nKSB7XG4gICAgICBhd2FpdCBjZm4uZGVsZXRlU3RhY2soc3ludGguc3RhY2spO1xuICAgICAgcmV0dXJuIHsgc3VtbWFyeTogY3BsYW4uc3VtbWFyeSwgb3V0cHV0czoge30gfTtcbiAgICB9XG4gICAgcmV0dXJuIHsgc3VtbWFyeTogY3BsYW4uc3VtbWFyeSwgb3V0cHV0czogd2l0aG91dFNlY3JldHMob3V0cHV0cykgfTtcbiAgfVxuXG4gIC8qKlxuICAgKiBBbiBvdXRwdXQgcmVsZWFzZSBldmVudCwgdW5kZXIgdGhlIHBlcm1pdCdzIGxlYXNlOiBvbmUgbW92ZSBvZiB0aGUgcGVybWl0J3MgcmVsZWFzZSBzdG9yZVxuICAgKiAocmVsZWFzZS1tb3Zlcy50cykuIE5vIHN0YWNrIGNoYW5nZXMuIEEgbW92ZSB0aGUgbW9kZWwgcmVmdXNlcyBnb2VzIHRvIHRoZSBkZWFkLWxldHRlciBxdWV1ZSBhbmRcbiAgICogaXMgcmVjb3JkZWQgYXMgcmVmdXNlZDsgbm90aGluZyBjaGFuZ2VzIGluIHRoZSBzdG9yZS5cbiAgICovXG4gIHByaXZhdGUgYXN5bmMgcHJvY2Vzc1JlbGVhc2UoXG4gICAgZXY6IFBlcm1pdEV2ZW50ICYgeyBldmVudDogUmVsZWFzZUV2ZW50TmFtZTsgcmVsZWFzZTogUmVsZWFzZUV2ZW50Qm9keSB9LCBzdGF0ZTogYW55LCBsZWFzZVZhbHVlOiBzdHJpbmcsIGF0OiBzdHJpbmcsXG4gICk6IFByb21pc2U8eyBkZWFkTGV0dGVyPzogeyBjb2RlOiBzdHJpbmc7IHJlYXNvbjogc3RyaW5nIH0gfT4ge1xuICAgIGNvbnN0IGN1cnJlbnQgPSBzdGF0ZT8uc3RhdHVzIGFzIFBlcm1pdFN0YXR1cyB8IHVuZGVmaW5lZDtcbiAgICBjb25zdCByZWZ1c2UgPSBhc3luYyAoYmFkOiBCYWRFdmVudEVycm9yKSA9PiB7XG4gICAgICBjb25zdCBvayA9IGF3YWl0IHRoaXMuc3RvcmUuY29tbWl0KGV2LnBlcm1pdElkLCBsZWFzZVZhbHVlLCB7XG4gICAgICAgIGZpZWxkczoge30sXG4gICAgICAgIGVycm9yOiB7IGV2ZW50SWQ6IGV2LmV2ZW50SWQsIGV2ZW50OiBldi5ldmVudCwgY29kZTogYmFkLmNvZGUsIHJlYXNvbjogYmFkLm1lc3NhZ2UsIGF0LCB3b3JrZXI6IHRoaXMucy53b3JrZXJJZCB9LFxuICAgICAgICBldmVudElkOiBldi5ldmVudElkLFxuICAgICAgICBvdXRjb21lOiAncmVmdXNlZCcsXG4gICAgICAgIGF1ZGl0OiB0aGlzLmF1ZGl0RW50cnkoZXYsIGF0LCB7IGZyb206IGN1cnJlbnQgPz8gJycsIG91dGNvbWU6ICdyZWZ1c2VkJywgY29kZTogYmFkLmNvZGUsIHJlYXNvbjogYmFkLm1lc3NhZ2UsIHJlcXVlc3RJZDogZXYucmVsZWFzZS5yZXF1ZXN0SWQgfSksXG4gICAgICAgIG1ldHJpYzogJ2V2ZW50c19yZWZ1c2VkJyxcbiAgICAgIH0pO1xuICAgICAgaWYgKCFvaykgdGhyb3cgbmV3IExlYXNlTG9zdEVycm9yKCk7XG4gICAgICByZXR1cm4geyBkZWFkTGV0dGVyOiB7IGNvZGU6IGJhZC5jb2RlLCByZWFzb246IGJhZC5tZXNzYWdlIH0gfTtcbiAgICB9O1xuICAgIGlmICghc3RhdGUpIHtcbiAgICAgIC8vIE5vdGhpbmcgd2FzIHdyaXR0ZW4gZm9yIGEgcGVybWl0IHRoZSBzZXJ2aWNlIGhhcyBuZXZlciBzZWVuOiBvbmx5IHRoZSBkZWFkIGxldHRlci5cbiAgICAgIHJldHVybiB7IGRlYWRMZXR0ZXI6IHsgY29kZTogJ3Vua25vd24tcGVybWl0JywgcmVhc29uOiBgZXZlbnQgJHtldi5ldmVudElkfTogJHtldi5ldmVudH0gZm9yIHBlcm1pdCAke2V2LnBlcm1pdElkfSwgd2hpY2ggdGhlIHNlcnZpY2UgaGFzIG5ldmVyIHNlZW47IGl0cyBmaXJzdCBldmVudCBtdXN0IGJlIHBlcm1pdC5zdGF0dXMudXBkYXRlZGAgfSB9O1xuICAgIH1cbiAgICBpZiAoIXRoaXMucy5yZWxlYXNlc0Rpcikge1xuICAgICAgcmV0dXJuIHJlZnVzZShuZXcgQmFkRXZlbnRFcnJvcigncmVsZWFzZXMtbm90LWNvbmZpZ3VyZWQnLCBgZXZlbnQgJHtldi5ldmVudElkfTogdGhpcyB3b3JrZXIgaGFzIG5vIHJlbGVhc2VzX2RpciAoUldTX1JFTEVBU0VTX0RJUiksIHNvIGl0IGNhbm5vdCBhcHBseSAke2V2LmV2ZW50fTsgYFxuICAgICAgICArICdnaXZlIGV2ZXJ5IHdvcmtlciB0aGUgZm9sZGVyIG9mIHRoZSBwZXJtaXRzXFwnIHJlbGVhc2Ugc3RvcmVzICh0aGUgQVBJXFwncyByZWxlYXNlc19kaXIpJykpO1xuICAgIH1cbiAgICBjb25zdCBkYXRhOiBQZXJtaXREYXRhID0geyAuLi4oc3RhdGUucGVybWl0ID8/IHt9KSwgLi4uKGV2LnBlcm1pdCA/PyB7fSkgfTtcbiAgICBsZXQgb3V0Y29tZTtcbiAgICB0cnkge1xuICAgICAgb3V0Y29tZSA9IGF3YWl0IGFwcGx5UmVsZWFzZUV2ZW50KHRoaXMucy5yZWxlYXNlc0RpciwgZXYucGVybWl0SWQsIGRhdGEsIGV2LmV2ZW50LCBldi5yZWxlYXNlLCBldi5ldmVudElkLCBwcm9jZXNzLmVudik7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGUgaW5zdGFuY2VvZiBCYWRFdmVudEVycm9yKSByZXR1cm4gcmVmdXNlKGUpO1xuICAgICAgdGhyb3cgZTtcbiAgICB9XG4gICAgY29uc3QgciA9IG91dGNvbWUucmVxdWVzdDtcbiAgICBjb25zdCBoaXN0b3J5ID0ge1xuICAgICAgZXZlbnRJZDogZXYuZXZlbnRJZCxcbiAgICAgIGV2ZW50OiBldi5ldmVudCxcbiAgICAgIGZyb206IGN1cnJlbnQgPz8gbnVsbCxcbiAgICAgIHRvOiBjdXJyZW50ID8/IG51bGwsXG4gICAgICBhdCxcbiAgICAgIHdvcmtlcjogdGhpcy5zLndvcmtlcklkLFxuICAgICAgcmVsZWFzZTogeyByZXF1ZXN0SWQ6IHIuaWQsIGFjdGlvbnM6IG91dGNvbWUuYWN0aW9ucywgc3RhdGU6IHIuc3RhdGUsIGFjdG9yOiBldi5yZWxlYXNlLmFjdG9yIH0sXG4gICAgICAuLi4oZXYub2NjdXJyZWRBdCA/IHsgb2NjdXJyZWRBdDogZXYub2NjdXJyZWRBdCB9IDoge30pLFxuICAgIH07XG4gICAgY29uc3Qgb2sgPSBhd2FpdCB0aGlzLnN0b3JlLmNvbW1pdChldi5wZXJtaXRJZCwgbGVhc2VWYWx1ZSwge1xuICAgICAgZmllbGRzOiB7IHVwZGF0ZWRBdDogbmV3IERhdGUoKS50b0lTT1N0cmluZygpLCAuLi4oZXYucGVybWl0ID8geyBwZXJtaXQ6IEpTT04uc3RyaW5naWZ5KGRhdGEpIH0gOiB7fSkgfSxcbiAgICAgIGhpc3RvcnksXG4gICAgICBldmVudElkOiBldi5ldmVudElkLFxuICAgICAgb3V0Y29tZTogb3V0Y29tZS5hY3Rpb25zLmxlbmd0aCA/ICdhcHBsaWVkJyA6ICdyZXBsYXknLFxuICAgICAgYXVkaXQ6IHRoaXMuYXVkaXRFbnRyeShldiwgYXQsIHtcbiAgICAgICAgZnJvbTogY3VycmVudCA/PyAnJyxcbiAgICAgICAgdG86IGN1cnJlbnQgPz8gJycsXG4gICAgICAgIG91dGNvbWU6ICdhcHBsaWVkJyxcbiAgICAgICAgcmVxdWVzdElkOiByLmlkLFxuICAgICAgICBhY3RvcjogZXYucmVsZWFzZS5hY3RvcixcbiAgICAgICAgYWN0aW9uczogb3V0Y29tZS5hY3Rpb25zLmpvaW4oJyAnKSB8fCAnKGFscmVhZHkgcmVjb3JkZWQpJyxcbiAgICAgICAgcmVsZWFzZVN0YXRlOiByLnN0YXRlLFxuICAgICAgICAuLi4oci5yZWxlYXNlZFRvID8geyByZWxlYXNlZFRvOiByLnJlbGVhc2VkVG8gfSA6IHt9KSxcbiAgICAgIH0pLFxuICAgICAgbWV0cmljOiAncmVsZWFzZV9tb3ZlcycsXG4gICAgfSk7XG4gICAgaWYgKCFvaykgdGhyb3cgbmV3IExlYXNlTG9zdEVycm9yKCk7XG4gICAgdGhpcy5sb2coJ2luZm8nLCAncmVsZWFzZSBtb3ZlJywgeyBwZXJtaXRJZDogZXYucGVybWl0SWQsIGV2ZW50SWQ6IGV2LmV2ZW50SWQsIHJlcXVlc3RJZDogci5pZCwgc3RhdGU6IHIuc3RhdGUsIGFjdGlvbnM6IG91dGNvbWUuYWN0aW9ucy5qb2luKCcgJykgfSk7XG4gICAgaWYgKHRoaXMucHViKSB7XG4gICAgICBhd2FpdCBwdWJsaXNoQ29uZmlybWVkKHRoaXMucHViLCB0aGlzLnMuc3RhdHVzRXhjaGFuZ2UsIGBwZXJtaXQucmVsZWFzZS4ke3Iuc3RhdGV9YCwgQnVmZmVyLmZyb20oSlNPTi5zdHJpbmdpZnkoe1xuICAgICAgICBwZXJtaXRJZDogZXYucGVybWl0SWQsIHJlcXVlc3RJZDogci5pZCwgc3RhdGU6IHIuc3RhdGUsIGV2ZW50SWQ6IGV2LmV2ZW50SWQsIGF0LFxuICAgICAgfSkpLCB7IHBlcnNpc3RlbnQ6IHRydWUsIGNvbnRlbnRUeXBlOiAnYXBwbGljYXRpb24vanNvbicgfSkuY2F0Y2goKGUpID0+IHRoaXMubG9nKCd3YXJuJywgYHJlbGVhc2UgcHVibGlzaDogJHsoZSBhcyBFcnJvcikubWVzc2FnZX1gKSk7XG4gICAgfVxuICAgIHJldHVybiB7fTtcbiAgfVxuXG4gIC8qKiBTeW50aGVzaXplcyB0aGUgcGVybWl0J3Mgc3RhY2sgaW50byBgPHdvcmtkaXI+L3Blcm1pdHMvPGlkPi9zeW50aGAgKG9uZSBzeW50aGVzaXMgYXQgYSB0aW1lIHBlciBwcm9jZXNzKS4gKi9cbiAgcHJpdmF0ZSBhc3luYyBzeW50aChwbGFuOiBQZXJtaXRQbGFuLCBkYXRhOiBhbnksIHRpbWVzdGFtcDogc3RyaW5nKTogUHJvbWlzZTxQZXJtaXRTeW50aFJlc3VsdCAmIHsgZGlyOiBzdHJpbmcgfT4ge1xuICAgIGNvbnN0IG91dGRpciA9IHBhdGguam9pbih0aGlzLnMud29ya2RpciwgJ3Blcm1pdHMnLCBwbGFuLnBlcm1pdElkLCAnc3ludGgnKTtcbiAgICBjb25zdCB7IHJlbGVhc2U6IF9yZWxlYXNlLCAuLi5wZXJtaXREYXRhIH0gPSBkYXRhO1xuICAgIGNvbnN0IHJlcXVlc3Q6IFBlcm1pdFN5bnRoUmVxdWVzdCA9IHtcbiAgICAgIHBlcm1pdDoge1xuICAgICAgICAuLi5wZXJtaXREYXRhLFxuICAgICAgICBpZDogcGxhbi5wZXJtaXRJZCxcbiAgICAgICAgc3RhdHVzOiBwbGFuLnN0YXR1cyxcbiAgICAgICAgZXZlbnRJZDogcGxhbi5ldmVudElkLFxuICAgICAgICAuLi4ocGxhbi5wcmV2aW91c1N0YXR1cyA/IHsgcHJldmlvdXNTdGF0dXM6IHBsYW4ucHJldmlvdXNTdGF0dXMgfSA6IHt9KSxcbiAgICAgIH0sXG4gICAgICBvdXRkaXIsXG4gICAgICBjb25maWdGaWxlOiB0aGlzLnMuYmFja2VuZENvbmZpZyxcbiAgICAgIHRpbWVzdGFtcCxcbiAgICAgIC8vIEFXUzogYXdzLWNkay1saWIncyBDbG91ZEZvcm1hdGlvbiB2YWxpZGF0aW9uIG9uY2UgcGVyIHRlbXBsYXRlIHNoYXBlIChzdGFja3MvYXdzL3ByaXZhdGUvdmFsaWRhdGlvbi1jYWNoZS50cykuXG4gICAgICB2YWxpZGF0aW9uQ2FjaGU6IHBhdGguam9pbih0aGlzLnMud29ya2RpciwgJ2Nmbi12YWxpZGF0ZS1jYWNoZScpLFxuICAgIH07XG4gICAgY29uc3QgcnVuID0gdGhpcy5zeW50aENoYWluLmxhc3QudGhlbihhc3luYyAoKSA9PiB7XG4gICAgICBmcy5ybVN5bmMob3V0ZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gICAgICBmcy5ta2RpclN5bmMob3V0ZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICAgIGxldCByOiBQZXJtaXRTeW50aFJlc3VsdDtcbiAgICAgIHRyeSB7XG4gICAgICAgIGlmICh0aGlzLnMuYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnKSByID0gKGF3YWl0IGltcG9ydCgnLi4vcGVybWl0LXN5bnRoLWt1YmVybmV0ZXMuanMnKSkuc3ludGhLdWJlcm5ldGVzUGVybWl0KHJlcXVlc3QpO1xuICAgICAgICBlbHNlIGlmICh0aGlzLnMuYmFja2VuZCA9PT0gJ3Byb3htb3gnKSByID0gKGF3YWl0IGltcG9ydCgnLi4vcGVybWl0LXN5bnRoLXByb3htb3guanMnKSkuc3ludGhQcm94bW94UGVybWl0KHJlcXVlc3QpO1xuICAgICAgICBlbHNlIHIgPSAoYXdhaXQgaW1wb3J0KCcuLi9wZXJtaXQtc3ludGgtYXdzLmpzJykpLnN5bnRoQXdzUGVybWl0KHJlcXVlc3QpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICAvLyBBIHN5bnRoZXNpcyBlcnJvciBpcyB0aGUgcGVybWl0J3Mgb3IgdGhlIGNvbmZpZydzOiBwZXJtYW5lbnQuXG4gICAgICAgIHRocm93IG5ldyBTeW50aGVzaXNFcnJvcihgc3ludGhlc2lzIGZhaWxlZDogJHsoZSBhcyBFcnJvcikubWVzc2FnZS5zcGxpdCgnXFxuJykuam9pbignICcpfWApO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHsgLi4uciwgZGlyOiB0aGlzLnMuYmFja2VuZCA9PT0gJ2F3cycgPyBvdXRkaXIgOiBwYXRoLmpvaW4ob3V0ZGlyLCAnc3RhY2tzJywgci5zdGFjaykgfTtcbiAgICB9KTtcbiAgICB0aGlzLnN5bnRoQ2hhaW4ubGFzdCA9IHJ1bi5jYXRjaCgoKSA9PiB1bmRlZmluZWQpO1xuICAgIHJldHVybiBydW4gYXMgUHJvbWlzZTxQZXJtaXRTeW50aFJlc3VsdCAmIHsgZGlyOiBzdHJpbmcgfT47XG4gIH1cblxuICAvKipcbiAgICogVGhlIFRlcnJhZm9ybSB3b3JraW5nIGZvbGRlciBvZiBhIHBlcm1pdCwgYDx3b3JrZGlyPi9wZXJtaXRzLzxpZD4vdGVycmFmb3JtYDogdGhlIG5ld1xuICAgKiBjZGsudGYuanNvbiBjb3BpZWQgaW47IGEgbG9jYWwgYmFja2VuZCBibG9jayBpcyBkcm9wcGVkLCBzbyB0aGUgc3RhdGUgaXMgYHRlcnJhZm9ybS50ZnN0YXRlYCBpbiB0aGlzIGZvbGRlclxuICAgKiAoYSByZW1vdGUgYmFja2VuZCBibG9jayBpcyBrZXB0IGFzIHN5bnRoZXNpemVkKS5cbiAgICovXG4gIHByaXZhdGUgcHJlcGFyZVRlcnJhZm9ybURpcihwZXJtaXRJZDogc3RyaW5nLCBzeW50aDogeyBkaXI6IHN0cmluZyB9KTogc3RyaW5nIHtcbiAgICBjb25zdCBkaXIgPSBwYXRoLmpvaW4odGhpcy5zLndvcmtkaXIsICdwZXJtaXRzJywgcGVybWl0SWQsICd0ZXJyYWZvcm0nKTtcbiAgICBmcy5ta2RpclN5bmMoZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBjb25zdCBkb2MgPSBKU09OLnBhcnNlKGZzLnJlYWRGaWxlU3luYyhwYXRoLmpvaW4oc3ludGguZGlyLCAnY2RrLnRmLmpzb24nKSwgJ3V0ZjgnKSk7XG4gICAgZm9yIChjb25zdCB0IG9mIFtdLmNvbmNhdChkb2MudGVycmFmb3JtID8/IFtdKSBhcyBhbnlbXSkge1xuICAgICAgLy8gTm8gYmFja2VuZCBibG9jayA9IHRoZSBsb2NhbCBiYWNrZW5kIHdpdGggdGVycmFmb3JtLnRmc3RhdGUgaW4gdGhpcyBmb2xkZXIgKG5vIGluaXQgbmVlZGVkKS5cbiAgICAgIGlmICh0Py5iYWNrZW5kPy5sb2NhbCkgZGVsZXRlIHQuYmFja2VuZDtcbiAgICB9XG4gICAgZnMud3JpdGVGaWxlU3luYyhwYXRoLmpvaW4oZGlyLCAnY2RrLnRmLmpzb24nKSwgSlNPTi5zdHJpbmdpZnkoZG9jLCBudWxsLCAyKSk7XG4gICAgcmV0dXJuIGRpcjtcbiAgfVxufVxuXG4vKiogQWNrbm93bGVkZ2VzIG9yIHJlcXVldWVzOyBhIGNsb3NlZCBjaGFubmVsIG5lZWRzIG5laXRoZXIgKHRoZSBicm9rZXIgcmVxdWV1ZWQgdGhlIG1lc3NhZ2UpLiAqL1xuZnVuY3Rpb24gc2V0dGxlKGNoOiBDaGFubmVsLCBtOiBDb25zdW1lTWVzc2FnZSwgaG93OiAnYWNrJyB8ICdyZXF1ZXVlJyk6IHZvaWQge1xuICB0cnkge1xuICAgIGlmIChob3cgPT09ICdhY2snKSBjaC5hY2sobSk7XG4gICAgZWxzZSBjaC5uYWNrKG0sIGZhbHNlLCB0cnVlKTtcbiAgfSBjYXRjaCB7XG4gICAgLy8gY2hhbm5lbCBjbG9zZWQgbWVhbndoaWxlXG4gIH1cbn1cblxuLyoqIFN0YWNrIG91dHB1dHMgd2hvc2UgbmFtZXMgc2F5IHRoZXkgY291bGQgaG9sZCBhIHNlY3JldCBhcmUgbmV2ZXIgcmVjb3JkZWQuICovXG5leHBvcnQgZnVuY3Rpb24gd2l0aG91dFNlY3JldHMob3V0cHV0czogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4ge1xuICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKG91dHB1dHMpLmZpbHRlcigoW2tdKSA9PiAhL3Bhc3N3b3JkfHNlY3JldHx0b2tlbnxjcmVkZW50aWFsfHByaXZhdGUvaS50ZXN0KGspKSk7XG59XG5cbi8qKlxuICogQ29ubmVjdGlvbiBkZXRhaWxzIGJ5IHdvcmtzcGFjZSByb2xlIGZyb20gdGhlIHBlcm1pdCBzdGFjaydzIG91dHB1dHM6IHRoZSBkZXNrdG9wJ3MgaW5zdGFuY2VcbiAqIGlkICh0aGUgU2Vzc2lvbiBNYW5hZ2VyIHRhcmdldCkgYW5kIHRoZSBjb21tYW5kcy4gVGhlIG91dHB1dCBrZXlzIGFyZSB0aG9zZSBvZiB0aGUgYWlybG9jaydzXG4gKiBSZXNlYXJjaFdvcmtzcGFjZTogYEFpcmxvY2s8cm9sZSB3aXRob3V0IGRhc2hlcz5JbnN0YW5jZUlkPGhhc2g+YCwgYC4uLlNlc3Npb25Db21tYW5kLi4uYCwgYC4uLlBvcnRGb3J3YXJkPG5hbWU+Li4uYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNvbm5lY3Rpb25PZihvdXRwdXRzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+LCByb2xlczogcmVhZG9ubHkgc3RyaW5nW10pOiBSZWNvcmQ8c3RyaW5nLCBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiB7XG4gIGNvbnN0IG91dDogUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgc3RyaW5nPj4gPSB7fTtcbiAgZm9yIChjb25zdCByb2xlIG9mIHJvbGVzKSB7XG4gICAgY29uc3QgaWQgPSBgQWlybG9jayR7cm9sZS5yZXBsYWNlKC9bXkEtWmEtejAtOV0vZywgJycpfWA7XG4gICAgZm9yIChjb25zdCBbaywgdl0gb2YgT2JqZWN0LmVudHJpZXMob3V0cHV0cykpIHtcbiAgICAgIGNvbnN0IG0gPSAvXihJbnN0YW5jZUlkfFNlc3Npb25Db21tYW5kfFBvcnRGb3J3YXJkW0EtWmEtejAtOV0qPylbMC05QS1GXXs4fSQvLmV4ZWMoay5zdGFydHNXaXRoKGlkKSA/IGsuc2xpY2UoaWQubGVuZ3RoKSA6ICcnKTtcbiAgICAgIGlmICghbSkgY29udGludWU7XG4gICAgICBjb25zdCBjID0gKG91dFtyb2xlXSA/Pz0ge30pO1xuICAgICAgaWYgKG1bMV0gPT09ICdJbnN0YW5jZUlkJykgT2JqZWN0LmFzc2lnbihjLCB7IGhvc3Q6IHYsIGluc3RhbmNlSWQ6IHYgfSk7XG4gICAgICBlbHNlIGlmIChtWzFdID09PSAnU2Vzc2lvbkNvbW1hbmQnKSBjLnNlc3Npb25Db21tYW5kID0gdjtcbiAgICAgIGVsc2UgYy5wb3J0Rm9yd2FyZENvbW1hbmQgPSB2O1xuICAgIH1cbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG4vKiogVGhlIGVycm9yIGNvZGUgYSBwZXJtYW5lbnQgZmFpbHVyZSBpcyByZWNvcmRlZCB3aXRoLiAqL1xuZnVuY3Rpb24gZmFpbHVyZUNvZGUoZXJyOiBUZXJyYWZvcm1FcnJvcik6IHN0cmluZyB7XG4gIGlmIChlcnIudHJhbnNpZW50KSByZXR1cm4gJ3JldHJpZXMtZXhoYXVzdGVkJztcbiAgaWYgKGVyci5uYW1lID09PSAnU3ludGhlc2lzRXJyb3InKSByZXR1cm4gJ3N5bnRoZXNpcy1mYWlsZWQnO1xuICByZXR1cm4gZXJyLm5hbWUgPT09ICdDbG91ZEZvcm1hdGlvbkVycm9yJyA/ICdjbG91ZGZvcm1hdGlvbi1mYWlsZWQnIDogJ3RlcnJhZm9ybS1mYWlsZWQnO1xufVxuXG5mdW5jdGlvbiBjb3VudHNPZihzOiBQbGFuU3VtbWFyeSk6IFJlY29yZDxzdHJpbmcsIG51bWJlcj4ge1xuICByZXR1cm4geyBjcmVhdGU6IHMuY3JlYXRlLCB1cGRhdGU6IHMudXBkYXRlLCByZXBsYWNlOiBzLnJlcGxhY2UsIGRlbGV0ZTogcy5kZWxldGUsIHVuY2hhbmdlZDogcy5ub29wIH07XG59XG5cbmZ1bmN0aW9uIHB1Ymxpc2hDb25maXJtZWQoY2g6IENvbmZpcm1DaGFubmVsLCBleGNoYW5nZTogc3RyaW5nLCBrZXk6IHN0cmluZywgYm9keTogQnVmZmVyLCBvcHRpb25zOiBhbnkpOiBQcm9taXNlPHZvaWQ+IHtcbiAgcmV0dXJuIG5ldyBQcm9taXNlKChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICB0cnkge1xuICAgICAgY2gucHVibGlzaChleGNoYW5nZSwga2V5LCBib2R5LCBvcHRpb25zLCAoZXJyKSA9PiAoZXJyID8gcmVqZWN0KGVycikgOiByZXNvbHZlKCkpKTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICByZWplY3QoZSk7XG4gICAgfVxuICB9KTtcbn1cblxuLyoqIFRoZSBldmVudHMgYSB3b3JrZXIgYmluZHMsIGZvciBoZWxwIHRleHRzLiAqL1xuZXhwb3J0IGNvbnN0IEJPVU5EX0VWRU5UUyA9IEVWRU5UX05BTUVTO1xuIl19