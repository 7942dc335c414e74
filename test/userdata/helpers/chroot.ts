/**
 * A Debian 12 root filesystem for running generated provisioning for real.
 *
 * The tree is built once with debootstrap into `.cache/rootfs-bookworm` (build-rootfs.sh: a
 * flock serialises parallel jest workers, a half-built tree is never used) and copied with
 * `cp -a` into a fresh folder per scenario, so scenarios never see each other's changes. Each
 * copy gets /proc mounted (its /dev is its own: debootstrap's device nodes, never a bind mount
 * of the host's), the host's resolv.conf (apt reaches Debian's mirror),
 * a policy-rc.d that keeps packages from starting daemons, a systemctl stub that records calls
 * and the fake cloud commands (fake-cloud.sh). `destroy()` unmounts and only then deletes,
 * and refuses to delete while anything is still mounted below the tree.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '..', '..', '..');
export const CACHE_DIR = path.join(REPO, '.cache');
export const ROOTFS = path.join(CACHE_DIR, 'rootfs-bookworm');
const HELPERS = __dirname;

/** The Debian mirror this machine's apt uses (so the chroot uses the same one). */
export function debianMirror(): string {
  const candidates = ['/etc/apt/sources.list.d/debian.sources', '/etc/apt/sources.list'];
  for (const f of candidates) {
    if (!fs.existsSync(f)) continue;
    const text = fs.readFileSync(f, 'utf8');
    const deb822 = /^URIs:\s*(\S+)/m.exec(text);
    if (deb822 && !/security/.test(deb822[1])) return deb822[1].replace(/\/$/, '');
    const oneLine = /^deb\s+(?:\[[^\]]*\]\s+)?(\S+)\s+bookworm\s/m.exec(text);
    if (oneLine) return oneLine[1].replace(/\/$/, '');
  }
  return 'http://deb.debian.org/debian';
}

/**
 * Builds the cached root filesystem when missing (or waits for the worker that builds it);
 * returns its path and the build time in seconds (0 when it was cached).
 */
export function ensureRootfs(): { dir: string; buildSeconds: number } {
  if (fs.existsSync(path.join(ROOTFS, '.rws-rootfs-complete'))) return { dir: ROOTFS, buildSeconds: 0 };
  const out = execFileSync('bash', [path.join(HELPERS, 'build-rootfs.sh'), ROOTFS, debianMirror()], { stdio: ['ignore', 'pipe', 'inherit'], timeout: 1_800_000, encoding: 'utf8' });
  const m = /built in (\d+) s/.exec(out);
  if (m) {
    // eslint-disable-next-line no-console
    console.log(`built the Debian 12 root filesystem with debootstrap in ${m[1]} s (${ROOTFS}); later runs reuse it`);
  }
  return { dir: ROOTFS, buildSeconds: m ? Number(m[1]) : 0 };
}

/** Mount points at or below a folder, deepest first. */
function mountsBelow(dir: string): string[] {
  const lines = fs.readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
  const out: string[] = [];
  for (const l of lines) {
    const mp = l.split(' ')[4];
    if (mp && (mp === dir || mp.startsWith(dir + '/'))) out.push(mp.replace(/\\040/g, ' '));
  }
  return out.sort((a, b) => b.length - a.length);
}

const live = new Set<TestChroot>();
process.on('exit', () => {
  for (const c of live) c.unmountAll();
});

/** Result of a command run inside the chroot. */
export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment that replaces every cloud-only command with a logger (and gives the region the instance metadata would). */
export const FAKE_CLOUD_ENV: Record<string, string> = {
  RWS_REGION: 'eu-west-1',
  RWS_MOUNT_CMD: '/usr/local/bin/fake-mount',
  RWS_FETCH_CMD: '/usr/local/bin/fake-fetch',
  RWS_SECRET_CMD: '/usr/local/bin/fake-secret',
  RWS_NETINSTALL_CMD: '/usr/local/bin/fake-netinstall',
  RWS_POWEROFF_CMD: '/usr/local/bin/fake-poweroff',
};

/** A private copy of the root filesystem with /proc mounted (its /dev is its own). */
export class TestChroot {
  /**
   * Copies the cached tree to a new folder under .cache/chroots (or under `baseDir`, e.g. a
   * tmpfs the benchmark mounted) and prepares it.
   */
  public static create(label: string, baseDir?: string): TestChroot {
    const { dir } = ensureRootfs();
    const base = baseDir ?? path.join(CACHE_DIR, 'chroots');
    fs.mkdirSync(base, { recursive: true });
    const root = fs.mkdtempSync(path.join(base, `${label}-`));
    execFileSync('cp', ['-a', `${dir}/.`, root]);
    const c = new TestChroot(root);
    live.add(c);
    c.prepare();
    return c;
  }

  private constructor(public readonly root: string) {}

  /** Path on the host of a path inside the chroot. */
  public host(p: string): string {
    return path.join(this.root, p);
  }

  /** Writes a file inside the chroot. */
  public write(p: string, content: string | Buffer, mode = 0o644): void {
    fs.mkdirSync(path.dirname(this.host(p)), { recursive: true });
    fs.writeFileSync(this.host(p), content);
    fs.chmodSync(this.host(p), mode);
  }

  /** Reads a file inside the chroot. */
  public read(p: string): string {
    return fs.readFileSync(this.host(p), 'utf8');
  }

  /** Whether a path exists inside the chroot (without following a last symlink). */
  public exists(p: string): boolean {
    try {
      fs.lstatSync(this.host(p));
      return true;
    } catch {
      return false;
    }
  }

  /** Owner, group and permission bits (octal, with setgid/sticky) of a path inside the chroot. */
  public stat(p: string): { uid: number; gid: number; mode: string; isDir: boolean } {
    const s = fs.lstatSync(this.host(p));
    // eslint-disable-next-line no-bitwise
    return { uid: s.uid, gid: s.gid, mode: (s.mode & 0o7777).toString(8).padStart(4, '0'), isDir: s.isDirectory() };
  }

  /** Runs a bash script file inside the chroot with a clean environment plus `env`. */
  public runScript(scriptPath: string, env: Record<string, string> = {}, timeoutMs = 900_000): RunResult {
    const vars = Object.entries({ PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8', ...env })
      .map(([k, v]) => `${k}=${v}`);
    const r = spawnSync('chroot', [this.root, '/usr/bin/env', '-i', ...vars, '/bin/bash', scriptPath], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
    if (r.error) throw r.error;
    return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  }

  /** Runs a shell command inside the chroot and returns its stdout; throws when it fails. */
  public sh(command: string, env: Record<string, string> = {}): string {
    const file = `/tmp/rws-test-${process.pid}-${Math.random().toString(36).slice(2)}.sh`;
    this.write(file, `set -euo pipefail\n${command}\n`);
    const r = this.runScript(file, env, 600_000);
    fs.rmSync(this.host(file), { force: true });
    if (r.status !== 0) throw new Error(`chroot command failed (${r.status}): ${command}\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  }

  /** /etc/passwd as records by name. */
  public passwd(): Map<string, { uid: number; gid: number; home: string; shell: string }> {
    const m = new Map<string, { uid: number; gid: number; home: string; shell: string }>();
    for (const l of this.read('/etc/passwd').split('\n').filter((x) => x)) {
      const f = l.split(':');
      m.set(f[0], { uid: Number(f[2]), gid: Number(f[3]), home: f[5], shell: f[6] });
    }
    return m;
  }

  /** /etc/group as records by name. */
  public groups(): Map<string, { gid: number; members: string[] }> {
    const m = new Map<string, { gid: number; members: string[] }>();
    for (const l of this.read('/etc/group').split('\n').filter((x) => x)) {
      const f = l.split(':');
      m.set(f[0], { gid: Number(f[2]), members: f[3] ? f[3].split(',').sort() : [] });
    }
    return m;
  }

  /**
   * A manifest of the machine's state that provisioning controls: accounts, shadow entries of
   * the given users, and owner/mode/content hash of every file under the given paths.
   */
  public manifest(paths: string[]): string {
    const script = [
      'cat /etc/passwd /etc/group /etc/gshadow',
      'cut -d: -f1,2 /etc/shadow',
      ...paths.map((p) => `[ ! -e ${JSON.stringify(p)} ] || find ${JSON.stringify(p)} -xdev -printf '%p %U:%G %m %y %s\\n' | LC_ALL=C sort`),
      ...paths.map((p) => `[ ! -e ${JSON.stringify(p)} ] || find ${JSON.stringify(p)} -xdev -type f -exec sha256sum {} + | LC_ALL=C sort -k2`),
    ].join('\n');
    return this.sh(script);
  }

  /** Unmounts everything below the tree (lazily when busy). */
  public unmountAll(): void {
    for (const mp of mountsBelow(this.root)) {
      if (spawnSync('umount', [mp]).status !== 0) spawnSync('umount', ['-l', mp]);
    }
  }

  /** Unmounts and deletes the copy. Refuses to delete while something is still mounted below it. */
  public destroy(): void {
    this.unmountAll();
    const left = mountsBelow(this.root);
    if (left.length) throw new Error(`not deleting ${this.root}: still mounted: ${left.join(', ')}`);
    execFileSync('rm', ['-rf', '--one-file-system', this.root]);
    live.delete(this);
  }

  private prepare(): void {
    // /proc is mounted; /dev is NOT bind-mounted from the host: debootstrap made the device nodes
    // a script needs (null, zero, urandom, tty, the /dev/fd link), so nothing a test deletes in
    // the chroot can reach the host's /dev.
    execFileSync('mount', ['-t', 'proc', 'proc', this.host('/proc')]);
    for (const [name, major, minor] of [['null', 1, 3], ['zero', 1, 5], ['full', 1, 7], ['random', 1, 8], ['urandom', 1, 9], ['tty', 5, 0]] as const) {
      if (!fs.existsSync(this.host(`/dev/${name}`))) execFileSync('mknod', ['-m', '666', this.host(`/dev/${name}`), 'c', String(major), String(minor)]);
    }
    if (!fs.existsSync(this.host('/dev/fd'))) fs.symlinkSync('/proc/self/fd', this.host('/dev/fd'));
    fs.copyFileSync('/etc/resolv.conf', this.host('/etc/resolv.conf'));
    this.write('/usr/sbin/policy-rc.d', '#!/bin/sh\n# tests: packages must not start daemons in the chroot\nexit 101\n', 0o755);
    this.write('/usr/local/bin/systemctl', fs.readFileSync(path.join(HELPERS, 'systemctl-stub.sh')), 0o755);
    this.write('/usr/local/bin/rws-fake', fs.readFileSync(path.join(HELPERS, 'fake-cloud.sh')), 0o755);
    for (const n of ['mount', 'fetch', 'secret', 'netinstall', 'poweroff']) {
      fs.symlinkSync('rws-fake', this.host(`/usr/local/bin/fake-${n}`));
    }
    fs.mkdirSync(this.host('/srv/fake-cloud'), { recursive: true });
    fs.mkdirSync(this.host('/srv/fake-secrets'), { recursive: true });
  }
}

/** The key fake-fetch and fake-secret use for a URL or secret location. */
export function fakeKey(location: string): string {
  return location.replace(/[/:]/g, '_');
}
