/**
 * The release state machine, property-tested: random sequences of requests, submissions,
 * scans, approvals, rejections, revocations and releases by random actors (researchers,
 * reviewers, strangers, services), run through the real store with real folder delivery.
 * Whatever the sequence: no file leaves without two different approvers other than the
 * requester, nothing leaves after a revocation, every move is in the (verified) audit log and
 * the log replays to the recorded states; refused moves change nothing.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import {
  PermitStatus, ReleaseAction, ReleaseAuditEntry, ReleaseDestinationKind, ReleaseLifecycle, ReleaseParticipants, ReleaseRequest, ReleaseState,
} from '../../src';
import { deliver } from '../../src/cli/release-delivery';
import { ReleaseStore, sealSnapshot, snapshotFiles } from '../../src/cli/release-store';
import { WorkspaceInputError } from '../../src/workspaces/private/error';

const PARTICIPANTS: ReleaseParticipants = { reviewers: ['rev-a', 'rev-b', 'rev-c'], researchers: ['alice', 'bob'] };
const ACTORS = ['alice', 'bob', 'rev-a', 'rev-b', 'rev-c', 'mallory', 'ops', 'svc:scanner'];
const ALL_ACTIONS = Object.values(ReleaseAction);

type Cmd =
  | { kind: 'create'; actor: number; active: boolean; draft: boolean }
  | { kind: 'move'; req: number; legal: boolean; action: number; actor: number; reason: boolean };

const cmdArb: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('create' as const), actor: fc.nat(), active: fc.nat(9).map((n) => n !== 0), draft: fc.boolean() }) },
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('move' as const), req: fc.nat(), legal: fc.nat(6).map((n) => n !== 0), action: fc.nat(), actor: fc.nat(), reason: fc.nat(3).map((n) => n !== 0) }) },
);

/**
 * Everything that must hold, judged from the audit log and the destination alone (not from the
 * store's own records). Returns the violations found.
 */
export function violations(audit: ReleaseAuditEntry[], delivered: string[], p: ReleaseParticipants): string[] {
  const out: string[] = [];
  const requester = new Map<string, string>();
  const approvers = new Map<string, string[]>();
  const revoked = new Set<string>();
  const releasedIds = new Set<string>();
  for (const e of audit) {
    if (e.action === ReleaseAction.CREATE) requester.set(e.requestId, e.actor);
    if (e.action === ReleaseAction.APPROVE) approvers.set(e.requestId, [...(approvers.get(e.requestId) ?? []), e.actor]);
    if (e.action === ReleaseAction.REVOKE) revoked.add(e.requestId);
    if (e.action === ReleaseAction.RELEASE) {
      const who = approvers.get(e.requestId) ?? [];
      const by = requester.get(e.requestId);
      if (new Set(who).size !== who.length) out.push(`${e.requestId}: someone approved twice`);
      if (new Set(who).size < 2) out.push(`${e.requestId}: released with ${new Set(who).size} approver(s)`);
      if (by === undefined || who.includes(by)) out.push(`${e.requestId}: approved by its requester`);
      if (who.some((w) => !p.reviewers.includes(w) || p.researchers.includes(w))) out.push(`${e.requestId}: approved by a non-reviewer`);
      if (revoked.has(e.requestId)) out.push(`${e.requestId}: released after a revocation`);
      if (p.researchers.includes(e.actor)) out.push(`${e.requestId}: released by a researcher`);
      releasedIds.add(e.requestId);
    }
  }
  for (const d of delivered) {
    if (!releasedIds.has(d)) out.push(`${d}: files left without a release in the audit`);
    if (revoked.has(d)) out.push(`${d}: files left after a revocation`);
  }
  return out;
}

let counters = { released: 0, revoked: 0, refused: 0, moves: 0 };

async function runSequence(cmds: Cmd[]): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-release-prop-'));
  try {
    const outputs = path.join(dir, 'outputs');
    const dest = path.join(dir, 'released');
    fs.mkdirSync(outputs);
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(outputs, 'table.csv'), 'a,b\n1,2\n');
    const store = new ReleaseStore(path.join(dir, 'store'), 'p-prop', PARTICIPANTS);
    const ids: string[] = [];
    const expected: Array<{ action: string; actor: string; requestId: string }> = [];
    let n = 0;
    for (const c of cmds) {
      const before = store.audit().length;
      const snapshotBefore = JSON.stringify(store.list());
      try {
        if (c.kind === 'create') {
          // Mostly a researcher (who may ask), else anyone.
          const actor = c.actor % 4 !== 0 ? PARTICIPANTS.researchers[c.actor % 2] : ACTORS[c.actor % ACTORS.length];
          const id = `rq-${String(++n).padStart(3, '0')}`;
          const snapDir = path.join(store.requestsDir, id);
          const files = snapshotFiles(outputs, ['table.csv'], path.join(snapDir, 'files'));
          sealSnapshot(snapDir);
          try {
            await store.create({
              id, permitId: 'p-prop', permitStatus: c.active ? PermitStatus.ANALYSIS_ACTIVE : PermitStatus.ANALYSIS_STOPPED, requester: actor, files, justification: 'results',
            }, c.draft);
          } catch (e) {
            fs.chmodSync(snapDir, 0o755);
            fs.chmodSync(path.join(snapDir, 'files'), 0o755);
            fs.rmSync(snapDir, { recursive: true, force: true });
            throw e;
          }
          ids.push(id);
          expected.push({ action: 'create', actor, requestId: id });
          if (!c.draft) expected.push({ action: 'submit', actor, requestId: id });
        } else {
          if (ids.length === 0) continue;
          // A legal move goes to a request that can still move (when there is one).
          const open = c.legal ? ids.filter((i) => !ReleaseLifecycle.isFinal(store.get(i).state)) : [];
          const pickFrom = open.length ? open : ids;
          const id = pickFrom[c.req % pickFrom.length];
          const state = store.get(id).state;
          const legal = ReleaseLifecycle.allowedActions(state);
          // Legal moves go forward three times in four (scan clean, approve), except that an
          // approved request is revoked or released with equal odds; otherwise any action at all.
          const forward = state === ReleaseState.APPROVED ? c.action % 2 : c.action % 4 === 0 ? 1 : 0;
          const action = c.legal && legal.length ? legal[forward % legal.length] : ALL_ACTIONS[c.action % ALL_ACTIONS.length];
          // Mostly someone who plausibly makes this move (so sequences get somewhere), else anyone.
          const plausible: Record<string, string[]> = {
            [ReleaseAction.SUBMIT]: [store.get(id).requester],
            [ReleaseAction.START_SCAN]: ['svc:scanner', 'ops'],
            [ReleaseAction.SCAN_CLEAN]: ['svc:scanner', 'ops'],
            [ReleaseAction.SCAN_BLOCKED]: ['svc:scanner'],
            [ReleaseAction.APPROVE]: PARTICIPANTS.reviewers.filter((r) => !store.get(id).approvals.some((a) => a.reviewer === r)),
            [ReleaseAction.REJECT]: PARTICIPANTS.reviewers,
            [ReleaseAction.REVOKE]: [...PARTICIPANTS.reviewers, store.get(id).requester],
            [ReleaseAction.RELEASE]: ['ops', 'svc:scanner'],
          };
          const pool = c.legal && c.actor % 4 !== 0 && plausible[action]?.length ? plausible[action] : ACTORS;
          const actor = pool[c.actor % pool.length];
          counters.moves++;
          await store.move(id, { action, actor, ...(c.reason ? { reason: 'because' } : {}) },
            (r: ReleaseRequest, files: string) => deliver({ kind: ReleaseDestinationKind.FOLDER, path: dest }, r, files, {}));
          expected.push({ action, actor, requestId: id });
          if (action === ReleaseAction.RELEASE) counters.released++;
          if (action === ReleaseAction.REVOKE) counters.revoked++;
        }
      } catch (e) {
        if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
        counters.refused++;
        // A refused move changes nothing: no audit line, no state.
        expect(store.audit().length).toBe(before);
        expect(JSON.stringify(store.list())).toBe(snapshotBefore);
      }
    }
    const audit = store.audit();
    // Every successful move is in the audit, in order, with its actor; nothing else is.
    expect(audit.map((e) => ({ action: e.action, actor: e.actor, requestId: e.requestId }))).toEqual(expected);
    // The audit replays to the recorded states.
    const replayed = new Map<string, string>();
    for (const e of audit) {
      expect(e.from).toBe(replayed.get(e.requestId));
      replayed.set(e.requestId, e.to);
    }
    for (const r of store.list()) expect(replayed.get(r.id)).toBe(r.state);
    // What left: exactly the RELEASED requests, and only with two other reviewers' approvals.
    const delivered = fs.readdirSync(dest).sort();
    expect(delivered).toEqual(store.list().filter((r) => r.state === ReleaseState.RELEASED).map((r) => r.id).sort());
    for (const r of store.list()) {
      if (r.state === ReleaseState.RELEASED) expect(ReleaseLifecycle.mayDeliver({ ...r, state: ReleaseState.APPROVED }, PARTICIPANTS)).toBe(true);
    }
    expect(violations(audit, delivered, PARTICIPANTS)).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('random sequences by random actors: two other reviewers before anything leaves, nothing after a revocation, every move audited', async () => {
  counters = { released: 0, revoked: 0, refused: 0, moves: 0 };
  await fc.assert(fc.asyncProperty(fc.array(cmdArb, { minLength: 10, maxLength: 60, size: 'max' }), runSequence), { numRuns: 30 });
  // The sequences reach the interesting states (otherwise the property says little).
  expect(counters.released).toBeGreaterThanOrEqual(3);
  expect(counters.revoked).toBeGreaterThanOrEqual(3);
  expect(counters.refused).toBeGreaterThan(counters.moves / 5);
}, 120_000);

test('the model alone, on many more sequences: its moves never break the rules', () => {
  const moveArb = fc.record({ action: fc.constantFrom(...ALL_ACTIONS), actor: fc.constantFrom(...ACTORS), reason: fc.boolean() });
  fc.assert(fc.property(fc.array(moveArb, { maxLength: 40 }), fc.constantFrom(...PARTICIPANTS.researchers),
    (moves, requester) => {
      let step = ReleaseLifecycle.create({
        id: 'rq-1', permitId: 'p', permitStatus: PermitStatus.ANALYSIS_ACTIVE, requester, files: [{ path: 'a', size: 1, sha256: 'a'.repeat(64) }], justification: 'x',
      }, PARTICIPANTS, ReleaseLifecycle.GENESIS_HASH, 1);
      const log = [step.audit];
      for (const m of moves) {
        try {
          const move = { action: m.action, actor: m.actor, ...(m.reason ? { reason: 'r' } : {}) };
          step = ReleaseLifecycle.apply(step.request, move, PARTICIPANTS, step.audit.hash, step.audit.seq + 1);
          log.push(step.audit);
        } catch (e) {
          if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
        }
      }
      ReleaseLifecycle.verifyAudit(log);
      const released = step.request.state === ReleaseState.RELEASED ? ['rq-1'] : [];
      expect(violations(log, released, PARTICIPANTS)).toEqual([]);
    }), { numRuns: 2000 });
});

describe('the checks can fail', () => {
  const entry = (seq: number, action: string, actor: string, from: string | undefined, to: string, prev: string): ReleaseAuditEntry =>
    ReleaseLifecycle.auditEntry({ seq, at: '2026-01-01T00:00:00Z', permitId: 'p', requestId: 'rq-1', action, actor, ...(from ? { from } : {}), to, prevHash: prev, hash: '' });
  const history = (steps: Array<[string, string, string | undefined, string]>) => {
    const out: ReleaseAuditEntry[] = [];
    for (const [action, actor, from, to] of steps) {
      out.push(entry(out.length + 1, action, actor, from, to, out.length ? out[out.length - 1].hash : ReleaseLifecycle.GENESIS_HASH));
    }
    return out;
  };
  const start: Array<[string, string, string | undefined, string]> = [['create', 'alice', undefined, 'DRAFT'], ['submit', 'alice', 'DRAFT', 'SUBMITTED'],
    ['start-scan', 'svc:scanner', 'SUBMITTED', 'SCANNING'], ['scan-clean', 'svc:scanner', 'SCANNING', 'IN_REVIEW']];

  test('a release with one approval, an approval by the requester, a release after a revocation and files without a release are all caught', () => {
    const ok = history([...start, ['approve', 'rev-a', 'IN_REVIEW', 'IN_REVIEW'], ['approve', 'rev-b', 'IN_REVIEW', 'APPROVED'], ['release', 'ops', 'APPROVED', 'RELEASED']]);
    expect(violations(ok, ['rq-1'], PARTICIPANTS)).toEqual([]);
    expect(violations(history([...start, ['approve', 'rev-a', 'IN_REVIEW', 'APPROVED'], ['release', 'ops', 'APPROVED', 'RELEASED']]), ['rq-1'], PARTICIPANTS))
      .toEqual(['rq-1: released with 1 approver(s)']);
    expect(violations(history([...start, ['approve', 'alice', 'IN_REVIEW', 'IN_REVIEW'], ['approve', 'rev-b', 'IN_REVIEW', 'APPROVED'], ['release', 'ops', 'APPROVED', 'RELEASED']]), [], PARTICIPANTS))
      .toEqual(['rq-1: approved by its requester', 'rq-1: approved by a non-reviewer']);
    expect(violations(history([...start, ['approve', 'rev-a', 'IN_REVIEW', 'IN_REVIEW'], ['approve', 'rev-a', 'IN_REVIEW', 'APPROVED'], ['release', 'ops', 'APPROVED', 'RELEASED']]), [], PARTICIPANTS))
      .toEqual(['rq-1: someone approved twice', 'rq-1: released with 1 approver(s)']);
    expect(violations(history([...start, ['approve', 'rev-a', 'IN_REVIEW', 'IN_REVIEW'], ['approve', 'rev-b', 'IN_REVIEW', 'APPROVED'], ['revoke', 'alice', 'APPROVED', 'REVOKED'],
      ['release', 'ops', 'APPROVED', 'RELEASED']]), ['rq-1'], PARTICIPANTS)).toEqual(['rq-1: released after a revocation', 'rq-1: files left after a revocation']);
    expect(violations(history(start), ['rq-1'], PARTICIPANTS)).toEqual(['rq-1: files left without a release in the audit']);
  });

  test('the model itself refuses each of those moves, with the fix', () => {
    let step = ReleaseLifecycle.create({ id: 'rq-1', permitId: 'p', permitStatus: PermitStatus.ANALYSIS_ACTIVE, requester: 'alice', files: [{ path: 'a', size: 1, sha256: 'a'.repeat(64) }], justification: 'x' },
      PARTICIPANTS, ReleaseLifecycle.GENESIS_HASH, 1);
    const go = (action: ReleaseAction, actor: string, reason?: string) => {
      const move = { action, actor, ...(reason ? { reason } : {}) };
      step = ReleaseLifecycle.apply(step.request, move, PARTICIPANTS, step.audit.hash, step.audit.seq + 1);
      return step.request;
    };
    go(ReleaseAction.SUBMIT, 'alice');
    go(ReleaseAction.START_SCAN, 'svc:scanner');
    go(ReleaseAction.SCAN_CLEAN, 'svc:scanner');
    expect(() => go(ReleaseAction.APPROVE, 'alice')).toThrow('release request rq-1: error not-allowed: action: alice requested rq-1 and may not approve it (got "approve"). Fix: two other reviewers must approve it');
    go(ReleaseAction.APPROVE, 'rev-a');
    expect(() => go(ReleaseAction.APPROVE, 'rev-a')).toThrow(/already-approved/);
    expect(() => go(ReleaseAction.RELEASE, 'ops')).toThrow(/cannot release in state IN_REVIEW.*Fix: from IN_REVIEW the next action is one of approve, reject/);
    expect(go(ReleaseAction.APPROVE, 'rev-b').state).toBe(ReleaseState.APPROVED);
    expect(go(ReleaseAction.REVOKE, 'rev-c', 'late finding').state).toBe(ReleaseState.REVOKED);
    expect(() => go(ReleaseAction.RELEASE, 'ops')).toThrow(/REVOKED is final: nothing can follow it/);
  });

  test('a changed, removed or reordered audit line breaks the chain', () => {
    const log = history([...start, ['approve', 'rev-a', 'IN_REVIEW', 'IN_REVIEW']]);
    expect(() => ReleaseLifecycle.verifyAudit(log)).not.toThrow();
    expect(() => ReleaseLifecycle.verifyAudit([...log.slice(0, 4), { ...log[4], actor: 'rev-b' }])).toThrow(/entry 5: its hash does not match/);
    expect(() => ReleaseLifecycle.verifyAudit([log[0], ...log.slice(2)])).toThrow(/entry 2 has position 3/);
    expect(() => ReleaseLifecycle.verifyAudit([log[0], { ...log[2], seq: 2 }])).toThrow(/entry 2: does not link to the entry before it/);
  });
});

test('release settings: two different reviewers, none a researcher, a complete destination', () => {
  const dest = { kind: ReleaseDestinationKind.FOLDER, path: '/srv/out' };
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'rev-b'], destination: dest }, ['alice'])).not.toThrow();
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'rev-a'], destination: dest }, ['alice'])).toThrow(/too-few-reviewers: release\.reviewers: two different reviewers/);
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'alice'], destination: dest }, ['alice'])).toThrow(/role-conflict: release\.reviewers\[1\]/);
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'rev-b'], destination: { kind: ReleaseDestinationKind.FOLDER, path: 'relative' } }, [])).toThrow(/release\.destination\.path/);
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'rev-b'], destination: { kind: ReleaseDestinationKind.BUCKET, bucket: 'Bad_Bucket' } }, [])).toThrow(/not an S3 bucket name/);
  expect(() => ReleaseLifecycle.checkSettings({ reviewers: ['rev-a', 'rev-b'], destination: { kind: ReleaseDestinationKind.SFTP, host: 'h' } }, [])).toThrow(/release\.destination\.user/);
});

test('folder delivery: never into a folder that does not exist, never over an earlier delivery, never a changed file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-release-deliver-'));
  try {
    const outputs = path.join(dir, 'outputs');
    fs.mkdirSync(outputs);
    fs.writeFileSync(path.join(outputs, 'a.csv'), 'a\n');
    const files = snapshotFiles(outputs, ['a.csv'], path.join(dir, 'snap', 'files'));
    const r: ReleaseRequest = {
      id: 'rq-1',
      permitId: 'p',
      requester: 'alice',
      state: ReleaseState.APPROVED,
      files,
      justification: 'x',
      createdAt: 't',
      updatedAt: 't',
      approvals: [{ reviewer: 'rev-a', at: 't' }, { reviewer: 'rev-b', at: 't' }],
    };
    const to = (p: string) => deliver({ kind: ReleaseDestinationKind.FOLDER, path: p }, r, path.join(dir, 'snap', 'files'), {});
    await expect(to(path.join(dir, 'typo'))).rejects.toThrow(/destination-missing: release\.destination\.path: the release folder .*typo does not exist/);
    expect(fs.existsSync(path.join(dir, 'typo'))).toBe(false);
    fs.mkdirSync(path.join(dir, 'out'));
    expect(await to(path.join(dir, 'out'))).toBe(`folder:${path.join(dir, 'out', 'rq-1')}`);
    await expect(to(path.join(dir, 'out'))).rejects.toThrow(/already-delivered/);
    fs.writeFileSync(path.join(dir, 'snap', 'files', 'a.csv'), 'b\n');
    fs.mkdirSync(path.join(dir, 'out2'));
    await expect(to(path.join(dir, 'out2'))).rejects.toThrow(/snapshot-changed: .*a\.csv no longer matches its recorded SHA-256/);
    expect(fs.readdirSync(path.join(dir, 'out2'))).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
