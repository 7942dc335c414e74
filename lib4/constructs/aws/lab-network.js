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
exports.LabNetwork = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const kms = __importStar(require("aws-cdk-lib/aws-kms"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const route53 = __importStar(require("aws-cdk-lib/aws-route53"));
const route53resolver = __importStar(require("aws-cdk-lib/aws-route53resolver"));
const constructs_1 = require("constructs");
const airlock_cfn_1 = require("./private/airlock-cfn");
const airlock_nag_1 = require("./private/airlock-nag");
const imdsv2_names_1 = require("./private/imdsv2-names");
const perimeter_1 = require("./private/perimeter");
const known_props_1 = require("../../private/known-props");
const policy_1 = require("../../workspaces/policy");
const props_1 = require("../private/props");
const acknowledge_1 = require("./private/acknowledge");
/**
 * Distribution mirrors of the bundled templates' operating systems (read-only package
 * repositories): always on the proxy's allowlist. Amazon Linux 2023 needs none: its
 * repositories are S3 buckets reached through the S3 gateway endpoint.
 */
const OS_MIRRORS = [
    'archive.ubuntu.com', '*.archive.ubuntu.com', 'security.ubuntu.com', 'ports.ubuntu.com',
    'deb.debian.org', 'security.debian.org', 'cdn-aws.deb.debian.org',
    'dl.rockylinux.org', 'mirrors.rockylinux.org',
];
/** Name of the egress proxy in the lab's private hosted zone. */
const PROXY_ZONE = 'rws-egress.internal';
const PROXY_HOST = `proxy.${PROXY_ZONE}`;
/**
 * The lab's network: a VPC whose workspaces have no public addresses and reach AWS through
 * VPC endpoints limited to the lab's account, with only as much internet as the lab's egress
 * mode allows. Workspace security groups get their egress rules from `connectWorkspace`.
 *
 * @example
 * const network = new LabNetwork(this, 'Network', { egress: EgressMode.PROXIED, allowedDomains: ['pypi.org', 'files.pythonhosted.org'] });
 */
class LabNetwork extends constructs_1.Construct {
    /**
     * Domains every lab with proxied egress may reach besides its allowlist: the operating
     * systems' package mirrors.
     */
    static PLATFORM_EGRESS_DOMAINS = OS_MIRRORS;
    /** The VPC. */
    vpc;
    /** Where workspaces and mount targets go. */
    workspaceSubnets;
    /** The egress mode built. */
    egress;
    /**
     * Security group of the interface endpoints (HTTPS from the VPC).
     * @default - none, when endpoints are off
     */
    endpointSecurityGroup;
    /**
     * Flow log group.
     * @default - none, when flow logs are off
     */
    flowLogGroup;
    /** Domains the egress proxy allows with `PROXIED` egress. */
    allowedDomains;
    /** Names the DNS Firewall resolves (empty with `OPEN` egress, which has no DNS Firewall). */
    dnsAllowedDomains;
    /**
     * Id of the region's S3 prefix list (given, or looked up at deploy time).
     * @default - none, when endpoints are off
     */
    s3PrefixListId;
    /**
     * The egress proxy (`PROXIED`).
     * @default - none
     */
    proxyInstance;
    /**
     * Security group of the egress proxy (`PROXIED`).
     * @default - none
     */
    proxySecurityGroup;
    /**
     * URL of the egress proxy (`PROXIED`), e.g. `http://proxy.rws-egress.internal:3128`.
     * @default - none
     */
    proxyUrl;
    /**
     * The S3 gateway endpoint.
     * @default - none, when endpoints are off or the route tables are unknown
     */
    s3Endpoint;
    /** The interface endpoints. */
    interfaceEndpoints = [];
    constructor(scope, id, props = {}) {
        super(scope, id);
        (0, imdsv2_names_1.uniqueImdsv2LaunchTemplateNames)(this);
        (0, known_props_1.checkKnownProps)(this, 'LabNetworkProps', props);
        this.egress = props.egress ?? policy_1.EgressMode.NONE;
        (0, props_1.checkInt)(this, 'maxAzs', props.maxAzs, 1, 6, 'use 2 (or 3 for more availability)');
        (0, props_1.checkInt)(this, 'natGateways', props.natGateways, 1, 6, 'use 1, or one per availability zone');
        if (props.cidr !== undefined && !(0, props_1.unresolved)(props.cidr) && !((0, props_1.isCidr)(props.cidr) && props.cidr.includes('.'))) {
            (0, props_1.badProp)(this, 'cidr', props.cidr, 'not an IPv4 CIDR block', 'write e.g. "10.80.0.0/16"');
        }
        if (props.vpc && (props.cidr || props.availabilityZones || props.maxAzs || props.natGateways)) {
            (0, props_1.badProp)(this, 'vpc', props.vpc.vpcId, 'cidr, maxAzs, availabilityZones and natGateways describe a new VPC and cannot be used with an existing one', 'remove them, or remove vpc to create a new VPC');
        }
        if (props.vpc && this.egress === policy_1.EgressMode.PROXIED && !props.proxySubnets) {
            (0, props_1.badProp)(this, 'proxySubnets', undefined, 'with an existing VPC and proxied egress, the egress proxy needs subnets with a route to the internet (the workspace subnets must have none)', 'give proxySubnets (lab.yaml: vpc.proxy_subnet_ids), or use egress none');
        }
        if (props.proxySubnets && !(props.vpc && this.egress === policy_1.EgressMode.PROXIED)) {
            (0, props_1.badProp)(this, 'proxySubnets', '(a selection)', 'proxySubnets is only used with an existing VPC and proxied egress', 'remove it');
        }
        if (props.s3PrefixListId !== undefined && !(0, props_1.unresolved)(props.s3PrefixListId) && !/^pl-[0-9a-f]{8,17}$/.test(props.s3PrefixListId)) {
            (0, props_1.badProp)(this, 's3PrefixListId', props.s3PrefixListId, 'not a prefix list id', 'write e.g. "pl-63a5400a" (aws ec2 describe-managed-prefix-lists), or leave it out');
        }
        if (props.proxyInstanceType !== undefined && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(props.proxyInstanceType)) {
            (0, props_1.badProp)(this, 'proxyInstanceType', props.proxyInstanceType, 'not an EC2 instance type', 'write e.g. "t3.micro"');
        }
        const domains = [...new Set([...(props.allowedDomains ?? policy_1.DEFAULT_EGRESS_DOMAINS), ...OS_MIRRORS])];
        for (const d of domains) {
            if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i.test(d)) {
                (0, props_1.badProp)(this, 'allowedDomains', d, 'not a domain name', 'write a host name such as pypi.org or *.example.org (no scheme or path)');
            }
            if (d === '*' || /^\*\.[a-z0-9-]+$/i.test(d)) {
                (0, props_1.badProp)(this, 'allowedDomains', d, 'allows a whole top-level domain, which is the internet', 'list the package repositories by name, e.g. pypi.org, or use egress open');
            }
        }
        this.allowedDomains = domains;
        if (this.egress === policy_1.EgressMode.PROXIED) {
            const risks = (0, perimeter_1.uploadRisks)(domains);
            if (risks.length) {
                aws_cdk_lib_1.Annotations.of(this).addWarningV2('rws:egress-upload-channel', `the egress allowlist reaches hosts that accept uploads, so a researcher can move data out through them: ${risks.join(', ')}. `
                    + 'Fix: remove them from egress_allowed_domains (mirror what you need inside the lab), or acknowledge this warning with the reason the lab accepts the risk.');
            }
        }
        const region = aws_cdk_lib_1.Stack.of(this).region;
        if (props.vpc) {
            this.vpc = props.vpc;
            this.workspaceSubnets = props.workspaceSubnets ?? (props.vpc.isolatedSubnets.length > 0
                ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
        }
        else {
            const withNat = this.egress !== policy_1.EgressMode.NONE;
            const open = this.egress === policy_1.EgressMode.OPEN;
            // The workspace subnets keep their name (and so their logical ids and ranges) in every
            // mode; the proxy's subnets come last so that no range moves.
            const subnetConfiguration = withNat
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
                (0, acknowledge_1.acknowledge)(vpc, {
                    id: ruleId,
                    reason: 'No lab resource uses the default security group (workspaces, mount targets, endpoints, the proxy and the gateway each get an explicit group); removing its rules needs a Lambda-backed custom resource, which would add more attack surface than it removes. Close it account-wide with the AWS Config remediation for vpc-default-security-group-closed.',
                });
            }
            if (withNat) {
                for (const ruleId of ['HIPAA.Security-VPCNoUnrestrictedRouteToIGW', 'NIST.800.53.R5-VPCNoUnrestrictedRouteToIGW']) {
                    (0, acknowledge_1.acknowledge)(vpc, {
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
                removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
            });
            if (!props.encryptionKey)
                (0, props_1.allowLogsService)(key);
            this.flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
                encryptionKey: key,
                retention: props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR,
                removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
            });
            const role = new props_1.ManagedPolicyRole(this, 'FlowLogRole', {
                assumedBy: new iam.ServicePrincipal('vpc-flow-logs.amazonaws.com'),
                description: `Lets VPC Flow Logs write to ${this.node.path}/FlowLogs`,
            });
            new ec2.FlowLog(this, 'FlowLog', {
                resourceType: ec2.FlowLogResourceType.fromVpc(this.vpc),
                destination: ec2.FlowLogDestination.toCloudWatchLogs(this.flowLogGroup, role),
                trafficType: ec2.FlowLogTrafficType.ALL,
            });
        }
        const proxySubnets = this.egress === policy_1.EgressMode.PROXIED
            ? props.proxySubnets ?? { subnetGroupName: 'Proxy' } : undefined;
        if (props.endpoints ?? true) {
            this.addEndpoints(props, proxySubnets);
        }
        if (this.egress === policy_1.EgressMode.PROXIED) {
            this.addProxy(proxySubnets, props.proxyInstanceType ?? 't3.micro');
        }
        // The names workspaces (and the proxy) may resolve: the AWS services the lab uses in its
        // region and the VPC's own names; with PROXIED also the allowlist and the proxy's name.
        const regional = (s) => `${s}.${region === undefined || (0, props_1.unresolved)(region) ? aws_cdk_lib_1.Aws.REGION : region}.amazonaws.com`;
        const awsNames = [
            ...['ssm', 'ssmmessages', 'ec2messages', 'ec2', 'elasticfilesystem', 'logs', 'secretsmanager', 'kms', 's3', 's3.dualstack', 'sts'].map(regional),
            ...['efs', 's3', 's3.dualstack'].map((s) => `*.${regional(s)}`),
            '*.compute.internal', '*.ec2.internal',
        ];
        this.dnsAllowedDomains = this.egress === policy_1.EgressMode.OPEN ? []
            : [...new Set([...awsNames, ...(this.egress === policy_1.EgressMode.PROXIED ? [PROXY_HOST, ...this.allowedDomains] : [])])];
        if (this.egress !== policy_1.EgressMode.OPEN) {
            this.addDnsFirewall();
        }
    }
    /**
     * Gives a workspace security group (one with `allowAllOutbound: false`) the egress rules
     * of the lab's egress mode, and admits it where it goes: HTTPS to the interface endpoints
     * and to S3 (its prefix list); with `PROXIED` the proxy's port; with `OPEN` HTTP and HTTPS
     * to anywhere. NFS to the shared file system is added by `SharedEfs.allowFrom`.
     */
    connectWorkspace(sg, name) {
        if (this.endpointSecurityGroup) {
            sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC interface endpoints');
        }
        if (this.s3PrefixListId) {
            sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint (its policy limits buckets)');
        }
        if (this.egress === policy_1.EgressMode.PROXIED && this.proxySecurityGroup) {
            sg.addEgressRule(this.proxySecurityGroup, ec2.Port.tcp(perimeter_1.SQUID_PORT), 'The egress proxy (domain allowlist)');
            this.proxySecurityGroup.addIngressRule(sg, ec2.Port.tcp(perimeter_1.SQUID_PORT), `From ${name}`);
        }
        if (this.egress === policy_1.EgressMode.OPEN) {
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
    addServiceEndpoint(id, service, dnsNames) {
        if (!this.endpointSecurityGroup)
            return undefined;
        const existing = this.vpc.node.tryFindChild(id);
        if (existing instanceof ec2.InterfaceVpcEndpoint)
            return existing;
        const ep = this.vpc.addInterfaceEndpoint(id, {
            service,
            subnets: this.workspaceSubnets,
            securityGroups: [this.endpointSecurityGroup],
            privateDnsEnabled: true,
            open: false,
        });
        (0, perimeter_1.limitInterfaceEndpoint)(ep, false);
        this.interfaceEndpoints.push(ep);
        if (this.egress !== policy_1.EgressMode.OPEN) {
            for (const n of dnsNames)
                if (!this.dnsAllowedDomains.includes(n))
                    this.dnsAllowedDomains.push(n);
        }
        return ep;
    }
    /** A security group for workspaces with no default egress, connected as `connectWorkspace` says. */
    workspaceSecurityGroup(scope, id, description) {
        const sg = (0, perimeter_1.lockedSecurityGroup)(scope, id, this.vpc, description);
        this.connectWorkspace(sg, description);
        return sg;
    }
    addEndpoints(props, proxySubnets) {
        const routable = (sel) => this.vpc.selectSubnets(sel).subnets.every((s) => {
            try {
                return !!s.routeTable?.routeTableId;
            }
            catch {
                return false;
            }
        });
        const s3Subnets = [this.workspaceSubnets, ...(proxySubnets && routable(proxySubnets) ? [proxySubnets] : [])];
        if (routable(this.workspaceSubnets)) {
            const s3 = this.vpc.addGatewayEndpoint('S3', { service: ec2.GatewayVpcEndpointAwsService.S3, subnets: s3Subnets });
            (0, perimeter_1.limitS3Endpoint)(s3);
            this.s3Endpoint = s3;
        }
        else {
            aws_cdk_lib_1.Annotations.of(this).addWarningV2('rws:no-s3-endpoint', 'No S3 gateway endpoint was added: the route tables of the existing VPC\'s subnets are unknown. Give them (privateSubnetRouteTableIds, or route_table_ids in lab.yaml), or make sure the VPC already has one with a policy limited to your account: workspaces without internet need it for packages of Amazon Linux and the SSM agent.');
        }
        const sg = (0, perimeter_1.lockedSecurityGroup)(this, 'EndpointSecurityGroup', this.vpc, 'HTTPS to the AWS service endpoints from inside the lab VPC');
        this.endpointSecurityGroup = sg;
        // A literal range when known (checks can read it), else the VPC's attribute.
        const range = props.vpc ? this.vpc.vpcCidrBlock : props.cidr ?? '10.80.0.0/16';
        sg.addIngressRule(ec2.Peer.ipv4(range), ec2.Port.tcp(443), 'HTTPS from the lab VPC');
        if ((0, props_1.unresolved)(range)) {
            for (const ruleId of ['AwsSolutions-EC23', 'HIPAA.Security-EC2RestrictedCommonPorts', 'HIPAA.Security-EC2RestrictedSSH', 'NIST.800.53.R5-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedSSH']) {
                (0, acknowledge_1.acknowledge)(sg, {
                    id: ruleId,
                    reason: 'The only inbound rule admits HTTPS (443) from the VPC\'s own address range, which is an attribute of the imported VPC and so unknown to the check at synth time; no port is open to any other network.',
                });
            }
        }
        const services = [
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
            (0, perimeter_1.limitInterfaceEndpoint)(ep, name === 'Ssm');
            this.interfaceEndpoints.push(ep);
        }
        this.s3PrefixListId = props.s3PrefixListId ?? this.prefixListLookup(props);
    }
    prefixListLookup(props) {
        const key = props.encryptionKey ?? this.node.tryFindChild('FlowLogKey');
        const id = (0, perimeter_1.lookUpS3PrefixList)(this, key, props.flowLogRetention ?? logs.RetentionDays.ONE_YEAR);
        const stack = aws_cdk_lib_1.Stack.of(this);
        const fn = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
        if (fn) {
            // The function is one per stack: its role is that of the first network that looked the
            // list up (a lab with an image build network has two), and that is the one it references.
            const role = fn.role ?? this.node.tryFindChild('S3PrefixListRole');
            if (role)
                (0, airlock_cfn_1.dropRedundantDependsOn)(fn.node.defaultChild, [role]);
            (0, airlock_nag_1.acknowledgeDeployTimeFunction)(fn, {
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
    addProxy(subnets, instanceType) {
        const sg = (0, perimeter_1.lockedSecurityGroup)(this, 'ProxySecurityGroup', this.vpc, 'Egress proxy of the lab: in from the workspaces on 3128, out on 80/443 (squid allowlist)');
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS to the allowlisted repositories (squid decides)');
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP to the allowlisted repositories (squid decides)');
        const role = new props_1.ManagedPolicyRole(this, 'ProxyRole', {
            assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
            description: `Egress proxy of ${this.node.path} (Session Manager only)`,
        });
        (0, perimeter_1.sessionManagerPolicy)(this, 'ProxySessionManager', role, `the egress proxy of ${this.node.path}`);
        const userData = ec2.UserData.forLinux();
        userData.addCommands(...(0, perimeter_1.squidUserData)(this.node.path, this.allowedDomains));
        // The subnet decides the zone (the instance's AvailabilityZone property is removed below):
        // a subnet imported by id alone, whose zone is unknown, is usable too.
        const first = this.vpc.selectSubnets(subnets).subnets[0];
        if (!first)
            (0, props_1.badProp)(this, 'proxySubnets', '(a selection)', 'selects no subnets', 'give the ids of subnets with a route to the internet');
        let az;
        try {
            az = first.availabilityZone;
        }
        catch {
            az = 'decided-by-the-subnet';
        }
        // The route table too, when the subnet has a known one (CDK warns about a subnet imported without it).
        let routeTableId;
        try {
            routeTableId = first.routeTable?.routeTableId;
        }
        catch {
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
        instance.node.defaultChild.addPropertyDeletionOverride('AvailabilityZone');
        // squid is installed at first boot: the route out (and to S3) must exist by then.
        instance.node.addDependency(first.internetConnectivityEstablished);
        if (this.s3Endpoint)
            instance.node.addDependency(this.s3Endpoint);
        (0, airlock_nag_1.ack)(instance, ['AwsSolutions-EC29'], 'The proxy holds no data (squid caching is off) and is rebuilt from its user-data (a changed allowlist replaces it); termination protection would block that.');
        const zone = new route53.PrivateHostedZone(this, 'ProxyZone', { zoneName: PROXY_ZONE, vpc: this.vpc, comment: `Egress proxy of ${this.node.path}` });
        new route53.ARecord(this, 'ProxyRecord', {
            zone,
            recordName: 'proxy',
            target: route53.RecordTarget.fromIpAddresses(instance.instancePrivateIp),
            ttl: aws_cdk_lib_1.Duration.minutes(1),
        });
        if (this.endpointSecurityGroup)
            sg.addEgressRule(this.endpointSecurityGroup, ec2.Port.tcp(443), 'HTTPS to the VPC interface endpoints (Session Manager)');
        if (this.s3PrefixListId)
            sg.addEgressRule(ec2.Peer.prefixList(this.s3PrefixListId), ec2.Port.tcp(443), 'HTTPS to S3 (Amazon Linux repositories)');
        this.proxyInstance = instance;
        this.proxySecurityGroup = sg;
        this.proxyUrl = `http://${PROXY_HOST}:${perimeter_1.SQUID_PORT}`;
    }
    /** A DNS Firewall that answers only for `dnsAllowedDomains` and blocks every other name. */
    addDnsFirewall() {
        const allowed = new route53resolver.CfnFirewallDomainList(this, 'AllowedDomains', {
            name: `${this.node.addr.slice(0, 8)}-allowed`,
            // Lazy: names added later by addServiceEndpoint are resolved too.
            domains: aws_cdk_lib_1.Lazy.list({ produce: () => this.dnsAllowedDomains }),
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
exports.LabNetwork = LabNetwork;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLW5ldHdvcmsuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY29uc3RydWN0cy9hd3MvbGFiLW5ldHdvcmsudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsNkNBQWtHO0FBQ2xHLHlEQUEyQztBQUMzQyx5REFBMkM7QUFDM0MseURBQTJDO0FBQzNDLDJEQUE2QztBQUM3QyxpRUFBbUQ7QUFDbkQsaUZBQW1FO0FBQ25FLDJDQUFtRDtBQUNuRCx1REFBK0Q7QUFDL0QsdURBQTJFO0FBQzNFLHlEQUF5RTtBQUN6RSxtREFFNkI7QUFDN0IsMkRBQTREO0FBQzVELG9EQUE2RTtBQUM3RSw0Q0FBOEc7QUFDOUcsdURBQW9EO0FBRXBEOzs7O0dBSUc7QUFDSCxNQUFNLFVBQVUsR0FBYTtJQUMzQixvQkFBb0IsRUFBRSxzQkFBc0IsRUFBRSxxQkFBcUIsRUFBRSxrQkFBa0I7SUFDdkYsZ0JBQWdCLEVBQUUscUJBQXFCLEVBQUUsd0JBQXdCO0lBQ2pFLG1CQUFtQixFQUFFLHdCQUF3QjtDQUM5QyxDQUFDO0FBRUYsaUVBQWlFO0FBQ2pFLE1BQU0sVUFBVSxHQUFHLHFCQUFxQixDQUFDO0FBQ3pDLE1BQU0sVUFBVSxHQUFHLFNBQVMsVUFBVSxFQUFFLENBQUM7QUFrSHpDOzs7Ozs7O0dBT0c7QUFDSCxNQUFhLFVBQVcsU0FBUSxzQkFBUztJQUN2Qzs7O09BR0c7SUFDSSxNQUFNLENBQVUsdUJBQXVCLEdBQWEsVUFBVSxDQUFDO0lBRXRFLGVBQWU7SUFDQyxHQUFHLENBQVc7SUFDOUIsNkNBQTZDO0lBQzdCLGdCQUFnQixDQUFzQjtJQUN0RCw2QkFBNkI7SUFDYixNQUFNLENBQWE7SUFDbkM7OztPQUdHO0lBQ2EscUJBQXFCLENBQXFCO0lBQzFEOzs7T0FHRztJQUNhLFlBQVksQ0FBaUI7SUFDN0MsNkRBQTZEO0lBQzdDLGNBQWMsQ0FBVztJQUN6Qyw2RkFBNkY7SUFDN0UsaUJBQWlCLENBQVc7SUFDNUM7OztPQUdHO0lBQ2EsY0FBYyxDQUFVO0lBQ3hDOzs7T0FHRztJQUNhLGFBQWEsQ0FBZ0I7SUFDN0M7OztPQUdHO0lBQ2Esa0JBQWtCLENBQXFCO0lBQ3ZEOzs7T0FHRztJQUNhLFFBQVEsQ0FBVTtJQUNsQzs7O09BR0c7SUFDYSxVQUFVLENBQTBCO0lBQ3BELCtCQUErQjtJQUNmLGtCQUFrQixHQUErQixFQUFFLENBQUM7SUFFcEUsWUFBWSxLQUFnQixFQUFFLEVBQVUsRUFBRSxRQUF5QixFQUFFO1FBQ25FLEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDakIsSUFBQSw4Q0FBK0IsRUFBQyxJQUFJLENBQUMsQ0FBQztRQUN0QyxJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLGlCQUFpQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2hELElBQUksQ0FBQyxNQUFNLEdBQUcsS0FBSyxDQUFDLE1BQU0sSUFBSSxtQkFBVSxDQUFDLElBQUksQ0FBQztRQUM5QyxJQUFBLGdCQUFRLEVBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsb0NBQW9DLENBQUMsQ0FBQztRQUNuRixJQUFBLGdCQUFRLEVBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRSxLQUFLLENBQUMsV0FBVyxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUscUNBQXFDLENBQUMsQ0FBQztRQUM5RixJQUFJLEtBQUssQ0FBQyxJQUFJLEtBQUssU0FBUyxJQUFJLENBQUMsSUFBQSxrQkFBVSxFQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBQSxjQUFNLEVBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUM3RyxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxJQUFJLEVBQUUsd0JBQXdCLEVBQUUsMkJBQTJCLENBQUMsQ0FBQztRQUMzRixDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksSUFBSSxLQUFLLENBQUMsaUJBQWlCLElBQUksS0FBSyxDQUFDLE1BQU0sSUFBSSxLQUFLLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQztZQUM5RixJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxFQUFFLDRHQUE0RyxFQUNoSixnREFBZ0QsQ0FBQyxDQUFDO1FBQ3RELENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxZQUFZLEVBQUUsQ0FBQztZQUMzRSxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFBRSw2SUFBNkksRUFDcEwsd0VBQXdFLENBQUMsQ0FBQztRQUM5RSxDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsWUFBWSxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssbUJBQVUsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQzdFLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxjQUFjLEVBQUUsZUFBZSxFQUFFLG1FQUFtRSxFQUFFLFdBQVcsQ0FBQyxDQUFDO1FBQ25JLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxjQUFjLEtBQUssU0FBUyxJQUFJLENBQUMsSUFBQSxrQkFBVSxFQUFDLEtBQUssQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLHFCQUFxQixDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsY0FBYyxDQUFDLEVBQUUsQ0FBQztZQUNqSSxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxDQUFDLGNBQWMsRUFBRSxzQkFBc0IsRUFBRSxtRkFBbUYsQ0FBQyxDQUFDO1FBQ3JLLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxpQkFBaUIsS0FBSyxTQUFTLElBQUksQ0FBQyw4QkFBOEIsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLGlCQUFpQixDQUFDLEVBQUUsQ0FBQztZQUMzRyxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxDQUFDLGlCQUFpQixFQUFFLDBCQUEwQixFQUFFLHVCQUF1QixDQUFDLENBQUM7UUFDbkgsQ0FBQztRQUNELE1BQU0sT0FBTyxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsY0FBYyxJQUFJLCtCQUFzQixDQUFDLEVBQUUsR0FBRyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDbkcsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUN4QixJQUFJLENBQUMsMkVBQTJFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3pGLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxDQUFDLEVBQUUsbUJBQW1CLEVBQUUseUVBQXlFLENBQUMsQ0FBQztZQUNySSxDQUFDO1lBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLG1CQUFtQixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUM3QyxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsQ0FBQyxFQUFFLHdEQUF3RCxFQUFFLDBFQUEwRSxDQUFDLENBQUM7WUFDM0ssQ0FBQztRQUNILENBQUM7UUFDRCxJQUFJLENBQUMsY0FBYyxHQUFHLE9BQU8sQ0FBQztRQUM5QixJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssbUJBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQztZQUN2QyxNQUFNLEtBQUssR0FBRyxJQUFBLHVCQUFXLEVBQUMsT0FBTyxDQUFDLENBQUM7WUFDbkMsSUFBSSxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUM7Z0JBQ2pCLHlCQUFXLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLFlBQVksQ0FBQywyQkFBMkIsRUFDM0QsMkdBQTJHLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUk7c0JBQzdILDJKQUEySixDQUFDLENBQUM7WUFDbkssQ0FBQztRQUNILENBQUM7UUFFRCxNQUFNLE1BQU0sR0FBRyxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUM7UUFDckMsSUFBSSxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUM7WUFDZCxJQUFJLENBQUMsR0FBRyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUM7WUFDckIsSUFBSSxDQUFDLGdCQUFnQixHQUFHLEtBQUssQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLE1BQU0sR0FBRyxDQUFDO2dCQUNyRixDQUFDLENBQUMsRUFBRSxVQUFVLEVBQUUsR0FBRyxDQUFDLFVBQVUsQ0FBQyxnQkFBZ0IsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLG1CQUFtQixFQUFFLENBQUMsQ0FBQztRQUM1RyxDQUFDO2FBQU0sQ0FBQztZQUNOLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLEtBQUssbUJBQVUsQ0FBQyxJQUFJLENBQUM7WUFDaEQsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLElBQUksQ0FBQztZQUM3Qyx1RkFBdUY7WUFDdkYsOERBQThEO1lBQzlELE1BQU0sbUJBQW1CLEdBQThCLE9BQU87Z0JBQzVELENBQUMsQ0FBQztvQkFDQSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxFQUFFO29CQUMvRixFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsVUFBVSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxtQkFBbUIsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsRUFBRSxFQUFFO29CQUM3SCxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLG1CQUFtQixFQUFFLFFBQVEsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO2lCQUNuRztnQkFDRCxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsUUFBUSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDeEYsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUU7Z0JBQ25DLFdBQVcsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxJQUFJLGNBQWMsQ0FBQztnQkFDL0QsTUFBTSxFQUFFLEtBQUssQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsTUFBTSxJQUFJLENBQUM7Z0JBQy9ELGlCQUFpQixFQUFFLEtBQUssQ0FBQyxpQkFBaUI7Z0JBQzFDLFdBQVcsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxXQUFXLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO2dCQUNqRCxtQkFBbUI7Z0JBQ25CLDRCQUE0QixFQUFFLEtBQUs7Z0JBQ25DLGtCQUFrQixFQUFFLElBQUk7Z0JBQ3hCLGdCQUFnQixFQUFFLElBQUk7YUFDdkIsQ0FBQyxDQUFDO1lBQ0gsSUFBSSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUM7WUFDZixJQUFJLENBQUMsZ0JBQWdCLEdBQUcsRUFBRSxlQUFlLEVBQUUsWUFBWSxFQUFFLENBQUM7WUFDMUQsdUdBQXVHO1lBQ3ZHLEtBQUssTUFBTSxNQUFNLElBQUksQ0FBQyw4Q0FBOEMsRUFBRSw4Q0FBOEMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RILElBQUEseUJBQVcsRUFBQyxHQUFHLEVBQUU7b0JBQ2YsRUFBRSxFQUFFLE1BQU07b0JBQ1YsTUFBTSxFQUFFLDJWQUEyVjtpQkFDcFcsQ0FBQyxDQUFDO1lBQ0wsQ0FBQztZQUNELElBQUksT0FBTyxFQUFFLENBQUM7Z0JBQ1osS0FBSyxNQUFNLE1BQU0sSUFBSSxDQUFDLDRDQUE0QyxFQUFFLDRDQUE0QyxDQUFDLEVBQUUsQ0FBQztvQkFDbEgsSUFBQSx5QkFBVyxFQUFDLEdBQUcsRUFBRTt3QkFDZixFQUFFLEVBQUUsTUFBTTt3QkFDVixNQUFNLEVBQUUsSUFBSTs0QkFDVixDQUFDLENBQUMsOFRBQThUOzRCQUNoVSxDQUFDLENBQUMsNlBBQTZQO3FCQUNsUSxDQUFDLENBQUM7Z0JBQ0wsQ0FBQztZQUNILENBQUM7UUFDSCxDQUFDO1FBRUQsSUFBSSxLQUFLLENBQUMsUUFBUSxJQUFJLElBQUksRUFBRSxDQUFDO1lBQzNCLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxhQUFhLElBQUksSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxZQUFZLEVBQUU7Z0JBQ2pFLFdBQVcsRUFBRSxrQ0FBa0MsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUU7Z0JBQy9ELGlCQUFpQixFQUFFLElBQUk7Z0JBQ3ZCLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07YUFDcEMsQ0FBQyxDQUFDO1lBQ0gsSUFBSSxDQUFDLEtBQUssQ0FBQyxhQUFhO2dCQUFFLElBQUEsd0JBQWdCLEVBQUMsR0FBYyxDQUFDLENBQUM7WUFDM0QsSUFBSSxDQUFDLFlBQVksR0FBRyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLFVBQVUsRUFBRTtnQkFDdEQsYUFBYSxFQUFFLEdBQUc7Z0JBQ2xCLFNBQVMsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLElBQUksSUFBSSxDQUFDLGFBQWEsQ0FBQyxRQUFRO2dCQUNoRSxhQUFhLEVBQUUsMkJBQWEsQ0FBQyxNQUFNO2FBQ3BDLENBQUMsQ0FBQztZQUNILE1BQU0sSUFBSSxHQUFHLElBQUkseUJBQWlCLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRTtnQkFDdEQsU0FBUyxFQUFFLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLDZCQUE2QixDQUFDO2dCQUNsRSxXQUFXLEVBQUUsK0JBQStCLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxXQUFXO2FBQ3RFLENBQUMsQ0FBQztZQUNILElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFO2dCQUMvQixZQUFZLEVBQUUsR0FBRyxDQUFDLG1CQUFtQixDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDO2dCQUN2RCxXQUFXLEVBQUUsR0FBRyxDQUFDLGtCQUFrQixDQUFDLGdCQUFnQixDQUFDLElBQUksQ0FBQyxZQUFZLEVBQUUsSUFBSSxDQUFDO2dCQUM3RSxXQUFXLEVBQUUsR0FBRyxDQUFDLGtCQUFrQixDQUFDLEdBQUc7YUFDeEMsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUVELE1BQU0sWUFBWSxHQUFvQyxJQUFJLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTztZQUN0RixDQUFDLENBQUMsS0FBSyxDQUFDLFlBQVksSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1FBRW5FLElBQUksS0FBSyxDQUFDLFNBQVMsSUFBSSxJQUFJLEVBQUUsQ0FBQztZQUM1QixJQUFJLENBQUMsWUFBWSxDQUFDLEtBQUssRUFBRSxZQUFZLENBQUMsQ0FBQztRQUN6QyxDQUFDO1FBRUQsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxFQUFFLENBQUM7WUFDdkMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxZQUFhLEVBQUUsS0FBSyxDQUFDLGlCQUFpQixJQUFJLFVBQVUsQ0FBQyxDQUFDO1FBQ3RFLENBQUM7UUFFRCx5RkFBeUY7UUFDekYsd0ZBQXdGO1FBQ3hGLE1BQU0sUUFBUSxHQUFHLENBQUMsQ0FBUyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsSUFBSSxNQUFNLEtBQUssU0FBUyxJQUFJLElBQUEsa0JBQVUsRUFBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsaUJBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sZ0JBQWdCLENBQUM7UUFDekgsTUFBTSxRQUFRLEdBQUc7WUFDZixHQUFHLENBQUMsS0FBSyxFQUFFLGFBQWEsRUFBRSxhQUFhLEVBQUUsS0FBSyxFQUFFLG1CQUFtQixFQUFFLE1BQU0sRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxLQUFLLENBQUMsQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDO1lBQ2hKLEdBQUcsQ0FBQyxLQUFLLEVBQUUsSUFBSSxFQUFFLGNBQWMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMvRCxvQkFBb0IsRUFBRSxnQkFBZ0I7U0FDdkMsQ0FBQztRQUNGLElBQUksQ0FBQyxpQkFBaUIsR0FBRyxJQUFJLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFO1lBQzNELENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLFFBQVEsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsR0FBRyxJQUFJLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3JILElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ3BDLElBQUksQ0FBQyxjQUFjLEVBQUUsQ0FBQztRQUN4QixDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7OztPQUtHO0lBQ0ksZ0JBQWdCLENBQUMsRUFBc0IsRUFBRSxJQUFZO1FBQzFELElBQUksSUFBSSxDQUFDLHFCQUFxQixFQUFFLENBQUM7WUFDL0IsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMscUJBQXFCLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsc0NBQXNDLENBQUMsQ0FBQztRQUMxRyxDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsY0FBYyxFQUFFLENBQUM7WUFDeEIsRUFBRSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsY0FBYyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsc0VBQXNFLENBQUMsQ0FBQztRQUN4SixDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLG1CQUFVLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxrQkFBa0IsRUFBRSxDQUFDO1lBQ2xFLEVBQUUsQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLGtCQUFrQixFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLHNCQUFVLENBQUMsRUFBRSxxQ0FBcUMsQ0FBQyxDQUFDO1lBQzNHLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxjQUFjLENBQUMsRUFBRSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLHNCQUFVLENBQUMsRUFBRSxRQUFRLElBQUksRUFBRSxDQUFDLENBQUM7UUFDdkYsQ0FBQztRQUNELElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ3BDLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSxxQ0FBcUMsQ0FBQyxDQUFDO1lBQy9GLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUMsRUFBRSxvQ0FBb0MsQ0FBQyxDQUFDO1FBQy9GLENBQUM7SUFDSCxDQUFDO0lBRUQ7Ozs7O09BS0c7SUFDSSxrQkFBa0IsQ0FBQyxFQUFVLEVBQUUsT0FBeUMsRUFBRSxRQUFrQjtRQUNqRyxJQUFJLENBQUMsSUFBSSxDQUFDLHFCQUFxQjtZQUFFLE9BQU8sU0FBUyxDQUFDO1FBQ2xELE1BQU0sUUFBUSxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNoRCxJQUFJLFFBQVEsWUFBWSxHQUFHLENBQUMsb0JBQW9CO1lBQUUsT0FBTyxRQUFRLENBQUM7UUFDbEUsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxvQkFBb0IsQ0FBQyxFQUFFLEVBQUU7WUFDM0MsT0FBTztZQUNQLE9BQU8sRUFBRSxJQUFJLENBQUMsZ0JBQWdCO1lBQzlCLGNBQWMsRUFBRSxDQUFDLElBQUksQ0FBQyxxQkFBcUIsQ0FBQztZQUM1QyxpQkFBaUIsRUFBRSxJQUFJO1lBQ3ZCLElBQUksRUFBRSxLQUFLO1NBQ1osQ0FBQyxDQUFDO1FBQ0gsSUFBQSxrQ0FBc0IsRUFBQyxFQUFFLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDbEMsSUFBSSxDQUFDLGtCQUFrQixDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNqQyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssbUJBQVUsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNwQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVE7Z0JBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDO29CQUFFLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDcEcsQ0FBQztRQUNELE9BQU8sRUFBRSxDQUFDO0lBQ1osQ0FBQztJQUVELG9HQUFvRztJQUM3RixzQkFBc0IsQ0FBQyxLQUFnQixFQUFFLEVBQVUsRUFBRSxXQUFtQjtRQUM3RSxNQUFNLEVBQUUsR0FBRyxJQUFBLCtCQUFtQixFQUFDLEtBQUssRUFBRSxFQUFFLEVBQUUsSUFBSSxDQUFDLEdBQUcsRUFBRSxXQUFXLENBQUMsQ0FBQztRQUNqRSxJQUFJLENBQUMsZ0JBQWdCLENBQUMsRUFBRSxFQUFFLFdBQVcsQ0FBQyxDQUFDO1FBQ3ZDLE9BQU8sRUFBRSxDQUFDO0lBQ1osQ0FBQztJQUVPLFlBQVksQ0FBQyxLQUFzQixFQUFFLFlBQTZDO1FBQ3hGLE1BQU0sUUFBUSxHQUFHLENBQUMsR0FBd0IsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1lBQzdGLElBQUksQ0FBQztnQkFDSCxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLFlBQVksQ0FBQztZQUN0QyxDQUFDO1lBQUMsTUFBTSxDQUFDO2dCQUNQLE9BQU8sS0FBSyxDQUFDO1lBQ2YsQ0FBQztRQUNILENBQUMsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxTQUFTLEdBQUcsQ0FBQyxJQUFJLENBQUMsZ0JBQWdCLEVBQUUsR0FBRyxDQUFDLFlBQVksSUFBSSxRQUFRLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDN0csSUFBSSxRQUFRLENBQUMsSUFBSSxDQUFDLGdCQUFnQixDQUFDLEVBQUUsQ0FBQztZQUNwQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLElBQUksRUFBRSxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsNEJBQTRCLENBQUMsRUFBRSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO1lBQ25ILElBQUEsMkJBQWUsRUFBQyxFQUFFLENBQUMsQ0FBQztZQUNuQixJQUFnRCxDQUFDLFVBQVUsR0FBRyxFQUFFLENBQUM7UUFDcEUsQ0FBQzthQUFNLENBQUM7WUFDTix5QkFBVyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZLENBQUMsb0JBQW9CLEVBQ3BELHdVQUF3VSxDQUFDLENBQUM7UUFDOVUsQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLElBQUEsK0JBQW1CLEVBQUMsSUFBSSxFQUFFLHVCQUF1QixFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsNERBQTRELENBQUMsQ0FBQztRQUNySSxJQUFzRCxDQUFDLHFCQUFxQixHQUFHLEVBQUUsQ0FBQztRQUNuRiw2RUFBNkU7UUFDN0UsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLElBQUksY0FBYyxDQUFDO1FBQy9FLEVBQUUsQ0FBQyxjQUFjLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsd0JBQXdCLENBQUMsQ0FBQztRQUNyRixJQUFJLElBQUEsa0JBQVUsRUFBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ3RCLEtBQUssTUFBTSxNQUFNLElBQUksQ0FBQyxtQkFBbUIsRUFBRSx5Q0FBeUMsRUFBRSxpQ0FBaUMsRUFBRSx5Q0FBeUMsRUFBRSxpQ0FBaUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3ZNLElBQUEseUJBQVcsRUFBQyxFQUFFLEVBQUU7b0JBQ2QsRUFBRSxFQUFFLE1BQU07b0JBQ1YsTUFBTSxFQUFFLHdNQUF3TTtpQkFDak4sQ0FBQyxDQUFDO1lBQ0wsQ0FBQztRQUNILENBQUM7UUFDRCxNQUFNLFFBQVEsR0FBd0Q7WUFDcEUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLEdBQUcsQ0FBQztZQUMvQyxDQUFDLGFBQWEsRUFBRSxHQUFHLENBQUMsOEJBQThCLENBQUMsWUFBWSxDQUFDO1lBQ2hFLENBQUMsYUFBYSxFQUFFLEdBQUcsQ0FBQyw4QkFBOEIsQ0FBQyxZQUFZLENBQUM7WUFDaEUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLEdBQUcsQ0FBQztZQUMvQyxDQUFDLEtBQUssRUFBRSxHQUFHLENBQUMsOEJBQThCLENBQUMsa0JBQWtCLENBQUM7WUFDOUQsQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLGVBQWUsQ0FBQztZQUM1RCxDQUFDLGdCQUFnQixFQUFFLEdBQUcsQ0FBQyw4QkFBOEIsQ0FBQyxlQUFlLENBQUM7WUFDdEUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLDhCQUE4QixDQUFDLEdBQUcsQ0FBQztTQUNoRCxDQUFDO1FBQ0YsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxJQUFJLFFBQVEsRUFBRSxDQUFDO1lBQ3ZDLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsb0JBQW9CLENBQUMsSUFBSSxFQUFFO2dCQUM3QyxPQUFPO2dCQUNQLE9BQU8sRUFBRSxJQUFJLENBQUMsZ0JBQWdCO2dCQUM5QixjQUFjLEVBQUUsQ0FBQyxFQUFFLENBQUM7Z0JBQ3BCLGlCQUFpQixFQUFFLElBQUk7Z0JBQ3ZCLElBQUksRUFBRSxLQUFLO2FBQ1osQ0FBQyxDQUFDO1lBQ0gsSUFBQSxrQ0FBc0IsRUFBQyxFQUFFLEVBQUUsSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDO1lBQzNDLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDbkMsQ0FBQztRQUNBLElBQW9DLENBQUMsY0FBYyxHQUFHLEtBQUssQ0FBQyxjQUFjLElBQUksSUFBSSxDQUFDLGdCQUFnQixDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzlHLENBQUM7SUFFTyxnQkFBZ0IsQ0FBQyxLQUFzQjtRQUM3QyxNQUFNLEdBQUcsR0FBRyxLQUFLLENBQUMsYUFBYSxJQUFLLElBQUksQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLFlBQVksQ0FBMEIsQ0FBQztRQUNsRyxNQUFNLEVBQUUsR0FBRyxJQUFBLDhCQUFrQixFQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsS0FBSyxDQUFDLGdCQUFnQixJQUFJLElBQUksQ0FBQyxhQUFhLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDaEcsTUFBTSxLQUFLLEdBQUcsbUJBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDN0IsTUFBTSxFQUFFLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMscUNBQXFDLENBQUMsQ0FBQztRQUMxRSxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ1AsdUZBQXVGO1lBQ3ZGLDBGQUEwRjtZQUMxRixNQUFNLElBQUksR0FBSSxFQUE0QixDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDO1lBQzlGLElBQUksSUFBSTtnQkFBRSxJQUFBLG9DQUFzQixFQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsWUFBMkIsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7WUFDOUUsSUFBQSwyQ0FBNkIsRUFBQyxFQUFFLEVBQUU7Z0JBQ2hDLFVBQVUsRUFBRSx5VkFBeVY7Z0JBQ3JXLE9BQU8sRUFBRSwwR0FBMEc7YUFDcEgsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELE9BQU8sRUFBRSxDQUFDO0lBQ1osQ0FBQztJQUVEOzs7O09BSUc7SUFDSyxRQUFRLENBQUMsT0FBNEIsRUFBRSxZQUFvQjtRQUNqRSxNQUFNLEVBQUUsR0FBRyxJQUFBLCtCQUFtQixFQUFDLElBQUksRUFBRSxvQkFBb0IsRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFLDBGQUEwRixDQUFDLENBQUM7UUFDakssRUFBRSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLHVEQUF1RCxDQUFDLENBQUM7UUFDakgsRUFBRSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxFQUFFLHNEQUFzRCxDQUFDLENBQUM7UUFDL0csTUFBTSxJQUFJLEdBQUcsSUFBSSx5QkFBaUIsQ0FBQyxJQUFJLEVBQUUsV0FBVyxFQUFFO1lBQ3BELFNBQVMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyxtQkFBbUIsQ0FBQztZQUN4RCxXQUFXLEVBQUUsbUJBQW1CLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSx5QkFBeUI7U0FDeEUsQ0FBQyxDQUFDO1FBQ0gsSUFBQSxnQ0FBb0IsRUFBQyxJQUFJLEVBQUUscUJBQXFCLEVBQUUsSUFBSSxFQUFFLHVCQUF1QixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDakcsTUFBTSxRQUFRLEdBQUcsR0FBRyxDQUFDLFFBQVEsQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUN6QyxRQUFRLENBQUMsV0FBVyxDQUFDLEdBQUcsSUFBQSx5QkFBYSxFQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxjQUFjLENBQUMsQ0FBQyxDQUFDO1FBQzVFLDJGQUEyRjtRQUMzRix1RUFBdUU7UUFDdkUsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsT0FBTyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pELElBQUksQ0FBQyxLQUFLO1lBQUUsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRSxlQUFlLEVBQUUsb0JBQW9CLEVBQUUsc0RBQXNELENBQUMsQ0FBQztRQUN6SSxJQUFJLEVBQVUsQ0FBQztRQUNmLElBQUksQ0FBQztZQUNILEVBQUUsR0FBRyxLQUFLLENBQUMsZ0JBQWdCLENBQUM7UUFDOUIsQ0FBQztRQUFDLE1BQU0sQ0FBQztZQUNQLEVBQUUsR0FBRyx1QkFBdUIsQ0FBQztRQUMvQixDQUFDO1FBQ0QsdUdBQXVHO1FBQ3ZHLElBQUksWUFBZ0MsQ0FBQztRQUNyQyxJQUFJLENBQUM7WUFDSCxZQUFZLEdBQUcsS0FBSyxDQUFDLFVBQVUsRUFBRSxZQUFZLENBQUM7UUFDaEQsQ0FBQztRQUFDLE1BQU0sQ0FBQztZQUNQLFlBQVksR0FBRyxTQUFTLENBQUM7UUFDM0IsQ0FBQztRQUNELE1BQU0sTUFBTSxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsb0JBQW9CLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRSxFQUFFLFFBQVEsRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLGdCQUFnQixFQUFFLEVBQUUsRUFBRSxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDbkssTUFBTSxRQUFRLEdBQUcsSUFBSSxHQUFHLENBQUMsUUFBUSxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUU7WUFDL0MsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHO1lBQ2IsVUFBVSxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsTUFBTSxDQUFDLEVBQUU7WUFDakMsWUFBWSxFQUFFLElBQUksR0FBRyxDQUFDLFlBQVksQ0FBQyxZQUFZLENBQUM7WUFDaEQsWUFBWSxFQUFFLEdBQUcsQ0FBQyxZQUFZLENBQUMscUJBQXFCLEVBQUU7WUFDdEQsYUFBYSxFQUFFLEVBQUU7WUFDakIsSUFBSTtZQUNKLFFBQVE7WUFDUixhQUFhLEVBQUUsSUFBSTtZQUNuQixrQkFBa0IsRUFBRSxJQUFJO1lBQ3hCLFlBQVksRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLGlCQUFpQixDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsbUJBQW1CLENBQUMsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQy9JLHlCQUF5QixFQUFFLElBQUk7U0FDaEMsQ0FBQyxDQUFDO1FBQ0YsUUFBUSxDQUFDLElBQUksQ0FBQyxZQUFnQyxDQUFDLDJCQUEyQixDQUFDLGtCQUFrQixDQUFDLENBQUM7UUFDaEcsa0ZBQWtGO1FBQ2xGLFFBQVEsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLEtBQUssQ0FBQywrQkFBK0IsQ0FBQyxDQUFDO1FBQ25FLElBQUksSUFBSSxDQUFDLFVBQVU7WUFBRSxRQUFRLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUM7UUFDbEUsSUFBQSxpQkFBRyxFQUFDLFFBQVEsRUFBRSxDQUFDLG1CQUFtQixDQUFDLEVBQ2pDLDhKQUE4SixDQUFDLENBQUM7UUFDbEssTUFBTSxJQUFJLEdBQUcsSUFBSSxPQUFPLENBQUMsaUJBQWlCLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxFQUFFLFFBQVEsRUFBRSxVQUFVLEVBQUUsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLG1CQUFtQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNySixJQUFJLE9BQU8sQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRTtZQUN2QyxJQUFJO1lBQ0osVUFBVSxFQUFFLE9BQU87WUFDbkIsTUFBTSxFQUFFLE9BQU8sQ0FBQyxZQUFZLENBQUMsZUFBZSxDQUFDLFFBQVEsQ0FBQyxpQkFBaUIsQ0FBQztZQUN4RSxHQUFHLEVBQUUsc0JBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDO1NBQ3pCLENBQUMsQ0FBQztRQUNILElBQUksSUFBSSxDQUFDLHFCQUFxQjtZQUFFLEVBQUUsQ0FBQyxhQUFhLENBQUMsSUFBSSxDQUFDLHFCQUFxQixFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLHdEQUF3RCxDQUFDLENBQUM7UUFDMUosSUFBSSxJQUFJLENBQUMsY0FBYztZQUFFLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLHlDQUF5QyxDQUFDLENBQUM7UUFDakosSUFBeUMsQ0FBQyxhQUFhLEdBQUcsUUFBUSxDQUFDO1FBQ25FLElBQW1ELENBQUMsa0JBQWtCLEdBQUcsRUFBRSxDQUFDO1FBQzVFLElBQThCLENBQUMsUUFBUSxHQUFHLFVBQVUsVUFBVSxJQUFJLHNCQUFVLEVBQUUsQ0FBQztJQUNsRixDQUFDO0lBRUQsNEZBQTRGO0lBQ3BGLGNBQWM7UUFDcEIsTUFBTSxPQUFPLEdBQUcsSUFBSSxlQUFlLENBQUMscUJBQXFCLENBQUMsSUFBSSxFQUFFLGdCQUFnQixFQUFFO1lBQ2hGLElBQUksRUFBRSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLFVBQVU7WUFDN0Msa0VBQWtFO1lBQ2xFLE9BQU8sRUFBRSxrQkFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsaUJBQWlCLEVBQUUsQ0FBQztTQUM5RCxDQUFDLENBQUM7UUFDSCxNQUFNLFVBQVUsR0FBRyxJQUFJLGVBQWUsQ0FBQyxxQkFBcUIsQ0FBQyxJQUFJLEVBQUUsWUFBWSxFQUFFO1lBQy9FLElBQUksRUFBRSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE1BQU07WUFDekMsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDO1NBQ2YsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxLQUFLLEdBQUcsSUFBSSxlQUFlLENBQUMsb0JBQW9CLENBQUMsSUFBSSxFQUFFLGFBQWEsRUFBRTtZQUMxRSxJQUFJLEVBQUUsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxTQUFTO1lBQzVDLGFBQWEsRUFBRTtnQkFDYix5RkFBeUY7Z0JBQ3pGLHFGQUFxRjtnQkFDckYsRUFBRSxvQkFBb0IsRUFBRSxPQUFPLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSwrQkFBK0IsRUFBRSwwQkFBMEIsRUFBRTtnQkFDckksRUFBRSxvQkFBb0IsRUFBRSxVQUFVLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsYUFBYSxFQUFFLFVBQVUsRUFBRSxRQUFRLEVBQUUsR0FBRyxFQUFFO2FBQ3ZHO1NBQ0YsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxlQUFlLENBQUMsK0JBQStCLENBQUMsSUFBSSxFQUFFLHdCQUF3QixFQUFFO1lBQ2xGLG1CQUFtQixFQUFFLEtBQUssQ0FBQyxNQUFNO1lBQ2pDLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUs7WUFDckIsUUFBUSxFQUFFLElBQUk7WUFDZCxJQUFJLEVBQUUsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxTQUFTO1lBQzVDLGtCQUFrQixFQUFFLFVBQVU7U0FDL0IsQ0FBQyxDQUFDO0lBQ0wsQ0FBQzs7QUFuYUgsZ0NBb2FDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgQW5ub3RhdGlvbnMsIEF3cywgQ2ZuUmVzb3VyY2UsIER1cmF0aW9uLCBMYXp5LCBSZW1vdmFsUG9saWN5LCBTdGFjayB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIGxvZ3MgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxvZ3MnO1xuaW1wb3J0ICogYXMgcm91dGU1MyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mtcm91dGU1Myc7XG5pbXBvcnQgKiBhcyByb3V0ZTUzcmVzb2x2ZXIgZnJvbSAnYXdzLWNkay1saWIvYXdzLXJvdXRlNTNyZXNvbHZlcic7XG5pbXBvcnQgeyBDb25zdHJ1Y3QsIElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGRyb3BSZWR1bmRhbnREZXBlbmRzT24gfSBmcm9tICcuL3ByaXZhdGUvYWlybG9jay1jZm4nO1xuaW1wb3J0IHsgYWNrLCBhY2tub3dsZWRnZURlcGxveVRpbWVGdW5jdGlvbiB9IGZyb20gJy4vcHJpdmF0ZS9haXJsb2NrLW5hZyc7XG5pbXBvcnQgeyB1bmlxdWVJbWRzdjJMYXVuY2hUZW1wbGF0ZU5hbWVzIH0gZnJvbSAnLi9wcml2YXRlL2ltZHN2Mi1uYW1lcyc7XG5pbXBvcnQge1xuICBsaW1pdEludGVyZmFjZUVuZHBvaW50LCBsaW1pdFMzRW5kcG9pbnQsIGxvY2tlZFNlY3VyaXR5R3JvdXAsIGxvb2tVcFMzUHJlZml4TGlzdCwgc2Vzc2lvbk1hbmFnZXJQb2xpY3ksIFNRVUlEX1BPUlQsIHNxdWlkVXNlckRhdGEsIHVwbG9hZFJpc2tzLFxufSBmcm9tICcuL3ByaXZhdGUvcGVyaW1ldGVyJztcbmltcG9ydCB7IGNoZWNrS25vd25Qcm9wcyB9IGZyb20gJy4uLy4uL3ByaXZhdGUva25vd24tcHJvcHMnO1xuaW1wb3J0IHsgREVGQVVMVF9FR1JFU1NfRE9NQUlOUywgRWdyZXNzTW9kZSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcG9saWN5JztcbmltcG9ydCB7IGFsbG93TG9nc1NlcnZpY2UsIGJhZFByb3AsIGNoZWNrSW50LCBpc0NpZHIsIE1hbmFnZWRQb2xpY3lSb2xlLCB1bnJlc29sdmVkIH0gZnJvbSAnLi4vcHJpdmF0ZS9wcm9wcyc7XG5pbXBvcnQgeyBhY2tub3dsZWRnZSB9IGZyb20gJy4vcHJpdmF0ZS9hY2tub3dsZWRnZSc7XG5cbi8qKlxuICogRGlzdHJpYnV0aW9uIG1pcnJvcnMgb2YgdGhlIGJ1bmRsZWQgdGVtcGxhdGVzJyBvcGVyYXRpbmcgc3lzdGVtcyAocmVhZC1vbmx5IHBhY2thZ2VcbiAqIHJlcG9zaXRvcmllcyk6IGFsd2F5cyBvbiB0aGUgcHJveHkncyBhbGxvd2xpc3QuIEFtYXpvbiBMaW51eCAyMDIzIG5lZWRzIG5vbmU6IGl0c1xuICogcmVwb3NpdG9yaWVzIGFyZSBTMyBidWNrZXRzIHJlYWNoZWQgdGhyb3VnaCB0aGUgUzMgZ2F0ZXdheSBlbmRwb2ludC5cbiAqL1xuY29uc3QgT1NfTUlSUk9SUzogc3RyaW5nW10gPSBbXG4gICdhcmNoaXZlLnVidW50dS5jb20nLCAnKi5hcmNoaXZlLnVidW50dS5jb20nLCAnc2VjdXJpdHkudWJ1bnR1LmNvbScsICdwb3J0cy51YnVudHUuY29tJyxcbiAgJ2RlYi5kZWJpYW4ub3JnJywgJ3NlY3VyaXR5LmRlYmlhbi5vcmcnLCAnY2RuLWF3cy5kZWIuZGViaWFuLm9yZycsXG4gICdkbC5yb2NreWxpbnV4Lm9yZycsICdtaXJyb3JzLnJvY2t5bGludXgub3JnJyxcbl07XG5cbi8qKiBOYW1lIG9mIHRoZSBlZ3Jlc3MgcHJveHkgaW4gdGhlIGxhYidzIHByaXZhdGUgaG9zdGVkIHpvbmUuICovXG5jb25zdCBQUk9YWV9aT05FID0gJ3J3cy1lZ3Jlc3MuaW50ZXJuYWwnO1xuY29uc3QgUFJPWFlfSE9TVCA9IGBwcm94eS4ke1BST1hZX1pPTkV9YDtcblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgTGFiTmV0d29yay5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBMYWJOZXR3b3JrUHJvcHMge1xuICAvKipcbiAgICogSW50ZXJuZXQgYWNjZXNzIG9mIHRoZSB3b3Jrc3BhY2VzLiBgTk9ORWA6IHByaXZhdGUgaXNvbGF0ZWQgc3VibmV0cywgbm8gaW50ZXJuZXQgZ2F0ZXdheVxuICAgKiBvciBOQVQgYXQgYWxsLCBBV1Mgc2VydmljZXMgdGhyb3VnaCBWUEMgZW5kcG9pbnRzIHdob3NlIHBvbGljaWVzIGFkbWl0IG9ubHkgdGhlIGxhYidzXG4gICAqIGFjY291bnQsIGFuZCBhIEROUyBGaXJld2FsbCB0aGF0IHJlc29sdmVzIG9ubHkgdGhlIEFXUyBzZXJ2aWNlIG5hbWVzIHRoZSBsYWIgbmVlZHMuXG4gICAqIGBQUk9YSUVEYDogdGhlIHNhbWUgaXNvbGF0ZWQgd29ya3NwYWNlIHN1Ym5ldHM7IHRoZSBvbmx5IHdheSBvdXQgaXMgYSBzcXVpZCBmb3J3YXJkXG4gICAqIHByb3h5IChpbiBzdWJuZXRzIG9mIGl0cyBvd24sIGJlaGluZCBhIE5BVCBnYXRld2F5KSB0aGF0IGFsbG93cyBgYWxsb3dlZERvbWFpbnNgIGFuZFxuICAgKiBub3RoaW5nIGVsc2UsIHBsdXMgdGhlIEROUyBGaXJld2FsbC4gYE9QRU5gOiB3b3Jrc3BhY2VzIGJlaGluZCBhIE5BVCBnYXRld2F5LCBIVFRQIGFuZFxuICAgKiBIVFRQUyB0byBhbnl3aGVyZS5cbiAgICogQGRlZmF1bHQgRWdyZXNzTW9kZS5OT05FXG4gICAqL1xuICByZWFkb25seSBlZ3Jlc3M/OiBFZ3Jlc3NNb2RlO1xuXG4gIC8qKlxuICAgKiBBbiBleGlzdGluZyBWUEMgdG8gdXNlIGluc3RlYWQgb2YgY3JlYXRpbmcgb25lLiBOb3RoaW5nIGlzIGNoYW5nZWQgaW4gaXQgZXhjZXB0IHRoZVxuICAgKiBWUEMgZW5kcG9pbnRzICh3aGVuIGBlbmRwb2ludHNgIGlzIHRydWUpLCB0aGUgRE5TIEZpcmV3YWxsIGFzc29jaWF0aW9uLCBhbmQgZm9yXG4gICAqIGBQUk9YSUVEYCB0aGUgcHJveHkgKGluIGBwcm94eVN1Ym5ldHNgKSBhbmQgaXRzIHByaXZhdGUgaG9zdGVkIHpvbmUuIEl0cyByb3V0ZSB0YWJsZXMgYXJlXG4gICAqIG5vdCBvdXJzOiBtYWtlIHN1cmUgdGhlIHdvcmtzcGFjZSBzdWJuZXRzIGhhdmUgbm8gcm91dGUgdG8gdGhlIGludGVybmV0LlxuICAgKiBAZGVmYXVsdCAtIGEgbmV3IFZQQ1xuICAgKi9cbiAgcmVhZG9ubHkgdnBjPzogZWMyLklWcGM7XG5cbiAgLyoqXG4gICAqIFN1Ym5ldHMgZm9yIHRoZSB3b3Jrc3BhY2VzIGluIGFuIGV4aXN0aW5nIFZQQy5cbiAgICogQGRlZmF1bHQgLSB0aGUgVlBDJ3MgaXNvbGF0ZWQgc3VibmV0cywgZWxzZSBpdHMgcHJpdmF0ZSBzdWJuZXRzXG4gICAqL1xuICByZWFkb25seSB3b3Jrc3BhY2VTdWJuZXRzPzogZWMyLlN1Ym5ldFNlbGVjdGlvbjtcblxuICAvKipcbiAgICogU3VibmV0cyBvZiBhbiBleGlzdGluZyBWUEMgZm9yIHRoZSBlZ3Jlc3MgcHJveHkgKGBQUk9YSUVEYCk6IHRoZXkgbmVlZCBhIHJvdXRlIHRvIHRoZVxuICAgKiBpbnRlcm5ldCAoYSBOQVQgZ2F0ZXdheSk7IHRoZSB3b3Jrc3BhY2Ugc3VibmV0cyBtdXN0IG5vdCBoYXZlIG9uZS5cbiAgICogQGRlZmF1bHQgLSByZXF1aXJlZCB3aXRoIGFuIGV4aXN0aW5nIFZQQyBhbmQgUFJPWElFRCBlZ3Jlc3NcbiAgICovXG4gIHJlYWRvbmx5IHByb3h5U3VibmV0cz86IGVjMi5TdWJuZXRTZWxlY3Rpb247XG5cbiAgLyoqXG4gICAqIElQdjQgcmFuZ2Ugb2YgYSBuZXcgVlBDLlxuICAgKiBAZGVmYXVsdCBcIjEwLjgwLjAuMC8xNlwiXG4gICAqL1xuICByZWFkb25seSBjaWRyPzogc3RyaW5nO1xuXG4gIC8qKlxuICAgKiBBdmFpbGFiaWxpdHkgem9uZXMgb2YgYSBuZXcgVlBDLCBhdCBtb3N0IHRoaXMgbWFueS5cbiAgICogQGRlZmF1bHQgMlxuICAgKi9cbiAgcmVhZG9ubHkgbWF4QXpzPzogbnVtYmVyO1xuXG4gIC8qKlxuICAgKiBFeGFjdCBhdmFpbGFiaWxpdHkgem9uZXMgb2YgYSBuZXcgVlBDIChubyBsb29rdXAgaXMgZXZlciBtYWRlKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgZmlyc3QgYG1heEF6c2Agem9uZXMgb2YgdGhlIHJlZ2lvbiwgZGVjaWRlZCBhdCBkZXBsb3kgdGltZVxuICAgKi9cbiAgcmVhZG9ubHkgYXZhaWxhYmlsaXR5Wm9uZXM/OiBzdHJpbmdbXTtcblxuICAvKipcbiAgICogTkFUIGdhdGV3YXlzIG9mIGEgbmV3IFZQQyB3aXRoIGVncmVzcyAob25lIHBlciB6b25lIGlzIG1vcmUgYXZhaWxhYmxlIGFuZCBjb3N0cyBtb3JlKS5cbiAgICogQGRlZmF1bHQgMVxuICAgKi9cbiAgcmVhZG9ubHkgbmF0R2F0ZXdheXM/OiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIENyZWF0ZSBpbnRlcmZhY2UgZW5kcG9pbnRzIGZvciBTU00sIFNTTSBNZXNzYWdlcywgRUMyIE1lc3NhZ2VzLCBFQzIsIEVGUywgQ2xvdWRXYXRjaFxuICAgKiBMb2dzLCBTZWNyZXRzIE1hbmFnZXIgYW5kIEtNUywgYW5kIGFuIFMzIGdhdGV3YXkgZW5kcG9pbnQsIHNvIHdvcmtzcGFjZXMgcmVhY2ggQVdTXG4gICAqIHdpdGhvdXQgdGhlIGludGVybmV0LiBFdmVyeSBlbmRwb2ludCBnZXRzIGEgcG9saWN5IGxpbWl0ZWQgdG8gdGhlIGxhYidzIGFjY291bnQuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHJlYWRvbmx5IGVuZHBvaW50cz86IGJvb2xlYW47XG5cbiAgLyoqXG4gICAqIERvbWFpbnMgdGhlIHByb3h5IGxldHMgd29ya3NwYWNlcyByZWFjaCB3aXRoIGBQUk9YSUVEYCBlZ3Jlc3MgKGAqLmV4YW1wbGUub3JnYCBtYXRjaGVzXG4gICAqIHN1YmRvbWFpbnMpLiBgTGFiTmV0d29yay5QTEFURk9STV9FR1JFU1NfRE9NQUlOU2AgKHRoZSBvcGVyYXRpbmcgc3lzdGVtcycgcGFja2FnZVxuICAgKiBtaXJyb3JzKSBhcmUgYWx3YXlzIGFkZGVkLiBBIGRvbWFpbiB0aGF0IGNhbiByZWNlaXZlIHVwbG9hZHMgKGdpdGh1Yi5jb20sIFMzLCBvYmplY3RcbiAgICogc3RvcmFnZSwgcGFzdGViaW5zOiBzZWUgZG9jcy9hd3MubWQpIGlzIGFsbG93ZWQgYnV0IHByb2R1Y2VzIGEgc3ludGggd2FybmluZyBuYW1pbmcgdGhlXG4gICAqIHJpc2suXG4gICAqIEBkZWZhdWx0IERFRkFVTFRfRUdSRVNTX0RPTUFJTlMgKHBhY2thZ2UgcmVwb3NpdG9yaWVzKVxuICAgKi9cbiAgcmVhZG9ubHkgYWxsb3dlZERvbWFpbnM/OiBzdHJpbmdbXTtcblxuICAvKipcbiAgICogSWQgb2YgdGhlIHJlZ2lvbidzIFMzIHByZWZpeCBsaXN0IChgY29tLmFtYXpvbmF3cy48cmVnaW9uPi5zM2ApLCB3aGljaCB0aGUgc2VjdXJpdHlcbiAgICogZ3JvdXBzIG5hbWUgZm9yIEhUVFBTIHRvIHRoZSBTMyBnYXRld2F5IGVuZHBvaW50LlxuICAgKiBAZGVmYXVsdCAtIGxvb2tlZCB1cCBhdCBkZXBsb3kgdGltZSBieSBhIGN1c3RvbSByZXNvdXJjZVxuICAgKi9cbiAgcmVhZG9ubHkgczNQcmVmaXhMaXN0SWQ/OiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIEluc3RhbmNlIHR5cGUgb2YgdGhlIGVncmVzcyBwcm94eSAoYFBST1hJRURgKS5cbiAgICogQGRlZmF1bHQgXCJ0My5taWNyb1wiXG4gICAqL1xuICByZWFkb25seSBwcm94eUluc3RhbmNlVHlwZT86IHN0cmluZztcblxuICAvKipcbiAgICogUmVjb3JkIFZQQyBmbG93IGxvZ3MgKGFsbCB0cmFmZmljKSBpbiBhbiBlbmNyeXB0ZWQgQ2xvdWRXYXRjaCBsb2cgZ3JvdXAuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHJlYWRvbmx5IGZsb3dMb2dzPzogYm9vbGVhbjtcblxuICAvKipcbiAgICogSG93IGxvbmcgZmxvdyBsb2dzIGFyZSBrZXB0LlxuICAgKiBAZGVmYXVsdCBsb2dzLlJldGVudGlvbkRheXMuT05FX1lFQVJcbiAgICovXG4gIHJlYWRvbmx5IGZsb3dMb2dSZXRlbnRpb24/OiBsb2dzLlJldGVudGlvbkRheXM7XG5cbiAgLyoqXG4gICAqIEtleSBmb3IgdGhlIGZsb3cgbG9nIGdyb3VwLiBJdCBtdXN0IGFsbG93IHRoZSBDbG91ZFdhdGNoIExvZ3Mgc2VydmljZSBwcmluY2lwYWwuXG4gICAqIEBkZWZhdWx0IC0gYSBuZXcga2V5IHdpdGggcm90YXRpb24gZW5hYmxlZFxuICAgKi9cbiAgcmVhZG9ubHkgZW5jcnlwdGlvbktleT86IGttcy5JS2V5O1xufVxuXG4vKipcbiAqIFRoZSBsYWIncyBuZXR3b3JrOiBhIFZQQyB3aG9zZSB3b3Jrc3BhY2VzIGhhdmUgbm8gcHVibGljIGFkZHJlc3NlcyBhbmQgcmVhY2ggQVdTIHRocm91Z2hcbiAqIFZQQyBlbmRwb2ludHMgbGltaXRlZCB0byB0aGUgbGFiJ3MgYWNjb3VudCwgd2l0aCBvbmx5IGFzIG11Y2ggaW50ZXJuZXQgYXMgdGhlIGxhYidzIGVncmVzc1xuICogbW9kZSBhbGxvd3MuIFdvcmtzcGFjZSBzZWN1cml0eSBncm91cHMgZ2V0IHRoZWlyIGVncmVzcyBydWxlcyBmcm9tIGBjb25uZWN0V29ya3NwYWNlYC5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3QgbmV0d29yayA9IG5ldyBMYWJOZXR3b3JrKHRoaXMsICdOZXR3b3JrJywgeyBlZ3Jlc3M6IEVncmVzc01vZGUuUFJPWElFRCwgYWxsb3dlZERvbWFpbnM6IFsncHlwaS5vcmcnLCAnZmlsZXMucHl0aG9uaG9zdGVkLm9yZyddIH0pO1xuICovXG5leHBvcnQgY2xhc3MgTGFiTmV0d29yayBleHRlbmRzIENvbnN0cnVjdCB7XG4gIC8qKlxuICAgKiBEb21haW5zIGV2ZXJ5IGxhYiB3aXRoIHByb3hpZWQgZWdyZXNzIG1heSByZWFjaCBiZXNpZGVzIGl0cyBhbGxvd2xpc3Q6IHRoZSBvcGVyYXRpbmdcbiAgICogc3lzdGVtcycgcGFja2FnZSBtaXJyb3JzLlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBQTEFURk9STV9FR1JFU1NfRE9NQUlOUzogc3RyaW5nW10gPSBPU19NSVJST1JTO1xuXG4gIC8qKiBUaGUgVlBDLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgdnBjOiBlYzIuSVZwYztcbiAgLyoqIFdoZXJlIHdvcmtzcGFjZXMgYW5kIG1vdW50IHRhcmdldHMgZ28uICovXG4gIHB1YmxpYyByZWFkb25seSB3b3Jrc3BhY2VTdWJuZXRzOiBlYzIuU3VibmV0U2VsZWN0aW9uO1xuICAvKiogVGhlIGVncmVzcyBtb2RlIGJ1aWx0LiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgZWdyZXNzOiBFZ3Jlc3NNb2RlO1xuICAvKipcbiAgICogU2VjdXJpdHkgZ3JvdXAgb2YgdGhlIGludGVyZmFjZSBlbmRwb2ludHMgKEhUVFBTIGZyb20gdGhlIFZQQykuXG4gICAqIEBkZWZhdWx0IC0gbm9uZSwgd2hlbiBlbmRwb2ludHMgYXJlIG9mZlxuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IGVuZHBvaW50U2VjdXJpdHlHcm91cD86IGVjMi5TZWN1cml0eUdyb3VwO1xuICAvKipcbiAgICogRmxvdyBsb2cgZ3JvdXAuXG4gICAqIEBkZWZhdWx0IC0gbm9uZSwgd2hlbiBmbG93IGxvZ3MgYXJlIG9mZlxuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IGZsb3dMb2dHcm91cD86IGxvZ3MuTG9nR3JvdXA7XG4gIC8qKiBEb21haW5zIHRoZSBlZ3Jlc3MgcHJveHkgYWxsb3dzIHdpdGggYFBST1hJRURgIGVncmVzcy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGFsbG93ZWREb21haW5zOiBzdHJpbmdbXTtcbiAgLyoqIE5hbWVzIHRoZSBETlMgRmlyZXdhbGwgcmVzb2x2ZXMgKGVtcHR5IHdpdGggYE9QRU5gIGVncmVzcywgd2hpY2ggaGFzIG5vIEROUyBGaXJld2FsbCkuICovXG4gIHB1YmxpYyByZWFkb25seSBkbnNBbGxvd2VkRG9tYWluczogc3RyaW5nW107XG4gIC8qKlxuICAgKiBJZCBvZiB0aGUgcmVnaW9uJ3MgUzMgcHJlZml4IGxpc3QgKGdpdmVuLCBvciBsb29rZWQgdXAgYXQgZGVwbG95IHRpbWUpLlxuICAgKiBAZGVmYXVsdCAtIG5vbmUsIHdoZW4gZW5kcG9pbnRzIGFyZSBvZmZcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBzM1ByZWZpeExpc3RJZD86IHN0cmluZztcbiAgLyoqXG4gICAqIFRoZSBlZ3Jlc3MgcHJveHkgKGBQUk9YSUVEYCkuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IHByb3h5SW5zdGFuY2U/OiBlYzIuSW5zdGFuY2U7XG4gIC8qKlxuICAgKiBTZWN1cml0eSBncm91cCBvZiB0aGUgZWdyZXNzIHByb3h5IChgUFJPWElFRGApLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBwcm94eVNlY3VyaXR5R3JvdXA/OiBlYzIuU2VjdXJpdHlHcm91cDtcbiAgLyoqXG4gICAqIFVSTCBvZiB0aGUgZWdyZXNzIHByb3h5IChgUFJPWElFRGApLCBlLmcuIGBodHRwOi8vcHJveHkucndzLWVncmVzcy5pbnRlcm5hbDozMTI4YC5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcHJveHlVcmw/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBUaGUgUzMgZ2F0ZXdheSBlbmRwb2ludC5cbiAgICogQGRlZmF1bHQgLSBub25lLCB3aGVuIGVuZHBvaW50cyBhcmUgb2ZmIG9yIHRoZSByb3V0ZSB0YWJsZXMgYXJlIHVua25vd25cbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBzM0VuZHBvaW50PzogZWMyLkdhdGV3YXlWcGNFbmRwb2ludDtcbiAgLyoqIFRoZSBpbnRlcmZhY2UgZW5kcG9pbnRzLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgaW50ZXJmYWNlRW5kcG9pbnRzOiBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRbXSA9IFtdO1xuXG4gIGNvbnN0cnVjdG9yKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHByb3BzOiBMYWJOZXR3b3JrUHJvcHMgPSB7fSkge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgdW5pcXVlSW1kc3YyTGF1bmNoVGVtcGxhdGVOYW1lcyh0aGlzKTtcbiAgICBjaGVja0tub3duUHJvcHModGhpcywgJ0xhYk5ldHdvcmtQcm9wcycsIHByb3BzKTtcbiAgICB0aGlzLmVncmVzcyA9IHByb3BzLmVncmVzcyA/PyBFZ3Jlc3NNb2RlLk5PTkU7XG4gICAgY2hlY2tJbnQodGhpcywgJ21heEF6cycsIHByb3BzLm1heEF6cywgMSwgNiwgJ3VzZSAyIChvciAzIGZvciBtb3JlIGF2YWlsYWJpbGl0eSknKTtcbiAgICBjaGVja0ludCh0aGlzLCAnbmF0R2F0ZXdheXMnLCBwcm9wcy5uYXRHYXRld2F5cywgMSwgNiwgJ3VzZSAxLCBvciBvbmUgcGVyIGF2YWlsYWJpbGl0eSB6b25lJyk7XG4gICAgaWYgKHByb3BzLmNpZHIgIT09IHVuZGVmaW5lZCAmJiAhdW5yZXNvbHZlZChwcm9wcy5jaWRyKSAmJiAhKGlzQ2lkcihwcm9wcy5jaWRyKSAmJiBwcm9wcy5jaWRyLmluY2x1ZGVzKCcuJykpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdjaWRyJywgcHJvcHMuY2lkciwgJ25vdCBhbiBJUHY0IENJRFIgYmxvY2snLCAnd3JpdGUgZS5nLiBcIjEwLjgwLjAuMC8xNlwiJyk7XG4gICAgfVxuICAgIGlmIChwcm9wcy52cGMgJiYgKHByb3BzLmNpZHIgfHwgcHJvcHMuYXZhaWxhYmlsaXR5Wm9uZXMgfHwgcHJvcHMubWF4QXpzIHx8IHByb3BzLm5hdEdhdGV3YXlzKSkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAndnBjJywgcHJvcHMudnBjLnZwY0lkLCAnY2lkciwgbWF4QXpzLCBhdmFpbGFiaWxpdHlab25lcyBhbmQgbmF0R2F0ZXdheXMgZGVzY3JpYmUgYSBuZXcgVlBDIGFuZCBjYW5ub3QgYmUgdXNlZCB3aXRoIGFuIGV4aXN0aW5nIG9uZScsXG4gICAgICAgICdyZW1vdmUgdGhlbSwgb3IgcmVtb3ZlIHZwYyB0byBjcmVhdGUgYSBuZXcgVlBDJyk7XG4gICAgfVxuICAgIGlmIChwcm9wcy52cGMgJiYgdGhpcy5lZ3Jlc3MgPT09IEVncmVzc01vZGUuUFJPWElFRCAmJiAhcHJvcHMucHJveHlTdWJuZXRzKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdwcm94eVN1Ym5ldHMnLCB1bmRlZmluZWQsICd3aXRoIGFuIGV4aXN0aW5nIFZQQyBhbmQgcHJveGllZCBlZ3Jlc3MsIHRoZSBlZ3Jlc3MgcHJveHkgbmVlZHMgc3VibmV0cyB3aXRoIGEgcm91dGUgdG8gdGhlIGludGVybmV0ICh0aGUgd29ya3NwYWNlIHN1Ym5ldHMgbXVzdCBoYXZlIG5vbmUpJyxcbiAgICAgICAgJ2dpdmUgcHJveHlTdWJuZXRzIChsYWIueWFtbDogdnBjLnByb3h5X3N1Ym5ldF9pZHMpLCBvciB1c2UgZWdyZXNzIG5vbmUnKTtcbiAgICB9XG4gICAgaWYgKHByb3BzLnByb3h5U3VibmV0cyAmJiAhKHByb3BzLnZwYyAmJiB0aGlzLmVncmVzcyA9PT0gRWdyZXNzTW9kZS5QUk9YSUVEKSkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAncHJveHlTdWJuZXRzJywgJyhhIHNlbGVjdGlvbiknLCAncHJveHlTdWJuZXRzIGlzIG9ubHkgdXNlZCB3aXRoIGFuIGV4aXN0aW5nIFZQQyBhbmQgcHJveGllZCBlZ3Jlc3MnLCAncmVtb3ZlIGl0Jyk7XG4gICAgfVxuICAgIGlmIChwcm9wcy5zM1ByZWZpeExpc3RJZCAhPT0gdW5kZWZpbmVkICYmICF1bnJlc29sdmVkKHByb3BzLnMzUHJlZml4TGlzdElkKSAmJiAhL15wbC1bMC05YS1mXXs4LDE3fSQvLnRlc3QocHJvcHMuczNQcmVmaXhMaXN0SWQpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdzM1ByZWZpeExpc3RJZCcsIHByb3BzLnMzUHJlZml4TGlzdElkLCAnbm90IGEgcHJlZml4IGxpc3QgaWQnLCAnd3JpdGUgZS5nLiBcInBsLTYzYTU0MDBhXCIgKGF3cyBlYzIgZGVzY3JpYmUtbWFuYWdlZC1wcmVmaXgtbGlzdHMpLCBvciBsZWF2ZSBpdCBvdXQnKTtcbiAgICB9XG4gICAgaWYgKHByb3BzLnByb3h5SW5zdGFuY2VUeXBlICE9PSB1bmRlZmluZWQgJiYgIS9eW2Etel1bYS16MC05LV0qXFwuW2EtejAtOV0rJC8udGVzdChwcm9wcy5wcm94eUluc3RhbmNlVHlwZSkpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ3Byb3h5SW5zdGFuY2VUeXBlJywgcHJvcHMucHJveHlJbnN0YW5jZVR5cGUsICdub3QgYW4gRUMyIGluc3RhbmNlIHR5cGUnLCAnd3JpdGUgZS5nLiBcInQzLm1pY3JvXCInKTtcbiAgICB9XG4gICAgY29uc3QgZG9tYWlucyA9IFsuLi5uZXcgU2V0KFsuLi4ocHJvcHMuYWxsb3dlZERvbWFpbnMgPz8gREVGQVVMVF9FR1JFU1NfRE9NQUlOUyksIC4uLk9TX01JUlJPUlNdKV07XG4gICAgZm9yIChjb25zdCBkIG9mIGRvbWFpbnMpIHtcbiAgICAgIGlmICghL14oXFwqXFwuKT8oW2EtejAtOV0oW2EtejAtOS1dKlthLXowLTldKT9cXC4pKlthLXowLTldKFthLXowLTktXSpbYS16MC05XSk/JC9pLnRlc3QoZCkpIHtcbiAgICAgICAgYmFkUHJvcCh0aGlzLCAnYWxsb3dlZERvbWFpbnMnLCBkLCAnbm90IGEgZG9tYWluIG5hbWUnLCAnd3JpdGUgYSBob3N0IG5hbWUgc3VjaCBhcyBweXBpLm9yZyBvciAqLmV4YW1wbGUub3JnIChubyBzY2hlbWUgb3IgcGF0aCknKTtcbiAgICAgIH1cbiAgICAgIGlmIChkID09PSAnKicgfHwgL15cXCpcXC5bYS16MC05LV0rJC9pLnRlc3QoZCkpIHtcbiAgICAgICAgYmFkUHJvcCh0aGlzLCAnYWxsb3dlZERvbWFpbnMnLCBkLCAnYWxsb3dzIGEgd2hvbGUgdG9wLWxldmVsIGRvbWFpbiwgd2hpY2ggaXMgdGhlIGludGVybmV0JywgJ2xpc3QgdGhlIHBhY2thZ2UgcmVwb3NpdG9yaWVzIGJ5IG5hbWUsIGUuZy4gcHlwaS5vcmcsIG9yIHVzZSBlZ3Jlc3Mgb3BlbicpO1xuICAgICAgfVxuICAgIH1cbiAgICB0aGlzLmFsbG93ZWREb21haW5zID0gZG9tYWlucztcbiAgICBpZiAodGhpcy5lZ3Jlc3MgPT09IEVncmVzc01vZGUuUFJPWElFRCkge1xuICAgICAgY29uc3Qgcmlza3MgPSB1cGxvYWRSaXNrcyhkb21haW5zKTtcbiAgICAgIGlmIChyaXNrcy5sZW5ndGgpIHtcbiAgICAgICAgQW5ub3RhdGlvbnMub2YodGhpcykuYWRkV2FybmluZ1YyKCdyd3M6ZWdyZXNzLXVwbG9hZC1jaGFubmVsJyxcbiAgICAgICAgICBgdGhlIGVncmVzcyBhbGxvd2xpc3QgcmVhY2hlcyBob3N0cyB0aGF0IGFjY2VwdCB1cGxvYWRzLCBzbyBhIHJlc2VhcmNoZXIgY2FuIG1vdmUgZGF0YSBvdXQgdGhyb3VnaCB0aGVtOiAke3Jpc2tzLmpvaW4oJywgJyl9LiBgXG4gICAgICAgICAgKyAnRml4OiByZW1vdmUgdGhlbSBmcm9tIGVncmVzc19hbGxvd2VkX2RvbWFpbnMgKG1pcnJvciB3aGF0IHlvdSBuZWVkIGluc2lkZSB0aGUgbGFiKSwgb3IgYWNrbm93bGVkZ2UgdGhpcyB3YXJuaW5nIHdpdGggdGhlIHJlYXNvbiB0aGUgbGFiIGFjY2VwdHMgdGhlIHJpc2suJyk7XG4gICAgICB9XG4gICAgfVxuXG4gICAgY29uc3QgcmVnaW9uID0gU3RhY2sub2YodGhpcykucmVnaW9uO1xuICAgIGlmIChwcm9wcy52cGMpIHtcbiAgICAgIHRoaXMudnBjID0gcHJvcHMudnBjO1xuICAgICAgdGhpcy53b3Jrc3BhY2VTdWJuZXRzID0gcHJvcHMud29ya3NwYWNlU3VibmV0cyA/PyAocHJvcHMudnBjLmlzb2xhdGVkU3VibmV0cy5sZW5ndGggPiAwXG4gICAgICAgID8geyBzdWJuZXRUeXBlOiBlYzIuU3VibmV0VHlwZS5QUklWQVRFX0lTT0xBVEVEIH0gOiB7IHN1Ym5ldFR5cGU6IGVjMi5TdWJuZXRUeXBlLlBSSVZBVEVfV0lUSF9FR1JFU1MgfSk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IHdpdGhOYXQgPSB0aGlzLmVncmVzcyAhPT0gRWdyZXNzTW9kZS5OT05FO1xuICAgICAgY29uc3Qgb3BlbiA9IHRoaXMuZWdyZXNzID09PSBFZ3Jlc3NNb2RlLk9QRU47XG4gICAgICAvLyBUaGUgd29ya3NwYWNlIHN1Ym5ldHMga2VlcCB0aGVpciBuYW1lIChhbmQgc28gdGhlaXIgbG9naWNhbCBpZHMgYW5kIHJhbmdlcykgaW4gZXZlcnlcbiAgICAgIC8vIG1vZGU7IHRoZSBwcm94eSdzIHN1Ym5ldHMgY29tZSBsYXN0IHNvIHRoYXQgbm8gcmFuZ2UgbW92ZXMuXG4gICAgICBjb25zdCBzdWJuZXRDb25maWd1cmF0aW9uOiBlYzIuU3VibmV0Q29uZmlndXJhdGlvbltdID0gd2l0aE5hdFxuICAgICAgICA/IFtcbiAgICAgICAgICB7IG5hbWU6ICdFZ3Jlc3MnLCBzdWJuZXRUeXBlOiBlYzIuU3VibmV0VHlwZS5QVUJMSUMsIGNpZHJNYXNrOiAyNiwgbWFwUHVibGljSXBPbkxhdW5jaDogZmFsc2UgfSxcbiAgICAgICAgICB7IG5hbWU6ICdXb3Jrc3BhY2VzJywgc3VibmV0VHlwZTogb3BlbiA/IGVjMi5TdWJuZXRUeXBlLlBSSVZBVEVfV0lUSF9FR1JFU1MgOiBlYzIuU3VibmV0VHlwZS5QUklWQVRFX0lTT0xBVEVELCBjaWRyTWFzazogMjAgfSxcbiAgICAgICAgICAuLi4ob3BlbiA/IFtdIDogW3sgbmFtZTogJ1Byb3h5Jywgc3VibmV0VHlwZTogZWMyLlN1Ym5ldFR5cGUuUFJJVkFURV9XSVRIX0VHUkVTUywgY2lkck1hc2s6IDI3IH1dKSxcbiAgICAgICAgXVxuICAgICAgICA6IFt7IG5hbWU6ICdXb3Jrc3BhY2VzJywgc3VibmV0VHlwZTogZWMyLlN1Ym5ldFR5cGUuUFJJVkFURV9JU09MQVRFRCwgY2lkck1hc2s6IDIwIH1dO1xuICAgICAgY29uc3QgdnBjID0gbmV3IGVjMi5WcGModGhpcywgJ1ZwYycsIHtcbiAgICAgICAgaXBBZGRyZXNzZXM6IGVjMi5JcEFkZHJlc3Nlcy5jaWRyKHByb3BzLmNpZHIgPz8gJzEwLjgwLjAuMC8xNicpLFxuICAgICAgICBtYXhBenM6IHByb3BzLmF2YWlsYWJpbGl0eVpvbmVzID8gdW5kZWZpbmVkIDogcHJvcHMubWF4QXpzID8/IDIsXG4gICAgICAgIGF2YWlsYWJpbGl0eVpvbmVzOiBwcm9wcy5hdmFpbGFiaWxpdHlab25lcyxcbiAgICAgICAgbmF0R2F0ZXdheXM6IHdpdGhOYXQgPyBwcm9wcy5uYXRHYXRld2F5cyA/PyAxIDogMCxcbiAgICAgICAgc3VibmV0Q29uZmlndXJhdGlvbixcbiAgICAgICAgcmVzdHJpY3REZWZhdWx0U2VjdXJpdHlHcm91cDogZmFsc2UsXG4gICAgICAgIGVuYWJsZURuc0hvc3RuYW1lczogdHJ1ZSxcbiAgICAgICAgZW5hYmxlRG5zU3VwcG9ydDogdHJ1ZSxcbiAgICAgIH0pO1xuICAgICAgdGhpcy52cGMgPSB2cGM7XG4gICAgICB0aGlzLndvcmtzcGFjZVN1Ym5ldHMgPSB7IHN1Ym5ldEdyb3VwTmFtZTogJ1dvcmtzcGFjZXMnIH07XG4gICAgICAvLyBUaGUgZGVmYXVsdCBzZWN1cml0eSBncm91cCBpcyBuZXZlciBhdHRhY2hlZDogZXZlcnkgbmV0d29yayBpbnRlcmZhY2Ugb2YgdGhlIGxhYiBnZXRzIGl0cyBvd24gZ3JvdXAuXG4gICAgICBmb3IgKGNvbnN0IHJ1bGVJZCBvZiBbJ0hJUEFBLlNlY3VyaXR5LVZQQ0RlZmF1bHRTZWN1cml0eUdyb3VwQ2xvc2VkJywgJ05JU1QuODAwLjUzLlI1LVZQQ0RlZmF1bHRTZWN1cml0eUdyb3VwQ2xvc2VkJ10pIHtcbiAgICAgICAgYWNrbm93bGVkZ2UodnBjLCB7XG4gICAgICAgICAgaWQ6IHJ1bGVJZCxcbiAgICAgICAgICByZWFzb246ICdObyBsYWIgcmVzb3VyY2UgdXNlcyB0aGUgZGVmYXVsdCBzZWN1cml0eSBncm91cCAod29ya3NwYWNlcywgbW91bnQgdGFyZ2V0cywgZW5kcG9pbnRzLCB0aGUgcHJveHkgYW5kIHRoZSBnYXRld2F5IGVhY2ggZ2V0IGFuIGV4cGxpY2l0IGdyb3VwKTsgcmVtb3ZpbmcgaXRzIHJ1bGVzIG5lZWRzIGEgTGFtYmRhLWJhY2tlZCBjdXN0b20gcmVzb3VyY2UsIHdoaWNoIHdvdWxkIGFkZCBtb3JlIGF0dGFjayBzdXJmYWNlIHRoYW4gaXQgcmVtb3Zlcy4gQ2xvc2UgaXQgYWNjb3VudC13aWRlIHdpdGggdGhlIEFXUyBDb25maWcgcmVtZWRpYXRpb24gZm9yIHZwYy1kZWZhdWx0LXNlY3VyaXR5LWdyb3VwLWNsb3NlZC4nLFxuICAgICAgICB9KTtcbiAgICAgIH1cbiAgICAgIGlmICh3aXRoTmF0KSB7XG4gICAgICAgIGZvciAoY29uc3QgcnVsZUlkIG9mIFsnSElQQUEuU2VjdXJpdHktVlBDTm9VbnJlc3RyaWN0ZWRSb3V0ZVRvSUdXJywgJ05JU1QuODAwLjUzLlI1LVZQQ05vVW5yZXN0cmljdGVkUm91dGVUb0lHVyddKSB7XG4gICAgICAgICAgYWNrbm93bGVkZ2UodnBjLCB7XG4gICAgICAgICAgICBpZDogcnVsZUlkLFxuICAgICAgICAgICAgcmVhc29uOiBvcGVuXG4gICAgICAgICAgICAgID8gJ1RoZSBsYWIgcG9saWN5IGFsbG93cyBvcGVuIGVncmVzcywgc28gdGhlIHB1YmxpYyBzdWJuZXRzIGhvbGQgdGhlIE5BVCBnYXRld2F5IGFuZCBub3RoaW5nIGVsc2UgKG5vIGluc3RhbmNlIGdldHMgYSBwdWJsaWMgYWRkcmVzczogbWFwUHVibGljSXBPbkxhdW5jaCBpcyBvZmYgYW5kIHdvcmtzcGFjZXMgYXJlIGluIHByaXZhdGUgc3VibmV0cyk7IHRoZWlyIGRlZmF1bHQgcm91dGUgdG8gdGhlIGludGVybmV0IGdhdGV3YXkgaXMgaG93IHRoZSBOQVQgcmVhY2hlcyB0aGUgaW50ZXJuZXQuIFNldCBlZ3Jlc3M6IHByb3hpZWQgb3Igbm9uZSBmb3IgbGVzcy4nXG4gICAgICAgICAgICAgIDogJ1dpdGggcHJveGllZCBlZ3Jlc3MgdGhlIHB1YmxpYyBzdWJuZXRzIGhvbGQgdGhlIE5BVCBnYXRld2F5IGFuZCBub3RoaW5nIGVsc2UgKG5vIHB1YmxpYyBhZGRyZXNzZXMgYXJlIG1hcHBlZCk7IG9ubHkgdGhlIHByb3h5XFwncyBzdWJuZXRzIHJvdXRlIHRvIGl0LCB0aGUgd29ya3NwYWNlIHN1Ym5ldHMgaGF2ZSBubyByb3V0ZSBvdXQgYXQgYWxsLCBhbmQgdGhlIHNxdWlkIHByb3h5IGFsbG93cyBvbmx5IHRoZSBsYWJcXCdzIGFsbG93bGlzdC4nLFxuICAgICAgICAgIH0pO1xuICAgICAgICB9XG4gICAgICB9XG4gICAgfVxuXG4gICAgaWYgKHByb3BzLmZsb3dMb2dzID8/IHRydWUpIHtcbiAgICAgIGNvbnN0IGtleSA9IHByb3BzLmVuY3J5cHRpb25LZXkgPz8gbmV3IGttcy5LZXkodGhpcywgJ0Zsb3dMb2dLZXknLCB7XG4gICAgICAgIGRlc2NyaXB0aW9uOiBgRW5jcnlwdGlvbiBvZiB0aGUgZmxvdyBsb2dzIG9mICR7dGhpcy5ub2RlLnBhdGh9YCxcbiAgICAgICAgZW5hYmxlS2V5Um90YXRpb246IHRydWUsXG4gICAgICAgIHJlbW92YWxQb2xpY3k6IFJlbW92YWxQb2xpY3kuUkVUQUlOLFxuICAgICAgfSk7XG4gICAgICBpZiAoIXByb3BzLmVuY3J5cHRpb25LZXkpIGFsbG93TG9nc1NlcnZpY2Uoa2V5IGFzIGttcy5LZXkpO1xuICAgICAgdGhpcy5mbG93TG9nR3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnRmxvd0xvZ3MnLCB7XG4gICAgICAgIGVuY3J5cHRpb25LZXk6IGtleSxcbiAgICAgICAgcmV0ZW50aW9uOiBwcm9wcy5mbG93TG9nUmV0ZW50aW9uID8/IGxvZ3MuUmV0ZW50aW9uRGF5cy5PTkVfWUVBUixcbiAgICAgICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHJvbGUgPSBuZXcgTWFuYWdlZFBvbGljeVJvbGUodGhpcywgJ0Zsb3dMb2dSb2xlJywge1xuICAgICAgICBhc3N1bWVkQnk6IG5ldyBpYW0uU2VydmljZVByaW5jaXBhbCgndnBjLWZsb3ctbG9ncy5hbWF6b25hd3MuY29tJyksXG4gICAgICAgIGRlc2NyaXB0aW9uOiBgTGV0cyBWUEMgRmxvdyBMb2dzIHdyaXRlIHRvICR7dGhpcy5ub2RlLnBhdGh9L0Zsb3dMb2dzYCxcbiAgICAgIH0pO1xuICAgICAgbmV3IGVjMi5GbG93TG9nKHRoaXMsICdGbG93TG9nJywge1xuICAgICAgICByZXNvdXJjZVR5cGU6IGVjMi5GbG93TG9nUmVzb3VyY2VUeXBlLmZyb21WcGModGhpcy52cGMpLFxuICAgICAgICBkZXN0aW5hdGlvbjogZWMyLkZsb3dMb2dEZXN0aW5hdGlvbi50b0Nsb3VkV2F0Y2hMb2dzKHRoaXMuZmxvd0xvZ0dyb3VwLCByb2xlKSxcbiAgICAgICAgdHJhZmZpY1R5cGU6IGVjMi5GbG93TG9nVHJhZmZpY1R5cGUuQUxMLFxuICAgICAgfSk7XG4gICAgfVxuXG4gICAgY29uc3QgcHJveHlTdWJuZXRzOiBlYzIuU3VibmV0U2VsZWN0aW9uIHwgdW5kZWZpbmVkID0gdGhpcy5lZ3Jlc3MgPT09IEVncmVzc01vZGUuUFJPWElFRFxuICAgICAgPyBwcm9wcy5wcm94eVN1Ym5ldHMgPz8geyBzdWJuZXRHcm91cE5hbWU6ICdQcm94eScgfSA6IHVuZGVmaW5lZDtcblxuICAgIGlmIChwcm9wcy5lbmRwb2ludHMgPz8gdHJ1ZSkge1xuICAgICAgdGhpcy5hZGRFbmRwb2ludHMocHJvcHMsIHByb3h5U3VibmV0cyk7XG4gICAgfVxuXG4gICAgaWYgKHRoaXMuZWdyZXNzID09PSBFZ3Jlc3NNb2RlLlBST1hJRUQpIHtcbiAgICAgIHRoaXMuYWRkUHJveHkocHJveHlTdWJuZXRzISwgcHJvcHMucHJveHlJbnN0YW5jZVR5cGUgPz8gJ3QzLm1pY3JvJyk7XG4gICAgfVxuXG4gICAgLy8gVGhlIG5hbWVzIHdvcmtzcGFjZXMgKGFuZCB0aGUgcHJveHkpIG1heSByZXNvbHZlOiB0aGUgQVdTIHNlcnZpY2VzIHRoZSBsYWIgdXNlcyBpbiBpdHNcbiAgICAvLyByZWdpb24gYW5kIHRoZSBWUEMncyBvd24gbmFtZXM7IHdpdGggUFJPWElFRCBhbHNvIHRoZSBhbGxvd2xpc3QgYW5kIHRoZSBwcm94eSdzIG5hbWUuXG4gICAgY29uc3QgcmVnaW9uYWwgPSAoczogc3RyaW5nKSA9PiBgJHtzfS4ke3JlZ2lvbiA9PT0gdW5kZWZpbmVkIHx8IHVucmVzb2x2ZWQocmVnaW9uKSA/IEF3cy5SRUdJT04gOiByZWdpb259LmFtYXpvbmF3cy5jb21gO1xuICAgIGNvbnN0IGF3c05hbWVzID0gW1xuICAgICAgLi4uWydzc20nLCAnc3NtbWVzc2FnZXMnLCAnZWMybWVzc2FnZXMnLCAnZWMyJywgJ2VsYXN0aWNmaWxlc3lzdGVtJywgJ2xvZ3MnLCAnc2VjcmV0c21hbmFnZXInLCAna21zJywgJ3MzJywgJ3MzLmR1YWxzdGFjaycsICdzdHMnXS5tYXAocmVnaW9uYWwpLFxuICAgICAgLi4uWydlZnMnLCAnczMnLCAnczMuZHVhbHN0YWNrJ10ubWFwKChzKSA9PiBgKi4ke3JlZ2lvbmFsKHMpfWApLFxuICAgICAgJyouY29tcHV0ZS5pbnRlcm5hbCcsICcqLmVjMi5pbnRlcm5hbCcsXG4gICAgXTtcbiAgICB0aGlzLmRuc0FsbG93ZWREb21haW5zID0gdGhpcy5lZ3Jlc3MgPT09IEVncmVzc01vZGUuT1BFTiA/IFtdXG4gICAgICA6IFsuLi5uZXcgU2V0KFsuLi5hd3NOYW1lcywgLi4uKHRoaXMuZWdyZXNzID09PSBFZ3Jlc3NNb2RlLlBST1hJRUQgPyBbUFJPWFlfSE9TVCwgLi4udGhpcy5hbGxvd2VkRG9tYWluc10gOiBbXSldKV07XG4gICAgaWYgKHRoaXMuZWdyZXNzICE9PSBFZ3Jlc3NNb2RlLk9QRU4pIHtcbiAgICAgIHRoaXMuYWRkRG5zRmlyZXdhbGwoKTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogR2l2ZXMgYSB3b3Jrc3BhY2Ugc2VjdXJpdHkgZ3JvdXAgKG9uZSB3aXRoIGBhbGxvd0FsbE91dGJvdW5kOiBmYWxzZWApIHRoZSBlZ3Jlc3MgcnVsZXNcbiAgICogb2YgdGhlIGxhYidzIGVncmVzcyBtb2RlLCBhbmQgYWRtaXRzIGl0IHdoZXJlIGl0IGdvZXM6IEhUVFBTIHRvIHRoZSBpbnRlcmZhY2UgZW5kcG9pbnRzXG4gICAqIGFuZCB0byBTMyAoaXRzIHByZWZpeCBsaXN0KTsgd2l0aCBgUFJPWElFRGAgdGhlIHByb3h5J3MgcG9ydDsgd2l0aCBgT1BFTmAgSFRUUCBhbmQgSFRUUFNcbiAgICogdG8gYW55d2hlcmUuIE5GUyB0byB0aGUgc2hhcmVkIGZpbGUgc3lzdGVtIGlzIGFkZGVkIGJ5IGBTaGFyZWRFZnMuYWxsb3dGcm9tYC5cbiAgICovXG4gIHB1YmxpYyBjb25uZWN0V29ya3NwYWNlKHNnOiBlYzIuSVNlY3VyaXR5R3JvdXAsIG5hbWU6IHN0cmluZyk6IHZvaWQge1xuICAgIGlmICh0aGlzLmVuZHBvaW50U2VjdXJpdHlHcm91cCkge1xuICAgICAgc2cuYWRkRWdyZXNzUnVsZSh0aGlzLmVuZHBvaW50U2VjdXJpdHlHcm91cCwgZWMyLlBvcnQudGNwKDQ0MyksICdIVFRQUyB0byB0aGUgVlBDIGludGVyZmFjZSBlbmRwb2ludHMnKTtcbiAgICB9XG4gICAgaWYgKHRoaXMuczNQcmVmaXhMaXN0SWQpIHtcbiAgICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIucHJlZml4TGlzdCh0aGlzLnMzUHJlZml4TGlzdElkKSwgZWMyLlBvcnQudGNwKDQ0MyksICdIVFRQUyB0byBTMyB0aHJvdWdoIHRoZSBnYXRld2F5IGVuZHBvaW50IChpdHMgcG9saWN5IGxpbWl0cyBidWNrZXRzKScpO1xuICAgIH1cbiAgICBpZiAodGhpcy5lZ3Jlc3MgPT09IEVncmVzc01vZGUuUFJPWElFRCAmJiB0aGlzLnByb3h5U2VjdXJpdHlHcm91cCkge1xuICAgICAgc2cuYWRkRWdyZXNzUnVsZSh0aGlzLnByb3h5U2VjdXJpdHlHcm91cCwgZWMyLlBvcnQudGNwKFNRVUlEX1BPUlQpLCAnVGhlIGVncmVzcyBwcm94eSAoZG9tYWluIGFsbG93bGlzdCknKTtcbiAgICAgIHRoaXMucHJveHlTZWN1cml0eUdyb3VwLmFkZEluZ3Jlc3NSdWxlKHNnLCBlYzIuUG9ydC50Y3AoU1FVSURfUE9SVCksIGBGcm9tICR7bmFtZX1gKTtcbiAgICB9XG4gICAgaWYgKHRoaXMuZWdyZXNzID09PSBFZ3Jlc3NNb2RlLk9QRU4pIHtcbiAgICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuYW55SXB2NCgpLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBpbnRlcm5ldCAoZWdyZXNzIG9wZW4pJyk7XG4gICAgICBzZy5hZGRFZ3Jlc3NSdWxlKGVjMi5QZWVyLmFueUlwdjQoKSwgZWMyLlBvcnQudGNwKDgwKSwgJ0hUVFAgdG8gdGhlIGludGVybmV0IChlZ3Jlc3Mgb3BlbiknKTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogQWRkcyB0aGUgaW50ZXJmYWNlIGVuZHBvaW50IG9mIGEgZnVydGhlciBBV1Mgc2VydmljZSAoZS5nLiBTYWdlTWFrZXIgZm9yIFN0dWRpbyksIGxpa2UgdGhlXG4gICAqIGxhYidzIG93bjogaW4gdGhlIHdvcmtzcGFjZSBzdWJuZXRzLCBiZWhpbmQgdGhlIGVuZHBvaW50cycgc2VjdXJpdHkgZ3JvdXAsIHdpdGggdGhlIHBvbGljeVxuICAgKiBsaW1pdGVkIHRvIHRoZSBsYWIncyBhY2NvdW50OyBhbmQgbGV0cyBgZG5zTmFtZXNgIHRocm91Z2ggdGhlIEROUyBGaXJld2FsbC4gUmV0dXJuc1xuICAgKiB1bmRlZmluZWQgd2hlbiB0aGUgbmV0d29yayBoYXMgbm8gZW5kcG9pbnRzIChgZW5kcG9pbnRzOiBmYWxzZWApLlxuICAgKi9cbiAgcHVibGljIGFkZFNlcnZpY2VFbmRwb2ludChpZDogc3RyaW5nLCBzZXJ2aWNlOiBlYzIuSUludGVyZmFjZVZwY0VuZHBvaW50U2VydmljZSwgZG5zTmFtZXM6IHN0cmluZ1tdKTogZWMyLkludGVyZmFjZVZwY0VuZHBvaW50IHwgdW5kZWZpbmVkIHtcbiAgICBpZiAoIXRoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGNvbnN0IGV4aXN0aW5nID0gdGhpcy52cGMubm9kZS50cnlGaW5kQ2hpbGQoaWQpO1xuICAgIGlmIChleGlzdGluZyBpbnN0YW5jZW9mIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludCkgcmV0dXJuIGV4aXN0aW5nO1xuICAgIGNvbnN0IGVwID0gdGhpcy52cGMuYWRkSW50ZXJmYWNlRW5kcG9pbnQoaWQsIHtcbiAgICAgIHNlcnZpY2UsXG4gICAgICBzdWJuZXRzOiB0aGlzLndvcmtzcGFjZVN1Ym5ldHMsXG4gICAgICBzZWN1cml0eUdyb3VwczogW3RoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwXSxcbiAgICAgIHByaXZhdGVEbnNFbmFibGVkOiB0cnVlLFxuICAgICAgb3BlbjogZmFsc2UsXG4gICAgfSk7XG4gICAgbGltaXRJbnRlcmZhY2VFbmRwb2ludChlcCwgZmFsc2UpO1xuICAgIHRoaXMuaW50ZXJmYWNlRW5kcG9pbnRzLnB1c2goZXApO1xuICAgIGlmICh0aGlzLmVncmVzcyAhPT0gRWdyZXNzTW9kZS5PUEVOKSB7XG4gICAgICBmb3IgKGNvbnN0IG4gb2YgZG5zTmFtZXMpIGlmICghdGhpcy5kbnNBbGxvd2VkRG9tYWlucy5pbmNsdWRlcyhuKSkgdGhpcy5kbnNBbGxvd2VkRG9tYWlucy5wdXNoKG4pO1xuICAgIH1cbiAgICByZXR1cm4gZXA7XG4gIH1cblxuICAvKiogQSBzZWN1cml0eSBncm91cCBmb3Igd29ya3NwYWNlcyB3aXRoIG5vIGRlZmF1bHQgZWdyZXNzLCBjb25uZWN0ZWQgYXMgYGNvbm5lY3RXb3Jrc3BhY2VgIHNheXMuICovXG4gIHB1YmxpYyB3b3Jrc3BhY2VTZWN1cml0eUdyb3VwKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIGRlc2NyaXB0aW9uOiBzdHJpbmcpOiBlYzIuU2VjdXJpdHlHcm91cCB7XG4gICAgY29uc3Qgc2cgPSBsb2NrZWRTZWN1cml0eUdyb3VwKHNjb3BlLCBpZCwgdGhpcy52cGMsIGRlc2NyaXB0aW9uKTtcbiAgICB0aGlzLmNvbm5lY3RXb3Jrc3BhY2Uoc2csIGRlc2NyaXB0aW9uKTtcbiAgICByZXR1cm4gc2c7XG4gIH1cblxuICBwcml2YXRlIGFkZEVuZHBvaW50cyhwcm9wczogTGFiTmV0d29ya1Byb3BzLCBwcm94eVN1Ym5ldHM6IGVjMi5TdWJuZXRTZWxlY3Rpb24gfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgICBjb25zdCByb3V0YWJsZSA9IChzZWw6IGVjMi5TdWJuZXRTZWxlY3Rpb24pID0+IHRoaXMudnBjLnNlbGVjdFN1Ym5ldHMoc2VsKS5zdWJuZXRzLmV2ZXJ5KChzKSA9PiB7XG4gICAgICB0cnkge1xuICAgICAgICByZXR1cm4gISFzLnJvdXRlVGFibGU/LnJvdXRlVGFibGVJZDtcbiAgICAgIH0gY2F0Y2gge1xuICAgICAgICByZXR1cm4gZmFsc2U7XG4gICAgICB9XG4gICAgfSk7XG4gICAgY29uc3QgczNTdWJuZXRzID0gW3RoaXMud29ya3NwYWNlU3VibmV0cywgLi4uKHByb3h5U3VibmV0cyAmJiByb3V0YWJsZShwcm94eVN1Ym5ldHMpID8gW3Byb3h5U3VibmV0c10gOiBbXSldO1xuICAgIGlmIChyb3V0YWJsZSh0aGlzLndvcmtzcGFjZVN1Ym5ldHMpKSB7XG4gICAgICBjb25zdCBzMyA9IHRoaXMudnBjLmFkZEdhdGV3YXlFbmRwb2ludCgnUzMnLCB7IHNlcnZpY2U6IGVjMi5HYXRld2F5VnBjRW5kcG9pbnRBd3NTZXJ2aWNlLlMzLCBzdWJuZXRzOiBzM1N1Ym5ldHMgfSk7XG4gICAgICBsaW1pdFMzRW5kcG9pbnQoczMpO1xuICAgICAgKHRoaXMgYXMgeyBzM0VuZHBvaW50PzogZWMyLkdhdGV3YXlWcGNFbmRwb2ludCB9KS5zM0VuZHBvaW50ID0gczM7XG4gICAgfSBlbHNlIHtcbiAgICAgIEFubm90YXRpb25zLm9mKHRoaXMpLmFkZFdhcm5pbmdWMigncndzOm5vLXMzLWVuZHBvaW50JyxcbiAgICAgICAgJ05vIFMzIGdhdGV3YXkgZW5kcG9pbnQgd2FzIGFkZGVkOiB0aGUgcm91dGUgdGFibGVzIG9mIHRoZSBleGlzdGluZyBWUENcXCdzIHN1Ym5ldHMgYXJlIHVua25vd24uIEdpdmUgdGhlbSAocHJpdmF0ZVN1Ym5ldFJvdXRlVGFibGVJZHMsIG9yIHJvdXRlX3RhYmxlX2lkcyBpbiBsYWIueWFtbCksIG9yIG1ha2Ugc3VyZSB0aGUgVlBDIGFscmVhZHkgaGFzIG9uZSB3aXRoIGEgcG9saWN5IGxpbWl0ZWQgdG8geW91ciBhY2NvdW50OiB3b3Jrc3BhY2VzIHdpdGhvdXQgaW50ZXJuZXQgbmVlZCBpdCBmb3IgcGFja2FnZXMgb2YgQW1hem9uIExpbnV4IGFuZCB0aGUgU1NNIGFnZW50LicpO1xuICAgIH1cbiAgICBjb25zdCBzZyA9IGxvY2tlZFNlY3VyaXR5R3JvdXAodGhpcywgJ0VuZHBvaW50U2VjdXJpdHlHcm91cCcsIHRoaXMudnBjLCAnSFRUUFMgdG8gdGhlIEFXUyBzZXJ2aWNlIGVuZHBvaW50cyBmcm9tIGluc2lkZSB0aGUgbGFiIFZQQycpO1xuICAgICh0aGlzIGFzIHsgZW5kcG9pbnRTZWN1cml0eUdyb3VwPzogZWMyLlNlY3VyaXR5R3JvdXAgfSkuZW5kcG9pbnRTZWN1cml0eUdyb3VwID0gc2c7XG4gICAgLy8gQSBsaXRlcmFsIHJhbmdlIHdoZW4ga25vd24gKGNoZWNrcyBjYW4gcmVhZCBpdCksIGVsc2UgdGhlIFZQQydzIGF0dHJpYnV0ZS5cbiAgICBjb25zdCByYW5nZSA9IHByb3BzLnZwYyA/IHRoaXMudnBjLnZwY0NpZHJCbG9jayA6IHByb3BzLmNpZHIgPz8gJzEwLjgwLjAuMC8xNic7XG4gICAgc2cuYWRkSW5ncmVzc1J1bGUoZWMyLlBlZXIuaXB2NChyYW5nZSksIGVjMi5Qb3J0LnRjcCg0NDMpLCAnSFRUUFMgZnJvbSB0aGUgbGFiIFZQQycpO1xuICAgIGlmICh1bnJlc29sdmVkKHJhbmdlKSkge1xuICAgICAgZm9yIChjb25zdCBydWxlSWQgb2YgWydBd3NTb2x1dGlvbnMtRUMyMycsICdISVBBQS5TZWN1cml0eS1FQzJSZXN0cmljdGVkQ29tbW9uUG9ydHMnLCAnSElQQUEuU2VjdXJpdHktRUMyUmVzdHJpY3RlZFNTSCcsICdOSVNULjgwMC41My5SNS1FQzJSZXN0cmljdGVkQ29tbW9uUG9ydHMnLCAnTklTVC44MDAuNTMuUjUtRUMyUmVzdHJpY3RlZFNTSCddKSB7XG4gICAgICAgIGFja25vd2xlZGdlKHNnLCB7XG4gICAgICAgICAgaWQ6IHJ1bGVJZCxcbiAgICAgICAgICByZWFzb246ICdUaGUgb25seSBpbmJvdW5kIHJ1bGUgYWRtaXRzIEhUVFBTICg0NDMpIGZyb20gdGhlIFZQQ1xcJ3Mgb3duIGFkZHJlc3MgcmFuZ2UsIHdoaWNoIGlzIGFuIGF0dHJpYnV0ZSBvZiB0aGUgaW1wb3J0ZWQgVlBDIGFuZCBzbyB1bmtub3duIHRvIHRoZSBjaGVjayBhdCBzeW50aCB0aW1lOyBubyBwb3J0IGlzIG9wZW4gdG8gYW55IG90aGVyIG5ldHdvcmsuJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIGNvbnN0IHNlcnZpY2VzOiBBcnJheTxbc3RyaW5nLCBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRBd3NTZXJ2aWNlXT4gPSBbXG4gICAgICBbJ1NzbScsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuU1NNXSxcbiAgICAgIFsnU3NtTWVzc2FnZXMnLCBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRBd3NTZXJ2aWNlLlNTTV9NRVNTQUdFU10sXG4gICAgICBbJ0VjMk1lc3NhZ2VzJywgZWMyLkludGVyZmFjZVZwY0VuZHBvaW50QXdzU2VydmljZS5FQzJfTUVTU0FHRVNdLFxuICAgICAgWydFYzInLCBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRBd3NTZXJ2aWNlLkVDMl0sXG4gICAgICBbJ0VmcycsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuRUxBU1RJQ19GSUxFU1lTVEVNXSxcbiAgICAgIFsnTG9ncycsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuQ0xPVURXQVRDSF9MT0dTXSxcbiAgICAgIFsnU2VjcmV0c01hbmFnZXInLCBlYzIuSW50ZXJmYWNlVnBjRW5kcG9pbnRBd3NTZXJ2aWNlLlNFQ1JFVFNfTUFOQUdFUl0sXG4gICAgICBbJ0ttcycsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuS01TXSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW25hbWUsIHNlcnZpY2VdIG9mIHNlcnZpY2VzKSB7XG4gICAgICBjb25zdCBlcCA9IHRoaXMudnBjLmFkZEludGVyZmFjZUVuZHBvaW50KG5hbWUsIHtcbiAgICAgICAgc2VydmljZSxcbiAgICAgICAgc3VibmV0czogdGhpcy53b3Jrc3BhY2VTdWJuZXRzLFxuICAgICAgICBzZWN1cml0eUdyb3VwczogW3NnXSxcbiAgICAgICAgcHJpdmF0ZURuc0VuYWJsZWQ6IHRydWUsXG4gICAgICAgIG9wZW46IGZhbHNlLFxuICAgICAgfSk7XG4gICAgICBsaW1pdEludGVyZmFjZUVuZHBvaW50KGVwLCBuYW1lID09PSAnU3NtJyk7XG4gICAgICB0aGlzLmludGVyZmFjZUVuZHBvaW50cy5wdXNoKGVwKTtcbiAgICB9XG4gICAgKHRoaXMgYXMgeyBzM1ByZWZpeExpc3RJZD86IHN0cmluZyB9KS5zM1ByZWZpeExpc3RJZCA9IHByb3BzLnMzUHJlZml4TGlzdElkID8/IHRoaXMucHJlZml4TGlzdExvb2t1cChwcm9wcyk7XG4gIH1cblxuICBwcml2YXRlIHByZWZpeExpc3RMb29rdXAocHJvcHM6IExhYk5ldHdvcmtQcm9wcyk6IHN0cmluZyB7XG4gICAgY29uc3Qga2V5ID0gcHJvcHMuZW5jcnlwdGlvbktleSA/PyAodGhpcy5ub2RlLnRyeUZpbmRDaGlsZCgnRmxvd0xvZ0tleScpIGFzIGttcy5JS2V5IHwgdW5kZWZpbmVkKTtcbiAgICBjb25zdCBpZCA9IGxvb2tVcFMzUHJlZml4TGlzdCh0aGlzLCBrZXksIHByb3BzLmZsb3dMb2dSZXRlbnRpb24gPz8gbG9ncy5SZXRlbnRpb25EYXlzLk9ORV9ZRUFSKTtcbiAgICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHRoaXMpO1xuICAgIGNvbnN0IGZuID0gc3RhY2subm9kZS50cnlGaW5kQ2hpbGQoJ0FXUzY3OWY1M2ZhYzAwMjQzMGNiMGRhNWI3OTgyYmQyMjg3Jyk7XG4gICAgaWYgKGZuKSB7XG4gICAgICAvLyBUaGUgZnVuY3Rpb24gaXMgb25lIHBlciBzdGFjazogaXRzIHJvbGUgaXMgdGhhdCBvZiB0aGUgZmlyc3QgbmV0d29yayB0aGF0IGxvb2tlZCB0aGVcbiAgICAgIC8vIGxpc3QgdXAgKGEgbGFiIHdpdGggYW4gaW1hZ2UgYnVpbGQgbmV0d29yayBoYXMgdHdvKSwgYW5kIHRoYXQgaXMgdGhlIG9uZSBpdCByZWZlcmVuY2VzLlxuICAgICAgY29uc3Qgcm9sZSA9IChmbiBhcyB7IHJvbGU/OiBJQ29uc3RydWN0IH0pLnJvbGUgPz8gdGhpcy5ub2RlLnRyeUZpbmRDaGlsZCgnUzNQcmVmaXhMaXN0Um9sZScpO1xuICAgICAgaWYgKHJvbGUpIGRyb3BSZWR1bmRhbnREZXBlbmRzT24oZm4ubm9kZS5kZWZhdWx0Q2hpbGQgYXMgQ2ZuUmVzb3VyY2UsIFtyb2xlXSk7XG4gICAgICBhY2tub3dsZWRnZURlcGxveVRpbWVGdW5jdGlvbihmbiwge1xuICAgICAgICBvdXRzaWRlVnBjOiAnVGhpcyBmdW5jdGlvbiBvbmx5IGNhbGxzIGVjMjpEZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cyB3aGlsZSBDbG91ZEZvcm1hdGlvbiBkZXBsb3lzIHRoZSBzdGFjaywgdG8gZmluZCB0aGUgUzMgcHJlZml4IGxpc3QgaWQgZm9yIHRoZSB3b3Jrc3BhY2VzXFwnIHNlY3VyaXR5IGdyb3VwczsgaW5zaWRlIHRoZSBsYWIgVlBDIGl0IHdvdWxkIG5lZWQgdGhlIEVDMiBlbmRwb2ludCBhbmQgdGhlIGxhYlxcJ3MgZW5kcG9pbnQgcG9saWNpZXMsIGFuZCBpdCB0b3VjaGVzIG5vIGRhdGEuIEdpdmUgczNQcmVmaXhMaXN0SWQgKGxhYi55YW1sOiB2cGMuczNfcHJlZml4X2xpc3RfaWQpIHRvIGRvIHdpdGhvdXQgaXQuJyxcbiAgICAgICAgcnVudGltZTogJ1RoZSBydW50aW1lIGlzIGNob3NlbiBieSBhd3MtY2RrLWxpYiBmb3IgaXRzIEF3c0N1c3RvbVJlc291cmNlIHByb3ZpZGVyIGFuZCBtb3ZlcyB3aXRoIGVhY2ggQ0RLIHJlbGVhc2UuJyxcbiAgICAgIH0pO1xuICAgIH1cbiAgICByZXR1cm4gaWQ7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGVncmVzcyBwcm94eTogc3F1aWQgb24gQW1hem9uIExpbnV4IDIwMjMgaW4gdGhlIHByb3h5IHN1Ym5ldHMgKHRoZSBvbmx5IHN1Ym5ldHMgd2l0aCBhXG4gICAqIHJvdXRlIHRvIHRoZSBOQVQgZ2F0ZXdheSksIHJlYWNoZWQgYnkgbmFtZSB0aHJvdWdoIGEgcHJpdmF0ZSBob3N0ZWQgem9uZSwgc28gdGhhdCBhXG4gICAqIHJlcGxhY2VkIHByb3h5IGtlZXBzIGl0cyBhZGRyZXNzIGZvciB0aGUgd29ya3NwYWNlcy5cbiAgICovXG4gIHByaXZhdGUgYWRkUHJveHkoc3VibmV0czogZWMyLlN1Ym5ldFNlbGVjdGlvbiwgaW5zdGFuY2VUeXBlOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBzZyA9IGxvY2tlZFNlY3VyaXR5R3JvdXAodGhpcywgJ1Byb3h5U2VjdXJpdHlHcm91cCcsIHRoaXMudnBjLCAnRWdyZXNzIHByb3h5IG9mIHRoZSBsYWI6IGluIGZyb20gdGhlIHdvcmtzcGFjZXMgb24gMzEyOCwgb3V0IG9uIDgwLzQ0MyAoc3F1aWQgYWxsb3dsaXN0KScpO1xuICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuYW55SXB2NCgpLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgKHNxdWlkIGRlY2lkZXMpJyk7XG4gICAgc2cuYWRkRWdyZXNzUnVsZShlYzIuUGVlci5hbnlJcHY0KCksIGVjMi5Qb3J0LnRjcCg4MCksICdIVFRQIHRvIHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgKHNxdWlkIGRlY2lkZXMpJyk7XG4gICAgY29uc3Qgcm9sZSA9IG5ldyBNYW5hZ2VkUG9saWN5Um9sZSh0aGlzLCAnUHJveHlSb2xlJywge1xuICAgICAgYXNzdW1lZEJ5OiBuZXcgaWFtLlNlcnZpY2VQcmluY2lwYWwoJ2VjMi5hbWF6b25hd3MuY29tJyksXG4gICAgICBkZXNjcmlwdGlvbjogYEVncmVzcyBwcm94eSBvZiAke3RoaXMubm9kZS5wYXRofSAoU2Vzc2lvbiBNYW5hZ2VyIG9ubHkpYCxcbiAgICB9KTtcbiAgICBzZXNzaW9uTWFuYWdlclBvbGljeSh0aGlzLCAnUHJveHlTZXNzaW9uTWFuYWdlcicsIHJvbGUsIGB0aGUgZWdyZXNzIHByb3h5IG9mICR7dGhpcy5ub2RlLnBhdGh9YCk7XG4gICAgY29uc3QgdXNlckRhdGEgPSBlYzIuVXNlckRhdGEuZm9yTGludXgoKTtcbiAgICB1c2VyRGF0YS5hZGRDb21tYW5kcyguLi5zcXVpZFVzZXJEYXRhKHRoaXMubm9kZS5wYXRoLCB0aGlzLmFsbG93ZWREb21haW5zKSk7XG4gICAgLy8gVGhlIHN1Ym5ldCBkZWNpZGVzIHRoZSB6b25lICh0aGUgaW5zdGFuY2UncyBBdmFpbGFiaWxpdHlab25lIHByb3BlcnR5IGlzIHJlbW92ZWQgYmVsb3cpOlxuICAgIC8vIGEgc3VibmV0IGltcG9ydGVkIGJ5IGlkIGFsb25lLCB3aG9zZSB6b25lIGlzIHVua25vd24sIGlzIHVzYWJsZSB0b28uXG4gICAgY29uc3QgZmlyc3QgPSB0aGlzLnZwYy5zZWxlY3RTdWJuZXRzKHN1Ym5ldHMpLnN1Ym5ldHNbMF07XG4gICAgaWYgKCFmaXJzdCkgYmFkUHJvcCh0aGlzLCAncHJveHlTdWJuZXRzJywgJyhhIHNlbGVjdGlvbiknLCAnc2VsZWN0cyBubyBzdWJuZXRzJywgJ2dpdmUgdGhlIGlkcyBvZiBzdWJuZXRzIHdpdGggYSByb3V0ZSB0byB0aGUgaW50ZXJuZXQnKTtcbiAgICBsZXQgYXo6IHN0cmluZztcbiAgICB0cnkge1xuICAgICAgYXogPSBmaXJzdC5hdmFpbGFiaWxpdHlab25lO1xuICAgIH0gY2F0Y2gge1xuICAgICAgYXogPSAnZGVjaWRlZC1ieS10aGUtc3VibmV0JztcbiAgICB9XG4gICAgLy8gVGhlIHJvdXRlIHRhYmxlIHRvbywgd2hlbiB0aGUgc3VibmV0IGhhcyBhIGtub3duIG9uZSAoQ0RLIHdhcm5zIGFib3V0IGEgc3VibmV0IGltcG9ydGVkIHdpdGhvdXQgaXQpLlxuICAgIGxldCByb3V0ZVRhYmxlSWQ6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICB0cnkge1xuICAgICAgcm91dGVUYWJsZUlkID0gZmlyc3Qucm91dGVUYWJsZT8ucm91dGVUYWJsZUlkO1xuICAgIH0gY2F0Y2gge1xuICAgICAgcm91dGVUYWJsZUlkID0gdW5kZWZpbmVkO1xuICAgIH1cbiAgICBjb25zdCBzdWJuZXQgPSBlYzIuU3VibmV0LmZyb21TdWJuZXRBdHRyaWJ1dGVzKHRoaXMsICdQcm94eVN1Ym5ldCcsIHsgc3VibmV0SWQ6IGZpcnN0LnN1Ym5ldElkLCBhdmFpbGFiaWxpdHlab25lOiBheiwgLi4uKHJvdXRlVGFibGVJZCA/IHsgcm91dGVUYWJsZUlkIH0gOiB7fSkgfSk7XG4gICAgY29uc3QgaW5zdGFuY2UgPSBuZXcgZWMyLkluc3RhbmNlKHRoaXMsICdQcm94eScsIHtcbiAgICAgIHZwYzogdGhpcy52cGMsXG4gICAgICB2cGNTdWJuZXRzOiB7IHN1Ym5ldHM6IFtzdWJuZXRdIH0sXG4gICAgICBpbnN0YW5jZVR5cGU6IG5ldyBlYzIuSW5zdGFuY2VUeXBlKGluc3RhbmNlVHlwZSksXG4gICAgICBtYWNoaW5lSW1hZ2U6IGVjMi5NYWNoaW5lSW1hZ2UubGF0ZXN0QW1hem9uTGludXgyMDIzKCksXG4gICAgICBzZWN1cml0eUdyb3VwOiBzZyxcbiAgICAgIHJvbGUsXG4gICAgICB1c2VyRGF0YSxcbiAgICAgIHJlcXVpcmVJbWRzdjI6IHRydWUsXG4gICAgICBkZXRhaWxlZE1vbml0b3Jpbmc6IHRydWUsXG4gICAgICBibG9ja0RldmljZXM6IFt7IGRldmljZU5hbWU6ICcvZGV2L3h2ZGEnLCB2b2x1bWU6IGVjMi5CbG9ja0RldmljZVZvbHVtZS5lYnMoOCwgeyBlbmNyeXB0ZWQ6IHRydWUsIHZvbHVtZVR5cGU6IGVjMi5FYnNEZXZpY2VWb2x1bWVUeXBlLkdQMyB9KSB9XSxcbiAgICAgIHVzZXJEYXRhQ2F1c2VzUmVwbGFjZW1lbnQ6IHRydWUsXG4gICAgfSk7XG4gICAgKGluc3RhbmNlLm5vZGUuZGVmYXVsdENoaWxkIGFzIGVjMi5DZm5JbnN0YW5jZSkuYWRkUHJvcGVydHlEZWxldGlvbk92ZXJyaWRlKCdBdmFpbGFiaWxpdHlab25lJyk7XG4gICAgLy8gc3F1aWQgaXMgaW5zdGFsbGVkIGF0IGZpcnN0IGJvb3Q6IHRoZSByb3V0ZSBvdXQgKGFuZCB0byBTMykgbXVzdCBleGlzdCBieSB0aGVuLlxuICAgIGluc3RhbmNlLm5vZGUuYWRkRGVwZW5kZW5jeShmaXJzdC5pbnRlcm5ldENvbm5lY3Rpdml0eUVzdGFibGlzaGVkKTtcbiAgICBpZiAodGhpcy5zM0VuZHBvaW50KSBpbnN0YW5jZS5ub2RlLmFkZERlcGVuZGVuY3kodGhpcy5zM0VuZHBvaW50KTtcbiAgICBhY2soaW5zdGFuY2UsIFsnQXdzU29sdXRpb25zLUVDMjknXSxcbiAgICAgICdUaGUgcHJveHkgaG9sZHMgbm8gZGF0YSAoc3F1aWQgY2FjaGluZyBpcyBvZmYpIGFuZCBpcyByZWJ1aWx0IGZyb20gaXRzIHVzZXItZGF0YSAoYSBjaGFuZ2VkIGFsbG93bGlzdCByZXBsYWNlcyBpdCk7IHRlcm1pbmF0aW9uIHByb3RlY3Rpb24gd291bGQgYmxvY2sgdGhhdC4nKTtcbiAgICBjb25zdCB6b25lID0gbmV3IHJvdXRlNTMuUHJpdmF0ZUhvc3RlZFpvbmUodGhpcywgJ1Byb3h5Wm9uZScsIHsgem9uZU5hbWU6IFBST1hZX1pPTkUsIHZwYzogdGhpcy52cGMsIGNvbW1lbnQ6IGBFZ3Jlc3MgcHJveHkgb2YgJHt0aGlzLm5vZGUucGF0aH1gIH0pO1xuICAgIG5ldyByb3V0ZTUzLkFSZWNvcmQodGhpcywgJ1Byb3h5UmVjb3JkJywge1xuICAgICAgem9uZSxcbiAgICAgIHJlY29yZE5hbWU6ICdwcm94eScsXG4gICAgICB0YXJnZXQ6IHJvdXRlNTMuUmVjb3JkVGFyZ2V0LmZyb21JcEFkZHJlc3NlcyhpbnN0YW5jZS5pbnN0YW5jZVByaXZhdGVJcCksXG4gICAgICB0dGw6IER1cmF0aW9uLm1pbnV0ZXMoMSksXG4gICAgfSk7XG4gICAgaWYgKHRoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwKSBzZy5hZGRFZ3Jlc3NSdWxlKHRoaXMuZW5kcG9pbnRTZWN1cml0eUdyb3VwLCBlYzIuUG9ydC50Y3AoNDQzKSwgJ0hUVFBTIHRvIHRoZSBWUEMgaW50ZXJmYWNlIGVuZHBvaW50cyAoU2Vzc2lvbiBNYW5hZ2VyKScpO1xuICAgIGlmICh0aGlzLnMzUHJlZml4TGlzdElkKSBzZy5hZGRFZ3Jlc3NSdWxlKGVjMi5QZWVyLnByZWZpeExpc3QodGhpcy5zM1ByZWZpeExpc3RJZCksIGVjMi5Qb3J0LnRjcCg0NDMpLCAnSFRUUFMgdG8gUzMgKEFtYXpvbiBMaW51eCByZXBvc2l0b3JpZXMpJyk7XG4gICAgKHRoaXMgYXMgeyBwcm94eUluc3RhbmNlPzogZWMyLkluc3RhbmNlIH0pLnByb3h5SW5zdGFuY2UgPSBpbnN0YW5jZTtcbiAgICAodGhpcyBhcyB7IHByb3h5U2VjdXJpdHlHcm91cD86IGVjMi5TZWN1cml0eUdyb3VwIH0pLnByb3h5U2VjdXJpdHlHcm91cCA9IHNnO1xuICAgICh0aGlzIGFzIHsgcHJveHlVcmw/OiBzdHJpbmcgfSkucHJveHlVcmwgPSBgaHR0cDovLyR7UFJPWFlfSE9TVH06JHtTUVVJRF9QT1JUfWA7XG4gIH1cblxuICAvKiogQSBETlMgRmlyZXdhbGwgdGhhdCBhbnN3ZXJzIG9ubHkgZm9yIGBkbnNBbGxvd2VkRG9tYWluc2AgYW5kIGJsb2NrcyBldmVyeSBvdGhlciBuYW1lLiAqL1xuICBwcml2YXRlIGFkZERuc0ZpcmV3YWxsKCk6IHZvaWQge1xuICAgIGNvbnN0IGFsbG93ZWQgPSBuZXcgcm91dGU1M3Jlc29sdmVyLkNmbkZpcmV3YWxsRG9tYWluTGlzdCh0aGlzLCAnQWxsb3dlZERvbWFpbnMnLCB7XG4gICAgICBuYW1lOiBgJHt0aGlzLm5vZGUuYWRkci5zbGljZSgwLCA4KX0tYWxsb3dlZGAsXG4gICAgICAvLyBMYXp5OiBuYW1lcyBhZGRlZCBsYXRlciBieSBhZGRTZXJ2aWNlRW5kcG9pbnQgYXJlIHJlc29sdmVkIHRvby5cbiAgICAgIGRvbWFpbnM6IExhenkubGlzdCh7IHByb2R1Y2U6ICgpID0+IHRoaXMuZG5zQWxsb3dlZERvbWFpbnMgfSksXG4gICAgfSk7XG4gICAgY29uc3QgZXZlcnl0aGluZyA9IG5ldyByb3V0ZTUzcmVzb2x2ZXIuQ2ZuRmlyZXdhbGxEb21haW5MaXN0KHRoaXMsICdBbGxEb21haW5zJywge1xuICAgICAgbmFtZTogYCR7dGhpcy5ub2RlLmFkZHIuc2xpY2UoMCwgOCl9LWFsbGAsXG4gICAgICBkb21haW5zOiBbJyonXSxcbiAgICB9KTtcbiAgICBjb25zdCBncm91cCA9IG5ldyByb3V0ZTUzcmVzb2x2ZXIuQ2ZuRmlyZXdhbGxSdWxlR3JvdXAodGhpcywgJ0Ruc0ZpcmV3YWxsJywge1xuICAgICAgbmFtZTogYCR7dGhpcy5ub2RlLmFkZHIuc2xpY2UoMCwgOCl9LWVncmVzc2AsXG4gICAgICBmaXJld2FsbFJ1bGVzOiBbXG4gICAgICAgIC8vIEFuc3dlcnMgZm9yIGFuIGFsbG93ZWQgbmFtZSBhcmUgZm9sbG93ZWQgdGhyb3VnaCB0aGVpciBDTkFNRSBjaGFpbiAoQ0ROcywgUzMgYWxpYXNlcyk6XG4gICAgICAgIC8vIHRoZSB0YXJnZXRzIGFyZSBjaG9zZW4gYnkgdGhlIGFsbG93ZWQgem9uZXMnIG93bmVycywgbm90IGJ5IHdoYXQgYSB3b3Jrc3BhY2UgYXNrcy5cbiAgICAgICAgeyBmaXJld2FsbERvbWFpbkxpc3RJZDogYWxsb3dlZC5hdHRySWQsIGFjdGlvbjogJ0FMTE9XJywgcHJpb3JpdHk6IDEwMCwgZmlyZXdhbGxEb21haW5SZWRpcmVjdGlvbkFjdGlvbjogJ1RSVVNUX1JFRElSRUNUSU9OX0RPTUFJTicgfSxcbiAgICAgICAgeyBmaXJld2FsbERvbWFpbkxpc3RJZDogZXZlcnl0aGluZy5hdHRySWQsIGFjdGlvbjogJ0JMT0NLJywgYmxvY2tSZXNwb25zZTogJ05YRE9NQUlOJywgcHJpb3JpdHk6IDIwMCB9LFxuICAgICAgXSxcbiAgICB9KTtcbiAgICBuZXcgcm91dGU1M3Jlc29sdmVyLkNmbkZpcmV3YWxsUnVsZUdyb3VwQXNzb2NpYXRpb24odGhpcywgJ0Ruc0ZpcmV3YWxsQXNzb2NpYXRpb24nLCB7XG4gICAgICBmaXJld2FsbFJ1bGVHcm91cElkOiBncm91cC5hdHRySWQsXG4gICAgICB2cGNJZDogdGhpcy52cGMudnBjSWQsXG4gICAgICBwcmlvcml0eTogMTAwMSxcbiAgICAgIG5hbWU6IGAke3RoaXMubm9kZS5hZGRyLnNsaWNlKDAsIDgpfS1lZ3Jlc3NgLFxuICAgICAgbXV0YXRpb25Qcm90ZWN0aW9uOiAnRElTQUJMRUQnLFxuICAgIH0pO1xuICB9XG59XG4iXX0=