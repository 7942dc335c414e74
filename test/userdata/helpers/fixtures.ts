/**
 * Templates and registries the user-data tests (and the benchmark) generate from.
 */
import { sshKey } from './tools';
import { ResolvedTemplate, TemplateCatalog, UserRegistry } from '../../../src';
import { WorkspacePolicy } from '../../../src/workspaces/policy';

/** A comment that would run code if anything evaluated it. */
export const EVIL = '$(touch /tmp/pwned-key) `touch /tmp/pwned-backtick` ; touch /tmp/pwned-semicolon';

/** Every marker file an injection would create, inside the chroot or on the host. */
export const PWNED = ['/tmp/pwned-key', '/tmp/pwned-backtick', '/tmp/pwned-semicolon', '/tmp/pwned-file', '/tmp/pwned-desc', '/tmp/pwned-post',
  '/tmp/pwned-env', '/tmp/pwned-dest', '/tmp/pwned-param'];

/** Keys made once per process (ed25519 generation is cheap, but stable keys make stable sizes). */
const keys = new Map<string, string>();
export function keyOf(name: string, comment = `${name}@laptop`): string {
  const k = `${name}\u0000${comment}`;
  if (!keys.has(k)) keys.set(k, sshKey(comment));
  return keys.get(k)!;
}

/** The lab registry of the chroot scenarios. */
export function labRegistry(): UserRegistry {
  return UserRegistry.fromProps({
    sourceName: 'test/lab-users.yaml',
    userIdRange: { min: 5000, max: 5999 },
    groupIdRange: { min: 6000, max: 6999 },
    groups: [
      { name: 'genomics', description: 'Genomics $(touch /tmp/pwned-desc) `touch /tmp/pwned-desc`' },
      { name: 'imaging', description: "Imaging 'lab'" },
      { name: 'researchers', description: 'Everyone' },
    ],
    users: [
      { name: 'alice', groups: ['genomics', 'researchers'], sudo: true, sshKeys: [keyOf('alice', `alice@laptop ${EVIL}`), keyOf('alice', 'alice@desktop')] },
      { name: 'bob', groups: ['genomics', 'imaging', 'researchers'], shell: '/usr/bin/zsh', sshKeys: [keyOf('bob')] },
      { name: 'carol', primaryGroup: 'imaging', groups: ['researchers'], sshKeys: [keyOf('carol')] },
      { name: 'dave', groups: ['researchers'] },
    ],
  });
}

/** A registry of n users in 20 groups, each user with one key. */
export function bigRegistry(n: number, withKeys = true): UserRegistry {
  const groups = Array.from({ length: 20 }, (_, i) => ({ name: `g${String(i).padStart(2, '0')}` }));
  const users = Array.from({ length: n }, (_, i) => ({
    name: `u${String(i).padStart(5, '0')}`,
    groups: [groups[i % 20].name],
    sshKeys: withKeys ? [sshKey(`u${i}@lab`)] : [],
  }));
  return UserRegistry.fromProps({
    users, groups, userIdRange: { min: 10000, max: 10000 + 2 * n }, groupIdRange: { min: 100000, max: 100100 }, sourceName: `bench-${n}`,
  });
}

/** Templates written for these tests (the bundled catalog changes while it is being written). */
export const TEMPLATES: Record<string, string> = {
  'lab-jupyter': `
name: Lab Jupyter
slug: lab-jupyter
description: Jupyter, Streamlit and a custom dashboard on Debian
base: debian-12
package_manager: apt
packages:
  system: [sudo]
  pip: [numpy]
services:
  - { name: jupyter, port: 8888, config: ["c.ServerApp.token = 'research'", "c.ServerApp.ip = '0.0.0.0'", "c.ServerApp.terminado_settings = {'shell_command': ['/bin/bash']}"] }
  - { name: streamlit, port: 8501 }
  - { name: dashboard, port: 8050, command: 'python3 -m http.server "$RWS_PORT" --bind "$RWS_BIND_ADDRESS"' }
parameters:
  project: { type: string, default: "genome-2025", pattern: "^[a-z0-9-]+$" }
files:
  - destination: /etc/rws-test/quote.txt
    content: |
      it's {{.project}}: $(touch /tmp/pwned-file) and \`touch /tmp/pwned-file\` and $HOME and "quotes" and \\backslash
      RWS_EOF
      'RWS_EOF'
  - destination: "/opt/lab data/read me $(touch /tmp/pwned-dest).txt"
    content: "no trailing newline"
    owner: alice
    group: genomics
    permissions: "0640"
post_install: |
  #!/bin/bash
  echo "post_install ran for {{.project}}" >> /var/tmp/post-install-runs
  echo '$(touch /tmp/pwned-post)' > /var/tmp/post-install-literal
  echo "param=$RWS_PARAM_project owner=$RWS_OWNER" > /var/tmp/post-install-env
user_data: |
  echo "user_data ran" >> /var/tmp/user-data-runs
research_user:
  default_environment: { LAB_NOTE: "it's $(touch /tmp/pwned-env) fine", PROJECT: "{{.project}}" }
idle_detection: { enabled: true, idle_threshold_minutes: 30, check_interval_minutes: 5 }
`,
  'group-lab': `
name: Group Lab
slug: group-lab
description: conda, code-server, MLflow and a template account
base: debian-12
package_manager: conda
packages:
  conda: ["python=3.12", "jupyterlab"]
  pip: [mlflow]
services:
  - { name: jupyter, port: 8888 }
  - { name: code-server, port: 8080 }
  - { name: mlflow, port: 5000, enable: false }
users:
  - { name: researcher, groups: [sudo, docker] }
research_user:
  efs_mount_point: /lab
  default_groups: [docker]
idle_detection: { enabled: true, idle_threshold_minutes: 20, hibernate_threshold_minutes: 45, check_interval_minutes: 5 }
`,
  'acl-dev': `
name: ACL Dev
slug: acl-dev
description: POSIX ACL projects and developer conveniences
base: debian-12
package_manager: apt
packages:
  system: [less]
idle_detection: { enabled: false }
`,
  'minimal': `
name: Minimal
slug: minimal
description: nothing but users
base: debian-12
package_manager: apt
idle_detection: { enabled: false }
`,
};

/** Resolves one of TEMPLATES, optionally with another base and extra YAML. */
export function template(slug: string, base?: string): ResolvedTemplate {
  const c = new TemplateCatalog();
  let text = TEMPLATES[slug];
  if (base) text = text.replace(/^base: .*$/m, `base: ${base}`);
  c.addYaml(text, `test/${slug}.yml`);
  return c.resolve(slug);
}

/** Resolves a template from YAML text. */
export function templateFrom(yaml: string, slug: string): ResolvedTemplate {
  const c = new TemplateCatalog();
  c.addYaml(yaml, `test/${slug}.yml`);
  return c.resolve(slug);
}

/** The lab policy of the tests: the group-lab template account may join sudo and docker. */
export function labPolicy(): WorkspacePolicy {
  return WorkspacePolicy.fromYaml('name: test-lab\nallowed_privileged_groups: [sudo, docker]\n', 'test/lab-policy.yml');
}
