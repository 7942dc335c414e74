import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fail } from '../workspaces/private/error';
import { ReleaseRequest } from '../workspaces/release';
import { ReleaseDestination, ReleaseDestinationKind } from '../workspaces/release-destination';

/**
 * Delivery of an approved request's snapshot to the permit's destination, and nowhere else.
 * Every file is read from the snapshot without following links and checked against its
 * recorded SHA-256 on the way out; a request is delivered as a whole under `<destination>/<id>/`
 * with `MANIFEST.json` (request, requester, approvers, files) and `SHA256SUMS`.
 */

/** Environment variables. */
type Env = { readonly [k: string]: string | undefined };

/** The manifest that goes out with the files. */
export function releaseManifest(r: ReleaseRequest): string {
  return `${JSON.stringify({
    requestId: r.id,
    permitId: r.permitId,
    requester: r.requester,
    justification: r.justification,
    approvedBy: r.approvals.map((a) => ({ reviewer: a.reviewer, at: a.at })),
    files: r.files,
  }, undefined, 2)}\n`;
}

function sums(r: ReleaseRequest): string {
  return r.files.map((f) => `${f.sha256}  files/${f.path}\n`).join('');
}

/** Reads one snapshot file (no link followed) and checks it against the record. */
function readChecked(filesDir: string, f: ReleaseRequest['files'][number]): Buffer {
  // eslint-disable-next-line no-bitwise
  const fd = fs.openSync(path.join(filesDir, f.path), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const data = fs.readFileSync(fd);
    if (data.length !== f.size || crypto.createHash('sha256').update(data).digest('hex') !== f.sha256) {
      fail({ code: 'snapshot-changed', message: `${f.path} no longer matches its recorded SHA-256`, value: f.path, location: { file: filesDir }, fix: 'nothing leaves from a changed snapshot: investigate' });
    }
    return data;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Delivers; returns where the files went (`folder:/srv/released/p-001/rq-...`, `s3://...`, `sftp://...`).
 * @param env environment (RWS_S3_ENDPOINT: an S3-compatible endpoint, e.g. a local emulator)
 */
export async function deliver(dest: ReleaseDestination, r: ReleaseRequest, filesDir: string, env: Env): Promise<string> {
  switch (dest.kind) {
    case ReleaseDestinationKind.FOLDER: return deliverToFolder(dest.path!, r, filesDir);
    case ReleaseDestinationKind.BUCKET: return deliverToBucket(dest, r, filesDir, env);
    case ReleaseDestinationKind.SFTP: return deliverBySftp(dest, r, filesDir, env);
    default: return fail({ code: 'invalid-destination', message: 'unknown destination kind', value: dest.kind, fix: 'use folder, bucket or sftp' });
  }
}

function deliverToFolder(root: string, r: ReleaseRequest, filesDir: string): string {
  const st = fs.statSync(root, { throwIfNoEntry: false });
  if (!st || !st.isDirectory()) {
    fail({
      code: 'destination-missing',
      message: `the release folder ${root} does not exist`,
      field: 'release.destination.path',
      value: root,
      fix: 'create it (it is never created for you, so a typo cannot send files elsewhere)',
    });
  }
  const target = path.join(root, r.id);
  if (fs.existsSync(target)) fail({ code: 'already-delivered', message: `${target} exists already`, value: target, fix: 'a request is delivered once; look at what is there' });
  const tmp = path.join(root, `.${r.id}.partial-${process.pid}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  try {
    for (const f of r.files) {
      const data = readChecked(filesDir, f);
      const out = path.join(tmp, 'files', f.path);
      fs.mkdirSync(path.dirname(out), { recursive: true, mode: 0o750 });
      fs.writeFileSync(out, data, { mode: 0o640, flag: 'wx' });
    }
    fs.writeFileSync(path.join(tmp, 'MANIFEST.json'), releaseManifest(r), { mode: 0o640 });
    fs.writeFileSync(path.join(tmp, 'SHA256SUMS'), sums(r), { mode: 0o640 });
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return `folder:${target}`;
}

async function deliverToBucket(dest: ReleaseDestination, r: ReleaseRequest, filesDir: string, env: Env): Promise<string> {
  let s3: typeof import('@aws-sdk/client-s3');
  try {
    // An optional dependency: only hosts that deliver to buckets install it (docs/airlock-transfers.md).
    // eslint-disable-next-line import/no-extraneous-dependencies
    s3 = await import('@aws-sdk/client-s3');
  } catch {
    return fail({
      code: 'missing-package',
      message: 'delivering to a bucket needs the AWS SDK\'s S3 client',
      value: '@aws-sdk/client-s3',
      fix: 'npm install @aws-sdk/client-s3 beside cdk-research-workspaces',
    });
  }
  const endpoint = env.RWS_S3_ENDPOINT;
  const client = new s3.S3Client({
    ...(dest.region ?? env.AWS_REGION ? { region: dest.region ?? env.AWS_REGION } : {}),
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  });
  const base = `${dest.prefix ?? ''}${r.id}/`;
  try {
    try {
      await client.send(new s3.HeadObjectCommand({ Bucket: dest.bucket, Key: `${base}MANIFEST.json` }));
      fail({ code: 'already-delivered', message: `s3://${dest.bucket}/${base}MANIFEST.json exists already`, value: base, fix: 'a request is delivered once; look at what is there' });
    } catch (e) {
      if (!/NotFound|NoSuchKey|404/.test(`${(e as Error).name} ${(e as any).$metadata?.httpStatusCode}`)) throw e;
    }
    for (const f of r.files) {
      const body = readChecked(filesDir, f);
      await client.send(new s3.PutObjectCommand({
        Bucket: dest.bucket,
        Key: `${base}files/${f.path}`,
        Body: body,
        ContentLength: body.length,
        Metadata: { 'sha256': f.sha256, 'release-request': r.id, 'permit': r.permitId },
      }));
    }
    await client.send(new s3.PutObjectCommand({ Bucket: dest.bucket, Key: `${base}SHA256SUMS`, Body: sums(r) }));
    // The manifest goes last: its presence means the delivery is complete.
    await client.send(new s3.PutObjectCommand({ Bucket: dest.bucket, Key: `${base}MANIFEST.json`, Body: releaseManifest(r), ContentType: 'application/json' }));
  } finally {
    client.destroy();
  }
  return `s3://${dest.bucket}/${base}`;
}

function deliverBySftp(dest: ReleaseDestination, r: ReleaseRequest, filesDir: string, env: Env): string {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-release-'));
  try {
    const dirs = new Set<string>();
    const lines: string[] = [];
    const remote = (p: string) => `"${p.replace(/["\\]/g, '')}"`;
    const base = `${dest.path ? `${dest.path.replace(/\/$/, '')}/` : ''}.${r.id}.partial`;
    const mkdirs = (rel: string) => {
      const parts = rel.split('/');
      for (let i = 1; i <= parts.length; i++) {
        const d = parts.slice(0, i).join('/');
        if (!dirs.has(d)) {
          dirs.add(d);
          lines.push(`mkdir ${remote(`${base}/${d}`)}`);
        }
      }
    };
    const final = `${dest.path ? `${dest.path.replace(/\/$/, '')}/` : ''}${r.id}`;
    // The request's folder is made first, empty: when it exists already (an earlier delivery),
    // the batch stops here and nothing is written. It is swapped for the complete upload at the end.
    lines.push(`mkdir ${remote(final)}`);
    lines.push(`mkdir ${remote(base)}`);
    r.files.forEach((f, i) => {
      const local = path.join(stage, String(i));
      fs.writeFileSync(local, readChecked(filesDir, f), { mode: 0o600 });
      mkdirs(path.posix.dirname(`files/${f.path}`));
      lines.push(`put ${remote(local)} ${remote(`${base}/files/${f.path}`)}`);
    });
    fs.writeFileSync(path.join(stage, 'MANIFEST.json'), releaseManifest(r));
    fs.writeFileSync(path.join(stage, 'SHA256SUMS'), sums(r));
    lines.push(`put ${remote(path.join(stage, 'SHA256SUMS'))} ${remote(`${base}/SHA256SUMS`)}`);
    lines.push(`put ${remote(path.join(stage, 'MANIFEST.json'))} ${remote(`${base}/MANIFEST.json`)}`);
    lines.push(`rmdir ${remote(final)}`);
    lines.push(`rename ${remote(base)} ${remote(final)}`);
    // RWS_SFTP_CONFIG: an ssh_config for the drop (IdentityFile, UserKnownHostsFile); options given here come first and win.
    const config = env.RWS_SFTP_CONFIG ? ['-F', env.RWS_SFTP_CONFIG] : [];
    const res = spawnSync('sftp', [...config, '-b', '-', '-P', String(dest.port ?? 22), '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', `${dest.user}@${dest.host}`],
      { input: `${lines.join('\n')}\n`, encoding: 'utf8', timeout: 600_000 });
    if (res.status !== 0) {
      const said = (res.stderr || String(res.error ?? '')).trim().split('\n').slice(-1)[0];
      fail({
        code: 'delivery-failed',
        message: `sftp to ${dest.user}@${dest.host} failed: ${said}`,
        fix: `nothing was recorded; check the host key (known_hosts, RWS_SFTP_CONFIG), the key and the folder, and remove a half-written .${r.id}.partial at the drop`,
      });
    }
    return `sftp://${dest.user}@${dest.host}:${dest.port ?? 22}/${final}`;
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}
