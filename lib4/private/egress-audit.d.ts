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
export declare const EGRESS_AUDIT_CONTEXT = "cdk-research-workspaces:egressAudit";
/** What a finding does when the context does not say. */
export declare const DEFAULT_EGRESS_AUDIT: EgressAuditMode;
/** What a finding does. */
export type EgressAuditMode = 'error' | 'warning' | 'off';
/** The mode set in the context of a construct's tree. */
export declare function egressAuditMode(scope: IConstruct): EgressAuditMode;
/** One line per finding: workspace, what it reaches, the resource, the path and the fix. */
export declare function findingText(f: Finding): string;
