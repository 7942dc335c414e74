import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, hasAnsi, rws, rwsJson, tempDir } from './helpers';

let dir: string;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('templates');
  fs.mkdirSync(path.join(dir, 'bad'));
  fs.writeFileSync(path.join(dir, 'bad', 'web.yml'), [
    'name: Web thing',
    'slug: web-thing',
    'description: A web template',
    'inherits: [ubuntu-24-04]',
    'package_manager: pip',
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'bad', 'orphan.yml'), [
    'name: Orphan',
    'slug: orphan',
    'description: inherits nothing that exists',
    'inherits: [no-such-parent]',
    '',
  ].join('\n'));
  fs.mkdirSync(path.join(dir, 'unsafe'));
  fs.writeFileSync(path.join(dir, 'unsafe', 'unsafe.yml'), [
    'name: Unsafe',
    'slug: unsafe',
    'description: does unsafe things',
    'inherits: [ubuntu-24-04]',
    'post_install: |',
    '  apt-get update',
    '  curl http://example.com/install.sh | bash',
    '  chmod 777 /data',
    '',
  ].join('\n'));
  fs.mkdirSync(path.join(dir, 'good'));
  fs.writeFileSync(path.join(dir, 'good', 'lab-ml.yml'), [
    '# a lab template on top of the bundled python-ml',
    'name: Lab ML',
    'slug: lab-ml',
    'description: Python ML with the lab tools',
    'inherits: [python-ml]',
    'category: Machine Learning',
    'packages:',
    '  conda: [biopython]',
    'parameters:',
    '  project: { type: string, default: genomics, pattern: "^[a-z]+$" }',
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'good', 'typo.yml'), [
    'name: Typo',
    'slug: typo',
    'description: has an unknown field',
    'inherits: [ubuntu-24-04]',
    'colour: blue',
    '',
  ].join('\n'));
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('rws templates list', () => {
  test('prints the bundled catalog as a table', () => {
    const r = rws(['templates', 'list'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^SLUG\s+NAME\s+BASE\s+CONNECTION\s+SIZE\s+EST\. \$\/H\s+CATEGORY$/);
    expect(lines[1]).toMatch(/^-+( +-+){6}$/);
    expect(r.stdout).toMatch(/python-ml\s+Python Machine Learning\s+ubuntu-24\.04\s+web\s+M\s+\$0\.1664\s+Machine Learning/);
    expect(lines.length).toBeGreaterThanOrEqual(14);
    expect(hasAnsi(r.stdout + r.stderr)).toBe(false);
  });

  test('--dir adds a folder; --json parses; filters apply', () => {
    const r = rwsJson(['templates', 'list', '--dir', 'good', '--category', 'machine learning'], dir);
    expect(r.code).toBe(0);
    const slugs = r.json.map((t: any) => t.slug);
    expect(slugs).toContain('lab-ml');
    expect(slugs).toContain('python-ml');
    expect(slugs).not.toContain('ubuntu-24-04');
    const lab = r.json.find((t: any) => t.slug === 'lab-ml');
    expect(lab).toMatchObject({ base: 'ubuntu-24.04', connectionType: 'web', defaultSize: 'M', instanceType: 't3.xlarge', hourlyCost: 0.1664 });
    expect(lab.inheritanceChain).toEqual(['ubuntu-24-04', 'jupyter-lab', 'python-ml', 'lab-ml']);
  });

  test('a folder with broken files still lists the rest and names the broken ones on stderr', () => {
    const r = rws(['templates', 'list', '--dir', 'bad'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('python-ml');
    expect(r.stdout).not.toContain('web-thing');
    expect(r.stderr).toContain('bad/web.yml');
    expect(r.stderr).toContain('rws templates validate');
  });

  test('--no-bundled leaves the bundled catalog out', () => {
    const r = rwsJson(['templates', 'list', '--no-bundled', '--dir', 'unsafe'], dir);
    expect(r.json).toEqual([]); // unsafe inherits ubuntu-24-04, which is then missing
    expect(r.stderr).toContain('ubuntu-24-04');
  });

  test('a missing folder is an input error', () => {
    const r = rws(['templates', 'list', '--dir', 'nowhere'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nowhere.*error no-such-directory: template folder does not exist/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('rws templates show', () => {
  test('shows the chain, parameters, packages and services', () => {
    const r = rws(['templates', 'show', 'lab-ml', '--dir', 'good'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lab-ml: Lab ML');
    expect(r.stdout).toMatch(/inherits\s+ubuntu-24-04 -> jupyter-lab -> python-ml -> lab-ml/);
    expect(r.stdout).toMatch(/project\s+string\s+genomics\s+genomics\s+\/\^\[a-z\]\+\$\/\s+no/);
    expect(r.stdout).toMatch(/python_version\s+choice/);
    expect(r.stdout).toMatch(/conda: .*biopython/);
    expect(r.stdout).toMatch(/jupyter\s+8888/);
  });

  test('--param resolves with a value; --json parses', () => {
    const r = rwsJson(['templates', 'show', 'python-ml', '--param', 'python_version=3.11'], dir);
    expect(r.code).toBe(0);
    expect(r.json.parameterValues.python_version).toBe('3.11');
    expect(r.json.packages.conda).toContain('python=3.11');
    expect(r.json.inheritanceChain).toEqual(['ubuntu-24-04', 'jupyter-lab', 'python-ml']);
    expect(r.json.sizing.instanceType).toBe('t3.xlarge');
    const p = r.json.parameters.find((x: any) => x.name === 'python_version');
    expect(p.choices).toContain('3.12');
  });

  test('warnings of the template are shown', () => {
    const r = rws(['templates', 'show', 'typo', '--dir', 'good'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Warnings\n.*good\/typo\.yml:5:1: warning unknown-field: colour: .*did you mean "color"/);
  });

  test('a bad parameter value, an unknown template and a malformed --param exit 2', () => {
    const bad = rws(['templates', 'show', 'python-ml', '--param', 'python_version=2.7'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid-parameter');
    expect(bad.stderr).toContain('python_version');
    expect(bad.stdout).toBe('');
    const unknown = rws(['templates', 'show', 'no-such-template'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown-template: no template with slug or name "no-such-template".*Fix: use one of/);
    const malformed = rws(['templates', 'show', 'python-ml', '--param', 'python_version'], dir);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--param takes key=value');
  });
});

describe('rws templates validate', () => {
  test('a bad folder: exit 1, each finding as file:line:col with the fix', () => {
    const r = rws(['templates', 'validate', 'bad'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad/web.yml:5:18: error invalid-value: package_manager: unsupported package manager (got "pip"). Fix: ');
    expect(r.stdout).toMatch(/bad\/orphan\.yml:4:\d+: error missing-parent: .*no-such-parent/);
    expect(r.stdout).toMatch(/validated 2 files: 2 errors, 0 warnings/);
    // Only the named folder is reported, not the bundled catalog it inherits from.
    expect(r.stdout).not.toContain('templates/python-ml.yml');
  });

  test('warnings alone pass; --json parses', () => {
    const r = rwsJson(['templates', 'validate', '--dir', 'good'], dir);
    expect(r.code).toBe(0);
    expect(r.json.ok).toBe(true);
    expect(r.json.files).toEqual(['good/lab-ml.yml', 'good/typo.yml']);
    expect(r.json.warnings).toBe(1);
    expect(r.json.findings[0]).toMatchObject({ file: 'good/typo.yml', line: 5, column: 1, severity: 'warning', code: 'unknown-field' });
  });

  test('without a folder the bundled catalog (and ./templates) is validated', () => {
    const r = rws(['templates', 'validate'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/validated \d+ files: 0 errors/);
  });

  test('a folder that does not exist is a usage error', () => {
    const r = rws(['templates', 'validate', 'nowhere'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('template folder "nowhere" does not exist');
  });
});

describe('rws templates lint', () => {
  test('unsafe practice: exit 1 with file:line of each script line', () => {
    const r = rws(['templates', 'lint', 'unsafe'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/unsafe\/unsafe\.yml:7:\d+: error insecure-download: .*Fix: /);
    expect(r.stdout).toMatch(/unsafe\/unsafe\.yml:8:\d+: warning world-writable: .*Fix: /);
    expect(r.stdout).toMatch(/linted 1 file: 1 error, 1 warning/);
  });

  test('warnings fail lint; --json parses', () => {
    const r = rwsJson(['templates', 'lint', 'unsafe'], dir);
    expect(r.code).toBe(1);
    expect(r.json.ok).toBe(false);
    expect(r.json.findings.map((f: any) => f.code)).toEqual(expect.arrayContaining(['insecure-download', 'world-writable']));
  });

  test('files that do not parse are findings too', () => {
    const r = rws(['templates', 'lint', 'bad'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad/web.yml:5:18: error invalid-value');
  });

  test('--policy: a privileged write is an error until the lab\'s policy allows that path by name', () => {
    fs.mkdirSync(path.join(dir, 'priv'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'priv', 'cron.yml'), [
      'name: Cron job', 'slug: cron-job', 'description: installs a cron job', 'inherits: [ubuntu-24-04]',
      'files:', '  - destination: /etc/cron.d/backup', '    content: "0 3 * * * root /usr/local/bin/backup"', '',
    ].join('\n'));
    fs.writeFileSync(path.join(dir, 'allow-cron.yaml'), 'name: cron-lab\nallowed_privileged_paths: [/etc/cron.d/backup]\n');
    fs.writeFileSync(path.join(dir, 'allow-other.yaml'), 'name: other-lab\nallowed_privileged_paths: [/etc/motd]\n');
    const without = rws(['templates', 'lint', 'priv'], dir);
    expect(without.code).toBe(1);
    expect(without.stdout).toMatch(/priv\/cron\.yml:6:\d+: error privileged-write: /);
    expect(rws(['templates', 'lint', 'priv', '--policy', 'allow-other.yaml'], dir).stdout).toContain('error privileged-write');
    const allowed = rws(['templates', 'lint', 'priv', '--policy', 'allow-cron.yaml'], dir);
    expect(allowed.stdout).not.toContain('privileged-write');
    expect(allowed.code).toBe(0);
    const missing = rws(['templates', 'lint', 'priv', '--policy', 'no-such-policy.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-policy.yaml');
  });

  test('clean folder passes; --rules lists the rules', () => {
    expect(rws(['templates', 'lint', 'good'], dir).code).toBe(0);
    const rules = rwsJson(['templates', 'lint', '--rules'], dir);
    expect(rules.code).toBe(0);
    expect(rules.json.map((x: any) => x.id)).toContain('hardcoded-password');
  });
});
