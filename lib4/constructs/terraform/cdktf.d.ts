/**
 * The one place this library imports CDK for Terraform core from.
 *
 * cdktf 0.21 is the last HashiCorp release (the repository is archived). Its maintained fork,
 * cdktn, is API-compatible: moving to it is a change of this line (and of the peer dependency),
 * nothing else. Our own bindings (the generated bpg/proxmox bindings in `src/constructs/proxmox/generated/`
 * and the random/tls wrappers) import core through this module too; the prebuilt
 * @cdktf/provider-kubernetes imports it by package name, which an npm alias
 * (`"cdktf": "npm:cdktn@..."`) points at the fork.
 */
export * from 'cdktf';
/** The package the line above imports (token-traces.ts reaches one private module of it by name). */
export declare const CDKTF_PACKAGE = "cdktf";
