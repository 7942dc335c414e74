import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { isMap, isSeq } from 'yaml';
import { CliInputError, Context, EXIT_OK, Input } from './command';
import { Output } from './output';
import { userPath } from './sources';
import { YamlEditor } from './yaml-edit';
import { Diagnostic } from '../workspaces/errors';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { readInputText } from '../workspaces/private/input-files';
import { YamlSource } from '../workspaces/private/yaml-source';
import { KeyFormatError, parseSshPublicKey, SshPublicKey } from '../workspaces/ssh-key';
import { UserRegistry } from '../workspaces/users';

/** Text of a registry created by the first `rws users add` or `rws groups add`. */
const NEW_REGISTRY = [
  '# Research users and groups of the lab, edited with "rws users" and "rws groups" (docs/cli.md).',
  '# Ids are assigned on first use and recorded in users.lock.json beside this file: commit both files.',
  '',
].join('\n');

/** A removed user, as recorded under `removed:` in the registry. */
export interface RemovedUser {
  /** Login name. */
  readonly name: string;
  /** The retired uid (never given to anyone else). */
  readonly uid?: number;
  /** What happens to the user's home directory on shared storage. */
  readonly data: 'preserve' | 'delete';
  /** Day of removal (YYYY-MM-DD). */
  readonly removedOn?: string;
}

/** The registry file and its lock, as read from disk. */
export interface RegistryFiles {
  /** Registry path as shown in messages. */
  readonly file: string;
  /** Lock path (`<name>.lock.json` beside the registry). */
  readonly lockFile: string;
  /** Registry text, undefined when the file does not exist yet. */
  readonly text?: string;
  /** Lock text, undefined when there is no lock yet. */
  readonly lockText?: string;
}

/** Reads the registry named by --registry (default ./users.yaml) and its lock. */
export function readRegistryFiles(ctx: Context, input: Input, create: boolean): RegistryFiles {
  const file = userPath(ctx, input.str('registry') ?? 'users.yaml');
  const lockFile = UserRegistry.lockPathFor(file);
  const exists = fs.existsSync(file);
  if (!exists && !create) {
    throw new CliInputError(`no user registry at ${file}. Fix: create it with "rws users add <name>" (or "rws groups add <name>"), or pass --registry <file>`);
  }
  if (exists && !fs.statSync(file).isFile()) throw new CliInputError(`${file} is not a file. Fix: pass the registry YAML file with --registry <file>`);
  return {
    file,
    lockFile,
    text: exists ? readInputText(file, 'registry') : undefined,
    lockText: fs.existsSync(lockFile) ? readInputText(lockFile, 'lock') : undefined,
  };
}

/**
 * Loads a registry for reading, printing its warnings on stderr. Nothing is written; when the
 * lock is missing or out of date, a note says so (the ids shown are those the lock would get).
 */
export function loadRegistry(ctx: Context, input: Input): { registry: UserRegistry; files: RegistryFiles; removed: RemovedUser[] } {
  const files = readRegistryFiles(ctx, input, false);
  const registry = UserRegistry.fromYaml(files.text!, files.file, files.lockText);
  registryWarnings(registry.warnings).forEach((w) => ctx.out.warnDiagnostic(fixLockName(w, files)));
  if (files.lockText === undefined) {
    ctx.out.note(`note: ${files.lockFile} does not exist yet; the ids shown are the ones "rws users lock" would record`);
  } else if (registry.lockChanged) {
    ctx.out.note(`note: ${files.lockFile} is out of date with ${files.file}; run "rws users lock" to record the ids shown`);
  }
  // The fast loader, not the editor's position-keeping parse: listing 100,000 users must not
  // build a syntax tree of the whole file.
  const data = new YamlSource(files.text!, files.file).data as any;
  return { registry, files, removed: readRemoved({ value: (p) => (p.length === 1 && data && typeof data === 'object' ? data[p[0]] : undefined) }, ctx.out) };
}

/** Model warnings, without the one about `removed:` (the CLI's own section; see docs/cli.md). */
export function registryWarnings(list: Diagnostic[]): Diagnostic[] {
  return list.filter((w) => !(w.code === 'unknown-field' && w.field === 'removed'));
}

/**
 * `UserRegistry.fromYaml` names its lock `<source>.lock.json` in messages; the file really
 * is `UserRegistry.lockPathFor(source)`. Rewrites the name in a diagnostic.
 */
export function fixLockName(d: Diagnostic, files: RegistryFiles): Diagnostic {
  const wrong = `${files.file}.lock.json`;
  const fix = (s: string | undefined) => (s === undefined ? s : s.split(wrong).join(files.lockFile));
  const location = d.location?.file === wrong ? { ...d.location, file: files.lockFile } : d.location;
  return { ...d, message: fix(d.message)!, fix: fix(d.fix), location };
}

/** Reads the `removed:` list (entries that are not mappings with a name are skipped with a warning). */
export function readRemoved(ed: Pick<YamlEditor, 'value'>, out?: Output): RemovedUser[] {
  const list = ed.value(['removed']);
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) {
    out?.warn('the registry\'s "removed:" section is not a list and is ignored');
    return [];
  }
  return list.flatMap((e: any): RemovedUser[] => {
    if (!e || typeof e !== 'object' || typeof e.name !== 'string') {
      out?.warn(`an entry of "removed:" has no name and is ignored: ${JSON.stringify(e)}`);
      return [];
    }
    return [{
      name: e.name,
      uid: typeof e.uid === 'number' ? e.uid : undefined,
      data: e.data === 'preserve' ? 'preserve' : 'delete',
      removedOn: e.removed_on === undefined ? undefined : String(e.removed_on),
    }];
  });
}

/**
 * One edit of the registry: change the YAML through `ed`, then `commit()`. The whole result is
 * validated with UserRegistry (ids assigned, groups, keys, names checked) before anything is
 * written; a rejected edit leaves both files untouched.
 */
export class RegistryEdit {
  /** The registry text being edited. */
  public readonly ed: YamlEditor;
  /** The registry as it was before the edit, when it was valid. */
  public readonly before?: UserRegistry;
  private readonly original: string;

  constructor(public readonly files: RegistryFiles) {
    this.original = files.text ?? NEW_REGISTRY;
    void new YamlSource(this.original, files.file); // a file that does not parse: the model's yaml-syntax error
    this.ed = new YamlEditor(this.original);
    try {
      this.before = UserRegistry.fromYaml(this.original, files.file, files.lockText);
    } catch {
      this.before = undefined; // an edit may be what repairs it; the result is validated in commit()
    }
  }

  /** Whether the file exists yet. */
  public get isNew(): boolean {
    return this.files.text === undefined;
  }

  /** Whether the text changed. */
  public get changed(): boolean {
    return this.ed.text !== this.original;
  }

  /** Index of a user entry, or -1. */
  public userIndex(name: string): number {
    return this.ed.indexWhere(['users'], 'name', name);
  }

  /** Index of a group entry, or -1. */
  public groupIndex(name: string): number {
    return this.ed.indexWhere(['groups'], 'name', name);
  }

  /** Names of every user entry. */
  public userNames(): string[] {
    return namesAt(this.ed, ['users']);
  }

  /** Names of every group entry. */
  public groupNames(): string[] {
    return namesAt(this.ed, ['groups']);
  }

  /** Index of a user entry; an unknown name is an input error that lists the users. */
  public requireUser(name: string): number {
    const i = this.userIndex(name);
    if (i < 0) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-user',
        message: `no user "${name}" in ${this.files.file}`,
        value: name,
        fix: `use one of ${this.userNames().join(', ') || '(no users yet)'}, or add the user with "rws users add ${name}"`,
      })]);
    }
    return i;
  }

  /** Index of a group entry; an unknown name is an input error that lists the groups. */
  public requireGroup(name: string): number {
    const i = this.groupIndex(name);
    if (i < 0) {
      throw new WorkspaceInputError([problem({
        code: 'unknown-group',
        message: `no group "${name}" in ${this.files.file}`,
        value: name,
        fix: `use one of ${this.groupNames().join(', ') || '(no groups yet)'}, or create it with "rws groups add ${name}"`,
      })]);
    }
    return i;
  }

  /** Whether the last entry of a list is a flow mapping (`- { name: x }`); `fallback` when there is none. */
  public itemsAreFlow(listPath: Array<string | number>, fallback: boolean): boolean {
    const list = this.ed.node(listPath);
    const maps = isSeq(list) ? list.items.filter(isMap) : [];
    return maps.length > 0 ? maps[maps.length - 1].flow === true : fallback;
  }

  /** Whether the users' `key` lists (groups, ssh_keys) are written in flow style; `fallback` when none exist. */
  public userListsAreFlow(key: string, fallback: boolean): boolean {
    const users = this.ed.node(['users']);
    if (!isSeq(users)) return fallback;
    for (const u of users.items) {
      if (!isMap(u)) continue;
      const v = u.get(key, true);
      if (isSeq(v) && v.items.length > 0) return v.flow === true;
    }
    return fallback;
  }

  /** Strings of a list (empty when absent). */
  public strings(listPath: Array<string | number>): string[] {
    const v = this.ed.value(listPath);
    return Array.isArray(v) ? v.map((x) => String(x)) : [];
  }

  /** Removes every item equal to `value` from a list of strings; returns how many. */
  public removeString(listPath: Array<string | number>, value: string): number {
    let removed = 0;
    for (let i = this.strings(listPath).lastIndexOf(value); i >= 0; i = this.strings(listPath).lastIndexOf(value)) {
      this.ed.removeItem(listPath, i, 'delete-key');
      removed++;
    }
    return removed;
  }

  /**
   * Validates the edited registry and writes it and its lock (each through a temporary file
   * and a rename). Returns the new registry. Throws, writing nothing, when the model rejects
   * the result, when an assigned id would change, or when the files changed meanwhile.
   */
  public commit(out: Output): UserRegistry {
    const text = this.ed.text;
    let registry: UserRegistry;
    try {
      registry = UserRegistry.fromYaml(text, this.files.file, this.files.lockText);
    } catch (e) {
      if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
      throw new WorkspaceInputError(e.diagnostics.map((d) => fixLockName(d, this.files)),
        `${this.files.file}: the edit was rejected and nothing was written (lines refer to the file as it would be after the edit):`);
    }
    assertIdsKept(this.files.lockText, registry.lockContent, this.files.lockFile);
    registryWarnings(registry.warnings).forEach((w) => out.warnDiagnostic(fixLockName(w, this.files)));

    // Nothing is renamed until both temporary files are written; both files are checked for
    // changes by someone else since they were read.
    const writes: Array<{ file: string; content: string; expected?: string }> = [];
    const lockFile = this.files.lockFile;
    if (this.files.lockText !== registry.lockContent) writes.push({ file: lockFile, content: registry.lockContent, expected: this.files.lockText });
    if (this.files.text !== text) writes.push({ file: this.files.file, content: text, expected: this.files.text });
    writeAllAtomically(writes);
    return registry;
  }
}

function namesAt(ed: YamlEditor, listPath: string[]): string[] {
  const v = ed.value(listPath);
  return Array.isArray(v) ? v.filter((x) => x && typeof x === 'object' && typeof x.name === 'string').map((x) => x.name) : [];
}

/** Belt and braces over the model's lock: every name that had an id still has the same id. */
export function assertIdsKept(oldLock: string | undefined, newLock: string, lockFile: string): void {
  if (oldLock === undefined) return;
  const before = JSON.parse(oldLock);
  const after = JSON.parse(newLock);
  for (const kind of ['users', 'groups']) {
    const idsAfter = { ...(after.retired?.[kind] ?? {}), ...(after[kind] ?? {}) };
    for (const [name, id] of Object.entries({ ...(before.retired?.[kind] ?? {}), ...(before[kind] ?? {}) })) {
      if (idsAfter[name] !== id) {
        throw new Error(`internal error: the edit would change the id of ${kind === 'users' ? 'user' : 'group'} "${name}" in ${lockFile} (${id} -> ${idsAfter[name]}); nothing was written`);
      }
    }
  }
}

/**
 * Writes files through temporary files in the same folder and renames them into place, lock
 * first. Symbolic links are followed; file modes are kept. Throws, writing nothing, when a
 * file's content on disk is no longer what was read.
 */
export function writeAllAtomically(writes: Array<{ file: string; content: string; expected?: string }>): void {
  const staged: Array<{ tmp: string; target: string }> = [];
  try {
    for (const w of writes) {
      const exists = fs.existsSync(w.file);
      const current = exists ? fs.readFileSync(w.file, 'utf8') : undefined;
      if (current !== w.expected) {
        throw new CliInputError(`${w.file} was changed by something else while rws was editing it; nothing was written. Fix: run the command again`);
      }
      const target = exists ? fs.realpathSync(w.file) : path.resolve(w.file);
      const mode = exists ? fs.statSync(target).mode % 0o1000 : undefined; // permission bits
      const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
      const fd = fs.openSync(tmp, 'wx', 0o666); // a new file gets the umask's mode
      staged.push({ tmp, target });
      try {
        fs.writeFileSync(fd, w.content);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      if (mode !== undefined) fs.chmodSync(tmp, mode);
    }
    for (const s of staged) fs.renameSync(s.tmp, s.target);
  } catch (e) {
    for (const s of staged) fs.rmSync(s.tmp, { force: true });
    throw e;
  }
}

/**
 * Reads the public keys of a key file (one per line; blank and # lines skipped). Every bad
 * line is reported with the file and line; the key material is never echoed.
 */
export function readKeyFile(ctx: Context, file: string): SshPublicKey[] {
  const shown = userPath(ctx, file);
  let text: string;
  try {
    // Size-limited: a key file is a few hundred bytes, never a disk image read into memory.
    text = readInputText(path.resolve(ctx.cwd, file), 'key');
  } catch (e: any) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    const d = e.diagnostics[0];
    throw new WorkspaceInputError([problem({
      code: d.code,
      message: d.message,
      location: { file: shown },
      fix: d.code === 'file-too-large' ? d.fix ?? 'give a public key file (.pub)' : 'give the path of a public key file, e.g. ~/.ssh/id_ed25519.pub',
    })]);
  }
  const problems: Diagnostic[] = [];
  const keys: SshPublicKey[] = [];
  const lines = text.split(/\r?\n/);
  if (/PRIVATE KEY/.test(text)) {
    problems.push(problem({
      code: 'invalid-ssh-key',
      message: 'this is a private key file',
      location: { file: shown },
      fix: 'give the public key (the .pub file beside it) and keep the private key secret',
    }));
  } else {
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      try {
        keys.push(parseSshPublicKey(line));
      } catch (e) {
        if (!(e instanceof KeyFormatError)) throw e;
        problems.push(problem({
          code: 'invalid-ssh-key',
          message: `not a valid SSH public key: ${e.message}`,
          location: { file: shown, line: i + 1, column: 1 },
          fix: 'give a public key file made by ssh-keygen, e.g. ~/.ssh/id_ed25519.pub (ssh-keygen -t ed25519)',
        }));
      }
    });
    if (problems.length === 0 && keys.length === 0) {
      problems.push(problem({ code: 'invalid-ssh-key', message: 'the file holds no public key', location: { file: shown }, fix: 'give a .pub file made by ssh-keygen' }));
    }
  }
  if (problems.length) throw new WorkspaceInputError(problems);
  return keys;
}

/** The fingerprints of key lines, skipping lines that do not parse. */
export function fingerprints(lines: string[]): Array<string | undefined> {
  return lines.map((l) => {
    try {
      return parseSshPublicKey(l).fingerprint;
    } catch {
      return undefined;
    }
  });
}

/**
 * Commits an edit and reports it: the result line (or JSON) on stdout, which files were
 * written on stderr. An edit that changes nothing writes nothing.
 */
export function finish(ctx: Context, edit: RegistryEdit, result: (r: UserRegistry) => { text: string; json: unknown }): number {
  if (!edit.changed) {
    ctx.out.note(`nothing to change; ${edit.files.file} is untouched`);
    if (ctx.out.json && edit.before) ctx.out.printJson(result(edit.before).json);
    return EXIT_OK;
  }
  const registry = edit.commit(ctx.out);
  const r = result(registry);
  if (ctx.out.json) ctx.out.printJson(r.json);
  else ctx.out.line(r.text);
  const lock = edit.files.lockText === registry.lockContent ? 'unchanged' : 'updated';
  ctx.out.note(`${edit.isNew ? 'created' : 'updated'} ${edit.files.file}; ${edit.files.lockFile} ${lock}`);
  return EXIT_OK;
}
