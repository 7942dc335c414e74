/**
 * The AWS data perimeter of a lab in each egress mode, proved on the synthesized templates:
 * endpoint policies limited to the lab's account (principal AND resource), security groups
 * with no default egress, no route out of the workspace subnets unless the mode is open, the
 * egress proxy with its allowlist (proxied), the DNS Firewall (none, proxied), and the
 * workspace role without AmazonSSMManagedInstanceCore. Every control has a mutation test:
 * the check of test/aws/perimeter-check.ts is run on good output with that one control
 * removed or widened, and must fail. cdk-nag (three packs) and cfn-lint stay clean.
 */
import { spawnSync } from 'child_process';
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { endpointPolicyProblems, flat, Mode, perimeterProblems } from './perimeter-check';
import { EgressMode, LabNetwork, LabStack, LabWorkspaceDefinition, UserRegistry, WorkspacePolicy, WorkspaceSize } from '../../src';
import { squidAllowList, squidConfig } from '../../src/constructs/aws/private/perimeter';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { ed25519 } from '../helpers/keys';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

const registry = UserRegistry.fromProps({
  users: ['alice', 'bob'].map((name) => ({ name, groups: ['lab'], sshKeys: [ed25519(name)] })),
  groups: [{ name: 'lab' }],
});
const workspaces: LabWorkspaceDefinition[] = [
  { name: 'alice-nb', template: 'amazon-linux-2023', owner: 'alice', project: 'p1', size: WorkspaceSize.S },
  { name: 'bob-ssh', template: 'amazon-linux-2023', owner: 'bob', project: 'p1', size: WorkspaceSize.S, sshCidrs: ['10.99.0.0/16'] },
];

const MODES: Array<[Mode, EgressMode]> = [['none', EgressMode.NONE], ['proxied', EgressMode.PROXIED], ['open', EgressMode.OPEN]];

interface Built { app: App; lab: LabStack; templates: SynthesizedTemplate[]; all: any[] }
const built = new Map<Mode, Built>();

function build(mode: EgressMode, over: { domains?: string[]; count?: number } = {}): Built {
  const app = new App({ outdir: tempDir('rws-perimeter-') });
  const lab = new LabStack(app, 'Lab', {
    definition: {
      name: 'perimeter',
      region: 'us-east-1',
      egress: mode,
      registry,
      workspaces,
      workspaceStackCount: over.count ?? 0,
      policy: over.domains ? new WorkspacePolicy({ name: 'p', egressAllowedDomains: over.domains }) : undefined,
    },
  });
  const templates = synthTemplates(app);
  return { app, lab, templates, all: templates.map((t) => t.template) };
}

function get(mode: Mode): Built {
  if (!built.has(mode)) built.set(mode, build(MODES.find(([m]) => m === mode)![1]));
  return built.get(mode)!;
}

const clone = (x: any) => JSON.parse(JSON.stringify(x));
const ofType = (t: any, type: string) => Object.entries<any>(t.Resources).filter(([, r]) => r.Type === type);

afterAll(cleanTempDirs);

describe.each(MODES)('egress %s', (mode) => {
  test('the perimeter check finds nothing', () => {
    expect(perimeterProblems(get(mode).all, mode)).toEqual([]);
  });

  test('every VPC endpoint has a policy: lab principals on lab resources (principal AND resource account), in the stack\'s partition', () => {
    const t = get(mode).all[0];
    const eps = ofType(t, 'AWS::EC2::VPCEndpoint');
    expect(eps.length).toBe(9);
    for (const [, ep] of eps) {
      const own = ep.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'LabPrincipalsToLabResources');
      expect(own).toMatchObject({
        Effect: 'Allow',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' }, 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } },
      });
    }
    const s3 = eps.find(([, ep]) => ep.Properties.VpcEndpointType === 'Gateway')![1];
    const exception = s3.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'ReadAwsOwnedPackageAndAgentBuckets');
    expect(exception.Action).toBe('s3:GetObject');
    const buckets = [].concat(exception.Resource).map(flat);
    expect(buckets).toContain('arn:<AWS::Partition>:s3:::al2023-repos-<AWS::Region>-de612dc2/*');
    for (const b of buckets) expect(b).toMatch(/^arn:<AWS::Partition>:s3:::[^*/]+\/\*$/);
    expect(JSON.stringify(t)).not.toMatch(/arn:aws:/);
  });

  test('security groups have no default egress; workspaces reach only what the mode needs', () => {
    const t = get(mode).all[0];
    for (const [id, sg] of ofType(t, 'AWS::EC2::SecurityGroup')) {
      expect([id, sg.Properties.SecurityGroupEgress]).toEqual([id, [expect.objectContaining({ CidrIp: '255.255.255.255/32' })]]);
    }
    const lab = get(mode).lab;
    const groups = [lab.workspaceSecurityGroup, lab.workspace('bob-ssh').securityGroup].map((g) => lab.resolve(g.securityGroupId)['Fn::GetAtt'][0]);
    for (const g of groups) {
      const egress = ofType(t, 'AWS::EC2::SecurityGroupEgress').map(([, r]) => r.Properties).filter((p) => p.GroupId['Fn::GetAtt'][0] === g)
        .map((p) => `${p.IpProtocol}/${p.FromPort} ${p.CidrIp ?? (p.DestinationPrefixListId ? 'prefix-list' : flat(p.DestinationSecurityGroupId))}`).sort();
      const expected = ['tcp/2049 <StorageSecurityGroup', 'tcp/443 <NetworkEndpointSecurityGroup', 'tcp/443 prefix-list',
        ...(mode === 'proxied' ? ['tcp/3128 <NetworkProxySecurityGroup'] : []), ...(mode === 'open' ? ['tcp/443 0.0.0.0/0', 'tcp/80 0.0.0.0/0'] : [])];
      expect(egress.map((e) => e.replace(/[0-9A-F]{8}\.GroupId>$/, ''))).toEqual(expected.sort());
    }
  });

  test('the workspace role has Session Manager without AmazonSSMManagedInstanceCore, and reads only the registry\'s parameters and its stack\'s provisioning tools (by exact name)', () => {
    const t = get(mode).all[0];
    expect(JSON.stringify(t)).not.toContain('AmazonSSMManagedInstanceCore');
    const statements = ofType(t, 'AWS::IAM::ManagedPolicy').flatMap(([, p]) => p.Properties.PolicyDocument.Statement);
    expect(statements.flatMap((s: any) => [].concat(s.Action))).toEqual(expect.arrayContaining(['ssmmessages:OpenDataChannel', 'ec2messages:GetMessages', 'ssm:UpdateInstanceInformation']));
    for (const s of statements.filter((x: any) => [].concat(x.Action).some((a: string) => /^ssm:GetParameters?$/.test(a)))) {
      for (const r of [].concat(s.Resource).map(flat)) expect(r).toMatch(/:parameter\/(research-workspaces\/perimeter\/registry\/|rws-tools\/[0-9a-f]{16}\/[0-9a-f]{12}\/rws-[a-z-]+\/\d+$)/);
    }
    for (const s of statements) if ([].concat(s.Resource).includes('*' as never)) expect([].concat(s.Action).some((a: string) => /^ssm:Get/.test(a))).toBe(false);
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5 find nothing', () => {
    expect(formatFindings(nagFindings(get(mode).app))).toBe('');
  });

  test('cfn-lint finds nothing', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized templates')) return;
    expect(formatMatches(cfnLint(get(mode).templates.map((t) => t.file)))).toBe('');
  });
});

describe('egress none', () => {
  test('no internet gateway, no NAT, no default route; a DNS Firewall that resolves only the lab\'s AWS service names', () => {
    const t = get('none').all[0];
    expect(ofType(t, 'AWS::EC2::InternetGateway')).toEqual([]);
    expect(ofType(t, 'AWS::EC2::NatGateway')).toEqual([]);
    expect(ofType(t, 'AWS::EC2::Route')).toEqual([]);
    const domains = get('none').lab.network.dnsAllowedDomains;
    expect(domains).toEqual(expect.arrayContaining(['ssm.us-east-1.amazonaws.com', 'ssmmessages.us-east-1.amazonaws.com', '*.efs.us-east-1.amazonaws.com', '*.s3.dualstack.us-east-1.amazonaws.com']));
    for (const d of domains) expect(d).toMatch(/(\.us-east-1\.amazonaws\.com|\.internal)$/);
    const lists = ofType(t, 'AWS::Route53Resolver::FirewallDomainList').map(([, r]) => r.Properties.Domains);
    expect(lists).toEqual(expect.arrayContaining([['*'], domains]));
    const group = ofType(t, 'AWS::Route53Resolver::FirewallRuleGroup')[0][1];
    expect(group.Properties.FirewallRules.map((r: any) => r.Action)).toEqual(['ALLOW', 'BLOCK']);
    expect(ofType(t, 'AWS::Route53Resolver::FirewallRuleGroupAssociation')).toHaveLength(1);
  });
});

describe('egress proxied', () => {
  test('the workspace subnets have no route out; only the proxy subnets route to the NAT gateway', () => {
    const t = get('proxied').all[0];
    const routes = ofType(t, 'AWS::EC2::Route').map(([id, r]) => [id, r.Properties.DestinationCidrBlock, r.Properties.NatGatewayId ? 'nat' : r.Properties.GatewayId ? 'igw' : '?']);
    const defaults = routes.filter(([, d]) => d === '0.0.0.0/0');
    expect(defaults.filter(([id]) => /Workspaces/.test(id as string))).toEqual([]);
    expect(defaults.filter(([id]) => /Proxy/.test(id as string)).map(([, , via]) => via)).toEqual(['nat', 'nat']);
    expect(defaults.filter(([id]) => /Egress/.test(id as string)).map(([, , via]) => via)).toEqual(['igw', 'igw']);
  });

  test('a squid proxy with the package allowlist, reached by name; workspaces are pointed at it before provisioning', () => {
    const { lab, all } = get('proxied');
    const t = all[0];
    expect(lab.network.proxyUrl).toBe('http://proxy.rws-egress.internal:3128');
    expect(ofType(t, 'AWS::Route53::HostedZone')[0][1].Properties.Name).toBe('rws-egress.internal.');
    const userData = JSON.stringify(ofType(t, 'AWS::EC2::Instance').find(([id]) => /Proxy/.test(id))![1].Properties.UserData);
    expect(userData).toContain('http_access deny !allowed_domains');
    expect(userData).toContain('pypi.org');
    expect(userData).not.toMatch(/github|amazonaws\.com\\n/);
    const part = lab.workspace('alice-nb').userDataPart('01-rws-egress-proxy.sh');
    expect(part).toContain("p='http://proxy.rws-egress.internal:3128'");
    for (const f of ['/etc/environment', '/etc/apt/apt.conf.d/95rws-proxy', '/etc/dnf/dnf.conf', '/etc/pip.conf', '/root/.curlrc', '/etc/conda/.condarc']) expect(part).toContain(f);
    if (requireTool('shellcheck', 'checks the proxy set-up part')) {
      const r = spawnSync('shellcheck', ['-s', 'sh', '-'], { input: part, encoding: 'utf8' });
      expect(r.stdout).toBe('');
    }
    expect(lab.workspace('alice-nb').userDataPartNames.indexOf('01-rws-egress-proxy.sh')).toBe(1);
  });

  test('squid checks the allowlist before anything that resolves a name, and refuses the rest', () => {
    const conf = squidConfig('lab', '/etc/squid/allow.txt').split('\n');
    const access = conf.filter((l) => l.startsWith('http_access'));
    expect(access[0]).toBe('http_access deny !allowed_domains');
    expect(access[access.length - 1]).toBe('http_access deny all');
    expect(conf).toContain('acl allowed_domains dstdomain -n "/etc/squid/allow.txt"');
    expect(squidAllowList(['pypi.org', '*.example.org', 'a.example.org'])).toEqual(['.example.org', 'pypi.org']);
  });

  test('the default allowlist has package mirrors only, and no warning; an upload channel is allowed with a warning naming the risk', () => {
    const clean = Annotations.fromStack(get('proxied').lab).findWarning('*', Match.stringLikeRegexp('accept uploads'));
    expect(clean).toEqual([]);
    const risky = build(EgressMode.PROXIED, { domains: ['pypi.org', 'github.com', '*.amazonaws.com'] });
    const warnings = Annotations.fromStack(risky.lab).findWarning('*', Match.stringLikeRegexp('accept uploads'));
    expect(warnings).toHaveLength(1);
    const text = JSON.stringify(warnings[0].entry.data);
    expect(text).toContain('github.com (git push');
    expect(text).toContain('*.amazonaws.com (S3 in any account');
    expect(text).not.toContain('pypi.org (');
  });

  test('a whole top-level domain is refused', () => {
    const stack = new Stack(new App(), 'S');
    expect(() => new LabNetwork(stack, 'Network', { egress: EgressMode.PROXIED, allowedDomains: ['*.com'] }))
      .toThrow(/S\/Network: error invalid-prop: allowedDomains: allows a whole top-level domain.*\(got "\*\.com"\)/s);
  });

  test('with workspaces in nested stacks, the check still finds nothing', () => {
    const nested = build(EgressMode.PROXIED, { count: 128 });
    expect(nested.all.length).toBeGreaterThan(1);
    expect(perimeterProblems(nested.all, 'proxied')).toEqual([]);
  });
});

describe('mutations: each control removed or widened makes the check fail', () => {
  const s3Of = (t: any) => ofType(t, 'AWS::EC2::VPCEndpoint').find(([, r]) => r.Properties.VpcEndpointType === 'Gateway')![1];

  test('an endpoint policy without the resource-account condition', () => {
    const t = clone(get('none').all[0]);
    const ssm = ofType(t, 'AWS::EC2::VPCEndpoint').find(([id]) => /Ssm[A-F0-9]{8}$/.test(id))!;
    delete ssm[1].Properties.PolicyDocument.Statement[0].Condition.StringEquals['aws:ResourceAccount'];
    expect(perimeterProblems([t], 'none')).toEqual([expect.stringContaining(`${ssm[0]}: statement LabPrincipalsToLabResources lets principals of any account`)]);
  });

  test('an endpoint policy without the principal-account condition', () => {
    const t = clone(get('none').all[0]);
    delete s3Of(t).Properties.PolicyDocument.Statement[0].Condition.StringEquals['aws:PrincipalAccount'];
    expect(perimeterProblems([t], 'none')).toHaveLength(1);
  });

  test('an endpoint without a policy (the default full access)', () => {
    const t = clone(get('proxied').all[0]);
    delete ofType(t, 'AWS::EC2::VPCEndpoint')[0][1].Properties.PolicyDocument;
    expect(perimeterProblems([t], 'proxied')).toEqual([expect.stringContaining('endpoint without a policy')]);
  });

  test('an AWS-owned bucket exception widened to a wildcard name, or to writes', () => {
    const t = clone(get('none').all[0]);
    const ex = s3Of(t).Properties.PolicyDocument.Statement[1];
    ex.Resource = [...[].concat(ex.Resource), 'arn:aws:s3:::al2023-repos-*/*'.replace('arn:aws', 'arn:<AWS::Partition>')];
    expect(perimeterProblems([t], 'none')).toHaveLength(1);
    const u = clone(get('none').all[0]);
    s3Of(u).Properties.PolicyDocument.Statement[1].Action = ['s3:GetObject', 's3:PutObject'];
    expect(perimeterProblems([u], 'none')).toHaveLength(1);
    expect(endpointPolicyProblems('x', { Properties: { PolicyDocument: { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] } } })).toHaveLength(1);
  });

  test.each<[Mode]>([['none'], ['proxied']])('egress %s: a workspace group given HTTPS to anywhere', (mode) => {
    const t = clone(get(mode).all[0]);
    const g = get(mode).lab.resolve(get(mode).lab.workspaceSecurityGroup.securityGroupId);
    t.Resources.Extra = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: g, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' } };
    expect(perimeterProblems([t], mode)).toEqual([expect.stringMatching(/WorkspaceSecurityGroup.*egress tcp 443-443 to 0\.0\.0\.0\/0 in a lab with egress/)]);
  });

  test('a security group left with EC2\'s default egress (allowAllOutbound)', () => {
    const t = clone(get('none').all[0]);
    const [, sg] = ofType(t, 'AWS::EC2::SecurityGroup')[0];
    delete sg.Properties.SecurityGroupEgress;
    expect(perimeterProblems([t], 'none')).toHaveLength(1);
  });

  test('proxied: a default route from a workspace subnet to the NAT gateway', () => {
    const t = clone(get('proxied').all[0]);
    const [, proxyRoute] = ofType(t, 'AWS::EC2::Route').find(([id]) => /Proxy.*DefaultRoute/.test(id))!;
    const wsTable = ofType(t, 'AWS::EC2::SubnetRouteTableAssociation').find(([id]) => /Workspaces/.test(id))![1].Properties.RouteTableId;
    t.Resources.Extra = { Type: 'AWS::EC2::Route', Properties: { ...proxyRoute.Properties, RouteTableId: wsTable } };
    expect(perimeterProblems([t], 'proxied')).toEqual(['Extra: a default route from the workspace subnets in a lab with egress proxied']);
  });

  test('a workspace role given AmazonSSMManagedInstanceCore, or parameter reads widened to every parameter', () => {
    const t = clone(get('none').all[0]);
    const [roleId, role] = ofType(t, 'AWS::IAM::Role').find(([id]) => /alicenbRole/.test(id))!;
    role.Properties.ManagedPolicyArns = [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSSMManagedInstanceCore']] }];
    expect(perimeterProblems([t], 'none')).toEqual([`${roleId}: role with AmazonSSMManagedInstanceCore (reads every SSM parameter of the account)`]);
    const u = clone(get('none').all[0]);
    const [policyId, policy] = ofType(u, 'AWS::IAM::ManagedPolicy').find(([, p]) => p.Properties.PolicyDocument.Statement.some((x: any) => [].concat(x.Action).includes('ssm:GetParameter' as never)))!;
    policy.Properties.PolicyDocument.Statement.find((x: any) => [].concat(x.Action).includes('ssm:GetParameter' as never)).Resource = '*';
    expect(perimeterProblems([u], 'none')).toEqual([expect.stringContaining(`${policyId}: statement`)]);
  });

  test('none: a NAT gateway added', () => {
    const t = clone(get('none').all[0]);
    t.Resources.Nat = { Type: 'AWS::EC2::NatGateway', Properties: { SubnetId: 'subnet-1', AllocationId: 'eipalloc-1' } };
    expect(perimeterProblems([t], 'none')).toEqual(['Nat: an internet gateway or NAT in a lab with egress none']);
  });

  test.each<[Mode]>([['none'], ['proxied']])('egress %s: the DNS Firewall association removed, or its allowlist widened', (mode) => {
    const t = clone(get(mode).all[0]);
    for (const [id] of ofType(t, 'AWS::Route53Resolver::FirewallRuleGroupAssociation')) delete t.Resources[id];
    expect(perimeterProblems([t], mode)).toEqual([expect.stringContaining('no DNS Firewall')]);
    const u = clone(get(mode).all[0]);
    const [, allowed] = ofType(u, 'AWS::Route53Resolver::FirewallDomainList').find(([, r]) => !r.Properties.Domains.includes('*'))!;
    allowed.Properties.Domains.push('*.amazonaws.com');
    expect(perimeterProblems([u], mode)).toEqual([expect.stringContaining('the DNS allowlist has *.amazonaws.com')]);
  });
});
