import { Annotations, Arn, Aws, CfnOutput, Duration, Stack, TagManager, Tags, Token } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { IPolicySubject, PolicyBoundary } from './policy-boundary';
import { cloudWatchAgentPolicy, monitoringEndpoint } from './private/cloudwatch-agent';
import { machineImageFor } from './private/machine-image';
import { lockedSecurityGroup, proxyPart, sessionManagerPolicy } from './private/perimeter';
import { WorkspaceImage } from './workspace-image';
import { WorkspaceWebGateway } from './workspace-web-gateway';
import { checkKnownProps } from '../../private/known-props';
import { offlineBootWarning } from '../../private/offline-boot';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { EgressMode, WorkspaceRequest } from '../../workspaces/policy';
import { PriceTable } from '../../workspaces/pricing';
import { LAB_TAG } from '../../workspaces/private/tags';
import { badProp, checkInt, checkNumber, isCidr, ManagedPolicyRole, sha256, unresolved } from '../private/props';
import { ack } from './private/airlock-nag';
import { EXTRA_BOOT_PARTS, workspaceUserData, WorkspaceUserDataResult } from './private/userdata-adapter';
import { ResearchUserRegistry } from './research-user-registry';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { SharedOpenZfs } from './shared-openzfs';
import { unconditionalCidrProblems } from '../../workspaces/private/cidr';
import { WorkspaceInputError } from '../../workspaces/private/error';
import { isWebService } from '../../workspaces/private/web-services';
import { Architecture, Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { Sizing, WorkspaceSizing } from '../../workspaces/sizing';
import { OperatingSystem, TemplateService } from '../../workspaces/template';
import { DeveloperOptions, ProvisioningPhase, WorkspaceUserData } from '../../workspaces/userdata';
import { CLOUDWATCH_AGENT_NAMESPACE, DISK_USED_PERCENT, MEM_USED_PERCENT } from '../../workspaces/userdata/private/cloudwatch-agent';

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
  readonly tags?: { [key: string]: string };

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

/** Operating systems whose images name the root device /dev/sda1. */
const SDA_ROOT = new Set<OperatingSystem>([OperatingSystem.UBUNTU_22_04, OperatingSystem.UBUNTU_24_04, OperatingSystem.ROCKY_9]);
const CONTAINER_PACKAGES = /^(docker(\.io|-ce)?|podman|containerd(\.io)?|apptainer|singularity(-ce)?)$/;

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
export class ResearchWorkspace extends Construct implements IPolicySubject, ec2.IConnectable, iam.IGrantable {
  /** Workspace name. */
  public readonly workspaceName: string;
  /** The template. */
  public readonly template: ResolvedTemplate;
  /** Machine: size, type, architecture, disk, cost. */
  public readonly sizing: Sizing;
  /** Root volume size in GiB. */
  public readonly rootVolumeGiB: number;
  /** The instance. */
  public readonly instance: ec2.CfnInstance;
  /** The launch template. */
  public readonly launchTemplate: ec2.LaunchTemplate;
  /** The instance role. */
  public readonly role: iam.Role;
  /** The secret holding the service token. */
  public readonly serviceSecret: secretsmanager.Secret;
  /** The workspace's security group. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** Network connections. */
  public readonly connections: ec2.Connections;
  /** The principal of the instance role. */
  public readonly grantPrincipal: iam.IPrincipal;
  /**
   * The idle alarm, when on.
   * @default - none
   */
  public readonly idleAlarm?: cloudwatch.Alarm;
  /** Owner. @default - none */
  public readonly owner?: string;
  /** Project. @default - none */
  public readonly project?: string;
  /** Whether the workspace hibernates. */
  public readonly hibernation: boolean;
  /** Whether it runs on spot capacity. */
  public readonly spot: boolean;
  /** Size of the user-data EC2 receives, in bytes (gzip-compressed). */
  public readonly userDataBytes: number;
  /** The boot provisioning generated from the template (the parts EC2 receives, its registry, its warnings). */
  public readonly userData: WorkspaceUserData;
  /** Where research users' homes are on this workspace. */
  public readonly homeBase: string;
  /** Services reachable through a port forward (name and port). */
  public readonly services: TemplateService[];
  /** URLs of services published behind the web gateway. */
  public readonly webUrls: string[];
  /** Whether the CloudWatch agent publishes disk and memory metrics (`cloudWatchAgent`). */
  public readonly cloudWatchAgent: boolean;

  private readonly egress?: EgressMode;
  /** Our own user-data parts; the generator's follow them (rendered again when asked for: see userDataPart). */
  private readonly ownParts: Array<{ name: string; content: string }>;

  constructor(scope: Construct, id: string, props: ResearchWorkspaceProps) {
    super(scope, id);
    checkKnownProps(this, 'ResearchWorkspaceProps', props);
    PolicyBoundary.markSubject(this);
    this.template = props.template;
    this.workspaceName = props.workspaceName ?? id;
    this.owner = props.owner;
    this.project = props.project;
    this.hibernation = props.hibernation ?? false;
    this.spot = props.spot ?? false;
    this.egress = props.egress;
    this.cloudWatchAgent = props.cloudWatchAgent ?? false;
    this.validateProps(props);

    this.sizing = this.computeSizing(props);
    const memGiB = Math.ceil(this.sizing.memoryMiB / 1024);
    const minRoot = this.hibernation ? memGiB + 8 : 8;
    this.rootVolumeGiB = props.rootVolumeGiB ?? Math.max(this.sizing.rootVolumeGiB, minRoot);
    if (this.hibernation) this.validateHibernation(props, memGiB);

    const idle = props.template.definition.idleDetection;
    const idleOn = idle?.enabled ?? true;
    const templateIdle = this.hibernation ? idle?.hibernateThresholdMinutes ?? idle?.idleThresholdMinutes : idle?.idleThresholdMinutes;
    const idleMinutes = props.idleMinutes ?? templateIdle ?? 30;
    const cpuThreshold = props.idleCpuThresholdPercent ?? idle?.cpuThresholdPercent ?? 10;

    // Image first: a Rocky template without machineImage fails here with a clear message.
    if (props.bakedImage && props.machineImage) {
      badProp(this, 'bakedImage', props.bakedImage.node.path, 'both machineImage and bakedImage are given', 'give one of them: bakedImage for an image baked from this template');
    }
    if (props.bakedImage && props.bakedImage.template.slug !== props.template.slug) {
      badProp(this, 'bakedImage', props.bakedImage.template.slug, `the baked image is of template "${props.bakedImage.template.slug}", the workspace's template is "${props.template.slug}"`,
        `give the WorkspaceImage of template "${props.template.slug}"`);
    }
    const given = props.machineImage ?? props.bakedImage?.machineImage(this);
    const image = machineImageFor(this, props.template, this.sizing.architecture, given).getImage(this);

    this.role = new ManagedPolicyRole(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      description: `Research workspace ${this.workspaceName} (template ${props.template.slug})`,
    });
    // Session Manager and State Manager without AmazonSSMManagedInstanceCore, which would let
    // the workspace read every SSM parameter of the account; the registry's parameters are
    // granted by name below.
    sessionManagerPolicy(this, 'SessionManager', this.role, `research workspace ${this.workspaceName}`);
    this.grantPrincipal = this.role;
    const profile = new iam.InstanceProfile(this, 'InstanceProfile', { role: this.role });
    if (this.cloudWatchAgent) {
      cloudWatchAgentPolicy(this, 'CloudWatchAgent', this.role, CLOUDWATCH_AGENT_NAMESPACE, `research workspace ${this.workspaceName}`);
      if (props.labNetwork) monitoringEndpoint(props.labNetwork);
    }

    this.serviceSecret = new secretsmanager.Secret(this, 'ServiceSecret', {
      description: `Service token of research workspace ${this.workspaceName} (Jupyter token, code-server and RStudio password); read by the workspace at boot`,
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 40, excludePunctuation: true, includeSpace: false },
    });
    // Principal policy only: a key policy statement naming the role would make the lab's key
    // depend on the workspace's stack.
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'ReadOwnServiceSecret',
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resources: [this.serviceSecret.secretArn],
    }));
    if (props.encryptionKey) {
      this.role.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'DecryptOwnServiceSecret',
        actions: ['kms:Decrypt'],
        resources: [props.encryptionKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${Aws.REGION}.amazonaws.com` } },
      }));
    }

    if (props.securityGroup) {
      this.securityGroup = props.securityGroup;
    } else {
      const description = `Research workspace ${this.workspaceName}: no inbound access (Session Manager)`;
      if (props.labNetwork) {
        this.securityGroup = props.labNetwork.workspaceSecurityGroup(this, 'SecurityGroup', description);
      } else {
        // No network to ask: HTTPS out (Session Manager and the AWS APIs), nothing else.
        const sg = lockedSecurityGroup(this, 'SecurityGroup', props.vpc, description);
        sg.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS (Session Manager, AWS APIs)');
        this.securityGroup = sg;
      }
    }
    this.connections = new ec2.Connections({ securityGroups: [this.securityGroup] });
    for (const cidr of props.sshCidrs ?? []) {
      this.connections.allowFrom(cidr.includes(':') ? ec2.Peer.ipv6(cidr) : ec2.Peer.ipv4(cidr), ec2.Port.tcp(22), `SSH to ${this.workspaceName}`);
    }

    props.userRegistry?.grantRead(this.role);
    if (props.storage) {
      props.storage.allowFrom(this);
      props.storage.grantReadWrite(this.role);
      props.storage.grantRootAccess(this.role);
    }
    // NFS from this workspace only; nothing for the role (the export goes by network).
    props.openZfsStorage?.allowFrom(this);
    // Lustre ports only, from this workspace (as the cluster's nodes).
    props.scratch?.allowFrom(this);

    // Services with a port (a port forward reaches each); the web ones are published behind the
    // gateway, and then listen on 0.0.0.0 (the security group admits only the gateway).
    this.services = (props.template.definition.services ?? []).filter((s) => s.port !== undefined && s.enable !== false && s.port !== 22);
    const webServices = props.webGateway ? this.services.filter(isWebService) : [];
    if (props.storage && props.openZfsStorage) {
      badProp(this, 'openZfsStorage', props.openZfsStorage.node.path, `both storage (EFS ${props.storage.node.path}) and openZfsStorage are given, and a workspace mounts one shared storage`,
        'give one of them: storage for the lab\'s EFS, openZfsStorage for FSx for OpenZFS');
    }
    if (props.webGateway && webServices.length === 0) {
      badProp(this, 'webGateway', props.template.slug, `template "${props.template.slug}" has no web service to publish`,
        'remove webGateway, or use a web template (Jupyter, RStudio Server, code-server)');
    }

    const ud: WorkspaceUserDataResult = workspaceUserData({
      scope: this,
      template: props.template,
      policy: PolicyBoundary.of(this)[0]?.policy,
      toolsReader: this.role,
      registry: props.userRegistry?.registry,
      users: props.users,
      owner: props.owner,
      fileSystemId: props.storage?.fileSystem.fileSystemId,
      iamAuthorization: props.storage?.iamAuthorization,
      openZfsDnsName: props.openZfsStorage?.dnsName,
      lustre: props.scratch ? { dnsName: props.scratch.dnsName, mountName: props.scratch.mountName } : undefined,
      hibernate: this.hibernation,
      secretArn: this.serviceSecret.secretArn,
      region: Stack.of(this).region,
      idleMinutes: props.idleMinutes,
      idleCpuThresholdPercent: props.idleCpuThresholdPercent,
      developer: props.developer,
      egress: props.egress,
      publishedServices: webServices.map((s) => s.name),
      gateway: props.webGateway ? {
        signerArn: props.webGateway.signerArn,
        issuer: props.webGateway.oidc.issuer,
        codeParameterPrefix: props.webGateway.codeParameterPrefix,
      } : undefined,
      extraParts: [
        ...(props.egress === EgressMode.PROXIED && props.labNetwork?.proxyUrl ? [proxyPart(props.labNetwork.proxyUrl)] : []),
        ...(EXTRA_BOOT_PARTS.get(props) ?? []),
      ],
      phase: props.bakedImage ? ProvisioningPhase.BOOT : undefined,
      cloudWatchAgent: this.cloudWatchAgent ? {} : undefined,
    });
    if (props.bakedImage && ud.generated.imageContentHash !== props.bakedImage.bake.contentHash) {
      badProp(this, 'bakedImage', props.bakedImage.bake.contentHash,
        `the baked image installs other content (${props.bakedImage.bake.contentHash}) than template "${props.template.slug}" with this workspace's parameters (${ud.generated.imageContentHash})`,
        'bake the image from the same template and parameter values as the workspace');
    }
    if (props.webGateway) props.webGateway.grantCodeRead(this.role);
    this.homeBase = ud.homeBase;
    this.userData = ud.generated;
    this.ownParts = ud.ownParts;
    this.userDataBytes = ud.sizeBytes;

    const hop = props.imdsHopLimit ?? (usesContainers(props.template) ? 2 : 1);
    this.launchTemplate = new ec2.LaunchTemplate(this, 'LaunchTemplate', {
      instanceProfile: profile,
      securityGroup: this.securityGroup,
      requireImdsv2: true,
      httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED,
      httpEndpoint: true,
      httpPutResponseHopLimit: hop,
      instanceMetadataTags: true,
      blockDevices: [{
        deviceName: props.rootDeviceName ?? (SDA_ROOT.has(props.template.os) ? '/dev/sda1' : '/dev/xvda'),
        volume: ec2.BlockDeviceVolume.ebs(this.rootVolumeGiB, {
          encrypted: true,
          kmsKey: props.rootVolumeEncryptionKey,
          volumeType: ec2.EbsDeviceVolumeType.GP3,
          deleteOnTermination: true,
        }),
      }],
      hibernationConfigured: this.hibernation || undefined,
      spotOptions: this.spot ? {
        requestType: ec2.SpotRequestType.PERSISTENT,
        interruptionBehavior: this.hibernation ? ec2.SpotInstanceInterruption.HIBERNATE : ec2.SpotInstanceInterruption.STOP,
        maxPrice: props.spotMaxPrice,
      } : undefined,
      instanceInitiatedShutdownBehavior: ec2.InstanceInitiatedShutdownBehavior.STOP,
    });

    const subnets = props.vpc.selectSubnets(props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
      ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnetIds;
    if (subnets.length === 0) {
      badProp(this, 'vpcSubnets', undefined, 'selects no subnets', 'give the VPC private or isolated subnets, or select existing ones');
    }
    const subnetId = subnets[parseInt(sha256(this.workspaceName).slice(0, 8), 16) % subnets.length];

    this.instance = new ec2.CfnInstance(this, 'Resource', {
      launchTemplate: { launchTemplateId: this.launchTemplate.launchTemplateId, version: this.launchTemplate.latestVersionNumber },
      imageId: image.imageId,
      instanceType: this.sizing.instanceType,
      subnetId,
      userData: ud.base64,
      // Also in the launch template; named here too so that checks reading the instance see it.
      iamInstanceProfile: profile.instanceProfileName,
      monitoring: props.detailedMonitoring ?? false,
      disableApiTermination: props.terminationProtection ?? false,
      propagateTagsToVolumeOnCreation: true,
      ebsOptimized: ebsOptimizable(this.sizing.instanceType) || undefined,
    });

    // The idle agent stops (or hibernates) this instance and nothing else.
    const instanceArn = Arn.format({ service: 'ec2', resource: 'instance', resourceName: this.instance.ref }, Stack.of(this));
    // A policy of its own: the launch template depends on the role (and its default policy),
    // so a statement naming the instance there would be a cycle.
    new iam.ManagedPolicy(this, 'StopItself', {
      description: `Lets research workspace ${this.workspaceName} stop (or hibernate) itself when idle, and nothing else`,
      roles: [this.role],
      statements: [new iam.PolicyStatement({ sid: 'StopItselfWhenIdle', actions: ['ec2:StopInstances'], resources: [instanceArn] })],
    });

    // Tags: cost allocation, the association's target, the policy's required tags.
    const lab = props.labName ?? PolicyBoundary.of(this)[0]?.labName ?? 'research-lab';
    Tags.of(this).add(LAB_TAG, lab);
    Tags.of(this).add('research:workspace', this.workspaceName);
    Tags.of(this).add('research:template', props.template.slug);
    if (props.owner) Tags.of(this).add('research:owner', props.owner);
    if (props.project) Tags.of(this).add('research:project', props.project);
    for (const [k, v] of Object.entries(props.tags ?? {})) Tags.of(this).add(k, v);
    Tags.of(this.instance).add('Name', this.workspaceName);
    // Deploy-time values the user-data reads from the instance metadata.
    for (const [k, v] of Object.entries(ud.tags)) Tags.of(this.instance).add(k, v);

    if (props.idleAlarm ?? idleOn) {
      const periods = Math.ceil(idleMinutes / 5) + 1;
      this.idleAlarm = new cloudwatch.Alarm(this, 'IdleAlarm', {
        alarmDescription: `Stops research workspace ${this.workspaceName} after ${periods * 5} minutes below ${cpuThreshold}% CPU (second line behind its idle agent)`,
        metric: new cloudwatch.Metric({
          namespace: 'AWS/EC2',
          metricName: 'CPUUtilization',
          dimensionsMap: { InstanceId: this.instance.ref },
          statistic: 'Maximum',
          period: Duration.minutes(5),
        }),
        threshold: cpuThreshold,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: periods,
        datapointsToAlarm: periods,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      this.idleAlarm.addAlarmAction(new cwactions.Ec2Action(cwactions.Ec2InstanceAction.STOP));
    }

    this.webUrls = [];
    if (props.webGateway) {
      for (const s of webServices) {
        this.webUrls.push(props.webGateway.addService(this, {
          workspaceName: this.workspaceName,
          serviceName: s.name,
          port: s.port!,
          instanceId: this.instance.ref,
          connections: this,
          vpc: props.vpc,
          claimCheckOnInstance: true,
          templateName: props.template.slug,
        }));
      }
    }

    if (props.outputs ?? true) this.addOutputs();
    this.acknowledgeByDesign(props);
    this.warnAboutBoot(props);
  }

  /** The instance id. */
  public get instanceId(): string {
    return this.instance.ref;
  }

  /** The command that opens a shell on the workspace through Session Manager. */
  public get sessionCommand(): string {
    return `aws ssm start-session --target ${this.instance.ref} --region ${Aws.REGION}`;
  }

  /** The command that forwards a workspace port to the same local port. */
  public portForwardCommand(port: number, localPort: number = port): string {
    return `aws ssm start-session --target ${this.instance.ref} --region ${Aws.REGION} --document-name AWS-StartPortForwardingSession --parameters portNumber=${port},localPortNumber=${localPort}`;
  }

  /**
   * Disk use of a mount point in percent, as the CloudWatch agent publishes it (namespace
   * `CWAgent`, dimensions `InstanceId` and `path`; maximum over 5 minutes). Needs `cloudWatchAgent`.
   * @param path a mount point the agent watches (the root volume, "/")
   */
  public metricDiskUsedPercent(path: string = '/'): cloudwatch.Metric {
    const paths = this.cloudWatchAgent ? this.userData.cloudWatchAgentDiskPaths : [];
    if (!this.cloudWatchAgent) {
      throw new Error(`${this.node.path}: the CloudWatch agent is not on this workspace, so nothing publishes its disk use. Fix: create it with cloudWatchAgent: true`);
    }
    if (!paths.includes(path)) {
      throw new Error(`${this.node.path}: the CloudWatch agent does not watch ${JSON.stringify(path)} (it watches ${paths.join(', ')}). Fix: use one of those`);
    }
    return new cloudwatch.Metric({
      namespace: CLOUDWATCH_AGENT_NAMESPACE,
      metricName: DISK_USED_PERCENT,
      dimensionsMap: { InstanceId: this.instance.ref, path },
      statistic: 'Maximum',
      period: Duration.minutes(5),
    });
  }

  /** Memory use in percent, as the CloudWatch agent publishes it (namespace `CWAgent`, dimension `InstanceId`; maximum over 5 minutes). Needs `cloudWatchAgent`. */
  public metricMemoryUsedPercent(): cloudwatch.Metric {
    if (!this.cloudWatchAgent) {
      throw new Error(`${this.node.path}: the CloudWatch agent is not on this workspace, so nothing publishes its memory use. Fix: create it with cloudWatchAgent: true`);
    }
    return new cloudwatch.Metric({
      namespace: CLOUDWATCH_AGENT_NAMESPACE,
      metricName: MEM_USED_PERCENT,
      dimensionsMap: { InstanceId: this.instance.ref },
      statistic: 'Maximum',
      period: Duration.minutes(5),
    });
  }

  /** Warnings of the user-data generator (ignored service settings and the like), one line each. */
  public get userDataWarnings(): string[] {
    return this.userData.warnings.map((w) => `${w.code}: ${w.field ? `${w.field}: ` : ''}${w.message}`);
  }

  /** Names of the user-data's MIME parts, in order. */
  public get userDataPartNames(): string[] {
    return this.parts().map((p) => p.name);
  }

  /** A part of the user-data by name (e.g. `00-rws-deploy-values.sh`, `cloud-config.yaml`), for checks. */
  public userDataPart(name: string): string {
    const p = this.parts().find((x) => x.name === name);
    if (!p) throw new Error(`${this.node.path}: no user-data part "${name}" (parts: ${this.userDataPartNames.join(', ')})`);
    return p.content;
  }

  /** Every part of the user-data, in order (the generator's rendered again: the workspace does not keep them). */
  private parts(): Array<{ name: string; content: string }> {
    return [...this.ownParts, ...this.userData.parts];
  }

  /** Estimated on-demand cost per hour in USD, when known. */
  public get hourlyCost(): number | undefined {
    return this.sizing.hourlyCost;
  }

  /** The workspace as the policy sees it (tags read from the instance at validation time). */
  public policyRequest(): WorkspaceRequest {
    const region = Stack.of(this).region;
    const tags = TagManager.of(this.instance)?.tagValues() ?? {};
    return {
      name: this.workspaceName,
      template: this.template.slug,
      size: this.sizing.size,
      architecture: this.sizing.architecture,
      instanceType: this.sizing.instanceType,
      region: Token.isUnresolved(region) ? undefined : region,
      tags,
      owner: this.owner,
      connectionType: this.template.connectionType,
      egress: this.egress,
      hourlyCost: this.sizing.hourlyCost,
    };
  }

  private computeSizing(props: ResearchWorkspaceProps): Sizing {
    try {
      return WorkspaceSizing.of(props.template, {
        size: props.size, architecture: props.architecture, instanceType: props.instanceType, prices: props.prices,
      }, this.node.path);
    } catch (e) {
      if (WorkspaceInputError.isWorkspaceInputError(e)) {
        return badProp(this, 'size', props.size ?? props.instanceType, e.diagnostics[0].message.replace(`${this.node.path}: `, ''), e.diagnostics[0].fix ?? 'choose a larger size', e.diagnostics[0].code);
      }
      throw e;
    }
  }

  private validateProps(props: ResearchWorkspaceProps): void {
    if (!unresolved(this.workspaceName) && !/^[A-Za-z][A-Za-z0-9_-]{0,62}$/.test(this.workspaceName)) {
      badProp(this, 'workspaceName', this.workspaceName, 'a workspace name starts with a letter and holds letters, digits, "_" and "-" (at most 63)', 'use e.g. "alice-ml"');
    }
    if (props.instanceType !== undefined && !unresolved(props.instanceType) && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(props.instanceType)) {
      badProp(this, 'instanceType', props.instanceType, 'not an EC2 instance type', 'write e.g. "t3.xlarge", or give a size instead');
    }
    checkInt(this, 'rootVolumeGiB', props.rootVolumeGiB, 8, 16384, 'give the root volume size in GiB, e.g. 50');
    checkInt(this, 'idleMinutes', props.idleMinutes, 5, 1440, 'use e.g. 30 (minutes)');
    checkNumber(this, 'idleCpuThresholdPercent', props.idleCpuThresholdPercent, 0.1, 100, 'use e.g. 10 (percent)');
    checkInt(this, 'imdsHopLimit', props.imdsHopLimit, 1, 64, 'use 1, or 2 when containers on the instance need instance metadata');
    if (props.spotMaxPrice !== undefined && !unresolved(props.spotMaxPrice) && !(props.spotMaxPrice > 0)) {
      badProp(this, 'spotMaxPrice', props.spotMaxPrice, 'must be a positive price in USD per hour', 'leave it out to pay at most the on-demand price');
    }
    if (props.spotMaxPrice !== undefined && !props.spot) {
      badProp(this, 'spotMaxPrice', props.spotMaxPrice, 'is only used with spot: true', 'set spot: true, or remove spotMaxPrice');
    }
    for (const cidr of props.sshCidrs ?? []) {
      if (unresolved(cidr)) continue;
      if (!isCidr(cidr)) badProp(this, 'sshCidrs', cidr, 'not a CIDR block', 'write e.g. "10.20.0.0/16"');
    }
    // The list as a whole, parsed (issue 13.2): 0.0.0.0/1 + 128.0.0.0/1 or 0.0.0.0/00 is every address too.
    const sshProblem = unconditionalCidrProblems((props.sshCidrs ?? []).filter((c) => !unresolved(c)), 'sshCidrs', 'SSH')[0];
    if (sshProblem) {
      const [code, field, message, value] = sshProblem;
      badProp(this, field, value, code === 'cidr-whole-internet' ? `opening SSH to every address is not allowed: ${message}` : message,
        'list the networks that need direct SSH (VPN, bastion); everyone else uses Session Manager', code);
    }
    const registry = props.userRegistry?.registry;
    const names = new Set(registry?.users.map((u) => u.name) ?? []);
    if (props.owner !== undefined && !unresolved(props.owner)) {
      if (!registry) {
        badProp(this, 'owner', props.owner, 'an owner needs a user registry to come from', 'pass userRegistry (the lab\'s ResearchUserRegistry)');
      }
      if (!names.has(props.owner)) {
        badProp(this, 'owner', props.owner, `user "${props.owner}" is not in the registry ${registry.sourceName}`, `add the user to the registry, or use one of ${[...names].slice(0, 10).join(', ')}`);
      }
    }
    for (const u of props.users ?? []) {
      if (!registry) badProp(this, 'users', u, 'users need a user registry to come from', 'pass userRegistry');
      if (!names.has(u)) badProp(this, 'users', u, `user "${u}" is not in the registry ${registry.sourceName}`, 'add the user to the registry, or remove the name');
    }
    if (props.owner && props.users && !props.users.includes(props.owner)) {
      badProp(this, 'users', props.users, `the owner "${props.owner}" is not among the users of the workspace`, `add "${props.owner}" to users`);
    }
    for (const [k, v] of Object.entries(props.tags ?? {})) {
      if (k.toLowerCase().startsWith('aws:') || k.length > 128 || String(v).length > 256) {
        badProp(this, `tags.${k}`, v, 'not a valid tag (keys up to 128 characters, not starting with aws:, values up to 256)', 'rename or shorten the tag');
      }
    }
  }

  private validateHibernation(props: ResearchWorkspaceProps, memGiB: number): void {
    if (Sizes.isGpu(this.sizing.size) || /^(g|p|inf|trn|dl)\d/.test(this.sizing.instanceType)) {
      badProp(this, 'hibernation', true, `instance type ${this.sizing.instanceType} (accelerated computing) does not support hibernation`, 'remove hibernation; the idle agent stops the instance instead');
    }
    if (memGiB > 150) {
      badProp(this, 'hibernation', true, `${this.sizing.instanceType} has ${memGiB} GiB of memory; EC2 hibernates instances with at most 150 GiB`, 'use a smaller size, or remove hibernation');
    }
    if (props.rootVolumeGiB !== undefined && !unresolved(props.rootVolumeGiB) && props.rootVolumeGiB < memGiB + 8) {
      badProp(this, 'rootVolumeGiB', props.rootVolumeGiB, `hibernation writes the memory (${memGiB} GiB) to the root volume, which is then too small`, `use at least ${memGiB + 8} GiB, or leave rootVolumeGiB out`);
    }
  }

  private addOutputs(): void {
    const what = `research workspace ${this.workspaceName}`;
    new CfnOutput(this, 'InstanceId', { value: this.instance.ref, description: `Instance id of ${what}` });
    new CfnOutput(this, 'SessionCommand', { value: this.sessionCommand, description: `Opens a shell on ${what} (Session Manager)` });
    for (const s of this.services) {
      new CfnOutput(this, `PortForward-${s.name}`, {
        value: this.portForwardCommand(s.port!),
        description: `Forwards ${s.name} of ${what} to localhost:${s.port}`,
      });
    }
    this.webUrls.forEach((url, i) => new CfnOutput(this, `WebUrl${i}`, { value: url, description: `Address of a web service of ${what} (OIDC sign-in)` }));
  }

  /**
   * Synth-time warnings (acknowledgeable: `Annotations.of(workspace).acknowledgeWarning(id, reason)`)
   * about what the boot provisioning cannot do here.
   */
  private warnAboutBoot(props: ResearchWorkspaceProps): void {
    const os = props.template.os;
    const needs = [
      ...(props.storage ? ['amazon-efs-utils (to mount the lab\'s storage with TLS)'] : []),
      ...(props.owner ? ['the AWS CLI (to read the service secret)'] : []),
    ];
    const imageHasTools = os === OperatingSystem.AMAZON_LINUX_2023 || os === OperatingSystem.AMI_BASED
      || props.machineImage !== undefined || props.bakedImage !== undefined;
    if (props.egress === EgressMode.NONE && !imageHasTools && needs.length) {
      const region = Stack.of(this).region;
      Annotations.of(this).addWarningV2('rws:offline-image',
        `${this.node.path}: the lab has no internet (egress none) and template "${props.template.slug}" boots the public ${os} image, which lacks ${needs.join(' and ')}: `
        + 'the boot provisioning cannot download them and stops with that reason. Fix: use an Amazon Linux 2023 template (template: amazon-linux-2023, or inherits: [amazon-linux-2023] in one of your own: '
        + 'the AWS CLI is preinstalled, amazon-efs-utils comes from its repositories through the S3 endpoint); '
        + `or bake both into an image of ${os} and give workspace "${this.workspaceName}" amis: { ${Token.isUnresolved(region) ? '<region>' : region}: ami-... } in lab.yaml (code: machineImage); `
        + 'or set egress: proxied in lab.yaml.');
    }
    for (const w of this.userData.warnings) {
      if (w.code === 'offline-needs-internet') {
        Annotations.of(this).addWarningV2(`rws:${w.code}`, offlineBootWarning({
          path: this.node.path, workspace: this.workspaceName, template: props.template.slug, backend: 'aws', message: w.message,
        }));
      }
    }
  }

  /** Findings that are by design, acknowledged here with the reason. */
  private acknowledgeByDesign(props: ResearchWorkspaceProps): void {
    const rotation = 'The secret is a service token generated per workspace and read by the workspace at boot; rotating it in Secrets Manager without restarting the services would lock the owner out of Jupyter/RStudio/code-server. It is regenerated whenever the workspace is rebuilt, readable only by this workspace\'s role, and never leaves the account (no output, no log).';
    ack(this.serviceSecret, ['AwsSolutions-SMG4', 'HIPAA.Security-SecretsManagerRotationEnabled', 'NIST.800.53.R5-SecretsManagerRotationEnabled'], rotation);
    if (!props.encryptionKey) {
      ack(this.serviceSecret, ['HIPAA.Security-SecretsManagerUsingKMSKey', 'NIST.800.53.R5-SecretsManagerUsingKMSKey'], 'The service token is encrypted with the AWS managed key of Secrets Manager; pass encryptionKey (LabStack passes the lab\'s customer managed key) when your controls require a customer managed key.');
    }
    if (!(props.detailedMonitoring ?? false)) {
      const reason = 'Basic (5-minute) EC2 metrics are enough for the idle alarm, which evaluates 5-minute maxima; one-minute metrics are billed per instance and add nothing for a single-user workstation. Set detailedMonitoring: true to turn them on.';
      ack(this.instance, ['AwsSolutions-EC28', 'HIPAA.Security-EC2InstanceDetailedMonitoringEnabled', 'NIST.800.53.R5-EC2InstanceDetailedMonitoringEnabled'], reason);
    }
    if (!(props.terminationProtection ?? false)) {
      ack(this.instance, ['AwsSolutions-EC29'],
        'Research data lives on the lab\'s shared file system (retained, backed up); the root volume holds only what the template installs and is rebuilt from it. Termination protection would make removing a workspace from the lab definition fail. Set terminationProtection: true for a workspace with state on its root volume.');
    }
  }
}

function usesContainers(t: ResolvedTemplate): boolean {
  const p = t.definition.packages ?? {};
  return [...(p.system ?? []), ...(p.conda ?? [])].some((x) => CONTAINER_PACKAGES.test(x.split(/[=<>:]/).pop()!.trim()));
}

/** Families that support EBS optimization (burstable t2 does not, nano/micro of older families neither). */
function ebsOptimizable(type: string): boolean {
  return !/^t2\./.test(type);
}

