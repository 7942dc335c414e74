/**
 * Every JSON Schema the package ships (`schemas/<kind>.schema.json`), by the kind of file it
 * describes. `scripts/generate-schemas.ts` writes them; test/schemas/ checks that the files are
 * up to date, compile in ajv's strict mode, and accept every example and bundled template.
 */
import * as path from 'path';
import { awsPermitSettingsSchema } from './permit-synth-aws';
import { kubernetesPermitSettingsSchema } from './permit-synth-kubernetes';
import { proxmoxPermitSettingsSchema } from './permit-synth-proxmox';
import { awsLabSchema } from '../constructs/private/lab-schema';
import { kubernetesLabSchema, proxmoxLabSchema } from '../private/lab-schemas';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
import { permitSchema, policySchema, registrySchema, templateSchema } from '../workspaces/private/schemas/model';

/** The kinds of file a user writes. */
export type SchemaKind = 'template' | 'users' | 'policy' | 'permit' | 'lab' | 'kubernetes-lab' | 'proxmox-lab'
  | 'permit-settings-aws' | 'permit-settings-kubernetes' | 'permit-settings-proxmox';

/** The schema of each kind, built from the model. */
export const FILE_SCHEMAS: Readonly<Record<SchemaKind, () => JsonSchema>> = {
  'template': templateSchema,
  'users': registrySchema,
  'policy': policySchema,
  'permit': permitSchema,
  'lab': awsLabSchema,
  'kubernetes-lab': kubernetesLabSchema,
  'proxmox-lab': proxmoxLabSchema,
  'permit-settings-aws': awsPermitSettingsSchema,
  'permit-settings-kubernetes': kubernetesPermitSettingsSchema,
  'permit-settings-proxmox': proxmoxPermitSettingsSchema,
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
