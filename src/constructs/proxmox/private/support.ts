/**
 * Helpers shared by the Proxmox constructs: the provider, tags, downloads shared per node,
 * cloud-init snippets, the VM and firewall resources, address arithmetic. Not exported from
 * the package.
 */
import * as crypto from 'crypto';
import { Construct, IConstruct } from 'constructs';
import { CLUSTER_FIREWALL_TYPE, DATACENTER_FIREWALL, declareDatacenterFirewall, declareGuest, DeclaredRule } from './isolation';
import { ITerraformDependable, TerraformResource, TerraformResourceLifecycle, TerraformStack, TerraformVariable, Token } from '../../terraform/cdktf';
import { tfLiteral } from '../../terraform/permit-common';
import { ProxmoxProvider, ProxmoxProviderConfig } from '../generated/provider.generated';
import { VirtualEnvironmentDownloadFile } from '../generated/virtual-environment-download-file.generated';
import { VirtualEnvironmentFile } from '../generated/virtual-environment-file.generated';
import { VirtualEnvironmentFirewallIpset } from '../generated/virtual-environment-firewall-ipset.generated';
import { VirtualEnvironmentFirewallOptions } from '../generated/virtual-environment-firewall-options.generated';
import { VirtualEnvironmentFirewallRules, VirtualEnvironmentFirewallRulesRule } from '../generated/virtual-environment-firewall-rules.generated';
import { VirtualEnvironmentVm, VirtualEnvironmentVmDisk } from '../generated/virtual-environment-vm.generated';

/** The provider the bindings were generated for. */
export const PROXMOX_PROVIDER = { source: 'bpg/proxmox', version: '0.111.1', constraint: '~> 0.111.0' } as const;

/** Marker on every resource this library writes (a Proxmox tag). */
export const MANAGED_TAG = 'rws';

/**
 * The stack's default proxmox provider; one is created at the stack's top level when the
 * stack has none (it then reads PROXMOX_VE_ENDPOINT, PROXMOX_VE_API_TOKEN, ... from the
 * environment), so that `required_providers` always names bpg/proxmox.
 */
export function ensureProxmoxProvider(scope: IConstruct, config: ProxmoxProviderConfig = {}): ProxmoxProvider {
  const stack = TerraformStack.of(scope);
  const found = stack.allProviders().find((p) => p.terraformResourceType === 'proxmox' && p.alias === undefined);
  if (found) return found as ProxmoxProvider;
  return new ProxmoxProvider(stack, 'proxmox', config);
}

const TAG = /^[a-z0-9_][a-z0-9_+.-]*$/;

/**
 * A Proxmox tag from any text, in lower case: characters outside `[a-z0-9_+.-]` become `-`;
 * when anything but the case changed (or it is longer than 60) the first 8 hex digits of its
 * SHA-256 are appended, so two different texts never share a tag.
 */
export function proxmoxTag(raw: string): string {
  // Proxmox compares tags case-insensitively: lower case is the same tag.
  const lower = raw.toLowerCase();
  if (lower.length <= 60 && TAG.test(lower)) return lower;
  const hash = crypto.createHash('sha256').update(raw).digest('hex').slice(0, 8);
  const cleaned = raw.toLowerCase().replace(/[^a-z0-9_+.-]+/g, '-').replace(/^[^a-z0-9_]+/, '').replace(/[^a-z0-9_]+$/, '').slice(0, 50).replace(/[-+.]+$/, '');
  return cleaned ? `${cleaned}-${hash}` : hash;
}

/** Whether a text is a valid Proxmox tag as it stands. */
export function isProxmoxTag(s: string): boolean {
  return s.length <= 60 && TAG.test(s);
}

/** Sorted, unique tags (Proxmox sorts them too, so Terraform sees no drift). */
export function tagList(tags: string[]): string[] {
  return [...new Set(tags)].sort();
}

/** SHA-256 of a text, hex. */
export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text).digest('hex');
}

/** A string safe for a Terraform id part: letters, digits, `-` and `_`. */
export function idPart(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]+/g, '-');
}

// ---------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** Whether a text is an IPv4 address. */
export function isIpv4(s: string): boolean {
  return IPV4.test(s);
}

/** Whether a text is an IPv6 address (loosely: hex groups and colons, at most one `::`). */
export function isIpv6(s: string): boolean {
  return /^[0-9a-f:]+$/i.test(s) && s.includes(':') && (s.match(/::/g) ?? []).length <= 1 && s.split(':').every((g) => g.length <= 4);
}

/** Whether a text is an IP address or a CIDR of one (what a Proxmox firewall rule accepts). */
export function isAddressOrCidr(s: string): boolean {
  const [addr, prefix, extra] = s.split('/');
  if (extra !== undefined) return false;
  if (isIpv4(addr)) return prefix === undefined || (/^\d{1,2}$/.test(prefix) && Number(prefix) <= 32);
  if (isIpv6(addr)) return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= 128);
  return false;
}

/** An IPv4 address as a number. */
export function ipv4ToNumber(s: string): number {
  return s.split('.').reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** A number as an IPv4 address. */
export function numberToIpv4(n: number): string {
  return [24, 16, 8, 0].map((sh) => Math.floor(n / 2 ** sh) % 256).join('.');
}

/** An IPv4 network `a.b.c.d/p`, parsed; undefined when it is not one (host bits set included). */
export function parseIpv4Network(cidr: string): { base: number; prefix: number; size: number } | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(cidr);
  if (!m || !isIpv4(m[1])) return undefined;
  const prefix = Number(m[2]);
  if (prefix > 30 || prefix < 8) return undefined;
  const base = ipv4ToNumber(m[1]);
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return undefined;
  return { base, prefix, size };
}

/** `address/prefix` of host `offset` in a network. */
export function hostInNetwork(net: { base: number; prefix: number }, offset: number): string {
  return `${numberToIpv4(net.base + offset)}/${net.prefix}`;
}

/** Whether an IPv4 address lies in a network (and is neither its network nor broadcast address). */
export function isHostOf(net: { base: number; size: number }, ip: string): boolean {
  if (!isIpv4(ip)) return false;
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
export function sharedDownload(scope: IConstruct, o: {
  nodeName: string; datastoreId: string; url: string; fileName: string; contentType: string; checksum?: string; checksumAlgorithm?: string;
}): VirtualEnvironmentDownloadFile {
  const stack = TerraformStack.of(scope);
  let holder = stack.node.tryFindChild('ProxmoxDownloads') as Construct | undefined;
  if (!holder) holder = new Construct(stack, 'ProxmoxDownloads');
  const id = `${idPart(o.nodeName)}-${idPart(o.datastoreId)}-${idPart(o.fileName)}`;
  const found = holder.node.tryFindChild(id) as VirtualEnvironmentDownloadFile | undefined;
  if (found) return found;
  ensureProxmoxProvider(scope);
  return new VirtualEnvironmentDownloadFile(holder, id, {
    nodeName: o.nodeName,
    datastoreId: o.datastoreId,
    contentType: o.contentType,
    url: tfLiteral(o.url),
    fileName: `rws-${idPart(stack.node.id).toLowerCase()}-${o.fileName}`,
    checksum: o.checksum,
    checksumAlgorithm: o.checksum ? o.checksumAlgorithm ?? 'sha256' : undefined,
    // A newer image at the same URL is not downloaded again: workspaces are not rebuilt behind your back.
    overwrite: false,
    uploadTimeout: 1800,
  });
}

/** The file name of a downloaded image for a content type: `.qcow2` for import, `.img` for iso. */
export function imageFileName(url: string, fileName: string | undefined, content: string): string {
  const base = fileName ?? url.replace(/[?#].*$/, '').split('/').pop() ?? 'image.qcow2';
  const stem = base.replace(/\.(img|qcow2|raw|iso)$/i, '');
  if (fileName) return fileName;
  return content === 'import' ? `${stem}.qcow2` : `${stem}.img`;
}

/**
 * A cloud-init snippet (or hook script) on a node's snippet datastore. The file name carries a
 * hash of the content, and the old file is removed only after the new one exists, so a
 * changed snippet is a new file the VM switches to.
 */
export function addSnippet(scope: Construct, id: string, o: {
  nodeName: string; datastoreId: string; baseName: string; data: string; hashInput?: string; fileMode?: string; extension?: string;
}): VirtualEnvironmentFile {
  const hash = sha256(o.hashInput ?? o.data).slice(0, 12);
  return new VirtualEnvironmentFile(scope, id, {
    nodeName: o.nodeName,
    datastoreId: o.datastoreId,
    contentType: 'snippets',
    fileMode: o.fileMode,
    sourceRaw: { fileName: `${o.baseName}-${hash}.${o.extension ?? 'yaml'}`, data: o.data },
    lifecycle: { createBeforeDestroy: true },
  });
}

/** cloud-init meta-data: the instance id changes with the user-data, so a new user-data is applied at the next boot. */
export function metaData(hostname: string, userDataHash: string): string {
  return `instance-id: ${hostname}-${userDataHash.slice(0, 12)}\nlocal-hostname: ${hostname}\n`;
}

/** A part of a multipart user-data message. */
export interface MimePart {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

/** A MIME multipart/mixed message as cloud-init reads it, with a boundary that never occurs in the parts. */
export function multipart(parts: MimePart[]): string {
  const all = parts.map((p) => p.content).join('\n');
  let boundary = '';
  for (let i = 0; !boundary || all.includes(boundary); i++) boundary = `==RWS-PVE-${sha256(`${i}:${all}`).slice(0, 20)}==`;
  const out = [`Content-Type: multipart/mixed; boundary="${boundary}"`, 'MIME-Version: 1.0', ''];
  for (const p of parts) {
    out.push(`--${boundary}`, `Content-Type: ${p.contentType}; charset="utf-8"`, 'MIME-Version: 1.0',
      // eslint-disable-next-line no-control-regex
      `Content-Transfer-Encoding: ${/^[\x00-\x7f]*$/.test(p.content) ? '7bit' : '8bit'}`,
      `Content-Disposition: attachment; filename="${p.name}"`, '', p.content);
  }
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------
// Virtual machines
// ---------------------------------------------------------------------------------------

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
  readonly clone?: { vmId: number; nodeName?: string };
  readonly dataDisks?: VmDataDisk[];
  readonly bridge: string;
  readonly vlanId?: number;
  readonly address?: { address: string; gateway?: string };
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
export function addVm(scope: Construct, id: string, s: VmSpec): VirtualEnvironmentVm {
  ensureProxmoxProvider(scope);
  const disks: VirtualEnvironmentVmDisk[] = [{
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
  return new VirtualEnvironmentVm(scope, id, {
    name: s.name,
    nodeName: s.nodeName,
    vmId: s.vmId,
    poolId: s.poolId,
    tags: tagList(s.tags),
    description: tfLiteral(s.description),
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
    hostpci: gpu ? s.pciMappings!.map((m, i) => ({ device: `hostpci${i}`, mapping: m, pcie: true, rombar: true })) : undefined,
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

// ---------------------------------------------------------------------------------------
// Firewall
// ---------------------------------------------------------------------------------------

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
export function addFirewall(scope: Construct, s: FirewallSpec): GuestFirewall {
  const target = { nodeName: s.nodeName, vmId: s.vmId, containerId: s.containerId };
  const ipSets: VirtualEnvironmentFirewallIpset[] = [];
  if (s.ipFilter.length === 0) throw new Error('internal: a guest firewall needs the addresses of its IP filter');
  const sets = [...s.ipSets];
  sets.unshift({
    name: 'ipfilter-net0',
    comment: s.dhcp ? 'The DHCP pool: the only addresses this guest may send from (ipfilter)' : 'The only address this guest may send from (ipfilter)',
    cidrs: s.ipFilter,
  });
  for (const set of sets) {
    ipSets.push(new VirtualEnvironmentFirewallIpset(scope, `IpSet-${set.name}`, {
      ...target,
      name: set.name,
      comment: tfLiteral(set.comment),
      cidr: [
        ...set.cidrs.map((c) => ({ name: c })),
        ...(set.nomatch ?? []).map((c) => ({ name: c, nomatch: true, comment: 'excluded' })),
      ],
      dependsOn: s.dependsOn,
    }));
  }
  const options = new VirtualEnvironmentFirewallOptions(scope, 'FirewallOptions', {
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
  let rules: VirtualEnvironmentFirewallRules | undefined;
  if (s.rules.length) {
    const rule: VirtualEnvironmentFirewallRulesRule[] = s.rules.map((r) => ({
      type: r.type, action: 'ACCEPT', proto: r.proto, dport: r.dport, source: r.source, dest: r.dest, comment: tfLiteral(r.comment), enabled: true,
    }));
    rules = new VirtualEnvironmentFirewallRules(scope, 'FirewallRules', { ...target, rule, dependsOn: [...(s.dependsOn ?? []), ...ipSets] });
  }
  declareGuest(scope, s.guest, {
    what: s.what,
    outputPolicy: s.outputPolicy,
    dhcp: s.dhcp,
    ipFilter: s.ipFilter,
    ipSets: Object.fromEntries(s.ipSets.map((set) => [set.name, [...set.cidrs, ...(set.nomatch ?? []).map((c) => `!${c}`)]])),
    rules: s.rules.map((r): DeclaredRule => ({ type: r.type, proto: r.proto, dport: r.dport, source: r.source, dest: r.dest })),
    resolvers: s.resolvers,
  });
  return { options, ipSets, rules };
}

/**
 * The datacenter (cluster-wide) firewall, which every guest firewall depends on: the
 * provider's `proxmox_virtual_environment_cluster_firewall` (no generated binding: four
 * attributes). Its delete only forgets it (the firewall stays as it is).
 */
class DatacenterFirewallResource extends TerraformResource {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: CLUSTER_FIREWALL_TYPE,
      terraformGeneratorMetadata: { providerName: 'proxmox', providerVersionConstraint: PROXMOX_PROVIDER.constraint },
    });
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { ...DATACENTER_FIREWALL };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return Object.fromEntries(Object.entries(DATACENTER_FIREWALL).map(([k, v]) => [k, { value: v, isBlock: false, type: 'simple', storageClassType: typeof v === 'boolean' ? 'boolean' : 'string' }]));
  }
}

/**
 * Records who manages the datacenter firewall and, when it is this stack (`managed`), adds the
 * stack's one `proxmox_virtual_environment_cluster_firewall` (enabled, ebtables, input DROP).
 */
export function ensureDatacenterFirewall(scope: IConstruct, mode: string): TerraformResource | undefined {
  declareDatacenterFirewall(scope, mode);
  if (mode !== 'managed') return undefined;
  const stack = TerraformStack.of(scope);
  const found = stack.node.tryFindChild('ProxmoxDatacenterFirewall') as TerraformResource | undefined;
  if (found) return found;
  ensureProxmoxProvider(scope);
  return new DatacenterFirewallResource(stack, 'ProxmoxDatacenterFirewall');
}

/** Whether a value holds a cdktf token (not known at synthesis). */
export function unresolved(v: unknown): boolean {
  return Token.isUnresolved(v);
}

/**
 * The stack's proxmox provider configured from Terraform variables: `proxmox_endpoint`
 * (default: PROXMOX_VE_ENDPOINT), `proxmox_api_token` (sensitive; default: PROXMOX_VE_API_TOKEN),
 * `proxmox_insecure` and `proxmox_ssh_username` (snippet uploads go over SSH with the agent).
 */
export function proxmoxProviderWithVariables(
  stack: TerraformStack, o: { endpoint?: string; insecure?: boolean; sshUsername?: string },
): ProxmoxProvider {
  const nullable = (v: TerraformVariable, given: unknown) => {
    // cdktf cannot write a null default; Terraform needs one for an optional variable.
    if (given === undefined) v.addOverride('default', null);
    return v;
  };
  const endpoint = nullable(new TerraformVariable(stack, 'proxmox_endpoint', {
    type: 'string', nullable: true, default: o.endpoint, description: 'Proxmox VE API address, e.g. https://pve1.example.org:8006/ (null: PROXMOX_VE_ENDPOINT)',
  }), o.endpoint);
  const token = nullable(new TerraformVariable(stack, 'proxmox_api_token', {
    type: 'string', nullable: true, sensitive: true, description: 'API token USER@REALM!TOKENID=SECRET (null: PROXMOX_VE_API_TOKEN); give it as TF_VAR_proxmox_api_token',
  }), undefined);
  const insecure = new TerraformVariable(stack, 'proxmox_insecure', {
    type: 'bool', default: o.insecure ?? false, description: 'Skip TLS verification of the API (self-signed certificates)',
  });
  const sshUser = new TerraformVariable(stack, 'proxmox_ssh_username', {
    type: 'string', default: o.sshUsername ?? 'root', description: 'Node account for snippet uploads over SSH (keys from the SSH agent)',
  });
  return new ProxmoxProvider(stack, 'proxmox', {
    endpoint: endpoint.stringValue,
    apiToken: token.stringValue,
    insecure: insecure.booleanValue,
    ssh: { agent: true, username: sshUser.stringValue },
  });
}
