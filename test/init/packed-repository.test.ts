/**
 * The newcomer's path, end to end, as a new user runs it: the project is packed (`npm pack`,
 * what npm publishes), `rws init` writes a repository that installs that tarball, and in it
 * `npm install` and `npx cdk synth` succeed with no edit. Also: `npx cdk synth` at this
 * repository's root synthesizes the example lab (cdk.json).
 *
 * Needs the npm registry (or a warm npm cache: `--prefer-offline`); never skipped.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BIN, ensureBuilt, ROOT } from '../cli/helpers';

const NPM_FLAGS = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

function env(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // The npm cache and its registry settings are the user's; no AWS credentials anywhere.
    npm_config_cache: process.env.npm_config_cache,
    npm_config_registry: process.env.npm_config_registry,
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION: '20',
  };
}

function run(cmd: string, args: string[], cwd: string, timeout: number): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, env: env(), encoding: 'utf8', timeout, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')} in ${cwd}: ${r.error.message}`);
  return r;
}

function ok(r: SpawnSyncReturns<string>, what: string): void {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-packed-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

let tarball: string;

/** The package as npm would publish it (built first when lib/ is older than src/). */
function packed(): string {
  if (tarball) return tarball;
  ensureBuilt();
  const pack = run('npm', ['pack', '--json', '--pack-destination', tmp, '--loglevel=error'], ROOT, 120_000);
  ok(pack, 'npm pack');
  const [info] = JSON.parse(pack.stdout);
  const names = (info.files as Array<{ path: string }>).map((f) => f.path);
  expect(names).toEqual(expect.arrayContaining(['lib/index.js', 'lib/cli/rws.js', 'templates/python-ml.yml', 'package.json']));
  expect(names.some((n) => n.startsWith('src/') || n.startsWith('test/') || n === 'cdk.json')).toBe(false);
  tarball = path.join(tmp, info.filename);
  return tarball;
}

test('aws: npm pack -> rws init -> npm install -> npx cdk synth, with no edit', () => {
  const repo = path.join(tmp, 'genomics-lab');
  ok(run(process.execPath, [BIN, 'init', repo, '--package', `file:${packed()}`], tmp, 60_000), 'rws init');

  // Exactly what its README says: npm install, npx cdk synth.
  ok(run('npm', ['install', ...NPM_FLAGS], repo, 600_000), 'npm install');
  const synth = run('npx', ['cdk', 'synth', '--quiet'], repo, 300_000);
  ok(synth, 'npx cdk synth');
  const template = JSON.parse(fs.readFileSync(path.join(repo, 'cdk.out', 'GenomicsLab.template.json'), 'utf8'));
  const types = Object.values<any>(template.Resources).map((r) => r.Type);
  expect(types).toEqual(expect.arrayContaining(['AWS::EFS::FileSystem', 'AWS::KMS::Key', 'AWS::CloudFormation::Stack']));
  // The installed rws reads the same lab.
  const check = run('npx', ['rws', 'lab', 'synth', 'lab.yaml', '--out', 'build/check', '--json'], repo, 300_000);
  ok(check, 'npx rws lab synth');
  expect(JSON.parse(check.stdout).workspaces.map((w: any) => w.name)).toEqual(['alice-python']);
}, 900_000);

test('kubernetes: npm pack -> rws init --backend kubernetes -> npm install -> npm run synth, with no edit', () => {
  const repo = path.join(tmp, 'k8s-lab');
  ok(run(process.execPath, [BIN, 'init', repo, '--backend', 'kubernetes', '--package', `file:${packed()}`], tmp, 60_000), 'rws init');
  ok(run('npm', ['install', ...NPM_FLAGS], repo, 600_000), 'npm install');
  ok(run('npm', ['run', 'synth', '--silent'], repo, 300_000), 'npm run synth');
  const json = JSON.parse(fs.readFileSync(path.join(repo, 'cdktf.out', 'stacks', 'k8s-lab', 'cdk.tf.json'), 'utf8'));
  const vms = Object.values<any>(json.resource.kubernetes_manifest ?? {}).filter((r) => r.manifest?.kind === 'VirtualMachine');
  expect(vms.map((v) => v.manifest.metadata.name)).toEqual(['alice-python']);
}, 900_000);

test('npx cdk synth at the repository root synthesizes the example lab (cdk.json)', () => {
  const out = path.join(tmp, 'root-cdk.out');
  const cdk = path.join(ROOT, 'node_modules', '.bin', 'cdk');
  const r = run(cdk, ['synth', '--quiet', '--output', out], ROOT, 300_000);
  ok(r, 'cdk synth at the root');
  const templates = fs.readdirSync(out).filter((f) => f.endsWith('.template.json'));
  expect(templates).toContain('SmallLab.template.json');
  expect(templates.length).toBeGreaterThan(1);
}, 300_000);
