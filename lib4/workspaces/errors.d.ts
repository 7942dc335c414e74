/**
 * Where a problem was found: a file position or a construct path.
 */
export interface SourceLocation {
    /**
     * File the problem was found in, or a construct path for code-defined input.
     * @default - no file (input came from code)
     */
    readonly file?: string;
    /**
     * 1-based line number.
     * @default - unknown
     */
    readonly line?: number;
    /**
     * 1-based column number.
     * @default - unknown
     */
    readonly column?: number;
}
/**
 * Severity of a diagnostic.
 */
export declare enum DiagnosticSeverity {
    /** The input cannot be used. */
    ERROR = "error",
    /** The input works, but something is probably wrong or unsafe. */
    WARNING = "warning",
    /** Advice. */
    INFO = "info"
}
/**
 * One finding about an input file: a validation warning, a lint finding or a rejected file.
 */
export interface Diagnostic {
    /** How serious the finding is. */
    readonly severity: DiagnosticSeverity;
    /** Stable identifier of the rule or check, e.g. `unknown-field` or `hardcoded-password`. */
    readonly code: string;
    /** What is wrong, in one sentence. */
    readonly message: string;
    /**
     * Field path inside the document, e.g. `services[0].port`.
     * @default - the whole document
     */
    readonly field?: string;
    /**
     * The offending value, printed.
     * @default - no value
     */
    readonly value?: string;
    /**
     * How to fix it.
     * @default - no fix suggested
     */
    readonly fix?: string;
    /**
     * Where it was found.
     * @default - unknown
     */
    readonly location?: SourceLocation;
}
/**
 * Formats a location as `file:line:column`, leaving out what is unknown.
 */
export declare function formatLocation(location: SourceLocation | undefined): string | undefined;
/**
 * Formats a diagnostic as one line: `file:line:col: severity code: field: message (got value). Fix: fix`.
 */
export declare function formatDiagnostic(d: Diagnostic): string;
