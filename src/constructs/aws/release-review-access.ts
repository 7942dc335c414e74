import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from './private/airlock-nag';
import { checkKnownProps } from '../../private/known-props';
import { fail } from '../../workspaces/private/error';

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
export class ReleaseReviewAccess extends Construct {
  /** The managed policy attached to the reviewers' roles. */
  public readonly policy: iam.ManagedPolicy;
  /** The key prefix the reviewers may read: `<prefix><requestId>/`. */
  public readonly readablePrefix: string;

  constructor(scope: Construct, id: string, props: ReleaseReviewAccessProps) {
    super(scope, id);
    checkKnownProps(this, 'ReleaseReviewAccessProps', props);
    const where = { file: `construct ${this.node.path}` };
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(props.requestId)) {
      fail({ code: 'invalid-request-id', field: 'requestId', value: props.requestId, location: where, message: 'request id must be 1-63 lower-case letters, digits or dashes', fix: 'use the id "rws permit release list" shows' });
    }
    const prefix = props.prefix ?? 'requests/';
    if (prefix !== '' && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/$/.test(prefix)) {
      fail({ code: 'invalid-prefix', field: 'prefix', value: prefix, location: where, message: 'a key prefix of plain folder names ending in "/"', fix: 'use e.g. requests/' });
    }
    if (props.reviewerRoles.length < 2) {
      fail({ code: 'too-few-reviewers', field: 'reviewerRoles', value: props.reviewerRoles.length, location: where, message: 'two different reviewers must approve every release', fix: 'give the roles of at least two output checkers' });
    }
    this.readablePrefix = `${prefix}${props.requestId}/`;
    const objects = props.bucket.arnForObjects(`${this.readablePrefix}*`);
    const statements = [
      new iam.PolicyStatement({ sid: 'ReadTheRequest', actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [objects] }),
      new iam.PolicyStatement({
        sid: 'ListTheRequest',
        actions: ['s3:ListBucket', 's3:ListBucketVersions'],
        resources: [props.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [this.readablePrefix, `${this.readablePrefix}*`] } },
      }),
      new iam.PolicyStatement({
        sid: 'NeverChangeTheReviewBucket',
        effect: iam.Effect.DENY,
        actions: ['s3:PutObject*', 's3:DeleteObject*', 's3:RestoreObject', 's3:ReplicateObject', 's3:PutBucket*', 's3:DeleteBucket*'],
        resources: [props.bucket.bucketArn, props.bucket.arnForObjects('*')],
      }),
    ];
    const key = props.key ?? props.bucket.encryptionKey;
    if (key) {
      statements.push(new iam.PolicyStatement({
        sid: 'DecryptThroughS3',
        actions: ['kms:Decrypt'],
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
      }));
    }
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: `Read-only review of release request ${props.requestId}: ${this.readablePrefix} only`,
      statements,
      roles: props.reviewerRoles,
    });
    // The only wildcard granted is the request's own prefix: reviewers read every file of the one
    // request they review, nothing else (the Deny's wildcards only widen what is refused).
    acknowledgeWildcards(this.policy, (finding) => (finding.startsWith('Resource::') && finding.endsWith(`/${this.readablePrefix}*`)
      ? `Reviewers read every file of the one release request they review (${this.readablePrefix}*), nothing else` : undefined));
  }
}
