/** The kinds of file a user writes. */
export type SchemaKind = 'template' | 'users' | 'policy' | 'permit' | 'lab' | 'kubernetes-lab' | 'proxmox-lab' | 'permit-settings-aws' | 'permit-settings-kubernetes' | 'permit-settings-proxmox' | 'permit-service' | 'permit-service-tokens' | 'institution';
/** The folder of the generated schemas in the package (beside `lib/` and `templates/`). */
export declare const SCHEMAS_DIR: string;
/** Where the package is installed in a user's repository, relative to its root. */
export declare const INSTALLED_PACKAGE_DIR = "node_modules/cdk-research-workspaces";
/** The file name of a kind's schema: `lab.schema.json`. */
export declare function schemaFileName(kind: SchemaKind): string;
/** The absolute path of a kind's schema file in the installed package. */
export declare function schemaPath(kind: SchemaKind): string;
/**
 * The first line of a YAML file a user writes, naming its schema for the YAML language server:
 * `# yaml-language-server: $schema=./node_modules/cdk-research-workspaces/schemas/lab.schema.json`.
 * `folder` is the file's folder relative to the repository root (`templates` for
 * `templates/my.yml`; the default is the root itself). `rws init` can start every file it writes with it.
 */
export declare function schemaModeline(kind: SchemaKind, folder?: string): string;
