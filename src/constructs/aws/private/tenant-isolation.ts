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
import * as iam from 'aws-cdk-lib/aws-iam';
import { TENANT_TAG } from '../../../workspaces/private/tags';

/** The tag that names a resource's tenant. */
export { TENANT_TAG };

/** The prefix of the names of a tenant's boundaries. */
export function boundaryNamePrefix(tenant: string): string {
  return `rws-boundary-${tenant}-`;
}

/**
 * The prefix of the stack names of a tenant (the tenant stack and its labs), and so of the
 * bucket names CloudFormation generates in them. Tenant names never hold `--` nor end with a
 * dash, so no tenant's prefix is the beginning of another's.
 */
export function tenantStackPrefix(institution: string, tenant: string): string {
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
export function tenantIsolationStatements(tenant: string, otherTenantPrefixes: string[], partition: string): iam.PolicyStatement[] {
  const out = [
    new iam.PolicyStatement({
      sid: 'TenantResourcesOnly',
      effect: iam.Effect.DENY,
      actions: TAGGED_SERVICES,
      resources: ['*'],
      conditions: {
        Null: { [`aws:ResourceTag/${TENANT_TAG}`]: 'false' },
        StringNotEquals: { [`aws:ResourceTag/${TENANT_TAG}`]: tenant },
      },
    }),
    new iam.PolicyStatement({
      sid: 'TenantTagFixed',
      effect: iam.Effect.DENY,
      actions: TAG_ACTIONS,
      resources: ['*'],
      conditions: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [TENANT_TAG] } },
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
export const DEPLOYMENT_ROLE_PATTERN = 'arn:*:iam::*:role/cdk-*-cfn-exec-role-*';
/** Roles the CDK bootstrap creates (no boundary; created before any lab). */
export const BOOTSTRAP_ROLE_PATTERN = 'arn:*:iam::*:role/cdk-*';

/**
 * The service control policy of a tenant's OU: it binds everyone in the tenant's account,
 * including its administrators, and is itself out of their reach (it lives in the management
 * account).
 */
export function tenantServiceControlPolicy(tenant: string, allowedRegions: string[] | undefined): any {
  const exceptDeployment = { ArnNotLike: { 'aws:PrincipalArn': DEPLOYMENT_ROLE_PATTERN } };
  const statements: any[] = [
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
      NotResource: [BOOTSTRAP_ROLE_PATTERN],
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
      Resource: [BOOTSTRAP_ROLE_PATTERN],
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
      Condition: { 'ForAnyValue:StringEquals': { 'aws:TagKeys': [TENANT_TAG] }, ...exceptDeployment },
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
