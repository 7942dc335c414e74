import { CommandGroup, Context, Input } from './command';
import type { LoadedLab } from './lab-view';
/** The lab file of a command, checked and loaded. */
export declare function loadLabFile(ctx: Context, input: Input): Promise<LoadedLab>;
/** A stack name from a lab name: letters, digits and dashes, starting with a letter. */
export declare function stackNameOf(labName: string): string;
/** Synthesizes a loaded lab into `outdir` with its backend's stack (used by `rws lab audit`). */
export declare function synthLoadedLab(lab: LoadedLab, outdir: string, stackName: string): Promise<{
    warnings: string[];
}>;
/** Default hours in a month (365 * 24 / 12). */
export declare const HOURS_PER_MONTH = 730;
export declare const labGroup: CommandGroup;
