import * as fs from 'fs';
import * as path from 'path';
import { attachCustomSynthesis, CfnDeletionPolicy, CfnOutput, CfnResource, Duration, RemovalPolicy, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { skipCreationStackTraces } from './private/creation-stacks';
import { addEgressAuditPlugin } from './private/egress-audit-plugin';
import { AirlockWorkspace, AirlockWorkspaceInstance, AirlockWorkspaceOptions } from '../../constructs/aws/airlock-workspace';
import { ack, allPacks } from '../../constructs/aws/private/airlock-nag';
import { accessLogBucket } from '../../constructs/aws/private/airlock-storage';
import { allowCloudTrailKey, finishTrail, trailBucket } from '../../constructs/aws/private/trail-storage';
import { allowLogsService } from '../../constructs/private/props';
import { checkKnownProps, knownPropsOnly } from '../../private/known-props';
import { checkPermitStackName, permitStackName } from '../../private/permit-stack-name';
import { PermitAuditRecord, PermitLifecycle, PermitPlan, PermitProps, PermitStatus } from '../../workspaces/permit';
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
export class PermitStack extends Stack {
  /** The stack name of a permit: `permit-<id>`. */
  public static stackNameOf(permitId: string): string {
    return permitStackName(permitId);
  }

  /** The plan of this phase. */
  public readonly plan: PermitPlan;
  /** The permit's environment. */
  public readonly airlock: AirlockWorkspace;
  /**
   * The data-event trail.
   * @default - none before ingress, or when turned off
   */
  public readonly trail?: cloudtrail.Trail;
  /**
   * The permit's dashboard (`dashboard: true`).
   * @default - none unless asked for, and none once the permit is deleted
   */
  public readonly dashboard?: cloudwatch.Dashboard;
  /**
   * The audit record (timestamp fixed at construction); `resources` and `protectedResources`
   * are filled in `<stack>.audit.json` at synthesis.
   */
  public readonly auditRecord: PermitAuditRecord;

  /**
   * @param scope the app
   * @param id the stack name: must be `permit-<id>` (`PermitStack.stackNameOf(permit.id)`)
   * @param props the permit, the environment's options and the stack's
   */
  constructor(scope: Construct, id: string, props: PermitStackProps) {
    const plan = PermitLifecycle.plan(props.permit, props.registry);
    super(scope, id, {
      ...props,
      description: props.description ?? `Permit ${plan.permitId} at ${plan.status} (cdk-research-workspaces)`,
    });
    skipCreationStackTraces(this);
    checkKnownProps(this, 'PermitStackProps', props);
    checkPermitStackName(id, plan.permitId, 'PermitStack', 'updates the same CloudFormation stack', this.node.path);
    this.plan = plan;
    addEgressAuditPlugin(this);
    // A dashboard takes no tags (CloudFormation's schema, as cfn-lint knows it).
    Tags.of(this).add('permit:id', plan.permitId, { excludeResourceTypes: ['AWS::CloudWatch::Dashboard'] });
    const volatile = { excludeResourceTypes: ['AWS::EC2::LaunchTemplate', 'aws:cdk:stack', 'AWS::CloudWatch::Dashboard'] };
    Tags.of(this).add('permit:status', plan.status, volatile);
    Tags.of(this).add('permit:event-id', AirlockWorkspace.tagValue(plan.eventId), volatile);

    this.airlock = new AirlockWorkspace(this, 'Airlock', knownPropsOnly('AirlockWorkspaceProps', { ...props, plan }));
    const airlock = this.airlock;
    if (airlock.buckets.length > 0 && (props.dataEventTrail ?? true)) {
      this.trail = this.addTrail(airlock, props.trailLogRetention ?? logs.RetentionDays.SIX_YEARS);
    }
    if (props.dashboard && plan.status !== PermitStatus.DELETED) this.dashboard = this.addDashboard(airlock);
    if (this.node.findAll().every((c) => !CfnResource.isCfnResource(c))) {
      // CloudFormation needs one resource: nothing exists in this phase.
      new cloudformation.CfnWaitConditionHandle(this, 'NothingInThisPhase');
    }

    new CfnOutput(this, 'PermitStatus', { value: plan.status, description: 'Status this stack was built for' });
    new CfnOutput(this, 'PermitEventId', { value: AirlockWorkspace.tagValue(plan.eventId), description: 'Event this stack was built for' });
    if (airlock.sftpServer) {
      new CfnOutput(this, 'SftpServerId', { value: airlock.sftpServer.attrServerId, description: 'Transfer Family server of the ingress airlock' });
      airlock.sftpAddresses.forEach((a, i) => new CfnOutput(this, `SftpAddress${i}`, { value: a, description: 'Address the data holders connect to (SFTP, port 22)' }));
    }
    for (const b of airlock.buckets) {
      new CfnOutput(this, `Bucket-${b.volume}`, { value: b.bucket.bucketName, description: `Bucket of volume ${b.volume}` });
    }

    const record: PermitAuditRecord = {
      ...PermitLifecycle.auditRecord(plan, 'aws', id, AirlockWorkspace.tagValue(plan.eventId), props.auditTimestamp),
      volumeAccess: airlock.buckets.map((b) => ({
        volume: b.volume, readers: b.readers, writers: b.writers, deleters: b.deleters, retained: b.retained,
      })),
    };
    this.auditRecord = record;
    const writer = new Construct(this, 'AuditRecord');
    attachCustomSynthesis(writer, {
      onSynthesize: (session) => {
        const resources: string[] = [];
        const retained: string[] = [];
        for (const c of this.node.findAll()) {
          if (!CfnResource.isCfnResource(c) || Stack.of(c) !== this) continue;
          const logicalId = this.resolve(c.logicalId);
          resources.push(`${logicalId} ${c.cfnResourceType}`);
          if (c.cfnOptions.deletionPolicy === CfnDeletionPolicy.RETAIN) retained.push(logicalId);
        }
        const full = { ...record, resources: resources.sort(), protectedResources: retained.sort() };
        fs.writeFileSync(path.join(session.outdir, `${this.artifactId}.audit.json`), `${JSON.stringify(full, null, 2)}\n`);
      },
    });
  }

  /** The permit's dashboard: its phase, its workspaces, its buckets. */
  private addDashboard(airlock: AirlockWorkspace): cloudwatch.Dashboard {
    const plan = this.plan;
    const id = plan.permitId;
    const phase = [
      `# Permit ${id}: ${plan.status}`,
      plan.previousStatus ? `Previous phase: ${plan.previousStatus}. ` : '',
      `Event: \`${AirlockWorkspace.tagValue(plan.eventId)}\`. `,
      `Workspaces in this phase: ${airlock.workspaces.map((w) => `${w.role} (${w.state})`).join(', ') || 'none'}. `,
      `Volumes: ${airlock.buckets.map((b) => b.volume).join(', ') || 'none'}.`,
    ].join('\n');
    const widgets: cloudwatch.IWidget[][] = [[new cloudwatch.TextWidget({ markdown: phase, width: 24, height: 4 })]];
    const five = Duration.minutes(5);
    if (airlock.workspaces.length > 0) {
      const ec2Metric = (name: string, w: AirlockWorkspaceInstance, statistic: string) => new cloudwatch.Metric({
        namespace: 'AWS/EC2', metricName: name, dimensionsMap: { InstanceId: w.workspace.instance.ref }, statistic, period: five, label: w.role,
      });
      widgets.push([
        new cloudwatch.GraphWidget({ title: 'Workspaces: CPU (%)', left: airlock.workspaces.map((w) => ec2Metric('CPUUtilization', w, 'Average')), width: 12 }),
        new cloudwatch.GraphWidget({ title: 'Workspaces: failed status checks', left: airlock.workspaces.map((w) => ec2Metric('StatusCheckFailed', w, 'Maximum')), width: 12 }),
      ]);
    }
    if (airlock.buckets.length > 0) {
      // S3 reports storage once a day.
      widgets.push([new cloudwatch.GraphWidget({
        title: 'Volumes: bytes stored',
        left: airlock.buckets.map((b) => new cloudwatch.Metric({
          namespace: 'AWS/S3',
          metricName: 'BucketSizeBytes',
          dimensionsMap: { BucketName: b.bucket.bucketName, StorageType: 'StandardStorage' },
          statistic: 'Average',
          period: Duration.days(1),
          label: b.volume,
        })),
        width: 24,
      })]);
    }
    return new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `permit-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`, widgets });
  }

  private addTrail(airlock: AirlockWorkspace, retention: logs.RetentionDays): cloudtrail.Trail {
    const scope = new Construct(this, 'Audit');
    scope.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const trailName = `permit-${this.plan.permitId}-data-events`;
    const key = new kms.Key(scope, 'TrailKey', {
      description: `Permit ${this.plan.permitId}: CloudTrail data events (kept after the permit is deleted)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const trailArn = this.formatArn({ service: 'cloudtrail', resource: 'trail', resourceName: trailName });
    allowCloudTrailKey(this, key, trailArn);
    allowLogsService(key);
    const logBucket = accessLogBucket(scope, 'TrailAccessLogs', `the data-event trail of permit ${this.plan.permitId}`);
    const bucket = trailBucket(scope, this, key, logBucket, trailArn);
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyTrailTampering',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectRetention', 's3:PutObjectLegalHold'],
      resources: [bucket.arnForObjects('*')],
    }));
    ack(bucket, allPacks({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }),
      'The trail names the objects of the permit\'s sensitive data; a replica in another region would take that metadata outside the region the permit allows. Versioning, the deny-delete policy and CloudTrail log file validation keep it intact.');
    const group = new logs.LogGroup(scope, 'TrailLogs', { encryptionKey: key, retention, removalPolicy: RemovalPolicy.RETAIN });
    const trail = new cloudtrail.Trail(scope, 'Trail', {
      trailName,
      bucket,
      encryptionKey: key,
      enableFileValidation: true,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: group,
      isMultiRegionTrail: false,
      includeGlobalServiceEvents: false,
      managementEvents: cloudtrail.ReadWriteType.NONE,
    });
    finishTrail(trail, bucket,
      'aws-cdk-lib\'s Trail generates this role\'s policy: logs:CreateLogStream and logs:PutLogEvents on the trail\'s own log group only, assumed by CloudTrail alone. An inline policy lives and dies with its role, which is what a single-purpose delivery role needs.');
    trail.addS3EventSelector(airlock.buckets.map((b) => ({ bucket: b.bucket })), {
      includeManagementEvents: false,
      readWriteType: cloudtrail.ReadWriteType.ALL,
    });
    return trail;
  }
}
