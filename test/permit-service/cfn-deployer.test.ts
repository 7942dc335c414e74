/**
 * The worker's CloudFormation deployer (src/cli/permit-service/cloudformation.ts) against a real
 * moto_server: real permit templates, cut to what moto can create (test/helpers/moto-template.ts)
 * and placed in a cloud assembly folder beside the real asset manifest and asset, go through
 * upload, change set, data-loss rule, stack policy, execution, outputs and deletion. Every
 * result is read back through the SDK (buckets, functions, the stored template and policy), never
 * from a status alone.
 *
 * What moto cannot show: it names no Replacement in its change sets (only Add, Modify, Remove),
 * and it stores a stack policy without enforcing it. The replacement rule is checked on
 * DescribeChangeSet-shaped input at the end, and the policy by reading it back.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CloudFormationClient, DescribeChangeSetCommand, DescribeStacksCommand, GetStackPolicyCommand, GetTemplateCommand, ListChangeSetsCommand,
  ListStackResourcesCommand,
} from '@aws-sdk/client-cloudformation';
import { CreateBucketCommand, GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { PermitStatus } from '../../src';
import {
  CfnPlan, changeSetDataLoss, CloudFormationDeployer, CloudFormationSettings, stackPolicy, summarizeChangeSet, zipDirectory,
} from '../../src/cli/permit-service/cloudformation';
import { connectionOf, withoutSecrets } from '../../src/cli/permit-service/worker';
import { examplePhase, Synth, cleanTemp } from '../airlock/helpers';
import { clientConfig, MotoServer, motoRestCall, startMoto } from '../helpers/moto';
import { motoSubset } from '../helpers/moto-template';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
const haveMoto = requireTool('moto_server', 'the CloudFormation deployer is tested against a local AWS emulator');
const maybe = haveMoto ? describe : describe.skip;
jest.setTimeout(300_000);

/**
 * What the deployer test deploys: moto creates these from a template and updates them in place.
 * Managed policies are left out: moto does not detach them from a role it deletes (DeleteConflict),
 * which CloudFormation does.
 */
const KEEP = new Set(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::Logs::LogGroup', 'AWS::SSM::Parameter', 'AWS::Lambda::Function']);
const STACK = 'permit-p-001';
const TEMPLATES = 'rws-templates-123456789012';
const ASSETS = 'cdk-hnb659fds-assets-123456789012-us-east-1';

/**
 * A cloud assembly folder as the worker synthesizes it, with the template cut to moto's subset:
 * the real asset manifest and asset folders are copied beside it.
 */
function assembly(phase: Synth, dir: string, edit?: (t: any) => void): { dir: string; protectedIds: string[] } {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const sub = motoSubset(phase.template, { keep: KEEP });
  // The outputs that name kept resources only (motoSubset leaves outputs out).
  const kept = new Set(sub.kept.map((k) => k.logicalId));
  const outputs = Object.entries<any>(phase.template.Outputs ?? {}).filter(([, o]) => typeof o.Value === 'string' || kept.has(o.Value?.Ref));
  if (outputs.length) sub.template.Outputs = Object.fromEntries(outputs);
  if (edit) edit(sub.template);
  fs.writeFileSync(path.join(dir, `${STACK}.template.json`), JSON.stringify(sub.template));
  for (const f of fs.readdirSync(phase.outdir)) {
    if (f === `${STACK}.assets.json` || f.startsWith('asset.')) fs.cpSync(path.join(phase.outdir, f), path.join(dir, f), { recursive: true });
  }
  const audit = JSON.parse(fs.readFileSync(path.join(phase.outdir, `${STACK}.audit.json`), 'utf8'));
  return { dir, protectedIds: audit.protectedResources };
}

maybe('CloudFormation deployer against moto_server', () => {
  let moto: MotoServer;
  let cf: CloudFormationClient;
  let s3: S3Client;
  let deployer: CloudFormationDeployer;
  let work: string;
  const saved: Record<string, string | undefined> = {};
  const phases = {
    active: examplePhase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING),
    stopped: examplePhase(S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE),
    deleted: examplePhase(S.DELETED, S.ARCHIVED),
  };
  const settings: CloudFormationSettings = { bucket: TEMPLATES, prefix: 'rws-permits/', parameters: {}, timeoutSeconds: 60, pollMs: 100 };

  beforeAll(async () => {
    moto = await startMoto();
    // The SDK's standard chain, as the worker uses it: credentials, region and endpoint from the environment.
    for (const [k, v] of Object.entries(moto.env)) {
      saved[k] = process.env[k];
      process.env[k] = v;
    }
    cf = new CloudFormationClient(clientConfig(moto));
    s3 = new S3Client(clientConfig(moto));
    await s3.send(new CreateBucketCommand({ Bucket: TEMPLATES }));
    await s3.send(new CreateBucketCommand({ Bucket: ASSETS }));
    deployer = await CloudFormationDeployer.create(settings);
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-cfn-deployer-'));
  });
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await moto?.stop();
    if (work) fs.rmSync(work, { recursive: true, force: true });
    cleanTemp();
  });

  async function physicalIds(): Promise<Map<string, string>> {
    const r = await cf.send(new ListStackResourcesCommand({ StackName: STACK }));
    return new Map((r.StackResourceSummaries ?? []).map((x) => [x.LogicalResourceId!, x.PhysicalResourceId ?? '']));
  }
  async function bucketExists(name: string): Promise<boolean> {
    return s3.send(new HeadBucketCommand({ Bucket: name })).then(() => true, () => false);
  }
  async function storedTemplate(): Promise<any> {
    return JSON.parse((await cf.send(new GetTemplateCommand({ StackName: STACK }))).TemplateBody!);
  }
  async function policy(): Promise<any> {
    const body = (await cf.send(new GetStackPolicyCommand({ StackName: STACK }))).StackPolicyBody;
    return body ? JSON.parse(body) : undefined;
  }
  const deniedIds = (p: any) => (p?.Statement ?? []).filter((s: any) => s.Effect === 'Deny').flatMap((s: any) => s.Resource)
    .map((r: string) => r.replace('LogicalResourceId/', '')).sort();

  let buckets: Map<string, string>;
  let activeProtected: string[];

  test('create: the template goes to the bucket, the function code to the bootstrap bucket, the stack is created with its stack policy', async () => {
    const a = assembly(phases.active, path.join(work, 'active'));
    activeProtected = a.protectedIds;
    const plan = await deployer.plan(STACK, a.dir, 'evt-active');
    expect(plan.type).toBe('CREATE');
    expect(plan.changeSetId).toBeDefined();
    const template = JSON.parse(fs.readFileSync(path.join(a.dir, `${STACK}.template.json`), 'utf8'));
    const bucketIds = Object.entries<any>(template.Resources).filter(([, r]) => r.Type === 'AWS::S3::Bucket').map(([k]) => k).sort();
    expect(bucketIds.length).toBeGreaterThan(3);
    expect(plan.summary.create).toBe(Object.keys(template.Resources).length);
    expect(plan.summary.changes.filter((c) => c.type === 'AWS::S3::Bucket').map((c) => c.address).sort()).toEqual(bucketIds);
    // The uploaded template is the assembly's, byte for byte.
    const uploaded = await s3.send(new GetObjectCommand({ Bucket: TEMPLATES, Key: plan.templateKey }));
    expect(await uploaded.Body!.transformToString()).toBe(fs.readFileSync(path.join(a.dir, `${STACK}.template.json`), 'utf8'));
    // Nothing executed yet.
    expect((await cf.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks![0].StackStatus).toBe('REVIEW_IN_PROGRESS');
    expect(changeSetDataLoss(plan.summary, a.protectedIds, false)).toEqual([]);

    const outputs = await deployer.apply(plan, a.protectedIds);
    const ids = await physicalIds();
    buckets = new Map(bucketIds.map((id) => [id, ids.get(id)!]));
    for (const name of buckets.values()) expect(await bucketExists(name)).toBe(true);
    // The custom resource's function exists in Lambda, made from the published zip (the key is in the template).
    const fnId = Object.entries<any>(template.Resources).find(([, r]) => r.Type === 'AWS::Lambda::Function')![0];
    const fn = await motoRestCall(moto, 'lambda', 'GET', `/2015-03-31/functions/${ids.get(fnId)}`);
    expect(fn.Configuration.FunctionName).toBe(ids.get(fnId));
    const key = template.Resources[fnId].Properties.Code.S3Key;
    const zip = await (await s3.send(new GetObjectCommand({ Bucket: ASSETS, Key: key }))).Body!.transformToByteArray();
    const zipFile = path.join(work, 'asset.zip');
    fs.writeFileSync(zipFile, zip);
    const listed = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist()))', zipFile], { encoding: 'utf8' });
    expect(listed.trim().split('\n')).toContain('index.js');
    // Outputs are DescribeStacks' (moto computes none for a stack made by a change set: it builds a
    // stack's outputs in CreateStack and UpdateStack only; connectionOf is checked below on the real output names).
    expect(outputs).toEqual(Object.fromEntries(((await cf.send(new DescribeStacksCommand({ StackName: STACK }))).Stacks![0].Outputs ?? [])
      .map((o) => [o.OutputKey, o.OutputValue])));
    // The stack policy: every protected logical id denied Update:Replace; the buckets and keys Update:Delete too.
    const p = await policy();
    expect(deniedIds(p)).toEqual([...new Set(a.protectedIds)].sort());
    const noDelete = p.Statement.filter((s: any) => s.Effect === 'Deny' && s.Action.includes('Update:Delete')).flatMap((s: any) => s.Resource);
    // (Types as the deployed template has them: the keys are not in moto's subset.)
    const dataIds = a.protectedIds.filter((id) => ['AWS::S3::Bucket', 'AWS::KMS::Key'].includes(template.Resources[id]?.Type));
    expect(noDelete.sort()).toEqual(dataIds.map((id) => `LogicalResourceId/${id}`).sort());
    expect(bucketIds.filter((id) => a.protectedIds.includes(id)).every((id) => dataIds.includes(id))).toBe(true);
  });

  test('update with changes: an UPDATE change set, executed; the buckets are the same buckets', async () => {
    const a = assembly(phases.stopped, path.join(work, 'stopped'));
    const plan = await deployer.plan(STACK, a.dir, 'evt-stopped');
    expect(plan.type).toBe('UPDATE');
    expect(plan.summary.update + plan.summary.create + plan.summary.delete).toBeGreaterThan(0);
    expect(changeSetDataLoss(plan.summary, [...activeProtected, ...a.protectedIds], false)).toEqual([]);
    await deployer.apply(plan, [...activeProtected, ...a.protectedIds]);
    expect(deniedIds(await policy())).toEqual([...new Set([...activeProtected, ...a.protectedIds])].sort());
    expect(await storedTemplate()).toEqual(JSON.parse(fs.readFileSync(path.join(a.dir, `${STACK}.template.json`), 'utf8')));
    const ids = await physicalIds();
    for (const [id, name] of buckets) {
      expect(ids.get(id)).toBe(name);
      expect(await bucketExists(name)).toBe(true);
    }
  });

  test('no-op update: the same template again is an empty plan without a change set, and nothing changes', async () => {
    const before = await storedTemplate();
    const a = assembly(phases.stopped, path.join(work, 'stopped-again'));
    const plan = await deployer.plan(STACK, a.dir, 'evt-stopped-replay');
    expect(plan.changeSetId).toBeUndefined();
    expect(plan.summary).toEqual({ create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] });
    await deployer.apply(plan, [...activeProtected, ...a.protectedIds]);
    expect(await storedTemplate()).toEqual(before);
    // No change set of the worker is left behind.
    const sets = (await cf.send(new ListChangeSetsCommand({ StackName: STACK }))).Summaries ?? [];
    expect(sets.filter((c) => c.ChangeSetName?.startsWith('rws-') && c.ExecutionStatus === 'AVAILABLE')).toEqual([]);
  });

  test('a template that removes a protected bucket: the data-loss rule names it, the change set is deleted, nothing is executed', async () => {
    const before = await storedTemplate();
    const victim = [...buckets.keys()].find((id) => activeProtected.includes(id))!;
    const a = assembly(phases.stopped, path.join(work, 'lossy'), (t) => {
      delete t.Resources[victim];
      // Outputs are not part of moto's subset; nothing else refers to the bucket.
    });
    const plan: CfnPlan = await deployer.plan(STACK, a.dir, 'evt-lossy');
    expect(plan.changeSetId).toBeDefined();
    const loss = changeSetDataLoss(plan.summary, [...activeProtected, ...a.protectedIds], false);
    expect(loss).toEqual([{ address: victim, type: 'AWS::S3::Bucket', actions: ['delete'] }]);
    // permit.deleted would be allowed to.
    expect(changeSetDataLoss(plan.summary, activeProtected, true)).toEqual([]);
    await deployer.discard(plan.changeSetId!);
    await expect(cf.send(new DescribeChangeSetCommand({ ChangeSetName: plan.changeSetId }))).rejects.toThrow();
    expect(await storedTemplate()).toEqual(before);
    expect((await physicalIds()).get(victim)).toBe(buckets.get(victim));
    expect(await bucketExists(buckets.get(victim)!)).toBe(true);
  });

  test('DELETED: the DELETED template deployed with the stack policy lifted, then the stack deleted; the audit buckets stay', async () => {
    const a = assembly(phases.deleted, path.join(work, 'deleted'));
    const plan = await deployer.plan(STACK, a.dir, 'evt-deleted');
    expect(plan.type).toBe('UPDATE');
    await deployer.apply(plan, []);
    expect(deniedIds(await policy())).toEqual([]);
    const t = await storedTemplate();
    const deletable = Object.entries<any>(t.Resources).filter(([, r]) => r.Type === 'AWS::S3::Bucket' && r.DeletionPolicy === 'Delete').map(([k]) => k);
    const kept = Object.entries<any>(t.Resources).filter(([, r]) => r.Type === 'AWS::S3::Bucket' && r.DeletionPolicy === 'Retain').map(([k]) => k);
    expect(deletable.length).toBeGreaterThan(0);
    expect(kept.length).toBeGreaterThan(0);
    const ids = await physicalIds();
    await deployer.deleteStack(STACK);
    expect(await deployer.stackStatus(STACK)).toBeUndefined();
    for (const id of deletable) expect(await bucketExists(ids.get(id)!)).toBe(false);
    for (const id of kept) expect(await bucketExists(ids.get(id)!)).toBe(true);
  });

  test('a stack operation that fails is a CloudFormationError, not transient, and the stack is left for the next plan', async () => {
    const stack = 'permit-p-broken';
    // Without the permit's named SSM parameters: those of permit-p-001 exist already.
    const noParameters = (t: any) => {
      for (const [k, r] of Object.entries<any>(t.Resources)) if (r.Type === 'AWS::SSM::Parameter') delete t.Resources[k];
    };
    const a = assembly(phases.active, path.join(work, 'broken'), (t) => {
      noParameters(t);
      // Two log groups of one name: the second one cannot be created.
      t.Resources.DuplicateLogsA = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'rws-duplicate' } };
      t.Resources.DuplicateLogsB = { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: 'rws-duplicate' } };
    });
    fs.renameSync(path.join(a.dir, `${STACK}.template.json`), path.join(a.dir, `${stack}.template.json`));
    fs.renameSync(path.join(a.dir, `${STACK}.assets.json`), path.join(a.dir, `${stack}.assets.json`));
    const plan = await deployer.plan(stack, a.dir, 'evt-broken');
    // moto runs a change set inside ExecuteChangeSet and answers with the error (CloudFormation
    // answers at once and rolls back; the deployer then reads the failed resource events).
    const err = await deployer.apply(plan, []).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe('CloudFormationError');
    expect(err.transient).toBe(false);
    expect(err.message).toMatch(/permit-p-broken/);
    // The next event's plan starts from whatever the failure left (REVIEW_IN_PROGRESS here,
    // ROLLBACK_COMPLETE on AWS: deleted first) and creates the stack.
    const good = assembly(phases.active, path.join(work, 'fixed'), noParameters);
    fs.renameSync(path.join(good.dir, `${STACK}.template.json`), path.join(good.dir, `${stack}.template.json`));
    const again = await deployer.plan(stack, good.dir, 'evt-fixed');
    expect(again.type).toBe('CREATE');
    await deployer.apply(again, good.protectedIds);
    const r = await cf.send(new ListStackResourcesCommand({ StackName: stack }));
    const names = (r.StackResourceSummaries ?? []).filter((x) => x.ResourceType === 'AWS::S3::Bucket').map((x) => x.PhysicalResourceId!);
    expect(names.length).toBeGreaterThan(3);
    for (const n of names) expect(await bucketExists(n)).toBe(true);
  });
});

describe('change set summaries and the stack policy (no emulator)', () => {
  test('the data-loss rule: a replaced protected resource or data type, a removed data type; a removed Retain log group is kept by CloudFormation', () => {
    const s = summarizeChangeSet([
      { Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'Data', ResourceType: 'AWS::S3::Bucket', Replacement: 'True' } },
      { Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'Key', ResourceType: 'AWS::KMS::Key', Replacement: 'Conditional' } },
      { Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'Logs', ResourceType: 'AWS::S3::Bucket', Replacement: 'False' } },
      { Type: 'Resource', ResourceChange: { Action: 'Modify', LogicalResourceId: 'FlowLogs', ResourceType: 'AWS::Logs::LogGroup', Replacement: 'True' } },
      { Type: 'Resource', ResourceChange: { Action: 'Remove', LogicalResourceId: 'SftpLogs', ResourceType: 'AWS::Logs::LogGroup' } },
      { Type: 'Resource', ResourceChange: { Action: 'Remove', LogicalResourceId: 'Upload', ResourceType: 'AWS::S3::Bucket' } },
      { Type: 'Resource', ResourceChange: { Action: 'Add', LogicalResourceId: 'Vpc', ResourceType: 'AWS::EC2::VPC' } },
      { Type: 'Resource', ResourceChange: { Action: 'Remove', LogicalResourceId: 'Role', ResourceType: 'AWS::IAM::Role' } },
    ]);
    expect([s.create, s.update, s.replace, s.delete]).toEqual([1, 1, 3, 3]);
    const prot = ['Data', 'Key', 'Logs', 'FlowLogs', 'SftpLogs', 'Upload'];
    expect(changeSetDataLoss(s, prot, false).map((c) => c.address)).toEqual(['Data', 'Key', 'FlowLogs', 'Upload']);
    // A bucket or key is data even when no list names it; a role is not.
    expect(changeSetDataLoss(s, [], false).map((c) => c.address)).toEqual(['Data', 'Key', 'Upload']);
    expect(changeSetDataLoss(s, prot, true)).toEqual([]);
  });

  test('connection details from the real stack output names of a running desktop; nothing secret-looking kept', () => {
    const t = examplePhase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING).template;
    const outputs = Object.fromEntries(Object.keys(t.Outputs).map((k) => [k, /InstanceId/.test(k) ? 'i-0123456789abcdef0' : `value of ${k}`]));
    const c = connectionOf(outputs, ['analysis', 'hdab-review']);
    expect(Object.keys(c)).toEqual(['analysis']);
    expect(c.analysis.host).toBe('i-0123456789abcdef0');
    expect(c.analysis.sessionCommand).toMatch(/^value of AirlockanalysisSessionCommand/);
    expect(c.analysis.portForwardCommand).toMatch(/^value of AirlockanalysisPortForwardxrdp/);
    expect(Object.keys(withoutSecrets({ Bucketraw: 'b', AdminPassword: 'x', ServiceTokenSecretArn: 'y' }))).toEqual(['Bucketraw']);
  });

  test('the stack policy allows updates, denies replacing the protected ids and removing the protected data', () => {
    const types = { A: 'AWS::S3::Bucket', B: 'AWS::KMS::Key', L: 'AWS::Logs::LogGroup' };
    const p = JSON.parse(stackPolicy(['B', 'A', 'L', 'B'], types));
    expect(p.Statement).toEqual([
      { Effect: 'Allow', Action: 'Update:*', Principal: '*', Resource: '*' },
      { Effect: 'Deny', Action: ['Update:Replace', 'Update:Delete'], Principal: '*', Resource: ['LogicalResourceId/A', 'LogicalResourceId/B'] },
      { Effect: 'Deny', Action: ['Update:Replace'], Principal: '*', Resource: ['LogicalResourceId/L'] },
    ]);
    expect(JSON.parse(stackPolicy([], types)).Statement).toHaveLength(1);
  });

  test('the worker\'s IAM policy in docs/permit-service.md: IAM\'s shape, no wildcard action, every call the deployer makes allowed', () => {
    const root = path.resolve(__dirname, '..', '..');
    const doc = fs.readFileSync(path.join(root, 'docs', 'permit-service.md'), 'utf8');
    const block = /\*\*IAM\.\*\*[\s\S]*?```json\n([\s\S]*?)\n```/.exec(doc)![1];
    const policy = JSON.parse(block.replace(/<account>/g, '123456789012').replace(/<region>/g, 'eu-west-1')
      .replace(/<templates-bucket>/g, 'templates').replace(/<cloudformation-role>/g, 'cfn'));
    expect(policy.Version).toBe('2012-10-17');
    const allowed = new Set<string>();
    for (const st of policy.Statement) {
      expect(Object.keys(st).filter((k) => !['Sid', 'Effect', 'Action', 'Resource', 'Condition'].includes(k))).toEqual([]);
      expect(st.Effect).toBe('Allow');
      for (const r of [].concat(st.Resource)) expect(r).toMatch(/^arn:aws:(cloudformation|iam|s3|ssm):[a-z0-9-]*:(\d{12})?:.+/);
      for (const a of [].concat(st.Action) as string[]) {
        expect(a).toMatch(/^[a-z0-9]+:[A-Za-z]+$/);
        allowed.add(a);
      }
    }
    // The calls cloudformation.ts makes, as IAM actions (HeadObject is s3:GetObject, and needs ListBucket for a 404).
    const src = fs.readFileSync(path.join(root, 'src', 'cli', 'permit-service', 'cloudformation.ts'), 'utf8');
    const calls = [...src.matchAll(/new this\.(cfn|s3sdk)\.(\w+)Command/g)].map(([, svc, op]) => (svc === 'cfn' ? [`cloudformation:${op}`]
      : op === 'HeadObject' ? ['s3:GetObject', 's3:ListBucket'] : [`s3:${op}`])).flat();
    expect(new Set(calls).size).toBeGreaterThan(10);
    expect([...new Set(calls)].filter((c) => !allowed.has(c))).toEqual([]);
    expect(allowed.has('iam:PassRole')).toBe(true);
    const cfnStatement = policy.Statement.find((x: any) => x.Sid === 'PermitStacks');
    expect(cfnStatement.Resource).toEqual(['arn:aws:cloudformation:eu-west-1:123456789012:stack/permit-*/*', 'arn:aws:cloudformation:eu-west-1:123456789012:changeSet/rws-*/*']);
  });

  test('zipDirectory: the same folder gives the same bytes, and Python\'s zipfile reads it back', () => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-zip-'));
    try {
      fs.mkdirSync(path.join(d, 'lib'));
      fs.writeFileSync(path.join(d, 'index.js'), 'exports.handler = async () => 1;\n'.repeat(50));
      fs.writeFileSync(path.join(d, 'lib', 'a.txt'), 'ä\n');
      const z = zipDirectory(d);
      expect(zipDirectory(d).equals(z)).toBe(true);
      const f = path.join(d, 'out.zip');
      fs.writeFileSync(f, z);
      const out = execFileSync('python3', ['-c', [
        'import sys,zipfile', 'z=zipfile.ZipFile(sys.argv[1])', 'assert z.testzip() is None',
        'print(sorted(z.namelist())); print(z.read("lib/a.txt").decode().strip()); print(len(z.read("index.js")))',
      ].join('\n'), f], { encoding: 'utf8' });
      expect(out.split('\n').slice(0, 3)).toEqual(["['index.js', 'lib/a.txt']", 'ä', String(50 * 33)]);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
