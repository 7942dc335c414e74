import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import { FILE_SCHEMAS, schemaText } from '../../src/cli/file-schemas';
import { readPermitFile } from '../../src/cli/permit-file';
import { PROXMOX_CONFIG_EXAMPLE } from '../../src/cli/permit-synth-proxmox';
import { SchemaKind, schemaFileName, schemaModeline, schemaPath, SCHEMAS_DIR } from '../../src/cli/schema-files';
import { formatDiagnostic } from '../../src/workspaces/errors';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { FieldReader } from '../../src/workspaces/private/fields';
import { shapeProblems } from '../../src/workspaces/private/schemas/shape';
import { YamlSource } from '../../src/workspaces/private/yaml-source';
import { CaseKind, loadCases } from '../hostile/corpus';

const ROOT = path.join(__dirname, '..', '..');
const KINDS = Object.keys(FILE_SCHEMAS) as SchemaKind[];

/** The shape problems of a YAML text against a kind's schema, unknown keys included (as an editor shows them). */
function problemsOf(kind: SchemaKind, text: string, label: string) {
  const src = new YamlSource(text, label);
  return shapeProblems(new FieldReader(src, label), FILE_SCHEMAS[kind](), src.data, { unknownKeys: true });
}

/** The schema a file names in its `# yaml-language-server: $schema=...` line, as a kind. */
function modelineKind(file: string): SchemaKind | undefined {
  const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(fs.readFileSync(file, 'utf8'));
  if (!m) return undefined;
  const target = path.resolve(path.dirname(file), m[1]);
  return KINDS.find((k) => path.resolve(schemaPath(k)) === target);
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.endsWith('.out') ? [] : yamlFiles(p);
    return /\.ya?ml$/.test(e.name) ? [p] : [];
  });
}

describe('generated schema files', () => {
  test('schemas/ holds exactly the generated schemas, up to date (fix: npx projen generate:schemas)', () => {
    const onDisk = fs.readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(onDisk).toEqual(KINDS.map(schemaFileName).sort());
    for (const kind of KINDS) {
      expect({ kind, text: fs.readFileSync(schemaPath(kind), 'utf8') }).toEqual({ kind, text: schemaText(kind) });
    }
  });

  test.each(KINDS)('%s: the shipped file is a draft-07 schema that compiles in ajv strict mode', (kind) => {
    const schema = JSON.parse(fs.readFileSync(schemaPath(kind), 'utf8'));
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  test('the modeline of a file in a user\'s repository points into the installed package', () => {
    expect(schemaModeline('lab')).toBe('# yaml-language-server: $schema=./node_modules/cdk-research-workspaces/schemas/lab.schema.json');
    expect(schemaModeline('template', 'templates')).toBe('# yaml-language-server: $schema=../node_modules/cdk-research-workspaces/schemas/template.schema.json');
    expect(schemaModeline('users', 'labs/genomics/')).toBe('# yaml-language-server: $schema=../../node_modules/cdk-research-workspaces/schemas/users.schema.json');
  });

  test('the package ships schemas/ (projen npmignore)', () => {
    expect(fs.readFileSync(path.join(ROOT, '.npmignore'), 'utf8')).toMatch(/^!\/schemas\/$/m);
  });
});

describe('every example file and bundled template names its schema and validates against it', () => {
  const files = [...yamlFiles(path.join(ROOT, 'examples')), ...yamlFiles(path.join(ROOT, 'templates'))];

  test('there are files of every kind the examples use', () => {
    const kinds = new Set(files.map(modelineKind));
    for (const k of ['template', 'users', 'policy', 'lab', 'kubernetes-lab'] as SchemaKind[]) expect(kinds).toContain(k);
  });

  test.each(files.map((f) => [path.relative(ROOT, f), f]))('%s', (_rel, file) => {
    const kind = modelineKind(file);
    // Every YAML file starts with `# yaml-language-server: $schema=<relative path>` naming a shipped schema.
    expect({ file, kind }).toEqual({ file, kind: expect.any(String) });
    const problems = problemsOf(kind!, fs.readFileSync(file, 'utf8'), path.relative(ROOT, file)).map(formatDiagnostic);
    expect(problems).toEqual([]);
  });
});

test('the Proxmox permit settings example the CLI prints validates against its schema', () => {
  expect(problemsOf('permit-settings-proxmox', PROXMOX_CONFIG_EXAMPLE, 'settings.yaml').map(formatDiagnostic)).toEqual([]);
});

describe('every YAML example in the README and docs/ is a valid file of some kind', () => {
  const blocks = ['README.md', ...fs.readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
    .flatMap((f) => [...fs.readFileSync(path.join(ROOT, f), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [`${f} yaml block ${i + 1}`, m[1]] as const));

  /**
   * Blocks that are not files of the schemas' kinds, recognised by their top-level keys, each
   * with the reason. Anything else must validate against some schema.
   */
  const OTHER_FILES: Array<{ readonly keys: RegExp; readonly why: string }> = [
    { keys: /^apiVersion:.*\n(?:.*\n)*?kind:/m, why: 'a Kubernetes manifest (how to deploy the permit service), not a file the kit reads' },
  ];

  test.each(blocks)('%s', (label, text) => {
    if (OTHER_FILES.some((o) => o.keys.test(text))) {
      // None of the kit's schemas takes it (a multi-document manifest does not even load as one).
      const refused = (k: SchemaKind) => {
        try {
          return problemsOf(k, text, label).length > 0;
        } catch {
          return true;
        }
      };
      expect(KINDS.every(refused)).toBe(true);
      return;
    }
    // An unknown or misspelled key matches no schema: every schema refuses keys it does not know.
    const best = KINDS.map((k) => ({ kind: k, problems: problemsOf(k, text, label).map(formatDiagnostic) }))
      .sort((a, b) => a.problems.length - b.problems.length)[0];
    expect({ label, problems: best.problems }).toEqual({ label, problems: [] });
  });
});

/** What the schema can say about each hostile case (test/hostile/cases): it rejects it, accepts it (a control), or why only the loader can judge. */
const CIDR = 'a CIDR list is judged as a whole (halves that add up to the internet, IPv4 mapped in IPv6) and against the policy\'s cidr_max_breadth: no pattern can';
const PATH = 'a path is judged on the file system (inside the lab\'s folder, symlinks resolved): text alone cannot say where it leads';
const HOSTILE: Record<string, 'rejects' | 'accepts' | { readonly loaderOnly: string }> = {
  'kubernetes-lab-access-ipv4-mapped': { loaderOnly: CIDR },
  'kubernetes-lab-default-namespace': 'rejects',
  'kubernetes-lab-kube-prefix': 'rejects',
  'kubernetes-lab-kube-system': 'rejects',
  'kubernetes-lab-policy-etc-shadow': { loaderOnly: PATH },
  'kubernetes-lab-registry-dotenv': { loaderOnly: 'the lab file is well formed; the file it names as registry is not one, and the users schema rejects that file (tested below)' },
  'kubernetes-lab-registry-symlink': { loaderOnly: PATH },
  'lab-account-short': 'rejects',
  'lab-registry-outside': { loaderOnly: PATH },
  'lab-ssh-ipv4-halves': { loaderOnly: CIDR },
  'lab-ssh-ipv6-halves': { loaderOnly: CIDR },
  'lab-ssh-ok': 'accepts',
  'lab-ssh-policy-breadth': { loaderOnly: CIDR },
  'lab-ssh-slash-00': { loaderOnly: CIDR },
  'lab-templates-root': { loaderOnly: PATH },
  'permit-holder-halves': { loaderOnly: CIDR },
  'permit-holder-nat64': { loaderOnly: CIDR },
  'permit-holder-uid-nobody': 'rejects',
  'permit-ok': 'accepts',
  'permit-uid-max': 'rejects',
  'permit-uid-nobody': 'rejects',
  'policy-family-wildcard': 'rejects',
  'policy-region-wildcard': 'rejects',
  'policy-shadow': 'rejects',
  'proxmox-lab-access-halves': { loaderOnly: CIDR },
  'proxmox-lab-templates-parent': { loaderOnly: PATH },
  'registry-dotenv': 'rejects',
  'registry-lock-not-json': { loaderOnly: 'the broken file is the lock file, which the tool writes (not a file users write, so it has no schema); the registry itself is well formed' },
  'registry-range-from-1000': 'rejects',
  'registry-uid-1000': 'rejects',
  'registry-uid-2-31': 'rejects',
  'template-s3-bucket-injection': 'rejects',
  'template-s3-source-injection': 'rejects',
  'template-too-large': { loaderOnly: 'the size limit is checked before the file is parsed; a schema sees only the parsed values' },
};

/** Cases where the schema's code differs from the loader's, and why. */
const OTHER_CODE: Record<string, string> = {};

const KIND_SCHEMA: Record<CaseKind, SchemaKind> = {
  'lab': 'lab', 'kubernetes-lab': 'kubernetes-lab', 'proxmox-lab': 'proxmox-lab', 'policy': 'policy', 'registry': 'users', 'permit': 'permit', 'template': 'template',
};

describe('hostile inputs: the schema rejects every shape problem, and says why it cannot judge the rest', () => {
  const cases = loadCases();

  test('every case has a verdict', () => {
    expect(cases.map((c) => c.name).sort()).toEqual(Object.keys(HOSTILE).sort());
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s', (name, c) => {
    const verdict = HOSTILE[name];
    const problems = problemsOf(KIND_SCHEMA[c.expect.kind], c.text, `${name}.yaml`);
    const lines = problems.map(formatDiagnostic);
    if (verdict === 'accepts') {
      expect(lines).toEqual([]);
    } else if (verdict === 'rejects') {
      // At the loader's field (or inside it: a range is judged by its bounds), with the loader's code.
      const want = c.expect.field ?? '';
      const at = problems.filter((d) => (d.field ?? '') === want || (d.field ?? '').startsWith(`${want}.`) || (d.field ?? '').startsWith(`${want}[`));
      expect({ name, lines, found: at.length > 0 }).toEqual({ name, lines, found: true });
      if (!OTHER_CODE[name]) expect(at.map((d) => d.code)).toContain(c.expect.code);
      // The schema's words name no secret of the file either.
      if (c.expect.secret) expect(JSON.stringify(problems)).not.toContain(c.expect.secret);
    } else {
      expect(verdict.loaderOnly.length).toBeGreaterThan(20);
    }
  });

  test('the file a hostile lab names as its registry (.env) is rejected by the users schema, its secret unquoted', () => {
    const c = cases.find((x) => x.name === 'kubernetes-lab-registry-dotenv')!;
    const [name, text] = Object.entries(c.expect.files ?? {})[0];
    const problems = problemsOf('users', text, name);
    expect(problems.map((d) => d.code)).toContain('wrong-type');
    expect(JSON.stringify(problems)).not.toContain(c.expect.secret!);
  });
});

describe('ajv findings in the model\'s words: file:line:column, field, value, fix', () => {
  const lab = [
    '# yaml-language-server: $schema=../../schemas/lab.schema.json',
    'name: demo',
    'egress: proxyed',
    'vpc: { max_azs: two }',
    'workspaces:',
    '  - { name: a, template: python-ml, sise: M }',
    '',
  ].join('\n');

  test('unknown field with "did you mean", wrong type, value not allowed', () => {
    const lines = problemsOf('lab', lab, 'lab.yaml').map(formatDiagnostic);
    expect(lines).toEqual(expect.arrayContaining([
      'lab.yaml:3:9: error invalid-value: egress: not one of the allowed values (got "proxyed"). Fix: use one of none, proxied, open (did you mean "proxied"?)',
      'lab.yaml:4:17: error wrong-type: vpc.max_azs: expected a whole number, found string (got "two"). Fix: write a whole number here',
      'lab.yaml:6:37: error unknown-field: workspaces[0].sise: unknown field "sise". Fix: did you mean "size"?',
    ]));
  });

  test('a missing required field names what to add', () => {
    const lines = problemsOf('lab', 'name: demo\n', 'lab.yaml').map(formatDiagnostic);
    expect(lines).toEqual([expect.stringMatching(/^lab\.yaml:1:1: error missing-field: workspaces: required field "workspaces" is missing\. Fix: add workspaces: <value> \(The lab's workstations\.\)$/)]);
  });

  test('a value the loader explains gets the loader\'s code and words', () => {
    const lines = problemsOf('permit', 'id: p-1\nhdab_preprocessor: hdab-anna\nresearchers: [{ name: alice, uid: 65534 }]\n', 'permit.yaml').map(formatDiagnostic);
    expect(lines).toEqual(['permit.yaml:3:35: error invalid-id: researchers[0].uid: uid is reserved (nobody/nogroup) (got 65534). Fix: choose an id from 2000 to 2147483647 (the lab range), or leave it out']);
  });

  test('a key that is no field name (a line of another file) is not quoted', () => {
    const problems = problemsOf('policy', 'allowed_sizes: [M]\n"root:$6$secret:19000": 1\n', 'policy.yaml');
    expect(problems.map((d) => d.code)).toEqual(['unknown-field']);
    expect(JSON.stringify(problems)).not.toContain('secret');
  });
});

describe('the loaders run the schema', () => {
  test('the permit reader rejects a reserved uid while reading, at the file\'s line, in the model\'s words', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-schema-'));
    try {
      const file = path.join(dir, 'permit.yaml');
      fs.writeFileSync(file, 'id: p-1\nhdab_preprocessor: hdab-anna\nresearchers: [{ name: alice, uid: 65534 }]\n');
      let error: unknown;
      try {
        readPermitFile(file);
      } catch (e) {
        error = e;
      }
      expect(WorkspaceInputError.isWorkspaceInputError(error)).toBe(true);
      expect((error as Error).message).toBe(`${file}:3:35: error invalid-id: researchers[0].uid: uid is reserved (nobody/nogroup) (got 65534). `
        + 'Fix: choose an id from 2000 to 2147483647 (the lab range), or leave it out');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
