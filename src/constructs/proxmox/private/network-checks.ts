/**
 * Input checks the Proxmox constructs share: who manages the datacenter firewall, and the
 * DHCP pool a DHCP guest's IP filter is made of. Pure functions; not exported from the package.
 */
import { isIpv4, ipv4ToNumber } from './support';
import { ProxmoxClusterSettings, ProxmoxDatacenterFirewall } from '../proxmox-cluster';

/** One problem, before the construct adds its path. */
export interface InputProblem {
  readonly code: string;
  readonly field: string;
  readonly message: string;
  readonly value: unknown;
  readonly fix: string;
}

const FIREWALL_FIX = 'set cluster.datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED (this stack enables it: enabled, ebtables, input policy DROP) '
  + 'or ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE (you state it is enabled with input policy DROP and kept so elsewhere); '
  + 'in a lab or permit file: cluster: { datacenter_firewall: managed } or datacenter_firewall: managed-elsewhere';

/** The datacenter firewall must be stated: every guest firewall is inert while it is off. */
export function datacenterFirewallProblems(cluster: ProxmoxClusterSettings): InputProblem[] {
  const v = cluster.datacenterFirewall;
  if (v === undefined) {
    return [{
      code: 'datacenter-firewall-unstated',
      field: 'cluster.datacenterFirewall',
      message: 'nobody is said to keep the Proxmox datacenter firewall on, and without it no guest firewall filters anything (isolation would fail open)',
      value: undefined,
      fix: FIREWALL_FIX,
    }];
  }
  if (!Object.values(ProxmoxDatacenterFirewall).includes(v)) {
    return [{ code: 'invalid-value', field: 'cluster.datacenterFirewall', message: 'unknown datacenter firewall mode', value: v, fix: FIREWALL_FIX }];
  }
  return [];
}

/** An IPv4 CIDR parsed (host bits allowed to be zero only), or undefined. */
function cidr(s: string): { base: number; size: number } | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(s);
  if (!m || !isIpv4(m[1]) || Number(m[2]) > 32 || Number(m[2]) < 8) return undefined;
  const size = 2 ** (32 - Number(m[2]));
  const base = ipv4ToNumber(m[1]);
  return base % size === 0 ? { base, size } : undefined;
}

/**
 * `cluster.dhcpPool`: IPv4 networks without host bits, and none of the addresses the firewall
 * trusts by address (proxy, NFS server, resolver, endpoints) inside it: a DHCP guest may send
 * from any pool address, so it could pose as one of them.
 */
export function dhcpPoolProblems(cluster: ProxmoxClusterSettings, trusted: Array<{ what: string; field: string; address: string }>): InputProblem[] {
  const out: InputProblem[] = [];
  const nets: Array<{ text: string; base: number; size: number }> = [];
  (cluster.dhcpPool ?? []).forEach((c, i) => {
    const n = cidr(c);
    if (!n) {
      out.push({ code: 'invalid-cidr', field: `cluster.dhcpPool[${i}]`, message: 'not an IPv4 network (a /8 to /32, no host bits)', value: c, fix: 'write the DHCP range as CIDRs, e.g. 10.20.30.128/25' });
    } else {
      nets.push({ text: c, ...n });
    }
  });
  for (const t of trusted) {
    const ip = t.address.split('/')[0];
    if (!isIpv4(ip)) continue;
    const n = ipv4ToNumber(ip);
    const hit = nets.find((x) => n >= x.base && n < x.base + x.size);
    if (hit) {
      out.push({
        code: 'dhcp-pool-holds-trusted-address',
        field: 'cluster.dhcpPool',
        message: `${hit.text} holds ${ip}, the address of ${t.what} (${t.field}): a DHCP workspace could send from it`,
        value: hit.text,
        fix: 'make the DHCP pool a range without the lab\'s servers (e.g. the upper half of the network)',
      });
    }
  }
  return out;
}
