import { Diagnostic } from '../errors';
/** The lock file's content: every id ever assigned, by name. */
export interface LockData {
    readonly version: 1;
    readonly users: Record<string, number>;
    readonly groups: Record<string, number>;
    readonly retired: {
        readonly users: Record<string, number>;
        readonly groups: Record<string, number>;
    };
}
export declare const EMPTY_LOCK: LockData;
export interface IdRequest {
    readonly name: string;
    /** Id written in the registry, if any. */
    readonly explicit?: number;
}
/** Where a request came from, for messages: asked only when a message is written. */
export type RequestOrigin = (kind: Kind, index: number) => {
    where: {
        file?: string;
        line?: number;
        column?: number;
    };
    field: string;
};
export interface IdRange {
    readonly min: number;
    readonly max: number;
}
export type Kind = 'users' | 'groups';
/**
 * Assigns ids so that, whatever edits happen to the registry:
 * - a name that has an id keeps it forever (even after removal and re-adding);
 * - an id that was ever given to a name is never given to another name;
 * - users and groups share one pool of numbers, so a user's private group (gid = uid)
 *   can never collide with a named group;
 * - new names are served in name order, smallest free id first, so the result depends
 *   only on the registry and the lock, not on the order of entries.
 */
export declare function allocate(lock: LockData, users: readonly IdRequest[], groups: readonly IdRequest[], ranges: Record<Kind, IdRange>, lockFile: string, origin: RequestOrigin): {
    lock: LockData;
    errors: Diagnostic[];
};
export declare function sortLock(l: LockData): LockData;
/** Reads lock JSON; problems name the file. */
export declare function parseLock(text: string, file: string): LockData;
export declare function formatLock(l: LockData): string;
/** Whether two locks give the same ids to the same names (order does not matter). */
export declare function sameLock(a: LockData, b: LockData): boolean;
