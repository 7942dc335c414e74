/**
 * Every JSON Schema the package ships (`schemas/<kind>.schema.json`, named in schema-files.ts), by
 * the kind of file it describes. `scripts/generate-schemas.ts` writes them; test/schemas/ checks
 * that the files are up to date, compile in ajv's strict mode, and accept every example, every
 * bundled template and every YAML example of the docs.
 */
import { serviceSettingsSchema, tokenFileSchema } from './permit-service/settings-schema';
import { awsPermitSettingsSchema } from './permit-synth-aws';
import { kubernetesPermitSettingsSchema } from './permit-synth-kubernetes';
import { proxmoxPermitSettingsSchema } from './permit-synth-proxmox';
import { SchemaKind } from './schema-files';
import { kubernetesLabSchema, proxmoxLabSchema } from '../private/lab-schemas';
import { institutionSchema } from '../stacks/aws/institution-file';
import { awsLabSchema } from '../stacks/aws/lab-schema';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
import { permitSchema, policySchema, registrySchema, templateSchema } from '../workspaces/private/schemas/model';

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
  'permit-service': serviceSettingsSchema,
  'permit-service-tokens': tokenFileSchema,
  'institution': institutionSchema,
};

/** The text of a kind's schema file, as the generator writes it (two-space JSON, final newline). */
export function schemaText(kind: SchemaKind): string {
  return `${JSON.stringify(FILE_SCHEMAS[kind](), null, 2)}\n`;
}

