import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * The hostile-input corpus (issue 13): one YAML file per case in `test/hostile/cases/`, with
 * its expected outcome in a comment header:
 *
 * ```yaml
 * # hostile: what the attacker tries (one line, the issue item)
 * # expect: {"kind": "lab", "code": "cidr-whole-internet", "field": "workspaces[0].ssh_cidrs", "reject": ["library", "validate", "synth"]}
 * name: ...
 * ```
 *
 * `kind` says what the file is and so where it is copied and how it is loaded (see
 * `FILE_NAME`); `reject` lists the entry points that must refuse it with `code` at `field`
 * (and `message`, a substring, when given); `accept` lists the ones that must load it (a
 * control case). Optional: `files` (other files beside it, name -> text), `symlinks` (name ->
 * target), `secret` (text that must appear in no output), `env` (environment of the run),
 * `pad_bytes` (a comment of that size appended: size limits). To add a case, add a file.
 */

/** What a case file is. */
export type CaseKind = 'lab' | 'kubernetes-lab' | 'proxmox-lab' | 'policy' | 'registry' | 'permit' | 'template';

/** Where a case is run. */
export type EntryPoint = 'library' | 'validate' | 'lint' | 'synth';

/** A case's expectation header. */
export interface CaseExpectation {
  readonly kind: CaseKind;
  readonly code?: string;
  readonly field?: string;
  readonly message?: string;
  readonly reject?: EntryPoint[];
  readonly accept?: EntryPoint[];
  readonly files?: Record<string, string>;
  readonly symlinks?: Record<string, string>;
  readonly secret?: string;
  readonly env?: Record<string, string>;
  readonly pad_bytes?: number;
}

/** A parsed case. */
export interface HostileCase {
  readonly name: string;
  readonly description: string;
  readonly text: string;
  readonly expect: CaseExpectation;
}

/** The file name a case of each kind gets in its folder. */
export const FILE_NAME: Record<CaseKind, string> = {
  'lab': 'lab.yaml',
  'kubernetes-lab': 'lab.yaml',
  'proxmox-lab': 'lab.yaml',
  'policy': 'policy.yaml',
  'registry': 'users.yaml',
  'permit': 'permit.yaml',
  'template': 'templates/case.yaml',
};

export const CASES_DIR = path.join(__dirname, 'cases');

/** Every case, sorted by name; a malformed header fails loudly. */
export function loadCases(): HostileCase[] {
  return fs.readdirSync(CASES_DIR).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => {
    const text = fs.readFileSync(path.join(CASES_DIR, f), 'utf8');
    const description = /^# (?:hostile|control): (.*)$/m.exec(text)?.[1];
    const header = /^# expect: (\{.*\})$/m.exec(text)?.[1];
    if (!description || !header) throw new Error(`${f}: needs "# hostile: ..." (or "# control: ...") and "# expect: {...}" lines`);
    const expect = JSON.parse(header) as CaseExpectation;
    if (!FILE_NAME[expect.kind]) throw new Error(`${f}: unknown kind ${expect.kind}`);
    if (!expect.reject?.length && !expect.accept?.length) throw new Error(`${f}: give reject or accept entry points`);
    if (expect.reject?.length && !expect.code && !expect.message) throw new Error(`${f}: a rejected case needs code or message`);
    return { name: f.replace(/\.ya?ml$/, ''), description, text, expect };
  });
}

/** Writes a case into a fresh folder; returns the folder and the case file's path in it. */
export function materialize(c: HostileCase, root: string = os.tmpdir()): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(root, `rws-hostile-${c.name}-`));
  const file = path.join(dir, FILE_NAME[c.expect.kind]);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let text = c.text;
  if (c.expect.pad_bytes) text += `# ${'x'.repeat(c.expect.pad_bytes)}\n`;
  fs.writeFileSync(file, text);
  for (const [name, content] of Object.entries(c.expect.files ?? {})) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  for (const [name, target] of Object.entries(c.expect.symlinks ?? {})) fs.symlinkSync(target, path.join(dir, name));
  return { dir, file };
}

/** The command line of an entry point for a kind (relative to the case's folder), or undefined when it does not apply. */
export function cliArgs(kind: CaseKind, entry: EntryPoint, out: string): string[] | undefined {
  const status = 'INGRESS_IN_PROGRESS';
  switch (kind) {
    case 'lab': case 'kubernetes-lab': case 'proxmox-lab':
      if (entry === 'validate') return ['lab', 'diagram', 'lab.yaml'];
      if (entry === 'synth') return ['lab', 'synth', 'lab.yaml', '--out', out];
      return undefined;
    case 'policy':
      return entry === 'validate' ? ['policy', 'show', '--policy', 'policy.yaml'] : undefined;
    case 'registry':
      return entry === 'validate' ? ['users', 'list', '--registry', 'users.yaml'] : undefined;
    case 'permit':
      if (entry === 'validate') return ['permit', 'plan', '--permit', 'permit.yaml', '--status', status];
      if (entry === 'synth') return ['permit', 'synth', '--permit', 'permit.yaml', '--status', status, '--backend', 'kubernetes', '--out', out];
      return undefined;
    case 'template':
      if (entry === 'validate') return ['templates', 'validate', 'templates'];
      if (entry === 'lint') return ['templates', 'lint', 'templates'];
      return undefined;
  }
}

/** The text a CLI run must contain for a rejected case: the model's one-line format. */
export function expectedLine(e: CaseExpectation): string {
  if (!e.code) return '';
  return e.field ? `error ${e.code}: ${e.field}: ` : `error ${e.code}: `;
}
