import { ConfigField } from './config-file';
import type { PermitSynthRequest, PermitSynthResult } from './permit-synth';
import { KubernetesPermitOptions } from '../constructs/kubernetes/kubernetes-permit-workspace';
import { TerraformStateBackend } from '../stacks/terraform/terraform-state-backend';
/** The settings of `--config` for `--backend kubernetes`: KubernetesPermitStackProps in snake_case. */
export declare const KUBERNETES_FIELDS: ConfigField[];
/** The JSON Schema of the Kubernetes permit settings (`rws permit synth --backend kubernetes --config <file>`). */
export declare const kubernetesPermitSettingsSchema: () => import("../workspaces/private/schemas/json-schema").JsonSchema;
type KubernetesSettings = KubernetesPermitOptions & {
    kubeConfigPath?: string;
    kubeContext?: string;
    stateBackend?: TerraformStateBackend;
};
/** Reads `--config` for Kubernetes (every setting optional; `state_backend:` as in lab files). */
export declare function readKubernetesConfig(file: string): KubernetesSettings;
/** Reads the audit record cdktf stacks write beside cdk.tf.json. */
export declare function readTerraformAudit(stackDir: string): {
    resources: string[];
    protectedResources: string[];
};
/**
 * What `rws permit synth` reports for a synthesized Terraform permit stack: its files, the
 * resources and protected resources of its audit record, and the next command (`next` gets the
 * stack folder as shown).
 */
export declare function terraformPermitResult(outdir: string, stack: string, next: (dir: string) => string): PermitSynthResult;
/** The Terraform resource type of an address (`kubernetes_namespace_v1.permit_ns_1234` -> `kubernetes_namespace_v1`). */
export declare function terraformType(address: string): string;
/** Synthesizes `KubernetesPermitStack` into `<out>/stacks/permit-<id>/`. */
export declare function synthKubernetesPermit(req: PermitSynthRequest): PermitSynthResult;
export {};
