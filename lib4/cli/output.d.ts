import { Diagnostic } from '../workspaces/errors';
/** A stream the command line writes to. */
export interface OutStream {
    readonly isTTY?: boolean;
    write(text: string): unknown;
}
/** The process's streams and environment, replaceable in tests. */
export interface Io {
    readonly stdout: OutStream;
    readonly stderr: OutStream;
    readonly env: {
        readonly [name: string]: string | undefined;
    };
    readonly cwd: string;
}
declare const CODES: {
    readonly bold: readonly [1, 22];
    readonly dim: readonly [2, 22];
    readonly red: readonly [31, 39];
    readonly yellow: readonly [33, 39];
    readonly green: readonly [32, 39];
    readonly cyan: readonly [36, 39];
};
type Style = keyof typeof CODES;
/** Whether a stream gets colour: only a terminal, only without NO_COLOR or --no-color. */
export declare function colourFor(stream: OutStream, env: Io['env'], noColorFlag: boolean): boolean;
/**
 * Where results and messages go. Results (tables, JSON, findings) go to stdout; notes,
 * warnings and errors to stderr, so `--json` output on stdout is always pure JSON.
 * Nothing is coloured unless the stream is a terminal.
 */
export declare class Output {
    private readonly io;
    /** Whether --json was given. */
    readonly json: boolean;
    private readonly colourOut;
    private readonly colourErr;
    private progressShown;
    constructor(io: Io, 
    /** Whether --json was given. */
    json: boolean, colourOut: boolean, colourErr: boolean);
    /** A line of result on stdout. */
    line(text?: string): void;
    /** Raw text on stdout. */
    write(text: string): void;
    /** A value as JSON on stdout (two-space indent, one trailing newline). */
    printJson(value: unknown): void;
    /** A table on stdout, header in bold on a terminal; `align` is 'l' or 'r' per column (default: numbers right). */
    table(headers: string[], rows: Array<Array<string | number | undefined>>, align?: string[]): void;
    /** A section title on stdout. */
    heading(text: string): void;
    /** A finding on stdout, in the model's one-line format. */
    diagnostic(d: Diagnostic): void;
    /** An informational message on stderr. */
    note(text: string): void;
    /** A warning on stderr. */
    warn(text: string): void;
    /** A model warning (a Diagnostic) on stderr. */
    warnDiagnostic(d: Diagnostic): void;
    /** An error message on stderr. */
    error(text: string): void;
    /**
     * A progress line on stderr for a long operation, only when stderr is a terminal (never in a
     * pipeline or a log); the next progress line replaces it, `progressDone()` clears it.
     */
    progress(text: string): void;
    /** Clears the progress line, if one is shown. */
    progressDone(): void;
    /** Colours text for stdout (no-op off a terminal). */
    paint(text: string, style: Style): string;
    /** Colours text for stderr (no-op off a terminal). */
    paintErr(text: string, style: Style): string;
    private paintDiagnostic;
}
/** A diagnostic as a plain JSON object with the location flattened, for --json output. */
export declare function diagnosticJson(d: Diagnostic): Record<string, unknown>;
/** `$0.1664` (or undefined for an unknown cost). */
export declare function money(n: number | undefined, digits?: number): string | undefined;
export {};
