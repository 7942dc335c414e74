import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { Diagnostic, DiagnosticSeverity, formatDiagnostic } from '../../src/workspaces/errors';
import { TemplateLinter } from '../../src/workspaces/linter';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { ParameterType } from '../../src/workspaces/template';

const FILE = 'bad.yml';

/** A YAML document from lines. */
function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

const HEAD = ['name: Test', 'description: A test template', 'base: ubuntu-22.04'];

function inputError(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError, but nothing was thrown');
}

function parseError(yaml: string): WorkspaceInputError {
  return inputError(() => new TemplateCatalog().addYaml(yaml, FILE));
}

interface Case {
  readonly yaml: string;
  readonly code: string;
  /** Field path, or undefined for problems that have none (YAML syntax). */
  readonly field: string | undefined;
  /** Printed value, or undefined when the problem is a missing value. */
  readonly value: string | undefined;
  readonly line: number;
  readonly column: number;
  readonly fix: RegExp;
}

function bad(yaml: string, code: string, field: string | undefined, value: string | undefined, line: number, column: number, fix: RegExp): Case {
  return { yaml, code, field, value, line, column, fix };
}

const CASES: Array<[string, Case]> = [
  ['YAML syntax error (bad indentation)', bad(
    doc(...HEAD, 'packages:', '  system:', '    - git', '   - curl'),
    'yaml-syntax', undefined, undefined, 7, 1, /indentation/,
  )],
  ['duplicate key', bad(
    doc('name: Test', 'description: d', 'name: Other', 'base: ubuntu-22.04'),
    'yaml-syntax', 'name', undefined, 3, 1, /repeated key/,
  )],
  ['missing name', bad(
    doc('description: d', 'base: ubuntu-22.04'),
    'missing-field', 'name', undefined, 1, 1, /add name:/,
  )],
  ['missing description', bad(
    doc('name: Test', 'base: ubuntu-22.04'),
    'missing-field', 'description', undefined, 1, 1, /add description:/,
  )],
  ['missing base', bad(
    doc('name: Test', 'description: d'),
    'missing-field', 'base', undefined, 1, 1, /ubuntu-22\.04.*rocky-9/,
  )],
  ['unsupported base (suggests the closest)', bad(
    doc('name: Test', 'description: d', 'base: ubuntu-2204'),
    'unsupported-base', 'base', '"ubuntu-2204"', 3, 7, /did you mean "ubuntu-22\.04"\?/,
  )],
  ['invalid connection_type', bad(
    doc(...HEAD, 'connection_type: vnc'),
    'invalid-value', 'connection_type', '"vnc"', 4, 18, /ssh, web, dcv/,
  )],
  ['invalid package_manager', bad(
    doc(...HEAD, 'package_manager: yum'),
    'invalid-value', 'package_manager', '"yum"', 4, 18, /apt, dnf, conda, spack, ami/,
  )],
  ['apt template with conda packages', bad(
    doc(...HEAD, 'package_manager: apt', 'packages:', '  conda:', '    - numpy'),
    'package-manager-mismatch', 'packages.conda', '"apt"', 7, 5, /package_manager: conda/,
  )],
  ['ami template with packages', bad(
    doc('name: Test', 'description: d', 'base: ami-based', 'package_manager: ami', 'packages:', '  system:', '    - git'),
    'package-manager-mismatch', 'packages', '"ami"', 6, 3, /bake the packages into the image/,
  )],
  ['packages given as a list', bad(
    doc(...HEAD, 'packages:', '  - git', '  - curl'),
    'wrong-type', 'packages', '["git","curl"]', 5, 3, /system: \[\.\.\.\]/,
  )],
  ['service port 70000', bad(
    doc(...HEAD, 'services:', '  - name: jupyter', '    port: 70000'),
    'out-of-range', 'services[0].port', '70000', 6, 11, /1 to 65535/,
  )],
  ['service without name', bad(
    doc(...HEAD, 'services:', '  - port: 8888'),
    'missing-field', 'services[0].name', undefined, 5, 5, /add name:/,
  )],
  ['duplicate service', bad(
    doc(...HEAD, 'services:', '  - name: jupyter', '  - name: jupyter'),
    'duplicate-service', 'services[1].name', '"jupyter"', 6, 11, /merge/,
  )],
  ['port "abc"', bad(
    doc(...HEAD, 'services:', '  - name: jupyter', '    port: abc'),
    'wrong-type', 'services[0].port', '"abc"', 6, 11, /whole number/,
  )],
  ['invalid slug', bad(
    doc('name: Test', 'slug: My_Template', 'description: d', 'base: ubuntu-22.04'),
    'invalid-slug', 'slug', '"My_Template"', 2, 7, /use "my-template"/,
  )],
  ['self inheritance', bad(
    doc(...HEAD, 'inherits: [Test]'),
    'self-inheritance', 'inherits[0]', '"Test"', 4, 12, /remove this entry/,
  )],
  ['choice parameter without choices', bad(
    doc(...HEAD, 'parameters:', '  fw:', '    type: choice'),
    'missing-field', 'parameters.fw.choices', undefined, 5, 3, /add choices:/,
  )],
  ['default not in choices', bad(
    doc(...HEAD, 'parameters:', '  fw:', '    type: choice', '    choices: [a, b]', '    default: c'),
    'invalid-default', 'parameters.fw.default', '"c"', 8, 14, /valid value/,
  )],
  ['min greater than max', bad(
    doc(...HEAD, 'parameters:', '  n:', '    type: int', '    min: 10', '    max: 1'),
    'invalid-range', 'parameters.n.min', '10', 7, 10, /swap min and max/,
  )],
  ['invalid regex pattern', bad(
    doc(...HEAD, 'parameters:', '  s:', '    type: string', '    pattern: "[a-z"'),
    'invalid-pattern', 'parameters.s.pattern', '"[a-z"', 7, 14, /regular expression/,
  )],
  ['file with a relative destination', bad(
    doc(...HEAD, 'files:', '  - destination: etc/foo.conf', '    content: x'),
    'relative-path', 'files[0].destination', '"etc/foo.conf"', 5, 18, /write \/etc\/foo\.conf/,
  )],
  ['file source over http', bad(
    doc(...HEAD, 'files:', '  - destination: /etc/foo.conf', '    source: http://example.org/foo.conf'),
    'insecure-source', 'files[0].source', '"http://example.org/foo.conf"', 6, 13, /s3:\/\/ or https:\/\//,
  )],
  ['negative idle threshold', bad(
    doc(...HEAD, 'idle_detection:', '  idle_threshold_minutes: -5'),
    'out-of-range', 'idle_detection.idle_threshold_minutes', '-5', 5, 27, /1 to 10080/,
  )],
  ['unknown size in minimum_size', bad(
    doc(...HEAD, 'minimum_size: XXL'),
    'unknown-size', 'minimum_size', '"XXL"', 4, 15, /XS, S, M, L, XL, GPU-S, GPU-M, GPU-L/,
  )],
];

describe('template parser: bad input', () => {
  test.each(CASES)('%s gives one WorkspaceInputError naming file, line, column, field, value and fix', (_label, c) => {
    const catalog = new TemplateCatalog();
    const err = inputError(() => catalog.addYaml(c.yaml, FILE));
    expect(err).toBeInstanceOf(WorkspaceInputError);
    expect(err.name).toBe('WorkspaceInputError');
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.severity).toBe(DiagnosticSeverity.ERROR);
    expect(d.code).toBe(c.code);
    expect(d.field).toBe(c.field);
    expect(d.value).toBe(c.value);
    expect(d.location).toEqual({ file: FILE, line: c.line, column: c.column });
    expect(d.fix).toMatch(c.fix);
    expect(d.message.length).toBeGreaterThan(10);
    // the message is the formatted diagnostic: file:line:column first
    expect(err.message).toBe(formatDiagnostic(d));
    expect(err.message.startsWith(`${FILE}:${c.line}:${c.column}: error ${c.code}:`)).toBe(true);
    // never a partial result
    expect(catalog.size).toBe(0);
    expect(catalog.has('test')).toBe(false);
  });

  test('a duplicate key is named in the diagnostic', () => {
    const err = parseError(doc('name: Test', 'description: d', 'name: Other', 'base: ubuntu-22.04'));
    const [d] = err.diagnostics;
    expect(d.location).toEqual({ file: FILE, line: 3, column: 1 });
    // Line and column point at the second "name"; the diagnostic should also say which key repeats.
    expect(`${d.field ?? ''} ${d.message}`).toMatch(/\bname\b/);
  });

  test('an invalid pattern together with a default is reported, not thrown as a raw SyntaxError', () => {
    const yaml = doc(...HEAD, 'parameters:', '  s:', '    type: string', '    pattern: "[a-z"', '    default: abc');
    const err = parseError(yaml);
    expect(err.diagnostics.map((x) => x.code)).toContain('invalid-pattern');
    expect(err.diagnostics.find((x) => x.code === 'invalid-pattern')?.location).toEqual({ file: FILE, line: 7, column: 14 });
  });

  test('a document that is not a mapping is one wrong-type error', () => {
    const err = parseError('- just\n- a list\n');
    expect(err.diagnostics).toHaveLength(1);
    expect(err.diagnostics[0].code).toBe('wrong-type');
    expect(err.diagnostics[0].message).toContain('found list');
    expect(err.diagnostics[0].location?.file).toBe(FILE);
  });

  test('an empty document is rejected, not read as an empty template', () => {
    const err = parseError('');
    expect(err.diagnostics[0].code).toBe('wrong-type');
  });

  test('a missing folder or file is a WorkspaceInputError naming the path', () => {
    const missing = path.join(os.tmpdir(), 'no-such-dir-for-template-tests', 'nope.yml');
    const dirErr = inputError(() => TemplateCatalog.fromDirectory(path.dirname(missing)));
    expect(dirErr.diagnostics[0].code).toBe('no-such-directory');
    expect(dirErr.diagnostics[0].location?.file).toBe(path.dirname(missing));
    expect(TemplateLinter.lintFile(missing)).toEqual([expect.objectContaining({ code: 'file-unreadable', location: { file: missing } })]);
  });

  test('several problems in one file are all reported in the same error', () => {
    const yaml = doc(
      'name: Test',
      'slug: Bad Slug',
      'base: ubuntu-2204',
      'connection_type: vnc',
      'services:',
      '  - name: jupyter',
      '    port: 70000',
      'minimum_size: XXL',
    );
    const err = parseError(yaml);
    const found = err.diagnostics.map((d) => [d.code, d.field, d.location?.line]);
    expect(found).toEqual(expect.arrayContaining([
      ['missing-field', 'description', 1],
      ['invalid-slug', 'slug', 2],
      ['unsupported-base', 'base', 3],
      ['invalid-value', 'connection_type', 4],
      ['out-of-range', 'services[0].port', 7],
      ['unknown-size', 'minimum_size', 8],
    ]));
    expect(err.diagnostics).toHaveLength(6);
    expect(err.message).toContain(`${FILE}: template "Test" has 6 problems`);
    for (const d of err.diagnostics) {
      expect(err.message).toContain(formatDiagnostic(d));
    }
  });

  test('code-defined templates (addObject) are checked the same way, located by their label', () => {
    const err = inputError(() => new TemplateCatalog().addObject({ name: 'X', description: 'd', base: 'windows' }, 'Lab/Templates/X'));
    expect(err.diagnostics).toHaveLength(1);
    expect(err.diagnostics[0]).toMatchObject({ code: 'unsupported-base', field: 'base', value: '"windows"', location: { file: 'Lab/Templates/X' } });
  });

  test('a file on disk is named by its path in diagnostics', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tpl-parser-'));
    try {
      const file = path.join(dir, 'broken.yml');
      fs.writeFileSync(file, doc(...HEAD, 'services:', '  - name: jupyter', '    port: 70000'));
      const err = inputError(() => TemplateCatalog.fromDirectory(dir));
      expect(err.diagnostics[0].location).toEqual({ file, line: 6, column: 11 });
      const loose = TemplateCatalog.fromDirectory(dir, { strict: false });
      expect(loose.size).toBe(0);
      expect(loose.rejected).toEqual([expect.objectContaining({ file, message: err.message })]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('template parser: warnings', () => {
  function warningsOf(yaml: string): Diagnostic[] {
    const c = new TemplateCatalog();
    const def = c.addYaml(yaml, FILE);
    return c.warningsOf(def.slug);
  }

  test('a misspelt top-level field is an unknown-field warning with a "did you mean", not an error', () => {
    const warnings = warningsOf(doc(...HEAD, 'pacakges:', '  system: [git]'));
    expect(warnings).toHaveLength(1);
    const [w] = warnings;
    expect(w.severity).toBe(DiagnosticSeverity.WARNING);
    expect(w.code).toBe('unknown-field');
    expect(w.field).toBe('pacakges');
    expect(w.message).toContain('"pacakges"');
    expect(w.fix).toBe('did you mean "packages"?');
    expect(w.location).toEqual({ file: FILE, line: 4, column: 1 });
  });

  test('unknown nested fields are warned about with their path', () => {
    const warnings = warningsOf(doc(...HEAD, 'services:', '  - name: jupyter', '    prot: 8888'));
    expect(warnings).toEqual([expect.objectContaining({
      code: 'unknown-field', field: 'services[0].prot', fix: 'did you mean "port"?', location: { file: FILE, line: 6, column: 5 },
    })]);
  });

  test('an unknown field unlike any known one gets a generic fix', () => {
    const [w] = warningsOf(doc(...HEAD, 'frobnicate_everything: true'));
    expect(w.code).toBe('unknown-field');
    expect(w.fix).not.toContain('did you mean');
    expect(w.fix).toMatch(/remove it/);
  });

  test('Prism catalog metadata is accepted silently', () => {
    expect(warningsOf(doc(...HEAD, 'last_updated: "2025-01-01"', 'validation_status: tested', 'estimated_launch_time: 5',
      'prerequisites: [x]', 'learning_resources: [y]'))).toEqual([]);
  });

  test('an unknown complexity is a warning', () => {
    const [w] = warningsOf(doc(...HEAD, 'complexity: extreme'));
    expect(w).toMatchObject({ code: 'invalid-value', severity: DiagnosticSeverity.WARNING, field: 'complexity', value: '"extreme"' });
  });
});

describe('template parser: valid input', () => {
  test('snake_case keys become the camelCase model, the slug comes from the name', () => {
    const c = new TemplateCatalog();
    const def = c.addYaml(doc(
      'name: "Rocky Linux 9 + Conda"',
      'description: d',
      'base: rocky-9',
      'package_manager: conda',
      'packages:',
      '  system: [git]',
      '  conda: ["pytorch::pytorch"]',
      'services:',
      '  - name: jupyter',
      '    port: 8888',
      '  - name: helper',
      'instance_defaults:',
      '  type: t3.large',
      '  root_volume_gb: 50',
      '  estimated_cost_per_hour: { x86_64: 0.08 }',
      'ports: [22]',
      'parameters:',
      '  size:',
      '    type: int',
      '    default: 3',
      '    min: 1',
      '    max: 5',
      'research_user:',
      '  efs_mount_point: /shared',
      'minimum_size: gpu-s',
    ), FILE);
    expect(def.slug).toBe('rocky-linux-9-conda');
    expect(def.packages).toEqual({ system: ['git'], conda: ['pytorch::pytorch'] });
    // enable is left unset by the parser (a child may override a parent's service); resolution applies the default.
    expect(def.services).toEqual([{ name: 'jupyter', port: 8888 }, { name: 'helper' }]);
    expect(def.instanceDefaults).toEqual({ type: 't3.large', rootVolumeGb: 50, estimatedCostPerHour: { x86: 0.08 }, ports: [22] });
    expect(def.parameters).toEqual([{ name: 'size', type: ParameterType.INT, default: '3', min: 1, max: 5 }]);
    expect(def.researchUser).toEqual({ efsMountPoint: '/shared' });
    expect(def.minimumSize).toBe('GPU-S');
    expect(def.source).toBe(FILE);
  });
});
