/**
 * The permit's S3 storage: one bucket per planned volume (one per data holder's upload area,
 * raw, prepared, outputs, project) and the egress review bucket, all encrypted with the
 * permit's customer managed key, versioned, blocked from public access, TLS-only, logging to
 * an access log bucket; and bucket policies that allow exactly the access matrix of the phase
 * and deny everyone else (reads, writes, deletes and version deletes separately).
 */
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { BucketAccessEntry } from './airlock-access';
import { PermitPlan, PermitVolumeKind } from '../../../workspaces/permit';
/** What the bucket policy allows a reader. */
export declare const READ_ACTIONS: string[];
/** What the bucket policy allows a writer. */
export declare const WRITE_ACTIONS: string[];
/** What the bucket policy allows a deleter (a delete marker; versions stay). */
export declare const DELETE_ACTIONS: string[];
/** Every reading action, denied to all but the readers. */
export declare const ALL_READ: string[];
/** Every writing action, denied to all but the writers. */
export declare const ALL_WRITE: string[];
/** Deleting objects (delete markers), denied to all but the deleters. */
export declare const ALL_DELETE: string[];
/** Destroying versions, denied to all but the emptying function of a deleted permit. */
export declare const ALL_PURGE: string[];
/** A bucket of the permit with its access in this phase. */
export interface PermitBucket {
    readonly access: BucketAccessEntry;
    readonly bucket: s3.Bucket;
}
/** The access log bucket: SSE-S3 (S3 server access logging cannot write to SSE-KMS targets). */
export declare function accessLogBucket(scope: Construct, id: string, what: string): s3.Bucket;
/**
 * What every bucket of sensitive records gets (a permit's data, an audit trail): encrypted with
 * `key` (bucket keys on), versioned, private, TLS 1.2 only, owner-enforced, access-logged to
 * `logBucket`. The caller adds retention and anything else.
 */
export declare function sealedBucketProps(key: kms.IKey, logBucket: s3.IBucket): s3.BucketProps;
/**
 * One bucket per entry of the access matrix. Retained (DeletionPolicy and UpdateReplacePolicy
 * Retain) unless the permit is deleted: then DESTROY with auto-delete of every object version.
 */
export declare function permitBuckets(scope: Construct, plan: PermitPlan, key: kms.IKey, logBucket: s3.IBucket, reviewers: number, rawRetention: Duration): PermitBucket[];
/**
 * The bucket policy of a permit bucket: an Allow per principal and action class, then four
 * Denies (read, write, delete, purge) for every principal not in that class, and a Deny of
 * uploads that ask for another encryption than the bucket's key.
 */
export declare function applyBucketPolicy(b: PermitBucket, arnOf: (key: string) => string, key: kms.IKey, services?: {
    readers?: string[];
    writers?: string[];
    purgers?: string[];
}): void;
/**
 * Identity-policy statements for a principal (a workspace or SFTP role) on the permit's
 * buckets: the same actions the bucket policies allow it, and the key through S3 only.
 */
export declare function identityStatements(principal: string, buckets: PermitBucket[], key: kms.IKey): iam.PolicyStatement[];
/** The role ARN of CDK's auto-delete function, once a bucket with autoDeleteObjects exists. */
export declare function autoDeleteRoleArn(scope: Construct): string | undefined;
/** Whether a kind holds sensitive data. */
export declare function isSensitive(kind: PermitVolumeKind): boolean;
