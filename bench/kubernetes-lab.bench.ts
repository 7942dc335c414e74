/**
 * Kubernetes lab benchmark: synthesizing a lab of 1 and 100 KubeVirt workspaces
 * (KubernetesLabStack: template resolution, policy checks, user-data generation, cloud-init
 * Secrets, NetworkPolicies, the package proxy) against a baseline of the same number of bare
 * `kubernetes_manifest` VirtualMachines with a Secret each, measured in the same process.
 */
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { BenchTable, fmt, terraformResourceCount, timeMs, withOutdir } from './harness';
import { EgressMode, KubernetesLabStack, TemplateCatalog, UserRegistry, WorkspaceSize } from '../src';
import { App, TerraformStack } from '../src/constructs/terraform/cdktf';

function registry(users: number): UserRegistry {
  const lines = ['users:'];
  for (let i = 0; i < users; i++) lines.push(`  - { name: u${String(i).padStart(4, '0')} }`);
  return UserRegistry.fromYaml(lines.join('\n'), 'bench-users.yaml');
}

/** n bare VMs with a cloud-init Secret each, no construct logic. */
function bareVms(app: App, n: number, userData: string): TerraformStack {
  const stack = new TerraformStack(app, 'bare');
  new KubernetesProvider(stack, 'kubernetes', {});
  for (let i = 0; i < n; i++) {
    const name = `ws-${i}`;
    new SecretV1(stack, `s${i}`, { metadata: { name: `${name}-cloud-init`, namespace: 'lab' }, data: { userdata: userData } });
    new Manifest(stack, `vm${i}`, {
      manifest: {
        apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { name, namespace: 'lab' },
        spec: {
          runStrategy: 'RerunOnFailure',
          dataVolumeTemplates: [{ metadata: { name: `${name}-root` }, spec: { storage: { resources: { requests: { storage: '60Gi' } } }, source: { http: { url: 'https://example.org/noble.img' } } } }],
          template: { spec: { domain: { cpu: { cores: 4 }, memory: { guest: '16384Mi' }, devices: {} }, volumes: [{ name: 'root', dataVolume: { name: `${name}-root` } }] } },
        },
      },
    });
  }
  return stack;
}

export async function run(): Promise<BenchTable[]> {
  const rows: Array<Array<string | number>> = [];
  const catalog = TemplateCatalog.bundled();
  const users = registry(100);
  for (const n of [1, 100]) {
    let resources = 0;
    let bareResources = 0;
    let userData = '';
    const labMs = timeMs(() => withOutdir('rws-bench-k8s-', (outdir) => {
      const app = new App({ outdir });
      const stack = new KubernetesLabStack(app, 'k8s-lab', {
        labName: 'bench', catalog, registry: users, egress: EgressMode.PROXIED,
        storage: { server: '10.20.30.5', exportPath: '/export/bench' },
        workspaces: Array.from({ length: n }, (_, i) => ({ name: `ws-${i}`, template: 'python-ml', owner: `u${String(i % 100).padStart(4, '0')}`, size: WorkspaceSize.M })),
      });
      app.synth();
      userData = stack.workspaces[0].userData.renderMime();
      resources = terraformResourceCount(outdir, 'k8s-lab');
    }), 3);
    const bareMs = timeMs(() => withOutdir('rws-bench-k8s-', (outdir) => {
      const app = new App({ outdir });
      bareVms(app, n, userData);
      app.synth();
      bareResources = terraformResourceCount(outdir, 'bare');
    }), 3);
    rows.push([n, resources, fmt.ms(labMs), bareResources, fmt.ms(bareMs), fmt.ratio(labMs / bareMs), fmt.ms(labMs / n)]);
  }
  return [{
    title: 'Kubernetes lab synthesis (KubernetesLabStack, python-ml KubeVirt VMs, 100 users) vs bare VirtualMachine manifests',
    headers: ['workspaces', 'resources', 'lab synth (ms)', 'bare resources', 'baseline synth (ms)', 'ratio', 'ms per workspace'],
    rows,
    notes: [
      'Median of 3 runs after a warm-up; synthesis includes writing cdk.tf.json to a temporary folder.',
      'A workspace is 4 resources (VirtualMachine, cloud-init Secret, Service, egress NetworkPolicy; an ingress one with accessCidrs); the lab adds its namespace, quota,',
      'limit range, default deny and the package proxy. The baseline writes a VirtualMachine and a Secret holding the same user-data per workspace.',
    ],
  }];
}
