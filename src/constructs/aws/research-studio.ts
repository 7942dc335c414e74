import { Aws, Stack, Tags, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { LabNetwork } from './lab-network';
import { PolicyBoundary } from './policy-boundary';
import { acknowledge } from './private/acknowledge';
import { lockedSecurityGroup } from './private/perimeter';
import { SharedEfs } from './shared-efs';
import { SharedLustre } from './shared-lustre';
import { checkKnownProps } from '../../private/known-props';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { fail } from '../../workspaces/private/error';
import { LAB_TAG } from '../../workspaces/private/tags';
import { Notebooks } from '../../workspaces/studio';
import { UserRegistry } from '../../workspaces/users';
import { badProp, checkInt, ManagedPolicyRole, unresolved } from '../private/props';
import { RenderOnceNestedStack } from './private/render-once-stack';

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
  readonly tags?: { [key: string]: string };

  /**
   * Labs with more than 25 users get their user profiles (with their execution roles) in nested
   * stacks, this many uids to a stack (a profile's stack depends on its uid alone, so it never
   * moves when users come and go); smaller labs keep them in the studio's stack.
   * @default 100
   */
  readonly profilesPerStack?: number;
}

/** The lowest uid SageMaker Studio runs a custom POSIX identity with. */
export const STUDIO_MIN_UID = 10000;
/** The lowest gid SageMaker Studio runs a custom POSIX identity with. */
export const STUDIO_MIN_GID = 1001;
/** The highest uid and gid SageMaker Studio runs a custom POSIX identity with. */
export const STUDIO_MAX_ID = 4000000;

/** Where SageMaker mounts a custom EFS file system in JupyterLab and Code Editor apps. */
export const STUDIO_EFS_MOUNT_BASE = '/mnt/custom-file-systems/efs';

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
export class ResearchStudio extends Construct {
  /** The domain. */
  public readonly domain: sagemaker.CfnDomain;
  /** The apps' security group. */
  public readonly securityGroup: ec2.ISecurityGroup;
  /** Network connections of the apps. */
  public readonly connections: ec2.Connections;
  /** Default instance type. */
  public readonly instanceType: string;
  /** Instance types users may choose. */
  public readonly instanceTypes: string[];
  /** Idle minutes before an app is shut down. */
  public readonly idleMinutes: number;
  /** Role of the shared spaces (and the domain's default). */
  public readonly defaultRole: iam.Role;
  /** Lab name. */
  public readonly labName: string;

  private readonly profileMap = new Map<string, sagemaker.CfnUserProfile>();
  private readonly roleMap = new Map<string, iam.Role>();
  private readonly spaceMap = new Map<string, sagemaker.CfnSpace>();
  private readonly spaceInstanceTypes = new Map<string, string>();

  constructor(scope: Construct, id: string, props: ResearchStudioProps) {
    super(scope, id);
    checkKnownProps(this, 'ResearchStudioProps', props);
    this.labName = props.labName ?? PolicyBoundary.of(this)[0]?.labName ?? 'research-lab';
    this.instanceType = props.instanceType ?? Notebooks.DEFAULT_INSTANCE_TYPE;
    this.instanceTypes = [...new Set([this.instanceType, ...(props.instanceTypes ?? [])])];
    this.idleMinutes = props.idleMinutes ?? 60;
    const users = props.users ?? props.registry.users.map((u) => u.name);
    this.validate(props, users);

    const subnets = props.vpc.selectSubnets(props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
      ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnetIds;
    if (subnets.length === 0) badProp(this, 'vpcSubnets', undefined, 'selects no subnets', 'give the VPC private or isolated subnets, or select existing ones');

    // Security group: the lab's egress, NFS to the lab's storage, and the apps among themselves
    // (SageMaker's documented range for app-to-app traffic in VPC-only mode).
    const description = `SageMaker Studio apps of lab ${this.labName}: no inbound access but from each other`;
    const sg = props.labNetwork
      ? props.labNetwork.workspaceSecurityGroup(this, 'SecurityGroup', description)
      : (() => {
        const g = lockedSecurityGroup(this, 'SecurityGroup', props.vpc, description);
        g.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS (AWS APIs)');
        return g;
      })();
    sg.addIngressRule(sg, ec2.Port.tcpRange(8192, 65535), 'Studio apps among themselves');
    sg.addEgressRule(sg, ec2.Port.tcpRange(8192, 65535), 'Studio apps among themselves');
    this.securityGroup = sg;
    this.connections = new ec2.Connections({ securityGroups: [sg] });
    if (props.storage) props.storage.allowFrom(this);
    if (props.scratch) props.scratch.allowFrom(this);
    if (props.labNetwork) {
      const region = Stack.of(this).region;
      const name = (s: string) => `${s}.${Token.isUnresolved(region) ? Aws.REGION : region}.amazonaws.com`;
      props.labNetwork.addServiceEndpoint('SageMakerApi', ec2.InterfaceVpcEndpointAwsService.SAGEMAKER_API, [name('api.sagemaker')]);
      props.labNetwork.addServiceEndpoint('SageMakerRuntime', ec2.InterfaceVpcEndpointAwsService.SAGEMAKER_RUNTIME, [name('runtime.sagemaker')]);
      props.labNetwork.addServiceEndpoint('Sts', ec2.InterfaceVpcEndpointAwsService.STS, [name('sts')]);
    }

    const fileSystemList = [
      ...(props.storage ? [{ efsFileSystemConfig: { fileSystemId: props.storage.fileSystem.fileSystemId, fileSystemPath: '/' } }] : []),
      ...(props.scratch ? [{ fSxLustreFileSystemConfig: { fileSystemId: props.scratch.fileSystem.ref, fileSystemPath: '/' } }] : []),
    ];
    const fileSystems = fileSystemList.length ? fileSystemList : undefined;
    const idle = {
      appLifecycleManagement: {
        idleSettings: {
          lifecycleManagement: 'ENABLED',
          idleTimeoutInMinutes: this.idleMinutes,
          minIdleTimeoutInMinutes: 60,
          maxIdleTimeoutInMinutes: this.idleMinutes,
        },
      },
    };
    const appSettings = (instanceType: string) => ({
      jupyterLabAppSettings: { defaultResourceSpec: { instanceType }, ...idle },
      codeEditorAppSettings: { defaultResourceSpec: { instanceType }, ...idle },
    });

    this.defaultRole = this.executionRole(this, 'SpaceRole', 'shared spaces (and the domain default)', props.storage);
    const spaceUser = props.spaceUser ? Notebooks.posixIdentity(props.registry, props.spaceUser) : undefined;
    const domainName = props.domainName ?? `${this.labName}-studio`.replace(/[^A-Za-z0-9-]/g, '-').slice(0, 63);
    this.domain = new sagemaker.CfnDomain(this, 'Domain', {
      domainName,
      authMode: 'IAM',
      appNetworkAccessType: 'VpcOnly',
      vpcId: props.vpc.vpcId,
      subnetIds: subnets,
      kmsKeyId: props.encryptionKey?.keyArn,
      // Homes are the lab's: SageMaker's own home file system (it still creates one: cfn-lint
      // 1.51 does not know HomeEfsFileSystemCreation yet) is never mounted (autoMountHomeEfs).
      tagPropagation: 'ENABLED',
      defaultUserSettings: {
        executionRole: this.defaultRole.roleArn,
        securityGroups: [sg.securityGroupId],
        studioWebPortal: 'ENABLED',
        defaultLandingUri: 'studio::',
        studioWebPortalSettings: {
          // Apps without SageMaker's idle shutdown, or outside the lab's identity model.
          hiddenAppTypes: ['JupyterServer', 'RStudioServerPro', 'Canvas'],
        },
        ...appSettings(this.instanceType),
      },
      defaultSpaceSettings: {
        executionRole: this.defaultRole.roleArn,
        securityGroups: [sg.securityGroupId],
        customPosixUserConfig: spaceUser ? { uid: spaceUser.uid, gid: spaceUser.gid } : undefined,
        // Only with a registry identity: a space running as SageMaker's default uid would
        // otherwise see the lab's folders as a stranger.
        customFileSystemConfigs: spaceUser ? fileSystems : undefined,
        jupyterLabAppSettings: { defaultResourceSpec: { instanceType: this.instanceType }, ...idle },
      },
    });
    // aws-cdk-lib 2.276 does not render autoMountHomeEfs (CloudFormation: AutoMountHomeEFS): set as an override.
    this.domain.addPropertyOverride('DefaultUserSettings.AutoMountHomeEFS', 'Disabled');
    Tags.of(this).add(LAB_TAG, this.labName);
    Tags.of(this).add('research:service', 'studio');
    for (const [k, v] of Object.entries(props.tags ?? {})) Tags.of(this).add(k, v);

    const perStack = props.profilesPerStack ?? 100;
    // Three resources a user: past 25 users they would crowd the lab's own stack.
    const many = users.length > Math.min(perStack, 25);
    const stacks = new Map<string, Construct>();
    for (const name of users) {
      const u = props.registry.user(name);
      let holder: Construct = this;
      if (many) {
        const key = `Profiles${Math.floor(u.uid / perStack)}`;
        holder = stacks.get(key) ?? new RenderOnceNestedStack(this, key, { description: `SageMaker Studio user profiles of lab ${this.labName} (${key})` });
        stacks.set(key, holder);
      }
      const role = this.executionRole(holder, `Role-${u.name}`, `user ${u.name}`, props.storage);
      const profileName = Notebooks.profileName(props.registry, u.name);
      role.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'DescribeOwnProfile',
        actions: ['sagemaker:DescribeUserProfile', 'sagemaker:DescribeDomain'],
        resources: [
          Stack.of(this).formatArn({ service: 'sagemaker', resource: 'user-profile', resourceName: `${this.domain.attrDomainId}/${profileName}` }),
          this.domain.attrDomainArn,
        ],
      }));
      const identity = Notebooks.posixIdentity(props.registry, u.name);
      const profile = new sagemaker.CfnUserProfile(holder, `Profile-${u.name}`, {
        domainId: this.domain.attrDomainId,
        userProfileName: profileName,
        userSettings: {
          executionRole: role.roleArn,
          securityGroups: [sg.securityGroupId],
          customPosixUserConfig: { uid: identity.uid, gid: identity.gid },
          customFileSystemConfigs: fileSystems,
        },
        tags: [{ key: 'research:owner', value: u.name }, { key: LAB_TAG, value: this.labName }],
      });
      profile.addPropertyOverride('UserSettings.AutoMountHomeEFS', 'Disabled');
      this.profileMap.set(u.name, profile);
      this.roleMap.set(u.name, role);
    }

    for (const s of props.spaces ?? []) {
      const type = s.instanceType ?? this.instanceType;
      const space = new sagemaker.CfnSpace(this, `Space-${s.name}`, {
        domainId: this.domain.attrDomainId,
        spaceName: s.name,
        spaceDisplayName: `${s.project} notebooks`,
        ownershipSettings: { ownerUserProfileName: Notebooks.profileName(props.registry, s.owner) },
        spaceSharingSettings: { sharingType: 'Shared' },
        spaceSettings: {
          appType: 'JupyterLab',
          // Idle shutdown: the domain's default space settings (a space has no idle settings of its own in CloudFormation).
          jupyterLabAppSettings: { defaultResourceSpec: { instanceType: type } },
          // A space mounts one custom file system: the lab's storage (homes and project folders).
          customFileSystems: props.storage ? [{ efsFileSystem: { fileSystemId: props.storage.fileSystem.fileSystemId } }]
            : props.scratch ? [{ fSxLustreFileSystem: { fileSystemId: props.scratch.fileSystem.ref } }] : undefined,
        },
        tags: [{ key: 'research:project', value: s.project }, { key: 'research:owner', value: s.owner }, { key: LAB_TAG, value: this.labName }],
      });
      space.node.addDependency(this.profileMap.get(s.owner)!);
      this.spaceMap.set(s.name, space);
      this.spaceInstanceTypes.set(s.name, type);
    }

    this.capInstanceTypes();
  }

  /** User names with a profile, in registry order. */
  public get userNames(): string[] {
    return [...this.profileMap.keys()];
  }

  /** The user profile of a registry user. */
  public userProfile(user: string): sagemaker.CfnUserProfile {
    const p = this.profileMap.get(user);
    if (!p) throw new Error(`${this.node.path}: no Studio user profile for "${user}". Fix: use one of ${[...this.profileMap.keys()].join(', ') || '(none)'}`);
    return p;
  }

  /** The execution role of a registry user's profile. */
  public executionRoleOf(user: string): iam.Role {
    this.userProfile(user);
    return this.roleMap.get(user)!;
  }

  /** The shared spaces by name. */
  public get spaceNames(): string[] {
    return [...this.spaceMap.keys()];
  }

  /** A shared space. */
  public space(name: string): sagemaker.CfnSpace {
    const s = this.spaceMap.get(name);
    if (!s) throw new Error(`${this.node.path}: no Studio space "${name}". Fix: use one of ${[...this.spaceMap.keys()].join(', ') || '(none)'}`);
    return s;
  }

  /**
   * Estimated cost per hour, in USD, with one app per user profile on the default instance
   * type and every shared space running (known prices only).
   */
  public get estimatedHourlyCost(): number {
    const users = this.profileMap.size * (Notebooks.hourlyPrice(this.instanceType) ?? 0);
    const spaces = [...this.spaceInstanceTypes.values()].reduce((a, t) => a + (Notebooks.hourlyPrice(t) ?? 0), 0);
    return users + spaces;
  }

  /** An execution role for SageMaker, capped by the lab's boundary (applied by PolicyBoundary), with the storage's client grants. */
  private executionRole(scope: Construct, id: string, what: string, storage?: SharedEfs): iam.Role {
    const role = new ManagedPolicyRole(scope, id, {
      assumedBy: new iam.ServicePrincipal('sagemaker.amazonaws.com'),
      description: `SageMaker Studio execution role of lab ${this.labName}: ${what}`,
    });
    if (storage) storage.grantReadWrite(role);
    return role;
  }

  /**
   * The lab's permissions boundary lets the execution roles read their own Studio resources,
   * and refuses apps and spaces of instance types the studio does not allow.
   */
  private capInstanceTypes(): void {
    const boundary = PolicyBoundary.of(this)[0];
    if (!boundary) return;
    const doc = boundary.permissionsBoundary;
    if (doc.node.tryFindChild('rws-studio-marker')) return;
    new Construct(doc, 'rws-studio-marker');
    doc.addStatements(
      new iam.PolicyStatement({
        sid: 'StudioDescribe',
        actions: ['sagemaker:DescribeUserProfile', 'sagemaker:DescribeDomain', 'sagemaker:DescribeSpace', 'sagemaker:DescribeApp'],
        resources: ['*'],
      }),
      new iam.PolicyStatement({
        sid: 'StudioOnlyAllowedInstanceTypes',
        effect: iam.Effect.DENY,
        actions: ['sagemaker:CreateApp', 'sagemaker:CreateSpace', 'sagemaker:UpdateSpace'],
        resources: ['*'],
        conditions: { 'ForAnyValue:StringNotEquals': { 'sagemaker:InstanceTypes': [...this.instanceTypes].sort() } },
      }),
    );
    acknowledge(doc, {
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'Permissions boundary only (grants nothing): the execution roles\' own policies name their profile and domain exactly.',
    });
  }

  private validate(props: ResearchStudioProps, users: string[]): void {
    const names = new Set(props.registry.users.map((u) => u.name));
    for (const u of users) {
      if (!names.has(u)) badProp(this, 'users', u, `user "${u}" is not in the registry ${props.registry.sourceName}`, 'add the user to the registry, or remove the name');
    }
    // SageMaker runs a custom POSIX identity only with uid 10000-4000000 and gid 1001-4000000.
    // Mapping ids would break "one researcher, one identity": a user outside is refused instead.
    for (const name of [...users, ...(props.spaceUser && names.has(props.spaceUser) ? [props.spaceUser] : [])]) {
      const u = props.registry.user(name);
      if (u.uid < STUDIO_MIN_UID || u.uid > STUDIO_MAX_ID || u.gid < STUDIO_MIN_GID || u.gid > STUDIO_MAX_ID) {
        badProp(this, users.includes(name) ? 'users' : 'spaceUser', `${name} (uid ${u.uid}, gid ${u.gid})`,
          `SageMaker Studio runs notebooks only as uid ${STUDIO_MIN_UID}-${STUDIO_MAX_ID} and gid ${STUDIO_MIN_GID}-${STUDIO_MAX_ID}, so "${name}" cannot keep their registry identity there`,
          `for a new lab, take ids from ${STUDIO_MIN_UID} (users.yaml: id_ranges: { users: { min: ${STUDIO_MIN_UID}, max: ${STUDIO_MIN_UID + 999} }, groups: { min: ${STUDIO_MIN_UID + 1000}, max: ${STUDIO_MIN_UID + 1999} } }); `
          + 'a deployed lab keeps its uids: leave these users out of Studio (studio.users)');
      }
    }
    for (const t of this.instanceTypes) {
      if (unresolved(t)) continue;
      if (!Notebooks.isInstanceType(t)) {
        badProp(this, props.instanceTypes?.includes(t) ? 'instanceTypes' : 'instanceType', t, 'not a SageMaker notebook instance type', 'write e.g. "ml.t3.medium"');
      }
    }
    checkInt(this, 'idleMinutes', props.idleMinutes, 60, 525600, 'use 60 or more: SageMaker shuts apps down after at least 60 idle minutes');
    checkInt(this, 'profilesPerStack', props.profilesPerStack, 1, 200, 'keep the default 100');
    if (props.domainName !== undefined && !/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(props.domainName)) {
      badProp(this, 'domainName', props.domainName, 'a domain name holds letters, digits and "-" (at most 63)', 'use e.g. "genomics-studio"');
    }
    if (props.spaceUser !== undefined && !names.has(props.spaceUser)) {
      badProp(this, 'spaceUser', props.spaceUser, `user "${props.spaceUser}" is not in the registry ${props.registry.sourceName}`, 'name a registry user (e.g. a service account of the project)');
    }
    const seen = new Set<string>();
    (props.spaces ?? []).forEach((s, i) => {
      const f = `spaces[${i}]`;
      if (!/^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/.test(s.name ?? '')) badProp(this, `${f}.name`, s.name, 'a space name holds letters, digits and "-" (at most 63)', 'use e.g. "genomics-notebooks"');
      if (seen.has(s.name)) badProp(this, `${f}.name`, s.name, 'another space has this name', 'give every space its own name');
      seen.add(s.name);
      if (!props.registry.groups.some((g) => g.name === s.project)) {
        badProp(this, `${f}.project`, s.project, `group "${s.project}" is not in the registry ${props.registry.sourceName}`, 'name a registry group (its project folder is /projects/<group>)');
      }
      if (!users.includes(s.owner)) badProp(this, `${f}.owner`, s.owner, 'the owner has no Studio user profile', `name one of ${users.slice(0, 10).join(', ')}`);
      if (s.instanceType !== undefined && !this.instanceTypes.includes(s.instanceType)) {
        badProp(this, `${f}.instanceType`, s.instanceType, 'not one of the studio\'s instance types', `use one of ${this.instanceTypes.join(', ')}, or add it to instanceTypes`);
      }
      if (!props.spaceUser) {
        badProp(this, 'spaceUser', undefined, 'shared spaces need the registry user they run as (SageMaker gives a domain\'s shared spaces one POSIX identity)',
          `set spaceUser to a registry user whose primary group is "${s.project}"`);
      }
      const su = props.registry.user(props.spaceUser);
      const group = props.registry.group(s.project);
      if (su.gid !== group.gid) {
        badProp(this, `${f}.project`, s.project, `shared spaces run as "${su.name}" (gid ${su.gid}, group ${su.primaryGroup}), who could not write /projects/${s.project} (gid ${group.gid})`,
          `make "${s.project}" the primary group of "${su.name}" in the registry, or use a space user whose primary group it is`);
      }
    });
    const policy = props.policy ?? PolicyBoundary.of(this)[0]?.policy;
    if (policy) {
      const region = Stack.of(this).region;
      const egress = props.egress ?? props.labNetwork?.egress;
      const known = Token.isUnresolved(region) ? undefined : region;
      for (const t of this.instanceTypes) {
        const v = policy.evaluateNotebook({ name: this.node.path, instanceType: t, region: known, egress })[0];
        if (!v) continue;
        const field = v.rule === 'studio-not-allowed' ? 'studio' : t === this.instanceType && !props.instanceTypes?.includes(t) ? 'instanceType' : 'instanceTypes';
        fail({ code: `policy-${v.rule}`, message: v.message.replace(/ Fix: .*$/, '').replace(/\.$/, ''), field, value: v.requested, fix: v.fix, location: { file: this.node.path } });
      }
    }
  }
}
