import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
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
export declare const DEFAULT_RAW_RETENTION: Duration;
/** The bucket props that lock raw's versions (the bucket must be versioned). */
export declare function rawLockProps(retention: Duration): Pick<s3.BucketProps, 'objectLockEnabled' | 'objectLockDefaultRetention'>;
/**
 * Denies the governance bypass on raw to everyone but `exempt` (the purge function's role after
 * `permit.deleted`; nobody before). Without the bypass no principal, whatever its own policy
 * allows, can destroy or shorten the lock of a version before its retention ends.
 */
export declare function denyGovernanceBypass(raw: s3.IBucket, exempt: string[]): void;
/**
 * The purge of a locked raw bucket (Python 3, inline in the template): on the custom resource's
 * Delete (the stack is deleted, or raw leaves the DELETED template), destroys every object version
 * and delete marker with the governance bypass, until the bucket is empty; Create and Update do
 * nothing. `purge(s3, bucket)` is what the tests run against moto_server.
 */
export declare const RAW_PURGE_SCRIPT = "import json\nimport urllib.request\n\nimport boto3\n\n\ndef purge(s3, bucket):\n    \"\"\"Destroys every version and delete marker of bucket (governance retention bypassed).\"\"\"\n    removed = 0\n    while True:\n        page = s3.list_object_versions(Bucket=bucket, MaxKeys=1000)\n        items = [{'Key': v['Key'], 'VersionId': v['VersionId']}\n                 for v in page.get('Versions', []) + page.get('DeleteMarkers', [])]\n        if not items:\n            return removed\n        r = s3.delete_objects(Bucket=bucket, Delete={'Objects': items, 'Quiet': True},\n                              BypassGovernanceRetention=True)\n        errors = r.get('Errors', [])\n        if errors:\n            e = errors[0]\n            raise RuntimeError('%d versions of %s could not be destroyed; first: %s (%s: %s)'\n                               % (len(errors), bucket, e.get('Key'), e.get('Code'), e.get('Message')))\n        removed += len(items)\n\n\ndef respond(event, context, status, reason=''):\n    body = json.dumps({\n        'Status': status,\n        'Reason': (reason or 'see the log stream ' + context.log_stream_name)[:500],\n        'PhysicalResourceId': event.get('PhysicalResourceId') or 'raw-purge-' + event['ResourceProperties']['BucketName'],\n        'StackId': event['StackId'],\n        'RequestId': event['RequestId'],\n        'LogicalResourceId': event['LogicalResourceId'],\n    }).encode()\n    req = urllib.request.Request(event['ResponseURL'], data=body, method='PUT',\n                                 headers={'Content-Type': '', 'Content-Length': str(len(body))})\n    urllib.request.urlopen(req, timeout=30).read()\n\n\ndef handler(event, context):\n    try:\n        if event['RequestType'] == 'Delete':\n            bucket = event['ResourceProperties']['BucketName']\n            print('purging %s: %d versions destroyed' % (bucket, purge(boto3.client('s3'), bucket)))\n        respond(event, context, 'SUCCESS')\n    except Exception as e:  # noqa: BLE001 - CloudFormation must always get an answer\n        print('purge failed: %s' % e)\n        respond(event, context, 'FAILED', str(e))\n";
/**
 * After `permit.deleted`: the function that empties the locked raw bucket when it is deleted
 * (aws-cdk-lib's auto-delete cannot bypass the retention). Returns its role's ARN, which the
 * caller adds to raw's purgers.
 */
export declare function addRawPurge(scope: Construct, plan: PermitPlan, raw: s3.IBucket, logKey: kms.IKey): iam.Role;
