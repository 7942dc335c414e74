/**
 * The network of a permit's AWS environment, built for one phase:
 *
 * - a VPC whose workspace subnets are isolated (no internet gateway, no NAT, no default route)
 *   in every phase; flow logs of all traffic;
 * - while desktops exist: interface endpoints for Session Manager (ssm, ssmmessages,
 *   ec2messages), KMS, CloudWatch Logs and Secrets Manager (the workspace's service token), an S3
 *   gateway endpoint whose policy names only the permit's buckets and the Systems Manager
 *   buckets, every endpoint limited to principals of this account, and a Route 53 Resolver DNS
 *   Firewall that answers only for AWS names (and, while the setup workspace runs, the package
 *   allowlist): no DNS tunnel out of the analysis;
 * - while the ingress airlock runs and faces the internet: one public subnet for the Transfer
 *   Family endpoint, with an internet gateway;
 * - while the setup workspace runs: its egress path, either an AWS Network Firewall with a
 *   stateful domain allowlist (setup subnet -> firewall -> NAT gateway -> internet gateway) or a
 *   squid proxy instance behind a NAT gateway.
 *
 * Everything phase-dependent lives in subnets of its own (the last quarter of the range), so
 * the workspace subnets and their routes never change.
 */
import { Aws, Fn, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import * as route53resolver from 'aws-cdk-lib/aws-route53resolver';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { airlockOf, desktopsOf, ExtraSubnet, extraSubnetCidr, runningEgressWorkspaces } from './airlock-access';
import { ack, acknowledgeWildcards, allPacks } from './airlock-nag';
import { uniqueImdsv2LaunchTemplateNames } from './imdsv2-names';
import { awsOwnedObjectArns, limitInterfaceEndpoint, lockedSecurityGroup, ownAccountCondition, sessionManagerPolicy, squidUserData } from './perimeter';
import { NetworkMode, PermitPlan } from '../../../workspaces/permit';
import { ManagedPolicyRole } from '../../private/props';

/** How the setup phase reaches the package repositories (mirrors the public enum). */
export enum EgressKind {
  NETWORK_FIREWALL = 'network-firewall',
  PROXY_INSTANCE = 'proxy-instance',
}

/** How data holders reach the SFTP endpoint (mirrors the public enum). */
export enum ExposureKind {
  INTERNET_FACING = 'internet-facing',
  INTERNAL = 'internal',
}

export interface AirlockNetworkProps {
  readonly plan: PermitPlan;
  /** Key of the log groups. */
  readonly key: kms.IKey;
  readonly vpc?: ec2.IVpc;
  readonly workspaceSubnets?: ec2.SubnetSelection;
  readonly airlockSubnets?: ec2.SubnetSelection;
  readonly proxySubnets?: ec2.SubnetSelection;
  readonly cidr: string;
  readonly maxAzs: number;
  readonly availabilityZones?: string[];
  readonly endpoints: boolean;
  readonly dnsFirewall: boolean;
  readonly egress: EgressKind;
  readonly exposure: ExposureKind;
  readonly logRetention: logs.RetentionDays;
  readonly s3PrefixListId?: string;
  readonly proxyInstanceType: string;
  /** ARNs of the permit's buckets (the S3 gateway endpoint's policy names them). */
  readonly bucketArns: string[];
  /** Further domains the DNS firewall lets the VPC resolve (the ClamAV scanner's signature mirror). */
  readonly extraDomains?: string[];
}

/** Domains every phase with desktops may resolve: AWS service endpoints. */
export const AWS_DOMAINS = ['amazonaws.com', '*.amazonaws.com'];

/** The squid port of the proxy instance. */
export const PROXY_PORT = 3128;

export class AirlockNetwork extends Construct {
  public readonly vpc: ec2.IVpc;
  public readonly newVpc: boolean;
  public readonly workspaceSubnets: ec2.SubnetSelection;
  /** Where the setup workspace goes. */
  public readonly setupSubnets?: ec2.SubnetSelection;
  /** Where the Transfer Family endpoint goes. */
  public readonly airlockSubnets?: ec2.ISubnet[];
  public readonly endpointSecurityGroup?: ec2.SecurityGroup;
  public readonly s3PrefixListId?: string;
  public readonly internetGateway?: ec2.CfnInternetGateway;
  public readonly firewall?: networkfirewall.CfnFirewall;
  public readonly proxyInstance?: ec2.Instance;
  public readonly proxySecurityGroup?: ec2.SecurityGroup;
  public readonly flowLogGroup?: logs.LogGroup;
  public readonly dnsAllowedDomains: string[];
  public readonly interfaceEndpoints: ec2.InterfaceVpcEndpoint[] = [];
  public readonly s3Endpoint?: ec2.GatewayVpcEndpoint;

  private readonly props: AirlockNetworkProps;
  private igwAttachment?: ec2.CfnVPCGatewayAttachment;
  private readonly extra = new Map<ExtraSubnet, ec2.Subnet>();

  constructor(scope: Construct, id: string, props: AirlockNetworkProps) {
    super(scope, id);
    uniqueImdsv2LaunchTemplateNames(this);
    this.props = props;
    const plan = props.plan;
    const desktops = desktopsOf(plan);
    const airlock = airlockOf(plan);
    const egressRunning = runningEgressWorkspaces(plan).length > 0;
    const setupPresent = plan.workspaces.some((w) => w.network === NetworkMode.EGRESS_PROXY);
    this.newVpc = !props.vpc;

    if (props.vpc) {
      this.vpc = props.vpc;
      this.workspaceSubnets = props.workspaceSubnets ?? (props.vpc.isolatedSubnets.length > 0
        ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
    } else {
      const prefix = Number(props.cidr.split('/')[1]);
      const vpc = new ec2.Vpc(this, 'Vpc', {
        ipAddresses: ec2.IpAddresses.cidr(props.cidr),
        maxAzs: props.availabilityZones ? undefined : props.maxAzs,
        availabilityZones: props.availabilityZones,
        natGateways: 0,
        createInternetGateway: false,
        subnetConfiguration: [{ name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: prefix + 4 }],
        restrictDefaultSecurityGroup: false,
        enableDnsHostnames: true,
        enableDnsSupport: true,
      });
      this.vpc = vpc;
      this.workspaceSubnets = { subnetGroupName: 'Workspaces' };
      ack(vpc, allPacks({ hipaa: 'VPCDefaultSecurityGroupClosed', nist: 'VPCDefaultSecurityGroupClosed' }),
        'No resource of the permit uses the VPC\'s default security group: workspaces, endpoints, the SFTP endpoint and the proxy each get an explicit group with no open egress. Removing the default group\'s rules needs a Lambda-backed custom resource in every phase, which adds attack surface without closing a path; close it account-wide with the AWS Config remediation for vpc-default-security-group-closed.');
      this.flowLogGroup = this.addFlowLogs(vpc);
    }

    // Subnets that exist only in some phases (new VPC only: their ranges are reserved).
    if (this.newVpc) {
      if (setupPresent) this.setupSubnets = { subnets: [this.extraSubnet(ExtraSubnet.SETUP, 'SetupSubnet')] };
      if (airlock && props.exposure === ExposureKind.INTERNET_FACING) {
        const s = this.extraSubnet(ExtraSubnet.AIRLOCK, 'AirlockSubnet');
        s.addDefaultInternetRoute(this.igw().ref, this.igwAttachment!);
        this.airlockSubnets = [s];
        ack(s, allPacks({ hipaa: 'VPCNoUnrestrictedRouteToIGW', nist: 'VPCNoUnrestrictedRouteToIGW' }),
          'This subnet exists only while the ingress airlock runs and holds only the Transfer Family SFTP endpoint, whose security group admits TCP 22 from the data holders\' CIDRs and nothing else; its route to the internet gateway is how those data holders reach it. No workspace is ever placed here, and the subnet, its route and the internet gateway are removed when the airlock is.');
      } else if (airlock) {
        this.airlockSubnets = this.vpc.selectSubnets(this.workspaceSubnets).subnets.slice(0, 1);
      }
    } else {
      if (setupPresent) this.setupSubnets = this.workspaceSubnets;
      if (airlock) {
        const sel = props.airlockSubnets
          ?? (props.exposure === ExposureKind.INTERNET_FACING ? { subnetType: ec2.SubnetType.PUBLIC } : this.workspaceSubnets);
        this.airlockSubnets = this.vpc.selectSubnets(sel).subnets.slice(0, 1);
      }
    }

    const domains = [...AWS_DOMAINS];
    if (egressRunning) domains.push(...plan.egressAllowedDomains);
    if (props.extraDomains) domains.push(...props.extraDomains);
    this.dnsAllowedDomains = [...new Set(domains)];

    if (desktops.length > 0) {
      if (props.endpoints) this.addEndpoints();
      if (props.dnsFirewall && this.newVpc) this.addDnsFirewall();
    }
    if (egressRunning) {
      if (props.egress === EgressKind.NETWORK_FIREWALL) this.firewall = this.addNetworkFirewall();
      else [this.proxyInstance, this.proxySecurityGroup] = this.addProxy();
    }
  }

  /** The subnets of the workspaces as a list. */
  public workspaceSubnetList(): ec2.ISubnet[] {
    return this.vpc.selectSubnets(this.workspaceSubnets).subnets;
  }

  /**
   * Security-group rules of a workspace: HTTPS to the endpoints and to S3 (its prefix list),
   * and for a setup workspace its way out (80/443 towards the firewall, or the proxy port).
   */
  public connectWorkspace(sg: ec2.SecurityGroup, egressWorkspace: boolean, name: string): void {
    if (this.endpointSecurityGroup) {
      sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC endpoints (Session Manager, KMS, Logs, Secrets Manager)');
      this.endpointSecurityGroup.addIngressRule(sg, ec2.Port.tcp(443), `HTTPS from workspace ${name}`);
    } else if (!this.newVpc) {
      // The lab's own endpoints, reached inside the VPC.
      sg.addEgressRule(ec2.Peer.ipv4(this.vpc.vpcCidrBlock), ec2.Port.tcp(443), 'HTTPS to the endpoints of the lab VPC');
    }
    if (this.s3PrefixListId) sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint');
    if (!egressWorkspace) return;
    if (this.props.egress === EgressKind.NETWORK_FIREWALL) {
      sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS out through the Network Firewall domain allowlist (the only default route)');
      sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP out through the Network Firewall domain allowlist (the only default route)');
    } else if (this.proxySecurityGroup) {
      sg.addEgressRule(this.proxySecurityGroup, ec2.Port.tcp(PROXY_PORT), 'The package proxy');
      this.proxySecurityGroup.addIngressRule(sg, ec2.Port.tcp(PROXY_PORT), `From workspace ${name}`);
    }
  }

  /** The internet gateway, created on first use. */
  private igw(): ec2.CfnInternetGateway {
    if (!this.internetGateway) {
      const igw = new ec2.CfnInternetGateway(this, 'InternetGateway');
      this.igwAttachment = new ec2.CfnVPCGatewayAttachment(this, 'InternetGatewayAttachment', { vpcId: this.vpc.vpcId, internetGatewayId: igw.ref });
      (this as { internetGateway?: ec2.CfnInternetGateway }).internetGateway = igw;
    }
    return this.internetGateway!;
  }

  private extraSubnet(slot: ExtraSubnet, id: string): ec2.Subnet {
    let s = this.extra.get(slot);
    if (!s) {
      s = new ec2.Subnet(this, id, {
        vpcId: this.vpc.vpcId,
        availabilityZone: this.vpc.availabilityZones[0],
        cidrBlock: extraSubnetCidr(this.props.cidr, slot),
        mapPublicIpOnLaunch: false,
      });
      this.extra.set(slot, s);
    }
    return s;
  }

  private addFlowLogs(vpc: ec2.Vpc): logs.LogGroup {
    const group = new logs.LogGroup(this, 'FlowLogs', {
      encryptionKey: this.props.key,
      retention: this.props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new ManagedPolicyRole(this, 'FlowLogRole', {
      assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } },
      }),
      description: `Lets VPC Flow Logs write to ${group.node.path}`,
    });
    new ec2.FlowLog(this, 'FlowLog', {
      resourceType: ec2.FlowLogResourceType.fromVpc(vpc),
      destination: ec2.FlowLogDestination.toCloudWatchLogs(group, role),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    return group;
  }

  private addEndpoints(): void {
    const sg = lockedSecurityGroup(this, 'EndpointSecurityGroup', this.vpc, 'HTTPS to the AWS service endpoints, only from the permit workspaces');
    (this as { endpointSecurityGroup?: ec2.SecurityGroup }).endpointSecurityGroup = sg;
    const services: Array<[string, ec2.InterfaceVpcEndpointAwsService]> = [
      ['Ssm', ec2.InterfaceVpcEndpointAwsService.SSM],
      ['SsmMessages', ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES],
      ['Ec2Messages', ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES],
      ['Kms', ec2.InterfaceVpcEndpointAwsService.KMS],
      ['Logs', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS],
      ['SecretsManager', ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER],
    ];
    for (const [name, service] of services) {
      const ep = new ec2.InterfaceVpcEndpoint(this, name, {
        vpc: this.vpc,
        service,
        subnets: this.workspaceSubnets,
        securityGroups: [sg],
        privateDnsEnabled: true,
        open: false,
      });
      // Only this account's principals, on this account's resources (and, for Systems Manager,
      // AWS-owned documents): credentials or resources of another account cannot be used here.
      limitInterfaceEndpoint(ep, name === 'Ssm');
      this.interfaceEndpoints.push(ep);
    }
    this.addS3Endpoint();
  }

  /**
   * The S3 prefix list id for a security group of something in the workspace subnets that reads
   * the permit's buckets (the ClamAV scanner), creating the S3 gateway endpoint of a new VPC in
   * phases that have none yet; with an existing VPC, the lab's routes reach S3.
   */
  public s3Access(): string {
    if (this.newVpc && !this.s3Endpoint) this.addS3Endpoint();
    if (!this.s3PrefixListId) (this as { s3PrefixListId?: string }).s3PrefixListId = this.props.s3PrefixListId ?? this.lookUpS3PrefixList();
    return this.s3PrefixListId!;
  }

  private addS3Endpoint(): void {
    const subnets: ec2.SubnetSelection[] = [this.workspaceSubnets];
    if (this.setupSubnets && this.newVpc) subnets.push(this.setupSubnets);
    const s3 = new ec2.GatewayVpcEndpoint(this, 'S3', { vpc: this.vpc, service: ec2.GatewayVpcEndpointAwsService.S3, subnets });
    s3.addToPolicy(new iam.PolicyStatement({
      sid: 'PermitBucketsOnly',
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:*'],
      resources: this.props.bucketArns.flatMap((arn) => [arn, `${arn}/*`]),
      conditions: ownAccountCondition(),
    }));
    s3.addToPolicy(new iam.PolicyStatement({
      sid: 'SystemsManagerBucketsReadOnly',
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:GetObject'],
      resources: awsOwnedObjectArns(),
    }));
    (this as { s3Endpoint?: ec2.GatewayVpcEndpoint }).s3Endpoint = s3;
    (this as { s3PrefixListId?: string }).s3PrefixListId = this.props.s3PrefixListId ?? this.lookUpS3PrefixList();
  }

  /**
   * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
   * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
   */
  private lookUpS3PrefixList(): string {
    const stack = Stack.of(this);
    const call: cr.AwsSdkCall = {
      service: 'EC2',
      action: 'describeManagedPrefixLists',
      parameters: { Filters: [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${Aws.REGION}.s3`] }] },
      physicalResourceId: cr.PhysicalResourceId.of(`s3-prefix-list-${stack.region}`),
      outputPaths: ['PrefixLists.0.PrefixListId'],
    };
    // A role and a log group of our own: a managed policy (no inline policy) and logs that are
    // encrypted and expire.
    const logGroup = new logs.LogGroup(this, 'S3PrefixListLogs', {
      encryptionKey: this.props.key,
      retention: this.props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const role = new ManagedPolicyRole(this, 'S3PrefixListRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Looks up the region\'s S3 prefix list id at deploy time (ec2:DescribeManagedPrefixLists only)',
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'DescribePrefixLists', actions: ['ec2:DescribeManagedPrefixLists'], resources: ['*'] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'OwnLogs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:*`],
    }));
    acknowledgeWildcards(role.node.tryFindChild('Policy') as iam.ManagedPolicy, (finding) => {
      if (finding === 'Resource::*') return 'ec2:DescribeManagedPrefixLists does not support resource-level permissions; it is read-only and is the only EC2 action this role has.';
      if (finding.endsWith(':*')) return 'Log streams of the function\'s own log group (`<group ARN>:*` is how CloudWatch Logs names the streams of one group).';
      return undefined;
    });
    const lookup = new cr.AwsCustomResource(this, 'S3PrefixList', {
      onCreate: call,
      onUpdate: call,
      role,
      logGroup,
      installLatestAwsSdk: false,
    });
    return lookup.getResponseField('PrefixLists.0.PrefixListId');
  }

  private addDnsFirewall(): void {
    const name = (suffix: string) => `${this.props.plan.permitId}-${suffix}`.slice(0, 64);
    const allowed = new route53resolver.CfnFirewallDomainList(this, 'DnsAllowedDomains', {
      name: name('allowed'),
      domains: this.dnsAllowedDomains,
    });
    const everything = new route53resolver.CfnFirewallDomainList(this, 'DnsAllDomains', { name: name('all'), domains: ['*'] });
    const group = new route53resolver.CfnFirewallRuleGroup(this, 'DnsFirewall', {
      name: name('dns'),
      firewallRules: [
        { firewallDomainListId: allowed.attrId, action: 'ALLOW', priority: 100, firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN' },
        { firewallDomainListId: everything.attrId, action: 'BLOCK', blockResponse: 'NXDOMAIN', priority: 200 },
      ],
    });
    new route53resolver.CfnFirewallRuleGroupAssociation(this, 'DnsFirewallAssociation', {
      firewallRuleGroupId: group.attrId,
      vpcId: this.vpc.vpcId,
      priority: 1001,
      name: name('dns'),
      mutationProtection: 'DISABLED',
    });
  }

  /** A public NAT subnet with its gateway (used by both egress kinds). */
  private natGateway(): ec2.CfnNatGateway {
    const nat = this.extraSubnet(ExtraSubnet.NAT, 'NatSubnet');
    nat.addDefaultInternetRoute(this.igw().ref, this.igwAttachment!);
    const eip = new ec2.CfnEIP(this, 'NatAddress', { domain: 'vpc' });
    const gw = new ec2.CfnNatGateway(this, 'NatGateway', { subnetId: nat.subnetId, allocationId: eip.attrAllocationId });
    gw.node.addDependency(this.igwAttachment!);
    ack(nat, allPacks({ hipaa: 'VPCNoUnrestrictedRouteToIGW', nist: 'VPCNoUnrestrictedRouteToIGW' }),
      'This subnet exists only while the setup workspace runs and holds only the NAT gateway of the package egress path; no instance is ever placed in it (no public addresses are mapped). Its default route to the internet gateway is the last hop after the domain allowlist; the subnet, the NAT gateway and the internet gateway are removed when setup ends.');
    return gw;
  }

  private addNetworkFirewall(): networkfirewall.CfnFirewall {
    const plan = this.props.plan;
    const fwSubnet = this.extraSubnet(ExtraSubnet.FIREWALL, 'FirewallSubnet');
    const setup = this.extra.get(ExtraSubnet.SETUP)!;
    const gw = this.natGateway();
    const targets = [...new Set(plan.egressAllowedDomains.map((d) => (d.startsWith('*.') ? d.slice(1) : d).toLowerCase()))].sort();
    const rules = new networkfirewall.CfnRuleGroup(this, 'AllowlistRuleGroup', {
      ruleGroupName: `${plan.permitId}-package-allowlist`.slice(0, 128),
      type: 'STATEFUL',
      capacity: Math.max(100, targets.length * 4),
      description: `Package repositories the setup workspace of permit ${plan.permitId} may reach (TLS SNI / HTTP Host)`,
      ruleGroup: {
        rulesSource: { rulesSourceList: { targets, targetTypes: ['TLS_SNI', 'HTTP_HOST'], generatedRulesType: 'ALLOWLIST' } },
        statefulRuleOptions: { ruleOrder: 'STRICT_ORDER' },
      },
    });
    const strays = nonWebDropRuleGroup(this, 'NonWebDropRuleGroup', `${plan.permitId}-drop-non-web`);
    const policy = new networkfirewall.CfnFirewallPolicy(this, 'FirewallPolicy', {
      firewallPolicyName: `${plan.permitId}-setup-egress`.slice(0, 128),
      description: `Setup egress of permit ${plan.permitId}: the package allowlist, everything else dropped`,
      firewallPolicy: {
        statelessDefaultActions: ['aws:forward_to_sfe'],
        statelessFragmentDefaultActions: ['aws:forward_to_sfe'],
        statefulEngineOptions: { ruleOrder: 'STRICT_ORDER' },
        statefulRuleGroupReferences: [{ resourceArn: strays.attrRuleGroupArn, priority: 1 }, { resourceArn: rules.attrRuleGroupArn, priority: 2 }],
        statefulDefaultActions: ['aws:drop_established', 'aws:alert_established'],
      },
    });
    const firewall = new networkfirewall.CfnFirewall(this, 'Firewall', {
      firewallName: `${plan.permitId}-setup-egress`.slice(0, 128),
      description: `Only way out of permit ${plan.permitId}'s setup workspace`,
      vpcId: this.vpc.vpcId,
      firewallPolicyArn: policy.attrFirewallPolicyArn,
      subnetMappings: [{ subnetId: fwSubnet.subnetId }],
      deleteProtection: false,
    });
    const group = new logs.LogGroup(this, 'FirewallLogs', {
      encryptionKey: this.props.key,
      retention: this.props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    new networkfirewall.CfnLoggingConfiguration(this, 'FirewallLogging', {
      firewallArn: firewall.attrFirewallArn,
      loggingConfiguration: {
        logDestinationConfigs: ['ALERT', 'FLOW'].map((logType) => ({
          logType, logDestinationType: 'CloudWatchLogs', logDestination: { logGroup: group.logGroupName },
        })),
      },
    });
    // One endpoint (one subnet mapping): EndpointIds is ["<az>:<vpce-id>"].
    const endpointId = Fn.select(1, Fn.split(':', Fn.select(0, firewall.attrEndpointIds)));
    setup.addRoute('DefaultThroughFirewall', { routerType: ec2.RouterType.VPC_ENDPOINT, routerId: endpointId, enablesInternetConnectivity: true });
    fwSubnet.addRoute('DefaultToNat', { routerType: ec2.RouterType.NAT_GATEWAY, routerId: gw.ref, enablesInternetConnectivity: true });
    // Return traffic to the setup subnet goes back through the firewall (symmetric inspection).
    this.extra.get(ExtraSubnet.NAT)!.addRoute('SetupThroughFirewall', {
      routerType: ec2.RouterType.VPC_ENDPOINT, routerId: endpointId, destinationCidrBlock: extraSubnetCidr(this.props.cidr, ExtraSubnet.SETUP),
    });
    return firewall;
  }

  private addProxy(): [ec2.Instance, ec2.SecurityGroup] {
    const plan = this.props.plan;
    let subnets: ec2.SubnetSelection;
    if (this.newVpc) {
      const proxySubnet = this.extraSubnet(ExtraSubnet.PROXY, 'ProxySubnet');
      proxySubnet.addDefaultNatRoute(this.natGateway().ref);
      subnets = { subnets: [proxySubnet] };
    } else {
      subnets = this.props.proxySubnets!;
    }
    const sg = lockedSecurityGroup(this, 'ProxySecurityGroup', this.vpc, `Package proxy of permit ${plan.permitId}: in from the setup workspace, out on 80/443 (squid allowlist)`);
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the allowlisted repositories (squid decides)');
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP to the allowlisted repositories (squid decides)');
    const role = new ManagedPolicyRole(this, 'ProxyRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Package proxy of permit ${plan.permitId} (Session Manager only)`,
    });
    sessionManagerPolicy(this, 'ProxySessionManager', role, `the package proxy of permit ${plan.permitId}`);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(...proxyUserData(plan.permitId, plan.egressAllowedDomains));
    const instance = new ec2.Instance(this, 'Proxy', {
      vpc: this.vpc,
      vpcSubnets: subnets,
      instanceType: new ec2.InstanceType(this.props.proxyInstanceType),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      securityGroup: sg,
      role,
      userData,
      requireImdsv2: true,
      detailedMonitoring: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3 }) }],
      userDataCausesReplacement: true,
    });
    // The subnet decides the zone; a literal zone here would only repeat it (cfn-lint W3010).
    (instance.node.defaultChild as ec2.CfnInstance).addPropertyDeletionOverride('AvailabilityZone');
    ack(instance, ['AwsSolutions-EC29'],
      'The proxy holds no data (squid caching is off) and is rebuilt from its user-data; it must be destroyed when the setup workspace stops, which termination protection would block.');
    return [instance, sg];
  }
}

/** User-data of the proxy (Amazon Linux 2023): squid with the permit's domain allowlist. */
export function proxyUserData(permitId: string, domains: string[]): string[] {
  return squidUserData(`permit-${permitId}`, domains);
}

export { lockedSecurityGroup, NO_TRAFFIC } from './perimeter';

/**
 * A stateful rule group (strict order, evaluated before the allowlist) that drops what the
 * domain allowlist and the `aws:drop_established` default cannot: UDP and ICMP (whose first
 * packet would pass before a flow counts as established: DNS or QUIC to an outside address),
 * TCP to ports other than 80 and 443, TLS on port 80 and HTTP on port 443. TLS without a server
 * name (an IP literal) and HTTP without an allowlisted Host match no pass rule of the allowlist
 * and are dropped by the policy's default action.
 */
export function nonWebDropRuleGroup(scope: Construct, id: string, name: string): networkfirewall.CfnRuleGroup {
  const rules = [
    'drop udp $HOME_NET any -> $EXTERNAL_NET any (msg:"rws: UDP out"; sid:9100001; rev:1;)',
    'drop icmp $HOME_NET any -> $EXTERNAL_NET any (msg:"rws: ICMP out"; sid:9100002; rev:1;)',
    'drop tcp $HOME_NET any -> $EXTERNAL_NET ![80,443] (msg:"rws: TCP out to a port other than 80/443"; sid:9100003; rev:1;)',
    'drop tls $HOME_NET any -> $EXTERNAL_NET 80 (msg:"rws: TLS on port 80"; flow:to_server; sid:9100004; rev:1;)',
    'drop http $HOME_NET any -> $EXTERNAL_NET 443 (msg:"rws: plain HTTP on port 443"; flow:to_server; sid:9100005; rev:1;)',
  ];
  return new networkfirewall.CfnRuleGroup(scope, id, {
    ruleGroupName: name.slice(0, 128),
    type: 'STATEFUL',
    capacity: 20,
    description: 'Drops non-TCP traffic, other ports, protocol mismatches and TLS without a server name before the domain allowlist',
    ruleGroup: {
      rulesSource: { rulesString: rules.join('\n') },
      statefulRuleOptions: { ruleOrder: 'STRICT_ORDER' },
    },
  });
}

/** Whether a value is a literal (not a token). */
export function literal(v: string | undefined): v is string {
  return v !== undefined && !Token.isUnresolved(v);
}
