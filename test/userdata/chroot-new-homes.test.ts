/**
 * How rws-sync-users creates new homes (issue 18): one perl process for every new home when perl
 * is there and /etc/skel holds only plain files; the copy a user-data carries inline (16 KB) writes
 * with shell builtins and chowns with one perl process; without perl, one chown per home. Run for
 * real in the Debian 12 chroot: the three ways give the same homes (paths, owners, modes, types,
 * contents), the first is the one taken on Debian, and a home that is already there is never
 * written into by root.
 */
import { TestChroot } from './helpers/chroot';
import { keyOf, template } from './helpers/fixtures';
import { explain, provision } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { UserRegistry } from '../../src';
import { WorkspacePlatform, WorkspaceUserData } from '../../src/workspaces/userdata';
import { inlineToolCode } from '../../src/workspaces/userdata/private/render';

const RUN = canChroot('the chroot new-homes tests (chroot-new-homes)');
const PERL_LOG = '/var/tmp/perl-calls.log';

function registry(): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: 'test/new-homes-users.yaml',
    userIdRange: { min: 5000, max: 5999 },
    groupIdRange: { min: 6000, max: 6999 },
    groups: [{ name: 'genomics' }],
    users: [
      { name: 'alice', uid: 5000, groups: ['genomics'], sshKeys: [keyOf('alice'), keyOf('alice', 'alice@laptop')] },
      { name: 'bob', uid: 5001, groups: ['genomics'], sshKeys: [keyOf('bob')] },
      { name: 'dave', uid: 5003, groups: ['genomics'] },
    ],
  });
}

let c: TestChroot;

/** Runs the sync with homes under `base` (extra flags first); fails the test when it fails. */
function sync(base: string, flags = '', tool = 'rws-sync-users'): string {
  c.write('/var/tmp/sync.sh', `exec /usr/local/sbin/${tool} ${flags} -H ${base} /var/tmp/registry.tsv\n`);
  const r = c.runScript('/var/tmp/sync.sh');
  if (r.status !== 0) throw new Error(`sync failed (${r.status}): ${r.stdout}${r.stderr}`);
  return r.stdout + r.stderr;
}

/** Every path below `base`, relative, with owner, mode and type, and the hash of each file. */
function listing(base: string): string {
  return c.sh(`cd ${base} && find . -mindepth 1 -printf '%P %U:%G %m %y\\n' | LC_ALL=C sort && find . -type f -exec sha256sum {} + | LC_ALL=C sort -k2`);
}

/** How often the sync ran its perl home creation so far (the wrapper logs each program). */
function perlHomeRuns(): number {
  return c.read(PERL_LOG).split('use Fcntl').length - 1;
}

/** Runs `fn` with perl out of the PATH's reach (moved aside and back). */
function withoutPerl<T>(fn: () => T): T {
  c.sh('mv /usr/bin/perl /usr/bin/perl.hidden');
  try {
    return fn();
  } finally {
    c.sh('mv /usr/bin/perl.hidden /usr/bin/perl');
  }
}

beforeAll(() => {
  if (!RUN) return;
  c = TestChroot.create('new-homes');
  c.write('/usr/local/sbin/rws-sync-users', WorkspaceUserData.syncUsersScript(), 0o755);
  c.write('/var/tmp/registry.tsv', WorkspaceUserData.registryFile(registry()));
  // perl behind a wrapper that records its programs: which way the sync took is then known.
  c.sh(`mv /usr/bin/perl /usr/bin/perl.real && printf '%s\\n' '#!/bin/sh' 'printf "%s\\n" "$*" >>${PERL_LOG}' 'exec /usr/bin/perl.real "$@"' >/usr/bin/perl && chmod 0755 /usr/bin/perl`);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: new homes', () => {
  test('with perl: one process creates the homes, owned by their users, root\'s until the end', () => {
    if (!RUN) return;
    const out = sync('/home');
    expect(out).toContain('created 3 homes under /home');
    expect(out).not.toMatch(/fixed \d+ owners/); // made right, not repaired by the owner check after it
    expect(perlHomeRuns()).toBe(1);
    const reg = registry();
    for (const u of reg.users) {
      const h = `/home/${u.name}`;
      expect(c.stat(h)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0700', isDir: true });
      expect(c.stat(`${h}/.ssh`)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0700', isDir: true });
      for (const f of ['.bashrc', '.profile', '.bash_logout']) {
        expect(c.stat(`${h}/${f}`)).toMatchObject({ uid: u.uid, gid: u.gid, mode: '0600', isDir: false });
        expect(c.read(`${h}/${f}`)).toBe(c.read(`/etc/skel/${f}`));
      }
    }
    const keys = c.read('/home/alice/.ssh/authorized_keys').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(keys).toEqual(reg.user('alice').sshKeys.map((k) => k.line));
    expect(c.stat('/home/alice/.ssh/authorized_keys')).toMatchObject({ uid: 5000, mode: '0600' });
    expect(c.exists('/home/dave/.ssh/authorized_keys')).toBe(false);
  });

  test('the copy a user-data carries (shell writes, one perl chown) gives the same homes, path for path', () => {
    if (!RUN) return;
    c.write('/usr/local/sbin/rws-sync-users-inline', inlineToolCode('sync-users.sh'), 0o755);
    // The same users, their homes moved to /home2 (which does not exist yet): created anew.
    const out = sync('/home2', '', 'rws-sync-users-inline');
    expect(out).toContain('created 3 homes under /home2');
    expect(out).not.toMatch(/fixed \d+ owners/);
    expect(perlHomeRuns()).toBe(1); // still only the first run's
    expect(c.read(PERL_LOG)).toContain('chown($u, $g, $p)');
    expect(listing('/home2')).toBe(listing('/home'));
    expect(listing('/home')).toContain('alice/.ssh/authorized_keys 5000:5000 600 f');
  });

  test('without perl: the shell way (one chown per home) gives the same homes, path for path', () => {
    if (!RUN) return;
    const out = withoutPerl(() => sync('/home2b'));
    expect(out).toContain('created 3 homes under /home2b');
    expect(out).not.toMatch(/fixed \d+ owners/);
    expect(listing('/home2b')).toBe(listing('/home'));
  });

  test('with -K (keys left alone): no ~/.ssh in a new home, either way', () => {
    if (!RUN) return;
    sync('/home3', '-K');
    withoutPerl(() => sync('/home4', '-K'));
    expect(c.exists('/home3/alice/.ssh')).toBe(false);
    expect(c.exists('/home3/alice/.bashrc')).toBe(true);
    expect(listing('/home4')).toBe(listing('/home3'));
  });

  test('a home that is already there (here: root\'s, with a file) is not written into, only handed to its user', () => {
    if (!RUN) return;
    c.sh('install -d -m 0755 /home5/bob && printf mine >/home5/bob/.bashrc');
    const out = sync('/home5');
    expect(out).toContain('created 2 homes under /home5');
    expect(c.read('/home5/bob/.bashrc')).toBe('mine');
    expect(c.stat('/home5/bob')).toMatchObject({ uid: 5001, mode: '0700' });
    expect(c.stat('/home5/bob/.bashrc')).toMatchObject({ uid: 0 });
  });
});

describe('chroot: a Kubernetes workspace\'s provisioning, which carries the whole tools inline', () => {
  let k: TestChroot;
  beforeAll(() => {
    if (RUN) k = TestChroot.create('new-homes-k8s');
  }, 1_800_000);
  afterAll(() => {
    k?.destroy();
  });

  test('creates the homes the perl way, and its re-run takes the re-run shortcut of rws-sync-users', () => {
    if (!RUN) return;
    const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: registry(), platform: WorkspacePlatform.KUBERNETES });
    const first = provision(k, ud);
    if (first.status !== 0) throw new Error(explain(first));
    expect(first.log).toContain('created 3 homes under /home');
    expect(k.read('/usr/local/sbin/rws-sync-users')).toContain('O_NOFOLLOW');
    expect(k.stat('/home/alice/.ssh/authorized_keys')).toMatchObject({ uid: 5000, mode: '0600' });
    const managed = '/var/lib/research-workspace/managed-users';
    const before = k.sh(`stat -c '%i %Y' ${managed}`);
    const again = provision(k, ud);
    if (again.status !== 0) throw new Error(explain(again));
    // The shortcut rewrites no state file (a whole run replaces managed-users with a new file).
    expect(k.sh(`stat -c '%i %Y' ${managed}`)).toBe(before);
    expect(k.exists('/var/lib/research-workspace/fast')).toBe(true);
  });
});
