import { Construct } from 'constructs';
import { ProxmoxApiSettings, ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxEndpoint, ProxmoxSizeMapping, ProxmoxStaticAddress } from '../../constructs/proxmox/proxmox-cluster';
import { ProxmoxWorkspace, ProxmoxWorkspaceKind } from '../../constructs/proxmox/proxmox-workspace';
import { TerraformStack } from '../../constructs/terraform/cdktf';
import { TemplateCatalog } from '../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, NfsStorageProps, StorageLayout } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';
/**
 * One workspace of a Proxmox lab.
 */
export interface ProxmoxLabWorkspace {
    /** Workspace name (VM name and host name; also the construct id). */
    readonly name: string;
    /** Template slug (or name) in the lab's catalog. */
    readonly template: string;
    /**
     * Template parameters.
     * @default - the template's defaults
     */
    readonly parameters?: {
        [name: string]: string;
    };
    /** Node it runs on. */
    readonly nodeName: string;
    /**
     * Size.
     * @default - the template's default size
     */
    readonly size?: WorkspaceSize;
    /**
     * Owner (a registry user).
     * @default - the template's first user, else the first registry user
     */
    readonly owner?: string;
    /**
     * Registry users with an account.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * Project tag.
     * @default - none
     */
    readonly project?: string;
    /**
     * VM or container.
     * @default ProxmoxWorkspaceKind.VIRTUAL_MACHINE
     */
    readonly kind?: ProxmoxWorkspaceKind;
    /**
     * Boot disk in GiB.
     * @default - the template's, at least the image's
     */
    readonly diskGiB?: number;
    /**
     * Boot disk source.
     * @default - the official cloud image of the template's base
     */
    readonly image?: ProxmoxCloudImage;
    /**
     * Static address.
     * @default - DHCP
     */
    readonly address?: ProxmoxStaticAddress;
    /**
     * VM id.
     * @default - the next free id
     */
    readonly vmId?: number;
    /**
     * Egress mode (at most the policy's).
     * @default - the policy's egress mode
     */
    readonly egress?: EgressMode;
    /**
     * Whether it runs.
     * @default true
     */
    readonly started?: boolean;
    /**
     * Further tags.
     * @default - none
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * Developer conveniences for the owner.
     * @default - none
     */
    readonly developer?: DeveloperOptions;
}
/**
 * A lab on Proxmox VE: its cluster, templates, users, policy and workspaces.
 */
export interface ProxmoxLabStackProps {
    /**
     * Where Terraform keeps this stack's state (it holds the generated passwords and keys).
     * @default - a local state file, with a warning at synthesis
     */
    readonly stateBackend?: TerraformStateBackend;
    /** Lab name: the pool id (letters, digits, `-`, `_`) and the `lab-<name>` tag. */
    readonly labName: string;
    /** The cluster: nodes, datastores (the storage pools of the workspaces' disks, snippets and images), network. */
    readonly cluster: ProxmoxClusterSettings;
    /** The workspaces. */
    readonly workspaces: ProxmoxLabWorkspace[];
    /**
     * Template catalog.
     * @default TemplateCatalog.bundled()
     */
    readonly catalog?: TemplateCatalog;
    /**
     * The lab's research users.
     * @default - no research users
     */
    readonly registry?: UserRegistry;
    /**
     * The lab's policy; every workspace is checked against it and takes its egress mode.
     * @default - no policy (open egress)
     */
    readonly policy?: WorkspacePolicy;
    /**
     * The lab's NFS share (homes, project folders, scratch) mounted on every VM.
     * @default - no shared storage
     */
    readonly storage?: NfsStorageProps;
    /**
     * Permission strategy of the share.
     * @default StorageLayout.USER_SUBDIRECTORIES
     */
    readonly storageLayout?: StorageLayout;
    /**
     * The HTTP proxy of `proxied` egress.
     * @default - none (required when a workspace's egress is proxied)
     */
    readonly proxy?: ProxmoxEndpoint;
    /**
     * Further destinations allowed with egress none or proxied.
     * @default - none
     */
    readonly allowedEndpoints?: ProxmoxEndpoint[];
    /**
     * Networks that may reach SSH and remote-desktop ports.
     * @default - none
     */
    readonly accessCidrs?: string[];
    /**
     * Proxmox resources per size (GPU sizes need one).
     * @default - CPU sizes with their vCPUs and memory
     */
    readonly sizeMappings?: ProxmoxSizeMapping[];
    /**
     * How Terraform reaches the API.
     * @default - endpoint and token from PROXMOX_VE_ENDPOINT / PROXMOX_VE_API_TOKEN, SSH as root
     */
    readonly api?: ProxmoxApiSettings;
}
/**
 * A lab's Terraform stack on Proxmox VE: the bpg/proxmox provider (configured by variables),
 * a resource pool named after the lab, and one `ProxmoxWorkspace` per workspace of the lab
 * definition, each checked against the lab's policy (also the per-user limit) with every
 * problem of every workspace reported in one error.
 *
 * Outputs: `workspaces` (name -> node, kind, template, size, egress, VM id).
 *
 * @example
 * new ProxmoxLabStack(app, 'genomics-lab', {
 *   labName: 'genomics', cluster: { nodes: ['pve1', 'pve2'] }, registry, policy,
 *   workspaces: [{ name: 'alice-ml', template: 'python-ml', nodeName: 'pve1', owner: 'alice' }],
 * });
 */
export declare class ProxmoxLabStack extends TerraformStack {
    /**
     * The lab stack of a Proxmox VE lab file (YAML with `cluster:`), read with every problem
     * reported at once (file, line, column, field, value and fix); paths in it are relative to
     * the file. `rws lab synth` reads the same file.
     * @param scope the app
     * @param id the stack name
     * @param file path of the lab file
     */
    static fromFile(scope: Construct, id: string, file: string): ProxmoxLabStack;
    /** The lab's pool. */
    readonly poolId: string;
    /** The workspaces, in the order of the lab definition. */
    readonly workspaces: ProxmoxWorkspace[];
    constructor(scope: Construct, id: string, props: ProxmoxLabStackProps);
    /**
     * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
     * configuration that may hold tokens (the same effects, such as cross-stack references, for
     * a fraction of the time).
     */
    prepareStack(): void;
    /**
     * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
     * resolved (the same JSON for a fraction of the time).
     */
    toTerraform(): any;
}
