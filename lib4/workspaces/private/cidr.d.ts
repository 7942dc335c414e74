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
export type CidrParse = {
    ok: true;
    cidr: Cidr;
} | {
    ok: false;
    problem: string;
    fix: string;
    /** For a non-canonical form (`/00`, host bits set): the network it would mean, so a caller can judge its breadth too. */
    meant?: Cidr;
};
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
export declare const DEFAULT_CIDR_LIMITS: CidrLimits;
/** No breadth limit beyond "not the whole internet": for checks that do not know the policy (constructs built in code). */
export declare const WIDEST_CIDR_LIMITS: CidrLimits;
/**
 * The problems of a whole list that no policy can allow (invalid entries, the whole internet),
 * as `[field, message, value, fix]` with the field `<name>[i]` or `<name>` for the union.
 */
export declare function unconditionalCidrProblems(list: readonly string[], name: string, what: string): Array<[string, string, string, unknown, string]>;
/** The IPv4 addresses an IPv6 network reaches through IPv4-mapped or NAT64 addresses (e.g. all of them for ::/64). */
export declare function mappedIpv4(c: Cidr): Intervals;
/**
 * Parses `address/prefix`. Refuses rather than guesses: a missing prefix, leading zeros in the
 * prefix (`/00`) or in an IPv4 number, host bits set, zone indexes, spaces. The fix names the
 * canonical form.
 */
export declare function parseCidr(text: string): CidrParse;
/** A merged, sorted list of address intervals of one family. */
export type Intervals = Array<[bigint, bigint]>;
/** What the union of a list covers, per family. */
export interface CidrCoverage {
    /** Merged IPv4 intervals (IPv4-mapped and NAT64 IPv6 entries included). */
    readonly ipv4: Intervals;
    /** Merged IPv6 intervals. */
    readonly ipv6: Intervals;
}
/** The union of parsed networks. */
export declare function cidrUnion(list: readonly Cidr[]): CidrCoverage;
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
/**
 * Judges a list of CIDRs: every entry parses (canonical form), no entry is broader than the
 * limit, the union does not cover a whole address space, and the union admits no more public
 * addresses than one network of the limit's breadth. `what` names the field in messages
 * ("SSH", "the airlock"); `policyHint` tells where the limit is set.
 */
export declare function judgeCidrs(list: readonly string[], limits?: CidrLimits, what?: string, policyHint?: string): CidrProblem[];
/** Checks policy limits: prefixes within the family's range. */
export declare function cidrLimitsProblem(limits: CidrLimits): string | undefined;
/** The limits a policy sets (its `cidr_max_breadth`), else the defaults. */
export declare function cidrLimitsOf(policy?: WorkspacePolicy): CidrLimits;
/**
 * Judges the CIDR list at `at` (a list of text in a YAML file) and reports every problem at
 * its entry, or at the list for problems of the union.
 */
export declare function reportCidrs(r: FieldReader, list: readonly string[] | undefined, at: YamlPath, what: string, limits?: CidrLimits): void;
