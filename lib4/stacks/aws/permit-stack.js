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
exports.PermitStack = void 0;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const cloudformation = __importStar(require("aws-cdk-lib/aws-cloudformation"));
const cloudtrail = __importStar(require("aws-cdk-lib/aws-cloudtrail"));
const cloudwatch = __importStar(require("aws-cdk-lib/aws-cloudwatch"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const kms = __importStar(require("aws-cdk-lib/aws-kms"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const cx_api_1 = require("aws-cdk-lib/cx-api");
const constructs_1 = require("constructs");
const creation_stacks_1 = require("./private/creation-stacks");
const egress_audit_plugin_1 = require("./private/egress-audit-plugin");
const airlock_workspace_1 = require("../../constructs/aws/airlock-workspace");
const airlock_nag_1 = require("../../constructs/aws/private/airlock-nag");
const airlock_storage_1 = require("../../constructs/aws/private/airlock-storage");
const trail_storage_1 = require("../../constructs/aws/private/trail-storage");
const props_1 = require("../../constructs/private/props");
const known_props_1 = require("../../private/known-props");
const permit_stack_name_1 = require("../../private/permit-stack-name");
const permit_1 = require("../../workspaces/permit");
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
class PermitStack extends aws_cdk_lib_1.Stack {
    /** The stack name of a permit: `permit-<id>`. */
    static stackNameOf(permitId) {
        return (0, permit_stack_name_1.permitStackName)(permitId);
    }
    /** The plan of this phase. */
    plan;
    /** The permit's environment. */
    airlock;
    /**
     * The data-event trail.
     * @default - none before ingress, or when turned off
     */
    trail;
    /**
     * The permit's dashboard (`dashboard: true`).
     * @default - none unless asked for, and none once the permit is deleted
     */
    dashboard;
    /**
     * The audit record (timestamp fixed at construction); `resources` and `protectedResources`
     * are filled in `<stack>.audit.json` at synthesis.
     */
    auditRecord;
    /**
     * @param scope the app
     * @param id the stack name: must be `permit-<id>` (`PermitStack.stackNameOf(permit.id)`)
     * @param props the permit, the environment's options and the stack's
     */
    constructor(scope, id, props) {
        const plan = permit_1.PermitLifecycle.plan(props.permit, props.registry);
        super(scope, id, {
            ...props,
            description: props.description ?? `Permit ${plan.permitId} at ${plan.status} (cdk-research-workspaces)`,
        });
        (0, creation_stacks_1.skipCreationStackTraces)(this);
        (0, known_props_1.checkKnownProps)(this, 'PermitStackProps', props);
        (0, permit_stack_name_1.checkPermitStackName)(id, plan.permitId, 'PermitStack', 'updates the same CloudFormation stack', this.node.path);
        this.plan = plan;
        (0, egress_audit_plugin_1.addEgressAuditPlugin)(this);
        // A dashboard takes no tags (CloudFormation's schema, as cfn-lint knows it).
        aws_cdk_lib_1.Tags.of(this).add('permit:id', plan.permitId, { excludeResourceTypes: ['AWS::CloudWatch::Dashboard'] });
        const volatile = { excludeResourceTypes: ['AWS::EC2::LaunchTemplate', 'aws:cdk:stack', 'AWS::CloudWatch::Dashboard'] };
        aws_cdk_lib_1.Tags.of(this).add('permit:status', plan.status, volatile);
        aws_cdk_lib_1.Tags.of(this).add('permit:event-id', airlock_workspace_1.AirlockWorkspace.tagValue(plan.eventId), volatile);
        this.airlock = new airlock_workspace_1.AirlockWorkspace(this, 'Airlock', (0, known_props_1.knownPropsOnly)('AirlockWorkspaceProps', { ...props, plan }));
        const airlock = this.airlock;
        if (airlock.buckets.length > 0 && (props.dataEventTrail ?? true)) {
            this.trail = this.addTrail(airlock, props.trailLogRetention ?? logs.RetentionDays.SIX_YEARS);
        }
        if (props.dashboard && plan.status !== permit_1.PermitStatus.DELETED)
            this.dashboard = this.addDashboard(airlock);
        if (this.node.findAll().every((c) => !aws_cdk_lib_1.CfnResource.isCfnResource(c))) {
            // CloudFormation needs one resource: nothing exists in this phase.
            new cloudformation.CfnWaitConditionHandle(this, 'NothingInThisPhase');
        }
        new aws_cdk_lib_1.CfnOutput(this, 'PermitStatus', { value: plan.status, description: 'Status this stack was built for' });
        new aws_cdk_lib_1.CfnOutput(this, 'PermitEventId', { value: airlock_workspace_1.AirlockWorkspace.tagValue(plan.eventId), description: 'Event this stack was built for' });
        if (airlock.sftpServer) {
            new aws_cdk_lib_1.CfnOutput(this, 'SftpServerId', { value: airlock.sftpServer.attrServerId, description: 'Transfer Family server of the ingress airlock' });
            airlock.sftpAddresses.forEach((a, i) => new aws_cdk_lib_1.CfnOutput(this, `SftpAddress${i}`, { value: a, description: 'Address the data holders connect to (SFTP, port 22)' }));
        }
        for (const b of airlock.buckets) {
            new aws_cdk_lib_1.CfnOutput(this, `Bucket-${b.volume}`, { value: b.bucket.bucketName, description: `Bucket of volume ${b.volume}` });
        }
        const record = {
            ...permit_1.PermitLifecycle.auditRecord(plan, 'aws', id, airlock_workspace_1.AirlockWorkspace.tagValue(plan.eventId), props.auditTimestamp),
            volumeAccess: airlock.buckets.map((b) => ({
                volume: b.volume, readers: b.readers, writers: b.writers, deleters: b.deleters, retained: b.retained,
            })),
        };
        this.auditRecord = record;
        const writer = new constructs_1.Construct(this, 'AuditRecord');
        (0, aws_cdk_lib_1.attachCustomSynthesis)(writer, {
            onSynthesize: (session) => {
                const resources = [];
                const retained = [];
                for (const c of this.node.findAll()) {
                    if (!aws_cdk_lib_1.CfnResource.isCfnResource(c) || aws_cdk_lib_1.Stack.of(c) !== this)
                        continue;
                    const logicalId = this.resolve(c.logicalId);
                    resources.push(`${logicalId} ${c.cfnResourceType}`);
                    if (c.cfnOptions.deletionPolicy === aws_cdk_lib_1.CfnDeletionPolicy.RETAIN)
                        retained.push(logicalId);
                }
                const full = { ...record, resources: resources.sort(), protectedResources: retained.sort() };
                fs.writeFileSync(path.join(session.outdir, `${this.artifactId}.audit.json`), `${JSON.stringify(full, null, 2)}\n`);
            },
        });
    }
    /** The permit's dashboard: its phase, its workspaces, its buckets. */
    addDashboard(airlock) {
        const plan = this.plan;
        const id = plan.permitId;
        const phase = [
            `# Permit ${id}: ${plan.status}`,
            plan.previousStatus ? `Previous phase: ${plan.previousStatus}. ` : '',
            `Event: \`${airlock_workspace_1.AirlockWorkspace.tagValue(plan.eventId)}\`. `,
            `Workspaces in this phase: ${airlock.workspaces.map((w) => `${w.role} (${w.state})`).join(', ') || 'none'}. `,
            `Volumes: ${airlock.buckets.map((b) => b.volume).join(', ') || 'none'}.`,
        ].join('\n');
        const widgets = [[new cloudwatch.TextWidget({ markdown: phase, width: 24, height: 4 })]];
        const five = aws_cdk_lib_1.Duration.minutes(5);
        if (airlock.workspaces.length > 0) {
            const ec2Metric = (name, w, statistic) => new cloudwatch.Metric({
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
                        period: aws_cdk_lib_1.Duration.days(1),
                        label: b.volume,
                    })),
                    width: 24,
                })]);
        }
        return new cloudwatch.Dashboard(this, 'Dashboard', { dashboardName: `permit-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`, widgets });
    }
    addTrail(airlock, retention) {
        const scope = new constructs_1.Construct(this, 'Audit');
        scope.node.setContext(cx_api_1.S3_SERVER_ACCESS_LOGS_USE_BUCKET_POLICY, true);
        const trailName = `permit-${this.plan.permitId}-data-events`;
        const key = new kms.Key(scope, 'TrailKey', {
            description: `Permit ${this.plan.permitId}: CloudTrail data events (kept after the permit is deleted)`,
            enableKeyRotation: true,
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
        });
        const trailArn = this.formatArn({ service: 'cloudtrail', resource: 'trail', resourceName: trailName });
        (0, trail_storage_1.allowCloudTrailKey)(this, key, trailArn);
        (0, props_1.allowLogsService)(key);
        const logBucket = (0, airlock_storage_1.accessLogBucket)(scope, 'TrailAccessLogs', `the data-event trail of permit ${this.plan.permitId}`);
        const bucket = (0, trail_storage_1.trailBucket)(scope, this, key, logBucket, trailArn);
        bucket.addToResourcePolicy(new iam.PolicyStatement({
            sid: 'DenyTrailTampering',
            effect: iam.Effect.DENY,
            principals: [new iam.AnyPrincipal()],
            actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectRetention', 's3:PutObjectLegalHold'],
            resources: [bucket.arnForObjects('*')],
        }));
        (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }), 'The trail names the objects of the permit\'s sensitive data; a replica in another region would take that metadata outside the region the permit allows. Versioning, the deny-delete policy and CloudTrail log file validation keep it intact.');
        const group = new logs.LogGroup(scope, 'TrailLogs', { encryptionKey: key, retention, removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN });
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
        (0, trail_storage_1.finishTrail)(trail, bucket, 'aws-cdk-lib\'s Trail generates this role\'s policy: logs:CreateLogStream and logs:PutLogEvents on the trail\'s own log group only, assumed by CloudTrail alone. An inline policy lives and dies with its role, which is what a single-purpose delivery role needs.');
        trail.addS3EventSelector(airlock.buckets.map((b) => ({ bucket: b.bucket })), {
            includeManagementEvents: false,
            readWriteType: cloudtrail.ReadWriteType.ALL,
        });
        return trail;
    }
}
exports.PermitStack = PermitStack;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN0YWNrLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL3N0YWNrcy9hd3MvcGVybWl0LXN0YWNrLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsNkNBQWlKO0FBQ2pKLCtFQUFpRTtBQUNqRSx1RUFBeUQ7QUFDekQsdUVBQXlEO0FBQ3pELHlEQUEyQztBQUMzQyx5REFBMkM7QUFDM0MsMkRBQTZDO0FBQzdDLCtDQUE2RTtBQUM3RSwyQ0FBdUM7QUFDdkMsK0RBQW9FO0FBQ3BFLHVFQUFxRTtBQUNyRSw4RUFBNkg7QUFDN0gsMEVBQXlFO0FBQ3pFLGtGQUErRTtBQUMvRSw4RUFBMEc7QUFDMUcsMERBQWtFO0FBQ2xFLDJEQUE0RTtBQUM1RSx1RUFBd0Y7QUFDeEYsb0RBQW9IO0FBd0NwSDs7Ozs7Ozs7OztHQVVHO0FBQ0gsTUFBYSxXQUFZLFNBQVEsbUJBQUs7SUFDcEMsaURBQWlEO0lBQzFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsUUFBZ0I7UUFDeEMsT0FBTyxJQUFBLG1DQUFlLEVBQUMsUUFBUSxDQUFDLENBQUM7SUFDbkMsQ0FBQztJQUVELDhCQUE4QjtJQUNkLElBQUksQ0FBYTtJQUNqQyxnQ0FBZ0M7SUFDaEIsT0FBTyxDQUFtQjtJQUMxQzs7O09BR0c7SUFDYSxLQUFLLENBQW9CO0lBQ3pDOzs7T0FHRztJQUNhLFNBQVMsQ0FBd0I7SUFDakQ7OztPQUdHO0lBQ2EsV0FBVyxDQUFvQjtJQUUvQzs7OztPQUlHO0lBQ0gsWUFBWSxLQUFnQixFQUFFLEVBQVUsRUFBRSxLQUF1QjtRQUMvRCxNQUFNLElBQUksR0FBRyx3QkFBZSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNoRSxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRTtZQUNmLEdBQUcsS0FBSztZQUNSLFdBQVcsRUFBRSxLQUFLLENBQUMsV0FBVyxJQUFJLFVBQVUsSUFBSSxDQUFDLFFBQVEsT0FBTyxJQUFJLENBQUMsTUFBTSw0QkFBNEI7U0FDeEcsQ0FBQyxDQUFDO1FBQ0gsSUFBQSx5Q0FBdUIsRUFBQyxJQUFJLENBQUMsQ0FBQztRQUM5QixJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2pELElBQUEsd0NBQW9CLEVBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxRQUFRLEVBQUUsYUFBYSxFQUFFLHVDQUF1QyxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDaEgsSUFBSSxDQUFDLElBQUksR0FBRyxJQUFJLENBQUM7UUFDakIsSUFBQSwwQ0FBb0IsRUFBQyxJQUFJLENBQUMsQ0FBQztRQUMzQiw2RUFBNkU7UUFDN0Usa0JBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLFdBQVcsRUFBRSxJQUFJLENBQUMsUUFBUSxFQUFFLEVBQUUsb0JBQW9CLEVBQUUsQ0FBQyw0QkFBNEIsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUN4RyxNQUFNLFFBQVEsR0FBRyxFQUFFLG9CQUFvQixFQUFFLENBQUMsMEJBQTBCLEVBQUUsZUFBZSxFQUFFLDRCQUE0QixDQUFDLEVBQUUsQ0FBQztRQUN2SCxrQkFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsZUFBZSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDMUQsa0JBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLGlCQUFpQixFQUFFLG9DQUFnQixDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFFeEYsSUFBSSxDQUFDLE9BQU8sR0FBRyxJQUFJLG9DQUFnQixDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsSUFBQSw0QkFBYyxFQUFDLHVCQUF1QixFQUFFLEVBQUUsR0FBRyxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2xILE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUM7UUFDN0IsSUFBSSxPQUFPLENBQUMsT0FBTyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsY0FBYyxJQUFJLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDakUsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsUUFBUSxDQUFDLE9BQU8sRUFBRSxLQUFLLENBQUMsaUJBQWlCLElBQUksSUFBSSxDQUFDLGFBQWEsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUMvRixDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsU0FBUyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUsscUJBQVksQ0FBQyxPQUFPO1lBQUUsSUFBSSxDQUFDLFNBQVMsR0FBRyxJQUFJLENBQUMsWUFBWSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3pHLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMseUJBQVcsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3BFLG1FQUFtRTtZQUNuRSxJQUFJLGNBQWMsQ0FBQyxzQkFBc0IsQ0FBQyxJQUFJLEVBQUUsb0JBQW9CLENBQUMsQ0FBQztRQUN4RSxDQUFDO1FBRUQsSUFBSSx1QkFBUyxDQUFDLElBQUksRUFBRSxjQUFjLEVBQUUsRUFBRSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRSxXQUFXLEVBQUUsaUNBQWlDLEVBQUUsQ0FBQyxDQUFDO1FBQzVHLElBQUksdUJBQVMsQ0FBQyxJQUFJLEVBQUUsZUFBZSxFQUFFLEVBQUUsS0FBSyxFQUFFLG9DQUFnQixDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsV0FBVyxFQUFFLGdDQUFnQyxFQUFFLENBQUMsQ0FBQztRQUN4SSxJQUFJLE9BQU8sQ0FBQyxVQUFVLEVBQUUsQ0FBQztZQUN2QixJQUFJLHVCQUFTLENBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRSxFQUFFLEtBQUssRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLFlBQVksRUFBRSxXQUFXLEVBQUUsK0NBQStDLEVBQUUsQ0FBQyxDQUFDO1lBQzlJLE9BQU8sQ0FBQyxhQUFhLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSx1QkFBUyxDQUFDLElBQUksRUFBRSxjQUFjLENBQUMsRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxXQUFXLEVBQUUscURBQXFELEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDcEssQ0FBQztRQUNELEtBQUssTUFBTSxDQUFDLElBQUksT0FBTyxDQUFDLE9BQU8sRUFBRSxDQUFDO1lBQ2hDLElBQUksdUJBQVMsQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxVQUFVLEVBQUUsV0FBVyxFQUFFLG9CQUFvQixDQUFDLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ3pILENBQUM7UUFFRCxNQUFNLE1BQU0sR0FBc0I7WUFDaEMsR0FBRyx3QkFBZSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxvQ0FBZ0IsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLEtBQUssQ0FBQyxjQUFjLENBQUM7WUFDOUcsWUFBWSxFQUFFLE9BQU8sQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUN4QyxNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVE7YUFDckcsQ0FBQyxDQUFDO1NBQ0osQ0FBQztRQUNGLElBQUksQ0FBQyxXQUFXLEdBQUcsTUFBTSxDQUFDO1FBQzFCLE1BQU0sTUFBTSxHQUFHLElBQUksc0JBQVMsQ0FBQyxJQUFJLEVBQUUsYUFBYSxDQUFDLENBQUM7UUFDbEQsSUFBQSxtQ0FBcUIsRUFBQyxNQUFNLEVBQUU7WUFDNUIsWUFBWSxFQUFFLENBQUMsT0FBTyxFQUFFLEVBQUU7Z0JBQ3hCLE1BQU0sU0FBUyxHQUFhLEVBQUUsQ0FBQztnQkFDL0IsTUFBTSxRQUFRLEdBQWEsRUFBRSxDQUFDO2dCQUM5QixLQUFLLE1BQU0sQ0FBQyxJQUFJLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLEVBQUUsQ0FBQztvQkFDcEMsSUFBSSxDQUFDLHlCQUFXLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxJQUFJLG1CQUFLLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLElBQUk7d0JBQUUsU0FBUztvQkFDcEUsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7b0JBQzVDLFNBQVMsQ0FBQyxJQUFJLENBQUMsR0FBRyxTQUFTLElBQUksQ0FBQyxDQUFDLGVBQWUsRUFBRSxDQUFDLENBQUM7b0JBQ3BELElBQUksQ0FBQyxDQUFDLFVBQVUsQ0FBQyxjQUFjLEtBQUssK0JBQWlCLENBQUMsTUFBTTt3QkFBRSxRQUFRLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDO2dCQUN6RixDQUFDO2dCQUNELE1BQU0sSUFBSSxHQUFHLEVBQUUsR0FBRyxNQUFNLEVBQUUsU0FBUyxFQUFFLFNBQVMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxrQkFBa0IsRUFBRSxRQUFRLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQztnQkFDN0YsRUFBRSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsVUFBVSxhQUFhLENBQUMsRUFBRSxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDckgsQ0FBQztTQUNGLENBQUMsQ0FBQztJQUNMLENBQUM7SUFFRCxzRUFBc0U7SUFDOUQsWUFBWSxDQUFDLE9BQXlCO1FBQzVDLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7UUFDdkIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQztRQUN6QixNQUFNLEtBQUssR0FBRztZQUNaLFlBQVksRUFBRSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUU7WUFDaEMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsbUJBQW1CLElBQUksQ0FBQyxjQUFjLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRTtZQUNyRSxZQUFZLG9DQUFnQixDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU07WUFDekQsNkJBQTZCLE9BQU8sQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sSUFBSTtZQUM3RyxZQUFZLE9BQU8sQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sR0FBRztTQUN6RSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNiLE1BQU0sT0FBTyxHQUEyQixDQUFDLENBQUMsSUFBSSxVQUFVLENBQUMsVUFBVSxDQUFDLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNqSCxNQUFNLElBQUksR0FBRyxzQkFBUSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNqQyxJQUFJLE9BQU8sQ0FBQyxVQUFVLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQ2xDLE1BQU0sU0FBUyxHQUFHLENBQUMsSUFBWSxFQUFFLENBQTJCLEVBQUUsU0FBaUIsRUFBRSxFQUFFLENBQUMsSUFBSSxVQUFVLENBQUMsTUFBTSxDQUFDO2dCQUN4RyxTQUFTLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLEdBQUcsRUFBRSxFQUFFLFNBQVMsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSTthQUN4SSxDQUFDLENBQUM7WUFDSCxPQUFPLENBQUMsSUFBSSxDQUFDO2dCQUNYLElBQUksVUFBVSxDQUFDLFdBQVcsQ0FBQyxFQUFFLEtBQUssRUFBRSxxQkFBcUIsRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxnQkFBZ0IsRUFBRSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUM7Z0JBQ3ZKLElBQUksVUFBVSxDQUFDLFdBQVcsQ0FBQyxFQUFFLEtBQUssRUFBRSxrQ0FBa0MsRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFNBQVMsQ0FBQyxtQkFBbUIsRUFBRSxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUM7YUFDeEssQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELElBQUksT0FBTyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDL0IsaUNBQWlDO1lBQ2pDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLFVBQVUsQ0FBQyxXQUFXLENBQUM7b0JBQ3ZDLEtBQUssRUFBRSx1QkFBdUI7b0JBQzlCLElBQUksRUFBRSxPQUFPLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBSSxVQUFVLENBQUMsTUFBTSxDQUFDO3dCQUNyRCxTQUFTLEVBQUUsUUFBUTt3QkFDbkIsVUFBVSxFQUFFLGlCQUFpQjt3QkFDN0IsYUFBYSxFQUFFLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsVUFBVSxFQUFFLFdBQVcsRUFBRSxpQkFBaUIsRUFBRTt3QkFDbEYsU0FBUyxFQUFFLFNBQVM7d0JBQ3BCLE1BQU0sRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7d0JBQ3hCLEtBQUssRUFBRSxDQUFDLENBQUMsTUFBTTtxQkFDaEIsQ0FBQyxDQUFDO29CQUNILEtBQUssRUFBRSxFQUFFO2lCQUNWLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsT0FBTyxJQUFJLFVBQVUsQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLFdBQVcsRUFBRSxFQUFFLGFBQWEsRUFBRSxVQUFVLEVBQUUsQ0FBQyxPQUFPLENBQUMsaUJBQWlCLEVBQUUsR0FBRyxDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDO0lBQ2pJLENBQUM7SUFFTyxRQUFRLENBQUMsT0FBeUIsRUFBRSxTQUE2QjtRQUN2RSxNQUFNLEtBQUssR0FBRyxJQUFJLHNCQUFTLENBQUMsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDO1FBQzNDLEtBQUssQ0FBQyxJQUFJLENBQUMsVUFBVSxDQUFDLGdEQUF1QyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3JFLE1BQU0sU0FBUyxHQUFHLFVBQVUsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLGNBQWMsQ0FBQztRQUM3RCxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxFQUFFLFVBQVUsRUFBRTtZQUN6QyxXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsSUFBSSxDQUFDLFFBQVEsNkRBQTZEO1lBQ3RHLGlCQUFpQixFQUFFLElBQUk7WUFDdkIsYUFBYSxFQUFFLDJCQUFhLENBQUMsTUFBTTtTQUNwQyxDQUFDLENBQUM7UUFDSCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFlBQVksRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZHLElBQUEsa0NBQWtCLEVBQUMsSUFBSSxFQUFFLEdBQUcsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUN4QyxJQUFBLHdCQUFnQixFQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3RCLE1BQU0sU0FBUyxHQUFHLElBQUEsaUNBQWUsRUFBQyxLQUFLLEVBQUUsaUJBQWlCLEVBQUUsa0NBQWtDLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQztRQUNwSCxNQUFNLE1BQU0sR0FBRyxJQUFBLDJCQUFXLEVBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsU0FBUyxFQUFFLFFBQVEsQ0FBQyxDQUFDO1FBQ2xFLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDakQsR0FBRyxFQUFFLG9CQUFvQjtZQUN6QixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO1lBQ3ZCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3BDLE9BQU8sRUFBRSxDQUFDLGlCQUFpQixFQUFFLHdCQUF3QixFQUFFLHVCQUF1QixFQUFFLHVCQUF1QixDQUFDO1lBQ3hHLFNBQVMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUM7U0FDdkMsQ0FBQyxDQUFDLENBQUM7UUFDSixJQUFBLGlCQUFHLEVBQUMsTUFBTSxFQUFFLElBQUEsc0JBQVEsRUFBQyxFQUFFLEtBQUssRUFBRSw0QkFBNEIsRUFBRSxJQUFJLEVBQUUsNEJBQTRCLEVBQUUsQ0FBQyxFQUMvRiwrT0FBK08sQ0FBQyxDQUFDO1FBQ25QLE1BQU0sS0FBSyxHQUFHLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxLQUFLLEVBQUUsV0FBVyxFQUFFLEVBQUUsYUFBYSxFQUFFLEdBQUcsRUFBRSxTQUFTLEVBQUUsYUFBYSxFQUFFLDJCQUFhLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztRQUM1SCxNQUFNLEtBQUssR0FBRyxJQUFJLFVBQVUsQ0FBQyxLQUFLLENBQUMsS0FBSyxFQUFFLE9BQU8sRUFBRTtZQUNqRCxTQUFTO1lBQ1QsTUFBTTtZQUNOLGFBQWEsRUFBRSxHQUFHO1lBQ2xCLG9CQUFvQixFQUFFLElBQUk7WUFDMUIsb0JBQW9CLEVBQUUsSUFBSTtZQUMxQixrQkFBa0IsRUFBRSxLQUFLO1lBQ3pCLGtCQUFrQixFQUFFLEtBQUs7WUFDekIsMEJBQTBCLEVBQUUsS0FBSztZQUNqQyxnQkFBZ0IsRUFBRSxVQUFVLENBQUMsYUFBYSxDQUFDLElBQUk7U0FDaEQsQ0FBQyxDQUFDO1FBQ0gsSUFBQSwyQkFBVyxFQUFDLEtBQUssRUFBRSxNQUFNLEVBQ3ZCLG9RQUFvUSxDQUFDLENBQUM7UUFDeFEsS0FBSyxDQUFDLGtCQUFrQixDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEVBQUU7WUFDM0UsdUJBQXVCLEVBQUUsS0FBSztZQUM5QixhQUFhLEVBQUUsVUFBVSxDQUFDLGFBQWEsQ0FBQyxHQUFHO1NBQzVDLENBQUMsQ0FBQztRQUNILE9BQU8sS0FBSyxDQUFDO0lBQ2YsQ0FBQztDQUNGO0FBaExELGtDQWdMQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBhdHRhY2hDdXN0b21TeW50aGVzaXMsIENmbkRlbGV0aW9uUG9saWN5LCBDZm5PdXRwdXQsIENmblJlc291cmNlLCBEdXJhdGlvbiwgUmVtb3ZhbFBvbGljeSwgU3RhY2ssIFN0YWNrUHJvcHMsIFRhZ3MgfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBjbG91ZGZvcm1hdGlvbiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtY2xvdWRmb3JtYXRpb24nO1xuaW1wb3J0ICogYXMgY2xvdWR0cmFpbCBmcm9tICdhd3MtY2RrLWxpYi9hd3MtY2xvdWR0cmFpbCc7XG5pbXBvcnQgKiBhcyBjbG91ZHdhdGNoIGZyb20gJ2F3cy1jZGstbGliL2F3cy1jbG91ZHdhdGNoJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIGxvZ3MgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxvZ3MnO1xuaW1wb3J0IHsgUzNfU0VSVkVSX0FDQ0VTU19MT0dTX1VTRV9CVUNLRVRfUE9MSUNZIH0gZnJvbSAnYXdzLWNkay1saWIvY3gtYXBpJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgc2tpcENyZWF0aW9uU3RhY2tUcmFjZXMgfSBmcm9tICcuL3ByaXZhdGUvY3JlYXRpb24tc3RhY2tzJztcbmltcG9ydCB7IGFkZEVncmVzc0F1ZGl0UGx1Z2luIH0gZnJvbSAnLi9wcml2YXRlL2VncmVzcy1hdWRpdC1wbHVnaW4nO1xuaW1wb3J0IHsgQWlybG9ja1dvcmtzcGFjZSwgQWlybG9ja1dvcmtzcGFjZUluc3RhbmNlLCBBaXJsb2NrV29ya3NwYWNlT3B0aW9ucyB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvYXdzL2FpcmxvY2std29ya3NwYWNlJztcbmltcG9ydCB7IGFjaywgYWxsUGFja3MgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IGFjY2Vzc0xvZ0J1Y2tldCB9IGZyb20gJy4uLy4uL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvYWlybG9jay1zdG9yYWdlJztcbmltcG9ydCB7IGFsbG93Q2xvdWRUcmFpbEtleSwgZmluaXNoVHJhaWwsIHRyYWlsQnVja2V0IH0gZnJvbSAnLi4vLi4vY29uc3RydWN0cy9hd3MvcHJpdmF0ZS90cmFpbC1zdG9yYWdlJztcbmltcG9ydCB7IGFsbG93TG9nc1NlcnZpY2UgfSBmcm9tICcuLi8uLi9jb25zdHJ1Y3RzL3ByaXZhdGUvcHJvcHMnO1xuaW1wb3J0IHsgY2hlY2tLbm93blByb3BzLCBrbm93blByb3BzT25seSB9IGZyb20gJy4uLy4uL3ByaXZhdGUva25vd24tcHJvcHMnO1xuaW1wb3J0IHsgY2hlY2tQZXJtaXRTdGFja05hbWUsIHBlcm1pdFN0YWNrTmFtZSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvcGVybWl0LXN0YWNrLW5hbWUnO1xuaW1wb3J0IHsgUGVybWl0QXVkaXRSZWNvcmQsIFBlcm1pdExpZmVjeWNsZSwgUGVybWl0UGxhbiwgUGVybWl0UHJvcHMsIFBlcm1pdFN0YXR1cyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvdXNlcnMnO1xuXG4vKipcbiAqIFByb3BlcnRpZXMgb2YgYSBwZXJtaXQncyBDbG91ZEZvcm1hdGlvbiBzdGFjay5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQZXJtaXRTdGFja1Byb3BzIGV4dGVuZHMgU3RhY2tQcm9wcywgQWlybG9ja1dvcmtzcGFjZU9wdGlvbnMge1xuICAvKiogVGhlIHBlcm1pdCwgYXQgdGhlIHN0YXR1cyB0byBidWlsZCAod2l0aCB0aGUgcHJldmlvdXMgc3RhdHVzIGFuZCB0aGUgZXZlbnQgaWQpLiAqL1xuICByZWFkb25seSBwZXJtaXQ6IFBlcm1pdFByb3BzO1xuICAvKipcbiAgICogVXNlciByZWdpc3RyeSB0aGUgd29ya3NwYWNlIGFjY291bnRzIHRha2UgdGhlaXIgdWlkcyBmcm9tLlxuICAgKiBAZGVmYXVsdCAtIHVpZHMgZnJvbSB0aGUgcGVybWl0LCBlbHNlIHN0YWJsZSBpZHMgZGVyaXZlZCBmcm9tIHRoZSBuYW1lc1xuICAgKi9cbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG4gIC8qKlxuICAgKiBUaW1lIHJlY29yZGVkIGluIHRoZSBhdWRpdCByZWNvcmQgKElTTyA4NjAxKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgdGltZSBvZiBzeW50aGVzaXNcbiAgICovXG4gIHJlYWRvbmx5IGF1ZGl0VGltZXN0YW1wPzogc3RyaW5nO1xuICAvKipcbiAgICogUmVjb3JkIFMzIGRhdGEgZXZlbnRzIChldmVyeSBvYmplY3QgcmVhZCwgd3JpdGUgYW5kIGRlbGV0ZSkgb24gdGhlIHBlcm1pdCdzIGJ1Y2tldHMgaW4gYVxuICAgKiBDbG91ZFRyYWlsIHRyYWlsIG9mIHRoZSBwZXJtaXQsIHdpdGggaXRzIG93biBlbmNyeXB0ZWQgbG9nIGJ1Y2tldCBhbmQgbG9nIGdyb3VwLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICByZWFkb25seSBkYXRhRXZlbnRUcmFpbD86IGJvb2xlYW47XG4gIC8qKlxuICAgKiBSZXRlbnRpb24gb2YgdGhlIHRyYWlsJ3MgQ2xvdWRXYXRjaCBsb2cgZ3JvdXAgKHRoZSBTMyBjb3B5IGlzIGtlcHQgd2l0aG91dCBleHBpcnkpLlxuICAgKiBAZGVmYXVsdCBsb2dzLlJldGVudGlvbkRheXMuU0lYX1lFQVJTXG4gICAqL1xuICByZWFkb25seSB0cmFpbExvZ1JldGVudGlvbj86IGxvZ3MuUmV0ZW50aW9uRGF5cztcbiAgLyoqXG4gICAqIEEgQ2xvdWRXYXRjaCBkYXNoYm9hcmQgb2YgdGhlIHBlcm1pdCwgYHBlcm1pdC08aWQ+YDogaXRzIHBoYXNlIChzdGF0dXMsIHByZXZpb3VzIHN0YXR1cyBhbmRcbiAgICogZXZlbnQ6IHRoZSBzdGFjayBpcyBkZXBsb3llZCBhZ2FpbiBhdCBldmVyeSBldmVudCwgc28gdGhlIGRhc2hib2FyZCBmb2xsb3dzIHRoZSBwaGFzZXMpLCBpdHNcbiAgICogd29ya3NwYWNlcycgQ1BVIGFuZCBzdGF0dXMgY2hlY2tzLCBhbmQgdGhlIGJ5dGVzIHN0b3JlZCBpbiBpdHMgYnVja2V0cy4gTm9uZSBvbmNlIHRoZSBwZXJtaXRcbiAgICogaXMgZGVsZXRlZC5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIHJlYWRvbmx5IGRhc2hib2FyZD86IGJvb2xlYW47XG59XG5cbi8qKlxuICogQSBwZXJtaXQncyBDbG91ZEZvcm1hdGlvbiBzdGFjaywgbmFtZWQgYHBlcm1pdC08aWQ+YDogdGhlIGBBaXJsb2NrV29ya3NwYWNlYCBvZiB0aGUgcGVybWl0J3NcbiAqIGN1cnJlbnQgcGhhc2UsIGEgQ2xvdWRUcmFpbCB0cmFpbCBvZiBTMyBkYXRhIGV2ZW50cyBvbiB0aGUgcGVybWl0J3MgYnVja2V0cyAoaXRzIG93biBLTVMga2V5LFxuICogbG9nIGJ1Y2tldCBhbmQgbG9nIGdyb3VwLCBhbGwgcmV0YWluZWQpLCB0aGUgcGVybWl0IGlkLCBzdGF0dXMgYW5kIGV2ZW50IGlkIGluIHRhZ3MsIG91dHB1dHMsXG4gKiBhbmQgYW4gYXVkaXQgcmVjb3JkIChgcGVybWl0LTxpZD4uYXVkaXQuanNvbmApIHdyaXR0ZW4gYmVzaWRlIHRoZSB0ZW1wbGF0ZSBhdCBzeW50aGVzaXMuXG4gKlxuICogQSBwaXBlbGluZSByZS1zeW50aGVzaXplcyB0aGUgc3RhY2sgb24gZXZlcnkgcGVybWl0IGV2ZW50IChzdGF0dXMsIHByZXZpb3VzIHN0YXR1cywgZXZlbnRcbiAqIGlkKSBhbmQgZGVwbG95cyBpdC4gQWZ0ZXIgYHBlcm1pdC5kZWxldGVkYCwgZGVwbG95IHRoZSBERUxFVEVEIHN0YWNrICh3aGljaCBzd2l0Y2hlcyB0aGVcbiAqIGJ1Y2tldHMgdG8gRGVsZXRpb25Qb2xpY3kgRGVsZXRlIGFuZCBhZGRzIHRoZSBmdW5jdGlvbiB0aGF0IGVtcHRpZXMgdGhlbSksIHRoZW4gZGVsZXRlIHRoZVxuICogc3RhY2s6IHRoZSBkYXRhIGlzIGRlc3Ryb3llZDsgdGhlIGFjY2VzcyBsb2dzIGFuZCB0aGUgdHJhaWwgYXJlIGtlcHQuXG4gKi9cbmV4cG9ydCBjbGFzcyBQZXJtaXRTdGFjayBleHRlbmRzIFN0YWNrIHtcbiAgLyoqIFRoZSBzdGFjayBuYW1lIG9mIGEgcGVybWl0OiBgcGVybWl0LTxpZD5gLiAqL1xuICBwdWJsaWMgc3RhdGljIHN0YWNrTmFtZU9mKHBlcm1pdElkOiBzdHJpbmcpOiBzdHJpbmcge1xuICAgIHJldHVybiBwZXJtaXRTdGFja05hbWUocGVybWl0SWQpO1xuICB9XG5cbiAgLyoqIFRoZSBwbGFuIG9mIHRoaXMgcGhhc2UuICovXG4gIHB1YmxpYyByZWFkb25seSBwbGFuOiBQZXJtaXRQbGFuO1xuICAvKiogVGhlIHBlcm1pdCdzIGVudmlyb25tZW50LiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgYWlybG9jazogQWlybG9ja1dvcmtzcGFjZTtcbiAgLyoqXG4gICAqIFRoZSBkYXRhLWV2ZW50IHRyYWlsLlxuICAgKiBAZGVmYXVsdCAtIG5vbmUgYmVmb3JlIGluZ3Jlc3MsIG9yIHdoZW4gdHVybmVkIG9mZlxuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IHRyYWlsPzogY2xvdWR0cmFpbC5UcmFpbDtcbiAgLyoqXG4gICAqIFRoZSBwZXJtaXQncyBkYXNoYm9hcmQgKGBkYXNoYm9hcmQ6IHRydWVgKS5cbiAgICogQGRlZmF1bHQgLSBub25lIHVubGVzcyBhc2tlZCBmb3IsIGFuZCBub25lIG9uY2UgdGhlIHBlcm1pdCBpcyBkZWxldGVkXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgZGFzaGJvYXJkPzogY2xvdWR3YXRjaC5EYXNoYm9hcmQ7XG4gIC8qKlxuICAgKiBUaGUgYXVkaXQgcmVjb3JkICh0aW1lc3RhbXAgZml4ZWQgYXQgY29uc3RydWN0aW9uKTsgYHJlc291cmNlc2AgYW5kIGBwcm90ZWN0ZWRSZXNvdXJjZXNgXG4gICAqIGFyZSBmaWxsZWQgaW4gYDxzdGFjaz4uYXVkaXQuanNvbmAgYXQgc3ludGhlc2lzLlxuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IGF1ZGl0UmVjb3JkOiBQZXJtaXRBdWRpdFJlY29yZDtcblxuICAvKipcbiAgICogQHBhcmFtIHNjb3BlIHRoZSBhcHBcbiAgICogQHBhcmFtIGlkIHRoZSBzdGFjayBuYW1lOiBtdXN0IGJlIGBwZXJtaXQtPGlkPmAgKGBQZXJtaXRTdGFjay5zdGFja05hbWVPZihwZXJtaXQuaWQpYClcbiAgICogQHBhcmFtIHByb3BzIHRoZSBwZXJtaXQsIHRoZSBlbnZpcm9ubWVudCdzIG9wdGlvbnMgYW5kIHRoZSBzdGFjaydzXG4gICAqL1xuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogUGVybWl0U3RhY2tQcm9wcykge1xuICAgIGNvbnN0IHBsYW4gPSBQZXJtaXRMaWZlY3ljbGUucGxhbihwcm9wcy5wZXJtaXQsIHByb3BzLnJlZ2lzdHJ5KTtcbiAgICBzdXBlcihzY29wZSwgaWQsIHtcbiAgICAgIC4uLnByb3BzLFxuICAgICAgZGVzY3JpcHRpb246IHByb3BzLmRlc2NyaXB0aW9uID8/IGBQZXJtaXQgJHtwbGFuLnBlcm1pdElkfSBhdCAke3BsYW4uc3RhdHVzfSAoY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMpYCxcbiAgICB9KTtcbiAgICBza2lwQ3JlYXRpb25TdGFja1RyYWNlcyh0aGlzKTtcbiAgICBjaGVja0tub3duUHJvcHModGhpcywgJ1Blcm1pdFN0YWNrUHJvcHMnLCBwcm9wcyk7XG4gICAgY2hlY2tQZXJtaXRTdGFja05hbWUoaWQsIHBsYW4ucGVybWl0SWQsICdQZXJtaXRTdGFjaycsICd1cGRhdGVzIHRoZSBzYW1lIENsb3VkRm9ybWF0aW9uIHN0YWNrJywgdGhpcy5ub2RlLnBhdGgpO1xuICAgIHRoaXMucGxhbiA9IHBsYW47XG4gICAgYWRkRWdyZXNzQXVkaXRQbHVnaW4odGhpcyk7XG4gICAgLy8gQSBkYXNoYm9hcmQgdGFrZXMgbm8gdGFncyAoQ2xvdWRGb3JtYXRpb24ncyBzY2hlbWEsIGFzIGNmbi1saW50IGtub3dzIGl0KS5cbiAgICBUYWdzLm9mKHRoaXMpLmFkZCgncGVybWl0OmlkJywgcGxhbi5wZXJtaXRJZCwgeyBleGNsdWRlUmVzb3VyY2VUeXBlczogWydBV1M6OkNsb3VkV2F0Y2g6OkRhc2hib2FyZCddIH0pO1xuICAgIGNvbnN0IHZvbGF0aWxlID0geyBleGNsdWRlUmVzb3VyY2VUeXBlczogWydBV1M6OkVDMjo6TGF1bmNoVGVtcGxhdGUnLCAnYXdzOmNkazpzdGFjaycsICdBV1M6OkNsb3VkV2F0Y2g6OkRhc2hib2FyZCddIH07XG4gICAgVGFncy5vZih0aGlzKS5hZGQoJ3Blcm1pdDpzdGF0dXMnLCBwbGFuLnN0YXR1cywgdm9sYXRpbGUpO1xuICAgIFRhZ3Mub2YodGhpcykuYWRkKCdwZXJtaXQ6ZXZlbnQtaWQnLCBBaXJsb2NrV29ya3NwYWNlLnRhZ1ZhbHVlKHBsYW4uZXZlbnRJZCksIHZvbGF0aWxlKTtcblxuICAgIHRoaXMuYWlybG9jayA9IG5ldyBBaXJsb2NrV29ya3NwYWNlKHRoaXMsICdBaXJsb2NrJywga25vd25Qcm9wc09ubHkoJ0FpcmxvY2tXb3Jrc3BhY2VQcm9wcycsIHsgLi4ucHJvcHMsIHBsYW4gfSkpO1xuICAgIGNvbnN0IGFpcmxvY2sgPSB0aGlzLmFpcmxvY2s7XG4gICAgaWYgKGFpcmxvY2suYnVja2V0cy5sZW5ndGggPiAwICYmIChwcm9wcy5kYXRhRXZlbnRUcmFpbCA/PyB0cnVlKSkge1xuICAgICAgdGhpcy50cmFpbCA9IHRoaXMuYWRkVHJhaWwoYWlybG9jaywgcHJvcHMudHJhaWxMb2dSZXRlbnRpb24gPz8gbG9ncy5SZXRlbnRpb25EYXlzLlNJWF9ZRUFSUyk7XG4gICAgfVxuICAgIGlmIChwcm9wcy5kYXNoYm9hcmQgJiYgcGxhbi5zdGF0dXMgIT09IFBlcm1pdFN0YXR1cy5ERUxFVEVEKSB0aGlzLmRhc2hib2FyZCA9IHRoaXMuYWRkRGFzaGJvYXJkKGFpcmxvY2spO1xuICAgIGlmICh0aGlzLm5vZGUuZmluZEFsbCgpLmV2ZXJ5KChjKSA9PiAhQ2ZuUmVzb3VyY2UuaXNDZm5SZXNvdXJjZShjKSkpIHtcbiAgICAgIC8vIENsb3VkRm9ybWF0aW9uIG5lZWRzIG9uZSByZXNvdXJjZTogbm90aGluZyBleGlzdHMgaW4gdGhpcyBwaGFzZS5cbiAgICAgIG5ldyBjbG91ZGZvcm1hdGlvbi5DZm5XYWl0Q29uZGl0aW9uSGFuZGxlKHRoaXMsICdOb3RoaW5nSW5UaGlzUGhhc2UnKTtcbiAgICB9XG5cbiAgICBuZXcgQ2ZuT3V0cHV0KHRoaXMsICdQZXJtaXRTdGF0dXMnLCB7IHZhbHVlOiBwbGFuLnN0YXR1cywgZGVzY3JpcHRpb246ICdTdGF0dXMgdGhpcyBzdGFjayB3YXMgYnVpbHQgZm9yJyB9KTtcbiAgICBuZXcgQ2ZuT3V0cHV0KHRoaXMsICdQZXJtaXRFdmVudElkJywgeyB2YWx1ZTogQWlybG9ja1dvcmtzcGFjZS50YWdWYWx1ZShwbGFuLmV2ZW50SWQpLCBkZXNjcmlwdGlvbjogJ0V2ZW50IHRoaXMgc3RhY2sgd2FzIGJ1aWx0IGZvcicgfSk7XG4gICAgaWYgKGFpcmxvY2suc2Z0cFNlcnZlcikge1xuICAgICAgbmV3IENmbk91dHB1dCh0aGlzLCAnU2Z0cFNlcnZlcklkJywgeyB2YWx1ZTogYWlybG9jay5zZnRwU2VydmVyLmF0dHJTZXJ2ZXJJZCwgZGVzY3JpcHRpb246ICdUcmFuc2ZlciBGYW1pbHkgc2VydmVyIG9mIHRoZSBpbmdyZXNzIGFpcmxvY2snIH0pO1xuICAgICAgYWlybG9jay5zZnRwQWRkcmVzc2VzLmZvckVhY2goKGEsIGkpID0+IG5ldyBDZm5PdXRwdXQodGhpcywgYFNmdHBBZGRyZXNzJHtpfWAsIHsgdmFsdWU6IGEsIGRlc2NyaXB0aW9uOiAnQWRkcmVzcyB0aGUgZGF0YSBob2xkZXJzIGNvbm5lY3QgdG8gKFNGVFAsIHBvcnQgMjIpJyB9KSk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgYiBvZiBhaXJsb2NrLmJ1Y2tldHMpIHtcbiAgICAgIG5ldyBDZm5PdXRwdXQodGhpcywgYEJ1Y2tldC0ke2Iudm9sdW1lfWAsIHsgdmFsdWU6IGIuYnVja2V0LmJ1Y2tldE5hbWUsIGRlc2NyaXB0aW9uOiBgQnVja2V0IG9mIHZvbHVtZSAke2Iudm9sdW1lfWAgfSk7XG4gICAgfVxuXG4gICAgY29uc3QgcmVjb3JkOiBQZXJtaXRBdWRpdFJlY29yZCA9IHtcbiAgICAgIC4uLlBlcm1pdExpZmVjeWNsZS5hdWRpdFJlY29yZChwbGFuLCAnYXdzJywgaWQsIEFpcmxvY2tXb3Jrc3BhY2UudGFnVmFsdWUocGxhbi5ldmVudElkKSwgcHJvcHMuYXVkaXRUaW1lc3RhbXApLFxuICAgICAgdm9sdW1lQWNjZXNzOiBhaXJsb2NrLmJ1Y2tldHMubWFwKChiKSA9PiAoe1xuICAgICAgICB2b2x1bWU6IGIudm9sdW1lLCByZWFkZXJzOiBiLnJlYWRlcnMsIHdyaXRlcnM6IGIud3JpdGVycywgZGVsZXRlcnM6IGIuZGVsZXRlcnMsIHJldGFpbmVkOiBiLnJldGFpbmVkLFxuICAgICAgfSkpLFxuICAgIH07XG4gICAgdGhpcy5hdWRpdFJlY29yZCA9IHJlY29yZDtcbiAgICBjb25zdCB3cml0ZXIgPSBuZXcgQ29uc3RydWN0KHRoaXMsICdBdWRpdFJlY29yZCcpO1xuICAgIGF0dGFjaEN1c3RvbVN5bnRoZXNpcyh3cml0ZXIsIHtcbiAgICAgIG9uU3ludGhlc2l6ZTogKHNlc3Npb24pID0+IHtcbiAgICAgICAgY29uc3QgcmVzb3VyY2VzOiBzdHJpbmdbXSA9IFtdO1xuICAgICAgICBjb25zdCByZXRhaW5lZDogc3RyaW5nW10gPSBbXTtcbiAgICAgICAgZm9yIChjb25zdCBjIG9mIHRoaXMubm9kZS5maW5kQWxsKCkpIHtcbiAgICAgICAgICBpZiAoIUNmblJlc291cmNlLmlzQ2ZuUmVzb3VyY2UoYykgfHwgU3RhY2sub2YoYykgIT09IHRoaXMpIGNvbnRpbnVlO1xuICAgICAgICAgIGNvbnN0IGxvZ2ljYWxJZCA9IHRoaXMucmVzb2x2ZShjLmxvZ2ljYWxJZCk7XG4gICAgICAgICAgcmVzb3VyY2VzLnB1c2goYCR7bG9naWNhbElkfSAke2MuY2ZuUmVzb3VyY2VUeXBlfWApO1xuICAgICAgICAgIGlmIChjLmNmbk9wdGlvbnMuZGVsZXRpb25Qb2xpY3kgPT09IENmbkRlbGV0aW9uUG9saWN5LlJFVEFJTikgcmV0YWluZWQucHVzaChsb2dpY2FsSWQpO1xuICAgICAgICB9XG4gICAgICAgIGNvbnN0IGZ1bGwgPSB7IC4uLnJlY29yZCwgcmVzb3VyY2VzOiByZXNvdXJjZXMuc29ydCgpLCBwcm90ZWN0ZWRSZXNvdXJjZXM6IHJldGFpbmVkLnNvcnQoKSB9O1xuICAgICAgICBmcy53cml0ZUZpbGVTeW5jKHBhdGguam9pbihzZXNzaW9uLm91dGRpciwgYCR7dGhpcy5hcnRpZmFjdElkfS5hdWRpdC5qc29uYCksIGAke0pTT04uc3RyaW5naWZ5KGZ1bGwsIG51bGwsIDIpfVxcbmApO1xuICAgICAgfSxcbiAgICB9KTtcbiAgfVxuXG4gIC8qKiBUaGUgcGVybWl0J3MgZGFzaGJvYXJkOiBpdHMgcGhhc2UsIGl0cyB3b3Jrc3BhY2VzLCBpdHMgYnVja2V0cy4gKi9cbiAgcHJpdmF0ZSBhZGREYXNoYm9hcmQoYWlybG9jazogQWlybG9ja1dvcmtzcGFjZSk6IGNsb3Vkd2F0Y2guRGFzaGJvYXJkIHtcbiAgICBjb25zdCBwbGFuID0gdGhpcy5wbGFuO1xuICAgIGNvbnN0IGlkID0gcGxhbi5wZXJtaXRJZDtcbiAgICBjb25zdCBwaGFzZSA9IFtcbiAgICAgIGAjIFBlcm1pdCAke2lkfTogJHtwbGFuLnN0YXR1c31gLFxuICAgICAgcGxhbi5wcmV2aW91c1N0YXR1cyA/IGBQcmV2aW91cyBwaGFzZTogJHtwbGFuLnByZXZpb3VzU3RhdHVzfS4gYCA6ICcnLFxuICAgICAgYEV2ZW50OiBcXGAke0FpcmxvY2tXb3Jrc3BhY2UudGFnVmFsdWUocGxhbi5ldmVudElkKX1cXGAuIGAsXG4gICAgICBgV29ya3NwYWNlcyBpbiB0aGlzIHBoYXNlOiAke2FpcmxvY2sud29ya3NwYWNlcy5tYXAoKHcpID0+IGAke3cucm9sZX0gKCR7dy5zdGF0ZX0pYCkuam9pbignLCAnKSB8fCAnbm9uZSd9LiBgLFxuICAgICAgYFZvbHVtZXM6ICR7YWlybG9jay5idWNrZXRzLm1hcCgoYikgPT4gYi52b2x1bWUpLmpvaW4oJywgJykgfHwgJ25vbmUnfS5gLFxuICAgIF0uam9pbignXFxuJyk7XG4gICAgY29uc3Qgd2lkZ2V0czogY2xvdWR3YXRjaC5JV2lkZ2V0W11bXSA9IFtbbmV3IGNsb3Vkd2F0Y2guVGV4dFdpZGdldCh7IG1hcmtkb3duOiBwaGFzZSwgd2lkdGg6IDI0LCBoZWlnaHQ6IDQgfSldXTtcbiAgICBjb25zdCBmaXZlID0gRHVyYXRpb24ubWludXRlcyg1KTtcbiAgICBpZiAoYWlybG9jay53b3Jrc3BhY2VzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGVjMk1ldHJpYyA9IChuYW1lOiBzdHJpbmcsIHc6IEFpcmxvY2tXb3Jrc3BhY2VJbnN0YW5jZSwgc3RhdGlzdGljOiBzdHJpbmcpID0+IG5ldyBjbG91ZHdhdGNoLk1ldHJpYyh7XG4gICAgICAgIG5hbWVzcGFjZTogJ0FXUy9FQzInLCBtZXRyaWNOYW1lOiBuYW1lLCBkaW1lbnNpb25zTWFwOiB7IEluc3RhbmNlSWQ6IHcud29ya3NwYWNlLmluc3RhbmNlLnJlZiB9LCBzdGF0aXN0aWMsIHBlcmlvZDogZml2ZSwgbGFiZWw6IHcucm9sZSxcbiAgICAgIH0pO1xuICAgICAgd2lkZ2V0cy5wdXNoKFtcbiAgICAgICAgbmV3IGNsb3Vkd2F0Y2guR3JhcGhXaWRnZXQoeyB0aXRsZTogJ1dvcmtzcGFjZXM6IENQVSAoJSknLCBsZWZ0OiBhaXJsb2NrLndvcmtzcGFjZXMubWFwKCh3KSA9PiBlYzJNZXRyaWMoJ0NQVVV0aWxpemF0aW9uJywgdywgJ0F2ZXJhZ2UnKSksIHdpZHRoOiAxMiB9KSxcbiAgICAgICAgbmV3IGNsb3Vkd2F0Y2guR3JhcGhXaWRnZXQoeyB0aXRsZTogJ1dvcmtzcGFjZXM6IGZhaWxlZCBzdGF0dXMgY2hlY2tzJywgbGVmdDogYWlybG9jay53b3Jrc3BhY2VzLm1hcCgodykgPT4gZWMyTWV0cmljKCdTdGF0dXNDaGVja0ZhaWxlZCcsIHcsICdNYXhpbXVtJykpLCB3aWR0aDogMTIgfSksXG4gICAgICBdKTtcbiAgICB9XG4gICAgaWYgKGFpcmxvY2suYnVja2V0cy5sZW5ndGggPiAwKSB7XG4gICAgICAvLyBTMyByZXBvcnRzIHN0b3JhZ2Ugb25jZSBhIGRheS5cbiAgICAgIHdpZGdldHMucHVzaChbbmV3IGNsb3Vkd2F0Y2guR3JhcGhXaWRnZXQoe1xuICAgICAgICB0aXRsZTogJ1ZvbHVtZXM6IGJ5dGVzIHN0b3JlZCcsXG4gICAgICAgIGxlZnQ6IGFpcmxvY2suYnVja2V0cy5tYXAoKGIpID0+IG5ldyBjbG91ZHdhdGNoLk1ldHJpYyh7XG4gICAgICAgICAgbmFtZXNwYWNlOiAnQVdTL1MzJyxcbiAgICAgICAgICBtZXRyaWNOYW1lOiAnQnVja2V0U2l6ZUJ5dGVzJyxcbiAgICAgICAgICBkaW1lbnNpb25zTWFwOiB7IEJ1Y2tldE5hbWU6IGIuYnVja2V0LmJ1Y2tldE5hbWUsIFN0b3JhZ2VUeXBlOiAnU3RhbmRhcmRTdG9yYWdlJyB9LFxuICAgICAgICAgIHN0YXRpc3RpYzogJ0F2ZXJhZ2UnLFxuICAgICAgICAgIHBlcmlvZDogRHVyYXRpb24uZGF5cygxKSxcbiAgICAgICAgICBsYWJlbDogYi52b2x1bWUsXG4gICAgICAgIH0pKSxcbiAgICAgICAgd2lkdGg6IDI0LFxuICAgICAgfSldKTtcbiAgICB9XG4gICAgcmV0dXJuIG5ldyBjbG91ZHdhdGNoLkRhc2hib2FyZCh0aGlzLCAnRGFzaGJvYXJkJywgeyBkYXNoYm9hcmROYW1lOiBgcGVybWl0LSR7aWQucmVwbGFjZSgvW15BLVphLXowLTlfLV0vZywgJy0nKX1gLCB3aWRnZXRzIH0pO1xuICB9XG5cbiAgcHJpdmF0ZSBhZGRUcmFpbChhaXJsb2NrOiBBaXJsb2NrV29ya3NwYWNlLCByZXRlbnRpb246IGxvZ3MuUmV0ZW50aW9uRGF5cyk6IGNsb3VkdHJhaWwuVHJhaWwge1xuICAgIGNvbnN0IHNjb3BlID0gbmV3IENvbnN0cnVjdCh0aGlzLCAnQXVkaXQnKTtcbiAgICBzY29wZS5ub2RlLnNldENvbnRleHQoUzNfU0VSVkVSX0FDQ0VTU19MT0dTX1VTRV9CVUNLRVRfUE9MSUNZLCB0cnVlKTtcbiAgICBjb25zdCB0cmFpbE5hbWUgPSBgcGVybWl0LSR7dGhpcy5wbGFuLnBlcm1pdElkfS1kYXRhLWV2ZW50c2A7XG4gICAgY29uc3Qga2V5ID0gbmV3IGttcy5LZXkoc2NvcGUsICdUcmFpbEtleScsIHtcbiAgICAgIGRlc2NyaXB0aW9uOiBgUGVybWl0ICR7dGhpcy5wbGFuLnBlcm1pdElkfTogQ2xvdWRUcmFpbCBkYXRhIGV2ZW50cyAoa2VwdCBhZnRlciB0aGUgcGVybWl0IGlzIGRlbGV0ZWQpYCxcbiAgICAgIGVuYWJsZUtleVJvdGF0aW9uOiB0cnVlLFxuICAgICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgfSk7XG4gICAgY29uc3QgdHJhaWxBcm4gPSB0aGlzLmZvcm1hdEFybih7IHNlcnZpY2U6ICdjbG91ZHRyYWlsJywgcmVzb3VyY2U6ICd0cmFpbCcsIHJlc291cmNlTmFtZTogdHJhaWxOYW1lIH0pO1xuICAgIGFsbG93Q2xvdWRUcmFpbEtleSh0aGlzLCBrZXksIHRyYWlsQXJuKTtcbiAgICBhbGxvd0xvZ3NTZXJ2aWNlKGtleSk7XG4gICAgY29uc3QgbG9nQnVja2V0ID0gYWNjZXNzTG9nQnVja2V0KHNjb3BlLCAnVHJhaWxBY2Nlc3NMb2dzJywgYHRoZSBkYXRhLWV2ZW50IHRyYWlsIG9mIHBlcm1pdCAke3RoaXMucGxhbi5wZXJtaXRJZH1gKTtcbiAgICBjb25zdCBidWNrZXQgPSB0cmFpbEJ1Y2tldChzY29wZSwgdGhpcywga2V5LCBsb2dCdWNrZXQsIHRyYWlsQXJuKTtcbiAgICBidWNrZXQuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdEZW55VHJhaWxUYW1wZXJpbmcnLFxuICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5BbnlQcmluY2lwYWwoKV0sXG4gICAgICBhY3Rpb25zOiBbJ3MzOkRlbGV0ZU9iamVjdCcsICdzMzpEZWxldGVPYmplY3RWZXJzaW9uJywgJ3MzOlB1dE9iamVjdFJldGVudGlvbicsICdzMzpQdXRPYmplY3RMZWdhbEhvbGQnXSxcbiAgICAgIHJlc291cmNlczogW2J1Y2tldC5hcm5Gb3JPYmplY3RzKCcqJyldLFxuICAgIH0pKTtcbiAgICBhY2soYnVja2V0LCBhbGxQYWNrcyh7IGhpcGFhOiAnUzNCdWNrZXRSZXBsaWNhdGlvbkVuYWJsZWQnLCBuaXN0OiAnUzNCdWNrZXRSZXBsaWNhdGlvbkVuYWJsZWQnIH0pLFxuICAgICAgJ1RoZSB0cmFpbCBuYW1lcyB0aGUgb2JqZWN0cyBvZiB0aGUgcGVybWl0XFwncyBzZW5zaXRpdmUgZGF0YTsgYSByZXBsaWNhIGluIGFub3RoZXIgcmVnaW9uIHdvdWxkIHRha2UgdGhhdCBtZXRhZGF0YSBvdXRzaWRlIHRoZSByZWdpb24gdGhlIHBlcm1pdCBhbGxvd3MuIFZlcnNpb25pbmcsIHRoZSBkZW55LWRlbGV0ZSBwb2xpY3kgYW5kIENsb3VkVHJhaWwgbG9nIGZpbGUgdmFsaWRhdGlvbiBrZWVwIGl0IGludGFjdC4nKTtcbiAgICBjb25zdCBncm91cCA9IG5ldyBsb2dzLkxvZ0dyb3VwKHNjb3BlLCAnVHJhaWxMb2dzJywgeyBlbmNyeXB0aW9uS2V5OiBrZXksIHJldGVudGlvbiwgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4gfSk7XG4gICAgY29uc3QgdHJhaWwgPSBuZXcgY2xvdWR0cmFpbC5UcmFpbChzY29wZSwgJ1RyYWlsJywge1xuICAgICAgdHJhaWxOYW1lLFxuICAgICAgYnVja2V0LFxuICAgICAgZW5jcnlwdGlvbktleToga2V5LFxuICAgICAgZW5hYmxlRmlsZVZhbGlkYXRpb246IHRydWUsXG4gICAgICBzZW5kVG9DbG91ZFdhdGNoTG9nczogdHJ1ZSxcbiAgICAgIGNsb3VkV2F0Y2hMb2dHcm91cDogZ3JvdXAsXG4gICAgICBpc011bHRpUmVnaW9uVHJhaWw6IGZhbHNlLFxuICAgICAgaW5jbHVkZUdsb2JhbFNlcnZpY2VFdmVudHM6IGZhbHNlLFxuICAgICAgbWFuYWdlbWVudEV2ZW50czogY2xvdWR0cmFpbC5SZWFkV3JpdGVUeXBlLk5PTkUsXG4gICAgfSk7XG4gICAgZmluaXNoVHJhaWwodHJhaWwsIGJ1Y2tldCxcbiAgICAgICdhd3MtY2RrLWxpYlxcJ3MgVHJhaWwgZ2VuZXJhdGVzIHRoaXMgcm9sZVxcJ3MgcG9saWN5OiBsb2dzOkNyZWF0ZUxvZ1N0cmVhbSBhbmQgbG9nczpQdXRMb2dFdmVudHMgb24gdGhlIHRyYWlsXFwncyBvd24gbG9nIGdyb3VwIG9ubHksIGFzc3VtZWQgYnkgQ2xvdWRUcmFpbCBhbG9uZS4gQW4gaW5saW5lIHBvbGljeSBsaXZlcyBhbmQgZGllcyB3aXRoIGl0cyByb2xlLCB3aGljaCBpcyB3aGF0IGEgc2luZ2xlLXB1cnBvc2UgZGVsaXZlcnkgcm9sZSBuZWVkcy4nKTtcbiAgICB0cmFpbC5hZGRTM0V2ZW50U2VsZWN0b3IoYWlybG9jay5idWNrZXRzLm1hcCgoYikgPT4gKHsgYnVja2V0OiBiLmJ1Y2tldCB9KSksIHtcbiAgICAgIGluY2x1ZGVNYW5hZ2VtZW50RXZlbnRzOiBmYWxzZSxcbiAgICAgIHJlYWRXcml0ZVR5cGU6IGNsb3VkdHJhaWwuUmVhZFdyaXRlVHlwZS5BTEwsXG4gICAgfSk7XG4gICAgcmV0dXJuIHRyYWlsO1xuICB9XG59XG4iXX0=