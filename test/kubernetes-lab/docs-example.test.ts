/**
 * The first example of docs/kubernetes-labs.md must stay true: it is transpiled and run against
 * the library source, in a temporary folder holding the users.yaml and policy.yaml it names.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import * as ts from 'typescript';

const DOC = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'kubernetes-labs.md'), 'utf8');

test('docs/kubernetes-labs.md: the example synthesizes the lab it describes', () => {
  const block = /```ts\n([\s\S]*?)```/.exec(DOC);
  expect(block).not.toBeNull();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-k8s-doc-'));
  const cwd = process.cwd();
  try {
    fs.writeFileSync(path.join(dir, 'users.yaml'), 'users:\n  - { name: alice }\n  - { name: bob }\n');
    fs.writeFileSync(path.join(dir, 'policy.yaml'), 'name: genomics\negress: proxied\nallowed_templates: [python-ml, r-rstudio]\n');
    const code = ts.transpileModule(block![1], { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
    process.chdir(dir);
    // The example imports the published names; here they are the source tree.
    const req = (name: string) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (name === 'cdk-research-workspaces') return require('../../src');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      if (name === 'cdktf') return require('../../src/constructs/terraform/cdktf');
      throw new Error(`the example imports ${name}`);
    };
    vm.runInThisContext(`(function (require, module, exports) {${code}\n})`)(req, { exports: {} }, {});
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.out', 'stacks', 'genomics-lab', 'cdk.tf.json'), 'utf8'));
    const vms = Object.values<any>(json.resource.kubernetes_manifest).map((m) => m.manifest);
    expect(vms.map((v) => [v.metadata.name, v.metadata.namespace, v.spec.runStrategy])).toEqual([
      ['alice-ml', 'lab-genomics', 'RerunOnFailure'],
      ['bob-r', 'lab-genomics', 'Halted'],
    ]);
    expect(vms[0].spec.dataVolumeTemplates[0].spec.storage.storageClassName).toBe('ceph-block');
    expect(Object.values<any>(json.resource.kubernetes_deployment_v1).map((d) => d.metadata.name)).toEqual(['egress-proxy']);
  } finally {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
