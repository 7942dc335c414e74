import { Stack, StackProps } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { AirlockWorkspace, AirlockWorkspaceOptions } from '../../constructs/aws/airlock-workspace';
import { PermitAuditRecord, PermitPlan, PermitProps } from '../../workspaces/permit';
import { UserRegistry } from '../../workspaces/users';
/**
 * Properties of a permit's CloudFormation stack.
 */
export interface PermitStackProps extends StackProps, AirlockWorkspaceOptions {
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
     * Record S3 data events (every object read, write and delete) on the permit's buckets in a
     * CloudTrail trail of the permit, with its own encrypted log bucket and log group.
     * @default true
     */
    readonly dataEventTrail?: boolean;
    /**
     * Retention of the trail's CloudWatch log group (the S3 copy is kept without expiry).
     * @default logs.RetentionDays.SIX_YEARS
     */
    readonly trailLogRetention?: logs.RetentionDays;
    /**
     * A CloudWatch dashboard of the permit, `permit-<id>`: its phase (status, previous status and
     * event: the stack is deployed again at every event, so the dashboard follows the phases), its
     * workspaces' CPU and status checks, and the bytes stored in its buckets. None once the permit
     * is deleted.
     * @default false
     */
    readonly dashboard?: boolean;
}
/**
 * A permit's CloudFormation stack, named `permit-<id>`: the `AirlockWorkspace` of the permit's
 * current phase, a CloudTrail trail of S3 data events on the permit's buckets (its own KMS key,
 * log bucket and log group, all retained), the permit id, status and event id in tags, outputs,
 * and an audit record (`permit-<id>.audit.json`) written beside the template at synthesis.
 *
 * A pipeline re-synthesizes the stack on every permit event (status, previous status, event
 * id) and deploys it. After `permit.deleted`, deploy the DELETED stack (which switches the
 * buckets to DeletionPolicy Delete and adds the function that empties them), then delete the
 * stack: the data is destroyed; the access logs and the trail are kept.
 */
export declare class PermitStack extends Stack {
    /** The stack name of a permit: `permit-<id>`. */
    static stackNameOf(permitId: string): string;
    /** The plan of this phase. */
    readonly plan: PermitPlan;
    /** The permit's environment. */
    readonly airlock: AirlockWorkspace;
    /**
     * The data-event trail.
     * @default - none before ingress, or when turned off
     */
    readonly trail?: cloudtrail.Trail;
    /**
     * The permit's dashboard (`dashboard: true`).
     * @default - none unless asked for, and none once the permit is deleted
     */
    readonly dashboard?: cloudwatch.Dashboard;
    /**
     * The audit record (timestamp fixed at construction); `resources` and `protectedResources`
     * are filled in `<stack>.audit.json` at synthesis.
     */
    readonly auditRecord: PermitAuditRecord;
    /**
     * @param scope the app
     * @param id the stack name: must be `permit-<id>` (`PermitStack.stackNameOf(permit.id)`)
     * @param props the permit, the environment's options and the stack's
     */
    constructor(scope: Construct, id: string, props: PermitStackProps);
    /** The permit's dashboard: its phase, its workspaces, its buckets. */
    private addDashboard;
    private addTrail;
}
