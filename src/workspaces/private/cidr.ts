/* eslint-disable no-bitwise */
/**
 * CIDR networks as numbers, not strings: parse and normalise IPv4 and IPv6, and judge a list
 * by the union of the addresses it admits. "Never open to the whole internet" means the union
 * does not cover the IPv4 or the IPv6 address space, however it is written (`0.0.0.0/1` plus
 * `128.0.0.0/1`, `::/1` plus `8000::/1`, `::ffff:0:0/96`), and a policy-set maximum breadth
 * bounds every entry and the list as a whole.
 */
import type { WorkspacePolicy } from '../policy';
import type { FieldReader } from './fields';
import type { YamlPath } from './yaml-source';

/** Address family. */
export type IpVersion = 4 | 6;

/** A parsed, normalised network. */
export interface Cidr {
  readonly version: IpVersion;
  /** First address. */
  readonly first: bigint;
  /** Last address. */
  readonly last: bigint;
  /** Prefix length. */
  readonly prefix: number;
  /** Canonical text (`10.0.0.0/8`, `2001:db8::/32`). */
  readonly canonical: string;
}

/** The outcome of parsing: a network, or what is wrong and the fix. */
export type CidrParse = { ok: true; cidr: Cidr } | {
  ok: false;
  problem: string;
  fix: string;
  /** For a non-canonical form (`/00`, host bits set): the network it would mean, so a caller can judge its breadth too. */
  meant?: Cidr;
};

const BITS: Record<IpVersion, number> = { 4: 32, 6: 128 };

/** Limits on how many addresses a list may admit. */
export interface CidrLimits {
  /** Shortest IPv4 prefix an entry may have, and the most IPv4 addresses (outside private ranges) the whole list may admit, as a prefix. */
  readonly ipv4MinPrefix: number;
  /** The same for IPv6. */
  readonly ipv6MinPrefix: number;
}

/**
 * Defaults: no IPv4 entry broader than a /8 and no IPv6 entry broader than a /32 (a whole
 * provider allocation), and the list together no more public addresses than one such network.
 */
export const DEFAULT_CIDR_LIMITS: CidrLimits = { ipv4MinPrefix: 8, ipv6MinPrefix: 32 };

/** No breadth limit beyond "not the whole internet": for checks that do not know the policy (constructs built in code). */
export const WIDEST_CIDR_LIMITS: CidrLimits = { ipv4MinPrefix: 1, ipv6MinPrefix: 1 };

/**
 * The problems of a whole list that no policy can allow (invalid entries, the whole internet),
 * as `[field, message, value, fix]` with the field `<name>[i]` or `<name>` for the union.
 */
export function unconditionalCidrProblems(list: readonly string[], name: string, what: string): Array<[string, string, string, unknown, string]> {
  return judgeCidrs(list, WIDEST_CIDR_LIMITS, what).filter((p) => p.code !== 'cidr-too-broad')
    .map((p) => [p.code, p.index === undefined ? name : `${name}[${p.index}]`, p.message, p.value, p.fix]);
}

/** Private, loopback, link-local and shared ranges: they do not count towards the breadth of a list (they still count towards whole-space coverage). */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16',
  'fc00::/7', 'fe80::/10', '::1/128'];

function v4Text(n: bigint): string {
  return [24n, 16n, 8n, 0n].map((s) => String((n >> s) & 255n)).join('.');
}

function v6Text(n: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((n >> BigInt(i * 16)) & 0xffffn));
  // The longest run of two or more zero groups becomes "::" (RFC 5952).
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best < 0) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function parseV4(addr: string): bigint | string {
  const parts = addr.split('.');
  if (parts.length !== 4) return 'an IPv4 address has four numbers separated by dots';
  let n = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p)) return `"${p}" is not a number from 0 to 255`;
    if (p.length > 1 && p.startsWith('0')) return `"${p}" has a leading zero (some tools read it as octal)`;
    const v = Number(p);
    if (v > 255) return `"${p}" is larger than 255`;
    n = (n << 8n) | BigInt(v);
  }
  return n;
}

function parseV6(addr: string): bigint | string {
  if (addr.includes('%')) return 'a zone index (%...) is not part of a network';
  if (!/^[0-9a-fA-F:.]+$/.test(addr)) return 'an IPv6 address has only hexadecimal digits and ":"';
  const halves = addr.split('::');
  if (halves.length > 2) return '"::" may appear only once';
  const groupsOf = (s: string): number[] | string => {
    if (s === '') return [];
    const out: number[] = [];
    const items = s.split(':');
    for (let i = 0; i < items.length; i++) {
      const g = items[i];
      if (g.includes('.')) {
        if (i !== items.length - 1) return 'an embedded IPv4 address must come last';
        const v4 = parseV4(g);
        if (typeof v4 === 'string') return v4;
        out.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      } else {
        if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return `"${g}" is not a group of 1-4 hexadecimal digits`;
        out.push(parseInt(g, 16));
      }
    }
    return out;
  };
  const head = groupsOf(halves[0]);
  if (typeof head === 'string') return head;
  const tail = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (typeof tail === 'string') return tail;
  if (halves.length === 2 && halves[1].includes('.') && halves[0].includes('.')) return 'an embedded IPv4 address must come last';
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return 'an IPv6 address has eight groups (or "::" for a run of zeros)';
  const groups = [...head, ...new Array(halves.length === 2 ? missing : 0).fill(0), ...tail];
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  return n;
}

function make(version: IpVersion, first: bigint, prefix: number): Cidr {
  const hostBits = BigInt(BITS[version] - prefix);
  const last = first | ((1n << hostBits) - 1n);
  const canonical = `${version === 4 ? v4Text(first) : v6Text(first)}/${prefix}`;
  return { version, first, last, prefix, canonical };
}

/** IPv6 /96 ranges that reach IPv4 hosts: IPv4-mapped (::ffff:0:0/96) and NAT64 (64:ff9b::/96). */
const V4_MAPPINGS = [0xffffn << 32n, 0x64ff9bn << 96n];

/** The IPv4 addresses an IPv6 network reaches through IPv4-mapped or NAT64 addresses (e.g. all of them for ::/64). */
export function mappedIpv4(c: Cidr): Intervals {
  if (c.version !== 6) return [];
  const out: Intervals = [];
  for (const base of V4_MAPPINGS) {
    const a = c.first > base ? c.first : base;
    const top = base + 0xffffffffn;
    const b = c.last < top ? c.last : top;
    if (a <= b) out.push([a - base, b - base]);
  }
  return merge(out);
}

/**
 * Parses `address/prefix`. Refuses rather than guesses: a missing prefix, leading zeros in the
 * prefix (`/00`) or in an IPv4 number, host bits set, zone indexes, spaces. The fix names the
 * canonical form.
 */
export function parseCidr(text: string): CidrParse {
  const bad = (problem: string, fix: string = 'write a network such as 203.0.113.0/24 or 2001:db8::/48', meant?: Cidr): CidrParse =>
    ({ ok: false, problem, fix, ...(meant ? { meant } : {}) });
  if (typeof text !== 'string') return bad('not text');
  if (text !== text.trim() || /\s/.test(text)) return bad('spaces are not allowed', `write ${JSON.stringify(text.replace(/\s+/g, ''))}`);
  const m = /^([^/]+)\/([^/]*)$/.exec(text);
  if (!m) return bad('expected address/prefix', text.includes('/') ? undefined : `write ${text}/${text.includes(':') ? 128 : 32} for a single address`);
  const [, addr, prefixText] = m;
  const version: IpVersion = addr.includes(':') ? 6 : 4;
  const max = BITS[version];
  if (!/^\d{1,3}$/.test(prefixText)) return bad(`the prefix must be a whole number from 0 to ${max}`);
  const prefix = Number(prefixText);
  if (prefix > max) return bad(`an IPv${version} prefix is at most ${max}`);
  const n = version === 4 ? parseV4(addr) : parseV6(addr);
  if (typeof n === 'string') return bad(`malformed IPv${version} address: ${n}`);
  const hostMask = (1n << BigInt(max - prefix)) - 1n;
  const first = n & ~hostMask;
  const meant = make(version, first, prefix);
  if (prefixText !== String(prefix)) {
    return bad(`the prefix "/${prefixText}" has a leading zero and means ${meant.canonical}`, `write the network in canonical form, e.g. ${meant.canonical}`, meant);
  }
  if ((n & hostMask) !== 0n) {
    return bad(`host bits are set; the network is ${meant.canonical}`, `write ${meant.canonical} (or ${addrText(version, n)}/${max} for one address)`, meant);
  }
  return { ok: true, cidr: meant };
}

function addrText(version: IpVersion, n: bigint): string {
  return version === 4 ? v4Text(n) : v6Text(n);
}

/** A merged, sorted list of address intervals of one family. */
export type Intervals = Array<[bigint, bigint]>;

function merge(list: Intervals): Intervals {
  const sorted = [...list].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Intervals = [];
  for (const [a, b] of sorted) {
    const top = out[out.length - 1];
    if (top && a <= top[1] + 1n) {
      if (b > top[1]) top[1] = b;
    } else {
      out.push([a, b]);
    }
  }
  return out;
}

function size(list: Intervals): bigint {
  return list.reduce((s, [a, b]) => s + (b - a + 1n), 0n);
}

function minus(list: Intervals, remove: Intervals): Intervals {
  let cur = list;
  for (const [ra, rb] of remove) {
    const next: Intervals = [];
    for (const [a, b] of cur) {
      if (rb < a || ra > b) { next.push([a, b]); continue; }
      if (a < ra) next.push([a, ra - 1n]);
      if (b > rb) next.push([rb + 1n, b]);
    }
    cur = next;
  }
  return cur;
}

const PRIVATE: Record<IpVersion, Intervals> = (() => {
  const out: Record<IpVersion, Intervals> = { 4: [], 6: [] };
  for (const t of PRIVATE_RANGES) {
    const p = parseCidr(t);
    if (p.ok) out[p.cidr.version].push([p.cidr.first, p.cidr.last]);
  }
  return { 4: merge(out[4]), 6: merge(out[6]) };
})();

/** What the union of a list covers, per family. */
export interface CidrCoverage {
  /** Merged IPv4 intervals (IPv4-mapped and NAT64 IPv6 entries included). */
  readonly ipv4: Intervals;
  /** Merged IPv6 intervals. */
  readonly ipv6: Intervals;
}

/** The union of parsed networks. */
export function cidrUnion(list: readonly Cidr[]): CidrCoverage {
  const v4: Intervals = [];
  const v6: Intervals = [];
  for (const c of list) {
    (c.version === 4 ? v4 : v6).push([c.first, c.last]);
    v4.push(...mappedIpv4(c));
  }
  return { ipv4: merge(v4), ipv6: merge(v6) };
}

/** Whether the intervals cover a whole address space. */
function isWhole(list: Intervals, version: IpVersion): boolean {
  return list.length === 1 && list[0][0] === 0n && list[0][1] === (1n << BigInt(BITS[version])) - 1n;
}

/** One problem with a list of networks: at an entry (`index`) or the list as a whole. */
export interface CidrProblem {
  /** Entry index, or undefined for the whole list. */
  readonly index?: number;
  /** Error code: invalid-cidr, cidr-whole-internet or cidr-too-broad. */
  readonly code: 'invalid-cidr' | 'cidr-whole-internet' | 'cidr-too-broad';
  /** What is wrong. */
  readonly message: string;
  /** The offending value (the entry, or the list). */
  readonly value: unknown;
  /** How to fix it. */
  readonly fix: string;
}

/** Human share of a space: "50%", "0.4%", "less than 0.01%". */
function share(n: bigint, version: IpVersion): string {
  const pct = Number((n * 1000000n) / (1n << BigInt(BITS[version]))) / 10000;
  if (pct === 0) return 'less than 0.0001%';
  return `${pct}%`;
}

/**
 * Judges a list of CIDRs: every entry parses (canonical form), no entry is broader than the
 * limit, the union does not cover a whole address space, and the union admits no more public
 * addresses than one network of the limit's breadth. `what` names the field in messages
 * ("SSH", "the airlock"); `policyHint` tells where the limit is set.
 */
export function judgeCidrs(list: readonly string[], limits: CidrLimits = DEFAULT_CIDR_LIMITS, what: string = 'access',
  policyHint: string = 'cidr_max_breadth in the lab\'s policy'): CidrProblem[] {
  const problems: CidrProblem[] = [];
  const parsed: Cidr[] = [];
  const min = (v: IpVersion) => (v === 4 ? limits.ipv4MinPrefix : limits.ipv6MinPrefix);
  const wholeInternet = (index: number, text: string, detail: string): void => {
    problems.push({
      index,
      code: 'cidr-whole-internet',
      message: `${detail} would open ${what} to the whole internet`,
      value: text,
      fix: 'list only the networks that need access (campus, VPN, the data holder\'s range)',
    });
  };
  list.forEach((text, index) => {
    const p = parseCidr(text);
    if (!p.ok) {
      // A non-canonical form is refused, and judged for what it means: "0.0.0.0/00" is the whole internet.
      if (p.meant && (p.meant.prefix === 0 || isWhole(mappedIpv4(p.meant), 4))) wholeInternet(index, text, `"${text}" means ${p.meant.canonical} and`);
      else problems.push({ index, code: 'invalid-cidr', message: `not a valid CIDR: ${p.problem}`, value: text, fix: p.fix });
      return;
    }
    parsed.push(p.cidr);
    const c = p.cidr;
    const v4 = mappedIpv4(c);
    if (c.prefix === 0) return wholeInternet(index, text, c.canonical);
    if (isWhole(v4, 4)) return wholeInternet(index, text, `${c.canonical} reaches every IPv4 address (IPv4-mapped or NAT64) and`);
    if (c.prefix < min(c.version)) {
      problems.push({
        index,
        code: 'cidr-too-broad',
        message: `${c.canonical} is broader than the allowed /${min(c.version)} for IPv${c.version} (${share(c.last - c.first + 1n, c.version)} of the address space)`,
        value: text,
        fix: `list narrower networks (at least /${min(c.version)}), or raise ${policyHint}`,
      });
      return;
    }
    const v4size = size(v4);
    if (v4size > 1n << BigInt(32 - min(4))) {
      problems.push({
        index,
        code: 'cidr-too-broad',
        message: `${c.canonical} reaches ${share(v4size, 4)} of the IPv4 addresses through IPv4-mapped or NAT64 addresses, more than one /${min(4)}`,
        value: text,
        fix: `list the IPv4 networks themselves (at least /${min(4)}), or raise ${policyHint}`,
      });
    }
  });
  if (parsed.length === 0 || problems.some((p) => p.code === 'cidr-whole-internet')) return problems;
  const u = cidrUnion(parsed);
  for (const v of [4, 6] as IpVersion[]) {
    const iv = v === 4 ? u.ipv4 : u.ipv6;
    if (iv.length === 0) continue;
    if (isWhole(iv, v)) {
      problems.push({
        code: 'cidr-whole-internet',
        message: `together these networks cover every IPv${v} address and would open ${what} to the whole internet`,
        value: [...list],
        fix: 'list only the networks that need access (campus, VPN, the data holder\'s range)',
      });
      continue;
    }
    if (problems.some((p) => p.code === 'cidr-too-broad')) continue;
    const pub = size(minus(iv, PRIVATE[v]));
    const allowed = 1n << BigInt(BITS[v] - min(v));
    if (pub > allowed) {
      problems.push({
        code: 'cidr-too-broad',
        message: `together these networks admit ${share(pub, v)} of the public IPv${v} addresses, more than one /${min(v)}`,
        value: [...list],
        fix: `list fewer or narrower networks, or raise ${policyHint}`,
      });
    }
  }
  return problems;
}

/** Checks policy limits: prefixes within the family's range. */
export function cidrLimitsProblem(limits: CidrLimits): string | undefined {
  if (!Number.isInteger(limits.ipv4MinPrefix) || limits.ipv4MinPrefix < 1 || limits.ipv4MinPrefix > 32) return 'ipv4 must be a prefix length from 1 to 32';
  if (!Number.isInteger(limits.ipv6MinPrefix) || limits.ipv6MinPrefix < 1 || limits.ipv6MinPrefix > 128) return 'ipv6 must be a prefix length from 1 to 128';
  return undefined;
}

/** The limits a policy sets (its `cidr_max_breadth`), else the defaults. */
export function cidrLimitsOf(policy?: WorkspacePolicy): CidrLimits {
  return {
    ipv4MinPrefix: policy?.props.cidrMaxBreadthIpv4 ?? DEFAULT_CIDR_LIMITS.ipv4MinPrefix,
    ipv6MinPrefix: policy?.props.cidrMaxBreadthIpv6 ?? DEFAULT_CIDR_LIMITS.ipv6MinPrefix,
  };
}

/**
 * Judges the CIDR list at `at` (a list of text in a YAML file) and reports every problem at
 * its entry, or at the list for problems of the union.
 */
export function reportCidrs(r: FieldReader, list: readonly string[] | undefined, at: YamlPath, what: string,
  limits: CidrLimits = DEFAULT_CIDR_LIMITS): void {
  if (!list) return;
  for (const p of judgeCidrs(list, limits, what)) {
    r.error(p.index === undefined ? at : [...at, p.index], p.code, p.message, p.value, p.fix);
  }
}
