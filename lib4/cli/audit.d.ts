import { Command, CommandGroup, Context, Input } from './command';
import type { LoadedLab } from './lab-view';
import { AuditReport } from '../workspaces/audit/model';
/** Audits a path and prints the result; returns the exit code. */
export declare function runAudit(ctx: Context, input: Input, target: string, shown?: string): Promise<number>;
/** Prints a report (table, --json or --compliance) and returns the exit code. */
export declare function printReport(ctx: Context, input: Input, report: AuditReport, shown: string): number;
/** `rws audit <path>`: a group of one command, run as `rws audit <path>` (see main.ts). */
export declare const auditGroup: CommandGroup;
/** What `rws lab audit` needs from `rws lab` (passed in, so this module does not import lab.ts). */
export interface LabAuditDeps {
    loadLabFile(ctx: Context, input: Input): Promise<LoadedLab>;
    synthLoadedLab(lab: LoadedLab, outdir: string, stackName: string): Promise<{
        warnings: string[];
    }>;
    stackNameOf(labName: string): string;
}
/** `rws lab audit <lab file>`: synthesizes the lab into a temporary folder and audits it. */
export declare function labAuditCommand(deps: LabAuditDeps): Command;
/** `rws permit audit ...`: synthesizes a permit phase (as rws permit synth) into a temporary folder and audits it. */
export declare function permitAuditCommand(permitSynth: Command): Command;
