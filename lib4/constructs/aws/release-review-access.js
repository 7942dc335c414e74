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
exports.ReleaseReviewAccess = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const constructs_1 = require("constructs");
const airlock_nag_1 = require("./private/airlock-nag");
const known_props_1 = require("../../private/known-props");
const error_1 = require("../../workspaces/private/error");
/**
 * Read-only access for a release request's reviewers on AWS: one managed policy, attached to
 * each reviewer's role, that lets them read and list the objects under the request's prefix
 * only (`requests/<id>/`), decrypt them through S3 only, and never write, delete or change
 * anything in the bucket (an explicit Deny, so no other grant of theirs can undo it).
 */
class ReleaseReviewAccess extends constructs_1.Construct {
    /** The managed policy attached to the reviewers' roles. */
    policy;
    /** The key prefix the reviewers may read: `<prefix><requestId>/`. */
    readablePrefix;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'ReleaseReviewAccessProps', props);
        const where = { file: `construct ${this.node.path}` };
        if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(props.requestId)) {
            (0, error_1.fail)({ code: 'invalid-request-id', field: 'requestId', value: props.requestId, location: where, message: 'request id must be 1-63 lower-case letters, digits or dashes', fix: 'use the id "rws permit release list" shows' });
        }
        const prefix = props.prefix ?? 'requests/';
        if (prefix !== '' && !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/$/.test(prefix)) {
            (0, error_1.fail)({ code: 'invalid-prefix', field: 'prefix', value: prefix, location: where, message: 'a key prefix of plain folder names ending in "/"', fix: 'use e.g. requests/' });
        }
        if (props.reviewerRoles.length < 2) {
            (0, error_1.fail)({ code: 'too-few-reviewers', field: 'reviewerRoles', value: props.reviewerRoles.length, location: where, message: 'two different reviewers must approve every release', fix: 'give the roles of at least two output checkers' });
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
                conditions: { StringEquals: { 'kms:ViaService': `s3.${aws_cdk_lib_1.Stack.of(this).region}.amazonaws.com` } },
            }));
        }
        this.policy = new iam.ManagedPolicy(this, 'Policy', {
            description: `Read-only review of release request ${props.requestId}: ${this.readablePrefix} only`,
            statements,
            roles: props.reviewerRoles,
        });
        // The only wildcard granted is the request's own prefix: reviewers read every file of the one
        // request they review, nothing else (the Deny's wildcards only widen what is refused).
        (0, airlock_nag_1.acknowledgeWildcards)(this.policy, (finding) => (finding.startsWith('Resource::') && finding.endsWith(`/${this.readablePrefix}*`)
            ? `Reviewers read every file of the one release request they review (${this.readablePrefix}*), nothing else` : undefined));
    }
}
exports.ReleaseReviewAccess = ReleaseReviewAccess;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS1yZXZpZXctYWNjZXNzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3JlbGVhc2UtcmV2aWV3LWFjY2Vzcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSw2Q0FBb0M7QUFDcEMseURBQTJDO0FBRzNDLDJDQUF1QztBQUN2Qyx1REFBNkQ7QUFDN0QsMkRBQTREO0FBQzVELDBEQUFzRDtBQXdCdEQ7Ozs7O0dBS0c7QUFDSCxNQUFhLG1CQUFvQixTQUFRLHNCQUFTO0lBQ2hELDJEQUEyRDtJQUMzQyxNQUFNLENBQW9CO0lBQzFDLHFFQUFxRTtJQUNyRCxjQUFjLENBQVM7SUFFdkMsWUFBWSxLQUFnQixFQUFFLEVBQVUsRUFBRSxLQUErQjtRQUN2RSxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQ2pCLElBQUEsNkJBQWUsRUFBQyxJQUFJLEVBQUUsMEJBQTBCLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDekQsTUFBTSxLQUFLLEdBQUcsRUFBRSxJQUFJLEVBQUUsYUFBYSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxFQUFFLENBQUM7UUFDdEQsSUFBSSxDQUFDLHNDQUFzQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNsRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxvQkFBb0IsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsU0FBUyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLDhEQUE4RCxFQUFFLEdBQUcsRUFBRSw0Q0FBNEMsRUFBRSxDQUFDLENBQUM7UUFDaE8sQ0FBQztRQUNELE1BQU0sTUFBTSxHQUFHLEtBQUssQ0FBQyxNQUFNLElBQUksV0FBVyxDQUFDO1FBQzNDLElBQUksTUFBTSxLQUFLLEVBQUUsSUFBSSxDQUFDLHlDQUF5QyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1lBQzdFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxrREFBa0QsRUFBRSxHQUFHLEVBQUUsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDO1FBQzVLLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxhQUFhLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQ25DLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLEtBQUssRUFBRSxlQUFlLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxhQUFhLENBQUMsTUFBTSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLG9EQUFvRCxFQUFFLEdBQUcsRUFBRSxnREFBZ0QsRUFBRSxDQUFDLENBQUM7UUFDeE8sQ0FBQztRQUNELElBQUksQ0FBQyxjQUFjLEdBQUcsR0FBRyxNQUFNLEdBQUcsS0FBSyxDQUFDLFNBQVMsR0FBRyxDQUFDO1FBQ3JELE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUMsYUFBYSxDQUFDLEdBQUcsSUFBSSxDQUFDLGNBQWMsR0FBRyxDQUFDLENBQUM7UUFDdEUsTUFBTSxVQUFVLEdBQUc7WUFDakIsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLEVBQUUsR0FBRyxFQUFFLGdCQUFnQixFQUFFLE9BQU8sRUFBRSxDQUFDLGNBQWMsRUFBRSxxQkFBcUIsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDMUgsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QixHQUFHLEVBQUUsZ0JBQWdCO2dCQUNyQixPQUFPLEVBQUUsQ0FBQyxlQUFlLEVBQUUsdUJBQXVCLENBQUM7Z0JBQ25ELFNBQVMsRUFBRSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDO2dCQUNuQyxVQUFVLEVBQUUsRUFBRSxVQUFVLEVBQUUsRUFBRSxXQUFXLEVBQUUsQ0FBQyxJQUFJLENBQUMsY0FBYyxFQUFFLEdBQUcsSUFBSSxDQUFDLGNBQWMsR0FBRyxDQUFDLEVBQUUsRUFBRTthQUM5RixDQUFDO1lBQ0YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QixHQUFHLEVBQUUsNEJBQTRCO2dCQUNqQyxNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO2dCQUN2QixPQUFPLEVBQUUsQ0FBQyxlQUFlLEVBQUUsa0JBQWtCLEVBQUUsa0JBQWtCLEVBQUUsb0JBQW9CLEVBQUUsZUFBZSxFQUFFLGtCQUFrQixDQUFDO2dCQUM3SCxTQUFTLEVBQUUsQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsTUFBTSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQzthQUNyRSxDQUFDO1NBQ0gsQ0FBQztRQUNGLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxHQUFHLElBQUksS0FBSyxDQUFDLE1BQU0sQ0FBQyxhQUFhLENBQUM7UUFDcEQsSUFBSSxHQUFHLEVBQUUsQ0FBQztZQUNSLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QyxHQUFHLEVBQUUsa0JBQWtCO2dCQUN2QixPQUFPLEVBQUUsQ0FBQyxhQUFhLENBQUM7Z0JBQ3hCLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUM7Z0JBQ3ZCLFVBQVUsRUFBRSxFQUFFLFlBQVksRUFBRSxFQUFFLGdCQUFnQixFQUFFLE1BQU0sbUJBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsTUFBTSxnQkFBZ0IsRUFBRSxFQUFFO2FBQ2hHLENBQUMsQ0FBQyxDQUFDO1FBQ04sQ0FBQztRQUNELElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxHQUFHLENBQUMsYUFBYSxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUU7WUFDbEQsV0FBVyxFQUFFLHVDQUF1QyxLQUFLLENBQUMsU0FBUyxLQUFLLElBQUksQ0FBQyxjQUFjLE9BQU87WUFDbEcsVUFBVTtZQUNWLEtBQUssRUFBRSxLQUFLLENBQUMsYUFBYTtTQUMzQixDQUFDLENBQUM7UUFDSCw4RkFBOEY7UUFDOUYsdUZBQXVGO1FBQ3ZGLElBQUEsa0NBQW9CLEVBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxDQUFDLFlBQVksQ0FBQyxJQUFJLE9BQU8sQ0FBQyxRQUFRLENBQUMsSUFBSSxJQUFJLENBQUMsY0FBYyxHQUFHLENBQUM7WUFDOUgsQ0FBQyxDQUFDLHFFQUFxRSxJQUFJLENBQUMsY0FBYyxrQkFBa0IsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQztJQUMvSCxDQUFDO0NBQ0Y7QUF4REQsa0RBd0RDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgU3RhY2sgfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgKiBhcyBzMyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtczMnO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBhY2tub3dsZWRnZVdpbGRjYXJkcyB9IGZyb20gJy4vcHJpdmF0ZS9haXJsb2NrLW5hZyc7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcbmltcG9ydCB7IGZhaWwgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuXG4vKipcbiAqIFByb3BlcnRpZXMgb2YgYSBSZWxlYXNlUmV2aWV3QWNjZXNzLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbGVhc2VSZXZpZXdBY2Nlc3NQcm9wcyB7XG4gIC8qKiBUaGUgYnVja2V0IHRoYXQgaG9sZHMgcmVsZWFzZSByZXF1ZXN0cyAoYSBwZXJtaXQncyBgZWdyZXNzLXJldmlld2AgYnVja2V0KS4gKi9cbiAgcmVhZG9ubHkgYnVja2V0OiBzMy5JQnVja2V0O1xuICAvKiogVGhlIHJlbGVhc2UgcmVxdWVzdCB0aGUgcmV2aWV3ZXJzIGxvb2sgYXQgKGl0cyBzbmFwc2hvdCBpcyB1bmRlciBgPHByZWZpeD48cmVxdWVzdElkPi9gKS4gKi9cbiAgcmVhZG9ubHkgcmVxdWVzdElkOiBzdHJpbmc7XG4gIC8qKiBUaGUgcmV2aWV3ZXJzJyByb2xlcyAodGhlIHR3byBvciBtb3JlIG91dHB1dCBjaGVja2VycyBvZiB0aGUgcGVybWl0KS4gKi9cbiAgcmVhZG9ubHkgcmV2aWV3ZXJSb2xlczogaWFtLklSb2xlW107XG4gIC8qKlxuICAgKiBLZXkgcHJlZml4IG9mIHRoZSByZXF1ZXN0cyBpbiB0aGUgYnVja2V0LlxuICAgKiBAZGVmYXVsdCBcInJlcXVlc3RzL1wiXG4gICAqL1xuICByZWFkb25seSBwcmVmaXg/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBUaGUgYnVja2V0J3MgS01TIGtleSwgd2hlbiBpdCBpcyBlbmNyeXB0ZWQgd2l0aCBvbmUuXG4gICAqIEBkZWZhdWx0IC0gdGhlIGJ1Y2tldCdzIGBlbmNyeXB0aW9uS2V5YCwgaWYgYW55XG4gICAqL1xuICByZWFkb25seSBrZXk/OiBrbXMuSUtleTtcbn1cblxuLyoqXG4gKiBSZWFkLW9ubHkgYWNjZXNzIGZvciBhIHJlbGVhc2UgcmVxdWVzdCdzIHJldmlld2VycyBvbiBBV1M6IG9uZSBtYW5hZ2VkIHBvbGljeSwgYXR0YWNoZWQgdG9cbiAqIGVhY2ggcmV2aWV3ZXIncyByb2xlLCB0aGF0IGxldHMgdGhlbSByZWFkIGFuZCBsaXN0IHRoZSBvYmplY3RzIHVuZGVyIHRoZSByZXF1ZXN0J3MgcHJlZml4XG4gKiBvbmx5IChgcmVxdWVzdHMvPGlkPi9gKSwgZGVjcnlwdCB0aGVtIHRocm91Z2ggUzMgb25seSwgYW5kIG5ldmVyIHdyaXRlLCBkZWxldGUgb3IgY2hhbmdlXG4gKiBhbnl0aGluZyBpbiB0aGUgYnVja2V0IChhbiBleHBsaWNpdCBEZW55LCBzbyBubyBvdGhlciBncmFudCBvZiB0aGVpcnMgY2FuIHVuZG8gaXQpLlxuICovXG5leHBvcnQgY2xhc3MgUmVsZWFzZVJldmlld0FjY2VzcyBleHRlbmRzIENvbnN0cnVjdCB7XG4gIC8qKiBUaGUgbWFuYWdlZCBwb2xpY3kgYXR0YWNoZWQgdG8gdGhlIHJldmlld2Vycycgcm9sZXMuICovXG4gIHB1YmxpYyByZWFkb25seSBwb2xpY3k6IGlhbS5NYW5hZ2VkUG9saWN5O1xuICAvKiogVGhlIGtleSBwcmVmaXggdGhlIHJldmlld2VycyBtYXkgcmVhZDogYDxwcmVmaXg+PHJlcXVlc3RJZD4vYC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHJlYWRhYmxlUHJlZml4OiBzdHJpbmc7XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IFJlbGVhc2VSZXZpZXdBY2Nlc3NQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgY2hlY2tLbm93blByb3BzKHRoaXMsICdSZWxlYXNlUmV2aWV3QWNjZXNzUHJvcHMnLCBwcm9wcyk7XG4gICAgY29uc3Qgd2hlcmUgPSB7IGZpbGU6IGBjb25zdHJ1Y3QgJHt0aGlzLm5vZGUucGF0aH1gIH07XG4gICAgaWYgKCEvXlthLXowLTldKFthLXowLTktXXswLDYxfVthLXowLTldKT8kLy50ZXN0KHByb3BzLnJlcXVlc3RJZCkpIHtcbiAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1yZXF1ZXN0LWlkJywgZmllbGQ6ICdyZXF1ZXN0SWQnLCB2YWx1ZTogcHJvcHMucmVxdWVzdElkLCBsb2NhdGlvbjogd2hlcmUsIG1lc3NhZ2U6ICdyZXF1ZXN0IGlkIG11c3QgYmUgMS02MyBsb3dlci1jYXNlIGxldHRlcnMsIGRpZ2l0cyBvciBkYXNoZXMnLCBmaXg6ICd1c2UgdGhlIGlkIFwicndzIHBlcm1pdCByZWxlYXNlIGxpc3RcIiBzaG93cycgfSk7XG4gICAgfVxuICAgIGNvbnN0IHByZWZpeCA9IHByb3BzLnByZWZpeCA/PyAncmVxdWVzdHMvJztcbiAgICBpZiAocHJlZml4ICE9PSAnJyAmJiAhL15bQS1aYS16MC05Ll8tXSsoXFwvW0EtWmEtejAtOS5fLV0rKSpcXC8kLy50ZXN0KHByZWZpeCkpIHtcbiAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1wcmVmaXgnLCBmaWVsZDogJ3ByZWZpeCcsIHZhbHVlOiBwcmVmaXgsIGxvY2F0aW9uOiB3aGVyZSwgbWVzc2FnZTogJ2Ega2V5IHByZWZpeCBvZiBwbGFpbiBmb2xkZXIgbmFtZXMgZW5kaW5nIGluIFwiL1wiJywgZml4OiAndXNlIGUuZy4gcmVxdWVzdHMvJyB9KTtcbiAgICB9XG4gICAgaWYgKHByb3BzLnJldmlld2VyUm9sZXMubGVuZ3RoIDwgMikge1xuICAgICAgZmFpbCh7IGNvZGU6ICd0b28tZmV3LXJldmlld2VycycsIGZpZWxkOiAncmV2aWV3ZXJSb2xlcycsIHZhbHVlOiBwcm9wcy5yZXZpZXdlclJvbGVzLmxlbmd0aCwgbG9jYXRpb246IHdoZXJlLCBtZXNzYWdlOiAndHdvIGRpZmZlcmVudCByZXZpZXdlcnMgbXVzdCBhcHByb3ZlIGV2ZXJ5IHJlbGVhc2UnLCBmaXg6ICdnaXZlIHRoZSByb2xlcyBvZiBhdCBsZWFzdCB0d28gb3V0cHV0IGNoZWNrZXJzJyB9KTtcbiAgICB9XG4gICAgdGhpcy5yZWFkYWJsZVByZWZpeCA9IGAke3ByZWZpeH0ke3Byb3BzLnJlcXVlc3RJZH0vYDtcbiAgICBjb25zdCBvYmplY3RzID0gcHJvcHMuYnVja2V0LmFybkZvck9iamVjdHMoYCR7dGhpcy5yZWFkYWJsZVByZWZpeH0qYCk7XG4gICAgY29uc3Qgc3RhdGVtZW50cyA9IFtcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHsgc2lkOiAnUmVhZFRoZVJlcXVlc3QnLCBhY3Rpb25zOiBbJ3MzOkdldE9iamVjdCcsICdzMzpHZXRPYmplY3RWZXJzaW9uJ10sIHJlc291cmNlczogW29iamVjdHNdIH0pLFxuICAgICAgbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgICBzaWQ6ICdMaXN0VGhlUmVxdWVzdCcsXG4gICAgICAgIGFjdGlvbnM6IFsnczM6TGlzdEJ1Y2tldCcsICdzMzpMaXN0QnVja2V0VmVyc2lvbnMnXSxcbiAgICAgICAgcmVzb3VyY2VzOiBbcHJvcHMuYnVja2V0LmJ1Y2tldEFybl0sXG4gICAgICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nTGlrZTogeyAnczM6cHJlZml4JzogW3RoaXMucmVhZGFibGVQcmVmaXgsIGAke3RoaXMucmVhZGFibGVQcmVmaXh9KmBdIH0gfSxcbiAgICAgIH0pLFxuICAgICAgbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgICBzaWQ6ICdOZXZlckNoYW5nZVRoZVJldmlld0J1Y2tldCcsXG4gICAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgICBhY3Rpb25zOiBbJ3MzOlB1dE9iamVjdConLCAnczM6RGVsZXRlT2JqZWN0KicsICdzMzpSZXN0b3JlT2JqZWN0JywgJ3MzOlJlcGxpY2F0ZU9iamVjdCcsICdzMzpQdXRCdWNrZXQqJywgJ3MzOkRlbGV0ZUJ1Y2tldConXSxcbiAgICAgICAgcmVzb3VyY2VzOiBbcHJvcHMuYnVja2V0LmJ1Y2tldEFybiwgcHJvcHMuYnVja2V0LmFybkZvck9iamVjdHMoJyonKV0sXG4gICAgICB9KSxcbiAgICBdO1xuICAgIGNvbnN0IGtleSA9IHByb3BzLmtleSA/PyBwcm9wcy5idWNrZXQuZW5jcnlwdGlvbktleTtcbiAgICBpZiAoa2V5KSB7XG4gICAgICBzdGF0ZW1lbnRzLnB1c2gobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgICBzaWQ6ICdEZWNyeXB0VGhyb3VnaFMzJyxcbiAgICAgICAgYWN0aW9uczogWydrbXM6RGVjcnlwdCddLFxuICAgICAgICByZXNvdXJjZXM6IFtrZXkua2V5QXJuXSxcbiAgICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdFcXVhbHM6IHsgJ2ttczpWaWFTZXJ2aWNlJzogYHMzLiR7U3RhY2sub2YodGhpcykucmVnaW9ufS5hbWF6b25hd3MuY29tYCB9IH0sXG4gICAgICB9KSk7XG4gICAgfVxuICAgIHRoaXMucG9saWN5ID0gbmV3IGlhbS5NYW5hZ2VkUG9saWN5KHRoaXMsICdQb2xpY3knLCB7XG4gICAgICBkZXNjcmlwdGlvbjogYFJlYWQtb25seSByZXZpZXcgb2YgcmVsZWFzZSByZXF1ZXN0ICR7cHJvcHMucmVxdWVzdElkfTogJHt0aGlzLnJlYWRhYmxlUHJlZml4fSBvbmx5YCxcbiAgICAgIHN0YXRlbWVudHMsXG4gICAgICByb2xlczogcHJvcHMucmV2aWV3ZXJSb2xlcyxcbiAgICB9KTtcbiAgICAvLyBUaGUgb25seSB3aWxkY2FyZCBncmFudGVkIGlzIHRoZSByZXF1ZXN0J3Mgb3duIHByZWZpeDogcmV2aWV3ZXJzIHJlYWQgZXZlcnkgZmlsZSBvZiB0aGUgb25lXG4gICAgLy8gcmVxdWVzdCB0aGV5IHJldmlldywgbm90aGluZyBlbHNlICh0aGUgRGVueSdzIHdpbGRjYXJkcyBvbmx5IHdpZGVuIHdoYXQgaXMgcmVmdXNlZCkuXG4gICAgYWNrbm93bGVkZ2VXaWxkY2FyZHModGhpcy5wb2xpY3ksIChmaW5kaW5nKSA9PiAoZmluZGluZy5zdGFydHNXaXRoKCdSZXNvdXJjZTo6JykgJiYgZmluZGluZy5lbmRzV2l0aChgLyR7dGhpcy5yZWFkYWJsZVByZWZpeH0qYClcbiAgICAgID8gYFJldmlld2VycyByZWFkIGV2ZXJ5IGZpbGUgb2YgdGhlIG9uZSByZWxlYXNlIHJlcXVlc3QgdGhleSByZXZpZXcgKCR7dGhpcy5yZWFkYWJsZVByZWZpeH0qKSwgbm90aGluZyBlbHNlYCA6IHVuZGVmaW5lZCkpO1xuICB9XG59XG4iXX0=