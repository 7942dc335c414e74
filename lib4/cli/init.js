"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.initGroup = void 0;
exports.packageVersions = packageVersions;
exports.labNameOf = labNameOf;
exports.labRepositoryFiles = labRepositoryFiles;
exports.writeLabRepository = writeLabRepository;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const schema_files_1 = require("./schema-files");
const sources_1 = require("./sources");
const users_1 = require("../workspaces/users");
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
const BACKENDS = ['aws', 'kubernetes', 'proxmox'];
/** The package's own name. */
const PACKAGE = 'cdk-research-workspaces';
/** Versions used when the package's package.json cannot be read (kept equal to .projenrc.ts). */
const FALLBACK_VERSIONS = {
    'aws-cdk-lib': '2.276.0',
    'constructs': '10.8.1',
    'cdktf': '0.21.0',
    '@cdktf/provider-kubernetes': '12.1.1',
    'aws-cdk': '2.1148.0',
    'ts-node': '^10.9.2',
    'typescript': '~6.0.3',
    '@types/node': '^20',
};
/** Reads this package's package.json (two levels above lib/cli and src/cli). */
function packageVersions(root = path.resolve(__dirname, '..', '..')) {
    let pkg = {};
    try {
        pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    }
    catch {
        pkg = {};
    }
    const dev = pkg.devDependencies ?? {};
    const exact = (name) => {
        const v = dev[name] ?? pkg.peerDependencies?.[name] ?? FALLBACK_VERSIONS[name];
        return v.replace(/^[\^~]/, '');
    };
    const peers = {};
    for (const name of Object.keys(pkg.peerDependencies ?? { 'aws-cdk-lib': '', 'constructs': '', 'cdktf': '', '@cdktf/provider-kubernetes': '' }))
        peers[name] = exact(name);
    const tools = {};
    for (const name of ['aws-cdk', 'ts-node', 'typescript', '@types/node'])
        tools[name] = name === 'aws-cdk' ? exact(name) : dev[name] ?? FALLBACK_VERSIONS[name];
    return { version: pkg.version ?? '0.0.0', peers, tools };
}
/** A lab name from a folder name: lowercase letters, digits and `-`, starting with a letter. */
function labNameOf(dir) {
    const s = path.basename(path.resolve(dir)).toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').replace(/^[^a-z]+/, '').slice(0, 40).replace(/-+$/, '');
    return s || 'lab';
}
/** The stack of an AWS lab: the lab name in CamelCase (`genomics-lab` -> `GenomicsLab`). */
function awsStackName(name) {
    return name.split('-').filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join('');
}
/** The files of a lab repository, path -> content. */
function labRepositoryFiles(o) {
    const files = new Map();
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
    }
    else {
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
        (0, schema_files_1.schemaModeline)('users'),
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
        (0, schema_files_1.schemaModeline)('policy'),
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
        (0, schema_files_1.schemaModeline)('template', 'templates'),
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
function labYaml(o, slug) {
    const header = [
        (0, schema_files_1.schemaModeline)(o.backend === 'aws' ? 'lab' : o.backend === 'kubernetes' ? 'kubernetes-lab' : 'proxmox-lab'),
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
function readme(o, slug, stack) {
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
function titleOf(name) {
    return name.split('-').filter(Boolean).map((p) => p[0].toUpperCase() + p.slice(1)).join(' ');
}
function sortKeys(o) {
    return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}
/**
 * Writes a lab repository into `dir` (created when missing). Refuses a folder that holds
 * anything unless `force`; with `force`, files of the same names are replaced and others kept.
 * Returns the files written, relative to `dir`.
 */
function writeLabRepository(dir, o, force) {
    if (fs.existsSync(dir)) {
        if (!fs.statSync(dir).isDirectory())
            throw new command_1.CliInputError(`${dir}: exists and is not a folder. Fix: name a new or empty folder`);
        const present = fs.readdirSync(dir).filter((f) => f !== '.git');
        if (present.length > 0 && !force) {
            throw new command_1.CliInputError(`${dir}: the folder is not empty (${present.slice(0, 3).join(', ')}${present.length > 3 ? ', ...' : ''}). `
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
    const registry = users_1.UserRegistry.fromFile(path.join(dir, 'users.yaml'));
    registry.writeLock();
    return [...files.keys(), 'users.lock.json'].sort();
}
const NAME_RE = /^[a-z][a-z0-9-]{0,39}$/;
const USER_RE = /^[a-z_][a-z0-9_-]{0,31}$/;
const init = {
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
        if (!BACKENDS.includes(backendText)) {
            throw new command_1.UsageError(`--backend must be one of ${BACKENDS.join(', ')} (got "${backendText}")`, ctx.commandName);
        }
        const backend = backendText;
        const dir = path.resolve(ctx.cwd, input.args[0]);
        const name = input.str('name') ?? labNameOf(dir);
        if (!NAME_RE.test(name)) {
            throw new command_1.UsageError(`--name must start with a lowercase letter and hold lowercase letters, digits and "-", at most 40 (got "${name}"); e.g. --name genomics`, ctx.commandName);
        }
        const owner = input.str('owner') ?? 'alice';
        if (!USER_RE.test(owner) || ['root', 'ubuntu', 'admin', 'ec2-user', 'rocky', 'debian', 'nobody'].includes(owner)) {
            throw new command_1.UsageError(`--owner must be a POSIX user name that is not a system account (got "${owner}"); e.g. --owner alice`, ctx.commandName);
        }
        const region = input.str('region') ?? 'us-east-1';
        if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
            throw new command_1.UsageError(`--region is not an AWS region (got "${region}"); e.g. --region eu-west-1`, ctx.commandName);
        const versions = packageVersions();
        const packageSpec = input.str('package') ?? (versions.version === '0.0.0' ? '*' : `^${versions.version}`);
        const files = writeLabRepository(dir, { backend, name, owner, region, packageSpec, versions }, input.flag('force') === true);
        const shown = (0, sources_1.shownPath)(dir);
        const next = backend === 'aws'
            ? [`cd ${shown}`, 'npm install', 'npx cdk synth']
            : [`cd ${shown}`, 'npm install', 'npm run synth'];
        if (ctx.out.json) {
            ctx.out.printJson({ dir, backend, name, owner, files, next });
        }
        else {
            ctx.out.line(`lab ${name} (${backend}) written to ${shown}:`);
            for (const f of files)
                ctx.out.line(`  ${f}`);
            ctx.out.line('');
            ctx.out.line('Next:');
            for (const n of next)
                ctx.out.line(`  ${n}`);
        }
        return command_1.EXIT_OK;
    },
};
/** `rws init`. */
exports.initGroup = {
    name: 'init',
    summary: 'Start a lab repository of your own (rws init <dir> [--backend aws|kubernetes|proxmox])',
    commands: [init],
};
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5pdC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvaW5pdC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFnREEsMENBaUJDO0FBbUJELDhCQUdDO0FBUUQsZ0RBZ0pDO0FBOElELGdEQW1CQztBQWhaRCx1Q0FBeUI7QUFDekIsMkNBQTZCO0FBQzdCLHVDQUFzRjtBQUN0RixpREFBZ0Q7QUFDaEQsdUNBQXNDO0FBQ3RDLCtDQUFtRDtBQUVuRDs7Ozs7Ozs7O0dBU0c7QUFFSCx1Q0FBdUM7QUFDdkMsTUFBTSxRQUFRLEdBQUcsQ0FBQyxLQUFLLEVBQUUsWUFBWSxFQUFFLFNBQVMsQ0FBVSxDQUFDO0FBRzNELDhCQUE4QjtBQUM5QixNQUFNLE9BQU8sR0FBRyx5QkFBeUIsQ0FBQztBQUUxQyxpR0FBaUc7QUFDakcsTUFBTSxpQkFBaUIsR0FBd0M7SUFDN0QsYUFBYSxFQUFFLFNBQVM7SUFDeEIsWUFBWSxFQUFFLFFBQVE7SUFDdEIsT0FBTyxFQUFFLFFBQVE7SUFDakIsNEJBQTRCLEVBQUUsUUFBUTtJQUN0QyxTQUFTLEVBQUUsVUFBVTtJQUNyQixTQUFTLEVBQUUsU0FBUztJQUNwQixZQUFZLEVBQUUsUUFBUTtJQUN0QixhQUFhLEVBQUUsS0FBSztDQUNyQixDQUFDO0FBWUYsZ0ZBQWdGO0FBQ2hGLFNBQWdCLGVBQWUsQ0FBQyxPQUFlLElBQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUM7SUFDaEYsSUFBSSxHQUFHLEdBQVEsRUFBRSxDQUFDO0lBQ2xCLElBQUksQ0FBQztRQUNILEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsY0FBYyxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztJQUM3RSxDQUFDO0lBQUMsTUFBTSxDQUFDO1FBQ1AsR0FBRyxHQUFHLEVBQUUsQ0FBQztJQUNYLENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBK0IsR0FBRyxDQUFDLGVBQWUsSUFBSSxFQUFFLENBQUM7SUFDbEUsTUFBTSxLQUFLLEdBQUcsQ0FBQyxJQUFZLEVBQUUsRUFBRTtRQUM3QixNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLGdCQUFnQixFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksaUJBQWlCLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDL0UsT0FBTyxDQUFDLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNqQyxDQUFDLENBQUM7SUFDRixNQUFNLEtBQUssR0FBK0IsRUFBRSxDQUFDO0lBQzdDLEtBQUssTUFBTSxJQUFJLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsZ0JBQWdCLElBQUksRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFLFlBQVksRUFBRSxFQUFFLEVBQUUsT0FBTyxFQUFFLEVBQUUsRUFBRSw0QkFBNEIsRUFBRSxFQUFFLEVBQUUsQ0FBQztRQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDMUssTUFBTSxLQUFLLEdBQStCLEVBQUUsQ0FBQztJQUM3QyxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUMsU0FBUyxFQUFFLFNBQVMsRUFBRSxZQUFZLEVBQUUsYUFBYSxDQUFDO1FBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLGlCQUFpQixDQUFDLElBQUksQ0FBQyxDQUFDO0lBQzlKLE9BQU8sRUFBRSxPQUFPLEVBQUUsR0FBRyxDQUFDLE9BQU8sSUFBSSxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDO0FBQzNELENBQUM7QUFrQkQsZ0dBQWdHO0FBQ2hHLFNBQWdCLFNBQVMsQ0FBQyxHQUFXO0lBQ25DLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDLE9BQU8sQ0FBQyxjQUFjLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0SyxPQUFPLENBQUMsSUFBSSxLQUFLLENBQUM7QUFDcEIsQ0FBQztBQUVELDRGQUE0RjtBQUM1RixTQUFTLFlBQVksQ0FBQyxJQUFZO0lBQ2hDLE9BQU8sSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztBQUM5RixDQUFDO0FBRUQsc0RBQXNEO0FBQ3RELFNBQWdCLGtCQUFrQixDQUFDLENBQWM7SUFDL0MsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLEVBQWtCLENBQUM7SUFDeEMsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxTQUFTLENBQUM7SUFDaEMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUM7SUFDbEMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7SUFFbEUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxjQUFjLEVBQUUsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDO1FBQzFDLElBQUksRUFBRSxHQUFHLENBQUMsQ0FBQyxJQUFJLE1BQU07UUFDckIsT0FBTyxFQUFFLE9BQU87UUFDaEIsT0FBTyxFQUFFLElBQUk7UUFDYixXQUFXLEVBQUUsZ0JBQWdCLENBQUMsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsWUFBWSxLQUFLLE9BQU8sR0FBRztRQUMvSSxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztZQUNmLEtBQUssRUFBRSxpQkFBaUI7WUFDeEIsS0FBSyxFQUFFLDBDQUEwQztTQUNsRCxDQUFDLENBQUMsQ0FBQztZQUNGLEtBQUssRUFBRSxXQUFXO1lBQ2xCLE1BQU0sRUFBRSxZQUFZO1lBQ3BCLEtBQUssRUFBRSwwQ0FBMEM7U0FDbEQ7UUFDRCw2RkFBNkY7UUFDN0YsK0JBQStCO1FBQy9CLFlBQVksRUFBRSxRQUFRLENBQUMsRUFBRSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQyxXQUFXLEVBQUUsR0FBRyxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssRUFBRSxDQUFDO1FBQ3pFLGVBQWUsRUFBRSxRQUFRLENBQUM7WUFDeEIsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUMsRUFBRSxDQUFDO1lBQzVELFNBQVMsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxTQUFTLENBQUM7WUFDdEMsWUFBWSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLFVBQVU7WUFDekMsYUFBYSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLGFBQWEsQ0FBQztTQUMvQyxDQUFDO1FBQ0YsT0FBTyxFQUFFLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRTtLQUMvQixFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7SUFFdEIsS0FBSyxDQUFDLEdBQUcsQ0FBQyxlQUFlLEVBQUUsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDO1FBQzNDLGlCQUFpQixFQUFFO1lBQ2pCLE1BQU0sRUFBRSxRQUFRO1lBQ2hCLE1BQU0sRUFBRSxRQUFRO1lBQ2hCLGdCQUFnQixFQUFFLFFBQVE7WUFDMUIsTUFBTSxFQUFFLElBQUk7WUFDWixlQUFlLEVBQUUsSUFBSTtZQUNyQixZQUFZLEVBQUUsSUFBSTtZQUNsQixNQUFNLEVBQUUsSUFBSTtTQUNiO1FBQ0QsU0FBUyxFQUFFLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRTtRQUNsQyxTQUFTLEVBQUUsQ0FBQyxTQUFTLENBQUM7S0FDdkIsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO0lBRXRCLElBQUksS0FBSyxFQUFFLENBQUM7UUFDVixLQUFLLENBQUMsR0FBRyxDQUFDLFlBQVksRUFBRSxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUM7WUFDeEMsUUFBUSxFQUFFLFlBQVk7WUFDdEIsR0FBRyxFQUFFLHFCQUFxQjtZQUMxQixNQUFNLEVBQUUsV0FBVztZQUNuQixnQkFBZ0IsRUFBRSxPQUFPO1lBQ3pCLGtCQUFrQixFQUFFLEVBQUU7WUFDdEIsZ0JBQWdCLEVBQUUsRUFBRTtTQUNyQixFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDeEIsQ0FBQztTQUFNLENBQUM7UUFDTixLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsRUFBRSxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUM7WUFDdEMsR0FBRyxFQUFFLHNDQUFzQztZQUMzQyxPQUFPLEVBQUUsS0FBSztZQUNkLE9BQU8sRUFBRSxLQUFLO1lBQ2QsZ0JBQWdCLEVBQUUsS0FBSztZQUN2QixPQUFPLEVBQUUsRUFBRSxlQUFlLEVBQUUsS0FBSyxFQUFFO1NBQ3BDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN4QixDQUFDO0lBRUQsTUFBTSxVQUFVLEdBQUcsQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQyxDQUFDLG9CQUFvQixDQUFDLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQztJQUM1SCxLQUFLLENBQUMsR0FBRyxDQUFDLFNBQVMsRUFBRTtRQUNuQixLQUFLO1FBQ0wsY0FBYyxDQUFDLENBQUMsSUFBSSw2RUFBNkU7UUFDakcsK0VBQStFO1FBQy9FLElBQUk7UUFDSixHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQztZQUNWLG9EQUFvRCxLQUFLLDRCQUE0QjtTQUN0RixDQUFDLENBQUMsQ0FBQztZQUNGLGdGQUFnRjtZQUNoRixpRUFBaUU7U0FDbEUsQ0FBQztRQUNGLEtBQUs7UUFDTCxpQ0FBaUM7UUFDakMsd0JBQXdCLEtBQUssQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxhQUFhLElBQUk7UUFDM0QsWUFBWSxVQUFVLFlBQVksT0FBTyxJQUFJO1FBQzdDLEVBQUU7UUFDRix3QkFBd0I7UUFDeEIsR0FBRyxVQUFVLG1CQUFtQixLQUFLLHVDQUF1QztRQUM1RSxjQUFjO1FBQ2QsRUFBRTtLQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFFZCxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7SUFFeEMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxZQUFZLEVBQUU7UUFDdEIsSUFBQSw2QkFBYyxFQUFDLE9BQU8sQ0FBQztRQUN2Qix3RkFBd0Y7UUFDeEYsMkVBQTJFO1FBQzNFLDZEQUE2RCxHQUFHLENBQUMsQ0FBQyxJQUFJO1FBQ3RFLDZCQUE2QixDQUFDLENBQUMsS0FBSyxrREFBa0Q7UUFDdEYsa0ZBQWtGO1FBQ2xGLFNBQVM7UUFDVCxlQUFlLENBQUMsQ0FBQyxJQUFJLGlDQUFpQyxDQUFDLENBQUMsSUFBSSxJQUFJO1FBQ2hFLFFBQVE7UUFDUixlQUFlLENBQUMsQ0FBQyxLQUFLLFlBQVksQ0FBQyxDQUFDLEtBQUssMEJBQTBCLENBQUMsQ0FBQyxJQUFJLEtBQUs7UUFDOUUsRUFBRTtLQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFFZCxLQUFLLENBQUMsR0FBRyxDQUFDLGFBQWEsRUFBRTtRQUN2QixJQUFBLDZCQUFjLEVBQUMsUUFBUSxDQUFDO1FBQ3hCLGNBQWMsQ0FBQyxDQUFDLElBQUksa0VBQWtFO1FBQ3RGLDRFQUE0RTtRQUM1RSxTQUFTLENBQUMsQ0FBQyxJQUFJLEVBQUU7UUFDakIsdUJBQXVCLElBQUksc0NBQXNDO1FBQ2pFLDBCQUEwQjtRQUMxQix1QkFBdUI7UUFDdkIsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLHFCQUFxQixDQUFDLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2xFLDBGQUEwRjtRQUMxRiw0QkFBNEI7UUFDNUIscUdBQXFHO1FBQ3JHLEVBQUU7S0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBRWQsS0FBSyxDQUFDLEdBQUcsQ0FBQyxhQUFhLElBQUksTUFBTSxFQUFFO1FBQ2pDLElBQUEsNkJBQWMsRUFBQyxVQUFVLEVBQUUsV0FBVyxDQUFDO1FBQ3ZDLFNBQVMsQ0FBQyxDQUFDLElBQUksbUZBQW1GO1FBQ2xHLDhGQUE4RjtRQUM5Riw0Q0FBNEMsSUFBSSxxQkFBcUI7UUFDckUsU0FBUyxPQUFPLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTO1FBQ2pDLFNBQVMsSUFBSSxFQUFFO1FBQ2YsMENBQTBDLENBQUMsQ0FBQyxJQUFJLHNDQUFzQztRQUN0Rix1QkFBdUI7UUFDdkIsV0FBVztRQUNYLDRCQUE0QjtRQUM1QixFQUFFO0tBQ0gsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUVkLEtBQUssQ0FBQyxHQUFHLENBQUMsWUFBWSxFQUFFO1FBQ3RCLGVBQWU7UUFDZixVQUFVO1FBQ1YsWUFBWTtRQUNaLFFBQVE7UUFDUixPQUFPO1FBQ1AsbUVBQW1FO1FBQ25FLEVBQUU7S0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBRWQsS0FBSyxDQUFDLEdBQUcsQ0FBQyxXQUFXLEVBQUUsTUFBTSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQztJQUMvQyxPQUFPLEtBQUssQ0FBQztBQUNmLENBQUM7QUFFRCxTQUFTLE9BQU8sQ0FBQyxDQUFjLEVBQUUsSUFBWTtJQUMzQyxNQUFNLE1BQU0sR0FBRztRQUNiLElBQUEsNkJBQWMsRUFBQyxDQUFDLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLFlBQVksQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQztRQUMzRyxTQUFTLENBQUMsQ0FBQyxJQUFJLHVGQUF1RjtRQUN0RyxzRUFBc0U7UUFDdEUsU0FBUyxDQUFDLENBQUMsSUFBSSxFQUFFO0tBQ2xCLENBQUM7SUFDRixNQUFNLE1BQU0sR0FBRztRQUNiLDBGQUEwRjtRQUMxRix3QkFBd0I7UUFDeEIsdUJBQXVCO1FBQ3ZCLGdHQUFnRztRQUNoRyxxR0FBcUc7UUFDckcsNkNBQTZDO1FBQzdDLDBFQUEwRTtRQUMxRSxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsMEZBQTBGLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxDQUFDO0tBQ2xKLENBQUM7SUFDRixNQUFNLEVBQUUsR0FBRyxlQUFlLENBQUMsQ0FBQyxLQUFLLHNCQUFzQixJQUFJLFlBQVksQ0FBQyxDQUFDLEtBQUssY0FBYyxDQUFDLENBQUMsSUFBSSxXQUFXLENBQUM7SUFDOUcsZ0dBQWdHO0lBQ2hHLE1BQU0sS0FBSyxHQUFHO1FBQ1oscUhBQXFIO1FBQ3JILHlEQUF5RCxHQUFHLENBQUMsQ0FBQyxJQUFJLEdBQUcsNERBQTREO0tBQ2xJLENBQUM7SUFDRixJQUFJLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSyxFQUFFLENBQUM7UUFDeEIsT0FBTztZQUNMLEdBQUcsTUFBTTtZQUNULFdBQVcsQ0FBQyxDQUFDLE1BQU0sRUFBRTtZQUNyQixHQUFHLE1BQU07WUFDVCxhQUFhO1lBQ2IsR0FBRyxFQUFFLElBQUk7WUFDVCxFQUFFO1NBQ0gsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDZixDQUFDO0lBQ0QsSUFBSSxDQUFDLENBQUMsT0FBTyxLQUFLLFlBQVksRUFBRSxDQUFDO1FBQy9CLE9BQU87WUFDTCxHQUFHLE1BQU07WUFDVCxxR0FBcUc7WUFDckcsR0FBRyxNQUFNO1lBQ1QsR0FBRyxLQUFLO1lBQ1IsYUFBYTtZQUNiLEdBQUcsRUFBRSxJQUFJO1lBQ1QsRUFBRTtTQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQ2YsQ0FBQztJQUNELE9BQU87UUFDTCxHQUFHLE1BQU07UUFDVCxxRkFBcUY7UUFDckYsVUFBVTtRQUNWLGlCQUFpQjtRQUNqQixnQ0FBZ0M7UUFDaEMsc0ZBQXNGO1FBQ3RGLDZCQUE2QjtRQUM3QixpQkFBaUI7UUFDakIscUZBQXFGO1FBQ3JGLG9HQUFvRztRQUNwRyxxREFBcUQ7UUFDckQsNkdBQTZHO1FBQzdHLEdBQUcsTUFBTTtRQUNULGFBQWE7UUFDYixHQUFHLEVBQUUsZ0JBQWdCO1FBQ3JCLEVBQUU7S0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUNmLENBQUM7QUFFRCxTQUFTLE1BQU0sQ0FBQyxDQUFjLEVBQUUsSUFBWSxFQUFFLEtBQWE7SUFDekQsTUFBTSxPQUFPLEdBQUcsYUFBYSxDQUFDO0lBQzlCLE1BQU0sS0FBSyxHQUFHO1FBQ1osU0FBUyxDQUFDLENBQUMsSUFBSSxFQUFFO1FBQ2pCLEVBQUU7UUFDRiw0QkFBNEIsQ0FBQyxDQUFDLE9BQU8sS0FBSyxLQUFLLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxZQUFZLENBQUMsQ0FBQyxDQUFDLHVCQUF1QixDQUFDLENBQUMsQ0FBQyxZQUFZLG1CQUFtQixPQUFPLEdBQUc7UUFDMUosRUFBRTtRQUNGLHVCQUF1QjtRQUN2QixlQUFlO1FBQ2YsZ0ZBQWdGO1FBQ2hGLGlIQUFpSDtRQUNqSCxvRUFBb0U7UUFDcEUsaUJBQWlCLElBQUksMEVBQTBFO1FBQy9GLG9CQUFvQixDQUFDLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxZQUFZLCtCQUErQixDQUFDLENBQUMsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxtQkFBbUIsaUNBQWlDO1FBQ3BMLEVBQUU7UUFDRixlQUFlO1FBQ2YsRUFBRTtRQUNGLE9BQU87UUFDUCxPQUFPO1FBQ1AsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQztZQUN4QixrR0FBa0c7WUFDbEcsdUdBQXVHO1lBQ3ZHLGtCQUFrQixLQUFLLDZEQUE2RDtTQUNyRixDQUFDLENBQUMsQ0FBQztZQUNGLDhFQUE4RSxLQUFLLEdBQUc7WUFDdEYsOEVBQThFO1lBQzlFLHFDQUFxQyxLQUFLLE9BQU87WUFDakQsQ0FBQyxDQUFDLE9BQU8sS0FBSyxZQUFZO2dCQUN4QixDQUFDLENBQUMscUNBQXFDLEtBQUssd0VBQXdFO2dCQUNwSCxDQUFDLENBQUMsa0VBQWtFLEtBQUssUUFBUTtTQUNwRixDQUFDO1FBQ0YsS0FBSztRQUNMLEVBQUU7UUFDRixPQUFPO1FBQ1AsRUFBRTtRQUNGLHVGQUF1RjtRQUN2RixtRkFBbUY7UUFDbkYsdUZBQXVGO1FBQ3ZGLGdEQUFnRDtRQUNoRCxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDO1lBQzVCLGdHQUFnRztZQUNoRyxxREFBcUQ7U0FDdEQsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ1AsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQztZQUMvQix3R0FBd0c7U0FDekcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ1AsRUFBRTtRQUNGLGlCQUFpQjtRQUNqQixFQUFFO1FBQ0Ysa0dBQWtHO1FBQ2xHLGlHQUFpRztRQUNqRyxrRUFBa0U7UUFDbEUsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssS0FBSztZQUNyQixDQUFDLENBQUMsQ0FBQywwR0FBMEcsQ0FBQztZQUM5RyxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sS0FBSyxZQUFZO2dCQUMxQixDQUFDLENBQUMsQ0FBQyxpRUFBaUUsQ0FBQztnQkFDckUsQ0FBQyxDQUFDLENBQUMseUNBQXlDLENBQUMsQ0FBQztRQUNsRCwrRkFBK0Y7UUFDL0YsRUFBRTtLQUNILENBQUM7SUFDRixPQUFPLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7QUFDMUIsQ0FBQztBQUVELFNBQVMsT0FBTyxDQUFDLElBQVk7SUFDM0IsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxPQUFPLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQy9GLENBQUM7QUFFRCxTQUFTLFFBQVEsQ0FBQyxDQUEwQjtJQUMxQyxPQUFPLE1BQU0sQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3RGLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0Isa0JBQWtCLENBQUMsR0FBVyxFQUFFLENBQWMsRUFBRSxLQUFjO0lBQzVFLElBQUksRUFBRSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDO1FBQ3ZCLElBQUksQ0FBQyxFQUFFLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLFdBQVcsRUFBRTtZQUFFLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsR0FBRywrREFBK0QsQ0FBQyxDQUFDO1FBQ3BJLE1BQU0sT0FBTyxHQUFHLEVBQUUsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssTUFBTSxDQUFDLENBQUM7UUFDaEUsSUFBSSxPQUFPLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO1lBQ2pDLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsR0FBRyw4QkFBOEIsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLE9BQU8sQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsS0FBSztrQkFDL0gsMEhBQTBILENBQUMsQ0FBQztRQUNsSSxDQUFDO0lBQ0gsQ0FBQztJQUNELE1BQU0sS0FBSyxHQUFHLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3BDLEtBQUssTUFBTSxDQUFDLEdBQUcsRUFBRSxPQUFPLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUNuQyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNqQyxFQUFFLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUN0RCxFQUFFLENBQUMsYUFBYSxDQUFDLElBQUksRUFBRSxPQUFPLENBQUMsQ0FBQztJQUNsQyxDQUFDO0lBQ0QseUZBQXlGO0lBQ3pGLE1BQU0sUUFBUSxHQUFHLG9CQUFZLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLFlBQVksQ0FBQyxDQUFDLENBQUM7SUFDckUsUUFBUSxDQUFDLFNBQVMsRUFBRSxDQUFDO0lBQ3JCLE9BQU8sQ0FBQyxHQUFHLEtBQUssQ0FBQyxJQUFJLEVBQUUsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ3JELENBQUM7QUFFRCxNQUFNLE9BQU8sR0FBRyx3QkFBd0IsQ0FBQztBQUN6QyxNQUFNLE9BQU8sR0FBRywwQkFBMEIsQ0FBQztBQUUzQyxNQUFNLElBQUksR0FBWTtJQUNwQixJQUFJLEVBQUUsTUFBTTtJQUNaLE9BQU8sRUFBRSwyRkFBMkY7SUFDcEcsV0FBVyxFQUFFLDJEQUEyRCxPQUFPOzs7Ozs7c0JBTTNEO0lBQ3BCLElBQUksRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUscURBQXFELEVBQUUsQ0FBQztJQUNwRixPQUFPLEVBQUU7UUFDUCxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsMkNBQTJDLEVBQUU7UUFDckYsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLDZFQUE2RSxFQUFFO1FBQ25ILEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxzREFBc0QsRUFBRTtRQUM5RixFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUUsaUNBQWlDLEVBQUU7UUFDNUUsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLG9CQUFvQixPQUFPLDREQUE0RCxPQUFPLE9BQU8sRUFBRTtRQUMvSSxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLDhFQUE4RSxFQUFFO0tBQ3hHO0lBQ0QsUUFBUSxFQUFFO1FBQ1IsdUJBQXVCO1FBQ3ZCLDBEQUEwRDtRQUMxRCwyQ0FBMkM7S0FDNUM7SUFDRCxTQUFTLEVBQUUsMklBQTJJO0lBQ3RKLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSztRQUNaLE1BQU0sV0FBVyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLElBQUksS0FBSyxDQUFDO1FBQ2xELElBQUksQ0FBRSxRQUE4QixDQUFDLFFBQVEsQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDO1lBQzNELE1BQU0sSUFBSSxvQkFBVSxDQUFDLDRCQUE0QixRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxVQUFVLFdBQVcsSUFBSSxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUNsSCxDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQUcsV0FBc0IsQ0FBQztRQUN2QyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2pELE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLElBQUksU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2pELElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDeEIsTUFBTSxJQUFJLG9CQUFVLENBQUMsMEdBQTBHLElBQUksMEJBQTBCLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO1FBQ2xMLENBQUM7UUFDRCxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxJQUFJLE9BQU8sQ0FBQztRQUM1QyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ2pILE1BQU0sSUFBSSxvQkFBVSxDQUFDLHdFQUF3RSxLQUFLLHdCQUF3QixFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUMvSSxDQUFDO1FBQ0QsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxRQUFRLENBQUMsSUFBSSxXQUFXLENBQUM7UUFDbEQsSUFBSSxDQUFDLHlCQUF5QixDQUFDLElBQUksQ0FBQyxNQUFNLENBQUM7WUFBRSxNQUFNLElBQUksb0JBQVUsQ0FBQyx1Q0FBdUMsTUFBTSw2QkFBNkIsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDL0osTUFBTSxRQUFRLEdBQUcsZUFBZSxFQUFFLENBQUM7UUFDbkMsTUFBTSxXQUFXLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxPQUFPLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksUUFBUSxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUM7UUFDMUcsTUFBTSxLQUFLLEdBQUcsa0JBQWtCLENBQUMsR0FBRyxFQUFFLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLFdBQVcsRUFBRSxRQUFRLEVBQUUsRUFBRSxLQUFLLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFDO1FBQzdILE1BQU0sS0FBSyxHQUFHLElBQUEsbUJBQVMsRUFBQyxHQUFHLENBQUMsQ0FBQztRQUM3QixNQUFNLElBQUksR0FBRyxPQUFPLEtBQUssS0FBSztZQUM1QixDQUFDLENBQUMsQ0FBQyxNQUFNLEtBQUssRUFBRSxFQUFFLGFBQWEsRUFBRSxlQUFlLENBQUM7WUFDakQsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLEVBQUUsRUFBRSxhQUFhLEVBQUUsZUFBZSxDQUFDLENBQUM7UUFDcEQsSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ2pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsU0FBUyxDQUFDLEVBQUUsR0FBRyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO1FBQ2hFLENBQUM7YUFBTSxDQUFDO1lBQ04sR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxJQUFJLEtBQUssT0FBTyxnQkFBZ0IsS0FBSyxHQUFHLENBQUMsQ0FBQztZQUM5RCxLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUs7Z0JBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQzlDLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ2pCLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1lBQ3RCLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSTtnQkFBRSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDL0MsQ0FBQztRQUNELE9BQU8saUJBQU8sQ0FBQztJQUNqQixDQUFDO0NBQ0YsQ0FBQztBQUVGLGtCQUFrQjtBQUNMLFFBQUEsU0FBUyxHQUFpQjtJQUNyQyxJQUFJLEVBQUUsTUFBTTtJQUNaLE9BQU8sRUFBRSx3RkFBd0Y7SUFDakcsUUFBUSxFQUFFLENBQUMsSUFBSSxDQUFDO0NBQ2pCLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciwgQ29tbWFuZCwgQ29tbWFuZEdyb3VwLCBFWElUX09LLCBVc2FnZUVycm9yIH0gZnJvbSAnLi9jb21tYW5kJztcbmltcG9ydCB7IHNjaGVtYU1vZGVsaW5lIH0gZnJvbSAnLi9zY2hlbWEtZmlsZXMnO1xuaW1wb3J0IHsgc2hvd25QYXRoIH0gZnJvbSAnLi9zb3VyY2VzJztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvdXNlcnMnO1xuXG4vKipcbiAqIGByd3MgaW5pdCA8ZGlyPmA6IGFuIGluc3RpdHV0aW9uJ3Mgb3duIGxhYiByZXBvc2l0b3J5LCByZWFkeSB0byBzeW50aGVzaXplLiBJdCB3cml0ZXMgdGhlXG4gKiBwYWNrYWdlLmpzb24gKHRoaXMgcGFja2FnZSBhbmQgaXRzIHBlZXJzIGF0IHRoZSB2ZXJzaW9ucyBpdCB3YXMgYnVpbHQgYW5kIHRlc3RlZCB3aXRoKSwgdGhlXG4gKiBDREsgb3IgQ0RLIGZvciBUZXJyYWZvcm0gc2V0dGluZ3MsIHRzY29uZmlnLmpzb24sIGEgbWFpbi50cyB0aGF0IHJlYWRzIGxhYi55YW1sLCBhIHVzZXJzIGZpbGVcbiAqIHdpdGggb25lIHVzZXIsIGEgcG9saWN5LCBvbmUgdGVtcGxhdGUgb2YgdGhlIGxhYidzIG93biB0aGF0IGluaGVyaXRzIGEgYnVuZGxlZCBvbmUsXG4gKiAuZ2l0aWdub3JlIGFuZCBhIFJFQURNRSBvZiBuZXh0IHN0ZXBzLiBgbnBtIGluc3RhbGwgJiYgbnB4IGNkayBzeW50aGAgKEFXUykgb3JcbiAqIGBucG0gaW5zdGFsbCAmJiBucG0gcnVuIHN5bnRoYCAoS3ViZXJuZXRlcywgUHJveG1veCBWRSkgdGhlbiBzdWNjZWVkcyB3aXRoIG5vIGVkaXQuXG4gKlxuICogT25seSB0aGUgd29ya3NwYWNlIG1vZGVsIGlzIGxvYWRlZCBoZXJlICh0byB3cml0ZSB0aGUgdXNlcnMgbG9jayksIG5ldmVyIGF3cy1jZGstbGliIG9yIGNka3RmLlxuICovXG5cbi8qKiBUaGUgYmFja2VuZHMgYHJ3cyBpbml0YCBzZXRzIHVwLiAqL1xuY29uc3QgQkFDS0VORFMgPSBbJ2F3cycsICdrdWJlcm5ldGVzJywgJ3Byb3htb3gnXSBhcyBjb25zdDtcbnR5cGUgQmFja2VuZCA9IHR5cGVvZiBCQUNLRU5EU1tudW1iZXJdO1xuXG4vKiogVGhlIHBhY2thZ2UncyBvd24gbmFtZS4gKi9cbmNvbnN0IFBBQ0tBR0UgPSAnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMnO1xuXG4vKiogVmVyc2lvbnMgdXNlZCB3aGVuIHRoZSBwYWNrYWdlJ3MgcGFja2FnZS5qc29uIGNhbm5vdCBiZSByZWFkIChrZXB0IGVxdWFsIHRvIC5wcm9qZW5yYy50cykuICovXG5jb25zdCBGQUxMQkFDS19WRVJTSU9OUzogeyByZWFkb25seSBbbmFtZTogc3RyaW5nXTogc3RyaW5nIH0gPSB7XG4gICdhd3MtY2RrLWxpYic6ICcyLjI3Ni4wJyxcbiAgJ2NvbnN0cnVjdHMnOiAnMTAuOC4xJyxcbiAgJ2Nka3RmJzogJzAuMjEuMCcsXG4gICdAY2RrdGYvcHJvdmlkZXIta3ViZXJuZXRlcyc6ICcxMi4xLjEnLFxuICAnYXdzLWNkayc6ICcyLjExNDguMCcsXG4gICd0cy1ub2RlJzogJ14xMC45LjInLFxuICAndHlwZXNjcmlwdCc6ICd+Ni4wLjMnLFxuICAnQHR5cGVzL25vZGUnOiAnXjIwJyxcbn07XG5cbi8qKiBXaGF0IGByd3MgaW5pdGAga25vd3Mgb2YgdGhlIHBhY2thZ2UgaXQgYmVsb25ncyB0by4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFja2FnZVZlcnNpb25zIHtcbiAgLyoqIFRoaXMgcGFja2FnZSdzIHZlcnNpb24uICovXG4gIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgLyoqIEV4YWN0IHZlcnNpb25zIG9mIHRoZSBwZWVyIGRlcGVuZGVuY2llcyAodGhlIG9uZXMgaXQgd2FzIHRlc3RlZCB3aXRoKS4gKi9cbiAgcmVhZG9ubHkgcGVlcnM6IHsgcmVhZG9ubHkgW25hbWU6IHN0cmluZ106IHN0cmluZyB9O1xuICAvKiogVmVyc2lvbnMgb2YgdGhlIHRvb2xzIGEgbGFiIHJlcG9zaXRvcnkgbmVlZHMgKENESyBDTEksIHRzLW5vZGUsIFR5cGVTY3JpcHQsIE5vZGUgdHlwZXMpLiAqL1xuICByZWFkb25seSB0b29sczogeyByZWFkb25seSBbbmFtZTogc3RyaW5nXTogc3RyaW5nIH07XG59XG5cbi8qKiBSZWFkcyB0aGlzIHBhY2thZ2UncyBwYWNrYWdlLmpzb24gKHR3byBsZXZlbHMgYWJvdmUgbGliL2NsaSBhbmQgc3JjL2NsaSkuICovXG5leHBvcnQgZnVuY3Rpb24gcGFja2FnZVZlcnNpb25zKHJvb3Q6IHN0cmluZyA9IHBhdGgucmVzb2x2ZShfX2Rpcm5hbWUsICcuLicsICcuLicpKTogUGFja2FnZVZlcnNpb25zIHtcbiAgbGV0IHBrZzogYW55ID0ge307XG4gIHRyeSB7XG4gICAgcGtnID0gSlNPTi5wYXJzZShmcy5yZWFkRmlsZVN5bmMocGF0aC5qb2luKHJvb3QsICdwYWNrYWdlLmpzb24nKSwgJ3V0ZjgnKSk7XG4gIH0gY2F0Y2gge1xuICAgIHBrZyA9IHt9O1xuICB9XG4gIGNvbnN0IGRldjogeyBbbmFtZTogc3RyaW5nXTogc3RyaW5nIH0gPSBwa2cuZGV2RGVwZW5kZW5jaWVzID8/IHt9O1xuICBjb25zdCBleGFjdCA9IChuYW1lOiBzdHJpbmcpID0+IHtcbiAgICBjb25zdCB2ID0gZGV2W25hbWVdID8/IHBrZy5wZWVyRGVwZW5kZW5jaWVzPy5bbmFtZV0gPz8gRkFMTEJBQ0tfVkVSU0lPTlNbbmFtZV07XG4gICAgcmV0dXJuIHYucmVwbGFjZSgvXltcXF5+XS8sICcnKTtcbiAgfTtcbiAgY29uc3QgcGVlcnM6IHsgW25hbWU6IHN0cmluZ106IHN0cmluZyB9ID0ge307XG4gIGZvciAoY29uc3QgbmFtZSBvZiBPYmplY3Qua2V5cyhwa2cucGVlckRlcGVuZGVuY2llcyA/PyB7ICdhd3MtY2RrLWxpYic6ICcnLCAnY29uc3RydWN0cyc6ICcnLCAnY2RrdGYnOiAnJywgJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzJzogJycgfSkpIHBlZXJzW25hbWVdID0gZXhhY3QobmFtZSk7XG4gIGNvbnN0IHRvb2xzOiB7IFtuYW1lOiBzdHJpbmddOiBzdHJpbmcgfSA9IHt9O1xuICBmb3IgKGNvbnN0IG5hbWUgb2YgWydhd3MtY2RrJywgJ3RzLW5vZGUnLCAndHlwZXNjcmlwdCcsICdAdHlwZXMvbm9kZSddKSB0b29sc1tuYW1lXSA9IG5hbWUgPT09ICdhd3MtY2RrJyA/IGV4YWN0KG5hbWUpIDogZGV2W25hbWVdID8/IEZBTExCQUNLX1ZFUlNJT05TW25hbWVdO1xuICByZXR1cm4geyB2ZXJzaW9uOiBwa2cudmVyc2lvbiA/PyAnMC4wLjAnLCBwZWVycywgdG9vbHMgfTtcbn1cblxuLyoqIFdoYXQgYSBsYWIgcmVwb3NpdG9yeSBpcyBtYWRlIG9mLiAqL1xuZXhwb3J0IGludGVyZmFjZSBJbml0T3B0aW9ucyB7XG4gIC8qKiBCYWNrZW5kLiAqL1xuICByZWFkb25seSBiYWNrZW5kOiBCYWNrZW5kO1xuICAvKiogTGFiIG5hbWUgKGxvd2VyY2FzZSBsZXR0ZXJzLCBkaWdpdHMgYW5kIGAtYCkuICovXG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBvbmUgcmVzZWFyY2ggdXNlci4gKi9cbiAgcmVhZG9ubHkgb3duZXI6IHN0cmluZztcbiAgLyoqIEFXUyByZWdpb24uICovXG4gIHJlYWRvbmx5IHJlZ2lvbjogc3RyaW5nO1xuICAvKiogbnBtIHNwZWNpZmllciBvZiB0aGlzIHBhY2thZ2UgaW4gcGFja2FnZS5qc29uIChgXjEuMi4wYCwgYGZpbGU6Li4vcndzLnRnemApLiAqL1xuICByZWFkb25seSBwYWNrYWdlU3BlYzogc3RyaW5nO1xuICAvKiogVmVyc2lvbnMgb2YgdGhlIHBlZXJzIGFuZCB0b29scy4gKi9cbiAgcmVhZG9ubHkgdmVyc2lvbnM6IFBhY2thZ2VWZXJzaW9ucztcbn1cblxuLyoqIEEgbGFiIG5hbWUgZnJvbSBhIGZvbGRlciBuYW1lOiBsb3dlcmNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBgLWAsIHN0YXJ0aW5nIHdpdGggYSBsZXR0ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiTmFtZU9mKGRpcjogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcyA9IHBhdGguYmFzZW5hbWUocGF0aC5yZXNvbHZlKGRpcikpLnRvTG93ZXJDYXNlKCkucmVwbGFjZSgvW15hLXowLTktXSsvZywgJy0nKS5yZXBsYWNlKC9eLSt8LSskL2csICcnKS5yZXBsYWNlKC9eW15hLXpdKy8sICcnKS5zbGljZSgwLCA0MCkucmVwbGFjZSgvLSskLywgJycpO1xuICByZXR1cm4gcyB8fCAnbGFiJztcbn1cblxuLyoqIFRoZSBzdGFjayBvZiBhbiBBV1MgbGFiOiB0aGUgbGFiIG5hbWUgaW4gQ2FtZWxDYXNlIChgZ2Vub21pY3MtbGFiYCAtPiBgR2Vub21pY3NMYWJgKS4gKi9cbmZ1bmN0aW9uIGF3c1N0YWNrTmFtZShuYW1lOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gbmFtZS5zcGxpdCgnLScpLmZpbHRlcihCb29sZWFuKS5tYXAoKHApID0+IHBbMF0udG9VcHBlckNhc2UoKSArIHAuc2xpY2UoMSkpLmpvaW4oJycpO1xufVxuXG4vKiogVGhlIGZpbGVzIG9mIGEgbGFiIHJlcG9zaXRvcnksIHBhdGggLT4gY29udGVudC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJSZXBvc2l0b3J5RmlsZXMobzogSW5pdE9wdGlvbnMpOiBNYXA8c3RyaW5nLCBzdHJpbmc+IHtcbiAgY29uc3QgZmlsZXMgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpO1xuICBjb25zdCBzbHVnID0gYCR7by5uYW1lfS1weXRob25gO1xuICBjb25zdCBjZGt0ZiA9IG8uYmFja2VuZCAhPT0gJ2F3cyc7XG4gIGNvbnN0IHN0YWNrID0gby5iYWNrZW5kID09PSAnYXdzJyA/IGF3c1N0YWNrTmFtZShvLm5hbWUpIDogby5uYW1lO1xuXG4gIGZpbGVzLnNldCgncGFja2FnZS5qc29uJywgYCR7SlNPTi5zdHJpbmdpZnkoe1xuICAgIG5hbWU6IGAke28ubmFtZX0tbGFiYCxcbiAgICB2ZXJzaW9uOiAnMC4xLjAnLFxuICAgIHByaXZhdGU6IHRydWUsXG4gICAgZGVzY3JpcHRpb246IGBSZXNlYXJjaCBsYWIgJHtvLm5hbWV9IG9uICR7by5iYWNrZW5kID09PSAnYXdzJyA/ICdBV1MnIDogby5iYWNrZW5kID09PSAna3ViZXJuZXRlcycgPyAnS3ViZXJuZXRlcycgOiAnUHJveG1veCBWRSd9ICgke1BBQ0tBR0V9KWAsXG4gICAgc2NyaXB0czogY2RrdGYgPyB7XG4gICAgICBzeW50aDogJ3RzLW5vZGUgbWFpbi50cycsXG4gICAgICBjaGVjazogJ3J3cyBsYWIgc3ludGggbGFiLnlhbWwgLS1vdXQgYnVpbGQvY2hlY2snLFxuICAgIH0gOiB7XG4gICAgICBzeW50aDogJ2NkayBzeW50aCcsXG4gICAgICBkZXBsb3k6ICdjZGsgZGVwbG95JyxcbiAgICAgIGNoZWNrOiAncndzIGxhYiBzeW50aCBsYWIueWFtbCAtLW91dCBidWlsZC9jaGVjaycsXG4gICAgfSxcbiAgICAvLyBUaGUgbGlicmFyeSBsb2FkcyBldmVyeSBiYWNrZW5kJ3MgZnJhbWV3b3JrLCBzbyBhbGwgaXRzIHBlZXJzIGFyZSBpbnN0YWxsZWQsIHBpbm5lZCB0byB0aGVcbiAgICAvLyB2ZXJzaW9ucyBpdCB3YXMgdGVzdGVkIHdpdGguXG4gICAgZGVwZW5kZW5jaWVzOiBzb3J0S2V5cyh7IFtQQUNLQUdFXTogby5wYWNrYWdlU3BlYywgLi4uby52ZXJzaW9ucy5wZWVycyB9KSxcbiAgICBkZXZEZXBlbmRlbmNpZXM6IHNvcnRLZXlzKHtcbiAgICAgIC4uLihjZGt0ZiA/IHt9IDogeyAnYXdzLWNkayc6IG8udmVyc2lvbnMudG9vbHNbJ2F3cy1jZGsnXSB9KSxcbiAgICAgICd0cy1ub2RlJzogby52ZXJzaW9ucy50b29sc1sndHMtbm9kZSddLFxuICAgICAgJ3R5cGVzY3JpcHQnOiBvLnZlcnNpb25zLnRvb2xzLnR5cGVzY3JpcHQsXG4gICAgICAnQHR5cGVzL25vZGUnOiBvLnZlcnNpb25zLnRvb2xzWydAdHlwZXMvbm9kZSddLFxuICAgIH0pLFxuICAgIGVuZ2luZXM6IHsgbm9kZTogJz49IDIwLjAuMCcgfSxcbiAgfSwgdW5kZWZpbmVkLCAyKX1cXG5gKTtcblxuICBmaWxlcy5zZXQoJ3RzY29uZmlnLmpzb24nLCBgJHtKU09OLnN0cmluZ2lmeSh7XG4gICAgJ2NvbXBpbGVyT3B0aW9ucyc6IHtcbiAgICAgIHRhcmdldDogJ0VTMjAyMicsXG4gICAgICBtb2R1bGU6ICdub2RlMTYnLFxuICAgICAgbW9kdWxlUmVzb2x1dGlvbjogJ25vZGUxNicsXG4gICAgICBzdHJpY3Q6IHRydWUsXG4gICAgICBlc01vZHVsZUludGVyb3A6IHRydWUsXG4gICAgICBza2lwTGliQ2hlY2s6IHRydWUsXG4gICAgICBub0VtaXQ6IHRydWUsXG4gICAgfSxcbiAgICAndHMtbm9kZSc6IHsgdHJhbnNwaWxlT25seTogdHJ1ZSB9LFxuICAgICdpbmNsdWRlJzogWydtYWluLnRzJ10sXG4gIH0sIHVuZGVmaW5lZCwgMil9XFxuYCk7XG5cbiAgaWYgKGNka3RmKSB7XG4gICAgZmlsZXMuc2V0KCdjZGt0Zi5qc29uJywgYCR7SlNPTi5zdHJpbmdpZnkoe1xuICAgICAgbGFuZ3VhZ2U6ICd0eXBlc2NyaXB0JyxcbiAgICAgIGFwcDogJ25weCB0cy1ub2RlIG1haW4udHMnLFxuICAgICAgb3V0cHV0OiAnY2RrdGYub3V0JyxcbiAgICAgIHNlbmRDcmFzaFJlcG9ydHM6ICdmYWxzZScsXG4gICAgICB0ZXJyYWZvcm1Qcm92aWRlcnM6IFtdLFxuICAgICAgdGVycmFmb3JtTW9kdWxlczogW10sXG4gICAgfSwgdW5kZWZpbmVkLCAyKX1cXG5gKTtcbiAgfSBlbHNlIHtcbiAgICBmaWxlcy5zZXQoJ2Nkay5qc29uJywgYCR7SlNPTi5zdHJpbmdpZnkoe1xuICAgICAgYXBwOiAnbnB4IHRzLW5vZGUgLS1wcmVmZXItdHMtZXh0cyBtYWluLnRzJyxcbiAgICAgIGxvb2t1cHM6IGZhbHNlLFxuICAgICAgbm90aWNlczogZmFsc2UsXG4gICAgICB2ZXJzaW9uUmVwb3J0aW5nOiBmYWxzZSxcbiAgICAgIGNvbnRleHQ6IHsgJ2NsaS10ZWxlbWV0cnknOiBmYWxzZSB9LFxuICAgIH0sIHVuZGVmaW5lZCwgMil9XFxuYCk7XG4gIH1cblxuICBjb25zdCBzdGFja0NsYXNzID0gby5iYWNrZW5kID09PSAnYXdzJyA/ICdMYWJTdGFjaycgOiBvLmJhY2tlbmQgPT09ICdrdWJlcm5ldGVzJyA/ICdLdWJlcm5ldGVzTGFiU3RhY2snIDogJ1Byb3htb3hMYWJTdGFjayc7XG4gIGZpbGVzLnNldCgnbWFpbi50cycsIFtcbiAgICAnLyoqJyxcbiAgICBgICogVGhlIGxhYiAke28ubmFtZX0sIGRlY2xhcmVkIGluIGxhYi55YW1sICh1c2VycyBpbiB1c2Vycy55YW1sLCB0aGUgcG9saWN5IGluIHBvbGljeS55YW1sLCB0aGVgLFxuICAgICcgKiBsYWJcXCdzIG93biB0ZW1wbGF0ZXMgaW4gdGVtcGxhdGVzLykuIFBhdGhzIGluIGxhYi55YW1sIGFyZSByZWxhdGl2ZSB0byBpdC4nLFxuICAgICcgKicsXG4gICAgLi4uKGNka3RmID8gW1xuICAgICAgYCAqICAgbnBtIHJ1biBzeW50aCAgICAgIyB3cml0ZXMgY2RrdGYub3V0L3N0YWNrcy8ke3N0YWNrfS9jZGsudGYuanNvbiBmb3IgdGVycmFmb3JtYCxcbiAgICBdIDogW1xuICAgICAgJyAqICAgbnB4IGNkayBzeW50aCAgICAgIyB0aGUgQ2xvdWRGb3JtYXRpb24gdGVtcGxhdGVzLCBvZmZsaW5lLCBubyBjcmVkZW50aWFscycsXG4gICAgICAnICogICBucHggY2RrIGRlcGxveSAgICAjIHdpdGggdGhlIGRlcGxveWluZyByb2xlXFwncyBjcmVkZW50aWFscycsXG4gICAgXSksXG4gICAgJyAqLycsXG4gICAgJ2ltcG9ydCAqIGFzIHBhdGggZnJvbSBcXCdwYXRoXFwnOycsXG4gICAgYGltcG9ydCB7IEFwcCB9IGZyb20gJyR7Y2RrdGYgPyAnY2RrdGYnIDogJ2F3cy1jZGstbGliJ30nO2AsXG4gICAgYGltcG9ydCB7ICR7c3RhY2tDbGFzc30gfSBmcm9tICcke1BBQ0tBR0V9JztgLFxuICAgICcnLFxuICAgICdjb25zdCBhcHAgPSBuZXcgQXBwKCk7JyxcbiAgICBgJHtzdGFja0NsYXNzfS5mcm9tRmlsZShhcHAsICcke3N0YWNrfScsIHBhdGguam9pbihfX2Rpcm5hbWUsICdsYWIueWFtbCcpKTtgLFxuICAgICdhcHAuc3ludGgoKTsnLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpKTtcblxuICBmaWxlcy5zZXQoJ2xhYi55YW1sJywgbGFiWWFtbChvLCBzbHVnKSk7XG5cbiAgZmlsZXMuc2V0KCd1c2Vycy55YW1sJywgW1xuICAgIHNjaGVtYU1vZGVsaW5lKCd1c2VycycpLFxuICAgICcjIFRoZSBsYWJcXCdzIHJlc2VhcmNoIHVzZXJzIGFuZCBncm91cHMuIElkcyBhcmUgYXNzaWduZWQgb24gZmlyc3QgbG9hZCBhbmQgcmVjb3JkZWQgaW4nLFxuICAgICcjIHVzZXJzLmxvY2suanNvbiBiZXNpZGUgdGhpcyBmaWxlOiBjb21taXQgYm90aCwgYW5kIGEgdWlkIG5ldmVyIGNoYW5nZXMuJyxcbiAgICAnIyAgIG5weCByd3MgdXNlcnMgYWRkIGJvYiAtLWVtYWlsIGJvYkBleGFtcGxlLmVkdSAtLWdyb3VwcyAnICsgby5uYW1lLFxuICAgIGAjICAgbnB4IHJ3cyB1c2VycyBhZGQta2V5ICR7by5vd25lcn0gfi8uc3NoL2lkX2VkMjU1MTkucHViICAgIyBTU0ggYWNjZXNzIChvcHRpb25hbClgLFxuICAgICdpZF9yYW5nZXM6IHsgdXNlcnM6IHsgbWluOiA1MDAwLCBtYXg6IDU5OTkgfSwgZ3JvdXBzOiB7IG1pbjogNjAwMCwgbWF4OiA2OTk5IH0gfScsXG4gICAgJ2dyb3VwczonLFxuICAgIGAgIC0geyBuYW1lOiAke28ubmFtZX0sIGRlc2NyaXB0aW9uOiBNZW1iZXJzIG9mIGxhYiAke28ubmFtZX0gfWAsXG4gICAgJ3VzZXJzOicsXG4gICAgYCAgLSB7IG5hbWU6ICR7by5vd25lcn0sIGVtYWlsOiAke28ub3duZXJ9QGV4YW1wbGUuZWR1LCBncm91cHM6IFske28ubmFtZX1dIH1gLFxuICAgICcnLFxuICBdLmpvaW4oJ1xcbicpKTtcblxuICBmaWxlcy5zZXQoJ3BvbGljeS55YW1sJywgW1xuICAgIHNjaGVtYU1vZGVsaW5lKCdwb2xpY3knKSxcbiAgICBgIyBXaGF0IGxhYiAke28ubmFtZX0gbWF5IGxhdW5jaDogZXZlcnkgd29ya3NwYWNlIGlzIGNoZWNrZWQgYWdhaW5zdCBpdCBhdCBzeW50aGVzaXMuYCxcbiAgICAnIyAgIG5weCByd3MgcG9saWN5IHNob3c7IG5weCByd3MgcG9saWN5IHRlc3QgLS10ZW1wbGF0ZSBweXRob24tbWwgLS1zaXplIEwnLFxuICAgIGBuYW1lOiAke28ubmFtZX1gLFxuICAgIGBhbGxvd2VkX3RlbXBsYXRlczogWyR7c2x1Z30sIHB5dGhvbi1tbCwganVweXRlci1sYWIsIHItcnN0dWRpb11gLFxuICAgICdhbGxvd2VkX3NpemVzOiBbUywgTSwgTF0nLFxuICAgICdtYXhfaG91cmx5X2Nvc3Q6IDAuNTAnLFxuICAgIC4uLihvLmJhY2tlbmQgPT09ICdhd3MnID8gW2BhbGxvd2VkX3JlZ2lvbnM6IFske28ucmVnaW9ufV1gXSA6IFtdKSxcbiAgICAncmVxdWlyZWRfdGFnczogW3Byb2plY3QsIG93bmVyXSAgICAgIyBhIHdvcmtzcGFjZVxcJ3MgcHJvamVjdCBhbmQgb3duZXIsIG9uIGV2ZXJ5IGJhY2tlbmQnLFxuICAgICdtYXhfd29ya3NwYWNlc19wZXJfdXNlcjogMicsXG4gICAgJ2VncmVzczogcHJveGllZCAgICAgICAgICAgICAgICAgICAgICMgbm9uZSB8IHByb3hpZWQgfCBvcGVuOiB0aGUgbW9zdCBpbnRlcm5ldCBhIHdvcmtzcGFjZSBtYXkgaGF2ZScsXG4gICAgJycsXG4gIF0uam9pbignXFxuJykpO1xuXG4gIGZpbGVzLnNldChgdGVtcGxhdGVzLyR7c2x1Z30ueW1sYCwgW1xuICAgIHNjaGVtYU1vZGVsaW5lKCd0ZW1wbGF0ZScsICd0ZW1wbGF0ZXMnKSxcbiAgICBgIyBMYWIgJHtvLm5hbWV9J3Mgb3duIHRlbXBsYXRlOiB0aGUgYnVuZGxlZCBweXRob24tbWwgKEp1cHl0ZXIgTGFiIG9uIFVidW50dSAyNC4wNCwgY29uZGEtZm9yZ2UpYCxcbiAgICAnIyBwbHVzIHRoZSBwYWNrYWdlcyB0aGlzIGxhYiBuZWVkcy4gQ2hlY2sgaXQgd2l0aCBgbnB4IHJ3cyB0ZW1wbGF0ZXMgbGludCB0ZW1wbGF0ZXNgOyBzZWUgaXQnLFxuICAgIGAjIHJlc29sdmVkIHdpdGggXFxgbnB4IHJ3cyB0ZW1wbGF0ZXMgc2hvdyAke3NsdWd9IC0tZGlyIHRlbXBsYXRlc1xcYC5gLFxuICAgIGBuYW1lOiAke3RpdGxlT2Yoby5uYW1lKX0gUHl0aG9uYCxcbiAgICBgc2x1ZzogJHtzbHVnfWAsXG4gICAgYGRlc2NyaXB0aW9uOiBQeXRob24gd29ya3N0YXRpb24gb2YgbGFiICR7by5uYW1lfSAocHl0aG9uLW1sIHBsdXMgdGhlIGxhYidzIHBhY2thZ2VzKWAsXG4gICAgJ2luaGVyaXRzOiBbcHl0aG9uLW1sXScsXG4gICAgJ3BhY2thZ2VzOicsXG4gICAgJyAgY29uZGE6IFtoNXB5LCBiaW9weXRob25dJyxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKSk7XG5cbiAgZmlsZXMuc2V0KCcuZ2l0aWdub3JlJywgW1xuICAgICdub2RlX21vZHVsZXMvJyxcbiAgICAnY2RrLm91dC8nLFxuICAgICdjZGt0Zi5vdXQvJyxcbiAgICAnYnVpbGQvJyxcbiAgICAnKi50Z3onLFxuICAgICcjIHVzZXJzLmxvY2suanNvbiBpcyBOT1QgaWdub3JlZDogY29tbWl0IGl0LCBzbyB1aWRzIG5ldmVyIGNoYW5nZScsXG4gICAgJycsXG4gIF0uam9pbignXFxuJykpO1xuXG4gIGZpbGVzLnNldCgnUkVBRE1FLm1kJywgcmVhZG1lKG8sIHNsdWcsIHN0YWNrKSk7XG4gIHJldHVybiBmaWxlcztcbn1cblxuZnVuY3Rpb24gbGFiWWFtbChvOiBJbml0T3B0aW9ucywgc2x1Zzogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgaGVhZGVyID0gW1xuICAgIHNjaGVtYU1vZGVsaW5lKG8uYmFja2VuZCA9PT0gJ2F3cycgPyAnbGFiJyA6IG8uYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnID8gJ2t1YmVybmV0ZXMtbGFiJyA6ICdwcm94bW94LWxhYicpLFxuICAgIGAjIExhYiAke28ubmFtZX06IHJlYWQgYnkgbWFpbi50cyBhbmQgYnkgXFxgbnB4IHJ3cyBsYWIgc3ludGggbGFiLnlhbWwgLS1vdXQgYnVpbGQvY2hlY2tcXGAgKGEgc3VtbWFyeTpgLFxuICAgICcjIHN0YWNrcywgd29ya3NwYWNlcywgdXNlcnMsIGNvc3QpLiBQYXRocyBhcmUgcmVsYXRpdmUgdG8gdGhpcyBmaWxlLicsXG4gICAgYG5hbWU6ICR7by5uYW1lfWAsXG4gIF07XG4gIGNvbnN0IGNvbW1vbiA9IFtcbiAgICAndGVtcGxhdGVzOiAuL3RlbXBsYXRlcyAgICAgICAgICAgICAgICMgdGhlIGxhYlxcJ3Mgb3duIHRlbXBsYXRlcywgYmVzaWRlIHRoZSBidW5kbGVkIG9uZXMnLFxuICAgICdyZWdpc3RyeTogLi91c2Vycy55YW1sJyxcbiAgICAncG9saWN5OiAuL3BvbGljeS55YW1sJyxcbiAgICAnIyBXb3Jrc3BhY2VzIHJlYWNoIG9ubHkgdGhlIHBhY2thZ2UgcmVwb3NpdG9yaWVzLCB0aHJvdWdoIHRoZSBsYWJcXCdzIGVncmVzcyBwcm94eS4gVGhlIGJ1bmRsZWQnLFxuICAgICcjIHRlbXBsYXRlcyBpbnN0YWxsIHRoZWlyIHNvZnR3YXJlIGF0IGJvb3Q6IHdpdGggZWdyZXNzIG5vbmUgdGhleSBjYW5ub3QsIHVubGVzcyB0aGVpciBpbWFnZSBoYXMgaXQnLFxuICAgICcjIGJha2VkIGluIChzZWUgUkVBRE1FLm1kLCBcIk9mZmxpbmUgbGFic1wiKS4nLFxuICAgIC8vIEEgUHJveG1veCBsYWIgdGFrZXMgdGhlIHBvbGljeSdzIGVncmVzcyAocG9saWN5LnlhbWw6IGVncmVzczogcHJveGllZCkuXG4gICAgLi4uKG8uYmFja2VuZCA9PT0gJ3Byb3htb3gnID8gWycjIGVncmVzczogdGhlIHBvbGljeVxcJ3MgKHBvbGljeS55YW1sOiBlZ3Jlc3M6IHByb3hpZWQpOyBhIHdvcmtzcGFjZSBtYXkgc2F5IGVncmVzczogbm9uZSddIDogWydlZ3Jlc3M6IHByb3hpZWQnXSksXG4gIF07XG4gIGNvbnN0IHdzID0gYCAgLSB7IG5hbWU6ICR7by5vd25lcn0tcHl0aG9uLCB0ZW1wbGF0ZTogJHtzbHVnfSwgb3duZXI6ICR7by5vd25lcn0sIHByb2plY3Q6ICR7by5uYW1lfSwgc2l6ZTogTWA7XG4gIC8vIFRlcnJhZm9ybSBrZWVwcyBnZW5lcmF0ZWQgcGFzc3dvcmRzIGFuZCBrZXlzIGluIGl0cyBzdGF0ZTogc2F5IHdoZXJlLCBiZWZvcmUgdGhlIGZpcnN0IGFwcGx5LlxuICBjb25zdCBzdGF0ZSA9IFtcbiAgICAnIyBXaGVyZSBUZXJyYWZvcm0ga2VlcHMgaXRzIHN0YXRlIChpdCBob2xkcyBnZW5lcmF0ZWQgcGFzc3dvcmRzIGFuZCBrZXlzKTsgd2l0aG91dCBpdCBhIGxvY2FsIGZpbGUsIHdpdGggYSB3YXJuaW5nOicsXG4gICAgJyMgc3RhdGVfYmFja2VuZDogeyBzMzogeyBidWNrZXQ6IG15LXRmc3RhdGUsIGtleTogbGFicy8nICsgby5uYW1lICsgJy50ZnN0YXRlLCByZWdpb246IGV1LXdlc3QtMiwga21zX2tleV9pZDogYWxpYXMvdGZzdGF0ZSB9IH0nLFxuICBdO1xuICBpZiAoby5iYWNrZW5kID09PSAnYXdzJykge1xuICAgIHJldHVybiBbXG4gICAgICAuLi5oZWFkZXIsXG4gICAgICBgcmVnaW9uOiAke28ucmVnaW9ufWAsXG4gICAgICAuLi5jb21tb24sXG4gICAgICAnd29ya3NwYWNlczonLFxuICAgICAgYCR7d3N9IH1gLFxuICAgICAgJycsXG4gICAgXS5qb2luKCdcXG4nKTtcbiAgfVxuICBpZiAoby5iYWNrZW5kID09PSAna3ViZXJuZXRlcycpIHtcbiAgICByZXR1cm4gW1xuICAgICAgLi4uaGVhZGVyLFxuICAgICAgJ2t1YmVybmV0ZXM6IHt9ICAgICAgICAgICAgICAgICAgICAgICAgIyBrdWJlX2NvbnRleHQsIHN0b3JhZ2VfY2xhc3MsIG5hbWVzcGFjZSAoZGVmYXVsdCBsYWItPG5hbWU+KScsXG4gICAgICAuLi5jb21tb24sXG4gICAgICAuLi5zdGF0ZSxcbiAgICAgICd3b3Jrc3BhY2VzOicsXG4gICAgICBgJHt3c30gfWAsXG4gICAgICAnJyxcbiAgICBdLmpvaW4oJ1xcbicpO1xuICB9XG4gIHJldHVybiBbXG4gICAgLi4uaGVhZGVyLFxuICAgICcjIFlvdXIgY2x1c3Rlcjogbm9kZSBuYW1lcywgZGF0YXN0b3JlcywgYnJpZGdlIGFuZCBESENQIHJhbmdlICh0aGVzZSBhcmUgZXhhbXBsZXMpLicsXG4gICAgJ2NsdXN0ZXI6JyxcbiAgICAnICBub2RlczogW3B2ZTFdJyxcbiAgICAnICBkaXNrX2RhdGFzdG9yZV9pZDogbG9jYWwtbHZtJyxcbiAgICAnICBzbmlwcGV0X2RhdGFzdG9yZV9pZDogbG9jYWwgICAgICAgICAjIGEgZGF0YXN0b3JlIHdpdGggdGhlIFwic25pcHBldHNcIiBjb250ZW50IHR5cGUnLFxuICAgICcgIGltYWdlX2RhdGFzdG9yZV9pZDogbG9jYWwnLFxuICAgICcgIGJyaWRnZTogdm1icjAnLFxuICAgICcgIGRhdGFjZW50ZXJfZmlyZXdhbGw6IG1hbmFnZWQgICAgICAgICMgdGhpcyBzdGFjayBrZWVwcyB0aGUgZGF0YWNlbnRlciBmaXJld2FsbCBvbicsXG4gICAgJyAgZGhjcF9wb29sOiBbMTkyLjE2OC4xMDAuMTI4LzI1XSAgICAgIyB0aGUgREhDUCBzZXJ2ZXJcXCdzIHJhbmdlOiB3b3Jrc3BhY2VzIG1heSBzZW5kIG9ubHkgZnJvbSBpdCcsXG4gICAgJ2FwaTogeyBlbmRwb2ludDogXCJodHRwczovL3B2ZTEuZXhhbXBsZS5vcmc6ODAwNi9cIiB9JyxcbiAgICAncHJveHk6IHsgYWRkcmVzczogMTkyLjE2OC4xMDAuNCwgcG9ydDogMzEyOCB9ICAgIyB0aGUgSFRUUCBwcm94eSB0aGF0IGxldHMgdGhlIHBhY2thZ2UgcmVwb3NpdG9yaWVzIHRocm91Z2gnLFxuICAgIC4uLmNvbW1vbixcbiAgICAnd29ya3NwYWNlczonLFxuICAgIGAke3dzfSwgbm9kZTogcHZlMSB9YCxcbiAgICAnJyxcbiAgXS5qb2luKCdcXG4nKTtcbn1cblxuZnVuY3Rpb24gcmVhZG1lKG86IEluaXRPcHRpb25zLCBzbHVnOiBzdHJpbmcsIHN0YWNrOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBpbnN0YWxsID0gJ25wbSBpbnN0YWxsJztcbiAgY29uc3QgbGluZXMgPSBbXG4gICAgYCMgTGFiICR7by5uYW1lfWAsXG4gICAgJycsXG4gICAgYFJlc2VhcmNoIHdvcmtzdGF0aW9ucyBvbiAke28uYmFja2VuZCA9PT0gJ2F3cycgPyAnQVdTJyA6IG8uYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnID8gJ0t1YmVybmV0ZXMgKEt1YmVWaXJ0KScgOiAnUHJveG1veCBWRSd9LCBkZWNsYXJlZCB3aXRoICR7UEFDS0FHRX0uYCxcbiAgICAnJyxcbiAgICAnfCBGaWxlIHwgV2hhdCBpdCBpcyB8JyxcbiAgICAnfCAtLS0gfCAtLS0gfCcsXG4gICAgJ3wgYGxhYi55YW1sYCB8IFRoZSBsYWI6IGVncmVzcywgdXNlcnMsIHBvbGljeSwgdGVtcGxhdGVzIGFuZCB0aGUgd29ya3NwYWNlcy4gfCcsXG4gICAgJ3wgYHVzZXJzLnlhbWxgLCBgdXNlcnMubG9jay5qc29uYCB8IFJlc2VhcmNoIHVzZXJzIGFuZCBncm91cHM7IHRoZSBsb2NrIGtlZXBzIGV2ZXJ5IHVpZCBmb3IgZ29vZCAoY29tbWl0IGl0KS4gfCcsXG4gICAgJ3wgYHBvbGljeS55YW1sYCB8IFdoYXQgdGhlIGxhYiBtYXkgbGF1bmNoOyBjaGVja2VkIGF0IHN5bnRoZXNpcy4gfCcsXG4gICAgYHwgXFxgdGVtcGxhdGVzLyR7c2x1Z30ueW1sXFxgIHwgVGhlIGxhYidzIG93biB0ZW1wbGF0ZSwgaW5oZXJpdGluZyB0aGUgYnVuZGxlZCBcXGBweXRob24tbWxcXGAuIHxgLFxuICAgIGB8IFxcYG1haW4udHNcXGAsIFxcYCR7by5iYWNrZW5kID09PSAnYXdzJyA/ICdjZGsuanNvbicgOiAnY2RrdGYuanNvbid9XFxgLCBcXGB0c2NvbmZpZy5qc29uXFxgIHwgVGhlICR7by5iYWNrZW5kID09PSAnYXdzJyA/ICdDREsnIDogJ0NESyBmb3IgVGVycmFmb3JtJ30gYXBwIHRoYXQgcmVhZHMgXFxgbGFiLnlhbWxcXGAuIHxgLFxuICAgICcnLFxuICAgICcjIyBOZXh0IHN0ZXBzJyxcbiAgICAnJyxcbiAgICAnYGBgc2gnLFxuICAgIGluc3RhbGwsXG4gICAgLi4uKG8uYmFja2VuZCA9PT0gJ2F3cycgPyBbXG4gICAgICAnbnB4IGNkayBzeW50aCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICMgQ2xvdWRGb3JtYXRpb24gaW4gY2RrLm91dC8sIG9mZmxpbmUsIG5vIGNyZWRlbnRpYWxzJyxcbiAgICAgICducHggcndzIGxhYiBzeW50aCBsYWIueWFtbCAtLW91dCBidWlsZC9jaGVjayAgICMgdGhlIHNhbWUgbGFiIHdpdGggYSBzdW1tYXJ5OiB3b3Jrc3BhY2VzLCB1c2VycywgY29zdCcsXG4gICAgICBgbnB4IGNkayBkZXBsb3kgJHtzdGFja30gICAgICAgICAgICAgICAgICAgICMgd2l0aCB0aGUgZGVwbG95aW5nIHJvbGUncyBjcmVkZW50aWFsc2AsXG4gICAgXSA6IFtcbiAgICAgIGBucG0gcnVuIHN5bnRoICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIyBUZXJyYWZvcm0gaW4gY2RrdGYub3V0L3N0YWNrcy8ke3N0YWNrfS9gLFxuICAgICAgJ25weCByd3MgbGFiIHN5bnRoIGxhYi55YW1sIC0tb3V0IGJ1aWxkL2NoZWNrICAgIyB0aGUgc2FtZSBsYWIgd2l0aCBhIHN1bW1hcnknLFxuICAgICAgYHRlcnJhZm9ybSAtY2hkaXI9Y2RrdGYub3V0L3N0YWNrcy8ke3N0YWNrfSBpbml0YCxcbiAgICAgIG8uYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnXG4gICAgICAgID8gYHRlcnJhZm9ybSAtY2hkaXI9Y2RrdGYub3V0L3N0YWNrcy8ke3N0YWNrfSBhcHBseSAgICMga3ViZWNvbmZpZzogLXZhciBrdWJlX2NvbmZpZ19wYXRoPS4uLiAtdmFyIGt1YmVfY29udGV4dD0uLi5gXG4gICAgICAgIDogYFRGX1ZBUl9wcm94bW94X2FwaV90b2tlbj0uLi4gdGVycmFmb3JtIC1jaGRpcj1jZGt0Zi5vdXQvc3RhY2tzLyR7c3RhY2t9IGFwcGx5YCxcbiAgICBdKSxcbiAgICAnYGBgJyxcbiAgICAnJyxcbiAgICAnVGhlbjonLFxuICAgICcnLFxuICAgICctIEFkZCB1c2VyczogYG5weCByd3MgdXNlcnMgYWRkIGJvYiAtLWVtYWlsIGJvYkBleGFtcGxlLmVkdWAsIGFuZCB0aGVpciBTU0gga2V5cyB3aXRoJyxcbiAgICAnICBgbnB4IHJ3cyB1c2VycyBhZGQta2V5IGJvYiBib2IucHViYDsgY29tbWl0IGB1c2Vycy55YW1sYCBhbmQgYHVzZXJzLmxvY2suanNvbmAuJyxcbiAgICAnLSBBZGQgd29ya3NwYWNlcyB0byBgbGFiLnlhbWxgIChgbnB4IHJ3cyB0ZW1wbGF0ZXMgbGlzdGAgc2hvd3MgdGhlIGJ1bmRsZWQgdGVtcGxhdGVzOycsXG4gICAgJyAgYG5weCByd3MgbGFiIGNvc3QgbGFiLnlhbWxgIHByaWNlcyB0aGUgbGFiKS4nLFxuICAgIC4uLihvLmJhY2tlbmQgPT09ICdwcm94bW94JyA/IFtcbiAgICAgICctIFB1dCB5b3VyIGNsdXN0ZXIgaW4gYGxhYi55YW1sYDogbm9kZSBuYW1lcywgZGF0YXN0b3JlcywgYnJpZGdlLCBESENQIHJhbmdlLCBBUEkgZW5kcG9pbnQgYW5kJyxcbiAgICAgICcgIHRoZSBIVFRQIHByb3h5ICh0aGUgdmFsdWVzIHdyaXR0ZW4gYXJlIGV4YW1wbGVzKS4nLFxuICAgIF0gOiBbXSksXG4gICAgLi4uKG8uYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnID8gW1xuICAgICAgJy0gVGhlIGNsdXN0ZXIgbmVlZHMgS3ViZVZpcnQgYW5kIENESTsgc2V0IGBrdWJlcm5ldGVzLmt1YmVfY29udGV4dGAgYW5kIGBzdG9yYWdlX2NsYXNzYCBpbiBgbGFiLnlhbWxgLicsXG4gICAgXSA6IFtdKSxcbiAgICAnJyxcbiAgICAnIyMgT2ZmbGluZSBsYWJzJyxcbiAgICAnJyxcbiAgICAnYGVncmVzczogcHJveGllZGAgbGV0cyB3b3Jrc3BhY2VzIHJlYWNoIHRoZSBwYWNrYWdlIHJlcG9zaXRvcmllcyBvbmx5LCB0aHJvdWdoIHRoZSBsYWJcXCdzIHByb3h5LCcsXG4gICAgJ3NvIHRoZSBidW5kbGVkIHRlbXBsYXRlcyBjYW4gaW5zdGFsbCB0aGVpciBzb2Z0d2FyZSBhdCBib290LiBXaXRoIGBlZ3Jlc3M6IG5vbmVgIG5vdGhpbmcgY2FuIGJlJyxcbiAgICAnZG93bmxvYWRlZDogdXNlIHRlbXBsYXRlcyB3aG9zZSBzb2Z0d2FyZSBpcyBiYWtlZCBpbnRvIHRoZSBpbWFnZScsXG4gICAgLi4uKG8uYmFja2VuZCA9PT0gJ2F3cydcbiAgICAgID8gWycoYGFtaXM6YCBwZXIgd29ya3NwYWNlIGluIGBsYWIueWFtbGApLCBvciB0aGUgYnVuZGxlZCBgYW1hem9uLWxpbnV4LTIwMjNgIHRlbXBsYXRlLCB3aGljaCBib290cyBvZmZsaW5lLiddXG4gICAgICA6IG8uYmFja2VuZCA9PT0gJ2t1YmVybmV0ZXMnXG4gICAgICAgID8gWycoYGltYWdlOiB7IGNvbnRhaW5lcl9kaXNrOiAuLi4gfWAgcGVyIHdvcmtzcGFjZSBpbiBgbGFiLnlhbWxgKS4nXVxuICAgICAgICA6IFsnKGBpbWFnZTpgIHBlciB3b3Jrc3BhY2UgaW4gYGxhYi55YW1sYCkuJ10pLFxuICAgICdTeW50aGVzaXMgd2FybnMsIG5hbWluZyB0aGUgd29ya3NwYWNlIGFuZCB0aGUgdGVtcGxhdGUsIHdoZW4gYSB3b3Jrc3BhY2UgY2Fubm90IGJvb3Qgb2ZmbGluZS4nLFxuICAgICcnLFxuICBdO1xuICByZXR1cm4gbGluZXMuam9pbignXFxuJyk7XG59XG5cbmZ1bmN0aW9uIHRpdGxlT2YobmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIG5hbWUuc3BsaXQoJy0nKS5maWx0ZXIoQm9vbGVhbikubWFwKChwKSA9PiBwWzBdLnRvVXBwZXJDYXNlKCkgKyBwLnNsaWNlKDEpKS5qb2luKCcgJyk7XG59XG5cbmZ1bmN0aW9uIHNvcnRLZXlzKG86IHsgW2s6IHN0cmluZ106IHN0cmluZyB9KTogeyBbazogc3RyaW5nXTogc3RyaW5nIH0ge1xuICByZXR1cm4gT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKG8pLnNvcnQoKFthXSwgW2JdKSA9PiBhLmxvY2FsZUNvbXBhcmUoYikpKTtcbn1cblxuLyoqXG4gKiBXcml0ZXMgYSBsYWIgcmVwb3NpdG9yeSBpbnRvIGBkaXJgIChjcmVhdGVkIHdoZW4gbWlzc2luZykuIFJlZnVzZXMgYSBmb2xkZXIgdGhhdCBob2xkc1xuICogYW55dGhpbmcgdW5sZXNzIGBmb3JjZWA7IHdpdGggYGZvcmNlYCwgZmlsZXMgb2YgdGhlIHNhbWUgbmFtZXMgYXJlIHJlcGxhY2VkIGFuZCBvdGhlcnMga2VwdC5cbiAqIFJldHVybnMgdGhlIGZpbGVzIHdyaXR0ZW4sIHJlbGF0aXZlIHRvIGBkaXJgLlxuICovXG5leHBvcnQgZnVuY3Rpb24gd3JpdGVMYWJSZXBvc2l0b3J5KGRpcjogc3RyaW5nLCBvOiBJbml0T3B0aW9ucywgZm9yY2U6IGJvb2xlYW4pOiBzdHJpbmdbXSB7XG4gIGlmIChmcy5leGlzdHNTeW5jKGRpcikpIHtcbiAgICBpZiAoIWZzLnN0YXRTeW5jKGRpcikuaXNEaXJlY3RvcnkoKSkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7ZGlyfTogZXhpc3RzIGFuZCBpcyBub3QgYSBmb2xkZXIuIEZpeDogbmFtZSBhIG5ldyBvciBlbXB0eSBmb2xkZXJgKTtcbiAgICBjb25zdCBwcmVzZW50ID0gZnMucmVhZGRpclN5bmMoZGlyKS5maWx0ZXIoKGYpID0+IGYgIT09ICcuZ2l0Jyk7XG4gICAgaWYgKHByZXNlbnQubGVuZ3RoID4gMCAmJiAhZm9yY2UpIHtcbiAgICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke2Rpcn06IHRoZSBmb2xkZXIgaXMgbm90IGVtcHR5ICgke3ByZXNlbnQuc2xpY2UoMCwgMykuam9pbignLCAnKX0ke3ByZXNlbnQubGVuZ3RoID4gMyA/ICcsIC4uLicgOiAnJ30pLiBgXG4gICAgICAgICsgJ0ZpeDogbmFtZSBhIG5ldyBvciBlbXB0eSBmb2xkZXIsIG9yIGFkZCAtLWZvcmNlIHRvIHdyaXRlIHRoZSBsYWJcXCdzIGZpbGVzIGludG8gaXQgKGZpbGVzIG9mIHRoZSBzYW1lIG5hbWVzIGFyZSByZXBsYWNlZCknKTtcbiAgICB9XG4gIH1cbiAgY29uc3QgZmlsZXMgPSBsYWJSZXBvc2l0b3J5RmlsZXMobyk7XG4gIGZvciAoY29uc3QgW3JlbCwgY29udGVudF0gb2YgZmlsZXMpIHtcbiAgICBjb25zdCBmaWxlID0gcGF0aC5qb2luKGRpciwgcmVsKTtcbiAgICBmcy5ta2RpclN5bmMocGF0aC5kaXJuYW1lKGZpbGUpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KTtcbiAgICBmcy53cml0ZUZpbGVTeW5jKGZpbGUsIGNvbnRlbnQpO1xuICB9XG4gIC8vIFRoZSBsb2NrLCBzbyB0aGUgZmlyc3Qgc3ludGhlc2lzIGZpbmRzIGV2ZXJ5IHVpZCByZWNvcmRlZCAoYW5kIHNheXMgbm90aGluZyBhYm91dCBpdCkuXG4gIGNvbnN0IHJlZ2lzdHJ5ID0gVXNlclJlZ2lzdHJ5LmZyb21GaWxlKHBhdGguam9pbihkaXIsICd1c2Vycy55YW1sJykpO1xuICByZWdpc3RyeS53cml0ZUxvY2soKTtcbiAgcmV0dXJuIFsuLi5maWxlcy5rZXlzKCksICd1c2Vycy5sb2NrLmpzb24nXS5zb3J0KCk7XG59XG5cbmNvbnN0IE5BTUVfUkUgPSAvXlthLXpdW2EtejAtOS1dezAsMzl9JC87XG5jb25zdCBVU0VSX1JFID0gL15bYS16X11bYS16MC05Xy1dezAsMzF9JC87XG5cbmNvbnN0IGluaXQ6IENvbW1hbmQgPSB7XG4gIG5hbWU6ICdpbml0JyxcbiAgc3VtbWFyeTogJ1N0YXJ0IGEgbGFiIHJlcG9zaXRvcnkgb2YgeW91ciBvd246IHBhY2thZ2UuanNvbiwgQ0RLIGFwcCwgbGFiLCB1c2VycywgcG9saWN5LCBhIHRlbXBsYXRlJyxcbiAgZGVzY3JpcHRpb246IGBXcml0ZXMgYSByZWFkeSByZXBvc2l0b3J5IGludG8gPGRpcj46IHBhY2thZ2UuanNvbiB3aXRoICR7UEFDS0FHRX0gYW5kIGl0cyBwZWVycyBwaW5uZWQgdG8gdGhlXG52ZXJzaW9ucyBpdCB3YXMgdGVzdGVkIHdpdGgsIGNkay5qc29uIChhd3MpIG9yIGNka3RmLmpzb24gKGt1YmVybmV0ZXMsIHByb3htb3gpLCB0c2NvbmZpZy5qc29uLFxubWFpbi50cyB0aGF0IHJlYWRzIGxhYi55YW1sLCB1c2Vycy55YW1sIHdpdGggb25lIHVzZXIgKGFuZCBpdHMgbG9jayksIHBvbGljeS55YW1sLCBhIHRlbXBsYXRlIG9mXG50aGUgbGFiJ3Mgb3duIGluaGVyaXRpbmcgdGhlIGJ1bmRsZWQgcHl0aG9uLW1sLCAuZ2l0aWdub3JlIGFuZCBhIFJFQURNRSBvZiBuZXh0IHN0ZXBzLiBUaGVuXG5cIm5wbSBpbnN0YWxsICYmIG5weCBjZGsgc3ludGhcIiAoYXdzKSBvciBcIm5wbSBpbnN0YWxsICYmIG5wbSBydW4gc3ludGhcIiBzeW50aGVzaXplcyB0aGUgbGFiIHdpdGggbm9cbmVkaXQuIFRoZSBsYWIgaGFzIHByb3hpZWQgZWdyZXNzLCBzbyB0aGUgYnVuZGxlZCB0ZW1wbGF0ZXMgYm9vdC4gUmVmdXNlcyBhIGZvbGRlciB0aGF0IGlzIG5vdFxuZW1wdHkgdW5sZXNzIC0tZm9yY2UuYCxcbiAgYXJnczogW3sgbmFtZTogJ2RpcicsIGhlbHA6ICd0aGUgbmV3IHJlcG9zaXRvcnlcXCdzIGZvbGRlciAoY3JlYXRlZCB3aGVuIG1pc3NpbmcpJyB9XSxcbiAgb3B0aW9uczogW1xuICAgIHsgbmFtZTogJ2JhY2tlbmQnLCB2YWx1ZTogJ25hbWUnLCBoZWxwOiAnYXdzLCBrdWJlcm5ldGVzIG9yIHByb3htb3ggKGRlZmF1bHQ6IGF3cyknIH0sXG4gICAgeyBuYW1lOiAnbmFtZScsIHZhbHVlOiAnbGFiJywgaGVscDogJ2xhYiBuYW1lOiBsb3dlcmNhc2UgbGV0dGVycywgZGlnaXRzIGFuZCBcIi1cIiAoZGVmYXVsdDogZnJvbSB0aGUgZm9sZGVyIG5hbWUpJyB9LFxuICAgIHsgbmFtZTogJ293bmVyJywgdmFsdWU6ICd1c2VyJywgaGVscDogJ3RoZSBvbmUgcmVzZWFyY2ggdXNlciBvZiB1c2Vycy55YW1sIChkZWZhdWx0OiBhbGljZSknIH0sXG4gICAgeyBuYW1lOiAncmVnaW9uJywgdmFsdWU6ICdyZWdpb24nLCBoZWxwOiAnQVdTIHJlZ2lvbiAoZGVmYXVsdDogdXMtZWFzdC0xKScgfSxcbiAgICB7IG5hbWU6ICdwYWNrYWdlJywgdmFsdWU6ICdzcGVjJywgaGVscDogYG5wbSBzcGVjaWZpZXIgb2YgJHtQQUNLQUdFfSBpbiBwYWNrYWdlLmpzb24gKGRlZmF1bHQ6IF48dGhpcyB2ZXJzaW9uPjsgZS5nLiBmaWxlOi4uLyR7UEFDS0FHRX0udGd6KWAgfSxcbiAgICB7IG5hbWU6ICdmb3JjZScsIGhlbHA6ICd3cml0ZSBpbnRvIGEgZm9sZGVyIHRoYXQgaXMgbm90IGVtcHR5IChmaWxlcyBvZiB0aGUgc2FtZSBuYW1lcyBhcmUgcmVwbGFjZWQpJyB9LFxuICBdLFxuICBleGFtcGxlczogW1xuICAgICdyd3MgaW5pdCBnZW5vbWljcy1sYWInLFxuICAgICdyd3MgaW5pdCBnZW5vbWljcy1sYWIgLS1iYWNrZW5kIGt1YmVybmV0ZXMgLS1vd25lciBhbGljZScsXG4gICAgJ3J3cyBpbml0IHB2ZS1sYWIgLS1iYWNrZW5kIHByb3htb3ggLS1qc29uJyxcbiAgXSxcbiAgZXhpdENvZGVzOiAnICAwICB0aGUgcmVwb3NpdG9yeSB3YXMgd3JpdHRlblxcbiAgMiAgdXNhZ2Ugb3IgaW5wdXQgZXJyb3I6IGEgZm9sZGVyIHRoYXQgaXMgbm90IGVtcHR5ICh3aXRob3V0IC0tZm9yY2UpLCBhIGJhZCBiYWNrZW5kLCBsYWIgb3IgdXNlciBuYW1lJyxcbiAgcnVuKGN0eCwgaW5wdXQpIHtcbiAgICBjb25zdCBiYWNrZW5kVGV4dCA9IGlucHV0LnN0cignYmFja2VuZCcpID8/ICdhd3MnO1xuICAgIGlmICghKEJBQ0tFTkRTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhiYWNrZW5kVGV4dCkpIHtcbiAgICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWJhY2tlbmQgbXVzdCBiZSBvbmUgb2YgJHtCQUNLRU5EUy5qb2luKCcsICcpfSAoZ290IFwiJHtiYWNrZW5kVGV4dH1cIilgLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIH1cbiAgICBjb25zdCBiYWNrZW5kID0gYmFja2VuZFRleHQgYXMgQmFja2VuZDtcbiAgICBjb25zdCBkaXIgPSBwYXRoLnJlc29sdmUoY3R4LmN3ZCwgaW5wdXQuYXJnc1swXSk7XG4gICAgY29uc3QgbmFtZSA9IGlucHV0LnN0cignbmFtZScpID8/IGxhYk5hbWVPZihkaXIpO1xuICAgIGlmICghTkFNRV9SRS50ZXN0KG5hbWUpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1uYW1lIG11c3Qgc3RhcnQgd2l0aCBhIGxvd2VyY2FzZSBsZXR0ZXIgYW5kIGhvbGQgbG93ZXJjYXNlIGxldHRlcnMsIGRpZ2l0cyBhbmQgXCItXCIsIGF0IG1vc3QgNDAgKGdvdCBcIiR7bmFtZX1cIik7IGUuZy4gLS1uYW1lIGdlbm9taWNzYCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICB9XG4gICAgY29uc3Qgb3duZXIgPSBpbnB1dC5zdHIoJ293bmVyJykgPz8gJ2FsaWNlJztcbiAgICBpZiAoIVVTRVJfUkUudGVzdChvd25lcikgfHwgWydyb290JywgJ3VidW50dScsICdhZG1pbicsICdlYzItdXNlcicsICdyb2NreScsICdkZWJpYW4nLCAnbm9ib2R5J10uaW5jbHVkZXMob3duZXIpKSB7XG4gICAgICB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1vd25lciBtdXN0IGJlIGEgUE9TSVggdXNlciBuYW1lIHRoYXQgaXMgbm90IGEgc3lzdGVtIGFjY291bnQgKGdvdCBcIiR7b3duZXJ9XCIpOyBlLmcuIC0tb3duZXIgYWxpY2VgLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIH1cbiAgICBjb25zdCByZWdpb24gPSBpbnB1dC5zdHIoJ3JlZ2lvbicpID8/ICd1cy1lYXN0LTEnO1xuICAgIGlmICghL15bYS16XXsyfSgtW2Etel0rKSstXFxkJC8udGVzdChyZWdpb24pKSB0aHJvdyBuZXcgVXNhZ2VFcnJvcihgLS1yZWdpb24gaXMgbm90IGFuIEFXUyByZWdpb24gKGdvdCBcIiR7cmVnaW9ufVwiKTsgZS5nLiAtLXJlZ2lvbiBldS13ZXN0LTFgLCBjdHguY29tbWFuZE5hbWUpO1xuICAgIGNvbnN0IHZlcnNpb25zID0gcGFja2FnZVZlcnNpb25zKCk7XG4gICAgY29uc3QgcGFja2FnZVNwZWMgPSBpbnB1dC5zdHIoJ3BhY2thZ2UnKSA/PyAodmVyc2lvbnMudmVyc2lvbiA9PT0gJzAuMC4wJyA/ICcqJyA6IGBeJHt2ZXJzaW9ucy52ZXJzaW9ufWApO1xuICAgIGNvbnN0IGZpbGVzID0gd3JpdGVMYWJSZXBvc2l0b3J5KGRpciwgeyBiYWNrZW5kLCBuYW1lLCBvd25lciwgcmVnaW9uLCBwYWNrYWdlU3BlYywgdmVyc2lvbnMgfSwgaW5wdXQuZmxhZygnZm9yY2UnKSA9PT0gdHJ1ZSk7XG4gICAgY29uc3Qgc2hvd24gPSBzaG93blBhdGgoZGlyKTtcbiAgICBjb25zdCBuZXh0ID0gYmFja2VuZCA9PT0gJ2F3cydcbiAgICAgID8gW2BjZCAke3Nob3dufWAsICducG0gaW5zdGFsbCcsICducHggY2RrIHN5bnRoJ11cbiAgICAgIDogW2BjZCAke3Nob3dufWAsICducG0gaW5zdGFsbCcsICducG0gcnVuIHN5bnRoJ107XG4gICAgaWYgKGN0eC5vdXQuanNvbikge1xuICAgICAgY3R4Lm91dC5wcmludEpzb24oeyBkaXIsIGJhY2tlbmQsIG5hbWUsIG93bmVyLCBmaWxlcywgbmV4dCB9KTtcbiAgICB9IGVsc2Uge1xuICAgICAgY3R4Lm91dC5saW5lKGBsYWIgJHtuYW1lfSAoJHtiYWNrZW5kfSkgd3JpdHRlbiB0byAke3Nob3dufTpgKTtcbiAgICAgIGZvciAoY29uc3QgZiBvZiBmaWxlcykgY3R4Lm91dC5saW5lKGAgICR7Zn1gKTtcbiAgICAgIGN0eC5vdXQubGluZSgnJyk7XG4gICAgICBjdHgub3V0LmxpbmUoJ05leHQ6Jyk7XG4gICAgICBmb3IgKGNvbnN0IG4gb2YgbmV4dCkgY3R4Lm91dC5saW5lKGAgICR7bn1gKTtcbiAgICB9XG4gICAgcmV0dXJuIEVYSVRfT0s7XG4gIH0sXG59O1xuXG4vKiogYHJ3cyBpbml0YC4gKi9cbmV4cG9ydCBjb25zdCBpbml0R3JvdXA6IENvbW1hbmRHcm91cCA9IHtcbiAgbmFtZTogJ2luaXQnLFxuICBzdW1tYXJ5OiAnU3RhcnQgYSBsYWIgcmVwb3NpdG9yeSBvZiB5b3VyIG93biAocndzIGluaXQgPGRpcj4gWy0tYmFja2VuZCBhd3N8a3ViZXJuZXRlc3xwcm94bW94XSknLFxuICBjb21tYW5kczogW2luaXRdLFxufTtcbiJdfQ==