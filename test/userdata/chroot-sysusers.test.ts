/**
 * How rws-sync-users hands its batch of new accounts to systemd-sysusers (issue 18). sysusers asks
 * NSS about every new name and id, and NSS's files source reads /etc/passwd or /etc/group whole for
 * each question: with a thousand users already on the machine, a thousand more took 2 s instead of
 * 0.1 s in this chroot. Where passwd and group come from files and systemd alone (getent lists
 * every entry of both, so the sync's own conflict check saw them all) and no nscd caches them, the
 * sync passes --root=/, which makes sysusers check only the files it writes. Anywhere else (LDAP,
 * SSSD, compat, a merge action, nscd) sysusers asks NSS as before. Run for real in the Debian 12
 * chroot, sysusers behind a wrapper that logs its arguments.
 */
import { TestChroot } from './helpers/chroot';
import { canChroot } from './helpers/tools';
import { UserRegistry } from '../../src';
import { WorkspaceUserData } from '../../src/workspaces/userdata';
import { inlineToolCode } from '../../src/workspaces/userdata/private/render';

const RUN = canChroot('the chroot sysusers tests (chroot-sysusers)');
const LOG = '/var/tmp/sysusers-calls.log';
const DEBIAN_NSS = 'passwd:         files\ngroup:          files\nshadow:         files\n';

let c: TestChroot;
let scenario = 0;

/**
 * Syncs a registry of two new users and a group of their own (ids never used before), partial
 * (-P: the users of earlier scenarios stay), with `nsswitch` as /etc/nsswitch.conf; returns the
 * arguments sysusers got.
 */
function syncNew(nsswitch: string, tool = 'rws-sync-users'): string {
  scenario += 1;
  const base = 7000 + scenario * 10;
  const reg = UserRegistry.fromProps({
    sourceName: `test/sysusers-${scenario}.yaml`,
    userIdRange: { min: 7000, max: 7999 },
    groupIdRange: { min: 8000, max: 8999 },
    groups: [{ name: `team${scenario}`, gid: 8000 + scenario }],
    users: [
      { name: `s${scenario}a`, uid: base, groups: [`team${scenario}`] },
      { name: `s${scenario}b`, uid: base + 1, groups: [`team${scenario}`] },
    ],
  });
  c.write('/etc/nsswitch.conf', nsswitch);
  c.write('/var/tmp/registry.tsv', WorkspaceUserData.registryFile(reg));
  c.write(LOG, '');
  c.write('/var/tmp/sync.sh', `exec /usr/local/sbin/${tool} -P -K -H /home /var/tmp/registry.tsv\n`);
  const r = c.runScript('/var/tmp/sync.sh');
  if (r.status !== 0) throw new Error(`sync failed (${r.status}): ${r.stdout}${r.stderr}`);
  expect(r.stdout).toContain('created 3 groups and 2 users');
  // The accounts as the registry says, whichever way sysusers checked.
  expect(c.sh(`id -u s${scenario}a; id -g s${scenario}b; getent group team${scenario}`).trim().split('\n'))
    .toEqual([String(base), String(reg.user(`s${scenario}b`).gid), `team${scenario}:x:${8000 + scenario}:s${scenario}a,s${scenario}b`]);
  return c.read(LOG).trim();
}

beforeAll(() => {
  if (!RUN) return;
  c = TestChroot.create('sysusers');
  c.write('/usr/local/sbin/rws-sync-users', WorkspaceUserData.syncUsersScript(), 0o755);
  c.write('/usr/local/sbin/rws-sync-users-inline', inlineToolCode('sync-users.sh'), 0o755);
  const bin = c.sh('command -v systemd-sysusers').trim();
  c.sh(`mv ${bin} ${bin}.real && printf '%s\\n' '#!/bin/sh' 'printf "%s\\n" "$*" >>${LOG}' 'exec ${bin}.real "$@"' >${bin} && chmod 0755 ${bin}`);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: rws-sync-users and systemd-sysusers', () => {
  test('passwd and group from files (this Debian\'s nsswitch.conf), no nscd: sysusers checks only the files (--root=/)', () => {
    if (!RUN) return;
    expect(c.read('/etc/nsswitch.conf')).toMatch(/^passwd:\s+files\n/m);
    expect(syncNew(c.read('/etc/nsswitch.conf'))).toBe('--root=/ -');
  });

  test('files and systemd (a booted Debian or Ubuntu): also --root=/', () => {
    if (!RUN) return;
    expect(syncNew('# comment\npasswd: files systemd\ngroup:\tfiles  systemd\nshadow: files\nhosts: files dns\n')).toBe('--root=/ -');
  });

  test.each([
    ['LDAP for passwd', 'passwd: files ldap\ngroup: files\n'],
    ['SSSD for group', 'passwd: files systemd\ngroup: sss files systemd\n'],
    ['compat (NIS entries)', 'passwd: compat\ngroup: compat\n'],
    ['a merge action', 'passwd: files\ngroup: files [SUCCESS=merge] systemd\n'],
    ['no group line', 'passwd: files\n'],
    ['a comment after the sources', 'passwd: files # ldap later\ngroup: files\n'],
  ])('%s: sysusers asks NSS about every new name and id, as without the sync', (_what, nsswitch) => {
    if (!RUN) return;
    expect(syncNew(nsswitch)).toBe('-');
  });

  test('nscd running (its socket there): sysusers asks NSS and flushes nscd\'s cache itself', () => {
    if (!RUN) return;
    c.sh('install -d /run/nscd && : >/run/nscd/socket');
    try {
      expect(syncNew(DEBIAN_NSS)).toBe('-');
    } finally {
      c.sh('rm -f /run/nscd/socket');
    }
  });

  test('the copy a user-data carries inline (16 KB) always lets sysusers ask NSS', () => {
    if (!RUN) return;
    expect(syncNew(DEBIAN_NSS, 'rws-sync-users-inline')).toBe('-');
  });
});
