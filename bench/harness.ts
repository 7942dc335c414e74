/**
 * Benchmark harness. Each `bench/*.bench.ts` exports `run(): Promise<BenchTable[]>`; `npm run bench`
 * runs them all (or those named on the command line) and prints every table. Targets are ratios
 * against a baseline measured in the same process, never absolute times.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { formatTable } from '../src/workspaces/private/table';

export interface BenchTable {
  readonly title: string;
  readonly headers: string[];
  readonly rows: Array<Array<string | number | undefined>>;
  readonly notes?: string[];
}

/** Wall time of fn in milliseconds (median of `runs`), after one warm-up run. */
export function timeMs(fn: () => void, runs = 3): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * Runs fn once and returns its wall time (ms), the CPU time of the process meanwhile (ms, user +
 * system, every thread: steadier than wall time on a machine other jobs share) and the peak heap
 * growth (MiB) sampled while it ran.
 */
export function measure(fn: () => void): { ms: number; cpuMs: number; peakHeapMiB: number } {
  const gc = (global as any).gc as (() => void) | undefined;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 5);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, peakHeapMiB: (peak - before) / 1048576 };
}

export function printTable(t: BenchTable): void {
  console.log(`\n## ${t.title}\n`);
  console.log(formatTable(t.headers, t.rows));
  for (const n of t.notes ?? []) console.log(`  ${n}`);
}

export const fmt = {
  ms: (n: number) => n.toFixed(n < 10 ? 2 : 0),
  ratio: (n: number) => `${n.toFixed(2)}x`,
  mib: (n: number) => n.toFixed(1),
};

/** Runs `fn` with a fresh temporary output folder, removed afterwards. */
export function withOutdir<T>(prefix: string, fn: (outdir: string) => T): T {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return fn(outdir);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/** Number of resources in a synthesized cdktf stack (`<outdir>/stacks/<stack>/cdk.tf.json`). */
export function terraformResourceCount(outdir: string, stack: string): number {
  const json = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
  return Object.values<Record<string, unknown>>(json.resource ?? {}).reduce((a, byName) => a + Object.keys(byName).length, 0);
}
