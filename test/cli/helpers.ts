import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..', '..');
/** The compiled binary the tests run. */
export const BIN = path.join(ROOT, 'lib', 'cli', 'rws.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (ent.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  return fs.existsSync(BIN) && fs.statSync(BIN).mtimeMs >= newestSource(path.join(ROOT, 'src'));
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Compiles src/ to lib/ when lib/cli/rws.js is missing or older than any source (npm test
 * already compiled with jsii; this is for running the tests directly). Test files run in
 * parallel workers of one jest process: the first one checks (and compiles, under a lock
 * folder), and the others of the same run reuse its result, so lib/ is never rewritten while
 * another test file is running the binary.
 */
export function ensureBuilt(): void {
  const cache = path.join(ROOT, '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const stamp = path.join(cache, `rws-cli-checked.${runId()}`);
  if (fs.existsSync(stamp) && fs.existsSync(BIN)) return;
  const lock = path.join(cache, 'rws-cli-build.lock');
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (e: any) {
      if (e.code !== 'EEXIST') throw e;
      if (Date.now() > deadline) throw new Error(`${lock} is held for 5 minutes; remove it if no build is running`);
      sleep(250);
    }
  }
  try {
    if (fs.existsSync(stamp) && fs.existsSync(BIN)) return;
    for (const f of fs.readdirSync(cache)) {
      const p = path.join(cache, f);
      if (f.startsWith('rws-cli-checked.') && Date.now() - fs.statSync(p).mtimeMs > 86_400_000) fs.rmSync(p, { force: true });
    }
    if (!upToDate()) compile();
    fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
  } finally {
    fs.rmdirSync(lock);
  }
}

/** The jest run this process belongs to: the parent of a worker (pid and start time), or this process. */
function runId(): string {
  const pid = process.env.JEST_WORKER_ID ? process.ppid : process.pid;
  try {
    // Field 22 of /proc/<pid>/stat is the start time: a reused pid is another run.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return `${pid}-${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
  } catch {
    return `${pid}`;
  }
}

function compile(): void {
  let output = '';
  try {
    // Emit even when a file another engineer is editing has a type error: the CLI is what is tested here.
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmitOnError', 'false'],
      { cwd: ROOT, stdio: 'pipe' });
  } catch (e: any) {
    output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
  }
  if (!fs.existsSync(BIN)) throw new Error(`compiling src/ did not produce ${BIN}:\n${output}`);
}

/** What one run of the binary did. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node lib/cli/rws.js ...args` in `cwd` (no TTY, so never colour). Synthesis commands
 * take longer on a loaded machine: give them a larger `timeoutMs`.
 */
export function rws(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeoutMs: number = 60_000): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Runs and parses stdout as JSON, failing with the output when it is not. */
export function rwsJson(args: string[], cwd: string, timeoutMs?: number): { code: number; json: any; stderr: string } {
  const r = rws([...args, '--json'], cwd, {}, timeoutMs);
  try {
    return { code: r.code, json: JSON.parse(r.stdout), stderr: r.stderr };
  } catch {
    throw new Error(`not JSON (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `rws-cli-${prefix}-`));
}

/** Makes an ed25519 (or other) key pair with ssh-keygen; returns the .pub path. */
export function keyPair(dir: string, name: string, type: string = 'ed25519', bits?: number): string {
  const file = path.join(dir, name);
  execFileSync('/usr/bin/ssh-keygen', ['-q', '-t', type, ...(bits ? ['-b', String(bits)] : []), '-N', '', '-C', `${name}@lab`, '-f', file], { stdio: 'pipe' });
  return `${file}.pub`;
}

/** The fingerprint ssh-keygen gives a public key file. */
export function fingerprintOf(pubFile: string): string {
  return execFileSync('/usr/bin/ssh-keygen', ['-lf', pubFile], { encoding: 'utf8' }).split(' ')[1];
}

/** Whether text contains ANSI escape sequences. */
export function hasAnsi(text: string): boolean {
  return text.includes('\u001b[');
}
