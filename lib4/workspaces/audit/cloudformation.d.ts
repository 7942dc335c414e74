/**
 * The egress audit of CloudFormation output (AWS labs and AWS permits): reads the templates of
 * a stack and its nested stacks as plain JSON and computes, for every EC2 instance, what it can
 * reach: routes and their targets (internet gateway, NAT, Network Firewall endpoint),
 * security-group egress, VPC endpoint policies (principal and resource account), the Route 53
 * Resolver DNS firewall of the VPC, and the Network Firewall policy on the path.
 */
import { AuditedUnit, AuditMode } from './model';
/** One template of a stack tree. */
export interface CfnTemplate {
    /** Stack name (root) or nested stack path. */
    readonly name: string;
    /** File it was read from. */
    readonly file: string;
    /** The parsed template. */
    readonly template: any;
    /** The parent template and the AWS::CloudFormation::Stack resource that creates this one. */
    readonly parent?: {
        readonly template: CfnTemplate;
        readonly resourceId: string;
    };
}
/** Options of a CloudFormation audit. */
export interface CfnAuditOptions {
    /** The egress of a lab whose templates do not say it (`rws audit --egress`). */
    readonly egress?: AuditMode;
    /** Network of a permit role in a status (from the permit lifecycle). */
    readonly permitNetwork?: (status: string, role: string) => string | undefined;
}
/** Template metadata key under which LabStack records the lab's name and egress. */
export declare const LAB_METADATA_KEY = "cdk-research-workspaces:lab";
/** Domains that cover far more than package mirrors: everything, a TLD, or every AWS service endpoint. */
export declare function tooBroad(domain: string): boolean;
/**
 * DNS allowances that let a workspace resolve names of zones an attacker can own: everything or
 * a whole TLD. (Names under amazonaws.com are answered by AWS's own servers, so allowing them
 * opens no tunnel; whether their addresses can be reached is the network path's question.)
 */
export declare function dnsTooBroad(domain: string): boolean;
/** Audits one stack tree (a root template and its nested templates). */
export declare function auditCloudFormation(root: CfnTemplate, templates: CfnTemplate[], options?: CfnAuditOptions): AuditedUnit;
