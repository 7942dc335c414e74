import fc from 'fast-check';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { ResearchGroupSpec, ResearchUserSpec, UserRegistry } from '../../src/workspaces/users';

/**
 * Property tests for id allocation: random sequences of registry edits, each step re-loaded
 * with the lock of the previous accepted step, the way a lab edits users.yaml over years.
 */

const USER_NAMES = ['ada', 'bob', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];
const GROUP_NAMES = ['lab', 'hpc', 'gpu', 'bio', 'ml'];

/** Codes an explicit id may be rejected with. */
const ID_CODES = new Set(['id-collision', 'invalid-id', 'id-changed', 'id-range-exhausted']);

type Edit =
  | { readonly op: 'addUser'; readonly name: string; readonly uid?: number }
  | { readonly op: 'removeUser'; readonly pick: number }
  | { readonly op: 'reorder'; readonly seed: number }
  | { readonly op: 'addGroup'; readonly name: string; readonly gid?: number }
  | { readonly op: 'removeGroup'; readonly pick: number }
  | { readonly op: 'readdUser'; readonly pick: number; readonly withOldUid: boolean };

/**
 * One step (one commit to the registry): one to three edits applied together, and a seed used
 * to shuffle the entries for the order-independence check.
 */
interface Step {
  readonly edits: Edit[];
  readonly shuffleSeed: number;
}

/** Explicit ids that often collide with allocated ones, plus some that are never valid. */
const explicitId = fc.oneof(
  { arbitrary: fc.integer({ min: 4998, max: 5010 }), weight: 6 },
  { arbitrary: fc.integer({ min: 6000, max: 6005 }), weight: 3 },
  { arbitrary: fc.constantFrom(0, 999, 65534, 4294967295), weight: 1 },
);

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('addUser' as const), name: fc.constantFrom(...USER_NAMES), uid: fc.option(explicitId, { nil: undefined }) }), weight: 5 },
  { arbitrary: fc.record({ op: fc.constant('removeUser' as const), pick: fc.nat() }), weight: 3 },
  { arbitrary: fc.record({ op: fc.constant('reorder' as const), seed: fc.integer() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('addGroup' as const), name: fc.constantFrom(...GROUP_NAMES), gid: fc.option(explicitId, { nil: undefined }) }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('removeGroup' as const), pick: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('readdUser' as const), pick: fc.nat(), withOldUid: fc.boolean() }), weight: 3 },
);

const stepsArb: fc.Arbitrary<Step[]> = fc.array(
  fc.record({ edits: fc.array(editArb, { minLength: 1, maxLength: 3 }), shuffleSeed: fc.integer() }),
  { minLength: 1, maxLength: 25 },
);

/** Small deterministic PRNG (Park-Miller); exact in floating point, no bit operations. */
function rng(seed: number): () => number {
  let state = (Math.abs(Math.trunc(seed)) % 2147483646) + 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const next = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Specs {
  readonly users: ResearchUserSpec[];
  readonly groups: ResearchGroupSpec[];
}

/** What the test knows from earlier steps. */
interface History {
  /** Every uid a user name ever had. */
  readonly uidOf: Map<string, number>;
  /** Every gid a named group ever had. */
  readonly gidOf: Map<string, number>;
}

/**
 * Applies an edit to the spec lists. Returns undefined when the edit does nothing (adding a
 * name that is present, removing from an empty list, re-adding when nobody was removed).
 */
function applyEdit(specs: Specs, edit: Edit, history: History): Specs | undefined {
  const { users, groups } = specs;
  switch (edit.op) {
    case 'addUser':
      if (users.some((u) => u.name === edit.name)) return undefined;
      return { users: [...users, edit.uid === undefined ? { name: edit.name } : { name: edit.name, uid: edit.uid }], groups };
    case 'removeUser':
      if (users.length === 0) return undefined;
      return { users: users.filter((_, i) => i !== edit.pick % users.length), groups };
    case 'reorder':
      return { users: shuffle(users, edit.seed), groups: shuffle(groups, edit.seed + 1) };
    case 'addGroup':
      if (groups.some((g) => g.name === edit.name)) return undefined;
      return { users, groups: [...groups, edit.gid === undefined ? { name: edit.name } : { name: edit.name, gid: edit.gid }] };
    case 'removeGroup':
      if (groups.length === 0) return undefined;
      return { users, groups: groups.filter((_, i) => i !== edit.pick % groups.length) };
    case 'readdUser': {
      const removed = [...history.uidOf.keys()].filter((n) => !users.some((u) => u.name === n)).sort();
      if (removed.length === 0) return undefined;
      const name = removed[edit.pick % removed.length];
      const spec: ResearchUserSpec = edit.withOldUid ? { name, uid: history.uidOf.get(name) } : { name };
      // Insert somewhere in the middle: position must not matter.
      const at = edit.pick % (users.length + 1);
      return { users: [...users.slice(0, at), spec, ...users.slice(at)], groups };
    }
  }
}

/** Applies the edits of one step in turn; undefined when none of them changes anything. */
function applyEdits(specs: Specs, edits: readonly Edit[], history: History): Specs | undefined {
  let changed: Specs | undefined;
  for (const edit of edits) {
    changed = applyEdit(changed ?? specs, edit, history) ?? changed;
  }
  return changed;
}

/** Whether the edit writes an explicit id (the only edits allowed to be rejected). */
function hasExplicitId(edit: Edit): boolean {
  return (edit.op === 'addUser' && edit.uid !== undefined) || (edit.op === 'addGroup' && edit.gid !== undefined);
}

function load(specs: Specs, lock: string | undefined): UserRegistry | WorkspaceInputError {
  try {
    return UserRegistry.fromProps({ users: specs.users, groups: specs.groups, lock });
  } catch (e) {
    if (e instanceof WorkspaceInputError) return e;
    throw e;
  }
}

function idsByName(reg: UserRegistry): { users: Record<string, number>; groups: Record<string, number> } {
  return {
    users: Object.fromEntries(reg.users.map((u) => [u.name, u.uid])),
    groups: Object.fromEntries(reg.groups.map((g) => [g.name, g.gid])),
  };
}

/**
 * Runs a sequence of steps, checking invariants (a), (b), (c) and (e) at every step.
 * Returns the lock content after each step (for the determinism check).
 */
function run(steps: readonly Step[], checkOrder: boolean): string[] {
  let specs: Specs = { users: [], groups: [] };
  let lock: string | undefined;
  const history: History = { uidOf: new Map(), gidOf: new Map() };
  /** (b): every id ever assigned, to whom ("user ada", "group lab"). */
  const idOwner = new Map<number, string>();
  const trace: string[] = [];

  for (const { edits, shuffleSeed } of steps) {
    const next = applyEdits(specs, edits, history);
    if (!next) {
      trace.push(lock ?? '');
      continue;
    }
    const result = load(next, lock);

    if (checkOrder) {
      // (e): the same entries in another order, with the same previous lock, give the same ids.
      const shuffled = load({ users: shuffle(next.users, shuffleSeed), groups: shuffle(next.groups, shuffleSeed + 1) }, lock);
      if (result instanceof UserRegistry) {
        expect(shuffled).toBeInstanceOf(UserRegistry);
        const s = shuffled as UserRegistry;
        expect(idsByName(s)).toEqual(idsByName(result));
        expect(s.lockContent).toBe(result.lockContent);
      } else {
        expect(shuffled).toBeInstanceOf(WorkspaceInputError);
      }
    }

    if (result instanceof WorkspaceInputError) {
      // Only an edit that writes an explicit id may be rejected, and only for an id reason.
      expect(edits.some(hasExplicitId)).toBe(true);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      for (const d of result.diagnostics) {
        expect(ID_CODES.has(d.code)).toBe(true);
      }
      trace.push(lock ?? '');
      continue;
    }

    const reg = result;
    // An explicit id written for a name that never had one is used as is.
    for (const u of next.users) {
      if (u.uid !== undefined && !history.uidOf.has(u.name)) expect(reg.user(u.name).uid).toBe(u.uid);
    }
    for (const g of next.groups) {
      if (g.gid !== undefined && !history.gidOf.has(g.name)) expect(reg.group(g.name).gid).toBe(g.gid);
    }

    for (const u of reg.users) {
      // (a): a name keeps its id while present, and gets it back when re-added.
      const before = history.uidOf.get(u.name);
      if (before !== undefined) expect(u.uid).toBe(before);
      history.uidOf.set(u.name, u.uid);
      // Private groups: gid == uid.
      expect(u.gid).toBe(u.uid);
      expect(u.primaryGroup).toBe(u.name);
    }
    for (const g of reg.groups) {
      const before = history.gidOf.get(g.name);
      if (before !== undefined) expect(g.gid).toBe(before);
      history.gidOf.set(g.name, g.gid);
    }

    // (b): an id once given to a name is never given to another name.
    const current: Array<[number, string]> = [
      ...reg.users.map((u): [number, string] => [u.uid, `user ${u.name}`]),
      ...reg.groups.map((g): [number, string] => [g.gid, `group ${g.name}`]),
    ];
    for (const [id, who] of current) {
      const owner = idOwner.get(id);
      if (owner !== undefined) expect(who).toBe(owner);
      idOwner.set(id, who);
    }

    // (c): uids and named-group gids are pairwise distinct.
    expect(new Set(current.map(([id]) => id)).size).toBe(current.length);

    // The lock remembers every name ever seen with its id; retired ids are those of absent names.
    const data = JSON.parse(reg.lockContent);
    for (const [name, uid] of history.uidOf) {
      expect(data.users[name] ?? data.retired.users[name]).toBe(uid);
    }
    for (const [name, gid] of history.gidOf) {
      expect(data.groups[name] ?? data.retired.groups[name]).toBe(gid);
    }
    const currentIds = new Set(current.map(([id]) => id));
    for (const id of reg.retiredIds()) {
      expect(currentIds.has(id)).toBe(false);
      expect(idOwner.has(id)).toBe(true);
    }
    expect(Object.keys(data.users).sort()).toEqual(reg.users.map((u) => u.name).sort());
    expect(Object.keys(data.groups).sort()).toEqual(reg.groups.map((g) => g.name).sort());
    if (lock !== undefined) {
      expect(reg.lockChanged).toBe(reg.lockContent !== lock);
    }

    specs = next;
    lock = reg.lockContent;
    trace.push(lock);
  }
  return trace;
}

describe('id allocation over random edit sequences', () => {
  test('ids are stable, never reused, distinct and independent of entry order', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      run(steps, true);
    }), { numRuns: 250 });
  });

  test('the same sequence of edits gives the same lock, step by step', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      expect(run(steps, false)).toEqual(run(steps, false));
    }), { numRuns: 150 });
  });

  test('loading the final registry again with its own lock changes nothing', () => {
    fc.assert(fc.property(stepsArb, (steps) => {
      const trace = run(steps, false);
      const lock = trace[trace.length - 1];
      if (!lock) return;
      const data = JSON.parse(lock);
      const users = Object.keys(data.users).map((name) => ({ name }));
      const groups = Object.keys(data.groups).map((name) => ({ name }));
      const again = UserRegistry.fromProps({ users, groups, lock });
      expect(again.lockChanged).toBe(false);
      expect(again.lockContent).toBe(lock);
    }), { numRuns: 100 });
  });

  test('the generator exercises rejections, re-adds and several new names per step', () => {
    // Guards against a generator that silently stops producing interesting sequences.
    let rejected = 0;
    let restored = 0;
    let batched = 0;
    fc.assert(fc.property(stepsArb, (steps) => {
      let specs: Specs = { users: [], groups: [] };
      let lock: string | undefined;
      const history: History = { uidOf: new Map(), gidOf: new Map() };
      for (const { edits } of steps) {
        const next = applyEdits(specs, edits, history);
        if (!next) continue;
        const r = load(next, lock);
        if (r instanceof WorkspaceInputError) {
          rejected++;
          continue;
        }
        if (edits.some((e) => e.op === 'readdUser')) restored++;
        const fresh = r.users.filter((u) => !history.uidOf.has(u.name)).length;
        if (fresh > 1) batched++;
        r.users.forEach((u) => history.uidOf.set(u.name, u.uid));
        specs = next;
        lock = r.lockContent;
      }
    }), { numRuns: 100, seed: 42 });
    expect(rejected).toBeGreaterThan(10);
    expect(restored).toBeGreaterThan(10);
    // Several new names in one step: the case where allocation order matters.
    expect(batched).toBeGreaterThan(10);
  });
});
