import { JsonSchema } from '../../workspaces/private/schemas/json-schema';
/**
 * The settings only an AWS lab has. A lab file gives them under `aws:` (the one lab model: the
 * shared fields at the top, each backend's own in its section) or, as lab files written before
 * the sections did, at the top level; not both.
 */
export declare const awsSettingsFields: () => Record<string, JsonSchema>;
/** An AWS lab file (`LabStack.fromFile`, `rws lab synth`). */
export declare const awsLabSchema: () => JsonSchema;
