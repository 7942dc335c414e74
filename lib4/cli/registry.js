"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.RegistryEdit = void 0;
exports.readRegistryFiles = readRegistryFiles;
exports.loadRegistry = loadRegistry;
exports.registryWarnings = registryWarnings;
exports.fixLockName = fixLockName;
exports.readRemoved = readRemoved;
exports.assertIdsKept = assertIdsKept;
exports.writeAllAtomically = writeAllAtomically;
exports.readKeyFile = readKeyFile;
exports.fingerprints = fingerprints;
exports.finish = finish;
const crypto = __importStar(require("crypto"));
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
const command_1 = require("./command");
const sources_1 = require("./sources");
const yaml_edit_1 = require("./yaml-edit");
const error_1 = require("../workspaces/private/error");
const input_files_1 = require("../workspaces/private/input-files");
const yaml_source_1 = require("../workspaces/private/yaml-source");
const ssh_key_1 = require("../workspaces/ssh-key");
const users_1 = require("../workspaces/users");
/** Text of a registry created by the first `rws users add` or `rws groups add`. */
const NEW_REGISTRY = [
    '# Research users and groups of the lab, edited with "rws users" and "rws groups" (docs/cli.md).',
    '# Ids are assigned on first use and recorded in users.lock.json beside this file: commit both files.',
    '',
].join('\n');
/** Reads the registry named by --registry (default ./users.yaml) and its lock. */
function readRegistryFiles(ctx, input, create) {
    const file = (0, sources_1.userPath)(ctx, input.str('registry') ?? 'users.yaml');
    const lockFile = users_1.UserRegistry.lockPathFor(file);
    const exists = fs.existsSync(file);
    if (!exists && !create) {
        throw new command_1.CliInputError(`no user registry at ${file}. Fix: create it with "rws users add <name>" (or "rws groups add <name>"), or pass --registry <file>`);
    }
    if (exists && !fs.statSync(file).isFile())
        throw new command_1.CliInputError(`${file} is not a file. Fix: pass the registry YAML file with --registry <file>`);
    return {
        file,
        lockFile,
        text: exists ? (0, input_files_1.readInputText)(file, 'registry') : undefined,
        lockText: fs.existsSync(lockFile) ? (0, input_files_1.readInputText)(lockFile, 'lock') : undefined,
    };
}
/**
 * Loads a registry for reading, printing its warnings on stderr. Nothing is written; when the
 * lock is missing or out of date, a note says so (the ids shown are those the lock would get).
 */
function loadRegistry(ctx, input) {
    const files = readRegistryFiles(ctx, input, false);
    const registry = users_1.UserRegistry.fromYaml(files.text, files.file, files.lockText);
    registryWarnings(registry.warnings).forEach((w) => ctx.out.warnDiagnostic(fixLockName(w, files)));
    if (files.lockText === undefined) {
        ctx.out.note(`note: ${files.lockFile} does not exist yet; the ids shown are the ones "rws users lock" would record`);
    }
    else if (registry.lockChanged) {
        ctx.out.note(`note: ${files.lockFile} is out of date with ${files.file}; run "rws users lock" to record the ids shown`);
    }
    // The fast loader, not the editor's position-keeping parse: listing 100,000 users must not
    // build a syntax tree of the whole file.
    const data = new yaml_source_1.YamlSource(files.text, files.file).data;
    return { registry, files, removed: readRemoved({ value: (p) => (p.length === 1 && data && typeof data === 'object' ? data[p[0]] : undefined) }, ctx.out) };
}
/** Model warnings, without the one about `removed:` (the CLI's own section; see docs/cli.md). */
function registryWarnings(list) {
    return list.filter((w) => !(w.code === 'unknown-field' && w.field === 'removed'));
}
/**
 * `UserRegistry.fromYaml` names its lock `<source>.lock.json` in messages; the file really
 * is `UserRegistry.lockPathFor(source)`. Rewrites the name in a diagnostic.
 */
function fixLockName(d, files) {
    const wrong = `${files.file}.lock.json`;
    const fix = (s) => (s === undefined ? s : s.split(wrong).join(files.lockFile));
    const location = d.location?.file === wrong ? { ...d.location, file: files.lockFile } : d.location;
    return { ...d, message: fix(d.message), fix: fix(d.fix), location };
}
/** Reads the `removed:` list (entries that are not mappings with a name are skipped with a warning). */
function readRemoved(ed, out) {
    const list = ed.value(['removed']);
    if (list === undefined || list === null)
        return [];
    if (!Array.isArray(list)) {
        out?.warn('the registry\'s "removed:" section is not a list and is ignored');
        return [];
    }
    return list.flatMap((e) => {
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
class RegistryEdit {
    files;
    /** The registry text being edited. */
    ed;
    /** The registry as it was before the edit, when it was valid. */
    before;
    original;
    constructor(files) {
        this.files = files;
        this.original = files.text ?? NEW_REGISTRY;
        void new yaml_source_1.YamlSource(this.original, files.file); // a file that does not parse: the model's yaml-syntax error
        this.ed = new yaml_edit_1.YamlEditor(this.original);
        try {
            this.before = users_1.UserRegistry.fromYaml(this.original, files.file, files.lockText);
        }
        catch {
            this.before = undefined; // an edit may be what repairs it; the result is validated in commit()
        }
    }
    /** Whether the file exists yet. */
    get isNew() {
        return this.files.text === undefined;
    }
    /** Whether the text changed. */
    get changed() {
        return this.ed.text !== this.original;
    }
    /** Index of a user entry, or -1. */
    userIndex(name) {
        return this.ed.indexWhere(['users'], 'name', name);
    }
    /** Index of a group entry, or -1. */
    groupIndex(name) {
        return this.ed.indexWhere(['groups'], 'name', name);
    }
    /** Names of every user entry. */
    userNames() {
        return namesAt(this.ed, ['users']);
    }
    /** Names of every group entry. */
    groupNames() {
        return namesAt(this.ed, ['groups']);
    }
    /** Index of a user entry; an unknown name is an input error that lists the users. */
    requireUser(name) {
        const i = this.userIndex(name);
        if (i < 0) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-user',
                    message: `no user "${name}" in ${this.files.file}`,
                    value: name,
                    fix: `use one of ${this.userNames().join(', ') || '(no users yet)'}, or add the user with "rws users add ${name}"`,
                })]);
        }
        return i;
    }
    /** Index of a group entry; an unknown name is an input error that lists the groups. */
    requireGroup(name) {
        const i = this.groupIndex(name);
        if (i < 0) {
            throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                    code: 'unknown-group',
                    message: `no group "${name}" in ${this.files.file}`,
                    value: name,
                    fix: `use one of ${this.groupNames().join(', ') || '(no groups yet)'}, or create it with "rws groups add ${name}"`,
                })]);
        }
        return i;
    }
    /** Whether the last entry of a list is a flow mapping (`- { name: x }`); `fallback` when there is none. */
    itemsAreFlow(listPath, fallback) {
        const list = this.ed.node(listPath);
        const maps = (0, yaml_1.isSeq)(list) ? list.items.filter(yaml_1.isMap) : [];
        return maps.length > 0 ? maps[maps.length - 1].flow === true : fallback;
    }
    /** Whether the users' `key` lists (groups, ssh_keys) are written in flow style; `fallback` when none exist. */
    userListsAreFlow(key, fallback) {
        const users = this.ed.node(['users']);
        if (!(0, yaml_1.isSeq)(users))
            return fallback;
        for (const u of users.items) {
            if (!(0, yaml_1.isMap)(u))
                continue;
            const v = u.get(key, true);
            if ((0, yaml_1.isSeq)(v) && v.items.length > 0)
                return v.flow === true;
        }
        return fallback;
    }
    /** Strings of a list (empty when absent). */
    strings(listPath) {
        const v = this.ed.value(listPath);
        return Array.isArray(v) ? v.map((x) => String(x)) : [];
    }
    /** Removes every item equal to `value` from a list of strings; returns how many. */
    removeString(listPath, value) {
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
    commit(out) {
        const text = this.ed.text;
        let registry;
        try {
            registry = users_1.UserRegistry.fromYaml(text, this.files.file, this.files.lockText);
        }
        catch (e) {
            if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
                throw e;
            throw new error_1.WorkspaceInputError(e.diagnostics.map((d) => fixLockName(d, this.files)), `${this.files.file}: the edit was rejected and nothing was written (lines refer to the file as it would be after the edit):`);
        }
        assertIdsKept(this.files.lockText, registry.lockContent, this.files.lockFile);
        registryWarnings(registry.warnings).forEach((w) => out.warnDiagnostic(fixLockName(w, this.files)));
        // Nothing is renamed until both temporary files are written; both files are checked for
        // changes by someone else since they were read.
        const writes = [];
        const lockFile = this.files.lockFile;
        if (this.files.lockText !== registry.lockContent)
            writes.push({ file: lockFile, content: registry.lockContent, expected: this.files.lockText });
        if (this.files.text !== text)
            writes.push({ file: this.files.file, content: text, expected: this.files.text });
        writeAllAtomically(writes);
        return registry;
    }
}
exports.RegistryEdit = RegistryEdit;
function namesAt(ed, listPath) {
    const v = ed.value(listPath);
    return Array.isArray(v) ? v.filter((x) => x && typeof x === 'object' && typeof x.name === 'string').map((x) => x.name) : [];
}
/** Belt and braces over the model's lock: every name that had an id still has the same id. */
function assertIdsKept(oldLock, newLock, lockFile) {
    if (oldLock === undefined)
        return;
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
function writeAllAtomically(writes) {
    const staged = [];
    try {
        for (const w of writes) {
            const exists = fs.existsSync(w.file);
            const current = exists ? fs.readFileSync(w.file, 'utf8') : undefined;
            if (current !== w.expected) {
                throw new command_1.CliInputError(`${w.file} was changed by something else while rws was editing it; nothing was written. Fix: run the command again`);
            }
            const target = exists ? fs.realpathSync(w.file) : path.resolve(w.file);
            const mode = exists ? fs.statSync(target).mode % 0o1000 : undefined; // permission bits
            const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
            const fd = fs.openSync(tmp, 'wx', 0o666); // a new file gets the umask's mode
            staged.push({ tmp, target });
            try {
                fs.writeFileSync(fd, w.content);
                fs.fsyncSync(fd);
            }
            finally {
                fs.closeSync(fd);
            }
            if (mode !== undefined)
                fs.chmodSync(tmp, mode);
        }
        for (const s of staged)
            fs.renameSync(s.tmp, s.target);
    }
    catch (e) {
        for (const s of staged)
            fs.rmSync(s.tmp, { force: true });
        throw e;
    }
}
/**
 * Reads the public keys of a key file (one per line; blank and # lines skipped). Every bad
 * line is reported with the file and line; the key material is never echoed.
 */
function readKeyFile(ctx, file) {
    const shown = (0, sources_1.userPath)(ctx, file);
    let text;
    try {
        // Size-limited: a key file is a few hundred bytes, never a disk image read into memory.
        text = (0, input_files_1.readInputText)(path.resolve(ctx.cwd, file), 'key');
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
            throw e;
        const d = e.diagnostics[0];
        throw new error_1.WorkspaceInputError([(0, error_1.problem)({
                code: d.code,
                message: d.message,
                location: { file: shown },
                fix: d.code === 'file-too-large' ? d.fix ?? 'give a public key file (.pub)' : 'give the path of a public key file, e.g. ~/.ssh/id_ed25519.pub',
            })]);
    }
    const problems = [];
    const keys = [];
    const lines = text.split(/\r?\n/);
    if (/PRIVATE KEY/.test(text)) {
        problems.push((0, error_1.problem)({
            code: 'invalid-ssh-key',
            message: 'this is a private key file',
            location: { file: shown },
            fix: 'give the public key (the .pub file beside it) and keep the private key secret',
        }));
    }
    else {
        lines.forEach((raw, i) => {
            const line = raw.trim();
            if (line === '' || line.startsWith('#'))
                return;
            try {
                keys.push((0, ssh_key_1.parseSshPublicKey)(line));
            }
            catch (e) {
                if (!(e instanceof ssh_key_1.KeyFormatError))
                    throw e;
                problems.push((0, error_1.problem)({
                    code: 'invalid-ssh-key',
                    message: `not a valid SSH public key: ${e.message}`,
                    location: { file: shown, line: i + 1, column: 1 },
                    fix: 'give a public key file made by ssh-keygen, e.g. ~/.ssh/id_ed25519.pub (ssh-keygen -t ed25519)',
                }));
            }
        });
        if (problems.length === 0 && keys.length === 0) {
            problems.push((0, error_1.problem)({ code: 'invalid-ssh-key', message: 'the file holds no public key', location: { file: shown }, fix: 'give a .pub file made by ssh-keygen' }));
        }
    }
    if (problems.length)
        throw new error_1.WorkspaceInputError(problems);
    return keys;
}
/** The fingerprints of key lines, skipping lines that do not parse. */
function fingerprints(lines) {
    return lines.map((l) => {
        try {
            return (0, ssh_key_1.parseSshPublicKey)(l).fingerprint;
        }
        catch {
            return undefined;
        }
    });
}
/**
 * Commits an edit and reports it: the result line (or JSON) on stdout, which files were
 * written on stderr. An edit that changes nothing writes nothing.
 */
function finish(ctx, edit, result) {
    if (!edit.changed) {
        ctx.out.note(`nothing to change; ${edit.files.file} is untouched`);
        if (ctx.out.json && edit.before)
            ctx.out.printJson(result(edit.before).json);
        return command_1.EXIT_OK;
    }
    const registry = edit.commit(ctx.out);
    const r = result(registry);
    if (ctx.out.json)
        ctx.out.printJson(r.json);
    else
        ctx.out.line(r.text);
    const lock = edit.files.lockText === registry.lockContent ? 'unchanged' : 'updated';
    ctx.out.note(`${edit.isNew ? 'created' : 'updated'} ${edit.files.file}; ${edit.files.lockFile} ${lock}`);
    return command_1.EXIT_OK;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVnaXN0cnkuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL3JlZ2lzdHJ5LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQStDQSw4Q0FjQztBQU1ELG9DQWFDO0FBR0QsNENBRUM7QUFNRCxrQ0FLQztBQUdELGtDQW1CQztBQXlKRCxzQ0FZQztBQU9ELGdEQTJCQztBQU1ELGtDQWdEQztBQUdELG9DQVFDO0FBTUQsd0JBYUM7QUFqWkQsK0NBQWlDO0FBQ2pDLHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsK0JBQW9DO0FBQ3BDLHVDQUFtRTtBQUVuRSx1Q0FBcUM7QUFDckMsMkNBQXlDO0FBRXpDLHVEQUEyRTtBQUMzRSxtRUFBa0U7QUFDbEUsbUVBQStEO0FBQy9ELG1EQUF3RjtBQUN4RiwrQ0FBbUQ7QUFFbkQsbUZBQW1GO0FBQ25GLE1BQU0sWUFBWSxHQUFHO0lBQ25CLGlHQUFpRztJQUNqRyxzR0FBc0c7SUFDdEcsRUFBRTtDQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBMEJiLGtGQUFrRjtBQUNsRixTQUFnQixpQkFBaUIsQ0FBQyxHQUFZLEVBQUUsS0FBWSxFQUFFLE1BQWU7SUFDM0UsTUFBTSxJQUFJLEdBQUcsSUFBQSxrQkFBUSxFQUFDLEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxJQUFJLFlBQVksQ0FBQyxDQUFDO0lBQ2xFLE1BQU0sUUFBUSxHQUFHLG9CQUFZLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2hELE1BQU0sTUFBTSxHQUFHLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDbkMsSUFBSSxDQUFDLE1BQU0sSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQ3ZCLE1BQU0sSUFBSSx1QkFBYSxDQUFDLHVCQUF1QixJQUFJLHNHQUFzRyxDQUFDLENBQUM7SUFDN0osQ0FBQztJQUNELElBQUksTUFBTSxJQUFJLENBQUMsRUFBRSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUU7UUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLElBQUkseUVBQXlFLENBQUMsQ0FBQztJQUNySixPQUFPO1FBQ0wsSUFBSTtRQUNKLFFBQVE7UUFDUixJQUFJLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFBLDJCQUFhLEVBQUMsSUFBSSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQzFELFFBQVEsRUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFBLDJCQUFhLEVBQUMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO0tBQ2hGLENBQUM7QUFDSixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsWUFBWSxDQUFDLEdBQVksRUFBRSxLQUFZO0lBQ3JELE1BQU0sS0FBSyxHQUFHLGlCQUFpQixDQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDbkQsTUFBTSxRQUFRLEdBQUcsb0JBQVksQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLElBQUssRUFBRSxLQUFLLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztJQUNoRixnQkFBZ0IsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLGNBQWMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNsRyxJQUFJLEtBQUssQ0FBQyxRQUFRLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDakMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsU0FBUyxLQUFLLENBQUMsUUFBUSwrRUFBK0UsQ0FBQyxDQUFDO0lBQ3ZILENBQUM7U0FBTSxJQUFJLFFBQVEsQ0FBQyxXQUFXLEVBQUUsQ0FBQztRQUNoQyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxTQUFTLEtBQUssQ0FBQyxRQUFRLHdCQUF3QixLQUFLLENBQUMsSUFBSSxnREFBZ0QsQ0FBQyxDQUFDO0lBQzFILENBQUM7SUFDRCwyRkFBMkY7SUFDM0YseUNBQXlDO0lBQ3pDLE1BQU0sSUFBSSxHQUFHLElBQUksd0JBQVUsQ0FBQyxLQUFLLENBQUMsSUFBSyxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFXLENBQUM7SUFDakUsT0FBTyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLFdBQVcsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxJQUFJLElBQUksT0FBTyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7QUFDN0osQ0FBQztBQUVELGlHQUFpRztBQUNqRyxTQUFnQixnQkFBZ0IsQ0FBQyxJQUFrQjtJQUNqRCxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLGVBQWUsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUM7QUFDcEYsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxDQUFhLEVBQUUsS0FBb0I7SUFDN0QsTUFBTSxLQUFLLEdBQUcsR0FBRyxLQUFLLENBQUMsSUFBSSxZQUFZLENBQUM7SUFDeEMsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFxQixFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7SUFDbkcsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDO0lBQ25HLE9BQU8sRUFBRSxHQUFHLENBQUMsRUFBRSxPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUUsRUFBRSxHQUFHLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQztBQUN2RSxDQUFDO0FBRUQsd0dBQXdHO0FBQ3hHLFNBQWdCLFdBQVcsQ0FBQyxFQUE2QixFQUFFLEdBQVk7SUFDckUsTUFBTSxJQUFJLEdBQUcsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7SUFDbkMsSUFBSSxJQUFJLEtBQUssU0FBUyxJQUFJLElBQUksS0FBSyxJQUFJO1FBQUUsT0FBTyxFQUFFLENBQUM7SUFDbkQsSUFBSSxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUN6QixHQUFHLEVBQUUsSUFBSSxDQUFDLGlFQUFpRSxDQUFDLENBQUM7UUFDN0UsT0FBTyxFQUFFLENBQUM7SUFDWixDQUFDO0lBQ0QsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBTSxFQUFpQixFQUFFO1FBQzVDLElBQUksQ0FBQyxDQUFDLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLE9BQU8sQ0FBQyxDQUFDLElBQUksS0FBSyxRQUFRLEVBQUUsQ0FBQztZQUM5RCxHQUFHLEVBQUUsSUFBSSxDQUFDLHNEQUFzRCxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUNyRixPQUFPLEVBQUUsQ0FBQztRQUNaLENBQUM7UUFDRCxPQUFPLENBQUM7Z0JBQ04sSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO2dCQUNaLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxHQUFHLEtBQUssUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxTQUFTO2dCQUNsRCxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksS0FBSyxVQUFVLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsUUFBUTtnQkFDbkQsU0FBUyxFQUFFLENBQUMsQ0FBQyxVQUFVLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDO2FBQ3pFLENBQUMsQ0FBQztJQUNMLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFhLFlBQVk7SUFPSztJQU41QixzQ0FBc0M7SUFDdEIsRUFBRSxDQUFhO0lBQy9CLGlFQUFpRTtJQUNqRCxNQUFNLENBQWdCO0lBQ3JCLFFBQVEsQ0FBUztJQUVsQyxZQUE0QixLQUFvQjtRQUFwQixVQUFLLEdBQUwsS0FBSyxDQUFlO1FBQzlDLElBQUksQ0FBQyxRQUFRLEdBQUcsS0FBSyxDQUFDLElBQUksSUFBSSxZQUFZLENBQUM7UUFDM0MsS0FBSyxJQUFJLHdCQUFVLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyw0REFBNEQ7UUFDNUcsSUFBSSxDQUFDLEVBQUUsR0FBRyxJQUFJLHNCQUFVLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQ3hDLElBQUksQ0FBQztZQUNILElBQUksQ0FBQyxNQUFNLEdBQUcsb0JBQVksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLFFBQVEsRUFBRSxLQUFLLENBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNqRixDQUFDO1FBQUMsTUFBTSxDQUFDO1lBQ1AsSUFBSSxDQUFDLE1BQU0sR0FBRyxTQUFTLENBQUMsQ0FBQyxzRUFBc0U7UUFDakcsQ0FBQztJQUNILENBQUM7SUFFRCxtQ0FBbUM7SUFDbkMsSUFBVyxLQUFLO1FBQ2QsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUM7SUFDdkMsQ0FBQztJQUVELGdDQUFnQztJQUNoQyxJQUFXLE9BQU87UUFDaEIsT0FBTyxJQUFJLENBQUMsRUFBRSxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsUUFBUSxDQUFDO0lBQ3hDLENBQUM7SUFFRCxvQ0FBb0M7SUFDN0IsU0FBUyxDQUFDLElBQVk7UUFDM0IsT0FBTyxJQUFJLENBQUMsRUFBRSxDQUFDLFVBQVUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztJQUNyRCxDQUFDO0lBRUQscUNBQXFDO0lBQzlCLFVBQVUsQ0FBQyxJQUFZO1FBQzVCLE9BQU8sSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDdEQsQ0FBQztJQUVELGlDQUFpQztJQUMxQixTQUFTO1FBQ2QsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUM7SUFDckMsQ0FBQztJQUVELGtDQUFrQztJQUMzQixVQUFVO1FBQ2YsT0FBTyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7SUFDdEMsQ0FBQztJQUVELHFGQUFxRjtJQUM5RSxXQUFXLENBQUMsSUFBWTtRQUM3QixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQy9CLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQ1YsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUMsSUFBQSxlQUFPLEVBQUM7b0JBQ3JDLElBQUksRUFBRSxjQUFjO29CQUNwQixPQUFPLEVBQUUsWUFBWSxJQUFJLFFBQVEsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUU7b0JBQ2xELEtBQUssRUFBRSxJQUFJO29CQUNYLEdBQUcsRUFBRSxjQUFjLElBQUksQ0FBQyxTQUFTLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksZ0JBQWdCLHlDQUF5QyxJQUFJLEdBQUc7aUJBQ25ILENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDUCxDQUFDO1FBQ0QsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRUQsdUZBQXVGO0lBQ2hGLFlBQVksQ0FBQyxJQUFZO1FBQzlCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDaEMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDVixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztvQkFDckMsSUFBSSxFQUFFLGVBQWU7b0JBQ3JCLE9BQU8sRUFBRSxhQUFhLElBQUksUUFBUSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRTtvQkFDbkQsS0FBSyxFQUFFLElBQUk7b0JBQ1gsR0FBRyxFQUFFLGNBQWMsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxpQkFBaUIsdUNBQXVDLElBQUksR0FBRztpQkFDbkgsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNQLENBQUM7UUFDRCxPQUFPLENBQUMsQ0FBQztJQUNYLENBQUM7SUFFRCwyR0FBMkc7SUFDcEcsWUFBWSxDQUFDLFFBQWdDLEVBQUUsUUFBaUI7UUFDckUsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDcEMsTUFBTSxJQUFJLEdBQUcsSUFBQSxZQUFLLEVBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLFlBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDekQsT0FBTyxJQUFJLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDO0lBQzFFLENBQUM7SUFFRCwrR0FBK0c7SUFDeEcsZ0JBQWdCLENBQUMsR0FBVyxFQUFFLFFBQWlCO1FBQ3BELE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQztRQUN0QyxJQUFJLENBQUMsSUFBQSxZQUFLLEVBQUMsS0FBSyxDQUFDO1lBQUUsT0FBTyxRQUFRLENBQUM7UUFDbkMsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLENBQUMsS0FBSyxFQUFFLENBQUM7WUFDNUIsSUFBSSxDQUFDLElBQUEsWUFBSyxFQUFDLENBQUMsQ0FBQztnQkFBRSxTQUFTO1lBQ3hCLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQzNCLElBQUksSUFBQSxZQUFLLEVBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQztnQkFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDO1FBQzdELENBQUM7UUFDRCxPQUFPLFFBQVEsQ0FBQztJQUNsQixDQUFDO0lBRUQsNkNBQTZDO0lBQ3RDLE9BQU8sQ0FBQyxRQUFnQztRQUM3QyxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNsQyxPQUFPLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7SUFDekQsQ0FBQztJQUVELG9GQUFvRjtJQUM3RSxZQUFZLENBQUMsUUFBZ0MsRUFBRSxLQUFhO1FBQ2pFLElBQUksT0FBTyxHQUFHLENBQUMsQ0FBQztRQUNoQixLQUFLLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLENBQUMsV0FBVyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxDQUFDLENBQUMsV0FBVyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDOUcsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsUUFBUSxFQUFFLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQztZQUM5QyxPQUFPLEVBQUUsQ0FBQztRQUNaLENBQUM7UUFDRCxPQUFPLE9BQU8sQ0FBQztJQUNqQixDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLE1BQU0sQ0FBQyxHQUFXO1FBQ3ZCLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDO1FBQzFCLElBQUksUUFBc0IsQ0FBQztRQUMzQixJQUFJLENBQUM7WUFDSCxRQUFRLEdBQUcsb0JBQVksQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDL0UsQ0FBQztRQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7WUFDWCxJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO2dCQUFFLE1BQU0sQ0FBQyxDQUFDO1lBQzNELE1BQU0sSUFBSSwyQkFBbUIsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFDaEYsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksMEdBQTBHLENBQUMsQ0FBQztRQUNsSSxDQUFDO1FBQ0QsYUFBYSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUSxFQUFFLFFBQVEsQ0FBQyxXQUFXLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUM5RSxnQkFBZ0IsQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsY0FBYyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUVuRyx3RkFBd0Y7UUFDeEYsZ0RBQWdEO1FBQ2hELE1BQU0sTUFBTSxHQUFnRSxFQUFFLENBQUM7UUFDL0UsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUM7UUFDckMsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsS0FBSyxRQUFRLENBQUMsV0FBVztZQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUM7UUFDaEosSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksS0FBSyxJQUFJO1lBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDL0csa0JBQWtCLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDM0IsT0FBTyxRQUFRLENBQUM7SUFDbEIsQ0FBQztDQUNGO0FBMUlELG9DQTBJQztBQUVELFNBQVMsT0FBTyxDQUFDLEVBQWMsRUFBRSxRQUFrQjtJQUNqRCxNQUFNLENBQUMsR0FBRyxFQUFFLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQzdCLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVEsSUFBSSxPQUFPLENBQUMsQ0FBQyxJQUFJLEtBQUssUUFBUSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztBQUM5SCxDQUFDO0FBRUQsOEZBQThGO0FBQzlGLFNBQWdCLGFBQWEsQ0FBQyxPQUEyQixFQUFFLE9BQWUsRUFBRSxRQUFnQjtJQUMxRixJQUFJLE9BQU8sS0FBSyxTQUFTO1FBQUUsT0FBTztJQUNsQyxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ25DLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLENBQUM7SUFDbEMsS0FBSyxNQUFNLElBQUksSUFBSSxDQUFDLE9BQU8sRUFBRSxRQUFRLENBQUMsRUFBRSxDQUFDO1FBQ3ZDLE1BQU0sUUFBUSxHQUFHLEVBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxPQUFPLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDOUUsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLEVBQUUsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsRUFBRSxHQUFHLENBQUMsTUFBTSxDQUFDLE9BQU8sRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7WUFDeEcsSUFBSSxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUM7Z0JBQzFCLE1BQU0sSUFBSSxLQUFLLENBQUMsbURBQW1ELElBQUksS0FBSyxPQUFPLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLElBQUksUUFBUSxRQUFRLEtBQUssRUFBRSxPQUFPLFFBQVEsQ0FBQyxJQUFJLENBQUMsd0JBQXdCLENBQUMsQ0FBQztZQUN2TCxDQUFDO1FBQ0gsQ0FBQztJQUNILENBQUM7QUFDSCxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLGtCQUFrQixDQUFDLE1BQW1FO0lBQ3BHLE1BQU0sTUFBTSxHQUEyQyxFQUFFLENBQUM7SUFDMUQsSUFBSSxDQUFDO1FBQ0gsS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNLEVBQUUsQ0FBQztZQUN2QixNQUFNLE1BQU0sR0FBRyxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUNyQyxNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO1lBQ3JFLElBQUksT0FBTyxLQUFLLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQztnQkFDM0IsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSwwR0FBMEcsQ0FBQyxDQUFDO1lBQy9JLENBQUM7WUFDRCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUN2RSxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsa0JBQWtCO1lBQ3ZGLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsRUFBRSxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLElBQUksT0FBTyxDQUFDLEdBQUcsSUFBSSxNQUFNLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsTUFBTSxDQUFDLENBQUM7WUFDckksTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDLFFBQVEsQ0FBQyxHQUFHLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsbUNBQW1DO1lBQzdFLE1BQU0sQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQztZQUM3QixJQUFJLENBQUM7Z0JBQ0gsRUFBRSxDQUFDLGFBQWEsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUNoQyxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ25CLENBQUM7b0JBQVMsQ0FBQztnQkFDVCxFQUFFLENBQUMsU0FBUyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ25CLENBQUM7WUFDRCxJQUFJLElBQUksS0FBSyxTQUFTO2dCQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2xELENBQUM7UUFDRCxLQUFLLE1BQU0sQ0FBQyxJQUFJLE1BQU07WUFBRSxFQUFFLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO0lBQ3pELENBQUM7SUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQ1gsS0FBSyxNQUFNLENBQUMsSUFBSSxNQUFNO1lBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDMUQsTUFBTSxDQUFDLENBQUM7SUFDVixDQUFDO0FBQ0gsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxHQUFZLEVBQUUsSUFBWTtJQUNwRCxNQUFNLEtBQUssR0FBRyxJQUFBLGtCQUFRLEVBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO0lBQ2xDLElBQUksSUFBWSxDQUFDO0lBQ2pCLElBQUksQ0FBQztRQUNILHdGQUF3RjtRQUN4RixJQUFJLEdBQUcsSUFBQSwyQkFBYSxFQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsRUFBRSxLQUFLLENBQUMsQ0FBQztJQUMzRCxDQUFDO0lBQUMsT0FBTyxDQUFNLEVBQUUsQ0FBQztRQUNoQixJQUFJLENBQUMsMkJBQW1CLENBQUMscUJBQXFCLENBQUMsQ0FBQyxDQUFDO1lBQUUsTUFBTSxDQUFDLENBQUM7UUFDM0QsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMzQixNQUFNLElBQUksMkJBQW1CLENBQUMsQ0FBQyxJQUFBLGVBQU8sRUFBQztnQkFDckMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO2dCQUNaLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztnQkFDbEIsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtnQkFDekIsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLEtBQUssZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksK0JBQStCLENBQUMsQ0FBQyxDQUFDLGdFQUFnRTthQUMvSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ1AsQ0FBQztJQUNELE1BQU0sUUFBUSxHQUFpQixFQUFFLENBQUM7SUFDbEMsTUFBTSxJQUFJLEdBQW1CLEVBQUUsQ0FBQztJQUNoQyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ2xDLElBQUksYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1FBQzdCLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBQSxlQUFPLEVBQUM7WUFDcEIsSUFBSSxFQUFFLGlCQUFpQjtZQUN2QixPQUFPLEVBQUUsNEJBQTRCO1lBQ3JDLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7WUFDekIsR0FBRyxFQUFFLCtFQUErRTtTQUNyRixDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7U0FBTSxDQUFDO1FBQ04sS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLEVBQUUsRUFBRTtZQUN2QixNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDeEIsSUFBSSxJQUFJLEtBQUssRUFBRSxJQUFJLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDO2dCQUFFLE9BQU87WUFDaEQsSUFBSSxDQUFDO2dCQUNILElBQUksQ0FBQyxJQUFJLENBQUMsSUFBQSwyQkFBaUIsRUFBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQ3JDLENBQUM7WUFBQyxPQUFPLENBQUMsRUFBRSxDQUFDO2dCQUNYLElBQUksQ0FBQyxDQUFDLENBQUMsWUFBWSx3QkFBYyxDQUFDO29CQUFFLE1BQU0sQ0FBQyxDQUFDO2dCQUM1QyxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUEsZUFBTyxFQUFDO29CQUNwQixJQUFJLEVBQUUsaUJBQWlCO29CQUN2QixPQUFPLEVBQUUsK0JBQStCLENBQUMsQ0FBQyxPQUFPLEVBQUU7b0JBQ25ELFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRTtvQkFDakQsR0FBRyxFQUFFLCtGQUErRjtpQkFDckcsQ0FBQyxDQUFDLENBQUM7WUFDTixDQUFDO1FBQ0gsQ0FBQyxDQUFDLENBQUM7UUFDSCxJQUFJLFFBQVEsQ0FBQyxNQUFNLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDL0MsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFBLGVBQU8sRUFBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsOEJBQThCLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxFQUFFLEdBQUcsRUFBRSxxQ0FBcUMsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN0SyxDQUFDO0lBQ0gsQ0FBQztJQUNELElBQUksUUFBUSxDQUFDLE1BQU07UUFBRSxNQUFNLElBQUksMkJBQW1CLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDN0QsT0FBTyxJQUFJLENBQUM7QUFDZCxDQUFDO0FBRUQsdUVBQXVFO0FBQ3ZFLFNBQWdCLFlBQVksQ0FBQyxLQUFlO0lBQzFDLE9BQU8sS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1FBQ3JCLElBQUksQ0FBQztZQUNILE9BQU8sSUFBQSwyQkFBaUIsRUFBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUM7UUFDMUMsQ0FBQztRQUFDLE1BQU0sQ0FBQztZQUNQLE9BQU8sU0FBUyxDQUFDO1FBQ25CLENBQUM7SUFDSCxDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixNQUFNLENBQUMsR0FBWSxFQUFFLElBQWtCLEVBQUUsTUFBNEQ7SUFDbkgsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQztRQUNsQixHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxzQkFBc0IsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLGVBQWUsQ0FBQyxDQUFDO1FBQ25FLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLE1BQU07WUFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzdFLE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0lBQ0QsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDdEMsTUFBTSxDQUFDLEdBQUcsTUFBTSxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQzNCLElBQUksR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJO1FBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDOztRQUN2QyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDMUIsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxRQUFRLEtBQUssUUFBUSxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7SUFDcEYsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVEsSUFBSSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQ3pHLE9BQU8saUJBQU8sQ0FBQztBQUNqQixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgaXNNYXAsIGlzU2VxIH0gZnJvbSAneWFtbCc7XG5pbXBvcnQgeyBDbGlJbnB1dEVycm9yLCBDb250ZXh0LCBFWElUX09LLCBJbnB1dCB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBPdXRwdXQgfSBmcm9tICcuL291dHB1dCc7XG5pbXBvcnQgeyB1c2VyUGF0aCB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgeyBZYW1sRWRpdG9yIH0gZnJvbSAnLi95YW1sLWVkaXQnO1xuaW1wb3J0IHsgRGlhZ25vc3RpYyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvZXJyb3JzJztcbmltcG9ydCB7IHByb2JsZW0sIFdvcmtzcGFjZUlucHV0RXJyb3IgfSBmcm9tICcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvZXJyb3InO1xuaW1wb3J0IHsgcmVhZElucHV0VGV4dCB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9pbnB1dC1maWxlcyc7XG5pbXBvcnQgeyBZYW1sU291cmNlIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3lhbWwtc291cmNlJztcbmltcG9ydCB7IEtleUZvcm1hdEVycm9yLCBwYXJzZVNzaFB1YmxpY0tleSwgU3NoUHVibGljS2V5IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9zc2gta2V5JztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvdXNlcnMnO1xuXG4vKiogVGV4dCBvZiBhIHJlZ2lzdHJ5IGNyZWF0ZWQgYnkgdGhlIGZpcnN0IGByd3MgdXNlcnMgYWRkYCBvciBgcndzIGdyb3VwcyBhZGRgLiAqL1xuY29uc3QgTkVXX1JFR0lTVFJZID0gW1xuICAnIyBSZXNlYXJjaCB1c2VycyBhbmQgZ3JvdXBzIG9mIHRoZSBsYWIsIGVkaXRlZCB3aXRoIFwicndzIHVzZXJzXCIgYW5kIFwicndzIGdyb3Vwc1wiIChkb2NzL2NsaS5tZCkuJyxcbiAgJyMgSWRzIGFyZSBhc3NpZ25lZCBvbiBmaXJzdCB1c2UgYW5kIHJlY29yZGVkIGluIHVzZXJzLmxvY2suanNvbiBiZXNpZGUgdGhpcyBmaWxlOiBjb21taXQgYm90aCBmaWxlcy4nLFxuICAnJyxcbl0uam9pbignXFxuJyk7XG5cbi8qKiBBIHJlbW92ZWQgdXNlciwgYXMgcmVjb3JkZWQgdW5kZXIgYHJlbW92ZWQ6YCBpbiB0aGUgcmVnaXN0cnkuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlbW92ZWRVc2VyIHtcbiAgLyoqIExvZ2luIG5hbWUuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSByZXRpcmVkIHVpZCAobmV2ZXIgZ2l2ZW4gdG8gYW55b25lIGVsc2UpLiAqL1xuICByZWFkb25seSB1aWQ/OiBudW1iZXI7XG4gIC8qKiBXaGF0IGhhcHBlbnMgdG8gdGhlIHVzZXIncyBob21lIGRpcmVjdG9yeSBvbiBzaGFyZWQgc3RvcmFnZS4gKi9cbiAgcmVhZG9ubHkgZGF0YTogJ3ByZXNlcnZlJyB8ICdkZWxldGUnO1xuICAvKiogRGF5IG9mIHJlbW92YWwgKFlZWVktTU0tREQpLiAqL1xuICByZWFkb25seSByZW1vdmVkT24/OiBzdHJpbmc7XG59XG5cbi8qKiBUaGUgcmVnaXN0cnkgZmlsZSBhbmQgaXRzIGxvY2ssIGFzIHJlYWQgZnJvbSBkaXNrLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWdpc3RyeUZpbGVzIHtcbiAgLyoqIFJlZ2lzdHJ5IHBhdGggYXMgc2hvd24gaW4gbWVzc2FnZXMuICovXG4gIHJlYWRvbmx5IGZpbGU6IHN0cmluZztcbiAgLyoqIExvY2sgcGF0aCAoYDxuYW1lPi5sb2NrLmpzb25gIGJlc2lkZSB0aGUgcmVnaXN0cnkpLiAqL1xuICByZWFkb25seSBsb2NrRmlsZTogc3RyaW5nO1xuICAvKiogUmVnaXN0cnkgdGV4dCwgdW5kZWZpbmVkIHdoZW4gdGhlIGZpbGUgZG9lcyBub3QgZXhpc3QgeWV0LiAqL1xuICByZWFkb25seSB0ZXh0Pzogc3RyaW5nO1xuICAvKiogTG9jayB0ZXh0LCB1bmRlZmluZWQgd2hlbiB0aGVyZSBpcyBubyBsb2NrIHlldC4gKi9cbiAgcmVhZG9ubHkgbG9ja1RleHQ/OiBzdHJpbmc7XG59XG5cbi8qKiBSZWFkcyB0aGUgcmVnaXN0cnkgbmFtZWQgYnkgLS1yZWdpc3RyeSAoZGVmYXVsdCAuL3VzZXJzLnlhbWwpIGFuZCBpdHMgbG9jay4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkUmVnaXN0cnlGaWxlcyhjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCwgY3JlYXRlOiBib29sZWFuKTogUmVnaXN0cnlGaWxlcyB7XG4gIGNvbnN0IGZpbGUgPSB1c2VyUGF0aChjdHgsIGlucHV0LnN0cigncmVnaXN0cnknKSA/PyAndXNlcnMueWFtbCcpO1xuICBjb25zdCBsb2NrRmlsZSA9IFVzZXJSZWdpc3RyeS5sb2NrUGF0aEZvcihmaWxlKTtcbiAgY29uc3QgZXhpc3RzID0gZnMuZXhpc3RzU3luYyhmaWxlKTtcbiAgaWYgKCFleGlzdHMgJiYgIWNyZWF0ZSkge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGBubyB1c2VyIHJlZ2lzdHJ5IGF0ICR7ZmlsZX0uIEZpeDogY3JlYXRlIGl0IHdpdGggXCJyd3MgdXNlcnMgYWRkIDxuYW1lPlwiIChvciBcInJ3cyBncm91cHMgYWRkIDxuYW1lPlwiKSwgb3IgcGFzcyAtLXJlZ2lzdHJ5IDxmaWxlPmApO1xuICB9XG4gIGlmIChleGlzdHMgJiYgIWZzLnN0YXRTeW5jKGZpbGUpLmlzRmlsZSgpKSB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtmaWxlfSBpcyBub3QgYSBmaWxlLiBGaXg6IHBhc3MgdGhlIHJlZ2lzdHJ5IFlBTUwgZmlsZSB3aXRoIC0tcmVnaXN0cnkgPGZpbGU+YCk7XG4gIHJldHVybiB7XG4gICAgZmlsZSxcbiAgICBsb2NrRmlsZSxcbiAgICB0ZXh0OiBleGlzdHMgPyByZWFkSW5wdXRUZXh0KGZpbGUsICdyZWdpc3RyeScpIDogdW5kZWZpbmVkLFxuICAgIGxvY2tUZXh0OiBmcy5leGlzdHNTeW5jKGxvY2tGaWxlKSA/IHJlYWRJbnB1dFRleHQobG9ja0ZpbGUsICdsb2NrJykgOiB1bmRlZmluZWQsXG4gIH07XG59XG5cbi8qKlxuICogTG9hZHMgYSByZWdpc3RyeSBmb3IgcmVhZGluZywgcHJpbnRpbmcgaXRzIHdhcm5pbmdzIG9uIHN0ZGVyci4gTm90aGluZyBpcyB3cml0dGVuOyB3aGVuIHRoZVxuICogbG9jayBpcyBtaXNzaW5nIG9yIG91dCBvZiBkYXRlLCBhIG5vdGUgc2F5cyBzbyAodGhlIGlkcyBzaG93biBhcmUgdGhvc2UgdGhlIGxvY2sgd291bGQgZ2V0KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWRSZWdpc3RyeShjdHg6IENvbnRleHQsIGlucHV0OiBJbnB1dCk6IHsgcmVnaXN0cnk6IFVzZXJSZWdpc3RyeTsgZmlsZXM6IFJlZ2lzdHJ5RmlsZXM7IHJlbW92ZWQ6IFJlbW92ZWRVc2VyW10gfSB7XG4gIGNvbnN0IGZpbGVzID0gcmVhZFJlZ2lzdHJ5RmlsZXMoY3R4LCBpbnB1dCwgZmFsc2UpO1xuICBjb25zdCByZWdpc3RyeSA9IFVzZXJSZWdpc3RyeS5mcm9tWWFtbChmaWxlcy50ZXh0ISwgZmlsZXMuZmlsZSwgZmlsZXMubG9ja1RleHQpO1xuICByZWdpc3RyeVdhcm5pbmdzKHJlZ2lzdHJ5Lndhcm5pbmdzKS5mb3JFYWNoKCh3KSA9PiBjdHgub3V0Lndhcm5EaWFnbm9zdGljKGZpeExvY2tOYW1lKHcsIGZpbGVzKSkpO1xuICBpZiAoZmlsZXMubG9ja1RleHQgPT09IHVuZGVmaW5lZCkge1xuICAgIGN0eC5vdXQubm90ZShgbm90ZTogJHtmaWxlcy5sb2NrRmlsZX0gZG9lcyBub3QgZXhpc3QgeWV0OyB0aGUgaWRzIHNob3duIGFyZSB0aGUgb25lcyBcInJ3cyB1c2VycyBsb2NrXCIgd291bGQgcmVjb3JkYCk7XG4gIH0gZWxzZSBpZiAocmVnaXN0cnkubG9ja0NoYW5nZWQpIHtcbiAgICBjdHgub3V0Lm5vdGUoYG5vdGU6ICR7ZmlsZXMubG9ja0ZpbGV9IGlzIG91dCBvZiBkYXRlIHdpdGggJHtmaWxlcy5maWxlfTsgcnVuIFwicndzIHVzZXJzIGxvY2tcIiB0byByZWNvcmQgdGhlIGlkcyBzaG93bmApO1xuICB9XG4gIC8vIFRoZSBmYXN0IGxvYWRlciwgbm90IHRoZSBlZGl0b3IncyBwb3NpdGlvbi1rZWVwaW5nIHBhcnNlOiBsaXN0aW5nIDEwMCwwMDAgdXNlcnMgbXVzdCBub3RcbiAgLy8gYnVpbGQgYSBzeW50YXggdHJlZSBvZiB0aGUgd2hvbGUgZmlsZS5cbiAgY29uc3QgZGF0YSA9IG5ldyBZYW1sU291cmNlKGZpbGVzLnRleHQhLCBmaWxlcy5maWxlKS5kYXRhIGFzIGFueTtcbiAgcmV0dXJuIHsgcmVnaXN0cnksIGZpbGVzLCByZW1vdmVkOiByZWFkUmVtb3ZlZCh7IHZhbHVlOiAocCkgPT4gKHAubGVuZ3RoID09PSAxICYmIGRhdGEgJiYgdHlwZW9mIGRhdGEgPT09ICdvYmplY3QnID8gZGF0YVtwWzBdXSA6IHVuZGVmaW5lZCkgfSwgY3R4Lm91dCkgfTtcbn1cblxuLyoqIE1vZGVsIHdhcm5pbmdzLCB3aXRob3V0IHRoZSBvbmUgYWJvdXQgYHJlbW92ZWQ6YCAodGhlIENMSSdzIG93biBzZWN0aW9uOyBzZWUgZG9jcy9jbGkubWQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdHJ5V2FybmluZ3MobGlzdDogRGlhZ25vc3RpY1tdKTogRGlhZ25vc3RpY1tdIHtcbiAgcmV0dXJuIGxpc3QuZmlsdGVyKCh3KSA9PiAhKHcuY29kZSA9PT0gJ3Vua25vd24tZmllbGQnICYmIHcuZmllbGQgPT09ICdyZW1vdmVkJykpO1xufVxuXG4vKipcbiAqIGBVc2VyUmVnaXN0cnkuZnJvbVlhbWxgIG5hbWVzIGl0cyBsb2NrIGA8c291cmNlPi5sb2NrLmpzb25gIGluIG1lc3NhZ2VzOyB0aGUgZmlsZSByZWFsbHlcbiAqIGlzIGBVc2VyUmVnaXN0cnkubG9ja1BhdGhGb3Ioc291cmNlKWAuIFJld3JpdGVzIHRoZSBuYW1lIGluIGEgZGlhZ25vc3RpYy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpeExvY2tOYW1lKGQ6IERpYWdub3N0aWMsIGZpbGVzOiBSZWdpc3RyeUZpbGVzKTogRGlhZ25vc3RpYyB7XG4gIGNvbnN0IHdyb25nID0gYCR7ZmlsZXMuZmlsZX0ubG9jay5qc29uYDtcbiAgY29uc3QgZml4ID0gKHM6IHN0cmluZyB8IHVuZGVmaW5lZCkgPT4gKHMgPT09IHVuZGVmaW5lZCA/IHMgOiBzLnNwbGl0KHdyb25nKS5qb2luKGZpbGVzLmxvY2tGaWxlKSk7XG4gIGNvbnN0IGxvY2F0aW9uID0gZC5sb2NhdGlvbj8uZmlsZSA9PT0gd3JvbmcgPyB7IC4uLmQubG9jYXRpb24sIGZpbGU6IGZpbGVzLmxvY2tGaWxlIH0gOiBkLmxvY2F0aW9uO1xuICByZXR1cm4geyAuLi5kLCBtZXNzYWdlOiBmaXgoZC5tZXNzYWdlKSEsIGZpeDogZml4KGQuZml4KSwgbG9jYXRpb24gfTtcbn1cblxuLyoqIFJlYWRzIHRoZSBgcmVtb3ZlZDpgIGxpc3QgKGVudHJpZXMgdGhhdCBhcmUgbm90IG1hcHBpbmdzIHdpdGggYSBuYW1lIGFyZSBza2lwcGVkIHdpdGggYSB3YXJuaW5nKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkUmVtb3ZlZChlZDogUGljazxZYW1sRWRpdG9yLCAndmFsdWUnPiwgb3V0PzogT3V0cHV0KTogUmVtb3ZlZFVzZXJbXSB7XG4gIGNvbnN0IGxpc3QgPSBlZC52YWx1ZShbJ3JlbW92ZWQnXSk7XG4gIGlmIChsaXN0ID09PSB1bmRlZmluZWQgfHwgbGlzdCA9PT0gbnVsbCkgcmV0dXJuIFtdO1xuICBpZiAoIUFycmF5LmlzQXJyYXkobGlzdCkpIHtcbiAgICBvdXQ/Lndhcm4oJ3RoZSByZWdpc3RyeVxcJ3MgXCJyZW1vdmVkOlwiIHNlY3Rpb24gaXMgbm90IGEgbGlzdCBhbmQgaXMgaWdub3JlZCcpO1xuICAgIHJldHVybiBbXTtcbiAgfVxuICByZXR1cm4gbGlzdC5mbGF0TWFwKChlOiBhbnkpOiBSZW1vdmVkVXNlcltdID0+IHtcbiAgICBpZiAoIWUgfHwgdHlwZW9mIGUgIT09ICdvYmplY3QnIHx8IHR5cGVvZiBlLm5hbWUgIT09ICdzdHJpbmcnKSB7XG4gICAgICBvdXQ/Lndhcm4oYGFuIGVudHJ5IG9mIFwicmVtb3ZlZDpcIiBoYXMgbm8gbmFtZSBhbmQgaXMgaWdub3JlZDogJHtKU09OLnN0cmluZ2lmeShlKX1gKTtcbiAgICAgIHJldHVybiBbXTtcbiAgICB9XG4gICAgcmV0dXJuIFt7XG4gICAgICBuYW1lOiBlLm5hbWUsXG4gICAgICB1aWQ6IHR5cGVvZiBlLnVpZCA9PT0gJ251bWJlcicgPyBlLnVpZCA6IHVuZGVmaW5lZCxcbiAgICAgIGRhdGE6IGUuZGF0YSA9PT0gJ3ByZXNlcnZlJyA/ICdwcmVzZXJ2ZScgOiAnZGVsZXRlJyxcbiAgICAgIHJlbW92ZWRPbjogZS5yZW1vdmVkX29uID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBTdHJpbmcoZS5yZW1vdmVkX29uKSxcbiAgICB9XTtcbiAgfSk7XG59XG5cbi8qKlxuICogT25lIGVkaXQgb2YgdGhlIHJlZ2lzdHJ5OiBjaGFuZ2UgdGhlIFlBTUwgdGhyb3VnaCBgZWRgLCB0aGVuIGBjb21taXQoKWAuIFRoZSB3aG9sZSByZXN1bHQgaXNcbiAqIHZhbGlkYXRlZCB3aXRoIFVzZXJSZWdpc3RyeSAoaWRzIGFzc2lnbmVkLCBncm91cHMsIGtleXMsIG5hbWVzIGNoZWNrZWQpIGJlZm9yZSBhbnl0aGluZyBpc1xuICogd3JpdHRlbjsgYSByZWplY3RlZCBlZGl0IGxlYXZlcyBib3RoIGZpbGVzIHVudG91Y2hlZC5cbiAqL1xuZXhwb3J0IGNsYXNzIFJlZ2lzdHJ5RWRpdCB7XG4gIC8qKiBUaGUgcmVnaXN0cnkgdGV4dCBiZWluZyBlZGl0ZWQuICovXG4gIHB1YmxpYyByZWFkb25seSBlZDogWWFtbEVkaXRvcjtcbiAgLyoqIFRoZSByZWdpc3RyeSBhcyBpdCB3YXMgYmVmb3JlIHRoZSBlZGl0LCB3aGVuIGl0IHdhcyB2YWxpZC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGJlZm9yZT86IFVzZXJSZWdpc3RyeTtcbiAgcHJpdmF0ZSByZWFkb25seSBvcmlnaW5hbDogc3RyaW5nO1xuXG4gIGNvbnN0cnVjdG9yKHB1YmxpYyByZWFkb25seSBmaWxlczogUmVnaXN0cnlGaWxlcykge1xuICAgIHRoaXMub3JpZ2luYWwgPSBmaWxlcy50ZXh0ID8/IE5FV19SRUdJU1RSWTtcbiAgICB2b2lkIG5ldyBZYW1sU291cmNlKHRoaXMub3JpZ2luYWwsIGZpbGVzLmZpbGUpOyAvLyBhIGZpbGUgdGhhdCBkb2VzIG5vdCBwYXJzZTogdGhlIG1vZGVsJ3MgeWFtbC1zeW50YXggZXJyb3JcbiAgICB0aGlzLmVkID0gbmV3IFlhbWxFZGl0b3IodGhpcy5vcmlnaW5hbCk7XG4gICAgdHJ5IHtcbiAgICAgIHRoaXMuYmVmb3JlID0gVXNlclJlZ2lzdHJ5LmZyb21ZYW1sKHRoaXMub3JpZ2luYWwsIGZpbGVzLmZpbGUsIGZpbGVzLmxvY2tUZXh0KTtcbiAgICB9IGNhdGNoIHtcbiAgICAgIHRoaXMuYmVmb3JlID0gdW5kZWZpbmVkOyAvLyBhbiBlZGl0IG1heSBiZSB3aGF0IHJlcGFpcnMgaXQ7IHRoZSByZXN1bHQgaXMgdmFsaWRhdGVkIGluIGNvbW1pdCgpXG4gICAgfVxuICB9XG5cbiAgLyoqIFdoZXRoZXIgdGhlIGZpbGUgZXhpc3RzIHlldC4gKi9cbiAgcHVibGljIGdldCBpc05ldygpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5maWxlcy50ZXh0ID09PSB1bmRlZmluZWQ7XG4gIH1cblxuICAvKiogV2hldGhlciB0aGUgdGV4dCBjaGFuZ2VkLiAqL1xuICBwdWJsaWMgZ2V0IGNoYW5nZWQoKTogYm9vbGVhbiB7XG4gICAgcmV0dXJuIHRoaXMuZWQudGV4dCAhPT0gdGhpcy5vcmlnaW5hbDtcbiAgfVxuXG4gIC8qKiBJbmRleCBvZiBhIHVzZXIgZW50cnksIG9yIC0xLiAqL1xuICBwdWJsaWMgdXNlckluZGV4KG5hbWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZWQuaW5kZXhXaGVyZShbJ3VzZXJzJ10sICduYW1lJywgbmFtZSk7XG4gIH1cblxuICAvKiogSW5kZXggb2YgYSBncm91cCBlbnRyeSwgb3IgLTEuICovXG4gIHB1YmxpYyBncm91cEluZGV4KG5hbWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuZWQuaW5kZXhXaGVyZShbJ2dyb3VwcyddLCAnbmFtZScsIG5hbWUpO1xuICB9XG5cbiAgLyoqIE5hbWVzIG9mIGV2ZXJ5IHVzZXIgZW50cnkuICovXG4gIHB1YmxpYyB1c2VyTmFtZXMoKTogc3RyaW5nW10ge1xuICAgIHJldHVybiBuYW1lc0F0KHRoaXMuZWQsIFsndXNlcnMnXSk7XG4gIH1cblxuICAvKiogTmFtZXMgb2YgZXZlcnkgZ3JvdXAgZW50cnkuICovXG4gIHB1YmxpYyBncm91cE5hbWVzKCk6IHN0cmluZ1tdIHtcbiAgICByZXR1cm4gbmFtZXNBdCh0aGlzLmVkLCBbJ2dyb3VwcyddKTtcbiAgfVxuXG4gIC8qKiBJbmRleCBvZiBhIHVzZXIgZW50cnk7IGFuIHVua25vd24gbmFtZSBpcyBhbiBpbnB1dCBlcnJvciB0aGF0IGxpc3RzIHRoZSB1c2Vycy4gKi9cbiAgcHVibGljIHJlcXVpcmVVc2VyKG5hbWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgY29uc3QgaSA9IHRoaXMudXNlckluZGV4KG5hbWUpO1xuICAgIGlmIChpIDwgMCkge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3Byb2JsZW0oe1xuICAgICAgICBjb2RlOiAndW5rbm93bi11c2VyJyxcbiAgICAgICAgbWVzc2FnZTogYG5vIHVzZXIgXCIke25hbWV9XCIgaW4gJHt0aGlzLmZpbGVzLmZpbGV9YCxcbiAgICAgICAgdmFsdWU6IG5hbWUsXG4gICAgICAgIGZpeDogYHVzZSBvbmUgb2YgJHt0aGlzLnVzZXJOYW1lcygpLmpvaW4oJywgJykgfHwgJyhubyB1c2VycyB5ZXQpJ30sIG9yIGFkZCB0aGUgdXNlciB3aXRoIFwicndzIHVzZXJzIGFkZCAke25hbWV9XCJgLFxuICAgICAgfSldKTtcbiAgICB9XG4gICAgcmV0dXJuIGk7XG4gIH1cblxuICAvKiogSW5kZXggb2YgYSBncm91cCBlbnRyeTsgYW4gdW5rbm93biBuYW1lIGlzIGFuIGlucHV0IGVycm9yIHRoYXQgbGlzdHMgdGhlIGdyb3Vwcy4gKi9cbiAgcHVibGljIHJlcXVpcmVHcm91cChuYW1lOiBzdHJpbmcpOiBudW1iZXIge1xuICAgIGNvbnN0IGkgPSB0aGlzLmdyb3VwSW5kZXgobmFtZSk7XG4gICAgaWYgKGkgPCAwKSB7XG4gICAgICB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihbcHJvYmxlbSh7XG4gICAgICAgIGNvZGU6ICd1bmtub3duLWdyb3VwJyxcbiAgICAgICAgbWVzc2FnZTogYG5vIGdyb3VwIFwiJHtuYW1lfVwiIGluICR7dGhpcy5maWxlcy5maWxlfWAsXG4gICAgICAgIHZhbHVlOiBuYW1lLFxuICAgICAgICBmaXg6IGB1c2Ugb25lIG9mICR7dGhpcy5ncm91cE5hbWVzKCkuam9pbignLCAnKSB8fCAnKG5vIGdyb3VwcyB5ZXQpJ30sIG9yIGNyZWF0ZSBpdCB3aXRoIFwicndzIGdyb3VwcyBhZGQgJHtuYW1lfVwiYCxcbiAgICAgIH0pXSk7XG4gICAgfVxuICAgIHJldHVybiBpO1xuICB9XG5cbiAgLyoqIFdoZXRoZXIgdGhlIGxhc3QgZW50cnkgb2YgYSBsaXN0IGlzIGEgZmxvdyBtYXBwaW5nIChgLSB7IG5hbWU6IHggfWApOyBgZmFsbGJhY2tgIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbiAgcHVibGljIGl0ZW1zQXJlRmxvdyhsaXN0UGF0aDogQXJyYXk8c3RyaW5nIHwgbnVtYmVyPiwgZmFsbGJhY2s6IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgICBjb25zdCBsaXN0ID0gdGhpcy5lZC5ub2RlKGxpc3RQYXRoKTtcbiAgICBjb25zdCBtYXBzID0gaXNTZXEobGlzdCkgPyBsaXN0Lml0ZW1zLmZpbHRlcihpc01hcCkgOiBbXTtcbiAgICByZXR1cm4gbWFwcy5sZW5ndGggPiAwID8gbWFwc1ttYXBzLmxlbmd0aCAtIDFdLmZsb3cgPT09IHRydWUgOiBmYWxsYmFjaztcbiAgfVxuXG4gIC8qKiBXaGV0aGVyIHRoZSB1c2VycycgYGtleWAgbGlzdHMgKGdyb3Vwcywgc3NoX2tleXMpIGFyZSB3cml0dGVuIGluIGZsb3cgc3R5bGU7IGBmYWxsYmFja2Agd2hlbiBub25lIGV4aXN0LiAqL1xuICBwdWJsaWMgdXNlckxpc3RzQXJlRmxvdyhrZXk6IHN0cmluZywgZmFsbGJhY2s6IGJvb2xlYW4pOiBib29sZWFuIHtcbiAgICBjb25zdCB1c2VycyA9IHRoaXMuZWQubm9kZShbJ3VzZXJzJ10pO1xuICAgIGlmICghaXNTZXEodXNlcnMpKSByZXR1cm4gZmFsbGJhY2s7XG4gICAgZm9yIChjb25zdCB1IG9mIHVzZXJzLml0ZW1zKSB7XG4gICAgICBpZiAoIWlzTWFwKHUpKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHYgPSB1LmdldChrZXksIHRydWUpO1xuICAgICAgaWYgKGlzU2VxKHYpICYmIHYuaXRlbXMubGVuZ3RoID4gMCkgcmV0dXJuIHYuZmxvdyA9PT0gdHJ1ZTtcbiAgICB9XG4gICAgcmV0dXJuIGZhbGxiYWNrO1xuICB9XG5cbiAgLyoqIFN0cmluZ3Mgb2YgYSBsaXN0IChlbXB0eSB3aGVuIGFic2VudCkuICovXG4gIHB1YmxpYyBzdHJpbmdzKGxpc3RQYXRoOiBBcnJheTxzdHJpbmcgfCBudW1iZXI+KTogc3RyaW5nW10ge1xuICAgIGNvbnN0IHYgPSB0aGlzLmVkLnZhbHVlKGxpc3RQYXRoKTtcbiAgICByZXR1cm4gQXJyYXkuaXNBcnJheSh2KSA/IHYubWFwKCh4KSA9PiBTdHJpbmcoeCkpIDogW107XG4gIH1cblxuICAvKiogUmVtb3ZlcyBldmVyeSBpdGVtIGVxdWFsIHRvIGB2YWx1ZWAgZnJvbSBhIGxpc3Qgb2Ygc3RyaW5nczsgcmV0dXJucyBob3cgbWFueS4gKi9cbiAgcHVibGljIHJlbW92ZVN0cmluZyhsaXN0UGF0aDogQXJyYXk8c3RyaW5nIHwgbnVtYmVyPiwgdmFsdWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgbGV0IHJlbW92ZWQgPSAwO1xuICAgIGZvciAobGV0IGkgPSB0aGlzLnN0cmluZ3MobGlzdFBhdGgpLmxhc3RJbmRleE9mKHZhbHVlKTsgaSA+PSAwOyBpID0gdGhpcy5zdHJpbmdzKGxpc3RQYXRoKS5sYXN0SW5kZXhPZih2YWx1ZSkpIHtcbiAgICAgIHRoaXMuZWQucmVtb3ZlSXRlbShsaXN0UGF0aCwgaSwgJ2RlbGV0ZS1rZXknKTtcbiAgICAgIHJlbW92ZWQrKztcbiAgICB9XG4gICAgcmV0dXJuIHJlbW92ZWQ7XG4gIH1cblxuICAvKipcbiAgICogVmFsaWRhdGVzIHRoZSBlZGl0ZWQgcmVnaXN0cnkgYW5kIHdyaXRlcyBpdCBhbmQgaXRzIGxvY2sgKGVhY2ggdGhyb3VnaCBhIHRlbXBvcmFyeSBmaWxlXG4gICAqIGFuZCBhIHJlbmFtZSkuIFJldHVybnMgdGhlIG5ldyByZWdpc3RyeS4gVGhyb3dzLCB3cml0aW5nIG5vdGhpbmcsIHdoZW4gdGhlIG1vZGVsIHJlamVjdHNcbiAgICogdGhlIHJlc3VsdCwgd2hlbiBhbiBhc3NpZ25lZCBpZCB3b3VsZCBjaGFuZ2UsIG9yIHdoZW4gdGhlIGZpbGVzIGNoYW5nZWQgbWVhbndoaWxlLlxuICAgKi9cbiAgcHVibGljIGNvbW1pdChvdXQ6IE91dHB1dCk6IFVzZXJSZWdpc3RyeSB7XG4gICAgY29uc3QgdGV4dCA9IHRoaXMuZWQudGV4dDtcbiAgICBsZXQgcmVnaXN0cnk6IFVzZXJSZWdpc3RyeTtcbiAgICB0cnkge1xuICAgICAgcmVnaXN0cnkgPSBVc2VyUmVnaXN0cnkuZnJvbVlhbWwodGV4dCwgdGhpcy5maWxlcy5maWxlLCB0aGlzLmZpbGVzLmxvY2tUZXh0KTtcbiAgICB9IGNhdGNoIChlKSB7XG4gICAgICBpZiAoIVdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpKSB0aHJvdyBlO1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoZS5kaWFnbm9zdGljcy5tYXAoKGQpID0+IGZpeExvY2tOYW1lKGQsIHRoaXMuZmlsZXMpKSxcbiAgICAgICAgYCR7dGhpcy5maWxlcy5maWxlfTogdGhlIGVkaXQgd2FzIHJlamVjdGVkIGFuZCBub3RoaW5nIHdhcyB3cml0dGVuIChsaW5lcyByZWZlciB0byB0aGUgZmlsZSBhcyBpdCB3b3VsZCBiZSBhZnRlciB0aGUgZWRpdCk6YCk7XG4gICAgfVxuICAgIGFzc2VydElkc0tlcHQodGhpcy5maWxlcy5sb2NrVGV4dCwgcmVnaXN0cnkubG9ja0NvbnRlbnQsIHRoaXMuZmlsZXMubG9ja0ZpbGUpO1xuICAgIHJlZ2lzdHJ5V2FybmluZ3MocmVnaXN0cnkud2FybmluZ3MpLmZvckVhY2goKHcpID0+IG91dC53YXJuRGlhZ25vc3RpYyhmaXhMb2NrTmFtZSh3LCB0aGlzLmZpbGVzKSkpO1xuXG4gICAgLy8gTm90aGluZyBpcyByZW5hbWVkIHVudGlsIGJvdGggdGVtcG9yYXJ5IGZpbGVzIGFyZSB3cml0dGVuOyBib3RoIGZpbGVzIGFyZSBjaGVja2VkIGZvclxuICAgIC8vIGNoYW5nZXMgYnkgc29tZW9uZSBlbHNlIHNpbmNlIHRoZXkgd2VyZSByZWFkLlxuICAgIGNvbnN0IHdyaXRlczogQXJyYXk8eyBmaWxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgZXhwZWN0ZWQ/OiBzdHJpbmcgfT4gPSBbXTtcbiAgICBjb25zdCBsb2NrRmlsZSA9IHRoaXMuZmlsZXMubG9ja0ZpbGU7XG4gICAgaWYgKHRoaXMuZmlsZXMubG9ja1RleHQgIT09IHJlZ2lzdHJ5LmxvY2tDb250ZW50KSB3cml0ZXMucHVzaCh7IGZpbGU6IGxvY2tGaWxlLCBjb250ZW50OiByZWdpc3RyeS5sb2NrQ29udGVudCwgZXhwZWN0ZWQ6IHRoaXMuZmlsZXMubG9ja1RleHQgfSk7XG4gICAgaWYgKHRoaXMuZmlsZXMudGV4dCAhPT0gdGV4dCkgd3JpdGVzLnB1c2goeyBmaWxlOiB0aGlzLmZpbGVzLmZpbGUsIGNvbnRlbnQ6IHRleHQsIGV4cGVjdGVkOiB0aGlzLmZpbGVzLnRleHQgfSk7XG4gICAgd3JpdGVBbGxBdG9taWNhbGx5KHdyaXRlcyk7XG4gICAgcmV0dXJuIHJlZ2lzdHJ5O1xuICB9XG59XG5cbmZ1bmN0aW9uIG5hbWVzQXQoZWQ6IFlhbWxFZGl0b3IsIGxpc3RQYXRoOiBzdHJpbmdbXSk6IHN0cmluZ1tdIHtcbiAgY29uc3QgdiA9IGVkLnZhbHVlKGxpc3RQYXRoKTtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodikgPyB2LmZpbHRlcigoeCkgPT4geCAmJiB0eXBlb2YgeCA9PT0gJ29iamVjdCcgJiYgdHlwZW9mIHgubmFtZSA9PT0gJ3N0cmluZycpLm1hcCgoeCkgPT4geC5uYW1lKSA6IFtdO1xufVxuXG4vKiogQmVsdCBhbmQgYnJhY2VzIG92ZXIgdGhlIG1vZGVsJ3MgbG9jazogZXZlcnkgbmFtZSB0aGF0IGhhZCBhbiBpZCBzdGlsbCBoYXMgdGhlIHNhbWUgaWQuICovXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0SWRzS2VwdChvbGRMb2NrOiBzdHJpbmcgfCB1bmRlZmluZWQsIG5ld0xvY2s6IHN0cmluZywgbG9ja0ZpbGU6IHN0cmluZyk6IHZvaWQge1xuICBpZiAob2xkTG9jayA9PT0gdW5kZWZpbmVkKSByZXR1cm47XG4gIGNvbnN0IGJlZm9yZSA9IEpTT04ucGFyc2Uob2xkTG9jayk7XG4gIGNvbnN0IGFmdGVyID0gSlNPTi5wYXJzZShuZXdMb2NrKTtcbiAgZm9yIChjb25zdCBraW5kIG9mIFsndXNlcnMnLCAnZ3JvdXBzJ10pIHtcbiAgICBjb25zdCBpZHNBZnRlciA9IHsgLi4uKGFmdGVyLnJldGlyZWQ/LltraW5kXSA/PyB7fSksIC4uLihhZnRlcltraW5kXSA/PyB7fSkgfTtcbiAgICBmb3IgKGNvbnN0IFtuYW1lLCBpZF0gb2YgT2JqZWN0LmVudHJpZXMoeyAuLi4oYmVmb3JlLnJldGlyZWQ/LltraW5kXSA/PyB7fSksIC4uLihiZWZvcmVba2luZF0gPz8ge30pIH0pKSB7XG4gICAgICBpZiAoaWRzQWZ0ZXJbbmFtZV0gIT09IGlkKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgaW50ZXJuYWwgZXJyb3I6IHRoZSBlZGl0IHdvdWxkIGNoYW5nZSB0aGUgaWQgb2YgJHtraW5kID09PSAndXNlcnMnID8gJ3VzZXInIDogJ2dyb3VwJ30gXCIke25hbWV9XCIgaW4gJHtsb2NrRmlsZX0gKCR7aWR9IC0+ICR7aWRzQWZ0ZXJbbmFtZV19KTsgbm90aGluZyB3YXMgd3JpdHRlbmApO1xuICAgICAgfVxuICAgIH1cbiAgfVxufVxuXG4vKipcbiAqIFdyaXRlcyBmaWxlcyB0aHJvdWdoIHRlbXBvcmFyeSBmaWxlcyBpbiB0aGUgc2FtZSBmb2xkZXIgYW5kIHJlbmFtZXMgdGhlbSBpbnRvIHBsYWNlLCBsb2NrXG4gKiBmaXJzdC4gU3ltYm9saWMgbGlua3MgYXJlIGZvbGxvd2VkOyBmaWxlIG1vZGVzIGFyZSBrZXB0LiBUaHJvd3MsIHdyaXRpbmcgbm90aGluZywgd2hlbiBhXG4gKiBmaWxlJ3MgY29udGVudCBvbiBkaXNrIGlzIG5vIGxvbmdlciB3aGF0IHdhcyByZWFkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd3JpdGVBbGxBdG9taWNhbGx5KHdyaXRlczogQXJyYXk8eyBmaWxlOiBzdHJpbmc7IGNvbnRlbnQ6IHN0cmluZzsgZXhwZWN0ZWQ/OiBzdHJpbmcgfT4pOiB2b2lkIHtcbiAgY29uc3Qgc3RhZ2VkOiBBcnJheTx7IHRtcDogc3RyaW5nOyB0YXJnZXQ6IHN0cmluZyB9PiA9IFtdO1xuICB0cnkge1xuICAgIGZvciAoY29uc3QgdyBvZiB3cml0ZXMpIHtcbiAgICAgIGNvbnN0IGV4aXN0cyA9IGZzLmV4aXN0c1N5bmMody5maWxlKTtcbiAgICAgIGNvbnN0IGN1cnJlbnQgPSBleGlzdHMgPyBmcy5yZWFkRmlsZVN5bmMody5maWxlLCAndXRmOCcpIDogdW5kZWZpbmVkO1xuICAgICAgaWYgKGN1cnJlbnQgIT09IHcuZXhwZWN0ZWQpIHtcbiAgICAgICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7dy5maWxlfSB3YXMgY2hhbmdlZCBieSBzb21ldGhpbmcgZWxzZSB3aGlsZSByd3Mgd2FzIGVkaXRpbmcgaXQ7IG5vdGhpbmcgd2FzIHdyaXR0ZW4uIEZpeDogcnVuIHRoZSBjb21tYW5kIGFnYWluYCk7XG4gICAgICB9XG4gICAgICBjb25zdCB0YXJnZXQgPSBleGlzdHMgPyBmcy5yZWFscGF0aFN5bmMody5maWxlKSA6IHBhdGgucmVzb2x2ZSh3LmZpbGUpO1xuICAgICAgY29uc3QgbW9kZSA9IGV4aXN0cyA/IGZzLnN0YXRTeW5jKHRhcmdldCkubW9kZSAlIDBvMTAwMCA6IHVuZGVmaW5lZDsgLy8gcGVybWlzc2lvbiBiaXRzXG4gICAgICBjb25zdCB0bXAgPSBwYXRoLmpvaW4ocGF0aC5kaXJuYW1lKHRhcmdldCksIGAuJHtwYXRoLmJhc2VuYW1lKHRhcmdldCl9LiR7cHJvY2Vzcy5waWR9LiR7Y3J5cHRvLnJhbmRvbUJ5dGVzKDQpLnRvU3RyaW5nKCdoZXgnKX0udG1wYCk7XG4gICAgICBjb25zdCBmZCA9IGZzLm9wZW5TeW5jKHRtcCwgJ3d4JywgMG82NjYpOyAvLyBhIG5ldyBmaWxlIGdldHMgdGhlIHVtYXNrJ3MgbW9kZVxuICAgICAgc3RhZ2VkLnB1c2goeyB0bXAsIHRhcmdldCB9KTtcbiAgICAgIHRyeSB7XG4gICAgICAgIGZzLndyaXRlRmlsZVN5bmMoZmQsIHcuY29udGVudCk7XG4gICAgICAgIGZzLmZzeW5jU3luYyhmZCk7XG4gICAgICB9IGZpbmFsbHkge1xuICAgICAgICBmcy5jbG9zZVN5bmMoZmQpO1xuICAgICAgfVxuICAgICAgaWYgKG1vZGUgIT09IHVuZGVmaW5lZCkgZnMuY2htb2RTeW5jKHRtcCwgbW9kZSk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgcyBvZiBzdGFnZWQpIGZzLnJlbmFtZVN5bmMocy50bXAsIHMudGFyZ2V0KTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGZvciAoY29uc3QgcyBvZiBzdGFnZWQpIGZzLnJtU3luYyhzLnRtcCwgeyBmb3JjZTogdHJ1ZSB9KTtcbiAgICB0aHJvdyBlO1xuICB9XG59XG5cbi8qKlxuICogUmVhZHMgdGhlIHB1YmxpYyBrZXlzIG9mIGEga2V5IGZpbGUgKG9uZSBwZXIgbGluZTsgYmxhbmsgYW5kICMgbGluZXMgc2tpcHBlZCkuIEV2ZXJ5IGJhZFxuICogbGluZSBpcyByZXBvcnRlZCB3aXRoIHRoZSBmaWxlIGFuZCBsaW5lOyB0aGUga2V5IG1hdGVyaWFsIGlzIG5ldmVyIGVjaG9lZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRLZXlGaWxlKGN0eDogQ29udGV4dCwgZmlsZTogc3RyaW5nKTogU3NoUHVibGljS2V5W10ge1xuICBjb25zdCBzaG93biA9IHVzZXJQYXRoKGN0eCwgZmlsZSk7XG4gIGxldCB0ZXh0OiBzdHJpbmc7XG4gIHRyeSB7XG4gICAgLy8gU2l6ZS1saW1pdGVkOiBhIGtleSBmaWxlIGlzIGEgZmV3IGh1bmRyZWQgYnl0ZXMsIG5ldmVyIGEgZGlzayBpbWFnZSByZWFkIGludG8gbWVtb3J5LlxuICAgIHRleHQgPSByZWFkSW5wdXRUZXh0KHBhdGgucmVzb2x2ZShjdHguY3dkLCBmaWxlKSwgJ2tleScpO1xuICB9IGNhdGNoIChlOiBhbnkpIHtcbiAgICBpZiAoIVdvcmtzcGFjZUlucHV0RXJyb3IuaXNXb3Jrc3BhY2VJbnB1dEVycm9yKGUpKSB0aHJvdyBlO1xuICAgIGNvbnN0IGQgPSBlLmRpYWdub3N0aWNzWzBdO1xuICAgIHRocm93IG5ldyBXb3Jrc3BhY2VJbnB1dEVycm9yKFtwcm9ibGVtKHtcbiAgICAgIGNvZGU6IGQuY29kZSxcbiAgICAgIG1lc3NhZ2U6IGQubWVzc2FnZSxcbiAgICAgIGxvY2F0aW9uOiB7IGZpbGU6IHNob3duIH0sXG4gICAgICBmaXg6IGQuY29kZSA9PT0gJ2ZpbGUtdG9vLWxhcmdlJyA/IGQuZml4ID8/ICdnaXZlIGEgcHVibGljIGtleSBmaWxlICgucHViKScgOiAnZ2l2ZSB0aGUgcGF0aCBvZiBhIHB1YmxpYyBrZXkgZmlsZSwgZS5nLiB+Ly5zc2gvaWRfZWQyNTUxOS5wdWInLFxuICAgIH0pXSk7XG4gIH1cbiAgY29uc3QgcHJvYmxlbXM6IERpYWdub3N0aWNbXSA9IFtdO1xuICBjb25zdCBrZXlzOiBTc2hQdWJsaWNLZXlbXSA9IFtdO1xuICBjb25zdCBsaW5lcyA9IHRleHQuc3BsaXQoL1xccj9cXG4vKTtcbiAgaWYgKC9QUklWQVRFIEtFWS8udGVzdCh0ZXh0KSkge1xuICAgIHByb2JsZW1zLnB1c2gocHJvYmxlbSh7XG4gICAgICBjb2RlOiAnaW52YWxpZC1zc2gta2V5JyxcbiAgICAgIG1lc3NhZ2U6ICd0aGlzIGlzIGEgcHJpdmF0ZSBrZXkgZmlsZScsXG4gICAgICBsb2NhdGlvbjogeyBmaWxlOiBzaG93biB9LFxuICAgICAgZml4OiAnZ2l2ZSB0aGUgcHVibGljIGtleSAodGhlIC5wdWIgZmlsZSBiZXNpZGUgaXQpIGFuZCBrZWVwIHRoZSBwcml2YXRlIGtleSBzZWNyZXQnLFxuICAgIH0pKTtcbiAgfSBlbHNlIHtcbiAgICBsaW5lcy5mb3JFYWNoKChyYXcsIGkpID0+IHtcbiAgICAgIGNvbnN0IGxpbmUgPSByYXcudHJpbSgpO1xuICAgICAgaWYgKGxpbmUgPT09ICcnIHx8IGxpbmUuc3RhcnRzV2l0aCgnIycpKSByZXR1cm47XG4gICAgICB0cnkge1xuICAgICAgICBrZXlzLnB1c2gocGFyc2VTc2hQdWJsaWNLZXkobGluZSkpO1xuICAgICAgfSBjYXRjaCAoZSkge1xuICAgICAgICBpZiAoIShlIGluc3RhbmNlb2YgS2V5Rm9ybWF0RXJyb3IpKSB0aHJvdyBlO1xuICAgICAgICBwcm9ibGVtcy5wdXNoKHByb2JsZW0oe1xuICAgICAgICAgIGNvZGU6ICdpbnZhbGlkLXNzaC1rZXknLFxuICAgICAgICAgIG1lc3NhZ2U6IGBub3QgYSB2YWxpZCBTU0ggcHVibGljIGtleTogJHtlLm1lc3NhZ2V9YCxcbiAgICAgICAgICBsb2NhdGlvbjogeyBmaWxlOiBzaG93biwgbGluZTogaSArIDEsIGNvbHVtbjogMSB9LFxuICAgICAgICAgIGZpeDogJ2dpdmUgYSBwdWJsaWMga2V5IGZpbGUgbWFkZSBieSBzc2gta2V5Z2VuLCBlLmcuIH4vLnNzaC9pZF9lZDI1NTE5LnB1YiAoc3NoLWtleWdlbiAtdCBlZDI1NTE5KScsXG4gICAgICAgIH0pKTtcbiAgICAgIH1cbiAgICB9KTtcbiAgICBpZiAocHJvYmxlbXMubGVuZ3RoID09PSAwICYmIGtleXMubGVuZ3RoID09PSAwKSB7XG4gICAgICBwcm9ibGVtcy5wdXNoKHByb2JsZW0oeyBjb2RlOiAnaW52YWxpZC1zc2gta2V5JywgbWVzc2FnZTogJ3RoZSBmaWxlIGhvbGRzIG5vIHB1YmxpYyBrZXknLCBsb2NhdGlvbjogeyBmaWxlOiBzaG93biB9LCBmaXg6ICdnaXZlIGEgLnB1YiBmaWxlIG1hZGUgYnkgc3NoLWtleWdlbicgfSkpO1xuICAgIH1cbiAgfVxuICBpZiAocHJvYmxlbXMubGVuZ3RoKSB0aHJvdyBuZXcgV29ya3NwYWNlSW5wdXRFcnJvcihwcm9ibGVtcyk7XG4gIHJldHVybiBrZXlzO1xufVxuXG4vKiogVGhlIGZpbmdlcnByaW50cyBvZiBrZXkgbGluZXMsIHNraXBwaW5nIGxpbmVzIHRoYXQgZG8gbm90IHBhcnNlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbmdlcnByaW50cyhsaW5lczogc3RyaW5nW10pOiBBcnJheTxzdHJpbmcgfCB1bmRlZmluZWQ+IHtcbiAgcmV0dXJuIGxpbmVzLm1hcCgobCkgPT4ge1xuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcGFyc2VTc2hQdWJsaWNLZXkobCkuZmluZ2VycHJpbnQ7XG4gICAgfSBjYXRjaCB7XG4gICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgIH1cbiAgfSk7XG59XG5cbi8qKlxuICogQ29tbWl0cyBhbiBlZGl0IGFuZCByZXBvcnRzIGl0OiB0aGUgcmVzdWx0IGxpbmUgKG9yIEpTT04pIG9uIHN0ZG91dCwgd2hpY2ggZmlsZXMgd2VyZVxuICogd3JpdHRlbiBvbiBzdGRlcnIuIEFuIGVkaXQgdGhhdCBjaGFuZ2VzIG5vdGhpbmcgd3JpdGVzIG5vdGhpbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaW5pc2goY3R4OiBDb250ZXh0LCBlZGl0OiBSZWdpc3RyeUVkaXQsIHJlc3VsdDogKHI6IFVzZXJSZWdpc3RyeSkgPT4geyB0ZXh0OiBzdHJpbmc7IGpzb246IHVua25vd24gfSk6IG51bWJlciB7XG4gIGlmICghZWRpdC5jaGFuZ2VkKSB7XG4gICAgY3R4Lm91dC5ub3RlKGBub3RoaW5nIHRvIGNoYW5nZTsgJHtlZGl0LmZpbGVzLmZpbGV9IGlzIHVudG91Y2hlZGApO1xuICAgIGlmIChjdHgub3V0Lmpzb24gJiYgZWRpdC5iZWZvcmUpIGN0eC5vdXQucHJpbnRKc29uKHJlc3VsdChlZGl0LmJlZm9yZSkuanNvbik7XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH1cbiAgY29uc3QgcmVnaXN0cnkgPSBlZGl0LmNvbW1pdChjdHgub3V0KTtcbiAgY29uc3QgciA9IHJlc3VsdChyZWdpc3RyeSk7XG4gIGlmIChjdHgub3V0Lmpzb24pIGN0eC5vdXQucHJpbnRKc29uKHIuanNvbik7XG4gIGVsc2UgY3R4Lm91dC5saW5lKHIudGV4dCk7XG4gIGNvbnN0IGxvY2sgPSBlZGl0LmZpbGVzLmxvY2tUZXh0ID09PSByZWdpc3RyeS5sb2NrQ29udGVudCA/ICd1bmNoYW5nZWQnIDogJ3VwZGF0ZWQnO1xuICBjdHgub3V0Lm5vdGUoYCR7ZWRpdC5pc05ldyA/ICdjcmVhdGVkJyA6ICd1cGRhdGVkJ30gJHtlZGl0LmZpbGVzLmZpbGV9OyAke2VkaXQuZmlsZXMubG9ja0ZpbGV9ICR7bG9ja31gKTtcbiAgcmV0dXJuIEVYSVRfT0s7XG59XG4iXX0=