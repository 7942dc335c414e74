/**
 * Reads what cdktf recorded about a synthesized stack, without loading cdktf (the `rws`
 * command uses it after synthesis).
 */
import * as fs from 'fs';
import * as path from 'path';

/**
 * The warnings cdktf recorded for a stack at synthesis (`manifest.json` in the output folder),
 * without the construct path prefix.
 */
export function terraformStackWarnings(outdir: string, stackName: string): string[] {
  const file = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(file)) return [];
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8'));
  const annotations: Array<{ level?: string; message?: string }> = manifest.stacks?.[stackName]?.annotations ?? [];
  return annotations.filter((a) => /warn/i.test(a.level ?? '')).map((a) => String(a.message));
}
