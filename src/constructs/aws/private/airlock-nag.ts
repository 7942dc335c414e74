/**
 * Acknowledgements of cdk-nag findings that the airlock has by design. cdk-nag 3 matches an
 * acknowledgement by its exact id, and the wildcard rule (IAM5) reports one id per wildcard
 * (`AwsSolutions-IAM5[Resource::<Bucket.Arn>/*]`): `acknowledgeWildcards` computes those ids
 * the way the rule does and acknowledges each with the reason `reasonFor` gives; a wildcard
 * it has no reason for is left for the rule to report.
 */
import { Stack } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { acknowledge } from './acknowledge';

/** Acknowledges `ids` on `scope` with one reason. */
export function ack(scope: IConstruct, ids: string[], reason: string): void {
  for (const id of ids) acknowledge(scope, { id, reason });
}

/** The same id in the three packs the project runs. */
export function allPacks(rule: { aws?: string; hipaa?: string; nist?: string }): string[] {
  return [
    ...(rule.aws ? [`AwsSolutions-${rule.aws}`] : []),
    ...(rule.hipaa ? [`HIPAA.Security-${rule.hipaa}`] : []),
    ...(rule.nist ? [`NIST.800.53.R5-${rule.nist}`] : []),
  ];
}

/** cdk-nag's way of printing a CloudFormation reference (`<Logical.Attr>`, `<Ref>`). */
export function flattenReference(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\${/g, '<').replace(/}/g, '>');
  const o = node as Record<string, any>;
  if (o['Fn::Join']) {
    const [delimiter, items] = o['Fn::Join'];
    return (items as unknown[]).map(flattenReference).join(delimiter);
  }
  if (o['Fn::Sub']) return flattenReference(o['Fn::Sub']);
  if (o['Fn::GetAtt']) {
    const [resource, attribute] = o['Fn::GetAtt'];
    return `<${flattenReference(resource)}.${flattenReference(attribute)}>`;
  }
  if (o['Fn::ImportValue']) return flattenReference(o['Fn::ImportValue']);
  if (o.Ref) return `<${flattenReference(o.Ref)}>`;
  return JSON.stringify(node);
}

/** The IAM5 findings of a policy document (resolved JSON), as `Action::x` / `Resource::y`. */
export function wildcardFindings(document: any): string[] {
  const out = new Set<string>();
  for (const s of document?.Statement ?? []) {
    if (s.Effect !== 'Allow') continue;
    for (const a of [].concat(s.Action ?? [])) if (String(a).includes('*')) out.add(`Action::${a}`);
    for (const r of [].concat(s.Resource ?? []).map(flattenReference)) if (r.includes('*')) out.add(`Resource::${r}`);
  }
  return [...out];
}

/**
 * Acknowledges every wildcard finding of `policy` (a construct whose `document` is a
 * PolicyDocument, e.g. iam.ManagedPolicy) that `reasonFor` explains.
 */
export function acknowledgeWildcards(policy: IConstruct & { document: unknown }, reasonFor: (finding: string) => string | undefined): void {
  const doc = Stack.of(policy).resolve(policy.document);
  for (const finding of wildcardFindings(doc)) {
    const reason = reasonFor(finding);
    if (reason) acknowledge(policy, { id: `AwsSolutions-IAM5[${finding}]`, reason });
  }
}

/**
 * Acknowledges what every deploy-time custom-resource function has by design (invoked only by
 * CloudFormation: no reserved concurrency, nothing to dead-letter), with the reasons it sits
 * outside a VPC and runs the runtime it runs.
 */
export function acknowledgeDeployTimeFunction(scope: IConstruct, reasons: { outsideVpc: string; runtime: string }): void {
  ack(scope, allPacks({ hipaa: 'LambdaInsideVPC', nist: 'LambdaInsideVPC' }), reasons.outsideVpc);
  ack(scope, allPacks({ hipaa: 'LambdaConcurrency', nist: 'LambdaConcurrency' }),
    'Invoked only by CloudFormation during a deploy (one call per stack update or deletion); reserving concurrency for it would take capacity from the account for no benefit.');
  ack(scope, allPacks({ hipaa: 'LambdaDLQ', nist: 'LambdaDLQ' }),
    'CloudFormation invokes this custom-resource function and waits for its answer, failing the deploy when it fails; there is no asynchronous event to dead-letter.');
  ack(scope, ['AwsSolutions-L1'], reasons.runtime);
}
