import * as fs from 'fs';
import * as path from 'path';
import type { Channel, ChannelModel, ConfirmChannel, ConsumeMessage } from 'amqplib';
import type { Redis } from 'ioredis';
import { changeSetDataLoss, CloudFormationDeployer } from './cloudformation';
import type { WorkerSettings } from './config';
import { BadEventError, EVENT_NAMES, isReleaseEvent, mergePermit, parseEvent, PermitData, PermitEvent, ReleaseEventBody, ReleaseEventName, shardOf, targetStatus } from './events';
import { applyReleaseEvent } from './release-moves';
import { Keys, StateStore } from './state';
import { applyPlan, dataLossChanges, emptySummary, PlannedResourceChange, PlanResult, PlanSummary, planStack, ProtectedDestroyError, SynthesisError, TerraformError } from './terraform';
import { declareIngress } from './topology';
import { PermitLifecycle, PermitPlan, PermitStatus } from '../../workspaces/permit';
import { WorkspaceInputError } from '../../workspaces/private/error';
import type { PermitSynthRequest, PermitSynthResult } from '../permit-synth';

/**
 * `rws permit worker`: consumes permit events from RabbitMQ, keeps each permit's state in
 * Redis, synthesizes (and in plan/apply mode plans and applies) the permit's stack.
 *
 * Topology (declared at start, idempotent):
 * - `<exchange>` (topic, default permit.events): where the Permit Manager publishes, routing key = event name.
 * - `<exchange>.ingress` (queue, single active consumer, bound with `#`): one worker at a time
 *   routes each message, in order, to the shard of its permit (or to the dead-letter queue).
 * - `<exchange>.work` (direct) and `<exchange>.work.<n>` (queues, n < shards): each shard is
 *   consumed by exactly one worker at a time (exclusive consumer), one message at a time, so
 *   the events of one permit are applied one after the other, in order. Workers share the
 *   shards fairly (a Redis registry of live workers).
 * - `<exchange>.dead` (fanout) and queue `<exchange>.dead`: refused messages with headers
 *   x-rws-code and x-rws-reason.
 * - `<statusExchange>` (topic, default permit.status): a status change after each applied event.
 *
 * A per-permit Redis lease with a fencing token guards the state: a worker that lost its lease
 * (broker failover while it was still applying) cannot commit over a newer state.
 */

/** Something the worker writes a line about. */
type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** The lease was lost before the commit: the message goes back to the queue. */
class LeaseLostError extends Error {}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One claimed shard: its channel and the message in progress. */
interface Claim {
  readonly shard: number;
  readonly channel: Channel;
  busy?: Promise<void>;
  releasing: boolean;
  /** The channel closed (connection lost, or given back): its unacknowledged message is requeued by the broker. */
  closed?: boolean;
}

export class PermitWorker {
  private readonly store: StateStore;
  private conn?: ChannelModel;
  private pub?: ConfirmChannel;
  private readonly claims = new Map<number, Claim>();
  private stopping = false;
  private signalStop?: () => void;
  private readonly stopped = new Promise<void>((resolve) => (this.signalStop = resolve));
  private tick?: NodeJS.Timeout;
  private readonly synthChain: { last: Promise<unknown> } = { last: Promise.resolve() };
  private routeChain: Promise<void> = Promise.resolve();
  private rebalancing = false;
  /** The CloudFormation deployer (--backend aws, plan and apply modes), made on first use. */
  private deployer?: Promise<CloudFormationDeployer>;

  constructor(private readonly s: WorkerSettings, redis: Redis, private readonly log: Log, private readonly amqp: typeof import('amqplib')) {
    this.store = new StateStore(redis, new Keys(s.prefix));
  }

  private q(name: string): string {
    return `${this.s.exchange}.${name}`;
  }

  /** Runs until stop(): connects, reconnects with backoff when RabbitMQ goes away. */
  public async run(): Promise<void> {
    fs.mkdirSync(this.s.workdir, { recursive: true });
    let delay = 500;
    while (!this.stopping) {
      try {
        await this.connect();
        delay = 500;
        this.log('info', 'connected', { worker: this.s.workerId, shards: this.s.shards, mode: this.s.mode, backend: this.s.backend });
        await new Promise<void>((resolve) => {
          this.conn!.on('close', () => resolve());
          this.conn!.on('error', () => undefined);
        });
        if (!this.stopping) this.log('warn', 'RabbitMQ connection lost; reconnecting', {});
      } catch (e) {
        if (this.stopping) break;
        this.log('warn', `cannot connect to RabbitMQ: ${(e as Error).message}; retrying in ${delay} ms`, {});
      }
      this.dropClaims();
      if (this.stopping) break;
      await Promise.race([sleep(delay), this.stopped]);
      delay = Math.min(delay * 2, 15_000);
    }
  }

  /** Stops claiming, lets the messages in progress finish, closes. */
  public async stop(): Promise<void> {
    this.stopping = true;
    this.signalStop?.();
    if (this.tick) clearInterval(this.tick);
    await Promise.allSettled([...this.claims.values()].map((c) => c.busy));
    try {
      await this.conn?.close();
    } catch {
      // already closed
    }
    await this.store.leave(this.s.workerId).catch(() => undefined);
  }

  private dropClaims(): void {
    if (this.tick) clearInterval(this.tick);
    this.tick = undefined;
    this.claims.clear();
    this.pub = undefined;
  }

  private async connect(): Promise<void> {
    const conn = await this.amqp.connect(this.s.amqpUrl, { clientProperties: { connection_name: `rws-permit-worker ${this.s.workerId}` } });
    this.conn = conn;
    const ch = await conn.createConfirmChannel();
    ch.on('error', () => undefined);
    const x = this.s.exchange;
    await declareIngress(ch, x);
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
      if (m) void this.route(router, m);
    }, { noAck: false });
    await this.rebalance();
    this.tick = setInterval(() => void this.rebalance().catch((e) => this.log('warn', `rebalance: ${(e as Error).message}`)), 1000);
  }

  /** Sends one ingress message to its permit's shard, or to the dead-letter queue. */
  private route(ch: ConfirmChannel, m: ConsumeMessage): Promise<void> {
    // Publishes in delivery order: each waits for the one before.
    this.routeChain = this.routeChain.then(async () => {
      try {
        let shard: number;
        try {
          const ev = parseEvent(m.content, m.fields.routingKey);
          shard = shardOf(ev.permitId, this.s.shards);
        } catch (e) {
          if (!(e instanceof BadEventError)) throw e;
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
      } catch (e) {
        this.log('warn', `router: ${(e as Error).message}`);
      }
    });
    return this.routeChain;
  }

  private async deadLetter(ch: ConfirmChannel, m: ConsumeMessage, code: string, reason: string): Promise<void> {
    await publishConfirmed(ch, this.q('dead'), '', m.content, {
      persistent: true,
      contentType: 'application/json',
      headers: { 'x-rws-code': code, 'x-rws-reason': reason, 'x-rws-routing-key': m.properties.headers?.['x-rws-routing-key'] ?? m.fields.routingKey, 'x-rws-worker': this.s.workerId },
    });
    await this.store.count('events_dead_lettered').catch(() => undefined);
    this.log('warn', `dead-lettered: ${reason}`, { code });
  }

  /** Keeps this worker's share of the shards: ceil(shards / live workers). */
  private async rebalance(): Promise<void> {
    if (this.rebalancing || this.stopping || !this.conn) return;
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
        if (this.claims.size >= target || this.stopping) break;
        if (this.claims.has(n)) continue;
        await this.tryClaim(n);
      }
    } finally {
      this.rebalancing = false;
    }
  }

  private async tryClaim(shard: number): Promise<void> {
    const conn = this.conn!;
    const channel = await conn.createChannel();
    channel.on('error', () => undefined);
    await channel.prefetch(1);
    const claim: Claim = { shard, channel, releasing: false };
    try {
      await channel.consume(this.q(`work.${shard}`), (m) => {
        if (!m || claim.releasing) return; // left unacknowledged: requeued in place when the channel closes
        claim.busy = this.handle(claim, m);
      }, { exclusive: true, noAck: false });
      this.claims.set(shard, claim);
      channel.on('close', () => {
        claim.closed = true;
        if (this.claims.get(shard) === claim) this.claims.delete(shard);
      });
    } catch {
      // Another worker consumes this shard (ACCESS_REFUSED closes the channel).
    }
  }

  /** Processes one event with retries; acknowledges only after the state commit. */
  private async handle(claim: Claim, m: ConsumeMessage): Promise<void> {
    const ch = claim.channel;
    let attempt = 0;
    for (;;) {
      attempt++;
      try {
        const verdict = await this.process(m);
        if (verdict.deadLetter) {
          if (!this.pub) throw new Error('no channel to the dead-letter exchange (reconnecting)');
          await this.deadLetter(this.pub, m, verdict.deadLetter.code, verdict.deadLetter.reason);
        }
        settle(ch, m, 'ack');
        return;
      } catch (e) {
        if (e instanceof LeaseLostError) {
          this.log('warn', 'lease lost before commit; message returned to the queue');
          settle(ch, m, 'requeue');
          return;
        }
        const err = e as Error;
        if (this.stopping || claim.closed) {
          settle(ch, m, 'requeue');
          return;
        }
        // Terraform or synthesis failed for good (or kept failing): the permit is marked failed with
        // the reason (visible in the API) and the event acknowledged. Anything else (Redis or
        // RabbitMQ away) is retried with backoff until it works: nothing can be recorded before.
        const permanent = err instanceof TerraformError && (!err.transient || attempt >= this.s.maxAttempts);
        if (permanent) {
          try {
            const ev = parseEvent(m.content, m.properties.headers?.['x-rws-routing-key']);
            await this.recordFailure(ev, failureCode(err), `${err.message}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}`);
            this.log('error', `permit ${ev.permitId} marked failed: ${err.message}`, { eventId: ev.eventId });
            settle(ch, m, 'ack');
            return;
          } catch (e2) {
            this.log('warn', `cannot record the failure yet: ${(e2 as Error).message}`);
          }
        }
        await this.store.count('retries').catch(() => undefined);
        const delay = Math.min(this.s.backoffMs * 2 ** Math.min(attempt - 1, 20), this.s.maxBackoffMs) * (0.75 + Math.random() / 2);
        this.log('warn', `attempt ${attempt} failed: ${err.message}; retrying in ${Math.round(delay)} ms`);
        await sleep(delay);
        if (claim.closed) return; // channel gone: the broker requeued the message
      }
    }
  }

  /** An entry of the audit stream: the event, what happened to it, this worker and when. */
  private auditEntry(ev: PermitEvent, at: string, what: Record<string, string>): Record<string, string> {
    return { permitId: ev.permitId, eventId: ev.eventId, event: ev.event, ...what, worker: this.s.workerId, at };
  }

  /** Records a permanent failure of an event under the permit's lease. */
  private async recordFailure(ev: PermitEvent, code: string, reason: string): Promise<void> {
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
      if (!ok) throw new LeaseLostError();
    });
  }

  private async withLease<T>(permitId: string, fn: (leaseValue: string, lost: () => boolean) => Promise<T>): Promise<T> {
    let token = 0;
    for (;;) {
      token = await this.store.acquire(permitId, this.s.workerId, this.s.leaseMs);
      if (token > 0) break;
      await sleep(200);
    }
    const leaseValue = `${this.s.workerId} ${token}`;
    let lost = false;
    const renew = setInterval(() => {
      this.store.renew(permitId, leaseValue, this.s.leaseMs).then((ok) => {
        if (!ok) lost = true;
      }).catch(() => undefined);
    }, Math.max(200, Math.floor(this.s.leaseMs / 3)));
    try {
      return await fn(leaseValue, () => lost);
    } finally {
      clearInterval(renew);
      await this.store.release(permitId, leaseValue).catch(() => undefined);
    }
  }

  /** One event, start to commit. Throws for transient failures (retried). */
  private async process(m: ConsumeMessage): Promise<{ deadLetter?: { code: string; reason: string } }> {
    let ev: PermitEvent;
    try {
      ev = parseEvent(m.content, m.properties.headers?.['x-rws-routing-key']);
    } catch (e) {
      if (e instanceof BadEventError) return { deadLetter: { code: e.code, reason: e.message } };
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
      const current = state?.status as PermitStatus | undefined;
      const at = new Date().toISOString();
      if (isReleaseEvent(ev)) return this.processRelease(ev, state, leaseValue, at);
      let plan: PermitPlan;
      let data: any;
      try {
        const target = targetStatus(current, ev);
        const merged = mergePermit(ev.permitId, state?.permit, ev.permit);
        data = { ...merged } as any;
        delete data.id;
        // The release settings are kept with the permit for release events; the stacks do not use them.
        const { release: _release, ...permitProps } = merged as typeof merged & { release?: unknown };
        plan = PermitLifecycle.plan({ ...permitProps, status: target, ...(current ? { previousStatus: current } : {}), eventId: ev.eventId });
      } catch (e) {
        const bad = e instanceof BadEventError ? e
          : WorkspaceInputError.isWorkspaceInputError(e) ? new BadEventError(e.diagnostics[0]?.code ?? 'invalid-permit', `event ${ev.eventId} (permit ${ev.permitId}): ${e.message.split('\n').join(' ')}`)
            : undefined;
        if (!bad) throw e;
        const ok = await this.store.commit(ev.permitId, leaseValue, {
          fields: state ? {} : { status: '', permit: '' },
          error: { eventId: ev.eventId, event: ev.event, code: bad.code, reason: bad.message, at, worker: this.s.workerId },
          eventId: ev.eventId,
          outcome: 'refused',
          audit: this.auditEntry(ev, at, { from: current ?? '', outcome: 'refused', code: bad.code, reason: bad.message }),
          metric: 'events_refused',
        });
        if (!ok) throw new LeaseLostError();
        if (!state) await this.store.redis.zrem(this.store.keys.permits(), ev.permitId);
        return { deadLetter: { code: bad.code, reason: bad.message } };
      }
      const applying = { eventId: ev.eventId, event: ev.event, target: plan.status, worker: this.s.workerId, at };
      if (!await this.store.markApplying(ev.permitId, leaseValue, applying)) {
        throw new LeaseLostError();
      }
      const started = Date.now();
      let summary: PlanSummary | undefined;
      let connection: unknown;
      const synth = await this.synth(plan, data, at);
      let outputs: Record<string, string> | undefined;
      if (this.s.mode !== 'synth' && this.s.backend === 'aws') {
        const done = await this.deployAws(ev, plan, synth, state, leaseValue, at, lost);
        if (done.refused) return {};
        summary = done.summary;
        if (done.outputs) {
          outputs = done.outputs;
          connection = connectionOf(done.outputs, plan.workspaces.map((w) => w.role));
        }
      } else if (this.s.mode !== 'synth') {
        const tfDir = this.prepareTerraformDir(ev.permitId, synth);
        let planned: PlanResult | undefined;
        let loss: PlannedResourceChange[];
        try {
          planned = await planStack(this.s.terraform, tfDir);
          summary = planned.summary;
          const protectedAddresses = [...(state?.protectedResources ?? []), ...synth.protectedResources];
          loss = dataLossChanges(summary, protectedAddresses, plan.status === PermitStatus.DELETED);
        } catch (e) {
          // Terraform itself refused: the plan would destroy what prevent_destroy protects
          // (a replacement destroys the old one too). The same refusal as the check below.
          if (!(e instanceof ProtectedDestroyError)) throw e;
          loss = e.addresses.map((address) => ({ address, type: address.split('.')[0], actions: ['destroy'] }));
        }
        if (loss.length) {
          const why = loss.some((c) => c.actions.includes('destroy')) ? ' (Terraform stopped at prevent_destroy: a delete or a replacement)' : '';
          await this.refusePlan(ev, plan, current, leaseValue, at, summary, loss, why);
          return {};
        }
        if (lost()) throw new LeaseLostError();
        if (this.s.mode === 'apply') {
          const tfOutputs = await applyPlan(this.s.terraform, tfDir, planned!.planFile);
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
      if (!ok) throw new LeaseLostError();
      this.log('info', 'applied', { permitId: ev.permitId, eventId: ev.eventId, from: current, to: plan.status, mode: this.s.mode, ms: Date.now() - started });
      if (this.pub) {
        await publishConfirmed(this.pub, this.s.statusExchange, `permit.status.${plan.status}`, Buffer.from(JSON.stringify({
          permitId: ev.permitId, status: plan.status, previousStatus: current ?? null, eventId: ev.eventId, at,
        })), { persistent: true, contentType: 'application/json' }).catch((e) => this.log('warn', `status publish: ${(e as Error).message}`));
      }
      return {};
    });
  }

  /** Records a plan the data-loss rule refused (nothing applied) under the lease. */
  private async refusePlan(ev: PermitEvent, plan: PermitPlan, current: PermitStatus | undefined, leaseValue: string, at: string,
    summary: PlanSummary | undefined, loss: PlannedResourceChange[], why: string): Promise<void> {
    const verb = (c: PlannedResourceChange) => (c.actions.includes('destroy') ? 'destroy' : c.actions.includes('create') ? 'replace' : 'delete');
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
    if (!ok) throw new LeaseLostError();
    this.log('warn', reason, { permitId: ev.permitId, eventId: ev.eventId });
  }

  /**
   * `--backend aws` in plan or apply mode (cloudformation.ts): a change set of the synthesized
   * assembly, the data-loss rule on it (a refused change set is deleted, nothing executed), then
   * in apply mode its execution with the stack policy kept up to date. DELETED lifts the policy,
   * deploys the DELETED template (buckets and key switch to Delete) and deletes the stack.
   */
  private async deployAws(ev: PermitEvent, plan: PermitPlan, synth: PermitSynthResult & { dir: string }, state: any, leaseValue: string, at: string,
    lost: () => boolean): Promise<{ refused?: boolean; summary?: PlanSummary; outputs?: Record<string, string> }> {
    this.deployer ??= CloudFormationDeployer.create(this.s.cloudformation);
    const cfn = await this.deployer.catch((e) => {
      this.deployer = undefined;
      throw e;
    });
    const deleting = plan.status === PermitStatus.DELETED;
    const current = state?.status as PermitStatus | undefined;
    if (deleting && !await cfn.stackStatus(synth.stack)) {
      // Nothing was ever deployed (or the stack is gone already): nothing to delete.
      return { summary: emptySummary(), ...(this.s.mode === 'apply' ? { outputs: {} } : {}) };
    }
    const protectedIds = [...new Set([...(state?.protectedResources ?? []), ...synth.protectedResources])];
    const cplan = await cfn.plan(synth.stack, synth.dir, ev.eventId);
    const loss = changeSetDataLoss(cplan.summary, protectedIds, deleting);
    if (loss.length) {
      if (cplan.changeSetId) await cfn.discard(cplan.changeSetId);
      await this.refusePlan(ev, plan, current, leaseValue, at, cplan.summary, loss, ' (CloudFormation change set; it was deleted)');
      return { refused: true };
    }
    if (this.s.mode !== 'apply') return { summary: cplan.summary };
    if (lost()) {
      if (cplan.changeSetId) await cfn.discard(cplan.changeSetId);
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
  private async processRelease(
    ev: PermitEvent & { event: ReleaseEventName; release: ReleaseEventBody }, state: any, leaseValue: string, at: string,
  ): Promise<{ deadLetter?: { code: string; reason: string } }> {
    const current = state?.status as PermitStatus | undefined;
    const refuse = async (bad: BadEventError) => {
      const ok = await this.store.commit(ev.permitId, leaseValue, {
        fields: {},
        error: { eventId: ev.eventId, event: ev.event, code: bad.code, reason: bad.message, at, worker: this.s.workerId },
        eventId: ev.eventId,
        outcome: 'refused',
        audit: this.auditEntry(ev, at, { from: current ?? '', outcome: 'refused', code: bad.code, reason: bad.message, requestId: ev.release.requestId }),
        metric: 'events_refused',
      });
      if (!ok) throw new LeaseLostError();
      return { deadLetter: { code: bad.code, reason: bad.message } };
    };
    if (!state) {
      // Nothing was written for a permit the service has never seen: only the dead letter.
      return { deadLetter: { code: 'unknown-permit', reason: `event ${ev.eventId}: ${ev.event} for permit ${ev.permitId}, which the service has never seen; its first event must be permit.status.updated` } };
    }
    if (!this.s.releasesDir) {
      return refuse(new BadEventError('releases-not-configured', `event ${ev.eventId}: this worker has no releases_dir (RWS_RELEASES_DIR), so it cannot apply ${ev.event}; `
        + 'give every worker the folder of the permits\' release stores (the API\'s releases_dir)'));
    }
    const data: PermitData = { ...(state.permit ?? {}), ...(ev.permit ?? {}) };
    let outcome;
    try {
      outcome = await applyReleaseEvent(this.s.releasesDir, ev.permitId, data, ev.event, ev.release, ev.eventId, process.env);
    } catch (e) {
      if (e instanceof BadEventError) return refuse(e);
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
    if (!ok) throw new LeaseLostError();
    this.log('info', 'release move', { permitId: ev.permitId, eventId: ev.eventId, requestId: r.id, state: r.state, actions: outcome.actions.join(' ') });
    if (this.pub) {
      await publishConfirmed(this.pub, this.s.statusExchange, `permit.release.${r.state}`, Buffer.from(JSON.stringify({
        permitId: ev.permitId, requestId: r.id, state: r.state, eventId: ev.eventId, at,
      })), { persistent: true, contentType: 'application/json' }).catch((e) => this.log('warn', `release publish: ${(e as Error).message}`));
    }
    return {};
  }

  /** Synthesizes the permit's stack into `<workdir>/permits/<id>/synth` (one synthesis at a time per process). */
  private async synth(plan: PermitPlan, data: any, timestamp: string): Promise<PermitSynthResult & { dir: string }> {
    const outdir = path.join(this.s.workdir, 'permits', plan.permitId, 'synth');
    const { release: _release, ...permitData } = data;
    const request: PermitSynthRequest = {
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
      let r: PermitSynthResult;
      try {
        if (this.s.backend === 'kubernetes') r = (await import('../permit-synth-kubernetes.js')).synthKubernetesPermit(request);
        else if (this.s.backend === 'proxmox') r = (await import('../permit-synth-proxmox.js')).synthProxmoxPermit(request);
        else r = (await import('../permit-synth-aws.js')).synthAwsPermit(request);
      } catch (e) {
        // A synthesis error is the permit's or the config's: permanent.
        throw new SynthesisError(`synthesis failed: ${(e as Error).message.split('\n').join(' ')}`);
      }
      return { ...r, dir: this.s.backend === 'aws' ? outdir : path.join(outdir, 'stacks', r.stack) };
    });
    this.synthChain.last = run.catch(() => undefined);
    return run as Promise<PermitSynthResult & { dir: string }>;
  }

  /**
   * The Terraform working folder of a permit, `<workdir>/permits/<id>/terraform`: the new
   * cdk.tf.json copied in; a local backend block is dropped, so the state is `terraform.tfstate` in this folder
   * (a remote backend block is kept as synthesized).
   */
  private prepareTerraformDir(permitId: string, synth: { dir: string }): string {
    const dir = path.join(this.s.workdir, 'permits', permitId, 'terraform');
    fs.mkdirSync(dir, { recursive: true });
    const doc = JSON.parse(fs.readFileSync(path.join(synth.dir, 'cdk.tf.json'), 'utf8'));
    for (const t of [].concat(doc.terraform ?? []) as any[]) {
      // No backend block = the local backend with terraform.tfstate in this folder (no init needed).
      if (t?.backend?.local) delete t.backend;
    }
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), JSON.stringify(doc, null, 2));
    return dir;
  }
}

/** Acknowledges or requeues; a closed channel needs neither (the broker requeued the message). */
function settle(ch: Channel, m: ConsumeMessage, how: 'ack' | 'requeue'): void {
  try {
    if (how === 'ack') ch.ack(m);
    else ch.nack(m, false, true);
  } catch {
    // channel closed meanwhile
  }
}

/** Stack outputs whose names say they could hold a secret are never recorded. */
export function withoutSecrets(outputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(outputs).filter(([k]) => !/password|secret|token|credential|private/i.test(k)));
}

/**
 * Connection details by workspace role from the permit stack's outputs: the desktop's instance
 * id (the Session Manager target) and the commands. The output keys are those of the airlock's
 * ResearchWorkspace: `Airlock<role without dashes>InstanceId<hash>`, `...SessionCommand...`, `...PortForward<name>...`.
 */
export function connectionOf(outputs: Record<string, string>, roles: readonly string[]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const role of roles) {
    const id = `Airlock${role.replace(/[^A-Za-z0-9]/g, '')}`;
    for (const [k, v] of Object.entries(outputs)) {
      const m = /^(InstanceId|SessionCommand|PortForward[A-Za-z0-9]*?)[0-9A-F]{8}$/.exec(k.startsWith(id) ? k.slice(id.length) : '');
      if (!m) continue;
      const c = (out[role] ??= {});
      if (m[1] === 'InstanceId') Object.assign(c, { host: v, instanceId: v });
      else if (m[1] === 'SessionCommand') c.sessionCommand = v;
      else c.portForwardCommand = v;
    }
  }
  return out;
}

/** The error code a permanent failure is recorded with. */
function failureCode(err: TerraformError): string {
  if (err.transient) return 'retries-exhausted';
  if (err.name === 'SynthesisError') return 'synthesis-failed';
  return err.name === 'CloudFormationError' ? 'cloudformation-failed' : 'terraform-failed';
}

function countsOf(s: PlanSummary): Record<string, number> {
  return { create: s.create, update: s.update, replace: s.replace, delete: s.delete, unchanged: s.noop };
}

function publishConfirmed(ch: ConfirmChannel, exchange: string, key: string, body: Buffer, options: any): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      ch.publish(exchange, key, body, options, (err) => (err ? reject(err) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}

/** The events a worker binds, for help texts. */
export const BOUND_EVENTS = EVENT_NAMES;
