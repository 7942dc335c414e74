/**
 * Reading input files as untrusted: every read has a size limit and refuses anything that is
 * not a regular file (a FIFO or /dev/zero would hang or never end), folder walks are bounded
 * and refuse the system's pseudo filesystems, and a path a lab file names must stay inside the
 * lab file's folder or the git repository holding it (or a root allowed explicitly with
 * RWS_ALLOWED_ROOTS), symlinks resolved.
 */
import * as fs from 'fs';
import * as path from 'path';
import { fail } from './error';

/** What a file is read as; each kind has its own size limit. */
export type InputKind = 'template' | 'registry' | 'lock' | 'policy' | 'lab' | 'permit' | 'config' | 'key' | 'input';

/** Largest accepted file of each kind, in bytes. */
export const INPUT_LIMITS: Readonly<Record<InputKind, number>> = {
  template: 1024 * 1024,
  policy: 1024 * 1024,
  permit: 1024 * 1024,
  config: 1024 * 1024,
  key: 64 * 1024,
  lab: 4 * 1024 * 1024,
  // 100,000 users with two keys each is about 40 MB of YAML.
  registry: 128 * 1024 * 1024,
  lock: 64 * 1024 * 1024,
  // Any other YAML file read through YamlSource.fromFile without a kind.
  input: 128 * 1024 * 1024,
};

function mib(n: number): string {
  const text = n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MiB` : `${(n / 1024).toFixed(1)} KiB`;
  return text.replace(/\.0+ /, ' ');
}

/** One line for a Node filesystem error code. */
export function fsErrorText(code: string | undefined): string {
  switch (code) {
    case 'ENOENT': return 'does not exist';
    case 'EACCES': case 'EPERM': return 'is not readable (permission denied)';
    case 'EISDIR': return 'is a folder, not a file';
    case 'ENOTDIR': return 'is not reachable: a part of the path is a file, not a folder';
    case 'ELOOP': return 'is a symbolic link loop';
    case 'ENAMETOOLONG': return 'has a name that is too long';
    default: return `cannot be read (${code ?? 'unknown error'})`;
  }
}

/**
 * Reads a whole input file as UTF-8 text. Refuses non-regular files and files over the kind's
 * limit before reading, and never reads more than the limit (a file growing meanwhile).
 * Errors name the file as given, never its contents.
 */
export function readInputText(file: string, kind: InputKind, limit: number = INPUT_LIMITS[kind]): string {
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch (e: any) {
    fail({ code: 'file-unreadable', message: `the ${kind} file ${fsErrorText(e.code)}`, location: { file }, fix: 'check the path and its permissions' });
  }
  if (st.isDirectory()) fail({ code: 'file-unreadable', message: `the ${kind} file is a folder`, location: { file }, fix: `name a ${kind} file, not a folder` });
  if (!st.isFile()) {
    fail({
      code: 'not-a-regular-file',
      message: `the ${kind} file is not a regular file (a device, pipe or socket)`,
      location: { file },
      fix: `name a regular ${kind} file`,
    });
  }
  if (st.size > limit) {
    fail({
      code: 'file-too-large',
      message: `the ${kind} file is ${mib(st.size)}, more than the limit of ${mib(limit)}`,
      location: { file },
      fix: `check that this is the right file (a ${kind} file is much smaller), or split it`,
    });
  }
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const buf = Buffer.alloc(Math.min(limit + 1, Math.max(st.size + 1, 1)));
    let n = 0;
    for (;;) {
      const got = fs.readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
      if (n >= buf.length) break;
    }
    if (n > limit) {
      fail({ code: 'file-too-large', message: `the ${kind} file is larger than the limit of ${mib(limit)}`, location: { file }, fix: 'check that this is the right file' });
    }
    return buf.subarray(0, n).toString('utf8');
  } catch (e: any) {
    if (e?.name === 'WorkspaceInputError') throw e;
    return fail({ code: 'file-unreadable', message: `the ${kind} file ${fsErrorText(e.code)}`, location: { file }, fix: 'check the path and its permissions' });
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Folders that are never input: the root and the kernel's pseudo filesystems. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

/** Why a folder must not be read or written as a whole, or undefined. */
export function systemFolderProblem(p: string): string | undefined {
  const abs = path.resolve(p);
  if (abs === path.parse(abs).root) return 'is the root of the filesystem';
  for (const s of SYSTEM_FOLDERS) {
    if (abs === s || abs.startsWith(`${s}/`)) return `is under ${s}, a system pseudo filesystem`;
  }
  return undefined;
}

/** The real path; for a path that does not exist, its nearest existing ancestor's real path plus the rest (a symlinked folder is followed even then). */
function realOrResolved(p: string): string {
  const abs = path.resolve(p);
  let base = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      return path.join(fs.realpathSync(base), ...rest);
    } catch {
      const up = path.dirname(base);
      if (up === base) return abs;
      rest.unshift(path.basename(base));
      base = up;
    }
  }
}

function within(child: string, folder: string): boolean {
  const rel = path.relative(folder, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Roots besides a lab file's own folder that files it names may come from: RWS_ALLOWED_ROOTS,
 * a list separated by ":" (e.g. a shared template folder). Empty by default.
 */
export function allowedRoots(): string[] {
  return (process.env.RWS_ALLOWED_ROOTS ?? '').split(path.delimiter).filter((s) => s.trim() !== '').map((s) => realOrResolved(s));
}

/**
 * The git work tree that holds a folder (the nearest ancestor with a `.git`), or undefined:
 * a lab file may name files elsewhere in its own repository (e.g. a shared `../users.yaml`),
 * which the same review covers. Never the filesystem root.
 */
export function projectRoot(dir: string): string | undefined {
  for (let p = dir; ; p = path.dirname(p)) {
    if (p === path.parse(p).root) return undefined;
    if (fs.existsSync(path.join(p, '.git'))) return p;
    if (path.dirname(p) === p) return undefined;
  }
}

/** Where a path a lab file names points, or why it may not be used. */
export type ConfinedPath = { ok: true; abs: string } | { ok: false; problem: string; fix: string };

/**
 * Resolves `text` relative to `dir` and checks that its real path (symlinks resolved) is
 * inside `dir` or an allowed root. The file need not exist (the caller checks that).
 */
export function confinePath(text: string, dir: string): ConfinedPath {
  const abs = path.resolve(dir, text);
  const real = realOrResolved(abs);
  const labDir = realOrResolved(dir);
  const project = projectRoot(labDir);
  const roots = [labDir, ...(project ? [project] : []), ...allowedRoots()];
  if (text.includes('\0')) return { ok: false, problem: 'the path contains a NUL character', fix: 'write a plain relative path' };
  const sys = systemFolderProblem(real);
  if (sys) return { ok: false, problem: `the path ${sys}`, fix: 'name a file or folder beside the lab file' };
  if (!roots.some((r) => within(real, r))) {
    const how = real !== abs ? ` (a symbolic link to ${real})` : '';
    return {
      ok: false,
      problem: `the path leads outside the lab file's ${project ? 'repository' : 'folder'}${how}`,
      fix: `keep the lab's files in its ${project ? 'repository' : 'folder'}, or allow that folder explicitly with RWS_ALLOWED_ROOTS=<folder>`,
    };
  }
  return { ok: true, abs };
}

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
export const TEMPLATE_WALK_LIMITS: WalkLimits = { maxDepth: 8, maxFiles: 5000, maxFolders: 2000 };

/**
 * `.yml`/`.yaml` regular files of a folder and (when `recursive`) its sub-folders, sorted by
 * name at each level. Refuses the filesystem root and pseudo filesystems, skips hidden
 * folders, symbolic links and other filesystems (mount points), and stops with an error past
 * the limits instead of walking a whole disk.
 */
export function listYamlBounded(dir: string, recursive: boolean, limits: WalkLimits = TEMPLATE_WALK_LIMITS,
  compare: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0)): string[] {
  const sys = systemFolderProblem(realOrResolved(dir));
  if (sys) {
    fail({
      code: 'unsafe-folder',
      message: `the template folder ${sys}; reading it would walk the whole system`,
      value: dir,
      location: { file: dir },
      fix: 'name the folder that holds the template files, e.g. ./templates',
    });
  }
  const rootDev = fs.statSync(dir).dev;
  const out: string[] = [];
  let folders = 0;
  const walk = (d: string, depth: number): void => {
    if (++folders > limits.maxFolders) {
      fail({
        code: 'folder-too-large',
        message: `the template folder has more than ${limits.maxFolders} sub-folders`,
        value: dir,
        location: { file: dir },
        fix: 'name the folder that holds the template files, not a parent of it',
      });
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e: any) {
      fail({ code: 'file-unreadable', message: `a template folder ${fsErrorText(e.code)}`, location: { file: d }, fix: 'check the folder and its permissions' });
    }
    for (const ent of entries.sort((a, b) => compare(a.name, b.name))) {
      const p = path.join(d, ent.name);
      if (ent.isDirectory()) {
        if (!recursive || ent.name.startsWith('.') || depth >= limits.maxDepth) continue;
        let dev: number;
        try {
          dev = fs.statSync(p).dev;
        } catch {
          continue;
        }
        if (dev !== rootDev) continue; // another filesystem mounted inside
        walk(p, depth + 1);
      } else if (ent.isFile() && /\.ya?ml$/i.test(ent.name)) {
        out.push(p);
        if (out.length > limits.maxFiles) {
          fail({
            code: 'folder-too-large',
            message: `the template folder has more than ${limits.maxFiles} YAML files`,
            value: dir,
            location: { file: dir },
            fix: 'name the folder that holds the template files, not a parent of it',
          });
        }
      }
    }
  };
  walk(dir, 0);
  return out;
}
