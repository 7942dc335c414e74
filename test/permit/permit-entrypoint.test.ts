/**
 * The permit entrypoint, for real: shellcheck, then runs in a Debian 12 chroot (accounts,
 * homes, hostile values refused with nothing executed), the airlock's sshd with the generated
 * configuration and a real sftp client (uploads work, reading/listing/removing does not), and
 * squid parsing the package proxy's configuration.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { PermitEntrypoint, PermitEntrypointMode, PermitLifecycle, PermitStatus } from '../../src';
import { AIRLOCK_CAPABILITIES, DESKTOP_CAPABILITIES, squidConfig, squidDomains } from '../../src/constructs/terraform/permit-common';
import { hasTool, requireTool } from '../helpers/tools';
import { freePort, permitRootfs, Sandbox, waitForPort } from './helpers/chroot';
import { basePermit } from './helpers/synth';

const DESKTOP = PermitEntrypoint.script(PermitEntrypointMode.DESKTOP);
const SFTP = PermitEntrypoint.script(PermitEntrypointMode.SFTP_AIRLOCK);
const PW_A = 'Correct-horse-battery-1';
const PW_B = 'Another.Secret=value%2';

describe('generated scripts', () => {
  test.each([['desktop', DESKTOP], ['sftp-airlock', SFTP]])('%s entrypoint passes shellcheck', (_mode, script) => {
    if (!requireTool('shellcheck', 'the permit entrypoint is checked with shellcheck')) return;
    const r = spawnSync('shellcheck', ['--shell=bash', '--severity=style', '-'], { input: script, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('the scripts never evaluate a value: no eval, no source, no unquoted expansion of an input', () => {
    for (const s of [DESKTOP, SFTP]) {
      expect(s).not.toMatch(/\beval\b|\bsource\b|^\s*\.\s/m);
      expect(s).toMatch(/^set -euo pipefail$/m);
    }
  });

  test('the variables match what the construct sets', () => {
    const plan = PermitLifecycle.plan(basePermit(PermitStatus.ANALYSIS_ACTIVE));
    const vars = PermitEntrypoint.userEnvironment(plan.workspaces[0].users);
    expect(vars.map((v) => v.name)).toEqual(['USER_COUNT', 'USERNAME', 'USER_UID', 'USER_GID', 'USERNAME_2', 'USER_UID_2', 'USER_GID_2']);
    expect(PermitEntrypoint.passwordVariable(2)).toBe('USER_PASSWORD_2');
  });
});

describe('in a Debian 12 chroot', () => {
  let rootfs: string | undefined;
  let box: Sandbox | undefined;
  beforeAll(() => {
    rootfs = permitRootfs();
    if (!rootfs) return;
    box = Sandbox.create(rootfs);
    box.write('/opt/permit/desktop.sh', DESKTOP, 0o555);
    box.write('/opt/permit/sftp-airlock.sh', SFTP, 0o555);
  }, 900_000);
  afterAll(async () => box?.destroy());

  const desktop = (env: Record<string, string>, cmd: string[] = ['/bin/true']) => box!.run(['/bin/bash', '/opt/permit/desktop.sh', ...cmd], env);
  const passwd = () => box!.read('/etc/passwd');
  const shadow = () => box!.read('/etc/shadow');

  test('creates the accounts from the environment before it starts the desktop', () => {
    if (!box) return;
    const env = {
      USER_COUNT: '2',
      USERNAME: 'alice',
      USER_UID: '20010',
      USER_GID: '20010',
      USER_PASSWORD: PW_A,
      USERNAME_2: 'bob',
      USER_UID_2: '20011',
      USER_PASSWORD_2: PW_B,
      PERMIT_HTTP_PROXY: 'http://egress-proxy.permit-p-1.svc.cluster.local:3128',
      PERMIT_NO_PROXY: 'localhost,.svc',
    };
    // The "desktop" here prints what it sees: the accounts already exist, passwords are gone.
    const r = desktop(env, ['/bin/sh', '-c', 'id alice && id bob && env']);
    expect(r.stderr).toContain('account alice ready (uid 20010, gid 20010)');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('uid=20010(alice) gid=20010(alice) groups=20010(alice)');
    expect(r.stdout).toContain('uid=20011(bob) gid=20011(bob)');
    expect(r.stdout).not.toContain('PASSWORD');
    expect(passwd()).toMatch(/^alice:x:20010:20010::\/home\/alice:\/bin\/bash$/m);
    expect(passwd()).toMatch(/^bob:x:20011:20011::\/home\/bob:\/bin\/bash$/m);
    for (const [name, uid] of [['alice', 20010], ['bob', 20011]] as const) {
      const st = fs.statSync(box.path(`/home/${name}`));
      expect([st.uid, st.gid, st.mode % 0o1000]).toEqual([uid, uid, 0o700]);
      expect(box.read(`/home/${name}/.xsession`)).toBe('xfce4-session\n');
      expect(fs.statSync(box.path(`/home/${name}/.xsession`)).uid).toBe(uid);
    }
    // Hashed (yescrypt on Debian 12), never stored as given.
    expect(shadow()).toMatch(/^alice:\$y\$[^:]+:/m);
    expect(shadow()).not.toContain(PW_A);
    // The password works: the account can be authenticated with it.
    const check = box.run(['/usr/bin/perl', '-e', 'my @p = getpwnam("alice"); print crypt($ARGV[0], $p[1]) eq $p[1] ? "ok" : "bad"', PW_A]);
    expect(check.stdout).toBe('ok');
    expect(box.read('/etc/profile.d/permit-proxy.sh')).toContain('https_proxy=http://egress-proxy.permit-p-1.svc.cluster.local:3128');
  });

  test('a restarted container (same accounts) starts again without changes', () => {
    if (!box) return;
    const before = passwd();
    const r = desktop({ USERNAME: 'alice', USER_UID: '20010', USER_PASSWORD: PW_A });
    expect(r.status).toBe(0);
    expect(passwd()).toBe(before);
    // Without the proxy variables the proxy settings are removed.
    expect(box.exists('/etc/profile.d/permit-proxy.sh')).toBe(false);
  });

  test('no password stays readable: the accounts file loses its passwords, the research user finds the password nowhere, login still works, a restart keeps it', () => {
    if (!box) return;
    const PW_D = 'Dave-only-Secret.value=7';
    const file = PermitEntrypoint.ACCOUNTS_FILE;
    // As the Proxmox machine's cloud-init writes it (root, 0600), and systemd hands it over (EnvironmentFile=).
    box.write(file, `USER_COUNT='1'\nUSERNAME='dave'\nUSER_UID='20030'\nUSER_GID='20030'\nUSER_PASSWORD='${PW_D}'\n`, 0o600);
    const env = { USER_COUNT: '1', USERNAME: 'dave', USER_UID: '20030', USER_GID: '20030' };
    const r = desktop({ ...env, USER_PASSWORD: PW_D });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`removed the passwords from ${file}`);
    expect(r.stderr).not.toContain(PW_D);
    expect(box.read(file)).toBe("USER_COUNT='1'\nUSERNAME='dave'\nUSER_UID='20030'\nUSER_GID='20030'\n");
    const st = fs.statSync(box.path(file));
    expect({ mode: st.mode % 0o1000, uid: st.uid }).toEqual({ mode: 0o600, uid: 0 });

    // Login works: the shadow hash is the password's.
    const verify = () => box!.run(['/usr/bin/perl', '-e', 'my $h = (split /:/, `getent shadow dave`)[1]; exit(crypt($ARGV[0], $h) eq $h ? 0 : 1)', PW_D]);
    expect(verify().status).toBe(0);

    // The research user, after set-up, cannot read the password in any file.
    const dirs = ['/etc', '/home', '/opt', '/root', '/run', '/srv', '/tmp', '/usr/local', '/var'];
    const search = () => box!.run(['/usr/sbin/runuser', '-u', 'dave', '--', '/bin/grep', '-r', '-l', '-s', '-F', '--', PW_D, ...dirs]);
    expect(search().stdout).toBe('');
    // The search can fail: a readable copy is found (and root still finds nothing either).
    box.write('/var/tmp/leak.txt', `password=${PW_D}\n`, 0o644);
    expect(search().stdout).toBe('/var/tmp/leak.txt\n');
    fs.rmSync(box.path('/var/tmp/leak.txt'));
    expect(box.run(['/bin/grep', '-r', '-l', '-s', '-F', '--', PW_D, ...dirs]).stdout).toBe('');

    // A restart (the next boot) reads the scrubbed file: the account keeps its password.
    const shadowBefore = shadow();
    const again = desktop(env);
    expect(again.status).toBe(0);
    expect(again.stderr).not.toContain('removed the passwords');
    expect(shadow()).toBe(shadowBefore);
    expect(verify().status).toBe(0);
  });

  test('the desktop entrypoint needs no more than the pod keeps: DESKTOP_CAPABILITIES and no_new_privs', () => {
    if (!box) return;
    // setpriv inside the chroot: the chroot itself is the test's, not the pod's.
    const caps = DESKTOP_CAPABILITIES.map((c) => `+${c.toLowerCase()}`).join(',');
    const confined = ['/usr/bin/setpriv', '--no-new-privs', '--inh-caps', '-all', '--bounding-set', `-all,${caps}`, '--'];
    const env = { USERNAME: 'erin', USER_UID: '20040', USER_PASSWORD: PW_B };
    const r = box.run([...confined, '/bin/bash', '/opt/permit/desktop.sh', '/bin/sh', '-c', 'grep -E "^(CapBnd|NoNewPrivs)" /proc/self/status'], env);
    expect(r.stderr).toContain('account erin ready (uid 20040, gid 20040)');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^NoNewPrivs:\s*1$/m);
    expect(passwd()).toMatch(/^erin:x:20040:20040::\/home\/erin:\/bin\/bash$/m);
    const home = fs.statSync(box.path('/home/erin'));
    expect({ uid: home.uid, mode: home.mode % 0o1000 }).toEqual({ uid: 20040, mode: 0o700 });
    // The check can fail: without CHOWN the home cannot be given to the user.
    const without = DESKTOP_CAPABILITIES.filter((c) => c !== 'CHOWN').map((c) => `+${c.toLowerCase()}`).join(',');
    const f = box.run(['/usr/bin/setpriv', '--no-new-privs', '--inh-caps', '-all', '--bounding-set', `-all,${without}`, '--',
      '/bin/bash', '/opt/permit/desktop.sh', '/bin/true'], { USERNAME: 'fred', USER_UID: '20041', USER_PASSWORD: PW_B });
    expect(f.status).not.toBe(0);
  });

  test('accounts that came with the image are locked', () => {
    if (!box) return;
    expect(box.run(['/usr/sbin/useradd', '--uid', '1000', '--create-home', 'imageuser']).status).toBe(0);
    box.run(['/usr/sbin/chpasswd'], {}, 'imageuser:imagepassword\n');
    const r = desktop({ USERNAME: 'alice', USER_UID: '20010', USER_PASSWORD: PW_A });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('locked account imageuser (uid 1000) that came with the image');
    expect(shadow()).toMatch(/^imageuser:![^:]*:\d*:\d*:\d*:\d*:\d*:1:/m);
  });

  // Each value is refused before anything changes, with a message naming the variable, and
  // the command is never started.
  const base = { USERNAME: 'carol', USER_UID: '20020', USER_PASSWORD: PW_A };
  test.each<[string, Record<string, string>, RegExp]>([
    ['a shell command in the name', { USERNAME: 'x;touch /pwned' }, /USERNAME must be a POSIX login name.*\(got x\\;touch\\ \/pwned\)/],
    ['command substitution in the name', { USERNAME: '$(touch /pwned)' }, /USERNAME must be a POSIX login name/],
    ['a newline in the name', { USERNAME: 'carol\nroot' }, /USERNAME must be a POSIX login name.*\(got \$'carol\\nroot'\)/],
    ['an upper-case name', { USERNAME: 'Carol' }, /USERNAME must be a POSIX login name/],
    ['a system account', { USERNAME: 'root' }, /USERNAME must not name a system account \(got root\)/],
    ['a non-numeric uid', { USER_UID: 'abc' }, /USER_UID must be a whole number of at least 1000 \(got abc\)/],
    ['arithmetic injection in the uid', { USER_UID: 'a[$(touch /pwned)]' }, /USER_UID must be a whole number of at least 1000/],
    ['a system uid', { USER_UID: '999' }, /USER_UID must be a whole number of at least 1000 \(got 999\)/],
    ['uid 0', { USER_UID: '0' }, /USER_UID must be a whole number/],
    ['a leading zero (octal in bash arithmetic)', { USER_UID: '010000' }, /USER_UID must be a whole number/],
    ['nobody\'s uid', { USER_UID: '65534' }, /USER_UID must not be 65534/],
    ['a uid beyond 32 bits', { USER_UID: '4294967295' }, /USER_UID must be at most 4294967293/],
    ['a bad gid', { USER_GID: '1e3' }, /USER_GID must be a whole number/],
    ['a short password', { USER_PASSWORD: 'short' }, /USER_PASSWORD must be 12-256 printable characters.*\(value not shown\)/],
    ['a password with a colon', { USER_PASSWORD: 'has:a-colon-inside' }, /USER_PASSWORD must be 12-256 printable characters without spaces or ':'/],
    ['no password', { USER_PASSWORD: '' }, /USER_PASSWORD is not set/],
    ['a bad count', { USER_COUNT: '$(touch /pwned)' }, /USER_COUNT must be a number from 1 to 64/],
    ['a missing second account', { USER_COUNT: '2' }, /USERNAME_2 is not set/],
    ['a duplicate uid', { USER_COUNT: '2', USERNAME_2: 'dave', USER_UID_2: '20020', USER_PASSWORD_2: PW_B }, /USER_UID_2: uid 20020 is also carol's/],
    ['a proxy URL with a command', { PERMIT_HTTP_PROXY: 'http://x;touch /pwned:3128' }, /PERMIT_HTTP_PROXY must look like http:\/\/host:port/],
    ['a uid that belongs to someone else', { USER_UID: '20010' }, /uid 20010 already belongs to alice; give carol another uid/],
  ])('refuses %s, and nothing runs', (_what, change, message) => {
    if (!box) return;
    const before = [passwd(), box.read('/etc/group'), shadow()];
    const r = desktop({ ...base, ...change }, ['/usr/bin/touch', '/command-ran']);
    expect(r.stderr).toMatch(/^permit-entrypoint: refused: /);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toContain(PW_A);
    expect(r.status).toBe(PermitEntrypoint.REFUSED_EXIT_CODE);
    expect([passwd(), box.read('/etc/group'), shadow()]).toEqual(before);
    expect(box.exists('/pwned')).toBe(false);
    expect(box.exists('/command-ran')).toBe(false);
    expect(box.exists('/home/carol')).toBe(false);
  });

  test('without a command to start, it refuses before changing anything', () => {
    if (!box) return;
    const r = box.run(['/bin/bash', '/opt/permit/desktop.sh'], base);
    expect(r.stderr).toContain('no command to start');
    expect(passwd()).not.toContain('carol');
  });

  describe('the SFTP airlock: write-only uploads with the generated sshd_config', () => {
    let port = 0;
    let sshdPid: number | undefined;
    const holders = ['hospital-a', 'lab-b'];
    const sftp = (user: string, password: string, batch: string) => {
      box!.write('/tmp/batch', batch);
      // The -o options come first: sftp -b adds BatchMode=yes, and ssh keeps the first value it sees.
      return box!.run(['/usr/bin/sftp', '-o', 'BatchMode=no', '-o', 'NumberOfPasswordPrompts=1',
        '-o', 'StrictHostKeyChecking=no', '-o', 'UserKnownHostsFile=/dev/null', '-o', 'PubkeyAuthentication=no',
        '-P', String(port), '-b', '/tmp/batch', `${user}@127.0.0.1`],
      { SSH_ASKPASS: '/tmp/askpass', SSH_ASKPASS_REQUIRE: 'force', PERMIT_TEST_PASSWORD: password, HOME: '/root' });
    };

    beforeAll(async () => {
      if (!box) return;
      // What the pod gets: the upload areas (volumes), the host key (Secret) and sshd_config (ConfigMap).
      for (const h of holders) fs.mkdirSync(box.path(`/uploads/${h}`), { recursive: true });
      box.write('/etc/permit/sshd/sshd_config', PermitEntrypoint.sshdConfig(holders));
      fs.mkdirSync(box.path('/etc/permit/hostkey'), { recursive: true });
      expect(box.run(['/usr/bin/ssh-keygen', '-q', '-t', 'ed25519', '-N', '', '-f', PermitEntrypoint.HOST_KEY_PATH]).status).toBe(0);
      fs.chmodSync(box.path(PermitEntrypoint.HOST_KEY_PATH), 0o400);
      box.write('/tmp/askpass', '#!/bin/sh\nprintf \'%s\\n\' "$PERMIT_TEST_PASSWORD"\n', 0o755);
      box.write('/tmp/data.csv', 'id,value\n1,42\n');
      const env = {
        USER_COUNT: '2',
        USERNAME: 'hospital-a',
        USER_UID: '30001',
        USER_PASSWORD: PW_A,
        USERNAME_2: 'lab-b',
        USER_UID_2: '30002',
        USER_PASSWORD_2: PW_B,
      };
      // The entrypoint runs sshd's own configuration test as the "server" first, then the real
      // server; both with the pod's security context: only AIRLOCK_CAPABILITIES, no_new_privs.
      const confined = requireTool('setpriv', 'the airlock is run with exactly the capabilities its pod keeps')
        ? ['setpriv', '--no-new-privs', '--inh-caps', '-all', '--bounding-set', `-all,${AIRLOCK_CAPABILITIES.map((c) => `+${c.toLowerCase()}`).join(',')}`, '--']
        : [];
      const r = box.run(['/bin/bash', '/opt/permit/sftp-airlock.sh', '/usr/sbin/sshd', '-t', '-f', '/etc/permit/sshd/sshd_config'], env, undefined, confined);
      expect(r.stderr).toContain('account lab-b ready (uid 30002, gid 30002)');
      expect(r.status).toBe(0);
      port = await freePort();
      const sshd = box.start(['/bin/bash', '/opt/permit/sftp-airlock.sh',
        '/usr/sbin/sshd', '-D', '-e', '-f', '/etc/permit/sshd/sshd_config', '-p', String(port), '-o', 'ListenAddress=127.0.0.1'], env, confined);
      await waitForPort(port).catch((e) => { throw new Error(`${e.message}: ${sshd.output()}`); });
      // setpriv, chroot, env and the entrypoint all exec: the process started is sshd itself now.
      sshdPid = sshd.pid;
    }, 120_000);

    test('sshd runs with the pod\'s capability set and no_new_privs', () => {
      if (!box || !hasTool('setpriv')) return;
      const status = fs.readFileSync(`/proc/${sshdPid}/status`, 'utf8');
      // The process is sshd itself (not bash or setpriv): its own argv, or the title sshd sets a
      // moment after it listens (reading it earlier is a race).
      expect(fs.readFileSync(`/proc/${sshdPid}/cmdline`, 'utf8')).toMatch(/^(sshd: )?\/usr\/sbin\/sshd[ \0]-D/);
      const bounding = BigInt(`0x${/^CapBnd:\s*([0-9a-f]+)$/m.exec(status)![1]}`);
      const bits: Record<string, number> = {
        CHOWN: 0, DAC_OVERRIDE: 1, FOWNER: 3, KILL: 5, SETGID: 6, SETUID: 7, NET_BIND_SERVICE: 10, SYS_CHROOT: 18, AUDIT_WRITE: 29,
      };
      expect(bounding).toBe(AIRLOCK_CAPABILITIES.reduce((a, c) => a + 2n ** BigInt(bits[c]), 0n));
      expect(status).toMatch(/^NoNewPrivs:\s*1$/m);
    });

    test('accounts have no shell; each upload area belongs to root with a write-only incoming folder', () => {
      if (!box) return;
      expect(passwd()).toMatch(/^hospital-a:x:30001:30001::\/incoming:\/usr\/sbin\/nologin$/m);
      const area = fs.statSync(box.path('/uploads/hospital-a'));
      expect([area.uid, area.mode % 0o1000]).toEqual([0, 0o755]);
      const incoming = fs.statSync(box.path('/uploads/hospital-a/incoming'));
      expect([incoming.uid, incoming.gid, incoming.mode % 0o1000]).toEqual([30001, 30001, 0o300]);
    });

    test('a data holder can upload files and folders', () => {
      if (!box) return;
      const r = sftp('hospital-a', PW_A, 'put /tmp/data.csv\nmkdir batch-1\nput /tmp/data.csv batch-1/part-1.csv\n');
      expect(r.stderr).not.toMatch(/denied|failure/i);
      expect(r.status).toBe(0);
      expect(box.read('/uploads/hospital-a/incoming/data.csv')).toBe('id,value\n1,42\n');
      const f = fs.statSync(box.path('/uploads/hospital-a/incoming/data.csv'));
      // Written 0200: even the owner cannot open it for reading.
      expect([f.uid, f.mode % 0o1000]).toEqual([30001, 0o200]);
      expect(fs.statSync(box.path('/uploads/hospital-a/incoming/batch-1')).mode % 0o1000).toBe(0o300);
      expect(box.read('/uploads/hospital-a/incoming/batch-1/part-1.csv')).toBe('id,value\n1,42\n');
    });

    test.each([
      ['list the folder', 'ls', /remote readdir\("\/incoming"\): Permission denied/],
      ['download an upload', 'get data.csv /tmp/back.csv', /Permission denied/],
      ['remove an upload', 'rm data.csv', /remote delete \/incoming\/data.csv: Permission denied/],
      ['rename an upload', 'rename data.csv other.csv', /Permission denied/],
      ['change permissions', 'chmod 644 data.csv', /Permission denied/],
      ['make a symlink', 'symlink data.csv link.csv', /Permission denied/],
      ['list the chroot', 'ls /', /Permission denied/],
    ])('a data holder cannot %s', (_what, command, message) => {
      if (!box) return;
      const r = sftp('hospital-a', PW_A, `${command}\n`);
      // (sftp's ls reports a refused listing but still exits 0: the message and the output count.)
      if (!command.startsWith('ls')) expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stdout.split('\n').filter((l) => !l.startsWith('sftp>')).join('\n')).not.toMatch(/data\.csv|batch-1|id,value/);
      expect(box.exists('/tmp/back.csv')).toBe(false);
      expect(box.read('/uploads/hospital-a/incoming/data.csv')).toBe('id,value\n1,42\n');
    });

    test('data holders are chrooted apart: lab-b cannot reach hospital-a\'s area', () => {
      if (!box) return;
      const r = sftp('lab-b', PW_B, '-put /tmp/data.csv ../../hospital-a/incoming/from-b.csv\n-put /tmp/data.csv /uploads/hospital-a/incoming/from-b2.csv\nput /tmp/data.csv mine.csv\n');
      expect(r.status).toBe(0);
      expect(box.exists('/uploads/hospital-a/incoming/from-b.csv')).toBe(false);
      expect(box.exists('/uploads/hospital-a/incoming/from-b2.csv')).toBe(false);
      expect(box.exists('/uploads/lab-b/incoming/mine.csv')).toBe(true);
    });

    test('a wrong password and an account that is not a data holder are refused', () => {
      if (!box) return;
      expect(sftp('hospital-a', PW_B, 'pwd\n').status).not.toBe(0);
      expect(box.run(['/usr/sbin/chpasswd'], {}, `alice:${PW_A}\n`).status).toBe(0);
      expect(sftp('alice', PW_A, 'pwd\n').status).not.toBe(0);
    });
  });

  test('squid accepts the package proxy configuration', () => {
    if (!box) return;
    const domains = squidDomains(['pypi.org', 'files.pythonhosted.org', '*.r-project.org', 'cran.r-project.org', 'conda.anaconda.org']);
    expect(domains).toEqual(['.r-project.org', 'conda.anaconda.org', 'files.pythonhosted.org', 'pypi.org']);
    box.write('/etc/squid/permit/allowed-domains.txt', `${domains.join('\n')}\n`);
    box.write('/etc/squid/permit/squid.conf', squidConfig('p-1', '/etc/squid/permit/allowed-domains.txt', 3128));
    const r = box.run(['/usr/sbin/squid', '-k', 'parse', '-f', '/etc/squid/permit/squid.conf']);
    expect(r.stderr).not.toMatch(/FATAL|ERROR|WARNING/);
    expect(r.status).toBe(0);
  });
});
