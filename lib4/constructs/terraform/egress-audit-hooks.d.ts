/**
 * The egress audit of the Terraform lab and permit stacks at synthesis: a cdktf validation
 * that audits the stack's Terraform JSON with the same analyzers as `rws audit`
 * (src/workspaces/audit/), on the output, not on props. The mode and the finding text are
 * src/private/egress-audit.ts (shared with the CDK plugin, src/stacks/aws/private/egress-audit-plugin.ts).
 */
import { IConstruct } from 'constructs';
import type { IsolationDeclarations } from '../proxmox/private/isolation';
/**
 * The cdktf validation of a Terraform stack: audits `stack.toTerraform()` (what cdk.tf.json
 * will hold) and returns one message per finding. `kind` picks the analyzer.
 */
export declare function terraformEgressFindings(json: any, stackName: string, kind: 'kubernetes' | 'proxmox', proxmox?: IsolationDeclarations): string[];
/**
 * Adds the cdktf egress audit to a Terraform stack: a node validation that renders the stack's
 * JSON and audits it. In `error` mode a finding fails `app.synth()`; in `warning` mode the
 * findings are printed on stderr.
 */
export declare function addTerraformEgressAudit(stack: IConstruct & {
    toTerraform(): any;
}, kind: 'kubernetes' | 'proxmox'): void;
