/**
 * Prop validation for the AWS constructs: every message names the construct path, the
 * field, the value received and the fix, in the model's diagnostic format.
 */
import * as crypto from 'crypto';
import { Aws, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';
import { fail } from '../../workspaces/private/error';

/** Throws one error for a bad prop of `scope`. */
export function badProp(scope: IConstruct, field: string, value: unknown, problem: string, fix: string, code = 'invalid-prop'): never {
  fail({ code, message: problem, field, value, fix, location: { file: scope.node.path } });
}

/** Whether a value (or any string/number inside an array) is an unresolved token. */
export function unresolved(v: unknown): boolean {
  if (Array.isArray(v)) return Token.isUnresolved(v) || v.some((x) => unresolved(x));
  return v !== undefined && v !== null && Token.isUnresolved(v);
}

/** A whole number in [min, max], unless unresolved. */
export function checkInt(scope: IConstruct, field: string, v: number | undefined, min: number, max: number, fix: string): void {
  if (v === undefined || unresolved(v)) return;
  if (!Number.isInteger(v) || v < min || v > max) {
    badProp(scope, field, v, `must be a whole number from ${min} to ${max}`, fix);
  }
}

/** A number in [min, max], unless unresolved. */
export function checkNumber(scope: IConstruct, field: string, v: number | undefined, min: number, max: number, fix: string): void {
  if (v === undefined || unresolved(v)) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) {
    badProp(scope, field, v, `must be a number from ${min} to ${max}`, fix);
  }
}

/** An IPv4 or IPv6 CIDR block. */
export function isCidr(s: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(s);
  if (v4) return v4.slice(1, 5).every((o) => Number(o) <= 255) && Number(v4[5]) <= 32;
  const v6 = /^([0-9a-f:]+)\/(\d{1,3})$/i.exec(s);
  return !!v6 && v6[1].includes(':') && Number(v6[2]) <= 128;
}

/** Hex SHA-256. */
export function sha256(s: string): string {
  return crypto.createHash('sha256').update(s).digest('hex');
}

/** A name made safe for a construct id / logical id part: letters, digits and `-`. */
export function idSafe(s: string): string {
  return s.replace(/[^A-Za-z0-9-]/g, '-');
}

/** Host name label of a service: `<workspace>-<service>`, lower case, DNS-safe. */
export function hostLabel(workspaceName: string, serviceName: string): string {
  if (Token.isUnresolved(workspaceName)) return workspaceName;
  return `${workspaceName}-${serviceName}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}

/** Lets CloudWatch Logs in this account and region use a key for log groups. */
export function allowLogsService(key: kms.Key): void {
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'AllowCloudWatchLogs',
    principals: [new iam.ServicePrincipal(`logs.${Aws.REGION}.amazonaws.com`)],
    actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
    resources: ['*'],
    conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:*` } },
  }));
}

/**
 * A role whose grants go into one customer managed policy attached to it, instead of an
 * inline `DefaultPolicy` (HIPAA/NIST "no inline policies"): same statements, one policy
 * per role, deleted with it.
 */
export class ManagedPolicyRole extends iam.Role {
  private managed?: iam.ManagedPolicy;

  public addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult {
    if (!this.managed) {
      this.managed = new iam.ManagedPolicy(this, 'Policy', {
        description: `Permissions of ${this.node.path}`,
        roles: [this],
      });
    }
    this.managed.addStatements(statement);
    return { statementAdded: true, policyDependable: this.managed };
  }
}
