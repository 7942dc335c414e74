/**
 * `npm run bench [name...]`: runs every bench/*.bench.ts (or the named ones) and prints the tables.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BenchTable, printTable } from './harness';

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort()
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
  console.log(`# cdk-research-workspaces benchmarks (node ${process.version}, ${new Date().toISOString().slice(0, 10)})`);
  for (const f of files) {
    // require, not import(): ts-node registers .ts for require only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(__dirname, f));
    const tables: BenchTable[] = await mod.run();
    tables.forEach(printTable);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
