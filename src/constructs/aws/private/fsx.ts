/**
 * What the lab's FSx file systems share: a locked security group that admits a file
 * system's ports only from what `allowFrom` names, the subnet a single-AZ file system lives
 * in, and the registry's per-user, per-group and per-project quotas, checked one way.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { lockedSecurityGroup } from './perimeter';
import { LustreQuotas } from '../../../workspaces/cluster';
import { MAX_QUOTA_GIB, PROJECTS_FOLDER } from '../../../workspaces/private/storage-quotas';
import { UserRegistry } from '../../../workspaces/users';
import { badProp } from '../../private/props';

/** A quota: a registry user's or group's id and its limit (a project's id is its group's gid). */
export interface RegistryQuota {
  readonly type: QuotaType;
  readonly name: string;
  readonly id: number;
  readonly gib: number;
}

/** Whose quota: a user's (uid), a group's (gid), or a project's (the project folder of a group: its gid). */
export type QuotaType = 'USER' | 'GROUP' | 'PROJECT';

/** The quota options of the lab's FSx file systems (SharedOpenZfs, SharedLustre). */
export interface RegistryQuotaProps extends LustreQuotas {
  readonly registry?: UserRegistry;
}

/** The throughputs FSx for OpenZFS SINGLE_AZ_1 offers, in MB/s. */
export const OPENZFS_THROUGHPUTS_MBPS: readonly number[] = [64, 128, 256, 512, 1024, 2048, 3072, 4096];


function wholeGiB(v: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= MAX_QUOTA_GIB;
}

/**
 * The quotas of a file system's props, checked one way for every FSx kind: any quota option
 * without a registry is refused (the ids are the registry's), defaults and named quotas are
 * whole GiB, names are the registry's. `projects` says whether the kind offers project quotas.
 */
export function checkedRegistryQuotas(scope: Construct, props: RegistryQuotaProps, projects: boolean): RegistryQuota[] {
  const fields: Array<[string, unknown]> = [
    ['userQuotaGiB', props.userQuotaGiB], ['userQuotasGiB', props.userQuotasGiB],
    ['groupQuotaGiB', props.groupQuotaGiB], ['groupQuotasGiB', props.groupQuotasGiB],
    ...(projects ? [['projectQuotaGiB', props.projectQuotaGiB], ['projectQuotasGiB', props.projectQuotasGiB]] as Array<[string, unknown]> : []),
  ];
  for (const [field, v] of fields) {
    if (v !== undefined && !props.registry) badProp(scope, field, v, 'quotas come from the registry\'s ids, and none was given', 'pass registry');
  }
  for (const [field, v] of [['userQuotaGiB', props.userQuotaGiB], ['groupQuotaGiB', props.groupQuotaGiB], ['projectQuotaGiB', props.projectQuotaGiB]] as const) {
    if (v !== undefined && !wholeGiB(v)) badProp(scope, field, v, 'a quota is a whole number of GiB (0: no quota)', 'write e.g. 100');
  }
  if (!props.registry) return [];
  const quotas = [
    ...registryQuotas(scope, props.registry, 'USER', props.userQuotaGiB, props.userQuotasGiB, 'userQuotasGiB'),
    ...registryQuotas(scope, props.registry, 'GROUP', props.groupQuotaGiB, props.groupQuotasGiB, 'groupQuotasGiB'),
    ...(projects ? registryQuotas(scope, props.registry, 'PROJECT', props.projectQuotaGiB, props.projectQuotasGiB, 'projectQuotasGiB') : []),
  ];
  // Project folders are <mount>/projects/<group>, beside the users' <mount>/<user>.
  if (quotas.some((q) => q.type === 'PROJECT') && props.registry.users.some((u) => u.name === PROJECTS_FOLDER)) {
    badProp(scope, 'projectQuotasGiB', `user "${PROJECTS_FOLDER}"`, `project folders live in <mount>/${PROJECTS_FOLDER}, which is also the scratch folder of the registry user "${PROJECTS_FOLDER}"`,
      `rename the registry user "${PROJECTS_FOLDER}", or give no project quotas`);
  }
  return quotas;
}

/** The subnets a file system goes into: the selection's, the first `count` of them. */
export function fileSystemSubnets(scope: Construct, vpc: ec2.IVpc, selection: ec2.SubnetSelection | undefined, count: number): string[] {
  const ids = vpc.selectSubnets(selection ?? (vpc.isolatedSubnets.length > 0
    ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnetIds;
  if (ids.length < count) {
    badProp(scope, 'vpcSubnets', `${ids.length} subnets`, `the file system needs ${count} subnet${count > 1 ? 's' : ''}`, 'give the VPC private or isolated subnets, or select existing ones');
  }
  return ids.slice(0, count);
}

/** A security group with no egress and no ingress until clients are admitted. */
export function fileSystemSecurityGroup(scope: Construct, vpc: ec2.IVpc, what: string): ec2.SecurityGroup {
  return lockedSecurityGroup(scope, 'SecurityGroup', vpc, `${what}: admits only the clients of the lab`);
}

/**
 * Quotas from the registry: `defaultGiB` for every user (or group, or group's project) unless
 * `byName` names them, ids always the registry's. Names not in the registry are errors.
 */
function registryQuotas(scope: Construct, registry: UserRegistry, type: QuotaType, defaultGiB: number | undefined,
  byName: { [name: string]: number } | undefined, field: string): RegistryQuota[] {
  const entries = type === 'USER' ? registry.users.map((u) => ({ name: u.name, id: u.uid })) : registry.groups.map((g) => ({ name: g.name, id: g.gid }));
  const names = new Set(entries.map((e) => e.name));
  for (const [name, gib] of Object.entries(byName ?? {})) {
    if (!names.has(name)) badProp(scope, `${field}.${name}`, gib, `${type === 'USER' ? 'user' : 'group'} "${name}" is not in the registry ${registry.sourceName}`, 'name a registry user or group, or remove the entry');
    if (!wholeGiB(gib)) badProp(scope, `${field}.${name}`, gib, 'a quota is a whole number of GiB (0: no quota)', 'write e.g. 100');
  }
  return entries.map((e) => ({ type, name: e.name, id: e.id, gib: byName?.[e.name] ?? defaultGiB }))
    .filter((q): q is RegistryQuota => q.gib !== undefined && q.gib > 0);
}

/** The quota of a registry user, group or project in GiB, when one is set. */
export function quotaOf(quotas: RegistryQuota[], type: QuotaType, name: string): number | undefined {
  return quotas.find((q) => q.type === type && q.name === name)?.gib;
}
