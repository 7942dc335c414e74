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
export const OFFICIAL_CLOUD_IMAGES: Partial<Record<OperatingSystem, OfficialCloudImage>> = {
  [OperatingSystem.UBUNTU_22_04]: { url: 'https://cloud-images.ubuntu.com/jammy/current/jammy-server-cloudimg-amd64.img', minimumDiskGiB: 3 },
  [OperatingSystem.UBUNTU_24_04]: { url: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img', minimumDiskGiB: 4 },
  [OperatingSystem.DEBIAN_12]: { url: 'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2', minimumDiskGiB: 3 },
  [OperatingSystem.ROCKY_9]: { url: 'https://dl.rockylinux.org/pub/rocky/9/images/x86_64/Rocky-9-GenericCloud-Base.latest.x86_64.qcow2', minimumDiskGiB: 10 },
};
