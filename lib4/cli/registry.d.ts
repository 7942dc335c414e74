import { Context, Input } from './command';
import { Output } from './output';
import { YamlEditor } from './yaml-edit';
import { Diagnostic } from '../workspaces/errors';
import { SshPublicKey } from '../workspaces/ssh-key';
import { UserRegistry } from '../workspaces/users';
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
export declare function readRegistryFiles(ctx: Context, input: Input, create: boolean): RegistryFiles;
/**
 * Loads a registry for reading, printing its warnings on stderr. Nothing is written; when the
 * lock is missing or out of date, a note says so (the ids shown are those the lock would get).
 */
export declare function loadRegistry(ctx: Context, input: Input): {
    registry: UserRegistry;
    files: RegistryFiles;
    removed: RemovedUser[];
};
/** Model warnings, without the one about `removed:` (the CLI's own section; see docs/cli.md). */
export declare function registryWarnings(list: Diagnostic[]): Diagnostic[];
/**
 * `UserRegistry.fromYaml` names its lock `<source>.lock.json` in messages; the file really
 * is `UserRegistry.lockPathFor(source)`. Rewrites the name in a diagnostic.
 */
export declare function fixLockName(d: Diagnostic, files: RegistryFiles): Diagnostic;
/** Reads the `removed:` list (entries that are not mappings with a name are skipped with a warning). */
export declare function readRemoved(ed: Pick<YamlEditor, 'value'>, out?: Output): RemovedUser[];
/**
 * One edit of the registry: change the YAML through `ed`, then `commit()`. The whole result is
 * validated with UserRegistry (ids assigned, groups, keys, names checked) before anything is
 * written; a rejected edit leaves both files untouched.
 */
export declare class RegistryEdit {
    readonly files: RegistryFiles;
    /** The registry text being edited. */
    readonly ed: YamlEditor;
    /** The registry as it was before the edit, when it was valid. */
    readonly before?: UserRegistry;
    private readonly original;
    constructor(files: RegistryFiles);
    /** Whether the file exists yet. */
    get isNew(): boolean;
    /** Whether the text changed. */
    get changed(): boolean;
    /** Index of a user entry, or -1. */
    userIndex(name: string): number;
    /** Index of a group entry, or -1. */
    groupIndex(name: string): number;
    /** Names of every user entry. */
    userNames(): string[];
    /** Names of every group entry. */
    groupNames(): string[];
    /** Index of a user entry; an unknown name is an input error that lists the users. */
    requireUser(name: string): number;
    /** Index of a group entry; an unknown name is an input error that lists the groups. */
    requireGroup(name: string): number;
    /** Whether the last entry of a list is a flow mapping (`- { name: x }`); `fallback` when there is none. */
    itemsAreFlow(listPath: Array<string | number>, fallback: boolean): boolean;
    /** Whether the users' `key` lists (groups, ssh_keys) are written in flow style; `fallback` when none exist. */
    userListsAreFlow(key: string, fallback: boolean): boolean;
    /** Strings of a list (empty when absent). */
    strings(listPath: Array<string | number>): string[];
    /** Removes every item equal to `value` from a list of strings; returns how many. */
    removeString(listPath: Array<string | number>, value: string): number;
    /**
     * Validates the edited registry and writes it and its lock (each through a temporary file
     * and a rename). Returns the new registry. Throws, writing nothing, when the model rejects
     * the result, when an assigned id would change, or when the files changed meanwhile.
     */
    commit(out: Output): UserRegistry;
}
/** Belt and braces over the model's lock: every name that had an id still has the same id. */
export declare function assertIdsKept(oldLock: string | undefined, newLock: string, lockFile: string): void;
/**
 * Writes files through temporary files in the same folder and renames them into place, lock
 * first. Symbolic links are followed; file modes are kept. Throws, writing nothing, when a
 * file's content on disk is no longer what was read.
 */
export declare function writeAllAtomically(writes: Array<{
    file: string;
    content: string;
    expected?: string;
}>): void;
/**
 * Reads the public keys of a key file (one per line; blank and # lines skipped). Every bad
 * line is reported with the file and line; the key material is never echoed.
 */
export declare function readKeyFile(ctx: Context, file: string): SshPublicKey[];
/** The fingerprints of key lines, skipping lines that do not parse. */
export declare function fingerprints(lines: string[]): Array<string | undefined>;
/**
 * Commits an edit and reports it: the result line (or JSON) on stdout, which files were
 * written on stderr. An edit that changes nothing writes nothing.
 */
export declare function finish(ctx: Context, edit: RegistryEdit, result: (r: UserRegistry) => {
    text: string;
    json: unknown;
}): number;
