"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_TRAFFIC = exports.lockedSecurityGroup = exports.AirlockNetwork = exports.PROXY_PORT = exports.AWS_DOMAINS = exports.ExposureKind = exports.EgressKind = void 0;
exports.proxyUserData = proxyUserData;
exports.nonWebDropRuleGroup = nonWebDropRuleGroup;
exports.literal = literal;
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
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const networkfirewall = __importStar(require("aws-cdk-lib/aws-networkfirewall"));
const route53resolver = __importStar(require("aws-cdk-lib/aws-route53resolver"));
const cr = __importStar(require("aws-cdk-lib/custom-resources"));
const constructs_1 = require("constructs");
const airlock_access_1 = require("./airlock-access");
const airlock_nag_1 = require("./airlock-nag");
const imdsv2_names_1 = require("./imdsv2-names");
const perimeter_1 = require("./perimeter");
const permit_1 = require("../../../workspaces/permit");
const props_1 = require("../../private/props");
/** How the setup phase reaches the package repositories (mirrors the public enum). */
var EgressKind;
(function (EgressKind) {
    EgressKind["NETWORK_FIREWALL"] = "network-firewall";
    EgressKind["PROXY_INSTANCE"] = "proxy-instance";
})(EgressKind || (exports.EgressKind = EgressKind = {}));
/** How data holders reach the SFTP endpoint (mirrors the public enum). */
var ExposureKind;
(function (ExposureKind) {
    ExposureKind["INTERNET_FACING"] = "internet-facing";
    ExposureKind["INTERNAL"] = "internal";
})(ExposureKind || (exports.ExposureKind = ExposureKind = {}));
/** Domains every phase with desktops may resolve: AWS service endpoints. */
exports.AWS_DOMAINS = ['amazonaws.com', '*.amazonaws.com'];
/** The squid port of the proxy instance. */
exports.PROXY_PORT = 3128;
class AirlockNetwork extends constructs_1.Construct {
    vpc;
    newVpc;
    workspaceSubnets;
    /** Where the setup workspace goes. */
    setupSubnets;
    /** Where the Transfer Family endpoint goes. */
    airlockSubnets;
    endpointSecurityGroup;
    s3PrefixListId;
    internetGateway;
    firewall;
    proxyInstance;
    proxySecurityGroup;
    flowLogGroup;
    dnsAllowedDomains;
    interfaceEndpoints = [];
    s3Endpoint;
    props;
    igwAttachment;
    extra = new Map();
    constructor(scope, id, props) {
        super(scope, id);
        (0, imdsv2_names_1.uniqueImdsv2LaunchTemplateNames)(this);
        this.props = props;
        const plan = props.plan;
        const desktops = (0, airlock_access_1.desktopsOf)(plan);
        const airlock = (0, airlock_access_1.airlockOf)(plan);
        const egressRunning = (0, airlock_access_1.runningEgressWorkspaces)(plan).length > 0;
        const setupPresent = plan.workspaces.some((w) => w.network === permit_1.NetworkMode.EGRESS_PROXY);
        this.newVpc = !props.vpc;
        if (props.vpc) {
            this.vpc = props.vpc;
            this.workspaceSubnets = props.workspaceSubnets ?? (props.vpc.isolatedSubnets.length > 0
                ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
        }
        else {
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
            (0, airlock_nag_1.ack)(vpc, (0, airlock_nag_1.allPacks)({ hipaa: 'VPCDefaultSecurityGroupClosed', nist: 'VPCDefaultSecurityGroupClosed' }), 'No resource of the permit uses the VPC\'s default security group: workspaces, endpoints, the SFTP endpoint and the proxy each get an explicit group with no open egress. Removing the default group\'s rules needs a Lambda-backed custom resource in every phase, which adds attack surface without closing a path; close it account-wide with the AWS Config remediation for vpc-default-security-group-closed.');
            this.flowLogGroup = this.addFlowLogs(vpc);
        }
        // Subnets that exist only in some phases (new VPC only: their ranges are reserved).
        if (this.newVpc) {
            if (setupPresent)
                this.setupSubnets = { subnets: [this.extraSubnet(airlock_access_1.ExtraSubnet.SETUP, 'SetupSubnet')] };
            if (airlock && props.exposure === ExposureKind.INTERNET_FACING) {
                const s = this.extraSubnet(airlock_access_1.ExtraSubnet.AIRLOCK, 'AirlockSubnet');
                s.addDefaultInternetRoute(this.igw().ref, this.igwAttachment);
                this.airlockSubnets = [s];
                (0, airlock_nag_1.ack)(s, (0, airlock_nag_1.allPacks)({ hipaa: 'VPCNoUnrestrictedRouteToIGW', nist: 'VPCNoUnrestrictedRouteToIGW' }), 'This subnet exists only while the ingress airlock runs and holds only the Transfer Family SFTP endpoint, whose security group admits TCP 22 from the data holders\' CIDRs and nothing else; its route to the internet gateway is how those data holders reach it. No workspace is ever placed here, and the subnet, its route and the internet gateway are removed when the airlock is.');
            }
            else if (airlock) {
                this.airlockSubnets = this.vpc.selectSubnets(this.workspaceSubnets).subnets.slice(0, 1);
            }
        }
        else {
            if (setupPresent)
                this.setupSubnets = this.workspaceSubnets;
            if (airlock) {
                const sel = props.airlockSubnets
                    ?? (props.exposure === ExposureKind.INTERNET_FACING ? { subnetType: ec2.SubnetType.PUBLIC } : this.workspaceSubnets);
                this.airlockSubnets = this.vpc.selectSubnets(sel).subnets.slice(0, 1);
            }
        }
        const domains = [...exports.AWS_DOMAINS];
        if (egressRunning)
            domains.push(...plan.egressAllowedDomains);
        if (props.extraDomains)
            domains.push(...props.extraDomains);
        this.dnsAllowedDomains = [...new Set(domains)];
        if (desktops.length > 0) {
            if (props.endpoints)
                this.addEndpoints();
            if (props.dnsFirewall && this.newVpc)
                this.addDnsFirewall();
        }
        if (egressRunning) {
            if (props.egress === EgressKind.NETWORK_FIREWALL)
                this.firewall = this.addNetworkFirewall();
            else
                [this.proxyInstance, this.proxySecurityGroup] = this.addProxy();
        }
    }
    /** The subnets of the workspaces as a list. */
    workspaceSubnetList() {
        return this.vpc.selectSubnets(this.workspaceSubnets).subnets;
    }
    /**
     * Security-group rules of a workspace: HTTPS to the endpoints and to S3 (its prefix list),
     * and for a setup workspace its way out (80/443 towards the firewall, or the proxy port).
     */
    connectWorkspace(sg, egressWorkspace, name) {
        if (this.endpointSecurityGroup) {
            sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC endpoints (Session Manager, KMS, Logs, Secrets Manager)');
            this.endpointSecurityGroup.addIngressRule(sg, ec2.Port.tcp(443), `HTTPS from workspace ${name}`);
        }
        else if (!this.newVpc) {
            // The lab's own endpoints, reached inside the VPC.
            sg.addEgressRule(ec2.Peer.ipv4(this.vpc.vpcCidrBlock), ec2.Port.tcp(443), 'HTTPS to the endpoints of the lab VPC');
        }
        if (this.s3PrefixListId)
            sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint');
        if (!egressWorkspace)
            return;
        if (this.props.egress === EgressKind.NETWORK_FIREWALL) {
            sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS out through the Network Firewall domain allowlist (the only default route)');
            sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP out through the Network Firewall domain allowlist (the only default route)');
        }
        else if (this.proxySecurityGroup) {
            sg.addEgressRule(this.proxySecurityGroup, ec2.Port.tcp(exports.PROXY_PORT), 'The package proxy');
            this.proxySecurityGroup.addIngressRule(sg, ec2.Port.tcp(exports.PROXY_PORT), `From workspace ${name}`);
        }
    }
    /** The internet gateway, created on first use. */
    igw() {
        if (!this.internetGateway) {
            const igw = new ec2.CfnInternetGateway(this, 'InternetGateway');
            this.igwAttachment = new ec2.CfnVPCGatewayAttachment(this, 'InternetGatewayAttachment', { vpcId: this.vpc.vpcId, internetGatewayId: igw.ref });
            this.internetGateway = igw;
        }
        return this.internetGateway;
    }
    extraSubnet(slot, id) {
        let s = this.extra.get(slot);
        if (!s) {
            s = new ec2.Subnet(this, id, {
                vpcId: this.vpc.vpcId,
                availabilityZone: this.vpc.availabilityZones[0],
                cidrBlock: (0, airlock_access_1.extraSubnetCidr)(this.props.cidr, slot),
                mapPublicIpOnLaunch: false,
            });
            this.extra.set(slot, s);
        }
        return s;
    }
    addFlowLogs(vpc) {
        const group = new logs.LogGroup(this, 'FlowLogs', {
            encryptionKey: this.props.key,
            retention: this.props.logRetention,
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
        });
        const role = new props_1.ManagedPolicyRole(this, 'FlowLogRole', {
            assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com', {
                conditions: { StringEquals: { 'aws:SourceAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID } },
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
    addEndpoints() {
        const sg = (0, perimeter_1.lockedSecurityGroup)(this, 'EndpointSecurityGroup', this.vpc, 'HTTPS to the AWS service endpoints, only from the permit workspaces');
        this.endpointSecurityGroup = sg;
        const services = [
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
            (0, perimeter_1.limitInterfaceEndpoint)(ep, name === 'Ssm');
            this.interfaceEndpoints.push(ep);
        }
        this.addS3Endpoint();
    }
    /**
     * The S3 prefix list id for a security group of something in the workspace subnets that reads
     * the permit's buckets (the ClamAV scanner), creating the S3 gateway endpoint of a new VPC in
     * phases that have none yet; with an existing VPC, the lab's routes reach S3.
     */
    s3Access() {
        if (this.newVpc && !this.s3Endpoint)
            this.addS3Endpoint();
        if (!this.s3PrefixListId)
            this.s3PrefixListId = this.props.s3PrefixListId ?? this.lookUpS3PrefixList();
        return this.s3PrefixListId;
    }
    addS3Endpoint() {
        const subnets = [this.workspaceSubnets];
        if (this.setupSubnets && this.newVpc)
            subnets.push(this.setupSubnets);
        const s3 = new ec2.GatewayVpcEndpoint(this, 'S3', { vpc: this.vpc, service: ec2.GatewayVpcEndpointAwsService.S3, subnets });
        s3.addToPolicy(new iam.PolicyStatement({
            sid: 'PermitBucketsOnly',
            principals: [new iam.AnyPrincipal()],
            actions: ['s3:*'],
            resources: this.props.bucketArns.flatMap((arn) => [arn, `${arn}/*`]),
            conditions: (0, perimeter_1.ownAccountCondition)(),
        }));
        s3.addToPolicy(new iam.PolicyStatement({
            sid: 'SystemsManagerBucketsReadOnly',
            principals: [new iam.AnyPrincipal()],
            actions: ['s3:GetObject'],
            resources: (0, perimeter_1.awsOwnedObjectArns)(),
        }));
        this.s3Endpoint = s3;
        this.s3PrefixListId = this.props.s3PrefixListId ?? this.lookUpS3PrefixList();
    }
    /**
     * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
     * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
     */
    lookUpS3PrefixList() {
        const stack = aws_cdk_lib_1.Stack.of(this);
        const call = {
            service: 'EC2',
            action: 'describeManagedPrefixLists',
            parameters: { Filters: [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${aws_cdk_lib_1.Aws.REGION}.s3`] }] },
            physicalResourceId: cr.PhysicalResourceId.of(`s3-prefix-list-${stack.region}`),
            outputPaths: ['PrefixLists.0.PrefixListId'],
        };
        // A role and a log group of our own: a managed policy (no inline policy) and logs that are
        // encrypted and expire.
        const logGroup = new logs.LogGroup(this, 'S3PrefixListLogs', {
            encryptionKey: this.props.key,
            retention: this.props.logRetention,
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
        });
        const role = new props_1.ManagedPolicyRole(this, 'S3PrefixListRole', {
            assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
            description: 'Looks up the region\'s S3 prefix list id at deploy time (ec2:DescribeManagedPrefixLists only)',
        });
        role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'DescribePrefixLists', actions: ['ec2:DescribeManagedPrefixLists'], resources: ['*'] }));
        role.addToPrincipalPolicy(new iam.PolicyStatement({
            sid: 'OwnLogs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:*`],
        }));
        (0, airlock_nag_1.acknowledgeWildcards)(role.node.tryFindChild('Policy'), (finding) => {
            if (finding === 'Resource::*')
                return 'ec2:DescribeManagedPrefixLists does not support resource-level permissions; it is read-only and is the only EC2 action this role has.';
            if (finding.endsWith(':*'))
                return 'Log streams of the function\'s own log group (`<group ARN>:*` is how CloudWatch Logs names the streams of one group).';
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
    addDnsFirewall() {
        const name = (suffix) => `${this.props.plan.permitId}-${suffix}`.slice(0, 64);
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
    natGateway() {
        const nat = this.extraSubnet(airlock_access_1.ExtraSubnet.NAT, 'NatSubnet');
        nat.addDefaultInternetRoute(this.igw().ref, this.igwAttachment);
        const eip = new ec2.CfnEIP(this, 'NatAddress', { domain: 'vpc' });
        const gw = new ec2.CfnNatGateway(this, 'NatGateway', { subnetId: nat.subnetId, allocationId: eip.attrAllocationId });
        gw.node.addDependency(this.igwAttachment);
        (0, airlock_nag_1.ack)(nat, (0, airlock_nag_1.allPacks)({ hipaa: 'VPCNoUnrestrictedRouteToIGW', nist: 'VPCNoUnrestrictedRouteToIGW' }), 'This subnet exists only while the setup workspace runs and holds only the NAT gateway of the package egress path; no instance is ever placed in it (no public addresses are mapped). Its default route to the internet gateway is the last hop after the domain allowlist; the subnet, the NAT gateway and the internet gateway are removed when setup ends.');
        return gw;
    }
    addNetworkFirewall() {
        const plan = this.props.plan;
        const fwSubnet = this.extraSubnet(airlock_access_1.ExtraSubnet.FIREWALL, 'FirewallSubnet');
        const setup = this.extra.get(airlock_access_1.ExtraSubnet.SETUP);
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
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
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
        const endpointId = aws_cdk_lib_1.Fn.select(1, aws_cdk_lib_1.Fn.split(':', aws_cdk_lib_1.Fn.select(0, firewall.attrEndpointIds)));
        setup.addRoute('DefaultThroughFirewall', { routerType: ec2.RouterType.VPC_ENDPOINT, routerId: endpointId, enablesInternetConnectivity: true });
        fwSubnet.addRoute('DefaultToNat', { routerType: ec2.RouterType.NAT_GATEWAY, routerId: gw.ref, enablesInternetConnectivity: true });
        // Return traffic to the setup subnet goes back through the firewall (symmetric inspection).
        this.extra.get(airlock_access_1.ExtraSubnet.NAT).addRoute('SetupThroughFirewall', {
            routerType: ec2.RouterType.VPC_ENDPOINT, routerId: endpointId, destinationCidrBlock: (0, airlock_access_1.extraSubnetCidr)(this.props.cidr, airlock_access_1.ExtraSubnet.SETUP),
        });
        return firewall;
    }
    addProxy() {
        const plan = this.props.plan;
        let subnets;
        if (this.newVpc) {
            const proxySubnet = this.extraSubnet(airlock_access_1.ExtraSubnet.PROXY, 'ProxySubnet');
            proxySubnet.addDefaultNatRoute(this.natGateway().ref);
            subnets = { subnets: [proxySubnet] };
        }
        else {
            subnets = this.props.proxySubnets;
        }
        const sg = (0, perimeter_1.lockedSecurityGroup)(this, 'ProxySecurityGroup', this.vpc, `Package proxy of permit ${plan.permitId}: in from the setup workspace, out on 80/443 (squid allowlist)`);
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the allowlisted repositories (squid decides)');
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP to the allowlisted repositories (squid decides)');
        const role = new props_1.ManagedPolicyRole(this, 'ProxyRole', {
            assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
            description: `Package proxy of permit ${plan.permitId} (Session Manager only)`,
        });
        (0, perimeter_1.sessionManagerPolicy)(this, 'ProxySessionManager', role, `the package proxy of permit ${plan.permitId}`);
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
        instance.node.defaultChild.addPropertyDeletionOverride('AvailabilityZone');
        (0, airlock_nag_1.ack)(instance, ['AwsSolutions-EC29'], 'The proxy holds no data (squid caching is off) and is rebuilt from its user-data; it must be destroyed when the setup workspace stops, which termination protection would block.');
        return [instance, sg];
    }
}
exports.AirlockNetwork = AirlockNetwork;
/** User-data of the proxy (Amazon Linux 2023): squid with the permit's domain allowlist. */
function proxyUserData(permitId, domains) {
    return (0, perimeter_1.squidUserData)(`permit-${permitId}`, domains);
}
var perimeter_2 = require("./perimeter");
Object.defineProperty(exports, "lockedSecurityGroup", { enumerable: true, get: function () { return perimeter_2.lockedSecurityGroup; } });
Object.defineProperty(exports, "NO_TRAFFIC", { enumerable: true, get: function () { return perimeter_2.NO_TRAFFIC; } });
/**
 * A stateful rule group (strict order, evaluated before the allowlist) that drops what the
 * domain allowlist and the `aws:drop_established` default cannot: UDP and ICMP (whose first
 * packet would pass before a flow counts as established: DNS or QUIC to an outside address),
 * TCP to ports other than 80 and 443, TLS on port 80 and HTTP on port 443. TLS without a server
 * name (an IP literal) and HTTP without an allowlisted Host match no pass rule of the allowlist
 * and are dropped by the policy's default action.
 */
function nonWebDropRuleGroup(scope, id, name) {
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
function literal(v) {
    return v !== undefined && !aws_cdk_lib_1.Token.isUnresolved(v);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1uZXR3b3JrLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvYWlybG9jay1uZXR3b3JrLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQW9lQSxzQ0FFQztBQVlELGtEQWtCQztBQUdELDBCQUVDO0FBemdCRDs7Ozs7Ozs7Ozs7Ozs7Ozs7OztHQW1CRztBQUNILDZDQUFtRTtBQUNuRSx5REFBMkM7QUFDM0MseURBQTJDO0FBRTNDLDJEQUE2QztBQUM3QyxpRkFBbUU7QUFDbkUsaUZBQW1FO0FBQ25FLGlFQUFtRDtBQUNuRCwyQ0FBdUM7QUFDdkMscURBQWdIO0FBQ2hILCtDQUFvRTtBQUNwRSxpREFBaUU7QUFDakUsMkNBQXdKO0FBQ3hKLHVEQUFxRTtBQUNyRSwrQ0FBd0Q7QUFFeEQsc0ZBQXNGO0FBQ3RGLElBQVksVUFHWDtBQUhELFdBQVksVUFBVTtJQUNwQixtREFBcUMsQ0FBQTtJQUNyQywrQ0FBaUMsQ0FBQTtBQUNuQyxDQUFDLEVBSFcsVUFBVSwwQkFBVixVQUFVLFFBR3JCO0FBRUQsMEVBQTBFO0FBQzFFLElBQVksWUFHWDtBQUhELFdBQVksWUFBWTtJQUN0QixtREFBbUMsQ0FBQTtJQUNuQyxxQ0FBcUIsQ0FBQTtBQUN2QixDQUFDLEVBSFcsWUFBWSw0QkFBWixZQUFZLFFBR3ZCO0FBMEJELDRFQUE0RTtBQUMvRCxRQUFBLFdBQVcsR0FBRyxDQUFDLGVBQWUsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDO0FBRWhFLDRDQUE0QztBQUMvQixRQUFBLFVBQVUsR0FBRyxJQUFJLENBQUM7QUFFL0IsTUFBYSxjQUFlLFNBQVEsc0JBQVM7SUFDM0IsR0FBRyxDQUFXO0lBQ2QsTUFBTSxDQUFVO0lBQ2hCLGdCQUFnQixDQUFzQjtJQUN0RCxzQ0FBc0M7SUFDdEIsWUFBWSxDQUF1QjtJQUNuRCwrQ0FBK0M7SUFDL0IsY0FBYyxDQUFpQjtJQUMvQixxQkFBcUIsQ0FBcUI7SUFDMUMsY0FBYyxDQUFVO0lBQ3hCLGVBQWUsQ0FBMEI7SUFDekMsUUFBUSxDQUErQjtJQUN2QyxhQUFhLENBQWdCO0lBQzdCLGtCQUFrQixDQUFxQjtJQUN2QyxZQUFZLENBQWlCO0lBQzdCLGlCQUFpQixDQUFXO0lBQzVCLGtCQUFrQixHQUErQixFQUFFLENBQUM7SUFDcEQsVUFBVSxDQUEwQjtJQUVuQyxLQUFLLENBQXNCO0lBQ3BDLGFBQWEsQ0FBK0I7SUFDbkMsS0FBSyxHQUFHLElBQUksR0FBRyxFQUEyQixDQUFDO0lBRTVELFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBMEI7UUFDbEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixJQUFBLDhDQUErQixFQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3RDLElBQUksQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFDO1FBQ25CLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUM7UUFDeEIsTUFBTSxRQUFRLEdBQUcsSUFBQSwyQkFBVSxFQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2xDLE1BQU0sT0FBTyxHQUFHLElBQUEsMEJBQVMsRUFBQyxJQUFJLENBQUMsQ0FBQztRQUNoQyxNQUFNLGFBQWEsR0FBRyxJQUFBLHdDQUF1QixFQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUM7UUFDL0QsTUFBTSxZQUFZLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQVcsQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUN6RixJQUFJLENBQUMsTUFBTSxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQztRQUV6QixJQUFJLEtBQUssQ0FBQyxHQUFHLEVBQUUsQ0FBQztZQUNkLElBQUksQ0FBQyxHQUFHLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQztZQUNyQixJQUFJLENBQUMsZ0JBQWdCLEdBQUcsS0FBSyxDQUFDLGdCQUFnQixJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxlQUFlLENBQUMsTUFBTSxHQUFHLENBQUM7Z0JBQ3JGLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDO1FBQzVHLENBQUM7YUFBTSxDQUFDO1lBQ04sTUFBTSxNQUFNLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDaEQsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUU7Z0JBQ25DLFdBQVcsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDO2dCQUM3QyxNQUFNLEVBQUUsS0FBSyxDQUFDLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNO2dCQUMxRCxpQkFBaUIsRUFBRSxLQUFLLENBQUMsaUJBQWlCO2dCQUMxQyxXQUFXLEVBQUUsQ0FBQztnQkFDZCxxQkFBcUIsRUFBRSxLQUFLO2dCQUM1QixtQkFBbUIsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxVQUFVLEVBQUUsR0FBRyxDQUFDLFVBQVUsQ0FBQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO2dCQUNoSCw0QkFBNEIsRUFBRSxLQUFLO2dCQUNuQyxrQkFBa0IsRUFBRSxJQUFJO2dCQUN4QixnQkFBZ0IsRUFBRSxJQUFJO2FBQ3ZCLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDO1lBQ2YsSUFBSSxDQUFDLGdCQUFnQixHQUFHLEVBQUUsZUFBZSxFQUFFLFlBQVksRUFBRSxDQUFDO1lBQzFELElBQUEsaUJBQUcsRUFBQyxHQUFHLEVBQUUsSUFBQSxzQkFBUSxFQUFDLEVBQUUsS0FBSyxFQUFFLCtCQUErQixFQUFFLElBQUksRUFBRSwrQkFBK0IsRUFBRSxDQUFDLEVBQ2xHLG1aQUFtWixDQUFDLENBQUM7WUFDdlosSUFBSSxDQUFDLFlBQVksR0FBRyxJQUFJLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzVDLENBQUM7UUFFRCxvRkFBb0Y7UUFDcEYsSUFBSSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDaEIsSUFBSSxZQUFZO2dCQUFFLElBQUksQ0FBQyxZQUFZLEdBQUcsRUFBRSxPQUFPLEVBQUUsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLDRCQUFXLENBQUMsS0FBSyxFQUFFLGFBQWEsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUN4RyxJQUFJLE9BQU8sSUFBSSxLQUFLLENBQUMsUUFBUSxLQUFLLFlBQVksQ0FBQyxlQUFlLEVBQUUsQ0FBQztnQkFDL0QsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyw0QkFBVyxDQUFDLE9BQU8sRUFBRSxlQUFlLENBQUMsQ0FBQztnQkFDakUsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLGFBQWMsQ0FBQyxDQUFDO2dCQUMvRCxJQUFJLENBQUMsY0FBYyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQzFCLElBQUEsaUJBQUcsRUFBQyxDQUFDLEVBQUUsSUFBQSxzQkFBUSxFQUFDLEVBQUUsS0FBSyxFQUFFLDZCQUE2QixFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRSxDQUFDLEVBQzVGLHlYQUF5WCxDQUFDLENBQUM7WUFDL1gsQ0FBQztpQkFBTSxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNuQixJQUFJLENBQUMsY0FBYyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQzFGLENBQUM7UUFDSCxDQUFDO2FBQU0sQ0FBQztZQUNOLElBQUksWUFBWTtnQkFBRSxJQUFJLENBQUMsWUFBWSxHQUFHLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQztZQUM1RCxJQUFJLE9BQU8sRUFBRSxDQUFDO2dCQUNaLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxjQUFjO3VCQUMzQixDQUFDLEtBQUssQ0FBQyxRQUFRLEtBQUssWUFBWSxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsR0FBRyxDQUFDLFVBQVUsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLGdCQUFnQixDQUFDLENBQUM7Z0JBQ3ZILElBQUksQ0FBQyxjQUFjLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDeEUsQ0FBQztRQUNILENBQUM7UUFFRCxNQUFNLE9BQU8sR0FBRyxDQUFDLEdBQUcsbUJBQVcsQ0FBQyxDQUFDO1FBQ2pDLElBQUksYUFBYTtZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsb0JBQW9CLENBQUMsQ0FBQztRQUM5RCxJQUFJLEtBQUssQ0FBQyxZQUFZO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUM1RCxJQUFJLENBQUMsaUJBQWlCLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFFL0MsSUFBSSxRQUFRLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQ3hCLElBQUksS0FBSyxDQUFDLFNBQVM7Z0JBQUUsSUFBSSxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3pDLElBQUksS0FBSyxDQUFDLFdBQVcsSUFBSSxJQUFJLENBQUMsTUFBTTtnQkFBRSxJQUFJLENBQUMsY0FBYyxFQUFFLENBQUM7UUFDOUQsQ0FBQztRQUNELElBQUksYUFBYSxFQUFFLENBQUM7WUFDbEIsSUFBSSxLQUFLLENBQUMsTUFBTSxLQUFLLFVBQVUsQ0FBQyxnQkFBZ0I7Z0JBQUUsSUFBSSxDQUFDLFFBQVEsR0FBRyxJQUFJLENBQUMsa0JBQWtCLEVBQUUsQ0FBQzs7Z0JBQ3ZGLENBQUMsSUFBSSxDQUFDLGFBQWEsRUFBRSxJQUFJLENBQUMsa0JBQWtCLENBQUMsR0FBRyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUM7UUFDdkUsQ0FBQztJQUNILENBQUM7SUFFRCwrQ0FBK0M7SUFDeEMsbUJBQW1CO1FBQ3hCLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLGdCQUFnQixDQUFDLENBQUMsT0FBTyxDQUFDO0lBQy9ELENBQUM7SUFFRDs7O09BR0c7SUFDSSxnQkFBZ0IsQ0FBQyxFQUFxQixFQUFFLGVBQXdCLEVBQUUsSUFBWTtRQUNuRixJQUFJLElBQUksQ0FBQyxxQkFBcUIsRUFBRSxDQUFDO1lBQy9CLEVBQUUsQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLHFCQUFxQixFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLDBFQUEwRSxDQUFDLENBQUM7WUFDNUksSUFBSSxDQUFDLHFCQUFxQixDQUFDLGNBQWMsQ0FBQyxFQUFFLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsd0JBQXdCLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbkcsQ0FBQzthQUFNLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDeEIsbURBQW1EO1lBQ25ELEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSx1Q0FBdUMsQ0FBQyxDQUFDO1FBQ3JILENBQUM7UUFDRCxJQUFJLElBQUksQ0FBQyxjQUFjO1lBQUUsRUFBRSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsY0FBYyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsMENBQTBDLENBQUMsQ0FBQztRQUNuSixJQUFJLENBQUMsZUFBZTtZQUFFLE9BQU87UUFDN0IsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sS0FBSyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQztZQUN0RCxFQUFFLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsa0ZBQWtGLENBQUMsQ0FBQztZQUM1SSxFQUFFLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEVBQUUsaUZBQWlGLENBQUMsQ0FBQztRQUM1SSxDQUFDO2FBQU0sSUFBSSxJQUFJLENBQUMsa0JBQWtCLEVBQUUsQ0FBQztZQUNuQyxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxrQkFBa0IsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxrQkFBVSxDQUFDLEVBQUUsbUJBQW1CLENBQUMsQ0FBQztZQUN6RixJQUFJLENBQUMsa0JBQWtCLENBQUMsY0FBYyxDQUFDLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxrQkFBVSxDQUFDLEVBQUUsa0JBQWtCLElBQUksRUFBRSxDQUFDLENBQUM7UUFDakcsQ0FBQztJQUNILENBQUM7SUFFRCxrREFBa0Q7SUFDMUMsR0FBRztRQUNULElBQUksQ0FBQyxJQUFJLENBQUMsZUFBZSxFQUFFLENBQUM7WUFDMUIsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsa0JBQWtCLENBQUMsSUFBSSxFQUFFLGlCQUFpQixDQUFDLENBQUM7WUFDaEUsSUFBSSxDQUFDLGFBQWEsR0FBRyxJQUFJLEdBQUcsQ0FBQyx1QkFBdUIsQ0FBQyxJQUFJLEVBQUUsMkJBQTJCLEVBQUUsRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLEVBQUUsaUJBQWlCLEVBQUUsR0FBRyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUM7WUFDOUksSUFBcUQsQ0FBQyxlQUFlLEdBQUcsR0FBRyxDQUFDO1FBQy9FLENBQUM7UUFDRCxPQUFPLElBQUksQ0FBQyxlQUFnQixDQUFDO0lBQy9CLENBQUM7SUFFTyxXQUFXLENBQUMsSUFBaUIsRUFBRSxFQUFVO1FBQy9DLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzdCLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNQLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLEVBQUUsRUFBRTtnQkFDM0IsS0FBSyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsS0FBSztnQkFDckIsZ0JBQWdCLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUM7Z0JBQy9DLFNBQVMsRUFBRSxJQUFBLGdDQUFlLEVBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDO2dCQUNqRCxtQkFBbUIsRUFBRSxLQUFLO2FBQzNCLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztRQUMxQixDQUFDO1FBQ0QsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRU8sV0FBVyxDQUFDLEdBQVk7UUFDOUIsTUFBTSxLQUFLLEdBQUcsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxVQUFVLEVBQUU7WUFDaEQsYUFBYSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRztZQUM3QixTQUFTLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxZQUFZO1lBQ2xDLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07U0FDcEMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxJQUFJLEdBQUcsSUFBSSx5QkFBaUIsQ0FBQyxJQUFJLEVBQUUsYUFBYSxFQUFFO1lBQ3RELFNBQVMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyw2QkFBNkIsRUFBRTtnQkFDakUsVUFBVSxFQUFFLEVBQUUsWUFBWSxFQUFFLEVBQUUsbUJBQW1CLEVBQUUsaUJBQUcsQ0FBQyxVQUFVLEVBQUUsRUFBRTthQUN0RSxDQUFDO1lBQ0YsV0FBVyxFQUFFLCtCQUErQixLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRTtTQUM5RCxDQUFDLENBQUM7UUFDSCxJQUFJLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLFNBQVMsRUFBRTtZQUMvQixZQUFZLEVBQUUsR0FBRyxDQUFDLG1CQUFtQixDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUM7WUFDbEQsV0FBVyxFQUFFLEdBQUcsQ0FBQyxrQkFBa0IsQ0FBQyxnQkFBZ0IsQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDO1lBQ2pFLFdBQVcsRUFBRSxHQUFHLENBQUMsa0JBQWtCLENBQUMsR0FBRztTQUN4QyxDQUFDLENBQUM7UUFDSCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFFTyxZQUFZO1FBQ2xCLE1BQU0sRUFBRSxHQUFHLElBQUEsK0JBQW1CLEVBQUMsSUFBSSxFQUFFLHVCQUF1QixFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUscUVBQXFFLENBQUMsQ0FBQztRQUM5SSxJQUFzRCxDQUFDLHFCQUFxQixHQUFHLEVBQUUsQ0FBQztRQUNuRixNQUFNLFFBQVEsR0FBd0Q7WUFDcEUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLEdBQUcsQ0FBQztZQUMvQyxDQUFDLGFBQWEsRUFBRSxHQUFHLENBQUMsOEJBQThCLENBQUMsWUFBWSxDQUFDO1lBQ2hFLENBQUMsYUFBYSxFQUFFLEdBQUcsQ0FBQyw4QkFBOEIsQ0FBQyxZQUFZLENBQUM7WUFDaEUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLEdBQUcsQ0FBQztZQUMvQyxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsOEJBQThCLENBQUMsZUFBZSxDQUFDO1lBQzVELENBQUMsZ0JBQWdCLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLGVBQWUsQ0FBQztTQUN2RSxDQUFDO1FBQ0YsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxJQUFJLFFBQVEsRUFBRSxDQUFDO1lBQ3ZDLE1BQU0sRUFBRSxHQUFHLElBQUksR0FBRyxDQUFDLG9CQUFvQixDQUFDLElBQUksRUFBRSxJQUFJLEVBQUU7Z0JBQ2xELEdBQUcsRUFBRSxJQUFJLENBQUMsR0FBRztnQkFDYixPQUFPO2dCQUNQLE9BQU8sRUFBRSxJQUFJLENBQUMsZ0JBQWdCO2dCQUM5QixjQUFjLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ3BCLGlCQUFpQixFQUFFLElBQUk7Z0JBQ3ZCLElBQUksRUFBRSxLQUFLO2FBQ1osQ0FBQyxDQUFDO1lBQ0gseUZBQXlGO1lBQ3pGLHlGQUF5RjtZQUN6RixJQUFBLGtDQUFzQixFQUFDLEVBQUUsRUFBRSxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUM7WUFDM0MsSUFBSSxDQUFDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNuQyxDQUFDO1FBQ0QsSUFBSSxDQUFDLGFBQWEsRUFBRSxDQUFDO0lBQ3ZCLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksUUFBUTtRQUNiLElBQUksSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVO1lBQUUsSUFBSSxDQUFDLGFBQWEsRUFBRSxDQUFDO1FBQzFELElBQUksQ0FBQyxJQUFJLENBQUMsY0FBYztZQUFHLElBQW9DLENBQUMsY0FBYyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsY0FBYyxJQUFJLElBQUksQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1FBQ3hJLE9BQU8sSUFBSSxDQUFDLGNBQWUsQ0FBQztJQUM5QixDQUFDO0lBRU8sYUFBYTtRQUNuQixNQUFNLE9BQU8sR0FBMEIsQ0FBQyxJQUFJLENBQUMsZ0JBQWdCLENBQUMsQ0FBQztRQUMvRCxJQUFJLElBQUksQ0FBQyxZQUFZLElBQUksSUFBSSxDQUFDLE1BQU07WUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUN0RSxNQUFNLEVBQUUsR0FBRyxJQUFJLEdBQUcsQ0FBQyxrQkFBa0IsQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLEVBQUUsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQyw0QkFBNEIsQ0FBQyxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQztRQUM1SCxFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztZQUNyQyxHQUFHLEVBQUUsbUJBQW1CO1lBQ3hCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3BDLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQztZQUNqQixTQUFTLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFHLEdBQUcsSUFBSSxDQUFDLENBQUM7WUFDcEUsVUFBVSxFQUFFLElBQUEsK0JBQW1CLEdBQUU7U0FDbEMsQ0FBQyxDQUFDLENBQUM7UUFDSixFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztZQUNyQyxHQUFHLEVBQUUsK0JBQStCO1lBQ3BDLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3BDLE9BQU8sRUFBRSxDQUFDLGNBQWMsQ0FBQztZQUN6QixTQUFTLEVBQUUsSUFBQSw4QkFBa0IsR0FBRTtTQUNoQyxDQUFDLENBQUMsQ0FBQztRQUNILElBQWdELENBQUMsVUFBVSxHQUFHLEVBQUUsQ0FBQztRQUNqRSxJQUFvQyxDQUFDLGNBQWMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLGNBQWMsSUFBSSxJQUFJLENBQUMsa0JBQWtCLEVBQUUsQ0FBQztJQUNoSCxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ssa0JBQWtCO1FBQ3hCLE1BQU0sS0FBSyxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzdCLE1BQU0sSUFBSSxHQUFrQjtZQUMxQixPQUFPLEVBQUUsS0FBSztZQUNkLE1BQU0sRUFBRSw0QkFBNEI7WUFDcEMsVUFBVSxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsTUFBTSxFQUFFLENBQUMsaUJBQWlCLGlCQUFHLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDLEVBQUU7WUFDbkcsa0JBQWtCLEVBQUUsRUFBRSxDQUFDLGtCQUFrQixDQUFDLEVBQUUsQ0FBQyxrQkFBa0IsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQzlFLFdBQVcsRUFBRSxDQUFDLDRCQUE0QixDQUFDO1NBQzVDLENBQUM7UUFDRiwyRkFBMkY7UUFDM0Ysd0JBQXdCO1FBQ3hCLE1BQU0sUUFBUSxHQUFHLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsa0JBQWtCLEVBQUU7WUFDM0QsYUFBYSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRztZQUM3QixTQUFTLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxZQUFZO1lBQ2xDLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07U0FDcEMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxJQUFJLEdBQUcsSUFBSSx5QkFBaUIsQ0FBQyxJQUFJLEVBQUUsa0JBQWtCLEVBQUU7WUFDM0QsU0FBUyxFQUFFLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLHNCQUFzQixDQUFDO1lBQzNELFdBQVcsRUFBRSwrRkFBK0Y7U0FDN0csQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLG9CQUFvQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxxQkFBcUIsRUFBRSxPQUFPLEVBQUUsQ0FBQyxnQ0FBZ0MsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2xKLElBQUksQ0FBQyxvQkFBb0IsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDaEQsR0FBRyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxzQkFBc0IsRUFBRSxtQkFBbUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxXQUFXLEVBQUUsR0FBRyxRQUFRLENBQUMsV0FBVyxJQUFJLENBQUM7U0FDdkksQ0FBQyxDQUFDLENBQUM7UUFDSixJQUFBLGtDQUFvQixFQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLFFBQVEsQ0FBc0IsRUFBRSxDQUFDLE9BQU8sRUFBRSxFQUFFO1lBQ3RGLElBQUksT0FBTyxLQUFLLGFBQWE7Z0JBQUUsT0FBTyx1SUFBdUksQ0FBQztZQUM5SyxJQUFJLE9BQU8sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDO2dCQUFFLE9BQU8sdUhBQXVILENBQUM7WUFDM0osT0FBTyxTQUFTLENBQUM7UUFDbkIsQ0FBQyxDQUFDLENBQUM7UUFDSCxNQUFNLE1BQU0sR0FBRyxJQUFJLEVBQUUsQ0FBQyxpQkFBaUIsQ0FBQyxJQUFJLEVBQUUsY0FBYyxFQUFFO1lBQzVELFFBQVEsRUFBRSxJQUFJO1lBQ2QsUUFBUSxFQUFFLElBQUk7WUFDZCxJQUFJO1lBQ0osUUFBUTtZQUNSLG1CQUFtQixFQUFFLEtBQUs7U0FDM0IsQ0FBQyxDQUFDO1FBQ0gsT0FBTyxNQUFNLENBQUMsZ0JBQWdCLENBQUMsNEJBQTRCLENBQUMsQ0FBQztJQUMvRCxDQUFDO0lBRU8sY0FBYztRQUNwQixNQUFNLElBQUksR0FBRyxDQUFDLE1BQWMsRUFBRSxFQUFFLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxRQUFRLElBQUksTUFBTSxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUN0RixNQUFNLE9BQU8sR0FBRyxJQUFJLGVBQWUsQ0FBQyxxQkFBcUIsQ0FBQyxJQUFJLEVBQUUsbUJBQW1CLEVBQUU7WUFDbkYsSUFBSSxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUM7WUFDckIsT0FBTyxFQUFFLElBQUksQ0FBQyxpQkFBaUI7U0FDaEMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxVQUFVLEdBQUcsSUFBSSxlQUFlLENBQUMscUJBQXFCLENBQUMsSUFBSSxFQUFFLGVBQWUsRUFBRSxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQzNILE1BQU0sS0FBSyxHQUFHLElBQUksZUFBZSxDQUFDLG9CQUFvQixDQUFDLElBQUksRUFBRSxhQUFhLEVBQUU7WUFDMUUsSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUM7WUFDakIsYUFBYSxFQUFFO2dCQUNiLEVBQUUsb0JBQW9CLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxHQUFHLEVBQUUsK0JBQStCLEVBQUUsMEJBQTBCLEVBQUU7Z0JBQ3JJLEVBQUUsb0JBQW9CLEVBQUUsVUFBVSxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLGFBQWEsRUFBRSxVQUFVLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRTthQUN2RztTQUNGLENBQUMsQ0FBQztRQUNILElBQUksZUFBZSxDQUFDLCtCQUErQixDQUFDLElBQUksRUFBRSx3QkFBd0IsRUFBRTtZQUNsRixtQkFBbUIsRUFBRSxLQUFLLENBQUMsTUFBTTtZQUNqQyxLQUFLLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLO1lBQ3JCLFFBQVEsRUFBRSxJQUFJO1lBQ2QsSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUM7WUFDakIsa0JBQWtCLEVBQUUsVUFBVTtTQUMvQixDQUFDLENBQUM7SUFDTCxDQUFDO0lBRUQsd0VBQXdFO0lBQ2hFLFVBQVU7UUFDaEIsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyw0QkFBVyxDQUFDLEdBQUcsRUFBRSxXQUFXLENBQUMsQ0FBQztRQUMzRCxHQUFHLENBQUMsdUJBQXVCLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsYUFBYyxDQUFDLENBQUM7UUFDakUsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUksRUFBRSxZQUFZLEVBQUUsRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztRQUNsRSxNQUFNLEVBQUUsR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLFlBQVksRUFBRSxFQUFFLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUSxFQUFFLFlBQVksRUFBRSxHQUFHLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxDQUFDO1FBQ3JILEVBQUUsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxhQUFjLENBQUMsQ0FBQztRQUMzQyxJQUFBLGlCQUFHLEVBQUMsR0FBRyxFQUFFLElBQUEsc0JBQVEsRUFBQyxFQUFFLEtBQUssRUFBRSw2QkFBNkIsRUFBRSxJQUFJLEVBQUUsNkJBQTZCLEVBQUUsQ0FBQyxFQUM5Riw4VkFBOFYsQ0FBQyxDQUFDO1FBQ2xXLE9BQU8sRUFBRSxDQUFDO0lBQ1osQ0FBQztJQUVPLGtCQUFrQjtRQUN4QixNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQztRQUM3QixNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsV0FBVyxDQUFDLDRCQUFXLENBQUMsUUFBUSxFQUFFLGdCQUFnQixDQUFDLENBQUM7UUFDMUUsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsNEJBQVcsQ0FBQyxLQUFLLENBQUUsQ0FBQztRQUNqRCxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsVUFBVSxFQUFFLENBQUM7UUFDN0IsTUFBTSxPQUFPLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxvQkFBb0IsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDL0gsTUFBTSxLQUFLLEdBQUcsSUFBSSxlQUFlLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxvQkFBb0IsRUFBRTtZQUN6RSxhQUFhLEVBQUUsR0FBRyxJQUFJLENBQUMsUUFBUSxvQkFBb0IsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztZQUNqRSxJQUFJLEVBQUUsVUFBVTtZQUNoQixRQUFRLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUM7WUFDM0MsV0FBVyxFQUFFLHNEQUFzRCxJQUFJLENBQUMsUUFBUSxrQ0FBa0M7WUFDbEgsU0FBUyxFQUFFO2dCQUNULFdBQVcsRUFBRSxFQUFFLGVBQWUsRUFBRSxFQUFFLE9BQU8sRUFBRSxXQUFXLEVBQUUsQ0FBQyxTQUFTLEVBQUUsV0FBVyxDQUFDLEVBQUUsa0JBQWtCLEVBQUUsV0FBVyxFQUFFLEVBQUU7Z0JBQ3JILG1CQUFtQixFQUFFLEVBQUUsU0FBUyxFQUFFLGNBQWMsRUFBRTthQUNuRDtTQUNGLENBQUMsQ0FBQztRQUNILE1BQU0sTUFBTSxHQUFHLG1CQUFtQixDQUFDLElBQUksRUFBRSxxQkFBcUIsRUFBRSxHQUFHLElBQUksQ0FBQyxRQUFRLGVBQWUsQ0FBQyxDQUFDO1FBQ2pHLE1BQU0sTUFBTSxHQUFHLElBQUksZUFBZSxDQUFDLGlCQUFpQixDQUFDLElBQUksRUFBRSxnQkFBZ0IsRUFBRTtZQUMzRSxrQkFBa0IsRUFBRSxHQUFHLElBQUksQ0FBQyxRQUFRLGVBQWUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztZQUNqRSxXQUFXLEVBQUUsMEJBQTBCLElBQUksQ0FBQyxRQUFRLGtEQUFrRDtZQUN0RyxjQUFjLEVBQUU7Z0JBQ2QsdUJBQXVCLEVBQUUsQ0FBQyxvQkFBb0IsQ0FBQztnQkFDL0MsK0JBQStCLEVBQUUsQ0FBQyxvQkFBb0IsQ0FBQztnQkFDdkQscUJBQXFCLEVBQUUsRUFBRSxTQUFTLEVBQUUsY0FBYyxFQUFFO2dCQUNwRCwyQkFBMkIsRUFBRSxDQUFDLEVBQUUsV0FBVyxFQUFFLE1BQU0sQ0FBQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxXQUFXLEVBQUUsS0FBSyxDQUFDLGdCQUFnQixFQUFFLFFBQVEsRUFBRSxDQUFDLEVBQUUsQ0FBQztnQkFDMUksc0JBQXNCLEVBQUUsQ0FBQyxzQkFBc0IsRUFBRSx1QkFBdUIsQ0FBQzthQUMxRTtTQUNGLENBQUMsQ0FBQztRQUNILE1BQU0sUUFBUSxHQUFHLElBQUksZUFBZSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEVBQUUsVUFBVSxFQUFFO1lBQ2pFLFlBQVksRUFBRSxHQUFHLElBQUksQ0FBQyxRQUFRLGVBQWUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztZQUMzRCxXQUFXLEVBQUUsMEJBQTBCLElBQUksQ0FBQyxRQUFRLG9CQUFvQjtZQUN4RSxLQUFLLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLO1lBQ3JCLGlCQUFpQixFQUFFLE1BQU0sQ0FBQyxxQkFBcUI7WUFDL0MsY0FBYyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLFFBQVEsRUFBRSxDQUFDO1lBQ2pELGdCQUFnQixFQUFFLEtBQUs7U0FDeEIsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxLQUFLLEdBQUcsSUFBSSxJQUFJLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxjQUFjLEVBQUU7WUFDcEQsYUFBYSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRztZQUM3QixTQUFTLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxZQUFZO1lBQ2xDLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07U0FDcEMsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxlQUFlLENBQUMsdUJBQXVCLENBQUMsSUFBSSxFQUFFLGlCQUFpQixFQUFFO1lBQ25FLFdBQVcsRUFBRSxRQUFRLENBQUMsZUFBZTtZQUNyQyxvQkFBb0IsRUFBRTtnQkFDcEIscUJBQXFCLEVBQUUsQ0FBQyxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDO29CQUN6RCxPQUFPLEVBQUUsa0JBQWtCLEVBQUUsZ0JBQWdCLEVBQUUsY0FBYyxFQUFFLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxZQUFZLEVBQUU7aUJBQ2hHLENBQUMsQ0FBQzthQUNKO1NBQ0YsQ0FBQyxDQUFDO1FBQ0gsd0VBQXdFO1FBQ3hFLE1BQU0sVUFBVSxHQUFHLGdCQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsRUFBRSxnQkFBRSxDQUFDLEtBQUssQ0FBQyxHQUFHLEVBQUUsZ0JBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxFQUFFLFFBQVEsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDdkYsS0FBSyxDQUFDLFFBQVEsQ0FBQyx3QkFBd0IsRUFBRSxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLFlBQVksRUFBRSxRQUFRLEVBQUUsVUFBVSxFQUFFLDJCQUEyQixFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDL0ksUUFBUSxDQUFDLFFBQVEsQ0FBQyxjQUFjLEVBQUUsRUFBRSxVQUFVLEVBQUUsR0FBRyxDQUFDLFVBQVUsQ0FBQyxXQUFXLEVBQUUsUUFBUSxFQUFFLEVBQUUsQ0FBQyxHQUFHLEVBQUUsMkJBQTJCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUNuSSw0RkFBNEY7UUFDNUYsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsNEJBQVcsQ0FBQyxHQUFHLENBQUUsQ0FBQyxRQUFRLENBQUMsc0JBQXNCLEVBQUU7WUFDaEUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLENBQUMsWUFBWSxFQUFFLFFBQVEsRUFBRSxVQUFVLEVBQUUsb0JBQW9CLEVBQUUsSUFBQSxnQ0FBZSxFQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLDRCQUFXLENBQUMsS0FBSyxDQUFDO1NBQ3pJLENBQUMsQ0FBQztRQUNILE9BQU8sUUFBUSxDQUFDO0lBQ2xCLENBQUM7SUFFTyxRQUFRO1FBQ2QsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUM7UUFDN0IsSUFBSSxPQUE0QixDQUFDO1FBQ2pDLElBQUksSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2hCLE1BQU0sV0FBVyxHQUFHLElBQUksQ0FBQyxXQUFXLENBQUMsNEJBQVcsQ0FBQyxLQUFLLEVBQUUsYUFBYSxDQUFDLENBQUM7WUFDdkUsV0FBVyxDQUFDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUN0RCxPQUFPLEdBQUcsRUFBRSxPQUFPLEVBQUUsQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDO1FBQ3ZDLENBQUM7YUFBTSxDQUFDO1lBQ04sT0FBTyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsWUFBYSxDQUFDO1FBQ3JDLENBQUM7UUFDRCxNQUFNLEVBQUUsR0FBRyxJQUFBLCtCQUFtQixFQUFDLElBQUksRUFBRSxvQkFBb0IsRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFLDJCQUEyQixJQUFJLENBQUMsUUFBUSxnRUFBZ0UsQ0FBQyxDQUFDO1FBQy9LLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSx1REFBdUQsQ0FBQyxDQUFDO1FBQ2pILEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsRUFBRSxzREFBc0QsQ0FBQyxDQUFDO1FBQy9HLE1BQU0sSUFBSSxHQUFHLElBQUkseUJBQWlCLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRTtZQUNwRCxTQUFTLEVBQUUsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsbUJBQW1CLENBQUM7WUFDeEQsV0FBVyxFQUFFLDJCQUEyQixJQUFJLENBQUMsUUFBUSx5QkFBeUI7U0FDL0UsQ0FBQyxDQUFDO1FBQ0gsSUFBQSxnQ0FBb0IsRUFBQyxJQUFJLEVBQUUscUJBQXFCLEVBQUUsSUFBSSxFQUFFLCtCQUErQixJQUFJLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQztRQUN4RyxNQUFNLFFBQVEsR0FBRyxHQUFHLENBQUMsUUFBUSxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQ3pDLFFBQVEsQ0FBQyxXQUFXLENBQUMsR0FBRyxhQUFhLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxJQUFJLENBQUMsb0JBQW9CLENBQUMsQ0FBQyxDQUFDO1FBQ2pGLE1BQU0sUUFBUSxHQUFHLElBQUksR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFO1lBQy9DLEdBQUcsRUFBRSxJQUFJLENBQUMsR0FBRztZQUNiLFVBQVUsRUFBRSxPQUFPO1lBQ25CLFlBQVksRUFBRSxJQUFJLEdBQUcsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxpQkFBaUIsQ0FBQztZQUNoRSxZQUFZLEVBQUUsR0FBRyxDQUFDLFlBQVksQ0FBQyxxQkFBcUIsRUFBRTtZQUN0RCxhQUFhLEVBQUUsRUFBRTtZQUNqQixJQUFJO1lBQ0osUUFBUTtZQUNSLGFBQWEsRUFBRSxJQUFJO1lBQ25CLGtCQUFrQixFQUFFLElBQUk7WUFDeEIsWUFBWSxFQUFFLENBQUMsRUFBRSxVQUFVLEVBQUUsV0FBVyxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsaUJBQWlCLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxtQkFBbUIsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDL0kseUJBQXlCLEVBQUUsSUFBSTtTQUNoQyxDQUFDLENBQUM7UUFDSCwwRkFBMEY7UUFDekYsUUFBUSxDQUFDLElBQUksQ0FBQyxZQUFnQyxDQUFDLDJCQUEyQixDQUFDLGtCQUFrQixDQUFDLENBQUM7UUFDaEcsSUFBQSxpQkFBRyxFQUFDLFFBQVEsRUFBRSxDQUFDLG1CQUFtQixDQUFDLEVBQ2pDLGtMQUFrTCxDQUFDLENBQUM7UUFDdEwsT0FBTyxDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN4QixDQUFDO0NBQ0Y7QUFuWkQsd0NBbVpDO0FBRUQsNEZBQTRGO0FBQzVGLFNBQWdCLGFBQWEsQ0FBQyxRQUFnQixFQUFFLE9BQWlCO0lBQy9ELE9BQU8sSUFBQSx5QkFBYSxFQUFDLFVBQVUsUUFBUSxFQUFFLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDdEQsQ0FBQztBQUVELHlDQUE4RDtBQUFyRCxnSEFBQSxtQkFBbUIsT0FBQTtBQUFFLHVHQUFBLFVBQVUsT0FBQTtBQUV4Qzs7Ozs7OztHQU9HO0FBQ0gsU0FBZ0IsbUJBQW1CLENBQUMsS0FBZ0IsRUFBRSxFQUFVLEVBQUUsSUFBWTtJQUM1RSxNQUFNLEtBQUssR0FBRztRQUNaLHVGQUF1RjtRQUN2Rix5RkFBeUY7UUFDekYseUhBQXlIO1FBQ3pILDZHQUE2RztRQUM3Ryx1SEFBdUg7S0FDeEgsQ0FBQztJQUNGLE9BQU8sSUFBSSxlQUFlLENBQUMsWUFBWSxDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUU7UUFDakQsYUFBYSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQztRQUNqQyxJQUFJLEVBQUUsVUFBVTtRQUNoQixRQUFRLEVBQUUsRUFBRTtRQUNaLFdBQVcsRUFBRSxtSEFBbUg7UUFDaEksU0FBUyxFQUFFO1lBQ1QsV0FBVyxFQUFFLEVBQUUsV0FBVyxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUU7WUFDOUMsbUJBQW1CLEVBQUUsRUFBRSxTQUFTLEVBQUUsY0FBYyxFQUFFO1NBQ25EO0tBQ0YsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELGtEQUFrRDtBQUNsRCxTQUFnQixPQUFPLENBQUMsQ0FBcUI7SUFDM0MsT0FBTyxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsbUJBQUssQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDbkQsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIG5ldHdvcmsgb2YgYSBwZXJtaXQncyBBV1MgZW52aXJvbm1lbnQsIGJ1aWx0IGZvciBvbmUgcGhhc2U6XG4gKlxuICogLSBhIFZQQyB3aG9zZSB3b3Jrc3BhY2Ugc3VibmV0cyBhcmUgaXNvbGF0ZWQgKG5vIGludGVybmV0IGdhdGV3YXksIG5vIE5BVCwgbm8gZGVmYXVsdCByb3V0ZSlcbiAqICAgaW4gZXZlcnkgcGhhc2U7IGZsb3cgbG9ncyBvZiBhbGwgdHJhZmZpYztcbiAqIC0gd2hpbGUgZGVza3RvcHMgZXhpc3Q6IGludGVyZmFjZSBlbmRwb2ludHMgZm9yIFNlc3Npb24gTWFuYWdlciAoc3NtLCBzc21tZXNzYWdlcyxcbiAqICAgZWMybWVzc2FnZXMpLCBLTVMsIENsb3VkV2F0Y2ggTG9ncyBhbmQgU2VjcmV0cyBNYW5hZ2VyICh0aGUgd29ya3NwYWNlJ3Mgc2VydmljZSB0b2tlbiksIGFuIFMzXG4gKiAgIGdhdGV3YXkgZW5kcG9pbnQgd2hvc2UgcG9saWN5IG5hbWVzIG9ubHkgdGhlIHBlcm1pdCdzIGJ1Y2tldHMgYW5kIHRoZSBTeXN0ZW1zIE1hbmFnZXJcbiAqICAgYnVja2V0cywgZXZlcnkgZW5kcG9pbnQgbGltaXRlZCB0byBwcmluY2lwYWxzIG9mIHRoaXMgYWNjb3VudCwgYW5kIGEgUm91dGUgNTMgUmVzb2x2ZXIgRE5TXG4gKiAgIEZpcmV3YWxsIHRoYXQgYW5zd2VycyBvbmx5IGZvciBBV1MgbmFtZXMgKGFuZCwgd2hpbGUgdGhlIHNldHVwIHdvcmtzcGFjZSBydW5zLCB0aGUgcGFja2FnZVxuICogICBhbGxvd2xpc3QpOiBubyBETlMgdHVubmVsIG91dCBvZiB0aGUgYW5hbHlzaXM7XG4gKiAtIHdoaWxlIHRoZSBpbmdyZXNzIGFpcmxvY2sgcnVucyBhbmQgZmFjZXMgdGhlIGludGVybmV0OiBvbmUgcHVibGljIHN1Ym5ldCBmb3IgdGhlIFRyYW5zZmVyXG4gKiAgIEZhbWlseSBlbmRwb2ludCwgd2l0aCBhbiBpbnRlcm5ldCBnYXRld2F5O1xuICogLSB3aGlsZSB0aGUgc2V0dXAgd29ya3NwYWNlIHJ1bnM6IGl0cyBlZ3Jlc3MgcGF0aCwgZWl0aGVyIGFuIEFXUyBOZXR3b3JrIEZpcmV3YWxsIHdpdGggYVxuICogICBzdGF0ZWZ1bCBkb21haW4gYWxsb3dsaXN0IChzZXR1cCBzdWJuZXQgLT4gZmlyZXdhbGwgLT4gTkFUIGdhdGV3YXkgLT4gaW50ZXJuZXQgZ2F0ZXdheSkgb3IgYVxuICogICBzcXVpZCBwcm94eSBpbnN0YW5jZSBiZWhpbmQgYSBOQVQgZ2F0ZXdheS5cbiAqXG4gKiBFdmVyeXRoaW5nIHBoYXNlLWRlcGVuZGVudCBsaXZlcyBpbiBzdWJuZXRzIG9mIGl0cyBvd24gKHRoZSBsYXN0IHF1YXJ0ZXIgb2YgdGhlIHJhbmdlKSwgc29cbiAqIHRoZSB3b3Jrc3BhY2Ugc3VibmV0cyBhbmQgdGhlaXIgcm91dGVzIG5ldmVyIGNoYW5nZS5cbiAqL1xuaW1wb3J0IHsgQXdzLCBGbiwgUmVtb3ZhbFBvbGljeSwgU3RhY2ssIFRva2VuIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0ICogYXMgZWMyIGZyb20gJ2F3cy1jZGstbGliL2F3cy1lYzInO1xuaW1wb3J0ICogYXMgaWFtIGZyb20gJ2F3cy1jZGstbGliL2F3cy1pYW0nO1xuaW1wb3J0ICogYXMga21zIGZyb20gJ2F3cy1jZGstbGliL2F3cy1rbXMnO1xuaW1wb3J0ICogYXMgbG9ncyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtbG9ncyc7XG5pbXBvcnQgKiBhcyBuZXR3b3JrZmlyZXdhbGwgZnJvbSAnYXdzLWNkay1saWIvYXdzLW5ldHdvcmtmaXJld2FsbCc7XG5pbXBvcnQgKiBhcyByb3V0ZTUzcmVzb2x2ZXIgZnJvbSAnYXdzLWNkay1saWIvYXdzLXJvdXRlNTNyZXNvbHZlcic7XG5pbXBvcnQgKiBhcyBjciBmcm9tICdhd3MtY2RrLWxpYi9jdXN0b20tcmVzb3VyY2VzJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgYWlybG9ja09mLCBkZXNrdG9wc09mLCBFeHRyYVN1Ym5ldCwgZXh0cmFTdWJuZXRDaWRyLCBydW5uaW5nRWdyZXNzV29ya3NwYWNlcyB9IGZyb20gJy4vYWlybG9jay1hY2Nlc3MnO1xuaW1wb3J0IHsgYWNrLCBhY2tub3dsZWRnZVdpbGRjYXJkcywgYWxsUGFja3MgfSBmcm9tICcuL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IHVuaXF1ZUltZHN2MkxhdW5jaFRlbXBsYXRlTmFtZXMgfSBmcm9tICcuL2ltZHN2Mi1uYW1lcyc7XG5pbXBvcnQgeyBhd3NPd25lZE9iamVjdEFybnMsIGxpbWl0SW50ZXJmYWNlRW5kcG9pbnQsIGxvY2tlZFNlY3VyaXR5R3JvdXAsIG93bkFjY291bnRDb25kaXRpb24sIHNlc3Npb25NYW5hZ2VyUG9saWN5LCBzcXVpZFVzZXJEYXRhIH0gZnJvbSAnLi9wZXJpbWV0ZXInO1xuaW1wb3J0IHsgTmV0d29ya01vZGUsIFBlcm1pdFBsYW4gfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5pbXBvcnQgeyBNYW5hZ2VkUG9saWN5Um9sZSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvcHJvcHMnO1xuXG4vKiogSG93IHRoZSBzZXR1cCBwaGFzZSByZWFjaGVzIHRoZSBwYWNrYWdlIHJlcG9zaXRvcmllcyAobWlycm9ycyB0aGUgcHVibGljIGVudW0pLiAqL1xuZXhwb3J0IGVudW0gRWdyZXNzS2luZCB7XG4gIE5FVFdPUktfRklSRVdBTEwgPSAnbmV0d29yay1maXJld2FsbCcsXG4gIFBST1hZX0lOU1RBTkNFID0gJ3Byb3h5LWluc3RhbmNlJyxcbn1cblxuLyoqIEhvdyBkYXRhIGhvbGRlcnMgcmVhY2ggdGhlIFNGVFAgZW5kcG9pbnQgKG1pcnJvcnMgdGhlIHB1YmxpYyBlbnVtKS4gKi9cbmV4cG9ydCBlbnVtIEV4cG9zdXJlS2luZCB7XG4gIElOVEVSTkVUX0ZBQ0lORyA9ICdpbnRlcm5ldC1mYWNpbmcnLFxuICBJTlRFUk5BTCA9ICdpbnRlcm5hbCcsXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQWlybG9ja05ldHdvcmtQcm9wcyB7XG4gIHJlYWRvbmx5IHBsYW46IFBlcm1pdFBsYW47XG4gIC8qKiBLZXkgb2YgdGhlIGxvZyBncm91cHMuICovXG4gIHJlYWRvbmx5IGtleToga21zLklLZXk7XG4gIHJlYWRvbmx5IHZwYz86IGVjMi5JVnBjO1xuICByZWFkb25seSB3b3Jrc3BhY2VTdWJuZXRzPzogZWMyLlN1Ym5ldFNlbGVjdGlvbjtcbiAgcmVhZG9ubHkgYWlybG9ja1N1Ym5ldHM/OiBlYzIuU3VibmV0U2VsZWN0aW9uO1xuICByZWFkb25seSBwcm94eVN1Ym5ldHM/OiBlYzIuU3VibmV0U2VsZWN0aW9uO1xuICByZWFkb25seSBjaWRyOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1heEF6czogbnVtYmVyO1xuICByZWFkb25seSBhdmFpbGFiaWxpdHlab25lcz86IHN0cmluZ1tdO1xuICByZWFkb25seSBlbmRwb2ludHM6IGJvb2xlYW47XG4gIHJlYWRvbmx5IGRuc0ZpcmV3YWxsOiBib29sZWFuO1xuICByZWFkb25seSBlZ3Jlc3M6IEVncmVzc0tpbmQ7XG4gIHJlYWRvbmx5IGV4cG9zdXJlOiBFeHBvc3VyZUtpbmQ7XG4gIHJlYWRvbmx5IGxvZ1JldGVudGlvbjogbG9ncy5SZXRlbnRpb25EYXlzO1xuICByZWFkb25seSBzM1ByZWZpeExpc3RJZD86IHN0cmluZztcbiAgcmVhZG9ubHkgcHJveHlJbnN0YW5jZVR5cGU6IHN0cmluZztcbiAgLyoqIEFSTnMgb2YgdGhlIHBlcm1pdCdzIGJ1Y2tldHMgKHRoZSBTMyBnYXRld2F5IGVuZHBvaW50J3MgcG9saWN5IG5hbWVzIHRoZW0pLiAqL1xuICByZWFkb25seSBidWNrZXRBcm5zOiBzdHJpbmdbXTtcbiAgLyoqIEZ1cnRoZXIgZG9tYWlucyB0aGUgRE5TIGZpcmV3YWxsIGxldHMgdGhlIFZQQyByZXNvbHZlICh0aGUgQ2xhbUFWIHNjYW5uZXIncyBzaWduYXR1cmUgbWlycm9yKS4gKi9cbiAgcmVhZG9ubHkgZXh0cmFEb21haW5zPzogc3RyaW5nW107XG59XG5cbi8qKiBEb21haW5zIGV2ZXJ5IHBoYXNlIHdpdGggZGVza3RvcHMgbWF5IHJlc29sdmU6IEFXUyBzZXJ2aWNlIGVuZHBvaW50cy4gKi9cbmV4cG9ydCBjb25zdCBBV1NfRE9NQUlOUyA9IFsnYW1hem9uYXdzLmNvbScsICcqLmFtYXpvbmF3cy5jb20nXTtcblxuLyoqIFRoZSBzcXVpZCBwb3J0IG9mIHRoZSBwcm94eSBpbnN0YW5jZS4gKi9cbmV4cG9ydCBjb25zdCBQUk9YWV9QT1JUID0gMzEyODtcblxuZXhwb3J0IGNsYXNzIEFpcmxvY2tOZXR3b3JrIGV4dGVuZHMgQ29uc3RydWN0IHtcbiAgcHVibGljIHJlYWRvbmx5IHZwYzogZWMyLklWcGM7XG4gIHB1YmxpYyByZWFkb25seSBuZXdWcGM6IGJvb2xlYW47XG4gIHB1YmxpYyByZWFkb25seSB3b3Jrc3BhY2VTdWJuZXRzOiBlYzIuU3VibmV0U2VsZWN0aW9uO1xuICAvKiogV2hlcmUgdGhlIHNldHVwIHdvcmtzcGFjZSBnb2VzLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgc2V0dXBTdWJuZXRzPzogZWMyLlN1Ym5ldFNlbGVjdGlvbjtcbiAgLyoqIFdoZXJlIHRoZSBUcmFuc2ZlciBGYW1pbHkgZW5kcG9pbnQgZ29lcy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGFpcmxvY2tTdWJuZXRzPzogZWMyLklTdWJuZXRbXTtcbiAgcHVibGljIHJlYWRvbmx5IGVuZHBvaW50U2VjdXJpdHlHcm91cD86IGVjMi5TZWN1cml0eUdyb3VwO1xuICBwdWJsaWMgcmVhZG9ubHkgczNQcmVmaXhMaXN0SWQ/OiBzdHJpbmc7XG4gIHB1YmxpYyByZWFkb25seSBpbnRlcm5ldEdhdGV3YXk/OiBlYzIuQ2ZuSW50ZXJuZXRHYXRld2F5O1xuICBwdWJsaWMgcmVhZG9ubHkgZmlyZXdhbGw/OiBuZXR3b3JrZmlyZXdhbGwuQ2ZuRmlyZXdhbGw7XG4gIHB1YmxpYyByZWFkb25seSBwcm94eUluc3RhbmNlPzogZWMyLkluc3RhbmNlO1xuICBwdWJsaWMgcmVhZG9ubHkgcHJveHlTZWN1cml0eUdyb3VwPzogZWMyLlNlY3VyaXR5R3JvdXA7XG4gIHB1YmxpYyByZWFkb25seSBmbG93TG9nR3JvdXA/OiBsb2dzLkxvZ0dyb3VwO1xuICBwdWJsaWMgcmVhZG9ubHkgZG5zQWxsb3dlZERvbWFpbnM6IHN0cmluZ1tdO1xuICBwdWJsaWMgcmVhZG9ubHkgaW50ZXJmYWNlRW5kcG9pbnRzOiBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRbXSA9IFtdO1xuICBwdWJsaWMgcmVhZG9ubHkgczNFbmRwb2ludD86IGVjMi5HYXRld2F5VnBjRW5kcG9pbnQ7XG5cbiAgcHJpdmF0ZSByZWFkb25seSBwcm9wczogQWlybG9ja05ldHdvcmtQcm9wcztcbiAgcHJpdmF0ZSBpZ3dBdHRhY2htZW50PzogZWMyLkNmblZQQ0dhdGV3YXlBdHRhY2htZW50O1xuICBwcml2YXRlIHJlYWRvbmx5IGV4dHJhID0gbmV3IE1hcDxFeHRyYVN1Ym5ldCwgZWMyLlN1Ym5ldD4oKTtcblxuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogQWlybG9ja05ldHdvcmtQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgdW5pcXVlSW1kc3YyTGF1bmNoVGVtcGxhdGVOYW1lcyh0aGlzKTtcbiAgICB0aGlzLnByb3BzID0gcHJvcHM7XG4gICAgY29uc3QgcGxhbiA9IHByb3BzLnBsYW47XG4gICAgY29uc3QgZGVza3RvcHMgPSBkZXNrdG9wc09mKHBsYW4pO1xuICAgIGNvbnN0IGFpcmxvY2sgPSBhaXJsb2NrT2YocGxhbik7XG4gICAgY29uc3QgZWdyZXNzUnVubmluZyA9IHJ1bm5pbmdFZ3Jlc3NXb3Jrc3BhY2VzKHBsYW4pLmxlbmd0aCA+IDA7XG4gICAgY29uc3Qgc2V0dXBQcmVzZW50ID0gcGxhbi53b3Jrc3BhY2VzLnNvbWUoKHcpID0+IHcubmV0d29yayA9PT0gTmV0d29ya01vZGUuRUdSRVNTX1BST1hZKTtcbiAgICB0aGlzLm5ld1ZwYyA9ICFwcm9wcy52cGM7XG5cbiAgICBpZiAocHJvcHMudnBjKSB7XG4gICAgICB0aGlzLnZwYyA9IHByb3BzLnZwYztcbiAgICAgIHRoaXMud29ya3NwYWNlU3VibmV0cyA9IHByb3BzLndvcmtzcGFjZVN1Ym5ldHMgPz8gKHByb3BzLnZwYy5pc29sYXRlZFN1Ym5ldHMubGVuZ3RoID4gMFxuICAgICAgICA/IHsgc3VibmV0VHlwZTogZWMyLlN1Ym5ldFR5cGUuUFJJVkFURV9JU09MQVRFRCB9IDogeyBzdWJuZXRUeXBlOiBlYzIuU3VibmV0VHlwZS5QUklWQVRFX1dJVEhfRUdSRVNTIH0pO1xuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCBwcmVmaXggPSBOdW1iZXIocHJvcHMuY2lkci5zcGxpdCgnLycpWzFdKTtcbiAgICAgIGNvbnN0IHZwYyA9IG5ldyBlYzIuVnBjKHRoaXMsICdWcGMnLCB7XG4gICAgICAgIGlwQWRkcmVzc2VzOiBlYzIuSXBBZGRyZXNzZXMuY2lkcihwcm9wcy5jaWRyKSxcbiAgICAgICAgbWF4QXpzOiBwcm9wcy5hdmFpbGFiaWxpdHlab25lcyA/IHVuZGVmaW5lZCA6IHByb3BzLm1heEF6cyxcbiAgICAgICAgYXZhaWxhYmlsaXR5Wm9uZXM6IHByb3BzLmF2YWlsYWJpbGl0eVpvbmVzLFxuICAgICAgICBuYXRHYXRld2F5czogMCxcbiAgICAgICAgY3JlYXRlSW50ZXJuZXRHYXRld2F5OiBmYWxzZSxcbiAgICAgICAgc3VibmV0Q29uZmlndXJhdGlvbjogW3sgbmFtZTogJ1dvcmtzcGFjZXMnLCBzdWJuZXRUeXBlOiBlYzIuU3VibmV0VHlwZS5QUklWQVRFX0lTT0xBVEVELCBjaWRyTWFzazogcHJlZml4ICsgNCB9XSxcbiAgICAgICAgcmVzdHJpY3REZWZhdWx0U2VjdXJpdHlHcm91cDogZmFsc2UsXG4gICAgICAgIGVuYWJsZURuc0hvc3RuYW1lczogdHJ1ZSxcbiAgICAgICAgZW5hYmxlRG5zU3VwcG9ydDogdHJ1ZSxcbiAgICAgIH0pO1xuICAgICAgdGhpcy52cGMgPSB2cGM7XG4gICAgICB0aGlzLndvcmtzcGFjZVN1Ym5ldHMgPSB7IHN1Ym5ldEdyb3VwTmFtZTogJ1dvcmtzcGFjZXMnIH07XG4gICAgICBhY2sodnBjLCBhbGxQYWNrcyh7IGhpcGFhOiAnVlBDRGVmYXVsdFNlY3VyaXR5R3JvdXBDbG9zZWQnLCBuaXN0OiAnVlBDRGVmYXVsdFNlY3VyaXR5R3JvdXBDbG9zZWQnIH0pLFxuICAgICAgICAnTm8gcmVzb3VyY2Ugb2YgdGhlIHBlcm1pdCB1c2VzIHRoZSBWUENcXCdzIGRlZmF1bHQgc2VjdXJpdHkgZ3JvdXA6IHdvcmtzcGFjZXMsIGVuZHBvaW50cywgdGhlIFNGVFAgZW5kcG9pbnQgYW5kIHRoZSBwcm94eSBlYWNoIGdldCBhbiBleHBsaWNpdCBncm91cCB3aXRoIG5vIG9wZW4gZWdyZXNzLiBSZW1vdmluZyB0aGUgZGVmYXVsdCBncm91cFxcJ3MgcnVsZXMgbmVlZHMgYSBMYW1iZGEtYmFja2VkIGN1c3RvbSByZXNvdXJjZSBpbiBldmVyeSBwaGFzZSwgd2hpY2ggYWRkcyBhdHRhY2sgc3VyZmFjZSB3aXRob3V0IGNsb3NpbmcgYSBwYXRoOyBjbG9zZSBpdCBhY2NvdW50LXdpZGUgd2l0aCB0aGUgQVdTIENvbmZpZyByZW1lZGlhdGlvbiBmb3IgdnBjLWRlZmF1bHQtc2VjdXJpdHktZ3JvdXAtY2xvc2VkLicpO1xuICAgICAgdGhpcy5mbG93TG9nR3JvdXAgPSB0aGlzLmFkZEZsb3dMb2dzKHZwYyk7XG4gICAgfVxuXG4gICAgLy8gU3VibmV0cyB0aGF0IGV4aXN0IG9ubHkgaW4gc29tZSBwaGFzZXMgKG5ldyBWUEMgb25seTogdGhlaXIgcmFuZ2VzIGFyZSByZXNlcnZlZCkuXG4gICAgaWYgKHRoaXMubmV3VnBjKSB7XG4gICAgICBpZiAoc2V0dXBQcmVzZW50KSB0aGlzLnNldHVwU3VibmV0cyA9IHsgc3VibmV0czogW3RoaXMuZXh0cmFTdWJuZXQoRXh0cmFTdWJuZXQuU0VUVVAsICdTZXR1cFN1Ym5ldCcpXSB9O1xuICAgICAgaWYgKGFpcmxvY2sgJiYgcHJvcHMuZXhwb3N1cmUgPT09IEV4cG9zdXJlS2luZC5JTlRFUk5FVF9GQUNJTkcpIHtcbiAgICAgICAgY29uc3QgcyA9IHRoaXMuZXh0cmFTdWJuZXQoRXh0cmFTdWJuZXQuQUlSTE9DSywgJ0FpcmxvY2tTdWJuZXQnKTtcbiAgICAgICAgcy5hZGREZWZhdWx0SW50ZXJuZXRSb3V0ZSh0aGlzLmlndygpLnJlZiwgdGhpcy5pZ3dBdHRhY2htZW50ISk7XG4gICAgICAgIHRoaXMuYWlybG9ja1N1Ym5ldHMgPSBbc107XG4gICAgICAgIGFjayhzLCBhbGxQYWNrcyh7IGhpcGFhOiAnVlBDTm9VbnJlc3RyaWN0ZWRSb3V0ZVRvSUdXJywgbmlzdDogJ1ZQQ05vVW5yZXN0cmljdGVkUm91dGVUb0lHVycgfSksXG4gICAgICAgICAgJ1RoaXMgc3VibmV0IGV4aXN0cyBvbmx5IHdoaWxlIHRoZSBpbmdyZXNzIGFpcmxvY2sgcnVucyBhbmQgaG9sZHMgb25seSB0aGUgVHJhbnNmZXIgRmFtaWx5IFNGVFAgZW5kcG9pbnQsIHdob3NlIHNlY3VyaXR5IGdyb3VwIGFkbWl0cyBUQ1AgMjIgZnJvbSB0aGUgZGF0YSBob2xkZXJzXFwnIENJRFJzIGFuZCBub3RoaW5nIGVsc2U7IGl0cyByb3V0ZSB0byB0aGUgaW50ZXJuZXQgZ2F0ZXdheSBpcyBob3cgdGhvc2UgZGF0YSBob2xkZXJzIHJlYWNoIGl0LiBObyB3b3Jrc3BhY2UgaXMgZXZlciBwbGFjZWQgaGVyZSwgYW5kIHRoZSBzdWJuZXQsIGl0cyByb3V0ZSBhbmQgdGhlIGludGVybmV0IGdhdGV3YXkgYXJlIHJlbW92ZWQgd2hlbiB0aGUgYWlybG9jayBpcy4nKTtcbiAgICAgIH0gZWxzZSBpZiAoYWlybG9jaykge1xuICAgICAgICB0aGlzLmFpcmxvY2tTdWJuZXRzID0gdGhpcy52cGMuc2VsZWN0U3VibmV0cyh0aGlzLndvcmtzcGFjZVN1Ym5ldHMpLnN1Ym5ldHMuc2xpY2UoMCwgMSk7XG4gICAgICB9XG4gICAgfSBlbHNlIHtcbiAgICAgIGlmIChzZXR1cFByZXNlbnQpIHRoaXMuc2V0dXBTdWJuZXRzID0gdGhpcy53b3Jrc3BhY2VTdWJuZXRzO1xuICAgICAgaWYgKGFpcmxvY2spIHtcbiAgICAgICAgY29uc3Qgc2VsID0gcHJvcHMuYWlybG9ja1N1Ym5ldHNcbiAgICAgICAgICA/PyAocHJvcHMuZXhwb3N1cmUgPT09IEV4cG9zdXJlS2luZC5JTlRFUk5FVF9GQUNJTkcgPyB7IHN1Ym5ldFR5cGU6IGVjMi5TdWJuZXRUeXBlLlBVQkxJQyB9IDogdGhpcy53b3Jrc3BhY2VTdWJuZXRzKTtcbiAgICAgICAgdGhpcy5haXJsb2NrU3VibmV0cyA9IHRoaXMudnBjLnNlbGVjdFN1Ym5ldHMoc2VsKS5zdWJuZXRzLnNsaWNlKDAsIDEpO1xuICAgICAgfVxuICAgIH1cblxuICAgIGNvbnN0IGRvbWFpbnMgPSBbLi4uQVdTX0RPTUFJTlNdO1xuICAgIGlmIChlZ3Jlc3NSdW5uaW5nKSBkb21haW5zLnB1c2goLi4ucGxhbi5lZ3Jlc3NBbGxvd2VkRG9tYWlucyk7XG4gICAgaWYgKHByb3BzLmV4dHJhRG9tYWlucykgZG9tYWlucy5wdXNoKC4uLnByb3BzLmV4dHJhRG9tYWlucyk7XG4gICAgdGhpcy5kbnNBbGxvd2VkRG9tYWlucyA9IFsuLi5uZXcgU2V0KGRvbWFpbnMpXTtcblxuICAgIGlmIChkZXNrdG9wcy5sZW5ndGggPiAwKSB7XG4gICAgICBpZiAocHJvcHMuZW5kcG9pbnRzKSB0aGlzLmFkZEVuZHBvaW50cygpO1xuICAgICAgaWYgKHByb3BzLmRuc0ZpcmV3YWxsICYmIHRoaXMubmV3VnBjKSB0aGlzLmFkZERuc0ZpcmV3YWxsKCk7XG4gICAgfVxuICAgIGlmIChlZ3Jlc3NSdW5uaW5nKSB7XG4gICAgICBpZiAocHJvcHMuZWdyZXNzID09PSBFZ3Jlc3NLaW5kLk5FVFdPUktfRklSRVdBTEwpIHRoaXMuZmlyZXdhbGwgPSB0aGlzLmFkZE5ldHdvcmtGaXJld2FsbCgpO1xuICAgICAgZWxzZSBbdGhpcy5wcm94eUluc3RhbmNlLCB0aGlzLnByb3h5U2VjdXJpdHlHcm91cF0gPSB0aGlzLmFkZFByb3h5KCk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRoZSBzdWJuZXRzIG9mIHRoZSB3b3Jrc3BhY2VzIGFzIGEgbGlzdC4gKi9cbiAgcHVibGljIHdvcmtzcGFjZVN1Ym5ldExpc3QoKTogZWMyLklTdWJuZXRbXSB7XG4gICAgcmV0dXJuIHRoaXMudnBjLnNlbGVjdFN1Ym5ldHModGhpcy53b3Jrc3BhY2VTdWJuZXRzKS5zdWJuZXRzO1xuICB9XG5cbiAgLyoqXG4gICAqIFNlY3VyaXR5LWdyb3VwIHJ1bGVzIG9mIGEgd29ya3NwYWNlOiBIVFRQUyB0byB0aGUgZW5kcG9pbnRzIGFuZCB0byBTMyAoaXRzIHByZWZpeCBsaXN0KSxcbiAgICogYW5kIGZvciBhIHNldHVwIHdvcmtzcGFjZSBpdHMgd2F5IG91dCAoODAvNDQzIHRvd2FyZHMgdGhlIGZpcmV3YWxsLCBvciB0aGUgcHJveHkgcG9ydCkuXG4gICAqL1xuICBwdWJsaWMgY29ubmVjdFdvcmtzcGFjZShzZzogZWMyLlNlY3VyaXR5R3JvdXAsIGVncmVzc1dvcmtzcGFjZTogYm9vbGVhbiwgbmFtZTogc3RyaW5nKTogdm9pZCB7XG4gICAgaWYgKHRoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwKSB7XG4gICAgICBzZy5hZGRFZ3Jlc3NSdWxlKHRoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBWUEMgZW5kcG9pbnRzIChTZXNzaW9uIE1hbmFnZXIsIEtNUywgTG9ncywgU2VjcmV0cyBNYW5hZ2VyKScpO1xuICAgICAgdGhpcy5lbmRwb2ludFNlY3VyaXR5R3JvdXAuYWRkSW5ncmVzc1J1bGUoc2csIGVjMi5Qb3J0LnRjcCg0NDMpLCBgSFRUUFMgZnJvbSB3b3Jrc3BhY2UgJHtuYW1lfWApO1xuICAgIH0gZWxzZSBpZiAoIXRoaXMubmV3VnBjKSB7XG4gICAgICAvLyBUaGUgbGFiJ3Mgb3duIGVuZHBvaW50cywgcmVhY2hlZCBpbnNpZGUgdGhlIFZQQy5cbiAgICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuaXB2NCh0aGlzLnZwYy52cGNDaWRyQmxvY2spLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBlbmRwb2ludHMgb2YgdGhlIGxhYiBWUEMnKTtcbiAgICB9XG4gICAgaWYgKHRoaXMuczNQcmVmaXhMaXN0SWQpIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIucHJlZml4TGlzdCh0aGlzLnMzUHJlZml4TGlzdElkKSwgZWMyLlBvcnQudGNwKDQ0MyksICdIVFRQUyB0byBTMyB0aHJvdWdoIHRoZSBnYXRld2F5IGVuZHBvaW50Jyk7XG4gICAgaWYgKCFlZ3Jlc3NXb3Jrc3BhY2UpIHJldHVybjtcbiAgICBpZiAodGhpcy5wcm9wcy5lZ3Jlc3MgPT09IEVncmVzc0tpbmQuTkVUV09SS19GSVJFV0FMTCkge1xuICAgICAgc2cuYWRkRWdyZXNzUnVsZShlYzIuUGVlci5hbnlJcHY0KCksIGVjMi5Qb3J0LnRjcCg0NDMpLCAnSFRUUFMgb3V0IHRocm91Z2ggdGhlIE5ldHdvcmsgRmlyZXdhbGwgZG9tYWluIGFsbG93bGlzdCAodGhlIG9ubHkgZGVmYXVsdCByb3V0ZSknKTtcbiAgICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuYW55SXB2NCgpLCBlYzIuUG9ydC50Y3AoODApLCAnSFRUUCBvdXQgdGhyb3VnaCB0aGUgTmV0d29yayBGaXJld2FsbCBkb21haW4gYWxsb3dsaXN0ICh0aGUgb25seSBkZWZhdWx0IHJvdXRlKScpO1xuICAgIH0gZWxzZSBpZiAodGhpcy5wcm94eVNlY3VyaXR5R3JvdXApIHtcbiAgICAgIHNnLmFkZEVncmVzc1J1bGUodGhpcy5wcm94eVNlY3VyaXR5R3JvdXAsIGVjMi5Qb3J0LnRjcChQUk9YWV9QT1JUKSwgJ1RoZSBwYWNrYWdlIHByb3h5Jyk7XG4gICAgICB0aGlzLnByb3h5U2VjdXJpdHlHcm91cC5hZGRJbmdyZXNzUnVsZShzZywgZWMyLlBvcnQudGNwKFBST1hZX1BPUlQpLCBgRnJvbSB3b3Jrc3BhY2UgJHtuYW1lfWApO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBUaGUgaW50ZXJuZXQgZ2F0ZXdheSwgY3JlYXRlZCBvbiBmaXJzdCB1c2UuICovXG4gIHByaXZhdGUgaWd3KCk6IGVjMi5DZm5JbnRlcm5ldEdhdGV3YXkge1xuICAgIGlmICghdGhpcy5pbnRlcm5ldEdhdGV3YXkpIHtcbiAgICAgIGNvbnN0IGlndyA9IG5ldyBlYzIuQ2ZuSW50ZXJuZXRHYXRld2F5KHRoaXMsICdJbnRlcm5ldEdhdGV3YXknKTtcbiAgICAgIHRoaXMuaWd3QXR0YWNobWVudCA9IG5ldyBlYzIuQ2ZuVlBDR2F0ZXdheUF0dGFjaG1lbnQodGhpcywgJ0ludGVybmV0R2F0ZXdheUF0dGFjaG1lbnQnLCB7IHZwY0lkOiB0aGlzLnZwYy52cGNJZCwgaW50ZXJuZXRHYXRld2F5SWQ6IGlndy5yZWYgfSk7XG4gICAgICAodGhpcyBhcyB7IGludGVybmV0R2F0ZXdheT86IGVjMi5DZm5JbnRlcm5ldEdhdGV3YXkgfSkuaW50ZXJuZXRHYXRld2F5ID0gaWd3O1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5pbnRlcm5ldEdhdGV3YXkhO1xuICB9XG5cbiAgcHJpdmF0ZSBleHRyYVN1Ym5ldChzbG90OiBFeHRyYVN1Ym5ldCwgaWQ6IHN0cmluZyk6IGVjMi5TdWJuZXQge1xuICAgIGxldCBzID0gdGhpcy5leHRyYS5nZXQoc2xvdCk7XG4gICAgaWYgKCFzKSB7XG4gICAgICBzID0gbmV3IGVjMi5TdWJuZXQodGhpcywgaWQsIHtcbiAgICAgICAgdnBjSWQ6IHRoaXMudnBjLnZwY0lkLFxuICAgICAgICBhdmFpbGFiaWxpdHlab25lOiB0aGlzLnZwYy5hdmFpbGFiaWxpdHlab25lc1swXSxcbiAgICAgICAgY2lkckJsb2NrOiBleHRyYVN1Ym5ldENpZHIodGhpcy5wcm9wcy5jaWRyLCBzbG90KSxcbiAgICAgICAgbWFwUHVibGljSXBPbkxhdW5jaDogZmFsc2UsXG4gICAgICB9KTtcbiAgICAgIHRoaXMuZXh0cmEuc2V0KHNsb3QsIHMpO1xuICAgIH1cbiAgICByZXR1cm4gcztcbiAgfVxuXG4gIHByaXZhdGUgYWRkRmxvd0xvZ3ModnBjOiBlYzIuVnBjKTogbG9ncy5Mb2dHcm91cCB7XG4gICAgY29uc3QgZ3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnRmxvd0xvZ3MnLCB7XG4gICAgICBlbmNyeXB0aW9uS2V5OiB0aGlzLnByb3BzLmtleSxcbiAgICAgIHJldGVudGlvbjogdGhpcy5wcm9wcy5sb2dSZXRlbnRpb24sXG4gICAgICByZW1vdmFsUG9saWN5OiBSZW1vdmFsUG9saWN5LlJFVEFJTixcbiAgICB9KTtcbiAgICBjb25zdCByb2xlID0gbmV3IE1hbmFnZWRQb2xpY3lSb2xlKHRoaXMsICdGbG93TG9nUm9sZScsIHtcbiAgICAgIGFzc3VtZWRCeTogbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCd2cGMtZmxvdy1sb2dzLmFtYXpvbmF3cy5jb20nLCB7XG4gICAgICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nRXF1YWxzOiB7ICdhd3M6U291cmNlQWNjb3VudCc6IEF3cy5BQ0NPVU5UX0lEIH0gfSxcbiAgICAgIH0pLFxuICAgICAgZGVzY3JpcHRpb246IGBMZXRzIFZQQyBGbG93IExvZ3Mgd3JpdGUgdG8gJHtncm91cC5ub2RlLnBhdGh9YCxcbiAgICB9KTtcbiAgICBuZXcgZWMyLkZsb3dMb2codGhpcywgJ0Zsb3dMb2cnLCB7XG4gICAgICByZXNvdXJjZVR5cGU6IGVjMi5GbG93TG9nUmVzb3VyY2VUeXBlLmZyb21WcGModnBjKSxcbiAgICAgIGRlc3RpbmF0aW9uOiBlYzIuRmxvd0xvZ0Rlc3RpbmF0aW9uLnRvQ2xvdWRXYXRjaExvZ3MoZ3JvdXAsIHJvbGUpLFxuICAgICAgdHJhZmZpY1R5cGU6IGVjMi5GbG93TG9nVHJhZmZpY1R5cGUuQUxMLFxuICAgIH0pO1xuICAgIHJldHVybiBncm91cDtcbiAgfVxuXG4gIHByaXZhdGUgYWRkRW5kcG9pbnRzKCk6IHZvaWQge1xuICAgIGNvbnN0IHNnID0gbG9ja2VkU2VjdXJpdHlHcm91cCh0aGlzLCAnRW5kcG9pbnRTZWN1cml0eUdyb3VwJywgdGhpcy52cGMsICdIVFRQUyB0byB0aGUgQVdTIHNlcnZpY2UgZW5kcG9pbnRzLCBvbmx5IGZyb20gdGhlIHBlcm1pdCB3b3Jrc3BhY2VzJyk7XG4gICAgKHRoaXMgYXMgeyBlbmRwb2ludFNlY3VyaXR5R3JvdXA/OiBlYzIuU2VjdXJpdHlHcm91cCB9KS5lbmRwb2ludFNlY3VyaXR5R3JvdXAgPSBzZztcbiAgICBjb25zdCBzZXJ2aWNlczogQXJyYXk8W3N0cmluZywgZWMyLkludGVyZmFjZVZwY0VuZHBvaW50QXdzU2VydmljZV0+ID0gW1xuICAgICAgWydTc20nLCBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRBd3NTZXJ2aWNlLlNTTV0sXG4gICAgICBbJ1NzbU1lc3NhZ2VzJywgZWMyLkludGVyZmFjZVZwY0VuZHBvaW50QXdzU2VydmljZS5TU01fTUVTU0FHRVNdLFxuICAgICAgWydFYzJNZXNzYWdlcycsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuRUMyX01FU1NBR0VTXSxcbiAgICAgIFsnS21zJywgZWMyLkludGVyZmFjZVZwY0VuZHBvaW50QXdzU2VydmljZS5LTVNdLFxuICAgICAgWydMb2dzJywgZWMyLkludGVyZmFjZVZwY0VuZHBvaW50QXdzU2VydmljZS5DTE9VRFdBVENIX0xPR1NdLFxuICAgICAgWydTZWNyZXRzTWFuYWdlcicsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuU0VDUkVUU19NQU5BR0VSXSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW25hbWUsIHNlcnZpY2VdIG9mIHNlcnZpY2VzKSB7XG4gICAgICBjb25zdCBlcCA9IG5ldyBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnQodGhpcywgbmFtZSwge1xuICAgICAgICB2cGM6IHRoaXMudnBjLFxuICAgICAgICBzZXJ2aWNlLFxuICAgICAgICBzdWJuZXRzOiB0aGlzLndvcmtzcGFjZVN1Ym5ldHMsXG4gICAgICAgIHNlY3VyaXR5R3JvdXBzOiBbc2ddLFxuICAgICAgICBwcml2YXRlRG5zRW5hYmxlZDogdHJ1ZSxcbiAgICAgICAgb3BlbjogZmFsc2UsXG4gICAgICB9KTtcbiAgICAgIC8vIE9ubHkgdGhpcyBhY2NvdW50J3MgcHJpbmNpcGFscywgb24gdGhpcyBhY2NvdW50J3MgcmVzb3VyY2VzIChhbmQsIGZvciBTeXN0ZW1zIE1hbmFnZXIsXG4gICAgICAvLyBBV1Mtb3duZWQgZG9jdW1lbnRzKTogY3JlZGVudGlhbHMgb3IgcmVzb3VyY2VzIG9mIGFub3RoZXIgYWNjb3VudCBjYW5ub3QgYmUgdXNlZCBoZXJlLlxuICAgICAgbGltaXRJbnRlcmZhY2VFbmRwb2ludChlcCwgbmFtZSA9PT0gJ1NzbScpO1xuICAgICAgdGhpcy5pbnRlcmZhY2VFbmRwb2ludHMucHVzaChlcCk7XG4gICAgfVxuICAgIHRoaXMuYWRkUzNFbmRwb2ludCgpO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBTMyBwcmVmaXggbGlzdCBpZCBmb3IgYSBzZWN1cml0eSBncm91cCBvZiBzb21ldGhpbmcgaW4gdGhlIHdvcmtzcGFjZSBzdWJuZXRzIHRoYXQgcmVhZHNcbiAgICogdGhlIHBlcm1pdCdzIGJ1Y2tldHMgKHRoZSBDbGFtQVYgc2Nhbm5lciksIGNyZWF0aW5nIHRoZSBTMyBnYXRld2F5IGVuZHBvaW50IG9mIGEgbmV3IFZQQyBpblxuICAgKiBwaGFzZXMgdGhhdCBoYXZlIG5vbmUgeWV0OyB3aXRoIGFuIGV4aXN0aW5nIFZQQywgdGhlIGxhYidzIHJvdXRlcyByZWFjaCBTMy5cbiAgICovXG4gIHB1YmxpYyBzM0FjY2VzcygpOiBzdHJpbmcge1xuICAgIGlmICh0aGlzLm5ld1ZwYyAmJiAhdGhpcy5zM0VuZHBvaW50KSB0aGlzLmFkZFMzRW5kcG9pbnQoKTtcbiAgICBpZiAoIXRoaXMuczNQcmVmaXhMaXN0SWQpICh0aGlzIGFzIHsgczNQcmVmaXhMaXN0SWQ/OiBzdHJpbmcgfSkuczNQcmVmaXhMaXN0SWQgPSB0aGlzLnByb3BzLnMzUHJlZml4TGlzdElkID8/IHRoaXMubG9va1VwUzNQcmVmaXhMaXN0KCk7XG4gICAgcmV0dXJuIHRoaXMuczNQcmVmaXhMaXN0SWQhO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGRTM0VuZHBvaW50KCk6IHZvaWQge1xuICAgIGNvbnN0IHN1Ym5ldHM6IGVjMi5TdWJuZXRTZWxlY3Rpb25bXSA9IFt0aGlzLndvcmtzcGFjZVN1Ym5ldHNdO1xuICAgIGlmICh0aGlzLnNldHVwU3VibmV0cyAmJiB0aGlzLm5ld1ZwYykgc3VibmV0cy5wdXNoKHRoaXMuc2V0dXBTdWJuZXRzKTtcbiAgICBjb25zdCBzMyA9IG5ldyBlYzIuR2F0ZXdheVZwY0VuZHBvaW50KHRoaXMsICdTMycsIHsgdnBjOiB0aGlzLnZwYywgc2VydmljZTogZWMyLkdhdGV3YXlWcGNFbmRwb2ludEF3c1NlcnZpY2UuUzMsIHN1Ym5ldHMgfSk7XG4gICAgczMuYWRkVG9Qb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgc2lkOiAnUGVybWl0QnVja2V0c09ubHknLFxuICAgICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgICAgYWN0aW9uczogWydzMzoqJ10sXG4gICAgICByZXNvdXJjZXM6IHRoaXMucHJvcHMuYnVja2V0QXJucy5mbGF0TWFwKChhcm4pID0+IFthcm4sIGAke2Fybn0vKmBdKSxcbiAgICAgIGNvbmRpdGlvbnM6IG93bkFjY291bnRDb25kaXRpb24oKSxcbiAgICB9KSk7XG4gICAgczMuYWRkVG9Qb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgc2lkOiAnU3lzdGVtc01hbmFnZXJCdWNrZXRzUmVhZE9ubHknLFxuICAgICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgICAgYWN0aW9uczogWydzMzpHZXRPYmplY3QnXSxcbiAgICAgIHJlc291cmNlczogYXdzT3duZWRPYmplY3RBcm5zKCksXG4gICAgfSkpO1xuICAgICh0aGlzIGFzIHsgczNFbmRwb2ludD86IGVjMi5HYXRld2F5VnBjRW5kcG9pbnQgfSkuczNFbmRwb2ludCA9IHMzO1xuICAgICh0aGlzIGFzIHsgczNQcmVmaXhMaXN0SWQ/OiBzdHJpbmcgfSkuczNQcmVmaXhMaXN0SWQgPSB0aGlzLnByb3BzLnMzUHJlZml4TGlzdElkID8/IHRoaXMubG9va1VwUzNQcmVmaXhMaXN0KCk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGlkIG9mIHRoZSByZWdpb24ncyBTMyBwcmVmaXggbGlzdCwgbG9va2VkIHVwIGF0IGRlcGxveSB0aW1lIChDbG91ZEZvcm1hdGlvbiBoYXMgbm9cbiAgICogYXR0cmlidXRlIGZvciBpdCksIHNvIHRoYXQgc2VjdXJpdHkgZ3JvdXBzIGNhbiBuYW1lIFMzIGluc3RlYWQgb2YgMC4wLjAuMC8wLlxuICAgKi9cbiAgcHJpdmF0ZSBsb29rVXBTM1ByZWZpeExpc3QoKTogc3RyaW5nIHtcbiAgICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHRoaXMpO1xuICAgIGNvbnN0IGNhbGw6IGNyLkF3c1Nka0NhbGwgPSB7XG4gICAgICBzZXJ2aWNlOiAnRUMyJyxcbiAgICAgIGFjdGlvbjogJ2Rlc2NyaWJlTWFuYWdlZFByZWZpeExpc3RzJyxcbiAgICAgIHBhcmFtZXRlcnM6IHsgRmlsdGVyczogW3sgTmFtZTogJ3ByZWZpeC1saXN0LW5hbWUnLCBWYWx1ZXM6IFtgY29tLmFtYXpvbmF3cy4ke0F3cy5SRUdJT059LnMzYF0gfV0gfSxcbiAgICAgIHBoeXNpY2FsUmVzb3VyY2VJZDogY3IuUGh5c2ljYWxSZXNvdXJjZUlkLm9mKGBzMy1wcmVmaXgtbGlzdC0ke3N0YWNrLnJlZ2lvbn1gKSxcbiAgICAgIG91dHB1dFBhdGhzOiBbJ1ByZWZpeExpc3RzLjAuUHJlZml4TGlzdElkJ10sXG4gICAgfTtcbiAgICAvLyBBIHJvbGUgYW5kIGEgbG9nIGdyb3VwIG9mIG91ciBvd246IGEgbWFuYWdlZCBwb2xpY3kgKG5vIGlubGluZSBwb2xpY3kpIGFuZCBsb2dzIHRoYXQgYXJlXG4gICAgLy8gZW5jcnlwdGVkIGFuZCBleHBpcmUuXG4gICAgY29uc3QgbG9nR3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnUzNQcmVmaXhMaXN0TG9ncycsIHtcbiAgICAgIGVuY3J5cHRpb25LZXk6IHRoaXMucHJvcHMua2V5LFxuICAgICAgcmV0ZW50aW9uOiB0aGlzLnByb3BzLmxvZ1JldGVudGlvbixcbiAgICAgIHJlbW92YWxQb2xpY3k6IFJlbW92YWxQb2xpY3kuUkVUQUlOLFxuICAgIH0pO1xuICAgIGNvbnN0IHJvbGUgPSBuZXcgTWFuYWdlZFBvbGljeVJvbGUodGhpcywgJ1MzUHJlZml4TGlzdFJvbGUnLCB7XG4gICAgICBhc3N1bWVkQnk6IG5ldyBpYW0uU2VydmljZVByaW5jaXBhbCgnbGFtYmRhLmFtYXpvbmF3cy5jb20nKSxcbiAgICAgIGRlc2NyaXB0aW9uOiAnTG9va3MgdXAgdGhlIHJlZ2lvblxcJ3MgUzMgcHJlZml4IGxpc3QgaWQgYXQgZGVwbG95IHRpbWUgKGVjMjpEZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cyBvbmx5KScsXG4gICAgfSk7XG4gICAgcm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7IHNpZDogJ0Rlc2NyaWJlUHJlZml4TGlzdHMnLCBhY3Rpb25zOiBbJ2VjMjpEZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cyddLCByZXNvdXJjZXM6IFsnKiddIH0pKTtcbiAgICByb2xlLmFkZFRvUHJpbmNpcGFsUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgIHNpZDogJ093bkxvZ3MnLCBhY3Rpb25zOiBbJ2xvZ3M6Q3JlYXRlTG9nU3RyZWFtJywgJ2xvZ3M6UHV0TG9nRXZlbnRzJ10sIHJlc291cmNlczogW2xvZ0dyb3VwLmxvZ0dyb3VwQXJuLCBgJHtsb2dHcm91cC5sb2dHcm91cEFybn06KmBdLFxuICAgIH0pKTtcbiAgICBhY2tub3dsZWRnZVdpbGRjYXJkcyhyb2xlLm5vZGUudHJ5RmluZENoaWxkKCdQb2xpY3knKSBhcyBpYW0uTWFuYWdlZFBvbGljeSwgKGZpbmRpbmcpID0+IHtcbiAgICAgIGlmIChmaW5kaW5nID09PSAnUmVzb3VyY2U6OionKSByZXR1cm4gJ2VjMjpEZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cyBkb2VzIG5vdCBzdXBwb3J0IHJlc291cmNlLWxldmVsIHBlcm1pc3Npb25zOyBpdCBpcyByZWFkLW9ubHkgYW5kIGlzIHRoZSBvbmx5IEVDMiBhY3Rpb24gdGhpcyByb2xlIGhhcy4nO1xuICAgICAgaWYgKGZpbmRpbmcuZW5kc1dpdGgoJzoqJykpIHJldHVybiAnTG9nIHN0cmVhbXMgb2YgdGhlIGZ1bmN0aW9uXFwncyBvd24gbG9nIGdyb3VwIChgPGdyb3VwIEFSTj46KmAgaXMgaG93IENsb3VkV2F0Y2ggTG9ncyBuYW1lcyB0aGUgc3RyZWFtcyBvZiBvbmUgZ3JvdXApLic7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH0pO1xuICAgIGNvbnN0IGxvb2t1cCA9IG5ldyBjci5Bd3NDdXN0b21SZXNvdXJjZSh0aGlzLCAnUzNQcmVmaXhMaXN0Jywge1xuICAgICAgb25DcmVhdGU6IGNhbGwsXG4gICAgICBvblVwZGF0ZTogY2FsbCxcbiAgICAgIHJvbGUsXG4gICAgICBsb2dHcm91cCxcbiAgICAgIGluc3RhbGxMYXRlc3RBd3NTZGs6IGZhbHNlLFxuICAgIH0pO1xuICAgIHJldHVybiBsb29rdXAuZ2V0UmVzcG9uc2VGaWVsZCgnUHJlZml4TGlzdHMuMC5QcmVmaXhMaXN0SWQnKTtcbiAgfVxuXG4gIHByaXZhdGUgYWRkRG5zRmlyZXdhbGwoKTogdm9pZCB7XG4gICAgY29uc3QgbmFtZSA9IChzdWZmaXg6IHN0cmluZykgPT4gYCR7dGhpcy5wcm9wcy5wbGFuLnBlcm1pdElkfS0ke3N1ZmZpeH1gLnNsaWNlKDAsIDY0KTtcbiAgICBjb25zdCBhbGxvd2VkID0gbmV3IHJvdXRlNTNyZXNvbHZlci5DZm5GaXJld2FsbERvbWFpbkxpc3QodGhpcywgJ0Ruc0FsbG93ZWREb21haW5zJywge1xuICAgICAgbmFtZTogbmFtZSgnYWxsb3dlZCcpLFxuICAgICAgZG9tYWluczogdGhpcy5kbnNBbGxvd2VkRG9tYWlucyxcbiAgICB9KTtcbiAgICBjb25zdCBldmVyeXRoaW5nID0gbmV3IHJvdXRlNTNyZXNvbHZlci5DZm5GaXJld2FsbERvbWFpbkxpc3QodGhpcywgJ0Ruc0FsbERvbWFpbnMnLCB7IG5hbWU6IG5hbWUoJ2FsbCcpLCBkb21haW5zOiBbJyonXSB9KTtcbiAgICBjb25zdCBncm91cCA9IG5ldyByb3V0ZTUzcmVzb2x2ZXIuQ2ZuRmlyZXdhbGxSdWxlR3JvdXAodGhpcywgJ0Ruc0ZpcmV3YWxsJywge1xuICAgICAgbmFtZTogbmFtZSgnZG5zJyksXG4gICAgICBmaXJld2FsbFJ1bGVzOiBbXG4gICAgICAgIHsgZmlyZXdhbGxEb21haW5MaXN0SWQ6IGFsbG93ZWQuYXR0cklkLCBhY3Rpb246ICdBTExPVycsIHByaW9yaXR5OiAxMDAsIGZpcmV3YWxsRG9tYWluUmVkaXJlY3Rpb25BY3Rpb246ICdUUlVTVF9SRURJUkVDVElPTl9ET01BSU4nIH0sXG4gICAgICAgIHsgZmlyZXdhbGxEb21haW5MaXN0SWQ6IGV2ZXJ5dGhpbmcuYXR0cklkLCBhY3Rpb246ICdCTE9DSycsIGJsb2NrUmVzcG9uc2U6ICdOWERPTUFJTicsIHByaW9yaXR5OiAyMDAgfSxcbiAgICAgIF0sXG4gICAgfSk7XG4gICAgbmV3IHJvdXRlNTNyZXNvbHZlci5DZm5GaXJld2FsbFJ1bGVHcm91cEFzc29jaWF0aW9uKHRoaXMsICdEbnNGaXJld2FsbEFzc29jaWF0aW9uJywge1xuICAgICAgZmlyZXdhbGxSdWxlR3JvdXBJZDogZ3JvdXAuYXR0cklkLFxuICAgICAgdnBjSWQ6IHRoaXMudnBjLnZwY0lkLFxuICAgICAgcHJpb3JpdHk6IDEwMDEsXG4gICAgICBuYW1lOiBuYW1lKCdkbnMnKSxcbiAgICAgIG11dGF0aW9uUHJvdGVjdGlvbjogJ0RJU0FCTEVEJyxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBBIHB1YmxpYyBOQVQgc3VibmV0IHdpdGggaXRzIGdhdGV3YXkgKHVzZWQgYnkgYm90aCBlZ3Jlc3Mga2luZHMpLiAqL1xuICBwcml2YXRlIG5hdEdhdGV3YXkoKTogZWMyLkNmbk5hdEdhdGV3YXkge1xuICAgIGNvbnN0IG5hdCA9IHRoaXMuZXh0cmFTdWJuZXQoRXh0cmFTdWJuZXQuTkFULCAnTmF0U3VibmV0Jyk7XG4gICAgbmF0LmFkZERlZmF1bHRJbnRlcm5ldFJvdXRlKHRoaXMuaWd3KCkucmVmLCB0aGlzLmlnd0F0dGFjaG1lbnQhKTtcbiAgICBjb25zdCBlaXAgPSBuZXcgZWMyLkNmbkVJUCh0aGlzLCAnTmF0QWRkcmVzcycsIHsgZG9tYWluOiAndnBjJyB9KTtcbiAgICBjb25zdCBndyA9IG5ldyBlYzIuQ2ZuTmF0R2F0ZXdheSh0aGlzLCAnTmF0R2F0ZXdheScsIHsgc3VibmV0SWQ6IG5hdC5zdWJuZXRJZCwgYWxsb2NhdGlvbklkOiBlaXAuYXR0ckFsbG9jYXRpb25JZCB9KTtcbiAgICBndy5ub2RlLmFkZERlcGVuZGVuY3kodGhpcy5pZ3dBdHRhY2htZW50ISk7XG4gICAgYWNrKG5hdCwgYWxsUGFja3MoeyBoaXBhYTogJ1ZQQ05vVW5yZXN0cmljdGVkUm91dGVUb0lHVycsIG5pc3Q6ICdWUENOb1VucmVzdHJpY3RlZFJvdXRlVG9JR1cnIH0pLFxuICAgICAgJ1RoaXMgc3VibmV0IGV4aXN0cyBvbmx5IHdoaWxlIHRoZSBzZXR1cCB3b3Jrc3BhY2UgcnVucyBhbmQgaG9sZHMgb25seSB0aGUgTkFUIGdhdGV3YXkgb2YgdGhlIHBhY2thZ2UgZWdyZXNzIHBhdGg7IG5vIGluc3RhbmNlIGlzIGV2ZXIgcGxhY2VkIGluIGl0IChubyBwdWJsaWMgYWRkcmVzc2VzIGFyZSBtYXBwZWQpLiBJdHMgZGVmYXVsdCByb3V0ZSB0byB0aGUgaW50ZXJuZXQgZ2F0ZXdheSBpcyB0aGUgbGFzdCBob3AgYWZ0ZXIgdGhlIGRvbWFpbiBhbGxvd2xpc3Q7IHRoZSBzdWJuZXQsIHRoZSBOQVQgZ2F0ZXdheSBhbmQgdGhlIGludGVybmV0IGdhdGV3YXkgYXJlIHJlbW92ZWQgd2hlbiBzZXR1cCBlbmRzLicpO1xuICAgIHJldHVybiBndztcbiAgfVxuXG4gIHByaXZhdGUgYWRkTmV0d29ya0ZpcmV3YWxsKCk6IG5ldHdvcmtmaXJld2FsbC5DZm5GaXJld2FsbCB7XG4gICAgY29uc3QgcGxhbiA9IHRoaXMucHJvcHMucGxhbjtcbiAgICBjb25zdCBmd1N1Ym5ldCA9IHRoaXMuZXh0cmFTdWJuZXQoRXh0cmFTdWJuZXQuRklSRVdBTEwsICdGaXJld2FsbFN1Ym5ldCcpO1xuICAgIGNvbnN0IHNldHVwID0gdGhpcy5leHRyYS5nZXQoRXh0cmFTdWJuZXQuU0VUVVApITtcbiAgICBjb25zdCBndyA9IHRoaXMubmF0R2F0ZXdheSgpO1xuICAgIGNvbnN0IHRhcmdldHMgPSBbLi4ubmV3IFNldChwbGFuLmVncmVzc0FsbG93ZWREb21haW5zLm1hcCgoZCkgPT4gKGQuc3RhcnRzV2l0aCgnKi4nKSA/IGQuc2xpY2UoMSkgOiBkKS50b0xvd2VyQ2FzZSgpKSldLnNvcnQoKTtcbiAgICBjb25zdCBydWxlcyA9IG5ldyBuZXR3b3JrZmlyZXdhbGwuQ2ZuUnVsZUdyb3VwKHRoaXMsICdBbGxvd2xpc3RSdWxlR3JvdXAnLCB7XG4gICAgICBydWxlR3JvdXBOYW1lOiBgJHtwbGFuLnBlcm1pdElkfS1wYWNrYWdlLWFsbG93bGlzdGAuc2xpY2UoMCwgMTI4KSxcbiAgICAgIHR5cGU6ICdTVEFURUZVTCcsXG4gICAgICBjYXBhY2l0eTogTWF0aC5tYXgoMTAwLCB0YXJnZXRzLmxlbmd0aCAqIDQpLFxuICAgICAgZGVzY3JpcHRpb246IGBQYWNrYWdlIHJlcG9zaXRvcmllcyB0aGUgc2V0dXAgd29ya3NwYWNlIG9mIHBlcm1pdCAke3BsYW4ucGVybWl0SWR9IG1heSByZWFjaCAoVExTIFNOSSAvIEhUVFAgSG9zdClgLFxuICAgICAgcnVsZUdyb3VwOiB7XG4gICAgICAgIHJ1bGVzU291cmNlOiB7IHJ1bGVzU291cmNlTGlzdDogeyB0YXJnZXRzLCB0YXJnZXRUeXBlczogWydUTFNfU05JJywgJ0hUVFBfSE9TVCddLCBnZW5lcmF0ZWRSdWxlc1R5cGU6ICdBTExPV0xJU1QnIH0gfSxcbiAgICAgICAgc3RhdGVmdWxSdWxlT3B0aW9uczogeyBydWxlT3JkZXI6ICdTVFJJQ1RfT1JERVInIH0sXG4gICAgICB9LFxuICAgIH0pO1xuICAgIGNvbnN0IHN0cmF5cyA9IG5vbldlYkRyb3BSdWxlR3JvdXAodGhpcywgJ05vbldlYkRyb3BSdWxlR3JvdXAnLCBgJHtwbGFuLnBlcm1pdElkfS1kcm9wLW5vbi13ZWJgKTtcbiAgICBjb25zdCBwb2xpY3kgPSBuZXcgbmV0d29ya2ZpcmV3YWxsLkNmbkZpcmV3YWxsUG9saWN5KHRoaXMsICdGaXJld2FsbFBvbGljeScsIHtcbiAgICAgIGZpcmV3YWxsUG9saWN5TmFtZTogYCR7cGxhbi5wZXJtaXRJZH0tc2V0dXAtZWdyZXNzYC5zbGljZSgwLCAxMjgpLFxuICAgICAgZGVzY3JpcHRpb246IGBTZXR1cCBlZ3Jlc3Mgb2YgcGVybWl0ICR7cGxhbi5wZXJtaXRJZH06IHRoZSBwYWNrYWdlIGFsbG93bGlzdCwgZXZlcnl0aGluZyBlbHNlIGRyb3BwZWRgLFxuICAgICAgZmlyZXdhbGxQb2xpY3k6IHtcbiAgICAgICAgc3RhdGVsZXNzRGVmYXVsdEFjdGlvbnM6IFsnYXdzOmZvcndhcmRfdG9fc2ZlJ10sXG4gICAgICAgIHN0YXRlbGVzc0ZyYWdtZW50RGVmYXVsdEFjdGlvbnM6IFsnYXdzOmZvcndhcmRfdG9fc2ZlJ10sXG4gICAgICAgIHN0YXRlZnVsRW5naW5lT3B0aW9uczogeyBydWxlT3JkZXI6ICdTVFJJQ1RfT1JERVInIH0sXG4gICAgICAgIHN0YXRlZnVsUnVsZUdyb3VwUmVmZXJlbmNlczogW3sgcmVzb3VyY2VBcm46IHN0cmF5cy5hdHRyUnVsZUdyb3VwQXJuLCBwcmlvcml0eTogMSB9LCB7IHJlc291cmNlQXJuOiBydWxlcy5hdHRyUnVsZUdyb3VwQXJuLCBwcmlvcml0eTogMiB9XSxcbiAgICAgICAgc3RhdGVmdWxEZWZhdWx0QWN0aW9uczogWydhd3M6ZHJvcF9lc3RhYmxpc2hlZCcsICdhd3M6YWxlcnRfZXN0YWJsaXNoZWQnXSxcbiAgICAgIH0sXG4gICAgfSk7XG4gICAgY29uc3QgZmlyZXdhbGwgPSBuZXcgbmV0d29ya2ZpcmV3YWxsLkNmbkZpcmV3YWxsKHRoaXMsICdGaXJld2FsbCcsIHtcbiAgICAgIGZpcmV3YWxsTmFtZTogYCR7cGxhbi5wZXJtaXRJZH0tc2V0dXAtZWdyZXNzYC5zbGljZSgwLCAxMjgpLFxuICAgICAgZGVzY3JpcHRpb246IGBPbmx5IHdheSBvdXQgb2YgcGVybWl0ICR7cGxhbi5wZXJtaXRJZH0ncyBzZXR1cCB3b3Jrc3BhY2VgLFxuICAgICAgdnBjSWQ6IHRoaXMudnBjLnZwY0lkLFxuICAgICAgZmlyZXdhbGxQb2xpY3lBcm46IHBvbGljeS5hdHRyRmlyZXdhbGxQb2xpY3lBcm4sXG4gICAgICBzdWJuZXRNYXBwaW5nczogW3sgc3VibmV0SWQ6IGZ3U3VibmV0LnN1Ym5ldElkIH1dLFxuICAgICAgZGVsZXRlUHJvdGVjdGlvbjogZmFsc2UsXG4gICAgfSk7XG4gICAgY29uc3QgZ3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnRmlyZXdhbGxMb2dzJywge1xuICAgICAgZW5jcnlwdGlvbktleTogdGhpcy5wcm9wcy5rZXksXG4gICAgICByZXRlbnRpb246IHRoaXMucHJvcHMubG9nUmV0ZW50aW9uLFxuICAgICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgfSk7XG4gICAgbmV3IG5ldHdvcmtmaXJld2FsbC5DZm5Mb2dnaW5nQ29uZmlndXJhdGlvbih0aGlzLCAnRmlyZXdhbGxMb2dnaW5nJywge1xuICAgICAgZmlyZXdhbGxBcm46IGZpcmV3YWxsLmF0dHJGaXJld2FsbEFybixcbiAgICAgIGxvZ2dpbmdDb25maWd1cmF0aW9uOiB7XG4gICAgICAgIGxvZ0Rlc3RpbmF0aW9uQ29uZmlnczogWydBTEVSVCcsICdGTE9XJ10ubWFwKChsb2dUeXBlKSA9PiAoe1xuICAgICAgICAgIGxvZ1R5cGUsIGxvZ0Rlc3RpbmF0aW9uVHlwZTogJ0Nsb3VkV2F0Y2hMb2dzJywgbG9nRGVzdGluYXRpb246IHsgbG9nR3JvdXA6IGdyb3VwLmxvZ0dyb3VwTmFtZSB9LFxuICAgICAgICB9KSksXG4gICAgICB9LFxuICAgIH0pO1xuICAgIC8vIE9uZSBlbmRwb2ludCAob25lIHN1Ym5ldCBtYXBwaW5nKTogRW5kcG9pbnRJZHMgaXMgW1wiPGF6Pjo8dnBjZS1pZD5cIl0uXG4gICAgY29uc3QgZW5kcG9pbnRJZCA9IEZuLnNlbGVjdCgxLCBGbi5zcGxpdCgnOicsIEZuLnNlbGVjdCgwLCBmaXJld2FsbC5hdHRyRW5kcG9pbnRJZHMpKSk7XG4gICAgc2V0dXAuYWRkUm91dGUoJ0RlZmF1bHRUaHJvdWdoRmlyZXdhbGwnLCB7IHJvdXRlclR5cGU6IGVjMi5Sb3V0ZXJUeXBlLlZQQ19FTkRQT0lOVCwgcm91dGVySWQ6IGVuZHBvaW50SWQsIGVuYWJsZXNJbnRlcm5ldENvbm5lY3Rpdml0eTogdHJ1ZSB9KTtcbiAgICBmd1N1Ym5ldC5hZGRSb3V0ZSgnRGVmYXVsdFRvTmF0JywgeyByb3V0ZXJUeXBlOiBlYzIuUm91dGVyVHlwZS5OQVRfR0FURVdBWSwgcm91dGVySWQ6IGd3LnJlZiwgZW5hYmxlc0ludGVybmV0Q29ubmVjdGl2aXR5OiB0cnVlIH0pO1xuICAgIC8vIFJldHVybiB0cmFmZmljIHRvIHRoZSBzZXR1cCBzdWJuZXQgZ29lcyBiYWNrIHRocm91Z2ggdGhlIGZpcmV3YWxsIChzeW1tZXRyaWMgaW5zcGVjdGlvbikuXG4gICAgdGhpcy5leHRyYS5nZXQoRXh0cmFTdWJuZXQuTkFUKSEuYWRkUm91dGUoJ1NldHVwVGhyb3VnaEZpcmV3YWxsJywge1xuICAgICAgcm91dGVyVHlwZTogZWMyLlJvdXRlclR5cGUuVlBDX0VORFBPSU5ULCByb3V0ZXJJZDogZW5kcG9pbnRJZCwgZGVzdGluYXRpb25DaWRyQmxvY2s6IGV4dHJhU3VibmV0Q2lkcih0aGlzLnByb3BzLmNpZHIsIEV4dHJhU3VibmV0LlNFVFVQKSxcbiAgICB9KTtcbiAgICByZXR1cm4gZmlyZXdhbGw7XG4gIH1cblxuICBwcml2YXRlIGFkZFByb3h5KCk6IFtlYzIuSW5zdGFuY2UsIGVjMi5TZWN1cml0eUdyb3VwXSB7XG4gICAgY29uc3QgcGxhbiA9IHRoaXMucHJvcHMucGxhbjtcbiAgICBsZXQgc3VibmV0czogZWMyLlN1Ym5ldFNlbGVjdGlvbjtcbiAgICBpZiAodGhpcy5uZXdWcGMpIHtcbiAgICAgIGNvbnN0IHByb3h5U3VibmV0ID0gdGhpcy5leHRyYVN1Ym5ldChFeHRyYVN1Ym5ldC5QUk9YWSwgJ1Byb3h5U3VibmV0Jyk7XG4gICAgICBwcm94eVN1Ym5ldC5hZGREZWZhdWx0TmF0Um91dGUodGhpcy5uYXRHYXRld2F5KCkucmVmKTtcbiAgICAgIHN1Ym5ldHMgPSB7IHN1Ym5ldHM6IFtwcm94eVN1Ym5ldF0gfTtcbiAgICB9IGVsc2Uge1xuICAgICAgc3VibmV0cyA9IHRoaXMucHJvcHMucHJveHlTdWJuZXRzITtcbiAgICB9XG4gICAgY29uc3Qgc2cgPSBsb2NrZWRTZWN1cml0eUdyb3VwKHRoaXMsICdQcm94eVNlY3VyaXR5R3JvdXAnLCB0aGlzLnZwYywgYFBhY2thZ2UgcHJveHkgb2YgcGVybWl0ICR7cGxhbi5wZXJtaXRJZH06IGluIGZyb20gdGhlIHNldHVwIHdvcmtzcGFjZSwgb3V0IG9uIDgwLzQ0MyAoc3F1aWQgYWxsb3dsaXN0KWApO1xuICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuYW55SXB2NCgpLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgKHNxdWlkIGRlY2lkZXMpJyk7XG4gICAgc2cuYWRkRWdyZXNzUnVsZShlYzIuUGVlci5hbnlJcHY0KCksIGVjMi5Qb3J0LnRjcCg4MCksICdIVFRQIHRvIHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgKHNxdWlkIGRlY2lkZXMpJyk7XG4gICAgY29uc3Qgcm9sZSA9IG5ldyBNYW5hZ2VkUG9saWN5Um9sZSh0aGlzLCAnUHJveHlSb2xlJywge1xuICAgICAgYXNzdW1lZEJ5OiBuZXcgaWFtLlNlcnZpY2VQcmluY2lwYWwoJ2VjMi5hbWF6b25hd3MuY29tJyksXG4gICAgICBkZXNjcmlwdGlvbjogYFBhY2thZ2UgcHJveHkgb2YgcGVybWl0ICR7cGxhbi5wZXJtaXRJZH0gKFNlc3Npb24gTWFuYWdlciBvbmx5KWAsXG4gICAgfSk7XG4gICAgc2Vzc2lvbk1hbmFnZXJQb2xpY3kodGhpcywgJ1Byb3h5U2Vzc2lvbk1hbmFnZXInLCByb2xlLCBgdGhlIHBhY2thZ2UgcHJveHkgb2YgcGVybWl0ICR7cGxhbi5wZXJtaXRJZH1gKTtcbiAgICBjb25zdCB1c2VyRGF0YSA9IGVjMi5Vc2VyRGF0YS5mb3JMaW51eCgpO1xuICAgIHVzZXJEYXRhLmFkZENvbW1hbmRzKC4uLnByb3h5VXNlckRhdGEocGxhbi5wZXJtaXRJZCwgcGxhbi5lZ3Jlc3NBbGxvd2VkRG9tYWlucykpO1xuICAgIGNvbnN0IGluc3RhbmNlID0gbmV3IGVjMi5JbnN0YW5jZSh0aGlzLCAnUHJveHknLCB7XG4gICAgICB2cGM6IHRoaXMudnBjLFxuICAgICAgdnBjU3VibmV0czogc3VibmV0cyxcbiAgICAgIGluc3RhbmNlVHlwZTogbmV3IGVjMi5JbnN0YW5jZVR5cGUodGhpcy5wcm9wcy5wcm94eUluc3RhbmNlVHlwZSksXG4gICAgICBtYWNoaW5lSW1hZ2U6IGVjMi5NYWNoaW5lSW1hZ2UubGF0ZXN0QW1hem9uTGludXgyMDIzKCksXG4gICAgICBzZWN1cml0eUdyb3VwOiBzZyxcbiAgICAgIHJvbGUsXG4gICAgICB1c2VyRGF0YSxcbiAgICAgIHJlcXVpcmVJbWRzdjI6IHRydWUsXG4gICAgICBkZXRhaWxlZE1vbml0b3Jpbmc6IHRydWUsXG4gICAgICBibG9ja0RldmljZXM6IFt7IGRldmljZU5hbWU6ICcvZGV2L3h2ZGEnLCB2b2x1bWU6IGVjMi5CbG9ja0RldmljZVZvbHVtZS5lYnMoOCwgeyBlbmNyeXB0ZWQ6IHRydWUsIHZvbHVtZVR5cGU6IGVjMi5FYnNEZXZpY2VWb2x1bWVUeXBlLkdQMyB9KSB9XSxcbiAgICAgIHVzZXJEYXRhQ2F1c2VzUmVwbGFjZW1lbnQ6IHRydWUsXG4gICAgfSk7XG4gICAgLy8gVGhlIHN1Ym5ldCBkZWNpZGVzIHRoZSB6b25lOyBhIGxpdGVyYWwgem9uZSBoZXJlIHdvdWxkIG9ubHkgcmVwZWF0IGl0IChjZm4tbGludCBXMzAxMCkuXG4gICAgKGluc3RhbmNlLm5vZGUuZGVmYXVsdENoaWxkIGFzIGVjMi5DZm5JbnN0YW5jZSkuYWRkUHJvcGVydHlEZWxldGlvbk92ZXJyaWRlKCdBdmFpbGFiaWxpdHlab25lJyk7XG4gICAgYWNrKGluc3RhbmNlLCBbJ0F3c1NvbHV0aW9ucy1FQzI5J10sXG4gICAgICAnVGhlIHByb3h5IGhvbGRzIG5vIGRhdGEgKHNxdWlkIGNhY2hpbmcgaXMgb2ZmKSBhbmQgaXMgcmVidWlsdCBmcm9tIGl0cyB1c2VyLWRhdGE7IGl0IG11c3QgYmUgZGVzdHJveWVkIHdoZW4gdGhlIHNldHVwIHdvcmtzcGFjZSBzdG9wcywgd2hpY2ggdGVybWluYXRpb24gcHJvdGVjdGlvbiB3b3VsZCBibG9jay4nKTtcbiAgICByZXR1cm4gW2luc3RhbmNlLCBzZ107XG4gIH1cbn1cblxuLyoqIFVzZXItZGF0YSBvZiB0aGUgcHJveHkgKEFtYXpvbiBMaW51eCAyMDIzKTogc3F1aWQgd2l0aCB0aGUgcGVybWl0J3MgZG9tYWluIGFsbG93bGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm94eVVzZXJEYXRhKHBlcm1pdElkOiBzdHJpbmcsIGRvbWFpbnM6IHN0cmluZ1tdKTogc3RyaW5nW10ge1xuICByZXR1cm4gc3F1aWRVc2VyRGF0YShgcGVybWl0LSR7cGVybWl0SWR9YCwgZG9tYWlucyk7XG59XG5cbmV4cG9ydCB7IGxvY2tlZFNlY3VyaXR5R3JvdXAsIE5PX1RSQUZGSUMgfSBmcm9tICcuL3BlcmltZXRlcic7XG5cbi8qKlxuICogQSBzdGF0ZWZ1bCBydWxlIGdyb3VwIChzdHJpY3Qgb3JkZXIsIGV2YWx1YXRlZCBiZWZvcmUgdGhlIGFsbG93bGlzdCkgdGhhdCBkcm9wcyB3aGF0IHRoZVxuICogZG9tYWluIGFsbG93bGlzdCBhbmQgdGhlIGBhd3M6ZHJvcF9lc3RhYmxpc2hlZGAgZGVmYXVsdCBjYW5ub3Q6IFVEUCBhbmQgSUNNUCAod2hvc2UgZmlyc3RcbiAqIHBhY2tldCB3b3VsZCBwYXNzIGJlZm9yZSBhIGZsb3cgY291bnRzIGFzIGVzdGFibGlzaGVkOiBETlMgb3IgUVVJQyB0byBhbiBvdXRzaWRlIGFkZHJlc3MpLFxuICogVENQIHRvIHBvcnRzIG90aGVyIHRoYW4gODAgYW5kIDQ0MywgVExTIG9uIHBvcnQgODAgYW5kIEhUVFAgb24gcG9ydCA0NDMuIFRMUyB3aXRob3V0IGEgc2VydmVyXG4gKiBuYW1lIChhbiBJUCBsaXRlcmFsKSBhbmQgSFRUUCB3aXRob3V0IGFuIGFsbG93bGlzdGVkIEhvc3QgbWF0Y2ggbm8gcGFzcyBydWxlIG9mIHRoZSBhbGxvd2xpc3RcbiAqIGFuZCBhcmUgZHJvcHBlZCBieSB0aGUgcG9saWN5J3MgZGVmYXVsdCBhY3Rpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBub25XZWJEcm9wUnVsZUdyb3VwKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIG5hbWU6IHN0cmluZyk6IG5ldHdvcmtmaXJld2FsbC5DZm5SdWxlR3JvdXAge1xuICBjb25zdCBydWxlcyA9IFtcbiAgICAnZHJvcCB1ZHAgJEhPTUVfTkVUIGFueSAtPiAkRVhURVJOQUxfTkVUIGFueSAobXNnOlwicndzOiBVRFAgb3V0XCI7IHNpZDo5MTAwMDAxOyByZXY6MTspJyxcbiAgICAnZHJvcCBpY21wICRIT01FX05FVCBhbnkgLT4gJEVYVEVSTkFMX05FVCBhbnkgKG1zZzpcInJ3czogSUNNUCBvdXRcIjsgc2lkOjkxMDAwMDI7IHJldjoxOyknLFxuICAgICdkcm9wIHRjcCAkSE9NRV9ORVQgYW55IC0+ICRFWFRFUk5BTF9ORVQgIVs4MCw0NDNdIChtc2c6XCJyd3M6IFRDUCBvdXQgdG8gYSBwb3J0IG90aGVyIHRoYW4gODAvNDQzXCI7IHNpZDo5MTAwMDAzOyByZXY6MTspJyxcbiAgICAnZHJvcCB0bHMgJEhPTUVfTkVUIGFueSAtPiAkRVhURVJOQUxfTkVUIDgwIChtc2c6XCJyd3M6IFRMUyBvbiBwb3J0IDgwXCI7IGZsb3c6dG9fc2VydmVyOyBzaWQ6OTEwMDAwNDsgcmV2OjE7KScsXG4gICAgJ2Ryb3AgaHR0cCAkSE9NRV9ORVQgYW55IC0+ICRFWFRFUk5BTF9ORVQgNDQzIChtc2c6XCJyd3M6IHBsYWluIEhUVFAgb24gcG9ydCA0NDNcIjsgZmxvdzp0b19zZXJ2ZXI7IHNpZDo5MTAwMDA1OyByZXY6MTspJyxcbiAgXTtcbiAgcmV0dXJuIG5ldyBuZXR3b3JrZmlyZXdhbGwuQ2ZuUnVsZUdyb3VwKHNjb3BlLCBpZCwge1xuICAgIHJ1bGVHcm91cE5hbWU6IG5hbWUuc2xpY2UoMCwgMTI4KSxcbiAgICB0eXBlOiAnU1RBVEVGVUwnLFxuICAgIGNhcGFjaXR5OiAyMCxcbiAgICBkZXNjcmlwdGlvbjogJ0Ryb3BzIG5vbi1UQ1AgdHJhZmZpYywgb3RoZXIgcG9ydHMsIHByb3RvY29sIG1pc21hdGNoZXMgYW5kIFRMUyB3aXRob3V0IGEgc2VydmVyIG5hbWUgYmVmb3JlIHRoZSBkb21haW4gYWxsb3dsaXN0JyxcbiAgICBydWxlR3JvdXA6IHtcbiAgICAgIHJ1bGVzU291cmNlOiB7IHJ1bGVzU3RyaW5nOiBydWxlcy5qb2luKCdcXG4nKSB9LFxuICAgICAgc3RhdGVmdWxSdWxlT3B0aW9uczogeyBydWxlT3JkZXI6ICdTVFJJQ1RfT1JERVInIH0sXG4gICAgfSxcbiAgfSk7XG59XG5cbi8qKiBXaGV0aGVyIGEgdmFsdWUgaXMgYSBsaXRlcmFsIChub3QgYSB0b2tlbikuICovXG5leHBvcnQgZnVuY3Rpb24gbGl0ZXJhbCh2OiBzdHJpbmcgfCB1bmRlZmluZWQpOiB2IGlzIHN0cmluZyB7XG4gIHJldHVybiB2ICE9PSB1bmRlZmluZWQgJiYgIVRva2VuLmlzVW5yZXNvbHZlZCh2KTtcbn1cbiJdfQ==