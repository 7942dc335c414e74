import { Command, CommandGroup, Input, OptionSpec } from './command';
/** Options every command accepts. */
export declare const GLOBAL_OPTIONS: OptionSpec[];
/** Whether a command line asks for help (before any `--`). */
export declare function wantsHelp(argv: string[]): boolean;
/**
 * Parses a command line against a command's options and arguments. Options may come before,
 * between or after positional arguments; `--name value`, `--name=value`, `-x value`,
 * `--flag`, `--no-flag` (negatable flags) and `--` (end of options) are understood.
 */
export declare function parseArgs(argv: string[], command: Command, fullName: string): Input;
/** The usage line of a command, e.g. `rws users add <name> [options]`. */
export declare function usageLine(group: CommandGroup, command: Command): string;
/** Help of one command. */
export declare function commandHelp(group: CommandGroup, command: Command): string;
/** Help of a group: its commands. */
export declare function groupHelp(group: CommandGroup): string;
/** Help of the whole program. */
export declare function programHelp(groups: CommandGroup[], version: string): string;
