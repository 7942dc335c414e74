/**
 * Scenario "homes" (issue 12.1): researchers control their own homes (on shared storage, so
 * also from another workspace) and plant symbolic links at every path that root-run
 * provisioning and rws-sync-users touch inside a home: the keys file and its temporary file,
 * ~/.ssh itself (to /root/.ssh and to /etc/sudoers.d), the service token folder, the GitHub CLI
 * credentials' temporary file, a template file's folder; and, as root on another workspace
 * could, the shared scratch folder. The provisioning then runs again and the sync twice: no
 * sensitive file or folder outside the homes may change (content, owner, mode), the other
 * users' keys must be right, the refused paths must be named in the output, and nothing aborts.
 */
import { TestChroot } from './helpers/chroot';
import { keyOf, templateFrom } from './helpers/fixtures';
import { explain, provision, ProvisionRun } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { UserRegistry } from '../../src';
import { SecretReference, StorageSource, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot shared-homes attack test (chroot-homes)');
const TOKEN = 'ghp_abcdefghijklmnopqrstuvwxyz0123456789';
/** What root must never change because of a planted link. */
const SENSITIVE = ['/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow', '/etc/sudoers', '/etc/sudoers.d', '/root', '/etc/cron.d', '/etc/cron.daily',
  '/etc/systemd/system', '/etc/ssh'];

const TEMPLATE = `
name: Homes
slug: homes
description: a service token, a file in the owner's home, GitHub credentials
base: debian-12
package_manager: apt
services:
  - { name: jupyter, port: 8888 }
files:
  - destination: /shared/home/bob/notes/readme.txt
    content: "notes of bob"
    owner: bob
    permissions: "0600"
idle_detection: { enabled: false }
`;

function registry(): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: 'test/homes-users.yaml',
    userIdRange: { min: 5000, max: 5999 },
    groupIdRange: { min: 6000, max: 6999 },
    groups: [{ name: 'genomics' }],
    users: [
      { name: 'alice', groups: ['genomics'], sshKeys: [keyOf('alice')] },
      { name: 'bob', groups: ['genomics'], sshKeys: [keyOf('bob')] },
      { name: 'carol', groups: ['genomics'], sshKeys: [keyOf('carol')] },
      { name: 'dave', groups: ['genomics'] },
      { name: 'erin', groups: ['genomics'], sshKeys: [keyOf('erin')] },
    ],
  });
}

/** Owner, mode, type, link target and content hash of everything under the sensitive paths. */
function sensitive(c: TestChroot): string {
  return c.sh(SENSITIVE.map((p) => `[ ! -e ${p} ] || { find ${p} -xdev -printf '%p %U:%G %m %y %l\\n' | LC_ALL=C sort; `
    + `find ${p} -xdev -type f -exec sha256sum {} + | LC_ALL=C sort -k2; }`).join('\n'));
}

let c: TestChroot;
let ud: WorkspaceUserData;
let first: ProvisionRun;
let again: ProvisionRun;
const syncs: { status: number; out: string }[] = [];
let before = '';

beforeAll(() => {
  if (!RUN) return;
  ud = WorkspaceUserData.generate({
    template: templateFrom(TEMPLATE, 'homes'),
    registry: registry(),
    owner: 'bob',
    storage: { source: StorageSource.preMounted(), mountPoint: '/shared' },
    secrets: { githubToken: SecretReference.file('/run/secrets/github-token') },
    developer: { bootstrapScript: 'echo "bootstrap as $(id -un)" > "$HOME/bootstrapped"' },
  });
  c = TestChroot.create('homes');
  c.write('/run/secrets/github-token', `${TOKEN}\n`, 0o600);
  // Targets worth attacking, present before anything runs.
  c.sh([
    'install -d -m 0700 /root/.ssh && echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIRootKeyRootKeyRootKeyRootKeyRootKey00000 root@admin" > /root/.ssh/authorized_keys',
    'chmod 0600 /root/.ssh/authorized_keys',
    'install -d -m 0755 /etc/cron.d /etc/cron.daily /etc/ssh && echo "# cron" > /etc/cron.d/placeholder && echo "PermitRootLogin no" > /etc/ssh/sshd_config',
  ].join('\n'));
  first = provision(c, ud);
  if (first.status !== 0) return;
  const reg = registry();
  const id = (n: string) => `${reg.user(n).uid}:${reg.user(n).gid}`;
  // The researchers plant their links (as themselves: links they own in homes they own).
  c.sh([
    'set -x',
    'H=/shared/home',
    // bob: the keys file points at /etc/shadow (read, then written through its temporary file
    // that points at /etc/passwd); his token folder is /etc/cron.d; the GitHub CLI's temporary
    // file points at a new sudoers drop-in; the template file's folder is /etc/ssh.
    'rm -f $H/bob/.ssh/authorized_keys',
    'ln -s /etc/shadow $H/bob/.ssh/authorized_keys',
    'ln -s /etc/passwd $H/bob/.ssh/authorized_keys.rws-new',
    'rm -rf $H/bob/.config/research-workspace && ln -s /etc/cron.d $H/bob/.config/research-workspace',
    'rm -f $H/bob/.config/gh/hosts.yml && ln -s /etc/sudoers.d/gh $H/bob/.config/gh/hosts.yml.rws-new',
    'rm -rf $H/bob/notes && ln -s /etc/ssh $H/bob/notes',
    `chown -h ${id('bob')} $H/bob/.ssh/authorized_keys $H/bob/.ssh/authorized_keys.rws-new $H/bob/.config/research-workspace $H/bob/.config/gh/hosts.yml.rws-new $H/bob/notes`,
    // carol: ~/.ssh is root's .ssh (an intermediate folder).
    'rm -rf $H/carol/.ssh && ln -s /root/.ssh $H/carol/.ssh',
    `chown -h ${id('carol')} $H/carol/.ssh`,
    // dave (no keys): ~/.ssh is /etc/sudoers.d (chown and chmod of a folder).
    'rm -rf $H/dave/.ssh && ln -s /etc/sudoers.d $H/dave/.ssh',
    `chown -h ${id('dave')} $H/dave/.ssh`,
    // erin: no keys file, and its temporary file points at a sudoers drop-in that does not exist yet.
    'rm -f $H/erin/.ssh/authorized_keys && ln -s /etc/sudoers.d/erin $H/erin/.ssh/authorized_keys.rws-new',
    `chown -h ${id('erin')} $H/erin/.ssh/authorized_keys.rws-new`,
    // Root on another workspace that mounts the same storage: scratch is /etc/cron.daily.
    'rm -rf /shared/scratch && ln -s /etc/cron.daily /shared/scratch',
  ].join('\n'));
  c.write('/var/tmp/registry.tsv', WorkspaceUserData.registryFile(reg));
  // The sync as the SSM document runs it: the machine's recorded arguments, the whole registry.
  c.write('/var/tmp/sync.sh', 'mapfile -t a </etc/research-workspace/sync-users.args\nexec /usr/local/sbin/rws-sync-users "${a[@]}" /var/tmp/registry.tsv\n');
  before = sensitive(c);
  again = provision(c, ud);
  for (let i = 0; i < 2; i++) {
    const r = c.runScript('/var/tmp/sync.sh', {});
    syncs.push({ status: r.status, out: r.stdout + r.stderr });
  }
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: symbolic links planted in homes never make root write, chown, chmod or read outside them', () => {
  test('the first provisioning (no links yet) succeeds', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
  });

  test('(a) after the provisioning and two syncs, no sensitive file or folder changed: content, owner, mode, links', () => {
    if (!RUN) return;
    expect(before).not.toBe('');
    expect(sensitive(c)).toBe(before);
    // And the obvious ones, spelled out.
    expect(c.exists('/etc/sudoers.d/gh')).toBe(false);
    expect(c.exists('/etc/sudoers.d/erin')).toBe(false);
    expect(c.exists('/etc/ssh/readme.txt')).toBe(false);
    expect(c.exists('/etc/cron.d/jupyter.token')).toBe(false);
    expect(c.stat('/etc/sudoers.d')).toMatchObject({ uid: 0, mode: '0755' });
    expect(c.stat('/etc/cron.daily')).toMatchObject({ uid: 0, mode: '0755' });
    expect(c.read('/etc/passwd')).toMatch(/^root:x:0:0:/);
  });

  test('(c) the provisioning and the syncs succeed and name every refused path', () => {
    if (!RUN) return;
    if (again.status !== 0) throw new Error(explain(again));
    for (const s of syncs) expect(s).toMatchObject({ status: 0 });
    const sync = syncs[0].out;
    expect(sync).toContain('refused /shared/home/bob/.ssh/authorized_keys');
    expect(sync).toContain('refused /shared/home/carol/.ssh');
    expect(sync).toContain('refused /shared/home/dave/.ssh');
    const log = again.log.slice(first.log.length);
    expect(log).toContain('refused /shared/home/bob/.config/research-workspace');
    expect(log).toContain('refused /shared/home/bob/notes');
    expect(log).toContain('refused /shared/scratch');
  });

  test('(b) users who planted nothing (and erin, whose trap was only the old temporary name) have exactly their keys', () => {
    if (!RUN) return;
    const reg = registry();
    for (const n of ['alice', 'erin']) {
      const u = reg.user(n);
      const f = `/shared/home/${n}/.ssh/authorized_keys`;
      expect(c.stat(f)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0600', isDir: false });
      expect(c.read(f).split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(u.sshKeys.map((k) => k.line));
      expect(c.stat(`/shared/home/${n}`)).toMatchObject({ uid: u.uid, mode: '0700' });
    }
    // The planted links are left as they were (root does not clean up a user's home).
    expect(c.sh('readlink /shared/home/bob/.ssh/authorized_keys').trim()).toBe('/etc/shadow');
    expect(c.read('/root/.ssh/authorized_keys')).toContain('root@admin');
    expect(c.read('/root/.ssh/authorized_keys')).not.toContain('carol');
  });

  // Mutation tests: the sync has two layers (the privilege drop, the link refusals), each enough
  // alone against these links; removing both lets the same links reach root's files.
  const DROP = 'as_user() { local u=$1 g=$2; shift 2; (cd / && setpriv --reuid="$u" --regid="$g" --clear-groups --reset-env -- "$@"); }';
  const CHECKS = ['[ ! -L "$d" ] || refuse "$d"', '[ ! -L "$f" ] || refuse "$f"'];
  function mutant(dropPrivileges: boolean, refuseLinks: boolean): string {
    let text = WorkspaceUserData.syncUsersScript();
    if (!dropPrivileges) {
      expect(text).toContain(DROP);
      text = text.replace(DROP, 'as_user() { shift 2; (cd / && "$@"); }');
    }
    if (!refuseLinks) {
      for (const l of CHECKS) {
        expect(text).toContain(l);
        text = text.replace(l, ':');
      }
    }
    c.write('/var/tmp/rws-sync-mutant', text, 0o755);
    c.write('/var/tmp/sync-mutant.sh', 'mapfile -t a </etc/research-workspace/sync-users.args\nexec /var/tmp/rws-sync-mutant "${a[@]}" /var/tmp/registry.tsv\n');
    const m = c.runScript('/var/tmp/sync-mutant.sh', {});
    return m.stdout + m.stderr;
  }

  test('mutation: the sync run as root but with the link refusals changes nothing outside the homes', () => {
    if (!RUN) return;
    const out = mutant(false, true);
    expect(out).toContain('refused /shared/home/carol/.ssh');
    expect(sensitive(c)).toBe(before);
  });

  test('mutation: the sync without the link refusals but as the user changes nothing outside the homes', () => {
    if (!RUN) return;
    mutant(true, false);
    expect(sensitive(c)).toBe(before);
  });

  test('mutation: without both (root, following links) the same links reach root\'s files', () => {
    if (!RUN) return;
    mutant(false, false);
    expect(sensitive(c)).not.toBe(before);
    expect(c.read('/root/.ssh/authorized_keys')).toContain(keyOf('carol')); // carol's ~/.ssh -> /root/.ssh
    expect(c.stat('/etc/sudoers.d').mode).toBe('0700'); // dave's ~/.ssh -> /etc/sudoers.d
  });
});
