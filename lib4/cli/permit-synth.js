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
exports.permitSynth = exports.PERMIT_BACKENDS = void 0;
exports.validationCacheDir = validationCacheDir;
exports.withConsoleOnStderr = withConsoleOnStderr;
exports.synthInto = synthInto;
exports.stackMessages = stackMessages;
exports.countTypes = countTypes;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const out_path_1 = require("./out-path");
const permit_file_1 = require("./permit-file");
const sources_1 = require("./sources");
const permit_1 = require("../workspaces/permit");
const error_1 = require("../workspaces/private/error");
/**
 * `rws permit synth`: one permit's stack, synthesized in-process for a pipeline. The backends
 * (cdktf for Kubernetes and Proxmox, aws-cdk-lib for AWS) are loaded inside run(), one at a time,
 * so the other commands never load them.
 */
/** The backends a permit can be synthesized for. */
exports.PERMIT_BACKENDS = ['kubernetes', 'proxmox', 'aws'];
/**
 * The validation cache of the CLI: RWS_VALIDATION_CACHE (a folder, or "off"), else
 * $XDG_CACHE_HOME/rws/cfn-validate, else ~/.cache/rws/cfn-validate.
 */
function validationCacheDir(env) {
    const v = env.RWS_VALIDATION_CACHE;
    if (v === 'off')
        return undefined;
    if (v)
        return path.resolve(v);
    const base = env.XDG_CACHE_HOME || (env.HOME ? path.join(env.HOME, '.cache') : undefined);
    return base ? path.join(base, 'rws', 'cfn-validate') : undefined;
}
/** Options every permit synthesis takes. */
const OPTIONS = [
    { name: 'id', value: 'id', help: 'permit id (required unless --permit names it; must match the file\'s id)' },
    { name: 'status', value: 'S', help: `the status to build (required): ${Object.values(permit_1.PermitStatus).join(', ')}, or an event name` },
    { name: 'previous', value: 'S', help: 'the status before: the transition is checked (an illegal one exits 2)' },
    { name: 'event-id', value: 'id', help: 'id of the triggering event, written into labels/tags and the audit record (default "manual")' },
    { name: 'backend', value: 'name', help: 'kubernetes, proxmox or aws (required)' },
    { name: 'out', value: 'dir', help: 'output folder (required): cdktf writes stacks/permit-<id>/ into it, aws-cdk-lib a cloud assembly' },
    { name: 'permit', value: 'file', help: 'the permit (YAML, as for "rws permit plan"); default: the built-in demo permit with --id' },
    { name: 'config', value: 'file', help: 'backend settings (YAML); required for proxmox (cluster, node, network, image, gateway_cidrs)' },
    { name: 'timestamp', value: 'iso', help: 'time recorded in the audit record (ISO 8601, e.g. the event\'s time; default: now)' },
    { ...sources_1.REGISTRY_OPTION, help: 'user registry to take uids from (default with --permit: ./users.yaml when present)' },
];
exports.permitSynth = {
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
        if (statusText === undefined)
            throw new command_1.UsageError('--status is required', ctx.commandName);
        const status = permit_1.PermitLifecycle.parseStatus(statusText, '--status');
        const previousText = input.str('previous');
        const previousStatus = previousText === undefined ? undefined : permit_1.PermitLifecycle.parseStatus(previousText, '--previous');
        const outText = input.str('out');
        if (outText === undefined)
            throw new command_1.UsageError('--out <dir> is required (e.g. --out cdktf.out)', ctx.commandName);
        const timestamp = input.str('timestamp');
        if (timestamp !== undefined && (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(timestamp) || Number.isNaN(Date.parse(timestamp)))) {
            throw new command_1.UsageError(`--timestamp must be an ISO 8601 time with a zone, e.g. 2025-06-30T12:00:00Z (got "${timestamp}")`, ctx.commandName);
        }
        const permitFile = input.str('permit');
        const loaded = permitFile !== undefined ? (0, permit_file_1.readPermitFile)((0, sources_1.userPath)(ctx, permitFile)) : undefined;
        const id = input.str('id');
        if (loaded && id !== undefined && id !== loaded.permit.id) {
            throw new command_1.CliInputError(`--id ${id} does not match the id of ${loaded.source.file} (${loaded.permit.id}). Fix: leave --id out, or name the permit file of ${id}`);
        }
        if (!loaded && id === undefined)
            throw new command_1.UsageError('--id <permit id> is required (or --permit <file.yaml>, which names it)', ctx.commandName);
        if (!loaded)
            ctx.out.note(`using the built-in demo permit with id ${id} (pass --permit <file.yaml> for a real one)`);
        const props = {
            ...(loaded?.permit ?? { ...permit_file_1.DEMO_PERMIT, id: id }),
            status,
            ...(previousStatus !== undefined ? { previousStatus } : {}),
            ...(input.str('event-id') !== undefined ? { eventId: input.str('event-id') } : {}),
        };
        const registry = (0, permit_file_1.registryFor)(ctx, input, loaded === undefined);
        // Plan first: bad input (an illegal transition, a bad permit) fails before any cloud library loads.
        let plan;
        try {
            plan = permit_1.PermitLifecycle.plan(props, registry);
        }
        catch (e) {
            if (loaded && error_1.WorkspaceInputError.isWorkspaceInputError(e))
                throw (0, permit_file_1.locateInFile)(e, loaded.source);
            throw e;
        }
        const configText = input.str('config');
        if (configText !== undefined && !fs.existsSync(path.resolve(ctx.cwd, configText))) {
            throw new command_1.CliInputError(`${(0, sources_1.userPath)(ctx, configText)}: the --config file does not exist`);
        }
        const request = {
            permit: props,
            registry,
            outdir: path.resolve(ctx.cwd, outText),
            configFile: configText === undefined ? undefined : (0, sources_1.userPath)(ctx, configText),
            timestamp,
            validationCache: validationCacheDir(ctx.env),
        };
        ctx.out.progress(`synthesizing permit-${plan.permitId} (${backend}, ${plan.status})...`);
        let result;
        try {
            result = await synthInto(request.outdir, () => withConsoleOnStderr(ctx, async () => {
                if (backend === 'kubernetes')
                    return (await import('./permit-synth-kubernetes.js')).synthKubernetesPermit(request);
                if (backend === 'proxmox')
                    return (await import('./permit-synth-proxmox.js')).synthProxmoxPermit(request);
                return (await import('./permit-synth-aws.js')).synthAwsPermit(request);
            }), outText);
        }
        catch (e) {
            if (loaded && error_1.WorkspaceInputError.isWorkspaceInputError(e))
                throw (0, permit_file_1.locateInFile)(e, loaded.source);
            throw e;
        }
        finally {
            ctx.out.progressDone();
        }
        for (const w of result.warnings)
            ctx.out.warn(w);
        print(ctx, backend, plan, result);
        return command_1.EXIT_OK;
    },
};
function backendOf(ctx, input) {
    const b = input.str('backend');
    if (b === undefined)
        throw new command_1.UsageError(`--backend is required: ${exports.PERMIT_BACKENDS.join(', ')}`, ctx.commandName);
    const found = exports.PERMIT_BACKENDS.find((x) => x === b.toLowerCase());
    if (!found)
        throw new command_1.UsageError(`unknown backend "${b}" for --backend; use one of ${exports.PERMIT_BACKENDS.join(', ')}`, ctx.commandName);
    return found;
}
/**
 * Runs a synthesis with console.log/info/debug going to stderr: libraries that print must not
 * corrupt --json output on stdout.
 */
async function withConsoleOnStderr(ctx, fn) {
    const saved = { log: console.log, info: console.info, debug: console.debug };
    const toErr = (...args) => ctx.out.note(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    console.log = toErr;
    console.info = toErr;
    console.debug = toErr;
    try {
        return await fn();
    }
    finally {
        Object.assign(console, saved);
    }
}
/**
 * Runs a synthesis into `outdir`; when it fails and the folder did not exist before, the folder
 * (which then holds only what this run created) is removed, so bad input leaves nothing behind.
 */
async function synthInto(outdir, fn, given = outdir) {
    // The topmost folder of the path that does not exist yet (mkdir -p creates it and all below).
    let created;
    for (let p = path.resolve(outdir); !fs.existsSync(p); p = path.dirname(p))
        created = p;
    // Checked before anything is written: one line with the path as given (out-path.ts).
    (0, out_path_1.prepareOutputFolder)(path.resolve(outdir), given);
    try {
        return await fn();
    }
    catch (e) {
        if (created)
            fs.rmSync(created, { recursive: true, force: true });
        throw (0, out_path_1.outputFailure)(e, given, '--out', path.resolve(outdir)) ?? e;
    }
}
/**
 * The warnings and errors aws-cdk-lib recorded on a synthesized stack (annotations), each
 * prefixed with its construct path unless the message already starts with it.
 */
function stackMessages(artifact) {
    const warnings = [];
    const errors = [];
    for (const m of artifact.messages) {
        const data = typeof m.entry.data === 'string' ? m.entry.data : JSON.stringify(m.entry.data);
        const where = m.id.replace(/^\//, '');
        const text = data.startsWith(where) ? data : `${where}: ${data}`;
        if (m.level === 'error')
            errors.push(text);
        else if (m.level === 'warning')
            warnings.push(text);
    }
    return { warnings, errors };
}
/** Counts of each resource type, most frequent first. */
function countTypes(types) {
    const counts = new Map();
    for (const t of types)
        counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
function networkText(w) {
    return w.network === permit_1.NetworkMode.INGRESS_ALLOWLIST ? `${w.network} (${w.ingressCidrs.join(', ')})` : w.network;
}
function print(ctx, backend, plan, r) {
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
            files: r.files.map(sources_1.shownPath),
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
    out.line(`wrote ${r.files.map(sources_1.shownPath).join('\n      ')}`);
    out.line();
    if (plan.workspaces.length === 0) {
        out.line('No workspaces in this phase.');
    }
    else {
        out.table(['WORKSPACE', 'STATE', 'NETWORK', 'MOUNTS', 'USERS'], plan.workspaces.map((w) => [
            w.role, w.state, networkText(w), w.mounts.map((m) => `${m.volume}:${m.path}:${m.access}`).join(', ') || 'none',
            w.users.map((u) => `${u.name}(${u.uid})`).join(', '),
        ]));
    }
    if (plan.volumes.length)
        out.line(`Volumes: ${plan.volumes.map((v) => v.name).join(', ')}`);
    if (plan.volumesToDelete.length)
        out.line(`Volumes destroyed: ${plan.volumesToDelete.join(', ')}`);
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN5bnRoLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS9wZXJtaXQtc3ludGgudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBMkNBLGdEQU1DO0FBNklELGtEQVdDO0FBTUQsOEJBWUM7QUFNRCxzQ0FhQztBQUdELGdDQUlDO0FBclBELHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsdUNBQXdGO0FBQ3hGLHlDQUFnRTtBQUNoRSwrQ0FBdUY7QUFDdkYsdUNBQWlFO0FBQ2pFLGlEQUEyRztBQUMzRyx1REFBa0U7QUFHbEU7Ozs7R0FJRztBQUVILG9EQUFvRDtBQUN2QyxRQUFBLGVBQWUsR0FBRyxDQUFDLFlBQVksRUFBRSxTQUFTLEVBQUUsS0FBSyxDQUFVLENBQUM7QUFzQnpFOzs7R0FHRztBQUNILFNBQWdCLGtCQUFrQixDQUFDLEdBQXVDO0lBQ3hFLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxvQkFBb0IsQ0FBQztJQUNuQyxJQUFJLENBQUMsS0FBSyxLQUFLO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDbEMsSUFBSSxDQUFDO1FBQUUsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzlCLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxjQUFjLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQzFGLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsY0FBYyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztBQUNuRSxDQUFDO0FBb0JELDRDQUE0QztBQUM1QyxNQUFNLE9BQU8sR0FBRztJQUNkLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSwwRUFBMEUsRUFBRTtJQUM3RyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsbUNBQW1DLE1BQU0sQ0FBQyxNQUFNLENBQUMscUJBQVksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsb0JBQW9CLEVBQUU7SUFDbkksRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLHVFQUF1RSxFQUFFO0lBQy9HLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSw4RkFBOEYsRUFBRTtJQUN2SSxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsdUNBQXVDLEVBQUU7SUFDakYsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLGtHQUFrRyxFQUFFO0lBQ3ZJLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSwwRkFBMEYsRUFBRTtJQUNuSSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsOEZBQThGLEVBQUU7SUFDdkksRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLG9GQUFvRixFQUFFO0lBQy9ILEVBQUUsR0FBRyx5QkFBZSxFQUFFLElBQUksRUFBRSxvRkFBb0YsRUFBRTtDQUNuSCxDQUFDO0FBRVcsUUFBQSxXQUFXLEdBQVk7SUFDbEMsSUFBSSxFQUFFLE9BQU87SUFDYixPQUFPLEVBQUUseUZBQXlGO0lBQ2xHLFdBQVcsRUFBRTs7Ozs7Ozs7Ozs7Ozs7dUdBY3dGO0lBQ3JHLE9BQU8sRUFBRSxPQUFPO0lBQ2hCLFFBQVEsRUFBRTtRQUNSLHFJQUFxSTtRQUNySSxrTUFBa007UUFDbE0scUhBQXFIO0tBQ3RIO0lBQ0QsU0FBUyxFQUFFLHFKQUFxSjtJQUNoSyxLQUFLLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ2xCLE1BQU0sT0FBTyxHQUFHLFNBQVMsQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDdEMsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUN2QyxJQUFJLFVBQVUsS0FBSyxTQUFTO1lBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsc0JBQXNCLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzVGLE1BQU0sTUFBTSxHQUFHLHdCQUFlLENBQUMsV0FBVyxDQUFDLFVBQVUsRUFBRSxVQUFVLENBQUMsQ0FBQztRQUNuRSxNQUFNLFlBQVksR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQzNDLE1BQU0sY0FBYyxHQUFHLFlBQVksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsd0JBQWUsQ0FBQyxXQUFXLENBQUMsWUFBWSxFQUFFLFlBQVksQ0FBQyxDQUFDO1FBQ3hILE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDakMsSUFBSSxPQUFPLEtBQUssU0FBUztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLGdEQUFnRCxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUNuSCxNQUFNLFNBQVMsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3pDLElBQUksU0FBUyxLQUFLLFNBQVMsSUFBSSxDQUFDLENBQUMsc0VBQXNFLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUNoSyxNQUFNLElBQUksb0JBQVUsQ0FBQyxxRkFBcUYsU0FBUyxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQzVJLENBQUM7UUFFRCxNQUFNLFVBQVUsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQ3ZDLE1BQU0sTUFBTSxHQUFHLFVBQVUsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUEsNEJBQWMsRUFBQyxJQUFBLGtCQUFRLEVBQUMsR0FBRyxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUNoRyxNQUFNLEVBQUUsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzNCLElBQUksTUFBTSxJQUFJLEVBQUUsS0FBSyxTQUFTLElBQUksRUFBRSxLQUFLLE1BQU0sQ0FBQyxNQUFNLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDMUQsTUFBTSxJQUFJLHVCQUFhLENBQUMsUUFBUSxFQUFFLDZCQUE2QixNQUFNLENBQUMsTUFBTSxDQUFDLElBQUksS0FBSyxNQUFNLENBQUMsTUFBTSxDQUFDLEVBQUUsc0RBQXNELEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDcEssQ0FBQztRQUNELElBQUksQ0FBQyxNQUFNLElBQUksRUFBRSxLQUFLLFNBQVM7WUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyx3RUFBd0UsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDakosSUFBSSxDQUFDLE1BQU07WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQywwQ0FBMEMsRUFBRSw2Q0FBNkMsQ0FBQyxDQUFDO1FBQ3JILE1BQU0sS0FBSyxHQUFnQjtZQUN6QixHQUFHLENBQUMsTUFBTSxFQUFFLE1BQU0sSUFBSSxFQUFFLEdBQUcseUJBQVcsRUFBRSxFQUFFLEVBQUUsRUFBRyxFQUFFLENBQUM7WUFDbEQsTUFBTTtZQUNOLEdBQUcsQ0FBQyxjQUFjLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDM0QsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztTQUNuRixDQUFDO1FBQ0YsTUFBTSxRQUFRLEdBQUcsSUFBQSx5QkFBVyxFQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUUsTUFBTSxLQUFLLFNBQVMsQ0FBQyxDQUFDO1FBQy9ELG9HQUFvRztRQUNwRyxJQUFJLElBQWdCLENBQUM7UUFDckIsSUFBSSxDQUFDO1lBQ0gsSUFBSSxHQUFHLHdCQUFlLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUMsQ0FBQztRQUMvQyxDQUFDO1FBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNYLElBQUksTUFBTSxJQUFJLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQztnQkFBRSxNQUFNLElBQUEsMEJBQVksRUFBQyxDQUFDLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDO1lBQ2pHLE1BQU0sQ0FBQyxDQUFDO1FBQ1YsQ0FBQztRQUVELE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDdkMsSUFBSSxVQUFVLEtBQUssU0FBUyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsVUFBVSxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ2xGLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsSUFBQSxrQkFBUSxFQUFDLEdBQUcsRUFBRSxVQUFVLENBQUMsb0NBQW9DLENBQUMsQ0FBQztRQUM1RixDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQXVCO1lBQ2xDLE1BQU0sRUFBRSxLQUFLO1lBQ2IsUUFBUTtZQUNSLE1BQU0sRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsT0FBTyxDQUFDO1lBQ3RDLFVBQVUsRUFBRSxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUEsa0JBQVEsRUFBQyxHQUFHLEVBQUUsVUFBVSxDQUFDO1lBQzVFLFNBQVM7WUFDVCxlQUFlLEVBQUUsa0JBQWtCLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQztTQUM3QyxDQUFDO1FBQ0YsR0FBRyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsdUJBQXVCLElBQUksQ0FBQyxRQUFRLEtBQUssT0FBTyxLQUFLLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxDQUFDO1FBQ3pGLElBQUksTUFBeUIsQ0FBQztRQUM5QixJQUFJLENBQUM7WUFDSCxNQUFNLEdBQUcsTUFBTSxTQUFTLENBQUMsT0FBTyxDQUFDLE1BQU0sRUFBRSxHQUFHLEVBQUUsQ0FBQyxtQkFBbUIsQ0FBQyxHQUFHLEVBQUUsS0FBSyxJQUFJLEVBQUU7Z0JBQ2pGLElBQUksT0FBTyxLQUFLLFlBQVk7b0JBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxDQUFDLDhCQUE4QixDQUFDLENBQUMsQ0FBQyxxQkFBcUIsQ0FBQyxPQUFPLENBQUMsQ0FBQztnQkFDbkgsSUFBSSxPQUFPLEtBQUssU0FBUztvQkFBRSxPQUFPLENBQUMsTUFBTSxNQUFNLENBQUMsMkJBQTJCLENBQUMsQ0FBQyxDQUFDLGtCQUFrQixDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUMxRyxPQUFPLENBQUMsTUFBTSxNQUFNLENBQUMsdUJBQXVCLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsQ0FBQztZQUN6RSxDQUFDLENBQUMsRUFBRSxPQUFPLENBQUMsQ0FBQztRQUNmLENBQUM7UUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ1gsSUFBSSxNQUFNLElBQUksMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO2dCQUFFLE1BQU0sSUFBQSwwQkFBWSxFQUFDLENBQUMsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7WUFDakcsTUFBTSxDQUFDLENBQUM7UUFDVixDQUFDO2dCQUFTLENBQUM7WUFDVCxHQUFHLENBQUMsR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ3pCLENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxRQUFRO1lBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDakQsS0FBSyxDQUFDLEdBQUcsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ2xDLE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLFNBQVMsU0FBUyxDQUFDLEdBQVksRUFBRSxLQUFZO0lBQzNDLE1BQU0sQ0FBQyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDL0IsSUFBSSxDQUFDLEtBQUssU0FBUztRQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLDBCQUEwQix1QkFBZSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztJQUNuSCxNQUFNLEtBQUssR0FBRyx1QkFBZSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDO0lBQ2pFLElBQUksQ0FBQyxLQUFLO1FBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsb0JBQW9CLENBQUMsK0JBQStCLHVCQUFlLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQ3BJLE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVEOzs7R0FHRztBQUNJLEtBQUssVUFBVSxtQkFBbUIsQ0FBSSxHQUFZLEVBQUUsRUFBb0I7SUFDN0UsTUFBTSxLQUFLLEdBQUcsRUFBRSxHQUFHLEVBQUUsT0FBTyxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsT0FBTyxDQUFDLEtBQUssRUFBRSxDQUFDO0lBQzdFLE1BQU0sS0FBSyxHQUFHLENBQUMsR0FBRyxJQUFlLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQy9ILE9BQU8sQ0FBQyxHQUFHLEdBQUcsS0FBSyxDQUFDO0lBQ3BCLE9BQU8sQ0FBQyxJQUFJLEdBQUcsS0FBSyxDQUFDO0lBQ3JCLE9BQU8sQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFDO0lBQ3RCLElBQUksQ0FBQztRQUNILE9BQU8sTUFBTSxFQUFFLEVBQUUsQ0FBQztJQUNwQixDQUFDO1lBQVMsQ0FBQztRQUNULE1BQU0sQ0FBQyxNQUFNLENBQUMsT0FBTyxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ2hDLENBQUM7QUFDSCxDQUFDO0FBRUQ7OztHQUdHO0FBQ0ksS0FBSyxVQUFVLFNBQVMsQ0FBSSxNQUFjLEVBQUUsRUFBb0IsRUFBRSxRQUFnQixNQUFNO0lBQzdGLDhGQUE4RjtJQUM5RixJQUFJLE9BQTJCLENBQUM7SUFDaEMsS0FBSyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLEdBQUcsQ0FBQyxDQUFDO0lBQ3ZGLHFGQUFxRjtJQUNyRixJQUFBLDhCQUFtQixFQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDakQsSUFBSSxDQUFDO1FBQ0gsT0FBTyxNQUFNLEVBQUUsRUFBRSxDQUFDO0lBQ3BCLENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsSUFBSSxPQUFPO1lBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxPQUFPLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ2xFLE1BQU0sSUFBQSx3QkFBYSxFQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDcEUsQ0FBQztBQUNILENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixhQUFhLENBQUMsUUFBd0c7SUFHcEksTUFBTSxRQUFRLEdBQWEsRUFBRSxDQUFDO0lBQzlCLE1BQU0sTUFBTSxHQUFhLEVBQUUsQ0FBQztJQUM1QixLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVEsQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUNsQyxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUM1RixNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDdEMsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLEtBQUssS0FBSyxJQUFJLEVBQUUsQ0FBQztRQUNqRSxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssT0FBTztZQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7YUFDdEMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVM7WUFBRSxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ3RELENBQUM7SUFDRCxPQUFPLEVBQUUsUUFBUSxFQUFFLE1BQU0sRUFBRSxDQUFDO0FBQzlCLENBQUM7QUFFRCx5REFBeUQ7QUFDekQsU0FBZ0IsVUFBVSxDQUFDLEtBQWU7SUFDeEMsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLEVBQWtCLENBQUM7SUFDekMsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLO1FBQUUsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0lBQy9ELE9BQU8sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3ZHLENBQUM7QUFFRCxTQUFTLFdBQVcsQ0FBQyxDQUFtQztJQUN0RCxPQUFPLENBQUMsQ0FBQyxPQUFPLEtBQUssb0JBQVcsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxLQUFLLENBQUMsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUM7QUFDakgsQ0FBQztBQUVELFNBQVMsS0FBSyxDQUFDLEdBQVksRUFBRSxPQUFzQixFQUFFLElBQWdCLEVBQUUsQ0FBb0I7SUFDekYsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQztJQUNwQixJQUFJLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUNiLEdBQUcsQ0FBQyxTQUFTLENBQUM7WUFDWixPQUFPO1lBQ1AsUUFBUSxFQUFFLElBQUksQ0FBQyxRQUFRO1lBQ3ZCLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSztZQUNkLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtZQUNuQixHQUFHLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsSUFBSSxDQUFDLGNBQWMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDdkUsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPO1lBQ3JCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTTtZQUNuQixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsbUJBQVMsQ0FBQztZQUM3QixhQUFhLEVBQUUsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxNQUFNO1lBQ2pDLGFBQWEsRUFBRSxNQUFNLENBQUMsV0FBVyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUM7WUFDOUQsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTO1lBQ3RCLGtCQUFrQixFQUFFLENBQUMsQ0FBQyxrQkFBa0I7WUFDeEMsVUFBVSxFQUFFLElBQUksQ0FBQyxVQUFVO1lBQzNCLE9BQU8sRUFBRSxJQUFJLENBQUMsT0FBTztZQUNyQixlQUFlLEVBQUUsSUFBSSxDQUFDLGVBQWU7WUFDckMsT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPO1lBQ3JCLFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUTtZQUNwQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7U0FDYixDQUFDLENBQUM7UUFDSCxPQUFPO0lBQ1QsQ0FBQztJQUNELEdBQUcsQ0FBQyxPQUFPLENBQUMsVUFBVSxJQUFJLENBQUMsUUFBUSxLQUFLLElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsVUFBVSxJQUFJLENBQUMsY0FBYyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsV0FBVyxJQUFJLENBQUMsT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLDRCQUE0QixDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzlMLE1BQU0sYUFBYSxHQUFHLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLG9DQUFvQyxDQUFDLENBQUMsQ0FBQyw4Q0FBOEMsQ0FBQztJQUNoSSxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLEtBQUssS0FBSyxPQUFPLE1BQU0sQ0FBQyxDQUFDLFNBQVMsQ0FBQyxNQUFNLGVBQWUsQ0FBQyxDQUFDLGtCQUFrQixDQUFDLE1BQU0sSUFBSSxhQUFhLEVBQUUsQ0FBQyxDQUFDO0lBQzVILEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxtQkFBUyxDQUFDLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM3RCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxJQUFJLElBQUksQ0FBQyxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ2pDLEdBQUcsQ0FBQyxJQUFJLENBQUMsOEJBQThCLENBQUMsQ0FBQztJQUMzQyxDQUFDO1NBQU0sQ0FBQztRQUNOLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxXQUFXLEVBQUUsT0FBTyxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUUsT0FBTyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ3pGLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxXQUFXLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsSUFBSSxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxNQUFNO1lBQzlHLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQztTQUNyRCxDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7SUFDRCxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTTtRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsWUFBWSxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDNUYsSUFBSSxJQUFJLENBQUMsZUFBZSxDQUFDLE1BQU07UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLHNCQUFzQixJQUFJLENBQUMsZUFBZSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDbkcsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLGVBQWUsRUFBRSxPQUFPLENBQUMsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDM0YsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLElBQUksSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUN4QyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxHQUFHLENBQUMsT0FBTyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ3ZCLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxTQUFTLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsRUFBRSxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3ZILENBQUM7SUFDRCxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDWCxHQUFHLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7QUFDOUIsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBDbGlJbnB1dEVycm9yLCBDb21tYW5kLCBDb250ZXh0LCBFWElUX09LLCBJbnB1dCwgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBvdXRwdXRGYWlsdXJlLCBwcmVwYXJlT3V0cHV0Rm9sZGVyIH0gZnJvbSAnLi9vdXQtcGF0aCc7XG5pbXBvcnQgeyBERU1PX1BFUk1JVCwgbG9jYXRlSW5GaWxlLCByZWFkUGVybWl0RmlsZSwgcmVnaXN0cnlGb3IgfSBmcm9tICcuL3Blcm1pdC1maWxlJztcbmltcG9ydCB7IFJFR0lTVFJZX09QVElPTiwgc2hvd25QYXRoLCB1c2VyUGF0aCB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgeyBOZXR3b3JrTW9kZSwgUGVybWl0TGlmZWN5Y2xlLCBQZXJtaXRQbGFuLCBQZXJtaXRQcm9wcywgUGVybWl0U3RhdHVzIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wZXJtaXQnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3VzZXJzJztcblxuLyoqXG4gKiBgcndzIHBlcm1pdCBzeW50aGA6IG9uZSBwZXJtaXQncyBzdGFjaywgc3ludGhlc2l6ZWQgaW4tcHJvY2VzcyBmb3IgYSBwaXBlbGluZS4gVGhlIGJhY2tlbmRzXG4gKiAoY2RrdGYgZm9yIEt1YmVybmV0ZXMgYW5kIFByb3htb3gsIGF3cy1jZGstbGliIGZvciBBV1MpIGFyZSBsb2FkZWQgaW5zaWRlIHJ1bigpLCBvbmUgYXQgYSB0aW1lLFxuICogc28gdGhlIG90aGVyIGNvbW1hbmRzIG5ldmVyIGxvYWQgdGhlbS5cbiAqL1xuXG4vKiogVGhlIGJhY2tlbmRzIGEgcGVybWl0IGNhbiBiZSBzeW50aGVzaXplZCBmb3IuICovXG5leHBvcnQgY29uc3QgUEVSTUlUX0JBQ0tFTkRTID0gWydrdWJlcm5ldGVzJywgJ3Byb3htb3gnLCAnYXdzJ10gYXMgY29uc3Q7XG5leHBvcnQgdHlwZSBQZXJtaXRCYWNrZW5kID0gdHlwZW9mIFBFUk1JVF9CQUNLRU5EU1tudW1iZXJdO1xuXG4vKiogV2hhdCBhIGJhY2tlbmQgaXMgYXNrZWQgdG8gYnVpbGQuICovXG5leHBvcnQgaW50ZXJmYWNlIFBlcm1pdFN5bnRoUmVxdWVzdCB7XG4gIC8qKiBUaGUgcGVybWl0LCBzdGF0dXMgaW5jbHVkZWQuICovXG4gIHJlYWRvbmx5IHBlcm1pdDogUGVybWl0UHJvcHM7XG4gIC8qKiBSZWdpc3RyeSBmb3IgdWlkcy4gKi9cbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG4gIC8qKiBUaGUgb3V0cHV0IGZvbGRlciAoYWJzb2x1dGUpLiAqL1xuICByZWFkb25seSBvdXRkaXI6IHN0cmluZztcbiAgLyoqIFRoZSBiYWNrZW5kIHNldHRpbmdzIGZpbGUsIGFzIHRoZSB1c2VyIG5hbWVkIGl0IChyZWxhdGl2ZSBwYXRocyBzdGF5IHJlbGF0aXZlIGluIG1lc3NhZ2VzKS4gKi9cbiAgcmVhZG9ubHkgY29uZmlnRmlsZT86IHN0cmluZztcbiAgLyoqIEF1ZGl0IHRpbWVzdGFtcC4gKi9cbiAgcmVhZG9ubHkgdGltZXN0YW1wPzogc3RyaW5nO1xuICAvKipcbiAgICogQVdTOiB0aGUgZm9sZGVyIG9mIHRlbXBsYXRlcyBhd3MtY2RrLWxpYidzIENsb3VkRm9ybWF0aW9uIHZhbGlkYXRpb24gZm91bmQgY2xlYW4sIHNvIGl0IGlzIG5vdFxuICAgKiBydW4gb24gdGhlbSBhZ2FpbiAobm9uZTogdGhlIHZhbGlkYXRpb24gcnVucyBldmVyeSB0aW1lLCB1bmxlc3MgQ0RLX1ZBTElEQVRJT049ZmFsc2UpLlxuICAgKi9cbiAgcmVhZG9ubHkgdmFsaWRhdGlvbkNhY2hlPzogc3RyaW5nO1xufVxuXG4vKipcbiAqIFRoZSB2YWxpZGF0aW9uIGNhY2hlIG9mIHRoZSBDTEk6IFJXU19WQUxJREFUSU9OX0NBQ0hFIChhIGZvbGRlciwgb3IgXCJvZmZcIiksIGVsc2VcbiAqICRYREdfQ0FDSEVfSE9NRS9yd3MvY2ZuLXZhbGlkYXRlLCBlbHNlIH4vLmNhY2hlL3J3cy9jZm4tdmFsaWRhdGUuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB2YWxpZGF0aW9uQ2FjaGVEaXIoZW52OiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmcgfCB1bmRlZmluZWQ+KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgdiA9IGVudi5SV1NfVkFMSURBVElPTl9DQUNIRTtcbiAgaWYgKHYgPT09ICdvZmYnKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAodikgcmV0dXJuIHBhdGgucmVzb2x2ZSh2KTtcbiAgY29uc3QgYmFzZSA9IGVudi5YREdfQ0FDSEVfSE9NRSB8fCAoZW52LkhPTUUgPyBwYXRoLmpvaW4oZW52LkhPTUUsICcuY2FjaGUnKSA6IHVuZGVmaW5lZCk7XG4gIHJldHVybiBiYXNlID8gcGF0aC5qb2luKGJhc2UsICdyd3MnLCAnY2ZuLXZhbGlkYXRlJykgOiB1bmRlZmluZWQ7XG59XG5cbi8qKiBXaGF0IGEgYmFja2VuZCBidWlsdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGVybWl0U3ludGhSZXN1bHQge1xuICAvKiogYHBlcm1pdC08aWQ+YC4gKi9cbiAgcmVhZG9ubHkgc3RhY2s6IHN0cmluZztcbiAgLyoqIEZpbGVzIHdyaXR0ZW4sIHRoZSBjb25maWd1cmF0aW9uIG9yIHRlbXBsYXRlIGZpcnN0LiAqL1xuICByZWFkb25seSBmaWxlczogc3RyaW5nW107XG4gIC8qKiBFdmVyeSByZXNvdXJjZTogVGVycmFmb3JtIGFkZHJlc3Nlcywgb3IgYDxsb2dpY2FsIGlkPiA8dHlwZT5gIGZvciBDbG91ZEZvcm1hdGlvbi4gKi9cbiAgcmVhZG9ubHkgcmVzb3VyY2VzOiBzdHJpbmdbXTtcbiAgLyoqIFJlc291cmNlcyBwcm90ZWN0ZWQgZnJvbSBkZXN0cnVjdGlvbiAocHJldmVudF9kZXN0cm95LCBvciBEZWxldGlvblBvbGljeSBSZXRhaW4pLiAqL1xuICByZWFkb25seSBwcm90ZWN0ZWRSZXNvdXJjZXM6IHN0cmluZ1tdO1xuICAvKiogUmVzb3VyY2UgdHlwZSBvZiBlYWNoIHJlc291cmNlLCBpbiB0aGUgb3JkZXIgb2YgYHJlc291cmNlc2AuICovXG4gIHJlYWRvbmx5IHJlc291cmNlVHlwZXM6IHN0cmluZ1tdO1xuICAvKiogV2FybmluZ3Mgb2YgdGhlIHN5bnRoZXNpcyAoYW5ub3RhdGlvbnMpLiAqL1xuICByZWFkb25seSB3YXJuaW5nczogc3RyaW5nW107XG4gIC8qKiBIb3cgdG8gZGVwbG95IGl0LiAqL1xuICByZWFkb25seSBuZXh0OiBzdHJpbmc7XG59XG5cbi8qKiBPcHRpb25zIGV2ZXJ5IHBlcm1pdCBzeW50aGVzaXMgdGFrZXMuICovXG5jb25zdCBPUFRJT05TID0gW1xuICB7IG5hbWU6ICdpZCcsIHZhbHVlOiAnaWQnLCBoZWxwOiAncGVybWl0IGlkIChyZXF1aXJlZCB1bmxlc3MgLS1wZXJtaXQgbmFtZXMgaXQ7IG11c3QgbWF0Y2ggdGhlIGZpbGVcXCdzIGlkKScgfSxcbiAgeyBuYW1lOiAnc3RhdHVzJywgdmFsdWU6ICdTJywgaGVscDogYHRoZSBzdGF0dXMgdG8gYnVpbGQgKHJlcXVpcmVkKTogJHtPYmplY3QudmFsdWVzKFBlcm1pdFN0YXR1cykuam9pbignLCAnKX0sIG9yIGFuIGV2ZW50IG5hbWVgIH0sXG4gIHsgbmFtZTogJ3ByZXZpb3VzJywgdmFsdWU6ICdTJywgaGVscDogJ3RoZSBzdGF0dXMgYmVmb3JlOiB0aGUgdHJhbnNpdGlvbiBpcyBjaGVja2VkIChhbiBpbGxlZ2FsIG9uZSBleGl0cyAyKScgfSxcbiAgeyBuYW1lOiAnZXZlbnQtaWQnLCB2YWx1ZTogJ2lkJywgaGVscDogJ2lkIG9mIHRoZSB0cmlnZ2VyaW5nIGV2ZW50LCB3cml0dGVuIGludG8gbGFiZWxzL3RhZ3MgYW5kIHRoZSBhdWRpdCByZWNvcmQgKGRlZmF1bHQgXCJtYW51YWxcIiknIH0sXG4gIHsgbmFtZTogJ2JhY2tlbmQnLCB2YWx1ZTogJ25hbWUnLCBoZWxwOiAna3ViZXJuZXRlcywgcHJveG1veCBvciBhd3MgKHJlcXVpcmVkKScgfSxcbiAgeyBuYW1lOiAnb3V0JywgdmFsdWU6ICdkaXInLCBoZWxwOiAnb3V0cHV0IGZvbGRlciAocmVxdWlyZWQpOiBjZGt0ZiB3cml0ZXMgc3RhY2tzL3Blcm1pdC08aWQ+LyBpbnRvIGl0LCBhd3MtY2RrLWxpYiBhIGNsb3VkIGFzc2VtYmx5JyB9LFxuICB7IG5hbWU6ICdwZXJtaXQnLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAndGhlIHBlcm1pdCAoWUFNTCwgYXMgZm9yIFwicndzIHBlcm1pdCBwbGFuXCIpOyBkZWZhdWx0OiB0aGUgYnVpbHQtaW4gZGVtbyBwZXJtaXQgd2l0aCAtLWlkJyB9LFxuICB7IG5hbWU6ICdjb25maWcnLCB2YWx1ZTogJ2ZpbGUnLCBoZWxwOiAnYmFja2VuZCBzZXR0aW5ncyAoWUFNTCk7IHJlcXVpcmVkIGZvciBwcm94bW94IChjbHVzdGVyLCBub2RlLCBuZXR3b3JrLCBpbWFnZSwgZ2F0ZXdheV9jaWRycyknIH0sXG4gIHsgbmFtZTogJ3RpbWVzdGFtcCcsIHZhbHVlOiAnaXNvJywgaGVscDogJ3RpbWUgcmVjb3JkZWQgaW4gdGhlIGF1ZGl0IHJlY29yZCAoSVNPIDg2MDEsIGUuZy4gdGhlIGV2ZW50XFwncyB0aW1lOyBkZWZhdWx0OiBub3cpJyB9LFxuICB7IC4uLlJFR0lTVFJZX09QVElPTiwgaGVscDogJ3VzZXIgcmVnaXN0cnkgdG8gdGFrZSB1aWRzIGZyb20gKGRlZmF1bHQgd2l0aCAtLXBlcm1pdDogLi91c2Vycy55YW1sIHdoZW4gcHJlc2VudCknIH0sXG5dO1xuXG5leHBvcnQgY29uc3QgcGVybWl0U3ludGg6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdzeW50aCcsXG4gIHN1bW1hcnk6ICdTeW50aGVzaXplIG9uZSBwZXJtaXRcXCdzIHN0YWNrIChwZXJtaXQtPGlkPikgZm9yIGEgcGlwZWxpbmU6IEt1YmVybmV0ZXMsIFByb3htb3ggb3IgQVdTJyxcbiAgZGVzY3JpcHRpb246IGBCdWlsZHMgdGhlIHBlcm1pdCdzIHN0YWNrIGF0IC0tc3RhdHVzIChjaGVja2VkIGFnYWluc3QgLS1wcmV2aW91cykgYW5kIHdyaXRlcyBpdCB0byAtLW91dDpcbiAga3ViZXJuZXRlcyAgS3ViZXJuZXRlc1Blcm1pdFN0YWNrOiA8b3V0Pi9zdGFja3MvcGVybWl0LTxpZD4vY2RrLnRmLmpzb24gYW5kIGF1ZGl0Lmpzb24gKFRlcnJhZm9ybSlcbiAgcHJveG1veCAgICAgUHJveG1veFBlcm1pdFN0YWNrOiAgICA8b3V0Pi9zdGFja3MvcGVybWl0LTxpZD4vY2RrLnRmLmpzb24gYW5kIGF1ZGl0Lmpzb24gKFRlcnJhZm9ybSlcbiAgYXdzICAgICAgICAgUGVybWl0U3RhY2s6ICAgICAgICAgICA8b3V0Pi9wZXJtaXQtPGlkPi50ZW1wbGF0ZS5qc29uIGFuZCBwZXJtaXQtPGlkPi5hdWRpdC5qc29uIChDbG91ZEZvcm1hdGlvbilcbk5vIGNyZWRlbnRpYWxzIGFyZSBuZWVkZWQgYW5kIG5vdGhpbmcgaXMgbG9va2VkIHVwLiBQcmludHMgdGhlIHN0YWNrLCBpdHMgcmVzb3VyY2VzIChieSB0eXBlLFxuYW5kIGhvdyBtYW55IGFyZSBwcm90ZWN0ZWQgZnJvbSBkZXN0cnVjdGlvbiksIHRoZSB3b3Jrc3BhY2VzIG9mIHRoZSBwaGFzZSBhbmQgdGhlaXIgc3RhdGUsIGFuZFxudGhlIGZpbGVzIHdyaXR0ZW47IC0tanNvbiBwcmludHMgdGhlIHNhbWUgYXMgb25lIGRvY3VtZW50LlxuXG4tLWNvbmZpZyBpcyBhIFlBTUwgZmlsZSBvZiBiYWNrZW5kIHNldHRpbmdzIChzbmFrZV9jYXNlIGtleXM7IHNlZSBkb2NzL2NsaS5tZCk6XG4gIGt1YmVybmV0ZXMgKG9wdGlvbmFsKTogc3RvcmFnZV9jbGFzc19uYW1lLCBzaGFyZWRfc3RvcmFnZV9jbGFzc19uYW1lLCBnYXRld2F5X25hbWVzcGFjZSxcbiAgICBrdWJlX2NvbmZpZ19wYXRoLCBrdWJlX2NvbnRleHQsIGFpcmxvY2tfZXhwb3N1cmUsIGRlc2t0b3BfaW1hZ2UsICpfZ2liIHNpemVzLCAuLi5cbiAgcHJveG1veCAocmVxdWlyZWQpOiAgICBjbHVzdGVyOiB7IG5vZGVzLCBkaXNrX2RhdGFzdG9yZV9pZCwgLi4uIH0sIG5vZGUsIG5ldHdvcms6IHsgY2lkciwgYnJpZGdlLFxuICAgIHZsYW5faWQgfSwgaW1hZ2U6IHsgdGVtcGxhdGVfdm0sIGRpc2tfZ2liIH0gb3IgeyB1cmwgfSwgZ2F0ZXdheV9jaWRycywgdm1faWRfYmFzZSwgYXBpOiB7IGVuZHBvaW50IH1cbiAgYXdzIChvcHRpb25hbCk6ICAgICAgICByZWdpb24sIGFjY291bnQsIGNpZHIsIG1heF9henMsIGVncmVzc19jb250cm9sLCBzZnRwX2V4cG9zdXJlLFxuICAgIGRhdGFfaG9sZGVyX2tleXM6IHsgPGhvbGRlcj46IFtrZXlzXSBvciA8ZmlsZS5wdWI+IH0sIG1hY2hpbmVfaW1hZ2U6IHsgc3NtX3BhcmFtZXRlciB9IG9yIHsgYW1pcyB9YCxcbiAgb3B0aW9uczogT1BUSU9OUyxcbiAgZXhhbXBsZXM6IFtcbiAgICAncndzIHBlcm1pdCBzeW50aCAtLWlkIHAtMDAxIC0tc3RhdHVzIEFOQUxZU0lTX0FDVElWRSAtLXByZXZpb3VzIFdPUktTUEFDRV9TRVRVUF9SRVZJRVdfUEVORElORyAtLWJhY2tlbmQga3ViZXJuZXRlcyAtLW91dCBjZGt0Zi5vdXQnLFxuICAgICdyd3MgcGVybWl0IHN5bnRoIC0tcGVybWl0IHBlcm1pdHMvcC0wMDEueWFtbCAtLXN0YXR1cyBwZXJtaXQuaW5ncmVzcy5pbml0aWF0ZWQgLS1wcmV2aW91cyBBV0FJVElOR19JTkdSRVNTIC0tZXZlbnQtaWQgXCIkRVZFTlRfSURcIiAtLWJhY2tlbmQgcHJveG1veCAtLWNvbmZpZyBwcm94bW94LnlhbWwgLS1vdXQgY2RrdGYub3V0IC0tanNvbicsXG4gICAgJ3J3cyBwZXJtaXQgc3ludGggLS1wZXJtaXQgcGVybWl0cy9wLTAwMS55YW1sIC0tc3RhdHVzIEFOQUxZU0lTX0FDVElWRSAtLWJhY2tlbmQgYXdzIC0tY29uZmlnIGF3cy55YW1sIC0tb3V0IGNkay5vdXQnLFxuICBdLFxuICBleGl0Q29kZXM6ICcgIDAgIHRoZSBzdGFjayB3YXMgd3JpdHRlblxcbiAgMiAgdXNhZ2Ugb3IgaW5wdXQgZXJyb3I6IHVua25vd24gc3RhdHVzIG9yIGJhY2tlbmQsIGlsbGVnYWwgdHJhbnNpdGlvbiwgaW52YWxpZCBwZXJtaXQgb3IgY29uZmlnIGZpbGUsIG1pc3Npbmcgb3B0aW9uJyxcbiAgYXN5bmMgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBiYWNrZW5kID0gYmFja2VuZE9mKGN0eCwgaW5wdXQpO1xuICAgIGNvbnN0IHN0YXR1c1RleHQgPSBpbnB1dC5zdHIoJ3N0YXR1cycpO1xuICAgIGlmIChzdGF0dXNUZXh0ID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBVc2FnZUVycm9yKCctLXN0YXR1cyBpcyByZXF1aXJlZCcsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3Qgc3RhdHVzID0gUGVybWl0TGlmZWN5Y2xlLnBhcnNlU3RhdHVzKHN0YXR1c1RleHQsICctLXN0YXR1cycpO1xuICAgIGNvbnN0IHByZXZpb3VzVGV4dCA9IGlucHV0LnN0cigncHJldmlvdXMnKTtcbiAgICBjb25zdCBwcmV2aW91c1N0YXR1cyA9IHByZXZpb3VzVGV4dCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogUGVybWl0TGlmZWN5Y2xlLnBhcnNlU3RhdHVzKHByZXZpb3VzVGV4dCwgJy0tcHJldmlvdXMnKTtcbiAgICBjb25zdCBvdXRUZXh0ID0gaW5wdXQuc3RyKCdvdXQnKTtcbiAgICBpZiAob3V0VGV4dCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcignLS1vdXQgPGRpcj4gaXMgcmVxdWlyZWQgKGUuZy4gLS1vdXQgY2RrdGYub3V0KScsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3QgdGltZXN0YW1wID0gaW5wdXQuc3RyKCd0aW1lc3RhbXAnKTtcbiAgICBpZiAodGltZXN0YW1wICE9PSB1bmRlZmluZWQgJiYgKCEvXlxcZHs0fS1cXGR7Mn0tXFxkezJ9VFxcZHsyfTpcXGR7Mn0oOlxcZHsyfShcXC5cXGQrKT8pPyhafFsrLV1cXGR7Mn06P1xcZHsyfSkkLy50ZXN0KHRpbWVzdGFtcCkgfHwgTnVtYmVyLmlzTmFOKERhdGUucGFyc2UodGltZXN0YW1wKSkpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS10aW1lc3RhbXAgbXVzdCBiZSBhbiBJU08gODYwMSB0aW1lIHdpdGggYSB6b25lLCBlLmcuIDIwMjUtMDYtMzBUMTI6MDA6MDBaIChnb3QgXCIke3RpbWVzdGFtcH1cIilgLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIH1cblxuICAgIGNvbnN0IHBlcm1pdEZpbGUgPSBpbnB1dC5zdHIoJ3Blcm1pdCcpO1xuICAgIGNvbnN0IGxvYWRlZCA9IHBlcm1pdEZpbGUgIT09IHVuZGVmaW5lZCA/IHJlYWRQZXJtaXRGaWxlKHVzZXJQYXRoKGN0eCwgcGVybWl0RmlsZSkpIDogdW5kZWZpbmVkO1xuICAgIGNvbnN0IGlkID0gaW5wdXQuc3RyKCdpZCcpO1xuICAgIGlmIChsb2FkZWQgJiYgaWQgIT09IHVuZGVmaW5lZCAmJiBpZCAhPT0gbG9hZGVkLnBlcm1pdC5pZCkge1xuICAgICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYC0taWQgJHtpZH0gZG9lcyBub3QgbWF0Y2ggdGhlIGlkIG9mICR7bG9hZGVkLnNvdXJjZS5maWxlfSAoJHtsb2FkZWQucGVybWl0LmlkfSkuIEZpeDogbGVhdmUgLS1pZCBvdXQsIG9yIG5hbWUgdGhlIHBlcm1pdCBmaWxlIG9mICR7aWR9YCk7XG4gICAgfVxuICAgIGlmICghbG9hZGVkICYmIGlkID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBVc2FnZUVycm9yKCctLWlkIDxwZXJtaXQgaWQ+IGlzIHJlcXVpcmVkIChvciAtLXBlcm1pdCA8ZmlsZS55YW1sPiwgd2hpY2ggbmFtZXMgaXQpJywgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBpZiAoIWxvYWRlZCkgY3R4Lm91dC5ub3RlKGB1c2luZyB0aGUgYnVpbHQtaW4gZGVtbyBwZXJtaXQgd2l0aCBpZCAke2lkfSAocGFzcyAtLXBlcm1pdCA8ZmlsZS55YW1sPiBmb3IgYSByZWFsIG9uZSlgKTtcbiAgICBjb25zdCBwcm9wczogUGVybWl0UHJvcHMgPSB7XG4gICAgICAuLi4obG9hZGVkPy5wZXJtaXQgPz8geyAuLi5ERU1PX1BFUk1JVCwgaWQ6IGlkISB9KSxcbiAgICAgIHN0YXR1cyxcbiAgICAgIC4uLihwcmV2aW91c1N0YXR1cyAhPT0gdW5kZWZpbmVkID8geyBwcmV2aW91c1N0YXR1cyB9IDoge30pLFxuICAgICAgLi4uKGlucHV0LnN0cignZXZlbnQtaWQnKSAhPT0gdW5kZWZpbmVkID8geyBldmVudElkOiBpbnB1dC5zdHIoJ2V2ZW50LWlkJykgfSA6IHt9KSxcbiAgICB9O1xuICAgIGNvbnN0IHJlZ2lzdHJ5ID0gcmVnaXN0cnlGb3IoY3R4LCBpbnB1dCwgbG9hZGVkID09PSB1bmRlZmluZWQpO1xuICAgIC8vIFBsYW4gZmlyc3Q6IGJhZCBpbnB1dCAoYW4gaWxsZWdhbCB0cmFuc2l0aW9uLCBhIGJhZCBwZXJtaXQpIGZhaWxzIGJlZm9yZSBhbnkgY2xvdWQgbGlicmFyeSBsb2Fkcy5cbiAgICBsZXQgcGxhbjogUGVybWl0UGxhbjtcbiAgICB0cnkge1xuICAgICAgcGxhbiA9IFBlcm1pdExpZmVjeWNsZS5wbGFuKHByb3BzLCByZWdpc3RyeSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGxvYWRlZCAmJiBXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgbG9jYXRlSW5GaWxlKGUsIGxvYWRlZC5zb3VyY2UpO1xuICAgICAgdGhyb3cgZTtcbiAgICB9XG5cbiAgICBjb25zdCBjb25maWdUZXh0ID0gaW5wdXQuc3RyKCdjb25maWcnKTtcbiAgICBpZiAoY29uZmlnVGV4dCAhPT0gdW5kZWZpbmVkICYmICFmcy5leGlzdHNTeW5jKHBhdGgucmVzb2x2ZShjdHguY3dkLCBjb25maWdUZXh0KSkpIHtcbiAgICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke3VzZXJQYXRoKGN0eCwgY29uZmlnVGV4dCl9OiB0aGUgLS1jb25maWcgZmlsZSBkb2VzIG5vdCBleGlzdGApO1xuICAgIH1cbiAgICBjb25zdCByZXF1ZXN0OiBQZXJtaXRTeW50aFJlcXVlc3QgPSB7XG4gICAgICBwZXJtaXQ6IHByb3BzLFxuICAgICAgcmVnaXN0cnksXG4gICAgICBvdXRkaXI6IHBhdGgucmVzb2x2ZShjdHguY3dkLCBvdXRUZXh0KSxcbiAgICAgIGNvbmZpZ0ZpbGU6IGNvbmZpZ1RleHQgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHVzZXJQYXRoKGN0eCwgY29uZmlnVGV4dCksXG4gICAgICB0aW1lc3RhbXAsXG4gICAgICB2YWxpZGF0aW9uQ2FjaGU6IHZhbGlkYXRpb25DYWNoZURpcihjdHguZW52KSxcbiAgICB9O1xuICAgIGN0eC5vdXQucHJvZ3Jlc3MoYHN5bnRoZXNpemluZyBwZXJtaXQtJHtwbGFuLnBlcm1pdElkfSAoJHtiYWNrZW5kfSwgJHtwbGFuLnN0YXR1c30pLi4uYCk7XG4gICAgbGV0IHJlc3VsdDogUGVybWl0U3ludGhSZXN1bHQ7XG4gICAgdHJ5IHtcbiAgICAgIHJlc3VsdCA9IGF3YWl0IHN5bnRoSW50byhyZXF1ZXN0Lm91dGRpciwgKCkgPT4gd2l0aENvbnNvbGVPblN0ZGVycihjdHgsIGFzeW5jICgpID0+IHtcbiAgICAgICAgaWYgKGJhY2tlbmQgPT09ICdrdWJlcm5ldGVzJykgcmV0dXJuIChhd2FpdCBpbXBvcnQoJy4vcGVybWl0LXN5bnRoLWt1YmVybmV0ZXMuanMnKSkuc3ludGhLdWJlcm5ldGVzUGVybWl0KHJlcXVlc3QpO1xuICAgICAgICBpZiAoYmFja2VuZCA9PT0gJ3Byb3htb3gnKSByZXR1cm4gKGF3YWl0IGltcG9ydCgnLi9wZXJtaXQtc3ludGgtcHJveG1veC5qcycpKS5zeW50aFByb3htb3hQZXJtaXQocmVxdWVzdCk7XG4gICAgICAgIHJldHVybiAoYXdhaXQgaW1wb3J0KCcuL3Blcm1pdC1zeW50aC1hd3MuanMnKSkuc3ludGhBd3NQZXJtaXQocmVxdWVzdCk7XG4gICAgICB9KSwgb3V0VGV4dCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgaWYgKGxvYWRlZCAmJiBXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgbG9jYXRlSW5GaWxlKGUsIGxvYWRlZC5zb3VyY2UpO1xuICAgICAgdGhyb3cgZTtcbiAgICB9IGZpbmFsbHkge1xuICAgICAgY3R4Lm91dC5wcm9ncmVzc0RvbmUoKTtcbiAgICB9XG4gICAgZm9yIChjb25zdCB3IG9mIHJlc3VsdC53YXJuaW5ncykgY3R4Lm91dC53YXJuKHcpO1xuICAgIHByaW50KGN0eCwgYmFja2VuZCwgcGxhbiwgcmVzdWx0KTtcbiAgICByZXR1cm4gRVhJVF9PSztcbiAgfSxcbn07XG5cbmZ1bmN0aW9uIGJhY2tlbmRPZihjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCk6IFBlcm1pdEJhY2tlbmQge1xuICBjb25zdCBiID0gaW5wdXQuc3RyKCdiYWNrZW5kJyk7XG4gIGlmIChiID09PSB1bmRlZmluZWQpIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWJhY2tlbmQgaXMgcmVxdWlyZWQ6ICR7UEVSTUlUX0JBQ0tFTkRTLmpvaW4oJywgJyl9YCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgY29uc3QgZm91bmQgPSBQRVJNSVRfQkFDS0VORFMuZmluZCgoeCkgPT4geCA9PT0gYi50b0xvd2VyQ2FzZSgpKTtcbiAgaWYgKCFmb3VuZCkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYHVua25vd24gYmFja2VuZCBcIiR7Yn1cIiBmb3IgLS1iYWNrZW5kOyB1c2Ugb25lIG9mICR7UEVSTUlUX0JBQ0tFTkRTLmpvaW4oJywgJyl9YCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgcmV0dXJuIGZvdW5kO1xufVxuXG4vKipcbiAqIFJ1bnMgYSBzeW50aGVzaXMgd2l0aCBjb25zb2xlLmxvZy9pbmZvL2RlYnVnIGdvaW5nIHRvIHN0ZGVycjogbGlicmFyaWVzIHRoYXQgcHJpbnQgbXVzdCBub3RcbiAqIGNvcnJ1cHQgLS1qc29uIG91dHB1dCBvbiBzdGRvdXQuXG4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB3aXRoQ29uc29sZU9uU3RkZXJyPFQ+KGN0eDogQ29udGV4dCwgZm46ICgpID0+IFByb21pc2U8VD4pOiBQcm9taXNlPFQ+IHtcbiAgY29uc3Qgc2F2ZWQgPSB7IGxvZzogY29uc29sZS5sb2csIGluZm86IGNvbnNvbGUuaW5mbywgZGVidWc6IGNvbnNvbGUuZGVidWcgfTtcbiAgY29uc3QgdG9FcnIgPSAoLi4uYXJnczogdW5rbm93bltdKSA9PiBjdHgub3V0Lm5vdGUoYXJncy5tYXAoKGEpID0+ICh0eXBlb2YgYSA9PT0gJ3N0cmluZycgPyBhIDogSlNPTi5zdHJpbmdpZnkoYSkpKS5qb2luKCcgJykpO1xuICBjb25zb2xlLmxvZyA9IHRvRXJyO1xuICBjb25zb2xlLmluZm8gPSB0b0VycjtcbiAgY29uc29sZS5kZWJ1ZyA9IHRvRXJyO1xuICB0cnkge1xuICAgIHJldHVybiBhd2FpdCBmbigpO1xuICB9IGZpbmFsbHkge1xuICAgIE9iamVjdC5hc3NpZ24oY29uc29sZSwgc2F2ZWQpO1xuICB9XG59XG5cbi8qKlxuICogUnVucyBhIHN5bnRoZXNpcyBpbnRvIGBvdXRkaXJgOyB3aGVuIGl0IGZhaWxzIGFuZCB0aGUgZm9sZGVyIGRpZCBub3QgZXhpc3QgYmVmb3JlLCB0aGUgZm9sZGVyXG4gKiAod2hpY2ggdGhlbiBob2xkcyBvbmx5IHdoYXQgdGhpcyBydW4gY3JlYXRlZCkgaXMgcmVtb3ZlZCwgc28gYmFkIGlucHV0IGxlYXZlcyBub3RoaW5nIGJlaGluZC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHN5bnRoSW50bzxUPihvdXRkaXI6IHN0cmluZywgZm46ICgpID0+IFByb21pc2U8VD4sIGdpdmVuOiBzdHJpbmcgPSBvdXRkaXIpOiBQcm9taXNlPFQ+IHtcbiAgLy8gVGhlIHRvcG1vc3QgZm9sZGVyIG9mIHRoZSBwYXRoIHRoYXQgZG9lcyBub3QgZXhpc3QgeWV0IChta2RpciAtcCBjcmVhdGVzIGl0IGFuZCBhbGwgYmVsb3cpLlxuICBsZXQgY3JlYXRlZDogc3RyaW5nIHwgdW5kZWZpbmVkO1xuICBmb3IgKGxldCBwID0gcGF0aC5yZXNvbHZlKG91dGRpcik7ICFmcy5leGlzdHNTeW5jKHApOyBwID0gcGF0aC5kaXJuYW1lKHApKSBjcmVhdGVkID0gcDtcbiAgLy8gQ2hlY2tlZCBiZWZvcmUgYW55dGhpbmcgaXMgd3JpdHRlbjogb25lIGxpbmUgd2l0aCB0aGUgcGF0aCBhcyBnaXZlbiAob3V0LXBhdGgudHMpLlxuICBwcmVwYXJlT3V0cHV0Rm9sZGVyKHBhdGgucmVzb2x2ZShvdXRkaXIpLCBnaXZlbik7XG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IGZuKCk7XG4gIH0gY2F0Y2ggKGUpIHtcbiAgICBpZiAoY3JlYXRlZCkgZnMucm1TeW5jKGNyZWF0ZWQsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICB0aHJvdyBvdXRwdXRGYWlsdXJlKGUsIGdpdmVuLCAnLS1vdXQnLCBwYXRoLnJlc29sdmUob3V0ZGlyKSkgPz8gZTtcbiAgfVxufVxuXG4vKipcbiAqIFRoZSB3YXJuaW5ncyBhbmQgZXJyb3JzIGF3cy1jZGstbGliIHJlY29yZGVkIG9uIGEgc3ludGhlc2l6ZWQgc3RhY2sgKGFubm90YXRpb25zKSwgZWFjaFxuICogcHJlZml4ZWQgd2l0aCBpdHMgY29uc3RydWN0IHBhdGggdW5sZXNzIHRoZSBtZXNzYWdlIGFscmVhZHkgc3RhcnRzIHdpdGggaXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzdGFja01lc3NhZ2VzKGFydGlmYWN0OiB7IHJlYWRvbmx5IG1lc3NhZ2VzOiBSZWFkb25seUFycmF5PHsgaWQ6IHN0cmluZzsgbGV2ZWw6IHN0cmluZzsgZW50cnk6IHsgZGF0YT86IHVua25vd24gfSB9PiB9KToge1xuICB3YXJuaW5nczogc3RyaW5nW107IGVycm9yczogc3RyaW5nW107XG59IHtcbiAgY29uc3Qgd2FybmluZ3M6IHN0cmluZ1tdID0gW107XG4gIGNvbnN0IGVycm9yczogc3RyaW5nW10gPSBbXTtcbiAgZm9yIChjb25zdCBtIG9mIGFydGlmYWN0Lm1lc3NhZ2VzKSB7XG4gICAgY29uc3QgZGF0YSA9IHR5cGVvZiBtLmVudHJ5LmRhdGEgPT09ICdzdHJpbmcnID8gbS5lbnRyeS5kYXRhIDogSlNPTi5zdHJpbmdpZnkobS5lbnRyeS5kYXRhKTtcbiAgICBjb25zdCB3aGVyZSA9IG0uaWQucmVwbGFjZSgvXlxcLy8sICcnKTtcbiAgICBjb25zdCB0ZXh0ID0gZGF0YS5zdGFydHNXaXRoKHdoZXJlKSA/IGRhdGEgOiBgJHt3aGVyZX06ICR7ZGF0YX1gO1xuICAgIGlmIChtLmxldmVsID09PSAnZXJyb3InKSBlcnJvcnMucHVzaCh0ZXh0KTtcbiAgICBlbHNlIGlmIChtLmxldmVsID09PSAnd2FybmluZycpIHdhcm5pbmdzLnB1c2godGV4dCk7XG4gIH1cbiAgcmV0dXJuIHsgd2FybmluZ3MsIGVycm9ycyB9O1xufVxuXG4vKiogQ291bnRzIG9mIGVhY2ggcmVzb3VyY2UgdHlwZSwgbW9zdCBmcmVxdWVudCBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb3VudFR5cGVzKHR5cGVzOiBzdHJpbmdbXSk6IEFycmF5PFtzdHJpbmcsIG51bWJlcl0+IHtcbiAgY29uc3QgY291bnRzID0gbmV3IE1hcDxzdHJpbmcsIG51bWJlcj4oKTtcbiAgZm9yIChjb25zdCB0IG9mIHR5cGVzKSBjb3VudHMuc2V0KHQsIChjb3VudHMuZ2V0KHQpID8/IDApICsgMSk7XG4gIHJldHVybiBbLi4uY291bnRzLmVudHJpZXMoKV0uc29ydCgoYSwgYikgPT4gYlsxXSAtIGFbMV0gfHwgKGFbMF0gPCBiWzBdID8gLTEgOiBhWzBdID4gYlswXSA/IDEgOiAwKSk7XG59XG5cbmZ1bmN0aW9uIG5ldHdvcmtUZXh0KHc6IFBlcm1pdFBsYW5bJ3dvcmtzcGFjZXMnXVtudW1iZXJdKTogc3RyaW5nIHtcbiAgcmV0dXJuIHcubmV0d29yayA9PT0gTmV0d29ya01vZGUuSU5HUkVTU19BTExPV0xJU1QgPyBgJHt3Lm5ldHdvcmt9ICgke3cuaW5ncmVzc0NpZHJzLmpvaW4oJywgJyl9KWAgOiB3Lm5ldHdvcms7XG59XG5cbmZ1bmN0aW9uIHByaW50KGN0eDogQ29udGV4dCwgYmFja2VuZDogUGVybWl0QmFja2VuZCwgcGxhbjogUGVybWl0UGxhbiwgcjogUGVybWl0U3ludGhSZXN1bHQpOiB2b2lkIHtcbiAgY29uc3Qgb3V0ID0gY3R4Lm91dDtcbiAgaWYgKG91dC5qc29uKSB7XG4gICAgb3V0LnByaW50SnNvbih7XG4gICAgICBiYWNrZW5kLFxuICAgICAgcGVybWl0SWQ6IHBsYW4ucGVybWl0SWQsXG4gICAgICBzdGFjazogci5zdGFjayxcbiAgICAgIHN0YXR1czogcGxhbi5zdGF0dXMsXG4gICAgICAuLi4ocGxhbi5wcmV2aW91c1N0YXR1cyA/IHsgcHJldmlvdXNTdGF0dXM6IHBsYW4ucHJldmlvdXNTdGF0dXMgfSA6IHt9KSxcbiAgICAgIGV2ZW50SWQ6IHBsYW4uZXZlbnRJZCxcbiAgICAgIHJlcGxheTogcGxhbi5yZXBsYXksXG4gICAgICBmaWxlczogci5maWxlcy5tYXAoc2hvd25QYXRoKSxcbiAgICAgIHJlc291cmNlQ291bnQ6IHIucmVzb3VyY2VzLmxlbmd0aCxcbiAgICAgIHJlc291cmNlVHlwZXM6IE9iamVjdC5mcm9tRW50cmllcyhjb3VudFR5cGVzKHIucmVzb3VyY2VUeXBlcykpLFxuICAgICAgcmVzb3VyY2VzOiByLnJlc291cmNlcyxcbiAgICAgIHByb3RlY3RlZFJlc291cmNlczogci5wcm90ZWN0ZWRSZXNvdXJjZXMsXG4gICAgICB3b3Jrc3BhY2VzOiBwbGFuLndvcmtzcGFjZXMsXG4gICAgICB2b2x1bWVzOiBwbGFuLnZvbHVtZXMsXG4gICAgICB2b2x1bWVzVG9EZWxldGU6IHBsYW4udm9sdW1lc1RvRGVsZXRlLFxuICAgICAgY2hhbmdlczogcGxhbi5jaGFuZ2VzLFxuICAgICAgd2FybmluZ3M6IHIud2FybmluZ3MsXG4gICAgICBuZXh0OiByLm5leHQsXG4gICAgfSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIG91dC5oZWFkaW5nKGBwZXJtaXQgJHtwbGFuLnBlcm1pdElkfTogJHtwbGFuLnN0YXR1c30ke3BsYW4ucHJldmlvdXNTdGF0dXMgPyBgIChmcm9tICR7cGxhbi5wcmV2aW91c1N0YXR1c30pYCA6ICcnfSwgZXZlbnQgJHtwbGFuLmV2ZW50SWR9JHtwbGFuLnJlcGxheSA/ICcgKHJlcGxheTogbm90aGluZyBjaGFuZ2VzKScgOiAnJ31gKTtcbiAgY29uc3QgcHJvdGVjdGVkV29yZCA9IGJhY2tlbmQgPT09ICdhd3MnID8gJ3JldGFpbmVkIHdoZW4gdGhlIHN0YWNrIGlzIGRlbGV0ZWQnIDogJ3Byb3RlY3RlZCBmcm9tIGRlc3RydWN0aW9uIChwcmV2ZW50X2Rlc3Ryb3kpJztcbiAgb3V0LmxpbmUoYHN0YWNrICR7ci5zdGFja30gKCR7YmFja2VuZH0pOiAke3IucmVzb3VyY2VzLmxlbmd0aH0gcmVzb3VyY2VzLCAke3IucHJvdGVjdGVkUmVzb3VyY2VzLmxlbmd0aH0gJHtwcm90ZWN0ZWRXb3JkfWApO1xuICBvdXQubGluZShgd3JvdGUgJHtyLmZpbGVzLm1hcChzaG93blBhdGgpLmpvaW4oJ1xcbiAgICAgICcpfWApO1xuICBvdXQubGluZSgpO1xuICBpZiAocGxhbi53b3Jrc3BhY2VzLmxlbmd0aCA9PT0gMCkge1xuICAgIG91dC5saW5lKCdObyB3b3Jrc3BhY2VzIGluIHRoaXMgcGhhc2UuJyk7XG4gIH0gZWxzZSB7XG4gICAgb3V0LnRhYmxlKFsnV09SS1NQQUNFJywgJ1NUQVRFJywgJ05FVFdPUksnLCAnTU9VTlRTJywgJ1VTRVJTJ10sIHBsYW4ud29ya3NwYWNlcy5tYXAoKHcpID0+IFtcbiAgICAgIHcucm9sZSwgdy5zdGF0ZSwgbmV0d29ya1RleHQodyksIHcubW91bnRzLm1hcCgobSkgPT4gYCR7bS52b2x1bWV9OiR7bS5wYXRofToke20uYWNjZXNzfWApLmpvaW4oJywgJykgfHwgJ25vbmUnLFxuICAgICAgdy51c2Vycy5tYXAoKHUpID0+IGAke3UubmFtZX0oJHt1LnVpZH0pYCkuam9pbignLCAnKSxcbiAgICBdKSk7XG4gIH1cbiAgaWYgKHBsYW4udm9sdW1lcy5sZW5ndGgpIG91dC5saW5lKGBWb2x1bWVzOiAke3BsYW4udm9sdW1lcy5tYXAoKHYpID0+IHYubmFtZSkuam9pbignLCAnKX1gKTtcbiAgaWYgKHBsYW4udm9sdW1lc1RvRGVsZXRlLmxlbmd0aCkgb3V0LmxpbmUoYFZvbHVtZXMgZGVzdHJveWVkOiAke3BsYW4udm9sdW1lc1RvRGVsZXRlLmpvaW4oJywgJyl9YCk7XG4gIG91dC5saW5lKCk7XG4gIG91dC50YWJsZShbJ1JFU09VUkNFIFRZUEUnLCAnQ09VTlQnXSwgY291bnRUeXBlcyhyLnJlc291cmNlVHlwZXMpLm1hcCgoW3QsIG5dKSA9PiBbdCwgbl0pKTtcbiAgaWYgKCFwbGFuLnJlcGxheSAmJiBwbGFuLmNoYW5nZXMubGVuZ3RoKSB7XG4gICAgb3V0LmxpbmUoKTtcbiAgICBvdXQuaGVhZGluZygnQ2hhbmdlcycpO1xuICAgIG91dC50YWJsZShbJ1NVQkpFQ1QnLCAnTkFNRScsICdDSEFOR0UnLCAnREVUQUlMJ10sIHBsYW4uY2hhbmdlcy5tYXAoKGMpID0+IFtjLnN1YmplY3QsIGMubmFtZSwgYy5jaGFuZ2UsIGMuZGV0YWlsXSkpO1xuICB9XG4gIG91dC5saW5lKCk7XG4gIG91dC5saW5lKGBOZXh0OiAke3IubmV4dH1gKTtcbn1cbiJdfQ==