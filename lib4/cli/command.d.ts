import { Output } from './output';
/**
 * The pieces every `rws` command group is built from. A group is one file in `src/cli/`
 * (`templates.ts`, `users.ts`, ...) exporting a `CommandGroup`; `main.ts` lists the groups.
 *
 * Commands that need the heavy synthesis libraries (aws-cdk-lib, cdktf) must load them inside
 * `run()` with `await import(...)`, so that every other command starts quickly and works
 * without them installed.
 */
/** Exit codes, documented in `rws --help` and docs/cli.md. */
export declare const EXIT_OK = 0;
/** Findings: validation or lint findings, policy violations, an out-of-date lock with --check. */
export declare const EXIT_FINDINGS = 1;
/** Usage or input error: unknown command or option, unreadable or invalid file, rejected edit. */
export declare const EXIT_ERROR = 2;
/** A command-line option. */
export interface OptionSpec {
    /** Long name without the dashes (`registry` for `--registry`). */
    readonly name: string;
    /** One-letter alias without the dash. */
    readonly short?: string;
    /** Placeholder of the value (`file`, `N`); absent for a flag. */
    readonly value?: string;
    /** May be given several times; the values are collected in order. */
    readonly repeat?: boolean;
    /** A flag that also accepts `--no-<name>`. */
    readonly negatable?: boolean;
    /** One-line help. */
    readonly help: string;
}
/** A positional argument. */
export interface ArgSpec {
    /** Name shown in usage (`name`, `file`). */
    readonly name: string;
    /** Whether it may be left out. */
    readonly optional?: boolean;
    /** Whether it takes every remaining argument (only the last one). */
    readonly variadic?: boolean;
    /** One-line help. */
    readonly help: string;
}
/** A parsed command line. */
export interface Input {
    /** Positional arguments. */
    readonly args: string[];
    /** Value of a single-valued option. */
    str(name: string): string | undefined;
    /** Values of a repeatable option; `split` also splits each value at commas. */
    list(name: string, split?: boolean): string[];
    /** A flag: true, false (`--no-x`), or undefined when not given. */
    flag(name: string): boolean | undefined;
    /** A whole-number option (a usage error when it is not one). */
    int(name: string): number | undefined;
    /** Whether the option was given at all. */
    has(name: string): boolean;
}
/** What a command runs with. */
export interface Context {
    /** Output on stdout/stderr, with --json and colour decided. */
    readonly out: Output;
    /** Working directory (relative paths are resolved against it). */
    readonly cwd: string;
    /** Environment variables. */
    readonly env: {
        readonly [name: string]: string | undefined;
    };
    /** Full name of the running command, e.g. `rws users add`, for messages. */
    readonly commandName: string;
}
/** One command, e.g. `users add`. */
export interface Command {
    /** Name inside its group (`add`). */
    readonly name: string;
    /** One line for the group's help. */
    readonly summary: string;
    /** Longer explanation for the command's help (may span lines). */
    readonly description?: string;
    /** Positional arguments. */
    readonly args?: ArgSpec[];
    /** Options (the global ones are added automatically). */
    readonly options?: OptionSpec[];
    /** Example command lines. */
    readonly examples?: string[];
    /** Exit codes specific to this command, shown in its help. */
    readonly exitCodes?: string;
    /** Runs the command; returns the exit code. */
    run(ctx: Context, input: Input): number | Promise<number>;
}
/** A group of commands, e.g. `users`. */
export interface CommandGroup {
    /** Name (`users`). */
    readonly name: string;
    /** One line for `rws --help`. */
    readonly summary: string;
    /** Longer explanation for `rws <group> --help`. */
    readonly description?: string;
    /** The commands. */
    readonly commands: Command[];
}
/** A command line that cannot be run as written: exit 2, with a pointer to --help. */
export declare class UsageError extends Error {
    readonly helpFor?: string | undefined;
    constructor(message: string, helpFor?: string | undefined);
}
/** An input problem found by the command line itself (missing file, unknown user, ...): exit 2. */
export declare class CliInputError extends Error {
    constructor(message: string);
}
