import { Command } from './command';
import type { LabBackend, LoadedLab } from './lab-view';
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
export declare function planUpgrade(before: WorkspaceImageState[], after: WorkspaceImageState[], backend: LabBackend): {
    rows: UpgradeRow[];
    findings: UpgradeFinding[];
};
/** The image state of every workspace of a loaded lab. */
export declare function imageStates(lab: LoadedLab): Promise<WorkspaceImageState[]>;
export declare const planUpgradeCommand: Command;
