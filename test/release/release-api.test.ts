/**
 * The release states in the status API (`rws permit api`, real binary, private Redis): the list
 * and one request with its audit lines, read from the release stores under releases_dir; the
 * routes need a token, are read-only, and say when releases are not served.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PermitStatus, ReleaseAction } from '../../src';
import { ReleaseStore, sealSnapshot, snapshotFiles } from '../../src/cli/release-store';
import { requireTool } from '../helpers/tools';
import { RedisServer } from '../permit-service/helpers/servers';
import { ensureBuilt, startApi } from '../permit-service/helpers/service';

test('GET /api/v1/permits/{id}/releases and /releases/{requestId}', async () => {
  if (!requireTool('redis-server', 'the API test starts a private Redis (apt-get install redis-server)')) return;
  ensureBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-release-api-'));
  const redis = await RedisServer.start();
  let api: Awaited<ReturnType<typeof startApi>>['api'] | undefined;
  try {
    const outputs = path.join(dir, 'outputs');
    fs.mkdirSync(outputs);
    fs.writeFileSync(path.join(outputs, 't.csv'), 'x\n');
    const store = new ReleaseStore(path.join(dir, 'releases', 'p-api-1'), 'p-api-1', { reviewers: ['rev-a', 'rev-b'], researchers: ['alice'] });
    const make = async (id: string) => {
      const files = snapshotFiles(outputs, ['t.csv'], path.join(store.requestsDir, id, 'files'));
      sealSnapshot(path.join(store.requestsDir, id));
      await store.create({ id, permitId: 'p-api-1', permitStatus: PermitStatus.ANALYSIS_ACTIVE, requester: 'alice', files, justification: 'Table 1', at: `2026-01-0${id.slice(-1)}T10:00:00Z` });
    };
    await make('rq-1');
    await make('rq-2');
    for (const [action, actor] of [[ReleaseAction.START_SCAN, 'svc:clamav'], [ReleaseAction.SCAN_CLEAN, 'svc:clamav'], [ReleaseAction.APPROVE, 'rev-a']] as const) {
      await store.move('rq-2', { action, actor });
    }
    fs.writeFileSync(path.join(dir, 'tokens.yaml'), 'tokens:\n  - { name: manager, token: manager-token-0123456789, scopes: [status] }\n');
    fs.writeFileSync(path.join(dir, 'api.yaml'), `releases_dir: ${path.join(dir, 'releases')}\n`);
    const started = await startApi(redis.url, path.join(dir, 'tokens.yaml'), path.join(dir, 'api.yaml'));
    api = started.api;
    const get = async (p: string, token = 'manager-token-0123456789') => {
      const res = await fetch(`${started.base}${p}`, { headers: { authorization: `Bearer ${token}` } });
      return { code: res.status, body: await res.json() as any };
    };
    const list = await get('/api/v1/permits/p-api-1/releases');
    expect(list).toEqual({
      code: 200,
      body: {
        permitId: 'p-api-1',
        releases: [
          { id: 'rq-1', state: 'SUBMITTED', requester: 'alice', files: 1, approvals: [], updatedAt: '2026-01-01T10:00:00Z' },
          { id: 'rq-2', state: 'IN_REVIEW', requester: 'alice', files: 1, approvals: ['rev-a'], updatedAt: expect.any(String) },
        ],
      },
    });
    const one = await get('/api/v1/permits/p-api-1/releases/rq-2');
    expect(one.code).toBe(200);
    expect(one.body.auditVerified).toBe(true);
    expect(one.body.audit.map((e: any) => `${e.actor} ${e.action} ${e.to}`)).toEqual(['alice create DRAFT', 'alice submit SUBMITTED', 'svc:clamav start-scan SCANNING', 'svc:clamav scan-clean IN_REVIEW', 'rev-a approve IN_REVIEW']);
    expect((await get('/api/v1/permits/p-api-1/releases/rq-9')).code).toBe(404);
    expect((await get('/api/v1/permits/p-api-1/releases/..%2F..%2Fetc')).code).toBe(404);
    expect((await get('/api/v1/permits/p-api-1/releases', 'wrong-token-0123456789')).code).toBe(401);
    expect((await get('/api/v1/permits/p-other/releases')).body).toEqual({ permitId: 'p-other', releases: [] });
    // A changed audit log is reported, not served as if it were sound.
    const auditFile = path.join(store.root, 'audit.jsonl');
    fs.writeFileSync(auditFile, fs.readFileSync(auditFile, 'utf8').replace('"actor":"rev-a"', '"actor":"rev-b"'));
    expect((await get('/api/v1/permits/p-api-1/releases/rq-2')).body).toMatchObject({ auditVerified: false, audit: [] });
    const doc = await (await fetch(`${started.base}/openapi.json`)).json() as any;
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/v1/permits/{permitId}/releases', '/api/v1/permits/{permitId}/releases/{requestId}']));
    expect((await fetch(`${started.base}/api/v1/permits/p-api-1/releases`, { method: 'POST', headers: { authorization: 'Bearer manager-token-0123456789' } })).status).toBe(405);
  } finally {
    await api?.stop();
    await redis.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
