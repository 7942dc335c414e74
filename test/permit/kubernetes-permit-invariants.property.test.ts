/**
 * Property-based tests over random event sequences: legal sequences are generated with
 * PermitLifecycle.next (illegal events are skipped), and the safety invariants are checked on
 * the plan AND on the synthesized Terraform JSON of every step. Every distinct stack the
 * sequences produced then passes tf-validate.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as nodePath from 'path';
import * as fc from 'fast-check';
import {
  MountAccess, NetworkMode, PermitEventType, PermitLifecycle, PermitMemberRole, PermitPlan, PermitProps, PermitStatus,
  PermitVolumeKind, PermitWorkspaceRole,
} from '../../src';
import {
  claimMounts, cleanSynthRoot, kubernetesProblems, podLabels, podSpec, policiesFor, resources, stripVolatile, synth, tfValidateAll,
} from './helpers/synth';

const S = PermitStatus;
const SENSITIVE_KINDS = new Set([PermitVolumeKind.RAW, PermitVolumeKind.PREPARED, PermitVolumeKind.OUTPUTS, PermitVolumeKind.UPLOAD]);
const SETUP = new Set([S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK]);
const KEEP_EVERYTHING = new Set([S.ANALYSIS_STOPPED, S.ARCHIVED, S.DATA_PREPARATION_REWORK, S.WORKSPACE_SETUP_REWORK]);

/**
 * One attempted event. `aim` makes most status updates carry a status the lifecycle could
 * reach (or the current one: a replay), so that walks get far; the rest are random and mostly
 * illegal, and are skipped.
 */
const step = fc.record({
  event: fc.oneof(
    { arbitrary: fc.constant(PermitEventType.STATUS_UPDATED), weight: 6 },
    { arbitrary: fc.constantFrom(...Object.values(PermitEventType)), weight: 4 },
  ),
  carried: fc.constantFrom(...Object.values(PermitStatus)),
  aim: fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }),
  pick: fc.nat({ max: 11 }),
});
type Step = { event: PermitEventType; carried: PermitStatus; aim: boolean; pick: number };

/** A legal walk from AWAITING_INGRESS, following PermitLifecycle.next; illegal events are ignored. */
function walk(steps: Step[]): Array<{ from?: PermitStatus; to: PermitStatus; event: string }> {
  const out: Array<{ from?: PermitStatus; to: PermitStatus; event: string }> = [{ to: S.AWAITING_INGRESS, event: 'start' }];
  let cur: PermitStatus = S.AWAITING_INGRESS;
  for (const s of steps) {
    // Aimed updates: 1 in 12 deletes the permit, 1 in 12 replays, the rest move forward.
    const forward = PermitLifecycle.allowedNext(cur).filter((x) => x !== S.DELETED);
    const aimed = s.pick === 0 || forward.length === 0 ? S.DELETED : s.pick === 1 ? cur : forward[s.pick % forward.length];
    const carried = s.aim ? aimed : s.carried;
    let next: PermitStatus;
    try {
      next = PermitLifecycle.next(cur, s.event, carried);
    } catch {
      continue;
    }
    out.push({ from: cur, to: next, event: s.event === PermitEventType.STATUS_UPDATED ? `${s.event} ${carried}` : s.event });
    cur = next;
  }
  return out;
}

const NAMES = ['alice', 'bob', 'chen', 'dana'];
const HOLDERS = ['hospital-a', 'lab-b', 'registry-c'];
const cidr = fc.tuple(fc.integer({ min: 1, max: 223 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map(([a, b, c]) => `${a}.${b}.${c}.0/24`);
const permitArb = fc.record({
  researchers: fc.subarray(NAMES, { minLength: 1 }),
  holders: fc.subarray(HOLDERS, { minLength: 1 }),
  cidrs: fc.array(cidr, { minLength: 1, maxLength: 2 }),
  domains: fc.option(fc.subarray(['pypi.org', '*.r-project.org', 'conda.anaconda.org', 'cran.r-project.org'], { minLength: 1 }), { nil: undefined }),
});
type PermitShape = { researchers: string[]; holders: string[]; cidrs: string[]; domains?: string[] };

function permitOf(shape: PermitShape, status: PermitStatus, previousStatus: PermitStatus | undefined, eventId: string): PermitProps {
  return {
    id: 'p-prop',
    status,
    previousStatus,
    eventId,
    dataHolders: shape.holders.map((id) => ({ id, allowedCidrs: shape.cidrs })),
    researchers: shape.researchers.map((name) => ({ name })),
    hdabPreprocessor: { name: 'hpe-staff' },
    hdabReviewer: { name: 'hre-staff' },
    setupReviewer: { name: 'setup-staff' },
    egressAllowedDomains: shape.domains,
  };
}

/** The invariants on a plan. Returns the broken ones. */
function planViolations(plan: PermitPlan): string[] {
  const v: string[] = [];
  for (const w of plan.workspaces) {
    const researcher = w.users.some((u) => u.role === PermitMemberRole.RESEARCHER);
    for (const m of w.mounts) {
      if (researcher && (m.kind === PermitVolumeKind.RAW || m.kind === PermitVolumeKind.PREPARED) && m.access !== MountAccess.READ_ONLY) {
        v.push(`researcher write access: ${w.role} ${m.volume}:${m.access}`);
      }
      const setupRole = w.role === PermitWorkspaceRole.RESEARCHER_SETUP || w.role === PermitWorkspaceRole.SETUP_REVIEW;
      if ((SETUP.has(plan.status) || setupRole) && SENSITIVE_KINDS.has(m.kind)) {
        v.push(`setup mounts sensitive data: ${w.role} ${m.volume}`);
      }
    }
    if (w.role === PermitWorkspaceRole.ANALYSIS && w.network !== NetworkMode.NONE) v.push(`analysis network ${w.network}`);
  }
  if (plan.status !== S.DELETED && plan.volumesToDelete.length) v.push(`volumes deleted before permit.deleted: ${plan.volumesToDelete}`);
  if (plan.volumes.some((x) => !x.protect)) v.push('unprotected volume');
  return v;
}

function usernames(workload: any): string[] {
  return podSpec(workload).container[0].env.filter((e: any) => /^USERNAME(_\d+)?$/.test(e.name)).map((e: any) => e.value);
}

/** The invariants on the synthesized JSON. Returns the broken ones. */
function jsonViolations(json: any, status: PermitStatus, researchers: string[]): string[] {
  const v: string[] = [];
  const claimKinds = new Map<string, string>(resources(json, 'kubernetes_persistent_volume_claim_v1')
    .map((p) => [p.metadata.name, p.metadata.labels['cdk-research-workspaces.dev/volume']]));
  const sensitiveClaims = new Set(resources(json, 'kubernetes_persistent_volume_claim_v1')
    .filter((p) => p.metadata.labels['cdk-research-workspaces.dev/sensitive'] === 'true').map((p) => p.metadata.name));
  const workloads = [...resources(json, 'kubernetes_stateful_set_v1'), ...resources(json, 'kubernetes_deployment_v1')];
  for (const w of workloads) {
    const role = w.metadata.labels['cdk-research-workspaces.dev/workspace'];
    const isResearcher = role !== undefined && usernames(w).some((n) => researchers.includes(n));
    const mounts = role ? claimMounts(w) : [];
    for (const m of mounts) {
      const kind = claimKinds.get(m.claim);
      if (kind === undefined) v.push(`${role} mounts a claim that does not exist: ${m.claim}`);
      if (isResearcher && (kind === 'raw' || kind === 'prepared') && (!m.readOnly || !m.sourceReadOnly)) v.push(`researcher write access in JSON: ${role} ${m.claim}`);
    }
    const claims = (podSpec(w).volume ?? []).filter((x: any) => x.persistent_volume_claim).map((x: any) => x.persistent_volume_claim.claim_name);
    if ((SETUP.has(status) || role === 'researcher-setup' || role === 'setup-review') && claims.some((c: string) => sensitiveClaims.has(c) || ['raw', 'prepared', 'outputs'].includes(c) || c.startsWith('upload-'))) {
      v.push(`setup phase pod mounts sensitive data: ${w.metadata.name}`);
    }
    if (role === 'analysis') {
      const egress = policiesFor(json, podLabels(w)).filter((p) => p.spec.policy_types.includes('Egress')).flatMap((p) => p.spec.egress ?? []);
      if (egress.length) v.push(`analysis has egress rules: ${JSON.stringify(egress)}`);
      if (podSpec(w).container[0].env.some((e: any) => e.name.includes('PROXY'))) v.push('analysis has proxy settings');
    }
  }
  if ((status === S.ANALYSIS_ACTIVE || status === S.ANALYSIS_STOPPED) && resources(json, 'kubernetes_deployment_v1').length) v.push('a proxy exists during analysis');
  const pvcs = resources(json, 'kubernetes_persistent_volume_claim_v1');
  if (status === S.DELETED) {
    if (pvcs.length || resources(json, 'kubernetes_namespace_v1').length) v.push('storage left after permit.deleted');
  } else {
    for (const p of pvcs) if (p.lifecycle?.prevent_destroy !== true) v.push(`unprotected claim ${p.metadata.name}`);
    const ns = resources(json, 'kubernetes_namespace_v1')[0];
    if (pvcs.length && ns?.lifecycle?.prevent_destroy !== true) v.push('namespace (which would take the claims with it) unprotected');
  }
  v.push(...kubernetesProblems(json));
  return v;
}

function claimAddresses(json: any): string[] {
  return Object.keys(json.resource?.kubernetes_persistent_volume_claim_v1 ?? {}).sort();
}

/** The stack without what only says which event made it (for replay and de-duplication). */
function structure(json: any): string {
  return JSON.stringify(stripVolatile(json), (k, val) => {
    if (k === 'cdk-research-workspaces.dev/event-id' || k === 'cdk-research-workspaces.dev/previous-status' || k === 'cdk-research-workspaces.dev/permit-status') return undefined;
    return val;
  });
}

/**
 * The synthesized sequences use two fixed permits, so that the distinct stacks they produce
 * (at most two per status) can all go through tf-validate in reasonable time.
 */
const SYNTH_SHAPES: PermitShape[] = [
  { researchers: ['alice'], holders: ['hospital-a'], cidrs: ['203.0.113.0/24'] },
  { researchers: ['bob', 'chen', 'dana'], holders: ['hospital-a', 'lab-b', 'registry-c'], cidrs: ['198.51.100.0/24', '192.0.2.0/24'], domains: ['*.r-project.org', 'pypi.org'] },
];

const uniqueStacks = new Map<string, string>();
afterAll(() => cleanSynthRoot());

describe('safety invariants over random event sequences', () => {
  test('the generated walks are legal and reach every status', () => {
    const seen = new Set<PermitStatus>();
    fc.assert(fc.property(fc.array(step, { minLength: 10, maxLength: 60 }), (steps) => {
      for (const s of walk(steps)) {
        if (s.from !== undefined) expect(PermitLifecycle.isAllowed(s.from, s.to)).toBe(true);
        seen.add(s.to);
      }
    }), { numRuns: 300 });
    expect([...seen].sort()).toEqual(Object.values(PermitStatus).sort());
  });

  test('plans: researchers never write raw/prepared, setup never mounts sensitive data, analysis has no network, volumes go only at permit.deleted', () => {
    fc.assert(fc.property(permitArb, fc.array(step, { minLength: 10, maxLength: 60 }), (shape, steps) => {
      const path = walk(steps);
      let existing: string[] = [];
      for (const [i, s] of path.entries()) {
        const plan = PermitLifecycle.plan(permitOf(shape, s.to, s.from, `evt-${i}`));
        expect({ step: s, violations: planViolations(plan) }).toEqual({ step: s, violations: [] });
        const names = plan.volumes.map((v) => v.name).sort();
        if (s.to === S.DELETED) {
          expect(names).toEqual([]);
          // What is destroyed is exactly what existed (nothing, if the permit never got its volumes).
          if (existing.length) expect([...plan.volumesToDelete].sort()).toEqual(existing);
        } else if (existing.length) {
          // Once created, every volume exists in every later phase until the permit is deleted.
          expect({ step: s, names }).toEqual({ step: s, names: existing });
        }
        if (s.from !== undefined && KEEP_EVERYTHING.has(s.to)) expect(names).toEqual(existing);
        if (s.from === s.to) expect(plan.changes).toEqual([]);
        existing = names;
      }
    }), { numRuns: 300 });
  });

  test('synthesized stacks keep the same invariants, and stop/archive/rework keep every claim at the same address', () => {
    fc.assert(fc.property(fc.constantFrom(...SYNTH_SHAPES), fc.array(step, { minLength: 10, maxLength: 30 }), (shape, steps) => {
      const path = walk(steps);
      let previous: { status: PermitStatus; json: any } | undefined;
      for (const [i, s] of path.entries()) {
        const { json } = synth(permitOf(shape, s.to, s.from, `evt-${i}`));
        expect({ step: s, violations: jsonViolations(json, s.to, shape.researchers) }).toEqual({ step: s, violations: [] });
        const shapeKey = structure(json);
        if (!uniqueStacks.has(shapeKey)) uniqueStacks.set(shapeKey, JSON.stringify(json));
        if (previous && s.to !== S.DELETED && previous.status !== S.AWAITING_INGRESS) {
          // No claim ever disappears or moves (a new address would mean destroy + create).
          expect({ step: s, claims: claimAddresses(json) }).toEqual({ step: s, claims: claimAddresses(previous.json) });
        }
        if (previous && s.from === s.to) {
          // A replayed event changes nothing but the event id it records.
          expect(structure(json)).toEqual(structure(previous.json));
        }
        previous = { status: s.to, json };
      }
    }), { numRuns: 30 });
  });

  test('the checkers catch broken stacks (so a passing property means something)', () => {
    const { json } = synth(permitOf(SYNTH_SHAPES[0], S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, 'evt-m'));
    const analysis = () => resources(json, 'kubernetes_stateful_set_v1').find((w) => w.metadata.name === 'analysis');
    expect(jsonViolations(json, S.ANALYSIS_ACTIVE, ['alice'])).toEqual([]);
    const broken = (mutate: (j: any) => void) => {
      const copy = JSON.parse(JSON.stringify(json));
      mutate(copy);
      return jsonViolations(copy, S.ANALYSIS_ACTIVE, ['alice']);
    };
    expect(broken((j) => {
      const policy = Object.values<any>(j.resource.kubernetes_network_policy_v1).find((x) => x.metadata.name === 'analysis-ingress');
      policy.spec.policy_types.push('Egress');
      policy.spec.egress = [{ to: [{ ip_block: { cidr: '0.0.0.0/0' } }] }];
    })).toEqual([expect.stringMatching(/^analysis has egress rules/)]);
    expect(broken((j) => {
      const w = Object.values<any>(j.resource.kubernetes_stateful_set_v1).find((x) => x.metadata.name === 'analysis');
      w.spec.template.spec.container[0].volume_mount.find((m: any) => m.name === 'prepared').read_only = false;
    })).toEqual([expect.stringMatching(/^researcher write access in JSON: analysis prepared/)]);
    expect(broken((j) => {
      delete Object.values<any>(j.resource.kubernetes_persistent_volume_claim_v1)[0].lifecycle;
    })).toEqual([expect.stringMatching(/^unprotected claim/)]);
    expect(analysis()).toBeDefined();
  });

  test('every distinct stack the sequences produced passes tf-validate', async () => {
    expect(uniqueStacks.size).toBeGreaterThan(5);
    const root = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'rws-permit-prop-'));
    try {
      const dirs = [...uniqueStacks.values()].map((text) => {
        const dir = nodePath.join(root, crypto.createHash('sha256').update(text).digest('hex').slice(0, 12));
        fs.mkdirSync(dir);
        fs.writeFileSync(nodePath.join(dir, 'cdk.tf.json'), text);
        return dir;
      });
      const results = await tfValidateAll(dirs);
      if (!results) return;
      for (const r of results) expect({ status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ status: 0, output: '' });
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }, 600_000);
});
