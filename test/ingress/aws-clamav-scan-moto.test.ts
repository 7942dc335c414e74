/**
 * The ClamAV alternative to GuardDuty on AWS, for real: the generated Python scanner (boto3, Debian's
 * clamscan, a signature database made by the test, nothing downloaded) reads the uploads the test
 * put into moto_server's S3, given the events SQS would deliver, and tags them. The test reads the
 * tags back: clean NO_THREATS_FOUND, EICAR (and a zip holding it) THREATS_FOUND, an encrypted zip
 * UNSUPPORTED; nothing outside incoming/ is touched, nothing is deleted or changed; a scanner that
 * misses EICAR tags nothing. The consolidation then reads those tags unchanged.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as net from 'net';
import * as path from 'path';
import {
  CreateBucketCommand, GetObjectCommand, GetObjectTaggingCommand, ListObjectVersionsCommand, PutBucketVersioningCommand, PutObjectCommand, S3Client,
} from '@aws-sdk/client-s3';
import { EICAR, rmTree, sha256, signatureDatabase, tempDir, TEST_SIGNATURE, zip } from './helpers';
import { IngressScanning, IngressVerdict } from '../../src/workspaces/ingress';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';

const ready = requireTool('moto_server', 'the scanner tags objects in a local AWS emulator') && requireTool('python3', 'the S3 scanner is Python (boto3)')
  && requireTool('clamscan', 'the S3 scanner runs ClamAV (Debian package clamav)') && requireTool('zip', 'the archives are made with zip');
const maybe = ready ? describe : describe.skip;

maybe('the ClamAV S3 scanner against moto_server', () => {
  let moto: MotoServer;
  let s3: S3Client;
  let dir: string;
  let script: string;
  let files: Record<string, Buffer>;

  const run = (args: string[], db: string) => spawnSync('python3', [script, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', TMPDIR: dir, RWS_CLAM_DATABASE: db, ...moto.env },
  });
  const tags = async (bucket: string, key: string) => (await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet ?? [];
  const status = async (bucket: string, key: string) => (await tags(bucket, key)).find((t) => t.Key === 'GuardDutyMalwareScanStatus')?.Value;
  /** An SQS message holding an S3 "Object Created" event as EventBridge delivers it. */
  const viaEventBridge = (bucket: string, key: string, id: string) => ({
    messageId: id, body: JSON.stringify({ 'source': 'aws.s3', 'detail-type': 'Object Created', 'detail': { bucket: { name: bucket }, object: { key } } }),
  });
  /** An SQS message holding an S3 notification (keys URL-encoded). */
  const viaNotification = (bucket: string, key: string, id: string) => ({
    messageId: id, body: JSON.stringify({ Records: [{ eventName: 'ObjectCreated:Put', s3: { bucket: { name: bucket }, object: { key: encodeURIComponent(key).replace(/%20/g, '+') } } }] }),
  });

  beforeAll(async () => {
    dir = tempDir('s3scan');
    script = path.join(dir, 'rws_s3_scan.py');
    fs.writeFileSync(script, IngressScanning.s3ScannerScript());
    moto = await startMoto();
    s3 = new S3Client(clientConfig(moto));
    files = {
      'incoming/cohort.csv': Buffer.from('id,age\n1,40\n'),
      'incoming/images/scan 01.dcm': Buffer.from('DICM-not-really\u0000\u0001'),
      'incoming/eicar.com': Buffer.from(EICAR),
      'incoming/bundle.zip': zip(dir, 'inner.txt', Buffer.from(EICAR)),
      'incoming/secret.zip': zip(dir, 'notes.txt', Buffer.from('harmless but hidden'), 'pw-1234'),
      'elsewhere/eicar.com': Buffer.from(EICAR),
    };
    for (const b of ['up-a', 'up-b', 'raw']) await s3.send(new CreateBucketCommand({ Bucket: b }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'up-a', VersioningConfiguration: { Status: 'Enabled' } }));
    for (const [key, body] of Object.entries(files)) await s3.send(new PutObjectCommand({ Bucket: 'up-a', Key: key, Body: body }));
    await s3.send(new PutObjectCommand({ Bucket: 'up-b', Key: 'incoming/late.csv', Body: 'a\n' }));
  }, 60_000);
  afterAll(async () => {
    await moto?.stop();
    if (dir) rmTree(dir);
  });

  test('a scanner that misses the EICAR string tags nothing and fails', async () => {
    const db = signatureDatabase(path.join(dir, 'without'), false);
    const r = run(['up-b', 'incoming/late.csv'], db);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('the scanner does not work');
    expect(await tags('up-b', 'incoming/late.csv')).toEqual([]);
  });

  test('an SQS batch of upload events: each object under incoming/ is scanned and tagged as GuardDuty would', async () => {
    const db = signatureDatabase(path.join(dir, 'with'));
    const event = {
      Records: [
        viaEventBridge('up-a', 'incoming/cohort.csv', 'm1'),
        viaNotification('up-a', 'incoming/images/scan 01.dcm', 'm2'),
        viaEventBridge('up-a', 'incoming/eicar.com', 'm3'),
        viaEventBridge('up-a', 'incoming/bundle.zip', 'm4'),
        viaNotification('up-a', 'incoming/secret.zip', 'm5'),
        viaEventBridge('up-a', 'elsewhere/eicar.com', 'm6'),
      ],
    };
    fs.writeFileSync(path.join(dir, 'event.json'), JSON.stringify(event));
    const r = run(['--event', path.join(dir, 'event.json')], db);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim().split('\n').pop()!)).toEqual({ batchItemFailures: [] });
    const seen: Record<string, string | undefined> = {};
    for (const key of Object.keys(files)) seen[key] = await status('up-a', key);
    expect(seen).toEqual({
      'incoming/cohort.csv': 'NO_THREATS_FOUND',
      'incoming/images/scan 01.dcm': 'NO_THREATS_FOUND',
      'incoming/eicar.com': 'THREATS_FOUND',
      'incoming/bundle.zip': 'THREATS_FOUND',
      'incoming/secret.zip': 'UNSUPPORTED',
      'elsewhere/eicar.com': undefined,
    });
    // The log names the signature; content and versions are unchanged, nothing was deleted.
    expect(r.stdout).toContain(TEST_SIGNATURE);
    expect(r.stdout).toContain('Heuristics.Encrypted.Zip');
    const versions = await s3.send(new ListObjectVersionsCommand({ Bucket: 'up-a' }));
    expect(versions.DeleteMarkers ?? []).toEqual([]);
    expect((versions.Versions ?? []).map((v) => v.Key).sort()).toEqual(Object.keys(files).sort());
    for (const [key, body] of Object.entries(files)) {
      const got = Buffer.from(await (await s3.send(new GetObjectCommand({ Bucket: 'up-a', Key: key }))).Body!.transformToByteArray());
      expect({ key, sha: sha256(got) }).toEqual({ key, sha: sha256(body) });
    }
  });

  test('with a mirror, the signatures are refreshed from it first; when it has none, the image\'s signatures scan', async () => {
    if (!requireTool('freshclam', 'the mirror refresh runs freshclam (Debian package clamav-freshclam)')) return;
    const requests: string[] = [];
    const server = http.createServer((req, res) => { requests.push(req.url ?? ''); res.statusCode = 404; res.end(); });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as net.AddressInfo).port;
      await s3.send(new PutObjectCommand({ Bucket: 'up-b', Key: 'incoming/mirror/eicar.txt', Body: EICAR }));
      // As the stack writes it, but with DatabaseOwner root (this test runs as root, where freshclam would switch to the
      // owner; Lambda runs it unprivileged) and one attempt instead of three.
      const conf = IngressScanning.freshclamConfig({ url: `http://127.0.0.1:${port}/clamav`, databaseDirectory: '/tmp/rws-clamav', databaseOwner: 'root' })
        .replace('MaxAttempts 3', 'MaxAttempts 1');
      const db = signatureDatabase(path.join(dir, 'image'));
      const out = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
        const p = spawn('python3', [script, 'up-b', 'incoming/mirror/eicar.txt'], {
          env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', TMPDIR: dir, RWS_CLAM_DATABASE: db, RWS_FRESHCLAM_CONF: conf, ...moto.env },
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => { stdout += d; });
        p.stderr.on('data', (d) => { stderr += d; });
        p.on('close', (code) => resolve({ status: code, stdout, stderr }));
      });
      expect(requests.length).toBeGreaterThan(0);
      expect(requests.every((r) => /^\/clamav\/(daily|main|bytecode)\.c[vl]d$/.test(r))).toBe(true);
      expect(out.stderr).toContain('the signature mirror could not be used');
      expect(out.status).toBe(0);
      expect(await status('up-b', 'incoming/mirror/eicar.txt')).toBe('THREATS_FOUND');
      // The image's signature folder is only read: the refresh works on a copy.
      expect(fs.readdirSync(db)).toEqual(['rws-test.ndb']);
    } finally {
      server.close();
    }
  }, 60_000);

  test('the consolidation reads the scanner\'s tags unchanged', async () => {
    const db = signatureDatabase(path.join(dir, 'with'));
    expect(run(['up-b', 'incoming/late.csv'], db).status).toBe(0);
    const c = spawnSync('python3', ['-', 'raw', 'hospital-a=up-a', 'lab-b=up-b'], {
      input: IngressScanning.s3ConsolidationScript(), encoding: 'utf8', env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...moto.env }, timeout: 60_000,
    });
    expect(c.stderr).toBe('');
    const text = async (key: string) => (await s3.send(new GetObjectCommand({ Bucket: 'raw', Key: key }))).Body!.transformToString();
    expect(IngressScanning.parseManifest(await text('ingress/MANIFEST.tsv')).map((e) => e.path))
      .toEqual(['hospital-a/cohort.csv', 'hospital-a/images/scan 01.dcm', 'lab-b/late.csv']);
    expect(IngressScanning.parseManifest(await text('ingress/QUARANTINE.tsv')).map((e) => [e.path, e.verdict]).filter(([p]) => !p.startsWith('lab-b/mirror/'))).toEqual([
      ['hospital-a/bundle.zip', IngressVerdict.INFECTED],
      ['hospital-a/eicar.com', IngressVerdict.INFECTED],
      ['hospital-a/secret.zip', IngressVerdict.UNSCANNABLE],
    ]);
  });
});
