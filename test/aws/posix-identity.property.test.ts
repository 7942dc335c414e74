/**
 * One researcher, one POSIX identity, everywhere: for random registries, the uid and gid a user
 * gets on a workstation (the registry record in the boot user-data EC2 receives), in their
 * SageMaker Studio profile (CustomPosixUserConfig), on the lab's EFS (their home access point's
 * POSIX user and owner), in the OpenZFS quotas (user and group ids) and on the Slurm cluster's
 * nodes (the registry record in every node group's user-data, the owner of /scratch/<user>), in
 * the Lustre quotas the login node sets (its quota list computed by the node's own awk program,
 * run here on the registry file of its user-data; a project's id is its group's gid) are the same numbers,
 * the registry's. Shared spaces run as the space user's numbers. Checked on the constructs'
 * CloudFormation properties (no synthesis: cheap enough for many registries).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as fc from 'fast-check';
import { ResearchCluster, ResearchStudio, ResearchUserRegistry, ResearchWorkspace, SharedEfs, SharedLustre, SharedOpenZfs, TemplateCatalog, UserRegistry } from '../../src';

const catalog = TemplateCatalog.bundled();
const template = catalog.resolve('amazon-linux-2023');
const NAMES = ['ann', 'ben', 'cy', 'dee', 'eve_x', 'eve-x', 'fin'];

interface RandomRegistry {
  users: Array<{ name: string; uid: number }>;
  groups: Array<{ name: string; gid: number }>;
  membership: boolean[];
}

const userArb = fc.record({ name: fc.constantFrom(...NAMES), uid: fc.integer({ min: 10000, max: 199999 }) });
const registryArb: fc.Arbitrary<RandomRegistry> = fc.record({
  users: fc.uniqueArray(userArb, { minLength: 1, maxLength: 4, selector: (u) => u.name }),
  groups: fc.uniqueArray(fc.record({ name: fc.constantFrom('genomics', 'climate', 'imaging'), gid: fc.integer({ min: 200000, max: 399999 }) }), { maxLength: 2, selector: (g) => g.name }),
  membership: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
}).filter((r) => new Set(r.users.map((u) => u.uid)).size === r.users.length && new Set(r.groups.map((g) => g.gid)).size === r.groups.length);

function registryOf(r: RandomRegistry): UserRegistry {
  return UserRegistry.fromProps({
    users: r.users.map((u, i) => ({ name: u.name, uid: u.uid, groups: r.groups.filter((_, j) => r.membership[(i * 2 + j) % 8]).map((g) => g.name) })),
    groups: r.groups.map((g) => ({ name: g.name, gid: g.gid })),
    userIdRange: { min: 10000, max: 199999 },
    groupIdRange: { min: 200000, max: 399999 },
  });
}

/** The registry record (`U name uid group gid ...`) in the user-data EC2 receives (gzip of the MIME message, as the instance gets it). */
function userDataIds(ws: ResearchWorkspace, user: string): { uid: number; gid: number } {
  const mime = zlib.gunzipSync(Buffer.from(ws.instance.userData as string, 'base64')).toString('utf8');
  const file = mime.slice(mime.indexOf('path: /var/lib/research-workspace/payload/registry.tsv'));
  const line = file.split('\n').map((l) => l.trim()).find((l) => l.startsWith(`U\t${user}\t`));
  if (!line) throw new Error(`no registry record of ${user} in the user-data`);
  const f = line.split('\t');
  return { uid: Number(f[2]), gid: Number(f[4]) };
}

/**
 * The ids a cluster node applies: the registry record in the node's user-data (base64 of gzip
 * in the provisioning script) and the owner of the user's /scratch folder.
 */
function clusterNodeIds(cluster: ResearchCluster, group: string, user: string): { uid: number; gid: number; scratchUid: number; scratchGid: number } {
  const script = cluster.nodeUserData(group);
  const blob = script.slice(script.indexOf("<<'RWS_REGISTRY'\n") + 17, script.indexOf('\nRWS_REGISTRY\n'));
  const file = zlib.gunzipSync(Buffer.from(blob.replace(/\n/g, ''), 'base64')).toString('utf8');
  const line = file.split('\n').find((l) => l.startsWith(`U\t${user}\t`));
  if (!line) throw new Error(`no registry record of ${user} in the node user-data`);
  const f = line.split('\t');
  const owners = /for e in ([^;]*); do/.exec(script)![1].split(' ').map((e) => e.split(':'));
  const o = owners.find((e) => e[0] === user)!;
  return { uid: Number(f[2]), gid: Number(f[4]), scratchUid: Number(o[1]), scratchGid: Number(o[2]) };
}

/**
 * The Lustre quotas a node sets: its quota list (`u <uid> <GiB>`, `g <gid> <GiB>`, `p <project id> <GiB>`) made by the
 * node's own awk line from the registry file its user-data carries.
 */
function lustreQuotaIds(cluster: ResearchCluster, group: string): string[] {
  const script = cluster.nodeUserData(group);
  const blob = script.slice(script.indexOf("<<'RWS_REGISTRY'\n") + 17, script.indexOf('\nRWS_REGISTRY\n'));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-quota-'));
  try {
    fs.writeFileSync(path.join(dir, 'registry.tsv'), zlib.gunzipSync(Buffer.from(blob.replace(/\n/g, ''), 'base64')));
    const line = script.split('\n').find((l) => l.startsWith("awk -F '\\t' -v ud="))!;
    const cmd = line.replace('/etc/research-workspace/registry.tsv >"$qwant"', `${path.join(dir, 'registry.tsv')}`);
    const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.split('\n').filter((l) => l).sort();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('for random registries, every service gives a user the registry\'s uid and gid', () => {
  fc.assert(fc.property(registryArb, (r) => {
    const registry = registryOf(r);
    const stack = new Stack(new App(), 'Lab', { env: { region: 'us-east-1' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const storage = new SharedEfs(stack, 'Storage', { vpc, registry, backup: false });
    const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab' });
    const studio = new ResearchStudio(stack, 'Studio', { vpc, registry, storage });
    const homes = new SharedOpenZfs(stack, 'Homes', { vpc, registry, userQuotaGiB: 10, groupQuotaGiB: 20 });
    const zfs = stack.resolve(homes.fileSystem.openZfsConfiguration);
    const quotas = zfs.rootVolumeConfiguration.userAndGroupQuotas as Array<{ id: number; type: string }>;
    const scratch = new SharedLustre(stack, 'Scratch', { vpc, registry, userQuotaGiB: 10, groupQuotaGiB: 20, projectQuotaGiB: 30 });
    const cluster = new ResearchCluster(stack, 'Cluster', { vpc, registry, storage, scratch, amiId: 'ami-0123456789abcdef0', queues: [{ name: 'cpu' }], loginNode: true });
    for (const [i, u] of registry.users.entries()) {
      const want = { uid: u.uid, gid: u.gid };
      const ws = new ResearchWorkspace(stack, `ws-${i}`, {
        template, vpc, owner: u.name, userRegistry: users, storage, outputs: false,
      });
      expect(userDataIds(ws, u.name)).toEqual(want);
      const posix = stack.resolve(studio.userProfile(u.name).userSettings).customPosixUserConfig;
      expect({ uid: posix.uid, gid: posix.gid }).toEqual(want);
      const ap = (storage.userAccessPoint(u.name) as efs.AccessPoint).node.defaultChild as efs.CfnAccessPoint;
      const apPosix = stack.resolve(ap.posixUser);
      const owner = stack.resolve(ap.rootDirectory).creationInfo;
      expect([Number(apPosix.uid), Number(apPosix.gid), Number(owner.ownerUid), Number(owner.ownerGid)]).toEqual([u.uid, u.gid, u.uid, u.gid]);
      expect((apPosix.secondaryGids ?? []).map(Number).sort()).toEqual(u.groups.map((g) => registry.group(g).gid).sort());
      expect(quotas.filter((q) => q.type === 'USER' && q.id === u.uid)).toHaveLength(1);
      for (const group of ['cpu', 'login']) {
        expect(clusterNodeIds(cluster, group, u.name)).toEqual({ ...want, scratchUid: u.uid, scratchGid: u.gid });
      }
    }
    for (const g of registry.groups) expect(quotas.filter((q) => q.type === 'GROUP' && q.id === g.gid)).toHaveLength(1);
    // Project ids are the groups' registry gids (the project folder /scratch/projects/<group>).
    expect(lustreQuotaIds(cluster, 'login')).toEqual([
      ...registry.users.map((u) => `u ${u.uid} 10`), ...registry.groups.map((g) => `g ${g.gid} 20`), ...registry.groups.map((g) => `p ${g.gid} 30`),
    ].sort());
    expect(quotas).toHaveLength(registry.users.length + registry.groups.length);
    // Two profiles never share a name, whatever the login names (eve_x and eve-x).
    const names = registry.users.map((u) => stack.resolve(studio.userProfile(u.name).userProfileName));
    expect(new Set(names).size).toBe(names.length);
  }), { numRuns: 15 });
});

test('a shared space runs as the space user\'s registry numbers', () => {
  fc.assert(fc.property(fc.integer({ min: 10000, max: 199999 }), fc.integer({ min: 200000, max: 399999 }), (uid, gid) => {
    const registry = UserRegistry.fromProps({
      users: [{ name: 'ann' }, { name: 'nb', uid, primaryGroup: 'proj' }],
      groups: [{ name: 'proj', gid }],
      userIdRange: { min: 10000, max: 199999 },
      groupIdRange: { min: 200000, max: 399999 },
    });
    const stack = new Stack(new App(), 'Lab');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const studio = new ResearchStudio(stack, 'Studio', { vpc, registry, spaceUser: 'nb', spaces: [{ name: 'proj-nb', project: 'proj', owner: 'ann' }] });
    expect(stack.resolve(studio.domain.defaultSpaceSettings).customPosixUserConfig).toEqual({ uid, gid });
  }), { numRuns: 20 });
});
