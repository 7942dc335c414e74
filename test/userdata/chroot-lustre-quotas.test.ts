/**
 * Lustre per-user, per-group and per-project block quotas from the registry (SharedLustre's
 * quota options), set by the cluster's login node after the mount with `lfs setquota`; a
 * project is a group's folder `/scratch/projects/<group>` with the group's gid as its Lustre
 * project id (`lfs project -p <gid> -s -r`). Lustre cannot run here:
 * the node's provisioning is EXECUTED in a Debian 12 chroot with `lfs` replaced by a recorder
 * through RWS_LFS_CMD (it logs its arguments, and answers `lfs getname <mount>` only while a
 * marker says the file system is mounted). Proven: the exact calls (the registry's uids and gids,
 * whole GiB), the project folders with their owners, nothing set again on a re-run, a removed
 * quota lifted (-B 0), a changed one set, a missing mount refused; the quota options refused
 * with one error like SharedOpenZfs's. Not proven: that a real Lustre server (FSx) accepts and
 * enforces them, project quotas included.
 */
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { FAKE_CLOUD_ENV, TestChroot } from './helpers/chroot';
import { deployedUserData, shellPart, toolPieceNames } from './helpers/cluster-node';
import { fakeCalls } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { ResearchCluster, SharedLustre, SharedLustreProps, UserRegistry, WorkspaceUserData } from '../../src';
import { CLUSTER_NODE_LOG } from '../../src/workspaces/cluster';
import { errorMessageOf as errorOf } from '../helpers/errors';

const RUN = canChroot('the Lustre quota chroot test (chroot-lustre-quotas)');

const registry = UserRegistry.fromProps({
  sourceName: 'users.yaml',
  userIdRange: { min: 40000, max: 40999 },
  groupIdRange: { min: 41000, max: 41999 },
  groups: [{ name: 'genomics', gid: 41001 }, { name: 'climate', gid: 41002 }],
  users: [
    { name: 'alice', uid: 40001, groups: ['genomics'] },
    { name: 'bob', uid: 40002, groups: ['climate'] },
    { name: 'carol', uid: 40003, groups: ['genomics', 'climate'] },
  ],
});

type Quotas = Pick<SharedLustreProps, 'userQuotaGiB' | 'userQuotasGiB' | 'groupQuotaGiB' | 'groupQuotasGiB' | 'projectQuotaGiB' | 'projectQuotasGiB'>;

function cluster(quotas: Quotas, r: UserRegistry = registry, loginNode = true) {
  const stack = new Stack(new App(), 'Lab');
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const scratch = new SharedLustre(stack, 'Scratch', { vpc, registry: r, ...quotas });
  const c = new ResearchCluster(stack, 'Cluster', { vpc, registry, scratch, amiId: 'ami-0123456789abcdef0', queues: [{ name: 'cpu' }], loginNode, users: ['alice', 'bob'] });
  return { stack, scratch, cluster: c };
}

const FIRST: Quotas = {
  userQuotaGiB: 100, userQuotasGiB: { carol: 500, bob: 0 }, groupQuotasGiB: { genomics: 1000 }, projectQuotasGiB: { genomics: 20000 },
};
/** Later settings: alice 200, carol none, with these project quotas. */
const LATER = (projectQuotasGiB: { [group: string]: number }): Quotas => ({
  userQuotaGiB: 200, userQuotasGiB: { carol: 0, bob: 0 }, groupQuotasGiB: { genomics: 1000 }, projectQuotasGiB,
});

describe('the quota options', () => {
  test('only the login node sets them; its registry file has every user (carol, outside the cluster\'s users, gets her quota)', () => {
    const { scratch, cluster: c } = cluster(FIRST);
    expect([scratch.userQuotaGiB('alice'), scratch.userQuotaGiB('bob'), scratch.userQuotaGiB('carol'), scratch.groupQuotaGiB('genomics'), scratch.quotaCount])
      .toEqual([100, undefined, 500, 1000, 4]);
    expect([scratch.projectQuotaGiB('genomics'), scratch.projectQuotaGiB('climate')]).toEqual([20000, undefined]);
    expect(cluster({ projectQuotaGiB: 50, projectQuotasGiB: { climate: 0 } }).scratch.projectQuotaGiB('genomics')).toBe(50);
    expect(c.nodeUserData('login')).toContain('lfs_ setquota');
    expect(c.nodeUserData('cpu')).not.toContain('lfs_ setquota');
    // Without a login node, every node sets them (the same values: idempotent).
    expect(cluster(FIRST, registry, false).cluster.nodeUserData('cpu')).toContain('lfs_ setquota');
  });

  test('refused like SharedOpenZfs\'s: a name not in the registry, a fraction, quotas without a registry, another registry than the cluster\'s', () => {
    expect(errorOf(() => cluster({ userQuotasGiB: { mallory: 10 } }))).toMatch(/Lab\/Scratch.*userQuotasGiB\.mallory.*not in the registry users\.yaml.*Fix: name a registry user/s);
    expect(errorOf(() => cluster({ userQuotaGiB: 1.5 }))).toMatch(/Lab\/Scratch.*userQuotaGiB.*whole number of GiB.*1\.5.*Fix: write e\.g\. 100/s);
    expect(errorOf(() => cluster({ groupQuotasGiB: { genomics: 0.5 } }))).toMatch(/groupQuotasGiB\.genomics.*whole number/s);
    // Project quotas: the same rules, by registry group.
    expect(errorOf(() => cluster({ projectQuotasGiB: { alice: 10 } }))).toMatch(/Lab\/Scratch.*projectQuotasGiB\.alice.*group "alice" is not in the registry users\.yaml.*Fix: name a registry user or group/s);
    expect(errorOf(() => cluster({ projectQuotasGiB: { genomics: 2.5 } }))).toMatch(/Lab\/Scratch.*projectQuotasGiB\.genomics.*whole number of GiB.*Fix: write e\.g\. 100/s);
    expect(errorOf(() => cluster({ projectQuotaGiB: -1 }))).toMatch(/Lab\/Scratch.*projectQuotaGiB.*whole number of GiB/s);
    // A user named "projects" would own the scratch folder that holds the project folders.
    const withProjectsUser = UserRegistry.fromProps({
      users: [{ name: 'projects', uid: 40009 }],
      groups: [{ name: 'genomics', gid: 41001 }],
      userIdRange: { min: 40000, max: 40999 },
      groupIdRange: { min: 41000, max: 41999 },
    });
    expect(errorOf(() => cluster({ projectQuotasGiB: { genomics: 10 } }, withProjectsUser))).toMatch(/Lab\/Scratch.*projectQuotasGiB.*scratch folder of the registry user "projects".*Fix: rename/s);
    const stack = new Stack(new App(), 'S');
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    expect(errorOf(() => new SharedLustre(stack, 'NoReg', { vpc, userQuotaGiB: 10 }))).toMatch(/S\/NoReg.*userQuotaGiB.*Fix: pass registry/s);
    expect(errorOf(() => new SharedLustre(stack, 'NoReg2', { vpc, projectQuotasGiB: { genomics: 10 } }))).toMatch(/S\/NoReg2.*projectQuotasGiB.*quotas come from the registry's ids.*Fix: pass registry/s);
    const other = UserRegistry.fromProps({ users: [{ name: 'alice', uid: 40009 }], groups: [], userIdRange: { min: 40000, max: 40999 }, groupIdRange: { min: 41000, max: 41999 } });
    expect(errorOf(() => cluster({ userQuotaGiB: 10 }, other))).toMatch(/Lab\/Cluster.*scratch.*another registry.*Fix: give SharedLustre the same registry/s);
  });
});

describe('the login node sets the quotas with lfs, in a Debian 12 chroot', () => {
  let c: TestChroot | undefined;
  afterAll(() => c?.destroy());

  test('exact calls with the registry\'s ids; a re-run sets nothing; a removed quota is lifted; a missing mount is refused', () => {
    if (!RUN) return;
    c = TestChroot.create('lustre-quotas');
    c.write('/usr/local/bin/fake-lfs', [
      '#!/bin/sh',
      '{ printf "fake-lfs"; printf " %s" "$@"; printf "\\n"; } >>/var/log/rws-fake.log',
      'if [ "$1" = getname ]; then [ -f /srv/fake-lustre/mounted ] || { echo "lfs getname: $2: not a Lustre file system" >&2; exit 2; }; echo "fsx-ffff $2"; fi',
      '',
    ].join('\n'), 0o755);
    c.write('/srv/fake-lustre/mounted', '');
    c.write('/usr/local/bin/fake-ssm', '#!/bin/sh\ncat "/srv/fake-ssm/$(printf %s "$1" | tr / _)"\n', 0o755);
    const env = { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm', RWS_LFS_CMD: '/usr/local/bin/fake-lfs' };
    const run = (quotas: Quotas) => {
      const { stack, cluster: cl } = cluster(quotas);
      const script = shellPart(deployedUserData(stack, cl.launchTemplate('login')));
      const names = toolPieceNames(script);
      for (const t of WorkspaceUserData.toolParameters(names[0].replace(/\/[0-9a-f]{12}\/rws-sync-users\/\d+$/, ''))) {
        c!.write(`/srv/fake-ssm/${t.name.replace(/\//g, '_')}`, `${t.value}\n`);
      }
      c!.write('/var/log/rws-fake.log', '');
      c!.write('/root/login.sh', script, 0o700);
      const r = c!.runScript('/root/login.sh', env);
      return { r, lfs: fakeCalls(c!).filter((l) => l.startsWith('fake-lfs')) };
    };

    const first = run(FIRST);
    expect([first.r.status, first.r.stderr]).toEqual([0, '']);
    // The registry's gids and uids (groups first, as the registry file lists them); bob's 0: none.
    expect(first.lfs).toEqual([
      'fake-lfs getname /scratch',
      'fake-lfs setquota -g 41001 -B 1000G /scratch',
      // genomics's project folder: its gid as the project id, inherited, then the limit.
      'fake-lfs project -p 41001 -s -r /scratch/projects/genomics',
      'fake-lfs setquota -p 41001 -B 20000G /scratch',
      'fake-lfs setquota -u 40001 -B 100G /scratch',
      'fake-lfs setquota -u 40003 -B 500G /scratch',
    ]);
    expect(c.read('/var/lib/research-workspace/status').trim()).toBe('ok');
    // The project folder as on the lab's EFS: setgid, root and the group's registry gid; no folder for climate (no project quota).
    expect(c.stat('/scratch/projects/genomics')).toEqual({ uid: 0, gid: 41001, mode: '2770', isDir: true });
    expect(c.stat('/scratch/projects')).toEqual({ uid: 0, gid: 0, mode: '0755', isDir: true });
    expect(c.exists('/scratch/projects/climate')).toBe(false);

    // The same settings again (a replaced or rebooted login node): nothing set again.
    const again = run(FIRST);
    expect([again.r.status, again.lfs]).toEqual([0, ['fake-lfs getname /scratch']]);

    // carol's quota removed, alice's and genomics's project changed, climate's project new:
    // carol's lifted, the changed ones set (genomics keeps its project id: no lfs project),
    // climate's folder made and given its project id; nothing else.
    const changed = run(LATER({ genomics: 30000, climate: 500 }));
    expect([changed.r.status, changed.lfs]).toEqual([0, [
      'fake-lfs getname /scratch',
      'fake-lfs setquota -u 40003 -B 0 /scratch',
      'fake-lfs setquota -p 41001 -B 30000G /scratch',
      'fake-lfs project -p 41002 -s -r /scratch/projects/climate',
      'fake-lfs setquota -p 41002 -B 500G /scratch',
      'fake-lfs setquota -u 40001 -B 200G /scratch',
    ]]);
    expect(c.stat('/scratch/projects/climate')).toEqual({ uid: 0, gid: 41002, mode: '2770', isDir: true });

    // genomics's project quota removed: lifted with -B 0; its folder and files stay.
    c.write('/scratch/projects/genomics/result.dat', 'kept');
    const lifted = run(LATER({ climate: 500 }));
    expect([lifted.r.status, lifted.lfs]).toEqual([0, ['fake-lfs getname /scratch', 'fake-lfs setquota -p 41001 -B 0 /scratch']]);
    expect(c.read('/scratch/projects/genomics/result.dat')).toBe('kept');

    // A project folder removed by hand is made again and given its project id again.
    c.sh('rm -rf /scratch/projects/climate');
    const remade = run(LATER({ climate: 500 }));
    expect([remade.r.status, remade.lfs]).toEqual([0, ['fake-lfs getname /scratch', 'fake-lfs project -p 41002 -s -r /scratch/projects/climate']]);

    // The file system not mounted: refused before any quota, status failed with the reason.
    c.sh('rm -f /srv/fake-lustre/mounted');
    const unmounted = run(FIRST);
    expect(unmounted.r.status).not.toBe(0);
    expect(unmounted.lfs).toEqual(['fake-lfs getname /scratch']);
    expect(c.read(CLUSTER_NODE_LOG)).toContain('error: /scratch is not a mounted Lustre file system: no quota set. Fix:');
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nreason=\/scratch is not a mounted Lustre file system/);
  });
});
