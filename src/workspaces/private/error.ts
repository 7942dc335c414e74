import { Diagnostic, DiagnosticSeverity, formatDiagnostic, SourceLocation } from '../errors';

/**
 * The one error type the model throws for bad input. Its message is a complete sentence
 * naming the file (or construct path), the field, the value and the fix; `diagnostics`
 * holds every problem when several were found at once.
 */
export class WorkspaceInputError extends Error {
  /** Finds out whether a value is a WorkspaceInputError, across package copies. */
  public static isWorkspaceInputError(x: unknown): x is WorkspaceInputError {
    return typeof x === 'object' && x !== null && (x as any).__workspaceInputError === true;
  }

  public readonly diagnostics: Diagnostic[];
  private readonly __workspaceInputError = true;

  constructor(diagnostics: Diagnostic[], summary?: string) {
    const lines = diagnostics.map(formatDiagnostic);
    const message = summary
      ? `${summary}\n${lines.map((l) => `  - ${l}`).join('\n')}`
      : lines.length === 1 ? lines[0] : `${lines.length} problems:\n${lines.map((l) => `  - ${l}`).join('\n')}`;
    super(message);
    this.name = 'WorkspaceInputError';
    this.diagnostics = diagnostics;
    void this.__workspaceInputError;
  }
}

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
export function problem(o: ProblemOptions): Diagnostic {
  return {
    severity: o.severity ?? DiagnosticSeverity.ERROR,
    code: o.code,
    message: o.message,
    field: o.field,
    value: o.value === undefined ? undefined : showValue(o.value),
    fix: o.fix,
    location: o.location,
  };
}

/** Throws one error for one problem. */
export function fail(o: ProblemOptions): never {
  throw new WorkspaceInputError([problem(o)]);
}

/** Prints a value for an error message, short and on one line. */
export function showValue(v: unknown): string {
  let s: string;
  if (typeof v === 'string') {
    s = JSON.stringify(v);
  } else if (v === null) {
    s = 'null';
  } else if (typeof v === 'object') {
    try {
      s = JSON.stringify(v);
    } catch {
      s = String(v);
    }
  } else {
    s = String(v);
  }
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}

/** Describes the YAML type of a parsed value. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return 'mapping';
  return typeof v;
}
