/**
 * A ResearchCluster node's boot provisioning, EXECUTED: the user-data of a compute node group's
 * launch template, as CloudFormation receives it (its references to the EFS id, the region and
 * the Lustre names given the shapes the deployed values have), run as root in a Debian 12
 * chroot with the mount replaced by the fake cloud's logger. The accounts must carry the
 * registry's uids and gids, the homes sit on the lab's storage with their owners, the scratch
 * folders belong to their users, the mounts are asked for with TLS and IAM, and a second run
 * changes nothing.
 */
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { FAKE_CLOUD_ENV, TestChroot } from './helpers/chroot';
import { DEPLOYED, deployedUserData, toolPieceNames } from './helpers/cluster-node';
import { fakeCalls } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { ResearchCluster, SharedEfs, SharedLustre, UserRegistry, WorkspaceUserData } from '../../src';
import { CLUSTER_NODE_LOG } from '../../src/workspaces/cluster';

const RUN = canChroot('the cluster node provisioning chroot test (chroot-cluster-node)');


/** The shell part of a MIME message. */
function shellPart(mime: string): string {
  const boundary = /boundary="([^"]+)"/.exec(mime)![1];
  const part = mime.split(`--${boundary}`).find((p) => p.includes('text/x-shellscript'))!;
  return part.slice(part.indexOf('\n\n') + 2);
}

describe('a cluster node\'s provisioning in a Debian 12 chroot', () => {
  const registry = UserRegistry.fromProps({
    sourceName: 'test/cluster-users.yaml',
    userIdRange: { min: 20000, max: 20999 },
    groupIdRange: { min: 21000, max: 21999 },
    groups: [{ name: 'genomics' }, { name: 'climate' }],
    users: [
      { name: 'alice', groups: ['genomics'] },
      { name: 'bob', groups: ['climate'], primaryGroup: 'climate' },
      { name: 'carol', groups: ['genomics', 'climate'] },
    ],
  });
  let c: TestChroot | undefined;
  let syncPieces: string[] = [];

  afterAll(() => c?.destroy());

  test('accounts with the registry\'s uids and gids, homes on the lab\'s EFS, /scratch/<user> on Lustre, idempotent', () => {
    if (!RUN) return;
    const app = new App();
    const stack = new Stack(app, 'S', { env: { account: '111122223333' } });
    const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 2, natGateways: 0, subnetConfiguration: [{ name: 'p', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
    const storage = new SharedEfs(stack, 'Efs', { vpc, registry });
    const scratch = new SharedLustre(stack, 'Scratch', { vpc });
    const cluster = new ResearchCluster(stack, 'Cluster', {
      vpc, registry, storage, scratch, amiId: 'ami-0123456789abcdef0', users: ['alice', 'bob', 'carol'], queues: [{ name: 'cpu' }],
    });
    const script = shellPart(deployedUserData(stack, cluster.launchTemplate('cpu')));
    expect(script).toContain(`efs_id='${DEPLOYED.efs}'`);

    c = TestChroot.create('cluster-node');
    c.write('/root/node.sh', script, 0o700);
    // The user sync script comes from the stack's SSM tool parameters: RWS_SSM_CMD answers for
    // each piece with its value as the stack creates it (ssm-fetch-cli.test.ts runs the real AWS CLI).
    const names = toolPieceNames(script);
    expect(names.length).toBeGreaterThan(0);
    syncPieces = names;
    const prefix = names[0].replace(/\/[0-9a-f]{12}\/rws-sync-users\/\d+$/, '');
    for (const t of WorkspaceUserData.toolParameters(prefix)) c.write(`/srv/fake-ssm/${t.name.replace(/\//g, '_')}`, `${t.value}\n`);
    c.write('/usr/local/bin/fake-ssm', '#!/bin/sh\nprintf "fake-ssm %s\\n" "$1" >>/var/log/rws-fake.log\ncat "/srv/fake-ssm/$(printf %s "$1" | tr / _)"\n', 0o755);
    const env = { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm' };
    const run = () => {
      const r = c!.runScript('/root/node.sh', env);
      const log = c!.exists(CLUSTER_NODE_LOG) ? c!.read(CLUSTER_NODE_LOG) : '';
      expect([r.status, r.stderr, log.split('\n').slice(-30).join('\n')]).toEqual([0, '', expect.stringContaining('provisioned 3 research accounts')]);
    };
    run();

    const passwd = c.passwd();
    const groups = c.groups();
    for (const u of registry.users) {
      expect([u.name, passwd.get(u.name)?.uid, passwd.get(u.name)?.gid, passwd.get(u.name)?.home]).toEqual([u.name, u.uid, u.gid, `/shared/home/${u.name}`]);
      expect(c.stat(`/shared/home/${u.name}`)).toMatchObject({ uid: u.uid, gid: u.gid, isDir: true });
      expect(c.stat(`/scratch/${u.name}`)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0700', isDir: true });
    }
    for (const g of registry.groups) expect([g.name, groups.get(g.name)?.gid]).toEqual([g.name, g.gid]);
    expect(groups.get('genomics')!.members).toEqual(expect.arrayContaining(['alice', 'carol']));

    const mounts = fakeCalls(c).filter((l) => l.startsWith('fake-mount'));
    expect(mounts).toEqual([
      `fake-mount -t efs -o _netdev\\,nofail\\,tls\\,iam\\,region=us-east-1 ${DEPLOYED.efs}:/ /shared`,
      `fake-mount -t lustre -o relatime\\,flock ${DEPLOYED.dns}@tcp:/${DEPLOYED.mount} /scratch`,
    ]);
    expect(c.read('/etc/fstab')).toContain(`${DEPLOYED.efs}:/ /shared efs _netdev,nofail,tls,iam 0 0`);
    expect(c.read('/var/lib/research-workspace/status').trim()).toBe('ok');
    expect(fakeCalls(c).filter((l) => l.startsWith('fake-ssm'))).toEqual(names.map((n) => `fake-ssm ${n}`));

    // A second boot (a node replaced, the homes already there) changes no account and no folder.
    const before = c.manifest(['/shared/home', '/scratch', '/etc/fstab']);
    run();
    expect(c.manifest(['/shared/home', '/scratch', '/etc/fstab'])).toBe(before);
  });

  test('a user sync script from SSM that does not match its SHA-256 is refused', () => {
    if (!RUN || !c) return;
    // Another script, validly compressed and split, in place of the sync script's pieces.
    const files = syncPieces.map((n) => `/srv/fake-ssm/${n.replace(/\//g, '_')}`);
    const good = files.map((f) => c!.read(f));
    files.forEach((f, i) => c!.write(f, i === 0 ? `${zlib.gzipSync(Buffer.from('#!/bin/sh\necho pwned\n')).toString('base64')}\n` : '\n'));
    const r = c.runScript('/root/node.sh', { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm' });
    files.forEach((f, i) => c!.write(f, good[i]));
    expect(r.status).not.toBe(0);
    expect(c.read(CLUSTER_NODE_LOG)).toContain('error: rws-sync-users from SSM does not match its SHA-256');
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nreason=/);
  });

  test('a deploy-time value of the wrong shape stops the provisioning (status failed) and is never run', () => {
    if (!RUN || !c) return;
    const bad = c.read('/root/node.sh').replace(`efs_id='${DEPLOYED.efs}'`, 'efs_id=\'fs-x; touch /pwned\'');
    c.write('/root/bad.sh', bad, 0o700);
    const r = c.runScript('/root/bad.sh', { ...FAKE_CLOUD_ENV, RWS_SSM_CMD: '/usr/local/bin/fake-ssm' });
    expect(r.status).not.toBe(0);
    expect(c.read(CLUSTER_NODE_LOG)).toContain('unexpected deploy-time value "fs-x; touch /pwned"');
    expect(c.exists('/pwned')).toBe(false);
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nreason=/);
  });
});
