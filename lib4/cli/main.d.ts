import { CommandGroup } from './command';
import { Io, Output } from './output';
/**
 * The command groups, in the order `rws --help` lists them. A new group is one more file
 * exporting a CommandGroup, added here.
 */
export declare const GROUPS: CommandGroup[];
/** The package version, read from package.json (two levels above lib/cli and src/cli). */
export declare function version(): string;
/**
 * Runs one command line and returns the exit code. Never throws: every error becomes one
 * message on stderr (with the stack trace only when RWS_DEBUG=1) and exit code 2.
 */
export declare function main(argv: string[], io: Io): Promise<number>;
/** Prints one clear message for an error and returns exit code 2. */
export declare function reportError(e: unknown, out: Output, debug: boolean): number;
