import * as fs from 'fs';
import * as path from 'path';
import { ResolvedTemplate, TemplateCatalog } from '../../src/workspaces/catalog';
import { Diagnostic, DiagnosticSeverity } from '../../src/workspaces/errors';
import { TemplateLinter } from '../../src/workspaces/linter';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { WorkspaceSize } from '../../src/workspaces/sizes';
import { ConnectionType, OperatingSystem, PackageManager } from '../../src/workspaces/template';

const FIXTURES = path.resolve(__dirname, '../../../shared/fixtures/prism-templates');
const INVALID = 'testing/test-web-streamlit.yml';

function fixture(rel: string): string {
  return path.join(FIXTURES, rel);
}

function listFixtures(dir: string = FIXTURES): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return listFixtures(p);
    return /\.ya?ml$/.test(e.name) ? [path.relative(FIXTURES, p)] : [];
  }).sort();
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

/** Loads one fixture file (plus the parents it needs) into a fresh catalog and resolves it. */
function resolveAlone(rel: string, parameters?: { [name: string]: string }): ResolvedTemplate {
  const c = new TemplateCatalog();
  if (rel === 'history/rocky9-conda-stack.yml') {
    c.addYaml(fs.readFileSync(fixture('history/base-rocky9.yml'), 'utf8'), fixture('history/base-rocky9.yml'));
  }
  const def = c.addYaml(fs.readFileSync(fixture(rel), 'utf8'), fixture(rel));
  return c.resolve(def.slug, parameters);
}

interface Expected {
  readonly slug: string;
  readonly connectionType: ConnectionType;
  readonly packageManager: PackageManager;
  readonly os: OperatingSystem;
}

const U22 = OperatingSystem.UBUNTU_22_04;
const U24 = OperatingSystem.UBUNTU_24_04;
const AMI = OperatingSystem.AMI_BASED;
const { SSH, WEB, DCV, ALL } = ConnectionType;
const { APT, DNF, CONDA } = PackageManager;

/** What every valid fixture resolves to when loaded alone. */
const EXPECTED: { [file: string]: Expected } = {
  'amazon-linux-2023-server.yml': { slug: 'amazon-linux-2023-server', connectionType: SSH, packageManager: PackageManager.AMI, os: AMI },
  'community/base-ubuntu-apt.yml': { slug: 'basic-research-apt', connectionType: SSH, packageManager: APT, os: U22 },
  'community/python-ml-configurable.yml': { slug: 'python-ml-config', connectionType: WEB, packageManager: CONDA, os: U22 },
  'community/ubuntu-desktop-explicit.yml': { slug: 'ubuntu-datascience', connectionType: ALL, packageManager: CONDA, os: U22 },
  'community/ubuntu-python-r-ml.yml': { slug: 'collaborative-workspace', connectionType: SSH, packageManager: CONDA, os: U22 },
  'community/ultimate-research-workstation.yml': { slug: 'ultimate-workstation', connectionType: ALL, packageManager: CONDA, os: U22 },
  'deep-learning-gpu.yml': { slug: 'deep-learning-gpu', connectionType: SSH, packageManager: PackageManager.AMI, os: AMI },
  'examples/ami-python-ml.yml': { slug: 'python-ml-ami', connectionType: WEB, packageManager: PackageManager.AMI, os: AMI },
  'history/base-rocky9.yml': { slug: 'rocky-linux-9-base', connectionType: SSH, packageManager: DNF, os: U22 },
  'history/idle-detection-test.yml': { slug: 'idle-detection-test', connectionType: SSH, packageManager: APT, os: U22 },
  'history/python-ml-headless.yml': { slug: 'python-ml-headless', connectionType: SSH, packageManager: CONDA, os: U22 },
  'history/python-ml-research.yml': { slug: 'python-ml-research', connectionType: WEB, packageManager: CONDA, os: U22 },
  'history/r-research.yml': { slug: 'r-research', connectionType: WEB, packageManager: CONDA, os: U22 },
  'history/rocky9-conda-stack.yml': { slug: 'rocky-conda', connectionType: WEB, packageManager: CONDA, os: U22 },
  'history/simple-r-research.yml': { slug: 'r-research', connectionType: WEB, packageManager: CONDA, os: U22 },
  'history/ubuntu-web-dev.yml': { slug: 'web-dev', connectionType: SSH, packageManager: APT, os: U22 },
  'jupyter-notebook-server.yml': { slug: 'jupyter-notebook-server', connectionType: WEB, packageManager: CONDA, os: U22 },
  'python-ml-datasets.yml': { slug: 'python-ml-datasets', connectionType: WEB, packageManager: CONDA, os: U22 },
  'python-ml-workstation.yml': { slug: 'python-ml-workstation', connectionType: WEB, packageManager: CONDA, os: U22 },
  'r-research-workstation.yml': { slug: 'r-research-workstation', connectionType: WEB, packageManager: CONDA, os: U22 },
  'rstudio-server.yml': { slug: 'rstudio-server', connectionType: WEB, packageManager: APT, os: U22 },
  'testing/debug-template.yml': { slug: 'debug-template', connectionType: SSH, packageManager: APT, os: U22 },
  'testing/test-auto-detection.yml': { slug: 'test-auto', connectionType: WEB, packageManager: CONDA, os: U22 },
  'testing/test-dcv-desktop.yml': { slug: 'test-dcv', connectionType: DCV, packageManager: APT, os: U22 },
  'testing/test-parameters.yml': { slug: 'test-params', connectionType: SSH, packageManager: APT, os: U22 },
  'testing/test-ssh-headless.yml': { slug: 'test-ssh', connectionType: SSH, packageManager: APT, os: U22 },
  'ubuntu-22.04-desktop.yml': { slug: 'ubuntu-22-04-desktop', connectionType: DCV, packageManager: APT, os: U22 },
  'ubuntu-22.04-server.yml': { slug: 'ubuntu-22-04-server', connectionType: SSH, packageManager: APT, os: U22 },
  'ubuntu-24.04-desktop.yml': { slug: 'ubuntu-24-04-desktop', connectionType: DCV, packageManager: APT, os: U24 },
  'ubuntu-24.04-server.yml': { slug: 'ubuntu-24-04-server', connectionType: SSH, packageManager: APT, os: U24 },
};

describe('Prism template fixtures', () => {
  test('the fixture folder holds the expected 31 templates', () => {
    expect(listFixtures()).toEqual([...Object.keys(EXPECTED), INVALID].sort());
  });

  describe('loaded together into one non-strict catalog', () => {
    const catalog = TemplateCatalog.fromDirectory(FIXTURES, { strict: false });

    test('exactly one file is rejected: test-web-streamlit.yml, for package_manager "pip" on line 20', () => {
      expect(catalog.rejected).toHaveLength(1);
      const [rejected] = catalog.rejected;
      expect(rejected.file).toBe(fixture(INVALID));
      expect(rejected.diagnostics).toHaveLength(1);
      const [d] = rejected.diagnostics;
      expect(d.severity).toBe(DiagnosticSeverity.ERROR);
      expect(d.code).toBe('invalid-value');
      expect(d.field).toBe('package_manager');
      expect(d.value).toBe('"pip"');
      expect(d.location).toEqual({ file: fixture(INVALID), line: 20, column: 18 });
      expect(d.fix).toMatch(/apt/);
      expect(d.fix).toMatch(/dnf/);
      expect(d.fix).toMatch(/conda/);
      expect(d.fix).toMatch(/packages\.pip/);
      expect(rejected.message).toContain(`${fixture(INVALID)}:20:18`);
      expect(rejected.message).toContain('package_manager');
      expect(rejected.message).toContain('"pip"');
    });

    test('a strict load stops at the invalid file with the same reason', () => {
      const err = inputError(() => TemplateCatalog.fromDirectory(FIXTURES));
      expect(err.diagnostics).toHaveLength(1);
      expect(err.diagnostics[0].location).toMatchObject({ file: fixture(INVALID), line: 20 });
      expect(err.diagnostics[0].field).toBe('package_manager');
      expect(err.message).toContain('test-web-streamlit.yml:20:18');
    });

    test('every other template is in the catalog, r-research once (two files share that slug)', () => {
      const slugs = [...new Set(Object.values(EXPECTED).map((e) => e.slug))].sort();
      expect(slugs).toHaveLength(29);
      expect(catalog.slugs()).toEqual(slugs);
      expect(catalog.size).toBe(29);
      expect(catalog.has('test-web')).toBe(false);
    });

    test.each(Object.keys(EXPECTED).filter((f) => f !== 'history/r-research.yml'))('%s resolves in the shared catalog', (rel) => {
      const e = EXPECTED[rel];
      const r = catalog.resolve(e.slug);
      expect(r.slug).toBe(e.slug);
      expect(r.definition.source).toBe(fixture(rel));
      expect(r.connectionType).toBe(e.connectionType);
      expect(r.packageManager).toBe(e.packageManager);
      expect(r.os).toBe(e.os);
    });

    test('history/simple-r-research.yml overrides history/r-research.yml with a template-overridden warning', () => {
      const r = catalog.resolve('r-research');
      expect(r.name).toBe('R Research Environment (Simplified)');
      expect(r.definition.source).toBe(fixture('history/simple-r-research.yml'));
      const w = r.warnings.filter((d) => d.code === 'template-overridden');
      expect(w).toHaveLength(1);
      expect(w[0].severity).toBe(DiagnosticSeverity.WARNING);
      expect(w[0].field).toBe('slug');
      expect(w[0].value).toBe('"r-research"');
      expect(w[0].message).toContain(fixture('history/r-research.yml'));
      expect(w[0].location).toEqual({ file: fixture('history/simple-r-research.yml'), line: 2, column: 7 });
      expect(catalog.has('R Research Environment (Research User Enabled)')).toBe(false);
      expect(catalog.has('R Research Environment (Simplified)')).toBe(true);
    });

    test('check() reports the rejected file as the only failure', () => {
      const result = catalog.check();
      expect(result.resolved.map((r) => r.slug)).toEqual(catalog.slugs());
      expect(result.failures.map((f) => f.file)).toEqual([fixture(INVALID)]);
    });

    test('no fixture field is unknown to the parser: the only load warnings are the two expected ones', () => {
      const warnings: Diagnostic[] = catalog.slugs().flatMap((s) => catalog.warningsOf(s));
      expect(warnings.map((w) => w.code).sort()).toEqual(['deprecated-value', 'template-overridden']);
    });

    test('rocky9-conda-stack inherits "Rocky Linux 9 Base" by name and merges its lists', () => {
      const r = catalog.resolve('rocky-conda');
      expect(r.definition.inherits).toEqual(['Rocky Linux 9 Base']);
      expect(r.inheritanceChain).toEqual(['rocky-linux-9-base', 'rocky-conda']);
      expect(r.definition.packages?.system).toEqual(['build-essential', 'curl', 'wget', 'git', 'vim', 'htop', 'tree', 'unzip']);
      expect(r.definition.packages?.conda).toEqual(['python=3.11', 'jupyter', 'numpy', 'pandas', 'matplotlib', 'scikit-learn']);
      expect(r.definition.packages?.pip).toEqual(['plotly']);
      expect(r.definition.users).toEqual([
        { name: 'rocky', groups: ['wheel', 'sudo'] },
        { name: 'datascientist', groups: ['sudo'] },
      ]);
      expect(r.definition.instanceDefaults?.ports).toEqual([22, 8888]);
      expect(r.definition.services).toEqual([{ name: 'jupyter', port: 8888, enable: true }]);
      // the child sets conda; the parent said dnf
      expect(r.packageManager).toBe(PackageManager.CONDA);
      // tags: merged key by key, child wins
      expect(r.definition.tags).toMatchObject({ type: 'stacked', os: 'rocky-linux', purpose: 'data-science', stack: 'conda' });
      expect(r.definition.postInstall).toContain('conda install -y ipywidgets');
      expect(r.definition.name).toBe('Rocky Linux 9 + Conda Stack');
    });
  });

  describe('each file loaded alone into a fresh catalog', () => {
    test.each(Object.keys(EXPECTED))('%s resolves', (rel) => {
      const e = EXPECTED[rel];
      const r = resolveAlone(rel);
      expect(r.slug).toBe(e.slug);
      expect(r.definition.source).toBe(fixture(rel));
      expect(r.connectionType).toBe(e.connectionType);
      expect(r.packageManager).toBe(e.packageManager);
      expect(r.os).toBe(e.os);
      expect(r.connectionType).not.toBe(ConnectionType.AUTO);
      // no {{.name}} action survives resolution
      const text = JSON.stringify(r.definition);
      expect(text).not.toMatch(/\{\{-?\s*(\.|if\b|else\b|end\b)/);
    });

    test('the invalid file is rejected alone too, as one WorkspaceInputError', () => {
      const err = inputError(() => resolveAlone(INVALID));
      expect(err.diagnostics).toHaveLength(1);
      expect(err.diagnostics[0]).toMatchObject({
        code: 'invalid-value',
        field: 'package_manager',
        value: '"pip"',
        location: { file: fixture(INVALID), line: 20, column: 18 },
      });
    });

    test('history/r-research.yml on its own is the research-user-enabled R template', () => {
      const r = resolveAlone('history/r-research.yml');
      expect(r.name).toBe('R Research Environment (Research User Enabled)');
      expect(r.warnings.filter((w) => w.code === 'template-overridden')).toEqual([]);
      expect(r.definition.researchUser).toMatchObject({
        autoCreate: true,
        requireEfs: true,
        efsMountPoint: '/efs',
        efsHomeSubdirectory: 'research',
        defaultGroups: ['research', 'efs-users', 'rstudio-users'],
      });
      expect(r.definition.researchUser?.defaultEnvironment?.R_LIBS_USER).toBe('/efs/research/shared/R/library');
      expect(r.definition.packages?.conda).toContain('r-base=4.3');
    });

    test('history/python-ml-research.yml keeps its research_user settings', () => {
      const r = resolveAlone('history/python-ml-research.yml');
      expect(r.definition.researchUser).toMatchObject({
        efsMountPoint: '/efs',
        defaultShell: '/bin/bash',
        defaultGroups: ['research', 'efs-users', 'docker'],
      });
      expect(r.definition.researchUser?.defaultEnvironment?.PYTHONPATH).toBe('/efs/research/shared/lib:$PYTHONPATH');
    });

    test('rocky9-conda-stack cannot resolve without its parent', () => {
      const c = new TemplateCatalog();
      c.addYaml(fs.readFileSync(fixture('history/rocky9-conda-stack.yml'), 'utf8'), fixture('history/rocky9-conda-stack.yml'));
      const err = inputError(() => c.resolve('rocky-conda'));
      expect(err.diagnostics[0].code).toBe('missing-parent');
      expect(err.diagnostics[0].value).toBe('"Rocky Linux 9 Base"');
      expect(err.diagnostics[0].location).toMatchObject({ file: fixture('history/rocky9-conda-stack.yml'), line: 8 });
    });
  });

  describe('concrete resolved facts', () => {
    test('ubuntu-desktop-explicit: legacy connection_type "both" is a deprecated-value warning and means ALL', () => {
      const r = resolveAlone('community/ubuntu-desktop-explicit.yml');
      expect(r.connectionType).toBe(ConnectionType.ALL);
      expect(r.definition.connectionType).toBe(ConnectionType.ALL);
      const w = r.warnings.filter((d) => d.code === 'deprecated-value');
      expect(w).toHaveLength(1);
      expect(w[0]).toMatchObject({
        severity: DiagnosticSeverity.WARNING,
        field: 'connection_type',
        value: '"both"',
        location: { file: fixture('community/ubuntu-desktop-explicit.yml'), line: 9, column: 18 },
      });
      expect(w[0].fix).toContain('connection_type: all');
      // the built-in bind address keeps Jupyter on loopback
      const jupyter = r.definition.services?.find((s) => s.name === 'jupyter');
      expect(jupyter?.config).toContain("c.NotebookApp.ip = '127.0.0.1'");
    });

    test('test-auto-detection has no connection type and is detected as web from its jupyter service', () => {
      const r = resolveAlone('testing/test-auto-detection.yml');
      expect(r.definition.connectionType).toBeUndefined();
      expect(r.connectionType).toBe(ConnectionType.WEB);
      expect(r.defaultSize).toBe(WorkspaceSize.XS); // t3.small
    });

    test('python-ml-workstation has minimum size M; jupyter-notebook-server defaults to S from t3.medium', () => {
      const ml = resolveAlone('python-ml-workstation.yml');
      expect(ml.minimumSize).toBe(WorkspaceSize.M);
      expect(ml.defaultSize).toBe(WorkspaceSize.M);
      expect(resolveAlone('jupyter-notebook-server.yml').defaultSize).toBe(WorkspaceSize.S);
    });

    test('test-parameters renders parameter defaults and variables', () => {
      const r = resolveAlone('testing/test-parameters.yml');
      expect(r.parameterValues).toEqual({ test_message: 'Hello World', test_count: '42' });
      expect(r.definition.postInstall).toContain('echo "Test message: Hello World"');
      expect(r.definition.postInstall).toContain('echo "Test count: 42"');
      expect(r.definition.postInstall).toContain('echo "Test variable: test-value"');
      const custom = resolveAlone('testing/test-parameters.yml', { test_count: '7' });
      expect(custom.definition.postInstall).toContain('echo "Test count: 7"');
      expect(inputError(() => resolveAlone('testing/test-parameters.yml', { test_count: 'seven' })).diagnostics[0])
        .toMatchObject({ code: 'invalid-parameter', field: 'parameters.test_count' });
    });

    test('Prism placeholders such as {{IDLE_THRESHOLD_MINUTES}} stay verbatim', () => {
      const r = resolveAlone('ubuntu-22.04-server.yml');
      expect(r.definition.userData).toContain('IDLE_THRESHOLD_MINUTES={{IDLE_THRESHOLD_MINUTES}}');
      expect(r.definition.userData).toContain('*/{{CHECK_INTERVAL_MINUTES}} * * * *');
    });

    describe('python-ml-configurable parameters', () => {
      const rel = 'community/python-ml-configurable.yml';

      test('defaults: pytorch on CPU, JupyterLab, user researcher', () => {
        const r = resolveAlone(rel);
        expect(r.parameterValues).toEqual({
          python_version: '3.11',
          ml_framework: 'pytorch',
          jupyter_interface: 'lab',
          gpu_support: 'false',
          extra_packages: '',
          user_name: 'researcher',
        });
        const script = r.definition.postInstall!;
        expect(script).toContain('conda install pytorch torchvision cpuonly -c pytorch -y');
        expect(script).not.toContain('pytorch-cuda');
        expect(script).not.toContain('tensorflow');
        expect(script).toContain('conda install jupyterlab -y');
        expect(script).not.toContain('conda install notebook');
        expect(script).not.toContain('Installing extra packages');
        expect(script).toContain('conda create -n ml-env python=3.11 -y');
        expect(r.definition.packages?.conda).toContain('python=3.11');
        expect(r.definition.services?.map((s) => s.name)).toEqual(['jupyter-lab']);
        expect(r.definition.users).toEqual([{ name: 'researcher', groups: ['sudo'], shell: '/bin/bash' }]);
      });

      test('ml_framework tensorflow with gpu_support true installs tensorflow[and-cuda] and no pytorch-cuda', () => {
        const r = resolveAlone(rel, { ml_framework: 'tensorflow', gpu_support: 'true' });
        const script = r.definition.postInstall!;
        expect(script).toContain('pip install tensorflow[and-cuda]');
        expect(script).not.toContain('pytorch-cuda');
        expect(script).not.toMatch(/pip install tensorflow\s*$/m);
        expect(script).not.toContain('cpuonly');
        expect(r.definition.tags).toMatchObject({ ml_framework: 'tensorflow', gpu_ready: 'true', python: '3.11' });
      });

      test('jupyter_interface both and python 3.12 reach packages and services', () => {
        const r = resolveAlone(rel, { jupyter_interface: 'both', python_version: '3.12', user_name: 'alice' });
        expect(r.definition.postInstall).toContain('conda install notebook jupyterlab -y');
        expect(r.definition.postInstall).toContain('/home/alice/.bashrc');
        expect(r.definition.packages?.conda).toContain('python=3.12');
        expect(r.definition.services?.[0].name).toBe('jupyter-both');
        expect(r.definition.users?.[0].name).toBe('alice');
      });

      test('an ml_framework outside the choices is rejected with the choices listed', () => {
        const err = inputError(() => resolveAlone(rel, { ml_framework: 'caffe' }));
        expect(err.diagnostics).toHaveLength(1);
        const [d] = err.diagnostics;
        expect(d.code).toBe('invalid-parameter');
        expect(d.field).toBe('parameters.ml_framework');
        expect(d.value).toBe('"caffe"');
        expect(d.message).toContain('pytorch, tensorflow, both, none');
        expect(d.fix).toContain('pytorch, tensorflow, both, none');
        expect(d.location?.file).toBe(fixture(rel));
      });

      test('shell metacharacters in extra_packages are rejected', () => {
        const err = inputError(() => resolveAlone(rel, { extra_packages: 'numpy; rm -rf /' }));
        expect(err.diagnostics).toHaveLength(1);
        expect(err.diagnostics[0]).toMatchObject({ code: 'invalid-parameter', field: 'parameters.extra_packages', value: '"numpy; rm -rf /"' });
        expect(err.diagnostics[0].message).toContain(';');
      });

      test('extra_packages reaches pip as one quoted word (issue 13.6): a free-text value is never split into arguments', () => {
        // Split, "numpy --index-url=https://mirror.evil" would add an option to pip.
        const r = resolveAlone(rel, { extra_packages: 'xgboost lightgbm' });
        expect(r.definition.postInstall).toContain("pip install 'xgboost lightgbm'");
        expect(r.definition.postInstall).toContain('echo "Installing extra packages: xgboost lightgbm"');
        expect(resolveAlone(rel, { extra_packages: 'xgboost' }).definition.postInstall).toContain('pip install xgboost\n');
      });

      test('a user_name that breaks its pattern, and an unknown parameter, are both reported', () => {
        const err = inputError(() => resolveAlone(rel, { user_name: 'Root', framework: 'pytorch' }));
        expect(err.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-parameter', 'unknown-parameter']);
        expect(err.diagnostics.find((d) => d.code === 'unknown-parameter')?.fix).toContain('ml_framework');
      });
    });
  });

  describe('linter on the fixtures', () => {
    const findings = new Map<string, Diagnostic[]>(listFixtures().map((rel) => [rel, TemplateLinter.lintFile(fixture(rel))]));
    const lines = (rel: string, code: string) => (findings.get(rel) ?? []).filter((d) => d.code === code).map((d) => d.location?.line);

    test.each([
      ['rstudio-server.yml', 'hardcoded-password', 52],
      ['r-research-workstation.yml', 'hardcoded-password', 70],
      ['community/ultimate-research-workstation.yml', 'hardcoded-password', 101],
      ['jupyter-notebook-server.yml', 'hardcoded-token', 58],
      ['community/python-ml-configurable.yml', 'hardcoded-token', 119],
      ['community/ultimate-research-workstation.yml', 'hardcoded-token', 70],
      ['examples/ami-python-ml.yml', 'unauthenticated-service', 69],
      ['python-ml-datasets.yml', 'unauthenticated-service', 76],
    ])('%s: %s on line %d', (rel, code, line) => {
      const hits = (findings.get(rel) ?? []).filter((d) => d.code === code && d.location?.line === line);
      expect(hits).toHaveLength(1);
      expect(hits[0].severity).toBe(DiagnosticSeverity.ERROR);
      expect(hits[0].location?.file).toBe(fixture(rel));
      expect(hits[0].fix).toBeTruthy();
    });

    test('the chpasswd findings quote the offending line', () => {
      const d = findings.get('rstudio-server.yml')!.find((x) => x.code === 'hardcoded-password')!;
      expect(d.message).toContain('echo "researcher:cloudworkstation" | sudo chpasswd');
      expect(d.field).toBe('post_install');
    });

    test('the commented-out password on r-research-workstation.yml line 68 is not reported', () => {
      expect(lines('r-research-workstation.yml', 'hardcoded-password')).not.toContain(68);
    });

    test('the Jupyter token in python-ml-configurable is its config entry services[0].config[2]', () => {
      const d = findings.get('community/python-ml-configurable.yml')!.find((x) => x.code === 'hardcoded-token')!;
      expect(d.field).toBe('services[0].config[2]');
      expect(d.message).toContain("c.ServerApp.token = '{{.user_name}}123'");
    });

    test('templates without credentials have no credential findings', () => {
      const clean = ['ubuntu-22.04-server.yml', 'ubuntu-24.04-server.yml', 'testing/test-parameters.yml', 'history/base-rocky9.yml',
        'testing/test-auto-detection.yml', 'community/ubuntu-desktop-explicit.yml'];
      for (const rel of clean) {
        const codes = (findings.get(rel) ?? []).map((d) => d.code);
        expect({ rel, codes: codes.filter((c) => /hardcoded|unauthenticated|secret/.test(c)) }).toEqual({ rel, codes: [] });
      }
    });

    test('unpinned pytorch conda packages are warnings', () => {
      expect(lines('python-ml-datasets.yml', 'unpinned-channel')).toEqual([28, 29, 30]);
      expect(findings.get('python-ml-datasets.yml')!.filter((d) => d.code === 'unpinned-channel').every((d) => d.severity === DiagnosticSeverity.WARNING)).toBe(true);
    });

    test('the invalid fixture comes back from lintFile as its parse error', () => {
      expect(findings.get(INVALID)).toEqual([expect.objectContaining({ code: 'invalid-value', field: 'package_manager' })]);
    });
  });
});
