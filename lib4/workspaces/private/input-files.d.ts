/** What a file is read as; each kind has its own size limit. */
export type InputKind = 'template' | 'registry' | 'lock' | 'policy' | 'lab' | 'permit' | 'config' | 'key' | 'input';
/** Largest accepted file of each kind, in bytes. */
export declare const INPUT_LIMITS: Readonly<Record<InputKind, number>>;
/** One line for a Node filesystem error code. */
export declare function fsErrorText(code: string | undefined): string;
/**
 * Reads a whole input file as UTF-8 text. Refuses non-regular files and files over the kind's
 * limit before reading, and never reads more than the limit (a file growing meanwhile).
 * Errors name the file as given, never its contents.
 */
export declare function readInputText(file: string, kind: InputKind, limit?: number): string;
/** Why a folder must not be read or written as a whole, or undefined. */
export declare function systemFolderProblem(p: string): string | undefined;
/**
 * Roots besides a lab file's own folder that files it names may come from: RWS_ALLOWED_ROOTS,
 * a list separated by ":" (e.g. a shared template folder). Empty by default.
 */
export declare function allowedRoots(): string[];
/**
 * The git work tree that holds a folder (the nearest ancestor with a `.git`), or undefined:
 * a lab file may name files elsewhere in its own repository (e.g. a shared `../users.yaml`),
 * which the same review covers. Never the filesystem root.
 */
export declare function projectRoot(dir: string): string | undefined;
/** Where a path a lab file names points, or why it may not be used. */
export type ConfinedPath = {
    ok: true;
    abs: string;
} | {
    ok: false;
    problem: string;
    fix: string;
};
/**
 * Resolves `text` relative to `dir` and checks that its real path (symlinks resolved) is
 * inside `dir` or an allowed root. The file need not exist (the caller checks that).
 */
export declare function confinePath(text: string, dir: string): ConfinedPath;
/** Limits of a folder walk. */
export interface WalkLimits {
    /** Deepest sub-folder level (0 is the folder itself). */
    readonly maxDepth: number;
    /** Most files returned. */
    readonly maxFiles: number;
    /** Most folders visited. */
    readonly maxFolders: number;
}
/** Defaults for template folders: a catalog of hundreds of templates fits easily. */
export declare const TEMPLATE_WALK_LIMITS: WalkLimits;
/**
 * `.yml`/`.yaml` regular files of a folder and (when `recursive`) its sub-folders, sorted by
 * name at each level. Refuses the filesystem root and pseudo filesystems, skips hidden
 * folders, symbolic links and other filesystems (mount points), and stops with an error past
 * the limits instead of walking a whole disk.
 */
export declare function listYamlBounded(dir: string, recursive: boolean, limits?: WalkLimits, compare?: (a: string, b: string) => number): string[];
