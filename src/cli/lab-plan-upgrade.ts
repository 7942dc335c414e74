import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CliInputError, Command, Context, EXIT_FINDINGS, EXIT_OK, UsageError } from './command';
import type { LabBackend, LoadedLab } from './lab-view';
import { shownPath, userPath } from './sources';
import type { ResolvedTemplate } from '../workspaces/catalog';
import { Diagnostic } from '../workspaces/errors';
import type { WorkspacePolicy } from '../workspaces/policy';
import { WorkspaceInputError } from '../workspaces/private/error';
import type { WorkspacePlatform } from '../workspaces/userdata';

/**
 * `rws lab plan-upgrade`: which workspaces of a lab would move to which image, comparing the
 * lab file as it is now with a previous state of it, before anything is deployed. Labs live in
 * git, so the previous state is by default a git revision (`--against`, default HEAD: the lab
 * file, its templates, registry and policy as they were committed there); `--previous <file>`
 * names a lab file to compare with instead (a second checkout, a copy).
 *
 * For each workspace it shows the template, its version, the content hash of what the template
 * installs, the image the workspace boots (AWS: the image parameter of its template version when
 * the lab bakes it, else the public image or `amis:`; Kubernetes: the container disk or image
 * address; Proxmox VE: the template VM or image address) and what the deployment does to it.
 */

/** What a workspace boots and how. */
export interface WorkspaceImageState {
  readonly workspace: string;
  /** Template slug. */
  readonly template: string;
  /** Template version (`unversioned` when the template has none). */
  readonly version: string;
  /** Content hash of the template's install part on the workspace's platform. */
  readonly contentHash: string;
  /**
   * The image: `baked` (an image parameter the lab's image pipeline writes), `ami` (amis:),
   * `public` (the distribution's image parameter or ami_config), `container-disk`, `url`,
   * `template-vm`, `container-template` (Proxmox LXC).
   */
  readonly imageKind: string;
  /** The image's name: parameter name, AMI id, image reference or address, VM id. */
  readonly image: string;
  /** `boot` (a baked image: only the per-workspace part runs) or `full` (the whole install at first boot). */
  readonly provisioning: 'boot' | 'full';
  /** The content the image was baked from, when the lab file names it (Kubernetes `baked_content_hash`). */
  readonly imageContentHash?: string;
  /** Whether homes, projects and scratch live on the lab's shared storage (not on the root volume). */
  readonly homesShared: boolean;
}

/** What the deployment does to a workspace. */
export type UpgradeAction = 'none' | 'replace' | 'update' | 'new' | 'removed';

/** One line of the plan. */
export interface UpgradeRow {
  readonly workspace: string;
  readonly action: UpgradeAction;
  readonly before?: WorkspaceImageState;
  readonly after?: WorkspaceImageState;
  /** What changed, in words. */
  readonly changes: string[];
  /** What happens, in words. */
  readonly effect: string;
}

/** A plan that needs attention (exit 1). */
export interface UpgradeFinding {
  readonly workspace: string;
  readonly code: string;
  readonly message: string;
  readonly fix: string;
}

/** Compares two states of a lab's workspaces. Pure: the tests drive it with states of their own. */
export function planUpgrade(before: WorkspaceImageState[], after: WorkspaceImageState[], backend: LabBackend)
  : { rows: UpgradeRow[]; findings: UpgradeFinding[] } {
  const shared = backend === 'aws' ? 'homes on the lab\'s EFS kept' : 'homes on the lab\'s NFS share kept';
  const rows: UpgradeRow[] = [];
  const findings: UpgradeFinding[] = [];
  const old = new Map(before.map((s) => [s.workspace, s]));
  const now = new Map(after.map((s) => [s.workspace, s]));
  const names = [...after.map((s) => s.workspace), ...before.map((s) => s.workspace).filter((n) => !now.has(n))];
  for (const name of names) {
    const b = old.get(name);
    const a = now.get(name);
    if (!b) {
      rows.push({ workspace: name, action: 'new', after: a, changes: [], effect: `new workspace: boots ${describe(a!)}` });
      continue;
    }
    if (!a) {
      rows.push({
        workspace: name,
        action: 'removed',
        before: b,
        changes: [],
        effect: `removed: ${backend === 'aws' ? 'instance' : 'machine'} and root volume deleted; ${b.homesShared ? shared : 'its homes are on the root volume and are deleted with it'}`,
      });
      if (!b.homesShared) {
        findings.push({
          workspace: name,
          code: 'homes-on-root-volume',
          message: `${name} is removed and its homes are on its root volume (the lab has no shared storage for this workspace)`,
          fix: 'copy the homes off the workspace before deploying',
        });
      }
      continue;
    }
    const changes: string[] = [];
    if (b.template !== a.template) changes.push(`template ${b.template} -> ${a.template}`);
    if (b.version !== a.version) changes.push(`version ${b.version} -> ${a.version}`);
    if (b.contentHash !== a.contentHash) changes.push(`content ${b.contentHash} -> ${a.contentHash}`);
    const imageMoved = b.imageKind !== a.imageKind || b.image !== a.image;
    if (imageMoved) changes.push(`image ${b.image} -> ${a.image}`);
    if (b.provisioning !== a.provisioning) changes.push(`provisioning ${b.provisioning} -> ${a.provisioning}`);
    // A baked image of new content under the same parameter (same template version): the
    // deployment builds the first image again and the workspace boots it; the old image under
    // the same name is what the docs warn against.
    const rebakedInPlace = !imageMoved && a.provisioning === 'boot' && b.contentHash !== a.contentHash;
    if (a.imageContentHash !== undefined && a.imageContentHash !== a.contentHash) {
      findings.push({
        workspace: name,
        code: 'image-content-mismatch',
        message: `${a.image} was baked from content ${a.imageContentHash}, template ${a.template} now installs ${a.contentHash}: the synthesis refuses the workspace`,
        fix: `bake a new image of template ${a.template} (ImageBake), push it under a new reference and give its content hash`,
      });
    }
    // On AWS the image is rebuilt and its parameter read again at the deployment (a new root
    // volume); a Kubernetes or Proxmox root disk was imported or cloned once and stays.
    if (imageMoved || (rebakedInPlace && backend === 'aws')) {
      rows.push({
        workspace: name,
        action: 'replace',
        before: b,
        after: a,
        changes,
        effect: `root volume replaced from ${describe(a)}; ${a.homesShared ? shared : 'its homes are on the root volume and are lost'}`,
      });
      if (rebakedInPlace) {
        findings.push({
          workspace: name,
          code: 'content-without-version',
          message: `template ${a.template} installs other content (${b.contentHash} -> ${a.contentHash}) under the same version ${a.version}: `
            + `the image ${a.image} is rebuilt under the same name, and a workspace that boots an image of the old content stops in step image`,
          fix: `give template ${a.template} a new version (version: in its file), so that the new content bakes a new image under a new parameter`,
        });
      }
      if (!a.homesShared) {
        findings.push({
          workspace: name,
          code: 'homes-on-root-volume',
          message: `the root volume of ${name} is replaced and its homes are on it (the lab has no shared storage for this workspace)`,
          fix: 'copy the homes off the workspace first, or give the lab shared storage (storage:) before the upgrade',
        });
      }
      continue;
    }
    if (b.contentHash !== a.contentHash || b.provisioning !== a.provisioning || b.template !== a.template) {
      rows.push({
        workspace: name,
        action: 'update',
        before: b,
        after: a,
        changes,
        effect: 'boot settings updated in place (the machine is stopped and started) on the same root volume: the changed install is not applied, '
          + 'because the boot provisioning runs once per machine',
      });
      if (rebakedInPlace) {
        findings.push({
          workspace: name,
          code: 'content-without-version',
          message: `template ${a.template} installs other content (${b.contentHash} -> ${a.contentHash}) but ${name} names the same image (${a.image}): `
            + 'its root disk was made from that image once and keeps the old content',
          fix: 'build the new image under a new reference (a new tag, a new template VM id) and name it in image:',
        });
      } else if (b.contentHash !== a.contentHash) {
        findings.push({
          workspace: name,
          code: 'install-not-applied',
          message: `template ${a.template} installs other content (${b.contentHash} -> ${a.contentHash}), but ${name} keeps its image (${a.image}) and root volume, so it does not get it`,
          fix: backend === 'aws' ? 'bake the template (images: in lab.yaml) so that a new version moves the workspace to a new image, or replace the workspace (remove it, deploy, add it back)'
            : 'bake the template into an image (ImageBake) and name it in image:, or replace the workspace',
        });
      }
      continue;
    }
    rows.push({ workspace: name, action: 'none', before: b, after: a, changes, effect: 'no change of image' });
  }
  return { rows, findings };
}

function describe(s: WorkspaceImageState): string {
  const kind: Record<string, string> = {
    'baked': 'the baked image in',
    'ami': 'AMI',
    'public': 'the public image',
    'container-disk': 'container disk',
    'url': 'image',
    'template-vm': 'template VM',
    'container-template': 'container template',
  };
  return `${kind[s.imageKind] ?? s.imageKind} ${s.image}${s.provisioning === 'boot' ? ' (baked: per-workspace part only)' : ' (full install at first boot)'}`;
}

// -------------------------------------------------------------------------------------------
// The states of a loaded lab, per backend.

/** Content hashes, computed once per template, parameter values and platform. */
class ContentHashes {
  private readonly cache = new Map<string, string>();
  constructor(private readonly mod: typeof import('../workspaces/userdata')) {}

  public of(template: ResolvedTemplate, platform: WorkspacePlatform, policy: WorkspacePolicy | undefined, where: string): string {
    const key = `${template.slug}|${platform}|${JSON.stringify(template.parameterValues)}`;
    let hash = this.cache.get(key);
    if (hash === undefined) {
      // The hash is that of the install part, the same for the bake and the full boot.
      hash = this.mod.WorkspaceUserData.generate({
        template, platform, policy, phase: this.mod.ProvisioningPhase.BAKE, where, maxUserDataBytes: 1048576,
      }).imageContentHash;
      this.cache.set(key, hash);
    }
    return hash;
  }
}

async function awsStates(lab: LoadedLab, hashes: ContentHashes): Promise<WorkspaceImageState[]> {
  const { TemplateCatalog } = await import('../workspaces/catalog.js');
  const { WorkspacePolicy: Policy } = await import('../workspaces/policy.js');
  const { ImageBake } = await import('../workspaces/images.js');
  const { labBakesTemplate, labImageParameterPrefix } = await import('../workspaces/private/lab-images.js');
  const { publicImageParameter } = await import('../constructs/aws/private/machine-image.js');
  const { Architecture } = await import('../workspaces/sizes.js');
  const { OperatingSystem, PackageManager } = await import('../workspaces/template.js');
  const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
  const def = lab.definition!;
  const catalog = def.catalog ?? TemplateCatalog.bundled();
  if (def.templatesDir && !def.catalog) catalog.loadDirectory(def.templatesDir);
  const policy = def.policy ?? (def.policyFile ? Policy.fromFile(def.policyFile) : undefined);
  return def.workspaces.map((w, i) => {
    const template = catalog.resolve(w.template, w.parameters);
    const arch = lab.view.workspaces[i].architecture;
    const where = `${lab.view.file}: workspace "${w.name}"`;
    const contentHash = hashes.of(template, Platform.AWS, policy, where);
    const base = { workspace: w.name, template: template.slug, version: template.definition.version ?? 'unversioned', contentHash, homesShared: true };
    if (labBakesTemplate(def.images, template, w.amis !== undefined)) {
      const bakeArch = w.architecture ?? TemplateCatalog.defaultArchitecture(template);
      const bake = ImageBake.of({ template, platform: Platform.AWS, policy, where });
      return { ...base, imageKind: 'baked', image: bake.parameterName(labImageParameterPrefix(def.name, catalog, template, bakeArch)), provisioning: 'boot' as const };
    }
    if (w.amis) {
      const region = def.region;
      const ami = region && w.amis[region] ? w.amis[region] : Object.entries(w.amis).map(([r, a]) => `${r}=${a}`).join(', ');
      return { ...base, imageKind: 'ami', image: ami, provisioning: 'full' as const };
    }
    let image = publicImageParameter(template.os, arch);
    if (!image && template.os === OperatingSystem.AMAZON_LINUX_2023) {
      image = `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${arch === Architecture.ARM64 ? 'arm64' : 'x86_64'}`;
    }
    if (!image && template.packageManager === PackageManager.AMI) {
      const amis = template.definition.amiConfig?.amis ?? {};
      const perArch = def.region ? amis[def.region] : undefined;
      image = perArch?.[arch] ?? `ami_config of ${template.slug}`;
    }
    return { ...base, imageKind: 'public', image: image ?? `none (${template.os}: give amis:)`, provisioning: 'full' as const };
  });
}

async function kubernetesStates(lab: LoadedLab, hashes: ContentHashes): Promise<WorkspaceImageState[]> {
  const { OFFICIAL_CLOUD_IMAGES } = await import('../workspaces/private/cloud-images.js');
  const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
  const props = lab.kubernetes!.props;
  const catalog = props.catalog!;
  return props.workspaces.map((w) => {
    const template = catalog.resolve(w.template, w.parameters);
    const contentHash = hashes.of(template, Platform.KUBERNETES, props.policy, `${lab.view.file}: workspace "${w.name}"`);
    const image = w.image;
    const url = image?.url ?? (OFFICIAL_CLOUD_IMAGES[template.os] ? OFFICIAL_CLOUD_IMAGES[template.os]!.url : `none (${template.os}: give image:)`);
    return {
      workspace: w.name,
      template: template.slug,
      version: template.definition.version ?? 'unversioned',
      contentHash,
      imageKind: image?.kind === 'registry' ? 'container-disk' : 'url',
      image: url.replace(/^docker:\/\//, ''),
      provisioning: image?.bakedContentHash ? 'boot' as const : 'full' as const,
      imageContentHash: image?.bakedContentHash,
      homesShared: props.storage !== undefined,
    };
  });
}

async function proxmoxStates(lab: LoadedLab, hashes: ContentHashes): Promise<WorkspaceImageState[]> {
  const { OFFICIAL_CLOUD_IMAGES } = await import('../workspaces/private/cloud-images.js');
  const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
  const props = lab.proxmox!.props;
  const catalog = props.catalog!;
  return props.workspaces.map((w) => {
    const template = catalog.resolve(w.template, w.parameters);
    const contentHash = hashes.of(template, Platform.PROXMOX, props.policy, `${lab.view.file}: workspace "${w.name}"`);
    const base = { workspace: w.name, template: template.slug, version: template.definition.version ?? 'unversioned', contentHash };
    if (w.kind !== undefined && String(w.kind) !== 'vm') {
      return { ...base, imageKind: 'container-template', image: `${template.os} container template`, provisioning: 'full' as const, homesShared: false };
    }
    const vm = w.image?.templateVm;
    const homesShared = props.storage !== undefined;
    if (vm) {
      return {
        ...base, imageKind: 'template-vm', image: `VM ${vm.vmId}`, provisioning: vm.bakedContentHash ? 'boot' as const : 'full' as const, imageContentHash: vm.bakedContentHash, homesShared,
      };
    }
    const url = w.image?.download?.url ?? OFFICIAL_CLOUD_IMAGES[template.os]?.url ?? `none (${template.os}: give image:)`;
    return { ...base, imageKind: 'url', image: url, provisioning: 'full' as const, homesShared };
  });
}

/** The image state of every workspace of a loaded lab. */
export async function imageStates(lab: LoadedLab): Promise<WorkspaceImageState[]> {
  const hashes = new ContentHashes(await import('../workspaces/userdata/index.js'));
  const backend = lab.view.backend;
  return backend === 'aws' ? awsStates(lab, hashes) : backend === 'kubernetes' ? kubernetesStates(lab, hashes) : proxmoxStates(lab, hashes);
}

// -------------------------------------------------------------------------------------------
// The previous state: a git revision or a lab file.

/** The previous lab, read into a temporary folder (git) or in place (--previous). */
interface PreviousLab {
  /** How it is named in the output: `HEAD (3f2a1b0)` or the file. */
  readonly label: string;
  /** JSON description. */
  readonly json: Record<string, unknown>;
  /** The lab file to load; undefined when the lab file did not exist there. */
  readonly file?: string;
  /** Notes for the output. */
  readonly notes: string[];
  /** Puts a path of the temporary copy back into the user's terms (`HEAD:lab.yaml`). */
  relabel(text: string): string;
  /** Removes the temporary copy. */
  dispose(): void;
}

function run(args: string[], cwd: string, input?: string): SpawnSyncReturns<Buffer> {
  const r = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' },
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new CliInputError('git is not installed (it reads the previous state of the lab). Fix: install git, or give the previous lab file with --previous <file>');
  }
  if (r.error) throw r.error;
  return r;
}

function firstLine(b: Buffer | null): string {
  return (b?.toString('utf8') ?? '').trim().split('\n')[0] ?? '';
}

/** The files a lab file names (templates, registry and its lock, policy), relative to its folder, as written. */
function namedFiles(text: string): Array<{ key: string; value: string; folder: boolean }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const YAML = require('yaml') as typeof import('yaml');
  let data: any;
  try {
    data = YAML.parse(text);
  } catch {
    return []; // the loader reports the syntax error with its line
  }
  const out: Array<{ key: string; value: string; folder: boolean }> = [];
  if (!data || typeof data !== 'object') return out;
  for (const key of ['templates', 'registry', 'policy']) {
    const v = data[key];
    if (typeof v === 'string' && v.length > 0) out.push({ key, value: v, folder: key === 'templates' });
  }
  const reg = out.find((f) => f.key === 'registry');
  if (reg) {
    const base = path.basename(reg.value).replace(/\.ya?ml$/i, '');
    out.push({ key: 'registry lock', value: path.join(path.dirname(reg.value), `${base}.lock.json`), folder: false });
  }
  return out;
}

function previousFromGit(ctx: Context, labFile: string, rev: string): PreviousLab {
  if (rev.startsWith('-') || /[\s\0]/.test(rev)) {
    throw new UsageError(`--against takes a revision (a commit, branch or tag such as HEAD~1 or origin/main), not "${rev}"`, ctx.commandName);
  }
  const abs = fs.realpathSync(path.resolve(labFile)); // labFile is as userPath() gives it: relative to the process
  const labDir = path.dirname(abs);
  const top = run(['rev-parse', '--show-toplevel'], labDir);
  if (top.status !== 0) {
    throw new CliInputError(`${labFile}: not in a git repository (${firstLine(top.stderr)}). Fix: run plan-upgrade in the lab's repository, or compare with a copy of the previous lab: --previous <old lab.yaml>`);
  }
  const root = fs.realpathSync(top.stdout.toString('utf8').trim());
  const verify = run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root);
  if (verify.status !== 0) {
    throw new CliInputError(`--against ${rev}: no such commit in the lab's repository (${root}). Fix: give a commit, branch or tag (HEAD~1, origin/main, a release tag); in a shallow CI clone fetch it first (git fetch origin main)`);
  }
  const commit = verify.stdout.toString('utf8').trim();
  const abbrev = commit.slice(0, 7);
  const label = rev === commit || rev.startsWith(abbrev) ? abbrev : `${rev} (${abbrev})`;
  const toRepo = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const relLab = toRepo(abs);
  const exists = (p: string) => run(['cat-file', '-e', `${commit}:${p}`], root).status === 0;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-plan-upgrade-'));
  const dispose = () => fs.rmSync(tmp, { recursive: true, force: true });
  const relabel = (text: string) => text.split(`${tmp}${path.sep}`).join(`${rev}:`).split(tmp).join(`${rev}:`);
  const json = { against: rev, commit, file: relLab };
  if (!exists(relLab)) {
    return { label, json, notes: [`${relLab} does not exist at ${label}: every workspace is new`], relabel, dispose };
  }
  try {
    const text = run(['cat-file', 'blob', `${commit}:${relLab}`], root).stdout.toString('utf8');
    const wanted = [relLab];
    for (const f of namedFiles(text)) {
      const target = path.resolve(labDir, f.value);
      const rel = toRepo(target);
      if (path.isAbsolute(f.value) || rel.startsWith('../') || rel === '..') {
        throw new CliInputError(`${rev}:${relLab}: ${f.key}: ${f.value} is outside the repository, so its state at ${label} is unknown. `
          + 'Fix: keep the lab\'s files in its repository, or give the previous lab file with --previous <file>');
      }
      if (exists(rel)) wanted.push(rel);
    }
    extract(root, commit, wanted, tmp);
    // The kit itself: content hashes are computed by the kit installed now.
    const notes: string[] = [];
    const kitThen = kitVersion(() => run(['cat-file', 'blob', `${commit}:package.json`], root));
    const kitNow = kitVersion(() => ({ status: 0, stdout: fs.readFileSync(path.join(root, 'package.json')) } as SpawnSyncReturns<Buffer>));
    if (kitThen !== kitNow && (kitThen !== undefined || kitNow !== undefined)) {
      notes.push(`package.json asks for cdk-research-workspaces ${kitThen ?? '(none)'} at ${label} and ${kitNow ?? '(none)'} now: both states are computed with the kit installed now, `
        + 'so content that changes with the kit itself (its provisioning scripts) is not shown; the images are rebuilt when the new kit\'s bake differs');
    }
    return { label, json, file: path.join(tmp, ...relLab.split('/')), notes, relabel, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

function kitVersion(read: () => SpawnSyncReturns<Buffer>): string | undefined {
  try {
    const r = read();
    if (r.status !== 0) return undefined;
    const pkg = JSON.parse(r.stdout.toString('utf8'));
    return pkg.dependencies?.['cdk-research-workspaces'] ?? pkg.devDependencies?.['cdk-research-workspaces'];
  } catch {
    return undefined;
  }
}

/** Writes the files of `paths` (files or folders) at `commit` under `dest`, as the repository lays them out. */
function extract(root: string, commit: string, paths: string[], dest: string): void {
  const list = run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], root);
  if (list.status !== 0) throw new CliInputError(`git ls-tree failed in ${shownPath(root)}: ${firstLine(list.stderr)}`);
  const entries = list.stdout.toString('utf8').split('\0').filter(Boolean).map((line) => {
    const tab = line.indexOf('\t');
    const [mode, type, sha] = line.slice(0, tab).split(' ');
    return { mode, type, sha, file: line.slice(tab + 1) };
  }).filter((e) => e.type === 'blob');
  if (entries.length === 0) return;
  const batch = run(['cat-file', '--batch'], root, entries.map((e) => e.sha).join('\n') + '\n');
  const out = batch.stdout;
  let at = 0;
  for (const e of entries) {
    const nl = out.indexOf(0x0a, at);
    const header = out.subarray(at, nl).toString('utf8').split(' ');
    const size = Number(header[2]);
    const content = out.subarray(nl + 1, nl + 1 + size);
    at = nl + 1 + size + 1;
    const target = path.join(dest, ...e.file.split('/'));
    if (!target.startsWith(dest + path.sep)) continue;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (e.mode === '120000') fs.symlinkSync(content.toString('utf8'), target);
    else fs.writeFileSync(target, content);
  }
}

function previousFromFile(ctx: Context, file: string): PreviousLab {
  const abs = path.resolve(ctx.cwd, file);
  if (!fs.existsSync(abs)) throw new CliInputError(`--previous ${file}: the lab file does not exist. Fix: give the path of the previous lab.yaml (e.g. a checkout of the deployed revision)`);
  const shown = userPath(ctx, file);
  return { label: shown, json: { previous: shown }, file: shown, notes: [], relabel: (t) => t, dispose: () => undefined };
}

/** Re-throws an error of the previous lab with its files named as the user knows them. */
function relabelError(e: unknown, prev: PreviousLab): unknown {
  if (WorkspaceInputError.isWorkspaceInputError(e)) {
    const diagnostics = e.diagnostics.map((d): Diagnostic => ({
      ...d,
      message: prev.relabel(d.message),
      value: d.value === undefined ? undefined : prev.relabel(d.value),
      fix: d.fix === undefined ? undefined : prev.relabel(d.fix),
      location: d.location ? { ...d.location, file: d.location.file === undefined ? undefined : prev.relabel(d.location.file) } : undefined,
    }));
    return new WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `the previous lab (${prev.label}): ${diagnostics.length} problems` : undefined);
  }
  if (e instanceof Error) {
    const m = prev.relabel(e.message);
    return e instanceof CliInputError || m !== e.message ? new CliInputError(`the previous lab (${prev.label}): ${m}`) : e;
  }
  return e;
}

// -------------------------------------------------------------------------------------------
// The command.

const ACTION_TEXT: Record<UpgradeAction, string> = {
  none: 'unchanged',
  replace: 'root volume replaced',
  update: 'updated in place',
  new: 'new',
  removed: 'removed',
};

function short(hash: string): string {
  return /^[0-9a-f]{16}$/.test(hash) ? hash.slice(0, 8) : hash;
}

function pair<T>(b: T | undefined, a: T | undefined, show: (x: T) => string = String): string {
  if (b === undefined) return show(a!);
  if (a === undefined) return show(b);
  const sb = show(b);
  const sa = show(a);
  return sb === sa ? sa : `${sb} -> ${sa}`;
}

export const planUpgradeCommand: Command = {
  name: 'plan-upgrade',
  summary: 'List which workspaces would move to which image: the lab file now against a git revision or a previous file',
  description: `Compares the lab as it is now (the lab file, its templates, registry and policy in the working
tree) with a previous state of it and lists, for every workspace, its template, template version,
content hash (what the template installs) and image before and after, and what deploying does:
unchanged; root volume replaced (a new image: homes, projects and scratch on the lab's shared storage
stay); updated in place (the boot settings change on the same root volume, which does not apply a
changed install); new; removed.

The previous state is a git revision (--against, default HEAD: what is committed, so the plan shows
what the uncommitted changes do; in a pull request, the deployed branch or tag): its lab file, template
folder, registry and policy are read with git, nothing is checked out. Or --previous names a lab file
(a second checkout, a copy). AWS: a workspace boots the image parameter of its template version when
lab.yaml has images: (the lab bakes it), else its amis: or the distribution's public image; Kubernetes
the container disk or image address of image:; Proxmox VE the template VM or image address.

Images behind a parameter (the pipeline's weekly rebuilds, the distributions' public images) are
resolved at each deployment: a newer image there replaces root volumes too, which no file shows.`,
  args: [{ name: 'lab.yaml', help: 'the lab file as it is now' }],
  options: [
    { name: 'against', value: 'rev', help: 'git revision of the previous state (default HEAD)' },
    { name: 'previous', value: 'file', help: 'the previous lab file, instead of a git revision' },
    { name: 'backend', value: 'name', help: 'aws, kubernetes or proxmox (default: from the file, as for rws lab synth)' },
  ],
  examples: [
    'rws lab plan-upgrade lab.yaml                       # uncommitted changes against HEAD',
    'rws lab plan-upgrade lab.yaml --against origin/main  # a pull request against the deployed branch',
    'rws lab plan-upgrade lab.yaml --previous ../deployed/lab.yaml --json',
  ],
  exitCodes: '  0  the plan was printed and needs no attention\n'
    + '  1  findings: a template whose content changed under the same version (baked image), a changed install a workspace does not get, homes lost with a root volume\n'
    + '  2  usage or input error: an invalid lab file now or before, not a git repository, an unknown revision, a backend that changed',
  async run(ctx, input) {
    if (input.has('against') && input.has('previous')) throw new UsageError('give --against <rev> or --previous <file>, not both', ctx.commandName);
    const labArg = input.args[0];
    const file = userPath(ctx, labArg);
    if (!fs.existsSync(file)) throw new CliInputError(`${file}: the lab file does not exist`);
    const { labBackend, loadLab } = await import('./lab-view.js');
    const { backend, source } = labBackend(file, input.str('backend'), ctx.commandName);
    const prev = input.has('previous') ? previousFromFile(ctx, input.str('previous')!) : previousFromGit(ctx, file, input.str('against') ?? 'HEAD');
    try {
      ctx.out.progress(`reading ${file} and ${prev.label} (${backend})...`);
      let now: LoadedLab;
      let before: LoadedLab | undefined;
      let statesNow: WorkspaceImageState[];
      let statesBefore: WorkspaceImageState[] = [];
      try {
        now = await loadLab(file, backend, source);
        statesNow = await imageStates(now);
        if (prev.file !== undefined) {
          try {
            const old = labBackend(prev.file, undefined, ctx.commandName);
            if (old.backend !== backend) {
              throw new CliInputError(`${prev.label}: the previous lab file is for ${old.backend}, the lab file now for ${backend}. `
                + 'Fix: plan-upgrade compares two states of one lab on one backend; a lab that moves to another backend is a new lab there');
            }
            before = await loadLab(prev.file, backend, old.source);
            statesBefore = await imageStates(before);
          } catch (e) {
            throw relabelError(e, prev);
          }
        }
      } finally {
        ctx.out.progressDone();
      }
      const { rows, findings } = planUpgrade(statesBefore, statesNow, backend);
      const notes = [...prev.notes];
      if (backend === 'aws') {
        notes.push('images behind a parameter (the image pipeline\'s scheduled rebuilds, the distributions\' public images) are resolved at each deployment: '
          + 'a newer image there replaces those root volumes too, which no file shows');
      }
      if (before && before.view.name !== now.view.name) notes.push(`the lab's name changed (${before.view.name} -> ${now.view.name}): its image parameters and tags change with it`);
      print(ctx, now, prev, rows, findings, notes);
      return findings.length ? EXIT_FINDINGS : EXIT_OK;
    } finally {
      prev.dispose();
    }
  },
};

function print(ctx: Context, lab: LoadedLab, prev: PreviousLab, rows: UpgradeRow[], findings: UpgradeFinding[], notes: string[]): void {
  const out = ctx.out;
  const count = (a: UpgradeAction) => rows.filter((r) => r.action === a).length;
  const summary = { replace: count('replace'), update: count('update'), new: count('new'), removed: count('removed'), none: count('none') };
  if (out.json) {
    const state = (s: WorkspaceImageState | undefined) => (s ? {
      template: s.template,
      version: s.version,
      contentHash: s.contentHash,
      ...(s.imageContentHash ? { imageContentHash: s.imageContentHash } : {}),
      imageKind: s.imageKind,
      image: s.image,
      provisioning: s.provisioning,
      homesShared: s.homesShared,
    } : undefined);
    out.printJson({
      lab: lab.view.name,
      file: lab.view.file,
      backend: lab.view.backend,
      previous: prev.json,
      workspaces: rows.map((r) => ({
        name: r.workspace, action: r.action, before: state(r.before), after: state(r.after), changes: r.changes, effect: r.effect,
      })),
      summary,
      findings,
      notes,
    });
    return;
  }
  out.heading(`lab ${lab.view.name} (${lab.view.file}, ${lab.view.backend}): plan against ${prev.label}`);
  out.line();
  out.table(['WORKSPACE', 'TEMPLATE', 'VERSION', 'CONTENT', 'IMAGE', 'ACTION'], rows.map((r) => [
    r.workspace,
    pair(r.before?.template, r.after?.template),
    pair(r.before?.version, r.after?.version),
    pair(r.before?.contentHash, r.after?.contentHash, short),
    pair(r.before, r.after, (s) => `${s.image}${s.provisioning === 'boot' ? ' (baked)' : ''}`),
    ACTION_TEXT[r.action],
  ]));
  out.line();
  out.line(`${rows.length} workspaces: ${summary.replace} root volume${summary.replace === 1 ? '' : 's'} replaced, ${summary.update} updated in place, `
    + `${summary.new} new, ${summary.removed} removed, ${summary.none} unchanged.`);
  const told = rows.filter((r) => r.action !== 'none');
  if (told.length) {
    out.line();
    for (const r of told) out.line(`  ${r.workspace}: ${r.effect}`);
  }
  if (findings.length) {
    out.line();
    out.line('Findings:');
    for (const f of findings) out.line(`  - ${f.workspace}: ${f.message}. Fix: ${f.fix}`);
  }
  if (notes.length) {
    out.line();
    out.line('Notes:');
    for (const n of notes) out.line(`  - ${n}`);
  }
}
