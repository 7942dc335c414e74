/**
 * `rws init <dir>`: the repository it writes synthesizes on every backend as written. The
 * command runs in-process (src/cli/main.ts); the generated main.ts is transpiled and run with
 * `cdk-research-workspaces` resolved to the source tree, as `npx cdk synth` / `npm run synth`
 * would run it in the new repository (test/init/packed-repository.test.ts does exactly that
 * from the packed tarball).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import Ajv from 'ajv';
import { CloudAssembly } from 'aws-cdk-lib/cx-api';
import * as yaml from 'js-yaml';
import * as ts from 'typescript';
import { main } from '../../src/cli/main';
import { ed25519 } from '../helpers/keys';

const ROOT = path.resolve(__dirname, '..', '..');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function rws(args: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    env: { PATH: process.env.PATH },
    cwd,
  };
  const code = await main(args, io as any);
  return { code, stdout, stderr };
}

/** Runs the generated main.ts as its repository would (cwd and __dirname the repository). */
function runMainTs(dir: string, env: { [k: string]: string }): void {
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };
  const js = ts.transpileModule(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8'), { compilerOptions }).outputText;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const req = (name: string) => (name === 'cdk-research-workspaces' ? require('../../src') : require(name));
  const saved = { ...process.env };
  const cwd = process.cwd();
  Object.assign(process.env, env);
  process.chdir(dir);
  try {
    vm.runInThisContext(`(function (require, module, exports, __dirname, __filename) {${js}\n})`)(req, { exports: {} }, {}, dir, path.join(dir, 'main.ts'));
  } finally {
    process.chdir(cwd);
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  }
}

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-init-'));
});
afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

const FILES = ['.gitignore', 'README.md', 'lab.yaml', 'main.ts', 'package.json', 'policy.yaml', 'tsconfig.json', 'users.lock.json', 'users.yaml'];

describe('rws init writes a repository that synthesizes with no edit', () => {
  test('aws: cdk.json, the pinned peers and the CDK CLI; main.ts synthesizes the lab with proxied egress and no boot warning', async () => {
    const r = await rws(['init', 'genomics-lab'], tmp);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const dir = path.join(tmp, 'genomics-lab');
    expect(r.stdout).toContain('lab genomics-lab (aws) written to');
    expect(r.stdout).toMatch(/npm install\n {2}npx cdk synth/);
    const written = fs.readdirSync(dir).sort();
    expect(written).toEqual([...FILES, 'cdk.json', 'templates'].sort());
    expect(fs.readdirSync(path.join(dir, 'templates'))).toEqual(['genomics-lab-python.yml']);
    // The lab's own template is clean for the linter and the validator, and adds to its parent.
    for (const check of ['lint', 'validate']) {
      const c = await rws(['templates', check, path.join(dir, 'templates')], tmp);
      expect({ code: c.code, out: c.stdout.trim().split('\n').pop() }).toEqual({ code: 0, out: expect.stringMatching(/1 file: 0 errors, 0 warnings/) });
    }
    const shown = await rws(['templates', 'show', 'genomics-lab-python', '--dir', path.join(dir, 'templates'), '--json'], tmp);
    expect(shown.code).toBe(0);
    expect(JSON.stringify(JSON.parse(shown.stdout))).toContain('biopython');

    // The peers at exactly the versions this package is developed and tested with.
    const own = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const peer of Object.keys(own.peerDependencies)) {
      expect(pkg.dependencies[peer]).toBe(own.devDependencies[peer].replace(/^[\^~]/, ''));
    }
    expect(pkg.dependencies['cdk-research-workspaces']).toBeDefined();
    expect(pkg.devDependencies['aws-cdk']).toBe(own.devDependencies['aws-cdk']);
    expect(pkg.devDependencies.typescript).toBe(own.devDependencies.typescript);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.json'), 'utf8')).app).toMatch(/ts-node .*main\.ts/);
    // The lock is written, so the first synthesis records nothing new.
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'users.lock.json'), 'utf8')).users)).toEqual(['alice']);

    const out = path.join(tmp, 'cdk.out');
    /** The warnings and errors of the lab's synthesis that are the kit's own (rws:...) or about the lock. */
    const ownMessages = () => new CloudAssembly(out).getStackArtifact('GenomicsLab').messages
      .filter((m) => m.level !== 'info').map((m) => String(m.entry.data)).filter((m) => /rws:|egress none|lock/.test(m));
    // The same repository with egress none would not boot (the control), and says why.
    const labYaml = fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8');
    fs.writeFileSync(path.join(dir, 'lab.yaml'), labYaml.replace(/^egress: proxied$/m, 'egress: none'));
    runMainTs(dir, { CDK_OUTDIR: out });
    expect(ownMessages().join('\n')).toMatch(/template "genomics-lab-python": the machine has no internet \(egress none\)/);
    // As written: a lab that boots, no offline or lock warnings, no errors.
    fs.writeFileSync(path.join(dir, 'lab.yaml'), labYaml);
    fs.rmSync(out, { recursive: true, force: true });
    runMainTs(dir, { CDK_OUTDIR: out });
    expect(ownMessages()).toEqual([]);
    const template = JSON.parse(fs.readFileSync(path.join(out, 'GenomicsLab.template.json'), 'utf8'));
    expect(JSON.stringify(template.Metadata)).toContain('"egress":"proxied"');
    expect(Object.values<any>(template.Resources).some((x) => x.Type === 'AWS::EFS::FileSystem')).toBe(true);
  });

  test.each([
    ['kubernetes', 'kubernetes_manifest'],
    ['proxmox', 'proxmox_virtual_environment_vm'],
  ])('%s: cdktf.json, main.ts synthesizes the lab to Terraform', async (backend, vmResource) => {
    const r = await rws(['init', 'pve', '--backend', backend, '--name', 'genomics', '--owner', 'ada'], tmp);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const dir = path.join(tmp, 'pve');
    expect(fs.readdirSync(dir).sort()).toEqual([...FILES, 'cdktf.json', 'templates'].sort());
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['cdktf', '@cdktf/provider-kubernetes', 'aws-cdk-lib', 'constructs']));
    expect(pkg.scripts.synth).toBe('ts-node main.ts');
    expect(fs.readFileSync(path.join(dir, 'users.yaml'), 'utf8')).toContain('name: ada');
    const out = path.join(tmp, 'cdktf.out');
    runMainTs(dir, { CDKTF_OUTDIR: out });
    const json = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'genomics', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(json.resource[vmResource] ?? {})).toHaveLength(1);
    expect(JSON.stringify(json)).toContain('ada-python');
  });
});

describe('rws init: editors validate what it writes', () => {
  test.each(['aws', 'kubernetes', 'proxmox'])('%s: every YAML file starts with the schema line of its kind, and validates against that schema', async (backend) => {
    const r = await rws(['init', 'lab', '--backend', backend, '--name', 'genomics', '--owner', 'ada'], tmp);
    expect(r.code).toBe(0);
    const dir = path.join(tmp, 'lab');
    const yamlFiles = ['lab.yaml', 'users.yaml', 'policy.yaml', ...fs.readdirSync(path.join(dir, 'templates')).map((f) => `templates/${f}`)];
    const expected: Record<string, string> = {
      'lab.yaml': backend === 'aws' ? 'lab' : `${backend}-lab`, 'users.yaml': 'users', 'policy.yaml': 'policy',
    };
    for (const f of yamlFiles) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const m = /^# yaml-language-server: \$schema=(\S+)\n/.exec(text);
      expect(m).not.toBeNull();
      // The path points into the installed package, relative to the file.
      const inPackage = path.relative(path.join(dir, 'node_modules', 'cdk-research-workspaces'), path.resolve(path.dirname(path.join(dir, f)), m![1]));
      expect(inPackage).toBe(`schemas/${expected[f] ?? 'template'}.schema.json`);
      const schema = JSON.parse(fs.readFileSync(path.join(ROOT, inPackage), 'utf8'));
      const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
      const validate = ajv.compile(schema);
      const ok = validate(yaml.load(text));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });
});

describe('rws init refuses what it cannot do, with one clear message', () => {
  test('a folder that is not empty is refused (exit 2) and left alone; --force writes into it', async () => {
    const dir = path.join(tmp, 'busy');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'lab.yaml'), 'mine\n');
    const r = await rws(['init', 'busy'], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/busy: the folder is not empty \(lab\.yaml\)\. Fix: name a new or empty folder, or add --force/);
    expect(fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8')).toBe('mine\n');
    expect(fs.readdirSync(dir)).toEqual(['lab.yaml']);
    const forced = await rws(['init', 'busy', '--force', '--json'], tmp);
    expect(forced.code).toBe(0);
    const json = JSON.parse(forced.stdout);
    expect(json).toMatchObject({ backend: 'aws', name: 'busy', owner: 'alice', next: [expect.stringContaining('busy'), 'npm install', 'npx cdk synth'] });
    expect(json.files).toContain('lab.yaml');
    expect(fs.readFileSync(path.join(dir, 'lab.yaml'), 'utf8')).toContain('name: busy');
  });

  test.each([
    [['init', 'x', '--backend', 'azure'], /--backend must be one of aws, kubernetes, proxmox \(got "azure"\)/],
    [['init', 'x', '--name', 'Bad_Name'], /--name must start with a lowercase letter .*\(got "Bad_Name"\)/],
    [['init', 'x', '--owner', 'root'], /--owner must be a POSIX user name that is not a system account \(got "root"\)/],
    [['init', 'x', '--region', 'mars'], /--region is not an AWS region \(got "mars"\)/],
    [['init', 'x', '--bakend', 'aws'], /unknown option --bakend.*did you mean --backend/],
  ])('%p exits 2: %p', async (args, message) => {
    const r = await rws(args, tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.existsSync(path.join(tmp, 'x'))).toBe(false);
  });

  test('a file in the way is refused', async () => {
    fs.writeFileSync(path.join(tmp, 'file'), '');
    const r = await rws(['init', 'file'], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('file: exists and is not a folder. Fix: name a new or empty folder');
  });
});

test('rws init --help shows the command\'s options and examples (exit 0)', async () => {
  const r = await rws(['init', '--help'], tmp);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^Usage: rws init <dir> \[options\]\n/);
  expect(r.stdout).toContain('--backend');
  expect(r.stdout).toContain('--force');
  expect(r.stdout).toContain('rws init genomics-lab --backend kubernetes');
});

test('the editing commands the generated users.yaml names work on it as written', async () => {
  expect((await rws(['init', 'lab', '--name', 'genomics'], tmp)).code).toBe(0);
  const dir = path.join(tmp, 'lab');
  const users = fs.readFileSync(path.join(dir, 'users.yaml'), 'utf8');
  const commands = [...users.matchAll(/^# {3}npx (rws .*?)(?: {2,}#.*)?$/gm)].map((m) => m[1].split(' ').slice(1));
  expect(commands.map((c) => c.slice(0, 2).join(' '))).toEqual(['users add', 'users add-key']);
  fs.writeFileSync(path.join(dir, 'key.pub'), `${ed25519(7, 'alice@laptop')}\n`);
  for (const args of commands) {
    const r = await rws(args.map((a) => (a.endsWith('.pub') ? 'key.pub' : a)), dir);
    expect({ args, code: r.code, stderr: r.stderr }).toEqual({ args, code: 0, stderr: expect.any(String) });
  }
  const after = fs.readFileSync(path.join(dir, 'users.yaml'), 'utf8');
  expect(after).toContain('bob');
  expect(after).toContain('ssh-ed25519 ');
});

