/**
 * Detection of the external validators the tests drive. A missing tool is loud: locally the
 * check that needs it is skipped (and says so); under CI=true it is a failure.
 */
import { execFileSync } from 'child_process';

const cache = new Map<string, boolean>();

/** Whether `tool` is on PATH. */
export function hasTool(tool: string): boolean {
  if (!cache.has(tool)) {
    let ok = true;
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      ok = false;
    }
    cache.set(tool, ok);
  }
  return cache.get(tool)!;
}

/**
 * True when the tool is present. When it is missing: under CI=true throws (the test fails),
 * otherwise prints a loud warning and returns false so the caller skips only this check.
 */
export function requireTool(tool: string, why: string): boolean {
  if (hasTool(tool)) return true;
  const msg = `${tool} is not installed: ${why}`;
  if (process.env.CI === 'true') {
    throw new Error(`CI=true and ${msg}. Install it (see scripts/ensure-tools.sh) — a missing tool is a failure in CI.`);
  }
  // eslint-disable-next-line no-console
  console.warn(`\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n!! SKIPPED CHECK: ${msg}\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n`);
  return false;
}
