/**
 * Large registries: `rws users lock` (first time and against its lock), `rws users list` and
 * `rws users lock --check` on generated registries of 10,000 and 100,000 users with one
 * Ed25519 key each, run as the real command (lib/cli/rws.js) in its own process.
 *
 * The baseline is the least any reader of the same file must do, measured in the same run and
 * the same kind of process: read the file, parse it with js-yaml and serialize the result.
 * Peak memory is the process's peak resident set (maxRSS), Node's own start-up included.
 */
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BenchTable, fmt } from './harness';

const ROOT = path.join(__dirname, '..');
const BIN = path.join(ROOT, 'lib', 'cli', 'rws.js');
const MARK = 'RWS_BENCH_MAXRSS_KB=';

/** A valid Ed25519 public key line (random key material). */
function ed25519(comment: string): string {
  const type = Buffer.from('ssh-ed25519');
  const blob = Buffer.alloc(4 + type.length + 4 + 32);
  blob.writeUInt32BE(type.length, 0);
  type.copy(blob, 4);
  blob.writeUInt32BE(32, 4 + type.length);
  crypto.randomBytes(32).copy(blob, 8 + type.length);
  return `ssh-ed25519 ${blob.toString('base64')} ${comment}`;
}

/** Writes users.yaml with n users in 20 groups; returns its size in bytes. */
export function writeRegistry(file: string, n: number): number {
  const lines = [
    `id_ranges: { users: { min: 100000, max: ${100000 + 2 * n} }, groups: { min: 900000, max: 900100 } }`,
    'groups:',
    ...Array.from({ length: 20 }, (_, g) => `  - { name: g${g}, description: Group ${g} }`),
    'users:',
  ];
  for (let i = 0; i < n; i++) {
    const name = `u${String(i).padStart(6, '0')}`;
    lines.push(`  - name: ${name}`, `    email: ${name}@example.edu`, `    groups: [g${i % 20}]`, `    ssh_keys: ["${ed25519(`${name}@laptop`)}"]`);
  }
  const text = lines.join('\n') + '\n';
  fs.writeFileSync(file, text);
  return Buffer.byteLength(text);
}

interface Run { readonly ms: number; readonly rssMiB: number; readonly status: number | null }

/** Runs node with a preload that reports the peak resident set on exit. */
function runNode(args: string[], cwd: string): Run {
  const preload = path.join(cwd, 'maxrss.js');
  if (!fs.existsSync(preload)) {
    fs.writeFileSync(preload, `process.on('exit', () => process.stderr.write('\\n${MARK}' + process.resourceUsage().maxRSS + '\\n'));\n`);
  }
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', preload, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(new RegExp(`${MARK}(\\d+)`).exec(r.stderr)?.[1] ?? NaN);
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { ms, rssMiB: kb / 1024, status: r.status };
}

export async function run(): Promise<BenchTable[]> {
  if (!fs.existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run "npx projen compile" (or npm test) before this benchmark; it measures the real command`);
  }
  const rows: Array<Array<string | number>> = [];
  for (const n of [10_000, 100_000]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-bench-registry-'));
    try {
      const bytes = writeRegistry(path.join(dir, 'users.yaml'), n);
      const baseline = runNode(['-e', `const y=require(${JSON.stringify(require.resolve('js-yaml'))});`
        + 'const t=require("fs").readFileSync("users.yaml","utf8");JSON.stringify(y.load(t,{schema:y.CORE_SCHEMA}));'], dir);
      const first = runNode([BIN, 'users', 'lock'], dir);
      const again = runNode([BIN, 'users', 'lock'], dir);
      const check = runNode([BIN, 'users', 'lock', '--check'], dir);
      const list = runNode([BIN, 'users', 'list'], dir);
      const row = (what: string, r: Run) => rows.push([n.toLocaleString('en-US'), what, fmt.ms(r.ms), fmt.mib(r.rssMiB),
        fmt.ms(baseline.ms), fmt.mib(baseline.rssMiB), fmt.ratio(r.ms / baseline.ms), fmt.ratio(r.rssMiB / baseline.rssMiB)]);
      row(`lock, first time (${(bytes / 1048576).toFixed(1)} MiB file)`, first);
      row('lock, lock exists', again);
      row('lock --check', check);
      row('list', list);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return [{
    title: 'Large registries: the rws command, one process per run',
    headers: ['users', 'command', 'ms', 'peak RSS MiB', 'baseline ms', 'baseline RSS MiB', 'time ratio', 'memory ratio'],
    rows,
    notes: [
      'Baseline: node reading the same users.yaml, parsing it with js-yaml and serializing it (the least any reader does).',
      'Goal (issue 13): 100,000 users locked in under 3 s and 300 MB on the 2-core build machine.',
    ],
  }];
}
