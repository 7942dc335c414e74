import * as fs from 'fs';
import * as path from 'path';
import { CliInputError, Command, CommandGroup, EXIT_OK, UsageError } from './command';
import { schemaModeline } from './schema-files';
import { shownPath } from './sources';
import { UserRegistry } from '../workspaces/users';

/**
 * `rws init <dir>`: an institution's own lab repository, ready to synthesize. It writes the
 * package.json (this package and its peers at the versions it was built and tested with), the
 * CDK or CDK for Terraform settings, tsconfig.json, a main.ts that reads lab.yaml, a users file
 * with one user, a policy, one template of the lab's own that inherits a bundled one,
 * .gitignore and a README of next steps. `npm install && npx cdk synth` (AWS) or
 * `npm install && npm run synth` (Kubernetes, Proxmox VE) then succeeds with no edit.
 *
 * Only the workspace model is loaded here (to write the users lock), never aws-cdk-lib or cdktf.
 */

/** The backends `rws init` sets up. */
const BACKENDS = ['aws', 'kubernetes', 'proxmox'] as const;
type Backend = typeof BACKENDS[number];

/** The package's own name. */
const PACKAGE = 'cdk-research-workspaces';

/** Versions used when the package's package.json cannot be read (kept equal to .projenrc.ts). */
const FALLBACK_VERSIONS: { readonly [name: string]: string } = {
  'aws-cdk-lib': '2.276.0',
  'constructs': '10.8.1',
  'cdktf': '0.21.0',
  '@cdktf/provider-kubernetes': '12.1.1',
  'aws-cdk': '2.1148.0',
  'ts-node': '^10.9.2',
  'typescript': '~6.0.3',
  '@types/node': '^20',
};

/** What `rws init` knows of the package it belongs to. */
export interface PackageVersions {
  /** This package's version. */
  readonly version: string;
  /** Exact versions of the peer dependencies (the ones it was tested with). */
  readonly peers: { readonly [name: string]: string };
  /** Versions of the tools a lab repository needs (CDK CLI, ts-node, TypeScript, Node types). */
  readonly tools: { readonly [name: string]: string };
}

/** Reads this package's package.json (two levels above lib/cli and src/cli). */
export function packageVersions(root: string = path.resolve(__dirname, '..', '..')): PackageVersions {
  let pkg: any = {};
  try {
    pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  } catch {
    pkg = {};
  }
  const dev: { [name: string]: string } = pkg.devDependencies ?? {};
  const exact = (name: string) => {
    const v = dev[name] ?? pkg.peerDependencies?.[name] ?? FALLBACK_VERSIONS[name];
    return v.replace(/^[\^~]/, '');
  };
  const peers: { [name: string]: string } = {};
  for (const name of Object.keys(pkg.peerDependencies ?? { 'aws-cdk-lib': '', 'constructs': '', 'cdktf': '', '@cdktf/provider-kubernetes': '' })) peers[name] = exact(name);
  const tools: { [name: string]: string } = {};
  for (const name of ['aws-cdk', 'ts-node', 'typescript', '@types/node']) tools[name] = name === 'aws-cdk' ? exact(name) : dev[name] ?? FALLBACK_VERSIONS[name];
  return { version: pkg.version ?? '0.0.0', peers, tools };
}

/** What a lab repository is made of. */
export interface InitOptions {
  /** Backend. */
  readonly backend: Backend;
  /** Lab name (lowercase letters, digits and `-`). */
  readonly name: string;
  /** The one research user. */
  readonly owner: string;
  /** AWS region. */
  readonly region: string;
  /** npm specifier of this package in package.json (`^1.2.0`, `file:../rws.tgz`). */
  readonly packageSpec: string;
  /** Versions of the peers and tools. */
  readonly versions: PackageVersions;
}

/** A lab name from a folder name: lowercase letters, digits and `-`, starting with a letter. */
export function labNameOf(dir: string): string {
  const s = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').replace(/^[^a-z]+/, '').slice(0, 40).replace(/-+$/, '');
  return s || 'lab';
}

/** The stack of an AWS lab: the lab name in CamelCase (`genomics-lab` -> `GenomicsLab`). */
function awsStackName(name: string): string {
  return name.split('-').filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}

/** The files of a lab repository, path -> content. */
export function labRepositoryFiles(o: InitOptions): Map<string, string> {
  const files = new Map<string, string>();
  const slug = `${o.name}-python`;
  const cdktf = o.backend !== 'aws';
  const stack = o.backend === 'aws' ? awsStackName(o.name) : o.name;

  files.set('package.json', `${JSON.stringify({
    name: `${o.name}-lab`,
    version: '0.1.0',
    private: true,
    description: `Research lab ${o.name} on ${o.backend === 'aws' ? 'AWS' : o.backend === 'kubernetes' ? 'Kubernetes' : 'Proxmox VE'} (${PACKAGE})`,
    scripts: cdktf ? {
      synth: 'ts-node main.ts',
      check: 'rws lab synth lab.yaml --out build/check',
    } : {
      synth: 'cdk synth',
      deploy: 'cdk deploy',
      check: 'rws lab synth lab.yaml --out build/check',
    },
    // The library loads every backend's framework, so all its peers are installed, pinned to the
    // versions it was tested with.
    dependencies: sortKeys({ [PACKAGE]: o.packageSpec, ...o.versions.peers }),
    devDependencies: sortKeys({
      ...(cdktf ? {} : { 'aws-cdk': o.versions.tools['aws-cdk'] }),
      'ts-node': o.versions.tools['ts-node'],
      'typescript': o.versions.tools.typescript,
      '@types/node': o.versions.tools['@types/node'],
    }),
    engines: { node: '>= 20.0.0' },
  }, undefined, 2)}\n`);

  files.set('tsconfig.json', `${JSON.stringify({
    'compilerOptions': {
      target: 'ES2022',
      module: 'node16',
      moduleResolution: 'node16',
      strict: true,
      esModuleInterop: true,
      skipLibCheck: true,
      noEmit: true,
    },
    'ts-node': { transpileOnly: true },
    'include': ['main.ts'],
  }, undefined, 2)}\n`);

  if (cdktf) {
    files.set('cdktf.json', `${JSON.stringify({
      language: 'typescript',
      app: 'npx ts-node main.ts',
      output: 'cdktf.out',
      sendCrashReports: 'false',
      terraformProviders: [],
      terraformModules: [],
    }, undefined, 2)}\n`);
  } else {
    files.set('cdk.json', `${JSON.stringify({
      app: 'npx ts-node --prefer-ts-exts main.ts',
      lookups: false,
      notices: false,
      versionReporting: false,
      context: { 'cli-telemetry': false },
    }, undefined, 2)}\n`);
  }

  const stackClass = o.backend === 'aws' ? 'LabStack' : o.backend === 'kubernetes' ? 'KubernetesLabStack' : 'ProxmoxLabStack';
  files.set('main.ts', [
    '/**',
    ` * The lab ${o.name}, declared in lab.yaml (users in users.yaml, the policy in policy.yaml, the`,
    ' * lab\'s own templates in templates/). Paths in lab.yaml are relative to it.',
    ' *',
    ...(cdktf ? [
      ` *   npm run synth     # writes cdktf.out/stacks/${stack}/cdk.tf.json for terraform`,
    ] : [
      ' *   npx cdk synth     # the CloudFormation templates, offline, no credentials',
      ' *   npx cdk deploy    # with the deploying role\'s credentials',
    ]),
    ' */',
    'import * as path from \'path\';',
    `import { App } from '${cdktf ? 'cdktf' : 'aws-cdk-lib'}';`,
    `import { ${stackClass} } from '${PACKAGE}';`,
    '',
    'const app = new App();',
    `${stackClass}.fromFile(app, '${stack}', path.join(__dirname, 'lab.yaml'));`,
    'app.synth();',
    '',
  ].join('\n'));

  files.set('lab.yaml', labYaml(o, slug));

  files.set('users.yaml', [
    schemaModeline('users'),
    '# The lab\'s research users and groups. Ids are assigned on first load and recorded in',
    '# users.lock.json beside this file: commit both, and a uid never changes.',
    '#   npx rws users add bob --email bob@example.edu --groups ' + o.name,
    `#   npx rws users add-key ${o.owner} ~/.ssh/id_ed25519.pub   # SSH access (optional)`,
    'id_ranges: { users: { min: 5000, max: 5999 }, groups: { min: 6000, max: 6999 } }',
    'groups:',
    `  - { name: ${o.name}, description: Members of lab ${o.name} }`,
    'users:',
    `  - { name: ${o.owner}, email: ${o.owner}@example.edu, groups: [${o.name}] }`,
    '',
  ].join('\n'));

  files.set('policy.yaml', [
    schemaModeline('policy'),
    `# What lab ${o.name} may launch: every workspace is checked against it at synthesis.`,
    '#   npx rws policy show; npx rws policy test --template python-ml --size L',
    `name: ${o.name}`,
    `allowed_templates: [${slug}, python-ml, jupyter-lab, r-rstudio]`,
    'allowed_sizes: [S, M, L]',
    'max_hourly_cost: 0.50',
    ...(o.backend === 'aws' ? [`allowed_regions: [${o.region}]`] : []),
    'required_tags: [project, owner]     # a workspace\'s project and owner, on every backend',
    'max_workspaces_per_user: 2',
    'egress: proxied                     # none | proxied | open: the most internet a workspace may have',
    '',
  ].join('\n'));

  files.set(`templates/${slug}.yml`, [
    schemaModeline('template', 'templates'),
    `# Lab ${o.name}'s own template: the bundled python-ml (Jupyter Lab on Ubuntu 24.04, conda-forge)`,
    '# plus the packages this lab needs. Check it with `npx rws templates lint templates`; see it',
    `# resolved with \`npx rws templates show ${slug} --dir templates\`.`,
    `name: ${titleOf(o.name)} Python`,
    `slug: ${slug}`,
    `description: Python workstation of lab ${o.name} (python-ml plus the lab's packages)`,
    'inherits: [python-ml]',
    'packages:',
    '  conda: [h5py, biopython]',
    '',
  ].join('\n'));

  files.set('.gitignore', [
    'node_modules/',
    'cdk.out/',
    'cdktf.out/',
    'build/',
    '*.tgz',
    '# users.lock.json is NOT ignored: commit it, so uids never change',
    '',
  ].join('\n'));

  files.set('README.md', readme(o, slug, stack));
  return files;
}

function labYaml(o: InitOptions, slug: string): string {
  const header = [
    schemaModeline(o.backend === 'aws' ? 'lab' : o.backend === 'kubernetes' ? 'kubernetes-lab' : 'proxmox-lab'),
    `# Lab ${o.name}: read by main.ts and by \`npx rws lab synth lab.yaml --out build/check\` (a summary:`,
    '# stacks, workspaces, users, cost). Paths are relative to this file.',
    `name: ${o.name}`,
  ];
  const common = [
    'templates: ./templates               # the lab\'s own templates, beside the bundled ones',
    'registry: ./users.yaml',
    'policy: ./policy.yaml',
    '# Workspaces reach only the package repositories, through the lab\'s egress proxy. The bundled',
    '# templates install their software at boot: with egress none they cannot, unless their image has it',
    '# baked in (see README.md, "Offline labs").',
    // A Proxmox lab takes the policy's egress (policy.yaml: egress: proxied).
    ...(o.backend === 'proxmox' ? ['# egress: the policy\'s (policy.yaml: egress: proxied); a workspace may say egress: none'] : ['egress: proxied']),
  ];
  const ws = `  - { name: ${o.owner}-python, template: ${slug}, owner: ${o.owner}, project: ${o.name}, size: M`;
  // Terraform keeps generated passwords and keys in its state: say where, before the first apply.
  const state = [
    '# Where Terraform keeps its state (it holds generated passwords and keys); without it a local file, with a warning:',
    '# state_backend: { s3: { bucket: my-tfstate, key: labs/' + o.name + '.tfstate, region: eu-west-2, kms_key_id: alias/tfstate } }',
  ];
  if (o.backend === 'aws') {
    return [
      ...header,
      `region: ${o.region}`,
      ...common,
      'workspaces:',
      `${ws} }`,
      '',
    ].join('\n');
  }
  if (o.backend === 'kubernetes') {
    return [
      ...header,
      'kubernetes: {}                        # kube_context, storage_class, namespace (default lab-<name>)',
      ...common,
      ...state,
      'workspaces:',
      `${ws} }`,
      '',
    ].join('\n');
  }
  return [
    ...header,
    '# Your cluster: node names, datastores, bridge and DHCP range (these are examples).',
    'cluster:',
    '  nodes: [pve1]',
    '  disk_datastore_id: local-lvm',
    '  snippet_datastore_id: local         # a datastore with the "snippets" content type',
    '  image_datastore_id: local',
    '  bridge: vmbr0',
    '  datacenter_firewall: managed        # this stack keeps the datacenter firewall on',
    '  dhcp_pool: [192.168.100.128/25]     # the DHCP server\'s range: workspaces may send only from it',
    'api: { endpoint: "https://pve1.example.org:8006/" }',
    'proxy: { address: 192.168.100.4, port: 3128 }   # the HTTP proxy that lets the package repositories through',
    ...common,
    'workspaces:',
    `${ws}, node: pve1 }`,
    '',
  ].join('\n');
}

function readme(o: InitOptions, slug: string, stack: string): string {
  const install = 'npm install';
  const lines = [
    `# Lab ${o.name}`,
    '',
    `Research workstations on ${o.backend === 'aws' ? 'AWS' : o.backend === 'kubernetes' ? 'Kubernetes (KubeVirt)' : 'Proxmox VE'}, declared with ${PACKAGE}.`,
    '',
    '| File | What it is |',
    '| --- | --- |',
    '| `lab.yaml` | The lab: egress, users, policy, templates and the workspaces. |',
    '| `users.yaml`, `users.lock.json` | Research users and groups; the lock keeps every uid for good (commit it). |',
    '| `policy.yaml` | What the lab may launch; checked at synthesis. |',
    `| \`templates/${slug}.yml\` | The lab's own template, inheriting the bundled \`python-ml\`. |`,
    `| \`main.ts\`, \`${o.backend === 'aws' ? 'cdk.json' : 'cdktf.json'}\`, \`tsconfig.json\` | The ${o.backend === 'aws' ? 'CDK' : 'CDK for Terraform'} app that reads \`lab.yaml\`. |`,
    '',
    '## Next steps',
    '',
    '```sh',
    install,
    ...(o.backend === 'aws' ? [
      'npx cdk synth                              # CloudFormation in cdk.out/, offline, no credentials',
      'npx rws lab synth lab.yaml --out build/check   # the same lab with a summary: workspaces, users, cost',
      `npx cdk deploy ${stack}                    # with the deploying role's credentials`,
    ] : [
      `npm run synth                              # Terraform in cdktf.out/stacks/${stack}/`,
      'npx rws lab synth lab.yaml --out build/check   # the same lab with a summary',
      `terraform -chdir=cdktf.out/stacks/${stack} init`,
      o.backend === 'kubernetes'
        ? `terraform -chdir=cdktf.out/stacks/${stack} apply   # kubeconfig: -var kube_config_path=... -var kube_context=...`
        : `TF_VAR_proxmox_api_token=... terraform -chdir=cdktf.out/stacks/${stack} apply`,
    ]),
    '```',
    '',
    'Then:',
    '',
    '- Add users: `npx rws users add bob --email bob@example.edu`, and their SSH keys with',
    '  `npx rws users add-key bob bob.pub`; commit `users.yaml` and `users.lock.json`.',
    '- Add workspaces to `lab.yaml` (`npx rws templates list` shows the bundled templates;',
    '  `npx rws lab cost lab.yaml` prices the lab).',
    ...(o.backend === 'proxmox' ? [
      '- Put your cluster in `lab.yaml`: node names, datastores, bridge, DHCP range, API endpoint and',
      '  the HTTP proxy (the values written are examples).',
    ] : []),
    ...(o.backend === 'kubernetes' ? [
      '- The cluster needs KubeVirt and CDI; set `kubernetes.kube_context` and `storage_class` in `lab.yaml`.',
    ] : []),
    '',
    '## Offline labs',
    '',
    '`egress: proxied` lets workspaces reach the package repositories only, through the lab\'s proxy,',
    'so the bundled templates can install their software at boot. With `egress: none` nothing can be',
    'downloaded: use templates whose software is baked into the image',
    ...(o.backend === 'aws'
      ? ['(`amis:` per workspace in `lab.yaml`), or the bundled `amazon-linux-2023` template, which boots offline.']
      : o.backend === 'kubernetes'
        ? ['(`image: { container_disk: ... }` per workspace in `lab.yaml`).']
        : ['(`image:` per workspace in `lab.yaml`).']),
    'Synthesis warns, naming the workspace and the template, when a workspace cannot boot offline.',
    '',
  ];
  return lines.join('\n');
}

function titleOf(name: string): string {
  return name.split('-').filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ');
}

function sortKeys(o: { [k: string]: string }): { [k: string]: string } {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Writes a lab repository into `dir` (created when missing). Refuses a folder that holds
 * anything unless `force`; with `force`, files of the same names are replaced and others kept.
 * Returns the files written, relative to `dir`.
 */
export function writeLabRepository(dir: string, o: InitOptions, force: boolean): string[] {
  if (fs.existsSync(dir)) {
    if (!fs.statSync(dir).isDirectory()) throw new CliInputError(`${dir}: exists and is not a folder. Fix: name a new or empty folder`);
    const present = fs.readdirSync(dir).filter((f) => f !== '.git');
    if (present.length > 0 && !force) {
      throw new CliInputError(`${dir}: the folder is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', ...' : ''}). `
        + 'Fix: name a new or empty folder, or add --force to write the lab\'s files into it (files of the same names are replaced)');
    }
  }
  const files = labRepositoryFiles(o);
  for (const [rel, content] of files) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  // The lock, so the first synthesis finds every uid recorded (and says nothing about it).
  const registry = UserRegistry.fromFile(path.join(dir, 'users.yaml'));
  registry.writeLock();
  return [...files.keys(), 'users.lock.json'].sort();
}

const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
const USER_RE = /^[a-z_][a-z0-9_-]{0,31}$/;

const init: Command = {
  name: 'init',
  summary: 'Start a lab repository of your own: package.json, CDK app, lab, users, policy, a template',
  description: `Writes a ready repository into <dir>: package.json with ${PACKAGE} and its peers pinned to the
versions it was tested with, cdk.json (aws) or cdktf.json (kubernetes, proxmox), tsconfig.json,
main.ts that reads lab.yaml, users.yaml with one user (and its lock), policy.yaml, a template of
the lab's own inheriting the bundled python-ml, .gitignore and a README of next steps. Then
"npm install && npx cdk synth" (aws) or "npm install && npm run synth" synthesizes the lab with no
edit. The lab has proxied egress, so the bundled templates boot. Refuses a folder that is not
empty unless --force.`,
  args: [{ name: 'dir', help: 'the new repository\'s folder (created when missing)' }],
  options: [
    { name: 'backend', value: 'name', help: 'aws, kubernetes or proxmox (default: aws)' },
    { name: 'name', value: 'lab', help: 'lab name: lowercase letters, digits and "-" (default: from the folder name)' },
    { name: 'owner', value: 'user', help: 'the one research user of users.yaml (default: alice)' },
    { name: 'region', value: 'region', help: 'AWS region (default: us-east-1)' },
    { name: 'package', value: 'spec', help: `npm specifier of ${PACKAGE} in package.json (default: ^<this version>; e.g. file:../${PACKAGE}.tgz)` },
    { name: 'force', help: 'write into a folder that is not empty (files of the same names are replaced)' },
  ],
  examples: [
    'rws init genomics-lab',
    'rws init genomics-lab --backend kubernetes --owner alice',
    'rws init pve-lab --backend proxmox --json',
  ],
  exitCodes: '  0  the repository was written\n  2  usage or input error: a folder that is not empty (without --force), a bad backend, lab or user name',
  run(ctx, input) {
    const backendText = input.str('backend') ?? 'aws';
    if (!(BACKENDS as readonly string[]).includes(backendText)) {
      throw new UsageError(`--backend must be one of ${BACKENDS.join(', ')} (got "${backendText}")`, ctx.commandName);
    }
    const backend = backendText as Backend;
    const dir = path.resolve(ctx.cwd, input.args[0]);
    const name = input.str('name') ?? labNameOf(dir);
    if (!NAME_RE.test(name)) {
      throw new UsageError(`--name must start with a lowercase letter and hold lowercase letters, digits and "-", at most 40 (got "${name}"); e.g. --name genomics`, ctx.commandName);
    }
    const owner = input.str('owner') ?? 'alice';
    if (!USER_RE.test(owner) || ['root', 'ubuntu', 'admin', 'ec2-user', 'rocky', 'debian', 'nobody'].includes(owner)) {
      throw new UsageError(`--owner must be a POSIX user name that is not a system account (got "${owner}"); e.g. --owner alice`, ctx.commandName);
    }
    const region = input.str('region') ?? 'us-east-1';
    if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) throw new UsageError(`--region is not an AWS region (got "${region}"); e.g. --region eu-west-1`, ctx.commandName);
    const versions = packageVersions();
    const packageSpec = input.str('package') ?? (versions.version === '0.0.0' ? '*' : `^${versions.version}`);
    const files = writeLabRepository(dir, { backend, name, owner, region, packageSpec, versions }, input.flag('force') === true);
    const shown = shownPath(dir);
    const next = backend === 'aws'
      ? [`cd ${shown}`, 'npm install', 'npx cdk synth']
      : [`cd ${shown}`, 'npm install', 'npm run synth'];
    if (ctx.out.json) {
      ctx.out.printJson({ dir, backend, name, owner, files, next });
    } else {
      ctx.out.line(`lab ${name} (${backend}) written to ${shown}:`);
      for (const f of files) ctx.out.line(`  ${f}`);
      ctx.out.line('');
      ctx.out.line('Next:');
      for (const n of next) ctx.out.line(`  ${n}`);
    }
    return EXIT_OK;
  },
};

/** `rws init`. */
export const initGroup: CommandGroup = {
  name: 'init',
  summary: 'Start a lab repository of your own (rws init <dir> [--backend aws|kubernetes|proxmox])',
  commands: [init],
};
