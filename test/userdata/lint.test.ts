/**
 * Real checks over a matrix of generated user-data: every OS × templates written here and
 * every bundled template × storage, delivery, secrets and developer options. shellcheck must
 * find nothing in any script the generator wrote, and `cloud-init schema` must accept every
 * cloud-config.
 */
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EgressMode, OperatingSystem, ResolvedTemplate, TemplateCatalog } from '../../src';
import { bigRegistry, labPolicy, labRegistry, template, TEMPLATES } from './helpers/fixtures';
import { requireTool } from './helpers/tools';
import {
  DeveloperLanguage, IdleAction, RegistryDelivery, SecretReference, StorageLayout, StorageSource, WorkspacePlatform, WorkspaceUserData,
  WorkspaceUserDataOptions,
} from '../../src/workspaces/userdata';
import { serviceKind, ServiceKind } from '../../src/workspaces/userdata/private/plan';

const OSES = [
  OperatingSystem.UBUNTU_22_04, OperatingSystem.UBUNTU_24_04, OperatingSystem.DEBIAN_12, OperatingSystem.ROCKY_9, OperatingSystem.AMAZON_LINUX_2023,
];
const DNF = new Set<string>([OperatingSystem.ROCKY_9, OperatingSystem.AMAZON_LINUX_2023]);

interface Case {
  readonly name: string;
  readonly options: WorkspaceUserDataOptions;
}

function ownTemplate(slug: string, osName: string) {
  let text = TEMPLATES[slug].replace(/^base: .*$/m, `base: ${osName}`);
  if (DNF.has(osName)) text = text.replace(/^package_manager: apt$/m, 'package_manager: dnf');
  const c = new TemplateCatalog();
  c.addYaml(text, `test/${slug}.yml`);
  return c.resolve(slug);
}

/** The option variations each template is generated with. */
function variations(): Array<[string, Partial<WorkspaceUserDataOptions>]> {
  return [
    // With the CloudWatch agent (a monitored lab's workspaces).
    ['efs+inline+agent', { storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1', iam: true }) }, cloudWatchAgent: {} }],
    ['nfs+group-shared+s3', {
      storage: { source: StorageSource.nfs({ server: '10.0.0.5', exportPath: '/export/lab' }), layout: StorageLayout.GROUP_SHARED, sharedGroup: 'researchers' },
      registryDelivery: RegistryDelivery.s3('lab-bucket', 'users.tsv.gz'),
      idle: { action: IdleAction.HIBERNATE },
    }],
    ['acl+ssm+secrets+developer', {
      storage: { source: StorageSource.preMounted(), mountPoint: '/data', layout: StorageLayout.POSIX_ACL },
      registryDelivery: RegistryDelivery.ssmParameters('/lab/registry'),
      secrets: {
        jupyterToken: SecretReference.secretsManager('arn:aws:secretsmanager:us-east-1:123456789012:secret:jt-AbCdEf'),
        servicePassword: SecretReference.ssmParameter('/lab/pw'),
        githubToken: SecretReference.file('/run/secrets/gh'),
      },
      developer: { zsh: true, dotfilesRepository: 'https://github.com/alice/dotfiles.git', bootstrapScript: 'echo hi', languages: Object.values(DeveloperLanguage) },
    }],
    ['kubernetes+file', { platform: WorkspacePlatform.KUBERNETES, registryDelivery: RegistryDelivery.file('/etc/lab/registry.tsv.gz'), users: ['bob', 'carol'], owner: 'bob' }],
    // Every service with a port is published (see withPublished); the tools come from SSM, as
    // ResearchWorkspace delivers them.
    // Proxied, not offline: the claim check needs the load balancer's public keys.
    ['proxied+efs-plain+published+selection', {
      egress: EgressMode.PROXIED,
      toolsParameterPrefix: '/rws-tools/0123456789abcdef',
      storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'eu-west-1', plainNfsFallback: true }) },
      users: ['alice', 'bob', 'carol'],
      syncSelection: ['alice', 'bob', 'carol', 'dave'],
      secrets: { jupyterToken: SecretReference.secretsManager('arn:aws:secretsmanager:eu-west-1:123456789012:secret:jt-AbCdEf') },
    }],
  ];
}

/** Publishes every service with a port of the template in the variation that asks for it. */
function withPublished(v: string, t: ResolvedTemplate, options: Partial<WorkspaceUserDataOptions>): Partial<WorkspaceUserDataOptions> {
  if (!v.includes('published')) return options;
  // Only services the workspace runs can be put behind the claim check (the others are an error).
  const runs = (s: { name: string; command?: string }) => ![ServiceKind.SYSTEM, ServiceKind.CUSTOM].includes(serviceKind(s as never));
  return {
    ...options,
    publishedServices: (t.definition.services ?? []).filter((s) => s.port !== undefined && runs(s)).map((s) => s.name),
    gateway: { signerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lab-web/0123456789abcdef', region: 'eu-west-1', allowedEmails: ['alice@example.edu'], codeParameterPrefix: '/lab/web-gateway/claim-check' },
  };
}

/**
 * The matrix: every OS × every template written here, each pair with one of the option
 * variations so that every template and every OS meets every variation; every bundled
 * template with two variations; one large registry.
 */
function cases(): Case[] {
  const out: Case[] = [];
  const reg = labRegistry();
  const vars = variations();
  const slugs = Object.keys(TEMPLATES);
  OSES.forEach((osName, i) => slugs.forEach((slug, j) => {
    const [v, extra] = vars[(i + j) % vars.length];
    const owner = extra.owner ?? (slug === 'group-lab' ? 'bob' : 'alice');
    const t = ownTemplate(slug, osName);
    out.push({ name: `${osName}/${slug}/${v}`, options: { template: t, registry: reg, owner, policy: labPolicy(), ...withPublished(v, t, extra) } });
  }));
  const bundled = TemplateCatalog.fromDirectory(TemplateCatalog.bundledDirectory(), { strict: false }).check().resolved;
  bundled.forEach((t, k) => {
    for (const [v, extra] of [vars[k % vars.length], vars[(k + 2) % vars.length]]) {
      const owner = extra.owner ?? t.definition.users?.[0]?.name ?? 'alice';
      const sel = v.includes('selection') && !['alice', 'bob', 'carol'].includes(owner) ? { users: undefined, syncSelection: undefined } : {};
      out.push({ name: `bundled/${t.slug}/${v}`, options: { template: t, registry: reg, owner, ...withPublished(v, t, extra), ...sel } });
    }
  });
  out.push({ name: 'big/1000-users-ssm', options: { template: template('minimal'), registry: bigRegistry(1000, false) } });
  // The lab's Lustre scratch on a workstation (with and without the shared storage).
  for (const storage of [true, false]) {
    out.push({
      name: `lustre/${storage ? 'with' : 'without'}-storage`,
      options: {
        template: template('lab-jupyter'),
        registry: reg,
        owner: 'alice',
        storage: storage ? { source: StorageSource.nfs({ server: 'nfs.lab.example.edu', exportPath: '/export/lab' }) } : undefined,
        lustre: { dnsName: 'fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com', mountName: 'abcdefgh' },
      },
    });
  }
  // A workstation of a lab whose homes are on FSx for OpenZFS (ResearchWorkspace.openZfsStorage).
  out.push({
    name: 'openzfs/homes',
    options: {
      template: template('lab-jupyter'),
      registry: reg,
      owner: 'alice',
      storage: {
        source: StorageSource.nfs({ server: 'fs-0123456789abcdef0.fsx.us-east-1.amazonaws.com', exportPath: '/fsx' }),
        mountPoint: '/shared',
        homesOnSharedStorage: true,
        homeSubdirectory: 'home',
      },
    },
  });
  return out;
}

/** Runs commands with at most `n` at a time. */
async function pool<T>(items: T[], n: number, run: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: n }, async () => {
    for (let it = queue.shift(); it !== undefined; it = queue.shift()) await run(it);
  }));
}

function spawnAsync(cmd: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args);
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('error', reject);
    p.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

let dir: string;
const scripts = new Map<string, { file: string; shell: string; from: string }>();
const configs = new Map<string, { file: string; from: string }>();
const generationErrors: string[] = [];
let caseCount = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-lint-'));
  for (const c of cases()) {
    caseCount++;
    let ud: WorkspaceUserData;
    try {
      ud = WorkspaceUserData.generate(c.options);
    } catch (e: any) {
      generationErrors.push(`${c.name}: ${e.message}`);
      continue;
    }
    expect(ud.sizeBytes).toBeLessThanOrEqual(ud.maxBytes);
    for (const s of ud.generatedScripts()) {
      const h = crypto.createHash('sha256').update(s.shell + s.content).digest('hex').slice(0, 16);
      if (!scripts.has(h)) {
        const file = path.join(dir, `${h}.${s.shell}`);
        fs.writeFileSync(file, s.content);
        scripts.set(h, { file, shell: s.shell, from: `${c.name}: ${s.name}` });
      }
    }
    const h = crypto.createHash('sha256').update(ud.cloudConfig).digest('hex').slice(0, 16);
    if (!configs.has(h)) {
      const file = path.join(dir, `${h}.yaml`);
      fs.writeFileSync(file, ud.cloudConfig);
      configs.set(h, { file, from: c.name });
    }
  }
}, 600_000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('generated user-data over the matrix', () => {
  test('every case generates (templates written here and every bundled template)', () => {
    expect(generationErrors).toEqual([]);
    expect(caseCount).toBeGreaterThanOrEqual(OSES.length * Object.keys(TEMPLATES).length + 1);
  });

  test('shellcheck finds nothing in any generated script', async () => {
    if (!requireTool('shellcheck', 'the shellcheck check of generated scripts')) return;
    expect(scripts.size).toBeGreaterThan(20);
    const findings: string[] = [];
    const batches: Array<{ shell: string; files: Array<{ file: string; from: string }> }> = [];
    for (const shell of ['bash', 'sh']) {
      const files = [...scripts.values()].filter((s) => s.shell === shell);
      for (let i = 0; i < files.length; i += 8) batches.push({ shell, files: files.slice(i, i + 8) });
    }
    await pool(batches, Math.max(2, os.cpus().length), async (b) => {
      const r = await spawnAsync('shellcheck', ['-s', b.shell, '-f', 'json1', ...b.files.map((f) => f.file)]);
      for (const cm of JSON.parse(r.stdout || '{"comments":[]}').comments as any[]) {
        findings.push(`${b.files.find((f) => f.file === cm.file)!.from}:${cm.line}: SC${cm.code} ${cm.level}: ${cm.message}`);
      }
    });
    expect(findings.sort()).toEqual([]);
  }, 600_000);

  test('the bundle and the standalone scripts parse with bash -n', () => {
    for (const s of [...scripts.values()].filter((x) => x.shell === 'bash')) {
      const r = spawnSync('bash', ['-n', s.file], { encoding: 'utf8' });
      expect(`${s.from}: ${r.stderr}`).toBe(`${s.from}: `);
    }
  });

  test('cloud-init schema accepts every generated cloud-config', () => {
    if (!requireTool('cloud-init', 'the cloud-init schema check')) return;
    expect(configs.size).toBeGreaterThan(10);
    const all = [...configs.values()];
    // The command line on a few (about a second each)...
    for (const c of all.slice(0, 3)) {
      const r = spawnSync('cloud-init', ['schema', '--config-file', c.file], { encoding: 'utf8' });
      expect(`${c.from}: ${r.status} ${r.stdout.trim()}`).toBe(`${c.from}: 0 Valid cloud-config: ${c.file}`);
    }
    // ... and the very function it calls on every one, in one cloud-init process.
    const python = fs.readFileSync(execFileSync('bash', ['-c', 'command -v cloud-init'], { encoding: 'utf8' }).trim(), 'utf8').split('\n')[0].replace(/^#!\s*/, '');
    const script = [
      'import sys, json',
      'from cloudinit.config.schema import get_schema, validate_cloudconfig_file',
      'schema = get_schema()',
      'bad = {}',
      'for f in sys.argv[1:]:',
      '    try:',
      '        validate_cloudconfig_file(f, schema)',
      '    except Exception as e:',
      '        bad[f] = str(e)',
      'print(json.dumps(bad))',
    ].join('\n');
    const bad = JSON.parse(execFileSync(python, ['-c', script, ...all.map((c) => c.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    expect(Object.entries(bad).map(([f, e]) => `${all.find((c) => c.file === f)!.from}: ${e}`)).toEqual([]);
  }, 600_000);
});
