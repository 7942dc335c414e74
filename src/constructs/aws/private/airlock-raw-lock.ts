import { CfnResource, CustomResource, Duration, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { dropRedundantDependsOn } from './airlock-cfn';
import { acknowledgeDeployTimeFunction, acknowledgeWildcards } from './airlock-nag';
import { PermitPlan } from '../../../workspaces/permit';

/**
 * S3 Object Lock on a permit's `raw` bucket. Raw holds the consolidated uploads: after the
 * consolidation nobody may change them. The bucket policy already denies writes and version
 * deletion; Object Lock (GOVERNANCE mode, a default retention) also holds against a changed
 * bucket policy or a principal the policy forgot, because destroying a locked version needs
 * `s3:BypassGovernanceRetention` and the bypass header, which the bucket policy denies to all but
 * the purge function of a deleted permit.
 */

/** The default retention of raw's object versions. */
export const DEFAULT_RAW_RETENTION = Duration.days(365);

/** The bucket props that lock raw's versions (the bucket must be versioned). */
export function rawLockProps(retention: Duration): Pick<s3.BucketProps, 'objectLockEnabled' | 'objectLockDefaultRetention'> {
  return { objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(retention) };
}

/**
 * Denies the governance bypass on raw to everyone but `exempt` (the purge function's role after
 * `permit.deleted`; nobody before). Without the bypass no principal, whatever its own policy
 * allows, can destroy or shorten the lock of a version before its retention ends.
 */
export function denyGovernanceBypass(raw: s3.IBucket, exempt: string[]): void {
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
export const RAW_PURGE_SCRIPT = `import json
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
export function addRawPurge(scope: Construct, plan: PermitPlan, raw: s3.IBucket, logKey: kms.IKey): iam.Role {
  const s = new Construct(scope, 'RawPurge');
  const role = new iam.Role(s, 'Role', {
    description: `Permit ${plan.permitId} (deleted): destroys the object versions of raw, retention bypassed, when the bucket is deleted`,
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
  });
  Tags.of(role).add('permit:service', 'raw-purge');
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
  acknowledgeWildcards(policy, (finding) => {
    if (/^Resource::<.*Bucket.*\.Arn>\/\*$/.test(finding)) {
      return 'Destroying every object version of raw needs the bucket\'s object ARN (`<raw>/*`); the grant covers that one bucket of a deleted permit.';
    }
    if (/^Resource::<.*Logs.*\.Arn>:\*$/.test(finding)) return 'Log streams of the purge function\'s own log group (`<log group>:*`), named by Lambda.';
    return undefined;
  });
  const fn = new lambda.Function(s, 'Function', {
    description: `Permit ${plan.permitId}: empties the locked raw bucket when it is deleted (cdk-research-workspaces)`,
    runtime: lambda.Runtime.PYTHON_3_14,
    handler: 'index.handler',
    code: lambda.Code.fromInline(RAW_PURGE_SCRIPT),
    timeout: Duration.minutes(15),
    memorySize: 256,
    role,
    logGroup,
  });
  fn.node.addDependency(policy);
  dropRedundantDependsOn(fn.node.defaultChild as CfnResource, [role]);
  const purge = new CustomResource(s, 'Purge', {
    serviceToken: fn.functionArn,
    resourceType: 'Custom::PermitRawPurge',
    properties: { BucketName: raw.bucketName },
  });
  // Deleted before the bucket (it refers to it), before the function and its policy.
  purge.node.addDependency(policy);
  acknowledgeDeployTimeFunction(s, {
    outsideVpc: 'This function exists only after permit.deleted, when the permit\'s VPC is gone; it calls the S3 API to destroy raw\'s object versions while CloudFormation deletes the bucket, and reads no data.',
    runtime: 'Pinned to Python 3.14, the newest Python runtime Lambda runs in every commercial region; cdk-nag asks for the newest one aws-cdk-lib can name, which Lambda may not offer yet.',
  });
  return role;
}
