/**
 * The egress audit of Proxmox VE Terraform JSON (labs and permits): for every guest tagged
 * `rws`, its firewall as the output configures it: the datacenter firewall that every guest
 * firewall depends on, the guest's firewall options (enabled, output policy, IP filter), the
 * firewall flag of each network device, and each outbound ACCEPT rule with its destination
 * (resolved through IP sets and aliases) and ports.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  AuditedUnit, AuditedWorkspace, AuditInputError, AuditMode, Control, Destination,
  modeOfLabEgress, modeOfPermitNetwork, portCovers, Reach, reachesPublic,
} from './model';

/** Options of a Proxmox audit. */
export interface ProxmoxAuditOptions {
  /** The datacenter firewall is kept on (enabled, ebtables) outside this output: stated by the operator. */
  readonly datacenterFirewallElsewhere?: boolean;
  /**
   * Resolvers stated to answer internal names only and forward nothing (`rws audit
   * --internal-resolver`, or the Proxmox constructs' declarations at synthesis): DNS to them is
   * internal DNS; DNS to any other address is outside DNS.
   */
  readonly internalResolvers?: string[];
  /** Network of a permit role in a status (the permit lifecycle's). */
  readonly permitNetwork?: (status: string, role: string) => string | undefined;
}

const GUEST_TYPES = ['proxmox_virtual_environment_vm', 'proxmox_virtual_environment_container'];
const MACRO_PORTS: Record<string, string> = { DNS: '53', HTTP: '80', HTTPS: '443', SSH: '22', NTP: '123', NFS: '2049', Web: '80,443', RDP: '3389' };

function arr(v: any): any[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Whether a resource body targets a guest (`vm_id` / `container_id` = `${type.name.vm_id}` or the literal id). */
function targets(body: any, guestAddress: string, guestId: unknown): boolean {
  for (const k of ['vm_id', 'container_id']) {
    const v = body?.[k];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.includes(`${guestAddress}.`)) return true;
    if (guestId !== undefined && guestId !== null && String(v) === String(guestId)) return true;
  }
  return false;
}

/** The role tag of a release review VM on Proxmox. */
const RELEASE_REVIEW_ROLE = 'release-review';

class ProxmoxAnalyzer {
  private readonly r: any;

  constructor(
    json: any, private readonly stack: string, private readonly file: string, private readonly options: ProxmoxAuditOptions,
  ) {
    this.r = json.resource ?? {};
  }

  private all(type: string): Array<[string, any]> {
    return Object.entries<any>(this.r[type] ?? {});
  }

  public unit(): AuditedUnit {
    const workspaces: AuditedWorkspace[] = [];
    let kind: 'lab' | 'permit' = 'lab';
    let name = this.stack;
    let status: string | undefined;
    for (const type of GUEST_TYPES) {
      for (const [n, body] of this.all(type)) {
        const tags: string[] = arr(body.tags).map(String);
        if (!tags.includes('rws')) continue;
        const address = `${type}.${n}`;
        const tag = (prefix: string) => tags.find((t) => t.startsWith(prefix))?.slice(prefix.length);
        const role = tag('role-');
        const st = tag('status-');
        const labName = tag('lab-');
        const wsName = String(body.name ?? body.initialization?.[0]?.hostname ?? body.initialization?.hostname ?? n);
        if (role !== undefined && st !== undefined) {
          kind = 'permit';
          name = tag('permit-') ?? name;
          status = st.toUpperCase();
          // The permit's data server and its package proxy (setup phase) are not workspaces: no
          // researcher has a shell there; what the workspaces reach through the proxy is judged on them.
          if (role === 'storage' || role === 'egress-proxy') continue;
          // A release review VM (ProxmoxReleaseReview) is no lifecycle role: it reads one snapshot and reaches nothing.
          const network = role === RELEASE_REVIEW_ROLE ? 'none' : this.options.permitNetwork?.(status, role);
          const mode = network === undefined ? undefined : modeOfPermitNetwork(network);
          if (!mode) throw new AuditInputError(`${this.file}: ${address} is permit workspace "${role}" at ${status}, which the permit lifecycle does not know. Fix: audit output of this version`);
          workspaces.push(this.guest(address, body, role, mode, `permit lifecycle: ${role} at ${status} has network ${network}`, role));
        } else {
          const egress = tag('egress-');
          const mode = egress === undefined ? undefined : modeOfLabEgress(egress);
          if (!mode) {
            throw new AuditInputError(`${this.file}: ${address} is tagged rws but has no egress-none|proxied|open tag (tags: ${tags.join(', ')}). Fix: synthesize with this version of ProxmoxWorkspace`);
          }
          if (labName) name = labName;
          workspaces.push(this.guest(address, body, wsName, mode, 'tag egress-*'));
        }
      }
    }
    return { kind, name, status, backend: 'proxmox', stack: this.stack, files: [this.file], workspaces, controls: this.unitControls(kind) };
  }

  private guest(address: string, body: any, name: string, mode: AuditMode, modeSource: string, role?: string): AuditedWorkspace {
    const reach: Reach[] = [];
    const controls: Control[] = [];
    const guestId = body.vm_id;

    // The datacenter firewall: every guest firewall is enforced only while it is on.
    const dc = this.all('proxmox_virtual_environment_cluster_firewall');
    const dcOn = dc.length > 0 && dc.every(([, b]) => b.enabled === true && b.ebtables !== false);
    controls.push({
      id: 'network.datacenter-firewall',
      area: 'network',
      title: 'the datacenter firewall is on (guest firewalls are enforced only then)',
      result: dcOn || (dc.length === 0 && this.options.datacenterFirewallElsewhere) ? 'pass' : 'fail',
      detail: dc.length
        ? dc.map(([n, b]) => `proxmox_virtual_environment_cluster_firewall.${n}: enabled ${b.enabled}, ebtables ${b.ebtables}`).join('; ')
        : this.options.datacenterFirewallElsewhere ? 'not in this output; stated to be kept on elsewhere (--proxmox-datacenter-firewall elsewhere)'
          : `${this.file}: no proxmox_virtual_environment_cluster_firewall: with the datacenter firewall off, no guest rule filters anything`,
      fix: dcOn ? undefined : 'manage the datacenter firewall in the stack (cluster.datacenterFirewall MANAGED), or state that it is kept on elsewhere',
    });

    // The firewall flag of each network device.
    const nics = arr(body.network_device ?? body.network_interface);
    const off = nics.map((d, i) => ({ d, i })).filter(({ d }) => d.firewall !== true);
    controls.push({
      id: 'network.nic-firewall',
      area: 'network',
      title: 'the firewall is on for every network device',
      result: nics.length === 0 ? 'n/a' : off.length ? 'fail' : 'pass',
      detail: off.length ? `${address}: network device(s) ${off.map(({ i }) => i).join(', ')} without firewall: true` : `${address}: ${nics.length} device(s) with firewall on`,
      fix: off.length ? 'set firewall: true on every network_device' : undefined,
    });
    for (const { i } of off) {
      reach.push({ destination: Destination.INTERNET, resource: address, path: `${address} network device ${i} has the firewall off: the guest sends anything`, fix: 'set firewall: true on the device' });
    }

    // Guest firewall options.
    const options = [...this.all('proxmox_virtual_environment_firewall_options')].filter(([, b]) => targets(b, address, guestId));
    if (options.length !== 1) {
      reach.push({
        destination: Destination.INTERNET,
        resource: address,
        path: options.length === 0 ? `${address} has no firewall options resource: its firewall is off and its output policy ACCEPT` : `${address} has ${options.length} firewall options resources: the last one applied wins`,
        fix: `give ${address} exactly one proxmox_virtual_environment_firewall_options with enabled: true and output_policy DROP`,
      });
    }
    for (const [n, o] of options) {
      const a = `proxmox_virtual_environment_firewall_options.${n}`;
      if (o.enabled !== true) {
        reach.push({ destination: Destination.INTERNET, resource: a, path: `${a}: enabled is ${JSON.stringify(o.enabled)}: the guest firewall is off`, fix: `set enabled: true in ${a}` });
      }
      if (String(o.output_policy ?? 'ACCEPT').toUpperCase() !== 'DROP' && String(o.output_policy).toUpperCase() !== 'REJECT') {
        reach.push({ destination: Destination.INTERNET, resource: a, path: `${a}: output_policy ${o.output_policy ?? 'ACCEPT (default)'}: everything not dropped goes out`, fix: `set output_policy: DROP in ${a}` });
        reach.push({ destination: Destination.OUTSIDE_DNS, resource: a, path: `${a}: output_policy ${o.output_policy ?? 'ACCEPT (default)'}: any resolver`, fix: `set output_policy: DROP in ${a}` });
      }
      controls.push({
        id: 'network.ipfilter',
        area: 'network',
        title: 'the IP filter pins the guest to its own addresses (no spoofing another guest)',
        result: o.ipfilter === true ? 'pass' : 'fail',
        detail: `${a}: ipfilter ${JSON.stringify(o.ipfilter)}, macfilter ${JSON.stringify(o.macfilter)}`,
        fix: o.ipfilter === true ? undefined : `set ipfilter: true in ${a} (with an ipfilter-net0 IP set, or the addresses Proxmox learns from the guest's configuration)`,
      });
    }

    // Outbound ACCEPT rules.
    for (const [n, fr] of this.all('proxmox_virtual_environment_firewall_rules').filter(([, b]) => targets(b, address, guestId))) {
      const a = `proxmox_virtual_environment_firewall_rules.${n}`;
      for (const [i, rule] of arr(fr.rule).entries()) {
        if (rule.enabled === false) continue;
        if (rule.security_group !== undefined) {
          reach.push({ destination: Destination.UNKNOWN, resource: a, path: `${a} rule ${i} inserts cluster security group ${rule.security_group}, which is outside this output`, fix: 'write the rules in the stack' });
          continue;
        }
        if (String(rule.type ?? 'in') !== 'out' || String(rule.action).toUpperCase() !== 'ACCEPT') continue;
        const dests = this.destinations(rule.dest, address, guestId);
        const ports = rule.dport ?? (rule.macro ? MACRO_PORTS[String(rule.macro)] : undefined);
        const where = `${a} rule ${i} ACCEPTs out ${rule.proto ?? 'any protocol'} ${ports ? `port ${ports}` : 'on every port'} to ${rule.dest ?? 'anywhere'}${rule.comment ? ` ("${rule.comment}")` : ''}`;
        const fix = `remove rule ${i} of ${a} or narrow its destination and ports`;
        const dns = portCovers(ports, 53) && rule.proto !== 'icmp';
        const onlyDns = ports !== undefined && String(ports).split(',').every((p: string) => p.trim() === '53');
        for (const d of dests) {
          const pub = reachesPublic(d);
          const stated = !pub && (this.options.internalResolvers ?? []).includes(d);
          if (dns && stated) {addReach(reach, Destination.INTERNAL_DNS, a, `${where}: a resolver stated to answer internal names only`, fix);} else if (dns) {
            addReach(reach, Destination.OUTSIDE_DNS, a, pub ? where : `${where}: a resolver outside this output, not stated internal-only (assumed to recurse)`,
              `${fix}; allow no DNS, or state the resolver answers internal names only (ProxmoxCluster internalResolver; rws audit --internal-resolver)`);
          }
          if (onlyDns) continue;
          if (pub) addReach(reach, Destination.INTERNET, a, where, fix);
          else if (portsAre(ports, ['2049', '111'])) addReach(reach, Destination.STORAGE, a, where, fix);
          else if (portsAre(ports, ['3128', '3129', '8080', '8888'])) addReach(reach, Destination.ALLOWLISTED_INTERNET, a, `${where}: a proxy outside this output (its allowlist is audited where it is defined)`, fix);
          else addReach(reach, Destination.INTERNAL_SERVICE, a, where, fix);
        }
      }
    }
    return { name, resource: address, mode, modeSource, role, reach, controls };
  }

  /** Addresses of a rule destination: literal, `+ipset` of the guest or the cluster, alias; none = anywhere. */
  private destinations(dest: unknown, address: string, guestId: unknown): string[] {
    if (dest === undefined || dest === null || dest === '') return ['0.0.0.0/0', '::/0'];
    const out: string[] = [];
    for (const part of String(dest).split(',').map((s) => s.trim())) {
      if (part.startsWith('+')) {
        const setName = part.slice(1).replace(/^(guest|dc)\//, '');
        const sets = this.all('proxmox_virtual_environment_firewall_ipset').filter(([, b]) => b.name === setName && (targets(b, address, guestId) || (b.vm_id === undefined && b.container_id === undefined)));
        if (sets.length === 0) {
          out.push('0.0.0.0/0'); // unknown set: assume the worst
          continue;
        }
        for (const [, s] of sets) for (const c of arr(s.cidr)) if (!c.nomatch) out.push(String(c.name));
        continue;
      }
      const alias = this.all('proxmox_virtual_environment_firewall_alias').find(([, b]) => b.name === part);
      if (alias) {
        out.push(String(alias[1].cidr));
        continue;
      }
      if (/^[0-9.:/a-fA-F-]+$/.test(part) && /[.:]/.test(part)) {
        out.push(part.includes('-') ? '0.0.0.0/0' : part);
        continue;
      }
      out.push('0.0.0.0/0'); // an alias or set outside this output
    }
    return out;
  }

  private unitControls(kind: 'lab' | 'permit'): Control[] {
    const out: Control[] = [];
    const opts = this.all('proxmox_virtual_environment_firewall_options');
    const nolog = opts.filter(([, o]) => !o.log_level_out || o.log_level_out === 'nolog');
    out.push({
      id: 'audit.firewall-log',
      area: 'audit',
      title: 'guest firewalls log outbound decisions',
      result: opts.length === 0 ? 'n/a' : nolog.length ? 'fail' : 'pass',
      detail: nolog.length ? `no outbound log: ${nolog.map(([n]) => n).join(', ')}` : `${opts.length} firewall(s) log out at ${[...new Set(opts.map(([, o]) => o.log_level_out))].join(', ')}`,
      fix: nolog.length ? 'set log_level_out (e.g. info)' : undefined,
    });
    out.push({ id: 'storage.encryption', area: 'storage', title: 'disks encrypted at rest', result: 'n/a', detail: 'decided by the Proxmox datastore, not visible in this output' });
    if (kind === 'permit') {
      const auditFile = path.join(path.dirname(this.file), 'audit.json');
      out.push({
        id: 'audit.record',
        area: 'audit',
        title: 'the phase has an audit record (event, status, changes) beside the stack',
        result: fs.existsSync(auditFile) ? 'pass' : 'fail',
        detail: fs.existsSync(auditFile) ? auditFile : `${auditFile} is missing`,
        fix: fs.existsSync(auditFile) ? undefined : 'synthesize with rws permit synth, which writes audit.json',
      });
      const storage = GUEST_TYPES.flatMap((t) => this.all(t).map(([n, b]) => [`${t}.${n}`, b] as [string, any])).filter(([, b]) => arr(b.tags).includes('role-storage'));
      const unprotected = storage.filter(([, b]) => b.lifecycle?.prevent_destroy !== true && b.protection !== true);
      out.push({
        id: 'storage.retention',
        area: 'storage',
        title: 'the data server is protected from destruction',
        result: storage.length === 0 ? 'n/a' : unprotected.length ? 'fail' : 'pass',
        detail: storage.length === 0 ? 'no data server in this output' : unprotected.length ? `unprotected: ${unprotected.map(([a]) => a).join(', ')}` : storage.map(([a]) => a).join(', '),
        fix: unprotected.length ? 'set lifecycle.prevent_destroy or protection: true' : undefined,
      });
    }
    return out;
  }
}

function portsAre(ports: unknown, allowed: string[]): boolean {
  return ports !== undefined && String(ports).split(',').every((p) => allowed.includes(p.trim()));
}

function addReach(list: Reach[], destination: Destination, resource: string, p: string, fix: string): void {
  list.push({ destination, resource, path: p, fix });
}

/** Audits one Proxmox stack's Terraform JSON. */
export function auditProxmox(json: any, stack: string, file: string, options: ProxmoxAuditOptions = {}): AuditedUnit {
  return new ProxmoxAnalyzer(json, stack, file, options).unit();
}
