"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.labGroup = exports.HOURS_PER_MONTH = void 0;
exports.loadLabFile = loadLabFile;
exports.stackNameOf = stackNameOf;
exports.synthLoadedLab = synthLoadedLab;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const audit_1 = require("./audit");
const command_1 = require("./command");
const lab_diagram_1 = require("./lab-diagram");
const lab_plan_upgrade_1 = require("./lab-plan-upgrade");
const out_path_1 = require("./out-path");
const permit_synth_1 = require("./permit-synth");
const sources_1 = require("./sources");
const manifest_1 = require("../constructs/terraform/manifest");
const error_1 = require("../workspaces/private/error");
const studio_1 = require("../workspaces/studio");
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
async function loadLabFile(ctx, input) {
    const file = (0, sources_1.userPath)(ctx, input.args[0]);
    if (!fs.existsSync(file))
        throw new command_1.CliInputError(`${file}: the lab file does not exist`);
    const { labBackend, loadLab } = await import('./lab-view.js');
    const { backend, source } = labBackend(file, input.str('backend'), ctx.commandName);
    ctx.out.progress(`reading ${file} (${backend})...`);
    let lab;
    try {
        lab = await loadLab(file, backend, source);
    }
    finally {
        ctx.out.progressDone();
    }
    for (const w of lab.view.warnings)
        ctx.out.warn(w);
    return lab;
}
function money(n, digits) {
    return n === undefined ? undefined : `$${n.toFixed(digits)}`;
}
async function synthAws(lab, outdir, stackName) {
    const { App, NestedStack, Stack } = await import('aws-cdk-lib');
    const { LabStack } = await import('../stacks/aws/lab-stack.js');
    const app = new App({ outdir });
    const stack = new LabStack(app, stackName, { definition: lab.definition });
    const assembly = app.synth();
    const artifact = assembly.getStackArtifact(stack.artifactId);
    const { warnings, errors } = (0, permit_synth_1.stackMessages)(artifact);
    if (errors.length)
        throw new command_1.CliInputError(`synthesis of ${stackName} reported ${errors.length} error${errors.length > 1 ? 's' : ''} (cdk deploy would refuse it):\n  ${errors.join('\n  ')}`);
    const nested = stack.node.findAll().filter((c) => NestedStack.isNestedStack(c));
    const stacks = [];
    const types = [];
    const workspaceStack = new Map();
    for (const w of stack.workspaces)
        workspaceStack.set(w.workspaceName, Stack.of(w) === stack ? stackName : Stack.of(w).node.id);
    for (const s of [stack, ...nested]) {
        const file = path.join(outdir, s.templateFile);
        const text = fs.readFileSync(file, 'utf8');
        const resources = Object.values(JSON.parse(text).Resources ?? {});
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
        next: `npx cdk deploy --app ${(0, sources_1.shownPath)(outdir)} ${stackName}  (with the deploying role's credentials)`,
        workspaceStack,
        vmIds: new Map(),
    };
}
/**
 * What `rws lab synth` reports for a synthesized Terraform lab stack (one stack holding every
 * workspace): its file and size, one resource type per resource, and the next command (`next`
 * gets the stack folder as shown).
 */
function terraformLabResult(outdir, stackName, workspaces, next) {
    const stackDir = path.join(outdir, 'stacks', stackName);
    const file = path.join(stackDir, 'cdk.tf.json');
    const text = fs.readFileSync(file, 'utf8');
    const types = [];
    for (const [type, byName] of Object.entries(JSON.parse(text).resource ?? {})) {
        types.push(...Object.keys(byName).map(() => type));
    }
    return {
        stacks: [{ name: stackName, file, resources: types.length, workspaces: workspaces.length, templateBytes: Buffer.byteLength(text, 'utf8') }],
        resourceTypes: types,
        files: [file],
        warnings: (0, manifest_1.terraformStackWarnings)(outdir, stackName),
        next: next((0, sources_1.shownPath)(stackDir)),
        workspaceStack: new Map(workspaces.map((w) => [w, stackName])),
    };
}
async function synthProxmox(lab, outdir, stackName) {
    const { App } = await import('../constructs/terraform/cdktf.js');
    const { ProxmoxLabStack } = await import('../stacks/proxmox/proxmox-lab-stack.js');
    fs.mkdirSync(outdir, { recursive: true });
    const app = new App({ outdir, skipValidation: false });
    const stack = new ProxmoxLabStack(app, stackName, lab.proxmox.props);
    app.synth();
    const vmIds = new Map();
    for (const w of stack.workspaces) {
        const id = lab.proxmox.props.workspaces.find((x) => x.name === w.workspaceName)?.vmId;
        if (id !== undefined)
            vmIds.set(w.workspaceName, id);
    }
    return {
        ...terraformLabResult(outdir, stackName, stack.workspaces.map((w) => w.workspaceName), (dir) => `terraform -chdir=${dir} init && TF_VAR_proxmox_api_token=... terraform -chdir=${dir} apply`),
        vmIds,
    };
}
async function synthKubernetes(lab, outdir, stackName) {
    const { App } = await import('../constructs/terraform/cdktf.js');
    const { KubernetesLabStack } = await import('../stacks/kubernetes/kubernetes-lab-stack.js');
    fs.mkdirSync(outdir, { recursive: true });
    const app = new App({ outdir, skipValidation: false });
    const stack = new KubernetesLabStack(app, stackName, lab.kubernetes.props);
    app.synth();
    return {
        ...terraformLabResult(outdir, stackName, stack.workspaces.map((w) => w.workspaceName), (dir) => `terraform -chdir=${dir} init && terraform -chdir=${dir} apply  (kubeconfig: -var kube_config_path=... -var kube_context=... to change the defaults)`),
        vmIds: new Map(),
        kubernetes: new Map(stack.workspaces.map((w) => [w.workspaceName, {
                cores: w.cores, memoryMiB: w.memoryMiB, diskGiB: w.diskGiB, started: w.started, host: w.host, image: w.image.url,
            }])),
        namespace: stack.namespace,
        egressAllowedDomains: stack.egressAllowedDomains,
    };
}
/** A stack name from a lab name: letters, digits and dashes, starting with a letter. */
function stackNameOf(labName) {
    const s = labName.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
    return /^[A-Za-z]/.test(s) ? s : `lab-${s}`;
}
/** Synthesizes a loaded lab into `outdir` with its backend's stack (used by `rws lab audit`). */
async function synthLoadedLab(lab, outdir, stackName) {
    const view = lab.view;
    const r = await (view.backend === 'aws' ? synthAws(lab, outdir, stackName)
        : view.backend === 'kubernetes' ? synthKubernetes(lab, outdir, stackName) : synthProxmox(lab, outdir, stackName));
    return { warnings: r.warnings };
}
const synth = {
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
        if (outText === undefined)
            throw new command_1.UsageError('--out <dir> is required (e.g. --out cdk.out)', ctx.commandName);
        const lab = await loadLabFile(ctx, input);
        const view = lab.view;
        const stackName = input.str('stack') ?? stackNameOf(view.name);
        if (!/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackName)) {
            throw new command_1.UsageError(`--stack must start with a letter and hold letters, digits and "-" (got "${stackName}")`, ctx.commandName);
        }
        const outdir = path.resolve(ctx.cwd, outText);
        ctx.out.progress(`synthesizing ${stackName}: ${view.workspaces.length} workspaces (${view.backend})...`);
        let result;
        try {
            result = await (0, permit_synth_1.synthInto)(outdir, () => (0, permit_synth_1.withConsoleOnStderr)(ctx, () => (view.backend === 'aws' ? synthAws(lab, outdir, stackName)
                : view.backend === 'kubernetes' ? synthKubernetes(lab, outdir, stackName) : synthProxmox(lab, outdir, stackName))), outText);
        }
        catch (e) {
            if (error_1.WorkspaceInputError.isWorkspaceInputError(e)) {
                const { locateLabError } = await import('./lab-view.js');
                throw locateLabError(e, lab);
            }
            throw e;
        }
        finally {
            ctx.out.progressDone();
        }
        for (const w of result.warnings)
            ctx.out.warn(w);
        printSynth(ctx, view, stackName, result);
        return command_1.EXIT_OK;
    },
};
function totalHourly(ws) {
    return ws.reduce((sum, w) => sum + (w.hourlyCost ?? 0), 0);
}
function printSynth(ctx, view, stackName, r) {
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
            stacks: r.stacks.map((s) => ({ ...s, file: (0, sources_1.shownPath)(s.file) })),
            resourceCount: resources,
            resourceTypes: Object.fromEntries((0, permit_synth_1.countTypes)(r.resourceTypes)),
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
            files: r.files.map((f) => (f.includes(' ') ? f : (0, sources_1.shownPath)(f))),
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
    }
    else if (view.backend === 'kubernetes') {
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
    }
    else {
        out.table(['WORKSPACE', 'TEMPLATE', 'SIZE', 'NODE', 'KIND', 'EGRESS', 'OWNER', 'VM ID'], view.workspaces.map((w) => [
            w.name, w.template, w.size, w.node, w.kind, w.egress, w.owner, r.vmIds.get(w.name) ?? 'next free',
        ]));
    }
    out.line();
    out.table(['RESOURCE TYPE', 'COUNT'], (0, permit_synth_1.countTypes)(r.resourceTypes).map(([t, n]) => [t, n]));
    out.line();
    out.line(`wrote ${r.files.map((f) => (f.includes(' ') ? f : (0, sources_1.shownPath)(f))).join('\n      ')}`);
    out.line(`Next: ${r.next}`);
}
function kubernetesJson(k) {
    if (!k)
        return {};
    return { cores: k.cores, memoryMiB: k.memoryMiB, diskGiB: k.diskGiB, state: k.started ? 'running' : 'stopped', host: k.host, image: k.image };
}
function workspaceJson(w) {
    return Object.fromEntries(Object.entries(w).filter(([, v]) => v !== undefined));
}
// -------------------------------------------------------------------------------------------
// diagram
const diagram = {
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
        if (format !== 'mermaid' && format !== 'svg')
            throw new command_1.UsageError(`--format must be mermaid or svg (got "${input.str('format')}")`, ctx.commandName);
        const lab = await loadLabFile(ctx, input);
        const graph = (0, lab_diagram_1.buildLabDiagram)(lab.view);
        const text = format === 'svg' ? (0, lab_diagram_1.toSvg)(graph) : (0, lab_diagram_1.toMermaid)(graph);
        const outFile = input.str('out');
        if (outFile !== undefined) {
            const file = path.resolve(ctx.cwd, outFile);
            (0, out_path_1.prepareOutputFile)(file, outFile);
            try {
                fs.writeFileSync(file, text);
            }
            catch (e) {
                throw (0, out_path_1.outputFailure)(e, outFile) ?? e;
            }
            if (!ctx.out.json)
                ctx.out.note(`wrote ${(0, sources_1.shownPath)(file)} (${format}, ${graph.groups.reduce((n, g) => n + g.nodes.length, 0)} boxes, ${graph.edges.length} arrows)`);
        }
        if (ctx.out.json) {
            ctx.out.printJson({
                lab: lab.view.name,
                file: lab.view.file,
                backend: lab.view.backend,
                format,
                ...(outFile !== undefined ? { out: (0, sources_1.shownPath)(path.resolve(ctx.cwd, outFile)) } : { diagram: text }),
                groups: graph.groups,
                edges: graph.edges,
            });
        }
        else if (outFile === undefined) {
            ctx.out.write(text);
        }
        return command_1.EXIT_OK;
    },
};
// -------------------------------------------------------------------------------------------
// cost
/** Default hours in a month (365 * 24 / 12). */
exports.HOURS_PER_MONTH = 730;
const cost = {
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
        const hours = input.int('hours-per-month') ?? exports.HOURS_PER_MONTH;
        const perDay = input.int('business-hours') ?? 8;
        const days = input.int('business-days') ?? 22;
        if (hours < 1 || hours > 744)
            throw new command_1.UsageError(`--hours-per-month must be from 1 to 744 (got ${hours})`, ctx.commandName);
        if (perDay < 1 || perDay > 24)
            throw new command_1.UsageError(`--business-hours must be from 1 to 24 (got ${perDay})`, ctx.commandName);
        if (days < 1 || days > 31)
            throw new command_1.UsageError(`--business-days must be from 1 to 31 (got ${days})`, ctx.commandName);
        const lab = await loadLabFile(ctx, input);
        printCost(ctx, lab.view, hours, perDay, days);
        return command_1.EXIT_OK;
    },
};
function costOf(ws, hours, business) {
    const hourly = totalHourly(ws);
    return { hourly, monthly: hourly * hours, businessMonthly: hourly * business };
}
function printCost(ctx, view, hours, perDay, days) {
    const out = ctx.out;
    const business = perDay * days;
    const priced = view.workspaces.filter((w) => w.hourlyCost !== undefined);
    const unpriced = view.workspaces.filter((w) => w.hourlyCost === undefined);
    // SageMaker Studio apps (one per user profile, and the shared spaces) count towards owners and the total.
    const notebooks = view.notebooks ?? [];
    const nbHourly = (list) => list.reduce((a, n) => a + (n.hourlyCost ?? 0), 0);
    const withNotebooks = (line, list) => {
        const h = nbHourly(list);
        return { hourly: line.hourly + h, monthly: line.monthly + h * hours, businessMonthly: line.businessMonthly + h * business };
    };
    const owners = [...new Set([...view.workspaces.map((w) => w.owner ?? '(no owner)'), ...notebooks.map((n) => n.owner)])].sort();
    const byOwner = owners.map((o) => {
        const ws = view.workspaces.filter((w) => (w.owner ?? '(no owner)') === o);
        return { owner: o, workspaces: ws.length, ...withNotebooks(costOf(ws, hours, business), notebooks.filter((n) => n.owner === o)) };
    });
    const total = withNotebooks(costOf(view.workspaces, hours, business), notebooks);
    const notes = [];
    const ec2Equivalent = view.backend !== 'aws';
    if (view.backend === 'proxmox')
        notes.push('Proxmox VE runs on your own hardware: these are the on-demand prices of the equivalent EC2 instance types (same vCPUs and memory), for comparison only.');
    if (view.backend === 'kubernetes')
        notes.push('KubeVirt runs on your own Kubernetes cluster: these are the on-demand prices of the equivalent EC2 instance types (same vCPUs and memory), for comparison only.');
    if (view.region && view.region !== view.prices.region) {
        notes.push(`the lab is in ${view.region}; the table's prices are ${view.prices.region}'s (other regions commonly cost 0-25% more).`);
    }
    if (view.workspaces.some((w) => w.spot))
        notes.push('spot workspaces are priced on demand here; spot capacity usually costs less.');
    if (unpriced.length)
        notes.push(`no price for ${unpriced.map((w) => `${w.name} (${w.instanceType})`).join(', ')}: left out of the totals.`);
    if (view.slurmNote)
        notes.push(view.slurmNote);
    if (notebooks.length) {
        notes.push(`SageMaker Studio: one app per user profile on its default type and every shared space, priced with the bundled notebook prices (${studio_1.Notebooks.PRICES_REGION}, ${studio_1.Notebooks.PRICES_DATE}); `
            + `SageMaker shuts an app down after ${notebooks[0].idleStopMinutes} idle minutes. Apps' storage volumes are not included.`);
        const np = notebooks.filter((n) => n.hourlyCost === undefined);
        if (np.length)
            notes.push(`no notebook price for ${np.map((n) => `${n.name} (${n.instanceType})`).join(', ')}: left out of the totals.`);
    }
    const idle = [...new Set(view.workspaces.map((w) => w.idleStopMinutes).filter((m) => m !== undefined))].sort((a, b) => a - b);
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
    for (const n of notes)
        out.line(`  - ${n}`);
}
exports.labGroup = {
    name: 'lab',
    summary: 'Synthesize, draw, price and audit a lab from its declarative file, and plan its image upgrades',
    description: `A lab file declares a whole lab. AWS: LabStack's lab.yaml (name, region, egress, vpc, templates,
registry, policy, storage, web, workspaces; see docs/aws.md). Proxmox: the same idea with cluster:
(nodes, datastores, bridge), storage: (an NFS export), proxy:, access_cidrs: and a node: per
workspace. Kubernetes (KubeVirt): kubernetes: (namespace, kubeconfig, storage class, GPU device),
egress:, storage: (an NFS export), access_cidrs: and workspaces with an optional image: (see
docs/cli.md).`,
    commands: [synth, diagram, cost, (0, audit_1.labAuditCommand)({ loadLabFile, synthLoadedLab, stackNameOf }), lab_plan_upgrade_1.planUpgradeCommand],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9sYWIudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBNkJBLGtDQWNDO0FBa0pELGtDQUdDO0FBR0Qsd0NBS0M7QUF4TUQsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3QixtQ0FBMEM7QUFDMUMsdUNBQXNHO0FBQ3RHLCtDQUFrRTtBQUNsRSx5REFBd0Q7QUFFeEQseUNBQThEO0FBQzlELGlEQUEyRjtBQUMzRix1Q0FBZ0Q7QUFDaEQsK0RBQTBFO0FBQzFFLHVEQUFrRTtBQUNsRSxpREFBaUQ7QUFFakQ7Ozs7OztHQU1HO0FBRUgsTUFBTSxjQUFjLEdBQUc7SUFDckIsSUFBSSxFQUFFLFNBQVM7SUFDZixLQUFLLEVBQUUsTUFBTTtJQUNiLElBQUksRUFBRSx3SEFBd0g7Q0FDL0gsQ0FBQztBQUVGLHFEQUFxRDtBQUM5QyxLQUFLLFVBQVUsV0FBVyxDQUFDLEdBQVksRUFBRSxLQUFZO0lBQzFELE1BQU0sSUFBSSxHQUFHLElBQUEsa0JBQVEsRUFBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzFDLElBQUksQ0FBQyxFQUFFLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQztRQUFFLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsSUFBSSwrQkFBK0IsQ0FBQyxDQUFDO0lBQzFGLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTyxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsZUFBZSxDQUFDLENBQUM7SUFDOUQsTUFBTSxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsR0FBRyxVQUFVLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQ3BGLEdBQUcsQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLFdBQVcsSUFBSSxLQUFLLE9BQU8sTUFBTSxDQUFDLENBQUM7SUFDcEQsSUFBSSxHQUFjLENBQUM7SUFDbkIsSUFBSSxDQUFDO1FBQ0gsR0FBRyxHQUFHLE1BQU0sT0FBTyxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDN0MsQ0FBQztZQUFTLENBQUM7UUFDVCxHQUFHLENBQUMsR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO0lBQ3pCLENBQUM7SUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsUUFBUTtRQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25ELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELFNBQVMsS0FBSyxDQUFDLENBQXFCLEVBQUUsTUFBYztJQUNsRCxPQUFPLENBQUMsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7QUFDL0QsQ0FBQztBQXlDRCxLQUFLLFVBQVUsUUFBUSxDQUFDLEdBQWMsRUFBRSxNQUFjLEVBQUUsU0FBaUI7SUFDdkUsTUFBTSxFQUFFLEdBQUcsRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsYUFBYSxDQUFDLENBQUM7SUFDaEUsTUFBTSxFQUFFLFFBQVEsRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLDRCQUE0QixDQUFDLENBQUM7SUFDaEUsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0lBQ2hDLE1BQU0sS0FBSyxHQUFHLElBQUksUUFBUSxDQUFDLEdBQUcsRUFBRSxTQUFTLEVBQUUsRUFBRSxVQUFVLEVBQUUsR0FBRyxDQUFDLFVBQVcsRUFBRSxDQUFDLENBQUM7SUFDNUUsTUFBTSxRQUFRLEdBQUcsR0FBRyxDQUFDLEtBQUssRUFBRSxDQUFDO0lBQzdCLE1BQU0sUUFBUSxHQUFHLFFBQVEsQ0FBQyxnQkFBZ0IsQ0FBQyxLQUFLLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDN0QsTUFBTSxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsR0FBRyxJQUFBLDRCQUFhLEVBQUMsUUFBUSxDQUFDLENBQUM7SUFDckQsSUFBSSxNQUFNLENBQUMsTUFBTTtRQUFFLE1BQU0sSUFBSSx1QkFBYSxDQUFDLGdCQUFnQixTQUFTLGFBQWEsTUFBTSxDQUFDLE1BQU0sU0FBUyxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLHFDQUFxQyxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMvTCxNQUFNLE1BQU0sR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBeUMsRUFBRSxDQUFDLFdBQVcsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN2SCxNQUFNLE1BQU0sR0FBbUIsRUFBRSxDQUFDO0lBQ2xDLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztJQUMzQixNQUFNLGNBQWMsR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUNqRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssQ0FBQyxVQUFVO1FBQUUsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsYUFBYSxFQUFFLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQy9ILEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFtQyxFQUFFLEdBQUcsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUNqRSxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsWUFBWSxDQUFDLENBQUM7UUFDL0MsTUFBTSxJQUFJLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDM0MsTUFBTSxTQUFTLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBTSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLFNBQVMsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUN2RSxLQUFLLENBQUMsSUFBSSxDQUFDLEdBQUcsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDcEQsTUFBTSxDQUFDLElBQUksQ0FBQztZQUNWLElBQUksRUFBRSxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRTtZQUN6QyxJQUFJO1lBQ0osU0FBUyxFQUFFLFNBQVMsQ0FBQyxNQUFNO1lBQzNCLFVBQVUsRUFBRSxLQUFLLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxNQUFNO1lBQ3BFLGFBQWEsRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUM7U0FDL0MsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUNELE9BQU87UUFDTCxNQUFNO1FBQ04sYUFBYSxFQUFFLEtBQUs7UUFDcEIsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLFlBQVksQ0FBQyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsTUFBTSxDQUFDLE1BQU0sd0JBQXdCLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQy9ILFFBQVE7UUFDUixJQUFJLEVBQUUsd0JBQXdCLElBQUEsbUJBQVMsRUFBQyxNQUFNLENBQUMsSUFBSSxTQUFTLDJDQUEyQztRQUN2RyxjQUFjO1FBQ2QsS0FBSyxFQUFFLElBQUksR0FBRyxFQUFFO0tBQ2pCLENBQUM7QUFDSixDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQVMsa0JBQWtCLENBQUMsTUFBYyxFQUFFLFNBQWlCLEVBQUUsVUFBb0IsRUFBRSxJQUE2QjtJQUVoSCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsU0FBUyxDQUFDLENBQUM7SUFDeEQsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsYUFBYSxDQUFDLENBQUM7SUFDaEQsTUFBTSxJQUFJLEdBQUcsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUM7SUFDM0MsTUFBTSxLQUFLLEdBQWEsRUFBRSxDQUFDO0lBQzNCLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUEwQixJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDO1FBQ3RHLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ3JELENBQUM7SUFDRCxPQUFPO1FBQ0wsTUFBTSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxVQUFVLEVBQUUsVUFBVSxDQUFDLE1BQU0sRUFBRSxhQUFhLEVBQUUsTUFBTSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUMzSSxhQUFhLEVBQUUsS0FBSztRQUNwQixLQUFLLEVBQUUsQ0FBQyxJQUFJLENBQUM7UUFDYixRQUFRLEVBQUUsSUFBQSxpQ0FBc0IsRUFBQyxNQUFNLEVBQUUsU0FBUyxDQUFDO1FBQ25ELElBQUksRUFBRSxJQUFJLENBQUMsSUFBQSxtQkFBUyxFQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQy9CLGNBQWMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDO0tBQy9ELENBQUM7QUFDSixDQUFDO0FBRUQsS0FBSyxVQUFVLFlBQVksQ0FBQyxHQUFjLEVBQUUsTUFBYyxFQUFFLFNBQWlCO0lBQzNFLE1BQU0sRUFBRSxHQUFHLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxrQ0FBa0MsQ0FBQyxDQUFDO0lBQ2pFLE1BQU0sRUFBRSxlQUFlLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyx3Q0FBd0MsQ0FBQyxDQUFDO0lBQ25GLEVBQUUsQ0FBQyxTQUFTLENBQUMsTUFBTSxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7SUFDMUMsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsRUFBRSxNQUFNLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDdkQsTUFBTSxLQUFLLEdBQUcsSUFBSSxlQUFlLENBQUMsR0FBRyxFQUFFLFNBQVMsRUFBRSxHQUFHLENBQUMsT0FBUSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ3RFLEdBQUcsQ0FBQyxLQUFLLEVBQUUsQ0FBQztJQUNaLE1BQU0sS0FBSyxHQUFHLElBQUksR0FBRyxFQUFrQixDQUFDO0lBQ3hDLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSyxDQUFDLFVBQVUsRUFBRSxDQUFDO1FBQ2pDLE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxPQUFRLENBQUMsS0FBSyxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLGFBQWEsQ0FBQyxFQUFFLElBQUksQ0FBQztRQUN2RixJQUFJLEVBQUUsS0FBSyxTQUFTO1lBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsYUFBYSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZELENBQUM7SUFDRCxPQUFPO1FBQ0wsR0FBRyxrQkFBa0IsQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLEVBQ25GLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxvQkFBb0IsR0FBRywwREFBMEQsR0FBRyxRQUFRLENBQUM7UUFDeEcsS0FBSztLQUNOLENBQUM7QUFDSixDQUFDO0FBRUQsS0FBSyxVQUFVLGVBQWUsQ0FBQyxHQUFjLEVBQUUsTUFBYyxFQUFFLFNBQWlCO0lBQzlFLE1BQU0sRUFBRSxHQUFHLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxrQ0FBa0MsQ0FBQyxDQUFDO0lBQ2pFLE1BQU0sRUFBRSxrQkFBa0IsRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLDhDQUE4QyxDQUFDLENBQUM7SUFDNUYsRUFBRSxDQUFDLFNBQVMsQ0FBQyxNQUFNLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUMxQyxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxFQUFFLE1BQU0sRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUN2RCxNQUFNLEtBQUssR0FBRyxJQUFJLGtCQUFrQixDQUFDLEdBQUcsRUFBRSxTQUFTLEVBQUUsR0FBRyxDQUFDLFVBQVcsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUM1RSxHQUFHLENBQUMsS0FBSyxFQUFFLENBQUM7SUFDWixPQUFPO1FBQ0wsR0FBRyxrQkFBa0IsQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLEVBQ25GLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxvQkFBb0IsR0FBRyw2QkFBNkIsR0FBRyw4RkFBOEYsQ0FBQztRQUNqSyxLQUFLLEVBQUUsSUFBSSxHQUFHLEVBQUU7UUFDaEIsVUFBVSxFQUFFLElBQUksR0FBRyxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxhQUFhLEVBQUU7Z0JBQ2hFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUc7YUFDakgsQ0FBQyxDQUFDLENBQUM7UUFDSixTQUFTLEVBQUUsS0FBSyxDQUFDLFNBQVM7UUFDMUIsb0JBQW9CLEVBQUUsS0FBSyxDQUFDLG9CQUFvQjtLQUNqRCxDQUFDO0FBQ0osQ0FBQztBQUVELHdGQUF3RjtBQUN4RixTQUFnQixXQUFXLENBQUMsT0FBZTtJQUN6QyxNQUFNLENBQUMsR0FBRyxPQUFPLENBQUMsT0FBTyxDQUFDLGlCQUFpQixFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDMUUsT0FBTyxXQUFXLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7QUFDOUMsQ0FBQztBQUVELGlHQUFpRztBQUMxRixLQUFLLFVBQVUsY0FBYyxDQUFDLEdBQWMsRUFBRSxNQUFjLEVBQUUsU0FBaUI7SUFDcEYsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQztJQUN0QixNQUFNLENBQUMsR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxFQUFFLFNBQVMsQ0FBQztRQUN4RSxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQyxHQUFHLEVBQUUsTUFBTSxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDO0lBQ3BILE9BQU8sRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDO0FBQ2xDLENBQUM7QUFFRCxNQUFNLEtBQUssR0FBWTtJQUNyQixJQUFJLEVBQUUsT0FBTztJQUNiLE9BQU8sRUFBRSx5RkFBeUY7SUFDbEcsV0FBVyxFQUFFOzs7Ozs7O2tFQU9tRDtJQUNoRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLDhHQUE4RyxFQUFFLENBQUM7SUFDbEosT0FBTyxFQUFFO1FBQ1AsY0FBYztRQUNkLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSwwQkFBMEIsRUFBRTtRQUMvRCxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsdURBQXVELEVBQUU7S0FDaEc7SUFDRCxRQUFRLEVBQUU7UUFDUixzQ0FBc0M7UUFDdEMseUVBQXlFO1FBQ3pFLGdFQUFnRTtLQUNqRTtJQUNELFNBQVMsRUFBRSxnTkFBZ047SUFDM04sS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNsQixNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ2pDLElBQUksT0FBTyxLQUFLLFNBQVM7WUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyw4Q0FBOEMsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDakgsTUFBTSxHQUFHLEdBQUcsTUFBTSxXQUFXLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQzFDLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUM7UUFDdEIsTUFBTSxTQUFTLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxPQUFPLENBQUMsSUFBSSxXQUFXLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQy9ELElBQUksQ0FBQywrQkFBK0IsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNyRCxNQUFNLElBQUksb0JBQVUsQ0FBQywyRUFBMkUsU0FBUyxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ2xJLENBQUM7UUFDRCxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDOUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsZ0JBQWdCLFNBQVMsS0FBSyxJQUFJLENBQUMsVUFBVSxDQUFDLE1BQU0sZ0JBQWdCLElBQUksQ0FBQyxPQUFPLE1BQU0sQ0FBQyxDQUFDO1FBQ3pHLElBQUksTUFBc0IsQ0FBQztRQUMzQixJQUFJLENBQUM7WUFDSCxNQUFNLEdBQUcsTUFBTSxJQUFBLHdCQUFTLEVBQUMsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUEsa0NBQW1CLEVBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxFQUFFLFNBQVMsQ0FBQztnQkFDOUgsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsWUFBWSxDQUFDLEdBQUcsRUFBRSxNQUFNLEVBQUUsU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQ2pJLENBQUM7UUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ1gsSUFBSSwyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUNqRCxNQUFNLEVBQUUsY0FBYyxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsZUFBZSxDQUFDLENBQUM7Z0JBQ3pELE1BQU0sY0FBYyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQztZQUMvQixDQUFDO1lBQ0QsTUFBTSxDQUFDLENBQUM7UUFDVixDQUFDO2dCQUFTLENBQUM7WUFDVCxHQUFHLENBQUMsR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ3pCLENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxRQUFRO1lBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDakQsVUFBVSxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ3pDLE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLFNBQVMsV0FBVyxDQUFDLEVBQXNCO0lBQ3pDLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDN0QsQ0FBQztBQUVELFNBQVMsVUFBVSxDQUFDLEdBQVksRUFBRSxJQUFhLEVBQUUsU0FBaUIsRUFBRSxDQUFpQjtJQUNuRixNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDO0lBQ3BCLE1BQU0sU0FBUyxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDaEUsTUFBTSxNQUFNLEdBQUcsV0FBVyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsQ0FBQztJQUM1QyxNQUFNLGFBQWEsR0FBRyxJQUFJLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQztJQUM3QyxJQUFJLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNiLEdBQUcsQ0FBQyxTQUFTLENBQUM7WUFDWixHQUFHLEVBQUUsSUFBSSxDQUFDLElBQUk7WUFDZCxJQUFJLEVBQUUsSUFBSSxDQUFDLElBQUk7WUFDZixPQUFPLEVBQUUsSUFBSSxDQUFDLE9BQU87WUFDckIsR0FBRyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQy9DLEdBQUcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNsRCxLQUFLLEVBQUUsU0FBUztZQUNoQixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBQSxtQkFBUyxFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7WUFDaEUsYUFBYSxFQUFFLFNBQVM7WUFDeEIsYUFBYSxFQUFFLE1BQU0sQ0FBQyxXQUFXLENBQUMsSUFBQSx5QkFBVSxFQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQztZQUM5RCxLQUFLLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNO1lBQ3hCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUM7WUFDekYsVUFBVSxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUN0QyxHQUFHLGFBQWEsQ0FBQyxDQUFDLENBQUM7Z0JBQ25CLEtBQUssRUFBRSxDQUFDLENBQUMsY0FBYyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO2dCQUNuQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO2dCQUM3RCxHQUFHLGNBQWMsQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7YUFDN0MsQ0FBQyxDQUFDO1lBQ0gsR0FBRyxDQUFDLENBQUMsQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsRUFBRSxvQkFBb0IsRUFBRSxDQUFDLENBQUMsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ25GLFVBQVUsRUFBRSxNQUFNO1lBQ2xCLFNBQVMsRUFBRSxhQUFhLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLENBQUMsQ0FBQyxXQUFXO1lBQ3pELE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtZQUNuQixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUMvRCxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVE7WUFDcEIsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO1NBQ2IsQ0FBQyxDQUFDO1FBQ0gsT0FBTztJQUNULENBQUM7SUFDRCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU8sS0FBSyxJQUFJLENBQUMsT0FBTyxDQUFDLE9BQU8sR0FBRyxDQUFDO0lBQ2xJLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQyw4Q0FBOEMsQ0FBQyxDQUFDLENBQUMsbUNBQW1DLENBQUM7SUFDakksR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLElBQUksQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLElBQUksTUFBTSxLQUFLLFlBQVksSUFBSSxDQUFDLE1BQU0sR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxZQUFZLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2SSxNQUFNLE1BQU0sR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUM7SUFDbkMsR0FBRyxDQUFDLElBQUksQ0FBQyxXQUFXLFNBQVMsR0FBRyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLE1BQU0sZ0JBQWdCLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSyxTQUFTLFlBQVksQ0FBQyxDQUFDO0lBQ25JLEdBQUcsQ0FBQyxJQUFJLENBQUMsVUFBVSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLElBQUksQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLFlBQVksR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2xLLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxJQUFJLENBQUMsVUFBVSxDQUFDLE1BQU0sS0FBSyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxvQkFBb0IsYUFBYSxDQUFDLENBQUMsQ0FBQyxvREFBb0QsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLGNBQWMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDOU4sR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsSUFBSSxJQUFJLENBQUMsT0FBTyxLQUFLLEtBQUssRUFBRSxDQUFDO1FBQzNCLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEVBQUUsVUFBVSxFQUFFLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDM0csQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLFlBQVksRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxjQUFjLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUM7U0FDMUcsQ0FBQyxDQUFDLENBQUM7UUFDSixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsT0FBTyxFQUFFLFlBQVksRUFBRSxXQUFXLEVBQUUsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsYUFBYSxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3JKLENBQUM7U0FBTSxJQUFJLElBQUksQ0FBQyxPQUFPLEtBQUssWUFBWSxFQUFFLENBQUM7UUFDekMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFdBQVcsRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDbkksTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFVBQVUsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3BDLE9BQU87Z0JBQ0wsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxDQUFDLEVBQUUsU0FBUyxJQUFJLENBQUMsQ0FBQyxTQUFTLENBQUMsR0FBRyxJQUFJLE1BQU0sRUFBRSxHQUFHLENBQUMsRUFBRSxPQUFPLElBQUksQ0FBQyxDQUFDLE9BQU8sTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUs7Z0JBQ25KLENBQUMsQ0FBQyxFQUFFLE9BQU8sSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUM7YUFDcEYsQ0FBQztRQUNKLENBQUMsQ0FBQyxFQUFFLENBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUN4RCxJQUFJLENBQUMsQ0FBQyxvQkFBb0IsRUFBRSxNQUFNLEVBQUUsQ0FBQztZQUNuQyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDWCxHQUFHLENBQUMsSUFBSSxDQUFDLDBCQUEwQixDQUFDLENBQUMsb0JBQW9CLENBQUMsTUFBTSxxQkFBcUIsQ0FBQyxDQUFDLG9CQUFvQixDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxvQkFBb0IsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUM7UUFDNUwsQ0FBQztJQUNILENBQUM7U0FBTSxDQUFDO1FBQ04sR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFdBQVcsRUFBRSxVQUFVLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDbEgsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksV0FBVztTQUNsRyxDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7SUFDRCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsZUFBZSxFQUFFLE9BQU8sQ0FBQyxFQUFFLElBQUEseUJBQVUsRUFBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMzRixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFBLG1CQUFTLEVBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0YsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0FBQzlCLENBQUM7QUFFRCxTQUFTLGNBQWMsQ0FBQyxDQUF5QztJQUMvRCxJQUFJLENBQUMsQ0FBQztRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQ2xCLE9BQU8sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQztBQUNoSixDQUFDO0FBRUQsU0FBUyxhQUFhLENBQUMsQ0FBbUI7SUFDeEMsT0FBTyxNQUFNLENBQUMsV0FBVyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQztBQUNsRixDQUFDO0FBRUQsOEZBQThGO0FBQzlGLFVBQVU7QUFFVixNQUFNLE9BQU8sR0FBWTtJQUN2QixJQUFJLEVBQUUsU0FBUztJQUNmLE9BQU8sRUFBRSw2RkFBNkY7SUFDdEcsV0FBVyxFQUFFOzs7Ozs7Ozs7MEZBUzJFO0lBQ3hGLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLENBQUM7SUFDbEQsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLDBCQUEwQixFQUFFO1FBQzFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxrREFBa0QsRUFBRTtRQUN4RixjQUFjO0tBQ2Y7SUFDRCxRQUFRLEVBQUUsQ0FBQywwREFBMEQsRUFBRSxxREFBcUQsQ0FBQztJQUM3SCxTQUFTLEVBQUUsMkdBQTJHO0lBQ3RILEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLFNBQVMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQ2hFLElBQUksTUFBTSxLQUFLLFNBQVMsSUFBSSxNQUFNLEtBQUssS0FBSztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHlDQUF5QyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3RKLE1BQU0sR0FBRyxHQUFHLE1BQU0sV0FBVyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMxQyxNQUFNLEtBQUssR0FBRyxJQUFBLDZCQUFlLEVBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hDLE1BQU0sSUFBSSxHQUFHLE1BQU0sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUEsbUJBQUssRUFBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBQSx1QkFBUyxFQUFDLEtBQUssQ0FBQyxDQUFDO1FBQ2hFLE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDakMsSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDMUIsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQzVDLElBQUEsNEJBQWlCLEVBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQ2pDLElBQUksQ0FBQztnQkFDSCxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztZQUMvQixDQUFDO1lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztnQkFDWCxNQUFNLElBQUEsd0JBQWEsRUFBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3ZDLENBQUM7WUFDRCxJQUFJLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJO2dCQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsSUFBQSxtQkFBUyxFQUFDLElBQUksQ0FBQyxLQUFLLE1BQU0sS0FBSyxLQUFLLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsV0FBVyxLQUFLLENBQUMsS0FBSyxDQUFDLE1BQU0sVUFBVSxDQUFDLENBQUM7UUFDdkssQ0FBQztRQUNELElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNqQixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQztnQkFDaEIsR0FBRyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSTtnQkFDbEIsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSTtnQkFDbkIsT0FBTyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTztnQkFDekIsTUFBTTtnQkFDTixHQUFHLENBQUMsT0FBTyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLEVBQUUsSUFBQSxtQkFBUyxFQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDO2dCQUNuRyxNQUFNLEVBQUUsS0FBSyxDQUFDLE1BQU07Z0JBQ3BCLEtBQUssRUFBRSxLQUFLLENBQUMsS0FBSzthQUNuQixDQUFDLENBQUM7UUFDTCxDQUFDO2FBQU0sSUFBSSxPQUFPLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDakMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDdEIsQ0FBQztRQUNELE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLDhGQUE4RjtBQUM5RixPQUFPO0FBRVAsZ0RBQWdEO0FBQ25DLFFBQUEsZUFBZSxHQUFHLEdBQUcsQ0FBQztBQUVuQyxNQUFNLElBQUksR0FBWTtJQUNwQixJQUFJLEVBQUUsTUFBTTtJQUNaLE9BQU8sRUFBRSxtRkFBbUY7SUFDNUYsV0FBVyxFQUFFOzs7Ozs7MkVBTTREO0lBQ3pFLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLENBQUM7SUFDbEQsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsMERBQTBELEVBQUU7UUFDekcsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUseUVBQXlFLEVBQUU7UUFDdkgsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLDBEQUEwRCxFQUFFO1FBQ3ZHLGNBQWM7S0FDZjtJQUNELFFBQVEsRUFBRSxDQUFDLHVCQUF1QixFQUFFLG9EQUFvRCxDQUFDO0lBQ3pGLFNBQVMsRUFBRSx1R0FBdUc7SUFDbEgsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNsQixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLGlCQUFpQixDQUFDLElBQUksdUJBQWUsQ0FBQztRQUM5RCxNQUFNLE1BQU0sR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLGdCQUFnQixDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2hELE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQzlDLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxLQUFLLEdBQUcsR0FBRztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLGdEQUFnRCxLQUFLLEdBQUcsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDOUgsSUFBSSxNQUFNLEdBQUcsQ0FBQyxJQUFJLE1BQU0sR0FBRyxFQUFFO1lBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsOENBQThDLE1BQU0sR0FBRyxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUM5SCxJQUFJLElBQUksR0FBRyxDQUFDLElBQUksSUFBSSxHQUFHLEVBQUU7WUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyw2Q0FBNkMsSUFBSSxHQUFHLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3ZILE1BQU0sR0FBRyxHQUFHLE1BQU0sV0FBVyxDQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMxQyxTQUFTLENBQUMsR0FBRyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztRQUM5QyxPQUFPLGlCQUFPLENBQUM7SUFDakIsQ0FBQztDQUNGLENBQUM7QUFRRixTQUFTLE1BQU0sQ0FBQyxFQUFzQixFQUFFLEtBQWEsRUFBRSxRQUFnQjtJQUNyRSxNQUFNLE1BQU0sR0FBRyxXQUFXLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0IsT0FBTyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsTUFBTSxHQUFHLEtBQUssRUFBRSxlQUFlLEVBQUUsTUFBTSxHQUFHLFFBQVEsRUFBRSxDQUFDO0FBQ2pGLENBQUM7QUFFRCxTQUFTLFNBQVMsQ0FBQyxHQUFZLEVBQUUsSUFBYSxFQUFFLEtBQWEsRUFBRSxNQUFjLEVBQUUsSUFBWTtJQUN6RixNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDO0lBQ3BCLE1BQU0sUUFBUSxHQUFHLE1BQU0sR0FBRyxJQUFJLENBQUM7SUFDL0IsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUM7SUFDekUsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUM7SUFDM0UsMEdBQTBHO0lBQzFHLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDO0lBQ3ZDLE1BQU0sUUFBUSxHQUFHLENBQUMsSUFBc0IsRUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxVQUFVLElBQUksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDL0YsTUFBTSxhQUFhLEdBQUcsQ0FBQyxJQUFjLEVBQUUsSUFBc0IsRUFBWSxFQUFFO1FBQ3pFLE1BQU0sQ0FBQyxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN6QixPQUFPLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTyxHQUFHLENBQUMsR0FBRyxLQUFLLEVBQUUsZUFBZSxFQUFFLElBQUksQ0FBQyxlQUFlLEdBQUcsQ0FBQyxHQUFHLFFBQVEsRUFBRSxDQUFDO0lBQzlILENBQUMsQ0FBQztJQUNGLE1BQU0sTUFBTSxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksWUFBWSxDQUFDLEVBQUUsR0FBRyxTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDL0gsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1FBQy9CLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUksWUFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUM7UUFDMUUsT0FBTyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsVUFBVSxFQUFFLEVBQUUsQ0FBQyxNQUFNLEVBQUUsR0FBRyxhQUFhLENBQUMsTUFBTSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsUUFBUSxDQUFDLEVBQUUsU0FBUyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDcEksQ0FBQyxDQUFDLENBQUM7SUFDSCxNQUFNLEtBQUssR0FBRyxhQUFhLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxVQUFVLEVBQUUsS0FBSyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFNBQVMsQ0FBQyxDQUFDO0lBQ2pGLE1BQU0sS0FBSyxHQUFhLEVBQUUsQ0FBQztJQUMzQixNQUFNLGFBQWEsR0FBRyxJQUFJLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQztJQUM3QyxJQUFJLElBQUksQ0FBQyxPQUFPLEtBQUssU0FBUztRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMseUpBQXlKLENBQUMsQ0FBQztJQUN0TSxJQUFJLElBQUksQ0FBQyxPQUFPLEtBQUssWUFBWTtRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsaUtBQWlLLENBQUMsQ0FBQztJQUNqTixJQUFJLElBQUksQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ3RELEtBQUssQ0FBQyxJQUFJLENBQUMsaUJBQWlCLElBQUksQ0FBQyxNQUFNLDRCQUE0QixJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sOENBQThDLENBQUMsQ0FBQztJQUN2SSxDQUFDO0lBQ0QsSUFBSSxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsOEVBQThFLENBQUMsQ0FBQztJQUNwSSxJQUFJLFFBQVEsQ0FBQyxNQUFNO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxnQkFBZ0IsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxZQUFZLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsMkJBQTJCLENBQUMsQ0FBQztJQUM1SSxJQUFJLElBQUksQ0FBQyxTQUFTO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDL0MsSUFBSSxTQUFTLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDckIsS0FBSyxDQUFDLElBQUksQ0FBQyxtSUFBbUksa0JBQVMsQ0FBQyxhQUFhLEtBQUssa0JBQVMsQ0FBQyxXQUFXLEtBQUs7Y0FDaE0scUNBQXFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxlQUFlLHdEQUF3RCxDQUFDLENBQUM7UUFDL0gsTUFBTSxFQUFFLEdBQUcsU0FBUyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQztRQUMvRCxJQUFJLEVBQUUsQ0FBQyxNQUFNO1lBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyx5QkFBeUIsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxZQUFZLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsMkJBQTJCLENBQUMsQ0FBQztJQUMzSSxDQUFDO0lBQ0QsTUFBTSxJQUFJLEdBQUcsQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFlLEVBQUUsQ0FBQyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUMzSSxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQywwQkFBMEIsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsZ0JBQWdCLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsZUFBZSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQywyQkFBMkIsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLHNDQUFzQyxDQUFDO0lBQ3RPLEtBQUssQ0FBQyxJQUFJLENBQUMsbUJBQW1CLE1BQU0sUUFBUSxJQUFJLFdBQVcsUUFBUSxlQUFlLFFBQVEsK0NBQStDLENBQUMsQ0FBQztJQUMzSSxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEtBQUssS0FBSztRQUMvQixDQUFDLENBQUMscUlBQXFJO1FBQ3ZJLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDLENBQUMsZ0hBQWdIO1lBQ2hKLENBQUMsQ0FBQyxxRUFBcUUsQ0FBQyxDQUFDO0lBRTdFLElBQUksR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2IsR0FBRyxDQUFDLFNBQVMsQ0FBQztZQUNaLEdBQUcsRUFBRSxJQUFJLENBQUMsSUFBSTtZQUNkLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSTtZQUNmLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTztZQUNyQixHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDL0MsS0FBSyxFQUFFLGFBQWEsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLFdBQVc7WUFDckQsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNO1lBQ25CLGFBQWEsRUFBRSxLQUFLO1lBQ3BCLHFCQUFxQixFQUFFLFFBQVE7WUFDL0IsVUFBVSxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUN0QyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ1osS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLO2dCQUNkLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztnQkFDbEIsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO2dCQUNwQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ1osWUFBWSxFQUFFLENBQUMsQ0FBQyxZQUFZO2dCQUM1QixZQUFZLEVBQUUsQ0FBQyxDQUFDLFlBQVk7Z0JBQzVCLFVBQVUsRUFBRSxDQUFDLENBQUMsVUFBVTtnQkFDeEIsV0FBVyxFQUFFLENBQUMsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLEdBQUcsS0FBSztnQkFDMUUsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsR0FBRyxRQUFRO2dCQUNyRixVQUFVLEVBQUUsQ0FBQyxDQUFDLFVBQVU7Z0JBQ3hCLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTtnQkFDWixlQUFlLEVBQUUsQ0FBQyxDQUFDLGVBQWU7YUFDbkMsQ0FBQyxDQUFDO1lBQ0gsU0FBUyxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQy9CLEdBQUcsQ0FBQztnQkFDSixXQUFXLEVBQUUsQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsR0FBRyxLQUFLO2dCQUMxRSxtQkFBbUIsRUFBRSxDQUFDLENBQUMsVUFBVSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxHQUFHLFFBQVE7YUFDdEYsQ0FBQyxDQUFDO1lBQ0gsTUFBTSxFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQzFCLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztnQkFDZCxVQUFVLEVBQUUsQ0FBQyxDQUFDLFVBQVU7Z0JBQ3hCLFVBQVUsRUFBRSxDQUFDLENBQUMsTUFBTTtnQkFDcEIsV0FBVyxFQUFFLENBQUMsQ0FBQyxPQUFPO2dCQUN0QixtQkFBbUIsRUFBRSxDQUFDLENBQUMsZUFBZTthQUN2QyxDQUFDLENBQUM7WUFDSCxLQUFLLEVBQUU7Z0JBQ0wsVUFBVSxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsTUFBTTtnQkFDbEMsTUFBTSxFQUFFLE1BQU0sQ0FBQyxNQUFNO2dCQUNyQixVQUFVLEVBQUUsS0FBSyxDQUFDLE1BQU07Z0JBQ3hCLFdBQVcsRUFBRSxLQUFLLENBQUMsT0FBTztnQkFDMUIsbUJBQW1CLEVBQUUsS0FBSyxDQUFDLGVBQWU7YUFDM0M7WUFDRCxLQUFLO1NBQ04sQ0FBQyxDQUFDO1FBQ0gsT0FBTztJQUNULENBQUM7SUFDRCxNQUFNLFNBQVMsR0FBRyxZQUFZLEtBQUssS0FBSyxDQUFDO0lBQ3pDLE1BQU0sWUFBWSxHQUFHLHFCQUFxQixRQUFRLEtBQUssQ0FBQztJQUN4RCxNQUFNLEtBQUssR0FBRyxHQUFHLGFBQWEsQ0FBQyxDQUFDLENBQUMsaUJBQWlCLENBQUMsQ0FBQyxDQUFDLEVBQUUsV0FBVyxJQUFJLENBQUMsTUFBTSxDQUFDLFdBQVcsRUFBRSxDQUFDO0lBQzVGLEdBQUcsQ0FBQyxPQUFPLENBQUMsT0FBTyxJQUFJLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQyxJQUFJLE1BQU0sSUFBSSxDQUFDLFVBQVUsQ0FBQyxNQUFNLGdCQUFnQixLQUFLLEVBQUUsQ0FBQyxDQUFDO0lBQy9GLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUNYLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxNQUFNLEVBQUUsVUFBVSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLFdBQVcsQ0FBQyxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUMzSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxZQUFZLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDO1FBQzNFLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxHQUFHLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDdkUsS0FBSyxDQUFDLENBQUMsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLEdBQUcsUUFBUSxFQUFFLENBQUMsQ0FBQztRQUMxRSxDQUFDLENBQUMsZUFBZSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxlQUFlLE1BQU07S0FDckUsQ0FBQyxFQUFFLENBQUMsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ25ELElBQUksU0FBUyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ3JCLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNYLEdBQUcsQ0FBQyxPQUFPLENBQUMsa0JBQWtCLENBQUMsQ0FBQztRQUNoQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsS0FBSyxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsVUFBVSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLFdBQVcsQ0FBQyxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ25ILENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksS0FBSyxPQUFPLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsWUFBWSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxFQUFFLENBQUMsQ0FBQztZQUNySCxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFVBQVUsR0FBRyxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQ3ZFLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsVUFBVSxHQUFHLFFBQVEsRUFBRSxDQUFDLENBQUM7WUFDMUUsR0FBRyxDQUFDLENBQUMsZUFBZSxNQUFNO1NBQzNCLENBQUMsRUFBRSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQ2hELENBQUM7SUFDRCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxHQUFHLENBQUMsT0FBTyxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQ3pCLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxPQUFPLEVBQUUsWUFBWSxFQUFFLFFBQVEsRUFBRSxTQUFTLEVBQUUsWUFBWSxDQUFDLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDdkYsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsVUFBVSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsZUFBZSxFQUFFLENBQUMsQ0FBQztLQUM1RixDQUFDLENBQUMsQ0FBQztJQUNKLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUNYLEdBQUcsQ0FBQyxJQUFJLENBQUMsY0FBYyxLQUFLLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsMENBQTBDLEtBQUssQ0FBQyxLQUFLLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxlQUFlLEtBQUssTUFBTTtVQUNwSSxHQUFHLEtBQUssQ0FBQyxLQUFLLENBQUMsZUFBZSxFQUFFLENBQUMsQ0FBQywrQkFBK0IsUUFBUSxNQUFNLENBQUMsQ0FBQztJQUNyRixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxHQUFHLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQ25CLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSztRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0FBQzlDLENBQUM7QUFFWSxRQUFBLFFBQVEsR0FBaUI7SUFDcEMsSUFBSSxFQUFFLEtBQUs7SUFDWCxPQUFPLEVBQUUsZ0dBQWdHO0lBQ3pHLFdBQVcsRUFBRTs7Ozs7Y0FLRDtJQUNaLFFBQVEsRUFBRSxDQUFDLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLElBQUEsdUJBQWUsRUFBQyxFQUFFLFdBQVcsRUFBRSxjQUFjLEVBQUUsV0FBVyxFQUFFLENBQUMsRUFBRSxxQ0FBa0IsQ0FBQztDQUNwSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0ICogYXMgcGF0aCBmcm9tICdwYXRoJztcbmltcG9ydCB7IGxhYkF1ZGl0Q29tbWFuZCB9IGZyb20gJy4vYXVkaXQnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciwgQ29tbWFuZCwgQ29tbWFuZEdyb3VwLCBDb250ZXh0LCBFWElUX09LLCBJbnB1dCwgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBidWlsZExhYkRpYWdyYW0sIHRvTWVybWFpZCwgdG9TdmcgfSBmcm9tICcuL2xhYi1kaWFncmFtJztcbmltcG9ydCB7IHBsYW5VcGdyYWRlQ29tbWFuZCB9IGZyb20gJy4vbGFiLXBsYW4tdXBncmFkZSc7XG5pbXBvcnQgdHlwZSB7IExhYlZpZXcsIExhYldvcmtzcGFjZVZpZXcsIExvYWRlZExhYiB9IGZyb20gJy4vbGFiLXZpZXcnO1xuaW1wb3J0IHsgb3V0cHV0RmFpbHVyZSwgcHJlcGFyZU91dHB1dEZpbGUgfSBmcm9tICcuL291dC1wYXRoJztcbmltcG9ydCB7IGNvdW50VHlwZXMsIHN0YWNrTWVzc2FnZXMsIHN5bnRoSW50bywgd2l0aENvbnNvbGVPblN0ZGVyciB9IGZyb20gJy4vcGVybWl0LXN5bnRoJztcbmltcG9ydCB7IHNob3duUGF0aCwgdXNlclBhdGggfSBmcm9tICcuL3NvdXJjZXMnO1xuaW1wb3J0IHsgdGVycmFmb3JtU3RhY2tXYXJuaW5ncyB9IGZyb20gJy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL21hbmlmZXN0JztcbmltcG9ydCB7IFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgTm90ZWJvb2tzIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9zdHVkaW8nO1xuXG4vKipcbiAqIGByd3MgbGFiYDogYSBsYWIgZmlsZSBzeW50aGVzaXplZCAoYHN5bnRoYCksIGRyYXduIChgZGlhZ3JhbWApIGFuZCBwcmljZWQgKGBjb3N0YCkuIFRoZSBBV1NcbiAqIGxhYiBmaWxlIGlzIExhYlN0YWNrJ3MgbGFiLnlhbWw7IGEgUHJveG1veCBsYWIgZmlsZSBoYXMgYGNsdXN0ZXI6YCwgYSBLdWJlcm5ldGVzIGxhYiBmaWxlXG4gKiBga3ViZXJuZXRlczpgIChzZWUgZG9jcy9jbGkubWQpLiBUaGVcbiAqIHJlYWRlcnMgYW5kIHN0YWNrcyBhcmUgbG9hZGVkIGluc2lkZSBydW4oKSwgc28gYHJ3cyAtLWhlbHBgIGFuZCB0aGUgb3RoZXIgZ3JvdXBzIG5ldmVyIGxvYWRcbiAqIGF3cy1jZGstbGliIG9yIGNka3RmLlxuICovXG5cbmNvbnN0IEJBQ0tFTkRfT1BUSU9OID0ge1xuICBuYW1lOiAnYmFja2VuZCcsXG4gIHZhbHVlOiAnbmFtZScsXG4gIGhlbHA6ICdhd3MsIGt1YmVybmV0ZXMgb3IgcHJveG1veCAoZGVmYXVsdDoga3ViZXJuZXRlcyB3aGVuIHRoZSBmaWxlIGhhcyBrdWJlcm5ldGVzOiwgcHJveG1veCB3aGVuIGl0IGhhcyBjbHVzdGVyOiwgZWxzZSBhd3MpJyxcbn07XG5cbi8qKiBUaGUgbGFiIGZpbGUgb2YgYSBjb21tYW5kLCBjaGVja2VkIGFuZCBsb2FkZWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gbG9hZExhYkZpbGUoY3R4OiBDb250ZXh0LCBpbnB1dDogSW5wdXQpOiBQcm9taXNlPExvYWRlZExhYj4ge1xuICBjb25zdCBmaWxlID0gdXNlclBhdGgoY3R4LCBpbnB1dC5hcmdzWzBdKTtcbiAgaWYgKCFmcy5leGlzdHNTeW5jKGZpbGUpKSB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtmaWxlfTogdGhlIGxhYiBmaWxlIGRvZXMgbm90IGV4aXN0YCk7XG4gIGNvbnN0IHsgbGFiQmFja2VuZCwgbG9hZExhYiB9ID0gYXdhaXQgaW1wb3J0KCcuL2xhYi12aWV3LmpzJyk7XG4gIGNvbnN0IHsgYmFja2VuZCwgc291cmNlIH0gPSBsYWJCYWNrZW5kKGZpbGUsIGlucHV0LnN0cignYmFja2VuZCcpLCBjdHguY29tbWFuZE5hbWUpO1xuICBjdHgub3V0LnByb2dyZXNzKGByZWFkaW5nICR7ZmlsZX0gKCR7YmFja2VuZH0pLi4uYCk7XG4gIGxldCBsYWI6IExvYWRlZExhYjtcbiAgdHJ5IHtcbiAgICBsYWIgPSBhd2FpdCBsb2FkTGFiKGZpbGUsIGJhY2tlbmQsIHNvdXJjZSk7XG4gIH0gZmluYWxseSB7XG4gICAgY3R4Lm91dC5wcm9ncmVzc0RvbmUoKTtcbiAgfVxuICBmb3IgKGNvbnN0IHcgb2YgbGFiLnZpZXcud2FybmluZ3MpIGN0eC5vdXQud2Fybih3KTtcbiAgcmV0dXJuIGxhYjtcbn1cblxuZnVuY3Rpb24gbW9uZXkobjogbnVtYmVyIHwgdW5kZWZpbmVkLCBkaWdpdHM6IG51bWJlcik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBuID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBgJCR7bi50b0ZpeGVkKGRpZ2l0cyl9YDtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gc3ludGhcblxuaW50ZXJmYWNlIFN0YWNrU3VtbWFyeSB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgZmlsZTogc3RyaW5nO1xuICByZWFkb25seSByZXNvdXJjZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgd29ya3NwYWNlczogbnVtYmVyO1xuICByZWFkb25seSB0ZW1wbGF0ZUJ5dGVzOiBudW1iZXI7XG59XG5cbmludGVyZmFjZSBMYWJTeW50aFJlc3VsdCB7XG4gIHJlYWRvbmx5IHN0YWNrczogU3RhY2tTdW1tYXJ5W107XG4gIHJlYWRvbmx5IHJlc291cmNlVHlwZXM6IHN0cmluZ1tdO1xuICByZWFkb25seSBmaWxlczogc3RyaW5nW107XG4gIHJlYWRvbmx5IHdhcm5pbmdzOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgbmV4dDogc3RyaW5nO1xuICAvKiogU3RhY2sgb2YgZWFjaCB3b3Jrc3BhY2UgKEFXUzogdGhlIG5lc3RlZCBzdGFjayBpdCB3YXMgaGFzaGVkIGludG8pLiAqL1xuICByZWFkb25seSB3b3Jrc3BhY2VTdGFjazogTWFwPHN0cmluZywgc3RyaW5nPjtcbiAgLyoqIFByb3htb3ggVk0gaWRzLCB3aGVuIGZpeGVkLiAqL1xuICByZWFkb25seSB2bUlkczogTWFwPHN0cmluZywgbnVtYmVyPjtcbiAgLyoqIFdoYXQgS3ViZXJuZXRlc0xhYlN0YWNrIGJ1aWx0IGZvciBlYWNoIHdvcmtzcGFjZS4gKi9cbiAgcmVhZG9ubHkga3ViZXJuZXRlcz86IE1hcDxzdHJpbmcsIEt1YmVybmV0ZXNXb3Jrc3BhY2VTdW1tYXJ5PjtcbiAgLyoqIFRoZSBuYW1lc3BhY2UgKEt1YmVybmV0ZXMpLiAqL1xuICByZWFkb25seSBuYW1lc3BhY2U/OiBzdHJpbmc7XG4gIC8qKiBEb21haW5zIHRoZSBwYWNrYWdlIHByb3h5IGFsbG93cyAoS3ViZXJuZXRlczsgZW1wdHkgd2hlbiBubyB3b3Jrc3BhY2UgaXMgcHJveGllZCkuICovXG4gIHJlYWRvbmx5IGVncmVzc0FsbG93ZWREb21haW5zPzogc3RyaW5nW107XG59XG5cbi8qKiBBIEt1YmVWaXJ0IHdvcmtzcGFjZSBhcyB0aGUgc3RhY2sgYnVpbHQgaXQuICovXG5pbnRlcmZhY2UgS3ViZXJuZXRlc1dvcmtzcGFjZVN1bW1hcnkge1xuICByZWFkb25seSBjb3JlczogbnVtYmVyO1xuICByZWFkb25seSBtZW1vcnlNaUI6IG51bWJlcjtcbiAgcmVhZG9ubHkgZGlza0dpQjogbnVtYmVyO1xuICByZWFkb25seSBzdGFydGVkOiBib29sZWFuO1xuICByZWFkb25seSBob3N0OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGltYWdlOiBzdHJpbmc7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN5bnRoQXdzKGxhYjogTG9hZGVkTGFiLCBvdXRkaXI6IHN0cmluZywgc3RhY2tOYW1lOiBzdHJpbmcpOiBQcm9taXNlPExhYlN5bnRoUmVzdWx0PiB7XG4gIGNvbnN0IHsgQXBwLCBOZXN0ZWRTdGFjaywgU3RhY2sgfSA9IGF3YWl0IGltcG9ydCgnYXdzLWNkay1saWInKTtcbiAgY29uc3QgeyBMYWJTdGFjayB9ID0gYXdhaXQgaW1wb3J0KCcuLi9zdGFja3MvYXdzL2xhYi1zdGFjay5qcycpO1xuICBjb25zdCBhcHAgPSBuZXcgQXBwKHsgb3V0ZGlyIH0pO1xuICBjb25zdCBzdGFjayA9IG5ldyBMYWJTdGFjayhhcHAsIHN0YWNrTmFtZSwgeyBkZWZpbml0aW9uOiBsYWIuZGVmaW5pdGlvbiEgfSk7XG4gIGNvbnN0IGFzc2VtYmx5ID0gYXBwLnN5bnRoKCk7XG4gIGNvbnN0IGFydGlmYWN0ID0gYXNzZW1ibHkuZ2V0U3RhY2tBcnRpZmFjdChzdGFjay5hcnRpZmFjdElkKTtcbiAgY29uc3QgeyB3YXJuaW5ncywgZXJyb3JzIH0gPSBzdGFja01lc3NhZ2VzKGFydGlmYWN0KTtcbiAgaWYgKGVycm9ycy5sZW5ndGgpIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGBzeW50aGVzaXMgb2YgJHtzdGFja05hbWV9IHJlcG9ydGVkICR7ZXJyb3JzLmxlbmd0aH0gZXJyb3Ike2Vycm9ycy5sZW5ndGggPiAxID8gJ3MnIDogJyd9IChjZGsgZGVwbG95IHdvdWxkIHJlZnVzZSBpdCk6XFxuICAke2Vycm9ycy5qb2luKCdcXG4gICcpfWApO1xuICBjb25zdCBuZXN0ZWQgPSBzdGFjay5ub2RlLmZpbmRBbGwoKS5maWx0ZXIoKGMpOiBjIGlzIEluc3RhbmNlVHlwZTx0eXBlb2YgTmVzdGVkU3RhY2s+ID0+IE5lc3RlZFN0YWNrLmlzTmVzdGVkU3RhY2soYykpO1xuICBjb25zdCBzdGFja3M6IFN0YWNrU3VtbWFyeVtdID0gW107XG4gIGNvbnN0IHR5cGVzOiBzdHJpbmdbXSA9IFtdO1xuICBjb25zdCB3b3Jrc3BhY2VTdGFjayA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGZvciAoY29uc3QgdyBvZiBzdGFjay53b3Jrc3BhY2VzKSB3b3Jrc3BhY2VTdGFjay5zZXQody53b3Jrc3BhY2VOYW1lLCBTdGFjay5vZih3KSA9PT0gc3RhY2sgPyBzdGFja05hbWUgOiBTdGFjay5vZih3KS5ub2RlLmlkKTtcbiAgZm9yIChjb25zdCBzIG9mIFtzdGFjayBhcyBJbnN0YW5jZVR5cGU8dHlwZW9mIFN0YWNrPiwgLi4ubmVzdGVkXSkge1xuICAgIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4ob3V0ZGlyLCBzLnRlbXBsYXRlRmlsZSk7XG4gICAgY29uc3QgdGV4dCA9IGZzLnJlYWRGaWxlU3luYyhmaWxlLCAndXRmOCcpO1xuICAgIGNvbnN0IHJlc291cmNlcyA9IE9iamVjdC52YWx1ZXM8YW55PihKU09OLnBhcnNlKHRleHQpLlJlc291cmNlcyA/PyB7fSk7XG4gICAgdHlwZXMucHVzaCguLi5yZXNvdXJjZXMubWFwKCh4KSA9PiBTdHJpbmcoeC5UeXBlKSkpO1xuICAgIHN0YWNrcy5wdXNoKHtcbiAgICAgIG5hbWU6IHMgPT09IHN0YWNrID8gc3RhY2tOYW1lIDogcy5ub2RlLmlkLFxuICAgICAgZmlsZSxcbiAgICAgIHJlc291cmNlczogcmVzb3VyY2VzLmxlbmd0aCxcbiAgICAgIHdvcmtzcGFjZXM6IHN0YWNrLndvcmtzcGFjZXMuZmlsdGVyKCh3KSA9PiBTdGFjay5vZih3KSA9PT0gcykubGVuZ3RoLFxuICAgICAgdGVtcGxhdGVCeXRlczogQnVmZmVyLmJ5dGVMZW5ndGgodGV4dCwgJ3V0ZjgnKSxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4ge1xuICAgIHN0YWNrcyxcbiAgICByZXNvdXJjZVR5cGVzOiB0eXBlcyxcbiAgICBmaWxlczogW3BhdGguam9pbihvdXRkaXIsIGFydGlmYWN0LnRlbXBsYXRlRmlsZSksIC4uLihuZXN0ZWQubGVuZ3RoID8gW2Ake25lc3RlZC5sZW5ndGh9IG5lc3RlZCB0ZW1wbGF0ZXMgaW4gJHtvdXRkaXJ9YF0gOiBbXSldLFxuICAgIHdhcm5pbmdzLFxuICAgIG5leHQ6IGBucHggY2RrIGRlcGxveSAtLWFwcCAke3Nob3duUGF0aChvdXRkaXIpfSAke3N0YWNrTmFtZX0gICh3aXRoIHRoZSBkZXBsb3lpbmcgcm9sZSdzIGNyZWRlbnRpYWxzKWAsXG4gICAgd29ya3NwYWNlU3RhY2ssXG4gICAgdm1JZHM6IG5ldyBNYXAoKSxcbiAgfTtcbn1cblxuLyoqXG4gKiBXaGF0IGByd3MgbGFiIHN5bnRoYCByZXBvcnRzIGZvciBhIHN5bnRoZXNpemVkIFRlcnJhZm9ybSBsYWIgc3RhY2sgKG9uZSBzdGFjayBob2xkaW5nIGV2ZXJ5XG4gKiB3b3Jrc3BhY2UpOiBpdHMgZmlsZSBhbmQgc2l6ZSwgb25lIHJlc291cmNlIHR5cGUgcGVyIHJlc291cmNlLCBhbmQgdGhlIG5leHQgY29tbWFuZCAoYG5leHRgXG4gKiBnZXRzIHRoZSBzdGFjayBmb2xkZXIgYXMgc2hvd24pLlxuICovXG5mdW5jdGlvbiB0ZXJyYWZvcm1MYWJSZXN1bHQob3V0ZGlyOiBzdHJpbmcsIHN0YWNrTmFtZTogc3RyaW5nLCB3b3Jrc3BhY2VzOiBzdHJpbmdbXSwgbmV4dDogKGRpcjogc3RyaW5nKSA9PiBzdHJpbmcpXG4gIDogUGljazxMYWJTeW50aFJlc3VsdCwgJ3N0YWNrcycgfCAncmVzb3VyY2VUeXBlcycgfCAnZmlsZXMnIHwgJ3dhcm5pbmdzJyB8ICduZXh0JyB8ICd3b3Jrc3BhY2VTdGFjayc+IHtcbiAgY29uc3Qgc3RhY2tEaXIgPSBwYXRoLmpvaW4ob3V0ZGlyLCAnc3RhY2tzJywgc3RhY2tOYW1lKTtcbiAgY29uc3QgZmlsZSA9IHBhdGguam9pbihzdGFja0RpciwgJ2Nkay50Zi5qc29uJyk7XG4gIGNvbnN0IHRleHQgPSBmcy5yZWFkRmlsZVN5bmMoZmlsZSwgJ3V0ZjgnKTtcbiAgY29uc3QgdHlwZXM6IHN0cmluZ1tdID0gW107XG4gIGZvciAoY29uc3QgW3R5cGUsIGJ5TmFtZV0gb2YgT2JqZWN0LmVudHJpZXM8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KEpTT04ucGFyc2UodGV4dCkucmVzb3VyY2UgPz8ge30pKSB7XG4gICAgdHlwZXMucHVzaCguLi5PYmplY3Qua2V5cyhieU5hbWUpLm1hcCgoKSA9PiB0eXBlKSk7XG4gIH1cbiAgcmV0dXJuIHtcbiAgICBzdGFja3M6IFt7IG5hbWU6IHN0YWNrTmFtZSwgZmlsZSwgcmVzb3VyY2VzOiB0eXBlcy5sZW5ndGgsIHdvcmtzcGFjZXM6IHdvcmtzcGFjZXMubGVuZ3RoLCB0ZW1wbGF0ZUJ5dGVzOiBCdWZmZXIuYnl0ZUxlbmd0aCh0ZXh0LCAndXRmOCcpIH1dLFxuICAgIHJlc291cmNlVHlwZXM6IHR5cGVzLFxuICAgIGZpbGVzOiBbZmlsZV0sXG4gICAgd2FybmluZ3M6IHRlcnJhZm9ybVN0YWNrV2FybmluZ3Mob3V0ZGlyLCBzdGFja05hbWUpLFxuICAgIG5leHQ6IG5leHQoc2hvd25QYXRoKHN0YWNrRGlyKSksXG4gICAgd29ya3NwYWNlU3RhY2s6IG5ldyBNYXAod29ya3NwYWNlcy5tYXAoKHcpID0+IFt3LCBzdGFja05hbWVdKSksXG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN5bnRoUHJveG1veChsYWI6IExvYWRlZExhYiwgb3V0ZGlyOiBzdHJpbmcsIHN0YWNrTmFtZTogc3RyaW5nKTogUHJvbWlzZTxMYWJTeW50aFJlc3VsdD4ge1xuICBjb25zdCB7IEFwcCB9ID0gYXdhaXQgaW1wb3J0KCcuLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9jZGt0Zi5qcycpO1xuICBjb25zdCB7IFByb3htb3hMYWJTdGFjayB9ID0gYXdhaXQgaW1wb3J0KCcuLi9zdGFja3MvcHJveG1veC9wcm94bW94LWxhYi1zdGFjay5qcycpO1xuICBmcy5ta2RpclN5bmMob3V0ZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3QgYXBwID0gbmV3IEFwcCh7IG91dGRpciwgc2tpcFZhbGlkYXRpb246IGZhbHNlIH0pO1xuICBjb25zdCBzdGFjayA9IG5ldyBQcm94bW94TGFiU3RhY2soYXBwLCBzdGFja05hbWUsIGxhYi5wcm94bW94IS5wcm9wcyk7XG4gIGFwcC5zeW50aCgpO1xuICBjb25zdCB2bUlkcyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KCk7XG4gIGZvciAoY29uc3QgdyBvZiBzdGFjay53b3Jrc3BhY2VzKSB7XG4gICAgY29uc3QgaWQgPSBsYWIucHJveG1veCEucHJvcHMud29ya3NwYWNlcy5maW5kKCh4KSA9PiB4Lm5hbWUgPT09IHcud29ya3NwYWNlTmFtZSk/LnZtSWQ7XG4gICAgaWYgKGlkICE9PSB1bmRlZmluZWQpIHZtSWRzLnNldCh3LndvcmtzcGFjZU5hbWUsIGlkKTtcbiAgfVxuICByZXR1cm4ge1xuICAgIC4uLnRlcnJhZm9ybUxhYlJlc3VsdChvdXRkaXIsIHN0YWNrTmFtZSwgc3RhY2sud29ya3NwYWNlcy5tYXAoKHcpID0+IHcud29ya3NwYWNlTmFtZSksXG4gICAgICAoZGlyKSA9PiBgdGVycmFmb3JtIC1jaGRpcj0ke2Rpcn0gaW5pdCAmJiBURl9WQVJfcHJveG1veF9hcGlfdG9rZW49Li4uIHRlcnJhZm9ybSAtY2hkaXI9JHtkaXJ9IGFwcGx5YCksXG4gICAgdm1JZHMsXG4gIH07XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHN5bnRoS3ViZXJuZXRlcyhsYWI6IExvYWRlZExhYiwgb3V0ZGlyOiBzdHJpbmcsIHN0YWNrTmFtZTogc3RyaW5nKTogUHJvbWlzZTxMYWJTeW50aFJlc3VsdD4ge1xuICBjb25zdCB7IEFwcCB9ID0gYXdhaXQgaW1wb3J0KCcuLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9jZGt0Zi5qcycpO1xuICBjb25zdCB7IEt1YmVybmV0ZXNMYWJTdGFjayB9ID0gYXdhaXQgaW1wb3J0KCcuLi9zdGFja3Mva3ViZXJuZXRlcy9rdWJlcm5ldGVzLWxhYi1zdGFjay5qcycpO1xuICBmcy5ta2RpclN5bmMob3V0ZGlyLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgY29uc3QgYXBwID0gbmV3IEFwcCh7IG91dGRpciwgc2tpcFZhbGlkYXRpb246IGZhbHNlIH0pO1xuICBjb25zdCBzdGFjayA9IG5ldyBLdWJlcm5ldGVzTGFiU3RhY2soYXBwLCBzdGFja05hbWUsIGxhYi5rdWJlcm5ldGVzIS5wcm9wcyk7XG4gIGFwcC5zeW50aCgpO1xuICByZXR1cm4ge1xuICAgIC4uLnRlcnJhZm9ybUxhYlJlc3VsdChvdXRkaXIsIHN0YWNrTmFtZSwgc3RhY2sud29ya3NwYWNlcy5tYXAoKHcpID0+IHcud29ya3NwYWNlTmFtZSksXG4gICAgICAoZGlyKSA9PiBgdGVycmFmb3JtIC1jaGRpcj0ke2Rpcn0gaW5pdCAmJiB0ZXJyYWZvcm0gLWNoZGlyPSR7ZGlyfSBhcHBseSAgKGt1YmVjb25maWc6IC12YXIga3ViZV9jb25maWdfcGF0aD0uLi4gLXZhciBrdWJlX2NvbnRleHQ9Li4uIHRvIGNoYW5nZSB0aGUgZGVmYXVsdHMpYCksXG4gICAgdm1JZHM6IG5ldyBNYXAoKSxcbiAgICBrdWJlcm5ldGVzOiBuZXcgTWFwKHN0YWNrLndvcmtzcGFjZXMubWFwKCh3KSA9PiBbdy53b3Jrc3BhY2VOYW1lLCB7XG4gICAgICBjb3Jlczogdy5jb3JlcywgbWVtb3J5TWlCOiB3Lm1lbW9yeU1pQiwgZGlza0dpQjogdy5kaXNrR2lCLCBzdGFydGVkOiB3LnN0YXJ0ZWQsIGhvc3Q6IHcuaG9zdCwgaW1hZ2U6IHcuaW1hZ2UudXJsLFxuICAgIH1dKSksXG4gICAgbmFtZXNwYWNlOiBzdGFjay5uYW1lc3BhY2UsXG4gICAgZWdyZXNzQWxsb3dlZERvbWFpbnM6IHN0YWNrLmVncmVzc0FsbG93ZWREb21haW5zLFxuICB9O1xufVxuXG4vKiogQSBzdGFjayBuYW1lIGZyb20gYSBsYWIgbmFtZTogbGV0dGVycywgZGlnaXRzIGFuZCBkYXNoZXMsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gc3RhY2tOYW1lT2YobGFiTmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcyA9IGxhYk5hbWUucmVwbGFjZSgvW15BLVphLXowLTktXSsvZywgJy0nKS5yZXBsYWNlKC9eLSt8LSskL2csICcnKTtcbiAgcmV0dXJuIC9eW0EtWmEtel0vLnRlc3QocykgPyBzIDogYGxhYi0ke3N9YDtcbn1cblxuLyoqIFN5bnRoZXNpemVzIGEgbG9hZGVkIGxhYiBpbnRvIGBvdXRkaXJgIHdpdGggaXRzIGJhY2tlbmQncyBzdGFjayAodXNlZCBieSBgcndzIGxhYiBhdWRpdGApLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHN5bnRoTG9hZGVkTGFiKGxhYjogTG9hZGVkTGFiLCBvdXRkaXI6IHN0cmluZywgc3RhY2tOYW1lOiBzdHJpbmcpOiBQcm9taXNlPHsgd2FybmluZ3M6IHN0cmluZ1tdIH0+IHtcbiAgY29uc3QgdmlldyA9IGxhYi52aWV3O1xuICBjb25zdCByID0gYXdhaXQgKHZpZXcuYmFja2VuZCA9PT0gJ2F3cycgPyBzeW50aEF3cyhsYWIsIG91dGRpciwgc3RhY2tOYW1lKVxuICAgIDogdmlldy5iYWNrZW5kID09PSAna3ViZXJuZXRlcycgPyBzeW50aEt1YmVybmV0ZXMobGFiLCBvdXRkaXIsIHN0YWNrTmFtZSkgOiBzeW50aFByb3htb3gobGFiLCBvdXRkaXIsIHN0YWNrTmFtZSkpO1xuICByZXR1cm4geyB3YXJuaW5nczogci53YXJuaW5ncyB9O1xufVxuXG5jb25zdCBzeW50aDogQ29tbWFuZCA9IHtcbiAgbmFtZTogJ3N5bnRoJyxcbiAgc3VtbWFyeTogJ1N5bnRoZXNpemUgYSBsYWIgZnJvbSBpdHMgZmlsZTogQ2xvdWRGb3JtYXRpb24gKGF3cykgb3IgVGVycmFmb3JtIChrdWJlcm5ldGVzLCBwcm94bW94KScsXG4gIGRlc2NyaXB0aW9uOiBgQnVpbGRzIHRoZSBsYWIncyBzdGFjayBhbmQgd3JpdGVzIGl0IHRvIC0tb3V0OiBMYWJTdGFjayAoYXdzOiBhIGNsb3VkIGFzc2VtYmx5IHdpdGggdGhlIGxhYlxudGVtcGxhdGUgYW5kIGl0cyBuZXN0ZWQgd29ya3NwYWNlIHN0YWNrcywgZm9yIFwiY2RrIGRlcGxveSAtLWFwcCA8b3V0PlwiKSwgS3ViZXJuZXRlc0xhYlN0YWNrXG4oa3ViZXJuZXRlczogS3ViZVZpcnQgVk1zIGluIHRoZSBsYWIncyBuYW1lc3BhY2UpIG9yIFByb3htb3hMYWJTdGFjayAocHJveG1veCksIGJvdGggYXNcbjxvdXQ+L3N0YWNrcy88c3RhY2s+L2Nkay50Zi5qc29uLCBmb3IgdGVycmFmb3JtLiBObyBjcmVkZW50aWFscyBhcmUgbmVlZGVkIGFuZCBub3RoaW5nIGlzIGxvb2tlZFxudXAuIFByaW50cyB0aGUgc3RhY2tzIChyZXNvdXJjZXMsIHdvcmtzcGFjZXMsIHRlbXBsYXRlIHNpemUpLCB0aGUgcmVzb3VyY2VzIGJ5IHR5cGUsIHRoZVxud29ya3NwYWNlcyAodGVtcGxhdGUsIHNpemUsIG93bmVyLCBwcmljZTsgb24gS3ViZXJuZXRlcyBjb3JlcywgbWVtb3J5LCBlZ3Jlc3MgYW5kIHN0YXRlKSwgdGhlXG51c2VycyBhbmQgdGhlIGVzdGltYXRlZCBjb3N0IHBlciBob3VyIHdoZW4gZXZlcnkgd29ya3NwYWNlIHJ1bnMgKG9uIEt1YmVybmV0ZXMgYW5kIFByb3htb3ggYXRcbnRoZSBwcmljZXMgb2YgdGhlIGVxdWl2YWxlbnQgRUMyIGluc3RhbmNlIHR5cGVzLCBmb3IgY29tcGFyaXNvbikuYCxcbiAgYXJnczogW3sgbmFtZTogJ2xhYi55YW1sJywgaGVscDogJ3RoZSBsYWIgZmlsZSAoQVdTOiBMYWJTdGFja1xcJ3MgbGFiLnlhbWw7IEt1YmVybmV0ZXM6IGEgZmlsZSB3aXRoIGt1YmVybmV0ZXM6OyBQcm94bW94OiBhIGZpbGUgd2l0aCBjbHVzdGVyOiknIH1dLFxuICBvcHRpb25zOiBbXG4gICAgQkFDS0VORF9PUFRJT04sXG4gICAgeyBuYW1lOiAnb3V0JywgdmFsdWU6ICdkaXInLCBoZWxwOiAnb3V0cHV0IGZvbGRlciAocmVxdWlyZWQpJyB9LFxuICAgIHsgbmFtZTogJ3N0YWNrJywgdmFsdWU6ICduYW1lJywgaGVscDogJ3N0YWNrIG5hbWUgKGRlZmF1bHQ6IHRoZSBsYWIgbmFtZSwgZS5nLiBnZW5vbWljcy1sYWIpJyB9LFxuICBdLFxuICBleGFtcGxlczogW1xuICAgICdyd3MgbGFiIHN5bnRoIGxhYi55YW1sIC0tb3V0IGNkay5vdXQnLFxuICAgICdyd3MgbGFiIHN5bnRoIHByb3htb3gtbGFiLnlhbWwgLS1iYWNrZW5kIHByb3htb3ggLS1vdXQgY2RrdGYub3V0IC0tanNvbicsXG4gICAgJ3J3cyBsYWIgc3ludGggZXhhbXBsZXMva3ViZXJuZXRlcy1sYWIvbGFiLnlhbWwgLS1vdXQgY2RrdGYub3V0JyxcbiAgXSxcbiAgZXhpdENvZGVzOiAnICAwICB0aGUgbGFiIHdhcyB3cml0dGVuXFxuICAyICB1c2FnZSBvciBpbnB1dCBlcnJvcjogYSBtaXNzaW5nIG9yIGludmFsaWQgbGFiIGZpbGUgKGV2ZXJ5IHByb2JsZW0gd2l0aCBmaWxlOmxpbmUpLCBhbiB1bmtub3duIHRlbXBsYXRlLCB1c2VyIG9yIHNpemUsIGEgcG9saWN5IHZpb2xhdGlvbiwgYSBiYWNrZW5kIHRoYXQgZG9lcyBub3QgZml0IHRoZSBmaWxlJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBvdXRUZXh0ID0gaW5wdXQuc3RyKCdvdXQnKTtcbiAgICBpZiAob3V0VGV4dCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcignLS1vdXQgPGRpcj4gaXMgcmVxdWlyZWQgKGUuZy4gLS1vdXQgY2RrLm91dCknLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIGNvbnN0IGxhYiA9IGF3YWl0IGxvYWRMYWJGaWxlKGN0eCwgaW5wdXQpO1xuICAgIGNvbnN0IHZpZXcgPSBsYWIudmlldztcbiAgICBjb25zdCBzdGFja05hbWUgPSBpbnB1dC5zdHIoJ3N0YWNrJykgPz8gc3RhY2tOYW1lT2Yodmlldy5uYW1lKTtcbiAgICBpZiAoIS9eW0EtWmEtel1bQS1aYS16MC05LV17MCwxMjd9JC8udGVzdChzdGFja05hbWUpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1zdGFjayBtdXN0IHN0YXJ0IHdpdGggYSBsZXR0ZXIgYW5kIGhvbGQgbGV0dGVycywgZGlnaXRzIGFuZCBcIi1cIiAoZ290IFwiJHtzdGFja05hbWV9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICB9XG4gICAgY29uc3Qgb3V0ZGlyID0gcGF0aC5yZXNvbHZlKGN0eC5jd2QsIG91dFRleHQpO1xuICAgIGN0eC5vdXQucHJvZ3Jlc3MoYHN5bnRoZXNpemluZyAke3N0YWNrTmFtZX06ICR7dmlldy53b3Jrc3BhY2VzLmxlbmd0aH0gd29ya3NwYWNlcyAoJHt2aWV3LmJhY2tlbmR9KS4uLmApO1xuICAgIGxldCByZXN1bHQ6IExhYlN5bnRoUmVzdWx0O1xuICAgIHRyeSB7XG4gICAgICByZXN1bHQgPSBhd2FpdCBzeW50aEludG8ob3V0ZGlyLCAoKSA9PiB3aXRoQ29uc29sZU9uU3RkZXJyKGN0eCwgKCkgPT4gKHZpZXcuYmFja2VuZCA9PT0gJ2F3cycgPyBzeW50aEF3cyhsYWIsIG91dGRpciwgc3RhY2tOYW1lKVxuICAgICAgICA6IHZpZXcuYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnID8gc3ludGhLdWJlcm5ldGVzKGxhYiwgb3V0ZGlyLCBzdGFja05hbWUpIDogc3ludGhQcm94bW94KGxhYiwgb3V0ZGlyLCBzdGFja05hbWUpKSksIG91dFRleHQpO1xuICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgIGlmIChXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkge1xuICAgICAgICBjb25zdCB7IGxvY2F0ZUxhYkVycm9yIH0gPSBhd2FpdCBpbXBvcnQoJy4vbGFiLXZpZXcuanMnKTtcbiAgICAgICAgdGhyb3cgbG9jYXRlTGFiRXJyb3IoZSwgbGFiKTtcbiAgICAgIH1cbiAgICAgIHRocm93IGU7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIGN0eC5vdXQucHJvZ3Jlc3NEb25lKCk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgdyBvZiByZXN1bHQud2FybmluZ3MpIGN0eC5vdXQud2Fybih3KTtcbiAgICBwcmludFN5bnRoKGN0eCwgdmlldywgc3RhY2tOYW1lLCByZXN1bHQpO1xuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuZnVuY3Rpb24gdG90YWxIb3VybHkod3M6IExhYldvcmtzcGFjZVZpZXdbXSk6IG51bWJlciB7XG4gIHJldHVybiB3cy5yZWR1Y2UoKHN1bSwgdykgPT4gc3VtICsgKHcuaG91cmx5Q29zdCA/PyAwKSwgMCk7XG59XG5cbmZ1bmN0aW9uIHByaW50U3ludGgoY3R4OiBDb250ZXh0LCB2aWV3OiBMYWJWaWV3LCBzdGFja05hbWU6IHN0cmluZywgcjogTGFiU3ludGhSZXN1bHQpOiB2b2lkIHtcbiAgY29uc3Qgb3V0ID0gY3R4Lm91dDtcbiAgY29uc3QgcmVzb3VyY2VzID0gci5zdGFja3MucmVkdWNlKChuLCBzKSA9PiBuICsgcy5yZXNvdXJjZXMsIDApO1xuICBjb25zdCBob3VybHkgPSB0b3RhbEhvdXJseSh2aWV3LndvcmtzcGFjZXMpO1xuICBjb25zdCBlYzJFcXVpdmFsZW50ID0gdmlldy5iYWNrZW5kICE9PSAnYXdzJztcbiAgaWYgKG91dC5qc29uKSB7XG4gICAgb3V0LnByaW50SnNvbih7XG4gICAgICBsYWI6IHZpZXcubmFtZSxcbiAgICAgIGZpbGU6IHZpZXcuZmlsZSxcbiAgICAgIGJhY2tlbmQ6IHZpZXcuYmFja2VuZCxcbiAgICAgIC4uLih2aWV3LnJlZ2lvbiA/IHsgcmVnaW9uOiB2aWV3LnJlZ2lvbiB9IDoge30pLFxuICAgICAgLi4uKHIubmFtZXNwYWNlID8geyBuYW1lc3BhY2U6IHIubmFtZXNwYWNlIH0gOiB7fSksXG4gICAgICBzdGFjazogc3RhY2tOYW1lLFxuICAgICAgc3RhY2tzOiByLnN0YWNrcy5tYXAoKHMpID0+ICh7IC4uLnMsIGZpbGU6IHNob3duUGF0aChzLmZpbGUpIH0pKSxcbiAgICAgIHJlc291cmNlQ291bnQ6IHJlc291cmNlcyxcbiAgICAgIHJlc291cmNlVHlwZXM6IE9iamVjdC5mcm9tRW50cmllcyhjb3VudFR5cGVzKHIucmVzb3VyY2VUeXBlcykpLFxuICAgICAgdXNlcnM6IHZpZXcudXNlcnMubGVuZ3RoLFxuICAgICAgZ3JvdXBzOiB2aWV3Lmdyb3Vwcy5tYXAoKGcpID0+ICh7IG5hbWU6IGcubmFtZSwgZ2lkOiBnLmdpZCwgbWVtYmVyczogZy5tZW1iZXJzLmxlbmd0aCB9KSksXG4gICAgICB3b3Jrc3BhY2VzOiB2aWV3LndvcmtzcGFjZXMubWFwKCh3KSA9PiAoe1xuICAgICAgICAuLi53b3Jrc3BhY2VKc29uKHcpLFxuICAgICAgICBzdGFjazogci53b3Jrc3BhY2VTdGFjay5nZXQody5uYW1lKSxcbiAgICAgICAgLi4uKHIudm1JZHMuaGFzKHcubmFtZSkgPyB7IHZtSWQ6IHIudm1JZHMuZ2V0KHcubmFtZSkgfSA6IHt9KSxcbiAgICAgICAgLi4ua3ViZXJuZXRlc0pzb24oci5rdWJlcm5ldGVzPy5nZXQody5uYW1lKSksXG4gICAgICB9KSksXG4gICAgICAuLi4oci5lZ3Jlc3NBbGxvd2VkRG9tYWlucyA/IHsgZWdyZXNzQWxsb3dlZERvbWFpbnM6IHIuZWdyZXNzQWxsb3dlZERvbWFpbnMgfSA6IHt9KSxcbiAgICAgIGhvdXJseUNvc3Q6IGhvdXJseSxcbiAgICAgIGNvc3RCYXNpczogZWMyRXF1aXZhbGVudCA/ICdlYzItZXF1aXZhbGVudCcgOiAnb24tZGVtYW5kJyxcbiAgICAgIHByaWNlczogdmlldy5wcmljZXMsXG4gICAgICBmaWxlczogci5maWxlcy5tYXAoKGYpID0+IChmLmluY2x1ZGVzKCcgJykgPyBmIDogc2hvd25QYXRoKGYpKSksXG4gICAgICB3YXJuaW5nczogci53YXJuaW5ncyxcbiAgICAgIG5leHQ6IHIubmV4dCxcbiAgICB9KTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3Qgd2hlcmUgPSB2aWV3LmJhY2tlbmQgPT09ICdhd3MnID8gYGF3cyR7dmlldy5yZWdpb24gPyBgICR7dmlldy5yZWdpb259YCA6ICcnfWAgOiBgJHt2aWV3LmJhY2tlbmR9ICgke3ZpZXcubmV0d29yay5zdW1tYXJ5fSlgO1xuICBjb25zdCBvd24gPSB2aWV3LmJhY2tlbmQgPT09ICdrdWJlcm5ldGVzJyA/ICdLdWJlVmlydCBydW5zIG9uIHlvdXIgb3duIEt1YmVybmV0ZXMgY2x1c3RlcicgOiAnUHJveG1veCBydW5zIG9uIHlvdXIgb3duIGhhcmR3YXJlJztcbiAgb3V0LmhlYWRpbmcoYGxhYiAke3ZpZXcubmFtZX0gKCR7dmlldy5maWxlfSk6ICR7d2hlcmV9LCBlZ3Jlc3MgJHt2aWV3LmVncmVzc30ke3ZpZXcucG9saWN5TmFtZSA/IGAsIHBvbGljeSAke3ZpZXcucG9saWN5TmFtZX1gIDogJyd9YCk7XG4gIGNvbnN0IG5lc3RlZCA9IHIuc3RhY2tzLmxlbmd0aCAtIDE7XG4gIG91dC5saW5lKGBzdGFja3M6ICR7c3RhY2tOYW1lfSR7bmVzdGVkID4gMCA/IGAgYW5kICR7bmVzdGVkfSBuZXN0ZWQgc3RhY2ske25lc3RlZCA+IDEgPyAncycgOiAnJ31gIDogJyd9LCAke3Jlc291cmNlc30gcmVzb3VyY2VzYCk7XG4gIG91dC5saW5lKGB1c2VyczogJHt2aWV3LnVzZXJzLmxlbmd0aH0gaW4gJHt2aWV3Lmdyb3Vwcy5sZW5ndGh9IGdyb3VwJHt2aWV3Lmdyb3Vwcy5sZW5ndGggPT09IDEgPyAnJyA6ICdzJ30ke3ZpZXcucmVnaXN0cnlGaWxlID8gYCAoJHt2aWV3LnJlZ2lzdHJ5RmlsZX0pYCA6ICcnfWApO1xuICBvdXQubGluZShgd29ya3NwYWNlczogJHt2aWV3LndvcmtzcGFjZXMubGVuZ3RofSwgJHttb25leShob3VybHksIDQpfS9oIHdoZW4gYWxsIHJ1biAoJHtlYzJFcXVpdmFsZW50ID8gYEVDMi1lcXVpdmFsZW50IG9uLWRlbWFuZCBwcmljZXMsIGZvciBjb21wYXJpc29uOiAke293bn1gIDogYG9uLWRlbWFuZCwgJHt2aWV3LnByaWNlcy5yZWdpb259ICR7dmlldy5wcmljZXMuZGF0ZX1gfSlgKTtcbiAgb3V0LmxpbmUoKTtcbiAgaWYgKHZpZXcuYmFja2VuZCA9PT0gJ2F3cycpIHtcbiAgICBvdXQudGFibGUoWydXT1JLU1BBQ0UnLCAnVEVNUExBVEUnLCAnU0laRScsICdJTlNUQU5DRScsICdPV05FUicsICdTVEFDSycsICckL0gnXSwgdmlldy53b3Jrc3BhY2VzLm1hcCgodykgPT4gW1xuICAgICAgdy5uYW1lLCB3LnRlbXBsYXRlLCB3LnNpemUsIHcuaW5zdGFuY2VUeXBlLCB3Lm93bmVyLCByLndvcmtzcGFjZVN0YWNrLmdldCh3Lm5hbWUpLCBtb25leSh3LmhvdXJseUNvc3QsIDQpLFxuICAgIF0pKTtcbiAgICBvdXQubGluZSgpO1xuICAgIG91dC50YWJsZShbJ1NUQUNLJywgJ1dPUktTUEFDRVMnLCAnUkVTT1VSQ0VTJywgJ0tCJ10sIHIuc3RhY2tzLm1hcCgocykgPT4gW3MubmFtZSwgcy53b3Jrc3BhY2VzLCBzLnJlc291cmNlcywgTWF0aC5jZWlsKHMudGVtcGxhdGVCeXRlcyAvIDEwMjQpXSkpO1xuICB9IGVsc2UgaWYgKHZpZXcuYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnKSB7XG4gICAgb3V0LnRhYmxlKFsnV09SS1NQQUNFJywgJ1RFTVBMQVRFJywgJ1NJWkUnLCAnQ09SRVMnLCAnTUVNT1JZJywgJ0RJU0snLCAnRUdSRVNTJywgJ09XTkVSJywgJ1NUQVRFJywgJyQvSCddLCB2aWV3LndvcmtzcGFjZXMubWFwKCh3KSA9PiB7XG4gICAgICBjb25zdCBrID0gci5rdWJlcm5ldGVzPy5nZXQody5uYW1lKTtcbiAgICAgIHJldHVybiBbXG4gICAgICAgIHcubmFtZSwgdy50ZW1wbGF0ZSwgdy5zaXplLCBrPy5jb3JlcyA/PyB3LnZjcHVzLCBgJHsoaz8ubWVtb3J5TWlCID8/IHcubWVtb3J5TWlCKSAvIDEwMjR9IEdpQmAsIGAke2s/LmRpc2tHaUIgPz8gdy5kaXNrR2lCfSBHaUJgLCB3LmVncmVzcywgdy5vd25lcixcbiAgICAgICAgKGs/LnN0YXJ0ZWQgPz8gdy5zdGFydGVkKSA9PT0gZmFsc2UgPyAnc3RvcHBlZCcgOiAncnVubmluZycsIG1vbmV5KHcuaG91cmx5Q29zdCwgNCksXG4gICAgICBdO1xuICAgIH0pLCBbJ2wnLCAnbCcsICdsJywgJ3InLCAncicsICdyJywgJ2wnLCAnbCcsICdsJywgJ3InXSk7XG4gICAgaWYgKHIuZWdyZXNzQWxsb3dlZERvbWFpbnM/Lmxlbmd0aCkge1xuICAgICAgb3V0LmxpbmUoKTtcbiAgICAgIG91dC5saW5lKGBwYWNrYWdlIHByb3h5IChzcXVpZCk6ICR7ci5lZ3Jlc3NBbGxvd2VkRG9tYWlucy5sZW5ndGh9IGFsbG93ZWQgZG9tYWlucyAoJHtyLmVncmVzc0FsbG93ZWREb21haW5zLnNsaWNlKDAsIDYpLmpvaW4oJywgJyl9JHtyLmVncmVzc0FsbG93ZWREb21haW5zLmxlbmd0aCA+IDYgPyAnLCAuLi4nIDogJyd9KWApO1xuICAgIH1cbiAgfSBlbHNlIHtcbiAgICBvdXQudGFibGUoWydXT1JLU1BBQ0UnLCAnVEVNUExBVEUnLCAnU0laRScsICdOT0RFJywgJ0tJTkQnLCAnRUdSRVNTJywgJ09XTkVSJywgJ1ZNIElEJ10sIHZpZXcud29ya3NwYWNlcy5tYXAoKHcpID0+IFtcbiAgICAgIHcubmFtZSwgdy50ZW1wbGF0ZSwgdy5zaXplLCB3Lm5vZGUsIHcua2luZCwgdy5lZ3Jlc3MsIHcub3duZXIsIHIudm1JZHMuZ2V0KHcubmFtZSkgPz8gJ25leHQgZnJlZScsXG4gICAgXSkpO1xuICB9XG4gIG91dC5saW5lKCk7XG4gIG91dC50YWJsZShbJ1JFU09VUkNFIFRZUEUnLCAnQ09VTlQnXSwgY291bnRUeXBlcyhyLnJlc291cmNlVHlwZXMpLm1hcCgoW3QsIG5dKSA9PiBbdCwgbl0pKTtcbiAgb3V0LmxpbmUoKTtcbiAgb3V0LmxpbmUoYHdyb3RlICR7ci5maWxlcy5tYXAoKGYpID0+IChmLmluY2x1ZGVzKCcgJykgPyBmIDogc2hvd25QYXRoKGYpKSkuam9pbignXFxuICAgICAgJyl9YCk7XG4gIG91dC5saW5lKGBOZXh0OiAke3IubmV4dH1gKTtcbn1cblxuZnVuY3Rpb24ga3ViZXJuZXRlc0pzb24oazogS3ViZXJuZXRlc1dvcmtzcGFjZVN1bW1hcnkgfCB1bmRlZmluZWQpOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB7XG4gIGlmICghaykgcmV0dXJuIHt9O1xuICByZXR1cm4geyBjb3Jlczogay5jb3JlcywgbWVtb3J5TWlCOiBrLm1lbW9yeU1pQiwgZGlza0dpQjogay5kaXNrR2lCLCBzdGF0ZTogay5zdGFydGVkID8gJ3J1bm5pbmcnIDogJ3N0b3BwZWQnLCBob3N0OiBrLmhvc3QsIGltYWdlOiBrLmltYWdlIH07XG59XG5cbmZ1bmN0aW9uIHdvcmtzcGFjZUpzb24odzogTGFiV29ya3NwYWNlVmlldyk6IFJlY29yZDxzdHJpbmcsIHVua25vd24+IHtcbiAgcmV0dXJuIE9iamVjdC5mcm9tRW50cmllcyhPYmplY3QuZW50cmllcyh3KS5maWx0ZXIoKFssIHZdKSA9PiB2ICE9PSB1bmRlZmluZWQpKTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gZGlhZ3JhbVxuXG5jb25zdCBkaWFncmFtOiBDb21tYW5kID0ge1xuICBuYW1lOiAnZGlhZ3JhbScsXG4gIHN1bW1hcnk6ICdEcmF3IGEgbGFiOiBwZW9wbGUsIGFjY2Vzcywgd29ya3NwYWNlcywgc2hhcmVkIHN0b3JhZ2UsIG5ldHdvcmsgYW5kIGVncmVzcyAoTWVybWFpZCBvciBTVkcpJyxcbiAgZGVzY3JpcHRpb246IGBBIHBpY3R1cmUgb2YgdGhlIGxhYiBmaWxlOiB0aGUgcGVvcGxlICh1c2VycyBhbmQgZ3JvdXBzIG9mIHRoZSByZWdpc3RyeTsgaW4gYSBsYXJnZSByZWdpc3RyeVxudGhlIG93bmVycyBhbmQgb25lIGJveCBmb3IgdGhlIHJlc3QpLCBob3cgdGhleSByZWFjaCB0aGUgd29ya3NwYWNlcyAoU2Vzc2lvbiBNYW5hZ2VyLCB0aGUgd2ViXG5nYXRld2F5LCBTU0g7IG9uIFByb3htb3ggU1NIL3JlbW90ZSBkZXNrdG9wIGZyb20gYWNjZXNzX2NpZHJzOyBvbiBLdWJlcm5ldGVzIHZpcnRjdGwgc3NoIGFuZFxucG9ydC1mb3J3YXJkIHRocm91Z2ggdGhlIEFQSSBzZXJ2ZXIsIGFuZCBTU0ggZnJvbSBhY2Nlc3NfY2lkcnMpLCBldmVyeSB3b3Jrc3BhY2UgKHRlbXBsYXRlLCBzaXplLFxub3duZXIsIGFjY291bnRzKSwgdGhlIHNoYXJlZCBzdG9yYWdlIChob21lcywgcHJvamVjdCBmb2xkZXJzLCBzY3JhdGNoKSwgdGhlIG5ldHdvcmsgKFZQQyBhbmRcbmVuZHBvaW50cywgdGhlIFByb3htb3ggYnJpZGdlLCBvciB0aGUgbGFiJ3MgbmFtZXNwYWNlKSBhbmQgdGhlIGVncmVzcyBwYXRoIHRvIHRoZSBpbnRlcm5ldCAob25cbkt1YmVybmV0ZXMgdGhyb3VnaCB0aGUgbGFiJ3Mgc3F1aWQgcGFja2FnZSBwcm94eSkuXG5cbi0tZm9ybWF0IG1lcm1haWQgcHJpbnRzIGEgTWVybWFpZCBmbG93Y2hhcnQgKHBhc3RlIGl0IGludG8gTWFya2Rvd246IFxcYFxcYFxcYG1lcm1haWQpOyAtLWZvcm1hdCBzdmdcbmEgc3RhbmRhbG9uZSBTVkcgZHJhd24gYnkgcndzIGl0c2VsZiAobm8gYnJvd3NlciBvciBNZXJtYWlkIENMSSkuIEJvdGggYXJlIGRldGVybWluaXN0aWMuYCxcbiAgYXJnczogW3sgbmFtZTogJ2xhYi55YW1sJywgaGVscDogJ3RoZSBsYWIgZmlsZScgfV0sXG4gIG9wdGlvbnM6IFtcbiAgICB7IG5hbWU6ICdmb3JtYXQnLCB2YWx1ZTogJ21lcm1haWR8c3ZnJywgaGVscDogJ21lcm1haWQgKGRlZmF1bHQpIG9yIHN2ZycgfSxcbiAgICB7IG5hbWU6ICdvdXQnLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAnd3JpdGUgdGhlIGRpYWdyYW0gdG8gdGhpcyBmaWxlIGluc3RlYWQgb2Ygc3Rkb3V0JyB9LFxuICAgIEJBQ0tFTkRfT1BUSU9OLFxuICBdLFxuICBleGFtcGxlczogWydyd3MgbGFiIGRpYWdyYW0gbGFiLnlhbWwgLS1mb3JtYXQgbWVybWFpZCA+IGRvY3MvbGFiLm1tZCcsICdyd3MgbGFiIGRpYWdyYW0gbGFiLnlhbWwgLS1mb3JtYXQgc3ZnIC0tb3V0IGxhYi5zdmcnXSxcbiAgZXhpdENvZGVzOiAnICAwICB0aGUgZGlhZ3JhbSB3YXMgd3JpdHRlblxcbiAgMiAgdXNhZ2Ugb3IgaW5wdXQgZXJyb3I6IGEgbWlzc2luZyBvciBpbnZhbGlkIGxhYiBmaWxlLCBhbiB1bmtub3duIGZvcm1hdCcsXG4gIGFzeW5jIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgY29uc3QgZm9ybWF0ID0gKGlucHV0LnN0cignZm9ybWF0JykgPz8gJ21lcm1haWQnKS50b0xvd2VyQ2FzZSgpO1xuICAgIGlmIChmb3JtYXQgIT09ICdtZXJtYWlkJyAmJiBmb3JtYXQgIT09ICdzdmcnKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1mb3JtYXQgbXVzdCBiZSBtZXJtYWlkIG9yIHN2ZyAoZ290IFwiJHtpbnB1dC5zdHIoJ2Zvcm1hdCcpfVwiKWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3QgbGFiID0gYXdhaXQgbG9hZExhYkZpbGUoY3R4LCBpbnB1dCk7XG4gICAgY29uc3QgZ3JhcGggPSBidWlsZExhYkRpYWdyYW0obGFiLnZpZXcpO1xuICAgIGNvbnN0IHRleHQgPSBmb3JtYXQgPT09ICdzdmcnID8gdG9TdmcoZ3JhcGgpIDogdG9NZXJtYWlkKGdyYXBoKTtcbiAgICBjb25zdCBvdXRGaWxlID0gaW5wdXQuc3RyKCdvdXQnKTtcbiAgICBpZiAob3V0RmlsZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBjb25zdCBmaWxlID0gcGF0aC5yZXNvbHZlKGN0eC5jd2QsIG91dEZpbGUpO1xuICAgICAgcHJlcGFyZU91dHB1dEZpbGUoZmlsZSwgb3V0RmlsZSk7XG4gICAgICB0cnkge1xuICAgICAgICBmcy53cml0ZUZpbGVTeW5jKGZpbGUsIHRleHQpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICB0aHJvdyBvdXRwdXRGYWlsdXJlKGUsIG91dEZpbGUpID8/IGU7XG4gICAgICB9XG4gICAgICBpZiAoIWN0eC5vdXQuanNvbikgY3R4Lm91dC5ub3RlKGB3cm90ZSAke3Nob3duUGF0aChmaWxlKX0gKCR7Zm9ybWF0fSwgJHtncmFwaC5ncm91cHMucmVkdWNlKChuLCBnKSA9PiBuICsgZy5ub2Rlcy5sZW5ndGgsIDApfSBib3hlcywgJHtncmFwaC5lZGdlcy5sZW5ndGh9IGFycm93cylgKTtcbiAgICB9XG4gICAgaWYgKGN0eC5vdXQuanNvbikge1xuICAgICAgY3R4Lm91dC5wcmludEpzb24oe1xuICAgICAgICBsYWI6IGxhYi52aWV3Lm5hbWUsXG4gICAgICAgIGZpbGU6IGxhYi52aWV3LmZpbGUsXG4gICAgICAgIGJhY2tlbmQ6IGxhYi52aWV3LmJhY2tlbmQsXG4gICAgICAgIGZvcm1hdCxcbiAgICAgICAgLi4uKG91dEZpbGUgIT09IHVuZGVmaW5lZCA/IHsgb3V0OiBzaG93blBhdGgocGF0aC5yZXNvbHZlKGN0eC5jd2QsIG91dEZpbGUpKSB9IDogeyBkaWFncmFtOiB0ZXh0IH0pLFxuICAgICAgICBncm91cHM6IGdyYXBoLmdyb3VwcyxcbiAgICAgICAgZWRnZXM6IGdyYXBoLmVkZ2VzLFxuICAgICAgfSk7XG4gICAgfSBlbHNlIGlmIChvdXRGaWxlID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGN0eC5vdXQud3JpdGUodGV4dCk7XG4gICAgfVxuICAgIHJldHVybiBFWElUX09LO1xuICB9LFxufTtcblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gY29zdFxuXG4vKiogRGVmYXVsdCBob3VycyBpbiBhIG1vbnRoICgzNjUgKiAyNCAvIDEyKS4gKi9cbmV4cG9ydCBjb25zdCBIT1VSU19QRVJfTU9OVEggPSA3MzA7XG5cbmNvbnN0IGNvc3Q6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdjb3N0JyxcbiAgc3VtbWFyeTogJ0VzdGltYXRlIHRoZSBob3VybHkgYW5kIG1vbnRobHkgY29zdCBvZiBhIGxhYiBwZXIgd29ya3NwYWNlLCBwZXIgb3duZXIgYW5kIGluIGFsbCcsXG4gIGRlc2NyaXB0aW9uOiBgUHJpY2VzIGV2ZXJ5IHdvcmtzcGFjZSBvZiB0aGUgbGFiIGZpbGUgd2l0aCBXb3Jrc3BhY2VTaXppbmcgYW5kIHRoZSBidW5kbGVkIG9uLWRlbWFuZCBwcmljZVxudGFibGUgKGl0cyByZWdpb24gYW5kIGRhdGUgYXJlIHByaW50ZWQpOiBwZXIgaG91ciwgcGVyIG1vbnRoIHJ1bm5pbmcgYWxsIHRoZSB0aW1lICgtLWhvdXJzLXBlci1tb250aCxcbmRlZmF1bHQgNzMwKSwgYW5kIHBlciBtb250aCBpbiBidXNpbmVzcyBob3VycyAoLS1idXNpbmVzcy1ob3VycyBhIGRheSB4IC0tYnVzaW5lc3MtZGF5cyBhIG1vbnRoLFxuZGVmYXVsdCA4IHggMjIgPSAxNzYgaCksIHdoaWNoIGlzIHdoYXQgaWRsZSBzdG9wIG1ha2VzIHJlYWxpc3RpYzogYSB3b3Jrc3BhY2Ugc3RvcHMgaXRzZWxmIGFmdGVyIGl0c1xudGVtcGxhdGUncyBpZGxlIG1pbnV0ZXMuIFRvdGFscyBwZXIgb3duZXIgYW5kIGZvciB0aGUgbGFiLiBPbmx5IGluc3RhbmNlcyBhcmUgcHJpY2VkOiBzdG9yYWdlLFxuTkFUIGdhdGV3YXlzLCBlbmRwb2ludHMsIGxvYWQgYmFsYW5jZXJzIGFuZCBkYXRhIHRyYW5zZmVyIGFyZSBub3QgaW5jbHVkZWQuIE9uIEt1YmVybmV0ZXMgYW5kIFByb3htb3hcbnRoZSBwcmljZXMgYXJlIHRob3NlIG9mIHRoZSBlcXVpdmFsZW50IEVDMiBpbnN0YW5jZSB0eXBlcywgZm9yIGNvbXBhcmlzb24uYCxcbiAgYXJnczogW3sgbmFtZTogJ2xhYi55YW1sJywgaGVscDogJ3RoZSBsYWIgZmlsZScgfV0sXG4gIG9wdGlvbnM6IFtcbiAgICB7IG5hbWU6ICdob3Vycy1wZXItbW9udGgnLCB2YWx1ZTogJ04nLCBoZWxwOiAnaG91cnMgYSBtb250aCBmb3IgdGhlIFwiYWx3YXlzIG9uXCIgZXN0aW1hdGUgKGRlZmF1bHQgNzMwKScgfSxcbiAgICB7IG5hbWU6ICdidXNpbmVzcy1ob3VycycsIHZhbHVlOiAnTicsIGhlbHA6ICdob3VycyBhIGRheSBhIHdvcmtzcGFjZSBydW5zIGluIHRoZSBidXNpbmVzcy1ob3VycyBlc3RpbWF0ZSAoZGVmYXVsdCA4KScgfSxcbiAgICB7IG5hbWU6ICdidXNpbmVzcy1kYXlzJywgdmFsdWU6ICdOJywgaGVscDogJ2RheXMgYSBtb250aCBpbiB0aGUgYnVzaW5lc3MtaG91cnMgZXN0aW1hdGUgKGRlZmF1bHQgMjIpJyB9LFxuICAgIEJBQ0tFTkRfT1BUSU9OLFxuICBdLFxuICBleGFtcGxlczogWydyd3MgbGFiIGNvc3QgbGFiLnlhbWwnLCAncndzIGxhYiBjb3N0IGxhYi55YW1sIC0taG91cnMtcGVyLW1vbnRoIDM2MCAtLWpzb24nXSxcbiAgZXhpdENvZGVzOiAnICAwICB0aGUgZXN0aW1hdGUgd2FzIHByaW50ZWRcXG4gIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yOiBhIG1pc3Npbmcgb3IgaW52YWxpZCBsYWIgZmlsZSwgYSBiYWQgbnVtYmVyJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBob3VycyA9IGlucHV0LmludCgnaG91cnMtcGVyLW1vbnRoJykgPz8gSE9VUlNfUEVSX01PTlRIO1xuICAgIGNvbnN0IHBlckRheSA9IGlucHV0LmludCgnYnVzaW5lc3MtaG91cnMnKSA/PyA4O1xuICAgIGNvbnN0IGRheXMgPSBpbnB1dC5pbnQoJ2J1c2luZXNzLWRheXMnKSA/PyAyMjtcbiAgICBpZiAoaG91cnMgPCAxIHx8IGhvdXJzID4gNzQ0KSB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1ob3Vycy1wZXItbW9udGggbXVzdCBiZSBmcm9tIDEgdG8gNzQ0IChnb3QgJHtob3Vyc30pYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBpZiAocGVyRGF5IDwgMSB8fCBwZXJEYXkgPiAyNCkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0tYnVzaW5lc3MtaG91cnMgbXVzdCBiZSBmcm9tIDEgdG8gMjQgKGdvdCAke3BlckRheX0pYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBpZiAoZGF5cyA8IDEgfHwgZGF5cyA+IDMxKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1idXNpbmVzcy1kYXlzIG11c3QgYmUgZnJvbSAxIHRvIDMxIChnb3QgJHtkYXlzfSlgLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIGNvbnN0IGxhYiA9IGF3YWl0IGxvYWRMYWJGaWxlKGN0eCwgaW5wdXQpO1xuICAgIHByaW50Q29zdChjdHgsIGxhYi52aWV3LCBob3VycywgcGVyRGF5LCBkYXlzKTtcbiAgICByZXR1cm4gRVhJVF9PSztcbiAgfSxcbn07XG5cbmludGVyZmFjZSBDb3N0TGluZSB7XG4gIHJlYWRvbmx5IGhvdXJseTogbnVtYmVyO1xuICByZWFkb25seSBtb250aGx5OiBudW1iZXI7XG4gIHJlYWRvbmx5IGJ1c2luZXNzTW9udGhseTogbnVtYmVyO1xufVxuXG5mdW5jdGlvbiBjb3N0T2Yod3M6IExhYldvcmtzcGFjZVZpZXdbXSwgaG91cnM6IG51bWJlciwgYnVzaW5lc3M6IG51bWJlcik6IENvc3RMaW5lIHtcbiAgY29uc3QgaG91cmx5ID0gdG90YWxIb3VybHkod3MpO1xuICByZXR1cm4geyBob3VybHksIG1vbnRobHk6IGhvdXJseSAqIGhvdXJzLCBidXNpbmVzc01vbnRobHk6IGhvdXJseSAqIGJ1c2luZXNzIH07XG59XG5cbmZ1bmN0aW9uIHByaW50Q29zdChjdHg6IENvbnRleHQsIHZpZXc6IExhYlZpZXcsIGhvdXJzOiBudW1iZXIsIHBlckRheTogbnVtYmVyLCBkYXlzOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3Qgb3V0ID0gY3R4Lm91dDtcbiAgY29uc3QgYnVzaW5lc3MgPSBwZXJEYXkgKiBkYXlzO1xuICBjb25zdCBwcmljZWQgPSB2aWV3LndvcmtzcGFjZXMuZmlsdGVyKCh3KSA9PiB3LmhvdXJseUNvc3QgIT09IHVuZGVmaW5lZCk7XG4gIGNvbnN0IHVucHJpY2VkID0gdmlldy53b3Jrc3BhY2VzLmZpbHRlcigodykgPT4gdy5ob3VybHlDb3N0ID09PSB1bmRlZmluZWQpO1xuICAvLyBTYWdlTWFrZXIgU3R1ZGlvIGFwcHMgKG9uZSBwZXIgdXNlciBwcm9maWxlLCBhbmQgdGhlIHNoYXJlZCBzcGFjZXMpIGNvdW50IHRvd2FyZHMgb3duZXJzIGFuZCB0aGUgdG90YWwuXG4gIGNvbnN0IG5vdGVib29rcyA9IHZpZXcubm90ZWJvb2tzID8/IFtdO1xuICBjb25zdCBuYkhvdXJseSA9IChsaXN0OiB0eXBlb2Ygbm90ZWJvb2tzKSA9PiBsaXN0LnJlZHVjZSgoYSwgbikgPT4gYSArIChuLmhvdXJseUNvc3QgPz8gMCksIDApO1xuICBjb25zdCB3aXRoTm90ZWJvb2tzID0gKGxpbmU6IENvc3RMaW5lLCBsaXN0OiB0eXBlb2Ygbm90ZWJvb2tzKTogQ29zdExpbmUgPT4ge1xuICAgIGNvbnN0IGggPSBuYkhvdXJseShsaXN0KTtcbiAgICByZXR1cm4geyBob3VybHk6IGxpbmUuaG91cmx5ICsgaCwgbW9udGhseTogbGluZS5tb250aGx5ICsgaCAqIGhvdXJzLCBidXNpbmVzc01vbnRobHk6IGxpbmUuYnVzaW5lc3NNb250aGx5ICsgaCAqIGJ1c2luZXNzIH07XG4gIH07XG4gIGNvbnN0IG93bmVycyA9IFsuLi5uZXcgU2V0KFsuLi52aWV3LndvcmtzcGFjZXMubWFwKCh3KSA9PiB3Lm93bmVyID8/ICcobm8gb3duZXIpJyksIC4uLm5vdGVib29rcy5tYXAoKG4pID0+IG4ub3duZXIpXSldLnNvcnQoKTtcbiAgY29uc3QgYnlPd25lciA9IG93bmVycy5tYXAoKG8pID0+IHtcbiAgICBjb25zdCB3cyA9IHZpZXcud29ya3NwYWNlcy5maWx0ZXIoKHcpID0+ICh3Lm93bmVyID8/ICcobm8gb3duZXIpJykgPT09IG8pO1xuICAgIHJldHVybiB7IG93bmVyOiBvLCB3b3Jrc3BhY2VzOiB3cy5sZW5ndGgsIC4uLndpdGhOb3RlYm9va3MoY29zdE9mKHdzLCBob3VycywgYnVzaW5lc3MpLCBub3RlYm9va3MuZmlsdGVyKChuKSA9PiBuLm93bmVyID09PSBvKSkgfTtcbiAgfSk7XG4gIGNvbnN0IHRvdGFsID0gd2l0aE5vdGVib29rcyhjb3N0T2Yodmlldy53b3Jrc3BhY2VzLCBob3VycywgYnVzaW5lc3MpLCBub3RlYm9va3MpO1xuICBjb25zdCBub3Rlczogc3RyaW5nW10gPSBbXTtcbiAgY29uc3QgZWMyRXF1aXZhbGVudCA9IHZpZXcuYmFja2VuZCAhPT0gJ2F3cyc7XG4gIGlmICh2aWV3LmJhY2tlbmQgPT09ICdwcm94bW94Jykgbm90ZXMucHVzaCgnUHJveG1veCBWRSBydW5zIG9uIHlvdXIgb3duIGhhcmR3YXJlOiB0aGVzZSBhcmUgdGhlIG9uLWRlbWFuZCBwcmljZXMgb2YgdGhlIGVxdWl2YWxlbnQgRUMyIGluc3RhbmNlIHR5cGVzIChzYW1lIHZDUFVzIGFuZCBtZW1vcnkpLCBmb3IgY29tcGFyaXNvbiBvbmx5LicpO1xuICBpZiAodmlldy5iYWNrZW5kID09PSAna3ViZXJuZXRlcycpIG5vdGVzLnB1c2goJ0t1YmVWaXJ0IHJ1bnMgb24geW91ciBvd24gS3ViZXJuZXRlcyBjbHVzdGVyOiB0aGVzZSBhcmUgdGhlIG9uLWRlbWFuZCBwcmljZXMgb2YgdGhlIGVxdWl2YWxlbnQgRUMyIGluc3RhbmNlIHR5cGVzIChzYW1lIHZDUFVzIGFuZCBtZW1vcnkpLCBmb3IgY29tcGFyaXNvbiBvbmx5LicpO1xuICBpZiAodmlldy5yZWdpb24gJiYgdmlldy5yZWdpb24gIT09IHZpZXcucHJpY2VzLnJlZ2lvbikge1xuICAgIG5vdGVzLnB1c2goYHRoZSBsYWIgaXMgaW4gJHt2aWV3LnJlZ2lvbn07IHRoZSB0YWJsZSdzIHByaWNlcyBhcmUgJHt2aWV3LnByaWNlcy5yZWdpb259J3MgKG90aGVyIHJlZ2lvbnMgY29tbW9ubHkgY29zdCAwLTI1JSBtb3JlKS5gKTtcbiAgfVxuICBpZiAodmlldy53b3Jrc3BhY2VzLnNvbWUoKHcpID0+IHcuc3BvdCkpIG5vdGVzLnB1c2goJ3Nwb3Qgd29ya3NwYWNlcyBhcmUgcHJpY2VkIG9uIGRlbWFuZCBoZXJlOyBzcG90IGNhcGFjaXR5IHVzdWFsbHkgY29zdHMgbGVzcy4nKTtcbiAgaWYgKHVucHJpY2VkLmxlbmd0aCkgbm90ZXMucHVzaChgbm8gcHJpY2UgZm9yICR7dW5wcmljZWQubWFwKCh3KSA9PiBgJHt3Lm5hbWV9ICgke3cuaW5zdGFuY2VUeXBlfSlgKS5qb2luKCcsICcpfTogbGVmdCBvdXQgb2YgdGhlIHRvdGFscy5gKTtcbiAgaWYgKHZpZXcuc2x1cm1Ob3RlKSBub3Rlcy5wdXNoKHZpZXcuc2x1cm1Ob3RlKTtcbiAgaWYgKG5vdGVib29rcy5sZW5ndGgpIHtcbiAgICBub3Rlcy5wdXNoKGBTYWdlTWFrZXIgU3R1ZGlvOiBvbmUgYXBwIHBlciB1c2VyIHByb2ZpbGUgb24gaXRzIGRlZmF1bHQgdHlwZSBhbmQgZXZlcnkgc2hhcmVkIHNwYWNlLCBwcmljZWQgd2l0aCB0aGUgYnVuZGxlZCBub3RlYm9vayBwcmljZXMgKCR7Tm90ZWJvb2tzLlBSSUNFU19SRUdJT059LCAke05vdGVib29rcy5QUklDRVNfREFURX0pOyBgXG4gICAgICArIGBTYWdlTWFrZXIgc2h1dHMgYW4gYXBwIGRvd24gYWZ0ZXIgJHtub3RlYm9va3NbMF0uaWRsZVN0b3BNaW51dGVzfSBpZGxlIG1pbnV0ZXMuIEFwcHMnIHN0b3JhZ2Ugdm9sdW1lcyBhcmUgbm90IGluY2x1ZGVkLmApO1xuICAgIGNvbnN0IG5wID0gbm90ZWJvb2tzLmZpbHRlcigobikgPT4gbi5ob3VybHlDb3N0ID09PSB1bmRlZmluZWQpO1xuICAgIGlmIChucC5sZW5ndGgpIG5vdGVzLnB1c2goYG5vIG5vdGVib29rIHByaWNlIGZvciAke25wLm1hcCgobikgPT4gYCR7bi5uYW1lfSAoJHtuLmluc3RhbmNlVHlwZX0pYCkuam9pbignLCAnKX06IGxlZnQgb3V0IG9mIHRoZSB0b3RhbHMuYCk7XG4gIH1cbiAgY29uc3QgaWRsZSA9IFsuLi5uZXcgU2V0KHZpZXcud29ya3NwYWNlcy5tYXAoKHcpID0+IHcuaWRsZVN0b3BNaW51dGVzKS5maWx0ZXIoKG0pOiBtIGlzIG51bWJlciA9PiBtICE9PSB1bmRlZmluZWQpKV0uc29ydCgoYSwgYikgPT4gYSAtIGIpO1xuICBjb25zdCBpZGxlVGV4dCA9IGlkbGUubGVuZ3RoID8gYGlkbGUgc3RvcCBpcyBvbiAoYWZ0ZXIgJHtpZGxlLmpvaW4oJyBvciAnKX0gaWRsZSBtaW51dGVzJHt2aWV3LndvcmtzcGFjZXMuc29tZSgodykgPT4gdy5pZGxlU3RvcE1pbnV0ZXMgPT09IHVuZGVmaW5lZCkgPyAnOyBvZmYgZm9yIHNvbWUgd29ya3NwYWNlcycgOiAnJ30pYCA6ICdpZGxlIHN0b3AgaXMgb2ZmIGZvciBldmVyeSB3b3Jrc3BhY2UnO1xuICBub3Rlcy5wdXNoKGBidXNpbmVzcyBob3VyczogJHtwZXJEYXl9IGggeCAke2RheXN9IGRheXMgPSAke2J1c2luZXNzfSBoIGEgbW9udGg7ICR7aWRsZVRleHR9LCBzbyBhIHdvcmtzcGFjZSBub2JvZHkgdXNlcyBzdG9wcyBieSBpdHNlbGYuYCk7XG4gIG5vdGVzLnB1c2godmlldy5iYWNrZW5kID09PSAnYXdzJ1xuICAgID8gJ29ubHkgaW5zdGFuY2VzIGFyZSBwcmljZWQ6IEVGUyBzdG9yYWdlLCBOQVQgZ2F0ZXdheXMsIFZQQyBlbmRwb2ludHMsIHRoZSBsb2FkIGJhbGFuY2VyLCBiYWNrdXBzIGFuZCBkYXRhIHRyYW5zZmVyIGFyZSBub3QgaW5jbHVkZWQuJ1xuICAgIDogdmlldy5iYWNrZW5kID09PSAna3ViZXJuZXRlcycgPyAnb25seSB0aGUgbWFjaGluZXMgYXJlIHByaWNlZDogcm9vdCB2b2x1bWVzLCB0aGUgTkZTIHNoYXJlLCB0aGUgcGFja2FnZSBwcm94eSBhbmQgdGhlIG5ldHdvcmsgYXJlIG5vdCBpbmNsdWRlZC4nXG4gICAgICA6ICdvbmx5IHRoZSBtYWNoaW5lcyBhcmUgcHJpY2VkOiBzdG9yYWdlIGFuZCBuZXR3b3JrIGFyZSBub3QgaW5jbHVkZWQuJyk7XG5cbiAgaWYgKG91dC5qc29uKSB7XG4gICAgb3V0LnByaW50SnNvbih7XG4gICAgICBsYWI6IHZpZXcubmFtZSxcbiAgICAgIGZpbGU6IHZpZXcuZmlsZSxcbiAgICAgIGJhY2tlbmQ6IHZpZXcuYmFja2VuZCxcbiAgICAgIC4uLih2aWV3LnJlZ2lvbiA/IHsgcmVnaW9uOiB2aWV3LnJlZ2lvbiB9IDoge30pLFxuICAgICAgYmFzaXM6IGVjMkVxdWl2YWxlbnQgPyAnZWMyLWVxdWl2YWxlbnQnIDogJ29uLWRlbWFuZCcsXG4gICAgICBwcmljZXM6IHZpZXcucHJpY2VzLFxuICAgICAgaG91cnNQZXJNb250aDogaG91cnMsXG4gICAgICBidXNpbmVzc0hvdXJzUGVyTW9udGg6IGJ1c2luZXNzLFxuICAgICAgd29ya3NwYWNlczogdmlldy53b3Jrc3BhY2VzLm1hcCgodykgPT4gKHtcbiAgICAgICAgbmFtZTogdy5uYW1lLFxuICAgICAgICBvd25lcjogdy5vd25lcixcbiAgICAgICAgcHJvamVjdDogdy5wcm9qZWN0LFxuICAgICAgICB0ZW1wbGF0ZTogdy50ZW1wbGF0ZSxcbiAgICAgICAgc2l6ZTogdy5zaXplLFxuICAgICAgICBhcmNoaXRlY3R1cmU6IHcuYXJjaGl0ZWN0dXJlLFxuICAgICAgICBpbnN0YW5jZVR5cGU6IHcuaW5zdGFuY2VUeXBlLFxuICAgICAgICBob3VybHlDb3N0OiB3LmhvdXJseUNvc3QsXG4gICAgICAgIG1vbnRobHlDb3N0OiB3LmhvdXJseUNvc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHcuaG91cmx5Q29zdCAqIGhvdXJzLFxuICAgICAgICBidXNpbmVzc01vbnRobHlDb3N0OiB3LmhvdXJseUNvc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHcuaG91cmx5Q29zdCAqIGJ1c2luZXNzLFxuICAgICAgICBjb3N0U291cmNlOiB3LmNvc3RTb3VyY2UsXG4gICAgICAgIHNwb3Q6IHcuc3BvdCxcbiAgICAgICAgaWRsZVN0b3BNaW51dGVzOiB3LmlkbGVTdG9wTWludXRlcyxcbiAgICAgIH0pKSxcbiAgICAgIG5vdGVib29rczogbm90ZWJvb2tzLm1hcCgobikgPT4gKHtcbiAgICAgICAgLi4ubixcbiAgICAgICAgbW9udGhseUNvc3Q6IG4uaG91cmx5Q29zdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbi5ob3VybHlDb3N0ICogaG91cnMsXG4gICAgICAgIGJ1c2luZXNzTW9udGhseUNvc3Q6IG4uaG91cmx5Q29zdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbi5ob3VybHlDb3N0ICogYnVzaW5lc3MsXG4gICAgICB9KSksXG4gICAgICBvd25lcnM6IGJ5T3duZXIubWFwKChvKSA9PiAoe1xuICAgICAgICBvd25lcjogby5vd25lcixcbiAgICAgICAgd29ya3NwYWNlczogby53b3Jrc3BhY2VzLFxuICAgICAgICBob3VybHlDb3N0OiBvLmhvdXJseSxcbiAgICAgICAgbW9udGhseUNvc3Q6IG8ubW9udGhseSxcbiAgICAgICAgYnVzaW5lc3NNb250aGx5Q29zdDogby5idXNpbmVzc01vbnRobHksXG4gICAgICB9KSksXG4gICAgICB0b3RhbDoge1xuICAgICAgICB3b3Jrc3BhY2VzOiB2aWV3LndvcmtzcGFjZXMubGVuZ3RoLFxuICAgICAgICBwcmljZWQ6IHByaWNlZC5sZW5ndGgsXG4gICAgICAgIGhvdXJseUNvc3Q6IHRvdGFsLmhvdXJseSxcbiAgICAgICAgbW9udGhseUNvc3Q6IHRvdGFsLm1vbnRobHksXG4gICAgICAgIGJ1c2luZXNzTW9udGhseUNvc3Q6IHRvdGFsLmJ1c2luZXNzTW9udGhseSxcbiAgICAgIH0sXG4gICAgICBub3RlcyxcbiAgICB9KTtcbiAgICByZXR1cm47XG4gIH1cbiAgY29uc3QgbW9udGhIZWFkID0gYCQvTU9OVEggKCR7aG91cnN9IEgpYDtcbiAgY29uc3QgYnVzaW5lc3NIZWFkID0gYCQvTU9OVEggKEJVU0lORVNTICR7YnVzaW5lc3N9IEgpYDtcbiAgY29uc3QgYmFzaXMgPSBgJHtlYzJFcXVpdmFsZW50ID8gJ0VDMi1lcXVpdmFsZW50ICcgOiAnJ31wcmljZXM6ICR7dmlldy5wcmljZXMuZGVzY3JpcHRpb259YDtcbiAgb3V0LmhlYWRpbmcoYGxhYiAke3ZpZXcubmFtZX0gKCR7dmlldy5maWxlfSk6ICR7dmlldy53b3Jrc3BhY2VzLmxlbmd0aH0gd29ya3NwYWNlcywgJHtiYXNpc31gKTtcbiAgb3V0LmxpbmUoKTtcbiAgb3V0LnRhYmxlKFsnV09SS1NQQUNFJywgJ09XTkVSJywgJ1RFTVBMQVRFJywgJ1NJWkUnLCAnSU5TVEFOQ0UnLCAnJC9IT1VSJywgbW9udGhIZWFkLCBidXNpbmVzc0hlYWQsICdJRExFIFNUT1AnXSwgdmlldy53b3Jrc3BhY2VzLm1hcCgodykgPT4gW1xuICAgIHcubmFtZSwgdy5vd25lciwgdy50ZW1wbGF0ZSwgdy5zaXplLCB3Lmluc3RhbmNlVHlwZSwgbW9uZXkody5ob3VybHlDb3N0LCA0KSxcbiAgICBtb25leSh3LmhvdXJseUNvc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHcuaG91cmx5Q29zdCAqIGhvdXJzLCAyKSxcbiAgICBtb25leSh3LmhvdXJseUNvc3QgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHcuaG91cmx5Q29zdCAqIGJ1c2luZXNzLCAyKSxcbiAgICB3LmlkbGVTdG9wTWludXRlcyA9PT0gdW5kZWZpbmVkID8gJ29mZicgOiBgJHt3LmlkbGVTdG9wTWludXRlc30gbWluYCxcbiAgXSksIFsnbCcsICdsJywgJ2wnLCAnbCcsICdsJywgJ3InLCAncicsICdyJywgJ3InXSk7XG4gIGlmIChub3RlYm9va3MubGVuZ3RoKSB7XG4gICAgb3V0LmxpbmUoKTtcbiAgICBvdXQuaGVhZGluZygnU2FnZU1ha2VyIFN0dWRpbycpO1xuICAgIG91dC50YWJsZShbJ0FQUCcsICdLSU5EJywgJ09XTkVSJywgJ0lOU1RBTkNFJywgJyQvSE9VUicsIG1vbnRoSGVhZCwgYnVzaW5lc3NIZWFkLCAnSURMRSBTVE9QJ10sIG5vdGVib29rcy5tYXAoKG4pID0+IFtcbiAgICAgIG4ubmFtZSwgbi5raW5kID09PSAnc3BhY2UnID8gYHNwYWNlICgke24ucHJvamVjdH0pYCA6ICd1c2VyIHByb2ZpbGUnLCBuLm93bmVyLCBuLmluc3RhbmNlVHlwZSwgbW9uZXkobi5ob3VybHlDb3N0LCA0KSxcbiAgICAgIG1vbmV5KG4uaG91cmx5Q29zdCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbi5ob3VybHlDb3N0ICogaG91cnMsIDIpLFxuICAgICAgbW9uZXkobi5ob3VybHlDb3N0ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBuLmhvdXJseUNvc3QgKiBidXNpbmVzcywgMiksXG4gICAgICBgJHtuLmlkbGVTdG9wTWludXRlc30gbWluYCxcbiAgICBdKSwgWydsJywgJ2wnLCAnbCcsICdsJywgJ3InLCAncicsICdyJywgJ3InXSk7XG4gIH1cbiAgb3V0LmxpbmUoKTtcbiAgb3V0LmhlYWRpbmcoJ1BlciBvd25lcicpO1xuICBvdXQudGFibGUoWydPV05FUicsICdXT1JLU1BBQ0VTJywgJyQvSE9VUicsIG1vbnRoSGVhZCwgYnVzaW5lc3NIZWFkXSwgYnlPd25lci5tYXAoKG8pID0+IFtcbiAgICBvLm93bmVyLCBvLndvcmtzcGFjZXMsIG1vbmV5KG8uaG91cmx5LCA0KSwgbW9uZXkoby5tb250aGx5LCAyKSwgbW9uZXkoby5idXNpbmVzc01vbnRobHksIDIpLFxuICBdKSk7XG4gIG91dC5saW5lKCk7XG4gIG91dC5saW5lKGBMYWIgdG90YWw6ICR7bW9uZXkodG90YWwuaG91cmx5LCA0KX0gYW4gaG91ciB3aXRoIGV2ZXJ5IHdvcmtzcGFjZSBydW5uaW5nOyAke21vbmV5KHRvdGFsLm1vbnRobHksIDIpfSBhIG1vbnRoIGF0ICR7aG91cnN9IGg7IGBcbiAgICArIGAke21vbmV5KHRvdGFsLmJ1c2luZXNzTW9udGhseSwgMil9IGEgbW9udGggaW4gYnVzaW5lc3MgaG91cnMgKCR7YnVzaW5lc3N9IGgpLmApO1xuICBvdXQubGluZSgpO1xuICBvdXQubGluZSgnTm90ZXM6Jyk7XG4gIGZvciAoY29uc3QgbiBvZiBub3Rlcykgb3V0LmxpbmUoYCAgLSAke259YCk7XG59XG5cbmV4cG9ydCBjb25zdCBsYWJHcm91cDogQ29tbWFuZEdyb3VwID0ge1xuICBuYW1lOiAnbGFiJyxcbiAgc3VtbWFyeTogJ1N5bnRoZXNpemUsIGRyYXcsIHByaWNlIGFuZCBhdWRpdCBhIGxhYiBmcm9tIGl0cyBkZWNsYXJhdGl2ZSBmaWxlLCBhbmQgcGxhbiBpdHMgaW1hZ2UgdXBncmFkZXMnLFxuICBkZXNjcmlwdGlvbjogYEEgbGFiIGZpbGUgZGVjbGFyZXMgYSB3aG9sZSBsYWIuIEFXUzogTGFiU3RhY2sncyBsYWIueWFtbCAobmFtZSwgcmVnaW9uLCBlZ3Jlc3MsIHZwYywgdGVtcGxhdGVzLFxucmVnaXN0cnksIHBvbGljeSwgc3RvcmFnZSwgd2ViLCB3b3Jrc3BhY2VzOyBzZWUgZG9jcy9hd3MubWQpLiBQcm94bW94OiB0aGUgc2FtZSBpZGVhIHdpdGggY2x1c3Rlcjpcbihub2RlcywgZGF0YXN0b3JlcywgYnJpZGdlKSwgc3RvcmFnZTogKGFuIE5GUyBleHBvcnQpLCBwcm94eTosIGFjY2Vzc19jaWRyczogYW5kIGEgbm9kZTogcGVyXG53b3Jrc3BhY2UuIEt1YmVybmV0ZXMgKEt1YmVWaXJ0KToga3ViZXJuZXRlczogKG5hbWVzcGFjZSwga3ViZWNvbmZpZywgc3RvcmFnZSBjbGFzcywgR1BVIGRldmljZSksXG5lZ3Jlc3M6LCBzdG9yYWdlOiAoYW4gTkZTIGV4cG9ydCksIGFjY2Vzc19jaWRyczogYW5kIHdvcmtzcGFjZXMgd2l0aCBhbiBvcHRpb25hbCBpbWFnZTogKHNlZVxuZG9jcy9jbGkubWQpLmAsXG4gIGNvbW1hbmRzOiBbc3ludGgsIGRpYWdyYW0sIGNvc3QsIGxhYkF1ZGl0Q29tbWFuZCh7IGxvYWRMYWJGaWxlLCBzeW50aExvYWRlZExhYiwgc3RhY2tOYW1lT2YgfSksIHBsYW5VcGdyYWRlQ29tbWFuZF0sXG59O1xuIl19