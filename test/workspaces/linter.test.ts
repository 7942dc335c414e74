import { TemplateCatalog } from '../../src/workspaces/catalog';
import { Diagnostic, DiagnosticSeverity } from '../../src/workspaces/errors';
import { TemplateLinter } from '../../src/workspaces/linter';

const FILE = 'lint.yml';
const { ERROR, WARNING, INFO } = DiagnosticSeverity;

function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

const HEAD = ['name: Lint Test', 'description: d', 'base: ubuntu-22.04'];

/** A template whose post_install script (starting on line 5) is the given lines. */
function script(...lines: string[]): string {
  return doc(...HEAD, 'post_install: |', ...lines.map((l) => `  ${l}`));
}

/** A template with one service (its "- name:" on line 5). */
function service(...lines: string[]): string {
  return doc(...HEAD, 'services:', ...lines);
}

function lint(yaml: string): Diagnostic[] {
  return TemplateLinter.lintYaml(yaml, FILE);
}

interface Positive {
  readonly yaml: string;
  readonly code: string;
  readonly severity: DiagnosticSeverity;
  readonly line: number;
  readonly field: string;
}

function finding(yaml: string, code: string, severity: DiagnosticSeverity, line: number, field: string): Positive {
  return { yaml, code, severity, line, field };
}

const POSITIVE: Array<[string, Positive]> = [
  ['a template account in the docker group (issue 13.1)', finding(
    doc(...HEAD, 'users:', '  - name: builder', '    groups: [docker]'),
    'privileged-group', ERROR, 6, 'users[0].groups[0]',
  )],
  ['a file in /etc/sudoers.d (issue 13.5)', finding(
    doc(...HEAD, 'files:', '  - destination: /etc/sudoers.d/builder', '    content: "builder ALL=(ALL) NOPASSWD:ALL"'),
    'privileged-write', ERROR, 5, 'files[0].destination',
  )],
  ['a parameter passed to sh -c (issue 13.6)', finding(
    doc(...HEAD, 'parameters:', '  dir: { type: string, default: data }', 'post_install: |', '  sh -c "ls {{.dir}}"'),
    'parameter-as-code', ERROR, 7, 'post_install',
  )],
  ['chpasswd with a literal password', finding(
    script('useradd -m alice', 'echo "alice:S3cret!" | sudo chpasswd'),
    'hardcoded-password', ERROR, 6, 'post_install',
  )],
  ['passwd --stdin', finding(
    script('echo hunter22 | passwd --stdin alice'),
    'hardcoded-password', ERROR, 5, 'post_install',
  )],
  ['useradd -p', finding(
    script('useradd -m -p hunter22 bob'),
    'hardcoded-password', ERROR, 5, 'post_install',
  )],
  ['code-server "password:" in a config file', finding(
    doc(...HEAD, 'files:', '  - destination: /home/u/.config/code-server/config.yaml', '    content: |',
      '      bind-addr: 127.0.0.1:8080', '      auth: password', '      password: hunter22'),
    'hardcoded-password', ERROR, 9, 'files[0].content',
  )],
  ['a template user with a password', finding(
    doc(...HEAD, 'users:', '  - name: alice', '    password: hunter22'),
    'hardcoded-password', ERROR, 6, 'users[0].password',
  )],
  ['a Jupyter token literal in service config', finding(
    service('  - name: jupyter', '    port: 8888', '    config:', '      - "c.ServerApp.token = \'abc123\'"'),
    'hardcoded-token', ERROR, 8, 'services[0].config[0]',
  )],
  ['a Jupyter token literal on a command line', finding(
    script('jupyter lab --NotebookApp.token=abc123 --no-browser &'),
    'hardcoded-token', ERROR, 5, 'post_install',
  )],
  ['0.0.0.0 with an empty token', finding(
    service('  - name: jupyter', '    port: 8888', '    config:', '      - "c.ServerApp.ip = \'0.0.0.0\'"', '      - "c.ServerApp.token = \'\'"'),
    'unauthenticated-service', ERROR, 5, 'services[0]',
  )],
  ['streamlit on 0.0.0.0 (it has no authentication)', finding(
    service('  - name: streamlit', '    port: 8501', '    command: streamlit run app.py --server.address 0.0.0.0'),
    'unauthenticated-service', ERROR, 5, 'services[0]',
  )],
  ['RStudio Server with --auth-none=1 on 127.0.0.1 (issue 12.4: other local accounts reach loopback)', finding(
    service('  - name: rstudio', '    port: 8787', '    command: /usr/lib/rstudio-server/bin/rserver --www-address=127.0.0.1 --auth-none=1'),
    'unauthenticated-service', ERROR, 7, 'services[0].command',
  )],
  ['rserver.conf with auth-none=1 in a script (issue 12.4)', finding(
    script('echo "auth-none=1" >> /etc/rstudio/rserver.conf'),
    'unauthenticated-service', ERROR, 5, 'post_install',
  )],
  ['0.0.0.0 with authentication', finding(
    service('  - name: jupyter', '    port: 8888', '    bind_address: 0.0.0.0'),
    'public-bind', WARNING, 5, 'services[0]',
  )],
  ['RStudio www-address=0.0.0.0', finding(
    script('echo "www-address=0.0.0.0" >> /etc/rstudio/rserver.conf'),
    'public-bind', WARNING, 5, 'post_install',
  )],
  ['curl over http piped to bash', finding(
    script('apt-get update', 'curl -fsSL http://get.example.org/install.sh | sudo bash'),
    'insecure-download', ERROR, 6, 'post_install',
  )],
  ['wget over http piped to sh', finding(
    script('wget -qO- http://get.example.org/i.sh | sh'),
    'insecure-download', ERROR, 5, 'post_install',
  )],
  ['curl -k', finding(
    script('curl -k -o /tmp/x.tgz https://files.example.org/x.tgz'),
    'tls-disabled', WARNING, 5, 'post_install',
  )],
  ['pip --trusted-host', finding(
    script('pip install --trusted-host pypi.example.org numpy'),
    'tls-disabled', WARNING, 5, 'post_install',
  )],
  ['https piped to bash', finding(
    script('curl -fsSL https://get.example.org/install.sh | bash'),
    'pipe-to-shell', INFO, 5, 'post_install',
  )],
  ['a plain-http download', finding(
    script('wget -O /tmp/data.csv http://data.example.org/data.csv'),
    'plain-http', WARNING, 5, 'post_install',
  )],
  ['chmod 777', finding(
    script('mkdir -p /data', 'chmod 777 /data'),
    'world-writable', WARNING, 6, 'post_install',
  )],
  ['chmod -R 0777', finding(
    script('chmod -R 0777 /data'),
    'world-writable', WARNING, 5, 'post_install',
  )],
  ['chmod 666', finding(
    script('chmod 666 /etc/app.conf'),
    'world-writable', WARNING, 5, 'post_install',
  )],
  ['chmod o+w', finding(
    script('chmod o+w /data'),
    'world-writable', WARNING, 5, 'post_install',
  )],
  ['chmod a+rw', finding(
    script('chmod a+rw /data'),
    'world-writable', WARNING, 5, 'post_install',
  )],
  ['file permissions "0666"', finding(
    doc(...HEAD, 'files:', '  - destination: /etc/app.conf', '    content: x', '    permissions: "0666"'),
    'world-writable', WARNING, 7, 'files[0].permissions',
  )],
  ['conda pytorch without a channel', finding(
    doc(...HEAD, 'package_manager: conda', 'packages:', '  conda:', '    - numpy', '    - pytorch'),
    'unpinned-channel', WARNING, 8, 'packages.conda[1]',
  )],
  ['conda samtools with a version but no channel', finding(
    doc(...HEAD, 'package_manager: conda', 'packages:', '  conda:', '    - samtools=1.19'),
    'unpinned-channel', WARNING, 7, 'packages.conda[0]',
  )],
  ['pip index over http', finding(
    script('pip install --index-url http://mirror.example.org/simple numpy'),
    'unpinned-channel', WARNING, 5, 'post_install',
  )],
  ['a secret variable with a literal value', finding(
    doc(...HEAD, 'variables:', '  DB_HOST: db.example.org', '  DB_PASSWORD: hunter22'),
    'secret-in-variables', ERROR, 6, 'variables.DB_PASSWORD',
  )],
  ['a secret in the research users\' environment', finding(
    doc(...HEAD, 'research_user:', '  default_environment:', '    WANDB_API_KEY: 0123456789abcdef'),
    'secret-in-variables', ERROR, 6, 'research_user.default_environment.WANDB_API_KEY',
  )],
];

const NEGATIVE: Array<[string, string]> = [
  ['chpasswd fed from a variable', script('echo "alice:$ALICE_PASSWORD" | chpasswd')],
  ['a locked password', script('passwd -l ubuntu', 'usermod -L bob')],
  ['code-server auth: none kept on loopback', doc(...HEAD, 'files:', '  - destination: /etc/cs.yaml', '    content: |',
    '      bind-addr: 127.0.0.1:8080', '      auth: none')],
  ['a Jupyter token from $JUPYTER_TOKEN', script('jupyter lab --ServerApp.token=$JUPYTER_TOKEN --no-browser &')],
  ['a Jupyter token read from the environment in config',
    service('  - name: jupyter', '    port: 8888', '    config:', '      - "c.ServerApp.token = os.environ[\'JUPYTER_TOKEN\']"')],
  ['a service on the default bind address', service('  - name: jupyter', '    port: 8888', '    config:', '      - "c.ServerApp.allow_root = False"')],
  ['a service bound to loopback', service('  - name: streamlit', '    port: 8501', '    bind_address: 127.0.0.1')],
  ['curl over https to a file', script('curl -fsSLo /tmp/x.sh https://get.example.org/x.sh', 'sha256sum -c x.sh.sha256')],
  ['http to the instance metadata service', script('curl -s http://169.254.169.254/latest/meta-data/instance-id')],
  ['chmod 1777 (sticky scratch)', script('mkdir -p /scratch', 'chmod 1777 /scratch')],
  ['chmod 755 and 644', script('chmod 755 /opt/tool', 'chmod 644 /etc/tool.conf', 'chmod u+x /opt/tool/run')],
  ['file permissions "0644" and "0600"', doc(...HEAD, 'files:', '  - destination: /etc/a', '    content: x', '    permissions: "0644"',
    '  - destination: /etc/b', '    content: y', '    permissions: "0600"')],
  ['conda pytorch::pytorch and conda-forge packages', doc(...HEAD, 'package_manager: conda', 'packages:', '  conda:',
    '    - pytorch::pytorch', '    - pytorch::torchvision', '    - nvidia::cuda-toolkit', '    - numpy', '    - bioconda::samtools')],
  ['a secret variable filled from a parameter', doc(...HEAD, 'parameters:', '  db_password:', '    default: ""',
    'variables:', '  DB_PASSWORD: "{{.db_password}}"', '  API_TOKEN: "$API_TOKEN"')],
  ['ordinary variables', doc(...HEAD, 'variables:', '  CONDA_ENV_NAME: ml', '  DATA_DIR: /data')],
  ['comment lines in scripts', script('# echo "alice:S3cret!" | chpasswd', '# curl http://get.example.org/x.sh | bash',
    '  # chmod 777 /data', '# jupyter lab --ServerApp.token=abc123', 'echo done')],
];

describe('TemplateLinter', () => {
  test('rules() lists every rule with its severity and a description', () => {
    const rules = TemplateLinter.rules();
    expect(rules.map((r) => r.id)).toEqual([
      'hardcoded-password', 'hardcoded-token', 'unauthenticated-service', 'insecure-download', 'world-writable',
      'unpinned-channel', 'secret-in-variables', 'privileged-group', 'privileged-write', 'parameter-as-code',
    ]);
    for (const r of rules) {
      expect(r.description.length).toBeGreaterThan(10);
      expect(Object.values(DiagnosticSeverity)).toContain(r.severity);
    }
    expect(rules.find((r) => r.id === 'world-writable')?.severity).toBe(WARNING);
    expect(rules.find((r) => r.id === 'hardcoded-password')?.severity).toBe(ERROR);
  });

  test('every rule has at least one positive case here', () => {
    const ids = new Set(TemplateLinter.rules().map((r) => r.id));
    const covered = new Set(POSITIVE.map(([, p]) => p.code));
    for (const id of ids) expect(covered).toContain(id);
  });

  test.each(POSITIVE)('finds %s', (_label, p) => {
    const findings = lint(p.yaml);
    const hits = findings.filter((d) => d.code === p.code);
    expect(hits).toHaveLength(1);
    const [d] = hits;
    expect(d.severity).toBe(p.severity);
    expect(d.location?.file).toBe(FILE);
    expect(d.location?.line).toBe(p.line);
    expect(d.field).toBe(p.field);
    expect(d.fix?.trim()).toBeTruthy();
    expect(d.message.length).toBeGreaterThan(10);
  });

  test.each(NEGATIVE)('does not flag %s', (_label, yaml) => {
    expect(lint(yaml)).toEqual([]);
  });

  test('the chpasswd finding quotes the line and points at its column', () => {
    const [d] = lint(script('useradd -m alice', 'echo "alice:S3cret!" | sudo chpasswd'));
    expect(d.message).toContain('echo "alice:S3cret!" | sudo chpasswd');
    expect(d.location).toEqual({ file: FILE, line: 6, column: 3 });
  });

  test('curl http|bash is one insecure-download error, not also plain-http', () => {
    const codes = lint(script('curl -fsSL http://get.example.org/install.sh | bash')).map((d) => d.code);
    expect(codes).toEqual(['insecure-download']);
  });

  test('curl -k piped to bash over https gives tls-disabled and pipe-to-shell', () => {
    const codes = lint(script('curl -k https://get.example.org/install.sh | bash')).map((d) => d.code).sort();
    expect(codes).toEqual(['pipe-to-shell', 'tls-disabled']);
  });

  test('0.0.0.0 with an empty token also reports nothing about a literal token', () => {
    const codes = lint(service('  - name: jupyter', '    port: 8888', '    config:', '      - "c.ServerApp.ip = \'0.0.0.0\'"',
      '      - "c.ServerApp.token = \'\'"')).map((d) => d.code);
    expect(codes).toEqual(['unauthenticated-service']);
  });

  test('a Jupyter server on 0.0.0.0 with a token from the environment and no password is authenticated (public-bind only)', () => {
    const findings = lint(service('  - name: jupyter', '    port: 8888', '    config:',
      '      - "c.ServerApp.ip = \'0.0.0.0\'"',
      '      - "c.ServerApp.token = os.environ[\'JUPYTER_TOKEN\']"',
      '      - "c.ServerApp.password = \'\'"'));
    expect(findings.map((d) => [d.code, d.severity])).toEqual([['public-bind', WARNING]]);
  });

  test('passwd --stdin fed from a variable is not a clear-text password', () => {
    expect(lint(script('echo "$ALICE_PASSWORD" | passwd --stdin alice'))).toEqual([]);
  });

  test('chmod 2770 and 2775 (setgid group directories, the fix the rule itself suggests) are not world-writable', () => {
    expect(lint(script('chmod 2770 /shared/lab', 'chmod 2775 /shared/public'))).toEqual([]);
  });

  test('a variable whose name merely contains "token" or "pass" is not a secret', () => {
    expect(lint(doc(...HEAD, 'variables:', '  TOKENIZERS_PARALLELISM: "false"', '  COMPASS_HOME: /opt/compass'))).toEqual([]);
  });

  test('when a line also appears in a comment, the finding points at the real line, not the comment', () => {
    const findings = lint(script('# old: echo "bob:secret1" | chpasswd', 'echo "bob:secret1" | chpasswd'));
    expect(findings.map((d) => [d.code, d.location?.line])).toEqual([['hardcoded-password', 6]]);
  });

  test('several findings come back sorted by line', () => {
    const findings = lint(script('chmod 777 /data', 'curl http://x.example.org/i.sh | bash', 'echo "a:b0b1" | chpasswd'));
    expect(findings.map((d) => [d.code, d.location?.line])).toEqual([
      ['world-writable', 5], ['insecure-download', 6], ['hardcoded-password', 7],
    ]);
  });

  test('a script file placed by files: (with a shebang) is linted as a script, comments skipped', () => {
    const findings = lint(doc(...HEAD, 'files:', '  - destination: /usr/local/bin/setup.sh', '    permissions: "0755"', '    content: |',
      '      #!/bin/bash', '      # chmod 777 /nothing', '      chmod 777 /data'));
    expect(findings.map((d) => [d.code, d.field, d.location?.line])).toEqual([['world-writable', 'files[0].content', 10]]);
  });

  test('ami user_data_script is linted', () => {
    const findings = lint(doc('name: A', 'description: d', 'base: ami-based', 'ami_config:', '  user_data_script: |',
      '    echo "ec2-user:pw12345" | chpasswd'));
    expect(findings.map((d) => [d.code, d.field, d.location?.line])).toEqual([['hardcoded-password', 'ami_config.user_data_script', 6]]);
  });

  test('a file that does not parse comes back as its parse error', () => {
    const findings = lint(doc(...HEAD, 'connection_type: vnc'));
    expect(findings).toEqual([expect.objectContaining({ code: 'invalid-value', field: 'connection_type', location: { file: FILE, line: 4, column: 18 } })]);
  });

  test('lintDefinition works on code-defined templates, located by their source label', () => {
    const c = new TemplateCatalog();
    const def = c.addObject({ name: 'Code', description: 'd', base: 'ubuntu-22.04', post_install: 'chmod 777 /data\n' }, 'Lab/Code');
    const findings = TemplateLinter.lintDefinition(def);
    expect(findings).toEqual([expect.objectContaining({ code: 'world-writable', field: 'post_install', location: { file: 'Lab/Code' } })]);
  });
});
