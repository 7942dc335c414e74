/**
 * The egress audit of the Terraform lab and permit stacks at synthesis: a cdktf validation
 * that audits the stack's Terraform JSON with the same analyzers as `rws audit`
 * (src/workspaces/audit/), on the output, not on props. The mode and the finding text are
 * src/private/egress-audit.ts (shared with the CDK plugin, src/stacks/aws/private/egress-audit-plugin.ts).
 */
import { IConstruct } from 'constructs';
import { pauseTokenTraces } from './token-traces';
import { egressAuditMode, findingText } from '../../private/egress-audit';
import { auditKubernetes } from '../../workspaces/audit/kubernetes';
import { findingsOf } from '../../workspaces/audit/model';
import { permitNetwork } from '../../workspaces/audit/permit-network';
import { auditProxmox } from '../../workspaces/audit/proxmox';
import type { IsolationDeclarations } from '../proxmox/private/isolation';

/**
 * The Proxmox isolation declarations, loaded on first use: they need cdktf, which the CDK plugin
 * (egress-audit-plugin.ts, loaded by every AWS lab and permit) must not load.
 */
function proxmoxIsolation(): typeof import('../proxmox/private/isolation') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../proxmox/private/isolation');
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
  const render = handOverRendering(stack);
  stack.node.addValidation({
    validate: () => {
      const json = render();
      const found = terraformEgressFindings(json, stack.node.id, kind, kind === 'proxmox' ? proxmoxIsolation().isolationDeclarationsOf(stack as any) : undefined);
      if (mode === 'error' && found.length) return found.map((f) => `egress audit: ${f}`);
      for (const f of found) process.stderr.write(`warning: egress audit: ${f}\n`);
      render.handOver(json);
      return [];
    },
  });
}

/**
 * cdktf's synthesizer renders a stack's JSON (every token resolved, the largest part of a
 * synthesis) right after running its validations, so the audit above and the file would render it
 * twice. The audit's rendering is handed to the stack's next `toTerraform()` instead, once, and
 * only while nothing can have changed: in the same synchronous run (the hand-over expires at the
 * next microtask; `app.synth()` is synchronous) and with the same constructs in the stack. Every
 * other call renders afresh. test/audit/synth-hooks.test.ts checks the written file is the same.
 */
function handOverRendering(stack: IConstruct & { toTerraform(): any }): (() => any) & { handOver(json: any): void } {
  const render: () => any = stack.toTerraform.bind(stack);
  // The tokens a rendering creates (dependencies, references) are untraced (token-traces.ts).
  const fresh = (): any => {
    const traces = pauseTokenTraces();
    try {
      return render();
    } finally {
      traces.resume();
    }
  };
  let kept: { json: any; constructs: number } | undefined;
  stack.toTerraform = () => {
    const k = kept;
    kept = undefined;
    return k && k.constructs === stack.node.findAll().length ? k.json : fresh();
  };
  return Object.assign(() => fresh(), {
    handOver: (json: any) => {
      kept = { json, constructs: stack.node.findAll().length };
      queueMicrotask(() => { kept = undefined; });
    },
  });
}
