/**
 * Benchmark harness. Each `bench/*.bench.ts` exports `run(): Promise<BenchTable[]>`; `npm run bench`
 * runs them all (or those named on the command line) and prints every table. Targets are ratios
 * against a baseline measured in the same process, never absolute times.
 */
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

/** Runs fn once and returns its wall time (ms) and the peak heap growth (MiB) sampled while it ran. */
export function measure(fn: () => void): { ms: number; peakHeapMiB: number } {
  const gc = (global as any).gc as (() => void) | undefined;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().heapUsed); }, 5);
  const t0 = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { ms, peakHeapMiB: (peak - before) / 1048576 };
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
