import * as fs from 'fs';
import * as path from 'path';
import { Diagnostic, DiagnosticSeverity, SourceLocation } from './errors';
import { clean } from './private/clean';
import { problem, WorkspaceInputError } from './private/error';
import { FieldReader } from './private/fields';
import { allocate, EMPTY_LOCK, formatLock, LockData, parseLock, sameLock } from './private/id-lock';
import { readInputText } from './private/input-files';
import { FIRST_RESEARCH_ID, isValidPosixName, MAX_RESEARCH_ID, RESERVED_NAMES } from './private/posix';
import { keysAt, lazy } from './private/schemas/json-schema';
import { registrySchema } from './private/schemas/model';
import { shapeProblemsBesides, validateShape } from './private/schemas/shape';
import { YamlPath, YamlSource, formatPath } from './private/yaml-source';
import { RemovedUserData } from './removed-user-data';
import { isPrivateKeyText, KeyFormatError, parseSshPublicKey, SshPublicKey } from './ssh-key';

/**
 * A range of numeric ids, inclusive.
 */
export interface IdRange {
  /** Lowest id. */
  readonly min: number;
  /** Highest id. */
  readonly max: number;
}

/**
 * A research user as written in the registry.
 */
export interface ResearchUserSpec {
  /** Login name (POSIX: lower-case letter first, then letters, digits, `_`, `-`; at most 32). */
  readonly name: string;
  /**
   * Fixed uid. Once assigned (here or by allocation), a uid never changes.
   * @default - the next free uid of the user range
   */
  readonly uid?: number;
  /**
   * A registry group to use as primary group.
   * @default - a private group named after the user, with gid equal to the uid
   */
  readonly primaryGroup?: string;
  /**
   * Supplementary registry groups.
   * @default []
   */
  readonly groups?: string[];
  /**
   * Login shell.
   * @default "/bin/bash"
   */
  readonly shell?: string;
  /**
   * OpenSSH public keys, one per entry.
   * @default []
   */
  readonly sshKeys?: string[];
  /**
   * Email address.
   * @default - none
   */
  readonly email?: string;
  /**
   * Full name.
   * @default - none
   */
  readonly fullName?: string;
  /**
   * ORCID iD, e.g. `0000-0002-1825-0097`.
   * @default - none
   */
  readonly orcid?: string;
  /**
   * Globus Auth identity id (a UUID).
   * @default - none
   */
  readonly globusId?: string;
  /**
   * Any other external identity, e.g. an institutional SAML subject.
   * @default - none
   */
  readonly externalId?: string;
  /**
   * Whether the user may use sudo on workspaces.
   * @default false
   */
  readonly sudo?: boolean;
}

/**
 * A research group as written in the registry.
 */
export interface ResearchGroupSpec {
  /** Group name (same rules as user names). */
  readonly name: string;
  /**
   * Fixed gid. Once assigned, a gid never changes.
   * @default - the next free gid of the group range
   */
  readonly gid?: number;
  /**
   * Description.
   * @default - none
   */
  readonly description?: string;
  /**
   * Members, in addition to users that list this group.
   * @default []
   */
  readonly members?: string[];
}

/**
 * A research user with every id decided.
 */
export interface ResearchUser {
  /** Login name. */
  readonly name: string;
  /** User id. */
  readonly uid: number;
  /** Primary group id. */
  readonly gid: number;
  /** Primary group name (the user's own name for a private group). */
  readonly primaryGroup: string;
  /** Supplementary group names, sorted. */
  readonly groups: string[];
  /** Login shell. */
  readonly shell: string;
  /** Checked public keys. */
  readonly sshKeys: SshPublicKey[];
  /**
   * Email.
   * @default - none
   */
  readonly email?: string;
  /**
   * Full name.
   * @default - none
   */
  readonly fullName?: string;
  /**
   * ORCID iD.
   * @default - none
   */
  readonly orcid?: string;
  /**
   * Globus identity.
   * @default - none
   */
  readonly globusId?: string;
  /**
   * Other external identity.
   * @default - none
   */
  readonly externalId?: string;
  /** Whether the user may use sudo. */
  readonly sudo: boolean;
}

/**
 * A group with its gid and members decided.
 */
export interface ResearchGroup {
  /** Group name. */
  readonly name: string;
  /** Group id. */
  readonly gid: number;
  /**
   * Description.
   * @default - none
   */
  readonly description?: string;
  /** Member user names, sorted (users whose primary group this is are included). */
  readonly members: string[];
}

export { RemovedUserData } from './removed-user-data';

/**
 * A user removed from the registry, recorded under `removed:` by `rws users remove`. Their
 * uid stays retired (never reused); the entry says what to do with their data.
 */
export interface RemovedUser {
  /** Login name. */
  readonly name: string;
  /** The retired uid. */
  readonly uid: number;
  /** What happens to their files. */
  readonly data: RemovedUserData;
  /**
   * Date of removal (ISO 8601).
   * @default - unknown
   */
  readonly removedOn?: string;
}

/**
 * A registry defined in code.
 */
export interface UserRegistryProps {
  /** Users. */
  readonly users: ResearchUserSpec[];
  /**
   * Groups.
   * @default []
   */
  readonly groups?: ResearchGroupSpec[];
  /**
   * Range new uids are taken from.
   * @default { min: 5000, max: 5999 }
   */
  readonly userIdRange?: IdRange;
  /**
   * Range new gids are taken from.
   * @default { min: 6000, max: 6999 }
   */
  readonly groupIdRange?: IdRange;
  /**
   * Users removed earlier, with what happens to their data.
   * @default []
   */
  readonly removed?: RemovedUser[];
  /**
   * Content of the lock file (JSON) recording ids already assigned.
   * @default - no ids assigned yet
   */
  readonly lock?: string;
  /**
   * Name of the lock, for messages.
   * @default "users.lock.json"
   */
  readonly lockName?: string;
  /**
   * Name used in messages for this registry (a file or a construct path).
   * @default "registry"
   */
  readonly sourceName?: string;
}

/** Default range of research user ids. */
export const DEFAULT_USER_ID_RANGE: IdRange = { min: 5000, max: 5999 };
/** Default range of research group ids. */
export const DEFAULT_GROUP_ID_RANGE: IdRange = { min: 6000, max: 6999 };

const SHELLS = new Set(['/bin/bash', '/usr/bin/bash', '/bin/zsh', '/usr/bin/zsh', '/bin/sh', '/usr/bin/fish', '/bin/false', '/usr/sbin/nologin', '/sbin/nologin']);
// The key lists are the registry schema's (schemas/users.schema.json).
const USER_KEYS = lazy(() => keysAt(registrySchema(), ['users', '*']));
const GROUP_KEYS = lazy(() => keysAt(registrySchema(), ['groups', '*']));
const TOP_KEYS = lazy(() => keysAt(registrySchema()));
const REMOVED_KEYS = lazy(() => keysAt(registrySchema(), ['removed', '*']));

/**
 * The lab's research users and groups: one source of truth for names, ids and keys, so
 * that file ownership is identical on every workspace and on shared storage.
 *
 * Ids are recorded in a lock file beside the registry. Once a user or group has an id it
 * keeps it, whatever is added, removed or reordered later, and an id once given is never
 * given to anyone else.
 */
export class UserRegistry {
  /**
   * Reads a registry file and its lock file (`<name>.lock.json` beside it, when present).
   * The updated lock is in `lockContent`; call `writeLock()` to save it.
   */
  public static fromFile(file: string, lockFile?: string): UserRegistry {
    const src = YamlSource.fromFile(file, 'registry');
    const lockPath = lockFile ?? UserRegistry.lockPathFor(file);
    const lockText = fs.existsSync(lockPath) ? readInputText(lockPath, 'lock') : undefined;
    return UserRegistry.fromSource(src, lockText, lockPath);
  }

  /**
   * Reads a registry from YAML text.
   * @param yaml the registry document
   * @param sourceName name for messages
   * @param lock the lock file's content, if any
   * @param lockName the lock file's path, for messages and writeLock()
   */
  public static fromYaml(yaml: string, sourceName: string, lock?: string, lockName?: string): UserRegistry {
    return UserRegistry.fromSource(new YamlSource(yaml, sourceName), lock, lockName ?? UserRegistry.lockPathFor(sourceName));
  }

  /**
   * A registry defined in code (for example in a CDK app). Pass the lock file's content
   * in `lock` so ids stay stable across deployments.
   */
  public static fromProps(props: UserRegistryProps): UserRegistry {
    return new UserRegistry(props);
  }

  /** The lock file path used for a registry file: `users.yaml` gives `users.lock.json`. */
  public static lockPathFor(registryFile: string): string {
    const dir = path.dirname(registryFile);
    const base = path.basename(registryFile).replace(/\.ya?ml$/i, '');
    return path.join(dir, `${base}.lock.json`);
  }

  private static fromSource(src: YamlSource, lockText: string | undefined, lockPath: string): UserRegistry {
    const r = new FieldReader(src, src.file);
    const d: any = src.data ?? {};
    if (typeof d !== 'object' || Array.isArray(d)) {
      r.expect([], d, 'a mapping with users: and groups:');
      r.throwIfErrors('');
    }
    r.unknownKeys(d, TOP_KEYS(), []);
    const found = validateShape(registrySchema(), d);
    const ranges = r.mapping(d, 'id_ranges', []);
    const readRange = (k: string): IdRange | undefined => {
      const m = ranges ? r.mapping(ranges, k, ['id_ranges']) : undefined;
      if (!m) return undefined;
      return { min: r.int(m, 'min', ['id_ranges', k]) ?? NaN, max: r.int(m, 'max', ['id_ranges', k]) ?? NaN };
    };
    // Each entry of the parsed tree is dropped once read (the source keeps no other reference
    // to it): a large registry never holds the tree and the users it became at the same time.
    const userList = r.list(d, 'users', []) ?? [];
    const users = userList.map((u, i) => {
      userList[i] = undefined;
      return readUser(r, u, ['users', i]);
    });
    const groups = (r.list(d, 'groups', []) ?? []).map((g, i) => readGroup(r, g, ['groups', i]));
    const removed = (r.list(d, 'removed', []) ?? []).map((x, i): RemovedUser | undefined => {
      const p: YamlPath = ['removed', i];
      if (!x || typeof x !== 'object' || Array.isArray(x)) {
        r.expect(p, x, 'a removed user (name, uid, data, removed_on)');
        return undefined;
      }
      r.unknownKeys(x, REMOVED_KEYS(), p);
      const name = r.str(x, 'name', p, { required: true });
      const uid = r.int(x, 'uid', p);
      const data = r.str(x, 'data', p) ?? RemovedUserData.PRESERVE;
      if (!Object.values(RemovedUserData).includes(data as RemovedUserData)) {
        r.error([...p, 'data'], 'invalid-value', 'unknown data decision', data, 'use delete or preserve');
        return undefined;
      }
      if (name === undefined || uid === undefined) {
        if (uid === undefined) r.error([...p, 'uid'], 'missing-field', 'a removed user needs the uid it had', undefined, 'copy the uid from the lock file (retired.users)');
        return undefined;
      }
      return clean({ name, uid, data: data as RemovedUserData, removedOn: r.str(x, 'removed_on', p) });
    });
    src.releaseData();
    // The schema's shape check (taken before reading, which drops the parsed entries) is
    // reported last, in the constructor, for what no check of the reader or the lock judges.
    const shape = (reported: Diagnostic[]) => shapeProblemsBesides(r, registrySchema(), found, reported);
    return new UserRegistry({
      users: users.filter((u): u is ResearchUserSpec => !!u),
      groups: groups.filter((g): g is ResearchGroupSpec => !!g),
      removed: removed.filter((x): x is RemovedUser => !!x),
      userIdRange: readRange('users'),
      groupIdRange: readRange('groups'),
      lock: lockText,
      lockName: lockPath,
      sourceName: src.file,
    }, src, r.warnings, r.errors, shape, true);
  }

  /** Users, in registry order. */
  public readonly users: ResearchUser[];
  /** Named groups, in registry order. */
  public readonly groups: ResearchGroup[];
  /** Users removed earlier, with what happens to their data. */
  public readonly removedUsers: RemovedUser[];
  /** Warnings (unknown fields, unusual shells, a key listed twice for one user). */
  public readonly warnings: Diagnostic[];
  /** The lock file content after this registry was applied. */
  public readonly lockContent: string;
  /** Whether the lock changed (new ids assigned or ids retired). */
  public readonly lockChanged: boolean;
  /** Where the lock is read from and written to. */
  public readonly lockName: string;
  /** Name of the registry for messages. */
  public readonly sourceName: string;
  /** Range of new uids. */
  public readonly userIdRange: IdRange;
  /** Range of new gids. */
  public readonly groupIdRange: IdRange;

  private readonly lockData: LockData;

  private constructor(props: UserRegistryProps, source?: YamlSource, initialWarnings: Diagnostic[] = [], initialErrors: Diagnostic[] = [],
    shape?: (reported: Diagnostic[]) => Diagnostic[], ownsSpecs = false) {
    this.sourceName = props.sourceName ?? 'registry';
    this.lockName = props.lockName ?? 'users.lock.json';
    this.userIdRange = props.userIdRange ?? DEFAULT_USER_ID_RANGE;
    this.groupIdRange = props.groupIdRange ?? DEFAULT_GROUP_ID_RANGE;
    const loc = (p: YamlPath): SourceLocation => (source ? source.locate(p) : { file: this.sourceName });
    // Problems found while reading the file come first; the checks below still run so that
    // every problem of the registry is reported in one error.
    const errors: Diagnostic[] = [...initialErrors];
    const warnings: Diagnostic[] = [...initialWarnings];
    const err = (p: YamlPath, code: string, message: string, value: unknown, fix: string) =>
      errors.push(problem({ code, message, field: formatPath(p), value, fix, location: loc(p) }));
    const warn = (p: YamlPath, code: string, message: string, value: unknown, fix: string) =>
      warnings.push(problem({ severity: DiagnosticSeverity.WARNING, code, message, field: formatPath(p), value, fix, location: loc(p) }));

    const rangeChecks = [['users', this.userIdRange, ['id_ranges', 'users']], ['groups', this.groupIdRange, ['id_ranges', 'groups']]] as const;
    for (const [k, range, rangePath] of rangeChecks) {
      const whole = Number.isInteger(range.min) && Number.isInteger(range.max);
      if (!whole || range.min > range.max || range.min < FIRST_RESEARCH_ID || range.max > MAX_RESEARCH_ID) {
        err(rangePath, 'invalid-id-range', `the ${k} id range must be whole numbers with ${FIRST_RESEARCH_ID} <= min <= max <= ${MAX_RESEARCH_ID} (ids below ${FIRST_RESEARCH_ID} belong to the system and the image's default account)`, range, `write e.g. { min: ${k === 'users' ? 5000 : 6000}, max: ${k === 'users' ? 5999 : 6999} }`);
      }
    }
    if (this.userIdRange.min <= this.groupIdRange.max && this.groupIdRange.min <= this.userIdRange.max) {
      warn(['id_ranges'], 'overlapping-ranges', 'user and group id ranges overlap; ids stay unique, but a private group gid may then look like a group id', [this.userIdRange, this.groupIdRange], 'use disjoint ranges');
    }

    // Names: valid, not reserved, unique across users and groups.
    const names = new Map<string, string>();
    const checkName = (name: string, p: YamlPath, kind: string) => {
      if (!isValidPosixName(name)) {
        err([...p, 'name'], 'invalid-name', `${kind} name is not a valid POSIX name`, name, 'use lower-case letters, digits, "_" and "-", starting with a letter or "_", at most 32 characters');
      } else if (RESERVED_NAMES.has(name)) {
        err([...p, 'name'], 'reserved-name', `${kind} name "${name}" is reserved by the operating system or images`, name, `choose another name, e.g. "${name}-1" or the person's own login`);
      }
      const prev = names.get(name);
      if (prev) {
        err([...p, 'name'], 'duplicate-name', `name "${name}" is already used by ${prev}`, name, 'give every user and group its own name (a user gets a private group of the same name)');
      } else {
        names.set(name, `${formatPath(p)}`);
      }
    };
    props.users.forEach((u, i) => checkName(u.name, ['users', i], 'user'));
    (props.groups ?? []).forEach((g, i) => checkName(g.name, ['groups', i], 'group'));
    const groupNames = new Set((props.groups ?? []).map((g) => g.name));

    // Ids.
    let lockData: LockData = EMPTY_LOCK;
    if (props.lock !== undefined) {
      try {
        lockData = parseLock(props.lock, this.lockName);
      } catch (e: any) {
        throw new WorkspaceInputError([problem({ code: 'invalid-lock', message: e.message, location: { file: this.lockName } })]);
      }
    }
    // A request is a name and an optional id; where it came from is looked up only for a
    // message (100,000 requests must not carry 100,000 locations).
    const groupSpecs = props.groups ?? [];
    const alloc = allocate(
      lockData,
      props.users.map((u) => ({ name: u.name, explicit: u.uid })),
      groupSpecs.map((g) => ({ name: g.name, explicit: g.gid })),
      { users: this.userIdRange, groups: this.groupIdRange },
      this.lockName,
      (kind, i) => {
        const idKey = kind === 'users' ? 'uid' : 'gid';
        const explicit = kind === 'users' ? props.users[i].uid : groupSpecs[i].gid;
        return { where: loc([kind, i, explicit !== undefined ? idKey : 'name']), field: formatPath([kind, i, idKey]) };
      },
    );
    errors.push(...alloc.errors);
    for (const [k, spec, range, p] of [
      ...props.users.map((u, i) => ['uid', u.uid, this.userIdRange, ['users', i, 'uid']] as const),
      ...(props.groups ?? []).map((g, i) => ['gid', g.gid, this.groupIdRange, ['groups', i, 'gid']] as const),
    ]) {
      if (spec !== undefined && (spec < range.min || spec > range.max) && spec >= FIRST_RESEARCH_ID) {
        warn(p, 'id-outside-range', `${k} ${spec} is outside the configured range ${range.min}-${range.max}`, spec, 'this is allowed; make sure no other system assigns it');
      }
    }

    // Keys.
    const keyOwner = new Map<string, string>();
    const parsedKeys = props.users.map((u, i) => (u.sshKeys ?? []).map((k, j) => {
      const p: YamlPath = ['users', i, 'ssh_keys', j];
      try {
        const key = parseSshPublicKey(k);
        const prev = keyOwner.get(key.fingerprint);
        if (prev === u.name) {
          warn(p, 'duplicate-key', `the same key (${key.fingerprint}) is listed twice for "${u.name}"`, key.fingerprint, 'remove the repeated entry');
        } else if (prev) {
          err(p, 'shared-key', `key ${key.fingerprint} of "${u.name}" is also a key of "${prev}"; shared keys make actions unattributable`, key.fingerprint,
            'each person needs their own key pair: ask one of them to generate a new key with ssh-keygen -t ed25519');
        }
        keyOwner.set(key.fingerprint, u.name);
        return key;
      } catch (e) {
        if (!(e instanceof KeyFormatError)) throw e;
        // Never echo what could be a private key into messages and CI logs.
        const shown = isPrivateKeyText(k) ? '(private key, not shown)' : k.length > 60 ? `${k.slice(0, 40)}...${k.slice(-12)}` : k;
        err(p, 'invalid-ssh-key', `SSH key of "${u.name}" is invalid: ${e.message}`, shown, 'paste the whole line of the .pub file (e.g. ~/.ssh/id_ed25519.pub)');
        return undefined;
      }
    }).filter((k): k is SshPublicKey => k !== undefined)
      .filter((k, j, all) => all.findIndex((x) => x.fingerprint === k.fingerprint) === j).slice());

    // Groups and membership.
    const members = new Map<string, Set<string>>((props.groups ?? []).map((g) => [g.name, new Set<string>()]));
    const userNames = new Set(props.users.map((u) => u.name));
    (props.groups ?? []).forEach((g, i) => (g.members ?? []).forEach((m, j) => {
      if (!userNames.has(m)) {
        err(['groups', i, 'members', j], 'unknown-user', `group "${g.name}" lists member "${m}", who is not in the registry`, m, 'add the user under users:, or remove the member');
      } else {
        members.get(g.name)!.add(m);
      }
    }));
    props.users.forEach((u, i) => {
      (u.groups ?? []).forEach((g, j) => {
        if (!groupNames.has(g)) {
          err(['users', i, 'groups', j], 'unknown-group', `user "${u.name}" is in group "${g}", which the registry does not define`, g,
            `add "- name: ${g}" under groups:, or remove it (operating system groups such as sudo are granted with sudo: true)`);
        } else {
          members.get(g)!.add(u.name);
        }
      });
      if (u.primaryGroup !== undefined) {
        if (!groupNames.has(u.primaryGroup)) {
          err(['users', i, 'primary_group'], 'unknown-group', `primary group "${u.primaryGroup}" of "${u.name}" is not defined`, u.primaryGroup, `add "- name: ${u.primaryGroup}" under groups:, or remove primary_group`);
        } else {
          members.get(u.primaryGroup)!.add(u.name);
        }
      }
      if (u.shell !== undefined) {
        if (!/^\/[A-Za-z0-9_./-]+$/.test(u.shell)) {
          err(['users', i, 'shell'], 'invalid-shell', 'shell must be an absolute path', u.shell, 'write e.g. /bin/bash');
        } else if (!SHELLS.has(u.shell)) {
          warn(['users', i, 'shell'], 'unusual-shell', 'shell is not one the workspace images install by default', u.shell, 'make sure the template installs it, or use /bin/bash');
        }
      }
      if (u.email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(u.email)) {
        err(['users', i, 'email'], 'invalid-email', 'not an email address', u.email, 'write name@example.org');
      }
      if (u.orcid !== undefined && !validOrcid(u.orcid)) {
        err(['users', i, 'orcid'], 'invalid-orcid', 'not a valid ORCID iD (format or check digit)', u.orcid, 'write the 16-character iD, e.g. 0000-0002-1825-0097');
      }
      if (u.globusId !== undefined && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(u.globusId)) {
        err(['users', i, 'globus_id'], 'invalid-globus-id', 'a Globus identity id is a UUID', u.globusId, 'copy the identity id from app.globus.org (Account > Identities)');
      }
    });

    (props.removed ?? []).forEach((x, i) => {
      const p: YamlPath = ['removed', i];
      if (userNames.has(x.name)) {
        err([...p, 'name'], 'removed-but-active', `"${x.name}" is listed as removed but is also an active user`, x.name, 'delete the removed entry (re-adding a user restores their uid)');
      }
      const retired = alloc.lock.retired.users[x.name];
      if (retired !== undefined && retired !== x.uid) {
        err([...p, 'uid'], 'id-changed', `removed user "${x.name}" had uid ${retired} (recorded in ${this.lockName})`, x.uid, `write uid: ${retired}`);
      }
    });
    for (const d of shape?.([...errors, ...warnings]) ?? []) (d.severity === DiagnosticSeverity.WARNING ? warnings : errors).push(d);
    if (errors.length) {
      throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.sourceName}: ${errors.length} problems in the user registry` : undefined);
    }
    this.removedUsers = [...(props.removed ?? [])];

    this.lockData = alloc.lock;
    const gidOf = (g: string) => this.lockData.groups[g];
    // A registry read from a file owns its specs: each is dropped once its user is built, so
    // 100,000 specs and 100,000 users never live side by side.
    const specs = props.users as Array<ResearchUserSpec | undefined>;
    this.users = props.users.map((u, i) => {
      const sshKeys = parsedKeys[i];
      if (ownsSpecs) {
        specs[i] = undefined;
        parsedKeys[i] = [];
      }
      return clean({
        name: u.name,
        uid: this.lockData.users[u.name],
        gid: u.primaryGroup ? gidOf(u.primaryGroup) : this.lockData.users[u.name],
        primaryGroup: u.primaryGroup ?? u.name,
        // slice(): exactly as long as it is (filter leaves spare capacity; 100,000 users pay for it).
        groups: [...new Set(u.groups ?? [])].filter((g) => g !== u.primaryGroup).sort().slice(),
        shell: u.shell ?? '/bin/bash',
        sshKeys,
        email: u.email,
        fullName: u.fullName,
        orcid: u.orcid,
        globusId: u.globusId,
        externalId: u.externalId,
        sudo: u.sudo ?? false,
      });
    });
    this.groups = (props.groups ?? []).map((g) => clean({
      name: g.name,
      gid: gidOf(g.name),
      description: g.description,
      members: [...members.get(g.name)!].sort(),
    }));
    this.warnings = warnings;
    this.lockContent = formatLock(this.lockData);
    this.lockChanged = props.lock === undefined ? true : !sameLock(lockData, this.lockData);
  }

  /** The user with this name. */
  public user(name: string): ResearchUser {
    const u = this.users.find((x) => x.name === name);
    if (!u) {
      throw new WorkspaceInputError([problem({ code: 'unknown-user', message: `no user "${name}" in ${this.sourceName}`, value: name, fix: `use one of ${this.users.map((x) => x.name).join(', ') || '(no users)'}` })]);
    }
    return u;
  }

  /** The group with this name. */
  public group(name: string): ResearchGroup {
    const g = this.groups.find((x) => x.name === name);
    if (!g) {
      throw new WorkspaceInputError([problem({ code: 'unknown-group', message: `no group "${name}" in ${this.sourceName}`, value: name, fix: `use one of ${this.groups.map((x) => x.name).join(', ') || '(no groups)'}` })]);
    }
    return g;
  }

  /** Ids of users and groups that were removed; they are never reused. */
  public retiredIds(): number[] {
    return [...Object.values(this.lockData.retired.users), ...Object.values(this.lockData.retired.groups)].sort((a, b) => a - b);
  }

  /** Writes the lock file (to `lockName` unless another path is given). */
  public writeLock(file?: string): void {
    fs.writeFileSync(file ?? this.lockName, this.lockContent);
  }
}

function readUser(r: FieldReader, u: any, p: YamlPath): ResearchUserSpec | undefined {
  if (!u || typeof u !== 'object' || Array.isArray(u)) {
    r.expect(p, u, 'a user (name, groups, ssh_keys, ...)');
    return undefined;
  }
  r.unknownKeys(u, USER_KEYS(), p);
  const name = r.str(u, 'name', p, { required: true });
  if (name === undefined) return undefined;
  return clean({
    name,
    uid: r.int(u, 'uid', p),
    primaryGroup: r.str(u, 'primary_group', p),
    groups: r.strList(u, 'groups', p),
    shell: r.str(u, 'shell', p),
    sshKeys: r.strList(u, 'ssh_keys', p),
    email: r.str(u, 'email', p),
    fullName: r.str(u, 'full_name', p),
    orcid: typeof u.orcid === 'number' ? (r.error([...p, 'orcid'], 'invalid-orcid', 'an ORCID iD must be quoted text (as a number its leading zeros are lost)', u.orcid, 'write orcid: "0000-0002-1825-0097"'), undefined) : r.str(u, 'orcid', p),
    globusId: r.str(u, 'globus_id', p),
    externalId: r.str(u, 'external_id', p),
    sudo: r.bool(u, 'sudo', p),
  });
}

function readGroup(r: FieldReader, g: any, p: YamlPath): ResearchGroupSpec | undefined {
  if (!g || typeof g !== 'object' || Array.isArray(g)) {
    r.expect(p, g, 'a group (name, gid, description)');
    return undefined;
  }
  r.unknownKeys(g, GROUP_KEYS(), p);
  const name = r.str(g, 'name', p, { required: true });
  if (name === undefined) return undefined;
  return clean({ name, gid: r.int(g, 'gid', p), description: r.str(g, 'description', p), members: r.strList(g, 'members', p) });
}

/** ORCID iD: four blocks of four, last character a ISO 7064 11,2 check digit. */
function validOrcid(id: string): boolean {
  const m = /^(?:https:\/\/orcid\.org\/)?(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/.exec(id);
  if (!m) return false;
  const digits = (m[1] + m[2] + m[3] + m[4]).slice(0, 15);
  let total = 0;
  for (const ch of digits) total = (total + Number(ch)) * 2;
  const result = (12 - (total % 11)) % 11;
  const check = result === 10 ? 'X' : String(result);
  return check === m[4][3];
}

