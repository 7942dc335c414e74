import * as fs from 'fs';
import { Diagnostic } from '../workspaces/errors';
import { WorkspaceInputError } from '../workspaces/private/error';
import { formatPath, YamlPath, YamlSource } from '../workspaces/private/yaml-source';

/**
 * Points problems that a stack or construct found in its properties (fields like
 * `workspaces[2] (alice-gpu).nodeName`, located at `construct lab/alice-gpu` or at the lab file
 * without a line) at the line of the YAML file the properties were read from.
 */

/** `workspaces[0] (alice).nodeName` -> ['workspaces', 0, 'node'] with the aliases, else snake_case. */
export function yamlPathOfField(field: string, aliases: { [camel: string]: string }): YamlPath {
  const out: Array<string | number> = [];
  for (const m of field.replace(/\s*\([^)]*\)/g, '').matchAll(/([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(aliases[m[1]] ?? m[1].replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
  }
  return out;
}

/** The index of the workspace a construct path names (`[construct ]Lab/Workspaces017/alice-ml`), if any. */
function workspaceOf(src: YamlSource, file: string): number | undefined {
  if (fs.existsSync(file)) return undefined;
  const list = (src.data as any)?.workspaces;
  if (!Array.isArray(list)) return undefined;
  const parts = file.replace(/^construct /, '').split('/');
  for (let j = parts.length - 1; j > 0; j--) {
    const i = list.findIndex((w: any) => w && typeof w === 'object' && w.name === parts[j]);
    if (i >= 0) return i;
  }
  return undefined;
}

/** Relocates the problems of `e` that have no line into `src`; returns `e` itself when none moved. */
export function relocate(e: WorkspaceInputError, src: YamlSource, aliases: { [camel: string]: string } = {}): WorkspaceInputError {
  let moved = false;
  const diagnostics = e.diagnostics.map((d): Diagnostic => {
    const file = d.location?.file;
    if (d.location?.line !== undefined) return d;
    const ws = file !== undefined && file !== src.file ? workspaceOf(src, file) : undefined;
    if (file !== undefined && file !== src.file && !file.startsWith('construct ') && ws === undefined) return d;
    let p = d.field ? yamlPathOfField(d.field, aliases) : [];
    if (ws !== undefined && p[0] !== 'workspaces') p = ['workspaces', ws, ...p];
    if (p.length === 0 || src.node([p[0]]) === undefined) return d;
    moved = true;
    return { ...d, field: formatPath(p), location: src.locate(p) };
  });
  if (!moved) return e;
  return new WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `${src.file}: ${diagnostics.length} problems in the lab definition` : undefined);
}
