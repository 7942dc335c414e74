import * as crypto from 'crypto';
import * as zlib from 'zlib';
import { ResolvedTemplate } from './catalog';
import { Diagnostic } from './errors';
import { WorkspacePolicy } from './policy';
import { fail } from './private/error';
import { ProvisioningPhase, WorkspacePlatform, WorkspaceUserData } from './userdata';

/**
 * What to bake: a template (with its parameters already resolved) for one platform.
 */
export interface ImageBakeOptions {
  /** The template, resolved with the parameter values the image is for. */
  readonly template: ResolvedTemplate;
  /**
   * Where the image boots: on AWS the bake adds the AWS CLI, amazon-efs-utils and (Debian 12,
   * Rocky 9) the SSM agent.
   * @default WorkspacePlatform.AWS
   */
  readonly platform?: WorkspacePlatform;
  /**
   * The lab's policy (the template's privileged groups and paths are checked against it).
   * @default - nothing privileged is allowed
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Name used in error messages (a construct path or a lab file).
   * @default - the template's slug
   */
  readonly where?: string;
}

/**
 * How a Proxmox VE template VM is built from a cloud image with a bake (`ImageBake.proxmoxTemplateScript`).
 */
export interface ProxmoxBakeOptions {
  /** VM id the template gets. */
  readonly vmId: number;
  /** The cloud image on the node (an absolute path, e.g. `/var/lib/vz/template/iso/noble-server-cloudimg-amd64.img`). */
  readonly cloudImagePath: string;
  /**
   * Storage of the template's disk and cloud-init drive.
   * @default "local-lvm"
   */
  readonly storage?: string;
  /**
   * Bridge of the build's network (it needs the package mirrors and the vendors' sites, directly or through a proxy).
   * @default "vmbr0"
   */
  readonly bridge?: string;
  /**
   * Boot disk size in GiB.
   * @default - the template's root_volume_gb, else 30
   */
  readonly diskGiB?: number;
  /**
   * Proxy for the bake's downloads.
   * @default - none
   */
  readonly httpProxy?: string;
}

/**
 * How a KubeVirt container disk is built from a cloud image with a bake (`ImageBake.containerDiskScript`).
 */
export interface ContainerDiskBakeOptions {
  /** The cloud image (qcow2 or raw) on the build machine, an absolute path. */
  readonly cloudImagePath: string;
  /** Image reference to commit and push, e.g. `registry.lab.example.org/rws/python-ml:1.0.0`. */
  readonly reference: string;
  /**
   * Virtual disk size in GiB (the bake needs room in the image).
   * @default - the template's root_volume_gb, else 30
   */
  readonly diskGiB?: number;
  /**
   * Proxy for the bake's downloads.
   * @default - none
   */
  readonly httpProxy?: string;
}

/** Characters of an image name (EC2 AMI names, Image Builder and Proxmox names): letters, digits, `.` and `-`. */
function nameSafe(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}

/**
 * The install part of a template as a machine image build needs it: the bake script (the
 * same provisioning code as the boot, `ProvisioningPhase.BAKE`), its content hash, and the
 * names the image and its parameter get. Backend-neutral: `WorkspaceImage` (EC2 Image
 * Builder), the Proxmox template VM and the KubeVirt containerDisk build run the same script.
 *
 * @example
 * const bake = ImageBake.of({ template: catalog.resolve('python-ml') });
 * bake.imageName;      // "rws-python-ml-1-0-0-1f125c69"
 * bake.bakeScript();   // bash, run as root on the build machine
 */
export class ImageBake {
  /** Plans the bake of a template; throws a WorkspaceInputError naming the field and the fix when the template cannot be baked. */
  public static of(options: ImageBakeOptions): ImageBake {
    return new ImageBake(options);
  }

  /** Template slug. */
  public readonly slug: string;
  /** Template version (`unversioned` when the template has none). */
  public readonly version: string;
  /** Content hash (16 hex digits) of what the bake installs: a workspace's boot checks the image has it. */
  public readonly contentHash: string;
  /** Name of the image: `rws-<slug>-<version with - for .>-<first 8 of the content hash>`. */
  public readonly imageName: string;
  /** Platform the image is for. */
  public readonly platform: WorkspacePlatform;
  /** Warnings of the template found while planning the bake. */
  public readonly warnings: Diagnostic[];

  private readonly userData: WorkspaceUserData;
  private readonly rootGiB: number;

  private constructor(options: ImageBakeOptions) {
    const t = options.template;
    this.platform = options.platform ?? WorkspacePlatform.AWS;
    if (t.packageManager === 'ami') {
      fail({
        code: 'image-of-ami-template',
        field: 'template',
        message: `${options.where ?? t.slug}: template "${t.slug}" is ami-based: its image is given (ami_config), there is nothing to bake`,
        value: t.slug,
        fix: 'bake a template that installs its software (package_manager apt, dnf, conda or spack), or use the ami-based template as it is',
        location: { file: t.definition.source },
      });
    }
    this.userData = WorkspaceUserData.generate({
      template: t,
      phase: ProvisioningPhase.BAKE,
      platform: this.platform,
      policy: options.policy,
      where: options.where,
      maxUserDataBytes: 1048576,
    });
    this.slug = t.slug;
    this.version = t.definition.version ?? 'unversioned';
    this.contentHash = this.userData.imageContentHash;
    // Image Builder names allow letters, digits, - and _ (no dots): 1.0.0 is written 1-0-0.
    this.imageName = `rws-${nameSafe(t.slug)}-${nameSafe(this.version).replace(/\./g, '-')}-${this.contentHash.slice(0, 8)}`;
    this.warnings = this.userData.warnings;
    this.rootGiB = t.definition.instanceDefaults?.rootVolumeGb ?? 30;
  }

  /** The bake as one self-contained bash script (run as root on the build machine; safe to run again). */
  public bakeScript(): string {
    return this.userData.provisioningScript();
  }

  /** The bake script, gzip-compressed (level 9) and base64-encoded, for documents with a size limit. */
  public bakeScriptGzipBase64(): string {
    return zlib.gzipSync(Buffer.from(this.bakeScript(), 'utf8'), { level: 9 }).toString('base64');
  }

  /** SHA-256 (hex) of the bake script: changes when the script changes, even when the content hash does not (a new release of the kit). */
  public scriptSha256(): string {
    return crypto.createHash('sha256').update(this.bakeScript()).digest('hex');
  }

  /**
   * Name of the parameter that holds the newest image of this template version (written by
   * the image pipeline): `<prefix>/<slug>/<version>`.
   * @param prefix e.g. `/rws/my-lab/images`
   */
  public parameterName(prefix: string): string {
    return `${prefix.replace(/\/+$/, '')}/${nameSafe(this.slug)}/${nameSafe(this.version)}`;
  }

  /**
   * A bash script, run as root on a Proxmox VE node, that builds template VM `vmId` named
   * `imageName` from a cloud image: the bake runs once through cloud-init (a snippet), the VM
   * cleans cloud-init's state and powers off, and the script converts it into a template.
   * Workspaces clone it (`ProxmoxCloudImage.fromTemplateVm({ ..., bakedContentHash })`).
   */
  public proxmoxTemplateScript(options: ProxmoxBakeOptions): string {
    const where = `ImageBake(${this.slug}).proxmoxTemplateScript`;
    const storage = options.storage ?? 'local-lvm';
    const bridge = options.bridge ?? 'vmbr0';
    const disk = options.diskGiB ?? this.rootGiB;
    const checks: Array<[boolean, string, unknown, string]> = [
      [Number.isInteger(options.vmId) && options.vmId >= 100 && options.vmId <= 999999999, 'vmId', options.vmId, 'use a free VM id from 100, e.g. 9001'],
      [/^\/[A-Za-z0-9._\/-]+$/.test(options.cloudImagePath), 'cloudImagePath', options.cloudImagePath, 'write the absolute path of the image on the node'],
      [/^[A-Za-z0-9._-]+$/.test(storage), 'storage', storage, 'write a storage id, e.g. local-lvm'],
      [/^[A-Za-z0-9._-]+$/.test(bridge), 'bridge', bridge, 'write a bridge, e.g. vmbr0'],
      [Number.isInteger(disk) && disk >= 8 && disk <= 16384, 'diskGiB', disk, 'write a whole number of GiB from 8'],
      [options.httpProxy === undefined || /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(options.httpProxy), 'httpProxy', options.httpProxy, 'write e.g. http://proxy.lab.internal:3128'],
    ];
    for (const [ok, field, value, fix] of checks) {
      if (!ok) fail({ code: 'invalid-option', field, message: `${where}: invalid ${field}`, value, fix });
    }
    const proxy = options.httpProxy
      ? `export http_proxy=${options.httpProxy} https_proxy=${options.httpProxy} no_proxy=localhost,127.0.0.1; `
        + `printf 'Acquire::http::Proxy "%s";\\n' ${options.httpProxy} >/etc/apt/apt.conf.d/80rws-build-proxy 2>/dev/null || true; ` : '';
    const userData = [
      '#cloud-config',
      `# Bakes research workspace template ${this.slug} ${this.version} (content ${this.contentHash}) into this VM, once, then powers it off.`,
      'write_files:',
      '  - path: /root/rws-bake.sh.gz.b64',
      "    permissions: '0600'",
      `    content: ${this.bakeScriptGzipBase64()}`,
      'runcmd:',
      `  - ${JSON.stringify(`${proxy}base64 -d /root/rws-bake.sh.gz.b64 | gunzip >/root/rws-bake.sh && bash /root/rws-bake.sh `
        + '&& rm -f /root/rws-bake.sh /root/rws-bake.sh.gz.b64 /etc/apt/apt.conf.d/80rws-build-proxy && cloud-init clean --logs --seed '
        + '&& truncate -s 0 /etc/machine-id && rm -f /etc/ssh/ssh_host_* && poweroff')}`,
      '',
    ].join('\n');
    const snippet = `${this.imageName}-bake.yaml`;
    return [
      '#!/bin/bash',
      `# Builds Proxmox VE template VM ${options.vmId} "${this.imageName}" from ${options.cloudImagePath}: research workspace`,
      `# template ${this.slug} ${this.version} (content ${this.contentHash}), baked once through cloud-init. Run as root on the node.`,
      'set -euo pipefail',
      `id=${options.vmId}`,
      `name=${this.imageName}`,
      `img=${options.cloudImagePath}`,
      `storage=${storage}`,
      `snippet=/var/lib/vz/snippets/${snippet}`,
      'if qm status "$id" >/dev/null 2>&1; then echo "VM $id exists: remove it or choose another vmId" >&2; exit 1; fi',
      '[ -f "$img" ] || { echo "no cloud image at $img: download the distribution\'s cloud image there first" >&2; exit 1; }',
      'install -d /var/lib/vz/snippets',
      'base64 -d >"$snippet" <<\'RWS_SNIPPET\'',
      Buffer.from(userData, 'utf8').toString('base64').replace(/.{1,76}/g, '$&\n') + 'RWS_SNIPPET',
      `qm create "$id" --name "$name" --memory 4096 --cores 2 --net0 virtio,bridge=${bridge} --scsihw virtio-scsi-single --serial0 socket --vga serial0`,
      'qm set "$id" --scsi0 "$storage:0,import-from=$img"',
      `qm resize "$id" scsi0 ${disk}G`,
      `qm set "$id" --ide2 "$storage:cloudinit" --boot order=scsi0 --ipconfig0 ip=dhcp --cicustom "user=local:snippets/${snippet}"`,
      'qm start "$id"',
      '# The bake powers the VM off when it is done (two hours at most).',
      'for _ in $(seq 1 720); do qm status "$id" | grep -q stopped && break; sleep 10; done',
      'qm status "$id" | grep -q stopped || { echo "VM $id did not finish the bake in two hours: see its console (qm terminal $id) and /var/log/research-workspace/bake.log in it" >&2; exit 1; }',
      'qm set "$id" --delete cicustom',
      'rm -f "$snippet"',
      `qm set "$id" --description "Research workspace template ${this.slug} ${this.version}, content ${this.contentHash} (cdk-research-workspaces)"`,
      'qm template "$id"',
      `echo "template VM $id $name: clone it with ProxmoxCloudImage.fromTemplateVm({ vmId: $id, diskGiB: ${disk}, bakedContentHash: '${this.contentHash}' })"`,
      '',
    ].join('\n');
  }

  /**
   * A bash script that builds a KubeVirt container disk (the disk in a `scratch` OCI image
   * under /disk, owned by 107 as KubeVirt expects) from a cloud image: the bake runs once inside
   * the image with `virt-customize` (libguestfs, with network), cloud-init's state is cleaned,
   * and `buildah` commits and pushes it. Needs libguestfs-tools, qemu-utils, cloud-guest-utils
   * inside the image (growpart) and buildah. Workspaces boot it with
   * `KubernetesVmImage.fromBakedContainerDisk(reference, diskGiB, contentHash)`.
   */
  public containerDiskScript(options: ContainerDiskBakeOptions): string {
    const where = `ImageBake(${this.slug}).containerDiskScript`;
    const disk = options.diskGiB ?? this.rootGiB;
    const checks: Array<[boolean, string, unknown, string]> = [
      [/^\/[A-Za-z0-9._\/-]+$/.test(options.cloudImagePath), 'cloudImagePath', options.cloudImagePath, 'write the absolute path of the cloud image'],
      [/^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+(:[\w][\w.-]{0,127})?$/.test(options.reference), 'reference', options.reference,
        'write e.g. registry.lab.example.org/rws/python-ml:1.0.0 (no docker:// prefix)'],
      [Number.isInteger(disk) && disk >= 8 && disk <= 16384, 'diskGiB', disk, 'write a whole number of GiB from 8'],
      [options.httpProxy === undefined || /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(options.httpProxy), 'httpProxy', options.httpProxy, 'write e.g. http://proxy.lab.internal:3128'],
    ];
    for (const [ok, field, value, fix] of checks) {
      if (!ok) fail({ code: 'invalid-option', field, message: `${where}: invalid ${field}`, value, fix });
    }
    const proxy = options.httpProxy ? `export http_proxy=${options.httpProxy} https_proxy=${options.httpProxy} no_proxy=localhost,127.0.0.1; ` : '';
    return [
      '#!/bin/bash',
      `# Builds the KubeVirt container disk ${options.reference} from ${options.cloudImagePath}: research workspace`,
      `# template ${this.slug} ${this.version} (content ${this.contentHash}), baked once inside the image with virt-customize.`,
      'set -euo pipefail',
      `img=${options.cloudImagePath}`,
      `ref=${options.reference}`,
      'for t in qemu-img virt-customize buildah; do',
      '  command -v "$t" >/dev/null 2>&1 || { echo "$t is missing. Fix: apt-get install -y qemu-utils libguestfs-tools buildah" >&2; exit 1; }',
      'done',
      '[ -f "$img" ] || { echo "no cloud image at $img: download the distribution\'s cloud image there first" >&2; exit 1; }',
      'work=$(mktemp -d)',
      'trap \'rm -rf "$work"\' EXIT',
      'qemu-img convert -O qcow2 "$img" "$work/disk.qcow2"',
      `qemu-img resize "$work/disk.qcow2" ${disk}G`,
      'base64 -d <<\'RWS_BAKE\' | gunzip >"$work/rws-bake.sh"',
      this.bakeScriptGzipBase64().replace(/.{1,76}/g, '$&\n') + 'RWS_BAKE',
      '# Grow the root file system into the new size, run the bake, then clean what must differ per machine.',
      'virt-customize -a "$work/disk.qcow2" --network \\',
      "  --run-command 'growpart /dev/sda 1 && resize2fs /dev/sda1' \\",
      '  --upload "$work/rws-bake.sh:/root/rws-bake.sh" \\',
      `  --run-command ${JSON.stringify(`${proxy}bash /root/rws-bake.sh`).replace(/\$/g, '\\$')} \\`,
      "  --delete /root/rws-bake.sh --run-command 'cloud-init clean --logs --seed' --truncate /etc/machine-id",
      'ctr=$(buildah from scratch)',
      'buildah add --chown 107:107 "$ctr" "$work/disk.qcow2" /disk/disk.qcow2',
      `buildah config --label research.template=${this.slug} --label research.template-version=${this.version} --label research.image-content=${this.contentHash} "$ctr"`,
      'buildah commit "$ctr" "$ref"',
      'buildah rm "$ctr"',
      'buildah push "$ref"',
      `echo "container disk $ref: boot it with KubernetesVmImage.fromBakedContainerDisk('$ref', ${disk}, '${this.contentHash}')"`,
      '',
    ].join('\n');
  }

  /**
   * The command that checks a built image (run on the image): its record names this bake's
   * content hash.
   */
  public checkCommand(): string {
    return `grep -qx 'RWS_IMAGE_HASH=${this.contentHash}' /etc/research-workspace/image.env`;
  }
}
