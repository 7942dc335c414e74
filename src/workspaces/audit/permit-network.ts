/**
 * The network the permit lifecycle gives a workspace role in a status, from
 * `PermitLifecycle.plan()` itself (not a copy of its table), so the audit holds every permit
 * phase to what the lifecycle plans for it.
 */
import { PermitLifecycle, PermitProps, PermitStatus } from '../permit';

const PROBE: Omit<PermitProps, 'status'> = {
  id: 'audit-probe',
  dataHolders: [{ id: 'holder', allowedCidrs: ['192.0.2.0/24'] }],
  researchers: [{ name: 'researcher', uid: 30001 }],
  hdabPreprocessor: { name: 'preprocessor', uid: 30002 },
  hdabReviewer: { name: 'reviewer', uid: 30003 },
  setupReviewer: { name: 'setup-reviewer', uid: 30004 },
};

const cache = new Map<string, Map<string, string>>();

function networksAt(status: PermitStatus): Map<string, string> {
  let m = cache.get(status);
  if (!m) {
    m = new Map();
    try {
      for (const w of PermitLifecycle.plan({ ...PROBE, status }).workspaces) m.set(w.role, w.network);
    } catch {
      // a status the probe cannot plan: no workspaces known
    }
    cache.set(status, m);
  }
  return m;
}

/**
 * The network mode (`none`, `ingress-allowlist`, `egress-proxy`, `open`) of a workspace role at
 * a status (case-insensitive). A role the status does not plan (a workspace kept from an
 * earlier phase) gets the network the lifecycle gives that role in any phase; undefined for
 * an unknown status or role.
 */
export function permitNetwork(status: string, role: string): string | undefined {
  const s = Object.values(PermitStatus).find((v) => v.toLowerCase() === status.toLowerCase());
  if (!s) return undefined;
  const here = networksAt(s).get(role);
  if (here !== undefined) return here;
  for (const other of Object.values(PermitStatus)) {
    const n = networksAt(other).get(role);
    if (n !== undefined) return n;
  }
  return undefined;
}
