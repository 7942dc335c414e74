import { NestedStack, Stack, StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import { LabMonitoring } from '../../constructs/aws/lab-monitoring';
import { LabNetwork } from '../../constructs/aws/lab-network';
import { PolicyBoundary } from '../../constructs/aws/policy-boundary';
import { ClusterQueueDefinition, ResearchCluster } from '../../constructs/aws/research-cluster';
import { ResearchStudio, StudioSpaceDefinition } from '../../constructs/aws/research-studio';
import { RegistryStorage, ResearchUserRegistry } from '../../constructs/aws/research-user-registry';
import { ResearchWorkspace } from '../../constructs/aws/research-workspace';
import { SharedEfs } from '../../constructs/aws/shared-efs';
import { LustreDeployment, SharedLustre } from '../../constructs/aws/shared-lustre';
import { SharedOpenZfs } from '../../constructs/aws/shared-openzfs';
import { WorkspaceWebGateway } from '../../constructs/aws/workspace-web-gateway';
import { TemplateCatalog } from '../../workspaces/catalog';
import { LustreQuotas, RegistryQuotas } from '../../workspaces/cluster';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
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
    readonly parameters?: {
        [name: string]: string;
    };
    /**
     * Further tags.
     * @default - none
     */
    readonly tags?: {
        [key: string]: string;
    };
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
    readonly amis?: {
        [region: string]: string;
    };
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
export declare enum LabHomesKind {
    /** The lab's Amazon EFS file system (`SharedEfs`), the default. */
    EFS = "efs",
    /** Amazon FSx for OpenZFS (`SharedOpenZfs`) with quotas per registry user and group, instead of EFS. */
    OPENZFS = "openzfs"
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
    readonly parentImages?: {
        [os: string]: {
            [architecture: string]: string;
        };
    };
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
export declare class LabStack extends Stack {
    /** Reads a lab definition file (YAML); paths in it are relative to the file. */
    static loadDefinition(file: string): LabDefinition;
    /** A lab stack from a definition file. */
    static fromFile(scope: Construct, id: string, file: string, props?: StackProps): LabStack;
    /**
     * The workspace stack of a workspace: `sha256(name)`'s first 32 bits modulo `count`.
     * Depends on the name and the count only.
     */
    static workspaceStackIndex(name: string, count: number): number;
    /** The definition built. */
    readonly definition: LabDefinition;
    /** Lab name. */
    readonly labName: string;
    /** The template catalog. */
    readonly catalog: TemplateCatalog;
    /** The policy. */
    readonly policy: WorkspacePolicy;
    /** Egress of the lab. */
    readonly egress: EgressMode;
    /** The lab's customer managed key (file system, flow logs, workspace secrets). */
    readonly key: kms.Key;
    /** Network. */
    readonly network: LabNetwork;
    /**
     * Shared storage (EFS).
     * @default - none when the homes are on FSx for OpenZFS (`homes`)
     */
    readonly storage?: SharedEfs;
    /**
     * Shared storage on FSx for OpenZFS (homes, projects, scratch), instead of `storage`.
     * @default - none: the lab's EFS
     */
    readonly homes?: SharedOpenZfs;
    /**
     * Published registry.
     * @default - no research users
     */
    readonly users?: ResearchUserRegistry;
    /** The policy boundary. */
    readonly boundary: PolicyBoundary;
    /**
     * Web gateway.
     * @default - none
     */
    readonly webGateway?: WorkspaceWebGateway;
    /** Security group shared by workspaces without SSH rules. */
    readonly workspaceSecurityGroup: ec2.SecurityGroup;
    /** The workspaces, in definition order. */
    readonly workspaces: ResearchWorkspace[];
    /**
     * SageMaker Studio.
     * @default - none
     */
    readonly studio?: ResearchStudio;
    /**
     * FSx for Lustre scratch.
     * @default - none
     */
    readonly scratch?: SharedLustre;
    /**
     * Slurm cluster (AWS PCS).
     * @default - none
     */
    readonly cluster?: ResearchCluster;
    /** Number of workspace stacks names are hashed into (0: all in this stack). */
    readonly workspaceStackCount: number;
    /**
     * Monitoring.
     * @default - none unless the definition asks for it
     */
    readonly monitoring?: LabMonitoring;
    private readonly workspaceStackMap;
    /** Baked images by template, architecture and parameters (lab.yaml images:). */
    private readonly bakedImages;
    private imageNetwork?;
    constructor(scope: Construct, id: string, props: LabStackProps);
    /** The workspace with this name. */
    workspace(name: string): ResearchWorkspace;
    /** The nested stacks holding workspaces (only those that hold any). */
    get workspaceStacks(): NestedStack[];
    /**
     * Estimated on-demand cost per hour of every workspace running at once, with Studio's apps
     * (one per user profile, and every shared space), in USD (known prices only).
     */
    get estimatedHourlyCost(): number;
    /**
     * Usage of each stack of the lab (this one and the workspace stacks) against
     * CloudFormation's limits. Renders the templates (synthesis checks the written ones).
     */
    stackUsage(): StackUsage[];
    private addWorkspace;
    /** The WorkspaceImage of a template (made once per template, parameters and architecture), when the lab bakes it. */
    private bakedImageFor;
    /** Whether the lab bakes a template that builds spack packages (its build network then reaches spack's mirror). */
    private labBakesSpack;
    /** A template whose operating system has no public image, baked without `images.parent_images`: one error, located in the lab file. */
    private missingParentImage;
    /**
     * The quotas' names of `scratch` or `homes` against the registry, named as the lab file names
     * them (the quota values themselves are checked by SharedLustre and SharedOpenZfs).
     */
    private checkQuotaNames;
    private validateDefinition;
    /** `homes`: its kind, and what cannot go with OpenZFS homes (Studio and the cluster mount the lab's EFS). */
    private validateHomes;
    /** Problems of each stack whose usage is above 80% of a CloudFormation limit. */
    limitProblems(usage: StackUsage[]): string[];
}
