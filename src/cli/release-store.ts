import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { PermitStatus } from '../workspaces/permit';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import {
  ReleaseAction, ReleaseAuditEntry, ReleaseCreateProps, ReleaseFile, ReleaseLifecycle, ReleaseMove, ReleaseParticipants, ReleaseRequest, ReleaseStep,
} from '../workspaces/release';

/**
 * The file store of one permit's output release requests (`rws permit release --store DIR`):
 *
 * | path | what | written by |
 * | --- | --- | --- |
 * | `requests/<id>/files/...` | the snapshot (root- or store-owned, read-only) | `rws-release process` in the workspace, or `rws permit release request` |
 * | `requests/<id>/request.json` | requester, justification, files with size and SHA-256 | the same |
 * | `requests/<id>/SHA256SUMS` | the same hashes for `sha256sum -c` | the same |
 * | `state/<id>.json` | the request as recorded (state, approvals, reason) | this store only |
 * | `audit.jsonl` | one hash-chained line per move: who, when, what, why | this store only, append-only |
 * | `.lock` | a folder that exists while one command changes the store | this store |
 *
 * Every change runs under the lock, re-reads the state and the audit (verifying the chain), asks
 * the model (ReleaseLifecycle) whether the move is legal, and appends the audit line before it
 * writes the state: a state change is never without its audit line.
 */
export class ReleaseStore {
  public readonly requestsDir: string;
  public readonly stateDir: string;
  public readonly auditFile: string;
  private readonly lockDir: string;

  constructor(public readonly root: string, public readonly permitId: string, public readonly participants: ReleaseParticipants) {
    this.requestsDir = path.join(root, 'requests');
    this.stateDir = path.join(root, 'state');
    this.auditFile = path.join(root, 'audit.jsonl');
    this.lockDir = path.join(root, '.lock');
  }

  /** The audit log, verified (throws at the first broken line). */
  public audit(): ReleaseAuditEntry[] {
    if (!fs.existsSync(this.auditFile)) return [];
    const lines = fs.readFileSync(this.auditFile, 'utf8').split('\n').filter((l) => l.length > 0);
    const entries = lines.map((l, i) => {
      try {
        return JSON.parse(l) as ReleaseAuditEntry;
      } catch {
        throw new WorkspaceInputError([problem({
          code: 'audit-broken',
          message: 'not a JSON line',
          location: { file: this.auditFile, line: i + 1 },
          fix: 'the release audit log was changed after it was written: restore it from the backup and investigate',
        })]);
      }
    });
    ReleaseLifecycle.verifyAudit(entries, this.auditFile);
    return entries;
  }

  /** Every recorded request, oldest first. */
  public list(): ReleaseRequest[] {
    if (!fs.existsSync(this.stateDir)) return [];
    return fs.readdirSync(this.stateDir).filter((f) => f.endsWith('.json')).map((f) => this.read(f.slice(0, -5)))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  }

  /** One request; a clear error when it does not exist. */
  public get(id: string): ReleaseRequest {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(id) || !fs.existsSync(path.join(this.stateDir, `${id}.json`))) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-request',
        message: `no release request ${id} in ${this.root}`,
        field: 'request',
        value: id,
        fix: 'see the ids with "rws permit release list"',
      })]);
    }
    return this.read(id);
  }

  /** The snapshot folder of a request (what reviewers look at). */
  public filesOf(id: string): string {
    return path.join(this.requestsDir, id, 'files');
  }

  /**
   * Records a new request whose snapshot is already in `requests/<id>/` (create, and submit
   * unless `draft`).
   */
  public async create(props: ReleaseCreateProps, draft: boolean = false): Promise<ReleaseRequest> {
    return this.locked(() => {
      this.checkSnapshot(props.id, props.files);
      if (fs.existsSync(path.join(this.stateDir, `${props.id}.json`))) {
        throw new WorkspaceInputError([problem({ code: 'duplicate-request', message: `request ${props.id} is recorded already`, value: props.id, fix: 'use a new id' })]);
      }
      const audit = this.audit();
      let step = ReleaseLifecycle.create(props, this.participants, lastHash(audit), audit.length + 1);
      this.commit(step);
      if (!draft) {
        const submit = { action: ReleaseAction.SUBMIT, actor: props.requester, at: props.at };
        step = ReleaseLifecycle.apply(step.request, submit, this.participants, step.audit.hash, step.audit.seq + 1);
        this.commit(step);
      }
      return step.request;
    });
  }

  /**
   * Applies a move under the lock. For `release`, `deliver` runs after the model has allowed
   * the move and before it is recorded, still under the lock (so no revoke can slip in between);
   * what it returns is recorded as the destination. When it throws, nothing is recorded.
   */
  public async move(id: string, move: ReleaseMove, deliver?: (request: ReleaseRequest, files: string) => Promise<string>): Promise<ReleaseRequest> {
    return this.locked(async () => {
      const request = this.get(id);
      const audit = this.audit();
      // Ask the model first: an illegal move is refused before anything leaves.
      let step = ReleaseLifecycle.apply(request, move, this.participants, lastHash(audit), audit.length + 1);
      if (move.action === ReleaseAction.RELEASE) {
        if (!deliver) throw new Error('release needs a delivery');
        this.checkSnapshot(id, request.files);
        const where = await deliver(request, this.filesOf(id));
        step = ReleaseLifecycle.apply(request, { ...move, detail: where }, this.participants, lastHash(audit), audit.length + 1);
      }
      this.commit(step);
      return step.request;
    });
  }

  /**
   * Records the requests the workspace's `rws-release` wrote (a `request.json` without a
   * state): each file is hashed again and must match; they enter as DRAFT and are submitted by
   * their requester. Returns the ids adopted and the problems of those that were not.
   */
  public async adopt(): Promise<{ adopted: string[]; refused: string[] }> {
    if (!fs.existsSync(this.requestsDir)) return { adopted: [], refused: [] };
    const pending = fs.readdirSync(this.requestsDir).filter((id) => /^[a-z0-9][a-z0-9-]{0,62}$/.test(id)
      && fs.existsSync(path.join(this.requestsDir, id, 'request.json')) && !fs.existsSync(path.join(this.stateDir, `${id}.json`)));
    const adopted: string[] = [];
    const refused: string[] = [];
    for (const id of pending.sort()) {
      try {
        const r = JSON.parse(fs.readFileSync(path.join(this.requestsDir, id, 'request.json'), 'utf8'));
        if (r.id !== id || r.permitId !== this.permitId) throw new Error(`request.json names request ${r.id} of permit ${r.permitId}`);
        // The workspace exists only while the analysis is active: that is where it was made.
        await this.create({
          id,
          permitId: this.permitId,
          permitStatus: PermitStatus.ANALYSIS_ACTIVE,
          requester: String(r.requester),
          files: (r.files ?? []).map((f: any) => ({ path: String(f.path), size: Number(f.size), sha256: String(f.sha256) })),
          justification: String(r.justification ?? ''),
          at: typeof r.createdAt === 'string' ? r.createdAt : undefined,
        });
        adopted.push(id);
      } catch (e) {
        refused.push(`${id}: ${(e as Error).message}`);
      }
    }
    return { adopted, refused };
  }

  /** The snapshot on disk must be exactly the recorded files, with their sizes and hashes. */
  private checkSnapshot(id: string, files: ReleaseFile[]): void {
    const dir = this.filesOf(id);
    const onDisk = listFiles(dir);
    const want = files.map((f) => f.path).sort();
    const problems: string[] = [];
    if (JSON.stringify(onDisk) !== JSON.stringify(want)) problems.push(`the snapshot holds ${JSON.stringify(onDisk)}, the request lists ${JSON.stringify(want)}`);
    for (const f of files) {
      const p = path.join(dir, f.path);
      const st = fs.lstatSync(p, { throwIfNoEntry: false });
      if (!st || !st.isFile()) continue;
      if (st.size !== f.size || sha256File(p) !== f.sha256) problems.push(`${f.path} differs from its recorded size or SHA-256`);
    }
    if (problems.length) {
      throw new WorkspaceInputError([problem({
        code: 'snapshot-changed',
        message: `the snapshot of request ${id} is not what was requested: ${problems.join('; ')}`,
        location: { file: dir },
        fix: 'nothing may leave from a changed snapshot: investigate, and have the researcher make a new request',
      })]);
    }
  }

  private read(id: string): ReleaseRequest {
    return JSON.parse(fs.readFileSync(path.join(this.stateDir, `${id}.json`), 'utf8'));
  }

  /** Appends the audit line (fsynced), then writes the state (atomically). */
  private commit(step: ReleaseStep): void {
    fs.mkdirSync(this.stateDir, { recursive: true, mode: 0o750 });
    const fd = fs.openSync(this.auditFile, 'a', 0o640);
    try {
      fs.writeSync(fd, `${JSON.stringify(step.audit)}\n`);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const file = path.join(this.stateDir, `${step.request.id}.json`);
    const tmp = `${file}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, `${JSON.stringify(step.request, undefined, 2)}\n`, { mode: 0o640 });
    fs.renameSync(tmp, file);
  }

  /** Runs `fn` holding the store's lock (a folder; a holder that died is detected by its pid). */
  private async locked<T>(fn: () => T | Promise<T>): Promise<T> {
    fs.mkdirSync(this.root, { recursive: true });
    const deadline = Date.now() + 60_000;
    for (;;) {
      try {
        fs.mkdirSync(this.lockDir);
        fs.writeFileSync(path.join(this.lockDir, 'pid'), String(process.pid));
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        const holder = Number(readOr(path.join(this.lockDir, 'pid'), '0'));
        if (holder > 0 && !alive(holder)) {
          fs.rmSync(this.lockDir, { recursive: true, force: true });
          continue;
        }
        if (Date.now() > deadline) throw new Error(`the release store ${this.root} is locked by process ${holder}; try again when it has finished`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    try {
      return await fn();
    } finally {
      fs.rmSync(this.lockDir, { recursive: true, force: true });
    }
  }
}

function lastHash(audit: ReleaseAuditEntry[]): string {
  return audit.length ? audit[audit.length - 1].hash : ReleaseLifecycle.GENESIS_HASH;
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return fallback;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Regular files below a folder, relative, sorted (links and other kinds listed too, so they are noticed). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  walk(dir, '');
  return out.sort();
}

/** SHA-256 of a file, read without following a last link. */
export function sha256File(file: string): string {
  // eslint-disable-next-line no-bitwise
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  try {
    const h = crypto.createHash('sha256');
    // eslint-disable-next-line no-bitwise
    const buf = Buffer.alloc(1 << 20);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      h.update(buf.subarray(0, n));
    }
    return h.digest('hex');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copies files from an outputs folder into a snapshot folder, as `rws-release process` does:
 * plain relative paths only, no symbolic link anywhere in a path, regular files only, opened
 * with O_NOFOLLOW; the copies are made read-only. Returns the files with size and SHA-256.
 */
export function snapshotFiles(outputs: string, rels: string[], dest: string): ReleaseFile[] {
  const refuse = (rel: string, why: string): never => {
    throw new WorkspaceInputError([problem({
      code: 'refused-file',
      message: why,
      field: 'files',
      value: rel,
      location: { file: outputs },
      fix: 'name regular files inside outputs by their relative path; links are never followed',
    })]);
  };
  const realOutputs = fs.realpathSync(outputs);
  const files: ReleaseFile[] = [];
  fs.mkdirSync(dest, { recursive: true, mode: 0o700 });
  for (const given of rels) {
    const rel = given.startsWith(`${realOutputs}/`) ? given.slice(realOutputs.length + 1) : given.startsWith(`${outputs}/`) ? given.slice(outputs.length + 1) : given;
    // eslint-disable-next-line no-control-regex
    if (rel.startsWith('/') || /[\u0000-\u001f\u007f\\]/.test(rel) || rel.split('/').some((c) => c === '' || c === '.' || c === '..')) refuse(given, 'not a plain path inside outputs');
    if (files.some((f) => f.path === rel)) refuse(given, 'listed twice');
    let p = realOutputs;
    for (const c of rel.split('/')) {
      p = path.join(p, c);
      const st = fs.lstatSync(p, { throwIfNoEntry: false });
      if (!st) refuse(given, `${p} does not exist`);
      if (st!.isSymbolicLink()) refuse(given, `${p} is a symbolic link (links are never followed out of outputs)`);
    }
    // eslint-disable-next-line no-bitwise
    const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW | fs.constants.O_NONBLOCK);
    const target = path.join(dest, rel);
    try {
      if (!fs.fstatSync(fd).isFile()) refuse(given, 'not a regular file');
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      // eslint-disable-next-line no-bitwise
      const out = fs.openSync(target, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW, 0o600);
      const h = crypto.createHash('sha256');
      let size = 0;
      try {
        // eslint-disable-next-line no-bitwise
        const buf = Buffer.alloc(1 << 20);
        for (;;) {
          const n = fs.readSync(fd, buf, 0, buf.length, null);
          if (n === 0) break;
          fs.writeSync(out, buf, 0, n);
          h.update(buf.subarray(0, n));
          size += n;
        }
      } finally {
        fs.closeSync(out);
      }
      files.push({ path: rel, size, sha256: h.digest('hex') });
    } finally {
      fs.closeSync(fd);
    }
  }
  return files;
}

/** Makes a snapshot folder read-only: files 0444, folders 0555. */
export function sealSnapshot(dir: string): void {
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) fs.chmodSync(p, 0o444);
    }
    fs.chmodSync(d, 0o555);
  };
  walk(dir);
}

/** Removes a snapshot, sealed or half-made (its sealed folders are made writable first). */
export function removeSnapshot(dir: string): void {
  const open = (d: string) => {
    if (!fs.existsSync(d) || fs.lstatSync(d).isSymbolicLink()) return;
    fs.chmodSync(d, 0o700);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) if (e.isDirectory()) open(path.join(d, e.name));
  };
  open(dir);
  fs.rmSync(dir, { recursive: true, force: true });
}
