/**
 * One message, on every backend, for a workspace without internet (egress none) whose template
 * installs software at boot: it names the workspace, the template, what would be downloaded,
 * and the two fixes with the exact lab.yaml fields (egress, or an image with the software baked
 * in). No framework import: each backend adds the text as its own warning.
 */

/** The backends, for the image field each one's lab file uses. */
export type OfflineBackend = 'aws' | 'kubernetes' | 'proxmox';

/** How a workspace is given an image of one's own, per backend (lab.yaml, then code). */
const IMAGE_FIELD: { readonly [b in OfflineBackend]: string } = {
  aws: 'amis: { <region>: ami-... } (code: machineImage)',
  kubernetes: 'image: { container_disk: <registry>/<image>:<tag> } (code: image: KubernetesVmImage)',
  proxmox: 'image: { url: <prepared cloud image> } or image: { template_vm: <VM id> } (code: image)',
};

/** What the warning is about. */
export interface OfflineBootInput {
  /** Construct path of the workspace. */
  readonly path: string;
  /** Workspace name. */
  readonly workspace: string;
  /** Template slug. */
  readonly template: string;
  /** Backend. */
  readonly backend: OfflineBackend;
  /** What the boot would install from the internet (the user-data plan's message). */
  readonly message: string;
}

/** `<path>: template "<slug>": <what is downloaded>. Fix: egress: proxied, or <image field>, ...`. */
export function offlineBootWarning(o: OfflineBootInput): string {
  const egress = o.backend === 'aws'
    ? 'set egress: proxied in lab.yaml (the lab\'s egress proxy lets the package repositories through)'
    : `set egress: proxied in lab.yaml, for the lab or for workspace "${o.workspace}" (the lab's package proxy lets the repositories through)`;
  const image = `bake that software into an image and give workspace "${o.workspace}" ${IMAGE_FIELD[o.backend]}, with a template that does not install it`;
  const al = o.backend === 'aws' ? ', or use the bundled template amazon-linux-2023, which boots offline' : '';
  // The plan's message may already start with the path.
  const what = o.message.startsWith(`${o.path}: `) ? o.message.slice(o.path.length + 2) : o.message;
  return `${o.path}: template "${o.template}": ${what}. Fix: ${egress}; or ${image}${al}`;
}
