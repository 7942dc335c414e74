/**
 * Template hygiene for resources aws-cdk-lib generates inside the airlock.
 */
import { CfnResource } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
/**
 * Removes from `resource`'s DependsOn the resources it already references with Ref or
 * Fn::GetAtt (cfn-lint W3005): aws-cdk-lib adds both for a Lambda function and its role, and
 * for a trail and its CloudWatch Logs role. The other dependencies are kept, in order.
 */
export declare function dropRedundantDependsOn(resource: CfnResource, referenced: IConstruct[]): void;
