/**
 * One message, on every backend, for a workspace without internet (egress none) whose template
 * installs software at boot: it names the workspace, the template, what would be downloaded,
 * and the two fixes with the exact lab.yaml fields (egress, or an image with the software baked
 * in). No framework import: each backend adds the text as its own warning.
 */
/** The backends, for the image field each one's lab file uses. */
export type OfflineBackend = 'aws' | 'kubernetes' | 'proxmox';
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
export declare function offlineBootWarning(o: OfflineBootInput): string;
