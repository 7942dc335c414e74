import * as fs from 'fs';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import { EgressMode, LabDefinition, LabStack, LabWorkspaceDefinition, UserRegistry, WorkspacePolicy, WorkspaceSize } from '../../src';
import { ed25519 } from '../helpers/keys';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const registry = UserRegistry.fromProps({
  // Each with an email: a published service admits only identities the registry names.
  users: ['alice', 'bob', 'carol', 'dave'].map((name) => ({ name, groups: ['lab'], sshKeys: [ed25519(name)], email: `${name}@example.edu` })),
  groups: [{ name: 'lab' }],
});

function ws(name: string, owner = 'alice'): LabWorkspaceDefinition {
  return { name, template: 'jupyter-lab', owner, project: 'p1', size: WorkspaceSize.S };
}

function lab(workspaces: LabWorkspaceDefinition[], over: Partial<LabDefinition> = {}) {
  const app = new App();
  const stack = new LabStack(app, 'Lab', { definition: { name: 'lab1', region: 'us-east-1', registry, workspaces, ...over } });
  return { app, stack };
}

/** Where a workspace lives: its stack's path and its instance's logical id. */
function identity(stack: LabStack, name: string): string {
  const w = stack.workspace(name);
  const s = Stack.of(w);
  return `${s.node.path} ${s.getLogicalId(w.instance)}`;
}

afterAll(cleanTempDirs);

describe('LabStack', () => {
  test('composes network, key, storage, registry, boundary and workspaces', () => {
    const { stack } = lab([ws('alice-nb')]);
    const t = Template.fromStack(stack);
    t.resourceCountIs('AWS::EC2::VPC', 1);
    t.resourceCountIs('AWS::EFS::FileSystem', 1);
    t.resourceCountIs('AWS::SSM::Association', 1);
    t.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    t.hasResourceProperties('AWS::IAM::ManagedPolicy', { Description: Match.stringLikeRegexp('Permissions boundary of lab lab1') });
    expect(stack.workspaceStacks).toHaveLength(1);
    Template.fromStack(stack.workspaceStacks[0]).resourceCountIs('AWS::EC2::Instance', 1);
  });

  test('a workspace\'s stack and logical id depend on its name only: adding and removing others moves nothing', () => {
    const names = ['alice-nb', 'bob-nb', 'carol-nb', 'dave-nb', 'alice-2', 'bob-2', 'carol-2'];
    const first = lab(names.map((n, i) => ws(n, ['alice', 'bob', 'carol', 'dave'][i % 4]))).stack;
    const before = Object.fromEntries(names.map((n) => [n, identity(first, n)]));
    const changed = [...names.filter((n) => n !== 'bob-nb' && n !== 'carol-2'), 'erin-nb', 'frank-nb'];
    const second = lab(changed.map((n, i) => ws(n, ['alice', 'bob', 'carol', 'dave'][i % 4]))).stack;
    for (const n of changed.filter((x) => x in before)) expect(identity(second, n)).toBe(before[n]);
    for (const n of names) {
      expect(Stack.of(first.workspace(n)).node.id).toBe(`Workspaces${String(LabStack.workspaceStackIndex(n, 128)).padStart(3, '0')}`);
    }
  });

  test('workspaceStackIndex is a stable hash of the name', () => {
    expect(LabStack.workspaceStackIndex('alice-nb', 128)).toBe(LabStack.workspaceStackIndex('alice-nb', 128));
    const spread = new Set(Array.from({ length: 200 }, (_, i) => LabStack.workspaceStackIndex(`w${i}`, 128)));
    expect(spread.size).toBeGreaterThan(90);
  });

  test('workspaceStackCount 0 keeps every workspace in the lab stack', () => {
    const { stack } = lab([ws('alice-nb')], { workspaceStackCount: 0 });
    expect(stack.workspaceStacks).toEqual([]);
    expect(Stack.of(stack.workspace('alice-nb'))).toBe(stack);
  });

  test('a stack past 80% of a CloudFormation limit fails synth with the numbers and the fix', () => {
    const many = Array.from({ length: 40 }, (_, i) => ws(`w${i}`, ['alice', 'bob', 'carol', 'dave'][i % 4]));
    const { app } = lab(many, { workspaceStackCount: 0 });
    expect(() => app.synth()).toThrow(/stack Lab \(40 workspaces\) uses more than 80% of CloudFormation's limits: (\d+ resources \(limit 500\), )?\d+ bytes \(limit 1000000\).*Fix: spread the workspaces over nested stacks/s);
  });

  test('stackUsage reports every stack under 80%', () => {
    const { stack } = lab(Array.from({ length: 6 }, (_, i) => ws(`w${i}`, ['alice', 'bob', 'carol', 'dave'][i % 4])));
    const usage = stack.stackUsage();
    expect(usage[0].stack).toBe('Lab');
    expect(usage.reduce((n, u) => n + u.workspaces, 0)).toBe(6);
    for (const u of usage) {
      expect(u.resources).toBeLessThanOrEqual(400);
      expect(u.templateBytes).toBeLessThanOrEqual(800_000);
      expect(u.outputs).toBeLessThanOrEqual(160);
      expect(u.dynamicReferences).toBeLessThanOrEqual(48);
    }
  });

  test('egress: none by default (no NAT); the policy\'s egress when it sets one', () => {
    const none = Template.fromStack(lab([ws('alice-nb')]).stack);
    none.resourceCountIs('AWS::EC2::NatGateway', 0);
    none.resourceCountIs('AWS::EC2::InternetGateway', 0);
    const proxied = lab([ws('alice-nb')], { policy: new WorkspacePolicy({ name: 'p', egress: EgressMode.PROXIED }) }).stack;
    expect(proxied.egress).toBe(EgressMode.PROXIED);
    Template.fromStack(proxied).resourceCountIs('AWS::EC2::NatGateway', 1);
  });

  test('asking for more egress than the policy allows fails synth', () => {
    const { app } = lab([ws('alice-nb')], { egress: EgressMode.OPEN, policy: new WorkspacePolicy({ name: 'p', egress: EgressMode.NONE }) });
    expect(() => app.synth()).toThrow(/policy violation \[egress-not-allowed\]: workspace "Lab\/Workspaces\d+\/alice-nb".*Fix: remove internet access/);
  });

  test('web gateway: the shared workspace group admits each published port from the gateway\'s group only', () => {
    const web = {
      domainName: 'lab.example.edu',
      certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
      oidc: {
        issuer: 'https://auth.globus.org',
        authorizationEndpoint: 'https://auth.globus.org/v2/oauth2/authorize',
        tokenEndpoint: 'https://auth.globus.org/v2/oauth2/token',
        userInfoEndpoint: 'https://auth.globus.org/v2/oauth2/userinfo',
        clientId: 'client',
        clientSecretName: 'lab/oidc',
      },
    };
    const { stack } = lab([ws('alice-nb'), { ...ws('bob-code', 'bob'), template: 'code-server-dev', size: WorkspaceSize.M }], { web });
    const t = Template.fromStack(stack).toJSON();
    const wsGroup = stack.resolve(stack.workspaceSecurityGroup.securityGroupId);
    const albGroup = stack.resolve(stack.webGateway!.loadBalancer.connections.securityGroups[0].securityGroupId);
    const rules = Object.values<any>(t.Resources).filter((r) => r.Type === 'AWS::EC2::SecurityGroupIngress').map((r) => r.Properties)
      .filter((p) => JSON.stringify(p.GroupId) === JSON.stringify(wsGroup));
    expect(rules.map((r) => r.FromPort).sort()).toEqual([8080, 8888]);
    for (const r of rules) expect(r).toMatchObject({ IpProtocol: 'tcp', SourceSecurityGroupId: albGroup, ToPort: r.FromPort });
    expect(t.Resources[stack.getLogicalId(stack.workspaceSecurityGroup.node.defaultChild as any)].Properties.SecurityGroupIngress).toBeUndefined();
    // The claim check listens on the published port for the gateway; the service behind it on loopback.
    expect(stack.workspace('alice-nb').userDataPart('cloud-config.yaml')).toContain('"port":8888,"backendPort":18888');
    expect(stack.workspace('alice-nb').userDataPart('cloud-config.yaml')).toContain('--ServerApp.ip=127.0.0.1 --ServerApp.port=18888');
    expect(stack.workspace('bob-code').userDataPart('cloud-config.yaml')).toContain('"port":8080,"backendPort":18080');
  });

  test('an offline lab (egress none) warns about workspaces on public images without the tools it needs', () => {
    const { stack } = lab([ws('alice-nb'), { ...ws('bob-al', 'bob'), template: 'amazon-linux-2023' }], { workspaceStackCount: 0 });
    const warnings = Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('rws:offline-image'));
    expect(warnings.map((w) => w.id)).toEqual(['/Lab/alice-nb']);
  });

  test('estimated hourly cost sums the workspaces', () => {
    const { stack } = lab([ws('alice-nb'), ws('bob-nb', 'bob')]);
    expect(stack.estimatedHourlyCost).toBeCloseTo(2 * 0.0416, 6);
  });

  test.each<[string, Partial<LabDefinition>, RegExp]>([
    ['bad name', { name: 'my lab' }, /name: a lab name holds letters/],
    ['duplicate workspace', { workspaces: [ws('a1'), ws('A1')] }, /workspaces\[1\].name: workspace name "A1" is already used by workspaces\[0\]/],
    ['bad workspace name', { workspaces: [{ ...ws('a1'), name: '9lives' }] }, /workspaces\[0\].name: a workspace name starts with a letter/],
    ['existing VPC without subnets', { vpc: { vpcId: 'vpc-1' } }, /vpc.subnetIds: an existing VPC needs the subnets/],
    ['stack count', { workspaceStackCount: 500 }, /workspaceStackCount: must be a whole number from 0 to 200/],
    ['web without gateway', { workspaces: [{ ...ws('a1'), web: true }] }, /workspaces\[0\].web: the lab has no web gateway/],
    ['missing file', { registry: undefined, registryFile: '/nonexistent/users.yaml' }, /registryFile: the file does not exist/],
  ])('rejects %s', (_n, over, message) => {
    expect(() => lab([ws('alice-nb')], over)).toThrow(message);
  });

  test('an unknown template names the workspace', () => {
    expect(() => lab([{ ...ws('a1'), template: 'no-such-template' }])).toThrow(/Lab: workspace "a1": template "no-such-template" cannot be used/);
  });

  describe('lab.yaml', () => {
    function write(files: Record<string, string>): string {
      const dir = tempDir();
      for (const [f, c] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), c);
      return dir;
    }
    const users = [
      'groups: [{ name: lab }]',
      'users:',
      `  - { name: alice, groups: [lab], ssh_keys: ["${ed25519('alice')}"] }`,
    ].join('\n');

    test('reads a definition with paths relative to the file', () => {
      const dir = write({
        'users.yaml': users,
        'policy.yaml': 'name: p\negress: proxied\nallowed_templates: [jupyter-lab]\n',
        'lab.yaml': [
          'name: yaml-lab', 'region: us-east-1', 'registry: ./users.yaml', 'policy: ./policy.yaml', 'vpc: { cidr: 10.50.0.0/16 }',
          'workspaces:', '  - { name: alice-nb, template: jupyter-lab, owner: alice, project: p1, size: S, tags: { cost-center: "42" } }',
        ].join('\n'),
      });
      const def = LabStack.loadDefinition(path.join(dir, 'lab.yaml'));
      expect(def).toMatchObject({ name: 'yaml-lab', region: 'us-east-1', registryFile: path.join(dir, 'users.yaml'), vpc: { cidr: '10.50.0.0/16' } });
      expect(def.workspaces[0]).toMatchObject({ name: 'alice-nb', size: WorkspaceSize.S, tags: { 'cost-center': '42' } });
      const app = new App();
      const stack = LabStack.fromFile(app, 'YamlLab', path.join(dir, 'lab.yaml'));
      expect(stack.egress).toBe(EgressMode.PROXIED);
      // The lock file was missing: the ids assigned during synthesis are saved, with a warning to commit them.
      Annotations.fromStack(stack).hasWarning('/YamlLab', Match.stringLikeRegexp('users.lock.json was updated with ids assigned during synthesis'));
      const lock = JSON.parse(fs.readFileSync(path.join(dir, 'users.lock.json'), 'utf8'));
      expect(lock.users.alice).toBe(stack.users!.registry.user('alice').uid);
      // A second synthesis reads the saved ids: nothing to write, no warning.
      const again = LabStack.fromFile(new App(), 'YamlLab', path.join(dir, 'lab.yaml'));
      Annotations.fromStack(again).hasNoWarning('/YamlLab', Match.stringLikeRegexp('users.lock.json'));
    });

    test('every problem with file, line, field and fix, all at once', () => {
      const dir = write({
        'lab.yaml': [
          'name: yaml-lab',
          'worksapces: []',
          'egress: sometimes',
          'workspaces:',
          '  - { name: a1, template: jupyter-lab, size: XXL }',
          '  - { template: jupyter-lab, spot: maybe }',
        ].join('\n'),
      });
      const file = path.join(dir, 'lab.yaml');
      let message = '';
      try {
        LabStack.loadDefinition(file);
      } catch (e: any) {
        message = e.message;
      }
      expect(message).toContain(`${file}: 5 problems in the lab definition`);
      expect(message).toMatch(/lab.yaml:2:1: error unknown-field: worksapces: unknown field "worksapces" is ignored; a misspelled setting would silently not apply. Fix: did you mean "workspaces"\?/);
      expect(message).toMatch(/lab.yaml:3:9: error invalid-value: egress: unknown egress mode \(got "sometimes"\)/);
      expect(message).toMatch(/lab.yaml:5:\d+: error unknown-size: workspaces\[0\].size: unknown workspace size \(got "XXL"\)/);
      expect(message).toMatch(/lab.yaml:6:\d+: error missing-field: workspaces\[1\].name: required field "name" is missing/);
      expect(message).toMatch(/lab.yaml:6:\d+: error wrong-type: workspaces\[1\].spot: expected true or false/);
    });

    test('a broken YAML file is one clear error', () => {
      const dir = write({ 'lab.yaml': 'name: [unclosed\n' });
      expect(() => LabStack.loadDefinition(path.join(dir, 'lab.yaml'))).toThrow(/lab.yaml:\d+:\d+: error yaml-syntax/);
    });
  });
});
