/**
 * Mutation tests of the egress audit: every control the audit relies on is removed or widened,
 * one at a time, in otherwise good output (test/audit/fixtures.ts), and the audit must fail
 * naming the workspace, the resource and the path. The good output must pass, so each failure
 * is caused by the one change.
 */
import * as fs from 'fs';
import { awsLab, clone, kubernetesLab, proxmoxLab, scopedPolicy, tempDir, writeAssembly, writeTerraform } from './fixtures';
import { auditPath } from '../../src/workspaces/audit/load';
import { AuditReport, Finding } from '../../src/workspaces/audit/model';
import { permitNetwork } from '../../src/workspaces/audit/permit-network';

let dir: string;
let n = 0;
beforeAll(() => {
  dir = tempDir('mutations');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function auditAws(template: any): AuditReport {
  return auditPath(writeAssembly(`${dir}/aws-${n++}`, template), { permitNetwork });
}
function auditTf(json: any, stack: string, opts: { elsewhere?: boolean } = {}): AuditReport {
  return auditPath(writeTerraform(`${dir}/tf-${n++}`, json, stack), { permitNetwork, proxmoxDatacenterFirewallElsewhere: opts.elsewhere });
}
function summary(fs2: Finding[]): string[] {
  return fs2.map((f) => `${f.workspace} ${f.destination} ${f.resource}`);
}

describe.each(['none', 'proxied'] as const)('AWS lab, egress %s', (mode) => {
  test('the good output passes: every workspace found, nothing beyond its mode', () => {
    const r = auditAws(awsLab(mode));
    expect(r.units).toHaveLength(1);
    expect(r.units[0].workspaces.map((w) => [w.name, w.mode])).toEqual([['alice-ws', mode]]);
    expect(summary(r.findings)).toEqual([]);
    const dests = new Set(r.units[0].workspaces[0].reach.map((x) => x.destination));
    expect(dests.has('aws-lab-account' as any)).toBe(true);
    expect(dests.has('internal-dns' as any)).toBe(true);
    if (mode === 'proxied') expect(dests.has('allowlisted-internet' as any)).toBe(true);
  });

  test('an S3 gateway endpoint without a policy fails (default full access, any account)', () => {
    const t = awsLab(mode);
    delete t.Resources.S3Endpoint.Properties.PolicyDocument;
    const r = auditAws(t);
    expect(summary(r.findings)).toContain('alice-ws aws-any-account S3Endpoint');
    expect(r.findings.find((f) => f.resource === 'S3Endpoint')!.path).toMatch(/has no policy/);
  });

  test('an endpoint policy without conditions fails', () => {
    const t = awsLab(mode);
    delete t.Resources.SsmEndpoint.Properties.PolicyDocument.Statement[0].Condition;
    expect(summary(auditAws(t).findings)).toContain('alice-ws aws-any-account SsmEndpoint');
  });

  test('an endpoint policy with the principal account but not the resource account fails', () => {
    const t = awsLab(mode);
    delete t.Resources.S3Endpoint.Properties.PolicyDocument.Statement[0].Condition.StringEquals['aws:ResourceAccount'];
    const f = auditAws(t).findings.find((x) => x.resource === 'S3Endpoint');
    expect(f?.path).toMatch(/resources of any account/);
  });

  test('an endpoint policy with the resource account but not the principal account fails', () => {
    const t = awsLab(mode);
    delete t.Resources.SsmEndpoint.Properties.PolicyDocument.Statement[0].Condition.StringEquals['aws:PrincipalAccount'];
    const f = auditAws(t).findings.find((x) => x.resource === 'SsmEndpoint');
    expect(f?.path).toMatch(/principals of any account/);
  });

  test('a Deny of other accounts scopes an Allow-all policy (and removing it fails again)', () => {
    const t = awsLab(mode);
    t.Resources.SsmEndpoint.Properties.PolicyDocument = {
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' }, 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } } },
      ],
    };
    expect(summary(auditAws(t).findings)).toEqual([]);
    t.Resources.SsmEndpoint.Properties.PolicyDocument.Statement.pop();
    expect(summary(auditAws(t).findings)).toContain('alice-ws aws-any-account SsmEndpoint');
  });

  test('reading named objects of AWS-owned buckets needs no principal pin; a write or a wildcard bucket does', () => {
    const t = awsLab(mode);
    const statements = t.Resources.S3Endpoint.Properties.PolicyDocument.Statement;
    statements.push({
      Sid: 'AwsAgentBuckets',
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: 's3:GetObject',
      Resource: [{ 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':s3:::aws-ssm-', { Ref: 'AWS::Region' }, '/*']] }],
    });
    expect(summary(auditAws(t).findings)).toEqual([]);
    statements[1].Action = ['s3:GetObject', 's3:PutObject'];
    expect(auditAws(t).findings.find((f) => f.resource === 'S3Endpoint')?.path).toMatch(/AwsAgentBuckets admits principals of any account/);
    statements[1].Action = 's3:GetObject';
    statements[1].Resource = 'arn:aws:s3:::*/*';
    expect(auditAws(t).findings.find((f) => f.resource === 'S3Endpoint')?.path).toMatch(/AwsAgentBuckets admits/);
  });

  test('a new interface endpoint added without a policy (an added resource) fails', () => {
    const t = awsLab(mode);
    t.Resources.Added = clone(t.Resources.SsmEndpoint);
    delete t.Resources.Added.Properties.PolicyDocument;
    expect(summary(auditAws(t).findings)).toContain('alice-ws aws-any-account Added');
  });

  test('security-group egress widened to 0.0.0.0/0 fails (an escape-hatch egress rule)', () => {
    const t = awsLab(mode);
    t.Resources.Widened = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: '-1', CidrIp: '0.0.0.0/0' } };
    const r = auditAws(t);
    expect(summary(r.findings)).toContain('alice-ws network.security-group-egress Widened');
  });

  test('a security group without SecurityGroupEgress (CloudFormation allows all outbound) fails', () => {
    const t = awsLab(mode);
    delete t.Resources.WsSg.Properties.SecurityGroupEgress;
    expect(summary(auditAws(t).findings)).toContain('alice-ws network.security-group-egress WsSg');
  });

  test('an instance without a security group (the VPC default group) fails', () => {
    const t = awsLab(mode);
    t.Resources.LaunchTemplate.Properties.LaunchTemplateData.SecurityGroupIds = [];
    expect(auditAws(t).findings.map((f) => f.destination)).toContain('network.security-group-egress');
  });

  test('no DNS firewall on the VPC fails (the resolver recurses: a DNS tunnel)', () => {
    const t = awsLab(mode);
    delete t.Resources.DnsFirewallAssoc;
    expect(summary(auditAws(t).findings)).toContain('alice-ws outside-dns Vpc');
  });

  test('a DNS firewall without the final BLOCK of "*" fails', () => {
    const t = awsLab(mode);
    t.Resources.DnsFirewall.Properties.FirewallRules.pop();
    expect(auditAws(t).findings.find((f) => f.destination === 'outside-dns')?.path).toMatch(/no rule that BLOCKs "\*"/);
  });

  test('a DNS firewall that ALLOWs "*" or a whole TLD before the block fails', () => {
    for (const wide of ['*', '*.com']) {
      const t = awsLab(mode);
      t.Resources.AllowedDomains.Properties.Domains.push(wide);
      expect(auditAws(t).findings.map((f) => f.destination)).toContain('outside-dns');
    }
  });

  test('a NAT route added to the workspace subnet fails, naming the route and the NAT gateway', () => {
    const t = awsLab(mode);
    t.Resources.Nat2 = { Type: 'AWS::EC2::NatGateway', Properties: {} };
    t.Resources.WsDefaultThroughFirewall = undefined;
    delete t.Resources.WsDefaultThroughFirewall;
    t.Resources.NatRoute = { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'WsRouteTable' }, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: { Ref: 'Nat2' } } };
    // In `none` the route is only reachable once the security group also lets traffic out.
    if (mode === 'none') t.Resources.WsHttps = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' } };
    const f = auditAws(t).findings.find((x) => x.destination === 'internet');
    expect(f).toMatchObject({ workspace: 'alice-ws', resource: 'NatRoute' });
    expect(f!.path).toMatch(/NAT gateway Nat2/);
  });

  test('an internet-gateway route (IPv6 ::/0 included) fails', () => {
    const t = awsLab(mode);
    t.Resources.Igw6 = { Type: 'AWS::EC2::EgressOnlyInternetGateway', Properties: {} };
    t.Resources.V6Route = { Type: 'AWS::EC2::Route', Properties: { RouteTableId: { Ref: 'WsRouteTable' }, DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: { Ref: 'Igw6' } } };
    t.Resources.V6Egress = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIpv6: '::/0' } };
    expect(summary(auditAws(t).findings)).toContain('alice-ws internet V6Route');
  });
});

describe('AWS proxied: the Network Firewall on the path', () => {
  const fwFinding = (mutate: (t: any) => void): Finding | undefined => {
    const t = awsLab('proxied');
    mutate(t);
    return auditAws(t).findings.find((f) => f.destination === 'internet');
  };

  test('a stateful default without a drop fails', () => {
    const f = fwFinding((t) => { t.Resources.FwPolicy.Properties.FirewallPolicy.StatefulDefaultActions = ['aws:alert_established']; });
    expect(f).toMatchObject({ workspace: 'alice-ws', resource: 'FwPolicy' });
    expect(f!.path).toMatch(/no default drop/);
  });

  test('default rule order (not STRICT_ORDER) fails', () => {
    expect(fwFinding((t) => { delete t.Resources.FwPolicy.Properties.FirewallPolicy.StatefulEngineOptions; })?.path).toMatch(/STRICT_ORDER/);
  });

  test('a stateless default that passes traffic fails', () => {
    expect(fwFinding((t) => { t.Resources.FwPolicy.Properties.FirewallPolicy.StatelessDefaultActions = ['aws:pass']; })?.path).toMatch(/does not forward/);
  });

  test('an allowlist of every AWS endpoint (.amazonaws.com: S3 of any account) fails', () => {
    expect(fwFinding((t) => { t.Resources.Allowlist.Properties.RuleGroup.RulesSource.RulesSourceList.Targets.push('.amazonaws.com'); })?.path).toMatch(/\.amazonaws\.com/);
  });

  test('a DENYLIST instead of an ALLOWLIST fails', () => {
    expect(fwFinding((t) => { t.Resources.Allowlist.Properties.RuleGroup.RulesSource.RulesSourceList.GeneratedRulesType = 'DENYLIST'; })?.path).toMatch(/no stateful rule group holds a domain ALLOWLIST/);
  });

  test('a Suricata pass rule without a name match fails', () => {
    expect(fwFinding((t) => { t.Resources.Allowlist.Properties.RuleGroup.RulesSource.RulesString = 'pass tcp $HOME_NET any -> any 443 (sid:1;)'; })?.path).toMatch(/passes traffic without a name match/);
  });

  test('the route to the firewall replaced by a route to the NAT gateway fails', () => {
    const f = fwFinding((t) => { t.Resources.WsDefaultThroughFirewall.Properties = { RouteTableId: { Ref: 'WsRouteTable' }, DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: { Ref: 'Nat' } }; });
    expect(f).toMatchObject({ resource: 'WsDefaultThroughFirewall' });
  });

  test('security-group egress to the internet on a port other than 80/443 fails', () => {
    const t = awsLab('proxied');
    t.Resources.WsHttps.Properties.FromPort = 0;
    t.Resources.WsHttps.Properties.ToPort = 65535;
    expect(summary(auditAws(t).findings)).toContain('alice-ws network.security-group-egress WsHttps');
  });

  test('the same firewall path in a `none` lab fails: no internet at all', () => {
    const t = awsLab('proxied');
    t.Metadata['cdk-research-workspaces:lab'].egress = 'none';
    const r = auditAws(t);
    expect(r.findings.map((f) => f.destination)).toEqual(expect.arrayContaining(['allowlisted-internet', 'network.security-group-egress']));
  });

  test('`open` reports the internet but does not fail', () => {
    const t = awsLab('proxied');
    t.Metadata['cdk-research-workspaces:lab'].egress = 'open';
    t.Resources.FwPolicy.Properties.FirewallPolicy.StatefulDefaultActions = [];
    const r = auditAws(t);
    expect(r.findings).toEqual([]);
    expect(r.units[0].workspaces[0].reach.map((x) => x.destination)).toContain('internet');
  });
});

describe('AWS proxied through an EC2 proxy (security-group path to the proxy)', () => {
  const proxyLab = (conf: string): any => {
    const t = awsLab('proxied');
    for (const k of ['WsDefaultThroughFirewall', 'WsHttps']) delete t.Resources[k];
    t.Resources.ProxySg = { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'proxy', VpcId: { Ref: 'Vpc' }, SecurityGroupEgress: [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' }] } };
    t.Resources.WsToProxy = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: 'tcp', FromPort: 3128, ToPort: 3128, DestinationSecurityGroupId: { 'Fn::GetAtt': ['ProxySg', 'GroupId'] } } };
    t.Resources.Proxy = { Type: 'AWS::EC2::Instance', Properties: { SubnetId: { Ref: 'NatSubnet' }, SecurityGroupIds: [{ 'Fn::GetAtt': ['ProxySg', 'GroupId'] }], UserData: { 'Fn::Base64': conf } } };
    return t;
  };
  const allowlist = 'acl mirrors dstdomain .pypi.org\nhttp_access allow mirrors\nhttp_access deny all\n';

  test('a squid with a domain allowlist and a final deny: the workspace reaches the allowlisted internet; the proxy is not a workspace', () => {
    const r = auditAws(proxyLab(allowlist));
    expect(r.units[0].workspaces.map((w) => w.name)).toEqual(['alice-ws']);
    expect(summary(r.findings)).toEqual([]);
    expect(r.units[0].workspaces[0].reach.find((x) => x.resource === 'Proxy')?.destination).toBe('allowlisted-internet');
  });

  test('a proxy that allows everything fails', () => {
    const r = auditAws(proxyLab('http_access allow all\n'));
    expect(summary(r.findings)).toContain('alice-ws unknown Proxy');
  });

  test('the proxy path in a `none` lab fails', () => {
    const t = proxyLab(allowlist);
    t.Metadata['cdk-research-workspaces:lab'].egress = 'none';
    expect(summary(auditAws(t).findings)).toContain('alice-ws allowlisted-internet Proxy');
  });
});

describe('AWS permit phases take their network from the permit lifecycle', () => {
  test('an analysis workspace (network none) with the proxied path fails; researcher-setup (egress-proxy) passes', () => {
    const t = awsLab('proxied');
    delete t.Metadata;
    t.Resources.Workspace.Properties.Tags = [
      { Key: 'permit:id', Value: 'p-9' }, { Key: 'permit:status', Value: 'WORKSPACE_SETUP_PENDING' }, { Key: 'permit:workspace', Value: 'researcher-setup' },
    ];
    const setup = auditAws(t);
    expect(setup.units[0]).toMatchObject({ kind: 'permit', name: 'p-9', status: 'WORKSPACE_SETUP_PENDING' });
    expect(setup.units[0].workspaces[0]).toMatchObject({ mode: 'proxied', role: 'researcher-setup' });
    expect(summary(setup.findings)).toEqual([]);
    t.Resources.Workspace.Properties.Tags = [
      { Key: 'permit:id', Value: 'p-9' }, { Key: 'permit:status', Value: 'ANALYSIS_ACTIVE' }, { Key: 'permit:workspace', Value: 'analysis' },
    ];
    const analysis = auditAws(t);
    expect(analysis.units[0].workspaces[0]).toMatchObject({ mode: 'none', role: 'analysis' });
    expect(analysis.findings.map((f) => f.destination)).toContain('allowlisted-internet');
  });
});

describe.each(['none', 'proxied'] as const)('Kubernetes lab, egress %s', (mode) => {
  const audit = (mutate?: (j: any) => void) => {
    const j = kubernetesLab(mode);
    mutate?.(j);
    return auditTf(j, 'k8s-lab');
  };

  test('the good output passes', () => {
    const r = audit();
    expect(r.units[0].workspaces.map((w) => [w.name, w.mode])).toEqual([['alice-ws', mode]]);
    expect(summary(r.findings)).toEqual([]);
    if (mode === 'proxied') expect(r.units[0].workspaces[0].reach.map((x) => x.destination)).toContain('allowlisted-internet');
  });

  test('the workspace NetworkPolicy and the default deny removed: the pods send anything', () => {
    const r = audit((j) => {
      delete j.resource.kubernetes_network_policy_v1.WsEgress;
      delete j.resource.kubernetes_network_policy_v1.DefaultDeny;
    });
    expect(summary(r.findings)).toEqual(expect.arrayContaining(['alice-ws internet kubernetes_manifest.Vm', 'alice-ws network.default-deny kubernetes_manifest.Vm']));
  });

  test('the default deny removed fails (even while the workspace policy still holds)', () => {
    const r = audit((j) => { delete j.resource.kubernetes_network_policy_v1.DefaultDeny; });
    expect(r.findings.map((f) => f.destination)).toContain('network.default-deny');
  });

  test('a DNS allowance to 0.0.0.0/0:53 fails', () => {
    const r = audit((j) => {
      j.resource.kubernetes_network_policy_v1.WsEgress.spec.egress.push({ ports: [{ port: '53', protocol: 'UDP' }], to: [{ ip_block: { cidr: '0.0.0.0/0' } }] });
    });
    expect(summary(r.findings)).toContain('alice-ws outside-dns kubernetes_network_policy_v1.WsEgress');
  });

  test('DNS to the cluster resolver (kube-dns, which forwards outside) fails', () => {
    const r = audit((j) => {
      j.resource.kubernetes_network_policy_v1.WsEgress.spec.egress[1].to = [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } } }];
    });
    expect(r.findings.find((f) => f.destination === 'outside-dns')?.path).toMatch(/kube-dns/);
  });

  test('the in-namespace resolver allowed to forward to kube-dns fails transitively', () => {
    const r = audit((j) => {
      j.resource.kubernetes_network_policy_v1.ResolverEgress.spec.egress.push({ ports: [{ port: '53', protocol: 'UDP' }], to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } } }] });
    });
    const f = r.findings.find((x) => x.destination === 'outside-dns');
    expect(f?.path).toMatch(/kubernetes_deployment_v1\.Resolver, which reaches/);
  });

  test('an egress rule without "to" (every destination) on 443 fails', () => {
    const r = audit((j) => { j.resource.kubernetes_network_policy_v1.WsEgress.spec.egress.push({ ports: [{ port: '443', protocol: 'TCP' }] }); });
    expect(summary(r.findings)).toContain('alice-ws internet kubernetes_network_policy_v1.WsEgress');
  });

  test('a policy that lists only Ingress no longer restricts egress', () => {
    const r = audit((j) => {
      j.resource.kubernetes_network_policy_v1.WsEgress.spec.policy_types = ['Ingress'];
      j.resource.kubernetes_network_policy_v1.DefaultDeny.spec.policy_types = ['Ingress'];
    });
    expect(r.findings.map((f) => f.destination)).toContain('internet');
  });
});

describe('Kubernetes proxied: the proxy on the path', () => {
  test('a proxy whose configuration allows everything makes its clients reach the internet', () => {
    const j = kubernetesLab('proxied');
    j.resource.kubernetes_config_map_v1.ProxyConfig.data['squid.conf'] = 'http_access allow all\n';
    const f = auditTf(j, 'k8s-lab').findings.find((x) => x.destination === 'internet');
    expect(f?.path).toMatch(/kubernetes_deployment_v1\.Proxy, which reaches/);
  });

  test('the proxy path in an offline (none) workspace fails', () => {
    const j = kubernetesLab('proxied');
    j.resource.kubernetes_manifest.Vm.manifest.metadata.labels['cdk-research-workspaces.dev/egress'] = 'none';
    expect(auditTf(j, 'k8s-lab').findings.map((f) => f.destination)).toContain('allowlisted-internet');
  });
});

describe.each(['none', 'proxied'] as const)('Proxmox lab, egress %s', (mode) => {
  const audit = (mutate?: (j: any) => void, opts: { elsewhere?: boolean } = {}) => {
    const j = proxmoxLab(mode);
    mutate?.(j);
    return auditTf(j, 'pve-lab', opts);
  };
  const opts = (j: any) => j.resource.proxmox_virtual_environment_firewall_options.ws_opts;
  const rules = (j: any) => j.resource.proxmox_virtual_environment_firewall_rules.ws_rules.rule;

  test('the good output passes', () => {
    const r = audit();
    expect(r.units[0].workspaces.map((w) => [w.name, w.mode])).toEqual([['alice-ws', mode]]);
    expect(summary(r.findings)).toEqual([]);
  });

  test('an ACCEPT rule out to 0.0.0.0/0 fails', () => {
    const r = audit((j) => rules(j).push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '443', dest: '0.0.0.0/0' }));
    expect(summary(r.findings)).toContain('alice-ws internet proxmox_virtual_environment_firewall_rules.ws_rules');
  });

  test('an ACCEPT rule out without a destination (anywhere) fails', () => {
    const r = audit((j) => rules(j).push({ type: 'out', action: 'ACCEPT', macro: 'HTTPS' }));
    expect(r.findings.map((f) => f.destination)).toContain('internet');
  });

  test('output_policy ACCEPT fails', () => {
    const r = audit((j) => { opts(j).output_policy = 'ACCEPT'; });
    expect(summary(r.findings)).toContain('alice-ws internet proxmox_virtual_environment_firewall_options.ws_opts');
  });

  test('the guest firewall disabled fails', () => {
    const r = audit((j) => { opts(j).enabled = false; });
    expect(r.findings.find((f) => f.destination === 'internet')?.path).toMatch(/firewall is off/);
  });

  test('ipfilter off fails', () => {
    const r = audit((j) => { opts(j).ipfilter = false; });
    expect(summary(r.findings)).toContain('alice-ws network.ipfilter proxmox_virtual_environment_firewall_options.ws_opts');
  });

  test('a network device without the firewall fails', () => {
    const r = audit((j) => { j.resource.proxmox_virtual_environment_vm.ws_1.network_device[0].firewall = false; });
    expect(r.findings.map((f) => f.destination)).toEqual(expect.arrayContaining(['internet', 'network.nic-firewall']));
  });

  test('the firewall options resource removed fails', () => {
    const r = audit((j) => { delete j.resource.proxmox_virtual_environment_firewall_options; });
    expect(r.findings.find((f) => f.destination === 'internet')?.path).toMatch(/no firewall options/);
  });

  test('the datacenter firewall missing or off fails, unless stated to be kept on elsewhere', () => {
    expect(audit((j) => { j.resource.proxmox_virtual_environment_cluster_firewall.Dc.enabled = false; }).findings.map((f) => f.destination)).toContain('network.datacenter-firewall');
    const missing = (j: any) => { delete j.resource.proxmox_virtual_environment_cluster_firewall; };
    expect(audit(missing).findings.map((f) => f.destination)).toContain('network.datacenter-firewall');
    expect(audit(missing, { elsewhere: true }).findings).toEqual([]);
  });

  test('a DNS rule (a resolver that recurses) fails', () => {
    const r = audit((j) => rules(j).push({ type: 'out', action: 'ACCEPT', proto: 'udp', dport: '53', dest: '10.20.30.2', comment: 'DNS' }));
    expect(summary(r.findings)).toContain('alice-ws outside-dns proxmox_virtual_environment_firewall_rules.ws_rules');
  });

  test('DNS to a resolver stated internal-only is internal DNS; to any other address it is outside DNS', () => {
    const withDns = (j: any) => rules(j).push({ type: 'out', action: 'ACCEPT', proto: 'udp', dport: '53', dest: '10.20.30.53' });
    const stated = auditTf((() => { const j = proxmoxLab(mode); withDns(j); return j; })(), 'pve-lab');
    expect(stated.findings.map((f) => f.destination)).toContain('outside-dns');
    const j = proxmoxLab(mode);
    withDns(j);
    const r = auditPath(writeTerraform(`${dir}/tf-${n++}`, j, 'pve-lab'), { permitNetwork, internalResolvers: ['10.20.30.53'] });
    expect(r.findings).toEqual([]);
    expect(r.units[0].workspaces[0].reach.map((x) => x.destination)).toContain('internal-dns');
    const other = auditPath(writeTerraform(`${dir}/tf-${n++}`, j, 'pve-lab'), { permitNetwork, internalResolvers: ['10.20.30.54'] });
    expect(other.findings.map((f) => f.destination)).toContain('outside-dns');
  });

  test('a rule to an IP set that holds 0.0.0.0/0 fails', () => {
    const r = audit((j) => {
      j.resource.proxmox_virtual_environment_firewall_ipset.wide = { name: 'mirrors', cidr: [{ name: '0.0.0.0/0' }] };
      rules(j).push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '443', dest: '+mirrors' });
    });
    expect(r.findings.map((f) => f.destination)).toContain('internet');
  });
});

test('Proxmox: the package proxy rule in an offline (none) workspace fails', () => {
  const j = proxmoxLab('proxied');
  j.resource.proxmox_virtual_environment_vm.ws_1.tags = ['rws', 'egress-none'];
  expect(auditTf(j, 'pve-lab').findings.map((f) => f.destination)).toContain('allowlisted-internet');
});

test('a disabled or DROP rule opens nothing (the audit reads actions, not just rules)', () => {
  const j = proxmoxLab('none');
  j.resource.proxmox_virtual_environment_firewall_rules.ws_rules.rule.push(
    { type: 'out', action: 'ACCEPT', dest: '0.0.0.0/0', enabled: false },
    { type: 'out', action: 'DROP', dest: '0.0.0.0/0' },
  );
  expect(auditTf(j, 'pve-lab').findings).toEqual([]);
});

test('scopedPolicy fixtures are what the tests claim: both accounts pinned', () => {
  expect(scopedPolicy().Statement[0].Condition.StringEquals).toEqual({ 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' }, 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } });
});
