/**
 * The bake/boot split executed for real in the Debian 12 chroot, without any network: the
 * bake part (ProvisioningPhase.BAKE) installs from a local apt repository of stand-in packages
 * and a local installer, then the boot part (ProvisioningPhase.BOOT, egress none, apt without
 * any source) runs on top of it. The result is compared with the full boot-time provisioning
 * of the same workspace in a second chroot: the same accounts, files, unit files, software
 * and packages (the image has in addition only the documented image tools). Both parts are
 * idempotent, and a boot on an image of other content stops with the reason.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { buildLocalRepo, netinstallCalls, noSources, packageSet, useLocalSources } from './helpers/local-apt';
import { EgressMode } from '../../src';
import { ProvisioningPhase, RegistryDelivery, StorageSource, WorkspaceUserData, WorkspaceUserDataOptions } from '../../src/workspaces/userdata';
import { IMAGE_TOOLS } from '../../src/workspaces/userdata/private/render';
import { TestChroot } from '../userdata/helpers/chroot';
import { labRegistry, templateFrom } from '../userdata/helpers/fixtures';
import { explain, provision, ProvisionRun } from '../userdata/helpers/provision';
import { canChroot } from '../userdata/helpers/tools';

const RUN = canChroot('the image bake tests (chroot-bake)');
const BAKE_LOG = '/var/log/research-workspace/bake.log';

const TEMPLATE = templateFrom(`
name: Baked Lab
slug: baked-lab
description: every kind of install a template can ask for
base: debian-12
package_manager: conda
version: "2.1.0"
packages:
  system: [rws-demo-tool, rws-demo-lib]
  conda: [numpy, "conda-forge::scipy"]
  pip: [requests]
  spack: [zlib]
services:
  - { name: jupyter, port: 8888 }
  - { name: code-server, port: 8080 }
users:
  - { name: labsvc, shell: /bin/bash }
files:
  - { destination: /opt/lab/README, content: "baked lab\\n", permissions: "0644" }
post_install: |
  install -d /opt/lab
  echo "post_install ran for $RWS_TEMPLATE" >/opt/lab/post-install.txt
user_data: |
  echo "user_data ran" >/var/lib/rws-user-data.txt
`, 'baked-lab');

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

/** The local installer instead of the internet; the region the instance metadata would give. */
const ONLINE = { RWS_NETINSTALL_CMD: '/usr/local/bin/local-netinstall' };
/** No installer at all: anything the boot tried to download would stop it. */
const OFFLINE = { RWS_NETINSTALL_CMD: '' };

/** Roots of what provisioning controls. */
const ROOTS = ['/etc', '/home', '/shared', '/opt', '/usr/local', '/usr/bin', '/usr/sbin', '/usr/lib/rstudio-server', '/var/lib/research-workspace/state', '/var/lib/rws-user-data.txt'];
/** Left out: apt's sources (the test's), the image's own records, and random service tokens (compared by name and mode). */
const SKIP = new Set(['/etc/apt', '/etc/research-workspace/image.env', '/etc/research-workspace/image-packages.tsv', '/etc/ld.so.cache']);
const NO_CONTENT = ['/etc/research-workspace/secrets/', '/shared/home/alice/.config/research-workspace/'];
/** What the image has beyond the full provisioning of this workspace: the image tools it did not need itself. */
const IMAGE_TOOL_FILES = ['/usr/bin/getfacl', '/usr/bin/python3', '/usr/bin/setfacl', '/usr/local/bin/aws', '/usr/sbin/mount.efs'];

/** Path, owner, mode, kind and content hash of everything under ROOTS. */
function manifest(c: TestChroot): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (SKIP.has(p)) return;
    let st: fs.Stats;
    try {
      st = fs.lstatSync(c.host(p));
    } catch {
      return;
    }
    // eslint-disable-next-line no-bitwise
    const mode = (st.mode & 0o7777).toString(8);
    if (st.isDirectory()) {
      out.push(`${p} ${st.uid}:${st.gid} ${mode} d`);
      for (const n of fs.readdirSync(c.host(p)).sort()) walk(path.posix.join(p, n));
    } else if (st.isSymbolicLink()) {
      out.push(`${p} ${st.uid}:${st.gid} l ${fs.readlinkSync(c.host(p))}`);
    } else {
      const hash = NO_CONTENT.some((x) => p.startsWith(x)) ? '-' : createHash('sha256').update(fs.readFileSync(c.host(p))).digest('hex').slice(0, 16);
      out.push(`${p} ${st.uid}:${st.gid} ${mode} f ${hash}`);
    }
  };
  ROOTS.forEach(walk);
  return out;
}

let full: TestChroot;
let split: TestChroot;
let fullRun: ProvisionRun;
let bakeRun: ProvisionRun;
let bootRun: ProvisionRun;
let repo: string;
/** The baked tree before the boot part ran. */
let baked: { accounts: string[]; units: string[]; fake: string };

beforeAll(() => {
  if (!RUN) return;
  repo = buildLocalRepo();
  full = TestChroot.create('bake-full');
  useLocalSources(full, repo);
  fullRun = provision(full, WorkspaceUserData.generate(options(ProvisioningPhase.FULL)), ONLINE);

  split = TestChroot.create('bake-split');
  useLocalSources(split, repo);
  bakeRun = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BAKE)), ONLINE, BAKE_LOG);
  baked = {
    accounts: [...split.passwd().keys()],
    units: fs.readdirSync(split.host('/etc/systemd/system')).filter((n) => n.startsWith('rws-')),
    fake: split.exists('/var/log/rws-fake.log') ? split.read('/var/log/rws-fake.log') : '',
  };
  noSources(split);
  bootRun = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BOOT, EgressMode.NONE)), OFFLINE);
}, 600_000);

afterAll(() => {
  full?.destroy();
  split?.destroy();
  if (repo) fs.rmSync(repo, { recursive: true, force: true });
});

describe('chroot: a template baked into an image, then booted offline', () => {
  test('the full provisioning and the bake succeed from the local sources; the bake creates no account, unit or mount', () => {
    if (!RUN) return;
    if (fullRun.status !== 0) throw new Error(explain(fullRun));
    if (bakeRun.status !== 0) throw new Error(explain(bakeRun));
    expect(bakeRun.log).toMatch(/rws\[packages\]: installing .*rws-demo-tool/);
    expect(baked.accounts).not.toContain('alice');
    expect(baked.accounts).not.toContain('labsvc');
    expect(baked.units).toEqual([]);
    expect(baked.fake).not.toContain('fake-mount');
    expect(split.read('/opt/lab/post-install.txt')).toBe('post_install ran for baked-lab\n');
    // Everything from the internet came from the installer: the template's and the image tools.
    expect(netinstallCalls(split).map((l) => l.split(' ')[0]).sort()).toEqual(
      ['awscli', 'code-server', 'conda', 'efs-utils', 'miniforge', 'pip', 'spack', 'ssm-agent']);
  });

  test('the image records the template, version, content hash and its package inventory', () => {
    if (!RUN) return;
    const boot = WorkspaceUserData.generate(options(ProvisioningPhase.BOOT, EgressMode.NONE));
    expect(split.read('/etc/research-workspace/image.env')).toBe(
      `RWS_IMAGE_TEMPLATE=baked-lab\nRWS_IMAGE_VERSION=2.1.0\nRWS_IMAGE_HASH=${boot.imageContentHash}\n`);
    const inventory = split.read('/etc/research-workspace/image-packages.tsv');
    expect(inventory).toMatch(/^rws-demo-tool\t99:99\.0-rws1$/m);
    expect(inventory).toMatch(/^zsh\t99:99\.0-rws1$/m);
  });

  test('the boot part on the baked image installs nothing, downloads nothing, and succeeds without any source', () => {
    if (!RUN) return;
    if (bootRun.status !== 0) throw new Error(explain(bootRun));
    expect(bootRun.log).toContain('offline=1');
    expect(bootRun.log).toContain(`baked image of template baked-lab (content ${WorkspaceUserData.generate(options(ProvisioningPhase.BOOT)).imageContentHash})`);
    expect(bootRun.log).not.toMatch(/rws\[packages\]: installing/);
    expect(bootRun.log).not.toMatch(/rws\[(software|post_install)\]/);
    const calls = netinstallCalls(split);
    expect(calls).toHaveLength(8); // the bake's, none more
    expect(split.read('/var/lib/research-workspace/status')).toMatch(/^ok\n/);
  });

  test('bake + boot end in the same state as the full boot-time provisioning: accounts, files, unit files, software', () => {
    if (!RUN) return;
    const a = manifest(full);
    const b = manifest(split);
    expect(b.filter((l) => !a.includes(l)).map((l) => l.split(' ')[0]).sort()).toEqual(IMAGE_TOOL_FILES);
    expect(a.filter((l) => !b.includes(l))).toEqual([]);
    // The comparison covers what matters (and is not empty).
    expect(a).toContainEqual(expect.stringMatching(/^\/etc\/systemd\/system\/rws-jupyter\.service 0:0 644 f /));
    expect(a).toContainEqual(expect.stringMatching(/^\/etc\/systemd\/system\/rws-code-server\.service 0:0 644 f /));
    expect(a).toContainEqual(expect.stringMatching(/^\/shared\/home\/alice\/\.ssh\/authorized_keys 5\d{3}:\d+ 600 f /));
    expect(a).toContainEqual(expect.stringMatching(/^\/opt\/conda\/conda-meta\/scipy\.json /));
    expect(a).toContainEqual(expect.stringMatching(/^\/var\/lib\/research-workspace\/state\/done\.post-install-/));
    expect(a).toContainEqual(expect.stringMatching(/^\/etc\/research-workspace\/secrets\/jupyter\.env 0:0 600 f -$/));
    expect(split.read('/etc/fstab')).toBe(full.read('/etc/fstab'));
    expect(split.read('/var/lib/rws-user-data.txt')).toBe('user_data ran\n');
  });

  test('the package set: everything the full provisioning installed, plus only the documented image tools', () => {
    if (!RUN) return;
    const a = packageSet(full);
    const b = packageSet(split);
    expect(a.filter((p) => !b.includes(p))).toEqual([]);
    const extra = b.filter((p) => !a.includes(p)).map((p) => p.split(' ')[0]);
    const tools = new Set(IMAGE_TOOLS.map((t) => t[1]));
    expect(extra.filter((p) => !tools.has(p))).toEqual([]);
    expect(extra.sort()).toEqual(['acl', 'python3']); // this workspace needed the other tools (zsh, nfs-common, nftables) itself
  });

  test('idempotent: a second boot changes nothing; a second bake installs nothing', () => {
    if (!RUN) return;
    const before = manifest(split);
    const again = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BOOT, EgressMode.NONE)), OFFLINE);
    if (again.status !== 0) throw new Error(explain(again));
    expect(again.log.trim().split('\n').pop()).toMatch(/provisioning complete in \d+ s \(0 files changed\)$/);
    expect(manifest(split)).toEqual(before);
    const rebake = provision(split, WorkspaceUserData.generate(options(ProvisioningPhase.BAKE)), OFFLINE, BAKE_LOG);
    if (rebake.status !== 0) throw new Error(explain(rebake));
    expect(rebake.log.slice(bakeRun.log.length)).toMatch(/rws\[packages\]: all \d+ packages are installed/);
    expect(netinstallCalls(split)).toHaveLength(8);
  });

  test('a boot on an image of other content, or on an image not baked at all, stops in step image with the reason', () => {
    if (!RUN) return;
    const env = split.read('/etc/research-workspace/image.env');
    const boot = WorkspaceUserData.generate(options(ProvisioningPhase.BOOT, EgressMode.NONE));
    try {
      split.write('/etc/research-workspace/image.env', env.replace(/RWS_IMAGE_HASH=\w+/, 'RWS_IMAGE_HASH=0123456789abcdef'));
      const other = provision(split, boot, OFFLINE);
      expect(other.status).toBe(1);
      expect(other.log.trim().split('\n').pop()).toContain(
        `FAILED in step image: this machine image was baked from other template content (baked-lab 2.1.0, content 0123456789abcdef) than template baked-lab needs (content ${boot.imageContentHash}). Fix: bake a new image`);
      split.sh('rm /etc/research-workspace/image.env');
      const none = provision(split, boot, OFFLINE);
      expect(none.status).toBe(1);
      expect(none.log.trim().split('\n').pop()).toContain('FAILED in step image: this machine image was not baked (no /etc/research-workspace/image.env)');
    } finally {
      split.write('/etc/research-workspace/image.env', env);
    }
  });
});
