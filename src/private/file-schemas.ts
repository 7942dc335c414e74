/**
 * Every JSON Schema the package ships (`schemas/<kind>.schema.json`), by the kind of file it
 * describes. `scripts/generate-schemas.ts` writes them; test/schemas/ checks that the files are
 * up to date, compile in ajv's strict mode, and accept every example and bundled template.
 */
import * as path from 'path';
import { kubernetesLabSchema, proxmoxLabSchema } from './lab-schemas';
import { awsLabSchema } from '../constructs/private/lab-schema';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
import { permitSchema, policySchema, registrySchema, templateSchema } from '../workspaces/private/schemas/model';

/** The kinds of file a user writes. */
export type SchemaKind = 'template' | 'users' | 'policy' | 'permit' | 'lab' | 'kubernetes-lab' | 'proxmox-lab';

/** The schema of each kind, built from the model. */
export const FILE_SCHEMAS: Readonly<Record<SchemaKind, () => JsonSchema>> = {
  'template': templateSchema,
  'users': registrySchema,
  'policy': policySchema,
  'permit': permitSchema,
  'lab': awsLabSchema,
  'kubernetes-lab': kubernetesLabSchema,
  'proxmox-lab': proxmoxLabSchema,
};

/** The folder of the generated schemas in the package (beside `lib/` and `templates/`). */
export const SCHEMAS_DIR = path.join(__dirname, '..', '..', 'schemas');

/** The file name of a kind's schema: `lab.schema.json`. */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

/** The absolute path of a kind's schema file in the installed package. */
export function schemaPath(kind: SchemaKind): string {
  return path.join(SCHEMAS_DIR, schemaFileName(kind));
}

/** The text of a kind's schema file, as the generator writes it (two-space JSON, final newline). */
export function schemaText(kind: SchemaKind): string {
  return `${JSON.stringify(FILE_SCHEMAS[kind](), null, 2)}\n`;
}
