import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
/** Sid of the statement every endpoint policy has: the lab's principals on the lab's resources. */
export declare const OWN_ACCOUNT_SID = "LabPrincipalsToLabResources";
/**
 * Buckets owned by AWS that workspaces read through the S3 gateway endpoint without
 * credentials of the lab (anonymous requests of dnf, and of the SSM agent). Named exactly
 * (never a wildcard): a wildcard would let a researcher create a bucket whose name matches in
 * their own account and read from it, and every GET to it (the key is data) would land in
 * that account's access logs. Only `s3:GetObject` is allowed, and only AWS can see the
 * requests, since AWS owns these buckets.
 * @see https://docs.aws.amazon.com/linux/al2023/ug/managing-repos-os-updates.html
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-agent-minimum-s3-permissions.html
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/download-CloudWatch-Agent-on-EC2-Instance-commandline-first.html
 */
export declare const AWS_OWNED_BUCKETS: Array<{
    name: string;
    why: string;
}>;
/** ARNs of the objects of the AWS-owned buckets in the stack's partition and region. */
export declare function awsOwnedObjectArns(): string[];
/** The condition of the perimeter: principal and resource both in the lab's account. */
export declare function ownAccountCondition(): {
    [k: string]: any;
};
/**
 * The policy of an interface endpoint: the lab's principals on the lab's resources; for
 * Systems Manager also reading AWS-owned documents (State Manager runs `AWS-*` documents,
 * which belong to no account of the lab).
 */
export declare function limitInterfaceEndpoint(ep: ec2.InterfaceVpcEndpoint, ssmDocuments: boolean): void;
/** The policy of the S3 gateway endpoint: the lab's buckets, and reading the AWS-owned buckets above. */
export declare function limitS3Endpoint(ep: ec2.GatewayVpcEndpoint, extraResources?: string[]): void;
/**
 * What the Systems Manager agent needs for Session Manager and State Manager, instead of
 * AmazonSSMManagedInstanceCore (which also allows `ssm:GetParameter(s)` on every parameter
 * of the account). A policy of its own, so that its acknowledged wildcards do not cover
 * anything else the role is granted.
 */
export declare function sessionManagerPolicy(scope: Construct, id: string, role: iam.IRole, what: string): iam.ManagedPolicy;
/**
 * Hosts that accept uploads (code pushes, packages, objects, pastes). An allowlist entry that
 * covers one of them opens a way to move data out, and is only ever opt-in (with a warning).
 */
export declare const UPLOAD_HOSTS: Array<{
    host: string;
    risk: string;
}>;
/** Whether an allowlist entry (`host` or `*.domain`) covers a host. */
export declare function domainCovers(entry: string, host: string): boolean;
/** The upload hosts an allowlist reaches, with the risk of each: one line per entry. */
export declare function uploadRisks(domains: string[]): string[];
/** The squid port of an egress proxy. */
export declare const SQUID_PORT = 3128;
/**
 * squid.conf of an egress proxy. The allowlist is checked first, on the name the client asked
 * for (`dstdomain -n`: no DNS lookup, so an IP literal never matches and a name outside the
 * list is refused before squid resolves anything: no DNS lookups for refused names); only then
 * the metadata addresses (which needs a lookup) and the ports.
 */
export declare function squidConfig(name: string, allowFile: string): string;
/** The squid allowlist file: one `.domain` per wildcard, exact names that no wildcard covers. */
export declare function squidAllowList(domains: string[]): string[];
/** User-data (Amazon Linux 2023) of an egress proxy: squid with the allowlist. */
export declare function squidUserData(name: string, domains: string[]): string[];
/**
 * A security group with no inline rules and no default egress: every rule is a resource of its
 * own, and the group's inline egress is CDK's "match no traffic" placeholder, so that
 * CloudFormation never leaves EC2's default allow-all egress rule on it (which it would when
 * the inline list is empty and all rules are separate resources).
 */
export declare function lockedSecurityGroup(scope: Construct, id: string, vpc: ec2.IVpc, description: string): ec2.SecurityGroup;
/** CDK's placeholder egress rule that matches no traffic (ICMP type 252 code 86 to 255.255.255.255/32). */
export declare const NO_TRAFFIC: {
    CidrIp: string;
    Description: string;
    IpProtocol: string;
    FromPort: number;
    ToPort: number;
};
/**
 * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
 * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
 */
export declare function lookUpS3PrefixList(scope: Construct, key: kms.IKey | undefined, retention: logs.RetentionDays): string;
/** Hosts a workspace behind the egress proxy reaches directly: metadata, itself, the VPC endpoints. */
export declare const PROXY_BYPASS = "169.254.169.254,169.254.170.2,localhost,127.0.0.1,.amazonaws.com,.internal";
/**
 * The user-data part that points a workspace at the egress proxy before its provisioning
 * runs: the environment (login sessions, services), apt, dnf, pip, curl, conda and git, which
 * the provisioning's downloads read (cloud-init runs each part in a process of its own, so
 * exported variables would not reach the next part). Kept short: it counts against EC2's
 * 16 KB user-data limit. A tool that ignores all of these gets no connection at all: the
 * workspace subnets have no route out.
 */
export declare function proxyPart(proxyUrl: string): {
    name: string;
    content: string;
};
