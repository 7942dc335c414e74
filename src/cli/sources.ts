import * as fs from 'fs';
import * as path from 'path';
import { Context, Input, OptionSpec } from './command';
import { TemplateCatalog } from '../workspaces/catalog';
import { listYamlBounded } from '../workspaces/private/input-files';

/**
 * Where commands find their input files: template folders, the registry, the policy.
 * Relative paths stay relative in messages, so `file:line` is clickable in a terminal or CI log.
 */

/** `--dir` and `--no-bundled`, taken by every command that reads templates. */
export const TEMPLATE_OPTIONS: OptionSpec[] = [
  { name: 'dir', value: 'folder', repeat: true, help: 'a folder of template YAML files (default: ./templates when present); later folders override earlier ones by slug' },
  { name: 'bundled', negatable: true, help: 'load the bundled catalog first, so templates can inherit from it (default; --no-bundled leaves it out)' },
];

/** `--registry`, taken by every command that reads or edits users. */
export const REGISTRY_OPTION: OptionSpec = {
  name: 'registry', value: 'file', help: 'the user registry (default: ./users.yaml); its lock file is <name>.lock.json beside it',
};

/** A path as the user should see it: relative to the working directory when it was given relative. */
export function userPath(ctx: Context, p: string): string {
  if (path.isAbsolute(p)) return p;
  const abs = path.resolve(ctx.cwd, p);
  return path.relative(process.cwd(), abs) || '.';
}

/** A path for messages: relative to the working directory when it is inside it, else absolute. */
export function shownPath(p: string): string {
  const abs = path.resolve(p);
  const rel = path.relative(process.cwd(), abs);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel;
}

/** Whether two paths name the same existing file or folder. */
export function samePath(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}

/** Whether `file` is inside `folder` (or is it). */
export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(real(folder), real(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

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
export function templateFolders(ctx: Context, input: Input, positional: string[] = []): TemplateFolders {
  const named = [...positional, ...input.list('dir')].map((d) => userPath(ctx, d));
  const bundled = input.flag('bundled') !== false;
  if (named.length > 0) return { folders: named, explicit: true, bundled };
  const local = path.resolve(ctx.cwd, 'templates');
  const folders = fs.existsSync(local) && fs.statSync(local).isDirectory() ? [userPath(ctx, 'templates')] : [];
  return { folders, explicit: false, bundled };
}

/**
 * A catalog of the bundled templates (unless left out) and the folders, loaded leniently:
 * files that fail are in `catalog.rejected`, so one broken file does not hide the others.
 */
export function loadCatalog(f: TemplateFolders): TemplateCatalog {
  const catalog = new TemplateCatalog();
  const bundledDir = TemplateCatalog.bundledDirectory();
  if (f.bundled) catalog.loadDirectory(bundledDir, { strict: false });
  for (const dir of f.folders) {
    if (f.bundled && samePath(dir, bundledDir)) continue; // e.g. ./templates inside this repository
    catalog.loadDirectory(dir, { strict: false });
  }
  return catalog;
}

/** Every folder a command reads, bundled first, without repeats. */
export function allFolders(f: TemplateFolders): string[] {
  const bundledDir = TemplateCatalog.bundledDirectory();
  const out = f.bundled ? [bundledDir] : [];
  for (const d of f.folders) if (!out.some((o) => samePath(o, d))) out.push(d);
  return out;
}

/**
 * `.yml`/`.yaml` files of a folder and its sub-folders (hidden folders, symlinks and mount
 * points skipped), sorted; bounded like the catalog's walk (refuses `/`, /proc, /sys, /dev).
 */
export function listYamlFiles(dir: string): string[] {
  return listYamlBounded(dir, true);
}

/** Parses `key=value` pairs (for --param and --tag). */
export function keyValues(items: string[], option: string, onError: (msg: string) => Error): { [key: string]: string } {
  const out: { [key: string]: string } = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw onError(`--${option} takes key=value (got "${item}")`);
    out[item.slice(0, eq).trim()] = item.slice(eq + 1);
  }
  return out;
}
