/* eslint-disable no-bitwise */
import fc from 'fast-check';
import { cidrProblem } from '../../src/workspaces/permit';
import { WorkspacePolicy } from '../../src/workspaces/policy';
import { cidrLimitsOf, cidrUnion, DEFAULT_CIDR_LIMITS, judgeCidrs, parseCidr, unconditionalCidrProblems } from '../../src/workspaces/private/cidr';

/**
 * Issue 13.2: "never open to the whole internet" judged on the union of a list, for IPv4 and
 * IPv6, with non-canonical forms refused and a policy-set maximum breadth.
 */

const codes = (list: string[], limits = DEFAULT_CIDR_LIMITS) => judgeCidrs(list, limits).map((p) => `${p.index ?? '*'}:${p.code}`);

describe('whole address space, however it is written', () => {
  test.each([
    [['0.0.0.0/0']],
    [['0.0.0.0/00']],
    [['0.0.0.0/000']],
    [['0.0.0.0/1', '128.0.0.0/1']],
    [['128.0.0.0/1', '0.0.0.0/2', '64.0.0.0/2']],
    [['::/0']],
    [['::/00']],
    [['::/1', '8000::/1']],
    [['::ffff:0:0/96']],
    [['::ffff:0.0.0.0/96']],
    [['64:ff9b::/96']],
    [['::/64']],
    [['0.0.0.0/1', '::ffff:128.0.0.0/97']],
  ])('%j is refused as cidr-whole-internet', (list) => {
    expect(codes(list).some((c) => c.endsWith('cidr-whole-internet'))).toBe(true);
  });

  test('each entry of a covering list is judged, and the union at the list', () => {
    expect(codes(['0.0.0.0/1', '128.0.0.0/1'])).toEqual(['0:cidr-too-broad', '1:cidr-too-broad', '*:cidr-whole-internet']);
  });

  test('the union is judged even when every entry is within the breadth limit (limit raised to /1)', () => {
    const wide = { ipv4MinPrefix: 1, ipv6MinPrefix: 1 };
    expect(codes(['0.0.0.0/1', '128.0.0.0/1'], wide)).toEqual(['*:cidr-whole-internet']);
    expect(codes(['0.0.0.0/1'], wide)).toEqual([]);
    expect(codes(['8000::/1', '::/1'], wide)).toEqual(['1:cidr-whole-internet']); // ::/1 holds every IPv4-mapped address
    expect(codes(['8000::/1', '4000::/2', '::/2'], wide)).toEqual(['2:cidr-whole-internet']);
  });

  test('the old check matched the literal /0 only: cidrProblem now refuses 0.0.0.0/00 and ::ffff:0:0/96', () => {
    expect(cidrProblem('0.0.0.0/00')).toMatch(/whole internet/);
    expect(cidrProblem('::ffff:0:0/96')).toMatch(/every IPv4 address/);
    expect(cidrProblem('::/64')).toMatch(/every IPv4 address/);
    // Breadth is the policy's: cidrProblem (used by constructs, which do not know the policy) judges only the rest.
    expect(cidrProblem('0.0.0.0/1')).toBeUndefined();
    expect(cidrProblem('203.0.113.0/24')).toBeUndefined();
  });

  test('constructs judge the union without a policy: unconditionalCidrProblems', () => {
    expect(unconditionalCidrProblems(['0.0.0.0/1', '128.0.0.0/1'], 'accessCidrs', 'SSH').map((p) => `${p[0]} ${p[1]}`)).toEqual(['cidr-whole-internet accessCidrs']);
    expect(unconditionalCidrProblems(['0.0.0.0/00', '10.0.0.0/8'], 'sshCidrs', 'SSH').map((p) => `${p[0]} ${p[1]}`)).toEqual(['cidr-whole-internet sshCidrs[0]']);
    expect(unconditionalCidrProblems(['0.0.0.0/2', '10.1.0.0/16'], 'sshCidrs', 'SSH')).toEqual([]);
  });
});

describe('breadth', () => {
  test('defaults: IPv4 /8 and IPv6 /32 per entry; the list together at most one such network of public addresses', () => {
    expect(codes(['10.0.0.0/8'])).toEqual([]);
    expect(codes(['11.0.0.0/8'])).toEqual([]);
    expect(codes(['10.0.0.0/7'])).toEqual(['0:cidr-too-broad']);
    expect(codes(['2001:db8::/32'])).toEqual([]);
    expect(codes(['2001:db8::/31'])).toEqual(['0:cidr-too-broad']);
    // Two public /8s: more than one /8 of public addresses.
    expect(codes(['11.0.0.0/8', '12.0.0.0/8'])).toEqual(['*:cidr-too-broad']);
    // Private ranges do not count towards the breadth: every RFC 1918 range is fine.
    expect(codes(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '11.0.0.0/8'])).toEqual([]);
    // ::/96 minus the mapped range is narrow, but ::ffff:0:0/100 reaches a /4 of IPv4.
    expect(codes(['::ffff:0:0/100'])).toEqual(['0:cidr-too-broad']);
  });

  test('a policy sets the breadth (cidr_max_breadth), and a narrower limit refuses what the default allows', () => {
    const strict = WorkspacePolicy.fromYaml('name: strict\ncidr_max_breadth: { ipv4: 24, ipv6: 48 }\n', 'policy.yaml');
    expect(cidrLimitsOf(strict)).toEqual({ ipv4MinPrefix: 24, ipv6MinPrefix: 48 });
    expect(codes(['203.0.112.0/23'], cidrLimitsOf(strict))).toEqual(['0:cidr-too-broad']);
    expect(codes(['203.0.112.0/23'])).toEqual([]);
    const loose = WorkspacePolicy.fromYaml('name: loose\ncidr_max_breadth: { ipv4: 4 }\n', 'policy.yaml');
    expect(codes(['16.0.0.0/4'], cidrLimitsOf(loose))).toEqual([]);
    expect(codes(['0.0.0.0/1', '128.0.0.0/1'], { ipv4MinPrefix: 1, ipv6MinPrefix: 1 })).toEqual(['*:cidr-whole-internet']);
    expect(() => WorkspacePolicy.fromYaml('name: bad\ncidr_max_breadth: { ipv4: 0 }\n', 'policy.yaml')).toThrow(/cidr_max_breadth\.ipv4/);
    expect(() => WorkspacePolicy.fromYaml('name: bad\ncidr_max_breadth: { ipv5: 8 }\n', 'policy.yaml')).toThrow(/ipv5/);
    expect(cidrLimitsOf(undefined)).toEqual(DEFAULT_CIDR_LIMITS);
  });
});

describe('parsing and normalising', () => {
  test.each([
    ['10.0.0.0/08', /leading zero and means 10\.0\.0\.0\/8/],
    ['010.0.0.0/8', /leading zero/],
    ['10.1.2.3/8', /host bits are set; the network is 10\.0\.0\.0\/8/],
    ['10.0.0.0', /expected address\/prefix/],
    ['10.0.0.0/33', /at most 32/],
    ['2001:db8::/129', /at most 128/],
    ['1::2::3/64', /"::" may appear only once/],
    ['fe80::1%eth0/128', /zone index/],
    [' 10.0.0.0/8', /spaces/],
    ['10.0.0.0/8 ', /spaces/],
    ['256.0.0.0/8', /larger than 255/],
    ['10.0.0/8', /four numbers/],
    ['1:2:3:4:5:6:7:8:9/128', /eight groups/],
    ['10.0.0.0/+8', /whole number/],
    ['10.0.0.0/-0', /whole number/],
  ])('%j is refused: %s', (text, message) => {
    const p = parseCidr(text);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.problem).toMatch(message);
  });

  test.each([
    ['2001:0DB8:0000::/32', '2001:db8::/32'],
    ['::ffff:10.0.0.0/104', '::ffff:a00:0/104'],
    ['1:0:0:1:0:0:0:1/128', '1:0:0:1::1/128'],
    ['0:0:0:0:0:0:0:0/128', '::/128'],
    ['203.0.113.0/24', '203.0.113.0/24'],
  ])('%j normalises to %j', (text, canonical) => {
    const p = parseCidr(text);
    expect(p.ok && p.cidr.canonical).toBe(canonical);
  });
});

// ---------------------------------------------------------------- property tests

/** A random partition of an address space into CIDR blocks (recursive halving). */
function partition(version: 4 | 6, rnd: () => number, maxDepth: number): string[] {
  const bits = version === 4 ? 32 : 128;
  const out: string[] = [];
  const text = (first: bigint, prefix: number): string => {
    if (version === 4) return `${[24n, 16n, 8n, 0n].map((s) => String((first >> s) & 255n)).join('.')}/${prefix}`;
    const groups: string[] = [];
    for (let i = 7; i >= 0; i--) groups.push(((first >> BigInt(i * 16)) & 0xffffn).toString(16));
    return `${groups.join(':')}/${prefix}`;
  };
  const split = (first: bigint, prefix: number): void => {
    if (prefix >= maxDepth || (prefix > 0 && rnd() < 0.35)) {
      out.push(text(first, prefix));
      return;
    }
    split(first, prefix + 1);
    split(first | (1n << BigInt(bits - prefix - 1)), prefix + 1);
  };
  split(0n, 0);
  return out;
}

function seeded(seed: number): () => number {
  let s = (Math.abs(seed) % 2147483646) + 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

const WIDE = { ipv4MinPrefix: 1, ipv6MinPrefix: 1 };

describe('property: the union decides, not the spelling', () => {
  test('any partition of the IPv4 or IPv6 space, shuffled, is refused; without one block it is not "whole"', () => {
    fc.assert(fc.property(fc.integer(), fc.constantFrom(4 as const, 6 as const), fc.integer({ min: 2, max: 12 }), (seed, version, depth) => {
      const rnd = seeded(seed);
      const blocks = partition(version, rnd, depth).sort(() => rnd() - 0.5);
      fc.pre(blocks.length >= 2);
      const all = judgeCidrs(blocks, WIDE);
      expect(all.some((p) => p.code === 'cidr-whole-internet')).toBe(true);
      // Drop one block that does not hold an IPv4-mapped range (for IPv6): the union is no longer whole.
      const dropIndex = blocks.findIndex((b) => version === 4 || !b.startsWith('0:'));
      fc.pre(dropIndex >= 0);
      const fewer = blocks.filter((_, i) => i !== dropIndex);
      const p = judgeCidrs(fewer, WIDE).filter((x) => x.code === 'cidr-whole-internet' && x.index === undefined);
      const u = cidrUnion(fewer.map((b) => (parseCidr(b) as any).cidr));
      // The blocks are disjoint: without one, the family's own space is never whole.
      expect((version === 4 ? u.ipv4 : u.ipv6).length).toBeGreaterThanOrEqual(1);
      expect(p.filter((x) => x.message.includes(`every IPv${version} address`))).toEqual([]);
    }), { numRuns: 200 });
  });

  test('parseCidr never throws on adversarial text, and what it accepts round-trips through its canonical form', () => {
    const alphabet = fc.constantFrom(...'0123456789abcdefABCDEF:./%- x\u0000\n'.split(''), '::', '/0', '/00', '255', 'ffff', '::ffff:');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 24 }).map((a) => a.join('')), (text) => {
      const p = parseCidr(text);
      if (p.ok) {
        const again = parseCidr(p.cidr.canonical);
        expect(again.ok && again.cidr.canonical).toBe(p.cidr.canonical);
        expect(again.ok && again.cidr.first).toBe(p.cidr.first);
        // Only canonical digits are accepted: no leading zeros in the prefix.
        expect(text.split('/')[1]).toBe(String(p.cidr.prefix));
      } else {
        expect(p.problem.length).toBeGreaterThan(0);
        expect(p.fix.length).toBeGreaterThan(0);
      }
      // judgeCidrs never throws either, and every problem names an entry or the list.
      for (const x of judgeCidrs([text])) expect(['invalid-cidr', 'cidr-whole-internet', 'cidr-too-broad']).toContain(x.code);
    }), { numRuns: 2000 });
  });

  test('a prefix written with leading zeros is judged for what it means', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 1, max: 2 }), (prefix, zeros) => {
      const text = `0.0.0.0/${'0'.repeat(zeros)}${prefix}`;
      const p = judgeCidrs([text]);
      expect(p).toHaveLength(1);
      expect(p[0].code).toBe(prefix === 0 ? 'cidr-whole-internet' : 'invalid-cidr');
    }));
  });
});
