/**
 * Runs the real cfn-lint (installed with the machine's Python) on synthesized templates.
 */
import { spawnSync } from 'child_process';

export interface CfnLintMatch {
  readonly rule: string;
  readonly level: string;
  readonly message: string;
  readonly file: string;
  readonly path: string;
}

/**
 * Lints template files and returns every match (errors, warnings and informational).
 * `ignoreChecks` are rule ids passed to `--ignore-checks`, each of which must come with a
 * reason in the calling test.
 */
export function cfnLint(files: string[], ignoreChecks: string[] = []): CfnLintMatch[] {
  const args = ['--format', 'json', ...(ignoreChecks.length ? ['--ignore-checks', ...ignoreChecks] : []), '--', ...files];
  const r = spawnSync('cfn-lint', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  // cfn-lint exits non-zero when it finds something; only an unparsable output is a failure here.
  let parsed: any[];
  try {
    parsed = JSON.parse(r.stdout || '[]');
  } catch {
    throw new Error(`cfn-lint produced no JSON (exit ${r.status}): ${r.stderr || r.stdout}`);
  }
  return parsed.map((m) => ({
    rule: m.Rule?.Id ?? '?',
    level: m.Level ?? '?',
    message: m.Message ?? '',
    file: m.Filename ?? '',
    path: (m.Location?.Path ?? []).join('/'),
  }));
}

/** Formats matches for an assertion message. */
export function formatMatches(ms: CfnLintMatch[]): string {
  return ms.map((m) => `${m.level} ${m.rule} ${m.file} ${m.path}: ${m.message}`).join('\n');
}
