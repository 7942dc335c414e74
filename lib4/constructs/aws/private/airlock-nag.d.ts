import { IConstruct } from 'constructs';
/** Acknowledges `ids` on `scope` with one reason. */
export declare function ack(scope: IConstruct, ids: string[], reason: string): void;
/** The same id in the three packs the project runs. */
export declare function allPacks(rule: {
    aws?: string;
    hipaa?: string;
    nist?: string;
}): string[];
/** cdk-nag's way of printing a CloudFormation reference (`<Logical.Attr>`, `<Ref>`). */
export declare function flattenReference(node: unknown): string;
/** The IAM5 findings of a policy document (resolved JSON), as `Action::x` / `Resource::y`. */
export declare function wildcardFindings(document: any): string[];
/**
 * Acknowledges every wildcard finding of `policy` (a construct whose `document` is a
 * PolicyDocument, e.g. iam.ManagedPolicy) that `reasonFor` explains.
 */
export declare function acknowledgeWildcards(policy: IConstruct & {
    document: unknown;
}, reasonFor: (finding: string) => string | undefined): void;
/**
 * Acknowledges what every deploy-time custom-resource function has by design (invoked only by
 * CloudFormation: no reserved concurrency, nothing to dead-letter), with the reasons it sits
 * outside a VPC and runs the runtime it runs.
 */
export declare function acknowledgeDeployTimeFunction(scope: IConstruct, reasons: {
    outsideVpc: string;
    runtime: string;
}): void;
