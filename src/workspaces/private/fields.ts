import { Diagnostic, DiagnosticSeverity, SourceLocation } from '../errors';
import { problem, typeName, WorkspaceInputError } from './error';
import { formatPath, YamlPath, YamlSource } from './yaml-source';

const SURROGATE = /[\ud800-\udfff]/;

/**
 * A copy of `s` that shares no memory with the text it was parsed from. A YAML parser hands
 * out its strings as slices of its own copy of the whole file, and one kept slice keeps that
 * copy alive: the users of a 100,000-user registry would hold 18 MB of YAML nobody reads.
 * Strings shorter than 13 characters are always copies already. Text with surrogates (emoji,
 * or a lone one from a double-quoted escape) is kept as it is: a lone one would not survive
 * the copy, and such text is rare.
 */
export function ownText(s: string): string {
  if (s.length < 13 || SURROGATE.test(s)) return s;
  return Buffer.from(s, 'utf8').toString('utf8');
}

/**
 * Reads typed values out of parsed YAML (or plain objects from code), collecting every
 * problem with its location instead of stopping at the first.
 */
export class FieldReader {
  public readonly errors: Diagnostic[] = [];
  public readonly warnings: Diagnostic[] = [];

  constructor(private readonly source: YamlSource | undefined, private readonly label: string) {}

  public locate(path: YamlPath, preferKey = false): SourceLocation {
    return this.source ? this.source.locate(path, preferKey) : { file: this.label };
  }

  public locateWithin(path: YamlPath, snippet: string): SourceLocation {
    return this.source ? this.source.locateWithin(path, snippet) : { file: this.label };
  }

  public error(path: YamlPath, code: string, message: string, value: unknown, fix: string): void {
    this.errors.push(problem({ code, message, field: formatPath(path), value, fix, location: this.locate(path) }));
  }

  public warn(path: YamlPath, code: string, message: string, value: unknown, fix: string, preferKey = false): void {
    this.warnings.push(problem({
      code,
      message,
      field: formatPath(path),
      value,
      fix,
      location: this.locate(path, preferKey),
      severity: DiagnosticSeverity.WARNING,
    }));
  }

  /** Throws all collected errors at once, with the file named in the summary. */
  public throwIfErrors(summary: string): void {
    if (this.errors.length > 0) {
      throw new WorkspaceInputError(this.errors, this.errors.length === 1 ? undefined : summary);
    }
  }

  public expect(path: YamlPath, v: unknown, expected: string, fix?: string): void {
    if (path.length === 0) {
      // The whole file is not what it should be (e.g. a .env or /etc/shadow named as a registry):
      // its text is never quoted, only its shape.
      const shape = typeof v === 'string' ? `text of ${v.length} characters` : typeName(v);
      this.error(path, 'wrong-type', `expected ${expected}, found ${shape}; is this the right file?`, undefined,
        fix ?? `write ${expected} here`);
      return;
    }
    this.error(path, 'wrong-type', `expected ${expected}, found ${typeName(v)}`, v, fix ?? `write ${expected} here`);
  }

  public str(obj: any, key: string, path: YamlPath, opts: { required?: boolean; allowNumber?: boolean } = {}): string | undefined {
    const v = obj?.[key];
    if (typeof v === 'string') return ownText(v);
    if (v === undefined || v === null) {
      if (opts.required) this.error([...path, key], 'missing-field', `required field "${key}" is missing`, undefined, `add ${key}: <value>`);
      return undefined;
    }
    if ((typeof v === 'number' || typeof v === 'boolean') && opts.allowNumber !== false) return String(v);
    this.expect([...path, key], v, 'text');
    return undefined;
  }

  public int(obj: any, key: string, path: YamlPath, opts: { min?: number; max?: number } = {}): number | undefined {
    const v = obj?.[key];
    const p = [...path, key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.expect(p, v, 'a whole number');
      return undefined;
    }
    if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
      this.error(p, 'out-of-range', `must be between ${opts.min ?? '-inf'} and ${opts.max ?? 'inf'}`, v,
        `use a value from ${opts.min ?? '-inf'} to ${opts.max ?? 'inf'}`);
      return undefined;
    }
    return v;
  }

  public num(obj: any, key: string, path: YamlPath, opts: { min?: number } = {}): number | undefined {
    const v = obj?.[key];
    const p = [...path, key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.expect(p, v, 'a number');
      return undefined;
    }
    if (opts.min !== undefined && v < opts.min) {
      this.error(p, 'out-of-range', `must be at least ${opts.min}`, v, `use a value of at least ${opts.min}`);
      return undefined;
    }
    return v;
  }

  public bool(obj: any, key: string, path: YamlPath): boolean | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    this.expect([...path, key], v, 'true or false');
    return undefined;
  }

  public strList(obj: any, key: string, path: YamlPath): string[] | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') {
      // A single value where a list is expected: accept, it is unambiguous.
      return [ownText(v)];
    }
    if (!Array.isArray(v)) {
      this.expect([...path, key], v, 'a list of text values', `write ${key}: ["a", "b"] or one "- item" per line`);
      return undefined;
    }
    // map() and slice(): arrays of exactly their length (one built by push keeps spare
    // capacity, which 100,000 users of a registry pay for).
    if (v.every((item) => typeof item === 'string')) return v.map(ownText);
    const p = [...path, key];
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string') out.push(ownText(item));
      else if (typeof item === 'number' || typeof item === 'boolean') out.push(String(item));
      else if (item !== null && item !== undefined) this.expect([...p, i], item, 'text');
    });
    return out.slice();
  }

  public intList(obj: any, key: string, path: YamlPath, opts: { min?: number; max?: number } = {}): number[] | undefined {
    const v = obj?.[key];
    const p = [...path, key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.expect(p, v, 'a list of whole numbers');
      return undefined;
    }
    const out: number[] = [];
    v.forEach((item, i) => {
      const n = this.int({ x: item }, 'x', [...p, i], opts);
      if (n !== undefined) out.push(n);
    });
    return out;
  }

  public stringMap(obj: any, key: string, path: YamlPath): { [k: string]: string } | undefined {
    const v = obj?.[key];
    const p = [...path, key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.expect(p, v, 'a mapping of names to values');
      return undefined;
    }
    const out: { [k: string]: string } = {};
    for (const [k, val] of Object.entries(v)) {
      if (val === null || val === undefined) continue;
      if (typeof val === 'object') {
        this.expect([...p, k], val, 'text');
        continue;
      }
      out[k] = String(val);
    }
    return out;
  }

  public mapping(obj: any, key: string, path: YamlPath): any | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'object' || Array.isArray(v)) {
      this.expect([...path, key], v, 'a mapping (key: value lines)');
      return undefined;
    }
    return v;
  }

  public list(obj: any, key: string, path: YamlPath): any[] | undefined {
    const v = obj?.[key];
    if (v === undefined || v === null) return undefined;
    if (!Array.isArray(v)) {
      this.expect([...path, key], v, 'a list');
      return undefined;
    }
    return v;
  }

  /** Warns about keys of `obj` that are not in `known`. */
  public unknownKeys(obj: any, known: ReadonlySet<string>, path: YamlPath): void {
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return;
    const keys = Object.keys(obj);
    if (path.length === 0 && keys.length > 0 && known.size > 0 && !keys.some((k) => known.has(k))) {
      // Not one known key: the wrong file (e.g. /etc/shadow, whose lines parse as keys). Its
      // keys are never quoted: they may be the file's secrets.
      this.error([], 'wrong-type', `expected ${[...known].slice(0, 4).join(', ')}, ...; none of the file's ${keys.length} keys is one; is this the right file?`,
        undefined, 'name the right file');
      return;
    }
    for (const k of keys) {
      if (!/^[A-Za-z0-9_./-]{1,64}$/.test(k)) {
        // A key that is no name (a whole line of another file, a secret): not quoted.
        this.warnings.push(problem({
          code: 'unknown-field',
          message: `unknown field is ignored: a key of ${k.length} characters that is not a field name`,
          field: formatPath(path),
          fix: 'remove it, or check that this is the right file',
          location: this.locate([...path, k], true),
          severity: DiagnosticSeverity.WARNING,
        }));
        continue;
      }
      if (!known.has(k)) {
        const close = closest(k, known);
        this.warn([...path, k], 'unknown-field', `unknown field "${k}" is ignored`, undefined,
          close ? `did you mean "${close}"?` : 'remove it, or check the spelling against the template reference', true);
      }
    }
  }
}

/** The closest known key by edit distance, when close enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 4)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const dp: number[] = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
