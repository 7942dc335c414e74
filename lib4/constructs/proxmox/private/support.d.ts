import { Construct, IConstruct } from 'constructs';
import { ITerraformDependable, TerraformResource, TerraformResourceLifecycle, TerraformStack } from '../../terraform/cdktf';
import { ProxmoxProvider, ProxmoxProviderConfig } from '../generated/provider.generated';
import { VirtualEnvironmentDownloadFile } from '../generated/virtual-environment-download-file.generated';
import { VirtualEnvironmentFile } from '../generated/virtual-environment-file.generated';
import { VirtualEnvironmentFirewallIpset } from '../generated/virtual-environment-firewall-ipset.generated';
import { VirtualEnvironmentFirewallOptions } from '../generated/virtual-environment-firewall-options.generated';
import { VirtualEnvironmentFirewallRules } from '../generated/virtual-environment-firewall-rules.generated';
import { VirtualEnvironmentVm } from '../generated/virtual-environment-vm.generated';
/** The provider the bindings were generated for. */
export declare const PROXMOX_PROVIDER: {
    readonly source: "bpg/proxmox";
    readonly version: "0.111.1";
    readonly constraint: "~> 0.111.0";
};
/** Marker on every resource this library writes (a Proxmox tag). */
export declare const MANAGED_TAG = "rws";
/**
 * The stack's default proxmox provider; one is created at the stack's top level when the
 * stack has none (it then reads PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, ... from the
 * environment), so that `required_providers` always names bpg/proxmox.
 */
export declare function ensureProxmoxProvider(scope: IConstruct, config?: ProxmoxProviderConfig): ProxmoxProvider;
/**
 * A Proxmox tag from any text, in lower case: characters outside `[a-z0-9_+.-]` become `-`;
 * when anything but the case changed (or it is longer than 60) the first 8 hex digits of its
 * SHA-256 are appended, so two different texts never share a tag.
 */
export declare function proxmoxTag(raw: string): string;
/** Whether a text is a valid Proxmox tag as it stands. */
export declare function isProxmoxTag(s: string): boolean;
/** Sorted, unique tags (Proxmox sorts them too, so Terraform sees no drift). */
export declare function tagList(tags: string[]): string[];
/** SHA-256 of a text, hex. */
export declare function sha256(text: string): string;
/** A string safe for a Terraform id part: letters, digits, `-` and `_`. */
export declare function idPart(s: string): string;
/** Whether a text is an IPv4 address. */
export declare function isIpv4(s: string): boolean;
/** Whether a text is an IPv6 address (loosely: hex groups and colons, at most one `::`). */
export declare function isIpv6(s: string): boolean;
/** Whether a text is an IP address or a CIDR of one (what a Proxmox firewall rule accepts). */
export declare function isAddressOrCidr(s: string): boolean;
/** An IPv4 address as a number. */
export declare function ipv4ToNumber(s: string): number;
/** A number as an IPv4 address. */
export declare function numberToIpv4(n: number): string;
/** An IPv4 network `a.b.c.d/p`, parsed; undefined when it is not one (host bits set included). */
export declare function parseIpv4Network(cidr: string): {
    base: number;
    prefix: number;
    size: number;
} | undefined;
/** `address/prefix` of host `offset` in a network. */
export declare function hostInNetwork(net: {
    base: number;
    prefix: number;
}, offset: number): string;
/** Whether an IPv4 address lies in a network (and is neither its network nor broadcast address). */
export declare function isHostOf(net: {
    base: number;
    size: number;
}, ip: string): boolean;
/**
 * One download (cloud image or container template) per node, datastore and file, per stack.
 * The file name starts with `rws-<stack>-`: a datastore's file names are global, and each
 * stack must own (and may delete) only its own copy.
 */
export declare function sharedDownload(scope: IConstruct, o: {
    nodeName: string;
    datastoreId: string;
    url: string;
    fileName: string;
    contentType: string;
    checksum?: string;
    checksumAlgorithm?: string;
}): VirtualEnvironmentDownloadFile;
/** The file name of a downloaded image for a content type: `.qcow2` for import, `.img` for iso. */
export declare function imageFileName(url: string, fileName: string | undefined, content: string): string;
/**
 * A cloud-init snippet (or hook script) on a node's snippet datastore. The file name carries a
 * hash of the content, and the old file is removed only after the new one exists, so a
 * changed snippet is a new file the VM switches to.
 */
export declare function addSnippet(scope: Construct, id: string, o: {
    nodeName: string;
    datastoreId: string;
    baseName: string;
    data: string;
    hashInput?: string;
    fileMode?: string;
    extension?: string;
}): VirtualEnvironmentFile;
/** cloud-init meta-data: the instance id changes with the user-data, so a new user-data is applied at the next boot. */
export declare function metaData(hostname: string, userDataHash: string): string;
/** A part of a multipart user-data message. */
export interface MimePart {
    readonly name: string;
    readonly contentType: string;
    readonly content: string;
}
/** A MIME multipart/mixed message as cloud-init reads it, with a boundary that never occurs in the parts. */
export declare function multipart(parts: MimePart[]): string;
/** A data disk of a VM. */
export interface VmDataDisk {
    readonly interface: string;
    readonly sizeGiB: number;
    readonly serial: string;
}
/** Everything the VM builder needs, decided by the construct. */
export interface VmSpec {
    readonly name: string;
    readonly nodeName: string;
    readonly vmId?: number;
    readonly poolId?: string;
    readonly tags: string[];
    readonly description: string;
    readonly started: boolean;
    readonly cores: number;
    readonly memoryMiB: number;
    readonly cpuType: string;
    readonly diskDatastoreId: string;
    readonly diskGiB: number;
    readonly bootDiskInterface: string;
    /** `import_from` (import content) or `file_id` (iso content) of a downloaded image. */
    readonly importFrom?: string;
    readonly fileId?: string;
    readonly clone?: {
        vmId: number;
        nodeName?: string;
    };
    readonly dataDisks?: VmDataDisk[];
    readonly bridge: string;
    readonly vlanId?: number;
    readonly address?: {
        address: string;
        gateway?: string;
    };
    readonly dnsServers?: string[];
    readonly userDataFileId: string;
    readonly metaDataFileId: string;
    readonly pciMappings?: string[];
    readonly guestAgent: boolean;
    readonly protectData?: boolean;
    readonly lifecycle?: TerraformResourceLifecycle;
    readonly dependsOn?: ITerraformDependable[];
}
/**
 * A `proxmox_virtual_environment_vm`. Stopped VMs (`started = false`) do not start at boot
 * either. Notes on the provider's behaviour:
 * - `network_device` is a list(object) attribute: every key is written (the binding writes
 *   null for unset ones); `enabled` and `disconnected` are set explicitly because the SDKv2
 *   provider reads a null boolean of such an object as false (a disabled interface).
 * - `stop_on_destroy`: cloud images have no guest agent, so a shutdown could wait forever.
 * - `reboot_after_update = false`: configuration that needs a reboot waits for the next one.
 */
export declare function addVm(scope: Construct, id: string, s: VmSpec): VirtualEnvironmentVm;
/** One firewall rule, in the provider's terms. */
export interface FirewallRule {
    readonly type: 'in' | 'out';
    readonly proto?: string;
    readonly dport?: string;
    readonly source?: string;
    readonly dest?: string;
    readonly comment: string;
}
/** An IP set of a guest. */
export interface FirewallIpSet {
    readonly name: string;
    readonly comment: string;
    readonly cidrs: string[];
    readonly nomatch?: string[];
}
/** A guest's firewall: options, IP sets and rules. */
export interface FirewallSpec {
    readonly nodeName: string;
    /** VM id (a number or a token of the VM's `vm_id`). */
    readonly vmId?: number;
    /** Container id (a number or a token). */
    readonly containerId?: number;
    readonly outputPolicy: 'ACCEPT' | 'DROP';
    /**
     * The addresses the guest may send from (the `ipfilter-net0` set): its static address, or
     * the DHCP pool of a DHCP guest. Never empty: the IP filter is always on.
     */
    readonly ipFilter: string[];
    /** Whether the guest gets its address by DHCP. */
    readonly dhcp: boolean;
    readonly ipSets: FirewallIpSet[];
    readonly rules: FirewallRule[];
    readonly dependsOn?: ITerraformDependable[];
    /** The guest (VM or container) the firewall belongs to: the isolation check finds it by it. */
    readonly guest: TerraformResource;
    /** The guest in words, for the isolation check's messages. */
    readonly what: string;
    /** The only resolvers DNS may go to (an internal resolver), for the isolation check. */
    readonly resolvers: string[];
}
/** The resources of a guest's firewall. */
export interface GuestFirewall {
    readonly options: VirtualEnvironmentFirewallOptions;
    readonly ipSets: VirtualEnvironmentFirewallIpset[];
    readonly rules?: VirtualEnvironmentFirewallRules;
}
/**
 * The firewall of a VM or container: enabled, inbound policy DROP, outbound as given, IP and
 * MAC filtering (a guest can send only from its own addresses), the IP sets and the rules.
 * Rules reference IP sets as `+<name>` (guest scope first).
 */
export declare function addFirewall(scope: Construct, s: FirewallSpec): GuestFirewall;
/**
 * Records who manages the datacenter firewall and, when it is this stack (`managed`), adds the
 * stack's one `proxmox_virtual_environment_cluster_firewall` (enabled, ebtables, input DROP).
 */
export declare function ensureDatacenterFirewall(scope: IConstruct, mode: string): TerraformResource | undefined;
/** Whether a value holds a cdktf token (not known at synthesis). */
export declare function unresolved(v: unknown): boolean;
/**
 * The stack's proxmox provider configured from Terraform variables: `proxmox_endpoint`
 * (default: PROXMOX_VE_ENDPOINT), `proxmox_api_token` (sensitive; default: PROXMOX_VE_API_TOKEN),
 * `proxmox_insecure` and `proxmox_ssh_username` (snippet uploads go over SSH with the agent).
 */
export declare function proxmoxProviderWithVariables(stack: TerraformStack, o: {
    endpoint?: string;
    insecure?: boolean;
    sshUsername?: string;
}): ProxmoxProvider;
