import { Construct } from 'constructs';
import { ProxmoxApiSettings } from '../../constructs/proxmox/proxmox-cluster';
import { ProxmoxPermitEnvironment, ProxmoxPermitOptions } from '../../constructs/proxmox/proxmox-permit-environment';
import { ProxmoxReleaseReview } from '../../constructs/proxmox/proxmox-release-review';
import { TerraformStack } from '../../constructs/terraform/cdktf';
import { PermitAuditRecord, PermitPlan, PermitProps } from '../../workspaces/permit';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';
/**
 * Properties of a permit's Terraform stack on Proxmox VE.
 */
export interface ProxmoxPermitStackProps extends ProxmoxPermitOptions {
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
     * How Terraform reaches the Proxmox VE API.
     * @default - endpoint and token from PROXMOX_VE_ENDPOINT / PROXMOX_VE_API_TOKEN, SSH as root
     */
    readonly api?: ProxmoxApiSettings;
}
/**
 * A permit's Terraform stack on Proxmox VE, named `permit-<id>`: the bpg/proxmox provider
 * (configured by variables), the `ProxmoxPermitEnvironment` of the permit's current phase,
 * the outputs a Guacamole gateway needs, and an audit record (`audit.json`) written beside
 * `cdk.tf.json` at synthesis.
 *
 * A pipeline re-synthesizes the stack on every permit event (status, previous status, event
 * id) and runs `terraform apply` on it with the permit's state.
 *
 * Outputs: `permit_status`, `workspace_status` (role -> running/stopped), `addresses` (machine
 * -> IP), `workspaces` (role -> protocol, host, port, state, usernames), `connections`
 * (sensitive: one entry per account with its password), and while the airlock exists
 * `airlock_host_key_fingerprint`.
 */
export declare class ProxmoxPermitStack extends TerraformStack {
    /** The stack name of a permit: `permit-<id>`. */
    static stackNameOf(permitId: string): string;
    /** The plan of this phase. */
    readonly plan: PermitPlan;
    /** The permit's resources. */
    readonly environment: ProxmoxPermitEnvironment;
    /** The audit record written at synthesis (timestamp fixed when the stack is created). */
    readonly auditRecord: PermitAuditRecord;
    /** The review VM of each of `releaseReviews`. */
    readonly releaseReviews: ProxmoxReleaseReview[];
    /**
     * @param scope the app
     * @param id the stack name: must be `permit-<id>` (`ProxmoxPermitStack.stackNameOf(permit.id)`)
     * @param props the permit and the environment's options
     */
    constructor(scope: Construct, id: string, props: ProxmoxPermitStackProps);
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
