/**
 * WorkspaceUserData without a machine: options checked with clear errors, the 16 KB limit and
 * the registry delivery decision, the MIME message as cloud-init itself parses it, and the
 * embedded scripts kept in step with their sources.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import * as fc from 'fast-check';
import { TemplateCatalog, UserRegistry } from '../../src';
import { bigRegistry, labRegistry, template, templateFrom } from './helpers/fixtures';
import { requireTool } from './helpers/tools';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import {
  DeveloperLanguage, IdleAction, RegistryDelivery, RegistryDeliveryMode, SecretReference, StorageLayout, StorageSource, WorkspacePlatform,
  WorkspaceUserData, WorkspaceUserDataOptions,
} from '../../src/workspaces/userdata';
import { shq } from '../../src/workspaces/userdata/private/shell';

const REPO = path.resolve(__dirname, '..', '..');
const base = (extra: Partial<WorkspaceUserDataOptions> = {}): WorkspaceUserDataOptions => ({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', ...extra });

function errorOf(f: () => unknown): WorkspaceInputError {
  try {
    f();
  } catch (e) {
    if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
    throw e;
  }
  throw new Error('expected a WorkspaceInputError');
}

/** The python that runs cloud-init (its modules are importable there). */
function cloudInitPython(): string {
  const ci = execFileSync('bash', ['-c', 'command -v cloud-init'], { encoding: 'utf8' }).trim();
  return fs.readFileSync(ci, 'utf8').split('\n')[0].replace(/^#!\s*/, '').split(' ')[0];
}

describe('quoting', () => {
  test('any value quoted by the generator reaches bash and sh as exactly that value (property, 500 samples)', () => {
    const chars = [...'$`"\'\\ !;&|<>(){}[]*?~#%=:,.@+-_/\n\t\rabcXYZ019é日'];
    const values = fc.sample(fc.string({ unit: fc.constantFrom(...chars), maxLength: 24 }), { numRuns: 500, seed: 42 });
    const script = `printf '%s\\0' ${values.map(shq).join(' ')}`;
    for (const sh of ['bash', 'sh']) {
      const out = execFileSync(sh, ['-c', script], { encoding: 'utf8' });
      expect(out.split('\0').slice(0, -1)).toEqual(values);
    }
  });
});

describe('the embedded scripts', () => {
  test('scripts.generated.ts matches the .sh sources (run scripts/embed.js after editing them)', () => {
    const r = spawnSync('node', [path.join(REPO, 'src/workspaces/userdata/scripts/embed.js'), '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  test('only the functions a workspace uses are composed into its provisioning', () => {
    const small = WorkspaceUserData.generate({ template: template('minimal') });
    const main = small.generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
    expect(main).not.toContain('rws_net_miniforge');
    expect(main).not.toContain('rws_mount');
    expect(main).not.toContain('rws_registry_fetch');
    const conda = WorkspaceUserData.generate({ template: template('group-lab'), registry: labRegistry(), owner: 'bob' });
    const main2 = conda.generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
    expect(main2).toContain('rws_net_miniforge() {');
    expect(main2).toContain('rws_net_code_server() {');
    expect(main2).not.toContain('rws_net_spack() {');
  });
});

describe('options are checked, each problem with field, value and fix', () => {
  test.each<[string, Partial<WorkspaceUserDataOptions>, RegExp]>([
    ['an owner that is root', { owner: 'root' }, /owner: .*never run as root.*\(got "root"\)\. Fix: /],
    ['an unknown owner', { owner: 'zed' }, /owner "zed" is neither a selected registry user nor a template user.*Fix: use one of alice, bob, carol, dave/],
    ['an unknown selected user', { users: ['alice', 'mallory'] }, /user "mallory" is not in the registry test\/lab-users.yaml/],
    ['EFS with POSIX ACLs', { storage: { source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'us-east-1' }), layout: StorageLayout.POSIX_ACL } },
      /Amazon EFS does not support POSIX ACLs.*Fix: use StorageLayout.GROUP_SHARED/],
    ['GROUP_SHARED without its group', { storage: { source: StorageSource.preMounted(), layout: StorageLayout.GROUP_SHARED } }, /sharedGroup: .*needs the lab group/],
    ['a bad EFS id', { storage: { source: StorageSource.efs({ fileSystemId: 'fs-$(reboot)', region: 'us-east-1' }) } }, /not an EFS file system id \(got "fs-\$\(reboot\)"\)/],
    ['NFS options with a space', { storage: { source: StorageSource.nfs({ server: 'nfs', exportPath: '/x', mountOptions: 'hard; reboot' }) } }, /mount options must be/],
    ['a mount point with a quote', { storage: { source: StorageSource.preMounted(), mountPoint: "/sh'ared" } }, /mount point must be an absolute path/],
    ['a dotfiles URL over http', { developer: { dotfilesRepository: 'http://github.com/a/b' } }, /must be an https:\/\/ URL/],
    ['a secret that is not an ARN', { secrets: { jupyterToken: SecretReference.secretsManager('lab/token') } }, /not a valid secretsmanager reference.*full ARN/],
    ['a relative log file', { logFile: 'provision.log' }, /log file must be an absolute path/],
    ['an idle threshold of 0', { idle: { thresholdMinutes: 0 } }, /idle.thresholdMinutes: .*whole number/],
    ['an S3 key with a space', { registryDelivery: RegistryDelivery.s3('lab-bucket', 'a b') }, /not a valid S3 bucket and key/],
  ])('%s', (_name, extra, message) => {
    const e = errorOf(() => WorkspaceUserData.generate(base(extra)));
    expect(e.message).toMatch(message);
    expect(e.message).toContain('lab-jupyter');
  });

  test('template values that could run code are rejected: an option-like package, a file path with .., a service name, a bind address', () => {
    const t = templateFrom(`
name: Bad
slug: bad
description: bad values
base: ubuntu-24.04
package_manager: apt
packages: { system: ["--allow-unauthenticated"] }
services:
  - { name: "web;reboot", port: 80 }
  - { name: jupyter, port: 8888, bind_address: "0.0.0.0 --allow-root" }
files:
  - { destination: "/etc/../root/.ssh/authorized_keys", content: x }
  - { destination: /etc/x, content: x, owner: "root;id" }
`, 'bad');
    const e = errorOf(() => WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner: 'alice' }));
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-bind-address', 'invalid-destination', 'invalid-owner', 'invalid-package', 'invalid-service-name']);
    expect(e.message).toMatch(/^bad: 5 problems in the user-data options/);
    for (const d of e.diagnostics) {
      expect(d.fix).toBeTruthy();
      expect(d.location?.file).toBe('test/bad.yml');
    }
  });

  test('a template parameter cannot carry shell code: the model rejects it before any script is written', () => {
    const cat = new TemplateCatalog();
    cat.addYaml('name: P\nslug: p\ndescription: x\nbase: debian-12\nparameters: { note: { type: string, default: ok } }\npost_install: "echo {{.note}}"\n', 'p.yml');
    for (const bad of ['$(touch /tmp/pwned-param)', '`id`', 'a; reboot', "it's", 'a\nb']) {
      expect(() => cat.resolve('p', { note: bad })).toThrow(/note/);
    }
    expect(cat.resolve('p', { note: 'plain text 1.0' }).definition.postInstall).toBe('echo plain text 1.0');
  });

  test('a template that requires shared storage fails without it', () => {
    const t = templateFrom('name: NeedsEfs\nslug: needs-efs\ndescription: x\nbase: debian-12\nresearch_user: { require_efs: true }\n', 'needs-efs');
    expect(() => WorkspaceUserData.generate({ template: t })).toThrow(/requires shared storage \(research_user.require_efs\).*Fix: pass storage/);
  });

  test('services need an owner', () => {
    expect(() => WorkspaceUserData.generate({ template: template('lab-jupyter') })).toThrow(/service "jupyter" needs a user to run as/);
  });

  test('warnings: hard-coded Jupyter token and address are dropped; a service beyond localhost without authentication is flagged', () => {
    const ud = WorkspaceUserData.generate(base());
    expect(ud.warnings.map((w) => w.value)).toEqual(["\"c.ServerApp.token = 'research'\"", "\"c.ServerApp.ip = '0.0.0.0'\""]);
    const t = templateFrom('name: Open\nslug: open\ndescription: x\nbase: debian-12\nservices: [{ name: streamlit, port: 8501, bind_address: 0.0.0.0 }]\n', 'open');
    const w = WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner: 'bob' }).warnings;
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('listens on 0.0.0.0 and has no authentication of its own');
  });
});

describe('size: within EC2\'s 16 KB for any lab', () => {
  test('a small lab is inline and compressed below the limit', () => {
    const ud = WorkspaceUserData.generate(base());
    expect(ud.registryPayload!.mode).toBe(RegistryDeliveryMode.INLINE);
    expect(ud.compressed).toBe(true);
    expect(ud.sizeBytes).toBeLessThanOrEqual(WorkspaceUserData.EC2_LIMIT_BYTES);
    expect(Buffer.from(ud.renderBase64(), 'base64').length).toBe(ud.sizeBytes);
    expect(zlib.gunzipSync(Buffer.from(ud.renderBase64(), 'base64')).toString('utf8')).toBe(ud.renderMime());
    expect(ud.renderMime()).toContain(labRegistry().user('alice').sshKeys[0].line);
  });

  test('10,000 users with AUTO delivery switch to fetching, and the user-data stays small', () => {
    const reg = bigRegistry(10000);
    const ud = WorkspaceUserData.generate({
      template: template('lab-jupyter'), registry: reg, owner: 'u00000', registryDelivery: RegistryDelivery.auto(RegistryDelivery.s3('lab-bucket', 'registry/users.tsv.gz')),
    });
    expect(ud.registryPayload!.mode).toBe(RegistryDeliveryMode.S3);
    expect(ud.registryPayload!.userCount).toBe(10000);
    expect(ud.sizeBytes).toBeLessThanOrEqual(16384);
    expect(ud.renderMime()).toContain(ud.registryPayload!.sha256);
    expect(ud.renderMime()).not.toContain(reg.users[5].sshKeys[0].line.split(' ')[1]);
    expect(zlib.gunzipSync(Buffer.from(ud.registryPayload!.gzipBase64, 'base64')).toString('utf8')).toBe(ud.registryPayload!.content);
  });

  test('AUTO on AWS falls back to SSM parameters by default, split into standard-tier values', () => {
    const reg = bigRegistry(300);
    const ud = WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: reg, owner: 'u00000' });
    const p = ud.registryPayload!;
    expect(p.mode).toBe(RegistryDeliveryMode.SSM_PARAMETERS);
    expect(p.location).toBe('/research-workspaces/lab-jupyter/registry');
    expect(p.parameters.length).toBeGreaterThan(1);
    p.parameters.forEach((x, i) => {
      expect(x.name).toBe(`/research-workspaces/lab-jupyter/registry/${i}`);
      expect(x.value.length).toBeLessThanOrEqual(4096);
    });
    expect(zlib.gunzipSync(Buffer.from(p.parameters.map((x) => x.value).join(''), 'base64')).toString('utf8')).toBe(p.content);
  });

  test('an INLINE request that cannot fit: a clear error with the size and the fix', () => {
    const e = errorOf(() => WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: bigRegistry(1000), owner: 'u00000', registryDelivery: RegistryDelivery.inline() }));
    expect(e.message).toMatch(/the user-data is \d+ bytes after compression \(\d+ raw\), above the 16384-byte limit of EC2; the registry is inline/);
    expect(e.message).toContain('Fix: deliver the registry separately: registryDelivery: RegistryDelivery.auto(RegistryDelivery.s3(bucket, key))');
  });

  test('too large even with the registry fetched: the error names the largest content', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `line ${i} ${Math.random().toString(36)}`).join('\n');
    const t = templateFrom(`name: Big\nslug: big\ndescription: x\nbase: debian-12\nfiles:\n  - destination: /etc/big.txt\n    content: |\n${big.split('\n').map((l) => `      ${l}`).join('\n')}\n`, 'big');
    const e = errorOf(() => WorkspaceUserData.generate({ template: t, registry: bigRegistry(20), registryDelivery: RegistryDelivery.s3('lab-bucket', 'r.gz') }));
    expect(e.message).toContain('the registry is already fetched (s3)');
    expect(e.message).toMatch(/Fix: move large content out of the user-data: files\[\]\.content to source: s3:\/\/.*\(largest: files\/0 \d+ bytes/);
  });

  test('SSM delivery refuses a registry that needs too many parameters', () => {
    const d = RegistryDelivery.ssmParameters('/lab/registry', { maxParameters: 10 });
    expect(() => WorkspaceUserData.generate({ template: template('minimal'), registry: bigRegistry(2000), registryDelivery: d }))
      .toThrow(/needs \d+ SSM parameters of 4096 characters, more than 10.*Fix: deliver it from S3 instead/);
  });

  test('Kubernetes has a ConfigMap-sized limit and a file fallback; other platforms need a location', () => {
    const k = WorkspaceUserData.generate({ template: template('minimal'), registry: bigRegistry(3000), platform: WorkspacePlatform.KUBERNETES, maxUserDataBytes: 16384 });
    expect(k.registryPayload!.mode).toBe(RegistryDeliveryMode.FILE);
    expect(k.maxBytes).toBe(16384);
    expect(WorkspaceUserData.generate({ template: template('minimal'), platform: WorkspacePlatform.PROXMOX }).maxBytes).toBe(1048576);
    expect(() => WorkspaceUserData.generate({ template: template('minimal'), registry: bigRegistry(3000), platform: WorkspacePlatform.PROXMOX, maxUserDataBytes: 16384 }))
      .toThrow(/has no default place to fetch the registry from.*Fix: pass registryDelivery: RegistryDelivery.auto\(RegistryDelivery.httpUrl/);
  });

  test('output is deterministic: the same inputs give the same bytes', () => {
    const a = WorkspaceUserData.generate(base());
    const b = WorkspaceUserData.generate(base());
    expect(a.renderBase64()).toBe(b.renderBase64());
    expect(a.provisioningScript()).toBe(b.provisioningScript());
  });
});

describe('the multipart message as cloud-init reads it', () => {
  const python = (script: string, file: string): string => execFileSync(cloudInitPython(), ['-c', script, file], { encoding: 'utf8' });

  test('cloud-init\'s own user-data processor finds the cloud-config and shell parts (gzip and plain)', () => {
    if (!requireTool('cloud-init', 'the MIME structure check')) return;
    const ud = WorkspaceUserData.generate(base({ storage: { source: StorageSource.nfs({ server: 'nfs', exportPath: '/lab' }) } }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-mime-'));
    try {
      fs.writeFileSync(path.join(dir, 'ud.bin'), Buffer.from(ud.renderBase64(), 'base64'));
      fs.writeFileSync(path.join(dir, 'ud.txt'), ud.renderMime());
      const script = [
        'import sys, json',
        'from cloudinit import user_data, helpers',
        'msg = user_data.UserDataProcessor(helpers.Paths({})).process(open(sys.argv[1], "rb").read())',
        'print(json.dumps([[p.get_content_type(), p.get_filename(), p.get_payload(decode=True).decode()] for p in msg.walk() if not p.is_multipart()]))',
      ].join('\n');
      for (const f of ['ud.bin', 'ud.txt']) {
        const parts = JSON.parse(python(script, path.join(dir, f)));
        expect(parts.map((p: string[]) => [p[0], p[1]])).toEqual([['text/cloud-config', 'cloud-config.yaml'], ['text/x-shellscript', 'provision.sh']]);
        expect(parts[0][2]).toBe(ud.cloudConfig);
        expect(parts[1][2]).toBe(ud.parts[1].content);
      }
      // PyYAML (cloud-init's parser) reads every payload file back byte for byte.
      fs.writeFileSync(path.join(dir, 'cc.yaml'), ud.cloudConfig);
      const files = JSON.parse(python('import sys, json, yaml\nprint(json.dumps(yaml.safe_load(open(sys.argv[1]).read())["write_files"]))', path.join(dir, 'cc.yaml')));
      const bundle = ud.provisioningScript();
      expect(files.length).toBeGreaterThan(5);
      for (const f of files) {
        expect(f.owner).toBe('root:root');
        expect(f.permissions).toMatch(/^0[0-7]{3}$/);
        const name = f.path.replace('/var/lib/research-workspace/payload/', '');
        expect(bundle).toContain(`"$d/${name}"`);
      }
      const quote = files.find((f: any) => f.path.endsWith('/files/0'));
      expect(quote.content).toBe(template('lab-jupyter').definition.files![0].content);
      const noNewline = files.find((f: any) => f.path.endsWith('/files/1'));
      expect(noNewline.content).toBe('no trailing newline');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('developer conveniences and languages', () => {
  test('languages become distribution packages; zsh and the GitHub token are wired to the owner', () => {
    const ud = WorkspaceUserData.generate(base({
      developer: { zsh: true, languages: [DeveloperLanguage.PYTHON, DeveloperLanguage.NODE, DeveloperLanguage.GO, DeveloperLanguage.RUST] },
      secrets: { githubToken: SecretReference.ssmParameter('/lab/gh') },
    }));
    const main = ud.generatedScripts().find((s) => s.name === 'bin/rws-provision')!.content;
    for (const w of ['rws_want_cmd python3 python3 python3', 'rws_want_cmd node nodejs nodejs', 'rws_want_cmd go golang-go golang',
      'rws_want_cmd cargo cargo cargo', 'rws_want_cmd zsh zsh zsh', 'rws_want_pkg gh -']) {
      expect(main).toContain(w);
    }
    expect(main).toContain('rws_sync_users -H /home -s alice:/usr/bin/zsh "$RWS_PAYLOAD/registry.tsv"');
    expect(main).toContain('rws_dev_github alice ssm /lab/gh');
  });

  test('idle options override the template; HIBERNATE uses the hibernate threshold', () => {
    const ud = WorkspaceUserData.generate({ template: template('group-lab'), registry: labRegistry(), owner: 'bob', idle: { action: IdleAction.HIBERNATE, cpuThresholdPercent: 25 } });
    const conf = ud.cloudConfig;
    expect(conf).toContain('IDLE_MINUTES=45');
    expect(conf).toContain('CPU_PERCENT=25');
    expect(conf).toContain('ACTION=hibernate');
    const off = WorkspaceUserData.generate({ template: template('group-lab'), registry: labRegistry(), owner: 'bob', idle: { enabled: false } });
    expect(off.cloudConfig).not.toContain('rws-idle');
  });

  test('the registry file format', () => {
    const reg = UserRegistry.fromProps({
      groups: [{ name: 'lab', gid: 7000 }],
      users: [{ name: 'ann', uid: 5100, groups: ['lab'], sudo: true, shell: '/bin/zsh' }, { name: 'ben', uid: 5101, primaryGroup: 'lab' }],
    });
    expect(WorkspaceUserData.registryFile(reg)).toBe([
      '# research-workspace registry v1',
      'G\tlab\t7000',
      'U\tann\t5100\tann\t5100\t/bin/zsh\t1\tlab',
      'U\tben\t5101\tlab\t7000\t/bin/bash\t0\t-',
      '',
    ].join('\n'));
    expect(WorkspaceUserData.registryFile(reg, ['ben'])).not.toContain('ann');
  });
});
