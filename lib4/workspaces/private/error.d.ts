import { Diagnostic, DiagnosticSeverity, SourceLocation } from '../errors';
/**
 * The one error type the model throws for bad input. Its message is a complete sentence
 * naming the file (or construct path), the field, the value and the fix; `diagnostics`
 * holds every problem when several were found at once.
 */
export declare class WorkspaceInputError extends Error {
    /** Finds out whether a value is a WorkspaceInputError, across package copies. */
    static isWorkspaceInputError(x: unknown): x is WorkspaceInputError;
    readonly diagnostics: Diagnostic[];
    private readonly __workspaceInputError;
    constructor(diagnostics: Diagnostic[], summary?: string);
}
/**
 * How many problems an error message lists one by one. The rest are counted by code (all of
 * them stay in `diagnostics` and in `--json` output): a registry with 2,000 bad entries gives a
 * screenful, not 2,000 lines.
 */
export declare const MAX_LISTED_PROBLEMS = 20;
/** Options for a single-problem error. */
export interface ProblemOptions {
    readonly code: string;
    readonly message: string;
    readonly field?: string;
    readonly value?: unknown;
    readonly fix?: string;
    readonly location?: SourceLocation;
    readonly severity?: DiagnosticSeverity;
}
/** Builds a diagnostic, printing the value safely. */
export declare function problem(o: ProblemOptions): Diagnostic;
/** Throws one error for one problem. */
export declare function fail(o: ProblemOptions): never;
/** Prints a value for an error message, short and on one line. */
export declare function showValue(v: unknown): string;
/** Describes the YAML type of a parsed value. */
export declare function typeName(v: unknown): string;
