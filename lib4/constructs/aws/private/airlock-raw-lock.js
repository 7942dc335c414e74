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
exports.RAW_PURGE_SCRIPT = exports.DEFAULT_RAW_RETENTION = void 0;
exports.rawLockProps = rawLockProps;
exports.denyGovernanceBypass = denyGovernanceBypass;
exports.addRawPurge = addRawPurge;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const lambda = __importStar(require("aws-cdk-lib/aws-lambda"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const s3 = __importStar(require("aws-cdk-lib/aws-s3"));
const constructs_1 = require("constructs");
const airlock_cfn_1 = require("./airlock-cfn");
const airlock_nag_1 = require("./airlock-nag");
/**
 * S3 Object Lock on a permit's `raw` bucket. Raw holds the consolidated uploads: after the
 * consolidation nobody may change them. The bucket policy already denies writes and version
 * deletion; Object Lock (GOVERNANCE mode, a default retention) also holds against a changed
 * bucket policy or a principal the policy forgot, because destroying a locked version needs
 * `s3:BypassGovernanceRetention` and the bypass header, which the bucket policy denies to all but
 * the purge function of a deleted permit.
 */
/** The default retention of raw's object versions. */
exports.DEFAULT_RAW_RETENTION = aws_cdk_lib_1.Duration.days(365);
/** The bucket props that lock raw's versions (the bucket must be versioned). */
function rawLockProps(retention) {
    return { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(retention) };
}
/**
 * Denies the governance bypass on raw to everyone but `exempt` (the purge function's role after
 * `permit.deleted`; nobody before). Without the bypass no principal, whatever its own policy
 * allows, can destroy or shorten the lock of a version before its retention ends.
 */
function denyGovernanceBypass(raw, exempt) {
    raw.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'DenyGovernanceBypass',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:BypassGovernanceRetention'],
        resources: [raw.bucketArn, raw.arnForObjects('*')],
        conditions: exempt.length ? { ArnNotEquals: { 'aws:PrincipalArn': exempt } } : undefined,
    }));
}
/**
 * The purge of a locked raw bucket (Python 3, inline in the template): on the custom resource's
 * Delete (the stack is deleted, or raw leaves the DELETED template), destroys every object version
 * and delete marker with the governance bypass, until the bucket is empty; Create and Update do
 * nothing. `purge(s3, bucket)` is what the tests run against moto_server.
 */
exports.RAW_PURGE_SCRIPT = `import json
import urllib.request

import boto3


def purge(s3, bucket):
    """Destroys every version and delete marker of bucket (governance retention bypassed)."""
    removed = 0
    while True:
        page = s3.list_object_versions(Bucket=bucket, MaxKeys=1000)
        items = [{'Key': v['Key'], 'VersionId': v['VersionId']}
                 for v in page.get('Versions', []) + page.get('DeleteMarkers', [])]
        if not items:
            return removed
        r = s3.delete_objects(Bucket=bucket, Delete={'Objects': items, 'Quiet': True},
                              BypassGovernanceRetention=True)
        errors = r.get('Errors', [])
        if errors:
            e = errors[0]
            raise RuntimeError('%d versions of %s could not be destroyed; first: %s (%s: %s)'
                               % (len(errors), bucket, e.get('Key'), e.get('Code'), e.get('Message')))
        removed += len(items)


def respond(event, context, status, reason=''):
    body = json.dumps({
        'Status': status,
        'Reason': (reason or 'see the log stream ' + context.log_stream_name)[:500],
        'PhysicalResourceId': event.get('PhysicalResourceId') or 'raw-purge-' + event['ResourceProperties']['BucketName'],
        'StackId': event['StackId'],
        'RequestId': event['RequestId'],
        'LogicalResourceId': event['LogicalResourceId'],
    }).encode()
    req = urllib.request.Request(event['ResponseURL'], data=body, method='PUT',
                                 headers={'Content-Type': '', 'Content-Length': str(len(body))})
    urllib.request.urlopen(req, timeout=30).read()


def handler(event, context):
    try:
        if event['RequestType'] == 'Delete':
            bucket = event['ResourceProperties']['BucketName']
            print('purging %s: %d versions destroyed' % (bucket, purge(boto3.client('s3'), bucket)))
        respond(event, context, 'SUCCESS')
    except Exception as e:  # noqa: BLE001 - CloudFormation must always get an answer
        print('purge failed: %s' % e)
        respond(event, context, 'FAILED', str(e))
`;
/**
 * After `permit.deleted`: the function that empties the locked raw bucket when it is deleted
 * (aws-cdk-lib's auto-delete cannot bypass the retention). Returns its role's ARN, which the
 * caller adds to raw's purgers.
 */
function addRawPurge(scope, plan, raw, logKey) {
    const s = new constructs_1.Construct(scope, 'RawPurge');
    const role = new iam.Role(s, 'Role', {
        description: `Permit ${plan.permitId} (deleted): destroys the object versions of raw, retention bypassed, when the bucket is deleted`,
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    });
    aws_cdk_lib_1.Tags.of(role).add('permit:service', 'raw-purge');
    const logGroup = new logs.LogGroup(s, 'Logs', { encryptionKey: logKey, retention: logs.RetentionDays.SIX_YEARS });
    const policy = new iam.ManagedPolicy(s, 'Policy', {
        description: `Permit ${plan.permitId} (deleted): list and destroy the object versions of raw, and write the purge's log`,
        roles: [role],
        statements: [
            new iam.PolicyStatement({ sid: 'ListRawVersions', actions: ['s3:ListBucketVersions', 's3:ListBucket'], resources: [raw.bucketArn] }),
            new iam.PolicyStatement({ sid: 'DestroyRawVersions', actions: ['s3:DeleteObjectVersion', 's3:BypassGovernanceRetention'], resources: [raw.arnForObjects('*')] }),
            new iam.PolicyStatement({ sid: 'WriteLog', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${logGroup.logGroupArn}:*`] }),
        ],
    });
    (0, airlock_nag_1.acknowledgeWildcards)(policy, (finding) => {
        if (/^Resource::<.*Bucket.*\.Arn>\/\*$/.test(finding)) {
            return 'Destroying every object version of raw needs the bucket\'s object ARN (`<raw>/*`); the grant covers that one bucket of a deleted permit.';
        }
        if (/^Resource::<.*Logs.*\.Arn>:\*$/.test(finding))
            return 'Log streams of the purge function\'s own log group (`<log group>:*`), named by Lambda.';
        return undefined;
    });
    const fn = new lambda.Function(s, 'Function', {
        description: `Permit ${plan.permitId}: empties the locked raw bucket when it is deleted (cdk-research-workspaces)`,
        runtime: lambda.Runtime.PYTHON_3_14,
        handler: 'index.handler',
        code: lambda.Code.fromInline(exports.RAW_PURGE_SCRIPT),
        timeout: aws_cdk_lib_1.Duration.minutes(15),
        memorySize: 256,
        role,
        logGroup,
    });
    fn.node.addDependency(policy);
    (0, airlock_cfn_1.dropRedundantDependsOn)(fn.node.defaultChild, [role]);
    const purge = new aws_cdk_lib_1.CustomResource(s, 'Purge', {
        serviceToken: fn.functionArn,
        resourceType: 'Custom::PermitRawPurge',
        properties: { BucketName: raw.bucketName },
    });
    // Deleted before the bucket (it refers to it), before the function and its policy.
    purge.node.addDependency(policy);
    (0, airlock_nag_1.acknowledgeDeployTimeFunction)(s, {
        outsideVpc: 'This function exists only after permit.deleted, when the permit\'s VPC is gone; it calls the S3 API to destroy raw\'s object versions while CloudFormation deletes the bucket, and reads no data.',
        runtime: 'Pinned to Python 3.14, the newest Python runtime Lambda runs in every commercial region; cdk-nag asks for the newest one aws-cdk-lib can name, which Lambda may not offer yet.',
    });
    return role;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1yYXctbG9jay5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL2FpcmxvY2stcmF3LWxvY2sudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBd0JBLG9DQUVDO0FBT0Qsb0RBU0M7QUErREQsa0NBZ0RDO0FBekpELDZDQUEwRTtBQUMxRSx5REFBMkM7QUFFM0MsK0RBQWlEO0FBQ2pELDJEQUE2QztBQUM3Qyx1REFBeUM7QUFDekMsMkNBQXVDO0FBQ3ZDLCtDQUF1RDtBQUN2RCwrQ0FBb0Y7QUFHcEY7Ozs7Ozs7R0FPRztBQUVILHNEQUFzRDtBQUN6QyxRQUFBLHFCQUFxQixHQUFHLHNCQUFRLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBRXhELGdGQUFnRjtBQUNoRixTQUFnQixZQUFZLENBQUMsU0FBbUI7SUFDOUMsT0FBTyxFQUFFLGlCQUFpQixFQUFFLElBQUksRUFBRSwwQkFBMEIsRUFBRSxFQUFFLENBQUMsbUJBQW1CLENBQUMsVUFBVSxDQUFDLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDL0csQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixvQkFBb0IsQ0FBQyxHQUFlLEVBQUUsTUFBZ0I7SUFDcEUsR0FBRyxDQUFDLG1CQUFtQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUM5QyxHQUFHLEVBQUUsc0JBQXNCO1FBQzNCLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUk7UUFDdkIsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDcEMsT0FBTyxFQUFFLENBQUMsOEJBQThCLENBQUM7UUFDekMsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDLFNBQVMsRUFBRSxHQUFHLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2xELFVBQVUsRUFBRSxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxFQUFFLGtCQUFrQixFQUFFLE1BQU0sRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7S0FDekYsQ0FBQyxDQUFDLENBQUM7QUFDTixDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDVSxRQUFBLGdCQUFnQixHQUFHOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Q0FnRC9CLENBQUM7QUFFRjs7OztHQUlHO0FBQ0gsU0FBZ0IsV0FBVyxDQUFDLEtBQWdCLEVBQUUsSUFBZ0IsRUFBRSxHQUFlLEVBQUUsTUFBZ0I7SUFDL0YsTUFBTSxDQUFDLEdBQUcsSUFBSSxzQkFBUyxDQUFDLEtBQUssRUFBRSxVQUFVLENBQUMsQ0FBQztJQUMzQyxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRTtRQUNuQyxXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSxpR0FBaUc7UUFDckksU0FBUyxFQUFFLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLHNCQUFzQixDQUFDO0tBQzVELENBQUMsQ0FBQztJQUNILGtCQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxnQkFBZ0IsRUFBRSxXQUFXLENBQUMsQ0FBQztJQUNqRCxNQUFNLFFBQVEsR0FBRyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLGFBQWEsRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLElBQUksQ0FBQyxhQUFhLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztJQUNsSCxNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRTtRQUNoRCxXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSxvRkFBb0Y7UUFDeEgsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDO1FBQ2IsVUFBVSxFQUFFO1lBQ1YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLEVBQUUsR0FBRyxFQUFFLGlCQUFpQixFQUFFLE9BQU8sRUFBRSxDQUFDLHVCQUF1QixFQUFFLGVBQWUsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1lBQ3BJLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxPQUFPLEVBQUUsQ0FBQyx3QkFBd0IsRUFBRSw4QkFBOEIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ2hLLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxVQUFVLEVBQUUsT0FBTyxFQUFFLENBQUMsc0JBQXNCLEVBQUUsbUJBQW1CLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxXQUFXLElBQUksQ0FBQyxFQUFFLENBQUM7U0FDL0k7S0FDRixDQUFDLENBQUM7SUFDSCxJQUFBLGtDQUFvQixFQUFDLE1BQU0sRUFBRSxDQUFDLE9BQU8sRUFBRSxFQUFFO1FBQ3ZDLElBQUksbUNBQW1DLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDdEQsT0FBTywwSUFBMEksQ0FBQztRQUNwSixDQUFDO1FBQ0QsSUFBSSxnQ0FBZ0MsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDO1lBQUUsT0FBTyx3RkFBd0YsQ0FBQztRQUNwSixPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDLENBQUMsQ0FBQztJQUNILE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFO1FBQzVDLFdBQVcsRUFBRSxVQUFVLElBQUksQ0FBQyxRQUFRLDhFQUE4RTtRQUNsSCxPQUFPLEVBQUUsTUFBTSxDQUFDLE9BQU8sQ0FBQyxXQUFXO1FBQ25DLE9BQU8sRUFBRSxlQUFlO1FBQ3hCLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyx3QkFBZ0IsQ0FBQztRQUM5QyxPQUFPLEVBQUUsc0JBQVEsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQzdCLFVBQVUsRUFBRSxHQUFHO1FBQ2YsSUFBSTtRQUNKLFFBQVE7S0FDVCxDQUFDLENBQUM7SUFDSCxFQUFFLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUM5QixJQUFBLG9DQUFzQixFQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsWUFBMkIsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDcEUsTUFBTSxLQUFLLEdBQUcsSUFBSSw0QkFBYyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUU7UUFDM0MsWUFBWSxFQUFFLEVBQUUsQ0FBQyxXQUFXO1FBQzVCLFlBQVksRUFBRSx3QkFBd0I7UUFDdEMsVUFBVSxFQUFFLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLEVBQUU7S0FDM0MsQ0FBQyxDQUFDO0lBQ0gsbUZBQW1GO0lBQ25GLEtBQUssQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ2pDLElBQUEsMkNBQTZCLEVBQUMsQ0FBQyxFQUFFO1FBQy9CLFVBQVUsRUFBRSxtTUFBbU07UUFDL00sT0FBTyxFQUFFLGdMQUFnTDtLQUMxTCxDQUFDLENBQUM7SUFDSCxPQUFPLElBQUksQ0FBQztBQUNkLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBDZm5SZXNvdXJjZSwgQ3VzdG9tUmVzb3VyY2UsIER1cmF0aW9uLCBUYWdzIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0ICogYXMgaWFtIGZyb20gJ2F3cy1jZGstbGliL2F3cy1pYW0nO1xuaW1wb3J0ICogYXMga21zIGZyb20gJ2F3cy1jZGstbGliL2F3cy1rbXMnO1xuaW1wb3J0ICogYXMgbGFtYmRhIGZyb20gJ2F3cy1jZGstbGliL2F3cy1sYW1iZGEnO1xuaW1wb3J0ICogYXMgbG9ncyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtbG9ncyc7XG5pbXBvcnQgKiBhcyBzMyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtczMnO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBkcm9wUmVkdW5kYW50RGVwZW5kc09uIH0gZnJvbSAnLi9haXJsb2NrLWNmbic7XG5pbXBvcnQgeyBhY2tub3dsZWRnZURlcGxveVRpbWVGdW5jdGlvbiwgYWNrbm93bGVkZ2VXaWxkY2FyZHMgfSBmcm9tICcuL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IFBlcm1pdFBsYW4gfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5cbi8qKlxuICogUzMgT2JqZWN0IExvY2sgb24gYSBwZXJtaXQncyBgcmF3YCBidWNrZXQuIFJhdyBob2xkcyB0aGUgY29uc29saWRhdGVkIHVwbG9hZHM6IGFmdGVyIHRoZVxuICogY29uc29saWRhdGlvbiBub2JvZHkgbWF5IGNoYW5nZSB0aGVtLiBUaGUgYnVja2V0IHBvbGljeSBhbHJlYWR5IGRlbmllcyB3cml0ZXMgYW5kIHZlcnNpb25cbiAqIGRlbGV0aW9uOyBPYmplY3QgTG9jayAoR09WRVJOQU5DRSBtb2RlLCBhIGRlZmF1bHQgcmV0ZW50aW9uKSBhbHNvIGhvbGRzIGFnYWluc3QgYSBjaGFuZ2VkXG4gKiBidWNrZXQgcG9saWN5IG9yIGEgcHJpbmNpcGFsIHRoZSBwb2xpY3kgZm9yZ290LCBiZWNhdXNlIGRlc3Ryb3lpbmcgYSBsb2NrZWQgdmVyc2lvbiBuZWVkc1xuICogYHMzOkJ5cGFzc0dvdmVybmFuY2VSZXRlbnRpb25gIGFuZCB0aGUgYnlwYXNzIGhlYWRlciwgd2hpY2ggdGhlIGJ1Y2tldCBwb2xpY3kgZGVuaWVzIHRvIGFsbCBidXRcbiAqIHRoZSBwdXJnZSBmdW5jdGlvbiBvZiBhIGRlbGV0ZWQgcGVybWl0LlxuICovXG5cbi8qKiBUaGUgZGVmYXVsdCByZXRlbnRpb24gb2YgcmF3J3Mgb2JqZWN0IHZlcnNpb25zLiAqL1xuZXhwb3J0IGNvbnN0IERFRkFVTFRfUkFXX1JFVEVOVElPTiA9IER1cmF0aW9uLmRheXMoMzY1KTtcblxuLyoqIFRoZSBidWNrZXQgcHJvcHMgdGhhdCBsb2NrIHJhdydzIHZlcnNpb25zICh0aGUgYnVja2V0IG11c3QgYmUgdmVyc2lvbmVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByYXdMb2NrUHJvcHMocmV0ZW50aW9uOiBEdXJhdGlvbik6IFBpY2s8czMuQnVja2V0UHJvcHMsICdvYmplY3RMb2NrRW5hYmxlZCcgfCAnb2JqZWN0TG9ja0RlZmF1bHRSZXRlbnRpb24nPiB7XG4gIHJldHVybiB7IG9iamVjdExvY2tFbmFibGVkOiB0cnVlLCBvYmplY3RMb2NrRGVmYXVsdFJldGVudGlvbjogczMuT2JqZWN0TG9ja1JldGVudGlvbi5nb3Zlcm5hbmNlKHJldGVudGlvbikgfTtcbn1cblxuLyoqXG4gKiBEZW5pZXMgdGhlIGdvdmVybmFuY2UgYnlwYXNzIG9uIHJhdyB0byBldmVyeW9uZSBidXQgYGV4ZW1wdGAgKHRoZSBwdXJnZSBmdW5jdGlvbidzIHJvbGUgYWZ0ZXJcbiAqIGBwZXJtaXQuZGVsZXRlZGA7IG5vYm9keSBiZWZvcmUpLiBXaXRob3V0IHRoZSBieXBhc3Mgbm8gcHJpbmNpcGFsLCB3aGF0ZXZlciBpdHMgb3duIHBvbGljeVxuICogYWxsb3dzLCBjYW4gZGVzdHJveSBvciBzaG9ydGVuIHRoZSBsb2NrIG9mIGEgdmVyc2lvbiBiZWZvcmUgaXRzIHJldGVudGlvbiBlbmRzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZGVueUdvdmVybmFuY2VCeXBhc3MocmF3OiBzMy5JQnVja2V0LCBleGVtcHQ6IHN0cmluZ1tdKTogdm9pZCB7XG4gIHJhdy5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdEZW55R292ZXJuYW5jZUJ5cGFzcycsXG4gICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgIGFjdGlvbnM6IFsnczM6QnlwYXNzR292ZXJuYW5jZVJldGVudGlvbiddLFxuICAgIHJlc291cmNlczogW3Jhdy5idWNrZXRBcm4sIHJhdy5hcm5Gb3JPYmplY3RzKCcqJyldLFxuICAgIGNvbmRpdGlvbnM6IGV4ZW1wdC5sZW5ndGggPyB7IEFybk5vdEVxdWFsczogeyAnYXdzOlByaW5jaXBhbEFybic6IGV4ZW1wdCB9IH0gOiB1bmRlZmluZWQsXG4gIH0pKTtcbn1cblxuLyoqXG4gKiBUaGUgcHVyZ2Ugb2YgYSBsb2NrZWQgcmF3IGJ1Y2tldCAoUHl0aG9uIDMsIGlubGluZSBpbiB0aGUgdGVtcGxhdGUpOiBvbiB0aGUgY3VzdG9tIHJlc291cmNlJ3NcbiAqIERlbGV0ZSAodGhlIHN0YWNrIGlzIGRlbGV0ZWQsIG9yIHJhdyBsZWF2ZXMgdGhlIERFTEVURUQgdGVtcGxhdGUpLCBkZXN0cm95cyBldmVyeSBvYmplY3QgdmVyc2lvblxuICogYW5kIGRlbGV0ZSBtYXJrZXIgd2l0aCB0aGUgZ292ZXJuYW5jZSBieXBhc3MsIHVudGlsIHRoZSBidWNrZXQgaXMgZW1wdHk7IENyZWF0ZSBhbmQgVXBkYXRlIGRvXG4gKiBub3RoaW5nLiBgcHVyZ2UoczMsIGJ1Y2tldClgIGlzIHdoYXQgdGhlIHRlc3RzIHJ1biBhZ2FpbnN0IG1vdG9fc2VydmVyLlxuICovXG5leHBvcnQgY29uc3QgUkFXX1BVUkdFX1NDUklQVCA9IGBpbXBvcnQganNvblxuaW1wb3J0IHVybGxpYi5yZXF1ZXN0XG5cbmltcG9ydCBib3RvM1xuXG5cbmRlZiBwdXJnZShzMywgYnVja2V0KTpcbiAgICBcIlwiXCJEZXN0cm95cyBldmVyeSB2ZXJzaW9uIGFuZCBkZWxldGUgbWFya2VyIG9mIGJ1Y2tldCAoZ292ZXJuYW5jZSByZXRlbnRpb24gYnlwYXNzZWQpLlwiXCJcIlxuICAgIHJlbW92ZWQgPSAwXG4gICAgd2hpbGUgVHJ1ZTpcbiAgICAgICAgcGFnZSA9IHMzLmxpc3Rfb2JqZWN0X3ZlcnNpb25zKEJ1Y2tldD1idWNrZXQsIE1heEtleXM9MTAwMClcbiAgICAgICAgaXRlbXMgPSBbeydLZXknOiB2WydLZXknXSwgJ1ZlcnNpb25JZCc6IHZbJ1ZlcnNpb25JZCddfVxuICAgICAgICAgICAgICAgICBmb3IgdiBpbiBwYWdlLmdldCgnVmVyc2lvbnMnLCBbXSkgKyBwYWdlLmdldCgnRGVsZXRlTWFya2VycycsIFtdKV1cbiAgICAgICAgaWYgbm90IGl0ZW1zOlxuICAgICAgICAgICAgcmV0dXJuIHJlbW92ZWRcbiAgICAgICAgciA9IHMzLmRlbGV0ZV9vYmplY3RzKEJ1Y2tldD1idWNrZXQsIERlbGV0ZT17J09iamVjdHMnOiBpdGVtcywgJ1F1aWV0JzogVHJ1ZX0sXG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICBCeXBhc3NHb3Zlcm5hbmNlUmV0ZW50aW9uPVRydWUpXG4gICAgICAgIGVycm9ycyA9IHIuZ2V0KCdFcnJvcnMnLCBbXSlcbiAgICAgICAgaWYgZXJyb3JzOlxuICAgICAgICAgICAgZSA9IGVycm9yc1swXVxuICAgICAgICAgICAgcmFpc2UgUnVudGltZUVycm9yKCclZCB2ZXJzaW9ucyBvZiAlcyBjb3VsZCBub3QgYmUgZGVzdHJveWVkOyBmaXJzdDogJXMgKCVzOiAlcyknXG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgJSAobGVuKGVycm9ycyksIGJ1Y2tldCwgZS5nZXQoJ0tleScpLCBlLmdldCgnQ29kZScpLCBlLmdldCgnTWVzc2FnZScpKSlcbiAgICAgICAgcmVtb3ZlZCArPSBsZW4oaXRlbXMpXG5cblxuZGVmIHJlc3BvbmQoZXZlbnQsIGNvbnRleHQsIHN0YXR1cywgcmVhc29uPScnKTpcbiAgICBib2R5ID0ganNvbi5kdW1wcyh7XG4gICAgICAgICdTdGF0dXMnOiBzdGF0dXMsXG4gICAgICAgICdSZWFzb24nOiAocmVhc29uIG9yICdzZWUgdGhlIGxvZyBzdHJlYW0gJyArIGNvbnRleHQubG9nX3N0cmVhbV9uYW1lKVs6NTAwXSxcbiAgICAgICAgJ1BoeXNpY2FsUmVzb3VyY2VJZCc6IGV2ZW50LmdldCgnUGh5c2ljYWxSZXNvdXJjZUlkJykgb3IgJ3Jhdy1wdXJnZS0nICsgZXZlbnRbJ1Jlc291cmNlUHJvcGVydGllcyddWydCdWNrZXROYW1lJ10sXG4gICAgICAgICdTdGFja0lkJzogZXZlbnRbJ1N0YWNrSWQnXSxcbiAgICAgICAgJ1JlcXVlc3RJZCc6IGV2ZW50WydSZXF1ZXN0SWQnXSxcbiAgICAgICAgJ0xvZ2ljYWxSZXNvdXJjZUlkJzogZXZlbnRbJ0xvZ2ljYWxSZXNvdXJjZUlkJ10sXG4gICAgfSkuZW5jb2RlKClcbiAgICByZXEgPSB1cmxsaWIucmVxdWVzdC5SZXF1ZXN0KGV2ZW50WydSZXNwb25zZVVSTCddLCBkYXRhPWJvZHksIG1ldGhvZD0nUFVUJyxcbiAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIGhlYWRlcnM9eydDb250ZW50LVR5cGUnOiAnJywgJ0NvbnRlbnQtTGVuZ3RoJzogc3RyKGxlbihib2R5KSl9KVxuICAgIHVybGxpYi5yZXF1ZXN0LnVybG9wZW4ocmVxLCB0aW1lb3V0PTMwKS5yZWFkKClcblxuXG5kZWYgaGFuZGxlcihldmVudCwgY29udGV4dCk6XG4gICAgdHJ5OlxuICAgICAgICBpZiBldmVudFsnUmVxdWVzdFR5cGUnXSA9PSAnRGVsZXRlJzpcbiAgICAgICAgICAgIGJ1Y2tldCA9IGV2ZW50WydSZXNvdXJjZVByb3BlcnRpZXMnXVsnQnVja2V0TmFtZSddXG4gICAgICAgICAgICBwcmludCgncHVyZ2luZyAlczogJWQgdmVyc2lvbnMgZGVzdHJveWVkJyAlIChidWNrZXQsIHB1cmdlKGJvdG8zLmNsaWVudCgnczMnKSwgYnVja2V0KSkpXG4gICAgICAgIHJlc3BvbmQoZXZlbnQsIGNvbnRleHQsICdTVUNDRVNTJylcbiAgICBleGNlcHQgRXhjZXB0aW9uIGFzIGU6ICAjIG5vcWE6IEJMRTAwMSAtIENsb3VkRm9ybWF0aW9uIG11c3QgYWx3YXlzIGdldCBhbiBhbnN3ZXJcbiAgICAgICAgcHJpbnQoJ3B1cmdlIGZhaWxlZDogJXMnICUgZSlcbiAgICAgICAgcmVzcG9uZChldmVudCwgY29udGV4dCwgJ0ZBSUxFRCcsIHN0cihlKSlcbmA7XG5cbi8qKlxuICogQWZ0ZXIgYHBlcm1pdC5kZWxldGVkYDogdGhlIGZ1bmN0aW9uIHRoYXQgZW1wdGllcyB0aGUgbG9ja2VkIHJhdyBidWNrZXQgd2hlbiBpdCBpcyBkZWxldGVkXG4gKiAoYXdzLWNkay1saWIncyBhdXRvLWRlbGV0ZSBjYW5ub3QgYnlwYXNzIHRoZSByZXRlbnRpb24pLiBSZXR1cm5zIGl0cyByb2xlJ3MgQVJOLCB3aGljaCB0aGVcbiAqIGNhbGxlciBhZGRzIHRvIHJhdydzIHB1cmdlcnMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhZGRSYXdQdXJnZShzY29wZTogQ29uc3RydWN0LCBwbGFuOiBQZXJtaXRQbGFuLCByYXc6IHMzLklCdWNrZXQsIGxvZ0tleToga21zLklLZXkpOiBpYW0uUm9sZSB7XG4gIGNvbnN0IHMgPSBuZXcgQ29uc3RydWN0KHNjb3BlLCAnUmF3UHVyZ2UnKTtcbiAgY29uc3Qgcm9sZSA9IG5ldyBpYW0uUm9sZShzLCAnUm9sZScsIHtcbiAgICBkZXNjcmlwdGlvbjogYFBlcm1pdCAke3BsYW4ucGVybWl0SWR9IChkZWxldGVkKTogZGVzdHJveXMgdGhlIG9iamVjdCB2ZXJzaW9ucyBvZiByYXcsIHJldGVudGlvbiBieXBhc3NlZCwgd2hlbiB0aGUgYnVja2V0IGlzIGRlbGV0ZWRgLFxuICAgIGFzc3VtZWRCeTogbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdsYW1iZGEuYW1hem9uYXdzLmNvbScpLFxuICB9KTtcbiAgVGFncy5vZihyb2xlKS5hZGQoJ3Blcm1pdDpzZXJ2aWNlJywgJ3Jhdy1wdXJnZScpO1xuICBjb25zdCBsb2dHcm91cCA9IG5ldyBsb2dzLkxvZ0dyb3VwKHMsICdMb2dzJywgeyBlbmNyeXB0aW9uS2V5OiBsb2dLZXksIHJldGVudGlvbjogbG9ncy5SZXRlbnRpb25EYXlzLlNJWF9ZRUFSUyB9KTtcbiAgY29uc3QgcG9saWN5ID0gbmV3IGlhbS5NYW5hZ2VkUG9saWN5KHMsICdQb2xpY3knLCB7XG4gICAgZGVzY3JpcHRpb246IGBQZXJtaXQgJHtwbGFuLnBlcm1pdElkfSAoZGVsZXRlZCk6IGxpc3QgYW5kIGRlc3Ryb3kgdGhlIG9iamVjdCB2ZXJzaW9ucyBvZiByYXcsIGFuZCB3cml0ZSB0aGUgcHVyZ2UncyBsb2dgLFxuICAgIHJvbGVzOiBbcm9sZV0sXG4gICAgc3RhdGVtZW50czogW1xuICAgICAgbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoeyBzaWQ6ICdMaXN0UmF3VmVyc2lvbnMnLCBhY3Rpb25zOiBbJ3MzOkxpc3RCdWNrZXRWZXJzaW9ucycsICdzMzpMaXN0QnVja2V0J10sIHJlc291cmNlczogW3Jhdy5idWNrZXRBcm5dIH0pLFxuICAgICAgbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoeyBzaWQ6ICdEZXN0cm95UmF3VmVyc2lvbnMnLCBhY3Rpb25zOiBbJ3MzOkRlbGV0ZU9iamVjdFZlcnNpb24nLCAnczM6QnlwYXNzR292ZXJuYW5jZVJldGVudGlvbiddLCByZXNvdXJjZXM6IFtyYXcuYXJuRm9yT2JqZWN0cygnKicpXSB9KSxcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHsgc2lkOiAnV3JpdGVMb2cnLCBhY3Rpb25zOiBbJ2xvZ3M6Q3JlYXRlTG9nU3RyZWFtJywgJ2xvZ3M6UHV0TG9nRXZlbnRzJ10sIHJlc291cmNlczogW2Ake2xvZ0dyb3VwLmxvZ0dyb3VwQXJufToqYF0gfSksXG4gICAgXSxcbiAgfSk7XG4gIGFja25vd2xlZGdlV2lsZGNhcmRzKHBvbGljeSwgKGZpbmRpbmcpID0+IHtcbiAgICBpZiAoL15SZXNvdXJjZTo6PC4qQnVja2V0LipcXC5Bcm4+XFwvXFwqJC8udGVzdChmaW5kaW5nKSkge1xuICAgICAgcmV0dXJuICdEZXN0cm95aW5nIGV2ZXJ5IG9iamVjdCB2ZXJzaW9uIG9mIHJhdyBuZWVkcyB0aGUgYnVja2V0XFwncyBvYmplY3QgQVJOIChgPHJhdz4vKmApOyB0aGUgZ3JhbnQgY292ZXJzIHRoYXQgb25lIGJ1Y2tldCBvZiBhIGRlbGV0ZWQgcGVybWl0Lic7XG4gICAgfVxuICAgIGlmICgvXlJlc291cmNlOjo8LipMb2dzLipcXC5Bcm4+OlxcKiQvLnRlc3QoZmluZGluZykpIHJldHVybiAnTG9nIHN0cmVhbXMgb2YgdGhlIHB1cmdlIGZ1bmN0aW9uXFwncyBvd24gbG9nIGdyb3VwIChgPGxvZyBncm91cD46KmApLCBuYW1lZCBieSBMYW1iZGEuJztcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9KTtcbiAgY29uc3QgZm4gPSBuZXcgbGFtYmRhLkZ1bmN0aW9uKHMsICdGdW5jdGlvbicsIHtcbiAgICBkZXNjcmlwdGlvbjogYFBlcm1pdCAke3BsYW4ucGVybWl0SWR9OiBlbXB0aWVzIHRoZSBsb2NrZWQgcmF3IGJ1Y2tldCB3aGVuIGl0IGlzIGRlbGV0ZWQgKGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzKWAsXG4gICAgcnVudGltZTogbGFtYmRhLlJ1bnRpbWUuUFlUSE9OXzNfMTQsXG4gICAgaGFuZGxlcjogJ2luZGV4LmhhbmRsZXInLFxuICAgIGNvZGU6IGxhbWJkYS5Db2RlLmZyb21JbmxpbmUoUkFXX1BVUkdFX1NDUklQVCksXG4gICAgdGltZW91dDogRHVyYXRpb24ubWludXRlcygxNSksXG4gICAgbWVtb3J5U2l6ZTogMjU2LFxuICAgIHJvbGUsXG4gICAgbG9nR3JvdXAsXG4gIH0pO1xuICBmbi5ub2RlLmFkZERlcGVuZGVuY3kocG9saWN5KTtcbiAgZHJvcFJlZHVuZGFudERlcGVuZHNPbihmbi5ub2RlLmRlZmF1bHRDaGlsZCBhcyBDZm5SZXNvdXJjZSwgW3JvbGVdKTtcbiAgY29uc3QgcHVyZ2UgPSBuZXcgQ3VzdG9tUmVzb3VyY2UocywgJ1B1cmdlJywge1xuICAgIHNlcnZpY2VUb2tlbjogZm4uZnVuY3Rpb25Bcm4sXG4gICAgcmVzb3VyY2VUeXBlOiAnQ3VzdG9tOjpQZXJtaXRSYXdQdXJnZScsXG4gICAgcHJvcGVydGllczogeyBCdWNrZXROYW1lOiByYXcuYnVja2V0TmFtZSB9LFxuICB9KTtcbiAgLy8gRGVsZXRlZCBiZWZvcmUgdGhlIGJ1Y2tldCAoaXQgcmVmZXJzIHRvIGl0KSwgYmVmb3JlIHRoZSBmdW5jdGlvbiBhbmQgaXRzIHBvbGljeS5cbiAgcHVyZ2Uubm9kZS5hZGREZXBlbmRlbmN5KHBvbGljeSk7XG4gIGFja25vd2xlZGdlRGVwbG95VGltZUZ1bmN0aW9uKHMsIHtcbiAgICBvdXRzaWRlVnBjOiAnVGhpcyBmdW5jdGlvbiBleGlzdHMgb25seSBhZnRlciBwZXJtaXQuZGVsZXRlZCwgd2hlbiB0aGUgcGVybWl0XFwncyBWUEMgaXMgZ29uZTsgaXQgY2FsbHMgdGhlIFMzIEFQSSB0byBkZXN0cm95IHJhd1xcJ3Mgb2JqZWN0IHZlcnNpb25zIHdoaWxlIENsb3VkRm9ybWF0aW9uIGRlbGV0ZXMgdGhlIGJ1Y2tldCwgYW5kIHJlYWRzIG5vIGRhdGEuJyxcbiAgICBydW50aW1lOiAnUGlubmVkIHRvIFB5dGhvbiAzLjE0LCB0aGUgbmV3ZXN0IFB5dGhvbiBydW50aW1lIExhbWJkYSBydW5zIGluIGV2ZXJ5IGNvbW1lcmNpYWwgcmVnaW9uOyBjZGstbmFnIGFza3MgZm9yIHRoZSBuZXdlc3Qgb25lIGF3cy1jZGstbGliIGNhbiBuYW1lLCB3aGljaCBMYW1iZGEgbWF5IG5vdCBvZmZlciB5ZXQuJyxcbiAgfSk7XG4gIHJldHVybiByb2xlO1xufVxuIl19