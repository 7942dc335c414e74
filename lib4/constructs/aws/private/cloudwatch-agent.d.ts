import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { LabNetwork } from '../lab-network';
/** The agent's permission, in a policy of its own so that its acknowledged wildcard covers nothing else. */
export declare function cloudWatchAgentPolicy(scope: Construct, id: string, role: iam.IRole, namespace: string, what: string): iam.ManagedPolicy;
/**
 * The CloudWatch (monitoring) interface endpoint of the lab's network, when the lab has no
 * route to the internet of its own (egress none or proxied): the agent does not use the egress
 * proxy, and with the endpoint its metrics never leave the VPC. A lab with open egress reaches
 * CloudWatch through its NAT gateway and gets no endpoint (each costs an hourly fee per zone).
 */
export declare function monitoringEndpoint(network: LabNetwork): ec2.InterfaceVpcEndpoint | undefined;
