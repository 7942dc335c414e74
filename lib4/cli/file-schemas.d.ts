import { SchemaKind } from './schema-files';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
/** The schema of each kind, built from the model. */
export declare const FILE_SCHEMAS: Readonly<Record<SchemaKind, () => JsonSchema>>;
/** The text of a kind's schema file, as the generator writes it (two-space JSON, final newline). */
export declare function schemaText(kind: SchemaKind): string;
