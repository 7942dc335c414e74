/**
 * Output release driven by the permit service (issue 15): release events on a private RabbitMQ,
 * applied by the real `rws permit worker` to the permit's release store, state in a private Redis.
 * The reviewers and the destination come from the permit's data, the actor from the event, and
 * the release model decides: the requester cannot approve, one reviewer cannot approve twice,
 * nothing is delivered before two approvals or after a revocation, a redelivered event applies
 * once, and every refusal reaches the dead-letter queue with its reason and changes nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Redis } from 'ioredis';
import { RabbitServer, RedisServer, haveServers } from './helpers/servers';
import { ensureBuilt, permitData, permitHistory, Publisher, redisClient, ServiceProcess, startWorker, waitFor } from './helpers/service';
import { ReleaseStore, sealSnapshot, snapshotFiles } from '../../src/cli/release-store';
import { PermitStatus } from '../../src/workspaces/permit';
import { ReleaseLifecycle, ReleaseState } from '../../src/workspaces/release';

const run = haveServers();
const maybe = run ? describe : describe.skip;
jest.setTimeout(180_000);

const PERMIT = 'p-rel-1';
const REVIEWERS = ['hdab-ben', 'hdab-cleo'];

let rabbit: RabbitServer;
let redisServer: RedisServer;
let redis: Redis;
let pub: Publisher;
let dir: string;
let worker: ServiceProcess;
let releasesDir: string;
let released: string;

/** A request as the workspace's rws-release leaves it: a sealed snapshot with its request.json (no state yet). */
function workspaceRequest(id: string, requester: string, files: Record<string, string>): void {
  const outputs = fs.mkdtempSync(path.join(dir, 'outputs-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outputs, name), text);
  const req = path.join(releasesDir, PERMIT, 'requests', id);
  const snap = snapshotFiles(outputs, Object.keys(files), path.join(req, 'files'));
  fs.writeFileSync(path.join(req, 'request.json'), JSON.stringify({
    id, permitId: PERMIT, requester, justification: 'aggregate results for the paper', createdAt: new Date().toISOString(), files: snap,
  }));
  sealSnapshot(req);
}

function storeView(): ReleaseStore {
  return new ReleaseStore(path.join(releasesDir, PERMIT), PERMIT, { reviewers: REVIEWERS, researchers: ['alice', 'bob'] });
}

const stateOf = (id: string) => storeView().get(id);
let seq = 0;
const release = async (event: string, requestId: string, actor: string, extra: object = {}, eventId = `rel-${++seq}`) => {
  await pub.publish({ eventId, event: `permit.release.${event}`, permitId: PERMIT, release: { requestId, actor, ...extra } });
  return eventId;
};

/** Waits until the worker has recorded `eventId` (applied, replayed or refused). */
async function settled(eventId: string): Promise<string> {
  return waitFor(async () => redis.hget(`rws:permit:{${PERMIT}}:events`, eventId).then((v) => v ?? undefined), 30_000,
    () => `event ${eventId} to be recorded\n${worker.output.slice(-3000)}`);
}

async function deadLetters(n: number): Promise<string[]> {
  const got: string[] = [];
  await waitFor(async () => {
    got.push(...(await pub.drain('permit.events.dead')).map((d) => `${d.headers['x-rws-code']}: ${d.headers['x-rws-reason']}`));
    return got.length >= n;
  }, 30_000, () => `${n} dead letters (have ${got.length}: ${got.join(' | ')})\n${worker.output.slice(-2000)}`);
  return got;
}

beforeAll(async () => {
  if (!run) return;
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permitrel-'));
  releasesDir = path.join(dir, 'releases');
  released = path.join(dir, 'released');
  fs.mkdirSync(released);
  [rabbit, redisServer] = await Promise.all([RabbitServer.start(), RedisServer.start()]);
  redis = redisClient(redisServer.url);
  pub = await Publisher.open(rabbit.url);
  worker = startWorker({ amqp: rabbit.url, redis: redisServer.url, workdir: path.join(dir, 'work'), id: 'rel1', shards: 2, env: { RWS_RELEASES_DIR: releasesDir } });
  // The permit, with its release settings, reaches the analysis.
  await pub.publish({
    eventId: 'p-e1',
    event: 'permit.status.updated',
    permitId: PERMIT,
    status: 'ANALYSIS_ACTIVE',
    permit: permitData({ release: { reviewers: REVIEWERS, destination: { kind: 'folder', path: released } } }),
  });
  expect(await settled('p-e1')).toBe('applied');
});

afterAll(async () => {
  if (!run) return;
  await worker?.stop('SIGKILL');
  await pub?.close();
  redis?.disconnect();
  await Promise.all([rabbit?.stop(), redisServer?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

maybe('output release through the permit service', () => {
  test('scan, two different reviewers, delivery: the files arrive once; the requester and a second approval by the same reviewer count for nothing', async () => {
    const id = 'rq-20260107090000-aaaaaa';
    workspaceRequest(id, 'alice', { 'table.csv': 'id,estimate\n1,0.42\n', 'summary.txt': 'n >= 10 per cell\n' });

    expect(await settled(await release('scanned', id, 'svc:clamav', { verdict: 'clean' }))).toBe('applied');
    expect(stateOf(id).state).toBe(ReleaseState.IN_REVIEW);

    // The requester may not approve; delivery before two approvals is illegal.
    expect(await settled(await release('approved', id, 'alice'))).toBe('refused');
    expect(await settled(await release('approved', id, 'hdab-ben'))).toBe('applied');
    expect(await settled(await release('approved', id, 'hdab-ben'))).toBe('replay');
    expect(stateOf(id).approvals.map((a) => a.reviewer)).toEqual(['hdab-ben']);
    expect(await settled(await release('delivery_requested', id, 'ops'))).toBe('refused');
    expect(fs.readdirSync(released)).toEqual([]);
    const dead = await deadLetters(2);
    expect(dead.join('\n')).toMatch(/not-allowed: .*alice requested rq-20260107090000-aaaaaa and may not approve it/);
    expect(dead.join('\n')).toMatch(/illegal-release-move: .*cannot release in state IN_REVIEW/);

    expect(await settled(await release('approved', id, 'hdab-cleo'))).toBe('applied');
    expect(stateOf(id).state).toBe(ReleaseState.APPROVED);
    const deliver = await release('delivery_requested', id, 'ops');
    expect(await settled(deliver)).toBe('applied');
    // The same event again (a redelivery): recorded once, delivered once.
    const duplicates = Number(await redis.hget('rws:metrics', 'events_duplicate') ?? 0);
    await pub.publish({ eventId: deliver, event: 'permit.release.delivery_requested', permitId: PERMIT, release: { requestId: id, actor: 'ops' } });
    await waitFor(async () => Number(await redis.hget('rws:metrics', 'events_duplicate') ?? 0) > duplicates, 30_000, () => 'the redelivery to be seen as a duplicate');
    const r = stateOf(id);
    expect(r.state).toBe(ReleaseState.RELEASED);
    expect(fs.readFileSync(path.join(r.releasedTo!.replace(/^folder:/, ''), 'files', 'table.csv'), 'utf8')).toBe('id,estimate\n1,0.42\n');
    expect(fs.readdirSync(released)).toEqual([id]);

    // The store's audit, written by the worker: verified chain, every move with its event.
    const audit = storeView().audit().filter((e) => e.requestId === id);
    expect(() => ReleaseLifecycle.verifyAudit(storeView().audit())).not.toThrow();
    expect(audit.map((e) => `${e.action} ${e.actor}`)).toEqual([
      'create alice', 'submit alice', 'start-scan svc:clamav', 'scan-clean svc:clamav', 'approve hdab-ben', 'approve hdab-cleo', 'release ops',
    ]);
    expect(audit.slice(2, 6).every((e) => /^event rel-\d+$/.test(e.detail ?? ''))).toBe(true);
    // The permit's history in Redis names each move; its status did not change.
    const history = (await permitHistory(redis, PERMIT)).filter((h) => h.release?.requestId === id);
    const S = ReleaseState;
    expect(history.map((h) => h.release.state)).toEqual([S.IN_REVIEW, S.IN_REVIEW, S.IN_REVIEW, S.APPROVED, S.RELEASED]);
    expect(history.every((h) => h.from === PermitStatus.ANALYSIS_ACTIVE && h.to === PermitStatus.ANALYSIS_ACTIVE)).toBe(true);
  });

  test('a revoked request is never delivered; a blocked scan is final; events that name a destination or lack a reason are refused', async () => {
    const id = 'rq-20260107090500-bbbbbb';
    workspaceRequest(id, 'bob', { 'model.rds': 'binary-ish' });
    await settled(await release('scanned', id, 'svc:clamav', { verdict: 'clean' }));
    await settled(await release('approved', id, 'hdab-ben'));
    await settled(await release('approved', id, 'hdab-cleo'));
    expect(await settled(await release('revoked', id, 'bob', { reason: 'wrong file' }))).toBe('applied');
    expect(await settled(await release('delivery_requested', id, 'ops'))).toBe('refused');
    expect(stateOf(id).state).toBe(ReleaseState.REVOKED);
    expect(fs.readdirSync(released)).not.toContain(id);

    const blocked = 'rq-20260107091000-cccccc';
    workspaceRequest(blocked, 'alice', { 'dump.bin': 'X5O!P%@AP' });
    expect(await settled(await release('scanned', blocked, 'svc:clamav', { verdict: 'blocked', reason: 'Eicar-Test-Signature' }))).toBe('applied');
    expect(stateOf(blocked).state).toBe(ReleaseState.BLOCKED_BY_SCAN);
    expect(await settled(await release('approved', blocked, 'hdab-ben'))).toBe('refused');

    // Malformed release events never reach the store: dead letters with the field and the fix.
    await pub.publish({ eventId: 'bad-1', event: 'permit.release.approved', permitId: PERMIT, release: { requestId: id, actor: 'hdab-ben', destination: '/tmp/x' } });
    await pub.publish({ eventId: 'bad-2', event: 'permit.release.rejected', permitId: PERMIT, release: { requestId: blocked, actor: 'hdab-ben' } });
    await pub.publish({ eventId: 'bad-3', event: 'permit.release.approved', permitId: PERMIT });
    const dead = (await deadLetters(5)).join('\n');
    expect(dead).toMatch(/illegal-release-move: .*cannot release in state REVOKED/);
    expect(dead).toMatch(/illegal-release-move: .*cannot approve in state BLOCKED_BY_SCAN/);
    expect(dead).toMatch(/unknown-field: .*release\.destination is not part of a release event/);
    expect(dead).toMatch(/missing-field: .*permit\.release\.rejected needs release\.reason/);
    expect(dead).toMatch(/missing-field: .*needs "release": \{ "requestId"/);
    expect(fs.readdirSync(released)).toEqual(['rq-20260107090000-aaaaaa']);
  });
});
