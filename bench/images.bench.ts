/**
 * Time to a ready workspace from a baked image versus boot-time installation, for the bundled
 * templates of the apt family, measured in the Debian 12 chroot without any network: the full
 * provisioning (ProvisioningPhase.FULL) on a fresh tree, and the boot part (BOOT, egress none,
 * no package source) on a tree the bake part (BAKE) prepared.
 *
 * By default the packages are the REAL Debian 12 ones: each template's system packages and the
 * image tools, with their dependencies as apt resolves them on the same base tree (no
 * recommends, as the provisioning), are downloaded once, before any timing, into a cache reused
 * between runs (RWS_DEB_CACHE, default ~/.cache/rws/bench-debs; test/images/helpers/real-debs.ts),
 * and installed from a local file repository: unpack and configure are real, the download is
 * not timed (the table gives its size). Bake + boot is checked to end where the full boot does
 * (package set, research accounts and groups, unit files, workspace configuration).
 * Ubuntu templates are measured with Debian 12's packages of the same names (names Debian lacks
 * are left out, and said so). When Debian's mirror is unreachable and nothing is cached, or with
 * RWS_BENCH_IMAGES=stand-ins, the older stand-in mode runs instead (each stand-in package
 * unpacks only the real package's own Installed-Size), and the table says so.
 *
 * Either way vendors' installers (conda, pip, spack, code-server, RStudio Server, the AWS CLI,
 * efs-utils, the SSM agent) are a local installer that downloads nothing, and post_install /
 * user_data are left out. Needs root, debootstrap, dpkg-deb and mount; prints why when it cannot run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import { EgressMode, ResolvedTemplate, TemplateCatalog } from '../src';
import { OperatingSystem } from '../src/workspaces/template';
import { ProvisioningPhase, RegistryDelivery, StorageSource, WorkspaceUserData, WorkspaceUserDataOptions } from '../src/workspaces/userdata';
import { IMAGE_TOOLS } from '../src/workspaces/userdata/private/render';
import { basePackages, endStateDiff, packages } from '../test/images/helpers/end-state';
import { buildLocalRepo, DEBIAN_STAND_INS, noSources, StandIn, useLocalSources } from '../test/images/helpers/local-apt';
import { buildRealRepoIndex, cachedDebSet, debCacheDir, DebFetcher, DebSet, useRealSources } from '../test/images/helpers/real-debs';
import { TestChroot } from '../test/userdata/helpers/chroot';
import { labRegistry } from '../test/userdata/helpers/fixtures';
import { provision } from '../test/userdata/helpers/provision';
import { hasCommand } from '../test/userdata/helpers/tools';
import { BenchTable, fmt } from './harness';

const APT_FAMILY = new Set<string>([OperatingSystem.DEBIAN_12, OperatingSystem.UBUNTU_22_04, OperatingSystem.UBUNTU_24_04]);

/** The package's own installed size in KiB from this machine's apt metadata (0 when unknown), at most 64 MiB. */
function installedSizeKiB(name: string): number {
  try {
    const out = execFileSync('apt-cache', ['show', '--no-all-versions', name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const m = /^Installed-Size: (\d+)$/m.exec(out);
    return m ? Math.min(Number(m[1]), 65536) : 0;
  } catch {
    return 0;
  }
}

function options(t: ResolvedTemplate, phase: ProvisioningPhase, egress?: EgressMode): WorkspaceUserDataOptions {
  return {
    template: t,
    phase,
    egress,
    registry: labRegistry(),
    owner: 'alice',
    storage: { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }), mountPoint: '/shared' },
    registryDelivery: RegistryDelivery.inline(),
    maxUserDataBytes: 1048576,
  };
}

/** The template without post_install and user_data: the bundled ones download from vendors' sites there. */
function withoutScripts(t: ResolvedTemplate): ResolvedTemplate {
  return { ...t, definition: { ...t.definition, postInstall: undefined, userData: undefined } };
}

/** The stand-in mode (RWS_BENCH_IMAGES=stand-ins, or the mirror unreachable): no real package is installed. */
function runStandIns(lead: string[]): BenchTable[] {
  const title = 'Time to a ready workspace: baked image vs boot-time install (Debian 12 chroot, STAND-IN packages)';
  const headers = ['template', 'packages', 'stand-in MiB', 'full boot s', 'bake s', 'boot on baked s', 'full / baked'];
  const missing = [process.getuid?.() === 0 ? '' : 'root', ...['debootstrap', 'chroot', 'dpkg-deb', 'apt-cache'].filter((c) => !hasCommand(c))].filter((x) => x);
  if (missing.length) return [{ title, headers, rows: [], notes: [`not measured: needs ${missing.join(', ')}`] }];
  const only = process.env.RWS_BENCH_TEMPLATES?.split(',');
  const catalog = TemplateCatalog.bundled();
  const rows: BenchTable['rows'] = [];
  const notes: string[] = [...lead];
  const ratios: number[] = [];
  for (const full of catalog.resolveAll()) {
    if (only && !only.includes(full.slug)) continue;
    if (!APT_FAMILY.has(full.os)) {
      notes.push(`${full.slug}: ${full.os} is not of the apt family (the chroot is Debian 12), not measured`);
      continue;
    }
    const t = withoutScripts(full);
    let fullUd: WorkspaceUserData;
    try {
      fullUd = WorkspaceUserData.generate(options(t, ProvisioningPhase.FULL));
    } catch (e) {
      notes.push(`${t.slug}: not measured (${(e as Error).message.split('\n')[0]})`);
      continue;
    }
    const tools = new Set(DEBIAN_STAND_INS.map((s) => s.name));
    const wanted = [...new Set([...(t.definition.packages?.system ?? []), ...IMAGE_TOOLS.map((x) => x[1]), 'python3-venv', 'python3-pip', 'fish'])];
    const standIns: StandIn[] = [
      ...DEBIAN_STAND_INS.map((s) => ({ ...s, sizeKiB: installedSizeKiB(s.name) })),
      ...wanted.filter((n) => !tools.has(n)).map((n) => ({ name: n, commands: [], sizeKiB: installedSizeKiB(n) })),
    ];
    const repo = buildLocalRepo(standIns);
    const mib = standIns.filter((s) => (t.definition.packages?.system ?? []).includes(s.name)).reduce((a, s) => a + (s.sizeKiB ?? 0), 0) / 1024;
    const a = TestChroot.create(`bench-full-${t.slug}`);
    const b = TestChroot.create(`bench-baked-${t.slug}`);
    try {
      useLocalSources(a, repo);
      useLocalSources(b, repo);
      const env = { RWS_NETINSTALL_CMD: '/usr/local/bin/local-netinstall' };
      const f = provision(a, fullUd, env);
      const k = provision(b, WorkspaceUserData.generate(options(t, ProvisioningPhase.BAKE)), env, '/var/log/research-workspace/bake.log');
      noSources(b);
      const s = provision(b, WorkspaceUserData.generate(options(t, ProvisioningPhase.BOOT, EgressMode.NONE)), { RWS_NETINSTALL_CMD: '' });
      const failed = [f.status && 'full', k.status && 'bake', s.status && 'boot'].filter((x) => x);
      if (failed.length) {
        notes.push(`${t.slug}: ${failed.join(', ')} failed: ${[f, k, s].find((r) => r.status)!.log.trim().split('\n').pop()}`);
        continue;
      }
      ratios.push(f.seconds / s.seconds);
      rows.push([t.slug, (t.definition.packages?.system ?? []).length, mib.toFixed(0), f.seconds.toFixed(1), k.seconds.toFixed(1),
        s.seconds.toFixed(2), fmt.ratio(f.seconds / s.seconds)]);
    } finally {
      a.destroy();
      b.destroy();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }
  if (ratios.length) notes.splice(lead.length, 0, `median full / baked: ${fmt.ratio([...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)])} over ${ratios.length} templates`);
  notes.push('post_install and user_data of the bundled templates are left out (they download from vendors\' sites); no download is timed anywhere, so the real boot-time install is slower than shown');
  return [{ title, headers, rows, notes }];
}

/** What the full provisioning and the bake of a template may ask apt for: its system packages and the image tools. */
function aptNames(t: ResolvedTemplate): string[] {
  return [...new Set([...(t.definition.packages?.system ?? []), ...IMAGE_TOOLS.map((x) => x[1]), 'python3-venv', 'python3-pip', 'fish'])];
}


/**
 * Real Debian 12 packages (the default): fetched once from Debian's mirror into a cache before
 * any timing, then installed from a local file repository in chroots without any source but it.
 */
function runReal(): BenchTable[] | string {
  const title = 'Time to a ready workspace: baked image vs boot-time install (Debian 12 chroot, REAL Debian packages from a local file repository)';
  const headers = ['template', 'packages', 'download MiB', 'full boot s', 'bake s', 'boot on baked s', 'full / baked', 'same end state', 'load 1 min'];
  const only = process.env.RWS_BENCH_TEMPLATES?.split(',');
  const notes: string[] = [];
  const todo: Array<{ t: ResolvedTemplate; set: DebSet }> = [];
  const fetcher = new DebFetcher();
  let opened = false;
  let unreachable: string | undefined;
  const t0 = Date.now();
  try {
    for (const full of TemplateCatalog.bundled().resolveAll()) {
      if (only && !only.includes(full.slug)) continue;
      if (!APT_FAMILY.has(full.os)) {
        notes.push(`${full.slug}: ${full.os} is not of the apt family (the chroot is Debian 12), not measured`);
        continue;
      }
      const names = aptNames(full);
      let set = cachedDebSet(names);
      if (!set) {
        if (!opened && !unreachable) {
          unreachable = fetcher.open();
          opened = !unreachable;
        }
        if (unreachable) continue;
        set = fetcher.fetch(names);
      }
      todo.push({ t: full, set });
    }
  } finally {
    fetcher.close();
  }
  if (unreachable && !todo.length) return unreachable;
  if (unreachable) notes.push(`Debian's mirror is not reachable (${unreachable}): only templates whose packages were in the cache are measured`);
  notes.push(`fetch (resolve and download what ${debCacheDir()} lacked, before any timing): ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  const base = basePackages();
  const rows: BenchTable['rows'] = [];
  const ratios: number[] = [];
  for (const { t: full, set } of todo) {
    const sys = (full.definition.packages?.system ?? []).filter((n) => !set.unknown.includes(n));
    const t = withoutScripts({ ...full, definition: { ...full.definition, packages: { ...full.definition.packages, system: sys } } });
    if (set.unknown.length) notes.push(`${t.slug}: ${set.unknown.join(', ')} not in Debian 12, left out`);
    if (full.os !== OperatingSystem.DEBIAN_12) notes.push(`${t.slug}: an ${full.os} template, measured with Debian 12's packages of the same names`);
    const index = buildRealRepoIndex(set);
    const a = TestChroot.create(`bench-full-${t.slug}`);
    const b = TestChroot.create(`bench-baked-${t.slug}`);
    try {
      useRealSources(a, index, set);
      useRealSources(b, index, set);
      const env = { RWS_NETINSTALL_CMD: '/usr/local/bin/local-netinstall' };
      const load = os.loadavg()[0];
      const f = provision(a, WorkspaceUserData.generate(options(t, ProvisioningPhase.FULL)), env);
      const k = provision(b, WorkspaceUserData.generate(options(t, ProvisioningPhase.BAKE)), env, '/var/log/research-workspace/bake.log');
      noSources(b);
      const s = provision(b, WorkspaceUserData.generate(options(t, ProvisioningPhase.BOOT, EgressMode.NONE)), { RWS_NETINSTALL_CMD: '' });
      const failed = [f.status && 'full', k.status && 'bake', s.status && 'boot'].filter((x) => x);
      if (failed.length) {
        notes.push(`${t.slug}: ${failed.join(', ')} failed: ${[f, k, s].find((r) => r.status)!.log.trim().split('\n').slice(-3).join(' / ')}`);
        continue;
      }
      const installed = packages(a).filter((p) => !base.has(p));
      const byNameVersion = new Map(set.debs.map((d) => [`${d.package} ${d.version}`, d]));
      const notFromRepo = installed.filter((p) => !byNameVersion.has(p));
      if (notFromRepo.length) notes.push(`${t.slug}: installed but not in the fetched set (size not counted): ${notFromRepo.join(', ')}`);
      const mib = installed.reduce((acc, p) => acc + (byNameVersion.get(p)?.size ?? 0), 0) / 1048576;
      const diff = endStateDiff(a, b, k.log, [...labRegistry().users.map((u) => u.name), ...(t.definition.users ?? []).map((u) => u.name)],
        labRegistry().groups.map((g) => g.name));
      diff.forEach((d) => notes.push(`${t.slug}: END STATE DIFFERS: ${d}`));
      ratios.push(f.seconds / s.seconds);
      rows.push([t.slug, installed.length, mib.toFixed(0), f.seconds.toFixed(1), k.seconds.toFixed(1), s.seconds.toFixed(2),
        fmt.ratio(f.seconds / s.seconds), diff.length ? 'NO' : 'yes', load.toFixed(1)]);
    } finally {
      a.destroy();
      b.destroy();
      fs.rmSync(index, { recursive: true, force: true });
    }
  }
  if (ratios.length) notes.unshift(`median full / baked: ${fmt.ratio([...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)])} over ${ratios.length} templates`);
  notes.push(
    'packages: Debian packages the full boot installed on top of the debootstrap tree (dependencies included, no recommends); download MiB: their .debs, which no timed figure includes (nor apt-get update against a mirror): add size / bandwidth to the full boot',
    'unpack and configure are real; vendors\' installers (conda, pip, spack, code-server, RStudio Server, the AWS CLI, efs-utils, the SSM agent) are a local stand-in that downloads and installs nothing, and post_install / user_data are left out: a real first boot spends more there too',
    'load 1 min: the machine\'s load average when the template started (other jobs share its 2 cores)',
  );
  return [{ title, headers, rows, notes }];
}

export async function run(): Promise<BenchTable[]> {
  const missing = [process.getuid?.() === 0 ? '' : 'root', ...['debootstrap', 'chroot', 'dpkg-deb', 'apt-cache', 'mount'].filter((c) => !hasCommand(c))].filter((x) => x);
  if (missing.length) return [{ title: 'Time to a ready workspace: baked image vs boot-time install', headers: [], rows: [], notes: [`not measured: needs ${missing.join(', ')}`] }];
  if (process.env.RWS_BENCH_IMAGES === 'stand-ins') return runStandIns(['RWS_BENCH_IMAGES=stand-ins: stand-in packages, not the real ones']);
  const real = runReal();
  if (typeof real !== 'string') return real;
  return runStandIns([
    `NOTE: Debian's mirror is not reachable (${real}) and ${debCacheDir()} holds no package set, so the REAL-package benchmark did not run:`,
    'the figures below are of STAND-IN packages (each unpacks only its own installed size, dependencies not counted), far below a real install',
  ]);
}
