/**
 * Scenario "group": EFS with TLS, IAM and an access point (mount and efs-utils replaced by
 * loggers, fstab real), the group-shared layout, the registry fetched from S3 and checked
 * against its SHA-256, a subset of the users, a template account with sudo and docker,
 * conda/pip/code-server from the internet (replaced), Jupyter's token from Secrets Manager and
 * code-server's password from SSM (replaced), hibernation. Then a second run changes nothing.
 */
import * as zlib from 'zlib';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { fakeKey, TestChroot } from './helpers/chroot';
import { labPolicy, labRegistry, template } from './helpers/fixtures';
import { explain, fakeCalls, parseUnit, provision, ProvisionRun, pwnedFiles } from './helpers/provision';
import { canChroot } from './helpers/tools';
import { ResearchUserRegistry, UserRegistry } from '../../src';
import { IdleAction, RegistryDelivery, SecretReference, StorageLayout, StorageSource, WorkspaceUserData } from '../../src/workspaces/userdata';

const RUN = canChroot('the chroot provisioning tests (chroot-group)');
const JUPYTER_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:lab/jupyter-AbCdEf';
const MANIFEST_PATHS = ['/lab', '/etc/systemd/system', '/etc/sudoers.d', '/etc/research-workspace', '/etc/profile.d', '/usr/local/sbin',
  '/var/lib/research-workspace/state', '/etc/fstab', '/home/researcher'];

let c: TestChroot;
let ud: WorkspaceUserData;
let first: ProvisionRun;

/**
 * The shell script of the lab's SSM sync document (ResearchUserRegistry) as Systems Manager
 * runs it: the parameters (the registry's SHA-256 and its pieces from Parameter Store)
 * substituted into the document's runCommand.
 */
function syncDocumentScript(reg: UserRegistry): string {
  const stack = new Stack(new App(), 'Lab');
  const users = new ResearchUserRegistry(stack, 'Users', { registry: reg, labName: 'lab', defaultHomeBase: '/lab/home' });
  const resources = Object.values<any>(Template.fromStack(stack).toJSON().Resources);
  const values: Record<string, string> = { registrySha256: users.sha256 };
  users.parameterNames.forEach((n, i) => {
    values[`piece${i}`] = resources.find((r) => r.Type === 'AWS::SSM::Parameter' && r.Properties.Name === n).Properties.Value;
  });
  const doc = resources.find((r) => r.Type === 'AWS::SSM::Document').Properties.Content;
  return (doc.mainSteps[0].inputs.runCommand[0] as string).replace(/\{\{ (\w+) \}\}/g, (_, k: string) => values[k]);
}

/** Runs the sync document's script in the chroot with /bin/sh, as the SSM agent does. */
function runSyncDocument(): ReturnType<TestChroot['runScript']> {
  c.write('/root/sync-doc.sh', syncDocumentScript(labRegistry()));
  c.write('/root/run-sync-doc.sh', 'exec /bin/sh /root/sync-doc.sh\n');
  return c.runScript('/root/run-sync-doc.sh');
}

beforeAll(() => {
  if (!RUN) return;
  ud = WorkspaceUserData.generate({
    template: template('group-lab'),
    policy: labPolicy(),
    registry: labRegistry(),
    users: ['alice', 'bob', 'carol'],
    owner: 'bob',
    storage: {
      source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'eu-west-1', iam: true, accessPointId: 'fsap-0123456789abcdef0' }),
      layout: StorageLayout.GROUP_SHARED,
      sharedGroup: 'researchers',
      projectGroups: ['genomics', 'imaging'],
    },
    registryDelivery: RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz'),
    idle: { action: IdleAction.HIBERNATE },
    secrets: { jupyterToken: SecretReference.secretsManager(JUPYTER_ARN), servicePassword: SecretReference.ssmParameter('/lab/code-server-password') },
  });
  c = TestChroot.create('group');
  c.write(`/srv/fake-cloud/${fakeKey('s3://lab-bucket/registry/users.tsv.gz')}`, Buffer.from(ud.registryPayload!.gzipBase64, 'base64'));
  c.write(`/srv/fake-secrets/${fakeKey(JUPYTER_ARN)}`, 'jupyter-token-from-secrets-manager-42\n');
  c.write(`/srv/fake-secrets/${fakeKey('/lab/code-server-password')}`, 'Code.Server-Pass_123');
  first = provision(c, ud);
}, 1_800_000);

afterAll(() => {
  c?.destroy();
});

describe('chroot: group scenario (EFS, group-shared, registry from S3)', () => {
  test('succeeds, fetching the registry and checking its SHA-256', () => {
    if (!RUN) return;
    if (first.status !== 0) throw new Error(explain(first));
    expect(ud.registryPayload!.mode).toBe('s3');
    expect(first.log).toContain(`registry fetched from s3://lab-bucket/registry/users.tsv.gz and verified (sha256 ${ud.registryPayload!.sha256})`);
    expect(fakeCalls(c).some((l) => l.startsWith('fake-fetch s3://lab-bucket/registry/users.tsv.gz '))).toBe(true);
    // The user-data itself carries no key: the registry is fetched.
    for (const u of labRegistry().users) for (const k of u.sshKeys) expect(ud.renderMime()).not.toContain(k.line.split(' ')[1]);
  });

  test('only the selected users exist; the registry groups and ids are exact', () => {
    if (!RUN) return;
    const reg = labRegistry();
    const pw = c.passwd();
    for (const n of ['alice', 'bob', 'carol']) {
      expect(pw.get(n)!.uid).toBe(reg.user(n).uid);
      expect(pw.get(n)!.home).toBe(`/lab/home/${n}`);
    }
    expect(pw.has('dave')).toBe(false);
    const gr = c.groups();
    expect(gr.get('researchers')!.members).toEqual(['alice', 'bob', 'carol']);
    expect(gr.get('docker')!.members).toEqual(['alice', 'bob', 'carol', 'researcher']);
    expect(gr.get('docker')!.gid).toBeLessThan(1000); // created as a system group
  });

  test('the sync arguments are recorded with the selection (-u), one a line, root-owned 0644', () => {
    if (!RUN) return;
    expect(c.read('/etc/research-workspace/sync-users.args')).toBe('-H\n/lab/home\n-g\ndocker,researchers\n-u\nalice,bob,carol\n');
    expect(c.stat('/etc/research-workspace/sync-users.args')).toMatchObject({ uid: 0, gid: 0, mode: '0644' });
    expect(first.log).toContain('rws-sync-users: in sync: 3 users');
  });

  test('EFS: fstab with TLS, IAM and the access point; mount and efs-utils through the replaceable commands', () => {
    if (!RUN) return;
    expect(c.read('/etc/fstab')).toContain('fs-0123456789abcdef0:/ /lab efs _netdev,noresvport,tls,iam,accesspoint=fsap-0123456789abcdef0 0 0');
    const calls = fakeCalls(c);
    expect(calls).toContain('fake-netinstall efs-utils');
    expect(calls.find((l) => l.startsWith('fake-mount'))).toBe('fake-mount efs fs-0123456789abcdef0:/ /lab _netdev\\,noresvport\\,tls\\,iam\\,accesspoint=fsap-0123456789abcdef0');
  });

  test('group-shared layout: the lab group owns the share (setgid), projects per group, scratch sticky, umask 002', () => {
    if (!RUN) return;
    const reg = labRegistry();
    const r = reg.group('researchers').gid;
    expect(c.stat('/lab')).toMatchObject({ uid: 0, gid: r, mode: '2775' });
    expect(c.stat('/lab/shared')).toMatchObject({ uid: 0, gid: r, mode: '2775' });
    expect(c.stat('/lab/projects')).toMatchObject({ uid: 0, gid: r, mode: '2775' });
    expect(c.stat('/lab/projects/genomics')).toMatchObject({ uid: 0, gid: reg.group('genomics').gid, mode: '2770' });
    expect(c.exists('/lab/projects/researchers')).toBe(false);
    expect(c.stat('/lab/scratch')).toMatchObject({ uid: 0, mode: '1777' });
    expect(c.stat('/lab/home/alice')).toMatchObject({ uid: reg.user('alice').uid, mode: '0700' });
    // A research user's login shell gets umask 002; root's does not.
    expect(c.sh('su -s /bin/sh alice -c ". /etc/profile.d/research-workspace.sh; umask"').trim()).toBe('0002');
    expect(c.sh('. /etc/profile.d/research-workspace.sh; umask').trim()).toBe('0022');
  });

  test('template account: created with its own group, sudo through a checked drop-in, in docker', () => {
    if (!RUN) return;
    const pw = c.passwd();
    expect(pw.get('researcher')!.home).toBe('/home/researcher');
    expect(c.stat('/home/researcher').uid).toBe(pw.get('researcher')!.uid);
    expect(c.read('/etc/sudoers.d/91-research-workspace-template')).toMatch(/^researcher ALL=\(ALL\) NOPASSWD:ALL$/m);
    expect(c.read('/etc/sudoers.d/91-research-workspace-template')).not.toContain('bob');
    expect(c.exists('/etc/sudoers.d/90-research-workspace-users')).toBe(true); // alice has sudo in the registry
    expect(c.read('/etc/sudoers.d/90-research-workspace-users')).not.toMatch(/^(bob|carol) /m);
  });

  test('software from the internet goes through the replaceable installer: miniforge, conda, pip, code-server', () => {
    if (!RUN) return;
    const calls = fakeCalls(c);
    expect(calls).toContain('fake-netinstall miniforge /opt/conda');
    expect(calls).toContain('fake-netinstall conda /opt/conda python=3.12 jupyterlab');
    expect(calls).toContain('fake-netinstall pip /opt/conda mlflow');
    expect(calls).toContain('fake-netinstall code-server');
  });

  test('secrets are read at boot into root-only files; the user-data never contains them', () => {
    if (!RUN) return;
    expect(c.read('/etc/research-workspace/secrets/jupyter.env')).toBe('JUPYTER_TOKEN=jupyter-token-from-secrets-manager-42\n');
    expect(c.read('/etc/research-workspace/secrets/code-server.env')).toBe('PASSWORD=Code.Server-Pass_123\n');
    for (const f of ['jupyter.env', 'code-server.env']) expect(c.stat(`/etc/research-workspace/secrets/${f}`)).toMatchObject({ uid: 0, mode: '0600' });
    expect(fakeCalls(c)).toEqual(expect.arrayContaining([`fake-secret secretsmanager ${JUPYTER_ARN}`, 'fake-secret ssm /lab/code-server-password']));
    for (const text of [ud.renderMime(), ud.provisioningScript()]) {
      expect(text).not.toContain('jupyter-token-from-secrets-manager-42');
      expect(text).not.toContain('Code.Server-Pass_123');
    }
    expect(first.log).not.toContain('jupyter-token-from-secrets-manager-42');
  });

  test('services run as the owner bob; the disabled one is installed but not enabled', () => {
    if (!RUN) return;
    for (const n of ['jupyter', 'code-server', 'mlflow']) {
      const u = parseUnit(c.read(`/etc/systemd/system/rws-${n}.service`));
      expect(u.Service.User).toEqual(['bob']);
      expect(u.Service.UMask).toEqual(['0002']);
    }
    expect(parseUnit(c.read('/etc/systemd/system/rws-code-server.service')).Service.ExecStart[0]).toContain('--bind-addr 127.0.0.1:8080');
    expect(c.exists('/etc/systemd/system/multi-user.target.wants/rws-code-server.service')).toBe(true);
    expect(c.exists('/etc/systemd/system/multi-user.target.wants/rws-mlflow.service')).toBe(false);
  });

  test('the idle agent hibernates after the template\'s hibernate threshold', () => {
    if (!RUN) return;
    const conf = c.read('/etc/research-workspace/idle.conf');
    expect(conf).toContain('ACTION=hibernate');
    expect(conf).toContain('IDLE_MINUTES=45');
    expect(conf).toContain('PLATFORM=aws');
  });

  test('a second run succeeds and changes nothing', () => {
    if (!RUN) return;
    const before = c.manifest(MANIFEST_PATHS);
    const second = provision(c, ud);
    if (second.status !== 0) throw new Error(explain(second));
    expect(c.manifest(MANIFEST_PATHS)).toBe(before);
    expect(second.log.slice(first.log.length)).toContain('(0 files changed)');
    expect(pwnedFiles(c)).toEqual([]);
  }, 900_000);

  test('a registry that changed after generation is refused with a clear reason', () => {
    if (!RUN) return;
    const other = WorkspaceUserData.registryFile(labRegistry(), ['alice']);
    c.write(`/srv/fake-cloud/${fakeKey('s3://lab-bucket/registry/users.tsv.gz')}`, zlib.gzipSync(other));
    const before = c.read('/etc/passwd');
    const r = provision(c, ud);
    expect(r.status).not.toBe(0);
    const last = r.log.trim().split('\n').pop()!;
    expect(last).toContain('FAILED in step registry');
    expect(last).toContain(`expected ${ud.registryPayload!.sha256}: it changed after this user-data was generated`);
    expect(c.read('/var/lib/research-workspace/status')).toMatch(/^failed\nstep=registry\n/);
    expect(c.read('/etc/passwd')).toBe(before);
  }, 900_000);
  test('the lab\'s SSM sync document applies the whole registry with the recorded arguments: the selection holds', () => {
    if (!RUN) return;
    const r = runSyncDocument();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('in sync: 3 users');
    const pw = c.passwd();
    expect(pw.has('dave')).toBe(false); // in the registry, not selected on this machine
    expect(pw.get('carol')!.home).toBe('/lab/home/carol'); // -H from the file, not the document's default
    expect(c.read('/lab/home/alice/.ssh/authorized_keys')).toContain(labRegistry().user('alice').sshKeys[0].line);
  });

  test('-u is the machine\'s whole selection: a user who leaves it is locked here, the keys in the shared home kept; back in it, unlocked', () => {
    if (!RUN) return;
    const reg = labRegistry();
    c.write('/root/full.tsv', WorkspaceUserData.registryFile(reg));
    const out = c.sh('/usr/local/sbin/rws-sync-users -H /lab/home -g docker,researchers -u alice,bob /root/full.tsv');
    expect(out).toContain('user carol is not selected on this machine (-u): locked here (keys and files kept)');
    expect(c.read('/etc/shadow')).toMatch(/^carol:!\*:/m);
    expect(c.passwd().get('carol')!.shell).toBe('/usr/sbin/nologin');
    expect(c.read('/lab/home/carol/.ssh/authorized_keys')).toContain(reg.user('carol').sshKeys[0].line); // other machines read this home
    expect(c.passwd().has('dave')).toBe(false); // never managed here: neither created nor locked
    expect(c.groups().get('researchers')!.members).toEqual(['alice', 'bob']);
    // Running again changes nothing more; back in the selection, carol is unlocked.
    expect(c.sh('/usr/local/sbin/rws-sync-users -H /lab/home -g docker,researchers -u alice,bob /root/full.tsv')).not.toContain('carol');
    c.sh('/usr/local/sbin/rws-sync-users -H /lab/home -g docker,researchers -u alice,bob,carol /root/full.tsv');
    expect(c.read('/etc/shadow')).toMatch(/^carol:\*:/m);
    expect(c.passwd().get('carol')!.shell).toBe('/bin/bash');
    expect(c.groups().get('researchers')!.members).toEqual(['alice', 'bob', 'carol']);
  });

  test('the document refuses a machine whose provisioning failed before recording its arguments, and an args file others can write', () => {
    if (!RUN) return;
    const before = c.read('/etc/passwd');
    c.sh('mv /etc/research-workspace/sync-users.args /root/sync-users.args.saved');
    c.write('/var/lib/research-workspace/status', 'failed\nstep=storage\nreason=could not mount\n');
    let r = runSyncDocument();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the boot provisioning failed before it recorded this machine\'s sync arguments (step=storage reason=could not mount )');
    expect(c.read('/etc/passwd')).toBe(before); // dave was not created from the lab default
    c.sh('mv /root/sync-users.args.saved /etc/research-workspace/sync-users.args && chmod 0666 /etc/research-workspace/sync-users.args');
    r = runSyncDocument();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not root-owned or is writable by others; nothing changed');
    c.sh('chmod 0644 /etc/research-workspace/sync-users.args');
    expect(runSyncDocument().status).toBe(0);
  });
});
