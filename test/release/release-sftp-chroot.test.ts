/**
 * Delivery to an SFTP drop, for real: OpenSSH's sshd runs in a Debian 12 chroot (key login only,
 * internal-sftp), the delivery runs the host's sftp client against it. The files arrive under
 * the drop's folder as the request recorded them, nothing is left half-written, and a drop whose
 * host key is not known gets nothing.
 */
import { execFileSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReleaseDestinationKind, ReleaseRequest, ReleaseState } from '../../src';
import { deliver } from '../../src/cli/release-delivery';
import { snapshotFiles } from '../../src/cli/release-store';
import { requireTool } from '../helpers/tools';
import { freePort, permitRootfs, Sandbox, waitForPort } from '../permit/helpers/chroot';

test('an approved request arrives in the SFTP drop; an unknown host key stops it', async () => {
  if (!requireTool('sftp', 'SFTP delivery runs the OpenSSH sftp client')) return;
  const rootfs = permitRootfs();
  if (!rootfs) return;
  const box = Sandbox.create(rootfs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-release-sftp-'));
  try {
    // The drop: an account with a key, an incoming folder, sshd with key logins and internal-sftp only.
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'release-service', '-f', path.join(dir, 'id')]);
    const setup = box.run(['/bin/bash', '-c', [
      'set -e', 'useradd -m -u 6001 -U -s /bin/bash release-drop', 'usermod -p "*" release-drop', 'install -d -o release-drop -g release-drop -m 0750 /home/release-drop/incoming',
      'install -d -o release-drop -g release-drop -m 0700 /home/release-drop/.ssh', 'mkdir -p /run/sshd',
      'ssh-keygen -q -t ed25519 -N "" -f /etc/ssh/test_host_key',
    ].join('\n')]);
    expect(setup.status).toBe(0);
    box.write('/home/release-drop/.ssh/authorized_keys', fs.readFileSync(path.join(dir, 'id.pub'), 'utf8'), 0o600);
    expect(box.run(['chown', 'release-drop:release-drop', '/home/release-drop/.ssh/authorized_keys']).status).toBe(0);
    const port = await freePort();
    box.write('/etc/ssh/test_sshd_config', [
      `Port ${port}`, 'ListenAddress 127.0.0.1', 'HostKey /etc/ssh/test_host_key', 'PasswordAuthentication no', 'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes', 'UsePAM no', 'AuthorizedKeysFile .ssh/authorized_keys', 'Subsystem sftp internal-sftp', 'AllowUsers release-drop', '',
    ].join('\n'));
    const sshd = box.start(['/usr/sbin/sshd', '-D', '-e', '-f', '/etc/ssh/test_sshd_config']);
    await waitForPort(port).catch((e) => { throw new Error(`${e.message}: ${sshd.output()}`); });
    const hostKey = box.read('/etc/ssh/test_host_key.pub').split(' ').slice(0, 2).join(' ');
    fs.writeFileSync(path.join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostKey}\n`);
    fs.writeFileSync(path.join(dir, 'empty_known_hosts'), '');
    const config = (knownHosts: string) => {
      const f = path.join(dir, `ssh_config-${path.basename(knownHosts)}`);
      fs.writeFileSync(f, `Host 127.0.0.1\n  IdentityFile ${path.join(dir, 'id')}\n  IdentitiesOnly yes\n  UserKnownHostsFile ${knownHosts}\n  GlobalKnownHostsFile /dev/null\n`);
      return f;
    };
    // An approved request's snapshot.
    const outputs = path.join(dir, 'outputs');
    fs.mkdirSync(path.join(outputs, 'tables'), { recursive: true });
    fs.writeFileSync(path.join(outputs, 'tables', 'table2.csv'), 'stratum,n\nall,3515\n');
    fs.writeFileSync(path.join(outputs, 'README.txt'), 'Table 2\n');
    const files = snapshotFiles(outputs, ['tables/table2.csv', 'README.txt'], path.join(dir, 'snap', 'files'));
    const request = (id: string): ReleaseRequest => ({
      id,
      permitId: 'p-301',
      requester: 'alice',
      state: ReleaseState.APPROVED,
      files,
      justification: 'Table 2',
      createdAt: 't',
      updatedAt: 't',
      approvals: [{ reviewer: 'hdab-ben', at: 't' }, { reviewer: 'hdab-cleo', at: 't' }],
    });
    const dest = { kind: ReleaseDestinationKind.SFTP, host: '127.0.0.1', port, user: 'release-drop', path: 'incoming' };

    // The host key is unknown: nothing is sent.
    await expect(deliver(dest, request('rq-unknown'), path.join(dir, 'snap', 'files'), { RWS_SFTP_CONFIG: config(path.join(dir, 'empty_known_hosts')) }))
      .rejects.toThrow(/delivery-failed: sftp to release-drop@127\.0\.0\.1 failed: .*(Host key verification failed|Connection closed)/);
    expect(fs.readdirSync(box.path('/home/release-drop/incoming'))).toEqual([]);

    const where = await deliver(dest, request('rq-1'), path.join(dir, 'snap', 'files'), { RWS_SFTP_CONFIG: config(path.join(dir, 'known_hosts')) })
      .catch((e) => { throw new Error(`${e.message}\nsshd said: ${sshd.output()}`); });
    expect(where).toBe(`sftp://release-drop@127.0.0.1:${port}/incoming/rq-1`);
    const drop = box.path('/home/release-drop/incoming');
    expect(fs.readdirSync(drop)).toEqual(['rq-1']);
    const got = (p: string) => fs.readFileSync(path.join(drop, 'rq-1', p));
    expect(got('files/tables/table2.csv')).toEqual(fs.readFileSync(path.join(outputs, 'tables', 'table2.csv')));
    expect(got('files/README.txt').toString()).toBe('Table 2\n');
    expect(JSON.parse(got('MANIFEST.json').toString())).toMatchObject({ requestId: 'rq-1', approvedBy: [{ reviewer: 'hdab-ben' }, { reviewer: 'hdab-cleo' }] });
    expect(got('SHA256SUMS').toString()).toBe(files.map((f) => `${crypto.createHash('sha256').update(fs.readFileSync(path.join(outputs, f.path))).digest('hex')}  files/${f.path}\n`).join(''));
    // Written as the drop's account, and delivered once: a second delivery cannot replace it.
    expect(fs.statSync(path.join(drop, 'rq-1', 'MANIFEST.json')).uid).toBe(6001);
    await expect(deliver(dest, request('rq-1'), path.join(dir, 'snap', 'files'), { RWS_SFTP_CONFIG: config(path.join(dir, 'known_hosts')) })).rejects.toThrow(/delivery-failed/);
    expect(fs.readdirSync(drop)).toEqual(['rq-1']);
  } finally {
    await box.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
