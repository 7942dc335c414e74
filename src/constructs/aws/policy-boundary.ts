import { Aws, CfnRule, Fn, Stack, Tags, Token } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct, IConstruct } from 'constructs';
import { acknowledge } from './private/acknowledge';
import { checkKnownProps } from '../../private/known-props';
import { EgressMode, WorkspacePolicy, WorkspaceRequest } from '../../workspaces/policy';
import { awsTagKey, LAB_TAG } from '../../workspaces/private/tags';
import { Architecture, Sizes } from '../../workspaces/sizes';

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
export class PolicyBoundary extends Construct {
  /** Marks a construct as a policy subject (ResearchWorkspace does this). */
  public static markSubject(subject: IPolicySubject): void {
    Object.defineProperty(subject, SUBJECT, { value: true, enumerable: false });
  }

  /** Whether a construct is a policy subject. */
  public static isPolicySubject(x: any): x is IPolicySubject {
    return typeof x === 'object' && x !== null && (x as any)[SUBJECT] === true;
  }

  /** The boundaries that apply to a construct: those attached to it or to any of its scopes. */
  public static of(construct: IConstruct): PolicyBoundary[] {
    const out: PolicyBoundary[] = [];
    for (const scope of construct.node.scopes) {
      for (const child of scope.node.children) {
        if (child instanceof PolicyBoundary) out.push(child);
      }
    }
    return out;
  }

  /** The policy. */
  public readonly policy: WorkspacePolicy;
  /** The permissions boundary applied to roles in the scope. */
  public readonly permissionsBoundary: iam.ManagedPolicy;
  /**
   * The budget.
   * @default - none, when no monthly budget is configured
   */
  public readonly budget?: budgets.CfnBudget;
  /** Lab name. */
  public readonly labName: string;

  constructor(scope: Construct, id: string, props: PolicyBoundaryProps) {
    super(scope, id);
    checkKnownProps(this, 'PolicyBoundaryProps', props);
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
      const region = Stack.of(this).region;
      if (!Token.isUnresolved(region) && !p.allowedRegions.includes(region)) {
        throw new Error(`${this.node.path}: stack region ${region} is not allowed by policy "${props.policy.name}" (allowed: ${p.allowedRegions.join(', ')}). Fix: deploy to ${p.allowedRegions.join(' or ')}, or change allowed_regions`);
      }
      new CfnRule(this, 'RegionAllowed', {
        assertions: [{
          assert: Fn.conditionContains(p.allowedRegions, Aws.REGION),
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
        if (!(t > 0 && t <= 1000)) throw new Error(`${this.node.path}: budget alert threshold ${t} must be a percentage between 0 and 1000. Fix: use values like 50, 80, 100`);
      }
      const subscribers = (props.budgetNotificationEmails ?? []).map((address) => ({ subscriptionType: 'EMAIL', address }));
      this.budget = new budgets.CfnBudget(this, 'Budget', {
        budget: {
          budgetType: 'COST',
          timeUnit: 'MONTHLY',
          budgetLimit: { amount: budgetUsd, unit: 'USD' },
          costFilters: { TagKeyValue: [`user:${LAB_TAG}$${this.labName}`] },
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

    Tags.of(scope).add(LAB_TAG, this.labName);
    this.node.addValidation({ validate: () => this.validateSubjects() });
  }

  /** Checks every workspace in the scope; one message per violation. */
  private validateSubjects(): string[] {
    const scope = this.node.scope!;
    const subjects = scope.node.findAll().filter((c): c is IPolicySubject => PolicyBoundary.isPolicySubject(c));
    const requests = subjects.map((s) => {
      const req = s.policyRequest();
      return { ...req, name: req.name && req.name !== s.node.id ? `${req.name} (${s.node.path})` : s.node.path };
    });
    return this.policy.evaluateAll(requests).map((v) => `policy violation [${v.rule}]: ${v.message}`);
  }

  private boundaryStatements(): iam.PolicyStatement[] {
    const p = this.policy.props;
    const statements: iam.PolicyStatement[] = [
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
        resources: [`arn:${Aws.PARTITION}:ec2:*:*:instance/*`],
        conditions: { StringNotLike: { 'ec2:InstanceType': allowedTypes } },
      }));
    }
    if (p.deniedInstanceFamilies && p.deniedInstanceFamilies.length > 0) {
      statements.push(new iam.PolicyStatement({
        sid: 'NoDeniedInstanceFamilies',
        effect: iam.Effect.DENY,
        actions: ['ec2:RunInstances', 'ec2:StartInstances'],
        resources: [`arn:${Aws.PARTITION}:ec2:*:*:instance/*`],
        conditions: { StringLike: { 'ec2:InstanceType': p.deniedInstanceFamilies.map((f) => `${f}.*`) } },
      }));
    }
    for (const tag of p.requiredTags ?? []) {
      statements.push(new iam.PolicyStatement({
        sid: `RequireTag${tag.replace(/[^A-Za-z0-9]/g, '')}`,
        effect: iam.Effect.DENY,
        actions: ['ec2:RunInstances', 'ec2:CreateVolume'],
        resources: [`arn:${Aws.PARTITION}:ec2:*:*:instance/*`, `arn:${Aws.PARTITION}:ec2:*:*:volume/*`],
        conditions: { Null: { [`aws:RequestTag/${awsTagKey(tag)}`]: 'true' } },
      }));
    }
    if (this.policy.egress === EgressMode.NONE) {
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
  private acknowledgeBoundaryWildcards(): void {
    const reason = 'This managed policy is used only as an IAM permissions boundary: it grants nothing, and a role\'s effective permissions are the intersection of the boundary with its own least-privilege policy (scoped to the lab\'s resources). The boundary lists whole services so that it stays a readable ceiling; its Deny statements (IAM changes, regions, instance types, required tags) are what it enforces.';
    const ids = new Set<string>(['AwsSolutions-IAM5[Resource::*]', 'HIPAA.Security-IAMPolicyNoStatementsWithFullAccess', 'NIST.800.53.R5-IAMPolicyNoStatementsWithFullAccess']);
    for (const st of this.permissionsBoundary.document.toJSON()?.Statement ?? []) {
      if (st.Effect !== 'Allow') continue;
      for (const a of [].concat(st.Action ?? [])) if (String(a).includes('*')) ids.add(`AwsSolutions-IAM5[Action::${a}]`);
    }
    for (const id of ids) acknowledge(this.permissionsBoundary, { id, reason });
  }

  /** Instance type patterns the policy allows, or undefined when it allows any. */
  private allowedInstanceTypePatterns(): string[] | undefined {
    const p = this.policy.props;
    const out = new Set<string>();
    if (p.allowedSizes) {
      for (const s of p.allowedSizes) {
        for (const a of [Architecture.X86_64, Architecture.ARM64]) out.add(Sizes.ec2InstanceType(s, a));
      }
    }
    if (p.allowedInstanceFamilies) {
      for (const f of p.allowedInstanceFamilies) out.add(`${f}.*`);
    }
    return out.size > 0 ? [...out].sort() : undefined;
  }
}
