import { Diagnostic, DiagnosticSeverity, formatDiagnostic } from '../workspaces/errors';
import { clean } from '../workspaces/private/clean';
import { formatTable } from '../workspaces/private/table';

/** A stream the command line writes to. */
export interface OutStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

/** The process's streams and environment, replaceable in tests. */
export interface Io {
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  readonly env: { readonly [name: string]: string | undefined };
  readonly cwd: string;
}

const CODES = { bold: [1, 22], dim: [2, 22], red: [31, 39], yellow: [33, 39], green: [32, 39], cyan: [36, 39] } as const;
type Style = keyof typeof CODES;

/** Whether a stream gets colour: only a terminal, only without NO_COLOR or --no-color. */
export function colourFor(stream: OutStream, env: Io['env'], noColorFlag: boolean): boolean {
  return stream.isTTY === true && !noColorFlag && (env.NO_COLOR === undefined || env.NO_COLOR === '');
}

/**
 * Where results and messages go. Results (tables, JSON, findings) go to stdout; notes,
 * warnings and errors to stderr, so `--json` output on stdout is always pure JSON.
 * Nothing is coloured unless the stream is a terminal.
 */
export class Output {
  private progressShown = false;

  constructor(
    private readonly io: Io,
    /** Whether --json was given. */
    public readonly json: boolean,
    private readonly colourOut: boolean,
    private readonly colourErr: boolean,
  ) {}

  /** A line of result on stdout. */
  public line(text: string = ''): void {
    this.io.stdout.write(`${text}\n`);
  }

  /** Raw text on stdout. */
  public write(text: string): void {
    this.io.stdout.write(text);
  }

  /** A value as JSON on stdout (two-space indent, one trailing newline). */
  public printJson(value: unknown): void {
    this.io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** A table on stdout, header in bold on a terminal; `align` is 'l' or 'r' per column (default: numbers right). */
  public table(headers: string[], rows: Array<Array<string | number | undefined>>, align?: string[]): void {
    const text = formatTable(headers, rows, align);
    const [head, ...rest] = text.split('\n');
    this.line([this.paint(head, 'bold'), ...rest].join('\n'));
  }

  /** A section title on stdout. */
  public heading(text: string): void {
    this.line(this.paint(text, 'bold'));
  }

  /** A finding on stdout, in the model's one-line format. */
  public diagnostic(d: Diagnostic): void {
    this.line(this.paintDiagnostic(formatDiagnostic(d), d.severity, this.colourOut));
  }

  /** An informational message on stderr. */
  public note(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /** A warning on stderr. */
  public warn(text: string): void {
    this.io.stderr.write(`${this.paintErr('warning:', 'yellow')} ${text}\n`);
  }

  /** A model warning (a Diagnostic) on stderr. */
  public warnDiagnostic(d: Diagnostic): void {
    this.io.stderr.write(`${this.paintDiagnostic(formatDiagnostic(d), d.severity, this.colourErr)}\n`);
  }

  /** An error message on stderr. */
  public error(text: string): void {
    this.io.stderr.write(`${text}\n`);
  }

  /**
   * A progress line on stderr for a long operation, only when stderr is a terminal (never in a
   * pipeline or a log); the next progress line replaces it, `progressDone()` clears it.
   */
  public progress(text: string): void {
    if (this.io.stderr.isTTY !== true) return;
    this.io.stderr.write(`\r\u001b[2K${this.paintErr(text, 'dim')}`);
    this.progressShown = true;
  }

  /** Clears the progress line, if one is shown. */
  public progressDone(): void {
    if (!this.progressShown) return;
    this.io.stderr.write('\r\u001b[2K');
    this.progressShown = false;
  }

  /** Colours text for stdout (no-op off a terminal). */
  public paint(text: string, style: Style): string {
    return this.colourOut ? wrap(text, style) : text;
  }

  /** Colours text for stderr (no-op off a terminal). */
  public paintErr(text: string, style: Style): string {
    return this.colourErr ? wrap(text, style) : text;
  }

  private paintDiagnostic(line: string, severity: DiagnosticSeverity, colour: boolean): string {
    if (!colour) return line;
    const style: Style = severity === DiagnosticSeverity.ERROR ? 'red' : severity === DiagnosticSeverity.WARNING ? 'yellow' : 'cyan';
    return line.replace(new RegExp(`(^|: )(${severity}) `), (_m, pre: string, word: string) => `${pre}${wrap(word, style)} `);
  }
}

function wrap(text: string, style: Style): string {
  const [on, off] = CODES[style];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

/** A diagnostic as a plain JSON object with the location flattened, for --json output. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return clean({
    file: d.location?.file,
    line: d.location?.line,
    column: d.location?.column,
    severity: d.severity,
    code: d.code,
    field: d.field,
    message: d.message,
    value: d.value,
    fix: d.fix,
    text: formatDiagnostic(d),
  });
}


/** `$0.1664` (or undefined for an unknown cost). */
export function money(n: number | undefined, digits: number = 4): string | undefined {
  return n === undefined ? undefined : `$${n.toFixed(digits)}`;
}
