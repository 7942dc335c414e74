/**
 * Who may read, write, delete and purge each bucket of a permit in one phase: a pure
 * function of the plan (no aws-cdk-lib), so that the construct, the audit record and the
 * tests share one answer.
 *
 * Principals are keys: `workspace:<role>` (the instance role of a workspace), `sftp:<holder>`
 * (the Transfer Family role of a data holder), `reviewer:<n>` (an output reviewer given by the
 * user), `auto-delete` (the emptying function of a deleted permit).
 */
import {
  MountAccess, NetworkMode, PermitPlan, PermitStatus, PermitVolumeKind, PermitWorkspaceRole, PlannedWorkspace, WorkspaceState,
} from '../../../workspaces/permit';

/** Name of the bucket where outputs wait for review before they leave the environment. */
export const EGRESS_REVIEW = 'egress-review';

/** One bucket of a permit and its access in a phase. */
export interface BucketAccessEntry {
  /** Volume name (`raw`, `upload-<holder>`, ...) or `egress-review`. */
  readonly volume: string;
  /** Kind (`outputs` for the egress review bucket). */
  readonly kind: PermitVolumeKind;
  /** Whether it holds sensitive data. */
  readonly sensitive: boolean;
  /** Whether it is kept when the stack is deleted (false only after permit.deleted). */
  readonly retained: boolean;
  /** Principals that may list and read objects. */
  readonly readers: string[];
  /** Principals that may upload objects. */
  readonly writers: string[];
  /** Principals that may delete objects (a delete marker: versions stay). */
  readonly deleters: string[];
  /** Principals that may delete object versions (only the emptying function of a deleted permit). */
  readonly purgers: string[];
}

/** The principal key of a workspace's instance role. */
export function workspaceKey(role: PermitWorkspaceRole | string): string {
  return `workspace:${role}`;
}

/** The principal key of a data holder's SFTP role. */
export function sftpKey(holder: string): string {
  return `sftp:${holder}`;
}

/** The principal key of the n-th output reviewer. */
export function reviewerKey(i: number): string {
  return `reviewer:${i}`;
}

/** The principal key of the function that empties the buckets of a deleted permit. */
export const AUTO_DELETE = 'auto-delete';

/** Whether the plan has desktops (any workspace but the airlock). */
export function desktopsOf(plan: PermitPlan): PlannedWorkspace[] {
  return plan.workspaces.filter((w) => w.role !== PermitWorkspaceRole.INGRESS_AIRLOCK);
}

/** The airlock workspace of the plan, if any. */
export function airlockOf(plan: PermitPlan): PlannedWorkspace | undefined {
  return plan.workspaces.find((w) => w.role === PermitWorkspaceRole.INGRESS_AIRLOCK);
}

/** Workspaces whose egress goes through the package allowlist and that run now. */
export function runningEgressWorkspaces(plan: PermitPlan): PlannedWorkspace[] {
  return plan.workspaces.filter((w) => w.network === NetworkMode.EGRESS_PROXY && w.state === WorkspaceState.RUNNING);
}

/** Whether the permit's storage exists in this phase (also at DELETED, to be emptied). */
export function hasStorage(plan: PermitPlan): boolean {
  return plan.volumes.length > 0 || plan.volumesToDelete.length > 0;
}

/** Whether this phase deletes the permit's storage. */
export function deletesStorage(plan: PermitPlan): boolean {
  return plan.status === PermitStatus.DELETED && plan.volumesToDelete.length > 0;
}

function kindOfName(name: string): PermitVolumeKind {
  if (name.startsWith('upload-')) return PermitVolumeKind.UPLOAD;
  const k = Object.values(PermitVolumeKind).find((x) => x === name);
  return k ?? PermitVolumeKind.OUTPUTS;
}

/**
 * The access matrix of a phase. Only RUNNING workspaces get data access: a stopped workspace
 * keeps its instance, role and mounts description, but every bucket denies it until the plan
 * runs it again (an instance started outside the pipeline reads nothing).
 * @param reviewers number of output reviewers (readers of the egress review bucket)
 */
export function accessMatrix(plan: PermitPlan, reviewers: number): BucketAccessEntry[] {
  if (!hasStorage(plan)) return [];
  const deleting = deletesStorage(plan);
  const out: BucketAccessEntry[] = [];
  const volumes = deleting
    ? plan.volumesToDelete.map((name) => ({ name, kind: kindOfName(name), sensitive: kindOfName(name) !== PermitVolumeKind.PROJECT, protect: false }))
    : plan.volumes;
  const running = plan.workspaces.filter((w) => w.state === WorkspaceState.RUNNING);
  for (const v of volumes) {
    const readers: string[] = [];
    const writers: string[] = [];
    const deleters: string[] = [];
    if (deleting) {
      readers.push(AUTO_DELETE);
      deleters.push(AUTO_DELETE);
    } else {
      for (const w of running) {
        for (const m of w.mounts.filter((x) => x.volume === v.name)) {
          const key = w.role === PermitWorkspaceRole.INGRESS_AIRLOCK ? sftpKey(v.name.replace(/^upload-/, '')) : workspaceKey(w.role);
          if (m.access === MountAccess.READ_ONLY || m.access === MountAccess.READ_WRITE) readers.push(key);
          if (m.access === MountAccess.READ_WRITE || m.access === MountAccess.WRITE_ONLY) writers.push(key);
          if (m.access === MountAccess.READ_WRITE) deleters.push(key);
        }
      }
    }
    out.push({
      volume: v.name,
      kind: v.kind,
      sensitive: v.sensitive,
      retained: !deleting,
      readers: uniq(readers),
      writers: uniq(writers),
      deleters: uniq(deleters),
      purgers: deleting ? [AUTO_DELETE] : [],
    });
  }
  // Outputs leave only through review: the analysis workspace may submit (write-only), the
  // reviewers read once outputs can exist (analysis and archive); nobody inside the environment
  // can read the submissions back.
  const reviewing = [PermitStatus.ANALYSIS_ACTIVE, PermitStatus.ANALYSIS_STOPPED, PermitStatus.ARCHIVED].includes(plan.status);
  const review: BucketAccessEntry = {
    volume: EGRESS_REVIEW,
    kind: PermitVolumeKind.OUTPUTS,
    sensitive: true,
    retained: !deleting,
    readers: deleting ? [AUTO_DELETE] : reviewing ? Array.from({ length: reviewers }, (_, i) => reviewerKey(i)) : [],
    writers: deleting ? [] : running.filter((w) => w.role === PermitWorkspaceRole.ANALYSIS).map((w) => workspaceKey(w.role)),
    deleters: deleting ? [AUTO_DELETE] : [],
    purgers: deleting ? [AUTO_DELETE] : [],
  };
  out.push(review);
  return out;
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** `a.b.c.d/n` -> [address as a number, prefix]. */
export function parseIpv4Cidr(cidr: string): [number, number] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(cidr);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return undefined;
  return [octets.reduce((a, o) => a * 256 + o, 0), prefix];
}

/** A number and prefix back to `a.b.c.d/n`. */
export function formatIpv4Cidr(n: number, prefix: number): string {
  return `${[24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')}/${prefix}`;
}

/** Slots of the extra subnets, in the last quarter of the VPC range (never moved: ids are API). */
export enum ExtraSubnet {
  SETUP = 0,
  FIREWALL = 1,
  NAT = 2,
  AIRLOCK = 3,
  PROXY = 4,
}

/**
 * The CIDR of an extra subnet of a new VPC: the workspace subnets (one `/(n+4)` per zone) take
 * the first quarter, the extra subnets are `/(n+6)` slots of the last quarter.
 */
export function extraSubnetCidr(vpcCidr: string, slot: ExtraSubnet): string {
  const [base, prefix] = parseIpv4Cidr(vpcCidr)!;
  const size = 2 ** (32 - prefix - 6);
  const lastQuarter = base + 3 * 2 ** (32 - prefix - 2);
  return formatIpv4Cidr(lastQuarter + slot * size, prefix + 6);
}
