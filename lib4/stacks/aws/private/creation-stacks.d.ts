/**
 * Creation stack traces: aws-cdk-lib records, for every CloudFormation element, the JavaScript
 * stack that created it (metadata `aws:cdk:creationStack` in the cloud assembly). Nothing in a
 * template depends on them; they only help find which line of an app made a resource, and
 * capturing them is one of the larger costs of building a lab (issue 18). Our stacks turn them
 * off for their own subtree, unless the app decided otherwise: an explicit value of the context
 * key `aws:cdk:disable-creation-stack-traces` (cdk.json, `--context`, App `context`) wins, and
 * CDK_DEBUG=true brings them back (aws-cdk-lib checks it at each element).
 */
import { Construct } from 'constructs';
import { DISABLE_CREATION_STACK_TRACES } from '../../../constructs/aws/private/acknowledge';
export { DISABLE_CREATION_STACK_TRACES };
/**
 * Turns creation stack traces off below `scope` when nothing above it chose. Context can only
 * be set on a construct without children, so call it first thing in a stack's constructor;
 * a scope that already has children is left as it is.
 */
export declare function skipCreationStackTraces(scope: Construct): void;
