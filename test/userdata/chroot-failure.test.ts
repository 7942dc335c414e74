/**
 * Failures inside a real Debian 12 chroot: every one must stop the run with a non-zero exit,
 * end the log with the step and a reason that says what to fix, and change nothing it should
 * not. Also the sync script's own defences against a crafted registry file.
 */
import { TestChroot } from './helpers/chroot';
import { EVIL, labRegistry, template, templateFrom } from './helpers/fixtures';
import { explain, provision, pwnedFiles } from './helpers/provision';
import { canChroot, sshKey } from './helpers/tools';
import { RegistryDelivery, SecretReference, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot failure tests');

let c: TestChroot;

beforeAll(() => {
  if (RUN) c = TestChroot.create('failure');
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

function lastLine(log: string): string {
  return log.trim().split('\n').pop()!;
}

describe('chroot: failures end the log with a clear reason and a non-zero exit', () => {
  test('a uid already taken on the machine: refused before anything changes', () => {
    if (!RUN) return;
    c.sh('useradd -M -u 5000 mallory');
    const before = c.read('/etc/passwd');
    const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: labRegistry() });
    const r = provision(c, ud);
    expect(r.status).toBe(1);
    const last = lastLine(r.log);
    expect(last).toContain('FAILED in step users');
    expect(last).toContain('uid 5000 of "alice" is already used by user "mallory"');
    expect(last).toContain('Fix: ');
    expect(r.stdout.trim().split('\n').pop()).toBe(last); // the console (cloud-init-output.log) ends with the same line
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nstep=users\nreason=.*mallory/);
    expect(c.read('/etc/passwd')).toBe(before);
    c.sh('userdel mallory');
  });

  test('a failing post_install: the reason names it and the exit status; the next run retries it', () => {
    if (!RUN) return;
    const yaml = (body: string) => `
name: Fails
slug: fails
description: post_install fails
base: debian-12
package_manager: apt
idle_detection: { enabled: false }
post_install: |
${body.split('\n').map((l) => `  ${l}`).join('\n')}
`;
    const bad = WorkspaceUserData.generate({ template: templateFrom(yaml('echo "about to fail"\nexit 7'), 'fails') });
    const r = provision(c, bad);
    expect(r.status).toBe(1);
    expect(r.log).toContain('about to fail');
    expect(lastLine(r.log)).toMatch(/FAILED in step post_install: the template's post_install exited with status 7 \(its output is in the log above\)\. Fix: /);
    const good = WorkspaceUserData.generate({ template: templateFrom(yaml('echo fixed > /var/tmp/fixed'), 'fails') });
    const r2 = provision(c, good);
    if (r2.status !== 0) throw new Error(explain(r2));
    expect(c.read('/var/tmp/fixed')).toBe('fixed\n');
  });

  test('a required file that cannot be fetched', () => {
    if (!RUN) return;
    const t = templateFrom(`
name: Fetch
slug: fetch
description: a file from S3
base: debian-12
package_manager: apt
idle_detection: { enabled: false }
files:
  - { destination: /etc/lab/config.json, source: "s3://lab-bucket/config.json" }
`, 'fetch');
    const r = provision(c, WorkspaceUserData.generate({ template: t }));
    expect(r.status).toBe(1);
    expect(lastLine(r.log)).toContain('FAILED in step files: could not fetch s3://lab-bucket/config.json for /etc/lab/config.json');
  });

  test('a registry that cannot be fetched names the location and the fix', () => {
    if (!RUN) return;
    const ud = WorkspaceUserData.generate({ template: template('minimal'), registry: labRegistry(), registryDelivery: RegistryDelivery.httpUrl('https://lab.example.edu/users.tsv.gz') });
    const r = provision(c, ud);
    expect(r.status).toBe(1);
    const last = lastLine(r.log);
    expect(last).toContain('FAILED in step registry: fetching https://lab.example.edu/users.tsv.gz: command');
    expect(last).toContain('Fix: check that it exists and that this machine may read it');
  });

  test('a secret that is not a plain token is refused, and its value is not logged', () => {
    if (!RUN) return;
    const t = templateFrom(`
name: Sec
slug: sec
description: jupyter
base: debian-12
package_manager: conda
idle_detection: { enabled: false }
services: [{ name: jupyter, port: 8888 }]
`, 'sec');
    c.write('/srv/fake-secrets/_lab_token', 'abc"def\nINJECTED=1');
    const ud = WorkspaceUserData.generate({
      template: t, registry: labRegistry(), users: ['alice'], owner: 'alice', secrets: { jupyterToken: SecretReference.ssmParameter('/lab/token') },
    });
    const r = provision(c, ud);
    expect(r.status).toBe(1);
    expect(lastLine(r.log)).toContain('FAILED in step services: the secret /lab/token is not 8-512 characters of letters, digits');
    expect(r.log).not.toContain('INJECTED');
    expect(c.exists('/etc/research-workspace/secrets/jupyter.env')).toBe(false);
  });
});

describe('chroot: rws-sync-users rejects a crafted registry file', () => {
  const run = (tsv: string) => {
    c.write('/root/crafted.tsv', tsv);
    c.write('/usr/local/sbin/rws-sync-users', WorkspaceUserData.syncUsersScript(), 0o755);
    const r = c.runScript('/root/run-sync.sh', {}, 60_000);
    return r;
  };


  beforeAll(() => {
    if (RUN) c.write('/root/run-sync.sh', 'exec /usr/local/sbin/rws-sync-users /root/crafted.tsv\n');
  });

  test.each([
    ['a user name with a command substitution', 'U\t$(touch /tmp/pwned-key)\t5100\tx\t5100\t/bin/bash\t0\t-\n', /bad user record/],
    ['a user name with backticks', 'U\t`touch /tmp/pwned-backtick`\t5100\tx\t5100\t/bin/bash\t0\t-\n', /bad user record/],
    ['a shell that is a command', 'U\teve\t5100\teve\t5100\t/bin/sh -c touch /tmp/pwned-semicolon\t0\t-\n', /bad user record/],
    ['a key line with sshd options', `U\teve\t5100\teve\t5100\t/bin/bash\t0\t-\nK\teve\tcommand="touch /tmp/pwned-key" ${sshKey()}\n`, /not a single OpenSSH public key line/],
    ['a group list with a command', 'G\tg1\t6100\nU\teve\t5100\teve\t5100\t/bin/bash\t0\tg1;touch /tmp/pwned-semicolon\n', /bad group list/],
    ['a non-numeric id', 'U\teve\t51$(id)\teve\t5100\t/bin/bash\t0\t-\n', /bad user record/],
    ['an unknown record', 'X\t$(touch /tmp/pwned-key)\n', /unknown record type/],
    // Fields are split in the shell, never expanded as file names; a line of nine fields or more
    // is read as read -r gives it (the rest in the last field).
    ['a glob as a user name', 'U\t*\t5100\tx\t5100\t/bin/bash\t0\t-\n', /line 2: bad user record for "\*"/],
    ['a tenth field after the group list', 'G\tg1\t6100\nU\teve\t5100\teve\t5100\t/bin/bash\t0\tg1\t\tg2\n', /line 3: bad group list "g1\t\tg2" for "eve"/],
    ['a key with a tab in its comment', `U\teve\t5100\teve\t5100\t/bin/bash\t0\t-\nK\teve\t${sshKey()}\tx\n`, /not a single OpenSSH public key line/],
    ['a key with two spaces after its type', `U\teve\t5100\teve\t5100\t/bin/bash\t0\t-\nK\teve\t${sshKey().replace(' ', '  ')}\n`, /not a single OpenSSH public key line/],
    ['a key with three = at its end', 'U\teve\t5100\teve\t5100\t/bin/bash\t0\t-\nK\teve\tssh-rsa AAAAB3===\n', /not a single OpenSSH public key line/],
  ])('%s', (_what, tsv, reason) => {
    if (!RUN) return;
    const r = run(`# research-workspace registry v1\n${tsv}`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(reason);
    expect(c.passwd().has('eve')).toBe(false);
    expect(pwnedFiles(c)).toEqual([]);
  });

  test('a key comment with shell code is written verbatim and never run', () => {
    if (!RUN) return;
    const key = sshKey(`eve@host ${EVIL}`);
    const r = run(`U\teve\t5100\teve\t5100\t/bin/bash\t0\t-\nK\teve\t${key}\n`);
    expect(r.status).toBe(0);
    expect(c.read('/home/eve/.ssh/authorized_keys')).toContain(key);
    expect(pwnedFiles(c)).toEqual([]);
  });
});
