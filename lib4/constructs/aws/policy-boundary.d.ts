import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { WorkspacePolicy, WorkspaceRequest } from '../../workspaces/policy';
/**
 * Something a PolicyBoundary checks: a workspace that can describe itself as a policy request.
 */
export interface IPolicySubject extends IConstruct {
    /**
     * The workspace as the policy sees it. Called at validation time, after aspects (tags)
     * have run.
     */
    policyRequest(): WorkspaceRequest;
}
/**
 * Properties of a PolicyBoundary.
 */
export interface PolicyBoundaryProps {
    /** The policy to enforce. */
    readonly policy: WorkspacePolicy;
    /**
     * Lab name, used in the budget's cost filter (tag `research:lab`) and names.
     * @default - the policy's name
     */
    readonly labName?: string;
    /**
     * Email addresses that get budget alerts.
     * @default - no email subscribers (the budget still tracks spend)
     */
    readonly budgetNotificationEmails?: string[];
    /**
     * Alert thresholds as percent of the monthly budget (actual spend), plus a forecast alert at 100%.
     * @default [50, 80, 100]
     */
    readonly budgetAlertThresholds?: number[];
    /**
     * Monthly budget in USD.
     * @default - the policy's `monthlyBudget`; no budget when neither is set
     */
    readonly monthlyBudget?: number;
    /**
     * Apply the permissions boundary to every IAM role and user created in the scope.
     * @default true
     */
    readonly applyPermissionsBoundary?: boolean;
}
/**
 * Attaches a workspace policy to a scope (a lab stack, or any construct) and enforces it twice:
 *
 * - at synth time, every workspace in the scope is checked and `cdk synth` fails listing every
 *   violation with the workspace's path, the rule, the policy's file and line, and the fix;
 * - at run time, an IAM permissions boundary caps every role created in the scope (no
 *   instance types, regions or untagged launches beyond the policy; no IAM escalation), a
 *   CloudFormation rule refuses deployment to a region the policy does not allow, and an
 *   AWS Budget with alert thresholds tracks the lab's spend.
 *
 * @example
 * new PolicyBoundary(labStack, 'Policy', { policy: WorkspacePolicy.fromFile('policy.yaml'), budgetNotificationEmails: ['pi@example.edu'] });
 */
export declare class PolicyBoundary extends Construct {
    /** Marks a construct as a policy subject (ResearchWorkspace does this). */
    static markSubject(subject: IPolicySubject): void;
    /** Whether a construct is a policy subject. */
    static isPolicySubject(x: any): x is IPolicySubject;
    /** The boundaries that apply to a construct: those attached to it or to any of its scopes. */
    static of(construct: IConstruct): PolicyBoundary[];
    /** The policy. */
    readonly policy: WorkspacePolicy;
    /** The permissions boundary applied to roles in the scope. */
    readonly permissionsBoundary: iam.ManagedPolicy;
    /**
     * The budget.
     * @default - none, when no monthly budget is configured
     */
    readonly budget?: budgets.CfnBudget;
    /** Lab name. */
    readonly labName: string;
    constructor(scope: Construct, id: string, props: PolicyBoundaryProps);
    /** Checks every workspace in the scope; one message per violation. */
    private validateSubjects;
    private boundaryStatements;
    /**
     * The boundary caps permissions and grants none, so its service-level wildcards are not
     * permissions anyone holds: acknowledged finding by finding, so that a wildcard added to a
     * role's own policy still fails the checks.
     */
    private acknowledgeBoundaryWildcards;
    /** Instance type patterns the policy allows, or undefined when it allows any. */
    private allowedInstanceTypePatterns;
}
