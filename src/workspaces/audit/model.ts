/**
 * The egress audit's backend-neutral model: what a workspace can reach, and whether that is
 * more than its egress mode (lab) or its permit phase allows.
 *
 * Everything here is computed from synthesized output (CloudFormation templates, Terraform
 * JSON) by the analyzers beside this file, never from the props that produced it, so an escape
 * hatch, an override or a resource added by hand is seen like any other resource. No
 * aws-cdk-lib or cdktf import here or in the analyzers.
 */

/** Backend of a synthesized stack. */
export type AuditBackend = 'aws' | 'kubernetes' | 'proxmox';

/**
 * Egress of a workspace as its lab or permit phase sets it: the lab modes (`none`, `proxied`,
 * `open`) and the permit network modes (`none`, `ingress-allowlist`, `egress-proxy`).
 */
export type AuditMode = 'none' | 'proxied' | 'open';

/** Where a path out of a workspace leads. */
export enum Destination {
  /** Any address on the internet, on some port, without a domain allowlist. */
  INTERNET = 'internet',
  /** The internet only through a proxy or firewall with a domain allowlist and a default drop. */
  ALLOWLISTED_INTERNET = 'allowlisted-internet',
  /** A resolver that answers names of the outside world (recursion is a DNS tunnel). */
  OUTSIDE_DNS = 'outside-dns',
  /** A resolver limited to internal names (or a DNS firewall that blocks the rest). */
  INTERNAL_DNS = 'internal-dns',
  /** AWS APIs of any account (an endpoint without an account-scoped policy): an upload channel. */
  AWS_ANY_ACCOUNT = 'aws-any-account',
  /** AWS APIs only for the lab's own account (principal and resource). */
  AWS_LAB_ACCOUNT = 'aws-lab-account',
  /** The lab's or permit's own storage (NFS, EFS). */
  STORAGE = 'storage',
  /** A service on a private address (NTP, a licence server, the cluster API). */
  INTERNAL_SERVICE = 'internal-service',
  /** A destination the audit cannot see past (another namespace, a transit gateway, a security group of the cluster). */
  UNKNOWN = 'unknown',
}

/** One path out of a workspace. */
export interface Reach {
  /** Where it leads. */
  readonly destination: Destination;
  /** The resource that opens the path (logical id or Terraform address). */
  readonly resource: string;
  /** The path, in words: "route 0.0.0.0/0 -> NatGateway X", "NetworkPolicy y allows 53/UDP to 0.0.0.0/0". */
  readonly path: string;
  /** How to close the path when the mode does not allow it. */
  readonly fix: string;
}

/** Area of a control in the compliance view (after SATRE / Data Safe Haven tiers). */
export type ControlArea = 'network' | 'storage' | 'identity' | 'audit';

/** One control checked on the output. */
export interface Control {
  /** Stable id, e.g. `network.egress`, `storage.encryption`. */
  readonly id: string;
  /** Area. */
  readonly area: ControlArea;
  /** What it checks, in words. */
  readonly title: string;
  /** pass, fail, or n/a (not applicable or not visible in this output). */
  readonly result: 'pass' | 'fail' | 'n/a';
  /** Evidence: the resources and values seen. */
  readonly detail: string;
  /** How to fix a failure. */
  readonly fix?: string;
}

/** A workspace found in the output. */
export interface AuditedWorkspace {
  /** Workspace name. */
  readonly name: string;
  /** Resource it was found as (EC2 instance, VirtualMachine, StatefulSet, Proxmox VM). */
  readonly resource: string;
  /** Egress it must hold to. */
  readonly mode: AuditMode;
  /** Where the mode was read from (a tag, a label, the permit lifecycle). */
  readonly modeSource: string;
  /** The permit role, when the workspace belongs to a permit phase. */
  readonly role?: string;
  /** Every path out that the analyzer found. */
  readonly reach: Reach[];
  /**
   * Controls of the workspace's own network path that must hold whatever it reaches (a guest
   * firewall that is on, an IP filter); a failed one is a finding.
   */
  readonly controls: Control[];
}

/** A lab or a permit phase: the unit of the compliance view. */
export interface AuditedUnit {
  /** `lab` or `permit`. */
  readonly kind: 'lab' | 'permit';
  /** Lab name or permit id. */
  readonly name: string;
  /** Permit status (permits only). */
  readonly status?: string;
  /** Backend. */
  readonly backend: AuditBackend;
  /** Stack name. */
  readonly stack: string;
  /** File(s) read. */
  readonly files: string[];
  /** Workspaces found. */
  readonly workspaces: AuditedWorkspace[];
  /** Storage, identity and audit controls of the unit (the network ones come from the workspaces). */
  readonly controls: Control[];
}

/** Something that can reach more than its mode allows, or a required control that fails. */
export interface Finding {
  /** Lab name or permit id (with status). */
  readonly unit: string;
  /** Stack. */
  readonly stack: string;
  /** Workspace. */
  readonly workspace: string;
  /** Its mode. */
  readonly mode: AuditMode;
  /** What it reaches that it must not (or the control id). */
  readonly destination: string;
  /** Resource that opens the path. */
  readonly resource: string;
  /** The path. */
  readonly path: string;
  /** The fix. */
  readonly fix: string;
}

/** Result of auditing one or more stacks. */
export interface AuditReport {
  /** Labs and permit phases found. */
  readonly units: AuditedUnit[];
  /** Findings (empty: every workspace holds to its mode). */
  readonly findings: Finding[];
}

/** What each mode allows: every other destination is a finding. */
export const ALLOWED: Record<AuditMode, ReadonlySet<Destination>> = {
  none: new Set([Destination.INTERNAL_DNS, Destination.AWS_LAB_ACCOUNT, Destination.STORAGE, Destination.INTERNAL_SERVICE]),
  proxied: new Set([
    Destination.ALLOWLISTED_INTERNET, Destination.INTERNAL_DNS, Destination.AWS_LAB_ACCOUNT, Destination.STORAGE, Destination.INTERNAL_SERVICE,
  ]),
  open: new Set(Object.values(Destination)),
};

/** In words, what a mode allows (for tables and docs). */
export const MODE_TEXT: Record<AuditMode, string> = {
  none: 'no internet, no outside DNS, AWS APIs only of the lab account',
  proxied: 'internet only through a domain allowlist with a default drop; no outside DNS beyond it',
  open: 'anything (reported, not failed)',
};

/**
 * The audit mode of a permit network mode (`src/workspaces/permit.ts` NetworkMode values):
 * the airlock's `ingress-allowlist` sends nothing out, so it is held to `none`.
 */
export function modeOfPermitNetwork(network: string): AuditMode | undefined {
  switch (network) {
    case 'none':
    case 'ingress-allowlist':
      return 'none';
    case 'egress-proxy':
      return 'proxied';
    case 'open':
      return 'open';
    default:
      return undefined;
  }
}

/** The audit mode of a lab egress value (`none`, `proxied`, `open`). */
export function modeOfLabEgress(egress: string): AuditMode | undefined {
  return egress === 'none' || egress === 'proxied' || egress === 'open' ? egress : undefined;
}

/** The findings of audited units: reach beyond the mode, and failed workspace controls. */
export function findingsOf(units: AuditedUnit[]): Finding[] {
  const out: Finding[] = [];
  for (const u of units) {
    const unit = u.kind === 'permit' ? `permit ${u.name} (${u.status})` : `lab ${u.name}`;
    for (const w of u.workspaces) {
      for (const r of w.reach) {
        if (ALLOWED[w.mode].has(r.destination)) continue;
        out.push({
          unit, stack: u.stack, workspace: w.name, mode: w.mode, destination: r.destination, resource: r.resource, path: r.path, fix: r.fix,
        });
      }
      if (w.mode === 'open') continue;
      for (const c of w.controls) {
        if (c.result !== 'fail') continue;
        out.push({ unit, stack: u.stack, workspace: w.name, mode: w.mode, destination: c.id, resource: resourceOf(c.detail), path: c.detail, fix: c.fix ?? '' });
      }
    }
  }
  return out;
}

function resourceOf(detail: string): string {
  const m = /^([^\s:]+):/.exec(detail);
  return m ? m[1] : '-';
}

/** Builds the report of a list of units. */
export function report(units: AuditedUnit[]): AuditReport {
  return { units, findings: findingsOf(units) };
}

/**
 * The compliance view of a unit: its network controls (one per workspace: egress within the
 * mode, and each workspace control) followed by its storage, identity and audit controls.
 */
export function complianceControls(u: AuditedUnit): Control[] {
  const network: Control[] = [];
  const findings = findingsOf([u]);
  for (const w of u.workspaces) {
    const bad = findings.filter((f) => f.workspace === w.name && !w.controls.some((c) => c.id === f.destination));
    const reached = [...new Set(w.reach.map((r) => r.destination))].sort();
    network.push({
      id: 'network.egress',
      area: 'network',
      title: `${w.name} (${w.mode}${w.role ? `, ${w.role}` : ''}) reaches only what its mode allows: ${MODE_TEXT[w.mode]}`,
      result: w.mode === 'open' ? 'n/a' : bad.length ? 'fail' : 'pass',
      detail: bad.length ? bad.map((f) => `${f.destination} via ${f.path}`).join('; ') : `reaches: ${reached.join(', ') || 'nothing'}`,
      fix: bad.length ? bad.map((f) => f.fix).join('; ') : undefined,
    });
    for (const c of w.controls) network.push({ ...c, title: `${w.name}: ${c.title}` });
  }
  if (u.workspaces.length === 0) {
    network.push({ id: 'network.egress', area: 'network', title: 'workspaces reach only what their mode allows', result: 'n/a', detail: 'no workspace in this phase' });
  }
  return [...network, ...u.controls];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The compliance view as Markdown: one table per lab or permit phase. */
export function complianceMarkdown(r: AuditReport): string {
  const lines: string[] = ['# Egress audit: compliance view', ''];
  lines.push('Computed from the synthesized output by `rws audit`. Areas follow the SATRE / Data Safe Haven');
  lines.push('tier controls: network, storage, identity, audit. `n/a`: not applicable or not visible in this output.', '');
  for (const u of r.units) {
    const title = u.kind === 'permit' ? `Permit ${u.name}, phase ${u.status}` : `Lab ${u.name}`;
    const controls = complianceControls(u);
    const failed = controls.filter((c) => c.result === 'fail').length;
    lines.push(`## ${title} (${u.backend}, stack ${u.stack}): ${failed ? `${failed} failed` : 'all controls hold'}`, '');
    lines.push('| Area | Control | Result | Evidence | Fix |', '| --- | --- | --- | --- | --- |');
    for (const c of controls) {
      lines.push(`| ${c.area} | ${cell(c.title)} | ${c.result === 'fail' ? '**FAIL**' : c.result} | ${cell(c.detail)} | ${cell(c.fix ?? '')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The compliance view as JSON. */
export function complianceJson(r: AuditReport): unknown {
  return {
    units: r.units.map((u) => {
      const controls = complianceControls(u);
      return {
        kind: u.kind,
        name: u.name,
        status: u.status,
        backend: u.backend,
        stack: u.stack,
        passed: controls.every((c) => c.result !== 'fail'),
        controls,
      };
    }),
  };
}

/** The report as JSON (for `--json`). */
export function reportJson(r: AuditReport): unknown {
  return {
    ok: r.findings.length === 0,
    findings: r.findings,
    units: r.units.map((u) => ({
      kind: u.kind,
      name: u.name,
      status: u.status,
      backend: u.backend,
      stack: u.stack,
      files: u.files,
      workspaces: u.workspaces.map((w) => ({
        name: w.name, resource: w.resource, mode: w.mode, modeSource: w.modeSource, role: w.role, reach: w.reach, controls: w.controls,
      })),
    })),
  };
}

/** A bad input to the audit (unreadable folder, no stack in it, a workspace without a mode): exit 2. */
export class AuditInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuditInputError';
  }
}

// -------------------------------------------------------------------------------------------
// Address helpers shared by the analyzers

/** Parses an IPv4 CIDR or address; undefined for anything else (IPv6 handled by the callers). */
export function parseV4(cidr: string): { base: number; bits: number } | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:\/(\d{1,2}))?$/.exec(cidr.trim());
  if (!m) return undefined;
  const parts = m.slice(1, 5).map(Number);
  if (parts.some((p) => p > 255)) return undefined;
  const bits = m[5] === undefined ? 32 : Number(m[5]);
  if (bits > 32) return undefined;
  const n = parts[0] * 2 ** 24 + parts[1] * 2 ** 16 + parts[2] * 2 ** 8 + parts[3];
  const size = 2 ** (32 - bits);
  return { base: n - (n % size), bits };
}

/** Whether CIDR `inner` lies within CIDR `outer` (IPv4). */
export function within(inner: string, outer: string): boolean {
  const a = parseV4(inner);
  const b = parseV4(outer);
  if (!a || !b || a.bits < b.bits) return false;
  const size = 2 ** (32 - b.bits);
  return a.base - (a.base % size) === b.base;
}

/** Private and special IPv4 ranges: a destination inside one of them is not the internet. */
export const PRIVATE_V4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16', '127.0.0.0/8'];

/**
 * Whether a CIDR (IPv4 or IPv6) reaches beyond private address space, given the ranges it
 * excepts. An IPv6 CIDR is public unless it lies in fc00::/7, fe80::/10 or is ::1.
 */
export function reachesPublic(cidr: string, except: string[] = []): boolean {
  const c = cidr.trim();
  if (c.includes(':')) {
    const lower = c.toLowerCase();
    if (/^(fc|fd)[0-9a-f]{0,2}:/.test(lower) || lower.startsWith('fe80:') || lower === '::1/128' || lower === '::1') return false;
    // ::/0 minus the private ranges is still the IPv6 internet.
    return true;
  }
  const v = parseV4(c);
  if (!v) return true; // unparseable: assume the worst
  if (PRIVATE_V4.some((p) => within(c, p))) return false;
  // Whether the excepted ranges plus private space cover the whole CIDR: counted over /8 blocks
  // when the CIDR is wider than /8, else checked as a whole.
  const holes = [...PRIVATE_V4, ...except.filter((e) => !e.includes(':'))];
  if (v.bits >= 8) return !holes.some((h) => within(c, h));
  const blocks = 2 ** (8 - v.bits);
  for (let i = 0; i < blocks; i++) {
    const first = Math.floor(v.base / 2 ** 24) + i;
    const block = `${first}.0.0.0/8`;
    if (first === 0) continue; // 0.0.0.0/8 is not routable
    if (!holes.some((h) => within(block, h))) return true;
  }
  return false;
}

/** Whether a port specification (`53`, `50:60`, `80,443`, undefined = all) covers a port. */
export function portCovers(spec: string | number | undefined | null, port: number): boolean {
  if (spec === undefined || spec === null || spec === '') return true;
  return String(spec).split(',').map((p) => p.trim()).some((p) => {
    const m = /^(\d+)(?:[:-](\d+))?$/.exec(p);
    if (!m) return true; // a service name we do not know: assume it covers
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return lo <= port && port <= hi;
  });
}
