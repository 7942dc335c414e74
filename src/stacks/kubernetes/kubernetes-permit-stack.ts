import { Construct } from 'constructs';
import { KubernetesPermitEnvironment, KubernetesPermitOptions } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { kubernetesProviderWithVariables } from '../../constructs/kubernetes/private/provider';
import { TerraformOutput, TerraformStack } from '../../constructs/terraform/cdktf';
import { addTerraformEgressAudit } from '../../constructs/terraform/egress-audit-hooks';
import { writeAuditRecordOnSynth } from '../../constructs/terraform/permit-audit-writer';
import { sanitizeLabelValue } from '../../constructs/terraform/permit-common';
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
export class KubernetesPermitStack extends TerraformStack {
  /** The stack name of a permit: `permit-<id>`. */
  public static stackNameOf(permitId: string): string {
    return permitStackName(permitId);
  }

  /** The plan of this phase. */
  public readonly plan: PermitPlan;
  /** The permit's resources. */
  public readonly environment: KubernetesPermitEnvironment;
  /**
   * The audit record (its timestamp fixed when the stack is created). `resources` and
   * `protectedResources` are empty here: they are filled from the synthesized configuration
   * in `audit.json`.
   */
  public readonly auditRecord: PermitAuditRecord;

  /**
   * @param scope the app
   * @param id the stack name: must be `permit-<id>` (`KubernetesPermitStack.stackNameOf(permit.id)`)
   * @param props the permit and the environment's options
   */
  constructor(scope: Construct, id: string, props: KubernetesPermitStackProps) {
    super(scope, id);
    // cdktf's token stack traces are not formatted while the kit builds the stack (token-traces.ts).
    const traces = pauseTokenTraces();
    try {
      checkKnownProps(this, 'KubernetesPermitStackProps', props);
      applyStateBackend(this, props.stateBackend);
      addTerraformEgressAudit(this, 'kubernetes');
      const plan = PermitLifecycle.plan(props.permit, props.registry);
      checkPermitStackName(id, plan.permitId, 'KubernetesPermitStack', 'finds the same Terraform state', this.node.path);
      this.plan = plan;

      kubernetesProviderWithVariables(this, props.kubeConfigPath, props.kubeContext);

      this.environment = new KubernetesPermitEnvironment(this, 'permit', knownPropsOnly('KubernetesPermitEnvironmentProps', { ...props, plan }));
      const env = this.environment;

      addPermitConnectionOutputs(this, plan, env.connections, env.airlockHostKeyFingerprint);
      if (env.airlockExternalAddress) {
        new TerraformOutput(this, 'airlock_external_address', { value: env.airlockExternalAddress, description: 'Address of the airlock\'s load balancer' });
      }

      this.auditRecord = PermitLifecycle.auditRecord(plan, 'kubernetes', id, sanitizeLabelValue(plan.eventId), props.auditTimestamp);
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
