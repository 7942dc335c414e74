import { JsonSchema } from '../workspaces/private/schemas/json-schema';
/** `state_backend:` where Terraform keeps the state: exactly one of s3, kubernetes or local. */
export declare const stateBackendSchema: () => JsonSchema;
/** A Kubernetes lab file (`rws lab synth --backend kubernetes`). */
export declare const kubernetesLabSchema: () => JsonSchema;
/** `cluster:` of a Proxmox lab and of the Proxmox permit settings. */
export declare const proxmoxClusterSchema: () => JsonSchema;
/** `api:` how Terraform reaches the Proxmox VE API (the token is never in a file). */
export declare const proxmoxApiSchema: () => JsonSchema;
/** An image: a template VM or a downloaded url. */
export declare const proxmoxImageSchema: () => JsonSchema;
/**
 * The settings only a Proxmox lab has. A lab file gives them under `proxmox:` (the one lab model:
 * the shared fields at the top, each backend's own in its section) or, as lab files written
 * before the sections did, at the top level; not both.
 */
export declare const proxmoxSettingsFields: () => Record<string, JsonSchema>;
/** A Proxmox lab file (`rws lab synth --backend proxmox`). */
export declare const proxmoxLabSchema: () => JsonSchema;
