import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliInputError, Command, CommandGroup, Context, EXIT_FINDINGS, EXIT_OK, Input, OptionSpec, UsageError } from './command';
import type { LoadedLab } from './lab-view';
import { Output } from './output';
import { synthInto, withConsoleOnStderr } from './permit-synth';
import { shownPath } from './sources';
import { AuditOptions, auditPath } from '../workspaces/audit/load';
import * as model from '../workspaces/audit/model';
import { AuditInputError, AuditMode, AuditReport } from '../workspaces/audit/model';
import { permitNetwork } from '../workspaces/audit/permit-network';

/**
 * `rws audit <folder>`, `rws lab audit <lab file>` and `rws permit audit ...`: the egress audit
 * (src/workspaces/audit/) on synthesized output, as a table or JSON, or as the compliance view.
 * Exit 0 when every workspace reaches only what its mode or permit phase allows, 1 when one
 * reaches more (each finding names the workspace, the resource, the path and the fix), 2 for
 * bad input.
 */

const AUDIT_OPTIONS: OptionSpec[] = [
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

function auditOptions(ctx: Context, input: Input): AuditOptions {
  const egress = input.str('egress');
  if (egress !== undefined && !['none', 'proxied', 'open'].includes(egress)) {
    throw new UsageError(`--egress must be none, proxied or open (got "${egress}")`, ctx.commandName);
  }
  const dc = input.str('proxmox-datacenter-firewall');
  if (dc !== undefined && dc !== 'elsewhere') throw new UsageError(`--proxmox-datacenter-firewall takes only "elsewhere" (got "${dc}")`, ctx.commandName);
  const compliance = input.str('compliance');
  if (compliance !== undefined && compliance !== 'md' && compliance !== 'json') {
    throw new UsageError(`--compliance must be md or json (got "${compliance}")`, ctx.commandName);
  }
  const resolvers = input.list('internal-resolver', true);
  for (const r of resolvers) {
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(r) && !/^[0-9a-fA-F:]+$/.test(r)) throw new UsageError(`--internal-resolver takes an IP address (got "${r}")`, ctx.commandName);
  }
  return { egress: egress as AuditMode | undefined, proxmoxDatacenterFirewallElsewhere: dc === 'elsewhere', internalResolvers: resolvers };
}

/** Audits a path and prints the result; returns the exit code. */
export async function runAudit(ctx: Context, input: Input, target: string, shown: string = target): Promise<number> {
  const options = auditOptions(ctx, input);
  let report: AuditReport;
  try {
    report = auditPath(target, { ...options, permitNetwork });
  } catch (e) {
    if (e instanceof AuditInputError) throw new CliInputError(e.message);
    throw e;
  }
  return printReport(ctx, input, report, shown);
}

/** Prints a report (table, --json or --compliance) and returns the exit code. */
export function printReport(ctx: Context, input: Input, report: AuditReport, shown: string): number {
  const compliance = input.str('compliance');
  if (compliance !== undefined) {
    const failed = report.units.some((u) => model.complianceControls(u).some((c) => c.result === 'fail'));
    if (compliance === 'json') ctx.out.printJson(model.complianceJson(report));
    else ctx.out.write(`${model.complianceMarkdown(report)}\n`);
    return failed ? EXIT_FINDINGS : EXIT_OK;
  }
  if (ctx.out.json) {
    ctx.out.printJson(model.reportJson(report));
    return report.findings.length ? EXIT_FINDINGS : EXIT_OK;
  }
  const out = ctx.out;
  if (report.units.length === 0) out.line(`${shown}: no stack found`);
  for (const u of report.units) {
    const title = u.kind === 'permit' ? `permit ${u.name} at ${u.status}` : `lab ${u.name}`;
    out.heading(`${title} (${u.backend}, stack ${u.stack})`);
    if (u.workspaces.length === 0) {
      out.line('  no workspace in this output');
    } else {
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
    return EXIT_OK;
  }
  out.heading(`${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}`);
  for (const f of report.findings) {
    out.line(`${out.paint('FAIL', 'red')} ${f.unit}, workspace ${f.workspace} (${f.mode}) reaches ${f.destination}`);
    out.line(`  resource: ${f.resource} (stack ${f.stack})`);
    out.line(`  path:     ${f.path}`);
    if (f.fix) out.line(`  fix:      ${f.fix}`);
  }
  return EXIT_FINDINGS;
}

const auditCommand: Command = {
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
    if (target === undefined) throw new UsageError('a path is required: the synthesized output to audit (e.g. cdk.out)', ctx.commandName);
    const abs = path.resolve(ctx.cwd, target);
    if (!fs.existsSync(abs)) throw new CliInputError(`${target}: does not exist. Fix: name a cdk.out assembly, a cdktf.out folder or a stack folder (run the synth first)`);
    return runAudit(ctx, input, abs, target);
  },
};

/** `rws audit <path>`: a group of one command, run as `rws audit <path>` (see main.ts). */
export const auditGroup: CommandGroup = {
  name: 'audit',
  summary: 'Audit synthesized output: what each workspace can reach, against its egress mode or permit phase',
  description: auditCommand.description,
  commands: [auditCommand],
};

/** A temporary folder for a synthesis that is audited and then removed. */
function scratch(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `rws-audit-${prefix}-`));
}

/** What `rws lab audit` needs from `rws lab` (passed in, so this module does not import lab.ts). */
export interface LabAuditDeps {
  loadLabFile(ctx: Context, input: Input): Promise<LoadedLab>;
  synthLoadedLab(lab: LoadedLab, outdir: string, stackName: string): Promise<{ warnings: string[] }>;
  stackNameOf(labName: string): string;
}

/** `rws lab audit <lab file>`: synthesizes the lab into a temporary folder and audits it. */
export function labAuditCommand(deps: LabAuditDeps): Command {
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
      if (input.args[0] === undefined) throw new UsageError('the lab file is required', ctx.commandName);
      const lab = await deps.loadLabFile(ctx, input);
      const dir = scratch('lab');
      try {
        const stackName = deps.stackNameOf(lab.view.name);
        const r = await synthInto(dir, () => withConsoleOnStderr(ctx, () => deps.synthLoadedLab(lab, dir, stackName)));
        for (const w of r.warnings) ctx.out.warn(w);
        return await runAudit(ctx, input, dir, `${input.args[0]} (synthesized)`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** `rws permit audit ...`: synthesizes a permit phase (as rws permit synth) into a temporary folder and audits it. */
export function permitAuditCommand(permitSynth: Command): Command {
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
        const quiet: Context = { ...ctx, out: new Output({ stdout: { write: () => true }, stderr: { write: (t: string) => { ctx.out.note(t.replace(/\n$/, '')); return true; } }, env: ctx.env, cwd: ctx.cwd }, false, false, false) };
        const withOut: Input = {
          ...input,
          args: input.args,
          str: (name: string) => (name === 'out' ? dir : input.str(name)),
          list: (name: string, split?: boolean) => input.list(name, split),
          flag: (name: string) => input.flag(name),
          int: (name: string) => input.int(name),
          has: (name: string) => (name === 'out' ? true : input.has(name)),
        };
        await permitSynth.run(quiet, withOut);
        return await runAudit(ctx, input, dir, `permit (synthesized with ${shownPath(dir)})`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
