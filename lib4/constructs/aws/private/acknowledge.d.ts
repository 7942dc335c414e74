import { IConstruct } from 'constructs';
/** cx-api's DISABLE_CREATION_STACK_TRACES (a literal here: cx-api is a large module to load for one string). */
export declare const DISABLE_CREATION_STACK_TRACES = "aws:cdk:disable-creation-stack-traces";
/** Acknowledges one finding on `scope` (Validations.of(scope).acknowledge), without the caller's stack where creation stacks are off. */
export declare function acknowledge(scope: IConstruct, rule: {
    readonly id: string;
    readonly reason: string;
}): void;
