import * as fs from 'fs';
import * as path from 'path';
import { CliInputError } from './command';
import { systemFolderProblem } from '../workspaces/private/input-files';

/**
 * Output destinations (`--out`): checked before anything is written, so a bad destination is
 * one line with the path as the user typed it and a fix, never a raw Node error with an
 * absolute path, and never a hang (Node's recursive mkdir loops forever under /proc).
 */

/** The nearest existing ancestor of a path (the path itself when it exists). */
function nearestExisting(abs: string): string {
  let p = abs;
  while (!fs.existsSync(p)) {
    const up = path.dirname(p);
    if (up === p) break;
    p = up;
  }
  return p;
}

function real(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

function writable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** One line for a filesystem error while writing `given`, or undefined when `e` is not one. */
export function outputFailure(e: unknown, given: string, option: string = '--out', abs?: string): CliInputError | undefined {
  const code = (e as any)?.code;
  if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) return undefined;
  // Only errors about the destination: a template that cannot be read is not an --out problem.
  const at = (e as any)?.path;
  if (abs !== undefined && typeof at === 'string') {
    const rel = path.relative(abs, path.resolve(at));
    if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  }
  const fix: Record<string, string> = {
    EEXIST: `a file is in the way: remove it, or choose another ${option}`,
    ENOTDIR: `a part of the path is a file, not a folder: choose another ${option}`,
    EISDIR: `it is a folder: name a file, or choose another ${option}`,
    EPERM: `you may not write there: choose a folder you own, e.g. ${option} ./out`,
    EACCES: `you may not write there: choose a folder you own, e.g. ${option} ./out`,
    EROFS: `the filesystem is read-only: choose another ${option}`,
    ENOSPC: 'the disk is full: free some space, or choose another disk',
    EDQUOT: 'your disk quota is used up: free some space, or choose another disk',
    ENAMETOOLONG: `the path is too long: choose a shorter ${option}`,
  };
  const what: Record<string, string> = {
    EEXIST: 'already exists as a file',
    ENOTDIR: 'cannot be created',
    EISDIR: 'is a folder',
    EPERM: 'is not writable (permission denied)',
    EACCES: 'is not writable (permission denied)',
    EROFS: 'is on a read-only filesystem',
    ENOSPC: 'could not be written: no space left on the device',
    EDQUOT: 'could not be written: disk quota exceeded',
    ENAMETOOLONG: 'is too long',
  };
  return new CliInputError(`${given}: the ${option} destination ${what[code] ?? `could not be written (${code})`}. Fix: ${fix[code] ?? `check the path, or choose another ${option}`}`);
}

/**
 * Checks an output folder and creates it: not under /proc, /sys or /dev (checked before any
 * mkdir), not an existing file, every existing part a folder, and writable.
 */
export function prepareOutputFolder(abs: string, given: string, option: string = '--out'): void {
  checkDestination(abs, given, option, 'folder');
  try {
    fs.mkdirSync(abs, { recursive: true });
  } catch (e) {
    throw outputFailure(e, given, option) ?? e;
  }
}

/** Checks an output file's destination and creates its folder. */
export function prepareOutputFile(abs: string, given: string, option: string = '--out'): void {
  checkDestination(abs, given, option, 'file');
  try {
    fs.mkdirSync(path.dirname(abs), { recursive: true });
  } catch (e) {
    throw outputFailure(e, given, option) ?? e;
  }
}

function checkDestination(abs: string, given: string, option: string, kind: 'folder' | 'file'): void {
  const fail = (what: string, fix: string) => new CliInputError(`${given}: the ${option} destination ${what}. Fix: ${fix}`);
  const existing = nearestExisting(abs);
  const realTarget = path.join(real(existing), path.relative(existing, abs));
  const sys = systemFolderProblem(realTarget) ?? systemFolderProblem(abs);
  if (sys && !(kind === 'file' && realTarget === '/dev/null')) {
    throw fail(sys, `choose a folder of your project, e.g. ${option} ./out`);
  }
  if (existing === abs) {
    const st = fs.statSync(abs);
    if (kind === 'folder' && !st.isDirectory()) throw fail('already exists and is not a folder', `remove it, or choose another ${option}`);
    if (kind === 'file' && st.isDirectory()) throw fail('is a folder', `name a file, e.g. ${option} ${path.join(given, 'out')}`);
    if (!writable(abs)) throw fail('is not writable (permission denied)', `choose a folder you own, e.g. ${option} ./out`);
    return;
  }
  const part = givenPart(given, abs, existing);
  if (!fs.statSync(existing).isDirectory()) {
    throw fail(`cannot be created: ${part} is a file, not a folder`, `remove that file, or choose another ${option}`);
  }
  if (!writable(existing)) throw fail(`cannot be created: ${part} is not writable (permission denied)`, `choose a folder you own, e.g. ${option} ./out`);
}

/** The part of the path as the user typed it that names `existing` (an ancestor of `abs`). */
function givenPart(given: string, abs: string, existing: string): string {
  const extra = path.relative(existing, abs).split(path.sep).filter(Boolean).length;
  const parts = given.replace(/\/+$/, '').split('/');
  if (extra === 0) return given;
  if (extra < parts.length) return parts.slice(0, parts.length - extra).join('/') || '/';
  return existing;
}
