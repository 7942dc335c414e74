/**
 * Nobody has to start the Proxmox consolidation: the storage server's trigger starts
 * `permit-ingress.service` when the preprocessing workspace holds an NFS connection and the
 * airlock none (the move to DATA_PREPARATION_PENDING), and never once raw has its manifest. The
 * generated script, from the synthesized cloud-config, runs for real in a network namespace the
 * test makes: real TCP connections to port 2049 from the workspaces' addresses, read by the real
 * `ss`; `systemctl` is replaced by a recorder (RWS_SYSTEMCTL).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PermitStatus } from '../../src';
import { INGRESS_SERVICE, INGRESS_TRIGGER_PATH, INGRESS_TRIGGER_TIMER } from '../../src/constructs/proxmox/private/permit';
import { requireTool } from '../helpers/tools';
import { cleanTemp, cloudConfig, cloudInitSchema, permit, resources, synthPermit, userDataOf, writtenFile } from '../proxmox/helpers';

const S = PermitStatus;
afterAll(cleanTemp);

const pending = synthPermit(permit(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS));
const vms = (json: any) => resources(json, 'proxmox_virtual_environment_vm');
const storageText = userDataOf(pending.json, vms(pending.json).find((r) => r.body.name.endsWith('-storage'))!.body);
const config = cloudConfig(storageText);
const script = writtenFile(config, INGRESS_TRIGGER_PATH);
const addr = (name: string) => new RegExp(`^${name}='([0-9.]+)'$`, 'm').exec(script)?.[1] ?? '';
const PRE = addr('PREPROCESSING');
const AIRLOCK = addr('AIRLOCK');

test('the storage server has the trigger, its service and a timer enabled at boot; the service itself is not', () => {
  expect(script).toContain(`start --no-block ${INGRESS_SERVICE}`);
  expect(PRE).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(AIRLOCK).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(PRE).not.toBe(AIRLOCK);
  expect(writtenFile(config, `/etc/systemd/system/${INGRESS_TRIGGER_TIMER}`)).toMatch(/OnUnitActiveSec=2min[\s\S]*WantedBy=timers.target/);
  expect(config.runcmd).toContainEqual(['systemctl', 'enable', '--now', INGRESS_TRIGGER_TIMER]);
  expect(JSON.stringify(config.runcmd)).not.toContain(INGRESS_SERVICE);
  const r = cloudInitSchema(storageText);
  if (r) expect(r).toMatchObject({ status: 0 });
  if (requireTool('shellcheck', 'generated shell is checked with shellcheck')) {
    const sc = spawnSync('shellcheck', ['--severity=style', '-'], { input: script, encoding: 'utf8' });
    expect(sc.stdout + sc.stderr).toBe('');
  }
});

const canRun = process.platform === 'linux' && process.getuid?.() === 0;
if (!canRun && process.env.CI === 'true') throw new Error('CI=true: the trigger test needs Linux and root (network namespaces)');
if (!canRun) console.warn('SKIPPED: the ingress trigger in a network namespace needs Linux and root');
const haveTools = canRun && requireTool('unshare', 'the trigger runs in a network namespace the test makes')
  && requireTool('ss', 'the trigger reads the NFS connections with ss') && requireTool('python3', 'the stand-in NFS port and clients are Python sockets');

(haveTools ? describe : describe.skip)('the trigger in a network namespace', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-trigger-'));
    fs.writeFileSync(path.join(dir, 'trigger'), script, { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'systemctl'), `#!/bin/sh\necho "$*" >>"${dir}/systemctl.log"\n`, { mode: 0o755 });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs the trigger in a fresh namespace where `from` hold TCP connections to the storage server's port 2049. */
  const run = (from: string[], manifest = false) => {
    const raw = fs.mkdtempSync(path.join(dir, 'raw-'));
    if (manifest) {
      fs.mkdirSync(path.join(raw, 'ingress'));
      fs.writeFileSync(path.join(raw, 'ingress', 'MANIFEST.tsv'), 'path\tsize\n');
    }
    fs.rmSync(path.join(dir, 'systemctl.log'), { force: true });
    const storage = '10.99.0.10';
    const py = [
      'import socket, subprocess, sys',
      `srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); srv.bind(("${storage}", 2049)); srv.listen(8)`,
      'conns = []',
      `for a in ${JSON.stringify(from)}:`,
      '    c = socket.socket(); c.bind((a, 0)); c.connect(("' + storage + '", 2049)); conns.append(c); conns.append(srv.accept()[0])',
      `r = subprocess.run(["${dir}/trigger"], capture_output=True, text=True, env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "RWS_RAW": "${raw}", "RWS_SYSTEMCTL": "${dir}/systemctl"})`,
      'sys.stdout.write(r.stdout); sys.stderr.write(r.stderr); sys.exit(r.returncode)',
    ].join('\n');
    const setup = ['ip link set lo up', ...[storage, ...from].map((a) => `ip addr add ${a}/32 dev lo`), `exec python3 -c '${py.replace(/'/g, "'\\''")}'`].join(' && ');
    const r = spawnSync('unshare', ['--net', 'sh', '-c', setup], { encoding: 'utf8', timeout: 30_000 });
    const log = fs.existsSync(path.join(dir, 'systemctl.log')) ? fs.readFileSync(path.join(dir, 'systemctl.log'), 'utf8') : '';
    return { status: r.status, out: r.stdout + r.stderr, started: log.trim() };
  };

  test('the preprocessing workspace connected, the airlock not, no manifest: the consolidation is started', () => {
    const r = run([PRE]);
    expect(r.out).toContain(`the preprocessing workspace (${PRE}) is connected`);
    expect(r.started).toBe(`start --no-block ${INGRESS_SERVICE}`);
    expect(r.status).toBe(0);
  });

  test('not while the airlock is connected, not without the preprocessing workspace, never once raw has its manifest', () => {
    const both = run([PRE, AIRLOCK]);
    expect(both.out).toContain(`the airlock (${AIRLOCK}) is still connected`);
    expect(both.started).toBe('');
    expect(run([AIRLOCK]).started).toBe('');
    expect(run([]).started).toBe('');
    expect(run(['10.99.0.77']).started).toBe('');
    expect(run([PRE], true).started).toBe('');
  });

  test('the check catches a trigger that ignores the airlock', () => {
    const careless = script.replace(/if seen "\$AIRLOCK"; then[\s\S]*?\nfi\n/, '');
    expect(careless).not.toBe(script);
    fs.writeFileSync(path.join(dir, 'trigger'), careless, { mode: 0o755 });
    try {
      expect(run([PRE, AIRLOCK]).started).toBe(`start --no-block ${INGRESS_SERVICE}`);
    } finally {
      fs.writeFileSync(path.join(dir, 'trigger'), script, { mode: 0o755 });
    }
  });
});
