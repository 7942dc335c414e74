import { Construct } from 'constructs';
import { ProxmoxApiSettings } from '../constructs/proxmox-cluster';
import { ProxmoxPermitEnvironment, ProxmoxPermitOptions } from '../constructs/proxmox-permit-environment';
import { TerraformOutput, TerraformStack } from '../private/cdktf';
import { writeAuditRecordOnSynth } from '../private/permit-audit-writer';
import { proxmoxProviderWithVariables, proxmoxTag } from '../private/proxmox-support';
import { PermitAuditRecord, PermitLifecycle, PermitPlan, PermitProps } from '../workspaces/permit';
import { fail } from '../workspaces/private/error';
import { UserRegistry } from '../workspaces/users';

/**
 * Properties of a permit's Terraform stack on Proxmox VE.
 */
export interface ProxmoxPermitStackProps extends ProxmoxPermitOptions {
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
    return `permit-${permitId}`;
  }

  /** The plan of this phase. */
  public readonly plan: PermitPlan;
  /** The permit's resources. */
  public readonly environment: ProxmoxPermitEnvironment;
  /** The audit record written at synthesis (timestamp fixed when the stack is created). */
  public readonly auditRecord: PermitAuditRecord;

  /**
   * @param scope the app
   * @param id the stack name: must be `permit-<id>` (`ProxmoxPermitStack.stackNameOf(permit.id)`)
   * @param props the permit and the environment's options
   */
  constructor(scope: Construct, id: string, props: ProxmoxPermitStackProps) {
    super(scope, id);
    const plan = PermitLifecycle.plan(props.permit, props.registry);
    const expected = ProxmoxPermitStack.stackNameOf(plan.permitId);
    if (id !== expected) {
      fail({
        code: 'invalid-stack-name',
        message: 'a permit stack is named after its permit, so that every event finds the same Terraform state',
        field: 'id',
        value: id,
        fix: `use "${expected}" (ProxmoxPermitStack.stackNameOf(permit.id))`,
        location: { file: `construct ${this.node.path}` },
      });
    }
    this.plan = plan;
    proxmoxProviderWithVariables(this, props.api ?? {});
    this.environment = new ProxmoxPermitEnvironment(this, 'permit', { ...props, plan });
    const env = this.environment;

    new TerraformOutput(this, 'permit_status', { value: plan.status, description: 'Status this configuration was built for' });
    new TerraformOutput(this, 'workspace_status', {
      value: Object.fromEntries(plan.workspaces.map((w) => [w.role, w.state])),
      description: 'Each workspace of this phase: running or stopped',
    });
    new TerraformOutput(this, 'addresses', { value: env.addresses, description: 'Fixed address of every machine role of the permit' });
    const byRole = new Map<string, { protocol: string; host: string; port: number; state: string; usernames: string[] }>();
    for (const c of env.connections) {
      const entry = byRole.get(c.workspace) ?? { protocol: c.protocol, host: c.host, port: c.port, state: c.state, usernames: [] };
      entry.usernames.push(c.username);
      byRole.set(c.workspace, entry);
    }
    new TerraformOutput(this, 'workspaces', { value: Object.fromEntries(byRole), description: 'Connection details without passwords, per workspace' });
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

    this.auditRecord = PermitLifecycle.auditRecord(plan, 'proxmox', id, proxmoxTag(`event-${plan.eventId}`), props.auditTimestamp);
    writeAuditRecordOnSynth(this, this.auditRecord);
  }
}
