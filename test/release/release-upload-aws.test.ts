/**
 * The AWS analysis workspace's release boot part, executed: in a Debian 12 chroot it installs
 * rws-release, the upload service and the units, and sets up the area; a researcher asks for a
 * release and the release service snapshots it. Then the installed upload service runs (as root,
 * the real AWS CLI, moto credentials in place of the instance role, the bucket, key and region
 * from a stand-in metadata service) against moto_server, and the test reads back through the
 * SDK what it wrote. The test writes no object: the bucket and key are made empty, and every
 * object read back was put there by the service.
 *
 * Controls removed in turn: the marker (a second run uploads again), the encryption flags (the
 * objects are not SSE-KMS), the local check against SHA256SUMS (a snapshot changed after it was
 * taken reaches the bucket).
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import {
  CreateBucketCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, ListObjectVersionsCommand, PutBucketVersioningCommand, S3Client,
} from '@aws-sdk/client-s3';
import { ReleaseCommand } from '../../src';
import { analysisReleasePart, imdsGuardPart, RELEASE_BUCKET_TAG, RELEASE_KEY_TAG, UPLOAD_PATH, UPLOADED_DIR } from '../../src/constructs/aws/private/permit-release';
import { clientConfig, motoJsonCall, MotoServer, startMoto } from '../helpers/moto';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';
import { freePort, permitRootfs, Sandbox, waitForPort } from '../permit/helpers/chroot';

const ALICE = 5001;
const BUCKET = 'permit-p-001-egress-review-test';
const REGION = 'us-east-1';

/** A stand-in for IMDSv2 with instance tags: the bucket and key names come from files, read per request. */
const FAKE_IMDS = `
import http.server, sys
TOKEN = "fake-imds-token-awsrel"
PORT, DIR = int(sys.argv[1]), sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def reply(self, code, body=b""):
        self.send_response(code); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def do_PUT(self):
        self.reply(200, TOKEN.encode()) if self.path == "/latest/api/token" else self.reply(400)
    def do_GET(self):
        if self.headers.get("X-aws-ec2-metadata-token") != TOKEN: return self.reply(401)
        files = {"/latest/meta-data/tags/instance/${RELEASE_BUCKET_TAG}": "bucket", "/latest/meta-data/tags/instance/${RELEASE_KEY_TAG}": "key", "/latest/meta-data/placement/region": "region"}
        if self.path not in files: return self.reply(404)
        self.reply(200, open(DIR + "/" + files[self.path], "rb").read())
    def log_message(self, *a): pass
http.server.HTTPServer(("127.0.0.1", PORT), H).serve_forever()
`;

let box: Sandbox | undefined;
let moto: MotoServer | undefined;
let imds: ChildProcess | undefined;
let imdsUrl = '';
let s3: S3Client;
let keyArn = '';
let work = '';
const requestIds: string[] = [];

/** Alice asks for files; the release service snapshots them; returns the new request id. */
function request(files: string[], why: string): string {
  const token = box!.run(['setpriv', `--reuid=${ALICE}`, `--regid=${ALICE}`, '--init-groups', 'rws-release', 'request', '-m', why, ...files]);
  expect(token.stderr).toBe('');
  const before = new Set(fs.readdirSync(box!.path('/data/release/requests')));
  const p = box!.run([ReleaseCommand.INSTALL_PATH, 'process']);
  expect(p.status).toBe(0);
  const ids = fs.readdirSync(box!.path('/data/release/requests')).filter((x) => !before.has(x));
  expect(ids).toHaveLength(1);
  return ids[0];
}

/**
 * Runs the upload service as installed in the chroot, on this machine (where the AWS CLI is),
 * with its folders pointed into the chroot, `mutate` applied to its text first. The `aws` on its
 * PATH is the real CLI with `--debug`, logging what it sends.
 */
function upload(opts: { mutate?: (s: string) => string; done?: string } = {}): { status: number; stderr: string; wire: string } {
  const installed = box!.read(UPLOAD_PATH);
  const area = box!.path('/data/release');
  const done = opts.done ?? box!.path(UPLOADED_DIR);
  let script = installed.replace("AREA='/data/release'", `AREA='${area}'`).replace(`DONE='${UPLOADED_DIR}'`, `DONE='${done}'`);
  expect(script).not.toBe(installed);
  script = opts.mutate ? opts.mutate(script) : script;
  const file = path.join(work, `upload-${crypto.randomBytes(4).toString('hex')}.sh`);
  fs.writeFileSync(file, script, { mode: 0o700 });
  const bin = path.join(work, 'bin');
  const wire = path.join(work, `wire-${crypto.randomBytes(4).toString('hex')}.log`);
  fs.mkdirSync(bin, { recursive: true });
  const real = spawnSync('bash', ['-c', 'command -v aws'], { encoding: 'utf8' }).stdout.trim();
  fs.writeFileSync(path.join(bin, 'aws'), `#!/bin/sh\nexec '${real}' --debug "$@" 2>>'${wire}'\n`, { mode: 0o755 });
  const env: Record<string, string> = {
    PATH: `${bin}:${process.env.PATH}`,
    HOME: process.env.HOME ?? '/root',
    RWS_IMDS_URL: imdsUrl,
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_ENDPOINT_URL: moto!.endpoint,
    AWS_CONFIG_FILE: '/dev/null',
    AWS_SHARED_CREDENTIALS_FILE: '/dev/null',
  };
  for (const k of ['PYENV_ROOT', 'PYENV_VERSION']) if (process.env[k]) env[k] = process.env[k]!;
  const r = spawnSync('bash', [file], { encoding: 'utf8', env, timeout: 120_000 });
  return { status: r.status ?? -1, stderr: r.stderr, wire: fs.existsSync(wire) ? fs.readFileSync(wire, 'utf8') : '' };
}

async function keysUnder(prefix: string): Promise<string[]> {
  const r = await s3.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
  return (r.Contents ?? []).map((o) => o.Key!).sort();
}
async function versionCount(): Promise<number> {
  const r = await s3.send(new ListObjectVersionsCommand({ Bucket: BUCKET }));
  return (r.Versions ?? []).length;
}
async function body(key: string): Promise<Buffer> {
  const r = await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
  return Buffer.from(await r.Body!.transformToByteArray());
}

beforeAll(async () => {
  if (!requireTool('moto_server', 'the egress-review bucket') || !requireTool('aws', 'the upload service\'s AWS CLI')) return;
  const rootfs = permitRootfs();
  if (!rootfs) return;
  work = tempDir('rws-awsrel-upload-');
  box = Sandbox.create(rootfs);
  // The boot part as the workspace gets it, with systemctl recording its calls (no systemd in a chroot).
  box.write('/usr/local/sbin/systemctl', '#!/bin/sh\nprintf "%s\\n" "$*" >>/var/log/systemctl.log\n', 0o755);
  box.write('/var/lib/cloud/part.sh', analysisReleasePart('p-001').content, 0o700);
  const boot = box.run(['/bin/sh', '/var/lib/cloud/part.sh']);
  expect(boot.stderr).toBe('');
  expect(boot.status).toBe(0);
  const setup = box.run(['/bin/bash', '-c', [
    'set -e',
    `useradd -m -u ${ALICE} -U alice`,
    `install -d -o ${ALICE} -g ${ALICE} -m 0755 /data/outputs /data/outputs/figures`,
    'printf \'group,n\\na,12\\nb,40\\n\' >/data/outputs/table2.csv',
    'head -c 3000 /dev/urandom >/data/outputs/figures/fig1.png',
    `chown ${ALICE}:${ALICE} /data/outputs/table2.csv /data/outputs/figures/fig1.png`,
  ].join('\n')]);
  expect(setup.stderr).toBe('');

  moto = await startMoto();
  s3 = new S3Client(clientConfig(moto));
  keyArn = (await motoJsonCall(moto, 'kms', 'TrentService.CreateKey', { Description: 'permit p-001 data key (test)' })).KeyMetadata.Arn;
  const imdsDir = path.join(work, 'imds');
  fs.mkdirSync(imdsDir);
  fs.writeFileSync(path.join(imdsDir, 'bucket'), BUCKET);
  fs.writeFileSync(path.join(imdsDir, 'key'), keyArn);
  fs.writeFileSync(path.join(imdsDir, 'region'), REGION);
  fs.writeFileSync(path.join(work, 'imds.py'), FAKE_IMDS);
  const port = await freePort();
  imds = spawn('/usr/bin/python3', [path.join(work, 'imds.py'), String(port), imdsDir], { stdio: 'ignore' });
  await waitForPort(port);
  imdsUrl = `http://127.0.0.1:${port}`;

  requestIds.push(request(['table2.csv', 'figures/fig1.png'], 'Table 2 and Figure 1 of the manuscript'));
}, 900_000);

afterAll(async () => {
  imds?.kill('SIGTERM');
  await moto?.stop();
  await box?.destroy();
  cleanTempDirs();
});

const ready = () => box !== undefined && moto !== undefined;

test('the boot part installs rws-release, the upload service and the units (systemd-analyze verify), and sets up the area and spool', () => {
  if (!ready()) return;
  const mode = (p: string) => box!.run(['stat', '-c', '%a %U:%G', p]).stdout.trim();
  expect(mode(ReleaseCommand.INSTALL_PATH)).toBe('755 root:root');
  expect(mode(UPLOAD_PATH)).toBe('700 root:root');
  expect(mode('/data/release/spool')).toBe('1733 root:root');
  expect(mode('/data/release/requests')).toBe('755 root:root');
  expect(mode(UPLOADED_DIR)).toBe('700 root:root');
  // The spool is on the area's file system: rws-release takes entries with a rename, never a copy.
  const [a, b] = box!.run(['stat', '-c', '%d', '/data/release', '/data/release/spool']).stdout.trim().split('\n');
  expect(a).toBe(b);
  expect(box!.read('/var/log/systemctl.log').split('\n')).toEqual(['daemon-reload', 'enable --now rws-release.path rws-release-upload.path rws-release-upload.timer', '']);
  // The guard's boothook on this image without nftables: its files are written, then it fails loudly.
  box!.write('/var/lib/cloud/boothook.sh', imdsGuardPart().content, 0o700);
  const guard = box!.run(['/bin/sh', '/var/lib/cloud/boothook.sh']);
  expect([guard.status, guard.stderr]).toEqual([1, expect.stringMatching(/^rws-imds-guard: nft \(package nftables\) is not on this image/)]);
  // systemd's own check of every unit (dependencies, executables).
  const verify = box!.run(['/bin/sh', '-c', 'cd /etc/systemd/system && SYSTEMD_LOG_LEVEL=notice /usr/bin/systemd-analyze verify '
    + 'rws-imds-guard.service rws-release.path rws-release.service rws-release-upload.service rws-release-upload.path rws-release-upload.timer']);
  expect(`${verify.status} ${verify.stdout}${verify.stderr}`).toBe('0 ');
  const snapshot = JSON.parse(box!.read(`/data/release/requests/${requestIds[0]}/request.json`));
  expect(snapshot).toMatchObject({ permitId: 'p-001', requester: 'alice', requesterUid: ALICE });
});

test('a request reaches requests/<id>/ once: files, SHA256SUMS, request.json; SSE-KMS with the permit key; SHA-256 sent for S3 to check', async () => {
  if (!ready()) return;
  const id = requestIds[0];
  // The bucket does not exist yet: the service fails, records nothing, and the next run retries.
  const early = upload();
  expect(early.status).not.toBe(0);
  expect(early.stderr).toMatch(new RegExp(`${id}: upload of files/\\S+ failed`));
  expect(box!.exists(`${UPLOADED_DIR}/${id}`)).toBe(false);
  await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
  // Versioned, like the permit's egress-review bucket: every upload is a version to count.
  await s3.send(new PutBucketVersioningCommand({ Bucket: BUCKET, VersioningConfiguration: { Status: 'Enabled' } }));

  const first = upload();
  expect(first.stderr).toContain(`${id}: uploaded to s3://${BUCKET}/requests/${id}/`);
  expect(first.status).toBe(0);
  expect(box!.exists(`${UPLOADED_DIR}/${id}`)).toBe(true);
  expect(await keysUnder('')).toEqual([`requests/${id}/SHA256SUMS`, `requests/${id}/files/figures/fig1.png`, `requests/${id}/files/table2.csv`, `requests/${id}/request.json`]);
  const snapshot = box!.path(`/data/release/requests/${id}`);
  for (const rel of ['files/table2.csv', 'files/figures/fig1.png', 'SHA256SUMS', 'request.json']) {
    const want = fs.readFileSync(path.join(snapshot, rel));
    expect((await body(`requests/${id}/${rel}`)).equals(want)).toBe(true);
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `requests/${id}/${rel}` }));
    expect([head.ServerSideEncryption, head.SSEKMSKeyId]).toEqual(['aws:kms', keyArn]);
    // moto does not verify checksums: the test reads what the CLI sent (its own debug log).
    const b64 = crypto.createHash('sha256').update(want).digest('base64');
    expect(first.wire).toContain(`x-amz-checksum-sha256:${b64}`);
  }
  // request.json last: its presence means the request is complete.
  const order = [...first.wire.matchAll(/PUT \/[^ ]*?(requests\/[^ ?]+)/g)].map((m) => m[1]);
  expect(order[order.length - 1]).toBe(`requests/${id}/request.json`);
  expect((await body(`requests/${id}/SHA256SUMS`)).toString()).toMatch(/^[0-9a-f]{64} {2}files\/table2\.csv$/m);

  // Exactly once: the next runs (the path unit, the timer) upload nothing more.
  const versions = await versionCount();
  const again = upload();
  expect(again.status).toBe(0);
  expect(again.wire).not.toMatch(/PutObject/);
  expect(await versionCount()).toBe(versions);
}, 120_000);

test('a snapshot that changed after it was taken, or a folder that is not root\'s, is not uploaded', async () => {
  if (!ready()) return;
  const id = request(['table2.csv', 'figures/fig1.png'], 'a second look');
  requestIds.push(id);
  // Root on the workspace (or a disk fault) changes a file after the snapshot: SHA256SUMS no longer matches.
  box!.run(['/bin/sh', '-c', `chmod u+w /data/release/requests/${id}/files/figures && chmod u+w /data/release/requests/${id}/files/figures/fig1.png && printf x >>/data/release/requests/${id}/files/figures/fig1.png`]);
  // A folder with a request's name that a researcher made (if one ever could write there).
  const forged = 'rq-20260105100000-ffffff';
  box!.run(['/bin/sh', '-c', `install -d -o ${ALICE} /data/release/requests/${forged} && install -d -o ${ALICE} /data/release/requests/${forged}/files && echo x >/data/release/requests/${forged}/files/a && echo '{}' >/data/release/requests/${forged}/request.json && touch /data/release/requests/${forged}/SHA256SUMS`]);
  const r = upload();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain(`${id}: the files do not match SHA256SUMS: skipped`);
  expect(r.stderr).toContain(`${forged}: not a folder of root's: skipped`);
  expect(await keysUnder(`requests/${id}/`)).toEqual([]);
  expect(await keysUnder(`requests/${forged}/`)).toEqual([]);
  expect(box!.exists(`${UPLOADED_DIR}/${id}`)).toBe(false);
  box!.run(['rm', '-rf', `/data/release/requests/${forged}`]);
}, 120_000);

describe('controls removed', () => {
  test('without the marker check every run uploads the request again', async () => {
    if (!ready()) return;
    const mutate = (s: string) => s.replace('[ -e "$DONE/$id" ] || todo+=("$id")', 'todo+=("$id")');
    expect(mutate('[ -e "$DONE/$id" ] || todo+=("$id")')).not.toContain('$DONE');
    const before = await versionCount();
    upload({ mutate });
    expect(await versionCount()).toBeGreaterThanOrEqual(before + 4);
  }, 120_000);

  test('without the encryption flags the objects are not encrypted with the permit key', async () => {
    if (!ready()) return;
    const id = requestIds[0];
    const mutate = (s: string) => s.replace(' --server-side-encryption aws:kms --ssekms-key-id "$KEY"', '');
    upload({ mutate, done: tempDir('rws-awsrel-done-') });
    const head = await s3.send(new HeadObjectCommand({ Bucket: BUCKET, Key: `requests/${id}/request.json` }));
    expect(head.SSEKMSKeyId).not.toBe(keyArn);
  }, 120_000);

  test('without the check against SHA256SUMS the changed snapshot reaches the bucket', async () => {
    if (!ready()) return;
    const id = requestIds[1];
    const mutate = (s: string) => s.replace(/^ {2}\(cd "\$dir" && sha256sum .*$/m, '');
    upload({ mutate, done: tempDir('rws-awsrel-done-') });
    expect(await keysUnder(`requests/${id}/`)).not.toEqual([]);
  }, 120_000);
});
