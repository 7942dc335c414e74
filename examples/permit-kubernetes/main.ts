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
import * as fs from 'fs';
import * as path from 'path';
import { App } from '../../src/private/cdktf';
import { KubernetesPermitStack, PermitLifecycle, PermitPlan, PermitProps, PermitStatus } from '../../src';

/** What to synthesize. */
export interface PermitKubernetesExampleOptions {
  /** Permit id. Default: PERMIT_ID or "p-001". */
  readonly permitId?: string;
  /** Status or event name. Default: PERMIT_STATUS or INGRESS_IN_PROGRESS. */
  readonly status?: string;
  /** Status before the event. Default: PREVIOUS_STATUS, else none. */
  readonly previousStatus?: string;
  /** Triggering event id. Default: EVENT_ID or "manual". */
  readonly eventId?: string;
  /** Audit timestamp. Default: AUDIT_TIMESTAMP, else now. */
  readonly timestamp?: string;
  /** Output folder. Default: CDKTF_OUTDIR, else `cdktf.out` beside this file. */
  readonly outdir?: string;
}

/** Result of a synthesis. */
export interface PermitKubernetesExampleResult {
  /** The cdktf output folder. */
  readonly outdir: string;
  /** The stack's folder (holds cdk.tf.json and audit.json). */
  readonly stackDir: string;
  /** Stack name, `permit-<id>`. */
  readonly stackName: string;
  /** The plan that was built. */
  readonly plan: PermitPlan;
}

/** The example permit: two data holders, two researchers, three HDAB staff members. */
export function examplePermit(id: string, status: PermitStatus, previousStatus?: PermitStatus, eventId?: string): PermitProps {
  return {
    id,
    status,
    previousStatus,
    eventId,
    dataHolders: [
      { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
      { id: 'registry-b', allowedCidrs: ['198.51.100.16/28', '2001:db8:100::/48'] },
    ],
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
  };
}

/**
 * Synthesizes one permit at one status (in-process, no cdktf CLI) and returns where it went.
 * The main synth script calls this.
 */
export function synthPermitKubernetes(options: PermitKubernetesExampleOptions = {}): PermitKubernetesExampleResult {
  const env = process.env;
  const permitId = options.permitId ?? env.PERMIT_ID ?? 'p-001';
  const status = PermitLifecycle.parseStatus(options.status ?? env.PERMIT_STATUS ?? PermitStatus.INGRESS_IN_PROGRESS, 'PERMIT_STATUS');
  const prevText = options.previousStatus ?? env.PREVIOUS_STATUS;
  const previousStatus = prevText ? PermitLifecycle.parseStatus(prevText, 'PREVIOUS_STATUS') : undefined;
  const outdir = options.outdir ?? env.CDKTF_OUTDIR ?? path.join(__dirname, 'cdktf.out');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, skipValidation: false });
  const stackName = KubernetesPermitStack.stackNameOf(permitId);
  const stack = new KubernetesPermitStack(app, stackName, {
    permit: examplePermit(permitId, status, previousStatus, options.eventId ?? env.EVENT_ID ?? 'manual'),
    auditTimestamp: options.timestamp ?? env.AUDIT_TIMESTAMP,
    storageClassName: 'standard',
    sharedStorageClassName: 'nfs-client',
  });
  app.synth();
  return { outdir, stackDir: path.join(outdir, 'stacks', stackName), stackName, plan: stack.plan };
}

function parseArgs(argv: string[]): PermitKubernetesExampleOptions {
  const out: Record<string, string> = {};
  const keys: Record<string, string> = {
    '--permit-id': 'permitId', '--status': 'status', '--previous-status': 'previousStatus', '--event-id': 'eventId', '--timestamp': 'timestamp', '--outdir': 'outdir',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const key = keys[flag];
    if (!key) throw new Error(`unknown argument ${argv[i]}: use ${Object.keys(keys).join(', ')}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    out[key] = value;
  }
  return out;
}

if (require.main === module) {
  try {
    const r = synthPermitKubernetes(parseArgs(process.argv.slice(2)));
    const running = r.plan.workspaces.map((w) => `${w.role} (${w.state})`).join(', ') || 'no workspaces';
    console.log(`${r.stackName}: ${r.plan.status}${r.plan.previousStatus ? ` from ${r.plan.previousStatus}` : ''}, ${running}; ${r.plan.volumes.length} volumes -> ${r.stackDir}`);
  } catch (e) {
    console.error(process.env.DEBUG ? e : (e as Error).message);
    process.exit(1);
  }
}
