import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { UserRegistry } from '../../workspaces/users';
/**
 * A shared space for a project's notebooks.
 */
export interface StudioSpaceDefinition {
    /** Space name (letters, digits and `-`, unique in the domain). */
    readonly name: string;
    /** The registry group whose project folder (`/projects/<group>`) the space works in. */
    readonly project: string;
    /** The registry user who owns the space (their user profile). */
    readonly owner: string;
    /**
     * Instance type of the space's JupyterLab.
     * @default - the studio's instance type
     */
    readonly instanceType?: string;
}
/**
 * Properties of a ResearchStudio.
 */
export interface ResearchStudioProps {
    /** VPC of the domain (VPC-only mode: the apps' traffic stays in it). */
    readonly vpc: ec2.IVpc;
    /**
     * Subnets of the apps.
     * @default - the VPC's isolated subnets, else its private subnets
     */
    readonly vpcSubnets?: ec2.SubnetSelection;
    /**
     * The lab's network: the apps' security group gets exactly the egress of the lab's egress
     * mode, and the SageMaker API and runtime endpoints are added to its endpoints (their names
     * to its DNS Firewall).
     * @default - no network: the apps' security group allows HTTPS (443) out only
     */
    readonly labNetwork?: LabNetwork;
    /** The lab's research users: one user profile each, with their registry uid and gid. */
    readonly registry: UserRegistry;
    /**
     * Registry users who get a user profile.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * The lab's shared storage, mounted in every user profile and space (homes, projects, scratch).
     * @default - no lab storage in Studio
     */
    readonly storage?: SharedEfs;
    /**
     * The lab's FSx for Lustre scratch, mounted in every user profile and space beside `storage`.
     * @default - no Lustre in Studio
     */
    readonly scratch?: SharedLustre;
    /**
     * Lab name: tags and resource names.
     * @default - the lab name of the PolicyBoundary in scope, else "research-lab"
     */
    readonly labName?: string;
    /**
     * Name of the SageMaker domain.
     * @default - "<lab>-studio"
     */
    readonly domainName?: string;
    /**
     * Instance type a JupyterLab or Code Editor app gets by default.
     * @default "ml.t3.medium"
     */
    readonly instanceType?: string;
    /**
     * Instance types users may choose (checked against the lab policy at synth; the permissions
     * boundary refuses others at run time).
     * @default - only `instanceType`
     */
    readonly instanceTypes?: string[];
    /**
     * Minutes an app may be idle before SageMaker shuts it down (SageMaker's minimum is 60;
     * users may choose a shorter time, never a longer one).
     * @default 60
     */
    readonly idleMinutes?: number;
    /**
     * Shared spaces for project notebooks.
     * @default - none
     */
    readonly spaces?: StudioSpaceDefinition[];
    /**
     * The registry user shared spaces run as (SageMaker gives a domain's shared spaces one POSIX
     * identity): their uid, and their primary gid, which must be the group of every space's
     * project. Required with `spaces`.
     * @default - no shared spaces; the lab's storage is not mounted in spaces users create
     */
    readonly spaceUser?: string;
    /**
     * Key of the apps' storage volumes.
     * @default - an AWS managed key
     */
    readonly encryptionKey?: kms.IKey;
    /**
     * The policy the studio is checked against at synth.
     * @default - the policy of the PolicyBoundary in scope, else none
     */
    readonly policy?: WorkspacePolicy;
    /**
     * Internet access of the lab (what the policy's egress rule checks).
     * @default - the lab network's mode, else not checked
     */
    readonly egress?: EgressMode;
    /**
     * Further tags.
     * @default - none
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * Labs with more than 25 users get their user profiles (with their execution roles) in nested
     * stacks, this many uids to a stack (a profile's stack depends on its uid alone, so it never
     * moves when users come and go); smaller labs keep them in the studio's stack.
     * @default 100
     */
    readonly profilesPerStack?: number;
}
/** The lowest uid SageMaker Studio runs a custom POSIX identity with. */
export declare const STUDIO_MIN_UID = 10000;
/** The lowest gid SageMaker Studio runs a custom POSIX identity with. */
export declare const STUDIO_MIN_GID = 1001;
/** The highest uid and gid SageMaker Studio runs a custom POSIX identity with. */
export declare const STUDIO_MAX_ID = 4000000;
/** Where SageMaker mounts a custom EFS file system in JupyterLab and Code Editor apps. */
export declare const STUDIO_EFS_MOUNT_BASE = "/mnt/custom-file-systems/efs";
/**
 * SageMaker Studio for a research lab, on the lab's own identities.
 *
 * - A SageMaker domain in VPC-only mode in the lab's private subnets: apps reach only what the
 *   lab's egress mode allows, through the lab's endpoints, proxy and DNS Firewall.
 * - One user profile per registry user, running with their registry uid and gid
 *   (`CustomPosixUserConfig`) and the lab's file system mounted (`CustomFileSystemConfigs`):
 *   their home `/home/<user>` and project folders `/projects/<group>` are the same folders,
 *   with the same owners, as on every workstation. The domain's own home file system is not
 *   created.
 * - An execution role per user (and one for shared spaces), capped by the lab's permissions
 *   boundary, with the lab storage's client grants and nothing else.
 * - Shared spaces for project notebooks, running as `spaceUser`.
 * - Idle apps shut down by SageMaker (`idleMinutes`); only the allowed instance types, checked
 *   against the lab policy at synth; cost tags `research:lab`, `research:owner`, `research:project`.
 *
 * @example
 * new ResearchStudio(this, 'Studio', { vpc, registry, storage, labNetwork: network, instanceTypes: ['ml.t3.medium', 'ml.t3.xlarge'] });
 */
export declare class ResearchStudio extends Construct {
    /** The domain. */
    readonly domain: sagemaker.CfnDomain;
    /** The apps' security group. */
    readonly securityGroup: ec2.ISecurityGroup;
    /** Network connections of the apps. */
    readonly connections: ec2.Connections;
    /** Default instance type. */
    readonly instanceType: string;
    /** Instance types users may choose. */
    readonly instanceTypes: string[];
    /** Idle minutes before an app is shut down. */
    readonly idleMinutes: number;
    /** Role of the shared spaces (and the domain's default). */
    readonly defaultRole: iam.Role;
    /** Lab name. */
    readonly labName: string;
    private readonly profileMap;
    private readonly roleMap;
    private readonly spaceMap;
    private readonly spaceInstanceTypes;
    constructor(scope: Construct, id: string, props: ResearchStudioProps);
    /** User names with a profile, in registry order. */
    get userNames(): string[];
    /** The user profile of a registry user. */
    userProfile(user: string): sagemaker.CfnUserProfile;
    /** The execution role of a registry user's profile. */
    executionRoleOf(user: string): iam.Role;
    /** The shared spaces by name. */
    get spaceNames(): string[];
    /** A shared space. */
    space(name: string): sagemaker.CfnSpace;
    /**
     * Estimated cost per hour, in USD, with one app per user profile on the default instance
     * type and every shared space running (known prices only).
     */
    get estimatedHourlyCost(): number;
    /** An execution role for SageMaker, capped by the lab's boundary (applied by PolicyBoundary), with the storage's client grants. */
    private executionRole;
    /**
     * The lab's permissions boundary lets the execution roles read their own Studio resources,
     * and refuses apps and spaces of instance types the studio does not allow.
     */
    private capInstanceTypes;
    private validate;
}
