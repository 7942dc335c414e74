/**
 * The storage of a CloudTrail trail the kit creates (a permit's data-event trail, a tenant's
 * account trail): the key grants CloudTrail needs, an encrypted, versioned, retained bucket that
 * only CloudTrail writes to, and the finishing touches on the trail. Each caller adds its own
 * deny-tampering statement (what it protects differs).
 */
import { CfnResource, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { dropRedundantDependsOn } from './airlock-cfn';
import { ack, allPacks } from './airlock-nag';
import { sealedBucketProps } from './airlock-storage';

/** Lets CloudTrail encrypt the trail `trailArn`'s logs with `key` and describe the key. */
export function allowCloudTrailKey(stack: Stack, key: kms.Key, trailArn: string): void {
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'CloudTrailEncryptsLogs',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:GenerateDataKey*'],
    resources: ['*'],
    conditions: {
      StringEquals: { 'aws:SourceArn': trailArn },
      StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': `arn:${stack.partition}:cloudtrail:*:${stack.account}:trail/*` },
    },
  }));
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'CloudTrailDescribesKey',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['kms:DescribeKey'],
    resources: ['*'],
  }));
}

/**
 * The trail's bucket (`TrailBucket` in `scope`): KMS-encrypted with `key`, versioned, private,
 * TLS only, access-logged to `accessLogs`, retained; CloudTrail may check its ACL and write
 * `AWSLogs/<account>/` for the trail `trailArn` only.
 */
export function trailBucket(scope: Construct, stack: Stack, key: kms.IKey, accessLogs: s3.IBucket, trailArn: string): s3.Bucket {
  const bucket = new s3.Bucket(scope, 'TrailBucket', { ...sealedBucketProps(key, accessLogs), removalPolicy: RemovalPolicy.RETAIN });
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'CloudTrailAclCheck',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['s3:GetBucketAcl'],
    resources: [bucket.bucketArn],
    conditions: { StringEquals: { 'aws:SourceArn': trailArn } },
  }));
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'CloudTrailWrite',
    principals: [new iam.ServicePrincipal('cloudtrail.amazonaws.com')],
    actions: ['s3:PutObject'],
    resources: [bucket.arnForObjects(`AWSLogs/${stack.account}/*`)],
    conditions: { StringEquals: { 'aws:SourceArn': trailArn, 's3:x-amz-acl': 'bucket-owner-full-control' } },
  }));
  return bucket;
}

/**
 * After the trail is created: it waits for its bucket's policy, and the CloudWatch Logs role
 * aws-cdk-lib generates loses its redundant DependsOn and is acknowledged with `why`.
 */
export function finishTrail(trail: cloudtrail.Trail, bucket: s3.Bucket, why: string): void {
  trail.node.addDependency(bucket.policy!);
  const logsRole = trail.node.tryFindChild('LogsRole');
  if (logsRole) {
    dropRedundantDependsOn(trail.node.defaultChild as CfnResource, [logsRole]);
    ack(logsRole, allPacks({ hipaa: 'IAMNoInlinePolicy', nist: 'IAMNoInlinePolicy' }), why);
  }
}
