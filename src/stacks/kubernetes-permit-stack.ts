import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
import { KubernetesPermitEnvironment, KubernetesPermitOptions } from '../constructs/kubernetes-permit-workspace';
import { TerraformOutput, TerraformStack, TerraformVariable } from '../private/cdktf';
import { sanitizeLabelValue } from '../private/kubernetes-permit';
import { writeAuditRecordOnSynth } from '../private/permit-audit-writer';
import { PermitAuditRecord, PermitLifecycle, PermitPlan, PermitProps } from '../workspaces/permit';
import { fail } from '../workspaces/private/error';
import { UserRegistry } from '../workspaces/users';

/**
 * Properties of a permit's Terraform stack on Kubernetes.
 */
export interface KubernetesPermitStackProps extends KubernetesPermitOptions {
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
    return `permit-${permitId}`;
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
    const plan = PermitLifecycle.plan(props.permit, props.registry);
    const expected = KubernetesPermitStack.stackNameOf(plan.permitId);
    if (id !== expected) {
      fail({
        code: 'invalid-stack-name',
        message: 'a permit stack is named after its permit, so that every event finds the same Terraform state',
        field: 'id',
        value: id,
        fix: `use "${expected}" (KubernetesPermitStack.stackNameOf(permit.id))`,
        location: { file: `construct ${this.node.path}` },
      });
    }
    this.plan = plan;

    const configPath = new TerraformVariable(this, 'kube_config_path', {
      type: 'string',
      default: props.kubeConfigPath ?? '~/.kube/config',
      description: 'Path of the kubeconfig the kubernetes provider uses',
    });
    const context = new TerraformVariable(this, 'kube_context', {
      type: 'string',
      default: props.kubeContext,
      nullable: true,
      description: 'kubeconfig context (null: the current context)',
    });
    // Optional with no value: cdktf cannot write a null default, Terraform needs one.
    if (props.kubeContext === undefined) context.addOverride('default', null);
    new KubernetesProvider(this, 'kubernetes', {
      configPath: configPath.stringValue,
      configContext: context.stringValue,
    });

    this.environment = new KubernetesPermitEnvironment(this, 'permit', { ...props, plan });
    const env = this.environment;

    new TerraformOutput(this, 'permit_status', { value: plan.status, description: 'Status this configuration was built for' });
    const byRole = new Map<string, { protocol: string; host: string; port: number; state: string; usernames: string[] }>();
    for (const c of env.connections) {
      const entry = byRole.get(c.workspace) ?? { protocol: c.protocol, host: c.host, port: c.port, state: c.state, usernames: [] };
      entry.usernames.push(c.username);
      byRole.set(c.workspace, entry);
    }
    new TerraformOutput(this, 'workspace_status', {
      value: Object.fromEntries(plan.workspaces.map((w) => [w.role, w.state])),
      description: 'Each workspace of this phase: running or stopped',
    });
    new TerraformOutput(this, 'workspaces', {
      value: Object.fromEntries(byRole),
      description: 'Connection details without passwords, per workspace',
    });
    new TerraformOutput(this, 'connections', {
      value: env.connections.map((c) => ({
        workspace: c.workspace, state: c.state, protocol: c.protocol, host: c.host, port: c.port, username: c.username, password: c.password,
      })),
      sensitive: true,
      description: 'What the Guacamole gateway (or a data holder) needs per account, passwords included',
    });
    if (env.airlockHostKeyFingerprint) {
      new TerraformOutput(this, 'airlock_host_key_fingerprint', { value: env.airlockHostKeyFingerprint, description: 'SHA-256 fingerprint of the airlock\'s SSH host key' });
    }
    if (env.airlockExternalAddress) {
      new TerraformOutput(this, 'airlock_external_address', { value: env.airlockExternalAddress, description: 'Address of the airlock\'s load balancer' });
    }

    this.auditRecord = PermitLifecycle.auditRecord(plan, 'kubernetes', id, sanitizeLabelValue(plan.eventId), props.auditTimestamp);
    writeAuditRecordOnSynth(this, this.auditRecord);
  }
}
