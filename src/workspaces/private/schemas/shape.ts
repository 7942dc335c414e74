/**
 * Checks a file's shape against its JSON Schema with ajv, and turns ajv's findings into the
 * model's diagnostics: one line with file:line:column, the field, the value and the fix
 * ("unknown field X, did you mean Y", the expected type, the allowed values). What a schema
 * cannot say (ids, references, paths, CIDR breadth, the policy) stays in the loaders.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { explanationOf, JsonSchema } from './json-schema';
import { Diagnostic, DiagnosticSeverity } from '../../errors';
import { problem, typeName } from '../error';
import { closest, FieldReader } from '../fields';
import { formatPath, YamlPath } from '../yaml-source';

let ajv: Ajv | undefined;
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/**
 * The ajv instance: strict (a schema with an unknown keyword or a type mistake does not
 * compile), every error at once, union types allowed (`type: [string, number]`).
 */
export function schemaValidator(): Ajv {
  // Unoptimized code compiles four times faster (a CLI run compiles a schema or two); validating stays in the milliseconds.
  return ajv ??= new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, validateSchema: true, code: { optimize: false } });
}

/** The compiled validator of a schema (compiled once per process). */
export function compileSchema(schema: JsonSchema): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    v = schemaValidator().compile(schema as any);
    compiled.set(schema, v);
  }
  return v;
}

/** Options of `checkShape`. */
export interface ShapeOptions {
  /**
   * Report unknown keys. Off in the loaders, whose own unknown-key check (with the same key
   * lists, from the schema) decides whether they are warnings or errors.
   */
  readonly unknownKeys?: boolean;
}

/**
 * Checks `data` against `schema` and adds a diagnostic to `r` for every shape problem that the
 * loader has not already reported at the same field (its hand-written messages win: they know
 * more, e.g. the fix for an ORCID written as a number). Null values count as absent, as in
 * the loaders.
 */
export function checkShape(r: FieldReader, schema: JsonSchema, data: unknown, options: ShapeOptions = {}): void {
  for (const d of shapeProblemsBesides(r, schema, validateShape(schema, data), [...r.errors, ...r.warnings], options)) {
    if (d.severity === DiagnosticSeverity.WARNING) r.warnings.push(d);
    else r.errors.push(d);
  }
}

/**
 * The shape problems found (`validateShape`) at fields that `reported` (the loader's own
 * findings) says nothing about, at, above or below. A problem with the whole file (no field)
 * says it all.
 */
export function shapeProblemsBesides(
  r: FieldReader, schema: JsonSchema, found: ShapeFindings, reported: Diagnostic[], options: ShapeOptions = {},
): Diagnostic[] {
  if (reported.some((d) => !d.field && d.severity === DiagnosticSeverity.ERROR)) return [];
  // Sets, not a scan of every pair: a registry of 20,000 users can have as many findings.
  const fields = new Set(reported.map((d) => d.field ?? '').filter((f) => f !== ''));
  const above = new Set([...fields].flatMap(prefixesOf));
  const covered = (field: string) => fields.has(field) || above.has(field) || prefixesOf(field).some((p) => fields.has(p));
  return describeShape(r, schema, found, options, covered);
}

/** The fields that contain a field: `a.b[3].c` gives `a`, `a.b`, `a.b[3]`. */
function prefixesOf(field: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < field.length; i++) {
    if (field[i] === '.' || field[i] === '[') out.push(field.slice(0, i));
  }
  return out;
}

/** Every shape problem of `data`, as diagnostics located with `r` (nothing is added to `r`). */
export function shapeProblems(
  r: FieldReader, schema: JsonSchema, data: unknown, options: ShapeOptions = {}, skip: (field: string) => boolean = () => false,
): Diagnostic[] {
  return describeShape(r, schema, validateShape(schema, data), options, skip);
}

/** What ajv found about one value, taken while the parsed data is still there. */
export interface ShapeFinding {
  readonly error: ErrorObject;
  readonly path: ReadonlyArray<string | number>;
  readonly field: string;
  readonly value: unknown;
}

/** The result of `validateShape`: the findings, or the whole file's wrong shape. */
export interface ShapeFindings {
  readonly findings: ShapeFinding[];
  /** Not one key of the file is known: the wrong file. */
  readonly wrongFile?: { readonly known: string[]; readonly keys: number };
}

/**
 * Runs ajv on `data` and keeps what the messages need (paths and offending values), so a
 * reader may drop the parsed tree as it reads (a large registry does) and describe the
 * findings afterwards with `describeShape`.
 */
export function validateShape(schema: JsonSchema, data: unknown): ShapeFindings {
  const validate = compileSchema(schema);
  if (validate(data)) return { findings: [] };
  const known = Object.keys(schema.properties ?? {});
  const keys = data && typeof data === 'object' && !Array.isArray(data) ? Object.keys(data) : [];
  if (keys.length > 0 && known.length > 0 && !keys.some((k) => known.includes(k))) return { findings: [], wrongFile: { known, keys: keys.length } };
  return {
    findings: (validate.errors ?? []).map((error) => {
      const path = pathOf(data, error.instancePath);
      return { error, path, field: fieldOf(path, error), value: valueAt(data, path) };
    }),
  };
}

/** Turns findings into diagnostics located with `r`, leaving out the fields `skip` says are reported. */
export function describeShape(
  r: FieldReader, schema: JsonSchema, found: ShapeFindings, options: ShapeOptions = {}, skip: (field: string) => boolean = () => false,
): Diagnostic[] {
  if (found.wrongFile) {
    // Not one known key: the wrong file (e.g. /etc/shadow, whose lines parse as keys). Its keys
    // are never quoted: they may be the file's secrets.
    return [problem({
      code: 'wrong-type',
      message: `expected ${found.wrongFile.known.slice(0, 4).join(', ')}, ...; none of the file's ${found.wrongFile.keys} keys is one; is this the right file?`,
      fix: 'name the right file',
      location: r.locate([]),
    })];
  }
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const f of found.findings) {
    // Skipped before it is located: finding a line and column is the costly part.
    if (skip(f.field)) continue;
    const d = translate(r, schema, f, options);
    if (!d) continue;
    // One problem per field (a boolean written as 5 breaks both `type` and `enum`).
    const key = d.field ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** The field an ajv error is about (for `required` and unknown keys: the key's own field). */
function fieldOf(path: ReadonlyArray<string | number>, e: ErrorObject): string {
  const key = e.keyword === 'required' ? e.params.missingProperty : e.keyword === 'additionalProperties' ? e.params.additionalProperty : undefined;
  return formatPath(key === undefined ? path : [...path, String(key)]);
}

/** A JSON pointer (`/workspaces/0/size`) as a YAML path, list indexes as numbers. */
function pathOf(data: unknown, pointer: string): Array<string | number> {
  const out: Array<string | number> = [];
  let cur: any = data;
  for (const raw of pointer.split('/').slice(1)) {
    const step = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const key = Array.isArray(cur) && /^\d+$/.test(step) ? Number(step) : step;
    out.push(key);
    cur = cur?.[key];
  }
  return out;
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let cur: any = data;
  for (const k of path) cur = cur?.[k];
  return cur;
}

/** The sub-schema ajv judged (its schemaPath, `#/properties/workspaces/items/...`). */
function schemaOf(schema: JsonSchema, schemaPath: string): any {
  let cur: any = schema;
  for (const step of schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1)) {
    if (step === '') continue;
    cur = cur?.[step.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return cur;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', integer: 'a whole number', boolean: 'true or false', array: 'a list', object: 'a mapping (key: value lines)', null: 'nothing',
};

function expectedOf(types: string | string[]): string {
  const list = (Array.isArray(types) ? types : [types]);
  // `type: [array, string, number, boolean]` is a list of text that also takes one value.
  if (list.includes('array') && list.includes('string')) return 'a list of text values';
  if (list.includes('object') && list.includes('string')) return 'a name, or a mapping';
  if (list.includes('object') && list.includes('array')) return 'a mapping or a list';
  if (list.includes('boolean') && list.includes('string')) return 'true or false';
  if (list.includes('string')) return 'text';
  return list.map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

function genericProblem(keyword: string, sub: any): string {
  if (keyword === 'minimum' || keyword === 'maximum') return `must be between ${sub?.minimum ?? '-inf'} and ${sub?.maximum ?? 'inf'}`;
  if (keyword === 'not') return 'is a value this field does not accept';
  return 'does not have the expected form';
}

function translate(r: FieldReader, schema: JsonSchema, f: ShapeFinding, options: ShapeOptions): Diagnostic | undefined {
  const { error: e, path, value } = f;
  const sub = schemaOf(schema, e.schemaPath);
  const field = formatPath(path);
  const at = (p: YamlPath, preferKey = false) => r.locate(p, preferKey);
  const explanation = explanationOf(sub);
  if (explanation && ['minimum', 'maximum', 'not', 'pattern', 'enum', 'type'].includes(e.keyword) && value !== null && value !== undefined) {
    const words = explanation.problem?.(value) ?? genericProblem(e.keyword, sub);
    const code = typeof explanation.code === 'function' ? explanation.code(value) : explanation.code;
    const fix = typeof explanation.fix === 'function' ? explanation.fix(value) : explanation.fix;
    return problem({ code, message: words, field, value, fix, location: at(path) });
  }
  switch (e.keyword) {
    case 'additionalProperties': {
      if (!options.unknownKeys) return undefined;
      const key = String(e.params.additionalProperty);
      const known = Object.keys(sub?.properties ?? {});
      if (!/^[A-Za-z0-9_./-]{1,64}$/.test(key)) {
        // A key that is no name (a line of another file, a secret) is never quoted.
        return problem({
          code: 'unknown-field',
          message: `unknown field: a key of ${key.length} characters that is not a field name`,
          field,
          fix: 'remove it, or check that this is the right file',
          location: at([...path, key], true),
        });
      }
      const close = closest(key, known);
      return problem({
        code: 'unknown-field',
        message: `unknown field "${key}"`,
        field: formatPath([...path, key]),
        fix: close ? `did you mean "${close}"?` : `remove it; the fields here are ${known.join(', ')}`,
        location: at([...path, key], true),
      });
    }
    case 'required': {
      const key = String(e.params.missingProperty);
      return problem({
        code: 'missing-field',
        message: `required field "${key}" is missing`,
        field: formatPath([...path, key]),
        fix: `add ${key}: <value>${sub?.properties?.[key]?.description ? ` (${sub.properties[key].description})` : ''}`,
        location: at(path),
      });
    }
    case 'type': {
      if (value === null || value === undefined) return undefined; // null is "not given" to the loaders
      const expected = expectedOf(e.params.type);
      if (path.length === 0) {
        const shape = typeof value === 'string' ? `text of ${value.length} characters` : typeName(value);
        return problem({ code: 'wrong-type', message: `expected ${expected}, found ${shape}; is this the right file?`, fix: 'name the right file', location: at(path) });
      }
      return problem({ code: 'wrong-type', message: `expected ${expected}, found ${typeName(value)}`, field, value, fix: `write ${expected} here`, location: at(path) });
    }
    case 'enum': {
      if (value === null || value === undefined) return undefined;
      const allowed = (e.params.allowedValues as unknown[]).filter((v) => typeof v !== 'boolean' || !(e.params.allowedValues as unknown[]).includes(String(v)));
      const close = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      return problem({
        code: 'invalid-value',
        message: 'not one of the allowed values',
        field,
        value,
        fix: `use one of ${allowed.map(String).join(', ')}${close ? ` (did you mean "${close}"?)` : ''}`,
        location: at(path),
      });
    }
    case 'minimum':
    case 'maximum': {
      const lo = sub?.minimum ?? '-inf';
      const hi = sub?.maximum ?? 'inf';
      return problem({ code: 'out-of-range', message: `must be between ${lo} and ${hi}`, field, value, fix: `use a value from ${lo} to ${hi}`, location: at(path) });
    }
    case 'pattern': {
      const examples = Array.isArray(sub?.examples) ? ` such as ${sub.examples.slice(0, 4).join(', ')}` : '';
      return problem({
        code: 'invalid-value',
        message: `does not have the form of ${(sub?.description ?? 'this field').replace(/\.$/, '').replace(/^./, (c: string) => c.toLowerCase())}`,
        field,
        value,
        fix: `write a value${examples} matching ${e.params.pattern}`,
        location: at(path),
      });
    }
    case 'minProperties':
    case 'maxProperties': {
      const keys = Object.keys(sub?.properties ?? {});
      return problem({ code: 'invalid-value', message: `give exactly one of ${keys.join(', ')}`, field, value: Object.keys((value as object) ?? {}).join(', ') || undefined, fix: `keep one of ${keys.join(', ')}`, location: at(path) });
    }
    case 'not':
      return problem({
        code: 'invalid-value',
        message: 'is a value this field does not accept',
        field,
        value,
        fix: `choose another value (${(sub?.description ?? '').replace(/\.$/, '')})`,
        location: at(path),
      });
    default:
      return problem({ code: 'invalid-value', message: e.message ?? 'does not match the schema', field, value, fix: 'check the field against the schema (docs/schemas.md)', location: at(path) });
  }
}
