import { Construct } from 'constructs';
import { KubernetesPermitEnvironment, KubernetesPermitOptions } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { TerraformStack } from '../../constructs/terraform/cdktf';
import { PermitAuditRecord, PermitPlan, PermitProps } from '../../workspaces/permit';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';
/**
 * Properties of a permit's Terraform stack on Kubernetes.
 */
export interface KubernetesPermitStackProps extends KubernetesPermitOptions {
    /**
     * Where Terraform keeps this stack's state (it holds the generated passwords and keys).
     * @default - a local state file, with a warning at synthesis
     */
    readonly stateBackend?: TerraformStateBackend;
    /** The permit, at the status to build (with the previous status and the event id). */
    readonly permit: PermitProps;
    /**
     * User registry the workspace accounts take their uids from.
     * @default - uids from the permit, else stable ids derived from the names
     */
    readonly registry?: UserRegistry;
    /**
     * Time recorded in the audit record (ISO 8601).
     * @default - the time of synthesis
     */
    readonly auditTimestamp?: string;
    /**
     * Default of the `kube_config_path` variable (the kubeconfig the provider reads).
     * @default "~/.kube/config"
     */
    readonly kubeConfigPath?: string;
    /**
     * Default of the `kube_context` variable.
     * @default - the kubeconfig's current context
     */
    readonly kubeContext?: string;
}
/**
 * A permit's Terraform stack on Kubernetes, named `permit-<id>`: the kubernetes provider (its
 * kubeconfig path and context are the variables `kube_config_path` and `kube_context`), the
 * `KubernetesPermitEnvironment` of the permit's current phase, the outputs a Guacamole gateway
 * needs, and an audit record (`audit.json`) written beside `cdk.tf.json` at synthesis.
 *
 * A pipeline re-synthesizes the stack on every permit event (status, previous status, event
 * id) and runs `terraform apply` on it with the permit's state.
 *
 * Outputs: `permit_status`, `workspace_status` (role -> running/stopped), `workspaces`
 * (role -> protocol, host, port, state, usernames), `connections` (sensitive: one entry per
 * account with its password), and while the airlock exists `airlock_host_key_fingerprint`
 * and `airlock_external_address`.
 */
export declare class KubernetesPermitStack extends TerraformStack {
    /** The stack name of a permit: `permit-<id>`. */
    static stackNameOf(permitId: string): string;
    /** The plan of this phase. */
    readonly plan: PermitPlan;
    /** The permit's resources. */
    readonly environment: KubernetesPermitEnvironment;
    /**
     * The audit record (its timestamp fixed when the stack is created). `resources` and
     * `protectedResources` are empty here: they are filled from the synthesized configuration
     * in `audit.json`.
     */
    readonly auditRecord: PermitAuditRecord;
    /**
     * @param scope the app
     * @param id the stack name: must be `permit-<id>` (`KubernetesPermitStack.stackNameOf(permit.id)`)
     * @param props the permit and the environment's options
     */
    constructor(scope: Construct, id: string, props: KubernetesPermitStackProps);
    /**
     * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
     * configuration that may hold tokens (the same effects, such as cross-stack references, for
     * a fraction of the time).
     */
    prepareStack(): void;
    /**
     * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
     * resolved (the same JSON for a fraction of the time).
     */
    toTerraform(): any;
}
