import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { EgressMode } from '../../workspaces/policy';
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
export declare class LabNetwork extends Construct {
    /**
     * Domains every lab with proxied egress may reach besides its allowlist: the operating
     * systems' package mirrors.
     */
    static readonly PLATFORM_EGRESS_DOMAINS: string[];
    /** The VPC. */
    readonly vpc: ec2.IVpc;
    /** Where workspaces and mount targets go. */
    readonly workspaceSubnets: ec2.SubnetSelection;
    /** The egress mode built. */
    readonly egress: EgressMode;
    /**
     * Security group of the interface endpoints (HTTPS from the VPC).
     * @default - none, when endpoints are off
     */
    readonly endpointSecurityGroup?: ec2.SecurityGroup;
    /**
     * Flow log group.
     * @default - none, when flow logs are off
     */
    readonly flowLogGroup?: logs.LogGroup;
    /** Domains the egress proxy allows with `PROXIED` egress. */
    readonly allowedDomains: string[];
    /** Names the DNS Firewall resolves (empty with `OPEN` egress, which has no DNS Firewall). */
    readonly dnsAllowedDomains: string[];
    /**
     * Id of the region's S3 prefix list (given, or looked up at deploy time).
     * @default - none, when endpoints are off
     */
    readonly s3PrefixListId?: string;
    /**
     * The egress proxy (`PROXIED`).
     * @default - none
     */
    readonly proxyInstance?: ec2.Instance;
    /**
     * Security group of the egress proxy (`PROXIED`).
     * @default - none
     */
    readonly proxySecurityGroup?: ec2.SecurityGroup;
    /**
     * URL of the egress proxy (`PROXIED`), e.g. `http://proxy.rws-egress.internal:3128`.
     * @default - none
     */
    readonly proxyUrl?: string;
    /**
     * The S3 gateway endpoint.
     * @default - none, when endpoints are off or the route tables are unknown
     */
    readonly s3Endpoint?: ec2.GatewayVpcEndpoint;
    /** The interface endpoints. */
    readonly interfaceEndpoints: ec2.InterfaceVpcEndpoint[];
    constructor(scope: Construct, id: string, props?: LabNetworkProps);
    /**
     * Gives a workspace security group (one with `allowAllOutbound: false`) the egress rules
     * of the lab's egress mode, and admits it where it goes: HTTPS to the interface endpoints
     * and to S3 (its prefix list); with `PROXIED` the proxy's port; with `OPEN` HTTP and HTTPS
     * to anywhere. NFS to the shared file system is added by `SharedEfs.allowFrom`.
     */
    connectWorkspace(sg: ec2.ISecurityGroup, name: string): void;
    /**
     * Adds the interface endpoint of a further AWS service (e.g. SageMaker for Studio), like the
     * lab's own: in the workspace subnets, behind the endpoints' security group, with the policy
     * limited to the lab's account; and lets `dnsNames` through the DNS Firewall. Returns
     * undefined when the network has no endpoints (`endpoints: false`).
     */
    addServiceEndpoint(id: string, service: ec2.IInterfaceVpcEndpointService, dnsNames: string[]): ec2.InterfaceVpcEndpoint | undefined;
    /** A security group for workspaces with no default egress, connected as `connectWorkspace` says. */
    workspaceSecurityGroup(scope: Construct, id: string, description: string): ec2.SecurityGroup;
    private addEndpoints;
    private prefixListLookup;
    /**
     * The egress proxy: squid on Amazon Linux 2023 in the proxy subnets (the only subnets with a
     * route to the NAT gateway), reached by name through a private hosted zone, so that a
     * replaced proxy keeps its address for the workspaces.
     */
    private addProxy;
    /** A DNS Firewall that answers only for `dnsAllowedDomains` and blocks every other name. */
    private addDnsFirewall;
}
