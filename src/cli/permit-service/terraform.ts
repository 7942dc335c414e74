import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Terraform for the permit worker: init, plan with a saved plan file, the data-volume safety
 * check on `terraform show -json`, apply of exactly that plan, and the outputs. Real providers
 * in production (a plugin directory or CLI configuration given to it), simulated ones in tests.
 */

/** How the worker runs Terraform (config file `terraform:`; env RWS_TERRAFORM_*). */
export interface TerraformSettings {
  /** The binary. */
  readonly bin: string;
  /** TF_CLI_CONFIG_FILE: provider_installation (filesystem_mirror, dev_overrides), credentials. */
  readonly cliConfig?: string;
  /** `terraform init -plugin-dir=<dir>`: providers from a local folder, no registry. */
  readonly pluginDir?: string;
  /** Run `terraform init` before the first plan of a stack folder. */
  readonly init: boolean;
  /** Extra environment for Terraform and its providers. */
  readonly env: Record<string, string>;
  /** Seconds Terraform waits for the state lock. */
  readonly lockTimeoutSeconds: number;
  /** Seconds after which one Terraform command is killed (a transient failure). */
  readonly timeoutSeconds: number;
}

/** Resource types that hold a permit's data: deleting or replacing one destroys data. */
export const DATA_VOLUME_TYPES: readonly string[] = [
  'kubernetes_persistent_volume_claim', 'kubernetes_persistent_volume_claim_v1',
  'kubernetes_persistent_volume', 'kubernetes_persistent_volume_v1',
  // Deleting the namespace deletes every claim in it.
  'kubernetes_namespace', 'kubernetes_namespace_v1',
  // AWS (CloudFormation types, read from change sets): buckets, keys, file systems, volumes.
  'AWS::S3::Bucket', 'AWS::KMS::Key', 'AWS::EFS::FileSystem', 'AWS::FSx::FileSystem', 'AWS::EC2::Volume',
  // Proxmox: the storage server VM owns the data disks; it is protected (prevent_destroy),
  // so it is caught by the protected addresses of the last applied configuration instead.
];

/** One planned change of a resource. */
export interface PlannedResourceChange {
  readonly address: string;
  readonly type: string;
  readonly actions: string[];
}

/** What a plan does, for the state, the audit stream and the API. */
export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly delete: number;
  readonly replace: number;
  readonly noop: number;
  readonly changes: PlannedResourceChange[];
}

/** A plan that changes nothing. */
export function emptySummary(): PlanSummary {
  return { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] };
}

/** Reads `terraform show -json <plan>` output into a summary. */
export function summarizePlan(planJson: any): PlanSummary {
  const s = { create: 0, update: 0, delete: 0, replace: 0, noop: 0, changes: [] as PlannedResourceChange[] };
  for (const c of planJson.resource_changes ?? []) {
    const a: string[] = c.change?.actions ?? [];
    if (a.includes('delete') && a.includes('create')) {s.replace++;} else if (a.includes('delete')) {s.delete++;} else if (a.includes('create')) {s.create++;} else if (a.includes('update')) {s.update++;} else {
      s.noop++;
      continue;
    }
    s.changes.push({ address: c.address, type: c.type, actions: a });
  }
  return s;
}

/**
 * The changes that would destroy data: a delete or replacement of a data-volume type, or of a
 * resource the last applied configuration protected (prevent_destroy). Empty when the permit
 * is being deleted (permit.deleted destroys everything by design).
 */
export function dataLossChanges(summary: PlanSummary, protectedAddresses: readonly string[], deleting: boolean): PlannedResourceChange[] {
  if (deleting) return [];
  const prot = new Set(protectedAddresses);
  return summary.changes.filter((c) => c.actions.includes('delete') && (DATA_VOLUME_TYPES.includes(c.type) || prot.has(c.address)));
}

/** A Terraform command that failed: `transient` when worth retrying (timeout, lock, network). */
export class TerraformError extends Error {
  constructor(message: string, public readonly transient: boolean) {
    super(message);
    this.name = 'TerraformError';
  }
}

/**
 * The permit's stack could not be synthesized (its data or the backend settings: e.g. a backend
 * config file edited into an invalid one). Permanent: the permit is marked `synthesis-failed`.
 */
export class SynthesisError extends TerraformError {
  constructor(message: string) {
    super(message, false);
    this.name = 'SynthesisError';
  }
}

/**
 * Terraform refused the plan itself: it would destroy resources protected with
 * `lifecycle.prevent_destroy` (a replacement counts: the old resource is destroyed). The worker
 * reports it as a refused plan, like its own data-loss check.
 */
export class ProtectedDestroyError extends TerraformError {
  constructor(message: string, public readonly addresses: string[]) {
    super(message, false);
    this.name = 'ProtectedDestroyError';
  }
}

/** The addresses Terraform names in "Resource <address> has lifecycle.prevent_destroy set" errors. */
export function preventDestroyAddresses(message: string): string[] {
  const found = new Set<string>();
  for (const m of message.matchAll(/Resource (\S+) has lifecycle\.prevent_destroy set/g)) found.add(m[1]);
  return [...found];
}

// Worth another try: a held state lock, the network, an overloaded API, a provider that crashed
// or could not start (after max_attempts the permit is marked failed all the same).
const TRANSIENT = new RegExp([
  'Error acquiring the state lock', 'timeout', 'connection refused', 'connection reset', 'TLS handshake', 'temporar',
  '\\b(429|502|503|504)\\b', 'unexpected EOF', 'plugin exited', 'failed to instantiate provider', 'Unrecognized remote plugin message',
].join('|'), 'i');

/** Runs terraform with the settings' environment in `dir`; resolves stdout, rejects TerraformError. */
export function runTerraform(t: TerraformSettings, dir: string, args: string[], dataDir: string): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...t.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1', TF_DATA_DIR: dataDir };
  if (t.cliConfig) env.TF_CLI_CONFIG_FILE = t.cliConfig;
  return new Promise((resolve, reject) => {
    const child = spawn(t.bin, [`-chdir=${dir}`, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), t.timeoutSeconds * 1000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new TerraformError(`cannot run ${t.bin}: ${e.message}; set terraform.bin in the worker config or RWS_TERRAFORM_BIN`, false));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve(out);
      const text = cleanTerraformMessage(err || out);
      if (signal) return reject(new TerraformError(`terraform ${args[0]} was stopped by ${signal} after ${t.timeoutSeconds} s: ${text}`, true));
      reject(new TerraformError(`terraform ${args[0]} failed: ${text}`, TRANSIENT.test(text)));
    });
  });
}

/** The useful lines of a Terraform error (box drawing and dev_overrides warnings removed), on one line. */
export function cleanTerraformMessage(s: string): string {
  return s.split('\n')
    .filter((l) => !/development overrides|dev_overrides|provider development|^\s*- .* in \/|The behavior may therefore|applying changes may cause|unexpected behavior/.test(l))
    .map((l) => l.replace(/^[│╷╵]\s?/, '').trim())
    .filter(Boolean)
    .join(' ')
    .slice(0, 2000);
}

/** What `planStack` found. */
export interface PlanResult {
  readonly summary: PlanSummary;
  readonly planFile: string;
}

/** init (once per folder, when configured) and plan into `<dir>/plan.bin`; returns its summary. */
export async function planStack(t: TerraformSettings, dir: string): Promise<PlanResult> {
  const dataDir = path.join(dir, '.terraform-data');
  if (t.init && !fs.existsSync(path.join(dataDir, 'initialized'))) {
    await runTerraform(t, dir, ['init', '-input=false', '-no-color', ...(t.pluginDir ? [`-plugin-dir=${t.pluginDir}`] : [])], dataDir);
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, 'initialized'), new Date().toISOString());
  }
  const planFile = path.join(dir, 'plan.bin');
  fs.rmSync(planFile, { force: true });
  try {
    await runTerraform(t, dir, ['plan', '-input=false', '-no-color', `-lock-timeout=${t.lockTimeoutSeconds}s`, `-out=${planFile}`], dataDir);
  } catch (e) {
    const protectedOnes = e instanceof TerraformError ? preventDestroyAddresses(e.message) : [];
    if (protectedOnes.length) throw new ProtectedDestroyError(e instanceof Error ? e.message : String(e), protectedOnes);
    throw e;
  }
  const shown = await runTerraform(t, dir, ['show', '-json', planFile], dataDir);
  return { summary: summarizePlan(JSON.parse(shown)), planFile };
}

/** Applies exactly the saved plan and returns the stack's outputs, sensitive ones left out. */
export async function applyPlan(t: TerraformSettings, dir: string, planFile: string): Promise<Record<string, unknown>> {
  const dataDir = path.join(dir, '.terraform-data');
  await runTerraform(t, dir, ['apply', '-input=false', '-no-color', `-lock-timeout=${t.lockTimeoutSeconds}s`, planFile], dataDir);
  const out = JSON.parse(await runTerraform(t, dir, ['output', '-json'], dataDir) || '{}');
  return Object.fromEntries(Object.entries<any>(out).filter(([, v]) => !v.sensitive).map(([k, v]) => [k, v.value]));
}
