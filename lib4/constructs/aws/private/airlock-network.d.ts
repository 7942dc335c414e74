import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import { Construct } from 'constructs';
import { PermitPlan } from '../../../workspaces/permit';
/** How the setup phase reaches the package repositories (mirrors the public enum). */
export declare enum EgressKind {
    NETWORK_FIREWALL = "network-firewall",
    PROXY_INSTANCE = "proxy-instance"
}
/** How data holders reach the SFTP endpoint (mirrors the public enum). */
export declare enum ExposureKind {
    INTERNET_FACING = "internet-facing",
    INTERNAL = "internal"
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
export declare const AWS_DOMAINS: string[];
/** The squid port of the proxy instance. */
export declare const PROXY_PORT = 3128;
export declare class AirlockNetwork extends Construct {
    readonly vpc: ec2.IVpc;
    readonly newVpc: boolean;
    readonly workspaceSubnets: ec2.SubnetSelection;
    /** Where the setup workspace goes. */
    readonly setupSubnets?: ec2.SubnetSelection;
    /** Where the Transfer Family endpoint goes. */
    readonly airlockSubnets?: ec2.ISubnet[];
    readonly endpointSecurityGroup?: ec2.SecurityGroup;
    readonly s3PrefixListId?: string;
    readonly internetGateway?: ec2.CfnInternetGateway;
    readonly firewall?: networkfirewall.CfnFirewall;
    readonly proxyInstance?: ec2.Instance;
    readonly proxySecurityGroup?: ec2.SecurityGroup;
    readonly flowLogGroup?: logs.LogGroup;
    readonly dnsAllowedDomains: string[];
    readonly interfaceEndpoints: ec2.InterfaceVpcEndpoint[];
    readonly s3Endpoint?: ec2.GatewayVpcEndpoint;
    private readonly props;
    private igwAttachment?;
    private readonly extra;
    constructor(scope: Construct, id: string, props: AirlockNetworkProps);
    /** The subnets of the workspaces as a list. */
    workspaceSubnetList(): ec2.ISubnet[];
    /**
     * Security-group rules of a workspace: HTTPS to the endpoints and to S3 (its prefix list),
     * and for a setup workspace its way out (80/443 towards the firewall, or the proxy port).
     */
    connectWorkspace(sg: ec2.SecurityGroup, egressWorkspace: boolean, name: string): void;
    /** The internet gateway, created on first use. */
    private igw;
    private extraSubnet;
    private addFlowLogs;
    private addEndpoints;
    /**
     * The S3 prefix list id for a security group of something in the workspace subnets that reads
     * the permit's buckets (the ClamAV scanner), creating the S3 gateway endpoint of a new VPC in
     * phases that have none yet; with an existing VPC, the lab's routes reach S3.
     */
    s3Access(): string;
    private addS3Endpoint;
    /**
     * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
     * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
     */
    private lookUpS3PrefixList;
    private addDnsFirewall;
    /** A public NAT subnet with its gateway (used by both egress kinds). */
    private natGateway;
    private addNetworkFirewall;
    private addProxy;
}
/** User-data of the proxy (Amazon Linux 2023): squid with the permit's domain allowlist. */
export declare function proxyUserData(permitId: string, domains: string[]): string[];
export { lockedSecurityGroup, NO_TRAFFIC } from './perimeter';
/**
 * A stateful rule group (strict order, evaluated before the allowlist) that drops what the
 * domain allowlist and the `aws:drop_established` default cannot: UDP and ICMP (whose first
 * packet would pass before a flow counts as established: DNS or QUIC to an outside address),
 * TCP to ports other than 80 and 443, TLS on port 80 and HTTP on port 443. TLS without a server
 * name (an IP literal) and HTTP without an allowlisted Host match no pass rule of the allowlist
 * and are dropped by the policy's default action.
 */
export declare function nonWebDropRuleGroup(scope: Construct, id: string, name: string): networkfirewall.CfnRuleGroup;
/** Whether a value is a literal (not a token). */
export declare function literal(v: string | undefined): v is string;
