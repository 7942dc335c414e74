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
import { Aws, Stack, Token } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from './airlock-nag';
import { EgressMode } from '../../../workspaces/policy';
import type { LabNetwork } from '../lab-network';

/** The agent's permission, in a policy of its own so that its acknowledged wildcard covers nothing else. */
export function cloudWatchAgentPolicy(scope: Construct, id: string, role: iam.IRole, namespace: string, what: string): iam.ManagedPolicy {
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
  acknowledgeWildcards(policy, (finding) => (finding === 'Resource::*'
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
export function monitoringEndpoint(network: LabNetwork): ec2.InterfaceVpcEndpoint | undefined {
  if (network.egress === EgressMode.OPEN) return undefined;
  const region = Stack.of(network).region;
  return network.addServiceEndpoint('Monitoring', ec2.InterfaceVpcEndpointAwsService.CLOUDWATCH_MONITORING,
    [`monitoring.${Token.isUnresolved(region) ? Aws.REGION : region}.amazonaws.com`]);
}
