/**
 * Permit benchmark: synthesis time and peak memory of 1, 100 and 1,000 Kubernetes permit
 * stacks, against a baseline measured in the same run.
 *
 * Mode: ONE cdktf App holding N TerraformStacks (one `permit-<id>` stack per permit, statuses
 * cycling through the whole lifecycle), synthesized once with `app.synth()` into a temporary
 * folder, JSON output. The baseline is the same App shape with N bare stacks of one
 * `kubernetes_namespace_v1` and one `kubernetes_persistent_volume_claim_v1` each (plus the
 * kubernetes provider). Each case runs in its own Node process, so "peak memory" is that
 * process's peak resident set (maxRSS) above what it had after loading the modules.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BenchTable, fmt } from './harness';

const STATUSES = [
  'AWAITING_INGRESS', 'INGRESS_IN_PROGRESS', 'DATA_PREPARATION_PENDING', 'DATA_PREPARATION_REVIEW_PENDING', 'DATA_PREPARATION_REWORK',
  'WORKSPACE_SETUP_PENDING', 'WORKSPACE_SETUP_REVIEW_PENDING', 'WORKSPACE_SETUP_REWORK', 'ANALYSIS_ACTIVE', 'ANALYSIS_STOPPED', 'ARCHIVED', 'DELETED',
];

interface CaseResult {
  readonly kind: string;
  readonly n: number;
  readonly constructMs: number;
  readonly synthMs: number;
  /** CPU time (user + system, every thread) of construction and synthesis: comparable on a loaded machine. */
  readonly cpuMs: number;
  readonly peakRssMiB: number;
  readonly heapGrowthMiB: number;
  readonly resources: number;
  readonly outputMiB: number;
}

/** One case, in this process (the child side). */
function runCase(kind: 'permit' | 'baseline' | 'same-count', n: number): CaseResult {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { App, TerraformStack } = require('../src/constructs/terraform/cdktf');
  const { KubernetesPermitStack, PermitLifecycle } = require('../src');
  const { KubernetesProvider } = require('@cdktf/provider-kubernetes/lib/provider');
  const { NamespaceV1 } = require('@cdktf/provider-kubernetes/lib/namespace-v1');
  const { PersistentVolumeClaimV1 } = require('@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1');
  const { ConfigMapV1 } = require('@cdktf/provider-kubernetes/lib/config-map-v1');
  /* eslint-enable @typescript-eslint/no-require-imports */
  // cdktf captures a stack trace for every token it creates; under ts-node, source-map-support
  // remaps each one and triples the construct time. Compiled JS (how the library runs in a
  // pipeline) has no such hook, so both cases run without it unless PERMIT_BENCH_SOURCE_MAPS=1.
  if (process.env.PERMIT_BENCH_SOURCE_MAPS !== '1') (Error as any).prepareStackTrace = undefined;
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-permit-'));
  (global as any).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  try {
    const t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    const app = new App({ outdir });
    for (let i = 0; i < n; i++) {
      const id = `b-${String(i).padStart(4, '0')}`;
      if (kind === 'permit') {
        const status = STATUSES[(i + 1) % STATUSES.length];
        const prev = STATUSES[i % STATUSES.length];
        // The previous phase of the cycle when the lifecycle allows that step, else none.
        const previousStatus = prev && PermitLifecycle.isAllowed(prev, status) ? prev : undefined;
        new KubernetesPermitStack(app, `permit-${id}`, {
          auditTimestamp: '2025-01-01T00:00:00Z',
          permit: {
            id, status, previousStatus, eventId: `evt-${i}`,
            dataHolders: [{ id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] }, { id: 'lab-b', allowedCidrs: ['198.51.100.0/24'] }],
            researchers: [{ name: 'alice' }, { name: 'bob' }],
            hdabPreprocessor: { name: 'carol' },
            hdabReviewer: { name: 'dave' },
          },
        });
      } else if (kind === 'same-count') {
        // cdktf's own cost for as many resources as a permit has (about 20), of the simplest kind.
        const stack = new TerraformStack(app, `permit-${id}`);
        new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
        for (let r = 0; r < 20; r++) {
          new ConfigMapV1(stack, `cm-${r}`, { metadata: { name: `cm-${r}`, namespace: `permit-${id}`, labels: { 'cdk-research-workspaces.dev/permit-id': id } }, data: { key: `value-${r}` } });
        }
      } else {
        const stack = new TerraformStack(app, `permit-${id}`);
        new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
        const ns = new NamespaceV1(stack, 'Namespace', { metadata: { name: `permit-${id}`, labels: { 'cdk-research-workspaces.dev/permit-id': id } } });
        new PersistentVolumeClaimV1(stack, 'Volume', {
          metadata: { name: 'raw', namespace: `permit-${id}` },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '100Gi' } } },
          waitUntilBound: false,
          lifecycle: { preventDestroy: true },
          dependsOn: [ns],
        });
      }
    }
    const t1 = process.hrtime.bigint();
    app.synth();
    const t2 = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpu0);
    (global as any).gc?.();
    const heapGrowthMiB = (process.memoryUsage().heapUsed - heapBefore) / 1048576;
    void app;
    let resources = 0;
    let bytes = 0;
    for (const stackDir of fs.readdirSync(path.join(outdir, 'stacks'))) {
      for (const f of fs.readdirSync(path.join(outdir, 'stacks', stackDir))) {
        const file = path.join(outdir, 'stacks', stackDir, f);
        bytes += fs.statSync(file).size;
        if (f === 'cdk.tf.json') {
          const json = JSON.parse(fs.readFileSync(file, 'utf8'));
          resources += Object.values<Record<string, unknown>>(json.resource ?? {}).reduce((a, m) => a + Object.keys(m).length, 0);
        }
      }
    }
    return {
      kind, n,
      constructMs: Number(t1 - t0) / 1e6,
      synthMs: Number(t2 - t1) / 1e6,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      heapGrowthMiB,
      resources,
      outputMiB: bytes / 1048576,
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Runs one case in a fresh Node process and returns what it measured. */
function inChild(kind: string, n: number): CaseResult {
  const r = spawnSync(process.execPath, ['--max-old-space-size=8192', '--expose-gc', '-r', 'ts-node/register/transpile-only', __filename, '--child', kind, String(n)], {
    cwd: path.join(__dirname, '..'), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, TS_NODE_PROJECT: path.join(__dirname, '..', 'test', 'tsconfig.json'), CHECKPOINT_DISABLE: '1' },
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
  if (r.status !== 0 || !line) throw new Error(`bench child ${kind} ${n} failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(line);
}

export async function run(): Promise<BenchTable[]> {
  const sizes = (process.env.PERMIT_BENCH_SIZES ?? '1,100,1000').split(',').map(Number);
  const rows: Array<Array<string | number>> = [];
  for (const n of sizes) {
    const base = inChild('baseline', n);
    const same = inChild('same-count', n);
    const permit = inChild('permit', n);
    const total = permit.constructMs + permit.synthMs;
    const baseTotal = base.constructMs + base.synthMs;
    rows.push([
      n,
      fmt.ms(permit.constructMs), fmt.ms(permit.synthMs), fmt.ms(total / n), fmt.ms(permit.cpuMs), fmt.mib(permit.heapGrowthMiB), fmt.mib(permit.peakRssMiB),
      permit.resources, fmt.mib(permit.outputMiB),
      fmt.ms(baseTotal), fmt.ms(base.cpuMs), fmt.mib(base.heapGrowthMiB), fmt.mib(base.peakRssMiB), base.resources,
      fmt.ratio(total / baseTotal), fmt.ratio(permit.cpuMs / base.cpuMs), fmt.ratio(permit.heapGrowthMiB / Math.max(base.heapGrowthMiB, 0.1)),
      fmt.ms(same.cpuMs), same.resources, fmt.ratio(permit.cpuMs / same.cpuMs),
    ]);
  }
  return [{
    title: 'Kubernetes permit stacks: one App with N TerraformStacks, app.synth() (JSON)',
    headers: [
      'permits', 'construct (ms)', 'synth (ms)', 'ms / permit', 'CPU (ms)', 'heap (MiB)', 'peak RSS (MiB)', 'resources', 'output (MiB)',
      'baseline ms', 'baseline CPU (ms)', 'baseline heap (MiB)', 'baseline peak RSS', 'baseline resources', 'time ratio', 'CPU ratio', 'heap ratio',
      'same-count CPU (ms)', 'same-count resources', 'CPU ratio to same-count',
    ],
    rows,
    notes: [
      'Statuses cycle through all 12 phases; 2 data holders, 2 researchers. Each case in its own Node process. heap: heapUsed growth',
      '(after gc, App still alive) over the process after loading the modules; peak RSS: the process\'s maxRSS, modules and ts-node included.',
      'Baseline: the same number of stacks, each a kubernetes provider + one kubernetes_namespace_v1 + one PVC.',
      'Same-count: the same number of stacks, each a provider + 20 kubernetes_config_map_v1 (about as many resources as a permit has).',
      'ts-node\'s source-map stack-trace hook is switched off in both cases (compiled JS has none); PERMIT_BENCH_SOURCE_MAPS=1 keeps it.',
    ],
  }];
}

if (process.argv[2] === '--child') {
  const result = runCase(process.argv[3] as 'permit' | 'baseline' | 'same-count', Number(process.argv[4]));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
