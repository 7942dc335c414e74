/**
 * One permit's Kubernetes environment at a chosen status, synthesized to Terraform.
 *
 *   PERMIT_STATUS=ANALYSIS_ACTIVE PREVIOUS_STATUS=WORKSPACE_SETUP_REVIEW_PENDING EVENT_ID=evt-42 npx cdktf synth
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts --status permit.ingress.initiated --previous-status AWAITING_INGRESS
 *
 * Writes `cdktf.out/stacks/permit-<id>/cdk.tf.json` and `audit.json` beside it; then
 * `terraform -chdir=cdktf.out/stacks/permit-<id> apply` (with the permit's state) makes it so.
 * Variables: PERMIT_ID (default p-001), PERMIT_STATUS (a status or an event name; default
 * INGRESS_IN_PROGRESS), PREVIOUS_STATUS, EVENT_ID (default "manual"), AUDIT_TIMESTAMP; the
 * same as --permit-id, --status, --previous-status, --event-id, --timestamp, --outdir.
 */
import * as path from 'path';
import { App } from '../../src/constructs/terraform/cdktf';
import { KubernetesPermitStack } from '../../src';
import { examplePermit, PermitExampleOptions, resolvePermitExample, runPermitExample, TerraformPermitExampleResult } from '../permit-common';

/** What to synthesize. */
export type PermitKubernetesExampleOptions = PermitExampleOptions;

/** Result of a synthesis. */
export type PermitKubernetesExampleResult = TerraformPermitExampleResult;

export { examplePermit };

/**
 * Synthesizes one permit at one status (in-process, no cdktf CLI) and returns where it went.
 * The main synth script calls this.
 */
export function synthPermitKubernetes(options: PermitKubernetesExampleOptions = {}): PermitKubernetesExampleResult {
  const { permitId, status, previousStatus, eventId, timestamp, outdir } = resolvePermitExample(options, 'CDKTF_OUTDIR', path.join(__dirname, 'cdktf.out'));
  const app = new App({ outdir, skipValidation: false });
  const stackName = KubernetesPermitStack.stackNameOf(permitId);
  const stack = new KubernetesPermitStack(app, stackName, {
    permit: examplePermit(permitId, status, previousStatus, eventId),
    auditTimestamp: timestamp,
    storageClassName: 'standard',
    sharedStorageClassName: 'nfs-client',
  });
  app.synth();
  return { outdir, stackDir: path.join(outdir, 'stacks', stackName), stackName, plan: stack.plan };
}

if (require.main === module) {
  runPermitExample((o) => {
    const r = synthPermitKubernetes(o);
    return { ...r, written: r.stackDir };
  });
}
