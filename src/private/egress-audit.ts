/**
 * What the egress audit at synthesis shares between backends (no aws-cdk-lib, no cdktf): the
 * mode and the text of a finding. The CDK plugin (src/stacks/aws/private/egress-audit-plugin.ts)
 * and the cdktf validation (src/constructs/terraform/egress-audit-hooks.ts) both use it.
 *
 * The context key `cdk-research-workspaces:egressAudit` chooses what a finding does:
 * `error` fails the synthesis, `warning` reports it, `off` skips the audit.
 */
import { IConstruct } from 'constructs';
import { Finding } from '../workspaces/audit/model';

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
