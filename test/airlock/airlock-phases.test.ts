/**
 * Every phase of the example permit, synthesized and read back from the template: what exists,
 * what each role may read, write and delete (bucket policies and identity policies evaluated
 * together), that the analysis has no route out, how workspaces are stopped without being
 * terminated, what is retained, and that nothing moves between phases.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  accessTable, bucketPolicy, bucketsByVolume, cleanTemp, egressRules, examplePhase, HAPPY_PATH, instancesByWorkspace, isNoTraffic,
  ofType, refOf, refsIn, securityGroupsOf, Synth, tag,
} from './helpers';
import { PermitStatus, PermitWorkspaceRole } from '../../src';

const S = PermitStatus;
const R = PermitWorkspaceRole;
const phases = new Map<PermitStatus, Synth>();

beforeAll(() => {
  for (const [status, previous] of HAPPY_PATH) phases.set(status, examplePhase(status, previous));
}, 240_000);
afterAll(cleanTemp);

function t(status: PermitStatus): any {
  return phases.get(status)!.template;
}

const UPLOADS = ['upload-hospital-a', 'upload-registry-b'];
const ALL_BUCKETS = [...UPLOADS, 'raw', 'prepared', 'outputs', 'project', 'egress-review'].sort();

describe('what exists in each phase', () => {
  type Want = { instances: string[]; stopped: string[]; sftp: boolean; egress: string; igw: boolean; buckets: number; endpoints: number };
  const table: Array<[PermitStatus, Want]> = [
    [S.AWAITING_INGRESS, { instances: [], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 0, endpoints: 0 }],
    [S.INGRESS_IN_PROGRESS, { instances: [], stopped: [], sftp: true, egress: 'none', igw: true, buckets: 7, endpoints: 0 }],
    [S.DATA_PREPARATION_PENDING, { instances: [R.HDAB_PREPROCESSING], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.DATA_PREPARATION_REVIEW_PENDING, { instances: [R.HDAB_PREPROCESSING, R.HDAB_REVIEW], stopped: [R.HDAB_PREPROCESSING], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.DATA_PREPARATION_REWORK, { instances: [R.HDAB_PREPROCESSING], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.WORKSPACE_SETUP_PENDING, { instances: [R.RESEARCHER_SETUP], stopped: [], sftp: false, egress: 'firewall', igw: true, buckets: 7, endpoints: 7 }],
    [S.WORKSPACE_SETUP_REVIEW_PENDING, { instances: [R.RESEARCHER_SETUP, R.SETUP_REVIEW], stopped: [R.RESEARCHER_SETUP], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.WORKSPACE_SETUP_REWORK, { instances: [R.RESEARCHER_SETUP], stopped: [], sftp: false, egress: 'firewall', igw: true, buckets: 7, endpoints: 7 }],
    [S.ANALYSIS_ACTIVE, { instances: [R.ANALYSIS], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.ANALYSIS_STOPPED, { instances: [R.ANALYSIS], stopped: [R.ANALYSIS], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 7 }],
    [S.ARCHIVED, { instances: [], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 0 }],
    [S.DELETED, { instances: [], stopped: [], sftp: false, egress: 'none', igw: false, buckets: 7, endpoints: 0 }],
  ];

  test.each(table)('%s', (status, want) => {
    const tpl = t(status);
    const instances = instancesByWorkspace(tpl);
    expect([...instances.keys()].sort()).toEqual([...want.instances].sort());
    const stopped = ofType(tpl, 'AWS::SSM::Association').filter(([, r]) => r.Properties.Name === 'AWS-StopEC2Instance')
      .map(([, r]) => [...instances.entries()].find(([, [id]]) => refOf(r.Properties.Targets[0].Values[0]) === id)![0]);
    expect(stopped.sort()).toEqual([...want.stopped].sort());
    expect(ofType(tpl, 'AWS::Transfer::Server').length).toBe(want.sftp ? 1 : 0);
    expect(ofType(tpl, 'AWS::Transfer::User').length).toBe(want.sftp ? 2 : 0);
    expect(ofType(tpl, 'AWS::NetworkFirewall::Firewall').length).toBe(want.egress === 'firewall' ? 1 : 0);
    expect(ofType(tpl, 'AWS::EC2::NatGateway').length).toBe(want.egress === 'none' ? 0 : 1);
    expect(ofType(tpl, 'AWS::EC2::InternetGateway').length).toBe(want.igw ? 1 : 0);
    expect(bucketsByVolume(tpl).size).toBe(want.buckets);
    expect(ofType(tpl, 'AWS::EC2::VPCEndpoint').length).toBe(want.endpoints);
    expect(ofType(tpl, 'AWS::EC2::VPC').length).toBe(status === S.AWAITING_INGRESS || status === S.DELETED ? 0 : 1);
    // The CloudTrail trail follows the buckets.
    expect(ofType(tpl, 'AWS::CloudTrail::Trail').length).toBe(want.buckets ? 1 : 0);
  });

  test('AWAITING_INGRESS holds only a placeholder (CloudFormation needs one resource)', () => {
    expect(Object.values<any>(t(S.AWAITING_INGRESS).Resources).map((r) => r.Type)).toEqual(['AWS::CloudFormation::WaitConditionHandle']);
  });
});

describe('who may read, write and delete (bucket policies and role policies together)', () => {
  const SCANNER = 'guardduty-malware-scan';
  const SCANNED = { 'upload-hospital-a': 'rlw', 'upload-registry-b': 'rlw' };
  // r = GetObject, l = ListBucket, w = PutObject, d = DeleteObject.
  const expected: Array<[PermitStatus, Record<string, Record<string, string>>]> = [
    [S.AWAITING_INGRESS, {}],
    // GuardDuty Malware Protection reads and tags the uploads while they arrive and are consolidated
    // ('w': it writes only its validation object, a condition this evaluator does not read).
    [S.INGRESS_IN_PROGRESS, { 'sftp:hospital-a': { 'upload-hospital-a': 'w' }, 'sftp:registry-b': { 'upload-registry-b': 'w' }, [SCANNER]: SCANNED }],
    // ... and the consolidation copies the uploads tagged clean into raw/ingress/ (docs/airlock-transfers.md).
    [S.DATA_PREPARATION_PENDING, {
      'workspace:hdab-preprocessing': { raw: 'rl', prepared: 'rlwd' },
      [SCANNER]: SCANNED,
      'ingress-consolidation': { 'upload-hospital-a': 'rl', 'upload-registry-b': 'rl', 'raw': 'rlw' },
    }],
    [S.DATA_PREPARATION_REVIEW_PENDING, { 'workspace:hdab-review': { prepared: 'rl' } }],
    [S.DATA_PREPARATION_REWORK, { 'workspace:hdab-preprocessing': { raw: 'rl', prepared: 'rlwd' } }],
    [S.WORKSPACE_SETUP_PENDING, { 'workspace:researcher-setup': { project: 'rlwd' } }],
    [S.WORKSPACE_SETUP_REVIEW_PENDING, { 'workspace:setup-review': { project: 'rl' } }],
    [S.WORKSPACE_SETUP_REWORK, { 'workspace:researcher-setup': { project: 'rlwd' } }],
    [S.ANALYSIS_ACTIVE, { 'workspace:analysis': { 'prepared': 'rl', 'outputs': 'rlwd', 'project': 'rlwd', 'egress-review': 'w' } }],
    [S.ANALYSIS_STOPPED, {}],
    [S.ARCHIVED, {}],
    // The emptying function may list and delete (versions included) but not read any content.
    // raw is locked (Object Lock): its purge function lists it and destroys its versions with the bypass (test/ingress/aws-raw-lock.test.ts).
    [S.DELETED, { 'auto-delete': Object.fromEntries(ALL_BUCKETS.map((b) => [b, 'ld'])), 'raw-purge': { raw: 'l' } }],
  ];

  test.each(expected)('%s', (status, want) => {
    expect(accessTable(t(status))).toEqual(want);
  });

  test('every bucket policy denies reads, writes, deletes and version deletes to everyone outside the plan', () => {
    for (const [status] of HAPPY_PATH.slice(1)) {
      const tpl = t(status);
      for (const [volume, id] of bucketsByVolume(tpl)) {
        const sids = bucketPolicy(tpl, id).filter((s: any) => s.Effect === 'Deny').map((s: any) => s.Sid).filter(Boolean)
          // The scan gate of the upload buckets and the consolidation's confinement on raw (test/ingress/aws-ingress.test.ts).
          .filter((sid: string) => !/ScannedClean|Scanner|UploadsWithTags|ConsolidationOutsideIngress/.test(sid)).sort();
        expect({ status, volume, sids }).toEqual({
          status,
          volume,
          sids: ['DenyDeletesOutsideThePlan', ...(volume === 'raw' ? ['DenyGovernanceBypass'] : []), 'DenyOtherEncryption', 'DenyOtherKeys',
            'DenyReadsOutsideThePlan', 'DenyVersionDeletion',
            // Release requests are all the analysis workspace writes to egress-review (docs/airlock-transfers.md).
            ...(volume === 'egress-review' && status !== S.DELETED ? ['DenyWritesOutsideReleaseRequests'] : []), 'DenyWritesOutsideThePlan'],
        });
        const insecure = bucketPolicy(tpl, id).find((s: any) => s.Condition?.Bool?.['aws:SecureTransport'] === 'false');
        expect(insecure?.Effect).toBe('Deny');
      }
    }
  });

  test('a researcher role may never write raw or prepared, and the SFTP roles can neither read nor list', () => {
    for (const [status] of HAPPY_PATH) {
      const table = accessTable(t(status));
      for (const who of ['workspace:researcher-setup', 'workspace:analysis']) {
        for (const v of ['raw', 'prepared', ...UPLOADS]) expect(table[who]?.[v] ?? '').not.toMatch(/[wd]/);
      }
      for (const [who, access] of Object.entries(table).filter(([k]) => k.startsWith('sftp:'))) {
        expect({ who, access }).toEqual({ who, access: { [`upload-${who.slice(5)}`]: 'w' } });
      }
    }
  });

  test('the SFTP users: logical home on their own upload bucket, a session policy with PutObject only, SSH keys', () => {
    const tpl = t(S.INGRESS_IN_PROGRESS);
    const buckets = bucketsByVolume(tpl);
    for (const [, u] of ofType(tpl, 'AWS::Transfer::User')) {
      const holder = u.Properties.UserName;
      expect(u.Properties.HomeDirectoryType).toBe('LOGICAL');
      expect(u.Properties.HomeDirectoryMappings).toHaveLength(1);
      expect(u.Properties.HomeDirectoryMappings[0].Entry).toBe('/');
      expect(refsIn(u.Properties.HomeDirectoryMappings[0].Target)).toEqual(new Set([buckets.get(`upload-${holder}`)]));
      const policyText = JSON.stringify(u.Properties.Policy);
      expect(policyText).toContain('s3:PutObject');
      expect(policyText).not.toMatch(/s3:Get|s3:List|s3:Delete|s3:\*/);
      expect(u.Properties.SshPublicKeys).toEqual([expect.stringMatching(new RegExp(`^ssh-ed25519 \\S+ ${holder}-upload$`))]);
    }
  });

  test('the SFTP endpoint admits TCP 22 from the data holders\' CIDRs only, and its server is locked down', () => {
    const tpl = t(S.INGRESS_IN_PROGRESS);
    const [, server] = ofType(tpl, 'AWS::Transfer::Server')[0];
    expect(server.Properties).toMatchObject({
      EndpointType: 'VPC', Protocols: ['SFTP'], IdentityProviderType: 'SERVICE_MANAGED', Domain: 'S3', SecurityPolicyName: 'TransferSecurityPolicy-2024-01',
    });
    const sgId = refOf(server.Properties.EndpointDetails.SecurityGroupIds[0])!;
    const ingress = ofType(tpl, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => refOf(r.Properties.GroupId) === sgId).map(([, r]) => r.Properties);
    expect(ingress.map((r) => `${r.CidrIp}:${r.FromPort}-${r.ToPort}/${r.IpProtocol}`).sort()).toEqual(['198.51.100.16/28:22-22/tcp', '203.0.113.0/24:22-22/tcp']);
    expect(egressRules(tpl, sgId).every(isNoTraffic)).toBe(true);
  });
});

describe('network: analysis has no route out', () => {
  const closed = [
    S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED, S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REVIEW_PENDING,
    S.WORKSPACE_SETUP_REVIEW_PENDING, S.ARCHIVED,
  ];
  for (const status of closed) {
    test(`${status}: no internet gateway, NAT, EIP, firewall or proxy; no default route`, () => {
      const tpl = t(status);
      for (const type of ['AWS::EC2::InternetGateway', 'AWS::EC2::VPCGatewayAttachment', 'AWS::EC2::NatGateway', 'AWS::EC2::EIP', 'AWS::NetworkFirewall::Firewall', 'AWS::EC2::EgressOnlyInternetGateway', 'AWS::EC2::TransitGatewayAttachment', 'AWS::EC2::VPCPeeringConnection']) {
        expect({ type, found: ofType(tpl, type).length }).toEqual({ type, found: 0 });
      }
      const routes = ofType(tpl, 'AWS::EC2::Route').map(([, r]) => r.Properties);
      expect(routes).toEqual([]);
      expect(ofType(tpl, 'AWS::EC2::Instance').every(([, r]) => tag(r, 'permit:workspace'))).toBe(true);
    });
  }

  test('the analysis workspace: isolated subnet, security group egress only to the endpoints and the S3 prefix list', () => {
    const tpl = t(S.ANALYSIS_ACTIVE);
    const [, [, inst]] = [...instancesByWorkspace(tpl).entries()][0];
    const subnet = tpl.Resources[refOf(inst.Properties.SubnetId)!];
    expect(subnet.Properties.MapPublicIpOnLaunch).toBe(false);
    const sgs = securityGroupsOf(tpl, inst);
    expect(sgs).toHaveLength(1);
    const [endpointSg] = ofType(tpl, 'AWS::EC2::VPCEndpoint').filter(([, r]) => r.Properties.VpcEndpointType === 'Interface').map(([, r]) => refOf(r.Properties.SecurityGroupIds[0]));
    const rules = egressRules(tpl, sgs[0]).filter((r) => !isNoTraffic(r));
    expect(rules.map((r) => ({ to: r.DestinationSecurityGroupId ? `sg:${refOf(r.DestinationSecurityGroupId)}` : r.DestinationPrefixListId ? 'prefix-list:s3' : r.CidrIp ?? r.CidrIpv6, port: `${r.FromPort}-${r.ToPort}` })))
      .toEqual(expect.arrayContaining([{ to: `sg:${endpointSg}`, port: '443-443' }, { to: 'prefix-list:s3', port: '443-443' }]));
    expect(rules).toHaveLength(2);
    const prefixRule = rules.find((r) => r.DestinationPrefixListId)!;
    const lookup = tpl.Resources[refOf(prefixRule.DestinationPrefixListId)!];
    expect(lookup.Type).toBe('Custom::AWS');
    expect(JSON.stringify(lookup.Properties.Create)).toContain('com.amazonaws.');
    // No inbound rule at all: Session Manager needs none.
    expect(ofType(tpl, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => refOf(r.Properties.GroupId) === sgs[0])).toEqual([]);
    expect(tpl.Resources[sgs[0]].Properties.SecurityGroupIngress).toBeUndefined();
  });

  test('endpoints: only what the phase needs, each limited to this account; S3 limited to the permit\'s buckets', () => {
    const tpl = t(S.ANALYSIS_ACTIVE);
    const services = ofType(tpl, 'AWS::EC2::VPCEndpoint').map(([, r]) => JSON.stringify(r.Properties.ServiceName).match(/\.(s3|ssm|ssmmessages|ec2messages|kms|logs|secretsmanager)"/)?.[1]).sort();
    expect(services).toEqual(['ec2messages', 'kms', 'logs', 's3', 'secretsmanager', 'ssm', 'ssmmessages']);
    for (const [, ep] of ofType(tpl, 'AWS::EC2::VPCEndpoint')) {
      const doc = ep.Properties.PolicyDocument;
      expect(doc).toBeDefined();
      if (ep.Properties.VpcEndpointType === 'Interface') {
        const own = { StringEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' }, 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } };
        expect(doc.Statement[0]).toEqual(expect.objectContaining({ Effect: 'Allow', Condition: own }));
        // Only the Systems Manager endpoint adds reading AWS-owned documents (no account in their ARN), still for this account's principals.
        expect(doc.Statement.slice(1).map((s: any) => [s.Sid, s.Action, s.Condition])).toEqual(JSON.stringify(ep.Properties.ServiceName).includes('.ssm"')
          ? [['LabPrincipalsReadAwsOwnedDocuments', ['ssm:GetDocument', 'ssm:DescribeDocument'], { StringEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' } } }]] : []);
      } else {
        const buckets = new Set(bucketsByVolume(tpl).values());
        const permitStatement = doc.Statement.find((s: any) => s.Sid === 'PermitBucketsOnly');
        expect(Object.keys(permitStatement.Condition.StringEquals).sort()).toEqual(['aws:PrincipalAccount', 'aws:ResourceAccount']);
        expect([...refsIn(permitStatement.Resource)].sort()).toEqual([...buckets].sort());
        const others = doc.Statement.filter((s: any) => s.Sid !== 'PermitBucketsOnly');
        expect(others.map((s: any) => [s.Sid, s.Action])).toEqual([['SystemsManagerBucketsReadOnly', 's3:GetObject']]);
      }
    }
  });

  test('DNS firewall: analysis resolves only AWS names; setup adds the package allowlist', () => {
    const lists = (status: PermitStatus) => ofType(t(status), 'AWS::Route53Resolver::FirewallDomainList').map(([, r]) => r.Properties.Domains);
    expect(lists(S.ANALYSIS_ACTIVE)).toEqual([['amazonaws.com', '*.amazonaws.com'], ['*']]);
    expect(lists(S.WORKSPACE_SETUP_PENDING)[0]).toEqual(expect.arrayContaining(['amazonaws.com', 'pypi.org', 'cran.r-project.org', 'conda.anaconda.org']));
    const rules = ofType(t(S.ANALYSIS_ACTIVE), 'AWS::Route53Resolver::FirewallRuleGroup')[0][1].Properties.FirewallRules;
    expect(rules.map((r: any) => [r.Priority, r.Action])).toEqual([[100, 'ALLOW'], [200, 'BLOCK']]);
  });
});

describe('setup egress: the package allowlist and nothing else', () => {
  test('the setup subnet\'s only default route goes to the Network Firewall; the firewall drops everything not allowlisted', () => {
    const tpl = t(S.WORKSPACE_SETUP_PENDING);
    const [firewallId] = ofType(tpl, 'AWS::NetworkFirewall::Firewall')[0];
    const [, [, inst]] = [...instancesByWorkspace(tpl).entries()][0];
    const subnetId = refOf(inst.Properties.SubnetId)!;
    const rtAssoc = ofType(tpl, 'AWS::EC2::SubnetRouteTableAssociation').find(([, r]) => refOf(r.Properties.SubnetId) === subnetId)![1];
    const rt = refOf(rtAssoc.Properties.RouteTableId);
    const routes = ofType(tpl, 'AWS::EC2::Route').filter(([, r]) => refOf(r.Properties.RouteTableId) === rt).map(([, r]) => r.Properties);
    expect(routes).toHaveLength(1);
    expect(routes[0].DestinationCidrBlock).toBe('0.0.0.0/0');
    expect(refsIn(routes[0].VpcEndpointId)).toEqual(new Set([firewallId]));
    // Every other default route is the egress path itself (firewall subnet -> NAT, NAT subnet -> internet gateway).
    const defaults = ofType(tpl, 'AWS::EC2::Route').filter(([, r]) => r.Properties.DestinationCidrBlock === '0.0.0.0/0').map(([, r]) => Object.keys(r.Properties).find((k) => k.endsWith('Id') && k !== 'RouteTableId'));
    expect(defaults.sort()).toEqual(['GatewayId', 'NatGatewayId', 'VpcEndpointId']);
    const [, policy] = ofType(tpl, 'AWS::NetworkFirewall::FirewallPolicy')[0];
    expect(policy.Properties.FirewallPolicy.StatefulDefaultActions).toEqual(['aws:drop_established', 'aws:alert_established']);
    const [, group] = ofType(tpl, 'AWS::NetworkFirewall::RuleGroup')[0];
    expect(group.Properties.RuleGroup.RulesSource.RulesSourceList).toEqual({
      GeneratedRulesType: 'ALLOWLIST',
      TargetTypes: ['TLS_SNI', 'HTTP_HOST'],
      Targets: ['cloud.r-project.org', 'conda.anaconda.org', 'cran.r-project.org', 'files.pythonhosted.org', 'pypi.org', 'repo.anaconda.com'],
    });
    expect(group.Properties.RuleGroup.StatefulRuleOptions).toEqual({ RuleOrder: 'STRICT_ORDER' });
    // Before the allowlist: UDP and ICMP (whose first packet drop_established would let through),
    // other ports, and protocol/port mismatches are dropped.
    const [strayId, strays] = ofType(tpl, 'AWS::NetworkFirewall::RuleGroup').find(([, r]) => r.Properties.RuleGroup.RulesSource.RulesString)!;
    const lines = strays.Properties.RuleGroup.RulesSource.RulesString.split('\n');
    expect(lines.map((l: string) => l.split(' (')[0])).toEqual([
      'drop udp $HOME_NET any -> $EXTERNAL_NET any', 'drop icmp $HOME_NET any -> $EXTERNAL_NET any', 'drop tcp $HOME_NET any -> $EXTERNAL_NET ![80,443]',
      'drop tls $HOME_NET any -> $EXTERNAL_NET 80', 'drop http $HOME_NET any -> $EXTERNAL_NET 443',
    ]);
    expect(policy.Properties.FirewallPolicy.StatefulRuleGroupReferences.map((r: any) => [r.Priority, r.ResourceArn['Fn::GetAtt'][0]]))
      .toEqual([[1, strayId], [2, ofType(tpl, 'AWS::NetworkFirewall::RuleGroup')[0][0]]]);
  });

  test('nothing in setup reaches sensitive data: no role has access to uploads, raw, prepared, outputs or the review bucket', () => {
    for (const status of [S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK]) {
      const table = accessTable(t(status));
      for (const [who, access] of Object.entries(table)) {
        expect({ status, who, volumes: Object.keys(access) }).toEqual({ status, who, volumes: ['project'] });
      }
    }
  });
});

describe('stopped, never terminated', () => {
  const stable = (status: PermitStatus, role: PermitWorkspaceRole) => {
    const tpl = t(status);
    const [id, inst] = instancesByWorkspace(tpl).get(role)!;
    const lt = tpl.Resources[refOf(inst.Properties.LaunchTemplate.LaunchTemplateId)!];
    const { Tags: _a, ...props } = inst.Properties;
    const { TagSpecifications: _b, ...ltProps } = lt.Properties;
    return { id, props, ltProps };
  };

  test('stopping and restarting keeps the same instance resource: same logical id, same properties (only tags change)', () => {
    expect(stable(S.DATA_PREPARATION_REVIEW_PENDING, R.HDAB_PREPROCESSING)).toEqual(stable(S.DATA_PREPARATION_PENDING, R.HDAB_PREPROCESSING));
    expect(stable(S.DATA_PREPARATION_REWORK, R.HDAB_PREPROCESSING)).toEqual(stable(S.DATA_PREPARATION_PENDING, R.HDAB_PREPROCESSING));
    expect(stable(S.WORKSPACE_SETUP_REVIEW_PENDING, R.RESEARCHER_SETUP)).toEqual(stable(S.WORKSPACE_SETUP_PENDING, R.RESEARCHER_SETUP));
    expect(stable(S.ANALYSIS_STOPPED, R.ANALYSIS)).toEqual(stable(S.ANALYSIS_ACTIVE, R.ANALYSIS));
  });

  test('stopped: AWS-StopEC2Instance through State Manager on deploy and on a schedule, with a role that may only start/stop the permit\'s instances', () => {
    const tpl = t(S.ANALYSIS_STOPPED);
    const [instanceId] = instancesByWorkspace(tpl).get(R.ANALYSIS)!;
    const assoc = ofType(tpl, 'AWS::SSM::Association').filter(([, r]) => String(r.Properties.Name).endsWith('EC2Instance'));
    expect(assoc).toHaveLength(1);
    const p = assoc[0][1].Properties;
    expect(p).toMatchObject({
      Name: 'AWS-StopEC2Instance', AutomationTargetParameterName: 'InstanceId', ScheduleExpression: 'rate(30 minutes)', WaitForSuccessTimeoutSeconds: 900,
    });
    expect(refOf(p.Targets[0].Values[0])).toBe(instanceId);
    expect(p.Targets[0].Key).toBe('ParameterValues');
    const roleId = refOf(p.Parameters.AutomationAssumeRole[0])!;
    const role = tpl.Resources[roleId];
    expect(role.Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'ssm.amazonaws.com' });
    const policy = ofType(tpl, 'AWS::IAM::ManagedPolicy').find(([, r]) => r.Properties.Roles.some((x: any) => refOf(x) === roleId))![1];
    const startStop = policy.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'StartStopPermitWorkspaces');
    expect(startStop.Action).toEqual(['ec2:StartInstances', 'ec2:StopInstances']);
    expect([...refsIn(startStop.Resource)]).toEqual([instanceId]);
    // The stopped workspace's role has no data access (the table above), and the instance is kept.
    expect(tag(tpl.Resources[instanceId], 'permit:workspace-state')).toBe('stopped');
  });

  test('running again: AWS-StartEC2Instance once (no schedule), under a new logical id so that the deploy runs it', () => {
    const active = ofType(t(S.ANALYSIS_ACTIVE), 'AWS::SSM::Association').filter(([, r]) => String(r.Properties.Name).endsWith('EC2Instance'));
    const stopped = ofType(t(S.ANALYSIS_STOPPED), 'AWS::SSM::Association').filter(([, r]) => String(r.Properties.Name).endsWith('EC2Instance'));
    expect(active.map(([, r]) => r.Properties.Name)).toEqual(['AWS-StartEC2Instance']);
    expect(active[0][1].Properties.ScheduleExpression).toBeUndefined();
    expect(active[0][0]).not.toBe(stopped[0][0]);
  });

  test('archived: compute destroyed, storage kept', () => {
    expect(ofType(t(S.ARCHIVED), 'AWS::EC2::Instance')).toEqual([]);
    expect([...bucketsByVolume(t(S.ARCHIVED)).keys()].sort()).toEqual(ALL_BUCKETS);
  });
});

describe('retention', () => {
  test('every bucket and key is retained in every phase before DELETED; buckets keep their logical ids from ingress to deletion', () => {
    const ids = bucketsByVolume(t(S.INGRESS_IN_PROGRESS));
    for (const [status] of HAPPY_PATH.slice(1)) {
      const tpl = t(status);
      expect(bucketsByVolume(tpl)).toEqual(ids);
      if (status === S.DELETED) continue;
      for (const [id, r] of [...ofType(tpl, 'AWS::S3::Bucket'), ...ofType(tpl, 'AWS::KMS::Key'), ...ofType(tpl, 'AWS::Logs::LogGroup')]) {
        expect({ status, id, d: r.DeletionPolicy, u: r.UpdateReplacePolicy }).toEqual({ status, id, d: 'Retain', u: 'Retain' });
      }
    }
  });

  test('DELETED: the permit\'s buckets and data key are deleted with the stack, every object version emptied first; logs and the trail stay', () => {
    const tpl = t(S.DELETED);
    for (const [volume, id] of bucketsByVolume(tpl)) {
      expect({ volume, d: tpl.Resources[id].DeletionPolicy }).toEqual({ volume, d: 'Delete' });
      const emptier = ofType(tpl, 'Custom::S3AutoDeleteObjects').find(([, r]) => refOf(r.Properties.BucketName) === id);
      expect(emptier).toBeDefined();
    }
    expect(ofType(tpl, 'AWS::KMS::Key').map(([id, r]) => [id.replace(/[0-9A-F]{8}$/, ''), r.DeletionPolicy]).sort())
      .toEqual([['AirlockDataKey', 'Delete'], ['AirlockLogKey', 'Retain'], ['AuditTrailKey', 'Retain']]);
    const kept = ofType(tpl, 'AWS::S3::Bucket').filter(([, r]) => !tag(r, 'permit:volume'));
    expect(kept.length).toBe(3);
    for (const [, r] of kept) expect(r.DeletionPolicy).toBe('Retain');
    // Only the emptying function may list and delete versions.
    expect(JSON.stringify(bucketPolicy(tpl, bucketsByVolume(tpl).get('raw')!).find((s: any) => s.Sid === 'DenyVersionDeletion')!.Condition))
      .toContain('CustomS3AutoDeleteObjectsCustomResourceProviderRole');
  });

  test('the access log and trail buckets deny deleting any object', () => {
    const tpl = t(S.ANALYSIS_ACTIVE);
    for (const [id, r] of ofType(tpl, 'AWS::S3::Bucket').filter(([, x]) => !tag(x, 'permit:volume'))) {
      const deny = bucketPolicy(tpl, id).filter((s: any) => s.Effect === 'Deny' && [].concat(s.Action).some((a: string) => a.startsWith('s3:DeleteObject')));
      expect({ id, deny: deny.length > 0, unconditional: deny.some((s: any) => !s.Condition) }).toEqual({ id, deny: true, unconditional: true });
      void r;
    }
  });
});

describe('tags and audit record', () => {
  test('permit id, status and event id on the resources; never on the launch template data (that would replace the instance)', () => {
    const tpl = t(S.ANALYSIS_ACTIVE);
    for (const [, b] of ofType(tpl, 'AWS::S3::Bucket')) {
      expect([tag(b, 'permit:id'), tag(b, 'permit:status'), tag(b, 'permit:event-id')]).toEqual(['p-001', 'ANALYSIS_ACTIVE', 'evt-analysis_active']);
    }
    const [, inst] = instancesByWorkspace(tpl).get(R.ANALYSIS)!;
    expect(tag(inst, 'permit:event-id')).toBe('evt-analysis_active');
    const lt = ofType(tpl, 'AWS::EC2::LaunchTemplate')[0][1];
    expect(JSON.stringify(lt.Properties.LaunchTemplateData)).not.toMatch(/permit:(status|event-id)/);
  });

  test('the audit record beside the template names the event, the changes, the access and what is retained', () => {
    const s = phases.get(S.ANALYSIS_STOPPED)!;
    const record = JSON.parse(fs.readFileSync(path.join(s.outdir, 'permit-p-001.audit.json'), 'utf8'));
    expect(record).toMatchObject({
      permitId: 'p-001',
      stack: 'permit-p-001',
      status: 'ANALYSIS_STOPPED',
      previousStatus: 'ANALYSIS_ACTIVE',
      eventId: 'evt-analysis_stopped',
      replay: false,
      timestamp: '2025-06-01T00:00:00.000Z',
    });
    expect(record.changes).toContainEqual({ subject: 'workspace', name: 'analysis', change: 'stopped', detail: 'stopped; storage kept' });
    expect(record.volumeAccess.every((b: any) => b.readers.length === 0 && b.writers.length === 0 && b.retained)).toBe(true);
    expect(record.resources.length).toBe(Object.keys(s.template.Resources).length);
    const retained = Object.entries<any>(s.template.Resources).filter(([, r]) => r.DeletionPolicy === 'Retain').map(([id]) => id).sort();
    expect(record.protectedResources).toEqual(retained);
  });
});

describe('registry access', () => {
  // Regression: ResearchUserRegistry.grantRead once built the manifest's ARN from its
  // parameterName token, so the role policy held ":parameter/{Token[TOKEN.n]}" and a desktop
  // could not read the registry manifest.
  test('no unresolved token text in any template (the registry grant names its parameters)', () => {
    for (const [status] of HAPPY_PATH) expect({ status, token: /\{Token\[/.test(JSON.stringify(t(status))) }).toEqual({ status, token: false });
  });
});
