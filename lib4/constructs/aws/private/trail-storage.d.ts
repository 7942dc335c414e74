/**
 * The storage of a CloudTrail trail the kit creates (a permit's data-event trail, a tenant's
 * account trail): the key grants CloudTrail needs, an encrypted, versioned, retained bucket that
 * only CloudTrail writes to, and the finishing touches on the trail. Each caller adds its own
 * deny-tampering statement (what it protects differs).
 */
import { Stack } from 'aws-cdk-lib';
import * as cloudtrail from 'aws-cdk-lib/aws-cloudtrail';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
/** Lets CloudTrail encrypt the trail `trailArn`'s logs with `key` and describe the key. */
export declare function allowCloudTrailKey(stack: Stack, key: kms.Key, trailArn: string): void;
/**
 * The trail's bucket (`TrailBucket` in `scope`): KMS-encrypted with `key`, versioned, private,
 * TLS only, access-logged to `accessLogs`, retained; CloudTrail may check its ACL and write
 * `AWSLogs/<account>/` for the trail `trailArn` only.
 */
export declare function trailBucket(scope: Construct, stack: Stack, key: kms.IKey, accessLogs: s3.IBucket, trailArn: string): s3.Bucket;
/**
 * After the trail is created: it waits for its bucket's policy, and the CloudWatch Logs role
 * aws-cdk-lib generates loses its redundant DependsOn and is acknowledged with `why`.
 */
export declare function finishTrail(trail: cloudtrail.Trail, bucket: s3.Bucket, why: string): void;
