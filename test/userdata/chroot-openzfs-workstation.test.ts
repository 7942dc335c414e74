/**
 * A workstation whose lab keeps its homes on FSx for OpenZFS (`ResearchWorkspace.openZfsStorage`):
 * the provisioning ResearchWorkspace generates is EXECUTED in a Debian 12 chroot, with the
 * deploy-time values the values part puts in at boot (the DNS name from the instance tag: that
 * substitution is run in test/aws/lab-openzfs-homes.test.ts) and the mount replaced by the
 * fake-mount logger (RWS_MOUNT_CMD). Proven: the mount asked for (`<dns>:/fsx` at /shared, NFSv4.1
 * with the FSx-recommended options), the fstab line, the owner's home, project folders and
 * scratch made as root with the registry's uid and gid, a second run changing nothing, the
 * script passing shellcheck. Not proven: a real FSx mount, root not squashed by the real
 * server (the export's no_root_squash is checked on the template only).
 */
import { spawnSync } from 'child_process';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { fakeKey, FAKE_CLOUD_ENV, TestChroot } from './helpers/chroot';
import { labRegistry, template } from './helpers/fixtures';
import { fakeCalls } from './helpers/provision';
import { canChroot, requireTool } from './helpers/tools';
import { ResearchUserRegistry, ResearchWorkspace, SharedOpenZfs } from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the OpenZFS workstation chroot test (chroot-openzfs-workstation)');
const DNS = 'fs-0123456789abcdef0.fsx.eu-west-1.amazonaws.com';
const SECRET = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:alice-zfs-AbCdEf';
const OPTIONS = 'nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev';

/** The provisioning of alice's workstation as ResearchWorkspace generates it, with the values the boot puts in. */
function workstationScript(): string {
  const stack = new Stack(new App(), 'Lab', { env: { region: 'eu-west-1' } });
  const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'W', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
  const registry = labRegistry();
  const users = new ResearchUserRegistry(stack, 'Users', { registry, labName: 'lab' });
  const homes = new SharedOpenZfs(stack, 'Homes', { vpc, registry });
  const ws = new ResearchWorkspace(stack, 'alice-zfs', { template: template('lab-jupyter'), vpc, owner: 'alice', userRegistry: users, openZfsStorage: homes });
  const script = ws.userData.provisioningScript();
  // What 00-rws-deploy-values.sh replaces at boot (from the instance tags).
  expect(script).toContain('fs-00000000000000000000000000000000.fsx.rwszz-openzfs:/fsx');
  return script.replace(/fs-0{32}\.fsx\.rwszz-openzfs/g, DNS)
    .replace(/arn:aws:secretsmanager:zz-rwsplaceholder-9:000000000000:secret:rws-deploy-time-placeholder/g, SECRET);
}

test('the workstation\'s provisioning with OpenZFS storage passes shellcheck', () => {
  if (!requireTool('shellcheck', 'checks the generated provisioning with OpenZFS storage')) return;
  const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: workstationScript(), encoding: 'utf8' });
  expect(`${r.status}\n${r.stdout}`).toBe('0\n');
});

describe('in a Debian 12 chroot', () => {
  let c: TestChroot | undefined;
  afterAll(() => c?.destroy());

  test('<dns>:/fsx mounted at /shared with NFSv4.1, the owner\'s home, projects and scratch with the registry\'s ids; a second run changes nothing', () => {
    if (!RUN) return;
    c = TestChroot.create('openzfs-workstation');
    const script = workstationScript();
    const prefix = /\/rws-tools\/[0-9a-f]{16}/.exec(script)![0];
    for (const p of WorkspaceUserData.toolParameters(prefix)) c.write(`/srv/fake-cloud/${fakeKey(`ssm:${p.name}`)}`, p.value);
    c.write(`/srv/fake-secrets/${fakeKey(SECRET)}`, 'Jupyter-Token_0123456789');
    c.write('/root/provision.sh', script, 0o700);
    const run = () => c!.runScript('/root/provision.sh', FAKE_CLOUD_ENV);
    const first = run();
    const log = () => (c!.exists('/var/log/research-workspace/provision.log') ? c!.read('/var/log/research-workspace/provision.log') : '');
    if (first.status !== 0) throw new Error(`exit ${first.status}\n${first.stdout}\n${first.stderr}\n${log().split('\n').slice(-40).join('\n')}`);

    expect(fakeCalls(c).filter((l) => l.startsWith('fake-mount'))).toEqual([
      // (the logger quotes its arguments with printf %q: commas escaped)
      `fake-mount nfs4 ${DNS}:/fsx /shared ${OPTIONS.replace(/,/g, '\\,')}`,
    ]);
    expect(c.read('/etc/fstab')).toContain(`${DNS}:/fsx /shared nfs4 ${OPTIONS} 0 0\n`);
    const registry = labRegistry();
    const alice = registry.user('alice');
    expect(c.stat('/shared/home/alice')).toMatchObject({ uid: alice.uid, gid: alice.gid, isDir: true });
    expect(c.stat('/shared/projects/genomics')).toEqual({ uid: 0, gid: registry.group('genomics').gid, mode: '2770', isDir: true });
    expect(c.stat('/shared/scratch')).toEqual({ uid: 0, gid: 0, mode: '1777', isDir: true });
    expect(c.sh('getent passwd alice | cut -d: -f3,4,6').trim()).toBe(`${alice.uid}:${alice.gid}:/shared/home/alice`);

    const fstab = c.read('/etc/fstab');
    const again = run();
    expect(again.status).toBe(0);
    expect(c.read('/etc/fstab')).toBe(fstab);
    expect(c.stat('/shared/home/alice')).toMatchObject({ uid: alice.uid, gid: alice.gid, isDir: true });
  });
});
