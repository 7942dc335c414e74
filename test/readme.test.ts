/**
 * The README's examples must stay true. Every code block the README marks with
 * `<!-- readme-example: <what> -->` is taken as written: the AWS and Kubernetes programs are
 * transpiled and run against the library source in a temporary folder that holds the README's
 * own users.yaml and policy.yaml; the same two files drive the lab on Proxmox VE too, so a
 * policy means the same thing on every backend the README names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as ts from 'typescript';
import { ProxmoxDatacenterFirewall, ProxmoxLabStack, UserRegistry, WorkspacePolicy, WorkspaceSize } from '../src';
import { App as TfApp } from '../src/constructs/terraform/cdktf';

const README = fs.readFileSync(path.join(__dirname, '..', 'README.md'), 'utf8');

/** The marked blocks: `<!-- readme-example: label ... -->` then a fenced block. */
export function readmeExamples(md: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /<!-- readme-example: ([^\n]*?)(?: \([^)]*\))? -->\n```[a-z]*\n([\s\S]*?)```/g;
  for (const m of md.matchAll(re)) {
    if (out.has(m[1])) throw new Error(`README marks two blocks "${m[1]}"`);
    out.set(m[1], m[2]);
  }
  return out;
}

const EXAMPLES = readmeExamples(README);
function example(label: string): string {
  const code = EXAMPLES.get(label);
  if (code === undefined) throw new Error(`README has no block marked <!-- readme-example: ${label} --> (found: ${[...EXAMPLES.keys()].join(', ')})`);
  return code;
}

/** Runs a README program with `cdk-research-workspaces` resolved to the source tree. */
function runProgram(code: string): void {
  const compilerOptions = { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 };
  const js = ts.transpileModule(code, { compilerOptions }).outputText;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const req = (name: string) => (name === 'cdk-research-workspaces' ? require('../src') : require(name));
  vm.runInThisContext(`(function (require, module, exports) {${js}\n})`)(req, { exports: {} }, {});
}

/** A Proxmox VE cluster's settings (the README's programs do not name one). */
const CLUSTER = {
  nodes: ['pve1'],
  diskDatastoreId: 'local-zfs',
  snippetDatastoreId: 'snippets',
  imageDatastoreId: 'local',
  bridge: 'vmbr1',
  datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED,
  dhcpPool: ['10.20.30.128/25'],
};

describe('README examples', () => {
  let dir: string;
  const cwd = process.cwd();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-readme-'));
    fs.writeFileSync(path.join(dir, 'users.yaml'), example('users.yaml'));
    fs.writeFileSync(path.join(dir, 'policy.yaml'), example('policy.yaml'));
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    delete process.env.CDK_OUTDIR;
    delete process.env.CDKTF_OUTDIR;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('the README marks the AWS and Kubernetes programs, the users file and the policy', () => {
    expect([...EXAMPLES.keys()].sort()).toEqual(['aws main.ts', 'kubernetes main.ts', 'policy.yaml', 'users.yaml']);
    // The policy requires tags the workspaces carry only through their project and owner.
    expect(example('policy.yaml')).toMatch(/required_tags: \[project, owner\]/);
  });

  test('AWS: the program synthesizes the lab it describes, with the README\'s users and policy', () => {
    process.env.CDK_OUTDIR = path.join(dir, 'cdk.out');
    runProgram(example('aws main.ts'));
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'manifest.json'), 'utf8'));
    const stacks = Object.entries<any>(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack').map(([k]) => k);
    expect(stacks).toEqual(['GenomicsLab']);
    const template = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'GenomicsLab.template.json'), 'utf8'));
    const types = Object.values<any>(template.Resources).map((r) => r.Type);
    // What the README promises: shared EFS, the registry in Parameter Store, a permissions boundary, workspaces (nested stacks).
    expect(types).toEqual(expect.arrayContaining(['AWS::EFS::FileSystem', 'AWS::SSM::Parameter', 'AWS::IAM::ManagedPolicy', 'AWS::CloudFormation::Stack']));
    // required_tags [project, owner] is enforced at run time on the AWS tag keys the workspaces carry.
    const boundary = Object.values<any>(template.Resources).find((r) => r.Type === 'AWS::IAM::ManagedPolicy'
      && JSON.stringify(r.Properties.PolicyDocument).includes('RequireTag'));
    const conditions = JSON.stringify(boundary.Properties.PolicyDocument);
    expect(conditions).toContain('aws:RequestTag/research:project');
    expect(conditions).toContain('aws:RequestTag/research:owner');
    const lock = JSON.parse(fs.readFileSync(path.join(dir, 'users.lock.json'), 'utf8'));
    expect(Object.keys(lock.users).sort()).toEqual(['alice', 'bob']);
  });

  test('AWS: without a project the README\'s policy refuses the workspace (the tag is really required)', () => {
    process.env.CDK_OUTDIR = path.join(dir, 'cdk.out');
    const code = example('aws main.ts').replace(", project: 'genomics' }", ' }');
    expect(code).not.toEqual(example('aws main.ts'));
    expect(() => runProgram(code)).toThrow(/bob-rstudio.*required tag project missing/s);
  });

  test('Kubernetes: the program synthesizes the same lab to Terraform', () => {
    process.env.CDKTF_OUTDIR = path.join(dir, 'cdktf.out');
    runProgram(example('kubernetes main.ts'));
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.out', 'stacks', 'genomics-lab', 'cdk.tf.json'), 'utf8'));
    const vms = Object.values<any>(json.resource.kubernetes_manifest ?? {}).filter((r) => r.manifest?.kind === 'VirtualMachine');
    expect(vms.map((v) => v.manifest.metadata.name).sort()).toEqual(['alice-ml', 'bob-rstudio']);
  });

  test('Kubernetes: without a project the README\'s policy refuses the workspace', () => {
    process.env.CDKTF_OUTDIR = path.join(dir, 'cdktf.out');
    const code = example('kubernetes main.ts').replace(", project: 'genomics' }", ' }');
    expect(() => runProgram(code)).toThrow(/required tag project missing/);
  });

  test('Proxmox VE: the README\'s users and policy drive the same workspaces', () => {
    const app = new TfApp({ outdir: path.join(dir, 'cdktf.out') });
    const stack = new ProxmoxLabStack(app, 'genomics-lab', {
      labName: 'genomics',
      cluster: CLUSTER,
      registry: UserRegistry.fromFile('users.yaml'),
      policy: WorkspacePolicy.fromFile('policy.yaml'),
      proxy: { address: '10.20.30.4', port: 3128 },
      workspaces: [
        { name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice', project: 'genomics', size: WorkspaceSize.M },
        { name: 'bob-rstudio', template: 'r-rstudio', nodeName: 'pve1', owner: 'bob', project: 'genomics' },
      ],
    });
    app.synth();
    expect(stack.workspaces.map((w) => w.workspaceName)).toEqual(['alice-ml', 'bob-rstudio']);
    const app2 = new TfApp({ outdir: path.join(dir, 'cdktf2.out') });
    expect(() => new ProxmoxLabStack(app2, 'genomics-lab', {
      labName: 'genomics',
      cluster: CLUSTER,
      registry: UserRegistry.fromFile('users.yaml'),
      policy: WorkspacePolicy.fromFile('policy.yaml'),
      proxy: { address: '10.20.30.4', port: 3128 },
      workspaces: [{ name: 'bob-rstudio', template: 'r-rstudio', nodeName: 'pve1', owner: 'bob' }],
    })).toThrow(/required tag project missing/);
  });
});
