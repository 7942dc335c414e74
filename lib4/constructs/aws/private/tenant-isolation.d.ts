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
export declare function boundaryNamePrefix(tenant: string): string;
/**
 * The prefix of the stack names of a tenant (the tenant stack and its labs), and so of the
 * bucket names CloudFormation generates in them. Tenant names never hold `--` nor end with a
 * dash, so no tenant's prefix is the beginning of another's.
 */
export declare function tenantStackPrefix(institution: string, tenant: string): string;
/** The boundary statements of a lab of `tenant`, given the stack prefixes of the other tenants. */
export declare function tenantIsolationStatements(tenant: string, otherTenantPrefixes: string[], partition: string): iam.PolicyStatement[];
/** Principals the service control policy lets change boundaries and audit: the CDK deployment's CloudFormation role. */
export declare const DEPLOYMENT_ROLE_PATTERN = "arn:*:iam::*:role/cdk-*-cfn-exec-role-*";
/** Roles the CDK bootstrap creates (no boundary; created before any lab). */
export declare const BOOTSTRAP_ROLE_PATTERN = "arn:*:iam::*:role/cdk-*";
/**
 * The service control policy of a tenant's OU: it binds everyone in the tenant's account,
 * including its administrators, and is itself out of their reach (it lives in the management
 * account).
 */
export declare function tenantServiceControlPolicy(tenant: string, allowedRegions: string[] | undefined): any;
