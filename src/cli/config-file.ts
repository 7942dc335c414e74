import { FieldReader } from '../workspaces/private/fields';
import { bool, fileSchema, int, JsonSchema, obj as mapping, oneOf, text, textList, textMap } from '../workspaces/private/schemas/json-schema';
import { checkShape } from '../workspaces/private/schemas/shape';
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

/** The JSON Schema of one config field. */
function fieldSchema(f: ConfigField): JsonSchema {
  const description = f.description ?? `${f.prop} of the permit stack (see API.md).`;
  switch (f.kind) {
    case 'str': return f.values ? oneOf(description, f.values) : text(description);
    case 'int': return int(description, f.min, f.max);
    case 'bool': return bool(description);
    case 'strList': return textList(description);
    case 'labels': return textMap(description);
  }
}

/**
 * The JSON Schema of a backend settings file: the table's fields plus the mappings the caller
 * reads itself (`extra`, whose keys are the `extraKeys` of `readConfig`).
 */
export function configSchema(
  title: string, description: string, fields: ConfigField[], extra: { [key: string]: JsonSchema }, required: string[] = [],
): JsonSchema {
  const properties: { [key: string]: JsonSchema } = {};
  for (const f of fields) properties[f.key] = fieldSchema(f);
  return fileSchema(title, mapping(description, { ...properties, ...extra }, required));
}

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
export function readConfig(file: string, what: string, fields: ConfigField[], extraKeys: string[] = []): ConfigReading {
  const source = YamlSource.fromFile(file, 'config');
  const reader = new FieldReader(source, source.file);
  const data: any = source.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    reader.expect([], data, `a mapping of ${what} settings (key: value lines)`);
    reader.throwIfErrors('');
  }
  const keys = [...fields.map((f) => f.key), ...extraKeys];
  reader.unknownKeys(data, new Set(keys), []);
  const props = readFields(reader, data, fields, []);
  return { source, data, reader, props, keys };
}

/** Reads the fields of a table out of one mapping. */
export function readFields(r: FieldReader, obj: any, fields: ConfigField[], p: YamlPath): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const f of fields) {
    let v: unknown;
    switch (f.kind) {
      case 'str':
        v = r.str(obj, f.key, p);
        if (v !== undefined && f.values && !f.values.includes(v as string)) {
          r.error([...p, f.key], 'invalid-value', `unknown value of ${f.key}`, v, `use one of ${f.values.join(', ')}`);
          v = undefined;
        }
        break;
      case 'int':
        v = r.int(obj, f.key, p, { min: f.min, max: f.max });
        break;
      case 'bool':
        v = r.bool(obj, f.key, p);
        break;
      case 'strList':
        v = r.strList(obj, f.key, p);
        break;
      case 'labels': {
        const m = r.stringMap(obj, f.key, p);
        v = m === undefined ? undefined : Object.entries(m).map(([key, value]) => ({ key, value }));
        break;
      }
    }
    if (v !== undefined) props[f.prop] = v;
  }
  return props;
}

/** Turns unknown-key warnings into errors and throws every problem at once (after the schema's shape check, when given). */
export function finishConfig(c: ConfigReading, what: string, schema?: JsonSchema): void {
  const r = c.reader;
  if (schema) checkShape(r, schema, c.data);
  for (const w of r.warnings.splice(0)) {
    const fix = w.fix?.startsWith('did you mean') ? w.fix
      : !w.field?.includes('.') ? `remove it; the ${what} settings are ${[...c.keys].sort().join(', ')}` : 'remove it, or check the spelling (docs/cli.md lists the keys)';
    r.errors.push({ ...w, severity: 'error' as any, message: `${w.message}; a misspelled setting would silently not apply`, fix });
  }
  r.throwIfErrors(`${c.source.file}: ${r.errors.length} problems in the ${what} settings`);
}
