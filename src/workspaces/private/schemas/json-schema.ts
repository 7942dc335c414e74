/**
 * The field tables of the files a user writes, as JSON Schema (draft-07) objects built from the
 * model's enums. They are the one list of keys: the loaders take their known-key sets from them
 * (`keysAt`), `scripts/generate-schemas.ts` writes them to `schemas/*.schema.json` for editors,
 * and `shape.ts` checks files against them with ajv.
 *
 * The schemas accept what the loaders accept (a number where text is expected, `"true"` for a
 * boolean, one value where a list is expected), so a file the loader reads never shows an error
 * in an editor; they flag unknown keys even where a loader only warns (templates).
 */
import { clean } from '../clean';

/** A JSON Schema (draft-07) object, as much of it as this kit writes. */
export interface JsonSchema {
  readonly $schema?: string;
  readonly $id?: string;
  readonly title?: string;
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly properties?: { readonly [key: string]: JsonSchema };
  readonly additionalProperties?: boolean | JsonSchema;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly default?: unknown;
  readonly examples?: readonly unknown[];
  readonly not?: JsonSchema;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly minItems?: number;
}

/** The draft every schema of this kit is written in (the YAML language server and ajv both read it). */
export const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

/** Scalar types the loaders read as text (`version: 1.0` is the text "1.0"). */
const TEXT_TYPES = ['string', 'number', 'boolean'] as const;

/** Free text (a number or boolean is read as its text). */
export function text(description: string, extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: [...TEXT_TYPES], description, ...extra };
}

/** Text that must be written as a string (e.g. an id whose leading zeros matter). */
export function str(description: string, extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: 'string', description, ...extra };
}

/** One of a fixed set of values (an enum of the model). */
export function oneOf(description: string, values: readonly string[], extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: 'string', enum: [...values], description: `${description} One of: ${values.join(', ')}.`, ...extra };
}

/** A whole number, optionally bounded. */
export function int(description: string, min?: number, max?: number, extra: Partial<JsonSchema> = {}): JsonSchema {
  return clean({ type: 'integer', description, minimum: min, maximum: max, ...extra });
}

/** A number, optionally with a lower bound. */
export function num(description: string, min?: number, extra: Partial<JsonSchema> = {}): JsonSchema {
  return clean({ type: 'number', description, minimum: min, ...extra });
}

/** true or false (the loaders also read the text "true" and "false"). */
export function bool(description: string, extra: Partial<JsonSchema> = {}): JsonSchema {
  return { type: ['boolean', 'string'], enum: [true, false, 'true', 'false'], description, ...extra };
}

/** A list of text values (one value alone is read as a list of one). */
export function textList(description: string, item: JsonSchema = { type: [...TEXT_TYPES] }): JsonSchema {
  return { type: ['array', ...TEXT_TYPES], items: item, description };
}

/** A list of whole numbers. */
export function intList(description: string, min?: number, max?: number): JsonSchema {
  return { type: 'array', items: clean({ type: 'integer', minimum: min, maximum: max }), description };
}

/** A list of objects (or of what `item` says). */
export function list(description: string, item: JsonSchema): JsonSchema {
  return { type: 'array', items: item, description };
}

/** A mapping of names to text values (`tags`, `parameters`, `variables`). */
export function textMap(description: string): JsonSchema {
  return { type: 'object', additionalProperties: { type: [...TEXT_TYPES] }, description };
}

/** A mapping with known keys only; `required` lists the keys that must be there. */
export function obj(
  description: string, properties: { [key: string]: JsonSchema }, required: string[] = [], extra: Partial<JsonSchema> = {},
): JsonSchema {
  return clean({
    type: 'object',
    description,
    properties,
    required: required.length ? required : undefined,
    additionalProperties: false,
    ...extra,
  });
}

/** A whole file's schema: an object schema with the draft and a title. */
export function fileSchema(title: string, body: JsonSchema): JsonSchema {
  return { $schema: DRAFT_07, title, ...body };
}

/**
 * The keys a mapping at `path` may have (`'*'` steps into list items and mapping values). The
 * loaders' unknown-key checks use this, so the schema and the loader know the same keys.
 */
export function keysAt(schema: JsonSchema, path: ReadonlyArray<string> = []): ReadonlySet<string> {
  const at = schemaAt(schema, path);
  if (!at.properties) throw new Error(`no mapping at ${path.join('.') || 'the top'} of schema ${schema.title}`);
  return new Set(Object.keys(at.properties));
}

/** The sub-schema at a path of keys (`'*'`: list items, or the values of a free mapping). */
export function schemaAt(schema: JsonSchema, path: ReadonlyArray<string>): JsonSchema {
  let cur = schema;
  for (const step of path) {
    const next = step === '*'
      ? cur.items ?? (typeof cur.additionalProperties === 'object' ? cur.additionalProperties : undefined)
      : cur.properties?.[step];
    if (!next) throw new Error(`schema ${schema.title} has nothing at ${path.join('.')}`);
    cur = next;
  }
  return cur;
}

/**
 * What the loader says about a value a sub-schema refuses: its diagnostic code, the problem
 * (from the loader's own check, so both say the same) and the fix. Kept beside the schema
 * object, never written into the JSON file.
 */
export interface Explanation {
  /** Diagnostic code, e.g. `invalid-id` (or the code for a value). */
  readonly code: string | ((value: unknown) => string);
  /** What is wrong with the value (the loader's own words), or undefined to use the generic words. */
  readonly problem?: (value: unknown) => string | undefined;
  /** How to fix it (or the fix for a value). */
  readonly fix: string | ((value: unknown) => string);
}

const EXPLAINED = new WeakMap<object, Explanation>();

/** Attaches the loader's code and words to a sub-schema (see `Explanation`). */
export function explained(schema: JsonSchema, explanation: Explanation): JsonSchema {
  EXPLAINED.set(schema, explanation);
  return schema;
}

/** The explanation attached to a sub-schema, if any. */
export function explanationOf(schema: unknown): Explanation | undefined {
  return schema && typeof schema === 'object' ? EXPLAINED.get(schema) : undefined;
}

/** A value computed on first use: schemas read the model's enums, which may not be loaded yet at import time. */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

