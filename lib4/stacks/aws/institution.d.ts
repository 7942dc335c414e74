import { Environment, Stack } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { LabDefinition, LabStack } from './lab-stack';
import { TenantStack } from './tenant-stack';
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
export declare class Institution extends Construct {
    /** Reads an institution file (YAML) and the lab files it names. */
    static loadDefinition(file: string): InstitutionDefinition;
    /** An institution from its file. */
    static fromFile(scope: Construct, id: string, file: string, env?: Environment): Institution;
    /** The definition. */
    readonly definition: InstitutionDefinition;
    /** The tenant stacks, in definition order. */
    readonly tenantStacks: TenantStack[];
    /** Every lab stack, tenant by tenant. */
    readonly labStacks: LabStack[];
    /**
     * The organization stack (OUs, accounts, service control policies).
     * @default - none without `organization`
     */
    readonly organizationStack?: Stack;
    private readonly labsByTenant;
    constructor(scope: Construct, id: string, props: InstitutionProps);
    /** The lab stacks of a tenant. */
    labsOf(tenant: string): LabStack[];
    /** What each tenant uses, from the synthesized model (for reports). */
    usage(): TenantUsage[];
    private validate;
    private addOrganization;
}
