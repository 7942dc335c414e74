/**
 * rws-sync-users skips the homes whose ~/.ssh and authorized_keys are as its last run recorded
 * them (keys-state: type, device, inode, owner, mode, size and change time, and the managed
 * block). Run for real in the Debian 12 chroot: a re-run with nothing changed starts no process
 * as any user; every kind of change brings the user's keys sync back: an edit in place that keeps
 * the inode, the size and the modification time, a new key in the registry, a link planted at
 * ~/.ssh. The change time is what catches the edit in place: without it in the record (mutation)
 * the edit survives.
 */
import { TestChroot } from './helpers/chroot';
import { keyOf } from './helpers/fixtures';
import { canChroot, sshKey } from './helpers/tools';
import { UserRegistry } from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot keys-state tests (chroot-sync-skip)');
const BEGIN = '# BEGIN research-workspace registry keys (managed: edits inside are replaced)';
/** setpriv in the chroot logs each call (the user it runs as) before it runs the real one. */
const SETPRIV_LOG = '/var/tmp/setpriv.log';

function registry(bobKeys: string[]): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: 'test/skip-users.yaml',
    userIdRange: { min: 5000, max: 5999 },
    groupIdRange: { min: 6000, max: 6999 },
    groups: [{ name: 'genomics' }],
    users: [
      { name: 'alice', groups: ['genomics'], sshKeys: [keyOf('alice')] },
      { name: 'bob', groups: ['genomics'], sshKeys: bobKeys },
      { name: 'carol', groups: ['genomics'] },
    ],
  });
}

let c: TestChroot;

/** Runs the sync (script text, registry) and returns its output and the users setpriv ran as. */
function sync(reg: UserRegistry, script = WorkspaceUserData.syncUsersScript()): { out: string; asUsers: string[] } {
  c.write('/usr/local/sbin/rws-sync-users', script, 0o755);
  c.write('/var/tmp/registry.tsv', WorkspaceUserData.registryFile(reg));
  c.write(SETPRIV_LOG, '');
  c.write('/var/tmp/sync.sh', 'exec /usr/local/sbin/rws-sync-users -H /home /var/tmp/registry.tsv\n');
  const r = c.runScript('/var/tmp/sync.sh');
  if (r.status !== 0) throw new Error(`sync failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  const uids = new Map([...c.passwd()].map(([n, p]) => [String(p.uid), n]));
  const asUsers = c.read(SETPRIV_LOG).split('\n').filter((l) => l).map((uid) => uids.get(uid) ?? uid);
  return { out: r.stdout + r.stderr, asUsers };
}

/**
 * Overwrites bytes of a file in place as its owner (same inode, same size) and sets its
 * modification time back, as the owner can: only the change time shows the edit.
 */
function editInPlace(user: string, file: string, from: string, to: string): void {
  const text = c.read(file);
  const at = text.indexOf(from);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(to.length).toBe(from.length);
  c.sh(`runuser -u ${user} -- sh -c 't=$(stat -c %y "$2"); printf %s "$1" | dd of="$2" bs=1 seek="$3" conv=notrunc status=none; touch -d "$t" "$2"' `
    + `sh '${to}' '${file}' ${at}`);
}

/** Inode, size and modification time. */
function inode(file: string): string {
  return c.sh(`stat -c '%i %s %y' ${file}`).trim();
}

beforeAll(() => {
  if (!RUN) return;
  c = TestChroot.create('sync-skip');
  // A logging setpriv in front of the real one (the sync finds /usr/local/bin first on its PATH).
  c.write('/usr/local/bin/setpriv', [
    '#!/bin/bash',
    'for a in "$@"; do case $a in --reuid=*) printf "%s\\n" "${a#--reuid=}" >>' + SETPRIV_LOG + ' ;; esac; done',
    'exec /usr/bin/setpriv "$@"',
    '',
  ].join('\n'), 0o755);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: rws-sync-users re-runs skip unchanged homes and notice every change', () => {
  const bobKey = keyOf('bob');

  test('the first run creates the homes and records them; a re-run with nothing changed runs nothing as a user', () => {
    if (!RUN) return;
    const first = sync(registry([bobKey]));
    expect(first.out).toContain('created 3 homes under /home');
    expect(first.asUsers).toEqual([]); // new homes are written by root before they are handed over
    expect(c.read('/var/lib/research-workspace/keys-state').split('\n').filter((l) => l).map((l) => l.split('\t')[0]).sort())
      .toEqual(['alice', 'bob', 'carol']);
    expect(c.stat('/var/lib/research-workspace/keys-state')).toMatchObject({ uid: 0 });
    const again = sync(registry([bobKey]));
    expect(again.asUsers).toEqual([]);
    expect(again.out).not.toContain('wrote authorized_keys');
    expect(again.out).toContain('in sync: 3 users');
  });

  test('an edit in place (same inode, same size) inside the managed block is noticed and replaced', () => {
    if (!RUN) return;
    const f = '/home/alice/.ssh/authorized_keys';
    const before = c.read(f);
    const ino = inode(f);
    editInPlace('alice', f, 'alice@', 'xxxxx@');
    expect(inode(f)).toBe(ino);
    expect(c.read(f)).not.toBe(before);
    const r = sync(registry([bobKey]));
    expect(r.asUsers).toEqual(['alice']);
    expect(r.out).toContain('wrote authorized_keys of 1 users');
    expect(c.read(f)).toBe(before);
    // Written this run: checked once more at the next, then skipped again.
    expect(sync(registry([bobKey])).asUsers).toEqual(['alice']);
    expect(sync(registry([bobKey])).asUsers).toEqual([]);
  });

  test('a new key in the registry reaches the home at the next run', () => {
    if (!RUN) return;
    const extra = sshKey('bob@second-laptop');
    const r = sync(registry([bobKey, extra]));
    expect(r.asUsers).toEqual(['bob']);
    const lines = c.read('/home/bob/.ssh/authorized_keys').split('\n');
    expect(lines).toContain(BEGIN);
    expect(lines).toContain(extra);
  });

  test('a link planted at ~/.ssh is looked at (and refused) at the next run', () => {
    if (!RUN) return;
    sync(registry([bobKey]));
    c.sh('rm -rf /home/carol/.ssh && runuser -u carol -- ln -s /root/.ssh /home/carol/.ssh');
    const r = sync(registry([bobKey]));
    expect(r.out).toContain('refused /home/carol/.ssh');
    expect(c.exists('/root/.ssh/authorized_keys')).toBe(false);
  });

  test('mutation: without the change time in the record, the same edit in place goes unnoticed', () => {
    if (!RUN) return;
    const fmt = "stat --printf '%n\\t%f %d %i %u:%g:%a %s %.9Y %.9Z\\n'";
    const script = WorkspaceUserData.syncUsersScript();
    expect(script).toContain(fmt);
    const mutant = script.replace(fmt, "stat --printf '%n\\t%f %d %i %u:%g:%a %s %.9Y\\n'");
    c.sh('rm -f /home/carol/.ssh');
    sync(registry([bobKey]), mutant); // records nothing it could not stat before (carol's new ~/.ssh)
    sync(registry([bobKey]), mutant);
    expect(sync(registry([bobKey]), mutant).asUsers).toEqual([]);
    const f = '/home/alice/.ssh/authorized_keys';
    const before = c.read(f);
    editInPlace('alice', f, 'alice@', 'yyyyy@');
    expect(sync(registry([bobKey]), mutant).asUsers).toEqual([]);
    expect(c.read(f)).not.toBe(before); // the edit survived: the change time is what notices it
  });
});
