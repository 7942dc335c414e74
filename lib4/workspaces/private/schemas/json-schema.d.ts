/** A JSON Schema (draft-07) object, as much of it as this kit writes. */
export interface JsonSchema {
    readonly $schema?: string;
    readonly $id?: string;
    readonly title?: string;
    readonly description?: string;
    readonly type?: string | readonly string[];
    readonly properties?: {
        readonly [key: string]: JsonSchema;
    };
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
export declare const DRAFT_07 = "http://json-schema.org/draft-07/schema#";
/** Free text (a number or boolean is read as its text). */
export declare function text(description: string, extra?: Partial<JsonSchema>): JsonSchema;
/** Text that must be written as a string (e.g. an id whose leading zeros matter). */
export declare function str(description: string, extra?: Partial<JsonSchema>): JsonSchema;
/** One of a fixed set of values (an enum of the model). */
export declare function oneOf(description: string, values: readonly string[], extra?: Partial<JsonSchema>): JsonSchema;
/** A whole number, optionally bounded. */
export declare function int(description: string, min?: number, max?: number, extra?: Partial<JsonSchema>): JsonSchema;
/** A number, optionally with a lower bound. */
export declare function num(description: string, min?: number, extra?: Partial<JsonSchema>): JsonSchema;
/** true or false (the loaders also read the text "true" and "false"). */
export declare function bool(description: string, extra?: Partial<JsonSchema>): JsonSchema;
/** A list of text values (one value alone is read as a list of one). */
export declare function textList(description: string, item?: JsonSchema): JsonSchema;
/** A list of whole numbers. */
export declare function intList(description: string, min?: number, max?: number): JsonSchema;
/** A list of objects (or of what `item` says). */
export declare function list(description: string, item: JsonSchema): JsonSchema;
/** A mapping of names to text values (`tags`, `parameters`, `variables`). */
export declare function textMap(description: string): JsonSchema;
/** A mapping with known keys only; `required` lists the keys that must be there. */
export declare function obj(description: string, properties: {
    [key: string]: JsonSchema;
}, required?: string[], extra?: Partial<JsonSchema>): JsonSchema;
/** A whole file's schema: an object schema with the draft and a title. */
export declare function fileSchema(title: string, body: JsonSchema): JsonSchema;
/**
 * The keys a mapping at `path` may have (`'*'` steps into list items and mapping values). The
 * loaders' unknown-key checks use this, so the schema and the loader know the same keys.
 */
export declare function keysAt(schema: JsonSchema, path?: ReadonlyArray<string>): ReadonlySet<string>;
/** The sub-schema at a path of keys (`'*'`: list items, or the values of a free mapping). */
export declare function schemaAt(schema: JsonSchema, path: ReadonlyArray<string>): JsonSchema;
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
/** Attaches the loader's code and words to a sub-schema (see `Explanation`). */
export declare function explained(schema: JsonSchema, explanation: Explanation): JsonSchema;
/** The explanation attached to a sub-schema, if any. */
export declare function explanationOf(schema: unknown): Explanation | undefined;
/** A value computed on first use: schemas read the model's enums, which may not be loaded yet at import time. */
export declare function lazy<T>(make: () => T): () => T;
