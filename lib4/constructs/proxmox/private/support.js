"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.MANAGED_TAG = exports.PROXMOX_PROVIDER = void 0;
exports.ensureProxmoxProvider = ensureProxmoxProvider;
exports.proxmoxTag = proxmoxTag;
exports.isProxmoxTag = isProxmoxTag;
exports.tagList = tagList;
exports.sha256 = sha256;
exports.idPart = idPart;
exports.isIpv4 = isIpv4;
exports.isIpv6 = isIpv6;
exports.isAddressOrCidr = isAddressOrCidr;
exports.ipv4ToNumber = ipv4ToNumber;
exports.numberToIpv4 = numberToIpv4;
exports.parseIpv4Network = parseIpv4Network;
exports.hostInNetwork = hostInNetwork;
exports.isHostOf = isHostOf;
exports.sharedDownload = sharedDownload;
exports.imageFileName = imageFileName;
exports.addSnippet = addSnippet;
exports.metaData = metaData;
exports.multipart = multipart;
exports.addVm = addVm;
exports.addFirewall = addFirewall;
exports.ensureDatacenterFirewall = ensureDatacenterFirewall;
exports.unresolved = unresolved;
exports.proxmoxProviderWithVariables = proxmoxProviderWithVariables;
/**
 * Helpers shared by the Proxmox constructs: the provider, tags, downloads shared per node,
 * cloud-init snippets, the VM and firewall resources, address arithmetic. Not exported from
 * the package.
 */
const crypto = __importStar(require("crypto"));
const constructs_1 = require("constructs");
const isolation_1 = require("./isolation");
const cdktf_1 = require("../../terraform/cdktf");
const permit_common_1 = require("../../terraform/permit-common");
const provider_generated_1 = require("../generated/provider.generated");
const virtual_environment_download_file_generated_1 = require("../generated/virtual-environment-download-file.generated");
const virtual_environment_file_generated_1 = require("../generated/virtual-environment-file.generated");
const virtual_environment_firewall_ipset_generated_1 = require("../generated/virtual-environment-firewall-ipset.generated");
const virtual_environment_firewall_options_generated_1 = require("../generated/virtual-environment-firewall-options.generated");
const virtual_environment_firewall_rules_generated_1 = require("../generated/virtual-environment-firewall-rules.generated");
const virtual_environment_vm_generated_1 = require("../generated/virtual-environment-vm.generated");
/** The provider the bindings were generated for. */
exports.PROXMOX_PROVIDER = { source: 'bpg/proxmox', version: '0.111.1', constraint: '~> 0.111.0' };
/** Marker on every resource this library writes (a Proxmox tag). */
exports.MANAGED_TAG = 'rws';
/**
 * The stack's default proxmox provider; one is created at the stack's top level when the
 * stack has none (it then reads PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, ... from the
 * environment), so that `required_providers` always names bpg/proxmox.
 */
function ensureProxmoxProvider(scope, config = {}) {
    const stack = cdktf_1.TerraformStack.of(scope);
    const found = stack.allProviders().find((p) => p.terraformResourceType === 'proxmox' && p.alias === undefined);
    if (found)
        return found;
    return new provider_generated_1.ProxmoxProvider(stack, 'proxmox', config);
}
const TAG = /^[a-z0-9_][a-z0-9_+.-]*$/;
/**
 * A Proxmox tag from any text, in lower case: characters outside `[a-z0-9_+.-]` become `-`;
 * when anything but the case changed (or it is longer than 60) the first 8 hex digits of its
 * SHA-256 are appended, so two different texts never share a tag.
 */
function proxmoxTag(raw) {
    // Proxmox compares tags case-insensitively: lower case is the same tag.
    const lower = raw.toLowerCase();
    if (lower.length <= 60 && TAG.test(lower))
        return lower;
    const hash = crypto.createHash('sha256').update(raw).digest('hex').slice(0, 8);
    const cleaned = raw.toLowerCase().replace(/[^a-z0-9_+.-]+/g, '-').replace(/^[^a-z0-9_]+/, '').replace(/[^a-z0-9_]+$/, '').slice(0, 50).replace(/[-+.]+$/, '');
    return cleaned ? `${cleaned}-${hash}` : hash;
}
/** Whether a text is a valid Proxmox tag as it stands. */
function isProxmoxTag(s) {
    return s.length <= 60 && TAG.test(s);
}
/** Sorted, unique tags (Proxmox sorts them too, so Terraform sees no drift). */
function tagList(tags) {
    return [...new Set(tags)].sort();
}
/** SHA-256 of a text, hex. */
function sha256(text) {
    return crypto.createHash('sha256').update(text).digest('hex');
}
/** A string safe for a Terraform id part: letters, digits, `-` and `_`. */
function idPart(s) {
    return s.replace(/[^A-Za-z0-9_-]+/g, '-');
}
// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
/** Whether a text is an IPv4 address. */
function isIpv4(s) {
    return IPV4.test(s);
}
/** Whether a text is an IPv6 address (loosely: hex groups and colons, at most one `::`). */
function isIpv6(s) {
    return /^[0-9a-f:]+$/i.test(s) && s.includes(':') && (s.match(/::/g) ?? []).length <= 1 && s.split(':').every((g) => g.length <= 4);
}
/** Whether a text is an IP address or a CIDR of one (what a Proxmox firewall rule accepts). */
function isAddressOrCidr(s) {
    const [addr, prefix, extra] = s.split('/');
    if (extra !== undefined)
        return false;
    if (isIpv4(addr))
        return prefix === undefined || (/^\d{1,2}$/.test(prefix) && Number(prefix) <= 32);
    if (isIpv6(addr))
        return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128);
    return false;
}
/** An IPv4 address as a number. */
function ipv4ToNumber(s) {
    return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}
/** A number as an IPv4 address. */
function numberToIpv4(n) {
    return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}
/** An IPv4 network `a.b.c.d/p`, parsed; undefined when it is not one (host bits set included). */
function parseIpv4Network(cidr) {
    const m = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
    if (!m || !isIpv4(m[1]))
        return undefined;
    const prefix = Number(m[2]);
    if (prefix > 30 || prefix < 8)
        return undefined;
    const base = ipv4ToNumber(m[1]);
    const size = 2 ** (32 - prefix);
    if (base % size !== 0)
        return undefined;
    return { base, prefix, size };
}
/** `address/prefix` of host `offset` in a network. */
function hostInNetwork(net, offset) {
    return `${numberToIpv4(net.base + offset)}/${net.prefix}`;
}
/** Whether an IPv4 address lies in a network (and is neither its network nor broadcast address). */
function isHostOf(net, ip) {
    if (!isIpv4(ip))
        return false;
    const n = ipv4ToNumber(ip);
    return n > net.base && n < net.base + net.size - 1;
}
// ---------------------------------------------------------------------------------------
// Downloads and snippets
// ---------------------------------------------------------------------------------------
/**
 * One download (cloud image or container template) per node, datastore and file, per stack.
 * The file name starts with `rws-<stack>-`: a datastore's file names are global, and each
 * stack must own (and may delete) only its own copy.
 */
function sharedDownload(scope, o) {
    const stack = cdktf_1.TerraformStack.of(scope);
    let holder = stack.node.tryFindChild('ProxmoxDownloads');
    if (!holder)
        holder = new constructs_1.Construct(stack, 'ProxmoxDownloads');
    const id = `${idPart(o.nodeName)}-${idPart(o.datastoreId)}-${idPart(o.fileName)}`;
    const found = holder.node.tryFindChild(id);
    if (found)
        return found;
    ensureProxmoxProvider(scope);
    return new virtual_environment_download_file_generated_1.VirtualEnvironmentDownloadFile(holder, id, {
        nodeName: o.nodeName,
        datastoreId: o.datastoreId,
        contentType: o.contentType,
        url: (0, permit_common_1.tfLiteral)(o.url),
        fileName: `rws-${idPart(stack.node.id).toLowerCase()}-${o.fileName}`,
        checksum: o.checksum,
        checksumAlgorithm: o.checksum ? o.checksumAlgorithm ?? 'sha256' : undefined,
        // A newer image at the same URL is not downloaded again: workspaces are not rebuilt behind your back.
        overwrite: false,
        uploadTimeout: 1800,
    });
}
/** The file name of a downloaded image for a content type: `.qcow2` for import, `.img` for iso. */
function imageFileName(url, fileName, content) {
    const base = fileName ?? url.replace(/[?#].*$/, '').split('/').pop() ?? 'image.qcow2';
    const stem = base.replace(/\.(img|qcow2|raw|iso)$/i, '');
    if (fileName)
        return fileName;
    return content === 'import' ? `${stem}.qcow2` : `${stem}.img`;
}
/**
 * A cloud-init snippet (or hook script) on a node's snippet datastore. The file name carries a
 * hash of the content, and the old file is removed only after the new one exists, so a
 * changed snippet is a new file the VM switches to.
 */
function addSnippet(scope, id, o) {
    const hash = sha256(o.hashInput ?? o.data).slice(0, 12);
    return new virtual_environment_file_generated_1.VirtualEnvironmentFile(scope, id, {
        nodeName: o.nodeName,
        datastoreId: o.datastoreId,
        contentType: 'snippets',
        fileMode: o.fileMode,
        sourceRaw: { fileName: `${o.baseName}-${hash}.${o.extension ?? 'yaml'}`, data: o.data },
        lifecycle: { createBeforeDestroy: true },
    });
}
/** cloud-init meta-data: the instance id changes with the user-data, so a new user-data is applied at the next boot. */
function metaData(hostname, userDataHash) {
    return `instance-id: ${hostname}-${userDataHash.slice(0, 12)}\nlocal-hostname: ${hostname}\n`;
}
/** A MIME multipart/mixed message as cloud-init reads it, with a boundary that never occurs in the parts. */
function multipart(parts) {
    const all = parts.map((p) => p.content).join('\n');
    let boundary = '';
    for (let i = 0; !boundary || all.includes(boundary); i++)
        boundary = `==RWS-PVE-${sha256(`${i}:${all}`).slice(0, 20)}==`;
    const out = [`Content-Type: multipart/mixed; boundary="${boundary}"`, 'MIME-Version: 1.0', ''];
    for (const p of parts) {
        out.push(`--${boundary}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0', 
        // eslint-disable-next-line no-control-regex
        `Content-Transfer-Encoding: ${/^[\x00-\x7f]*$/.test(p.content) ? '7bit' : '8bit'}`, `Content-Disposition: attachment; filename="${p.name}"`, '', p.content);
    }
    out.push(`--${boundary}--`, '');
    return out.join('\n');
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
function addVm(scope, id, s) {
    ensureProxmoxProvider(scope);
    const disks = [{
            interface: s.bootDiskInterface,
            datastoreId: s.diskDatastoreId,
            size: s.diskGiB,
            importFromAttribute: s.importFrom,
            fileId: s.fileId,
            fileFormat: s.clone ? undefined : 'raw',
            discard: 'on',
            iothread: s.bootDiskInterface.startsWith('scsi') || s.bootDiskInterface.startsWith('virtio') ? true : undefined,
            ssd: s.bootDiskInterface.startsWith('virtio') ? undefined : true,
            backup: true,
        }];
    for (const d of s.dataDisks ?? []) {
        disks.push({
            interface: d.interface,
            datastoreId: s.diskDatastoreId,
            size: d.sizeGiB,
            fileFormat: 'raw',
            discard: 'on',
            iothread: true,
            ssd: true,
            serial: d.serial,
            backup: true,
            replicate: true,
        });
    }
    const gpu = (s.pciMappings ?? []).length > 0;
    return new virtual_environment_vm_generated_1.VirtualEnvironmentVm(scope, id, {
        name: s.name,
        nodeName: s.nodeName,
        vmId: s.vmId,
        poolId: s.poolId,
        tags: tagList(s.tags),
        description: (0, permit_common_1.tfLiteral)(s.description),
        started: s.started,
        onBoot: s.started,
        stopOnDestroy: true,
        purgeOnDestroy: true,
        // A changed snippet (cicustom) is applied at the VM's next boot, never by a reboot Terraform
        // forces in the middle of someone's session.
        rebootAfterUpdate: false,
        protection: s.protectData ? true : undefined,
        machine: gpu ? 'q35' : undefined,
        scsiHardware: 'virtio-scsi-single',
        operatingSystem: { type: 'l26' },
        agent: { enabled: s.guestAgent, trim: s.guestAgent ? true : undefined },
        cpu: { cores: s.cores, sockets: 1, type: s.cpuType },
        memory: { dedicated: s.memoryMiB },
        clone: s.clone ? { vmId: s.clone.vmId, nodeName: s.clone.nodeName, full: true, datastoreId: s.diskDatastoreId } : undefined,
        disk: disks,
        hostpci: gpu ? s.pciMappings.map((m, i) => ({ device: `hostpci${i}`, mapping: m, pcie: true, rombar: true })) : undefined,
        networkDevice: [{
                bridge: s.bridge,
                model: 'virtio',
                firewall: true,
                enabled: true,
                disconnected: false,
                vlanId: s.vlanId,
            }],
        serialDevice: [{ device: 'socket' }],
        initialization: {
            datastoreId: s.diskDatastoreId,
            interface: 'ide2',
            dns: s.dnsServers && s.dnsServers.length ? { servers: s.dnsServers } : undefined,
            ipConfig: [{ ipv4: s.address ? { address: s.address.address, gateway: s.address.gateway } : { address: 'dhcp' } }],
            userDataFileId: s.userDataFileId,
            metaDataFileId: s.metaDataFileId,
        },
        lifecycle: s.lifecycle,
        dependsOn: s.dependsOn,
    });
}
/**
 * The firewall of a VM or container: enabled, inbound policy DROP, outbound as given, IP and
 * MAC filtering (a guest can send only from its own addresses), the IP sets and the rules.
 * Rules reference IP sets as `+<name>` (guest scope first).
 */
function addFirewall(scope, s) {
    const target = { nodeName: s.nodeName, vmId: s.vmId, containerId: s.containerId };
    const ipSets = [];
    if (s.ipFilter.length === 0)
        throw new Error('internal: a guest firewall needs the addresses of its IP filter');
    const sets = [...s.ipSets];
    sets.unshift({
        name: 'ipfilter-net0',
        comment: s.dhcp ? 'The DHCP pool: the only addresses this guest may send from (ipfilter)' : 'The only address this guest may send from (ipfilter)',
        cidrs: s.ipFilter,
    });
    for (const set of sets) {
        ipSets.push(new virtual_environment_firewall_ipset_generated_1.VirtualEnvironmentFirewallIpset(scope, `IpSet-${set.name}`, {
            ...target,
            name: set.name,
            comment: (0, permit_common_1.tfLiteral)(set.comment),
            cidr: [
                ...set.cidrs.map((c) => ({ name: c })),
                ...(set.nomatch ?? []).map((c) => ({ name: c, nomatch: true, comment: 'excluded' })),
            ],
            dependsOn: s.dependsOn,
        }));
    }
    const options = new virtual_environment_firewall_options_generated_1.VirtualEnvironmentFirewallOptions(scope, 'FirewallOptions', {
        ...target,
        enabled: true,
        inputPolicy: 'DROP',
        outputPolicy: s.outputPolicy,
        // Always: with ipfilter-net0 the guest sends only from its own address (or the DHCP pool).
        ipfilter: true,
        macfilter: true,
        dhcp: s.dhcp,
        ndp: true,
        radv: false,
        logLevelIn: 'info',
        logLevelOut: s.outputPolicy === 'DROP' ? 'info' : 'nolog',
        dependsOn: s.dependsOn,
    });
    let rules;
    if (s.rules.length) {
        const rule = s.rules.map((r) => ({
            type: r.type, action: 'ACCEPT', proto: r.proto, dport: r.dport, source: r.source, dest: r.dest, comment: (0, permit_common_1.tfLiteral)(r.comment), enabled: true,
        }));
        rules = new virtual_environment_firewall_rules_generated_1.VirtualEnvironmentFirewallRules(scope, 'FirewallRules', { ...target, rule, dependsOn: [...(s.dependsOn ?? []), ...ipSets] });
    }
    (0, isolation_1.declareGuest)(scope, s.guest, {
        what: s.what,
        outputPolicy: s.outputPolicy,
        dhcp: s.dhcp,
        ipFilter: s.ipFilter,
        ipSets: Object.fromEntries(s.ipSets.map((set) => [set.name, [...set.cidrs, ...(set.nomatch ?? []).map((c) => `!${c}`)]])),
        rules: s.rules.map((r) => ({ type: r.type, proto: r.proto, dport: r.dport, source: r.source, dest: r.dest })),
        resolvers: s.resolvers,
    });
    return { options, ipSets, rules };
}
/**
 * The datacenter (cluster-wide) firewall, which every guest firewall depends on: the
 * provider's `proxmox_virtual_environment_cluster_firewall` (no generated binding: four
 * attributes). Its delete only forgets it (the firewall stays as it is).
 */
class DatacenterFirewallResource extends cdktf_1.TerraformResource {
    constructor(scope, id) {
        super(scope, id, {
            terraformResourceType: isolation_1.CLUSTER_FIREWALL_TYPE,
            terraformGeneratorMetadata: { providerName: 'proxmox', providerVersionConstraint: exports.PROXMOX_PROVIDER.constraint },
        });
    }
    synthesizeAttributes() {
        return { ...isolation_1.DATACENTER_FIREWALL };
    }
    synthesizeHclAttributes() {
        return Object.fromEntries(Object.entries(isolation_1.DATACENTER_FIREWALL).map(([k, v]) => [k, { value: v, isBlock: false, type: 'simple', storageClassType: typeof v === 'boolean' ? 'boolean' : 'string' }]));
    }
}
/**
 * Records who manages the datacenter firewall and, when it is this stack (`managed`), adds the
 * stack's one `proxmox_virtual_environment_cluster_firewall` (enabled, ebtables, input DROP).
 */
function ensureDatacenterFirewall(scope, mode) {
    (0, isolation_1.declareDatacenterFirewall)(scope, mode);
    if (mode !== 'managed')
        return undefined;
    const stack = cdktf_1.TerraformStack.of(scope);
    const found = stack.node.tryFindChild('ProxmoxDatacenterFirewall');
    if (found)
        return found;
    ensureProxmoxProvider(scope);
    return new DatacenterFirewallResource(stack, 'ProxmoxDatacenterFirewall');
}
/** Whether a value holds a cdktf token (not known at synthesis). */
function unresolved(v) {
    return cdktf_1.Token.isUnresolved(v);
}
/**
 * The stack's proxmox provider configured from Terraform variables: `proxmox_endpoint`
 * (default: PROXMOX_VE_ENDPOINT), `proxmox_api_token` (sensitive; default: PROXMOX_VE_API_TOKEN),
 * `proxmox_insecure` and `proxmox_ssh_username` (snippet uploads go over SSH with the agent).
 */
function proxmoxProviderWithVariables(stack, o) {
    const nullable = (v, given) => {
        // cdktf cannot write a null default; Terraform needs one for an optional variable.
        if (given === undefined)
            v.addOverride('default', null);
        return v;
    };
    const endpoint = nullable(new cdktf_1.TerraformVariable(stack, 'proxmox_endpoint', {
        type: 'string', nullable: true, default: o.endpoint, description: 'Proxmox VE API address, e.g. https://pve1.example.org:8006/ (null: PROXMOX_VE_ENDPOINT)',
    }), o.endpoint);
    const token = nullable(new cdktf_1.TerraformVariable(stack, 'proxmox_api_token', {
        type: 'string', nullable: true, sensitive: true, description: 'API token USER@REALM!TOKENID=SECRET (null: PROXMOX_VE_API_TOKEN); give it as TF_VAR_proxmox_api_token',
    }), undefined);
    const insecure = new cdktf_1.TerraformVariable(stack, 'proxmox_insecure', {
        type: 'bool', default: o.insecure ?? false, description: 'Skip TLS verification of the API (self-signed certificates)',
    });
    const sshUser = new cdktf_1.TerraformVariable(stack, 'proxmox_ssh_username', {
        type: 'string', default: o.sshUsername ?? 'root', description: 'Node account for snippet uploads over SSH (keys from the SSH agent)',
    });
    return new provider_generated_1.ProxmoxProvider(stack, 'proxmox', {
        endpoint: endpoint.stringValue,
        apiToken: token.stringValue,
        insecure: insecure.booleanValue,
        ssh: { agent: true, username: sshUser.stringValue },
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3VwcG9ydC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3Byb3htb3gvcHJpdmF0ZS9zdXBwb3J0LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQTZCQSxzREFLQztBQVNELGdDQU9DO0FBR0Qsb0NBRUM7QUFHRCwwQkFFQztBQUdELHdCQUVDO0FBR0Qsd0JBRUM7QUFTRCx3QkFFQztBQUdELHdCQUVDO0FBR0QsMENBTUM7QUFHRCxvQ0FFQztBQUdELG9DQUVDO0FBR0QsNENBU0M7QUFHRCxzQ0FFQztBQUdELDRCQUlDO0FBV0Qsd0NBc0JDO0FBR0Qsc0NBS0M7QUFPRCxnQ0FZQztBQUdELDRCQUVDO0FBVUQsOEJBYUM7QUF1REQsc0JBeUVDO0FBOERELGtDQXNEQztBQTRCRCw0REFRQztBQUdELGdDQUVDO0FBT0Qsb0VBMEJDO0FBdmhCRDs7OztHQUlHO0FBQ0gsK0NBQWlDO0FBQ2pDLDJDQUFtRDtBQUNuRCwyQ0FBZ0k7QUFDaEksaURBQXNKO0FBQ3RKLGlFQUEwRDtBQUMxRCx3RUFBeUY7QUFDekYsMEhBQTBHO0FBQzFHLHdHQUF5RjtBQUN6Riw0SEFBNEc7QUFDNUcsZ0lBQWdIO0FBQ2hILDRIQUFpSjtBQUNqSixvR0FBK0c7QUFFL0csb0RBQW9EO0FBQ3ZDLFFBQUEsZ0JBQWdCLEdBQUcsRUFBRSxNQUFNLEVBQUUsYUFBYSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsVUFBVSxFQUFFLFlBQVksRUFBVyxDQUFDO0FBRWpILG9FQUFvRTtBQUN2RCxRQUFBLFdBQVcsR0FBRyxLQUFLLENBQUM7QUFFakM7Ozs7R0FJRztBQUNILFNBQWdCLHFCQUFxQixDQUFDLEtBQWlCLEVBQUUsU0FBZ0MsRUFBRTtJQUN6RixNQUFNLEtBQUssR0FBRyxzQkFBYyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN2QyxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsWUFBWSxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMscUJBQXFCLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUM7SUFDL0csSUFBSSxLQUFLO1FBQUUsT0FBTyxLQUF3QixDQUFDO0lBQzNDLE9BQU8sSUFBSSxvQ0FBZSxDQUFDLEtBQUssRUFBRSxTQUFTLEVBQUUsTUFBTSxDQUFDLENBQUM7QUFDdkQsQ0FBQztBQUVELE1BQU0sR0FBRyxHQUFHLDBCQUEwQixDQUFDO0FBRXZDOzs7O0dBSUc7QUFDSCxTQUFnQixVQUFVLENBQUMsR0FBVztJQUNwQyx3RUFBd0U7SUFDeEUsTUFBTSxLQUFLLEdBQUcsR0FBRyxDQUFDLFdBQVcsRUFBRSxDQUFDO0lBQ2hDLElBQUksS0FBSyxDQUFDLE1BQU0sSUFBSSxFQUFFLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUM7UUFBRSxPQUFPLEtBQUssQ0FBQztJQUN4RCxNQUFNLElBQUksR0FBRyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUMvRSxNQUFNLE9BQU8sR0FBRyxHQUFHLENBQUMsV0FBVyxFQUFFLENBQUMsT0FBTyxDQUFDLGlCQUFpQixFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxjQUFjLEVBQUUsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLGNBQWMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDOUosT0FBTyxPQUFPLENBQUMsQ0FBQyxDQUFDLEdBQUcsT0FBTyxJQUFJLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDL0MsQ0FBQztBQUVELDBEQUEwRDtBQUMxRCxTQUFnQixZQUFZLENBQUMsQ0FBUztJQUNwQyxPQUFPLENBQUMsQ0FBQyxNQUFNLElBQUksRUFBRSxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdkMsQ0FBQztBQUVELGdGQUFnRjtBQUNoRixTQUFnQixPQUFPLENBQUMsSUFBYztJQUNwQyxPQUFPLENBQUMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO0FBQ25DLENBQUM7QUFFRCw4QkFBOEI7QUFDOUIsU0FBZ0IsTUFBTSxDQUFDLElBQVk7SUFDakMsT0FBTyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDaEUsQ0FBQztBQUVELDJFQUEyRTtBQUMzRSxTQUFnQixNQUFNLENBQUMsQ0FBUztJQUM5QixPQUFPLENBQUMsQ0FBQyxPQUFPLENBQUMsa0JBQWtCLEVBQUUsR0FBRyxDQUFDLENBQUM7QUFDNUMsQ0FBQztBQUVELDBGQUEwRjtBQUMxRixZQUFZO0FBQ1osMEZBQTBGO0FBRTFGLE1BQU0sSUFBSSxHQUFHLDZFQUE2RSxDQUFDO0FBRTNGLHlDQUF5QztBQUN6QyxTQUFnQixNQUFNLENBQUMsQ0FBUztJQUM5QixPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEIsQ0FBQztBQUVELDRGQUE0RjtBQUM1RixTQUFnQixNQUFNLENBQUMsQ0FBUztJQUM5QixPQUFPLGVBQWUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsTUFBTSxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN0SSxDQUFDO0FBRUQsK0ZBQStGO0FBQy9GLFNBQWdCLGVBQWUsQ0FBQyxDQUFTO0lBQ3ZDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDM0MsSUFBSSxLQUFLLEtBQUssU0FBUztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQ3RDLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQztRQUFFLE9BQU8sTUFBTSxLQUFLLFNBQVMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQ3BHLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQztRQUFFLE9BQU8sTUFBTSxLQUFLLFNBQVMsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksTUFBTSxDQUFDLE1BQU0sQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0lBQ3JHLE9BQU8sS0FBSyxDQUFDO0FBQ2YsQ0FBQztBQUVELG1DQUFtQztBQUNuQyxTQUFnQixZQUFZLENBQUMsQ0FBUztJQUNwQyxPQUFPLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsRUFBRSxFQUFFLENBQUMsR0FBRyxHQUFHLEdBQUcsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFDbkUsQ0FBQztBQUVELG1DQUFtQztBQUNuQyxTQUFnQixZQUFZLENBQUMsQ0FBUztJQUNwQyxPQUFPLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0FBQzdFLENBQUM7QUFFRCxrR0FBa0c7QUFDbEcsU0FBZ0IsZ0JBQWdCLENBQUMsSUFBWTtJQUMzQyxNQUFNLENBQUMsR0FBRyx1QkFBdUIsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDN0MsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUMxQyxNQUFNLE1BQU0sR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDNUIsSUFBSSxNQUFNLEdBQUcsRUFBRSxJQUFJLE1BQU0sR0FBRyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDaEQsTUFBTSxJQUFJLEdBQUcsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2hDLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxNQUFNLENBQUMsQ0FBQztJQUNoQyxJQUFJLElBQUksR0FBRyxJQUFJLEtBQUssQ0FBQztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ3hDLE9BQU8sRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxDQUFDO0FBQ2hDLENBQUM7QUFFRCxzREFBc0Q7QUFDdEQsU0FBZ0IsYUFBYSxDQUFDLEdBQXFDLEVBQUUsTUFBYztJQUNqRixPQUFPLEdBQUcsWUFBWSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEdBQUcsTUFBTSxDQUFDLElBQUksR0FBRyxDQUFDLE1BQU0sRUFBRSxDQUFDO0FBQzVELENBQUM7QUFFRCxvR0FBb0c7QUFDcEcsU0FBZ0IsUUFBUSxDQUFDLEdBQW1DLEVBQUUsRUFBVTtJQUN0RSxJQUFJLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQzlCLE1BQU0sQ0FBQyxHQUFHLFlBQVksQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUMzQixPQUFPLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxHQUFHLENBQUMsSUFBSSxHQUFHLEdBQUcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxDQUFDO0FBQ3JELENBQUM7QUFFRCwwRkFBMEY7QUFDMUYseUJBQXlCO0FBQ3pCLDBGQUEwRjtBQUUxRjs7OztHQUlHO0FBQ0gsU0FBZ0IsY0FBYyxDQUFDLEtBQWlCLEVBQUUsQ0FFakQ7SUFDQyxNQUFNLEtBQUssR0FBRyxzQkFBYyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUN2QyxJQUFJLE1BQU0sR0FBRyxLQUFLLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxrQkFBa0IsQ0FBMEIsQ0FBQztJQUNsRixJQUFJLENBQUMsTUFBTTtRQUFFLE1BQU0sR0FBRyxJQUFJLHNCQUFTLENBQUMsS0FBSyxFQUFFLGtCQUFrQixDQUFDLENBQUM7SUFDL0QsTUFBTSxFQUFFLEdBQUcsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDO0lBQ2xGLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLEVBQUUsQ0FBK0MsQ0FBQztJQUN6RixJQUFJLEtBQUs7UUFBRSxPQUFPLEtBQUssQ0FBQztJQUN4QixxQkFBcUIsQ0FBQyxLQUFLLENBQUMsQ0FBQztJQUM3QixPQUFPLElBQUksNEVBQThCLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRTtRQUNwRCxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVE7UUFDcEIsV0FBVyxFQUFFLENBQUMsQ0FBQyxXQUFXO1FBQzFCLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVztRQUMxQixHQUFHLEVBQUUsSUFBQSx5QkFBUyxFQUFDLENBQUMsQ0FBQyxHQUFHLENBQUM7UUFDckIsUUFBUSxFQUFFLE9BQU8sTUFBTSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsV0FBVyxFQUFFLElBQUksQ0FBQyxDQUFDLFFBQVEsRUFBRTtRQUNwRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVE7UUFDcEIsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLGlCQUFpQixJQUFJLFFBQVEsQ0FBQyxDQUFDLENBQUMsU0FBUztRQUMzRSxzR0FBc0c7UUFDdEcsU0FBUyxFQUFFLEtBQUs7UUFDaEIsYUFBYSxFQUFFLElBQUk7S0FDcEIsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELG1HQUFtRztBQUNuRyxTQUFnQixhQUFhLENBQUMsR0FBVyxFQUFFLFFBQTRCLEVBQUUsT0FBZTtJQUN0RixNQUFNLElBQUksR0FBRyxRQUFRLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxTQUFTLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEdBQUcsRUFBRSxJQUFJLGFBQWEsQ0FBQztJQUN0RixNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLHlCQUF5QixFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3pELElBQUksUUFBUTtRQUFFLE9BQU8sUUFBUSxDQUFDO0lBQzlCLE9BQU8sT0FBTyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLFFBQVEsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLE1BQU0sQ0FBQztBQUNoRSxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLFVBQVUsQ0FBQyxLQUFnQixFQUFFLEVBQVUsRUFBRSxDQUV4RDtJQUNDLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxDQUFDLENBQUMsU0FBUyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3hELE9BQU8sSUFBSSwyREFBc0IsQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFO1FBQzNDLFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUTtRQUNwQixXQUFXLEVBQUUsQ0FBQyxDQUFDLFdBQVc7UUFDMUIsV0FBVyxFQUFFLFVBQVU7UUFDdkIsUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO1FBQ3BCLFNBQVMsRUFBRSxFQUFFLFFBQVEsRUFBRSxHQUFHLENBQUMsQ0FBQyxRQUFRLElBQUksSUFBSSxJQUFJLENBQUMsQ0FBQyxTQUFTLElBQUksTUFBTSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUU7UUFDdkYsU0FBUyxFQUFFLEVBQUUsbUJBQW1CLEVBQUUsSUFBSSxFQUFFO0tBQ3pDLENBQUMsQ0FBQztBQUNMLENBQUM7QUFFRCx3SEFBd0g7QUFDeEgsU0FBZ0IsUUFBUSxDQUFDLFFBQWdCLEVBQUUsWUFBb0I7SUFDN0QsT0FBTyxnQkFBZ0IsUUFBUSxJQUFJLFlBQVksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxxQkFBcUIsUUFBUSxJQUFJLENBQUM7QUFDaEcsQ0FBQztBQVNELDZHQUE2RztBQUM3RyxTQUFnQixTQUFTLENBQUMsS0FBaUI7SUFDekMsTUFBTSxHQUFHLEdBQUcsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNuRCxJQUFJLFFBQVEsR0FBRyxFQUFFLENBQUM7SUFDbEIsS0FBSyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxRQUFRLElBQUksR0FBRyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsRUFBRSxDQUFDLEVBQUU7UUFBRSxRQUFRLEdBQUcsYUFBYSxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUM7SUFDekgsTUFBTSxHQUFHLEdBQUcsQ0FBQyw0Q0FBNEMsUUFBUSxHQUFHLEVBQUUsbUJBQW1CLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDL0YsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLEVBQUUsQ0FBQztRQUN0QixHQUFHLENBQUMsSUFBSSxDQUFDLEtBQUssUUFBUSxFQUFFLEVBQUUsaUJBQWlCLENBQUMsQ0FBQyxXQUFXLG1CQUFtQixFQUFFLG1CQUFtQjtRQUM5Riw0Q0FBNEM7UUFDNUMsOEJBQThCLGdCQUFnQixDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLEVBQ2xGLDhDQUE4QyxDQUFDLENBQUMsSUFBSSxHQUFHLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQztJQUM1RSxDQUFDO0lBQ0QsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLFFBQVEsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2hDLE9BQU8sR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUN4QixDQUFDO0FBOENEOzs7Ozs7OztHQVFHO0FBQ0gsU0FBZ0IsS0FBSyxDQUFDLEtBQWdCLEVBQUUsRUFBVSxFQUFFLENBQVM7SUFDM0QscUJBQXFCLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDN0IsTUFBTSxLQUFLLEdBQStCLENBQUM7WUFDekMsU0FBUyxFQUFFLENBQUMsQ0FBQyxpQkFBaUI7WUFDOUIsV0FBVyxFQUFFLENBQUMsQ0FBQyxlQUFlO1lBQzlCLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTztZQUNmLG1CQUFtQixFQUFFLENBQUMsQ0FBQyxVQUFVO1lBQ2pDLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTTtZQUNoQixVQUFVLEVBQUUsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxLQUFLO1lBQ3ZDLE9BQU8sRUFBRSxJQUFJO1lBQ2IsUUFBUSxFQUFFLENBQUMsQ0FBQyxpQkFBaUIsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLGlCQUFpQixDQUFDLFVBQVUsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQy9HLEdBQUcsRUFBRSxDQUFDLENBQUMsaUJBQWlCLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUk7WUFDaEUsTUFBTSxFQUFFLElBQUk7U0FDYixDQUFDLENBQUM7SUFDSCxLQUFLLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxTQUFTLElBQUksRUFBRSxFQUFFLENBQUM7UUFDbEMsS0FBSyxDQUFDLElBQUksQ0FBQztZQUNULFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztZQUN0QixXQUFXLEVBQUUsQ0FBQyxDQUFDLGVBQWU7WUFDOUIsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPO1lBQ2YsVUFBVSxFQUFFLEtBQUs7WUFDakIsT0FBTyxFQUFFLElBQUk7WUFDYixRQUFRLEVBQUUsSUFBSTtZQUNkLEdBQUcsRUFBRSxJQUFJO1lBQ1QsTUFBTSxFQUFFLENBQUMsQ0FBQyxNQUFNO1lBQ2hCLE1BQU0sRUFBRSxJQUFJO1lBQ1osU0FBUyxFQUFFLElBQUk7U0FDaEIsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUNELE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLFdBQVcsSUFBSSxFQUFFLENBQUMsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDO0lBQzdDLE9BQU8sSUFBSSx1REFBb0IsQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFO1FBQ3pDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTtRQUNaLFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUTtRQUNwQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7UUFDWixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU07UUFDaEIsSUFBSSxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDO1FBQ3JCLFdBQVcsRUFBRSxJQUFBLHlCQUFTLEVBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQztRQUNyQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLE9BQU87UUFDbEIsTUFBTSxFQUFFLENBQUMsQ0FBQyxPQUFPO1FBQ2pCLGFBQWEsRUFBRSxJQUFJO1FBQ25CLGNBQWMsRUFBRSxJQUFJO1FBQ3BCLDZGQUE2RjtRQUM3Riw2Q0FBNkM7UUFDN0MsaUJBQWlCLEVBQUUsS0FBSztRQUN4QixVQUFVLEVBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxTQUFTO1FBQzVDLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsU0FBUztRQUNoQyxZQUFZLEVBQUUsb0JBQW9CO1FBQ2xDLGVBQWUsRUFBRSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7UUFDaEMsS0FBSyxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxVQUFVLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsU0FBUyxFQUFFO1FBQ3ZFLEdBQUcsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLE9BQU8sRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUU7UUFDcEQsTUFBTSxFQUFFLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTLEVBQUU7UUFDbEMsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLFFBQVEsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsZUFBZSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7UUFDM0gsSUFBSSxFQUFFLEtBQUs7UUFDWCxPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBWSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsVUFBVSxDQUFDLEVBQUUsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztRQUMxSCxhQUFhLEVBQUUsQ0FBQztnQkFDZCxNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU07Z0JBQ2hCLEtBQUssRUFBRSxRQUFRO2dCQUNmLFFBQVEsRUFBRSxJQUFJO2dCQUNkLE9BQU8sRUFBRSxJQUFJO2dCQUNiLFlBQVksRUFBRSxLQUFLO2dCQUNuQixNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU07YUFDakIsQ0FBQztRQUNGLFlBQVksRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxDQUFDO1FBQ3BDLGNBQWMsRUFBRTtZQUNkLFdBQVcsRUFBRSxDQUFDLENBQUMsZUFBZTtZQUM5QixTQUFTLEVBQUUsTUFBTTtZQUNqQixHQUFHLEVBQUUsQ0FBQyxDQUFDLFVBQVUsSUFBSSxDQUFDLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQyxTQUFTO1lBQ2hGLFFBQVEsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxPQUFPLENBQUMsT0FBTyxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsRUFBRSxDQUFDO1lBQ2xILGNBQWMsRUFBRSxDQUFDLENBQUMsY0FBYztZQUNoQyxjQUFjLEVBQUUsQ0FBQyxDQUFDLGNBQWM7U0FDakM7UUFDRCxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7UUFDdEIsU0FBUyxFQUFFLENBQUMsQ0FBQyxTQUFTO0tBQ3ZCLENBQUMsQ0FBQztBQUNMLENBQUM7QUF5REQ7Ozs7R0FJRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxLQUFnQixFQUFFLENBQWU7SUFDM0QsTUFBTSxNQUFNLEdBQUcsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLFFBQVEsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxXQUFXLEVBQUUsQ0FBQyxDQUFDLFdBQVcsRUFBRSxDQUFDO0lBQ2xGLE1BQU0sTUFBTSxHQUFzQyxFQUFFLENBQUM7SUFDckQsSUFBSSxDQUFDLENBQUMsUUFBUSxDQUFDLE1BQU0sS0FBSyxDQUFDO1FBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxpRUFBaUUsQ0FBQyxDQUFDO0lBQ2hILE1BQU0sSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDM0IsSUFBSSxDQUFDLE9BQU8sQ0FBQztRQUNYLElBQUksRUFBRSxlQUFlO1FBQ3JCLE9BQU8sRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyx1RUFBdUUsQ0FBQyxDQUFDLENBQUMsc0RBQXNEO1FBQ2xKLEtBQUssRUFBRSxDQUFDLENBQUMsUUFBUTtLQUNsQixDQUFDLENBQUM7SUFDSCxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUksRUFBRSxDQUFDO1FBQ3ZCLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSw4RUFBK0IsQ0FBQyxLQUFLLEVBQUUsU0FBUyxHQUFHLENBQUMsSUFBSSxFQUFFLEVBQUU7WUFDMUUsR0FBRyxNQUFNO1lBQ1QsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJO1lBQ2QsT0FBTyxFQUFFLElBQUEseUJBQVMsRUFBQyxHQUFHLENBQUMsT0FBTyxDQUFDO1lBQy9CLElBQUksRUFBRTtnQkFDSixHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7Z0JBQ3RDLEdBQUcsQ0FBQyxHQUFHLENBQUMsT0FBTyxJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQzthQUNyRjtZQUNELFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUztTQUN2QixDQUFDLENBQUMsQ0FBQztJQUNOLENBQUM7SUFDRCxNQUFNLE9BQU8sR0FBRyxJQUFJLGtGQUFpQyxDQUFDLEtBQUssRUFBRSxpQkFBaUIsRUFBRTtRQUM5RSxHQUFHLE1BQU07UUFDVCxPQUFPLEVBQUUsSUFBSTtRQUNiLFdBQVcsRUFBRSxNQUFNO1FBQ25CLFlBQVksRUFBRSxDQUFDLENBQUMsWUFBWTtRQUM1QiwyRkFBMkY7UUFDM0YsUUFBUSxFQUFFLElBQUk7UUFDZCxTQUFTLEVBQUUsSUFBSTtRQUNmLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSTtRQUNaLEdBQUcsRUFBRSxJQUFJO1FBQ1QsSUFBSSxFQUFFLEtBQUs7UUFDWCxVQUFVLEVBQUUsTUFBTTtRQUNsQixXQUFXLEVBQUUsQ0FBQyxDQUFDLFlBQVksS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTztRQUN6RCxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7S0FDdkIsQ0FBQyxDQUFDO0lBQ0gsSUFBSSxLQUFrRCxDQUFDO0lBQ3ZELElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxNQUFNLEVBQUUsQ0FBQztRQUNuQixNQUFNLElBQUksR0FBMEMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUM7WUFDdEUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSxPQUFPLEVBQUUsSUFBQSx5QkFBUyxFQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSTtTQUM3SSxDQUFDLENBQUMsQ0FBQztRQUNKLEtBQUssR0FBRyxJQUFJLDhFQUErQixDQUFDLEtBQUssRUFBRSxlQUFlLEVBQUUsRUFBRSxHQUFHLE1BQU0sRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxTQUFTLElBQUksRUFBRSxDQUFDLEVBQUUsR0FBRyxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDM0ksQ0FBQztJQUNELElBQUEsd0JBQVksRUFBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRTtRQUMzQixJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUk7UUFDWixZQUFZLEVBQUUsQ0FBQyxDQUFDLFlBQVk7UUFDNUIsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJO1FBQ1osUUFBUSxFQUFFLENBQUMsQ0FBQyxRQUFRO1FBQ3BCLE1BQU0sRUFBRSxNQUFNLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxPQUFPLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDekgsS0FBSyxFQUFFLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFnQixFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsTUFBTSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQztRQUMzSCxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7S0FDdkIsQ0FBQyxDQUFDO0lBQ0gsT0FBTyxFQUFFLE9BQU8sRUFBRSxNQUFNLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFDcEMsQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxNQUFNLDBCQUEyQixTQUFRLHlCQUFpQjtJQUN4RCxZQUFZLEtBQWdCLEVBQUUsRUFBVTtRQUN0QyxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRTtZQUNmLHFCQUFxQixFQUFFLGlDQUFxQjtZQUM1QywwQkFBMEIsRUFBRSxFQUFFLFlBQVksRUFBRSxTQUFTLEVBQUUseUJBQXlCLEVBQUUsd0JBQWdCLENBQUMsVUFBVSxFQUFFO1NBQ2hILENBQUMsQ0FBQztJQUNMLENBQUM7SUFFUyxvQkFBb0I7UUFDNUIsT0FBTyxFQUFFLEdBQUcsK0JBQW1CLEVBQUUsQ0FBQztJQUNwQyxDQUFDO0lBRVMsdUJBQXVCO1FBQy9CLE9BQU8sTUFBTSxDQUFDLFdBQVcsQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLCtCQUFtQixDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3JNLENBQUM7Q0FDRjtBQUVEOzs7R0FHRztBQUNILFNBQWdCLHdCQUF3QixDQUFDLEtBQWlCLEVBQUUsSUFBWTtJQUN0RSxJQUFBLHFDQUF5QixFQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztJQUN2QyxJQUFJLElBQUksS0FBSyxTQUFTO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDekMsTUFBTSxLQUFLLEdBQUcsc0JBQWMsQ0FBQyxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDdkMsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsMkJBQTJCLENBQWtDLENBQUM7SUFDcEcsSUFBSSxLQUFLO1FBQUUsT0FBTyxLQUFLLENBQUM7SUFDeEIscUJBQXFCLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDN0IsT0FBTyxJQUFJLDBCQUEwQixDQUFDLEtBQUssRUFBRSwyQkFBMkIsQ0FBQyxDQUFDO0FBQzVFLENBQUM7QUFFRCxvRUFBb0U7QUFDcEUsU0FBZ0IsVUFBVSxDQUFDLENBQVU7SUFDbkMsT0FBTyxhQUFLLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQy9CLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsNEJBQTRCLENBQzFDLEtBQXFCLEVBQUUsQ0FBa0U7SUFFekYsTUFBTSxRQUFRLEdBQUcsQ0FBQyxDQUFvQixFQUFFLEtBQWMsRUFBRSxFQUFFO1FBQ3hELG1GQUFtRjtRQUNuRixJQUFJLEtBQUssS0FBSyxTQUFTO1lBQUUsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxTQUFTLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDeEQsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDLENBQUM7SUFDRixNQUFNLFFBQVEsR0FBRyxRQUFRLENBQUMsSUFBSSx5QkFBaUIsQ0FBQyxLQUFLLEVBQUUsa0JBQWtCLEVBQUU7UUFDekUsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLFdBQVcsRUFBRSx5RkFBeUY7S0FDNUosQ0FBQyxFQUFFLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQztJQUNoQixNQUFNLEtBQUssR0FBRyxRQUFRLENBQUMsSUFBSSx5QkFBaUIsQ0FBQyxLQUFLLEVBQUUsbUJBQW1CLEVBQUU7UUFDdkUsSUFBSSxFQUFFLFFBQVEsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLHVHQUF1RztLQUN0SyxDQUFDLEVBQUUsU0FBUyxDQUFDLENBQUM7SUFDZixNQUFNLFFBQVEsR0FBRyxJQUFJLHlCQUFpQixDQUFDLEtBQUssRUFBRSxrQkFBa0IsRUFBRTtRQUNoRSxJQUFJLEVBQUUsTUFBTSxFQUFFLE9BQU8sRUFBRSxDQUFDLENBQUMsUUFBUSxJQUFJLEtBQUssRUFBRSxXQUFXLEVBQUUsNkRBQTZEO0tBQ3ZILENBQUMsQ0FBQztJQUNILE1BQU0sT0FBTyxHQUFHLElBQUkseUJBQWlCLENBQUMsS0FBSyxFQUFFLHNCQUFzQixFQUFFO1FBQ25FLElBQUksRUFBRSxRQUFRLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQyxXQUFXLElBQUksTUFBTSxFQUFFLFdBQVcsRUFBRSxxRUFBcUU7S0FDckksQ0FBQyxDQUFDO0lBQ0gsT0FBTyxJQUFJLG9DQUFlLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRTtRQUMzQyxRQUFRLEVBQUUsUUFBUSxDQUFDLFdBQVc7UUFDOUIsUUFBUSxFQUFFLEtBQUssQ0FBQyxXQUFXO1FBQzNCLFFBQVEsRUFBRSxRQUFRLENBQUMsWUFBWTtRQUMvQixHQUFHLEVBQUUsRUFBRSxLQUFLLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxPQUFPLENBQUMsV0FBVyxFQUFFO0tBQ3BELENBQUMsQ0FBQztBQUNMLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIEhlbHBlcnMgc2hhcmVkIGJ5IHRoZSBQcm94bW94IGNvbnN0cnVjdHM6IHRoZSBwcm92aWRlciwgdGFncywgZG93bmxvYWRzIHNoYXJlZCBwZXIgbm9kZSxcbiAqIGNsb3VkLWluaXQgc25pcHBldHMsIHRoZSBWTSBhbmQgZmlyZXdhbGwgcmVzb3VyY2VzLCBhZGRyZXNzIGFyaXRobWV0aWMuIE5vdCBleHBvcnRlZCBmcm9tXG4gKiB0aGUgcGFja2FnZS5cbiAqL1xuaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QsIElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IENMVVNURVJfRklSRVdBTExfVFlQRSwgREFUQUNFTlRFUl9GSVJFV0FMTCwgZGVjbGFyZURhdGFjZW50ZXJGaXJld2FsbCwgZGVjbGFyZUd1ZXN0LCBEZWNsYXJlZFJ1bGUgfSBmcm9tICcuL2lzb2xhdGlvbic7XG5pbXBvcnQgeyBJVGVycmFmb3JtRGVwZW5kYWJsZSwgVGVycmFmb3JtUmVzb3VyY2UsIFRlcnJhZm9ybVJlc291cmNlTGlmZWN5Y2xlLCBUZXJyYWZvcm1TdGFjaywgVGVycmFmb3JtVmFyaWFibGUsIFRva2VuIH0gZnJvbSAnLi4vLi4vdGVycmFmb3JtL2Nka3RmJztcbmltcG9ydCB7IHRmTGl0ZXJhbCB9IGZyb20gJy4uLy4uL3RlcnJhZm9ybS9wZXJtaXQtY29tbW9uJztcbmltcG9ydCB7IFByb3htb3hQcm92aWRlciwgUHJveG1veFByb3ZpZGVyQ29uZmlnIH0gZnJvbSAnLi4vZ2VuZXJhdGVkL3Byb3ZpZGVyLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnREb3dubG9hZEZpbGUgfSBmcm9tICcuLi9nZW5lcmF0ZWQvdmlydHVhbC1lbnZpcm9ubWVudC1kb3dubG9hZC1maWxlLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnRGaWxlIH0gZnJvbSAnLi4vZ2VuZXJhdGVkL3ZpcnR1YWwtZW52aXJvbm1lbnQtZmlsZS5nZW5lcmF0ZWQnO1xuaW1wb3J0IHsgVmlydHVhbEVudmlyb25tZW50RmlyZXdhbGxJcHNldCB9IGZyb20gJy4uL2dlbmVyYXRlZC92aXJ0dWFsLWVudmlyb25tZW50LWZpcmV3YWxsLWlwc2V0LmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbE9wdGlvbnMgfSBmcm9tICcuLi9nZW5lcmF0ZWQvdmlydHVhbC1lbnZpcm9ubWVudC1maXJld2FsbC1vcHRpb25zLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbFJ1bGVzLCBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbFJ1bGVzUnVsZSB9IGZyb20gJy4uL2dlbmVyYXRlZC92aXJ0dWFsLWVudmlyb25tZW50LWZpcmV3YWxsLXJ1bGVzLmdlbmVyYXRlZCc7XG5pbXBvcnQgeyBWaXJ0dWFsRW52aXJvbm1lbnRWbSwgVmlydHVhbEVudmlyb25tZW50Vm1EaXNrIH0gZnJvbSAnLi4vZ2VuZXJhdGVkL3ZpcnR1YWwtZW52aXJvbm1lbnQtdm0uZ2VuZXJhdGVkJztcblxuLyoqIFRoZSBwcm92aWRlciB0aGUgYmluZGluZ3Mgd2VyZSBnZW5lcmF0ZWQgZm9yLiAqL1xuZXhwb3J0IGNvbnN0IFBST1hNT1hfUFJPVklERVIgPSB7IHNvdXJjZTogJ2JwZy9wcm94bW94JywgdmVyc2lvbjogJzAuMTExLjEnLCBjb25zdHJhaW50OiAnfj4gMC4xMTEuMCcgfSBhcyBjb25zdDtcblxuLyoqIE1hcmtlciBvbiBldmVyeSByZXNvdXJjZSB0aGlzIGxpYnJhcnkgd3JpdGVzIChhIFByb3htb3ggdGFnKS4gKi9cbmV4cG9ydCBjb25zdCBNQU5BR0VEX1RBRyA9ICdyd3MnO1xuXG4vKipcbiAqIFRoZSBzdGFjaydzIGRlZmF1bHQgcHJveG1veCBwcm92aWRlcjsgb25lIGlzIGNyZWF0ZWQgYXQgdGhlIHN0YWNrJ3MgdG9wIGxldmVsIHdoZW4gdGhlXG4gKiBzdGFjayBoYXMgbm9uZSAoaXQgdGhlbiByZWFkcyBQUk9YTU9YX1ZFX0VORFBPSU5ULCBQUk9YTU9YX1ZFX0FQSV9UT0tFTiwgLi4uIGZyb20gdGhlXG4gKiBlbnZpcm9ubWVudCksIHNvIHRoYXQgYHJlcXVpcmVkX3Byb3ZpZGVyc2AgYWx3YXlzIG5hbWVzIGJwZy9wcm94bW94LlxuICovXG5leHBvcnQgZnVuY3Rpb24gZW5zdXJlUHJveG1veFByb3ZpZGVyKHNjb3BlOiBJQ29uc3RydWN0LCBjb25maWc6IFByb3htb3hQcm92aWRlckNvbmZpZyA9IHt9KTogUHJveG1veFByb3ZpZGVyIHtcbiAgY29uc3Qgc3RhY2sgPSBUZXJyYWZvcm1TdGFjay5vZihzY29wZSk7XG4gIGNvbnN0IGZvdW5kID0gc3RhY2suYWxsUHJvdmlkZXJzKCkuZmluZCgocCkgPT4gcC50ZXJyYWZvcm1SZXNvdXJjZVR5cGUgPT09ICdwcm94bW94JyAmJiBwLmFsaWFzID09PSB1bmRlZmluZWQpO1xuICBpZiAoZm91bmQpIHJldHVybiBmb3VuZCBhcyBQcm94bW94UHJvdmlkZXI7XG4gIHJldHVybiBuZXcgUHJveG1veFByb3ZpZGVyKHN0YWNrLCAncHJveG1veCcsIGNvbmZpZyk7XG59XG5cbmNvbnN0IFRBRyA9IC9eW2EtejAtOV9dW2EtejAtOV8rLi1dKiQvO1xuXG4vKipcbiAqIEEgUHJveG1veCB0YWcgZnJvbSBhbnkgdGV4dCwgaW4gbG93ZXIgY2FzZTogY2hhcmFjdGVycyBvdXRzaWRlIGBbYS16MC05XysuLV1gIGJlY29tZSBgLWA7XG4gKiB3aGVuIGFueXRoaW5nIGJ1dCB0aGUgY2FzZSBjaGFuZ2VkIChvciBpdCBpcyBsb25nZXIgdGhhbiA2MCkgdGhlIGZpcnN0IDggaGV4IGRpZ2l0cyBvZiBpdHNcbiAqIFNIQS0yNTYgYXJlIGFwcGVuZGVkLCBzbyB0d28gZGlmZmVyZW50IHRleHRzIG5ldmVyIHNoYXJlIGEgdGFnLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJveG1veFRhZyhyYXc6IHN0cmluZyk6IHN0cmluZyB7XG4gIC8vIFByb3htb3ggY29tcGFyZXMgdGFncyBjYXNlLWluc2Vuc2l0aXZlbHk6IGxvd2VyIGNhc2UgaXMgdGhlIHNhbWUgdGFnLlxuICBjb25zdCBsb3dlciA9IHJhdy50b0xvd2VyQ2FzZSgpO1xuICBpZiAobG93ZXIubGVuZ3RoIDw9IDYwICYmIFRBRy50ZXN0KGxvd2VyKSkgcmV0dXJuIGxvd2VyO1xuICBjb25zdCBoYXNoID0gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShyYXcpLmRpZ2VzdCgnaGV4Jykuc2xpY2UoMCwgOCk7XG4gIGNvbnN0IGNsZWFuZWQgPSByYXcudG9Mb3dlckNhc2UoKS5yZXBsYWNlKC9bXmEtejAtOV8rLi1dKy9nLCAnLScpLnJlcGxhY2UoL15bXmEtejAtOV9dKy8sICcnKS5yZXBsYWNlKC9bXmEtejAtOV9dKyQvLCAnJykuc2xpY2UoMCwgNTApLnJlcGxhY2UoL1stKy5dKyQvLCAnJyk7XG4gIHJldHVybiBjbGVhbmVkID8gYCR7Y2xlYW5lZH0tJHtoYXNofWAgOiBoYXNoO1xufVxuXG4vKiogV2hldGhlciBhIHRleHQgaXMgYSB2YWxpZCBQcm94bW94IHRhZyBhcyBpdCBzdGFuZHMuICovXG5leHBvcnQgZnVuY3Rpb24gaXNQcm94bW94VGFnKHM6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gcy5sZW5ndGggPD0gNjAgJiYgVEFHLnRlc3Qocyk7XG59XG5cbi8qKiBTb3J0ZWQsIHVuaXF1ZSB0YWdzIChQcm94bW94IHNvcnRzIHRoZW0gdG9vLCBzbyBUZXJyYWZvcm0gc2VlcyBubyBkcmlmdCkuICovXG5leHBvcnQgZnVuY3Rpb24gdGFnTGlzdCh0YWdzOiBzdHJpbmdbXSk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsuLi5uZXcgU2V0KHRhZ3MpXS5zb3J0KCk7XG59XG5cbi8qKiBTSEEtMjU2IG9mIGEgdGV4dCwgaGV4LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoYTI1Nih0ZXh0OiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSh0ZXh0KS5kaWdlc3QoJ2hleCcpO1xufVxuXG4vKiogQSBzdHJpbmcgc2FmZSBmb3IgYSBUZXJyYWZvcm0gaWQgcGFydDogbGV0dGVycywgZGlnaXRzLCBgLWAgYW5kIGBfYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpZFBhcnQoczogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHMucmVwbGFjZSgvW15BLVphLXowLTlfLV0rL2csICctJyk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gQWRkcmVzc2VzXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuY29uc3QgSVBWNCA9IC9eKDI1WzAtNV18MlswLTRdXFxkfDFcXGRcXGR8WzEtOV0/XFxkKShcXC4oMjVbMC01XXwyWzAtNF1cXGR8MVxcZFxcZHxbMS05XT9cXGQpKXszfSQvO1xuXG4vKiogV2hldGhlciBhIHRleHQgaXMgYW4gSVB2NCBhZGRyZXNzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzSXB2NChzOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIElQVjQudGVzdChzKTtcbn1cblxuLyoqIFdoZXRoZXIgYSB0ZXh0IGlzIGFuIElQdjYgYWRkcmVzcyAobG9vc2VseTogaGV4IGdyb3VwcyBhbmQgY29sb25zLCBhdCBtb3N0IG9uZSBgOjpgKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0lwdjYoczogc3RyaW5nKTogYm9vbGVhbiB7XG4gIHJldHVybiAvXlswLTlhLWY6XSskL2kudGVzdChzKSAmJiBzLmluY2x1ZGVzKCc6JykgJiYgKHMubWF0Y2goLzo6L2cpID8/IFtdKS5sZW5ndGggPD0gMSAmJiBzLnNwbGl0KCc6JykuZXZlcnkoKGcpID0+IGcubGVuZ3RoIDw9IDQpO1xufVxuXG4vKiogV2hldGhlciBhIHRleHQgaXMgYW4gSVAgYWRkcmVzcyBvciBhIENJRFIgb2Ygb25lICh3aGF0IGEgUHJveG1veCBmaXJld2FsbCBydWxlIGFjY2VwdHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzQWRkcmVzc09yQ2lkcihzOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgW2FkZHIsIHByZWZpeCwgZXh0cmFdID0gcy5zcGxpdCgnLycpO1xuICBpZiAoZXh0cmEgIT09IHVuZGVmaW5lZCkgcmV0dXJuIGZhbHNlO1xuICBpZiAoaXNJcHY0KGFkZHIpKSByZXR1cm4gcHJlZml4ID09PSB1bmRlZmluZWQgfHwgKC9eXFxkezEsMn0kLy50ZXN0KHByZWZpeCkgJiYgTnVtYmVyKHByZWZpeCkgPD0gMzIpO1xuICBpZiAoaXNJcHY2KGFkZHIpKSByZXR1cm4gcHJlZml4ID09PSB1bmRlZmluZWQgfHwgKC9eXFxkezEsM30kLy50ZXN0KHByZWZpeCkgJiYgTnVtYmVyKHByZWZpeCkgPD0gMTI4KTtcbiAgcmV0dXJuIGZhbHNlO1xufVxuXG4vKiogQW4gSVB2NCBhZGRyZXNzIGFzIGEgbnVtYmVyLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlwdjRUb051bWJlcihzOiBzdHJpbmcpOiBudW1iZXIge1xuICByZXR1cm4gcy5zcGxpdCgnLicpLnJlZHVjZSgoYWNjLCBwKSA9PiBhY2MgKiAyNTYgKyBOdW1iZXIocCksIDApO1xufVxuXG4vKiogQSBudW1iZXIgYXMgYW4gSVB2NCBhZGRyZXNzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG51bWJlclRvSXB2NChuOiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gWzI0LCAxNiwgOCwgMF0ubWFwKChzaCkgPT4gTWF0aC5mbG9vcihuIC8gMiAqKiBzaCkgJSAyNTYpLmpvaW4oJy4nKTtcbn1cblxuLyoqIEFuIElQdjQgbmV0d29yayBgYS5iLmMuZC9wYCwgcGFyc2VkOyB1bmRlZmluZWQgd2hlbiBpdCBpcyBub3Qgb25lIChob3N0IGJpdHMgc2V0IGluY2x1ZGVkKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUlwdjROZXR3b3JrKGNpZHI6IHN0cmluZyk6IHsgYmFzZTogbnVtYmVyOyBwcmVmaXg6IG51bWJlcjsgc2l6ZTogbnVtYmVyIH0gfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL14oW1xcZC5dKylcXC8oXFxkezEsMn0pJC8uZXhlYyhjaWRyKTtcbiAgaWYgKCFtIHx8ICFpc0lwdjQobVsxXSkpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IHByZWZpeCA9IE51bWJlcihtWzJdKTtcbiAgaWYgKHByZWZpeCA+IDMwIHx8IHByZWZpeCA8IDgpIHJldHVybiB1bmRlZmluZWQ7XG4gIGNvbnN0IGJhc2UgPSBpcHY0VG9OdW1iZXIobVsxXSk7XG4gIGNvbnN0IHNpemUgPSAyICoqICgzMiAtIHByZWZpeCk7XG4gIGlmIChiYXNlICUgc2l6ZSAhPT0gMCkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIHsgYmFzZSwgcHJlZml4LCBzaXplIH07XG59XG5cbi8qKiBgYWRkcmVzcy9wcmVmaXhgIG9mIGhvc3QgYG9mZnNldGAgaW4gYSBuZXR3b3JrLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGhvc3RJbk5ldHdvcmsobmV0OiB7IGJhc2U6IG51bWJlcjsgcHJlZml4OiBudW1iZXIgfSwgb2Zmc2V0OiBudW1iZXIpOiBzdHJpbmcge1xuICByZXR1cm4gYCR7bnVtYmVyVG9JcHY0KG5ldC5iYXNlICsgb2Zmc2V0KX0vJHtuZXQucHJlZml4fWA7XG59XG5cbi8qKiBXaGV0aGVyIGFuIElQdjQgYWRkcmVzcyBsaWVzIGluIGEgbmV0d29yayAoYW5kIGlzIG5laXRoZXIgaXRzIG5ldHdvcmsgbm9yIGJyb2FkY2FzdCBhZGRyZXNzKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0hvc3RPZihuZXQ6IHsgYmFzZTogbnVtYmVyOyBzaXplOiBudW1iZXIgfSwgaXA6IHN0cmluZyk6IGJvb2xlYW4ge1xuICBpZiAoIWlzSXB2NChpcCkpIHJldHVybiBmYWxzZTtcbiAgY29uc3QgbiA9IGlwdjRUb051bWJlcihpcCk7XG4gIHJldHVybiBuID4gbmV0LmJhc2UgJiYgbiA8IG5ldC5iYXNlICsgbmV0LnNpemUgLSAxO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIERvd25sb2FkcyBhbmQgc25pcHBldHNcbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4vKipcbiAqIE9uZSBkb3dubG9hZCAoY2xvdWQgaW1hZ2Ugb3IgY29udGFpbmVyIHRlbXBsYXRlKSBwZXIgbm9kZSwgZGF0YXN0b3JlIGFuZCBmaWxlLCBwZXIgc3RhY2suXG4gKiBUaGUgZmlsZSBuYW1lIHN0YXJ0cyB3aXRoIGByd3MtPHN0YWNrPi1gOiBhIGRhdGFzdG9yZSdzIGZpbGUgbmFtZXMgYXJlIGdsb2JhbCwgYW5kIGVhY2hcbiAqIHN0YWNrIG11c3Qgb3duIChhbmQgbWF5IGRlbGV0ZSkgb25seSBpdHMgb3duIGNvcHkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaGFyZWREb3dubG9hZChzY29wZTogSUNvbnN0cnVjdCwgbzoge1xuICBub2RlTmFtZTogc3RyaW5nOyBkYXRhc3RvcmVJZDogc3RyaW5nOyB1cmw6IHN0cmluZzsgZmlsZU5hbWU6IHN0cmluZzsgY29udGVudFR5cGU6IHN0cmluZzsgY2hlY2tzdW0/OiBzdHJpbmc7IGNoZWNrc3VtQWxnb3JpdGhtPzogc3RyaW5nO1xufSk6IFZpcnR1YWxFbnZpcm9ubWVudERvd25sb2FkRmlsZSB7XG4gIGNvbnN0IHN0YWNrID0gVGVycmFmb3JtU3RhY2sub2Yoc2NvcGUpO1xuICBsZXQgaG9sZGVyID0gc3RhY2subm9kZS50cnlGaW5kQ2hpbGQoJ1Byb3htb3hEb3dubG9hZHMnKSBhcyBDb25zdHJ1Y3QgfCB1bmRlZmluZWQ7XG4gIGlmICghaG9sZGVyKSBob2xkZXIgPSBuZXcgQ29uc3RydWN0KHN0YWNrLCAnUHJveG1veERvd25sb2FkcycpO1xuICBjb25zdCBpZCA9IGAke2lkUGFydChvLm5vZGVOYW1lKX0tJHtpZFBhcnQoby5kYXRhc3RvcmVJZCl9LSR7aWRQYXJ0KG8uZmlsZU5hbWUpfWA7XG4gIGNvbnN0IGZvdW5kID0gaG9sZGVyLm5vZGUudHJ5RmluZENoaWxkKGlkKSBhcyBWaXJ0dWFsRW52aXJvbm1lbnREb3dubG9hZEZpbGUgfCB1bmRlZmluZWQ7XG4gIGlmIChmb3VuZCkgcmV0dXJuIGZvdW5kO1xuICBlbnN1cmVQcm94bW94UHJvdmlkZXIoc2NvcGUpO1xuICByZXR1cm4gbmV3IFZpcnR1YWxFbnZpcm9ubWVudERvd25sb2FkRmlsZShob2xkZXIsIGlkLCB7XG4gICAgbm9kZU5hbWU6IG8ubm9kZU5hbWUsXG4gICAgZGF0YXN0b3JlSWQ6IG8uZGF0YXN0b3JlSWQsXG4gICAgY29udGVudFR5cGU6IG8uY29udGVudFR5cGUsXG4gICAgdXJsOiB0ZkxpdGVyYWwoby51cmwpLFxuICAgIGZpbGVOYW1lOiBgcndzLSR7aWRQYXJ0KHN0YWNrLm5vZGUuaWQpLnRvTG93ZXJDYXNlKCl9LSR7by5maWxlTmFtZX1gLFxuICAgIGNoZWNrc3VtOiBvLmNoZWNrc3VtLFxuICAgIGNoZWNrc3VtQWxnb3JpdGhtOiBvLmNoZWNrc3VtID8gby5jaGVja3N1bUFsZ29yaXRobSA/PyAnc2hhMjU2JyA6IHVuZGVmaW5lZCxcbiAgICAvLyBBIG5ld2VyIGltYWdlIGF0IHRoZSBzYW1lIFVSTCBpcyBub3QgZG93bmxvYWRlZCBhZ2Fpbjogd29ya3NwYWNlcyBhcmUgbm90IHJlYnVpbHQgYmVoaW5kIHlvdXIgYmFjay5cbiAgICBvdmVyd3JpdGU6IGZhbHNlLFxuICAgIHVwbG9hZFRpbWVvdXQ6IDE4MDAsXG4gIH0pO1xufVxuXG4vKiogVGhlIGZpbGUgbmFtZSBvZiBhIGRvd25sb2FkZWQgaW1hZ2UgZm9yIGEgY29udGVudCB0eXBlOiBgLnFjb3cyYCBmb3IgaW1wb3J0LCBgLmltZ2AgZm9yIGlzby4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbWFnZUZpbGVOYW1lKHVybDogc3RyaW5nLCBmaWxlTmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkLCBjb250ZW50OiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCBiYXNlID0gZmlsZU5hbWUgPz8gdXJsLnJlcGxhY2UoL1s/I10uKiQvLCAnJykuc3BsaXQoJy8nKS5wb3AoKSA/PyAnaW1hZ2UucWNvdzInO1xuICBjb25zdCBzdGVtID0gYmFzZS5yZXBsYWNlKC9cXC4oaW1nfHFjb3cyfHJhd3xpc28pJC9pLCAnJyk7XG4gIGlmIChmaWxlTmFtZSkgcmV0dXJuIGZpbGVOYW1lO1xuICByZXR1cm4gY29udGVudCA9PT0gJ2ltcG9ydCcgPyBgJHtzdGVtfS5xY293MmAgOiBgJHtzdGVtfS5pbWdgO1xufVxuXG4vKipcbiAqIEEgY2xvdWQtaW5pdCBzbmlwcGV0IChvciBob29rIHNjcmlwdCkgb24gYSBub2RlJ3Mgc25pcHBldCBkYXRhc3RvcmUuIFRoZSBmaWxlIG5hbWUgY2FycmllcyBhXG4gKiBoYXNoIG9mIHRoZSBjb250ZW50LCBhbmQgdGhlIG9sZCBmaWxlIGlzIHJlbW92ZWQgb25seSBhZnRlciB0aGUgbmV3IG9uZSBleGlzdHMsIHNvIGFcbiAqIGNoYW5nZWQgc25pcHBldCBpcyBhIG5ldyBmaWxlIHRoZSBWTSBzd2l0Y2hlcyB0by5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkZFNuaXBwZXQoc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgbzoge1xuICBub2RlTmFtZTogc3RyaW5nOyBkYXRhc3RvcmVJZDogc3RyaW5nOyBiYXNlTmFtZTogc3RyaW5nOyBkYXRhOiBzdHJpbmc7IGhhc2hJbnB1dD86IHN0cmluZzsgZmlsZU1vZGU/OiBzdHJpbmc7IGV4dGVuc2lvbj86IHN0cmluZztcbn0pOiBWaXJ0dWFsRW52aXJvbm1lbnRGaWxlIHtcbiAgY29uc3QgaGFzaCA9IHNoYTI1NihvLmhhc2hJbnB1dCA/PyBvLmRhdGEpLnNsaWNlKDAsIDEyKTtcbiAgcmV0dXJuIG5ldyBWaXJ0dWFsRW52aXJvbm1lbnRGaWxlKHNjb3BlLCBpZCwge1xuICAgIG5vZGVOYW1lOiBvLm5vZGVOYW1lLFxuICAgIGRhdGFzdG9yZUlkOiBvLmRhdGFzdG9yZUlkLFxuICAgIGNvbnRlbnRUeXBlOiAnc25pcHBldHMnLFxuICAgIGZpbGVNb2RlOiBvLmZpbGVNb2RlLFxuICAgIHNvdXJjZVJhdzogeyBmaWxlTmFtZTogYCR7by5iYXNlTmFtZX0tJHtoYXNofS4ke28uZXh0ZW5zaW9uID8/ICd5YW1sJ31gLCBkYXRhOiBvLmRhdGEgfSxcbiAgICBsaWZlY3ljbGU6IHsgY3JlYXRlQmVmb3JlRGVzdHJveTogdHJ1ZSB9LFxuICB9KTtcbn1cblxuLyoqIGNsb3VkLWluaXQgbWV0YS1kYXRhOiB0aGUgaW5zdGFuY2UgaWQgY2hhbmdlcyB3aXRoIHRoZSB1c2VyLWRhdGEsIHNvIGEgbmV3IHVzZXItZGF0YSBpcyBhcHBsaWVkIGF0IHRoZSBuZXh0IGJvb3QuICovXG5leHBvcnQgZnVuY3Rpb24gbWV0YURhdGEoaG9zdG5hbWU6IHN0cmluZywgdXNlckRhdGFIYXNoOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gYGluc3RhbmNlLWlkOiAke2hvc3RuYW1lfS0ke3VzZXJEYXRhSGFzaC5zbGljZSgwLCAxMil9XFxubG9jYWwtaG9zdG5hbWU6ICR7aG9zdG5hbWV9XFxuYDtcbn1cblxuLyoqIEEgcGFydCBvZiBhIG11bHRpcGFydCB1c2VyLWRhdGEgbWVzc2FnZS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTWltZVBhcnQge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGNvbnRlbnRUeXBlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGNvbnRlbnQ6IHN0cmluZztcbn1cblxuLyoqIEEgTUlNRSBtdWx0aXBhcnQvbWl4ZWQgbWVzc2FnZSBhcyBjbG91ZC1pbml0IHJlYWRzIGl0LCB3aXRoIGEgYm91bmRhcnkgdGhhdCBuZXZlciBvY2N1cnMgaW4gdGhlIHBhcnRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG11bHRpcGFydChwYXJ0czogTWltZVBhcnRbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGFsbCA9IHBhcnRzLm1hcCgocCkgPT4gcC5jb250ZW50KS5qb2luKCdcXG4nKTtcbiAgbGV0IGJvdW5kYXJ5ID0gJyc7XG4gIGZvciAobGV0IGkgPSAwOyAhYm91bmRhcnkgfHwgYWxsLmluY2x1ZGVzKGJvdW5kYXJ5KTsgaSsrKSBib3VuZGFyeSA9IGA9PVJXUy1QVkUtJHtzaGEyNTYoYCR7aX06JHthbGx9YCkuc2xpY2UoMCwgMjApfT09YDtcbiAgY29uc3Qgb3V0ID0gW2BDb250ZW50LVR5cGU6IG11bHRpcGFydC9taXhlZDsgYm91bmRhcnk9XCIke2JvdW5kYXJ5fVwiYCwgJ01JTUUtVmVyc2lvbjogMS4wJywgJyddO1xuICBmb3IgKGNvbnN0IHAgb2YgcGFydHMpIHtcbiAgICBvdXQucHVzaChgLS0ke2JvdW5kYXJ5fWAsIGBDb250ZW50LVR5cGU6ICR7cC5jb250ZW50VHlwZX07IGNoYXJzZXQ9XCJ1dGYtOFwiYCwgJ01JTUUtVmVyc2lvbjogMS4wJyxcbiAgICAgIC8vIGVzbGludC1kaXNhYmxlLW5leHQtbGluZSBuby1jb250cm9sLXJlZ2V4XG4gICAgICBgQ29udGVudC1UcmFuc2Zlci1FbmNvZGluZzogJHsvXltcXHgwMC1cXHg3Zl0qJC8udGVzdChwLmNvbnRlbnQpID8gJzdiaXQnIDogJzhiaXQnfWAsXG4gICAgICBgQ29udGVudC1EaXNwb3NpdGlvbjogYXR0YWNobWVudDsgZmlsZW5hbWU9XCIke3AubmFtZX1cImAsICcnLCBwLmNvbnRlbnQpO1xuICB9XG4gIG91dC5wdXNoKGAtLSR7Ym91bmRhcnl9LS1gLCAnJyk7XG4gIHJldHVybiBvdXQuam9pbignXFxuJyk7XG59XG5cbi8vIC0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuLy8gVmlydHVhbCBtYWNoaW5lc1xuLy8gLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tXG5cbi8qKiBBIGRhdGEgZGlzayBvZiBhIFZNLiAqL1xuZXhwb3J0IGludGVyZmFjZSBWbURhdGFEaXNrIHtcbiAgcmVhZG9ubHkgaW50ZXJmYWNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNpemVHaUI6IG51bWJlcjtcbiAgcmVhZG9ubHkgc2VyaWFsOiBzdHJpbmc7XG59XG5cbi8qKiBFdmVyeXRoaW5nIHRoZSBWTSBidWlsZGVyIG5lZWRzLCBkZWNpZGVkIGJ5IHRoZSBjb25zdHJ1Y3QuICovXG5leHBvcnQgaW50ZXJmYWNlIFZtU3BlYyB7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbm9kZU5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgdm1JZD86IG51bWJlcjtcbiAgcmVhZG9ubHkgcG9vbElkPzogc3RyaW5nO1xuICByZWFkb25seSB0YWdzOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgZGVzY3JpcHRpb246IHN0cmluZztcbiAgcmVhZG9ubHkgc3RhcnRlZDogYm9vbGVhbjtcbiAgcmVhZG9ubHkgY29yZXM6IG51bWJlcjtcbiAgcmVhZG9ubHkgbWVtb3J5TWlCOiBudW1iZXI7XG4gIHJlYWRvbmx5IGNwdVR5cGU6IHN0cmluZztcbiAgcmVhZG9ubHkgZGlza0RhdGFzdG9yZUlkOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGRpc2tHaUI6IG51bWJlcjtcbiAgcmVhZG9ubHkgYm9vdERpc2tJbnRlcmZhY2U6IHN0cmluZztcbiAgLyoqIGBpbXBvcnRfZnJvbWAgKGltcG9ydCBjb250ZW50KSBvciBgZmlsZV9pZGAgKGlzbyBjb250ZW50KSBvZiBhIGRvd25sb2FkZWQgaW1hZ2UuICovXG4gIHJlYWRvbmx5IGltcG9ydEZyb20/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IGZpbGVJZD86IHN0cmluZztcbiAgcmVhZG9ubHkgY2xvbmU/OiB7IHZtSWQ6IG51bWJlcjsgbm9kZU5hbWU/OiBzdHJpbmcgfTtcbiAgcmVhZG9ubHkgZGF0YURpc2tzPzogVm1EYXRhRGlza1tdO1xuICByZWFkb25seSBicmlkZ2U6IHN0cmluZztcbiAgcmVhZG9ubHkgdmxhbklkPzogbnVtYmVyO1xuICByZWFkb25seSBhZGRyZXNzPzogeyBhZGRyZXNzOiBzdHJpbmc7IGdhdGV3YXk/OiBzdHJpbmcgfTtcbiAgcmVhZG9ubHkgZG5zU2VydmVycz86IHN0cmluZ1tdO1xuICByZWFkb25seSB1c2VyRGF0YUZpbGVJZDogc3RyaW5nO1xuICByZWFkb25seSBtZXRhRGF0YUZpbGVJZDogc3RyaW5nO1xuICByZWFkb25seSBwY2lNYXBwaW5ncz86IHN0cmluZ1tdO1xuICByZWFkb25seSBndWVzdEFnZW50OiBib29sZWFuO1xuICByZWFkb25seSBwcm90ZWN0RGF0YT86IGJvb2xlYW47XG4gIHJlYWRvbmx5IGxpZmVjeWNsZT86IFRlcnJhZm9ybVJlc291cmNlTGlmZWN5Y2xlO1xuICByZWFkb25seSBkZXBlbmRzT24/OiBJVGVycmFmb3JtRGVwZW5kYWJsZVtdO1xufVxuXG4vKipcbiAqIEEgYHByb3htb3hfdmlydHVhbF9lbnZpcm9ubWVudF92bWAuIFN0b3BwZWQgVk1zIChgc3RhcnRlZCA9IGZhbHNlYCkgZG8gbm90IHN0YXJ0IGF0IGJvb3RcbiAqIGVpdGhlci4gTm90ZXMgb24gdGhlIHByb3ZpZGVyJ3MgYmVoYXZpb3VyOlxuICogLSBgbmV0d29ya19kZXZpY2VgIGlzIGEgbGlzdChvYmplY3QpIGF0dHJpYnV0ZTogZXZlcnkga2V5IGlzIHdyaXR0ZW4gKHRoZSBiaW5kaW5nIHdyaXRlc1xuICogICBudWxsIGZvciB1bnNldCBvbmVzKTsgYGVuYWJsZWRgIGFuZCBgZGlzY29ubmVjdGVkYCBhcmUgc2V0IGV4cGxpY2l0bHkgYmVjYXVzZSB0aGUgU0RLdjJcbiAqICAgcHJvdmlkZXIgcmVhZHMgYSBudWxsIGJvb2xlYW4gb2Ygc3VjaCBhbiBvYmplY3QgYXMgZmFsc2UgKGEgZGlzYWJsZWQgaW50ZXJmYWNlKS5cbiAqIC0gYHN0b3Bfb25fZGVzdHJveWA6IGNsb3VkIGltYWdlcyBoYXZlIG5vIGd1ZXN0IGFnZW50LCBzbyBhIHNodXRkb3duIGNvdWxkIHdhaXQgZm9yZXZlci5cbiAqIC0gYHJlYm9vdF9hZnRlcl91cGRhdGUgPSBmYWxzZWA6IGNvbmZpZ3VyYXRpb24gdGhhdCBuZWVkcyBhIHJlYm9vdCB3YWl0cyBmb3IgdGhlIG5leHQgb25lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gYWRkVm0oc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgczogVm1TcGVjKTogVmlydHVhbEVudmlyb25tZW50Vm0ge1xuICBlbnN1cmVQcm94bW94UHJvdmlkZXIoc2NvcGUpO1xuICBjb25zdCBkaXNrczogVmlydHVhbEVudmlyb25tZW50Vm1EaXNrW10gPSBbe1xuICAgIGludGVyZmFjZTogcy5ib290RGlza0ludGVyZmFjZSxcbiAgICBkYXRhc3RvcmVJZDogcy5kaXNrRGF0YXN0b3JlSWQsXG4gICAgc2l6ZTogcy5kaXNrR2lCLFxuICAgIGltcG9ydEZyb21BdHRyaWJ1dGU6IHMuaW1wb3J0RnJvbSxcbiAgICBmaWxlSWQ6IHMuZmlsZUlkLFxuICAgIGZpbGVGb3JtYXQ6IHMuY2xvbmUgPyB1bmRlZmluZWQgOiAncmF3JyxcbiAgICBkaXNjYXJkOiAnb24nLFxuICAgIGlvdGhyZWFkOiBzLmJvb3REaXNrSW50ZXJmYWNlLnN0YXJ0c1dpdGgoJ3Njc2knKSB8fCBzLmJvb3REaXNrSW50ZXJmYWNlLnN0YXJ0c1dpdGgoJ3ZpcnRpbycpID8gdHJ1ZSA6IHVuZGVmaW5lZCxcbiAgICBzc2Q6IHMuYm9vdERpc2tJbnRlcmZhY2Uuc3RhcnRzV2l0aCgndmlydGlvJykgPyB1bmRlZmluZWQgOiB0cnVlLFxuICAgIGJhY2t1cDogdHJ1ZSxcbiAgfV07XG4gIGZvciAoY29uc3QgZCBvZiBzLmRhdGFEaXNrcyA/PyBbXSkge1xuICAgIGRpc2tzLnB1c2goe1xuICAgICAgaW50ZXJmYWNlOiBkLmludGVyZmFjZSxcbiAgICAgIGRhdGFzdG9yZUlkOiBzLmRpc2tEYXRhc3RvcmVJZCxcbiAgICAgIHNpemU6IGQuc2l6ZUdpQixcbiAgICAgIGZpbGVGb3JtYXQ6ICdyYXcnLFxuICAgICAgZGlzY2FyZDogJ29uJyxcbiAgICAgIGlvdGhyZWFkOiB0cnVlLFxuICAgICAgc3NkOiB0cnVlLFxuICAgICAgc2VyaWFsOiBkLnNlcmlhbCxcbiAgICAgIGJhY2t1cDogdHJ1ZSxcbiAgICAgIHJlcGxpY2F0ZTogdHJ1ZSxcbiAgICB9KTtcbiAgfVxuICBjb25zdCBncHUgPSAocy5wY2lNYXBwaW5ncyA/PyBbXSkubGVuZ3RoID4gMDtcbiAgcmV0dXJuIG5ldyBWaXJ0dWFsRW52aXJvbm1lbnRWbShzY29wZSwgaWQsIHtcbiAgICBuYW1lOiBzLm5hbWUsXG4gICAgbm9kZU5hbWU6IHMubm9kZU5hbWUsXG4gICAgdm1JZDogcy52bUlkLFxuICAgIHBvb2xJZDogcy5wb29sSWQsXG4gICAgdGFnczogdGFnTGlzdChzLnRhZ3MpLFxuICAgIGRlc2NyaXB0aW9uOiB0ZkxpdGVyYWwocy5kZXNjcmlwdGlvbiksXG4gICAgc3RhcnRlZDogcy5zdGFydGVkLFxuICAgIG9uQm9vdDogcy5zdGFydGVkLFxuICAgIHN0b3BPbkRlc3Ryb3k6IHRydWUsXG4gICAgcHVyZ2VPbkRlc3Ryb3k6IHRydWUsXG4gICAgLy8gQSBjaGFuZ2VkIHNuaXBwZXQgKGNpY3VzdG9tKSBpcyBhcHBsaWVkIGF0IHRoZSBWTSdzIG5leHQgYm9vdCwgbmV2ZXIgYnkgYSByZWJvb3QgVGVycmFmb3JtXG4gICAgLy8gZm9yY2VzIGluIHRoZSBtaWRkbGUgb2Ygc29tZW9uZSdzIHNlc3Npb24uXG4gICAgcmVib290QWZ0ZXJVcGRhdGU6IGZhbHNlLFxuICAgIHByb3RlY3Rpb246IHMucHJvdGVjdERhdGEgPyB0cnVlIDogdW5kZWZpbmVkLFxuICAgIG1hY2hpbmU6IGdwdSA/ICdxMzUnIDogdW5kZWZpbmVkLFxuICAgIHNjc2lIYXJkd2FyZTogJ3ZpcnRpby1zY3NpLXNpbmdsZScsXG4gICAgb3BlcmF0aW5nU3lzdGVtOiB7IHR5cGU6ICdsMjYnIH0sXG4gICAgYWdlbnQ6IHsgZW5hYmxlZDogcy5ndWVzdEFnZW50LCB0cmltOiBzLmd1ZXN0QWdlbnQgPyB0cnVlIDogdW5kZWZpbmVkIH0sXG4gICAgY3B1OiB7IGNvcmVzOiBzLmNvcmVzLCBzb2NrZXRzOiAxLCB0eXBlOiBzLmNwdVR5cGUgfSxcbiAgICBtZW1vcnk6IHsgZGVkaWNhdGVkOiBzLm1lbW9yeU1pQiB9LFxuICAgIGNsb25lOiBzLmNsb25lID8geyB2bUlkOiBzLmNsb25lLnZtSWQsIG5vZGVOYW1lOiBzLmNsb25lLm5vZGVOYW1lLCBmdWxsOiB0cnVlLCBkYXRhc3RvcmVJZDogcy5kaXNrRGF0YXN0b3JlSWQgfSA6IHVuZGVmaW5lZCxcbiAgICBkaXNrOiBkaXNrcyxcbiAgICBob3N0cGNpOiBncHUgPyBzLnBjaU1hcHBpbmdzIS5tYXAoKG0sIGkpID0+ICh7IGRldmljZTogYGhvc3RwY2kke2l9YCwgbWFwcGluZzogbSwgcGNpZTogdHJ1ZSwgcm9tYmFyOiB0cnVlIH0pKSA6IHVuZGVmaW5lZCxcbiAgICBuZXR3b3JrRGV2aWNlOiBbe1xuICAgICAgYnJpZGdlOiBzLmJyaWRnZSxcbiAgICAgIG1vZGVsOiAndmlydGlvJyxcbiAgICAgIGZpcmV3YWxsOiB0cnVlLFxuICAgICAgZW5hYmxlZDogdHJ1ZSxcbiAgICAgIGRpc2Nvbm5lY3RlZDogZmFsc2UsXG4gICAgICB2bGFuSWQ6IHMudmxhbklkLFxuICAgIH1dLFxuICAgIHNlcmlhbERldmljZTogW3sgZGV2aWNlOiAnc29ja2V0JyB9XSxcbiAgICBpbml0aWFsaXphdGlvbjoge1xuICAgICAgZGF0YXN0b3JlSWQ6IHMuZGlza0RhdGFzdG9yZUlkLFxuICAgICAgaW50ZXJmYWNlOiAnaWRlMicsXG4gICAgICBkbnM6IHMuZG5zU2VydmVycyAmJiBzLmRuc1NlcnZlcnMubGVuZ3RoID8geyBzZXJ2ZXJzOiBzLmRuc1NlcnZlcnMgfSA6IHVuZGVmaW5lZCxcbiAgICAgIGlwQ29uZmlnOiBbeyBpcHY0OiBzLmFkZHJlc3MgPyB7IGFkZHJlc3M6IHMuYWRkcmVzcy5hZGRyZXNzLCBnYXRld2F5OiBzLmFkZHJlc3MuZ2F0ZXdheSB9IDogeyBhZGRyZXNzOiAnZGhjcCcgfSB9XSxcbiAgICAgIHVzZXJEYXRhRmlsZUlkOiBzLnVzZXJEYXRhRmlsZUlkLFxuICAgICAgbWV0YURhdGFGaWxlSWQ6IHMubWV0YURhdGFGaWxlSWQsXG4gICAgfSxcbiAgICBsaWZlY3ljbGU6IHMubGlmZWN5Y2xlLFxuICAgIGRlcGVuZHNPbjogcy5kZXBlbmRzT24sXG4gIH0pO1xufVxuXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cbi8vIEZpcmV3YWxsXG4vLyAtLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS1cblxuLyoqIE9uZSBmaXJld2FsbCBydWxlLCBpbiB0aGUgcHJvdmlkZXIncyB0ZXJtcy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgRmlyZXdhbGxSdWxlIHtcbiAgcmVhZG9ubHkgdHlwZTogJ2luJyB8ICdvdXQnO1xuICByZWFkb25seSBwcm90bz86IHN0cmluZztcbiAgcmVhZG9ubHkgZHBvcnQ/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IHNvdXJjZT86IHN0cmluZztcbiAgcmVhZG9ubHkgZGVzdD86IHN0cmluZztcbiAgcmVhZG9ubHkgY29tbWVudDogc3RyaW5nO1xufVxuXG4vKiogQW4gSVAgc2V0IG9mIGEgZ3Vlc3QuICovXG5leHBvcnQgaW50ZXJmYWNlIEZpcmV3YWxsSXBTZXQge1xuICByZWFkb25seSBuYW1lOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGNvbW1lbnQ6IHN0cmluZztcbiAgcmVhZG9ubHkgY2lkcnM6IHN0cmluZ1tdO1xuICByZWFkb25seSBub21hdGNoPzogc3RyaW5nW107XG59XG5cbi8qKiBBIGd1ZXN0J3MgZmlyZXdhbGw6IG9wdGlvbnMsIElQIHNldHMgYW5kIHJ1bGVzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBGaXJld2FsbFNwZWMge1xuICByZWFkb25seSBub2RlTmFtZTogc3RyaW5nO1xuICAvKiogVk0gaWQgKGEgbnVtYmVyIG9yIGEgdG9rZW4gb2YgdGhlIFZNJ3MgYHZtX2lkYCkuICovXG4gIHJlYWRvbmx5IHZtSWQ/OiBudW1iZXI7XG4gIC8qKiBDb250YWluZXIgaWQgKGEgbnVtYmVyIG9yIGEgdG9rZW4pLiAqL1xuICByZWFkb25seSBjb250YWluZXJJZD86IG51bWJlcjtcbiAgcmVhZG9ubHkgb3V0cHV0UG9saWN5OiAnQUNDRVBUJyB8ICdEUk9QJztcbiAgLyoqXG4gICAqIFRoZSBhZGRyZXNzZXMgdGhlIGd1ZXN0IG1heSBzZW5kIGZyb20gKHRoZSBgaXBmaWx0ZXItbmV0MGAgc2V0KTogaXRzIHN0YXRpYyBhZGRyZXNzLCBvclxuICAgKiB0aGUgREhDUCBwb29sIG9mIGEgREhDUCBndWVzdC4gTmV2ZXIgZW1wdHk6IHRoZSBJUCBmaWx0ZXIgaXMgYWx3YXlzIG9uLlxuICAgKi9cbiAgcmVhZG9ubHkgaXBGaWx0ZXI6IHN0cmluZ1tdO1xuICAvKiogV2hldGhlciB0aGUgZ3Vlc3QgZ2V0cyBpdHMgYWRkcmVzcyBieSBESENQLiAqL1xuICByZWFkb25seSBkaGNwOiBib29sZWFuO1xuICByZWFkb25seSBpcFNldHM6IEZpcmV3YWxsSXBTZXRbXTtcbiAgcmVhZG9ubHkgcnVsZXM6IEZpcmV3YWxsUnVsZVtdO1xuICByZWFkb25seSBkZXBlbmRzT24/OiBJVGVycmFmb3JtRGVwZW5kYWJsZVtdO1xuICAvKiogVGhlIGd1ZXN0IChWTSBvciBjb250YWluZXIpIHRoZSBmaXJld2FsbCBiZWxvbmdzIHRvOiB0aGUgaXNvbGF0aW9uIGNoZWNrIGZpbmRzIGl0IGJ5IGl0LiAqL1xuICByZWFkb25seSBndWVzdDogVGVycmFmb3JtUmVzb3VyY2U7XG4gIC8qKiBUaGUgZ3Vlc3QgaW4gd29yZHMsIGZvciB0aGUgaXNvbGF0aW9uIGNoZWNrJ3MgbWVzc2FnZXMuICovXG4gIHJlYWRvbmx5IHdoYXQ6IHN0cmluZztcbiAgLyoqIFRoZSBvbmx5IHJlc29sdmVycyBETlMgbWF5IGdvIHRvIChhbiBpbnRlcm5hbCByZXNvbHZlciksIGZvciB0aGUgaXNvbGF0aW9uIGNoZWNrLiAqL1xuICByZWFkb25seSByZXNvbHZlcnM6IHN0cmluZ1tdO1xufVxuXG4vKiogVGhlIHJlc291cmNlcyBvZiBhIGd1ZXN0J3MgZmlyZXdhbGwuICovXG5leHBvcnQgaW50ZXJmYWNlIEd1ZXN0RmlyZXdhbGwge1xuICByZWFkb25seSBvcHRpb25zOiBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbE9wdGlvbnM7XG4gIHJlYWRvbmx5IGlwU2V0czogVmlydHVhbEVudmlyb25tZW50RmlyZXdhbGxJcHNldFtdO1xuICByZWFkb25seSBydWxlcz86IFZpcnR1YWxFbnZpcm9ubWVudEZpcmV3YWxsUnVsZXM7XG59XG5cbi8qKlxuICogVGhlIGZpcmV3YWxsIG9mIGEgVk0gb3IgY29udGFpbmVyOiBlbmFibGVkLCBpbmJvdW5kIHBvbGljeSBEUk9QLCBvdXRib3VuZCBhcyBnaXZlbiwgSVAgYW5kXG4gKiBNQUMgZmlsdGVyaW5nIChhIGd1ZXN0IGNhbiBzZW5kIG9ubHkgZnJvbSBpdHMgb3duIGFkZHJlc3NlcyksIHRoZSBJUCBzZXRzIGFuZCB0aGUgcnVsZXMuXG4gKiBSdWxlcyByZWZlcmVuY2UgSVAgc2V0cyBhcyBgKzxuYW1lPmAgKGd1ZXN0IHNjb3BlIGZpcnN0KS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFkZEZpcmV3YWxsKHNjb3BlOiBDb25zdHJ1Y3QsIHM6IEZpcmV3YWxsU3BlYyk6IEd1ZXN0RmlyZXdhbGwge1xuICBjb25zdCB0YXJnZXQgPSB7IG5vZGVOYW1lOiBzLm5vZGVOYW1lLCB2bUlkOiBzLnZtSWQsIGNvbnRhaW5lcklkOiBzLmNvbnRhaW5lcklkIH07XG4gIGNvbnN0IGlwU2V0czogVmlydHVhbEVudmlyb25tZW50RmlyZXdhbGxJcHNldFtdID0gW107XG4gIGlmIChzLmlwRmlsdGVyLmxlbmd0aCA9PT0gMCkgdGhyb3cgbmV3IEVycm9yKCdpbnRlcm5hbDogYSBndWVzdCBmaXJld2FsbCBuZWVkcyB0aGUgYWRkcmVzc2VzIG9mIGl0cyBJUCBmaWx0ZXInKTtcbiAgY29uc3Qgc2V0cyA9IFsuLi5zLmlwU2V0c107XG4gIHNldHMudW5zaGlmdCh7XG4gICAgbmFtZTogJ2lwZmlsdGVyLW5ldDAnLFxuICAgIGNvbW1lbnQ6IHMuZGhjcCA/ICdUaGUgREhDUCBwb29sOiB0aGUgb25seSBhZGRyZXNzZXMgdGhpcyBndWVzdCBtYXkgc2VuZCBmcm9tIChpcGZpbHRlciknIDogJ1RoZSBvbmx5IGFkZHJlc3MgdGhpcyBndWVzdCBtYXkgc2VuZCBmcm9tIChpcGZpbHRlciknLFxuICAgIGNpZHJzOiBzLmlwRmlsdGVyLFxuICB9KTtcbiAgZm9yIChjb25zdCBzZXQgb2Ygc2V0cykge1xuICAgIGlwU2V0cy5wdXNoKG5ldyBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbElwc2V0KHNjb3BlLCBgSXBTZXQtJHtzZXQubmFtZX1gLCB7XG4gICAgICAuLi50YXJnZXQsXG4gICAgICBuYW1lOiBzZXQubmFtZSxcbiAgICAgIGNvbW1lbnQ6IHRmTGl0ZXJhbChzZXQuY29tbWVudCksXG4gICAgICBjaWRyOiBbXG4gICAgICAgIC4uLnNldC5jaWRycy5tYXAoKGMpID0+ICh7IG5hbWU6IGMgfSkpLFxuICAgICAgICAuLi4oc2V0Lm5vbWF0Y2ggPz8gW10pLm1hcCgoYykgPT4gKHsgbmFtZTogYywgbm9tYXRjaDogdHJ1ZSwgY29tbWVudDogJ2V4Y2x1ZGVkJyB9KSksXG4gICAgICBdLFxuICAgICAgZGVwZW5kc09uOiBzLmRlcGVuZHNPbixcbiAgICB9KSk7XG4gIH1cbiAgY29uc3Qgb3B0aW9ucyA9IG5ldyBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbE9wdGlvbnMoc2NvcGUsICdGaXJld2FsbE9wdGlvbnMnLCB7XG4gICAgLi4udGFyZ2V0LFxuICAgIGVuYWJsZWQ6IHRydWUsXG4gICAgaW5wdXRQb2xpY3k6ICdEUk9QJyxcbiAgICBvdXRwdXRQb2xpY3k6IHMub3V0cHV0UG9saWN5LFxuICAgIC8vIEFsd2F5czogd2l0aCBpcGZpbHRlci1uZXQwIHRoZSBndWVzdCBzZW5kcyBvbmx5IGZyb20gaXRzIG93biBhZGRyZXNzIChvciB0aGUgREhDUCBwb29sKS5cbiAgICBpcGZpbHRlcjogdHJ1ZSxcbiAgICBtYWNmaWx0ZXI6IHRydWUsXG4gICAgZGhjcDogcy5kaGNwLFxuICAgIG5kcDogdHJ1ZSxcbiAgICByYWR2OiBmYWxzZSxcbiAgICBsb2dMZXZlbEluOiAnaW5mbycsXG4gICAgbG9nTGV2ZWxPdXQ6IHMub3V0cHV0UG9saWN5ID09PSAnRFJPUCcgPyAnaW5mbycgOiAnbm9sb2cnLFxuICAgIGRlcGVuZHNPbjogcy5kZXBlbmRzT24sXG4gIH0pO1xuICBsZXQgcnVsZXM6IFZpcnR1YWxFbnZpcm9ubWVudEZpcmV3YWxsUnVsZXMgfCB1bmRlZmluZWQ7XG4gIGlmIChzLnJ1bGVzLmxlbmd0aCkge1xuICAgIGNvbnN0IHJ1bGU6IFZpcnR1YWxFbnZpcm9ubWVudEZpcmV3YWxsUnVsZXNSdWxlW10gPSBzLnJ1bGVzLm1hcCgocikgPT4gKHtcbiAgICAgIHR5cGU6IHIudHlwZSwgYWN0aW9uOiAnQUNDRVBUJywgcHJvdG86IHIucHJvdG8sIGRwb3J0OiByLmRwb3J0LCBzb3VyY2U6IHIuc291cmNlLCBkZXN0OiByLmRlc3QsIGNvbW1lbnQ6IHRmTGl0ZXJhbChyLmNvbW1lbnQpLCBlbmFibGVkOiB0cnVlLFxuICAgIH0pKTtcbiAgICBydWxlcyA9IG5ldyBWaXJ0dWFsRW52aXJvbm1lbnRGaXJld2FsbFJ1bGVzKHNjb3BlLCAnRmlyZXdhbGxSdWxlcycsIHsgLi4udGFyZ2V0LCBydWxlLCBkZXBlbmRzT246IFsuLi4ocy5kZXBlbmRzT24gPz8gW10pLCAuLi5pcFNldHNdIH0pO1xuICB9XG4gIGRlY2xhcmVHdWVzdChzY29wZSwgcy5ndWVzdCwge1xuICAgIHdoYXQ6IHMud2hhdCxcbiAgICBvdXRwdXRQb2xpY3k6IHMub3V0cHV0UG9saWN5LFxuICAgIGRoY3A6IHMuZGhjcCxcbiAgICBpcEZpbHRlcjogcy5pcEZpbHRlcixcbiAgICBpcFNldHM6IE9iamVjdC5mcm9tRW50cmllcyhzLmlwU2V0cy5tYXAoKHNldCkgPT4gW3NldC5uYW1lLCBbLi4uc2V0LmNpZHJzLCAuLi4oc2V0Lm5vbWF0Y2ggPz8gW10pLm1hcCgoYykgPT4gYCEke2N9YCldXSkpLFxuICAgIHJ1bGVzOiBzLnJ1bGVzLm1hcCgocik6IERlY2xhcmVkUnVsZSA9PiAoeyB0eXBlOiByLnR5cGUsIHByb3RvOiByLnByb3RvLCBkcG9ydDogci5kcG9ydCwgc291cmNlOiByLnNvdXJjZSwgZGVzdDogci5kZXN0IH0pKSxcbiAgICByZXNvbHZlcnM6IHMucmVzb2x2ZXJzLFxuICB9KTtcbiAgcmV0dXJuIHsgb3B0aW9ucywgaXBTZXRzLCBydWxlcyB9O1xufVxuXG4vKipcbiAqIFRoZSBkYXRhY2VudGVyIChjbHVzdGVyLXdpZGUpIGZpcmV3YWxsLCB3aGljaCBldmVyeSBndWVzdCBmaXJld2FsbCBkZXBlbmRzIG9uOiB0aGVcbiAqIHByb3ZpZGVyJ3MgYHByb3htb3hfdmlydHVhbF9lbnZpcm9ubWVudF9jbHVzdGVyX2ZpcmV3YWxsYCAobm8gZ2VuZXJhdGVkIGJpbmRpbmc6IGZvdXJcbiAqIGF0dHJpYnV0ZXMpLiBJdHMgZGVsZXRlIG9ubHkgZm9yZ2V0cyBpdCAodGhlIGZpcmV3YWxsIHN0YXlzIGFzIGl0IGlzKS5cbiAqL1xuY2xhc3MgRGF0YWNlbnRlckZpcmV3YWxsUmVzb3VyY2UgZXh0ZW5kcyBUZXJyYWZvcm1SZXNvdXJjZSB7XG4gIGNvbnN0cnVjdG9yKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcpIHtcbiAgICBzdXBlcihzY29wZSwgaWQsIHtcbiAgICAgIHRlcnJhZm9ybVJlc291cmNlVHlwZTogQ0xVU1RFUl9GSVJFV0FMTF9UWVBFLFxuICAgICAgdGVycmFmb3JtR2VuZXJhdG9yTWV0YWRhdGE6IHsgcHJvdmlkZXJOYW1lOiAncHJveG1veCcsIHByb3ZpZGVyVmVyc2lvbkNvbnN0cmFpbnQ6IFBST1hNT1hfUFJPVklERVIuY29uc3RyYWludCB9LFxuICAgIH0pO1xuICB9XG5cbiAgcHJvdGVjdGVkIHN5bnRoZXNpemVBdHRyaWJ1dGVzKCk6IHsgW25hbWU6IHN0cmluZ106IGFueSB9IHtcbiAgICByZXR1cm4geyAuLi5EQVRBQ0VOVEVSX0ZJUkVXQUxMIH07XG4gIH1cblxuICBwcm90ZWN0ZWQgc3ludGhlc2l6ZUhjbEF0dHJpYnV0ZXMoKTogeyBbbmFtZTogc3RyaW5nXTogYW55IH0ge1xuICAgIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXMoREFUQUNFTlRFUl9GSVJFV0FMTCkubWFwKChbaywgdl0pID0+IFtrLCB7IHZhbHVlOiB2LCBpc0Jsb2NrOiBmYWxzZSwgdHlwZTogJ3NpbXBsZScsIHN0b3JhZ2VDbGFzc1R5cGU6IHR5cGVvZiB2ID09PSAnYm9vbGVhbicgPyAnYm9vbGVhbicgOiAnc3RyaW5nJyB9XSkpO1xuICB9XG59XG5cbi8qKlxuICogUmVjb3JkcyB3aG8gbWFuYWdlcyB0aGUgZGF0YWNlbnRlciBmaXJld2FsbCBhbmQsIHdoZW4gaXQgaXMgdGhpcyBzdGFjayAoYG1hbmFnZWRgKSwgYWRkcyB0aGVcbiAqIHN0YWNrJ3Mgb25lIGBwcm94bW94X3ZpcnR1YWxfZW52aXJvbm1lbnRfY2x1c3Rlcl9maXJld2FsbGAgKGVuYWJsZWQsIGVidGFibGVzLCBpbnB1dCBEUk9QKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuc3VyZURhdGFjZW50ZXJGaXJld2FsbChzY29wZTogSUNvbnN0cnVjdCwgbW9kZTogc3RyaW5nKTogVGVycmFmb3JtUmVzb3VyY2UgfCB1bmRlZmluZWQge1xuICBkZWNsYXJlRGF0YWNlbnRlckZpcmV3YWxsKHNjb3BlLCBtb2RlKTtcbiAgaWYgKG1vZGUgIT09ICdtYW5hZ2VkJykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3Qgc3RhY2sgPSBUZXJyYWZvcm1TdGFjay5vZihzY29wZSk7XG4gIGNvbnN0IGZvdW5kID0gc3RhY2subm9kZS50cnlGaW5kQ2hpbGQoJ1Byb3htb3hEYXRhY2VudGVyRmlyZXdhbGwnKSBhcyBUZXJyYWZvcm1SZXNvdXJjZSB8IHVuZGVmaW5lZDtcbiAgaWYgKGZvdW5kKSByZXR1cm4gZm91bmQ7XG4gIGVuc3VyZVByb3htb3hQcm92aWRlcihzY29wZSk7XG4gIHJldHVybiBuZXcgRGF0YWNlbnRlckZpcmV3YWxsUmVzb3VyY2Uoc3RhY2ssICdQcm94bW94RGF0YWNlbnRlckZpcmV3YWxsJyk7XG59XG5cbi8qKiBXaGV0aGVyIGEgdmFsdWUgaG9sZHMgYSBjZGt0ZiB0b2tlbiAobm90IGtub3duIGF0IHN5bnRoZXNpcykuICovXG5leHBvcnQgZnVuY3Rpb24gdW5yZXNvbHZlZCh2OiB1bmtub3duKTogYm9vbGVhbiB7XG4gIHJldHVybiBUb2tlbi5pc1VucmVzb2x2ZWQodik7XG59XG5cbi8qKlxuICogVGhlIHN0YWNrJ3MgcHJveG1veCBwcm92aWRlciBjb25maWd1cmVkIGZyb20gVGVycmFmb3JtIHZhcmlhYmxlczogYHByb3htb3hfZW5kcG9pbnRgXG4gKiAoZGVmYXVsdDogUFJPWE1PWF9WRV9FTkRQT0lOVCksIGBwcm94bW94X2FwaV90b2tlbmAgKHNlbnNpdGl2ZTsgZGVmYXVsdDogUFJPWE1PWF9WRV9BUElfVE9LRU4pLFxuICogYHByb3htb3hfaW5zZWN1cmVgIGFuZCBgcHJveG1veF9zc2hfdXNlcm5hbWVgIChzbmlwcGV0IHVwbG9hZHMgZ28gb3ZlciBTU0ggd2l0aCB0aGUgYWdlbnQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJveG1veFByb3ZpZGVyV2l0aFZhcmlhYmxlcyhcbiAgc3RhY2s6IFRlcnJhZm9ybVN0YWNrLCBvOiB7IGVuZHBvaW50Pzogc3RyaW5nOyBpbnNlY3VyZT86IGJvb2xlYW47IHNzaFVzZXJuYW1lPzogc3RyaW5nIH0sXG4pOiBQcm94bW94UHJvdmlkZXIge1xuICBjb25zdCBudWxsYWJsZSA9ICh2OiBUZXJyYWZvcm1WYXJpYWJsZSwgZ2l2ZW46IHVua25vd24pID0+IHtcbiAgICAvLyBjZGt0ZiBjYW5ub3Qgd3JpdGUgYSBudWxsIGRlZmF1bHQ7IFRlcnJhZm9ybSBuZWVkcyBvbmUgZm9yIGFuIG9wdGlvbmFsIHZhcmlhYmxlLlxuICAgIGlmIChnaXZlbiA9PT0gdW5kZWZpbmVkKSB2LmFkZE92ZXJyaWRlKCdkZWZhdWx0JywgbnVsbCk7XG4gICAgcmV0dXJuIHY7XG4gIH07XG4gIGNvbnN0IGVuZHBvaW50ID0gbnVsbGFibGUobmV3IFRlcnJhZm9ybVZhcmlhYmxlKHN0YWNrLCAncHJveG1veF9lbmRwb2ludCcsIHtcbiAgICB0eXBlOiAnc3RyaW5nJywgbnVsbGFibGU6IHRydWUsIGRlZmF1bHQ6IG8uZW5kcG9pbnQsIGRlc2NyaXB0aW9uOiAnUHJveG1veCBWRSBBUEkgYWRkcmVzcywgZS5nLiBodHRwczovL3B2ZTEuZXhhbXBsZS5vcmc6ODAwNi8gKG51bGw6IFBST1hNT1hfVkVfRU5EUE9JTlQpJyxcbiAgfSksIG8uZW5kcG9pbnQpO1xuICBjb25zdCB0b2tlbiA9IG51bGxhYmxlKG5ldyBUZXJyYWZvcm1WYXJpYWJsZShzdGFjaywgJ3Byb3htb3hfYXBpX3Rva2VuJywge1xuICAgIHR5cGU6ICdzdHJpbmcnLCBudWxsYWJsZTogdHJ1ZSwgc2Vuc2l0aXZlOiB0cnVlLCBkZXNjcmlwdGlvbjogJ0FQSSB0b2tlbiBVU0VSQFJFQUxNIVRPS0VOSUQ9U0VDUkVUIChudWxsOiBQUk9YTU9YX1ZFX0FQSV9UT0tFTik7IGdpdmUgaXQgYXMgVEZfVkFSX3Byb3htb3hfYXBpX3Rva2VuJyxcbiAgfSksIHVuZGVmaW5lZCk7XG4gIGNvbnN0IGluc2VjdXJlID0gbmV3IFRlcnJhZm9ybVZhcmlhYmxlKHN0YWNrLCAncHJveG1veF9pbnNlY3VyZScsIHtcbiAgICB0eXBlOiAnYm9vbCcsIGRlZmF1bHQ6IG8uaW5zZWN1cmUgPz8gZmFsc2UsIGRlc2NyaXB0aW9uOiAnU2tpcCBUTFMgdmVyaWZpY2F0aW9uIG9mIHRoZSBBUEkgKHNlbGYtc2lnbmVkIGNlcnRpZmljYXRlcyknLFxuICB9KTtcbiAgY29uc3Qgc3NoVXNlciA9IG5ldyBUZXJyYWZvcm1WYXJpYWJsZShzdGFjaywgJ3Byb3htb3hfc3NoX3VzZXJuYW1lJywge1xuICAgIHR5cGU6ICdzdHJpbmcnLCBkZWZhdWx0OiBvLnNzaFVzZXJuYW1lID8/ICdyb290JywgZGVzY3JpcHRpb246ICdOb2RlIGFjY291bnQgZm9yIHNuaXBwZXQgdXBsb2FkcyBvdmVyIFNTSCAoa2V5cyBmcm9tIHRoZSBTU0ggYWdlbnQpJyxcbiAgfSk7XG4gIHJldHVybiBuZXcgUHJveG1veFByb3ZpZGVyKHN0YWNrLCAncHJveG1veCcsIHtcbiAgICBlbmRwb2ludDogZW5kcG9pbnQuc3RyaW5nVmFsdWUsXG4gICAgYXBpVG9rZW46IHRva2VuLnN0cmluZ1ZhbHVlLFxuICAgIGluc2VjdXJlOiBpbnNlY3VyZS5ib29sZWFuVmFsdWUsXG4gICAgc3NoOiB7IGFnZW50OiB0cnVlLCB1c2VybmFtZTogc3NoVXNlci5zdHJpbmdWYWx1ZSB9LFxuICB9KTtcbn1cbiJdfQ==