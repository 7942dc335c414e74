import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { IConstruct } from 'constructs';
/** Throws one error for a bad prop of `scope`. */
export declare function badProp(scope: IConstruct, field: string, value: unknown, problem: string, fix: string, code?: string): never;
/** Whether a value (or any string/number inside an array) is an unresolved token. */
export declare function unresolved(v: unknown): boolean;
/** A whole number in [min, max], unless unresolved. */
export declare function checkInt(scope: IConstruct, field: string, v: number | undefined, min: number, max: number, fix: string): void;
/** A number in [min, max], unless unresolved. */
export declare function checkNumber(scope: IConstruct, field: string, v: number | undefined, min: number, max: number, fix: string): void;
/** An IPv4 or IPv6 CIDR block. */
export declare function isCidr(s: string): boolean;
/** Hex SHA-256. */
export declare function sha256(s: string): string;
/** A name made safe for a construct id / logical id part: letters, digits and `-`. */
export declare function idSafe(s: string): string;
/** Host name label of a service: `<workspace>-<service>`, lower case, DNS-safe. */
export declare function hostLabel(workspaceName: string, serviceName: string): string;
/** Lets CloudWatch Logs in this account and region use a key for log groups. */
export declare function allowLogsService(key: kms.Key): void;
/**
 * A role whose grants go into one customer managed policy attached to it, instead of an
 * inline `DefaultPolicy` (HIPAA/NIST "no inline policies"): same statements, one policy
 * per role, deleted with it.
 */
export declare class ManagedPolicyRole extends iam.Role {
    private managed?;
    addToPrincipalPolicy(statement: iam.PolicyStatement): iam.AddToPrincipalPolicyResult;
}
