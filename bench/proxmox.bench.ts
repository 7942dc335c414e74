/**
 * Proxmox benchmark: synthesizing a lab of 1 and 100 workspaces (ProxmoxLabStack: template
 * resolution, policy checks, user-data generation, snippets, firewall) against a baseline of
 * the same number of bare `proxmox_virtual_environment_vm` resources written with the
 * generated binding alone, measured in the same process; and one permit phase.
 */
import { proxmoxLabStack } from '../examples/proxmox-lab/main';
import { EXAMPLE_PROXMOX_OPTIONS, examplePermit } from '../examples/permit-proxmox/main';
import { PermitStatus, ProxmoxPermitStack } from '../src';
import { App, TerraformStack } from '../src/constructs/terraform/cdktf';
import { VirtualEnvironmentVm } from '../src/constructs/proxmox/generated/virtual-environment-vm.generated';
import { ensureProxmoxProvider } from '../src/constructs/proxmox/private/support';
import { BenchTable, fmt, terraformResourceCount, timeMs, withOutdir } from './harness';

/** n bare VMs with the blocks a workspace VM has, no construct logic. */
function bareVms(app: App, n: number): TerraformStack {
  const stack = new TerraformStack(app, 'bare');
  ensureProxmoxProvider(stack);
  for (let i = 0; i < n; i++) {
    new VirtualEnvironmentVm(stack, `vm${i}`, {
      name: `ws-${i}`, nodeName: i % 2 ? 'pve2' : 'pve1', tags: ['rws'], started: true,
      cpu: { cores: 4, type: 'x86-64-v2-AES' }, memory: { dedicated: 16384 },
      disk: [{ interface: 'scsi0', datastoreId: 'local-zfs', size: 60, importFromAttribute: 'local:import/noble.qcow2' }],
      networkDevice: [{ bridge: 'vmbr1', model: 'virtio', firewall: true, enabled: true, disconnected: false }],
      initialization: { ipConfig: [{ ipv4: { address: 'dhcp' } }], userDataFileId: 'snippets:snippets/user-data.yaml' },
    });
  }
  return stack;
}

export async function run(): Promise<BenchTable[]> {
  const rows: Array<Array<string | number>> = [];
  for (const n of [1, 100]) {
    let resources = 0;
    let bareResources = 0;
    const labMs = timeMs(() => withOutdir('rws-bench-proxmox-', (outdir) => {
      const app = new App({ outdir });
      proxmoxLabStack(app, n);
      app.synth();
      resources = terraformResourceCount(outdir, 'proxmox-lab');
    }), 3);
    const bareMs = timeMs(() => withOutdir('rws-bench-proxmox-', (outdir) => {
      const app = new App({ outdir });
      bareVms(app, n);
      app.synth();
      bareResources = terraformResourceCount(outdir, 'bare');
    }), 3);
    rows.push([n, resources, fmt.ms(labMs), bareResources, fmt.ms(bareMs), fmt.ratio(labMs / bareMs), fmt.ms(labMs / n)]);
  }
  let permitResources = 0;
  const permitMs = timeMs(() => withOutdir('rws-bench-proxmox-', (outdir) => {
    const app = new App({ outdir });
    new ProxmoxPermitStack(app, 'permit-p-001', {
      ...EXAMPLE_PROXMOX_OPTIONS, auditTimestamp: '2025-01-01T00:00:00.000Z',
      permit: examplePermit('p-001', PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, 'bench'),
    });
    app.synth();
    permitResources = terraformResourceCount(outdir, 'permit-p-001');
  }), 3);
  return [
    {
      title: 'Proxmox lab synthesis (ProxmoxLabStack, python-ml VMs) vs bare VM resources',
      headers: ['workspaces', 'resources', 'lab synth (ms)', 'bare VMs', 'baseline synth (ms)', 'ratio', 'ms per workspace'],
      rows,
      notes: [
        'Median of 3 runs after a warm-up; synthesis includes writing cdk.tf.json to a temporary folder.',
        'A workspace is 6 resources (VM, user-data and meta-data snippets, firewall options, rules, access IP set) plus one image download per node;',
        'its user-data is generated (WorkspaceUserData) and hashed. The lab figure includes loading the bundled catalog and building the registry and policy.',
      ],
    },
    {
      title: 'Proxmox permit phase synthesis (ANALYSIS_ACTIVE)',
      headers: ['resources', 'synth (ms)'],
      rows: [[permitResources, fmt.ms(permitMs)]],
    },
  ];
}
