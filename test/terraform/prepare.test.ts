/**
 * The kit's Terraform stacks prepare only the parts of their configuration that may hold tokens
 * (src/constructs/terraform/prepare.ts). What cdktf's own pass is for must still happen: a
 * reference across stacks (either way) gets its output and remote state, a lazy value that adds
 * a resource while it resolves adds it before the stack is written, and the written files are
 * the same as with cdktf's pass.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { analysisPermit } from './permit-fixture';
import { KubernetesPermitStack } from '../../src';
import { App, Fn, Lazy, TerraformOutput, TerraformStack, Token } from '../../src/constructs/terraform/cdktf';
import { prepareStackTokens } from '../../src/constructs/terraform/prepare';

const PERMIT = analysisPermit('p-prep');

type Prepare = 'kit' | 'cdktf' | 'none';

/** Every file the App wrote, by path relative to its folder. */
function written(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      // (Annotations' traces name this test's lines, which differ between the two calls.)
      else out[path.relative(dir, p)] = fs.readFileSync(p, 'utf8').split(dir).join('<out>').replace(/prepare\.test\.ts:\d+:\d+/g, 'prepare.test.ts');
    }
  };
  walk(dir);
  return out;
}

/**
 * One App: a user's stack with a namespace; the kit's permit stack, to which the user adds a
 * config map and outputs that read the user's namespace (kit -> user: strings, a number, a
 * list), and a lazy value that adds a resource when it is resolved; and a second user
 * stack that reads an attribute of a resource of the permit stack (user -> kit).
 */
function synth(prepare: Prepare): { files: Record<string, string>; permit: KubernetesPermitStack } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-prepare-'));
  try {
    const app = new App({ outdir: dir });
    const shared = new TerraformStack(app, 'shared');
    new KubernetesProvider(shared, 'k8s', { configPath: '~/.kube/config' });
    const ns = new NamespaceV1(shared, 'ns', { metadata: { name: 'shared' } });

    const permit = new KubernetesPermitStack(app, 'permit-p-prep', { auditTimestamp: '2025-01-01T00:00:00Z', permit: PERMIT });
    if (prepare === 'cdktf') permit.prepareStack = () => TerraformStack.prototype.prepareStack.call(permit);
    if (prepare === 'none') permit.prepareStack = () => undefined;
    let lazyAdded = false;
    new ConfigMapV1(permit, 'reads-shared', {
      metadata: { name: 'reads-shared', namespace: 'default' },
      data: {
        namespace: ns.metadata.name,
        generation: `gen-${Token.asString(ns.metadata.generation)}`,
        labels: Fn.join(',', Fn.keys(ns.metadata.labels)),
        late: Lazy.stringValue({
          produce: () => {
            if (!lazyAdded) {
              lazyAdded = true;
              new TerraformOutput(permit, 'added-while-preparing', { value: 'yes' });
            }
            return 'late';
          },
        }),
      },
    });
    new TerraformOutput(permit, 'shared-labels', { value: Fn.keys(ns.metadata.labels) });
    new TerraformOutput(permit, 'shared-generation', { value: ns.metadata.generation });
    const reader = new TerraformStack(app, 'reader');
    new KubernetesProvider(reader, 'k8s', { configPath: '~/.kube/config' });
    const permitNamespace = permit.node.findAll().find((c) => c instanceof NamespaceV1) as NamespaceV1;
    new ConfigMapV1(reader, 'reads-permit', { metadata: { name: 'reads-permit', namespace: 'default' }, data: { uid: permitNamespace.metadata.uid } });
    app.synth();
    return { files: written(dir), permit };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('the kit\'s pass writes the same files as cdktf\'s, cross-stack references and lazy additions included', () => {
  const kit = synth('kit').files;
  const cdktf = synth('cdktf').files;
  expect(Object.keys(kit).sort()).toEqual(Object.keys(cdktf).sort());
  for (const f of Object.keys(cdktf)) expect({ f, text: kit[f] }).toEqual({ f, text: cdktf[f] });

  const permitJson = JSON.parse(kit['stacks/permit-p-prep/cdk.tf.json']);
  // kit -> user: a remote state of "shared" here, an output there.
  expect(Object.keys(permitJson.data?.terraform_remote_state ?? {})).toHaveLength(1);
  const data = permitJson.resource.kubernetes_config_map_v1['reads-shared'].data;
  expect(data.namespace).toMatch(/terraform_remote_state\./);
  expect(data.generation).toMatch(/^gen-\$\{data\.terraform_remote_state\./);
  expect(data.labels).toMatch(/terraform_remote_state\./);
  expect(data.late).toBe('late');
  expect(permitJson.output['shared-labels'].value).toMatch(/^\$\{keys\(data\.terraform_remote_state\./);
  expect(permitJson.output['shared-generation'].value).toMatch(/^\$\{data\.terraform_remote_state\./);
  expect(permitJson.output['added-while-preparing'].value).toBe('yes');
  const sharedJson = JSON.parse(kit['stacks/shared/cdk.tf.json']);
  expect(Object.keys(sharedJson.output).some((o) => o.startsWith('cross-stack-output-'))).toBe(true);
  // user -> kit: the permit stack gets the output the reader's remote state reads.
  expect(Object.keys(permitJson.output).some((o) => o.startsWith('cross-stack-output-'))).toBe(true);
});

test('without a preparing pass the cross-stack reference is written wrong (so the test above can fail)', () => {
  const files = synth('none').files;
  const permitJson = JSON.parse(files['stacks/permit-p-prep/cdk.tf.json']);
  expect(permitJson.data?.terraform_remote_state).toBeUndefined();
  expect(permitJson.resource.kubernetes_config_map_v1['reads-shared'].data.namespace).toMatch(/^\$\{kubernetes_namespace_v1\.ns\./);
});

test('values cdktf refuses are refused in the same way', () => {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'rws-prepare-')) });
  const stack = new TerraformStack(app, 's');
  new KubernetesProvider(stack, 'k8s', { configPath: '~/.kube/config' });
  const cm = new ConfigMapV1(stack, 'cm', { metadata: { name: 'cm' } });
  cm.addOverride('data.fn', () => 'x');
  expect(() => prepareStackTokens(stack)).toThrow(/function/i);
  expect(() => TerraformStack.prototype.prepareStack.call(stack)).toThrow(/function/i);
  fs.rmSync(app.outdir, { recursive: true, force: true });
});
