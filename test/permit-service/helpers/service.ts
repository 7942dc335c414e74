/**
 * Runs the real `rws permit worker` / `rws permit api` binaries (lib/cli/rws.js) as child
 * processes against the private servers, publishes events with amqplib, and reads the state
 * back from Redis.
 */
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as amqp from 'amqplib';
import { Redis } from 'ioredis';
import { release } from './servers';
import { declareIngress } from '../../../src/cli/permit-service/topology';
import { BIN, ensureBuilt } from '../../cli/helpers';

export { ensureBuilt };

/** A worker or API process and what it printed. */
export class ServiceProcess {
  public output = '';
  public readonly exited: Promise<number | null>;
  constructor(public readonly proc: ChildProcess, public readonly name: string) {
    proc.stdout!.on('data', (d) => (this.output += d));
    proc.stderr!.on('data', (d) => (this.output += d));
    this.exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
  }

  /** Log records (JSON lines) the process printed. */
  public records(): any[] {
    return this.output.split('\n').filter((l) => l.startsWith('{')).map((l) => {
      try {
        return JSON.parse(l);
      } catch {
        return undefined;
      }
    }).filter(Boolean);
  }

  /** SIGTERM (graceful) or SIGKILL, and wait for the exit. */
  public async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return release(this.proc);
    this.proc.kill(signal);
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 20_000).unref())]);
    release(this.proc);
  }
}

/** Settings every worker of a test shares. */
export interface WorkerOptions {
  readonly amqp: string;
  readonly redis: string;
  readonly workdir: string;
  readonly mode?: string;
  readonly backend?: string;
  readonly shards?: number;
  readonly config?: string;
  readonly id: string;
  readonly env?: Record<string, string>;
}

/** Starts `rws permit worker`. */
export function startWorker(o: WorkerOptions): ServiceProcess {
  const args = [BIN, 'permit', 'worker', '--amqp', o.amqp, '--redis', o.redis, '--backend', o.backend ?? 'kubernetes',
    '--workdir', o.workdir, '--mode', o.mode ?? 'synth', '--shards', String(o.shards ?? 4), '--worker-id', o.id,
    ...(o.config ? ['--config', o.config] : [])];
  const proc = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      TMPDIR: process.env.TMPDIR ?? '/tmp',
      CHECKPOINT_DISABLE: '1',
      RWS_LEASE_MS: '4000',
      RWS_BACKOFF_MS: '200',
      RWS_MAX_BACKOFF_MS: '2000',
      ...(o.env ?? {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new ServiceProcess(proc, o.id);
}

/** Starts `rws permit api` on a free port; resolves with the process and its base URL. */
export async function startApi(redis: string, tokenFile: string, config?: string): Promise<{ api: ServiceProcess; base: string }> {
  const proc = spawn(process.execPath, [BIN, 'permit', 'api', '--redis', redis, '--port', '0', '--token-file', tokenFile, '--json', ...(config ? ['--config', config] : [])], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const api = new ServiceProcess(proc, 'api');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const m = /"port":\s*(\d+)/.exec(api.output);
    if (m) return { api, base: `http://127.0.0.1:${m[1]}` };
    if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`rws permit api did not start:\n${api.output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A publisher on the events exchange (as the Permit Manager publishes). */
export class Publisher {
  public static async open(url: string, exchange: string = 'permit.events'): Promise<Publisher> {
    const conn = await amqp.connect(url);
    const ch = await conn.createConfirmChannel();
    await declareIngress(ch, exchange);
    return new Publisher(conn, ch, exchange);
  }

  private constructor(public readonly conn: amqp.ChannelModel, public readonly ch: amqp.ConfirmChannel, private readonly exchange: string) {}

  /** Publishes an event object (routing key: its event) or raw bytes with a routing key. */
  public async publish(ev: object | string, routingKey?: string): Promise<void> {
    const body = Buffer.from(typeof ev === 'string' ? ev : JSON.stringify(ev));
    const key = routingKey ?? (ev as any).event;
    this.ch.publish(this.exchange, key, body, { persistent: true, contentType: 'application/json' });
    await this.ch.waitForConfirms();
  }

  /** Every message in a queue (taken off it), with its headers. */
  public async drain(queue: string): Promise<Array<{ body: string; headers: any }>> {
    const out: Array<{ body: string; headers: any }> = [];
    for (;;) {
      const m = await this.ch.get(queue, { noAck: true });
      if (!m) return out;
      out.push({ body: m.content.toString(), headers: m.properties.headers ?? {} });
    }
  }

  public async close(): Promise<void> {
    await this.conn.close().catch(() => undefined);
  }
}

/** Redis reader for assertions. */
export function redisClient(url: string): Redis {
  const r = new Redis(url, { maxRetriesPerRequest: 2 });
  r.on('error', () => undefined);
  return r;
}

/** The stored hash of a permit. */
export async function permitState(r: Redis, id: string): Promise<Record<string, string>> {
  return r.hgetall(`rws:permit:{${id}}`);
}

/** The history of a permit (parsed). */
export async function permitHistory(r: Redis, id: string): Promise<any[]> {
  return (await r.lrange(`rws:permit:{${id}}:history`, 0, -1)).map((s) => JSON.parse(s));
}

/** Polls until `check` returns a truthy value; fails with `describe()` after `timeoutMs`. */
export async function waitFor<T>(
  check: () => Promise<T | undefined | false>, timeoutMs: number, describe: () => string | Promise<string>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${await describe()}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The permit data the tests send with a permit's first event. */
export function permitData(overrides: object = {}): object {
  return {
    dataHolders: [
      { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
      { id: 'lab-b', allowedCidrs: ['198.51.100.16/28'] },
    ],
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
    ...overrides,
  };
}

/** Writes a file and returns its path. */
export function writeFile(dir: string, name: string, text: string): string {
  const p = path.join(dir, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}
