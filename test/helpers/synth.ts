/**
 * Synthesis into temporary folders (never the repository), and reading the templates back.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'aws-cdk-lib';

/** A fresh temporary folder under the OS temp dir; removed by `cleanTempDirs()`. */
const made: string[] = [];
export function tempDir(prefix = 'rws-aws-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

/** Removes every folder `tempDir()` made in this test file. */
export function cleanTempDirs(): void {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** One synthesized template. */
export interface SynthesizedTemplate {
  readonly file: string;
  readonly name: string;
  readonly template: any;
}

/** Synthesizes an app and returns every template it wrote (top-level and nested). */
export function synthTemplates(app: App): SynthesizedTemplate[] {
  const asm = app.synth();
  return fs.readdirSync(asm.directory).filter((f) => f.endsWith('.template.json')).sort().map((f) => ({
    file: path.join(asm.directory, f),
    name: f.replace(/\.template\.json$/, ''),
    template: JSON.parse(fs.readFileSync(path.join(asm.directory, f), 'utf8')),
  }));
}

/** Resources of a template of a given type, as [logicalId, resource] pairs. */
export function resourcesOfType(template: any, type: string): Array<[string, any]> {
  return Object.entries<any>(template.Resources ?? {}).filter(([, r]) => r.Type === type);
}
