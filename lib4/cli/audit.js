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
exports.auditGroup = void 0;
exports.runAudit = runAudit;
exports.printReport = printReport;
exports.labAuditCommand = labAuditCommand;
exports.permitAuditCommand = permitAuditCommand;
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const output_1 = require("./output");
const permit_synth_1 = require("./permit-synth");
const sources_1 = require("./sources");
const load_1 = require("../workspaces/audit/load");
const model = __importStar(require("../workspaces/audit/model"));
const model_1 = require("../workspaces/audit/model");
const permit_network_1 = require("../workspaces/audit/permit-network");
/**
 * `rws audit <folder>`, `rws lab audit <lab file>` and `rws permit audit ...`: the egress audit
 * (src/workspaces/audit/) on synthesized output, as a table or JSON, or as the compliance view.
 * Exit 0 when every workspace reaches only what its mode or permit phase allows, 1 when one
 * reaches more (each finding names the workspace, the resource, the path and the fix), 2 for
 * bad input.
 */
const AUDIT_OPTIONS = [
    { name: 'compliance', value: 'md|json', help: 'print the compliance view (network, storage, identity, audit controls per lab and permit phase) instead of the table' },
    { name: 'egress', value: 'mode', help: 'none, proxied or open: the egress of AWS lab templates that do not record it (older output)' },
    {
        name: 'internal-resolver',
        value: 'ip',
        repeat: true,
        help: 'state that this resolver answers internal names only and forwards nothing (Proxmox: DNS to it is not outside DNS)',
    },
    {
        name: 'proxmox-datacenter-firewall',
        value: 'elsewhere',
        help: 'state that the Proxmox datacenter firewall is kept on outside the audited output (else a stack must manage it)',
    },
];
const EXIT_CODES = '  0  every workspace reaches only what its mode or permit phase allows\n'
    + '  1  findings: a workspace reaches more (or, with --compliance, a control fails); each names the resource, the path and the fix\n'
    + '  2  usage or input error: no synthesized stack at the path, unreadable JSON, a workspace without a mode';
function auditOptions(ctx, input) {
    const egress = input.str('egress');
    if (egress !== undefined && !['none', 'proxied', 'open'].includes(egress)) {
        throw new command_1.UsageError(`--egress must be none, proxied or open (got "${egress}")`, ctx.commandName);
    }
    const dc = input.str('proxmox-datacenter-firewall');
    if (dc !== undefined && dc !== 'elsewhere')
        throw new command_1.UsageError(`--proxmox-datacenter-firewall takes only "elsewhere" (got "${dc}")`, ctx.commandName);
    const compliance = input.str('compliance');
    if (compliance !== undefined && compliance !== 'md' && compliance !== 'json') {
        throw new command_1.UsageError(`--compliance must be md or json (got "${compliance}")`, ctx.commandName);
    }
    const resolvers = input.list('internal-resolver', true);
    for (const r of resolvers) {
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(r) && !/^[0-9a-fA-F:]+$/.test(r))
            throw new command_1.UsageError(`--internal-resolver takes an IP address (got "${r}")`, ctx.commandName);
    }
    return { egress: egress, proxmoxDatacenterFirewallElsewhere: dc === 'elsewhere', internalResolvers: resolvers };
}
/** Audits a path and prints the result; returns the exit code. */
async function runAudit(ctx, input, target, shown = target) {
    const options = auditOptions(ctx, input);
    let report;
    try {
        report = (0, load_1.auditPath)(target, { ...options, permitNetwork: permit_network_1.permitNetwork });
    }
    catch (e) {
        if (e instanceof model_1.AuditInputError)
            throw new command_1.CliInputError(e.message);
        throw e;
    }
    return printReport(ctx, input, report, shown);
}
/** Prints a report (table, --json or --compliance) and returns the exit code. */
function printReport(ctx, input, report, shown) {
    const compliance = input.str('compliance');
    if (compliance !== undefined) {
        const failed = report.units.some((u) => model.complianceControls(u).some((c) => c.result === 'fail'));
        if (compliance === 'json')
            ctx.out.printJson(model.complianceJson(report));
        else
            ctx.out.write(`${model.complianceMarkdown(report)}\n`);
        return failed ? command_1.EXIT_FINDINGS : command_1.EXIT_OK;
    }
    if (ctx.out.json) {
        ctx.out.printJson(model.reportJson(report));
        return report.findings.length ? command_1.EXIT_FINDINGS : command_1.EXIT_OK;
    }
    const out = ctx.out;
    if (report.units.length === 0)
        out.line(`${shown}: no stack found`);
    for (const u of report.units) {
        const title = u.kind === 'permit' ? `permit ${u.name} at ${u.status}` : `lab ${u.name}`;
        out.heading(`${title} (${u.backend}, stack ${u.stack})`);
        if (u.workspaces.length === 0) {
            out.line('  no workspace in this output');
        }
        else {
            const rows = u.workspaces.map((w) => {
                const bad = report.findings.filter((f) => f.stack === u.stack && f.workspace === w.name);
                const reached = [...new Set(w.reach.map((r) => r.destination))].sort().join(', ') || 'nothing';
                return [w.name, w.role ? `${w.mode} (${w.role})` : w.mode, reached, w.mode === 'open' ? 'reported' : bad.length ? `FAIL (${bad.length})` : 'ok'];
            });
            out.table(['WORKSPACE', 'MODE', 'REACHES', 'RESULT'], rows);
        }
        out.line();
    }
    if (report.findings.length === 0) {
        out.line(`Every workspace reaches only what its mode allows (${report.units.reduce((a, u) => a + u.workspaces.length, 0)} workspaces in ${report.units.length} stacks).`);
        return command_1.EXIT_OK;
    }
    out.heading(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
    for (const f of report.findings) {
        out.line(`${out.paint('FAIL', 'red')} ${f.unit}, workspace ${f.workspace} (${f.mode}) reaches ${f.destination}`);
        out.line(`  resource: ${f.resource} (stack ${f.stack})`);
        out.line(`  path:     ${f.path}`);
        if (f.fix)
            out.line(`  fix:      ${f.fix}`);
    }
    return command_1.EXIT_FINDINGS;
}
const auditCommand = {
    name: 'audit',
    summary: 'Audit synthesized output: can any workspace reach more than its egress mode or permit phase allows?',
    description: `Reads what a synthesis wrote (a cdk.out cloud assembly, a cdktf.out folder, one stack folder
with cdk.tf.json, one template, or a folder holding several of these) and computes for every
workspace what it can reach: the internet, the internet through an allowlist, outside or internal
DNS, AWS APIs of any account or only the lab's, storage, internal services. It reads the output
only (routes, security groups, VPC endpoint policies, the DNS firewall, Network Firewall policies,
NetworkPolicies, Proxmox firewall options and rules), so an escape hatch or an added resource is
audited like everything else. The mode comes from the output: the lab's egress recorded by the
stack (AWS template Metadata, Kubernetes labels, Proxmox tags), or for a permit the network the
permit lifecycle plans for the workspace's role in the recorded status.
  none     no internet, no outside DNS, AWS APIs only through endpoints scoped to the lab account
  proxied  the internet only through a domain allowlist with a default drop; no outside DNS
  open     anything (reported, never a finding)`,
    args: [{ name: 'path', help: 'synthesized output: cdk.out, cdktf.out, cdktf.out/stacks/<name>, or a template file' }],
    options: AUDIT_OPTIONS,
    examples: ['rws audit cdk.out', 'rws audit cdktf.out/stacks/permit-p-001 --json', 'rws audit cdk.out/small-lab --compliance md > compliance.md'],
    exitCodes: EXIT_CODES,
    async run(ctx, input) {
        const target = input.args[0];
        if (target === undefined)
            throw new command_1.UsageError('a path is required: the synthesized output to audit (e.g. cdk.out)', ctx.commandName);
        const abs = path.resolve(ctx.cwd, target);
        if (!fs.existsSync(abs))
            throw new command_1.CliInputError(`${target}: does not exist. Fix: name a cdk.out assembly, a cdktf.out folder or a stack folder (run the synth first)`);
        return runAudit(ctx, input, abs, target);
    },
};
/** `rws audit <path>`: a group of one command, run as `rws audit <path>` (see main.ts). */
exports.auditGroup = {
    name: 'audit',
    summary: 'Audit synthesized output: what each workspace can reach, against its egress mode or permit phase',
    description: auditCommand.description,
    commands: [auditCommand],
};
/** A temporary folder for a synthesis that is audited and then removed. */
function scratch(prefix) {
    return fs.mkdtempSync(path.join(os.tmpdir(), `rws-audit-${prefix}-`));
}
/** `rws lab audit <lab file>`: synthesizes the lab into a temporary folder and audits it. */
function labAuditCommand(deps) {
    return {
        name: 'audit',
        summary: 'Synthesize a lab and audit what each workspace can reach against the lab\'s egress',
        description: `Synthesizes the lab file as "rws lab synth" does, into a temporary folder that is removed
afterwards, and runs "rws audit" on the output (see rws audit --help). To audit exactly what a
pipeline deploys, synthesize with --out and run "rws audit <out>" on that folder instead.`,
        args: [{ name: 'lab.yaml', help: 'the lab file' }],
        options: [
            { name: 'backend', value: 'name', help: 'aws, kubernetes or proxmox (default: from the file, as for rws lab synth)' },
            ...AUDIT_OPTIONS.filter((o) => o.name !== 'egress'),
        ],
        examples: ['rws lab audit lab.yaml', 'rws lab audit examples/kubernetes-lab/lab.yaml --compliance md'],
        exitCodes: EXIT_CODES,
        async run(ctx, input) {
            if (input.args[0] === undefined)
                throw new command_1.UsageError('the lab file is required', ctx.commandName);
            const lab = await deps.loadLabFile(ctx, input);
            const dir = scratch('lab');
            try {
                const stackName = deps.stackNameOf(lab.view.name);
                const r = await (0, permit_synth_1.synthInto)(dir, () => (0, permit_synth_1.withConsoleOnStderr)(ctx, () => deps.synthLoadedLab(lab, dir, stackName)));
                for (const w of r.warnings)
                    ctx.out.warn(w);
                return await runAudit(ctx, input, dir, `${input.args[0]} (synthesized)`);
            }
            finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        },
    };
}
/** `rws permit audit ...`: synthesizes a permit phase (as rws permit synth) into a temporary folder and audits it. */
function permitAuditCommand(permitSynth) {
    return {
        name: 'audit',
        summary: 'Synthesize one permit phase and audit what each workspace can reach against the phase\'s network',
        description: `Takes the options of "rws permit synth" (without --out), synthesizes the phase into a temporary
folder that is removed afterwards, and runs "rws audit" on it: every workspace is held to the
network the permit lifecycle plans for its role in that status (rws permit plan shows it).`,
        options: [...(permitSynth.options ?? []).filter((o) => o.name !== 'out'), ...AUDIT_OPTIONS.filter((o) => o.name !== 'egress')],
        examples: [
            'rws permit audit --id p-001 --status ANALYSIS_ACTIVE --backend kubernetes',
            'rws permit audit --permit permits/p-001.yaml --status WORKSPACE_SETUP_PENDING --backend aws --config aws.yaml --json',
        ],
        exitCodes: EXIT_CODES,
        async run(ctx, input) {
            const dir = scratch('permit');
            try {
                const quiet = { ...ctx, out: new output_1.Output({ stdout: { write: () => true }, stderr: { write: (t) => { ctx.out.note(t.replace(/\n$/, '')); return true; } }, env: ctx.env, cwd: ctx.cwd }, false, false, false) };
                const withOut = {
                    ...input,
                    args: input.args,
                    str: (name) => (name === 'out' ? dir : input.str(name)),
                    list: (name, split) => input.list(name, split),
                    flag: (name) => input.flag(name),
                    int: (name) => input.int(name),
                    has: (name) => (name === 'out' ? true : input.has(name)),
                };
                await permitSynth.run(quiet, withOut);
                return await runAudit(ctx, input, dir, `permit (synthesized with ${(0, sources_1.shownPath)(dir)})`);
            }
            finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        },
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYXVkaXQuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL2F1ZGl0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQTREQSw0QkFVQztBQUdELGtDQXlDQztBQW1ERCwwQ0E0QkM7QUFHRCxnREFpQ0M7QUFyT0QsdUNBQXlCO0FBQ3pCLHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsdUNBQWlJO0FBRWpJLHFDQUFrQztBQUNsQyxpREFBZ0U7QUFDaEUsdUNBQXNDO0FBQ3RDLG1EQUFtRTtBQUNuRSxpRUFBbUQ7QUFDbkQscURBQW9GO0FBQ3BGLHVFQUFtRTtBQUVuRTs7Ozs7O0dBTUc7QUFFSCxNQUFNLGFBQWEsR0FBaUI7SUFDbEMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLHNIQUFzSCxFQUFFO0lBQ3RLLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSw2RkFBNkYsRUFBRTtJQUN0STtRQUNFLElBQUksRUFBRSxtQkFBbUI7UUFDekIsS0FBSyxFQUFFLElBQUk7UUFDWCxNQUFNLEVBQUUsSUFBSTtRQUNaLElBQUksRUFBRSxtSEFBbUg7S0FDMUg7SUFDRDtRQUNFLElBQUksRUFBRSw2QkFBNkI7UUFDbkMsS0FBSyxFQUFFLFdBQVc7UUFDbEIsSUFBSSxFQUFFLGdIQUFnSDtLQUN2SDtDQUNGLENBQUM7QUFFRixNQUFNLFVBQVUsR0FBRywwRUFBMEU7TUFDekYsbUlBQW1JO01BQ25JLDBHQUEwRyxDQUFDO0FBRS9HLFNBQVMsWUFBWSxDQUFDLEdBQVksRUFBRSxLQUFZO0lBQzlDLE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDbkMsSUFBSSxNQUFNLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsU0FBUyxFQUFFLE1BQU0sQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQzFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLGdEQUFnRCxNQUFNLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDcEcsQ0FBQztJQUNELE1BQU0sRUFBRSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsNkJBQTZCLENBQUMsQ0FBQztJQUNwRCxJQUFJLEVBQUUsS0FBSyxTQUFTLElBQUksRUFBRSxLQUFLLFdBQVc7UUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyw4REFBOEQsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQ3hKLE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsWUFBWSxDQUFDLENBQUM7SUFDM0MsSUFBSSxVQUFVLEtBQUssU0FBUyxJQUFJLFVBQVUsS0FBSyxJQUFJLElBQUksVUFBVSxLQUFLLE1BQU0sRUFBRSxDQUFDO1FBQzdFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHlDQUF5QyxVQUFVLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDakcsQ0FBQztJQUNELE1BQU0sU0FBUyxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsbUJBQW1CLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDeEQsS0FBSyxNQUFNLENBQUMsSUFBSSxTQUFTLEVBQUUsQ0FBQztRQUMxQixJQUFJLENBQUMseUJBQXlCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsaUJBQWlCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLGlEQUFpRCxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7SUFDdEssQ0FBQztJQUNELE9BQU8sRUFBRSxNQUFNLEVBQUUsTUFBK0IsRUFBRSxrQ0FBa0MsRUFBRSxFQUFFLEtBQUssV0FBVyxFQUFFLGlCQUFpQixFQUFFLFNBQVMsRUFBRSxDQUFDO0FBQzNJLENBQUM7QUFFRCxrRUFBa0U7QUFDM0QsS0FBSyxVQUFVLFFBQVEsQ0FBQyxHQUFZLEVBQUUsS0FBWSxFQUFFLE1BQWMsRUFBRSxRQUFnQixNQUFNO0lBQy9GLE1BQU0sT0FBTyxHQUFHLFlBQVksQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDekMsSUFBSSxNQUFtQixDQUFDO0lBQ3hCLElBQUksQ0FBQztRQUNILE1BQU0sR0FBRyxJQUFBLGdCQUFTLEVBQUMsTUFBTSxFQUFFLEVBQUUsR0FBRyxPQUFPLEVBQUUsYUFBYSxFQUFiLDhCQUFhLEVBQUUsQ0FBQyxDQUFDO0lBQzVELENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsSUFBSSxDQUFDLFlBQVksdUJBQWU7WUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDckUsTUFBTSxDQUFDLENBQUM7SUFDVixDQUFDO0lBQ0QsT0FBTyxXQUFXLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7QUFDaEQsQ0FBQztBQUVELGlGQUFpRjtBQUNqRixTQUFnQixXQUFXLENBQUMsR0FBWSxFQUFFLEtBQVksRUFBRSxNQUFtQixFQUFFLEtBQWE7SUFDeEYsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQztJQUMzQyxJQUFJLFVBQVUsS0FBSyxTQUFTLEVBQUUsQ0FBQztRQUM3QixNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDO1FBQ3RHLElBQUksVUFBVSxLQUFLLE1BQU07WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsY0FBYyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUM7O1lBQ3RFLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsS0FBSyxDQUFDLGtCQUFrQixDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUM1RCxPQUFPLE1BQU0sQ0FBQyxDQUFDLENBQUMsdUJBQWEsQ0FBQyxDQUFDLENBQUMsaUJBQU8sQ0FBQztJQUMxQyxDQUFDO0lBQ0QsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQztRQUM1QyxPQUFPLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyx1QkFBYSxDQUFDLENBQUMsQ0FBQyxpQkFBTyxDQUFDO0lBQzFELENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDO0lBQ3BCLElBQUksTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQztRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLGtCQUFrQixDQUFDLENBQUM7SUFDcEUsS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLENBQUMsS0FBSyxFQUFFLENBQUM7UUFDN0IsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLElBQUksT0FBTyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3hGLEdBQUcsQ0FBQyxPQUFPLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxDQUFDLE9BQU8sV0FBVyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQztRQUN6RCxJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQzlCLEdBQUcsQ0FBQyxJQUFJLENBQUMsK0JBQStCLENBQUMsQ0FBQztRQUM1QyxDQUFDO2FBQU0sQ0FBQztZQUNOLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7Z0JBQ2xDLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFDLFNBQVMsS0FBSyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7Z0JBQ3pGLE1BQU0sT0FBTyxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksU0FBUyxDQUFDO2dCQUMvRixPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxLQUFLLE1BQU0sQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxTQUFTLEdBQUcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDbkosQ0FBQyxDQUFDLENBQUM7WUFDSCxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsUUFBUSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDOUQsQ0FBQztRQUNELEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUNiLENBQUM7SUFDRCxJQUFJLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ2pDLEdBQUcsQ0FBQyxJQUFJLENBQUMsc0RBQXNELE1BQU0sQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxrQkFBa0IsTUFBTSxDQUFDLEtBQUssQ0FBQyxNQUFNLFdBQVcsQ0FBQyxDQUFDO1FBQzFLLE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0lBQ0QsR0FBRyxDQUFDLE9BQU8sQ0FBQyxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxXQUFXLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0lBQzNGLEtBQUssTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLFFBQVEsRUFBRSxDQUFDO1FBQ2hDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLE1BQU0sRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxlQUFlLENBQUMsQ0FBQyxTQUFTLEtBQUssQ0FBQyxDQUFDLElBQUksYUFBYSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQztRQUNqSCxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsQ0FBQyxDQUFDLFFBQVEsV0FBVyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQztRQUN6RCxHQUFHLENBQUMsSUFBSSxDQUFDLGVBQWUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbEMsSUFBSSxDQUFDLENBQUMsR0FBRztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsZUFBZSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQztJQUM5QyxDQUFDO0lBQ0QsT0FBTyx1QkFBYSxDQUFDO0FBQ3ZCLENBQUM7QUFFRCxNQUFNLFlBQVksR0FBWTtJQUM1QixJQUFJLEVBQUUsT0FBTztJQUNiLE9BQU8sRUFBRSxxR0FBcUc7SUFDOUcsV0FBVyxFQUFFOzs7Ozs7Ozs7OztnREFXaUM7SUFDOUMsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxxRkFBcUYsRUFBRSxDQUFDO0lBQ3JILE9BQU8sRUFBRSxhQUFhO0lBQ3RCLFFBQVEsRUFBRSxDQUFDLG1CQUFtQixFQUFFLGdEQUFnRCxFQUFFLDZEQUE2RCxDQUFDO0lBQ2hKLFNBQVMsRUFBRSxVQUFVO0lBQ3JCLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLEtBQUs7UUFDbEIsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUM3QixJQUFJLE1BQU0sS0FBSyxTQUFTO1lBQUUsTUFBTSxJQUFJLG9CQUFVLENBQUMsb0VBQW9FLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ3RJLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztRQUMxQyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUM7WUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLE1BQU0sNEdBQTRHLENBQUMsQ0FBQztRQUN4SyxPQUFPLFFBQVEsQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxNQUFNLENBQUMsQ0FBQztJQUMzQyxDQUFDO0NBQ0YsQ0FBQztBQUVGLDJGQUEyRjtBQUM5RSxRQUFBLFVBQVUsR0FBaUI7SUFDdEMsSUFBSSxFQUFFLE9BQU87SUFDYixPQUFPLEVBQUUsa0dBQWtHO0lBQzNHLFdBQVcsRUFBRSxZQUFZLENBQUMsV0FBVztJQUNyQyxRQUFRLEVBQUUsQ0FBQyxZQUFZLENBQUM7Q0FDekIsQ0FBQztBQUVGLDJFQUEyRTtBQUMzRSxTQUFTLE9BQU8sQ0FBQyxNQUFjO0lBQzdCLE9BQU8sRUFBRSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxhQUFhLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztBQUN4RSxDQUFDO0FBU0QsNkZBQTZGO0FBQzdGLFNBQWdCLGVBQWUsQ0FBQyxJQUFrQjtJQUNoRCxPQUFPO1FBQ0wsSUFBSSxFQUFFLE9BQU87UUFDYixPQUFPLEVBQUUsb0ZBQW9GO1FBQzdGLFdBQVcsRUFBRTs7MEZBRXlFO1FBQ3RGLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLENBQUM7UUFDbEQsT0FBTyxFQUFFO1lBQ1AsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLDJFQUEyRSxFQUFFO1lBQ3JILEdBQUcsYUFBYSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxRQUFRLENBQUM7U0FDcEQ7UUFDRCxRQUFRLEVBQUUsQ0FBQyx3QkFBd0IsRUFBRSxnRUFBZ0UsQ0FBQztRQUN0RyxTQUFTLEVBQUUsVUFBVTtRQUNyQixLQUFLLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1lBQ2xCLElBQUksS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxTQUFTO2dCQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLDBCQUEwQixFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztZQUNuRyxNQUFNLEdBQUcsR0FBRyxNQUFNLElBQUksQ0FBQyxXQUFXLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQy9DLE1BQU0sR0FBRyxHQUFHLE9BQU8sQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUMzQixJQUFJLENBQUM7Z0JBQ0gsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO2dCQUNsRCxNQUFNLENBQUMsR0FBRyxNQUFNLElBQUEsd0JBQVMsRUFBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBQSxrQ0FBbUIsRUFBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDL0csS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsUUFBUTtvQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDNUMsT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLGdCQUFnQixDQUFDLENBQUM7WUFDM0UsQ0FBQztvQkFBUyxDQUFDO2dCQUNULEVBQUUsQ0FBQyxNQUFNLENBQUMsR0FBRyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztZQUNuRCxDQUFDO1FBQ0gsQ0FBQztLQUNGLENBQUM7QUFDSixDQUFDO0FBRUQsc0hBQXNIO0FBQ3RILFNBQWdCLGtCQUFrQixDQUFDLFdBQW9CO0lBQ3JELE9BQU87UUFDTCxJQUFJLEVBQUUsT0FBTztRQUNiLE9BQU8sRUFBRSxrR0FBa0c7UUFDM0csV0FBVyxFQUFFOzsyRkFFMEU7UUFDdkYsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDLFdBQVcsQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxFQUFFLEdBQUcsYUFBYSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxRQUFRLENBQUMsQ0FBQztRQUM5SCxRQUFRLEVBQUU7WUFDUiwyRUFBMkU7WUFDM0Usc0hBQXNIO1NBQ3ZIO1FBQ0QsU0FBUyxFQUFFLFVBQVU7UUFDckIsS0FBSyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztZQUNsQixNQUFNLEdBQUcsR0FBRyxPQUFPLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDOUIsSUFBSSxDQUFDO2dCQUNILE1BQU0sS0FBSyxHQUFZLEVBQUUsR0FBRyxHQUFHLEVBQUUsR0FBRyxFQUFFLElBQUksZUFBTSxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQVMsRUFBRSxFQUFFLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLEdBQUcsQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsQ0FBQyxHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLENBQUM7Z0JBQy9OLE1BQU0sT0FBTyxHQUFVO29CQUNyQixHQUFHLEtBQUs7b0JBQ1IsSUFBSSxFQUFFLEtBQUssQ0FBQyxJQUFJO29CQUNoQixHQUFHLEVBQUUsQ0FBQyxJQUFZLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO29CQUMvRCxJQUFJLEVBQUUsQ0FBQyxJQUFZLEVBQUUsS0FBZSxFQUFFLEVBQUUsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUM7b0JBQ2hFLElBQUksRUFBRSxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7b0JBQ3hDLEdBQUcsRUFBRSxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUM7b0JBQ3RDLEdBQUcsRUFBRSxDQUFDLElBQVksRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUM7aUJBQ2pFLENBQUM7Z0JBQ0YsTUFBTSxXQUFXLENBQUMsR0FBRyxDQUFDLEtBQUssRUFBRSxPQUFPLENBQUMsQ0FBQztnQkFDdEMsT0FBTyxNQUFNLFFBQVEsQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSw0QkFBNEIsSUFBQSxtQkFBUyxFQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUN4RixDQUFDO29CQUFTLENBQUM7Z0JBQ1QsRUFBRSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1lBQ25ELENBQUM7UUFDSCxDQUFDO0tBQ0YsQ0FBQztBQUNKLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBvcyBmcm9tICdvcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciwgQ29tbWFuZCwgQ29tbWFuZEdyb3VwLCBDb250ZXh0LCBFWElUX0ZJTkRJTkdTLCBFWElUX09LLCBJbnB1dCwgT3B0aW9uU3BlYywgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgdHlwZSB7IExvYWRlZExhYiB9IGZyb20gJy4vbGFiLXZpZXcnO1xuaW1wb3J0IHsgT3V0cHV0IH0gZnJvbSAnLi9vdXRwdXQnO1xuaW1wb3J0IHsgc3ludGhJbnRvLCB3aXRoQ29uc29sZU9uU3RkZXJyIH0gZnJvbSAnLi9wZXJtaXQtc3ludGgnO1xuaW1wb3J0IHsgc2hvd25QYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IEF1ZGl0T3B0aW9ucywgYXVkaXRQYXRoIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9hdWRpdC9sb2FkJztcbmltcG9ydCAqIGFzIG1vZGVsIGZyb20gJy4uL3dvcmtzcGFjZXMvYXVkaXQvbW9kZWwnO1xuaW1wb3J0IHsgQXVkaXRJbnB1dEVycm9yLCBBdWRpdE1vZGUsIEF1ZGl0UmVwb3J0IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9hdWRpdC9tb2RlbCc7XG5pbXBvcnQgeyBwZXJtaXROZXR3b3JrIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9hdWRpdC9wZXJtaXQtbmV0d29yayc7XG5cbi8qKlxuICogYHJ3cyBhdWRpdCA8Zm9sZGVyPmAsIGByd3MgbGFiIGF1ZGl0IDxsYWIgZmlsZT5gIGFuZCBgcndzIHBlcm1pdCBhdWRpdCAuLi5gOiB0aGUgZWdyZXNzIGF1ZGl0XG4gKiAoc3JjL3dvcmtzcGFjZXMvYXVkaXQvKSBvbiBzeW50aGVzaXplZCBvdXRwdXQsIGFzIGEgdGFibGUgb3IgSlNPTiwgb3IgYXMgdGhlIGNvbXBsaWFuY2Ugdmlldy5cbiAqIEV4aXQgMCB3aGVuIGV2ZXJ5IHdvcmtzcGFjZSByZWFjaGVzIG9ubHkgd2hhdCBpdHMgbW9kZSBvciBwZXJtaXQgcGhhc2UgYWxsb3dzLCAxIHdoZW4gb25lXG4gKiByZWFjaGVzIG1vcmUgKGVhY2ggZmluZGluZyBuYW1lcyB0aGUgd29ya3NwYWNlLCB0aGUgcmVzb3VyY2UsIHRoZSBwYXRoIGFuZCB0aGUgZml4KSwgMiBmb3JcbiAqIGJhZCBpbnB1dC5cbiAqL1xuXG5jb25zdCBBVURJVF9PUFRJT05TOiBPcHRpb25TcGVjW10gPSBbXG4gIHsgbmFtZTogJ2NvbXBsaWFuY2UnLCB2YWx1ZTogJ21kfGpzb24nLCBoZWxwOiAncHJpbnQgdGhlIGNvbXBsaWFuY2UgdmlldyAobmV0d29yaywgc3RvcmFnZSwgaWRlbnRpdHksIGF1ZGl0IGNvbnRyb2xzIHBlciBsYWIgYW5kIHBlcm1pdCBwaGFzZSkgaW5zdGVhZCBvZiB0aGUgdGFibGUnIH0sXG4gIHsgbmFtZTogJ2VncmVzcycsIHZhbHVlOiAnbW9kZScsIGhlbHA6ICdub25lLCBwcm94aWVkIG9yIG9wZW46IHRoZSBlZ3Jlc3Mgb2YgQVdTIGxhYiB0ZW1wbGF0ZXMgdGhhdCBkbyBub3QgcmVjb3JkIGl0IChvbGRlciBvdXRwdXQpJyB9LFxuICB7XG4gICAgbmFtZTogJ2ludGVybmFsLXJlc29sdmVyJyxcbiAgICB2YWx1ZTogJ2lwJyxcbiAgICByZXBlYXQ6IHRydWUsXG4gICAgaGVscDogJ3N0YXRlIHRoYXQgdGhpcyByZXNvbHZlciBhbnN3ZXJzIGludGVybmFsIG5hbWVzIG9ubHkgYW5kIGZvcndhcmRzIG5vdGhpbmcgKFByb3htb3g6IEROUyB0byBpdCBpcyBub3Qgb3V0c2lkZSBETlMpJyxcbiAgfSxcbiAge1xuICAgIG5hbWU6ICdwcm94bW94LWRhdGFjZW50ZXItZmlyZXdhbGwnLFxuICAgIHZhbHVlOiAnZWxzZXdoZXJlJyxcbiAgICBoZWxwOiAnc3RhdGUgdGhhdCB0aGUgUHJveG1veCBkYXRhY2VudGVyIGZpcmV3YWxsIGlzIGtlcHQgb24gb3V0c2lkZSB0aGUgYXVkaXRlZCBvdXRwdXQgKGVsc2UgYSBzdGFjayBtdXN0IG1hbmFnZSBpdCknLFxuICB9LFxuXTtcblxuY29uc3QgRVhJVF9DT0RFUyA9ICcgIDAgIGV2ZXJ5IHdvcmtzcGFjZSByZWFjaGVzIG9ubHkgd2hhdCBpdHMgbW9kZSBvciBwZXJtaXQgcGhhc2UgYWxsb3dzXFxuJ1xuICArICcgIDEgIGZpbmRpbmdzOiBhIHdvcmtzcGFjZSByZWFjaGVzIG1vcmUgKG9yLCB3aXRoIC0tY29tcGxpYW5jZSwgYSBjb250cm9sIGZhaWxzKTsgZWFjaCBuYW1lcyB0aGUgcmVzb3VyY2UsIHRoZSBwYXRoIGFuZCB0aGUgZml4XFxuJ1xuICArICcgIDIgIHVzYWdlIG9yIGlucHV0IGVycm9yOiBubyBzeW50aGVzaXplZCBzdGFjayBhdCB0aGUgcGF0aCwgdW5yZWFkYWJsZSBKU09OLCBhIHdvcmtzcGFjZSB3aXRob3V0IGEgbW9kZSc7XG5cbmZ1bmN0aW9uIGF1ZGl0T3B0aW9ucyhjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCk6IEF1ZGl0T3B0aW9ucyB7XG4gIGNvbnN0IGVncmVzcyA9IGlucHV0LnN0cignZWdyZXNzJyk7XG4gIGlmIChlZ3Jlc3MgIT09IHVuZGVmaW5lZCAmJiAhWydub25lJywgJ3Byb3hpZWQnLCAnb3BlbiddLmluY2x1ZGVzKGVncmVzcykpIHtcbiAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1lZ3Jlc3MgbXVzdCBiZSBub25lLCBwcm94aWVkIG9yIG9wZW4gKGdvdCBcIiR7ZWdyZXNzfVwiKWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gIH1cbiAgY29uc3QgZGMgPSBpbnB1dC5zdHIoJ3Byb3htb3gtZGF0YWNlbnRlci1maXJld2FsbCcpO1xuICBpZiAoZGMgIT09IHVuZGVmaW5lZCAmJiBkYyAhPT0gJ2Vsc2V3aGVyZScpIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLXByb3htb3gtZGF0YWNlbnRlci1maXJld2FsbCB0YWtlcyBvbmx5IFwiZWxzZXdoZXJlXCIgKGdvdCBcIiR7ZGN9XCIpYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgY29uc3QgY29tcGxpYW5jZSA9IGlucHV0LnN0cignY29tcGxpYW5jZScpO1xuICBpZiAoY29tcGxpYW5jZSAhPT0gdW5kZWZpbmVkICYmIGNvbXBsaWFuY2UgIT09ICdtZCcgJiYgY29tcGxpYW5jZSAhPT0gJ2pzb24nKSB7XG4gICAgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0tY29tcGxpYW5jZSBtdXN0IGJlIG1kIG9yIGpzb24gKGdvdCBcIiR7Y29tcGxpYW5jZX1cIilgLCBjdHguY29tbWFuZE5hbWUpO1xuICB9XG4gIGNvbnN0IHJlc29sdmVycyA9IGlucHV0Lmxpc3QoJ2ludGVybmFsLXJlc29sdmVyJywgdHJ1ZSk7XG4gIGZvciAoY29uc3QgciBvZiByZXNvbHZlcnMpIHtcbiAgICBpZiAoIS9eXFxkezEsM30oXFwuXFxkezEsM30pezN9JC8udGVzdChyKSAmJiAhL15bMC05YS1mQS1GOl0rJC8udGVzdChyKSkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoYC0taW50ZXJuYWwtcmVzb2x2ZXIgdGFrZXMgYW4gSVAgYWRkcmVzcyAoZ290IFwiJHtyfVwiKWAsIGN0eC5jb21tYW5kTmFtZSk7XG4gIH1cbiAgcmV0dXJuIHsgZWdyZXNzOiBlZ3Jlc3MgYXMgQXVkaXRNb2RlIHwgdW5kZWZpbmVkLCBwcm94bW94RGF0YWNlbnRlckZpcmV3YWxsRWxzZXdoZXJlOiBkYyA9PT0gJ2Vsc2V3aGVyZScsIGludGVybmFsUmVzb2x2ZXJzOiByZXNvbHZlcnMgfTtcbn1cblxuLyoqIEF1ZGl0cyBhIHBhdGggYW5kIHByaW50cyB0aGUgcmVzdWx0OyByZXR1cm5zIHRoZSBleGl0IGNvZGUuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcnVuQXVkaXQoY3R4OiBDb250ZXh0LCBpbnB1dDogSW5wdXQsIHRhcmdldDogc3RyaW5nLCBzaG93bjogc3RyaW5nID0gdGFyZ2V0KTogUHJvbWlzZTxudW1iZXI+IHtcbiAgY29uc3Qgb3B0aW9ucyA9IGF1ZGl0T3B0aW9ucyhjdHgsIGlucHV0KTtcbiAgbGV0IHJlcG9ydDogQXVkaXRSZXBvcnQ7XG4gIHRyeSB7XG4gICAgcmVwb3J0ID0gYXVkaXRQYXRoKHRhcmdldCwgeyAuLi5vcHRpb25zLCBwZXJtaXROZXR3b3JrIH0pO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKGUgaW5zdGFuY2VvZiBBdWRpdElucHV0RXJyb3IpIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGUubWVzc2FnZSk7XG4gICAgdGhyb3cgZTtcbiAgfVxuICByZXR1cm4gcHJpbnRSZXBvcnQoY3R4LCBpbnB1dCwgcmVwb3J0LCBzaG93bik7XG59XG5cbi8qKiBQcmludHMgYSByZXBvcnQgKHRhYmxlLCAtLWpzb24gb3IgLS1jb21wbGlhbmNlKSBhbmQgcmV0dXJucyB0aGUgZXhpdCBjb2RlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHByaW50UmVwb3J0KGN0eDogQ29udGV4dCwgaW5wdXQ6IElucHV0LCByZXBvcnQ6IEF1ZGl0UmVwb3J0LCBzaG93bjogc3RyaW5nKTogbnVtYmVyIHtcbiAgY29uc3QgY29tcGxpYW5jZSA9IGlucHV0LnN0cignY29tcGxpYW5jZScpO1xuICBpZiAoY29tcGxpYW5jZSAhPT0gdW5kZWZpbmVkKSB7XG4gICAgY29uc3QgZmFpbGVkID0gcmVwb3J0LnVuaXRzLnNvbWUoKHUpID0+IG1vZGVsLmNvbXBsaWFuY2VDb250cm9scyh1KS5zb21lKChjKSA9PiBjLnJlc3VsdCA9PT0gJ2ZhaWwnKSk7XG4gICAgaWYgKGNvbXBsaWFuY2UgPT09ICdqc29uJykgY3R4Lm91dC5wcmludEpzb24obW9kZWwuY29tcGxpYW5jZUpzb24ocmVwb3J0KSk7XG4gICAgZWxzZSBjdHgub3V0LndyaXRlKGAke21vZGVsLmNvbXBsaWFuY2VNYXJrZG93bihyZXBvcnQpfVxcbmApO1xuICAgIHJldHVybiBmYWlsZWQgPyBFWElUX0ZJTkRJTkdTIDogRVhJVF9PSztcbiAgfVxuICBpZiAoY3R4Lm91dC5qc29uKSB7XG4gICAgY3R4Lm91dC5wcmludEpzb24obW9kZWwucmVwb3J0SnNvbihyZXBvcnQpKTtcbiAgICByZXR1cm4gcmVwb3J0LmZpbmRpbmdzLmxlbmd0aCA/IEVYSVRfRklORElOR1MgOiBFWElUX09LO1xuICB9XG4gIGNvbnN0IG91dCA9IGN0eC5vdXQ7XG4gIGlmIChyZXBvcnQudW5pdHMubGVuZ3RoID09PSAwKSBvdXQubGluZShgJHtzaG93bn06IG5vIHN0YWNrIGZvdW5kYCk7XG4gIGZvciAoY29uc3QgdSBvZiByZXBvcnQudW5pdHMpIHtcbiAgICBjb25zdCB0aXRsZSA9IHUua2luZCA9PT0gJ3Blcm1pdCcgPyBgcGVybWl0ICR7dS5uYW1lfSBhdCAke3Uuc3RhdHVzfWAgOiBgbGFiICR7dS5uYW1lfWA7XG4gICAgb3V0LmhlYWRpbmcoYCR7dGl0bGV9ICgke3UuYmFja2VuZH0sIHN0YWNrICR7dS5zdGFja30pYCk7XG4gICAgaWYgKHUud29ya3NwYWNlcy5sZW5ndGggPT09IDApIHtcbiAgICAgIG91dC5saW5lKCcgIG5vIHdvcmtzcGFjZSBpbiB0aGlzIG91dHB1dCcpO1xuICAgIH0gZWxzZSB7XG4gICAgICBjb25zdCByb3dzID0gdS53b3Jrc3BhY2VzLm1hcCgodykgPT4ge1xuICAgICAgICBjb25zdCBiYWQgPSByZXBvcnQuZmluZGluZ3MuZmlsdGVyKChmKSA9PiBmLnN0YWNrID09PSB1LnN0YWNrICYmIGYud29ya3NwYWNlID09PSB3Lm5hbWUpO1xuICAgICAgICBjb25zdCByZWFjaGVkID0gWy4uLm5ldyBTZXQody5yZWFjaC5tYXAoKHIpID0+IHIuZGVzdGluYXRpb24pKV0uc29ydCgpLmpvaW4oJywgJykgfHwgJ25vdGhpbmcnO1xuICAgICAgICByZXR1cm4gW3cubmFtZSwgdy5yb2xlID8gYCR7dy5tb2RlfSAoJHt3LnJvbGV9KWAgOiB3Lm1vZGUsIHJlYWNoZWQsIHcubW9kZSA9PT0gJ29wZW4nID8gJ3JlcG9ydGVkJyA6IGJhZC5sZW5ndGggPyBgRkFJTCAoJHtiYWQubGVuZ3RofSlgIDogJ29rJ107XG4gICAgICB9KTtcbiAgICAgIG91dC50YWJsZShbJ1dPUktTUEFDRScsICdNT0RFJywgJ1JFQUNIRVMnLCAnUkVTVUxUJ10sIHJvd3MpO1xuICAgIH1cbiAgICBvdXQubGluZSgpO1xuICB9XG4gIGlmIChyZXBvcnQuZmluZGluZ3MubGVuZ3RoID09PSAwKSB7XG4gICAgb3V0LmxpbmUoYEV2ZXJ5IHdvcmtzcGFjZSByZWFjaGVzIG9ubHkgd2hhdCBpdHMgbW9kZSBhbGxvd3MgKCR7cmVwb3J0LnVuaXRzLnJlZHVjZSgoYSwgdSkgPT4gYSArIHUud29ya3NwYWNlcy5sZW5ndGgsIDApfSB3b3Jrc3BhY2VzIGluICR7cmVwb3J0LnVuaXRzLmxlbmd0aH0gc3RhY2tzKS5gKTtcbiAgICByZXR1cm4gRVhJVF9PSztcbiAgfVxuICBvdXQuaGVhZGluZyhgJHtyZXBvcnQuZmluZGluZ3MubGVuZ3RofSBmaW5kaW5nJHtyZXBvcnQuZmluZGluZ3MubGVuZ3RoID09PSAxID8gJycgOiAncyd9YCk7XG4gIGZvciAoY29uc3QgZiBvZiByZXBvcnQuZmluZGluZ3MpIHtcbiAgICBvdXQubGluZShgJHtvdXQucGFpbnQoJ0ZBSUwnLCAncmVkJyl9ICR7Zi51bml0fSwgd29ya3NwYWNlICR7Zi53b3Jrc3BhY2V9ICgke2YubW9kZX0pIHJlYWNoZXMgJHtmLmRlc3RpbmF0aW9ufWApO1xuICAgIG91dC5saW5lKGAgIHJlc291cmNlOiAke2YucmVzb3VyY2V9IChzdGFjayAke2Yuc3RhY2t9KWApO1xuICAgIG91dC5saW5lKGAgIHBhdGg6ICAgICAke2YucGF0aH1gKTtcbiAgICBpZiAoZi5maXgpIG91dC5saW5lKGAgIGZpeDogICAgICAke2YuZml4fWApO1xuICB9XG4gIHJldHVybiBFWElUX0ZJTkRJTkdTO1xufVxuXG5jb25zdCBhdWRpdENvbW1hbmQ6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdhdWRpdCcsXG4gIHN1bW1hcnk6ICdBdWRpdCBzeW50aGVzaXplZCBvdXRwdXQ6IGNhbiBhbnkgd29ya3NwYWNlIHJlYWNoIG1vcmUgdGhhbiBpdHMgZWdyZXNzIG1vZGUgb3IgcGVybWl0IHBoYXNlIGFsbG93cz8nLFxuICBkZXNjcmlwdGlvbjogYFJlYWRzIHdoYXQgYSBzeW50aGVzaXMgd3JvdGUgKGEgY2RrLm91dCBjbG91ZCBhc3NlbWJseSwgYSBjZGt0Zi5vdXQgZm9sZGVyLCBvbmUgc3RhY2sgZm9sZGVyXG53aXRoIGNkay50Zi5qc29uLCBvbmUgdGVtcGxhdGUsIG9yIGEgZm9sZGVyIGhvbGRpbmcgc2V2ZXJhbCBvZiB0aGVzZSkgYW5kIGNvbXB1dGVzIGZvciBldmVyeVxud29ya3NwYWNlIHdoYXQgaXQgY2FuIHJlYWNoOiB0aGUgaW50ZXJuZXQsIHRoZSBpbnRlcm5ldCB0aHJvdWdoIGFuIGFsbG93bGlzdCwgb3V0c2lkZSBvciBpbnRlcm5hbFxuRE5TLCBBV1MgQVBJcyBvZiBhbnkgYWNjb3VudCBvciBvbmx5IHRoZSBsYWIncywgc3RvcmFnZSwgaW50ZXJuYWwgc2VydmljZXMuIEl0IHJlYWRzIHRoZSBvdXRwdXRcbm9ubHkgKHJvdXRlcywgc2VjdXJpdHkgZ3JvdXBzLCBWUEMgZW5kcG9pbnQgcG9saWNpZXMsIHRoZSBETlMgZmlyZXdhbGwsIE5ldHdvcmsgRmlyZXdhbGwgcG9saWNpZXMsXG5OZXR3b3JrUG9saWNpZXMsIFByb3htb3ggZmlyZXdhbGwgb3B0aW9ucyBhbmQgcnVsZXMpLCBzbyBhbiBlc2NhcGUgaGF0Y2ggb3IgYW4gYWRkZWQgcmVzb3VyY2UgaXNcbmF1ZGl0ZWQgbGlrZSBldmVyeXRoaW5nIGVsc2UuIFRoZSBtb2RlIGNvbWVzIGZyb20gdGhlIG91dHB1dDogdGhlIGxhYidzIGVncmVzcyByZWNvcmRlZCBieSB0aGVcbnN0YWNrIChBV1MgdGVtcGxhdGUgTWV0YWRhdGEsIEt1YmVybmV0ZXMgbGFiZWxzLCBQcm94bW94IHRhZ3MpLCBvciBmb3IgYSBwZXJtaXQgdGhlIG5ldHdvcmsgdGhlXG5wZXJtaXQgbGlmZWN5Y2xlIHBsYW5zIGZvciB0aGUgd29ya3NwYWNlJ3Mgcm9sZSBpbiB0aGUgcmVjb3JkZWQgc3RhdHVzLlxuICBub25lICAgICBubyBpbnRlcm5ldCwgbm8gb3V0c2lkZSBETlMsIEFXUyBBUElzIG9ubHkgdGhyb3VnaCBlbmRwb2ludHMgc2NvcGVkIHRvIHRoZSBsYWIgYWNjb3VudFxuICBwcm94aWVkICB0aGUgaW50ZXJuZXQgb25seSB0aHJvdWdoIGEgZG9tYWluIGFsbG93bGlzdCB3aXRoIGEgZGVmYXVsdCBkcm9wOyBubyBvdXRzaWRlIEROU1xuICBvcGVuICAgICBhbnl0aGluZyAocmVwb3J0ZWQsIG5ldmVyIGEgZmluZGluZylgLFxuICBhcmdzOiBbeyBuYW1lOiAncGF0aCcsIGhlbHA6ICdzeW50aGVzaXplZCBvdXRwdXQ6IGNkay5vdXQsIGNka3RmLm91dCwgY2RrdGYub3V0L3N0YWNrcy88bmFtZT4sIG9yIGEgdGVtcGxhdGUgZmlsZScgfV0sXG4gIG9wdGlvbnM6IEFVRElUX09QVElPTlMsXG4gIGV4YW1wbGVzOiBbJ3J3cyBhdWRpdCBjZGsub3V0JywgJ3J3cyBhdWRpdCBjZGt0Zi5vdXQvc3RhY2tzL3Blcm1pdC1wLTAwMSAtLWpzb24nLCAncndzIGF1ZGl0IGNkay5vdXQvc21hbGwtbGFiIC0tY29tcGxpYW5jZSBtZCA+IGNvbXBsaWFuY2UubWQnXSxcbiAgZXhpdENvZGVzOiBFWElUX0NPREVTLFxuICBhc3luYyBydW4oY3R4LCBpbnB1dCkge1xuICAgIGNvbnN0IHRhcmdldCA9IGlucHV0LmFyZ3NbMF07XG4gICAgaWYgKHRhcmdldCA9PT0gdW5kZWZpbmVkKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcignYSBwYXRoIGlzIHJlcXVpcmVkOiB0aGUgc3ludGhlc2l6ZWQgb3V0cHV0IHRvIGF1ZGl0IChlLmcuIGNkay5vdXQpJywgY3R4LmNvbW1hbmROYW1lKTtcbiAgICBjb25zdCBhYnMgPSBwYXRoLnJlc29sdmUoY3R4LmN3ZCwgdGFyZ2V0KTtcbiAgICBpZiAoIWZzLmV4aXN0c1N5bmMoYWJzKSkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7dGFyZ2V0fTogZG9lcyBub3QgZXhpc3QuIEZpeDogbmFtZSBhIGNkay5vdXQgYXNzZW1ibHksIGEgY2RrdGYub3V0IGZvbGRlciBvciBhIHN0YWNrIGZvbGRlciAocnVuIHRoZSBzeW50aCBmaXJzdClgKTtcbiAgICByZXR1cm4gcnVuQXVkaXQoY3R4LCBpbnB1dCwgYWJzLCB0YXJnZXQpO1xuICB9LFxufTtcblxuLyoqIGByd3MgYXVkaXQgPHBhdGg+YDogYSBncm91cCBvZiBvbmUgY29tbWFuZCwgcnVuIGFzIGByd3MgYXVkaXQgPHBhdGg+YCAoc2VlIG1haW4udHMpLiAqL1xuZXhwb3J0IGNvbnN0IGF1ZGl0R3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ2F1ZGl0JyxcbiAgc3VtbWFyeTogJ0F1ZGl0IHN5bnRoZXNpemVkIG91dHB1dDogd2hhdCBlYWNoIHdvcmtzcGFjZSBjYW4gcmVhY2gsIGFnYWluc3QgaXRzIGVncmVzcyBtb2RlIG9yIHBlcm1pdCBwaGFzZScsXG4gIGRlc2NyaXB0aW9uOiBhdWRpdENvbW1hbmQuZGVzY3JpcHRpb24sXG4gIGNvbW1hbmRzOiBbYXVkaXRDb21tYW5kXSxcbn07XG5cbi8qKiBBIHRlbXBvcmFyeSBmb2xkZXIgZm9yIGEgc3ludGhlc2lzIHRoYXQgaXMgYXVkaXRlZCBhbmQgdGhlbiByZW1vdmVkLiAqL1xuZnVuY3Rpb24gc2NyYXRjaChwcmVmaXg6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBmcy5ta2R0ZW1wU3luYyhwYXRoLmpvaW4ob3MudG1wZGlyKCksIGByd3MtYXVkaXQtJHtwcmVmaXh9LWApKTtcbn1cblxuLyoqIFdoYXQgYHJ3cyBsYWIgYXVkaXRgIG5lZWRzIGZyb20gYHJ3cyBsYWJgIChwYXNzZWQgaW4sIHNvIHRoaXMgbW9kdWxlIGRvZXMgbm90IGltcG9ydCBsYWIudHMpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBMYWJBdWRpdERlcHMge1xuICBsb2FkTGFiRmlsZShjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCk6IFByb21pc2U8TG9hZGVkTGFiPjtcbiAgc3ludGhMb2FkZWRMYWIobGFiOiBMb2FkZWRMYWIsIG91dGRpcjogc3RyaW5nLCBzdGFja05hbWU6IHN0cmluZyk6IFByb21pc2U8eyB3YXJuaW5nczogc3RyaW5nW10gfT47XG4gIHN0YWNrTmFtZU9mKGxhYk5hbWU6IHN0cmluZyk6IHN0cmluZztcbn1cblxuLyoqIGByd3MgbGFiIGF1ZGl0IDxsYWIgZmlsZT5gOiBzeW50aGVzaXplcyB0aGUgbGFiIGludG8gYSB0ZW1wb3JhcnkgZm9sZGVyIGFuZCBhdWRpdHMgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiQXVkaXRDb21tYW5kKGRlcHM6IExhYkF1ZGl0RGVwcyk6IENvbW1hbmQge1xuICByZXR1cm4ge1xuICAgIG5hbWU6ICdhdWRpdCcsXG4gICAgc3VtbWFyeTogJ1N5bnRoZXNpemUgYSBsYWIgYW5kIGF1ZGl0IHdoYXQgZWFjaCB3b3Jrc3BhY2UgY2FuIHJlYWNoIGFnYWluc3QgdGhlIGxhYlxcJ3MgZWdyZXNzJyxcbiAgICBkZXNjcmlwdGlvbjogYFN5bnRoZXNpemVzIHRoZSBsYWIgZmlsZSBhcyBcInJ3cyBsYWIgc3ludGhcIiBkb2VzLCBpbnRvIGEgdGVtcG9yYXJ5IGZvbGRlciB0aGF0IGlzIHJlbW92ZWRcbmFmdGVyd2FyZHMsIGFuZCBydW5zIFwicndzIGF1ZGl0XCIgb24gdGhlIG91dHB1dCAoc2VlIHJ3cyBhdWRpdCAtLWhlbHApLiBUbyBhdWRpdCBleGFjdGx5IHdoYXQgYVxucGlwZWxpbmUgZGVwbG95cywgc3ludGhlc2l6ZSB3aXRoIC0tb3V0IGFuZCBydW4gXCJyd3MgYXVkaXQgPG91dD5cIiBvbiB0aGF0IGZvbGRlciBpbnN0ZWFkLmAsXG4gICAgYXJnczogW3sgbmFtZTogJ2xhYi55YW1sJywgaGVscDogJ3RoZSBsYWIgZmlsZScgfV0sXG4gICAgb3B0aW9uczogW1xuICAgICAgeyBuYW1lOiAnYmFja2VuZCcsIHZhbHVlOiAnbmFtZScsIGhlbHA6ICdhd3MsIGt1YmVybmV0ZXMgb3IgcHJveG1veCAoZGVmYXVsdDogZnJvbSB0aGUgZmlsZSwgYXMgZm9yIHJ3cyBsYWIgc3ludGgpJyB9LFxuICAgICAgLi4uQVVESVRfT1BUSU9OUy5maWx0ZXIoKG8pID0+IG8ubmFtZSAhPT0gJ2VncmVzcycpLFxuICAgIF0sXG4gICAgZXhhbXBsZXM6IFsncndzIGxhYiBhdWRpdCBsYWIueWFtbCcsICdyd3MgbGFiIGF1ZGl0IGV4YW1wbGVzL2t1YmVybmV0ZXMtbGFiL2xhYi55YW1sIC0tY29tcGxpYW5jZSBtZCddLFxuICAgIGV4aXRDb2RlczogRVhJVF9DT0RFUyxcbiAgICBhc3luYyBydW4oY3R4LCBpbnB1dCkge1xuICAgICAgaWYgKGlucHV0LmFyZ3NbMF0gPT09IHVuZGVmaW5lZCkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoJ3RoZSBsYWIgZmlsZSBpcyByZXF1aXJlZCcsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgICBjb25zdCBsYWIgPSBhd2FpdCBkZXBzLmxvYWRMYWJGaWxlKGN0eCwgaW5wdXQpO1xuICAgICAgY29uc3QgZGlyID0gc2NyYXRjaCgnbGFiJyk7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBzdGFja05hbWUgPSBkZXBzLnN0YWNrTmFtZU9mKGxhYi52aWV3Lm5hbWUpO1xuICAgICAgICBjb25zdCByID0gYXdhaXQgc3ludGhJbnRvKGRpciwgKCkgPT4gd2l0aENvbnNvbGVPblN0ZGVycihjdHgsICgpID0+IGRlcHMuc3ludGhMb2FkZWRMYWIobGFiLCBkaXIsIHN0YWNrTmFtZSkpKTtcbiAgICAgICAgZm9yIChjb25zdCB3IG9mIHIud2FybmluZ3MpIGN0eC5vdXQud2Fybih3KTtcbiAgICAgICAgcmV0dXJuIGF3YWl0IHJ1bkF1ZGl0KGN0eCwgaW5wdXQsIGRpciwgYCR7aW5wdXQuYXJnc1swXX0gKHN5bnRoZXNpemVkKWApO1xuICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgZnMucm1TeW5jKGRpciwgeyByZWN1cnNpdmU6IHRydWUsIGZvcmNlOiB0cnVlIH0pO1xuICAgICAgfVxuICAgIH0sXG4gIH07XG59XG5cbi8qKiBgcndzIHBlcm1pdCBhdWRpdCAuLi5gOiBzeW50aGVzaXplcyBhIHBlcm1pdCBwaGFzZSAoYXMgcndzIHBlcm1pdCBzeW50aCkgaW50byBhIHRlbXBvcmFyeSBmb2xkZXIgYW5kIGF1ZGl0cyBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXRBdWRpdENvbW1hbmQocGVybWl0U3ludGg6IENvbW1hbmQpOiBDb21tYW5kIHtcbiAgcmV0dXJuIHtcbiAgICBuYW1lOiAnYXVkaXQnLFxuICAgIHN1bW1hcnk6ICdTeW50aGVzaXplIG9uZSBwZXJtaXQgcGhhc2UgYW5kIGF1ZGl0IHdoYXQgZWFjaCB3b3Jrc3BhY2UgY2FuIHJlYWNoIGFnYWluc3QgdGhlIHBoYXNlXFwncyBuZXR3b3JrJyxcbiAgICBkZXNjcmlwdGlvbjogYFRha2VzIHRoZSBvcHRpb25zIG9mIFwicndzIHBlcm1pdCBzeW50aFwiICh3aXRob3V0IC0tb3V0KSwgc3ludGhlc2l6ZXMgdGhlIHBoYXNlIGludG8gYSB0ZW1wb3JhcnlcbmZvbGRlciB0aGF0IGlzIHJlbW92ZWQgYWZ0ZXJ3YXJkcywgYW5kIHJ1bnMgXCJyd3MgYXVkaXRcIiBvbiBpdDogZXZlcnkgd29ya3NwYWNlIGlzIGhlbGQgdG8gdGhlXG5uZXR3b3JrIHRoZSBwZXJtaXQgbGlmZWN5Y2xlIHBsYW5zIGZvciBpdHMgcm9sZSBpbiB0aGF0IHN0YXR1cyAocndzIHBlcm1pdCBwbGFuIHNob3dzIGl0KS5gLFxuICAgIG9wdGlvbnM6IFsuLi4ocGVybWl0U3ludGgub3B0aW9ucyA/PyBbXSkuZmlsdGVyKChvKSA9PiBvLm5hbWUgIT09ICdvdXQnKSwgLi4uQVVESVRfT1BUSU9OUy5maWx0ZXIoKG8pID0+IG8ubmFtZSAhPT0gJ2VncmVzcycpXSxcbiAgICBleGFtcGxlczogW1xuICAgICAgJ3J3cyBwZXJtaXQgYXVkaXQgLS1pZCBwLTAwMSAtLXN0YXR1cyBBTkFMWVNJU19BQ1RJVkUgLS1iYWNrZW5kIGt1YmVybmV0ZXMnLFxuICAgICAgJ3J3cyBwZXJtaXQgYXVkaXQgLS1wZXJtaXQgcGVybWl0cy9wLTAwMS55YW1sIC0tc3RhdHVzIFdPUktTUEFDRV9TRVRVUF9QRU5ESU5HIC0tYmFja2VuZCBhd3MgLS1jb25maWcgYXdzLnlhbWwgLS1qc29uJyxcbiAgICBdLFxuICAgIGV4aXRDb2RlczogRVhJVF9DT0RFUyxcbiAgICBhc3luYyBydW4oY3R4LCBpbnB1dCkge1xuICAgICAgY29uc3QgZGlyID0gc2NyYXRjaCgncGVybWl0Jyk7XG4gICAgICB0cnkge1xuICAgICAgICBjb25zdCBxdWlldDogQ29udGV4dCA9IHsgLi4uY3R4LCBvdXQ6IG5ldyBPdXRwdXQoeyBzdGRvdXQ6IHsgd3JpdGU6ICgpID0+IHRydWUgfSwgc3RkZXJyOiB7IHdyaXRlOiAodDogc3RyaW5nKSA9PiB7IGN0eC5vdXQubm90ZSh0LnJlcGxhY2UoL1xcbiQvLCAnJykpOyByZXR1cm4gdHJ1ZTsgfSB9LCBlbnY6IGN0eC5lbnYsIGN3ZDogY3R4LmN3ZCB9LCBmYWxzZSwgZmFsc2UsIGZhbHNlKSB9O1xuICAgICAgICBjb25zdCB3aXRoT3V0OiBJbnB1dCA9IHtcbiAgICAgICAgICAuLi5pbnB1dCxcbiAgICAgICAgICBhcmdzOiBpbnB1dC5hcmdzLFxuICAgICAgICAgIHN0cjogKG5hbWU6IHN0cmluZykgPT4gKG5hbWUgPT09ICdvdXQnID8gZGlyIDogaW5wdXQuc3RyKG5hbWUpKSxcbiAgICAgICAgICBsaXN0OiAobmFtZTogc3RyaW5nLCBzcGxpdD86IGJvb2xlYW4pID0+IGlucHV0Lmxpc3QobmFtZSwgc3BsaXQpLFxuICAgICAgICAgIGZsYWc6IChuYW1lOiBzdHJpbmcpID0+IGlucHV0LmZsYWcobmFtZSksXG4gICAgICAgICAgaW50OiAobmFtZTogc3RyaW5nKSA9PiBpbnB1dC5pbnQobmFtZSksXG4gICAgICAgICAgaGFzOiAobmFtZTogc3RyaW5nKSA9PiAobmFtZSA9PT0gJ291dCcgPyB0cnVlIDogaW5wdXQuaGFzKG5hbWUpKSxcbiAgICAgICAgfTtcbiAgICAgICAgYXdhaXQgcGVybWl0U3ludGgucnVuKHF1aWV0LCB3aXRoT3V0KTtcbiAgICAgICAgcmV0dXJuIGF3YWl0IHJ1bkF1ZGl0KGN0eCwgaW5wdXQsIGRpciwgYHBlcm1pdCAoc3ludGhlc2l6ZWQgd2l0aCAke3Nob3duUGF0aChkaXIpfSlgKTtcbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGZzLnJtU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBmb3JjZTogdHJ1ZSB9KTtcbiAgICAgIH1cbiAgICB9LFxuICB9O1xufVxuIl19