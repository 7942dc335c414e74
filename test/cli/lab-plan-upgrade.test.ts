/**
 * `rws lab plan-upgrade`: the real binary on lab repositories made here with real git (no
 * network): which workspace moves to which image between a git revision (or a previous lab
 * file) and the working tree, what the deployment does to it, the findings that exit 1, and
 * the errors that exit 2 with one line.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, ROOT, rws, rwsJson, tempDir } from './helpers';
import { ImageBake, TemplateCatalog } from '../../src';
import { WorkspacePlatform } from '../../src/workspaces/userdata';
import { requireTool } from '../helpers/tools';

const HAS_GIT = requireTool('git', 'plan-upgrade reads the previous state of a lab from git');
const USERS = fs.readFileSync(path.join(ROOT, 'examples', 'offline-lab', 'users.yaml'), 'utf8');
const LOCK = fs.readFileSync(path.join(ROOT, 'examples', 'offline-lab', 'users.lock.json'), 'utf8');
const made: string[] = [];

/** What the bundled python-ml installs, on a platform (the hash a workspace of my-ml 1.0.0 has: it only inherits). */
function pythonMlHash(platform: WorkspacePlatform): string {
  return ImageBake.of({ template: TemplateCatalog.bundled().resolve('python-ml'), platform }).contentHash;
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Lab', '-c', 'user.email=lab@example.edu', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' });
}

/** A lab repository with these files, committed. */
function repo(files: Record<string, string>): string {
  const dir = tempDir('plan-upgrade');
  made.push(dir);
  write(dir, { 'users.yaml': USERS, 'users.lock.json': LOCK, ...files });
  git(dir, 'init', '-q', '-b', 'main');
  commit(dir, 'deployed');
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [f, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
}

function commit(dir: string, message: string): void {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
}

const MY_ML = (version: string, extra = '') => `name: My ML\nslug: my-ml\ndescription: ML of the lab\ninherits: [python-ml]\nversion: "${version}"\n${extra}`;

const AWS_LAB = (workspaces: string, extra = 'images: {}\n') => `name: demo
region: us-east-1
egress: none
registry: ./users.yaml
templates: ./templates
${extra}workspaces:
${workspaces}`;

const ALICE = '  - { name: alice-ml, template: my-ml, owner: alice }\n';
const BOB = '  - { name: bob-r, template: r-rstudio, owner: bob }\n';
const CAROL = '  - { name: carol-deb, template: debian-12, owner: carol }\n';
const DAVE = '  - { name: dave-u, template: ubuntu-24-04, owner: dave }\n';

beforeAll(() => {
  if (HAS_GIT) ensureBuilt();
});

afterAll(() => {
  for (const d of made.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const byName = (json: any, name: string) => json.workspaces.find((w: any) => w.name === name);

describe('rws lab plan-upgrade (AWS, images:)', () => {
  test('uncommitted changes against HEAD: a new template version moves its workspace to the new image parameter; new, removed and unchanged workspaces', () => {
    if (!HAS_GIT) return;
    const dir = repo({ 'lab.yaml': AWS_LAB(ALICE + BOB + CAROL), 'templates/my-ml.yml': MY_ML('1.0.0') });
    write(dir, { 'lab.yaml': AWS_LAB(ALICE + BOB + DAVE), 'templates/my-ml.yml': MY_ML('1.1.0', 'packages: { system: [cowsay] }\n') });

    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.json.previous).toMatchObject({ against: 'HEAD', file: 'lab.yaml' });
    expect(r.json.previous.commit).toBe(git(dir, 'rev-parse', 'HEAD').trim());
    const alice = byName(r.json, 'alice-ml');
    expect(alice.action).toBe('replace');
    expect(alice.before).toMatchObject({ template: 'my-ml', version: '1.0.0', imageKind: 'baked', image: '/rws/demo/images/my-ml/1.0.0', provisioning: 'boot', homesShared: true });
    expect(alice.after).toMatchObject({ template: 'my-ml', version: '1.1.0', imageKind: 'baked', image: '/rws/demo/images/my-ml/1.1.0', provisioning: 'boot' });
    // The content hash is that of what the template installs: the old one only inherited python-ml; cowsay changes it.
    expect(alice.before.contentHash).toBe(pythonMlHash(WorkspacePlatform.AWS));
    expect(alice.after.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(alice.after.contentHash).not.toBe(alice.before.contentHash);
    expect(alice.effect).toMatch(/root volume replaced.*homes on the lab's EFS kept/);
    expect(byName(r.json, 'bob-r')).toMatchObject({ action: 'none', after: { image: '/rws/demo/images/r-rstudio/1.0.0' } });
    expect(byName(r.json, 'dave-u')).toMatchObject({ action: 'new', after: { image: '/rws/demo/images/ubuntu-24-04/1.0.0', provisioning: 'boot' } });
    expect(byName(r.json, 'carol-deb')).toMatchObject({ action: 'removed', before: { image: '/rws/demo/images/debian-12/1.0.0' } });
    expect(r.json.summary).toEqual({ replace: 1, update: 0, new: 1, removed: 1, none: 1 });
    expect(r.json.findings).toEqual([]);

    // The table a person reads: both sides of what changed, the action, the effect.
    const text = rws(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/alice-ml +my-ml +1\.0\.0 -> 1\.1\.0 +[0-9a-f]{8} -> [0-9a-f]{8} +\/rws\/demo\/images\/my-ml\/1\.0\.0 \(baked\) -> \/rws\/demo\/images\/my-ml\/1\.1\.0 \(baked\) +root volume replaced/);
    expect(text.stdout).toMatch(/bob-r +r-rstudio +1\.0\.0 +[0-9a-f]{8} +\/rws\/demo\/images\/r-rstudio\/1\.0\.0 \(baked\) +unchanged/);
    expect(text.stdout).toContain('4 workspaces: 1 root volume replaced, 0 updated in place, 1 new, 1 removed, 1 unchanged.');
  });

  test('content changed under the same version is a finding (exit 1); --against an older revision compares with that one', () => {
    if (!HAS_GIT) return;
    const dir = repo({ 'lab.yaml': AWS_LAB(ALICE), 'templates/my-ml.yml': MY_ML('1.0.0') });
    write(dir, { 'templates/my-ml.yml': MY_ML('1.1.0', 'packages: { system: [cowsay] }\n') });
    commit(dir, 'my-ml 1.1.0');
    write(dir, { 'templates/my-ml.yml': MY_ML('1.1.0', 'packages: { system: [cowsay, sl] }\n') });

    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.code).toBe(1);
    const alice = byName(r.json, 'alice-ml');
    expect(alice.action).toBe('replace');
    expect(alice.before.image).toBe(alice.after.image);
    expect(r.json.findings).toEqual([expect.objectContaining({ workspace: 'alice-ml', code: 'content-without-version' })]);
    expect(r.json.findings[0].fix).toContain('new version');
    const text = rws(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/Findings:\n {2}- alice-ml: template my-ml installs other content .* under the same version 1\.1\.0.*Fix: give template my-ml a new version/);

    // Against the first commit the version moved too: a new parameter, nothing to fix.
    const older = rwsJson(['lab', 'plan-upgrade', 'lab.yaml', '--against', 'HEAD~1'], dir);
    expect(older.code).toBe(0);
    expect(byName(older.json, 'alice-ml').before.image).toBe('/rws/demo/images/my-ml/1.0.0');
    expect(byName(older.json, 'alice-ml').after.image).toBe('/rws/demo/images/my-ml/1.1.0');
    expect(older.json.previous.against).toBe('HEAD~1');
  });

  test('without images: a changed install stays off a running workspace (finding); adding images: moves it from the public image to the baked one', () => {
    if (!HAS_GIT) return;
    const dir = repo({ 'lab.yaml': AWS_LAB(ALICE, ''), 'templates/my-ml.yml': MY_ML('1.0.0') });
    write(dir, { 'templates/my-ml.yml': MY_ML('1.0.0', 'packages: { system: [cowsay] }\n') });
    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.code).toBe(1);
    const alice = byName(r.json, 'alice-ml');
    expect(alice).toMatchObject({ action: 'update', before: { imageKind: 'public', provisioning: 'full' }, after: { imageKind: 'public', provisioning: 'full' } });
    expect(alice.after.image).toBe('/aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id');
    expect(r.json.findings.map((f: any) => f.code)).toEqual(['install-not-applied']);

    git(dir, 'checkout', '-q', '--', '.');
    write(dir, { 'lab.yaml': AWS_LAB(ALICE) });
    const baked = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(baked.code).toBe(0);
    expect(byName(baked.json, 'alice-ml')).toMatchObject({
      action: 'replace',
      before: { imageKind: 'public', provisioning: 'full' },
      after: { imageKind: 'baked', image: '/rws/demo/images/my-ml/1.0.0', provisioning: 'boot' },
    });
  });

  test('a lab file that is new since the revision: every workspace is new; --previous compares with a file instead of git', () => {
    if (!HAS_GIT) return;
    const dir = repo({ 'README.md': 'lab\n' });
    write(dir, { 'lab.yaml': AWS_LAB(ALICE + BOB), 'templates/my-ml.yml': MY_ML('1.0.0') });
    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.code).toBe(0);
    expect(r.json.workspaces.map((w: any) => w.action)).toEqual(['new', 'new']);
    expect(r.json.notes[0]).toMatch(/lab\.yaml does not exist at HEAD \([0-9a-f]{7}\): every workspace is new/);

    write(dir, { 'old/lab.yaml': AWS_LAB(BOB).replace('./users.yaml', '../users.yaml').replace('./templates', '../templates') });
    const p = rwsJson(['lab', 'plan-upgrade', 'lab.yaml', '--previous', 'old/lab.yaml'], dir);
    expect(p.code).toBe(0);
    expect(p.json.previous).toEqual({ previous: 'old/lab.yaml' });
    expect(byName(p.json, 'alice-ml').action).toBe('new');
    expect(byName(p.json, 'bob-r').action).toBe('none');
  });

  test('errors are one line with the fix (exit 2): unknown revision, not a repository, both sources, a broken previous lab named by revision and line', () => {
    if (!HAS_GIT) return;
    const dir = repo({ 'lab.yaml': AWS_LAB(ALICE).replace('egress: none', 'egress: none\nwrokspace_stacks: 4'), 'templates/my-ml.yml': MY_ML('1.0.0') });
    write(dir, { 'lab.yaml': AWS_LAB(ALICE) });
    const broken = rws(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(/^HEAD:lab\.yaml:4:1: error .*wrokspace_stacks.*workspace_stacks/m);
    expect(broken.stderr).not.toContain('rws-plan-upgrade-');

    const rev = rws(['lab', 'plan-upgrade', 'lab.yaml', '--against', 'no-such-branch'], dir);
    expect(rev.code).toBe(2);
    expect(rev.stderr.trim()).toMatch(/^rws: --against no-such-branch: no such commit in the lab's repository \(.*\)\. Fix: give a commit, branch or tag/);
    expect(rev.stderr.trim().split('\n')).toHaveLength(1);

    const both = rws(['lab', 'plan-upgrade', 'lab.yaml', '--against', 'HEAD', '--previous', 'lab.yaml'], dir);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --against <rev> or --previous <file>, not both');

    const plain = tempDir('plan-upgrade-nogit');
    made.push(plain);
    write(plain, { 'users.yaml': USERS, 'lab.yaml': AWS_LAB(BOB, '').replace('templates: ./templates\n', '') });
    const nogit = rws(['lab', 'plan-upgrade', 'lab.yaml'], plain, { GIT_CEILING_DIRECTORIES: path.dirname(plain) });
    expect(nogit.code).toBe(2);
    expect(nogit.stderr.trim()).toMatch(/^rws: lab\.yaml: not in a git repository .*Fix: .*--previous <old lab\.yaml>$/);
  });
});

describe('rws lab plan-upgrade (Kubernetes)', () => {
  test('a new baked container disk replaces the root disk (homes on it: finding); new content under the same disk is named, never applied', () => {
    if (!HAS_GIT) return;
    const hash = pythonMlHash(WorkspacePlatform.KUBERNETES);
    const lab = (tag: string) => 'name: genomics\nkubernetes: {}\nregistry: ./users.yaml\ntemplates: ./templates\negress: none\nworkspaces:\n'
      + '  - name: alice-ml\n    template: my-ml\n    owner: alice\n'
      + `    image: { container_disk: "registry.lab.example.org/rws/my-ml:${tag}", minimum_disk_gib: 60, baked_content_hash: ${hash} }\n`;
    const dir = repo({ 'lab.yaml': lab('1.0.0-a'), 'templates/my-ml.yml': MY_ML('1.0.0') });
    write(dir, { 'lab.yaml': lab('1.0.0-b') });
    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.json.backend).toBe('kubernetes');
    expect(byName(r.json, 'alice-ml')).toMatchObject({
      action: 'replace',
      before: { imageKind: 'container-disk', image: 'registry.lab.example.org/rws/my-ml:1.0.0-a', provisioning: 'boot', contentHash: hash, imageContentHash: hash, homesShared: false },
      after: { image: 'registry.lab.example.org/rws/my-ml:1.0.0-b' },
    });
    expect(r.json.findings.map((f: any) => f.code)).toEqual(['homes-on-root-volume']);
    expect(r.code).toBe(1);

    // The template installs more, the lab file still names the disk of the old content.
    commit(dir, 'disk 1.0.0-b');
    write(dir, { 'templates/my-ml.yml': MY_ML('1.0.0', 'packages: { system: [cowsay] }\n') });
    const stale = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(stale.code).toBe(1);
    expect(byName(stale.json, 'alice-ml').action).toBe('update');
    expect(stale.json.findings.map((f: any) => f.code)).toEqual(['image-content-mismatch', 'content-without-version']);
    expect(stale.json.findings[0].message).toContain('the synthesis refuses the workspace');
  });
});

describe('rws lab plan-upgrade (Proxmox VE)', () => {
  test('a new template VM replaces the root disk with the homes on the NFS share kept; a removed container takes its homes (finding)', () => {
    if (!HAS_GIT) return;
    const lab = (vm: number, container: boolean) => `name: genomics
cluster: { nodes: [pve1], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, bridge: vmbr1, datacenter_firewall: managed }
api: { endpoint: "https://pve1.example.org:8006/" }
registry: ./users.yaml
storage: { server: 10.20.30.5, export_path: /export/genomics }
workspaces:
  - { name: alice-ml, template: python-ml, node: pve1, owner: alice, image: { template_vm: ${vm}, disk_gib: 60 } }
${container ? '  - { name: bob-shell, template: debian-12, node: pve1, owner: bob, kind: lxc }\n' : ''}`;
    const dir = repo({ 'lab.yaml': lab(9001, true) });
    write(dir, { 'lab.yaml': lab(9002, false) });
    const r = rwsJson(['lab', 'plan-upgrade', 'lab.yaml'], dir);
    expect(r.json.backend).toBe('proxmox');
    expect(byName(r.json, 'alice-ml')).toMatchObject({
      action: 'replace', before: { imageKind: 'template-vm', image: 'VM 9001', homesShared: true }, after: { image: 'VM 9002' },
    });
    expect(byName(r.json, 'alice-ml').effect).toContain('homes on the lab\'s NFS share kept');
    expect(byName(r.json, 'bob-shell')).toMatchObject({ action: 'removed', before: { imageKind: 'container-template', homesShared: false } });
    expect(r.json.findings).toEqual([expect.objectContaining({ workspace: 'bob-shell', code: 'homes-on-root-volume' })]);
    expect(r.code).toBe(1);
  });
});
