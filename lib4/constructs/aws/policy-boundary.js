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
exports.PolicyBoundary = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const budgets = __importStar(require("aws-cdk-lib/aws-budgets"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const constructs_1 = require("constructs");
const acknowledge_1 = require("./private/acknowledge");
const known_props_1 = require("../../private/known-props");
const policy_1 = require("../../workspaces/policy");
const tags_1 = require("../../workspaces/private/tags");
const sizes_1 = require("../../workspaces/sizes");
const SUBJECT = Symbol.for('cdk-research-workspaces.PolicySubject');
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
class PolicyBoundary extends constructs_1.Construct {
    /** Marks a construct as a policy subject (ResearchWorkspace does this). */
    static markSubject(subject) {
        Object.defineProperty(subject, SUBJECT, { value: true, enumerable: false });
    }
    /** Whether a construct is a policy subject. */
    static isPolicySubject(x) {
        return typeof x === 'object' && x !== null && x[SUBJECT] === true;
    }
    /** The boundaries that apply to a construct: those attached to it or to any of its scopes. */
    static of(construct) {
        const out = [];
        for (const scope of construct.node.scopes) {
            for (const child of scope.node.children) {
                if (child instanceof PolicyBoundary)
                    out.push(child);
            }
        }
        return out;
    }
    /** The policy. */
    policy;
    /** The permissions boundary applied to roles in the scope. */
    permissionsBoundary;
    /**
     * The budget.
     * @default - none, when no monthly budget is configured
     */
    budget;
    /** Lab name. */
    labName;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'PolicyBoundaryProps', props);
        this.policy = props.policy;
        this.labName = props.labName ?? props.policy.name;
        const p = props.policy.props;
        this.permissionsBoundary = new iam.ManagedPolicy(this, 'PermissionsBoundary', {
            description: `Permissions boundary of lab ${this.labName}: caps what any role of the lab can do, whatever it is granted`,
            statements: this.boundaryStatements(),
        });
        this.acknowledgeBoundaryWildcards();
        if (props.applyPermissionsBoundary ?? true) {
            iam.PermissionsBoundary.of(scope).apply(this.permissionsBoundary);
        }
        if (p.allowedRegions && p.allowedRegions.length > 0) {
            const region = aws_cdk_lib_1.Stack.of(this).region;
            if (!aws_cdk_lib_1.Token.isUnresolved(region) && !p.allowedRegions.includes(region)) {
                throw new Error(`${this.node.path}: stack region ${region} is not allowed by policy "${props.policy.name}" (allowed: ${p.allowedRegions.join(', ')}). Fix: deploy to ${p.allowedRegions.join(' or ')}, or change allowed_regions`);
            }
            new aws_cdk_lib_1.CfnRule(this, 'RegionAllowed', {
                assertions: [{
                        assert: aws_cdk_lib_1.Fn.conditionContains(p.allowedRegions, aws_cdk_lib_1.Aws.REGION),
                        assertDescription: `Policy "${props.policy.name}" allows this lab only in ${p.allowedRegions.join(', ')}`,
                    }],
            });
        }
        const budgetUsd = props.monthlyBudget ?? p.monthlyBudget;
        if (budgetUsd !== undefined) {
            if (!(budgetUsd > 0)) {
                throw new Error(`${this.node.path}: monthly budget must be a positive amount in USD (got ${budgetUsd}). Fix: give e.g. 500`);
            }
            const thresholds = props.budgetAlertThresholds ?? [50, 80, 100];
            for (const t of thresholds) {
                if (!(t > 0 && t <= 1000))
                    throw new Error(`${this.node.path}: budget alert threshold ${t} must be a percentage between 0 and 1000. Fix: use values like 50, 80, 100`);
            }
            const subscribers = (props.budgetNotificationEmails ?? []).map((address) => ({ subscriptionType: 'EMAIL', address }));
            this.budget = new budgets.CfnBudget(this, 'Budget', {
                budget: {
                    budgetType: 'COST',
                    timeUnit: 'MONTHLY',
                    budgetLimit: { amount: budgetUsd, unit: 'USD' },
                    costFilters: { TagKeyValue: [`user:${tags_1.LAB_TAG}$${this.labName}`] },
                },
                notificationsWithSubscribers: subscribers.length === 0 ? undefined : [
                    ...thresholds.map((threshold) => ({
                        notification: { notificationType: 'ACTUAL', comparisonOperator: 'GREATER_THAN', threshold, thresholdType: 'PERCENTAGE' },
                        subscribers,
                    })),
                    {
                        notification: { notificationType: 'FORECASTED', comparisonOperator: 'GREATER_THAN', threshold: 100, thresholdType: 'PERCENTAGE' },
                        subscribers,
                    },
                ],
            });
        }
        aws_cdk_lib_1.Tags.of(scope).add(tags_1.LAB_TAG, this.labName);
        this.node.addValidation({ validate: () => this.validateSubjects() });
    }
    /** Checks every workspace in the scope; one message per violation. */
    validateSubjects() {
        const scope = this.node.scope;
        const subjects = scope.node.findAll().filter((c) => PolicyBoundary.isPolicySubject(c));
        const requests = subjects.map((s) => {
            const req = s.policyRequest();
            return { ...req, name: req.name && req.name !== s.node.id ? `${req.name} (${s.node.path})` : s.node.path };
        });
        return this.policy.evaluateAll(requests).map((v) => `policy violation [${v.rule}]: ${v.message}`);
    }
    boundaryStatements() {
        const p = this.policy.props;
        const statements = [
            new iam.PolicyStatement({
                sid: 'WorkspaceServices',
                effect: iam.Effect.ALLOW,
                actions: [
                    'ssm:*', 'ssmmessages:*', 'ec2messages:*', 'logs:*', 'cloudwatch:PutMetricData', 's3:*', 'kms:Decrypt', 'kms:GenerateDataKey*',
                    'kms:DescribeKey', 'secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret', 'elasticfilesystem:Client*',
                    'elasticfilesystem:Describe*', 'elasticfilesystem:Backup', 'tag:GetResources', 'kms:CreateGrant', 'kms:Encrypt', 'kms:ReEncrypt*', 'ec2:Describe*', 'ec2:StopInstances', 'ec2:StartInstances', 'ec2:CreateTags', 'ec2:RunInstances',
                    'ec2:CreateVolume', 'ec2:AttachVolume', 'sts:AssumeRole', 'sts:GetCallerIdentity', 'lambda:InvokeFunction', 'states:StartExecution',
                    'sns:Publish', 'transfer:*', 'cloudtrail:*', 'backup:*', 'iam:PassRole', 'xray:PutTraceSegments',
                ],
                resources: ['*'],
            }),
            new iam.PolicyStatement({
                sid: 'NoIdentityChanges',
                effect: iam.Effect.DENY,
                actions: [
                    'iam:Create*', 'iam:Delete*', 'iam:Put*', 'iam:Attach*', 'iam:Detach*', 'iam:Update*', 'iam:Add*', 'iam:Remove*',
                    'iam:SetDefaultPolicyVersion', 'organizations:*', 'account:*',
                ],
                resources: ['*'],
            }),
        ];
        if (p.allowedRegions && p.allowedRegions.length > 0) {
            statements.push(new iam.PolicyStatement({
                sid: 'OnlyAllowedRegions',
                effect: iam.Effect.DENY,
                notActions: ['iam:*', 'sts:*', 'budgets:*', 'cloudfront:*', 'route53:*', 'support:*'],
                resources: ['*'],
                conditions: { StringNotEquals: { 'aws:RequestedRegion': p.allowedRegions } },
            }));
        }
        const allowedTypes = this.allowedInstanceTypePatterns();
        if (allowedTypes) {
            statements.push(new iam.PolicyStatement({
                sid: 'OnlyAllowedInstanceTypes',
                effect: iam.Effect.DENY,
                actions: ['ec2:RunInstances', 'ec2:StartInstances', 'ec2:ModifyInstanceAttribute'],
                resources: [`arn:${aws_cdk_lib_1.Aws.PARTITION}:ec2:*:*:instance/*`],
                conditions: { StringNotLike: { 'ec2:InstanceType': allowedTypes } },
            }));
        }
        if (p.deniedInstanceFamilies && p.deniedInstanceFamilies.length > 0) {
            statements.push(new iam.PolicyStatement({
                sid: 'NoDeniedInstanceFamilies',
                effect: iam.Effect.DENY,
                actions: ['ec2:RunInstances', 'ec2:StartInstances'],
                resources: [`arn:${aws_cdk_lib_1.Aws.PARTITION}:ec2:*:*:instance/*`],
                conditions: { StringLike: { 'ec2:InstanceType': p.deniedInstanceFamilies.map((f) => `${f}.*`) } },
            }));
        }
        for (const tag of p.requiredTags ?? []) {
            statements.push(new iam.PolicyStatement({
                sid: `RequireTag${tag.replace(/[^A-Za-z0-9]/g, '')}`,
                effect: iam.Effect.DENY,
                actions: ['ec2:RunInstances', 'ec2:CreateVolume'],
                resources: [`arn:${aws_cdk_lib_1.Aws.PARTITION}:ec2:*:*:instance/*`, `arn:${aws_cdk_lib_1.Aws.PARTITION}:ec2:*:*:volume/*`],
                conditions: { Null: { [`aws:RequestTag/${(0, tags_1.awsTagKey)(tag)}`]: 'true' } },
            }));
        }
        if (this.policy.egress === policy_1.EgressMode.NONE) {
            statements.push(new iam.PolicyStatement({
                sid: 'NoInternetPaths',
                effect: iam.Effect.DENY,
                actions: ['ec2:CreateInternetGateway', 'ec2:AttachInternetGateway', 'ec2:CreateNatGateway', 'ec2:AssociateAddress', 'ec2:AllocateAddress'],
                resources: ['*'],
            }));
        }
        return statements;
    }
    /**
     * The boundary caps permissions and grants none, so its service-level wildcards are not
     * permissions anyone holds: acknowledged finding by finding, so that a wildcard added to a
     * role's own policy still fails the checks.
     */
    acknowledgeBoundaryWildcards() {
        const reason = 'This managed policy is used only as an IAM permissions boundary: it grants nothing, and a role\'s effective permissions are the intersection of the boundary with its own least-privilege policy (scoped to the lab\'s resources). The boundary lists whole services so that it stays a readable ceiling; its Deny statements (IAM changes, regions, instance types, required tags) are what it enforces.';
        const ids = new Set(['AwsSolutions-IAM5[Resource::*]', 'HIPAA.Security-IAMPolicyNoStatementsWithFullAccess', 'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess']);
        for (const st of this.permissionsBoundary.document.toJSON()?.Statement ?? []) {
            if (st.Effect !== 'Allow')
                continue;
            for (const a of [].concat(st.Action ?? []))
                if (String(a).includes('*'))
                    ids.add(`AwsSolutions-IAM5[Action::${a}]`);
        }
        for (const id of ids)
            (0, acknowledge_1.acknowledge)(this.permissionsBoundary, { id, reason });
    }
    /** Instance type patterns the policy allows, or undefined when it allows any. */
    allowedInstanceTypePatterns() {
        const p = this.policy.props;
        const out = new Set();
        if (p.allowedSizes) {
            for (const s of p.allowedSizes) {
                for (const a of [sizes_1.Architecture.X86_64, sizes_1.Architecture.ARM64])
                    out.add(sizes_1.Sizes.ec2InstanceType(s, a));
            }
        }
        if (p.allowedInstanceFamilies) {
            for (const f of p.allowedInstanceFamilies)
                out.add(`${f}.*`);
        }
        return out.size > 0 ? [...out].sort() : undefined;
    }
}
exports.PolicyBoundary = PolicyBoundary;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicG9saWN5LWJvdW5kYXJ5LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3BvbGljeS1ib3VuZGFyeS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSw2Q0FBbUU7QUFDbkUsaUVBQW1EO0FBQ25ELHlEQUEyQztBQUMzQywyQ0FBbUQ7QUFDbkQsdURBQW9EO0FBQ3BELDJEQUE0RDtBQUM1RCxvREFBd0Y7QUFDeEYsd0RBQW1FO0FBQ25FLGtEQUE2RDtBQW1EN0QsTUFBTSxPQUFPLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyx1Q0FBdUMsQ0FBQyxDQUFDO0FBRXBFOzs7Ozs7Ozs7Ozs7R0FZRztBQUNILE1BQWEsY0FBZSxTQUFRLHNCQUFTO0lBQzNDLDJFQUEyRTtJQUNwRSxNQUFNLENBQUMsV0FBVyxDQUFDLE9BQXVCO1FBQy9DLE1BQU0sQ0FBQyxjQUFjLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDOUUsQ0FBQztJQUVELCtDQUErQztJQUN4QyxNQUFNLENBQUMsZUFBZSxDQUFDLENBQU07UUFDbEMsT0FBTyxPQUFPLENBQUMsS0FBSyxRQUFRLElBQUksQ0FBQyxLQUFLLElBQUksSUFBSyxDQUFTLENBQUMsT0FBTyxDQUFDLEtBQUssSUFBSSxDQUFDO0lBQzdFLENBQUM7SUFFRCw4RkFBOEY7SUFDdkYsTUFBTSxDQUFDLEVBQUUsQ0FBQyxTQUFxQjtRQUNwQyxNQUFNLEdBQUcsR0FBcUIsRUFBRSxDQUFDO1FBQ2pDLEtBQUssTUFBTSxLQUFLLElBQUksU0FBUyxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztZQUMxQyxLQUFLLE1BQU0sS0FBSyxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUM7Z0JBQ3hDLElBQUksS0FBSyxZQUFZLGNBQWM7b0JBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUN2RCxDQUFDO1FBQ0gsQ0FBQztRQUNELE9BQU8sR0FBRyxDQUFDO0lBQ2IsQ0FBQztJQUVELGtCQUFrQjtJQUNGLE1BQU0sQ0FBa0I7SUFDeEMsOERBQThEO0lBQzlDLG1CQUFtQixDQUFvQjtJQUN2RDs7O09BR0c7SUFDYSxNQUFNLENBQXFCO0lBQzNDLGdCQUFnQjtJQUNBLE9BQU8sQ0FBUztJQUVoQyxZQUFZLEtBQWdCLEVBQUUsRUFBVSxFQUFFLEtBQTBCO1FBQ2xFLEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDakIsSUFBQSw2QkFBZSxFQUFDLElBQUksRUFBRSxxQkFBcUIsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNwRCxJQUFJLENBQUMsTUFBTSxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUM7UUFDM0IsSUFBSSxDQUFDLE9BQU8sR0FBRyxLQUFLLENBQUMsT0FBTyxJQUFJLEtBQUssQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDO1FBQ2xELE1BQU0sQ0FBQyxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDO1FBRTdCLElBQUksQ0FBQyxtQkFBbUIsR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLHFCQUFxQixFQUFFO1lBQzVFLFdBQVcsRUFBRSwrQkFBK0IsSUFBSSxDQUFDLE9BQU8sZ0VBQWdFO1lBQ3hILFVBQVUsRUFBRSxJQUFJLENBQUMsa0JBQWtCLEVBQUU7U0FDdEMsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLDRCQUE0QixFQUFFLENBQUM7UUFDcEMsSUFBSSxLQUFLLENBQUMsd0JBQXdCLElBQUksSUFBSSxFQUFFLENBQUM7WUFDM0MsR0FBRyxDQUFDLG1CQUFtQixDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLG1CQUFtQixDQUFDLENBQUM7UUFDcEUsQ0FBQztRQUVELElBQUksQ0FBQyxDQUFDLGNBQWMsSUFBSSxDQUFDLENBQUMsY0FBYyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUNwRCxNQUFNLE1BQU0sR0FBRyxtQkFBSyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDckMsSUFBSSxDQUFDLG1CQUFLLENBQUMsWUFBWSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztnQkFDdEUsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxrQkFBa0IsTUFBTSw4QkFBOEIsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLGVBQWUsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLHFCQUFxQixDQUFDLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsNkJBQTZCLENBQUMsQ0FBQztZQUNyTyxDQUFDO1lBQ0QsSUFBSSxxQkFBTyxDQUFDLElBQUksRUFBRSxlQUFlLEVBQUU7Z0JBQ2pDLFVBQVUsRUFBRSxDQUFDO3dCQUNYLE1BQU0sRUFBRSxnQkFBRSxDQUFDLGlCQUFpQixDQUFDLENBQUMsQ0FBQyxjQUFjLEVBQUUsaUJBQUcsQ0FBQyxNQUFNLENBQUM7d0JBQzFELGlCQUFpQixFQUFFLFdBQVcsS0FBSyxDQUFDLE1BQU0sQ0FBQyxJQUFJLDZCQUE2QixDQUFDLENBQUMsY0FBYyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRTtxQkFDMUcsQ0FBQzthQUNILENBQUMsQ0FBQztRQUNMLENBQUM7UUFFRCxNQUFNLFNBQVMsR0FBRyxLQUFLLENBQUMsYUFBYSxJQUFJLENBQUMsQ0FBQyxhQUFhLENBQUM7UUFDekQsSUFBSSxTQUFTLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDNUIsSUFBSSxDQUFDLENBQUMsU0FBUyxHQUFHLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3JCLE1BQU0sSUFBSSxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksMERBQTBELFNBQVMsdUJBQXVCLENBQUMsQ0FBQztZQUMvSCxDQUFDO1lBQ0QsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLHFCQUFxQixJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLENBQUMsQ0FBQztZQUNoRSxLQUFLLE1BQU0sQ0FBQyxJQUFJLFVBQVUsRUFBRSxDQUFDO2dCQUMzQixJQUFJLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLENBQUM7b0JBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSw0QkFBNEIsQ0FBQyw0RUFBNEUsQ0FBQyxDQUFDO1lBQ3pLLENBQUM7WUFDRCxNQUFNLFdBQVcsR0FBRyxDQUFDLEtBQUssQ0FBQyx3QkFBd0IsSUFBSSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3RILElBQUksQ0FBQyxNQUFNLEdBQUcsSUFBSSxPQUFPLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxRQUFRLEVBQUU7Z0JBQ2xELE1BQU0sRUFBRTtvQkFDTixVQUFVLEVBQUUsTUFBTTtvQkFDbEIsUUFBUSxFQUFFLFNBQVM7b0JBQ25CLFdBQVcsRUFBRSxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtvQkFDL0MsV0FBVyxFQUFFLEVBQUUsV0FBVyxFQUFFLENBQUMsUUFBUSxjQUFPLElBQUksSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDLEVBQUU7aUJBQ2xFO2dCQUNELDRCQUE0QixFQUFFLFdBQVcsQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO29CQUNuRSxHQUFHLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUM7d0JBQ2hDLFlBQVksRUFBRSxFQUFFLGdCQUFnQixFQUFFLFFBQVEsRUFBRSxrQkFBa0IsRUFBRSxjQUFjLEVBQUUsU0FBUyxFQUFFLGFBQWEsRUFBRSxZQUFZLEVBQUU7d0JBQ3hILFdBQVc7cUJBQ1osQ0FBQyxDQUFDO29CQUNIO3dCQUNFLFlBQVksRUFBRSxFQUFFLGdCQUFnQixFQUFFLFlBQVksRUFBRSxrQkFBa0IsRUFBRSxjQUFjLEVBQUUsU0FBUyxFQUFFLEdBQUcsRUFBRSxhQUFhLEVBQUUsWUFBWSxFQUFFO3dCQUNqSSxXQUFXO3FCQUNaO2lCQUNGO2FBQ0YsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUVELGtCQUFJLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxjQUFPLEVBQUUsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQzFDLElBQUksQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxnQkFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2RSxDQUFDO0lBRUQsc0VBQXNFO0lBQzlELGdCQUFnQjtRQUN0QixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQU0sQ0FBQztRQUMvQixNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBdUIsRUFBRSxDQUFDLGNBQWMsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUM1RyxNQUFNLFFBQVEsR0FBRyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7WUFDbEMsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLGFBQWEsRUFBRSxDQUFDO1lBQzlCLE9BQU8sRUFBRSxHQUFHLEdBQUcsRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUksSUFBSSxHQUFHLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztRQUM3RyxDQUFDLENBQUMsQ0FBQztRQUNILE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxXQUFXLENBQUMsUUFBUSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUMsQ0FBQztJQUNwRyxDQUFDO0lBRU8sa0JBQWtCO1FBQ3hCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDO1FBQzVCLE1BQU0sVUFBVSxHQUEwQjtZQUN4QyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7Z0JBQ3RCLEdBQUcsRUFBRSxtQkFBbUI7Z0JBQ3hCLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLEtBQUs7Z0JBQ3hCLE9BQU8sRUFBRTtvQkFDUCxPQUFPLEVBQUUsZUFBZSxFQUFFLGVBQWUsRUFBRSxRQUFRLEVBQUUsMEJBQTBCLEVBQUUsTUFBTSxFQUFFLGFBQWEsRUFBRSxzQkFBc0I7b0JBQzlILGlCQUFpQixFQUFFLCtCQUErQixFQUFFLCtCQUErQixFQUFFLDJCQUEyQjtvQkFDaEgsNkJBQTZCLEVBQUUsMEJBQTBCLEVBQUUsa0JBQWtCLEVBQUUsaUJBQWlCLEVBQUUsYUFBYSxFQUFFLGdCQUFnQixFQUFFLGVBQWUsRUFBRSxtQkFBbUIsRUFBRSxvQkFBb0IsRUFBRSxnQkFBZ0IsRUFBRSxrQkFBa0I7b0JBQ25PLGtCQUFrQixFQUFFLGtCQUFrQixFQUFFLGdCQUFnQixFQUFFLHVCQUF1QixFQUFFLHVCQUF1QixFQUFFLHVCQUF1QjtvQkFDbkksYUFBYSxFQUFFLFlBQVksRUFBRSxjQUFjLEVBQUUsVUFBVSxFQUFFLGNBQWMsRUFBRSx1QkFBdUI7aUJBQ2pHO2dCQUNELFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQzthQUNqQixDQUFDO1lBQ0YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QixHQUFHLEVBQUUsbUJBQW1CO2dCQUN4QixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO2dCQUN2QixPQUFPLEVBQUU7b0JBQ1AsYUFBYSxFQUFFLGFBQWEsRUFBRSxVQUFVLEVBQUUsYUFBYSxFQUFFLGFBQWEsRUFBRSxhQUFhLEVBQUUsVUFBVSxFQUFFLGFBQWE7b0JBQ2hILDZCQUE2QixFQUFFLGlCQUFpQixFQUFFLFdBQVc7aUJBQzlEO2dCQUNELFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQzthQUNqQixDQUFDO1NBQ0gsQ0FBQztRQUNGLElBQUksQ0FBQyxDQUFDLGNBQWMsSUFBSSxDQUFDLENBQUMsY0FBYyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUNwRCxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDdEMsR0FBRyxFQUFFLG9CQUFvQjtnQkFDekIsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSTtnQkFDdkIsVUFBVSxFQUFFLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxXQUFXLEVBQUUsY0FBYyxFQUFFLFdBQVcsRUFBRSxXQUFXLENBQUM7Z0JBQ3JGLFNBQVMsRUFBRSxDQUFDLEdBQUcsQ0FBQztnQkFDaEIsVUFBVSxFQUFFLEVBQUUsZUFBZSxFQUFFLEVBQUUscUJBQXFCLEVBQUUsQ0FBQyxDQUFDLGNBQWMsRUFBRSxFQUFFO2FBQzdFLENBQUMsQ0FBQyxDQUFDO1FBQ04sQ0FBQztRQUNELE1BQU0sWUFBWSxHQUFHLElBQUksQ0FBQywyQkFBMkIsRUFBRSxDQUFDO1FBQ3hELElBQUksWUFBWSxFQUFFLENBQUM7WUFDakIsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7Z0JBQ3RDLEdBQUcsRUFBRSwwQkFBMEI7Z0JBQy9CLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUk7Z0JBQ3ZCLE9BQU8sRUFBRSxDQUFDLGtCQUFrQixFQUFFLG9CQUFvQixFQUFFLDZCQUE2QixDQUFDO2dCQUNsRixTQUFTLEVBQUUsQ0FBQyxPQUFPLGlCQUFHLENBQUMsU0FBUyxxQkFBcUIsQ0FBQztnQkFDdEQsVUFBVSxFQUFFLEVBQUUsYUFBYSxFQUFFLEVBQUUsa0JBQWtCLEVBQUUsWUFBWSxFQUFFLEVBQUU7YUFDcEUsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsc0JBQXNCLElBQUksQ0FBQyxDQUFDLHNCQUFzQixDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUNwRSxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDdEMsR0FBRyxFQUFFLDBCQUEwQjtnQkFDL0IsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSTtnQkFDdkIsT0FBTyxFQUFFLENBQUMsa0JBQWtCLEVBQUUsb0JBQW9CLENBQUM7Z0JBQ25ELFNBQVMsRUFBRSxDQUFDLE9BQU8saUJBQUcsQ0FBQyxTQUFTLHFCQUFxQixDQUFDO2dCQUN0RCxVQUFVLEVBQUUsRUFBRSxVQUFVLEVBQUUsRUFBRSxrQkFBa0IsRUFBRSxDQUFDLENBQUMsc0JBQXNCLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRTthQUNsRyxDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFDRCxLQUFLLE1BQU0sR0FBRyxJQUFJLENBQUMsQ0FBQyxZQUFZLElBQUksRUFBRSxFQUFFLENBQUM7WUFDdkMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7Z0JBQ3RDLEdBQUcsRUFBRSxhQUFhLEdBQUcsQ0FBQyxPQUFPLENBQUMsZUFBZSxFQUFFLEVBQUUsQ0FBQyxFQUFFO2dCQUNwRCxNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO2dCQUN2QixPQUFPLEVBQUUsQ0FBQyxrQkFBa0IsRUFBRSxrQkFBa0IsQ0FBQztnQkFDakQsU0FBUyxFQUFFLENBQUMsT0FBTyxpQkFBRyxDQUFDLFNBQVMscUJBQXFCLEVBQUUsT0FBTyxpQkFBRyxDQUFDLFNBQVMsbUJBQW1CLENBQUM7Z0JBQy9GLFVBQVUsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLENBQUMsa0JBQWtCLElBQUEsZ0JBQVMsRUFBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLEVBQUU7YUFDdkUsQ0FBQyxDQUFDLENBQUM7UUFDTixDQUFDO1FBQ0QsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sS0FBSyxtQkFBVSxDQUFDLElBQUksRUFBRSxDQUFDO1lBQzNDLFVBQVUsQ0FBQyxJQUFJLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QyxHQUFHLEVBQUUsaUJBQWlCO2dCQUN0QixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO2dCQUN2QixPQUFPLEVBQUUsQ0FBQywyQkFBMkIsRUFBRSwyQkFBMkIsRUFBRSxzQkFBc0IsRUFBRSxzQkFBc0IsRUFBRSxxQkFBcUIsQ0FBQztnQkFDMUksU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDO2FBQ2pCLENBQUMsQ0FBQyxDQUFDO1FBQ04sQ0FBQztRQUNELE9BQU8sVUFBVSxDQUFDO0lBQ3BCLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ssNEJBQTRCO1FBQ2xDLE1BQU0sTUFBTSxHQUFHLDJZQUEyWSxDQUFDO1FBQzNaLE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxDQUFTLENBQUMsZ0NBQWdDLEVBQUUsb0RBQW9ELEVBQUUsb0RBQW9ELENBQUMsQ0FBQyxDQUFDO1FBQzVLLEtBQUssTUFBTSxFQUFFLElBQUksSUFBSSxDQUFDLG1CQUFtQixDQUFDLFFBQVEsQ0FBQyxNQUFNLEVBQUUsRUFBRSxTQUFTLElBQUksRUFBRSxFQUFFLENBQUM7WUFDN0UsSUFBSSxFQUFFLENBQUMsTUFBTSxLQUFLLE9BQU87Z0JBQUUsU0FBUztZQUNwQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLE1BQU0sSUFBSSxFQUFFLENBQUM7Z0JBQUUsSUFBSSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQztvQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLDZCQUE2QixDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3RILENBQUM7UUFDRCxLQUFLLE1BQU0sRUFBRSxJQUFJLEdBQUc7WUFBRSxJQUFBLHlCQUFXLEVBQUMsSUFBSSxDQUFDLG1CQUFtQixFQUFFLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFDOUUsQ0FBQztJQUVELGlGQUFpRjtJQUN6RSwyQkFBMkI7UUFDakMsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUM7UUFDNUIsTUFBTSxHQUFHLEdBQUcsSUFBSSxHQUFHLEVBQVUsQ0FBQztRQUM5QixJQUFJLENBQUMsQ0FBQyxZQUFZLEVBQUUsQ0FBQztZQUNuQixLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZLEVBQUUsQ0FBQztnQkFDL0IsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLG9CQUFZLENBQUMsTUFBTSxFQUFFLG9CQUFZLENBQUMsS0FBSyxDQUFDO29CQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsYUFBSyxDQUFDLGVBQWUsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUNsRyxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLHVCQUF1QixFQUFFLENBQUM7WUFDOUIsS0FBSyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsdUJBQXVCO2dCQUFFLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQy9ELENBQUM7UUFDRCxPQUFPLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUNwRCxDQUFDO0NBQ0Y7QUFsTkQsd0NBa05DIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgQXdzLCBDZm5SdWxlLCBGbiwgU3RhY2ssIFRhZ3MsIFRva2VuIH0gZnJvbSAnYXdzLWNkay1saWInO1xuaW1wb3J0ICogYXMgYnVkZ2V0cyBmcm9tICdhd3MtY2RrLWxpYi9hd3MtYnVkZ2V0cyc7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QsIElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGFja25vd2xlZGdlIH0gZnJvbSAnLi9wcml2YXRlL2Fja25vd2xlZGdlJztcbmltcG9ydCB7IGNoZWNrS25vd25Qcm9wcyB9IGZyb20gJy4uLy4uL3ByaXZhdGUva25vd24tcHJvcHMnO1xuaW1wb3J0IHsgRWdyZXNzTW9kZSwgV29ya3NwYWNlUG9saWN5LCBXb3Jrc3BhY2VSZXF1ZXN0IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wb2xpY3knO1xuaW1wb3J0IHsgYXdzVGFnS2V5LCBMQUJfVEFHIH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3RhZ3MnO1xuaW1wb3J0IHsgQXJjaGl0ZWN0dXJlLCBTaXplcyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvc2l6ZXMnO1xuXG4vKipcbiAqIFNvbWV0aGluZyBhIFBvbGljeUJvdW5kYXJ5IGNoZWNrczogYSB3b3Jrc3BhY2UgdGhhdCBjYW4gZGVzY3JpYmUgaXRzZWxmIGFzIGEgcG9saWN5IHJlcXVlc3QuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSVBvbGljeVN1YmplY3QgZXh0ZW5kcyBJQ29uc3RydWN0IHtcbiAgLyoqXG4gICAqIFRoZSB3b3Jrc3BhY2UgYXMgdGhlIHBvbGljeSBzZWVzIGl0LiBDYWxsZWQgYXQgdmFsaWRhdGlvbiB0aW1lLCBhZnRlciBhc3BlY3RzICh0YWdzKVxuICAgKiBoYXZlIHJ1bi5cbiAgICovXG4gIHBvbGljeVJlcXVlc3QoKTogV29ya3NwYWNlUmVxdWVzdDtcbn1cblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgUG9saWN5Qm91bmRhcnkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUG9saWN5Qm91bmRhcnlQcm9wcyB7XG4gIC8qKiBUaGUgcG9saWN5IHRvIGVuZm9yY2UuICovXG4gIHJlYWRvbmx5IHBvbGljeTogV29ya3NwYWNlUG9saWN5O1xuXG4gIC8qKlxuICAgKiBMYWIgbmFtZSwgdXNlZCBpbiB0aGUgYnVkZ2V0J3MgY29zdCBmaWx0ZXIgKHRhZyBgcmVzZWFyY2g6bGFiYCkgYW5kIG5hbWVzLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBwb2xpY3kncyBuYW1lXG4gICAqL1xuICByZWFkb25seSBsYWJOYW1lPzogc3RyaW5nO1xuXG4gIC8qKlxuICAgKiBFbWFpbCBhZGRyZXNzZXMgdGhhdCBnZXQgYnVkZ2V0IGFsZXJ0cy5cbiAgICogQGRlZmF1bHQgLSBubyBlbWFpbCBzdWJzY3JpYmVycyAodGhlIGJ1ZGdldCBzdGlsbCB0cmFja3Mgc3BlbmQpXG4gICAqL1xuICByZWFkb25seSBidWRnZXROb3RpZmljYXRpb25FbWFpbHM/OiBzdHJpbmdbXTtcblxuICAvKipcbiAgICogQWxlcnQgdGhyZXNob2xkcyBhcyBwZXJjZW50IG9mIHRoZSBtb250aGx5IGJ1ZGdldCAoYWN0dWFsIHNwZW5kKSwgcGx1cyBhIGZvcmVjYXN0IGFsZXJ0IGF0IDEwMCUuXG4gICAqIEBkZWZhdWx0IFs1MCwgODAsIDEwMF1cbiAgICovXG4gIHJlYWRvbmx5IGJ1ZGdldEFsZXJ0VGhyZXNob2xkcz86IG51bWJlcltdO1xuXG4gIC8qKlxuICAgKiBNb250aGx5IGJ1ZGdldCBpbiBVU0QuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHBvbGljeSdzIGBtb250aGx5QnVkZ2V0YDsgbm8gYnVkZ2V0IHdoZW4gbmVpdGhlciBpcyBzZXRcbiAgICovXG4gIHJlYWRvbmx5IG1vbnRobHlCdWRnZXQ/OiBudW1iZXI7XG5cbiAgLyoqXG4gICAqIEFwcGx5IHRoZSBwZXJtaXNzaW9ucyBib3VuZGFyeSB0byBldmVyeSBJQU0gcm9sZSBhbmQgdXNlciBjcmVhdGVkIGluIHRoZSBzY29wZS5cbiAgICogQGRlZmF1bHQgdHJ1ZVxuICAgKi9cbiAgcmVhZG9ubHkgYXBwbHlQZXJtaXNzaW9uc0JvdW5kYXJ5PzogYm9vbGVhbjtcbn1cblxuY29uc3QgU1VCSkVDVCA9IFN5bWJvbC5mb3IoJ2Nkay1yZXNlYXJjaC13b3Jrc3BhY2VzLlBvbGljeVN1YmplY3QnKTtcblxuLyoqXG4gKiBBdHRhY2hlcyBhIHdvcmtzcGFjZSBwb2xpY3kgdG8gYSBzY29wZSAoYSBsYWIgc3RhY2ssIG9yIGFueSBjb25zdHJ1Y3QpIGFuZCBlbmZvcmNlcyBpdCB0d2ljZTpcbiAqXG4gKiAtIGF0IHN5bnRoIHRpbWUsIGV2ZXJ5IHdvcmtzcGFjZSBpbiB0aGUgc2NvcGUgaXMgY2hlY2tlZCBhbmQgYGNkayBzeW50aGAgZmFpbHMgbGlzdGluZyBldmVyeVxuICogICB2aW9sYXRpb24gd2l0aCB0aGUgd29ya3NwYWNlJ3MgcGF0aCwgdGhlIHJ1bGUsIHRoZSBwb2xpY3kncyBmaWxlIGFuZCBsaW5lLCBhbmQgdGhlIGZpeDtcbiAqIC0gYXQgcnVuIHRpbWUsIGFuIElBTSBwZXJtaXNzaW9ucyBib3VuZGFyeSBjYXBzIGV2ZXJ5IHJvbGUgY3JlYXRlZCBpbiB0aGUgc2NvcGUgKG5vXG4gKiAgIGluc3RhbmNlIHR5cGVzLCByZWdpb25zIG9yIHVudGFnZ2VkIGxhdW5jaGVzIGJleW9uZCB0aGUgcG9saWN5OyBubyBJQU0gZXNjYWxhdGlvbiksIGFcbiAqICAgQ2xvdWRGb3JtYXRpb24gcnVsZSByZWZ1c2VzIGRlcGxveW1lbnQgdG8gYSByZWdpb24gdGhlIHBvbGljeSBkb2VzIG5vdCBhbGxvdywgYW5kIGFuXG4gKiAgIEFXUyBCdWRnZXQgd2l0aCBhbGVydCB0aHJlc2hvbGRzIHRyYWNrcyB0aGUgbGFiJ3Mgc3BlbmQuXG4gKlxuICogQGV4YW1wbGVcbiAqIG5ldyBQb2xpY3lCb3VuZGFyeShsYWJTdGFjaywgJ1BvbGljeScsIHsgcG9saWN5OiBXb3Jrc3BhY2VQb2xpY3kuZnJvbUZpbGUoJ3BvbGljeS55YW1sJyksIGJ1ZGdldE5vdGlmaWNhdGlvbkVtYWlsczogWydwaUBleGFtcGxlLmVkdSddIH0pO1xuICovXG5leHBvcnQgY2xhc3MgUG9saWN5Qm91bmRhcnkgZXh0ZW5kcyBDb25zdHJ1Y3Qge1xuICAvKiogTWFya3MgYSBjb25zdHJ1Y3QgYXMgYSBwb2xpY3kgc3ViamVjdCAoUmVzZWFyY2hXb3Jrc3BhY2UgZG9lcyB0aGlzKS4gKi9cbiAgcHVibGljIHN0YXRpYyBtYXJrU3ViamVjdChzdWJqZWN0OiBJUG9saWN5U3ViamVjdCk6IHZvaWQge1xuICAgIE9iamVjdC5kZWZpbmVQcm9wZXJ0eShzdWJqZWN0LCBTVUJKRUNULCB7IHZhbHVlOiB0cnVlLCBlbnVtZXJhYmxlOiBmYWxzZSB9KTtcbiAgfVxuXG4gIC8qKiBXaGV0aGVyIGEgY29uc3RydWN0IGlzIGEgcG9saWN5IHN1YmplY3QuICovXG4gIHB1YmxpYyBzdGF0aWMgaXNQb2xpY3lTdWJqZWN0KHg6IGFueSk6IHggaXMgSVBvbGljeVN1YmplY3Qge1xuICAgIHJldHVybiB0eXBlb2YgeCA9PT0gJ29iamVjdCcgJiYgeCAhPT0gbnVsbCAmJiAoeCBhcyBhbnkpW1NVQkpFQ1RdID09PSB0cnVlO1xuICB9XG5cbiAgLyoqIFRoZSBib3VuZGFyaWVzIHRoYXQgYXBwbHkgdG8gYSBjb25zdHJ1Y3Q6IHRob3NlIGF0dGFjaGVkIHRvIGl0IG9yIHRvIGFueSBvZiBpdHMgc2NvcGVzLiAqL1xuICBwdWJsaWMgc3RhdGljIG9mKGNvbnN0cnVjdDogSUNvbnN0cnVjdCk6IFBvbGljeUJvdW5kYXJ5W10ge1xuICAgIGNvbnN0IG91dDogUG9saWN5Qm91bmRhcnlbXSA9IFtdO1xuICAgIGZvciAoY29uc3Qgc2NvcGUgb2YgY29uc3RydWN0Lm5vZGUuc2NvcGVzKSB7XG4gICAgICBmb3IgKGNvbnN0IGNoaWxkIG9mIHNjb3BlLm5vZGUuY2hpbGRyZW4pIHtcbiAgICAgICAgaWYgKGNoaWxkIGluc3RhbmNlb2YgUG9saWN5Qm91bmRhcnkpIG91dC5wdXNoKGNoaWxkKTtcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIC8qKiBUaGUgcG9saWN5LiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgcG9saWN5OiBXb3Jrc3BhY2VQb2xpY3k7XG4gIC8qKiBUaGUgcGVybWlzc2lvbnMgYm91bmRhcnkgYXBwbGllZCB0byByb2xlcyBpbiB0aGUgc2NvcGUuICovXG4gIHB1YmxpYyByZWFkb25seSBwZXJtaXNzaW9uc0JvdW5kYXJ5OiBpYW0uTWFuYWdlZFBvbGljeTtcbiAgLyoqXG4gICAqIFRoZSBidWRnZXQuXG4gICAqIEBkZWZhdWx0IC0gbm9uZSwgd2hlbiBubyBtb250aGx5IGJ1ZGdldCBpcyBjb25maWd1cmVkXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgYnVkZ2V0PzogYnVkZ2V0cy5DZm5CdWRnZXQ7XG4gIC8qKiBMYWIgbmFtZS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGxhYk5hbWU6IHN0cmluZztcblxuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogUG9saWN5Qm91bmRhcnlQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgY2hlY2tLbm93blByb3BzKHRoaXMsICdQb2xpY3lCb3VuZGFyeVByb3BzJywgcHJvcHMpO1xuICAgIHRoaXMucG9saWN5ID0gcHJvcHMucG9saWN5O1xuICAgIHRoaXMubGFiTmFtZSA9IHByb3BzLmxhYk5hbWUgPz8gcHJvcHMucG9saWN5Lm5hbWU7XG4gICAgY29uc3QgcCA9IHByb3BzLnBvbGljeS5wcm9wcztcblxuICAgIHRoaXMucGVybWlzc2lvbnNCb3VuZGFyeSA9IG5ldyBpYW0uTWFuYWdlZFBvbGljeSh0aGlzLCAnUGVybWlzc2lvbnNCb3VuZGFyeScsIHtcbiAgICAgIGRlc2NyaXB0aW9uOiBgUGVybWlzc2lvbnMgYm91bmRhcnkgb2YgbGFiICR7dGhpcy5sYWJOYW1lfTogY2FwcyB3aGF0IGFueSByb2xlIG9mIHRoZSBsYWIgY2FuIGRvLCB3aGF0ZXZlciBpdCBpcyBncmFudGVkYCxcbiAgICAgIHN0YXRlbWVudHM6IHRoaXMuYm91bmRhcnlTdGF0ZW1lbnRzKCksXG4gICAgfSk7XG4gICAgdGhpcy5hY2tub3dsZWRnZUJvdW5kYXJ5V2lsZGNhcmRzKCk7XG4gICAgaWYgKHByb3BzLmFwcGx5UGVybWlzc2lvbnNCb3VuZGFyeSA/PyB0cnVlKSB7XG4gICAgICBpYW0uUGVybWlzc2lvbnNCb3VuZGFyeS5vZihzY29wZSkuYXBwbHkodGhpcy5wZXJtaXNzaW9uc0JvdW5kYXJ5KTtcbiAgICB9XG5cbiAgICBpZiAocC5hbGxvd2VkUmVnaW9ucyAmJiBwLmFsbG93ZWRSZWdpb25zLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IHJlZ2lvbiA9IFN0YWNrLm9mKHRoaXMpLnJlZ2lvbjtcbiAgICAgIGlmICghVG9rZW4uaXNVbnJlc29sdmVkKHJlZ2lvbikgJiYgIXAuYWxsb3dlZFJlZ2lvbnMuaW5jbHVkZXMocmVnaW9uKSkge1xuICAgICAgICB0aHJvdyBuZXcgRXJyb3IoYCR7dGhpcy5ub2RlLnBhdGh9OiBzdGFjayByZWdpb24gJHtyZWdpb259IGlzIG5vdCBhbGxvd2VkIGJ5IHBvbGljeSBcIiR7cHJvcHMucG9saWN5Lm5hbWV9XCIgKGFsbG93ZWQ6ICR7cC5hbGxvd2VkUmVnaW9ucy5qb2luKCcsICcpfSkuIEZpeDogZGVwbG95IHRvICR7cC5hbGxvd2VkUmVnaW9ucy5qb2luKCcgb3IgJyl9LCBvciBjaGFuZ2UgYWxsb3dlZF9yZWdpb25zYCk7XG4gICAgICB9XG4gICAgICBuZXcgQ2ZuUnVsZSh0aGlzLCAnUmVnaW9uQWxsb3dlZCcsIHtcbiAgICAgICAgYXNzZXJ0aW9uczogW3tcbiAgICAgICAgICBhc3NlcnQ6IEZuLmNvbmRpdGlvbkNvbnRhaW5zKHAuYWxsb3dlZFJlZ2lvbnMsIEF3cy5SRUdJT04pLFxuICAgICAgICAgIGFzc2VydERlc2NyaXB0aW9uOiBgUG9saWN5IFwiJHtwcm9wcy5wb2xpY3kubmFtZX1cIiBhbGxvd3MgdGhpcyBsYWIgb25seSBpbiAke3AuYWxsb3dlZFJlZ2lvbnMuam9pbignLCAnKX1gLFxuICAgICAgICB9XSxcbiAgICAgIH0pO1xuICAgIH1cblxuICAgIGNvbnN0IGJ1ZGdldFVzZCA9IHByb3BzLm1vbnRobHlCdWRnZXQgPz8gcC5tb250aGx5QnVkZ2V0O1xuICAgIGlmIChidWRnZXRVc2QgIT09IHVuZGVmaW5lZCkge1xuICAgICAgaWYgKCEoYnVkZ2V0VXNkID4gMCkpIHtcbiAgICAgICAgdGhyb3cgbmV3IEVycm9yKGAke3RoaXMubm9kZS5wYXRofTogbW9udGhseSBidWRnZXQgbXVzdCBiZSBhIHBvc2l0aXZlIGFtb3VudCBpbiBVU0QgKGdvdCAke2J1ZGdldFVzZH0pLiBGaXg6IGdpdmUgZS5nLiA1MDBgKTtcbiAgICAgIH1cbiAgICAgIGNvbnN0IHRocmVzaG9sZHMgPSBwcm9wcy5idWRnZXRBbGVydFRocmVzaG9sZHMgPz8gWzUwLCA4MCwgMTAwXTtcbiAgICAgIGZvciAoY29uc3QgdCBvZiB0aHJlc2hvbGRzKSB7XG4gICAgICAgIGlmICghKHQgPiAwICYmIHQgPD0gMTAwMCkpIHRocm93IG5ldyBFcnJvcihgJHt0aGlzLm5vZGUucGF0aH06IGJ1ZGdldCBhbGVydCB0aHJlc2hvbGQgJHt0fSBtdXN0IGJlIGEgcGVyY2VudGFnZSBiZXR3ZWVuIDAgYW5kIDEwMDAuIEZpeDogdXNlIHZhbHVlcyBsaWtlIDUwLCA4MCwgMTAwYCk7XG4gICAgICB9XG4gICAgICBjb25zdCBzdWJzY3JpYmVycyA9IChwcm9wcy5idWRnZXROb3RpZmljYXRpb25FbWFpbHMgPz8gW10pLm1hcCgoYWRkcmVzcykgPT4gKHsgc3Vic2NyaXB0aW9uVHlwZTogJ0VNQUlMJywgYWRkcmVzcyB9KSk7XG4gICAgICB0aGlzLmJ1ZGdldCA9IG5ldyBidWRnZXRzLkNmbkJ1ZGdldCh0aGlzLCAnQnVkZ2V0Jywge1xuICAgICAgICBidWRnZXQ6IHtcbiAgICAgICAgICBidWRnZXRUeXBlOiAnQ09TVCcsXG4gICAgICAgICAgdGltZVVuaXQ6ICdNT05USExZJyxcbiAgICAgICAgICBidWRnZXRMaW1pdDogeyBhbW91bnQ6IGJ1ZGdldFVzZCwgdW5pdDogJ1VTRCcgfSxcbiAgICAgICAgICBjb3N0RmlsdGVyczogeyBUYWdLZXlWYWx1ZTogW2B1c2VyOiR7TEFCX1RBR30kJHt0aGlzLmxhYk5hbWV9YF0gfSxcbiAgICAgICAgfSxcbiAgICAgICAgbm90aWZpY2F0aW9uc1dpdGhTdWJzY3JpYmVyczogc3Vic2NyaWJlcnMubGVuZ3RoID09PSAwID8gdW5kZWZpbmVkIDogW1xuICAgICAgICAgIC4uLnRocmVzaG9sZHMubWFwKCh0aHJlc2hvbGQpID0+ICh7XG4gICAgICAgICAgICBub3RpZmljYXRpb246IHsgbm90aWZpY2F0aW9uVHlwZTogJ0FDVFVBTCcsIGNvbXBhcmlzb25PcGVyYXRvcjogJ0dSRUFURVJfVEhBTicsIHRocmVzaG9sZCwgdGhyZXNob2xkVHlwZTogJ1BFUkNFTlRBR0UnIH0sXG4gICAgICAgICAgICBzdWJzY3JpYmVycyxcbiAgICAgICAgICB9KSksXG4gICAgICAgICAge1xuICAgICAgICAgICAgbm90aWZpY2F0aW9uOiB7IG5vdGlmaWNhdGlvblR5cGU6ICdGT1JFQ0FTVEVEJywgY29tcGFyaXNvbk9wZXJhdG9yOiAnR1JFQVRFUl9USEFOJywgdGhyZXNob2xkOiAxMDAsIHRocmVzaG9sZFR5cGU6ICdQRVJDRU5UQUdFJyB9LFxuICAgICAgICAgICAgc3Vic2NyaWJlcnMsXG4gICAgICAgICAgfSxcbiAgICAgICAgXSxcbiAgICAgIH0pO1xuICAgIH1cblxuICAgIFRhZ3Mub2Yoc2NvcGUpLmFkZChMQUJfVEFHLCB0aGlzLmxhYk5hbWUpO1xuICAgIHRoaXMubm9kZS5hZGRWYWxpZGF0aW9uKHsgdmFsaWRhdGU6ICgpID0+IHRoaXMudmFsaWRhdGVTdWJqZWN0cygpIH0pO1xuICB9XG5cbiAgLyoqIENoZWNrcyBldmVyeSB3b3Jrc3BhY2UgaW4gdGhlIHNjb3BlOyBvbmUgbWVzc2FnZSBwZXIgdmlvbGF0aW9uLiAqL1xuICBwcml2YXRlIHZhbGlkYXRlU3ViamVjdHMoKTogc3RyaW5nW10ge1xuICAgIGNvbnN0IHNjb3BlID0gdGhpcy5ub2RlLnNjb3BlITtcbiAgICBjb25zdCBzdWJqZWN0cyA9IHNjb3BlLm5vZGUuZmluZEFsbCgpLmZpbHRlcigoYyk6IGMgaXMgSVBvbGljeVN1YmplY3QgPT4gUG9saWN5Qm91bmRhcnkuaXNQb2xpY3lTdWJqZWN0KGMpKTtcbiAgICBjb25zdCByZXF1ZXN0cyA9IHN1YmplY3RzLm1hcCgocykgPT4ge1xuICAgICAgY29uc3QgcmVxID0gcy5wb2xpY3lSZXF1ZXN0KCk7XG4gICAgICByZXR1cm4geyAuLi5yZXEsIG5hbWU6IHJlcS5uYW1lICYmIHJlcS5uYW1lICE9PSBzLm5vZGUuaWQgPyBgJHtyZXEubmFtZX0gKCR7cy5ub2RlLnBhdGh9KWAgOiBzLm5vZGUucGF0aCB9O1xuICAgIH0pO1xuICAgIHJldHVybiB0aGlzLnBvbGljeS5ldmFsdWF0ZUFsbChyZXF1ZXN0cykubWFwKCh2KSA9PiBgcG9saWN5IHZpb2xhdGlvbiBbJHt2LnJ1bGV9XTogJHt2Lm1lc3NhZ2V9YCk7XG4gIH1cblxuICBwcml2YXRlIGJvdW5kYXJ5U3RhdGVtZW50cygpOiBpYW0uUG9saWN5U3RhdGVtZW50W10ge1xuICAgIGNvbnN0IHAgPSB0aGlzLnBvbGljeS5wcm9wcztcbiAgICBjb25zdCBzdGF0ZW1lbnRzOiBpYW0uUG9saWN5U3RhdGVtZW50W10gPSBbXG4gICAgICBuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ1dvcmtzcGFjZVNlcnZpY2VzJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkFMTE9XLFxuICAgICAgICBhY3Rpb25zOiBbXG4gICAgICAgICAgJ3NzbToqJywgJ3NzbW1lc3NhZ2VzOionLCAnZWMybWVzc2FnZXM6KicsICdsb2dzOionLCAnY2xvdWR3YXRjaDpQdXRNZXRyaWNEYXRhJywgJ3MzOionLCAna21zOkRlY3J5cHQnLCAna21zOkdlbmVyYXRlRGF0YUtleSonLFxuICAgICAgICAgICdrbXM6RGVzY3JpYmVLZXknLCAnc2VjcmV0c21hbmFnZXI6R2V0U2VjcmV0VmFsdWUnLCAnc2VjcmV0c21hbmFnZXI6RGVzY3JpYmVTZWNyZXQnLCAnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50KicsXG4gICAgICAgICAgJ2VsYXN0aWNmaWxlc3lzdGVtOkRlc2NyaWJlKicsICdlbGFzdGljZmlsZXN5c3RlbTpCYWNrdXAnLCAndGFnOkdldFJlc291cmNlcycsICdrbXM6Q3JlYXRlR3JhbnQnLCAna21zOkVuY3J5cHQnLCAna21zOlJlRW5jcnlwdConLCAnZWMyOkRlc2NyaWJlKicsICdlYzI6U3RvcEluc3RhbmNlcycsICdlYzI6U3RhcnRJbnN0YW5jZXMnLCAnZWMyOkNyZWF0ZVRhZ3MnLCAnZWMyOlJ1bkluc3RhbmNlcycsXG4gICAgICAgICAgJ2VjMjpDcmVhdGVWb2x1bWUnLCAnZWMyOkF0dGFjaFZvbHVtZScsICdzdHM6QXNzdW1lUm9sZScsICdzdHM6R2V0Q2FsbGVySWRlbnRpdHknLCAnbGFtYmRhOkludm9rZUZ1bmN0aW9uJywgJ3N0YXRlczpTdGFydEV4ZWN1dGlvbicsXG4gICAgICAgICAgJ3NuczpQdWJsaXNoJywgJ3RyYW5zZmVyOionLCAnY2xvdWR0cmFpbDoqJywgJ2JhY2t1cDoqJywgJ2lhbTpQYXNzUm9sZScsICd4cmF5OlB1dFRyYWNlU2VnbWVudHMnLFxuICAgICAgICBdLFxuICAgICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgfSksXG4gICAgICBuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ05vSWRlbnRpdHlDaGFuZ2VzJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICAgIGFjdGlvbnM6IFtcbiAgICAgICAgICAnaWFtOkNyZWF0ZSonLCAnaWFtOkRlbGV0ZSonLCAnaWFtOlB1dConLCAnaWFtOkF0dGFjaConLCAnaWFtOkRldGFjaConLCAnaWFtOlVwZGF0ZSonLCAnaWFtOkFkZConLCAnaWFtOlJlbW92ZSonLFxuICAgICAgICAgICdpYW06U2V0RGVmYXVsdFBvbGljeVZlcnNpb24nLCAnb3JnYW5pemF0aW9uczoqJywgJ2FjY291bnQ6KicsXG4gICAgICAgIF0sXG4gICAgICAgIHJlc291cmNlczogWycqJ10sXG4gICAgICB9KSxcbiAgICBdO1xuICAgIGlmIChwLmFsbG93ZWRSZWdpb25zICYmIHAuYWxsb3dlZFJlZ2lvbnMubGVuZ3RoID4gMCkge1xuICAgICAgc3RhdGVtZW50cy5wdXNoKG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnT25seUFsbG93ZWRSZWdpb25zJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICAgIG5vdEFjdGlvbnM6IFsnaWFtOionLCAnc3RzOionLCAnYnVkZ2V0czoqJywgJ2Nsb3VkZnJvbnQ6KicsICdyb3V0ZTUzOionLCAnc3VwcG9ydDoqJ10sXG4gICAgICAgIHJlc291cmNlczogWycqJ10sXG4gICAgICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nTm90RXF1YWxzOiB7ICdhd3M6UmVxdWVzdGVkUmVnaW9uJzogcC5hbGxvd2VkUmVnaW9ucyB9IH0sXG4gICAgICB9KSk7XG4gICAgfVxuICAgIGNvbnN0IGFsbG93ZWRUeXBlcyA9IHRoaXMuYWxsb3dlZEluc3RhbmNlVHlwZVBhdHRlcm5zKCk7XG4gICAgaWYgKGFsbG93ZWRUeXBlcykge1xuICAgICAgc3RhdGVtZW50cy5wdXNoKG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnT25seUFsbG93ZWRJbnN0YW5jZVR5cGVzJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICAgIGFjdGlvbnM6IFsnZWMyOlJ1bkluc3RhbmNlcycsICdlYzI6U3RhcnRJbnN0YW5jZXMnLCAnZWMyOk1vZGlmeUluc3RhbmNlQXR0cmlidXRlJ10sXG4gICAgICAgIHJlc291cmNlczogW2Bhcm46JHtBd3MuUEFSVElUSU9OfTplYzI6KjoqOmluc3RhbmNlLypgXSxcbiAgICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdOb3RMaWtlOiB7ICdlYzI6SW5zdGFuY2VUeXBlJzogYWxsb3dlZFR5cGVzIH0gfSxcbiAgICAgIH0pKTtcbiAgICB9XG4gICAgaWYgKHAuZGVuaWVkSW5zdGFuY2VGYW1pbGllcyAmJiBwLmRlbmllZEluc3RhbmNlRmFtaWxpZXMubGVuZ3RoID4gMCkge1xuICAgICAgc3RhdGVtZW50cy5wdXNoKG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnTm9EZW5pZWRJbnN0YW5jZUZhbWlsaWVzJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICAgIGFjdGlvbnM6IFsnZWMyOlJ1bkluc3RhbmNlcycsICdlYzI6U3RhcnRJbnN0YW5jZXMnXSxcbiAgICAgICAgcmVzb3VyY2VzOiBbYGFybjoke0F3cy5QQVJUSVRJT059OmVjMjoqOio6aW5zdGFuY2UvKmBdLFxuICAgICAgICBjb25kaXRpb25zOiB7IFN0cmluZ0xpa2U6IHsgJ2VjMjpJbnN0YW5jZVR5cGUnOiBwLmRlbmllZEluc3RhbmNlRmFtaWxpZXMubWFwKChmKSA9PiBgJHtmfS4qYCkgfSB9LFxuICAgICAgfSkpO1xuICAgIH1cbiAgICBmb3IgKGNvbnN0IHRhZyBvZiBwLnJlcXVpcmVkVGFncyA/PyBbXSkge1xuICAgICAgc3RhdGVtZW50cy5wdXNoKG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiBgUmVxdWlyZVRhZyR7dGFnLnJlcGxhY2UoL1teQS1aYS16MC05XS9nLCAnJyl9YCxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkRFTlksXG4gICAgICAgIGFjdGlvbnM6IFsnZWMyOlJ1bkluc3RhbmNlcycsICdlYzI6Q3JlYXRlVm9sdW1lJ10sXG4gICAgICAgIHJlc291cmNlczogW2Bhcm46JHtBd3MuUEFSVElUSU9OfTplYzI6KjoqOmluc3RhbmNlLypgLCBgYXJuOiR7QXdzLlBBUlRJVElPTn06ZWMyOio6Kjp2b2x1bWUvKmBdLFxuICAgICAgICBjb25kaXRpb25zOiB7IE51bGw6IHsgW2Bhd3M6UmVxdWVzdFRhZy8ke2F3c1RhZ0tleSh0YWcpfWBdOiAndHJ1ZScgfSB9LFxuICAgICAgfSkpO1xuICAgIH1cbiAgICBpZiAodGhpcy5wb2xpY3kuZWdyZXNzID09PSBFZ3Jlc3NNb2RlLk5PTkUpIHtcbiAgICAgIHN0YXRlbWVudHMucHVzaChuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ05vSW50ZXJuZXRQYXRocycsXG4gICAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgICBhY3Rpb25zOiBbJ2VjMjpDcmVhdGVJbnRlcm5ldEdhdGV3YXknLCAnZWMyOkF0dGFjaEludGVybmV0R2F0ZXdheScsICdlYzI6Q3JlYXRlTmF0R2F0ZXdheScsICdlYzI6QXNzb2NpYXRlQWRkcmVzcycsICdlYzI6QWxsb2NhdGVBZGRyZXNzJ10sXG4gICAgICAgIHJlc291cmNlczogWycqJ10sXG4gICAgICB9KSk7XG4gICAgfVxuICAgIHJldHVybiBzdGF0ZW1lbnRzO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBib3VuZGFyeSBjYXBzIHBlcm1pc3Npb25zIGFuZCBncmFudHMgbm9uZSwgc28gaXRzIHNlcnZpY2UtbGV2ZWwgd2lsZGNhcmRzIGFyZSBub3RcbiAgICogcGVybWlzc2lvbnMgYW55b25lIGhvbGRzOiBhY2tub3dsZWRnZWQgZmluZGluZyBieSBmaW5kaW5nLCBzbyB0aGF0IGEgd2lsZGNhcmQgYWRkZWQgdG8gYVxuICAgKiByb2xlJ3Mgb3duIHBvbGljeSBzdGlsbCBmYWlscyB0aGUgY2hlY2tzLlxuICAgKi9cbiAgcHJpdmF0ZSBhY2tub3dsZWRnZUJvdW5kYXJ5V2lsZGNhcmRzKCk6IHZvaWQge1xuICAgIGNvbnN0IHJlYXNvbiA9ICdUaGlzIG1hbmFnZWQgcG9saWN5IGlzIHVzZWQgb25seSBhcyBhbiBJQU0gcGVybWlzc2lvbnMgYm91bmRhcnk6IGl0IGdyYW50cyBub3RoaW5nLCBhbmQgYSByb2xlXFwncyBlZmZlY3RpdmUgcGVybWlzc2lvbnMgYXJlIHRoZSBpbnRlcnNlY3Rpb24gb2YgdGhlIGJvdW5kYXJ5IHdpdGggaXRzIG93biBsZWFzdC1wcml2aWxlZ2UgcG9saWN5IChzY29wZWQgdG8gdGhlIGxhYlxcJ3MgcmVzb3VyY2VzKS4gVGhlIGJvdW5kYXJ5IGxpc3RzIHdob2xlIHNlcnZpY2VzIHNvIHRoYXQgaXQgc3RheXMgYSByZWFkYWJsZSBjZWlsaW5nOyBpdHMgRGVueSBzdGF0ZW1lbnRzIChJQU0gY2hhbmdlcywgcmVnaW9ucywgaW5zdGFuY2UgdHlwZXMsIHJlcXVpcmVkIHRhZ3MpIGFyZSB3aGF0IGl0IGVuZm9yY2VzLic7XG4gICAgY29uc3QgaWRzID0gbmV3IFNldDxzdHJpbmc+KFsnQXdzU29sdXRpb25zLUlBTTVbUmVzb3VyY2U6OipdJywgJ0hJUEFBLlNlY3VyaXR5LUlBTVBvbGljeU5vU3RhdGVtZW50c1dpdGhGdWxsQWNjZXNzJywgJ05JU1QuODAwLjUzLlI1LUlBTVBvbGljeU5vU3RhdGVtZW50c1dpdGhGdWxsQWNjZXNzJ10pO1xuICAgIGZvciAoY29uc3Qgc3Qgb2YgdGhpcy5wZXJtaXNzaW9uc0JvdW5kYXJ5LmRvY3VtZW50LnRvSlNPTigpPy5TdGF0ZW1lbnQgPz8gW10pIHtcbiAgICAgIGlmIChzdC5FZmZlY3QgIT09ICdBbGxvdycpIGNvbnRpbnVlO1xuICAgICAgZm9yIChjb25zdCBhIG9mIFtdLmNvbmNhdChzdC5BY3Rpb24gPz8gW10pKSBpZiAoU3RyaW5nKGEpLmluY2x1ZGVzKCcqJykpIGlkcy5hZGQoYEF3c1NvbHV0aW9ucy1JQU01W0FjdGlvbjo6JHthfV1gKTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBpZCBvZiBpZHMpIGFja25vd2xlZGdlKHRoaXMucGVybWlzc2lvbnNCb3VuZGFyeSwgeyBpZCwgcmVhc29uIH0pO1xuICB9XG5cbiAgLyoqIEluc3RhbmNlIHR5cGUgcGF0dGVybnMgdGhlIHBvbGljeSBhbGxvd3MsIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGFsbG93cyBhbnkuICovXG4gIHByaXZhdGUgYWxsb3dlZEluc3RhbmNlVHlwZVBhdHRlcm5zKCk6IHN0cmluZ1tdIHwgdW5kZWZpbmVkIHtcbiAgICBjb25zdCBwID0gdGhpcy5wb2xpY3kucHJvcHM7XG4gICAgY29uc3Qgb3V0ID0gbmV3IFNldDxzdHJpbmc+KCk7XG4gICAgaWYgKHAuYWxsb3dlZFNpemVzKSB7XG4gICAgICBmb3IgKGNvbnN0IHMgb2YgcC5hbGxvd2VkU2l6ZXMpIHtcbiAgICAgICAgZm9yIChjb25zdCBhIG9mIFtBcmNoaXRlY3R1cmUuWDg2XzY0LCBBcmNoaXRlY3R1cmUuQVJNNjRdKSBvdXQuYWRkKFNpemVzLmVjMkluc3RhbmNlVHlwZShzLCBhKSk7XG4gICAgICB9XG4gICAgfVxuICAgIGlmIChwLmFsbG93ZWRJbnN0YW5jZUZhbWlsaWVzKSB7XG4gICAgICBmb3IgKGNvbnN0IGYgb2YgcC5hbGxvd2VkSW5zdGFuY2VGYW1pbGllcykgb3V0LmFkZChgJHtmfS4qYCk7XG4gICAgfVxuICAgIHJldHVybiBvdXQuc2l6ZSA+IDAgPyBbLi4ub3V0XS5zb3J0KCkgOiB1bmRlZmluZWQ7XG4gIH1cbn1cbiJdfQ==