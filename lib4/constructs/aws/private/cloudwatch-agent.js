"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.cloudWatchAgentPolicy = cloudWatchAgentPolicy;
exports.monitoringEndpoint = monitoringEndpoint;
/**
 * What the Amazon CloudWatch agent of a workspace needs on AWS: permission to publish its
 * metrics into one namespace, and in a lab without internet the `monitoring` interface
 * endpoint (the agent's package comes through the S3 gateway endpoint, whose policy admits
 * the region's `amazoncloudwatch-agent-<region>` bucket: perimeter.ts).
 *
 * Not the managed CloudWatchAgentServerPolicy: it also allows writing to every log group
 * (`logs:CreateLogGroup`, `logs:PutLogEvents` on `*`), `ec2:DescribeVolumes`/`DescribeTags`
 * and reading `AmazonCloudWatch-*` parameters, none of which this configuration uses (metrics
 * only, the instance id from the instance metadata); cdk-nag reports it (IAM4) and would have
 * to be told to accept all of it.
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const airlock_nag_1 = require("./airlock-nag");
const policy_1 = require("../../../workspaces/policy");
/** The agent's permission, in a policy of its own so that its acknowledged wildcard covers nothing else. */
function cloudWatchAgentPolicy(scope, id, role, namespace, what) {
    const policy = new iam.ManagedPolicy(scope, id, {
        description: `CloudWatch agent of ${what}: its metrics, into namespace ${namespace} only`,
        roles: [role],
        statements: [new iam.PolicyStatement({
                sid: 'PublishAgentMetrics',
                actions: ['cloudwatch:PutMetricData'],
                resources: ['*'],
                conditions: { StringEquals: { 'cloudwatch:namespace': namespace } },
            })],
    });
    (0, airlock_nag_1.acknowledgeWildcards)(policy, (finding) => (finding === 'Resource::*'
        ? `cloudwatch:PutMetricData has no resource types in the Service Authorization Reference, so it cannot name a resource; the condition cloudwatch:namespace limits it to the agent's namespace ${namespace}. Nothing is read.`
        : undefined));
    return policy;
}
/**
 * The CloudWatch (monitoring) interface endpoint of the lab's network, when the lab has no
 * route to the internet of its own (egress none or proxied): the agent does not use the egress
 * proxy, and with the endpoint its metrics never leave the VPC. A lab with open egress reaches
 * CloudWatch through its NAT gateway and gets no endpoint (each costs an hourly fee per zone).
 */
function monitoringEndpoint(network) {
    if (network.egress === policy_1.EgressMode.OPEN)
        return undefined;
    const region = aws_cdk_lib_1.Stack.of(network).region;
    return network.addServiceEndpoint('Monitoring', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING, [`monitoring.${aws_cdk_lib_1.Token.isUnresolved(region) ? aws_cdk_lib_1.Aws.REGION : region}.amazonaws.com`]);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiY2xvdWR3YXRjaC1hZ2VudC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL2Nsb3Vkd2F0Y2gtYWdlbnQudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFxQkEsc0RBZUM7QUFRRCxnREFLQztBQWpERDs7Ozs7Ozs7Ozs7R0FXRztBQUNILDZDQUFnRDtBQUNoRCx5REFBMkM7QUFDM0MseURBQTJDO0FBRTNDLCtDQUFxRDtBQUNyRCx1REFBd0Q7QUFHeEQsNEdBQTRHO0FBQzVHLFNBQWdCLHFCQUFxQixDQUFDLEtBQWdCLEVBQUUsRUFBVSxFQUFFLElBQWUsRUFBRSxTQUFpQixFQUFFLElBQVk7SUFDbEgsTUFBTSxNQUFNLEdBQUcsSUFBSSxHQUFHLENBQUMsYUFBYSxDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUU7UUFDOUMsV0FBVyxFQUFFLHVCQUF1QixJQUFJLGlDQUFpQyxTQUFTLE9BQU87UUFDekYsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDO1FBQ2IsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUNuQyxHQUFHLEVBQUUscUJBQXFCO2dCQUMxQixPQUFPLEVBQUUsQ0FBQywwQkFBMEIsQ0FBQztnQkFDckMsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDO2dCQUNoQixVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxzQkFBc0IsRUFBRSxTQUFTLEVBQUUsRUFBRTthQUNwRSxDQUFDLENBQUM7S0FDSixDQUFDLENBQUM7SUFDSCxJQUFBLGtDQUFvQixFQUFDLE1BQU0sRUFBRSxDQUFDLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLEtBQUssYUFBYTtRQUNsRSxDQUFDLENBQUMsOExBQThMLFNBQVMsb0JBQW9CO1FBQzdOLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO0lBQ2hCLE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILFNBQWdCLGtCQUFrQixDQUFDLE9BQW1CO0lBQ3BELElBQUksT0FBTyxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLElBQUk7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6RCxNQUFNLE1BQU0sR0FBRyxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxPQUFPLENBQUMsQ0FBQyxNQUFNLENBQUM7SUFDeEMsT0FBTyxPQUFPLENBQUMsa0JBQWtCLENBQUMsWUFBWSxFQUFFLEdBQUcsQ0FBQyw4QkFBOEIsQ0FBQyxxQkFBcUIsRUFDdEcsQ0FBQyxjQUFjLG1CQUFLLENBQUMsWUFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxpQkFBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTSxnQkFBZ0IsQ0FBQyxDQUFDLENBQUM7QUFDdEYsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogV2hhdCB0aGUgQW1hem9uIENsb3VkV2F0Y2ggYWdlbnQgb2YgYSB3b3Jrc3BhY2UgbmVlZHMgb24gQVdTOiBwZXJtaXNzaW9uIHRvIHB1Ymxpc2ggaXRzXG4gKiBtZXRyaWNzIGludG8gb25lIG5hbWVzcGFjZSwgYW5kIGluIGEgbGFiIHdpdGhvdXQgaW50ZXJuZXQgdGhlIGBtb25pdG9yaW5nYCBpbnRlcmZhY2VcbiAqIGVuZHBvaW50ICh0aGUgYWdlbnQncyBwYWNrYWdlIGNvbWVzIHRocm91Z2ggdGhlIFMzIGdhdGV3YXkgZW5kcG9pbnQsIHdob3NlIHBvbGljeSBhZG1pdHNcbiAqIHRoZSByZWdpb24ncyBgYW1hem9uY2xvdWR3YXRjaC1hZ2VudC08cmVnaW9uPmAgYnVja2V0OiBwZXJpbWV0ZXIudHMpLlxuICpcbiAqIE5vdCB0aGUgbWFuYWdlZCBDbG91ZFdhdGNoQWdlbnRTZXJ2ZXJQb2xpY3k6IGl0IGFsc28gYWxsb3dzIHdyaXRpbmcgdG8gZXZlcnkgbG9nIGdyb3VwXG4gKiAoYGxvZ3M6Q3JlYXRlTG9nR3JvdXBgLCBgbG9nczpQdXRMb2dFdmVudHNgIG9uIGAqYCksIGBlYzI6RGVzY3JpYmVWb2x1bWVzYC9gRGVzY3JpYmVUYWdzYFxuICogYW5kIHJlYWRpbmcgYEFtYXpvbkNsb3VkV2F0Y2gtKmAgcGFyYW1ldGVycywgbm9uZSBvZiB3aGljaCB0aGlzIGNvbmZpZ3VyYXRpb24gdXNlcyAobWV0cmljc1xuICogb25seSwgdGhlIGluc3RhbmNlIGlkIGZyb20gdGhlIGluc3RhbmNlIG1ldGFkYXRhKTsgY2RrLW5hZyByZXBvcnRzIGl0IChJQU00KSBhbmQgd291bGQgaGF2ZVxuICogdG8gYmUgdG9sZCB0byBhY2NlcHQgYWxsIG9mIGl0LlxuICovXG5pbXBvcnQgeyBBd3MsIFN0YWNrLCBUb2tlbiB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgYWNrbm93bGVkZ2VXaWxkY2FyZHMgfSBmcm9tICcuL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IEVncmVzc01vZGUgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3BvbGljeSc7XG5pbXBvcnQgdHlwZSB7IExhYk5ldHdvcmsgfSBmcm9tICcuLi9sYWItbmV0d29yayc7XG5cbi8qKiBUaGUgYWdlbnQncyBwZXJtaXNzaW9uLCBpbiBhIHBvbGljeSBvZiBpdHMgb3duIHNvIHRoYXQgaXRzIGFja25vd2xlZGdlZCB3aWxkY2FyZCBjb3ZlcnMgbm90aGluZyBlbHNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3VkV2F0Y2hBZ2VudFBvbGljeShzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCByb2xlOiBpYW0uSVJvbGUsIG5hbWVzcGFjZTogc3RyaW5nLCB3aGF0OiBzdHJpbmcpOiBpYW0uTWFuYWdlZFBvbGljeSB7XG4gIGNvbnN0IHBvbGljeSA9IG5ldyBpYW0uTWFuYWdlZFBvbGljeShzY29wZSwgaWQsIHtcbiAgICBkZXNjcmlwdGlvbjogYENsb3VkV2F0Y2ggYWdlbnQgb2YgJHt3aGF0fTogaXRzIG1ldHJpY3MsIGludG8gbmFtZXNwYWNlICR7bmFtZXNwYWNlfSBvbmx5YCxcbiAgICByb2xlczogW3JvbGVdLFxuICAgIHN0YXRlbWVudHM6IFtuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICBzaWQ6ICdQdWJsaXNoQWdlbnRNZXRyaWNzJyxcbiAgICAgIGFjdGlvbnM6IFsnY2xvdWR3YXRjaDpQdXRNZXRyaWNEYXRhJ10sXG4gICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdFcXVhbHM6IHsgJ2Nsb3Vkd2F0Y2g6bmFtZXNwYWNlJzogbmFtZXNwYWNlIH0gfSxcbiAgICB9KV0sXG4gIH0pO1xuICBhY2tub3dsZWRnZVdpbGRjYXJkcyhwb2xpY3ksIChmaW5kaW5nKSA9PiAoZmluZGluZyA9PT0gJ1Jlc291cmNlOjoqJ1xuICAgID8gYGNsb3Vkd2F0Y2g6UHV0TWV0cmljRGF0YSBoYXMgbm8gcmVzb3VyY2UgdHlwZXMgaW4gdGhlIFNlcnZpY2UgQXV0aG9yaXphdGlvbiBSZWZlcmVuY2UsIHNvIGl0IGNhbm5vdCBuYW1lIGEgcmVzb3VyY2U7IHRoZSBjb25kaXRpb24gY2xvdWR3YXRjaDpuYW1lc3BhY2UgbGltaXRzIGl0IHRvIHRoZSBhZ2VudCdzIG5hbWVzcGFjZSAke25hbWVzcGFjZX0uIE5vdGhpbmcgaXMgcmVhZC5gXG4gICAgOiB1bmRlZmluZWQpKTtcbiAgcmV0dXJuIHBvbGljeTtcbn1cblxuLyoqXG4gKiBUaGUgQ2xvdWRXYXRjaCAobW9uaXRvcmluZykgaW50ZXJmYWNlIGVuZHBvaW50IG9mIHRoZSBsYWIncyBuZXR3b3JrLCB3aGVuIHRoZSBsYWIgaGFzIG5vXG4gKiByb3V0ZSB0byB0aGUgaW50ZXJuZXQgb2YgaXRzIG93biAoZWdyZXNzIG5vbmUgb3IgcHJveGllZCk6IHRoZSBhZ2VudCBkb2VzIG5vdCB1c2UgdGhlIGVncmVzc1xuICogcHJveHksIGFuZCB3aXRoIHRoZSBlbmRwb2ludCBpdHMgbWV0cmljcyBuZXZlciBsZWF2ZSB0aGUgVlBDLiBBIGxhYiB3aXRoIG9wZW4gZWdyZXNzIHJlYWNoZXNcbiAqIENsb3VkV2F0Y2ggdGhyb3VnaCBpdHMgTkFUIGdhdGV3YXkgYW5kIGdldHMgbm8gZW5kcG9pbnQgKGVhY2ggY29zdHMgYW4gaG91cmx5IGZlZSBwZXIgem9uZSkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtb25pdG9yaW5nRW5kcG9pbnQobmV0d29yazogTGFiTmV0d29yayk6IGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludCB8IHVuZGVmaW5lZCB7XG4gIGlmIChuZXR3b3JrLmVncmVzcyA9PT0gRWdyZXNzTW9kZS5PUEVOKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCByZWdpb24gPSBTdGFjay5vZihuZXR3b3JrKS5yZWdpb247XG4gIHJldHVybiBuZXR3b3JrLmFkZFNlcnZpY2VFbmRwb2ludCgnTW9uaXRvcmluZycsIGVjMi5JbnRlcmZhY2VWcGNFbmRwb2ludEF3c1NlcnZpY2UuQ0xPVURXQVRDSF9NT05JVE9SSU5HLFxuICAgIFtgbW9uaXRvcmluZy4ke1Rva2VuLmlzVW5yZXNvbHZlZChyZWdpb24pID8gQXdzLlJFR0lPTiA6IHJlZ2lvbn0uYW1hem9uYXdzLmNvbWBdKTtcbn1cbiJdfQ==