/**
 * Acknowledgments of validation findings (cdk-nag, CloudFormation Validate) that the kit's
 * constructs have by design, recorded as `Validations.acknowledge` records them.
 *
 * aws-cdk-lib records each acknowledgment with the JavaScript stack that made it, whatever the
 * app's choice about creation stack traces. A lab records about ten per workspace: at 1,000
 * workspaces their stacks are about 30 MB of a synthesis's live memory and 11 MB of the cloud
 * assembly's metadata, for nothing the user reads (the acknowledgment names its rule, reason and
 * construct path). Below a scope where creation stack traces are off (context
 * `aws:cdk:disable-creation-stack-traces`, which LabStack and PermitStack set for their subtree
 * unless the app chose), the stack is left out as aws-cdk-lib leaves out creation stacks there;
 * CDK_DEBUG=true keeps it, as it keeps creation stacks.
 */
import { Validations } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/** cx-api's DISABLE_CREATION_STACK_TRACES (a literal here: cx-api is a large module to load for one string). */
export const DISABLE_CREATION_STACK_TRACES = 'aws:cdk:disable-creation-stack-traces';

/** aws-cdk-lib's own test of CDK_DEBUG (debugModeEnabled). */
function debugMode(): boolean {
  return ['1', 'on', 'true'].includes((process.env.CDK_DEBUG ?? '').toLowerCase());
}

/** Whether aws-cdk-lib records creation stacks below `scope`: the same rule as its CfnElement's. */
function creationStacksOn(scope: IConstruct): boolean {
  return !scope.node.tryGetContext(DISABLE_CREATION_STACK_TRACES) || debugMode();
}

/** Acknowledges one finding on `scope` (Validations.of(scope).acknowledge), without the caller's stack where creation stacks are off. */
export function acknowledge(scope: IConstruct, rule: { readonly id: string; readonly reason: string }): void {
  if (creationStacksOn(scope)) {
    Validations.of(scope).acknowledge(rule);
    return;
  }
  // aws-cdk-lib captures the stack with Error.captureStackTrace: with no frames to capture it
  // records one line saying so instead of the stack.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    Validations.of(scope).acknowledge(rule);
  } finally {
    Error.stackTraceLimit = limit;
  }
}
