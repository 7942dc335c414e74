/**
 * Where the spool lives matters on Proxmox, where the release area is a separate (NFS) file
 * system: `rws-release process` takes a spool entry with a rename, which keeps the entry's owner
 * and link count only within one file system. Executed in a Debian 12 chroot, with a tmpfs
 * standing in for the NFS mount of the release area:
 *
 * - the control removed (the spool on the workspace's own disk, ReleaseCommand's default): a
 *   researcher hard-links another researcher's writable file into the spool, and the move into
 *   the area, now a copy, files it as the other researcher's request;
 * - the layout ProxmoxPermitEnvironment ships (the spool inside the area): the hard link cannot
 *   even be made, and an honest request is the requester's.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { ReleaseCommand } from '../../src';
import { analysisReleaseExtras, RELEASE_SPOOL } from '../../src/constructs/proxmox/private/permit';
import { permitRootfs, Sandbox } from '../permit/helpers/chroot';

const ALICE = 5001;
const BOB = 5002;
const shipped = (p: string) => analysisReleaseExtras('p-042', '10.42.7.10').files.find((f) => f.path === p)!.content;

test('the script the analysis workspace gets keeps its spool inside the release area', () => {
  expect(RELEASE_SPOOL).toBe('/data/release/spool');
  expect(shipped(ReleaseCommand.INSTALL_PATH)).toMatch(/^SPOOL='\/data\/release\/spool'$/m);
  expect(shipped('/etc/systemd/system/rws-release.path')).toMatch(/^PathChanged=\/data\/release\/spool$/m);
});

describe('in a Debian 12 chroot, the release area on a file system of its own', () => {
  let box: Sandbox | undefined;
  let area = '';
  beforeAll(() => {
    const rootfs = permitRootfs();
    if (!rootfs) return;
    box = Sandbox.create(rootfs);
    area = box.path('/data/release');
    fs.mkdirSync(area, { recursive: true });
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m,mode=0755', 'rws-release-area', area], { encoding: 'utf8' });
    expect(m.stderr).toBe('');
    box.write('/usr/local/bin/rws-release-shipped', shipped(ReleaseCommand.INSTALL_PATH), 0o755);
    box.write('/usr/local/bin/rws-release-local-spool', ReleaseCommand.script({ permitId: 'p-042' }), 0o755);
    const setup = box.run(['/bin/bash', '-c', [
      'set -e',
      'groupadd -g 5000 researchers',
      `useradd -m -u ${ALICE} -U -G researchers alice`,
      `useradd -m -u ${BOB} -U -G researchers bob`,
      'install -d -o root -g researchers -m 2775 /data/outputs',
      'printf "aggregate results\\n" >/data/outputs/summary.txt && chmod 0664 /data/outputs/summary.txt',
      // Bob keeps a notes file anyone may write (a careless umask); it lives on the workspace's own disk.
      `install -o ${BOB} -g ${BOB} -m 0666 /dev/null /tmp/bob-notes`,
      'rws-release-shipped setup',
      'rws-release-local-spool setup',
    ].join('\n')]);
    expect(setup.stderr).toBe('');
    expect(setup.status).toBe(0);
  }, 900_000);
  afterAll(async () => {
    if (area) spawnSync('umount', [area]);
    await box?.destroy();
  });

  const asAlice = (script: string) => box!.run(['setpriv', `--reuid=${ALICE}`, `--regid=${ALICE}`, '--init-groups', '/bin/bash', '-c', script]);
  const requestJson = () => box!.run(['/bin/bash', '-c', 'cat /data/release/requests/*/request.json 2>/dev/null; rm -rf /data/release/requests/*']).stdout;

  test('control removed (spool on the workspace\'s disk): a hard link to bob\'s file becomes a request in bob\'s name', () => {
    if (!box) return;
    const token = 'aaaaaaaaaaaaaaaa';
    const link = asAlice(`printf 'justification forged\\nfile summary.txt\\n' >/tmp/bob-notes && ln /tmp/bob-notes /var/spool/rws-release/${token}.req`);
    expect(link.stderr).toBe('');
    expect(box.run(['rws-release-local-spool', 'process']).status).toBe(0);
    expect(box.read(`/data/release/status/${BOB}-${token}`)).toMatch(/^accepted rq-/);
    expect(JSON.parse(requestJson())).toMatchObject({ requester: 'bob', requesterUid: BOB, justification: 'forged' });
  });

  test('as shipped (spool inside the area): the hard link cannot be made, and alice\'s request is alice\'s', () => {
    if (!box) return;
    expect(box.run(['stat', '-c', '%a %U', RELEASE_SPOOL]).stdout.trim()).toBe('1733 root');
    const link = asAlice(`ln /tmp/bob-notes ${RELEASE_SPOOL}/bbbbbbbbbbbbbbbb.req`);
    expect(link.status).not.toBe(0);
    expect(link.stderr).toMatch(/cross-device/i);
    const r = asAlice('rws-release-shipped request -m "table for the paper" /data/outputs/summary.txt');
    expect(r.status).toBe(0);
    const token = /request ([0-9a-f]{16}) queued/.exec(r.stdout)![1];
    expect(box.run(['rws-release-shipped', 'process']).status).toBe(0);
    expect(asAlice(`rws-release-shipped status ${token}`).stdout).toMatch(/^accepted rq-/);
    expect(JSON.parse(requestJson())).toMatchObject({ requester: 'alice', requesterUid: ALICE, justification: 'table for the paper' });
    // Nothing of bob's was filed.
    expect(box.run(['/bin/bash', '-c', `ls /data/release/status | grep -c '^${BOB}-bbbb' || true`]).stdout.trim()).toBe('0');
  });
});
