/**
 * The egress audit at synthesis: the CDK validation plugin (LabStack, PermitStack) and the cdktf
 * validation (Terraform stacks) fail `app.synth()` on a finding in `error` mode, report it in
 * `warning` mode, and are skipped with `off` (context cdk-research-workspaces:egressAudit).
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { awsLab, kubernetesLab, tempDir } from './fixtures';
import { kubernetesLabStack } from '../../examples/kubernetes-lab/main';
import { App as TfApp, TerraformOutput, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { addTerraformEgressAudit } from '../../src/constructs/terraform/egress-audit-hooks';
import { EGRESS_AUDIT_CONTEXT } from '../../src/private/egress-audit';
import { addEgressAuditPlugin } from '../../src/stacks/aws/private/egress-audit-plugin';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';

let dir: string;
beforeAll(() => {
  dir = tempDir('hooks');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let n = 0;
function cdkApp(template: any, mode: string): App {
  const app = new App({ outdir: path.join(dir, `cdk-${n++}`), context: { [EGRESS_AUDIT_CONTEXT]: mode } });
  const stack = new Stack(app, 'DemoLab');
  stack.templateOptions.metadata = template.Metadata;
  for (const [id, r] of Object.entries<any>(template.Resources)) {
    const res = new CfnResource(stack, id, { type: r.Type, properties: r.Properties });
    res.overrideLogicalId(id);
  }
  addEgressAuditPlugin(stack);
  return app;
}

test('CDK plugin, error mode: good output synthesizes; an endpoint without a policy fails synth naming it', () => {
  expect(() => cdkApp(awsLab('none'), 'error').synth()).not.toThrow();
  const bad = awsLab('none');
  delete bad.Resources.S3Endpoint.Properties.PolicyDocument;
  expect(() => cdkApp(bad, 'error').synth()).toThrow(/workspace alice-ws \(none\) reaches aws-any-account through S3Endpoint[\s\S]*cdk-research-workspaces egress audit/);
});

test('CDK plugin, warning mode reports without failing; off skips the audit', () => {
  const bad = awsLab('none');
  bad.Resources.Open = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: '-1', CidrIp: '0.0.0.0/0' } };
  const app = cdkApp(bad, 'warning');
  const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const assembly = app.synth();
    const report = JSON.parse(fs.readFileSync(path.join(assembly.directory, 'validation-report.json'), 'utf8'));
    const text = JSON.stringify(report);
    expect(text).toContain('rws-egress-audit');
    expect(text).toContain('network.security-group-egress');
  } finally {
    spy.mockRestore();
    warn.mockRestore();
    log.mockRestore();
  }
  expect(() => cdkApp(bad, 'off').synth()).not.toThrow();
});

test('an unknown context value is an error naming the key', () => {
  expect(() => cdkApp(awsLab('none'), 'sometimes')).toThrow(/cdk-research-workspaces:egressAudit is "sometimes"; expected error, warning or off/);
});

function tfSynth(json: any, mode: string, kind: 'kubernetes' | 'proxmox' = 'kubernetes'): void {
  const app = new TfApp({ outdir: path.join(dir, `tf-${n++}`), context: { [EGRESS_AUDIT_CONTEXT]: mode } });
  const stack = new TerraformStack(app, 'k8s-lab');
  stack.addOverride('resource', json.resource);
  addTerraformEgressAudit(stack, kind);
  app.synth();
}

test('cdktf validation, error mode: good output synthesizes; a DNS allowance to 0.0.0.0/0:53 fails synth naming the policy', () => {
  expect(() => tfSynth(kubernetesLab('none'), 'error')).not.toThrow();
  const bad = kubernetesLab('none');
  bad.resource.kubernetes_network_policy_v1.WsEgress.spec.egress.push({ ports: [{ port: '53', protocol: 'UDP' }], to: [{ ip_block: { cidr: '0.0.0.0/0' } }] });
  expect(() => tfSynth(bad, 'error')).toThrow(/egress audit: lab demo: workspace alice-ws \(none\) reaches outside-dns through kubernetes_network_policy_v1\.WsEgress/);
  const write = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    expect(() => tfSynth(bad, 'warning')).not.toThrow();
    expect(write.mock.calls.map((c) => String(c[0])).join('')).toMatch(/warning: egress audit: .*outside-dns/);
  } finally {
    write.mockRestore();
  }
});

test('KubernetesLabStack is wired: an escape-hatch NetworkPolicy that opens 443 to the internet fails the real example synth', () => {
  const app = new TfApp({ outdir: path.join(dir, 'k8s-example'), context: { [EGRESS_AUDIT_CONTEXT]: 'error' } });
  const stack = kubernetesLabStack(app);
  stack.addOverride('resource.kubernetes_network_policy_v1.EscapeHatch', {
    metadata: { name: 'escape-hatch', namespace: stack.namespace },
    spec: {
      pod_selector: { match_labels: { 'cdk-research-workspaces.dev/workspace': 'bob-offline' } },
      policy_types: ['Egress'],
      egress: [{ ports: [{ port: '443', protocol: 'TCP' }], to: [{ ip_block: { cidr: '0.0.0.0/0' } }] }],
    },
  });
  expect(() => app.synth()).toThrow(/egress audit: lab genomics: workspace bob-offline \(none\) reaches internet through kubernetes_network_policy_v1\.EscapeHatch/);
}, 120_000);

test('LabStack and PermitStack register the plugin once per stage (context off: none)', () => {
  const app = new App({ outdir: path.join(dir, 'twice'), context: { [EGRESS_AUDIT_CONTEXT]: 'error' } });
  const a = new Stack(app, 'A');
  const b = new Stack(app, 'B');
  addEgressAuditPlugin(a);
  addEgressAuditPlugin(b);
  expect((app as any).policyValidationBeta1.length).toBe(1);
  const off = new App({ outdir: path.join(dir, 'off'), context: { [EGRESS_AUDIT_CONTEXT]: 'off' } });
  addEgressAuditPlugin(new Stack(off, 'C'));
  expect((off as any).policyValidationBeta1.length).toBe(0);
});

describe('the audit\'s rendering is handed to the synthesizer (issue 18: one rendering per stack)', () => {
  // The kit's stacks render with their own toTerraform() (renderStackTokens); plain stacks with cdktf's.
  const render = (cls: { prototype: { toTerraform(): any } } = TerraformStack) => jest.spyOn(cls.prototype, 'toTerraform');

  test('the example Kubernetes lab: rendered once in app.synth(), and the file is what a fresh rendering gives', () => {
    // (spied before the stack binds the prototype's method)
    const spy = render(KubernetesLabStack);
    try {
      const app = new TfApp({ outdir: path.join(dir, 'once'), context: { [EGRESS_AUDIT_CONTEXT]: 'error' } });
      const stack = kubernetesLabStack(app);
      app.synth();
      expect(spy).toHaveBeenCalledTimes(1);
      const file = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
      // The hand-over was used once: this call renders afresh (a second prototype call).
      expect(file).toEqual(JSON.parse(JSON.stringify(stack.toTerraform())));
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  }, 120_000);

  test('never stale: a construct added after the validation, or anything changed after the synchronous run, is rendered afresh', async () => {
    const spy = render();
    try {
      const app = new TfApp({ outdir: path.join(dir, 'stale'), context: { [EGRESS_AUDIT_CONTEXT]: 'error' } });
      const stack = new TerraformStack(app, 'k8s-lab');
      stack.addOverride('resource', kubernetesLab('none').resource);
      addTerraformEgressAudit(stack, 'kubernetes');
      expect(stack.node.validate()).toEqual([]);
      new TerraformOutput(stack, 'Added', { value: 'x' });
      expect(stack.toTerraform().output).toEqual({ Added: { value: 'x' } });
      expect(spy).toHaveBeenCalledTimes(2);
      expect(stack.node.validate()).toEqual([]);
      await Promise.resolve();
      stack.addOverride('locals.changed', 'yes');
      expect(stack.toTerraform().locals).toEqual({ changed: 'yes' });
      expect(spy).toHaveBeenCalledTimes(4);
    } finally {
      spy.mockRestore();
    }
  });

  test('a stack that fails the audit hands nothing over', () => {
    const bad = kubernetesLab('none');
    bad.resource.kubernetes_network_policy_v1.WsEgress.spec.egress.push({ ports: [{ port: '53', protocol: 'UDP' }], to: [{ ip_block: { cidr: '0.0.0.0/0' } }] });
    const spy = render();
    try {
      const app = new TfApp({ outdir: path.join(dir, 'bad'), context: { [EGRESS_AUDIT_CONTEXT]: 'error' } });
      const stack = new TerraformStack(app, 'k8s-lab');
      stack.addOverride('resource', bad.resource);
      addTerraformEgressAudit(stack, 'kubernetes');
      expect(stack.node.validate()).not.toEqual([]);
      stack.toTerraform();
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
