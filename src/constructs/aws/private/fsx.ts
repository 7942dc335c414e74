/**
 * What the lab's FSx file systems share: a locked security group that admits a file
 * system's ports only from what `allowFrom` names, the subnet a single-AZ file system lives
 * in, and the registry's per-user and per-group quotas.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { lockedSecurityGroup } from './perimeter';
import { UserRegistry } from '../../../workspaces/users';
import { badProp } from '../../private/props';

/** A quota: a registry user's or group's id and its limit. */
export interface RegistryQuota {
  readonly type: 'USER' | 'GROUP';
  readonly name: string;
  readonly id: number;
  readonly gib: number;
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
 * Quotas from the registry: `defaultGiB` for every user (or group) unless `byName` names them,
 * ids always the registry's. Names not in the registry are errors.
 */
export function registryQuotas(scope: Construct, registry: UserRegistry, type: 'USER' | 'GROUP', defaultGiB: number | undefined,
  byName: { [name: string]: number } | undefined, field: string): RegistryQuota[] {
  const entries = type === 'USER' ? registry.users.map((u) => ({ name: u.name, id: u.uid })) : registry.groups.map((g) => ({ name: g.name, id: g.gid }));
  const names = new Set(entries.map((e) => e.name));
  for (const [name, gib] of Object.entries(byName ?? {})) {
    if (!names.has(name)) badProp(scope, `${field}.${name}`, gib, `${type === 'USER' ? 'user' : 'group'} "${name}" is not in the registry ${registry.sourceName}`, 'name a registry user or group, or remove the entry');
    if (!Number.isInteger(gib) || gib < 0 || gib > 2147483647) badProp(scope, `${field}.${name}`, gib, 'a quota is a whole number of GiB (0: no quota)', 'write e.g. 100');
  }
  return entries.map((e) => ({ type, name: e.name, id: e.id, gib: byName?.[e.name] ?? defaultGiB }))
    .filter((q): q is RegistryQuota => q.gib !== undefined && q.gib > 0);
}

/** The quota of a registry user or group in GiB, when one is set. */
export function quotaOf(quotas: RegistryQuota[], type: 'USER' | 'GROUP', name: string): number | undefined {
  return quotas.find((q) => q.type === type && q.name === name)?.gib;
}
