/**
 * Names and places of the JSON Schemas the package ships (`schemas/<kind>.schema.json`), without
 * loading the schemas themselves (file-schemas.ts builds them, and loads every backend).
 */
import * as path from 'path';

/** The kinds of file a user writes. */
export type SchemaKind = 'template' | 'users' | 'policy' | 'permit' | 'lab' | 'kubernetes-lab' | 'proxmox-lab'
  | 'permit-settings-aws' | 'permit-settings-kubernetes' | 'permit-settings-proxmox' | 'permit-service' | 'permit-service-tokens' | 'institution';

/** The folder of the generated schemas in the package (beside `lib/` and `templates/`). */
export const SCHEMAS_DIR = path.join(__dirname, '..', '..', 'schemas');

/** Where the package is installed in a user's repository, relative to its root. */
export const INSTALLED_PACKAGE_DIR = 'node_modules/cdk-research-workspaces';

/** The file name of a kind's schema: `lab.schema.json`. */
export function schemaFileName(kind: SchemaKind): string {
  return `${kind}.schema.json`;
}

/** The absolute path of a kind's schema file in the installed package. */
export function schemaPath(kind: SchemaKind): string {
  return path.join(SCHEMAS_DIR, schemaFileName(kind));
}

/**
 * The first line of a YAML file a user writes, naming its schema for the YAML language server:
 * `# yaml-language-server: $schema=./node_modules/cdk-research-workspaces/schemas/lab.schema.json`.
 * `folder` is the file's folder relative to the repository root (`templates` for
 * `templates/my.yml`; the default is the root itself). `rws init` can start every file it writes with it.
 */
export function schemaModeline(kind: SchemaKind, folder: string = '.'): string {
  const rel = path.posix.relative(path.posix.normalize(folder), `${INSTALLED_PACKAGE_DIR}/schemas/${schemaFileName(kind)}`);
  return `# yaml-language-server: $schema=${rel.startsWith('.') ? rel : `./${rel}`}`;
}
