/**
 * JSON Schemas of the model's files: templates, the users registry, the policy and the permit.
 * Built from the model's enums on first use (see json-schema.ts). The loaders take their key
 * lists from these schemas; `scripts/generate-schemas.ts` writes them to `schemas/`.
 */
import { JsonSchema } from './json-schema';
/** A workspace size (`M`, `GPU-S`; the loaders read `m`, `gpu_s` too). */
export declare function sizeSchema(description: string): JsonSchema;
/** A Prism-compatible template (`templates/*.yml`). */
export declare const templateSchema: () => JsonSchema;
/** The research users registry (`users.yaml`). */
export declare const registrySchema: () => JsonSchema;
/** The workspace policy (`policy.yaml`). */
export declare const policySchema: () => JsonSchema;
/** A data permit (`rws permit plan|synth --permit permit.yaml`). */
export declare const permitSchema: () => JsonSchema;
