import type { Redis } from 'ioredis';
import type { WorkerSettings } from './config';
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
export declare class PermitWorker {
    private readonly s;
    private readonly log;
    private readonly amqp;
    private readonly store;
    private conn?;
    private pub?;
    private readonly claims;
    private stopping;
    private signalStop?;
    private readonly stopped;
    private tick?;
    private readonly synthChain;
    private routeChain;
    private rebalancing;
    /** The CloudFormation deployer (--backend aws, plan and apply modes), made on first use. */
    private deployer?;
    constructor(s: WorkerSettings, redis: Redis, log: Log, amqp: typeof import('amqplib'));
    private q;
    /** Runs until stop(): connects, reconnects with backoff when RabbitMQ goes away. */
    run(): Promise<void>;
    /** Stops claiming, lets the messages in progress finish, closes. */
    stop(): Promise<void>;
    private dropClaims;
    private connect;
    /** Sends one ingress message to its permit's shard, or to the dead-letter queue. */
    private route;
    private deadLetter;
    /** Keeps this worker's share of the shards: ceil(shards / live workers). */
    private rebalance;
    private tryClaim;
    /** Processes one event with retries; acknowledges only after the state commit. */
    private handle;
    /** An entry of the audit stream: the event, what happened to it, this worker and when. */
    private auditEntry;
    /** Records a permanent failure of an event under the permit's lease. */
    private recordFailure;
    private withLease;
    /** One event, start to commit. Throws for transient failures (retried). */
    private process;
    /** Records a plan the data-loss rule refused (nothing applied) under the lease. */
    private refusePlan;
    /**
     * `--backend aws` in plan or apply mode (cloudformation.ts): a change set of the synthesized
     * assembly, the data-loss rule on it (a refused change set is deleted, nothing executed), then
     * in apply mode its execution with the stack policy kept up to date. DELETED lifts the policy,
     * deploys the DELETED template (buckets and key switch to Delete) and deletes the stack.
     */
    private deployAws;
    /**
     * An output release event, under the permit's lease: one move of the permit's release store
     * (release-moves.ts). No stack changes. A move the model refuses goes to the dead-letter queue and
     * is recorded as refused; nothing changes in the store.
     */
    private processRelease;
    /** Synthesizes the permit's stack into `<workdir>/permits/<id>/synth` (one synthesis at a time per process). */
    private synth;
    /**
     * The Terraform working folder of a permit, `<workdir>/permits/<id>/terraform`: the new
     * cdk.tf.json copied in; a local backend block is dropped, so the state is `terraform.tfstate` in this folder
     * (a remote backend block is kept as synthesized).
     */
    private prepareTerraformDir;
}
/** Stack outputs whose names say they could hold a secret are never recorded. */
export declare function withoutSecrets(outputs: Record<string, string>): Record<string, string>;
/**
 * Connection details by workspace role from the permit stack's outputs: the desktop's instance
 * id (the Session Manager target) and the commands. The output keys are those of the airlock's
 * ResearchWorkspace: `Airlock<role without dashes>InstanceId<hash>`, `...SessionCommand...`, `...PortForward<name>...`.
 */
export declare function connectionOf(outputs: Record<string, string>, roles: readonly string[]): Record<string, Record<string, string>>;
/** The events a worker binds, for help texts. */
export declare const BOUND_EVENTS: readonly string[];
export {};
