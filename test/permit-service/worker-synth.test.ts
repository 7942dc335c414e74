/**
 * The permit service in synth mode against a private RabbitMQ and Redis (real servers, real
 * `rws` binary): seed 004's lifecycle row by row, duplicates and redeliveries, bad events to
 * the dead-letter queue, the HTTP API, two workers with many permits, a worker killed mid-run.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Redis } from 'ioredis';
import { RabbitServer, RedisServer, haveServers } from './helpers/servers';
import {
  ensureBuilt, permitData, permitHistory, permitState, Publisher, redisClient, ServiceProcess, startApi, startWorker, waitFor, writeFile,
} from './helpers/service';
import { PermitLifecycle, PermitStatus } from '../../src/workspaces/permit';
import { BIN } from '../cli/helpers';

const S = PermitStatus;
const run = haveServers();
const maybe = run ? describe : describe.skip;

jest.setTimeout(180_000);

let rabbit: RabbitServer;
let redisServer: RedisServer;
let redis: Redis;
let pub: Publisher;
let dir: string;
const workers: ServiceProcess[] = [];

beforeAll(async () => {
  if (!run) return;
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permitsvc-'));
  // Redis with its append-only file (fsync always), so that it can be restarted mid-run.
  [rabbit, redisServer] = await Promise.all([RabbitServer.start(), RedisServer.start(true)]);
  redis = redisClient(redisServer.url);
  pub = await Publisher.open(rabbit.url);
});

afterAll(async () => {
  if (!run) return;
  await Promise.all(workers.map((w) => w.stop('SIGKILL')));
  await pub?.close();
  redis?.disconnect();
  await Promise.all([rabbit?.stop(), redisServer?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

function worker(id: string, extra: Partial<Parameters<typeof startWorker>[0]> = {}): ServiceProcess {
  const w = startWorker({ amqp: rabbit.url, redis: redisServer.url, workdir: path.join(dir, 'work'), id, shards: 4, ...extra });
  workers.push(w);
  return w;
}

async function statusOf(id: string): Promise<string | undefined> {
  return (await permitState(redis, id)).status;
}

async function waitStatus(id: string, status: string, eventId: string, w: ServiceProcess[]): Promise<void> {
  await waitFor(async () => {
    const st = await permitState(redis, id);
    return st.status === status && st.eventId === eventId;
  }, 60_000, async () => `permit ${id} to reach ${status} (event ${eventId}); state ${JSON.stringify(await permitState(redis, id))}\n${w.map((x) => x.output.slice(-3000)).join('\n')}`);
}

/** Seed 004, section 6, row by row: event, carried status, expected status. */
const ROWS: Array<[string, string | undefined, PermitStatus]> = [
  ['permit.status.updated', 'AWAITING_INGRESS', S.AWAITING_INGRESS],
  ['permit.ingress.initiated', undefined, S.INGRESS_IN_PROGRESS],
  ['permit.status.updated', 'DATA_PREPARATION_PENDING', S.DATA_PREPARATION_PENDING],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING],
  ['permit.status.updated', 'DATA_PREPARATION_REWORK', S.DATA_PREPARATION_REWORK],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING],
  ['permit.status.updated', 'WORKSPACE_SETUP_PENDING', S.WORKSPACE_SETUP_PENDING],
  ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING],
  ['permit.status.updated', 'WORKSPACE_SETUP_REWORK', S.WORKSPACE_SETUP_REWORK],
  ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING],
  ['permit.status.updated', 'ANALYSIS_ACTIVE', S.ANALYSIS_ACTIVE],
  ['permit.workspace.stop_requested', undefined, S.ANALYSIS_STOPPED],
  ['permit.workspace.start_requested', undefined, S.ANALYSIS_ACTIVE],
  ['permit.status.updated', 'ARCHIVED', S.ARCHIVED],
  ['permit.deleted', undefined, S.DELETED],
];

function tfJson(id: string): any {
  return JSON.parse(fs.readFileSync(path.join(dir, 'work', 'permits', id, 'synth', 'stacks', `permit-${id}`, 'cdk.tf.json'), 'utf8'));
}
function names(json: any, type: string): string[] {
  return Object.values<any>(json.resource?.[type] ?? {}).map((r) => r.metadata.name).sort();
}
function replicas(json: any): Record<string, string> {
  const sets = Object.values<any>(json.resource?.kubernetes_stateful_set_v1 ?? {});
  return Object.fromEntries(sets.map((r) => [r.metadata.name, String(r.spec.replicas)]));
}

maybe('one worker, synth mode', () => {
  let w1: ServiceProcess;
  beforeAll(() => {
    w1 = worker('w1');
  });

  test('seed 004 row by row: status, previous status, history with event ids, and the stack of each phase', async () => {
    const id = 'seed-004';
    let previous: string | undefined;
    const pvcsSeen: string[][] = [];
    // Another service listening to the status exchange (as the Permit Manager would).
    await pub.ch.assertExchange('permit.status', 'topic', { durable: true });
    const listener = (await pub.ch.assertQueue('', { exclusive: true })).queue;
    await pub.ch.bindQueue(listener, 'permit.status', 'permit.status.#');
    for (const [i, [event, status, expected]] of ROWS.entries()) {
      const ev = { eventId: `${id}-e${i}`, event, permitId: id, ...(status ? { status } : {}), ...(i === 0 ? { permit: permitData() } : {}) };
      if (i === 0) {
        // The first one through the CLI, as an operator would.
        const file = writeFile(dir, 'first.json', JSON.stringify(ev));
        const out = execFileSync(process.execPath, [BIN, 'permit', 'publish', '--amqp', rabbit.url, file, '--json'], { encoding: 'utf8' });
        expect(JSON.parse(out)).toEqual({ published: 1, exchange: 'permit.events', events: [ev.eventId] });
      } else {
        await pub.publish(ev);
      }
      await waitStatus(id, expected, ev.eventId, [w1]);
      const st = await permitState(redis, id);
      expect(st.previousStatus || undefined).toBe(previous);
      previous = expected;
      if (expected === S.AWAITING_INGRESS) continue;
      const json = tfJson(id);
      const pvcs = names(json, 'kubernetes_persistent_volume_claim_v1');
      pvcsSeen.push(pvcs);
      const reps = replicas(json);
      // What the seed says, phase by phase (the stack's own tests check the details).
      switch (expected) {
        case S.INGRESS_IN_PROGRESS: expect(reps).toEqual({ 'ingress-airlock': '1' }); break;
        case S.DATA_PREPARATION_PENDING: expect(reps).toEqual({ 'hdab-preprocessing': '1' }); break;
        case S.DATA_PREPARATION_REVIEW_PENDING: expect(reps).toEqual({ 'hdab-preprocessing': '0', 'hdab-review': '1' }); break;
        case S.DATA_PREPARATION_REWORK: expect(reps).toEqual({ 'hdab-preprocessing': '1' }); break;
        case S.WORKSPACE_SETUP_PENDING: case S.WORKSPACE_SETUP_REWORK: expect(reps).toEqual({ 'researcher-setup': '1' }); break;
        case S.WORKSPACE_SETUP_REVIEW_PENDING: expect(reps).toEqual({ 'researcher-setup': '0', 'setup-review': '1' }); break;
        case S.ANALYSIS_ACTIVE: expect(reps).toEqual({ analysis: '1' }); break;
        case S.ANALYSIS_STOPPED: expect(reps).toEqual({ analysis: '0' }); break;
        case S.ARCHIVED: expect(reps).toEqual({}); break;
        case S.DELETED: expect(reps).toEqual({}); break;
      }
    }
    // Every volume (and the release request area) exists from the airlock to the archive; permit.deleted removes them all.
    for (const p of pvcsSeen.slice(0, -1)) expect(p).toEqual(['outputs', 'prepared', 'project', 'raw', 'release', 'upload-hospital-a', 'upload-lab-b']);
    expect(pvcsSeen[pvcsSeen.length - 1]).toEqual([]);
    const history = await permitHistory(redis, id);
    expect(history.map((h) => h.eventId)).toEqual(ROWS.map((_, i) => `${id}-e${i}`));
    expect(history.map((h) => h.to)).toEqual(ROWS.map((r) => r[2]));
    expect(history.every((h) => h.worker === 'w1' && h.mode === 'synth' && !Number.isNaN(Date.parse(h.at)))).toBe(true);
    // The audit stream has one entry per applied event.
    const audit = await redis.xrange('rws:audit', '-', '+');
    const mine = audit.map(([, f]) => Object.fromEntries(f.flatMap((k, j) => (j % 2 ? [] : [[k, f[j + 1]]]))))
      .filter((a: any) => a.permitId === id);
    expect(mine.map((a: any) => `${a.eventId}:${a.outcome}`)).toEqual(ROWS.map((_, i) => `${id}-e${i}:applied`));
    // Each applied status change went out on the status exchange once, in order, keyed by status.
    await waitFor(async () => (await pub.ch.checkQueue(listener)).messageCount >= ROWS.length, 10_000, async () => 'the status messages');
    const told = (await pub.drain(listener)).map((m) => JSON.parse(m.body)).filter((m) => m.permitId === id);
    expect(told.map((m) => [m.eventId, m.status, m.previousStatus])).toEqual(ROWS.map((r, i) => [`${id}-e${i}`, r[2], i === 0 ? null : ROWS[i - 1][2]]));
  });

  test('duplicates and redeliveries of an event apply once', async () => {
    const id = 'dup-1';
    const first = { eventId: 'dup-1-a', event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() };
    const second = { eventId: 'dup-1-b', event: 'permit.ingress.initiated', permitId: id };
    const dupBefore = Number(await redis.hget('rws:metrics', 'events_duplicate') ?? 0);
    await pub.publish(first);
    await pub.publish(first);
    await pub.publish(second);
    await pub.publish(second);
    await pub.publish(first); // an old event again, after the permit moved on
    await waitStatus(id, S.INGRESS_IN_PROGRESS, 'dup-1-b', [w1]);
    await waitFor(async () => Number(await redis.hget('rws:metrics', 'events_duplicate')) - dupBefore >= 3, 20_000, () => 'three duplicates counted');
    expect((await permitHistory(redis, id)).map((h) => h.eventId)).toEqual(['dup-1-a', 'dup-1-b']);
    expect(await statusOf(id)).toBe(S.INGRESS_IN_PROGRESS);
  });

  test('bad events go to the dead-letter queue with the reason; nothing changes; the worker keeps running', async () => {
    const id = 'poison-1';
    await pub.publish({ eventId: 'poison-1-a', event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
    await waitStatus(id, S.AWAITING_INGRESS, 'poison-1-a', [w1]);
    await pub.publish('{"eventId": "x", oops', 'permit.status.updated');
    await pub.publish({ eventId: 'poison-1-b', event: 'permit.status.updated', permitId: id, status: 'ANALYSIS_ACTIVE' }); // illegal
    await pub.publish({ eventId: 'poison-1-c', event: 'permit.status.updated', permitId: id, status: 'ON_FIRE' });
    await pub.publish({ eventId: 'poison-1-d', event: 'permit.ingress.initiated', permitId: 'never-seen' });
    await pub.publish({ eventId: 'poison-1-e', permitId: id }, 'permit.launch.missiles');
    await pub.publish({ eventId: 'poison-1-f', event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: { researchers: [{ name: 'root' }] } });
    const dead = await waitFor(async () => {
      const q = await pub.ch.checkQueue('permit.events.dead');
      return q.messageCount >= 6 ? pub.drain('permit.events.dead') : undefined;
    }, 30_000, () => `six dead letters\n${w1.output.slice(-3000)}`);
    const reasons = dead.map((d) => `${d.headers['x-rws-code']}: ${d.headers['x-rws-reason']}`);
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/^malformed-json: the message is not JSON/),
      expect.stringMatching(/^illegal-transition: .*cannot go from AWAITING_INGRESS to ANALYSIS_ACTIVE/),
      expect.stringMatching(/^unknown-status: .*ON_FIRE/),
      expect.stringMatching(/^unknown-permit: .*never seen/),
      expect.stringMatching(/^unknown-event: .*permit\.launch\.missiles/),
      expect.stringMatching(/^invalid-name: .*root/),
    ]));
    expect(dead.find((d) => d.headers['x-rws-code'] === 'malformed-json')!.body).toBe('{"eventId": "x", oops');
    expect(await statusOf(id)).toBe(S.AWAITING_INGRESS);
    const errors = (await redis.lrange(`rws:permit:{${id}}:errors`, 0, -1)).map((e) => JSON.parse(e));
    expect(errors.map((e) => e.eventId)).toEqual(['poison-1-b', 'poison-1-f']);
    // Still consuming.
    await pub.publish({ eventId: 'poison-1-g', event: 'permit.ingress.initiated', permitId: id });
    await waitStatus(id, S.INGRESS_IN_PROGRESS, 'poison-1-g', [w1]);
    expect(w1.proc.exitCode).toBeNull();
  });

  test('the API: status, connection with scopes and the secret store, permits, health, metrics, OpenAPI', async () => {
    const id = 'api-1';
    for (const [i, [event, status]] of ROWS.slice(0, 11).entries()) {
      await pub.publish({ eventId: `${id}-e${i}`, event, permitId: id, ...(status ? { status } : {}), ...(i === 0 ? { permit: permitData() } : {}) });
    }
    await waitStatus(id, S.ANALYSIS_ACTIVE, `${id}-e10`, [w1]);
    const statusToken = crypto.randomBytes(24).toString('hex');
    const connToken = crypto.randomBytes(24).toString('hex');
    const tokens = writeFile(dir, 'tokens.yaml', `tokens:\n  - { name: pm, sha256: ${crypto.createHash('sha256').update(statusToken).digest('hex')}, scopes: [status] }\n`
      + `  - { name: guac, token: ${connToken}, scopes: [status, connection] }\n`);
    writeFile(dir, `secrets/${id}/alice`, 's3cret-from-the-store\n');
    const config = writeFile(dir, 'api.yaml', 'secrets: { kind: file, dir: secrets }\n');
    const { api, base } = await startApi(redisServer.url, tokens, config);
    workers.push(api);
    const get = async (p: string, token?: string) => {
      const r = await fetch(`${base}${p}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      const text = await r.text();
      return { code: r.status, body: r.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text };
    };
    expect(await get(`/api/v1/workspaces/${id}/status`, statusToken)).toEqual({ code: 200, body: { status: 'RUNNING', permitStatus: 'ANALYSIS_ACTIVE' } });
    expect((await get(`/api/v1/workspaces/${id}/status`)).code).toBe(401);
    expect((await get(`/api/v1/workspaces/${id}/status`, 'nope')).code).toBe(401);
    expect((await get(`/api/v1/workspaces/${id}/connection`, statusToken)).code).toBe(403);
    expect(await get(`/api/v1/workspaces/${id}/connection`, connToken)).toEqual({
      code: 200, body: { connection: { protocol: 'rdp', host: `analysis.permit-${id}.svc`, port: 3389, username: 'alice', password: 's3cret-from-the-store' } },
    });
    // The password is never in Redis.
    const keys = await redis.keys(`rws:permit:{${id}}*`);
    for (const k of keys) {
      const type = await redis.type(k);
      const dump = type === 'hash' ? JSON.stringify(await redis.hgetall(k)) : type === 'list' ? JSON.stringify(await redis.lrange(k, 0, -1)) : String(await redis.get(k));
      expect(dump).not.toContain('s3cret');
    }
    expect((await get('/api/v1/workspaces/nope/status', statusToken)).code).toBe(404);
    const detail = await get(`/api/v1/permits/${id}`, statusToken);
    expect(detail.body.status).toBe('ANALYSIS_ACTIVE');
    expect(detail.body.history).toHaveLength(11);
    const list = await get('/api/v1/permits?limit=1000', statusToken);
    expect(list.body.permits.map((p: any) => p.permitId)).toEqual(expect.arrayContaining([id, 'seed-004', 'dup-1']));
    expect(await get('/healthz')).toEqual({ code: 200, body: { status: 'ok' } });
    expect(await get('/readyz')).toEqual({ code: 200, body: { status: 'ready' } });
    const metrics = await get('/metrics');
    expect(metrics.body).toMatch(/^rws_permit_events_applied_total \d+$/m);
    expect(metrics.body).toMatch(/^rws_permits\{status="ANALYSIS_ACTIVE"\} \d+$/m);
    expect(metrics.body).toMatch(/^rws_permit_events_dead_lettered_total [1-9]\d*$/m);
    const openapi = await get('/openapi.json');
    expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/api/v1/workspaces/{permitId}/status', '/api/v1/workspaces/{permitId}/connection']));
    const post = await fetch(`${base}/api/v1/permits`, { method: 'POST', headers: { authorization: `Bearer ${statusToken}` } });
    expect(post.status).toBe(405);
    await api.stop();
  });

  test('the API with the command secret store: placeholders become arguments, a failure is a 502 that shows nothing of its output', async () => {
    const id = 'api-1'; // ANALYSIS_ACTIVE since the test before
    await waitStatus(id, S.ANALYSIS_ACTIVE, `${id}-e10`, [w1]);
    const token = crypto.randomBytes(24).toString('hex');
    const tokens = writeFile(dir, 'tokens-cmd.yaml', `tokens:\n  - { name: guac, token: ${token}, scopes: [status, connection] }\n`);
    // A secret store program: records its argv (one line per argument) and prints a password,
    // or fails printing the password to stderr when asked to (the API must not pass it on).
    const argvLog = path.join(dir, 'argv.log');
    const prog = writeFile(dir, 'get-password', `#!/bin/sh\nprintf '%s\\n' "$@" > '${argvLog}'\n`
      + `if [ -e '${dir}/fail' ]; then echo "leaked-from-stderr" >&2; echo "leaked-from-stdout"; exit 3; fi\necho "pw-from-command-$2"\n`);
    fs.chmodSync(prog, 0o755);
    const config = writeFile(dir, 'api-cmd.yaml', `secrets: { kind: command, command: [${prog}, "permit={permitId}", "{username}", "ws {workspace}"] }\n`);
    const { api, base } = await startApi(redisServer.url, tokens, config);
    workers.push(api);
    const get = async (p: string) => {
      const r = await fetch(`${base}${p}`, { headers: { authorization: `Bearer ${token}` } });
      return { code: r.status, text: await r.text() };
    };
    const ok = await get(`/api/v1/workspaces/${id}/connection`);
    expect(ok.code).toBe(200);
    expect(JSON.parse(ok.text).connection).toMatchObject({ username: 'alice', password: 'pw-from-command-alice' });
    // Each placeholder was substituted inside its own argument (no shell splits "ws analysis").
    expect(fs.readFileSync(argvLog, 'utf8').split('\n').slice(0, 3)).toEqual([`permit=${id}`, 'alice', 'ws analysis']);
    // A name that is not a user of the running workspace never reaches the program.
    fs.rmSync(argvLog);
    expect((await get(`/api/v1/workspaces/${id}/connection?username=${encodeURIComponent('alice;id')}`)).code).toBe(404);
    expect(fs.existsSync(argvLog)).toBe(false);
    fs.writeFileSync(path.join(dir, 'fail'), '');
    const failed = await get(`/api/v1/workspaces/${id}/connection`);
    expect(failed.code).toBe(502);
    expect(JSON.parse(failed.text).error).toMatch(/^the secret store command get-password exited with 3; check the secrets.command/);
    expect(failed.text).not.toMatch(/leaked|pw-from/);
    expect(api.output).not.toMatch(/leaked|pw-from/);
    for (const k of await redis.keys(`rws:permit:{${id}}*`)) {
      const type = await redis.type(k);
      const dump = type === 'hash' ? JSON.stringify(await redis.hgetall(k)) : type === 'list' ? JSON.stringify(await redis.lrange(k, 0, -1)) : String(await redis.get(k));
      expect(dump).not.toContain('pw-from-command');
    }
    await api.stop();
  });
});

/** A random legal event sequence from a new permit: [event, carried status, resulting status]. */
function randomSequence(rand: () => number, length: number): Array<[string, string | undefined, PermitStatus]> {
  const seq: Array<[string, string | undefined, PermitStatus]> = [['permit.status.updated', 'AWAITING_INGRESS', S.AWAITING_INGRESS]];
  let cur: PermitStatus = S.AWAITING_INGRESS;
  while (seq.length < length) {
    const next: PermitStatus[] = PermitLifecycle.allowedNext(cur).filter((s) => s !== S.DELETED || seq.length >= length - 1);
    if (next.length === 0) break;
    const to: PermitStatus = next[Math.floor(rand() * next.length)];
    if (to === S.INGRESS_IN_PROGRESS) seq.push(['permit.ingress.initiated', undefined, to]);
    else if (to === S.ANALYSIS_STOPPED) seq.push(['permit.workspace.stop_requested', undefined, to]);
    else if (to === S.ANALYSIS_ACTIVE && cur === S.ANALYSIS_STOPPED) seq.push(['permit.workspace.start_requested', undefined, to]);
    else if (to === S.DELETED) seq.push(['permit.deleted', undefined, to]);
    else seq.push(['permit.status.updated', to, to]);
    cur = to;
  }
  return seq;
}

function lcg(seed: number): () => number {
  let x = seed;
  return () => {
    x = (Math.imul(x, 1103515245) + 12345) % 2 ** 32;
    if (x < 0) x += 2 ** 32;
    return x / 2 ** 32;
  };
}

maybe('several workers', () => {
  // The load scenario: 50 permits, each taking a random legal event sequence with
  // duplicates, over two and then four workers, plus one more worker killed (SIGKILL) mid-run.
  test.each([[2, 'ta', 20261206], [4, 'tb', 20261207]])('%i workers and one killed mid-run, 50 permits with random legal sequences and duplicates: every permit ends right, one apply per event', async (n, tag, seed) => {
    await Promise.all(workers.map((w) => w.stop()));
    const fleet = Array.from({ length: n }, (_, i) => worker(`${tag}${i}`, { shards: 8 }));
    const victim = worker(`${tag}-victim`, { shards: 8 });
    const rand = lcg(seed);
    const permits = Array.from({ length: 50 }, (_, i) => ({ id: `${tag}-${i}`, seq: randomSequence(rand, 2 + Math.floor(rand() * 5)) }));
    // Publish only once every worker holds a shard: a victim that joins after the fleet has drained
    // the queue would be handed an empty shard and never apply anything before it is killed.
    const workerNames = [...fleet, victim].map((w) => w.name);
    await waitFor(async () => {
      const claims = await redis.hgetall('rws:workers:claims');
      return workerNames.every((w) => Number(claims[w] ?? 0) >= 1);
    }, 60_000, async () => `every worker holds a shard: ${JSON.stringify(await redis.hgetall('rws:workers:claims'))}`);
    // Interleave the permits' events, each permit's in order, with duplicates.
    const queue = permits.map((p) => ({ p, i: 0 }));
    let published = 0;
    let killed = false;
    while (queue.length) {
      const k = Math.floor(rand() * queue.length);
      const q = queue[k];
      const [event, status] = q.p.seq[q.i];
      const ev = { eventId: `${q.p.id}-e${q.i}`, event, permitId: q.p.id, ...(status ? { status } : {}), ...(q.i === 0 ? { permit: permitData() } : {}) };
      await pub.publish(ev);
      if (rand() < 0.2) await pub.publish(ev);
      published++;
      if (++q.i === q.p.seq.length) queue.splice(k, 1);
      // From the 60th event on, the victim dies as soon as it has applied something (publishing
      // goes on meanwhile, so its shards never run dry while the test waits for it).
      if (!killed && published >= 60 && (queue.length === 0 || victim.records().some((r) => r.msg === 'applied'))) {
        await waitFor(async () => victim.records().some((r) => r.msg === 'applied'), 60_000, () => `worker ${victim.name} applies something\n${victim.output.slice(-2000)}`);
        // One worker dies without warning; its shards and unacknowledged events go to the others.
        await victim.stop('SIGKILL');
        killed = true;
      }
    }
    expect(killed).toBe(true);
    const all = [...fleet, victim];
    for (const p of permits) {
      const last = p.seq.length - 1;
      await waitStatus(p.id, p.seq[last][2], `${p.id}-e${last}`, all);
      const history = await permitHistory(redis, p.id);
      expect(history.map((h) => h.eventId)).toEqual(p.seq.map((_, i) => `${p.id}-e${i}`));
      expect(history.map((h) => h.to)).toEqual(p.seq.map((x) => x[2]));
      expect(await redis.hget(`rws:permit:{${p.id}}`, 'applying')).toBeNull();
    }
    // One applied (or replayed) audit entry per distinct event, however often it was published.
    const audit = (await redis.xrange('rws:audit', '-', '+')).map(([, f]) => Object.fromEntries(f.reduce((acc: string[][], v, j) => (j % 2 ? acc : [...acc, [v, f[j + 1]]]), [])));
    const ours = audit.filter((e) => e.permitId?.startsWith(`${tag}-`) && e.outcome === 'applied');
    expect(ours.length).toBe(permits.reduce((sum, p) => sum + p.seq.length, 0));
    expect(new Set(ours.map((e) => e.eventId)).size).toBe(ours.length);
    const workersUsed = new Set((await Promise.all(permits.map((p) => permitHistory(redis, p.id)))).flat().map((h) => h.worker));
    expect([...workersUsed].sort()).toEqual(all.map((w) => w.name).sort());
    expect(await pub.ch.checkQueue('permit.events.dead')).toMatchObject({ messageCount: 0 });
    await Promise.all(fleet.map((w) => w.stop()));
  });
});

maybe('restarts', () => {
  /** Publishes `n` permits' first two events and returns their ids. */
  async function batch(prefix: string, n: number): Promise<string[]> {
    const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
    for (const id of ids) {
      await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
      await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    }
    return ids;
  }
  async function allDone(ids: string[], ws: ServiceProcess[]): Promise<void> {
    for (const id of ids) {
      await waitStatus(id, S.INGRESS_IN_PROGRESS, `${id}-b`, ws);
      expect((await permitHistory(redis, id)).map((h) => h.eventId)).toEqual([`${id}-a`, `${id}-b`]);
    }
  }

  test('RabbitMQ restarted mid-run: workers reconnect, queued events survive, each applies once', async () => {
    await Promise.all(workers.map((w) => w.stop()));
    const a = worker('ra', { shards: 8 });
    const b = worker('rb', { shards: 8 });
    const first = await batch('rmq', 12);
    await waitFor(async () => (await permitState(redis, first[0])).status, 60_000, () => 'the first events applied');
    await pub.close();
    await rabbit.kill();
    await rabbit.launch();
    pub = await Publisher.open(rabbit.url);
    const second = await batch('rmq2', 6);
    await allDone([...first, ...second], [a, b]);
    expect(a.output + b.output).toMatch(/RabbitMQ connection lost; reconnecting/);
  });

  test('Redis restarted mid-run (append-only file): the workers retry, nothing is lost or applied twice', async () => {
    const ws = workers.filter((w) => w.proc.exitCode === null && w.proc.signalCode === null);
    const ids = await batch('rds', 12);
    await waitFor(async () => (await permitState(redis, ids[0])).status, 60_000, () => 'the first events applied');
    await redisServer.kill(true);
    await new Promise((r) => setTimeout(r, 1500));
    await redisServer.launch();
    await allDone(ids, ws);
    expect(ws.map((w) => w.proc.exitCode)).toEqual(ws.map(() => null));
  });
});

maybe('a synthesis that fails (the backend config edited into an invalid one under a running worker)', () => {
  test('the permit is marked synthesis-failed with the reason, status kept, the event acknowledged; the repaired config applies the next event', async () => {
    // Only this worker consumes (the file's earlier workers use no backend config).
    await Promise.all(workers.filter((x) => x.proc.exitCode === null && x.proc.signalCode === null).map((x) => x.stop()));
    const backend = writeFile(dir, 'k8s-backend.yaml', 'storage_class_name: fast-ssd\n');
    const config = writeFile(dir, 'worker-k8s.yaml', `backend_config: ${backend}\n`);
    const w = worker('synthfail', { config, workdir: path.join(dir, 'work-synthfail') });
    try {
      const id = 'synth-fail';
      await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
      await waitStatus(id, S.AWAITING_INGRESS, `${id}-a`, [w]);
      // An operator's typo: an unknown key (the settings refuse unknown keys).
      fs.writeFileSync(backend, 'storage_class_name: fast-ssd\nwait_for_rolout: true\n');
      await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
      await waitFor(async () => (await redis.hget(`rws:permit:{${id}}:events`, `${id}-b`)) ?? undefined, 60_000, () => `event ${id}-b\n${w.output.slice(-3000)}`);
      const st = await permitState(redis, id);
      expect(await redis.hget(`rws:permit:{${id}}:events`, `${id}-b`)).toBe('failed');
      expect(st.status).toBe(S.AWAITING_INGRESS);
      expect(st.failed).toMatch(/^synthesis-failed: synthesis failed: .*k8s-backend.yaml.*wait_for_rolout/);
      const errors = (await redis.lrange(`rws:permit:{${id}}:errors`, 0, -1)).map((e) => JSON.parse(e));
      expect(errors).toEqual([expect.objectContaining({ eventId: `${id}-b`, code: 'synthesis-failed' })]);
      // Repaired: the next event applies and clears the failure.
      fs.writeFileSync(backend, 'storage_class_name: fast-ssd\n');
      await pub.publish({ eventId: `${id}-c`, event: 'permit.ingress.initiated', permitId: id });
      await waitStatus(id, S.INGRESS_IN_PROGRESS, `${id}-c`, [w]);
      expect((await permitState(redis, id)).failed ?? '').toBe('');
    } finally {
      await w.stop();
    }
  });
});
