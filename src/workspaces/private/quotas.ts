/**
 * Tenant quotas of an institution, checked across all of a tenant's labs: workspaces, vCPUs,
 * GPUs, storage (root volumes) and the estimated monthly spend. Pure: the caller sizes the
 * workspaces (WorkspaceSizing) and says where each quota was written.
 */
import { Diagnostic, SourceLocation } from '../errors';
import { problem } from './error';

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
export const QUOTA_FIELDS: ReadonlyArray<{ key: keyof QuotaLimits; yaml: string; unit: string }> = [
  { key: 'workspaces', yaml: 'workspaces', unit: 'workspaces' },
  { key: 'vcpus', yaml: 'vcpus', unit: 'vCPUs' },
  { key: 'gpus', yaml: 'gpus', unit: 'GPUs' },
  { key: 'storageGiB', yaml: 'storage_gib', unit: 'GiB of root volumes' },
  { key: 'monthlySpend', yaml: 'monthly_spend', unit: 'USD a month (estimated)' },
];

/** Sums a tenant's workspaces. */
export function usageOf(workspaces: readonly QuotaWorkspace[], hoursPerMonth: number): QuotaUsage {
  let vcpus = 0;
  let gpus = 0;
  let storageGiB = 0;
  let hourly = 0;
  for (const w of workspaces) {
    vcpus += w.vcpus;
    gpus += w.gpus;
    storageGiB += w.storageGiB;
    hourly += w.hourlyCost ?? 0;
  }
  return { workspaces: workspaces.length, vcpus, gpus, storageGiB, monthlySpend: Math.round(hourly * hoursPerMonth * 100) / 100 };
}

/**
 * One diagnostic per quota the tenant's labs exceed, naming the tenant, the use by lab and the
 * fix. `locate(field)` gives the quota's place in the file (or the construct path).
 */
export function checkQuotas(tenant: string, field: string, limits: QuotaLimits | undefined, workspaces: readonly QuotaWorkspace[],
  hoursPerMonth: number, locate: (field: string) => SourceLocation): Diagnostic[] {
  if (!limits) return [];
  const total = usageOf(workspaces, hoursPerMonth);
  const labs = [...new Set(workspaces.map((w) => w.lab))];
  const out: Diagnostic[] = [];
  for (const q of QUOTA_FIELDS) {
    const limit = limits[q.key];
    if (limit === undefined) continue;
    const used = total[q.key];
    if (used <= limit) continue;
    const byLab = labs.map((lab) => `${lab} ${fmt(usageOf(workspaces.filter((w) => w.lab === lab), hoursPerMonth)[q.key])}`).join(', ');
    const f = `${field}.quota.${q.yaml}`;
    out.push(problem({
      code: 'quota-exceeded',
      message: `tenant "${tenant}" asks for ${fmt(used)} ${q.unit} across its labs (${byLab}), more than its quota of ${fmt(limit)}`,
      field: f,
      value: limit,
      fix: q.key === 'monthlySpend'
        ? `raise quota.${q.yaml} to at least ${Math.ceil(used)}, or make workspaces smaller or fewer (the estimate counts ${hoursPerMonth} h a month: spend_hours_per_month)`
        : `raise quota.${q.yaml} to at least ${fmt(used)}, or remove or shrink workspaces of the tenant's labs`,
      location: locate(f),
    }));
  }
  return out;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
