/**
 * The permit service in apply mode: real `terraform plan`/`apply` run by the worker against
 * the simulated providers of ../shared/tools/tf-validate (helpers/sim-providers.ts), with a
 * private RabbitMQ and Redis. Seed 004's lifecycle applied row by row with the data volumes
 * followed in the plans and the state; a plan that would delete a data volume is refused; a
 * worker killed while Terraform runs leaves the permit to another worker.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Redis } from 'ioredis';
import { RabbitServer, RedisServer, haveServers } from './helpers/servers';
import {
  ensureBuilt, permitData, permitHistory, permitState, Publisher, redisClient, ServiceProcess, startWorker, waitFor, writeFile,
} from './helpers/service';
import { simProviders } from './helpers/sim-providers';
import { PermitStatus } from '../../src/workspaces/permit';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
const run = haveServers() && requireTool('terraform', 'the worker\'s plan and apply modes run terraform');
const maybe = run ? describe : describe.skip;

jest.setTimeout(400_000);

let rabbit: RabbitServer;
let redisServer: RedisServer;
let redis: Redis;
let pub: Publisher;
let dir: string;
let sim: ReturnType<typeof simProviders>;
let config: string;
const procs: ServiceProcess[] = [];

beforeAll(async () => {
  if (!run) return;
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permitsvc-tf-'));
  sim = simProviders(path.join(dir, 'sim'));
  config = writeFile(dir, 'worker.yaml', [
    'terraform:',
    `  cli_config: ${sim.cliConfig}`,
    '  init: false            # dev_overrides need no init; with real providers leave init on (plugin_dir or a mirror)',
    '  lock_timeout_seconds: 120',
    '  env:',
    ...Object.entries(sim.env).map(([k, v]) => `    ${k}: "${v}"`),
    '',
  ].join('\n'));
  [rabbit, redisServer] = await Promise.all([RabbitServer.start(), RedisServer.start()]);
  redis = redisClient(redisServer.url);
  pub = await Publisher.open(rabbit.url);
});

afterAll(async () => {
  if (!run) return;
  await Promise.all(procs.map((p) => p.stop('SIGKILL')));
  await pub?.close();
  redis?.disconnect();
  await Promise.all([rabbit?.stop(), redisServer?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

function worker(id: string, env: Record<string, string> = {}): ServiceProcess {
  const w = startWorker({ amqp: rabbit.url, redis: redisServer.url, workdir: path.join(dir, 'work'), id, shards: 4, mode: 'apply', config, env });
  procs.push(w);
  return w;
}

async function waitEvent(id: string, eventId: string, ws: ServiceProcess[], timeoutMs: number = 120_000): Promise<Record<string, string>> {
  return waitFor(async () => {
    // The outcome first: the worker commits it with the state in one script, so once it is
    // there the state read after it is the committed one (read before, it may be older).
    const outcome = await redis.hget(`rws:permit:{${id}}:events`, eventId);
    return outcome ? permitState(redis, id) : undefined;
  }, timeoutMs, async () => `event ${eventId} of ${id}; state ${JSON.stringify(await permitState(redis, id))}\n${ws.map((w) => `${w.name}: ${w.output.slice(-3000)}`).join('\n')}`);
}

/** The Terraform state the worker keeps for a permit (local backend in its folder). */
function tfState(id: string): any {
  const f = path.join(dir, 'work', 'permits', id, 'terraform', 'terraform.tfstate');
  return fs.existsSync(f) ? JSON.parse(fs.readFileSync(f, 'utf8')) : { resources: [], serial: 0 };
}
function pvcIds(state: any): Record<string, string> {
  return Object.fromEntries(state.resources.filter((r: any) => r.type === 'kubernetes_persistent_volume_claim_v1')
    .map((r: any) => [r.instances[0].attributes.metadata[0].name, r.instances[0].attributes.id]));
}
function statefulSets(state: any): Record<string, string> {
  return Object.fromEntries(state.resources.filter((r: any) => r.type === 'kubernetes_stateful_set_v1')
    .map((r: any) => [r.instances[0].attributes.metadata[0].name, String(r.instances[0].attributes.spec[0].replicas)]));
}

/** `terraform show -json` of the permit's state, run as the worker runs Terraform. */
function terraformShow(id: string): any {
  const tfDir = path.join(dir, 'work', 'permits', id, 'terraform');
  return JSON.parse(execFileSync('terraform', [`-chdir=${tfDir}`, 'show', '-json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ...sim.env, TF_CLI_CONFIG_FILE: sim.cliConfig, TF_DATA_DIR: path.join(tfDir, '.terraform-data'), CHECKPOINT_DISABLE: '1' },
  }));
}

const ROWS: Array<[string, string | undefined, PermitStatus, Record<string, string>]> = [
  ['permit.status.updated', 'AWAITING_INGRESS', S.AWAITING_INGRESS, {}],
  ['permit.ingress.initiated', undefined, S.INGRESS_IN_PROGRESS, { 'ingress-airlock': '1' }],
  ['permit.status.updated', 'DATA_PREPARATION_PENDING', S.DATA_PREPARATION_PENDING, { 'hdab-preprocessing': '1' }],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING, { 'hdab-preprocessing': '0', 'hdab-review': '1' }],
  ['permit.status.updated', 'DATA_PREPARATION_REWORK', S.DATA_PREPARATION_REWORK, { 'hdab-preprocessing': '1' }],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING, { 'hdab-preprocessing': '0', 'hdab-review': '1' }],
  ['permit.status.updated', 'WORKSPACE_SETUP_PENDING', S.WORKSPACE_SETUP_PENDING, { 'researcher-setup': '1' }],
  ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING, { 'researcher-setup': '0', 'setup-review': '1' }],
  ['permit.status.updated', 'WORKSPACE_SETUP_REWORK', S.WORKSPACE_SETUP_REWORK, { 'researcher-setup': '1' }],
  ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING, { 'researcher-setup': '0', 'setup-review': '1' }],
  ['permit.status.updated', 'ANALYSIS_ACTIVE', S.ANALYSIS_ACTIVE, { analysis: '1' }],
  ['permit.workspace.stop_requested', undefined, S.ANALYSIS_STOPPED, { analysis: '0' }],
  ['permit.workspace.start_requested', undefined, S.ANALYSIS_ACTIVE, { analysis: '1' }],
  ['permit.status.updated', 'ARCHIVED', S.ARCHIVED, {}],
  ['permit.deleted', undefined, S.DELETED, {}],
];
// The planned volumes and the output release request area (a claim like them).
const VOLUMES = ['outputs', 'prepared', 'project', 'raw', 'release', 'upload-hospital-a', 'upload-lab-b'];

maybe('apply mode with Terraform', () => {
  let w1: ServiceProcess;
  beforeAll(() => {
    w1 = worker('tf1');
  });

  test('seed 004 applied row by row: workspaces and replicas in the state, no data volume deleted or replaced before permit.deleted', async () => {
    const id = 'tf-life';
    let volumeIds: Record<string, string> | undefined;
    for (const [i, [event, status, expected, sets]] of ROWS.entries()) {
      const eventId = `${id}-e${i}`;
      await pub.publish({ eventId, event, permitId: id, ...(status ? { status } : {}), ...(i === 0 ? { permit: permitData() } : {}) });
      const st = await waitEvent(id, eventId, [w1]);
      expect(st.failed ?? '').toBe('');
      expect(st.status).toBe(expected);
      const plan = JSON.parse(st.plan);
      // The plan the worker applied (from terraform show -json of the saved plan).
      const volumeChanges = plan.changes.filter((c: any) => c.type === 'kubernetes_persistent_volume_claim_v1' || c.type === 'kubernetes_namespace_v1');
      const state = tfState(id);
      expect(statefulSets(state)).toEqual(sets);
      if (expected === S.DELETED) {
        expect(volumeChanges.every((c: any) => c.actions.join() === 'delete')).toBe(true);
        expect(volumeChanges.length).toBe(VOLUMES.length + 1);
        expect(state.resources).toEqual([]);
      } else if (expected !== S.AWAITING_INGRESS) {
        expect(volumeChanges.filter((c: any) => c.actions.includes('delete'))).toEqual([]);
        // The same volumes, with the same identity, from the airlock to the archive.
        const ids = pvcIds(state);
        expect(Object.keys(ids).sort()).toEqual(VOLUMES);
        volumeIds = volumeIds ?? ids;
        expect(ids).toEqual(volumeIds);
      }
      if (expected === S.ANALYSIS_STOPPED) {
        // Cross-check with terraform show -json: the analysis workspace exists, stopped, its claims bound.
        const shown = terraformShow(id);
        const sts = shown.values.root_module.resources.filter((r: any) => r.type === 'kubernetes_stateful_set_v1');
        expect(sts.map((r: any) => [r.values.metadata[0].name, r.values.spec[0].replicas])).toEqual([['analysis', '0']]);
        expect(shown.values.root_module.resources.filter((r: any) => r.type === 'kubernetes_persistent_volume_claim_v1')).toHaveLength(VOLUMES.length);
      }
    }
    const history = await permitHistory(redis, id);
    expect(history.map((h) => h.to)).toEqual(ROWS.map((r) => r[2]));
    expect(history.every((h) => h.mode === 'apply')).toBe(true);
    // Audit: each applied change with its plan counts.
    const audit = (await redis.xrange('rws:audit', '-', '+')).map(([, f]) => {
      const o: Record<string, string> = {};
      for (let j = 0; j < f.length; j += 2) o[f[j]] = f[j + 1];
      return o;
    }).filter((a) => a.permitId === id);
    expect(audit).toHaveLength(ROWS.length);
    expect(JSON.parse(audit[1].plan)).toMatchObject({ create: expect.any(Number), delete: 0, replace: 0 });
    expect(JSON.parse(audit[audit.length - 1].plan).delete).toBeGreaterThan(VOLUMES.length);
  });

  test('a plan that would delete a data volume before permit.deleted is refused, reported, and nothing is applied', async () => {
    const id = 'tf-refuse';
    await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
    await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    await waitEvent(id, `${id}-b`, [w1]);
    const before = tfState(id);
    // The Permit Manager drops a data holder: its upload volume would go with it.
    await pub.publish({
      eventId: `${id}-c`,
      event: 'permit.status.updated',
      permitId: id,
      status: 'DATA_PREPARATION_PENDING',
      permit: { dataHolders: [{ id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] }] },
    });
    const st = await waitEvent(id, `${id}-c`, [w1]);
    expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
    expect(st.failed).toMatch(/^plan-refused: plan refused: it would delete kubernetes_persistent_volume_claim_v1\.[^ ,]*upload-lab-b[^ ,]* before permit\.deleted/);
    expect(tfState(id).serial).toBe(before.serial);
    expect(pvcIds(tfState(id))).toEqual(pvcIds(before));
    const errors = (await redis.lrange(`rws:permit:{${id}}:errors`, 0, -1)).map((e) => JSON.parse(e));
    expect(errors).toEqual([expect.objectContaining({ eventId: `${id}-c`, code: 'plan-refused' })]);
    expect(await redis.hget(`rws:permit:{${id}}:events`, `${id}-c`)).toBe('refused');
  });

  test('a worker killed with SIGKILL while Terraform runs: another worker finishes the event, applied once', async () => {
    const id = 'tf-kill';
    await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
    await waitEvent(id, `${id}-a`, [w1]);
    // Slow providers: each start sleeps 2 s, so the apply takes a while.
    fs.writeFileSync(path.join(sim.faults, 'slow'), '2');
    await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    await waitFor(async () => (await permitState(redis, id)).applying, 60_000, () => 'the event in progress');
    await new Promise((r) => setTimeout(r, 3000));
    await w1.stop('SIGKILL');
    fs.rmSync(path.join(sim.faults, 'slow'));
    const w2 = worker('tf2');
    const st = await waitEvent(id, `${id}-b`, [w2], 180_000);
    expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
    expect(st.failed ?? '').toBe('');
    expect(st.applying).toBeUndefined();
    const history = await permitHistory(redis, id);
    expect(history.map((h) => `${h.eventId}@${h.worker}`)).toEqual([`${id}-a@tf1`, `${id}-b@tf2`]);
    expect(Object.keys(pvcIds(tfState(id))).sort()).toEqual(VOLUMES);
    expect(statefulSets(tfState(id))).toEqual({ 'ingress-airlock': '1' });
  });

  test('a provider that fails to start is retried with backoff; after max_attempts the permit is marked failed with the reason', async () => {
    const id = 'tf-flaky';
    const live = procs.filter((p) => p.proc.exitCode === null && p.proc.signalCode === null);
    const fail = path.join(sim.faults, 'fail');
    const retries = async () => Number(await redis.hget('rws:metrics', 'retries') ?? 0);
    const before = await retries();
    fs.writeFileSync(fail, '');
    await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
    await waitFor(async () => await retries() >= before + 2, 60_000, () => `two retries\n${live.map((w) => w.output.slice(-2000)).join('\n')}`);
    fs.rmSync(fail);
    let st = await waitEvent(id, `${id}-a`, live);
    expect(st.status).toBe(S.AWAITING_INGRESS);
    expect(st.failed ?? '').toBe('');
    expect(await permitHistory(redis, id)).toHaveLength(1);
    // It keeps failing: after max_attempts (5) the permit is marked failed, the status stays.
    fs.writeFileSync(fail, '');
    await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    st = await waitEvent(id, `${id}-b`, live);
    fs.rmSync(fail);
    expect(st.status).toBe(S.AWAITING_INGRESS);
    expect(st.failed).toMatch(/^retries-exhausted: terraform plan failed: .*failed to instantiate provider.* \(after 5 attempts\)$/);
    expect(await redis.hget(`rws:permit:{${id}}:events`, `${id}-b`)).toBe('failed');
    // The next event is processed normally and clears the failure.
    await pub.publish({ eventId: `${id}-c`, event: 'permit.ingress.initiated', permitId: id });
    st = await waitEvent(id, `${id}-c`, live);
    expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
    expect(st.failed ?? '').toBe('');
  });

  test('a data volume the new configuration would replace in place (storage class changed) is refused before apply; the volumes stay', async () => {
    const id = 'tf-replace';
    const exchange = 'permit-replace';
    const prefix = 'rwsreplace:';
    const workdir = path.join(dir, 'work-replace');
    const fleet = (wid: string, storageClass: string) => {
      const backend = writeFile(dir, `backend-${storageClass}.yaml`, `storage_class_name: ${storageClass}\n`);
      const cfg = writeFile(dir, `worker-${storageClass}.yaml`, `${fs.readFileSync(config, 'utf8')}backend_config: ${backend}\n`);
      const w = startWorker({ amqp: rabbit.url, redis: redisServer.url, workdir, id: wid, shards: 2, mode: 'apply', config: cfg, env: { RWS_EXCHANGE: exchange, RWS_REDIS_PREFIX: prefix } });
      procs.push(w);
      return w;
    };
    const key = (suffix = '') => `${prefix}permit:{${id}}${suffix}`;
    const waitOwn = (eventId: string, w: ServiceProcess) => waitFor(async () => {
      const outcome = await redis.hget(key(':events'), eventId);
      return outcome ? redis.hgetall(key()) : undefined;
    }, 120_000, () => w.output.slice(-3000));
    const statePath = path.join(workdir, 'permits', id, 'terraform', 'terraform.tfstate');
    const replacePub = await Publisher.open(rabbit.url, exchange);
    try {
      const first = fleet('tfr1', 'standard');
      await replacePub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
      await replacePub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
      expect((await waitOwn(`${id}-b`, first)).status).toBe(S.INGRESS_IN_PROGRESS);
      const before = JSON.parse(fs.readFileSync(statePath, 'utf8'));
      expect(Object.keys(pvcIds(before)).length).toBe(VOLUMES.length);
      await first.stop();
      // The operator moves the fleet to another storage class: a PVC's class cannot change in
      // place, so the real provider (and tf-sim's replace rules) would destroy and recreate it.
      const second = fleet('tfr2', 'fast-ssd');
      await replacePub.publish({ eventId: `${id}-c`, event: 'permit.status.updated', permitId: id, status: 'DATA_PREPARATION_PENDING' });
      const st = await waitOwn(`${id}-c`, second);
      expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
      // Terraform stops at prevent_destroy on the protected volumes; the worker reports it as a
      // refused plan naming each of them (not as a Terraform failure).
      expect(st.failed).toMatch(/^plan-refused: plan refused: it would destroy kubernetes_persistent_volume_claim_v1\./);
      expect(st.failed).toContain('(Terraform stopped at prevent_destroy: a delete or a replacement)');
      for (const v of ['raw', 'prepared', 'outputs', 'project']) expect(st.failed).toMatch(new RegExp(`destroy kubernetes_persistent_volume_claim_v1\\.[^ ,]*${v}`));
      expect(JSON.parse(st.lastRefusedPlan)).toEqual({ protectedDestroyed: expect.any(Number) });
      const errors = (await redis.lrange(key(':errors'), 0, -1)).map((e) => JSON.parse(e));
      expect(errors).toEqual([expect.objectContaining({ eventId: `${id}-c`, code: 'plan-refused' })]);
      // Nothing was applied: the same state serial, the same volumes with the same ids and class.
      const after = JSON.parse(fs.readFileSync(statePath, 'utf8'));
      expect(after.serial).toBe(before.serial);
      expect(pvcIds(after)).toEqual(pvcIds(before));
      const classes = after.resources.filter((r: any) => r.type === 'kubernetes_persistent_volume_claim_v1').map((r: any) => r.instances[0].attributes.spec[0].storage_class_name);
      expect(new Set(classes)).toEqual(new Set(['standard']));
      expect(await redis.hget(key(':events'), `${id}-c`)).toBe('refused');
      await second.stop();
    } finally {
      await replacePub.close();
    }
  });

  test('the Proxmox backend through the worker: seed 004 applied row by row, the storage server (data disks) kept through every phase and destroyed only by permit.deleted', async () => {
    const id = 'tf-pve';
    const exchange = 'permit-pve';
    const prefix = 'rwspve:';
    const workdir = path.join(dir, 'work-pve');
    const backend = writeFile(dir, 'pve.yaml', [
      'cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, dns_servers: [10.20.0.2], datacenter_firewall: managed }',
      'node: pve2',
      'network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }',
      'image: { template_vm: 9000, disk_gib: 12 }',
      'gateway_cidrs: [10.20.5.0/28]',
      'vm_id_base: 4200',
      'api: { endpoint: "https://pve1.example.org:8006/" }',
      '',
    ].join('\n'));
    const cfg = writeFile(dir, 'worker-pve.yaml', `${fs.readFileSync(config, 'utf8')}backend_config: ${backend}\n`);
    const w = startWorker({
      amqp: rabbit.url,
      redis: redisServer.url,
      workdir,
      id: 'tfpve',
      shards: 2,
      mode: 'apply',
      backend: 'proxmox',
      config: cfg,
      env: { RWS_EXCHANGE: exchange, RWS_REDIS_PREFIX: prefix },
    });
    procs.push(w);
    const key = (suffix = '') => `${prefix}permit:{${id}}${suffix}`;
    const waitOwn = (eventId: string) => waitFor(async () => {
      const outcome = await redis.hget(key(':events'), eventId);
      return outcome ? redis.hgetall(key()) : undefined;
    }, 180_000, () => w.output.slice(-3000));
    const statePath = path.join(workdir, 'permits', id, 'terraform', 'terraform.tfstate');
    const vms = () => {
      const st = fs.existsSync(statePath) ? JSON.parse(fs.readFileSync(statePath, 'utf8')) : { resources: [] };
      return Object.fromEntries(st.resources.filter((r: any) => r.type === 'proxmox_virtual_environment_vm')
        .map((r: any) => [r.instances[0].attributes.name.replace(`p-${id}-`, '').replace(`${id}-`, ''), `${r.instances[0].attributes.vm_id} ${r.instances[0].attributes.started}`]));
    };
    const pvePub = await Publisher.open(rabbit.url, exchange);
    try {
      // Seed 004's lifecycle, row by row, through the archive.
      const rows: Array<[string, string | undefined, PermitStatus]> = [
        ['permit.status.updated', 'AWAITING_INGRESS', S.AWAITING_INGRESS],
        ['permit.ingress.initiated', undefined, S.INGRESS_IN_PROGRESS],
        ['permit.status.updated', 'DATA_PREPARATION_PENDING', S.DATA_PREPARATION_PENDING],
        ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING],
        ['permit.status.updated', 'DATA_PREPARATION_REWORK', S.DATA_PREPARATION_REWORK],
        ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING],
        ['permit.status.updated', 'WORKSPACE_SETUP_PENDING', S.WORKSPACE_SETUP_PENDING],
        ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING],
        ['permit.status.updated', 'ANALYSIS_ACTIVE', S.ANALYSIS_ACTIVE],
        ['permit.workspace.stop_requested', undefined, S.ANALYSIS_STOPPED],
        ['permit.workspace.start_requested', undefined, S.ANALYSIS_ACTIVE],
        ['permit.status.updated', 'ARCHIVED', S.ARCHIVED],
      ];
      const storageIds: string[] = [];
      const seen: Array<Record<string, string>> = [];
      for (const [i, [event, status, expected]] of rows.entries()) {
        await pvePub.publish({ eventId: `${id}-e${i}`, event, permitId: id, ...(status ? { status } : {}), ...(i === 0 ? { permit: permitData() } : {}) });
        const st = await waitOwn(`${id}-e${i}`);
        expect({ status: st.status, failed: st.failed ?? '' }).toEqual({ status: expected, failed: '' });
        const now = vms();
        seen.push(now);
        // Nothing exists before ingress starts; from then on the storage server holds the disks.
        if (i === 0) {
          expect(now).toEqual({});
          continue;
        }
        const storage = Object.entries(now).find(([n]) => n.endsWith('storage'));
        expect(storage).toBeDefined();
        storageIds.push(storage![1].split(' ')[0]);
      }
      // One storage server, the same VM id through every phase; the airlock VM exists while
      // ingress runs and is gone once the data moved on; preprocessing runs after it.
      expect(new Set(storageIds).size).toBe(1);
      expect(Object.keys(seen[1]).some((n) => n.endsWith('ingress-airlock'))).toBe(true);
      expect(Object.keys(seen[2]).some((n) => n.endsWith('ingress-airlock'))).toBe(false);
      expect(Object.keys(seen[2]).some((n) => n.endsWith('preprocessing'))).toBe(true);
      const applied = (await redis.xrange(`${prefix}audit`, '-', '+')).map(([, f]) => Object.fromEntries(f.reduce((a: string[][], v, j) => (j % 2 ? a : [...a, [v, f[j + 1]]]), [])));
      expect(applied.filter((e) => e.permitId === id).map((e) => e.outcome)).toEqual(rows.map(() => 'applied'));
      // Each phase's workspace, and the storage server started while anyone mounts it.
      const running = (i: number, role: string) => Object.entries(seen[i]).some(([n, v]) => n.endsWith(role) && v.endsWith(' true'));
      expect(running(6, 'researcher-setup')).toBe(true);
      expect(running(8, 'analysis')).toBe(true);
      expect(running(9, 'analysis')).toBe(false);
      expect(Object.keys(seen[9]).some((n) => n.endsWith('analysis'))).toBe(true);
      expect(running(10, 'analysis')).toBe(true);
      expect(Object.keys(seen[11]).filter((n) => !n.endsWith('storage'))).toEqual([]);
      expect(JSON.parse((await redis.hget(key(), 'protectedResources'))!)).toEqual([expect.stringMatching(/^proxmox_virtual_environment_vm\..*Storage/)]);
      // permit.deleted destroys everything, the storage server included.
      await pvePub.publish({ eventId: `${id}-del`, event: 'permit.deleted', permitId: id });
      const del = await waitOwn(`${id}-del`);
      expect({ status: del.status, failed: del.failed ?? '' }).toEqual({ status: S.DELETED, failed: '' });
      expect(vms()).toEqual({});
    } finally {
      await pvePub.close();
      await w.stop();
    }
  });

  test('plan mode plans and checks but applies nothing; a second fleet on its own exchange and key prefix does not touch the first', async () => {
    const id = 'tf-plan';
    const w = startWorker({
      amqp: rabbit.url,
      redis: redisServer.url,
      workdir: path.join(dir, 'work-plan'),
      id: 'tfp',
      shards: 2,
      mode: 'plan',
      config,
      env: { RWS_EXCHANGE: 'permit-plan', RWS_REDIS_PREFIX: 'rwsplan:' },
    });
    procs.push(w);
    const planPub = await Publisher.open(rabbit.url, 'permit-plan');
    try {
      await planPub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: permitData() });
      await planPub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
      const st = await waitFor(async () => {
        const h = await redis.hgetall(`rwsplan:permit:{${id}}`);
        return h.eventId === `${id}-b` ? h : undefined;
      }, 120_000, () => w.output.slice(-3000));
      expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
      const plan = JSON.parse(st.plan);
      expect(plan).toMatchObject({ mode: 'plan', delete: 0, replace: 0 });
      expect(plan.create).toBeGreaterThan(VOLUMES.length);
      expect(plan.changes.filter((c: any) => c.type === 'kubernetes_persistent_volume_claim_v1')).toHaveLength(VOLUMES.length);
      // Nothing applied: no state file; the first fleet's keys know nothing of this permit.
      expect(fs.existsSync(path.join(dir, 'work-plan', 'permits', id, 'terraform', 'terraform.tfstate'))).toBe(false);
      expect(await redis.exists(`rws:permit:{${id}}`)).toBe(0);
    } finally {
      await planPub.close();
      await w.stop();
    }
  });
});
