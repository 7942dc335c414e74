import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { PolicyBoundary } from './policy-boundary';
import { ResearchWorkspace } from './research-workspace';
import { SharedEfs } from './shared-efs';
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
export declare class LabMonitoring extends Construct {
    /** The monitoring of a lab stack (its workspaces, shared storage, budget and key), as `Monitoring` in it. */
    static forLab(lab: LabStack, options?: LabMonitoringDefinition): LabMonitoring;
    /** The lab's alarm topic. */
    readonly topic: sns.Topic;
    /** The dashboard. */
    readonly dashboard: cloudwatch.Dashboard;
    /** Every alarm, status checks first. */
    readonly alarms: cloudwatch.Alarm[];
    /** Services published through the web gateway, with their alarms. */
    readonly services: MonitoredService[];
    constructor(scope: Construct, id: string, props: LabMonitoringProps);
}
