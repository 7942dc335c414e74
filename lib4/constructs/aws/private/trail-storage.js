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
exports.allowCloudTrailKey = allowCloudTrailKey;
exports.trailBucket = trailBucket;
exports.finishTrail = finishTrail;
/**
 * The storage of a CloudTrail trail the kit creates (a permit's data-event trail, a tenant's
 * account trail): the key grants CloudTrail needs, an encrypted, versioned, retained bucket that
 * only CloudTrail writes to, and the finishing touches on the trail. Each caller adds its own
 * deny-tampering statement (what it protects differs).
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const s3 = __importStar(require("aws-cdk-lib/aws-s3"));
const airlock_cfn_1 = require("./airlock-cfn");
const airlock_nag_1 = require("./airlock-nag");
const airlock_storage_1 = require("./airlock-storage");
/** Lets CloudTrail encrypt the trail `trailArn`'s logs with `key` and describe the key. */
function allowCloudTrailKey(stack, key, trailArn) {
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
function trailBucket(scope, stack, key, accessLogs, trailArn) {
    const bucket = new s3.Bucket(scope, 'TrailBucket', { ...(0, airlock_storage_1.sealedBucketProps)(key, accessLogs), removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN });
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
function finishTrail(trail, bucket, why) {
    trail.node.addDependency(bucket.policy);
    const logsRole = trail.node.tryFindChild('LogsRole');
    if (logsRole) {
        (0, airlock_cfn_1.dropRedundantDependsOn)(trail.node.defaultChild, [logsRole]);
        (0, airlock_nag_1.ack)(logsRole, (0, airlock_nag_1.allPacks)({ hipaa: 'IAMNoInlinePolicy', nist: 'IAMNoInlinePolicy' }), why);
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidHJhaWwtc3RvcmFnZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL3RyYWlsLXN0b3JhZ2UudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFpQkEsZ0RBaUJDO0FBT0Qsa0NBaUJDO0FBTUQsa0NBT0M7QUF2RUQ7Ozs7O0dBS0c7QUFDSCw2Q0FBZ0U7QUFFaEUseURBQTJDO0FBRTNDLHVEQUF5QztBQUV6QywrQ0FBdUQ7QUFDdkQsK0NBQThDO0FBQzlDLHVEQUFzRDtBQUV0RCwyRkFBMkY7QUFDM0YsU0FBZ0Isa0JBQWtCLENBQUMsS0FBWSxFQUFFLEdBQVksRUFBRSxRQUFnQjtJQUM3RSxHQUFHLENBQUMsbUJBQW1CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1FBQzlDLEdBQUcsRUFBRSx3QkFBd0I7UUFDN0IsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsMEJBQTBCLENBQUMsQ0FBQztRQUNsRSxPQUFPLEVBQUUsQ0FBQyxzQkFBc0IsQ0FBQztRQUNqQyxTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUM7UUFDaEIsVUFBVSxFQUFFO1lBQ1YsWUFBWSxFQUFFLEVBQUUsZUFBZSxFQUFFLFFBQVEsRUFBRTtZQUMzQyxVQUFVLEVBQUUsRUFBRSwwQ0FBMEMsRUFBRSxPQUFPLEtBQUssQ0FBQyxTQUFTLGlCQUFpQixLQUFLLENBQUMsT0FBTyxVQUFVLEVBQUU7U0FDM0g7S0FDRixDQUFDLENBQUMsQ0FBQztJQUNKLEdBQUcsQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDOUMsR0FBRyxFQUFFLHdCQUF3QjtRQUM3QixVQUFVLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO1FBQ2xFLE9BQU8sRUFBRSxDQUFDLGlCQUFpQixDQUFDO1FBQzVCLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQztLQUNqQixDQUFDLENBQUMsQ0FBQztBQUNOLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsV0FBVyxDQUFDLEtBQWdCLEVBQUUsS0FBWSxFQUFFLEdBQWEsRUFBRSxVQUFzQixFQUFFLFFBQWdCO0lBQ2pILE1BQU0sTUFBTSxHQUFHLElBQUksRUFBRSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEVBQUUsYUFBYSxFQUFFLEVBQUUsR0FBRyxJQUFBLG1DQUFpQixFQUFDLEdBQUcsRUFBRSxVQUFVLENBQUMsRUFBRSxhQUFhLEVBQUUsMkJBQWEsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDO0lBQ25JLE1BQU0sQ0FBQyxtQkFBbUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDakQsR0FBRyxFQUFFLG9CQUFvQjtRQUN6QixVQUFVLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO1FBQ2xFLE9BQU8sRUFBRSxDQUFDLGlCQUFpQixDQUFDO1FBQzVCLFNBQVMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUM7UUFDN0IsVUFBVSxFQUFFLEVBQUUsWUFBWSxFQUFFLEVBQUUsZUFBZSxFQUFFLFFBQVEsRUFBRSxFQUFFO0tBQzVELENBQUMsQ0FBQyxDQUFDO0lBQ0osTUFBTSxDQUFDLG1CQUFtQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUNqRCxHQUFHLEVBQUUsaUJBQWlCO1FBQ3RCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLDBCQUEwQixDQUFDLENBQUM7UUFDbEUsT0FBTyxFQUFFLENBQUMsY0FBYyxDQUFDO1FBQ3pCLFNBQVMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxhQUFhLENBQUMsV0FBVyxLQUFLLENBQUMsT0FBTyxJQUFJLENBQUMsQ0FBQztRQUMvRCxVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxlQUFlLEVBQUUsUUFBUSxFQUFFLGNBQWMsRUFBRSwyQkFBMkIsRUFBRSxFQUFFO0tBQ3pHLENBQUMsQ0FBQyxDQUFDO0lBQ0osT0FBTyxNQUFNLENBQUM7QUFDaEIsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxLQUF1QixFQUFFLE1BQWlCLEVBQUUsR0FBVztJQUNqRixLQUFLLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxNQUFNLENBQUMsTUFBTyxDQUFDLENBQUM7SUFDekMsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDckQsSUFBSSxRQUFRLEVBQUUsQ0FBQztRQUNiLElBQUEsb0NBQXNCLEVBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxZQUEyQixFQUFFLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztRQUMzRSxJQUFBLGlCQUFHLEVBQUMsUUFBUSxFQUFFLElBQUEsc0JBQVEsRUFBQyxFQUFFLEtBQUssRUFBRSxtQkFBbUIsRUFBRSxJQUFJLEVBQUUsbUJBQW1CLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQzFGLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgc3RvcmFnZSBvZiBhIENsb3VkVHJhaWwgdHJhaWwgdGhlIGtpdCBjcmVhdGVzIChhIHBlcm1pdCdzIGRhdGEtZXZlbnQgdHJhaWwsIGEgdGVuYW50J3NcbiAqIGFjY291bnQgdHJhaWwpOiB0aGUga2V5IGdyYW50cyBDbG91ZFRyYWlsIG5lZWRzLCBhbiBlbmNyeXB0ZWQsIHZlcnNpb25lZCwgcmV0YWluZWQgYnVja2V0IHRoYXRcbiAqIG9ubHkgQ2xvdWRUcmFpbCB3cml0ZXMgdG8sIGFuZCB0aGUgZmluaXNoaW5nIHRvdWNoZXMgb24gdGhlIHRyYWlsLiBFYWNoIGNhbGxlciBhZGRzIGl0cyBvd25cbiAqIGRlbnktdGFtcGVyaW5nIHN0YXRlbWVudCAod2hhdCBpdCBwcm90ZWN0cyBkaWZmZXJzKS5cbiAqL1xuaW1wb3J0IHsgQ2ZuUmVzb3VyY2UsIFJlbW92YWxQb2xpY3ksIFN0YWNrIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0ICogYXMgY2xvdWR0cmFpbCBmcm9tICdhd3MtY2RrLWxpYi9hd3MtY2xvdWR0cmFpbCc7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgKiBhcyBzMyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtczMnO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBkcm9wUmVkdW5kYW50RGVwZW5kc09uIH0gZnJvbSAnLi9haXJsb2NrLWNmbic7XG5pbXBvcnQgeyBhY2ssIGFsbFBhY2tzIH0gZnJvbSAnLi9haXJsb2NrLW5hZyc7XG5pbXBvcnQgeyBzZWFsZWRCdWNrZXRQcm9wcyB9IGZyb20gJy4vYWlybG9jay1zdG9yYWdlJztcblxuLyoqIExldHMgQ2xvdWRUcmFpbCBlbmNyeXB0IHRoZSB0cmFpbCBgdHJhaWxBcm5gJ3MgbG9ncyB3aXRoIGBrZXlgIGFuZCBkZXNjcmliZSB0aGUga2V5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbG93Q2xvdWRUcmFpbEtleShzdGFjazogU3RhY2ssIGtleToga21zLktleSwgdHJhaWxBcm46IHN0cmluZyk6IHZvaWQge1xuICBrZXkuYWRkVG9SZXNvdXJjZVBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgc2lkOiAnQ2xvdWRUcmFpbEVuY3J5cHRzTG9ncycsXG4gICAgcHJpbmNpcGFsczogW25ldyBpYW0uU2VydmljZVByaW5jaXBhbCgnY2xvdWR0cmFpbC5hbWF6b25hd3MuY29tJyldLFxuICAgIGFjdGlvbnM6IFsna21zOkdlbmVyYXRlRGF0YUtleSonXSxcbiAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgIGNvbmRpdGlvbnM6IHtcbiAgICAgIFN0cmluZ0VxdWFsczogeyAnYXdzOlNvdXJjZUFybic6IHRyYWlsQXJuIH0sXG4gICAgICBTdHJpbmdMaWtlOiB7ICdrbXM6RW5jcnlwdGlvbkNvbnRleHQ6YXdzOmNsb3VkdHJhaWw6YXJuJzogYGFybjoke3N0YWNrLnBhcnRpdGlvbn06Y2xvdWR0cmFpbDoqOiR7c3RhY2suYWNjb3VudH06dHJhaWwvKmAgfSxcbiAgICB9LFxuICB9KSk7XG4gIGtleS5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdDbG91ZFRyYWlsRGVzY3JpYmVzS2V5JyxcbiAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdjbG91ZHRyYWlsLmFtYXpvbmF3cy5jb20nKV0sXG4gICAgYWN0aW9uczogWydrbXM6RGVzY3JpYmVLZXknXSxcbiAgICByZXNvdXJjZXM6IFsnKiddLFxuICB9KSk7XG59XG5cbi8qKlxuICogVGhlIHRyYWlsJ3MgYnVja2V0IChgVHJhaWxCdWNrZXRgIGluIGBzY29wZWApOiBLTVMtZW5jcnlwdGVkIHdpdGggYGtleWAsIHZlcnNpb25lZCwgcHJpdmF0ZSxcbiAqIFRMUyBvbmx5LCBhY2Nlc3MtbG9nZ2VkIHRvIGBhY2Nlc3NMb2dzYCwgcmV0YWluZWQ7IENsb3VkVHJhaWwgbWF5IGNoZWNrIGl0cyBBQ0wgYW5kIHdyaXRlXG4gKiBgQVdTTG9ncy88YWNjb3VudD4vYCBmb3IgdGhlIHRyYWlsIGB0cmFpbEFybmAgb25seS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRyYWlsQnVja2V0KHNjb3BlOiBDb25zdHJ1Y3QsIHN0YWNrOiBTdGFjaywga2V5OiBrbXMuSUtleSwgYWNjZXNzTG9nczogczMuSUJ1Y2tldCwgdHJhaWxBcm46IHN0cmluZyk6IHMzLkJ1Y2tldCB7XG4gIGNvbnN0IGJ1Y2tldCA9IG5ldyBzMy5CdWNrZXQoc2NvcGUsICdUcmFpbEJ1Y2tldCcsIHsgLi4uc2VhbGVkQnVja2V0UHJvcHMoa2V5LCBhY2Nlc3NMb2dzKSwgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4gfSk7XG4gIGJ1Y2tldC5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdDbG91ZFRyYWlsQWNsQ2hlY2snLFxuICAgIHByaW5jaXBhbHM6IFtuZXcgaWFtLlNlcnZpY2VQcmluY2lwYWwoJ2Nsb3VkdHJhaWwuYW1hem9uYXdzLmNvbScpXSxcbiAgICBhY3Rpb25zOiBbJ3MzOkdldEJ1Y2tldEFjbCddLFxuICAgIHJlc291cmNlczogW2J1Y2tldC5idWNrZXRBcm5dLFxuICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nRXF1YWxzOiB7ICdhd3M6U291cmNlQXJuJzogdHJhaWxBcm4gfSB9LFxuICB9KSk7XG4gIGJ1Y2tldC5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdDbG91ZFRyYWlsV3JpdGUnLFxuICAgIHByaW5jaXBhbHM6IFtuZXcgaWFtLlNlcnZpY2VQcmluY2lwYWwoJ2Nsb3VkdHJhaWwuYW1hem9uYXdzLmNvbScpXSxcbiAgICBhY3Rpb25zOiBbJ3MzOlB1dE9iamVjdCddLFxuICAgIHJlc291cmNlczogW2J1Y2tldC5hcm5Gb3JPYmplY3RzKGBBV1NMb2dzLyR7c3RhY2suYWNjb3VudH0vKmApXSxcbiAgICBjb25kaXRpb25zOiB7IFN0cmluZ0VxdWFsczogeyAnYXdzOlNvdXJjZUFybic6IHRyYWlsQXJuLCAnczM6eC1hbXotYWNsJzogJ2J1Y2tldC1vd25lci1mdWxsLWNvbnRyb2wnIH0gfSxcbiAgfSkpO1xuICByZXR1cm4gYnVja2V0O1xufVxuXG4vKipcbiAqIEFmdGVyIHRoZSB0cmFpbCBpcyBjcmVhdGVkOiBpdCB3YWl0cyBmb3IgaXRzIGJ1Y2tldCdzIHBvbGljeSwgYW5kIHRoZSBDbG91ZFdhdGNoIExvZ3Mgcm9sZVxuICogYXdzLWNkay1saWIgZ2VuZXJhdGVzIGxvc2VzIGl0cyByZWR1bmRhbnQgRGVwZW5kc09uIGFuZCBpcyBhY2tub3dsZWRnZWQgd2l0aCBgd2h5YC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmlzaFRyYWlsKHRyYWlsOiBjbG91ZHRyYWlsLlRyYWlsLCBidWNrZXQ6IHMzLkJ1Y2tldCwgd2h5OiBzdHJpbmcpOiB2b2lkIHtcbiAgdHJhaWwubm9kZS5hZGREZXBlbmRlbmN5KGJ1Y2tldC5wb2xpY3khKTtcbiAgY29uc3QgbG9nc1JvbGUgPSB0cmFpbC5ub2RlLnRyeUZpbmRDaGlsZCgnTG9nc1JvbGUnKTtcbiAgaWYgKGxvZ3NSb2xlKSB7XG4gICAgZHJvcFJlZHVuZGFudERlcGVuZHNPbih0cmFpbC5ub2RlLmRlZmF1bHRDaGlsZCBhcyBDZm5SZXNvdXJjZSwgW2xvZ3NSb2xlXSk7XG4gICAgYWNrKGxvZ3NSb2xlLCBhbGxQYWNrcyh7IGhpcGFhOiAnSUFNTm9JbmxpbmVQb2xpY3knLCBuaXN0OiAnSUFNTm9JbmxpbmVQb2xpY3knIH0pLCB3aHkpO1xuICB9XG59XG4iXX0=