import { Construct } from 'constructs';
import { ProxmoxCloudImage, ProxmoxClusterSettings } from './proxmox-cluster';
import { TerraformResource } from '../terraform/cdktf';
import { PermitMember, PermitPlan, PermitWorkspaceRole, WorkspaceState } from '../../workspaces/permit';
import { WorkspaceSize } from '../../workspaces/sizes';
/**
 * The network of a permit's machines: one IPv4 network (at least a /27) in which every machine
 * has a fixed address, so the storage server's exports and the firewall rules can name them.
 *
 * Addresses (host numbers in the network): storage server .10, package proxy .11, airlock .20,
 * HDAB preprocessing .21, HDAB review .22, researcher setup .23, setup review .24, analysis .25.
 */
export interface ProxmoxPermitNetwork {
    /** The network, e.g. `10.42.7.0/24`; a /27 or larger. */
    readonly cidr: string;
    /**
     * Default gateway (routes the remote-desktop gateway's and the data holders' traffic).
     * @default - the network's first host (`.1`)
     */
    readonly gateway?: string;
    /**
     * Bridge of the machines' interface.
     * @default - the cluster's bridge, else "vmbr0"
     */
    readonly bridge?: string;
    /**
     * VLAN tag.
     * @default - the cluster's VLAN tag, else untagged
     */
    readonly vlanId?: number;
    /**
     * DNS servers of the package proxy (the only machine that resolves names).
     * @default - the cluster's DNS servers (required when a phase has the package proxy)
     */
    readonly dnsServers?: string[];
}
/**
 * One release request to review on Proxmox: the storage server exports its snapshot
 * (`requests/<id>` of the release area) read-only to a review VM of its own
 * (`ProxmoxReleaseReview`), and to nothing else.
 */
export interface ProxmoxReleaseReviewOptions {
    /** The release request (its snapshot is `requests/<id>/` of the release area). */
    readonly requestId: string;
    /** The reviewers (output checkers): at least two different people, none a researcher of the permit; each gets an account. */
    readonly reviewers: PermitMember[];
    /**
     * Host number of the review VM in the permit's network (26 is `.26` of a /24); its VM id is
     * `vmIdBase + 8 + (hostNumber - 26)`.
     * @default - 26 plus the review's position in `releaseReviews`
     */
    readonly hostNumber?: number;
}
/**
 * Options of a permit's Proxmox environment (everything but the plan).
 */
export interface ProxmoxPermitOptions {
    /** The cluster (nodes, datastores). */
    readonly cluster: ProxmoxClusterSettings;
    /** The node every machine of the permit runs on (the data disks are local to it). */
    readonly nodeName: string;
    /** The permit's network. */
    readonly network: ProxmoxPermitNetwork;
    /**
     * Boot disk of every machine: a prepared template VM with cloud-init, the NFS client and
     * server, openssh-server, xrdp with XFCE and squid (`ProxmoxPermitEnvironment.IMAGE_PACKAGES`):
     * the workspaces of the analysis phase have no internet to install anything.
     */
    readonly image: ProxmoxCloudImage;
    /** Networks of the remote-desktop gateway (Guacamole's guacd): RDP is reachable only from them. */
    readonly gatewayCidrs: string[];
    /**
     * First of 8 consecutive VM ids (storage +0, proxy +1, airlock +2, preprocessing +3,
     * review +4, setup +5, setup review +6, analysis +7).
     * @default - the cluster's next free ids
     */
    readonly vmIdBase?: number;
    /**
     * Size of each data holder's upload area, in GiB.
     * @default 50
     */
    readonly uploadGiB?: number;
    /**
     * Size of the raw data volume, in GiB.
     * @default 100
     */
    readonly rawGiB?: number;
    /**
     * Size of the prepared data volume, in GiB.
     * @default 100
     */
    readonly preparedGiB?: number;
    /**
     * Size of the outputs volume, in GiB.
     * @default 20
     */
    readonly outputsGiB?: number;
    /**
     * Size of the shared project folder, in GiB.
     * @default 20
     */
    readonly projectGiB?: number;
    /**
     * Size of the desktop workspaces (a CPU size).
     * @default WorkspaceSize.S
     */
    readonly desktopSize?: WorkspaceSize;
    /**
     * Boot disk of the desktop workspaces, in GiB.
     * @default - the image's size, at least 20
     */
    readonly desktopDiskGiB?: number;
    /**
     * Length of the generated passwords.
     * @default 24
     */
    readonly passwordLength?: number;
    /**
     * The institution's ClamAV signature mirror: the storage server's ingress scan refreshes its
     * signatures from it (freshclam `PrivateMirror`) before it scans. Needs `signatureMirrorCidrs`.
     * @default - the signatures installed in the image are used as they are
     */
    readonly signatureMirrorUrl?: string;
    /**
     * Networks of the signature mirror: the storage server may reach them on TCP 80 and 443, nothing else.
     * @default - none (required with `signatureMirrorUrl`)
     */
    readonly signatureMirrorCidrs?: string[];
    /**
     * Size of the output release area (`rws-release`'s `/data/release`: the snapshots of release
     * requests), a volume of the storage server in every phase that has one, in GiB.
     * @default 20
     */
    readonly releaseGiB?: number;
    /**
     * Release requests under review (in ANALYSIS_ACTIVE, ANALYSIS_STOPPED or ARCHIVED): the storage
     * server exports each snapshot read-only to the request's review VM, and runs while any exists.
     * `ProxmoxPermitStack` adds a `ProxmoxReleaseReview` for each; a bare environment needs one per
     * entry (synthesis fails otherwise).
     * @default - none
     */
    readonly releaseReviews?: ProxmoxReleaseReviewOptions[];
}
/**
 * Properties of a permit's Proxmox environment.
 */
export interface ProxmoxPermitEnvironmentProps extends ProxmoxPermitOptions {
    /** The phase to build, from `PermitLifecycle.plan()`. */
    readonly plan: PermitPlan;
}
/**
 * A remote-desktop or SFTP connection to one account of a permit workspace on Proxmox.
 */
export interface ProxmoxPermitConnection {
    /** Workspace. */
    readonly workspace: PermitWorkspaceRole;
    /** Whether the workspace runs in this phase. */
    readonly state: WorkspaceState;
    /** `rdp` or `sftp`. */
    readonly protocol: string;
    /** The workspace's fixed IP address. */
    readonly host: string;
    /** TCP port. */
    readonly port: number;
    /** Login name. */
    readonly username: string;
    /** The generated password: a Terraform reference to `random_password.result` (sensitive). */
    readonly password: string;
}
/**
 * The Proxmox VE resources of one permit in one phase of its lifecycle, built from a
 * `PermitPlan`: re-synthesize it on every permit event and `terraform apply` the result.
 *
 * - A resource pool `permit-<id>` holding every machine of the permit.
 * - A storage server VM owning one data disk per planned volume (an upload area per data
 *   holder, raw, prepared, outputs, project), each backed up and replicated, and exporting
 *   them over NFSv4 with the access each workspace role has (`ro` exports for read-only
 *   mounts, so read-only is enforced by the server, not only by the client's mount). The VM
 *   carries `lifecycle { prevent_destroy = true }` as long as the plan protects a volume, i.e.
 *   in every phase until DELETED, when it is absent and Terraform destroys it with its disks.
 *   It runs only while a running workspace mounts something.
 * - Every planned workspace as a VM with a fixed address: `started = false` when the plan
 *   stops it (never destroyed for that), desktops (xrdp) and the SFTP airlock, their accounts
 *   created by the permit entrypoint with generated passwords, their volumes mounted over NFS
 *   with exactly the plan's access.
 * - Firewalls (Proxmox, per VM, with IP and MAC filtering): RDP only from the gateway, SFTP
 *   only from the data holders' CIDRs, NFS to the storage server only from the workspaces
 *   running in this phase, the setup workspace's egress only to the package proxy (a squid VM
 *   with the plan's domain allowlist, reaching only public addresses on 80/443), and nothing
 *   at all out of the analysis workspace.
 *
 * Every VM is tagged with the permit id, its role, the status and the triggering event.
 */
export declare class ProxmoxPermitEnvironment extends Construct {
    /** Packages the permit image needs (Debian/Ubuntu names). */
    static readonly IMAGE_PACKAGES: string[];
    /** The pool id of a permit: `permit-<id>`. */
    static poolIdOf(permitId: string): string;
    /** The plan this environment was built from. */
    readonly plan: PermitPlan;
    /** Pool id (`permit-<id>`), also when the phase has no resources. */
    readonly poolId: string;
    /** Whether this phase has any resource (false before ingress and after deletion). */
    readonly hasResources: boolean;
    /** Connection details of every account of every workspace in this phase. */
    readonly connections: ProxmoxPermitConnection[];
    /** The address of every machine role of the permit (planned or not), e.g. `analysis` -> `10.42.7.25`. */
    readonly addresses: {
        [role: string]: string;
    };
    /**
     * The storage server VM.
     * @default - no volumes in this phase
     */
    readonly storageServer?: TerraformResource;
    /**
     * The package proxy VM.
     * @default - no proxied workspace in this phase
     */
    readonly egressProxy?: TerraformResource;
    /**
     * SHA-256 fingerprint of the airlock's SSH host key, for the data holders to check.
     * @default - no airlock in this phase
     */
    readonly airlockHostKeyFingerprint?: string;
    private readonly props;
    private readonly net;
    private readonly gateway;
    private readonly labels;
    private readonly vms;
    private readonly reviews;
    private imageSource?;
    constructor(scope: Construct, id: string, props: ProxmoxPermitEnvironmentProps);
    /** The fixed address of a machine role (`storage`, `egress-proxy` or a workspace role). */
    addressOf(role: string): string;
    /** The VM of a workspace role (or `storage`, `egress-proxy`) in this phase, if it exists. */
    vmOf(role: string): TerraformResource | undefined;
    /** Lets the ProxmoxReleaseReview constructs of this environment build their VMs like its desktops. */
    private lendToReviews;
    private validate;
    private validateReviews;
    private tagsFor;
    private description;
    private vmIdOf;
    private bootImage;
    /** One permit VM: its cloud-init snippets and the VM. */
    private addMachine;
    private sizeOf;
    private addStorage;
    private addProxy;
    private addWorkspace;
}
