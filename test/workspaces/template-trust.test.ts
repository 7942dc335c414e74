/**
 * Issue 13, items 1, 5 and 6: what a template author can cause. Template accounts never take
 * over system, image or registry accounts, privileged groups and privileged writes need the
 * lab's policy to name them, and parameter values reach scripts as data.
 */
import * as fs from 'fs';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { Diagnostic } from '../../src/workspaces/errors';
import { TemplateLinter } from '../../src/workspaces/linter';
import { WorkspacePolicy } from '../../src/workspaces/policy';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { normalisePath, pathAllowed, privilegedPathKind, scriptPrivilegedWrites, setIdChmod, setIdMode } from '../../src/workspaces/private/privilege';
import { WorkspaceUserData } from '../../src/workspaces/userdata';
import { UserRegistry } from '../../src/workspaces/users';

function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
const HEAD = ['name: Trust', 'slug: trust', 'description: d', 'base: debian-12'];

function inputError(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError, but nothing was thrown');
}

function resolve(yaml: string, parameters?: Record<string, string>) {
  const c = new TemplateCatalog();
  c.addYaml(yaml, 'trust.yml');
  return c.resolve('trust', parameters);
}

function policy(...lines: string[]): WorkspacePolicy {
  return WorkspacePolicy.fromYaml(doc('name: lab', ...lines), 'lab-policy.yml');
}

const registry = () => UserRegistry.fromProps({ users: [{ name: 'alice', uid: 5000 }], userIdRange: { min: 5000, max: 5999 } });

function lint(yaml: string, p?: WorkspacePolicy): Diagnostic[] {
  return TemplateLinter.lintYaml(yaml, 'trust.yml', { policy: p });
}

/** One line: file:line:column, field, value, fix. */
function expectOneLine(d: Diagnostic | undefined, field: string): void {
  expect(d).toBeDefined();
  expect(d!.field).toBe(field);
  expect(d!.fix?.length).toBeGreaterThan(10);
  expect(d!.location?.file).toBe('trust.yml');
  expect(d!.location?.line).toBeGreaterThan(0);
  expect(d!.location?.column).toBeGreaterThan(0);
  expect(d!.value).toBeDefined();
}

describe('13.1 template accounts', () => {
  test.each(['root', 'daemon', 'bin', 'sys', 'nobody', 'www-data', 'sshd', 'systemd-network', '_apt'])(
    'a system account name (%s) is refused when the template is loaded, with file:line:column, field, value and fix', (name) => {
      const e = inputError(() => resolve(doc(...HEAD, 'users:', `  - name: ${name}`, '    groups: [sudo]')));
      const d = e.diagnostics.find((x) => x.code === 'reserved-user-name');
      expectOneLine(d, 'users[0].name');
      expect(d!.location?.line).toBe(6);
      expect(d!.location?.column).toBe(11);
      expect(d!.value).toBe(JSON.stringify(name));
      expect(e.message.split('\n').filter((l) => l.includes('reserved-user-name'))).toHaveLength(1);
    });

  test('a system account name that comes from a parameter is refused at resolution', () => {
    const yaml = doc(...HEAD, 'parameters:', '  who: { type: string, default: builder }', 'users:', '  - name: "{{.who}}"');
    expect(resolve(yaml).definition.users).toEqual([{ name: 'builder' }]);
    const e = inputError(() => resolve(yaml, { who: 'root' }));
    expect(e.diagnostics.map((d) => [d.code, d.field])).toEqual([['reserved-user-name', 'users[0].name']]);
  });

  test.each(['ubuntu', 'debian', 'ec2-user', 'rocky', 'admin'])('an image default account (%s) loads (Prism lists it) but is refused at synth and by lint', (name) => {
    const t = resolve(doc(...HEAD, 'users:', `  - name: ${name}`));
    const e = inputError(() => WorkspaceUserData.generate({ template: t }));
    expect(e.diagnostics.map((d) => [d.code, d.field, d.value])).toEqual([['reserved-user-name', 'users[0].name', JSON.stringify(name)]]);
    const l = lint(doc(...HEAD, 'users:', `  - name: ${name}`)).filter((d) => d.code === 'reserved-user-name');
    expect(l).toHaveLength(1);
    expectOneLine(l[0], 'users[0].name');
  });

  test('a template account with the name of a registry user is an error at synth (was a warning, and dropped)', () => {
    const t = resolve(doc(...HEAD, 'users:', '  - name: alice', '    groups: [sudo]'));
    const e = inputError(() => WorkspaceUserData.generate({ template: t, registry: registry(), policy: policy('allowed_privileged_groups: [sudo]') }));
    expect(e.diagnostics.map((d) => [d.code, d.field])).toEqual([['template-user-collides', 'users[0].name']]);
    expect(e.diagnostics[0].fix).toContain('rename the template account');
  });

  test.each(['sudo', 'wheel', 'admin', 'adm', 'docker', 'lxd', 'disk', 'shadow', 'root', 'kvm', 'systemd-journal'])(
    'the privileged group %s needs the policy to name it: refused without a policy, with another grant, allowed when named', (g) => {
      const t = resolve(doc(...HEAD, 'users:', '  - name: builder', `    groups: [${g}, users]`));
      for (const p of [undefined, policy(`allowed_privileged_groups: [${g === 'docker' ? 'sudo' : 'docker'}]`)]) {
        const e = inputError(() => WorkspaceUserData.generate({ template: t, policy: p }));
        expect(e.diagnostics.map((d) => [d.code, d.field, d.value])).toEqual([['privileged-group-not-allowed', 'users[0].groups', JSON.stringify(g)]]);
        expect(e.diagnostics[0].fix).toContain('allowed_privileged_groups');
      }
      const ok = WorkspaceUserData.generate({ template: t, policy: policy(`allowed_privileged_groups: [${g}]`) });
      expect(ok.provisioningScript()).toContain('rws_template_user builder');
      const found = lint(doc(...HEAD, 'users:', '  - name: builder', `    groups: [${g}, users]`)).filter((d) => d.code === 'privileged-group');
      expect(found).toHaveLength(1);
      expectOneLine(found[0], 'users[0].groups[0]');
      expect(lint(doc(...HEAD, 'users:', '  - name: builder', `    groups: [${g}, users]`), policy(`allowed_privileged_groups: [${g}]`))
        .filter((d) => d.code === 'privileged-group')).toEqual([]);
    });

  test('video and render (GPU access) are not privileged', () => {
    const t = resolve(doc(...HEAD, 'users:', '  - name: builder', '    groups: [video, render]'));
    expect(() => WorkspaceUserData.generate({ template: t })).not.toThrow();
  });

  test('the policy file checks its grants', () => {
    expect(() => policy('allowed_privileged_groups: ["bad group"]')).toThrow(/allowed_privileged_groups\[0\].*not a group name/);
    expect(() => policy('allowed_privileged_paths: [etc/cron.d]')).toThrow(/allowed_privileged_paths\[0\].*absolute path/);
    expect(() => policy('allowed_privileged_paths: [/etc/../root]')).toThrow(/allowed_privileged_paths\[0\]/);
  });
});

describe('13.5 privileged writes', () => {
  const PRIVILEGED = ['/etc/sudoers', '/etc/sudoers.d/lab', '/root/.ssh/authorized_keys', '/root/.bashrc', '/etc/cron.d/job', '/etc/crontab',
    '/etc/cron.daily/x', '/var/spool/cron/crontabs/root', '/etc/systemd/system/x.service', '/lib/systemd/system/x.service',
    '/usr/lib/systemd/system/x.service', '/etc/ssh/sshd_config', '/etc/ssh/sshd_config.d/x.conf', '/etc/pam.d/sshd', '/etc/security/limits.conf',
    '/etc/passwd', '/etc/shadow', '/etc/group', '/etc/gshadow', '/etc/ld.so.preload', '/etc/profile.d/x.sh',
    '/etc/./sudoers.d/../sudoers', '//etc//cron.d//job', '/tmp/../etc/shadow', '/etc/sudoers.d/./x'];
  const PLAIN = ['/etc/motd', '/opt/app/config.yml', '/home/x/.bashrc', '/etc/sudoers-notes.txt', '/etc/sshd_banner', '/rootfs/x', '/etc/systemdish'];

  test.each(PRIVILEGED)('%s is privileged after normalisation', (p) => {
    expect(privilegedPathKind(p)).toBeDefined();
  });
  test.each(PLAIN)('%s is not privileged', (p) => {
    expect(privilegedPathKind(p)).toBeUndefined();
  });
  test('normalisation', () => {
    expect(normalisePath('/etc/./sudoers.d/../sudoers')).toBe('/etc/sudoers');
    expect(normalisePath('//etc//cron.d//job')).toBe('/etc/cron.d/job');
    expect(pathAllowed('/etc/cron.d/job', ['/etc/cron.d/*'])).toBe(true);
    expect(pathAllowed('/etc/cron.d/a/b', ['/etc/cron.d/*'])).toBe(false);
    expect(pathAllowed('/etc/cron.d/a/b', ['/etc/cron.d/**'])).toBe(true);
    expect(pathAllowed('/etc/./sudoers.d/../sudoers', ['/etc/sudoers'])).toBe(true);
    expect(pathAllowed('/etc/sudoers', ['/etc/sudoers.d/**'])).toBe(false);
  });

  test.each([...PRIVILEGED.slice(0, 10), '/etc/./sudoers.d/../sudoers', '//etc//cron.d//job'])('files: %s is a lint error and a synth error unless the policy names it', (dest) => {
    const yaml = doc(...HEAD, 'files:', `  - destination: "${dest}"`, '    content: x');
    const found = lint(yaml).filter((d) => d.code === 'privileged-write');
    expect(found).toHaveLength(1);
    expectOneLine(found[0], 'files[0].destination');
    expect(found[0].location?.line).toBe(6);
    const t = resolve(yaml);
    const e = inputError(() => WorkspaceUserData.generate({ template: t }));
    // At synth a destination with "." or ".." components is refused before its meaning is judged.
    expect(e.diagnostics.map((d) => [d.code, d.field])).toEqual([[/\/\.\.?\//.test(dest) ? 'invalid-destination' : 'privileged-write', 'files[0].destination']]);
    if (/\/\.\.?\//.test(dest)) return;
    const grant = policy(`allowed_privileged_paths: ["${normalisePath(dest)}"]`);
    expect(lint(yaml, grant).filter((d) => d.code === 'privileged-write')).toEqual([]);
    expect(() => WorkspaceUserData.generate({ template: t, policy: grant })).not.toThrow();
    // A grant for another path is no grant.
    expect(lint(yaml, policy('allowed_privileged_paths: [/etc/motd]')).filter((d) => d.code === 'privileged-write')).toHaveLength(1);
  });

  test.each(['4755', '2755', '6755', '04755', '1755'])('files: mode %s (set-id, or sticky on an executable) is an error', (mode) => {
    const yaml = doc(...HEAD, 'files:', '  - destination: /usr/local/bin/tool', '    content: x', `    permissions: "${mode}"`);
    const found = lint(yaml).filter((d) => d.code === 'privileged-write');
    expect(found.map((d) => d.field)).toEqual(['files[0].permissions']);
    expect(inputError(() => WorkspaceUserData.generate({ template: resolve(yaml) })).diagnostics.map((d) => d.code)).toContain('privileged-mode');
    if (mode.length === 4) expect(() => WorkspaceUserData.generate({ template: resolve(yaml), policy: policy('allowed_privileged_paths: [/usr/local/bin/tool]') })).not.toThrow();
  });

  test('modes without set-id bits are fine', () => {
    for (const m of ['0755', '0644', '755', '1644', '0700']) expect(setIdMode(m)).toBe(false);
    for (const m of ['u+s', 'g+s', '+s', 'ug+s']) expect(setIdMode(m)).toBe(true);
  });

  const LINES: Array<[string, string]> = [
    ["echo 'builder ALL=(ALL) NOPASSWD:ALL' >> /etc/sudoers", '/etc/sudoers'],
    ["echo 'x ALL=(ALL) ALL' | tee -a /etc/sudoers.d/x", '/etc/sudoers.d/x'],
    ["echo 'x' | sudo tee /etc/sudoers.d/x >/dev/null", '/etc/sudoers.d/x'],
    ['cp job /etc/cron.d/', '/etc/cron.d'],
    ['install -m 0440 rule /etc/sudoers.d/rule', '/etc/sudoers.d/rule'],
    ['mv unit.service /etc/systemd/system/unit.service', '/etc/systemd/system/unit.service'],
    ["sed -i 's/^#PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config", '/etc/ssh/sshd_config'],
    ['cat key.pub >> /root/.ssh/authorized_keys', '/root/.ssh/authorized_keys'],
    ['printf "%s\\n" /opt/evil.so > /etc/ld.so.preload', '/etc/ld.so.preload'],
    ['echo "auth sufficient pam_permit.so" >> /etc/pam.d/common-auth', '/etc/pam.d/common-auth'],
    ['ln -sf /opt/x.sh /etc/profile.d/x.sh', '/etc/profile.d/x.sh'],
    ['chmod u+s /usr/bin/find', '/usr/bin/find'],
    ['chmod 4755 /bin/bash', '/bin/bash'],
    ['chmod 2755 /usr/local/bin/tool', '/usr/local/bin/tool'],
    ['visudo -c -f /tmp/x', '/etc/sudoers'],
    ['echo "* * * * * root id" | crontab -', '/var/spool/cron'],
    ['usermod -aG sudo builder', 'group sudo'],
    ['cat > /etc/./cron.d/../cron.d/job <<EOF', '/etc/cron.d/job'],
    ['echo x>>//etc//shadow', '/etc/shadow'],
  ];
  test.each(LINES)('post_install "%s" is a privileged write', (line, path) => {
    expect(scriptPrivilegedWrites(line).map((w) => w.path)).toContain(path);
    const yaml = doc(...HEAD, 'post_install: |', '  set -e', `  ${line}`);
    const found = lint(yaml).filter((d) => d.code === 'privileged-write');
    expect(found).toHaveLength(1);
    expect(found[0].field).toBe('post_install');
    expect(found[0].location?.line).toBe(7);
    expect(inputError(() => WorkspaceUserData.generate({ template: resolve(yaml) })).diagnostics.map((d) => d.code)).toEqual(['privileged-write']);
  });

  test('the same lines in user_data are found too, and a grant by name turns exactly that finding off', () => {
    const yaml = doc(...HEAD, 'user_data: |', '  cp job /etc/cron.d/job', '  echo x >> /etc/sudoers');
    expect(lint(yaml).filter((d) => d.code === 'privileged-write').map((d) => d.location?.line)).toEqual([6, 7]);
    expect(lint(yaml, policy('allowed_privileged_paths: ["/etc/cron.d/*"]')).filter((d) => d.code === 'privileged-write').map((d) => d.location?.line)).toEqual([7]);
  });

  test.each([
    'chmod 2775 /shared/lab', 'chmod 1777 /scratch', 'cp /etc/ssh/sshd_config /tmp/sshd_config.bak', 'cat /etc/passwd', 'grep x /etc/sudoers',
    'echo ok > /etc/motd', 'systemctl enable --now nginx', 'install -d -m 0755 /etc/rstudio', '# echo x >> /etc/sudoers', 'echo "see /etc/sudoers" >/dev/null',
  ])('"%s" is not a privileged write', (line) => {
    expect(scriptPrivilegedWrites(line)).toEqual([]);
    expect(setIdChmod('2775', '/shared/lab')).toBe(false);
  });

  test('the bundled templates have no privileged writes', () => {
    const dir = TemplateCatalog.bundledDirectory();
    const files = fs.readdirSync(dir).filter((f: string) => f.endsWith('.yml'));
    for (const f of files) {
      expect(TemplateLinter.lintFile(`${dir}/${f}`).filter((d) => d.code === 'privileged-write' || d.code === 'privileged-group')).toEqual([]);
    }
  });
});

describe('13.6 parameter values are data', () => {
  const tarTemplate = doc(...HEAD,
    'parameters:',
    '  archive: { type: string, default: data }',
    'post_install: |',
    '  tar -cf /tmp/out.tar {{.archive}}');

  test('the reported value: "--checkpoint=1 --checkpoint-action=exec=id" is refused, naming the parameter and the fix', () => {
    const e = inputError(() => resolve(tarTemplate, { archive: '--checkpoint=1 --checkpoint-action=exec=id' }));
    expect(e.diagnostics).toHaveLength(1);
    const d = e.diagnostics[0];
    expect([d.code, d.field]).toEqual(['invalid-parameter', 'parameters.archive']);
    expect(d.message).toContain('starts with "-"');
    expect(d.fix).toContain('allow_leading_dash: true');
  });

  test('a value with an option in the middle is one word, so tar reads it as one file name', () => {
    expect(resolve(tarTemplate, { archive: 'data --checkpoint=1 --checkpoint-action=exec=id' }).definition.postInstall)
      .toBe("tar -cf /tmp/out.tar 'data --checkpoint=1 --checkpoint-action=exec=id'\n");
  });

  test('a default starting with "-" is refused at load; allow_leading_dash: true accepts it (as one quoted word)', () => {
    const bad = doc(...HEAD, 'parameters:', '  flags: { type: string, default: "-v" }', 'post_install: "tar {{.flags}} -cf /tmp/x.tar /etc/motd"');
    const e = inputError(() => resolve(bad));
    expect(e.diagnostics.map((d) => [d.code, d.field, d.location?.line])).toEqual([['invalid-default', 'parameters.flags.default', 6]]);
    const ok = bad.replace('default: "-v" }', 'default: "-v", allow_leading_dash: true }');
    expect(resolve(ok).definition.postInstall).toBe('tar -v -cf /tmp/x.tar /etc/motd');
    expect(resolve(ok, { flags: '-v --checkpoint-action=exec=id' }).definition.postInstall).toBe("tar '-v --checkpoint-action=exec=id' -cf /tmp/x.tar /etc/motd");
  });

  test('an int parameter starting with "-" is refused too; choices and booleans are the author\'s values', () => {
    const yaml = doc(...HEAD, 'parameters:', '  n: { type: int, default: "3" }', '  mode: { type: choice, choices: ["-a", "-b"], default: "-a" }', 'post_install: "ls {{.mode}} {{.n}}"');
    expect(inputError(() => resolve(yaml, { n: '-5' })).diagnostics.map((d) => d.field)).toEqual(['parameters.n']);
    expect(resolve(yaml, { mode: '-b' }).definition.postInstall).toBe('ls -b 3');
  });

  test('each quoting context gets the escaping it needs', () => {
    const yaml = doc(...HEAD,
      'parameters:', '  v: { type: string, default: "a b" }',
      'post_install: |',
      '  echo {{.v}} x{{.v}}y',
      '  echo "in double {{.v}}"',
      "  echo 'in single {{.v}}'",
      "  echo $'in ansi {{.v}}'",
      '  echo $(printf %s {{.v}}) "$(printf %s {{.v}})"',
      '  cat <<EOF',
      '  heredoc {{.v}}',
      '  EOF',
      "  cat <<'EOF'",
      '  literal {{.v}}',
      '  EOF',
      '  # comment {{.v}}',
      '  echo ${X:-{{.v}}} "${X:-{{.v}}}"');
    expect(resolve(yaml).definition.postInstall).toBe([
      "echo 'a b' x'a b'y",
      'echo "in double a b"',
      "echo 'in single a b'",
      "echo $'in ansi a b'",
      "echo $(printf %s 'a b') \"$(printf %s 'a b')\"",
      'cat <<EOF',
      'heredoc a b',
      'EOF',
      "cat <<'EOF'",
      'literal a b',
      'EOF',
      '# comment a b',
      "echo ${X:-'a b'} \"${X:-a b}\"",
      '',
    ].join('\n'));
  });

  test.each([
    ['the name of a command', '{{.v}} --version', 'parameter-as-command'],
    ['the name of a command after a pipe', 'echo x | {{.v}}', 'parameter-as-command'],
    ['inside backticks', 'echo `echo {{.v}}`', 'parameter-in-backticks'],
    ['an argument of sh -c', 'sh -c "echo {{.v}}"', 'parameter-as-code'],
    ['an argument of bash -lc', "bash -lc 'echo {{.v}}'", 'parameter-as-code'],
    ['an argument of eval', 'eval echo {{.v}}', 'parameter-as-code'],
    ['a sed script', "sed -i 's/x/{{.v}}/' /tmp/f", 'parameter-as-code'],
    ['an awk program', "awk '{print \"{{.v}}\"}' /tmp/f", 'parameter-as-code'],
    ['an argument of xargs', 'xargs -0 rm {{.v}} </dev/null', 'parameter-as-code'],
    ['python -c', 'python3 -c "print(\'{{.v}}\')"', 'parameter-as-code'],
    ['a here-document fed to bash', 'bash <<EOF\necho {{.v}}\nEOF', 'parameter-as-code'],
    ['find -exec', 'find /tmp -exec echo {{.v}} ;', 'parameter-as-code'],
  ])('a free-text parameter used as %s is refused at resolution and by lint', (_label, line, code) => {
    const yaml = doc(...HEAD, 'parameters:', '  v: { type: string, default: safe }', 'post_install: |', ...line.split('\n').map((l) => `  ${l}`));
    const e = inputError(() => resolve(yaml));
    expect(e.diagnostics.map((d) => [d.code, d.field])).toEqual([[code, 'post_install']]);
    expect(e.diagnostics[0].location?.line).toBeGreaterThanOrEqual(7);
    expect(e.diagnostics[0].fix?.length).toBeGreaterThan(10);
    expect(lint(yaml).filter((d) => d.code === code)).toHaveLength(1);
    // A choice parameter is the author's own value, so the same line is accepted.
    const choice = yaml.replace('v: { type: string, default: safe }', 'v: { type: choice, choices: [safe], default: safe }');
    expect(() => resolve(choice)).not.toThrow();
  });

  test('a variable built from a parameter is data too', () => {
    const yaml = doc(...HEAD, 'parameters:', '  v: { type: string, default: "a b" }', 'variables:', '  DIR: "/opt/{{.v}}"', 'post_install: "ls {{.DIR}}"');
    expect(resolve(yaml).definition.postInstall).toBe("ls '/opt/a b'");
  });

  test('a service command gets the same quoting', () => {
    const yaml = doc(...HEAD, 'parameters:', '  v: { type: string, default: "a b" }', 'services:', '  - name: app', '    port: 9000', '    command: "python3 -m http.server --directory {{.v}} 9000"');
    expect(resolve(yaml).definition.services?.[0].command).toBe("python3 -m http.server --directory 'a b' 9000");
  });

  test('the bundled templates still resolve with their defaults', () => {
    const cat = TemplateCatalog.bundled();
    for (const slug of cat.slugs()) expect(() => cat.resolve(slug)).not.toThrow();
  });
});
