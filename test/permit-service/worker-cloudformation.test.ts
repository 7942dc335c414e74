/**
 * The permit service in apply mode with `--backend aws`: the real `rws permit worker` (lib/)
 * synthesizes each permit's full CloudFormation template, uploads it, makes, checks and executes
 * change sets against a real moto_server, with a private RabbitMQ and Redis. moto cannot create
 * the whole permit stack, so the worker talks to it through the cut proxy
 * (test/helpers/moto-cut-proxy.ts), which cuts each uploaded template to moto's subset; the
 * worker's code is unchanged. Every check reads moto back through the SDK (stacks, resources,
 * buckets, the stored template and stack policy) and the state from Redis.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CloudFormationClient, DescribeStacksCommand, GetStackPolicyCommand, GetTemplateCommand, ListChangeSetsCommand, ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { Redis } from 'ioredis';
import { RabbitServer, RedisServer, haveServers } from './helpers/servers';
import { ensureBuilt, permitHistory, permitState, Publisher, redisClient, ServiceProcess, startWorker, waitFor, writeFile } from './helpers/service';
import { PermitStatus } from '../../src/workspaces/permit';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { CutProxy, startCutProxy } from '../helpers/moto-cut-proxy';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
const run = haveServers() && requireTool('moto_server', 'the worker\'s aws apply mode deploys into a local AWS emulator');
const maybe = run ? describe : describe.skip;
jest.setTimeout(600_000);

/** What reaches moto (as in cfn-deployer.test.ts): created and updated in place by moto. */
const KEEP = new Set(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::Logs::LogGroup', 'AWS::SSM::Parameter', 'AWS::Lambda::Function']);
const TEMPLATES = 'rws-templates-123456789012';
const ASSETS = 'cdk-hnb659fds-assets-123456789012-us-east-1';

let rabbit: RabbitServer;
let redisServer: RedisServer;
let redis: Redis;
let pub: Publisher;
let moto: MotoServer;
let proxy: CutProxy;
let cf: CloudFormationClient;
let s3: S3Client;
let dir: string;
let config: string;
const procs: ServiceProcess[] = [];

beforeAll(async () => {
  if (!run) return;
  ensureBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permitsvc-cfn-'));
  moto = await startMoto();
  proxy = await startCutProxy(moto.endpoint, TEMPLATES, KEEP);
  cf = new CloudFormationClient(clientConfig(moto));
  s3 = new S3Client(clientConfig(moto));
  await s3.send(new CreateBucketCommand({ Bucket: TEMPLATES }));
  await s3.send(new CreateBucketCommand({ Bucket: ASSETS }));
  const backend = writeFile(dir, 'aws.yaml', [
    'machine_image: { ssm_parameter: /rws-test/desktop-image }',
    'data_holder_keys:',
    '  hospital-a: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDMRNWqOFb2ouqBWupMOThjCZZd2liV86smwT2Osr2cs hospital-a-upload"]',
    '  lab-b: ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYnYPVZW9HhmQrjeSw+VlpsKAvsmaJ9oGVhPin20Abt lab-b-upload"]',
    '',
  ].join('\n'));
  config = writeFile(dir, 'worker.yaml', [
    `backend_config: ${backend}`,
    'cloudformation:',
    `  bucket: ${TEMPLATES}`,
    '  timeout_seconds: 60',
    '  poll_ms: 100',
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
  await Promise.all([rabbit?.stop(), redisServer?.stop(), proxy?.stop(), moto?.stop()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

function worker(id: string, mode: string = 'apply'): ServiceProcess {
  const w = startWorker({
    amqp: rabbit.url,
    redis: redisServer.url,
    workdir: path.join(dir, `work-${mode}`),
    id,
    shards: 2,
    mode,
    backend: 'aws',
    config,
    // The SDK's standard chain: credentials, region and endpoint (the proxy) from the environment.
    env: { ...moto.env, AWS_ENDPOINT_URL: proxy.endpoint },
  });
  procs.push(w);
  return w;
}

async function waitEvent(id: string, eventId: string, ws: ServiceProcess[], timeoutMs: number = 120_000): Promise<Record<string, string>> {
  return waitFor(async () => {
    const outcome = await redis.hget(`rws:permit:{${id}}:events`, eventId);
    return outcome ? permitState(redis, id) : undefined;
  }, timeoutMs, async () => `event ${eventId} of ${id}; state ${JSON.stringify(await permitState(redis, id))}\n${ws.map((w) => `${w.name}: ${w.output.slice(-3000)}`).join('\n')}`);
}

async function stack(name: string) {
  try {
    return (await cf.send(new DescribeStacksCommand({ StackName: name }))).Stacks?.[0];
  } catch {
    return undefined;
  }
}
async function resources(name: string): Promise<Map<string, { type: string; id: string }>> {
  const r = await cf.send(new ListStackResourcesCommand({ StackName: name }));
  return new Map((r.StackResourceSummaries ?? []).map((x) => [x.LogicalResourceId!, { type: x.ResourceType!, id: x.PhysicalResourceId ?? '' }]));
}
async function bucketExists(name: string): Promise<boolean> {
  return s3.send(new HeadBucketCommand({ Bucket: name })).then(() => true, () => false);
}

const ROWS: Array<[string, string | undefined, PermitStatus]> = [
  ['permit.status.updated', 'AWAITING_INGRESS', S.AWAITING_INGRESS],
  ['permit.ingress.initiated', undefined, S.INGRESS_IN_PROGRESS],
  ['permit.status.updated', 'DATA_PREPARATION_PENDING', S.DATA_PREPARATION_PENDING],
  ['permit.status.updated', 'DATA_PREPARATION_REVIEW_PENDING', S.DATA_PREPARATION_REVIEW_PENDING],
  ['permit.status.updated', 'WORKSPACE_SETUP_PENDING', S.WORKSPACE_SETUP_PENDING],
  ['permit.status.updated', 'WORKSPACE_SETUP_REVIEW_PENDING', S.WORKSPACE_SETUP_REVIEW_PENDING],
  ['permit.status.updated', 'ANALYSIS_ACTIVE', S.ANALYSIS_ACTIVE],
  ['permit.workspace.stop_requested', undefined, S.ANALYSIS_STOPPED],
  ['permit.workspace.start_requested', undefined, S.ANALYSIS_ACTIVE],
  ['permit.status.updated', 'ARCHIVED', S.ARCHIVED],
  ['permit.deleted', undefined, S.DELETED],
];

function awsPermitData(): object {
  return {
    dataHolders: [{ id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] }, { id: 'lab-b', allowedCidrs: ['198.51.100.16/28'] }],
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
  };
}

maybe('apply mode with CloudFormation (moto_server behind the cut proxy)', () => {
  let w1: ServiceProcess;
  beforeAll(() => {
    w1 = worker('cfn1');
  });

  test('the lifecycle applied event by event: the same buckets from ingress to the archive, the stack policy kept, DELETED deletes the stack', async () => {
    const id = 'cfn-life';
    const name = `permit-${id}`;
    let buckets: Map<string, string> | undefined;
    for (const [i, [event, status, expected]] of ROWS.entries()) {
      const eventId = `${id}-e${i}`;
      const uploadsBefore = proxy.uploads.length;
      await pub.publish({ eventId, event, permitId: id, ...(status ? { status } : {}), ...(i === 0 ? { permit: awsPermitData() } : {}) });
      const st = await waitEvent(id, eventId, [w1]);
      expect({ event: eventId, failed: st.failed ?? '' }).toEqual({ event: eventId, failed: '' });
      expect(st.status).toBe(expected);
      const plan = JSON.parse(st.plan);
      expect(plan.mode).toBe('apply');
      expect(plan.stack).toBe(name);
      // The worker uploaded the full template (the proxy saw it before cutting it).
      expect(proxy.uploads.length).toBeGreaterThan(uploadsBefore);
      const upload = proxy.uploads[proxy.uploads.length - 1];
      expect(upload.key).toMatch(new RegExp(`^rws-permits/${name}/[0-9a-f]{64}\\.json$`));
      if (expected === S.DELETED) {
        expect(await stack(name)).toBeUndefined();
        continue;
      }
      const st2 = await stack(name);
      expect(st2?.StackStatus).toMatch(/^(CREATE|UPDATE)_COMPLETE$/);
      // What moto holds is what the worker uploaded (cut): every kept resource is in the stack
      // (log groups aside: moto loses the logical id of a log group an update touches).
      const rs = await resources(name);
      const notLogs = (ids: string[]) => ids.filter((k) => k && rs.get(k)?.type !== 'AWS::Logs::LogGroup' && !/Logs[0-9A-F]{8}$/.test(k)).sort();
      expect(notLogs([...rs.keys()])).toEqual(notLogs(upload.kept));
      const now = new Map([...rs].filter(([, r]) => r.type === 'AWS::S3::Bucket').map(([k, r]) => [k, r.id]));
      for (const b of now.values()) expect(await bucketExists(b)).toBe(true);
      if (now.size && buckets) {
        // Never replaced: every bucket keeps its physical id.
        for (const [k, b] of buckets) expect(now.get(k)).toBe(b);
      }
      if (now.size) buckets = now;
      // The stack policy: the protected logical ids recorded with the permit, denied replace and delete.
      const protectedIds: string[] = JSON.parse(st.protectedResources);
      const policy = JSON.parse((await cf.send(new GetStackPolicyCommand({ StackName: name }))).StackPolicyBody!);
      const denied = policy.Statement.filter((s: any) => s.Effect === 'Deny').flatMap((s: any) => s.Resource);
      for (const p of protectedIds) expect(denied).toContain(`LogicalResourceId/${p}`);
    }
    expect(buckets!.size).toBeGreaterThan(3);
    // After DELETED: the buckets the DELETED template set to Delete are gone, the retained (audit) ones stay.
    const gone = [...buckets!.values()];
    const still = await Promise.all(gone.map(bucketExists));
    expect(still.filter((x) => !x).length).toBeGreaterThan(0);
    const history = await permitHistory(redis, id);
    expect(history.map((h) => h.to)).toEqual(ROWS.map((r) => r[2]));
    const audit = (await redis.xrange('rws:audit', '-', '+')).map(([, f]) => {
      const o: Record<string, string> = {};
      for (let j = 0; j < f.length; j += 2) o[f[j]] = f[j + 1];
      return o;
    }).filter((a) => a.permitId === id);
    expect(audit.map((a) => a.outcome)).toEqual(ROWS.map(() => 'applied'));
    expect(JSON.parse(audit[1].plan).create).toBeGreaterThan(0);
  });

  test('a change set that would remove a protected bucket is refused and deleted; nothing is executed; the next event applies', async () => {
    const id = 'cfn-refuse';
    const name = `permit-${id}`;
    await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: awsPermitData() });
    await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    await waitEvent(id, `${id}-b`, [w1]);
    const before = (await cf.send(new GetTemplateCommand({ StackName: name }))).TemplateBody;
    const rs = await resources(name);
    const protectedIds: string[] = JSON.parse((await permitState(redis, id)).protectedResources);
    const victim = [...rs].find(([k, r]) => r.type === 'AWS::S3::Bucket' && protectedIds.includes(k))!;
    proxy.dropNext = [victim[0]];
    await pub.publish({ eventId: `${id}-c`, event: 'permit.status.updated', permitId: id, status: 'DATA_PREPARATION_PENDING' });
    const st = await waitEvent(id, `${id}-c`, [w1]);
    expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
    expect(st.failed).toBe(`plan-refused: plan refused: it would delete ${victim[0]} before permit.deleted (CloudFormation change set; it was deleted); `
      + 'data volumes are destroyed only by permit.deleted (check the permit data and the backend config; nothing was applied)');
    expect(await redis.hget(`rws:permit:{${id}}:events`, `${id}-c`)).toBe('refused');
    // Nothing executed: the same template, the bucket still in the stack and in S3, no change set left.
    expect((await cf.send(new GetTemplateCommand({ StackName: name }))).TemplateBody).toBe(before);
    expect((await resources(name)).get(victim[0])?.id).toBe(victim[1].id);
    expect(await bucketExists(victim[1].id)).toBe(true);
    expect((await cf.send(new ListChangeSetsCommand({ StackName: name }))).Summaries?.filter((c) => c.ExecutionStatus === 'AVAILABLE') ?? []).toEqual([]);
    // The Permit Manager sends the event again (a new id): applied.
    await pub.publish({ eventId: `${id}-d`, event: 'permit.status.updated', permitId: id, status: 'DATA_PREPARATION_PENDING' });
    const st2 = await waitEvent(id, `${id}-d`, [w1]);
    expect(st2.failed ?? '').toBe('');
    expect(st2.status).toBe(S.DATA_PREPARATION_PENDING);
    expect((await resources(name)).get(victim[0])?.id).toBe(victim[1].id);
  });

  test('a stack operation that fails marks the permit failed with the error, status kept; the next event applies', async () => {
    const id = 'cfn-fail';
    await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: awsPermitData() });
    await waitEvent(id, `${id}-a`, [w1]);
    // Two log groups of one name: moto cannot create the second one.
    proxy.editNext = (t) => {
      t.Resources.DuplicateLogsA = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'rws-cfn-fail-duplicate' } };
      t.Resources.DuplicateLogsB = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'rws-cfn-fail-duplicate' } };
    };
    await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
    const st = await waitEvent(id, `${id}-b`, [w1]);
    expect(st.status).toBe(S.AWAITING_INGRESS);
    // (moto answers ExecuteChangeSet with the logs service's error, which the SDK cannot parse as
    // CloudFormation's: its message is that parse error. On AWS the reason comes from the stack events.)
    expect(st.failed).toMatch(/^cloudformation-failed: ExecuteChangeSet permit-cfn-fail: /);
    expect(await redis.hget(`rws:permit:{${id}}:events`, `${id}-b`)).toBe('failed');
    const errors = (await redis.lrange(`rws:permit:{${id}}:errors`, 0, -1)).map((e) => JSON.parse(e));
    expect(errors).toEqual([expect.objectContaining({ eventId: `${id}-b`, code: 'cloudformation-failed' })]);
    await pub.publish({ eventId: `${id}-c`, event: 'permit.ingress.initiated', permitId: id });
    const st2 = await waitEvent(id, `${id}-c`, [w1]);
    expect(st2.failed ?? '').toBe('');
    expect(st2.status).toBe(S.INGRESS_IN_PROGRESS);
    const buckets = [...(await resources(`permit-${id}`)).values()].filter((r) => r.type === 'AWS::S3::Bucket');
    expect(buckets.length).toBeGreaterThan(3);
    for (const b of buckets) expect(await bucketExists(b.id)).toBe(true);
  });

  test('plan mode: the change set is made, checked and recorded, and left unexecuted', async () => {
    const p = worker('cfn-plan', 'plan');
    try {
      await w1.stop();
      const id = 'cfn-plan';
      await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: awsPermitData() });
      await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
      const st = await waitEvent(id, `${id}-b`, [p]);
      expect(st.failed ?? '').toBe('');
      const plan = JSON.parse(st.plan);
      expect(plan.mode).toBe('plan');
      expect(plan.create).toBeGreaterThan(0);
      const s = await stack(`permit-${id}`);
      expect(s?.StackStatus).toBe('REVIEW_IN_PROGRESS');
      expect((await resources(`permit-${id}`)).size).toBe(0);
      // The last event's change set, ready to execute (moto lists every stack's change sets, also of deleted stacks).
      const sets = ((await cf.send(new ListChangeSetsCommand({ StackName: `permit-${id}` }))).Summaries ?? [])
        .filter((c) => c.StackId === s!.StackId && c.ExecutionStatus === 'AVAILABLE');
      expect(sets.map((c) => c.ChangeSetName)).toEqual([expect.stringMatching(/^rws-cfn-plan-b-/)]);
    } finally {
      await p.stop();
    }
  });
});

maybe('a worker killed with SIGKILL in the middle of an AWS apply (its ExecuteChangeSet held by the cut proxy)', () => {
  /**
   * The event's change set is made and checked; its ExecuteChangeSet request is held at the proxy
   * and the worker is killed. Then the request either reaches CloudFormation anyway (it was sent)
   * or never does. Either way another worker finishes the event once, from the stack as it is.
   */
  async function killedMidApply(id: string, forward: boolean) {
    const name = `permit-${id}`;
    const k1 = worker(`${id}-1`);
    try {
      await pub.publish({ eventId: `${id}-a`, event: 'permit.status.updated', permitId: id, status: 'AWAITING_INGRESS', permit: awsPermitData() });
      await waitEvent(id, `${id}-a`, [k1]);
      proxy.holdNext = 'ExecuteChangeSet';
      await pub.publish({ eventId: `${id}-b`, event: 'permit.ingress.initiated', permitId: id });
      await proxy.held();
      expect((await permitState(redis, id)).applying).toContain(`${id}-b`);
    } finally {
      await k1.stop('SIGKILL');
    }
    proxy.release(forward);
    // The held request, forwarded, is executed by moto (synchronously); dropped, the change set waits.
    const pending = async () => ((await cf.send(new ListChangeSetsCommand({ StackName: name }))).Summaries ?? [])
      .filter((c) => c.StackName === name && c.ExecutionStatus === 'AVAILABLE');
    await waitFor(async () => ((await pending()).length === (forward ? 0 : 1) ? true : undefined), 30_000, () => 'the held change set settled');
    const k2 = worker(`${id}-2`);
    try {
      const st = await waitEvent(id, `${id}-b`, [k2], 180_000);
      expect(st.failed ?? '').toBe('');
      expect(st.applying).toBeUndefined();
      expect(st.status).toBe(S.INGRESS_IN_PROGRESS);
      const history = await permitHistory(redis, id);
      expect(history.map((h) => `${h.eventId}@${h.worker}`)).toEqual([`${id}-a@${id}-1`, `${id}-b@${id}-2`]);
      // The stack holds the event's template either way, no change set is left waiting, every bucket exists.
      const upload = proxy.uploads[proxy.uploads.length - 1];
      const rs = await resources(name);
      expect([...rs.keys()].filter((k) => rs.get(k)!.type === 'AWS::S3::Bucket').sort())
        .toEqual(upload.kept.filter((k) => rs.get(k)?.type === 'AWS::S3::Bucket').sort());
      expect([...rs.values()].filter((r) => r.type === 'AWS::S3::Bucket').length).toBeGreaterThan(3);
      for (const r of rs.values()) if (r.type === 'AWS::S3::Bucket') expect(await bucketExists(r.id)).toBe(true);
      expect(await pending()).toEqual([]);
      return JSON.parse(st.plan);
    } finally {
      await k2.stop();
    }
  }

  test('the request reached CloudFormation: the next worker finds nothing left to change and records the event', async () => {
    const plan = await killedMidApply('cfn-kill-sent', true);
    expect(plan.create + plan.update + plan.replace + plan.delete).toBe(0);
  });

  test('the request never arrived: the next worker discards the waiting change set and applies the event', async () => {
    const plan = await killedMidApply('cfn-kill-lost', false);
    expect(plan.create).toBeGreaterThan(0);
  });
});
