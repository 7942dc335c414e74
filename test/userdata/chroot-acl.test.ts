/**
 * Scenario "acl": storage already mounted (a Kubernetes volume or a local disk), the POSIX-ACL
 * layout with `acl` really installed from Debian's mirror, homes kept in /home, developer
 * conveniences for the owner: GitHub CLI credentials from a secret file, dotfiles with yadm
 * (yadm really installed; the clone, which needs GitHub, replaced), a bootstrap script.
 */
import { TestChroot } from './helpers/chroot';
import { labRegistry, template } from './helpers/fixtures';
import { explain, fakeCalls, provision, ProvisionRun, pwnedFiles } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { SecretReference, StorageLayout, StorageSource, WorkspacePlatform, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot provisioning tests (chroot-acl)');
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
const MANIFEST_PATHS = ['/data', '/home', '/etc/sudoers.d', '/etc/research-workspace', '/var/lib/research-workspace/state', '/etc/fstab'];

let c: TestChroot;
let ud: WorkspaceUserData;
let first: ProvisionRun;

beforeAll(() => {
  if (!RUN) return;
  ud = WorkspaceUserData.generate({
    template: template('acl-dev'),
    registry: labRegistry(),
    owner: 'carol',
    platform: WorkspacePlatform.KUBERNETES,
    storage: { source: StorageSource.preMounted(), mountPoint: '/data', layout: StorageLayout.POSIX_ACL, homesOnSharedStorage: false, scratch: false },
    secrets: { githubToken: SecretReference.file('/run/secrets/github-token') },
    developer: { dotfilesRepository: 'https://github.com/carol/dotfiles.git', bootstrapScript: 'touch "$HOME/.bootstrapped"' },
    logFile: '/var/log/lab/provision.log',
  });
  c = TestChroot.create('acl');
  c.write('/run/secrets/github-token', `${TOKEN}\n`, 0o600);
  first = provision(c, ud, {}, '/var/log/lab/provision.log');
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: acl scenario (pre-mounted storage, POSIX ACLs, developer conveniences)', () => {
  test('succeeds and logs to the requested file', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
    expect(first.log.trim().split('\n').pop()).toMatch(/provisioning complete/);
    expect(c.exists('/var/log/research-workspace/provision.log')).toBe(false);
    expect(first.log).toContain('warning: /data is not a mount point');
    expect(fakeCalls(c).filter((l) => l.startsWith('fake-mount'))).toEqual([]);
  });

  test('acl really installed; project folders carry group and default ACLs', () => {
    if (!RUN) return;
    expect(first.log).toMatch(/rws\[packages\]: installing .*\bacl\b/);
    for (const g of ['genomics', 'imaging', 'researchers']) {
      const acl = c.sh(`getfacl -p /data/projects/${g}`);
      expect(acl).toContain(`group:${g}:rwx`);
      expect(acl).toContain(`default:group:${g}:rwx`);
      expect(acl).toContain('default:other::---');
      expect(c.stat(`/data/projects/${g}`).mode).toBe('2770');
    }
    expect(c.exists('/data/scratch')).toBe(false);
    // A file created by a group member inherits the group's access.
    c.sh('su -s /bin/sh alice -c "touch /data/projects/genomics/result.txt"');
    expect(c.sh('getfacl -p /data/projects/genomics/result.txt')).toContain('group:genomics:rwx');
    expect(c.stat('/data/projects/genomics/result.txt').gid).toBe(labRegistry().group('genomics').gid);
  });

  test('homes stay in /home when they are not on the shared storage', () => {
    if (!RUN) return;
    expect(c.passwd().get('carol')!.home).toBe('/home/carol');
    expect(c.stat('/home/carol')).toMatchObject({ uid: labRegistry().user('carol').uid, mode: '0700' });
  });

  test('GitHub CLI credentials of the owner come from the secret, private to the owner', () => {
    if (!RUN) return;
    const f = '/home/carol/.config/gh/hosts.yml';
    expect(c.read(f)).toBe(`github.com:\n    oauth_token: ${TOKEN}\n    git_protocol: https\n`);
    expect(c.stat(f)).toMatchObject({ uid: labRegistry().user('carol').uid, mode: '0600' });
    expect(c.exists('/usr/bin/gh')).toBe(true);
    expect(first.log).not.toContain(TOKEN);
  });

  test('dotfiles: yadm installed from the distribution, the clone through the replaceable installer; bootstrap ran once', () => {
    if (!RUN) return;
    expect(c.exists('/usr/bin/yadm')).toBe(true);
    expect(fakeCalls(c)).toContain('fake-netinstall dotfiles carol https://github.com/carol/dotfiles.git /home/carol');
    expect(c.stat('/home/carol/.bootstrapped').uid).toBe(labRegistry().user('carol').uid);
  });

  test('a second run succeeds and changes nothing', () => {
    if (!RUN) return;
    const before = c.manifest(MANIFEST_PATHS);
    const second = provision(c, ud, {}, '/var/log/lab/provision.log');
    if (second.status !== 0) throw new Error(explain(second));
    expect(c.manifest(MANIFEST_PATHS)).toBe(before);
    expect(pwnedFiles(c)).toEqual([]);
  }, 900_000);
});
