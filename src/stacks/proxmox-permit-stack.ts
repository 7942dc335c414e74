import * as fs from 'fs';
import * as path from 'path';
import { Construct } from 'constructs';
import { ProxmoxApiSettings } from '../constructs/proxmox-cluster';
import { ProxmoxPermitEnvironment, ProxmoxPermitOptions } from '../constructs/proxmox-permit-environment';
import { IStackSynthesizer, ISynthesisSession, TerraformOutput, TerraformStack } from '../private/cdktf';
import { proxmoxProviderWithVariables, proxmoxTag } from '../private/proxmox-support';
import { PermitLifecycle, PermitPlan, PermitProps } from '../workspaces/permit';
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
 * One line of the audit record: what the event does to a workspace or volume.
 */
export interface ProxmoxPermitAuditChange {
  /** `workspace` or `volume`. */
  readonly subject: string;
  /** Workspace role or volume name. */
  readonly name: string;
  /** created, stopped, restarted, destroyed, reconfigured, unchanged or retained. */
  readonly change: string;
  /** Human detail. */
  readonly detail: string;
}

/**
 * The audit record the stack writes beside its Terraform configuration (`audit.json`).
 */
export interface ProxmoxPermitAuditRecord {
  /** Format version of the record. */
  readonly recordVersion: number;
  /** Backend: `proxmox`. */
  readonly backend: string;
  /** Permit id. */
  readonly permitId: string;
  /** Stack (and Terraform working directory) name: `permit-<id>`. */
  readonly stack: string;
  /** Status built. */
  readonly status: string;
  /**
   * Status before the event.
   * @default - none
   */
  readonly previousStatus?: string;
  /** Id of the triggering event, exactly as given. */
  readonly eventId: string;
  /** The event id as written into the `event-*` tag of every VM. */
  readonly eventIdTag: string;
  /** Whether the event repeats the current status (nothing changes). */
  readonly replay: boolean;
  /** When the record was made (ISO 8601). */
  readonly timestamp: string;
  /** What changes, from the plan. */
  readonly changes: ProxmoxPermitAuditChange[];
  /** Terraform addresses of every resource in the stack. */
  readonly resources: string[];
  /** Terraform addresses of the resources with `prevent_destroy`. */
  readonly protectedResources: string[];
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
  public readonly auditRecord: ProxmoxPermitAuditRecord;

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

    this.auditRecord = {
      recordVersion: 1,
      backend: 'proxmox',
      permitId: plan.permitId,
      stack: id,
      status: plan.status,
      ...(plan.previousStatus ? { previousStatus: plan.previousStatus } : {}),
      eventId: plan.eventId,
      eventIdTag: proxmoxTag(`event-${plan.eventId}`),
      replay: plan.replay,
      timestamp: props.auditTimestamp ?? new Date().toISOString(),
      changes: plan.changes.map((c) => ({ subject: c.subject, name: c.name, change: c.change, detail: c.detail })),
      resources: [],
      protectedResources: [],
    };
    this.synthesizer = new AuditWriter(this, this.synthesizer, this.auditRecord);
  }
}

/** Writes `audit.json` beside `cdk.tf.json`, with the resources actually synthesized. */
class AuditWriter implements IStackSynthesizer {
  constructor(private readonly stack: TerraformStack, private readonly inner: IStackSynthesizer, private readonly record: ProxmoxPermitAuditRecord) {}

  public synthesize(session: ISynthesisSession): void {
    this.inner.synthesize(session);
    const manifest = session.manifest.forStack(this.stack);
    const config = JSON.parse(fs.readFileSync(path.join(session.outdir, manifest.synthesizedStackPath), 'utf8'));
    const resources: string[] = [];
    const protectedResources: string[] = [];
    for (const [type, byName] of Object.entries<Record<string, any>>(config.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) {
        resources.push(`${type}.${name}`);
        if (body?.lifecycle?.prevent_destroy) protectedResources.push(`${type}.${name}`);
      }
    }
    const record = { ...this.record, resources: resources.sort(), protectedResources: protectedResources.sort() };
    fs.writeFileSync(path.join(session.outdir, manifest.workingDirectory, 'audit.json'), `${JSON.stringify(record, null, 2)}\n`);
  }
}
