/**
 * The egress audit at synthesis (without aws-cdk-lib: the Terraform stacks load this): the
 * mode, the finding text, and the cdktf validation (Terraform lab and permit stacks)
 * that audits the stack's Terraform JSON. The CDK plugin is in egress-audit-plugin.ts. Both run the same analyzers as `rws audit`
 * (src/workspaces/audit/), on the output, not on props.
 *
 * The context key `cdk-research-workspaces:egressAudit` chooses what a finding does:
 * `error` fails the synthesis, `warning` reports it, `off` skips the audit.
 */
import { IConstruct } from 'constructs';
import type { IsolationDeclarations } from './proxmox-isolation';
import { auditKubernetes } from '../workspaces/audit/kubernetes';
import { Finding, findingsOf } from '../workspaces/audit/model';
import { permitNetwork } from '../workspaces/audit/permit-network';
import { auditProxmox } from '../workspaces/audit/proxmox';

/**
 * The Proxmox isolation declarations, loaded on first use: they need cdktf, which the CDK plugin
 * (egress-audit-plugin.ts, loaded by every AWS lab and permit) must not load.
 */
function proxmoxIsolation(): typeof import('./proxmox-isolation') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./proxmox-isolation');
}

/** The context key. */
export const EGRESS_AUDIT_CONTEXT = 'cdk-research-workspaces:egressAudit';

/** What a finding does when the context does not say. */
export const DEFAULT_EGRESS_AUDIT: EgressAuditMode = 'error';

/** What a finding does. */
export type EgressAuditMode = 'error' | 'warning' | 'off';

/** The mode set in the context of a construct's tree. */
export function egressAuditMode(scope: IConstruct): EgressAuditMode {
  const v = scope.node.tryGetContext(EGRESS_AUDIT_CONTEXT);
  if (v === undefined) return DEFAULT_EGRESS_AUDIT;
  if (v === 'error' || v === 'warning' || v === 'off') return v;
  throw new Error(`${scope.node.path}: context ${EGRESS_AUDIT_CONTEXT} is ${JSON.stringify(v)}; expected error, warning or off. Fix: set it in cdk.json or with --context`);
}

/** One line per finding: workspace, what it reaches, the resource, the path and the fix. */
export function findingText(f: Finding): string {
  return `${f.unit}: workspace ${f.workspace} (${f.mode}) reaches ${f.destination} through ${f.resource}: ${f.path}${f.fix ? `. Fix: ${f.fix}` : ''}`;
}

/**
 * The cdktf validation of a Terraform stack: audits `stack.toTerraform()` (what cdk.tf.json
 * will hold) and returns one message per finding. `kind` picks the analyzer.
 */
export function terraformEgressFindings(json: any, stackName: string, kind: 'kubernetes' | 'proxmox', proxmox?: IsolationDeclarations): string[] {
  const file = `${stackName}/cdk.tf.json`;
  const unit = kind === 'kubernetes'
    ? auditKubernetes(json, stackName, file, { permitNetwork })
    : auditProxmox(json, stackName, file, {
      permitNetwork,
      // What the Proxmox constructs declared (their own isolation check enforces it at synth):
      // who keeps the datacenter firewall on, and the resolvers that answer internal names only.
      datacenterFirewallElsewhere: proxmox?.datacenterFirewall === 'managed-elsewhere',
      internalResolvers: proxmox ? [...new Set(Object.values(proxmox.guests).flatMap((g) => g.resolvers ?? []))] : [],
    });
  return findingsOf([unit]).map(findingText);
}

/**
 * Adds the cdktf egress audit to a Terraform stack: a node validation that renders the stack's
 * JSON and audits it. In `error` mode a finding fails `app.synth()`; in `warning` mode the
 * findings are printed on stderr.
 */
export function addTerraformEgressAudit(stack: IConstruct & { toTerraform(): any }, kind: 'kubernetes' | 'proxmox'): void {
  const mode = egressAuditMode(stack);
  if (mode === 'off') return;
  stack.node.addValidation({
    validate: () => {
      const found = terraformEgressFindings(stack.toTerraform(), stack.node.id, kind, kind === 'proxmox' ? proxmoxIsolation().isolationDeclarationsOf(stack as any) : undefined);
      if (mode === 'error') return found.map((f) => `egress audit: ${f}`);
      for (const f of found) process.stderr.write(`warning: egress audit: ${f}\n`);
      return [];
    },
  });
}
