/**
 * The README's first example must stay true: it is transpiled and run against the library
 * source, in a temporary folder holding the users.yaml and policy.yaml it names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as ts from 'typescript';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

function firstTsBlock(md: string): string {
  const m = /```ts\n([\s\S]*?)```/.exec(md);
  if (!m) throw new Error('README has no ```ts block');
  return m[1];
}

const USERS = `
groups:
  - { name: genomics }
users:
  - { name: alice, groups: [genomics] }
  - { name: bob, groups: [genomics] }
`;

const POLICY = `
name: genomics
allowed_templates: [python-ml, r-rstudio]
allowed_regions: [us-east-1]
max_hourly_cost: 0.50
`;

describe('README example', () => {
  let dir: string;
  const cwd = process.cwd();
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-readme-'));
    fs.writeFileSync(path.join(dir, 'users.yaml'), USERS);
    fs.writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
  });
  afterAll(() => {
    process.chdir(cwd);
    delete process.env.CDK_OUTDIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('synthesizes the lab it describes', () => {
    const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };
    const code = ts.transpileModule(firstTsBlock(README), { compilerOptions }).outputText;
    process.chdir(dir);
    process.env.CDK_OUTDIR = path.join(dir, 'cdk.out');
    // The example imports the published package name; here it is the source tree.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const req = (name: string) => (name === 'cdk-research-workspaces' ? require('../src') : require(name));
    vm.runInThisContext(`(function (require, module, exports) {${code}\n})`)(req, { exports: {} }, {});
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'manifest.json'), 'utf8'));
    const stacks = Object.entries<any>(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack').map(([k]) => k);
    expect(stacks).toEqual(['GenomicsLab']);
    const template = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'GenomicsLab.template.json'), 'utf8'));
    const types = Object.values<any>(template.Resources).map((r) => r.Type);
    // What the README promises: shared EFS, the registry in Parameter Store, a permissions boundary, workspaces (nested stacks).
    expect(types).toEqual(expect.arrayContaining(['AWS::EFS::FileSystem', 'AWS::SSM::Parameter', 'AWS::IAM::ManagedPolicy', 'AWS::CloudFormation::Stack']));
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'users.lock.json'), 'utf8'));
    expect(Object.keys(lock.users).sort()).toEqual(['alice', 'bob']);
  });
});
