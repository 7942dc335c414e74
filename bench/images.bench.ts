/**
 * Time to a ready workspace from a baked image versus boot-time installation, for the bundled
 * templates of the apt family, measured in the Debian 12 chroot without any network: the full
 * provisioning (ProvisioningPhase.FULL) on a fresh tree, and the boot part (BOOT, egress none)
 * on a tree the bake part (BAKE) prepared. Packages come from a local repository of stand-ins
 * that unpack as much data as the real package itself (its Installed-Size from this machine's
 * apt metadata; dependencies are not counted), vendors' installers (conda, pip, spack,
 * code-server, RStudio Server, the AWS CLI, efs-utils) from a local installer that downloads
 * nothing. Downloads are therefore not in the boot-time figures: the real difference is larger.
 * Needs root, debootstrap and dpkg-deb; prints why when it cannot run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import { EgressMode, ResolvedTemplate, TemplateCatalog } from '../src';
import { OperatingSystem } from '../src/workspaces/template';
import { ProvisioningPhase, RegistryDelivery, StorageSource, WorkspaceUserData, WorkspaceUserDataOptions } from '../src/workspaces/userdata';
import { IMAGE_TOOLS } from '../src/workspaces/userdata/private/render';
import { buildLocalRepo, DEBIAN_STAND_INS, noSources, StandIn, useLocalSources } from '../test/images/helpers/local-apt';
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

export async function run(): Promise<BenchTable[]> {
  const title = 'Time to a ready workspace: baked image vs boot-time install (Debian 12 chroot, local sources)';
  const headers = ['template', 'packages', 'stand-in MiB', 'full boot s', 'bake s', 'boot on baked s', 'full / baked'];
  const missing = [process.getuid?.() === 0 ? '' : 'root', ...['debootstrap', 'chroot', 'dpkg-deb', 'apt-cache'].filter((c) => !hasCommand(c))].filter((x) => x);
  if (missing.length) return [{ title, headers, rows: [], notes: [`not measured: needs ${missing.join(', ')}`] }];
  const only = process.env.RWS_BENCH_TEMPLATES?.split(',');
  const catalog = TemplateCatalog.bundled();
  const rows: BenchTable['rows'] = [];
  const notes: string[] = [];
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
      rows.push([t.slug, (t.definition.packages?.system ?? []).length, mib.toFixed(0), f.seconds.toFixed(1), k.seconds.toFixed(1), s.seconds.toFixed(2), fmt.ratio(f.seconds / s.seconds)]);
    } finally {
      a.destroy();
      b.destroy();
      fs.rmSync(repo, { recursive: true, force: true });
    }
  }
  if (ratios.length) notes.unshift(`median full / baked: ${fmt.ratio([...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)])} over ${ratios.length} templates`);
  notes.push('post_install and user_data of the bundled templates are left out (they download from vendors\' sites); no download is timed anywhere, so the real boot-time install is slower than shown');
  return [{ title, headers, rows, notes }];
}
