import { OperatingSystem } from '../template';
/** A distribution's official x86_64 cloud image (qcow2 or raw `.img`). */
export interface OfficialCloudImage {
    /** Download address. */
    readonly url: string;
    /** Virtual size of the image, rounded up: the smallest disk it can be written to. */
    readonly minimumDiskGiB: number;
}
/**
 * The official cloud images the Proxmox and Kubernetes (KubeVirt) backends boot workspaces
 * from, by template base. Virtual sizes: jammy 2.2 GiB, noble 3.5 GiB, bookworm genericcloud
 * 2 GiB, Rocky 9 GenericCloud 10 GiB. Amazon Linux 2023 publishes no image for these platforms.
 */
export declare const OFFICIAL_CLOUD_IMAGES: Partial<Record<OperatingSystem, OfficialCloudImage>>;
