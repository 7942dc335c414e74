import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { IPolicySubject } from './policy-boundary';
import { WorkspaceImage } from './workspace-image';
import { WorkspaceWebGateway } from './workspace-web-gateway';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { EgressMode, WorkspaceRequest } from '../../workspaces/policy';
import { PriceTable } from '../../workspaces/pricing';
import { ResearchUserRegistry } from './research-user-registry';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { SharedOpenZfs } from './shared-openzfs';
import { Architecture, WorkspaceSize } from '../../workspaces/sizes';
import { Sizing } from '../../workspaces/sizing';
import { TemplateService } from '../../workspaces/template';
import { DeveloperOptions, WorkspaceUserData } from '../../workspaces/userdata';
/**
 * Properties of a ResearchWorkspace.
 */
export interface ResearchWorkspaceProps {
    /** The resolved template the workspace is built from (`catalog.resolve(slug, parameters)`). */
    readonly template: ResolvedTemplate;
    /** VPC of the workspace. */
    readonly vpc: ec2.IVpc;
    /**
     * Subnets the workspace may be placed in; one is picked from the workspace name, so it
     * never moves.
     * @default - the VPC's isolated subnets, else its private subnets
     */
    readonly vpcSubnets?: ec2.SubnetSelection;
    /**
     * Workspace name: tags, host names, messages.
     * @default - the construct id
     */
    readonly workspaceName?: string;
    /**
     * Lab name for the `research:lab` tag.
     * @default - the lab name of the PolicyBoundary in scope, else "research-lab"
     */
    readonly labName?: string;
    /**
     * The research user who owns the workspace (services run as this user).
     * @default - no owner
     */
    readonly owner?: string;
    /**
     * Project, for the `research:project` cost-allocation tag.
     * @default - none
     */
    readonly project?: string;
    /**
     * Size.
     * @default - the template's default size
     */
    readonly size?: WorkspaceSize;
    /**
     * CPU architecture.
     * @default - that of the template's instance type, else x86_64
     */
    readonly architecture?: Architecture;
    /**
     * Exact instance type (wins over size).
     * @default - the size's type on the architecture
     */
    readonly instanceType?: string;
    /**
     * Root volume size in GiB (gp3, encrypted).
     * @default - the template's, else the size's; with hibernation at least the memory plus 8 GiB
     */
    readonly rootVolumeGiB?: number;
    /**
     * Device name of the image's root volume (the mapping resizes it and sets its encryption).
     * @default - "/dev/sda1" for Ubuntu and Rocky Linux, "/dev/xvda" for Debian and Amazon Linux
     */
    readonly rootDeviceName?: string;
    /**
     * Machine image. Required for Rocky Linux 9, which publishes no public SSM parameter.
     * @default - Ubuntu from Canonical's and Debian from Debian's public SSM parameters,
     * Amazon Linux 2023 from AWS's, resolved at deploy time
     */
    readonly machineImage?: ec2.IMachineImage;
    /**
     * An image baked from this template (WorkspaceImage): the workspace boots it and runs only
     * the per-workspace part of the provisioning (accounts, keys, mounts, services), which needs
     * no internet. The image must be of the same template content (its content hash is checked
     * here and again at boot).
     * @default - the public image, and the whole provisioning at boot
     */
    readonly bakedImage?: WorkspaceImage;
    /**
     * The lab's published user registry: accounts on the workspace and kept in sync.
     * @default - no research users
     */
    readonly userRegistry?: ResearchUserRegistry;
    /**
     * Registry users who get an account here.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * Shared storage mounted on the workspace (homes, project folders, scratch).
     * @default - no shared storage
     */
    readonly storage?: SharedEfs;
    /**
     * Shared storage on FSx for OpenZFS instead of `storage` (EFS): the root volume's export
     * `<dns name>:/fsx` mounted with NFSv4.1 at the same mount point, with the same layout (homes,
     * project folders, scratch) made at boot as root with the registry's owners. The file system
     * admits NFS from the workspace; no IAM grant is needed (NFS exports go by network). Give
     * either this or `storage`, not both.
     * @default - no OpenZFS storage
     */
    readonly openZfsStorage?: SharedOpenZfs;
    /**
     * The lab's FSx for Lustre scratch, mounted at `/scratch` (Lustre client installed at boot when
     * missing), with `/scratch/<user>` (0700) owned by each research user's registry ids. The
     * file system admits Lustre (988, 1018-1023) from the workspace.
     * @default - no Lustre scratch
     */
    readonly scratch?: SharedLustre;
    /**
     * Security group.
     * @default - a new group with no inbound rules
     */
    readonly securityGroup?: ec2.ISecurityGroup;
    /**
     * Networks allowed to reach port 22 directly (e.g. a campus VPN over a transit gateway).
     * Session Manager needs no open port.
     * @default - port 22 closed
     */
    readonly sshCidrs?: string[];
    /**
     * Hibernate instead of stop (RAM is saved to the encrypted root volume).
     * @default false
     */
    readonly hibernation?: boolean;
    /**
     * Run on spot capacity (a persistent request that stops, or hibernates, on interruption).
     * @default false
     */
    readonly spot?: boolean;
    /**
     * Highest spot price in USD per hour.
     * @default - the on-demand price
     */
    readonly spotMaxPrice?: number;
    /**
     * A CloudWatch alarm that stops the instance when its CPU stays low, behind the idle agent.
     * @default - true when the template's idle detection is on
     */
    readonly idleAlarm?: boolean;
    /**
     * Minutes of low CPU before the alarm stops the instance (one 5-minute period is added so
     * the idle agent, which also sees sessions and network, acts first).
     * @default - the template's idle threshold (hibernate threshold with hibernation), else 30
     */
    readonly idleMinutes?: number;
    /**
     * CPU use (percent, maximum over 5 minutes) below which the instance is idle.
     * @default - the template's idle CPU threshold, else 10
     */
    readonly idleCpuThresholdPercent?: number;
    /**
     * Hop limit of instance metadata responses (2 lets containers on the instance reach IMDSv2).
     * @default - 2 when the template installs a container engine, else 1
     */
    readonly imdsHopLimit?: number;
    /**
     * Key of the workspace's service-token secret.
     * @default - the AWS managed key of Secrets Manager
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * Key of the root volume.
     * @default - the account's default EBS key (aws/ebs)
     */
    readonly rootVolumeEncryptionKey?: kms.IKey;
    /**
     * Publish the template's web services behind this gateway (OIDC sign-in).
     * @default - not published: reach them with a Session Manager port forward
     */
    readonly webGateway?: WorkspaceWebGateway;
    /**
     * Further tags.
     * @default - none
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * One-minute CloudWatch metrics (billed per instance).
     * @default false
     */
    readonly detailedMonitoring?: boolean;
    /**
     * Refuse termination through the API (and so through CloudFormation).
     * @default false
     */
    readonly terminationProtection?: boolean;
    /**
     * Developer conveniences for the owner (zsh, dotfiles, language toolchains, a bootstrap script).
     * @default - none
     */
    readonly developer?: DeveloperOptions;
    /**
     * Internet access the workspace has (what the policy's egress rule checks).
     * @default - not checked
     */
    readonly egress?: EgressMode;
    /**
     * The lab's network: the workspace's own security group (when `securityGroup` is not given)
     * gets exactly the egress rules of the network's egress mode, and with `PROXIED` egress the
     * boot provisioning is pointed at the network's egress proxy.
     * @default - no network: the workspace's own security group allows HTTPS (443) out only
     */
    readonly labNetwork?: LabNetwork;
    /**
     * Install the Amazon CloudWatch agent at boot: the root volume's use (`disk_used_percent`)
     * and the memory use (`mem_used_percent`) every minute in the namespace `CWAgent`, for
     * alarms (`metricDiskUsedPercent()`; LabMonitoring's disk-nearly-full alarm). The role may
     * publish into that namespace only; in a `labNetwork` without internet of its own (egress
     * none or proxied) the `monitoring` VPC endpoint is added. The agent comes from the image,
     * else from Amazon Linux's repositories or the region's `amazoncloudwatch-agent-<region>`
     * bucket through the S3 gateway endpoint.
     * @default false
     */
    readonly cloudWatchAgent?: boolean;
    /**
     * Create stack outputs (instance id, Session Manager and port-forward commands).
     * @default true
     */
    readonly outputs?: boolean;
    /**
     * Price table for the cost estimate and the policy's cost rule.
     * @default PriceTable.bundled()
     */
    readonly prices?: PriceTable;
}
/**
 * A research workstation on EC2, built from a template.
 *
 * - A launch template with IMDSv2 required, an encrypted gp3 root volume sized by the
 *   template, optional hibernation and spot; the instance has no public address and no open
 *   port (unless `sshCidrs`), and is reached through Session Manager.
 * - The user-data generated from the template (packages, services, research users, shared
 *   storage, idle agent), which reads its service token from the workspace's own generated
 *   Secrets Manager secret at boot.
 * - An instance role with only what it needs: Session Manager, its own secret, the registry,
 *   the shared file system, and stopping itself (the idle agent).
 * - A CloudWatch alarm that stops the instance when CPU stays low, behind the idle agent.
 * - Cost-allocation tags `research:lab`, `research:project`, `research:owner`,
 *   `research:template`, `research:workspace`.
 * - Outputs: instance id, the `aws ssm start-session` command, port-forward commands.
 *
 * It is a PolicyBoundary subject: a boundary in scope checks it at synth time.
 *
 * @example
 * const ws = new ResearchWorkspace(this, 'alice-ml', {
 *   template: catalog.resolve('python-ml'), vpc, owner: 'alice', project: 'genomics',
 *   size: WorkspaceSize.M, userRegistry: users, storage,
 * });
 */
export declare class ResearchWorkspace extends Construct implements IPolicySubject, ec2.IConnectable, iam.IGrantable {
    /** Workspace name. */
    readonly workspaceName: string;
    /** The template. */
    readonly template: ResolvedTemplate;
    /** Machine: size, type, architecture, disk, cost. */
    readonly sizing: Sizing;
    /** Root volume size in GiB. */
    readonly rootVolumeGiB: number;
    /** The instance. */
    readonly instance: ec2.CfnInstance;
    /** The launch template. */
    readonly launchTemplate: ec2.LaunchTemplate;
    /** The instance role. */
    readonly role: iam.Role;
    /** The secret holding the service token. */
    readonly serviceSecret: secretsmanager.Secret;
    /** The workspace's security group. */
    readonly securityGroup: ec2.ISecurityGroup;
    /** Network connections. */
    readonly connections: ec2.Connections;
    /** The principal of the instance role. */
    readonly grantPrincipal: iam.IPrincipal;
    /**
     * The idle alarm, when on.
     * @default - none
     */
    readonly idleAlarm?: cloudwatch.Alarm;
    /** Owner. @default - none */
    readonly owner?: string;
    /** Project. @default - none */
    readonly project?: string;
    /** Whether the workspace hibernates. */
    readonly hibernation: boolean;
    /** Whether it runs on spot capacity. */
    readonly spot: boolean;
    /** Size of the user-data EC2 receives, in bytes (gzip-compressed). */
    readonly userDataBytes: number;
    /** The boot provisioning generated from the template (the parts EC2 receives, its registry, its warnings). */
    readonly userData: WorkspaceUserData;
    /** Where research users' homes are on this workspace. */
    readonly homeBase: string;
    /** Services reachable through a port forward (name and port). */
    readonly services: TemplateService[];
    /** URLs of services published behind the web gateway. */
    readonly webUrls: string[];
    /** Whether the CloudWatch agent publishes disk and memory metrics (`cloudWatchAgent`). */
    readonly cloudWatchAgent: boolean;
    private readonly egress?;
    /** Our own user-data parts; the generator's follow them (rendered again when asked for: see userDataPart). */
    private readonly ownParts;
    constructor(scope: Construct, id: string, props: ResearchWorkspaceProps);
    /** The instance id. */
    get instanceId(): string;
    /** The command that opens a shell on the workspace through Session Manager. */
    get sessionCommand(): string;
    /** The command that forwards a workspace port to the same local port. */
    portForwardCommand(port: number, localPort?: number): string;
    /**
     * Disk use of a mount point in percent, as the CloudWatch agent publishes it (namespace
     * `CWAgent`, dimensions `InstanceId` and `path`; maximum over 5 minutes). Needs `cloudWatchAgent`.
     * @param path a mount point the agent watches (the root volume, "/")
     */
    metricDiskUsedPercent(path?: string): cloudwatch.Metric;
    /** Memory use in percent, as the CloudWatch agent publishes it (namespace `CWAgent`, dimension `InstanceId`; maximum over 5 minutes). Needs `cloudWatchAgent`. */
    metricMemoryUsedPercent(): cloudwatch.Metric;
    /** Warnings of the user-data generator (ignored service settings and the like), one line each. */
    get userDataWarnings(): string[];
    /** Names of the user-data's MIME parts, in order. */
    get userDataPartNames(): string[];
    /** A part of the user-data by name (e.g. `00-rws-deploy-values.sh`, `cloud-config.yaml`), for checks. */
    userDataPart(name: string): string;
    /** Every part of the user-data, in order (the generator's rendered again: the workspace does not keep them). */
    private parts;
    /** Estimated on-demand cost per hour in USD, when known. */
    get hourlyCost(): number | undefined;
    /** The workspace as the policy sees it (tags read from the instance at validation time). */
    policyRequest(): WorkspaceRequest;
    private computeSizing;
    private validateProps;
    private validateHibernation;
    private addOutputs;
    /**
     * Synth-time warnings (acknowledgeable: `Annotations.of(workspace).acknowledgeWarning(id, reason)`)
     * about what the boot provisioning cannot do here.
     */
    private warnAboutBoot;
    /** Findings that are by design, acknowledged here with the reason. */
    private acknowledgeByDesign;
}
