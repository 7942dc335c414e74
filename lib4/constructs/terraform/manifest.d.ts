/**
 * The warnings cdktf recorded for a stack at synthesis (`manifest.json` in the output folder),
 * without the construct path prefix.
 */
export declare function terraformStackWarnings(outdir: string, stackName: string): string[];
