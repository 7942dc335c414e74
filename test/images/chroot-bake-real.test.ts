/**
 * The bake/boot split with REAL Debian packages: the bundled debian-12 template (its system
 * packages and the image tools, with their dependencies, as apt resolves them) installed in
 * the Debian 12 chroot from a local file repository of the real .debs, fetched once from
 * Debian's mirror into a cache (test/images/helpers/real-debs.ts; later runs need no network).
 * The full boot-time provisioning in one chroot, the bake then the boot (egress none, no
 * package source at all) in another: the same package set (plus only what apt adds for the
 * image tools), research accounts and groups, unit files and workspace configuration; the boot
 * part installs nothing and takes less than a tenth of the full boot's time. Vendors' installers are the
 * local stand-in (the template uses none but the image tools'); post_install is left out.
 */
import * as fs from 'fs';
import { basePackages, endStateDiff, packages } from './helpers/end-state';
import { noSources } from './helpers/local-apt';
import { buildRealRepoIndex, cachedDebSet, debCacheDir, DebFetcher, DebSet, useRealSources } from './helpers/real-debs';
import { EgressMode, ResolvedTemplate, TemplateCatalog } from '../../src';
import { ProvisioningPhase, RegistryDelivery, StorageSource, WorkspaceUserData, WorkspaceUserDataOptions } from '../../src/workspaces/userdata';
import { IMAGE_TOOLS } from '../../src/workspaces/userdata/private/render';
import { TestChroot } from '../userdata/helpers/chroot';
import { labRegistry } from '../userdata/helpers/fixtures';
import { explain, provision, ProvisionRun } from '../userdata/helpers/provision';
import { canChroot, cannotRun } from '../userdata/helpers/tools';

const CAN = canChroot('the real-package image bake test (chroot-bake-real)');
const BAKE_LOG = '/var/log/research-workspace/bake.log';
const ONLINE = { RWS_NETINSTALL_CMD: '/usr/local/bin/local-netinstall' };
const OFFLINE = { RWS_NETINSTALL_CMD: '' };

const bundled = TemplateCatalog.bundled().resolve('debian-12');
/** post_install and user_data left out (the bundled ones may download from vendors' sites). */
const TEMPLATE: ResolvedTemplate = { ...bundled, definition: { ...bundled.definition, postInstall: undefined, userData: undefined } };
/** Everything the full provisioning and the bake may ask apt for. */
const NAMES = [...new Set([...(TEMPLATE.definition.packages?.system ?? []), ...IMAGE_TOOLS.map((t) => t[1]), 'python3-venv', 'python3-pip', 'fish'])];

function options(phase: ProvisioningPhase, egress?: EgressMode): WorkspaceUserDataOptions {
  return {
    template: TEMPLATE,
    phase,
    egress,
    registry: labRegistry(),
    owner: 'alice',
    storage: { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }), mountPoint: '/shared' },
    registryDelivery: RegistryDelivery.inline(),
    maxUserDataBytes: 1048576,
  };
}

/** The set from the cache, else fetched from the mirror; undefined (with the reason shown) when neither works. */
function debSet(): DebSet | undefined {
  const cached = cachedDebSet(NAMES);
  if (cached) return cached;
  const fetcher = new DebFetcher();
  try {
    const why = fetcher.open();
    if (why) {
      cannotRun(`Debian's mirror is not reachable and ${debCacheDir()} has no copy of the packages (${why})`,
        'the real-package image bake test (chroot-bake-real)', 'give this machine access to the Debian mirror once (later runs use the cache)');
      return undefined;
    }
    return fetcher.fetch(NAMES);
  } finally {
    fetcher.close();
  }
}

let RUN = false;
let set: DebSet;
let index: string;
let full: TestChroot;
let split: TestChroot;
let fullRun: ProvisionRun;
let bakeRun: ProvisionRun;
let bootRun: ProvisionRun;

beforeAll(() => {
  if (!CAN) return;
  const s = debSet();
  if (!s) return;
  RUN = true;
  set = s;
  index = buildRealRepoIndex(set);
  full = TestChroot.create('real-full');
  useRealSources(full, index, set);
  split = TestChroot.create('real-split');
  useRealSources(split, index, set);
  fullRun = provision(full, WorkspaceUserData.generate(options(ProvisioningPhase.FULL)), ONLINE);
  bakeRun = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BAKE)), ONLINE, BAKE_LOG);
  noSources(split);
  bootRun = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BOOT, EgressMode.NONE)), OFFLINE);
}, 900_000);

afterAll(() => {
  full?.destroy();
  split?.destroy();
  if (index) fs.rmSync(index, { recursive: true, force: true });
});

describe('chroot: debian-12 baked with real Debian packages, then booted offline', () => {
  test('the full provisioning, the bake and the boot succeed; the packages are the real ones', () => {
    if (!RUN) return;
    if (fullRun.status !== 0) throw new Error(explain(fullRun));
    if (bakeRun.status !== 0) throw new Error(explain(bakeRun));
    if (bootRun.status !== 0) throw new Error(explain(bootRun));
    expect(set.unknown).toEqual([]);
    // Real software: the compiler, git and sshd run (a stand-in would print nothing).
    expect(split.sh('gcc --version | head -1')).toMatch(/^gcc \(Debian 12\./);
    expect(split.sh('git --version')).toMatch(/^git version 2\./);
    expect(full.sh('jq --version')).toMatch(/^jq-1\./);
    // The full boot installed many more packages than it asked for (the dependencies).
    const asked = (TEMPLATE.definition.packages?.system ?? []).length;
    const base = basePackages();
    expect(packages(full).filter((p) => !base.has(p)).length).toBeGreaterThan(3 * asked);
  });

  test('the boot part installs nothing and downloads nothing, without any package source', () => {
    if (!RUN) return;
    expect(bootRun.log).toContain('offline=1');
    expect(bootRun.log).not.toMatch(/rws\[packages\]: installing/);
    expect(split.read('/etc/apt/sources.list')).toBe('');
  });

  test('bake + boot end in the same state as the full provisioning: packages, accounts, groups, unit files, configuration', () => {
    if (!RUN) return;
    const diff = endStateDiff(full, split, bakeRun.log, labRegistry().users.map((u) => u.name), labRegistry().groups.map((g) => g.name));
    expect(diff).toEqual([]);
  });

  test('the comparison sees a missing package, a changed account and a changed unit file', () => {
    if (!RUN) return;
    const accounts = labRegistry().users.map((u) => u.name);
    const groups = labRegistry().groups.map((g) => g.name);
    split.sh('dpkg --purge jq');
    split.sh('usermod -s /bin/sh carol');
    const unit = split.sh("find /etc/systemd/system -maxdepth 1 -type f -name 'rws-*' -printf '%f\\n' | LC_ALL=C sort | head -1").trim();
    expect(unit).not.toBe('');
    split.sh(`echo '# changed' >>/etc/systemd/system/${unit}`);
    const diff = endStateDiff(full, split, bakeRun.log, accounts, groups).join('\n');
    expect(diff).toMatch(/packages of the full boot missing after bake \+ boot: .*\bjq /);
    expect(diff).toMatch(/account carol: \{.*\} vs \{.*"shell":"\/bin\/sh"\}/);
    expect(diff).toMatch(new RegExp(`unit files or /etc/research-workspace differ: -[0-9a-f]{64}  \\./${unit.replace(/\./g, '\\.')}`));
  });

  test('the boot part takes less than a tenth of the full boot (bench/images.bench.ts measures every template)', () => {
    if (!RUN) return;
    // Measured 64x for this template under load (docs/benchmarks.md): 10x leaves room for a shared machine.
    expect(bootRun.seconds * 10).toBeLessThan(fullRun.seconds);
  });
});
