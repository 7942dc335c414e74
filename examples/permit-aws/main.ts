/**
 * One permit's AWS environment at a chosen status, synthesized to CloudFormation.
 *
 *   PERMIT_STATUS=ANALYSIS_ACTIVE PREVIOUS_STATUS=WORKSPACE_SETUP_REVIEW_PENDING EVENT_ID=evt-42 npx cdk synth
 *   npx ts-node --transpile-only --project ../../test/tsconfig.json main.ts --status permit.ingress.initiated --previous-status AWAITING_INGRESS
 *
 * Writes `cdk.out/permit-<id>.template.json` and `permit-<id>.audit.json` beside it; then
 * `npx cdk deploy permit-<id>` (with the pipeline's credentials) makes it so. Variables:
 * PERMIT_ID (default p-001), PERMIT_STATUS (a status or an event name; default
 * INGRESS_IN_PROGRESS), PREVIOUS_STATUS, EVENT_ID (default "manual"), AUDIT_TIMESTAMP; the
 * same as --permit-id, --status, --previous-status, --event-id, --timestamp, --outdir.
 *
 * After `permit.deleted`: deploy the DELETED stack, then `npx cdk destroy permit-<id>`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { PermitLifecycle, PermitPlan, PermitProps, PermitStack, PermitStatus } from '../../src';

/** What to synthesize. */
export interface PermitAwsExampleOptions {
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
  /** Cloud assembly folder. Default: CDK_OUTDIR (set by the CDK CLI), else `cdk.out` beside this file. */
  readonly outdir?: string;
  /** Keep aws-cdk-lib's own template validation on. Default: true. */
  readonly builtinValidation?: boolean;
}

/** Result of a synthesis. */
export interface PermitAwsExampleResult {
  /** The cloud assembly folder. */
  readonly outdir: string;
  /** Stack name, `permit-<id>`. */
  readonly stackName: string;
  /** The CloudFormation template. */
  readonly templateFile: string;
  /** The audit record written beside it. */
  readonly auditFile: string;
  /** The plan that was built. */
  readonly plan: PermitPlan;
  /** The app (for checks that need the construct tree). */
  readonly app: App;
}

/** SSH keys of the example's data holders (public keys; the private halves are theirs). */
export const EXAMPLE_DATA_HOLDER_KEYS = [
  { dataHolderId: 'hospital-a', publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDMRNWqOFb2ouqBWupMOThjCZZd2liV86smwT2Osr2cs hospital-a-upload'] },
  { dataHolderId: 'registry-b', publicKeys: ['ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBYnYPVZW9HhmQrjeSw+VlpsKAvsmaJ9oGVhPin20Abt registry-b-upload'] },
];

/**
 * SSM parameter the institution's image pipeline publishes the desktop image under (an Ubuntu
 * image with the secure-analysis-desktop packages installed: the analysis phase has no internet).
 */
export const EXAMPLE_IMAGE_PARAMETER = '/cdk-research-workspaces/images/secure-analysis-desktop';

/** The example permit: two data holders, two researchers, three HDAB staff members. */
export function examplePermit(id: string, status: PermitStatus, previousStatus?: PermitStatus, eventId?: string): PermitProps {
  return {
    id,
    status,
    previousStatus,
    eventId,
    dataHolders: [
      { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
      { id: 'registry-b', allowedCidrs: ['198.51.100.16/28'] },
    ],
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
  };
}

/**
 * Synthesizes one permit at one status (in-process, no CDK CLI) into `outdir` and returns
 * where it went. `npm run synth` calls this.
 */
export function synthPermitAws(options: PermitAwsExampleOptions = {}): PermitAwsExampleResult {
  const env = process.env;
  const permitId = options.permitId ?? env.PERMIT_ID ?? 'p-001';
  const status = PermitLifecycle.parseStatus(options.status ?? env.PERMIT_STATUS ?? PermitStatus.INGRESS_IN_PROGRESS, 'PERMIT_STATUS');
  const prevText = options.previousStatus ?? env.PREVIOUS_STATUS;
  const previousStatus = prevText ? PermitLifecycle.parseStatus(prevText, 'PREVIOUS_STATUS') : undefined;
  const outdir = options.outdir ?? env.CDK_OUTDIR ?? path.join(__dirname, 'cdk.out');
  fs.mkdirSync(outdir, { recursive: true });
  const app = new App({ outdir, builtinCloudFormationValidation: options.builtinValidation ?? true });
  const stackName = PermitStack.stackNameOf(permitId);
  const stack = new PermitStack(app, stackName, {
    permit: examplePermit(permitId, status, previousStatus, options.eventId ?? env.EVENT_ID ?? 'manual'),
    auditTimestamp: options.timestamp ?? env.AUDIT_TIMESTAMP,
    dataHolderKeys: EXAMPLE_DATA_HOLDER_KEYS,
    machineImage: ec2.MachineImage.fromSsmParameter(EXAMPLE_IMAGE_PARAMETER),
  });
  app.synth();
  return {
    outdir,
    stackName,
    templateFile: path.join(outdir, `${stack.artifactId}.template.json`),
    auditFile: path.join(outdir, `${stack.artifactId}.audit.json`),
    plan: stack.plan,
    app,
  };
}

function parseArgs(argv: string[]): PermitAwsExampleOptions {
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
    const r = synthPermitAws(parseArgs(process.argv.slice(2)));
    const running = r.plan.workspaces.map((w) => `${w.role} (${w.state})`).join(', ') || 'no workspaces';
    console.log(`${r.stackName}: ${r.plan.status}${r.plan.previousStatus ? ` from ${r.plan.previousStatus}` : ''}, ${running}; ${r.plan.volumes.length} volumes -> ${r.templateFile}`);
  } catch (e) {
    console.error(process.env.DEBUG ? e : (e as Error).message);
    process.exit(1);
  }
}
