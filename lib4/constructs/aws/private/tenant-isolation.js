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
exports.BOOTSTRAP_ROLE_PATTERN = exports.DEPLOYMENT_ROLE_PATTERN = exports.TENANT_TAG = void 0;
exports.boundaryNamePrefix = boundaryNamePrefix;
exports.tenantStackPrefix = tenantStackPrefix;
exports.tenantIsolationStatements = tenantIsolationStatements;
exports.tenantServiceControlPolicy = tenantServiceControlPolicy;
/**
 * What keeps the tenants of an institution apart when they share an AWS account, and what holds
 * it in a tenant's own account (the service control policy of the tenant's OU).
 *
 * - Every resource of a tenant carries the tag `research:tenant`.
 * - The permissions boundary of every lab of tenant T (the one every role of the lab gets) denies
 *   the services' actions on any resource tagged with another tenant (`TenantResourcesOnly`),
 *   any change of the `research:tenant` tag (`TenantTagFixed`), and every S3 action on the
 *   buckets of the other tenants, whose names start with their stacks' prefix (`TenantBucketsOnly`).
 * - The boundary has a fixed name, `rws-boundary-<tenant>-<lab>`, which the service control
 *   policy requires of every new role.
 */
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const tags_1 = require("../../../workspaces/private/tags");
Object.defineProperty(exports, "TENANT_TAG", { enumerable: true, get: function () { return tags_1.TENANT_TAG; } });
/** The prefix of the names of a tenant's boundaries. */
function boundaryNamePrefix(tenant) {
    return `rws-boundary-${tenant}-`;
}
/**
 * The prefix of the stack names of a tenant (the tenant stack and its labs), and so of the
 * bucket names CloudFormation generates in them. Tenant names never hold `--` nor end with a
 * dash, so no tenant's prefix is the beginning of another's.
 */
function tenantStackPrefix(institution, tenant) {
    return `${institution}-${tenant}--`;
}
/** Actions on tagged resources of the services a lab uses. */
const TAGGED_SERVICES = ['kms:*', 'ec2:*', 'elasticfilesystem:*', 'secretsmanager:*', 'ssm:*', 'sns:*', 'logs:*', 'backup:*', 'cloudwatch:*', 'lambda:*', 'states:*'];
/** Actions that set or remove tags. */
const TAG_ACTIONS = [
    'ec2:CreateTags', 'ec2:DeleteTags', 'kms:TagResource', 'kms:UntagResource', 'elasticfilesystem:TagResource', 'elasticfilesystem:UntagResource',
    'elasticfilesystem:CreateTags', 'elasticfilesystem:DeleteTags', 'secretsmanager:TagResource', 'secretsmanager:UntagResource',
    'ssm:AddTagsToResource', 'ssm:RemoveTagsFromResource', 'sns:TagResource', 'sns:UntagResource', 'logs:TagResource', 'logs:UntagResource',
    's3:PutBucketTagging', 'iam:TagRole', 'iam:UntagRole',
];
/** The boundary statements of a lab of `tenant`, given the stack prefixes of the other tenants. */
function tenantIsolationStatements(tenant, otherTenantPrefixes, partition) {
    const out = [
        new iam.PolicyStatement({
            sid: 'TenantResourcesOnly',
            effect: iam.Effect.DENY,
            actions: TAGGED_SERVICES,
            resources: ['*'],
            conditions: {
                Null: { [`aws:ResourceTag/${tags_1.TENANT_TAG}`]: 'false' },
                StringNotEquals: { [`aws:ResourceTag/${tags_1.TENANT_TAG}`]: tenant },
            },
        }),
        new iam.PolicyStatement({
            sid: 'TenantTagFixed',
            effect: iam.Effect.DENY,
            actions: TAG_ACTIONS,
            resources: ['*'],
            conditions: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [tags_1.TENANT_TAG] } },
        }),
    ];
    if (otherTenantPrefixes.length > 0) {
        out.push(new iam.PolicyStatement({
            sid: 'TenantBucketsOnly',
            effect: iam.Effect.DENY,
            actions: ['s3:*'],
            resources: otherTenantPrefixes.flatMap((p) => [`arn:${partition}:s3:::${p}*`, `arn:${partition}:s3:::${p}*/*`]),
        }));
    }
    return out;
}
/** Principals the service control policy lets change boundaries and audit: the CDK deployment's CloudFormation role. */
exports.DEPLOYMENT_ROLE_PATTERN = 'arn:*:iam::*:role/cdk-*-cfn-exec-role-*';
/** Roles the CDK bootstrap creates (no boundary; created before any lab). */
exports.BOOTSTRAP_ROLE_PATTERN = 'arn:*:iam::*:role/cdk-*';
/**
 * The service control policy of a tenant's OU: it binds everyone in the tenant's account,
 * including its administrators, and is itself out of their reach (it lives in the management
 * account).
 */
function tenantServiceControlPolicy(tenant, allowedRegions) {
    const exceptDeployment = { ArnNotLike: { 'aws:PrincipalArn': exports.DEPLOYMENT_ROLE_PATTERN } };
    const statements = [
        {
            Sid: 'NoBoundaryRemoval',
            Effect: 'Deny',
            Action: ['iam:DeleteRolePermissionsBoundary', 'iam:DeleteUserPermissionsBoundary'],
            Resource: '*',
        },
        {
            Sid: 'RolesOnlyWithTheBoundary',
            Effect: 'Deny',
            Action: ['iam:CreateRole', 'iam:PutRolePermissionsBoundary', 'iam:CreateUser', 'iam:PutUserPermissionsBoundary'],
            NotResource: [exports.BOOTSTRAP_ROLE_PATTERN],
            Condition: { StringNotLike: { 'iam:PermissionsBoundary': `arn:*:iam::*:policy/${boundaryNamePrefix(tenant)}*` } },
        },
        {
            Sid: 'BoundaryPoliciesOnlyByDeployment',
            Effect: 'Deny',
            Action: ['iam:CreatePolicy', 'iam:CreatePolicyVersion', 'iam:DeletePolicy', 'iam:DeletePolicyVersion', 'iam:SetDefaultPolicyVersion'],
            Resource: ['arn:*:iam::*:policy/rws-boundary-*'],
            Condition: exceptDeployment,
        },
        {
            Sid: 'BootstrapRolesOnlyByDeployment',
            Effect: 'Deny',
            Action: ['iam:AttachRolePolicy', 'iam:PutRolePolicy', 'iam:UpdateAssumeRolePolicy', 'iam:DeleteRole'],
            Resource: [exports.BOOTSTRAP_ROLE_PATTERN],
            Condition: exceptDeployment,
        },
        {
            Sid: 'AuditKeptOn',
            Effect: 'Deny',
            Action: [
                'cloudtrail:StopLogging', 'cloudtrail:DeleteTrail', 'cloudtrail:UpdateTrail', 'cloudtrail:PutEventSelectors',
                'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'kms:PutKeyPolicy',
            ],
            Resource: '*',
            Condition: exceptDeployment,
        },
        {
            Sid: 'TenantTagFixed',
            Effect: 'Deny',
            Action: TAG_ACTIONS,
            Resource: '*',
            Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [tags_1.TENANT_TAG] }, ...exceptDeployment },
        },
        {
            Sid: 'StayInTheOrganization',
            Effect: 'Deny',
            Action: ['organizations:LeaveOrganization'],
            Resource: '*',
        },
    ];
    if (allowedRegions && allowedRegions.length > 0) {
        statements.push({
            Sid: 'OnlyAllowedRegions',
            Effect: 'Deny',
            NotAction: ['iam:*', 'sts:*', 'organizations:*', 'budgets:*', 'ce:*', 'cloudfront:*', 'route53:*', 'support:*', 'health:*', 'account:*'],
            Resource: '*',
            Condition: { StringNotEquals: { 'aws:RequestedRegion': allowedRegions } },
        });
    }
    return { Version: '2012-10-17', Statement: statements };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoidGVuYW50LWlzb2xhdGlvbi5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL3RlbmFudC1pc29sYXRpb24udHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBbUJBLGdEQUVDO0FBT0QsOENBRUM7QUFhRCw4REE2QkM7QUFZRCxnRUFnRUM7QUFwSkQ7Ozs7Ozs7Ozs7O0dBV0c7QUFDSCx5REFBMkM7QUFDM0MsMkRBQThEO0FBR3JELDJGQUhBLGlCQUFVLE9BR0E7QUFFbkIsd0RBQXdEO0FBQ3hELFNBQWdCLGtCQUFrQixDQUFDLE1BQWM7SUFDL0MsT0FBTyxnQkFBZ0IsTUFBTSxHQUFHLENBQUM7QUFDbkMsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixpQkFBaUIsQ0FBQyxXQUFtQixFQUFFLE1BQWM7SUFDbkUsT0FBTyxHQUFHLFdBQVcsSUFBSSxNQUFNLElBQUksQ0FBQztBQUN0QyxDQUFDO0FBRUQsOERBQThEO0FBQzlELE1BQU0sZUFBZSxHQUFHLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxxQkFBcUIsRUFBRSxrQkFBa0IsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxVQUFVLEVBQUUsY0FBYyxFQUFFLFVBQVUsRUFBRSxVQUFVLENBQUMsQ0FBQztBQUN0Syx1Q0FBdUM7QUFDdkMsTUFBTSxXQUFXLEdBQUc7SUFDbEIsZ0JBQWdCLEVBQUUsZ0JBQWdCLEVBQUUsaUJBQWlCLEVBQUUsbUJBQW1CLEVBQUUsK0JBQStCLEVBQUUsaUNBQWlDO0lBQzlJLDhCQUE4QixFQUFFLDhCQUE4QixFQUFFLDRCQUE0QixFQUFFLDhCQUE4QjtJQUM1SCx1QkFBdUIsRUFBRSw0QkFBNEIsRUFBRSxpQkFBaUIsRUFBRSxtQkFBbUIsRUFBRSxrQkFBa0IsRUFBRSxvQkFBb0I7SUFDdkkscUJBQXFCLEVBQUUsYUFBYSxFQUFFLGVBQWU7Q0FDdEQsQ0FBQztBQUVGLG1HQUFtRztBQUNuRyxTQUFnQix5QkFBeUIsQ0FBQyxNQUFjLEVBQUUsbUJBQTZCLEVBQUUsU0FBaUI7SUFDeEcsTUFBTSxHQUFHLEdBQUc7UUFDVixJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7WUFDdEIsR0FBRyxFQUFFLHFCQUFxQjtZQUMxQixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO1lBQ3ZCLE9BQU8sRUFBRSxlQUFlO1lBQ3hCLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQztZQUNoQixVQUFVLEVBQUU7Z0JBQ1YsSUFBSSxFQUFFLEVBQUUsQ0FBQyxtQkFBbUIsaUJBQVUsRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFO2dCQUNwRCxlQUFlLEVBQUUsRUFBRSxDQUFDLG1CQUFtQixpQkFBVSxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUU7YUFDL0Q7U0FDRixDQUFDO1FBQ0YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQ3RCLEdBQUcsRUFBRSxnQkFBZ0I7WUFDckIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSTtZQUN2QixPQUFPLEVBQUUsV0FBVztZQUNwQixTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUM7WUFDaEIsVUFBVSxFQUFFLEVBQUUsMEJBQTBCLEVBQUUsRUFBRSxhQUFhLEVBQUUsQ0FBQyxpQkFBVSxDQUFDLEVBQUUsRUFBRTtTQUM1RSxDQUFDO0tBQ0gsQ0FBQztJQUNGLElBQUksbUJBQW1CLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQ25DLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1lBQy9CLEdBQUcsRUFBRSxtQkFBbUI7WUFDeEIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSTtZQUN2QixPQUFPLEVBQUUsQ0FBQyxNQUFNLENBQUM7WUFDakIsU0FBUyxFQUFFLG1CQUFtQixDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLFNBQVMsU0FBUyxDQUFDLEdBQUcsRUFBRSxPQUFPLFNBQVMsU0FBUyxDQUFDLEtBQUssQ0FBQyxDQUFDO1NBQ2hILENBQUMsQ0FBQyxDQUFDO0lBQ04sQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDO0FBQ2IsQ0FBQztBQUVELHdIQUF3SDtBQUMzRyxRQUFBLHVCQUF1QixHQUFHLHlDQUF5QyxDQUFDO0FBQ2pGLDZFQUE2RTtBQUNoRSxRQUFBLHNCQUFzQixHQUFHLHlCQUF5QixDQUFDO0FBRWhFOzs7O0dBSUc7QUFDSCxTQUFnQiwwQkFBMEIsQ0FBQyxNQUFjLEVBQUUsY0FBb0M7SUFDN0YsTUFBTSxnQkFBZ0IsR0FBRyxFQUFFLFVBQVUsRUFBRSxFQUFFLGtCQUFrQixFQUFFLCtCQUF1QixFQUFFLEVBQUUsQ0FBQztJQUN6RixNQUFNLFVBQVUsR0FBVTtRQUN4QjtZQUNFLEdBQUcsRUFBRSxtQkFBbUI7WUFDeEIsTUFBTSxFQUFFLE1BQU07WUFDZCxNQUFNLEVBQUUsQ0FBQyxtQ0FBbUMsRUFBRSxtQ0FBbUMsQ0FBQztZQUNsRixRQUFRLEVBQUUsR0FBRztTQUNkO1FBQ0Q7WUFDRSxHQUFHLEVBQUUsMEJBQTBCO1lBQy9CLE1BQU0sRUFBRSxNQUFNO1lBQ2QsTUFBTSxFQUFFLENBQUMsZ0JBQWdCLEVBQUUsZ0NBQWdDLEVBQUUsZ0JBQWdCLEVBQUUsZ0NBQWdDLENBQUM7WUFDaEgsV0FBVyxFQUFFLENBQUMsOEJBQXNCLENBQUM7WUFDckMsU0FBUyxFQUFFLEVBQUUsYUFBYSxFQUFFLEVBQUUseUJBQXlCLEVBQUUsdUJBQXVCLGtCQUFrQixDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsRUFBRTtTQUNsSDtRQUNEO1lBQ0UsR0FBRyxFQUFFLGtDQUFrQztZQUN2QyxNQUFNLEVBQUUsTUFBTTtZQUNkLE1BQU0sRUFBRSxDQUFDLGtCQUFrQixFQUFFLHlCQUF5QixFQUFFLGtCQUFrQixFQUFFLHlCQUF5QixFQUFFLDZCQUE2QixDQUFDO1lBQ3JJLFFBQVEsRUFBRSxDQUFDLG9DQUFvQyxDQUFDO1lBQ2hELFNBQVMsRUFBRSxnQkFBZ0I7U0FDNUI7UUFDRDtZQUNFLEdBQUcsRUFBRSxnQ0FBZ0M7WUFDckMsTUFBTSxFQUFFLE1BQU07WUFDZCxNQUFNLEVBQUUsQ0FBQyxzQkFBc0IsRUFBRSxtQkFBbUIsRUFBRSw0QkFBNEIsRUFBRSxnQkFBZ0IsQ0FBQztZQUNyRyxRQUFRLEVBQUUsQ0FBQyw4QkFBc0IsQ0FBQztZQUNsQyxTQUFTLEVBQUUsZ0JBQWdCO1NBQzVCO1FBQ0Q7WUFDRSxHQUFHLEVBQUUsYUFBYTtZQUNsQixNQUFNLEVBQUUsTUFBTTtZQUNkLE1BQU0sRUFBRTtnQkFDTix3QkFBd0IsRUFBRSx3QkFBd0IsRUFBRSx3QkFBd0IsRUFBRSw4QkFBOEI7Z0JBQzVHLHlCQUF5QixFQUFFLGdCQUFnQixFQUFFLGtCQUFrQjthQUNoRTtZQUNELFFBQVEsRUFBRSxHQUFHO1lBQ2IsU0FBUyxFQUFFLGdCQUFnQjtTQUM1QjtRQUNEO1lBQ0UsR0FBRyxFQUFFLGdCQUFnQjtZQUNyQixNQUFNLEVBQUUsTUFBTTtZQUNkLE1BQU0sRUFBRSxXQUFXO1lBQ25CLFFBQVEsRUFBRSxHQUFHO1lBQ2IsU0FBUyxFQUFFLEVBQUUsMEJBQTBCLEVBQUUsRUFBRSxhQUFhLEVBQUUsQ0FBQyxpQkFBVSxDQUFDLEVBQUUsRUFBRSxHQUFHLGdCQUFnQixFQUFFO1NBQ2hHO1FBQ0Q7WUFDRSxHQUFHLEVBQUUsdUJBQXVCO1lBQzVCLE1BQU0sRUFBRSxNQUFNO1lBQ2QsTUFBTSxFQUFFLENBQUMsaUNBQWlDLENBQUM7WUFDM0MsUUFBUSxFQUFFLEdBQUc7U0FDZDtLQUNGLENBQUM7SUFDRixJQUFJLGNBQWMsSUFBSSxjQUFjLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQ2hELFVBQVUsQ0FBQyxJQUFJLENBQUM7WUFDZCxHQUFHLEVBQUUsb0JBQW9CO1lBQ3pCLE1BQU0sRUFBRSxNQUFNO1lBQ2QsU0FBUyxFQUFFLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLGNBQWMsRUFBRSxXQUFXLEVBQUUsV0FBVyxFQUFFLFVBQVUsRUFBRSxXQUFXLENBQUM7WUFDeEksUUFBUSxFQUFFLEdBQUc7WUFDYixTQUFTLEVBQUUsRUFBRSxlQUFlLEVBQUUsRUFBRSxxQkFBcUIsRUFBRSxjQUFjLEVBQUUsRUFBRTtTQUMxRSxDQUFDLENBQUM7SUFDTCxDQUFDO0lBQ0QsT0FBTyxFQUFFLE9BQU8sRUFBRSxZQUFZLEVBQUUsU0FBUyxFQUFFLFVBQVUsRUFBRSxDQUFDO0FBQzFELENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFdoYXQga2VlcHMgdGhlIHRlbmFudHMgb2YgYW4gaW5zdGl0dXRpb24gYXBhcnQgd2hlbiB0aGV5IHNoYXJlIGFuIEFXUyBhY2NvdW50LCBhbmQgd2hhdCBob2xkc1xuICogaXQgaW4gYSB0ZW5hbnQncyBvd24gYWNjb3VudCAodGhlIHNlcnZpY2UgY29udHJvbCBwb2xpY3kgb2YgdGhlIHRlbmFudCdzIE9VKS5cbiAqXG4gKiAtIEV2ZXJ5IHJlc291cmNlIG9mIGEgdGVuYW50IGNhcnJpZXMgdGhlIHRhZyBgcmVzZWFyY2g6dGVuYW50YC5cbiAqIC0gVGhlIHBlcm1pc3Npb25zIGJvdW5kYXJ5IG9mIGV2ZXJ5IGxhYiBvZiB0ZW5hbnQgVCAodGhlIG9uZSBldmVyeSByb2xlIG9mIHRoZSBsYWIgZ2V0cykgZGVuaWVzXG4gKiAgIHRoZSBzZXJ2aWNlcycgYWN0aW9ucyBvbiBhbnkgcmVzb3VyY2UgdGFnZ2VkIHdpdGggYW5vdGhlciB0ZW5hbnQgKGBUZW5hbnRSZXNvdXJjZXNPbmx5YCksXG4gKiAgIGFueSBjaGFuZ2Ugb2YgdGhlIGByZXNlYXJjaDp0ZW5hbnRgIHRhZyAoYFRlbmFudFRhZ0ZpeGVkYCksIGFuZCBldmVyeSBTMyBhY3Rpb24gb24gdGhlXG4gKiAgIGJ1Y2tldHMgb2YgdGhlIG90aGVyIHRlbmFudHMsIHdob3NlIG5hbWVzIHN0YXJ0IHdpdGggdGhlaXIgc3RhY2tzJyBwcmVmaXggKGBUZW5hbnRCdWNrZXRzT25seWApLlxuICogLSBUaGUgYm91bmRhcnkgaGFzIGEgZml4ZWQgbmFtZSwgYHJ3cy1ib3VuZGFyeS08dGVuYW50Pi08bGFiPmAsIHdoaWNoIHRoZSBzZXJ2aWNlIGNvbnRyb2xcbiAqICAgcG9saWN5IHJlcXVpcmVzIG9mIGV2ZXJ5IG5ldyByb2xlLlxuICovXG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgeyBURU5BTlRfVEFHIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3RhZ3MnO1xuXG4vKiogVGhlIHRhZyB0aGF0IG5hbWVzIGEgcmVzb3VyY2UncyB0ZW5hbnQuICovXG5leHBvcnQgeyBURU5BTlRfVEFHIH07XG5cbi8qKiBUaGUgcHJlZml4IG9mIHRoZSBuYW1lcyBvZiBhIHRlbmFudCdzIGJvdW5kYXJpZXMuICovXG5leHBvcnQgZnVuY3Rpb24gYm91bmRhcnlOYW1lUHJlZml4KHRlbmFudDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGByd3MtYm91bmRhcnktJHt0ZW5hbnR9LWA7XG59XG5cbi8qKlxuICogVGhlIHByZWZpeCBvZiB0aGUgc3RhY2sgbmFtZXMgb2YgYSB0ZW5hbnQgKHRoZSB0ZW5hbnQgc3RhY2sgYW5kIGl0cyBsYWJzKSwgYW5kIHNvIG9mIHRoZVxuICogYnVja2V0IG5hbWVzIENsb3VkRm9ybWF0aW9uIGdlbmVyYXRlcyBpbiB0aGVtLiBUZW5hbnQgbmFtZXMgbmV2ZXIgaG9sZCBgLS1gIG5vciBlbmQgd2l0aCBhXG4gKiBkYXNoLCBzbyBubyB0ZW5hbnQncyBwcmVmaXggaXMgdGhlIGJlZ2lubmluZyBvZiBhbm90aGVyJ3MuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0ZW5hbnRTdGFja1ByZWZpeChpbnN0aXR1dGlvbjogc3RyaW5nLCB0ZW5hbnQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtpbnN0aXR1dGlvbn0tJHt0ZW5hbnR9LS1gO1xufVxuXG4vKiogQWN0aW9ucyBvbiB0YWdnZWQgcmVzb3VyY2VzIG9mIHRoZSBzZXJ2aWNlcyBhIGxhYiB1c2VzLiAqL1xuY29uc3QgVEFHR0VEX1NFUlZJQ0VTID0gWydrbXM6KicsICdlYzI6KicsICdlbGFzdGljZmlsZXN5c3RlbToqJywgJ3NlY3JldHNtYW5hZ2VyOionLCAnc3NtOionLCAnc25zOionLCAnbG9nczoqJywgJ2JhY2t1cDoqJywgJ2Nsb3Vkd2F0Y2g6KicsICdsYW1iZGE6KicsICdzdGF0ZXM6KiddO1xuLyoqIEFjdGlvbnMgdGhhdCBzZXQgb3IgcmVtb3ZlIHRhZ3MuICovXG5jb25zdCBUQUdfQUNUSU9OUyA9IFtcbiAgJ2VjMjpDcmVhdGVUYWdzJywgJ2VjMjpEZWxldGVUYWdzJywgJ2ttczpUYWdSZXNvdXJjZScsICdrbXM6VW50YWdSZXNvdXJjZScsICdlbGFzdGljZmlsZXN5c3RlbTpUYWdSZXNvdXJjZScsICdlbGFzdGljZmlsZXN5c3RlbTpVbnRhZ1Jlc291cmNlJyxcbiAgJ2VsYXN0aWNmaWxlc3lzdGVtOkNyZWF0ZVRhZ3MnLCAnZWxhc3RpY2ZpbGVzeXN0ZW06RGVsZXRlVGFncycsICdzZWNyZXRzbWFuYWdlcjpUYWdSZXNvdXJjZScsICdzZWNyZXRzbWFuYWdlcjpVbnRhZ1Jlc291cmNlJyxcbiAgJ3NzbTpBZGRUYWdzVG9SZXNvdXJjZScsICdzc206UmVtb3ZlVGFnc0Zyb21SZXNvdXJjZScsICdzbnM6VGFnUmVzb3VyY2UnLCAnc25zOlVudGFnUmVzb3VyY2UnLCAnbG9nczpUYWdSZXNvdXJjZScsICdsb2dzOlVudGFnUmVzb3VyY2UnLFxuICAnczM6UHV0QnVja2V0VGFnZ2luZycsICdpYW06VGFnUm9sZScsICdpYW06VW50YWdSb2xlJyxcbl07XG5cbi8qKiBUaGUgYm91bmRhcnkgc3RhdGVtZW50cyBvZiBhIGxhYiBvZiBgdGVuYW50YCwgZ2l2ZW4gdGhlIHN0YWNrIHByZWZpeGVzIG9mIHRoZSBvdGhlciB0ZW5hbnRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRlbmFudElzb2xhdGlvblN0YXRlbWVudHModGVuYW50OiBzdHJpbmcsIG90aGVyVGVuYW50UHJlZml4ZXM6IHN0cmluZ1tdLCBwYXJ0aXRpb246IHN0cmluZyk6IGlhbS5Qb2xpY3lTdGF0ZW1lbnRbXSB7XG4gIGNvbnN0IG91dCA9IFtcbiAgICBuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdUZW5hbnRSZXNvdXJjZXNPbmx5JyxcbiAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgYWN0aW9uczogVEFHR0VEX1NFUlZJQ0VTLFxuICAgICAgcmVzb3VyY2VzOiBbJyonXSxcbiAgICAgIGNvbmRpdGlvbnM6IHtcbiAgICAgICAgTnVsbDogeyBbYGF3czpSZXNvdXJjZVRhZy8ke1RFTkFOVF9UQUd9YF06ICdmYWxzZScgfSxcbiAgICAgICAgU3RyaW5nTm90RXF1YWxzOiB7IFtgYXdzOlJlc291cmNlVGFnLyR7VEVOQU5UX1RBR31gXTogdGVuYW50IH0sXG4gICAgICB9LFxuICAgIH0pLFxuICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgIHNpZDogJ1RlbmFudFRhZ0ZpeGVkJyxcbiAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgYWN0aW9uczogVEFHX0FDVElPTlMsXG4gICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgY29uZGl0aW9uczogeyAnRm9yQW55VmFsdWU6U3RyaW5nRXF1YWxzJzogeyAnYXdzOlRhZ0tleXMnOiBbVEVOQU5UX1RBR10gfSB9LFxuICAgIH0pLFxuICBdO1xuICBpZiAob3RoZXJUZW5hbnRQcmVmaXhlcy5sZW5ndGggPiAwKSB7XG4gICAgb3V0LnB1c2gobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgc2lkOiAnVGVuYW50QnVja2V0c09ubHknLFxuICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICBhY3Rpb25zOiBbJ3MzOionXSxcbiAgICAgIHJlc291cmNlczogb3RoZXJUZW5hbnRQcmVmaXhlcy5mbGF0TWFwKChwKSA9PiBbYGFybjoke3BhcnRpdGlvbn06czM6Ojoke3B9KmAsIGBhcm46JHtwYXJ0aXRpb259OnMzOjo6JHtwfSovKmBdKSxcbiAgICB9KSk7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqIFByaW5jaXBhbHMgdGhlIHNlcnZpY2UgY29udHJvbCBwb2xpY3kgbGV0cyBjaGFuZ2UgYm91bmRhcmllcyBhbmQgYXVkaXQ6IHRoZSBDREsgZGVwbG95bWVudCdzIENsb3VkRm9ybWF0aW9uIHJvbGUuICovXG5leHBvcnQgY29uc3QgREVQTE9ZTUVOVF9ST0xFX1BBVFRFUk4gPSAnYXJuOio6aWFtOjoqOnJvbGUvY2RrLSotY2ZuLWV4ZWMtcm9sZS0qJztcbi8qKiBSb2xlcyB0aGUgQ0RLIGJvb3RzdHJhcCBjcmVhdGVzIChubyBib3VuZGFyeTsgY3JlYXRlZCBiZWZvcmUgYW55IGxhYikuICovXG5leHBvcnQgY29uc3QgQk9PVFNUUkFQX1JPTEVfUEFUVEVSTiA9ICdhcm46KjppYW06Oio6cm9sZS9jZGstKic7XG5cbi8qKlxuICogVGhlIHNlcnZpY2UgY29udHJvbCBwb2xpY3kgb2YgYSB0ZW5hbnQncyBPVTogaXQgYmluZHMgZXZlcnlvbmUgaW4gdGhlIHRlbmFudCdzIGFjY291bnQsXG4gKiBpbmNsdWRpbmcgaXRzIGFkbWluaXN0cmF0b3JzLCBhbmQgaXMgaXRzZWxmIG91dCBvZiB0aGVpciByZWFjaCAoaXQgbGl2ZXMgaW4gdGhlIG1hbmFnZW1lbnRcbiAqIGFjY291bnQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdGVuYW50U2VydmljZUNvbnRyb2xQb2xpY3kodGVuYW50OiBzdHJpbmcsIGFsbG93ZWRSZWdpb25zOiBzdHJpbmdbXSB8IHVuZGVmaW5lZCk6IGFueSB7XG4gIGNvbnN0IGV4Y2VwdERlcGxveW1lbnQgPSB7IEFybk5vdExpa2U6IHsgJ2F3czpQcmluY2lwYWxBcm4nOiBERVBMT1lNRU5UX1JPTEVfUEFUVEVSTiB9IH07XG4gIGNvbnN0IHN0YXRlbWVudHM6IGFueVtdID0gW1xuICAgIHtcbiAgICAgIFNpZDogJ05vQm91bmRhcnlSZW1vdmFsJyxcbiAgICAgIEVmZmVjdDogJ0RlbnknLFxuICAgICAgQWN0aW9uOiBbJ2lhbTpEZWxldGVSb2xlUGVybWlzc2lvbnNCb3VuZGFyeScsICdpYW06RGVsZXRlVXNlclBlcm1pc3Npb25zQm91bmRhcnknXSxcbiAgICAgIFJlc291cmNlOiAnKicsXG4gICAgfSxcbiAgICB7XG4gICAgICBTaWQ6ICdSb2xlc09ubHlXaXRoVGhlQm91bmRhcnknLFxuICAgICAgRWZmZWN0OiAnRGVueScsXG4gICAgICBBY3Rpb246IFsnaWFtOkNyZWF0ZVJvbGUnLCAnaWFtOlB1dFJvbGVQZXJtaXNzaW9uc0JvdW5kYXJ5JywgJ2lhbTpDcmVhdGVVc2VyJywgJ2lhbTpQdXRVc2VyUGVybWlzc2lvbnNCb3VuZGFyeSddLFxuICAgICAgTm90UmVzb3VyY2U6IFtCT09UU1RSQVBfUk9MRV9QQVRURVJOXSxcbiAgICAgIENvbmRpdGlvbjogeyBTdHJpbmdOb3RMaWtlOiB7ICdpYW06UGVybWlzc2lvbnNCb3VuZGFyeSc6IGBhcm46KjppYW06Oio6cG9saWN5LyR7Ym91bmRhcnlOYW1lUHJlZml4KHRlbmFudCl9KmAgfSB9LFxuICAgIH0sXG4gICAge1xuICAgICAgU2lkOiAnQm91bmRhcnlQb2xpY2llc09ubHlCeURlcGxveW1lbnQnLFxuICAgICAgRWZmZWN0OiAnRGVueScsXG4gICAgICBBY3Rpb246IFsnaWFtOkNyZWF0ZVBvbGljeScsICdpYW06Q3JlYXRlUG9saWN5VmVyc2lvbicsICdpYW06RGVsZXRlUG9saWN5JywgJ2lhbTpEZWxldGVQb2xpY3lWZXJzaW9uJywgJ2lhbTpTZXREZWZhdWx0UG9saWN5VmVyc2lvbiddLFxuICAgICAgUmVzb3VyY2U6IFsnYXJuOio6aWFtOjoqOnBvbGljeS9yd3MtYm91bmRhcnktKiddLFxuICAgICAgQ29uZGl0aW9uOiBleGNlcHREZXBsb3ltZW50LFxuICAgIH0sXG4gICAge1xuICAgICAgU2lkOiAnQm9vdHN0cmFwUm9sZXNPbmx5QnlEZXBsb3ltZW50JyxcbiAgICAgIEVmZmVjdDogJ0RlbnknLFxuICAgICAgQWN0aW9uOiBbJ2lhbTpBdHRhY2hSb2xlUG9saWN5JywgJ2lhbTpQdXRSb2xlUG9saWN5JywgJ2lhbTpVcGRhdGVBc3N1bWVSb2xlUG9saWN5JywgJ2lhbTpEZWxldGVSb2xlJ10sXG4gICAgICBSZXNvdXJjZTogW0JPT1RTVFJBUF9ST0xFX1BBVFRFUk5dLFxuICAgICAgQ29uZGl0aW9uOiBleGNlcHREZXBsb3ltZW50LFxuICAgIH0sXG4gICAge1xuICAgICAgU2lkOiAnQXVkaXRLZXB0T24nLFxuICAgICAgRWZmZWN0OiAnRGVueScsXG4gICAgICBBY3Rpb246IFtcbiAgICAgICAgJ2Nsb3VkdHJhaWw6U3RvcExvZ2dpbmcnLCAnY2xvdWR0cmFpbDpEZWxldGVUcmFpbCcsICdjbG91ZHRyYWlsOlVwZGF0ZVRyYWlsJywgJ2Nsb3VkdHJhaWw6UHV0RXZlbnRTZWxlY3RvcnMnLFxuICAgICAgICAna21zOlNjaGVkdWxlS2V5RGVsZXRpb24nLCAna21zOkRpc2FibGVLZXknLCAna21zOlB1dEtleVBvbGljeScsXG4gICAgICBdLFxuICAgICAgUmVzb3VyY2U6ICcqJyxcbiAgICAgIENvbmRpdGlvbjogZXhjZXB0RGVwbG95bWVudCxcbiAgICB9LFxuICAgIHtcbiAgICAgIFNpZDogJ1RlbmFudFRhZ0ZpeGVkJyxcbiAgICAgIEVmZmVjdDogJ0RlbnknLFxuICAgICAgQWN0aW9uOiBUQUdfQUNUSU9OUyxcbiAgICAgIFJlc291cmNlOiAnKicsXG4gICAgICBDb25kaXRpb246IHsgJ0ZvckFueVZhbHVlOlN0cmluZ0VxdWFscyc6IHsgJ2F3czpUYWdLZXlzJzogW1RFTkFOVF9UQUddIH0sIC4uLmV4Y2VwdERlcGxveW1lbnQgfSxcbiAgICB9LFxuICAgIHtcbiAgICAgIFNpZDogJ1N0YXlJblRoZU9yZ2FuaXphdGlvbicsXG4gICAgICBFZmZlY3Q6ICdEZW55JyxcbiAgICAgIEFjdGlvbjogWydvcmdhbml6YXRpb25zOkxlYXZlT3JnYW5pemF0aW9uJ10sXG4gICAgICBSZXNvdXJjZTogJyonLFxuICAgIH0sXG4gIF07XG4gIGlmIChhbGxvd2VkUmVnaW9ucyAmJiBhbGxvd2VkUmVnaW9ucy5sZW5ndGggPiAwKSB7XG4gICAgc3RhdGVtZW50cy5wdXNoKHtcbiAgICAgIFNpZDogJ09ubHlBbGxvd2VkUmVnaW9ucycsXG4gICAgICBFZmZlY3Q6ICdEZW55JyxcbiAgICAgIE5vdEFjdGlvbjogWydpYW06KicsICdzdHM6KicsICdvcmdhbml6YXRpb25zOionLCAnYnVkZ2V0czoqJywgJ2NlOionLCAnY2xvdWRmcm9udDoqJywgJ3JvdXRlNTM6KicsICdzdXBwb3J0OionLCAnaGVhbHRoOionLCAnYWNjb3VudDoqJ10sXG4gICAgICBSZXNvdXJjZTogJyonLFxuICAgICAgQ29uZGl0aW9uOiB7IFN0cmluZ05vdEVxdWFsczogeyAnYXdzOlJlcXVlc3RlZFJlZ2lvbic6IGFsbG93ZWRSZWdpb25zIH0gfSxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4geyBWZXJzaW9uOiAnMjAxMi0xMC0xNycsIFN0YXRlbWVudDogc3RhdGVtZW50cyB9O1xufVxuIl19