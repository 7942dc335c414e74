import * as fs from 'fs';
import * as path from 'path';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Construct } from 'constructs';
import { KubernetesPermitEnvironment, KubernetesPermitOptions } from '../constructs/kubernetes-permit-workspace';
import { IStackSynthesizer, ISynthesisSession, TerraformOutput, TerraformStack, TerraformVariable } from '../private/cdktf';
import { sanitizeLabelValue } from '../private/kubernetes-permit';
import { PermitLifecycle, PermitPlan, PermitProps, PlannedChange } from '../workspaces/permit';
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
 * One line of the audit record: what the event does to a workspace or volume.
 */
export interface KubernetesPermitAuditChange {
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
export interface KubernetesPermitAuditRecord {
  /** Format version of the record. */
  readonly recordVersion: number;
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
  /** The event id as written into the `event-id` label of every object. */
  readonly eventIdLabel: string;
  /** Whether the event repeats the current status (nothing changes). */
  readonly replay: boolean;
  /** When the record was made (ISO 8601). */
  readonly timestamp: string;
  /** What changes, from the plan. */
  readonly changes: KubernetesPermitAuditChange[];
  /** Terraform addresses of every resource in the stack. */
  readonly resources: string[];
  /** Terraform addresses of the resources with `prevent_destroy`. */
  readonly protectedResources: string[];
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
  public readonly auditRecord: KubernetesPermitAuditRecord;

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

    const record = {
      recordVersion: 1,
      permitId: plan.permitId,
      stack: id,
      status: plan.status,
      ...(plan.previousStatus ? { previousStatus: plan.previousStatus } : {}),
      eventId: plan.eventId,
      eventIdLabel: sanitizeLabelValue(plan.eventId),
      replay: plan.replay,
      timestamp: props.auditTimestamp ?? new Date().toISOString(),
      changes: plan.changes.map((c: PlannedChange) => ({ subject: c.subject, name: c.name, change: c.change, detail: c.detail })),
      resources: [] as string[],
      protectedResources: [] as string[],
    };
    this.auditRecord = record;
    this.synthesizer = new AuditWriter(this, this.synthesizer, record);
  }
}

/** Writes `audit.json` beside `cdk.tf.json`, with the resources actually synthesized. */
class AuditWriter implements IStackSynthesizer {
  constructor(
    private readonly stack: TerraformStack,
    private readonly inner: IStackSynthesizer,
    private readonly record: KubernetesPermitAuditRecord,
  ) {}

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
