import { Context, Input, OptionSpec } from './command';
import { TemplateCatalog } from '../workspaces/catalog';
/**
 * Where commands find their input files: template folders, the registry, the policy.
 * Relative paths stay relative in messages, so `file:line` is clickable in a terminal or CI log.
 */
/** `--dir` and `--no-bundled`, taken by every command that reads templates. */
export declare const TEMPLATE_OPTIONS: OptionSpec[];
/** `--registry`, taken by every command that reads or edits users. */
export declare const REGISTRY_OPTION: OptionSpec;
/** A path as the user should see it: relative to the working directory when it was given relative. */
export declare function userPath(ctx: Context, p: string): string;
/** A path for messages: relative to the working directory when it is inside it, else absolute. */
export declare function shownPath(p: string): string;
/** Whether two paths name the same existing file or folder. */
export declare function samePath(a: string, b: string): boolean;
/** Whether `file` is inside `folder` (or is it). */
export declare function isInside(file: string, folder: string): boolean;
/** The template folders a command works on. */
export interface TemplateFolders {
    /** Folders named with --dir (or positionally), or ./templates when present. */
    readonly folders: string[];
    /** Whether folders were named on the command line. */
    readonly explicit: boolean;
    /** Whether the bundled catalog is loaded too. */
    readonly bundled: boolean;
}
/** Folders from `[dir...]` positionals and `--dir` options, else ./templates when present. */
export declare function templateFolders(ctx: Context, input: Input, positional?: string[]): TemplateFolders;
/**
 * A catalog of the bundled templates (unless left out) and the folders, loaded leniently:
 * files that fail are in `catalog.rejected`, so one broken file does not hide the others.
 */
export declare function loadCatalog(f: TemplateFolders): TemplateCatalog;
/** Every folder a command reads, bundled first, without repeats. */
export declare function allFolders(f: TemplateFolders): string[];
/**
 * `.yml`/`.yaml` files of a folder and its sub-folders (hidden folders, symlinks and mount
 * points skipped), sorted; bounded like the catalog's walk (refuses `/`, /proc, /sys, /dev).
 */
export declare function listYamlFiles(dir: string): string[];
/** Parses `key=value` pairs (for --param and --tag). */
export declare function keyValues(items: string[], option: string, onError: (msg: string) => Error): {
    [key: string]: string;
};
