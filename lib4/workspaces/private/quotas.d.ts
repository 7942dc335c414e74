/**
 * Tenant quotas of an institution, checked across all of a tenant's labs: workspaces, vCPUs,
 * GPUs, storage (root volumes) and the estimated monthly spend. Pure: the caller sizes the
 * workspaces (WorkspaceSizing) and says where each quota was written.
 */
import { Diagnostic, SourceLocation } from '../errors';
/** The limits of one tenant; an absent limit is no limit. */
export interface QuotaLimits {
    readonly workspaces?: number;
    readonly vcpus?: number;
    readonly gpus?: number;
    readonly storageGiB?: number;
    readonly monthlySpend?: number;
}
/** One workspace as a quota counts it. */
export interface QuotaWorkspace {
    readonly lab: string;
    readonly name: string;
    readonly vcpus: number;
    readonly gpus: number;
    readonly storageGiB: number;
    /** USD per hour; undefined when the price is unknown (counted as 0 and reported by the lab summary). */
    readonly hourlyCost?: number;
}
/** What a tenant uses, summed over its labs. */
export interface QuotaUsage {
    readonly workspaces: number;
    readonly vcpus: number;
    readonly gpus: number;
    readonly storageGiB: number;
    /** Estimated USD a month: hourly cost times the hours a month. */
    readonly monthlySpend: number;
}
/** The quota keys, as written in institution.yaml (`quota:`) and in code (TenantQuota). */
export declare const QUOTA_FIELDS: ReadonlyArray<{
    key: keyof QuotaLimits;
    yaml: string;
    unit: string;
}>;
/** Sums a tenant's workspaces. */
export declare function usageOf(workspaces: readonly QuotaWorkspace[], hoursPerMonth: number): QuotaUsage;
/**
 * One diagnostic per quota the tenant's labs exceed, naming the tenant, the use by lab and the
 * fix. `locate(field)` gives the quota's place in the file (or the construct path).
 */
export declare function checkQuotas(tenant: string, field: string, limits: QuotaLimits | undefined, workspaces: readonly QuotaWorkspace[], hoursPerMonth: number, locate: (field: string) => SourceLocation): Diagnostic[];
