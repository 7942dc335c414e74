/**
 * The validation cache of `rws permit synth --backend aws` and the permit worker (issue 18):
 * aws-cdk-lib's CloudFormation validation engine runs once per template shape, then is skipped
 * for templates that differ only in the permit's event id or statuses; a template with any finding
 * is never recorded, so it is validated, and reported, every time. The engine's runs are counted
 * on aws-cdk-lib's own plugin class.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, CfnResource, CloudFormationValidatePlugin, Stack, Validations } from 'aws-cdk-lib';
import { examplePermit } from '../../examples/permit-aws/main';
import { validationCacheDir } from '../../src/cli/permit-synth';
import { synthAwsPermit } from '../../src/cli/permit-synth-aws';
import { CachedCloudFormationValidation } from '../../src/stacks/aws/private/validation-cache';
import { PermitStatus } from '../../src/workspaces/permit';

const S = PermitStatus;
let dir: string;
let engine: jest.SpyInstance;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-valcache-'));
  engine = jest.spyOn(CloudFormationValidatePlugin.prototype, 'validate');
});
afterAll(() => {
  engine.mockRestore();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The recorded keys of a cache folder (the engine's recorded version beside them is not one). */
function keysIn(cache: string): string[] {
  return fs.existsSync(cache) ? fs.readdirSync(cache).filter((f) => /^[0-9a-f]{64}$/.test(f)) : [];
}

function synth(cache: string, permitId: string, status: PermitStatus, previous: PermitStatus, eventId: string) {
  const outdir = fs.mkdtempSync(path.join(dir, 'out-'));
  return synthAwsPermit({
    permit: examplePermit(permitId, status, previous, eventId) as any, outdir, timestamp: '2026-01-01T00:00:00Z', validationCache: cache,
  });
}

test('keys: the same template under another event id of the same shape is one key; another length or alphabet is not; tokens are whole', () => {
  const p = CachedCloudFormationValidation.forCache(path.join(dir, 'keys'), ['e1', 'p-001']);
  const key = (text: string, volatile: string[]) => {
    p.volatile = volatile;
    return p.keyOf(text);
  };
  const t = (ev: string, id: string) => `{"Tags":[{"Key":"permit:event-id","Value":"${ev}"}],"Name":"permit-${id}-raw","Hash":"4e1f9e2a"}`;
  expect(key(t('e1', 'p-001'), ['e1', 'p-001'])).toBe(key(t('e3', 'p-002'), ['e3', 'p-002']));
  expect(key(t('e1', 'p-001'), ['e1', 'p-001'])).not.toBe(key(t('e10', 'p-001'), ['e10', 'p-001']));
  expect(key(t('e1', 'p-001'), ['e1', 'p-001'])).not.toBe(key(t('E1', 'p-001'), ['E1', 'p-001']));
  // "e1" inside the hash is not the event id: another hash is another template.
  expect(key(t('e1', 'p-001'), ['e1', 'p-001'])).not.toBe(key(t('e1', 'p-001').replace('4e1f', '4e2f'), ['e1', 'p-001']));
});

test('keys: logical ids and hex digests renamed consistently are one key; another reference, length or payload size is not', () => {
  const p = CachedCloudFormationValidation.forCache(path.join(dir, 'names'), []);
  p.volatile = [];
  const t = (a: string, b: string, ref: string, digest: string, blob: string) => JSON.stringify({
    Resources: {
      [a]: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x' } },
      [b]: { Type: 'AWS::SSM::Parameter', Properties: { Name: `/rws-tools/${digest}/x`, Value: { Ref: ref }, Blob: blob } },
    },
    Outputs: { Out: { Value: { 'Fn::GetAtt': [ref, 'GroupId'] } } },
  });
  const gz = (n: number) => `H4sIAAAA${'Ab+/'.repeat(n)}`;
  const base = p.keyOf(t('GroupCE43B352', 'ParamA1', 'GroupCE43B352', '44053a07b3d6b1a3', gz(10)));
  // Another permit: other hashes in the ids and the digest, another payload of the same size.
  expect(p.keyOf(t('GroupB8762149', 'ParamA2', 'GroupB8762149', '27ee5c01c3ef658d', `H4sIAAAA${'Zz/+'.repeat(10)}`))).toBe(base);
  // The reference points at the other resource: another template.
  expect(p.keyOf(t('GroupB8762149', 'ParamA2', 'ParamA2', '27ee5c01c3ef658d', gz(10)))).not.toBe(base);
  // A longer id, a shorter digest, a larger payload: another shape.
  expect(p.keyOf(t('GroupB87621490', 'ParamA2', 'GroupB87621490', '27ee5c01c3ef658d', gz(10)))).not.toBe(base);
  expect(p.keyOf(t('GroupB8762149', 'ParamA2', 'GroupB8762149', '27ee5c01c3ef65', gz(10)))).not.toBe(base);
  expect(p.keyOf(t('GroupB8762149', 'ParamA2', 'GroupB8762149', '27ee5c01c3ef658d', gz(11)))).not.toBe(base);
  // As an instance's user data, a payload of another size is the same template to the engine (next test).
  const ud = (blob: string) => p.keyOf(JSON.stringify({ Resources: { I: { Type: 'AWS::EC2::Instance', Properties: { UserData: blob } } } }));
  expect(ud(gz(10))).toBe(ud(gz(4000)));
  expect(ud(gz(10))).not.toBe(ud('plain text'));
});

test('the engine checks no length of user data: payloads of any size get the same report (what the key assumes)', () => {
  engine.mockClear();
  const report = (chars: number) => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(dir, 'ud-')) });
    Validations.of(app).addPlugins(new CloudFormationValidatePlugin());
    const stack = new Stack(app, 'UserData');
    const blob = `H4sI${'A'.repeat(chars - 4)}`;
    new CfnResource(stack, 'Instance', { type: 'AWS::EC2::Instance', properties: { ImageId: 'ami-12345678', UserData: blob } });
    new CfnResource(stack, 'Template', { type: 'AWS::EC2::LaunchTemplate', properties: { LaunchTemplateData: { UserData: blob } } });
    app.synth();
    const r = JSON.parse(fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf8'));
    return JSON.stringify(r.pluginReports.map((x: any) => x.violations));
  };
  // Below, at and far above EC2's 16 KB (21,848 base64 characters).
  const reports = [8, 16_284, 21_848, 21_852, 200_000].map(report);
  expect(engine).toHaveBeenCalledTimes(5);
  // The engine did report something (the hard-coded AMI), so a length finding would show.
  expect(reports[0]).toContain('W9010');
  expect(new Set(reports).size).toBe(1);
}, 120_000);

test('permits of one status share their keys: the engine runs once per subnet a workspace lands in, not once per permit', () => {
  const cache = path.join(dir, 'across');
  engine.mockClear();
  const subnets = new Set<string>();
  for (const id of ['p-101', 'p-102', 'p-103', 'p-104']) {
    const outdir = fs.mkdtempSync(path.join(dir, 'out-'));
    synthAwsPermit({
      permit: examplePermit(id, S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, `e-${id}`) as any,
      outdir,
      timestamp: `2026-01-0${id.slice(-1)}T00:00:00Z`,
      validationCache: cache,
    });
    const template = JSON.parse(fs.readFileSync(path.join(outdir, `permit-${id}.template.json`), 'utf8'));
    const instances = Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::EC2::Instance');
    expect(instances).toHaveLength(1);
    subnets.add(JSON.stringify(instances[0].Properties.SubnetId));
  }
  // The workspace's subnet is picked from a hash of its name (research-workspace.ts): a real
  // difference of the template; everything else differs only in names and the permit's values.
  expect(subnets.size).toBeLessThan(4);
  expect(engine).toHaveBeenCalledTimes(subnets.size);
  expect(keysIn(cache)).toHaveLength(subnets.size);
}, 240_000);

test('one permit: the engine runs for a new shape, not for the same shape at the next event (stop, start)', () => {
  const cache = path.join(dir, 'permit');
  engine.mockClear();
  const first = synth(cache, 'p-001', S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, 'e-1');
  expect(engine).toHaveBeenCalledTimes(1);
  expect(keysIn(cache)).toHaveLength(1);
  synth(cache, 'p-001', S.ANALYSIS_STOPPED, S.ANALYSIS_ACTIVE, 'e-2');
  expect(engine).toHaveBeenCalledTimes(2);
  // Started again: only the event id and the previous status differ from the first template.
  const r = synth(cache, 'p-001', S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED, 'e-3');
  expect(engine).toHaveBeenCalledTimes(2);
  expect(r.warnings).toEqual(first.warnings);
  // Without the cache, or with CDK_VALIDATION=false, it is aws-cdk-lib's behaviour: always, or never.
  synth('', 'p-001', S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED, 'e-4');
  expect(engine).toHaveBeenCalledTimes(3);
  process.env.CDK_VALIDATION = 'false';
  try {
    synth(path.join(dir, 'off'), 'p-001', S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED, 'e-5');
  } finally {
    delete process.env.CDK_VALIDATION;
  }
  expect(engine).toHaveBeenCalledTimes(3);
  expect(fs.existsSync(path.join(dir, 'off'))).toBe(false);
}, 120_000);

test('a template with a finding is never recorded: validated, and reported, every time', () => {
  const cache = path.join(dir, 'finding');
  engine.mockClear();
  const once = () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(dir, 'app-')) });
    Validations.of(app).addPlugins(CachedCloudFormationValidation.forCache(cache, []));
    const stack = new Stack(app, 'Bad');
    // A property S3 does not have: CloudFormation Validate reports it.
    new CfnResource(stack, 'Bucket', { type: 'AWS::S3::Bucket', properties: { NoSuchProperty: true } });
    app.synth();
    return fs.readFileSync(path.join(app.outdir, 'validation-report.json'), 'utf8');
  };
  const first = once();
  const second = once();
  expect(engine).toHaveBeenCalledTimes(2);
  expect(first).toContain('NoSuchProperty');
  expect(second).toContain('NoSuchProperty');
  expect(keysIn(cache)).toEqual([]);
}, 120_000);

test('the CLI\'s cache folder: RWS_VALIDATION_CACHE, "off", or the user\'s cache folder', () => {
  expect(validationCacheDir({ RWS_VALIDATION_CACHE: '/srv/cache', HOME: '/home/x' })).toBe('/srv/cache');
  expect(validationCacheDir({ RWS_VALIDATION_CACHE: 'off', HOME: '/home/x' })).toBeUndefined();
  expect(validationCacheDir({ XDG_CACHE_HOME: '/var/cache/me', HOME: '/home/x' })).toBe('/var/cache/me/rws/cfn-validate');
  expect(validationCacheDir({ HOME: '/home/x' })).toBe('/home/x/.cache/rws/cfn-validate');
  expect(validationCacheDir({})).toBeUndefined();
});

test('the engine\'s version is asked of the engine once per cache folder, then read from the folder (a hit loads no engine)', () => {
  const real = new CloudFormationValidatePlugin().version;
  expect(real).toMatch(/^\d+\.\d+/);
  const folder = path.join(dir, 'version');
  const p = CachedCloudFormationValidation.forCache(folder, []);
  const spy = jest.spyOn(CloudFormationValidatePlugin.prototype, 'version', 'get');
  try {
    expect(p.version).toBe(real);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(p.version).toBe(real);
    expect(p.ruleIds).toEqual([real]);
    expect(spy).toHaveBeenCalledTimes(1);
    const recorded = fs.readdirSync(folder).filter((f) => f.startsWith('engine-version-'));
    expect(recorded).toHaveLength(1);
    // What is recorded is read back only when it looks like a version: otherwise the engine is asked again.
    fs.writeFileSync(path.join(folder, recorded[0]), 'x'.repeat(100));
    expect(p.version).toBe(real);
    expect(spy).toHaveBeenCalledTimes(2);
  } finally {
    spy.mockRestore();
  }
});
