/**
 * rws-sync-users' re-run shortcut (the `fast` record): a run that leaves the machine in a state on
 * which another run would change nothing records one hash of everything a run reads, and a later
 * run that finds the same hash stops there. Run for real in the Debian 12 chroot: a re-run with
 * nothing changed takes the shortcut (it rewrites no state file), and every change, whether in the
 * registry, by root's hand in /etc or by a researcher in their home, is applied by the next run.
 * Mutations: without the accounts in the hash a shell changed by hand survives; without the
 * script in it a new version of the script is skipped.
 */
import { TestChroot } from './helpers/chroot';
import { keyOf, template } from './helpers/fixtures';
import { canChroot, sshKey } from './helpers/tools';
import { UserRegistry, UserRegistryProps } from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot re-run shortcut tests (chroot-sync-fast)');
const STATE = '/var/lib/research-workspace';
const SUDOERS = '/etc/sudoers.d/90-research-workspace-users';

type Users = UserRegistryProps['users'];

function registry(edit: (users: Users) => Users = (u) => u): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: 'test/fast-users.yaml',
    userIdRange: { min: 5000, max: 5999 },
    groupIdRange: { min: 6000, max: 6999 },
    groups: [{ name: 'genomics' }, { name: 'imaging' }],
    users: edit([
      { name: 'alice', uid: 5000, groups: ['genomics'], sshKeys: [keyOf('alice')], sudo: true },
      { name: 'bob', uid: 5001, groups: ['genomics'], sshKeys: [keyOf('bob')] },
      { name: 'carol', uid: 5002, groups: ['imaging'], sshKeys: [keyOf('carol')] },
    ]),
  });
}

let c: TestChroot;

/** Runs the sync with a registry (and a script text); its output, and whether it took the shortcut. */
function sync(reg: UserRegistry, script = WorkspaceUserData.syncUsersScript()): { out: string; status: number; fast: boolean } {
  c.write('/usr/local/sbin/rws-sync-users', script, 0o755);
  c.write('/var/tmp/registry.tsv', WorkspaceUserData.registryFile(reg));
  c.write('/var/tmp/sync.sh', 'exec /usr/local/sbin/rws-sync-users -H /home /var/tmp/registry.tsv\n');
  const before = c.exists(`${STATE}/managed-users`) ? inode(`${STATE}/managed-users`) : '';
  const r = c.runScript('/var/tmp/sync.sh');
  // A whole run replaces managed-users (a new file renamed over it); the shortcut writes nothing.
  return { out: r.stdout + r.stderr, status: r.status, fast: before !== '' && inode(`${STATE}/managed-users`) === before };
}

function ok(reg: UserRegistry, script?: string): { out: string; fast: boolean } {
  const r = sync(reg, script);
  if (r.status !== 0) throw new Error(`sync failed (${r.status}): ${r.out}`);
  return r;
}

function inode(file: string): string {
  return c.sh(`stat -c '%i %Y' ${file}`).trim();
}

/** After a change was applied: the run after it is a shortcut again (at most one more whole run first). */
function settles(reg: UserRegistry): void {
  if (!ok(reg).fast) expect(ok(reg).fast).toBe(true);
}

beforeAll(() => {
  if (!RUN) return;
  c = TestChroot.create('sync-fast');
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: the re-run shortcut of rws-sync-users applies every change', () => {
  test('the first run records the state; a re-run with nothing changed takes the shortcut and says the same', () => {
    if (!RUN) return;
    const first = ok(registry());
    expect(first.out).toContain('created 3 homes under /home');
    expect(first.fast).toBe(false);
    const rec = c.stat(`${STATE}/fast`);
    expect(rec).toMatchObject({ uid: 0, gid: 0, mode: '0600' });
    expect(c.stat(STATE)).toMatchObject({ uid: 0, mode: '0700' });
    const again = ok(registry());
    expect(again.fast).toBe(true);
    expect(again.out.trim()).toBe('rws-sync-users: in sync: 3 users, 2 groups');
  });

  test('a new key in the registry reaches the home', () => {
    if (!RUN) return;
    const extra = sshKey('bob@second-laptop');
    const reg = registry((u) => u.map((x) => (x.name === 'bob' ? { ...x, sshKeys: [keyOf('bob'), extra] } : x)));
    const r = ok(reg);
    expect(r.fast).toBe(false);
    expect(r.out).toContain('wrote authorized_keys of 1 users');
    expect(c.read('/home/bob/.ssh/authorized_keys')).toContain(extra);
    settles(reg);
  });

  test('a group, a login shell and sudo changed in the registry are applied', () => {
    if (!RUN) return;
    const reg = registry((u) => u.map((x) => (x.name === 'carol' ? { ...x, groups: ['genomics'], shell: '/bin/sh', sudo: true } : x)));
    const r = ok(reg);
    expect(r.fast).toBe(false);
    expect(c.groups().get('genomics')!.members).toContain('carol');
    expect(c.groups().get('imaging')!.members).not.toContain('carol');
    expect(c.passwd().get('carol')!.shell).toBe('/bin/sh');
    expect(c.read(SUDOERS)).toContain('carol ALL=(ALL) NOPASSWD:ALL');
    settles(reg);
    // And back.
    expect(ok(registry()).fast).toBe(false);
    expect(c.passwd().get('carol')!.shell).toBe('/bin/bash');
    settles(registry());
  });

  test('a uid changed in the registry is reported as a conflict, not skipped', () => {
    if (!RUN) return;
    const uid = c.passwd().get('alice')!.uid;
    const reg = registry((u) => u.map((x) => (x.name === 'alice' ? { ...x, uid: 5900 } : x)));
    const r = sync(reg);
    expect(r.status).toBe(1);
    expect(r.out).toContain(`user "alice" exists with uid ${uid}, the registry says 5900`);
    settles(registry());
  });

  test('a user removed from the registry is locked', () => {
    if (!RUN) return;
    const reg = registry((u) => u.filter((x) => x.name !== 'bob'));
    const r = ok(reg);
    expect(r.fast).toBe(false);
    expect(r.out).toContain('user bob left the registry: locked (files kept)');
    expect(c.passwd().get('bob')!.shell).toBe('/usr/sbin/nologin');
    settles(reg);
    expect(ok(registry()).fast).toBe(false); // back in the registry: unlocked
    expect(c.passwd().get('bob')!.shell).toBe('/bin/bash');
    settles(registry());
  });

  test('edits by hand in /etc: a shell in /etc/passwd, a group member, the sudoers drop-in', () => {
    if (!RUN) return;
    c.sh("sed -i 's|^\\(alice:.*\\):/bin/bash$|\\1:/bin/sh|' /etc/passwd");
    expect(c.passwd().get('alice')!.shell).toBe('/bin/sh');
    expect(ok(registry()).fast).toBe(false);
    expect(c.passwd().get('alice')!.shell).toBe('/bin/bash');
    settles(registry());
    c.sh('gpasswd -d bob genomics >/dev/null');
    expect(ok(registry()).fast).toBe(false);
    expect(c.groups().get('genomics')!.members).toContain('bob');
    settles(registry());
    c.sh(`rm -f ${SUDOERS}`);
    expect(ok(registry()).fast).toBe(false);
    expect(c.read(SUDOERS)).toContain('alice ALL=(ALL) NOPASSWD:ALL');
    settles(registry());
  });

  test('a researcher\'s changes in their home: an edit in place of authorized_keys, the home\'s mode, a link at ~/.ssh', () => {
    if (!RUN) return;
    const f = '/home/alice/.ssh/authorized_keys';
    const before = c.read(f);
    // Same inode, same size, modification time set back: only the change time shows it.
    const at = before.indexOf('alice@');
    c.sh(`runuser -u alice -- sh -c 't=$(stat -c %y "$1"); printf xxxxx | dd of="$1" bs=1 seek=${at} conv=notrunc status=none; touch -d "$t" "$1"' sh ${f}`);
    expect(c.read(f)).not.toBe(before);
    const r = ok(registry());
    expect(r.fast).toBe(false);
    expect(c.read(f)).toBe(before);
    settles(registry());
    c.sh('runuser -u bob -- chmod 0755 /home/bob');
    expect(ok(registry()).fast).toBe(false);
    expect(c.stat('/home/bob').mode).toBe('0700');
    settles(registry());
    c.sh('rm -rf /home/carol/.ssh && runuser -u carol -- ln -s /root/.ssh /home/carol/.ssh');
    const link = ok(registry());
    expect(link.fast).toBe(false);
    expect(link.out).toContain('refused /home/carol/.ssh');
    // Refused: nothing is recorded, every later run looks again.
    expect(ok(registry()).out).toContain('refused /home/carol/.ssh');
    c.sh('rm -f /home/carol/.ssh');
    ok(registry());
    settles(registry());
  });

  test('a state file removed, and a new version of the script, take the whole run', () => {
    if (!RUN) return;
    c.sh(`rm -f ${STATE}/keys-state`);
    expect(ok(registry()).fast).toBe(false);
    settles(registry());
    const newer = WorkspaceUserData.syncUsersScript() + '# a newer version\n';
    expect(ok(registry(), newer).fast).toBe(false);
    settles(registry());
  });

  test('the copy a user-data carries inline has no shortcut and records nothing', () => {
    if (!RUN) return;
    const inline = WorkspaceUserData.generate({ template: template('minimal'), registry: registry(), owner: 'alice' })
      .generatedScripts().find((p) => p.name === 'bin/rws-sync-users')!.content;
    expect(inline).not.toContain('fp()');
    c.sh(`rm -f ${STATE}/fast`);
    expect(ok(registry(), inline).fast).toBe(false);
    expect(c.exists(`${STATE}/fast`)).toBe(false);
    expect(ok(registry(), inline).out).toContain('in sync: 3 users, 2 groups');
  });

  test('mutation: without the accounts in the hash, a shell changed by hand survives the next run', () => {
    if (!RUN) return;
    const script = WorkspaceUserData.syncUsersScript();
    const line = '    getent passwd\n';
    expect(script).toContain(line);
    const mutant = script.replace(line, '');
    ok(registry(), mutant);
    ok(registry(), mutant);
    c.sh("sed -i 's|^\\(alice:.*\\):/bin/bash$|\\1:/bin/sh|' /etc/passwd");
    expect(ok(registry(), mutant).fast).toBe(true);
    expect(c.passwd().get('alice')!.shell).toBe('/bin/sh');
    // The real script restores it.
    expect(ok(registry()).fast).toBe(false);
    expect(c.passwd().get('alice')!.shell).toBe('/bin/bash');
  });

  test('mutation: without the script in the hash, a new version of the script is skipped', () => {
    if (!RUN) return;
    const script = WorkspaceUserData.syncUsersScript();
    const from = 'cat -- "$0" "$registry"';
    expect(script).toContain(from);
    const mutant = script.replace(from, 'cat -- "$registry"');
    ok(registry(), mutant);
    ok(registry(), mutant);
    expect(ok(registry(), mutant + '# a newer version\n').fast).toBe(true);
  });
});
