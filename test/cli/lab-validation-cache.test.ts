/**
 * `rws lab synth` (AWS) validates the lab's template with aws-cdk-lib's CloudFormation validation
 * only when no template of its shape was found clean before (the CLI's validation cache, as for
 * `rws permit synth`). Checked in the real binary's processes, from whether the validation engine's
 * module was loaded at all (a preloaded script records it at exit; no timing).
 */
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, ROOT, rws, tempDir } from './helpers';

const SLOW = 300_000;
const ENGINE = '@aws/cloudformation-validate';

let dir: string;
let preload: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('lab-valcache');
  for (const f of ['users.yaml', 'users.lock.json', 'policy.yaml']) fs.copyFileSync(path.join(ROOT, 'examples', 'offline-lab', f), path.join(dir, f));
  writeLab('S');
  preload = path.join(dir, 'record-engine.js');
  fs.writeFileSync(preload, `process.on('exit', () => require('fs').writeFileSync(process.env.RWS_TEST_ENGINE_FILE,
    String(Object.keys(require.cache).some((f) => f.includes(${JSON.stringify(`/${ENGINE}/`)})))));\n`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function writeLab(carolSize: string): void {
  fs.writeFileSync(path.join(dir, 'lab.yaml'), [
    'name: cache-lab',
    'region: us-east-1',
    'egress: none',
    'registry: ./users.yaml',
    'policy: ./policy.yaml',
    'workspaces:',
    '  - { name: alice-debian, template: debian-12, owner: alice, project: genomics, size: S }',
    `  - { name: carol-jupyter, template: jupyter-lab, owner: carol, project: genomics, size: ${carolSize} }`,
    '',
  ].join('\n'));
}

/** `rws lab synth lab.yaml --out <out>`: exit code, stderr, and whether the engine was loaded. */
function synth(out: string, cache: string): { code: number; stderr: string; engine: boolean } {
  const flag = path.join(dir, `${out}.engine`);
  const r = rws(['lab', 'synth', 'lab.yaml', '--out', out], dir, {
    RWS_VALIDATION_CACHE: cache, NODE_OPTIONS: `--require ${preload}`, RWS_TEST_ENGINE_FILE: flag,
  }, SLOW);
  if (r.code !== 0) throw new Error(`rws lab synth failed (${r.code}): ${r.stderr}`);
  return { code: r.code, stderr: r.stderr, engine: fs.readFileSync(flag, 'utf8') === 'true' };
}

const template = (out: string) => fs.readFileSync(path.join(dir, out, 'cache-lab.template.json'), 'utf8');
const nested = (out: string) => fs.readdirSync(path.join(dir, out)).filter((f) => f.endsWith('.nested.template.json')).sort()
  .map((f) => fs.readFileSync(path.join(dir, out, f), 'utf8')).join('\n');

test('the engine runs for a new lab, not for the same lab again nor after an edit of a workspace; "off" runs it every time', () => {
  const cache = path.join(dir, 'cache');
  const first = synth('a', cache);
  expect(first.engine).toBe(true);
  expect(fs.readdirSync(cache).filter((f) => /^[0-9a-f]{64}$/.test(f))).toHaveLength(1);

  // The same lab: the same files and warnings, no engine.
  const again = synth('b', cache);
  expect(again.engine).toBe(false);
  expect(template('b')).toBe(template('a'));
  expect(again.stderr).toBe(first.stderr);

  // A workspace resized: its nested stack changes (another instance type), the lab's own template
  // only in the nested stacks' asset names, which the cache's key renames: no engine.
  writeLab('M');
  const resized = synth('c', cache);
  expect(resized.engine).toBe(false);
  expect(nested('c')).not.toBe(nested('a'));
  expect(nested('c')).toMatch(/"InstanceType": "t3\.xlarge"/);
  expect(template('c')).not.toBe(template('a'));

  // Without the cache: aws-cdk-lib's own validation at every synthesis.
  writeLab('S');
  expect(synth('d', 'off').engine).toBe(true);
}, SLOW * 4);
