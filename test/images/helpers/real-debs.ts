/**
 * Real Debian 12 packages for the image benchmark (and any chroot test that wants them),
 * fetched once and then served without any network: the packages a list of names needs, with
 * their dependencies as apt resolves them on the cached debootstrap tree (no recommends, as
 * the provisioning installs), are downloaded from Debian's mirror into a cache folder reused
 * between runs (RWS_DEB_CACHE, default ~/.cache/rws/bench-debs), and a local file repository
 * (Packages and Release written here from the .debs' own control data) is put into a chroot
 * with the .debs hard-linked next to it. apt then unpacks and configures the real packages;
 * only the download is left out.
 *
 * A set is recorded by the names asked for and the base tree's package list (sets/<key>.json):
 * a rerun with every .deb in the cache asks nothing of the network.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { useLocalSources } from './local-apt';
import { ensureRootfs, TestChroot } from '../../userdata/helpers/chroot';

/** One .deb of a set. */
export interface DebFile {
  /** File name in the cache (as apt names it in /var/cache/apt/archives). */
  readonly file: string;
  readonly package: string;
  readonly version: string;
  /** Bytes of the .deb (what a machine downloads). */
  readonly size: number;
  readonly sha256: string;
}

/** The packages a list of names needs on the base tree, and the names Debian 12 does not have. */
export interface DebSet {
  readonly key: string;
  readonly asked: string[];
  /** Names with no package (nor provider) in Debian 12: left out of the install. */
  readonly unknown: string[];
  readonly debs: DebFile[];
}

/** The cache folder of downloaded .debs and recorded sets. */
export function debCacheDir(): string {
  return process.env.RWS_DEB_CACHE ?? path.join(os.homedir(), '.cache', 'rws', 'bench-debs');
}

function baseStatusHash(): string {
  const { dir } = ensureRootfs();
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, 'var/lib/dpkg/status'))).digest('hex').slice(0, 16);
}

function setKey(names: string[]): string {
  return crypto.createHash('sha256').update(`${baseStatusHash()}\n${[...new Set(names)].sort().join('\n')}`).digest('hex').slice(0, 20);
}

/** A recorded set whose .debs are all in the cache, or undefined. */
export function cachedDebSet(names: string[]): DebSet | undefined {
  const f = path.join(debCacheDir(), 'sets', `${setKey(names)}.json`);
  if (!fs.existsSync(f)) return undefined;
  const set = JSON.parse(fs.readFileSync(f, 'utf8')) as DebSet;
  const complete = set.debs.every((d) => {
    try {
      return fs.statSync(path.join(debCacheDir(), d.file)).size === d.size;
    } catch {
      return false;
    }
  });
  return complete ? set : undefined;
}

/**
 * Resolves and downloads sets with Debian's mirror, in one chroot of the base tree (the cache
 * folder bind-mounted as apt's archive, so a .deb already there is not downloaded again).
 * `open()` returns why the mirror cannot be used, or undefined when it can.
 */
export class DebFetcher {
  private chroot?: TestChroot;

  /** Creates the chroot and updates apt's lists from the mirror; returns the reason when that fails. */
  public open(): string | undefined {
    if (this.chroot) return undefined;
    const c = TestChroot.create('bench-fetch');
    const cache = debCacheDir();
    fs.mkdirSync(path.join(cache, 'partial'), { recursive: true });
    fs.mkdirSync(path.join(cache, 'sets'), { recursive: true });
    fs.mkdirSync(c.host('/srv/debs'), { recursive: true });
    execFileSync('mount', ['--bind', cache, c.host('/srv/debs')]);
    this.chroot = c;
    const sources = c.read('/etc/apt/sources.list').trim();
    const r = spawnSync('chroot', [c.root, 'apt-get', '-q', '--error-on=any', 'update'], { encoding: 'utf8', timeout: 300_000 });
    if (r.status !== 0) {
      this.close();
      return `apt-get update from ${sources} failed: ${`${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-2).join(' / ')}`;
    }
    return undefined;
  }

  /** The set for these names (downloading what the cache lacks), recorded for later runs. */
  public fetch(names: string[]): DebSet {
    const c = this.chroot;
    if (!c) throw new Error('DebFetcher.fetch before open()');
    const asked = [...new Set(names)].sort();
    const unknown = asked.filter((n) => {
      const r = spawnSync('chroot', [c.root, 'apt-cache', 'show', '--no-all-versions', n], { encoding: 'utf8' });
      if (r.status === 0 && r.stdout.trim()) return false;
      // A virtual package with one provider is fine too (apt installs the provider).
      const p = spawnSync('chroot', [c.root, 'apt-cache', 'showpkg', n], { encoding: 'utf8' });
      return !/^Reverse Provides: *\n\S/m.test(p.stdout);
    });
    const known = asked.filter((n) => !unknown.includes(n));
    const apt = ['apt-get', '-q', '-y', '--no-install-recommends', '-o', 'Dir::Cache::archives=/srv/debs/'];
    // Every .deb of the resolution (with an empty archive folder, so none is left out as cached).
    fs.mkdirSync(c.host('/tmp/empty-archives/partial'), { recursive: true });
    const uris = execFileSync('chroot', [c.root, 'apt-get', '-q', '-y', '--no-install-recommends', '-o', 'Dir::Cache::archives=/tmp/empty-archives/',
      '--print-uris', 'install', '--', ...known], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // Lines: 'URI' FILE SIZE HASH-KIND:HASH (apt shows MD5Sum here; the SHA256 is computed below).
    const wanted = new Map<string, number>();
    for (const m of uris.matchAll(/^'[^']+' (\S+\.deb) (\d+) \S+$/gm)) wanted.set(m[1], Number(m[2]));
    if (!wanted.size && !/^0 upgraded, 0 newly installed/m.test(uris)) throw new Error(`no .deb in apt's --print-uris output for ${known.join(' ')}:\n${uris}`);
    const r = spawnSync('chroot', [c.root, ...apt, '--download-only', 'install', '--', ...known], { encoding: 'utf8', timeout: 3_600_000, maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`downloading ${known.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
    const debs: DebFile[] = [];
    for (const [file, size] of wanted) {
      const full = path.join(debCacheDir(), file);
      if (!fs.existsSync(full)) throw new Error(`apt reported ${file} but it is not in ${debCacheDir()}`);
      const control = execFileSync('dpkg-deb', ['-f', full, 'Package', 'Version'], { encoding: 'utf8' });
      const pkg = /^Package: (\S+)/m.exec(control)![1];
      const version = /^Version: (\S+)/m.exec(control)![1];
      const bytes = fs.readFileSync(full);
      if (bytes.length !== size) throw new Error(`${full}: ${bytes.length} bytes, apt expects ${size}`);
      debs.push({ file, package: pkg, version, size, sha256: crypto.createHash('sha256').update(bytes).digest('hex') });
    }
    const set: DebSet = { key: setKey(asked), asked, unknown, debs: debs.sort((a, b) => a.file.localeCompare(b.file)) };
    fs.writeFileSync(path.join(debCacheDir(), 'sets', `${set.key}.json`), JSON.stringify(set, null, 1));
    return set;
  }

  /** Unmounts and deletes the chroot. */
  public close(): void {
    this.chroot?.destroy();
    this.chroot = undefined;
  }
}

const REPO_IN_CHROOT = '/srv/rws-apt';

/** Writes the index (Packages, Release) of a set into a new host folder; the .debs stay in the cache. */
export function buildRealRepoIndex(set: DebSet): string {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-real-apt-'));
  const stanzas = set.debs.map((d) => {
    const control = execFileSync('dpkg-deb', ['-f', path.join(debCacheDir(), d.file)], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).trimEnd();
    return [control, `Filename: ./${d.file}`, `Size: ${d.size}`, `SHA256: ${d.sha256}`, ''].join('\n');
  });
  const packages = stanzas.join('\n');
  fs.writeFileSync(path.join(out, 'Packages'), packages);
  fs.writeFileSync(path.join(out, 'Release'), [
    'Origin: rws-bench', 'Label: rws-bench', 'Suite: local', 'Codename: local', `Date: ${new Date().toUTCString()}`,
    'SHA256:', ` ${crypto.createHash('sha256').update(packages).digest('hex')} ${Buffer.byteLength(packages)} Packages`, '',
  ].join('\n'));
  return out;
}

/**
 * Points the chroot's apt at the set's local repository only (and puts the local installer in
 * place, as useLocalSources does); the .debs are hard-linked (copied across file systems).
 */
export function useRealSources(c: TestChroot, index: string, set: DebSet): void {
  useLocalSources(c, index);
  for (const d of set.debs) {
    const from = path.join(debCacheDir(), d.file);
    const to = c.host(`${REPO_IN_CHROOT}/${d.file}`);
    try {
      fs.linkSync(from, to);
    } catch {
      fs.copyFileSync(from, to);
    }
  }
}
