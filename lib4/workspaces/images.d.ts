import { ResolvedTemplate } from './catalog';
import { Diagnostic } from './errors';
import { WorkspacePolicy } from './policy';
import { WorkspacePlatform } from './userdata';
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
export declare class ImageBake {
    /** Plans the bake of a template; throws a WorkspaceInputError naming the field and the fix when the template cannot be baked. */
    static of(options: ImageBakeOptions): ImageBake;
    /** Template slug. */
    readonly slug: string;
    /** Template version (`unversioned` when the template has none). */
    readonly version: string;
    /** Content hash (16 hex digits) of what the bake installs: a workspace's boot checks the image has it. */
    readonly contentHash: string;
    /** Name of the image: `rws-<slug>-<version with - for .>-<first 8 of the content hash>`. */
    readonly imageName: string;
    /** Platform the image is for. */
    readonly platform: WorkspacePlatform;
    /** Warnings of the template found while planning the bake. */
    readonly warnings: Diagnostic[];
    private readonly userData;
    private readonly rootGiB;
    private constructor();
    /** The bake as one self-contained bash script (run as root on the build machine; safe to run again). */
    bakeScript(): string;
    /** The bake script, gzip-compressed (level 9) and base64-encoded, for documents with a size limit. */
    bakeScriptGzipBase64(): string;
    /** SHA-256 (hex) of the bake script: changes when the script changes, even when the content hash does not (a new release of the kit). */
    scriptSha256(): string;
    /**
     * Name of the parameter that holds the newest image of this template version (written by
     * the image pipeline): `<prefix>/<slug>/<version>`.
     * @param prefix e.g. `/rws/my-lab/images`
     */
    parameterName(prefix: string): string;
    /**
     * A bash script, run as root on a Proxmox VE node, that builds template VM `vmId` named
     * `imageName` from a cloud image: the bake runs once through cloud-init (a snippet), the VM
     * cleans cloud-init's state and powers off, and the script converts it into a template.
     * Workspaces clone it (`ProxmoxCloudImage.fromTemplateVm({ ..., bakedContentHash })`).
     */
    proxmoxTemplateScript(options: ProxmoxBakeOptions): string;
    /**
     * A bash script that builds a KubeVirt container disk (the disk in a `scratch` OCI image
     * under /disk, owned by 107 as KubeVirt expects) from a cloud image: the bake runs once inside
     * the image with `virt-customize` (libguestfs, with network), cloud-init's state is cleaned,
     * and `buildah` commits and pushes it. Needs libguestfs-tools, qemu-utils, cloud-guest-utils
     * inside the image (growpart) and buildah. Workspaces boot it with
     * `KubernetesVmImage.fromBakedContainerDisk(reference, diskGiB, contentHash)`.
     */
    containerDiskScript(options: ContainerDiskBakeOptions): string;
    /**
     * The command that checks a built image (run on the image): its record names this bake's
     * content hash.
     */
    checkCommand(): string;
}
