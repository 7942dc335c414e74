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

test('one permit: the engine runs for a new shape, not for the same shape at the next event (stop, start)', () => {
  const cache = path.join(dir, 'permit');
  engine.mockClear();
  const first = synth(cache, 'p-001', S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, 'e-1');
  expect(engine).toHaveBeenCalledTimes(1);
  expect(fs.readdirSync(cache)).toHaveLength(1);
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
  expect(fs.existsSync(cache) ? fs.readdirSync(cache) : []).toEqual([]);
}, 120_000);

test('the CLI\'s cache folder: RWS_VALIDATION_CACHE, "off", or the user\'s cache folder', () => {
  expect(validationCacheDir({ RWS_VALIDATION_CACHE: '/srv/cache', HOME: '/home/x' })).toBe('/srv/cache');
  expect(validationCacheDir({ RWS_VALIDATION_CACHE: 'off', HOME: '/home/x' })).toBeUndefined();
  expect(validationCacheDir({ XDG_CACHE_HOME: '/var/cache/me', HOME: '/home/x' })).toBe('/var/cache/me/rws/cfn-validate');
  expect(validationCacheDir({ HOME: '/home/x' })).toBe('/home/x/.cache/rws/cfn-validate');
  expect(validationCacheDir({})).toBeUndefined();
});
