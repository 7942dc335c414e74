/**
 * The generated bpg/proxmox bindings: up to date with the schema, imported through the one
 * cdktf module, writing required_providers with the right source and constraint, and writing
 * every key of list(object) attributes (the VM's network_device) as Terraform requires.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cleanTemp, PROXMOX_SCHEMA, resources, synthApp, tempDir, tfValidateAll } from './helpers';
import { differences, generateProxmoxBindings, OUT_DIR, RESOURCES } from '../../scripts/generate-proxmox-bindings';
import { ProxmoxClusterSettings, ProxmoxDatacenterFirewall, ProxmoxWorkspace, TemplateCatalog } from '../../src';
import { VirtualEnvironmentVm } from '../../src/constructs/proxmox/generated/virtual-environment-vm.generated';
import { ensureProxmoxProvider } from '../../src/constructs/proxmox/private/support';
import { TerraformStack } from '../../src/constructs/terraform/cdktf';

afterAll(cleanTemp);

const schema = JSON.parse(fs.readFileSync(PROXMOX_SCHEMA, 'utf8'));
const vmSchema = schema.provider_schemas['registry.terraform.io/bpg/proxmox'].resource_schemas.proxmox_virtual_environment_vm.block;
const networkDeviceKeys = Object.keys(vmSchema.attributes.network_device.type[1][1]).sort();

describe('generated bindings', () => {
  test('the committed files are exactly what the generator writes from the schema', async () => {
    const files = await generateProxmoxBindings();
    expect(files.map((f) => f.name).sort()).toEqual([
      'provider.generated.ts',
      ...RESOURCES.map((r) => `${r.replace(/^proxmox_/, '').replace(/_/g, '-')}.generated.ts`),
    ].sort());
    // Fix when this fails: npx projen generate:proxmox-bindings
    expect(differences(files)).toEqual([]);
  });

  test('each file says it is generated, how to regenerate it, and imports cdktf through src/constructs/terraform/cdktf.ts', () => {
    for (const f of fs.readdirSync(OUT_DIR).filter((n) => n.endsWith('.generated.ts'))) {
      const text = fs.readFileSync(path.join(OUT_DIR, f), 'utf8');
      expect(text.startsWith('// GENERATED FILE: DO NOT EDIT.')).toBe(true);
      expect(text).toContain('npx projen generate:proxmox-bindings');
      expect(text).toContain("import * as cdktf from '../../terraform/cdktf';");
      expect(text).not.toMatch(/from 'cdktf'/);
    }
  });

  test('no source file but src/constructs/terraform/cdktf.ts imports the cdktf package', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /from ['"]cdktf(\/[^'"]*)?['"]/.test(fs.readFileSync(p, 'utf8')) && !p.endsWith(path.join('src', 'constructs', 'terraform', 'cdktf.ts'))) offenders.push(p);
      }
    };
    walk(path.join(__dirname, '..', '..', 'src'));
    expect(offenders).toEqual([]);
  });
});

const CLUSTER: ProxmoxClusterSettings = { nodes: ['pve1'], datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE, dhcpPool: ['10.1.0.0/24'] };

describe('required_providers', () => {
  test('a stack with only a ProxmoxWorkspace names bpg/proxmox ~> 0.111.0 and gets an unconfigured provider', () => {
    const { json } = synthApp((app) => {
      const stack = new TerraformStack(app, 'bare');
      new ProxmoxWorkspace(stack, 'ws', { template: TemplateCatalog.bundled().resolve('ubuntu-24-04'), cluster: CLUSTER, nodeName: 'pve1' });
      return stack;
    });
    expect(json.terraform.required_providers).toEqual({ proxmox: { source: 'bpg/proxmox', version: '~> 0.111.0' } });
    expect(json.provider.proxmox).toEqual([{}]);
  });

  test('a second construct reuses the stack\'s provider', () => {
    const { json } = synthApp((app) => {
      const stack = new TerraformStack(app, 'two');
      const c = TemplateCatalog.bundled();
      new ProxmoxWorkspace(stack, 'a', { template: c.resolve('ubuntu-24-04'), cluster: CLUSTER, nodeName: 'pve1' });
      new ProxmoxWorkspace(stack, 'b', { template: c.resolve('debian-12'), cluster: CLUSTER, nodeName: 'pve1' });
      return stack;
    });
    expect(json.provider.proxmox).toHaveLength(1);
  });
});

describe('list(object) attributes', () => {
  test('the schema has exactly the 11 network_device keys the binding was patched for', () => {
    expect(networkDeviceKeys).toEqual(['bridge', 'disconnected', 'enabled', 'firewall', 'mac_address', 'model', 'mtu', 'queues', 'rate_limit', 'trunks', 'vlan_id']);
  });

  test('network_device writes every key, null for the unset ones, and tf-validate accepts it; without them it fails', async () => {
    const { json, dir } = synthApp((app) => {
      const stack = new TerraformStack(app, 'nic');
      ensureProxmoxProvider(stack);
      new VirtualEnvironmentVm(stack, 'vm', { nodeName: 'pve1', networkDevice: [{ bridge: 'vmbr0' }, { bridge: 'vmbr1', vlanId: 7, firewall: true }] });
      return stack;
    });
    const nics = resources(json, 'proxmox_virtual_environment_vm')[0].body.network_device;
    expect(nics).toHaveLength(2);
    for (const nic of nics) expect(Object.keys(nic).sort()).toEqual(networkDeviceKeys);
    expect(nics[0]).toEqual({
      bridge: 'vmbr0', disconnected: null, enabled: null, firewall: null, mac_address: null, model: null, mtu: null, queues: null, rate_limit: null, trunks: null, vlan_id: null,
    });
    expect(nics[1]).toMatchObject({ bridge: 'vmbr1', vlan_id: 7, firewall: true, model: null });

    // The trap: the same configuration with only the keys that were set.
    const broken = JSON.parse(JSON.stringify(json));
    for (const body of Object.values<any>(broken.resource.proxmox_virtual_environment_vm)) {
      body.network_device = body.network_device.map((n: any) => Object.fromEntries(Object.entries(n).filter(([, v]) => v !== null)));
    }
    const brokenDir = tempDir('nic-broken');
    fs.writeFileSync(path.join(brokenDir, 'cdk.tf.json'), JSON.stringify(broken, null, 2));

    const results = await tfValidateAll([dir, brokenDir]);
    if (!results) return;
    const byDir = new Map(results.map((r) => [r.dir, r]));
    expect(byDir.get(dir)!.status).toBe(0);
    expect(byDir.get(brokenDir)!.status).toBe(1);
    expect(byDir.get(brokenDir)!.output).toMatch(/attribute[s]? .*(required|missing)/i);
  });
});
