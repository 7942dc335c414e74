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
exports.ALL_PURGE = exports.ALL_DELETE = exports.ALL_WRITE = exports.ALL_READ = exports.DELETE_ACTIONS = exports.WRITE_ACTIONS = exports.READ_ACTIONS = void 0;
exports.accessLogBucket = accessLogBucket;
exports.sealedBucketProps = sealedBucketProps;
exports.permitBuckets = permitBuckets;
exports.applyBucketPolicy = applyBucketPolicy;
exports.identityStatements = identityStatements;
exports.autoDeleteRoleArn = autoDeleteRoleArn;
exports.isSensitive = isSensitive;
/**
 * The permit's S3 storage: one bucket per planned volume (one per data holder's upload area,
 * raw, prepared, outputs, project) and the egress review bucket, all encrypted with the
 * permit's customer managed key, versioned, blocked from public access, TLS-only, logging to
 * an access log bucket; and bucket policies that allow exactly the access matrix of the phase
 * and deny everyone else (reads, writes, deletes and version deletes separately).
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const s3 = __importStar(require("aws-cdk-lib/aws-s3"));
const airlock_access_1 = require("./airlock-access");
const airlock_nag_1 = require("./airlock-nag");
const airlock_raw_lock_1 = require("./airlock-raw-lock");
const permit_1 = require("../../../workspaces/permit");
const props_1 = require("../../private/props");
/** What the bucket policy allows a reader. */
exports.READ_ACTIONS = ['s3:GetObject', 's3:ListBucket'];
/** What the bucket policy allows a writer. */
exports.WRITE_ACTIONS = ['s3:PutObject', 's3:AbortMultipartUpload'];
/** What the bucket policy allows a deleter (a delete marker; versions stay). */
exports.DELETE_ACTIONS = ['s3:DeleteObject'];
/** Every reading action, denied to all but the readers. */
exports.ALL_READ = ['s3:GetObject*', 's3:ListBucket*', 's3:ListMultipartUploadParts'];
/** Every writing action, denied to all but the writers. */
exports.ALL_WRITE = ['s3:PutObject*', 's3:AbortMultipartUpload', 's3:RestoreObject', 's3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'];
/** Deleting objects (delete markers), denied to all but the deleters. */
exports.ALL_DELETE = ['s3:DeleteObject', 's3:DeleteObjectTagging'];
/** Destroying versions, denied to all but the emptying function of a deleted permit. */
exports.ALL_PURGE = ['s3:DeleteObjectVersion', 's3:DeleteObjectVersionTagging', 's3:BypassGovernanceRetention'];
/** The access log bucket: SSE-S3 (S3 server access logging cannot write to SSE-KMS targets). */
function accessLogBucket(scope, id, what) {
    const bucket = new s3.Bucket(scope, id, {
        encryption: s3.BucketEncryption.S3_MANAGED,
        versioned: true,
        blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
        enforceSSL: true,
        minimumTLSVersion: 1.2,
        objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
        removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
    });
    // Audit evidence: nobody deletes or overwrites logs, whatever their IAM permissions.
    bucket.addToResourcePolicy(new iam.PolicyStatement({
        sid: 'DenyLogDeletion',
        effect: iam.Effect.DENY,
        principals: [new iam.AnyPrincipal()],
        actions: [...exports.ALL_DELETE, ...exports.ALL_PURGE],
        resources: [bucket.arnForObjects('*')],
    }));
    (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ aws: 'S1', hipaa: 'S3BucketLoggingEnabled', nist: 'S3BucketLoggingEnabled' }), `This is the access log bucket of ${what}; logging it into itself would log every log delivery (a loop) and another bucket would only move the question. Object-level access to it is recorded by the permit's CloudTrail data events, and its policy denies deleting any log object.`);
    (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }), 'Access logs name the objects of a permit\'s sensitive data; replicating them to another region would take that metadata outside the region the permit allows. Versioning and the deny-delete policy keep them intact.');
    (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ hipaa: 'S3DefaultEncryptionKMS', nist: 'S3DefaultEncryptionKMS' }), 'S3 server access log delivery only supports SSE-S3 (AES-256) on the target bucket; SSE-KMS would make delivery fail silently. The bucket is private, TLS-only and its logs cannot be deleted.');
    return bucket;
}
/**
 * What every bucket of sensitive records gets (a permit's data, an audit trail): encrypted with
 * `key` (bucket keys on), versioned, private, TLS 1.2 only, owner-enforced, access-logged to
 * `logBucket`. The caller adds retention and anything else.
 */
function sealedBucketProps(key, logBucket) {
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
function permitBuckets(scope, plan, key, logBucket, reviewers, rawRetention) {
    return (0, airlock_access_1.accessMatrix)(plan, reviewers).map((access) => {
        const id = `Bucket-${(0, props_1.idSafe)(access.volume)}`;
        const bucket = new s3.Bucket(scope, id, {
            ...sealedBucketProps(key, logBucket),
            // Raw's versions are locked from the bucket's first phase on (raw is empty until the
            // consolidation writes it); the same setting in every phase, DELETED included.
            ...(access.kind === permit_1.PermitVolumeKind.RAW ? (0, airlock_raw_lock_1.rawLockProps)(rawRetention) : {}),
            serverAccessLogsPrefix: `${access.volume}/`,
            removalPolicy: access.retained ? aws_cdk_lib_1.RemovalPolicy.RETAIN : aws_cdk_lib_1.RemovalPolicy.DESTROY,
            autoDeleteObjects: !access.retained,
        });
        aws_cdk_lib_1.Tags.of(bucket).add('permit:volume', access.volume);
        aws_cdk_lib_1.Tags.of(bucket).add('permit:sensitive', String(access.sensitive));
        (0, airlock_nag_1.ack)(bucket, (0, airlock_nag_1.allPacks)({ hipaa: 'S3BucketReplicationEnabled', nist: 'S3BucketReplicationEnabled' }), `Bucket "${access.volume}" of permit ${plan.permitId} holds ${access.sensitive ? 'sensitive data released under the permit' : 'the permit\'s project folder'}; the permit allows processing in this region only, so a cross-region replica would breach it. Durability comes from S3 (11 nines), versioning (every overwrite and delete is recoverable) and the retain policy.`);
        return { access, bucket };
    });
}
/**
 * The bucket policy of a permit bucket: an Allow per principal and action class, then four
 * Denies (read, write, delete, purge) for every principal not in that class, and a Deny of
 * uploads that ask for another encryption than the bucket's key.
 */
function applyBucketPolicy(b, arnOf, key, services = {}) {
    const { bucket, access } = b;
    const both = [bucket.bucketArn, bucket.arnForObjects('*')];
    const allow = (sid, who, actions) => {
        const named = who.filter((k) => k !== airlock_access_1.AUTO_DELETE);
        if (named.length === 0)
            return;
        bucket.addToResourcePolicy(new iam.PolicyStatement({
            sid, principals: named.map((k) => new iam.ArnPrincipal(arnOf(k))), actions, resources: both,
        }));
    };
    allow('AllowPlannedReads', access.readers, exports.READ_ACTIONS);
    allow('AllowPlannedWrites', access.writers, exports.WRITE_ACTIONS);
    allow('AllowPlannedDeletes', access.deleters, exports.DELETE_ACTIONS);
    const deny = (sid, who, actions, also = []) => {
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
    deny('DenyReadsOutsideThePlan', access.readers, exports.ALL_READ, services.readers);
    deny('DenyWritesOutsideThePlan', access.writers, exports.ALL_WRITE, services.writers);
    deny('DenyDeletesOutsideThePlan', access.deleters, exports.ALL_DELETE);
    deny('DenyVersionDeletion', access.purgers, exports.ALL_PURGE, services.purgers);
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
function identityStatements(principal, buckets, key) {
    const out = [];
    const of = (pick) => buckets.filter((b) => pick(b.access).includes(principal)).map((b) => b.bucket);
    const readable = of((a) => a.readers);
    const writable = of((a) => a.writers);
    const deletable = of((a) => a.deleters);
    const arns = (bs) => bs.flatMap((b) => [b.bucketArn, b.arnForObjects('*')]);
    if (readable.length)
        out.push(new iam.PolicyStatement({ sid: 'PermitReads', actions: exports.READ_ACTIONS, resources: arns(readable) }));
    if (writable.length)
        out.push(new iam.PolicyStatement({ sid: 'PermitWrites', actions: exports.WRITE_ACTIONS, resources: writable.map((b) => b.arnForObjects('*')) }));
    if (deletable.length)
        out.push(new iam.PolicyStatement({ sid: 'PermitDeletes', actions: exports.DELETE_ACTIONS, resources: deletable.map((b) => b.arnForObjects('*')) }));
    const keyActions = [
        ...(readable.length || writable.length ? ['kms:Decrypt'] : []),
        ...(writable.length ? ['kms:GenerateDataKey'] : []),
    ];
    if (keyActions.length) {
        out.push(new iam.PolicyStatement({
            sid: 'PermitKeyThroughS3',
            actions: keyActions,
            resources: [key.keyArn],
            conditions: { StringEquals: { 'kms:ViaService': `s3.${aws_cdk_lib_1.Aws.REGION}.amazonaws.com` } },
        }));
    }
    return out;
}
/** The role ARN of CDK's auto-delete function, once a bucket with autoDeleteObjects exists. */
function autoDeleteRoleArn(scope) {
    const provider = aws_cdk_lib_1.Stack.of(scope).node.tryFindChild('Custom::S3AutoDeleteObjectsCustomResourceProvider');
    return provider?.roleArn;
}
/** Whether a kind holds sensitive data. */
function isSensitive(kind) {
    return kind !== permit_1.PermitVolumeKind.PROJECT;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1zdG9yYWdlLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvYWlybG9jay1zdG9yYWdlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXdDQSwwQ0F5QkM7QUFPRCw4Q0FZQztBQU1ELHNDQW9CQztBQU9ELDhDQWdEQztBQU1ELGdEQXVCQztBQUdELDhDQUdDO0FBR0Qsa0NBRUM7QUE3TUQ7Ozs7OztHQU1HO0FBQ0gsNkNBQXdFO0FBQ3hFLHlEQUEyQztBQUUzQyx1REFBeUM7QUFFekMscURBQWdGO0FBQ2hGLCtDQUE4QztBQUM5Qyx5REFBa0Q7QUFDbEQsdURBQTBFO0FBQzFFLCtDQUE2QztBQUU3Qyw4Q0FBOEM7QUFDakMsUUFBQSxZQUFZLEdBQUcsQ0FBQyxjQUFjLEVBQUUsZUFBZSxDQUFDLENBQUM7QUFDOUQsOENBQThDO0FBQ2pDLFFBQUEsYUFBYSxHQUFHLENBQUMsY0FBYyxFQUFFLHlCQUF5QixDQUFDLENBQUM7QUFDekUsZ0ZBQWdGO0FBQ25FLFFBQUEsY0FBYyxHQUFHLENBQUMsaUJBQWlCLENBQUMsQ0FBQztBQUNsRCwyREFBMkQ7QUFDOUMsUUFBQSxRQUFRLEdBQUcsQ0FBQyxlQUFlLEVBQUUsZ0JBQWdCLEVBQUUsNkJBQTZCLENBQUMsQ0FBQztBQUMzRiwyREFBMkQ7QUFDOUMsUUFBQSxTQUFTLEdBQUcsQ0FBQyxlQUFlLEVBQUUseUJBQXlCLEVBQUUsa0JBQWtCLEVBQUUsb0JBQW9CLEVBQUUsb0JBQW9CLEVBQUUsa0JBQWtCLENBQUMsQ0FBQztBQUMxSix5RUFBeUU7QUFDNUQsUUFBQSxVQUFVLEdBQUcsQ0FBQyxpQkFBaUIsRUFBRSx3QkFBd0IsQ0FBQyxDQUFDO0FBQ3hFLHdGQUF3RjtBQUMzRSxRQUFBLFNBQVMsR0FBRyxDQUFDLHdCQUF3QixFQUFFLCtCQUErQixFQUFFLDhCQUE4QixDQUFDLENBQUM7QUFRckgsZ0dBQWdHO0FBQ2hHLFNBQWdCLGVBQWUsQ0FBQyxLQUFnQixFQUFFLEVBQVUsRUFBRSxJQUFZO0lBQ3hFLE1BQU0sTUFBTSxHQUFHLElBQUksRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFO1FBQ3RDLFVBQVUsRUFBRSxFQUFFLENBQUMsZ0JBQWdCLENBQUMsVUFBVTtRQUMxQyxTQUFTLEVBQUUsSUFBSTtRQUNmLGlCQUFpQixFQUFFLEVBQUUsQ0FBQyxpQkFBaUIsQ0FBQyxTQUFTO1FBQ2pELFVBQVUsRUFBRSxJQUFJO1FBQ2hCLGlCQUFpQixFQUFFLEdBQUc7UUFDdEIsZUFBZSxFQUFFLEVBQUUsQ0FBQyxlQUFlLENBQUMscUJBQXFCO1FBQ3pELGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07S0FDcEMsQ0FBQyxDQUFDO0lBQ0gscUZBQXFGO0lBQ3JGLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDakQsR0FBRyxFQUFFLGlCQUFpQjtRQUN0QixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO1FBQ3ZCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ3BDLE9BQU8sRUFBRSxDQUFDLEdBQUcsa0JBQVUsRUFBRSxHQUFHLGlCQUFTLENBQUM7UUFDdEMsU0FBUyxFQUFFLENBQUMsTUFBTSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQztLQUN2QyxDQUFDLENBQUMsQ0FBQztJQUNKLElBQUEsaUJBQUcsRUFBQyxNQUFNLEVBQUUsSUFBQSxzQkFBUSxFQUFDLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsd0JBQXdCLEVBQUUsSUFBSSxFQUFFLHdCQUF3QixFQUFFLENBQUMsRUFDbEcsb0NBQW9DLElBQUksOE9BQThPLENBQUMsQ0FBQztJQUMxUixJQUFBLGlCQUFHLEVBQUMsTUFBTSxFQUFFLElBQUEsc0JBQVEsRUFBQyxFQUFFLEtBQUssRUFBRSw0QkFBNEIsRUFBRSxJQUFJLEVBQUUsNEJBQTRCLEVBQUUsQ0FBQyxFQUMvRix1TkFBdU4sQ0FBQyxDQUFDO0lBQzNOLElBQUEsaUJBQUcsRUFBQyxNQUFNLEVBQUUsSUFBQSxzQkFBUSxFQUFDLEVBQUUsS0FBSyxFQUFFLHdCQUF3QixFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRSxDQUFDLEVBQ3ZGLCtMQUErTCxDQUFDLENBQUM7SUFDbk0sT0FBTyxNQUFNLENBQUM7QUFDaEIsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixpQkFBaUIsQ0FBQyxHQUFhLEVBQUUsU0FBcUI7SUFDcEUsT0FBTztRQUNMLFVBQVUsRUFBRSxFQUFFLENBQUMsZ0JBQWdCLENBQUMsR0FBRztRQUNuQyxhQUFhLEVBQUUsR0FBRztRQUNsQixnQkFBZ0IsRUFBRSxJQUFJO1FBQ3RCLFNBQVMsRUFBRSxJQUFJO1FBQ2YsaUJBQWlCLEVBQUUsRUFBRSxDQUFDLGlCQUFpQixDQUFDLFNBQVM7UUFDakQsVUFBVSxFQUFFLElBQUk7UUFDaEIsaUJBQWlCLEVBQUUsR0FBRztRQUN0QixlQUFlLEVBQUUsRUFBRSxDQUFDLGVBQWUsQ0FBQyxxQkFBcUI7UUFDekQsc0JBQXNCLEVBQUUsU0FBUztLQUNsQyxDQUFDO0FBQ0osQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLGFBQWEsQ0FDM0IsS0FBZ0IsRUFBRSxJQUFnQixFQUFFLEdBQWEsRUFBRSxTQUFxQixFQUFFLFNBQWlCLEVBQUUsWUFBc0I7SUFFbkgsT0FBTyxJQUFBLDZCQUFZLEVBQUMsSUFBSSxFQUFFLFNBQVMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sRUFBRSxFQUFFO1FBQ2xELE1BQU0sRUFBRSxHQUFHLFVBQVUsSUFBQSxjQUFNLEVBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7UUFDN0MsTUFBTSxNQUFNLEdBQUcsSUFBSSxFQUFFLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUU7WUFDdEMsR0FBRyxpQkFBaUIsQ0FBQyxHQUFHLEVBQUUsU0FBUyxDQUFDO1lBQ3BDLHFGQUFxRjtZQUNyRiwrRUFBK0U7WUFDL0UsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEtBQUsseUJBQWdCLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFBLCtCQUFZLEVBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMzRSxzQkFBc0IsRUFBRSxHQUFHLE1BQU0sQ0FBQyxNQUFNLEdBQUc7WUFDM0MsYUFBYSxFQUFFLE1BQU0sQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLDJCQUFhLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQywyQkFBYSxDQUFDLE9BQU87WUFDN0UsaUJBQWlCLEVBQUUsQ0FBQyxNQUFNLENBQUMsUUFBUTtTQUNwQyxDQUFDLENBQUM7UUFDSCxrQkFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsZUFBZSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUNwRCxrQkFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxHQUFHLENBQUMsa0JBQWtCLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO1FBQ2xFLElBQUEsaUJBQUcsRUFBQyxNQUFNLEVBQUUsSUFBQSxzQkFBUSxFQUFDLEVBQUUsS0FBSyxFQUFFLDRCQUE0QixFQUFFLElBQUksRUFBRSw0QkFBNEIsRUFBRSxDQUFDLEVBQy9GLFdBQVcsTUFBTSxDQUFDLE1BQU0sZUFBZSxJQUFJLENBQUMsUUFBUSxVQUFVLE1BQU0sQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLDBDQUEwQyxDQUFDLENBQUMsQ0FBQyw4QkFBOEIsbU5BQW1OLENBQUMsQ0FBQztRQUNuWCxPQUFPLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxDQUFDO0lBQzVCLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixpQkFBaUIsQ0FDL0IsQ0FBZSxFQUFFLEtBQThCLEVBQUUsR0FBYSxFQUFFLFdBQTJFLEVBQUU7SUFFN0ksTUFBTSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDN0IsTUFBTSxJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUMsU0FBUyxFQUFFLE1BQU0sQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUMzRCxNQUFNLEtBQUssR0FBRyxDQUFDLEdBQVcsRUFBRSxHQUFhLEVBQUUsT0FBaUIsRUFBRSxFQUFFO1FBQzlELE1BQU0sS0FBSyxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyw0QkFBVyxDQUFDLENBQUM7UUFDbkQsSUFBSSxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUM7WUFBRSxPQUFPO1FBQy9CLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDakQsR0FBRyxFQUFFLFVBQVUsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLElBQUk7U0FDNUYsQ0FBQyxDQUFDLENBQUM7SUFDTixDQUFDLENBQUM7SUFDRixLQUFLLENBQUMsbUJBQW1CLEVBQUUsTUFBTSxDQUFDLE9BQU8sRUFBRSxvQkFBWSxDQUFDLENBQUM7SUFDekQsS0FBSyxDQUFDLG9CQUFvQixFQUFFLE1BQU0sQ0FBQyxPQUFPLEVBQUUscUJBQWEsQ0FBQyxDQUFDO0lBQzNELEtBQUssQ0FBQyxxQkFBcUIsRUFBRSxNQUFNLENBQUMsUUFBUSxFQUFFLHNCQUFjLENBQUMsQ0FBQztJQUM5RCxNQUFNLElBQUksR0FBRyxDQUFDLEdBQVcsRUFBRSxHQUFhLEVBQUUsT0FBaUIsRUFBRSxPQUFpQixFQUFFLEVBQUUsRUFBRTtRQUNsRixNQUFNLElBQUksR0FBRyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsRUFBRSxHQUFHLElBQUksQ0FBQyxDQUFDO1FBQzFDLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDakQsR0FBRztZQUNILE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUk7WUFDdkIsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUM7WUFDcEMsT0FBTztZQUNQLFNBQVMsRUFBRSxJQUFJO1lBQ2YsVUFBVSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUztTQUNyRixDQUFDLENBQUMsQ0FBQztJQUNOLENBQUMsQ0FBQztJQUNGLGdHQUFnRztJQUNoRyxxR0FBcUc7SUFDckcsSUFBSSxDQUFDLHlCQUF5QixFQUFFLE1BQU0sQ0FBQyxPQUFPLEVBQUUsZ0JBQVEsRUFBRSxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDNUUsSUFBSSxDQUFDLDBCQUEwQixFQUFFLE1BQU0sQ0FBQyxPQUFPLEVBQUUsaUJBQVMsRUFBRSxRQUFRLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDOUUsSUFBSSxDQUFDLDJCQUEyQixFQUFFLE1BQU0sQ0FBQyxRQUFRLEVBQUUsa0JBQVUsQ0FBQyxDQUFDO0lBQy9ELElBQUksQ0FBQyxxQkFBcUIsRUFBRSxNQUFNLENBQUMsT0FBTyxFQUFFLGlCQUFTLEVBQUUsUUFBUSxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ3pFLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDakQsR0FBRyxFQUFFLHFCQUFxQjtRQUMxQixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO1FBQ3ZCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ3BDLE9BQU8sRUFBRSxDQUFDLGNBQWMsQ0FBQztRQUN6QixTQUFTLEVBQUUsQ0FBQyxNQUFNLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3RDLFVBQVUsRUFBRSxFQUFFLHVCQUF1QixFQUFFLEVBQUUsaUNBQWlDLEVBQUUsU0FBUyxFQUFFLEVBQUU7S0FDMUYsQ0FBQyxDQUFDLENBQUM7SUFDSixNQUFNLENBQUMsbUJBQW1CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1FBQ2pELEdBQUcsRUFBRSxlQUFlO1FBQ3BCLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUk7UUFDdkIsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUM7UUFDcEMsT0FBTyxFQUFFLENBQUMsY0FBYyxDQUFDO1FBQ3pCLFNBQVMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDdEMsVUFBVSxFQUFFLEVBQUUsdUJBQXVCLEVBQUUsRUFBRSxnREFBZ0QsRUFBRSxHQUFHLENBQUMsTUFBTSxFQUFFLEVBQUU7S0FDMUcsQ0FBQyxDQUFDLENBQUM7QUFDTixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0Isa0JBQWtCLENBQUMsU0FBaUIsRUFBRSxPQUF1QixFQUFFLEdBQWE7SUFDMUYsTUFBTSxHQUFHLEdBQTBCLEVBQUUsQ0FBQztJQUN0QyxNQUFNLEVBQUUsR0FBRyxDQUFDLElBQXdDLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsUUFBUSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDeEksTUFBTSxRQUFRLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDdEMsTUFBTSxRQUFRLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDdEMsTUFBTSxTQUFTLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDeEMsTUFBTSxJQUFJLEdBQUcsQ0FBQyxFQUFnQixFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDMUYsSUFBSSxRQUFRLENBQUMsTUFBTTtRQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLEVBQUUsR0FBRyxFQUFFLGFBQWEsRUFBRSxPQUFPLEVBQUUsb0JBQVksRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ2pJLElBQUksUUFBUSxDQUFDLE1BQU07UUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxjQUFjLEVBQUUsT0FBTyxFQUFFLHFCQUFhLEVBQUUsU0FBUyxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUM5SixJQUFJLFNBQVMsQ0FBQyxNQUFNO1FBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUMsRUFBRSxHQUFHLEVBQUUsZUFBZSxFQUFFLE9BQU8sRUFBRSxzQkFBYyxFQUFFLFNBQVMsRUFBRSxTQUFTLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbEssTUFBTSxVQUFVLEdBQUc7UUFDakIsR0FBRyxDQUFDLFFBQVEsQ0FBQyxNQUFNLElBQUksUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQzlELEdBQUcsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztLQUNwRCxDQUFDO0lBQ0YsSUFBSSxVQUFVLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDdEIsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDL0IsR0FBRyxFQUFFLG9CQUFvQjtZQUN6QixPQUFPLEVBQUUsVUFBVTtZQUNuQixTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDO1lBQ3ZCLFVBQVUsRUFBRSxFQUFFLFlBQVksRUFBRSxFQUFFLGdCQUFnQixFQUFFLE1BQU0saUJBQUcsQ0FBQyxNQUFNLGdCQUFnQixFQUFFLEVBQUU7U0FDckYsQ0FBQyxDQUFDLENBQUM7SUFDTixDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLFNBQWdCLGlCQUFpQixDQUFDLEtBQWdCO0lBQ2hELE1BQU0sUUFBUSxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsbURBQW1ELENBQXFDLENBQUM7SUFDNUksT0FBTyxRQUFRLEVBQUUsT0FBTyxDQUFDO0FBQzNCLENBQUM7QUFFRCwyQ0FBMkM7QUFDM0MsU0FBZ0IsV0FBVyxDQUFDLElBQXNCO0lBQ2hELE9BQU8sSUFBSSxLQUFLLHlCQUFnQixDQUFDLE9BQU8sQ0FBQztBQUMzQyxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgcGVybWl0J3MgUzMgc3RvcmFnZTogb25lIGJ1Y2tldCBwZXIgcGxhbm5lZCB2b2x1bWUgKG9uZSBwZXIgZGF0YSBob2xkZXIncyB1cGxvYWQgYXJlYSxcbiAqIHJhdywgcHJlcGFyZWQsIG91dHB1dHMsIHByb2plY3QpIGFuZCB0aGUgZWdyZXNzIHJldmlldyBidWNrZXQsIGFsbCBlbmNyeXB0ZWQgd2l0aCB0aGVcbiAqIHBlcm1pdCdzIGN1c3RvbWVyIG1hbmFnZWQga2V5LCB2ZXJzaW9uZWQsIGJsb2NrZWQgZnJvbSBwdWJsaWMgYWNjZXNzLCBUTFMtb25seSwgbG9nZ2luZyB0b1xuICogYW4gYWNjZXNzIGxvZyBidWNrZXQ7IGFuZCBidWNrZXQgcG9saWNpZXMgdGhhdCBhbGxvdyBleGFjdGx5IHRoZSBhY2Nlc3MgbWF0cml4IG9mIHRoZSBwaGFzZVxuICogYW5kIGRlbnkgZXZlcnlvbmUgZWxzZSAocmVhZHMsIHdyaXRlcywgZGVsZXRlcyBhbmQgdmVyc2lvbiBkZWxldGVzIHNlcGFyYXRlbHkpLlxuICovXG5pbXBvcnQgeyBBd3MsIER1cmF0aW9uLCBSZW1vdmFsUG9saWN5LCBTdGFjaywgVGFncyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIHMzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zMyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGFjY2Vzc01hdHJpeCwgQVVUT19ERUxFVEUsIEJ1Y2tldEFjY2Vzc0VudHJ5IH0gZnJvbSAnLi9haXJsb2NrLWFjY2Vzcyc7XG5pbXBvcnQgeyBhY2ssIGFsbFBhY2tzIH0gZnJvbSAnLi9haXJsb2NrLW5hZyc7XG5pbXBvcnQgeyByYXdMb2NrUHJvcHMgfSBmcm9tICcuL2FpcmxvY2stcmF3LWxvY2snO1xuaW1wb3J0IHsgUGVybWl0UGxhbiwgUGVybWl0Vm9sdW1lS2luZCB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcGVybWl0JztcbmltcG9ydCB7IGlkU2FmZSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvcHJvcHMnO1xuXG4vKiogV2hhdCB0aGUgYnVja2V0IHBvbGljeSBhbGxvd3MgYSByZWFkZXIuICovXG5leHBvcnQgY29uc3QgUkVBRF9BQ1RJT05TID0gWydzMzpHZXRPYmplY3QnLCAnczM6TGlzdEJ1Y2tldCddO1xuLyoqIFdoYXQgdGhlIGJ1Y2tldCBwb2xpY3kgYWxsb3dzIGEgd3JpdGVyLiAqL1xuZXhwb3J0IGNvbnN0IFdSSVRFX0FDVElPTlMgPSBbJ3MzOlB1dE9iamVjdCcsICdzMzpBYm9ydE11bHRpcGFydFVwbG9hZCddO1xuLyoqIFdoYXQgdGhlIGJ1Y2tldCBwb2xpY3kgYWxsb3dzIGEgZGVsZXRlciAoYSBkZWxldGUgbWFya2VyOyB2ZXJzaW9ucyBzdGF5KS4gKi9cbmV4cG9ydCBjb25zdCBERUxFVEVfQUNUSU9OUyA9IFsnczM6RGVsZXRlT2JqZWN0J107XG4vKiogRXZlcnkgcmVhZGluZyBhY3Rpb24sIGRlbmllZCB0byBhbGwgYnV0IHRoZSByZWFkZXJzLiAqL1xuZXhwb3J0IGNvbnN0IEFMTF9SRUFEID0gWydzMzpHZXRPYmplY3QqJywgJ3MzOkxpc3RCdWNrZXQqJywgJ3MzOkxpc3RNdWx0aXBhcnRVcGxvYWRQYXJ0cyddO1xuLyoqIEV2ZXJ5IHdyaXRpbmcgYWN0aW9uLCBkZW5pZWQgdG8gYWxsIGJ1dCB0aGUgd3JpdGVycy4gKi9cbmV4cG9ydCBjb25zdCBBTExfV1JJVEUgPSBbJ3MzOlB1dE9iamVjdConLCAnczM6QWJvcnRNdWx0aXBhcnRVcGxvYWQnLCAnczM6UmVzdG9yZU9iamVjdCcsICdzMzpSZXBsaWNhdGVPYmplY3QnLCAnczM6UmVwbGljYXRlRGVsZXRlJywgJ3MzOlJlcGxpY2F0ZVRhZ3MnXTtcbi8qKiBEZWxldGluZyBvYmplY3RzIChkZWxldGUgbWFya2VycyksIGRlbmllZCB0byBhbGwgYnV0IHRoZSBkZWxldGVycy4gKi9cbmV4cG9ydCBjb25zdCBBTExfREVMRVRFID0gWydzMzpEZWxldGVPYmplY3QnLCAnczM6RGVsZXRlT2JqZWN0VGFnZ2luZyddO1xuLyoqIERlc3Ryb3lpbmcgdmVyc2lvbnMsIGRlbmllZCB0byBhbGwgYnV0IHRoZSBlbXB0eWluZyBmdW5jdGlvbiBvZiBhIGRlbGV0ZWQgcGVybWl0LiAqL1xuZXhwb3J0IGNvbnN0IEFMTF9QVVJHRSA9IFsnczM6RGVsZXRlT2JqZWN0VmVyc2lvbicsICdzMzpEZWxldGVPYmplY3RWZXJzaW9uVGFnZ2luZycsICdzMzpCeXBhc3NHb3Zlcm5hbmNlUmV0ZW50aW9uJ107XG5cbi8qKiBBIGJ1Y2tldCBvZiB0aGUgcGVybWl0IHdpdGggaXRzIGFjY2VzcyBpbiB0aGlzIHBoYXNlLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQZXJtaXRCdWNrZXQge1xuICByZWFkb25seSBhY2Nlc3M6IEJ1Y2tldEFjY2Vzc0VudHJ5O1xuICByZWFkb25seSBidWNrZXQ6IHMzLkJ1Y2tldDtcbn1cblxuLyoqIFRoZSBhY2Nlc3MgbG9nIGJ1Y2tldDogU1NFLVMzIChTMyBzZXJ2ZXIgYWNjZXNzIGxvZ2dpbmcgY2Fubm90IHdyaXRlIHRvIFNTRS1LTVMgdGFyZ2V0cykuICovXG5leHBvcnQgZnVuY3Rpb24gYWNjZXNzTG9nQnVja2V0KHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHdoYXQ6IHN0cmluZyk6IHMzLkJ1Y2tldCB7XG4gIGNvbnN0IGJ1Y2tldCA9IG5ldyBzMy5CdWNrZXQoc2NvcGUsIGlkLCB7XG4gICAgZW5jcnlwdGlvbjogczMuQnVja2V0RW5jcnlwdGlvbi5TM19NQU5BR0VELFxuICAgIHZlcnNpb25lZDogdHJ1ZSxcbiAgICBibG9ja1B1YmxpY0FjY2VzczogczMuQmxvY2tQdWJsaWNBY2Nlc3MuQkxPQ0tfQUxMLFxuICAgIGVuZm9yY2VTU0w6IHRydWUsXG4gICAgbWluaW11bVRMU1ZlcnNpb246IDEuMixcbiAgICBvYmplY3RPd25lcnNoaXA6IHMzLk9iamVjdE93bmVyc2hpcC5CVUNLRVRfT1dORVJfRU5GT1JDRUQsXG4gICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gIH0pO1xuICAvLyBBdWRpdCBldmlkZW5jZTogbm9ib2R5IGRlbGV0ZXMgb3Igb3ZlcndyaXRlcyBsb2dzLCB3aGF0ZXZlciB0aGVpciBJQU0gcGVybWlzc2lvbnMuXG4gIGJ1Y2tldC5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdEZW55TG9nRGVsZXRpb24nLFxuICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgIHByaW5jaXBhbHM6IFtuZXcgaWFtLkFueVByaW5jaXBhbCgpXSxcbiAgICBhY3Rpb25zOiBbLi4uQUxMX0RFTEVURSwgLi4uQUxMX1BVUkdFXSxcbiAgICByZXNvdXJjZXM6IFtidWNrZXQuYXJuRm9yT2JqZWN0cygnKicpXSxcbiAgfSkpO1xuICBhY2soYnVja2V0LCBhbGxQYWNrcyh7IGF3czogJ1MxJywgaGlwYWE6ICdTM0J1Y2tldExvZ2dpbmdFbmFibGVkJywgbmlzdDogJ1MzQnVja2V0TG9nZ2luZ0VuYWJsZWQnIH0pLFxuICAgIGBUaGlzIGlzIHRoZSBhY2Nlc3MgbG9nIGJ1Y2tldCBvZiAke3doYXR9OyBsb2dnaW5nIGl0IGludG8gaXRzZWxmIHdvdWxkIGxvZyBldmVyeSBsb2cgZGVsaXZlcnkgKGEgbG9vcCkgYW5kIGFub3RoZXIgYnVja2V0IHdvdWxkIG9ubHkgbW92ZSB0aGUgcXVlc3Rpb24uIE9iamVjdC1sZXZlbCBhY2Nlc3MgdG8gaXQgaXMgcmVjb3JkZWQgYnkgdGhlIHBlcm1pdCdzIENsb3VkVHJhaWwgZGF0YSBldmVudHMsIGFuZCBpdHMgcG9saWN5IGRlbmllcyBkZWxldGluZyBhbnkgbG9nIG9iamVjdC5gKTtcbiAgYWNrKGJ1Y2tldCwgYWxsUGFja3MoeyBoaXBhYTogJ1MzQnVja2V0UmVwbGljYXRpb25FbmFibGVkJywgbmlzdDogJ1MzQnVja2V0UmVwbGljYXRpb25FbmFibGVkJyB9KSxcbiAgICAnQWNjZXNzIGxvZ3MgbmFtZSB0aGUgb2JqZWN0cyBvZiBhIHBlcm1pdFxcJ3Mgc2Vuc2l0aXZlIGRhdGE7IHJlcGxpY2F0aW5nIHRoZW0gdG8gYW5vdGhlciByZWdpb24gd291bGQgdGFrZSB0aGF0IG1ldGFkYXRhIG91dHNpZGUgdGhlIHJlZ2lvbiB0aGUgcGVybWl0IGFsbG93cy4gVmVyc2lvbmluZyBhbmQgdGhlIGRlbnktZGVsZXRlIHBvbGljeSBrZWVwIHRoZW0gaW50YWN0LicpO1xuICBhY2soYnVja2V0LCBhbGxQYWNrcyh7IGhpcGFhOiAnUzNEZWZhdWx0RW5jcnlwdGlvbktNUycsIG5pc3Q6ICdTM0RlZmF1bHRFbmNyeXB0aW9uS01TJyB9KSxcbiAgICAnUzMgc2VydmVyIGFjY2VzcyBsb2cgZGVsaXZlcnkgb25seSBzdXBwb3J0cyBTU0UtUzMgKEFFUy0yNTYpIG9uIHRoZSB0YXJnZXQgYnVja2V0OyBTU0UtS01TIHdvdWxkIG1ha2UgZGVsaXZlcnkgZmFpbCBzaWxlbnRseS4gVGhlIGJ1Y2tldCBpcyBwcml2YXRlLCBUTFMtb25seSBhbmQgaXRzIGxvZ3MgY2Fubm90IGJlIGRlbGV0ZWQuJyk7XG4gIHJldHVybiBidWNrZXQ7XG59XG5cbi8qKlxuICogV2hhdCBldmVyeSBidWNrZXQgb2Ygc2Vuc2l0aXZlIHJlY29yZHMgZ2V0cyAoYSBwZXJtaXQncyBkYXRhLCBhbiBhdWRpdCB0cmFpbCk6IGVuY3J5cHRlZCB3aXRoXG4gKiBga2V5YCAoYnVja2V0IGtleXMgb24pLCB2ZXJzaW9uZWQsIHByaXZhdGUsIFRMUyAxLjIgb25seSwgb3duZXItZW5mb3JjZWQsIGFjY2Vzcy1sb2dnZWQgdG9cbiAqIGBsb2dCdWNrZXRgLiBUaGUgY2FsbGVyIGFkZHMgcmV0ZW50aW9uIGFuZCBhbnl0aGluZyBlbHNlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2VhbGVkQnVja2V0UHJvcHMoa2V5OiBrbXMuSUtleSwgbG9nQnVja2V0OiBzMy5JQnVja2V0KTogczMuQnVja2V0UHJvcHMge1xuICByZXR1cm4ge1xuICAgIGVuY3J5cHRpb246IHMzLkJ1Y2tldEVuY3J5cHRpb24uS01TLFxuICAgIGVuY3J5cHRpb25LZXk6IGtleSxcbiAgICBidWNrZXRLZXlFbmFibGVkOiB0cnVlLFxuICAgIHZlcnNpb25lZDogdHJ1ZSxcbiAgICBibG9ja1B1YmxpY0FjY2VzczogczMuQmxvY2tQdWJsaWNBY2Nlc3MuQkxPQ0tfQUxMLFxuICAgIGVuZm9yY2VTU0w6IHRydWUsXG4gICAgbWluaW11bVRMU1ZlcnNpb246IDEuMixcbiAgICBvYmplY3RPd25lcnNoaXA6IHMzLk9iamVjdE93bmVyc2hpcC5CVUNLRVRfT1dORVJfRU5GT1JDRUQsXG4gICAgc2VydmVyQWNjZXNzTG9nc0J1Y2tldDogbG9nQnVja2V0LFxuICB9O1xufVxuXG4vKipcbiAqIE9uZSBidWNrZXQgcGVyIGVudHJ5IG9mIHRoZSBhY2Nlc3MgbWF0cml4LiBSZXRhaW5lZCAoRGVsZXRpb25Qb2xpY3kgYW5kIFVwZGF0ZVJlcGxhY2VQb2xpY3lcbiAqIFJldGFpbikgdW5sZXNzIHRoZSBwZXJtaXQgaXMgZGVsZXRlZDogdGhlbiBERVNUUk9ZIHdpdGggYXV0by1kZWxldGUgb2YgZXZlcnkgb2JqZWN0IHZlcnNpb24uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtaXRCdWNrZXRzKFxuICBzY29wZTogQ29uc3RydWN0LCBwbGFuOiBQZXJtaXRQbGFuLCBrZXk6IGttcy5JS2V5LCBsb2dCdWNrZXQ6IHMzLklCdWNrZXQsIHJldmlld2VyczogbnVtYmVyLCByYXdSZXRlbnRpb246IER1cmF0aW9uLFxuKTogUGVybWl0QnVja2V0W10ge1xuICByZXR1cm4gYWNjZXNzTWF0cml4KHBsYW4sIHJldmlld2VycykubWFwKChhY2Nlc3MpID0+IHtcbiAgICBjb25zdCBpZCA9IGBCdWNrZXQtJHtpZFNhZmUoYWNjZXNzLnZvbHVtZSl9YDtcbiAgICBjb25zdCBidWNrZXQgPSBuZXcgczMuQnVja2V0KHNjb3BlLCBpZCwge1xuICAgICAgLi4uc2VhbGVkQnVja2V0UHJvcHMoa2V5LCBsb2dCdWNrZXQpLFxuICAgICAgLy8gUmF3J3MgdmVyc2lvbnMgYXJlIGxvY2tlZCBmcm9tIHRoZSBidWNrZXQncyBmaXJzdCBwaGFzZSBvbiAocmF3IGlzIGVtcHR5IHVudGlsIHRoZVxuICAgICAgLy8gY29uc29saWRhdGlvbiB3cml0ZXMgaXQpOyB0aGUgc2FtZSBzZXR0aW5nIGluIGV2ZXJ5IHBoYXNlLCBERUxFVEVEIGluY2x1ZGVkLlxuICAgICAgLi4uKGFjY2Vzcy5raW5kID09PSBQZXJtaXRWb2x1bWVLaW5kLlJBVyA/IHJhd0xvY2tQcm9wcyhyYXdSZXRlbnRpb24pIDoge30pLFxuICAgICAgc2VydmVyQWNjZXNzTG9nc1ByZWZpeDogYCR7YWNjZXNzLnZvbHVtZX0vYCxcbiAgICAgIHJlbW92YWxQb2xpY3k6IGFjY2Vzcy5yZXRhaW5lZCA/IFJlbW92YWxQb2xpY3kuUkVUQUlOIDogUmVtb3ZhbFBvbGljeS5ERVNUUk9ZLFxuICAgICAgYXV0b0RlbGV0ZU9iamVjdHM6ICFhY2Nlc3MucmV0YWluZWQsXG4gICAgfSk7XG4gICAgVGFncy5vZihidWNrZXQpLmFkZCgncGVybWl0OnZvbHVtZScsIGFjY2Vzcy52b2x1bWUpO1xuICAgIFRhZ3Mub2YoYnVja2V0KS5hZGQoJ3Blcm1pdDpzZW5zaXRpdmUnLCBTdHJpbmcoYWNjZXNzLnNlbnNpdGl2ZSkpO1xuICAgIGFjayhidWNrZXQsIGFsbFBhY2tzKHsgaGlwYWE6ICdTM0J1Y2tldFJlcGxpY2F0aW9uRW5hYmxlZCcsIG5pc3Q6ICdTM0J1Y2tldFJlcGxpY2F0aW9uRW5hYmxlZCcgfSksXG4gICAgICBgQnVja2V0IFwiJHthY2Nlc3Mudm9sdW1lfVwiIG9mIHBlcm1pdCAke3BsYW4ucGVybWl0SWR9IGhvbGRzICR7YWNjZXNzLnNlbnNpdGl2ZSA/ICdzZW5zaXRpdmUgZGF0YSByZWxlYXNlZCB1bmRlciB0aGUgcGVybWl0JyA6ICd0aGUgcGVybWl0XFwncyBwcm9qZWN0IGZvbGRlcid9OyB0aGUgcGVybWl0IGFsbG93cyBwcm9jZXNzaW5nIGluIHRoaXMgcmVnaW9uIG9ubHksIHNvIGEgY3Jvc3MtcmVnaW9uIHJlcGxpY2Egd291bGQgYnJlYWNoIGl0LiBEdXJhYmlsaXR5IGNvbWVzIGZyb20gUzMgKDExIG5pbmVzKSwgdmVyc2lvbmluZyAoZXZlcnkgb3ZlcndyaXRlIGFuZCBkZWxldGUgaXMgcmVjb3ZlcmFibGUpIGFuZCB0aGUgcmV0YWluIHBvbGljeS5gKTtcbiAgICByZXR1cm4geyBhY2Nlc3MsIGJ1Y2tldCB9O1xuICB9KTtcbn1cblxuLyoqXG4gKiBUaGUgYnVja2V0IHBvbGljeSBvZiBhIHBlcm1pdCBidWNrZXQ6IGFuIEFsbG93IHBlciBwcmluY2lwYWwgYW5kIGFjdGlvbiBjbGFzcywgdGhlbiBmb3VyXG4gKiBEZW5pZXMgKHJlYWQsIHdyaXRlLCBkZWxldGUsIHB1cmdlKSBmb3IgZXZlcnkgcHJpbmNpcGFsIG5vdCBpbiB0aGF0IGNsYXNzLCBhbmQgYSBEZW55IG9mXG4gKiB1cGxvYWRzIHRoYXQgYXNrIGZvciBhbm90aGVyIGVuY3J5cHRpb24gdGhhbiB0aGUgYnVja2V0J3Mga2V5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXBwbHlCdWNrZXRQb2xpY3koXG4gIGI6IFBlcm1pdEJ1Y2tldCwgYXJuT2Y6IChrZXk6IHN0cmluZykgPT4gc3RyaW5nLCBrZXk6IGttcy5JS2V5LCBzZXJ2aWNlczogeyByZWFkZXJzPzogc3RyaW5nW107IHdyaXRlcnM/OiBzdHJpbmdbXTsgcHVyZ2Vycz86IHN0cmluZ1tdIH0gPSB7fSxcbik6IHZvaWQge1xuICBjb25zdCB7IGJ1Y2tldCwgYWNjZXNzIH0gPSBiO1xuICBjb25zdCBib3RoID0gW2J1Y2tldC5idWNrZXRBcm4sIGJ1Y2tldC5hcm5Gb3JPYmplY3RzKCcqJyldO1xuICBjb25zdCBhbGxvdyA9IChzaWQ6IHN0cmluZywgd2hvOiBzdHJpbmdbXSwgYWN0aW9uczogc3RyaW5nW10pID0+IHtcbiAgICBjb25zdCBuYW1lZCA9IHdoby5maWx0ZXIoKGspID0+IGsgIT09IEFVVE9fREVMRVRFKTtcbiAgICBpZiAobmFtZWQubGVuZ3RoID09PSAwKSByZXR1cm47XG4gICAgYnVja2V0LmFkZFRvUmVzb3VyY2VQb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgc2lkLCBwcmluY2lwYWxzOiBuYW1lZC5tYXAoKGspID0+IG5ldyBpYW0uQXJuUHJpbmNpcGFsKGFybk9mKGspKSksIGFjdGlvbnMsIHJlc291cmNlczogYm90aCxcbiAgICB9KSk7XG4gIH07XG4gIGFsbG93KCdBbGxvd1BsYW5uZWRSZWFkcycsIGFjY2Vzcy5yZWFkZXJzLCBSRUFEX0FDVElPTlMpO1xuICBhbGxvdygnQWxsb3dQbGFubmVkV3JpdGVzJywgYWNjZXNzLndyaXRlcnMsIFdSSVRFX0FDVElPTlMpO1xuICBhbGxvdygnQWxsb3dQbGFubmVkRGVsZXRlcycsIGFjY2Vzcy5kZWxldGVycywgREVMRVRFX0FDVElPTlMpO1xuICBjb25zdCBkZW55ID0gKHNpZDogc3RyaW5nLCB3aG86IHN0cmluZ1tdLCBhY3Rpb25zOiBzdHJpbmdbXSwgYWxzbzogc3RyaW5nW10gPSBbXSkgPT4ge1xuICAgIGNvbnN0IGFybnMgPSBbLi4ud2hvLm1hcChhcm5PZiksIC4uLmFsc29dO1xuICAgIGJ1Y2tldC5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgIHNpZCxcbiAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgICAgYWN0aW9ucyxcbiAgICAgIHJlc291cmNlczogYm90aCxcbiAgICAgIGNvbmRpdGlvbnM6IGFybnMubGVuZ3RoID8geyBBcm5Ob3RFcXVhbHM6IHsgJ2F3czpQcmluY2lwYWxBcm4nOiBhcm5zIH0gfSA6IHVuZGVmaW5lZCxcbiAgICB9KSk7XG4gIH07XG4gIC8vIFNlcnZpY2VzIG9mIHRoZSBpbmdyZXNzIChhaXJsb2NrLW1hbHdhcmUudHMpOiB0aGUgbWFsd2FyZSBzY2FubmVyIHJlYWRzIGFuZCB0YWdzIHVwbG9hZHMsIHRoZVxuICAvLyBjb25zb2xpZGF0aW9uIHJlYWRzIGNsZWFuIHVwbG9hZHMgYW5kIHdyaXRlcyByYXcvaW5ncmVzcy87IHRoZWlyIG93biBEZW55IHN0YXRlbWVudHMgY29uZmluZSB0aGVtLlxuICBkZW55KCdEZW55UmVhZHNPdXRzaWRlVGhlUGxhbicsIGFjY2Vzcy5yZWFkZXJzLCBBTExfUkVBRCwgc2VydmljZXMucmVhZGVycyk7XG4gIGRlbnkoJ0RlbnlXcml0ZXNPdXRzaWRlVGhlUGxhbicsIGFjY2Vzcy53cml0ZXJzLCBBTExfV1JJVEUsIHNlcnZpY2VzLndyaXRlcnMpO1xuICBkZW55KCdEZW55RGVsZXRlc091dHNpZGVUaGVQbGFuJywgYWNjZXNzLmRlbGV0ZXJzLCBBTExfREVMRVRFKTtcbiAgZGVueSgnRGVueVZlcnNpb25EZWxldGlvbicsIGFjY2Vzcy5wdXJnZXJzLCBBTExfUFVSR0UsIHNlcnZpY2VzLnB1cmdlcnMpO1xuICBidWNrZXQuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgc2lkOiAnRGVueU90aGVyRW5jcnlwdGlvbicsXG4gICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgIGFjdGlvbnM6IFsnczM6UHV0T2JqZWN0J10sXG4gICAgcmVzb3VyY2VzOiBbYnVja2V0LmFybkZvck9iamVjdHMoJyonKV0sXG4gICAgY29uZGl0aW9uczogeyBTdHJpbmdOb3RFcXVhbHNJZkV4aXN0czogeyAnczM6eC1hbXotc2VydmVyLXNpZGUtZW5jcnlwdGlvbic6ICdhd3M6a21zJyB9IH0sXG4gIH0pKTtcbiAgYnVja2V0LmFkZFRvUmVzb3VyY2VQb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgIHNpZDogJ0RlbnlPdGhlcktleXMnLFxuICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgIHByaW5jaXBhbHM6IFtuZXcgaWFtLkFueVByaW5jaXBhbCgpXSxcbiAgICBhY3Rpb25zOiBbJ3MzOlB1dE9iamVjdCddLFxuICAgIHJlc291cmNlczogW2J1Y2tldC5hcm5Gb3JPYmplY3RzKCcqJyldLFxuICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nTm90RXF1YWxzSWZFeGlzdHM6IHsgJ3MzOngtYW16LXNlcnZlci1zaWRlLWVuY3J5cHRpb24tYXdzLWttcy1rZXktaWQnOiBrZXkua2V5QXJuIH0gfSxcbiAgfSkpO1xufVxuXG4vKipcbiAqIElkZW50aXR5LXBvbGljeSBzdGF0ZW1lbnRzIGZvciBhIHByaW5jaXBhbCAoYSB3b3Jrc3BhY2Ugb3IgU0ZUUCByb2xlKSBvbiB0aGUgcGVybWl0J3NcbiAqIGJ1Y2tldHM6IHRoZSBzYW1lIGFjdGlvbnMgdGhlIGJ1Y2tldCBwb2xpY2llcyBhbGxvdyBpdCwgYW5kIHRoZSBrZXkgdGhyb3VnaCBTMyBvbmx5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gaWRlbnRpdHlTdGF0ZW1lbnRzKHByaW5jaXBhbDogc3RyaW5nLCBidWNrZXRzOiBQZXJtaXRCdWNrZXRbXSwga2V5OiBrbXMuSUtleSk6IGlhbS5Qb2xpY3lTdGF0ZW1lbnRbXSB7XG4gIGNvbnN0IG91dDogaWFtLlBvbGljeVN0YXRlbWVudFtdID0gW107XG4gIGNvbnN0IG9mID0gKHBpY2s6IChhOiBCdWNrZXRBY2Nlc3NFbnRyeSkgPT4gc3RyaW5nW10pID0+IGJ1Y2tldHMuZmlsdGVyKChiKSA9PiBwaWNrKGIuYWNjZXNzKS5pbmNsdWRlcyhwcmluY2lwYWwpKS5tYXAoKGIpID0+IGIuYnVja2V0KTtcbiAgY29uc3QgcmVhZGFibGUgPSBvZigoYSkgPT4gYS5yZWFkZXJzKTtcbiAgY29uc3Qgd3JpdGFibGUgPSBvZigoYSkgPT4gYS53cml0ZXJzKTtcbiAgY29uc3QgZGVsZXRhYmxlID0gb2YoKGEpID0+IGEuZGVsZXRlcnMpO1xuICBjb25zdCBhcm5zID0gKGJzOiBzMy5JQnVja2V0W10pID0+IGJzLmZsYXRNYXAoKGIpID0+IFtiLmJ1Y2tldEFybiwgYi5hcm5Gb3JPYmplY3RzKCcqJyldKTtcbiAgaWYgKHJlYWRhYmxlLmxlbmd0aCkgb3V0LnB1c2gobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoeyBzaWQ6ICdQZXJtaXRSZWFkcycsIGFjdGlvbnM6IFJFQURfQUNUSU9OUywgcmVzb3VyY2VzOiBhcm5zKHJlYWRhYmxlKSB9KSk7XG4gIGlmICh3cml0YWJsZS5sZW5ndGgpIG91dC5wdXNoKG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHsgc2lkOiAnUGVybWl0V3JpdGVzJywgYWN0aW9uczogV1JJVEVfQUNUSU9OUywgcmVzb3VyY2VzOiB3cml0YWJsZS5tYXAoKGIpID0+IGIuYXJuRm9yT2JqZWN0cygnKicpKSB9KSk7XG4gIGlmIChkZWxldGFibGUubGVuZ3RoKSBvdXQucHVzaChuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7IHNpZDogJ1Blcm1pdERlbGV0ZXMnLCBhY3Rpb25zOiBERUxFVEVfQUNUSU9OUywgcmVzb3VyY2VzOiBkZWxldGFibGUubWFwKChiKSA9PiBiLmFybkZvck9iamVjdHMoJyonKSkgfSkpO1xuICBjb25zdCBrZXlBY3Rpb25zID0gW1xuICAgIC4uLihyZWFkYWJsZS5sZW5ndGggfHwgd3JpdGFibGUubGVuZ3RoID8gWydrbXM6RGVjcnlwdCddIDogW10pLFxuICAgIC4uLih3cml0YWJsZS5sZW5ndGggPyBbJ2ttczpHZW5lcmF0ZURhdGFLZXknXSA6IFtdKSxcbiAgXTtcbiAgaWYgKGtleUFjdGlvbnMubGVuZ3RoKSB7XG4gICAgb3V0LnB1c2gobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgc2lkOiAnUGVybWl0S2V5VGhyb3VnaFMzJyxcbiAgICAgIGFjdGlvbnM6IGtleUFjdGlvbnMsXG4gICAgICByZXNvdXJjZXM6IFtrZXkua2V5QXJuXSxcbiAgICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nRXF1YWxzOiB7ICdrbXM6VmlhU2VydmljZSc6IGBzMy4ke0F3cy5SRUdJT059LmFtYXpvbmF3cy5jb21gIH0gfSxcbiAgICB9KSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFRoZSByb2xlIEFSTiBvZiBDREsncyBhdXRvLWRlbGV0ZSBmdW5jdGlvbiwgb25jZSBhIGJ1Y2tldCB3aXRoIGF1dG9EZWxldGVPYmplY3RzIGV4aXN0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhdXRvRGVsZXRlUm9sZUFybihzY29wZTogQ29uc3RydWN0KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgcHJvdmlkZXIgPSBTdGFjay5vZihzY29wZSkubm9kZS50cnlGaW5kQ2hpbGQoJ0N1c3RvbTo6UzNBdXRvRGVsZXRlT2JqZWN0c0N1c3RvbVJlc291cmNlUHJvdmlkZXInKSBhcyB7IHJvbGVBcm4/OiBzdHJpbmcgfSB8IHVuZGVmaW5lZDtcbiAgcmV0dXJuIHByb3ZpZGVyPy5yb2xlQXJuO1xufVxuXG4vKiogV2hldGhlciBhIGtpbmQgaG9sZHMgc2Vuc2l0aXZlIGRhdGEuICovXG5leHBvcnQgZnVuY3Rpb24gaXNTZW5zaXRpdmUoa2luZDogUGVybWl0Vm9sdW1lS2luZCk6IGJvb2xlYW4ge1xuICByZXR1cm4ga2luZCAhPT0gUGVybWl0Vm9sdW1lS2luZC5QUk9KRUNUO1xufVxuIl19