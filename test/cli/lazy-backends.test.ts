/**
 * The CLI loads only the backend it uses (issue 18): synthesizing an AWS permit or lab needs
 * neither cdktf nor the Kubernetes or Proxmox bindings, and the library's entry point leaves the
 * largest Kubernetes bindings (StatefulSet, Deployment) until a construct needs them. Checked in
 * a fresh Node process, from the modules it has loaded (no timing).
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

/** The module files a fresh process has loaded after requiring `modules` (TypeScript sources). */
function loadedBy(modules: string[]): string[] {
  const script = `${modules.map((m) => `require(${JSON.stringify(path.join(ROOT, m))});`).join('')}`
    + 'process.stdout.write(JSON.stringify(Object.keys(require.cache)));';
  const r = spawnSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-e', script], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, TS_NODE_PROJECT: path.join(ROOT, 'test', 'tsconfig.json') }, timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`node failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

const CDKTF = /node_modules\/(cdktf|@cdktf\/provider-kubernetes)\//;
const PROXMOX = /\/constructs\/proxmox\//;
const BIG_KUBERNETES = /provider-kubernetes\/lib\/(stateful-set-v1|deployment-v1)\//;

test('the AWS permit and lab synthesis load neither cdktf nor the Kubernetes or Proxmox bindings', () => {
  const loaded = loadedBy(['src/cli/permit-synth-aws.ts', 'src/stacks/aws/lab-stack.ts']);
  expect(loaded.some((f) => f.includes('permit-stack'))).toBe(true);
  expect(loaded.filter((f) => CDKTF.test(f) || PROXMOX.test(f))).toEqual([]);
});

test('the library entry point does not load the StatefulSet and Deployment bindings', () => {
  const loaded = loadedBy(['src/index.ts']);
  expect(loaded.some((f) => f.includes('kubernetes-permit-workspace'))).toBe(true);
  expect(loaded.filter((f) => BIG_KUBERNETES.test(f))).toEqual([]);
});
