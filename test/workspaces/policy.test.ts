import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EgressMode, PolicyViolation, WorkspacePolicy, WorkspaceRequest } from '../../src/workspaces/policy';
import { PriceTable } from '../../src/workspaces/pricing';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { Architecture, Sizes, WorkspaceSize } from '../../src/workspaces/sizes';
import { ConnectionType } from '../../src/workspaces/template';

const POLICY_FILE = 'lab-policy.yaml';

function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

function inputError(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError, but nothing was thrown');
}

/** A policy with every rule; each rule's line is its index + 1. */
const FULL = doc(
  'name: lab', // 1
  'allowed_templates: [python-*, r-research]', // 2
  'denied_templates: [python-legacy]', // 3
  'allowed_sizes: [xs, s, m, gpu-s]', // 4
  'allowed_instance_families: [t3, t4g, m6i, g4dn, p3]', // 5
  'denied_instance_families: [p3]', // 6
  'max_hourly_cost: 0.2', // 7
  'allowed_regions: [us-east-1, eu-west-1]', // 8
  'required_tags: [project, owner]', // 9
  'max_workspaces_per_user: 2', // 10
  'allowed_connection_types: [ssh, web]', // 11
  'egress: proxied', // 12
  'egress_allowed_domains: [pypi.org, "*.r-project.org"]', // 13
  'monthly_budget: 500', // 14
);

const GOOD: WorkspaceRequest = {
  name: 'ok',
  template: 'python-ml',
  size: WorkspaceSize.S,
  region: 'us-east-1',
  tags: { project: 'genomics', owner: 'alice' },
  connectionType: ConnectionType.WEB,
  egress: EgressMode.PROXIED,
};

function rules(v: PolicyViolation[]): string[] {
  return v.map((x) => x.rule);
}

describe('WorkspacePolicy.fromYaml', () => {
  const policy = WorkspacePolicy.fromYaml(FULL, POLICY_FILE);

  test('reads every rule', () => {
    expect(policy.name).toBe('lab');
    expect(policy.egress).toBe(EgressMode.PROXIED);
    expect(policy.egressAllowedDomains).toEqual(['pypi.org', '*.r-project.org']);
    expect(policy.props).toEqual({
      name: 'lab',
      source: POLICY_FILE,
      allowedTemplates: ['python-*', 'r-research'],
      deniedTemplates: ['python-legacy'],
      allowedSizes: [WorkspaceSize.XS, WorkspaceSize.S, WorkspaceSize.M, WorkspaceSize.GPU_S],
      allowedInstanceFamilies: ['t3', 't4g', 'm6i', 'g4dn', 'p3'],
      deniedInstanceFamilies: ['p3'],
      maxHourlyCost: 0.2,
      allowedRegions: ['us-east-1', 'eu-west-1'],
      requiredTags: ['project', 'owner'],
      maxWorkspacesPerUser: 2,
      allowedConnectionTypes: [ConnectionType.SSH, ConnectionType.WEB],
      egress: EgressMode.PROXIED,
      egressAllowedDomains: ['pypi.org', '*.r-project.org'],
      monthlyBudget: 500,
    });
  });

  test('a workspace inside every rule passes', () => {
    expect(policy.evaluate(GOOD)).toEqual([]);
  });

  test('evaluate returns every violation of a workspace at once', () => {
    const v = policy.evaluate({
      name: 'big',
      template: 'stata',
      size: WorkspaceSize.XL,
      region: 'ap-south-1',
      tags: { project: 'x' },
      connectionType: ConnectionType.DCV,
      egress: EgressMode.OPEN,
    });
    expect(rules(v)).toEqual([
      'template-not-allowed', 'size-not-allowed', 'cost-too-high', 'region-not-allowed', 'missing-tags',
      'connection-not-allowed', 'egress-not-allowed',
    ]);
    for (const x of v) {
      expect(x.workspace).toBe('big');
      expect(x.message).toContain('workspace "big"');
      expect(x.message).toContain('policy "lab"');
      expect(x.message).toContain(`(requested ${x.requested})`);
      expect(x.message).toContain(`allows ${x.allowed}`);
      expect(x.message.endsWith(`Fix: ${x.fix}`)).toBe(true);
      expect(x.fix.length).toBeGreaterThan(5);
    }
  });

  test.each([
    ['template-not-allowed', { template: 'stata' }, 2, 'stata', /choose one of python-\*, r-research/],
    ['template-denied', { template: 'python-legacy' }, 3, 'python-legacy', /another template/],
    ['size-not-allowed', { size: WorkspaceSize.L, hourlyCost: 0.1 }, 4, 'L', /use XS or S or M or GPU-S/],
    ['instance-family-not-allowed', { size: undefined, instanceType: 'c5.large' }, 5, 'c5.large', /t3, t4g, m6i, g4dn, p3/],
    ['instance-family-denied', { size: undefined, instanceType: 'p3.2xlarge', hourlyCost: 0.1 }, 6, 'p3.2xlarge', /another family/],
    ['cost-too-high', { size: WorkspaceSize.GPU_S }, 7, '$0.5260/h (g4dn.xlarge)', /smaller size, or raise max_hourly_cost/],
    ['region-not-allowed', { region: 'ap-south-1' }, 8, 'ap-south-1', /us-east-1 or eu-west-1/],
    ['missing-tags', { tags: { project: 'p' } }, 9, 'tags project', /add owner=<value>/],
    ['connection-not-allowed', { connectionType: ConnectionType.DCV }, 11, 'dcv', /ssh or web/],
    ['egress-not-allowed', { egress: EgressMode.OPEN }, 12, 'egress open', /proxied egress mode/],
  ])('%s names the file:line of its rule, the request and the fix', (rule, change, line, requested, fix) => {
    const v = policy.evaluate({ ...GOOD, name: 'ws1', ...change });
    expect(rules(v)).toEqual([rule]);
    const [x] = v;
    expect(x.requested).toBe(requested);
    expect(x.fix).toMatch(fix);
    expect(x.message).toMatch(new RegExp(`\\(${POLICY_FILE.replace('.', '\\.')}:${line}:\\d+\\)`));
    expect(x.message).toContain('workspace "ws1"');
    expect(x.message).toContain('policy "lab"');
    expect(x.message).toContain(`requested ${requested}`);
    expect(x.message).toContain(`Fix: ${x.fix}`);
  });

  test('the rule\'s line is where its key is written, also for block lists', () => {
    const p = WorkspacePolicy.fromYaml(doc('name: lab', 'egress: proxied', 'allowed_templates:', '  - python-*', '  - r-research'), POLICY_FILE);
    const [x] = p.evaluate({ name: 'ws1', template: 'stata' });
    expect(x.rule).toBe('template-not-allowed');
    expect(x.message).toMatch(/\(lab-policy\.yaml:3[:)]/);
  });

  test('denied wins over allowed', () => {
    const v = policy.evaluate({ ...GOOD, template: 'python-legacy' });
    expect(rules(v)).toEqual(['template-denied']);
    expect(v[0].allowed).toBe('anything but python-legacy');
    const fam = policy.evaluate({ ...GOOD, size: undefined, instanceType: 'p3.2xlarge', hourlyCost: 0.1 });
    expect(rules(fam)).toEqual(['instance-family-denied']);
  });

  test.each([
    ['python-ml', true],
    ['python-', true],
    ['r-research', true],
    ['pythonista', false],
    ['r-research-2', false],
    ['my-python-ml', false],
  ])('template pattern python-* / r-research: %s allowed=%s', (template, allowed) => {
    expect(policy.evaluate({ ...GOOD, template }).length === 0).toBe(allowed);
  });

  test('a lone "*" allows every template', () => {
    const p = new WorkspacePolicy({ allowedTemplates: ['*'] });
    expect(p.evaluate({ name: 'a', template: 'anything-at-all' })).toEqual([]);
  });

  test('sizes map to instance types for the family rule, by architecture', () => {
    const p = new WorkspacePolicy({ name: 'graviton', allowedInstanceFamilies: ['t4g', 'm7g'] });
    expect(p.evaluate({ name: 'a', template: 't', size: WorkspaceSize.M, architecture: Architecture.ARM64 })).toEqual([]);
    const v = p.evaluate({ name: 'b', template: 't', size: WorkspaceSize.M });
    expect(rules(v)).toEqual(['instance-family-not-allowed']);
    expect(v[0].requested).toBe('t3.xlarge');
  });

  test('an instance type outside the size table cannot slip past allowed_sizes', () => {
    const p = WorkspacePolicy.fromYaml(doc('name: lab', 'allowed_sizes: [XS, S]'), POLICY_FILE);
    const v = p.evaluate({ name: 'gpu-box', template: 't', instanceType: 'p3.2xlarge' });
    expect(v.length).toBeGreaterThan(0);
    expect(v.map((x) => x.rule).join(' ')).toMatch(/size/);
  });
});

describe('WorkspacePolicy cost rule', () => {
  test('costs come from the bundled price table: t3.medium is $0.0416/h', () => {
    const under = new WorkspacePolicy({ name: 'c', maxHourlyCost: 0.05 });
    expect(under.evaluate({ name: 'a', template: 't', size: WorkspaceSize.S })).toEqual([]);
    expect(under.evaluate({ name: 'a', template: 't', instanceType: 't3.medium' })).toEqual([]);
    const exact = new WorkspacePolicy({ name: 'c', maxHourlyCost: 0.0416 });
    expect(exact.evaluate({ name: 'a', template: 't', instanceType: 't3.medium' })).toEqual([]);
    const over = new WorkspacePolicy({ name: 'c', source: 'Lab/Policy', maxHourlyCost: 0.04 });
    const v = over.evaluate({ name: 'a', template: 't', instanceType: 't3.medium' });
    expect(rules(v)).toEqual(['cost-too-high']);
    expect(v[0].requested).toBe('$0.0416/h (t3.medium)');
    expect(v[0].allowed).toBe('at most $0.0400/h');
    expect(v[0].message).toContain('policy "c" (Lab/Policy)');
  });

  test('an hourly cost given with the request is used instead of the table', () => {
    const p = new WorkspacePolicy({ maxHourlyCost: 0.05 });
    expect(rules(p.evaluate({ name: 'a', template: 't', instanceType: 't3.medium', hourlyCost: 0.06 }))).toEqual(['cost-too-high']);
    expect(p.evaluate({ name: 'a', template: 't', instanceType: 'g5.xlarge', hourlyCost: 0.01 })).toEqual([]);
  });

  test('a custom price table passed to evaluate is used', () => {
    const p = new WorkspacePolicy({ maxHourlyCost: 0.05 });
    const regional = PriceTable.custom({ 't3.medium': 0.052 }, 'eu-central-1');
    expect(rules(p.evaluate({ name: 'a', template: 't', instanceType: 't3.medium' }, regional))).toEqual(['cost-too-high']);
    expect(p.evaluate({ name: 'a', template: 't', instanceType: 't3.small' }, regional)).toEqual([]);
  });

  test('an unknown instance type under a cost limit is cost-unknown', () => {
    const p = new WorkspacePolicy({ name: 'c', maxHourlyCost: 1 });
    const v = p.evaluate({ name: 'a', template: 't', instanceType: 'x9z.metal' });
    expect(rules(v)).toEqual(['cost-unknown']);
    expect(v[0].requested).toBe('x9z.metal');
    expect(v[0].fix).toMatch(/price table|hourly cost/);
    expect(rules(p.evaluate({ name: 'b', template: 't' }))).toEqual(['cost-unknown']);
    expect(p.evaluate({ name: 'c', template: 't', instanceType: 'x9z.metal', hourlyCost: 0.5 })).toEqual([]);
  });

  test('without a cost limit an unknown instance type is fine', () => {
    expect(new WorkspacePolicy({}).evaluate({ name: 'a', template: 't', instanceType: 'x9z.metal' })).toEqual([]);
  });
});

describe('WorkspacePolicy egress', () => {
  const at = (policy: EgressMode, requested: EgressMode) => new WorkspacePolicy({ egress: policy }).evaluate({ name: 'a', template: 't', egress: requested });

  test.each([
    [EgressMode.NONE, EgressMode.NONE, true],
    [EgressMode.NONE, EgressMode.PROXIED, false],
    [EgressMode.NONE, EgressMode.OPEN, false],
    [EgressMode.PROXIED, EgressMode.NONE, true],
    [EgressMode.PROXIED, EgressMode.PROXIED, true],
    [EgressMode.PROXIED, EgressMode.OPEN, false],
    [EgressMode.OPEN, EgressMode.OPEN, true],
  ])('policy %s, workspace asks %s: allowed=%s', (policy, requested, ok) => {
    expect(rules(at(policy, requested))).toEqual(ok ? [] : ['egress-not-allowed']);
  });

  test('the fix depends on the policy', () => {
    expect(at(EgressMode.NONE, EgressMode.PROXIED)[0].fix).toBe('remove internet access from the workspace');
    expect(at(EgressMode.PROXIED, EgressMode.OPEN)[0].fix).toMatch(/proxied/);
  });

  test('egress is open and the package allowlist is the default when not set', () => {
    const p = new WorkspacePolicy({});
    expect(p.egress).toBe(EgressMode.OPEN);
    expect(p.egressAllowedDomains).toEqual(expect.arrayContaining(['pypi.org', 'cran.r-project.org', 'conda.anaconda.org']));
    expect(WorkspacePolicy.permissive().evaluate({ name: 'a', template: 'x', egress: EgressMode.OPEN, size: WorkspaceSize.GPU_L })).toEqual([]);
  });
});

describe('WorkspacePolicy connection types', () => {
  const p = new WorkspacePolicy({ name: 'c', allowedConnectionTypes: [ConnectionType.SSH, ConnectionType.WEB] });

  test('a template offering every interface needs every interface allowed', () => {
    const v = p.evaluate({ name: 'a', template: 't', connectionType: ConnectionType.ALL });
    expect(rules(v)).toEqual(['connection-not-allowed']);
    expect(v[0].message).toContain('connection type dcv is not allowed');
  });

  test('auto and allowed types pass; a policy allowing all allows everything', () => {
    expect(p.evaluate({ name: 'a', template: 't', connectionType: ConnectionType.AUTO })).toEqual([]);
    expect(p.evaluate({ name: 'a', template: 't', connectionType: ConnectionType.SSH })).toEqual([]);
    const all = new WorkspacePolicy({ allowedConnectionTypes: [ConnectionType.ALL] });
    expect(all.evaluate({ name: 'a', template: 't', connectionType: ConnectionType.DCV })).toEqual([]);
  });
});

describe('WorkspacePolicy.evaluateAll', () => {
  const policy = WorkspacePolicy.fromYaml(doc('name: lab', 'max_workspaces_per_user: 2', 'allowed_regions: [us-east-1]'), POLICY_FILE);

  test('more workspaces than allowed for one owner is one violation naming them all', () => {
    const v = policy.evaluateAll([
      { name: 'a1', template: 't', owner: 'alice' },
      { name: 'b1', template: 't', owner: 'bob' },
      { name: 'a2', template: 't', owner: 'alice' },
      { name: 'x', template: 't' },
      { name: 'b2', template: 't', owner: 'bob' },
      { name: 'a3', template: 't', owner: 'alice', region: 'eu-west-1' },
    ]);
    expect(rules(v)).toEqual(['region-not-allowed', 'too-many-workspaces']);
    const [, many] = v;
    expect(many.workspace).toBe('a3');
    expect(many.requested).toBe('3 workspaces for alice (a1, a2, a3)');
    expect(many.allowed).toBe('at most 2 per user');
    expect(many.message).toContain('user "alice"');
    expect(many.message).toContain('policy "lab" (lab-policy.yaml:2:1)');
    expect(many.fix).toMatch(/remove 1 of alice's workspaces/);
  });

  test('at the limit is fine; without an owner nothing is counted', () => {
    expect(policy.evaluateAll([
      { name: 'a1', template: 't', owner: 'alice' },
      { name: 'a2', template: 't', owner: 'alice' },
      { name: 'n1', template: 't' },
      { name: 'n2', template: 't' },
      { name: 'n3', template: 't' },
    ])).toEqual([]);
  });

  test('a limit of 0 forbids owned workspaces', () => {
    const none = new WorkspacePolicy({ maxWorkspacesPerUser: 0 });
    const v = none.evaluateAll([{ name: 'a1', template: 't', owner: 'alice' }]);
    expect(rules(v)).toEqual(['too-many-workspaces']);
    expect(v[0].workspace).toBe('a1');
  });
});

describe('WorkspacePolicy: bad policy files', () => {
  test.each([
    ['unknown egress', doc('name: lab', 'egress: wide-open'), 'egress', '"wide-open"', 2, 9, /none, proxied, open/],
    ['unknown size', doc('name: lab', 'allowed_sizes: [M, HUGE]'), 'allowed_sizes[1]', '"HUGE"', 2, 20, /XS, S, M/],
    ['max_hourly_cost "cheap"', doc('name: lab', 'max_hourly_cost: cheap'), 'max_hourly_cost', '"cheap"', 2, 18, /number/],
    ['negative max_hourly_cost', doc('name: lab', 'max_hourly_cost: -1'), 'max_hourly_cost', '-1', 2, 18, /at least 0/],
    ['unknown connection type', doc('name: lab', 'allowed_connection_types: [ssh, vnc]'), 'allowed_connection_types[1]', '"vnc"', 2, 33, /ssh, web/],
    ['fractional max_workspaces_per_user', doc('name: lab', 'max_workspaces_per_user: 1.5'), 'max_workspaces_per_user', '1.5', 2, 26, /whole number/],
  ])('%s is a WorkspaceInputError with its location', (_label, yaml, field, value, line, column, fix) => {
    const err = inputError(() => WorkspacePolicy.fromYaml(yaml, POLICY_FILE));
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.field).toBe(field);
    expect(d.value).toBe(value);
    expect(d.location).toEqual({ file: POLICY_FILE, line, column });
    expect(d.fix).toMatch(fix);
    expect(err.message).toContain(`${POLICY_FILE}:${line}:${column}`);
  });

  test('several problems are reported together', () => {
    const err = inputError(() => WorkspacePolicy.fromYaml(doc('egress: wide-open', 'allowed_sizes: [HUGE]', 'max_hourly_cost: cheap'), POLICY_FILE));
    expect(err.diagnostics.map((d) => [d.field, d.location?.line])).toEqual(expect.arrayContaining([
      ['egress', 1], ['allowed_sizes[0]', 2], ['max_hourly_cost', 3],
    ]));
    expect(err.diagnostics).toHaveLength(3);
    expect(err.message).toContain(`${POLICY_FILE}: 3 problems in the policy`);
  });

  test('a policy that is not a mapping is refused', () => {
    const err = inputError(() => WorkspacePolicy.fromYaml('- a\n- b\n', POLICY_FILE));
    expect(err.diagnostics[0].code).toBe('wrong-type');
  });

  test('YAML syntax errors are WorkspaceInputErrors with a location', () => {
    const err = inputError(() => WorkspacePolicy.fromYaml('name: lab\nallowed_sizes: [M\n', POLICY_FILE));
    expect(err.diagnostics[0].code).toBe('yaml-syntax');
    expect(err.diagnostics[0].location?.file).toBe(POLICY_FILE);
    expect(err.diagnostics[0].location?.line).toBeGreaterThan(0);
  });

  test('an egress domain that is not a host name is a WorkspaceInputError pointing at the file and line', () => {
    const err = inputError(() => WorkspacePolicy.fromYaml(doc('name: lab', 'egress: proxied', 'egress_allowed_domains: [pypi.org, "http://cran.r-project.org"]'), POLICY_FILE));
    expect(err.diagnostics[0].value).toContain('http://cran.r-project.org');
    expect(err.diagnostics[0].location).toMatchObject({ file: POLICY_FILE, line: 3 });
  });

  test('fromFile names the file in rule origins', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'policy-test-'));
    try {
      const file = path.join(dir, 'lab-policy.yaml');
      fs.writeFileSync(file, doc('name: from-file', 'allowed_regions: [eu-west-1]'));
      const v = WorkspacePolicy.fromFile(file).evaluate({ name: 'w', template: 't', region: 'us-east-1' });
      expect(v[0].message).toContain(`policy "from-file" (${file}:2:1)`);
      expect(inputError(() => WorkspacePolicy.fromFile(path.join(dir, 'missing.yaml'))).diagnostics[0].code).toBe('file-unreadable');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Sizes', () => {
  test.each([
    ['gpu-s', WorkspaceSize.GPU_S],
    ['GPU_S', WorkspaceSize.GPU_S],
    ['Gpu-L', WorkspaceSize.GPU_L],
    ['m', WorkspaceSize.M],
    [' xl ', WorkspaceSize.XL],
    ['XS', WorkspaceSize.XS],
  ])('parse(%j) is %s', (text, size) => {
    expect(Sizes.parse(text)).toBe(size);
  });

  test('an unknown size is a WorkspaceInputError listing the sizes', () => {
    const err = inputError(() => Sizes.parse('huge', 'workspace.size'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'unknown-size', field: 'workspace.size', value: '"huge"' });
    expect(err.diagnostics[0].fix).toBe('use one of XS, S, M, L, XL, GPU-S, GPU-M, GPU-L');
  });

  test('all() is ordered smallest first, CPU then GPU', () => {
    expect(Sizes.all()).toEqual(['XS', 'S', 'M', 'L', 'XL', 'GPU-S', 'GPU-M', 'GPU-L']);
  });

  test.each([
    [WorkspaceSize.M, WorkspaceSize.M, true],
    [WorkspaceSize.L, WorkspaceSize.M, true],
    [WorkspaceSize.S, WorkspaceSize.M, false],
    [WorkspaceSize.GPU_S, WorkspaceSize.M, true],
    [WorkspaceSize.GPU_S, WorkspaceSize.L, false],
    [WorkspaceSize.XL, WorkspaceSize.GPU_S, false],
    [WorkspaceSize.GPU_M, WorkspaceSize.GPU_S, true],
    [WorkspaceSize.GPU_S, WorkspaceSize.GPU_M, false],
  ])('satisfies(%s, minimum %s) is %s', (size, minimum, ok) => {
    expect(Sizes.satisfies(size, minimum)).toBe(ok);
  });

  test('ec2InstanceType maps each size on x86_64 and arm64', () => {
    expect(Sizes.ec2InstanceType(WorkspaceSize.S)).toBe('t3.medium');
    expect(Sizes.ec2InstanceType(WorkspaceSize.M, Architecture.X86_64)).toBe('t3.xlarge');
    expect(Sizes.ec2InstanceType(WorkspaceSize.M, Architecture.ARM64)).toBe('t4g.xlarge');
    expect(Sizes.ec2InstanceType(WorkspaceSize.GPU_S, Architecture.X86_64)).toBe('g4dn.xlarge');
    expect(Sizes.ec2InstanceType(WorkspaceSize.GPU_S, Architecture.ARM64)).toBe('g5g.xlarge');
    for (const size of Sizes.all()) {
      for (const arch of [Architecture.X86_64, Architecture.ARM64]) {
        const type = Sizes.ec2InstanceType(size, arch);
        expect(Sizes.architectureOf(type)).toBe(arch);
        expect(Sizes.sizeOfInstanceType(type)).toBe(size);
      }
    }
  });

  test.each([
    ['t4g.large', Architecture.ARM64],
    ['m7g.xlarge', Architecture.ARM64],
    ['c7gn.large', Architecture.ARM64],
    ['g5g.xlarge', Architecture.ARM64],
    ['r6gd.large', Architecture.ARM64],
    ['t3.medium', Architecture.X86_64],
    ['g5.xlarge', Architecture.X86_64],
    ['g4dn.xlarge', Architecture.X86_64],
    ['m6i.large', Architecture.X86_64],
    ['p3.2xlarge', Architecture.X86_64],
  ])('architectureOf(%s) is %s', (type, arch) => {
    expect(Sizes.architectureOf(type)).toBe(arch);
  });

  test('specs and GPU sizes', () => {
    expect(Sizes.spec(WorkspaceSize.M)).toEqual({ size: WorkspaceSize.M, vcpus: 4, memoryMiB: 16384, gpus: 0, rootVolumeGiB: 50 });
    expect(Sizes.isGpu(WorkspaceSize.GPU_M)).toBe(true);
    expect(Sizes.isGpu(WorkspaceSize.XL)).toBe(false);
    expect(Sizes.sizeOfInstanceType('c5.large')).toBeUndefined();
  });
});

describe('PriceTable', () => {
  test('the bundled table is us-east-1 list prices of 2025-06-01', () => {
    expect(PriceTable.BUNDLED_REGION).toBe('us-east-1');
    expect(PriceTable.BUNDLED_DATE).toBe('2025-06-01');
    const t = PriceTable.bundled();
    expect(t.description).toContain('us-east-1');
    expect(t.description).toContain('2025-06-01');
    expect(t.hourly('t3.medium')).toBe(0.0416);
    expect(t.hourly('t4g.medium')).toBe(0.0336);
    expect(t.hourly('g4dn.xlarge')).toBe(0.526);
    expect(t.hourly('x9z.metal')).toBeUndefined();
  });

  test('names of Object.prototype members are not prices', () => {
    const t = PriceTable.bundled();
    expect(t.hourly('toString')).toBeUndefined();
    expect(t.hourly('constructor')).toBeUndefined();
    expect(t.hourly('__proto__')).toBeUndefined();
  });

  test('every size\'s instance type on both architectures has a bundled price', () => {
    const t = PriceTable.bundled();
    for (const size of Sizes.all()) {
      for (const arch of [Architecture.X86_64, Architecture.ARM64]) {
        const price = t.hourly(Sizes.ec2InstanceType(size, arch));
        expect({ size, arch, known: typeof price === 'number' && price > 0 }).toEqual({ size, arch, known: true });
      }
    }
  });

  test('instanceTypes() is sorted', () => {
    const types = PriceTable.bundled().instanceTypes();
    expect(types).toEqual([...types].sort());
    expect(types).toContain('t3.medium');
  });

  test('a custom table extends the bundled one unless told not to', () => {
    const ext = PriceTable.custom({ 't3.medium': 0.05, 'z1d.large': 0.186 }, 'negotiated');
    expect(ext.description).toBe('negotiated');
    expect(ext.hourly('t3.medium')).toBe(0.05);
    expect(ext.hourly('z1d.large')).toBe(0.186);
    expect(ext.hourly('t3.small')).toBe(0.0208);
    const own = PriceTable.custom({ 'z1d.large': 0.186 }, 'only mine', false);
    expect(own.hourly('t3.small')).toBeUndefined();
    expect(own.instanceTypes()).toEqual(['z1d.large']);
    expect(PriceTable.custom({ 't3.nano': 0 }, 'free').hourly('t3.nano')).toBe(0);
  });

  test.each([
    [-0.1],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    ['0.05' as unknown as number],
  ])('a custom price of %p is refused, naming the type and the fix', (price) => {
    expect(() => PriceTable.custom({ 'm5.large': price }, 'bad table')).toThrow(/price table "bad table": price of m5\.large must be a non-negative number.*Fix: give USD per hour/);
  });
});

describe('required_tags: one meaning on every backend', () => {
  const policy = new WorkspacePolicy({ name: 'tags', requiredTags: ['project', 'research:owner', 'cost-center'] });
  const missing = (tags: { [k: string]: string }) => policy.evaluate({ name: 'w', template: 't', tags })
    .filter((v) => v.rule === 'missing-tags').map((v) => v.message);

  test('project/owner are satisfied by the AWS spelling research:project/research:owner and by the plain one', () => {
    expect(missing({ 'research:project': 'g', 'research:owner': 'alice', 'cost-center': 'cc1' })).toEqual([]);
    expect(missing({ 'project': 'g', 'owner': 'alice', 'cost-center': 'cc1' })).toEqual([]);
  });

  test.each([
    [{ project: 'g', owner: 'alice' }, 'cost-center'],
    [{ 'research:owner': 'alice', 'cost-center': 'x' }, 'project'],
    [{ 'project': 'g', 'cost-center': 'x' }, 'research:owner'],
    [{ 'project': '', 'owner': 'alice', 'cost-center': 'x' }, 'project'],
    // Only project and owner have two spellings: another research: key is a tag of its own.
    [{ 'research:cost-center': 'x', 'project': 'g', 'owner': 'a' }, 'cost-center'],
  ])('tags %p miss %s', (tags, tag) => {
    const m = missing(tags);
    expect(m).toHaveLength(1);
    expect(m[0]).toContain(`required tag ${tag} missing`);
  });
});
