import { Stack, StackProps } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { TenantDefinition } from './institution';
import { LabStack } from './lab-stack';
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
export declare class TenantStack extends Stack {
    /** The tenant's key (topic, trail, trail bucket and log group). */
    readonly key: kms.Key;
    /** The tenant's alert topic. */
    readonly topic: sns.Topic;
    /**
     * The tenant's budget.
     * @default - none when the tenant has no budget
     */
    readonly budget?: budgets.CfnBudget;
    /**
     * The trail.
     * @default - none
     */
    readonly trail?: cloudtrail.Trail;
    /**
     * The trail's bucket.
     * @default - none
     */
    readonly trailBucket?: s3.Bucket;
    /** The tenant's dashboard. */
    readonly dashboard: cloudwatch.Dashboard;
    constructor(scope: Construct, id: string, props: TenantStackProps);
    private addTrail;
}
