/**
 * The kit's Terraform stacks render their JSON with only the parts that may hold tokens handed to
 * cdktf's resolver (renderStackTokens in src/constructs/terraform/prepare.ts). The JSON must be
 * cdktf's own, text for text: for every kind of the kit's stacks (a Kubernetes permit in each of
 * the 12 phases, a Proxmox permit, the Kubernetes and Proxmox example labs) and for a stack with
 * what users add: references into and out of it, lazy values, overrides holding tokens, a key
 * deleted by an override, a resolvable object literal.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { kubernetesLabStack } from '../../examples/kubernetes-lab/main';
import { examplePermit } from '../../examples/permit-aws/main';
import { EXAMPLE_PROXMOX_OPTIONS } from '../../examples/permit-proxmox/main';
import { proxmoxLabStack } from '../../examples/proxmox-lab/main';
import { KubernetesPermitStack, PermitStatus, ProxmoxPermitStack } from '../../src';
import { App, Fn, Lazy, TerraformOutput, TerraformStack, Token } from '../../src/constructs/terraform/cdktf';
import { renderStackTokens } from '../../src/constructs/terraform/prepare';

const dirs: string[] = [];
function newApp(): App {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-render-'));
  dirs.push(dir);
  return new App({ outdir: dir });
}
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** The stack's JSON text rendered by the kit and by cdktf's TerraformStack.toTerraform(). */
function bothWays(stack: TerraformStack): { kit: string; cdktf: string } {
  stack.prepareStack();
  const cdktf = JSON.stringify(TerraformStack.prototype.toTerraform.call(stack), undefined, 1);
  const kit = JSON.stringify(renderStackTokens(stack), undefined, 1);
  return { kit, cdktf };
}

const STATUSES = Object.values(PermitStatus).filter((s) => typeof s === 'string') as PermitStatus[];

test.each(STATUSES)('a Kubernetes permit in %s renders to cdktf\'s JSON', (status) => {
  const stack = new KubernetesPermitStack(newApp(), 'permit-r-1', {
    permit: examplePermit('r-1', status), auditTimestamp: '2025-01-01T00:00:00Z', storageClassName: 'standard', sharedStorageClassName: 'nfs-client',
  });
  const { kit, cdktf } = bothWays(stack);
  expect(kit).toBe(cdktf);
  expect(kit.length).toBeGreaterThan(1000);
  // The stack's own toTerraform() is the kit's (the egress audit's hand-over aside).
  expect(JSON.stringify(stack.toTerraform(), undefined, 1)).toBe(cdktf);
});

test.each([PermitStatus.AWAITING_INGRESS, PermitStatus.ANALYSIS_ACTIVE, PermitStatus.ARCHIVED])('a Proxmox permit in %s renders to cdktf\'s JSON', (status) => {
  const stack = new ProxmoxPermitStack(newApp(), 'permit-r-2', {
    ...EXAMPLE_PROXMOX_OPTIONS, permit: examplePermit('r-2', status), auditTimestamp: '2025-01-01T00:00:00Z', api: { endpoint: 'https://pve1.example.org:8006/' },
  });
  const { kit, cdktf } = bothWays(stack);
  expect(kit).toBe(cdktf);
});

test('the Kubernetes and Proxmox example labs render to cdktf\'s JSON', () => {
  for (const stack of [kubernetesLabStack(newApp()), proxmoxLabStack(newApp())]) {
    const { kit, cdktf } = bothWays(stack);
    expect(kit).toBe(cdktf);
    expect(kit).toContain('${'); // references resolved to Terraform expressions
  }
});

test('what users add to a kit stack renders to cdktf\'s JSON: references both ways, lazy values, overrides with tokens', () => {
  const app = newApp();
  const shared = new TerraformStack(app, 'shared');
  new KubernetesProvider(shared, 'k8s', { configPath: '~/.kube/config' });
  const ns = new NamespaceV1(shared, 'ns', { metadata: { name: 'shared', labels: { team: 'a' } } });
  const permit = new KubernetesPermitStack(app, 'permit-r-3', {
    permit: examplePermit('r-3', PermitStatus.ANALYSIS_ACTIVE), auditTimestamp: '2025-01-01T00:00:00Z', storageClassName: 'standard', sharedStorageClassName: 'nfs-client',
  });
  const cm = new ConfigMapV1(permit, 'user-map', {
    metadata: { name: 'user-map', namespace: 'default', labels: { generation: Token.asString(ns.metadata.generation) } },
    data: {
      namespace: ns.metadata.name,
      keys: Fn.join(',', Fn.keys(ns.metadata.labels)),
      late: Lazy.stringValue({ produce: () => 'late' }),
      plain: 'no tokens 1e5 here',
    },
  });
  cm.addOverride('data.from_override', ns.metadata.uid);
  cm.addOverride('data.plain', undefined); // deletes the key
  cm.addOverride('metadata.annotations', { 'an/object': { resolve: () => 'resolved by its own resolve()' } });
  permit.addOverride('locals.shared_name', ns.metadata.name);
  permit.addOverride('locals.count', Token.asNumber(ns.metadata.generation));
  permit.addOverride('locals.list', [ns.metadata.name, 'x']);
  new TerraformOutput(permit, 'shared-generation', { value: ns.metadata.generation });
  const reader = new TerraformStack(app, 'reader');
  new KubernetesProvider(reader, 'k8s', { configPath: '~/.kube/config' });
  new ConfigMapV1(reader, 'reads-permit', { metadata: { name: 'reads-permit', namespace: 'default' }, data: { name: cm.metadata.name } });
  reader.prepareStack();

  const { kit, cdktf } = bothWays(permit);
  expect(kit).toBe(cdktf);
  const json = JSON.parse(kit);
  const data = json.resource.kubernetes_config_map_v1['user-map'].data;
  expect(data.namespace).toMatch(/terraform_remote_state\./);
  expect(data.from_override).toMatch(/terraform_remote_state\./);
  expect(data.late).toBe('late');
  expect(data).not.toHaveProperty('plain');
  expect(json.resource.kubernetes_config_map_v1['user-map'].metadata.annotations['an/object']).toBe('resolved by its own resolve()');
  // A stack override is resolved but not prepared, by cdktf as by the kit: no remote state for it.
  expect(json.locals.shared_name).toBe('${kubernetes_namespace_v1.ns.metadata[0].name}');
  expect(json.locals.list[1]).toBe('x');
  expect(Object.keys(json.output).some((o) => o.startsWith('cross-stack-output-'))).toBe(true);
});
