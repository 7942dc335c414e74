import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as pcs from 'aws-cdk-lib/aws-pcs';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { ResearchUserRegistry } from './research-user-registry';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { PriceTable } from '../../workspaces/pricing';
import { Architecture, WorkspaceSize } from '../../workspaces/sizes';
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
    readonly tags?: {
        [key: string]: string;
    };
}
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
export declare class ResearchCluster extends Construct {
    /** The cluster. */
    readonly cluster: pcs.CfnCluster;
    /** The security group of the controller and nodes. */
    readonly securityGroup: ec2.ISecurityGroup;
    /** Network connections of the nodes. */
    readonly connections: ec2.Connections;
    /** The nodes' role. */
    readonly role: iam.Role;
    /** Lab name. */
    readonly labName: string;
    /** The queue definitions in effect. */
    readonly queues: ClusterQueueDefinition[];
    /** Whether the nodes fetch the registry from the lab's publication (else it is in their user-data). */
    readonly registryFetched: boolean;
    private readonly groupMap;
    private readonly queueMap;
    private readonly templateMap;
    private readonly typeMap;
    private readonly userDataMap;
    private readonly prices;
    private readonly loginType?;
    constructor(scope: Construct, id: string, props: ResearchClusterProps);
    /** Node group names (queues, then "login" when there is one). */
    get nodeGroupNames(): string[];
    /** The compute node group of a queue, or the login group ("login"). */
    nodeGroup(name: string): pcs.CfnComputeNodeGroup;
    /** The launch template of a node group. */
    launchTemplate(name: string): ec2.LaunchTemplate;
    /** The user-data (MIME) of a node group, as generated (deploy-time values as tokens). */
    nodeUserData(name: string): string;
    /** The Slurm queue of a queue definition. */
    queue(name: string): pcs.CfnQueue;
    /** Instance type of a queue's nodes. */
    instanceTypeOf(queue: string): string;
    /**
     * Estimated on-demand cost per hour in USD of the nodes when idle (the login node only; compute
     * scales to zero). The AWS PCS controller is billed on top (see docs/hpc.md).
     */
    get idleHourlyCost(): number;
    /** Estimated on-demand cost per hour in USD with every queue at its maximum (known prices only), the login node included. */
    get maxHourlyCost(): number;
    private validate;
    private checkPolicy;
    private acknowledgeByDesign;
}
