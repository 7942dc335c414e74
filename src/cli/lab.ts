import * as fs from 'fs';
import * as path from 'path';
import { labAuditCommand } from './audit';
import { CliInputError, Command, CommandGroup, Context, EXIT_OK, Input, UsageError } from './command';
import { buildLabDiagram, toMermaid, toSvg } from './lab-diagram';
import { planUpgradeCommand } from './lab-plan-upgrade';
import type { LabView, LabWorkspaceView, LoadedLab } from './lab-view';
import { outputFailure, prepareOutputFile } from './out-path';
import { countTypes, stackMessages, synthInto, validationCacheDir, withConsoleOnStderr } from './permit-synth';
import { shownPath, userPath } from './sources';
import { terraformStackWarnings } from '../constructs/terraform/manifest';
import { WorkspaceInputError } from '../workspaces/private/error';
import { Notebooks } from '../workspaces/studio';

/**
 * `rws lab`: a lab file synthesized (`synth`), drawn (`diagram`) and priced (`cost`). The AWS
 * lab file is LabStack's lab.yaml; a Proxmox lab file has `cluster:`, a Kubernetes lab file
 * `kubernetes:` (see docs/cli.md). The
 * readers and stacks are loaded inside run(), so `rws --help` and the other groups never load
 * aws-cdk-lib or cdktf.
 */

const BACKEND_OPTION = {
  name: 'backend',
  value: 'name',
  help: 'aws, kubernetes or proxmox (default: kubernetes when the file has kubernetes:, proxmox when it has cluster:, else aws)',
};

/** The lab file of a command, checked and loaded. */
export async function loadLabFile(ctx: Context, input: Input): Promise<LoadedLab> {
  const file = userPath(ctx, input.args[0]);
  if (!fs.existsSync(file)) throw new CliInputError(`${file}: the lab file does not exist`);
  const { labBackend, loadLab } = await import('./lab-view.js');
  const { backend, source } = labBackend(file, input.str('backend'), ctx.commandName);
  ctx.out.progress(`reading ${file} (${backend})...`);
  let lab: LoadedLab;
  try {
    lab = await loadLab(file, backend, source);
  } finally {
    ctx.out.progressDone();
  }
  for (const w of lab.view.warnings) ctx.out.warn(w);
  return lab;
}

function money(n: number | undefined, digits: number): string | undefined {
  return n === undefined ? undefined : `$${n.toFixed(digits)}`;
}

// -------------------------------------------------------------------------------------------
// synth

interface StackSummary {
  readonly name: string;
  readonly file: string;
  readonly resources: number;
  readonly workspaces: number;
  readonly templateBytes: number;
}

interface LabSynthResult {
  readonly stacks: StackSummary[];
  readonly resourceTypes: string[];
  readonly files: string[];
  readonly warnings: string[];
  readonly next: string;
  /** Stack of each workspace (AWS: the nested stack it was hashed into). */
  readonly workspaceStack: Map<string, string>;
  /** Proxmox VM ids, when fixed. */
  readonly vmIds: Map<string, number>;
  /** What KubernetesLabStack built for each workspace. */
  readonly kubernetes?: Map<string, KubernetesWorkspaceSummary>;
  /** The namespace (Kubernetes). */
  readonly namespace?: string;
  /** Domains the package proxy allows (Kubernetes; empty when no workspace is proxied). */
  readonly egressAllowedDomains?: string[];
}

/** A KubeVirt workspace as the stack built it. */
interface KubernetesWorkspaceSummary {
  readonly cores: number;
  readonly memoryMiB: number;
  readonly diskGiB: number;
  readonly started: boolean;
  readonly host: string;
  readonly image: string;
}

/**
 * `validationCache`: the folder of the CLI's validation cache (validationCacheDir), or undefined
 * for aws-cdk-lib's own validation at every synthesis. With it, the lab's template is validated
 * only when no template of its shape was found clean before (stacks/aws/private/validation-cache.ts):
 * a lab synthesized again after an edit that changes only its nested stacks (a workspace's size,
 * template or user-data) starts no engine. CDK_VALIDATION=false still turns validation off.
 */
async function synthAws(lab: LoadedLab, outdir: string, stackName: string, validationCache?: string): Promise<LabSynthResult> {
  const { App, NestedStack, Stack, Validations } = await import('aws-cdk-lib');
  const { LabStack } = await import('../stacks/aws/lab-stack.js');
  const app = new App({ outdir });
  if (validationCache && process.env.CDK_VALIDATION !== 'false') {
    const { CachedCloudFormationValidation } = await import('../stacks/aws/private/validation-cache.js');
    Validations.of(app).addPlugins(CachedCloudFormationValidation.forCache(validationCache, []));
  }
  const stack = new LabStack(app, stackName, { definition: lab.definition! });
  const assembly = app.synth();
  const artifact = assembly.getStackArtifact(stack.artifactId);
  const { warnings, errors } = stackMessages(artifact);
  if (errors.length) throw new CliInputError(`synthesis of ${stackName} reported ${errors.length} error${errors.length > 1 ? 's' : ''} (cdk deploy would refuse it):\n  ${errors.join('\n  ')}`);
  const nested = stack.node.findAll().filter((c): c is InstanceType<typeof NestedStack> => NestedStack.isNestedStack(c));
  const stacks: StackSummary[] = [];
  const types: string[] = [];
  const workspaceStack = new Map<string, string>();
  for (const w of stack.workspaces) workspaceStack.set(w.workspaceName, Stack.of(w) === stack ? stackName : Stack.of(w).node.id);
  for (const s of [stack as InstanceType<typeof Stack>, ...nested]) {
    const file = path.join(outdir, s.templateFile);
    const text = fs.readFileSync(file, 'utf8');
    const resources = Object.values<any>(JSON.parse(text).Resources ?? {});
    types.push(...resources.map((x) => String(x.Type)));
    stacks.push({
      name: s === stack ? stackName : s.node.id,
      file,
      resources: resources.length,
      workspaces: stack.workspaces.filter((w) => Stack.of(w) === s).length,
      templateBytes: Buffer.byteLength(text, 'utf8'),
    });
  }
  return {
    stacks,
    resourceTypes: types,
    files: [path.join(outdir, artifact.templateFile), ...(nested.length ? [`${nested.length} nested templates in ${outdir}`] : [])],
    warnings,
    next: `npx cdk deploy --app ${shownPath(outdir)} ${stackName}  (with the deploying role's credentials)`,
    workspaceStack,
    vmIds: new Map(),
  };
}

/**
 * What `rws lab synth` reports for a synthesized Terraform lab stack (one stack holding every
 * workspace): its file and size, one resource type per resource, and the next command (`next`
 * gets the stack folder as shown).
 */
function terraformLabResult(outdir: string, stackName: string, workspaces: string[], next: (dir: string) => string)
  : Pick<LabSynthResult, 'stacks' | 'resourceTypes' | 'files' | 'warnings' | 'next' | 'workspaceStack'> {
  const stackDir = path.join(outdir, 'stacks', stackName);
  const file = path.join(stackDir, 'cdk.tf.json');
  const text = fs.readFileSync(file, 'utf8');
  const types: string[] = [];
  for (const [type, byName] of Object.entries<Record<string, unknown>>(JSON.parse(text).resource ?? {})) {
    types.push(...Object.keys(byName).map(() => type));
  }
  return {
    stacks: [{ name: stackName, file, resources: types.length, workspaces: workspaces.length, templateBytes: Buffer.byteLength(text, 'utf8') }],
    resourceTypes: types,
    files: [file],
    warnings: terraformStackWarnings(outdir, stackName),
    next: next(shownPath(stackDir)),
    workspaceStack: new Map(workspaces.map((w) => [w, stackName])),
  };
}

async function synthProxmox(lab: LoadedLab, outdir: string, stackName: string): Promise<LabSynthResult> {
  const { App } = await import('../constructs/terraform/cdktf.js');
  const { ProxmoxLabStack } = await import('../stacks/proxmox/proxmox-lab-stack.js');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  const stack = new ProxmoxLabStack(app, stackName, lab.proxmox!.props);
  app.synth();
  const vmIds = new Map<string, number>();
  for (const w of stack.workspaces) {
    const id = lab.proxmox!.props.workspaces.find((x) => x.name === w.workspaceName)?.vmId;
    if (id !== undefined) vmIds.set(w.workspaceName, id);
  }
  return {
    ...terraformLabResult(outdir, stackName, stack.workspaces.map((w) => w.workspaceName),
      (dir) => `terraform -chdir=${dir} init && TF_VAR_proxmox_api_token=... terraform -chdir=${dir} apply`),
    vmIds,
  };
}

async function synthKubernetes(lab: LoadedLab, outdir: string, stackName: string): Promise<LabSynthResult> {
  const { App } = await import('../constructs/terraform/cdktf.js');
  const { KubernetesLabStack } = await import('../stacks/kubernetes/kubernetes-lab-stack.js');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  const stack = new KubernetesLabStack(app, stackName, lab.kubernetes!.props);
  app.synth();
  return {
    ...terraformLabResult(outdir, stackName, stack.workspaces.map((w) => w.workspaceName),
      (dir) => `terraform -chdir=${dir} init && terraform -chdir=${dir} apply  (kubeconfig: -var kube_config_path=... -var kube_context=... to change the defaults)`),
    vmIds: new Map(),
    kubernetes: new Map(stack.workspaces.map((w) => [w.workspaceName, {
      cores: w.cores, memoryMiB: w.memoryMiB, diskGiB: w.diskGiB, started: w.started, host: w.host, image: w.image.url,
    }])),
    namespace: stack.namespace,
    egressAllowedDomains: stack.egressAllowedDomains,
  };
}

/** A stack name from a lab name: letters, digits and dashes, starting with a letter. */
export function stackNameOf(labName: string): string {
  const s = labName.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return /^[A-Za-z]/.test(s) ? s : `lab-${s}`;
}

/** Synthesizes a loaded lab into `outdir` with its backend's stack (used by `rws lab audit`). */
export async function synthLoadedLab(lab: LoadedLab, outdir: string, stackName: string): Promise<{ warnings: string[] }> {
  const view = lab.view;
  const r = await (view.backend === 'aws' ? synthAws(lab, outdir, stackName)
    : view.backend === 'kubernetes' ? synthKubernetes(lab, outdir, stackName) : synthProxmox(lab, outdir, stackName));
  return { warnings: r.warnings };
}

const synth: Command = {
  name: 'synth',
  summary: 'Synthesize a lab from its file: CloudFormation (aws) or Terraform (kubernetes, proxmox)',
  description: `Builds the lab's stack and writes it to --out: LabStack (aws: a cloud assembly with the lab
template and its nested workspace stacks, for "cdk deploy --app <out>"), KubernetesLabStack
(kubernetes: KubeVirt VMs in the lab's namespace) or ProxmoxLabStack (proxmox), both as
<out>/stacks/<stack>/cdk.tf.json, for terraform. No credentials are needed and nothing is looked
up. Prints the stacks (resources, workspaces, template size), the resources by type, the
workspaces (template, size, owner, price; on Kubernetes cores, memory, egress and state), the
users and the estimated cost per hour when every workspace runs (on Kubernetes and Proxmox at
the prices of the equivalent EC2 instance types, for comparison).`,
  args: [{ name: 'lab.yaml', help: 'the lab file (AWS: LabStack\'s lab.yaml; Kubernetes: a file with kubernetes:; Proxmox: a file with cluster:)' }],
  options: [
    BACKEND_OPTION,
    { name: 'out', value: 'dir', help: 'output folder (required)' },
    { name: 'stack', value: 'name', help: 'stack name (default: the lab name, e.g. genomics-lab)' },
  ],
  examples: [
    'rws lab synth lab.yaml --out cdk.out',
    'rws lab synth proxmox-lab.yaml --backend proxmox --out cdktf.out --json',
    'rws lab synth examples/kubernetes-lab/lab.yaml --out cdktf.out',
  ],
  exitCodes: '  0  the lab was written\n  2  usage or input error: a missing or invalid lab file (every problem with file:line), an unknown template, user or size, a policy violation, a backend that does not fit the file',
  async run(ctx, input) {
    const outText = input.str('out');
    if (outText === undefined) throw new UsageError('--out <dir> is required (e.g. --out cdk.out)', ctx.commandName);
    const lab = await loadLabFile(ctx, input);
    const view = lab.view;
    const stackName = input.str('stack') ?? stackNameOf(view.name);
    if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackName)) {
      throw new UsageError(`--stack must start with a letter and hold letters, digits and "-" (got "${stackName}")`, ctx.commandName);
    }
    const outdir = path.resolve(ctx.cwd, outText);
    ctx.out.progress(`synthesizing ${stackName}: ${view.workspaces.length} workspaces (${view.backend})...`);
    let result: LabSynthResult;
    try {
      result = await synthInto(outdir, () => withConsoleOnStderr(ctx, () => (view.backend === 'aws' ? synthAws(lab, outdir, stackName, validationCacheDir(ctx.env))
        : view.backend === 'kubernetes' ? synthKubernetes(lab, outdir, stackName) : synthProxmox(lab, outdir, stackName))), outText);
    } catch (e) {
      if (WorkspaceInputError.isWorkspaceInputError(e)) {
        const { locateLabError } = await import('./lab-view.js');
        throw locateLabError(e, lab);
      }
      throw e;
    } finally {
      ctx.out.progressDone();
    }
    for (const w of result.warnings) ctx.out.warn(w);
    printSynth(ctx, view, stackName, result);
    return EXIT_OK;
  },
};

function totalHourly(ws: LabWorkspaceView[]): number {
  return ws.reduce((sum, w) => sum + (w.hourlyCost ?? 0), 0);
}

function printSynth(ctx: Context, view: LabView, stackName: string, r: LabSynthResult): void {
  const out = ctx.out;
  const resources = r.stacks.reduce((n, s) => n + s.resources, 0);
  const hourly = totalHourly(view.workspaces);
  const ec2Equivalent = view.backend !== 'aws';
  if (out.json) {
    out.printJson({
      lab: view.name,
      file: view.file,
      backend: view.backend,
      ...(view.region ? { region: view.region } : {}),
      ...(r.namespace ? { namespace: r.namespace } : {}),
      stack: stackName,
      stacks: r.stacks.map((s) => ({ ...s, file: shownPath(s.file) })),
      resourceCount: resources,
      resourceTypes: Object.fromEntries(countTypes(r.resourceTypes)),
      users: view.users.length,
      groups: view.groups.map((g) => ({ name: g.name, gid: g.gid, members: g.members.length })),
      workspaces: view.workspaces.map((w) => ({
        ...workspaceJson(w),
        stack: r.workspaceStack.get(w.name),
        ...(r.vmIds.has(w.name) ? { vmId: r.vmIds.get(w.name) } : {}),
        ...kubernetesJson(r.kubernetes?.get(w.name)),
      })),
      ...(r.egressAllowedDomains ? { egressAllowedDomains: r.egressAllowedDomains } : {}),
      hourlyCost: hourly,
      costBasis: ec2Equivalent ? 'ec2-equivalent' : 'on-demand',
      prices: view.prices,
      files: r.files.map((f) => (f.includes(' ') ? f : shownPath(f))),
      warnings: r.warnings,
      next: r.next,
    });
    return;
  }
  const where = view.backend === 'aws' ? `aws${view.region ? ` ${view.region}` : ''}` : `${view.backend} (${view.network.summary})`;
  const own = view.backend === 'kubernetes' ? 'KubeVirt runs on your own Kubernetes cluster' : 'Proxmox runs on your own hardware';
  out.heading(`lab ${view.name} (${view.file}): ${where}, egress ${view.egress}${view.policyName ? `, policy ${view.policyName}` : ''}`);
  const nested = r.stacks.length - 1;
  out.line(`stacks: ${stackName}${nested > 0 ? ` and ${nested} nested stack${nested > 1 ? 's' : ''}` : ''}, ${resources} resources`);
  out.line(`users: ${view.users.length} in ${view.groups.length} group${view.groups.length === 1 ? '' : 's'}${view.registryFile ? ` (${view.registryFile})` : ''}`);
  out.line(`workspaces: ${view.workspaces.length}, ${money(hourly, 4)}/h when all run (${ec2Equivalent ? `EC2-equivalent on-demand prices, for comparison: ${own}` : `on-demand, ${view.prices.region} ${view.prices.date}`})`);
  out.line();
  if (view.backend === 'aws') {
    out.table(['WORKSPACE', 'TEMPLATE', 'SIZE', 'INSTANCE', 'OWNER', 'STACK', '$/H'], view.workspaces.map((w) => [
      w.name, w.template, w.size, w.instanceType, w.owner, r.workspaceStack.get(w.name), money(w.hourlyCost, 4),
    ]));
    out.line();
    out.table(['STACK', 'WORKSPACES', 'RESOURCES', 'KB'], r.stacks.map((s) => [s.name, s.workspaces, s.resources, Math.ceil(s.templateBytes / 1024)]));
  } else if (view.backend === 'kubernetes') {
    out.table(['WORKSPACE', 'TEMPLATE', 'SIZE', 'CORES', 'MEMORY', 'DISK', 'EGRESS', 'OWNER', 'STATE', '$/H'], view.workspaces.map((w) => {
      const k = r.kubernetes?.get(w.name);
      return [
        w.name, w.template, w.size, k?.cores ?? w.vcpus, `${(k?.memoryMiB ?? w.memoryMiB) / 1024} GiB`, `${k?.diskGiB ?? w.diskGiB} GiB`, w.egress, w.owner,
        (k?.started ?? w.started) === false ? 'stopped' : 'running', money(w.hourlyCost, 4),
      ];
    }), ['l', 'l', 'l', 'r', 'r', 'r', 'l', 'l', 'l', 'r']);
    if (r.egressAllowedDomains?.length) {
      out.line();
      out.line(`package proxy (squid): ${r.egressAllowedDomains.length} allowed domains (${r.egressAllowedDomains.slice(0, 6).join(', ')}${r.egressAllowedDomains.length > 6 ? ', ...' : ''})`);
    }
  } else {
    out.table(['WORKSPACE', 'TEMPLATE', 'SIZE', 'NODE', 'KIND', 'EGRESS', 'OWNER', 'VM ID'], view.workspaces.map((w) => [
      w.name, w.template, w.size, w.node, w.kind, w.egress, w.owner, r.vmIds.get(w.name) ?? 'next free',
    ]));
  }
  out.line();
  out.table(['RESOURCE TYPE', 'COUNT'], countTypes(r.resourceTypes).map(([t, n]) => [t, n]));
  out.line();
  out.line(`wrote ${r.files.map((f) => (f.includes(' ') ? f : shownPath(f))).join('\n      ')}`);
  out.line(`Next: ${r.next}`);
}

function kubernetesJson(k: KubernetesWorkspaceSummary | undefined): Record<string, unknown> {
  if (!k) return {};
  return { cores: k.cores, memoryMiB: k.memoryMiB, diskGiB: k.diskGiB, state: k.started ? 'running' : 'stopped', host: k.host, image: k.image };
}

function workspaceJson(w: LabWorkspaceView): Record<string, unknown> {
  return Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined));
}

// -------------------------------------------------------------------------------------------
// diagram

const diagram: Command = {
  name: 'diagram',
  summary: 'Draw a lab: people, access, workspaces, shared storage, network and egress (Mermaid or SVG)',
  description: `A picture of the lab file: the people (users and groups of the registry; in a large registry
the owners and one box for the rest), how they reach the workspaces (Session Manager, the web
gateway, SSH; on Proxmox SSH/remote desktop from access_cidrs; on Kubernetes virtctl ssh and
port-forward through the API server, and SSH from access_cidrs), every workspace (template, size,
owner, accounts), the shared storage (homes, project folders, scratch), the network (VPC and
endpoints, the Proxmox bridge, or the lab's namespace) and the egress path to the internet (on
Kubernetes through the lab's squid package proxy).

--format mermaid prints a Mermaid flowchart (paste it into Markdown: \`\`\`mermaid); --format svg
a standalone SVG drawn by rws itself (no browser or Mermaid CLI). Both are deterministic.`,
  args: [{ name: 'lab.yaml', help: 'the lab file' }],
  options: [
    { name: 'format', value: 'mermaid|svg', help: 'mermaid (default) or svg' },
    { name: 'out', value: 'file', help: 'write the diagram to this file instead of stdout' },
    BACKEND_OPTION,
  ],
  examples: ['rws lab diagram lab.yaml --format mermaid > docs/lab.mmd', 'rws lab diagram lab.yaml --format svg --out lab.svg'],
  exitCodes: '  0  the diagram was written\n  2  usage or input error: a missing or invalid lab file, an unknown format',
  async run(ctx, input) {
    const format = (input.str('format') ?? 'mermaid').toLowerCase();
    if (format !== 'mermaid' && format !== 'svg') throw new UsageError(`--format must be mermaid or svg (got "${input.str('format')}")`, ctx.commandName);
    const lab = await loadLabFile(ctx, input);
    const graph = buildLabDiagram(lab.view);
    const text = format === 'svg' ? toSvg(graph) : toMermaid(graph);
    const outFile = input.str('out');
    if (outFile !== undefined) {
      const file = path.resolve(ctx.cwd, outFile);
      prepareOutputFile(file, outFile);
      try {
        fs.writeFileSync(file, text);
      } catch (e) {
        throw outputFailure(e, outFile) ?? e;
      }
      if (!ctx.out.json) ctx.out.note(`wrote ${shownPath(file)} (${format}, ${graph.groups.reduce((n, g) => n + g.nodes.length, 0)} boxes, ${graph.edges.length} arrows)`);
    }
    if (ctx.out.json) {
      ctx.out.printJson({
        lab: lab.view.name,
        file: lab.view.file,
        backend: lab.view.backend,
        format,
        ...(outFile !== undefined ? { out: shownPath(path.resolve(ctx.cwd, outFile)) } : { diagram: text }),
        groups: graph.groups,
        edges: graph.edges,
      });
    } else if (outFile === undefined) {
      ctx.out.write(text);
    }
    return EXIT_OK;
  },
};

// -------------------------------------------------------------------------------------------
// cost

/** Default hours in a month (365 * 24 / 12). */
export const HOURS_PER_MONTH = 730;

const cost: Command = {
  name: 'cost',
  summary: 'Estimate the hourly and monthly cost of a lab per workspace, per owner and in all',
  description: `Prices every workspace of the lab file with WorkspaceSizing and the bundled on-demand price
table (its region and date are printed): per hour, per month running all the time (--hours-per-month,
default 730), and per month in business hours (--business-hours a day x --business-days a month,
default 8 x 22 = 176 h), which is what idle stop makes realistic: a workspace stops itself after its
template's idle minutes. Totals per owner and for the lab. Only instances are priced: storage,
NAT gateways, endpoints, load balancers and data transfer are not included. On Kubernetes and Proxmox
the prices are those of the equivalent EC2 instance types, for comparison.`,
  args: [{ name: 'lab.yaml', help: 'the lab file' }],
  options: [
    { name: 'hours-per-month', value: 'N', help: 'hours a month for the "always on" estimate (default 730)' },
    { name: 'business-hours', value: 'N', help: 'hours a day a workspace runs in the business-hours estimate (default 8)' },
    { name: 'business-days', value: 'N', help: 'days a month in the business-hours estimate (default 22)' },
    BACKEND_OPTION,
  ],
  examples: ['rws lab cost lab.yaml', 'rws lab cost lab.yaml --hours-per-month 360 --json'],
  exitCodes: '  0  the estimate was printed\n  2  usage or input error: a missing or invalid lab file, a bad number',
  async run(ctx, input) {
    const hours = input.int('hours-per-month') ?? HOURS_PER_MONTH;
    const perDay = input.int('business-hours') ?? 8;
    const days = input.int('business-days') ?? 22;
    if (hours < 1 || hours > 744) throw new UsageError(`--hours-per-month must be from 1 to 744 (got ${hours})`, ctx.commandName);
    if (perDay < 1 || perDay > 24) throw new UsageError(`--business-hours must be from 1 to 24 (got ${perDay})`, ctx.commandName);
    if (days < 1 || days > 31) throw new UsageError(`--business-days must be from 1 to 31 (got ${days})`, ctx.commandName);
    const lab = await loadLabFile(ctx, input);
    printCost(ctx, lab.view, hours, perDay, days);
    return EXIT_OK;
  },
};

interface CostLine {
  readonly hourly: number;
  readonly monthly: number;
  readonly businessMonthly: number;
}

function costOf(ws: LabWorkspaceView[], hours: number, business: number): CostLine {
  const hourly = totalHourly(ws);
  return { hourly, monthly: hourly * hours, businessMonthly: hourly * business };
}

function printCost(ctx: Context, view: LabView, hours: number, perDay: number, days: number): void {
  const out = ctx.out;
  const business = perDay * days;
  const priced = view.workspaces.filter((w) => w.hourlyCost !== undefined);
  const unpriced = view.workspaces.filter((w) => w.hourlyCost === undefined);
  // SageMaker Studio apps (one per user profile, and the shared spaces) count towards owners and the total.
  const notebooks = view.notebooks ?? [];
  const nbHourly = (list: typeof notebooks) => list.reduce((a, n) => a + (n.hourlyCost ?? 0), 0);
  const withNotebooks = (line: CostLine, list: typeof notebooks): CostLine => {
    const h = nbHourly(list);
    return { hourly: line.hourly + h, monthly: line.monthly + h * hours, businessMonthly: line.businessMonthly + h * business };
  };
  const owners = [...new Set([...view.workspaces.map((w) => w.owner ?? '(no owner)'), ...notebooks.map((n) => n.owner)])].sort();
  const byOwner = owners.map((o) => {
    const ws = view.workspaces.filter((w) => (w.owner ?? '(no owner)') === o);
    return { owner: o, workspaces: ws.length, ...withNotebooks(costOf(ws, hours, business), notebooks.filter((n) => n.owner === o)) };
  });
  const total = withNotebooks(costOf(view.workspaces, hours, business), notebooks);
  const notes: string[] = [];
  const ec2Equivalent = view.backend !== 'aws';
  if (view.backend === 'proxmox') notes.push('Proxmox VE runs on your own hardware: these are the on-demand prices of the equivalent EC2 instance types (same vCPUs and memory), for comparison only.');
  if (view.backend === 'kubernetes') notes.push('KubeVirt runs on your own Kubernetes cluster: these are the on-demand prices of the equivalent EC2 instance types (same vCPUs and memory), for comparison only.');
  if (view.region && view.region !== view.prices.region) {
    notes.push(`the lab is in ${view.region}; the table's prices are ${view.prices.region}'s (other regions commonly cost 0-25% more).`);
  }
  if (view.workspaces.some((w) => w.spot)) notes.push('spot workspaces are priced on demand here; spot capacity usually costs less.');
  if (unpriced.length) notes.push(`no price for ${unpriced.map((w) => `${w.name} (${w.instanceType})`).join(', ')}: left out of the totals.`);
  if (view.slurmNote) notes.push(view.slurmNote);
  if (notebooks.length) {
    notes.push(`SageMaker Studio: one app per user profile on its default type and every shared space, priced with the bundled notebook prices (${Notebooks.PRICES_REGION}, ${Notebooks.PRICES_DATE}); `
      + `SageMaker shuts an app down after ${notebooks[0].idleStopMinutes} idle minutes. Apps' storage volumes are not included.`);
    const np = notebooks.filter((n) => n.hourlyCost === undefined);
    if (np.length) notes.push(`no notebook price for ${np.map((n) => `${n.name} (${n.instanceType})`).join(', ')}: left out of the totals.`);
  }
  const idle = [...new Set(view.workspaces.map((w) => w.idleStopMinutes).filter((m): m is number => m !== undefined))].sort((a, b) => a - b);
  const idleText = idle.length ? `idle stop is on (after ${idle.join(' or ')} idle minutes${view.workspaces.some((w) => w.idleStopMinutes === undefined) ? '; off for some workspaces' : ''})` : 'idle stop is off for every workspace';
  notes.push(`business hours: ${perDay} h x ${days} days = ${business} h a month; ${idleText}, so a workspace nobody uses stops by itself.`);
  notes.push(view.backend === 'aws'
    ? 'only instances are priced: EFS storage, NAT gateways, VPC endpoints, the load balancer, backups and data transfer are not included.'
    : view.backend === 'kubernetes' ? 'only the machines are priced: root volumes, the NFS share, the package proxy and the network are not included.'
      : 'only the machines are priced: storage and network are not included.');

  if (out.json) {
    out.printJson({
      lab: view.name,
      file: view.file,
      backend: view.backend,
      ...(view.region ? { region: view.region } : {}),
      basis: ec2Equivalent ? 'ec2-equivalent' : 'on-demand',
      prices: view.prices,
      hoursPerMonth: hours,
      businessHoursPerMonth: business,
      workspaces: view.workspaces.map((w) => ({
        name: w.name,
        owner: w.owner,
        project: w.project,
        template: w.template,
        size: w.size,
        architecture: w.architecture,
        instanceType: w.instanceType,
        hourlyCost: w.hourlyCost,
        monthlyCost: w.hourlyCost === undefined ? undefined : w.hourlyCost * hours,
        businessMonthlyCost: w.hourlyCost === undefined ? undefined : w.hourlyCost * business,
        costSource: w.costSource,
        spot: w.spot,
        idleStopMinutes: w.idleStopMinutes,
      })),
      notebooks: notebooks.map((n) => ({
        ...n,
        monthlyCost: n.hourlyCost === undefined ? undefined : n.hourlyCost * hours,
        businessMonthlyCost: n.hourlyCost === undefined ? undefined : n.hourlyCost * business,
      })),
      owners: byOwner.map((o) => ({
        owner: o.owner,
        workspaces: o.workspaces,
        hourlyCost: o.hourly,
        monthlyCost: o.monthly,
        businessMonthlyCost: o.businessMonthly,
      })),
      total: {
        workspaces: view.workspaces.length,
        priced: priced.length,
        hourlyCost: total.hourly,
        monthlyCost: total.monthly,
        businessMonthlyCost: total.businessMonthly,
      },
      notes,
    });
    return;
  }
  const monthHead = `$/MONTH (${hours} H)`;
  const businessHead = `$/MONTH (BUSINESS ${business} H)`;
  const basis = `${ec2Equivalent ? 'EC2-equivalent ' : ''}prices: ${view.prices.description}`;
  out.heading(`lab ${view.name} (${view.file}): ${view.workspaces.length} workspaces, ${basis}`);
  out.line();
  out.table(['WORKSPACE', 'OWNER', 'TEMPLATE', 'SIZE', 'INSTANCE', '$/HOUR', monthHead, businessHead, 'IDLE STOP'], view.workspaces.map((w) => [
    w.name, w.owner, w.template, w.size, w.instanceType, money(w.hourlyCost, 4),
    money(w.hourlyCost === undefined ? undefined : w.hourlyCost * hours, 2),
    money(w.hourlyCost === undefined ? undefined : w.hourlyCost * business, 2),
    w.idleStopMinutes === undefined ? 'off' : `${w.idleStopMinutes} min`,
  ]), ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r']);
  if (notebooks.length) {
    out.line();
    out.heading('SageMaker Studio');
    out.table(['APP', 'KIND', 'OWNER', 'INSTANCE', '$/HOUR', monthHead, businessHead, 'IDLE STOP'], notebooks.map((n) => [
      n.name, n.kind === 'space' ? `space (${n.project})` : 'user profile', n.owner, n.instanceType, money(n.hourlyCost, 4),
      money(n.hourlyCost === undefined ? undefined : n.hourlyCost * hours, 2),
      money(n.hourlyCost === undefined ? undefined : n.hourlyCost * business, 2),
      `${n.idleStopMinutes} min`,
    ]), ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r']);
  }
  out.line();
  out.heading('Per owner');
  out.table(['OWNER', 'WORKSPACES', '$/HOUR', monthHead, businessHead], byOwner.map((o) => [
    o.owner, o.workspaces, money(o.hourly, 4), money(o.monthly, 2), money(o.businessMonthly, 2),
  ]));
  out.line();
  out.line(`Lab total: ${money(total.hourly, 4)} an hour with every workspace running; ${money(total.monthly, 2)} a month at ${hours} h; `
    + `${money(total.businessMonthly, 2)} a month in business hours (${business} h).`);
  out.line();
  out.line('Notes:');
  for (const n of notes) out.line(`  - ${n}`);
}

export const labGroup: CommandGroup = {
  name: 'lab',
  summary: 'Synthesize, draw, price and audit a lab from its declarative file, and plan its image upgrades',
  description: `A lab file declares a whole lab. AWS: LabStack's lab.yaml (name, region, egress, vpc, templates,
registry, policy, storage, web, workspaces; see docs/aws.md). Proxmox: the same idea with cluster:
(nodes, datastores, bridge), storage: (an NFS export), proxy:, access_cidrs: and a node: per
workspace. Kubernetes (KubeVirt): kubernetes: (namespace, kubeconfig, storage class, GPU device),
egress:, storage: (an NFS export), access_cidrs: and workspaces with an optional image: (see
docs/cli.md).`,
  commands: [synth, diagram, cost, labAuditCommand({ loadLabFile, synthLoadedLab, stackNameOf }), planUpgradeCommand],
};
