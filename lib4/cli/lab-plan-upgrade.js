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
exports.planUpgradeCommand = void 0;
exports.planUpgrade = planUpgrade;
exports.imageStates = imageStates;
const child_process_1 = require("child_process");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const command_1 = require("./command");
const sources_1 = require("./sources");
const error_1 = require("../workspaces/private/error");
/** Compares two states of a lab's workspaces. Pure: the tests drive it with states of their own. */
function planUpgrade(before, after, backend) {
    const shared = backend === 'aws' ? 'homes on the lab\'s EFS kept' : 'homes on the lab\'s NFS share kept';
    const rows = [];
    const findings = [];
    const old = new Map(before.map((s) => [s.workspace, s]));
    const now = new Map(after.map((s) => [s.workspace, s]));
    const names = [...after.map((s) => s.workspace), ...before.map((s) => s.workspace).filter((n) => !now.has(n))];
    for (const name of names) {
        const b = old.get(name);
        const a = now.get(name);
        if (!b) {
            rows.push({ workspace: name, action: 'new', after: a, changes: [], effect: `new workspace: boots ${describe(a)}` });
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
        const changes = [];
        if (b.template !== a.template)
            changes.push(`template ${b.template} -> ${a.template}`);
        if (b.version !== a.version)
            changes.push(`version ${b.version} -> ${a.version}`);
        if (b.contentHash !== a.contentHash)
            changes.push(`content ${b.contentHash} -> ${a.contentHash}`);
        const imageMoved = b.imageKind !== a.imageKind || b.image !== a.image;
        if (imageMoved)
            changes.push(`image ${b.image} -> ${a.image}`);
        if (b.provisioning !== a.provisioning)
            changes.push(`provisioning ${b.provisioning} -> ${a.provisioning}`);
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
            }
            else if (b.contentHash !== a.contentHash) {
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
function describe(s) {
    const kind = {
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
    mod;
    cache = new Map();
    constructor(mod) {
        this.mod = mod;
    }
    of(template, platform, policy, where) {
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
async function awsStates(lab, hashes) {
    const { TemplateCatalog } = await import('../workspaces/catalog.js');
    const { WorkspacePolicy: Policy } = await import('../workspaces/policy.js');
    const { ImageBake } = await import('../workspaces/images.js');
    const { labBakesTemplate, labImageParameterPrefix } = await import('../workspaces/private/lab-images.js');
    const { publicImageParameter } = await import('../constructs/aws/private/machine-image.js');
    const { Architecture } = await import('../workspaces/sizes.js');
    const { OperatingSystem, PackageManager } = await import('../workspaces/template.js');
    const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
    const def = lab.definition;
    const catalog = def.catalog ?? TemplateCatalog.bundled();
    if (def.templatesDir && !def.catalog)
        catalog.loadDirectory(def.templatesDir);
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
            return { ...base, imageKind: 'baked', image: bake.parameterName(labImageParameterPrefix(def.name, catalog, template, bakeArch)), provisioning: 'boot' };
        }
        if (w.amis) {
            const region = def.region;
            const ami = region && w.amis[region] ? w.amis[region] : Object.entries(w.amis).map(([r, a]) => `${r}=${a}`).join(', ');
            return { ...base, imageKind: 'ami', image: ami, provisioning: 'full' };
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
        return { ...base, imageKind: 'public', image: image ?? `none (${template.os}: give amis:)`, provisioning: 'full' };
    });
}
async function kubernetesStates(lab, hashes) {
    const { OFFICIAL_CLOUD_IMAGES } = await import('../workspaces/private/cloud-images.js');
    const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
    const props = lab.kubernetes.props;
    const catalog = props.catalog;
    return props.workspaces.map((w) => {
        const template = catalog.resolve(w.template, w.parameters);
        const contentHash = hashes.of(template, Platform.KUBERNETES, props.policy, `${lab.view.file}: workspace "${w.name}"`);
        const image = w.image;
        const url = image?.url ?? (OFFICIAL_CLOUD_IMAGES[template.os] ? OFFICIAL_CLOUD_IMAGES[template.os].url : `none (${template.os}: give image:)`);
        return {
            workspace: w.name,
            template: template.slug,
            version: template.definition.version ?? 'unversioned',
            contentHash,
            imageKind: image?.kind === 'registry' ? 'container-disk' : 'url',
            image: url.replace(/^docker:\/\//, ''),
            provisioning: image?.bakedContentHash ? 'boot' : 'full',
            imageContentHash: image?.bakedContentHash,
            homesShared: props.storage !== undefined,
        };
    });
}
async function proxmoxStates(lab, hashes) {
    const { OFFICIAL_CLOUD_IMAGES } = await import('../workspaces/private/cloud-images.js');
    const { WorkspacePlatform: Platform } = await import('../workspaces/userdata/index.js');
    const props = lab.proxmox.props;
    const catalog = props.catalog;
    return props.workspaces.map((w) => {
        const template = catalog.resolve(w.template, w.parameters);
        const contentHash = hashes.of(template, Platform.PROXMOX, props.policy, `${lab.view.file}: workspace "${w.name}"`);
        const base = { workspace: w.name, template: template.slug, version: template.definition.version ?? 'unversioned', contentHash };
        if (w.kind !== undefined && String(w.kind) !== 'vm') {
            return { ...base, imageKind: 'container-template', image: `${template.os} container template`, provisioning: 'full', homesShared: false };
        }
        const vm = w.image?.templateVm;
        const homesShared = props.storage !== undefined;
        if (vm) {
            return {
                ...base, imageKind: 'template-vm', image: `VM ${vm.vmId}`, provisioning: vm.bakedContentHash ? 'boot' : 'full', imageContentHash: vm.bakedContentHash, homesShared,
            };
        }
        const url = w.image?.download?.url ?? OFFICIAL_CLOUD_IMAGES[template.os]?.url ?? `none (${template.os}: give image:)`;
        return { ...base, imageKind: 'url', image: url, provisioning: 'full', homesShared };
    });
}
/** The image state of every workspace of a loaded lab. */
async function imageStates(lab) {
    const hashes = new ContentHashes(await import('../workspaces/userdata/index.js'));
    const backend = lab.view.backend;
    return backend === 'aws' ? awsStates(lab, hashes) : backend === 'kubernetes' ? kubernetesStates(lab, hashes) : proxmoxStates(lab, hashes);
}
function run(args, cwd, input) {
    const r = (0, child_process_1.spawnSync)('git', args, {
        cwd,
        input,
        maxBuffer: 1024 * 1024 * 1024,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1' },
    });
    if (r.error && r.error.code === 'ENOENT') {
        throw new command_1.CliInputError('git is not installed (it reads the previous state of the lab). Fix: install git, or give the previous lab file with --previous <file>');
    }
    if (r.error)
        throw r.error;
    return r;
}
function firstLine(b) {
    return (b?.toString('utf8') ?? '').trim().split('\n')[0] ?? '';
}
/** The files a lab file names (templates, registry and its lock, policy), relative to its folder, as written. */
function namedFiles(text) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const YAML = require('yaml');
    let data;
    try {
        data = YAML.parse(text);
    }
    catch {
        return []; // the loader reports the syntax error with its line
    }
    const out = [];
    if (!data || typeof data !== 'object')
        return out;
    for (const key of ['templates', 'registry', 'policy']) {
        const v = data[key];
        if (typeof v === 'string' && v.length > 0)
            out.push({ key, value: v, folder: key === 'templates' });
    }
    const reg = out.find((f) => f.key === 'registry');
    if (reg) {
        const base = path.basename(reg.value).replace(/\.ya?ml$/i, '');
        out.push({ key: 'registry lock', value: path.join(path.dirname(reg.value), `${base}.lock.json`), folder: false });
    }
    return out;
}
function previousFromGit(ctx, labFile, rev) {
    if (rev.startsWith('-') || /[\s\0]/.test(rev)) {
        throw new command_1.UsageError(`--against takes a revision (a commit, branch or tag such as HEAD~1 or origin/main), not "${rev}"`, ctx.commandName);
    }
    const abs = fs.realpathSync(path.resolve(labFile)); // labFile is as userPath() gives it: relative to the process
    const labDir = path.dirname(abs);
    const top = run(['rev-parse', '--show-toplevel'], labDir);
    if (top.status !== 0) {
        throw new command_1.CliInputError(`${labFile}: not in a git repository (${firstLine(top.stderr)}). Fix: run plan-upgrade in the lab's repository, or compare with a copy of the previous lab: --previous <old lab.yaml>`);
    }
    const root = fs.realpathSync(top.stdout.toString('utf8').trim());
    const verify = run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root);
    if (verify.status !== 0) {
        throw new command_1.CliInputError(`--against ${rev}: no such commit in the lab's repository (${root}). Fix: give a commit, branch or tag (HEAD~1, origin/main, a release tag); in a shallow CI clone fetch it first (git fetch origin main)`);
    }
    const commit = verify.stdout.toString('utf8').trim();
    const abbrev = commit.slice(0, 7);
    const label = rev === commit || rev.startsWith(abbrev) ? abbrev : `${rev} (${abbrev})`;
    const toRepo = (p) => path.relative(root, p).split(path.sep).join('/');
    const relLab = toRepo(abs);
    const exists = (p) => run(['cat-file', '-e', `${commit}:${p}`], root).status === 0;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-plan-upgrade-'));
    const dispose = () => fs.rmSync(tmp, { recursive: true, force: true });
    const relabel = (text) => text.split(`${tmp}${path.sep}`).join(`${rev}:`).split(tmp).join(`${rev}:`);
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
                throw new command_1.CliInputError(`${rev}:${relLab}: ${f.key}: ${f.value} is outside the repository, so its state at ${label} is unknown. `
                    + 'Fix: keep the lab\'s files in its repository, or give the previous lab file with --previous <file>');
            }
            if (exists(rel))
                wanted.push(rel);
        }
        extract(root, commit, wanted, tmp);
        // The kit itself: content hashes are computed by the kit installed now.
        const notes = [];
        const kitThen = kitVersion(() => run(['cat-file', 'blob', `${commit}:package.json`], root));
        const kitNow = kitVersion(() => ({ status: 0, stdout: fs.readFileSync(path.join(root, 'package.json')) }));
        if (kitThen !== kitNow && (kitThen !== undefined || kitNow !== undefined)) {
            notes.push(`package.json asks for cdk-research-workspaces ${kitThen ?? '(none)'} at ${label} and ${kitNow ?? '(none)'} now: both states are computed with the kit installed now, `
                + 'so content that changes with the kit itself (its provisioning scripts) is not shown; the images are rebuilt when the new kit\'s bake differs');
        }
        return { label, json, file: path.join(tmp, ...relLab.split('/')), notes, relabel, dispose };
    }
    catch (e) {
        dispose();
        throw e;
    }
}
function kitVersion(read) {
    try {
        const r = read();
        if (r.status !== 0)
            return undefined;
        const pkg = JSON.parse(r.stdout.toString('utf8'));
        return pkg.dependencies?.['cdk-research-workspaces'] ?? pkg.devDependencies?.['cdk-research-workspaces'];
    }
    catch {
        return undefined;
    }
}
/** Writes the files of `paths` (files or folders) at `commit` under `dest`, as the repository lays them out. */
function extract(root, commit, paths, dest) {
    const list = run(['ls-tree', '-r', '-z', '--full-tree', commit, '--', ...paths], root);
    if (list.status !== 0)
        throw new command_1.CliInputError(`git ls-tree failed in ${(0, sources_1.shownPath)(root)}: ${firstLine(list.stderr)}`);
    const entries = list.stdout.toString('utf8').split('\0').filter(Boolean).map((line) => {
        const tab = line.indexOf('\t');
        const [mode, type, sha] = line.slice(0, tab).split(' ');
        return { mode, type, sha, file: line.slice(tab + 1) };
    }).filter((e) => e.type === 'blob');
    if (entries.length === 0)
        return;
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
        if (!target.startsWith(dest + path.sep))
            continue;
        fs.mkdirSync(path.dirname(target), { recursive: true });
        if (e.mode === '120000')
            fs.symlinkSync(content.toString('utf8'), target);
        else
            fs.writeFileSync(target, content);
    }
}
function previousFromFile(ctx, file) {
    const abs = path.resolve(ctx.cwd, file);
    if (!fs.existsSync(abs))
        throw new command_1.CliInputError(`--previous ${file}: the lab file does not exist. Fix: give the path of the previous lab.yaml (e.g. a checkout of the deployed revision)`);
    const shown = (0, sources_1.userPath)(ctx, file);
    return { label: shown, json: { previous: shown }, file: shown, notes: [], relabel: (t) => t, dispose: () => undefined };
}
/** Re-throws an error of the previous lab with its files named as the user knows them. */
function relabelError(e, prev) {
    if (error_1.WorkspaceInputError.isWorkspaceInputError(e)) {
        const diagnostics = e.diagnostics.map((d) => ({
            ...d,
            message: prev.relabel(d.message),
            value: d.value === undefined ? undefined : prev.relabel(d.value),
            fix: d.fix === undefined ? undefined : prev.relabel(d.fix),
            location: d.location ? { ...d.location, file: d.location.file === undefined ? undefined : prev.relabel(d.location.file) } : undefined,
        }));
        return new error_1.WorkspaceInputError(diagnostics, diagnostics.length > 1 ? `the previous lab (${prev.label}): ${diagnostics.length} problems` : undefined);
    }
    if (e instanceof Error) {
        const m = prev.relabel(e.message);
        return e instanceof command_1.CliInputError || m !== e.message ? new command_1.CliInputError(`the previous lab (${prev.label}): ${m}`) : e;
    }
    return e;
}
// -------------------------------------------------------------------------------------------
// The command.
const ACTION_TEXT = {
    none: 'unchanged',
    replace: 'root volume replaced',
    update: 'updated in place',
    new: 'new',
    removed: 'removed',
};
function short(hash) {
    return /^[0-9a-f]{16}$/.test(hash) ? hash.slice(0, 8) : hash;
}
function pair(b, a, show = String) {
    if (b === undefined)
        return show(a);
    if (a === undefined)
        return show(b);
    const sb = show(b);
    const sa = show(a);
    return sb === sa ? sa : `${sb} -> ${sa}`;
}
exports.planUpgradeCommand = {
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
        if (input.has('against') && input.has('previous'))
            throw new command_1.UsageError('give --against <rev> or --previous <file>, not both', ctx.commandName);
        const labArg = input.args[0];
        const file = (0, sources_1.userPath)(ctx, labArg);
        if (!fs.existsSync(file))
            throw new command_1.CliInputError(`${file}: the lab file does not exist`);
        const { labBackend, loadLab } = await import('./lab-view.js');
        const { backend, source } = labBackend(file, input.str('backend'), ctx.commandName);
        const prev = input.has('previous') ? previousFromFile(ctx, input.str('previous')) : previousFromGit(ctx, file, input.str('against') ?? 'HEAD');
        try {
            ctx.out.progress(`reading ${file} and ${prev.label} (${backend})...`);
            let now;
            let before;
            let statesNow;
            let statesBefore = [];
            try {
                now = await loadLab(file, backend, source);
                statesNow = await imageStates(now);
                if (prev.file !== undefined) {
                    try {
                        const old = labBackend(prev.file, undefined, ctx.commandName);
                        if (old.backend !== backend) {
                            throw new command_1.CliInputError(`${prev.label}: the previous lab file is for ${old.backend}, the lab file now for ${backend}. `
                                + 'Fix: plan-upgrade compares two states of one lab on one backend; a lab that moves to another backend is a new lab there');
                        }
                        before = await loadLab(prev.file, backend, old.source);
                        statesBefore = await imageStates(before);
                    }
                    catch (e) {
                        throw relabelError(e, prev);
                    }
                }
            }
            finally {
                ctx.out.progressDone();
            }
            const { rows, findings } = planUpgrade(statesBefore, statesNow, backend);
            const notes = [...prev.notes];
            if (backend === 'aws') {
                notes.push('images behind a parameter (the image pipeline\'s scheduled rebuilds, the distributions\' public images) are resolved at each deployment: '
                    + 'a newer image there replaces those root volumes too, which no file shows');
            }
            if (before && before.view.name !== now.view.name)
                notes.push(`the lab's name changed (${before.view.name} -> ${now.view.name}): its image parameters and tags change with it`);
            print(ctx, now, prev, rows, findings, notes);
            return findings.length ? command_1.EXIT_FINDINGS : command_1.EXIT_OK;
        }
        finally {
            prev.dispose();
        }
    },
};
function print(ctx, lab, prev, rows, findings, notes) {
    const out = ctx.out;
    const count = (a) => rows.filter((r) => r.action === a).length;
    const summary = { replace: count('replace'), update: count('update'), new: count('new'), removed: count('removed'), none: count('none') };
    if (out.json) {
        const state = (s) => (s ? {
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
        for (const r of told)
            out.line(`  ${r.workspace}: ${r.effect}`);
    }
    if (findings.length) {
        out.line();
        out.line('Findings:');
        for (const f of findings)
            out.line(`  - ${f.workspace}: ${f.message}. Fix: ${f.fix}`);
    }
    if (notes.length) {
        out.line();
        out.line('Notes:');
        for (const n of notes)
            out.line(`  - ${n}`);
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLXBsYW4tdXBncmFkZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy9jbGkvbGFiLXBsYW4tdXBncmFkZS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUEyRUEsa0NBa0hDO0FBZ0lELGtDQUlDO0FBalVELGlEQUE0RDtBQUM1RCx1Q0FBeUI7QUFDekIsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3Qix1Q0FBZ0c7QUFFaEcsdUNBQWdEO0FBSWhELHVEQUFrRTtBQWdFbEUsb0dBQW9HO0FBQ3BHLFNBQWdCLFdBQVcsQ0FBQyxNQUE2QixFQUFFLEtBQTRCLEVBQUUsT0FBbUI7SUFFMUcsTUFBTSxNQUFNLEdBQUcsT0FBTyxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsOEJBQThCLENBQUMsQ0FBQyxDQUFDLG9DQUFvQyxDQUFDO0lBQ3pHLE1BQU0sSUFBSSxHQUFpQixFQUFFLENBQUM7SUFDOUIsTUFBTSxRQUFRLEdBQXFCLEVBQUUsQ0FBQztJQUN0QyxNQUFNLEdBQUcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pELE1BQU0sR0FBRyxHQUFHLElBQUksR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDeEQsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsRUFBRSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDL0csS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN6QixNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hCLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDeEIsSUFBSSxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ1AsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsTUFBTSxFQUFFLHdCQUF3QixRQUFRLENBQUMsQ0FBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDckgsU0FBUztRQUNYLENBQUM7UUFDRCxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDUCxJQUFJLENBQUMsSUFBSSxDQUFDO2dCQUNSLFNBQVMsRUFBRSxJQUFJO2dCQUNmLE1BQU0sRUFBRSxTQUFTO2dCQUNqQixNQUFNLEVBQUUsQ0FBQztnQkFDVCxPQUFPLEVBQUUsRUFBRTtnQkFDWCxNQUFNLEVBQUUsWUFBWSxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLFNBQVMsNkJBQTZCLENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsMERBQTBELEVBQUU7YUFDakwsQ0FBQyxDQUFDO1lBQ0gsSUFBSSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQztnQkFDbkIsUUFBUSxDQUFDLElBQUksQ0FBQztvQkFDWixTQUFTLEVBQUUsSUFBSTtvQkFDZixJQUFJLEVBQUUsc0JBQXNCO29CQUM1QixPQUFPLEVBQUUsR0FBRyxJQUFJLHFHQUFxRztvQkFDckgsR0FBRyxFQUFFLG1EQUFtRDtpQkFDekQsQ0FBQyxDQUFDO1lBQ0wsQ0FBQztZQUNELFNBQVM7UUFDWCxDQUFDO1FBQ0QsTUFBTSxPQUFPLEdBQWEsRUFBRSxDQUFDO1FBQzdCLElBQUksQ0FBQyxDQUFDLFFBQVEsS0FBSyxDQUFDLENBQUMsUUFBUTtZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLENBQUMsUUFBUSxPQUFPLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZGLElBQUksQ0FBQyxDQUFDLE9BQU8sS0FBSyxDQUFDLENBQUMsT0FBTztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLENBQUMsT0FBTyxPQUFPLENBQUMsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ2xGLElBQUksQ0FBQyxDQUFDLFdBQVcsS0FBSyxDQUFDLENBQUMsV0FBVztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLENBQUMsV0FBVyxPQUFPLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDO1FBQ2xHLE1BQU0sVUFBVSxHQUFHLENBQUMsQ0FBQyxTQUFTLEtBQUssQ0FBQyxDQUFDLFNBQVMsSUFBSSxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUM7UUFDdEUsSUFBSSxVQUFVO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxLQUFLLE9BQU8sQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDL0QsSUFBSSxDQUFDLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQyxZQUFZO1lBQUUsT0FBTyxDQUFDLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLFlBQVksT0FBTyxDQUFDLENBQUMsWUFBWSxFQUFFLENBQUMsQ0FBQztRQUMzRyxxRkFBcUY7UUFDckYsMEZBQTBGO1FBQzFGLCtDQUErQztRQUMvQyxNQUFNLGNBQWMsR0FBRyxDQUFDLFVBQVUsSUFBSSxDQUFDLENBQUMsWUFBWSxLQUFLLE1BQU0sSUFBSSxDQUFDLENBQUMsV0FBVyxLQUFLLENBQUMsQ0FBQyxXQUFXLENBQUM7UUFDbkcsSUFBSSxDQUFDLENBQUMsZ0JBQWdCLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxnQkFBZ0IsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7WUFDN0UsUUFBUSxDQUFDLElBQUksQ0FBQztnQkFDWixTQUFTLEVBQUUsSUFBSTtnQkFDZixJQUFJLEVBQUUsd0JBQXdCO2dCQUM5QixPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsS0FBSywyQkFBMkIsQ0FBQyxDQUFDLGdCQUFnQixjQUFjLENBQUMsQ0FBQyxRQUFRLGlCQUFpQixDQUFDLENBQUMsV0FBVyx1Q0FBdUM7Z0JBQzdKLEdBQUcsRUFBRSxnQ0FBZ0MsQ0FBQyxDQUFDLFFBQVEsdUVBQXVFO2FBQ3ZILENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCx5RkFBeUY7UUFDekYsb0ZBQW9GO1FBQ3BGLElBQUksVUFBVSxJQUFJLENBQUMsY0FBYyxJQUFJLE9BQU8sS0FBSyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ3hELElBQUksQ0FBQyxJQUFJLENBQUM7Z0JBQ1IsU0FBUyxFQUFFLElBQUk7Z0JBQ2YsTUFBTSxFQUFFLFNBQVM7Z0JBQ2pCLE1BQU0sRUFBRSxDQUFDO2dCQUNULEtBQUssRUFBRSxDQUFDO2dCQUNSLE9BQU87Z0JBQ1AsTUFBTSxFQUFFLDZCQUE2QixRQUFRLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQywrQ0FBK0MsRUFBRTthQUNoSSxDQUFDLENBQUM7WUFDSCxJQUFJLGNBQWMsRUFBRSxDQUFDO2dCQUNuQixRQUFRLENBQUMsSUFBSSxDQUFDO29CQUNaLFNBQVMsRUFBRSxJQUFJO29CQUNmLElBQUksRUFBRSx5QkFBeUI7b0JBQy9CLE9BQU8sRUFBRSxZQUFZLENBQUMsQ0FBQyxRQUFRLDRCQUE0QixDQUFDLENBQUMsV0FBVyxPQUFPLENBQUMsQ0FBQyxXQUFXLDRCQUE0QixDQUFDLENBQUMsT0FBTyxJQUFJOzBCQUNqSSxhQUFhLENBQUMsQ0FBQyxLQUFLLDZHQUE2RztvQkFDckksR0FBRyxFQUFFLGlCQUFpQixDQUFDLENBQUMsUUFBUSx3R0FBd0c7aUJBQ3pJLENBQUMsQ0FBQztZQUNMLENBQUM7WUFDRCxJQUFJLENBQUMsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO2dCQUNuQixRQUFRLENBQUMsSUFBSSxDQUFDO29CQUNaLFNBQVMsRUFBRSxJQUFJO29CQUNmLElBQUksRUFBRSxzQkFBc0I7b0JBQzVCLE9BQU8sRUFBRSxzQkFBc0IsSUFBSSx5RkFBeUY7b0JBQzVILEdBQUcsRUFBRSxzR0FBc0c7aUJBQzVHLENBQUMsQ0FBQztZQUNMLENBQUM7WUFDRCxTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLFdBQVcsS0FBSyxDQUFDLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBQyxZQUFZLEtBQUssQ0FBQyxDQUFDLFlBQVksSUFBSSxDQUFDLENBQUMsUUFBUSxLQUFLLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQztZQUN0RyxJQUFJLENBQUMsSUFBSSxDQUFDO2dCQUNSLFNBQVMsRUFBRSxJQUFJO2dCQUNmLE1BQU0sRUFBRSxRQUFRO2dCQUNoQixNQUFNLEVBQUUsQ0FBQztnQkFDVCxLQUFLLEVBQUUsQ0FBQztnQkFDUixPQUFPO2dCQUNQLE1BQU0sRUFBRSxtSUFBbUk7c0JBQ3ZJLHFEQUFxRDthQUMxRCxDQUFDLENBQUM7WUFDSCxJQUFJLGNBQWMsRUFBRSxDQUFDO2dCQUNuQixRQUFRLENBQUMsSUFBSSxDQUFDO29CQUNaLFNBQVMsRUFBRSxJQUFJO29CQUNmLElBQUksRUFBRSx5QkFBeUI7b0JBQy9CLE9BQU8sRUFBRSxZQUFZLENBQUMsQ0FBQyxRQUFRLDRCQUE0QixDQUFDLENBQUMsV0FBVyxPQUFPLENBQUMsQ0FBQyxXQUFXLFNBQVMsSUFBSSwwQkFBMEIsQ0FBQyxDQUFDLEtBQUssS0FBSzswQkFDM0ksdUVBQXVFO29CQUMzRSxHQUFHLEVBQUUsbUdBQW1HO2lCQUN6RyxDQUFDLENBQUM7WUFDTCxDQUFDO2lCQUFNLElBQUksQ0FBQyxDQUFDLFdBQVcsS0FBSyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUM7Z0JBQzNDLFFBQVEsQ0FBQyxJQUFJLENBQUM7b0JBQ1osU0FBUyxFQUFFLElBQUk7b0JBQ2YsSUFBSSxFQUFFLHFCQUFxQjtvQkFDM0IsT0FBTyxFQUFFLFlBQVksQ0FBQyxDQUFDLFFBQVEsNEJBQTRCLENBQUMsQ0FBQyxXQUFXLE9BQU8sQ0FBQyxDQUFDLFdBQVcsVUFBVSxJQUFJLHFCQUFxQixDQUFDLENBQUMsS0FBSywwQ0FBMEM7b0JBQ2hMLEdBQUcsRUFBRSxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyw2SkFBNko7d0JBQ3BMLENBQUMsQ0FBQyw2RkFBNkY7aUJBQ2xHLENBQUMsQ0FBQztZQUNMLENBQUM7WUFDRCxTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsb0JBQW9CLEVBQUUsQ0FBQyxDQUFDO0lBQzdHLENBQUM7SUFDRCxPQUFPLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxDQUFDO0FBQzVCLENBQUM7QUFFRCxTQUFTLFFBQVEsQ0FBQyxDQUFzQjtJQUN0QyxNQUFNLElBQUksR0FBMkI7UUFDbkMsT0FBTyxFQUFFLG9CQUFvQjtRQUM3QixLQUFLLEVBQUUsS0FBSztRQUNaLFFBQVEsRUFBRSxrQkFBa0I7UUFDNUIsZ0JBQWdCLEVBQUUsZ0JBQWdCO1FBQ2xDLEtBQUssRUFBRSxPQUFPO1FBQ2QsYUFBYSxFQUFFLGFBQWE7UUFDNUIsb0JBQW9CLEVBQUUsb0JBQW9CO0tBQzNDLENBQUM7SUFDRixPQUFPLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxJQUFJLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLFlBQVksS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLG1DQUFtQyxDQUFDLENBQUMsQ0FBQywrQkFBK0IsRUFBRSxDQUFDO0FBQzlKLENBQUM7QUFFRCw4RkFBOEY7QUFDOUYsMkNBQTJDO0FBRTNDLGlGQUFpRjtBQUNqRixNQUFNLGFBQWE7SUFFWTtJQURaLEtBQUssR0FBRyxJQUFJLEdBQUcsRUFBa0IsQ0FBQztJQUNuRCxZQUE2QixHQUE0QztRQUE1QyxRQUFHLEdBQUgsR0FBRyxDQUF5QztJQUFHLENBQUM7SUFFdEUsRUFBRSxDQUFDLFFBQTBCLEVBQUUsUUFBMkIsRUFBRSxNQUFtQyxFQUFFLEtBQWE7UUFDbkgsTUFBTSxHQUFHLEdBQUcsR0FBRyxRQUFRLENBQUMsSUFBSSxJQUFJLFFBQVEsSUFBSSxJQUFJLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDO1FBQ3ZGLElBQUksSUFBSSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQy9CLElBQUksSUFBSSxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQ3ZCLGlGQUFpRjtZQUNqRixJQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxpQkFBaUIsQ0FBQyxRQUFRLENBQUM7Z0JBQ3pDLFFBQVEsRUFBRSxRQUFRLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsR0FBRyxDQUFDLGlCQUFpQixDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTzthQUNyRyxDQUFDLENBQUMsZ0JBQWdCLENBQUM7WUFDcEIsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQzVCLENBQUM7UUFDRCxPQUFPLElBQUksQ0FBQztJQUNkLENBQUM7Q0FDRjtBQUVELEtBQUssVUFBVSxTQUFTLENBQUMsR0FBYyxFQUFFLE1BQXFCO0lBQzVELE1BQU0sRUFBRSxlQUFlLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQywwQkFBMEIsQ0FBQyxDQUFDO0lBQ3JFLE1BQU0sRUFBRSxlQUFlLEVBQUUsTUFBTSxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMseUJBQXlCLENBQUMsQ0FBQztJQUM1RSxNQUFNLEVBQUUsU0FBUyxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMseUJBQXlCLENBQUMsQ0FBQztJQUM5RCxNQUFNLEVBQUUsZ0JBQWdCLEVBQUUsdUJBQXVCLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxxQ0FBcUMsQ0FBQyxDQUFDO0lBQzFHLE1BQU0sRUFBRSxvQkFBb0IsRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLDRDQUE0QyxDQUFDLENBQUM7SUFDNUYsTUFBTSxFQUFFLFlBQVksRUFBRSxHQUFHLE1BQU0sTUFBTSxDQUFDLHdCQUF3QixDQUFDLENBQUM7SUFDaEUsTUFBTSxFQUFFLGVBQWUsRUFBRSxjQUFjLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQywyQkFBMkIsQ0FBQyxDQUFDO0lBQ3RGLE1BQU0sRUFBRSxpQkFBaUIsRUFBRSxRQUFRLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxpQ0FBaUMsQ0FBQyxDQUFDO0lBQ3hGLE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxVQUFXLENBQUM7SUFDNUIsTUFBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLE9BQU8sSUFBSSxlQUFlLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDekQsSUFBSSxHQUFHLENBQUMsWUFBWSxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU87UUFBRSxPQUFPLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQztJQUM5RSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsTUFBTSxJQUFJLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQzVGLE9BQU8sR0FBRyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUU7UUFDakMsTUFBTSxRQUFRLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQztRQUMzRCxNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUM7UUFDakQsTUFBTSxLQUFLLEdBQUcsR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksZ0JBQWdCLENBQUMsQ0FBQyxJQUFJLEdBQUcsQ0FBQztRQUN4RCxNQUFNLFdBQVcsR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDLFFBQVEsRUFBRSxRQUFRLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNyRSxNQUFNLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSSxhQUFhLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxJQUFJLEVBQUUsQ0FBQztRQUNuSixJQUFJLGdCQUFnQixDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLEtBQUssU0FBUyxDQUFDLEVBQUUsQ0FBQztZQUNqRSxNQUFNLFFBQVEsR0FBRyxDQUFDLENBQUMsWUFBWSxJQUFJLGVBQWUsQ0FBQyxtQkFBbUIsQ0FBQyxRQUFRLENBQUMsQ0FBQztZQUNqRixNQUFNLElBQUksR0FBRyxTQUFTLENBQUMsRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsR0FBRyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO1lBQy9FLE9BQU8sRUFBRSxHQUFHLElBQUksRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsYUFBYSxDQUFDLHVCQUF1QixDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSxNQUFlLEVBQUUsQ0FBQztRQUNuSyxDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDWCxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDO1lBQzFCLE1BQU0sR0FBRyxHQUFHLE1BQU0sSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDdkgsT0FBTyxFQUFFLEdBQUcsSUFBSSxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxZQUFZLEVBQUUsTUFBZSxFQUFFLENBQUM7UUFDbEYsQ0FBQztRQUNELElBQUksS0FBSyxHQUFHLG9CQUFvQixDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDcEQsSUFBSSxDQUFDLEtBQUssSUFBSSxRQUFRLENBQUMsRUFBRSxLQUFLLGVBQWUsQ0FBQyxpQkFBaUIsRUFBRSxDQUFDO1lBQ2hFLEtBQUssR0FBRyxrRUFBa0UsSUFBSSxLQUFLLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUM7UUFDL0gsQ0FBQztRQUNELElBQUksQ0FBQyxLQUFLLElBQUksUUFBUSxDQUFDLGNBQWMsS0FBSyxjQUFjLENBQUMsR0FBRyxFQUFFLENBQUM7WUFDN0QsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLFVBQVUsQ0FBQyxTQUFTLEVBQUUsSUFBSSxJQUFJLEVBQUUsQ0FBQztZQUN2RCxNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUM7WUFDMUQsS0FBSyxHQUFHLE9BQU8sRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLGlCQUFpQixRQUFRLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDOUQsQ0FBQztRQUNELE9BQU8sRUFBRSxHQUFHLElBQUksRUFBRSxTQUFTLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxLQUFLLElBQUksU0FBUyxRQUFRLENBQUMsRUFBRSxlQUFlLEVBQUUsWUFBWSxFQUFFLE1BQWUsRUFBRSxDQUFDO0lBQzlILENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELEtBQUssVUFBVSxnQkFBZ0IsQ0FBQyxHQUFjLEVBQUUsTUFBcUI7SUFDbkUsTUFBTSxFQUFFLHFCQUFxQixFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsdUNBQXVDLENBQUMsQ0FBQztJQUN4RixNQUFNLEVBQUUsaUJBQWlCLEVBQUUsUUFBUSxFQUFFLEdBQUcsTUFBTSxNQUFNLENBQUMsaUNBQWlDLENBQUMsQ0FBQztJQUN4RixNQUFNLEtBQUssR0FBRyxHQUFHLENBQUMsVUFBVyxDQUFDLEtBQUssQ0FBQztJQUNwQyxNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsT0FBUSxDQUFDO0lBQy9CLE9BQU8sS0FBSyxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRTtRQUNoQyxNQUFNLFFBQVEsR0FBRyxPQUFPLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxDQUFDO1FBQzNELE1BQU0sV0FBVyxHQUFHLE1BQU0sQ0FBQyxFQUFFLENBQUMsUUFBUSxFQUFFLFFBQVEsQ0FBQyxVQUFVLEVBQUUsS0FBSyxDQUFDLE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxnQkFBZ0IsQ0FBQyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUM7UUFDdEgsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQztRQUN0QixNQUFNLEdBQUcsR0FBRyxLQUFLLEVBQUUsR0FBRyxJQUFJLENBQUMscUJBQXFCLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxxQkFBcUIsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxTQUFTLFFBQVEsQ0FBQyxFQUFFLGdCQUFnQixDQUFDLENBQUM7UUFDaEosT0FBTztZQUNMLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSTtZQUNqQixRQUFRLEVBQUUsUUFBUSxDQUFDLElBQUk7WUFDdkIsT0FBTyxFQUFFLFFBQVEsQ0FBQyxVQUFVLENBQUMsT0FBTyxJQUFJLGFBQWE7WUFDckQsV0FBVztZQUNYLFNBQVMsRUFBRSxLQUFLLEVBQUUsSUFBSSxLQUFLLFVBQVUsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLEtBQUs7WUFDaEUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxPQUFPLENBQUMsY0FBYyxFQUFFLEVBQUUsQ0FBQztZQUN0QyxZQUFZLEVBQUUsS0FBSyxFQUFFLGdCQUFnQixDQUFDLENBQUMsQ0FBQyxNQUFlLENBQUMsQ0FBQyxDQUFDLE1BQWU7WUFDekUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLGdCQUFnQjtZQUN6QyxXQUFXLEVBQUUsS0FBSyxDQUFDLE9BQU8sS0FBSyxTQUFTO1NBQ3pDLENBQUM7SUFDSixDQUFDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCxLQUFLLFVBQVUsYUFBYSxDQUFDLEdBQWMsRUFBRSxNQUFxQjtJQUNoRSxNQUFNLEVBQUUscUJBQXFCLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyx1Q0FBdUMsQ0FBQyxDQUFDO0lBQ3hGLE1BQU0sRUFBRSxpQkFBaUIsRUFBRSxRQUFRLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxpQ0FBaUMsQ0FBQyxDQUFDO0lBQ3hGLE1BQU0sS0FBSyxHQUFHLEdBQUcsQ0FBQyxPQUFRLENBQUMsS0FBSyxDQUFDO0lBQ2pDLE1BQU0sT0FBTyxHQUFHLEtBQUssQ0FBQyxPQUFRLENBQUM7SUFDL0IsT0FBTyxLQUFLLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1FBQ2hDLE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUM7UUFDM0QsTUFBTSxXQUFXLEdBQUcsTUFBTSxDQUFDLEVBQUUsQ0FBQyxRQUFRLEVBQUUsUUFBUSxDQUFDLE9BQU8sRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLGdCQUFnQixDQUFDLENBQUMsSUFBSSxHQUFHLENBQUMsQ0FBQztRQUNuSCxNQUFNLElBQUksR0FBRyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRSxRQUFRLENBQUMsVUFBVSxDQUFDLE9BQU8sSUFBSSxhQUFhLEVBQUUsV0FBVyxFQUFFLENBQUM7UUFDaEksSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLFNBQVMsSUFBSSxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO1lBQ3BELE9BQU8sRUFBRSxHQUFHLElBQUksRUFBRSxTQUFTLEVBQUUsb0JBQW9CLEVBQUUsS0FBSyxFQUFFLEdBQUcsUUFBUSxDQUFDLEVBQUUscUJBQXFCLEVBQUUsWUFBWSxFQUFFLE1BQWUsRUFBRSxXQUFXLEVBQUUsS0FBSyxFQUFFLENBQUM7UUFDckosQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQyxLQUFLLEVBQUUsVUFBVSxDQUFDO1FBQy9CLE1BQU0sV0FBVyxHQUFHLEtBQUssQ0FBQyxPQUFPLEtBQUssU0FBUyxDQUFDO1FBQ2hELElBQUksRUFBRSxFQUFFLENBQUM7WUFDUCxPQUFPO2dCQUNMLEdBQUcsSUFBSSxFQUFFLFNBQVMsRUFBRSxhQUFhLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxDQUFDLElBQUksRUFBRSxFQUFFLFlBQVksRUFBRSxFQUFFLENBQUMsZ0JBQWdCLENBQUMsQ0FBQyxDQUFDLE1BQWUsQ0FBQyxDQUFDLENBQUMsTUFBZSxFQUFFLGdCQUFnQixFQUFFLEVBQUUsQ0FBQyxnQkFBZ0IsRUFBRSxXQUFXO2FBQ3JMLENBQUM7UUFDSixDQUFDO1FBQ0QsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEtBQUssRUFBRSxRQUFRLEVBQUUsR0FBRyxJQUFJLHFCQUFxQixDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsRUFBRSxHQUFHLElBQUksU0FBUyxRQUFRLENBQUMsRUFBRSxnQkFBZ0IsQ0FBQztRQUN0SCxPQUFPLEVBQUUsR0FBRyxJQUFJLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLFlBQVksRUFBRSxNQUFlLEVBQUUsV0FBVyxFQUFFLENBQUM7SUFDL0YsQ0FBQyxDQUFDLENBQUM7QUFDTCxDQUFDO0FBRUQsMERBQTBEO0FBQ25ELEtBQUssVUFBVSxXQUFXLENBQUMsR0FBYztJQUM5QyxNQUFNLE1BQU0sR0FBRyxJQUFJLGFBQWEsQ0FBQyxNQUFNLE1BQU0sQ0FBQyxpQ0FBaUMsQ0FBQyxDQUFDLENBQUM7SUFDbEYsTUFBTSxPQUFPLEdBQUcsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUM7SUFDakMsT0FBTyxPQUFPLEtBQUssS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLEtBQUssWUFBWSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDNUksQ0FBQztBQXFCRCxTQUFTLEdBQUcsQ0FBQyxJQUFjLEVBQUUsR0FBVyxFQUFFLEtBQWM7SUFDdEQsTUFBTSxDQUFDLEdBQUcsSUFBQSx5QkFBUyxFQUFDLEtBQUssRUFBRSxJQUFJLEVBQUU7UUFDL0IsR0FBRztRQUNILEtBQUs7UUFDTCxTQUFTLEVBQUUsSUFBSSxHQUFHLElBQUksR0FBRyxJQUFJO1FBQzdCLEdBQUcsRUFBRSxFQUFFLEdBQUcsT0FBTyxDQUFDLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxHQUFHLEVBQUU7S0FDekYsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxDQUFDLENBQUMsS0FBSyxJQUFLLENBQUMsQ0FBQyxLQUErQixDQUFDLElBQUksS0FBSyxRQUFRLEVBQUUsQ0FBQztRQUNwRSxNQUFNLElBQUksdUJBQWEsQ0FBQyx1SUFBdUksQ0FBQyxDQUFDO0lBQ25LLENBQUM7SUFDRCxJQUFJLENBQUMsQ0FBQyxLQUFLO1FBQUUsTUFBTSxDQUFDLENBQUMsS0FBSyxDQUFDO0lBQzNCLE9BQU8sQ0FBQyxDQUFDO0FBQ1gsQ0FBQztBQUVELFNBQVMsU0FBUyxDQUFDLENBQWdCO0lBQ2pDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7QUFDakUsQ0FBQztBQUVELGlIQUFpSDtBQUNqSCxTQUFTLFVBQVUsQ0FBQyxJQUFZO0lBQzlCLGlFQUFpRTtJQUNqRSxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsTUFBTSxDQUEwQixDQUFDO0lBQ3RELElBQUksSUFBUyxDQUFDO0lBQ2QsSUFBSSxDQUFDO1FBQ0gsSUFBSSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDMUIsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sRUFBRSxDQUFDLENBQUMsb0RBQW9EO0lBQ2pFLENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBMkQsRUFBRSxDQUFDO0lBQ3ZFLElBQUksQ0FBQyxJQUFJLElBQUksT0FBTyxJQUFJLEtBQUssUUFBUTtRQUFFLE9BQU8sR0FBRyxDQUFDO0lBQ2xELEtBQUssTUFBTSxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsVUFBVSxFQUFFLFFBQVEsQ0FBQyxFQUFFLENBQUM7UUFDdEQsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3BCLElBQUksT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxLQUFLLFdBQVcsRUFBRSxDQUFDLENBQUM7SUFDdEcsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEtBQUssVUFBVSxDQUFDLENBQUM7SUFDbEQsSUFBSSxHQUFHLEVBQUUsQ0FBQztRQUNSLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLE9BQU8sQ0FBQyxXQUFXLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDL0QsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsRUFBRSxlQUFlLEVBQUUsS0FBSyxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLEVBQUUsR0FBRyxJQUFJLFlBQVksQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDO0lBQ3BILENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRCxTQUFTLGVBQWUsQ0FBQyxHQUFZLEVBQUUsT0FBZSxFQUFFLEdBQVc7SUFDakUsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxJQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUM5QyxNQUFNLElBQUksb0JBQVUsQ0FBQyw0RkFBNEYsR0FBRyxHQUFHLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO0lBQzVJLENBQUM7SUFDRCxNQUFNLEdBQUcsR0FBRyxFQUFFLENBQUMsWUFBWSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLDZEQUE2RDtJQUNqSCxNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2pDLE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxDQUFDLFdBQVcsRUFBRSxpQkFBaUIsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDO0lBQzFELElBQUksR0FBRyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUNyQixNQUFNLElBQUksdUJBQWEsQ0FBQyxHQUFHLE9BQU8sOEJBQThCLFNBQVMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLHlIQUF5SCxDQUFDLENBQUM7SUFDbE4sQ0FBQztJQUNELE1BQU0sSUFBSSxHQUFHLEVBQUUsQ0FBQyxZQUFZLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNqRSxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxXQUFXLEVBQUUsVUFBVSxFQUFFLFNBQVMsRUFBRSxHQUFHLEdBQUcsV0FBVyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDbEYsSUFBSSxNQUFNLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ3hCLE1BQU0sSUFBSSx1QkFBYSxDQUFDLGFBQWEsR0FBRyw2Q0FBNkMsSUFBSSx5SUFBeUksQ0FBQyxDQUFDO0lBQ3RPLENBQUM7SUFDRCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztJQUNyRCxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUNsQyxNQUFNLEtBQUssR0FBRyxHQUFHLEtBQUssTUFBTSxJQUFJLEdBQUcsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLEtBQUssTUFBTSxHQUFHLENBQUM7SUFDdkYsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFTLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQy9FLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMzQixNQUFNLE1BQU0sR0FBRyxDQUFDLENBQVMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsVUFBVSxFQUFFLElBQUksRUFBRSxHQUFHLE1BQU0sSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUM7SUFDM0YsTUFBTSxHQUFHLEdBQUcsRUFBRSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLEVBQUUsRUFBRSxtQkFBbUIsQ0FBQyxDQUFDLENBQUM7SUFDeEUsTUFBTSxPQUFPLEdBQUcsR0FBRyxFQUFFLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEVBQUUsRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQ3ZFLE1BQU0sT0FBTyxHQUFHLENBQUMsSUFBWSxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsR0FBRyxHQUFHLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUM7SUFDN0csTUFBTSxJQUFJLEdBQUcsRUFBRSxPQUFPLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLENBQUM7SUFDcEQsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1FBQ3BCLE9BQU8sRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLEdBQUcsTUFBTSxzQkFBc0IsS0FBSywwQkFBMEIsQ0FBQyxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsQ0FBQztJQUNwSCxDQUFDO0lBQ0QsSUFBSSxDQUFDO1FBQ0gsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLENBQUMsVUFBVSxFQUFFLE1BQU0sRUFBRSxHQUFHLE1BQU0sSUFBSSxNQUFNLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDNUYsTUFBTSxNQUFNLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUN4QixLQUFLLE1BQU0sQ0FBQyxJQUFJLFVBQVUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ2pDLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUM3QyxNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUM7WUFDM0IsSUFBSSxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLEtBQUssQ0FBQyxJQUFJLEdBQUcsS0FBSyxJQUFJLEVBQUUsQ0FBQztnQkFDdEUsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxHQUFHLElBQUksTUFBTSxLQUFLLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLEtBQUssK0NBQStDLEtBQUssZUFBZTtzQkFDN0gsb0dBQW9HLENBQUMsQ0FBQztZQUM1RyxDQUFDO1lBQ0QsSUFBSSxNQUFNLENBQUMsR0FBRyxDQUFDO2dCQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDcEMsQ0FBQztRQUNELE9BQU8sQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQztRQUNuQyx3RUFBd0U7UUFDeEUsTUFBTSxLQUFLLEdBQWEsRUFBRSxDQUFDO1FBQzNCLE1BQU0sT0FBTyxHQUFHLFVBQVUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxVQUFVLEVBQUUsTUFBTSxFQUFFLEdBQUcsTUFBTSxlQUFlLENBQUMsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1FBQzVGLE1BQU0sTUFBTSxHQUFHLFVBQVUsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxjQUFjLENBQUMsQ0FBQyxFQUErQixDQUFBLENBQUMsQ0FBQztRQUN2SSxJQUFJLE9BQU8sS0FBSyxNQUFNLElBQUksQ0FBQyxPQUFPLEtBQUssU0FBUyxJQUFJLE1BQU0sS0FBSyxTQUFTLENBQUMsRUFBRSxDQUFDO1lBQzFFLEtBQUssQ0FBQyxJQUFJLENBQUMsaURBQWlELE9BQU8sSUFBSSxRQUFRLE9BQU8sS0FBSyxRQUFRLE1BQU0sSUFBSSxRQUFRLDZEQUE2RDtrQkFDOUssOElBQThJLENBQUMsQ0FBQztRQUN0SixDQUFDO1FBQ0QsT0FBTyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLEdBQUcsTUFBTSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsT0FBTyxFQUFFLENBQUM7SUFDOUYsQ0FBQztJQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7UUFDWCxPQUFPLEVBQUUsQ0FBQztRQUNWLE1BQU0sQ0FBQyxDQUFDO0lBQ1YsQ0FBQztBQUNILENBQUM7QUFFRCxTQUFTLFVBQVUsQ0FBQyxJQUFvQztJQUN0RCxJQUFJLENBQUM7UUFDSCxNQUFNLENBQUMsR0FBRyxJQUFJLEVBQUUsQ0FBQztRQUNqQixJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssQ0FBQztZQUFFLE9BQU8sU0FBUyxDQUFDO1FBQ3JDLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQztRQUNsRCxPQUFPLEdBQUcsQ0FBQyxZQUFZLEVBQUUsQ0FBQyx5QkFBeUIsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLEVBQUUsQ0FBQyx5QkFBeUIsQ0FBQyxDQUFDO0lBQzNHLENBQUM7SUFBQyxNQUFNLENBQUM7UUFDUCxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0FBQ0gsQ0FBQztBQUVELGdIQUFnSDtBQUNoSCxTQUFTLE9BQU8sQ0FBQyxJQUFZLEVBQUUsTUFBYyxFQUFFLEtBQWUsRUFBRSxJQUFZO0lBQzFFLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLGFBQWEsRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLEdBQUcsS0FBSyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDdkYsSUFBSSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUM7UUFBRSxNQUFNLElBQUksdUJBQWEsQ0FBQyx5QkFBeUIsSUFBQSxtQkFBUyxFQUFDLElBQUksQ0FBQyxLQUFLLFNBQVMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3RILE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7UUFDcEYsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMvQixNQUFNLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxHQUFHLENBQUMsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDeEQsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQ3hELENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQztJQUNwQyxJQUFJLE9BQU8sQ0FBQyxNQUFNLEtBQUssQ0FBQztRQUFFLE9BQU87SUFDakMsTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLENBQUMsVUFBVSxFQUFFLFNBQVMsQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxDQUFDO0lBQzlGLE1BQU0sR0FBRyxHQUFHLEtBQUssQ0FBQyxNQUFNLENBQUM7SUFDekIsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDO0lBQ1gsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztRQUN4QixNQUFNLEVBQUUsR0FBRyxHQUFHLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQyxNQUFNLE1BQU0sR0FBRyxHQUFHLENBQUMsUUFBUSxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ2hFLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMvQixNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsUUFBUSxDQUFDLEVBQUUsR0FBRyxDQUFDLEVBQUUsRUFBRSxHQUFHLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQztRQUNwRCxFQUFFLEdBQUcsRUFBRSxHQUFHLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDO1FBQ3ZCLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUNyRCxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQztZQUFFLFNBQVM7UUFDbEQsRUFBRSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDeEQsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLFFBQVE7WUFBRSxFQUFFLENBQUMsV0FBVyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUM7O1lBQ3JFLEVBQUUsQ0FBQyxhQUFhLENBQUMsTUFBTSxFQUFFLE9BQU8sQ0FBQyxDQUFDO0lBQ3pDLENBQUM7QUFDSCxDQUFDO0FBRUQsU0FBUyxnQkFBZ0IsQ0FBQyxHQUFZLEVBQUUsSUFBWTtJQUNsRCxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDeEMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDO1FBQUUsTUFBTSxJQUFJLHVCQUFhLENBQUMsY0FBYyxJQUFJLHVIQUF1SCxDQUFDLENBQUM7SUFDNUwsTUFBTSxLQUFLLEdBQUcsSUFBQSxrQkFBUSxFQUFDLEdBQUcsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUNsQyxPQUFPLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsRUFBRSxRQUFRLEVBQUUsS0FBSyxFQUFFLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxHQUFHLEVBQUUsQ0FBQyxTQUFTLEVBQUUsQ0FBQztBQUMxSCxDQUFDO0FBRUQsMEZBQTBGO0FBQzFGLFNBQVMsWUFBWSxDQUFDLENBQVUsRUFBRSxJQUFpQjtJQUNqRCxJQUFJLDJCQUFtQixDQUFDLHFCQUFxQixDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDakQsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQWMsRUFBRSxDQUFDLENBQUM7WUFDeEQsR0FBRyxDQUFDO1lBQ0osT0FBTyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQztZQUNoQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDO1lBQ2hFLEdBQUcsRUFBRSxDQUFDLENBQUMsR0FBRyxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUM7WUFDMUQsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7U0FDdEksQ0FBQyxDQUFDLENBQUM7UUFDSixPQUFPLElBQUksMkJBQW1CLENBQUMsV0FBVyxFQUFFLFdBQVcsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxxQkFBcUIsSUFBSSxDQUFDLEtBQUssTUFBTSxXQUFXLENBQUMsTUFBTSxXQUFXLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO0lBQ3ZKLENBQUM7SUFDRCxJQUFJLENBQUMsWUFBWSxLQUFLLEVBQUUsQ0FBQztRQUN2QixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUNsQyxPQUFPLENBQUMsWUFBWSx1QkFBYSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLHVCQUFhLENBQUMscUJBQXFCLElBQUksQ0FBQyxLQUFLLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pILENBQUM7SUFDRCxPQUFPLENBQUMsQ0FBQztBQUNYLENBQUM7QUFFRCw4RkFBOEY7QUFDOUYsZUFBZTtBQUVmLE1BQU0sV0FBVyxHQUFrQztJQUNqRCxJQUFJLEVBQUUsV0FBVztJQUNqQixPQUFPLEVBQUUsc0JBQXNCO0lBQy9CLE1BQU0sRUFBRSxrQkFBa0I7SUFDMUIsR0FBRyxFQUFFLEtBQUs7SUFDVixPQUFPLEVBQUUsU0FBUztDQUNuQixDQUFDO0FBRUYsU0FBUyxLQUFLLENBQUMsSUFBWTtJQUN6QixPQUFPLGdCQUFnQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQztBQUMvRCxDQUFDO0FBRUQsU0FBUyxJQUFJLENBQUksQ0FBZ0IsRUFBRSxDQUFnQixFQUFFLE9BQXlCLE1BQU07SUFDbEYsSUFBSSxDQUFDLEtBQUssU0FBUztRQUFFLE9BQU8sSUFBSSxDQUFDLENBQUUsQ0FBQyxDQUFDO0lBQ3JDLElBQUksQ0FBQyxLQUFLLFNBQVM7UUFBRSxPQUFPLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNwQyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbkIsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25CLE9BQU8sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQztBQUMzQyxDQUFDO0FBRVksUUFBQSxrQkFBa0IsR0FBWTtJQUN6QyxJQUFJLEVBQUUsY0FBYztJQUNwQixPQUFPLEVBQUUsNkdBQTZHO0lBQ3RILFdBQVcsRUFBRTs7Ozs7Ozs7Ozs7Ozs7O2lHQWVrRjtJQUMvRixJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLDJCQUEyQixFQUFFLENBQUM7SUFDL0QsT0FBTyxFQUFFO1FBQ1AsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLG1EQUFtRCxFQUFFO1FBQzVGLEVBQUUsSUFBSSxFQUFFLFVBQVUsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxrREFBa0QsRUFBRTtRQUM3RixFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsMkVBQTJFLEVBQUU7S0FDdEg7SUFDRCxRQUFRLEVBQUU7UUFDUix3RkFBd0Y7UUFDeEYsbUdBQW1HO1FBQ25HLHNFQUFzRTtLQUN2RTtJQUNELFNBQVMsRUFBRSxvREFBb0Q7VUFDM0QsbUtBQW1LO1VBQ25LLGlJQUFpSTtJQUNySSxLQUFLLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLO1FBQ2xCLElBQUksS0FBSyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxLQUFLLENBQUMsR0FBRyxDQUFDLFVBQVUsQ0FBQztZQUFFLE1BQU0sSUFBSSxvQkFBVSxDQUFDLHFEQUFxRCxFQUFFLEdBQUcsQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUNoSixNQUFNLE1BQU0sR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzdCLE1BQU0sSUFBSSxHQUFHLElBQUEsa0JBQVEsRUFBQyxHQUFHLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDbkMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1lBQUUsTUFBTSxJQUFJLHVCQUFhLENBQUMsR0FBRyxJQUFJLCtCQUErQixDQUFDLENBQUM7UUFDMUYsTUFBTSxFQUFFLFVBQVUsRUFBRSxPQUFPLEVBQUUsR0FBRyxNQUFNLE1BQU0sQ0FBQyxlQUFlLENBQUMsQ0FBQztRQUM5RCxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsRUFBRSxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7UUFDcEYsTUFBTSxJQUFJLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDLEdBQUcsRUFBRSxJQUFJLEVBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxNQUFNLENBQUMsQ0FBQztRQUNoSixJQUFJLENBQUM7WUFDSCxHQUFHLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxXQUFXLElBQUksUUFBUSxJQUFJLENBQUMsS0FBSyxLQUFLLE9BQU8sTUFBTSxDQUFDLENBQUM7WUFDdEUsSUFBSSxHQUFjLENBQUM7WUFDbkIsSUFBSSxNQUE2QixDQUFDO1lBQ2xDLElBQUksU0FBZ0MsQ0FBQztZQUNyQyxJQUFJLFlBQVksR0FBMEIsRUFBRSxDQUFDO1lBQzdDLElBQUksQ0FBQztnQkFDSCxHQUFHLEdBQUcsTUFBTSxPQUFPLENBQUMsSUFBSSxFQUFFLE9BQU8sRUFBRSxNQUFNLENBQUMsQ0FBQztnQkFDM0MsU0FBUyxHQUFHLE1BQU0sV0FBVyxDQUFDLEdBQUcsQ0FBQyxDQUFDO2dCQUNuQyxJQUFJLElBQUksQ0FBQyxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUM7b0JBQzVCLElBQUksQ0FBQzt3QkFDSCxNQUFNLEdBQUcsR0FBRyxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxTQUFTLEVBQUUsR0FBRyxDQUFDLFdBQVcsQ0FBQyxDQUFDO3dCQUM5RCxJQUFJLEdBQUcsQ0FBQyxPQUFPLEtBQUssT0FBTyxFQUFFLENBQUM7NEJBQzVCLE1BQU0sSUFBSSx1QkFBYSxDQUFDLEdBQUcsSUFBSSxDQUFDLEtBQUssa0NBQWtDLEdBQUcsQ0FBQyxPQUFPLDBCQUEwQixPQUFPLElBQUk7a0NBQ25ILHlIQUF5SCxDQUFDLENBQUM7d0JBQ2pJLENBQUM7d0JBQ0QsTUFBTSxHQUFHLE1BQU0sT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLEVBQUUsT0FBTyxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQzt3QkFDdkQsWUFBWSxHQUFHLE1BQU0sV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDO29CQUMzQyxDQUFDO29CQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUM7d0JBQ1gsTUFBTSxZQUFZLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDO29CQUM5QixDQUFDO2dCQUNILENBQUM7WUFDSCxDQUFDO29CQUFTLENBQUM7Z0JBQ1QsR0FBRyxDQUFDLEdBQUcsQ0FBQyxZQUFZLEVBQUUsQ0FBQztZQUN6QixDQUFDO1lBQ0QsTUFBTSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsR0FBRyxXQUFXLENBQUMsWUFBWSxFQUFFLFNBQVMsRUFBRSxPQUFPLENBQUMsQ0FBQztZQUN6RSxNQUFNLEtBQUssR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO1lBQzlCLElBQUksT0FBTyxLQUFLLEtBQUssRUFBRSxDQUFDO2dCQUN0QixLQUFLLENBQUMsSUFBSSxDQUFDLDJJQUEySTtzQkFDbEosMEVBQTBFLENBQUMsQ0FBQztZQUNsRixDQUFDO1lBQ0QsSUFBSSxNQUFNLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLEtBQUssR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJO2dCQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsMkJBQTJCLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxPQUFPLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxpREFBaUQsQ0FBQyxDQUFDO1lBQy9LLEtBQUssQ0FBQyxHQUFHLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQzdDLE9BQU8sUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsdUJBQWEsQ0FBQyxDQUFDLENBQUMsaUJBQU8sQ0FBQztRQUNuRCxDQUFDO2dCQUFTLENBQUM7WUFDVCxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7UUFDakIsQ0FBQztJQUNILENBQUM7Q0FDRixDQUFDO0FBRUYsU0FBUyxLQUFLLENBQUMsR0FBWSxFQUFFLEdBQWMsRUFBRSxJQUFpQixFQUFFLElBQWtCLEVBQUUsUUFBMEIsRUFBRSxLQUFlO0lBQzdILE1BQU0sR0FBRyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUM7SUFDcEIsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFnQixFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQztJQUM5RSxNQUFNLE9BQU8sR0FBRyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxRQUFRLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxDQUFDLEtBQUssQ0FBQyxFQUFFLE9BQU8sRUFBRSxLQUFLLENBQUMsU0FBUyxDQUFDLEVBQUUsSUFBSSxFQUFFLEtBQUssQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDO0lBQzFJLElBQUksR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ2IsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFrQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDekQsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO1lBQ3BCLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTztZQUNsQixXQUFXLEVBQUUsQ0FBQyxDQUFDLFdBQVc7WUFDMUIsR0FBRyxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxDQUFDLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3ZFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztZQUN0QixLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUs7WUFDZCxZQUFZLEVBQUUsQ0FBQyxDQUFDLFlBQVk7WUFDNUIsV0FBVyxFQUFFLENBQUMsQ0FBQyxXQUFXO1NBQzNCLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDO1FBQ2YsR0FBRyxDQUFDLFNBQVMsQ0FBQztZQUNaLEdBQUcsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUk7WUFDbEIsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSTtZQUNuQixPQUFPLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxPQUFPO1lBQ3pCLFFBQVEsRUFBRSxJQUFJLENBQUMsSUFBSTtZQUNuQixVQUFVLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFDM0IsSUFBSSxFQUFFLENBQUMsQ0FBQyxTQUFTLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLEVBQUUsS0FBSyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNO2FBQzFILENBQUMsQ0FBQztZQUNILE9BQU87WUFDUCxRQUFRO1lBQ1IsS0FBSztTQUNOLENBQUMsQ0FBQztRQUNILE9BQU87SUFDVCxDQUFDO0lBQ0QsR0FBRyxDQUFDLE9BQU8sQ0FBQyxPQUFPLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxLQUFLLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxtQkFBbUIsSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDeEcsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLFdBQVcsRUFBRSxVQUFVLEVBQUUsU0FBUyxFQUFFLFNBQVMsRUFBRSxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUM7UUFDNUYsQ0FBQyxDQUFDLFNBQVM7UUFDWCxJQUFJLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxRQUFRLENBQUM7UUFDM0MsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDO1FBQ3pDLElBQUksQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLFdBQVcsRUFBRSxLQUFLLENBQUM7UUFDeEQsSUFBSSxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxZQUFZLEtBQUssTUFBTSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQzFGLFdBQVcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDO0tBQ3RCLENBQUMsQ0FBQyxDQUFDO0lBQ0osR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO0lBQ1gsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLGdCQUFnQixPQUFPLENBQUMsT0FBTyxlQUFlLE9BQU8sQ0FBQyxPQUFPLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLEdBQUcsY0FBYyxPQUFPLENBQUMsTUFBTSxxQkFBcUI7VUFDbEosR0FBRyxPQUFPLENBQUMsR0FBRyxTQUFTLE9BQU8sQ0FBQyxPQUFPLGFBQWEsT0FBTyxDQUFDLElBQUksYUFBYSxDQUFDLENBQUM7SUFDbEYsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxNQUFNLENBQUMsQ0FBQztJQUNyRCxJQUFJLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNoQixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxLQUFLLE1BQU0sQ0FBQyxJQUFJLElBQUk7WUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLFNBQVMsS0FBSyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztJQUNsRSxDQUFDO0lBQ0QsSUFBSSxRQUFRLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDcEIsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ1gsR0FBRyxDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsQ0FBQztRQUN0QixLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVE7WUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLFNBQVMsS0FBSyxDQUFDLENBQUMsT0FBTyxVQUFVLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDO0lBQ3hGLENBQUM7SUFDRCxJQUFJLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNqQixHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDWCxHQUFHLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQ25CLEtBQUssTUFBTSxDQUFDLElBQUksS0FBSztZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgc3Bhd25TeW5jLCBTcGF3blN5bmNSZXR1cm5zIH0gZnJvbSAnY2hpbGRfcHJvY2Vzcyc7XG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBvcyBmcm9tICdvcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciwgQ29tbWFuZCwgQ29udGV4dCwgRVhJVF9GSU5ESU5HUywgRVhJVF9PSywgVXNhZ2VFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgdHlwZSB7IExhYkJhY2tlbmQsIExvYWRlZExhYiB9IGZyb20gJy4vbGFiLXZpZXcnO1xuaW1wb3J0IHsgc2hvd25QYXRoLCB1c2VyUGF0aCB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgdHlwZSB7IFJlc29sdmVkVGVtcGxhdGUgfSBmcm9tICcuLi93b3Jrc3BhY2VzL2NhdGFsb2cnO1xuaW1wb3J0IHsgRGlhZ25vc3RpYyB9IGZyb20gJy4uL3dvcmtzcGFjZXMvZXJyb3JzJztcbmltcG9ydCB0eXBlIHsgV29ya3NwYWNlUG9saWN5IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wb2xpY3knO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgdHlwZSB7IFdvcmtzcGFjZVBsYXRmb3JtIH0gZnJvbSAnLi4vd29ya3NwYWNlcy91c2VyZGF0YSc7XG5cbi8qKlxuICogYHJ3cyBsYWIgcGxhbi11cGdyYWRlYDogd2hpY2ggd29ya3NwYWNlcyBvZiBhIGxhYiB3b3VsZCBtb3ZlIHRvIHdoaWNoIGltYWdlLCBjb21wYXJpbmcgdGhlXG4gKiBsYWIgZmlsZSBhcyBpdCBpcyBub3cgd2l0aCBhIHByZXZpb3VzIHN0YXRlIG9mIGl0LCBiZWZvcmUgYW55dGhpbmcgaXMgZGVwbG95ZWQuIExhYnMgbGl2ZSBpblxuICogZ2l0LCBzbyB0aGUgcHJldmlvdXMgc3RhdGUgaXMgYnkgZGVmYXVsdCBhIGdpdCByZXZpc2lvbiAoYC0tYWdhaW5zdGAsIGRlZmF1bHQgSEVBRDogdGhlIGxhYlxuICogZmlsZSwgaXRzIHRlbXBsYXRlcywgcmVnaXN0cnkgYW5kIHBvbGljeSBhcyB0aGV5IHdlcmUgY29tbWl0dGVkIHRoZXJlKTsgYC0tcHJldmlvdXMgPGZpbGU+YFxuICogbmFtZXMgYSBsYWIgZmlsZSB0byBjb21wYXJlIHdpdGggaW5zdGVhZCAoYSBzZWNvbmQgY2hlY2tvdXQsIGEgY29weSkuXG4gKlxuICogRm9yIGVhY2ggd29ya3NwYWNlIGl0IHNob3dzIHRoZSB0ZW1wbGF0ZSwgaXRzIHZlcnNpb24sIHRoZSBjb250ZW50IGhhc2ggb2Ygd2hhdCB0aGUgdGVtcGxhdGVcbiAqIGluc3RhbGxzLCB0aGUgaW1hZ2UgdGhlIHdvcmtzcGFjZSBib290cyAoQVdTOiB0aGUgaW1hZ2UgcGFyYW1ldGVyIG9mIGl0cyB0ZW1wbGF0ZSB2ZXJzaW9uIHdoZW5cbiAqIHRoZSBsYWIgYmFrZXMgaXQsIGVsc2UgdGhlIHB1YmxpYyBpbWFnZSBvciBgYW1pczpgOyBLdWJlcm5ldGVzOiB0aGUgY29udGFpbmVyIGRpc2sgb3IgaW1hZ2VcbiAqIGFkZHJlc3M7IFByb3htb3ggVkU6IHRoZSB0ZW1wbGF0ZSBWTSBvciBpbWFnZSBhZGRyZXNzKSBhbmQgd2hhdCB0aGUgZGVwbG95bWVudCBkb2VzIHRvIGl0LlxuICovXG5cbi8qKiBXaGF0IGEgd29ya3NwYWNlIGJvb3RzIGFuZCBob3cuICovXG5leHBvcnQgaW50ZXJmYWNlIFdvcmtzcGFjZUltYWdlU3RhdGUge1xuICByZWFkb25seSB3b3Jrc3BhY2U6IHN0cmluZztcbiAgLyoqIFRlbXBsYXRlIHNsdWcuICovXG4gIHJlYWRvbmx5IHRlbXBsYXRlOiBzdHJpbmc7XG4gIC8qKiBUZW1wbGF0ZSB2ZXJzaW9uIChgdW52ZXJzaW9uZWRgIHdoZW4gdGhlIHRlbXBsYXRlIGhhcyBub25lKS4gKi9cbiAgcmVhZG9ubHkgdmVyc2lvbjogc3RyaW5nO1xuICAvKiogQ29udGVudCBoYXNoIG9mIHRoZSB0ZW1wbGF0ZSdzIGluc3RhbGwgcGFydCBvbiB0aGUgd29ya3NwYWNlJ3MgcGxhdGZvcm0uICovXG4gIHJlYWRvbmx5IGNvbnRlbnRIYXNoOiBzdHJpbmc7XG4gIC8qKlxuICAgKiBUaGUgaW1hZ2U6IGBiYWtlZGAgKGFuIGltYWdlIHBhcmFtZXRlciB0aGUgbGFiJ3MgaW1hZ2UgcGlwZWxpbmUgd3JpdGVzKSwgYGFtaWAgKGFtaXM6KSxcbiAgICogYHB1YmxpY2AgKHRoZSBkaXN0cmlidXRpb24ncyBpbWFnZSBwYXJhbWV0ZXIgb3IgYW1pX2NvbmZpZyksIGBjb250YWluZXItZGlza2AsIGB1cmxgLFxuICAgKiBgdGVtcGxhdGUtdm1gLCBgY29udGFpbmVyLXRlbXBsYXRlYCAoUHJveG1veCBMWEMpLlxuICAgKi9cbiAgcmVhZG9ubHkgaW1hZ2VLaW5kOiBzdHJpbmc7XG4gIC8qKiBUaGUgaW1hZ2UncyBuYW1lOiBwYXJhbWV0ZXIgbmFtZSwgQU1JIGlkLCBpbWFnZSByZWZlcmVuY2Ugb3IgYWRkcmVzcywgVk0gaWQuICovXG4gIHJlYWRvbmx5IGltYWdlOiBzdHJpbmc7XG4gIC8qKiBgYm9vdGAgKGEgYmFrZWQgaW1hZ2U6IG9ubHkgdGhlIHBlci13b3Jrc3BhY2UgcGFydCBydW5zKSBvciBgZnVsbGAgKHRoZSB3aG9sZSBpbnN0YWxsIGF0IGZpcnN0IGJvb3QpLiAqL1xuICByZWFkb25seSBwcm92aXNpb25pbmc6ICdib290JyB8ICdmdWxsJztcbiAgLyoqIFRoZSBjb250ZW50IHRoZSBpbWFnZSB3YXMgYmFrZWQgZnJvbSwgd2hlbiB0aGUgbGFiIGZpbGUgbmFtZXMgaXQgKEt1YmVybmV0ZXMgYGJha2VkX2NvbnRlbnRfaGFzaGApLiAqL1xuICByZWFkb25seSBpbWFnZUNvbnRlbnRIYXNoPzogc3RyaW5nO1xuICAvKiogV2hldGhlciBob21lcywgcHJvamVjdHMgYW5kIHNjcmF0Y2ggbGl2ZSBvbiB0aGUgbGFiJ3Mgc2hhcmVkIHN0b3JhZ2UgKG5vdCBvbiB0aGUgcm9vdCB2b2x1bWUpLiAqL1xuICByZWFkb25seSBob21lc1NoYXJlZDogYm9vbGVhbjtcbn1cblxuLyoqIFdoYXQgdGhlIGRlcGxveW1lbnQgZG9lcyB0byBhIHdvcmtzcGFjZS4gKi9cbmV4cG9ydCB0eXBlIFVwZ3JhZGVBY3Rpb24gPSAnbm9uZScgfCAncmVwbGFjZScgfCAndXBkYXRlJyB8ICduZXcnIHwgJ3JlbW92ZWQnO1xuXG4vKiogT25lIGxpbmUgb2YgdGhlIHBsYW4uICovXG5leHBvcnQgaW50ZXJmYWNlIFVwZ3JhZGVSb3cge1xuICByZWFkb25seSB3b3Jrc3BhY2U6IHN0cmluZztcbiAgcmVhZG9ubHkgYWN0aW9uOiBVcGdyYWRlQWN0aW9uO1xuICByZWFkb25seSBiZWZvcmU/OiBXb3Jrc3BhY2VJbWFnZVN0YXRlO1xuICByZWFkb25seSBhZnRlcj86IFdvcmtzcGFjZUltYWdlU3RhdGU7XG4gIC8qKiBXaGF0IGNoYW5nZWQsIGluIHdvcmRzLiAqL1xuICByZWFkb25seSBjaGFuZ2VzOiBzdHJpbmdbXTtcbiAgLyoqIFdoYXQgaGFwcGVucywgaW4gd29yZHMuICovXG4gIHJlYWRvbmx5IGVmZmVjdDogc3RyaW5nO1xufVxuXG4vKiogQSBwbGFuIHRoYXQgbmVlZHMgYXR0ZW50aW9uIChleGl0IDEpLiAqL1xuZXhwb3J0IGludGVyZmFjZSBVcGdyYWRlRmluZGluZyB7XG4gIHJlYWRvbmx5IHdvcmtzcGFjZTogc3RyaW5nO1xuICByZWFkb25seSBjb2RlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1lc3NhZ2U6IHN0cmluZztcbiAgcmVhZG9ubHkgZml4OiBzdHJpbmc7XG59XG5cbi8qKiBDb21wYXJlcyB0d28gc3RhdGVzIG9mIGEgbGFiJ3Mgd29ya3NwYWNlcy4gUHVyZTogdGhlIHRlc3RzIGRyaXZlIGl0IHdpdGggc3RhdGVzIG9mIHRoZWlyIG93bi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwbGFuVXBncmFkZShiZWZvcmU6IFdvcmtzcGFjZUltYWdlU3RhdGVbXSwgYWZ0ZXI6IFdvcmtzcGFjZUltYWdlU3RhdGVbXSwgYmFja2VuZDogTGFiQmFja2VuZClcbiAgOiB7IHJvd3M6IFVwZ3JhZGVSb3dbXTsgZmluZGluZ3M6IFVwZ3JhZGVGaW5kaW5nW10gfSB7XG4gIGNvbnN0IHNoYXJlZCA9IGJhY2tlbmQgPT09ICdhd3MnID8gJ2hvbWVzIG9uIHRoZSBsYWJcXCdzIEVGUyBrZXB0JyA6ICdob21lcyBvbiB0aGUgbGFiXFwncyBORlMgc2hhcmUga2VwdCc7XG4gIGNvbnN0IHJvd3M6IFVwZ3JhZGVSb3dbXSA9IFtdO1xuICBjb25zdCBmaW5kaW5nczogVXBncmFkZUZpbmRpbmdbXSA9IFtdO1xuICBjb25zdCBvbGQgPSBuZXcgTWFwKGJlZm9yZS5tYXAoKHMpID0+IFtzLndvcmtzcGFjZSwgc10pKTtcbiAgY29uc3Qgbm93ID0gbmV3IE1hcChhZnRlci5tYXAoKHMpID0+IFtzLndvcmtzcGFjZSwgc10pKTtcbiAgY29uc3QgbmFtZXMgPSBbLi4uYWZ0ZXIubWFwKChzKSA9PiBzLndvcmtzcGFjZSksIC4uLmJlZm9yZS5tYXAoKHMpID0+IHMud29ya3NwYWNlKS5maWx0ZXIoKG4pID0+ICFub3cuaGFzKG4pKV07XG4gIGZvciAoY29uc3QgbmFtZSBvZiBuYW1lcykge1xuICAgIGNvbnN0IGIgPSBvbGQuZ2V0KG5hbWUpO1xuICAgIGNvbnN0IGEgPSBub3cuZ2V0KG5hbWUpO1xuICAgIGlmICghYikge1xuICAgICAgcm93cy5wdXNoKHsgd29ya3NwYWNlOiBuYW1lLCBhY3Rpb246ICduZXcnLCBhZnRlcjogYSwgY2hhbmdlczogW10sIGVmZmVjdDogYG5ldyB3b3Jrc3BhY2U6IGJvb3RzICR7ZGVzY3JpYmUoYSEpfWAgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKCFhKSB7XG4gICAgICByb3dzLnB1c2goe1xuICAgICAgICB3b3Jrc3BhY2U6IG5hbWUsXG4gICAgICAgIGFjdGlvbjogJ3JlbW92ZWQnLFxuICAgICAgICBiZWZvcmU6IGIsXG4gICAgICAgIGNoYW5nZXM6IFtdLFxuICAgICAgICBlZmZlY3Q6IGByZW1vdmVkOiAke2JhY2tlbmQgPT09ICdhd3MnID8gJ2luc3RhbmNlJyA6ICdtYWNoaW5lJ30gYW5kIHJvb3Qgdm9sdW1lIGRlbGV0ZWQ7ICR7Yi5ob21lc1NoYXJlZCA/IHNoYXJlZCA6ICdpdHMgaG9tZXMgYXJlIG9uIHRoZSByb290IHZvbHVtZSBhbmQgYXJlIGRlbGV0ZWQgd2l0aCBpdCd9YCxcbiAgICAgIH0pO1xuICAgICAgaWYgKCFiLmhvbWVzU2hhcmVkKSB7XG4gICAgICAgIGZpbmRpbmdzLnB1c2goe1xuICAgICAgICAgIHdvcmtzcGFjZTogbmFtZSxcbiAgICAgICAgICBjb2RlOiAnaG9tZXMtb24tcm9vdC12b2x1bWUnLFxuICAgICAgICAgIG1lc3NhZ2U6IGAke25hbWV9IGlzIHJlbW92ZWQgYW5kIGl0cyBob21lcyBhcmUgb24gaXRzIHJvb3Qgdm9sdW1lICh0aGUgbGFiIGhhcyBubyBzaGFyZWQgc3RvcmFnZSBmb3IgdGhpcyB3b3Jrc3BhY2UpYCxcbiAgICAgICAgICBmaXg6ICdjb3B5IHRoZSBob21lcyBvZmYgdGhlIHdvcmtzcGFjZSBiZWZvcmUgZGVwbG95aW5nJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgY29uc3QgY2hhbmdlczogc3RyaW5nW10gPSBbXTtcbiAgICBpZiAoYi50ZW1wbGF0ZSAhPT0gYS50ZW1wbGF0ZSkgY2hhbmdlcy5wdXNoKGB0ZW1wbGF0ZSAke2IudGVtcGxhdGV9IC0+ICR7YS50ZW1wbGF0ZX1gKTtcbiAgICBpZiAoYi52ZXJzaW9uICE9PSBhLnZlcnNpb24pIGNoYW5nZXMucHVzaChgdmVyc2lvbiAke2IudmVyc2lvbn0gLT4gJHthLnZlcnNpb259YCk7XG4gICAgaWYgKGIuY29udGVudEhhc2ggIT09IGEuY29udGVudEhhc2gpIGNoYW5nZXMucHVzaChgY29udGVudCAke2IuY29udGVudEhhc2h9IC0+ICR7YS5jb250ZW50SGFzaH1gKTtcbiAgICBjb25zdCBpbWFnZU1vdmVkID0gYi5pbWFnZUtpbmQgIT09IGEuaW1hZ2VLaW5kIHx8IGIuaW1hZ2UgIT09IGEuaW1hZ2U7XG4gICAgaWYgKGltYWdlTW92ZWQpIGNoYW5nZXMucHVzaChgaW1hZ2UgJHtiLmltYWdlfSAtPiAke2EuaW1hZ2V9YCk7XG4gICAgaWYgKGIucHJvdmlzaW9uaW5nICE9PSBhLnByb3Zpc2lvbmluZykgY2hhbmdlcy5wdXNoKGBwcm92aXNpb25pbmcgJHtiLnByb3Zpc2lvbmluZ30gLT4gJHthLnByb3Zpc2lvbmluZ31gKTtcbiAgICAvLyBBIGJha2VkIGltYWdlIG9mIG5ldyBjb250ZW50IHVuZGVyIHRoZSBzYW1lIHBhcmFtZXRlciAoc2FtZSB0ZW1wbGF0ZSB2ZXJzaW9uKTogdGhlXG4gICAgLy8gZGVwbG95bWVudCBidWlsZHMgdGhlIGZpcnN0IGltYWdlIGFnYWluIGFuZCB0aGUgd29ya3NwYWNlIGJvb3RzIGl0OyB0aGUgb2xkIGltYWdlIHVuZGVyXG4gICAgLy8gdGhlIHNhbWUgbmFtZSBpcyB3aGF0IHRoZSBkb2NzIHdhcm4gYWdhaW5zdC5cbiAgICBjb25zdCByZWJha2VkSW5QbGFjZSA9ICFpbWFnZU1vdmVkICYmIGEucHJvdmlzaW9uaW5nID09PSAnYm9vdCcgJiYgYi5jb250ZW50SGFzaCAhPT0gYS5jb250ZW50SGFzaDtcbiAgICBpZiAoYS5pbWFnZUNvbnRlbnRIYXNoICE9PSB1bmRlZmluZWQgJiYgYS5pbWFnZUNvbnRlbnRIYXNoICE9PSBhLmNvbnRlbnRIYXNoKSB7XG4gICAgICBmaW5kaW5ncy5wdXNoKHtcbiAgICAgICAgd29ya3NwYWNlOiBuYW1lLFxuICAgICAgICBjb2RlOiAnaW1hZ2UtY29udGVudC1taXNtYXRjaCcsXG4gICAgICAgIG1lc3NhZ2U6IGAke2EuaW1hZ2V9IHdhcyBiYWtlZCBmcm9tIGNvbnRlbnQgJHthLmltYWdlQ29udGVudEhhc2h9LCB0ZW1wbGF0ZSAke2EudGVtcGxhdGV9IG5vdyBpbnN0YWxscyAke2EuY29udGVudEhhc2h9OiB0aGUgc3ludGhlc2lzIHJlZnVzZXMgdGhlIHdvcmtzcGFjZWAsXG4gICAgICAgIGZpeDogYGJha2UgYSBuZXcgaW1hZ2Ugb2YgdGVtcGxhdGUgJHthLnRlbXBsYXRlfSAoSW1hZ2VCYWtlKSwgcHVzaCBpdCB1bmRlciBhIG5ldyByZWZlcmVuY2UgYW5kIGdpdmUgaXRzIGNvbnRlbnQgaGFzaGAsXG4gICAgICB9KTtcbiAgICB9XG4gICAgLy8gT24gQVdTIHRoZSBpbWFnZSBpcyByZWJ1aWx0IGFuZCBpdHMgcGFyYW1ldGVyIHJlYWQgYWdhaW4gYXQgdGhlIGRlcGxveW1lbnQgKGEgbmV3IHJvb3RcbiAgICAvLyB2b2x1bWUpOyBhIEt1YmVybmV0ZXMgb3IgUHJveG1veCByb290IGRpc2sgd2FzIGltcG9ydGVkIG9yIGNsb25lZCBvbmNlIGFuZCBzdGF5cy5cbiAgICBpZiAoaW1hZ2VNb3ZlZCB8fCAocmViYWtlZEluUGxhY2UgJiYgYmFja2VuZCA9PT0gJ2F3cycpKSB7XG4gICAgICByb3dzLnB1c2goe1xuICAgICAgICB3b3Jrc3BhY2U6IG5hbWUsXG4gICAgICAgIGFjdGlvbjogJ3JlcGxhY2UnLFxuICAgICAgICBiZWZvcmU6IGIsXG4gICAgICAgIGFmdGVyOiBhLFxuICAgICAgICBjaGFuZ2VzLFxuICAgICAgICBlZmZlY3Q6IGByb290IHZvbHVtZSByZXBsYWNlZCBmcm9tICR7ZGVzY3JpYmUoYSl9OyAke2EuaG9tZXNTaGFyZWQgPyBzaGFyZWQgOiAnaXRzIGhvbWVzIGFyZSBvbiB0aGUgcm9vdCB2b2x1bWUgYW5kIGFyZSBsb3N0J31gLFxuICAgICAgfSk7XG4gICAgICBpZiAocmViYWtlZEluUGxhY2UpIHtcbiAgICAgICAgZmluZGluZ3MucHVzaCh7XG4gICAgICAgICAgd29ya3NwYWNlOiBuYW1lLFxuICAgICAgICAgIGNvZGU6ICdjb250ZW50LXdpdGhvdXQtdmVyc2lvbicsXG4gICAgICAgICAgbWVzc2FnZTogYHRlbXBsYXRlICR7YS50ZW1wbGF0ZX0gaW5zdGFsbHMgb3RoZXIgY29udGVudCAoJHtiLmNvbnRlbnRIYXNofSAtPiAke2EuY29udGVudEhhc2h9KSB1bmRlciB0aGUgc2FtZSB2ZXJzaW9uICR7YS52ZXJzaW9ufTogYFxuICAgICAgICAgICAgKyBgdGhlIGltYWdlICR7YS5pbWFnZX0gaXMgcmVidWlsdCB1bmRlciB0aGUgc2FtZSBuYW1lLCBhbmQgYSB3b3Jrc3BhY2UgdGhhdCBib290cyBhbiBpbWFnZSBvZiB0aGUgb2xkIGNvbnRlbnQgc3RvcHMgaW4gc3RlcCBpbWFnZWAsXG4gICAgICAgICAgZml4OiBgZ2l2ZSB0ZW1wbGF0ZSAke2EudGVtcGxhdGV9IGEgbmV3IHZlcnNpb24gKHZlcnNpb246IGluIGl0cyBmaWxlKSwgc28gdGhhdCB0aGUgbmV3IGNvbnRlbnQgYmFrZXMgYSBuZXcgaW1hZ2UgdW5kZXIgYSBuZXcgcGFyYW1ldGVyYCxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICBpZiAoIWEuaG9tZXNTaGFyZWQpIHtcbiAgICAgICAgZmluZGluZ3MucHVzaCh7XG4gICAgICAgICAgd29ya3NwYWNlOiBuYW1lLFxuICAgICAgICAgIGNvZGU6ICdob21lcy1vbi1yb290LXZvbHVtZScsXG4gICAgICAgICAgbWVzc2FnZTogYHRoZSByb290IHZvbHVtZSBvZiAke25hbWV9IGlzIHJlcGxhY2VkIGFuZCBpdHMgaG9tZXMgYXJlIG9uIGl0ICh0aGUgbGFiIGhhcyBubyBzaGFyZWQgc3RvcmFnZSBmb3IgdGhpcyB3b3Jrc3BhY2UpYCxcbiAgICAgICAgICBmaXg6ICdjb3B5IHRoZSBob21lcyBvZmYgdGhlIHdvcmtzcGFjZSBmaXJzdCwgb3IgZ2l2ZSB0aGUgbGFiIHNoYXJlZCBzdG9yYWdlIChzdG9yYWdlOikgYmVmb3JlIHRoZSB1cGdyYWRlJyxcbiAgICAgICAgfSk7XG4gICAgICB9XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgaWYgKGIuY29udGVudEhhc2ggIT09IGEuY29udGVudEhhc2ggfHwgYi5wcm92aXNpb25pbmcgIT09IGEucHJvdmlzaW9uaW5nIHx8IGIudGVtcGxhdGUgIT09IGEudGVtcGxhdGUpIHtcbiAgICAgIHJvd3MucHVzaCh7XG4gICAgICAgIHdvcmtzcGFjZTogbmFtZSxcbiAgICAgICAgYWN0aW9uOiAndXBkYXRlJyxcbiAgICAgICAgYmVmb3JlOiBiLFxuICAgICAgICBhZnRlcjogYSxcbiAgICAgICAgY2hhbmdlcyxcbiAgICAgICAgZWZmZWN0OiAnYm9vdCBzZXR0aW5ncyB1cGRhdGVkIGluIHBsYWNlICh0aGUgbWFjaGluZSBpcyBzdG9wcGVkIGFuZCBzdGFydGVkKSBvbiB0aGUgc2FtZSByb290IHZvbHVtZTogdGhlIGNoYW5nZWQgaW5zdGFsbCBpcyBub3QgYXBwbGllZCwgJ1xuICAgICAgICAgICsgJ2JlY2F1c2UgdGhlIGJvb3QgcHJvdmlzaW9uaW5nIHJ1bnMgb25jZSBwZXIgbWFjaGluZScsXG4gICAgICB9KTtcbiAgICAgIGlmIChyZWJha2VkSW5QbGFjZSkge1xuICAgICAgICBmaW5kaW5ncy5wdXNoKHtcbiAgICAgICAgICB3b3Jrc3BhY2U6IG5hbWUsXG4gICAgICAgICAgY29kZTogJ2NvbnRlbnQtd2l0aG91dC12ZXJzaW9uJyxcbiAgICAgICAgICBtZXNzYWdlOiBgdGVtcGxhdGUgJHthLnRlbXBsYXRlfSBpbnN0YWxscyBvdGhlciBjb250ZW50ICgke2IuY29udGVudEhhc2h9IC0+ICR7YS5jb250ZW50SGFzaH0pIGJ1dCAke25hbWV9IG5hbWVzIHRoZSBzYW1lIGltYWdlICgke2EuaW1hZ2V9KTogYFxuICAgICAgICAgICAgKyAnaXRzIHJvb3QgZGlzayB3YXMgbWFkZSBmcm9tIHRoYXQgaW1hZ2Ugb25jZSBhbmQga2VlcHMgdGhlIG9sZCBjb250ZW50JyxcbiAgICAgICAgICBmaXg6ICdidWlsZCB0aGUgbmV3IGltYWdlIHVuZGVyIGEgbmV3IHJlZmVyZW5jZSAoYSBuZXcgdGFnLCBhIG5ldyB0ZW1wbGF0ZSBWTSBpZCkgYW5kIG5hbWUgaXQgaW4gaW1hZ2U6JyxcbiAgICAgICAgfSk7XG4gICAgICB9IGVsc2UgaWYgKGIuY29udGVudEhhc2ggIT09IGEuY29udGVudEhhc2gpIHtcbiAgICAgICAgZmluZGluZ3MucHVzaCh7XG4gICAgICAgICAgd29ya3NwYWNlOiBuYW1lLFxuICAgICAgICAgIGNvZGU6ICdpbnN0YWxsLW5vdC1hcHBsaWVkJyxcbiAgICAgICAgICBtZXNzYWdlOiBgdGVtcGxhdGUgJHthLnRlbXBsYXRlfSBpbnN0YWxscyBvdGhlciBjb250ZW50ICgke2IuY29udGVudEhhc2h9IC0+ICR7YS5jb250ZW50SGFzaH0pLCBidXQgJHtuYW1lfSBrZWVwcyBpdHMgaW1hZ2UgKCR7YS5pbWFnZX0pIGFuZCByb290IHZvbHVtZSwgc28gaXQgZG9lcyBub3QgZ2V0IGl0YCxcbiAgICAgICAgICBmaXg6IGJhY2tlbmQgPT09ICdhd3MnID8gJ2Jha2UgdGhlIHRlbXBsYXRlIChpbWFnZXM6IGluIGxhYi55YW1sKSBzbyB0aGF0IGEgbmV3IHZlcnNpb24gbW92ZXMgdGhlIHdvcmtzcGFjZSB0byBhIG5ldyBpbWFnZSwgb3IgcmVwbGFjZSB0aGUgd29ya3NwYWNlIChyZW1vdmUgaXQsIGRlcGxveSwgYWRkIGl0IGJhY2spJ1xuICAgICAgICAgICAgOiAnYmFrZSB0aGUgdGVtcGxhdGUgaW50byBhbiBpbWFnZSAoSW1hZ2VCYWtlKSBhbmQgbmFtZSBpdCBpbiBpbWFnZTosIG9yIHJlcGxhY2UgdGhlIHdvcmtzcGFjZScsXG4gICAgICAgIH0pO1xuICAgICAgfVxuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIHJvd3MucHVzaCh7IHdvcmtzcGFjZTogbmFtZSwgYWN0aW9uOiAnbm9uZScsIGJlZm9yZTogYiwgYWZ0ZXI6IGEsIGNoYW5nZXMsIGVmZmVjdDogJ25vIGNoYW5nZSBvZiBpbWFnZScgfSk7XG4gIH1cbiAgcmV0dXJuIHsgcm93cywgZmluZGluZ3MgfTtcbn1cblxuZnVuY3Rpb24gZGVzY3JpYmUoczogV29ya3NwYWNlSW1hZ2VTdGF0ZSk6IHN0cmluZyB7XG4gIGNvbnN0IGtpbmQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgJ2Jha2VkJzogJ3RoZSBiYWtlZCBpbWFnZSBpbicsXG4gICAgJ2FtaSc6ICdBTUknLFxuICAgICdwdWJsaWMnOiAndGhlIHB1YmxpYyBpbWFnZScsXG4gICAgJ2NvbnRhaW5lci1kaXNrJzogJ2NvbnRhaW5lciBkaXNrJyxcbiAgICAndXJsJzogJ2ltYWdlJyxcbiAgICAndGVtcGxhdGUtdm0nOiAndGVtcGxhdGUgVk0nLFxuICAgICdjb250YWluZXItdGVtcGxhdGUnOiAnY29udGFpbmVyIHRlbXBsYXRlJyxcbiAgfTtcbiAgcmV0dXJuIGAke2tpbmRbcy5pbWFnZUtpbmRdID8/IHMuaW1hZ2VLaW5kfSAke3MuaW1hZ2V9JHtzLnByb3Zpc2lvbmluZyA9PT0gJ2Jvb3QnID8gJyAoYmFrZWQ6IHBlci13b3Jrc3BhY2UgcGFydCBvbmx5KScgOiAnIChmdWxsIGluc3RhbGwgYXQgZmlyc3QgYm9vdCknfWA7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFRoZSBzdGF0ZXMgb2YgYSBsb2FkZWQgbGFiLCBwZXIgYmFja2VuZC5cblxuLyoqIENvbnRlbnQgaGFzaGVzLCBjb21wdXRlZCBvbmNlIHBlciB0ZW1wbGF0ZSwgcGFyYW1ldGVyIHZhbHVlcyBhbmQgcGxhdGZvcm0uICovXG5jbGFzcyBDb250ZW50SGFzaGVzIHtcbiAgcHJpdmF0ZSByZWFkb25seSBjYWNoZSA9IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCk7XG4gIGNvbnN0cnVjdG9yKHByaXZhdGUgcmVhZG9ubHkgbW9kOiB0eXBlb2YgaW1wb3J0KCcuLi93b3Jrc3BhY2VzL3VzZXJkYXRhJykpIHt9XG5cbiAgcHVibGljIG9mKHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlLCBwbGF0Zm9ybTogV29ya3NwYWNlUGxhdGZvcm0sIHBvbGljeTogV29ya3NwYWNlUG9saWN5IHwgdW5kZWZpbmVkLCB3aGVyZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgICBjb25zdCBrZXkgPSBgJHt0ZW1wbGF0ZS5zbHVnfXwke3BsYXRmb3JtfXwke0pTT04uc3RyaW5naWZ5KHRlbXBsYXRlLnBhcmFtZXRlclZhbHVlcyl9YDtcbiAgICBsZXQgaGFzaCA9IHRoaXMuY2FjaGUuZ2V0KGtleSk7XG4gICAgaWYgKGhhc2ggPT09IHVuZGVmaW5lZCkge1xuICAgICAgLy8gVGhlIGhhc2ggaXMgdGhhdCBvZiB0aGUgaW5zdGFsbCBwYXJ0LCB0aGUgc2FtZSBmb3IgdGhlIGJha2UgYW5kIHRoZSBmdWxsIGJvb3QuXG4gICAgICBoYXNoID0gdGhpcy5tb2QuV29ya3NwYWNlVXNlckRhdGEuZ2VuZXJhdGUoe1xuICAgICAgICB0ZW1wbGF0ZSwgcGxhdGZvcm0sIHBvbGljeSwgcGhhc2U6IHRoaXMubW9kLlByb3Zpc2lvbmluZ1BoYXNlLkJBS0UsIHdoZXJlLCBtYXhVc2VyRGF0YUJ5dGVzOiAxMDQ4NTc2LFxuICAgICAgfSkuaW1hZ2VDb250ZW50SGFzaDtcbiAgICAgIHRoaXMuY2FjaGUuc2V0KGtleSwgaGFzaCk7XG4gICAgfVxuICAgIHJldHVybiBoYXNoO1xuICB9XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGF3c1N0YXRlcyhsYWI6IExvYWRlZExhYiwgaGFzaGVzOiBDb250ZW50SGFzaGVzKTogUHJvbWlzZTxXb3Jrc3BhY2VJbWFnZVN0YXRlW10+IHtcbiAgY29uc3QgeyBUZW1wbGF0ZUNhdGFsb2cgfSA9IGF3YWl0IGltcG9ydCgnLi4vd29ya3NwYWNlcy9jYXRhbG9nLmpzJyk7XG4gIGNvbnN0IHsgV29ya3NwYWNlUG9saWN5OiBQb2xpY3kgfSA9IGF3YWl0IGltcG9ydCgnLi4vd29ya3NwYWNlcy9wb2xpY3kuanMnKTtcbiAgY29uc3QgeyBJbWFnZUJha2UgfSA9IGF3YWl0IGltcG9ydCgnLi4vd29ya3NwYWNlcy9pbWFnZXMuanMnKTtcbiAgY29uc3QgeyBsYWJCYWtlc1RlbXBsYXRlLCBsYWJJbWFnZVBhcmFtZXRlclByZWZpeCB9ID0gYXdhaXQgaW1wb3J0KCcuLi93b3Jrc3BhY2VzL3ByaXZhdGUvbGFiLWltYWdlcy5qcycpO1xuICBjb25zdCB7IHB1YmxpY0ltYWdlUGFyYW1ldGVyIH0gPSBhd2FpdCBpbXBvcnQoJy4uL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvbWFjaGluZS1pbWFnZS5qcycpO1xuICBjb25zdCB7IEFyY2hpdGVjdHVyZSB9ID0gYXdhaXQgaW1wb3J0KCcuLi93b3Jrc3BhY2VzL3NpemVzLmpzJyk7XG4gIGNvbnN0IHsgT3BlcmF0aW5nU3lzdGVtLCBQYWNrYWdlTWFuYWdlciB9ID0gYXdhaXQgaW1wb3J0KCcuLi93b3Jrc3BhY2VzL3RlbXBsYXRlLmpzJyk7XG4gIGNvbnN0IHsgV29ya3NwYWNlUGxhdGZvcm06IFBsYXRmb3JtIH0gPSBhd2FpdCBpbXBvcnQoJy4uL3dvcmtzcGFjZXMvdXNlcmRhdGEvaW5kZXguanMnKTtcbiAgY29uc3QgZGVmID0gbGFiLmRlZmluaXRpb24hO1xuICBjb25zdCBjYXRhbG9nID0gZGVmLmNhdGFsb2cgPz8gVGVtcGxhdGVDYXRhbG9nLmJ1bmRsZWQoKTtcbiAgaWYgKGRlZi50ZW1wbGF0ZXNEaXIgJiYgIWRlZi5jYXRhbG9nKSBjYXRhbG9nLmxvYWREaXJlY3RvcnkoZGVmLnRlbXBsYXRlc0Rpcik7XG4gIGNvbnN0IHBvbGljeSA9IGRlZi5wb2xpY3kgPz8gKGRlZi5wb2xpY3lGaWxlID8gUG9saWN5LmZyb21GaWxlKGRlZi5wb2xpY3lGaWxlKSA6IHVuZGVmaW5lZCk7XG4gIHJldHVybiBkZWYud29ya3NwYWNlcy5tYXAoKHcsIGkpID0+IHtcbiAgICBjb25zdCB0ZW1wbGF0ZSA9IGNhdGFsb2cucmVzb2x2ZSh3LnRlbXBsYXRlLCB3LnBhcmFtZXRlcnMpO1xuICAgIGNvbnN0IGFyY2ggPSBsYWIudmlldy53b3Jrc3BhY2VzW2ldLmFyY2hpdGVjdHVyZTtcbiAgICBjb25zdCB3aGVyZSA9IGAke2xhYi52aWV3LmZpbGV9OiB3b3Jrc3BhY2UgXCIke3cubmFtZX1cImA7XG4gICAgY29uc3QgY29udGVudEhhc2ggPSBoYXNoZXMub2YodGVtcGxhdGUsIFBsYXRmb3JtLkFXUywgcG9saWN5LCB3aGVyZSk7XG4gICAgY29uc3QgYmFzZSA9IHsgd29ya3NwYWNlOiB3Lm5hbWUsIHRlbXBsYXRlOiB0ZW1wbGF0ZS5zbHVnLCB2ZXJzaW9uOiB0ZW1wbGF0ZS5kZWZpbml0aW9uLnZlcnNpb24gPz8gJ3VudmVyc2lvbmVkJywgY29udGVudEhhc2gsIGhvbWVzU2hhcmVkOiB0cnVlIH07XG4gICAgaWYgKGxhYkJha2VzVGVtcGxhdGUoZGVmLmltYWdlcywgdGVtcGxhdGUsIHcuYW1pcyAhPT0gdW5kZWZpbmVkKSkge1xuICAgICAgY29uc3QgYmFrZUFyY2ggPSB3LmFyY2hpdGVjdHVyZSA/PyBUZW1wbGF0ZUNhdGFsb2cuZGVmYXVsdEFyY2hpdGVjdHVyZSh0ZW1wbGF0ZSk7XG4gICAgICBjb25zdCBiYWtlID0gSW1hZ2VCYWtlLm9mKHsgdGVtcGxhdGUsIHBsYXRmb3JtOiBQbGF0Zm9ybS5BV1MsIHBvbGljeSwgd2hlcmUgfSk7XG4gICAgICByZXR1cm4geyAuLi5iYXNlLCBpbWFnZUtpbmQ6ICdiYWtlZCcsIGltYWdlOiBiYWtlLnBhcmFtZXRlck5hbWUobGFiSW1hZ2VQYXJhbWV0ZXJQcmVmaXgoZGVmLm5hbWUsIGNhdGFsb2csIHRlbXBsYXRlLCBiYWtlQXJjaCkpLCBwcm92aXNpb25pbmc6ICdib290JyBhcyBjb25zdCB9O1xuICAgIH1cbiAgICBpZiAody5hbWlzKSB7XG4gICAgICBjb25zdCByZWdpb24gPSBkZWYucmVnaW9uO1xuICAgICAgY29uc3QgYW1pID0gcmVnaW9uICYmIHcuYW1pc1tyZWdpb25dID8gdy5hbWlzW3JlZ2lvbl0gOiBPYmplY3QuZW50cmllcyh3LmFtaXMpLm1hcCgoW3IsIGFdKSA9PiBgJHtyfT0ke2F9YCkuam9pbignLCAnKTtcbiAgICAgIHJldHVybiB7IC4uLmJhc2UsIGltYWdlS2luZDogJ2FtaScsIGltYWdlOiBhbWksIHByb3Zpc2lvbmluZzogJ2Z1bGwnIGFzIGNvbnN0IH07XG4gICAgfVxuICAgIGxldCBpbWFnZSA9IHB1YmxpY0ltYWdlUGFyYW1ldGVyKHRlbXBsYXRlLm9zLCBhcmNoKTtcbiAgICBpZiAoIWltYWdlICYmIHRlbXBsYXRlLm9zID09PSBPcGVyYXRpbmdTeXN0ZW0uQU1BWk9OX0xJTlVYXzIwMjMpIHtcbiAgICAgIGltYWdlID0gYC9hd3Mvc2VydmljZS9hbWktYW1hem9uLWxpbnV4LWxhdGVzdC9hbDIwMjMtYW1pLWtlcm5lbC1kZWZhdWx0LSR7YXJjaCA9PT0gQXJjaGl0ZWN0dXJlLkFSTTY0ID8gJ2FybTY0JyA6ICd4ODZfNjQnfWA7XG4gICAgfVxuICAgIGlmICghaW1hZ2UgJiYgdGVtcGxhdGUucGFja2FnZU1hbmFnZXIgPT09IFBhY2thZ2VNYW5hZ2VyLkFNSSkge1xuICAgICAgY29uc3QgYW1pcyA9IHRlbXBsYXRlLmRlZmluaXRpb24uYW1pQ29uZmlnPy5hbWlzID8/IHt9O1xuICAgICAgY29uc3QgcGVyQXJjaCA9IGRlZi5yZWdpb24gPyBhbWlzW2RlZi5yZWdpb25dIDogdW5kZWZpbmVkO1xuICAgICAgaW1hZ2UgPSBwZXJBcmNoPy5bYXJjaF0gPz8gYGFtaV9jb25maWcgb2YgJHt0ZW1wbGF0ZS5zbHVnfWA7XG4gICAgfVxuICAgIHJldHVybiB7IC4uLmJhc2UsIGltYWdlS2luZDogJ3B1YmxpYycsIGltYWdlOiBpbWFnZSA/PyBgbm9uZSAoJHt0ZW1wbGF0ZS5vc306IGdpdmUgYW1pczopYCwgcHJvdmlzaW9uaW5nOiAnZnVsbCcgYXMgY29uc3QgfTtcbiAgfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGt1YmVybmV0ZXNTdGF0ZXMobGFiOiBMb2FkZWRMYWIsIGhhc2hlczogQ29udGVudEhhc2hlcyk6IFByb21pc2U8V29ya3NwYWNlSW1hZ2VTdGF0ZVtdPiB7XG4gIGNvbnN0IHsgT0ZGSUNJQUxfQ0xPVURfSU1BR0VTIH0gPSBhd2FpdCBpbXBvcnQoJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9jbG91ZC1pbWFnZXMuanMnKTtcbiAgY29uc3QgeyBXb3Jrc3BhY2VQbGF0Zm9ybTogUGxhdGZvcm0gfSA9IGF3YWl0IGltcG9ydCgnLi4vd29ya3NwYWNlcy91c2VyZGF0YS9pbmRleC5qcycpO1xuICBjb25zdCBwcm9wcyA9IGxhYi5rdWJlcm5ldGVzIS5wcm9wcztcbiAgY29uc3QgY2F0YWxvZyA9IHByb3BzLmNhdGFsb2chO1xuICByZXR1cm4gcHJvcHMud29ya3NwYWNlcy5tYXAoKHcpID0+IHtcbiAgICBjb25zdCB0ZW1wbGF0ZSA9IGNhdGFsb2cucmVzb2x2ZSh3LnRlbXBsYXRlLCB3LnBhcmFtZXRlcnMpO1xuICAgIGNvbnN0IGNvbnRlbnRIYXNoID0gaGFzaGVzLm9mKHRlbXBsYXRlLCBQbGF0Zm9ybS5LVUJFUk5FVEVTLCBwcm9wcy5wb2xpY3ksIGAke2xhYi52aWV3LmZpbGV9OiB3b3Jrc3BhY2UgXCIke3cubmFtZX1cImApO1xuICAgIGNvbnN0IGltYWdlID0gdy5pbWFnZTtcbiAgICBjb25zdCB1cmwgPSBpbWFnZT8udXJsID8/IChPRkZJQ0lBTF9DTE9VRF9JTUFHRVNbdGVtcGxhdGUub3NdID8gT0ZGSUNJQUxfQ0xPVURfSU1BR0VTW3RlbXBsYXRlLm9zXSEudXJsIDogYG5vbmUgKCR7dGVtcGxhdGUub3N9OiBnaXZlIGltYWdlOilgKTtcbiAgICByZXR1cm4ge1xuICAgICAgd29ya3NwYWNlOiB3Lm5hbWUsXG4gICAgICB0ZW1wbGF0ZTogdGVtcGxhdGUuc2x1ZyxcbiAgICAgIHZlcnNpb246IHRlbXBsYXRlLmRlZmluaXRpb24udmVyc2lvbiA/PyAndW52ZXJzaW9uZWQnLFxuICAgICAgY29udGVudEhhc2gsXG4gICAgICBpbWFnZUtpbmQ6IGltYWdlPy5raW5kID09PSAncmVnaXN0cnknID8gJ2NvbnRhaW5lci1kaXNrJyA6ICd1cmwnLFxuICAgICAgaW1hZ2U6IHVybC5yZXBsYWNlKC9eZG9ja2VyOlxcL1xcLy8sICcnKSxcbiAgICAgIHByb3Zpc2lvbmluZzogaW1hZ2U/LmJha2VkQ29udGVudEhhc2ggPyAnYm9vdCcgYXMgY29uc3QgOiAnZnVsbCcgYXMgY29uc3QsXG4gICAgICBpbWFnZUNvbnRlbnRIYXNoOiBpbWFnZT8uYmFrZWRDb250ZW50SGFzaCxcbiAgICAgIGhvbWVzU2hhcmVkOiBwcm9wcy5zdG9yYWdlICE9PSB1bmRlZmluZWQsXG4gICAgfTtcbiAgfSk7XG59XG5cbmFzeW5jIGZ1bmN0aW9uIHByb3htb3hTdGF0ZXMobGFiOiBMb2FkZWRMYWIsIGhhc2hlczogQ29udGVudEhhc2hlcyk6IFByb21pc2U8V29ya3NwYWNlSW1hZ2VTdGF0ZVtdPiB7XG4gIGNvbnN0IHsgT0ZGSUNJQUxfQ0xPVURfSU1BR0VTIH0gPSBhd2FpdCBpbXBvcnQoJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9jbG91ZC1pbWFnZXMuanMnKTtcbiAgY29uc3QgeyBXb3Jrc3BhY2VQbGF0Zm9ybTogUGxhdGZvcm0gfSA9IGF3YWl0IGltcG9ydCgnLi4vd29ya3NwYWNlcy91c2VyZGF0YS9pbmRleC5qcycpO1xuICBjb25zdCBwcm9wcyA9IGxhYi5wcm94bW94IS5wcm9wcztcbiAgY29uc3QgY2F0YWxvZyA9IHByb3BzLmNhdGFsb2chO1xuICByZXR1cm4gcHJvcHMud29ya3NwYWNlcy5tYXAoKHcpID0+IHtcbiAgICBjb25zdCB0ZW1wbGF0ZSA9IGNhdGFsb2cucmVzb2x2ZSh3LnRlbXBsYXRlLCB3LnBhcmFtZXRlcnMpO1xuICAgIGNvbnN0IGNvbnRlbnRIYXNoID0gaGFzaGVzLm9mKHRlbXBsYXRlLCBQbGF0Zm9ybS5QUk9YTU9YLCBwcm9wcy5wb2xpY3ksIGAke2xhYi52aWV3LmZpbGV9OiB3b3Jrc3BhY2UgXCIke3cubmFtZX1cImApO1xuICAgIGNvbnN0IGJhc2UgPSB7IHdvcmtzcGFjZTogdy5uYW1lLCB0ZW1wbGF0ZTogdGVtcGxhdGUuc2x1ZywgdmVyc2lvbjogdGVtcGxhdGUuZGVmaW5pdGlvbi52ZXJzaW9uID8/ICd1bnZlcnNpb25lZCcsIGNvbnRlbnRIYXNoIH07XG4gICAgaWYgKHcua2luZCAhPT0gdW5kZWZpbmVkICYmIFN0cmluZyh3LmtpbmQpICE9PSAndm0nKSB7XG4gICAgICByZXR1cm4geyAuLi5iYXNlLCBpbWFnZUtpbmQ6ICdjb250YWluZXItdGVtcGxhdGUnLCBpbWFnZTogYCR7dGVtcGxhdGUub3N9IGNvbnRhaW5lciB0ZW1wbGF0ZWAsIHByb3Zpc2lvbmluZzogJ2Z1bGwnIGFzIGNvbnN0LCBob21lc1NoYXJlZDogZmFsc2UgfTtcbiAgICB9XG4gICAgY29uc3Qgdm0gPSB3LmltYWdlPy50ZW1wbGF0ZVZtO1xuICAgIGNvbnN0IGhvbWVzU2hhcmVkID0gcHJvcHMuc3RvcmFnZSAhPT0gdW5kZWZpbmVkO1xuICAgIGlmICh2bSkge1xuICAgICAgcmV0dXJuIHtcbiAgICAgICAgLi4uYmFzZSwgaW1hZ2VLaW5kOiAndGVtcGxhdGUtdm0nLCBpbWFnZTogYFZNICR7dm0udm1JZH1gLCBwcm92aXNpb25pbmc6IHZtLmJha2VkQ29udGVudEhhc2ggPyAnYm9vdCcgYXMgY29uc3QgOiAnZnVsbCcgYXMgY29uc3QsIGltYWdlQ29udGVudEhhc2g6IHZtLmJha2VkQ29udGVudEhhc2gsIGhvbWVzU2hhcmVkLFxuICAgICAgfTtcbiAgICB9XG4gICAgY29uc3QgdXJsID0gdy5pbWFnZT8uZG93bmxvYWQ/LnVybCA/PyBPRkZJQ0lBTF9DTE9VRF9JTUFHRVNbdGVtcGxhdGUub3NdPy51cmwgPz8gYG5vbmUgKCR7dGVtcGxhdGUub3N9OiBnaXZlIGltYWdlOilgO1xuICAgIHJldHVybiB7IC4uLmJhc2UsIGltYWdlS2luZDogJ3VybCcsIGltYWdlOiB1cmwsIHByb3Zpc2lvbmluZzogJ2Z1bGwnIGFzIGNvbnN0LCBob21lc1NoYXJlZCB9O1xuICB9KTtcbn1cblxuLyoqIFRoZSBpbWFnZSBzdGF0ZSBvZiBldmVyeSB3b3Jrc3BhY2Ugb2YgYSBsb2FkZWQgbGFiLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGltYWdlU3RhdGVzKGxhYjogTG9hZGVkTGFiKTogUHJvbWlzZTxXb3Jrc3BhY2VJbWFnZVN0YXRlW10+IHtcbiAgY29uc3QgaGFzaGVzID0gbmV3IENvbnRlbnRIYXNoZXMoYXdhaXQgaW1wb3J0KCcuLi93b3Jrc3BhY2VzL3VzZXJkYXRhL2luZGV4LmpzJykpO1xuICBjb25zdCBiYWNrZW5kID0gbGFiLnZpZXcuYmFja2VuZDtcbiAgcmV0dXJuIGJhY2tlbmQgPT09ICdhd3MnID8gYXdzU3RhdGVzKGxhYiwgaGFzaGVzKSA6IGJhY2tlbmQgPT09ICdrdWJlcm5ldGVzJyA/IGt1YmVybmV0ZXNTdGF0ZXMobGFiLCBoYXNoZXMpIDogcHJveG1veFN0YXRlcyhsYWIsIGhhc2hlcyk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIFRoZSBwcmV2aW91cyBzdGF0ZTogYSBnaXQgcmV2aXNpb24gb3IgYSBsYWIgZmlsZS5cblxuLyoqIFRoZSBwcmV2aW91cyBsYWIsIHJlYWQgaW50byBhIHRlbXBvcmFyeSBmb2xkZXIgKGdpdCkgb3IgaW4gcGxhY2UgKC0tcHJldmlvdXMpLiAqL1xuaW50ZXJmYWNlIFByZXZpb3VzTGFiIHtcbiAgLyoqIEhvdyBpdCBpcyBuYW1lZCBpbiB0aGUgb3V0cHV0OiBgSEVBRCAoM2YyYTFiMClgIG9yIHRoZSBmaWxlLiAqL1xuICByZWFkb25seSBsYWJlbDogc3RyaW5nO1xuICAvKiogSlNPTiBkZXNjcmlwdGlvbi4gKi9cbiAgcmVhZG9ubHkganNvbjogUmVjb3JkPHN0cmluZywgdW5rbm93bj47XG4gIC8qKiBUaGUgbGFiIGZpbGUgdG8gbG9hZDsgdW5kZWZpbmVkIHdoZW4gdGhlIGxhYiBmaWxlIGRpZCBub3QgZXhpc3QgdGhlcmUuICovXG4gIHJlYWRvbmx5IGZpbGU/OiBzdHJpbmc7XG4gIC8qKiBOb3RlcyBmb3IgdGhlIG91dHB1dC4gKi9cbiAgcmVhZG9ubHkgbm90ZXM6IHN0cmluZ1tdO1xuICAvKiogUHV0cyBhIHBhdGggb2YgdGhlIHRlbXBvcmFyeSBjb3B5IGJhY2sgaW50byB0aGUgdXNlcidzIHRlcm1zIChgSEVBRDpsYWIueWFtbGApLiAqL1xuICByZWxhYmVsKHRleHQ6IHN0cmluZyk6IHN0cmluZztcbiAgLyoqIFJlbW92ZXMgdGhlIHRlbXBvcmFyeSBjb3B5LiAqL1xuICBkaXNwb3NlKCk6IHZvaWQ7XG59XG5cbmZ1bmN0aW9uIHJ1bihhcmdzOiBzdHJpbmdbXSwgY3dkOiBzdHJpbmcsIGlucHV0Pzogc3RyaW5nKTogU3Bhd25TeW5jUmV0dXJuczxCdWZmZXI+IHtcbiAgY29uc3QgciA9IHNwYXduU3luYygnZ2l0JywgYXJncywge1xuICAgIGN3ZCxcbiAgICBpbnB1dCxcbiAgICBtYXhCdWZmZXI6IDEwMjQgKiAxMDI0ICogMTAyNCxcbiAgICBlbnY6IHsgLi4ucHJvY2Vzcy5lbnYsIEdJVF9URVJNSU5BTF9QUk9NUFQ6ICcwJywgTENfQUxMOiAnQycsIEdJVF9DT05GSUdfTk9TWVNURU06ICcxJyB9LFxuICB9KTtcbiAgaWYgKHIuZXJyb3IgJiYgKHIuZXJyb3IgYXMgTm9kZUpTLkVycm5vRXhjZXB0aW9uKS5jb2RlID09PSAnRU5PRU5UJykge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKCdnaXQgaXMgbm90IGluc3RhbGxlZCAoaXQgcmVhZHMgdGhlIHByZXZpb3VzIHN0YXRlIG9mIHRoZSBsYWIpLiBGaXg6IGluc3RhbGwgZ2l0LCBvciBnaXZlIHRoZSBwcmV2aW91cyBsYWIgZmlsZSB3aXRoIC0tcHJldmlvdXMgPGZpbGU+Jyk7XG4gIH1cbiAgaWYgKHIuZXJyb3IpIHRocm93IHIuZXJyb3I7XG4gIHJldHVybiByO1xufVxuXG5mdW5jdGlvbiBmaXJzdExpbmUoYjogQnVmZmVyIHwgbnVsbCk6IHN0cmluZyB7XG4gIHJldHVybiAoYj8udG9TdHJpbmcoJ3V0ZjgnKSA/PyAnJykudHJpbSgpLnNwbGl0KCdcXG4nKVswXSA/PyAnJztcbn1cblxuLyoqIFRoZSBmaWxlcyBhIGxhYiBmaWxlIG5hbWVzICh0ZW1wbGF0ZXMsIHJlZ2lzdHJ5IGFuZCBpdHMgbG9jaywgcG9saWN5KSwgcmVsYXRpdmUgdG8gaXRzIGZvbGRlciwgYXMgd3JpdHRlbi4gKi9cbmZ1bmN0aW9uIG5hbWVkRmlsZXModGV4dDogc3RyaW5nKTogQXJyYXk8eyBrZXk6IHN0cmluZzsgdmFsdWU6IHN0cmluZzsgZm9sZGVyOiBib29sZWFuIH0+IHtcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIEB0eXBlc2NyaXB0LWVzbGludC9uby1yZXF1aXJlLWltcG9ydHNcbiAgY29uc3QgWUFNTCA9IHJlcXVpcmUoJ3lhbWwnKSBhcyB0eXBlb2YgaW1wb3J0KCd5YW1sJyk7XG4gIGxldCBkYXRhOiBhbnk7XG4gIHRyeSB7XG4gICAgZGF0YSA9IFlBTUwucGFyc2UodGV4dCk7XG4gIH0gY2F0Y2gge1xuICAgIHJldHVybiBbXTsgLy8gdGhlIGxvYWRlciByZXBvcnRzIHRoZSBzeW50YXggZXJyb3Igd2l0aCBpdHMgbGluZVxuICB9XG4gIGNvbnN0IG91dDogQXJyYXk8eyBrZXk6IHN0cmluZzsgdmFsdWU6IHN0cmluZzsgZm9sZGVyOiBib29sZWFuIH0+ID0gW107XG4gIGlmICghZGF0YSB8fCB0eXBlb2YgZGF0YSAhPT0gJ29iamVjdCcpIHJldHVybiBvdXQ7XG4gIGZvciAoY29uc3Qga2V5IG9mIFsndGVtcGxhdGVzJywgJ3JlZ2lzdHJ5JywgJ3BvbGljeSddKSB7XG4gICAgY29uc3QgdiA9IGRhdGFba2V5XTtcbiAgICBpZiAodHlwZW9mIHYgPT09ICdzdHJpbmcnICYmIHYubGVuZ3RoID4gMCkgb3V0LnB1c2goeyBrZXksIHZhbHVlOiB2LCBmb2xkZXI6IGtleSA9PT0gJ3RlbXBsYXRlcycgfSk7XG4gIH1cbiAgY29uc3QgcmVnID0gb3V0LmZpbmQoKGYpID0+IGYua2V5ID09PSAncmVnaXN0cnknKTtcbiAgaWYgKHJlZykge1xuICAgIGNvbnN0IGJhc2UgPSBwYXRoLmJhc2VuYW1lKHJlZy52YWx1ZSkucmVwbGFjZSgvXFwueWE/bWwkL2ksICcnKTtcbiAgICBvdXQucHVzaCh7IGtleTogJ3JlZ2lzdHJ5IGxvY2snLCB2YWx1ZTogcGF0aC5qb2luKHBhdGguZGlybmFtZShyZWcudmFsdWUpLCBgJHtiYXNlfS5sb2NrLmpzb25gKSwgZm9sZGVyOiBmYWxzZSB9KTtcbiAgfVxuICByZXR1cm4gb3V0O1xufVxuXG5mdW5jdGlvbiBwcmV2aW91c0Zyb21HaXQoY3R4OiBDb250ZXh0LCBsYWJGaWxlOiBzdHJpbmcsIHJldjogc3RyaW5nKTogUHJldmlvdXNMYWIge1xuICBpZiAocmV2LnN0YXJ0c1dpdGgoJy0nKSB8fCAvW1xcc1xcMF0vLnRlc3QocmV2KSkge1xuICAgIHRocm93IG5ldyBVc2FnZUVycm9yKGAtLWFnYWluc3QgdGFrZXMgYSByZXZpc2lvbiAoYSBjb21taXQsIGJyYW5jaCBvciB0YWcgc3VjaCBhcyBIRUFEfjEgb3Igb3JpZ2luL21haW4pLCBub3QgXCIke3Jldn1cImAsIGN0eC5jb21tYW5kTmFtZSk7XG4gIH1cbiAgY29uc3QgYWJzID0gZnMucmVhbHBhdGhTeW5jKHBhdGgucmVzb2x2ZShsYWJGaWxlKSk7IC8vIGxhYkZpbGUgaXMgYXMgdXNlclBhdGgoKSBnaXZlcyBpdDogcmVsYXRpdmUgdG8gdGhlIHByb2Nlc3NcbiAgY29uc3QgbGFiRGlyID0gcGF0aC5kaXJuYW1lKGFicyk7XG4gIGNvbnN0IHRvcCA9IHJ1bihbJ3Jldi1wYXJzZScsICctLXNob3ctdG9wbGV2ZWwnXSwgbGFiRGlyKTtcbiAgaWYgKHRvcC5zdGF0dXMgIT09IDApIHtcbiAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtsYWJGaWxlfTogbm90IGluIGEgZ2l0IHJlcG9zaXRvcnkgKCR7Zmlyc3RMaW5lKHRvcC5zdGRlcnIpfSkuIEZpeDogcnVuIHBsYW4tdXBncmFkZSBpbiB0aGUgbGFiJ3MgcmVwb3NpdG9yeSwgb3IgY29tcGFyZSB3aXRoIGEgY29weSBvZiB0aGUgcHJldmlvdXMgbGFiOiAtLXByZXZpb3VzIDxvbGQgbGFiLnlhbWw+YCk7XG4gIH1cbiAgY29uc3Qgcm9vdCA9IGZzLnJlYWxwYXRoU3luYyh0b3Auc3Rkb3V0LnRvU3RyaW5nKCd1dGY4JykudHJpbSgpKTtcbiAgY29uc3QgdmVyaWZ5ID0gcnVuKFsncmV2LXBhcnNlJywgJy0tdmVyaWZ5JywgJy0tcXVpZXQnLCBgJHtyZXZ9Xntjb21taXR9YF0sIHJvb3QpO1xuICBpZiAodmVyaWZ5LnN0YXR1cyAhPT0gMCkge1xuICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAtLWFnYWluc3QgJHtyZXZ9OiBubyBzdWNoIGNvbW1pdCBpbiB0aGUgbGFiJ3MgcmVwb3NpdG9yeSAoJHtyb290fSkuIEZpeDogZ2l2ZSBhIGNvbW1pdCwgYnJhbmNoIG9yIHRhZyAoSEVBRH4xLCBvcmlnaW4vbWFpbiwgYSByZWxlYXNlIHRhZyk7IGluIGEgc2hhbGxvdyBDSSBjbG9uZSBmZXRjaCBpdCBmaXJzdCAoZ2l0IGZldGNoIG9yaWdpbiBtYWluKWApO1xuICB9XG4gIGNvbnN0IGNvbW1pdCA9IHZlcmlmeS5zdGRvdXQudG9TdHJpbmcoJ3V0ZjgnKS50cmltKCk7XG4gIGNvbnN0IGFiYnJldiA9IGNvbW1pdC5zbGljZSgwLCA3KTtcbiAgY29uc3QgbGFiZWwgPSByZXYgPT09IGNvbW1pdCB8fCByZXYuc3RhcnRzV2l0aChhYmJyZXYpID8gYWJicmV2IDogYCR7cmV2fSAoJHthYmJyZXZ9KWA7XG4gIGNvbnN0IHRvUmVwbyA9IChwOiBzdHJpbmcpID0+IHBhdGgucmVsYXRpdmUocm9vdCwgcCkuc3BsaXQocGF0aC5zZXApLmpvaW4oJy8nKTtcbiAgY29uc3QgcmVsTGFiID0gdG9SZXBvKGFicyk7XG4gIGNvbnN0IGV4aXN0cyA9IChwOiBzdHJpbmcpID0+IHJ1bihbJ2NhdC1maWxlJywgJy1lJywgYCR7Y29tbWl0fToke3B9YF0sIHJvb3QpLnN0YXR1cyA9PT0gMDtcbiAgY29uc3QgdG1wID0gZnMubWtkdGVtcFN5bmMocGF0aC5qb2luKG9zLnRtcGRpcigpLCAncndzLXBsYW4tdXBncmFkZS0nKSk7XG4gIGNvbnN0IGRpc3Bvc2UgPSAoKSA9PiBmcy5ybVN5bmModG1wLCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgZm9yY2U6IHRydWUgfSk7XG4gIGNvbnN0IHJlbGFiZWwgPSAodGV4dDogc3RyaW5nKSA9PiB0ZXh0LnNwbGl0KGAke3RtcH0ke3BhdGguc2VwfWApLmpvaW4oYCR7cmV2fTpgKS5zcGxpdCh0bXApLmpvaW4oYCR7cmV2fTpgKTtcbiAgY29uc3QganNvbiA9IHsgYWdhaW5zdDogcmV2LCBjb21taXQsIGZpbGU6IHJlbExhYiB9O1xuICBpZiAoIWV4aXN0cyhyZWxMYWIpKSB7XG4gICAgcmV0dXJuIHsgbGFiZWwsIGpzb24sIG5vdGVzOiBbYCR7cmVsTGFifSBkb2VzIG5vdCBleGlzdCBhdCAke2xhYmVsfTogZXZlcnkgd29ya3NwYWNlIGlzIG5ld2BdLCByZWxhYmVsLCBkaXNwb3NlIH07XG4gIH1cbiAgdHJ5IHtcbiAgICBjb25zdCB0ZXh0ID0gcnVuKFsnY2F0LWZpbGUnLCAnYmxvYicsIGAke2NvbW1pdH06JHtyZWxMYWJ9YF0sIHJvb3QpLnN0ZG91dC50b1N0cmluZygndXRmOCcpO1xuICAgIGNvbnN0IHdhbnRlZCA9IFtyZWxMYWJdO1xuICAgIGZvciAoY29uc3QgZiBvZiBuYW1lZEZpbGVzKHRleHQpKSB7XG4gICAgICBjb25zdCB0YXJnZXQgPSBwYXRoLnJlc29sdmUobGFiRGlyLCBmLnZhbHVlKTtcbiAgICAgIGNvbnN0IHJlbCA9IHRvUmVwbyh0YXJnZXQpO1xuICAgICAgaWYgKHBhdGguaXNBYnNvbHV0ZShmLnZhbHVlKSB8fCByZWwuc3RhcnRzV2l0aCgnLi4vJykgfHwgcmVsID09PSAnLi4nKSB7XG4gICAgICAgIHRocm93IG5ldyBDbGlJbnB1dEVycm9yKGAke3Jldn06JHtyZWxMYWJ9OiAke2Yua2V5fTogJHtmLnZhbHVlfSBpcyBvdXRzaWRlIHRoZSByZXBvc2l0b3J5LCBzbyBpdHMgc3RhdGUgYXQgJHtsYWJlbH0gaXMgdW5rbm93bi4gYFxuICAgICAgICAgICsgJ0ZpeDoga2VlcCB0aGUgbGFiXFwncyBmaWxlcyBpbiBpdHMgcmVwb3NpdG9yeSwgb3IgZ2l2ZSB0aGUgcHJldmlvdXMgbGFiIGZpbGUgd2l0aCAtLXByZXZpb3VzIDxmaWxlPicpO1xuICAgICAgfVxuICAgICAgaWYgKGV4aXN0cyhyZWwpKSB3YW50ZWQucHVzaChyZWwpO1xuICAgIH1cbiAgICBleHRyYWN0KHJvb3QsIGNvbW1pdCwgd2FudGVkLCB0bXApO1xuICAgIC8vIFRoZSBraXQgaXRzZWxmOiBjb250ZW50IGhhc2hlcyBhcmUgY29tcHV0ZWQgYnkgdGhlIGtpdCBpbnN0YWxsZWQgbm93LlxuICAgIGNvbnN0IG5vdGVzOiBzdHJpbmdbXSA9IFtdO1xuICAgIGNvbnN0IGtpdFRoZW4gPSBraXRWZXJzaW9uKCgpID0+IHJ1bihbJ2NhdC1maWxlJywgJ2Jsb2InLCBgJHtjb21taXR9OnBhY2thZ2UuanNvbmBdLCByb290KSk7XG4gICAgY29uc3Qga2l0Tm93ID0ga2l0VmVyc2lvbigoKSA9PiAoeyBzdGF0dXM6IDAsIHN0ZG91dDogZnMucmVhZEZpbGVTeW5jKHBhdGguam9pbihyb290LCAncGFja2FnZS5qc29uJykpIH0gYXMgU3Bhd25TeW5jUmV0dXJuczxCdWZmZXI+KSk7XG4gICAgaWYgKGtpdFRoZW4gIT09IGtpdE5vdyAmJiAoa2l0VGhlbiAhPT0gdW5kZWZpbmVkIHx8IGtpdE5vdyAhPT0gdW5kZWZpbmVkKSkge1xuICAgICAgbm90ZXMucHVzaChgcGFja2FnZS5qc29uIGFza3MgZm9yIGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzICR7a2l0VGhlbiA/PyAnKG5vbmUpJ30gYXQgJHtsYWJlbH0gYW5kICR7a2l0Tm93ID8/ICcobm9uZSknfSBub3c6IGJvdGggc3RhdGVzIGFyZSBjb21wdXRlZCB3aXRoIHRoZSBraXQgaW5zdGFsbGVkIG5vdywgYFxuICAgICAgICArICdzbyBjb250ZW50IHRoYXQgY2hhbmdlcyB3aXRoIHRoZSBraXQgaXRzZWxmIChpdHMgcHJvdmlzaW9uaW5nIHNjcmlwdHMpIGlzIG5vdCBzaG93bjsgdGhlIGltYWdlcyBhcmUgcmVidWlsdCB3aGVuIHRoZSBuZXcga2l0XFwncyBiYWtlIGRpZmZlcnMnKTtcbiAgICB9XG4gICAgcmV0dXJuIHsgbGFiZWwsIGpzb24sIGZpbGU6IHBhdGguam9pbih0bXAsIC4uLnJlbExhYi5zcGxpdCgnLycpKSwgbm90ZXMsIHJlbGFiZWwsIGRpc3Bvc2UgfTtcbiAgfSBjYXRjaCAoZSkge1xuICAgIGRpc3Bvc2UoKTtcbiAgICB0aHJvdyBlO1xuICB9XG59XG5cbmZ1bmN0aW9uIGtpdFZlcnNpb24ocmVhZDogKCkgPT4gU3Bhd25TeW5jUmV0dXJuczxCdWZmZXI+KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgdHJ5IHtcbiAgICBjb25zdCByID0gcmVhZCgpO1xuICAgIGlmIChyLnN0YXR1cyAhPT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICBjb25zdCBwa2cgPSBKU09OLnBhcnNlKHIuc3Rkb3V0LnRvU3RyaW5nKCd1dGY4JykpO1xuICAgIHJldHVybiBwa2cuZGVwZW5kZW5jaWVzPy5bJ2Nkay1yZXNlYXJjaC13b3Jrc3BhY2VzJ10gPz8gcGtnLmRldkRlcGVuZGVuY2llcz8uWydjZGstcmVzZWFyY2gtd29ya3NwYWNlcyddO1xuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG59XG5cbi8qKiBXcml0ZXMgdGhlIGZpbGVzIG9mIGBwYXRoc2AgKGZpbGVzIG9yIGZvbGRlcnMpIGF0IGBjb21taXRgIHVuZGVyIGBkZXN0YCwgYXMgdGhlIHJlcG9zaXRvcnkgbGF5cyB0aGVtIG91dC4gKi9cbmZ1bmN0aW9uIGV4dHJhY3Qocm9vdDogc3RyaW5nLCBjb21taXQ6IHN0cmluZywgcGF0aHM6IHN0cmluZ1tdLCBkZXN0OiBzdHJpbmcpOiB2b2lkIHtcbiAgY29uc3QgbGlzdCA9IHJ1bihbJ2xzLXRyZWUnLCAnLXInLCAnLXonLCAnLS1mdWxsLXRyZWUnLCBjb21taXQsICctLScsIC4uLnBhdGhzXSwgcm9vdCk7XG4gIGlmIChsaXN0LnN0YXR1cyAhPT0gMCkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYGdpdCBscy10cmVlIGZhaWxlZCBpbiAke3Nob3duUGF0aChyb290KX06ICR7Zmlyc3RMaW5lKGxpc3Quc3RkZXJyKX1gKTtcbiAgY29uc3QgZW50cmllcyA9IGxpc3Quc3Rkb3V0LnRvU3RyaW5nKCd1dGY4Jykuc3BsaXQoJ1xcMCcpLmZpbHRlcihCb29sZWFuKS5tYXAoKGxpbmUpID0+IHtcbiAgICBjb25zdCB0YWIgPSBsaW5lLmluZGV4T2YoJ1xcdCcpO1xuICAgIGNvbnN0IFttb2RlLCB0eXBlLCBzaGFdID0gbGluZS5zbGljZSgwLCB0YWIpLnNwbGl0KCcgJyk7XG4gICAgcmV0dXJuIHsgbW9kZSwgdHlwZSwgc2hhLCBmaWxlOiBsaW5lLnNsaWNlKHRhYiArIDEpIH07XG4gIH0pLmZpbHRlcigoZSkgPT4gZS50eXBlID09PSAnYmxvYicpO1xuICBpZiAoZW50cmllcy5sZW5ndGggPT09IDApIHJldHVybjtcbiAgY29uc3QgYmF0Y2ggPSBydW4oWydjYXQtZmlsZScsICctLWJhdGNoJ10sIHJvb3QsIGVudHJpZXMubWFwKChlKSA9PiBlLnNoYSkuam9pbignXFxuJykgKyAnXFxuJyk7XG4gIGNvbnN0IG91dCA9IGJhdGNoLnN0ZG91dDtcbiAgbGV0IGF0ID0gMDtcbiAgZm9yIChjb25zdCBlIG9mIGVudHJpZXMpIHtcbiAgICBjb25zdCBubCA9IG91dC5pbmRleE9mKDB4MGEsIGF0KTtcbiAgICBjb25zdCBoZWFkZXIgPSBvdXQuc3ViYXJyYXkoYXQsIG5sKS50b1N0cmluZygndXRmOCcpLnNwbGl0KCcgJyk7XG4gICAgY29uc3Qgc2l6ZSA9IE51bWJlcihoZWFkZXJbMl0pO1xuICAgIGNvbnN0IGNvbnRlbnQgPSBvdXQuc3ViYXJyYXkobmwgKyAxLCBubCArIDEgKyBzaXplKTtcbiAgICBhdCA9IG5sICsgMSArIHNpemUgKyAxO1xuICAgIGNvbnN0IHRhcmdldCA9IHBhdGguam9pbihkZXN0LCAuLi5lLmZpbGUuc3BsaXQoJy8nKSk7XG4gICAgaWYgKCF0YXJnZXQuc3RhcnRzV2l0aChkZXN0ICsgcGF0aC5zZXApKSBjb250aW51ZTtcbiAgICBmcy5ta2RpclN5bmMocGF0aC5kaXJuYW1lKHRhcmdldCksIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICAgIGlmIChlLm1vZGUgPT09ICcxMjAwMDAnKSBmcy5zeW1saW5rU3luYyhjb250ZW50LnRvU3RyaW5nKCd1dGY4JyksIHRhcmdldCk7XG4gICAgZWxzZSBmcy53cml0ZUZpbGVTeW5jKHRhcmdldCwgY29udGVudCk7XG4gIH1cbn1cblxuZnVuY3Rpb24gcHJldmlvdXNGcm9tRmlsZShjdHg6IENvbnRleHQsIGZpbGU6IHN0cmluZyk6IFByZXZpb3VzTGFiIHtcbiAgY29uc3QgYWJzID0gcGF0aC5yZXNvbHZlKGN0eC5jd2QsIGZpbGUpO1xuICBpZiAoIWZzLmV4aXN0c1N5bmMoYWJzKSkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYC0tcHJldmlvdXMgJHtmaWxlfTogdGhlIGxhYiBmaWxlIGRvZXMgbm90IGV4aXN0LiBGaXg6IGdpdmUgdGhlIHBhdGggb2YgdGhlIHByZXZpb3VzIGxhYi55YW1sIChlLmcuIGEgY2hlY2tvdXQgb2YgdGhlIGRlcGxveWVkIHJldmlzaW9uKWApO1xuICBjb25zdCBzaG93biA9IHVzZXJQYXRoKGN0eCwgZmlsZSk7XG4gIHJldHVybiB7IGxhYmVsOiBzaG93biwganNvbjogeyBwcmV2aW91czogc2hvd24gfSwgZmlsZTogc2hvd24sIG5vdGVzOiBbXSwgcmVsYWJlbDogKHQpID0+IHQsIGRpc3Bvc2U6ICgpID0+IHVuZGVmaW5lZCB9O1xufVxuXG4vKiogUmUtdGhyb3dzIGFuIGVycm9yIG9mIHRoZSBwcmV2aW91cyBsYWIgd2l0aCBpdHMgZmlsZXMgbmFtZWQgYXMgdGhlIHVzZXIga25vd3MgdGhlbS4gKi9cbmZ1bmN0aW9uIHJlbGFiZWxFcnJvcihlOiB1bmtub3duLCBwcmV2OiBQcmV2aW91c0xhYik6IHVua25vd24ge1xuICBpZiAoV29ya3NwYWNlSW5wdXRFcnJvci5pc1dvcmtzcGFjZUlucHV0RXJyb3IoZSkpIHtcbiAgICBjb25zdCBkaWFnbm9zdGljcyA9IGUuZGlhZ25vc3RpY3MubWFwKChkKTogRGlhZ25vc3RpYyA9PiAoe1xuICAgICAgLi4uZCxcbiAgICAgIG1lc3NhZ2U6IHByZXYucmVsYWJlbChkLm1lc3NhZ2UpLFxuICAgICAgdmFsdWU6IGQudmFsdWUgPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHByZXYucmVsYWJlbChkLnZhbHVlKSxcbiAgICAgIGZpeDogZC5maXggPT09IHVuZGVmaW5lZCA/IHVuZGVmaW5lZCA6IHByZXYucmVsYWJlbChkLmZpeCksXG4gICAgICBsb2NhdGlvbjogZC5sb2NhdGlvbiA/IHsgLi4uZC5sb2NhdGlvbiwgZmlsZTogZC5sb2NhdGlvbi5maWxlID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBwcmV2LnJlbGFiZWwoZC5sb2NhdGlvbi5maWxlKSB9IDogdW5kZWZpbmVkLFxuICAgIH0pKTtcbiAgICByZXR1cm4gbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoZGlhZ25vc3RpY3MsIGRpYWdub3N0aWNzLmxlbmd0aCA+IDEgPyBgdGhlIHByZXZpb3VzIGxhYiAoJHtwcmV2LmxhYmVsfSk6ICR7ZGlhZ25vc3RpY3MubGVuZ3RofSBwcm9ibGVtc2AgOiB1bmRlZmluZWQpO1xuICB9XG4gIGlmIChlIGluc3RhbmNlb2YgRXJyb3IpIHtcbiAgICBjb25zdCBtID0gcHJldi5yZWxhYmVsKGUubWVzc2FnZSk7XG4gICAgcmV0dXJuIGUgaW5zdGFuY2VvZiBDbGlJbnB1dEVycm9yIHx8IG0gIT09IGUubWVzc2FnZSA/IG5ldyBDbGlJbnB1dEVycm9yKGB0aGUgcHJldmlvdXMgbGFiICgke3ByZXYubGFiZWx9KTogJHttfWApIDogZTtcbiAgfVxuICByZXR1cm4gZTtcbn1cblxuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gVGhlIGNvbW1hbmQuXG5cbmNvbnN0IEFDVElPTl9URVhUOiBSZWNvcmQ8VXBncmFkZUFjdGlvbiwgc3RyaW5nPiA9IHtcbiAgbm9uZTogJ3VuY2hhbmdlZCcsXG4gIHJlcGxhY2U6ICdyb290IHZvbHVtZSByZXBsYWNlZCcsXG4gIHVwZGF0ZTogJ3VwZGF0ZWQgaW4gcGxhY2UnLFxuICBuZXc6ICduZXcnLFxuICByZW1vdmVkOiAncmVtb3ZlZCcsXG59O1xuXG5mdW5jdGlvbiBzaG9ydChoYXNoOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gL15bMC05YS1mXXsxNn0kLy50ZXN0KGhhc2gpID8gaGFzaC5zbGljZSgwLCA4KSA6IGhhc2g7XG59XG5cbmZ1bmN0aW9uIHBhaXI8VD4oYjogVCB8IHVuZGVmaW5lZCwgYTogVCB8IHVuZGVmaW5lZCwgc2hvdzogKHg6IFQpID0+IHN0cmluZyA9IFN0cmluZyk6IHN0cmluZyB7XG4gIGlmIChiID09PSB1bmRlZmluZWQpIHJldHVybiBzaG93KGEhKTtcbiAgaWYgKGEgPT09IHVuZGVmaW5lZCkgcmV0dXJuIHNob3coYik7XG4gIGNvbnN0IHNiID0gc2hvdyhiKTtcbiAgY29uc3Qgc2EgPSBzaG93KGEpO1xuICByZXR1cm4gc2IgPT09IHNhID8gc2EgOiBgJHtzYn0gLT4gJHtzYX1gO1xufVxuXG5leHBvcnQgY29uc3QgcGxhblVwZ3JhZGVDb21tYW5kOiBDb21tYW5kID0ge1xuICBuYW1lOiAncGxhbi11cGdyYWRlJyxcbiAgc3VtbWFyeTogJ0xpc3Qgd2hpY2ggd29ya3NwYWNlcyB3b3VsZCBtb3ZlIHRvIHdoaWNoIGltYWdlOiB0aGUgbGFiIGZpbGUgbm93IGFnYWluc3QgYSBnaXQgcmV2aXNpb24gb3IgYSBwcmV2aW91cyBmaWxlJyxcbiAgZGVzY3JpcHRpb246IGBDb21wYXJlcyB0aGUgbGFiIGFzIGl0IGlzIG5vdyAodGhlIGxhYiBmaWxlLCBpdHMgdGVtcGxhdGVzLCByZWdpc3RyeSBhbmQgcG9saWN5IGluIHRoZSB3b3JraW5nXG50cmVlKSB3aXRoIGEgcHJldmlvdXMgc3RhdGUgb2YgaXQgYW5kIGxpc3RzLCBmb3IgZXZlcnkgd29ya3NwYWNlLCBpdHMgdGVtcGxhdGUsIHRlbXBsYXRlIHZlcnNpb24sXG5jb250ZW50IGhhc2ggKHdoYXQgdGhlIHRlbXBsYXRlIGluc3RhbGxzKSBhbmQgaW1hZ2UgYmVmb3JlIGFuZCBhZnRlciwgYW5kIHdoYXQgZGVwbG95aW5nIGRvZXM6XG51bmNoYW5nZWQ7IHJvb3Qgdm9sdW1lIHJlcGxhY2VkIChhIG5ldyBpbWFnZTogaG9tZXMsIHByb2plY3RzIGFuZCBzY3JhdGNoIG9uIHRoZSBsYWIncyBzaGFyZWQgc3RvcmFnZVxuc3RheSk7IHVwZGF0ZWQgaW4gcGxhY2UgKHRoZSBib290IHNldHRpbmdzIGNoYW5nZSBvbiB0aGUgc2FtZSByb290IHZvbHVtZSwgd2hpY2ggZG9lcyBub3QgYXBwbHkgYVxuY2hhbmdlZCBpbnN0YWxsKTsgbmV3OyByZW1vdmVkLlxuXG5UaGUgcHJldmlvdXMgc3RhdGUgaXMgYSBnaXQgcmV2aXNpb24gKC0tYWdhaW5zdCwgZGVmYXVsdCBIRUFEOiB3aGF0IGlzIGNvbW1pdHRlZCwgc28gdGhlIHBsYW4gc2hvd3NcbndoYXQgdGhlIHVuY29tbWl0dGVkIGNoYW5nZXMgZG87IGluIGEgcHVsbCByZXF1ZXN0LCB0aGUgZGVwbG95ZWQgYnJhbmNoIG9yIHRhZyk6IGl0cyBsYWIgZmlsZSwgdGVtcGxhdGVcbmZvbGRlciwgcmVnaXN0cnkgYW5kIHBvbGljeSBhcmUgcmVhZCB3aXRoIGdpdCwgbm90aGluZyBpcyBjaGVja2VkIG91dC4gT3IgLS1wcmV2aW91cyBuYW1lcyBhIGxhYiBmaWxlXG4oYSBzZWNvbmQgY2hlY2tvdXQsIGEgY29weSkuIEFXUzogYSB3b3Jrc3BhY2UgYm9vdHMgdGhlIGltYWdlIHBhcmFtZXRlciBvZiBpdHMgdGVtcGxhdGUgdmVyc2lvbiB3aGVuXG5sYWIueWFtbCBoYXMgaW1hZ2VzOiAodGhlIGxhYiBiYWtlcyBpdCksIGVsc2UgaXRzIGFtaXM6IG9yIHRoZSBkaXN0cmlidXRpb24ncyBwdWJsaWMgaW1hZ2U7IEt1YmVybmV0ZXNcbnRoZSBjb250YWluZXIgZGlzayBvciBpbWFnZSBhZGRyZXNzIG9mIGltYWdlOjsgUHJveG1veCBWRSB0aGUgdGVtcGxhdGUgVk0gb3IgaW1hZ2UgYWRkcmVzcy5cblxuSW1hZ2VzIGJlaGluZCBhIHBhcmFtZXRlciAodGhlIHBpcGVsaW5lJ3Mgd2Vla2x5IHJlYnVpbGRzLCB0aGUgZGlzdHJpYnV0aW9ucycgcHVibGljIGltYWdlcykgYXJlXG5yZXNvbHZlZCBhdCBlYWNoIGRlcGxveW1lbnQ6IGEgbmV3ZXIgaW1hZ2UgdGhlcmUgcmVwbGFjZXMgcm9vdCB2b2x1bWVzIHRvbywgd2hpY2ggbm8gZmlsZSBzaG93cy5gLFxuICBhcmdzOiBbeyBuYW1lOiAnbGFiLnlhbWwnLCBoZWxwOiAndGhlIGxhYiBmaWxlIGFzIGl0IGlzIG5vdycgfV0sXG4gIG9wdGlvbnM6IFtcbiAgICB7IG5hbWU6ICdhZ2FpbnN0JywgdmFsdWU6ICdyZXYnLCBoZWxwOiAnZ2l0IHJldmlzaW9uIG9mIHRoZSBwcmV2aW91cyBzdGF0ZSAoZGVmYXVsdCBIRUFEKScgfSxcbiAgICB7IG5hbWU6ICdwcmV2aW91cycsIHZhbHVlOiAnZmlsZScsIGhlbHA6ICd0aGUgcHJldmlvdXMgbGFiIGZpbGUsIGluc3RlYWQgb2YgYSBnaXQgcmV2aXNpb24nIH0sXG4gICAgeyBuYW1lOiAnYmFja2VuZCcsIHZhbHVlOiAnbmFtZScsIGhlbHA6ICdhd3MsIGt1YmVybmV0ZXMgb3IgcHJveG1veCAoZGVmYXVsdDogZnJvbSB0aGUgZmlsZSwgYXMgZm9yIHJ3cyBsYWIgc3ludGgpJyB9LFxuICBdLFxuICBleGFtcGxlczogW1xuICAgICdyd3MgbGFiIHBsYW4tdXBncmFkZSBsYWIueWFtbCAgICAgICAgICAgICAgICAgICAgICAgIyB1bmNvbW1pdHRlZCBjaGFuZ2VzIGFnYWluc3QgSEVBRCcsXG4gICAgJ3J3cyBsYWIgcGxhbi11cGdyYWRlIGxhYi55YW1sIC0tYWdhaW5zdCBvcmlnaW4vbWFpbiAgIyBhIHB1bGwgcmVxdWVzdCBhZ2FpbnN0IHRoZSBkZXBsb3llZCBicmFuY2gnLFxuICAgICdyd3MgbGFiIHBsYW4tdXBncmFkZSBsYWIueWFtbCAtLXByZXZpb3VzIC4uL2RlcGxveWVkL2xhYi55YW1sIC0tanNvbicsXG4gIF0sXG4gIGV4aXRDb2RlczogJyAgMCAgdGhlIHBsYW4gd2FzIHByaW50ZWQgYW5kIG5lZWRzIG5vIGF0dGVudGlvblxcbidcbiAgICArICcgIDEgIGZpbmRpbmdzOiBhIHRlbXBsYXRlIHdob3NlIGNvbnRlbnQgY2hhbmdlZCB1bmRlciB0aGUgc2FtZSB2ZXJzaW9uIChiYWtlZCBpbWFnZSksIGEgY2hhbmdlZCBpbnN0YWxsIGEgd29ya3NwYWNlIGRvZXMgbm90IGdldCwgaG9tZXMgbG9zdCB3aXRoIGEgcm9vdCB2b2x1bWVcXG4nXG4gICAgKyAnICAyICB1c2FnZSBvciBpbnB1dCBlcnJvcjogYW4gaW52YWxpZCBsYWIgZmlsZSBub3cgb3IgYmVmb3JlLCBub3QgYSBnaXQgcmVwb3NpdG9yeSwgYW4gdW5rbm93biByZXZpc2lvbiwgYSBiYWNrZW5kIHRoYXQgY2hhbmdlZCcsXG4gIGFzeW5jIHJ1bihjdHgsIGlucHV0KSB7XG4gICAgaWYgKGlucHV0LmhhcygnYWdhaW5zdCcpICYmIGlucHV0LmhhcygncHJldmlvdXMnKSkgdGhyb3cgbmV3IFVzYWdlRXJyb3IoJ2dpdmUgLS1hZ2FpbnN0IDxyZXY+IG9yIC0tcHJldmlvdXMgPGZpbGU+LCBub3QgYm90aCcsIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3QgbGFiQXJnID0gaW5wdXQuYXJnc1swXTtcbiAgICBjb25zdCBmaWxlID0gdXNlclBhdGgoY3R4LCBsYWJBcmcpO1xuICAgIGlmICghZnMuZXhpc3RzU3luYyhmaWxlKSkgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYCR7ZmlsZX06IHRoZSBsYWIgZmlsZSBkb2VzIG5vdCBleGlzdGApO1xuICAgIGNvbnN0IHsgbGFiQmFja2VuZCwgbG9hZExhYiB9ID0gYXdhaXQgaW1wb3J0KCcuL2xhYi12aWV3LmpzJyk7XG4gICAgY29uc3QgeyBiYWNrZW5kLCBzb3VyY2UgfSA9IGxhYkJhY2tlbmQoZmlsZSwgaW5wdXQuc3RyKCdiYWNrZW5kJyksIGN0eC5jb21tYW5kTmFtZSk7XG4gICAgY29uc3QgcHJldiA9IGlucHV0LmhhcygncHJldmlvdXMnKSA/IHByZXZpb3VzRnJvbUZpbGUoY3R4LCBpbnB1dC5zdHIoJ3ByZXZpb3VzJykhKSA6IHByZXZpb3VzRnJvbUdpdChjdHgsIGZpbGUsIGlucHV0LnN0cignYWdhaW5zdCcpID8/ICdIRUFEJyk7XG4gICAgdHJ5IHtcbiAgICAgIGN0eC5vdXQucHJvZ3Jlc3MoYHJlYWRpbmcgJHtmaWxlfSBhbmQgJHtwcmV2LmxhYmVsfSAoJHtiYWNrZW5kfSkuLi5gKTtcbiAgICAgIGxldCBub3c6IExvYWRlZExhYjtcbiAgICAgIGxldCBiZWZvcmU6IExvYWRlZExhYiB8IHVuZGVmaW5lZDtcbiAgICAgIGxldCBzdGF0ZXNOb3c6IFdvcmtzcGFjZUltYWdlU3RhdGVbXTtcbiAgICAgIGxldCBzdGF0ZXNCZWZvcmU6IFdvcmtzcGFjZUltYWdlU3RhdGVbXSA9IFtdO1xuICAgICAgdHJ5IHtcbiAgICAgICAgbm93ID0gYXdhaXQgbG9hZExhYihmaWxlLCBiYWNrZW5kLCBzb3VyY2UpO1xuICAgICAgICBzdGF0ZXNOb3cgPSBhd2FpdCBpbWFnZVN0YXRlcyhub3cpO1xuICAgICAgICBpZiAocHJldi5maWxlICE9PSB1bmRlZmluZWQpIHtcbiAgICAgICAgICB0cnkge1xuICAgICAgICAgICAgY29uc3Qgb2xkID0gbGFiQmFja2VuZChwcmV2LmZpbGUsIHVuZGVmaW5lZCwgY3R4LmNvbW1hbmROYW1lKTtcbiAgICAgICAgICAgIGlmIChvbGQuYmFja2VuZCAhPT0gYmFja2VuZCkge1xuICAgICAgICAgICAgICB0aHJvdyBuZXcgQ2xpSW5wdXRFcnJvcihgJHtwcmV2LmxhYmVsfTogdGhlIHByZXZpb3VzIGxhYiBmaWxlIGlzIGZvciAke29sZC5iYWNrZW5kfSwgdGhlIGxhYiBmaWxlIG5vdyBmb3IgJHtiYWNrZW5kfS4gYFxuICAgICAgICAgICAgICAgICsgJ0ZpeDogcGxhbi11cGdyYWRlIGNvbXBhcmVzIHR3byBzdGF0ZXMgb2Ygb25lIGxhYiBvbiBvbmUgYmFja2VuZDsgYSBsYWIgdGhhdCBtb3ZlcyB0byBhbm90aGVyIGJhY2tlbmQgaXMgYSBuZXcgbGFiIHRoZXJlJyk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBiZWZvcmUgPSBhd2FpdCBsb2FkTGFiKHByZXYuZmlsZSwgYmFja2VuZCwgb2xkLnNvdXJjZSk7XG4gICAgICAgICAgICBzdGF0ZXNCZWZvcmUgPSBhd2FpdCBpbWFnZVN0YXRlcyhiZWZvcmUpO1xuICAgICAgICAgIH0gY2F0Y2ggKGUpIHtcbiAgICAgICAgICAgIHRocm93IHJlbGFiZWxFcnJvcihlLCBwcmV2KTtcbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgIH0gZmluYWxseSB7XG4gICAgICAgIGN0eC5vdXQucHJvZ3Jlc3NEb25lKCk7XG4gICAgICB9XG4gICAgICBjb25zdCB7IHJvd3MsIGZpbmRpbmdzIH0gPSBwbGFuVXBncmFkZShzdGF0ZXNCZWZvcmUsIHN0YXRlc05vdywgYmFja2VuZCk7XG4gICAgICBjb25zdCBub3RlcyA9IFsuLi5wcmV2Lm5vdGVzXTtcbiAgICAgIGlmIChiYWNrZW5kID09PSAnYXdzJykge1xuICAgICAgICBub3Rlcy5wdXNoKCdpbWFnZXMgYmVoaW5kIGEgcGFyYW1ldGVyICh0aGUgaW1hZ2UgcGlwZWxpbmVcXCdzIHNjaGVkdWxlZCByZWJ1aWxkcywgdGhlIGRpc3RyaWJ1dGlvbnNcXCcgcHVibGljIGltYWdlcykgYXJlIHJlc29sdmVkIGF0IGVhY2ggZGVwbG95bWVudDogJ1xuICAgICAgICAgICsgJ2EgbmV3ZXIgaW1hZ2UgdGhlcmUgcmVwbGFjZXMgdGhvc2Ugcm9vdCB2b2x1bWVzIHRvbywgd2hpY2ggbm8gZmlsZSBzaG93cycpO1xuICAgICAgfVxuICAgICAgaWYgKGJlZm9yZSAmJiBiZWZvcmUudmlldy5uYW1lICE9PSBub3cudmlldy5uYW1lKSBub3Rlcy5wdXNoKGB0aGUgbGFiJ3MgbmFtZSBjaGFuZ2VkICgke2JlZm9yZS52aWV3Lm5hbWV9IC0+ICR7bm93LnZpZXcubmFtZX0pOiBpdHMgaW1hZ2UgcGFyYW1ldGVycyBhbmQgdGFncyBjaGFuZ2Ugd2l0aCBpdGApO1xuICAgICAgcHJpbnQoY3R4LCBub3csIHByZXYsIHJvd3MsIGZpbmRpbmdzLCBub3Rlcyk7XG4gICAgICByZXR1cm4gZmluZGluZ3MubGVuZ3RoID8gRVhJVF9GSU5ESU5HUyA6IEVYSVRfT0s7XG4gICAgfSBmaW5hbGx5IHtcbiAgICAgIHByZXYuZGlzcG9zZSgpO1xuICAgIH1cbiAgfSxcbn07XG5cbmZ1bmN0aW9uIHByaW50KGN0eDogQ29udGV4dCwgbGFiOiBMb2FkZWRMYWIsIHByZXY6IFByZXZpb3VzTGFiLCByb3dzOiBVcGdyYWRlUm93W10sIGZpbmRpbmdzOiBVcGdyYWRlRmluZGluZ1tdLCBub3Rlczogc3RyaW5nW10pOiB2b2lkIHtcbiAgY29uc3Qgb3V0ID0gY3R4Lm91dDtcbiAgY29uc3QgY291bnQgPSAoYTogVXBncmFkZUFjdGlvbikgPT4gcm93cy5maWx0ZXIoKHIpID0+IHIuYWN0aW9uID09PSBhKS5sZW5ndGg7XG4gIGNvbnN0IHN1bW1hcnkgPSB7IHJlcGxhY2U6IGNvdW50KCdyZXBsYWNlJyksIHVwZGF0ZTogY291bnQoJ3VwZGF0ZScpLCBuZXc6IGNvdW50KCduZXcnKSwgcmVtb3ZlZDogY291bnQoJ3JlbW92ZWQnKSwgbm9uZTogY291bnQoJ25vbmUnKSB9O1xuICBpZiAob3V0Lmpzb24pIHtcbiAgICBjb25zdCBzdGF0ZSA9IChzOiBXb3Jrc3BhY2VJbWFnZVN0YXRlIHwgdW5kZWZpbmVkKSA9PiAocyA/IHtcbiAgICAgIHRlbXBsYXRlOiBzLnRlbXBsYXRlLFxuICAgICAgdmVyc2lvbjogcy52ZXJzaW9uLFxuICAgICAgY29udGVudEhhc2g6IHMuY29udGVudEhhc2gsXG4gICAgICAuLi4ocy5pbWFnZUNvbnRlbnRIYXNoID8geyBpbWFnZUNvbnRlbnRIYXNoOiBzLmltYWdlQ29udGVudEhhc2ggfSA6IHt9KSxcbiAgICAgIGltYWdlS2luZDogcy5pbWFnZUtpbmQsXG4gICAgICBpbWFnZTogcy5pbWFnZSxcbiAgICAgIHByb3Zpc2lvbmluZzogcy5wcm92aXNpb25pbmcsXG4gICAgICBob21lc1NoYXJlZDogcy5ob21lc1NoYXJlZCxcbiAgICB9IDogdW5kZWZpbmVkKTtcbiAgICBvdXQucHJpbnRKc29uKHtcbiAgICAgIGxhYjogbGFiLnZpZXcubmFtZSxcbiAgICAgIGZpbGU6IGxhYi52aWV3LmZpbGUsXG4gICAgICBiYWNrZW5kOiBsYWIudmlldy5iYWNrZW5kLFxuICAgICAgcHJldmlvdXM6IHByZXYuanNvbixcbiAgICAgIHdvcmtzcGFjZXM6IHJvd3MubWFwKChyKSA9PiAoe1xuICAgICAgICBuYW1lOiByLndvcmtzcGFjZSwgYWN0aW9uOiByLmFjdGlvbiwgYmVmb3JlOiBzdGF0ZShyLmJlZm9yZSksIGFmdGVyOiBzdGF0ZShyLmFmdGVyKSwgY2hhbmdlczogci5jaGFuZ2VzLCBlZmZlY3Q6IHIuZWZmZWN0LFxuICAgICAgfSkpLFxuICAgICAgc3VtbWFyeSxcbiAgICAgIGZpbmRpbmdzLFxuICAgICAgbm90ZXMsXG4gICAgfSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIG91dC5oZWFkaW5nKGBsYWIgJHtsYWIudmlldy5uYW1lfSAoJHtsYWIudmlldy5maWxlfSwgJHtsYWIudmlldy5iYWNrZW5kfSk6IHBsYW4gYWdhaW5zdCAke3ByZXYubGFiZWx9YCk7XG4gIG91dC5saW5lKCk7XG4gIG91dC50YWJsZShbJ1dPUktTUEFDRScsICdURU1QTEFURScsICdWRVJTSU9OJywgJ0NPTlRFTlQnLCAnSU1BR0UnLCAnQUNUSU9OJ10sIHJvd3MubWFwKChyKSA9PiBbXG4gICAgci53b3Jrc3BhY2UsXG4gICAgcGFpcihyLmJlZm9yZT8udGVtcGxhdGUsIHIuYWZ0ZXI/LnRlbXBsYXRlKSxcbiAgICBwYWlyKHIuYmVmb3JlPy52ZXJzaW9uLCByLmFmdGVyPy52ZXJzaW9uKSxcbiAgICBwYWlyKHIuYmVmb3JlPy5jb250ZW50SGFzaCwgci5hZnRlcj8uY29udGVudEhhc2gsIHNob3J0KSxcbiAgICBwYWlyKHIuYmVmb3JlLCByLmFmdGVyLCAocykgPT4gYCR7cy5pbWFnZX0ke3MucHJvdmlzaW9uaW5nID09PSAnYm9vdCcgPyAnIChiYWtlZCknIDogJyd9YCksXG4gICAgQUNUSU9OX1RFWFRbci5hY3Rpb25dLFxuICBdKSk7XG4gIG91dC5saW5lKCk7XG4gIG91dC5saW5lKGAke3Jvd3MubGVuZ3RofSB3b3Jrc3BhY2VzOiAke3N1bW1hcnkucmVwbGFjZX0gcm9vdCB2b2x1bWUke3N1bW1hcnkucmVwbGFjZSA9PT0gMSA/ICcnIDogJ3MnfSByZXBsYWNlZCwgJHtzdW1tYXJ5LnVwZGF0ZX0gdXBkYXRlZCBpbiBwbGFjZSwgYFxuICAgICsgYCR7c3VtbWFyeS5uZXd9IG5ldywgJHtzdW1tYXJ5LnJlbW92ZWR9IHJlbW92ZWQsICR7c3VtbWFyeS5ub25lfSB1bmNoYW5nZWQuYCk7XG4gIGNvbnN0IHRvbGQgPSByb3dzLmZpbHRlcigocikgPT4gci5hY3Rpb24gIT09ICdub25lJyk7XG4gIGlmICh0b2xkLmxlbmd0aCkge1xuICAgIG91dC5saW5lKCk7XG4gICAgZm9yIChjb25zdCByIG9mIHRvbGQpIG91dC5saW5lKGAgICR7ci53b3Jrc3BhY2V9OiAke3IuZWZmZWN0fWApO1xuICB9XG4gIGlmIChmaW5kaW5ncy5sZW5ndGgpIHtcbiAgICBvdXQubGluZSgpO1xuICAgIG91dC5saW5lKCdGaW5kaW5nczonKTtcbiAgICBmb3IgKGNvbnN0IGYgb2YgZmluZGluZ3MpIG91dC5saW5lKGAgIC0gJHtmLndvcmtzcGFjZX06ICR7Zi5tZXNzYWdlfS4gRml4OiAke2YuZml4fWApO1xuICB9XG4gIGlmIChub3Rlcy5sZW5ndGgpIHtcbiAgICBvdXQubGluZSgpO1xuICAgIG91dC5saW5lKCdOb3RlczonKTtcbiAgICBmb3IgKGNvbnN0IG4gb2Ygbm90ZXMpIG91dC5saW5lKGAgIC0gJHtufWApO1xuICB9XG59XG4iXX0=