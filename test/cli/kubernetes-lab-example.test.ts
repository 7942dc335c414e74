/**
 * The Kubernetes lab example (examples/kubernetes-lab): its lab.yaml synthesized as `npm run
 * synth` does, read back, and checked by real `terraform validate` against the
 * hashicorp/kubernetes schema (../shared/tools/tf-validate, offline).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tempDir } from './helpers';
import { KUBERNETES_LAB_STACK, synthKubernetesLab } from '../../examples/kubernetes-lab/main';
import { requireTool } from '../helpers/tools';

/** The shared offline validator (../shared beside the repository). */
const TF_VALIDATE = path.resolve(__dirname, '..', '..', '..', 'shared', 'tools', 'tf-validate', 'tf-validate');

let outdir: string;
let result: ReturnType<typeof synthKubernetesLab>;

beforeAll(() => {
  outdir = tempDir('k8s-example');
  result = synthKubernetesLab({ outdir });
});

afterAll(() => {
  if (outdir) fs.rmSync(outdir, { recursive: true, force: true });
});

function tf(): any {
  return JSON.parse(fs.readFileSync(path.join(result.stackDir, 'cdk.tf.json'), 'utf8'));
}

test('the example writes cdk.tf.json where it says: three workspaces in lab-genomics, one proxied, one stopped, one offline', () => {
  expect(result).toMatchObject({ outdir, stackName: KUBERNETES_LAB_STACK, stackDir: path.join(outdir, 'stacks', KUBERNETES_LAB_STACK) });
  expect(fs.existsSync(path.join(result.stackDir, 'cdk.tf.json'))).toBe(true);
  expect(result.stack.namespace).toBe('lab-genomics');
  expect(result.stack.workspaces.map((w) => [w.workspaceName, w.egress, w.started])).toEqual([
    ['alice-ml', 'proxied', true],
    ['carol-rstudio', 'proxied', false],
    ['bob-offline', 'none', true],
  ]);
  expect(result.stack.workspaces[2].image.url).toBe('docker://registry.example.edu/images/debian-research:2026.11');
  const j = tf();
  const vms = Object.values<any>(j.resource.kubernetes_manifest).map((m) => m.manifest).filter((m) => m.kind === 'VirtualMachine');
  expect(vms.map((v) => v.metadata.name).sort()).toEqual(['alice-ml', 'bob-offline', 'carol-rstudio']);
  expect(Object.values<any>(j.resource.kubernetes_namespace_v1).map((n) => n.metadata.name)).toEqual(['lab-genomics']);
  expect(Object.keys(j.output.workspaces.value).sort()).toEqual(['alice-ml', 'bob-offline', 'carol-rstudio']);
  expect(j.output.workspaces.value['carol-rstudio']).toMatchObject({ started: false, egress: 'proxied' });
  expect(result.stack.egressAllowedDomains).toEqual(expect.arrayContaining(['pypi.org', 'cran.r-project.org']));
});

test('the example passes tf-validate (terraform validate against the hashicorp/kubernetes schema)', () => {
  if (!requireTool('terraform', 'tf-validate runs `terraform validate` offline on the synthesized Kubernetes lab example')) return;
  const r = spawnSync(TF_VALIDATE, ['--quiet', result.stackDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  const output = `${r.stdout}\n${r.stderr}`;
  expect({ status: r.status, output: r.status === 0 ? '' : output }).toEqual({ status: 0, output: '' });
  expect(output).toContain('VALID');
  expect(output).not.toMatch(/not checked/);
}, 120_000);
