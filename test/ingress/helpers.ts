/**
 * Helpers of the ingress scanner tests: a ClamAV signature database made here (never
 * downloaded), upload volumes with clean and infected files, and the script on disk.
 */
import { execFileSync, spawnSync, SpawnSyncReturns } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { IngressScanning } from '../../src/workspaces/ingress';

/** The EICAR test string, assembled at run time (so this file is not itself a test file). */
export const EICAR = ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR', '-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');

/** Name of the test signature (ClamAV appends `.UNOFFICIAL` to signatures of its own databases). */
export const TEST_SIGNATURE = 'Rws.Test.EICAR.UNOFFICIAL';

/** A temporary folder, removed by the caller with `rmTree`. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `rws-ingress-${prefix}-`));
}

/** Removes a tree, read-only parts included. */
export function rmTree(dir: string): void {
  spawnSync('chmod', ['-R', 'u+w', dir]);
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * A signature database: a body signature (.ndb) for the EICAR string, or (`withEicar` false) an
 * unrelated one, so the scanner runs but would miss the test string.
 */
export function signatureDatabase(dir: string, withEicar = true): string {
  const db = path.join(dir, 'db');
  fs.mkdirSync(db, { recursive: true });
  const body = withEicar ? 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE' : 'rws-never-seen-in-any-test-file-0123456789';
  fs.writeFileSync(path.join(db, 'rws-test.ndb'), `Rws.Test.${withEicar ? 'EICAR' : 'Other'}:0:*:${Buffer.from(body).toString('hex')}\n`);
  return db;
}

/** The script on disk. */
export function writeScript(dir: string): string {
  const p = path.join(dir, 'rws-ingress');
  fs.writeFileSync(p, IngressScanning.consolidationScript(), { mode: 0o755 });
  return p;
}

export interface Upload {
  readonly holder: string;
  readonly rel: string;
  readonly content: Buffer;
}

/** Writes the uploads as the airlock leaves them: files 0200, folders 0300, owned by the holder's uid. */
export function writeUploads(root: string, uploads: Upload[], uid = 20001): Record<string, string> {
  const volumes: Record<string, string> = {};
  for (const u of uploads) {
    const vol = path.join(root, 'uploads', u.holder);
    volumes[u.holder] = vol;
    const file = path.join(vol, 'incoming', u.rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, u.content);
  }
  for (const vol of Object.values(volumes)) {
    execFileSync('chown', ['-R', `${uid}:${uid}`, path.join(vol, 'incoming')]);
    execFileSync('sh', ['-c', 'find "$1" -type f -exec chmod 0200 {} + && find "$1" -type d -exec chmod 0300 {} +', 'sh', path.join(vol, 'incoming')]);
  }
  fs.mkdirSync(path.join(root, 'raw'), { recursive: true });
  return volumes;
}

/** A tar.gz holding one file. */
export function tarGz(dir: string, name: string, content: Buffer): Buffer {
  const work = fs.mkdtempSync(path.join(dir, 'tar-'));
  fs.writeFileSync(path.join(work, name), content);
  execFileSync('tar', ['czf', 'out.tgz', name], { cwd: work });
  return fs.readFileSync(path.join(work, 'out.tgz'));
}

/** A zip holding one file, encrypted with a password when one is given (zip -e). */
export function zip(dir: string, name: string, content: Buffer, password?: string): Buffer {
  const work = fs.mkdtempSync(path.join(dir, 'zip-'));
  fs.writeFileSync(path.join(work, name), content);
  execFileSync('zip', ['-q', ...(password ? ['-P', password] : []), 'out.zip', name], { cwd: work });
  return fs.readFileSync(path.join(work, 'out.zip'));
}

export function sha256(b: Buffer): string {
  return crypto.createHash('sha256').update(b).digest('hex');
}

/** Runs the script with the standalone engine and the test database. */
export function consolidate(
  script: string, root: string, volumes: Record<string, string>, env: Record<string, string> = {},
): SpawnSyncReturns<string> {
  const args = IngressScanning.consolidationArguments(path.join(root, 'raw'), volumes);
  return spawnSync('sh', [script, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH!, RWS_SCANNER: 'clamscan', ...env },
    timeout: 60_000,
  });
}

/** Every file under a folder (relative paths), sorted. */
export function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p); else out.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
