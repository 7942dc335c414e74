"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ack = ack;
exports.allPacks = allPacks;
exports.flattenReference = flattenReference;
exports.wildcardFindings = wildcardFindings;
exports.acknowledgeWildcards = acknowledgeWildcards;
exports.acknowledgeDeployTimeFunction = acknowledgeDeployTimeFunction;
/**
 * Acknowledgements of cdk-nag findings that the airlock has by design. cdk-nag 3 matches an
 * acknowledgement by its exact id, and the wildcard rule (IAM5) reports one id per wildcard
 * (`AwsSolutions-IAM5[Resource::<Bucket.Arn>/*]`): `acknowledgeWildcards` computes those ids
 * the way the rule does and acknowledges each with the reason `reasonFor` gives; a wildcard
 * it has no reason for is left for the rule to report.
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const acknowledge_1 = require("./acknowledge");
/** Acknowledges `ids` on `scope` with one reason. */
function ack(scope, ids, reason) {
    for (const id of ids)
        (0, acknowledge_1.acknowledge)(scope, { id, reason });
}
/** The same id in the three packs the project runs. */
function allPacks(rule) {
    return [
        ...(rule.aws ? [`AwsSolutions-${rule.aws}`] : []),
        ...(rule.hipaa ? [`HIPAA.Security-${rule.hipaa}`] : []),
        ...(rule.nist ? [`NIST.800.53.R5-${rule.nist}`] : []),
    ];
}
/** cdk-nag's way of printing a CloudFormation reference (`<Logical.Attr>`, `<Ref>`). */
function flattenReference(node) {
    if (node === undefined)
        return '';
    if (typeof node === 'string')
        return node.replace(/\${/g, '<').replace(/}/g, '>');
    const o = node;
    if (o['Fn::Join']) {
        const [delimiter, items] = o['Fn::Join'];
        return items.map(flattenReference).join(delimiter);
    }
    if (o['Fn::Sub'])
        return flattenReference(o['Fn::Sub']);
    if (o['Fn::GetAtt']) {
        const [resource, attribute] = o['Fn::GetAtt'];
        return `<${flattenReference(resource)}.${flattenReference(attribute)}>`;
    }
    if (o['Fn::ImportValue'])
        return flattenReference(o['Fn::ImportValue']);
    if (o.Ref)
        return `<${flattenReference(o.Ref)}>`;
    return JSON.stringify(node);
}
/** The IAM5 findings of a policy document (resolved JSON), as `Action::x` / `Resource::y`. */
function wildcardFindings(document) {
    const out = new Set();
    for (const s of document?.Statement ?? []) {
        if (s.Effect !== 'Allow')
            continue;
        for (const a of [].concat(s.Action ?? []))
            if (String(a).includes('*'))
                out.add(`Action::${a}`);
        for (const r of [].concat(s.Resource ?? []).map(flattenReference))
            if (r.includes('*'))
                out.add(`Resource::${r}`);
    }
    return [...out];
}
/**
 * Acknowledges every wildcard finding of `policy` (a construct whose `document` is a
 * PolicyDocument, e.g. iam.ManagedPolicy) that `reasonFor` explains.
 */
function acknowledgeWildcards(policy, reasonFor) {
    const doc = aws_cdk_lib_1.Stack.of(policy).resolve(policy.document);
    for (const finding of wildcardFindings(doc)) {
        const reason = reasonFor(finding);
        if (reason)
            (0, acknowledge_1.acknowledge)(policy, { id: `AwsSolutions-IAM5[${finding}]`, reason });
    }
}
/**
 * Acknowledges what every deploy-time custom-resource function has by design (invoked only by
 * CloudFormation: no reserved concurrency, nothing to dead-letter), with the reasons it sits
 * outside a VPC and runs the runtime it runs.
 */
function acknowledgeDeployTimeFunction(scope, reasons) {
    ack(scope, allPacks({ hipaa: 'LambdaInsideVPC', nist: 'LambdaInsideVPC' }), reasons.outsideVpc);
    ack(scope, allPacks({ hipaa: 'LambdaConcurrency', nist: 'LambdaConcurrency' }), 'Invoked only by CloudFormation during a deploy (one call per stack update or deletion); reserving concurrency for it would take capacity from the account for no benefit.');
    ack(scope, allPacks({ hipaa: 'LambdaDLQ', nist: 'LambdaDLQ' }), 'CloudFormation invokes this custom-resource function and waits for its answer, failing the deploy when it fails; there is no asynchronous event to dead-letter.');
    ack(scope, ['AwsSolutions-L1'], reasons.runtime);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1uYWcuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvY29uc3RydWN0cy9hd3MvcHJpdmF0ZS9haXJsb2NrLW5hZy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOztBQVlBLGtCQUVDO0FBR0QsNEJBTUM7QUFHRCw0Q0FnQkM7QUFHRCw0Q0FRQztBQU1ELG9EQU1DO0FBT0Qsc0VBT0M7QUEvRUQ7Ozs7OztHQU1HO0FBQ0gsNkNBQW9DO0FBRXBDLCtDQUE0QztBQUU1QyxxREFBcUQ7QUFDckQsU0FBZ0IsR0FBRyxDQUFDLEtBQWlCLEVBQUUsR0FBYSxFQUFFLE1BQWM7SUFDbEUsS0FBSyxNQUFNLEVBQUUsSUFBSSxHQUFHO1FBQUUsSUFBQSx5QkFBVyxFQUFDLEtBQUssRUFBRSxFQUFFLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBQzNELENBQUM7QUFFRCx1REFBdUQ7QUFDdkQsU0FBZ0IsUUFBUSxDQUFDLElBQXFEO0lBQzVFLE9BQU87UUFDTCxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsSUFBSSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNqRCxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN2RCxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxrQkFBa0IsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztLQUN0RCxDQUFDO0FBQ0osQ0FBQztBQUVELHdGQUF3RjtBQUN4RixTQUFnQixnQkFBZ0IsQ0FBQyxJQUFhO0lBQzVDLElBQUksSUFBSSxLQUFLLFNBQVM7UUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNsQyxJQUFJLE9BQU8sSUFBSSxLQUFLLFFBQVE7UUFBRSxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDbEYsTUFBTSxDQUFDLEdBQUcsSUFBMkIsQ0FBQztJQUN0QyxJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsRUFBRSxDQUFDO1FBQ2xCLE1BQU0sQ0FBQyxTQUFTLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQ3pDLE9BQVEsS0FBbUIsQ0FBQyxHQUFHLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUM7SUFDcEUsQ0FBQztJQUNELElBQUksQ0FBQyxDQUFDLFNBQVMsQ0FBQztRQUFFLE9BQU8sZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDeEQsSUFBSSxDQUFDLENBQUMsWUFBWSxDQUFDLEVBQUUsQ0FBQztRQUNwQixNQUFNLENBQUMsUUFBUSxFQUFFLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUM5QyxPQUFPLElBQUksZ0JBQWdCLENBQUMsUUFBUSxDQUFDLElBQUksZ0JBQWdCLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQztJQUMxRSxDQUFDO0lBQ0QsSUFBSSxDQUFDLENBQUMsaUJBQWlCLENBQUM7UUFBRSxPQUFPLGdCQUFnQixDQUFDLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDLENBQUM7SUFDeEUsSUFBSSxDQUFDLENBQUMsR0FBRztRQUFFLE9BQU8sSUFBSSxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQztJQUNqRCxPQUFPLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7QUFDOUIsQ0FBQztBQUVELDhGQUE4RjtBQUM5RixTQUFnQixnQkFBZ0IsQ0FBQyxRQUFhO0lBQzVDLE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDOUIsS0FBSyxNQUFNLENBQUMsSUFBSSxRQUFRLEVBQUUsU0FBUyxJQUFJLEVBQUUsRUFBRSxDQUFDO1FBQzFDLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxPQUFPO1lBQUUsU0FBUztRQUNuQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxFQUFFLENBQUM7WUFBRSxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDO2dCQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2hHLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQztZQUFFLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUM7Z0JBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxhQUFhLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDcEgsQ0FBQztJQUNELE9BQU8sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDO0FBQ2xCLENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixvQkFBb0IsQ0FBQyxNQUEwQyxFQUFFLFNBQWtEO0lBQ2pJLE1BQU0sR0FBRyxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDdEQsS0FBSyxNQUFNLE9BQU8sSUFBSSxnQkFBZ0IsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQzVDLE1BQU0sTUFBTSxHQUFHLFNBQVMsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUNsQyxJQUFJLE1BQU07WUFBRSxJQUFBLHlCQUFXLEVBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLHFCQUFxQixPQUFPLEdBQUcsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0lBQ25GLENBQUM7QUFDSCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLDZCQUE2QixDQUFDLEtBQWlCLEVBQUUsT0FBZ0Q7SUFDL0csR0FBRyxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixFQUFFLENBQUMsRUFBRSxPQUFPLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDaEcsR0FBRyxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUMsRUFBRSxLQUFLLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxFQUFFLG1CQUFtQixFQUFFLENBQUMsRUFDNUUsMktBQTJLLENBQUMsQ0FBQztJQUMvSyxHQUFHLENBQUMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxFQUFFLEtBQUssRUFBRSxXQUFXLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxDQUFDLEVBQzVELGlLQUFpSyxDQUFDLENBQUM7SUFDckssR0FBRyxDQUFDLEtBQUssRUFBRSxDQUFDLGlCQUFpQixDQUFDLEVBQUUsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDO0FBQ25ELENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEFja25vd2xlZGdlbWVudHMgb2YgY2RrLW5hZyBmaW5kaW5ncyB0aGF0IHRoZSBhaXJsb2NrIGhhcyBieSBkZXNpZ24uIGNkay1uYWcgMyBtYXRjaGVzIGFuXG4gKiBhY2tub3dsZWRnZW1lbnQgYnkgaXRzIGV4YWN0IGlkLCBhbmQgdGhlIHdpbGRjYXJkIHJ1bGUgKElBTTUpIHJlcG9ydHMgb25lIGlkIHBlciB3aWxkY2FyZFxuICogKGBBd3NTb2x1dGlvbnMtSUFNNVtSZXNvdXJjZTo6PEJ1Y2tldC5Bcm4+LypdYCk6IGBhY2tub3dsZWRnZVdpbGRjYXJkc2AgY29tcHV0ZXMgdGhvc2UgaWRzXG4gKiB0aGUgd2F5IHRoZSBydWxlIGRvZXMgYW5kIGFja25vd2xlZGdlcyBlYWNoIHdpdGggdGhlIHJlYXNvbiBgcmVhc29uRm9yYCBnaXZlczsgYSB3aWxkY2FyZFxuICogaXQgaGFzIG5vIHJlYXNvbiBmb3IgaXMgbGVmdCBmb3IgdGhlIHJ1bGUgdG8gcmVwb3J0LlxuICovXG5pbXBvcnQgeyBTdGFjayB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCB7IElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGFja25vd2xlZGdlIH0gZnJvbSAnLi9hY2tub3dsZWRnZSc7XG5cbi8qKiBBY2tub3dsZWRnZXMgYGlkc2Agb24gYHNjb3BlYCB3aXRoIG9uZSByZWFzb24uICovXG5leHBvcnQgZnVuY3Rpb24gYWNrKHNjb3BlOiBJQ29uc3RydWN0LCBpZHM6IHN0cmluZ1tdLCByZWFzb246IHN0cmluZyk6IHZvaWQge1xuICBmb3IgKGNvbnN0IGlkIG9mIGlkcykgYWNrbm93bGVkZ2Uoc2NvcGUsIHsgaWQsIHJlYXNvbiB9KTtcbn1cblxuLyoqIFRoZSBzYW1lIGlkIGluIHRoZSB0aHJlZSBwYWNrcyB0aGUgcHJvamVjdCBydW5zLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFsbFBhY2tzKHJ1bGU6IHsgYXdzPzogc3RyaW5nOyBoaXBhYT86IHN0cmluZzsgbmlzdD86IHN0cmluZyB9KTogc3RyaW5nW10ge1xuICByZXR1cm4gW1xuICAgIC4uLihydWxlLmF3cyA/IFtgQXdzU29sdXRpb25zLSR7cnVsZS5hd3N9YF0gOiBbXSksXG4gICAgLi4uKHJ1bGUuaGlwYWEgPyBbYEhJUEFBLlNlY3VyaXR5LSR7cnVsZS5oaXBhYX1gXSA6IFtdKSxcbiAgICAuLi4ocnVsZS5uaXN0ID8gW2BOSVNULjgwMC41My5SNS0ke3J1bGUubmlzdH1gXSA6IFtdKSxcbiAgXTtcbn1cblxuLyoqIGNkay1uYWcncyB3YXkgb2YgcHJpbnRpbmcgYSBDbG91ZEZvcm1hdGlvbiByZWZlcmVuY2UgKGA8TG9naWNhbC5BdHRyPmAsIGA8UmVmPmApLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZsYXR0ZW5SZWZlcmVuY2Uobm9kZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmIChub2RlID09PSB1bmRlZmluZWQpIHJldHVybiAnJztcbiAgaWYgKHR5cGVvZiBub2RlID09PSAnc3RyaW5nJykgcmV0dXJuIG5vZGUucmVwbGFjZSgvXFwkey9nLCAnPCcpLnJlcGxhY2UoL30vZywgJz4nKTtcbiAgY29uc3QgbyA9IG5vZGUgYXMgUmVjb3JkPHN0cmluZywgYW55PjtcbiAgaWYgKG9bJ0ZuOjpKb2luJ10pIHtcbiAgICBjb25zdCBbZGVsaW1pdGVyLCBpdGVtc10gPSBvWydGbjo6Sm9pbiddO1xuICAgIHJldHVybiAoaXRlbXMgYXMgdW5rbm93bltdKS5tYXAoZmxhdHRlblJlZmVyZW5jZSkuam9pbihkZWxpbWl0ZXIpO1xuICB9XG4gIGlmIChvWydGbjo6U3ViJ10pIHJldHVybiBmbGF0dGVuUmVmZXJlbmNlKG9bJ0ZuOjpTdWInXSk7XG4gIGlmIChvWydGbjo6R2V0QXR0J10pIHtcbiAgICBjb25zdCBbcmVzb3VyY2UsIGF0dHJpYnV0ZV0gPSBvWydGbjo6R2V0QXR0J107XG4gICAgcmV0dXJuIGA8JHtmbGF0dGVuUmVmZXJlbmNlKHJlc291cmNlKX0uJHtmbGF0dGVuUmVmZXJlbmNlKGF0dHJpYnV0ZSl9PmA7XG4gIH1cbiAgaWYgKG9bJ0ZuOjpJbXBvcnRWYWx1ZSddKSByZXR1cm4gZmxhdHRlblJlZmVyZW5jZShvWydGbjo6SW1wb3J0VmFsdWUnXSk7XG4gIGlmIChvLlJlZikgcmV0dXJuIGA8JHtmbGF0dGVuUmVmZXJlbmNlKG8uUmVmKX0+YDtcbiAgcmV0dXJuIEpTT04uc3RyaW5naWZ5KG5vZGUpO1xufVxuXG4vKiogVGhlIElBTTUgZmluZGluZ3Mgb2YgYSBwb2xpY3kgZG9jdW1lbnQgKHJlc29sdmVkIEpTT04pLCBhcyBgQWN0aW9uOjp4YCAvIGBSZXNvdXJjZTo6eWAuICovXG5leHBvcnQgZnVuY3Rpb24gd2lsZGNhcmRGaW5kaW5ncyhkb2N1bWVudDogYW55KTogc3RyaW5nW10ge1xuICBjb25zdCBvdXQgPSBuZXcgU2V0PHN0cmluZz4oKTtcbiAgZm9yIChjb25zdCBzIG9mIGRvY3VtZW50Py5TdGF0ZW1lbnQgPz8gW10pIHtcbiAgICBpZiAocy5FZmZlY3QgIT09ICdBbGxvdycpIGNvbnRpbnVlO1xuICAgIGZvciAoY29uc3QgYSBvZiBbXS5jb25jYXQocy5BY3Rpb24gPz8gW10pKSBpZiAoU3RyaW5nKGEpLmluY2x1ZGVzKCcqJykpIG91dC5hZGQoYEFjdGlvbjo6JHthfWApO1xuICAgIGZvciAoY29uc3QgciBvZiBbXS5jb25jYXQocy5SZXNvdXJjZSA/PyBbXSkubWFwKGZsYXR0ZW5SZWZlcmVuY2UpKSBpZiAoci5pbmNsdWRlcygnKicpKSBvdXQuYWRkKGBSZXNvdXJjZTo6JHtyfWApO1xuICB9XG4gIHJldHVybiBbLi4ub3V0XTtcbn1cblxuLyoqXG4gKiBBY2tub3dsZWRnZXMgZXZlcnkgd2lsZGNhcmQgZmluZGluZyBvZiBgcG9saWN5YCAoYSBjb25zdHJ1Y3Qgd2hvc2UgYGRvY3VtZW50YCBpcyBhXG4gKiBQb2xpY3lEb2N1bWVudCwgZS5nLiBpYW0uTWFuYWdlZFBvbGljeSkgdGhhdCBgcmVhc29uRm9yYCBleHBsYWlucy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFja25vd2xlZGdlV2lsZGNhcmRzKHBvbGljeTogSUNvbnN0cnVjdCAmIHsgZG9jdW1lbnQ6IHVua25vd24gfSwgcmVhc29uRm9yOiAoZmluZGluZzogc3RyaW5nKSA9PiBzdHJpbmcgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgY29uc3QgZG9jID0gU3RhY2sub2YocG9saWN5KS5yZXNvbHZlKHBvbGljeS5kb2N1bWVudCk7XG4gIGZvciAoY29uc3QgZmluZGluZyBvZiB3aWxkY2FyZEZpbmRpbmdzKGRvYykpIHtcbiAgICBjb25zdCByZWFzb24gPSByZWFzb25Gb3IoZmluZGluZyk7XG4gICAgaWYgKHJlYXNvbikgYWNrbm93bGVkZ2UocG9saWN5LCB7IGlkOiBgQXdzU29sdXRpb25zLUlBTTVbJHtmaW5kaW5nfV1gLCByZWFzb24gfSk7XG4gIH1cbn1cblxuLyoqXG4gKiBBY2tub3dsZWRnZXMgd2hhdCBldmVyeSBkZXBsb3ktdGltZSBjdXN0b20tcmVzb3VyY2UgZnVuY3Rpb24gaGFzIGJ5IGRlc2lnbiAoaW52b2tlZCBvbmx5IGJ5XG4gKiBDbG91ZEZvcm1hdGlvbjogbm8gcmVzZXJ2ZWQgY29uY3VycmVuY3ksIG5vdGhpbmcgdG8gZGVhZC1sZXR0ZXIpLCB3aXRoIHRoZSByZWFzb25zIGl0IHNpdHNcbiAqIG91dHNpZGUgYSBWUEMgYW5kIHJ1bnMgdGhlIHJ1bnRpbWUgaXQgcnVucy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFja25vd2xlZGdlRGVwbG95VGltZUZ1bmN0aW9uKHNjb3BlOiBJQ29uc3RydWN0LCByZWFzb25zOiB7IG91dHNpZGVWcGM6IHN0cmluZzsgcnVudGltZTogc3RyaW5nIH0pOiB2b2lkIHtcbiAgYWNrKHNjb3BlLCBhbGxQYWNrcyh7IGhpcGFhOiAnTGFtYmRhSW5zaWRlVlBDJywgbmlzdDogJ0xhbWJkYUluc2lkZVZQQycgfSksIHJlYXNvbnMub3V0c2lkZVZwYyk7XG4gIGFjayhzY29wZSwgYWxsUGFja3MoeyBoaXBhYTogJ0xhbWJkYUNvbmN1cnJlbmN5JywgbmlzdDogJ0xhbWJkYUNvbmN1cnJlbmN5JyB9KSxcbiAgICAnSW52b2tlZCBvbmx5IGJ5IENsb3VkRm9ybWF0aW9uIGR1cmluZyBhIGRlcGxveSAob25lIGNhbGwgcGVyIHN0YWNrIHVwZGF0ZSBvciBkZWxldGlvbik7IHJlc2VydmluZyBjb25jdXJyZW5jeSBmb3IgaXQgd291bGQgdGFrZSBjYXBhY2l0eSBmcm9tIHRoZSBhY2NvdW50IGZvciBubyBiZW5lZml0LicpO1xuICBhY2soc2NvcGUsIGFsbFBhY2tzKHsgaGlwYWE6ICdMYW1iZGFETFEnLCBuaXN0OiAnTGFtYmRhRExRJyB9KSxcbiAgICAnQ2xvdWRGb3JtYXRpb24gaW52b2tlcyB0aGlzIGN1c3RvbS1yZXNvdXJjZSBmdW5jdGlvbiBhbmQgd2FpdHMgZm9yIGl0cyBhbnN3ZXIsIGZhaWxpbmcgdGhlIGRlcGxveSB3aGVuIGl0IGZhaWxzOyB0aGVyZSBpcyBubyBhc3luY2hyb25vdXMgZXZlbnQgdG8gZGVhZC1sZXR0ZXIuJyk7XG4gIGFjayhzY29wZSwgWydBd3NTb2x1dGlvbnMtTDEnXSwgcmVhc29ucy5ydW50aW1lKTtcbn1cbiJdfQ==