import { WorkspaceSize } from '../../workspaces/sizes';
import { OperatingSystem } from '../../workspaces/template';
/**
 * How a Proxmox VE datastore receives downloaded cloud images.
 */
export declare enum ProxmoxImageContent {
    /**
     * The `import` content type (Proxmox VE 8.4 and later): the image is downloaded as
     * `<datastore>:import/<file>.qcow2` and imported with the disk's `import_from`. Enable the
     * "Import" content on the image datastore.
     */
    IMPORT = "import",
    /**
     * The `iso` content type (any Proxmox VE 8): the image is downloaded as
     * `<datastore>:iso/<file>.img` and copied with the disk's `file_id`.
     */
    ISO = "iso"
}
/**
 * Who keeps the Proxmox VE datacenter (cluster-wide) firewall on. Every workspace's firewall
 * (its policies, IP and MAC filter, rules) is enforced only while the datacenter firewall is
 * enabled: with it off, every guest can send anything from any address. So a stack never
 * assumes it: it manages it, or you state in writing that someone else does.
 */
export declare enum ProxmoxDatacenterFirewall {
    /**
     * This stack manages the datacenter firewall (`proxmox_virtual_environment_cluster_firewall`):
     * enabled, ebtables on (the MAC filter needs it), hosts' input policy DROP. The hosts' own
     * output policy stays ACCEPT (the nodes download cloud images and reach their storage;
     * guests' traffic is governed by each guest's own policy, not by this one). It is a
     * singleton of the cluster: declare MANAGED in one stack per cluster (e.g. the lab's) and
     * MANAGED_ELSEWHERE in the others; declarations with the same values do not fight, and
     * destroying a stack leaves the firewall as it is.
     */
    MANAGED = "managed",
    /**
     * You state that the datacenter firewall is enabled with ebtables on and input policy DROP,
     * and kept so by someone else (another stack, configuration management, the administrator).
     * The stack then does not touch it.
     */
    MANAGED_ELSEWHERE = "managed-elsewhere"
}
/**
 * Transport protocol of a firewall rule.
 */
export declare enum ProxmoxProtocol {
    /** TCP. */
    TCP = "tcp",
    /** UDP. */
    UDP = "udp"
}
/**
 * A network endpoint a workspace may reach through its firewall (a proxy, a mirror, a licence server).
 */
export interface ProxmoxEndpoint {
    /** IPv4 or IPv6 address, or a CIDR (the Proxmox firewall does not resolve host names). */
    readonly address: string;
    /** Port. */
    readonly port: number;
    /**
     * Protocol.
     * @default ProxmoxProtocol.TCP
     */
    readonly protocol?: ProxmoxProtocol;
    /**
     * Comment written on the firewall rule.
     * @default - a description of what the rule is for
     */
    readonly comment?: string;
}
/**
 * A static IPv4 address of a workspace's first network interface (cloud-init `ipconfig0`).
 */
export interface ProxmoxStaticAddress {
    /** Address with its prefix length, e.g. `10.20.30.40/24`. */
    readonly address: string;
    /**
     * Default gateway.
     * @default - no default route (the workspace reaches only its own network)
     */
    readonly gateway?: string;
}
/**
 * The Proxmox VE cluster a lab runs on: its nodes, datastores and network.
 */
export interface ProxmoxClusterSettings {
    /** Names of the cluster's nodes, as `pvecm nodes` prints them. Workspaces are checked against this list. */
    readonly nodes: string[];
    /**
     * Datastore of the workspaces' disks (and cloud-init drives).
     * @default "local-lvm"
     */
    readonly diskDatastoreId?: string;
    /**
     * Datastore the cloud-init snippets and hook scripts are uploaded to; it needs the "Snippets"
     * content type, and the provider needs SSH access to the node to upload them.
     * @default "local"
     */
    readonly snippetDatastoreId?: string;
    /**
     * Datastore cloud images and container templates are downloaded to.
     * @default "local"
     */
    readonly imageDatastoreId?: string;
    /**
     * How cloud images are downloaded and attached.
     * @default ProxmoxImageContent.IMPORT
     */
    readonly imageContent?: ProxmoxImageContent;
    /**
     * Bridge of the workspaces' network interface.
     * @default "vmbr0"
     */
    readonly bridge?: string;
    /**
     * VLAN tag of the workspaces' network interface.
     * @default - untagged
     */
    readonly vlanId?: number;
    /**
     * DNS servers (IP addresses) of workspaces with `open` egress (and of a permit's package
     * proxy). Workspaces with egress `none` or `proxied` never reach these: a recursive resolver
     * forwards any name to the internet, a channel out (DNS tunnelling). They use
     * `internalResolver`, or none.
     * @default - the DHCP server's (open egress)
     */
    readonly dnsServers?: string[];
    /**
     * A resolver (IP address) that answers only the site's internal names and never recurses to
     * the internet. Workspaces with egress `none` or `proxied` may send DNS (UDP and TCP 53) to
     * this address and nowhere else, and are configured to use it. You state that it does not
     * recurse: the stack cannot check it.
     * @default - none: those workspaces resolve only what their /etc/hosts holds
     */
    readonly internalResolver?: string;
    /**
     * Who keeps the datacenter firewall on (every guest firewall depends on it). Required:
     * synthesis fails without it.
     * @default - none: synthesis fails and says to choose MANAGED or MANAGED_ELSEWHERE
     */
    readonly datacenterFirewall?: ProxmoxDatacenterFirewall;
    /**
     * The networks (CIDRs) the DHCP server hands out addresses from. A DHCP workspace may send
     * only from these (its IP filter set `ipfilter-net0`), so it cannot take the address of the
     * proxy, the NFS server or another network. Required for workspaces without a static address
     * (egress `open` or `proxied`; `none` needs a static address).
     * @default - none: every workspace needs a static address
     */
    readonly dhcpPool?: string[];
    /**
     * NTP servers (IP addresses); with egress `none` or `proxied` the firewall allows UDP 123 to
     * exactly these.
     * @default - none (guests keep time through kvm-clock)
     */
    readonly ntpServers?: string[];
}
/**
 * The Proxmox resources of one workspace size. Sizes without a mapping cannot be used: the
 * CPU sizes (XS-XL) map to their vCPUs and memory by default; GPU sizes need a mapping that
 * names the cluster's PCI resource mappings of the GPUs.
 */
export interface ProxmoxSizeMapping {
    /** The size. */
    readonly size: WorkspaceSize;
    /**
     * Virtual CPU cores.
     * @default - the size's vCPUs
     */
    readonly cores?: number;
    /**
     * Memory in MiB.
     * @default - the size's memory
     */
    readonly memoryMiB?: number;
    /**
     * Names of cluster PCI resource mappings (Datacenter > Resource Mappings) passed through to
     * the VM, one per GPU.
     * @default - no PCI devices
     */
    readonly pciMappings?: string[];
}
/**
 * An official cloud image URL and the disk it needs.
 */
export interface ProxmoxCloudImageUrlProps {
    /** Where to download the image (qcow2 or raw), https. */
    readonly url: string;
    /**
     * File name on the datastore; `.qcow2`/`.raw` for the import content type, `.img` for iso.
     * @default - derived from the URL
     */
    readonly fileName?: string;
    /**
     * Virtual size of the image in GiB, rounded up: a workspace disk must be at least this big.
     * @default 4
     */
    readonly minimumDiskGiB?: number;
    /**
     * Expected checksum of the download.
     * @default - not checked (the "current" URLs of the distributions change with each release)
     */
    readonly checksum?: string;
    /**
     * Algorithm of `checksum`: md5, sha1, sha224, sha256, sha384 or sha512.
     * @default "sha256" when a checksum is given
     */
    readonly checksumAlgorithm?: string;
}
/**
 * A prepared Proxmox template VM to clone (`qm template`).
 */
export interface ProxmoxTemplateVmProps {
    /** VM id of the template. */
    readonly vmId: number;
    /** Size of the template's boot disk in GiB: a clone's disk cannot be smaller. */
    readonly diskGiB: number;
    /**
     * Node that holds the template.
     * @default - the workspace's node
     */
    readonly nodeName?: string;
    /**
     * Interface of the template's boot disk.
     * @default "scsi0"
     */
    readonly diskInterface?: string;
    /**
     * Whether the template has the QEMU guest agent installed (it is then enabled on clones).
     * @default false
     */
    readonly guestAgent?: boolean;
    /**
     * Content hash of the bake the template VM was built with (`ImageBake.contentHash`, see
     * `ImageBake.proxmoxTemplateScript`): clones then run only the per-workspace part of the
     * provisioning, and the workspace's template must have the same content.
     * @default - not a baked template: the whole provisioning runs at boot
     */
    readonly bakedContentHash?: string;
}
/**
 * The boot disk of a workspace VM: an official cloud image downloaded to the node (once per
 * node and datastore), or a clone of a prepared template VM.
 *
 * @example
 * ProxmoxCloudImage.forOs(OperatingSystem.UBUNTU_24_04);
 * ProxmoxCloudImage.fromTemplateVm({ vmId: 9000, diskGiB: 20 });
 */
export declare class ProxmoxCloudImage {
    /**
     * The distribution's official cloud image for a template base: Ubuntu 22.04/24.04
     * (cloud-images.ubuntu.com), Debian 12 (cloud.debian.org, genericcloud) or Rocky Linux 9
     * (dl.rockylinux.org, GenericCloud). x86_64 only.
     * @param os the template's base
     */
    static forOs(os: OperatingSystem): ProxmoxCloudImage;
    /** Whether `forOs()` knows an image for the base. */
    static hasOfficialImage(os: OperatingSystem): boolean;
    /**
     * A cloud image from a URL of your choice (a mirror, a pinned release).
     * @param props the URL and the disk it needs
     */
    static fromUrl(props: ProxmoxCloudImageUrlProps): ProxmoxCloudImage;
    /**
     * A full clone of a prepared template VM (packages preinstalled, e.g. for workspaces without
     * internet access).
     * @param props the template VM
     */
    static fromTemplateVm(props: ProxmoxTemplateVmProps): ProxmoxCloudImage;
    /** `download` or `clone`. */
    readonly kind: string;
    /**
     * The base this official image is for.
     * @default - not an official image
     */
    readonly os?: OperatingSystem;
    /**
     * Download settings.
     * @default - a clone
     */
    readonly download?: ProxmoxCloudImageUrlProps;
    /**
     * Template VM settings.
     * @default - a download
     */
    readonly templateVm?: ProxmoxTemplateVmProps;
    private constructor();
    /** Smallest disk a workspace built from this image may have, in GiB. */
    get minimumDiskGiB(): number;
}
/**
 * The root file system of an LXC container workspace: a Proxmox system template.
 */
export declare class ProxmoxContainerTemplate {
    /**
     * The Proxmox-built system template for a template base (download.proxmox.com).
     * @param os the template's base
     */
    static forOs(os: OperatingSystem): ProxmoxContainerTemplate;
    /** Whether `forOs()` knows a template for the base. */
    static hasOfficialTemplate(os: OperatingSystem): boolean;
    /**
     * A template archive (`.tar.zst`, `.tar.xz`, `.tar.gz`) downloaded from a URL.
     * @param url https address of the archive
     * @param osType the container's OS type (ubuntu, debian, centos, alpine, ...)
     */
    static fromUrl(url: string, osType: string): ProxmoxContainerTemplate;
    /**
     * A template already on a datastore.
     * @param fileId volume id, e.g. `local:vztmpl/ubuntu-24.04-standard_24.04-2_amd64.tar.zst`
     * @param osType the container's OS type (ubuntu, debian, centos, alpine, ...)
     */
    static fromFileId(fileId: string, osType: string): ProxmoxContainerTemplate;
    /**
     * Download address.
     * @default - an existing file
     */
    readonly url?: string;
    /**
     * Existing volume id.
     * @default - downloaded
     */
    readonly fileId?: string;
    /** OS type of the container. */
    readonly osType: string;
    private constructor();
}
/**
 * How Terraform reaches the Proxmox VE API. The stacks turn these into Terraform variables
 * (`proxmox_endpoint`, `proxmox_api_token`, `proxmox_insecure`, `proxmox_ssh_username`), so the
 * secret is given at apply time (`TF_VAR_proxmox_api_token`) and never written into the
 * configuration.
 */
export interface ProxmoxApiSettings {
    /**
     * Default of `proxmox_endpoint`, e.g. `https://pve1.example.org:8006/`.
     * @default - none: the provider reads PROXMOX_VE_ENDPOINT
     */
    readonly endpoint?: string;
    /**
     * Default of `proxmox_insecure`: skip TLS verification (self-signed certificates).
     * @default false
     */
    readonly insecure?: boolean;
    /**
     * Default of `proxmox_ssh_username`: the node account the provider uploads snippets with
     * (Proxmox's API cannot upload snippets; the provider uses SSH with the agent's keys).
     * @default "root"
     */
    readonly sshUsername?: string;
}
