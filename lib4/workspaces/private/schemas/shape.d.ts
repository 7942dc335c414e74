/**
 * Checks a file's shape against its JSON Schema with ajv, and turns ajv's findings into the
 * model's diagnostics: one line with file:line:column, the field, the value and the fix
 * ("unknown field X, did you mean Y", the expected type, the allowed values). What a schema
 * cannot say (ids, references, paths, CIDR breadth, the policy) stays in the loaders.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { JsonSchema } from './json-schema';
import { Diagnostic } from '../../errors';
import { FieldReader } from '../fields';
/**
 * The ajv instance: strict (a schema with an unknown keyword or a type mistake does not
 * compile), every error at once, union types allowed (`type: [string, number]`).
 */
export declare function schemaValidator(): Ajv;
/** The compiled validator of a schema (compiled once per process). */
export declare function compileSchema(schema: JsonSchema): ValidateFunction;
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
export declare function checkShape(r: FieldReader, schema: JsonSchema, data: unknown, options?: ShapeOptions): void;
/**
 * The shape problems found (`validateShape`) at fields that `reported` (the loader's own
 * findings) says nothing about, at, above or below. A problem with the whole file (no field)
 * says it all.
 */
export declare function shapeProblemsBesides(r: FieldReader, schema: JsonSchema, found: ShapeFindings, reported: Diagnostic[], options?: ShapeOptions): Diagnostic[];
/** Every shape problem of `data`, as diagnostics located with `r` (nothing is added to `r`). */
export declare function shapeProblems(r: FieldReader, schema: JsonSchema, data: unknown, options?: ShapeOptions, skip?: (field: string) => boolean): Diagnostic[];
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
    readonly wrongFile?: {
        readonly known: string[];
        readonly keys: number;
    };
}
/**
 * Runs ajv on `data` and keeps what the messages need (paths and offending values), so a
 * reader may drop the parsed tree as it reads (a large registry does) and describe the
 * findings afterwards with `describeShape`.
 */
export declare function validateShape(schema: JsonSchema, data: unknown): ShapeFindings;
/** Turns findings into diagnostics located with `r`, leaving out the fields `skip` says are reported. */
export declare function describeShape(r: FieldReader, schema: JsonSchema, found: ShapeFindings, options?: ShapeOptions, skip?: (field: string) => boolean): Diagnostic[];
