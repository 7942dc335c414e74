/**
 * WorkspaceUserData without a machine: options checked with clear errors, the 16 KB limit and
 * the registry delivery decision, the MIME message as cloud-init itself parses it, and the
 * embedded scripts kept in step with their sources.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import * as fc from 'fast-check';
import { EgressMode, TemplateCatalog, UserRegistry } from '../../src';
import { bigRegistry, labPolicy, labRegistry, template, templateFrom } from './helpers/fixtures';
import { requireTool } from './helpers/tools';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import {
  DeveloperLanguage, IdleAction, RegistryDelivery, RegistryDeliveryMode, SecretReference, StorageLayout, StorageSource, WorkspacePlatform,
  WorkspaceUserData, WorkspaceUserDataOptions,
} from '../../src/workspaces/userdata';
import { SCRIPTS } from '../../src/workspaces/userdata/private/scripts.generated';
import { shq } from '../../src/workspaces/userdata/private/shell';
import { inputErrorOf as errorOf } from '../helpers/errors';

const REPO = path.resolve(__dirname, '..', '..');
const base = (extra: Partial<WorkspaceUserDataOptions> = {}): WorkspaceUserDataOptions => ({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', ...extra });

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
    const main = mainOf(small);
    expect(main).not.toContain('rws_net_miniforge');
    expect(main).not.toContain('rws_mount');
    expect(main).not.toContain('rws_registry_fetch');
    const conda = WorkspaceUserData.generate({ template: template('group-lab'), policy: labPolicy(), registry: labRegistry(), owner: 'bob' });
    const main2 = mainOf(conda);
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
    // The template parser refuses most of them when the file is loaded...
    const parsed = (() => {
      try {
        templateFrom(`
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
  - { destination: /etc/x, content: x, owner: "root;id" }
`, 'bad');
      } catch (e) {
        if (WorkspaceInputError.isWorkspaceInputError(e)) return e;
        throw e;
      }
      throw new Error('expected the parser to refuse the template');
    })();
    expect(parsed.diagnostics.map((d) => d.value).sort()).toEqual(['"--allow-unauthenticated"', '"0.0.0.0 --allow-root"', '"root;id"', '"web;reboot"']);
    for (const d of parsed.diagnostics) {
      expect(d.fix).toBeTruthy();
      expect(d.location?.file).toBe('test/bad.yml');
    }
    // ... and the generator checks again what reaches it (a destination with ..).
    const t = templateFrom(`
name: Bad
slug: bad
description: bad values
base: ubuntu-24.04
package_manager: apt
files:
  - { destination: "/etc/../root/.ssh/authorized_keys", content: x }
`, 'bad');
    const e = errorOf(() => WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner: 'alice' }));
    expect(e.diagnostics.map((d) => d.code)).toEqual(['invalid-destination']);
    expect(e.diagnostics[0].fix).toBeTruthy();
    expect(e.diagnostics[0].location?.file).toBe('test/bad.yml');
  });

  test('a template parameter cannot carry shell code: the model rejects it before any script is written', () => {
    const cat = new TemplateCatalog();
    cat.addYaml('name: P\nslug: p\ndescription: x\nbase: debian-12\nparameters: { note: { type: string, default: ok } }\npost_install: "echo {{.note}}"\n', 'p.yml');
    for (const bad of ['$(touch /tmp/pwned-param)', '`id`', 'a; reboot', "it's", 'a\nb']) {
      expect(() => cat.resolve('p', { note: bad })).toThrow(/note/);
    }
    // A free-text value is one quoted word (issue 13.6), never split into arguments.
    expect(cat.resolve('p', { note: 'plain text 1.0' }).definition.postInstall).toBe("echo 'plain text 1.0'");
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
    const main = mainOf(ud);
    for (const w of ['rws_want_cmd python3 python3 python3', 'rws_want_cmd node nodejs nodejs', 'rws_want_cmd go golang-go golang',
      'rws_want_cmd cargo cargo cargo', 'rws_want_cmd zsh zsh zsh', 'rws_want_pkg gh -']) {
      expect(main).toContain(w);
    }
    expect(main).toContain('rws_sync_users -H /home -s alice:/usr/bin/zsh "$RWS_PAYLOAD/registry.tsv"');
    expect(main).toContain('rws_dev_github alice ssm /lab/gh');
  });

  test('idle options override the template; HIBERNATE uses the hibernate threshold', () => {
    const ud = WorkspaceUserData.generate({ template: template('group-lab'), policy: labPolicy(), registry: labRegistry(), owner: 'bob', idle: { action: IdleAction.HIBERNATE, cpuThresholdPercent: 25 } });
    const conf = ud.cloudConfig;
    expect(conf).toContain('IDLE_MINUTES=45');
    expect(conf).toContain('CPU_PERCENT=25');
    expect(conf).toContain('ACTION=hibernate');
    const off = WorkspaceUserData.generate({ template: template('group-lab'), policy: labPolicy(), registry: labRegistry(), owner: 'bob', idle: { enabled: false } });
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

/** A script the generator wrote into a user-data, by its payload name. */
function generatedScript(ud: WorkspaceUserData, name: string): string {
  return ud.generatedScripts().find((s) => s.name === name)!.content;
}

/** The main provisioning script of a user-data. */
function mainOf(ud: WorkspaceUserData): string {
  return generatedScript(ud, 'bin/rws-provision');
}

/** The definition of a shell function, as it stands in one of the bundled scripts. */
function shellFunction(script: string, name: string): string {
  return new RegExp(`^${name}\\(\\) \\{\\n(?:.*\\n)*?\\}\\n`, 'm').exec(SCRIPTS[script])![0];
}

/** A payload file the cloud-config writes, by its name below the payload folder. */
function payloadFile(ud: WorkspaceUserData, name: string): string {
  const m = new RegExp(`path: /var/lib/research-workspace/payload/${name.replace(/[.]/g, '\\.')}\\n(?:.*\\n)*?    content: \\|[-+]?\\n((?:      .*\\n|\\n)*)`).exec(ud.cloudConfig);
  if (!m) throw new Error(`no payload file ${name}`);
  return m[1].replace(/^ {6}/gm, '');
}

const EFS = (extra: object = {}) => ({ source: StorageSource.efs({ fileSystemId: 'fs-0123456789abcdef0', region: 'eu-west-1', ...extra }) });

describe('sync arguments for later runs (/etc/research-workspace/sync-users.args)', () => {
  test('the whole registry: no selection; a subset: -u at boot and in the file, whatever the delivery', () => {
    const all = mainOf(WorkspaceUserData.generate(base({ storage: EFS() })));
    expect(all).toContain('rws_sync_args -H /shared/home\n');
    expect(all).toContain('rws_sync_users -H /shared/home "$RWS_PAYLOAD/registry.tsv"');
    const inline = mainOf(WorkspaceUserData.generate(base({ users: ['alice', 'carol'] })));
    expect(inline).toContain('rws_sync_args -H /home -u alice,carol\n');
    expect(inline).toContain('rws_sync_users -H /home -u alice,carol "$RWS_PAYLOAD/registry.tsv"');
    const s3 = mainOf(WorkspaceUserData.generate({
      template: template('group-lab'),
      policy: labPolicy(),
      registry: labRegistry(),
      users: ['alice', 'bob'],
      owner: 'bob',
      registryDelivery: RegistryDelivery.s3('lab-bucket', 'users.tsv.gz'),
    }));
    expect(s3).toContain('rws_sync_args -H /home -g docker -u alice,bob\n');
    expect(s3).toContain('rws_sync_users -H /home -g docker -u alice,bob "$RWS_STATE/registry.tsv"');
    // The function writes them one a line, root-owned 0644.
    expect(SCRIPTS['accounts.sh']).toContain('rws_install_file "$tmp" "$RWS_ETC/sync-users.args" 0644 root root');
  });

  test('syncSelection: the boot has part of the registry (the owner, applied with -P so a rerun never locks the others), later syncs select more', () => {
    const owner = UserRegistry.fromProps({ users: [{ name: 'alice', uid: 5000, groups: [] }], userIdRange: { min: 5000, max: 5999 } });
    const ud = WorkspaceUserData.generate({
      template: template('minimal'),
      registry: owner,
      owner: 'alice',
      syncSelection: ['alice', 'bob'],
      developer: { zsh: true },
      storage: EFS(),
    });
    const main = mainOf(ud);
    expect(main).toContain('rws_sync_args -H /shared/home -u alice,bob -s alice:/usr/bin/zsh\n');
    expect(main).toContain('rws_sync_users -H /shared/home -s alice:/usr/bin/zsh -P "$RWS_PAYLOAD/registry.tsv"');
    const keys = WorkspaceUserData.generate({
      template: templateFrom('name: K\nslug: k\ndescription: x\nbase: debian-12\nresearch_user: { install_ssh_keys: false }\n', 'k'),
      registry: labRegistry(),
      owner: 'alice',
    });
    expect(mainOf(keys)).toContain('rws_sync_args -H /home -K\n');
    // Nobody at boot (a workspace without an owner): the selection is recorded all the same.
    const none = UserRegistry.fromProps({ users: [], groups: [] });
    const shared = mainOf(WorkspaceUserData.generate({ template: template('minimal'), registry: none, syncSelection: ['bob', 'carol'], storage: EFS() }));
    expect(shared).toContain('rws_sync_args -H /shared/home -u bob,carol\n');
    expect(shared).not.toContain('rws_sync_users ');
  });

  test('a selection that leaves out a user the boot creates is refused (the next sync would lock them)', () => {
    const e = errorOf(() => WorkspaceUserData.generate(base({ users: ['alice', 'bob'], syncSelection: ['alice'] })));
    expect(e.diagnostics[0]).toMatchObject({ code: 'sync-selection-incomplete', field: 'syncSelection' });
    expect(e.message).toMatch(/lab-jupyter: users bob get an account at boot but are not in the selection.*Fix: add bob to syncSelection/);
    expect(errorOf(() => WorkspaceUserData.generate(base({ syncSelection: ['alice', 'Bad Name', 'bob', 'carol', 'dave'] }))).message).toMatch(/syncSelection: lab-jupyter: not a valid user name \(got "Bad Name"\)/);
  });
});

const GW = { signerArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/lab-web/0123456789abcdef', region: 'eu-west-1' };

describe('services authenticate; only the owner connects to them on the machine', () => {
  const WEB = () => templateFrom(`
name: Web
slug: web
description: x
base: debian-12
services:
  - { name: code-server, port: 8080 }
  - { name: rstudio, port: 8787 }
  - { name: streamlit, port: 8501 }
  - { name: mlflow, port: 5000 }
  - { name: nginx, port: 80 }
`, 'web');

  test('no --auth-none anywhere: RStudio Server signs in through the workspace helper, with a password from a root-only file', () => {
    const bundled = [...TemplateCatalog.fromDirectory(TemplateCatalog.bundledDirectory(), { strict: false }).check().resolved.values()];
    expect(bundled.map((t) => t.slug)).toContain('r-rstudio');
    for (const t of [WEB(), template('lab-jupyter'), ...bundled]) {
      const ud = WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner: 'alice' });
      expect(ud.provisioningScript()).not.toMatch(/auth-none(=1|\s+1)?(?!=0)/);
    }
    const ud = WorkspaceUserData.generate({ template: WEB(), registry: labRegistry(), owner: 'alice' });
    const unit = payloadFile(ud, 'units/rws-rstudio.service');
    expect(unit).toContain('--auth-none=0 --auth-pam-helper-path=/usr/local/lib/research-workspace/rws-rstudio-auth');
    expect(unit).toContain('EnvironmentFile=/etc/research-workspace/secrets/rstudio.env');
    expect(unit).toContain('Environment=RWS_OWNER=alice');
    expect(ud.provisioningScript()).toContain('rws_service_token rstudio RWS_SERVICE_PASSWORD alice');
    expect(ud.provisioningScript()).not.toMatch(/\| chpasswd$/m); // the account gets no login password (only sync-users' `chpasswd -e` of '*')
    expect(payloadFile(ud, 'units/rws-code-server.service')).toContain('--bind-addr 127.0.0.1:8080 --auth password');
  });

  test('every service of ours loads, as root and before it starts, the rules that let only the owner and root connect to its port', () => {
    const ud = WorkspaceUserData.generate({ template: WEB(), registry: labRegistry(), owner: 'alice' });
    for (const n of ['code-server', 'rstudio', 'streamlit', 'mlflow']) {
      expect(payloadFile(ud, `units/rws-${n}.service`)).toContain('ExecStartPre=+/usr/sbin/nft -f /etc/research-workspace/services.nft');
    }
    expect(payloadFile(ud, 'services.nft')).toContain(`oifname "lo" tcp dport { 5000,8080,8501,8787 } meta skuid != { 0, ${labRegistry().user('alice').uid} } counter reject with tcp reset`);
    expect(ud.provisioningScript()).toMatch(/rws_want_cmd nft nftables nftables/);
    // A template account's uid is known only at boot: the rules are written there.
    const t = templateFrom('name: T\nslug: t\ndescription: x\nbase: debian-12\nusers: [{ name: researcher }]\nservices: [{ name: streamlit, port: 8501 }]\n', 't');
    expect(WorkspaceUserData.generate({ template: t }).provisioningScript()).toContain('rws_services_firewall researcher 8501');
  });

  test('a published service gets the claim check on its port; the service moves to 127.0.0.1 on port + 10000', () => {
    const ud = WorkspaceUserData.generate(base({ publishedServices: ['jupyter', 'streamlit'], gateway: { ...GW, issuer: 'https://auth.example.edu', allowedEmails: ['alice@example.edu'], allowedSubjects: ['2f6e0a6c'] }, maxUserDataBytes: 100000 }));
    const jupyter = payloadFile(ud, 'units/rws-jupyter.service');
    expect(jupyter).toContain('--ServerApp.ip=127.0.0.1 --ServerApp.port=18888');
    expect(jupyter).toContain('--ServerApp.trust_xheaders=True');
    expect(jupyter).toContain('EnvironmentFile=/etc/research-workspace/secrets/jupyter.env');
    expect(jupyter).not.toContain('0.0.0.0');
    expect(payloadFile(ud, 'units/rws-streamlit.service')).toContain('--server.address 127.0.0.1 --server.port 18501');
    const cfg = JSON.parse(payloadFile(ud, 'gate/jupyter.json'));
    expect(cfg).toEqual({
      service: 'jupyter',
      port: 8888,
      backendPort: 18888,
      signer: GW.signerArn,
      region: 'eu-west-1',
      issuer: 'https://auth.example.edu',
      allow: { email: ['alice@example.edu'], sub: ['2f6e0a6c'] },
    });
    const gate = payloadFile(ud, 'units/rws-gate@.service');
    expect(gate).toContain('User=alice');
    expect(gate).toContain('ExecStart=/usr/bin/python3 -B /usr/local/lib/research-workspace/rws-gate /etc/research-workspace/gate/%i.json');
    expect(ud.provisioningScript()).toMatch(/rws_units_apply .*rws-jupyter\.service rws-gate@jupyter\.service/);
    expect(payloadFile(ud, 'services.nft')).toContain('tcp dport { 8050,8501,8888,18501,18888 }'); // the dashboard's 8050 too
    const unpublished = WorkspaceUserData.generate(base());
    expect(payloadFile(unpublished, 'units/rws-jupyter.service')).toContain('--ServerApp.ip=127.0.0.1 --ServerApp.port=8888');
    expect(unpublished.provisioningScript()).not.toContain('rws-gate');
  });

  test('the gate code can come from SSM parameters, checked against its SHA-256, instead of the user-data', () => {
    const prefix = '/research-workspaces/web-gateway/abc/claim-check';
    const inline = WorkspaceUserData.generate(base({ publishedServices: ['jupyter'], gateway: { ...GW, allowedEmails: ['alice@example.edu'] }, maxUserDataBytes: 100000 }));
    const fetched = WorkspaceUserData.generate(base({ publishedServices: ['jupyter'], gateway: { ...GW, allowedEmails: ['alice@example.edu'], codeParameterPrefix: prefix }, maxUserDataBytes: 100000 }));
    const params = WorkspaceUserData.gateCodeParameters(prefix);
    expect(params.map((x) => x.name)).toEqual(params.map((_, i) => `${prefix}/${i}`));
    expect(params.every((x) => x.value.length <= 4096)).toBe(true);
    const code = zlib.gunzipSync(Buffer.from(params.map((x) => x.value).join(''), 'base64')).toString('utf8');
    const sha = crypto.createHash('sha256').update(code).digest('hex');
    expect(fetched.provisioningScript()).toContain(`rws_gate_fetch ${sha} ${prefix} ${params.length}`);
    expect(fetched.sizeBytes).toBeLessThan(inline.sizeBytes - 3000);
  });

  test.each([
    ['the operating system\'s service (nginx)', 'nginx', /service "nginx" of template "web" cannot authenticate: the operating system runs it/],
    ['a custom command', 'dash', /service "dash" of template "web" cannot authenticate: it is the template's own command/],
  ])('publishing %s is an error naming the service, the template and the fix', (_what, name, re) => {
    const t = templateFrom(`
name: Web
slug: web
description: x
base: debian-12
services:
  - { name: nginx, port: 80 }
  - { name: dash, port: 8050, command: "python3 -m http.server $RWS_PORT" }
`, 'web');
    const e = errorOf(() => WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner: 'alice', publishedServices: [name], gateway: { ...GW, allowedEmails: ['a@b.org'] }, where: 'Lab/alice-web' }));
    expect(e.diagnostics[0]).toMatchObject({ code: 'published-without-auth', field: 'publishedServices', value: `"${name}"` });
    expect(e.diagnostics[0].message).toMatch(re);
    expect(e.diagnostics[0].message).toContain('Lab/alice-web');
    expect(e.diagnostics[0].fix).toMatch(/publish a service the workspace runs/);
  });

  test('publishing needs the gateway, and someone to admit', () => {
    expect(errorOf(() => WorkspaceUserData.generate(base({ publishedServices: ['jupyter'] }))).diagnostics[0].code).toBe('published-without-gateway');
    const e = errorOf(() => WorkspaceUserData.generate(base({ publishedServices: ['jupyter'], gateway: GW })));
    expect(e.diagnostics[0]).toMatchObject({ code: 'published-admits-nobody' });
    expect(e.diagnostics[0].message).toContain('owner "alice" has no email, globus_id or external_id');
    expect(errorOf(() => WorkspaceUserData.generate(base({ publishedServices: ['jupyter'], gateway: { ...GW, signerArn: 'arn:aws:iam::123456789012:role/x', allowedEmails: ['a@b.org'] } }))).diagnostics[0])
      .toMatchObject({ code: 'invalid-gateway', field: 'gateway.signerArn' });
  });

  test('publishing a service the template does not have, or one without a port, is an error', () => {
    const e = errorOf(() => WorkspaceUserData.generate(base({ publishedServices: ['rstudio'], gateway: { ...GW, allowedEmails: ['a@b.org'] } })));
    expect(e.message).toMatch(/publishedServices: lab-jupyter: service "rstudio" is not a service of template "lab-jupyter" \(got "rstudio"\)\. Fix: publish one of jupyter, streamlit, dashboard/);
    const t = templateFrom('name: D\nslug: d\ndescription: x\nbase: debian-12\nservices: [{ name: docker }]\n', 'd');
    expect(() => WorkspaceUserData.generate({ template: t, publishedServices: ['docker'] })).toThrow(/publishedServices: d: service "docker" has no port/);
  });
});

describe('without internet (egress none)', () => {
  test('plain NFS for EFS is refused with IAM or an access point, naming the workspace, the field and the fix', () => {
    const e = errorOf(() => WorkspaceUserData.generate(base({ egress: EgressMode.NONE, storage: EFS({ iam: true, plainNfsFallback: true }), where: 'Lab/alice-ml' })));
    expect(e.diagnostics[0]).toMatchObject({ code: 'plain-nfs-with-iam', field: 'storage.source.plainNfsFallback' });
    expect(e.message).toMatch(/error plain-nfs-with-iam: storage\.source\.plainNfsFallback: Lab\/alice-ml: plain NFSv4\.1 cannot authenticate with IAM.*Fix: set iam: false/);
    expect(errorOf(() => WorkspaceUserData.generate(base({ storage: EFS({ accessPointId: 'fsap-0123456789abcdef0', plainNfsFallback: true }) }))).message)
      .toMatch(/storage\.source\.plainNfsFallback: lab-jupyter: EFS access points need amazon-efs-utils/);
  });

  test('EFS: the mount helper is chosen at boot; the fallback is passed only when allowed', () => {
    const plain = mainOf(WorkspaceUserData.generate(base({ egress: EgressMode.NONE, storage: EFS({ plainNfsFallback: true }) })));
    expect(plain).toContain('RWS_OFFLINE=1');
    expect(plain).toContain('rws_mount_efs fs-0123456789abcdef0 eu-west-1 /shared _netdev,noresvport,tls 1');
    const tls = mainOf(WorkspaceUserData.generate(base({ storage: EFS({ iam: true }) })));
    expect(tls).toContain('RWS_OFFLINE=0');
    expect(tls).toContain('rws_mount_efs fs-0123456789abcdef0 eu-west-1 /shared _netdev,noresvport,tls,iam 0');
    const storage = SCRIPTS['storage.sh'];
    expect(storage).toContain('command -v mount.efs');
    expect(storage).toContain('rws_mount nfs4 "$1.efs.$2.amazonaws.com:/" "$3" nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev');
  });

  test('warnings: what needs the internet, and the tools a public image lacks (not on Amazon Linux 2023)', () => {
    const conda = WorkspaceUserData.generate({
      template: template('group-lab'),
      policy: labPolicy(),
      registry: labRegistry(),
      owner: 'bob',
      egress: EgressMode.NONE,
      storage: EFS(),
      secrets: { jupyterToken: SecretReference.secretsManager('arn:aws:secretsmanager:eu-west-1:123456789012:secret:jt-AbCdEf') },
    });
    const byCode = Object.fromEntries(conda.warnings.map((w) => [w.code, w]));
    expect(byCode['offline-needs-internet'].message).toContain('Miniforge (conda), conda packages (python=3.12 jupyterlab), pip packages (mlflow), code-server');
    expect(byCode['offline-needs-image-tools'].message).toContain('amazon-efs-utils (mount.efs) and the AWS CLI must already be on its image (the public debian-12 images lack them)');
    const al = WorkspaceUserData.generate({
      template: template('minimal', 'amazonlinux-2023'),
      registry: labRegistry(),
      owner: 'bob',
      egress: EgressMode.NONE,
      storage: EFS(),
      secrets: { servicePassword: SecretReference.ssmParameter('/lab/pw') },
    });
    expect(al.warnings).toEqual([]);
    const online = WorkspaceUserData.generate({ template: template('group-lab'), policy: labPolicy(), registry: labRegistry(), owner: 'bob', egress: EgressMode.PROXIED, storage: EFS() });
    expect(online.warnings.map((w) => w.code)).not.toContain('offline-needs-internet');
  });
});

describe('the SSM agent on AWS images without it', () => {
  test('installed at boot on Debian 12 and Rocky 9 on AWS only', () => {
    const step = (osName: string | undefined, platform = WorkspacePlatform.AWS) =>
      mainOf(WorkspaceUserData.generate({ template: template('minimal', osName), platform })).includes('rws_step ssm_agent rws_s_ssm_agent');
    expect(step(undefined)).toBe(true); // debian-12
    expect(step('rocky-9')).toBe(true);
    expect(step('ubuntu-24.04')).toBe(false); // a snap in Canonical's images
    expect(step('amazonlinux-2023')).toBe(false);
    expect(step(undefined, WorkspacePlatform.KUBERNETES)).toBe(false);
    expect(step(undefined, WorkspacePlatform.PROXMOX)).toBe(false);
  });

  test.each([
    ['apt', 'x86_64', 'https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/debian_amd64/amazon-ssm-agent.deb'],
    ['apt', 'aarch64', 'https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/debian_arm64/amazon-ssm-agent.deb'],
    ['dnf', 'x86_64', 'https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_amd64/amazon-ssm-agent.rpm'],
    ['dnf', 'aarch64', 'https://s3.eu-west-1.amazonaws.com/amazon-ssm-eu-west-1/latest/linux_arm64/amazon-ssm-agent.rpm'],
  ])('the package URL for %s on %s is %s', (family, machine, url) => {
    const fn = shellFunction('netinstall.sh', 'rws_ssm_agent_url');
    const out = execFileSync('bash', ['-c', `${fn}\nrws_ssm_agent_url "$@"`, 'x', 'eu-west-1', family, machine], { encoding: 'utf8' });
    expect(out).toBe(`${url}\n`);
    expect(spawnSync('bash', ['-c', `${fn}\nrws_ssm_agent_url eu-west-1 apt riscv64`]).status).toBe(1);
  });
});

test('the tools a user-data carries: whole where it may exceed 16 KB (Kubernetes, Proxmox), the 16 KB copy for EC2', () => {
  const tool = (platform: WorkspacePlatform, maxUserDataBytes?: number) =>
    generatedScript(WorkspaceUserData.generate({ template: template('minimal'), registry: labRegistry(), platform, maxUserDataBytes }), 'bin/rws-sync-users');
  // The marked parts: the re-run shortcut (the fast record) and the perl home creation.
  const marked = ['"$state_dir/fast"', 'O_NOFOLLOW'];
  for (const whole of [tool(WorkspacePlatform.KUBERNETES), tool(WorkspacePlatform.PROXMOX), tool(WorkspacePlatform.AWS, 65536)]) {
    for (const m of marked) expect(whole).toContain(m);
  }
  for (const small of [tool(WorkspacePlatform.AWS), tool(WorkspacePlatform.KUBERNETES, 16384)]) {
    for (const m of marked) expect(small).not.toContain(m);
    expect(small).toContain('chown($u, $g, $p)'); // the one perl chown of the shell way
  }
});

test.each([
  ['nfs4', 'rws_mount nfs4 fs-1.efs.eu-west-1.amazonaws.com:/ /mnt/x defaults', 'fs-1.efs.eu-west-1.amazonaws.com:/', 'NFS (TCP 2049)'],
  ['efs', 'rws_mount efs fs-1:/ /mnt/x tls', 'fs-1:/', 'NFS (TCP 2049)'],
  ['lustre', 'rws_mount_lustre fs-2.fsx.eu-west-1.amazonaws.com abcd /mnt/x', 'fs-2.fsx.eu-west-1.amazonaws.com@tcp:/abcd', 'Lustre (TCP 988, 1018-1023)'],
])('a %s mount that keeps failing names the ports its protocol needs', (_type, call, source, ports) => {
  const stubs = [
    'mountpoint() { return 1; }', 'mount() { return 32; }', 'install() { :; }', 'rws_fstab() { :; }', 'rws_lustre_client() { :; }',
    'rws_retry() { shift; "$@"; }', 'rws_hook() { local d=$2; shift 2; "$d" "$@"; }', 'rws_log() { :; }', 'rws_fail() { printf "%s" "$*"; exit 1; }',
  ].join('\n');
  const r = spawnSync('bash', ['-c', [stubs, ...['rws_mount_default', 'rws_mount', 'rws_mount_lustre'].map((f) => shellFunction('storage.sh', f)), call].join('\n')], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  expect(r.stdout).toBe(`could not mount ${source} on /mnt/x. Fix: check that the file system exists in this network, its security group or firewall allows ${ports} from here, and the log above`);
});

describe('rendering shared between workspaces (issue 18)', () => {
  test('unindenting a script in pieces, the middle one remembered, equals one pass over it (property, 2,000 samples)', () => {
    const { unindent } = jest.requireActual('../../src/workspaces/userdata/private/render');
    const line = fc.array(fc.constantFrom(' ', '\t', 'a', 'b', '"', "'", '\\', '#', ';', '<<EOF', '<<- X', '$x', 'echo '), { maxLength: 8 }).map((x) => x.join(''));
    const piece = fc.array(line, { maxLength: 6 });
    fc.assert(fc.property(piece, piece, piece, (a, b, c) => {
      const remembered = new Set([b]);
      // One pass: the same lines as one piece, nothing remembered (the template hashes of
      // test/aws/synth-identical.test.ts hold that pass to what compactScript did before).
      const whole = unindent([[...a, ...b, ...c]]);
      // Twice: the second time the middle piece comes from the cache.
      expect(unindent([a, b, c], remembered)).toEqual(whole);
      expect(unindent([a, b, c], remembered)).toEqual(whole);
    }), { numRuns: 2000, seed: 18 });
  });

  test('the cloud-config of every bundled template is the YAML document of its files, written whole', () => {
    const { parse, stringify } = jest.requireActual('yaml');
    const catalog = TemplateCatalog.bundled();
    const tricky = templateFrom([
      'name: Tricky', 'slug: tricky', 'description: x', 'base: debian-12', 'files:',
      '  - destination: /etc/a.txt', '    content: "  leading blanks\\n---\\n# not a comment\\ntrailing  \\n\\ttab\\n"',
      '  - destination: /etc/b.txt', '    content: ""',
      '  - destination: /etc/c.txt', '    content: "no newline at the end: é 日"', '',
    ].join('\n'), 'tricky');
    const templates = [...catalog.slugs().map((s) => catalog.resolve(s)), tricky];
    expect(templates.length).toBeGreaterThan(10);
    for (const t of templates) {
      for (const owner of ['alice', 'bob']) {
        const ud = WorkspaceUserData.generate({ template: t, registry: labRegistry(), owner, policy: labPolicy() });
        expect(ud.cloudConfig.startsWith('#cloud-config\n')).toBe(true);
        const body = ud.cloudConfig.slice('#cloud-config\n'.length);
        const doc = parse(body);
        expect(doc.write_files.length).toBeGreaterThan(1);
        expect(body).toBe(stringify(doc, { lineWidth: 0, blockQuote: 'literal' }));
      }
    }
  });
});

describe('rendering again on request (issue 18)', () => {
  test('a user-data renders the same text each time it is asked, and its sizes match what it renders', () => {
    const ud = WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', policy: labPolicy() });
    const render = () => ({
      parts: ud.parts,
      cloud: ud.cloudConfig,
      mime: ud.renderMime(),
      b64: ud.renderBase64(),
      script: ud.provisioningScript(),
      scripts: ud.generatedScripts(),
    });
    const first = render();
    const again = render();
    expect(again).toEqual(first);
    expect(first.parts[0].content).toBe(first.cloud);
    expect(Buffer.byteLength(first.mime)).toBe(ud.rawSizeBytes);
    expect(Buffer.from(first.b64, 'base64').length).toBe(ud.sizeBytes);
    expect(ud.compressed).toBe(ud.sizeBytes < ud.rawSizeBytes);
    // A second generation with the same options renders the same text.
    const other = WorkspaceUserData.generate({ template: template('lab-jupyter'), registry: labRegistry(), owner: 'alice', policy: labPolicy() });
    expect(other.renderBase64()).toBe(first.b64);
  });
});
