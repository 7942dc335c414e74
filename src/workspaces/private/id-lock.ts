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
  /** Where the request came from, for messages. */
  readonly where: { file?: string; line?: number; column?: number };
  readonly field: string;
}

export interface IdRange {
  readonly min: number;
  readonly max: number;
}

type Kind = 'users' | 'groups';
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
export function allocate(lock: LockData, users: IdRequest[], groups: IdRequest[], ranges: Record<Kind, IdRange>, lockFile: string):
{ lock: LockData; errors: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  type IdMap = Record<string, number>;
  const next: { users: IdMap; groups: IdMap; retired: { users: IdMap; groups: IdMap } } = {
    users: {}, groups: {}, retired: { users: { ...lock.retired.users }, groups: { ...lock.retired.groups } },
  };
  // Every number ever handed out, to whom.
  const owner = new Map<number, string>();
  for (const kind of ['users', 'groups'] as Kind[]) {
    for (const [n, id] of [...Object.entries(lock[kind]), ...Object.entries(lock.retired[kind])]) {
      owner.set(id, `${NOUN[kind]} "${n}"`);
    }
  }
  const label = (kind: Kind, name: string) => `${NOUN[kind]} "${name}"`;

  const pending: Array<{ kind: Kind; req: IdRequest }> = [];
  for (const kind of ['users', 'groups'] as Kind[]) {
    const reqs = kind === 'users' ? users : groups;
    for (const req of reqs) {
      const locked = lock[kind][req.name] ?? lock.retired[kind][req.name];
      if (locked !== undefined) {
        if (req.explicit !== undefined && req.explicit !== locked) {
          errors.push(problem({
            code: 'id-changed',
            message: `${label(kind, req.name)} was assigned ${ID_WORD[kind]} ${locked} (recorded in ${lockFile}); ids never change, because files on shared storage are owned by number`,
            field: req.field,
            value: req.explicit,
            fix: `set ${ID_WORD[kind]}: ${locked}, or remove the ${ID_WORD[kind]} field`,
            location: req.where,
          }));
        }
        next[kind][req.name] = locked;
        delete next.retired[kind][req.name];
        continue;
      }
      if (req.explicit !== undefined) {
        const bad = badExplicitId(req.explicit);
        if (bad) {
          errors.push(problem({
            code: 'invalid-id',
            message: `${ID_WORD[kind]} ${bad}`,
            field: req.field,
            value: req.explicit,
            fix: `choose an unused id from ${ranges[kind].min} to ${ranges[kind].max}, or remove the field to have one assigned`,
            location: req.where,
          }));
          continue;
        }
        const taken = owner.get(req.explicit);
        if (taken) {
          errors.push(problem({
            code: 'id-collision',
            message: `${ID_WORD[kind]} ${req.explicit} of ${label(kind, req.name)} already belongs to ${taken}${isRetired(lock, req.explicit) ? ' (removed, but its id is never reused)' : ''}`,
            field: req.field,
            value: req.explicit,
            fix: 'remove the id field to have a free one assigned, or choose an unused id',
            location: req.where,
          }));
          continue;
        }
        owner.set(req.explicit, label(kind, req.name));
        next[kind][req.name] = req.explicit;
        continue;
      }
      pending.push({ kind, req });
    }
  }

  // New names without an explicit id, in a deterministic order.
  pending.sort((a, b) => (a.kind === b.kind ? byCodePoint(a.req.name, b.req.name) : a.kind === 'users' ? -1 : 1));
  const cursor: Record<Kind, number> = { users: ranges.users.min, groups: ranges.groups.min };
  for (const { kind, req } of pending) {
    let id = cursor[kind];
    while (id <= ranges[kind].max && (owner.has(id) || RESERVED_IDS.has(id))) id++;
    if (id > ranges[kind].max) {
      errors.push(problem({
        code: 'id-range-exhausted',
        message: `no free ${ID_WORD[kind]} left in ${ranges[kind].min}-${ranges[kind].max} for ${label(kind, req.name)} (removed users keep their ids)`,
        field: req.field,
        value: req.name,
        fix: `widen the ${kind === 'users' ? 'user' : 'group'} id range (id_ranges.${kind}.max), or give an explicit id outside it`,
        location: req.where,
      }));
      continue;
    }
    owner.set(id, label(kind, req.name));
    next[kind][req.name] = id;
    cursor[kind] = id + 1;
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
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => byCodePoint(a, b)));
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
    for (const [k, v] of Object.entries(x)) {
      if (typeof v !== 'number' || !Number.isInteger(v)) fail(`gives a non-integer id to "${k}" in "${where}"`);
    }
    return x;
  };
  const lock: LockData = {
    version: 1,
    users: rec(data.users, 'users'),
    groups: rec(data.groups, 'groups'),
    retired: { users: rec(data.retired?.users, 'retired.users'), groups: rec(data.retired?.groups, 'retired.groups') },
  };
  const seen = new Map<number, string>();
  for (const [where, r] of [['users', lock.users], ['groups', lock.groups], ['retired.users', lock.retired.users], ['retired.groups', lock.retired.groups]] as const) {
    for (const [k, v] of Object.entries(r)) {
      if (seen.has(v)) fail(`gives id ${v} to both ${seen.get(v)} and ${where}.${k}`);
      seen.set(v, `${where}.${k}`);
    }
  }
  return lock;
}

export function formatLock(l: LockData): string {
  return JSON.stringify(sortLock(l), null, 2) + '\n';
}
