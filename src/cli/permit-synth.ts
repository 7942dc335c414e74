import * as fs from 'fs';
import * as path from 'path';
import { CliInputError, Command, Context, EXIT_OK, Input, UsageError } from './command';
import { outputFailure, prepareOutputFolder } from './out-path';
import { DEMO_PERMIT, locateInFile, readPermitFile, registryFor } from './permit-file';
import { REGISTRY_OPTION, shownPath, userPath } from './sources';
import { NetworkMode, PermitLifecycle, PermitPlan, PermitProps, PermitStatus } from '../workspaces/permit';
import { WorkspaceInputError } from '../workspaces/private/error';
import { UserRegistry } from '../workspaces/users';

/**
 * `rws permit synth`: one permit's stack, synthesized in-process for a pipeline. The backends
 * (cdktf for Kubernetes and Proxmox, aws-cdk-lib for AWS) are loaded inside run(), one at a time,
 * so the other commands never load them.
 */

/** The backends a permit can be synthesized for. */
export const PERMIT_BACKENDS = ['kubernetes', 'proxmox', 'aws'] as const;
export type PermitBackend = typeof PERMIT_BACKENDS[number];

/** What a backend is asked to build. */
export interface PermitSynthRequest {
  /** The permit, status included. */
  readonly permit: PermitProps;
  /** Registry for uids. */
  readonly registry?: UserRegistry;
  /** The output folder (absolute). */
  readonly outdir: string;
  /** The backend settings file, as the user named it (relative paths stay relative in messages). */
  readonly configFile?: string;
  /** Audit timestamp. */
  readonly timestamp?: string;
  /**
   * AWS: the folder of templates aws-cdk-lib's CloudFormation validation found clean, so it is not
   * run on them again (none: the validation runs every time, unless CDK_VALIDATION=false).
   */
  readonly validationCache?: string;
}

/**
 * The validation cache of the CLI: RWS_VALIDATION_CACHE (a folder, or "off"), else
 * $XDG_CACHE_HOME/rws/cfn-validate, else ~/.cache/rws/cfn-validate.
 */
export function validationCacheDir(env: Record<string, string | undefined>): string | undefined {
  const v = env.RWS_VALIDATION_CACHE;
  if (v === 'off') return undefined;
  if (v) return path.resolve(v);
  const base = env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, '.cache') : undefined);
  return base ? path.join(base, 'rws', 'cfn-validate') : undefined;
}

/** What a backend built. */
export interface PermitSynthResult {
  /** `permit-<id>`. */
  readonly stack: string;
  /** Files written, the configuration or template first. */
  readonly files: string[];
  /** Every resource: Terraform addresses, or `<logical id> <type>` for CloudFormation. */
  readonly resources: string[];
  /** Resources protected from destruction (prevent_destroy, or DeletionPolicy Retain). */
  readonly protectedResources: string[];
  /** Resource type of each resource, in the order of `resources`. */
  readonly resourceTypes: string[];
  /** Warnings of the synthesis (annotations). */
  readonly warnings: string[];
  /** How to deploy it. */
  readonly next: string;
}

/** Options every permit synthesis takes. */
const OPTIONS = [
  { name: 'id', value: 'id', help: 'permit id (required unless --permit names it; must match the file\'s id)' },
  { name: 'status', value: 'S', help: `the status to build (required): ${Object.values(PermitStatus).join(', ')}, or an event name` },
  { name: 'previous', value: 'S', help: 'the status before: the transition is checked (an illegal one exits 2)' },
  { name: 'event-id', value: 'id', help: 'id of the triggering event, written into labels/tags and the audit record (default "manual")' },
  { name: 'backend', value: 'name', help: 'kubernetes, proxmox or aws (required)' },
  { name: 'out', value: 'dir', help: 'output folder (required): cdktf writes stacks/permit-<id>/ into it, aws-cdk-lib a cloud assembly' },
  { name: 'permit', value: 'file', help: 'the permit (YAML, as for "rws permit plan"); default: the built-in demo permit with --id' },
  { name: 'config', value: 'file', help: 'backend settings (YAML); required for proxmox (cluster, node, network, image, gateway_cidrs)' },
  { name: 'timestamp', value: 'iso', help: 'time recorded in the audit record (ISO 8601, e.g. the event\'s time; default: now)' },
  { ...REGISTRY_OPTION, help: 'user registry to take uids from (default with --permit: ./users.yaml when present)' },
];

export const permitSynth: Command = {
  name: 'synth',
  summary: 'Synthesize one permit\'s stack (permit-<id>) for a pipeline: Kubernetes, Proxmox or AWS',
  description: `Builds the permit's stack at --status (checked against --previous) and writes it to --out:
  kubernetes  KubernetesPermitStack: <out>/stacks/permit-<id>/cdk.tf.json and audit.json (Terraform)
  proxmox     ProxmoxPermitStack:    <out>/stacks/permit-<id>/cdk.tf.json and audit.json (Terraform)
  aws         PermitStack:           <out>/permit-<id>.template.json and permit-<id>.audit.json (CloudFormation)
No credentials are needed and nothing is looked up. Prints the stack, its resources (by type,
and how many are protected from destruction), the workspaces of the phase and their state, and
the files written; --json prints the same as one document.

--config is a YAML file of backend settings (snake_case keys; see docs/cli.md):
  kubernetes (optional): storage_class_name, shared_storage_class_name, gateway_namespace,
    kube_config_path, kube_context, airlock_exposure, desktop_image, *_gib sizes, ...
  proxmox (required):    cluster: { nodes, disk_datastore_id, ... }, node, network: { cidr, bridge,
    vlan_id }, image: { template_vm, disk_gib } or { url }, gateway_cidrs, vm_id_base, api: { endpoint }
  aws (optional):        region, account, cidr, max_azs, egress_control, sftp_exposure,
    data_holder_keys: { <holder>: [keys] or <file.pub> }, machine_image: { ssm_parameter } or { amis }`,
  options: OPTIONS,
  examples: [
    'rws permit synth --id p-001 --status ANALYSIS_ACTIVE --previous WORKSPACE_SETUP_REVIEW_PENDING --backend kubernetes --out cdktf.out',
    'rws permit synth --permit permits/p-001.yaml --status permit.ingress.initiated --previous AWAITING_INGRESS --event-id "$EVENT_ID" --backend proxmox --config proxmox.yaml --out cdktf.out --json',
    'rws permit synth --permit permits/p-001.yaml --status ANALYSIS_ACTIVE --backend aws --config aws.yaml --out cdk.out',
  ],
  exitCodes: '  0  the stack was written\n  2  usage or input error: unknown status or backend, illegal transition, invalid permit or config file, missing option',
  async run(ctx, input) {
    const backend = backendOf(ctx, input);
    const statusText = input.str('status');
    if (statusText === undefined) throw new UsageError('--status is required', ctx.commandName);
    const status = PermitLifecycle.parseStatus(statusText, '--status');
    const previousText = input.str('previous');
    const previousStatus = previousText === undefined ? undefined : PermitLifecycle.parseStatus(previousText, '--previous');
    const outText = input.str('out');
    if (outText === undefined) throw new UsageError('--out <dir> is required (e.g. --out cdktf.out)', ctx.commandName);
    const timestamp = input.str('timestamp');
    if (timestamp !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) || Number.isNaN(Date.parse(timestamp)))) {
      throw new UsageError(`--timestamp must be an ISO 8601 time with a zone, e.g. 2025-06-30T12:00:00Z (got "${timestamp}")`, ctx.commandName);
    }

    const permitFile = input.str('permit');
    const loaded = permitFile !== undefined ? readPermitFile(userPath(ctx, permitFile)) : undefined;
    const id = input.str('id');
    if (loaded && id !== undefined && id !== loaded.permit.id) {
      throw new CliInputError(`--id ${id} does not match the id of ${loaded.source.file} (${loaded.permit.id}). Fix: leave --id out, or name the permit file of ${id}`);
    }
    if (!loaded && id === undefined) throw new UsageError('--id <permit id> is required (or --permit <file.yaml>, which names it)', ctx.commandName);
    if (!loaded) ctx.out.note(`using the built-in demo permit with id ${id} (pass --permit <file.yaml> for a real one)`);
    const props: PermitProps = {
      ...(loaded?.permit ?? { ...DEMO_PERMIT, id: id! }),
      status,
      ...(previousStatus !== undefined ? { previousStatus } : {}),
      ...(input.str('event-id') !== undefined ? { eventId: input.str('event-id') } : {}),
    };
    const registry = registryFor(ctx, input, loaded === undefined);
    // Plan first: bad input (an illegal transition, a bad permit) fails before any cloud library loads.
    let plan: PermitPlan;
    try {
      plan = PermitLifecycle.plan(props, registry);
    } catch (e) {
      if (loaded && WorkspaceInputError.isWorkspaceInputError(e)) throw locateInFile(e, loaded.source);
      throw e;
    }

    const configText = input.str('config');
    if (configText !== undefined && !fs.existsSync(path.resolve(ctx.cwd, configText))) {
      throw new CliInputError(`${userPath(ctx, configText)}: the --config file does not exist`);
    }
    const request: PermitSynthRequest = {
      permit: props,
      registry,
      outdir: path.resolve(ctx.cwd, outText),
      configFile: configText === undefined ? undefined : userPath(ctx, configText),
      timestamp,
      validationCache: validationCacheDir(ctx.env),
    };
    ctx.out.progress(`synthesizing permit-${plan.permitId} (${backend}, ${plan.status})...`);
    let result: PermitSynthResult;
    try {
      result = await synthInto(request.outdir, () => withConsoleOnStderr(ctx, async () => {
        if (backend === 'kubernetes') return (await import('./permit-synth-kubernetes.js')).synthKubernetesPermit(request);
        if (backend === 'proxmox') return (await import('./permit-synth-proxmox.js')).synthProxmoxPermit(request);
        return (await import('./permit-synth-aws.js')).synthAwsPermit(request);
      }), outText);
    } catch (e) {
      if (loaded && WorkspaceInputError.isWorkspaceInputError(e)) throw locateInFile(e, loaded.source);
      throw e;
    } finally {
      ctx.out.progressDone();
    }
    for (const w of result.warnings) ctx.out.warn(w);
    print(ctx, backend, plan, result);
    return EXIT_OK;
  },
};

function backendOf(ctx: Context, input: Input): PermitBackend {
  const b = input.str('backend');
  if (b === undefined) throw new UsageError(`--backend is required: ${PERMIT_BACKENDS.join(', ')}`, ctx.commandName);
  const found = PERMIT_BACKENDS.find((x) => x === b.toLowerCase());
  if (!found) throw new UsageError(`unknown backend "${b}" for --backend; use one of ${PERMIT_BACKENDS.join(', ')}`, ctx.commandName);
  return found;
}

/**
 * Runs a synthesis with console.log/info/debug going to stderr: libraries that print must not
 * corrupt --json output on stdout.
 */
export async function withConsoleOnStderr<T>(ctx: Context, fn: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug };
  const toErr = (...args: unknown[]) => ctx.out.note(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
  console.log = toErr;
  console.info = toErr;
  console.debug = toErr;
  try {
    return await fn();
  } finally {
    Object.assign(console, saved);
  }
}

/**
 * Runs a synthesis into `outdir`; when it fails and the folder did not exist before, the folder
 * (which then holds only what this run created) is removed, so bad input leaves nothing behind.
 */
export async function synthInto<T>(outdir: string, fn: () => Promise<T>, given: string = outdir): Promise<T> {
  // The topmost folder of the path that does not exist yet (mkdir -p creates it and all below).
  let created: string | undefined;
  for (let p = path.resolve(outdir); !fs.existsSync(p); p = path.dirname(p)) created = p;
  // Checked before anything is written: one line with the path as given (out-path.ts).
  prepareOutputFolder(path.resolve(outdir), given);
  try {
    return await fn();
  } catch (e) {
    if (created) fs.rmSync(created, { recursive: true, force: true });
    throw outputFailure(e, given, '--out', path.resolve(outdir)) ?? e;
  }
}

/**
 * The warnings and errors aws-cdk-lib recorded on a synthesized stack (annotations), each
 * prefixed with its construct path unless the message already starts with it.
 */
export function stackMessages(artifact: { readonly messages: ReadonlyArray<{ id: string; level: string; entry: { data?: unknown } }> }): {
  warnings: string[]; errors: string[];
} {
  const warnings: string[] = [];
  const errors: string[] = [];
  for (const m of artifact.messages) {
    const data = typeof m.entry.data === 'string' ? m.entry.data : JSON.stringify(m.entry.data);
    const where = m.id.replace(/^\//, '');
    const text = data.startsWith(where) ? data : `${where}: ${data}`;
    if (m.level === 'error') errors.push(text);
    else if (m.level === 'warning') warnings.push(text);
  }
  return { warnings, errors };
}

/** Counts of each resource type, most frequent first. */
export function countTypes(types: string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function networkText(w: PermitPlan['workspaces'][number]): string {
  return w.network === NetworkMode.INGRESS_ALLOWLIST ? `${w.network} (${w.ingressCidrs.join(', ')})` : w.network;
}

function print(ctx: Context, backend: PermitBackend, plan: PermitPlan, r: PermitSynthResult): void {
  const out = ctx.out;
  if (out.json) {
    out.printJson({
      backend,
      permitId: plan.permitId,
      stack: r.stack,
      status: plan.status,
      ...(plan.previousStatus ? { previousStatus: plan.previousStatus } : {}),
      eventId: plan.eventId,
      replay: plan.replay,
      files: r.files.map(shownPath),
      resourceCount: r.resources.length,
      resourceTypes: Object.fromEntries(countTypes(r.resourceTypes)),
      resources: r.resources,
      protectedResources: r.protectedResources,
      workspaces: plan.workspaces,
      volumes: plan.volumes,
      volumesToDelete: plan.volumesToDelete,
      changes: plan.changes,
      warnings: r.warnings,
      next: r.next,
    });
    return;
  }
  out.heading(`permit ${plan.permitId}: ${plan.status}${plan.previousStatus ? ` (from ${plan.previousStatus})` : ''}, event ${plan.eventId}${plan.replay ? ' (replay: nothing changes)' : ''}`);
  const protectedWord = backend === 'aws' ? 'retained when the stack is deleted' : 'protected from destruction (prevent_destroy)';
  out.line(`stack ${r.stack} (${backend}): ${r.resources.length} resources, ${r.protectedResources.length} ${protectedWord}`);
  out.line(`wrote ${r.files.map(shownPath).join('\n      ')}`);
  out.line();
  if (plan.workspaces.length === 0) {
    out.line('No workspaces in this phase.');
  } else {
    out.table(['WORKSPACE', 'STATE', 'NETWORK', 'MOUNTS', 'USERS'], plan.workspaces.map((w) => [
      w.role, w.state, networkText(w), w.mounts.map((m) => `${m.volume}:${m.path}:${m.access}`).join(', ') || 'none',
      w.users.map((u) => `${u.name}(${u.uid})`).join(', '),
    ]));
  }
  if (plan.volumes.length) out.line(`Volumes: ${plan.volumes.map((v) => v.name).join(', ')}`);
  if (plan.volumesToDelete.length) out.line(`Volumes destroyed: ${plan.volumesToDelete.join(', ')}`);
  out.line();
  out.table(['RESOURCE TYPE', 'COUNT'], countTypes(r.resourceTypes).map(([t, n]) => [t, n]));
  if (!plan.replay && plan.changes.length) {
    out.line();
    out.heading('Changes');
    out.table(['SUBJECT', 'NAME', 'CHANGE', 'DETAIL'], plan.changes.map((c) => [c.subject, c.name, c.change, c.detail]));
  }
  out.line();
  out.line(`Next: ${r.next}`);
}
