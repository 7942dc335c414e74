/**
 * The Proxmox examples: the lab and the permit in every phase of its lifecycle, synthesized
 * as `npm run synth` does and checked by real `terraform validate` against the bpg/proxmox
 * 0.111.1 schema (../shared/tools/tf-validate, offline).
 */
import * as fs from 'fs';
import * as path from 'path';
import { addresses, cleanTemp, LIFECYCLE_WALK, tempDir, tfValidateAll } from './helpers';
import { synthPermitProxmox } from '../../examples/permit-proxmox/main';
import { synthProxmoxLab } from '../../examples/proxmox-lab/main';

afterAll(cleanTemp);

const lab = synthProxmoxLab({ outdir: tempDir('example-lab') });
const permits = LIFECYCLE_WALK.map(([status, previous], i) => synthPermitProxmox({
  outdir: tempDir(`example-permit-${String(i).padStart(2, '0')}`), status, previousStatus: previous, eventId: `evt-${i}`, timestamp: '2025-01-01T00:00:00.000Z',
}));
const json = (dir: string) => JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));

test('the examples write cdk.tf.json (and audit.json for permits) where they say', () => {
  expect(lab.workspaceCount).toBe(5);
  expect(fs.existsSync(path.join(lab.stackDir, 'cdk.tf.json'))).toBe(true);
  for (const p of permits) {
    expect(p.stackName).toBe('permit-p-001');
    expect(fs.existsSync(path.join(p.stackDir, 'audit.json'))).toBe(true);
  }
});

test('every synthesized Proxmox example passes tf-validate (terraform validate against the provider schema)', async () => {
  const labels = new Map<string, string>([[lab.stackDir, 'lab'], ...permits.map((p, i): [string, string] => [p.stackDir, `${i}:${p.plan.status}`])]);
  const results = await tfValidateAll([...labels.keys()]);
  if (!results) return;
  // eslint-disable-next-line no-console
  console.log(`tf-validate: ${results.length} stacks, ${results.map((r) => `${labels.get(r.dir)} ${r.ms} ms`).join(', ')}`);
  for (const r of results) {
    expect({ dir: r.dir, status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ dir: r.dir, status: 0, output: '' });
    expect(r.output).toContain('VALID');
    expect(r.output).not.toMatch(/not checked/);
  }
}, 300_000);

test('every example carries required_providers bpg/proxmox ~> 0.111.0 and a provider configured by variables', () => {
  for (const dir of [lab.stackDir, ...permits.map((p) => p.stackDir)]) {
    const j = json(dir);
    expect(j.terraform.required_providers.proxmox).toEqual({ source: 'bpg/proxmox', version: '~> 0.111.0' });
    expect(j.provider.proxmox).toEqual([{
      endpoint: '${var.proxmox_endpoint}',
      api_token: '${var.proxmox_api_token}',
      insecure: '${var.proxmox_insecure}',
      ssh: { agent: true, username: '${var.proxmox_ssh_username}' },
    }]);
    expect(j.variable.proxmox_api_token).toMatchObject({ sensitive: true, nullable: true, default: null });
    expect(j.variable.proxmox_endpoint.default).toBe('https://pve1.example.org:8006/');
  }
});

test('the example lab: five workspaces in the lab\'s pool (supplementary snapshot of the resource addresses)', () => {
  const j = json(lab.stackDir);
  expect(Object.keys(j.output.workspaces.value).sort()).toEqual(['alice-gpu', 'alice-ml', 'bob-desktop', 'bob-offline', 'bob-podman']);
  expect(addresses(j)).toMatchSnapshot();
});
