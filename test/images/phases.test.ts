/**
 * The bake/boot split as generated (no machine): which steps each part carries, the content
 * hash that ties a workspace's boot to the image of its template, the offline warnings a
 * baked image removes, and shellcheck over the bake and boot scripts of every bundled template.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EgressMode, TemplateCatalog } from '../../src';
import {
  ProvisioningPhase, RegistryDelivery, SecretReference, StorageSource, WorkspacePlatform, WorkspaceUserData, WorkspaceUserDataOptions,
} from '../../src/workspaces/userdata';
import { labRegistry, templateFrom } from '../userdata/helpers/fixtures';
import { requireTool } from '../userdata/helpers/tools';

const T = templateFrom(`
name: Phases
slug: phases
description: x
base: debian-12
package_manager: conda
packages: { system: [graphviz], conda: [numpy] }
services: [{ name: jupyter, port: 8888 }, { name: rstudio, port: 8787 }]
post_install: echo installed
user_data: echo booted
`, 'phases');

const EFS = StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'eu-west-1' });

function gen(phase: ProvisioningPhase, extra: Partial<WorkspaceUserDataOptions> = {}): WorkspaceUserData {
  return WorkspaceUserData.generate({ template: T, phase, registry: labRegistry(), owner: 'alice', maxUserDataBytes: 1048576, ...extra });
}

/** The step names of the main script. */
function steps(ud: WorkspaceUserData): string[] {
  return [...ud.provisioningScript().matchAll(/^rws_step (\w+) /gm)].map((m) => m[1]);
}

describe('bake and boot parts', () => {
  test('the bake installs (packages, software, post_install) and records the image; the boot does everything per workspace and installs nothing', () => {
    expect(steps(gen(ProvisioningPhase.BAKE, { registry: undefined, owner: undefined }))).toEqual(['preflight', 'ssm_agent', 'packages', 'software', 'post_install', 'image']);
    expect(steps(gen(ProvisioningPhase.BOOT, { storage: { source: EFS } }))).toEqual(
      ['preflight', 'ssm_agent', 'image', 'packages', 'storage', 'users', 'layout', 'files', 'services', 'idle', 'user_data']);
    expect(steps(gen(ProvisioningPhase.FULL, { storage: { source: EFS } }))).toEqual(
      ['preflight', 'ssm_agent', 'packages', 'storage', 'users', 'layout', 'software', 'files', 'post_install', 'services', 'idle', 'user_data']);
    const boot = gen(ProvisioningPhase.BOOT).provisioningScript();
    expect(boot).not.toMatch(/rws_packages .*graphviz/);
    expect(boot).not.toContain('rws_net miniforge');
    expect(boot).not.toContain('post-install.sh');
    const bake = gen(ProvisioningPhase.BAKE).provisioningScript();
    expect(bake).toMatch(/^rws_packages .*graphviz$/m);
    expect(bake).toContain('rws_image_tools'); // AWS: the CLI and amazon-efs-utils
    expect(bake).not.toContain('registry.tsv');
    expect(bake).not.toContain('RWS_OWNER=');
    expect(gen(ProvisioningPhase.BAKE, { platform: WorkspacePlatform.PROXMOX }).provisioningScript()).not.toContain('rws_image_tools');
  });

  test('the content hash is the template\'s: the same for every workspace, different when what it installs changes', () => {
    const h = gen(ProvisioningPhase.BAKE, { registry: undefined, owner: undefined }).imageContentHash;
    expect(h).toMatch(/^[0-9a-f]{16}$/);
    expect(gen(ProvisioningPhase.BOOT).imageContentHash).toBe(h);
    expect(gen(ProvisioningPhase.BOOT, {
      owner: 'bob',
      storage: { source: EFS },
      developer: { zsh: true },
      registryDelivery: RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz'),
      secrets: { jupyterToken: SecretReference.ssmParameter('/x') },
      egress: EgressMode.NONE,
    }).imageContentHash).toBe(h);
    expect(gen(ProvisioningPhase.FULL).imageContentHash).toBe(h);
    // What is installed changes the hash; so does the platform (the image tools) and a parameter.
    const other = templateFrom(`
name: Phases
slug: phases
description: x
base: debian-12
package_manager: conda
packages: { system: [graphviz, jq], conda: [numpy] }
services: [{ name: jupyter, port: 8888 }, { name: rstudio, port: 8787 }]
post_install: echo installed
`, 'phases');
    expect(WorkspaceUserData.generate({ template: other, phase: ProvisioningPhase.BAKE }).imageContentHash).not.toBe(h);
    expect(gen(ProvisioningPhase.BAKE, { platform: WorkspacePlatform.PROXMOX }).imageContentHash).not.toBe(h);
    // The boot checks the hash it was generated with.
    expect(gen(ProvisioningPhase.BOOT).provisioningScript()).toContain(`rws_image_check phases ${h}`);
    expect(gen(ProvisioningPhase.BAKE).provisioningScript()).toMatch(new RegExp(`rws_image_mark phases unversioned ${h}`));
  });

  test('offline: the full provisioning warns that it cannot install; the boot on a baked image does not', () => {
    const offline = { egress: EgressMode.NONE, storage: { source: EFS }, secrets: { servicePassword: SecretReference.ssmParameter('/pw') } };
    expect(gen(ProvisioningPhase.FULL, offline).warnings.map((w) => w.code).sort()).toEqual(['offline-needs-image-tools', 'offline-needs-internet']);
    expect(gen(ProvisioningPhase.BOOT, offline).warnings.map((w) => w.code)).toEqual([]);
    // What still comes from the internet at boot is still reported.
    const dot = gen(ProvisioningPhase.BOOT, { ...offline, developer: { dotfilesRepository: 'https://github.com/alice/dotfiles.git' } });
    expect(dot.warnings.map((w) => w.message)).toEqual([expect.stringContaining('the template installs from it: the dotfiles repository')]);
  });

  test('the bake needs no owner; the boot does', () => {
    expect(() => WorkspaceUserData.generate({ template: T, phase: ProvisioningPhase.BAKE })).not.toThrow();
    expect(() => WorkspaceUserData.generate({ template: T, phase: ProvisioningPhase.BOOT })).toThrow(/service "jupyter" needs a user to run as/);
  });

  test('shellcheck finds nothing in the bake and boot scripts of bundled templates of every kind (apt, dnf, conda, spack, RStudio, code-server)', () => {
    if (!requireTool('shellcheck', 'the shellcheck check of bake and boot scripts')) return;
    const catalog = TemplateCatalog.bundled();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-phases-'));
    try {
      const files: string[] = [];
      const kinds = ['debian-12', 'rocky-9', 'amazon-linux-2023', 'python-ml', 'spack-hpc', 'r-rstudio', 'code-server-dev'];
      for (const t of kinds.map((k) => catalog.resolve(k))) {
        for (const phase of [ProvisioningPhase.BAKE, ProvisioningPhase.BOOT]) {
          const ud = WorkspaceUserData.generate({ template: t, phase, registry: labRegistry(), owner: 'alice', maxUserDataBytes: 1048576 });
          // The main script of each part (the tools it installs are unchanged and checked in test/userdata/lint.test.ts).
          for (const s of ud.generatedScripts().filter((x) => x.name === 'bin/rws-provision')) {
            const f = path.join(dir, `${t.slug}-${phase}-${s.name.replace(/\//g, '_')}`);
            fs.writeFileSync(f, s.content);
            files.push(f);
          }
        }
      }
      const r = spawnSync('shellcheck', ['-s', 'bash', '-f', 'gcc', ...files], { encoding: 'utf8' });
      expect(r.stdout).toBe('');
      expect(r.status).toBe(0);
      expect(files.length).toBe(2 * kinds.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
