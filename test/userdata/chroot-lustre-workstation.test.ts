/**
 * A workstation mounts the lab's FSx for Lustre scratch: the generated provisioning is EXECUTED
 * in a Debian 12 chroot with the mount replaced by the fake-mount logger (RWS_MOUNT_CMD), beside
 * the lab's NFS storage. Proven: the mount asked for (`<dns>@tcp:/<mountName>` at /scratch, type
 * lustre, FSx's options), the fstab line, `/scratch/<user>` (0700) owned by the registry's uid
 * and gid, a second run changing nothing; without the hook, a machine without the Lustre client
 * that cannot install it (offline) stops with a reason that names the fix; the generated script
 * passes shellcheck. Not proven: a real FSx mount, the client install from AWS's repositories.
 */
import { spawnSync } from 'child_process';
import { TestChroot } from './helpers/chroot';
import { labRegistry, template } from './helpers/fixtures';
import { explain, fakeCalls, provision } from './helpers/provision';
import { canChroot, requireTool } from './helpers/tools';
import { EgressMode } from '../../src/workspaces/policy';
import { StorageSource, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the Lustre workstation chroot test (chroot-lustre-workstation)');
const DNS = 'fs-0123456789abcdef0.fsx.eu-west-1.amazonaws.com';

function userData(offline = false): WorkspaceUserData {
  return WorkspaceUserData.generate({
    template: template('lab-jupyter'),
    registry: labRegistry(),
    owner: 'alice',
    storage: { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }) },
    lustre: { dnsName: DNS, mountName: 'abcdefgh' },
    egress: offline ? EgressMode.NONE : undefined,
  });
}

test('refused: a DNS name, mount name or mount point of another shape', () => {
  const gen = (lustre: object) => {
    try {
      WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', lustre: lustre as any });
      return 'no error';
    } catch (e) {
      return String((e as Error).message);
    }
  };
  expect(gen({ dnsName: 'evil; rm -rf /', mountName: 'abcdefgh' })).toMatch(/lustre\.dnsName.*not an FSx for Lustre DNS name.*Fix: write e\.g\. fs-/s);
  expect(gen({ dnsName: DNS, mountName: 'ABC$' })).toMatch(/lustre\.mountName.*Fix: write the file system's LustreMountName/s);
  expect(gen({ dnsName: DNS, mountName: 'abcdefgh', mountPoint: '/' })).toMatch(/lustre\.mountPoint.*Fix: use e\.g\. \/scratch/s);
  expect(gen({ dnsName: DNS, mountName: 'abcdefgh' })).toBe('no error');
});

test('the provisioning script with Lustre passes shellcheck', () => {
  if (!requireTool('shellcheck', 'checks the generated provisioning with Lustre')) return;
  const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: userData().provisioningScript(), encoding: 'utf8' });
  expect(`${r.status}\n${r.stdout}`).toBe('0\n');
});

describe('in a Debian 12 chroot', () => {
  let c: TestChroot | undefined;
  afterAll(() => c?.destroy());

  test('mounted at /scratch with FSx\'s options, /scratch/alice owned by her registry ids; a second run changes nothing; offline without a client: refused', () => {
    if (!RUN) return;
    c = TestChroot.create('lustre-workstation');
    const ud = userData();
    const first = provision(c, ud);
    expect(first.status).toBe(0);
    if (first.status !== 0) throw new Error(explain(first));
    const alice = labRegistry().user('alice');
    expect(fakeCalls(c).filter((l) => l.includes('lustre'))).toEqual([
      // (the logger quotes its arguments with printf %q: commas escaped)
      `fake-mount lustre ${DNS}@tcp:/abcdefgh /scratch relatime\\,flock\\,_netdev\\,x-systemd.automount\\,x-systemd.requires=network.service`,
    ]);
    expect(c.read('/etc/fstab')).toContain(`${DNS}@tcp:/abcdefgh /scratch lustre relatime,flock,_netdev,x-systemd.automount,x-systemd.requires=network.service 0 0\n`);
    expect(c.stat('/scratch/alice')).toEqual({ uid: alice.uid, gid: alice.gid, mode: '0700', isDir: true });
    // Every research user of the machine (here the whole registry) gets theirs, with their own numbers.
    for (const u of labRegistry().users) expect(c.stat(`/scratch/${u.name}`)).toEqual({ uid: u.uid, gid: u.gid, mode: '0700', isDir: true });

    const fstab = c.read('/etc/fstab');
    const again = provision(c, ud);
    expect(again.status).toBe(0);
    expect(c.read('/etc/fstab')).toBe(fstab);
    expect(c.stat('/scratch/alice')).toEqual({ uid: alice.uid, gid: alice.gid, mode: '0700', isDir: true });

    // No mount hook, no mount.lustre, offline: the client cannot be installed, the boot stops with the fix.
    c.sh('umount /scratch 2>/dev/null || true; rm -f /var/lib/research-workspace/status');
    const offline = provision(c, userData(true), { RWS_MOUNT_CMD: '' });
    expect(offline.status).not.toBe(0);
    expect(offline.log).toMatch(/the Lustre client \(mount\.lustre\) is not on this machine image and cannot be installed here.*Fix: use an image with the Lustre client/);
  });
});
