/**
 * Template hygiene for resources aws-cdk-lib generates inside the airlock.
 */
import { CfnResource, Lazy, Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';

/**
 * Removes from `resource`'s DependsOn the resources it already references with Ref or
 * Fn::GetAtt (cfn-lint W3005): aws-cdk-lib adds both for a Lambda function and its role, and
 * for a trail and its CloudWatch Logs role. The other dependencies are kept, in order.
 */
export function dropRedundantDependsOn(resource: CfnResource, referenced: IConstruct[]): void {
  const stack = Stack.of(resource);
  const drop = new Set(referenced.map((c) => (CfnResource.isCfnResource(c) ? c : c.node.defaultChild) as CfnResource).filter(Boolean));
  resource.addOverride('DependsOn', Lazy.any({
    produce: () => {
      const keep = resource.obtainDependencies()
        .filter((d): d is CfnResource => CfnResource.isCfnResource(d) && !drop.has(d) && Stack.of(d) === stack)
        .map((d) => stack.resolve(d.logicalId) as string);
      const unique = [...new Set(keep)].sort();
      return unique.length ? unique : undefined;
    },
  }));
}
