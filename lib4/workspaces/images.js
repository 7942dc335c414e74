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
exports.ImageBake = void 0;
const crypto = __importStar(require("crypto"));
const zlib = __importStar(require("zlib"));
const error_1 = require("./private/error");
const userdata_1 = require("./userdata");
/** Characters of an image name (EC2 AMI names, Image Builder and Proxmox names): letters, digits, `.` and `-`. */
function nameSafe(text) {
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
class ImageBake {
    /** Plans the bake of a template; throws a WorkspaceInputError naming the field and the fix when the template cannot be baked. */
    static of(options) {
        return new ImageBake(options);
    }
    /** Template slug. */
    slug;
    /** Template version (`unversioned` when the template has none). */
    version;
    /** Content hash (16 hex digits) of what the bake installs: a workspace's boot checks the image has it. */
    contentHash;
    /** Name of the image: `rws-<slug>-<version with - for .>-<first 8 of the content hash>`. */
    imageName;
    /** Platform the image is for. */
    platform;
    /** Warnings of the template found while planning the bake. */
    warnings;
    userData;
    rootGiB;
    constructor(options) {
        const t = options.template;
        this.platform = options.platform ?? userdata_1.WorkspacePlatform.AWS;
        if (t.packageManager === 'ami') {
            (0, error_1.fail)({
                code: 'image-of-ami-template',
                field: 'template',
                message: `${options.where ?? t.slug}: template "${t.slug}" is ami-based: its image is given (ami_config), there is nothing to bake`,
                value: t.slug,
                fix: 'bake a template that installs its software (package_manager apt, dnf, conda or spack), or use the ami-based template as it is',
                location: { file: t.definition.source },
            });
        }
        this.userData = userdata_1.WorkspaceUserData.generate({
            template: t,
            phase: userdata_1.ProvisioningPhase.BAKE,
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
    bakeScript() {
        return this.userData.provisioningScript();
    }
    /** The bake script, gzip-compressed (level 9) and base64-encoded, for documents with a size limit. */
    bakeScriptGzipBase64() {
        return zlib.gzipSync(Buffer.from(this.bakeScript(), 'utf8'), { level: 9 }).toString('base64');
    }
    /** SHA-256 (hex) of the bake script: changes when the script changes, even when the content hash does not (a new release of the kit). */
    scriptSha256() {
        return crypto.createHash('sha256').update(this.bakeScript()).digest('hex');
    }
    /**
     * Name of the parameter that holds the newest image of this template version (written by
     * the image pipeline): `<prefix>/<slug>/<version>`.
     * @param prefix e.g. `/rws/my-lab/images`
     */
    parameterName(prefix) {
        return `${prefix.replace(/\/+$/, '')}/${nameSafe(this.slug)}/${nameSafe(this.version)}`;
    }
    /**
     * A bash script, run as root on a Proxmox VE node, that builds template VM `vmId` named
     * `imageName` from a cloud image: the bake runs once through cloud-init (a snippet), the VM
     * cleans cloud-init's state and powers off, and the script converts it into a template.
     * Workspaces clone it (`ProxmoxCloudImage.fromTemplateVm({ ..., bakedContentHash })`).
     */
    proxmoxTemplateScript(options) {
        const where = `ImageBake(${this.slug}).proxmoxTemplateScript`;
        const storage = options.storage ?? 'local-lvm';
        const bridge = options.bridge ?? 'vmbr0';
        const disk = options.diskGiB ?? this.rootGiB;
        const checks = [
            [Number.isInteger(options.vmId) && options.vmId >= 100 && options.vmId <= 999999999, 'vmId', options.vmId, 'use a free VM id from 100, e.g. 9001'],
            [/^\/[A-Za-z0-9._\/-]+$/.test(options.cloudImagePath), 'cloudImagePath', options.cloudImagePath, 'write the absolute path of the image on the node'],
            [/^[A-Za-z0-9._-]+$/.test(storage), 'storage', storage, 'write a storage id, e.g. local-lvm'],
            [/^[A-Za-z0-9._-]+$/.test(bridge), 'bridge', bridge, 'write a bridge, e.g. vmbr0'],
            [Number.isInteger(disk) && disk >= 8 && disk <= 16384, 'diskGiB', disk, 'write a whole number of GiB from 8'],
            [options.httpProxy === undefined || /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(options.httpProxy), 'httpProxy', options.httpProxy, 'write e.g. http://proxy.lab.internal:3128'],
        ];
        for (const [ok, field, value, fix] of checks) {
            if (!ok)
                (0, error_1.fail)({ code: 'invalid-option', field, message: `${where}: invalid ${field}`, value, fix });
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
    containerDiskScript(options) {
        const where = `ImageBake(${this.slug}).containerDiskScript`;
        const disk = options.diskGiB ?? this.rootGiB;
        const checks = [
            [/^\/[A-Za-z0-9._\/-]+$/.test(options.cloudImagePath), 'cloudImagePath', options.cloudImagePath, 'write the absolute path of the cloud image'],
            [/^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+(:[\w][\w.-]{0,127})?$/.test(options.reference), 'reference', options.reference,
                'write e.g. registry.lab.example.org/rws/python-ml:1.0.0 (no docker:// prefix)'],
            [Number.isInteger(disk) && disk >= 8 && disk <= 16384, 'diskGiB', disk, 'write a whole number of GiB from 8'],
            [options.httpProxy === undefined || /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?\/?$/.test(options.httpProxy), 'httpProxy', options.httpProxy, 'write e.g. http://proxy.lab.internal:3128'],
        ];
        for (const [ok, field, value, fix] of checks) {
            if (!ok)
                (0, error_1.fail)({ code: 'invalid-option', field, message: `${where}: invalid ${field}`, value, fix });
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
    checkCommand() {
        return `grep -qx 'RWS_IMAGE_HASH=${this.contentHash}' /etc/research-workspace/image.env`;
    }
}
exports.ImageBake = ImageBake;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW1hZ2VzLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3dvcmtzcGFjZXMvaW1hZ2VzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLCtDQUFpQztBQUNqQywyQ0FBNkI7QUFJN0IsMkNBQXVDO0FBQ3ZDLHlDQUFxRjtBQTRFckYsa0hBQWtIO0FBQ2xILFNBQVMsUUFBUSxDQUFDLElBQVk7SUFDNUIsT0FBTyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsT0FBTyxDQUFDLGVBQWUsRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxFQUFFLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQztBQUN6RixDQUFDO0FBRUQ7Ozs7Ozs7Ozs7R0FVRztBQUNILE1BQWEsU0FBUztJQUNwQixpSUFBaUk7SUFDMUgsTUFBTSxDQUFDLEVBQUUsQ0FBQyxPQUF5QjtRQUN4QyxPQUFPLElBQUksU0FBUyxDQUFDLE9BQU8sQ0FBQyxDQUFDO0lBQ2hDLENBQUM7SUFFRCxxQkFBcUI7SUFDTCxJQUFJLENBQVM7SUFDN0IsbUVBQW1FO0lBQ25ELE9BQU8sQ0FBUztJQUNoQywwR0FBMEc7SUFDMUYsV0FBVyxDQUFTO0lBQ3BDLDRGQUE0RjtJQUM1RSxTQUFTLENBQVM7SUFDbEMsaUNBQWlDO0lBQ2pCLFFBQVEsQ0FBb0I7SUFDNUMsOERBQThEO0lBQzlDLFFBQVEsQ0FBZTtJQUV0QixRQUFRLENBQW9CO0lBQzVCLE9BQU8sQ0FBUztJQUVqQyxZQUFvQixPQUF5QjtRQUMzQyxNQUFNLENBQUMsR0FBRyxPQUFPLENBQUMsUUFBUSxDQUFDO1FBQzNCLElBQUksQ0FBQyxRQUFRLEdBQUcsT0FBTyxDQUFDLFFBQVEsSUFBSSw0QkFBaUIsQ0FBQyxHQUFHLENBQUM7UUFDMUQsSUFBSSxDQUFDLENBQUMsY0FBYyxLQUFLLEtBQUssRUFBRSxDQUFDO1lBQy9CLElBQUEsWUFBSSxFQUFDO2dCQUNILElBQUksRUFBRSx1QkFBdUI7Z0JBQzdCLEtBQUssRUFBRSxVQUFVO2dCQUNqQixPQUFPLEVBQUUsR0FBRyxPQUFPLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxJQUFJLGVBQWUsQ0FBQyxDQUFDLElBQUksMkVBQTJFO2dCQUNuSSxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUk7Z0JBQ2IsR0FBRyxFQUFFLCtIQUErSDtnQkFDcEksUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsTUFBTSxFQUFFO2FBQ3hDLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxJQUFJLENBQUMsUUFBUSxHQUFHLDRCQUFpQixDQUFDLFFBQVEsQ0FBQztZQUN6QyxRQUFRLEVBQUUsQ0FBQztZQUNYLEtBQUssRUFBRSw0QkFBaUIsQ0FBQyxJQUFJO1lBQzdCLFFBQVEsRUFBRSxJQUFJLENBQUMsUUFBUTtZQUN2QixNQUFNLEVBQUUsT0FBTyxDQUFDLE1BQU07WUFDdEIsS0FBSyxFQUFFLE9BQU8sQ0FBQyxLQUFLO1lBQ3BCLGdCQUFnQixFQUFFLE9BQU87U0FDMUIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDO1FBQ25CLElBQUksQ0FBQyxPQUFPLEdBQUcsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxPQUFPLElBQUksYUFBYSxDQUFDO1FBQ3JELElBQUksQ0FBQyxXQUFXLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxnQkFBZ0IsQ0FBQztRQUNsRCx3RkFBd0Y7UUFDeEYsSUFBSSxDQUFDLFNBQVMsR0FBRyxPQUFPLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksUUFBUSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLElBQUksQ0FBQyxXQUFXLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3pILElBQUksQ0FBQyxRQUFRLEdBQUcsSUFBSSxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUM7UUFDdkMsSUFBSSxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUMsVUFBVSxDQUFDLGdCQUFnQixFQUFFLFlBQVksSUFBSSxFQUFFLENBQUM7SUFDbkUsQ0FBQztJQUVELHdHQUF3RztJQUNqRyxVQUFVO1FBQ2YsT0FBTyxJQUFJLENBQUMsUUFBUSxDQUFDLGtCQUFrQixFQUFFLENBQUM7SUFDNUMsQ0FBQztJQUVELHNHQUFzRztJQUMvRixvQkFBb0I7UUFDekIsT0FBTyxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQ2hHLENBQUM7SUFFRCx5SUFBeUk7SUFDbEksWUFBWTtRQUNqQixPQUFPLE1BQU0sQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUM3RSxDQUFDO0lBRUQ7Ozs7T0FJRztJQUNJLGFBQWEsQ0FBQyxNQUFjO1FBQ2pDLE9BQU8sR0FBRyxNQUFNLENBQUMsT0FBTyxDQUFDLE1BQU0sRUFBRSxFQUFFLENBQUMsSUFBSSxRQUFRLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztJQUMxRixDQUFDO0lBRUQ7Ozs7O09BS0c7SUFDSSxxQkFBcUIsQ0FBQyxPQUEyQjtRQUN0RCxNQUFNLEtBQUssR0FBRyxhQUFhLElBQUksQ0FBQyxJQUFJLHlCQUF5QixDQUFDO1FBQzlELE1BQU0sT0FBTyxHQUFHLE9BQU8sQ0FBQyxPQUFPLElBQUksV0FBVyxDQUFDO1FBQy9DLE1BQU0sTUFBTSxHQUFHLE9BQU8sQ0FBQyxNQUFNLElBQUksT0FBTyxDQUFDO1FBQ3pDLE1BQU0sSUFBSSxHQUFHLE9BQU8sQ0FBQyxPQUFPLElBQUksSUFBSSxDQUFDLE9BQU8sQ0FBQztRQUM3QyxNQUFNLE1BQU0sR0FBOEM7WUFDeEQsQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxPQUFPLENBQUMsSUFBSSxJQUFJLEdBQUcsSUFBSSxPQUFPLENBQUMsSUFBSSxJQUFJLFNBQVMsRUFBRSxNQUFNLEVBQUUsT0FBTyxDQUFDLElBQUksRUFBRSxzQ0FBc0MsQ0FBQztZQUNsSixDQUFDLHVCQUF1QixDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsY0FBYyxDQUFDLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLGNBQWMsRUFBRSxrREFBa0QsQ0FBQztZQUNwSixDQUFDLG1CQUFtQixDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxTQUFTLEVBQUUsT0FBTyxFQUFFLG9DQUFvQyxDQUFDO1lBQzdGLENBQUMsbUJBQW1CLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsRUFBRSxNQUFNLEVBQUUsNEJBQTRCLENBQUM7WUFDbEYsQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLElBQUksSUFBSSxJQUFJLEtBQUssRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLG9DQUFvQyxDQUFDO1lBQzdHLENBQUMsT0FBTyxDQUFDLFNBQVMsS0FBSyxTQUFTLElBQUksdUNBQXVDLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxTQUFTLENBQUMsRUFBRSxXQUFXLEVBQUUsT0FBTyxDQUFDLFNBQVMsRUFBRSwyQ0FBMkMsQ0FBQztTQUNsTCxDQUFDO1FBQ0YsS0FBSyxNQUFNLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxDQUFDLElBQUksTUFBTSxFQUFFLENBQUM7WUFDN0MsSUFBSSxDQUFDLEVBQUU7Z0JBQUUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLE9BQU8sRUFBRSxHQUFHLEtBQUssYUFBYSxLQUFLLEVBQUUsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQztRQUN0RyxDQUFDO1FBQ0QsTUFBTSxLQUFLLEdBQUcsT0FBTyxDQUFDLFNBQVM7WUFDN0IsQ0FBQyxDQUFDLHFCQUFxQixPQUFPLENBQUMsU0FBUyxnQkFBZ0IsT0FBTyxDQUFDLFNBQVMsaUNBQWlDO2tCQUN0RywwQ0FBMEMsT0FBTyxDQUFDLFNBQVMsK0RBQStELENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUN0SSxNQUFNLFFBQVEsR0FBRztZQUNmLGVBQWU7WUFDZix1Q0FBdUMsSUFBSSxDQUFDLElBQUksSUFBSSxJQUFJLENBQUMsT0FBTyxhQUFhLElBQUksQ0FBQyxXQUFXLDJDQUEyQztZQUN4SSxjQUFjO1lBQ2Qsb0NBQW9DO1lBQ3BDLHlCQUF5QjtZQUN6QixnQkFBZ0IsSUFBSSxDQUFDLG9CQUFvQixFQUFFLEVBQUU7WUFDN0MsU0FBUztZQUNULE9BQU8sSUFBSSxDQUFDLFNBQVMsQ0FBQyxHQUFHLEtBQUssMkZBQTJGO2tCQUNySCw4SEFBOEg7a0JBQzlILDJFQUEyRSxDQUFDLEVBQUU7WUFDbEYsRUFBRTtTQUNILENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ2IsTUFBTSxPQUFPLEdBQUcsR0FBRyxJQUFJLENBQUMsU0FBUyxZQUFZLENBQUM7UUFDOUMsT0FBTztZQUNMLGFBQWE7WUFDYixtQ0FBbUMsT0FBTyxDQUFDLElBQUksS0FBSyxJQUFJLENBQUMsU0FBUyxVQUFVLE9BQU8sQ0FBQyxjQUFjLHNCQUFzQjtZQUN4SCxjQUFjLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLE9BQU8sYUFBYSxJQUFJLENBQUMsV0FBVyw0REFBNEQ7WUFDaEksbUJBQW1CO1lBQ25CLE1BQU0sT0FBTyxDQUFDLElBQUksRUFBRTtZQUNwQixRQUFRLElBQUksQ0FBQyxTQUFTLEVBQUU7WUFDeEIsT0FBTyxPQUFPLENBQUMsY0FBYyxFQUFFO1lBQy9CLFdBQVcsT0FBTyxFQUFFO1lBQ3BCLGdDQUFnQyxPQUFPLEVBQUU7WUFDekMsaUhBQWlIO1lBQ2pILHVIQUF1SDtZQUN2SCxpQ0FBaUM7WUFDakMseUNBQXlDO1lBQ3pDLE1BQU0sQ0FBQyxJQUFJLENBQUMsUUFBUSxFQUFFLE1BQU0sQ0FBQyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsQ0FBQyxPQUFPLENBQUMsVUFBVSxFQUFFLE1BQU0sQ0FBQyxHQUFHLGFBQWE7WUFDNUYsK0VBQStFLE1BQU0sNkRBQTZEO1lBQ2xKLG9EQUFvRDtZQUNwRCx5QkFBeUIsSUFBSSxHQUFHO1lBQ2hDLG1IQUFtSCxPQUFPLEdBQUc7WUFDN0gsZ0JBQWdCO1lBQ2hCLG1FQUFtRTtZQUNuRSxzRkFBc0Y7WUFDdEYsNExBQTRMO1lBQzVMLGdDQUFnQztZQUNoQyxrQkFBa0I7WUFDbEIsMkRBQTJELElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLE9BQU8sYUFBYSxJQUFJLENBQUMsV0FBVyw2QkFBNkI7WUFDOUksbUJBQW1CO1lBQ25CLHFHQUFxRyxJQUFJLHdCQUF3QixJQUFJLENBQUMsV0FBVyxPQUFPO1lBQ3hKLEVBQUU7U0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNmLENBQUM7SUFFRDs7Ozs7OztPQU9HO0lBQ0ksbUJBQW1CLENBQUMsT0FBaUM7UUFDMUQsTUFBTSxLQUFLLEdBQUcsYUFBYSxJQUFJLENBQUMsSUFBSSx1QkFBdUIsQ0FBQztRQUM1RCxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUM7UUFDN0MsTUFBTSxNQUFNLEdBQThDO1lBQ3hELENBQUMsdUJBQXVCLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxjQUFjLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxPQUFPLENBQUMsY0FBYyxFQUFFLDRDQUE0QyxDQUFDO1lBQzlJLENBQUMsNEZBQTRGLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxTQUFTLENBQUMsRUFBRSxXQUFXLEVBQUUsT0FBTyxDQUFDLFNBQVM7Z0JBQ25KLCtFQUErRSxDQUFDO1lBQ2xGLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxLQUFLLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxvQ0FBb0MsQ0FBQztZQUM3RyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEtBQUssU0FBUyxJQUFJLHVDQUF1QyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsU0FBUyxDQUFDLEVBQUUsV0FBVyxFQUFFLE9BQU8sQ0FBQyxTQUFTLEVBQUUsMkNBQTJDLENBQUM7U0FDbEwsQ0FBQztRQUNGLEtBQUssTUFBTSxDQUFDLEVBQUUsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLEdBQUcsQ0FBQyxJQUFJLE1BQU0sRUFBRSxDQUFDO1lBQzdDLElBQUksQ0FBQyxFQUFFO2dCQUFFLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLEtBQUssRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLGFBQWEsS0FBSyxFQUFFLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUM7UUFDdEcsQ0FBQztRQUNELE1BQU0sS0FBSyxHQUFHLE9BQU8sQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLHFCQUFxQixPQUFPLENBQUMsU0FBUyxnQkFBZ0IsT0FBTyxDQUFDLFNBQVMsaUNBQWlDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUNoSixPQUFPO1lBQ0wsYUFBYTtZQUNiLHdDQUF3QyxPQUFPLENBQUMsU0FBUyxTQUFTLE9BQU8sQ0FBQyxjQUFjLHNCQUFzQjtZQUM5RyxjQUFjLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLE9BQU8sYUFBYSxJQUFJLENBQUMsV0FBVyxxREFBcUQ7WUFDekgsbUJBQW1CO1lBQ25CLE9BQU8sT0FBTyxDQUFDLGNBQWMsRUFBRTtZQUMvQixPQUFPLE9BQU8sQ0FBQyxTQUFTLEVBQUU7WUFDMUIsOENBQThDO1lBQzlDLHlJQUF5STtZQUN6SSxNQUFNO1lBQ04sdUhBQXVIO1lBQ3ZILG1CQUFtQjtZQUNuQiw4QkFBOEI7WUFDOUIscURBQXFEO1lBQ3JELHNDQUFzQyxJQUFJLEdBQUc7WUFDN0Msd0RBQXdEO1lBQ3hELElBQUksQ0FBQyxvQkFBb0IsRUFBRSxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLEdBQUcsVUFBVTtZQUNwRSx1R0FBdUc7WUFDdkcsbURBQW1EO1lBQ25ELGlFQUFpRTtZQUNqRSxxREFBcUQ7WUFDckQsbUJBQW1CLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxLQUFLLHdCQUF3QixDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUMsS0FBSztZQUM5Rix3R0FBd0c7WUFDeEcsNkJBQTZCO1lBQzdCLHdFQUF3RTtZQUN4RSw0Q0FBNEMsSUFBSSxDQUFDLElBQUksc0NBQXNDLElBQUksQ0FBQyxPQUFPLG1DQUFtQyxJQUFJLENBQUMsV0FBVyxTQUFTO1lBQ25LLDhCQUE4QjtZQUM5QixtQkFBbUI7WUFDbkIscUJBQXFCO1lBQ3JCLDRGQUE0RixJQUFJLE1BQU0sSUFBSSxDQUFDLFdBQVcsS0FBSztZQUMzSCxFQUFFO1NBQ0gsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDZixDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksWUFBWTtRQUNqQixPQUFPLDRCQUE0QixJQUFJLENBQUMsV0FBVyxxQ0FBcUMsQ0FBQztJQUMzRixDQUFDO0NBQ0Y7QUFsTkQsOEJBa05DIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgKiBhcyB6bGliIGZyb20gJ3psaWInO1xuaW1wb3J0IHsgUmVzb2x2ZWRUZW1wbGF0ZSB9IGZyb20gJy4vY2F0YWxvZyc7XG5pbXBvcnQgeyBEaWFnbm9zdGljIH0gZnJvbSAnLi9lcnJvcnMnO1xuaW1wb3J0IHsgV29ya3NwYWNlUG9saWN5IH0gZnJvbSAnLi9wb2xpY3knO1xuaW1wb3J0IHsgZmFpbCB9IGZyb20gJy4vcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBQcm92aXNpb25pbmdQaGFzZSwgV29ya3NwYWNlUGxhdGZvcm0sIFdvcmtzcGFjZVVzZXJEYXRhIH0gZnJvbSAnLi91c2VyZGF0YSc7XG5cbi8qKlxuICogV2hhdCB0byBiYWtlOiBhIHRlbXBsYXRlICh3aXRoIGl0cyBwYXJhbWV0ZXJzIGFscmVhZHkgcmVzb2x2ZWQpIGZvciBvbmUgcGxhdGZvcm0uXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW1hZ2VCYWtlT3B0aW9ucyB7XG4gIC8qKiBUaGUgdGVtcGxhdGUsIHJlc29sdmVkIHdpdGggdGhlIHBhcmFtZXRlciB2YWx1ZXMgdGhlIGltYWdlIGlzIGZvci4gKi9cbiAgcmVhZG9ubHkgdGVtcGxhdGU6IFJlc29sdmVkVGVtcGxhdGU7XG4gIC8qKlxuICAgKiBXaGVyZSB0aGUgaW1hZ2UgYm9vdHM6IG9uIEFXUyB0aGUgYmFrZSBhZGRzIHRoZSBBV1MgQ0xJLCBhbWF6b24tZWZzLXV0aWxzIGFuZCAoRGViaWFuIDEyLFxuICAgKiBSb2NreSA5KSB0aGUgU1NNIGFnZW50LlxuICAgKiBAZGVmYXVsdCBXb3Jrc3BhY2VQbGF0Zm9ybS5BV1NcbiAgICovXG4gIHJlYWRvbmx5IHBsYXRmb3JtPzogV29ya3NwYWNlUGxhdGZvcm07XG4gIC8qKlxuICAgKiBUaGUgbGFiJ3MgcG9saWN5ICh0aGUgdGVtcGxhdGUncyBwcml2aWxlZ2VkIGdyb3VwcyBhbmQgcGF0aHMgYXJlIGNoZWNrZWQgYWdhaW5zdCBpdCkuXG4gICAqIEBkZWZhdWx0IC0gbm90aGluZyBwcml2aWxlZ2VkIGlzIGFsbG93ZWRcbiAgICovXG4gIHJlYWRvbmx5IHBvbGljeT86IFdvcmtzcGFjZVBvbGljeTtcbiAgLyoqXG4gICAqIE5hbWUgdXNlZCBpbiBlcnJvciBtZXNzYWdlcyAoYSBjb25zdHJ1Y3QgcGF0aCBvciBhIGxhYiBmaWxlKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgdGVtcGxhdGUncyBzbHVnXG4gICAqL1xuICByZWFkb25seSB3aGVyZT86IHN0cmluZztcbn1cblxuLyoqXG4gKiBIb3cgYSBQcm94bW94IFZFIHRlbXBsYXRlIFZNIGlzIGJ1aWx0IGZyb20gYSBjbG91ZCBpbWFnZSB3aXRoIGEgYmFrZSAoYEltYWdlQmFrZS5wcm94bW94VGVtcGxhdGVTY3JpcHRgKS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQcm94bW94QmFrZU9wdGlvbnMge1xuICAvKiogVk0gaWQgdGhlIHRlbXBsYXRlIGdldHMuICovXG4gIHJlYWRvbmx5IHZtSWQ6IG51bWJlcjtcbiAgLyoqIFRoZSBjbG91ZCBpbWFnZSBvbiB0aGUgbm9kZSAoYW4gYWJzb2x1dGUgcGF0aCwgZS5nLiBgL3Zhci9saWIvdnovdGVtcGxhdGUvaXNvL25vYmxlLXNlcnZlci1jbG91ZGltZy1hbWQ2NC5pbWdgKS4gKi9cbiAgcmVhZG9ubHkgY2xvdWRJbWFnZVBhdGg6IHN0cmluZztcbiAgLyoqXG4gICAqIFN0b3JhZ2Ugb2YgdGhlIHRlbXBsYXRlJ3MgZGlzayBhbmQgY2xvdWQtaW5pdCBkcml2ZS5cbiAgICogQGRlZmF1bHQgXCJsb2NhbC1sdm1cIlxuICAgKi9cbiAgcmVhZG9ubHkgc3RvcmFnZT86IHN0cmluZztcbiAgLyoqXG4gICAqIEJyaWRnZSBvZiB0aGUgYnVpbGQncyBuZXR3b3JrIChpdCBuZWVkcyB0aGUgcGFja2FnZSBtaXJyb3JzIGFuZCB0aGUgdmVuZG9ycycgc2l0ZXMsIGRpcmVjdGx5IG9yIHRocm91Z2ggYSBwcm94eSkuXG4gICAqIEBkZWZhdWx0IFwidm1icjBcIlxuICAgKi9cbiAgcmVhZG9ubHkgYnJpZGdlPzogc3RyaW5nO1xuICAvKipcbiAgICogQm9vdCBkaXNrIHNpemUgaW4gR2lCLlxuICAgKiBAZGVmYXVsdCAtIHRoZSB0ZW1wbGF0ZSdzIHJvb3Rfdm9sdW1lX2diLCBlbHNlIDMwXG4gICAqL1xuICByZWFkb25seSBkaXNrR2lCPzogbnVtYmVyO1xuICAvKipcbiAgICogUHJveHkgZm9yIHRoZSBiYWtlJ3MgZG93bmxvYWRzLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHJlYWRvbmx5IGh0dHBQcm94eT86IHN0cmluZztcbn1cblxuLyoqXG4gKiBIb3cgYSBLdWJlVmlydCBjb250YWluZXIgZGlzayBpcyBidWlsdCBmcm9tIGEgY2xvdWQgaW1hZ2Ugd2l0aCBhIGJha2UgKGBJbWFnZUJha2UuY29udGFpbmVyRGlza1NjcmlwdGApLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIENvbnRhaW5lckRpc2tCYWtlT3B0aW9ucyB7XG4gIC8qKiBUaGUgY2xvdWQgaW1hZ2UgKHFjb3cyIG9yIHJhdykgb24gdGhlIGJ1aWxkIG1hY2hpbmUsIGFuIGFic29sdXRlIHBhdGguICovXG4gIHJlYWRvbmx5IGNsb3VkSW1hZ2VQYXRoOiBzdHJpbmc7XG4gIC8qKiBJbWFnZSByZWZlcmVuY2UgdG8gY29tbWl0IGFuZCBwdXNoLCBlLmcuIGByZWdpc3RyeS5sYWIuZXhhbXBsZS5vcmcvcndzL3B5dGhvbi1tbDoxLjAuMGAuICovXG4gIHJlYWRvbmx5IHJlZmVyZW5jZTogc3RyaW5nO1xuICAvKipcbiAgICogVmlydHVhbCBkaXNrIHNpemUgaW4gR2lCICh0aGUgYmFrZSBuZWVkcyByb29tIGluIHRoZSBpbWFnZSkuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHRlbXBsYXRlJ3Mgcm9vdF92b2x1bWVfZ2IsIGVsc2UgMzBcbiAgICovXG4gIHJlYWRvbmx5IGRpc2tHaUI/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBQcm94eSBmb3IgdGhlIGJha2UncyBkb3dubG9hZHMuXG4gICAqIEBkZWZhdWx0IC0gbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgaHR0cFByb3h5Pzogc3RyaW5nO1xufVxuXG4vKiogQ2hhcmFjdGVycyBvZiBhbiBpbWFnZSBuYW1lIChFQzIgQU1JIG5hbWVzLCBJbWFnZSBCdWlsZGVyIGFuZCBQcm94bW94IG5hbWVzKTogbGV0dGVycywgZGlnaXRzLCBgLmAgYW5kIGAtYC4gKi9cbmZ1bmN0aW9uIG5hbWVTYWZlKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnRvTG93ZXJDYXNlKCkucmVwbGFjZSgvW15hLXowLTkuLV0rL2csICctJykucmVwbGFjZSgvXi0rfC0rJC9nLCAnJykgfHwgJ3gnO1xufVxuXG4vKipcbiAqIFRoZSBpbnN0YWxsIHBhcnQgb2YgYSB0ZW1wbGF0ZSBhcyBhIG1hY2hpbmUgaW1hZ2UgYnVpbGQgbmVlZHMgaXQ6IHRoZSBiYWtlIHNjcmlwdCAodGhlXG4gKiBzYW1lIHByb3Zpc2lvbmluZyBjb2RlIGFzIHRoZSBib290LCBgUHJvdmlzaW9uaW5nUGhhc2UuQkFLRWApLCBpdHMgY29udGVudCBoYXNoLCBhbmQgdGhlXG4gKiBuYW1lcyB0aGUgaW1hZ2UgYW5kIGl0cyBwYXJhbWV0ZXIgZ2V0LiBCYWNrZW5kLW5ldXRyYWw6IGBXb3Jrc3BhY2VJbWFnZWAgKEVDMiBJbWFnZVxuICogQnVpbGRlciksIHRoZSBQcm94bW94IHRlbXBsYXRlIFZNIGFuZCB0aGUgS3ViZVZpcnQgY29udGFpbmVyRGlzayBidWlsZCBydW4gdGhlIHNhbWUgc2NyaXB0LlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBiYWtlID0gSW1hZ2VCYWtlLm9mKHsgdGVtcGxhdGU6IGNhdGFsb2cucmVzb2x2ZSgncHl0aG9uLW1sJykgfSk7XG4gKiBiYWtlLmltYWdlTmFtZTsgICAgICAvLyBcInJ3cy1weXRob24tbWwtMS0wLTAtMWYxMjVjNjlcIlxuICogYmFrZS5iYWtlU2NyaXB0KCk7ICAgLy8gYmFzaCwgcnVuIGFzIHJvb3Qgb24gdGhlIGJ1aWxkIG1hY2hpbmVcbiAqL1xuZXhwb3J0IGNsYXNzIEltYWdlQmFrZSB7XG4gIC8qKiBQbGFucyB0aGUgYmFrZSBvZiBhIHRlbXBsYXRlOyB0aHJvd3MgYSBXb3Jrc3BhY2VJbnB1dEVycm9yIG5hbWluZyB0aGUgZmllbGQgYW5kIHRoZSBmaXggd2hlbiB0aGUgdGVtcGxhdGUgY2Fubm90IGJlIGJha2VkLiAqL1xuICBwdWJsaWMgc3RhdGljIG9mKG9wdGlvbnM6IEltYWdlQmFrZU9wdGlvbnMpOiBJbWFnZUJha2Uge1xuICAgIHJldHVybiBuZXcgSW1hZ2VCYWtlKG9wdGlvbnMpO1xuICB9XG5cbiAgLyoqIFRlbXBsYXRlIHNsdWcuICovXG4gIHB1YmxpYyByZWFkb25seSBzbHVnOiBzdHJpbmc7XG4gIC8qKiBUZW1wbGF0ZSB2ZXJzaW9uIChgdW52ZXJzaW9uZWRgIHdoZW4gdGhlIHRlbXBsYXRlIGhhcyBub25lKS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHZlcnNpb246IHN0cmluZztcbiAgLyoqIENvbnRlbnQgaGFzaCAoMTYgaGV4IGRpZ2l0cykgb2Ygd2hhdCB0aGUgYmFrZSBpbnN0YWxsczogYSB3b3Jrc3BhY2UncyBib290IGNoZWNrcyB0aGUgaW1hZ2UgaGFzIGl0LiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgY29udGVudEhhc2g6IHN0cmluZztcbiAgLyoqIE5hbWUgb2YgdGhlIGltYWdlOiBgcndzLTxzbHVnPi08dmVyc2lvbiB3aXRoIC0gZm9yIC4+LTxmaXJzdCA4IG9mIHRoZSBjb250ZW50IGhhc2g+YC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGltYWdlTmFtZTogc3RyaW5nO1xuICAvKiogUGxhdGZvcm0gdGhlIGltYWdlIGlzIGZvci4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHBsYXRmb3JtOiBXb3Jrc3BhY2VQbGF0Zm9ybTtcbiAgLyoqIFdhcm5pbmdzIG9mIHRoZSB0ZW1wbGF0ZSBmb3VuZCB3aGlsZSBwbGFubmluZyB0aGUgYmFrZS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHdhcm5pbmdzOiBEaWFnbm9zdGljW107XG5cbiAgcHJpdmF0ZSByZWFkb25seSB1c2VyRGF0YTogV29ya3NwYWNlVXNlckRhdGE7XG4gIHByaXZhdGUgcmVhZG9ubHkgcm9vdEdpQjogbnVtYmVyO1xuXG4gIHByaXZhdGUgY29uc3RydWN0b3Iob3B0aW9uczogSW1hZ2VCYWtlT3B0aW9ucykge1xuICAgIGNvbnN0IHQgPSBvcHRpb25zLnRlbXBsYXRlO1xuICAgIHRoaXMucGxhdGZvcm0gPSBvcHRpb25zLnBsYXRmb3JtID8/IFdvcmtzcGFjZVBsYXRmb3JtLkFXUztcbiAgICBpZiAodC5wYWNrYWdlTWFuYWdlciA9PT0gJ2FtaScpIHtcbiAgICAgIGZhaWwoe1xuICAgICAgICBjb2RlOiAnaW1hZ2Utb2YtYW1pLXRlbXBsYXRlJyxcbiAgICAgICAgZmllbGQ6ICd0ZW1wbGF0ZScsXG4gICAgICAgIG1lc3NhZ2U6IGAke29wdGlvbnMud2hlcmUgPz8gdC5zbHVnfTogdGVtcGxhdGUgXCIke3Quc2x1Z31cIiBpcyBhbWktYmFzZWQ6IGl0cyBpbWFnZSBpcyBnaXZlbiAoYW1pX2NvbmZpZyksIHRoZXJlIGlzIG5vdGhpbmcgdG8gYmFrZWAsXG4gICAgICAgIHZhbHVlOiB0LnNsdWcsXG4gICAgICAgIGZpeDogJ2Jha2UgYSB0ZW1wbGF0ZSB0aGF0IGluc3RhbGxzIGl0cyBzb2Z0d2FyZSAocGFja2FnZV9tYW5hZ2VyIGFwdCwgZG5mLCBjb25kYSBvciBzcGFjayksIG9yIHVzZSB0aGUgYW1pLWJhc2VkIHRlbXBsYXRlIGFzIGl0IGlzJyxcbiAgICAgICAgbG9jYXRpb246IHsgZmlsZTogdC5kZWZpbml0aW9uLnNvdXJjZSB9LFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRoaXMudXNlckRhdGEgPSBXb3Jrc3BhY2VVc2VyRGF0YS5nZW5lcmF0ZSh7XG4gICAgICB0ZW1wbGF0ZTogdCxcbiAgICAgIHBoYXNlOiBQcm92aXNpb25pbmdQaGFzZS5CQUtFLFxuICAgICAgcGxhdGZvcm06IHRoaXMucGxhdGZvcm0sXG4gICAgICBwb2xpY3k6IG9wdGlvbnMucG9saWN5LFxuICAgICAgd2hlcmU6IG9wdGlvbnMud2hlcmUsXG4gICAgICBtYXhVc2VyRGF0YUJ5dGVzOiAxMDQ4NTc2LFxuICAgIH0pO1xuICAgIHRoaXMuc2x1ZyA9IHQuc2x1ZztcbiAgICB0aGlzLnZlcnNpb24gPSB0LmRlZmluaXRpb24udmVyc2lvbiA/PyAndW52ZXJzaW9uZWQnO1xuICAgIHRoaXMuY29udGVudEhhc2ggPSB0aGlzLnVzZXJEYXRhLmltYWdlQ29udGVudEhhc2g7XG4gICAgLy8gSW1hZ2UgQnVpbGRlciBuYW1lcyBhbGxvdyBsZXR0ZXJzLCBkaWdpdHMsIC0gYW5kIF8gKG5vIGRvdHMpOiAxLjAuMCBpcyB3cml0dGVuIDEtMC0wLlxuICAgIHRoaXMuaW1hZ2VOYW1lID0gYHJ3cy0ke25hbWVTYWZlKHQuc2x1Zyl9LSR7bmFtZVNhZmUodGhpcy52ZXJzaW9uKS5yZXBsYWNlKC9cXC4vZywgJy0nKX0tJHt0aGlzLmNvbnRlbnRIYXNoLnNsaWNlKDAsIDgpfWA7XG4gICAgdGhpcy53YXJuaW5ncyA9IHRoaXMudXNlckRhdGEud2FybmluZ3M7XG4gICAgdGhpcy5yb290R2lCID0gdC5kZWZpbml0aW9uLmluc3RhbmNlRGVmYXVsdHM/LnJvb3RWb2x1bWVHYiA/PyAzMDtcbiAgfVxuXG4gIC8qKiBUaGUgYmFrZSBhcyBvbmUgc2VsZi1jb250YWluZWQgYmFzaCBzY3JpcHQgKHJ1biBhcyByb290IG9uIHRoZSBidWlsZCBtYWNoaW5lOyBzYWZlIHRvIHJ1biBhZ2FpbikuICovXG4gIHB1YmxpYyBiYWtlU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMudXNlckRhdGEucHJvdmlzaW9uaW5nU2NyaXB0KCk7XG4gIH1cblxuICAvKiogVGhlIGJha2Ugc2NyaXB0LCBnemlwLWNvbXByZXNzZWQgKGxldmVsIDkpIGFuZCBiYXNlNjQtZW5jb2RlZCwgZm9yIGRvY3VtZW50cyB3aXRoIGEgc2l6ZSBsaW1pdC4gKi9cbiAgcHVibGljIGJha2VTY3JpcHRHemlwQmFzZTY0KCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHpsaWIuZ3ppcFN5bmMoQnVmZmVyLmZyb20odGhpcy5iYWtlU2NyaXB0KCksICd1dGY4JyksIHsgbGV2ZWw6IDkgfSkudG9TdHJpbmcoJ2Jhc2U2NCcpO1xuICB9XG5cbiAgLyoqIFNIQS0yNTYgKGhleCkgb2YgdGhlIGJha2Ugc2NyaXB0OiBjaGFuZ2VzIHdoZW4gdGhlIHNjcmlwdCBjaGFuZ2VzLCBldmVuIHdoZW4gdGhlIGNvbnRlbnQgaGFzaCBkb2VzIG5vdCAoYSBuZXcgcmVsZWFzZSBvZiB0aGUga2l0KS4gKi9cbiAgcHVibGljIHNjcmlwdFNoYTI1NigpOiBzdHJpbmcge1xuICAgIHJldHVybiBjcnlwdG8uY3JlYXRlSGFzaCgnc2hhMjU2JykudXBkYXRlKHRoaXMuYmFrZVNjcmlwdCgpKS5kaWdlc3QoJ2hleCcpO1xuICB9XG5cbiAgLyoqXG4gICAqIE5hbWUgb2YgdGhlIHBhcmFtZXRlciB0aGF0IGhvbGRzIHRoZSBuZXdlc3QgaW1hZ2Ugb2YgdGhpcyB0ZW1wbGF0ZSB2ZXJzaW9uICh3cml0dGVuIGJ5XG4gICAqIHRoZSBpbWFnZSBwaXBlbGluZSk6IGA8cHJlZml4Pi88c2x1Zz4vPHZlcnNpb24+YC5cbiAgICogQHBhcmFtIHByZWZpeCBlLmcuIGAvcndzL215LWxhYi9pbWFnZXNgXG4gICAqL1xuICBwdWJsaWMgcGFyYW1ldGVyTmFtZShwcmVmaXg6IHN0cmluZyk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGAke3ByZWZpeC5yZXBsYWNlKC9cXC8rJC8sICcnKX0vJHtuYW1lU2FmZSh0aGlzLnNsdWcpfS8ke25hbWVTYWZlKHRoaXMudmVyc2lvbil9YDtcbiAgfVxuXG4gIC8qKlxuICAgKiBBIGJhc2ggc2NyaXB0LCBydW4gYXMgcm9vdCBvbiBhIFByb3htb3ggVkUgbm9kZSwgdGhhdCBidWlsZHMgdGVtcGxhdGUgVk0gYHZtSWRgIG5hbWVkXG4gICAqIGBpbWFnZU5hbWVgIGZyb20gYSBjbG91ZCBpbWFnZTogdGhlIGJha2UgcnVucyBvbmNlIHRocm91Z2ggY2xvdWQtaW5pdCAoYSBzbmlwcGV0KSwgdGhlIFZNXG4gICAqIGNsZWFucyBjbG91ZC1pbml0J3Mgc3RhdGUgYW5kIHBvd2VycyBvZmYsIGFuZCB0aGUgc2NyaXB0IGNvbnZlcnRzIGl0IGludG8gYSB0ZW1wbGF0ZS5cbiAgICogV29ya3NwYWNlcyBjbG9uZSBpdCAoYFByb3htb3hDbG91ZEltYWdlLmZyb21UZW1wbGF0ZVZtKHsgLi4uLCBiYWtlZENvbnRlbnRIYXNoIH0pYCkuXG4gICAqL1xuICBwdWJsaWMgcHJveG1veFRlbXBsYXRlU2NyaXB0KG9wdGlvbnM6IFByb3htb3hCYWtlT3B0aW9ucyk6IHN0cmluZyB7XG4gICAgY29uc3Qgd2hlcmUgPSBgSW1hZ2VCYWtlKCR7dGhpcy5zbHVnfSkucHJveG1veFRlbXBsYXRlU2NyaXB0YDtcbiAgICBjb25zdCBzdG9yYWdlID0gb3B0aW9ucy5zdG9yYWdlID8/ICdsb2NhbC1sdm0nO1xuICAgIGNvbnN0IGJyaWRnZSA9IG9wdGlvbnMuYnJpZGdlID8/ICd2bWJyMCc7XG4gICAgY29uc3QgZGlzayA9IG9wdGlvbnMuZGlza0dpQiA/PyB0aGlzLnJvb3RHaUI7XG4gICAgY29uc3QgY2hlY2tzOiBBcnJheTxbYm9vbGVhbiwgc3RyaW5nLCB1bmtub3duLCBzdHJpbmddPiA9IFtcbiAgICAgIFtOdW1iZXIuaXNJbnRlZ2VyKG9wdGlvbnMudm1JZCkgJiYgb3B0aW9ucy52bUlkID49IDEwMCAmJiBvcHRpb25zLnZtSWQgPD0gOTk5OTk5OTk5LCAndm1JZCcsIG9wdGlvbnMudm1JZCwgJ3VzZSBhIGZyZWUgVk0gaWQgZnJvbSAxMDAsIGUuZy4gOTAwMSddLFxuICAgICAgWy9eXFwvW0EtWmEtejAtOS5fXFwvLV0rJC8udGVzdChvcHRpb25zLmNsb3VkSW1hZ2VQYXRoKSwgJ2Nsb3VkSW1hZ2VQYXRoJywgb3B0aW9ucy5jbG91ZEltYWdlUGF0aCwgJ3dyaXRlIHRoZSBhYnNvbHV0ZSBwYXRoIG9mIHRoZSBpbWFnZSBvbiB0aGUgbm9kZSddLFxuICAgICAgWy9eW0EtWmEtejAtOS5fLV0rJC8udGVzdChzdG9yYWdlKSwgJ3N0b3JhZ2UnLCBzdG9yYWdlLCAnd3JpdGUgYSBzdG9yYWdlIGlkLCBlLmcuIGxvY2FsLWx2bSddLFxuICAgICAgWy9eW0EtWmEtejAtOS5fLV0rJC8udGVzdChicmlkZ2UpLCAnYnJpZGdlJywgYnJpZGdlLCAnd3JpdGUgYSBicmlkZ2UsIGUuZy4gdm1icjAnXSxcbiAgICAgIFtOdW1iZXIuaXNJbnRlZ2VyKGRpc2spICYmIGRpc2sgPj0gOCAmJiBkaXNrIDw9IDE2Mzg0LCAnZGlza0dpQicsIGRpc2ssICd3cml0ZSBhIHdob2xlIG51bWJlciBvZiBHaUIgZnJvbSA4J10sXG4gICAgICBbb3B0aW9ucy5odHRwUHJveHkgPT09IHVuZGVmaW5lZCB8fCAvXmh0dHBzPzpcXC9cXC9bQS1aYS16MC05Li1dKyg6XFxkKyk/XFwvPyQvLnRlc3Qob3B0aW9ucy5odHRwUHJveHkpLCAnaHR0cFByb3h5Jywgb3B0aW9ucy5odHRwUHJveHksICd3cml0ZSBlLmcuIGh0dHA6Ly9wcm94eS5sYWIuaW50ZXJuYWw6MzEyOCddLFxuICAgIF07XG4gICAgZm9yIChjb25zdCBbb2ssIGZpZWxkLCB2YWx1ZSwgZml4XSBvZiBjaGVja3MpIHtcbiAgICAgIGlmICghb2spIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1vcHRpb24nLCBmaWVsZCwgbWVzc2FnZTogYCR7d2hlcmV9OiBpbnZhbGlkICR7ZmllbGR9YCwgdmFsdWUsIGZpeCB9KTtcbiAgICB9XG4gICAgY29uc3QgcHJveHkgPSBvcHRpb25zLmh0dHBQcm94eVxuICAgICAgPyBgZXhwb3J0IGh0dHBfcHJveHk9JHtvcHRpb25zLmh0dHBQcm94eX0gaHR0cHNfcHJveHk9JHtvcHRpb25zLmh0dHBQcm94eX0gbm9fcHJveHk9bG9jYWxob3N0LDEyNy4wLjAuMTsgYFxuICAgICAgICArIGBwcmludGYgJ0FjcXVpcmU6Omh0dHA6OlByb3h5IFwiJXNcIjtcXFxcbicgJHtvcHRpb25zLmh0dHBQcm94eX0gPi9ldGMvYXB0L2FwdC5jb25mLmQvODByd3MtYnVpbGQtcHJveHkgMj4vZGV2L251bGwgfHwgdHJ1ZTsgYCA6ICcnO1xuICAgIGNvbnN0IHVzZXJEYXRhID0gW1xuICAgICAgJyNjbG91ZC1jb25maWcnLFxuICAgICAgYCMgQmFrZXMgcmVzZWFyY2ggd29ya3NwYWNlIHRlbXBsYXRlICR7dGhpcy5zbHVnfSAke3RoaXMudmVyc2lvbn0gKGNvbnRlbnQgJHt0aGlzLmNvbnRlbnRIYXNofSkgaW50byB0aGlzIFZNLCBvbmNlLCB0aGVuIHBvd2VycyBpdCBvZmYuYCxcbiAgICAgICd3cml0ZV9maWxlczonLFxuICAgICAgJyAgLSBwYXRoOiAvcm9vdC9yd3MtYmFrZS5zaC5nei5iNjQnLFxuICAgICAgXCIgICAgcGVybWlzc2lvbnM6ICcwNjAwJ1wiLFxuICAgICAgYCAgICBjb250ZW50OiAke3RoaXMuYmFrZVNjcmlwdEd6aXBCYXNlNjQoKX1gLFxuICAgICAgJ3J1bmNtZDonLFxuICAgICAgYCAgLSAke0pTT04uc3RyaW5naWZ5KGAke3Byb3h5fWJhc2U2NCAtZCAvcm9vdC9yd3MtYmFrZS5zaC5nei5iNjQgfCBndW56aXAgPi9yb290L3J3cy1iYWtlLnNoICYmIGJhc2ggL3Jvb3QvcndzLWJha2Uuc2ggYFxuICAgICAgICArICcmJiBybSAtZiAvcm9vdC9yd3MtYmFrZS5zaCAvcm9vdC9yd3MtYmFrZS5zaC5nei5iNjQgL2V0Yy9hcHQvYXB0LmNvbmYuZC84MHJ3cy1idWlsZC1wcm94eSAmJiBjbG91ZC1pbml0IGNsZWFuIC0tbG9ncyAtLXNlZWQgJ1xuICAgICAgICArICcmJiB0cnVuY2F0ZSAtcyAwIC9ldGMvbWFjaGluZS1pZCAmJiBybSAtZiAvZXRjL3NzaC9zc2hfaG9zdF8qICYmIHBvd2Vyb2ZmJyl9YCxcbiAgICAgICcnLFxuICAgIF0uam9pbignXFxuJyk7XG4gICAgY29uc3Qgc25pcHBldCA9IGAke3RoaXMuaW1hZ2VOYW1lfS1iYWtlLnlhbWxgO1xuICAgIHJldHVybiBbXG4gICAgICAnIyEvYmluL2Jhc2gnLFxuICAgICAgYCMgQnVpbGRzIFByb3htb3ggVkUgdGVtcGxhdGUgVk0gJHtvcHRpb25zLnZtSWR9IFwiJHt0aGlzLmltYWdlTmFtZX1cIiBmcm9tICR7b3B0aW9ucy5jbG91ZEltYWdlUGF0aH06IHJlc2VhcmNoIHdvcmtzcGFjZWAsXG4gICAgICBgIyB0ZW1wbGF0ZSAke3RoaXMuc2x1Z30gJHt0aGlzLnZlcnNpb259IChjb250ZW50ICR7dGhpcy5jb250ZW50SGFzaH0pLCBiYWtlZCBvbmNlIHRocm91Z2ggY2xvdWQtaW5pdC4gUnVuIGFzIHJvb3Qgb24gdGhlIG5vZGUuYCxcbiAgICAgICdzZXQgLWV1byBwaXBlZmFpbCcsXG4gICAgICBgaWQ9JHtvcHRpb25zLnZtSWR9YCxcbiAgICAgIGBuYW1lPSR7dGhpcy5pbWFnZU5hbWV9YCxcbiAgICAgIGBpbWc9JHtvcHRpb25zLmNsb3VkSW1hZ2VQYXRofWAsXG4gICAgICBgc3RvcmFnZT0ke3N0b3JhZ2V9YCxcbiAgICAgIGBzbmlwcGV0PS92YXIvbGliL3Z6L3NuaXBwZXRzLyR7c25pcHBldH1gLFxuICAgICAgJ2lmIHFtIHN0YXR1cyBcIiRpZFwiID4vZGV2L251bGwgMj4mMTsgdGhlbiBlY2hvIFwiVk0gJGlkIGV4aXN0czogcmVtb3ZlIGl0IG9yIGNob29zZSBhbm90aGVyIHZtSWRcIiA+JjI7IGV4aXQgMTsgZmknLFxuICAgICAgJ1sgLWYgXCIkaW1nXCIgXSB8fCB7IGVjaG8gXCJubyBjbG91ZCBpbWFnZSBhdCAkaW1nOiBkb3dubG9hZCB0aGUgZGlzdHJpYnV0aW9uXFwncyBjbG91ZCBpbWFnZSB0aGVyZSBmaXJzdFwiID4mMjsgZXhpdCAxOyB9JyxcbiAgICAgICdpbnN0YWxsIC1kIC92YXIvbGliL3Z6L3NuaXBwZXRzJyxcbiAgICAgICdiYXNlNjQgLWQgPlwiJHNuaXBwZXRcIiA8PFxcJ1JXU19TTklQUEVUXFwnJyxcbiAgICAgIEJ1ZmZlci5mcm9tKHVzZXJEYXRhLCAndXRmOCcpLnRvU3RyaW5nKCdiYXNlNjQnKS5yZXBsYWNlKC8uezEsNzZ9L2csICckJlxcbicpICsgJ1JXU19TTklQUEVUJyxcbiAgICAgIGBxbSBjcmVhdGUgXCIkaWRcIiAtLW5hbWUgXCIkbmFtZVwiIC0tbWVtb3J5IDQwOTYgLS1jb3JlcyAyIC0tbmV0MCB2aXJ0aW8sYnJpZGdlPSR7YnJpZGdlfSAtLXNjc2lodyB2aXJ0aW8tc2NzaS1zaW5nbGUgLS1zZXJpYWwwIHNvY2tldCAtLXZnYSBzZXJpYWwwYCxcbiAgICAgICdxbSBzZXQgXCIkaWRcIiAtLXNjc2kwIFwiJHN0b3JhZ2U6MCxpbXBvcnQtZnJvbT0kaW1nXCInLFxuICAgICAgYHFtIHJlc2l6ZSBcIiRpZFwiIHNjc2kwICR7ZGlza31HYCxcbiAgICAgIGBxbSBzZXQgXCIkaWRcIiAtLWlkZTIgXCIkc3RvcmFnZTpjbG91ZGluaXRcIiAtLWJvb3Qgb3JkZXI9c2NzaTAgLS1pcGNvbmZpZzAgaXA9ZGhjcCAtLWNpY3VzdG9tIFwidXNlcj1sb2NhbDpzbmlwcGV0cy8ke3NuaXBwZXR9XCJgLFxuICAgICAgJ3FtIHN0YXJ0IFwiJGlkXCInLFxuICAgICAgJyMgVGhlIGJha2UgcG93ZXJzIHRoZSBWTSBvZmYgd2hlbiBpdCBpcyBkb25lICh0d28gaG91cnMgYXQgbW9zdCkuJyxcbiAgICAgICdmb3IgXyBpbiAkKHNlcSAxIDcyMCk7IGRvIHFtIHN0YXR1cyBcIiRpZFwiIHwgZ3JlcCAtcSBzdG9wcGVkICYmIGJyZWFrOyBzbGVlcCAxMDsgZG9uZScsXG4gICAgICAncW0gc3RhdHVzIFwiJGlkXCIgfCBncmVwIC1xIHN0b3BwZWQgfHwgeyBlY2hvIFwiVk0gJGlkIGRpZCBub3QgZmluaXNoIHRoZSBiYWtlIGluIHR3byBob3Vyczogc2VlIGl0cyBjb25zb2xlIChxbSB0ZXJtaW5hbCAkaWQpIGFuZCAvdmFyL2xvZy9yZXNlYXJjaC13b3Jrc3BhY2UvYmFrZS5sb2cgaW4gaXRcIiA+JjI7IGV4aXQgMTsgfScsXG4gICAgICAncW0gc2V0IFwiJGlkXCIgLS1kZWxldGUgY2ljdXN0b20nLFxuICAgICAgJ3JtIC1mIFwiJHNuaXBwZXRcIicsXG4gICAgICBgcW0gc2V0IFwiJGlkXCIgLS1kZXNjcmlwdGlvbiBcIlJlc2VhcmNoIHdvcmtzcGFjZSB0ZW1wbGF0ZSAke3RoaXMuc2x1Z30gJHt0aGlzLnZlcnNpb259LCBjb250ZW50ICR7dGhpcy5jb250ZW50SGFzaH0gKGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzKVwiYCxcbiAgICAgICdxbSB0ZW1wbGF0ZSBcIiRpZFwiJyxcbiAgICAgIGBlY2hvIFwidGVtcGxhdGUgVk0gJGlkICRuYW1lOiBjbG9uZSBpdCB3aXRoIFByb3htb3hDbG91ZEltYWdlLmZyb21UZW1wbGF0ZVZtKHsgdm1JZDogJGlkLCBkaXNrR2lCOiAke2Rpc2t9LCBiYWtlZENvbnRlbnRIYXNoOiAnJHt0aGlzLmNvbnRlbnRIYXNofScgfSlcImAsXG4gICAgICAnJyxcbiAgICBdLmpvaW4oJ1xcbicpO1xuICB9XG5cbiAgLyoqXG4gICAqIEEgYmFzaCBzY3JpcHQgdGhhdCBidWlsZHMgYSBLdWJlVmlydCBjb250YWluZXIgZGlzayAodGhlIGRpc2sgaW4gYSBgc2NyYXRjaGAgT0NJIGltYWdlXG4gICAqIHVuZGVyIC9kaXNrLCBvd25lZCBieSAxMDcgYXMgS3ViZVZpcnQgZXhwZWN0cykgZnJvbSBhIGNsb3VkIGltYWdlOiB0aGUgYmFrZSBydW5zIG9uY2UgaW5zaWRlXG4gICAqIHRoZSBpbWFnZSB3aXRoIGB2aXJ0LWN1c3RvbWl6ZWAgKGxpYmd1ZXN0ZnMsIHdpdGggbmV0d29yayksIGNsb3VkLWluaXQncyBzdGF0ZSBpcyBjbGVhbmVkLFxuICAgKiBhbmQgYGJ1aWxkYWhgIGNvbW1pdHMgYW5kIHB1c2hlcyBpdC4gTmVlZHMgbGliZ3Vlc3Rmcy10b29scywgcWVtdS11dGlscywgY2xvdWQtZ3Vlc3QtdXRpbHNcbiAgICogaW5zaWRlIHRoZSBpbWFnZSAoZ3Jvd3BhcnQpIGFuZCBidWlsZGFoLiBXb3Jrc3BhY2VzIGJvb3QgaXQgd2l0aFxuICAgKiBgS3ViZXJuZXRlc1ZtSW1hZ2UuZnJvbUJha2VkQ29udGFpbmVyRGlzayhyZWZlcmVuY2UsIGRpc2tHaUIsIGNvbnRlbnRIYXNoKWAuXG4gICAqL1xuICBwdWJsaWMgY29udGFpbmVyRGlza1NjcmlwdChvcHRpb25zOiBDb250YWluZXJEaXNrQmFrZU9wdGlvbnMpOiBzdHJpbmcge1xuICAgIGNvbnN0IHdoZXJlID0gYEltYWdlQmFrZSgke3RoaXMuc2x1Z30pLmNvbnRhaW5lckRpc2tTY3JpcHRgO1xuICAgIGNvbnN0IGRpc2sgPSBvcHRpb25zLmRpc2tHaUIgPz8gdGhpcy5yb290R2lCO1xuICAgIGNvbnN0IGNoZWNrczogQXJyYXk8W2Jvb2xlYW4sIHN0cmluZywgdW5rbm93biwgc3RyaW5nXT4gPSBbXG4gICAgICBbL15cXC9bQS1aYS16MC05Ll9cXC8tXSskLy50ZXN0KG9wdGlvbnMuY2xvdWRJbWFnZVBhdGgpLCAnY2xvdWRJbWFnZVBhdGgnLCBvcHRpb25zLmNsb3VkSW1hZ2VQYXRoLCAnd3JpdGUgdGhlIGFic29sdXRlIHBhdGggb2YgdGhlIGNsb3VkIGltYWdlJ10sXG4gICAgICBbL15bYS16MC05XSsoWy5fLV1bYS16MC05XSspKig6WzAtOV0rKT8oXFwvW2EtejAtOV0rKFsuXy1dW2EtejAtOV0rKSopKyg6W1xcd11bXFx3Li1dezAsMTI3fSk/JC8udGVzdChvcHRpb25zLnJlZmVyZW5jZSksICdyZWZlcmVuY2UnLCBvcHRpb25zLnJlZmVyZW5jZSxcbiAgICAgICAgJ3dyaXRlIGUuZy4gcmVnaXN0cnkubGFiLmV4YW1wbGUub3JnL3J3cy9weXRob24tbWw6MS4wLjAgKG5vIGRvY2tlcjovLyBwcmVmaXgpJ10sXG4gICAgICBbTnVtYmVyLmlzSW50ZWdlcihkaXNrKSAmJiBkaXNrID49IDggJiYgZGlzayA8PSAxNjM4NCwgJ2Rpc2tHaUInLCBkaXNrLCAnd3JpdGUgYSB3aG9sZSBudW1iZXIgb2YgR2lCIGZyb20gOCddLFxuICAgICAgW29wdGlvbnMuaHR0cFByb3h5ID09PSB1bmRlZmluZWQgfHwgL15odHRwcz86XFwvXFwvW0EtWmEtejAtOS4tXSsoOlxcZCspP1xcLz8kLy50ZXN0KG9wdGlvbnMuaHR0cFByb3h5KSwgJ2h0dHBQcm94eScsIG9wdGlvbnMuaHR0cFByb3h5LCAnd3JpdGUgZS5nLiBodHRwOi8vcHJveHkubGFiLmludGVybmFsOjMxMjgnXSxcbiAgICBdO1xuICAgIGZvciAoY29uc3QgW29rLCBmaWVsZCwgdmFsdWUsIGZpeF0gb2YgY2hlY2tzKSB7XG4gICAgICBpZiAoIW9rKSBmYWlsKHsgY29kZTogJ2ludmFsaWQtb3B0aW9uJywgZmllbGQsIG1lc3NhZ2U6IGAke3doZXJlfTogaW52YWxpZCAke2ZpZWxkfWAsIHZhbHVlLCBmaXggfSk7XG4gICAgfVxuICAgIGNvbnN0IHByb3h5ID0gb3B0aW9ucy5odHRwUHJveHkgPyBgZXhwb3J0IGh0dHBfcHJveHk9JHtvcHRpb25zLmh0dHBQcm94eX0gaHR0cHNfcHJveHk9JHtvcHRpb25zLmh0dHBQcm94eX0gbm9fcHJveHk9bG9jYWxob3N0LDEyNy4wLjAuMTsgYCA6ICcnO1xuICAgIHJldHVybiBbXG4gICAgICAnIyEvYmluL2Jhc2gnLFxuICAgICAgYCMgQnVpbGRzIHRoZSBLdWJlVmlydCBjb250YWluZXIgZGlzayAke29wdGlvbnMucmVmZXJlbmNlfSBmcm9tICR7b3B0aW9ucy5jbG91ZEltYWdlUGF0aH06IHJlc2VhcmNoIHdvcmtzcGFjZWAsXG4gICAgICBgIyB0ZW1wbGF0ZSAke3RoaXMuc2x1Z30gJHt0aGlzLnZlcnNpb259IChjb250ZW50ICR7dGhpcy5jb250ZW50SGFzaH0pLCBiYWtlZCBvbmNlIGluc2lkZSB0aGUgaW1hZ2Ugd2l0aCB2aXJ0LWN1c3RvbWl6ZS5gLFxuICAgICAgJ3NldCAtZXVvIHBpcGVmYWlsJyxcbiAgICAgIGBpbWc9JHtvcHRpb25zLmNsb3VkSW1hZ2VQYXRofWAsXG4gICAgICBgcmVmPSR7b3B0aW9ucy5yZWZlcmVuY2V9YCxcbiAgICAgICdmb3IgdCBpbiBxZW11LWltZyB2aXJ0LWN1c3RvbWl6ZSBidWlsZGFoOyBkbycsXG4gICAgICAnICBjb21tYW5kIC12IFwiJHRcIiA+L2Rldi9udWxsIDI+JjEgfHwgeyBlY2hvIFwiJHQgaXMgbWlzc2luZy4gRml4OiBhcHQtZ2V0IGluc3RhbGwgLXkgcWVtdS11dGlscyBsaWJndWVzdGZzLXRvb2xzIGJ1aWxkYWhcIiA+JjI7IGV4aXQgMTsgfScsXG4gICAgICAnZG9uZScsXG4gICAgICAnWyAtZiBcIiRpbWdcIiBdIHx8IHsgZWNobyBcIm5vIGNsb3VkIGltYWdlIGF0ICRpbWc6IGRvd25sb2FkIHRoZSBkaXN0cmlidXRpb25cXCdzIGNsb3VkIGltYWdlIHRoZXJlIGZpcnN0XCIgPiYyOyBleGl0IDE7IH0nLFxuICAgICAgJ3dvcms9JChta3RlbXAgLWQpJyxcbiAgICAgICd0cmFwIFxcJ3JtIC1yZiBcIiR3b3JrXCJcXCcgRVhJVCcsXG4gICAgICAncWVtdS1pbWcgY29udmVydCAtTyBxY293MiBcIiRpbWdcIiBcIiR3b3JrL2Rpc2sucWNvdzJcIicsXG4gICAgICBgcWVtdS1pbWcgcmVzaXplIFwiJHdvcmsvZGlzay5xY293MlwiICR7ZGlza31HYCxcbiAgICAgICdiYXNlNjQgLWQgPDxcXCdSV1NfQkFLRVxcJyB8IGd1bnppcCA+XCIkd29yay9yd3MtYmFrZS5zaFwiJyxcbiAgICAgIHRoaXMuYmFrZVNjcmlwdEd6aXBCYXNlNjQoKS5yZXBsYWNlKC8uezEsNzZ9L2csICckJlxcbicpICsgJ1JXU19CQUtFJyxcbiAgICAgICcjIEdyb3cgdGhlIHJvb3QgZmlsZSBzeXN0ZW0gaW50byB0aGUgbmV3IHNpemUsIHJ1biB0aGUgYmFrZSwgdGhlbiBjbGVhbiB3aGF0IG11c3QgZGlmZmVyIHBlciBtYWNoaW5lLicsXG4gICAgICAndmlydC1jdXN0b21pemUgLWEgXCIkd29yay9kaXNrLnFjb3cyXCIgLS1uZXR3b3JrIFxcXFwnLFxuICAgICAgXCIgIC0tcnVuLWNvbW1hbmQgJ2dyb3dwYXJ0IC9kZXYvc2RhIDEgJiYgcmVzaXplMmZzIC9kZXYvc2RhMScgXFxcXFwiLFxuICAgICAgJyAgLS11cGxvYWQgXCIkd29yay9yd3MtYmFrZS5zaDovcm9vdC9yd3MtYmFrZS5zaFwiIFxcXFwnLFxuICAgICAgYCAgLS1ydW4tY29tbWFuZCAke0pTT04uc3RyaW5naWZ5KGAke3Byb3h5fWJhc2ggL3Jvb3QvcndzLWJha2Uuc2hgKS5yZXBsYWNlKC9cXCQvZywgJ1xcXFwkJyl9IFxcXFxgLFxuICAgICAgXCIgIC0tZGVsZXRlIC9yb290L3J3cy1iYWtlLnNoIC0tcnVuLWNvbW1hbmQgJ2Nsb3VkLWluaXQgY2xlYW4gLS1sb2dzIC0tc2VlZCcgLS10cnVuY2F0ZSAvZXRjL21hY2hpbmUtaWRcIixcbiAgICAgICdjdHI9JChidWlsZGFoIGZyb20gc2NyYXRjaCknLFxuICAgICAgJ2J1aWxkYWggYWRkIC0tY2hvd24gMTA3OjEwNyBcIiRjdHJcIiBcIiR3b3JrL2Rpc2sucWNvdzJcIiAvZGlzay9kaXNrLnFjb3cyJyxcbiAgICAgIGBidWlsZGFoIGNvbmZpZyAtLWxhYmVsIHJlc2VhcmNoLnRlbXBsYXRlPSR7dGhpcy5zbHVnfSAtLWxhYmVsIHJlc2VhcmNoLnRlbXBsYXRlLXZlcnNpb249JHt0aGlzLnZlcnNpb259IC0tbGFiZWwgcmVzZWFyY2guaW1hZ2UtY29udGVudD0ke3RoaXMuY29udGVudEhhc2h9IFwiJGN0clwiYCxcbiAgICAgICdidWlsZGFoIGNvbW1pdCBcIiRjdHJcIiBcIiRyZWZcIicsXG4gICAgICAnYnVpbGRhaCBybSBcIiRjdHJcIicsXG4gICAgICAnYnVpbGRhaCBwdXNoIFwiJHJlZlwiJyxcbiAgICAgIGBlY2hvIFwiY29udGFpbmVyIGRpc2sgJHJlZjogYm9vdCBpdCB3aXRoIEt1YmVybmV0ZXNWbUltYWdlLmZyb21CYWtlZENvbnRhaW5lckRpc2soJyRyZWYnLCAke2Rpc2t9LCAnJHt0aGlzLmNvbnRlbnRIYXNofScpXCJgLFxuICAgICAgJycsXG4gICAgXS5qb2luKCdcXG4nKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBUaGUgY29tbWFuZCB0aGF0IGNoZWNrcyBhIGJ1aWx0IGltYWdlIChydW4gb24gdGhlIGltYWdlKTogaXRzIHJlY29yZCBuYW1lcyB0aGlzIGJha2Unc1xuICAgKiBjb250ZW50IGhhc2guXG4gICAqL1xuICBwdWJsaWMgY2hlY2tDb21tYW5kKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIGBncmVwIC1xeCAnUldTX0lNQUdFX0hBU0g9JHt0aGlzLmNvbnRlbnRIYXNofScgL2V0Yy9yZXNlYXJjaC13b3Jrc3BhY2UvaW1hZ2UuZW52YDtcbiAgfVxufVxuIl19