/**
 * Regenerates the typed bindings of the bpg/proxmox Terraform provider that the Proxmox
 * constructs use: `src/constructs/proxmox/generated/*.generated.ts`.
 *
 *   npx projen generate:proxmox-bindings            # rewrite the files
 *   npx projen generate:proxmox-bindings --check    # exit 1 when the committed files differ
 *   ... --schema FILE                                # another schema (default below)
 *
 * Input: the provider schema that `../shared/tools/tf-validate` checks against
 * (`schemas/bpg-proxmox.schema.json`, bpg/proxmox 0.111.1, `terraform providers schema -json`
 * format). It is read where it lives and never copied into the repository.
 *
 * What it does:
 * 1. keeps the provider block and only the resources in RESOURCES (the whole provider is 115
 *    resources and 5 MB of TypeScript; these are 0.6 MB);
 * 2. runs @cdktf/provider-generator 0.21 (the code generator of `cdktf get`) on that schema,
 *    offline, with the provider source `bpg/proxmox` and the constraint `~> 0.111.0`, so every
 *    stack that uses a binding gets `required_providers.proxmox = { source = "bpg/proxmox",
 *    version = "~> 0.111.0" }`;
 * 3. post-processes each file: a header saying it is generated and how, cdktf imported through
 *    `src/constructs/terraform/cdktf.ts` (the one module that names the cdktf package), and list(object)
 *    attributes (e.g. the VM's `network_device`) serialized with every key, `null` for unset
 *    ones: Terraform requires all attributes of an object value, unlike blocks.
 *
 * The output is deterministic: the same schema gives the same bytes (a test checks the
 * committed files against a fresh generation).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Terraform resource types the constructs use (plus the provider block). */
export const RESOURCES: readonly string[] = [
  'proxmox_virtual_environment_vm',
  'proxmox_virtual_environment_container',
  'proxmox_virtual_environment_file',
  'proxmox_virtual_environment_download_file',
  'proxmox_virtual_environment_firewall_rules',
  'proxmox_virtual_environment_firewall_options',
  'proxmox_virtual_environment_firewall_ipset',
  'proxmox_virtual_environment_firewall_alias',
  'proxmox_virtual_environment_pool',
];

const PROVIDER_KEY = 'registry.terraform.io/bpg/proxmox';
const PROVIDER_SOURCE = 'bpg/proxmox';
const PROVIDER_VERSION = '0.111.1';
const PROVIDER_CONSTRAINT = '~> 0.111.0';

/** Repository root (this file is in scripts/). */
const ROOT = path.resolve(__dirname, '..');
/** Default schema: the one tf-validate checks the synthesized stacks against. */
export const DEFAULT_SCHEMA = path.resolve(ROOT, '..', 'shared', 'tools', 'tf-validate', 'schemas', 'bpg-proxmox.schema.json');
/** Where the bindings live. */
export const OUT_DIR = path.join(ROOT, 'src', 'constructs', 'proxmox', 'generated');

/** One generated file. */
export interface GeneratedFile {
  /** File name inside OUT_DIR, e.g. `virtual-environment-vm.generated.ts`. */
  readonly name: string;
  /** Content. */
  readonly content: string;
}

/** A list(object) attribute found in the schema: the struct the generator names after it. */
interface ObjectListAttribute {
  readonly resource: string;
  readonly attribute: string;
  readonly keys: string[];
}

/** The schema reduced to the provider block and RESOURCES, with the provider version. */
export function filterSchema(full: any): any {
  const provider = full?.provider_schemas?.[PROVIDER_KEY];
  if (!provider) throw new Error(`the schema has no provider ${PROVIDER_KEY}`);
  const missing = RESOURCES.filter((r) => !provider.resource_schemas?.[r]);
  if (missing.length) throw new Error(`the schema lacks ${missing.join(', ')}`);
  return {
    format_version: full.format_version,
    provider_schemas: {
      [PROVIDER_KEY]: {
        provider: provider.provider,
        resource_schemas: Object.fromEntries(RESOURCES.map((r) => [r, provider.resource_schemas[r]])),
        data_source_schemas: {},
      },
    },
    // No provider_versions: cdktf writes an exact providerVersion in preference to the
    // constraint, and required_providers must carry the constraint.
  };
}

/** Every optional or required attribute of type list(object) or set(object), at any block depth. */
function objectListAttributes(schema: any): ObjectListAttribute[] {
  const out: ObjectListAttribute[] = [];
  const walk = (resource: string, block: any, prefix: string[]) => {
    for (const [name, a] of Object.entries<any>(block.attributes ?? {})) {
      const t = a.type;
      if (Array.isArray(t) && (t[0] === 'list' || t[0] === 'set') && Array.isArray(t[1]) && t[1][0] === 'object' && (a.optional || a.required)) {
        out.push({ resource, attribute: [...prefix, name].join('.'), keys: Object.keys(t[1][1]).sort() });
      }
    }
    for (const [name, b] of Object.entries<any>(block.block_types ?? {})) walk(resource, b.block, [...prefix, name]);
  };
  const p = schema.provider_schemas[PROVIDER_KEY];
  for (const [r, s] of Object.entries<any>(p.resource_schemas)) walk(r, s.block, []);
  walk('provider', p.provider.block, []);
  return out;
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * Makes the serializer of a list(object) attribute write every key: `key: cdktf.xToTerraform(v)`
 * becomes `key: cdktf.xToTerraform(v) ?? null` inside `<struct>ToTerraform` (JSON) and the HCL
 * twin. Throws when the generator's output does not have the expected shape, so a generator
 * upgrade cannot silently drop the fix.
 */
function patchObjectList(content: string, attr: ObjectListAttribute, file: string): string {
  const prefix = camel(attr.resource.replace(/^proxmox_/, ''));
  const fn = `${prefix}${attr.attribute.split('.').map((p) => camel(p).replace(/^./, (c) => c.toUpperCase())).join('')}`;
  let out = content;
  for (const [suffix, line] of [
    ['ToTerraform', (k: string) => new RegExp(`^(    ${k}: cdktf\\.\\w+ToTerraform\\(struct!\\.\\w+\\))(,)$`, 'm')],
    ['ToHclTerraform', (k: string) => new RegExp(`^(    ${k}: \\{\\n      value: cdktf\\.\\w+ToHclTerraform\\(struct!\\.\\w+\\))(,)$`, 'm')],
  ] as Array<[string, (k: string) => RegExp]>) {
    const start = out.indexOf(`export function ${fn}${suffix}(`);
    if (start < 0) throw new Error(`${file}: ${fn}${suffix} not found (list(object) attribute ${attr.resource}.${attr.attribute})`);
    const end = out.indexOf('\n}\n', start);
    let body = out.slice(start, end);
    for (const key of attr.keys) {
      const re = line(key);
      if (!re.test(body)) throw new Error(`${file}: ${fn}${suffix} does not serialize "${key}" the expected way; update patchObjectList`);
      body = body.replace(re, '$1 ?? null$2');
    }
    out = out.slice(0, start) + body + out.slice(end);
  }
  return out;
}

function header(schemaSha: string): string {
  return [
    '// GENERATED FILE: DO NOT EDIT.',
    `// Typed binding of the bpg/proxmox Terraform provider ${PROVIDER_VERSION} (required_providers: source "${PROVIDER_SOURCE}", version "${PROVIDER_CONSTRAINT}"),`,
    '// generated by @cdktf/provider-generator 0.21.0 from ../shared/tools/tf-validate/schemas/bpg-proxmox.schema.json',
    `// (sha256 ${schemaSha}) and post-processed by scripts/generate-proxmox-bindings.ts.`,
    '// Regenerate: npx projen generate:proxmox-bindings (check: npx projen generate:proxmox-bindings --check).',
    '/* eslint-disable */',
    '',
  ].join('\n');
}

/**
 * Generates the bindings in memory (the generator writes to a temporary folder, removed here).
 * @param schemaFile the provider schema
 */
export async function generateProxmoxBindings(schemaFile: string = DEFAULT_SCHEMA): Promise<GeneratedFile[]> {
  if (!fs.existsSync(schemaFile)) {
    throw new Error(`provider schema not found: ${schemaFile}. Fix: check out ../shared next to this repository, or pass --schema FILE`);
  }
  const raw = fs.readFileSync(schemaFile);
  const schemaSha = crypto.createHash('sha256').update(raw).digest('hex');
  const schema = filterSchema(JSON.parse(raw.toString('utf8')));
  // Imported by file: the package root would load the jsii-pacmak half of the generator. Its
  // codemaker and commons are loaded from beside it (jsii-pacmak brings another codemaker).
  // @cdktf/commons runs `terraform version` when loaded; a TF_CLI_CONFIG_FILE that does not
  // exist makes terraform print a warning that looks like a failure.
  const cliConfig = process.env.TF_CLI_CONFIG_FILE;
  if (cliConfig !== undefined && !fs.existsSync(cliConfig)) process.env.TF_CLI_CONFIG_FILE = '/dev/null';
  process.env.CHECKPOINT_DISABLE ??= '1';
  const generatorDir = path.dirname(require.resolve('@cdktf/provider-generator/package.json'));
  const load = (id: string) => require(require.resolve(id, { paths: [generatorDir] }));
  const { TerraformProviderGenerator } = load('@cdktf/provider-generator/lib/get/generator/provider-generator');
  const { CodeMaker } = load('codemaker');
  const commons = load('@cdktf/commons');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proxmox-bindings-'));
  try {
    const code = new CodeMaker();
    const generator = new TerraformProviderGenerator(code, schema);
    const constraint = new commons.TerraformProviderConstraint({ source: PROVIDER_SOURCE, version: PROVIDER_CONSTRAINT, name: 'proxmox' });
    generator.generate(new commons.ConstructsMakerProviderTarget(constraint, commons.LANGUAGES[0]));
    await code.save(tmp);
    const base = path.join(tmp, 'providers', 'proxmox');
    const lists = objectListAttributes(schema);
    const files: GeneratedFile[] = [];
    const dirs = fs.readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    for (const dir of dirs) {
      const name = `${dir}.generated.ts`;
      let content = fs.readFileSync(path.join(base, dir, 'index.ts'), 'utf8');
      const imports = "import * as cdktf from 'cdktf';";
      if (!content.includes(imports)) throw new Error(`${dir}/index.ts does not import cdktf as expected`);
      content = content.replace(imports, "import * as cdktf from '../../terraform/cdktf';");
      const resource = dir === 'provider' ? 'provider' : `proxmox_${dir.replace(/-/g, '_')}`;
      for (const attr of lists.filter((l) => l.resource === resource)) content = patchObjectList(content, attr, name);
      files.push({ name, content: header(schemaSha) + content });
    }
    const expected = RESOURCES.length + 1;
    if (files.length !== expected) throw new Error(`expected ${expected} bindings, the generator wrote ${files.length}: ${files.map((f) => f.name).join(', ')}`);
    return files;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** Names of the committed files that differ from `files` (missing, changed or extra). */
export function differences(files: GeneratedFile[], dir: string = OUT_DIR): string[] {
  const out: string[] = [];
  const want = new Set(files.map((f) => f.name));
  for (const f of files) {
    const p = path.join(dir, f.name);
    if (!fs.existsSync(p)) out.push(`${f.name} (missing)`);
    else if (fs.readFileSync(p, 'utf8') !== f.content) out.push(`${f.name} (differs)`);
  }
  if (fs.existsSync(dir)) {
    for (const n of fs.readdirSync(dir)) if (n.endsWith('.generated.ts') && !want.has(n)) out.push(`${n} (not generated any more)`);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  let schema = DEFAULT_SCHEMA;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--check') check = true;
    else if (argv[i] === '--schema') schema = path.resolve(argv[++i] ?? '');
    else throw new Error(`unknown argument ${argv[i]}: use --check and --schema FILE`);
  }
  const t0 = Date.now();
  const files = await generateProxmoxBindings(schema);
  const diff = differences(files);
  if (check) {
    if (diff.length) {
      console.error(`The bpg/proxmox bindings are out of date: ${diff.join(', ')}. Fix: npx projen generate:proxmox-bindings`);
      return 1;
    }
    console.log(`bpg/proxmox bindings are up to date (${files.length} files)`);
    return 0;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const n of fs.readdirSync(OUT_DIR)) if (n.endsWith('.generated.ts') && !files.some((f) => f.name === n)) fs.rmSync(path.join(OUT_DIR, n));
  for (const f of files) fs.writeFileSync(path.join(OUT_DIR, f.name), f.content);
  const bytes = files.reduce((a, f) => a + Buffer.byteLength(f.content), 0);
  console.log(`wrote ${files.length} files (${(bytes / 1024).toFixed(0)} KiB) to ${path.relative(ROOT, OUT_DIR)} in ${Date.now() - t0} ms; changed: ${diff.length ? diff.join(', ') : 'nothing'}`);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((rc) => process.exit(rc), (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
