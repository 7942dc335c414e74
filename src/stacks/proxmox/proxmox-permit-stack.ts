import { Construct } from 'constructs';
import { proxmoxProviderWithVariables, proxmoxTag } from '../../constructs/proxmox/private/support';
import { ProxmoxApiSettings } from '../../constructs/proxmox/proxmox-cluster';
import { ProxmoxPermitEnvironment, ProxmoxPermitOptions } from '../../constructs/proxmox/proxmox-permit-environment';
import { ProxmoxReleaseReview } from '../../constructs/proxmox/proxmox-release-review';
import { TerraformOutput, TerraformStack } from '../../constructs/terraform/cdktf';
import { addTerraformEgressAudit } from '../../constructs/terraform/egress-audit-hooks';
import { writeAuditRecordOnSynth } from '../../constructs/terraform/permit-audit-writer';
import { addPermitConnectionOutputs } from '../../constructs/terraform/permit-outputs';
import { prepareStackTokens, renderStackTokens } from '../../constructs/terraform/prepare';
import { applyStateBackend } from '../../constructs/terraform/state-backend';
import { pauseTokenTraces } from '../../constructs/terraform/token-traces';
import { checkKnownProps, knownPropsOnly } from '../../private/known-props';
import { checkPermitStackName, permitStackName } from '../../private/permit-stack-name';
import { PermitAuditRecord, PermitLifecycle, PermitPlan, PermitProps } from '../../workspaces/permit';
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
export class ProxmoxPermitStack extends TerraformStack {
  /** The stack name of a permit: `permit-<id>`. */
  public static stackNameOf(permitId: string): string {
    return permitStackName(permitId);
  }

  /** The plan of this phase. */
  public readonly plan: PermitPlan;
  /** The permit's resources. */
  public readonly environment: ProxmoxPermitEnvironment;
  /** The audit record written at synthesis (timestamp fixed when the stack is created). */
  public readonly auditRecord: PermitAuditRecord;
  /** The review VM of each of `releaseReviews`. */
  public readonly releaseReviews: ProxmoxReleaseReview[];

  /**
   * @param scope the app
   * @param id the stack name: must be `permit-<id>` (`ProxmoxPermitStack.stackNameOf(permit.id)`)
   * @param props the permit and the environment's options
   */
  constructor(scope: Construct, id: string, props: ProxmoxPermitStackProps) {
    super(scope, id);
    // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
    const traces = pauseTokenTraces();
    try {
      checkKnownProps(this, 'ProxmoxPermitStackProps', props);
      applyStateBackend(this, props.stateBackend);
      addTerraformEgressAudit(this, 'proxmox');
      const plan = PermitLifecycle.plan(props.permit, props.registry);
      checkPermitStackName(id, plan.permitId, 'ProxmoxPermitStack', 'finds the same Terraform state', this.node.path);
      this.plan = plan;
      proxmoxProviderWithVariables(this, props.api ?? {});
      this.environment = new ProxmoxPermitEnvironment(this, 'permit', knownPropsOnly('ProxmoxPermitEnvironmentProps', { ...props, plan }));
      const env = this.environment;

      addPermitConnectionOutputs(this, plan, env.connections, env.airlockHostKeyFingerprint, () => {
        new TerraformOutput(this, 'addresses', { value: env.addresses, description: 'Fixed address of every machine role of the permit' });
      });
      this.releaseReviews = (props.releaseReviews ?? []).map((r) => new ProxmoxReleaseReview(this, `review-${r.requestId}`, { environment: env, requestId: r.requestId }));
      if (this.releaseReviews.length) {
        new TerraformOutput(this, 'release_review_connections', {
          value: this.releaseReviews.flatMap((r) => r.connections),
          sensitive: true,
          description: 'One RDP connection per reviewer of each release review VM (with the password), for the remote-desktop gateway',
        });
      }

      this.auditRecord = PermitLifecycle.auditRecord(plan, 'proxmox', id, proxmoxTag(`event-${plan.eventId}`), props.auditTimestamp);
      writeAuditRecordOnSynth(this, this.auditRecord);
    } finally {
      traces.resume();
    }
  }

  /**
   * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
   * configuration that may hold tokens (the same effects, such as cross-stack references, for
   * a fraction of the time).
   */
  public prepareStack(): void {
    prepareStackTokens(this);
  }

  /**
   * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
   * resolved (the same JSON for a fraction of the time).
   */
  public toTerraform(): any {
    return renderStackTokens(this);
  }
}
