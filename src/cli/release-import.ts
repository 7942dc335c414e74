import * as fs from 'fs';
import * as path from 'path';
import { ReleaseStore, removeSnapshot, sealSnapshot } from './release-store';
import { fail } from '../workspaces/private/error';

/**
 * `rws permit release import --from <source>`: brings the snapshots the workspace's `rws-release`
 * made into the release store, where `adopt()` records them once each file's hash matches its
 * `request.json`. The source is a copy of the request area (a folder: the area itself, or its
 * `requests/` folder, e.g. mounted read-only or taken with `kubectl cp`) or the AWS egress-review
 * bucket's `requests/` prefix (`s3://<bucket>/requests/`, what the workspace's upload service
 * writes).
 *
 * Only plain request folders are taken: ids of the request pattern, regular files only (a link,
 * a device or a fifo refuses the whole request), at most MAX_FILES files and MAX_BYTES bytes. A
 * request already in the store is left alone. Each request is copied into a hidden folder of the
 * store and renamed into `requests/<id>/` only when complete, then sealed read-only.
 */

const ID = /^rq-[0-9]{14}-[0-9a-f]{6}$/;
/** At most this many files per imported request (the workspace command's own limit is 1000). */
const MAX_FILES = 2000;
/** At most this many bytes per imported request. */
const MAX_BYTES = 20 * 1024 ** 3;

/** What an import did. */
export interface ImportResult {
  readonly copied: string[];
  readonly skipped: string[];
  readonly refused: string[];
}

/** A request's files at the source: relative path -> a reader of its bytes. */
type Source = Map<string, { size: number; read: () => Promise<Buffer> }>;

async function place(store: ReleaseStore, id: string, files: Source): Promise<void> {
  if (!files.has('request.json') || !files.has('SHA256SUMS')) fail({ code: 'incomplete-request', message: 'request.json or SHA256SUMS is missing', value: id, fix: 'import the request once the workspace has finished it' });
  if (files.size > MAX_FILES) fail({ code: 'too-many-files', message: `more than ${MAX_FILES} files`, value: files.size, fix: 'split the request' });
  const total = [...files.values()].reduce((a, f) => a + f.size, 0);
  if (total > MAX_BYTES) fail({ code: 'too-large', message: `more than ${MAX_BYTES} bytes`, value: total, fix: 'split the request' });
  const request = JSON.parse((await files.get('request.json')!.read()).toString('utf8'));
  if (request.id !== id || request.permitId !== store.permitId) {
    fail({ code: 'wrong-request', message: `request.json names request ${request.id} of permit ${request.permitId}`, value: id, fix: `import only permit ${store.permitId}'s requests into its store` });
  }
  for (const rel of files.keys()) {
    if (rel !== 'request.json' && rel !== 'SHA256SUMS' && !rel.startsWith('files/')) fail({ code: 'unexpected-file', message: `${rel} is not part of a request`, value: rel, fix: 'import the request area as rws-release wrote it' });
    if (rel.split('/').some((c) => c === '' || c === '.' || c === '..')) fail({ code: 'unexpected-file', message: `${rel} is not a plain path`, value: rel, fix: 'import the request area as rws-release wrote it' });
  }
  fs.mkdirSync(store.requestsDir, { recursive: true });
  const tmp = path.join(store.requestsDir, `.import-${id}-${process.pid}`);
  removeSnapshot(tmp);
  try {
    for (const [rel, f] of files) {
      const out = path.join(tmp, rel);
      fs.mkdirSync(path.dirname(out), { recursive: true, mode: 0o700 });
      fs.writeFileSync(out, await f.read(), { mode: 0o600, flag: 'wx' });
    }
    sealSnapshot(tmp);
    fs.renameSync(tmp, path.join(store.requestsDir, id));
  } catch (e) {
    removeSnapshot(tmp);
    throw e;
  }
}

/** A file's bytes, refusing a link put there after the listing (O_NOFOLLOW). */
function readNoFollow(p: string): Buffer {
  // eslint-disable-next-line no-bitwise
  const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    return fs.readFileSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** The files of a request folder; a link or anything but regular files and folders refuses it. */
function folderFiles(root: string, id: string): Source {
  const out: Source = new Map();
  const walk = (d: string, rel: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const p = path.join(d, e.name);
      const st = fs.lstatSync(p);
      if (st.isDirectory()) walk(p, r);
      else if (st.isFile()) out.set(r, { size: st.size, read: async () => readNoFollow(p) });
      else fail({ code: 'not-a-file', message: `${r} is not a regular file (a link, device or fifo)`, value: `${id}/${r}`, fix: 'nothing is taken from a request that holds anything but files and folders' });
    }
  };
  walk(root, '');
  return out;
}

/** Imports from a folder: the request area or its `requests/` folder. */
export async function importFromFolder(store: ReleaseStore, from: string): Promise<ImportResult> {
  if (!fs.existsSync(from) || !fs.statSync(from).isDirectory()) fail({ code: 'no-source', message: 'not a folder', value: from, fix: 'name the request area (or its requests/ folder)' });
  const dir = fs.existsSync(path.join(from, 'requests')) ? path.join(from, 'requests') : from;
  const result: ImportResult = { copied: [], skipped: [], refused: [] };
  for (const id of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, id);
    if (!ID.test(id)) continue;
    if (!fs.lstatSync(p).isDirectory()) {
      result.refused.push(`${id}: not a folder`);
      continue;
    }
    if (fs.existsSync(path.join(store.requestsDir, id))) {
      result.skipped.push(id);
      continue;
    }
    try {
      await place(store, id, folderFiles(p, id));
      result.copied.push(id);
    } catch (e) {
      result.refused.push(`${id}: ${(e as Error).message}`);
    }
  }
  return result;
}

/** Imports from `s3://bucket/prefix/` (`<prefix><id>/...`), with the AWS SDK's S3 client. */
export async function importFromBucket(store: ReleaseStore, url: string, env: Record<string, string | undefined>): Promise<ImportResult> {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.*)$/.exec(url);
  if (!m) return fail({ code: 'no-source', message: 'not an s3://bucket/prefix/ address', value: url, fix: 'write e.g. s3://permit-p-001-egress-review/requests/' });
  const [, bucket, rawPrefix] = m;
  const prefix = rawPrefix && !rawPrefix.endsWith('/') ? `${rawPrefix}/` : rawPrefix;
  let s3: typeof import('@aws-sdk/client-s3');
  try {
    // An optional dependency (as for delivery to a bucket); require() so that it also loads in tests.
    // eslint-disable-next-line import/no-extraneous-dependencies, @typescript-eslint/no-require-imports
    s3 = require('@aws-sdk/client-s3');
  } catch {
    return fail({ code: 'missing-package', message: 'importing from a bucket needs the AWS SDK\'s S3 client', value: '@aws-sdk/client-s3', fix: 'npm install @aws-sdk/client-s3 beside cdk-research-workspaces' });
  }
  const client = new s3.S3Client({
    ...(env.AWS_REGION ? { region: env.AWS_REGION } : {}),
    ...(env.RWS_S3_ENDPOINT ? { endpoint: env.RWS_S3_ENDPOINT, forcePathStyle: true } : {}),
    // The command's own environment first (the same as the process's when run as rws); else the SDK's chain.
    ...(env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY ? {
      credentials: {
        accessKeyId: env.AWS_ACCESS_KEY_ID,
        secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
        ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
      },
    } : {}),
  });
  const byId = new Map<string, Source>();
  const result: ImportResult = { copied: [], skipped: [], refused: [] };
  try {
    let token: string | undefined;
    do {
      const page = await client.send(new s3.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        const rest = o.Key!.slice(prefix.length);
        const slash = rest.indexOf('/');
        const id = rest.slice(0, slash);
        if (slash < 0 || !ID.test(id)) continue;
        if (!byId.has(id)) byId.set(id, new Map());
        const key = o.Key!;
        byId.get(id)!.set(rest.slice(slash + 1), {
          size: o.Size ?? 0,
          read: async () => {
            const got = await client.send(new s3.GetObjectCommand({ Bucket: bucket, Key: key }));
            return Buffer.from(await got.Body!.transformToByteArray());
          },
        });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    for (const [id, files] of [...byId.entries()].sort()) {
      if (fs.existsSync(path.join(store.requestsDir, id))) {
        result.skipped.push(id);
        continue;
      }
      try {
        await place(store, id, files);
        result.copied.push(id);
      } catch (e) {
        result.refused.push(`${id}: ${(e as Error).message}`);
      }
    }
  } finally {
    client.destroy();
  }
  return result;
}
