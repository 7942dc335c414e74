import { TemplateCatalog } from '../../src/workspaces/catalog';
import { DiagnosticSeverity } from '../../src/workspaces/errors';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { renderGoTemplate, TemplateSyntaxError } from '../../src/workspaces/private/go-template';
import { ConnectionType, OperatingSystem, PackageManager, ParameterType } from '../../src/workspaces/template';

function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** A template document: name, slug, description, then the given lines. */
function tpl(slug: string, ...lines: string[]): string {
  return doc(`name: Template ${slug.toUpperCase()}`, `slug: ${slug}`, `description: template ${slug}`, ...lines);
}

function inputError(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError, but nothing was thrown');
}

function catalogOf(...docs: Array<[string, string]>): TemplateCatalog {
  const c = new TemplateCatalog();
  for (const [file, yaml] of docs) c.addYaml(yaml, file);
  return c;
}

describe('inheritance: merge rules', () => {
  const parent = tpl('parent',
    'base: ubuntu-22.04',
    'category: Parent Category',
    'domain: ml',
    'icon: P',
    'popular: true',
    'connection_type: ssh',
    'packages:',
    '  system: [git, curl, vim]',
    '  pip: [requests]',
    'services:',
    '  - name: jupyter',
    '    port: 8888',
    '    config: ["c.A = 1"]',
    '  - name: mlflow',
    '    port: 5000',
    'users:',
    '  - name: rocky',
    '    groups: [wheel, sudo]',
    '  - name: alice',
    'files:',
    '  - destination: /etc/a.conf',
    '    content: parent-a',
    '  - destination: /etc/b.conf',
    '    content: parent-b',
    'tags:',
    '  team: parent',
    '  kind: base',
    'variables:',
    '  ENV_NAME: parent-env',
    '  KEEP: kept',
    'idle_detection:',
    '  idle_threshold_minutes: 30',
    '  check_interval_minutes: 5',
    'instance_defaults:',
    '  type: t3.medium',
    '  ports: [22, 8888]',
    'post_install: |',
    '  echo parent',
    'user_data: |',
    '  echo parent-data',
  );
  const child = tpl('child',
    'inherits: [parent]',
    'long_description: child only',
    'category: Child Category',
    'popular: false',
    'connection_type: web',
    'package_manager: conda',
    'packages:',
    '  system: [curl, htop, git]',
    '  conda: [numpy]',
    'services:',
    '  - name: jupyter',
    '    port: 9999',
    '    config: ["c.B = 2"]',
    '  - name: code-server',
    '    port: 8080',
    'users:',
    '  - name: rocky',
    '    groups: [docker, sudo]',
    '    shell: /bin/zsh',
    '  - name: bob',
    'files:',
    '  - destination: /etc/b.conf',
    '    content: child-b',
    'tags:',
    '  team: child',
    'variables:',
    '  ENV_NAME: child-env',
    'idle_detection:',
    '  idle_threshold_minutes: 60',
    'instance_defaults:',
    '  type: t3.large',
    '  ports: [8888, 8080]',
    'post_install: |',
    '  echo child',
    'user_data: |',
    '  echo child-data',
  );
  const catalog = catalogOf(['parent.yml', parent], ['child.yml', child]);
  const r = catalog.resolve('child');
  const d = r.definition;

  test('the chain runs from the parent to the template', () => {
    expect(r.inheritanceChain).toEqual(['parent', 'child']);
    expect(d.inherits).toEqual(['parent']);
  });

  test('package lists are appended without duplicates, parent first', () => {
    expect(d.packages?.system).toEqual(['git', 'curl', 'vim', 'htop']);
    expect(d.packages?.pip).toEqual(['requests']);
    expect(d.packages?.conda).toEqual(['numpy']);
  });

  test('services are merged by name, the child\'s fields winning, new ones appended', () => {
    expect(d.services).toEqual([
      { name: 'jupyter', port: 9999, config: ['c.B = 2'], enable: true },
      { name: 'mlflow', port: 5000, enable: true },
      { name: 'code-server', port: 8080, enable: true },
    ]);
  });

  test('users are merged by name with their groups united', () => {
    expect(d.users).toEqual([
      { name: 'rocky', groups: ['wheel', 'sudo', 'docker'], shell: '/bin/zsh' },
      { name: 'alice' },
      { name: 'bob' },
    ]);
  });

  test('files are merged by destination, the child replacing the parent\'s file', () => {
    expect(d.files).toEqual([
      { destination: '/etc/a.conf', content: 'parent-a' },
      { destination: '/etc/b.conf', content: 'child-b' },
    ]);
  });

  test('tags, variables and nested settings are merged key by key, the child winning', () => {
    expect(d.tags).toEqual({ team: 'child', kind: 'base' });
    expect(d.variables).toEqual({ ENV_NAME: 'child-env', KEEP: 'kept' });
    expect(d.idleDetection).toEqual({ idleThresholdMinutes: 60, checkIntervalMinutes: 5 });
  });

  test('instance defaults: child type wins, ports are united', () => {
    expect(d.instanceDefaults?.type).toBe('t3.large');
    expect(d.instanceDefaults?.ports).toEqual([22, 8888, 8080]);
  });

  test('scalars: the child\'s value wins when set (also false), the parent\'s is kept otherwise', () => {
    expect(d.category).toBe('Child Category');
    expect(d.popular).toBe(false);
    expect(d.domain).toBe('ml');
    expect(d.icon).toBe('P');
    expect(d.base).toBe('ubuntu-22.04');
    expect(r.os).toBe(OperatingSystem.UBUNTU_22_04);
    expect(r.connectionType).toBe(ConnectionType.WEB);
    expect(r.packageManager).toBe(PackageManager.CONDA);
  });

  test('identity is never inherited', () => {
    expect(d.name).toBe('Template CHILD');
    expect(d.slug).toBe('child');
    expect(d.description).toBe('template child');
    expect(d.longDescription).toBe('child only');
    expect(d.source).toBe('child.yml');
    expect(catalog.resolve('parent').definition.longDescription).toBeUndefined();
  });

  test('scripts run parent first, then child', () => {
    expect(d.postInstall).toBe('echo parent\n\necho child\n');
    expect(d.userData).toBe('echo parent-data\n\necho child-data\n');
  });

  test('the parent itself is unchanged by resolving the child', () => {
    const p = catalog.resolve('parent').definition;
    expect(p.packages?.system).toEqual(['git', 'curl', 'vim']);
    expect(p.services?.[0].port).toBe(8888);
    expect(p.users?.[0].groups).toEqual(['wheel', 'sudo']);
  });

  test('a child that only adds config to a parent service keeps it enabled on its port', () => {
    const c = catalogOf(
      ['p.yml', tpl('p', 'base: ubuntu-22.04', 'services:', '  - name: jupyter', '    port: 8888')],
      ['c.yml', tpl('c', 'inherits: [p]', 'services:', '  - name: jupyter', '    config: ["c.ServerApp.base_url = \'/lab/\'"]')],
    );
    const res = c.resolve('c');
    expect(res.definition.services).toEqual([
      { name: 'jupyter', port: 8888, enable: true, config: ["c.ServerApp.base_url = '/lab/'"] },
    ]);
    expect(res.connectionType).toBe(ConnectionType.WEB);
  });
});

describe('inheritance: several parents, slugs and names', () => {
  const c = catalogOf(
    ['a.yml', tpl('a', 'base: ubuntu-22.04', 'category: from-a', 'icon: A', 'packages:', '  system: [a1, shared]')],
    ['b.yml', tpl('b', 'base: ubuntu-22.04', 'category: from-b', 'packages:', '  system: [b1, shared]', 'post_install: echo b')],
    ['c.yml', tpl('c', 'inherits: [a, "Template B"]', 'packages:', '  system: [c1]', 'post_install: echo c')],
  );

  test('parents merge left to right: the later parent wins over the earlier for scalars', () => {
    const r = c.resolve('c');
    expect(r.inheritanceChain).toEqual(['a', 'b', 'c']);
    expect(r.definition.category).toBe('from-b');
    expect(r.definition.icon).toBe('A');
    expect(r.definition.packages?.system).toEqual(['a1', 'shared', 'b1', 'c1']);
    expect(r.definition.postInstall).toBe('echo b\n\necho c');
  });

  test('inherits names a parent by slug ("a") or by display name ("Template B")', () => {
    expect(c.resolve('c').definition.inherits).toEqual(['a', 'Template B']);
  });

  test('a diamond includes the shared ancestor once', () => {
    const d = catalogOf(
      ['root.yml', tpl('root', 'base: ubuntu-22.04', 'packages:', '  system: [r]', 'post_install: echo root')],
      ['l.yml', tpl('l', 'inherits: [root]', 'packages:', '  system: [l]')],
      ['r.yml', tpl('r', 'inherits: [root]', 'packages:', '  system: [rr]')],
      ['top.yml', tpl('top', 'inherits: [l, r]')],
    );
    const res = d.resolve('top');
    expect(res.inheritanceChain).toEqual(['root', 'l', 'r', 'top']);
    expect(res.definition.postInstall).toBe('echo root');
    expect(res.definition.packages?.system).toEqual(['r', 'l', 'rr']);
  });

  test('base comes from the nearest template that sets it', () => {
    const r = c.resolve('c');
    expect(r.definition.base).toBe('ubuntu-22.04');
    expect(r.warnings).toEqual([]);
  });
});

describe('inheritance: errors and warnings', () => {
  test('a two-template cycle is reported with the chain and the file', () => {
    const c = catalogOf(
      ['a.yml', tpl('a', 'base: ubuntu-22.04', 'inherits: [b]')],
      ['b.yml', tpl('b', 'inherits:', '  - a')],
    );
    const err = inputError(() => c.resolve('a'));
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.code).toBe('inheritance-cycle');
    expect(d.message).toContain('a (a.yml) -> b (b.yml) -> a (a.yml)');
    expect(d.field).toBe('inherits');
    expect(d.value).toBe('"a"');
    expect(d.location).toEqual({ file: 'b.yml', line: 5, column: 5 });
    expect(d.fix).toMatch(/remove one of the inherits entries/);
  });

  test('a three-template cycle is reported with the whole chain', () => {
    const c = catalogOf(
      ['a.yml', tpl('a', 'base: ubuntu-22.04', 'inherits: [b]')],
      ['b.yml', tpl('b', 'inherits: [c]')],
      ['c.yml', tpl('c', 'inherits: [a]')],
    );
    const err = inputError(() => c.resolve('b'));
    expect(err.diagnostics[0].code).toBe('inheritance-cycle');
    expect(err.diagnostics[0].message).toContain('b (b.yml) -> c (c.yml) -> a (a.yml) -> b (b.yml)');
    expect(err.diagnostics[0].location).toMatchObject({ file: 'a.yml', line: 5 });
    // every member of the cycle fails, check() reports each of them
    expect(c.check().failures.map((f) => f.file).sort()).toEqual(['a.yml', 'b.yml', 'c.yml']);
  });

  test('a missing parent is reported with the chain and the known templates', () => {
    const c = catalogOf(
      ['base.yml', tpl('base', 'base: ubuntu-22.04')],
      ['mid.yml', tpl('mid', 'inherits: [base, ghost]')],
      ['top.yml', tpl('top', 'inherits: [mid]')],
    );
    const err = inputError(() => c.resolve('top'));
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.code).toBe('missing-parent');
    expect(d.message).toContain('template "mid" inherits "ghost"');
    expect(d.message).toContain('chain: top -> mid -> ghost');
    expect(d.value).toBe('"ghost"');
    expect(d.location).toEqual({ file: 'mid.yml', line: 4, column: 18 });
    expect(d.fix).toContain('known: base, mid, top');
  });

  test('a parent on another base gives a base-conflict warning naming both bases', () => {
    const c = catalogOf(
      ['rocky.yml', tpl('rocky', 'base: rocky-9')],
      ['ubu.yml', tpl('ubu', 'base: ubuntu-24.04', 'inherits: [rocky]')],
    );
    const r = c.resolve('ubu');
    expect(r.os).toBe(OperatingSystem.UBUNTU_24_04);
    const w = r.warnings.filter((x) => x.code === 'base-conflict');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe(DiagnosticSeverity.WARNING);
    expect(w[0].message).toContain('rocky-9');
    expect(w[0].message).toContain('ubuntu-24.04');
    expect(w[0].message).toContain('"rocky"');
    expect(w[0].location).toEqual({ file: 'ubu.yml', line: 4, column: 7 });
  });

  test('the base system decides the package manager when nobody sets one', () => {
    const c = catalogOf(['rocky.yml', tpl('rocky', 'base: rocky-9')], ['kid.yml', tpl('kid', 'inherits: [rocky]')]);
    expect(c.resolve('kid').packageManager).toBe(PackageManager.DNF);
    expect(c.resolve('kid').warnings).toEqual([]);
  });
});

describe('inheritance: checks on the merged result', () => {
  test('a child adding conda packages under a parent\'s apt package manager is refused after merging', () => {
    const c = catalogOf(
      ['p.yml', tpl('p', 'base: ubuntu-22.04', 'package_manager: apt')],
      ['c.yml', tpl('c', 'inherits: [p]', 'packages:', '  conda: [numpy]')],
    );
    const err = inputError(() => c.resolve('c'));
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.code).toBe('package-manager-mismatch');
    expect(d.field).toBe('packages.conda');
    expect(d.message).toContain('p > c');
    expect(d.location).toEqual({ file: 'c.yml', line: 6, column: 10 });
    expect(d.fix).toContain('package_manager: conda');
    // each file alone is fine
    expect(c.resolve('p').packageManager).toBe(PackageManager.APT);
  });

  test('the connection type is decided per template: a child adding Jupyter to an "ssh" parent is web', () => {
    const c = catalogOf(
      ['p.yml', tpl('p', 'base: ubuntu-22.04', 'connection_type: ssh')],
      ['c.yml', tpl('c', 'inherits: [p]', 'services:', '  - name: jupyter', '    port: 8888')],
    );
    expect(c.resolve('p').connectionType).toBe(ConnectionType.SSH);
    expect(c.resolve('c').connectionType).toBe(ConnectionType.WEB);
  });

  test('an idle check interval longer than the inherited threshold is warned about', () => {
    const c = catalogOf(
      ['p.yml', tpl('p', 'base: ubuntu-22.04', 'idle_detection:', '  idle_threshold_minutes: 10')],
      ['c.yml', tpl('c', 'inherits: [p]', 'idle_detection:', '  check_interval_minutes: 30')],
    );
    const w = c.resolve('c').warnings.filter((x) => x.code === 'idle-interval');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe(DiagnosticSeverity.WARNING);
    expect(w[0].message).toContain('every 30 minutes');
    expect(w[0].fix).toBe('set check_interval_minutes to at most 10');
    expect(c.resolve('p').warnings).toEqual([]);
  });

  test('research_user settings are rendered with parameters', () => {
    const c = catalogOf(['p.yml', tpl('p', 'base: ubuntu-22.04', 'parameters:', '  lab:', '    default: genomics',
      'research_user:', '  default_groups: ["{{.lab}}-users"]', '  default_environment:', '    DATA: "/efs/{{.lab}}/data"')]);
    const ru = c.resolve('p', { lab: 'imaging' }).definition.researchUser;
    expect(ru?.defaultGroups).toEqual(['imaging-users']);
    expect(ru?.defaultEnvironment).toEqual({ DATA: '/efs/imaging/data' });
  });

  test('research_user.efs_mount_point may come from a parameter (the resolver renders it)', () => {
    const c = catalogOf(['p.yml', tpl('p', 'base: ubuntu-22.04', 'parameters:', '  mnt:', '    default: /efs',
      'research_user:', '  efs_mount_point: "{{.mnt}}"')]);
    expect(c.resolve('p', { mnt: '/lab' }).definition.researchUser?.efsMountPoint).toBe('/lab');
  });
});

describe('parameters and template expressions', () => {
  const parent = tpl('ml-base',
    'base: ubuntu-22.04',
    'parameters:',
    '  fw:',
    '    type: choice',
    '    choices: [pytorch, tensorflow]',
    '    default: pytorch',
    '  gpu:',
    '    type: bool',
    '    default: false',
  );

  test('parameters declared in the parent can be used and given in the child', () => {
    const c = catalogOf(
      ['base.yml', parent],
      ['kid.yml', tpl('kid', 'inherits: [ml-base]', 'post_install: |', '  echo {{.fw}} gpu={{.gpu}}')],
    );
    expect(c.resolve('kid').definition.postInstall).toBe('echo pytorch gpu=false\n');
    const tf = c.resolve('kid', { fw: 'tensorflow', gpu: 'true' });
    expect(tf.definition.postInstall).toBe('echo tensorflow gpu=true\n');
    expect(tf.parameterValues).toEqual({ fw: 'tensorflow', gpu: 'true' });
    expect(tf.definition.parameters?.map((p) => p.name)).toEqual(['fw', 'gpu']);
    const err = inputError(() => c.resolve('kid', { fw: 'jax' }));
    expect(err.diagnostics[0]).toMatchObject({ code: 'invalid-parameter', field: 'parameters.fw', value: '"jax"' });
    expect(err.diagnostics[0].fix).toBe('use one of pytorch, tensorflow');
  });

  test('a child that changes the default of a parent\'s choice parameter keeps its type and choices', () => {
    const c = catalogOf(
      ['base.yml', parent],
      ['kid.yml', tpl('kid', 'inherits: [ml-base]', 'parameters:', '  fw:', '    default: tensorflow')],
    );
    const r = c.resolve('kid');
    expect(r.parameterValues.fw).toBe('tensorflow');
    expect(r.definition.parameters?.find((p) => p.name === 'fw')).toMatchObject({
      type: ParameterType.CHOICE, choices: ['pytorch', 'tensorflow'], default: 'tensorflow',
    });
    expect(inputError(() => c.resolve('kid', { fw: 'jax' })).diagnostics[0].code).toBe('invalid-parameter');
  });

  test('a required parameter without value is reported', () => {
    const c = catalogOf(['r.yml', tpl('r', 'base: ubuntu-22.04', 'parameters:', '  project:', '    required: true')]);
    const err = inputError(() => c.resolve('r'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'missing-parameter', field: 'parameters.project' });
    expect(c.resolve('r', { project: 'genomics' }).parameterValues).toEqual({ project: 'genomics' });
  });

  test('an unknown {{.x}} reference is an error naming x and pointing at its line', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04', 'post_install: |', '  echo start', '  echo {{.missing_value}}')]);
    const err = inputError(() => c.resolve('x'));
    expect(err.diagnostics).toHaveLength(1);
    const [d] = err.diagnostics;
    expect(d.code).toBe('template-expression');
    expect(d.message).toContain('"missing_value"');
    expect(d.field).toBe('post_install');
    expect(d.value).toBe('"{{.missing_value}}"');
    expect(d.location).toEqual({ file: 'x.yml', line: 7, column: 8 });
    expect(d.fix).toContain('missing_value');
  });

  test('unknown references in a package list name the list entry', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04', 'packages:', '  pip:', '    - requests', '    - "torch=={{.torch_version}}"')]);
    const [d] = inputError(() => c.resolve('x')).diagnostics;
    expect(d.field).toBe('packages.pip[1]');
    expect(d.location).toMatchObject({ file: 'x.yml', line: 8 });
  });

  test('{{range .x}} is an unsupported action', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04', 'variables:', '  items: a', 'post_install: |', '  {{range .items}}echo{{end}}')]);
    const [d] = inputError(() => c.resolve('x')).diagnostics;
    expect(d.code).toBe('template-expression');
    expect(d.message).toContain('unsupported template action {{range .items}}');
    expect(d.location).toEqual({ file: 'x.yml', line: 8, column: 3 });
  });

  test('an unterminated {{if}} is an error', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04', 'variables:', '  flag: "true"', 'post_install: |', '  {{if .flag}}', '  echo yes')]);
    const [d] = inputError(() => c.resolve('x')).diagnostics;
    expect(d.code).toBe('template-expression');
    expect(d.message).toContain('{{if .flag}} has no matching {{end}}');
    expect(d.fix).toContain('{{end}}');
  });

  test('Prism-style {{IDLE_THRESHOLD_MINUTES}} placeholders are left verbatim', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04', 'variables:', '  v: "1"', 'user_data: |',
      '  IDLE={{IDLE_THRESHOLD_MINUTES}} V={{.v}}')]);
    expect(c.resolve('x').definition.userData).toBe('IDLE={{IDLE_THRESHOLD_MINUTES}} V=1\n');
  });

  test('variables may use parameters, and the built-in bind address is available', () => {
    const c = catalogOf(['x.yml', tpl('x', 'base: ubuntu-22.04',
      'parameters:', '  env:', '    default: lab',
      'variables:', '  PREFIX: "/opt/{{.env}}"',
      'services:', '  - name: jupyter', '    port: 8888', '    config: ["c.ServerApp.ip = \'{{.WebInterfaceBindIP}}\'"]',
      'post_install: echo {{.PREFIX}}')]);
    const r = c.resolve('x', { env: 'bio' });
    expect(r.definition.postInstall).toBe('echo /opt/bio');
    expect(r.definition.services?.[0].config).toEqual(["c.ServerApp.ip = '127.0.0.1'"]);
  });
});

describe('renderGoTemplate', () => {
  const values = { flag: 'true', off: 'false', zero: '0', empty: '', fw: 'pytorch', name: 'lab' };

  test('substitutes {{.name}} and {{ .name }}', () => {
    expect(renderGoTemplate('a {{.name}} b {{ .fw }}', values)).toBe('a lab b pytorch');
  });

  test('{{- and -}} trim the whitespace next to them', () => {
    expect(renderGoTemplate('a  \n {{- .name -}} \n  b', values)).toBe('alabb');
    expect(renderGoTemplate('x\n{{- if .flag}}\ny\n{{- end}}\nz', values)).toBe('x\ny\nz');
    expect(renderGoTemplate('x\n{{if .flag -}}\n  y{{end}}', values)).toBe('x\ny');
  });

  test.each([
    ['{{if .flag}}Y{{else}}N{{end}}', 'Y'],
    ['{{if .off}}Y{{else}}N{{end}}', 'N'],
    ['{{if .zero}}Y{{else}}N{{end}}', 'N'],
    ['{{if .empty}}Y{{else}}N{{end}}', 'N'],
    ['{{if not .off}}Y{{else}}N{{end}}', 'Y'],
    ['{{if not .name}}Y{{else}}N{{end}}', 'N'],
    ['{{if eq .fw "pytorch"}}Y{{else}}N{{end}}', 'Y'],
    ['{{if eq .fw "jax"}}Y{{else}}N{{end}}', 'N'],
    ['{{if ne .empty ""}}Y{{else}}N{{end}}', 'N'],
    ['{{if ne .fw ""}}Y{{else}}N{{end}}', 'Y'],
    ['{{if eq .fw "jax"}}J{{else if eq .fw "pytorch"}}P{{else}}O{{end}}', 'P'],
    ['{{if eq .fw "jax"}}J{{else if eq .fw "tf"}}T{{else}}O{{end}}', 'O'],
    ['{{if .flag}}{{if .off}}a{{else}}b{{end}}{{end}}', 'b'],
    ['{{if eq .fw `pytorch`}}raw{{end}}', 'raw'],
    ['{{if .off}}only-if{{end}}', ''],
  ])('%s -> %j', (text, expected) => {
    expect(renderGoTemplate(text, values)).toBe(expected);
  });

  test.each([
    ['{{.nope}}', /refers to "nope"/],
    ['{{if .flag}}x', /has no matching \{\{end\}\}/],
    ['x{{end}}', /without a matching \{\{if\}\}/],
    ['{{else}}', /without a matching \{\{if\}\}/],
    ['{{if .flag}}a{{else}}b{{else}}c{{end}}', /after \{\{else\}\}/],
    ['{{range .items}}x{{end}}', /unsupported template action/],
    ['{{with .name}}x{{end}}', /unsupported template action/],
    ['{{.a.b}}', /unsupported expression/],
    ['{{if eq .fw}}x{{end}}', /unsupported condition/],
    ['{{if}}x{{end}}', /unsupported condition/],
  ])('%s is rejected', (text, message) => {
    let caught: unknown;
    try {
      renderGoTemplate(text, values);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(TemplateSyntaxError);
    expect((caught as TemplateSyntaxError).message).toMatch(message);
    expect((caught as TemplateSyntaxError).fix.length).toBeGreaterThan(0);
  });

  test('text without actions is returned unchanged', () => {
    expect(renderGoTemplate('echo ${HOME} {not} {{NOT_OURS}}', {})).toBe('echo ${HOME} {not} {{NOT_OURS}}');
  });
});

describe('catalog lookups and queries', () => {
  const c = catalogOf(
    ['ssh.yml', tpl('shell', 'base: ubuntu-22.04', 'category: Base', 'domain: general')],
    ['web.yml', tpl('notebook', 'base: ubuntu-22.04', 'category: Machine Learning', 'domain: ML', 'services:', '  - name: jupyter', '    port: 8888')],
    ['desk.yml', tpl('desk', 'base: ubuntu-24.04', 'category: Desktop', 'domain: general', 'packages:', '  system: [ubuntu-desktop-minimal]')],
    ['all.yml', tpl('everything', 'base: rocky-9', 'category: machine learning', 'domain: ml', 'connection_type: all')],
  );

  test('connection types are detected from services and packages', () => {
    expect(c.resolve('shell').connectionType).toBe(ConnectionType.SSH);
    expect(c.resolve('notebook').connectionType).toBe(ConnectionType.WEB);
    expect(c.resolve('desk').connectionType).toBe(ConnectionType.DCV);
    expect(c.resolve('everything').connectionType).toBe(ConnectionType.ALL);
  });

  test('query by category and domain is case-insensitive', () => {
    expect(c.query({ category: 'MACHINE LEARNING' }).map((t) => t.slug)).toEqual(['everything', 'notebook']);
    expect(c.query({ domain: 'general' }).map((t) => t.slug)).toEqual(['desk', 'shell']);
    expect(c.query({ domain: 'ml', category: 'machine learning' }).map((t) => t.slug)).toEqual(['everything', 'notebook']);
    expect(c.query({ category: 'nothing' })).toEqual([]);
  });

  test('query by connection type: ALL templates match every type', () => {
    expect(c.query({ connectionType: ConnectionType.WEB }).map((t) => t.slug)).toEqual(['everything', 'notebook']);
    expect(c.query({ connectionType: ConnectionType.DCV }).map((t) => t.slug)).toEqual(['desk', 'everything']);
    expect(c.query({ connectionType: ConnectionType.SSH }).map((t) => t.slug)).toEqual(['everything', 'shell']);
  });

  test('query by os and slug; no filter returns everything sorted by slug', () => {
    expect(c.query({ os: OperatingSystem.ROCKY_9 }).map((t) => t.slug)).toEqual(['everything']);
    expect(c.query({ slug: 'desk' }).map((t) => t.slug)).toEqual(['desk']);
    expect(c.query().map((t) => t.slug)).toEqual(['desk', 'everything', 'notebook', 'shell']);
  });

  test('get and has work by slug and by name', () => {
    expect(c.has('notebook')).toBe(true);
    expect(c.has('Template NOTEBOOK')).toBe(true);
    expect(c.has('template notebook')).toBe(false);
    expect(c.get('Template NOTEBOOK').slug).toBe('notebook');
    expect(c.get('notebook').name).toBe('Template NOTEBOOK');
    expect(c.resolve('Template DESK').slug).toBe('desk');
  });

  test('get of an unknown template lists the known slugs', () => {
    const [d] = inputError(() => c.get('nope')).diagnostics;
    expect(d.code).toBe('unknown-template');
    expect(d.fix).toBe('use one of desk, everything, notebook, shell');
  });

  test('resolve of an unknown slug is an error listing the known slugs', () => {
    const err = inputError(() => c.resolve('jupyter'));
    expect(err.diagnostics).toHaveLength(1);
    expect(err.diagnostics[0]).toMatchObject({ code: 'unknown-template', value: '"jupyter"' });
    expect(err.diagnostics[0].message).toContain('"jupyter"');
    expect(err.diagnostics[0].fix).toContain('desk, everything, notebook, shell');
  });

  test('a second template with the same name but another slug is refused', () => {
    const d = catalogOf(['a.yml', tpl('a', 'base: ubuntu-22.04')]);
    const err = inputError(() => d.addYaml(doc('name: Template A', 'slug: other', 'description: d', 'base: ubuntu-22.04'), 'b.yml'));
    expect(err.diagnostics[0]).toMatchObject({ code: 'duplicate-name', field: 'name', location: { file: 'b.yml', line: 1, column: 7 } });
    expect(d.slugs()).toEqual(['a']);
  });

  test('a refused template leaves the catalog as it was, even when it shares a slug with another', () => {
    const d = catalogOf(['a.yml', tpl('a', 'base: ubuntu-22.04')], ['b.yml', tpl('b', 'base: ubuntu-22.04')]);
    // same slug as "a", same name as "b": refused
    expect(() => d.addYaml(doc('name: Template B', 'slug: a', 'description: d', 'base: ubuntu-22.04'), 'x.yml')).toThrow(/duplicate-name/);
    expect(d.slugs()).toEqual(['a', 'b']);
    expect(d.size).toBe(2);
    expect(d.get('Template A').source).toBe('a.yml');
    expect(d.get('a').source).toBe('a.yml');
  });

  test('a later template with the same slug replaces the earlier one; resolution sees the new one', () => {
    const d = catalogOf(['a.yml', tpl('a', 'base: ubuntu-22.04', 'category: old')]);
    expect(d.resolve('a').definition.category).toBe('old');
    d.addYaml(doc('name: New A', 'slug: a', 'description: d', 'base: ubuntu-22.04', 'category: new'), 'a2.yml');
    const r = d.resolve('a');
    expect(r.definition.category).toBe('new');
    expect(r.warnings.map((w) => w.code)).toEqual(['template-overridden']);
    expect(d.has('Template A')).toBe(false);
    expect(d.size).toBe(1);
  });
});
