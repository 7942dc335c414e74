import { byCodePoint } from './compare';
import { Diagnostic } from '../errors';
import { problem } from './error';
import { RESERVED_IDS, researchIdProblem } from './posix';

/** The lock file's content: every id ever assigned, by name. */
export interface LockData {
  readonly version: 1;
  readonly users: Record<string, number>;
  readonly groups: Record<string, number>;
  readonly retired: { readonly users: Record<string, number>; readonly groups: Record<string, number> };
}

export const EMPTY_LOCK: LockData = { version: 1, users: {}, groups: {}, retired: { users: {}, groups: {} } };

export interface IdRequest {
  readonly name: string;
  /** Id written in the registry, if any. */
  readonly explicit?: number;
}

/** Where a request came from, for messages: asked only when a message is written. */
export type RequestOrigin = (kind: Kind, index: number) => { where: { file?: string; line?: number; column?: number }; field: string };

export interface IdRange {
  readonly min: number;
  readonly max: number;
}

export type Kind = 'users' | 'groups';
const ID_WORD: Record<Kind, string> = { users: 'uid', groups: 'gid' };
const NOUN: Record<Kind, string> = { users: 'user', groups: 'group' };

/**
 * Assigns ids so that, whatever edits happen to the registry:
 * - a name that has an id keeps it forever (even after removal and re-adding);
 * - an id that was ever given to a name is never given to another name;
 * - users and groups share one pool of numbers, so a user's private group (gid = uid)
 *   can never collide with a named group;
 * - new names are served in name order, smallest free id first, so the result depends
 *   only on the registry and the lock, not on the order of entries.
 */
export function allocate(lock: LockData, users: readonly IdRequest[], groups: readonly IdRequest[], ranges: Record<Kind, IdRange>, lockFile: string,
  origin: RequestOrigin):
  { lock: LockData; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  type IdMap = Record<string, number>;
  const next: { users: IdMap; groups: IdMap; retired: { users: IdMap; groups: IdMap } } = {
    users: {}, groups: {}, retired: { users: { ...lock.retired.users }, groups: { ...lock.retired.groups } },
  };
  // Every number ever handed out, to whom (the label is built only for a message: a lock of
  // 100,000 names must not allocate 100,000 labels). Built on first use: a registry whose names
  // all have their ids in the lock (the usual re-lock) never needs it.
  const ownerName = new Map<number, string>();
  const groupIds = new Set<number>();
  let owners = false;
  const ensureOwners = () => {
    if (owners) return;
    owners = true;
    for (const kind of ['users', 'groups'] as Kind[]) {
      for (const r of [lock[kind], lock.retired[kind]]) {
        for (const n in r) own(kind, r[n], n);
      }
    }
  };
  const own = (kind: Kind, id: number, name: string) => {
    ensureOwners();
    ownerName.set(id, name);
    if (kind === 'groups') groupIds.add(id);
  };
  const owner = {
    has: (id: number) => {
      ensureOwners();
      return ownerName.has(id);
    },
    get: (id: number) => {
      ensureOwners();
      const n = ownerName.get(id);
      return n === undefined ? undefined : `${NOUN[groupIds.has(id) ? 'groups' : 'users']} "${n}"`;
    },
  };
  const label = (kind: Kind, name: string) => `${NOUN[kind]} "${name}"`;

  // Requests without an id yet, by index (a request's origin is looked up only for a message).
  const pending: Record<Kind, number[]> = { users: [], groups: [] };
  for (const kind of ['users', 'groups'] as Kind[]) {
    const reqs = kind === 'users' ? users : groups;
    for (let index = 0; index < reqs.length; index++) {
      const req = reqs[index];
      const at = () => origin(kind, index);
      const active = lock[kind][req.name];
      const locked = active ?? lock.retired[kind][req.name];
      if (locked !== undefined) {
        if (req.explicit !== undefined && req.explicit !== locked) {
          errors.push(problem({
            code: 'id-changed',
            message: `${label(kind, req.name)} was assigned ${ID_WORD[kind]} ${locked} (recorded in ${lockFile}); ids never change, because files on shared storage are owned by number`,
            field: at().field,
            value: req.explicit,
            fix: `set ${ID_WORD[kind]}: ${locked}, or remove the ${ID_WORD[kind]} field`,
            location: at().where,
          }));
        }
        next[kind][req.name] = locked;
        if (active === undefined) delete next.retired[kind][req.name];
        continue;
      }
      if (req.explicit !== undefined) {
        const bad = badExplicitId(req.explicit);
        if (bad) {
          errors.push(problem({
            code: 'invalid-id',
            message: `${ID_WORD[kind]} ${bad}`,
            field: at().field,
            value: req.explicit,
            fix: `choose an unused id from ${ranges[kind].min} to ${ranges[kind].max}, or remove the field to have one assigned`,
            location: at().where,
          }));
          continue;
        }
        const taken = owner.get(req.explicit);
        if (taken) {
          errors.push(problem({
            code: 'id-collision',
            message: `${ID_WORD[kind]} ${req.explicit} of ${label(kind, req.name)} already belongs to ${taken}${isRetired(lock, req.explicit) ? ' (removed, but its id is never reused)' : ''}`,
            field: at().field,
            value: req.explicit,
            fix: 'remove the id field to have a free one assigned, or choose an unused id',
            location: at().where,
          }));
          continue;
        }
        own(kind, req.explicit, req.name);
        next[kind][req.name] = req.explicit;
        continue;
      }
      pending[kind].push(index);
    }
  }

  // New names without an explicit id, in a deterministic order.
  const cursor: Record<Kind, number> = { users: ranges.users.min, groups: ranges.groups.min };
  for (const kind of ['users', 'groups'] as Kind[]) {
    const reqs = kind === 'users' ? users : groups;
    pending[kind].sort((a, b) => byCodePoint(reqs[a].name, reqs[b].name));
    for (const index of pending[kind]) {
      const req = reqs[index];
      const at = () => origin(kind, index);
      let id = cursor[kind];
      while (id <= ranges[kind].max && (owner.has(id) || RESERVED_IDS.has(id))) id++;
      if (id > ranges[kind].max) {
        errors.push(problem({
          code: 'id-range-exhausted',
          message: `no free ${ID_WORD[kind]} left in ${ranges[kind].min}-${ranges[kind].max} for ${label(kind, req.name)} (removed users keep their ids)`,
          field: at().field,
          value: req.name,
          fix: `widen the ${kind === 'users' ? 'user' : 'group'} id range (id_ranges.${kind}.max), or give an explicit id outside it`,
          location: at().where,
        }));
        continue;
      }
      own(kind, id, req.name);
      next[kind][req.name] = id;
      cursor[kind] = id + 1;
    }
  }

  // Names that left the registry: their ids are retired, never reused.
  for (const kind of ['users', 'groups'] as Kind[]) {
    const present = new Set((kind === 'users' ? users : groups).map((r) => r.name));
    for (const [name, id] of Object.entries(lock[kind])) {
      if (!present.has(name)) next.retired[kind][name] = id;
    }
  }
  return { lock: sortLock({ version: 1, ...next }), errors };
}

function isRetired(lock: LockData, id: number): boolean {
  return Object.values(lock.retired.users).includes(id) || Object.values(lock.retired.groups).includes(id);
}

function badExplicitId(id: number): string | undefined {
  return researchIdProblem(id);
}

function sortRecord(r: Record<string, number>): Record<string, number> {
  const keys = Object.keys(r);
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = byCodePoint(keys[i - 1], keys[i]) < 0;
  if (sorted) return r;
  // Default sort orders by UTF-16 code units: the same order as byCodePoint, natively.
  keys.sort();
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = r[k];
  return out;
}

export function sortLock(l: LockData): LockData {
  return {
    version: 1,
    users: sortRecord(l.users),
    groups: sortRecord(l.groups),
    retired: { users: sortRecord(l.retired.users), groups: sortRecord(l.retired.groups) },
  };
}

/** Reads lock JSON; problems name the file. */
export function parseLock(text: string, file: string): LockData {
  let data: any;
  try {
    data = JSON.parse(text);
  } catch (e: any) {
    // Node's message quotes the text around the error: only the position is kept.
    const at = /position (\d+)/.exec(String(e.message))?.[1];
    throw new Error(`${file}: the lock file is not valid JSON${at ? ` (at character ${at})` : ''}. Fix: restore it from version control; never edit ids by hand`);
  }
  const fail = (what: string) => {
    throw new Error(`${file}: the lock file ${what}. Fix: restore it from version control; never edit ids by hand`);
  };
  if (!data || typeof data !== 'object' || data.version !== 1) fail('is not a version 1 lock file');
  const rec = (x: any, where: string): Record<string, number> => {
    if (x === undefined) return {};
    if (!x || typeof x !== 'object' || Array.isArray(x)) fail(`has a malformed "${where}" section`);
    for (const k in x) {
      if (!Number.isInteger(x[k])) fail(`gives a non-integer id to "${k}" in "${where}"`);
    }
    return x;
  };
  const lock: LockData = {
    version: 1,
    users: rec(data.users, 'users'),
    groups: rec(data.groups, 'groups'),
    retired: { users: rec(data.retired?.users, 'retired.users'), groups: rec(data.retired?.groups, 'retired.groups') },
  };
  const sections = [['users', lock.users], ['groups', lock.groups], ['retired.users', lock.retired.users], ['retired.groups', lock.retired.groups]] as const;
  // One map from id to the section that gives it (the names are looked up again only for the
  // message): a lock of 100,000 names pays for one map, not two.
  const seenIn = new Map<number, number>();
  sections.forEach(([where, r], si) => {
    for (const k in r) {
      const v = r[k];
      const prevSection = seenIn.get(v);
      if (prevSection !== undefined) {
        const [prevWhere, prevRecord] = sections[prevSection];
        const prev = Object.keys(prevRecord).find((n) => prevRecord[n] === v && (prevSection !== si || n !== k));
        fail(`gives id ${v} to both ${prevWhere}.${prev} and ${where}.${k}`);
      }
      seenIn.set(v, si);
    }
  });
  return lock;
}

export function formatLock(l: LockData): string {
  return JSON.stringify(sortLock(l), null, 2) + '\n';
}

/** Whether two locks give the same ids to the same names (order does not matter). */
export function sameLock(a: LockData, b: LockData): boolean {
  const same = (x: Record<string, number>, y: Record<string, number>) => {
    const kx = Object.keys(x);
    if (kx.length !== Object.keys(y).length) return false;
    for (const k of kx) if (x[k] !== y[k]) return false;
    return true;
  };
  return same(a.users, b.users) && same(a.groups, b.groups) && same(a.retired.users, b.retired.users) && same(a.retired.groups, b.retired.groups);
}
