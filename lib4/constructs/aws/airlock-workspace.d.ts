import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { Construct } from 'constructs';
import { ResearchUserRegistry } from './research-user-registry';
import { ResearchWorkspace } from './research-workspace';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { PermitPlan, PermitVolumeKind, PermitWorkspaceRole, WorkspaceState } from '../../workspaces/permit';
import { WorkspaceSize } from '../../workspaces/sizes';
/**
 * How the setup phase's workspace reaches the package repositories.
 */
export declare enum AirlockEgressControl {
    /**
     * An AWS Network Firewall with a stateful domain allowlist (TLS SNI and HTTP Host) between
     * the setup subnet and a NAT gateway; everything else is dropped. Transparent to the
     * workspace (no proxy settings), managed and logged. Needs a VPC built by the construct.
     */
    NETWORK_FIREWALL = "network-firewall",
    /**
     * A squid proxy instance (Amazon Linux 2023) behind a NAT gateway with the same allowlist;
     * the setup workspace reaches nothing but the proxy port, and gets proxy settings through a
     * State Manager command. Cheaper; works in an existing VPC (`proxySubnets`).
     */
    PROXY_INSTANCE = "proxy-instance"
}
/**
 * How data holders reach the SFTP airlock.
 */
export declare enum AirlockSftpExposure {
    /**
     * A VPC endpoint with Elastic IP addresses in a public subnet that exists only while the
     * airlock runs; its security group admits the data holders' CIDRs only.
     */
    INTERNET_FACING = "internet-facing",
    /** A VPC endpoint with private addresses only (data holders come over VPN or Direct Connect). */
    INTERNAL = "internal"
}
/**
 * What scans a permit's uploads on AWS before anyone may read them.
 */
export declare enum AirlockMalwareScanner {
    /**
     * GuardDuty Malware Protection for S3: a plan per upload bucket tags every new object under
     * `incoming/` with its result (`GuardDutyMalwareScanStatus`). Billed per GB scanned and object.
     */
    GUARDDUTY = "guardduty",
    /**
     * ClamAV, for institutions that prefer it (and their own signature mirror): a Lambda function
     * from the institution's container image (`clamavImage`) in the permit VPC scans every new
     * object under `incoming/` and tags it with the same tag GuardDuty writes, so the scan gate and
     * the consolidation are unchanged.
     */
    CLAMAV = "clamav"
}
/**
 * The SSH public keys a data holder logs in to the airlock with.
 */
export interface AirlockDataHolderKeys {
    /** Data holder id, as in the permit. */
    readonly dataHolderId: string;
    /** OpenSSH public keys (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa of at least 3072 bits). */
    readonly publicKeys: string[];
}
/**
 * A bucket of the permit and what the phase lets each principal do with it.
 */
export interface AirlockBucket {
    /** Volume name (`raw`, `prepared`, `outputs`, `project`, `upload-<holder>`) or `egress-review`. */
    readonly volume: string;
    /** Kind of volume (`outputs` for the egress review bucket). */
    readonly kind: PermitVolumeKind;
    /** Whether it holds sensitive data. */
    readonly sensitive: boolean;
    /** Whether it is retained on stack deletion (false only after permit.deleted). */
    readonly retained: boolean;
    /** The bucket. */
    readonly bucket: s3.IBucket;
    /** Who may list and read (`workspace:<role>`, `sftp:<holder>`, `reviewer:<n>`, `auto-delete`). */
    readonly readers: string[];
    /** Who may upload. */
    readonly writers: string[];
    /** Who may delete objects (delete markers; versions stay). */
    readonly deleters: string[];
    /** Who may delete object versions (only the emptying function after permit.deleted). */
    readonly purgers: string[];
}
/**
 * A workspace of the phase on EC2.
 */
export interface AirlockWorkspaceInstance {
    /** Its role in the permit. */
    readonly role: PermitWorkspaceRole;
    /** Running or stopped, as planned. */
    readonly state: WorkspaceState;
    /** The workspace (instance, role, security group). */
    readonly workspace: ResearchWorkspace;
    /** Whether its role has data access now (only running workspaces do). */
    readonly dataAccess: boolean;
}
/**
 * Options of a permit's AWS environment (everything but the plan).
 */
export interface AirlockWorkspaceOptions {
    /**
     * An existing (lab) VPC to use. The construct then adds no endpoints, no DNS firewall and no
     * flow logs of its own (the lab's apply), and needs `proxySubnets` for the setup phase.
     * @default - a new VPC for the permit
     */
    readonly vpc?: ec2.IVpc;
    /**
     * Subnets of an existing VPC for the workspaces (and an internal SFTP endpoint).
     * @default - the VPC's isolated subnets, else its private subnets
     */
    readonly workspaceSubnets?: ec2.SubnetSelection;
    /**
     * Subnets of an existing VPC for an internet-facing SFTP endpoint (they need a route to an
     * internet gateway).
     * @default - the VPC's public subnets
     */
    readonly airlockSubnets?: ec2.SubnetSelection;
    /**
     * Subnets of an existing VPC for the proxy instance (they need a route to the internet).
     * Required with an existing VPC.
     * @default - none
     */
    readonly proxySubnets?: ec2.SubnetSelection;
    /**
     * IPv4 range of a new VPC, a /16 to a /22. Workspaces get one /(n+4) per zone in the first
     * quarter; the phase-dependent subnets (setup, firewall, NAT, airlock, proxy) /(n+6) slots in
     * the last quarter.
     * @default "10.90.0.0/16"
     */
    readonly cidr?: string;
    /**
     * Availability zones of a new VPC, at most this many (1 to 6).
     * @default 2
     */
    readonly maxAzs?: number;
    /**
     * Exact availability zones of a new VPC.
     * @default - the first `maxAzs` zones of the region, decided at deploy time
     */
    readonly availabilityZones?: string[];
    /**
     * Create the VPC endpoints (Session Manager, KMS, Logs, Secrets Manager, S3 gateway) while
     * desktops exist.
     * @default - true with a new VPC, false with an existing one (a LabNetwork has its own)
     */
    readonly vpcEndpoints?: boolean;
    /**
     * A Route 53 Resolver DNS Firewall on a new VPC while desktops exist: only AWS names (and
     * during setup the package allowlist) resolve, so nothing tunnels out through DNS.
     * @default true
     */
    readonly dnsFirewall?: boolean;
    /**
     * How the setup phase reaches the package repositories.
     * @default AirlockEgressControl.NETWORK_FIREWALL (PROXY_INSTANCE with an existing VPC)
     */
    readonly egressControl?: AirlockEgressControl;
    /**
     * Instance type of the proxy (PROXY_INSTANCE).
     * @default "t3.small"
     */
    readonly proxyInstanceType?: string;
    /**
     * How data holders reach the SFTP airlock.
     * @default AirlockSftpExposure.INTERNET_FACING
     */
    readonly sftpExposure?: AirlockSftpExposure;
    /**
     * SSH public keys of the data holders.
     * @default - none: import them later with `aws transfer import-ssh-public-key` (a warning says so)
     */
    readonly dataHolderKeys?: AirlockDataHolderKeys[];
    /**
     * Template of the desktops.
     * @default - "secure-analysis-desktop" of `TemplateCatalog.bundled()`
     */
    readonly template?: ResolvedTemplate;
    /**
     * Size of the desktops.
     * @default - the template's default size
     */
    readonly workspaceSize?: WorkspaceSize;
    /**
     * Image of the desktops. Phases without internet cannot install packages at boot: give an
     * image that already holds the template's packages (EC2 Image Builder, or an AMI made from
     * the setup workspace).
     * @default - the template's public base image (a warning says the packages need internet)
     */
    readonly machineImage?: ec2.IMachineImage;
    /**
     * Customer managed key of the permit's data: buckets, root volumes, service secrets.
     * @default - a new key with rotation, retained until the permit is deleted (then scheduled for
     * deletion with the stack, which shreds whatever copy of the data is left)
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * Customer managed key of the permit's log groups (flow logs, SFTP, firewall). It must let
     * CloudWatch Logs use it. Kept after the permit is deleted, so the logs stay readable.
     * @default - a new key with rotation, always retained
     */
    readonly logEncryptionKey?: kms.IKey;
    /**
     * Roles that review outputs: they may read the egress review bucket (and nothing else).
     * @default - none: nobody reads submitted outputs until a reviewer is added
     */
    readonly egressReviewers?: iam.IRole[];
    /**
     * Retention of the permit's log groups (flow logs, firewall, SFTP).
     * @default logs.RetentionDays.SIX_YEARS
     */
    readonly logRetention?: logs.RetentionDays;
    /**
     * Id of the region's S3 prefix list (`com.amazonaws.<region>.s3`), for security groups.
     * @default - looked up at deploy time by a custom resource
     */
    readonly s3PrefixListId?: string;
    /**
     * How often a stopped workspace is stopped again if someone started it (a State Manager
     * schedule: `rate(...)` or `cron(...)`).
     * @default "rate(30 minutes)"
     */
    readonly stoppedStateSchedule?: string;
    /**
     * S3 Object Lock on the `raw` bucket: every object version written to raw (the consolidated
     * uploads and their manifest) is kept in GOVERNANCE mode for this long. Nobody can overwrite or
     * destroy a version before then: the bucket policy denies the governance bypass to every
     * principal, except, after `permit.deleted`, the function that empties raw (which is how a
     * deleted permit's raw data still goes). Whole days, 1 to 36,500.
     * @default Duration.days(365)
     */
    readonly rawRetention?: Duration;
    /**
     * What scans the uploads while they arrive and are consolidated (INGRESS_IN_PROGRESS,
     * DATA_PREPARATION_PENDING). Both tag every object `GuardDutyMalwareScanStatus`; nobody reads an
     * object that is not tagged `NO_THREATS_FOUND`.
     * @default AirlockMalwareScanner.GUARDDUTY
     */
    readonly malwareScanner?: AirlockMalwareScanner;
    /**
     * The ClamAV scanner's container image in ECR (`<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>`
     * or `@sha256:<digest>`), built by the institution: a Lambda Python base image with boto3,
     * ClamAV (`clamscan`, `freshclam`) and its signatures in `/var/lib/clamav`, and
     * `IngressScanning.s3ScannerScript()` as `rws_s3_scan.py` in the task folder. Required with
     * `AirlockMalwareScanner.CLAMAV`.
     * @default - none (GuardDuty scans)
     */
    readonly clamavImage?: string;
    /**
     * The institution's ClamAV signature mirror (`PrivateMirror` of freshclam): the ClamAV scanner
     * refreshes its signatures from it when it starts, and uses the image's when it cannot.
     * Needs `signatureMirrorCidrs`.
     * @default - the image's signatures only
     */
    readonly signatureMirrorUrl?: string;
    /**
     * The networks of the signature mirror: the only addresses (TCP 80 and 443) the ClamAV scanner
     * may reach besides S3. The VPC's routes must lead there (a lab VPC with a route to the
     * institution); the permit's own VPC has no route out.
     * @default - none
     */
    readonly signatureMirrorCidrs?: string[];
}
/**
 * Properties of an AirlockWorkspace.
 */
export interface AirlockWorkspaceProps extends AirlockWorkspaceOptions {
    /** The phase to build, from `PermitLifecycle.plan()`. */
    readonly plan: PermitPlan;
}
/**
 * A permit's secure processing environment on AWS for one phase of its lifecycle, built from a
 * `PermitPlan`: re-synthesize it on every permit event and deploy the result.
 *
 * - **Storage**: one S3 bucket per planned volume (one upload bucket per data holder, raw,
 *   prepared, outputs, project) and an egress review bucket, encrypted with the permit's
 *   customer managed key, versioned, blocked from public access, TLS-only, logging to an access
 *   log bucket. Bucket policies allow each running workspace's role exactly the read, write or
 *   delete of its mounts and deny everyone else each of them; a stopped workspace has no access.
 *   Buckets are retained (DeletionPolicy Retain) until the permit is deleted; at DELETED they
 *   are set to be destroyed and emptied (all versions) when the stack is deleted.
 * - **Network**: a VPC whose workspace subnets never have a route out; VPC endpoints for
 *   Session Manager, KMS, Logs, Secrets Manager and S3 (limited to the permit's buckets) while
 *   desktops exist; a DNS firewall that answers only for AWS names.
 * - **Ingress airlock**: an AWS Transfer Family SFTP server, reachable only from the data
 *   holders' CIDRs, with one write-only home per data holder.
 * - **Setup egress**: only to the package allowlist, through an AWS Network Firewall (default)
 *   or a proxy instance, and only while the setup workspace runs.
 * - **Workspaces**: `ResearchWorkspace` instances of the desktop template, reached through
 *   Session Manager. A workspace the plan stops keeps its instance (never terminated) and is
 *   stopped by a State Manager association running `AWS-StopEC2Instance`, on every deploy and
 *   again on a schedule; one that runs again is started once by `AWS-StartEC2Instance`.
 *
 * @example
 * const plan = PermitLifecycle.plan(permit);
 * new AirlockWorkspace(stack, 'Airlock', { plan, dataHolderKeys: [{ dataHolderId: 'hospital-a', publicKeys: [key] }] });
 */
export declare class AirlockWorkspace extends Construct {
    /** The workspace name of a role in a permit: `permit-<id>-<role>` (`p-<id>-<role>` when longer than 63). */
    static workspaceNameOf(permitId: string, role: PermitWorkspaceRole): string;
    /** A value made safe for an AWS tag. */
    static tagValue(value: string): string;
    /** The plan this environment was built from. */
    readonly plan: PermitPlan;
    /** The buckets of the phase (none before ingress and after deletion without storage). */
    readonly buckets: AirlockBucket[];
    /** The workspaces of the phase. */
    readonly workspaces: AirlockWorkspaceInstance[];
    /** SFTP addresses for the data holders (Elastic IPs, or the server id for an internal endpoint). */
    readonly sftpAddresses: string[];
    /**
     * The VPC.
     * @default - none in phases without storage or after deletion
     */
    readonly vpc?: ec2.IVpc;
    /**
     * The key of the permit's data.
     * @default - none in phases without storage
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * The key of the permit's log groups.
     * @default - none in phases without storage
     */
    readonly logEncryptionKey?: kms.IKey;
    /**
     * The access log bucket.
     * @default - none in phases without storage
     */
    readonly accessLogBucket?: s3.IBucket;
    /**
     * The bucket outputs wait in for review before they leave.
     * @default - none in phases without storage
     */
    readonly egressReviewBucket?: s3.IBucket;
    /**
     * The SFTP server.
     * @default - none outside INGRESS_IN_PROGRESS
     */
    readonly sftpServer?: transfer.CfnServer;
    /**
     * The Network Firewall of the setup egress.
     * @default - none unless the setup workspace runs with NETWORK_FIREWALL
     */
    readonly firewall?: networkfirewall.CfnFirewall;
    /**
     * The proxy instance of the setup egress.
     * @default - none unless the setup workspace runs with PROXY_INSTANCE
     */
    readonly proxyInstance?: ec2.Instance;
    /**
     * The user registry published for the desktops.
     * @default - none in phases without desktops
     */
    readonly userRegistry?: ResearchUserRegistry;
    /** How the setup egress is controlled. */
    readonly egressControl: AirlockEgressControl;
    /**
     * The role that scans and tags the uploads: GuardDuty Malware Protection's, or the ClamAV function's.
     * @default - none in phases that do not scan (only INGRESS_IN_PROGRESS and DATA_PREPARATION_PENDING do)
     */
    readonly malwareScannerRole?: iam.IRole;
    /**
     * Name of the SSM Automation document that consolidates the clean uploads into raw
     * (`aws ssm start-automation-execution --document-name <name>`).
     * @default - none outside DATA_PREPARATION_PENDING
     */
    readonly ingressConsolidationDocument?: string;
    private readonly network?;
    private readonly bucketList;
    constructor(scope: Construct, id: string, props: AirlockWorkspaceProps);
    /** The bucket of a volume (`raw`, `upload-<holder>`, `egress-review`, ...). */
    bucket(volume: string): s3.IBucket;
    /** The workspace of a role in this phase. */
    workspace(role: PermitWorkspaceRole): ResearchWorkspace;
    private addWorkspaces;
    /**
     * STOPPED: `AWS-StopEC2Instance` on every deploy that creates the association and again on
     * the schedule (drift repair). RUNNING: `AWS-StartEC2Instance` once, when the association is
     * created (i.e. when the workspace is created or goes from stopped to running): the idle
     * agent may stop a running workspace afterwards, which later deploys respect.
     */
    private addStateAssociation;
    /** Proxy settings for the setup workspace (PROXY_INSTANCE), written once by State Manager. */
    private addProxySettings;
    private validate;
    private validateScanner;
    private acknowledgeByDesign;
}
