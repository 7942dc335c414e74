/**
 * A Debian 12 chroot to run the permit entrypoint in for real.
 *
 * The base tree is the shared user-data rootfs (`test/userdata/helpers/build-rootfs.sh`,
 * debootstrap, cached in `.cache/rootfs-bookworm`), reused as it is; on top of it
 * `build-permit-rootfs.sh` caches a copy with OpenSSH and squid (`.cache/permit-rootfs-bookworm`).
 * Each sandbox is an overlay over that tree (a copy when overlayfs is unavailable), so a test
 * never changes the cache.
 *
 * Needs Linux, root and (for the first build) debootstrap and the Debian mirror. When they are
 * missing a local run warns loudly and the caller skips; under CI=true it is a failure.
 */
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { hasTool } from '../../helpers/tools';

const REPO = path.resolve(__dirname, '../../..');
const BASE = path.join(REPO, '.cache', 'rootfs-bookworm');
const PERMIT = path.join(REPO, '.cache', 'permit-rootfs-bookworm');

function loud(why: string): void {
  // eslint-disable-next-line no-console
  console.warn(`\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! SKIPPED CHECK: ${why}\n!! The permit entrypoint was NOT run in a Debian chroot.\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`);
}

let cached: string | undefined | null = null;

/** Forgets what `permitRootfs()` found (tests of the skip path). */
export function resetRootfsCache(): void {
  cached = null;
}

/**
 * The cached permit rootfs, built when missing; undefined (after a loud warning) when this
 * machine cannot run chroots. Throws under CI=true instead of returning undefined.
 */
export function permitRootfs(): string | undefined {
  if (cached !== null) return cached;
  const why = os.platform() !== 'linux' ? 'not Linux'
    : process.getuid?.() !== 0 ? 'not running as root (chroot and mount need it)'
      : !fs.existsSync(path.join(PERMIT, '.rws-permit-rootfs-complete')) && !hasTool('debootstrap') ? 'debootstrap is not installed' : undefined;
  if (why) {
    if (process.env.CI === 'true') throw new Error(`CI=true and the chroot tests cannot run: ${why}`);
    loud(why);
    cached = undefined;
    return undefined;
  }
  const r = spawnSync('bash', [path.join(__dirname, 'build-permit-rootfs.sh'), BASE, PERMIT], { encoding: 'utf8', timeout: 900_000 });
  if (r.status !== 0) {
    const msg = `building the Debian rootfs failed (exit ${r.status}): ${r.stderr || r.error}`;
    if (process.env.CI === 'true') throw new Error(msg);
    loud(msg);
    cached = undefined;
    return undefined;
  }
  cached = PERMIT;
  return PERMIT;
}

/** Result of a command in the sandbox. */
export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A throw-away root filesystem over the cached tree. */
export class Sandbox {
  /** Creates a sandbox over `lower`. */
  public static create(lower: string): Sandbox {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permit-chroot-'));
    const root = path.join(dir, 'root');
    for (const d of ['upper', 'work', 'root']) fs.mkdirSync(path.join(dir, d));
    const overlay = spawnSync('mount', ['-t', 'overlay', 'overlay', '-o', `lowerdir=${lower},upperdir=${dir}/upper,workdir=${dir}/work`, root], { encoding: 'utf8' });
    let mounted = overlay.status === 0;
    if (!mounted) {
      const copy = spawnSync('cp', ['-a', `${lower}/.`, root], { encoding: 'utf8' });
      if (copy.status !== 0) throw new Error(`cannot copy the rootfs: ${copy.stderr}`);
    }
    const proc = spawnSync('mount', ['-t', 'proc', 'proc', path.join(root, 'proc')], { encoding: 'utf8' });
    if (proc.status !== 0) throw new Error(`cannot mount /proc in the sandbox: ${proc.stderr}`);
    return new Sandbox(dir, root, mounted);
  }

  private readonly children: ChildProcess[] = [];

  private constructor(private readonly dir: string, public readonly root: string, private readonly overlay: boolean) {}

  /** A path inside the sandbox, as seen from outside. */
  public path(p: string): string {
    return path.join(this.root, p);
  }

  /** Writes a file inside the sandbox. */
  public write(p: string, content: string, mode = 0o644): void {
    fs.mkdirSync(path.dirname(this.path(p)), { recursive: true });
    fs.writeFileSync(this.path(p), content, { mode });
    fs.chmodSync(this.path(p), mode);
  }

  /** Reads a file inside the sandbox. */
  public read(p: string): string {
    return fs.readFileSync(this.path(p), 'utf8');
  }

  /** Whether a path exists inside the sandbox (without following a final symlink). */
  public exists(p: string): boolean {
    try {
      fs.lstatSync(this.path(p));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Runs a command inside the chroot with exactly `env` (plus PATH). Values travel as argv
   * of `env`, never through a shell.
   */
  public run(cmd: string[], env: Record<string, string> = {}, input?: string, wrapper: string[] = []): RunResult {
    const [exe, ...args] = [...wrapper, 'chroot', ...this.chrootArgs(cmd, env)];
    const r = spawnSync(exe, args, { encoding: 'utf8', input, timeout: 120_000 });
    if (r.error) throw r.error;
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /**
   * Starts a long-running command inside the chroot (with exactly `env`, under an optional
   * wrapper such as setpriv); stopped by `destroy()`.
   */
  public start(cmd: string[], env: Record<string, string> = {}, wrapper: string[] = []): ChildProcess & { output: () => string } {
    const [exe, ...args] = [...wrapper, 'chroot', ...this.chrootArgs(cmd, env)];
    const p = spawn(exe, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout?.on('data', (d) => { out += String(d); });
    p.stderr?.on('data', (d) => { out += String(d); });
    this.children.push(p);
    return Object.assign(p, { output: () => out });
  }

  private chrootArgs(cmd: string[], env: Record<string, string>): string[] {
    return [this.root, '/usr/bin/env', '-i', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...cmd];
  }

  /** Stops what `start` started, unmounts and removes the sandbox. */
  public async destroy(): Promise<void> {
    for (const c of this.children) {
      if (c.exitCode === null && c.pid) {
        c.kill('SIGTERM');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => { c.kill('SIGKILL'); resolve(); }, 3000);
          c.once('exit', () => { clearTimeout(timer); resolve(); });
        });
      }
    }
    spawnSync('umount', [path.join(this.root, 'proc')]);
    if (this.overlay) spawnSync('umount', [this.root]);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Waits until something listens on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
