/**
 * The AirlockWorkspace's options: the proxy instance instead of the Network Firewall, an
 * existing lab VPC, an internal SFTP endpoint, output reviewers; bad input failing early with
 * the field, the value and the fix; the stack's naming rule.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import {
  accessTable, bucketsByVolume, cleanTemp, desktopTemplate, egressRules, examplePhase, instancesByWorkspace, isNoTraffic, ofType, refOf,
  securityGroupsOf, synthPermit,
} from './helpers';
import { examplePermit } from '../../examples/permit-aws/main';
import {
  AirlockEgressControl, AirlockSftpExposure, AirlockWorkspace, AirlockWorkspaceProps, PermitLifecycle, PermitStack, PermitStatus, PermitWorkspaceRole,
} from '../../src';

const S = PermitStatus;
afterAll(cleanTemp);

describe('PROXY_INSTANCE egress', () => {
  const setupPhase = () => examplePhase(S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, 'evt-proxy', { egressControl: AirlockEgressControl.PROXY_INSTANCE });

  test('a squid instance behind a NAT gateway; the setup workspace reaches only the proxy port and the endpoints', () => {
    const { template: tpl } = setupPhase();
    expect(ofType(tpl, 'AWS::NetworkFirewall::Firewall')).toEqual([]);
    const proxies = ofType(tpl, 'AWS::EC2::Instance').filter(([id]) => id.includes('Proxy'));
    expect(proxies).toHaveLength(1);
    const [, proxy] = proxies[0];
    const userData = JSON.stringify(proxy.Properties.UserData);
    expect(userData).toContain('dnf install -y squid');
    expect(userData).toContain('http_access deny all');
    expect(userData).toContain('pypi.org');
    // The setup workspace's subnet has no default route at all.
    const [, [, setup]] = [...instancesByWorkspace(tpl).entries()].find(([r]) => r === PermitWorkspaceRole.RESEARCHER_SETUP)!;
    const rtAssoc = ofType(tpl, 'AWS::EC2::SubnetRouteTableAssociation').find(([, r]) => refOf(r.Properties.SubnetId) === refOf(setup.Properties.SubnetId))![1];
    expect(ofType(tpl, 'AWS::EC2::Route').filter(([, r]) => refOf(r.Properties.RouteTableId) === refOf(rtAssoc.Properties.RouteTableId))).toEqual([]);
    const proxySg = refOf(proxy.Properties.SecurityGroupIds[0]);
    const rules = egressRules(tpl, securityGroupsOf(tpl, setup)[0]).filter((r) => !isNoTraffic(r));
    expect(rules.filter((r) => r.CidrIp)).toEqual([]);
    expect(rules.some((r) => refOf(r.DestinationSecurityGroupId) === proxySg && r.FromPort === 3128)).toBe(true);
    // Proxy settings are pushed to the setup workspace once.
    const settings = ofType(tpl, 'AWS::SSM::Association').filter(([, r]) => r.Properties.Name === 'AWS-RunShellScript');
    expect(settings).toHaveLength(1);
    expect(JSON.stringify(settings[0][1].Properties.Parameters.commands)).toContain(':3128');
  });

  test('no proxy while the setup workspace is stopped (setup review) or after setup', () => {
    const steps = [[S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_PENDING], [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING]] as const;
    for (const [status, prev] of steps) {
      const { template: tpl } = examplePhase(status, prev, 'evt-p', { egressControl: AirlockEgressControl.PROXY_INSTANCE });
      expect(ofType(tpl, 'AWS::EC2::Instance').filter(([id]) => id.includes('Proxy'))).toEqual([]);
      expect(ofType(tpl, 'AWS::EC2::NatGateway')).toEqual([]);
    }
  });
});

describe('an existing lab VPC', () => {
  function labVpc(stack: Stack): ec2.Vpc {
    return new ec2.Vpc(stack, 'LabVpc', {
      maxAzs: 2,
      natGateways: 1,
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'Public', subnetType: ec2.SubnetType.PUBLIC },
        { name: 'Egress', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
        { name: 'Isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      ],
    });
  }
  function build(status: PermitStatus, prev: PermitStatus | undefined, extra: Partial<AirlockWorkspaceProps> = {}) {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'Lab');
    const vpc = labVpc(stack);
    const airlock = new AirlockWorkspace(stack, 'Permit', {
      plan: PermitLifecycle.plan(examplePermit('p-009', status, prev)),
      vpc,
      proxySubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      template: desktopTemplate(),
      ...extra,
    });
    const tpl = app.synth().getStackByName('Lab').template;
    return { stack, vpc, airlock, tpl };
  }

  test('workspaces in the isolated subnets; no VPC, endpoints or DNS firewall of its own; setup through a proxy in the egress subnets', () => {
    const { tpl, vpc, stack } = build(S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING);
    expect(ofType(tpl, 'AWS::EC2::VPC')).toHaveLength(1);
    expect(ofType(tpl, 'AWS::EC2::VPCEndpoint')).toEqual([]);
    expect(ofType(tpl, 'AWS::Route53Resolver::FirewallRuleGroupAssociation')).toEqual([]);
    const [, [, setup]] = [...instancesByWorkspace(tpl).entries()][0];
    const isolated = vpc.isolatedSubnets.map((s) => stack.resolve(s.subnetId));
    expect(isolated).toContainEqual(setup.Properties.SubnetId);
    const proxy = ofType(tpl, 'AWS::EC2::Instance').find(([id]) => id.includes('Proxy'))![1];
    expect(vpc.privateSubnets.map((s) => stack.resolve(s.subnetId))).toContainEqual(proxy.Properties.SubnetId);
  });

  test('an internal SFTP endpoint: private addresses only, in the workspace subnets', () => {
    const { tpl } = build(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, { sftpExposure: AirlockSftpExposure.INTERNAL });
    const [, server] = ofType(tpl, 'AWS::Transfer::Server')[0];
    expect(server.Properties.EndpointDetails.AddressAllocationIds).toBeUndefined();
    expect(ofType(tpl, 'AWS::EC2::EIP').filter(([id]) => id.startsWith('Permit'))).toEqual([]);
  });

  test.each<[string, Partial<AirlockWorkspaceProps>, RegExp]>([
    ['the Network Firewall', { egressControl: AirlockEgressControl.NETWORK_FIREWALL }, /egressControl.*only builds in a VPC it creates.*PROXY_INSTANCE/s],
    ['no proxy subnets', { proxySubnets: undefined }, /proxySubnets.*route to the internet/s],
    ['a CIDR', { cidr: '10.1.0.0/16' }, /describe a new VPC/],
  ])('rejects %s', (_, extra, message) => {
    expect(() => build(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, extra)).toThrow(message);
  });
});

describe('output reviewers', () => {
  test('reviewer roles may read the egress review bucket and nothing else; the analysis may only submit to it', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new PermitStack(app, 'permit-p-002', {
      permit: examplePermit('p-002', S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING),
      template: desktopTemplate(),
      s3PrefixListId: 'pl-63a5400a',
      egressReviewers: [new iam.Role(new Stack(app, 'Reviewers'), 'OutputChecker', { assumedBy: new iam.AccountRootPrincipal() })],
    });
    const tpl = app.synth().getStackByName('permit-p-002').template;
    const review = bucketsByVolume(tpl).get('egress-review')!;
    const policy = ofType(tpl, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === review)![1];
    const reads = policy.Properties.PolicyDocument.Statement.find((s: any) => s.Sid === 'AllowPlannedReads');
    expect(JSON.stringify(reads.Principal)).toContain('ImportValue');
    expect(accessTable(tpl)['workspace:analysis']['egress-review']).toBe('w');
    // A given prefix list id replaces the deploy-time lookup.
    expect(ofType(tpl, 'Custom::AWS')).toEqual([]);
    expect(JSON.stringify(tpl)).toContain('pl-63a5400a');
    void stack;
  });
});

describe('validation', () => {
  const plan = PermitLifecycle.plan(examplePermit('p-003', S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS));
  const cases: Array<[string, Partial<AirlockWorkspaceProps>, RegExp]> = [
    ['a CIDR with host bits', { cidr: '10.90.1.0/16' }, /cidr.*no host bits.*10\.90\.0\.0\/16/s],
    ['a /24 VPC', { cidr: '10.90.0.0/24' }, /from \/16 to \/22/],
    ['subnets without a VPC', { workspaceSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } }, /workspaceSubnets.*existing VPC/s],
    ['a bad schedule', { stoppedStateSchedule: 'every hour' }, /stoppedStateSchedule.*rate\(30 minutes\)/s],
    ['a bad proxy type', { proxyInstanceType: 'small' }, /proxyInstanceType.*t3\.small/s],
    ['a bad prefix list', { s3PrefixListId: 'prefix' }, /s3PrefixListId.*pl-/s],
    ['keys of someone else', { dataHolderKeys: [{ dataHolderId: 'mallory', publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDMRNWqOFb2ouqBWupMOThjCZZd2liV86smwT2Osr2cs x'] }] }, /dataHolderKeys\[0\]\.dataHolderId.*hospital-a, registry-b/s],
    ['a private key', { dataHolderKeys: [{ dataHolderId: 'hospital-a', publicKeys: ['-----BEGIN OPENSSH PRIVATE KEY-----'] }] }, /publicKeys\[0\].*private key/s],
    ['an empty key list', { dataHolderKeys: [{ dataHolderId: 'hospital-a', publicKeys: [] }] }, /publicKeys.*is empty/s],
    ['too many zones', { maxAzs: 9 }, /maxAzs.*1 to 6/s],
  ];
  test.each(cases)('rejects %s, naming the field, the value and the fix', (_, extra, message) => {
    const stack = new Stack(new App(), 'S');
    expect(() => new AirlockWorkspace(stack, 'Permit', { plan, template: desktopTemplate(), ...extra })).toThrow(message);
  });

  test('a permit stack must be named after its permit', () => {
    expect(() => new PermitStack(new App(), 'wrong', { permit: examplePermit('p-004', S.AWAITING_INGRESS) })).toThrow(/"permit-p-004".*stackNameOf/);
  });

  test('an illegal transition fails at synthesis with both statuses', () => {
    expect(() => new PermitStack(new App(), 'permit-p-004', { permit: examplePermit('p-004', S.ANALYSIS_ACTIVE, S.AWAITING_INGRESS) }))
      .toThrow(/AWAITING_INGRESS to ANALYSIS_ACTIVE/);
  });

  test('warnings: a data holder without a key, desktops without a prepared image', () => {
    const app = new App({ builtinCloudFormationValidation: false });
    const stack = new Stack(app, 'W');
    new AirlockWorkspace(stack, 'Ingress', { plan, template: desktopTemplate() });
    new AirlockWorkspace(stack, 'Analysis', {
      plan: PermitLifecycle.plan(examplePermit('p-005', S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING)), template: desktopTemplate(), cidr: '10.91.0.0/16',
    });
    const a = Annotations.fromStack(stack);
    a.hasWarning('/W/Ingress', Match.stringLikeRegexp('data holder "hospital-a" has no SSH public key'));
    a.hasWarning('/W/Analysis', Match.stringLikeRegexp('give machineImage'));
  });

  test('workspace names stay within 63 characters', () => {
    expect(AirlockWorkspace.workspaceNameOf('p-001', PermitWorkspaceRole.HDAB_PREPROCESSING)).toBe('permit-p-001-hdab-preprocessing');
    const long = 'a'.repeat(40);
    expect(AirlockWorkspace.workspaceNameOf(long, PermitWorkspaceRole.HDAB_PREPROCESSING)).toBe(`p-${long}-hdab-preprocessing`);
    expect(AirlockWorkspace.tagValue('evt:1/2 (retry) #3')).toBe('evt:1/2 -retry- -3');
  });

  test('the construct exposes its buckets, workspaces and addresses', () => {
    const s = synthPermit(examplePermit('p-006', S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING));
    const a = s.stack.airlock;
    expect(a.buckets.map((b) => b.volume)).toEqual(['upload-hospital-a', 'upload-registry-b', 'raw', 'prepared', 'outputs', 'project', 'egress-review']);
    expect(a.workspaces.map((w) => [w.role, w.state, w.dataAccess])).toEqual([['hdab-preprocessing', 'stopped', false], ['hdab-review', 'running', true]]);
    expect(a.workspace(PermitWorkspaceRole.HDAB_REVIEW).workspaceName).toBe('permit-p-006-hdab-review');
    expect(() => a.workspace(PermitWorkspaceRole.ANALYSIS)).toThrow(/no analysis workspace in DATA_PREPARATION_REVIEW_PENDING/);
    expect(() => a.bucket('nope')).toThrow(/no bucket "nope"/);
    expect(a.sftpAddresses).toEqual([]);
    expect(a.bucket('raw')).toBe(a.buckets[2].bucket);
  });
});
