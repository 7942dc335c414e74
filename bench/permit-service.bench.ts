/**
 * Permit service benchmark: events per second end to end (published on RabbitMQ -> state
 * committed in Redis) and the latency from publish to recorded status, for 1, 2 and 4 workers
 * in synth mode (the baseline: no Terraform), and in apply mode (synth +
 * terraform plan + show -json + apply against the simulated providers of
 * ../shared/tools/tf-validate). Private RabbitMQ and Redis as in test/permit-service/.
 *
 * Sizes (environment): RWS_BENCH_PERMITS (synth mode, default 24), RWS_BENCH_APPLY_PERMITS
 * (apply mode, default 3); every permit takes 4 events (AWAITING_INGRESS, ingress, data
 * preparation, review). Needs redis-server, rabbitmq-server and terraform; skips a mode whose
 * tool is missing and says so.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BenchTable, fmt } from './harness';
import { haveServers, RabbitServer, RedisServer } from '../test/permit-service/helpers/servers';
import { ensureBuilt, permitData, Publisher, redisClient, ServiceProcess, startWorker, waitFor, writeFile } from '../test/permit-service/helpers/service';
import { simProviders } from '../test/permit-service/helpers/sim-providers';

const EVENTS: Array<[string, string | undefined]> = [
  ['permit.status.updated', 'AWAITING_INGRESS'],
  ['permit.ingress.initiated', undefined],
  ['permit.status.updated', 'DATA_PREPARATION_PENDING'],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING'],
];

interface Row {
  readonly mode: string;
  readonly workers: number;
  readonly events: number;
  readonly seconds: number;
  readonly p50: number;
  readonly p95: number;
}

async function measureRun(rabbit: RabbitServer, redisUrl: string, dir: string, mode: string, workers: number, permits: number, config?: string): Promise<Row> {
  const tag = `${mode}${workers}`;
  const prefix = `bench${tag}:`;
  const exchange = `bench.${tag}`;
  const procs: ServiceProcess[] = [];
  for (let i = 0; i < workers; i++) {
    procs.push(startWorker({
      amqp: rabbit.url, redis: redisUrl, workdir: path.join(dir, tag), id: `${tag}-${i}`, shards: 8, mode, config,
      env: { RWS_EXCHANGE: exchange, RWS_REDIS_PREFIX: prefix },
    }));
  }
  const redis = redisClient(redisUrl);
  const pub = await Publisher.open(rabbit.url, exchange);
  try {
    await waitFor(async () => procs.every((p) => p.records().some((r) => r.msg === 'connected')), 60_000, () => procs.map((p) => p.output).join('\n'));
    await new Promise((r) => setTimeout(r, 1500)); // shards shared out
    const published = new Map<string, number>();
    const t0 = Date.now();
    for (let e = 0; e < EVENTS.length; e++) {
      for (let p = 0; p < permits; p++) {
        const id = `${tag}-p${p}`;
        const [event, status] = EVENTS[e];
        const eventId = `${id}-e${e}`;
        published.set(eventId, Date.now());
        await pub.publish({ eventId, event, permitId: id, ...(status ? { status } : {}), ...(e === 0 ? { permit: permitData() } : {}) });
      }
    }
    const total = permits * EVENTS.length;
    await waitFor(async () => Number(await redis.hget(`${prefix}metrics`, 'events_applied') ?? 0) >= total, 3_600_000,
      () => procs.map((p) => p.output.slice(-2000)).join('\n'));
    const seconds = (Date.now() - t0) / 1000;
    const latencies: number[] = [];
    for (let p = 0; p < permits; p++) {
      const id = `${tag}-p${p}`;
      for (const h of (await redis.lrange(`${prefix}permit:{${id}}:history`, 0, -1)).map((s) => JSON.parse(s))) {
        latencies.push(Date.parse(h.at) + h.ms - published.get(h.eventId)!);
      }
    }
    latencies.sort((a, b) => a - b);
    const q = (f: number) => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))];
    return { mode, workers, events: total, seconds, p50: q(0.5), p95: q(0.95) };
  } finally {
    await pub.close();
    redis.disconnect();
    await Promise.all(procs.map((p) => p.stop()));
  }
}

export async function run(): Promise<BenchTable[]> {
  if (!haveServers()) return [{ title: 'Permit service', headers: ['skipped'], rows: [['redis-server or rabbitmq-server missing']] }];
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-svc-'));
  const [rabbit, redis] = await Promise.all([RabbitServer.start(), RedisServer.start()]);
  const rows: Row[] = [];
  try {
    const permits = Number(process.env.RWS_BENCH_PERMITS ?? 24);
    for (const w of [1, 2, 4]) rows.push(await measureRun(rabbit, redis.url, dir, 'synth', w, permits));
    const sim = simProviders(path.join(dir, 'sim'));
    const config = writeFile(dir, 'worker.yaml', `terraform:\n  cli_config: ${sim.cliConfig}\n  init: false\n  env: { TF_DISABLE_PLUGIN_TLS: "1" }\n`);
    const applyPermits = Number(process.env.RWS_BENCH_APPLY_PERMITS ?? 3);
    for (const w of [1, 2, 4]) rows.push(await measureRun(rabbit, redis.url, dir, 'apply', w, applyPermits, config));
  } finally {
    await Promise.all([rabbit.stop(), redis.stop()]);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const base = rows[0];
  return [{
    title: 'Permit service: events end to end (RabbitMQ -> worker -> Redis commit)',
    headers: ['MODE', 'WORKERS', 'EVENTS', 'SECONDS', 'EVENTS/S', 'VS 1 SYNTH WORKER', 'LATENCY P50 MS', 'P95 MS'],
    rows: rows.map((r) => [r.mode, r.workers, r.events, r.seconds.toFixed(1), (r.events / r.seconds).toFixed(2),
      fmt.ratio((r.events / r.seconds) / (base.events / base.seconds)), fmt.ms(r.p50), fmt.ms(r.p95)]),
    notes: [
      `machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the end (other processes share the cores)`,
      'synth: stack synthesized and state committed; apply: also terraform plan, show -json, the data-loss check and apply (simulated providers)',
      'latency: from publish to the commit of the event (queue wait included: all events are published at once)',
    ],
  }];
}
