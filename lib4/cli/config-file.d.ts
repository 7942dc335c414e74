import { FieldReader } from '../workspaces/private/fields';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
import { YamlPath, YamlSource } from '../workspaces/private/yaml-source';
/**
 * Backend settings files (`rws permit synth --config`): YAML with snake_case keys, read with the
 * model's located errors (file:line:col, field, value, fix). Unknown keys are errors: a
 * misspelled setting would silently not apply.
 */
/** One scalar setting of a config file and the property it becomes. */
export interface ConfigField {
    /** YAML key. */
    readonly key: string;
    /** Property name. */
    readonly prop: string;
    /** Value type: text, whole number, true/false, list of text, or a mapping of labels (`{ key: value }` -> `[{ key, value }]`). */
    readonly kind: 'str' | 'int' | 'bool' | 'strList' | 'labels';
    /** Smallest whole number. */
    readonly min?: number;
    /** Largest whole number. */
    readonly max?: number;
    /** Allowed text values. */
    readonly values?: readonly string[];
    /** What the setting does (the schema's description, shown by editors). */
    readonly description?: string;
}
/**
 * The JSON Schema of a backend settings file: the table's fields plus the mappings the caller
 * reads itself (`extra`, whose keys are the `extraKeys` of `readConfig`).
 */
export declare function configSchema(title: string, description: string, fields: ConfigField[], extra: {
    [key: string]: JsonSchema;
}, required?: string[]): JsonSchema;
/** A config file being read: its source, its data, and the reader collecting problems. */
export interface ConfigReading {
    readonly source: YamlSource;
    readonly data: any;
    readonly reader: FieldReader;
    /** The fields read from the table, by property name (undefined ones left out). */
    readonly props: Record<string, unknown>;
    /** The top-level keys the file may have. */
    readonly keys: string[];
}
/**
 * Reads a config file's fields from a table. `extraKeys` are the keys the caller reads itself
 * (mappings, lists of objects). Call `finishConfig` when done.
 */
export declare function readConfig(file: string, what: string, fields: ConfigField[], extraKeys?: string[]): ConfigReading;
/** Reads the fields of a table out of one mapping. */
export declare function readFields(r: FieldReader, obj: any, fields: ConfigField[], p: YamlPath): Record<string, unknown>;
/** Turns unknown-key warnings into errors and throws every problem at once (after the schema's shape check, when given). */
export declare function finishConfig(c: ConfigReading, what: string, schema?: JsonSchema): void;
