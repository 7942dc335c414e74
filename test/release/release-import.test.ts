/**
 * `rws permit release import`: the snapshots a workspace's `rws-release` made (a copy of the
 * request area, or the AWS egress-review bucket's `requests/` prefix) enter the release store and
 * are recorded only when every file matches its request.json; a changed file, a link, another
 * permit's request or an incomplete one is refused and not kept; a second import changes nothing.
 * Through the CLI's entry point; the bucket is a private moto_server (the test puts what the
 * workspace's upload service would, the command reads it, the test reads the store).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { main } from '../../src/cli/main';
import { tempDir } from '../cli/helpers';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';

const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');
const PERMIT = 'p-imp-001';

let dir: string;
async function rws(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (t: string) => { stdout += t; return true; } },
    stderr: { write: (t: string) => { stderr += t; return true; } },
    env: { PATH: process.env.PATH, ...env },
    cwd: dir,
  } as any;
  const code = await main(['permit', 'release', ...args, '--permit', 'permit.yaml', '--store', 'store'], io);
  return { code, stdout, stderr };
}

/** A request as rws-release writes it: files/, request.json (with each file's size and SHA-256), SHA256SUMS. */
function requestFiles(id: string, requester: string, files: Record<string, string>, permitId = PERMIT): Record<string, string> {
  const list = Object.entries(files).map(([p, text]) => ({ path: p, size: Buffer.byteLength(text), sha256: sha(text) }));
  return {
    ...Object.fromEntries(Object.entries(files).map(([p, text]) => [`files/${p}`, text])),
    'request.json': JSON.stringify({ id, permitId, requester, requesterUid: 5001, justification: 'table 2', createdAt: '2026-01-07T09:00:00Z', files: list }),
    'SHA256SUMS': list.map((f) => `${f.sha256}  files/${f.path}\n`).join(''),
  };
}

function writeArea(root: string, requests: Record<string, Record<string, string>>): void {
  for (const [id, files] of Object.entries(requests)) {
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, 'requests', id, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, 'requests', id, rel), text);
    }
  }
}

beforeAll(() => {
  dir = tempDir('release-import');
  fs.writeFileSync(path.join(dir, 'permit.yaml'), [
    `id: ${PERMIT}`,
    'data_holders: [{ id: hospital-a, allowed_cidrs: [203.0.113.0/24] }]',
    'researchers: [alice, bob]',
    'hdab_preprocessor: hdab-anna',
    'release:',
    '  reviewers: [hdab-ben, hdab-cleo]',
    `  destination: { kind: folder, path: ${path.join(dir, 'released')} }`,
    '',
  ].join('\n'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('from a copy of the request area: good requests are recorded, bad ones refused and not kept; a second import changes nothing', async () => {
  const area = path.join(dir, 'area');
  const changed = requestFiles('rq-20260107090200-cccccc', 'alice', { 'x.csv': 'original\n' });
  changed['files/x.csv'] = 'changed after the snapshot\n';
  writeArea(area, {
    'rq-20260107090000-aaaaaa': requestFiles('rq-20260107090000-aaaaaa', 'alice', { 'table.csv': 'id,estimate\n1,0.42\n', 'figs/fig1.svg': '<svg/>' }),
    'rq-20260107090100-bbbbbb': requestFiles('rq-20260107090100-bbbbbb', 'bob', { 'model.txt': 'coefficients\n' }),
    'rq-20260107090200-cccccc': changed,
    'rq-20260107090300-dddddd': requestFiles('rq-20260107090300-dddddd', 'alice', { 'a.txt': 'a\n' }, 'p-other'),
    'rq-20260107090400-eeeeee': { 'files/a.txt': 'a\n' },
  });
  const linked = requestFiles('rq-20260107090500-ffffff', 'bob', { 'secret.txt': 'x\n' });
  writeArea(area, { 'rq-20260107090500-ffffff': { 'request.json': linked['request.json'], 'SHA256SUMS': linked.SHA256SUMS } });
  fs.mkdirSync(path.join(area, 'requests', 'rq-20260107090500-ffffff', 'files'));
  fs.symlinkSync('/etc/shadow', path.join(area, 'requests', 'rq-20260107090500-ffffff', 'files', 'secret.txt'));

  const r = await rws(['import', '--from', 'area', '--json']);
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout);
  expect(out.recorded).toEqual(['rq-20260107090000-aaaaaa', 'rq-20260107090100-bbbbbb']);
  const refused = out.refused.join('\n');
  expect(refused).toMatch(/rq-20260107090200-cccccc: .*x\.csv/);
  expect(refused).toMatch(/rq-20260107090300-dddddd: .*request\.json names request rq-20260107090300-dddddd of permit p-other/);
  expect(refused).toMatch(/rq-20260107090400-eeeeee: .*request\.json or SHA256SUMS is missing/);
  expect(refused).toMatch(/rq-20260107090500-ffffff: .*secret\.txt is not a regular file/);
  // Only the recorded requests are in the store, sealed; nothing of /etc/shadow anywhere.
  expect(fs.readdirSync(path.join(dir, 'store', 'requests')).sort()).toEqual(['rq-20260107090000-aaaaaa', 'rq-20260107090100-bbbbbb']);
  const table = path.join(dir, 'store', 'requests', 'rq-20260107090000-aaaaaa', 'files', 'table.csv');
  expect(fs.readFileSync(table, 'utf8')).toBe('id,estimate\n1,0.42\n');
  expect((fs.statSync(table).mode % 0o1000).toString(8)).toBe('444');

  const list = JSON.parse((await rws(['list', '--json'])).stdout);
  expect(list.requests.map((q: any) => [q.id, q.requester, q.state])).toEqual([
    ['rq-20260107090000-aaaaaa', 'alice', 'SUBMITTED'], ['rq-20260107090100-bbbbbb', 'bob', 'SUBMITTED'],
  ]);
  const again = JSON.parse((await rws(['import', '--from', 'area/requests', '--json'])).stdout);
  expect(again.skipped).toEqual(['rq-20260107090000-aaaaaa', 'rq-20260107090100-bbbbbb']);
  expect(again.recorded).toEqual([]);
  expect(JSON.parse((await rws(['audit', '--json'])).stdout).entries).toHaveLength(4);
});

const haveMoto = requireTool('moto_server', 'the bucket import runs against a local S3 emulator');
(haveMoto ? describe : describe.skip)('from the egress-review bucket', () => {
  let moto: MotoServer;
  beforeAll(async () => {
    moto = await startMoto();
  }, 60_000);
  afterAll(async () => { await moto?.stop(); });

  test('requests under requests/ are copied, checked and recorded', async () => {
    const s3 = new S3Client(clientConfig(moto));
    await s3.send(new CreateBucketCommand({ Bucket: 'permit-imp-egress-review' }));
    const files = requestFiles('rq-20260107100000-abcdef', 'bob', { 'summary.txt': 'n >= 10 per cell\n', 'out/b.csv': 'b\n' });
    for (const [rel, text] of Object.entries(files)) {
      await s3.send(new PutObjectCommand({ Bucket: 'permit-imp-egress-review', Key: `requests/rq-20260107100000-abcdef/${rel}`, Body: text }));
    }
    // Something else in the bucket is not a request.
    await s3.send(new PutObjectCommand({ Bucket: 'permit-imp-egress-review', Key: 'requests/README', Body: 'x' }));
    const r = await rws(['import', '--from', 's3://permit-imp-egress-review/requests/', '--json'], { ...moto.env, RWS_S3_ENDPOINT: moto.endpoint });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).recorded).toEqual(['rq-20260107100000-abcdef']);
    expect(fs.readFileSync(path.join(dir, 'store', 'requests', 'rq-20260107100000-abcdef', 'files', 'out', 'b.csv'), 'utf8')).toBe('b\n');
    const show = JSON.parse((await rws(['show', 'rq-20260107100000-abcdef', '--json'])).stdout);
    expect([show.request.requester, show.request.state, show.request.files.length]).toEqual(['bob', 'SUBMITTED', 2]);
  });
});
