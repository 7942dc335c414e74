/**
 * Scenario "lab": the generated provisioning runs for real in a Debian 12 chroot. NFS shared
 * storage (mount replaced by a logger, fstab real), user-subdirectory layout, an inline
 * registry with a sudo user, a zsh user, a private-group user and a key whose comment is shell
 * code, Jupyter/Streamlit/custom services, template files with quotes and `$(...)`, a file
 * destination with spaces, post_install and user_data, zsh and a bootstrap script for the owner.
 * Then everything is read back, the idle agent is exercised, and a second run must change nothing.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import { TestChroot } from './helpers/chroot';
import { EVIL, keyOf, labRegistry, template } from './helpers/fixtures';
import { explain, fakeCalls, parseUnit, provision, ProvisionRun, pwnedFiles, systemctlCalls } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { StorageSource, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot provisioning tests (chroot-lab)');
const BOOTSTRAP = 'echo "bootstrap ran as $(id -un) in $PWD" >> "$HOME/bootstrapped"\n';
const MANIFEST_PATHS = ['/shared', '/etc/systemd/system', '/etc/sudoers.d', '/etc/research-workspace', '/etc/profile.d', '/etc/rws-test',
  '/opt/lab data', '/usr/local/lib/research-workspace', '/usr/local/sbin', '/var/lib/research-workspace/state', '/etc/fstab'];

function fetchOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    }).on('error', () => resolve(false));
  });
}

async function waitFor(cond: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  while (!(await cond())) {
    if (Date.now() - t0 > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

let c: TestChroot;
let first: ProvisionRun;
let ud: WorkspaceUserData;

beforeAll(() => {
  if (!RUN) return;
  ud = WorkspaceUserData.generate({
    template: template('lab-jupyter'),
    registry: labRegistry(),
    owner: 'alice',
    storage: { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }) },
    developer: { zsh: true, bootstrapScript: BOOTSTRAP },
  });
  c = TestChroot.create('lab');
  first = provision(c, ud);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: lab scenario (NFS, user subdirectories, inline registry)', () => {
  test('the provisioning succeeds and logs each step to the known file', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
    for (const step of ['preflight', 'packages', 'storage', 'users', 'layout', 'software', 'files', 'post_install', 'services', 'idle', 'developer', 'user_data']) {
      expect(first.log).toContain(`rws[${step}]: done`);
    }
    expect(first.log.trim().split('\n').pop()).toMatch(/rws\[end\]: provisioning complete in \d+ s/);
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^ok\n/);
    const log = c.stat('/var/log/research-workspace');
    expect(log.mode).toBe('0750');
  });

  test('apt really installed the packages the workspace needs (zsh, the NFS client)', () => {
    if (!RUN) return;
    expect(first.log).toMatch(/rws\[packages\]: installing .*zsh/);
    expect(c.exists('/usr/bin/zsh')).toBe(true);
    expect(c.exists('/sbin/mount.nfs4') || c.exists('/usr/sbin/mount.nfs4')).toBe(true);
  });

  test('users and groups have the registry ids, groups and shells', () => {
    if (!RUN) return;
    const reg = labRegistry();
    const pw = c.passwd();
    for (const u of reg.users) {
      const e = pw.get(u.name)!;
      expect(e).toBeDefined();
      expect(e.uid).toBe(u.uid);
      expect(e.gid).toBe(u.gid);
      expect(e.home).toBe(`/shared/home/${u.name}`);
    }
    expect(pw.get('alice')!.shell).toBe('/usr/bin/zsh'); // developer.zsh for the owner
    expect(pw.get('bob')!.shell).toBe('/usr/bin/zsh'); // the registry's shell
    expect(pw.get('dave')!.shell).toBe('/bin/bash');
    expect(pw.get('carol')!.gid).toBe(reg.group('imaging').gid); // primary group from the registry
    const gr = c.groups();
    for (const g of reg.groups) expect(gr.get(g.name)!.gid).toBe(g.gid);
    expect(gr.get('genomics')!.members).toEqual(['alice', 'bob']);
    expect(gr.get('imaging')!.members).toEqual(['bob']);
    expect(gr.get('researchers')!.members).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(gr.get('alice')!.gid).toBe(reg.user('alice').uid); // private group gid = uid
    expect(gr.has('carol')).toBe(false); // carol's primary group is imaging
    // No password at all: key login only.
    const shadow = c.read('/etc/shadow');
    for (const u of reg.users) expect(shadow).toMatch(new RegExp(`^${u.name}:\\*:`, 'm'));
  });

  test('homes are on the shared storage, private and owned by their user', () => {
    if (!RUN) return;
    const reg = labRegistry();
    for (const u of reg.users) {
      const h = c.stat(`/shared/home/${u.name}`);
      expect([h.uid, h.gid, h.mode]).toEqual([u.uid, u.gid, '0700']);
      expect(c.exists(`/shared/home/${u.name}/.bashrc`)).toBe(true);
    }
  });

  test('authorized_keys hold exactly the registry keys, 0600 in a 0700 .ssh, owned by the user', () => {
    if (!RUN) return;
    const reg = labRegistry();
    for (const u of reg.users.filter((x) => x.sshKeys.length)) {
      const f = `/shared/home/${u.name}/.ssh/authorized_keys`;
      const st = c.stat(f);
      expect([st.uid, st.gid, st.mode]).toEqual([u.uid, u.gid, '0600']);
      const d = c.stat(`/shared/home/${u.name}/.ssh`);
      expect([d.uid, d.mode]).toEqual([u.uid, '0700']);
      const lines = c.read(f).split('\n').filter((l) => l && !l.startsWith('#'));
      expect(lines).toEqual(u.sshKeys.map((k) => k.line));
    }
    // The comment with shell code is stored verbatim.
    expect(c.read('/shared/home/alice/.ssh/authorized_keys')).toContain(keyOf('alice', `alice@laptop ${EVIL}`));
    expect(c.exists('/shared/home/dave/.ssh/authorized_keys')).toBe(false);
  });

  test('sudo only for the registry user that has it, checked by visudo', () => {
    if (!RUN) return;
    const s = c.read('/etc/sudoers.d/90-research-workspace-users');
    expect(s.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['alice ALL=(ALL) NOPASSWD:ALL']);
    expect(c.stat('/etc/sudoers.d/90-research-workspace-users').mode).toBe('0440');
    c.sh('visudo -c -f /etc/sudoers.d/90-research-workspace-users >/dev/null');
  });

  test('the sync arguments are recorded for later runs (the SSM document): one a line, root-owned 0644', () => {
    if (!RUN) return;
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/shared/home\n-s\nalice:/usr/bin/zsh\n');
    expect(c.stat('/etc/research-workspace/sync-users.args')).toMatchObject({ uid: 0, gid: 0, mode: '0644' });
  });

  test('Debian 12 on AWS: the SSM agent is installed through the replaceable installer from the region\'s bucket', () => {
    if (!RUN) return;
    const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
    expect(fakeCalls(c)).toContain(`fake-netinstall ssm-agent https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/debian_${arch}/amazon-ssm-agent.deb`);
    expect(first.log).toContain('rws[ssm_agent]: done');
  });

  test('shared storage: fstab entry, mount through the replaceable command, project folders setgid, scratch sticky', () => {
    if (!RUN) return;
    expect(c.read('/etc/fstab')).toContain('nfs.lab.example.edu:/export/lab /shared nfs4 nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev 0 0');
    expect(fakeCalls(c).filter((l) => l.startsWith('fake-mount'))[0]).toMatch(/^fake-mount nfs4 nfs\.lab\.example\.edu:\/export\/lab \/shared /);
    const reg = labRegistry();
    for (const g of reg.groups) {
      const st = c.stat(`/shared/projects/${g.name}`);
      expect([st.uid, st.gid, st.mode]).toEqual([0, g.gid, '2770']);
    }
    const s = c.stat('/shared/scratch');
    expect([s.uid, s.mode]).toEqual([0, '1777']);
    expect(c.stat('/shared/home').mode).toBe('0755');
  });

  test('services are systemd units that run as the owner, bound to 127.0.0.1, token from a root-only file', () => {
    if (!RUN) return;
    for (const name of ['jupyter', 'streamlit', 'dashboard']) {
      const u = parseUnit(c.read(`/etc/systemd/system/rws-${name}.service`));
      expect(u.Service.User).toEqual(['alice']);
      expect(u.Service.Group).toEqual(['alice']);
      expect(u.Service.Environment).toContain('RWS_BIND_ADDRESS=127.0.0.1');
      expect(u.Install.WantedBy).toEqual(['multi-user.target']);
      expect(c.exists(`/etc/systemd/system/multi-user.target.wants/rws-${name}.service`)).toBe(true);
    }
    const jupyter = parseUnit(c.read('/etc/systemd/system/rws-jupyter.service'));
    expect(jupyter.Service.ExecStart[0]).toContain('--ServerApp.ip=127.0.0.1');
    expect(jupyter.Service.EnvironmentFile).toEqual(['/etc/research-workspace/secrets/jupyter.env']);
    const streamlit = parseUnit(c.read('/etc/systemd/system/rws-streamlit.service'));
    expect(streamlit.Service.ExecStart[0]).toContain('--server.address 127.0.0.1');
    // Every unit we wrote: never root, never a non-loopback bind.
    const all = c.sh('grep -l "research workspace" /etc/systemd/system/*.service || true').split('\n').filter((x) => x);
    for (const f of all.filter((x) => !x.includes('rws-idle'))) {
      const text = c.read(f);
      expect(text).not.toMatch(/^User=root$/m);
      expect(text).not.toMatch(/0\.0\.0\.0/);
    }
    // The token: generated once, root-only for systemd, and the owner's copy is private.
    const env = c.stat('/etc/research-workspace/secrets/jupyter.env');
    expect([env.uid, env.mode]).toEqual([0, '0600']);
    expect(c.read('/etc/research-workspace/secrets/jupyter.env')).toMatch(/^JUPYTER_TOKEN=[A-Za-z0-9]{30,}\n$/);
    const tok = c.stat('/shared/home/alice/.config/research-workspace/jupyter.token');
    expect([tok.uid, tok.mode]).toEqual([labRegistry().user('alice').uid, '0600']);
    // Hard-coded token and address from the template's config were dropped.
    const cfg = c.read('/etc/research-workspace/jupyter/jupyter_config.py');
    expect(cfg).not.toContain("'research'");
    expect(cfg).not.toContain('0.0.0.0');
    expect(cfg).toContain('terminado_settings');
    // The custom command runs from a script of its own, as the owner.
    expect(c.read('/usr/local/lib/research-workspace/services/dashboard.sh')).toContain('python3 -m http.server "$RWS_PORT" --bind "$RWS_BIND_ADDRESS"');
    expect(systemctlCalls(c)).toEqual(expect.arrayContaining(['enable rws-jupyter.service rws-streamlit.service rws-dashboard.service', 'enable rws-idle.timer']));
  });

  test('the idle agent is installed with a timer and the template thresholds', () => {
    if (!RUN) return;
    const timer = parseUnit(c.read('/etc/systemd/system/rws-idle.timer'));
    expect(timer.Timer.OnUnitActiveSec).toEqual(['5min']);
    expect(c.exists('/etc/systemd/system/timers.target.wants/rws-idle.timer')).toBe(true);
    const conf = c.read('/etc/research-workspace/idle.conf');
    expect(conf).toContain('IDLE_MINUTES=30');
    expect(conf).toContain('ACTION=stop');
    expect(conf).toContain('JUPYTER_PORTS=8888');
    expect(c.stat('/usr/local/lib/research-workspace/rws-idle-agent').mode).toBe('0755');
  });

  test('the idle agent stops an idle machine after the threshold and not a busy one', () => {
    if (!RUN) return;
    const fakeProc = (cpuBusy: number, cpuIdle: number, netBytes: number) => {
      c.write('/tmp/fakeproc/stat', `cpu  ${cpuBusy} 0 0 ${cpuIdle} 0 0 0 0 0 0\ncpu0 0 0 0 0 0 0 0 0 0 0\n`);
      c.write('/tmp/fakeproc/net/dev', 'Inter-|   Receive\n face |bytes\n    lo: 999999 0 0 0 0 0 0 0 999999 0 0 0 0 0 0 0\n  eth0: '
        + `${netBytes} 0 0 0 0 0 0 0 ${netBytes} 0 0 0 0 0 0 0\n`);
    };
    const agent = (now: number, extra: Record<string, string> = {}) => c.runScript('/usr/local/lib/research-workspace/rws-idle-agent', {
      RWS_PROC: '/tmp/fakeproc', RWS_IDLE_NOW: String(now), RWS_IDLE_STATE: '/tmp/idle-state', RWS_POWEROFF_CMD: '/usr/local/bin/fake-poweroff', ...extra,
    });
    const poweroffs = () => fakeCalls(c).filter((l) => l.startsWith('fake-poweroff'));
    const t0 = 1_700_000_000;
    fakeProc(1000, 100000, 5000);
    expect(agent(t0).status).toBe(0);
    fakeProc(1010, 130000, 6000); // 0% CPU, ~0 KB/s
    expect(agent(t0 + 600).status).toBe(0);
    expect(poweroffs()).toEqual([]);
    // A busy GPU keeps it up.
    c.write('/usr/local/bin/nvidia-smi', '#!/bin/sh\necho 3\necho 85\n', 0o755);
    fakeProc(1020, 160000, 7000);
    const busy = agent(t0 + 1200);
    expect(busy.stdout).toContain('active: gpu 85%');
    c.sh('rm /usr/local/bin/nvidia-smi');
    // CPU use keeps it up.
    fakeProc(31020, 170000, 8000);
    expect(agent(t0 + 1500).stdout).toMatch(/active: cpu 7\d%/);
    // Network traffic keeps it up.
    fakeProc(31030, 200000, 8000 + 200 * 1024 * 300);
    expect(agent(t0 + 1800).stdout).toMatch(/active: network \d+ KB\/s/);
    // 30 quiet minutes later: stop.
    fakeProc(31040, 260000, 8000 + 200 * 1024 * 300 + 10);
    const idle = agent(t0 + 1800 + 31 * 60);
    expect(idle.stdout).toContain('idle for 31 minutes (threshold 30): stop');
    expect(poweroffs()).toEqual(['fake-poweroff stop']);
    expect(c.read('/var/log/research-workspace/idle.log')).toContain('stop');
  });

  test('the idle agent sees Jupyter kernels (busy, or used since the last check) and Session Manager sessions', async () => {
    if (!RUN) return;
    // A Jupyter server stand-in on the host (the chroot shares the network): /api/kernels from a folder.
    const port = 20000 + (process.pid % 20000);
    const web = c.host('/tmp/fake-jupyter');
    fs.mkdirSync(path.join(web, 'api'), { recursive: true });
    const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', web], { stdio: 'ignore' });
    const worker = spawn('sleep', ['120'], { argv0: 'ssm-session-worker', stdio: 'ignore' });
    try {
      c.write('/tmp/idle-jupyter.conf', `IDLE_MINUTES=30\nJUPYTER_PORTS=${port}\n`);
      c.write('/tmp/fakeproc/stat', 'cpu  0 0 0 100 0 0 0 0 0 0\n');
      c.write('/tmp/fakeproc/net/dev', 'Inter-|\n face |\n');
      const env = { RWS_PROC: '/tmp/fakeproc', RWS_IDLE_CONF: '/tmp/idle-jupyter.conf', RWS_IDLE_STATE: '/tmp/idle-state-2', RWS_POWEROFF_CMD: '/usr/local/bin/fake-poweroff' };
      const now = Math.floor(Date.now() / 1000);
      const iso = (t: number) => new Date(t * 1000).toISOString();
      await waitFor(() => fetchOk(`http://127.0.0.1:${port}/`));
      fs.writeFileSync(path.join(web, 'api', 'kernels'), JSON.stringify([{ id: 'k1', execution_state: 'busy', last_activity: iso(now - 7200) }]));
      let r = c.runScript('/usr/local/lib/research-workspace/rws-idle-agent', { ...env, RWS_IDLE_NOW: String(now) });
      expect(r.stdout).toContain(`jupyter kernel busy on port ${port}`);
      expect(r.stdout).toContain('Session Manager session');
      worker.kill();
      await waitFor(async () => worker.exitCode !== null || worker.signalCode !== null);
      fs.writeFileSync(path.join(web, 'api', 'kernels'), JSON.stringify([{ id: 'k1', execution_state: 'idle', last_activity: iso(now + 100) }]));
      r = c.runScript('/usr/local/lib/research-workspace/rws-idle-agent', { ...env, RWS_IDLE_NOW: String(now + 300) });
      expect(r.stdout).toContain(`active: jupyter kernel used on port ${port}`);
      expect(r.stdout).not.toContain('Session Manager');
      fs.writeFileSync(path.join(web, 'api', 'kernels'), JSON.stringify([{ id: 'k1', execution_state: 'idle', last_activity: iso(now + 100) }]));
      r = c.runScript('/usr/local/lib/research-workspace/rws-idle-agent', { ...env, RWS_IDLE_NOW: String(now + 600) });
      expect(r.stdout).toContain('idle for 5 of 30 minutes');
    } finally {
      server.kill();
      worker.kill();
    }
  });

  test('template files are written byte for byte, with owner and mode; nothing in them ran', () => {
    if (!RUN) return;
    const expected = template('lab-jupyter').definition.files!;
    expect(c.read('/etc/rws-test/quote.txt')).toBe(expected[0].content);
    expect(c.read('/etc/rws-test/quote.txt')).toContain("it's genome-2025: $(touch /tmp/pwned-file)");
    const spaced = '/opt/lab data/read me $(touch /tmp/pwned-dest).txt';
    expect(c.read(spaced)).toBe('no trailing newline');
    const st = c.stat(spaced);
    expect([st.uid, st.gid, st.mode]).toEqual([labRegistry().user('alice').uid, labRegistry().group('genomics').gid, '0640']);
    expect(c.read('/etc/profile.d/research-workspace.sh')).toContain('export LAB_NOTE="it\'s \\$(touch /tmp/pwned-env) fine"');
    c.sh('. /etc/profile.d/research-workspace.sh && [ "$LAB_NOTE" = "it\'s \\$(touch /tmp/pwned-env) fine" ] && [ "$PROJECT" = genome-2025 ]');
  });

  test('post_install and user_data ran once, with the parameters in their environment; the bootstrap ran as the owner', () => {
    if (!RUN) return;
    expect(c.read('/var/tmp/post-install-runs')).toBe('post_install ran for genome-2025\n');
    expect(c.read('/var/tmp/post-install-literal')).toBe('$(touch /tmp/pwned-post)\n');
    expect(c.read('/var/tmp/post-install-env')).toBe('param=genome-2025 owner=alice\n');
    expect(c.read('/var/tmp/user-data-runs')).toBe('user_data ran\n');
    expect(c.read('/shared/home/alice/bootstrapped')).toBe('bootstrap ran as alice in /shared/home/alice\n');
  });

  test('no injected command ran anywhere', () => {
    if (!RUN) return;
    expect(pwnedFiles(c)).toEqual([]);
  });

  test('a second run succeeds, installs nothing and leaves the machine exactly as it was', () => {
    if (!RUN) return;
    const before = c.manifest(MANIFEST_PATHS);
    const second = provision(c, ud);
    if (second.status !== 0) throw new Error(explain(second));
    const after = c.manifest(MANIFEST_PATHS);
    expect(after).toBe(before);
    const secondLog = second.log.slice(first.log.length);
    expect(secondLog).toMatch(/rws\[packages\]: all \d+ packages are installed/);
    expect(secondLog).toContain('(0 files changed)');
    expect(secondLog).toContain('already done (post-install-');
    expect(c.read('/var/tmp/post-install-runs')).toBe('post_install ran for genome-2025\n');
    expect(c.read('/shared/home/alice/bootstrapped').split('\n').filter((l) => l)).toHaveLength(1);
    expect(pwnedFiles(c)).toEqual([]);
  }, 900_000);

  test('the sync script repairs drift: a wrong mode, a lost key, a removed member, a removed user is locked', () => {
    if (!RUN) return;
    c.sh([
      'chmod 0755 /shared/home/bob',
      'printf "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOwnUser1111111111111111111111111111111111111 bob-own-key\\n" > /shared/home/bob/.ssh/authorized_keys',
      'gpasswd -d carol researchers >/dev/null',
    ].join('\n'));
    const reg = labRegistry();
    const without = WorkspaceUserData.registryFile(reg, ['alice', 'bob', 'carol']);
    c.write('/root/registry-3.tsv', without);
    const out = c.sh('/usr/local/sbin/rws-sync-users -H /shared/home /root/registry-3.tsv');
    expect(out).toContain('user dave left the registry: locked (files kept)');
    expect(c.stat('/shared/home/bob').mode).toBe('0700');
    const keys = c.read('/shared/home/bob/.ssh/authorized_keys');
    expect(keys).toContain('bob-own-key'); // the user's own line is kept
    expect(keys).toContain(reg.user('bob').sshKeys[0].line); // the registry's key is back
    expect(c.groups().get('researchers')!.members).toEqual(['alice', 'bob', 'carol']);
    expect(c.read('/etc/shadow')).toMatch(/^dave:!\*:/m);
    expect(c.passwd().get('dave')!.shell).toBe('/usr/sbin/nologin');
    expect(c.exists('/shared/home/dave')).toBe(true);
    // Back in the registry: unlocked.
    c.write('/root/registry-4.tsv', WorkspaceUserData.registryFile(reg));
    c.sh('/usr/local/sbin/rws-sync-users -H /shared/home /root/registry-4.tsv');
    expect(c.read('/etc/shadow')).toMatch(/^dave:\*:/m);
    expect(c.passwd().get('dave')!.shell).toBe('/bin/bash');
  });
});
