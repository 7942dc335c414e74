/**
 * Scenario "offline": a workspace of a lab without internet (egress none), provisioned the way
 * the AWS constructs generate it (the owner's record only at boot, the workspace's users as the
 * selection of later syncs), with web services published behind the gateway. The region comes
 * from a stand-in for IMDSv2 (fake-imds.py), the SSM agent through the replaceable installer,
 * and the EFS mount is chosen at boot: plain NFSv4.1 through the mount target while the image
 * has no amazon-efs-utils, the EFS helper with TLS once it has. Then the failures an offline
 * machine must explain: no efs-utils and no fallback, no AWS CLI, software from the internet.
 * Last, the CloudWatch agent of a monitored lab: its package from the region's bucket (a
 * stand-in .deb, served by a stand-in for curl: nothing leaves the machine), started with the
 * workspace's configuration.
 */
import { ChildProcess, execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import { fakeKey, TestChroot } from './helpers/chroot';
import { labRegistry, templateFrom } from './helpers/fixtures';
import { explain, fakeCalls, parseUnit, provision, ProvisionRun } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { EgressMode } from '../../src';
import { ownerRegistry } from '../../src/constructs/aws/private/userdata-adapter';
import { RegistryDelivery, SecretReference, StorageSource, WorkspaceUserData, WorkspaceUserDataOptions } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot provisioning tests (chroot-offline)');
const SECRET = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:lab/alice-ws-AbCdEf';
const FS = 'fs-0123456789abcdef0';
const ARCH = process.arch === 'arm64' ? 'arm64' : 'amd64';
// As the AWS constructs generate it: the tools and the claim check's code come from SSM parameters.
const TOOLS = '/rws-tools/0123456789abcdef';
const GATE_CODE = '/rws-gate/0123456789abcdef';

const WEB = templateFrom(`
name: Offline Web
slug: offline-web
description: code-server and RStudio Server, published behind the lab's gateway
base: debian-12
package_manager: apt
services:
  - { name: code-server, port: 8080 }
  - { name: rstudio, port: 8787 }
idle_detection: { enabled: false }
`, 'offline-web');

/** The user-data as ResearchWorkspace generates it for alice in an offline lab. */
function options(extra: Partial<WorkspaceUserDataOptions> = {}): WorkspaceUserDataOptions {
  return {
    template: WEB,
    registry: ownerRegistry(labRegistry(), 'alice'),
    owner: 'alice',
    syncSelection: ['alice', 'bob'],
    egress: EgressMode.NONE,
    storage: { source: StorageSource.efs({ fileSystemId: FS, region: 'eu-west-1', plainNfsFallback: true }), mountPoint: '/shared' },
    publishedServices: ['code-server', 'rstudio'],
    gateway: {
      signerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lab-web/0123456789abcdef',
      region: 'eu-west-1',
      allowedEmails: ['alice@example.edu'],
      codeParameterPrefix: GATE_CODE,
    },
    toolsParameterPrefix: TOOLS,
    secrets: { servicePassword: SecretReference.secretsManager(SECRET) },
    registryDelivery: RegistryDelivery.inline(),
    ...extra,
  };
}

function lastLine(log: string): string {
  return log.trim().split('\n').pop()!;
}

let c: TestChroot;
let imds: ChildProcess | undefined;
let imdsLog = '';
let env: Record<string, string>;
let first: ProvisionRun;

async function listening(url: string, ms = 10_000): Promise<void> {
  const t0 = Date.now();
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      http.get(url, { agent: false }, (res) => {
        res.resume();
        resolve(true);
      }).on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() - t0 > ms) throw new Error(`the fake instance metadata service did not start at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  if (!RUN) return;
  // The chroot shares the host's network: IMDSv2 is a local server that answers with eu-central-1.
  const port = 40000 + (process.pid % 20000);
  imdsLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rws-imds-')), 'requests.log');
  imds = spawn('python3', [path.join(__dirname, 'helpers', 'fake-imds.py'), String(port), 'eu-central-1', imdsLog], { stdio: ['ignore', 'inherit', 'inherit'] });
  await listening(`http://127.0.0.1:${port}/`);
  env = { RWS_REGION: '', RWS_IMDS_URL: `http://127.0.0.1:${port}` };
  c = TestChroot.create('offline');
  c.write(`/srv/fake-secrets/${fakeKey(SECRET)}`, 'Service-Password_0123456789');
  for (const p of [...WorkspaceUserData.toolParameters(TOOLS), ...WorkspaceUserData.gateCodeParameters(GATE_CODE)]) {
    c.write(`/srv/fake-cloud/${fakeKey(`ssm:${p.name}`)}`, p.value);
  }
  first = provision(c, WorkspaceUserData.generate(options()), env);
}, 1_800_000);

afterAll(async () => {
  if (imds && imds.exitCode === null) {
    const exited = new Promise((resolve) => imds!.once('exit', resolve));
    imds.kill();
    await exited;
  }
  if (imdsLog) fs.rmSync(path.dirname(imdsLog), { recursive: true, force: true });
  c?.destroy();
});

describe('chroot: offline scenario (egress none, published services, the AWS constructs\' user-data)', () => {
  test('succeeds without internet downloads: nothing but the SSM agent goes to the installer', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
    expect(first.log).toContain('offline=1');
    const installs = fakeCalls(c).filter((l) => l.startsWith('fake-netinstall')).map((l) => l.split(' ')[1]);
    // code-server and RStudio Server come from the replaceable installer (here: the test's; offline: a mirror or the image).
    expect(installs.sort()).toEqual(['code-server', 'rstudio-server', 'ssm-agent']);
  });

  test('the SSM agent: the region from IMDSv2 (token first), the package of this OS and architecture from the region\'s bucket', () => {
    if (!RUN) return;
    expect(fakeCalls(c)).toContain(`fake-netinstall ssm-agent https://s3.eu-central-1.amazonaws.com/amazon-ssm-eu-central-1/latest/debian_${ARCH}/amazon-ssm-agent.deb`);
    const requests = fs.readFileSync(imdsLog, 'utf8').trim().split('\n').filter((l) => l.includes(' /latest/'));
    expect(requests[0]).toMatch(/^PUT \/latest\/api\/token 200/);
    expect(requests).toContainEqual(expect.stringMatching(/^GET \/latest\/meta-data\/placement\/region 200/));
  });

  test('EFS without amazon-efs-utils and without internet: plain NFSv4.1 through the mount target, nothing built', () => {
    if (!RUN) return;
    expect(fakeCalls(c)).not.toContainEqual(expect.stringMatching(/^fake-netinstall efs-utils/));
    expect(fakeCalls(c).filter((l) => l.startsWith('fake-mount'))).toEqual([
      `fake-mount nfs4 ${FS}.efs.eu-west-1.amazonaws.com:/ /shared nfsvers=4.1\\,rsize=1048576\\,wsize=1048576\\,hard\\,timeo=600\\,retrans=2\\,noresvport\\,_netdev`,
    ]);
    expect(c.read('/etc/fstab')).toContain(`${FS}.efs.eu-west-1.amazonaws.com:/ /shared nfs4 nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev 0 0`);
    expect(first.log).toContain(`mounting ${FS} with plain NFSv4.1 through its mount target (no TLS, no IAM authorization)`);
  });

  test('the owner is created at boot; the recorded arguments select the workspace\'s users for the lab\'s later syncs', () => {
    if (!RUN) return;
    const pw = c.passwd();
    expect(pw.get('alice')!.uid).toBe(labRegistry().user('alice').uid);
    expect(pw.has('bob')).toBe(false); // the association adds bob later, from the whole registry
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/shared/home\n-u\nalice,bob\n');
    expect(c.stat('/etc/research-workspace/sync-users.args')).toMatchObject({ uid: 0, gid: 0, mode: '0644' });
    // What the SSM document then runs: the whole registry, this machine's selection.
    // (bob with sudo here, to see that the boot's partial sync keeps his entry)
    c.write('/root/full.tsv', WorkspaceUserData.registryFile(labRegistry()).replace(/^(U\tbob\t(?:[^\t]*\t){4})0\t/m, (_, head: string) => `${head}1\t`));
    c.sh('mapfile -t a </etc/research-workspace/sync-users.args && /usr/local/sbin/rws-sync-users "${a[@]}" /root/full.tsv');
    expect([...c.passwd().keys()].filter((n) => ['alice', 'bob', 'carol', 'dave'].includes(n)).sort()).toEqual(['alice', 'bob']);
  });

  test('published services sit behind the claim check on 0.0.0.0; code-server keeps its password, RStudio signs in with the same secret', () => {
    if (!RUN) return;
    const code = parseUnit(c.read('/etc/systemd/system/rws-code-server.service'));
    expect(code.Service.ExecStart[0]).toContain('--bind-addr 127.0.0.1:18080 --auth password');
    expect(JSON.parse(c.read('/etc/research-workspace/gate/code-server.json'))).toMatchObject({ port: 8080, backendPort: 18080 });
    expect(c.read('/etc/research-workspace/secrets/rstudio.env')).toBe('RWS_SERVICE_PASSWORD=Service-Password_0123456789\n');
    expect(code.Service.EnvironmentFile).toEqual(['/etc/research-workspace/secrets/code-server.env']);
    expect(c.read('/etc/research-workspace/secrets/code-server.env')).toBe('PASSWORD=Service-Password_0123456789\n');
    const rstudio = parseUnit(c.read('/etc/systemd/system/rws-rstudio.service'));
    expect(rstudio.Service.ExecStart[0]).toContain('--www-address=127.0.0.1 --www-port=18787');
    expect(rstudio.Service.ExecStart[0]).toContain('--auth-none=0');
    expect(rstudio.Service.User).toEqual(['alice']);
  });

  test('once the image has amazon-efs-utils (and the SSM agent), the boot uses them: EFS with TLS, no agent download', () => {
    if (!RUN) return;
    c.write('/usr/sbin/mount.efs', '#!/bin/sh\nexit 0\n', 0o755);
    c.write('/usr/bin/amazon-ssm-agent', '#!/bin/sh\nexit 0\n', 0o755);
    const before = fakeCalls(c).length;
    const r = provision(c, WorkspaceUserData.generate(options()), env);
    if (r.status !== 0) throw new Error(explain(r));
    const calls = fakeCalls(c).slice(before);
    expect(calls).not.toContainEqual(expect.stringMatching(/^fake-netinstall (ssm-agent|efs-utils)/));
    expect(calls.filter((l) => l.startsWith('fake-mount'))).toEqual([`fake-mount efs ${FS}:/ /shared _netdev\\,noresvport\\,tls`]);
    const fstab = c.read('/etc/fstab');
    expect(fstab).toContain(`${FS}:/ /shared efs _netdev,noresvport,tls 0 0`);
    expect(fstab).not.toContain('nfs4'); // the entry for /shared was replaced
    expect(r.log.slice(first.log.length)).toContain('the SSM agent is installed');
    // The boot's registry is the owner's record only (-P): bob, added by the lab's sync, is untouched.
    expect(c.read('/etc/shadow')).toMatch(/^bob:\*:/m);
    expect(c.passwd().get('bob')!.shell).toBe('/usr/bin/zsh'); // the registry's, not nologin
    expect(c.groups().get('genomics')!.members).toEqual(['alice', 'bob']);
    expect(c.read('/shared/home/bob/.ssh/authorized_keys')).toContain(labRegistry().user('bob').sshKeys[0].line);
    expect(c.read('/etc/sudoers.d/90-research-workspace-users')).toMatch(/^bob ALL=\(ALL\) NOPASSWD:ALL$/m);
    expect(c.read('/etc/sudoers.d/90-research-workspace-users')).toMatch(/^alice ALL=\(ALL\) NOPASSWD:ALL$/m);
  });

  test('no amazon-efs-utils and no fallback: the boot stops in step storage with the reason and the fix', () => {
    if (!RUN) return;
    c.sh('rm /usr/sbin/mount.efs');
    const ud = WorkspaceUserData.generate(options({ storage: { source: StorageSource.efs({ fileSystemId: FS, region: 'eu-west-1', iam: true }), mountPoint: '/shared' } }));
    const r = provision(c, ud, env);
    expect(r.status).toBe(1);
    const last = lastLine(r.log);
    expect(last).toContain('FAILED in step storage');
    expect(last).toContain(`amazon-efs-utils (mount.efs) is not on this machine image and cannot be installed without internet (egress none), so ${FS} cannot be mounted with TLS. Fix: use an image with amazon-efs-utils`);
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nstep=storage\n/);
  });

  test('no AWS CLI on the image: reading from S3 or a secret stops with the reason instead of a download', () => {
    if (!RUN) return;
    const ud = WorkspaceUserData.generate({
      template: templateFrom('name: Plain\nslug: plain\ndescription: x\nbase: debian-12\nidle_detection: { enabled: false }\n', 'plain'),
      registry: labRegistry(),
      owner: 'alice',
      egress: EgressMode.NONE,
      registryDelivery: RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz'),
    });
    const r = provision(c, ud, { ...env, RWS_FETCH_CMD: '', RWS_NETINSTALL_CMD: '' });
    expect(r.status).toBe(1);
    const last = lastLine(r.log);
    expect(last).toContain('FAILED in step registry');
    expect(last).toContain('fetching s3://lab-bucket/registry/users.tsv.gz needs the AWS CLI, which is not on this machine image and cannot be downloaded without internet (egress none). Fix: use an image with the AWS CLI v2');
    expect(r.log).not.toContain('awscli.amazonaws.com');
  });

  test('software from the internet stops at once with the reason, unless RWS_NETINSTALL_CMD installs it from a mirror', () => {
    if (!RUN) return;
    const ud = WorkspaceUserData.generate({
      template: templateFrom('name: Conda\nslug: conda\ndescription: x\nbase: debian-12\npackage_manager: conda\npackages: { conda: [numpy] }\nidle_detection: { enabled: false }\n', 'conda'),
      egress: EgressMode.NONE,
    });
    expect(ud.warnings.map((w) => w.code)).toEqual(['offline-needs-internet']);
    const r = provision(c, ud, { ...env, RWS_NETINSTALL_CMD: '' });
    expect(r.status).toBe(1);
    const last = lastLine(r.log);
    expect(last).toContain('FAILED in step software: miniforge must be installed from the internet, and this machine has none (egress none). Fix: bake miniforge into the machine image');
    const mirrored = provision(c, ud, env);
    if (mirrored.status !== 0) throw new Error(explain(mirrored));
    expect(fakeCalls(c)).toContain('fake-netinstall conda /opt/conda numpy');
  });

  test('the CloudWatch agent without internet: the real installer fetches its package from the region\'s bucket, then starts it with the workspace\'s configuration', () => {
    if (!RUN) return;
    const ctlLog = '/var/log/standin-cwagent.log';
    const url = `https://s3.eu-central-1.amazonaws.com/amazoncloudwatch-agent-eu-central-1/debian/${ARCH}/latest/amazon-cloudwatch-agent.deb`;
    // A stand-in for the agent's package, like the real one: the control script under
    // /opt/aws/amazon-cloudwatch-agent/bin, and a preinst that creates the user cwagent.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-cwagent-deb-'));
    try {
      fs.mkdirSync(path.join(root, 'DEBIAN'));
      fs.writeFileSync(path.join(root, 'DEBIAN', 'control'), 'Package: amazon-cloudwatch-agent\nVersion: 99.0-rws1\nArchitecture: all\nMaintainer: tests <tests@example.org>\nDescription: stand-in for the Amazon CloudWatch agent (cdk-research-workspaces tests)\n');
      fs.writeFileSync(path.join(root, 'DEBIAN', 'preinst'), '#!/bin/sh\nset -e\ngetent group cwagent >/dev/null || groupadd -r cwagent\nid cwagent >/dev/null 2>&1 || useradd -r -M -g cwagent -d /home/cwagent -s /usr/sbin/nologin cwagent\n', { mode: 0o755 });
      fs.mkdirSync(path.join(root, 'opt/aws/amazon-cloudwatch-agent/bin'), { recursive: true });
      fs.mkdirSync(path.join(root, 'opt/aws/amazon-cloudwatch-agent/etc'), { recursive: true });
      fs.writeFileSync(path.join(root, 'opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl'), `#!/bin/sh\necho "amazon-cloudwatch-agent-ctl $*" >>${ctlLog}\n`, { mode: 0o755 });
      fs.mkdirSync(c.host('/srv/standin'), { recursive: true });
      execFileSync('dpkg-deb', ['--root-owner-group', '-Zgzip', '--build', root, c.host('/srv/standin/amazon-cloudwatch-agent.deb')], { stdio: 'ignore' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
    // curl for anything but the fake instance metadata: the bucket's object is the stand-in, any other address fails at once.
    c.write('/usr/local/bin/curl', [
      '#!/bin/bash',
      'args=("$@") out="" url=""',
      'while [ $# -gt 0 ]; do case $1 in -o) out=$2; shift 2 ;; --) url=$2; shift 2 ;; http*) url=$1; shift ;; *) shift ;; esac; done',
      'case $url in http://127.0.0.1:*) exec /usr/bin/curl "${args[@]}" ;; esac',
      'echo "standin-curl $url" >>/var/log/rws-fake.log',
      `if [ "$url" = '${url}' ] && [ -n "$out" ]; then cp /srv/standin/amazon-cloudwatch-agent.deb "$out"; exit 0; fi`,
      'exit 6',
      '',
    ].join('\n'), 0o755);
    c.write('/usr/bin/amazon-ssm-agent', '#!/bin/sh\nexit 0\n', 0o755);
    const ud = WorkspaceUserData.generate({
      template: templateFrom('name: Plain\nslug: plain\ndescription: x\nbase: debian-12\nidle_detection: { enabled: false }\n', 'plain'),
      egress: EgressMode.NONE,
      cloudWatchAgent: {},
    });
    try {
      const before = fakeCalls(c).length;
      // No installer replacement: rws_net runs the real one, as on a machine.
      const r = provision(c, ud, { ...env, RWS_NETINSTALL_CMD: '' });
      if (r.status !== 0) throw new Error(explain(r));
      expect(fakeCalls(c).slice(before)).toEqual([`standin-curl ${url}`]);
      expect(r.log).toContain(`CloudWatch agent installed from ${url}`);
      expect(c.passwd().get('cwagent')).toBeDefined();
      const config = '/opt/aws/amazon-cloudwatch-agent/etc/rws-metrics.json';
      expect(JSON.parse(c.read(config))).toMatchObject({
        agent: { run_as_user: 'cwagent' },
        metrics: { namespace: 'CWAgent', aggregation_dimensions: [['InstanceId', 'path']], metrics_collected: { disk: { resources: ['/'] } } },
      });
      expect(c.stat(config)).toMatchObject({ uid: 0, gid: 0, mode: '0644' });
      expect(c.read(ctlLog).trim().split('\n')).toEqual([`amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c file:${config}`]);
      // Again (a reboot): the agent is there, nothing is downloaded, it is started with the same file.
      const again = provision(c, ud, { ...env, RWS_NETINSTALL_CMD: '' });
      if (again.status !== 0) throw new Error(explain(again));
      expect(fakeCalls(c).slice(before)).toEqual([`standin-curl ${url}`]);
      expect(again.log.slice(r.log.length)).toContain('the CloudWatch agent is installed');
      expect(c.read(ctlLog).trim().split('\n')).toHaveLength(2);
    } finally {
      c.sh('rm -f /usr/local/bin/curl');
    }
  });
});
