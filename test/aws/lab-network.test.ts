import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { EgressMode, LabNetwork, LabNetworkProps } from '../../src';
import { auditPath } from '../../src/workspaces/audit/load';
import { permitNetwork } from '../../src/workspaces/audit/permit-network';
import { writeAssembly } from '../audit/fixtures';

function build(props: LabNetworkProps = {}) {
  const stack = new Stack(new App(), 'Lab', { env: { region: 'us-east-1' } });
  const network = new LabNetwork(stack, 'Network', props);
  return { stack, network, t: Template.fromStack(stack) };
}

describe('LabNetwork', () => {
  test('no egress: isolated subnets only, no internet gateway, no NAT, the AWS endpoints', () => {
    const { t } = build();
    t.resourceCountIs('AWS::EC2::InternetGateway', 0);
    t.resourceCountIs('AWS::EC2::NatGateway', 0);
    t.resourceCountIs('AWS::EC2::Route', 0);
    t.resourceCountIs('AWS::EC2::Subnet', 2);
    t.resourceCountIs('AWS::Route53Resolver::FirewallRuleGroup', 1);
    for (const s of ['ssm', 'ssmmessages', 'ec2messages', 'ec2', 'elasticfilesystem', 'logs', 'secretsmanager', 'kms']) {
      t.hasResourceProperties('AWS::EC2::VPCEndpoint', { ServiceName: `com.amazonaws.us-east-1.${s}`, VpcEndpointType: 'Interface', PrivateDnsEnabled: true });
    }
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', {
      ServiceName: { 'Fn::Join': ['', ['com.amazonaws.', { Ref: 'AWS::Region' }, '.s3']] }, VpcEndpointType: 'Gateway',
    });
    t.hasResourceProperties('AWS::EC2::Subnet', { MapPublicIpOnLaunch: false });
  });

  test('endpoints admit HTTPS from the VPC range only', () => {
    const { t } = build({ cidr: '10.40.0.0/16' });
    t.hasResourceProperties('AWS::EC2::SecurityGroupIngress', { CidrIp: '10.40.0.0/16', FromPort: 443, ToPort: 443, IpProtocol: 'tcp' });
    expect(Object.values(t.findResources('AWS::EC2::SecurityGroupIngress')).map((r: any) => r.Properties.CidrIp)).toEqual(['10.40.0.0/16']);
  });

  test('proxied egress: one NAT gateway and a DNS firewall that allows the list and blocks the rest', () => {
    const { t, network } = build({ egress: EgressMode.PROXIED, allowedDomains: ['pypi.org', '*.example.org'] });
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    expect(network.allowedDomains).toEqual(expect.arrayContaining(['pypi.org', '*.example.org', 'deb.debian.org']));
    expect(network.allowedDomains.filter((d) => d.includes('amazonaws') || d.includes('github'))).toEqual([]);
    t.hasResourceProperties('AWS::Route53Resolver::FirewallDomainList', { Domains: ['*'] });
    t.hasResourceProperties('AWS::Route53Resolver::FirewallRuleGroup', {
      FirewallRules: [Match.objectLike({ Action: 'ALLOW', Priority: 100 }), Match.objectLike({ Action: 'BLOCK', BlockResponse: 'NXDOMAIN', Priority: 200 })],
    });
    t.resourceCountIs('AWS::Route53Resolver::FirewallRuleGroupAssociation', 1);
  });

  test('open egress: NAT without a domain filter', () => {
    const { t } = build({ egress: EgressMode.OPEN });
    t.resourceCountIs('AWS::EC2::NatGateway', 1);
    t.resourceCountIs('AWS::Route53Resolver::FirewallRuleGroup', 0);
  });

  test('flow logs of all traffic go to an encrypted log group kept a year', () => {
    const { t } = build();
    t.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'ALL', ResourceType: 'VPC' });
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 365, KmsKeyId: Match.anyValue() });
    t.hasResource('AWS::Logs::LogGroup', { DeletionPolicy: 'Retain' });
  });

  test('an existing VPC is used as it is, endpoints added', () => {
    const stack = new Stack(new App(), 'Lab', { env: { region: 'us-east-1' } });
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Existing', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a'],
      privateSubnetIds: ['subnet-0123456789abcdef0'],
      vpcCidrBlock: '10.1.0.0/16',
      privateSubnetRouteTableIds: ['rtb-0123456789abcdef0'],
    });
    const network = new LabNetwork(stack, 'Network', { vpc });
    const t = Template.fromStack(stack);
    expect(network.vpc).toBe(vpc);
    t.resourceCountIs('AWS::EC2::VPC', 0);
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { VpcId: 'vpc-0123456789abcdef0', SubnetIds: ['subnet-0123456789abcdef0'] });
    t.hasResourceProperties('AWS::EC2::VPCEndpoint', { VpcId: 'vpc-0123456789abcdef0', RouteTableIds: ['rtb-0123456789abcdef0'] });
  });

  test.each<[string, LabNetworkProps, RegExp]>([
    ['bad cidr', { cidr: '10.0.0.0' }, /Lab\/Network: error invalid-prop: cidr: not an IPv4 CIDR block \(got "10.0.0.0"\)/],
    ['too many zones', { maxAzs: 9 }, /maxAzs: must be a whole number from 1 to 6 \(got 9\)/],
    ['bad domain', { egress: EgressMode.PROXIED, allowedDomains: ['https://pypi.org/simple'] }, /allowedDomains: not a domain name.*Fix: write a host name/],
  ])('rejects %s', (_n, props, message) => {
    expect(() => build(props)).toThrow(message);
  });

  test('an existing VPC with proxied egress: the proxy goes into the given subnets, which are required', () => {
    const stack = new Stack(new App(), 'Lab', { env: { region: 'us-east-1' } });
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Existing', {
      vpcId: 'vpc-0123456789abcdef0',
      availabilityZones: ['us-east-1a'],
      privateSubnetIds: ['subnet-0123456789abcdef0'],
      vpcCidrBlock: '10.1.0.0/16',
      privateSubnetRouteTableIds: ['rtb-0123456789abcdef0'],
    });
    expect(() => new LabNetwork(stack, 'Bad', { vpc, egress: EgressMode.PROXIED }))
      .toThrow(/Lab\/Bad: error invalid-prop: proxySubnets: with an existing VPC and proxied egress.*Fix: give proxySubnets \(lab.yaml: vpc.proxy_subnet_ids\)/s);
    const network = new LabNetwork(stack, 'Network', {
      vpc,
      egress: EgressMode.PROXIED,
      s3PrefixListId: 'pl-63a5400a',
      proxySubnets: { subnets: [ec2.Subnet.fromSubnetId(stack, 'P', 'subnet-0fedcba9876543210')] },
    });
    const t = Template.fromStack(stack);
    t.hasResourceProperties('AWS::EC2::Instance', { SubnetId: 'subnet-0fedcba9876543210' });
    expect(network.proxyUrl).toBe('http://proxy.rws-egress.internal:3128');
    // With the prefix list given, no lookup function.
    t.resourceCountIs('Custom::AWS', 0);
    t.hasResourceProperties('AWS::EC2::SecurityGroupEgress', { DestinationPrefixListId: 'pl-63a5400a', FromPort: 443 });
    expect(() => new LabNetwork(stack, 'Bad2', { egress: EgressMode.NONE, proxySubnets: { subnetType: ec2.SubnetType.PUBLIC } }))
      .toThrow(/proxySubnets: proxySubnets is only used with an existing VPC and proxied egress/);
    expect(() => new LabNetwork(stack, 'Bad3', { s3PrefixListId: 'prefix-1' })).toThrow(/s3PrefixListId: not a prefix list id \(got "prefix-1"\)/);
  });

  test('rejects new-VPC settings with an existing VPC', () => {
    const stack = new Stack(new App(), 'Lab');
    const vpc = ec2.Vpc.fromVpcAttributes(stack, 'Existing', { vpcId: 'vpc-1', availabilityZones: ['a'], privateSubnetIds: ['subnet-1'] });
    expect(() => new LabNetwork(stack, 'Network', { vpc, cidr: '10.0.0.0/16' })).toThrow(/vpc: cidr, maxAzs, availabilityZones and natGateways describe a new VPC/);
  });
});

describe('the egress proxy instance: IMDSv2 through a launch template of its own name', () => {
  function proxiedStack(app: App, id: string): Stack {
    const stack = new Stack(app, id, { env: { account: '111122223333', region: 'eu-west-1' } });
    new LabNetwork(stack, 'Network', { egress: EgressMode.PROXIED });
    return stack;
  }
  const proxiedLab = (app: App, id: string): Template => Template.fromStack(proxiedStack(app, id));

  test('two proxied labs in one account and region: every launch template name is different, each requires tokens', () => {
    const app = new App();
    const stacks = [proxiedStack(app, 'LabA'), proxiedStack(app, 'LabB')];
    const templates = stacks.map((st) => Template.fromStack(st));
    const lts = templates.flatMap((t) => Object.values<any>(t.findResources('AWS::EC2::LaunchTemplate')));
    expect(lts).toHaveLength(2);
    const names = lts.map((lt) => lt.Properties.LaunchTemplateName);
    // Without the unique-name flag both would be "ProxyLaunchTemplate" and the second deploy fails.
    expect(new Set(names).size).toBe(2);
    for (const lt of lts) expect(lt.Properties.LaunchTemplateData.MetadataOptions).toEqual({ HttpTokens: 'required' });
    for (const t of templates) {
      const inst = Object.values<any>(t.findResources('AWS::EC2::Instance'))[0];
      expect(names).toContain(inst.Properties.LaunchTemplate.LaunchTemplateName);
    }
  });

  test('the egress audit follows the instance to that launch template: IMDSv2 passes, and fails once the requirement is removed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-imds-'));
    try {
      const template = proxiedLab(new App(), 'LabA').toJSON();
      const control = (t: any, sub: string) => auditPath(writeAssembly(path.join(dir, sub), t, 'LabA'), { permitNetwork }).units[0].controls
        .find((c) => c.id === 'identity.imdsv2');
      expect(control(template, 'good')).toMatchObject({ result: 'pass' });
      const weakened = JSON.parse(JSON.stringify(template));
      for (const r of Object.values<any>(weakened.Resources)) {
        if (r.Type === 'AWS::EC2::LaunchTemplate') delete r.Properties.LaunchTemplateData.MetadataOptions;
      }
      expect(control(weakened, 'weakened')).toMatchObject({ result: 'fail', detail: expect.stringMatching(/IMDSv1 possible: NetworkProxy/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
