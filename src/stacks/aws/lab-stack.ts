import * as fs from 'fs';
import * as path from 'path';
import {
  Annotations, IPolicyValidationContext, IPolicyValidationPlugin, NestedStack, PolicyValidationPluginReport, RemovalPolicy, SecretValue, Stack,
  StackProps, Stage, Validations,
} from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { readLabFile } from './lab-file';
import { skipCreationStackTraces } from './private/creation-stacks';
import { addEgressAuditPlugin } from './private/egress-audit-plugin';
import { LabMonitoring } from '../../constructs/aws/lab-monitoring';
import { LabNetwork } from '../../constructs/aws/lab-network';
import { PolicyBoundary } from '../../constructs/aws/policy-boundary';
import { OPENZFS_THROUGHPUTS_MBPS } from '../../constructs/aws/private/fsx';
import { RenderOnceNestedStack } from '../../constructs/aws/private/render-once-stack';
import { LAB_HOME_SUBDIRECTORY, LAB_MOUNT_POINT } from '../../constructs/aws/private/userdata-adapter';
import { ClusterQueueDefinition, ResearchCluster } from '../../constructs/aws/research-cluster';
import { ResearchStudio, StudioSpaceDefinition } from '../../constructs/aws/research-studio';
import { RegistryStorage, ResearchUserRegistry } from '../../constructs/aws/research-user-registry';
import { ResearchWorkspace } from '../../constructs/aws/research-workspace';
import { SharedEfs } from '../../constructs/aws/shared-efs';
import { LustreDeployment, SharedLustre } from '../../constructs/aws/shared-lustre';
import { SharedOpenZfs } from '../../constructs/aws/shared-openzfs';
import { IMAGE_BUILD_DOMAINS, SPACK_BUILD_DOMAINS, WorkspaceImage } from '../../constructs/aws/workspace-image';
import { WorkspaceWebGateway } from '../../constructs/aws/workspace-web-gateway';
import { allowLogsService, sha256 } from '../../constructs/private/props';
import { checkKnownProps } from '../../private/known-props';
import { ResolvedTemplate, TemplateCatalog } from '../../workspaces/catalog';
import { LustreQuotas, RegistryQuotas } from '../../workspaces/cluster';
import { Diagnostic } from '../../workspaces/errors';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import {
  httpsMirrorHost, labBakesTemplate, labImageParameterPrefix, PARENT_IMAGE_REQUIRED, parentImagesProblems, rockyParentFix, templateUsesSpack,
} from '../../workspaces/private/lab-images';
import { webServicesOf } from '../../workspaces/private/web-services';
import { YamlSource } from '../../workspaces/private/yaml-source';
import { Architecture, WorkspaceSize } from '../../workspaces/sizes';
import { UserRegistry } from '../../workspaces/users';

/**
 * One workstation of a lab.
 */
export interface LabWorkspaceDefinition {
  /** Workspace name, unique in the lab (letters, digits, `_`, `-`). Its stack depends only on it. */
  readonly name: string;
  /** Template slug or name. */
  readonly template: string;
  /**
   * Research user who owns it.
   * @default - no owner
   */
  readonly owner?: string;
  /**
   * Project (cost-allocation tag `research:project`).
   * @default - none
   */
  readonly project?: string;
  /**
   * Size.
   * @default - the template's default size
   */
  readonly size?: WorkspaceSize;
  /**
   * Architecture.
   * @default - the template's, else x86_64
   */
  readonly architecture?: Architecture;
  /**
   * Exact instance type.
   * @default - the size's type
   */
  readonly instanceType?: string;
  /**
   * Template parameter values.
   * @default - the template's defaults
   */
  readonly parameters?: { [name: string]: string };
  /**
   * Further tags.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
  /**
   * Run on spot capacity.
   * @default false
   */
  readonly spot?: boolean;
  /**
   * Hibernate instead of stop.
   * @default false
   */
  readonly hibernation?: boolean;
  /**
   * Networks allowed to reach port 22.
   * @default - none
   */
  readonly sshCidrs?: string[];
  /**
   * Publish the web services behind the lab's web gateway.
   * @default - true when the lab has a web gateway and the template has web services
   */
  readonly web?: boolean;
  /**
   * Root volume size in GiB.
   * @default - the template's
   */
  readonly rootVolumeGiB?: number;
  /**
   * Image per region (`us-east-1: ami-...`), required for Rocky Linux templates.
   * @default - the template's public image
   */
  readonly amis?: { [region: string]: string };
  /**
   * Registry users who get an account.
   * @default - every user
   */
  readonly users?: string[];
}

/**
 * The lab's VPC: created (the default) or an existing one.
 */
export interface LabVpcDefinition {
  /**
   * IPv4 range of a new VPC.
   * @default "10.80.0.0/16"
   */
  readonly cidr?: string;
  /**
   * Availability zones of a new VPC.
   * @default 2
   */
  readonly maxAzs?: number;
  /**
   * Exact availability zones (a new VPC, or the zones of `subnetIds` in order).
   * @default - decided at deploy time
   */
  readonly availabilityZones?: string[];
  /**
   * NAT gateways of a new VPC with egress.
   * @default 1
   */
  readonly natGateways?: number;
  /**
   * Id of an existing VPC to use (no lookup: give `subnetIds` and `availabilityZones` too).
   * @default - a new VPC
   */
  readonly vpcId?: string;
  /**
   * Private subnets of the existing VPC for the workspaces.
   * @default - required with vpcId
   */
  readonly subnetIds?: string[];
  /**
   * Route tables of `subnetIds`, in the same order (for the S3 gateway endpoint).
   * @default - no S3 gateway endpoint is added to an existing VPC
   */
  readonly routeTableIds?: string[];
  /**
   * IPv4 range of the existing VPC (endpoints admit HTTPS from it).
   * @default - required with vpcId
   */
  readonly vpcCidrBlock?: string;
  /**
   * Subnets of the existing VPC for the egress proxy (proxied egress): they need a route to
   * the internet; the workspace subnets (`subnetIds`) must have none.
   * @default - required with vpcId and proxied egress
   */
  readonly proxySubnetIds?: string[];
  /**
   * Id of the region's S3 prefix list (security groups name it for HTTPS to the S3 gateway
   * endpoint).
   * @default - looked up at deploy time by a custom resource
   */
  readonly s3PrefixListId?: string;
}

/**
 * The lab's shared storage settings.
 */
export interface LabStorageDefinition {
  /**
   * AWS Backup plan for the file system.
   * @default true
   */
  readonly backup?: boolean;
  /**
   * Delete the file system, its key and its backups' vault with the stack. Research data is
   * kept unless this is set explicitly.
   * @default false
   */
  readonly deleteWithLab?: boolean;
}

/**
 * Where a lab's homes, project folders and shared scratch live.
 */
export enum LabHomesKind {
  /** The lab's Amazon EFS file system (`SharedEfs`), the default. */
  EFS = 'efs',
  /** Amazon FSx for OpenZFS (`SharedOpenZfs`) with quotas per registry user and group, instead of EFS. */
  OPENZFS = 'openzfs',
}

/**
 * The lab's home directories (`homes:` in lab.yaml): on the lab's EFS (the default) or on FSx
 * for OpenZFS with per-user quotas from the registry. The layout is the same (`/shared/home/<user>`,
 * `/shared/projects/<group>`, `/shared/scratch`); `storage.backup` and `storage.deleteWithLab`
 * apply to either. OpenZFS homes cannot go with `studio` (SageMaker Studio mounts only EFS and
 * FSx for Lustre) nor with `cluster` (its nodes mount the lab's EFS).
 */
export interface LabHomesDefinition extends RegistryQuotas {
  /** The storage of the homes. */
  readonly kind: LabHomesKind;
  /**
   * Storage capacity in GiB (OpenZFS: 64 to 524288).
   * @default 64
   */
  readonly storageCapacityGiB?: number;
  /**
   * Throughput capacity in MB/s (OpenZFS SINGLE_AZ_1: 64, 128, 256, 512, 1024, 2048, 3072 or 4096).
   * @default 64
   */
  readonly throughputMBps?: number;
}

/**
 * The OpenID Connect provider of a lab's web gateway; the client secret is read from
 * Secrets Manager by name.
 */
export interface LabOidcDefinition {
  /** Issuer. */
  readonly issuer: string;
  /** Authorization endpoint. */
  readonly authorizationEndpoint: string;
  /** Token endpoint. */
  readonly tokenEndpoint: string;
  /** User info endpoint. */
  readonly userInfoEndpoint: string;
  /** Client id. */
  readonly clientId: string;
  /** Name of the Secrets Manager secret holding the client secret. */
  readonly clientSecretName: string;
  /**
   * Scopes.
   * @default "openid email profile"
   */
  readonly scope?: string;
}

/**
 * A lab's web gateway.
 */
export interface LabWebDefinition {
  /** Domain the services are published under. */
  readonly domainName: string;
  /** ACM certificate ARN for `*.<domainName>`. */
  readonly certificateArn: string;
  /** Sign-in provider. */
  readonly oidc: LabOidcDefinition;
  /**
   * Networks allowed to reach the gateway.
   * @default - the VPC's range
   */
  readonly allowedCidrs?: string[];
}

/**
 * The lab's FSx for Lustre scratch (`SharedLustre`), optionally linked to a bucket of the lab,
 * with quotas from the lab's registry (set by the lab's Slurm cluster).
 */
export interface LabScratchDefinition extends LustreQuotas {
  /**
   * Deployment type.
   * @default LustreDeployment.SCRATCH_2
   */
  readonly deployment?: LustreDeployment;
  /**
   * Storage capacity in GiB (1200, 2400, then steps of 2400).
   * @default 1200
   */
  readonly storageCapacityGiB?: number;
  /**
   * Name of an S3 bucket of the lab linked to the file system (under `/data`).
   * @default - no bucket
   */
  readonly dataBucket?: string;
  /**
   * Prefix in the bucket.
   * @default - the whole bucket
   */
  readonly dataPrefix?: string;
}

/**
 * SageMaker Studio for a lab (`ResearchStudio`): one user profile per registry user with their
 * uid and gid, the lab's storage mounted.
 */
export interface LabStudioDefinition {
  /**
   * Default instance type of the apps.
   * @default "ml.t3.medium"
   */
  readonly instanceType?: string;
  /**
   * Instance types users may choose (checked against the policy).
   * @default - only `instanceType`
   */
  readonly instanceTypes?: string[];
  /**
   * Idle minutes before SageMaker shuts an app down (at least 60).
   * @default 60
   */
  readonly idleMinutes?: number;
  /**
   * Registry users with a user profile.
   * @default - every user
   */
  readonly users?: string[];
  /**
   * Registry user the shared spaces run as (primary group: the spaces' project).
   * @default - no shared spaces
   */
  readonly spaceUser?: string;
  /**
   * Shared project spaces.
   * @default - none
   */
  readonly spaces?: StudioSpaceDefinition[];
}

/**
 * A lab's monitoring (`LabMonitoring`): alarms, dashboard and an alarm topic.
 */
export interface LabMonitoringDefinition {
  /**
   * Email addresses subscribed to the lab's alarm topic.
   * @default - none
   */
  readonly emails?: string[];
  /**
   * Availability target of published services in percent (SLA).
   * @default 99.5
   */
  readonly availabilityTarget?: number;
  /**
   * Root volume use in percent at which a workspace's disk-nearly-full alarm fires (the
   * workspaces of a monitored lab run the CloudWatch agent).
   * @default 90
   */
  readonly diskFullPercent?: number;
}

/**
 * A Slurm cluster for a lab (`ResearchCluster`, AWS PCS): the registry's accounts, the lab's
 * storage and scratch on every node; compute scales to zero.
 */
export interface LabClusterDefinition {
  /** AMI of the nodes (an image AWS PCS supports). */
  readonly amiId: string;
  /**
   * AWS PCS controller size ("SMALL", "MEDIUM", "LARGE").
   * @default "SMALL"
   */
  readonly controllerSize?: string;
  /**
   * Slurm version.
   * @default "24.11"
   */
  readonly slurmVersion?: string;
  /**
   * Idle minutes before a node is terminated.
   * @default 10
   */
  readonly idleMinutes?: number;
  /**
   * A login node group with one node always running.
   * @default false
   */
  readonly loginNode?: boolean;
  /**
   * Registry users with an account on the nodes.
   * @default - every user
   */
  readonly users?: string[];
  /**
   * Queues.
   * @default - one queue "compute" of size M, at most 4 nodes
   */
  readonly queues?: ClusterQueueDefinition[];
}

/**
 * A research lab, declared: what `LabStack` builds. Write it in code or in a YAML file
 * (`LabStack.loadDefinition`).
 */
/**
 * Machine images baked from the lab's templates (lab.yaml `images:`).
 */
export interface LabImagesDefinition {
  /**
   * Templates to bake, by slug.
   * @default - every template a workspace of the lab uses (ami-based ones excepted)
   */
  readonly templates?: string[];
  /**
   * When the pipelines rebuild with security updates (Image Builder cron, UTC).
   * @default "cron(0 4 ? * sun *)"
   */
  readonly schedule?: string;
  /**
   * Build the first image of each template during the deployment.
   * @default true
   */
  readonly buildOnDeploy?: boolean;
  /**
   * CIDR of the build network of a lab without proxied egress (a network of its own, with the egress proxy).
   * @default "10.250.0.0/16"
   */
  readonly buildCidr?: string;
  /**
   * The images the bakes start from, by operating system (a template's base: `rocky-9`,
   * `debian-12`, ...) and architecture (`x86_64`, `arm64`): an AMI id, `ssm:` and an SSM
   * parameter that holds one (Image Builder reads it at each build) or an Image Builder image
   * ARN (`WorkspaceImageProps.parentImageReference`). Required for Rocky Linux 9 templates,
   * which have no public image parameter; for the other systems it replaces the public image.
   * @default - the public image of each operating system (none for Rocky Linux 9)
   */
  readonly parentImages?: { [os: string]: { [architecture: string]: string } };
  /**
   * The institution's spack mirror, tried first by the bakes of templates with spack packages:
   * `https://...` (its host is added to the build network's allowlist), `s3://bucket/prefix`
   * (a bucket of the lab's account and region; the build role reads that prefix only) or
   * `file:///path` (in the parent image).
   * @default - spack's public mirror (mirror.spack.io), then each package's own site (blocked by the build proxy)
   */
  readonly spackMirror?: string;
}

export interface LabDefinition {
  /** Lab name (letters, digits, `.`, `_`, `-`): tags, parameter names. */
  readonly name: string;
  /**
   * Region (no lookups are made: the stack stays synthesizable offline).
   * @default - environment-agnostic
   */
  readonly region?: string;
  /**
   * Account.
   * @default - environment-agnostic
   */
  readonly account?: string;
  /**
   * Internet access of the workspaces.
   * @default - the policy's egress when it sets one, else EgressMode.NONE
   */
  readonly egress?: EgressMode;
  /**
   * VPC.
   * @default - a new VPC with private isolated subnets
   */
  readonly vpc?: LabVpcDefinition;
  /**
   * Template catalog.
   * @default - the bundled catalog plus `templatesDir`
   */
  readonly catalog?: TemplateCatalog;
  /**
   * Folder of the lab's own templates (added to the bundled ones; a same slug replaces).
   * @default - bundled templates only
   */
  readonly templatesDir?: string;
  /**
   * Research users and groups.
   * @default - read from `registryFile`, else no research users
   */
  readonly registry?: UserRegistry;
  /**
   * Registry file (`users.yaml`, with `users.lock.json` beside it).
   * @default - none
   */
  readonly registryFile?: string;
  /**
   * Policy.
   * @default - read from `policyFile`, else a policy that allows everything
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Policy file.
   * @default - none
   */
  readonly policyFile?: string;
  /** The workspaces. */
  readonly workspaces: LabWorkspaceDefinition[];
  /**
   * Machine images baked from the lab's templates: their workspaces boot them and run only the
   * per-workspace part of the provisioning (no internet needed).
   * @default - no images: every workspace installs its template at boot
   */
  readonly images?: LabImagesDefinition;
  /**
   * Shared storage.
   * @default - backups on, retained
   */
  readonly storage?: LabStorageDefinition;
  /**
   * Where the homes live: the lab's EFS, or FSx for OpenZFS with per-user quotas.
   * @default - on the lab's EFS
   */
  readonly homes?: LabHomesDefinition;
  /**
   * Where the registry is published.
   * @default RegistryStorage.AUTO
   */
  readonly registryStorage?: RegistryStorage;
  /**
   * Number of workspace stacks a workspace is hashed into (see `LabStack.workspaceStackIndex`);
   * 0 keeps every workspace in the lab stack (labs that stay small). Never change it for a
   * deployed lab: workspaces would move to other stacks, which replaces them.
   * @default 128
   */
  readonly workspaceStackCount?: number;
  /**
   * Budget alert emails.
   * @default - none
   */
  readonly budgetEmails?: string[];
  /**
   * Web gateway (internal ALB with OIDC sign-in).
   * @default - none: services through Session Manager port forwards
   */
  readonly web?: LabWebDefinition;
  /**
   * Fast scratch on FSx for Lustre (mounted in Studio).
   * @default - none
   */
  readonly scratch?: LabScratchDefinition;
  /**
   * SageMaker Studio on the lab's identities and storage.
   * @default - no Studio
   */
  readonly studio?: LabStudioDefinition;
  /**
   * Monitoring: alarms to a topic of the lab's contacts and a dashboard (see LabMonitoring).
   * @default - none (an Institution adds it to every lab)
   */
  readonly monitoring?: LabMonitoringDefinition;
  /**
   * A Slurm cluster on AWS PCS.
   * @default - no cluster
   */
  readonly cluster?: LabClusterDefinition;
  /**
   * File the definition was read from, for messages.
   * @default - defined in code
   */
  readonly sourceFile?: string;
}

/**
 * Properties of a LabStack.
 */
export interface LabStackProps extends StackProps {
  /** The lab. */
  readonly definition: LabDefinition;
}

/** The CloudFormation limits checked for every stack of a lab, and the share of each we use at most. */
const LIMITS = { resources: 500, outputs: 200, parameters: 200, bytes: 1_000_000, dynamicReferences: 60 };
const HEADROOM = 0.8;
/** Default number of workspace stacks. */
const DEFAULT_STACKS = 128;

/**
 * Usage of one stack against CloudFormation's limits.
 */
export interface StackUsage {
  /** Stack path. */
  readonly stack: string;
  /** Resources. */
  readonly resources: number;
  /** Outputs. */
  readonly outputs: number;
  /** Parameters. */
  readonly parameters: number;
  /** Template size in bytes (JSON, as synthesized). */
  readonly templateBytes: number;
  /** Dynamic references (`{{resolve:...}}`). */
  readonly dynamicReferences: number;
  /** Workspaces in the stack. */
  readonly workspaces: number;
}

/**
 * A research lab on AWS, from a declarative definition: a VPC (created with private
 * isolated subnets and VPC endpoints, or an existing one), a customer managed key, shared
 * EFS storage, the published user registry with its sync association, the policy boundary,
 * an optional web gateway, and the workspaces.
 *
 * Scale: a workspace's stack is `sha256(name) mod workspaceStackCount` (default 128 nested
 * stacks, each created only when a workspace hashes to it). The stack depends on the name
 * alone, so adding or removing workspaces never moves another one. Every stack is checked at
 * synth time against 80% of CloudFormation's limits (500 resources, 1 MB, 200 outputs, 200
 * parameters, 60 dynamic references).
 *
 * @example
 * const app = new App();
 * LabStack.fromFile(app, 'GenomicsLab', 'lab.yaml');
 */
export class LabStack extends Stack {
  /** Reads a lab definition file (YAML); paths in it are relative to the file. */
  public static loadDefinition(file: string): LabDefinition {
    return readLabFile(file);
  }

  /** A lab stack from a definition file. */
  public static fromFile(scope: Construct, id: string, file: string, props: StackProps = {}): LabStack {
    return new LabStack(scope, id, { ...props, definition: LabStack.loadDefinition(file) });
  }

  /**
   * The workspace stack of a workspace: `sha256(name)`'s first 32 bits modulo `count`.
   * Depends on the name and the count only.
   */
  public static workspaceStackIndex(name: string, count: number): number {
    return parseInt(sha256(name).slice(0, 8), 16) % count;
  }

  /** The definition built. */
  public readonly definition: LabDefinition;
  /** Lab name. */
  public readonly labName: string;
  /** The template catalog. */
  public readonly catalog: TemplateCatalog;
  /** The policy. */
  public readonly policy: WorkspacePolicy;
  /** Egress of the lab. */
  public readonly egress: EgressMode;
  /** The lab's customer managed key (file system, flow logs, workspace secrets). */
  public readonly key: kms.Key;
  /** Network. */
  public readonly network: LabNetwork;
  /**
   * Shared storage (EFS).
   * @default - none when the homes are on FSx for OpenZFS (`homes`)
   */
  public readonly storage?: SharedEfs;
  /**
   * Shared storage on FSx for OpenZFS (homes, projects, scratch), instead of `storage`.
   * @default - none: the lab's EFS
   */
  public readonly homes?: SharedOpenZfs;
  /**
   * Published registry.
   * @default - no research users
   */
  public readonly users?: ResearchUserRegistry;
  /** The policy boundary. */
  public readonly boundary: PolicyBoundary;
  /**
   * Web gateway.
   * @default - none
   */
  public readonly webGateway?: WorkspaceWebGateway;
  /** Security group shared by workspaces without SSH rules. */
  public readonly workspaceSecurityGroup: ec2.SecurityGroup;
  /** The workspaces, in definition order. */
  public readonly workspaces: ResearchWorkspace[];
  /**
   * SageMaker Studio.
   * @default - none
   */
  public readonly studio?: ResearchStudio;
  /**
   * FSx for Lustre scratch.
   * @default - none
   */
  public readonly scratch?: SharedLustre;
  /**
   * Slurm cluster (AWS PCS).
   * @default - none
   */
  public readonly cluster?: ResearchCluster;
  /** Number of workspace stacks names are hashed into (0: all in this stack). */
  public readonly workspaceStackCount: number;
  /**
   * Monitoring.
   * @default - none unless the definition asks for it
   */
  public readonly monitoring?: LabMonitoring;

  private readonly workspaceStackMap = new Map<number, NestedStack>();
  /** Baked images by template, architecture and parameters (lab.yaml images:). */
  private readonly bakedImages = new Map<string, WorkspaceImage>();
  private imageNetwork?: LabNetwork;

  constructor(scope: Construct, id: string, props: LabStackProps) {
    // A misspelled `definition` (JavaScript) is reported by checkKnownProps below, not as a TypeError here.
    const def = props.definition ?? ({} as LabDefinition);
    super(scope, id, {
      ...props,
      env: props.env ?? (def.region || def.account ? { region: def.region, account: def.account } : undefined),
      description: props.description ?? `Research lab ${def.name} (cdk-research-workspaces)`,
    });
    skipCreationStackTraces(this);
    checkKnownProps(this, 'LabStackProps', props);
    this.definition = def;
    this.labName = def.name;
    this.workspaceStackCount = def.workspaceStackCount ?? DEFAULT_STACKS;
    this.validateDefinition(def);

    this.catalog = def.catalog ?? TemplateCatalog.bundled();
    if (def.templatesDir) this.catalog.loadDirectory(def.templatesDir);
    const registry = def.registry ?? (def.registryFile ? UserRegistry.fromFile(def.registryFile) : undefined);
    if (registry?.lockChanged && def.registryFile) {
      // Like cdk.context.json: ids assigned during synthesis are saved at once, so the next
      // synthesis (and every later one) gives every user the same uid.
      let saved = true;
      try {
        registry.writeLock();
      } catch {
        saved = false;
      }
      Annotations.of(this).addWarningV2('rws:registry-lock-out-of-date', saved
        ? `${registry.lockName} was updated with ids assigned during synthesis: commit it beside ${def.registryFile}, so uids never change between deployments.`
        : `${registry.lockName} does not record every id of ${def.registryFile} and could not be written: run \`rws users lock\` and commit the lock file, so uids never change between deployments.`);
    }
    this.policy = def.policy ?? (def.policyFile ? WorkspacePolicy.fromFile(def.policyFile) : WorkspacePolicy.permissive());
    this.egress = def.egress ?? this.policy.props.egress ?? EgressMode.NONE;
    // Read by the egress audit (src/workspaces/audit/cloudformation.ts): the mode every workspace is held to.
    this.templateOptions.metadata = { ...this.templateOptions.metadata, 'cdk-research-workspaces:lab': { name: def.name, egress: this.egress } };
    const retain = !(def.storage?.deleteWithLab ?? false);

    this.key = new kms.Key(this, 'Key', {
      description: `Research lab ${def.name}: shared storage, workspace secrets and flow logs`,
      enableKeyRotation: true,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    allowLogsService(this.key);

    this.network = new LabNetwork(this, 'Network', {
      egress: this.egress,
      vpc: def.vpc?.vpcId ? ec2.Vpc.fromVpcAttributes(this, 'ImportedVpc', {
        vpcId: def.vpc.vpcId,
        availabilityZones: def.vpc.availabilityZones ?? [],
        privateSubnetIds: def.vpc.subnetIds,
        privateSubnetRouteTableIds: def.vpc.routeTableIds,
        vpcCidrBlock: def.vpc.vpcCidrBlock,
      }) : undefined,
      cidr: def.vpc?.vpcId ? undefined : def.vpc?.cidr,
      maxAzs: def.vpc?.vpcId ? undefined : def.vpc?.maxAzs,
      availabilityZones: def.vpc?.vpcId ? undefined : def.vpc?.availabilityZones,
      natGateways: def.vpc?.vpcId ? undefined : def.vpc?.natGateways,
      proxySubnets: def.vpc?.vpcId && def.vpc.proxySubnetIds && def.vpc.proxySubnetIds.length > 0
        ? { subnets: def.vpc.proxySubnetIds.map((subnetId, i) => ec2.Subnet.fromSubnetId(this, `ProxySubnet${i}`, subnetId)) } : undefined,
      s3PrefixListId: def.vpc?.s3PrefixListId,
      allowedDomains: this.policy.egressAllowedDomains,
      encryptionKey: this.key,
    });
    const vpc = this.network.vpc;

    if (def.homes?.kind === LabHomesKind.OPENZFS) {
      this.checkQuotaNames(def, 'homes', registry);
      this.homes = new SharedOpenZfs(this, 'Homes', {
        vpc,
        vpcSubnets: this.network.workspaceSubnets,
        registry,
        encryptionKey: this.key,
        storageCapacityGiB: def.homes.storageCapacityGiB,
        throughputMBps: def.homes.throughputMBps,
        userQuotaGiB: def.homes.userQuotaGiB,
        userQuotasGiB: def.homes.userQuotasGiB,
        groupQuotaGiB: def.homes.groupQuotaGiB,
        groupQuotasGiB: def.homes.groupQuotasGiB,
        // FSx's own daily backups (kept 30 days) stand for the EFS's AWS Backup plan.
        backupRetentionDays: (def.storage?.backup ?? true) ? undefined : 0,
        removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
    } else {
      this.storage = new SharedEfs(this, 'Storage', {
        vpc,
        vpcSubnets: this.network.workspaceSubnets,
        registry,
        encryptionKey: this.key,
        backup: def.storage?.backup ?? true,
        removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      });
    }

    if (registry) {
      this.users = new ResearchUserRegistry(this, 'Users', {
        registry,
        labName: def.name,
        storage: def.registryStorage,
        defaultHomeBase: `${LAB_MOUNT_POINT}/${LAB_HOME_SUBDIRECTORY}`,
      });
    }

    this.boundary = new PolicyBoundary(this, 'Policy', {
      policy: this.policy,
      labName: def.name,
      budgetNotificationEmails: def.budgetEmails,
    });

    if (def.web) {
      this.webGateway = new WorkspaceWebGateway(this, 'Web', {
        vpc,
        vpcSubnets: this.network.workspaceSubnets,
        domainName: def.web.domainName,
        certificate: elbv2.ListenerCertificate.fromArn(def.web.certificateArn),
        allowedCidrs: def.web.allowedCidrs,
        oidc: {
          issuer: def.web.oidc.issuer,
          authorizationEndpoint: def.web.oidc.authorizationEndpoint,
          tokenEndpoint: def.web.oidc.tokenEndpoint,
          userInfoEndpoint: def.web.oidc.userInfoEndpoint,
          clientId: def.web.oidc.clientId,
          clientSecret: SecretValue.secretsManager(def.web.oidc.clientSecretName),
          scope: def.web.oidc.scope,
        },
      });
    }

    // No default egress: only what the lab's egress mode needs (LabNetwork.connectWorkspace),
    // plus NFS to the shared storage (SharedEfs.allowFrom, SharedOpenZfs.allowFrom).
    this.workspaceSecurityGroup = this.network.workspaceSecurityGroup(this, 'WorkspaceSecurityGroup',
      `Research workspaces of lab ${def.name}: no inbound access (Session Manager)`);

    // The scratch first: the workspaces mount it.
    if (def.scratch) {
      this.checkQuotaNames(def, 'scratch', registry);
      this.scratch = new SharedLustre(this, 'Scratch', {
        vpc,
        vpcSubnets: this.network.workspaceSubnets,
        deployment: def.scratch.deployment,
        storageCapacityGiB: def.scratch.storageCapacityGiB,
        dataRepository: def.scratch.dataBucket ? s3.Bucket.fromBucketName(this, 'ScratchDataBucket', def.scratch.dataBucket) : undefined,
        dataRepositoryPrefix: def.scratch.dataPrefix,
        encryptionKey: def.scratch.deployment === LustreDeployment.PERSISTENT_2 ? this.key : undefined,
        removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
        registry,
        userQuotaGiB: def.scratch.userQuotaGiB,
        userQuotasGiB: def.scratch.userQuotasGiB,
        groupQuotaGiB: def.scratch.groupQuotaGiB,
        groupQuotasGiB: def.scratch.groupQuotasGiB,
        projectQuotaGiB: def.scratch.projectQuotaGiB,
        projectQuotasGiB: def.scratch.projectQuotasGiB,
      });
    }
    this.workspaces = def.workspaces.map((w) => this.addWorkspace(w));
    // Studio and the cluster sit in the workspaces' subnets, on the same identities and storage.
    const onLab = registry && {
      vpc,
      vpcSubnets: this.network.workspaceSubnets,
      labNetwork: this.network,
      registry,
      storage: this.storage,
      scratch: this.scratch,
      labName: def.name,
      egress: this.egress,
    };
    if (def.studio && onLab) {
      this.studio = new ResearchStudio(this, 'Studio', { ...onLab, encryptionKey: this.key, ...def.studio });
    }
    if (def.cluster && onLab) {
      // No encryptionKey: root volumes use aws/ebs, because AWS PCS launches the nodes with its
      // service-linked role, which the lab key's policy does not name.
      this.cluster = new ResearchCluster(this, 'Cluster', { ...onLab, userRegistry: this.users, ...def.cluster });
    }
    // Alarms and a dashboard when the definition asks for them (src/constructs/aws/lab-monitoring.ts).
    if (def.monitoring) this.monitoring = LabMonitoring.forLab(this, def.monitoring);
    // Checked on the synthesized templates (rendering them again here would cost a third of
    // the synthesis time): a validation plugin on the app reads them back.
    const stage = Stage.of(this);
    if (stage) Validations.of(stage).addPlugins(new LabLimitsPlugin(this));
    addEgressAuditPlugin(this);
  }

  /** The workspace with this name. */
  public workspace(name: string): ResearchWorkspace {
    const w = this.workspaces.find((x) => x.workspaceName === name);
    if (!w) throw new Error(`${this.node.path}: no workspace "${name}" in lab ${this.labName}. Fix: use one of ${this.workspaces.map((x) => x.workspaceName).join(', ') || '(none)'}`);
    return w;
  }

  /** The nested stacks holding workspaces (only those that hold any). */
  public get workspaceStacks(): NestedStack[] {
    return [...this.workspaceStackMap.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
  }

  /**
   * Estimated on-demand cost per hour of every workspace running at once, with Studio's apps
   * (one per user profile, and every shared space), in USD (known prices only).
   */
  public get estimatedHourlyCost(): number {
    return this.workspaces.reduce((sum, w) => sum + (w.hourlyCost ?? 0), 0) + (this.studio?.estimatedHourlyCost ?? 0);
  }

  /**
   * Usage of each stack of the lab (this one and the workspace stacks) against
   * CloudFormation's limits. Renders the templates (synthesis checks the written ones).
   */
  public stackUsage(): StackUsage[] {
    const stacks: Stack[] = [this, ...this.workspaceStacks];
    return stacks.map((s) => usageOf(s, this.workspaces.filter((w) => Stack.of(w) === s).length));
  }

  private addWorkspace(w: LabWorkspaceDefinition): ResearchWorkspace {
    const index = this.workspaceStackCount > 0 ? LabStack.workspaceStackIndex(w.name, this.workspaceStackCount) : -1;
    let scope: Construct = this;
    if (index >= 0) {
      let nested = this.workspaceStackMap.get(index);
      if (!nested) {
        nested = new RenderOnceNestedStack(this, `Workspaces${String(index).padStart(3, '0')}`, {
          description: `Research lab ${this.labName}: workspaces whose name hashes to ${index} of ${this.workspaceStackCount}`,
        });
        this.workspaceStackMap.set(index, nested);
      }
      scope = nested;
    }
    let template;
    try {
      template = this.catalog.resolve(w.template, w.parameters);
    } catch (e) {
      if (WorkspaceInputError.isWorkspaceInputError(e)) {
        throw new WorkspaceInputError(e.diagnostics, `${this.node.path}: workspace "${w.name}": template "${w.template}" cannot be used`);
      }
      throw e;
    }
    const hasWebService = webServicesOf(template.definition).length > 0;
    const web = w.web ?? (this.webGateway !== undefined && hasWebService);
    return new ResearchWorkspace(scope, w.name, {
      template,
      vpc: this.network.vpc,
      vpcSubnets: this.network.workspaceSubnets,
      workspaceName: w.name,
      labName: this.labName,
      owner: w.owner,
      project: w.project,
      size: w.size,
      architecture: w.architecture,
      instanceType: w.instanceType,
      rootVolumeGiB: w.rootVolumeGiB,
      machineImage: w.amis ? ec2.MachineImage.genericLinux(w.amis) : undefined,
      bakedImage: w.amis ? undefined : this.bakedImageFor(template, w.architecture),
      userRegistry: this.users,
      users: w.users,
      storage: this.storage,
      openZfsStorage: this.homes,
      scratch: this.scratch,
      securityGroup: w.sshCidrs && w.sshCidrs.length > 0 ? undefined : this.workspaceSecurityGroup,
      sshCidrs: w.sshCidrs,
      hibernation: w.hibernation,
      spot: w.spot,
      encryptionKey: this.key,
      webGateway: web ? this.webGateway : undefined,
      tags: w.tags,
      egress: this.egress,
      labNetwork: this.network,
      // A monitored lab's workspaces publish disk and memory use (LabMonitoring's disk alarm).
      cloudWatchAgent: this.definition.monitoring !== undefined,
    });
  }

  /** The WorkspaceImage of a template (made once per template, parameters and architecture), when the lab bakes it. */
  private bakedImageFor(template: ResolvedTemplate, architecture?: Architecture): WorkspaceImage | undefined {
    const images = this.definition.images;
    if (!images || !labBakesTemplate(images, template, false)) return undefined;
    const arch = architecture ?? TemplateCatalog.defaultArchitecture(template);
    const key = `${template.slug}|${arch}|${JSON.stringify(template.parameterValues)}`;
    let image = this.bakedImages.get(key);
    if (!image) {
      const parent = images.parentImages?.[template.os]?.[arch];
      if (parent === undefined && PARENT_IMAGE_REQUIRED.includes(template.os)) this.missingParentImage(template, arch);
      if (!this.imageNetwork) {
        // spack's mirror (and the lab's own https mirror) only when a baked template builds spack packages.
        const spack = this.labBakesSpack() ? [...SPACK_BUILD_DOMAINS, ...(images.spackMirror ? [httpsMirrorHost(images.spackMirror)] : [])] : [];
        const domains = [...IMAGE_BUILD_DOMAINS, ...spack.filter((d): d is string => d !== undefined)];
        this.imageNetwork = this.egress === EgressMode.PROXIED ? this.network
          : new LabNetwork(this, 'ImageBuildNetwork', { egress: EgressMode.PROXIED, cidr: images.buildCidr ?? '10.250.0.0/16', allowedDomains: domains });
        if (this.imageNetwork !== this.network) {
          // The upload-channel warning is about researchers moving data out: no researcher and no
          // lab data is in the build network (only Image Builder's build instances, which mount
          // no lab storage), and the bakes need GitHub releases and the Rust crates.
          Annotations.of(this.imageNetwork).acknowledgeWarning('rws:egress-upload-channel',
            'the image build network holds only build instances, no researcher and no lab storage');
        }
      }
      image = new WorkspaceImage(this, `Image-${template.slug}-${arch}-${this.bakedImages.size}`, {
        template,
        architecture: arch,
        network: this.imageNetwork,
        schedule: images.schedule,
        buildOnDeploy: images.buildOnDeploy,
        parameterPrefix: labImageParameterPrefix(this.labName, this.catalog, template, arch),
        parentImageReference: parent,
        spackMirror: images.spackMirror,
      });
      this.bakedImages.set(key, image);
    }
    return image;
  }

  /** Whether the lab bakes a template that builds spack packages (its build network then reaches spack's mirror). */
  private labBakesSpack(): boolean {
    const images = this.definition.images;
    return (this.definition.workspaces ?? []).some((w) => {
      if (w.amis) return false;
      try {
        const t = this.catalog.resolve(w.template, w.parameters);
        return labBakesTemplate(images, t, false) && templateUsesSpack(t);
      } catch {
        return false; // reported when the workspace is added
      }
    });
  }

  /** A template whose operating system has no public image, baked without `images.parent_images`: one error, located in the lab file. */
  private missingParentImage(template: ResolvedTemplate, arch: Architecture): never {
    const def = this.definition;
    const fromFile = def.sourceFile !== undefined;
    const keys = ['images', 'parent_images', template.os, arch];
    let location = { file: def.sourceFile ?? this.node.path } as Diagnostic['location'];
    if (def.sourceFile) {
      try {
        const src = YamlSource.fromFile(def.sourceFile, 'lab');
        location = src.locate(src.node(['aws', 'images']) ? ['aws', ...keys] : keys);
      } catch {
        // the file was read a moment ago; without it the error names the file only
      }
    }
    const field = fromFile ? keys.join('.') : `images.parentImages.${template.os}.${arch}`;
    throw new WorkspaceInputError([problem({
      code: 'parent-image-required',
      message: `template "${template.slug}" is baked on ${template.os} (${arch}), which publishes no public image parameter to start the bake from, and ${fromFile ? 'images.parent_images' : 'images.parentImages'} names none`,
      field,
      value: undefined,
      fix: rockyParentFix(field, arch),
      location,
    })]);
  }

  /**
   * The quotas' names of `scratch` or `homes` against the registry, named as the lab file names
   * them (the quota values themselves are checked by SharedLustre and SharedOpenZfs).
   */
  private checkQuotaNames(def: LabDefinition, section: 'scratch' | 'homes', registry: UserRegistry | undefined): void {
    const sc: LustreQuotas = section === 'scratch' ? def.scratch! : def.homes!;
    const fromFile = !!def.sourceFile;
    const at = awsSectionField(def, section);
    const problems: Diagnostic[] = [];
    const fields = [
      ['userQuotasGiB', 'user_quotas_gib', sc.userQuotasGiB, 'user'], ['groupQuotasGiB', 'group_quotas_gib', sc.groupQuotasGiB, 'group'],
      ['projectQuotasGiB', 'project_quotas_gib', sc.projectQuotasGiB, 'group'],
    ] as const;
    if (!registry) {
      const given = [['userQuotaGiB', 'user_quota_gib', sc.userQuotaGiB], ['groupQuotaGiB', 'group_quota_gib', sc.groupQuotaGiB],
        ['projectQuotaGiB', 'project_quota_gib', sc.projectQuotaGiB], ...fields].filter(([, , v]) => v !== undefined);
      for (const [code, yaml, v] of given) {
        problems.push(problem({
          code: 'missing-registry',
          message: `${section} quotas are set by the registry's uids and gids, and the lab has no registry`,
          field: `${at}.${fromFile ? yaml : code}`,
          value: v,
          fix: 'set registry (registryFile) in the lab definition, or remove the quota',
          location: { file: def.sourceFile ?? this.node.path },
        }));
      }
    } else {
      const users = new Set(registry.users.map((u) => u.name));
      const groups = new Set(registry.groups.map((g) => g.name));
      for (const [code, yaml, byName, what] of fields) {
        for (const [name, v] of Object.entries(byName ?? {})) {
          if ((what === 'user' ? users : groups).has(name)) continue;
          problems.push(problem({
            code: 'unknown-name',
            message: `${what} "${name}" is not in the registry ${registry.sourceName}`,
            field: `${at}.${fromFile ? yaml : code}.${name}`,
            value: v,
            fix: `name a registry ${what} (${[...(what === 'user' ? users : groups)].slice(0, 5).join(', ') || 'none yet'}), or remove the entry`,
            location: { file: def.sourceFile ?? this.node.path },
          }));
        }
      }
    }
    if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${def.sourceFile ?? this.node.path}: ${problems.length} problems in the ${section} quotas` : undefined);
  }

  private validateDefinition(def: LabDefinition): void {
    const problems: Diagnostic[] = [];
    const where = def.sourceFile ?? this.node.path;
    const add = (field: string, message: string, value: unknown, fix: string, code = 'invalid-definition') =>
      problems.push(problem({ code, message, field, value, fix, location: { file: where } }));
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(def.name ?? '')) {
      add('name', 'a lab name holds letters, digits, ".", "_" and "-" (1 to 64)', def.name, 'use e.g. "genomics-lab"');
    }
    if (!def.sourceFile) {
      // A lab file's are checked, located, when it is read.
      for (const p of parentImagesProblems(def.images?.parentImages)) add(['images.parentImages', ...p.at].join('.'), p.message, p.value, p.fix, p.code);
    }
    const count = def.workspaceStackCount;
    if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > 200)) {
      add('workspaceStackCount', 'must be a whole number from 0 to 200', count, 'keep the default 128 (0 keeps every workspace in the lab stack)');
    }
    if (def.vpc?.vpcId) {
      if (!def.vpc.subnetIds || def.vpc.subnetIds.length === 0) add('vpc.subnetIds', 'an existing VPC needs the subnets of its workspaces (no lookups are made)', undefined, 'list the private subnet ids under vpc.subnet_ids');
      if (!def.vpc.availabilityZones || def.vpc.availabilityZones.length !== (def.vpc.subnetIds ?? []).length) {
        add('vpc.availabilityZones', 'an existing VPC needs one availability zone per subnet, in the same order', def.vpc.availabilityZones, 'list them under vpc.availability_zones');
      }
      if (!def.vpc.vpcCidrBlock) add('vpc.vpcCidrBlock', 'an existing VPC needs its IPv4 range (the endpoints admit HTTPS from it)', undefined, 'give vpc.cidr_block, e.g. 10.0.0.0/16');
    }
    if (def.registry && def.registryFile) add('registryFile', 'give either registry or registryFile', def.registryFile, 'remove one of them');
    if (def.policy && def.policyFile) add('policyFile', 'give either policy or policyFile', def.policyFile, 'remove one of them');
    if (def.catalog && def.templatesDir) add('templatesDir', 'give either catalog or templatesDir', def.templatesDir, 'load the folder into the catalog yourself, or drop catalog');
    for (const [f, file] of [['registryFile', def.registryFile], ['policyFile', def.policyFile]] as const) {
      if (file && !fs.existsSync(file)) add(f, 'the file does not exist', file, 'check the path (relative to the lab file, or to the working directory in code)', 'no-such-file');
    }
    const seen = new Map<string, number>();
    (def.workspaces ?? []).forEach((w, i) => {
      const f = `workspaces[${i}]`;
      if (!/^[A-Za-z][A-Za-z0-9_-]{0,62}$/.test(w.name ?? '')) {
        add(`${f}.name`, 'a workspace name starts with a letter and holds letters, digits, "_" and "-" (at most 63)', w.name, 'use e.g. "alice-ml"');
      }
      const key = (w.name ?? '').toLowerCase();
      if (seen.has(key)) add(`${f}.name`, `workspace name "${w.name}" is already used by workspaces[${seen.get(key)}]`, w.name, 'give every workspace its own name');
      else seen.set(key, i);
      if (w.owner && !def.registry && !def.registryFile) add(`${f}.owner`, 'an owner needs the lab\'s user registry', w.owner, 'set registry (registryFile) in the lab definition');
      if (w.web && !def.web) add(`${f}.web`, 'the lab has no web gateway', true, 'add web: (domain, certificate_arn, oidc) to the lab, or remove web: true');
    });
    if (def.studio && !def.registry && !def.registryFile) {
      add('studio', 'Studio\'s user profiles come from the lab\'s user registry, and the lab has none', '(studio)', 'set registry (registryFile) in the lab definition, or remove studio');
    }
    this.validateHomes(def, add);
    if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${where}: ${problems.length} problems in the lab definition` : undefined);
  }

  /** `homes`: its kind, and what cannot go with OpenZFS homes (Studio and the cluster mount the lab's EFS). */
  private validateHomes(def: LabDefinition, add: (field: string, message: string, value: unknown, fix: string, code?: string) => void): void {
    const h = def.homes;
    if (!h) return;
    const f = (code: string, yaml: string) => (def.sourceFile ? yaml : code);
    const at = awsSectionField(def, 'homes');
    if (!Object.values(LabHomesKind).includes(h.kind)) {
      add(`${at}.kind`, 'not a kind of homes storage', h.kind, `use ${Object.values(LabHomesKind).join(' or ')}`, 'invalid-value');
      return;
    }
    if (h.kind === LabHomesKind.EFS) {
      const zfsOnly = [['storageCapacityGiB', 'capacity_gib'], ['throughputMBps', 'throughput_mbps'], ['userQuotaGiB', 'user_quota_gib'],
        ['userQuotasGiB', 'user_quotas_gib'], ['groupQuotaGiB', 'group_quota_gib'], ['groupQuotasGiB', 'group_quotas_gib']] as const;
      for (const [code, yaml] of zfsOnly) {
        if (h[code] !== undefined) add(`${at}.${f(code, yaml)}`, 'is a setting of OpenZFS homes; EFS grows by itself and has no quotas', h[code], `set ${at}.kind to ${LabHomesKind.OPENZFS}, or remove it`);
      }
      return;
    }
    const throughput = h.throughputMBps;
    if (throughput !== undefined && !OPENZFS_THROUGHPUTS_MBPS.includes(throughput)) {
      add(`${at}.${f('throughputMBps', 'throughput_mbps')}`, 'not a throughput FSx for OpenZFS offers (SINGLE_AZ_1)', throughput, `use ${OPENZFS_THROUGHPUTS_MBPS.join(', ')}`, 'invalid-value');
    }
    if (def.studio) {
      add(`${at}.kind`, 'SageMaker Studio mounts only EFS and FSx for Lustre file systems (CustomFileSystemConfigs), so Studio cannot reach homes on OpenZFS', h.kind,
        `keep the homes on EFS (remove ${at}, or set ${at}.kind: ${LabHomesKind.EFS}) for a lab with studio, or remove studio`, 'homes-unsupported');
    }
    if (def.cluster) {
      add(`${at}.kind`, 'the Slurm cluster\'s nodes mount the lab\'s EFS, and a lab with OpenZFS homes has none', h.kind,
        `keep the homes on EFS (remove ${at}, or set ${at}.kind: ${LabHomesKind.EFS}) for a lab with ${def.sourceFile ? 'slurm' : 'cluster'}, or remove ${def.sourceFile ? 'slurm' : 'cluster'}`, 'homes-unsupported');
    }
  }

  /** Problems of each stack whose usage is above 80% of a CloudFormation limit. */
  public limitProblems(usage: StackUsage[]): string[] {
    const out: string[] = [];
    for (const u of usage) {
      const over: string[] = [];
      if (u.resources > LIMITS.resources * HEADROOM) over.push(`${u.resources} resources (limit ${LIMITS.resources})`);
      if (u.outputs > LIMITS.outputs * HEADROOM) over.push(`${u.outputs} outputs (limit ${LIMITS.outputs})`);
      if (u.parameters > LIMITS.parameters * HEADROOM) over.push(`${u.parameters} parameters (limit ${LIMITS.parameters})`);
      if (u.templateBytes > LIMITS.bytes * HEADROOM) over.push(`${u.templateBytes} bytes (limit ${LIMITS.bytes})`);
      if (u.dynamicReferences > LIMITS.dynamicReferences * HEADROOM) over.push(`${u.dynamicReferences} dynamic references (limit ${LIMITS.dynamicReferences})`);
      if (over.length) {
        out.push(`stack ${u.stack} (${u.workspaces} workspaces) uses more than ${HEADROOM * 100}% of CloudFormation's limits: ${over.join(', ')}. `
          + (this.workspaceStackCount > 0 && u.stack !== this.node.path
            ? `Fix: a new lab can use more workspace stacks (workspaceStackCount, now ${this.workspaceStackCount}); in a deployed lab, rename or move workspaces out of this stack (a renamed workspace is rebuilt).`
            : 'Fix: spread the workspaces over nested stacks (workspaceStackCount) for a new lab, or split the lab into two.'));
      }
    }
    return out;
  }
}

/** Where a section of the lab definition stands in an error: in a lab file, in its aws: section. */
function awsSectionField(def: LabDefinition, section: 'homes' | 'scratch'): string {
  return def.sourceFile ? `aws.${section}` : section;
}

/**
 * Checks a lab's synthesized templates (the lab stack and its nested stacks, read from the
 * cloud assembly) against 80% of CloudFormation's limits.
 */
class LabLimitsPlugin implements IPolicyValidationPlugin {
  public readonly name: string;
  constructor(private readonly lab: LabStack) {
    this.name = `cdk-research-workspaces limits of ${lab.node.path}`;
  }

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const rootFile = context.templatePaths.find((p) => path.basename(p) === this.lab.templateFile);
    if (!rootFile) return { success: true, violations: [] };
    const dir = path.dirname(rootFile);
    const nested = this.lab.workspaceStacks.map((n): [Stack, string] => [n, path.join(dir, n.templateFile)]);
    const stacks: Array<[Stack, string]> = [[this.lab, rootFile], ...nested];
    const usage = stacks.map(([stack, file]) => usageOfTemplate(stack.node.path, fs.readFileSync(file, 'utf8'),
      this.lab.workspaces.filter((w) => Stack.of(w) === stack).length));
    const problems = this.lab.limitProblems(usage);
    return {
      success: problems.length === 0,
      violations: problems.map((description) => ({
        ruleName: 'rws-stack-limits',
        description,
        severity: 'error',
        violatingResources: [{ resourceLogicalId: this.lab.node.path, templatePath: rootFile, locations: ['Resources'] }],
      })),
    };
  }
}

function usageOfTemplate(stackPath: string, text: string, workspaces: number): StackUsage {
  const t = JSON.parse(text);
  return {
    stack: stackPath,
    resources: Object.keys(t.Resources ?? {}).length,
    outputs: Object.keys(t.Outputs ?? {}).length,
    parameters: Object.keys(t.Parameters ?? {}).length,
    templateBytes: Buffer.byteLength(text, 'utf8'),
    dynamicReferences: (text.match(/\{\{resolve:/g) ?? []).length,
    workspaces,
  };
}

/** Usage of a stack, rendering its template (as synthesis writes it: JSON, one-space indent). */
function usageOf(stack: Stack, workspaces: number): StackUsage {
  return usageOfTemplate(stack.node.path, JSON.stringify((stack as any)._toCloudFormation(), undefined, 1), workspaces);
}
