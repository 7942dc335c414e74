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
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { PermitPlan, PermitProps, PermitStack, PermitStatus } from '../../src';
import { examplePermit as commonExamplePermit, exampleDataHolders, PermitExampleOptions, resolvePermitExample, runPermitExample } from '../permit-common';

/** What to synthesize. */
export interface PermitAwsExampleOptions extends PermitExampleOptions {
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

/** The example permit (the data holders' IPv4 ranges only: the example VPC has no IPv6). */
export function examplePermit(id: string, status: PermitStatus, previousStatus?: PermitStatus, eventId?: string): PermitProps {
  return commonExamplePermit(id, status, previousStatus, eventId, exampleDataHolders(false));
}

/**
 * Synthesizes one permit at one status (in-process, no CDK CLI) into `outdir` and returns
 * where it went. `npm run synth` calls this.
 */
export function synthPermitAws(options: PermitAwsExampleOptions = {}): PermitAwsExampleResult {
  const { permitId, status, previousStatus, eventId, timestamp, outdir } = resolvePermitExample(options, 'CDK_OUTDIR', path.join(__dirname, 'cdk.out'));
  const app = new App({ outdir, builtinCloudFormationValidation: options.builtinValidation ?? true });
  const stackName = PermitStack.stackNameOf(permitId);
  const stack = new PermitStack(app, stackName, {
    permit: examplePermit(permitId, status, previousStatus, eventId),
    auditTimestamp: timestamp,
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

if (require.main === module) {
  runPermitExample((o) => {
    const r = synthPermitAws(o);
    return { ...r, written: r.templateFile };
  });
}
