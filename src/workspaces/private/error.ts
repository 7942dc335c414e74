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
    const lines = diagnostics.slice(0, MAX_LISTED_PROBLEMS).map(formatDiagnostic);
    const listed = lines.map((l) => `  - ${l}`).join('\n') + unlistedSummary(diagnostics);
    const message = summary
      ? `${summary}\n${listed}`
      : diagnostics.length === 1 ? lines[0] : `${diagnostics.length} problems:\n${listed}`;
    super(message);
    this.name = 'WorkspaceInputError';
    this.diagnostics = diagnostics;
    void this.__workspaceInputError;
  }
}

/**
 * How many problems an error message lists one by one. The rest are counted by code (all of
 * them stay in `diagnostics` and in `--json` output): a registry with 2,000 bad entries gives a
 * screenful, not 2,000 lines.
 */
export const MAX_LISTED_PROBLEMS = 20;

function unlistedSummary(diagnostics: Diagnostic[]): string {
  const rest = diagnostics.slice(MAX_LISTED_PROBLEMS);
  if (rest.length === 0) return '';
  const byCode = new Map<string, number>();
  for (const d of rest) byCode.set(d.code, (byCode.get(d.code) ?? 0) + 1);
  const counts = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${n.toLocaleString('en-US')} ${code}`).join(', ');
  return `\n  ... and ${rest.length.toLocaleString('en-US')} more (${counts}); fix the first ones, or run with --json for the whole list`;
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
