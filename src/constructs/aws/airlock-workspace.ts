import { Annotations, Aws, CfnResource, Duration, RemovalPolicy, Stack, Tags, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as networkfirewall from 'aws-cdk-lib/aws-networkfirewall';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import {
  airlockOf, AUTO_DELETE, deletesStorage, desktopsOf, EGRESS_REVIEW, hasStorage, parseIpv4Cidr, reviewerKey, sftpKey, workspaceKey,
} from './private/airlock-access';
import { dropRedundantDependsOn } from './private/airlock-cfn';
import { addClamavScanner, CLAMAV_SCANNER_ACTIONS, ECR_IMAGE } from './private/airlock-clamav';
import { addIngressConsolidation, addMalwareProtection, applyConsolidationConfinement, applyScanGate, scansUploads } from './private/airlock-malware';
import { ack, acknowledgeDeployTimeFunction, acknowledgeWildcards, allPacks } from './private/airlock-nag';
import { AirlockNetwork, EgressKind, ExposureKind, lockedSecurityGroup, PROXY_PORT } from './private/airlock-network';
import { addRawPurge, DEFAULT_RAW_RETENTION, denyGovernanceBypass } from './private/airlock-raw-lock';
import { AirlockSftp } from './private/airlock-sftp';
import { accessLogBucket, applyBucketPolicy, autoDeleteRoleArn, identityStatements, PermitBucket, permitBuckets } from './private/airlock-storage';
import { analysisReleasePart, denyWritesOutsideRequests, imdsGuardPart, RELEASE_BUCKET_TAG, RELEASE_KEY_TAG } from './private/permit-release';
import { EXTRA_BOOT_PARTS } from './private/userdata-adapter';
import { ResearchUserRegistry } from './research-user-registry';
import { ResearchWorkspace, ResearchWorkspaceProps } from './research-workspace';
import { checkKnownProps } from '../../private/known-props';
import { ResolvedTemplate, TemplateCatalog } from '../../workspaces/catalog';
import {
  NetworkMode, PermitPlan, PermitStatus, PermitVolumeKind, PermitWorkspaceRole, PlannedWorkspace, WorkspaceState,
} from '../../workspaces/permit';
import { EgressMode } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
import { KeyFormatError, parseSshPublicKey } from '../../workspaces/ssh-key';
import { UserRegistry } from '../../workspaces/users';
import { allowLogsService, badProp, ManagedPolicyRole, unresolved } from '../private/props';

/**
 * How the setup phase's workspace reaches the package repositories.
 */
export enum AirlockEgressControl {
  /**
   * An AWS Network Firewall with a stateful domain allowlist (TLS SNI and HTTP Host) between
   * the setup subnet and a NAT gateway; everything else is dropped. Transparent to the
   * workspace (no proxy settings), managed and logged. Needs a VPC built by the construct.
   */
  NETWORK_FIREWALL = 'network-firewall',
  /**
   * A squid proxy instance (Amazon Linux 2023) behind a NAT gateway with the same allowlist;
   * the setup workspace reaches nothing but the proxy port, and gets proxy settings through a
   * State Manager command. Cheaper; works in an existing VPC (`proxySubnets`).
   */
  PROXY_INSTANCE = 'proxy-instance',
}

/**
 * How data holders reach the SFTP airlock.
 */
export enum AirlockSftpExposure {
  /**
   * A VPC endpoint with Elastic IP addresses in a public subnet that exists only while the
   * airlock runs; its security group admits the data holders' CIDRs only.
   */
  INTERNET_FACING = 'internet-facing',
  /** A VPC endpoint with private addresses only (data holders come over VPN or Direct Connect). */
  INTERNAL = 'internal',
}

/**
 * What scans a permit's uploads on AWS before anyone may read them.
 */
export enum AirlockMalwareScanner {
  /**
   * GuardDuty Malware Protection for S3: a plan per upload bucket tags every new object under
   * `incoming/` with its result (`GuardDutyMalwareScanStatus`). Billed per GB scanned and object.
   */
  GUARDDUTY = 'guardduty',
  /**
   * ClamAV, for institutions that prefer it (and their own signature mirror): a Lambda function
   * from the institution's container image (`clamavImage`) in the permit VPC scans every new
   * object under `incoming/` and tags it with the same tag GuardDuty writes, so the scan gate and
   * the consolidation are unchanged.
   */
  CLAMAV = 'clamav',
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

const DEFAULT_CIDR = '10.90.0.0/16';
const STATE_WAIT_SECONDS = 900;

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
export class AirlockWorkspace extends Construct {
  /** The workspace name of a role in a permit: `permit-<id>-<role>` (`p-<id>-<role>` when longer than 63). */
  public static workspaceNameOf(permitId: string, role: PermitWorkspaceRole): string {
    const long = `permit-${permitId}-${role}`;
    return long.length <= 63 ? long : `p-${permitId}-${role}`;
  }

  /** A value made safe for an AWS tag. */
  public static tagValue(value: string): string {
    return value.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '-').slice(0, 256);
  }

  /** The plan this environment was built from. */
  public readonly plan: PermitPlan;
  /** The buckets of the phase (none before ingress and after deletion without storage). */
  public readonly buckets: AirlockBucket[];
  /** The workspaces of the phase. */
  public readonly workspaces: AirlockWorkspaceInstance[];
  /** SFTP addresses for the data holders (Elastic IPs, or the server id for an internal endpoint). */
  public readonly sftpAddresses: string[];
  /**
   * The VPC.
   * @default - none in phases without storage or after deletion
   */
  public readonly vpc?: ec2.IVpc;
  /**
   * The key of the permit's data.
   * @default - none in phases without storage
   */
  public readonly encryptionKey?: kms.IKey;
  /**
   * The key of the permit's log groups.
   * @default - none in phases without storage
   */
  public readonly logEncryptionKey?: kms.IKey;
  /**
   * The access log bucket.
   * @default - none in phases without storage
   */
  public readonly accessLogBucket?: s3.IBucket;
  /**
   * The bucket outputs wait in for review before they leave.
   * @default - none in phases without storage
   */
  public readonly egressReviewBucket?: s3.IBucket;
  /**
   * The SFTP server.
   * @default - none outside INGRESS_IN_PROGRESS
   */
  public readonly sftpServer?: transfer.CfnServer;
  /**
   * The Network Firewall of the setup egress.
   * @default - none unless the setup workspace runs with NETWORK_FIREWALL
   */
  public readonly firewall?: networkfirewall.CfnFirewall;
  /**
   * The proxy instance of the setup egress.
   * @default - none unless the setup workspace runs with PROXY_INSTANCE
   */
  public readonly proxyInstance?: ec2.Instance;
  /**
   * The user registry published for the desktops.
   * @default - none in phases without desktops
   */
  public readonly userRegistry?: ResearchUserRegistry;
  /** How the setup egress is controlled. */
  public readonly egressControl: AirlockEgressControl;
  /**
   * The role that scans and tags the uploads: GuardDuty Malware Protection's, or the ClamAV function's.
   * @default - none in phases that do not scan (only INGRESS_IN_PROGRESS and DATA_PREPARATION_PENDING do)
   */
  public readonly malwareScannerRole?: iam.IRole;
  /**
   * Name of the SSM Automation document that consolidates the clean uploads into raw
   * (`aws ssm start-automation-execution --document-name <name>`).
   * @default - none outside DATA_PREPARATION_PENDING
   */
  public readonly ingressConsolidationDocument?: string;

  private readonly network?: AirlockNetwork;
  private readonly bucketList: PermitBucket[];

  constructor(scope: Construct, id: string, props: AirlockWorkspaceProps) {
    super(scope, id);
    checkKnownProps(this, 'AirlockWorkspaceProps', props);
    // Access logs are delivered under a bucket policy (logging.s3.amazonaws.com), not an ACL:
    // the buckets enforce bucket-owner object ownership, which disables ACLs.
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const plan = props.plan;
    this.plan = plan;
    this.egressControl = props.egressControl ?? (props.vpc ? AirlockEgressControl.PROXY_INSTANCE : AirlockEgressControl.NETWORK_FIREWALL);
    const cidr = props.cidr ?? DEFAULT_CIDR;
    const keys = this.validate(props, cidr);
    const clamav = props.malwareScanner === AirlockMalwareScanner.CLAMAV;
    this.workspaces = [];
    this.sftpAddresses = [];

    Tags.of(this).add('permit:id', plan.permitId);
    const volatile = { excludeResourceTypes: ['AWS::EC2::LaunchTemplate', 'aws:cdk:stack'] };
    Tags.of(this).add('permit:status', plan.status, volatile);
    Tags.of(this).add('permit:event-id', AirlockWorkspace.tagValue(plan.eventId), volatile);

    if (!hasStorage(plan)) {
      this.buckets = [];
      this.bucketList = [];
      return;
    }
    const deleting = deletesStorage(plan);
    const reviewers = props.egressReviewers ?? [];

    // Storage.
    if (props.encryptionKey) {
      this.encryptionKey = props.encryptionKey;
    } else {
      this.encryptionKey = new kms.Key(this, 'DataKey', {
        description: `Permit ${plan.permitId}: buckets, root volumes and secrets (deleted after the permit)`,
        enableKeyRotation: true,
        // Deleting the key after the permit is deleted shreds whatever copy of its data is left.
        removalPolicy: deleting ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        pendingWindow: Duration.days(30),
      });
    }
    const key = this.encryptionKey;
    if (props.logEncryptionKey) {
      this.logEncryptionKey = props.logEncryptionKey;
    } else {
      const logKey = new kms.Key(this, 'LogKey', {
        description: `Permit ${plan.permitId}: log groups (kept after the permit is deleted)`,
        enableKeyRotation: true,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      allowLogsService(logKey);
      this.logEncryptionKey = logKey;
    }
    const logBucket = accessLogBucket(this, 'AccessLogs', `permit ${plan.permitId}`);
    this.accessLogBucket = logBucket;
    this.bucketList = permitBuckets(this, plan, key, logBucket, reviewers.length, props.rawRetention ?? DEFAULT_RAW_RETENTION);
    this.egressReviewBucket = this.bucketList.find((b) => b.access.volume === EGRESS_REVIEW)?.bucket;

    // Network, airlock and workspaces: not after deletion (only the storage is left, to be emptied).
    if (!deleting) {
      this.network = new AirlockNetwork(this, 'Network', {
        plan,
        key: this.logEncryptionKey!,
        vpc: props.vpc,
        workspaceSubnets: props.workspaceSubnets,
        airlockSubnets: props.airlockSubnets,
        proxySubnets: props.proxySubnets,
        cidr,
        maxAzs: props.maxAzs ?? 2,
        availabilityZones: props.availabilityZones,
        endpoints: props.vpcEndpoints ?? !props.vpc,
        dnsFirewall: props.dnsFirewall ?? true,
        egress: this.egressControl === AirlockEgressControl.NETWORK_FIREWALL ? EgressKind.NETWORK_FIREWALL : EgressKind.PROXY_INSTANCE,
        exposure: (props.sftpExposure ?? AirlockSftpExposure.INTERNET_FACING) === AirlockSftpExposure.INTERNET_FACING
          ? ExposureKind.INTERNET_FACING : ExposureKind.INTERNAL,
        logRetention: props.logRetention ?? logs.RetentionDays.SIX_YEARS,
        s3PrefixListId: props.s3PrefixListId,
        proxyInstanceType: props.proxyInstanceType ?? 't3.small',
        bucketArns: this.bucketList.map((b) => b.bucket.bucketArn),
        ...(clamav && props.signatureMirrorUrl ? { extraDomains: [new URL(props.signatureMirrorUrl).hostname] } : {}),
      });
      this.vpc = this.network.vpc;
      this.firewall = this.network.firewall;
      this.proxyInstance = this.network.proxyInstance;
    }

    const principals = new Map<string, string>();
    const airlock = airlockOf(plan);
    if (this.network && airlock) {
      const sftp = new AirlockSftp(this, 'Sftp', {
        plan,
        airlock,
        vpc: this.network.vpc,
        subnets: this.network.airlockSubnets ?? [],
        internetFacing: (props.sftpExposure ?? AirlockSftpExposure.INTERNET_FACING) === AirlockSftpExposure.INTERNET_FACING,
        uploadBuckets: this.bucketList.filter((b) => b.access.kind === PermitVolumeKind.UPLOAD),
        key,
        logKey: this.logEncryptionKey!,
        logRetention: props.logRetention ?? logs.RetentionDays.SIX_YEARS,
        keys,
      });
      this.sftpServer = sftp.server;
      this.sftpAddresses.push(...(sftp.addresses.length ? sftp.addresses.map((a) => a.ref) : [sftp.server.attrServerId]));
      for (const [holder, role] of sftp.roles) {
        principals.set(sftpKey(holder), role.roleArn);
        for (const s of identityStatements(sftpKey(holder), this.bucketList, key)) role.addToPrincipalPolicy(s);
      }
      for (const holder of airlock.users.map((u) => u.name)) {
        if (!keys.has(holder)) {
          Annotations.of(this).addWarningV2('rws:airlock-no-ssh-key',
            `data holder "${holder}" has no SSH public key: the SFTP user exists but cannot log in until one is imported (dataHolderKeys, or aws transfer import-ssh-public-key --server-id <id> --user-name ${holder})`);
        }
      }
    }

    const desktops = desktopsOf(plan);
    if (this.network && desktops.length > 0) this.addWorkspaces(props, desktops, principals);

    reviewers.forEach((r, i) => principals.set(reviewerKey(i), r.roleArn));
    const autoDelete = deleting ? autoDeleteRoleArn(this) : undefined;
    if (autoDelete) principals.set(AUTO_DELETE, autoDelete);
    const arnOf = (k: string): string => {
      const arn = principals.get(k);
      if (!arn) throw new Error(`${this.node.path}: no principal for ${k} (internal error)`);
      return arn;
    };
    // Uploads are scanned by GuardDuty Malware Protection while they arrive and are consolidated;
    // whatever is not tagged clean can never be read (airlock-malware.ts).
    const uploads = this.bucketList.filter((b) => b.access.kind === PermitVolumeKind.UPLOAD);
    const scans = !deleting && scansUploads(plan) && uploads.length > 0 && this.network;
    const scanner = !scans ? undefined : clamav ? addClamavScanner(this, {
      plan,
      uploads,
      key,
      network: this.network!,
      logKey: this.logEncryptionKey!,
      logRetention: props.logRetention ?? logs.RetentionDays.SIX_YEARS,
      image: props.clamavImage!,
      mirrorUrl: props.signatureMirrorUrl,
      mirrorCidrs: props.signatureMirrorCidrs ?? [],
    }) : addMalwareProtection(this, plan, uploads, key);
    this.malwareScannerRole = scanner;
    // At the move to DATA_PREPARATION_PENDING an SSM Automation copies the clean uploads into raw.
    const raw = this.bucketList.find((b) => b.access.kind === PermitVolumeKind.RAW);
    const consolidation = plan.status === PermitStatus.DATA_PREPARATION_PENDING && uploads.length && raw
      ? addIngressConsolidation(this, plan, uploads, raw, key) : undefined;
    this.ingressConsolidationDocument = consolidation?.document.ref;
    const consolidator = consolidation ? [consolidation.role.roleArn] : [];
    // Raw's versions are locked (Object Lock); after permit.deleted a function of ours destroys
    // them with the governance bypass when the bucket goes (aws-cdk-lib's auto-delete cannot).
    const rawPurge = deleting && raw ? addRawPurge(this, plan, raw.bucket, this.logEncryptionKey!) : undefined;
    const purge = rawPurge ? [rawPurge.roleArn] : [];
    for (const b of this.bucketList) {
      const upload = b.access.kind === PermitVolumeKind.UPLOAD;
      const isRaw = b.access.kind === PermitVolumeKind.RAW;
      applyBucketPolicy(b, arnOf, key, {
        readers: upload ? [...(scanner ? [scanner.roleArn] : []), ...consolidator] : isRaw ? [...consolidator, ...purge] : [],
        writers: upload ? (scanner ? [scanner.roleArn] : []) : isRaw ? consolidator : [],
        purgers: isRaw ? purge : [],
      });
      if (isRaw) denyGovernanceBypass(b.bucket, purge);
      if (upload && clamav) applyScanGate(b, scanner?.roleArn, CLAMAV_SCANNER_ACTIONS, false);
      else if (upload) applyScanGate(b, scanner?.roleArn);
      if (isRaw && consolidation) applyConsolidationConfinement(b, consolidation.role.roleArn);
      // Release requests are the only thing written to egress-review (rws-release-upload).
      if (b.access.volume === EGRESS_REVIEW && !deleting) denyWritesOutsideRequests(b.bucket);
    }

    this.buckets = this.bucketList.map(({ access, bucket }) => ({ ...access, bucket }));
    this.acknowledgeByDesign(deleting);
  }

  /** The bucket of a volume (`raw`, `upload-<holder>`, `egress-review`, ...). */
  public bucket(volume: string): s3.IBucket {
    const b = this.buckets.find((x) => x.volume === volume);
    if (!b) throw new Error(`${this.node.path}: no bucket "${volume}" in ${this.plan.status} (buckets: ${this.buckets.map((x) => x.volume).join(', ') || 'none'})`);
    return b.bucket;
  }

  /** The workspace of a role in this phase. */
  public workspace(role: PermitWorkspaceRole): ResearchWorkspace {
    const w = this.workspaces.find((x) => x.role === role);
    if (!w) throw new Error(`${this.node.path}: no ${role} workspace in ${this.plan.status} (workspaces: ${this.workspaces.map((x) => x.role).join(', ') || 'none'})`);
    return w.workspace;
  }

  private addWorkspaces(props: AirlockWorkspaceProps, desktops: PlannedWorkspace[], principals: Map<string, string>): void {
    const plan = this.plan;
    const network = this.network!;
    const key = this.encryptionKey!;
    const template = props.template ?? TemplateCatalog.bundled().resolve('secure-analysis-desktop');
    const users = new Map<string, { name: string; uid: number }>();
    for (const w of desktops) for (const u of w.users) users.set(u.name, { name: u.name, uid: u.uid });
    const registry = UserRegistry.fromProps({
      users: [...users.values()].sort((a, b) => a.name.localeCompare(b.name, 'en')),
      sourceName: `permit ${plan.permitId}`,
    });
    const labName = `permit-${plan.permitId}`;
    (this as { userRegistry?: ResearchUserRegistry }).userRegistry = new ResearchUserRegistry(this, 'Users', { registry, labName });
    if (!props.machineImage) {
      Annotations.of(this).addWarningV2('rws:airlock-image-needs-internet',
        `the desktops boot from the template's public image and install "${template.slug}"'s packages at first boot, which needs internet access that phases other than setup do not have: give machineImage (an image with the packages installed)`);
    }
    const stateRole = new ManagedPolicyRole(this, 'StateRole', {
      assumedBy: new iam.ServicePrincipal('ssm.amazonaws.com', {
        conditions: {
          StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
          ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:ssm:${Aws.REGION}:${Aws.ACCOUNT_ID}:automation-execution/*` },
        },
      }),
      description: `Starts and stops the workspaces of permit ${plan.permitId} as its plan says (State Manager)`,
    });
    const instanceArns: string[] = [];
    const schedule = props.stoppedStateSchedule ?? 'rate(30 minutes)';

    for (const w of desktops) {
      const egress = w.network === NetworkMode.EGRESS_PROXY;
      const sg = lockedSecurityGroup(this, `${w.role}-SecurityGroup`, network.vpc,
        `Workspace ${w.role} of permit ${plan.permitId}: no inbound; out only to the VPC endpoints${egress ? ' and the package egress path' : ''}`);
      network.connectWorkspace(sg, egress, w.role);
      const wsProps: ResearchWorkspaceProps = {
        template,
        vpc: network.vpc,
        vpcSubnets: egress ? network.setupSubnets : network.workspaceSubnets,
        workspaceName: AirlockWorkspace.workspaceNameOf(plan.permitId, w.role),
        labName,
        size: props.workspaceSize,
        machineImage: props.machineImage,
        userRegistry: this.userRegistry,
        users: w.users.map((u) => u.name),
        securityGroup: sg,
        encryptionKey: key,
        rootVolumeEncryptionKey: key,
        egress: egress ? EgressMode.PROXIED : EgressMode.NONE,
        tags: {
          'permit:workspace': w.role,
          'permit:mounts': w.mounts.map((m) => `${m.volume}:${m.access}`).join(' ') || 'none',
          'permit:members': [...new Set(w.users.map((u) => u.role))].sort().join(' '),
        },
      };
      // Every permit desktop: only root reaches the instance metadata (the role's credentials);
      // the analysis desktop: the output release request area and its upload (permit-release.ts).
      const analysis = w.role === PermitWorkspaceRole.ANALYSIS && this.egressReviewBucket !== undefined;
      EXTRA_BOOT_PARTS.set(wsProps, [imdsGuardPart(), ...(analysis ? [analysisReleasePart(plan.permitId)] : [])]);
      const ws = new ResearchWorkspace(this, w.role, wsProps);
      if (analysis) {
        Tags.of(ws.instance).add(RELEASE_BUCKET_TAG, this.egressReviewBucket!.bucketName);
        Tags.of(ws.instance).add(RELEASE_KEY_TAG, key.keyArn);
      }
      Tags.of(ws.instance).add('permit:workspace-state', w.state);
      const running = w.state === WorkspaceState.RUNNING;
      if (running) {
        principals.set(workspaceKey(w.role), ws.role.roleArn);
        for (const s of identityStatements(workspaceKey(w.role), this.bucketList, key)) ws.role.addToPrincipalPolicy(s);
      }
      this.workspaces.push({ role: w.role, state: w.state, workspace: ws, dataAccess: running });
      const instanceArn = Stack.of(this).formatArn({ service: 'ec2', resource: 'instance', resourceName: ws.instanceId });
      instanceArns.push(instanceArn);
      this.addStateAssociation(w, ws, stateRole, schedule);
      if (egress && running && network.proxyInstance) this.addProxySettings(w, ws, network.proxyInstance);
    }

    stateRole.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'StartStopPermitWorkspaces', actions: ['ec2:StartInstances', 'ec2:StopInstances'], resources: instanceArns,
    }));
    stateRole.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'WatchInstanceState', actions: ['ec2:DescribeInstances', 'ec2:DescribeInstanceStatus'], resources: ['*'],
    }));
    // Starting an instance whose volumes use the permit's key creates grants for EC2.
    stateRole.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'RootVolumeKeyThroughEc2',
      actions: ['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:ReEncryptFrom', 'kms:ReEncryptTo'],
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `ec2.${Aws.REGION}.amazonaws.com` } },
    }));
  }

  /**
   * STOPPED: `AWS-StopEC2Instance` on every deploy that creates the association and again on
   * the schedule (drift repair). RUNNING: `AWS-StartEC2Instance` once, when the association is
   * created (i.e. when the workspace is created or goes from stopped to running): the idle
   * agent may stop a running workspace afterwards, which later deploys respect.
   */
  private addStateAssociation(w: PlannedWorkspace, ws: ResearchWorkspace, role: iam.IRole, schedule: string): void {
    const stopped = w.state === WorkspaceState.STOPPED;
    const association = new ssm.CfnAssociation(this, `${w.role}-${stopped ? 'KeepStopped' : 'StartOnce'}`, {
      name: stopped ? 'AWS-StopEC2Instance' : 'AWS-StartEC2Instance',
      associationName: `permit-${this.plan.permitId}-${w.role}-${stopped ? 'keep-stopped' : 'start'}`,
      automationTargetParameterName: 'InstanceId',
      targets: [{ key: 'ParameterValues', values: [ws.instanceId] }],
      parameters: { AutomationAssumeRole: [role.roleArn] },
      scheduleExpression: stopped ? schedule : undefined,
      applyOnlyAtCronInterval: false,
      waitForSuccessTimeoutSeconds: STATE_WAIT_SECONDS,
      complianceSeverity: 'HIGH',
      maxConcurrency: '1',
      maxErrors: '0',
    });
    // CloudFormation's published schema (and cfn-lint) has no Tags on associations.
    association.addPropertyDeletionOverride('Tags');
  }

  /** Proxy settings for the setup workspace (PROXY_INSTANCE), written once by State Manager. */
  private addProxySettings(w: PlannedWorkspace, ws: ResearchWorkspace, proxy: ec2.Instance): void {
    const url = `http://${proxy.instancePrivateIp}:${PROXY_PORT}`;
    const noProxy = '169.254.169.254,169.254.170.2,localhost,127.0.0.1,.amazonaws.com';
    const association = new ssm.CfnAssociation(this, `${w.role}-ProxySettings`, {
      name: 'AWS-RunShellScript',
      associationName: `permit-${this.plan.permitId}-${w.role}-proxy-settings`,
      targets: [{ key: 'InstanceIds', values: [ws.instanceId] }],
      parameters: {
        commands: [
          'set -eu',
          `printf 'http_proxy=%s\\nhttps_proxy=%s\\nHTTP_PROXY=%s\\nHTTPS_PROXY=%s\\nno_proxy=%s\\nNO_PROXY=%s\\n' '${url}' '${url}' '${url}' '${url}' '${noProxy}' '${noProxy}' > /etc/environment.d/90-permit-proxy.conf 2>/dev/null || true`,
          `grep -q '^https_proxy=' /etc/environment || printf 'http_proxy=${url}\\nhttps_proxy=${url}\\nno_proxy=${noProxy}\\n' >> /etc/environment`,
          `if [ -d /etc/apt/apt.conf.d ]; then printf 'Acquire::http::Proxy "${url}";\\nAcquire::https::Proxy "${url}";\\n' > /etc/apt/apt.conf.d/95permit-proxy; fi`,
        ],
      },
      waitForSuccessTimeoutSeconds: STATE_WAIT_SECONDS,
    });
    association.addPropertyDeletionOverride('Tags');
  }

  private validate(props: AirlockWorkspaceProps, cidr: string): Map<string, string[]> {
    const plan = props.plan;
    if (props.vpc) {
      if (props.cidr !== undefined || props.maxAzs !== undefined || props.availabilityZones !== undefined) {
        badProp(this, 'vpc', props.vpc.vpcId, 'cidr, maxAzs and availabilityZones describe a new VPC and cannot be used with an existing one',
          'remove them, or remove vpc to let the construct build the permit\'s VPC');
      }
      if (this.egressControl === AirlockEgressControl.NETWORK_FIREWALL) {
        badProp(this, 'egressControl', this.egressControl, 'the Network Firewall needs subnets and routes of its own, which the construct only builds in a VPC it creates',
          'use AirlockEgressControl.PROXY_INSTANCE with proxySubnets, or leave vpc out');
      }
      if (!props.proxySubnets) {
        badProp(this, 'proxySubnets', undefined, 'with an existing VPC, the setup phase\'s proxy needs subnets with a route to the internet',
          'give proxySubnets (e.g. { subnetType: SubnetType.PRIVATE_WITH_EGRESS })');
      }
    } else {
      const parsed = unresolved(cidr) ? undefined : parseIpv4Cidr(cidr);
      if (!parsed || parsed[1] < 16 || parsed[1] > 22 || parsed[0] % 2 ** (32 - parsed[1]) !== 0) {
        badProp(this, 'cidr', cidr, 'must be an IPv4 network from /16 to /22 (no host bits set)', 'write e.g. "10.90.0.0/16"');
      }
      for (const f of ['workspaceSubnets', 'airlockSubnets', 'proxySubnets'] as const) {
        if (props[f]) badProp(this, f, '(a selection)', `${f} selects subnets of an existing VPC`, 'give vpc as well, or remove it');
      }
      if (props.maxAzs !== undefined && (!Number.isInteger(props.maxAzs) || props.maxAzs < 1 || props.maxAzs > 6)) {
        badProp(this, 'maxAzs', props.maxAzs, 'must be a whole number from 1 to 6', 'use 2');
      }
    }
    if (props.rawRetention !== undefined && !props.rawRetention.isUnresolved()) {
      const days = props.rawRetention.toDays({ integral: false });
      if (!Number.isInteger(days) || days < 1 || days > 36500) {
        badProp(this, 'rawRetention', props.rawRetention.toHumanString(), 'S3 Object Lock keeps versions for whole days, from 1 to 36,500',
          'write e.g. Duration.days(365) (the default); the retention only has to outlast the permit\'s analysis, since deleting the permit purges raw anyway');
      }
    }
    if (props.stoppedStateSchedule !== undefined && !/^(rate\(\d+ (minutes?|hours?|days?)\)|cron\(.+\))$/.test(props.stoppedStateSchedule)) {
      badProp(this, 'stoppedStateSchedule', props.stoppedStateSchedule, 'not a State Manager schedule', 'write e.g. "rate(30 minutes)" or "cron(0 */2 * * ? *)"');
    }
    if (props.proxyInstanceType !== undefined && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(props.proxyInstanceType)) {
      badProp(this, 'proxyInstanceType', props.proxyInstanceType, 'not an EC2 instance type', 'write e.g. "t3.small"');
    }
    if (props.s3PrefixListId !== undefined && !unresolved(props.s3PrefixListId) && !/^pl-[0-9a-f]{8,17}$/.test(props.s3PrefixListId)) {
      badProp(this, 's3PrefixListId', props.s3PrefixListId, 'not a prefix list id', 'write e.g. "pl-63a5400a" (aws ec2 describe-managed-prefix-lists), or leave it out');
    }
    this.validateScanner(props);
    const holders = new Set([
      ...plan.volumes.filter((v) => v.kind === PermitVolumeKind.UPLOAD).map((v) => v.dataHolder!),
      ...plan.volumesToDelete.filter((v) => v.startsWith('upload-')).map((v) => v.slice('upload-'.length)),
    ]);
    const keys = new Map<string, string[]>();
    for (const [i, k] of (props.dataHolderKeys ?? []).entries()) {
      if (holders.size > 0 && !holders.has(k.dataHolderId)) {
        badProp(this, `dataHolderKeys[${i}].dataHolderId`, k.dataHolderId, 'is not a data holder of the permit', `use one of ${[...holders].join(', ')}`);
      }
      if (keys.has(k.dataHolderId)) badProp(this, `dataHolderKeys[${i}].dataHolderId`, k.dataHolderId, 'is listed twice', 'list each data holder once, with all their keys');
      if (k.publicKeys.length === 0) badProp(this, `dataHolderKeys[${i}].publicKeys`, [], 'is empty', 'give at least one public key, or leave the data holder out');
      k.publicKeys.forEach((text, j) => {
        try {
          parseSshPublicKey(text);
        } catch (e) {
          if (e instanceof KeyFormatError) badProp(this, `dataHolderKeys[${i}].publicKeys[${j}]`, text.slice(0, 40), `not a usable SSH public key: ${e.message}`, 'give the one-line OpenSSH public key (the .pub file)');
          throw e;
        }
      });
      keys.set(k.dataHolderId, k.publicKeys.map((x) => x.trim()));
    }
    if (Token.isUnresolved(plan.permitId)) badProp(this, 'plan', plan.permitId, 'the permit id must be known at synth time', 'give a literal permit');
    if (plan.status === PermitStatus.DELETED && props.encryptionKey) {
      Annotations.of(this).addInfoV2('rws:airlock-own-key', 'the permit is deleted but its key was given (encryptionKey): schedule its deletion yourself to shred what is left');
    }
    return keys;
  }

  private validateScanner(props: AirlockWorkspaceProps): void {
    const scanner = props.malwareScanner ?? AirlockMalwareScanner.GUARDDUTY;
    if (!Object.values(AirlockMalwareScanner).includes(scanner)) {
      badProp(this, 'malwareScanner', scanner, 'is not a scanner', 'use AirlockMalwareScanner.GUARDDUTY (the default) or AirlockMalwareScanner.CLAMAV');
    }
    const clamavOnly = (['clamavImage', 'signatureMirrorUrl', 'signatureMirrorCidrs'] as const).filter((f) => props[f] !== undefined);
    if (scanner !== AirlockMalwareScanner.CLAMAV) {
      if (clamavOnly.length) {
        badProp(this, clamavOnly[0], props[clamavOnly[0]], 'configures the ClamAV scanner, but GuardDuty scans the uploads',
          'set malwareScanner: AirlockMalwareScanner.CLAMAV, or remove it');
      }
      return;
    }
    if (props.clamavImage === undefined) {
      badProp(this, 'clamavImage', undefined, 'the ClamAV scanner runs from the institution\'s container image, and none is given',
        'give clamavImage, e.g. "123456789012.dkr.ecr.eu-west-1.amazonaws.com/rws-clamav@sha256:<digest>" (see docs/airlock-transfers.md for what it holds)');
    } else if (!unresolved(props.clamavImage) && !ECR_IMAGE.test(props.clamavImage)) {
      badProp(this, 'clamavImage', props.clamavImage, 'is not an ECR image URI with a tag or digest (Lambda runs container images from ECR only)',
        'write <account>.dkr.ecr.<region>.amazonaws.com/<repository>:<tag>, or @sha256:<digest> to pin it');
    }
    if (props.signatureMirrorUrl !== undefined) {
      if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/.test(props.signatureMirrorUrl)) {
        badProp(this, 'signatureMirrorUrl', props.signatureMirrorUrl, 'must be an http(s) URL without spaces, credentials, query or fragment',
          'name the institution\'s mirror, e.g. https://clamav-mirror.example.org/clamav');
      }
      if (!props.signatureMirrorCidrs?.length) {
        badProp(this, 'signatureMirrorCidrs', props.signatureMirrorCidrs, 'the scanner may reach nothing but S3 unless the mirror\'s networks are named',
          'give the mirror\'s networks, e.g. ["10.20.30.0/24"]');
      }
    } else if (props.signatureMirrorCidrs !== undefined) {
      badProp(this, 'signatureMirrorCidrs', props.signatureMirrorCidrs, 'names the networks of a signature mirror, but no signatureMirrorUrl is given',
        'give signatureMirrorUrl as well, or remove signatureMirrorCidrs');
    }
    (props.signatureMirrorCidrs ?? []).forEach((c, i) => {
      const parsed = unresolved(c) ? [0, 32] : parseIpv4Cidr(c);
      if (!parsed || parsed[0] % 2 ** (32 - parsed[1]) !== 0) {
        badProp(this, `signatureMirrorCidrs[${i}]`, c, 'is not an IPv4 network', 'write e.g. "10.20.30.0/24" (no host bits set)');
      }
    });
  }

  private acknowledgeByDesign(deleting: boolean): void {
    const stack = Stack.of(this);
    const wildcardReason = (finding: string): string | undefined => {
      if (/^Resource::<.*Bucket-?.*\.Arn>\/\*$/.test(finding) || /^Resource::arn:<AWS::Partition>:s3:::<.*>\/\*$/.test(finding)) {
        return 'Object-level actions (s3:GetObject, PutObject, DeleteObject, AbortMultipartUpload) need the bucket\'s object ARN, `<bucket>/*`: the grant covers one bucket of this permit only, matches the bucket policy (which denies everyone else), and is exactly the read, write or delete access the permit\'s plan gives this principal in this phase.';
      }
      if (finding === 'Resource::*') {
        return 'ec2:DescribeInstances and ec2:DescribeInstanceStatus do not support resource-level permissions (the Service Authorization Reference lists no resource type for them); they only read state. Starting and stopping are limited to the permit\'s instance ARNs.';
      }
      return undefined;
    };
    for (const w of this.workspaces) {
      const policy = w.workspace.role.node.tryFindChild('Policy') as iam.ManagedPolicy | undefined;
      if (policy) acknowledgeWildcards(policy, wildcardReason);
    }
    const sftp = this.node.tryFindChild('Sftp');
    for (const c of sftp?.node.findAll() ?? []) if (c instanceof iam.ManagedPolicy) acknowledgeWildcards(c, wildcardReason);
    const stateRole = this.node.tryFindChild('StateRole');
    const statePolicy = stateRole?.node.tryFindChild('Policy') as iam.ManagedPolicy | undefined;
    if (statePolicy) acknowledgeWildcards(statePolicy, wildcardReason);

    // Functions CDK adds at stack level: the S3 prefix-list lookup and, after deletion, the emptying function.
    const lookup = stack.node.tryFindChild('AWS679f53fac002430cb0da5b7982bd2287');
    if (lookup) {
      const role = this.network?.node.tryFindChild('S3PrefixListRole');
      if (role) dropRedundantDependsOn(lookup.node.defaultChild as CfnResource, [role]);
      acknowledgeDeployTimeFunction(lookup, {
        outsideVpc: 'This function only calls ec2:DescribeManagedPrefixLists while CloudFormation deploys the stack, to find the S3 prefix list id for the workspaces\' security groups; in the permit\'s VPC it could not reach the EC2 API (no EC2 endpoint is created, on purpose), and it touches no data.',
        runtime: 'The runtime is chosen by aws-cdk-lib for its AwsCustomResource provider and moves with each CDK release.',
      });
    }
    if (deleting) {
      const provider = stack.node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
      if (provider) {
        const handler = provider.node.tryFindChild('Handler');
        const role = provider.node.tryFindChild('Role');
        if (handler && role) dropRedundantDependsOn(handler as CfnResource, [role]);
        ack(provider, ['AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]'],
          'aws-cdk-lib\'s auto-delete function writes its own logs with the AWS-managed basic execution policy; it exists only after permit.deleted, to empty the permit\'s buckets when the stack is deleted.');
        ack(provider, allPacks({ hipaa: 'IAMNoInlinePolicy', nist: 'IAMNoInlinePolicy' }),
          'The inline policy of aws-cdk-lib\'s auto-delete function is generated by CDK; what it may do on the buckets is limited by their policies to listing and deleting (after permit.deleted only).');
        ack(provider, allPacks({ hipaa: 'LambdaConcurrency', nist: 'LambdaConcurrency' }),
          'Invoked only by CloudFormation when the deleted permit\'s stack is destroyed; reserving concurrency would take capacity from the account for no benefit.');
        ack(provider, allPacks({ hipaa: 'LambdaDLQ', nist: 'LambdaDLQ' }),
          'CloudFormation invokes the auto-delete function synchronously and the stack deletion fails if it fails; there is no asynchronous event to dead-letter.');
        ack(provider, allPacks({ hipaa: 'LambdaInsideVPC', nist: 'LambdaInsideVPC' }),
          'The function empties S3 buckets through the S3 API while the permit\'s stack is destroyed; after deletion there is no permit VPC to put it in, and it handles no data content.');
        ack(provider, ['AwsSolutions-L1'], 'The runtime of aws-cdk-lib\'s auto-delete function is chosen by aws-cdk-lib and moves with each CDK release.');
      }
    }
  }
}
