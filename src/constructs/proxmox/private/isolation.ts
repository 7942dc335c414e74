/**
 * The isolation check of the Proxmox stacks: it reads the synthesized Terraform JSON (after
 * every escape hatch) and fails synthesis when a guest can reach more than its constructs
 * declared: the datacenter firewall not enabled, a guest firewall off, a policy that is not
 * DROP, the IP or MAC filter off, an IP filter set wider than the guest's address, an ACCEPT
 * rule nobody declared, DNS to anything but the declared internal resolver. Not exported from
 * the package; the general egress audit of the library is separate.
 */
import { IConstruct } from 'constructs';
import { TerraformResource, TerraformStack } from '../../terraform/cdktf';

/** The singleton resource of the datacenter (cluster-wide) firewall. */
export const CLUSTER_FIREWALL_TYPE = 'proxmox_virtual_environment_cluster_firewall';
const VM_TYPE = 'proxmox_virtual_environment_vm';
const CT_TYPE = 'proxmox_virtual_environment_container';
const OPTIONS_TYPE = 'proxmox_virtual_environment_firewall_options';
const RULES_TYPE = 'proxmox_virtual_environment_firewall_rules';
const IPSET_TYPE = 'proxmox_virtual_environment_firewall_ipset';

/** The values the datacenter firewall must have. */
export const DATACENTER_FIREWALL = { enabled: true, ebtables: true, input_policy: 'DROP', output_policy: 'ACCEPT', forward_policy: 'ACCEPT' } as const;

/** A rule a construct declared (what the check compares the JSON with). */
export interface DeclaredRule {
  readonly type: string;
  readonly proto?: string;
  readonly dport?: string;
  readonly source?: string;
  readonly dest?: string;
}

/** What a construct declared for one guest. */
export interface GuestDeclaration {
  /** Human name for messages, e.g. `workspace alice-ml (egress none)`. */
  readonly what: string;
  readonly outputPolicy: 'ACCEPT' | 'DROP';
  readonly dhcp: boolean;
  /** The addresses (or DHCP pool) the guest may send from: `ipfilter-net0`. */
  readonly ipFilter: string[];
  /** Every IP set of the guest but ipfilter-net0: name -> entries (`!cidr` for nomatch). */
  readonly ipSets: { [name: string]: string[] };
  /** Every ACCEPT rule of the guest. */
  readonly rules: DeclaredRule[];
  /** The only address DNS (port 53) may go to; undefined: none (with output DROP). */
  readonly resolvers: string[];
}

/** Everything the check knows beside the JSON. */
export interface IsolationDeclarations {
  /** `managed`, `managed-elsewhere`, or undefined when no construct said (then the check fails). */
  readonly datacenterFirewall?: string;
  /** Guest address (`type.name` in the JSON) -> its declaration. */
  readonly guests: { [address: string]: GuestDeclaration };
}

const FIX_OPTIONS = 'remove the override: the construct writes enabled, input_policy DROP, ipfilter and macfilter';

function ruleKey(r: DeclaredRule): string {
  return [r.type, r.proto ?? '*', r.dport ?? '*', r.source ?? '*', r.dest ?? '*'].join(' ');
}

function ports(dport: unknown): string[] {
  return typeof dport === 'string' ? dport.split(',').map((p) => p.trim()) : [];
}

function coversDns(dport: unknown): boolean {
  if (dport === undefined || dport === null || dport === '') return true;
  return ports(dport).some((p) => {
    if (p === '53' || p === 'domain') return true;
    const m = /^(\d+):(\d+)$/.exec(p);
    return m !== null && Number(m[1]) <= 53 && Number(m[2]) >= 53;
  });
}

function entries(body: any): string[] {
  return (body.cidr ?? []).map((c: any) => (c.nomatch ? `!${c.name}` : c.name)).sort();
}

/**
 * Checks synthesized Terraform JSON against what the constructs declared. Returns one message
 * per problem (empty: isolated as declared). Guests that no construct declared (added by hand)
 * are held to the strict default: firewall on, input and output DROP (unless tagged
 * `egress-open`), IP and MAC filter, and no DNS rule.
 */
export function checkProxmoxIsolation(json: any, declared: IsolationDeclarations): string[] {
  const problems: string[] = [];
  const res = json?.resource ?? {};
  const all = (type: string): Array<[string, any]> => Object.entries<any>(res[type] ?? {});

  // 1. The datacenter firewall: every guest firewall depends on it.
  const dc = all(CLUSTER_FIREWALL_TYPE);
  for (const [name, body] of dc) {
    for (const [k, v] of Object.entries(DATACENTER_FIREWALL)) {
      if (k === 'output_policy' || k === 'forward_policy') continue;
      if (body[k] !== v) {
        problems.push(`${CLUSTER_FIREWALL_TYPE}.${name}: ${k} is ${JSON.stringify(body[k])}, must be ${JSON.stringify(v)}: with it, no guest firewall filters anything. Fix: remove the override`);
      }
    }
  }
  if (declared.datacenterFirewall === undefined) {
    problems.push('no construct declared who manages the Proxmox datacenter firewall. Fix: set cluster.datacenterFirewall');
  } else if (declared.datacenterFirewall === 'managed' && dc.length !== 1) {
    problems.push(`cluster.datacenterFirewall is MANAGED but the stack has ${dc.length} ${CLUSTER_FIREWALL_TYPE} resources, not 1. Fix: remove the override that removed or duplicated it`);
  }

  // 2. Every guest.
  const guests: Array<{ address: string; type: string; body: any; nics: any[] }> = [
    ...all(VM_TYPE).map(([n, b]) => ({ address: `${VM_TYPE}.${n}`, type: VM_TYPE, body: b, nics: b.network_device ?? [] })),
    ...all(CT_TYPE).map(([n, b]) => ({ address: `${CT_TYPE}.${n}`, type: CT_TYPE, body: b, nics: b.network_interface ?? [] })),
  ];
  const refOf = (address: string) => `\${${address}.vm_id}`;
  const belongs = (address: string, guestBody: any) => (b: any) => {
    const id = b.vm_id ?? b.container_id;
    return id === refOf(address) || (guestBody.vm_id !== undefined && id === guestBody.vm_id);
  };
  for (const g of guests) {
    const d = declared.guests[g.address];
    const tags: string[] = Array.isArray(g.body.tags) ? g.body.tags : [];
    const name = d ? `${d.what} (${g.address})` : `${g.address} (declared by no construct)`;
    const expectOut = d ? d.outputPolicy : tags.includes('egress-open') ? 'ACCEPT' : 'DROP';
    const mine = belongs(g.address, g.body);

    if (g.nics.length === 0) problems.push(`${name}: has no network interface list the check can read. Fix: keep the construct's network_device`);
    g.nics.forEach((n: any, i: number) => {
      if (n.firewall !== true) problems.push(`${name}: interface ${i} has firewall = ${JSON.stringify(n.firewall)}: its traffic bypasses the guest firewall. Fix: set firewall = true`);
    });

    const options = all(OPTIONS_TYPE).map(([, b]) => b).filter(mine);
    if (options.length !== 1) {
      problems.push(`${name}: ${options.length} firewall options resources, need exactly 1. Fix: ${FIX_OPTIONS}`);
    }
    for (const o of options) {
      const want: Array<[string, unknown]> = [['enabled', true], ['input_policy', 'DROP'], ['output_policy', expectOut], ['ipfilter', true], ['macfilter', true]];
      if (d) want.push(['dhcp', d.dhcp]);
      for (const [k, v] of want) {
        if (o[k] !== v) problems.push(`${name}: firewall option ${k} is ${JSON.stringify(o[k])}, must be ${JSON.stringify(v)}. Fix: ${FIX_OPTIONS}`);
      }
    }

    const sets = all(IPSET_TYPE).map(([, b]) => b).filter(mine);
    const byName = new Map<string, string[]>();
    for (const s of sets) {
      if (byName.has(s.name)) problems.push(`${name}: IP set ${s.name} is defined twice`);
      byName.set(s.name, entries(s));
    }
    const filter = byName.get('ipfilter-net0');
    if (!filter || filter.length === 0) {
      problems.push(`${name}: no ipfilter-net0 IP set: the IP filter lets it send from no IPv4 address it was given, or from any. Fix: give the workspace a static address or cluster.dhcpPool`);
    } else if (d && filter.join(',') !== [...d.ipFilter].sort().join(',')) {
      problems.push(`${name}: ipfilter-net0 holds ${filter.join(', ')}, declared ${[...d.ipFilter].sort().join(', ')}: it could send from addresses that are not its own. Fix: remove the override`);
    }
    if (d) {
      for (const [setName, want] of Object.entries(d.ipSets)) {
        const got = byName.get(setName);
        if (got && got.join(',') !== [...want].sort().join(',')) {
          problems.push(`${name}: IP set ${setName} holds ${got.join(', ')}, declared ${[...want].sort().join(', ')}. Fix: remove the override`);
        }
      }
      for (const setName of byName.keys()) {
        if (setName !== 'ipfilter-net0' && !(setName in d.ipSets)) problems.push(`${name}: IP set ${setName} was not declared by the construct. Fix: remove it`);
      }
    }

    const declaredRules = new Set((d?.rules ?? []).map(ruleKey));
    const rules = all(RULES_TYPE).map(([, b]) => b).filter(mine).flatMap((b) => b.rule ?? []);
    rules.forEach((r: any) => {
      if (r.enabled === false) return;
      const action = String(r.action ?? '').toUpperCase();
      if (action !== 'ACCEPT') return;
      const where = `${name}: rule ${r.type ?? '?'} ${action}${r.proto ? ` ${r.proto}` : ''}${r.dport ? ` port ${r.dport}` : ''}${r.source ? ` from ${r.source}` : ''}${r.dest ? ` to ${r.dest}` : ''}`;
      if (r.security_group || r.macro) {
        problems.push(`${where} uses ${r.security_group ? `security group ${r.security_group}` : `macro ${r.macro}`}, whose reach the stack cannot see. Fix: write the rule with proto, dport and dest`);
        return;
      }
      if (r.type === 'out' && expectOut === 'DROP' && coversDns(r.dport) && (r.proto === undefined || r.proto === 'udp' || r.proto === 'tcp')) {
        const resolvers = d?.resolvers ?? [];
        if (!r.dest || !resolvers.includes(r.dest)) {
          problems.push(`${where} lets DNS out to ${r.dest ?? 'anywhere'}: only the declared internal resolver (${resolvers.join(', ') || 'none'}) may be asked; a recursive resolver carries data to the internet. Fix: remove the rule, or set cluster.internalResolver`);
          return;
        }
      }
      if (d && !declaredRules.has(ruleKey({ type: r.type, proto: r.proto, dport: r.dport, source: r.source, dest: r.dest }))) {
        problems.push(`${where} was not declared by the construct: it widens the guest's reach. Fix: remove it, or declare the destination (allowedEndpoints, accessCidrs)`);
      } else if (!d && (r.type === 'out' ? expectOut === 'DROP' && !r.dest : !r.source)) {
        problems.push(`${where} accepts ${r.type === 'out' ? 'any destination' : 'any source'}. Fix: name the ${r.type === 'out' ? 'destination' : 'source'}`);
      }
      if (r.type === 'forward') problems.push(`${where}: forward rules are not used by the stack. Fix: remove it`);
    });
  }
  return problems;
}

/** The declarations of one stack, filled by the constructs as they build. */
class StackDeclarations {
  public datacenterFirewall?: string;
  public readonly guests: Array<{ guest: TerraformResource; declaration: GuestDeclaration }> = [];

  public toDeclarations(): IsolationDeclarations {
    return {
      datacenterFirewall: this.datacenterFirewall,
      guests: Object.fromEntries(this.guests.map((g) => [`${g.guest.terraformResourceType}.${g.guest.friendlyUniqueId}`, g.declaration])),
    };
  }
}

const REGISTRY = new WeakMap<TerraformStack, StackDeclarations>();

/** The stack's declarations; the first call adds the check to the stack's validations (run at synth). */
export function isolationOf(scope: IConstruct): StackDeclarations {
  const stack = TerraformStack.of(scope);
  let reg = REGISTRY.get(stack);
  if (!reg) {
    const created = new StackDeclarations();
    reg = created;
    REGISTRY.set(stack, created);
    stack.node.addValidation({
      validate: () => checkProxmoxIsolation(stack.toTerraform(), created.toDeclarations())
        .map((p) => `Proxmox isolation: ${p}`),
    });
  }
  return reg;
}

/** Records what a construct declared for a guest. */
export function declareGuest(scope: IConstruct, guest: TerraformResource, declaration: GuestDeclaration): void {
  isolationOf(scope).guests.push({ guest, declaration });
}

/** Records who manages the datacenter firewall (the stricter statement wins: managed). */
export function declareDatacenterFirewall(scope: IConstruct, mode: string): void {
  const reg = isolationOf(scope);
  if (reg.datacenterFirewall !== 'managed') reg.datacenterFirewall = mode;
}

/** What the constructs of a stack declared (for tests and tools that check JSON written earlier). */
export function isolationDeclarationsOf(stack: TerraformStack): IsolationDeclarations {
  return (REGISTRY.get(stack) ?? new StackDeclarations()).toDeclarations();
}
