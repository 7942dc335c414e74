/**
 * Writes the JSON Schemas of the files users write (templates, users registry, policy, permit,
 * lab files) to schemas/*.schema.json, from the model's field tables (src/cli/file-schemas.ts).
 * `--check` writes nothing and fails when a file is missing or out of date
 * (test/schemas/schemas.test.ts runs the same comparison).
 *
 *   npx projen generate:schemas [--check]
 */
import * as fs from 'fs';
import * as path from 'path';
import { FILE_SCHEMAS, schemaText } from '../src/cli/file-schemas';
import { SchemaKind, schemaFileName } from '../src/cli/schema-files';

const dir = path.join(__dirname, '..', 'schemas');
const check = process.argv.includes('--check');
const stale: string[] = [];
if (!check) fs.mkdirSync(dir, { recursive: true });
for (const kind of Object.keys(FILE_SCHEMAS) as SchemaKind[]) {
  const file = path.join(dir, schemaFileName(kind));
  const text = schemaText(kind);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  if (current === text) continue;
  if (check) {
    stale.push(path.relative(process.cwd(), file));
  } else {
    fs.writeFileSync(file, text);
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}
const known = new Set((Object.keys(FILE_SCHEMAS) as SchemaKind[]).map(schemaFileName));
for (const f of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
  if (f.endsWith('.schema.json') && !known.has(f)) {
    if (check) stale.push(`${path.join('schemas', f)} (no longer generated)`);
    else {
      fs.unlinkSync(path.join(dir, f));
      console.log(`removed schemas/${f}`);
    }
  }
}
if (stale.length) {
  console.error(`out of date: ${stale.join(', ')}. Fix: npx projen generate:schemas`);
  process.exit(1);
}
