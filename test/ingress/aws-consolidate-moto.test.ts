/**
 * The consolidation on AWS, for real against moto_server's S3 (object tagging included): the
 * generated Python script (boto3) copies the objects tagged NO_THREATS_FOUND into raw with a
 * manifest whose hashes are checked here, lists the rest, refuses to write anything while an
 * object is not scanned yet, and reruns to the same result. The tags stand in for GuardDuty's
 * (moto has no Malware Protection); moto enforces no bucket policy.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import { CreateBucketCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { IngressScanning, IngressVerdict } from '../../src/workspaces/ingress';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';

const haveMoto = requireTool('moto_server', 'the S3 consolidation runs against a local AWS emulator') && requireTool('python3', 'the S3 consolidation is Python (boto3)');
const maybe = haveMoto ? describe : describe.skip;
const sha = (b: Buffer | string) => crypto.createHash('sha256').update(b).digest('hex');

maybe('S3 consolidation against moto_server', () => {
  let moto: MotoServer;
  let s3: S3Client;
  const files: Array<{ bucket: string; holder: string; rel: string; body: string; status?: string }> = [
    { bucket: 'up-a', holder: 'hospital-a', rel: 'cohort.csv', body: 'id,age\n1,40\n', status: 'NO_THREATS_FOUND' },
    { bucket: 'up-a', holder: 'hospital-a', rel: 'images/scan 01.dcm', body: 'DICM...', status: 'NO_THREATS_FOUND' },
    { bucket: 'up-a', holder: 'hospital-a', rel: 'bad.exe', body: 'not really', status: 'THREATS_FOUND' },
    { bucket: 'up-b', holder: 'lab-b', rel: 'secret.zip', body: 'PK...', status: 'UNSUPPORTED' },
    { bucket: 'up-b', holder: 'lab-b', rel: 'results.tsv', body: 'a\tb\n', status: 'NO_THREATS_FOUND' },
  ];

  const run = (raw: string) => spawnSync('python3', ['-', raw, 'hospital-a=up-a', 'lab-b=up-b'], {
    input: IngressScanning.s3ConsolidationScript(), encoding: 'utf8', env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...moto.env }, timeout: 60_000,
  });
  const text = async (bucket: string, key: string) => (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).Body!.transformToString();
  const keys = async (bucket: string) => ((await s3.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map((o) => o.Key!).sort();

  beforeAll(async () => {
    moto = await startMoto();
    s3 = new S3Client(clientConfig(moto));
    for (const b of ['up-a', 'up-b', 'raw', 'raw-2']) await s3.send(new CreateBucketCommand({ Bucket: b }));
    for (const f of files) {
      await s3.send(new PutObjectCommand({
        Bucket: f.bucket, Key: `incoming/${f.rel}`, Body: f.body, ...(f.status ? { Tagging: `GuardDutyMalwareScanStatus=${f.status}` } : {}),
      }));
    }
  }, 60_000);
  afterAll(async () => { await moto?.stop(); });

  test('clean objects reach raw/ingress with a manifest whose hashes match; the rest are listed, not copied', async () => {
    const r = run('raw');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\'clean\': 3');
    const manifest = IngressScanning.parseManifest(await text('raw', 'ingress/MANIFEST.tsv'));
    const clean = files.filter((f) => f.status === 'NO_THREATS_FOUND');
    expect(manifest.map((e) => [e.path, e.size, e.sha256, e.verdict])).toEqual(
      clean.map((f) => [`${f.holder}/${f.rel}`, Buffer.byteLength(f.body), sha(f.body), IngressVerdict.CLEAN]).sort());
    for (const f of clean) expect(sha(await text('raw', `ingress/${f.holder}/${f.rel}`))).toBe(sha(f.body));
    const held = IngressScanning.parseManifest(await text('raw', 'ingress/QUARANTINE.tsv'));
    expect(held.map((e) => [e.path, e.verdict, e.detail])).toEqual([
      ['hospital-a/bad.exe', IngressVerdict.INFECTED, 'THREATS_FOUND'],
      ['lab-b/secret.zip', IngressVerdict.UNSCANNABLE, 'UNSUPPORTED'],
    ]);
    expect(await keys('raw')).toEqual(['ingress/MANIFEST.tsv', 'ingress/QUARANTINE.tsv', 'ingress/SHA256SUMS',
      'ingress/hospital-a/cohort.csv', 'ingress/hospital-a/images/scan 01.dcm', 'ingress/lab-b/results.tsv'].sort());
    // A second run changes nothing.
    const again = run('raw');
    expect(again.stdout).toContain('consolidated already');
  });

  test('an object not scanned yet stops the run before anything is written; once tagged, a run after a crash gives the same result', async () => {
    await s3.send(new PutObjectCommand({ Bucket: 'up-b', Key: 'incoming/late.csv', Body: 'late\n' }));
    const r = run('raw-2');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('lab-b/late.csv is not scanned yet');
    expect(await keys('raw-2')).toEqual([]);
    await s3.send(new PutObjectCommand({ Bucket: 'up-b', Key: 'incoming/late.csv', Body: 'late\n', Tagging: 'GuardDutyMalwareScanStatus=NO_THREATS_FOUND' }));
    expect(run('raw-2').status).toBe(0);
    const first = await text('raw-2', 'ingress/MANIFEST.tsv');
    // A crash before the manifest (the commit marker) was written: the rerun completes the same way.
    await s3.send(new DeleteObjectCommand({ Bucket: 'raw-2', Key: 'ingress/MANIFEST.tsv' }));
    expect(run('raw-2').status).toBe(0);
    const timeless = (t: string) => t.split('\n').map((l) => l.split('\t').slice(0, 6).join('\t')).join('\n');
    expect(timeless(await text('raw-2', 'ingress/MANIFEST.tsv'))).toBe(timeless(first));
    expect(IngressScanning.parseManifest(first).map((e) => e.path)).toContain('lab-b/late.csv');
  });
});
