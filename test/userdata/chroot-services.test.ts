/**
 * Scenario "services" (issue 12.4): Jupyter, RStudio Server, code-server and a published
 * Streamlit, provisioned for real in the Debian 12 chroot (the software installers are the test's
 * stand-ins; apt really installs nftables and python3). Then, as an attacker with another local
 * account would try it: read the secrets, sign in to RStudio, connect to the service ports.
 * The port check runs the generated nftables rules in a network namespace of its own
 * (`unshare -n`), so the host's firewall is never touched.
 */
import { spawnSync } from 'child_process';
import { TestChroot } from './helpers/chroot';
import { labRegistry, templateFrom } from './helpers/fixtures';
import { explain, parseUnit, provision, ProvisionRun } from './helpers/provision';
import { canChroot, hasCommand } from './helpers/tools';
import { WorkspaceUserData } from '../../src/workspaces/userdata';
import { gateCode } from '../../src/workspaces/userdata/private/render';

const RUN = canChroot('the chroot provisioning tests (chroot-services)');
const SIGNER = 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lab-web/0123456789abcdef';
const SERVICES = templateFrom(`
name: Services
slug: services
description: every kind of web service the workspace runs
base: debian-12
package_manager: apt
services:
  - { name: jupyter, port: 8888 }
  - { name: rstudio, port: 8787 }
  - { name: code-server, port: 8080 }
  - { name: streamlit, port: 8501 }
idle_detection: { enabled: false }
`, 'services');

let c: TestChroot;
let first: ProvisionRun;

beforeAll(() => {
  if (!RUN) return;
  const ud = WorkspaceUserData.generate({
    template: SERVICES,
    registry: labRegistry(),
    owner: 'alice',
    publishedServices: ['streamlit'],
    gateway: { signerArn: SIGNER, region: 'eu-west-1', allowedEmails: ['alice@example.edu'] },
    maxUserDataBytes: 1_000_000,
  });
  c = TestChroot.create('services');
  first = provision(c, ud);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

/** Runs a command inside the chroot as a user; returns its exit status. */
function asUser(user: string, command: string, env: Record<string, string> = {}): number {
  const script = `/tmp/as-${user}-${Math.random().toString(36).slice(2)}.sh`;
  c.write(script, `${command}\n`, 0o755);
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  const r = spawnSync('chroot', [c.root, '/usr/sbin/runuser', '-u', user, '--', '/usr/bin/env', ...envArgs, '/bin/bash', script], { encoding: 'utf8', timeout: 60_000 });
  return r.status ?? -1;
}

describe('chroot: services authenticate, secrets are the owner\'s, other accounts cannot connect', () => {
  test('the provisioning succeeds', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
    expect(first.log).toContain('rws[services]: done');
  });

  test('no unit runs RStudio Server without authentication; it signs in through the workspace helper', () => {
    if (!RUN) return;
    const all = c.sh('cat /etc/systemd/system/rws-*.service');
    expect(all).not.toMatch(/--auth-none=1|--auth-none 1/);
    const rstudio = parseUnit(c.read('/etc/systemd/system/rws-rstudio.service'));
    expect(rstudio.Service.ExecStart[0]).toContain('--auth-none=0 --auth-pam-helper-path=/usr/local/lib/research-workspace/rws-rstudio-auth');
    expect(rstudio.Service.EnvironmentFile).toEqual(['/etc/research-workspace/secrets/rstudio.env']);
    expect(rstudio.Service.User).toEqual(['alice']);
  });

  test('every service secret is root-only, the owner\'s copies are hers alone, and bob can read none of them', () => {
    if (!RUN) return;
    const alice = labRegistry().user('alice');
    for (const s of ['jupyter', 'rstudio', 'code-server']) {
      const env = `/etc/research-workspace/secrets/${s}.env`;
      expect(c.stat(env)).toMatchObject({ uid: 0, gid: 0, mode: '0600' });
      const tok = `/home/alice/.config/research-workspace/${s}.token`;
      expect(c.stat(tok)).toMatchObject({ uid: alice.uid, mode: '0600' });
      expect(asUser('bob', `cat ${env}`)).not.toBe(0);
      expect(asUser('bob', `cat ${tok}`)).not.toBe(0);
      expect(asUser('alice', `cat ${env}`)).not.toBe(0); // systemd reads it for her service
      expect(asUser('alice', `cat ${tok} >/dev/null`)).toBe(0);
    }
    expect(c.stat('/etc/research-workspace/secrets')).toMatchObject({ uid: 0, mode: '0700' });
    expect(c.stat('/home/alice')).toMatchObject({ uid: alice.uid, mode: '0700' });
    // The gate's configuration holds no secret: root's, world-readable.
    expect(c.stat('/etc/research-workspace/gate/streamlit.json')).toMatchObject({ uid: 0, mode: '0644' });
  });

  test('RStudio Server\'s sign-in helper admits alice with the service password, and nobody else', () => {
    if (!RUN) return;
    const pw = /^RWS_SERVICE_PASSWORD=(\S+)\n$/.exec(c.read('/etc/research-workspace/secrets/rstudio.env'))![1];
    expect(pw.length).toBeGreaterThanOrEqual(30);
    const helper = '/usr/local/lib/research-workspace/rws-rstudio-auth';
    expect(c.stat(helper)).toMatchObject({ uid: 0, mode: '0755' });
    const env = { RWS_OWNER: 'alice', RWS_SERVICE_PASSWORD: pw };
    expect(asUser('alice', `printf '%s\\n' '${pw}' | ${helper} alice`, env)).toBe(0);
    expect(asUser('alice', `printf '%s' '${pw}' | ${helper} alice`, env)).toBe(0); // no trailing newline
    expect(asUser('alice', `printf '%s\\n' 'wrong-password' | ${helper} alice`, env)).toBe(1);
    expect(asUser('alice', `printf '%s\\n' '${pw}' | ${helper} bob`, env)).toBe(1);
    expect(asUser('alice', `printf '\\n' | ${helper} alice`, { RWS_OWNER: 'alice', RWS_SERVICE_PASSWORD: '' })).toBe(1);
  });

  test('the published service\'s claim check is installed, root-owned, exactly the generated code', () => {
    if (!RUN) return;
    expect(c.stat('/usr/local/lib/research-workspace/rws-gate')).toMatchObject({ uid: 0, mode: '0755' });
    expect(c.read('/usr/local/lib/research-workspace/rws-gate')).toBe(gateCode().content);
    expect(JSON.parse(c.read('/etc/research-workspace/gate/streamlit.json'))).toMatchObject({ port: 8501, backendPort: 18501, signer: SIGNER, allow: { email: ['alice@example.edu'] } });
    expect(parseUnit(c.read('/etc/systemd/system/rws-streamlit.service')).Service.ExecStart[0]).toContain('--server.address 127.0.0.1 --server.port 18501');
    expect(c.exists('/usr/bin/python3')).toBe(true);
  });

  test('only alice and root connect to the service ports; bob is refused; without the rules bob gets in (mutation)', () => {
    if (!RUN) return;
    if (!hasCommand('unshare') || !hasCommand('ip')) {
      if (process.env.CI === 'true') throw new Error('unshare and ip (util-linux, iproute2) are needed for the port test under CI=true');
      // eslint-disable-next-line no-console
      console.warn('SKIPPED: the port test needs unshare and ip');
      return;
    }
    const nft = c.read('/etc/research-workspace/services.nft');
    expect(nft).toMatch(/tcp dport \{ 8080,8501,8787,8888,18501 \} meta skuid != \{ 0, \d+ \}/);
    const bob = labRegistry().user('bob').uid;
    const alice = labRegistry().user('alice').uid;
    // In a network namespace of its own: a listener on each port (python3 of the chroot), then
    // connections as alice, bob and root; then the same without the table.
    const ports = [8888, 8787, 8080, 8501, 18501];
    const script = [
      'set -u',
      'ip link set lo up',
      `chroot ${c.root} /usr/sbin/nft -f /etc/research-workspace/services.nft || exit 90`,
      ...ports.map((p) => `chroot ${c.root} /usr/bin/python3 -m http.server ${p} --bind 127.0.0.1 >/dev/null 2>&1 &`),
      `for i in $(seq 100); do ok=1; for p in ${ports.join(' ')}; do (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null || ok=0; done; [ $ok = 1 ] && break; sleep 0.1; done`,
      'try() { if chroot ' + c.root + ' /usr/sbin/runuser -u "$1" -- bash -c "exec 3<>/dev/tcp/127.0.0.1/$2" 2>/dev/null; then echo "$3 $1 $2 ok"; else echo "$3 $1 $2 refused"; fi; }',
      `for p in ${ports.join(' ')}; do try alice $p with; try bob $p with; try root $p with; done`,
      `chroot ${c.root} /usr/sbin/nft delete table inet rws_services`,
      `for p in ${ports.join(' ')}; do try bob $p without; done`,
      'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; exit 0',
    ].join('\n');
    const r = spawnSync('unshare', ['-n', 'bash', '-c', script], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    for (const p of ports) {
      expect(lines).toContain(`with alice ${p} ok`);
      expect(lines).toContain(`with root ${p} ok`);
      expect(lines).toContain(`with bob ${p} refused`);
      expect(lines).toContain(`without bob ${p} ok`);
    }
    expect(nft).toContain(`{ 0, ${alice} }`);
    expect(nft).not.toContain(String(bob));
  }, 180_000);
});
