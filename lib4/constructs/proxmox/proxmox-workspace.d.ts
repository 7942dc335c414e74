import { Construct } from 'constructs';
import { ProxmoxClusterSettings, ProxmoxCloudImage, ProxmoxContainerTemplate, ProxmoxEndpoint, ProxmoxSizeMapping, ProxmoxStaticAddress } from './proxmox-cluster';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, WorkspaceStorageOptions, WorkspaceUserData } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { TerraformResource } from '../terraform/cdktf';
/**
 * What a Proxmox workspace runs in.
 */
export declare enum ProxmoxWorkspaceKind {
    /** A KVM virtual machine booted from a cloud image, provisioned by cloud-init. */
    VIRTUAL_MACHINE = "vm",
    /**
     * An unprivileged LXC container (nesting and keyctl on, so Podman runs inside): a light
     * workspace, provisioned by a hook script on the node after its first start.
     */
    CONTAINER = "lxc"
}
/**
 * Properties of a ProxmoxWorkspace.
 */
export interface ProxmoxWorkspaceProps {
    /** The resolved template the workspace is built from (`catalog.resolve(slug, parameters)`). */
    readonly template: ResolvedTemplate;
    /** The cluster: its nodes, datastores and network. */
    readonly cluster: ProxmoxClusterSettings;
    /** The node the workspace runs on (one of `cluster.nodes`). */
    readonly nodeName: string;
    /**
     * Workspace name: the VM's name and host name, tags, messages.
     * @default - the construct id
     */
    readonly workspaceName?: string;
    /**
     * Virtual machine or LXC container.
     * @default ProxmoxWorkspaceKind.VIRTUAL_MACHINE
     */
    readonly kind?: ProxmoxWorkspaceKind;
    /**
     * Lab name, for the `lab-<name>` tag.
     * @default "research-lab"
     */
    readonly labName?: string;
    /**
     * Resource pool the workspace joins (the lab's pool).
     * @default - no pool
     */
    readonly poolId?: string;
    /**
     * Size.
     * @default - the template's default size
     */
    readonly size?: WorkspaceSize;
    /**
     * Proxmox resources per size, overriding the defaults per size. CPU sizes map to their
     * vCPUs and memory by default; a GPU size needs a mapping with the cluster's PCI mappings.
     * @default - CPU sizes only, with the vCPUs and memory of `Sizes.spec()`
     */
    readonly sizeMappings?: ProxmoxSizeMapping[];
    /**
     * Boot disk size in GiB.
     * @default - the template's root volume (else the size's), and at least the image's size
     */
    readonly diskGiB?: number;
    /**
     * Boot disk source of a virtual machine.
     * @default ProxmoxCloudImage.forOs(template.os)
     */
    readonly image?: ProxmoxCloudImage;
    /**
     * Root file system of a container.
     * @default ProxmoxContainerTemplate.forOs(template.os)
     */
    readonly containerTemplate?: ProxmoxContainerTemplate;
    /**
     * QEMU CPU type.
     * @default "x86-64-v2-AES" (live-migratable between the cluster's nodes)
     */
    readonly cpuType?: string;
    /**
     * VM or container id.
     * @default - the cluster's next free id
     */
    readonly vmId?: number;
    /**
     * Static address of the first interface (required with egress `none`; without one the
     * workspace sends only from `cluster.dhcpPool`).
     * @default - DHCP
     */
    readonly address?: ProxmoxStaticAddress;
    /**
     * The lab's research users: accounts on the workspace.
     * @default - no research users
     */
    readonly registry?: UserRegistry;
    /**
     * Registry users who get an account here.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * The research user who owns the workspace (services run as this user).
     * @default - the template's first user, else the first registry user
     */
    readonly owner?: string;
    /**
     * Project, for the `project-<name>` tag and the policy's required tags.
     * @default - none
     */
    readonly project?: string;
    /**
     * Shared storage (an NFS export of the lab).
     * @default - no shared storage
     */
    readonly storage?: WorkspaceStorageOptions;
    /**
     * Developer conveniences for the owner (zsh, dotfiles, language toolchains).
     * @default - none
     */
    readonly developer?: DeveloperOptions;
    /**
     * The lab's policy: the workspace is checked against it, and its egress mode is the default.
     * Instance families and hourly cost are EC2 notions and are not checked on Proxmox.
     * @default - no policy
     */
    readonly policy?: WorkspacePolicy;
    /**
     * Internet access, enforced by the workspace's Proxmox firewall: `none` drops all outbound
     * traffic except DNS to `cluster.internalResolver` (if any), NTP to the cluster's time
     * servers, the lab's NFS server and `allowedEndpoints`; `proxied` adds only the proxy;
     * `open` allows everything out. `none` needs a static address.
     * @default - the policy's egress mode, else EgressMode.OPEN
     */
    readonly egress?: EgressMode;
    /**
     * The HTTP proxy of `proxied` egress (an address the firewall can name). The workspace's
     * package managers, pip, conda, git and login sessions are configured to use it.
     * @default - required when egress is proxied
     */
    readonly proxy?: ProxmoxEndpoint;
    /**
     * Further destinations the firewall allows with egress `none` or `proxied` (a package mirror,
     * a licence server).
     * @default - none
     */
    readonly allowedEndpoints?: ProxmoxEndpoint[];
    /**
     * Networks that may connect to SSH (22) and to the template's services that listen beyond
     * loopback (`bind_address`); services on 127.0.0.1 are reached through SSH port forwards.
     * @default - no inbound access (the Proxmox console only)
     */
    readonly accessCidrs?: string[];
    /**
     * Further tags, written as `<key>-<value>` Proxmox tags (and checked against the policy's
     * required tags).
     * @default - none
     */
    readonly tags?: {
        [key: string]: string;
    };
    /**
     * Whether the workspace runs (false: it exists, stopped).
     * @default true
     */
    readonly started?: boolean;
}
/**
 * A research workstation on Proxmox VE, built from a template.
 *
 * - A virtual machine whose boot disk is imported from the distribution's official cloud
 *   image (downloaded once per node) or cloned from a prepared template VM, with CPU, memory
 *   and disk from the template's size; or, with `kind: CONTAINER`, an unprivileged LXC
 *   container for light (Podman) workspaces.
 * - The boot provisioning of `WorkspaceUserData` (platform PROXMOX): packages, research users,
 *   shared NFS storage, services, idle agent. A VM receives it as a cloud-init user-data
 *   snippet; a container runs it from a hook script on the node after its first start.
 * - Its Proxmox firewall: inbound only SSH (and services bound beyond loopback) from `accessCidrs`;
 *   outbound from the egress mode (none, proxied, open); IP and MAC filtering.
 * - Tags (`rws`, `lab-*`, `template-*`, `size-*`, `egress-*`, `owner-*`, `project-*`) and
 *   the lab's pool.
 *
 * Bad input (an unknown node, a size without a Proxmox mapping, a disk smaller than the
 * image, an egress mode above the policy's) is one error naming the construct path, the
 * field, the value and the fix.
 *
 * @example
 * new ProxmoxWorkspace(stack, 'alice-ml', {
 *   template: catalog.resolve('python-ml'), cluster: { nodes: ['pve1', 'pve2'] }, nodeName: 'pve1',
 *   registry, owner: 'alice', policy, proxy: { address: '10.10.0.3', port: 3128 },
 * });
 */
export declare class ProxmoxWorkspace extends Construct {
    /** Workspace name (VM name and host name). */
    readonly workspaceName: string;
    /** The template. */
    readonly template: ResolvedTemplate;
    /** VM or container. */
    readonly kind: ProxmoxWorkspaceKind;
    /** The node it runs on. */
    readonly nodeName: string;
    /** Size. */
    readonly size: WorkspaceSize;
    /** CPU cores. */
    readonly cores: number;
    /** Memory in MiB. */
    readonly memoryMiB: number;
    /** Boot disk in GiB. */
    readonly diskGiB: number;
    /** Internet access the firewall enforces. */
    readonly egress: EgressMode;
    /** Proxmox tags. */
    readonly tags: string[];
    /** The generated boot provisioning. */
    readonly userData: WorkspaceUserData;
    /** The VM (`proxmox_virtual_environment_vm`) or container resource; also `node.defaultChild`. */
    readonly resource: TerraformResource;
    /** The snippet the provisioning is delivered in (user-data of a VM, hook script of a container). */
    readonly provisioningFile: TerraformResource;
    /**
     * The firewall's rule set.
     * @default - no rules (nothing in; everything out only with open egress)
     */
    readonly firewallRules?: TerraformResource;
    /** Whether the workspace is started. */
    readonly started: boolean;
    private readonly firewall;
    constructor(scope: Construct, id: string, props: ProxmoxWorkspaceProps);
    /** The VM (or container) id: a Terraform reference, known after apply unless `vmId` was given. */
    get vmId(): number;
    /** The firewall options resource (policies, IP and MAC filtering). */
    get firewallOptions(): TerraformResource;
}
