/**
 * The permit's S3 storage: one bucket per planned volume (one per data holder's upload area,
 * raw, prepared, outputs, project) and the egress review bucket, all encrypted with the
 * permit's customer managed key, versioned, blocked from public access, TLS-only, logging to
 * an access log bucket; and bucket policies that allow exactly the access matrix of the phase
 * and deny everyone else (reads, writes, deletes and version deletes separately).
 */
import { Aws, Duration, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { accessMatrix, AUTO_DELETE, BucketAccessEntry } from './airlock-access';
import { ack, allPacks } from './airlock-nag';
import { rawLockProps } from './airlock-raw-lock';
import { PermitPlan, PermitVolumeKind } from '../../../workspaces/permit';
import { idSafe } from '../../private/props';

/** What the bucket policy allows a reader. */
export const READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'];
/** What the bucket policy allows a writer. */
export const WRITE_ACTIONS = ['s3:PutObject', 's3:AbortMultipartUpload'];
/** What the bucket policy allows a deleter (a delete marker; versions stay). */
export const DELETE_ACTIONS = ['s3:DeleteObject'];
/** Every reading action, denied to all but the readers. */
export const ALL_READ = ['s3:GetObject*', 's3:ListBucket*', 's3:ListMultipartUploadParts'];
/** Every writing action, denied to all but the writers. */
export const ALL_WRITE = ['s3:PutObject*', 's3:AbortMultipartUpload', 's3:RestoreObject', 's3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'];
/** Deleting objects (delete markers), denied to all but the deleters. */
export const ALL_DELETE = ['s3:DeleteObject', 's3:DeleteObjectTagging'];
/** Destroying versions, denied to all but the emptying function of a deleted permit. */
export const ALL_PURGE = ['s3:DeleteObjectVersion', 's3:DeleteObjectVersionTagging', 's3:BypassGovernanceRetention'];

/** A bucket of the permit with its access in this phase. */
export interface PermitBucket {
  readonly access: BucketAccessEntry;
  readonly bucket: s3.Bucket;
}

/** The access log bucket: SSE-S3 (S3 server access logging cannot write to SSE-KMS targets). */
export function accessLogBucket(scope: Construct, id: string, what: string): s3.Bucket {
  const bucket = new s3.Bucket(scope, id, {
    encryption: s3.BucketEncryption.S3_MANAGED,
    versioned: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    removalPolicy: RemovalPolicy.RETAIN,
  });
  // Audit evidence: nobody deletes or overwrites logs, whatever their IAM permissions.
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'DenyLogDeletion',
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: [...ALL_DELETE, ...ALL_PURGE],
    resources: [bucket.arnForObjects('*')],
  }));
  ack(bucket, allPacks({ aws: 'S1', hipaa: 'S3BucketLoggingEnabled', nist: 'S3BucketLoggingEnabled' }),
    `This is the access log bucket of ${what}; logging it into itself would log every log delivery (a loop) and another bucket would only move the question. Object-level access to it is recorded by the permit's CloudTrail data events, and its policy denies deleting any log object.`);
  ack(bucket, allPacks({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }),
    'Access logs name the objects of a permit\'s sensitive data; replicating them to another region would take that metadata outside the region the permit allows. Versioning and the deny-delete policy keep them intact.');
  ack(bucket, allPacks({ hipaa: 'S3DefaultEncryptionKMS', nist: 'S3DefaultEncryptionKMS' }),
    'S3 server access log delivery only supports SSE-S3 (AES-256) on the target bucket; SSE-KMS would make delivery fail silently. The bucket is private, TLS-only and its logs cannot be deleted.');
  return bucket;
}

/**
 * What every bucket of sensitive records gets (a permit's data, an audit trail): encrypted with
 * `key` (bucket keys on), versioned, private, TLS 1.2 only, owner-enforced, access-logged to
 * `logBucket`. The caller adds retention and anything else.
 */
export function sealedBucketProps(key: kms.IKey, logBucket: s3.IBucket): s3.BucketProps {
  return {
    encryption: s3.BucketEncryption.KMS,
    encryptionKey: key,
    bucketKeyEnabled: true,
    versioned: true,
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    enforceSSL: true,
    minimumTLSVersion: 1.2,
    objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    serverAccessLogsBucket: logBucket,
  };
}

/**
 * One bucket per entry of the access matrix. Retained (DeletionPolicy and UpdateReplacePolicy
 * Retain) unless the permit is deleted: then DESTROY with auto-delete of every object version.
 */
export function permitBuckets(
  scope: Construct, plan: PermitPlan, key: kms.IKey, logBucket: s3.IBucket, reviewers: number, rawRetention: Duration,
): PermitBucket[] {
  return accessMatrix(plan, reviewers).map((access) => {
    const id = `Bucket-${idSafe(access.volume)}`;
    const bucket = new s3.Bucket(scope, id, {
      ...sealedBucketProps(key, logBucket),
      // Raw's versions are locked from the bucket's first phase on (raw is empty until the
      // consolidation writes it); the same setting in every phase, DELETED included.
      ...(access.kind === PermitVolumeKind.RAW ? rawLockProps(rawRetention) : {}),
      serverAccessLogsPrefix: `${access.volume}/`,
      removalPolicy: access.retained ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      autoDeleteObjects: !access.retained,
    });
    Tags.of(bucket).add('permit:volume', access.volume);
    Tags.of(bucket).add('permit:sensitive', String(access.sensitive));
    ack(bucket, allPacks({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }),
      `Bucket "${access.volume}" of permit ${plan.permitId} holds ${access.sensitive ? 'sensitive data released under the permit' : 'the permit\'s project folder'}; the permit allows processing in this region only, so a cross-region replica would breach it. Durability comes from S3 (11 nines), versioning (every overwrite and delete is recoverable) and the retain policy.`);
    return { access, bucket };
  });
}

/**
 * The bucket policy of a permit bucket: an Allow per principal and action class, then four
 * Denies (read, write, delete, purge) for every principal not in that class, and a Deny of
 * uploads that ask for another encryption than the bucket's key.
 */
export function applyBucketPolicy(
  b: PermitBucket, arnOf: (key: string) => string, key: kms.IKey, services: { readers?: string[]; writers?: string[]; purgers?: string[] } = {},
): void {
  const { bucket, access } = b;
  const both = [bucket.bucketArn, bucket.arnForObjects('*')];
  const allow = (sid: string, who: string[], actions: string[]) => {
    const named = who.filter((k) => k !== AUTO_DELETE);
    if (named.length === 0) return;
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid, principals: named.map((k) => new iam.ArnPrincipal(arnOf(k))), actions, resources: both,
    }));
  };
  allow('AllowPlannedReads', access.readers, READ_ACTIONS);
  allow('AllowPlannedWrites', access.writers, WRITE_ACTIONS);
  allow('AllowPlannedDeletes', access.deleters, DELETE_ACTIONS);
  const deny = (sid: string, who: string[], actions: string[], also: string[] = []) => {
    const arns = [...who.map(arnOf), ...also];
    bucket.addToResourcePolicy(new iam.PolicyStatement({
      sid,
      effect: iam.Effect.DENY,
      principals: [new iam.AnyPrincipal()],
      actions,
      resources: both,
      conditions: arns.length ? { ArnNotEquals: { 'aws:PrincipalArn': arns } } : undefined,
    }));
  };
  // Services of the ingress (airlock-malware.ts): the malware scanner reads and tags uploads, the
  // consolidation reads clean uploads and writes raw/ingress/; their own Deny statements confine them.
  deny('DenyReadsOutsideThePlan', access.readers, ALL_READ, services.readers);
  deny('DenyWritesOutsideThePlan', access.writers, ALL_WRITE, services.writers);
  deny('DenyDeletesOutsideThePlan', access.deleters, ALL_DELETE);
  deny('DenyVersionDeletion', access.purgers, ALL_PURGE, services.purgers);
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'DenyOtherEncryption',
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['s3:PutObject'],
    resources: [bucket.arnForObjects('*')],
    conditions: { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': 'aws:kms' } },
  }));
  bucket.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'DenyOtherKeys',
    effect: iam.Effect.DENY,
    principals: [new iam.AnyPrincipal()],
    actions: ['s3:PutObject'],
    resources: [bucket.arnForObjects('*')],
    conditions: { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption-aws-kms-key-id': key.keyArn } },
  }));
}

/**
 * Identity-policy statements for a principal (a workspace or SFTP role) on the permit's
 * buckets: the same actions the bucket policies allow it, and the key through S3 only.
 */
export function identityStatements(principal: string, buckets: PermitBucket[], key: kms.IKey): iam.PolicyStatement[] {
  const out: iam.PolicyStatement[] = [];
  const of = (pick: (a: BucketAccessEntry) => string[]) => buckets.filter((b) => pick(b.access).includes(principal)).map((b) => b.bucket);
  const readable = of((a) => a.readers);
  const writable = of((a) => a.writers);
  const deletable = of((a) => a.deleters);
  const arns = (bs: s3.IBucket[]) => bs.flatMap((b) => [b.bucketArn, b.arnForObjects('*')]);
  if (readable.length) out.push(new iam.PolicyStatement({ sid: 'PermitReads', actions: READ_ACTIONS, resources: arns(readable) }));
  if (writable.length) out.push(new iam.PolicyStatement({ sid: 'PermitWrites', actions: WRITE_ACTIONS, resources: writable.map((b) => b.arnForObjects('*')) }));
  if (deletable.length) out.push(new iam.PolicyStatement({ sid: 'PermitDeletes', actions: DELETE_ACTIONS, resources: deletable.map((b) => b.arnForObjects('*')) }));
  const keyActions = [
    ...(readable.length || writable.length ? ['kms:Decrypt'] : []),
    ...(writable.length ? ['kms:GenerateDataKey'] : []),
  ];
  if (keyActions.length) {
    out.push(new iam.PolicyStatement({
      sid: 'PermitKeyThroughS3',
      actions: keyActions,
      resources: [key.keyArn],
      conditions: { StringEquals: { 'kms:ViaService': `s3.${Aws.REGION}.amazonaws.com` } },
    }));
  }
  return out;
}

/** The role ARN of CDK's auto-delete function, once a bucket with autoDeleteObjects exists. */
export function autoDeleteRoleArn(scope: Construct): string | undefined {
  const provider = Stack.of(scope).node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider') as { roleArn?: string } | undefined;
  return provider?.roleArn;
}

/** Whether a kind holds sensitive data. */
export function isSensitive(kind: PermitVolumeKind): boolean {
  return kind !== PermitVolumeKind.PROJECT;
}
