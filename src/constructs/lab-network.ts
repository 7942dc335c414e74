import { Annotations, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as route53resolver from 'aws-cdk-lib/aws-route53resolver';
import { Construct } from 'constructs';
import { DEFAULT_EGRESS_DOMAINS, EgressMode } from '../workspaces/policy';
import { allowLogsService, badProp, checkInt, isCidr, ManagedPolicyRole, unresolved } from './private/props';

const PLATFORM_DOMAINS: string[] = [
  'amazonaws.com', '*.amazonaws.com', '*.aws',
  'archive.ubuntu.com', '*.archive.ubuntu.com', 'security.ubuntu.com', 'ports.ubuntu.com', 'esm.ubuntu.com', 'api.snapcraft.io',
  'deb.debian.org', 'security.debian.org', 'cdn-aws.deb.debian.org',
  'dl.rockylinux.org', 'mirrors.rockylinux.org',
  // What the generated provisioning itself downloads: amazon-efs-utils is built from its GitHub
  // repository (with Rust crates), Miniforge comes from GitHub releases.
  'github.com', 'codeload.github.com', 'objects.githubusercontent.com', 'release-assets.githubusercontent.com',
  'crates.io', 'index.crates.io', 'static.crates.io',
];

/**
 * Properties of a LabNetwork.
 */
export interface LabNetworkProps {
  /**
   * Internet access of the workspaces: `NONE` builds private isolated subnets with no
   * internet gateway or NAT at all (AWS services through VPC endpoints); `PROXIED` adds a
   * NAT gateway and a Route 53 Resolver DNS Firewall that resolves only `allowedDomains`;
   * `OPEN` adds a NAT gateway without a domain filter.
   * @default EgressMode.NONE
   */
  readonly egress?: EgressMode;

  /**
   * An existing VPC to use instead of creating one. Nothing is changed in it except the
   * VPC endpoints (when `endpoints` is true) and, for `PROXIED`, the DNS Firewall association.
   * @default - a new VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Subnets for the workspaces in an existing VPC.
   * @default - the VPC's isolated subnets, else its private subnets
   */
  readonly workspaceSubnets?: ec2.SubnetSelection;

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
   * without the internet.
   * @default true
   */
  readonly endpoints?: boolean;

  /**
   * Domains workspaces may resolve with `PROXIED` egress (`*.example.org` matches
   * subdomains). `LabNetwork.PLATFORM_EGRESS_DOMAINS` (AWS and OS mirrors) are always added.
   * @default DEFAULT_EGRESS_DOMAINS (package repositories)
   */
  readonly allowedDomains?: string[];

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
 * VPC endpoints, with only as much internet as the lab's egress mode allows.
 *
 * @example
 * const network = new LabNetwork(this, 'Network', { egress: EgressMode.PROXIED, allowedDomains: ['pypi.org', 'files.pythonhosted.org'] });
 */
export class LabNetwork extends Construct {
  /**
   * Domains every lab with proxied egress may resolve besides its allowlist: AWS service
   * endpoints and the operating systems' package mirrors.
   */
  public static readonly PLATFORM_EGRESS_DOMAINS: string[] = PLATFORM_DOMAINS;

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
  /** Domains resolvable with `PROXIED` egress. */
  public readonly allowedDomains: string[];

  constructor(scope: Construct, id: string, props: LabNetworkProps = {}) {
    super(scope, id);
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
    const domains = [...new Set([...(props.allowedDomains ?? DEFAULT_EGRESS_DOMAINS), ...PLATFORM_DOMAINS])];
    for (const d of domains) {
      if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(d)) {
        badProp(this, 'allowedDomains', d, 'not a domain name', 'write a host name such as pypi.org or *.example.org (no scheme or path)');
      }
    }
    this.allowedDomains = domains;

    if (props.vpc) {
      this.vpc = props.vpc;
      this.workspaceSubnets = props.workspaceSubnets ?? (props.vpc.isolatedSubnets.length > 0
        ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
    } else {
      const withEgress = this.egress !== EgressMode.NONE;
      const vpc = new ec2.Vpc(this, 'Vpc', {
        ipAddresses: ec2.IpAddresses.cidr(props.cidr ?? '10.80.0.0/16'),
        maxAzs: props.availabilityZones ? undefined : props.maxAzs ?? 2,
        availabilityZones: props.availabilityZones,
        natGateways: withEgress ? props.natGateways ?? 1 : 0,
        subnetConfiguration: withEgress
          ? [
            { name: 'Egress', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 26, mapPublicIpOnLaunch: false },
            { name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 20 },
          ]
          : [{ name: 'Workspaces', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 20 }],
        restrictDefaultSecurityGroup: false,
        enableDnsHostnames: true,
        enableDnsSupport: true,
      });
      this.vpc = vpc;
      this.workspaceSubnets = { subnetType: withEgress ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PRIVATE_ISOLATED };
      // The default security group is never attached: every network interface of the lab gets its own group.
      for (const ruleId of ['HIPAA.Security-VPCDefaultSecurityGroupClosed', 'NIST.800.53.R5-VPCDefaultSecurityGroupClosed']) {
        Validations.of(vpc).acknowledge({
          id: ruleId,
          reason: 'No lab resource uses the default security group (workspaces, mount targets, endpoints and the gateway each get an explicit group); removing its rules needs a Lambda-backed custom resource, which would add more attack surface than it removes. Close it account-wide with the AWS Config remediation for vpc-default-security-group-closed.',
        });
      }
      if (withEgress) {
        for (const ruleId of ['HIPAA.Security-VPCNoUnrestrictedRouteToIGW', 'NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW']) {
          Validations.of(vpc).acknowledge({
            id: ruleId,
            reason: 'The lab policy allows egress, so the public subnets hold the NAT gateway and nothing else (no instance gets a public address: mapPublicIpOnLaunch is off and workspaces are in private subnets); their default route to the internet gateway is how the NAT reaches the package repositories. With proxied egress, a Route 53 Resolver DNS Firewall limits names to the allowlist. Set egress: none for a lab with no internet path at all.',
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

    if (props.endpoints ?? true) {
      const routable = this.vpc.selectSubnets(this.workspaceSubnets).subnets.every((s) => {
        try {
          return !!s.routeTable?.routeTableId;
        } catch {
          return false;
        }
      });
      if (routable) {
        this.vpc.addGatewayEndpoint('S3', {
          service: ec2.GatewayVpcEndpointAwsService.S3,
          subnets: [this.workspaceSubnets],
        });
      } else {
        Annotations.of(this).addWarningV2('rws:no-s3-endpoint',
          'No S3 gateway endpoint was added: the route tables of the existing VPC\'s subnets are unknown. Give them (privateSubnetRouteTableIds, or route_table_ids in lab.yaml), or make sure the VPC already has one: workspaces without internet need it for packages of Amazon Linux and the SSM agent.');
      }
      this.endpointSecurityGroup = new ec2.SecurityGroup(this, 'EndpointSecurityGroup', {
        vpc: this.vpc,
        description: 'HTTPS to the AWS service endpoints from inside the lab VPC',
        allowAllOutbound: false,
      });
      // A literal range when known (checks can read it), else the VPC's attribute.
      const range = props.vpc ? this.vpc.vpcCidrBlock : props.cidr ?? '10.80.0.0/16';
      this.endpointSecurityGroup.addIngressRule(ec2.Peer.ipv4(range), ec2.Port.tcp(443), 'HTTPS from the lab VPC');
      if (unresolved(range)) {
        for (const ruleId of ['AwsSolutions-EC23', 'HIPAA.Security-EC2RestrictedCommonPorts', 'HIPAA.Security-EC2RestrictedSSH', 'NIST.800.53.R5-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedSSH']) {
          Validations.of(this.endpointSecurityGroup).acknowledge({
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
        this.vpc.addInterfaceEndpoint(name, {
          service,
          subnets: this.workspaceSubnets,
          securityGroups: [this.endpointSecurityGroup],
          privateDnsEnabled: true,
          open: false,
        });
      }
    }

    if (this.egress === EgressMode.PROXIED) {
      this.addDnsFirewall();
    }
  }

  /** A DNS Firewall that answers only for the allowed domains and blocks every other name. */
  private addDnsFirewall(): void {
    const allowed = new route53resolver.CfnFirewallDomainList(this, 'AllowedDomains', {
      name: `${this.node.addr.slice(0, 8)}-allowed`,
      domains: this.allowedDomains,
    });
    const everything = new route53resolver.CfnFirewallDomainList(this, 'AllDomains', {
      name: `${this.node.addr.slice(0, 8)}-all`,
      domains: ['*'],
    });
    const group = new route53resolver.CfnFirewallRuleGroup(this, 'DnsFirewall', {
      name: `${this.node.addr.slice(0, 8)}-egress`,
      firewallRules: [
        { firewallDomainListId: allowed.attrId, action: 'ALLOW', priority: 100 },
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
