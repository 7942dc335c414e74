"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.TenantStack = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const budgets = __importStar(require("aws-cdk-lib/aws-budgets"));
const cloudtrail = __importStar(require("aws-cdk-lib/aws-cloudtrail"));
const cloudwatch = __importStar(require("aws-cdk-lib/aws-cloudwatch"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const kms = __importStar(require("aws-cdk-lib/aws-kms"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const sns = __importStar(require("aws-cdk-lib/aws-sns"));
const subs = __importStar(require("aws-cdk-lib/aws-sns-subscriptions"));
const cx_api_1 = require("aws-cdk-lib/cx-api");
const airlock_nag_1 = require("../../constructs/aws/private/airlock-nag");
const airlock_storage_1 = require("../../constructs/aws/private/airlock-storage");
const tenant_isolation_1 = require("../../constructs/aws/private/tenant-isolation");
const trail_storage_1 = require("../../constructs/aws/private/trail-storage");
const props_1 = require("../../constructs/private/props");
const known_props_1 = require("../../private/known-props");
/**
 * What a tenant of an institution has besides its labs: its own KMS key, a topic with its
 * contacts, its budget (cost of everything tagged with the tenant) with alerts to the named
 * contacts and the topic, a dashboard of its labs, and, for a tenant with its own account, a
 * CloudTrail trail of the account (all regions, file validation) into a retained, versioned,
 * KMS-encrypted bucket whose objects nobody can delete.
 */
class TenantStack extends aws_cdk_lib_1.Stack {
    /** The tenant's key (topic, trail, trail bucket and log group). */
    key;
    /** The tenant's alert topic. */
    topic;
    /**
     * The tenant's budget.
     * @default - none when the tenant has no budget
     */
    budget;
    /**
     * The trail.
     * @default - none
     */
    trail;
    /**
     * The trail's bucket.
     * @default - none
     */
    trailBucket;
    /** The tenant's dashboard. */
    dashboard;
    constructor(scope, id, props) {
        super(scope, id, { ...props, description: props.description ?? `Tenant ${props.tenant?.name} of institution ${props.institutionName} (cdk-research-workspaces)` });
        (0, known_props_1.checkKnownProps)(this, 'TenantStackProps', props);
        this.node.setContext(cx_api_1.S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
        const t = props.tenant;
        aws_cdk_lib_1.Tags.of(this).add(tenant_isolation_1.TENANT_TAG, t.name);
        this.key = new kms.Key(this, 'Key', {
            description: `Tenant ${t.name} of ${props.institutionName}: alerts and audit trail`,
            enableKeyRotation: true,
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
        });
        (0, props_1.allowLogsService)(this.key);
        this.key.addToResourcePolicy(new iam.PolicyStatement({
            sid: 'BudgetsAndAlarmsPublish',
            principals: [new iam.ServicePrincipal('budgets.amazonaws.com'), new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
            actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
            resources: ['*'],
            conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
        }));
        this.topic = new sns.Topic(this, 'Alerts', { displayName: `Tenant ${t.name}: alerts`, masterKey: this.key, enforceSSL: true });
        for (const c of t.contacts ?? [])
            this.topic.addSubscription(new subs.EmailSubscription(c.email));
        if (t.budget) {
            this.topic.addToResourcePolicy(new iam.PolicyStatement({
                sid: 'BudgetsPublish',
                principals: [new iam.ServicePrincipal('budgets.amazonaws.com')],
                actions: ['sns:Publish'],
                resources: [this.topic.topicArn],
                conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
            }));
            const named = (t.budget.notify ?? []).map((n) => (t.contacts ?? []).find((c) => c.name === n)?.email).filter((e) => !!e);
            const subscribers = [...named.map((address) => ({ subscriptionType: 'EMAIL', address })), { subscriptionType: 'SNS', address: this.topic.topicArn }];
            this.budget = new budgets.CfnBudget(this, 'Budget', {
                budget: {
                    budgetName: `${props.institutionName}-${t.name}`,
                    budgetType: 'COST',
                    timeUnit: 'MONTHLY',
                    budgetLimit: { amount: t.budget.monthlyUsd, unit: 'USD' },
                    costFilters: { TagKeyValue: [`user:${tenant_isolation_1.TENANT_TAG}$${t.name}`] },
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
        if (props.trail ?? true)
            this.addTrail(props);
        const widgets = [[new cloudwatch.TextWidget({
                    markdown: `# Tenant ${t.name} (${props.institutionName})\nLabs: ${props.labs.map((l) => l.labName).join(', ') || 'none'}. `
                        + (t.budget ? `Budget ${t.budget.monthlyUsd} USD a month. ` : '')
                        + (t.quota ? `Quota: ${Object.entries(t.quota).map(([k, v]) => `${k} ${v}`).join(', ')}.` : ''),
                    width: 24,
                    height: 2,
                })]];
        // Alarms of labs in the tenant stack's environment (a dashboard names alarms of its own region and account).
        for (const lab of props.labs.filter((l) => l.region === this.region && l.account === this.account)) {
            const monitoring = lab.node.tryFindChild('Monitoring');
            const alarms = (lab.monitoring?.alarms ?? monitoring?.alarms ?? []).filter((a) => aws_cdk_lib_1.Stack.of(a) === lab).slice(0, 100);
            if (alarms.length)
                widgets.push([new cloudwatch.AlarmStatusWidget({ title: `Lab ${lab.labName}: storage and service alarms`, alarms, width: 24 })]);
        }
        if (t.budget) {
            widgets.push([new cloudwatch.GraphWidget({
                    title: `Estimated charges of the account against the tenant's budget (${t.budget.monthlyUsd} USD a month)`,
                    left: [new cloudwatch.Metric({ namespace: 'AWS/Billing', metricName: 'EstimatedCharges', dimensionsMap: { Currency: 'USD' }, statistic: 'Maximum', period: aws_cdk_lib_1.Duration.hours(6), region: 'us-east-1' })],
                    leftAnnotations: [{ value: t.budget.monthlyUsd, label: 'tenant budget' }],
                    width: 24,
                })]);
        }
        this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `rws-tenant-${props.institutionName}-${t.name}`, widgets });
        // CloudFormation's published schema (and cfn-lint) has no Tags on dashboards.
        this.dashboard.node.defaultChild.addPropertyDeletionOverride('Tags');
    }
    addTrail(props) {
        const t = props.tenant;
        const trailName = `${props.institutionName}-${t.name}`;
        const trailArn = this.formatArn({ service: 'cloudtrail', resource: 'trail', resourceName: trailName });
        (0, trail_storage_1.allowCloudTrailKey)(this, this.key, trailArn);
        const accessLogs = (0, airlock_storage_1.accessLogBucket)(this, 'TrailAccessLogs', `tenant ${t.name}'s trail`);
        const bucket = (0, trail_storage_1.trailBucket)(this, this, this.key, accessLogs, trailArn);
        bucket.addToResourcePolicy(new iam.PolicyStatement({
            sid: 'DenyTrailTampering',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectRetention', 's3:PutObjectLegalHold', 's3:PutLifecycleConfiguration'],
            resources: [bucket.bucketArn, bucket.arnForObjects('*')],
        }));
        (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }), 'The audit trail of the tenant\'s account stays in the regions the tenant is allowed; versioning, the deny-delete policy and CloudTrail log file validation keep it intact.');
        const group = new logs.LogGroup(this, 'TrailLogs', { encryptionKey: this.key, retention: props.trailLogRetention ?? logs.RetentionDays.ONE_YEAR, removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN });
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
        (0, trail_storage_1.finishTrail)(trail, bucket, 'aws-cdk-lib\'s Trail generates this role\'s policy: logs:CreateLogStream and logs:PutLogEvents on the trail\'s own log group only, assumed by CloudTrail alone.');
        this.trail = trail;
        this.trailBucket = bucket;
    }
}
exports.TenantStack = TenantStack;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVuYW50LXN0YWNrLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL3N0YWNrcy9hd3MvdGVuYW50LXN0YWNrLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLDZDQUErRTtBQUMvRSxpRUFBbUQ7QUFDbkQsdUVBQXlEO0FBQ3pELHVFQUF5RDtBQUN6RCx5REFBMkM7QUFDM0MseURBQTJDO0FBQzNDLDJEQUE2QztBQUU3Qyx5REFBMkM7QUFDM0Msd0VBQTBEO0FBQzFELCtDQUE2RTtBQUk3RSwwRUFBeUU7QUFDekUsa0ZBQStFO0FBQy9FLG9GQUEyRTtBQUMzRSw4RUFBMEc7QUFDMUcsMERBQWtFO0FBQ2xFLDJEQUE0RDtBQXdCNUQ7Ozs7OztHQU1HO0FBQ0gsTUFBYSxXQUFZLFNBQVEsbUJBQUs7SUFDcEMsbUVBQW1FO0lBQ25ELEdBQUcsQ0FBVTtJQUM3QixnQ0FBZ0M7SUFDaEIsS0FBSyxDQUFZO0lBQ2pDOzs7T0FHRztJQUNhLE1BQU0sQ0FBcUI7SUFDM0M7OztPQUdHO0lBQ2EsS0FBSyxDQUFvQjtJQUN6Qzs7O09BR0c7SUFDYSxXQUFXLENBQWE7SUFDeEMsOEJBQThCO0lBQ2QsU0FBUyxDQUF1QjtJQUVoRCxZQUFZLEtBQWdCLEVBQUUsRUFBVSxFQUFFLEtBQXVCO1FBQy9ELEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxLQUFLLEVBQUUsV0FBVyxFQUFFLEtBQUssQ0FBQyxXQUFXLElBQUksVUFBVSxLQUFLLENBQUMsTUFBTSxFQUFFLElBQUksbUJBQW1CLEtBQUssQ0FBQyxlQUFlLDRCQUE0QixFQUFFLENBQUMsQ0FBQztRQUNuSyxJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2pELElBQUksQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLGdEQUF1QyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3BFLE1BQU0sQ0FBQyxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUM7UUFDdkIsa0JBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLDZCQUFVLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3RDLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUU7WUFDbEMsV0FBVyxFQUFFLFVBQVUsQ0FBQyxDQUFDLElBQUksT0FBTyxLQUFLLENBQUMsZUFBZSwwQkFBMEI7WUFDbkYsaUJBQWlCLEVBQUUsSUFBSTtZQUN2QixhQUFhLEVBQUUsMkJBQWEsQ0FBQyxNQUFNO1NBQ3BDLENBQUMsQ0FBQztRQUNILElBQUEsd0JBQWdCLEVBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzNCLElBQUksQ0FBQyxHQUFHLENBQUMsbUJBQW1CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQ25ELEdBQUcsRUFBRSx5QkFBeUI7WUFDOUIsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsdUJBQXVCLENBQUMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO1lBQ3JILE9BQU8sRUFBRSxDQUFDLGFBQWEsRUFBRSxzQkFBc0IsQ0FBQztZQUNoRCxTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUM7WUFDaEIsVUFBVSxFQUFFLEVBQUUsWUFBWSxFQUFFLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxFQUFFO1NBQ3BFLENBQUMsQ0FBQyxDQUFDO1FBQ0osSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxFQUFFLFdBQVcsRUFBRSxVQUFVLENBQUMsQ0FBQyxJQUFJLFVBQVUsRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLEdBQUcsRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUMvSCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxRQUFRLElBQUksRUFBRTtZQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsZUFBZSxDQUFDLElBQUksSUFBSSxDQUFDLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBRWxHLElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2IsSUFBSSxDQUFDLEtBQUssQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7Z0JBQ3JELEdBQUcsRUFBRSxnQkFBZ0I7Z0JBQ3JCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLHVCQUF1QixDQUFDLENBQUM7Z0JBQy9ELE9BQU8sRUFBRSxDQUFDLGFBQWEsQ0FBQztnQkFDeEIsU0FBUyxFQUFFLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUM7Z0JBQ2hDLFVBQVUsRUFBRSxFQUFFLFlBQVksRUFBRSxFQUFFLG1CQUFtQixFQUFFLElBQUksQ0FBQyxPQUFPLEVBQUUsRUFBRTthQUNwRSxDQUFDLENBQUMsQ0FBQztZQUNKLE1BQU0sS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBZSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3RJLE1BQU0sV0FBVyxHQUFHLENBQUMsR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLGdCQUFnQixFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDO1lBQ3JKLElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUU7Z0JBQ2xELE1BQU0sRUFBRTtvQkFDTixVQUFVLEVBQUUsR0FBRyxLQUFLLENBQUMsZUFBZSxJQUFJLENBQUMsQ0FBQyxJQUFJLEVBQUU7b0JBQ2hELFVBQVUsRUFBRSxNQUFNO29CQUNsQixRQUFRLEVBQUUsU0FBUztvQkFDbkIsV0FBVyxFQUFFLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsVUFBVSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7b0JBQ3pELFdBQVcsRUFBRSxFQUFFLFdBQVcsRUFBRSxDQUFDLFFBQVEsNkJBQVUsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRTtpQkFDL0Q7Z0JBQ0QsNEJBQTRCLEVBQUU7b0JBQzVCLEdBQUcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUM7d0JBQzVELFlBQVksRUFBRSxFQUFFLGdCQUFnQixFQUFFLFFBQVEsRUFBRSxrQkFBa0IsRUFBRSxjQUFjLEVBQUUsU0FBUyxFQUFFLGFBQWEsRUFBRSxZQUFZLEVBQUU7d0JBQ3hILFdBQVc7cUJBQ1osQ0FBQyxDQUFDO29CQUNILEVBQUUsWUFBWSxFQUFFLEVBQUUsZ0JBQWdCLEVBQUUsWUFBWSxFQUFFLGtCQUFrQixFQUFFLGNBQWMsRUFBRSxTQUFTLEVBQUUsR0FBRyxFQUFFLGFBQWEsRUFBRSxZQUFZLEVBQUUsRUFBRSxXQUFXLEVBQUU7aUJBQ25KO2FBQ0YsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUVELElBQUksS0FBSyxDQUFDLEtBQUssSUFBSSxJQUFJO1lBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUU5QyxNQUFNLE9BQU8sR0FBMkIsQ0FBQyxDQUFDLElBQUksVUFBVSxDQUFDLFVBQVUsQ0FBQztvQkFDbEUsUUFBUSxFQUFFLFlBQVksQ0FBQyxDQUFDLElBQUksS0FBSyxLQUFLLENBQUMsZUFBZSxZQUFZLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sSUFBSTswQkFDdkgsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxNQUFNLENBQUMsVUFBVSxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDOzBCQUMvRCxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztvQkFDakcsS0FBSyxFQUFFLEVBQUU7b0JBQ1QsTUFBTSxFQUFFLENBQUM7aUJBQ1YsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNMLDZHQUE2RztRQUM3RyxLQUFLLE1BQU0sR0FBRyxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLElBQUksQ0FBQyxNQUFNLElBQUksQ0FBQyxDQUFDLE9BQU8sS0FBSyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztZQUNuRyxNQUFNLFVBQVUsR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxZQUFZLENBQWdELENBQUM7WUFDdEcsTUFBTSxNQUFNLEdBQUcsQ0FBQyxHQUFHLENBQUMsVUFBVSxFQUFFLE1BQU0sSUFBSSxVQUFVLEVBQUUsTUFBTSxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsbUJBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQztZQUNySCxJQUFJLE1BQU0sQ0FBQyxNQUFNO2dCQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLFVBQVUsQ0FBQyxpQkFBaUIsQ0FBQyxFQUFFLEtBQUssRUFBRSxPQUFPLEdBQUcsQ0FBQyxPQUFPLDhCQUE4QixFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDdEosQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2IsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLElBQUksVUFBVSxDQUFDLFdBQVcsQ0FBQztvQkFDdkMsS0FBSyxFQUFFLGlFQUFpRSxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsZUFBZTtvQkFDMUcsSUFBSSxFQUFFLENBQUMsSUFBSSxVQUFVLENBQUMsTUFBTSxDQUFDLEVBQUUsU0FBUyxFQUFFLGFBQWEsRUFBRSxVQUFVLEVBQUUsa0JBQWtCLEVBQUUsYUFBYSxFQUFFLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxFQUFFLFNBQVMsRUFBRSxTQUFTLEVBQUUsTUFBTSxFQUFFLHNCQUFRLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDO29CQUNyTSxlQUFlLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsRUFBRSxLQUFLLEVBQUUsZUFBZSxFQUFFLENBQUM7b0JBQ3pFLEtBQUssRUFBRSxFQUFFO2lCQUNWLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLFVBQVUsQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxFQUFFLGFBQWEsRUFBRSxjQUFjLEtBQUssQ0FBQyxlQUFlLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUM7UUFDMUksOEVBQThFO1FBQzdFLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLFlBQXdDLENBQUMsMkJBQTJCLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDcEcsQ0FBQztJQUVPLFFBQVEsQ0FBQyxLQUF1QjtRQUN0QyxNQUFNLENBQUMsR0FBRyxLQUFLLENBQUMsTUFBTSxDQUFDO1FBQ3ZCLE1BQU0sU0FBUyxHQUFHLEdBQUcsS0FBSyxDQUFDLGVBQWUsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDdkQsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztRQUN2RyxJQUFBLGtDQUFrQixFQUFDLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQzdDLE1BQU0sVUFBVSxHQUFHLElBQUEsaUNBQWUsRUFBQyxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsVUFBVSxDQUFDLENBQUMsSUFBSSxVQUFVLENBQUMsQ0FBQztRQUN4RixNQUFNLE1BQU0sR0FBRyxJQUFBLDJCQUFXLEVBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsR0FBRyxFQUFFLFVBQVUsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUN2RSxNQUFNLENBQUMsbUJBQW1CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQ2pELEdBQUcsRUFBRSxvQkFBb0I7WUFDekIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSTtZQUN2QixVQUFVLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxZQUFZLEVBQUUsQ0FBQztZQUNwQyxPQUFPLEVBQUUsQ0FBQyxpQkFBaUIsRUFBRSx3QkFBd0IsRUFBRSx1QkFBdUIsRUFBRSx1QkFBdUIsRUFBRSw4QkFBOEIsQ0FBQztZQUN4SSxTQUFTLEVBQUUsQ0FBQyxNQUFNLENBQUMsU0FBUyxFQUFFLE1BQU0sQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUM7U0FDekQsQ0FBQyxDQUFDLENBQUM7UUFDSixJQUFBLGlCQUFHLEVBQUMsTUFBTSxFQUFFLElBQUEsc0JBQVEsRUFBQyxFQUFFLEtBQUssRUFBRSw0QkFBNEIsRUFBRSxJQUFJLEVBQUUsNEJBQTRCLEVBQUUsQ0FBQyxFQUMvRiw0S0FBNEssQ0FBQyxDQUFDO1FBQ2hMLE1BQU0sS0FBSyxHQUFHLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsV0FBVyxFQUFFLEVBQUUsYUFBYSxFQUFFLElBQUksQ0FBQyxHQUFHLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxpQkFBaUIsSUFBSSxJQUFJLENBQUMsYUFBYSxDQUFDLFFBQVEsRUFBRSxhQUFhLEVBQUUsMkJBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO1FBQ3hMLE1BQU0sS0FBSyxHQUFHLElBQUksVUFBVSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFO1lBQ2hELFNBQVM7WUFDVCxNQUFNO1lBQ04sYUFBYSxFQUFFLElBQUksQ0FBQyxHQUFHO1lBQ3ZCLG9CQUFvQixFQUFFLElBQUk7WUFDMUIsb0JBQW9CLEVBQUUsSUFBSTtZQUMxQixrQkFBa0IsRUFBRSxLQUFLO1lBQ3pCLGtCQUFrQixFQUFFLElBQUk7WUFDeEIsMEJBQTBCLEVBQUUsSUFBSTtZQUNoQyxnQkFBZ0IsRUFBRSxVQUFVLENBQUMsYUFBYSxDQUFDLEdBQUc7U0FDL0MsQ0FBQyxDQUFDO1FBQ0gsSUFBQSwyQkFBVyxFQUFDLEtBQUssRUFBRSxNQUFNLEVBQ3ZCLGlLQUFpSyxDQUFDLENBQUM7UUFDcEssSUFBcUMsQ0FBQyxLQUFLLEdBQUcsS0FBSyxDQUFDO1FBQ3BELElBQW9DLENBQUMsV0FBVyxHQUFHLE1BQU0sQ0FBQztJQUM3RCxDQUFDO0NBQ0Y7QUF0SUQsa0NBc0lDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgRHVyYXRpb24sIFJlbW92YWxQb2xpY3ksIFN0YWNrLCBTdGFja1Byb3BzLCBUYWdzIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0ICogYXMgYnVkZ2V0cyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtYnVkZ2V0cyc7XG5pbXBvcnQgKiBhcyBjbG91ZHRyYWlsIGZyb20gJ2F3cy1jZGstbGliL2F3cy1jbG91ZHRyYWlsJztcbmltcG9ydCAqIGFzIGNsb3Vkd2F0Y2ggZnJvbSAnYXdzLWNkay1saWIvYXdzLWNsb3Vkd2F0Y2gnO1xuaW1wb3J0ICogYXMgaWFtIGZyb20gJ2F3cy1jZGstbGliL2F3cy1pYW0nO1xuaW1wb3J0ICogYXMga21zIGZyb20gJ2F3cy1jZGstbGliL2F3cy1rbXMnO1xuaW1wb3J0ICogYXMgbG9ncyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtbG9ncyc7XG5pbXBvcnQgKiBhcyBzMyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtczMnO1xuaW1wb3J0ICogYXMgc25zIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zbnMnO1xuaW1wb3J0ICogYXMgc3VicyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mtc25zLXN1YnNjcmlwdGlvbnMnO1xuaW1wb3J0IHsgUzNfU0VSVkVSX0FDQ0VTU19MT0dTX1VTRV9CVUNLRVRfUE9MSUNZIH0gZnJvbSAnYXdzLWNkay1saWIvY3gtYXBpJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHR5cGUgeyBUZW5hbnREZWZpbml0aW9uIH0gZnJvbSAnLi9pbnN0aXR1dGlvbic7XG5pbXBvcnQgeyBMYWJTdGFjayB9IGZyb20gJy4vbGFiLXN0YWNrJztcbmltcG9ydCB7IGFjaywgYWxsUGFja3MgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IGFjY2Vzc0xvZ0J1Y2tldCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvYWlybG9jay1zdG9yYWdlJztcbmltcG9ydCB7IFRFTkFOVF9UQUcgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL3RlbmFudC1pc29sYXRpb24nO1xuaW1wb3J0IHsgYWxsb3dDbG91ZFRyYWlsS2V5LCBmaW5pc2hUcmFpbCwgdHJhaWxCdWNrZXQgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL3RyYWlsLXN0b3JhZ2UnO1xuaW1wb3J0IHsgYWxsb3dMb2dzU2VydmljZSB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvcHJpdmF0ZS9wcm9wcyc7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgVGVuYW50U3RhY2suXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgVGVuYW50U3RhY2tQcm9wcyBleHRlbmRzIFN0YWNrUHJvcHMge1xuICAvKiogSW5zdGl0dXRpb24gbmFtZS4gKi9cbiAgcmVhZG9ubHkgaW5zdGl0dXRpb25OYW1lOiBzdHJpbmc7XG4gIC8qKiBUaGUgdGVuYW50LiAqL1xuICByZWFkb25seSB0ZW5hbnQ6IFRlbmFudERlZmluaXRpb247XG4gIC8qKiBUaGUgdGVuYW50J3MgbGFicyAodGhlaXIgYWxhcm1zIGFyZSBvbiB0aGUgdGVuYW50J3MgZGFzaGJvYXJkKS4gKi9cbiAgcmVhZG9ubHkgbGFiczogTGFiU3RhY2tbXTtcbiAgLyoqXG4gICAqIFJlY29yZCB0aGUgYWNjb3VudCdzIG1hbmFnZW1lbnQgZXZlbnRzIGluIGEgdHJhaWwgb2YgdGhlIHRlbmFudCAoaXRzIG93biBhY2NvdW50KS5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgcmVhZG9ubHkgdHJhaWw/OiBib29sZWFuO1xuICAvKipcbiAgICogRGF5cyB0aGUgdHJhaWwncyBsb2cgZ3JvdXAga2VlcHMgZXZlbnRzICh0aGUgYnVja2V0IGtlZXBzIHRoZW0gd2l0aG91dCBleHBpcnkpLlxuICAgKiBAZGVmYXVsdCBsb2dzLlJldGVudGlvbkRheXMuT05FX1lFQVJcbiAgICovXG4gIHJlYWRvbmx5IHRyYWlsTG9nUmV0ZW50aW9uPzogbG9ncy5SZXRlbnRpb25EYXlzO1xufVxuXG4vKipcbiAqIFdoYXQgYSB0ZW5hbnQgb2YgYW4gaW5zdGl0dXRpb24gaGFzIGJlc2lkZXMgaXRzIGxhYnM6IGl0cyBvd24gS01TIGtleSwgYSB0b3BpYyB3aXRoIGl0c1xuICogY29udGFjdHMsIGl0cyBidWRnZXQgKGNvc3Qgb2YgZXZlcnl0aGluZyB0YWdnZWQgd2l0aCB0aGUgdGVuYW50KSB3aXRoIGFsZXJ0cyB0byB0aGUgbmFtZWRcbiAqIGNvbnRhY3RzIGFuZCB0aGUgdG9waWMsIGEgZGFzaGJvYXJkIG9mIGl0cyBsYWJzLCBhbmQsIGZvciBhIHRlbmFudCB3aXRoIGl0cyBvd24gYWNjb3VudCwgYVxuICogQ2xvdWRUcmFpbCB0cmFpbCBvZiB0aGUgYWNjb3VudCAoYWxsIHJlZ2lvbnMsIGZpbGUgdmFsaWRhdGlvbikgaW50byBhIHJldGFpbmVkLCB2ZXJzaW9uZWQsXG4gKiBLTVMtZW5jcnlwdGVkIGJ1Y2tldCB3aG9zZSBvYmplY3RzIG5vYm9keSBjYW4gZGVsZXRlLlxuICovXG5leHBvcnQgY2xhc3MgVGVuYW50U3RhY2sgZXh0ZW5kcyBTdGFjayB7XG4gIC8qKiBUaGUgdGVuYW50J3Mga2V5ICh0b3BpYywgdHJhaWwsIHRyYWlsIGJ1Y2tldCBhbmQgbG9nIGdyb3VwKS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGtleToga21zLktleTtcbiAgLyoqIFRoZSB0ZW5hbnQncyBhbGVydCB0b3BpYy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHRvcGljOiBzbnMuVG9waWM7XG4gIC8qKlxuICAgKiBUaGUgdGVuYW50J3MgYnVkZ2V0LlxuICAgKiBAZGVmYXVsdCAtIG5vbmUgd2hlbiB0aGUgdGVuYW50IGhhcyBubyBidWRnZXRcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBidWRnZXQ/OiBidWRnZXRzLkNmbkJ1ZGdldDtcbiAgLyoqXG4gICAqIFRoZSB0cmFpbC5cbiAgICogQGRlZmF1bHQgLSBub25lXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgdHJhaWw/OiBjbG91ZHRyYWlsLlRyYWlsO1xuICAvKipcbiAgICogVGhlIHRyYWlsJ3MgYnVja2V0LlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSB0cmFpbEJ1Y2tldD86IHMzLkJ1Y2tldDtcbiAgLyoqIFRoZSB0ZW5hbnQncyBkYXNoYm9hcmQuICovXG4gIHB1YmxpYyByZWFkb25seSBkYXNoYm9hcmQ6IGNsb3Vkd2F0Y2guRGFzaGJvYXJkO1xuXG4gIGNvbnN0cnVjdG9yKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHByb3BzOiBUZW5hbnRTdGFja1Byb3BzKSB7XG4gICAgc3VwZXIoc2NvcGUsIGlkLCB7IC4uLnByb3BzLCBkZXNjcmlwdGlvbjogcHJvcHMuZGVzY3JpcHRpb24gPz8gYFRlbmFudCAke3Byb3BzLnRlbmFudD8ubmFtZX0gb2YgaW5zdGl0dXRpb24gJHtwcm9wcy5pbnN0aXR1dGlvbk5hbWV9IChjZGstcmVzZWFyY2gtd29ya3NwYWNlcylgIH0pO1xuICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnVGVuYW50U3RhY2tQcm9wcycsIHByb3BzKTtcbiAgICB0aGlzLm5vZGUuc2V0Q29udGV4dChTM19TRVJWRVJfQUNDRVNTX0xPR1NfVVNFX0JVQ0tFVF9QT0xJQ1ksIHRydWUpO1xuICAgIGNvbnN0IHQgPSBwcm9wcy50ZW5hbnQ7XG4gICAgVGFncy5vZih0aGlzKS5hZGQoVEVOQU5UX1RBRywgdC5uYW1lKTtcbiAgICB0aGlzLmtleSA9IG5ldyBrbXMuS2V5KHRoaXMsICdLZXknLCB7XG4gICAgICBkZXNjcmlwdGlvbjogYFRlbmFudCAke3QubmFtZX0gb2YgJHtwcm9wcy5pbnN0aXR1dGlvbk5hbWV9OiBhbGVydHMgYW5kIGF1ZGl0IHRyYWlsYCxcbiAgICAgIGVuYWJsZUtleVJvdGF0aW9uOiB0cnVlLFxuICAgICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgfSk7XG4gICAgYWxsb3dMb2dzU2VydmljZSh0aGlzLmtleSk7XG4gICAgdGhpcy5rZXkuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdCdWRnZXRzQW5kQWxhcm1zUHVibGlzaCcsXG4gICAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdidWRnZXRzLmFtYXpvbmF3cy5jb20nKSwgbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdjbG91ZHdhdGNoLmFtYXpvbmF3cy5jb20nKV0sXG4gICAgICBhY3Rpb25zOiBbJ2ttczpEZWNyeXB0JywgJ2ttczpHZW5lcmF0ZURhdGFLZXkqJ10sXG4gICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdFcXVhbHM6IHsgJ2F3czpTb3VyY2VBY2NvdW50JzogdGhpcy5hY2NvdW50IH0gfSxcbiAgICB9KSk7XG4gICAgdGhpcy50b3BpYyA9IG5ldyBzbnMuVG9waWModGhpcywgJ0FsZXJ0cycsIHsgZGlzcGxheU5hbWU6IGBUZW5hbnQgJHt0Lm5hbWV9OiBhbGVydHNgLCBtYXN0ZXJLZXk6IHRoaXMua2V5LCBlbmZvcmNlU1NMOiB0cnVlIH0pO1xuICAgIGZvciAoY29uc3QgYyBvZiB0LmNvbnRhY3RzID8/IFtdKSB0aGlzLnRvcGljLmFkZFN1YnNjcmlwdGlvbihuZXcgc3Vicy5FbWFpbFN1YnNjcmlwdGlvbihjLmVtYWlsKSk7XG5cbiAgICBpZiAodC5idWRnZXQpIHtcbiAgICAgIHRoaXMudG9waWMuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ0J1ZGdldHNQdWJsaXNoJyxcbiAgICAgICAgcHJpbmNpcGFsczogW25ldyBpYW0uU2VydmljZVByaW5jaXBhbCgnYnVkZ2V0cy5hbWF6b25hd3MuY29tJyldLFxuICAgICAgICBhY3Rpb25zOiBbJ3NuczpQdWJsaXNoJ10sXG4gICAgICAgIHJlc291cmNlczogW3RoaXMudG9waWMudG9waWNBcm5dLFxuICAgICAgICBjb25kaXRpb25zOiB7IFN0cmluZ0VxdWFsczogeyAnYXdzOlNvdXJjZUFjY291bnQnOiB0aGlzLmFjY291bnQgfSB9LFxuICAgICAgfSkpO1xuICAgICAgY29uc3QgbmFtZWQgPSAodC5idWRnZXQubm90aWZ5ID8/IFtdKS5tYXAoKG4pID0+ICh0LmNvbnRhY3RzID8/IFtdKS5maW5kKChjKSA9PiBjLm5hbWUgPT09IG4pPy5lbWFpbCkuZmlsdGVyKChlKTogZSBpcyBzdHJpbmcgPT4gISFlKTtcbiAgICAgIGNvbnN0IHN1YnNjcmliZXJzID0gWy4uLm5hbWVkLm1hcCgoYWRkcmVzcykgPT4gKHsgc3Vic2NyaXB0aW9uVHlwZTogJ0VNQUlMJywgYWRkcmVzcyB9KSksIHsgc3Vic2NyaXB0aW9uVHlwZTogJ1NOUycsIGFkZHJlc3M6IHRoaXMudG9waWMudG9waWNBcm4gfV07XG4gICAgICB0aGlzLmJ1ZGdldCA9IG5ldyBidWRnZXRzLkNmbkJ1ZGdldCh0aGlzLCAnQnVkZ2V0Jywge1xuICAgICAgICBidWRnZXQ6IHtcbiAgICAgICAgICBidWRnZXROYW1lOiBgJHtwcm9wcy5pbnN0aXR1dGlvbk5hbWV9LSR7dC5uYW1lfWAsXG4gICAgICAgICAgYnVkZ2V0VHlwZTogJ0NPU1QnLFxuICAgICAgICAgIHRpbWVVbml0OiAnTU9OVEhMWScsXG4gICAgICAgICAgYnVkZ2V0TGltaXQ6IHsgYW1vdW50OiB0LmJ1ZGdldC5tb250aGx5VXNkLCB1bml0OiAnVVNEJyB9LFxuICAgICAgICAgIGNvc3RGaWx0ZXJzOiB7IFRhZ0tleVZhbHVlOiBbYHVzZXI6JHtURU5BTlRfVEFHfSQke3QubmFtZX1gXSB9LFxuICAgICAgICB9LFxuICAgICAgICBub3RpZmljYXRpb25zV2l0aFN1YnNjcmliZXJzOiBbXG4gICAgICAgICAgLi4uKHQuYnVkZ2V0LnRocmVzaG9sZHMgPz8gWzUwLCA4MCwgMTAwXSkubWFwKCh0aHJlc2hvbGQpID0+ICh7XG4gICAgICAgICAgICBub3RpZmljYXRpb246IHsgbm90aWZpY2F0aW9uVHlwZTogJ0FDVFVBTCcsIGNvbXBhcmlzb25PcGVyYXRvcjogJ0dSRUFURVJfVEhBTicsIHRocmVzaG9sZCwgdGhyZXNob2xkVHlwZTogJ1BFUkNFTlRBR0UnIH0sXG4gICAgICAgICAgICBzdWJzY3JpYmVycyxcbiAgICAgICAgICB9KSksXG4gICAgICAgICAgeyBub3RpZmljYXRpb246IHsgbm90aWZpY2F0aW9uVHlwZTogJ0ZPUkVDQVNURUQnLCBjb21wYXJpc29uT3BlcmF0b3I6ICdHUkVBVEVSX1RIQU4nLCB0aHJlc2hvbGQ6IDEwMCwgdGhyZXNob2xkVHlwZTogJ1BFUkNFTlRBR0UnIH0sIHN1YnNjcmliZXJzIH0sXG4gICAgICAgIF0sXG4gICAgICB9KTtcbiAgICB9XG5cbiAgICBpZiAocHJvcHMudHJhaWwgPz8gdHJ1ZSkgdGhpcy5hZGRUcmFpbChwcm9wcyk7XG5cbiAgICBjb25zdCB3aWRnZXRzOiBjbG91ZHdhdGNoLklXaWRnZXRbXVtdID0gW1tuZXcgY2xvdWR3YXRjaC5UZXh0V2lkZ2V0KHtcbiAgICAgIG1hcmtkb3duOiBgIyBUZW5hbnQgJHt0Lm5hbWV9ICgke3Byb3BzLmluc3RpdHV0aW9uTmFtZX0pXFxuTGFiczogJHtwcm9wcy5sYWJzLm1hcCgobCkgPT4gbC5sYWJOYW1lKS5qb2luKCcsICcpIHx8ICdub25lJ30uIGBcbiAgICAgICAgKyAodC5idWRnZXQgPyBgQnVkZ2V0ICR7dC5idWRnZXQubW9udGhseVVzZH0gVVNEIGEgbW9udGguIGAgOiAnJylcbiAgICAgICAgKyAodC5xdW90YSA/IGBRdW90YTogJHtPYmplY3QuZW50cmllcyh0LnF1b3RhKS5tYXAoKFtrLCB2XSkgPT4gYCR7a30gJHt2fWApLmpvaW4oJywgJyl9LmAgOiAnJyksXG4gICAgICB3aWR0aDogMjQsXG4gICAgICBoZWlnaHQ6IDIsXG4gICAgfSldXTtcbiAgICAvLyBBbGFybXMgb2YgbGFicyBpbiB0aGUgdGVuYW50IHN0YWNrJ3MgZW52aXJvbm1lbnQgKGEgZGFzaGJvYXJkIG5hbWVzIGFsYXJtcyBvZiBpdHMgb3duIHJlZ2lvbiBhbmQgYWNjb3VudCkuXG4gICAgZm9yIChjb25zdCBsYWIgb2YgcHJvcHMubGFicy5maWx0ZXIoKGwpID0+IGwucmVnaW9uID09PSB0aGlzLnJlZ2lvbiAmJiBsLmFjY291bnQgPT09IHRoaXMuYWNjb3VudCkpIHtcbiAgICAgIGNvbnN0IG1vbml0b3JpbmcgPSBsYWIubm9kZS50cnlGaW5kQ2hpbGQoJ01vbml0b3JpbmcnKSBhcyB7IGFsYXJtcz86IGNsb3Vkd2F0Y2guQWxhcm1bXSB9IHwgdW5kZWZpbmVkO1xuICAgICAgY29uc3QgYWxhcm1zID0gKGxhYi5tb25pdG9yaW5nPy5hbGFybXMgPz8gbW9uaXRvcmluZz8uYWxhcm1zID8/IFtdKS5maWx0ZXIoKGEpID0+IFN0YWNrLm9mKGEpID09PSBsYWIpLnNsaWNlKDAsIDEwMCk7XG4gICAgICBpZiAoYWxhcm1zLmxlbmd0aCkgd2lkZ2V0cy5wdXNoKFtuZXcgY2xvdWR3YXRjaC5BbGFybVN0YXR1c1dpZGdldCh7IHRpdGxlOiBgTGFiICR7bGFiLmxhYk5hbWV9OiBzdG9yYWdlIGFuZCBzZXJ2aWNlIGFsYXJtc2AsIGFsYXJtcywgd2lkdGg6IDI0IH0pXSk7XG4gICAgfVxuICAgIGlmICh0LmJ1ZGdldCkge1xuICAgICAgd2lkZ2V0cy5wdXNoKFtuZXcgY2xvdWR3YXRjaC5HcmFwaFdpZGdldCh7XG4gICAgICAgIHRpdGxlOiBgRXN0aW1hdGVkIGNoYXJnZXMgb2YgdGhlIGFjY291bnQgYWdhaW5zdCB0aGUgdGVuYW50J3MgYnVkZ2V0ICgke3QuYnVkZ2V0Lm1vbnRobHlVc2R9IFVTRCBhIG1vbnRoKWAsXG4gICAgICAgIGxlZnQ6IFtuZXcgY2xvdWR3YXRjaC5NZXRyaWMoeyBuYW1lc3BhY2U6ICdBV1MvQmlsbGluZycsIG1ldHJpY05hbWU6ICdFc3RpbWF0ZWRDaGFyZ2VzJywgZGltZW5zaW9uc01hcDogeyBDdXJyZW5jeTogJ1VTRCcgfSwgc3RhdGlzdGljOiAnTWF4aW11bScsIHBlcmlvZDogRHVyYXRpb24uaG91cnMoNiksIHJlZ2lvbjogJ3VzLWVhc3QtMScgfSldLFxuICAgICAgICBsZWZ0QW5ub3RhdGlvbnM6IFt7IHZhbHVlOiB0LmJ1ZGdldC5tb250aGx5VXNkLCBsYWJlbDogJ3RlbmFudCBidWRnZXQnIH1dLFxuICAgICAgICB3aWR0aDogMjQsXG4gICAgICB9KV0pO1xuICAgIH1cbiAgICB0aGlzLmRhc2hib2FyZCA9IG5ldyBjbG91ZHdhdGNoLkRhc2hib2FyZCh0aGlzLCAnRGFzaGJvYXJkJywgeyBkYXNoYm9hcmROYW1lOiBgcndzLXRlbmFudC0ke3Byb3BzLmluc3RpdHV0aW9uTmFtZX0tJHt0Lm5hbWV9YCwgd2lkZ2V0cyB9KTtcbiAgICAvLyBDbG91ZEZvcm1hdGlvbidzIHB1Ymxpc2hlZCBzY2hlbWEgKGFuZCBjZm4tbGludCkgaGFzIG5vIFRhZ3Mgb24gZGFzaGJvYXJkcy5cbiAgICAodGhpcy5kYXNoYm9hcmQubm9kZS5kZWZhdWx0Q2hpbGQgYXMgY2xvdWR3YXRjaC5DZm5EYXNoYm9hcmQpLmFkZFByb3BlcnR5RGVsZXRpb25PdmVycmlkZSgnVGFncycpO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGRUcmFpbChwcm9wczogVGVuYW50U3RhY2tQcm9wcyk6IHZvaWQge1xuICAgIGNvbnN0IHQgPSBwcm9wcy50ZW5hbnQ7XG4gICAgY29uc3QgdHJhaWxOYW1lID0gYCR7cHJvcHMuaW5zdGl0dXRpb25OYW1lfS0ke3QubmFtZX1gO1xuICAgIGNvbnN0IHRyYWlsQXJuID0gdGhpcy5mb3JtYXRBcm4oeyBzZXJ2aWNlOiAnY2xvdWR0cmFpbCcsIHJlc291cmNlOiAndHJhaWwnLCByZXNvdXJjZU5hbWU6IHRyYWlsTmFtZSB9KTtcbiAgICBhbGxvd0Nsb3VkVHJhaWxLZXkodGhpcywgdGhpcy5rZXksIHRyYWlsQXJuKTtcbiAgICBjb25zdCBhY2Nlc3NMb2dzID0gYWNjZXNzTG9nQnVja2V0KHRoaXMsICdUcmFpbEFjY2Vzc0xvZ3MnLCBgdGVuYW50ICR7dC5uYW1lfSdzIHRyYWlsYCk7XG4gICAgY29uc3QgYnVja2V0ID0gdHJhaWxCdWNrZXQodGhpcywgdGhpcywgdGhpcy5rZXksIGFjY2Vzc0xvZ3MsIHRyYWlsQXJuKTtcbiAgICBidWNrZXQuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdEZW55VHJhaWxUYW1wZXJpbmcnLFxuICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5BbnlQcmluY2lwYWwoKV0sXG4gICAgICBhY3Rpb25zOiBbJ3MzOkRlbGV0ZU9iamVjdCcsICdzMzpEZWxldGVPYmplY3RWZXJzaW9uJywgJ3MzOlB1dE9iamVjdFJldGVudGlvbicsICdzMzpQdXRPYmplY3RMZWdhbEhvbGQnLCAnczM6UHV0TGlmZWN5Y2xlQ29uZmlndXJhdGlvbiddLFxuICAgICAgcmVzb3VyY2VzOiBbYnVja2V0LmJ1Y2tldEFybiwgYnVja2V0LmFybkZvck9iamVjdHMoJyonKV0sXG4gICAgfSkpO1xuICAgIGFjayhidWNrZXQsIGFsbFBhY2tzKHsgaGlwYWE6ICdTM0J1Y2tldFJlcGxpY2F0aW9uRW5hYmxlZCcsIG5pc3Q6ICdTM0J1Y2tldFJlcGxpY2F0aW9uRW5hYmxlZCcgfSksXG4gICAgICAnVGhlIGF1ZGl0IHRyYWlsIG9mIHRoZSB0ZW5hbnRcXCdzIGFjY291bnQgc3RheXMgaW4gdGhlIHJlZ2lvbnMgdGhlIHRlbmFudCBpcyBhbGxvd2VkOyB2ZXJzaW9uaW5nLCB0aGUgZGVueS1kZWxldGUgcG9saWN5IGFuZCBDbG91ZFRyYWlsIGxvZyBmaWxlIHZhbGlkYXRpb24ga2VlcCBpdCBpbnRhY3QuJyk7XG4gICAgY29uc3QgZ3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnVHJhaWxMb2dzJywgeyBlbmNyeXB0aW9uS2V5OiB0aGlzLmtleSwgcmV0ZW50aW9uOiBwcm9wcy50cmFpbExvZ1JldGVudGlvbiA/PyBsb2dzLlJldGVudGlvbkRheXMuT05FX1lFQVIsIHJlbW92YWxQb2xpY3k6IFJlbW92YWxQb2xpY3kuUkVUQUlOIH0pO1xuICAgIGNvbnN0IHRyYWlsID0gbmV3IGNsb3VkdHJhaWwuVHJhaWwodGhpcywgJ1RyYWlsJywge1xuICAgICAgdHJhaWxOYW1lLFxuICAgICAgYnVja2V0LFxuICAgICAgZW5jcnlwdGlvbktleTogdGhpcy5rZXksXG4gICAgICBlbmFibGVGaWxlVmFsaWRhdGlvbjogdHJ1ZSxcbiAgICAgIHNlbmRUb0Nsb3VkV2F0Y2hMb2dzOiB0cnVlLFxuICAgICAgY2xvdWRXYXRjaExvZ0dyb3VwOiBncm91cCxcbiAgICAgIGlzTXVsdGlSZWdpb25UcmFpbDogdHJ1ZSxcbiAgICAgIGluY2x1ZGVHbG9iYWxTZXJ2aWNlRXZlbnRzOiB0cnVlLFxuICAgICAgbWFuYWdlbWVudEV2ZW50czogY2xvdWR0cmFpbC5SZWFkV3JpdGVUeXBlLkFMTCxcbiAgICB9KTtcbiAgICBmaW5pc2hUcmFpbCh0cmFpbCwgYnVja2V0LFxuICAgICAgJ2F3cy1jZGstbGliXFwncyBUcmFpbCBnZW5lcmF0ZXMgdGhpcyByb2xlXFwncyBwb2xpY3k6IGxvZ3M6Q3JlYXRlTG9nU3RyZWFtIGFuZCBsb2dzOlB1dExvZ0V2ZW50cyBvbiB0aGUgdHJhaWxcXCdzIG93biBsb2cgZ3JvdXAgb25seSwgYXNzdW1lZCBieSBDbG91ZFRyYWlsIGFsb25lLicpO1xuICAgICh0aGlzIGFzIHsgdHJhaWw/OiBjbG91ZHRyYWlsLlRyYWlsIH0pLnRyYWlsID0gdHJhaWw7XG4gICAgKHRoaXMgYXMgeyB0cmFpbEJ1Y2tldD86IHMzLkJ1Y2tldCB9KS50cmFpbEJ1Y2tldCA9IGJ1Y2tldDtcbiAgfVxufVxuIl19