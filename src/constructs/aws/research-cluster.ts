import { Aws, Stack, Tags, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as pcs from 'aws-cdk-lib/aws-pcs';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { PolicyBoundary } from './policy-boundary';
import { ack } from './private/airlock-nag';
import { lockedSecurityGroup, sessionManagerPolicy } from './private/perimeter';
import { badProp, checkInt, ManagedPolicyRole, unresolved } from '../private/props';
import { LAB_HOME_SUBDIRECTORY, LAB_MOUNT_POINT, publishedRegistry, toolsParameters } from './private/userdata-adapter';
import { ResearchUserRegistry } from './research-user-registry';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { checkKnownProps } from '../../private/known-props';
import { ClusterNode } from '../../workspaces/cluster';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { PriceTable } from '../../workspaces/pricing';
import { fail } from '../../workspaces/private/error';
import { LAB_TAG } from '../../workspaces/private/tags';
import { Architecture, Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { UserRegistry } from '../../workspaces/users';

/**
 * A Slurm queue of the cluster: one compute node group of one instance type, scaled from zero.
 */
export interface ClusterQueueDefinition {
  /** Queue (Slurm partition) name: lowercase letters, digits and "-". */
  readonly name: string;
  /**
   * Size of the queue's nodes (the lab's sizes).
   * @default WorkspaceSize.M
   */
  readonly size?: WorkspaceSize;
  /**
   * CPU architecture of the nodes.
   * @default Architecture.X86_64
   */
  readonly architecture?: Architecture;
  /**
   * Exact instance type (wins over size).
   * @default - the size's type on the architecture
   */
  readonly instanceType?: string;
  /**
   * Most nodes running at once. Idle nodes are terminated, down to none.
   * @default 4
   */
  readonly maxInstances?: number;
  /**
   * Run the queue's nodes on spot capacity.
   * @default false
   */
  readonly spot?: boolean;
}

/**
 * Properties of a ResearchCluster.
 */
export interface ResearchClusterProps {
  /** VPC of the cluster. */
  readonly vpc: ec2.IVpc;
  /**
   * Subnets of the controller and the nodes.
   * @default - the VPC's isolated subnets, else its private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;
  /**
   * The lab's network: the nodes' security group gets exactly the egress of the lab's egress mode.
   * @default - no network: HTTPS (443) out only, besides the cluster's own traffic
   */
  readonly labNetwork?: LabNetwork;
  /** The lab's research users: accounts on every node with their registry uid and gid. */
  readonly registry: UserRegistry;
  /**
   * The lab's registry publication (LabStack's `users`): with it, the nodes fetch the registry
   * from its SSM parameters or S3 object when the registry does not fit in their user-data (the
   * node role reads exactly those), and the nodes carry its target tag, so its State Manager
   * association re-syncs running nodes when the registry changes.
   * @default - the registry travels in the user-data (about 290 users fit) and running nodes are not re-synced
   */
  readonly userRegistry?: ResearchUserRegistry;
  /**
   * Registry users who get an account on the nodes.
   * @default - every user of the registry
   */
  readonly users?: string[];
  /**
   * The lab's shared storage, mounted at /shared on every node (homes at /shared/home/<user>, as on the workstations).
   * @default - homes on the nodes' own disks
   */
  readonly storage?: SharedEfs;
  /**
   * The lab's Lustre scratch, mounted at /scratch on every node with /scratch/<user> per account.
   * @default - no Lustre
   */
  readonly scratch?: SharedLustre;
  /**
   * AMI of the nodes: an image AWS PCS supports (with the PCS agent and Slurm of `slurmVersion`,
   * e.g. an AWS PCS sample image, or one built from it).
   */
  readonly amiId: string;
  /**
   * The queues.
   * @default - one queue "compute" of size M, at most 4 nodes
   */
  readonly queues?: ClusterQueueDefinition[];
  /**
   * A login node group with one node always running (billed while the cluster exists).
   * @default false
   */
  readonly loginNode?: boolean;
  /**
   * Size of the login node.
   * @default WorkspaceSize.S
   */
  readonly loginSize?: WorkspaceSize;
  /**
   * Controller size: "SMALL", "MEDIUM" or "LARGE" (AWS PCS's; up to 32, 512 and 2048 nodes).
   * @default "SMALL"
   */
  readonly controllerSize?: string;
  /**
   * Slurm version AWS PCS runs.
   * @default "24.11"
   */
  readonly slurmVersion?: string;
  /**
   * Minutes a node may be idle before Slurm terminates it.
   * @default 10
   */
  readonly idleMinutes?: number;
  /**
   * Root volume of every node in GiB (gp3, encrypted).
   * @default 64
   */
  readonly rootVolumeGiB?: number;
  /**
   * Key of the nodes' root volumes.
   * @default - the account's default EBS key (aws/ebs)
   */
  readonly rootVolumeEncryptionKey?: kms.IKey;
  /**
   * Lab name: tags and resource names.
   * @default - the lab name of the PolicyBoundary in scope, else "research-lab"
   */
  readonly labName?: string;
  /**
   * Name of the cluster.
   * @default - "<lab>-cluster"
   */
  readonly clusterName?: string;
  /**
   * The policy the nodes' instance types are checked against at synth.
   * @default - the policy of the PolicyBoundary in scope, else none
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Internet access of the lab (what the policy's egress rule checks).
   * @default - the lab network's mode, else not checked
   */
  readonly egress?: EgressMode;
  /**
   * Price table for the cost estimate and the policy's cost rule.
   * @default PriceTable.bundled()
   */
  readonly prices?: PriceTable;
  /**
   * Further tags.
   * @default - none
   */
  readonly tags?: { [key: string]: string };
}

/** Policy rules that apply to a cluster node (templates, owners and connections do not). */
const NODE_RULES = new Set(['size-not-allowed', 'instance-family-denied', 'instance-family-not-allowed', 'cost-too-high', 'region-not-allowed', 'egress-not-allowed']);

/**
 * A Slurm cluster on AWS Parallel Computing Service for a research lab, on the lab's identities.
 *
 * - An `AWS::PCS::Cluster` (Slurm) in the lab's private subnets, with a security group that has
 *   no default egress: the cluster's own traffic among its members, and the lab's egress mode.
 * - One compute node group and one queue per `queues` entry, from the lab's sizes, with
 *   `MinInstanceCount: 0`: idle nodes are terminated after `idleMinutes`, so an idle cluster
 *   costs its controller only. A login node group (one node) only with `loginNode`.
 * - Launch templates with IMDSv2 required, encrypted gp3 root volumes, no public address, and
 *   user-data generated by the lab's provisioning (`ClusterNode`): the registry's accounts with
 *   their uids and gids, the lab's EFS homes at /shared/home, the Lustre scratch at /scratch.
 * - One instance role (path `/aws-pcs/`, as AWS PCS requires), under the lab's permissions
 *   boundary: node registration with this cluster, Session Manager, the lab storage's client
 *   grants, nothing else.
 * - Instance types checked against the lab policy at synth; cost tags `research:lab`,
 *   `research:service` and `research:queue`.
 *
 * @example
 * new ResearchCluster(this, 'Cluster', { vpc, registry, storage, scratch, amiId: 'ami-0123456789abcdef0', queues: [{ name: 'cpu', size: WorkspaceSize.L, maxInstances: 8 }] });
 */
export class ResearchCluster extends Construct {
  /** The cluster. */
  public readonly cluster: pcs.CfnCluster;
  /** The security group of the controller and nodes. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** Network connections of the nodes. */
  public readonly connections: ec2.Connections;
  /** The nodes' role. */
  public readonly role: iam.Role;
  /** Lab name. */
  public readonly labName: string;
  /** The queue definitions in effect. */
  public readonly queues: ClusterQueueDefinition[];
  /** Whether the nodes fetch the registry from the lab's publication (else it is in their user-data). */
  public readonly registryFetched: boolean;

  private readonly groupMap = new Map<string, pcs.CfnComputeNodeGroup>();
  private readonly queueMap = new Map<string, pcs.CfnQueue>();
  private readonly templateMap = new Map<string, ec2.LaunchTemplate>();
  private readonly typeMap = new Map<string, string>();
  private readonly userDataMap = new Map<string, string>();
  private readonly prices: PriceTable;
  private readonly loginType?: string;

  constructor(scope: Construct, id: string, props: ResearchClusterProps) {
    super(scope, id);
    checkKnownProps(this, 'ResearchClusterProps', props);
    this.labName = props.labName ?? PolicyBoundary.of(this)[0]?.labName ?? 'research-lab';
    this.prices = props.prices ?? PriceTable.bundled();
    this.queues = props.queues ?? [{ name: 'compute', size: WorkspaceSize.M, maxInstances: 4 }];
    this.validate(props);
    if (props.loginNode) this.loginType = Sizes.ec2InstanceType(props.loginSize ?? WorkspaceSize.S, Architecture.X86_64);
    for (const q of this.queues) {
      this.typeMap.set(q.name, q.instanceType ?? Sizes.ec2InstanceType(q.size ?? WorkspaceSize.M, q.architecture ?? Architecture.X86_64));
    }
    this.checkPolicy(props);

    const subnets = props.vpc.selectSubnets(props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
      ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnetIds;
    if (subnets.length === 0) badProp(this, 'vpcSubnets', undefined, 'selects no subnets', 'give the VPC private or isolated subnets, or select existing ones');

    const description = `Slurm cluster of lab ${this.labName}: controller and nodes, no inbound access but from each other`;
    const sg = props.labNetwork
      ? props.labNetwork.workspaceSecurityGroup(this, 'SecurityGroup', description)
      : (() => {
        const g = lockedSecurityGroup(this, 'SecurityGroup', props.vpc, description);
        g.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS (AWS PCS, Session Manager, AWS APIs)');
        return g;
      })();
    // Slurm (slurmctld 6817, slurmd 6818, srun's and MPI's ephemeral ports) among the members.
    sg.addIngressRule(sg, ec2.Port.allTraffic(), 'Slurm controller and nodes among themselves');
    sg.addEgressRule(sg, ec2.Port.allTraffic(), 'Slurm controller and nodes among themselves');
    this.securityGroup = sg;
    this.connections = new ec2.Connections({ securityGroups: [sg] });
    if (props.storage) props.storage.allowFrom(this);
    if (props.scratch) props.scratch.allowFrom(this);
    if (props.labNetwork) {
      // Nodes register with AWS PCS over its API: an endpoint of the lab's (and its name through
      // the DNS Firewall), so that a lab without internet can run a cluster.
      const r = Stack.of(this).region;
      const rn = Token.isUnresolved(r) ? Aws.REGION : r;
      props.labNetwork.addServiceEndpoint('Pcs', new ec2.InterfaceVpcEndpointService(`com.amazonaws.${rn}.pcs`, 443), [`pcs.${rn}.amazonaws.com`]);
    }

    const name = props.clusterName ?? `${this.labName}-cluster`.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 40);
    this.cluster = new pcs.CfnCluster(this, 'Resource', {
      name,
      scheduler: { type: 'SLURM', version: props.slurmVersion ?? '24.11' },
      size: props.controllerSize ?? 'SMALL',
      // AWS PCS places the controller in one subnet; the nodes use all of them.
      networking: { subnetIds: [subnets[0]], securityGroupIds: [sg.securityGroupId] },
      slurmConfiguration: { scaleDownIdleTimeInSeconds: (props.idleMinutes ?? 10) * 60 },
    });

    this.role = new ManagedPolicyRole(this, 'NodeRole', {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      path: '/aws-pcs/',
      description: `Nodes of the Slurm cluster of lab ${this.labName}`,
    });
    this.role.addToPrincipalPolicy(new iam.PolicyStatement({
      sid: 'RegisterWithThisCluster',
      actions: ['pcs:RegisterComputeNodeGroupInstance'],
      resources: [this.cluster.attrArn],
    }));
    sessionManagerPolicy(this, 'SessionManager', this.role, `the Slurm cluster of lab ${this.labName}`);
    if (props.storage) {
      props.storage.grantReadWrite(this.role);
      props.storage.grantRootAccess(this.role);
    }
    const profile = new iam.InstanceProfile(this, 'InstanceProfile', { role: this.role, path: '/aws-pcs/' });

    const region = Stack.of(this).region;
    // The user sync script from the stack's SSM tool parameters (read access granted by name), so
    // that EC2's 16 KB hold the registry.
    const tools = { parameterPrefix: toolsParameters(this, this.role), region: Token.isUnresolved(region) ? Aws.REGION : region };
    const reg = props.userRegistry;
    const registrySource = reg ? {
      region: tools.region,
      parameterNames: reg.asset ? undefined : reg.parameterNames,
      s3Url: reg.asset ? `s3://${reg.asset.s3BucketName}/${reg.asset.s3ObjectKey}` : undefined,
    } : undefined;
    const nodeOptions = (group: string) => ({
      tools,
      registrySource,
      registry: props.registry,
      users: props.users,
      nodeGroup: group,
      where: this.node.path,
      efs: props.storage ? {
        fileSystemId: props.storage.fileSystem.fileSystemId,
        region: Token.isUnresolved(region) ? Aws.REGION : region,
        mountPoint: LAB_MOUNT_POINT,
        homeSubdirectory: LAB_HOME_SUBDIRECTORY,
        iam: props.storage.iamAuthorization,
      } : undefined,
      lustre: props.scratch ? {
        dnsName: props.scratch.dnsName,
        mountName: props.scratch.mountName,
        // Quotas from one node: the login node, else every node (idempotent, the same values).
        quotas: group === 'login' || !props.loginNode ? props.scratch.quotaSettings : undefined,
      } : undefined,
    });
    const nodeUserData = (group: string) => ClusterNode.userData(nodeOptions(group));
    // Read access to the publication only when the nodes fetch it (a registry too large to carry).
    this.registryFetched = !!reg && [...this.queues.map((q) => q.name), ...(props.loginNode ? ['login'] : [])]
      .some((g) => ClusterNode.fetchesRegistry(nodeOptions(g)));
    if (this.registryFetched) reg!.grantRead(this.role);

    const groups: Array<{ key: string; type: string; min: number; max: number; spot: boolean; queue?: string }> = [
      ...this.queues.map((q) => ({
        key: q.name, type: this.typeMap.get(q.name)!, min: 0, max: q.maxInstances ?? 4, spot: q.spot ?? false, queue: q.name,
      })),
      ...(this.loginType ? [{ key: 'login', type: this.loginType, min: 1, max: 1, spot: false }] : []),
    ];
    for (const g of groups) {
      const ud = nodeUserData(g.key);
      this.userDataMap.set(g.key, ud);
      const lt = new ec2.LaunchTemplate(this, `LaunchTemplate-${g.key}`, {
        securityGroup: sg,
        requireImdsv2: true,
        httpTokens: ec2.LaunchTemplateHttpTokens.REQUIRED,
        httpEndpoint: true,
        httpPutResponseHopLimit: 1,
        associatePublicIpAddress: false,
        blockDevices: [{
          deviceName: '/dev/xvda',
          volume: ec2.BlockDeviceVolume.ebs(props.rootVolumeGiB ?? 64, {
            encrypted: true, kmsKey: props.rootVolumeEncryptionKey, volumeType: ec2.EbsDeviceVolumeType.GP3, deleteOnTermination: true,
          }),
        }],
        userData: ec2.UserData.custom(ud),
      });
      // The registry's State Manager association targets machines by this tag: running nodes are
      // re-synced (with the selection their provisioning recorded) when the registry changes.
      if (reg) Tags.of(lt).add(reg.targetTagKey, reg.targetTagValue);
      this.templateMap.set(g.key, lt);
      const group = new pcs.CfnComputeNodeGroup(this, `NodeGroup-${g.key}`, {
        clusterId: this.cluster.attrId,
        name: g.key,
        amiId: props.amiId,
        customLaunchTemplate: { templateId: lt.launchTemplateId, version: lt.latestVersionNumber },
        iamInstanceProfileArn: profile.instanceProfileArn,
        instanceConfigs: [{ instanceType: g.type }],
        scalingConfiguration: { minInstanceCount: g.min, maxInstanceCount: g.max },
        subnetIds: subnets,
        purchaseOption: g.spot ? 'SPOT' : 'ONDEMAND',
        tags: { [LAB_TAG]: this.labName, 'research:service': 'cluster', ...(g.queue ? { 'research:queue': g.queue } : { 'research:role': 'login' }) },
      });
      this.groupMap.set(g.key, group);
      if (g.queue) {
        this.queueMap.set(g.queue, new pcs.CfnQueue(this, `Queue-${g.queue}`, {
          clusterId: this.cluster.attrId,
          name: g.queue,
          computeNodeGroupConfigurations: [{ computeNodeGroupId: group.attrId }],
          tags: { [LAB_TAG]: this.labName, 'research:service': 'cluster', 'research:queue': g.queue },
        }));
      }
    }
    Tags.of(this).add(LAB_TAG, this.labName);
    Tags.of(this).add('research:service', 'cluster');
    for (const [k, v] of Object.entries(props.tags ?? {})) Tags.of(this).add(k, v);
    this.acknowledgeByDesign();
  }

  /** Node group names (queues, then "login" when there is one). */
  public get nodeGroupNames(): string[] {
    return [...this.groupMap.keys()];
  }

  /** The compute node group of a queue, or the login group ("login"). */
  public nodeGroup(name: string): pcs.CfnComputeNodeGroup {
    const g = this.groupMap.get(name);
    if (!g) throw new Error(`${this.node.path}: no node group "${name}". Fix: use one of ${this.nodeGroupNames.join(', ')}`);
    return g;
  }

  /** The launch template of a node group. */
  public launchTemplate(name: string): ec2.LaunchTemplate {
    this.nodeGroup(name);
    return this.templateMap.get(name)!;
  }

  /** The user-data (MIME) of a node group, as generated (deploy-time values as tokens). */
  public nodeUserData(name: string): string {
    this.nodeGroup(name);
    return this.userDataMap.get(name)!;
  }

  /** The Slurm queue of a queue definition. */
  public queue(name: string): pcs.CfnQueue {
    const q = this.queueMap.get(name);
    if (!q) throw new Error(`${this.node.path}: no queue "${name}". Fix: use one of ${[...this.queueMap.keys()].join(', ')}`);
    return q;
  }

  /** Instance type of a queue's nodes. */
  public instanceTypeOf(queue: string): string {
    this.queue(queue);
    return this.typeMap.get(queue)!;
  }

  /**
   * Estimated on-demand cost per hour in USD of the nodes when idle (the login node only; compute
   * scales to zero). The AWS PCS controller is billed on top (see docs/hpc.md).
   */
  public get idleHourlyCost(): number {
    return this.loginType ? this.prices.hourly(this.loginType) ?? 0 : 0;
  }

  /** Estimated on-demand cost per hour in USD with every queue at its maximum (known prices only), the login node included. */
  public get maxHourlyCost(): number {
    return this.queues.reduce((s, q) => s + (q.maxInstances ?? 4) * (this.prices.hourly(this.typeMap.get(q.name)!) ?? 0), 0) + this.idleHourlyCost;
  }

  private validate(props: ResearchClusterProps): void {
    if (!unresolved(props.amiId) && !/^ami-[0-9a-f]{8,17}$/.test(props.amiId ?? '')) {
      badProp(this, 'amiId', props.amiId, 'not an AMI id', 'give an image AWS PCS supports, e.g. an AWS PCS sample image "ami-0123456789abcdef0"');
    }
    if (this.queues.length === 0) badProp(this, 'queues', [], 'a cluster needs at least one queue', 'add e.g. { name: "cpu", size: "M" }');
    const seen = new Set<string>();
    this.queues.forEach((q, i) => {
      const f = `queues[${i}]`;
      if (!/^[a-z][a-z0-9-]{0,24}$/.test(q.name ?? '') || q.name === 'login') {
        badProp(this, `${f}.name`, q.name, 'a queue name starts with a lowercase letter and holds lowercase letters, digits and "-" (at most 25), and is not "login"', 'use e.g. "cpu"');
      }
      if (seen.has(q.name)) badProp(this, `${f}.name`, q.name, 'another queue has this name', 'give every queue its own name');
      seen.add(q.name);
      if (q.instanceType !== undefined && !unresolved(q.instanceType) && !/^[a-z][a-z0-9-]*\.[a-z0-9]+$/.test(q.instanceType)) {
        badProp(this, `${f}.instanceType`, q.instanceType, 'not an EC2 instance type', 'write e.g. "c6i.4xlarge", or give a size instead');
      }
      checkInt(this, `${f}.maxInstances`, q.maxInstances, 1, 2048, 'use e.g. 8');
    });
    if (props.controllerSize !== undefined && !['SMALL', 'MEDIUM', 'LARGE'].includes(props.controllerSize)) {
      badProp(this, 'controllerSize', props.controllerSize, 'not an AWS PCS controller size', 'use "SMALL", "MEDIUM" or "LARGE"');
    }
    checkInt(this, 'idleMinutes', props.idleMinutes, 1, 1440, 'use e.g. 10 (minutes)');
    checkInt(this, 'rootVolumeGiB', props.rootVolumeGiB, 30, 16384, 'use e.g. 64 (GiB)');
    const names = new Set(props.registry.users.map((u) => u.name));
    if (props.userRegistry && props.userRegistry.sha256 !== publishedRegistry(props.registry).sha256) {
      badProp(this, 'userRegistry', props.userRegistry.node.path, 'publishes another registry than `registry`', 'give the ResearchUserRegistry made from the same registry');
    }
    const qr = props.scratch?.quotaRegistry;
    if (qr && publishedRegistry(qr).sha256 !== publishedRegistry(props.registry).sha256) {
      badProp(this, 'scratch', props.scratch!.node.path, 'its quotas are of another registry than `registry`: the ids would differ', 'give SharedLustre the same registry as the cluster');
    }
    for (const u of props.users ?? []) {
      if (!names.has(u)) badProp(this, 'users', u, `user "${u}" is not in the registry ${props.registry.sourceName}`, 'add the user to the registry, or remove the name');
    }
  }

  private checkPolicy(props: ResearchClusterProps): void {
    const policy = props.policy ?? PolicyBoundary.of(this)[0]?.policy;
    if (!policy) return;
    const region = Stack.of(this).region;
    const egress = props.egress ?? props.labNetwork?.egress;
    const nodes: Array<[string, string]> = [
      ...this.queues.map((q, i): [string, string] => [q.instanceType ? `queues[${i}].instanceType` : `queues[${i}].size`, this.typeMap.get(q.name)!]),
      ...(this.loginType ? [['loginSize', this.loginType] as [string, string]] : []),
    ];
    for (const [field, instanceType] of nodes) {
      const v = policy.evaluate({
        name: `${this.node.path} (${field})`,
        template: 'slurm-cluster',
        instanceType,
        region: Token.isUnresolved(region) ? undefined : region,
        egress,
        hourlyCost: this.prices.hourly(instanceType),
      }, this.prices).find((x) => NODE_RULES.has(x.rule));
      if (!v) continue;
      fail({ code: `policy-${v.rule}`, message: v.message.replace(/ Fix: .*$/, '').replace(/\.$/, ''), field, value: v.requested, fix: v.fix, location: { file: this.node.path } });
    }
  }

  private acknowledgeByDesign(): void {
    const members = 'Self-referencing rule: only the cluster\'s own controller and nodes (this security group) reach each other, on every port, as Slurm (slurmctld, slurmd, srun) and MPI jobs need; nothing outside the group is admitted.';
    ack(this.securityGroup, ['HIPAA.Security-EC2RestrictedCommonPorts', 'NIST.800.53.R5-EC2RestrictedCommonPorts'], members);
    ack(this.role, ['AwsSolutions-IAM5'], 'Session Manager\'s agent actions have no resource-level permissions (a policy of their own); node registration names this cluster only.');
  }
}
