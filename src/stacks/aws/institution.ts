import { CfnDeletionPolicy, Environment, Stack, Tags } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as organizations from 'aws-cdk-lib/aws-organizations';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { locateInstitutionField, readInstitutionFile, TENANT_NAME } from './institution-file';
import { LabDefinition, LabStack } from './lab-stack';
import { TenantStack } from './tenant-stack';
import {
  boundaryNamePrefix, TENANT_TAG, tenantIsolationStatements, tenantServiceControlPolicy, tenantStackPrefix,
} from '../../constructs/aws/private/tenant-isolation';
import { checkKnownProps } from '../../private/known-props';
import { Diagnostic } from '../../workspaces/errors';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { checkQuotas, QuotaUsage, QuotaWorkspace, usageOf } from '../../workspaces/private/quotas';

/** A named person of a tenant. */
export interface InstitutionContact {
  /** Name, as budgets name them (`notify:`). */
  readonly name: string;
  /** Email address. */
  readonly email: string;
}

/** Limits across all of a tenant's labs, checked at synth. An absent limit is no limit. */
export interface TenantQuota {
  /**
   * Workspaces.
   * @default - no limit
   */
  readonly workspaces?: number;
  /**
   * vCPUs of all workspaces.
   * @default - no limit
   */
  readonly vcpus?: number;
  /**
   * GPUs of all workspaces.
   * @default - no limit
   */
  readonly gpus?: number;
  /**
   * Root volume storage of all workspaces in GiB.
   * @default - no limit
   */
  readonly storageGiB?: number;
  /**
   * Estimated spend in USD a month: the workspaces' on-demand hourly cost times
   * `spendHoursPerMonth`.
   * @default - no limit
   */
  readonly monthlySpend?: number;
}

/** A tenant's AWS Budget. */
export interface TenantBudget {
  /** Monthly budget in USD. */
  readonly monthlyUsd: number;
  /**
   * Alert thresholds in percent of actual spend (a forecast alert at 100% is always added).
   * @default [50, 80, 100]
   */
  readonly thresholds?: number[];
  /**
   * Contacts, by name, who get the alerts (the tenant's topic gets them too).
   * @default - the topic only
   */
  readonly notify?: string[];
}

/** A tenant's own AWS account, created in the institution's organization. */
export interface TenantAccount {
  /** Root email address of the new account (unique in AWS). */
  readonly email: string;
  /**
   * Account name.
   * @default - "<institution>-<tenant>"
   */
  readonly accountName?: string;
}

/** A tenant (department) of an institution. */
export interface TenantDefinition {
  /** Name: lower-case letters, digits and single dashes (stacks, OUs, tags). */
  readonly name: string;
  /** The tenant's labs (AWS). */
  readonly labs: LabDefinition[];
  /**
   * Named people: alarm and budget emails.
   * @default - none
   */
  readonly contacts?: InstitutionContact[];
  /**
   * Quotas across the tenant's labs.
   * @default - none
   */
  readonly quota?: TenantQuota;
  /**
   * The tenant's budget.
   * @default - none
   */
  readonly budget?: TenantBudget;
  /**
   * The tenant's own account (needs the institution's `organization`).
   * @default - the institution's account
   */
  readonly account?: TenantAccount;
  /**
   * Regions the tenant may use (the service control policy denies the others).
   * @default - every region
   */
  readonly allowedRegions?: string[];
}

/** The institution's AWS Organization. */
export interface InstitutionOrganization {
  /** Root (`r-...`) or OU (`ou-...`) the tenant OUs are created under. */
  readonly parentId: string;
}

/** An institution: tenants with their labs, quotas, budgets and isolation. */
export interface InstitutionDefinition {
  /** Name: lower-case letters, digits and single dashes. */
  readonly name: string;
  /** The tenants. */
  readonly tenants: TenantDefinition[];
  /**
   * Tenants in AWS Organizations: an OU per tenant with its service control policy, and an
   * account for every tenant with `account`.
   * @default - no organization: all tenants share the deploying account
   */
  readonly organization?: InstitutionOrganization;
  /**
   * Hours a month a workspace counts in the monthly spend estimate.
   * @default 730
   */
  readonly spendHoursPerMonth?: number;
  /**
   * File the definition was read from, for messages.
   * @default - defined in code
   */
  readonly sourceFile?: string;
}

/** Properties of an Institution. */
export interface InstitutionProps {
  /** The institution. */
  readonly definition: InstitutionDefinition;
  /**
   * Environment of the tenant stacks and labs that name none themselves.
   * @default - environment-agnostic
   */
  readonly env?: Environment;
  /**
   * Environment of the organization stack (the management account).
   * @default - `env`
   */
  readonly organizationEnv?: Environment;
}

/** What a tenant uses across its labs, from the synthesized model. */
export interface TenantUsage {
  /** Tenant. */
  readonly tenant: string;
  /** Labs. */
  readonly labs: string[];
  /** Workspaces. */
  readonly workspaces: number;
  /** vCPUs. */
  readonly vcpus: number;
  /** GPUs. */
  readonly gpus: number;
  /** Root volume storage in GiB. */
  readonly storageGiB: number;
  /** Estimated USD an hour with every workspace running. */
  readonly hourlyCost: number;
  /** Estimated USD a month (hourly cost times the spend hours). */
  readonly monthlySpend: number;
  /** Distinct research users with an account on the tenant's labs. */
  readonly users: number;
  /** Workspace owners. */
  readonly owners: string[];
}

/** Limit of a service control policy's text (bytes, without white space). */
const SCP_LIMIT = 5120;

/**
 * A university's research computing on AWS: tenants (departments), each with its labs, quotas
 * and budget, kept apart from each other.
 *
 * - One `TenantStack` per tenant (`<institution>-<tenant>--tenant`): the tenant's key, alert
 *   topic with its contacts, budget on the tenant's tag, dashboard, and a CloudTrail trail when
 *   it has its own account. One `LabStack` per lab (`<institution>-<tenant>--<lab>`), each with
 *   `LabMonitoring` (alarms to the tenant's contacts).
 * - Quotas (workspaces, vCPUs, GPUs, root storage, estimated monthly spend) are checked at
 *   synth across all the tenant's labs: one error per exceeded quota, with file:line:column.
 * - Isolation: every resource is tagged `research:tenant`; every lab has its own key, VPC and
 *   permissions boundary, and the boundary denies the use of another tenant's tagged resources,
 *   changing the tenant tag, and the other tenants' buckets (by their stacks' name prefix).
 * - With `organization`: an OU per tenant under the parent, an account for tenants with
 *   `account` (retained when removed from the file), and a service control policy on the OU
 *   that holds the boundary even against the account's administrators.
 *
 * @example
 * const app = new App();
 * Institution.fromFile(app, 'uni', 'institution.yaml');
 */
export class Institution extends Construct {
  /** Reads an institution file (YAML) and the lab files it names. */
  public static loadDefinition(file: string): InstitutionDefinition {
    return readInstitutionFile(file);
  }

  /** An institution from its file. */
  public static fromFile(scope: Construct, id: string, file: string, env?: Environment): Institution {
    return new Institution(scope, id, { definition: Institution.loadDefinition(file), env });
  }

  /** The definition. */
  public readonly definition: InstitutionDefinition;
  /** The tenant stacks, in definition order. */
  public readonly tenantStacks: TenantStack[] = [];
  /** Every lab stack, tenant by tenant. */
  public readonly labStacks: LabStack[] = [];
  /**
   * The organization stack (OUs, accounts, service control policies).
   * @default - none without `organization`
   */
  public readonly organizationStack?: Stack;

  private readonly labsByTenant = new Map<string, LabStack[]>();

  constructor(scope: Construct, id: string, props: InstitutionProps) {
    super(scope, id);
    checkKnownProps(this, 'InstitutionProps', props);
    const def = props.definition;
    this.definition = def;
    this.validate(def);
    const hours = def.spendHoursPerMonth ?? 730;
    const quotaProblems: Diagnostic[] = [];
    def.tenants.forEach((t, ti) => {
      const others = def.tenants.filter((o) => o.name !== t.name).map((o) => tenantStackPrefix(def.name, o.name));
      const labs: LabStack[] = [];
      for (const labDef of t.labs) {
        const lab = new LabStack(scope, `${tenantStackPrefix(def.name, t.name)}${labDef.name.replace(/[^A-Za-z0-9-]/g, '-')}`, {
          // Every lab of an institution is monitored (its workspaces then run the CloudWatch agent).
          definition: labDef.monitoring ? labDef : { ...labDef, monitoring: {} },
          // A lab file's region and account win over the institution's default environment.
          env: labDef.region || labDef.account ? undefined : props.env,
        });
        Tags.of(lab).add(TENANT_TAG, t.name);
        // A fixed name, which the service control policy requires of every role's boundary.
        (lab.boundary.permissionsBoundary.node.defaultChild as iam.CfnManagedPolicy).managedPolicyName = `${boundaryNamePrefix(t.name)}${labDef.name}`.slice(0, 128);
        for (const s of tenantIsolationStatements(t.name, others, lab.partition)) lab.boundary.permissionsBoundary.addStatements(s);
        // Every lab is monitored; its alarms go to the tenant's contacts (and to the lab's own, when its file names them).
        const emails = (t.contacts ?? []).map((c) => c.email);
        const monitoring = lab.monitoring!;
        for (const email of emails.filter((e) => !(labDef.monitoring?.emails ?? []).includes(e))) {
          monitoring.topic.addSubscription(new subs.EmailSubscription(email));
        }
        labs.push(lab);
        this.labStacks.push(lab);
      }
      this.labsByTenant.set(t.name, labs);
      quotaProblems.push(...checkQuotas(t.name, `tenants[${ti}]`, t.quota, quotaWorkspaces(labs), hours,
        (field) => locateInstitutionField(def, field, this.node.path)));
      this.tenantStacks.push(new TenantStack(scope, `${tenantStackPrefix(def.name, t.name)}tenant`, {
        institutionName: def.name,
        tenant: t,
        labs,
        env: props.env ?? (t.labs[0]?.region || t.labs[0]?.account ? { region: t.labs[0].region, account: t.labs[0].account } : undefined),
        trail: t.account !== undefined,
      }));
    });
    if (quotaProblems.length) {
      throw new WorkspaceInputError(quotaProblems, quotaProblems.length > 1 ? `${def.sourceFile ?? this.node.path}: ${quotaProblems.length} quotas exceeded` : undefined);
    }
    if (def.organization) this.organizationStack = this.addOrganization(scope, def, props.organizationEnv ?? props.env);
  }

  /** The lab stacks of a tenant. */
  public labsOf(tenant: string): LabStack[] {
    const labs = this.labsByTenant.get(tenant);
    if (!labs) throw new Error(`${this.node.path}: no tenant "${tenant}". Fix: use one of ${[...this.labsByTenant.keys()].join(', ')}`);
    return labs;
  }

  /** What each tenant uses, from the synthesized model (for reports). */
  public usage(): TenantUsage[] {
    const hours = this.definition.spendHoursPerMonth ?? 730;
    return this.definition.tenants.map((t) => {
      const labs = this.labsOf(t.name);
      const u: QuotaUsage = usageOf(quotaWorkspaces(labs), hours);
      const users = new Set<string>();
      for (const lab of labs) {
        // A workspace without users: gives every user of the registry an account.
        const everyone = lab.users?.registry.users.map((x) => x.name) ?? [];
        for (const w of lab.definition.workspaces) for (const a of w.users ?? everyone) users.add(a);
      }
      return {
        tenant: t.name,
        labs: labs.map((l) => l.labName),
        workspaces: u.workspaces,
        vcpus: u.vcpus,
        gpus: u.gpus,
        storageGiB: u.storageGiB,
        hourlyCost: Math.round(labs.reduce((s, l) => s + l.estimatedHourlyCost, 0) * 10000) / 10000,
        monthlySpend: u.monthlySpend,
        users: users.size,
        owners: [...new Set(labs.flatMap((l) => l.workspaces.map((w) => w.owner).filter((o): o is string => !!o)))].sort(),
      };
    });
  }

  private validate(def: InstitutionDefinition): void {
    const problems: Diagnostic[] = [];
    const add = (field: string, message: string, value: unknown, fix: string, code = 'invalid-institution') =>
      problems.push(problem({ code, message, field, value, fix, location: locateInstitutionField(def, field, this.node.path) }));
    const nameRule = 'lower-case letters, digits and single dashes, starting with a letter, at most 31 characters';
    if (!TENANT_NAME.test(def.name ?? '') || def.name.includes('--') || def.name.endsWith('-')) add('name', `an institution name holds ${nameRule}`, def.name, 'use e.g. "example-university"');
    const tenants = new Map<string, number>();
    const labs = new Map<string, string>();
    (def.tenants ?? []).forEach((t, i) => {
      const f = `tenants[${i}]`;
      if (!TENANT_NAME.test(t.name ?? '') || t.name.includes('--') || t.name.endsWith('-')) add(`${f}.name`, `a tenant name holds ${nameRule}`, t.name, 'use e.g. "physics"');
      if (tenants.has(t.name)) add(`${f}.name`, `tenant "${t.name}" is already tenants[${tenants.get(t.name)}]`, t.name, 'give every tenant its own name');
      tenants.set(t.name, i);
      const contacts = new Set((t.contacts ?? []).map((c) => c.name));
      (t.budget?.notify ?? []).forEach((n, j) => {
        if (!contacts.has(n)) add(`${f}.budget.notify[${j}]`, `"${n}" is not a contact of tenant ${t.name}`, n, `add them under contacts: (name, email), or use one of ${[...contacts].join(', ') || '(no contacts)'}`, 'unknown-contact');
      });
      if (t.budget && !(t.budget.monthlyUsd > 0)) add(`${f}.budget.monthly_usd`, 'a budget is a positive amount in USD', t.budget.monthlyUsd, 'give e.g. monthly_usd: 2000');
      if (t.account && !def.organization) add(`${f}.account`, 'an account of its own needs the institution\'s organization', t.account.email, 'add organization: { parent_id: r-... } at the top, or remove account:');
      (t.labs ?? []).forEach((l, j) => {
        const other = labs.get(l.name);
        if (other) add(`${f}.labs[${j}]`, `lab name "${l.name}" is already used by ${other} (budgets and tags name labs by name)`, l.name, 'give every lab of the institution its own name');
        else labs.set(l.name, `tenant ${t.name}`);
      });
    });
    if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${def.sourceFile ?? this.node.path}: ${problems.length} problems in the institution` : undefined);
  }

  private addOrganization(scope: Construct, def: InstitutionDefinition, env: Environment | undefined): Stack {
    const stack = new Stack(scope, `${def.name}--organization`, {
      env,
      description: `Organization of institution ${def.name}: an OU, a service control policy and optionally an account per tenant (cdk-research-workspaces)`,
    });
    def.tenants.forEach((t) => {
      const ou = new organizations.CfnOrganizationalUnit(stack, `Ou-${t.name}`, { name: `${def.name}-${t.name}`, parentId: def.organization!.parentId });
      const content = tenantServiceControlPolicy(t.name, t.allowedRegions);
      const size = JSON.stringify(content).length;
      if (size > SCP_LIMIT) {
        throw new WorkspaceInputError([problem({
          code: 'scp-too-large',
          message: `the service control policy of tenant ${t.name} has ${size} characters, more than AWS's ${SCP_LIMIT}`,
          field: 'allowed_regions',
          value: (t.allowedRegions ?? []).length,
          fix: 'allow fewer regions',
          location: { file: def.sourceFile ?? this.node.path },
        })]);
      }
      new organizations.CfnPolicy(stack, `Scp-${t.name}`, {
        name: `rws-${def.name}-${t.name}`,
        description: `Holds the permissions boundary, audit and region rules of tenant ${t.name} against everyone in its accounts`,
        type: 'SERVICE_CONTROL_POLICY',
        content,
        targetIds: [ou.attrId],
      });
      if (t.account) {
        const account = new organizations.CfnAccount(stack, `Account-${t.name}`, {
          accountName: t.account.accountName ?? `${def.name}-${t.name}`,
          email: t.account.email,
          parentIds: [ou.attrId],
          tags: [{ key: TENANT_TAG, value: t.name }],
        });
        // Removing a tenant from the file never closes its account (and its research data).
        account.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
        account.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
      }
    });
    return stack;
  }
}

/** A tenant's workspaces as quotas count them. */
function quotaWorkspaces(labs: LabStack[]): QuotaWorkspace[] {
  return labs.flatMap((lab) => lab.workspaces.map((w) => ({
    lab: lab.labName,
    name: w.workspaceName,
    vcpus: w.sizing.vcpus,
    gpus: w.sizing.gpus,
    storageGiB: w.rootVolumeGiB,
    hourlyCost: w.hourlyCost,
  })));
}
