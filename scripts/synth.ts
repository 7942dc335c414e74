/**
 * `npm run synth`: the project's main job. Resolves the bundled template catalog and prints
 * it as a table; later stages synthesize the example lab and permit stacks.
 */
import { TemplateCatalog, WorkspaceSizing } from '../src';
import { formatTable } from '../src/workspaces/private/table';

function catalogReport(): string {
  const catalog = TemplateCatalog.bundled();
  const rows = catalog.resolveAll().map((t) => {
    const s = WorkspaceSizing.of(t);
    return [
      t.slug,
      t.os,
      t.connectionType,
      t.packageManager,
      s.size,
      s.instanceType,
      s.hourlyCost === undefined ? undefined : `$${s.hourlyCost.toFixed(4)}`,
      t.inheritanceChain.slice(0, -1).join(' > ') || undefined,
    ];
  });
  return formatTable(['template', 'base', 'connection', 'packages', 'size', 'instance', 'cost/h', 'inherits'], rows);
}

function main(): void {
  console.log(`Template catalog (${TemplateCatalog.bundledDirectory()}):\n`);
  console.log(catalogReport());
}

main();
