import { Annotations, Aws, CfnResource, Duration, Lazy, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53 from 'aws-cdk-lib/aws-route53';
import * as route53resolver from 'aws-cdk-lib/aws-route53resolver';
import { Construct, IConstruct } from 'constructs';
import { dropRedundantDependsOn } from './private/airlock-cfn';
import { ack, acknowledgeDeployTimeFunction } from './private/airlock-nag';
import { uniqueImdsv2LaunchTemplateNames } from './private/imdsv2-names';
import {
  limitInterfaceEndpoint, limitS3Endpoint, lockedSecurityGroup, lookUpS3PrefixList, sessionManagerPolicy, SQUID_PORT, squidUserData, uploadRisks,
} from './private/perimeter';
import { checkKnownProps } from '../../private/known-props';
import { DEFAULT_EGRESS_DOMAINS, EgressMode } from '../../workspaces/policy';
import { allowLogsService, badProp, checkInt, isCidr, ManagedPolicyRole, unresolved } from '../private/props';
import { acknowledge } from './private/acknowledge';

/**
 * Distribution mirrors of the bundled templates' operating systems (read-only package
 * repositories): always on the proxy's allowlist. Amazon Linux 2023 needs none: its
 * repositories are S3 buckets reached through the S3 gateway endpoint.
 */
const OS_MIRRORS: string[] = [
  'archive.ubuntu.com', '*.archive.ubuntu.com', 'security.ubuntu.com', 'ports.ubuntu.com',
  'deb.debian.org', 'security.debian.org', 'cdn-aws.deb.debian.org',
  'dl.rockylinux.org', 'mirrors.rockylinux.org',
];

/** Name of the egress proxy in the lab's private hosted zone. */
const PROXY_ZONE = 'rws-egress.internal';
const PROXY_HOST = `proxy.${PROXY_ZONE}`;

/**
 * Properties of a LabNetwork.
 */
export interface LabNetworkProps {
  /**
   * Internet access of the workspaces. `NONE`: private isolated subnets, no internet gateway
   * or NAT at all, AWS services through VPC endpoints whose policies admit only the lab's
   * account, and a DNS Firewall that resolves only the AWS service names the lab needs.
   * `PROXIED`: the same isolated workspace subnets; the only way out is a squid forward
   * proxy (in subnets of its own, behind a NAT gateway) that allows `allowedDomains` and
   * nothing else, plus the DNS Firewall. `OPEN`: workspaces behind a NAT gateway, HTTP and
   * HTTPS to anywhere.
   * @default EgressMode.NONE
   */
  readonly egress?: EgressMode;

  /**
   * An existing VPC to use instead of creating one. Nothing is changed in it except the
   * VPC endpoints (when `endpoints` is true), the DNS Firewall association, and for
   * `PROXIED` the proxy (in `proxySubnets`) and its private hosted zone. Its route tables are
   * not ours: make sure the workspace subnets have no route to the internet.
   * @default - a new VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Subnets for the workspaces in an existing VPC.
   * @default - the VPC's isolated subnets, else its private subnets
   */
  readonly workspaceSubnets?: ec2.SubnetSelection;

  /**
   * Subnets of an existing VPC for the egress proxy (`PROXIED`): they need a route to the
   * internet (a NAT gateway); the workspace subnets must not have one.
   * @default - required with an existing VPC and PROXIED egress
   */
  readonly proxySubnets?: ec2.SubnetSelection;

  /**
   * IPv4 range of a new VPC.
   * @default "10.80.0.0/16"
   */
  readonly cidr?: string;

  /**
   * Availability zones of a new VPC, at most this many.
   * @default 2
   */
  readonly maxAzs?: number;

  /**
   * Exact availability zones of a new VPC (no lookup is ever made).
   * @default - the first `maxAzs` zones of the region, decided at deploy time
   */
  readonly availabilityZones?: string[];

  /**
   * NAT gateways of a new VPC with egress (one per zone is more available and costs more).
   * @default 1
   */
  readonly natGateways?: number;

  /**
   * Create interface endpoints for SSM, SSM Messages, EC2 Messages, EC2, EFS, CloudWatch
   * Logs, Secrets Manager and KMS, and an S3 gateway endpoint, so workspaces reach AWS
   * without the internet. Every endpoint gets a policy limited to the lab's account.
   * @default true
   */
  readonly endpoints?: boolean;

  /**
   * Domains the proxy lets workspaces reach with `PROXIED` egress (`*.example.org` matches
   * subdomains). `LabNetwork.PLATFORM_EGRESS_DOMAINS` (the operating systems' package
   * mirrors) are always added. A domain that can receive uploads (github.com, S3, object
   * storage, pastebins: see docs/aws.md) is allowed but produces a synth warning naming the
   * risk.
   * @default DEFAULT_EGRESS_DOMAINS (package repositories)
   */
  readonly allowedDomains?: string[];

  /**
   * Id of the region's S3 prefix list (`com.amazonaws.<region>.s3`), which the security
   * groups name for HTTPS to the S3 gateway endpoint.
   * @default - looked up at deploy time by a custom resource
   */
  readonly s3PrefixListId?: string;

  /**
   * Instance type of the egress proxy (`PROXIED`).
   * @default "t3.micro"
   */
  readonly proxyInstanceType?: string;

  /**
   * Record VPC flow logs (all traffic) in an encrypted CloudWatch log group.
   * @default true
   */
  readonly flowLogs?: boolean;

  /**
   * How long flow logs are kept.
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly flowLogRetention?: logs.RetentionDays;

  /**
   * Key for the flow log group. It must allow the CloudWatch Logs service principal.
   * @default - a new key with rotation enabled
   */
  readonly encryptionKey?: kms.IKey;
}

/**
 * The lab's network: a VPC whose workspaces have no public addresses and reach AWS through
 * VPC endpoints limited to the lab's account, with only as much internet as the lab's egress
 * mode allows. Workspace security groups get their egress rules from `connectWorkspace`.
 *
 * @example
 * const network = new LabNetwork(this, 'Network', { egress: EgressMode.PROXIED, allowedDomains: ['pypi.org', 'files.pythonhosted.org'] });
 */
export class LabNetwork extends Construct {
  /**
   * Domains every lab with proxied egress may reach besides its allowlist: the operating
   * systems' package mirrors.
   */
  public static readonly PLATFORM_EGRESS_DOMAINS: string[] = OS_MIRRORS;

  /** The VPC. */
  public readonly vpc: ec2.IVpc;
  /** Where workspaces and mount targets go. */
  public readonly workspaceSubnets: ec2.SubnetSelection;
  /** The egress mode built. */
  public readonly egress: EgressMode;
  /**
   * Security group of the interface endpoints (HTTPS from the VPC).
   * @default - none, when endpoints are off
   */
  public readonly endpointSecurityGroup?: ec2.SecurityGroup;
  /**
   * Flow log group.
   * @default - none, when flow logs are off
   */
  public readonly flowLogGroup?: logs.LogGroup;
  /** Domains the egress proxy allows with `PROXIED` egress. */
  public readonly allowedDomains: string[];
  /** Names the DNS Firewall resolves (empty with `OPEN` egress, which has no DNS Firewall). */
  public readonly dnsAllowedDomains: string[];
  /**
   * Id of the region's S3 prefix list (given, or looked up at deploy time).
   * @default - none, when endpoints are off
   */
  public readonly s3PrefixListId?: string;
  /**
   * The egress proxy (`PROXIED`).
   * @default - none
   */
  public readonly proxyInstance?: ec2.Instance;
  /**
   * Security group of the egress proxy (`PROXIED`).
   * @default - none
   */
  public readonly proxySecurityGroup?: ec2.SecurityGroup;
  /**
   * URL of the egress proxy (`PROXIED`), e.g. `http://proxy.rws-egress.internal:3128`.
   * @default - none
   */
  public readonly proxyUrl?: string;
  /**
   * The S3 gateway endpoint.
   * @default - none, when endpoints are off or the route tables are unknown
   */
  public readonly s3Endpoint?: ec2.GatewayVpcEndpoint;
  /** The interface endpoints. */
  public readonly interfaceEndpoints: ec2.InterfaceVpcEndpoint[] = [];

  constructor(scope: Construct, id: string, props: LabNetworkProps = {}) {
    super(scope, id);
    uniqueImdsv2LaunchTemplateNames(this);
    checkKnownProps(this, 'LabNetworkProps', props);
    this.egress = props.egress ?? EgressMode.NONE;
    checkInt(this, 'maxAzs', props.maxAzs, 1, 6, 'use 2 (or 3 for more availability)');
    checkInt(this, 'natGateways', props.natGateways, 1, 6, 'use 1, or one per availability zone');
    if (props.cidr !== undefined && !unresolved(props.cidr) && !(isCidr(props.cidr) && props.cidr.includes('.'))) {
      badProp(this, 'cidr', props.cidr, 'not an IPv4 CIDR block', 'write e.g. "10.80.0.0/16"');
    }
    if (props.vpc && (props.cidr || props.availabilityZones || props.maxAzs || props.natGateways)) {
      badProp(this, 'vpc', props.vpc.vpcId, 'cidr, maxAzs, availabilityZones and natGateways describe a new VPC and cannot be used with an existing one',
        'remove them, or remove vpc to create a new VPC');
    }
    if (props.vpc && this.egress === EgressMode.PROXIED && !props.proxySubnets) {
      badProp(this, 'proxySubnets', undefined, 'with an existing VPC and proxied egress, the egress proxy needs subnets with a route to the internet (the workspace subnets must have none)',
        'give proxySubnets (lab.yaml: vpc.proxy_subnet_ids), or use egress none');
    }
    if (props.proxySubnets && !(props.vpc && this.egress === EgressMode.PROXIED)) {
      badProp(this, 'proxySubnets', '(a selection)', 'proxySubnets is only used with an existing VPC and proxied egress', 'remove it');
    }
    if (props.s3PrefixListId !== undefined && !unresolved(props.s3PrefixListId) && !/^pl-[0-9a-f]{8,17}$/.test(props.s3PrefixListId)) {
      badProp(this, 's3PrefixListId', props.s3PrefixListId, 'not a prefix list id', 'write e.g. "pl-63a5400a" (aws ec2 describe-managed-prefix-lists), or leave it out');
    }
    if (props.proxyInstanceType !== undefined && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(props.proxyInstanceType)) {
      badProp(this, 'proxyInstanceType', props.proxyInstanceType, 'not an EC2 instance type', 'write e.g. "t3.micro"');
    }
    const domains = [...new Set([...(props.allowedDomains ?? DEFAULT_EGRESS_DOMAINS), ...OS_MIRRORS])];
    for (const d of domains) {
      if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(d)) {
        badProp(this, 'allowedDomains', d, 'not a domain name', 'write a host name such as pypi.org or *.example.org (no scheme or path)');
      }
      if (d === '*' || /^\*\.[a-z0-9-]+$/i.test(d)) {
        badProp(this, 'allowedDomains', d, 'allows a whole top-level domain, which is the internet', 'list the package repositories by name, e.g. pypi.org, or use egress open');
      }
    }
    this.allowedDomains = domains;
    if (this.egress === EgressMode.PROXIED) {
      const risks = uploadRisks(domains);
      if (risks.length) {
        Annotations.of(this).addWarningV2('rws:egress-upload-channel',
          `the egress allowlist reaches hosts that accept uploads, so a researcher can move data out through them: ${risks.join(', ')}. `
          + 'Fix: remove them from egress_allowed_domains (mirror what you need inside the lab), or acknowledge this warning with the reason the lab accepts the risk.');
      }
    }

    const region = Stack.of(this).region;
    if (props.vpc) {
      this.vpc = props.vpc;
      this.workspaceSubnets = props.workspaceSubnets ?? (props.vpc.isolatedSubnets.length > 0
        ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
    } else {
      const withNat = this.egress !== EgressMode.NONE;
      const open = this.egress === EgressMode.OPEN;
      // The workspace subnets keep their name (and so their logical ids and ranges) in every
      // mode; the proxy's subnets come last so that no range moves.
      const subnetConfiguration: ec2.SubnetConfiguration[] = withNat
        ? [
          { name: 'Egress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26, mapPublicIpOnLaunch: false },
          { name: 'Workspaces', subnetType: open ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 },
          ...(open ? [] : [{ name: 'Proxy', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 27 }]),
        ]
        : [{ name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 }];
      const vpc = new ec2.Vpc(this, 'Vpc', {
        ipAddresses: ec2.IpAddresses.cidr(props.cidr ?? '10.80.0.0/16'),
        maxAzs: props.availabilityZones ? undefined : props.maxAzs ?? 2,
        availabilityZones: props.availabilityZones,
        natGateways: withNat ? props.natGateways ?? 1 : 0,
        subnetConfiguration,
        restrictDefaultSecurityGroup: false,
        enableDnsHostnames: true,
        enableDnsSupport: true,
      });
      this.vpc = vpc;
      this.workspaceSubnets = { subnetGroupName: 'Workspaces' };
      // The default security group is never attached: every network interface of the lab gets its own group.
      for (const ruleId of ['HIPAA.Security-VPCDefaultSecurityGroupClosed', 'NIST.800.53.R5-VPCDefaultSecurityGroupClosed']) {
        acknowledge(vpc, {
          id: ruleId,
          reason: 'No lab resource uses the default security group (workspaces, mount targets, endpoints, the proxy and the gateway each get an explicit group); removing its rules needs a Lambda-backed custom resource, which would add more attack surface than it removes. Close it account-wide with the AWS Config remediation for vpc-default-security-group-closed.',
        });
      }
      if (withNat) {
        for (const ruleId of ['HIPAA.Security-VPCNoUnrestrictedRouteToIGW', 'NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW']) {
          acknowledge(vpc, {
            id: ruleId,
            reason: open
              ? 'The lab policy allows open egress, so the public subnets hold the NAT gateway and nothing else (no instance gets a public address: mapPublicIpOnLaunch is off and workspaces are in private subnets); their default route to the internet gateway is how the NAT reaches the internet. Set egress: proxied or none for less.'
              : 'With proxied egress the public subnets hold the NAT gateway and nothing else (no public addresses are mapped); only the proxy\'s subnets route to it, the workspace subnets have no route out at all, and the squid proxy allows only the lab\'s allowlist.',
          });
        }
      }
    }

    if (props.flowLogs ?? true) {
      const key = props.encryptionKey ?? new kms.Key(this, 'FlowLogKey', {
        description: `Encryption of the flow logs of ${this.node.path}`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      if (!props.encryptionKey) allowLogsService(key as kms.Key);
      this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
        encryptionKey: key,
        retention: props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      const role = new ManagedPolicyRole(this, 'FlowLogRole', {
        assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com'),
        description: `Lets VPC Flow Logs write to ${this.node.path}/FlowLogs`,
      });
      new ec2.FlowLog(this, 'FlowLog', {
        resourceType: ec2.FlowLogResourceType.fromVpc(this.vpc),
        destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup, role),
        trafficType: ec2.FlowLogTrafficType.ALL,
      });
    }

    const proxySubnets: ec2.SubnetSelection | undefined = this.egress === EgressMode.PROXIED
      ? props.proxySubnets ?? { subnetGroupName: 'Proxy' } : undefined;

    if (props.endpoints ?? true) {
      this.addEndpoints(props, proxySubnets);
    }

    if (this.egress === EgressMode.PROXIED) {
      this.addProxy(proxySubnets!, props.proxyInstanceType ?? 't3.micro');
    }

    // The names workspaces (and the proxy) may resolve: the AWS services the lab uses in its
    // region and the VPC's own names; with PROXIED also the allowlist and the proxy's name.
    const regional = (s: string) => `${s}.${region === undefined || unresolved(region) ? Aws.REGION : region}.amazonaws.com`;
    const awsNames = [
      ...['ssm', 'ssmmessages', 'ec2messages', 'ec2', 'elasticfilesystem', 'logs', 'secretsmanager', 'kms', 's3', 's3.dualstack', 'sts'].map(regional),
      ...['efs', 's3', 's3.dualstack'].map((s) => `*.${regional(s)}`),
      '*.compute.internal', '*.ec2.internal',
    ];
    this.dnsAllowedDomains = this.egress === EgressMode.OPEN ? []
      : [...new Set([...awsNames, ...(this.egress === EgressMode.PROXIED ? [PROXY_HOST, ...this.allowedDomains] : [])])];
    if (this.egress !== EgressMode.OPEN) {
      this.addDnsFirewall();
    }
  }

  /**
   * Gives a workspace security group (one with `allowAllOutbound: false`) the egress rules
   * of the lab's egress mode, and admits it where it goes: HTTPS to the interface endpoints
   * and to S3 (its prefix list); with `PROXIED` the proxy's port; with `OPEN` HTTP and HTTPS
   * to anywhere. NFS to the shared file system is added by `SharedEfs.allowFrom`.
   */
  public connectWorkspace(sg: ec2.ISecurityGroup, name: string): void {
    if (this.endpointSecurityGroup) {
      sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC interface endpoints');
    }
    if (this.s3PrefixListId) {
      sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint (its policy limits buckets)');
    }
    if (this.egress === EgressMode.PROXIED && this.proxySecurityGroup) {
      sg.addEgressRule(this.proxySecurityGroup, ec2.Port.tcp(SQUID_PORT), 'The egress proxy (domain allowlist)');
      this.proxySecurityGroup.addIngressRule(sg, ec2.Port.tcp(SQUID_PORT), `From ${name}`);
    }
    if (this.egress === EgressMode.OPEN) {
      sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the internet (egress open)');
      sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP to the internet (egress open)');
    }
  }

  /**
   * Adds the interface endpoint of a further AWS service (e.g. SageMaker for Studio), like the
   * lab's own: in the workspace subnets, behind the endpoints' security group, with the policy
   * limited to the lab's account; and lets `dnsNames` through the DNS Firewall. Returns
   * undefined when the network has no endpoints (`endpoints: false`).
   */
  public addServiceEndpoint(id: string, service: ec2.IInterfaceVpcEndpointService, dnsNames: string[]): ec2.InterfaceVpcEndpoint | undefined {
    if (!this.endpointSecurityGroup) return undefined;
    const existing = this.vpc.node.tryFindChild(id);
    if (existing instanceof ec2.InterfaceVpcEndpoint) return existing;
    const ep = this.vpc.addInterfaceEndpoint(id, {
      service,
      subnets: this.workspaceSubnets,
      securityGroups: [this.endpointSecurityGroup],
      privateDnsEnabled: true,
      open: false,
    });
    limitInterfaceEndpoint(ep, false);
    this.interfaceEndpoints.push(ep);
    if (this.egress !== EgressMode.OPEN) {
      for (const n of dnsNames) if (!this.dnsAllowedDomains.includes(n)) this.dnsAllowedDomains.push(n);
    }
    return ep;
  }

  /** A security group for workspaces with no default egress, connected as `connectWorkspace` says. */
  public workspaceSecurityGroup(scope: Construct, id: string, description: string): ec2.SecurityGroup {
    const sg = lockedSecurityGroup(scope, id, this.vpc, description);
    this.connectWorkspace(sg, description);
    return sg;
  }

  private addEndpoints(props: LabNetworkProps, proxySubnets: ec2.SubnetSelection | undefined): void {
    const routable = (sel: ec2.SubnetSelection) => this.vpc.selectSubnets(sel).subnets.every((s) => {
      try {
        return !!s.routeTable?.routeTableId;
      } catch {
        return false;
      }
    });
    const s3Subnets = [this.workspaceSubnets, ...(proxySubnets && routable(proxySubnets) ? [proxySubnets] : [])];
    if (routable(this.workspaceSubnets)) {
      const s3 = this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3, subnets: s3Subnets });
      limitS3Endpoint(s3);
      (this as { s3Endpoint?: ec2.GatewayVpcEndpoint }).s3Endpoint = s3;
    } else {
      Annotations.of(this).addWarningV2('rws:no-s3-endpoint',
        'No S3 gateway endpoint was added: the route tables of the existing VPC\'s subnets are unknown. Give them (privateSubnetRouteTableIds, or route_table_ids in lab.yaml), or make sure the VPC already has one with a policy limited to your account: workspaces without internet need it for packages of Amazon Linux and the SSM agent.');
    }
    const sg = lockedSecurityGroup(this, 'EndpointSecurityGroup', this.vpc, 'HTTPS to the AWS service endpoints from inside the lab VPC');
    (this as { endpointSecurityGroup?: ec2.SecurityGroup }).endpointSecurityGroup = sg;
    // A literal range when known (checks can read it), else the VPC's attribute.
    const range = props.vpc ? this.vpc.vpcCidrBlock : props.cidr ?? '10.80.0.0/16';
    sg.addIngressRule(ec2.Peer.ipv4(range), ec2.Port.tcp(443), 'HTTPS from the lab VPC');
    if (unresolved(range)) {
      for (const ruleId of ['AwsSolutions-EC23', 'HIPAA.Security-EC2RestrictedCommonPorts', 'HIPAA.Security-EC2RestrictedSSH', 'NIST.800.53.R5-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedSSH']) {
        acknowledge(sg, {
          id: ruleId,
          reason: 'The only inbound rule admits HTTPS (443) from the VPC\'s own address range, which is an attribute of the imported VPC and so unknown to the check at synth time; no port is open to any other network.',
        });
      }
    }
    const services: Array<[string, ec2.InterfaceVpcEndpointAwsService]> = [
      ['Ssm', ec2.InterfaceVpcEndpointAwsService.SSM],
      ['SsmMessages', ec2.InterfaceVpcEndpointAwsService.SSM_MESSAGES],
      ['Ec2Messages', ec2.InterfaceVpcEndpointAwsService.EC2_MESSAGES],
      ['Ec2', ec2.InterfaceVpcEndpointAwsService.EC2],
      ['Efs', ec2.InterfaceVpcEndpointAwsService.ELASTIC_FILESYSTEM],
      ['Logs', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_LOGS],
      ['SecretsManager', ec2.InterfaceVpcEndpointAwsService.SECRETS_MANAGER],
      ['Kms', ec2.InterfaceVpcEndpointAwsService.KMS],
    ];
    for (const [name, service] of services) {
      const ep = this.vpc.addInterfaceEndpoint(name, {
        service,
        subnets: this.workspaceSubnets,
        securityGroups: [sg],
        privateDnsEnabled: true,
        open: false,
      });
      limitInterfaceEndpoint(ep, name === 'Ssm');
      this.interfaceEndpoints.push(ep);
    }
    (this as { s3PrefixListId?: string }).s3PrefixListId = props.s3PrefixListId ?? this.prefixListLookup(props);
  }

  private prefixListLookup(props: LabNetworkProps): string {
    const key = props.encryptionKey ?? (this.node.tryFindChild('FlowLogKey') as kms.IKey | undefined);
    const id = lookUpS3PrefixList(this, key, props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR);
    const stack = Stack.of(this);
    const fn = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
    if (fn) {
      // The function is one per stack: its role is that of the first network that looked the
      // list up (a lab with an image build network has two), and that is the one it references.
      const role = (fn as { role?: IConstruct }).role ?? this.node.tryFindChild('S3PrefixListRole');
      if (role) dropRedundantDependsOn(fn.node.defaultChild as CfnResource, [role]);
      acknowledgeDeployTimeFunction(fn, {
        outsideVpc: 'This function only calls ec2:DescribeManagedPrefixLists while CloudFormation deploys the stack, to find the S3 prefix list id for the workspaces\' security groups; inside the lab VPC it would need the EC2 endpoint and the lab\'s endpoint policies, and it touches no data. Give s3PrefixListId (lab.yaml: vpc.s3_prefix_list_id) to do without it.',
        runtime: 'The runtime is chosen by aws-cdk-lib for its AwsCustomResource provider and moves with each CDK release.',
      });
    }
    return id;
  }

  /**
   * The egress proxy: squid on Amazon Linux 2023 in the proxy subnets (the only subnets with a
   * route to the NAT gateway), reached by name through a private hosted zone, so that a
   * replaced proxy keeps its address for the workspaces.
   */
  private addProxy(subnets: ec2.SubnetSelection, instanceType: string): void {
    const sg = lockedSecurityGroup(this, 'ProxySecurityGroup', this.vpc, 'Egress proxy of the lab: in from the workspaces on 3128, out on 80/443 (squid allowlist)');
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the allowlisted repositories (squid decides)');
    sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP to the allowlisted repositories (squid decides)');
    const role = new ManagedPolicyRole(this, 'ProxyRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Egress proxy of ${this.node.path} (Session Manager only)`,
    });
    sessionManagerPolicy(this, 'ProxySessionManager', role, `the egress proxy of ${this.node.path}`);
    const userData = ec2.UserData.forLinux();
    userData.addCommands(...squidUserData(this.node.path, this.allowedDomains));
    // The subnet decides the zone (the instance's AvailabilityZone property is removed below):
    // a subnet imported by id alone, whose zone is unknown, is usable too.
    const first = this.vpc.selectSubnets(subnets).subnets[0];
    if (!first) badProp(this, 'proxySubnets', '(a selection)', 'selects no subnets', 'give the ids of subnets with a route to the internet');
    let az: string;
    try {
      az = first.availabilityZone;
    } catch {
      az = 'decided-by-the-subnet';
    }
    // The route table too, when the subnet has a known one (CDK warns about a subnet imported without it).
    let routeTableId: string | undefined;
    try {
      routeTableId = first.routeTable?.routeTableId;
    } catch {
      routeTableId = undefined;
    }
    const subnet = ec2.Subnet.fromSubnetAttributes(this, 'ProxySubnet', { subnetId: first.subnetId, availabilityZone: az, ...(routeTableId ? { routeTableId } : {}) });
    const instance = new ec2.Instance(this, 'Proxy', {
      vpc: this.vpc,
      vpcSubnets: { subnets: [subnet] },
      instanceType: new ec2.InstanceType(instanceType),
      machineImage: ec2.MachineImage.latestAmazonLinux2023(),
      securityGroup: sg,
      role,
      userData,
      requireImdsv2: true,
      detailedMonitoring: true,
      blockDevices: [{ deviceName: '/dev/xvda', volume: ec2.BlockDeviceVolume.ebs(8, { encrypted: true, volumeType: ec2.EbsDeviceVolumeType.GP3 }) }],
      userDataCausesReplacement: true,
    });
    (instance.node.defaultChild as ec2.CfnInstance).addPropertyDeletionOverride('AvailabilityZone');
    // squid is installed at first boot: the route out (and to S3) must exist by then.
    instance.node.addDependency(first.internetConnectivityEstablished);
    if (this.s3Endpoint) instance.node.addDependency(this.s3Endpoint);
    ack(instance, ['AwsSolutions-EC29'],
      'The proxy holds no data (squid caching is off) and is rebuilt from its user-data (a changed allowlist replaces it); termination protection would block that.');
    const zone = new route53.PrivateHostedZone(this, 'ProxyZone', { zoneName: PROXY_ZONE, vpc: this.vpc, comment: `Egress proxy of ${this.node.path}` });
    new route53.ARecord(this, 'ProxyRecord', {
      zone,
      recordName: 'proxy',
      target: route53.RecordTarget.fromIpAddresses(instance.instancePrivateIp),
      ttl: Duration.minutes(1),
    });
    if (this.endpointSecurityGroup) sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC interface endpoints (Session Manager)');
    if (this.s3PrefixListId) sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 (Amazon Linux repositories)');
    (this as { proxyInstance?: ec2.Instance }).proxyInstance = instance;
    (this as { proxySecurityGroup?: ec2.SecurityGroup }).proxySecurityGroup = sg;
    (this as { proxyUrl?: string }).proxyUrl = `http://${PROXY_HOST}:${SQUID_PORT}`;
  }

  /** A DNS Firewall that answers only for `dnsAllowedDomains` and blocks every other name. */
  private addDnsFirewall(): void {
    const allowed = new route53resolver.CfnFirewallDomainList(this, 'AllowedDomains', {
      name: `${this.node.addr.slice(0, 8)}-allowed`,
      // Lazy: names added later by addServiceEndpoint are resolved too.
      domains: Lazy.list({ produce: () => this.dnsAllowedDomains }),
    });
    const everything = new route53resolver.CfnFirewallDomainList(this, 'AllDomains', {
      name: `${this.node.addr.slice(0, 8)}-all`,
      domains: ['*'],
    });
    const group = new route53resolver.CfnFirewallRuleGroup(this, 'DnsFirewall', {
      name: `${this.node.addr.slice(0, 8)}-egress`,
      firewallRules: [
        // Answers for an allowed name are followed through their CNAME chain (CDNs, S3 aliases):
        // the targets are chosen by the allowed zones' owners, not by what a workspace asks.
        { firewallDomainListId: allowed.attrId, action: 'ALLOW', priority: 100, firewallDomainRedirectionAction: 'TRUST_REDIRECTION_DOMAIN' },
        { firewallDomainListId: everything.attrId, action: 'BLOCK', blockResponse: 'NXDOMAIN', priority: 200 },
      ],
    });
    new route53resolver.CfnFirewallRuleGroupAssociation(this, 'DnsFirewallAssociation', {
      firewallRuleGroupId: group.attrId,
      vpcId: this.vpc.vpcId,
      priority: 1001,
      name: `${this.node.addr.slice(0, 8)}-egress`,
      mutationProtection: 'DISABLED',
    });
  }
}
