import * as fs from 'fs';
import * as path from 'path';
import { CaseKind, cliArgs, EntryPoint, expectedLine, HostileCase, loadCases, materialize } from './corpus';
import { locateInFile, readPermitFile } from '../../src/cli/permit-file';
import { LabStack } from '../../src/stacks/aws/lab-stack';
import { readKubernetesLabFile } from '../../src/stacks/kubernetes/kubernetes-lab-file';
import { readProxmoxLabFile } from '../../src/stacks/proxmox/proxmox-lab-file';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { PermitLifecycle, PermitStatus } from '../../src/workspaces/permit';
import { WorkspacePolicy } from '../../src/workspaces/policy';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { UserRegistry } from '../../src/workspaces/users';
import { ensureBuilt, rws, tempDir } from '../cli/helpers';

/**
 * Runs every case of test/hostile/cases/ (see corpus.ts for the format) against the library
 * loader and the real `rws` binary (validate, lint, synth), and asserts the exact outcome: the
 * error code at the field, exit code 2, and no secret of the file in any output.
 */

const CASES = loadCases();

/** Loads a case file the way the library's users do. */
function libraryLoad(kind: CaseKind, file: string): void {
  switch (kind) {
    case 'lab': LabStack.loadDefinition(file); return;
    case 'kubernetes-lab': readKubernetesLabFile(file); return;
    case 'proxmox-lab': readProxmoxLabFile(file); return;
    case 'policy': WorkspacePolicy.fromFile(file); return;
    case 'registry': UserRegistry.fromFile(file); return;
    case 'permit': {
      const loaded = readPermitFile(file);
      try {
        PermitLifecycle.plan({ ...loaded.permit, status: PermitStatus.INGRESS_IN_PROGRESS });
      } catch (e) {
        if (WorkspaceInputError.isWorkspaceInputError(e)) throw locateInFile(e, loaded.source);
        throw e;
      }
      return;
    }
    case 'template': {
      const c = TemplateCatalog.bundled();
      c.loadDirectory(path.dirname(file));
      return;
    }
  }
}

function withEnv<T>(env: Record<string, string> | undefined, fn: () => T): T {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env ?? {})) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const root = tempDir('hostile');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('the corpus has cases for every item of issue 13 this covers, and every kind', () => {
  const text = CASES.map((c) => c.description).join('\n');
  for (const item of ['13.2', '13.3', '13.4', '13.7', '13.8']) expect(text).toContain(`issue ${item}`);
  const kinds = new Set(CASES.map((c) => c.expect.kind));
  expect([...kinds].sort()).toEqual(['kubernetes-lab', 'lab', 'permit', 'policy', 'proxmox-lab', 'registry', 'template']);
  expect(CASES.some((c) => c.expect.accept?.length)).toBe(true);
});

describe.each(CASES.map((c) => [c.name, c] as [string, HostileCase]))('%s', (_name, c) => {
  const e = c.expect;
  const entries = (list: EntryPoint[] | undefined, want: EntryPoint) => (list ?? []).includes(want);

  test(`library: ${entries(e.reject, 'library') ? 'rejects' : entries(e.accept, 'library') ? 'accepts' : 'not applicable'}`, () => {
    const { file } = materialize(c, root);
    let error: unknown;
    try {
      withEnv(e.env, () => libraryLoad(e.kind, file));
    } catch (x) {
      error = x;
    }
    if (entries(e.accept, 'library')) {
      expect(error).toBeUndefined();
      return;
    }
    if (!entries(e.reject, 'library')) return;
    expect(error).toBeDefined();
    const message = String((error as Error).message);
    if (e.code) {
      expect(WorkspaceInputError.isWorkspaceInputError(error)).toBe(true);
      const diagnostics = (error as WorkspaceInputError).diagnostics;
      const key = (code: string, field: string | undefined) => `${code} ${field ?? ''}`.trimEnd();
      expect(diagnostics.map((d) => key(d.code, d.field))).toContain(key(e.code, e.field));
    }
    if (e.message) expect(message).toContain(e.message);
    if (e.secret) {
      expect(message).not.toContain(e.secret);
      expect(JSON.stringify((error as any).diagnostics ?? [])).not.toContain(e.secret);
    }
  });

  const cli = (['validate', 'lint', 'synth'] as EntryPoint[]).filter((p) => entries(e.reject, p) || entries(e.accept, p));
  if (cli.length === 0) return;
  test.each(cli)('rws %s', (entry) => {
    ensureBuilt();
    const { dir } = materialize(c, root);
    const args = cliArgs(e.kind, entry, path.join(dir, 'out'));
    expect(args).toBeDefined();
    const r = rws(args!, dir, e.env ?? {}, 120_000);
    const all = `${r.stdout}\n${r.stderr}`;
    if (entries(e.accept, entry)) {
      expect({ code: r.code, all }).toEqual({ code: 0, all });
      return;
    }
    // Input errors exit 2; the template checkers exit 1 for findings (docs/cli.md).
    expect({ code: r.code, all }).toEqual({ code: e.kind === 'template' ? 1 : 2, all });
    if (e.code) expect(all).toContain(expectedLine(e));
    if (e.message) expect(all).toContain(e.message);
    if (e.secret) expect(all).not.toContain(e.secret);
    // One problem is one line: never a stack trace or a raw Node error.
    expect(all).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|Error: E[A-Z]+:/);
    // Nothing was written for a refused input.
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  }, 150_000);
});
