import { Duration, Stack } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as cwactions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as efs from 'aws-cdk-lib/aws-efs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { PolicyBoundary } from './policy-boundary';
import { ResearchWorkspace } from './research-workspace';
import { SharedEfs } from './shared-efs';
import { checkKnownProps } from '../../private/known-props';
import type { LabMonitoringDefinition, LabStack } from '../../stacks/aws/lab-stack';

/**
 * Properties of a LabMonitoring.
 */
export interface LabMonitoringProps {
  /** Lab name (dashboard and alarm names). */
  readonly labName: string;
  /** The workspaces watched (status checks, CPU, running and idle). */
  readonly workspaces: ResearchWorkspace[];
  /**
   * The lab's shared storage (size, throughput, I/O limit, burst credits).
   * @default - no storage widgets or alarms
   */
  readonly storage?: SharedEfs;
  /**
   * The lab's policy boundary: its budget's alerts also go to the lab's topic, and the
   * dashboard shows spend against it.
   * @default - no budget
   */
  readonly boundary?: PolicyBoundary;
  /**
   * Email addresses subscribed to the lab's alarm topic.
   * @default - none (subscribe later)
   */
  readonly emails?: string[];
  /**
   * Key the alarm topic is encrypted with; CloudWatch and AWS Budgets are allowed to use it.
   * @default - a new key
   */
  readonly encryptionKey?: kms.IKey;
  /**
   * Target availability of the published services in percent (the SLA): an alarm fires
   * when a service's availability over an hour falls below it.
   * @default 99.5
   */
  readonly availabilityTarget?: number;
  /**
   * Root volume use in percent at which a workspace's disk-nearly-full alarm fires (workspaces
   * with `cloudWatchAgent` only: nothing publishes the disk use of the others).
   * @default 90
   */
  readonly diskFullPercent?: number;
  /**
   * Percent of EFS's I/O limit above which the storage alarm fires.
   * @default 90
   */
  readonly ioLimitPercent?: number;
  /**
   * EFS burst credit balance in bytes below which the burst alarm fires (only for a file
   * system in bursting throughput mode).
   * @default 1 TiB
   */
  readonly burstCreditFloorBytes?: number;
}

/** What a dashboard widget or an alarm of a lab watches, for tests and reports. */
export interface MonitoredService {
  /** The target group's construct path. */
  readonly path: string;
  /** The availability alarm. */
  readonly availabilityAlarm: cloudwatch.Alarm;
  /** The unhealthy-targets alarm. */
  readonly unhealthyAlarm: cloudwatch.Alarm;
}

/** Workspaces listed one by one on the dashboard (the running count sums them). */
const MAX_LISTED = 100;

/**
 * Monitoring of a lab on AWS: an SNS topic with the lab's contacts, a CloudWatch dashboard and
 * alarms with sensible thresholds.
 *
 * - Per workspace: the instance and system status checks (2 of 2 five-minute periods failing).
 *   A stopped workspace sends no data and is not in alarm. A workspace with the CloudWatch
 *   agent (`cloudWatchAgent`; LabStack turns it on in a monitored lab) also gets a disk
 *   nearly full alarm: its root volume at or above 90% used for 15 minutes.
 * - Shared storage: EFS percent of I/O limit (above 90%) and, in bursting throughput mode, the
 *   burst credit balance (below 1 TiB).
 * - Published services (web gateway): unhealthy targets (3 of 3 minutes) and the availability
 *   of each service, the share of one-minute periods with a healthy target, against the SLA
 *   (99.5% over an hour).
 * - The lab's budget: its actual and forecast alerts go to the topic as well.
 *
 * The dashboard shows running and idle workspaces (idle: in the idle alarm's low-CPU state),
 * CPU, storage size and throughput, the services' health and availability, the account's
 * estimated charges against the budget, and every alarm's state.
 *
 * @example
 * new LabMonitoring(lab, 'Monitoring', { labName: lab.labName, workspaces: lab.workspaces, storage: lab.storage, boundary: lab.boundary, emails: ['pi@example.edu'] });
 */
export class LabMonitoring extends Construct {
  /** The monitoring of a lab stack (its workspaces, shared storage, budget and key), as `Monitoring` in it. */
  public static forLab(lab: LabStack, options: LabMonitoringDefinition = {}): LabMonitoring {
    return new LabMonitoring(lab, 'Monitoring', {
      labName: lab.labName,
      workspaces: lab.workspaces,
      storage: lab.storage,
      boundary: lab.boundary,
      encryptionKey: lab.key,
      emails: options.emails,
      availabilityTarget: options.availabilityTarget,
      diskFullPercent: options.diskFullPercent,
    });
  }

  /** The lab's alarm topic. */
  public readonly topic: sns.Topic;
  /** The dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;
  /** Every alarm, status checks first. */
  public readonly alarms: cloudwatch.Alarm[] = [];
  /** Services published through the web gateway, with their alarms. */
  public readonly services: MonitoredService[] = [];

  constructor(scope: Construct, id: string, props: LabMonitoringProps) {
    super(scope, id);
    checkKnownProps(this, 'LabMonitoringProps', props);
    const target = props.availabilityTarget ?? 99.5;
    if (!(target > 0 && target < 100)) throw new Error(`${this.node.path}: availabilityTarget must be a percentage above 0 and below 100 (got ${target}). Fix: use e.g. 99.5`);
    const diskFull = props.diskFullPercent ?? 90;
    if (!(diskFull > 0 && diskFull <= 100)) throw new Error(`${this.node.path}: diskFullPercent must be a percentage above 0 and at most 100 (got ${diskFull}). Fix: use e.g. 90`);
    const key = props.encryptionKey ?? new kms.Key(this, 'TopicKey', { description: `Alarms of lab ${props.labName}`, enableKeyRotation: true });
    if (key instanceof kms.Key) {
      key.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'AlarmsAndBudgetsPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com'), new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }));
    }
    this.topic = new sns.Topic(this, 'Alarms', { displayName: `Research lab ${props.labName}: alarms`, masterKey: key, enforceSSL: true });
    for (const email of props.emails ?? []) this.topic.addSubscription(new subs.EmailSubscription(email));
    const action = new cwactions.SnsAction(this.topic);

    for (const w of props.workspaces) {
      // In the workspace's own stack (a nested stack of the lab): the lab stack stays small.
      for (const [check, what] of [['StatusCheckFailed_Instance', 'instance'], ['StatusCheckFailed_System', 'system']]) {
        const alarm = new cloudwatch.Alarm(w, `${what === 'instance' ? 'Instance' : 'System'}StatusAlarm`, {
          alarmDescription: `Research workspace ${w.workspaceName} of lab ${props.labName}: the ${what} status check failed for 10 minutes`,
          metric: new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: check, dimensionsMap: { InstanceId: w.instance.ref }, statistic: 'Maximum', period: Duration.minutes(5) }),
          threshold: 1,
          evaluationPeriods: 2,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        alarm.addAlarmAction(action);
        this.alarms.push(alarm);
      }
      if (w.cloudWatchAgent) {
        // The agent's metric, with exactly the dimensions the agent's aggregation publishes.
        const disk = new cloudwatch.Alarm(w, 'DiskNearlyFullAlarm', {
          alarmDescription: `Research workspace ${w.workspaceName} of lab ${props.labName}: the root volume is at least ${diskFull}% full for 15 minutes`,
          metric: w.metricDiskUsedPercent('/'),
          threshold: diskFull,
          evaluationPeriods: 3,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        disk.addAlarmAction(action);
        this.alarms.push(disk);
      }
    }

    const widgets: cloudwatch.IWidget[][] = [];
    widgets.push([new cloudwatch.TextWidget({
      markdown: `# Lab ${props.labName}\n${props.workspaces.length} workspaces; alarms go to the lab's topic. `
        + `Availability target of published services: ${target}%.`,
      width: 24,
      height: 2,
    })]);
    const listed = props.workspaces.slice(0, MAX_LISTED);
    if (listed.length > 0) {
      const samples: Record<string, cloudwatch.IMetric> = {};
      listed.forEach((w, i) => {
        samples[`c${i}`] = new cloudwatch.Metric({ namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensionsMap: { InstanceId: w.instance.ref }, statistic: 'SampleCount', period: Duration.minutes(5) });
      });
      const running = new cloudwatch.MathExpression({
        expression: Object.keys(samples).map((k) => `IF(FILL(${k}, 0) > 0, 1, 0)`).join(' + '),
        usingMetrics: samples,
        label: 'running workspaces',
        period: Duration.minutes(5),
      });
      const idle = props.workspaces.map((w) => w.idleAlarm).filter((a): a is cloudwatch.Alarm => a !== undefined);
      widgets.push([
        new cloudwatch.GraphWidget({ title: `Running workspaces${props.workspaces.length > MAX_LISTED ? ` (first ${MAX_LISTED})` : ''}`, left: [running], width: 8 }),
        new cloudwatch.AlarmStatusWidget({ title: 'Idle workspaces (idle alarm in ALARM: low CPU, stopping)', alarms: idle.slice(0, MAX_LISTED), width: 8 }),
        new cloudwatch.GraphWidget({
          title: 'CPU of the workspaces',
          left: listed.slice(0, 20).map((w) => new cloudwatch.Metric({
            namespace: 'AWS/EC2', metricName: 'CPUUtilization', dimensionsMap: { InstanceId: w.instance.ref }, statistic: 'Average', label: w.workspaceName, period: Duration.minutes(5),
          })),
          width: 8,
        }),
      ]);
      const agents = listed.filter((w) => w.cloudWatchAgent).slice(0, 20);
      if (agents.length > 0) {
        widgets.push([
          new cloudwatch.GraphWidget({
            title: 'Root volume used % (CloudWatch agent)',
            left: agents.map((w) => w.metricDiskUsedPercent('/').with({ label: w.workspaceName })),
            leftAnnotations: [{ value: diskFull, label: 'disk alarm', color: cloudwatch.Color.RED }],
            leftYAxis: { min: 0, max: 100 },
            width: 12,
          }),
          new cloudwatch.GraphWidget({
            title: 'Memory used % (CloudWatch agent)',
            left: agents.map((w) => w.metricMemoryUsedPercent().with({ label: w.workspaceName })),
            leftYAxis: { min: 0, max: 100 },
            width: 12,
          }),
        ]);
      }
    }

    if (props.storage) {
      const fsId = props.storage.fileSystem.fileSystemId;
      const m = (metricName: string, statistic: string, extra: Record<string, string> = {}) =>
        new cloudwatch.Metric({ namespace: 'AWS/EFS', metricName, dimensionsMap: { FileSystemId: fsId, ...extra }, statistic, period: Duration.minutes(5) });
      const io = new cloudwatch.Alarm(this, 'StorageIoLimitAlarm', {
        alarmDescription: `Shared storage of lab ${props.labName}: above ${props.ioLimitPercent ?? 90}% of EFS's I/O limit for 15 minutes`,
        metric: m('PercentIOLimit', 'Maximum'),
        threshold: props.ioLimitPercent ?? 90,
        evaluationPeriods: 3,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      io.addAlarmAction(action);
      this.alarms.push(io);
      const cfnFs = props.storage.fileSystem.node.defaultChild as efs.CfnFileSystem;
      const storageRow: cloudwatch.IWidget[] = [
        new cloudwatch.GraphWidget({ title: 'Shared storage size (bytes)', left: [m('StorageBytes', 'Average', { StorageClass: 'Total' })], width: 8 }),
        new cloudwatch.GraphWidget({ title: 'Shared storage throughput (bytes per 5 min)', left: [m('MeteredIOBytes', 'Sum'), m('TotalIOBytes', 'Sum')], width: 8 }),
      ];
      if (cfnFs.throughputMode === 'bursting') {
        const burst = new cloudwatch.Alarm(this, 'StorageBurstCreditsAlarm', {
          alarmDescription: `Shared storage of lab ${props.labName}: burst credits running out`,
          metric: m('BurstCreditBalance', 'Minimum'),
          threshold: props.burstCreditFloorBytes ?? 1024 ** 4,
          evaluationPeriods: 3,
          comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        burst.addAlarmAction(action);
        this.alarms.push(burst);
        storageRow.push(new cloudwatch.GraphWidget({ title: 'Burst credits (bytes)', left: [m('BurstCreditBalance', 'Minimum')], width: 8 }));
      } else {
        storageRow.push(new cloudwatch.GraphWidget({ title: 'Percent of I/O limit', left: [m('PercentIOLimit', 'Maximum')], width: 8 }));
      }
      widgets.push(storageRow);
    }

    const stack = Stack.of(this);
    const groups = stack.node.findAll().filter((c): c is elbv2.ApplicationTargetGroup => c instanceof elbv2.ApplicationTargetGroup);
    const albs = stack.node.findAll().filter((c): c is elbv2.ApplicationLoadBalancer => c instanceof elbv2.ApplicationLoadBalancer);
    if (groups.length > 0 && albs.length === 1) {
      const alb = albs[0];
      const serviceRows: cloudwatch.IWidget[] = [];
      const health: cloudwatch.IMetric[] = [];
      const availability: cloudwatch.IMetric[] = [];
      groups.forEach((tg, i) => {
        const dims = { LoadBalancer: alb.loadBalancerFullName, TargetGroup: tg.targetGroupFullName };
        const name = tg.node.scope?.node.id ? `${tg.node.scope.node.id}/${tg.node.id.replace(/^Web-/, '')}` : tg.node.id;
        const unhealthyMetric = new cloudwatch.Metric({ namespace: 'AWS/ApplicationELB', metricName: 'UnHealthyHostCount', dimensionsMap: dims, statistic: 'Maximum', period: Duration.minutes(1) });
        const healthyMetric = new cloudwatch.Metric({ namespace: 'AWS/ApplicationELB', metricName: 'HealthyHostCount', dimensionsMap: dims, statistic: 'Minimum', period: Duration.minutes(1) });
        const unhealthy = new cloudwatch.Alarm(this, `Unhealthy${i}`, {
          alarmDescription: `Lab ${props.labName}: service ${name} has an unhealthy target for 3 minutes`,
          metric: unhealthyMetric,
          threshold: 1,
          evaluationPeriods: 3,
          comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        // Availability over an hour: the share of one-minute periods with a healthy target.
        const avail = new cloudwatch.MathExpression({
          expression: `100 * IF(h${i} > 0, 1, 0)`,
          usingMetrics: { [`h${i}`]: healthyMetric },
          label: `availability % ${name}`,
          period: Duration.minutes(1),
        });
        const sla = new cloudwatch.Alarm(this, `Availability${i}`, {
          alarmDescription: `Lab ${props.labName}: service ${name} was available less than ${target}% of the last hour (SLA)`,
          metric: avail,
          threshold: target,
          // Sixty one-minute periods: available less than the target in the hour.
          evaluationPeriods: 60,
          datapointsToAlarm: Math.max(1, Math.ceil(60 * (1 - target / 100))),
          comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
          treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
        });
        for (const a of [unhealthy, sla]) {
          a.addAlarmAction(action);
          this.alarms.push(a);
        }
        this.services.push({ path: tg.node.path, availabilityAlarm: sla, unhealthyAlarm: unhealthy });
        health.push(healthyMetric.with({ label: `healthy ${name}` }), unhealthyMetric.with({ label: `unhealthy ${name}` }));
        availability.push(avail);
      });
      serviceRows.push(
        new cloudwatch.GraphWidget({ title: 'Published services: healthy and unhealthy targets', left: health.slice(0, 40), width: 12 }),
        new cloudwatch.GraphWidget({
          title: `Published services: availability % (SLA ${target}%)`,
          left: availability.slice(0, 40),
          leftAnnotations: [{ value: target, label: 'SLA', color: cloudwatch.Color.RED }],
          leftYAxis: { min: 0, max: 100 },
          width: 12,
        }),
      );
      widgets.push(serviceRows);
    }

    const budget = props.boundary?.budget;
    if (budget) {
      this.topic.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'BudgetsPublish',
        principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }));
      addTopicToBudget(budget, this.topic.topicArn);
      const amount = (budget.budget as budgets.CfnBudget.BudgetDataProperty).budgetLimit as budgets.CfnBudget.SpendProperty;
      widgets.push([new cloudwatch.GraphWidget({
        title: `Estimated charges of the account against the lab's budget (${amount.amount} USD a month)`,
        left: [new cloudwatch.Metric({ namespace: 'AWS/Billing', metricName: 'EstimatedCharges', dimensionsMap: { Currency: 'USD' }, statistic: 'Maximum', period: Duration.hours(6), region: 'us-east-1' })],
        leftAnnotations: [{ value: Number(amount.amount), label: 'lab budget' }],
        width: 24,
      })]);
    }

    widgets.push([new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms.slice(0, 100), width: 24 })]);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `rws-${props.labName.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 255),
      widgets,
    });
    // CloudFormation's published schema (and cfn-lint) has no Tags on dashboards.
    (this.dashboard.node.defaultChild as cloudwatch.CfnDashboard).addPropertyDeletionOverride('Tags');
  }
}

/** Adds the topic as a subscriber of every notification of a budget (email subscribers stay). */
function addTopicToBudget(budget: budgets.CfnBudget, topicArn: string): void {
  const current = (budget.notificationsWithSubscribers ?? []) as budgets.CfnBudget.NotificationWithSubscribersProperty[];
  const notifications = current.length > 0 ? current : [
    { notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold: 80, thresholdType: 'PERCENTAGE' }, subscribers: [] },
    { notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' }, subscribers: [] },
  ];
  budget.notificationsWithSubscribers = notifications.map((n) => ({
    notification: n.notification,
    subscribers: [...(n.subscribers as budgets.CfnBudget.SubscriberProperty[]), { subscriptionType: 'SNS', address: topicArn }],
  }));
}
