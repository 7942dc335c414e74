import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
/**
 * Properties of a ReleaseReviewAccess.
 */
export interface ReleaseReviewAccessProps {
    /** The bucket that holds release requests (a permit's `egress-review` bucket). */
    readonly bucket: s3.IBucket;
    /** The release request the reviewers look at (its snapshot is under `<prefix><requestId>/`). */
    readonly requestId: string;
    /** The reviewers' roles (the two or more output checkers of the permit). */
    readonly reviewerRoles: iam.IRole[];
    /**
     * Key prefix of the requests in the bucket.
     * @default "requests/"
     */
    readonly prefix?: string;
    /**
     * The bucket's KMS key, when it is encrypted with one.
     * @default - the bucket's `encryptionKey`, if any
     */
    readonly key?: kms.IKey;
}
/**
 * Read-only access for a release request's reviewers on AWS: one managed policy, attached to
 * each reviewer's role, that lets them read and list the objects under the request's prefix
 * only (`requests/<id>/`), decrypt them through S3 only, and never write, delete or change
 * anything in the bucket (an explicit Deny, so no other grant of theirs can undo it).
 */
export declare class ReleaseReviewAccess extends Construct {
    /** The managed policy attached to the reviewers' roles. */
    readonly policy: iam.ManagedPolicy;
    /** The key prefix the reviewers may read: `<prefix><requestId>/`. */
    readonly readablePrefix: string;
    constructor(scope: Construct, id: string, props: ReleaseReviewAccessProps);
}
