import { Duration, RemovalPolicy, Stack, StackProps, Tags } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY } from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import type { TenantDefinition } from './institution';
import { LabStack } from './lab-stack';
import { ack, allPacks } from '../../constructs/aws/private/airlock-nag';
import { accessLogBucket } from '../../constructs/aws/private/airlock-storage';
import { TENANT_TAG } from '../../constructs/aws/private/tenant-isolation';
import { allowCloudTrailKey, finishTrail, trailBucket } from '../../constructs/aws/private/trail-storage';
import { allowLogsService } from '../../constructs/private/props';
import { checkKnownProps } from '../../private/known-props';

/**
 * Properties of a TenantStack.
 */
export interface TenantStackProps extends StackProps {
  /** Institution name. */
  readonly institutionName: string;
  /** The tenant. */
  readonly tenant: TenantDefinition;
  /** The tenant's labs (their alarms are on the tenant's dashboard). */
  readonly labs: LabStack[];
  /**
   * Record the account's management events in a trail of the tenant (its own account).
   * @default true
   */
  readonly trail?: boolean;
  /**
   * Days the trail's log group keeps events (the bucket keeps them without expiry).
   * @default logs.RetentionDays.ONE_YEAR
   */
  readonly trailLogRetention?: logs.RetentionDays;
}

/**
 * What a tenant of an institution has besides its labs: its own KMS key, a topic with its
 * contacts, its budget (cost of everything tagged with the tenant) with alerts to the named
 * contacts and the topic, a dashboard of its labs, and, for a tenant with its own account, a
 * CloudTrail trail of the account (all regions, file validation) into a retained, versioned,
 * KMS-encrypted bucket whose objects nobody can delete.
 */
export class TenantStack extends Stack {
  /** The tenant's key (topic, trail, trail bucket and log group). */
  public readonly key: kms.Key;
  /** The tenant's alert topic. */
  public readonly topic: sns.Topic;
  /**
   * The tenant's budget.
   * @default - none when the tenant has no budget
   */
  public readonly budget?: budgets.CfnBudget;
  /**
   * The trail.
   * @default - none
   */
  public readonly trail?: cloudtrail.Trail;
  /**
   * The trail's bucket.
   * @default - none
   */
  public readonly trailBucket?: s3.Bucket;
  /** The tenant's dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: TenantStackProps) {
    super(scope, id, { ...props, description: props.description ?? `Tenant ${props.tenant?.name} of institution ${props.institutionName} (cdk-research-workspaces)` });
    checkKnownProps(this, 'TenantStackProps', props);
    this.node.setContext(S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
    const t = props.tenant;
    Tags.of(this).add(TENANT_TAG, t.name);
    this.key = new kms.Key(this, 'Key', {
      description: `Tenant ${t.name} of ${props.institutionName}: alerts and audit trail`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    allowLogsService(this.key);
    this.key.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'BudgetsAndAlarmsPublish',
      principals: [new iam.ServicePrincipal('budgets.amazonaws.com'), new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
      actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
      resources: ['*'],
      conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
    }));
    this.topic = new sns.Topic(this, 'Alerts', { displayName: `Tenant ${t.name}: alerts`, masterKey: this.key, enforceSSL: true });
    for (const c of t.contacts ?? []) this.topic.addSubscription(new subs.EmailSubscription(c.email));

    if (t.budget) {
      this.topic.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'BudgetsPublish',
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }));
      const named = (t.budget.notify ?? []).map((n) => (t.contacts ?? []).find((c) => c.name === n)?.email).filter((e): e is string => !!e);
      const subscribers = [...named.map((address) => ({ subscriptionType: 'EMAIL', address })), { subscriptionType: 'SNS', address: this.topic.topicArn }];
      this.budget = new budgets.CfnBudget(this, 'Budget', {
        budget: {
          budgetName: `${props.institutionName}-${t.name}`,
          budgetType: 'COST',
          timeUnit: 'MONTHLY',
          budgetLimit: { amount: t.budget.monthlyUsd, unit: 'USD' },
          costFilters: { TagKeyValue: [`user:${TENANT_TAG}$${t.name}`] },
        },
        notificationsWithSubscribers: [
          ...(t.budget.thresholds ?? [50, 80, 100]).map((threshold) => ({
            notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold, thresholdType: 'PERCENTAGE' },
            subscribers,
          })),
          { notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' }, subscribers },
        ],
      });
    }

    if (props.trail ?? true) this.addTrail(props);

    const widgets: cloudwatch.IWidget[][] = [[new cloudwatch.TextWidget({
      markdown: `# Tenant ${t.name} (${props.institutionName})\nLabs: ${props.labs.map((l) => l.labName).join(', ') || 'none'}. `
        + (t.budget ? `Budget ${t.budget.monthlyUsd} USD a month. ` : '')
        + (t.quota ? `Quota: ${Object.entries(t.quota).map(([k, v]) => `${k} ${v}`).join(', ')}.` : ''),
      width: 24,
      height: 2,
    })]];
    // Alarms of labs in the tenant stack's environment (a dashboard names alarms of its own region and account).
    for (const lab of props.labs.filter((l) => l.region === this.region && l.account === this.account)) {
      const monitoring = lab.node.tryFindChild('Monitoring') as { alarms?: cloudwatch.Alarm[] } | undefined;
      const alarms = (lab.monitoring?.alarms ?? monitoring?.alarms ?? []).filter((a) => Stack.of(a) === lab).slice(0, 100);
      if (alarms.length) widgets.push([new cloudwatch.AlarmStatusWidget({ title: `Lab ${lab.labName}: storage and service alarms`, alarms, width: 24 })]);
    }
    if (t.budget) {
      widgets.push([new cloudwatch.GraphWidget({
        title: `Estimated charges of the account against the tenant's budget (${t.budget.monthlyUsd} USD a month)`,
        left: [new cloudwatch.Metric({ namespace: 'AWS/Billing', metricName: 'EstimatedCharges', dimensionsMap: { Currency: 'USD' }, statistic: 'Maximum', period: Duration.hours(6), region: 'us-east-1' })],
        leftAnnotations: [{ value: t.budget.monthlyUsd, label: 'tenant budget' }],
        width: 24,
      })]);
    }
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `rws-tenant-${props.institutionName}-${t.name}`, widgets });
    // CloudFormation's published schema (and cfn-lint) has no Tags on dashboards.
    (this.dashboard.node.defaultChild as cloudwatch.CfnDashboard).addPropertyDeletionOverride('Tags');
  }

  private addTrail(props: TenantStackProps): void {
    const t = props.tenant;
    const trailName = `${props.institutionName}-${t.name}`;
    const trailArn = this.formatArn({ service: 'cloudtrail', resource: 'trail', resourceName: trailName });
    allowCloudTrailKey(this, this.key, trailArn);
    const accessLogs = accessLogBucket(this, 'TrailAccessLogs', `tenant ${t.name}'s trail`);
    const bucket = trailBucket(this, this, this.key, accessLogs, trailArn);
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid: 'DenyTrailTampering',
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectRetention', 's3:PutObjectLegalHold', 's3:PutLifecycleConfiguration'],
      resources: [bucket.bucketArn, bucket.arnForObjects('*')],
    }));
    ack(bucket, allPacks({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }),
      'The audit trail of the tenant\'s account stays in the regions the tenant is allowed; versioning, the deny-delete policy and CloudTrail log file validation keep it intact.');
    const group = new logs.LogGroup(this, 'TrailLogs', { encryptionKey: this.key, retention: props.trailLogRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy: RemovalPolicy.RETAIN });
    const trail = new cloudtrail.Trail(this, 'Trail', {
      trailName,
      bucket,
      encryptionKey: this.key,
      enableFileValidation: true,
      sendToCloudWatchLogs: true,
      cloudWatchLogGroup: group,
      isMultiRegionTrail: true,
      includeGlobalServiceEvents: true,
      managementEvents: cloudtrail.ReadWriteType.ALL,
    });
    finishTrail(trail, bucket,
      'aws-cdk-lib\'s Trail generates this role\'s policy: logs:CreateLogStream and logs:PutLogEvents on the trail\'s own log group only, assumed by CloudTrail alone.');
    (this as { trail?: cloudtrail.Trail }).trail = trail;
    (this as { trailBucket?: s3.Bucket }).trailBucket = bucket;
  }
}
