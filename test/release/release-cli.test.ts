/**
 * `rws permit release`, end to end with the real binary: a request snapshots files, the scan
 * step takes a scanner's verdict, two different reviewers approve, delivery to a folder happens
 * for real (and to a bucket in moto_server: the command writes, the test reads back with the
 * SDK), a revoked or changed request never leaves, workspace requests are recorded after their
 * hashes are checked, and a changed audit log stops every move.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CreateBucketCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { main } from '../../src/cli/main';
import { ensureBuilt, rws, tempDir } from '../cli/helpers';
import { startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

function permitFile(dir: string, destination: string): string {
  const f = path.join(dir, 'permit.yaml');
  fs.writeFileSync(f, [
    'id: p-rel-001',
    'data_holders: [{ id: hospital-a, allowed_cidrs: [203.0.113.0/24] }]',
    'researchers: [alice, bob]',
    'hdab_preprocessor: hdab-anna',
    'hdab_reviewer: hdab-ben',
    'release:',
    '  reviewers: [hdab-ben, hdab-cleo, hdab-dan]',
    `  destination: ${destination}`,
    '',
  ].join('\n'));
  return f;
}

let dir: string;
let outputs: string;
let released: string;
let base: string[];
/**
 * Runs `rws permit release ...` in this process through the CLI's own entry point (the same
 * parsing, commands and error lines as the binary, without starting node for each of the many
 * moves); the binary itself runs below for settings errors, `--as` and the bucket.
 */
async function run(args: string[], as?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => { stdout += t; return true; } },
    stderr: { write: (t: string) => { stderr += t; return true; } },
    env: { PATH: process.env.PATH },
    cwd: dir,
  } as any;
  const code = await main(['permit', 'release', ...args, ...base, ...(as ? ['--as', as] : [])], io);
  return { code, stdout, stderr };
}
const json = async (args: string[], as?: string) => {
  const r = await run([...args, '--json'], as);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
};
const request = (as: string, ...files: string[]) => json(['request', '--outputs', 'outputs', '--permit-status', 'ANALYSIS_ACTIVE', '-m', 'Table 2 of the paper', ...files], as);
const toReview = (id: string) => json(['scan', id, '--command', '/bin/true'], 'svc:clamav');

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('release');
  outputs = path.join(dir, 'outputs');
  released = path.join(dir, 'released');
  fs.mkdirSync(path.join(outputs, 'results'), { recursive: true });
  fs.mkdirSync(released);
  fs.writeFileSync(path.join(outputs, 'results', 'table.csv'), 'id,estimate\n1,0.42\n');
  fs.writeFileSync(path.join(outputs, 'summary.txt'), 'aggregate results\n');
  fs.symlinkSync('/etc/passwd', path.join(outputs, 'users.csv'));
  permitFile(dir, `{ kind: folder, path: ${released} }`);
  base = ['--permit', 'permit.yaml', '--store', 'store'];
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('request, scan, two different reviewers, release to the folder: the files arrive as they were requested', async () => {
  const r = await request('alice', 'results/table.csv', 'summary.txt');
  expect(r).toMatchObject({ state: 'SUBMITTED', requester: 'alice', approvals: [] });
  const snap = path.join(dir, 'store', 'requests', r.id, 'files');
  // eslint-disable-next-line no-bitwise
  expect(fs.statSync(path.join(snap, 'summary.txt')).mode & 0o777).toBe(0o444);
  expect(r.files).toEqual([
    { path: 'results/table.csv', size: 19, sha256: sha('id,estimate\n1,0.42\n') },
    { path: 'summary.txt', size: 18, sha256: sha('aggregate results\n') },
  ]);
  // Not before the scan; the scanner service moves it to review.
  const early = await run(['approve', r.id], 'hdab-ben');
  expect([early.code, early.stderr.trim()]).toEqual([2, expect.stringMatching(/illegal-release-move: action: a release request cannot approve in state SUBMITTED \(got "approve"\)\. Fix: from SUBMITTED the next action is one of start-scan$/)]);
  expect((await toReview(r.id)).state).toBe('IN_REVIEW');
  // The requester never approves; a reviewer approves once; a stranger not at all.
  expect((await run(['approve', r.id], 'alice')).stderr).toMatch(/alice requested .* and may not approve it/);
  expect((await run(['approve', r.id], 'mallory')).stderr).toMatch(/mallory is not a reviewer/);
  expect((await json(['approve', r.id], 'hdab-ben'))).toMatchObject({ state: 'IN_REVIEW', approvals: [{ reviewer: 'hdab-ben' }] });
  expect((await run(['approve', r.id], 'hdab-ben')).stderr).toMatch(/already-approved: .*hdab-ben has already approved/);
  expect(fs.readdirSync(released)).toEqual([]);
  expect((await json(['approve', r.id], 'hdab-cleo')).state).toBe('APPROVED');
  // A researcher cannot push it out; the operator does.
  expect((await run(['release', r.id], 'alice')).stderr).toMatch(/a researcher \(alice\) may not release/);
  const done = await json(['release', r.id], 'ops');
  expect(done).toMatchObject({ state: 'RELEASED', releasedTo: `folder:${path.join(released, r.id)}` });
  expect(fs.readdirSync(released)).toEqual([r.id]);
  const out = path.join(released, r.id);
  expect(fs.readFileSync(path.join(out, 'files', 'results', 'table.csv'), 'utf8')).toBe(fs.readFileSync(path.join(outputs, 'results', 'table.csv'), 'utf8'));
  expect(fs.readFileSync(path.join(out, 'files', 'summary.txt'), 'utf8')).toBe('aggregate results\n');
  const manifest = JSON.parse(fs.readFileSync(path.join(out, 'MANIFEST.json'), 'utf8'));
  expect(manifest).toMatchObject({ requestId: r.id, requester: 'alice', approvedBy: [{ reviewer: 'hdab-ben' }, { reviewer: 'hdab-cleo' }] });
  // Released is final.
  expect((await run(['revoke', r.id, '--reason', 'too late'], 'hdab-ben')).stderr).toMatch(/RELEASED is final: nothing can follow it/);
  // Every move is in the audit, with who and why.
  const shown = await json(['show', r.id]);
  expect(shown.audit.map((e: any) => `${e.actor} ${e.action} ${e.from ?? '-'}>${e.to}`)).toEqual([
    'alice create ->DRAFT', 'alice submit DRAFT>SUBMITTED', 'svc:clamav start-scan SUBMITTED>SCANNING', 'svc:clamav scan-clean SCANNING>IN_REVIEW',
    'hdab-ben approve IN_REVIEW>IN_REVIEW', 'hdab-cleo approve IN_REVIEW>APPROVED', 'ops release APPROVED>RELEASED',
  ]);
}, 120_000);

test('what is refused at request time: links, other phases, people who are not researchers', async () => {
  const before = fs.existsSync(path.join(dir, 'store', 'requests')) ? fs.readdirSync(path.join(dir, 'store', 'requests')) : [];
  const link = await run(['request', '--outputs', 'outputs', '--permit-status', 'ANALYSIS_ACTIVE', '-m', 'x', 'users.csv'], 'alice');
  expect([link.code, link.stderr]).toEqual([2, expect.stringMatching(/refused-file: files: .*users\.csv is a symbolic link \(links are never followed out of outputs\)/)]);
  const stopped = await run(['request', '--outputs', 'outputs', '--permit-status', 'ANALYSIS_STOPPED', '-m', 'x', 'summary.txt'], 'alice');
  expect(stopped.stderr).toMatch(/permit-not-active: .*permit p-rel-001 is ANALYSIS_STOPPED: outputs can only be requested while the analysis is active/);
  expect((await run(['request', '--outputs', 'outputs', '--permit-status', 'ANALYSIS_ACTIVE', '-m', 'x', 'summary.txt'], 'hdab-ben')).stderr).toMatch(/not-a-researcher/);
  expect(fs.readdirSync(path.join(dir, 'store', 'requests'))).toEqual(before);
});

test('scanner verdicts: a finding or an unscannable file blocks the request for good', async () => {
  const found = await request('bob', 'summary.txt');
  const blocked = await json(['scan', found.id, '--command', '/bin/sh', '--command=-c', '--command', 'echo "$1: Eicar-Test-Signature FOUND"; exit 1', '--command', 'scanner'], 'svc:clamav');
  expect(blocked).toMatchObject({ state: 'BLOCKED_BY_SCAN', reason: expect.stringMatching(/^found: .*Eicar-Test-Signature FOUND$/) });
  expect((await run(['approve', found.id], 'hdab-ben')).stderr).toMatch(/BLOCKED_BY_SCAN is final/);
  const broken = await request('bob', 'summary.txt');
  expect(await json(['scan', broken.id, '--command', '/bin/sh', '--command=-c', '--command', 'echo "encrypted archive" >&2; exit 2', '--command', 'scanner'], 'svc:clamav'))
    .toMatchObject({ state: 'BLOCKED_BY_SCAN', reason: 'unscannable (exit 2): encrypted archive' });
});

test('revoked before delivery: nothing leaves; a reject needs a reason', async () => {
  const r = await request('alice', 'summary.txt');
  // A researcher cannot declare a request clean.
  expect((await run(['scan', r.id, '--verdict', 'clean'], 'bob')).stderr).toMatch(/a researcher \(bob\) may not start-scan/);
  await toReview(r.id);
  expect((await run(['reject', r.id], 'hdab-dan')).stderr).toMatch(/missing-reason: .*a rejection needs a reason/);
  await json(['approve', r.id], 'hdab-dan');
  await json(['approve', r.id], 'hdab-ben');
  expect((await run(['revoke', r.id], 'alice')).stderr).toMatch(/a revocation needs a reason/);
  expect((await json(['revoke', r.id, '--reason', 'cell counts below 10 in row 4'], 'alice'))).toMatchObject({ state: 'REVOKED', reason: 'cell counts below 10 in row 4' });
  expect((await run(['release', r.id], 'ops')).stderr).toMatch(/cannot release in state REVOKED/);
  expect(fs.existsSync(path.join(released, r.id))).toBe(false);
  const rejected = await request('alice', 'summary.txt');
  await toReview(rejected.id);
  expect((await json(['reject', rejected.id, '--reason', 'identifiable'], 'hdab-cleo'))).toMatchObject({ state: 'REJECTED', reason: 'identifiable' });
});

test('a snapshot changed after approval is not delivered', async () => {
  const r = await request('alice', 'summary.txt');
  await toReview(r.id);
  await json(['approve', r.id], 'hdab-ben');
  await json(['approve', r.id], 'hdab-cleo');
  const f = path.join(dir, 'store', 'requests', r.id, 'files', 'summary.txt');
  fs.chmodSync(f, 0o644);
  fs.writeFileSync(f, 'something else\n');
  const res = await run(['release', r.id], 'ops');
  expect(res.stderr).toMatch(/snapshot-changed: .*summary\.txt differs from its recorded size or SHA-256/);
  expect(fs.existsSync(path.join(released, r.id))).toBe(false);
  expect((await json(['show', r.id])).request.state).toBe('APPROVED');
});

test('requests made in the workspace are recorded once their hashes check out; a changed one is not', async () => {
  const mk = (id: string, content: string, claimed: string) => {
    const d = path.join(dir, 'store', 'requests', id);
    fs.mkdirSync(path.join(d, 'files'), { recursive: true });
    fs.writeFileSync(path.join(d, 'files', 'fig.txt'), content);
    fs.writeFileSync(path.join(d, 'request.json'), JSON.stringify({
      id,
      permitId: 'p-rel-001',
      requester: 'bob',
      requesterUid: 5002,
      justification: 'Figure 1',
      createdAt: '2026-01-05T10:00:00Z',
      files: [{ path: 'fig.txt', size: Buffer.byteLength(claimed), sha256: sha(claimed) }],
    }));
  };
  mk('rq-20260105100000-aaaaaa', 'figure\n', 'figure\n');
  mk('rq-20260105100000-bbbbbb', 'swapped\n', 'figure\n');
  const r = await run(['list', '--json']);
  expect(r.code).toBe(0);
  expect(r.stderr).toMatch(/not recorded: rq-20260105100000-bbbbbb: .*differs from its recorded size or SHA-256/);
  const listed = JSON.parse(r.stdout).requests;
  expect(listed.find((x: any) => x.id === 'rq-20260105100000-aaaaaa')).toMatchObject({ state: 'SUBMITTED', requester: 'bob' });
  expect(listed.find((x: any) => x.id === 'rq-20260105100000-bbbbbb')).toBeUndefined();
  expect((await json(['list', '--state', 'in-review'])).requests.map((x: any) => x.state)).toEqual([]);
});

test('the audit log is hash-chained: a changed line stops every move', async () => {
  const a = await run(['audit']);
  expect(a.code).toBe(0);
  expect(a.stdout).toMatch(/\d+ entries; hash chain verified/);
  const r = await request('alice', 'summary.txt');
  await toReview(r.id);
  const file = path.join(dir, 'store', 'audit.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes('"action":"approve"'));
  lines[i] = lines[i].replace('"actor":"hdab-ben"', '"actor":"hdab-dan"');
  fs.writeFileSync(file, lines.join('\n'));
  const broken = await run(['audit']);
  expect([broken.code, broken.stderr]).toEqual([2, expect.stringMatching(new RegExp(`audit\\.jsonl:${i + 1}: error audit-broken: entry ${i + 1}: its hash does not match its content`))]);
  expect((await run(['approve', r.id], 'hdab-ben')).stderr).toMatch(/audit-broken/);
});

test('bad release settings in the permit file are one error with the line', async () => {
  const bad = tempDir('release-bad');
  fs.writeFileSync(path.join(bad, 'permit.yaml'), fs.readFileSync(path.join(dir, 'permit.yaml'), 'utf8').replace('reviewers: [hdab-ben, hdab-cleo, hdab-dan]', 'reviewers: [hdab-ben, alice]'));
  const r = rws(['permit', 'release', 'list', '--permit', 'permit.yaml', '--store', 'store'], bad);
  expect([r.code, r.stderr.trim()]).toEqual([2, expect.stringMatching(/permit\.yaml:7:25: error role-conflict: release\.reviewers\[1\]: "alice" is a researcher of the permit and cannot check its outputs/)]);
  fs.rmSync(bad, { recursive: true, force: true });
});

test('only root may act in someone else\'s name', async () => {
  if (process.getuid?.() !== 0 || !requireTool('setpriv', 'running the command as an unprivileged user')) return;
  fs.chmodSync(dir, 0o755);
  const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, path.join(__dirname, '..', '..', 'lib', 'cli', 'rws.js'),
    'permit', 'release', 'list', ...base, '--as', 'hdab-ben'], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toMatch(/--as hdab-ben: only root may act in someone else's name/);
});

describe('delivery to a bucket (moto_server)', () => {
  test('the command writes the objects under the request\'s prefix; read back with the SDK', async () => {
    if (!requireTool('moto_server', 'delivery to a bucket is checked against moto_server')) return;
    const moto = await startMoto();
    try {
      const s3 = new S3Client({ region: 'us-east-1', endpoint: moto.endpoint, forcePathStyle: true, credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' } });
      await s3.send(new CreateBucketCommand({ Bucket: 'hdab-released' }));
      const bdir = tempDir('release-bucket');
      fs.cpSync(outputs, path.join(bdir, 'outputs'), { recursive: true, verbatimSymlinks: true });
      permitFile(bdir, '{ kind: bucket, bucket: hdab-released, prefix: p-rel-001/, region: us-east-1 }');
      const env = { ...moto.env, RWS_S3_ENDPOINT: moto.endpoint };
      const go = (args: string[], as: string) => {
        const res = rws(['permit', 'release', ...args, '--permit', 'permit.yaml', '--store', 'store', '--as', as, '--json'], bdir, env);
        if (res.code !== 0) throw new Error(res.stderr);
        return JSON.parse(res.stdout);
      };
      const r = go(['request', '--outputs', 'outputs', '--permit-status', 'ANALYSIS_ACTIVE', '-m', 'Table 2', 'results/table.csv'], 'alice');
      go(['scan', r.id, '--verdict', 'clean'], 'svc:guardduty');
      go(['approve', r.id], 'hdab-ben');
      go(['approve', r.id], 'hdab-dan');
      expect(go(['release', r.id], 'ops')).toMatchObject({ state: 'RELEASED', releasedTo: `s3://hdab-released/p-rel-001/${r.id}/` });
      const keys = (await s3.send(new ListObjectsV2Command({ Bucket: 'hdab-released' }))).Contents!.map((o) => o.Key).sort();
      expect(keys).toEqual([`p-rel-001/${r.id}/MANIFEST.json`, `p-rel-001/${r.id}/SHA256SUMS`, `p-rel-001/${r.id}/files/results/table.csv`]);
      const obj = await s3.send(new GetObjectCommand({ Bucket: 'hdab-released', Key: `p-rel-001/${r.id}/files/results/table.csv` }));
      const body = await obj.Body!.transformToString();
      expect(body).toBe(fs.readFileSync(path.join(outputs, 'results', 'table.csv'), 'utf8'));
      expect(obj.Metadata).toMatchObject({ 'sha256': sha(body), 'release-request': r.id });
      const manifest = JSON.parse(await (await s3.send(new GetObjectCommand({ Bucket: 'hdab-released', Key: `p-rel-001/${r.id}/MANIFEST.json` }))).Body!.transformToString());
      expect(manifest.approvedBy.map((a: any) => a.reviewer)).toEqual(['hdab-ben', 'hdab-dan']);
      // Delivered once: a second release is refused by the lifecycle, and nothing is rewritten.
      const again = rws(['permit', 'release', 'release', r.id, '--permit', 'permit.yaml', '--store', 'store', '--as', 'ops'], bdir, env);
      expect(again.stderr).toMatch(/RELEASED is final/);
      s3.destroy();
      fs.rmSync(bdir, { recursive: true, force: true });
    } finally {
      await moto.stop();
    }
  }, 120_000);
});
