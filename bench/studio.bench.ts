/**
 * A lab with SageMaker Studio and Lustre scratch: the same lab (10 workspaces, validation on)
 * synthesized with and without `studio:` (a user profile and an execution role per user, a
 * shared space) and `scratch:`, for 100 and 500 research users, in the same process. The ratio
 * is what Studio, scratch and a Slurm cluster (two queues, up to 200 users: the node user-data
 * carries the registry, see docs/hpc.md) add to a lab's synthesis.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { LabDefinition, LabStack, TemplateCatalog, UserRegistry, WorkspaceSize } from '../src';
import { BenchTable, fmt, measure } from './harness';

const CONTEXT = { 'aws:cdk:disable-creation-stack-traces': true };

function registry(n: number): UserRegistry {
  return UserRegistry.fromProps({
    users: [
      ...Array.from({ length: n }, (_, i) => ({ name: `u${String(i).padStart(4, '0')}`, groups: [`group${i % 10}`] })),
      { name: 'nb0', primaryGroup: 'group0' },
    ],
    groups: Array.from({ length: 10 }, (_, i) => ({ name: `group${i}` })),
    userIdRange: { min: 10000, max: 19999 },
    groupIdRange: { min: 20000, max: 20100 },
  });
}

function definition(users: UserRegistry, catalog: TemplateCatalog, studio: boolean): LabDefinition {
  return {
    name: 'bench-studio',
    region: 'us-east-1',
    registry: users,
    catalog,
    workspaces: Array.from({ length: 10 }, (_, i) => ({
      name: `ws${i}`, template: 'jupyter-lab', owner: `u${String(i).padStart(4, '0')}`, project: `group${i}`, size: WorkspaceSize.S,
    })),
    ...(studio ? {
      scratch: { dataBucket: 'bench-data-111122223333' },
      studio: { instanceTypes: ['ml.t3.medium', 'ml.t3.xlarge'], spaceUser: 'nb0', spaces: [{ name: 'group0-notebooks', project: 'group0', owner: 'u0000' }] },
      cluster: {
        amiId: 'ami-0123456789abcdef0',
        users: users.users.slice(0, 200).map((u) => u.name),
        queues: [{ name: 'cpu', size: WorkspaceSize.L, maxInstances: 8 }, { name: 'small', size: WorkspaceSize.M, maxInstances: 4, spot: true }],
      },
    } : {}),
  };
}

function synthIn(build: (outdir: string) => App): { ms: number; cpuMs: number; peakHeapMiB: number; resources: number } {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-studio-'));
  let resources = 0;
  try {
    const m = measure(() => {
      const asm = build(outdir).synth();
      for (const f of fs.readdirSync(asm.directory).filter((x) => x.endsWith('.template.json'))) {
        resources += Object.keys(JSON.parse(fs.readFileSync(path.join(asm.directory, f), 'utf8')).Resources ?? {}).length;
      }
    });
    return { ...m, resources };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

export async function run(): Promise<BenchTable[]> {
  const catalog = TemplateCatalog.bundled();
  const lab = (users: UserRegistry, studio: boolean) => (o: string) => {
    const app = new App({ outdir: o, context: CONTEXT });
    new LabStack(app, 'BenchLab', { definition: definition(users, catalog, studio) });
    return app;
  };
  synthIn(lab(registry(10), true));
  synthIn(lab(registry(10), false));
  const rows: Array<Array<string | number>> = [];
  for (const n of (process.env.RWS_BENCH_STUDIO_USERS ?? '100,500').split(',').map(Number)) {
    const users = registry(n);
    const ours = synthIn(lab(users, true));
    const base = synthIn(lab(users, false));
    rows.push([n, ours.resources, fmt.ms(ours.ms), fmt.ms(ours.cpuMs), fmt.mib(ours.peakHeapMiB), base.resources, fmt.ms(base.ms), fmt.ms(base.cpuMs),
      fmt.ratio(ours.ms / base.ms), fmt.ratio(ours.cpuMs / base.cpuMs)]);
  }
  return [{
    title: 'Lab with SageMaker Studio, Lustre scratch and a Slurm cluster (10 workspaces; construct tree + synth, validation on, one run each)',
    headers: ['users', 'resources', 'studio lab ms', 'studio lab CPU ms', 'peak heap MiB', 'baseline resources', 'baseline ms', 'baseline CPU ms', 'ratio (wall)', 'ratio (CPU)'],
    rows,
    notes: [
      'Baseline: the same lab (same registry, workspaces, EFS access points) without studio:, scratch: and slurm:.',
      'Studio adds per user a user profile, an execution role and its policy (nested stacks of 100 users past 100), and per lab the domain, a space, three endpoints and the Lustre file system; the cluster adds a PCS cluster, two node groups and queues, their launch templates and the node role.',
    ],
  }];
}
