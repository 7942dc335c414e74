import { Construct } from 'constructs';
import { VirtualEnvironmentContainer } from './generated/virtual-environment-container.generated';
import { datacenterFirewallProblems, dhcpPoolProblems } from './private/network-checks';
import {
  addFirewall, addSnippet, addVm, ensureDatacenterFirewall, ensureProxmoxProvider, FirewallIpSet, FirewallRule, GuestFirewall, imageFileName,
  isAddressOrCidr,
  isIpv4, isIpv6, MANAGED_TAG, metaData, multipart, proxmoxTag, sha256, sharedDownload, tagList,
} from './private/support';
import {
  ProxmoxClusterSettings, ProxmoxCloudImage, ProxmoxContainerTemplate, ProxmoxEndpoint, ProxmoxImageContent, ProxmoxProtocol,
  ProxmoxSizeMapping, ProxmoxStaticAddress,
} from './proxmox-cluster';
import { checkKnownProps } from '../../private/known-props';
import { offlineBootWarning } from '../../private/offline-boot';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { Diagnostic } from '../../workspaces/errors';
import { cidrProblem } from '../../workspaces/permit';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { unconditionalCidrProblems } from '../../workspaces/private/cidr';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, NfsStorageProps, ProvisioningPhase, WorkspacePlatform, WorkspaceStorageOptions, WorkspaceUserData } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { Annotations, TerraformResource, Token } from '../terraform/cdktf';
import { workspaceSizeOf } from '../terraform/lab-checks';
import { tfLiteral } from '../terraform/permit-common';
import { containerHookScript, proxySetupScript } from '../terraform/proxy-scripts';
/**
 * What a Proxmox workspace runs in.
 */
export enum ProxmoxWorkspaceKind {
  /** A KVM virtual machine booted from a cloud image, provisioned by cloud-init. */
  VIRTUAL_MACHINE = 'vm',
  /**
   * An unprivileged LXC container (nesting and keyctl on, so Podman runs inside): a light
   * workspace, provisioned by a hook script on the node after its first start.
   */
  CONTAINER = 'lxc',
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
  readonly tags?: { [key: string]: string };
  /**
   * Whether the workspace runs (false: it exists, stopped).
   * @default true
   */
  readonly started?: boolean;
}

const DEFAULT_CPU_TYPE = 'x86-64-v2-AES';
const HOST_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

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
export class ProxmoxWorkspace extends Construct {
  /** Workspace name (VM name and host name). */
  public readonly workspaceName: string;
  /** The template. */
  public readonly template: ResolvedTemplate;
  /** VM or container. */
  public readonly kind: ProxmoxWorkspaceKind;
  /** The node it runs on. */
  public readonly nodeName: string;
  /** Size. */
  public readonly size: WorkspaceSize;
  /** CPU cores. */
  public readonly cores: number;
  /** Memory in MiB. */
  public readonly memoryMiB: number;
  /** Boot disk in GiB. */
  public readonly diskGiB: number;
  /** Internet access the firewall enforces. */
  public readonly egress: EgressMode;
  /** Proxmox tags. */
  public readonly tags: string[];
  /** The generated boot provisioning. */
  public readonly userData: WorkspaceUserData;
  /** The VM (`proxmox_virtual_environment_vm`) or container resource; also `node.defaultChild`. */
  public readonly resource: TerraformResource;
  /** The snippet the provisioning is delivered in (user-data of a VM, hook script of a container). */
  public readonly provisioningFile: TerraformResource;
  /**
   * The firewall's rule set.
   * @default - no rules (nothing in; everything out only with open egress)
   */
  public readonly firewallRules?: TerraformResource;
  /** Whether the workspace is started. */
  public readonly started: boolean;

  private readonly firewall: GuestFirewall;

  constructor(scope: Construct, id: string, props: ProxmoxWorkspaceProps) {
    super(scope, id);
    checkKnownProps(this, 'ProxmoxWorkspaceProps', props);
    this.template = props.template;
    this.workspaceName = props.workspaceName ?? id;
    this.kind = props.kind ?? ProxmoxWorkspaceKind.VIRTUAL_MACHINE;
    this.nodeName = props.nodeName;
    this.started = props.started ?? true;
    const location = { file: `construct ${this.node.path}` };
    const errors: Diagnostic[] = [];
    const err = (code: string, field: string, message: string, value: unknown, fix: string) => {
      errors.push(problem({ code, field, message, value, fix, location }));
    };
    const adopt = (e: unknown, field: string) => {
      if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
      for (const d of e.diagnostics) errors.push({ ...d, field: d.field ?? field, location });
    };
    const vm = this.kind === ProxmoxWorkspaceKind.VIRTUAL_MACHINE;
    const cluster = props.cluster;

    // Names and placement.
    if (!HOST_NAME.test(this.workspaceName)) {
      err('invalid-name', 'workspaceName', 'a workspace name is a host name: lower-case letters, digits and dashes, at most 63, not starting or ending with a dash',
        this.workspaceName, `use e.g. "${this.workspaceName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'alice-ml'}"`);
    }
    if (cluster.nodes.length === 0) {
      err('no-nodes', 'cluster.nodes', 'the cluster has no nodes', [], 'list the node names, e.g. nodes: ["pve1", "pve2"]');
    } else if (!Token.isUnresolved(props.nodeName) && !cluster.nodes.includes(props.nodeName)) {
      err('unknown-node', 'nodeName', `"${props.nodeName}" is not a node of the cluster (${cluster.nodes.join(', ')})`, props.nodeName,
        `use one of ${cluster.nodes.join(', ')}, or add "${props.nodeName}" to cluster.nodes`);
    }
    const badVmId = (n: number) => !Number.isInteger(n) || n < 100 || n > 999999999;
    if (props.vmId !== undefined && !Token.isUnresolved(props.vmId) && badVmId(props.vmId)) {
      err('invalid-vm-id', 'vmId', 'a Proxmox VM id is a whole number from 100 to 999999999', props.vmId, 'leave it out for the next free id');
    }

    // Size: the model's minimum, then the Proxmox mapping.
    const { size, rootGiB } = workspaceSizeOf(props.template, props.size, this.node.path, adopt);
    this.size = size;
    const mapping = sizeMapping(size, props.sizeMappings ?? []);
    (props.sizeMappings ?? []).forEach((m, i) => {
      if (m.cores !== undefined && (!Number.isInteger(m.cores) || m.cores < 1 || m.cores > 512)) err('invalid-cores', `sizeMappings[${i}].cores`, 'cores must be a whole number from 1 to 512', m.cores, 'use e.g. 4');
      if (m.memoryMiB !== undefined && (!Number.isInteger(m.memoryMiB) || m.memoryMiB < 512)) err('invalid-memory', `sizeMappings[${i}].memoryMiB`, 'memory must be a whole number of MiB, at least 512', m.memoryMiB, 'use e.g. 16384');
    });
    if (!mapping) {
      err('size-without-mapping', 'size', `size ${size} has no Proxmox mapping: a GPU size needs the cluster's PCI resource mappings of its GPUs`, size,
        `add sizeMappings: [{ size: WorkspaceSize.${Object.entries(WorkspaceSize).find(([, v]) => v === size)?.[0] ?? size}, pciMappings: ['<gpu mapping>'] }] (Datacenter > Resource Mappings), or use a CPU size (${Sizes.all().filter((s) => !Sizes.isGpu(s)).join(', ')})`);
    }
    this.cores = mapping?.cores ?? Sizes.spec(size).vcpus;
    this.memoryMiB = mapping?.memoryMiB ?? Sizes.spec(size).memoryMiB;
    const pci = mapping?.pciMappings ?? [];

    // Boot disk and image.
    let image: ProxmoxCloudImage | undefined;
    let containerTemplate: ProxmoxContainerTemplate | undefined;
    if (vm) {
      image = props.image ?? (ProxmoxCloudImage.hasOfficialImage(props.template.os) ? ProxmoxCloudImage.forOs(props.template.os) : undefined);
      if (!image) {
        err('no-cloud-image', 'image', `template "${props.template.slug}" is based on ${props.template.os}, which publishes no cloud image for Proxmox`, props.template.os,
          'pass image: ProxmoxCloudImage.fromUrl({ url }) or ProxmoxCloudImage.fromTemplateVm({ vmId, diskGiB }), or use an Ubuntu, Debian or Rocky Linux template');
      }
      if (props.containerTemplate) err('container-template-for-vm', 'containerTemplate', 'a container template is only used with kind CONTAINER', props.containerTemplate.url ?? props.containerTemplate.fileId, 'remove containerTemplate, or set kind: ProxmoxWorkspaceKind.CONTAINER');
    } else {
      containerTemplate = props.containerTemplate
        ?? (ProxmoxContainerTemplate.hasOfficialTemplate(props.template.os) ? ProxmoxContainerTemplate.forOs(props.template.os) : undefined);
      if (!containerTemplate) {
        err('no-container-template', 'containerTemplate', `template "${props.template.slug}" is based on ${props.template.os}, for which Proxmox publishes no container template`, props.template.os,
          'pass containerTemplate: ProxmoxContainerTemplate.fromUrl(url, osType), or use an Ubuntu, Debian or Rocky Linux template');
      }
      if (props.image) err('image-for-container', 'image', 'a cloud image is only used by virtual machines', props.image.kind, 'remove image, or use kind VIRTUAL_MACHINE');
      if (pci.length) err('gpu-in-container', 'size', `size ${size} passes GPUs through, which this library does only for virtual machines`, size, 'use kind VIRTUAL_MACHINE for GPU workspaces');
      if (nfsOf(props.storage)) {
        err('nfs-in-container', 'storage', 'an unprivileged container cannot mount NFS', nfsOf(props.storage)!.server,
          'use kind VIRTUAL_MACHINE, or mount the share on the node and bind it into the container yourself');
      }
    }
    const minDisk = image?.minimumDiskGiB ?? 4;
    if (props.diskGiB !== undefined && !Token.isUnresolved(props.diskGiB)) {
      if (!Number.isInteger(props.diskGiB) || props.diskGiB < 1 || props.diskGiB > 65536) {
        err('invalid-disk', 'diskGiB', 'the disk size is a whole number of GiB from 1 to 65536', props.diskGiB, `use e.g. ${Math.max(rootGiB, minDisk)}`);
      } else if (props.diskGiB < minDisk) {
        const what = image?.templateVm ? `the template VM ${image.templateVm.vmId}'s disk` : `the image ${image?.download?.url ?? ''}`.trim();
        err('disk-too-small', 'diskGiB', `the disk (${props.diskGiB} GiB) is smaller than ${what} (${minDisk} GiB); Proxmox cannot shrink an imported or cloned disk`,
          props.diskGiB, `use diskGiB: ${minDisk} or more, or leave it out for ${Math.max(rootGiB, minDisk)}`);
      }
    }
    this.diskGiB = props.diskGiB ?? Math.max(rootGiB, minDisk);

    // Egress and the policy.
    this.egress = props.egress ?? props.policy?.egress ?? EgressMode.OPEN;
    if (!Object.values(EgressMode).includes(this.egress)) err('invalid-egress', 'egress', 'unknown egress mode', this.egress, `use one of ${Object.values(EgressMode).join(', ')}`);
    const userTags = props.tags ?? {};
    if (props.policy) {
      const violations = props.policy.evaluate({
        name: this.workspaceName,
        template: props.template.slug,
        size,
        owner: props.owner,
        connectionType: props.template.connectionType,
        egress: this.egress,
        hourlyCost: 0,
        tags: { ...userTags, ...(props.project ? { project: props.project } : {}), ...(props.owner ? { owner: props.owner } : {}) },
      }).filter((v) => !v.rule.startsWith('instance-family') && !v.rule.startsWith('cost-'));
      for (const v of violations) errors.push(problem({ code: `policy-${v.rule}`, field: policyField(v.rule), message: v.message.replace(/\. Fix: .*$/, ''), value: v.requested, fix: v.fix, location }));
    }
    const proxyUrl = props.proxy ? proxyUrlOf(props.proxy) : undefined;
    if (this.egress === EgressMode.PROXIED && !props.proxy) {
      err('missing-proxy', 'proxy', 'egress "proxied" needs the proxy the firewall lets the workspace reach', undefined,
        'pass proxy: { address: "10.10.0.3", port: 3128 }, or use egress none or open');
    }
    if (props.proxy && (!isIpv4(props.proxy.address) && !isIpv6(props.proxy.address))) {
      err('invalid-address', 'proxy.address', 'the proxy must be an IP address: the Proxmox firewall cannot name a host', props.proxy.address, 'give the proxy\'s IP address');
    }
    const endpoints = [...(props.proxy ? [{ ...props.proxy, comment: props.proxy.comment ?? 'package proxy (egress proxied)' }] : []), ...(props.allowedEndpoints ?? [])];
    endpoints.forEach((e, i) => {
      const field = props.proxy && i === 0 ? 'proxy' : `allowedEndpoints[${props.proxy ? i - 1 : i}]`;
      if (!isAddressOrCidr(e.address)) err('invalid-address', `${field}.address`, 'not an IP address or CIDR (the Proxmox firewall does not resolve host names)', e.address, 'write e.g. 10.10.0.3 or 10.10.0.0/24');
      if (!Number.isInteger(e.port) || e.port < 1 || e.port > 65535) err('invalid-port', `${field}.port`, 'not a port', e.port, 'use 1-65535');
    });
    for (const [field, list] of [['cluster.dnsServers', cluster.dnsServers ?? []], ['cluster.ntpServers', cluster.ntpServers ?? []]] as Array<[string, string[]]>) {
      list.forEach((a, i) => {
        if (!isIpv4(a) && !isIpv6(a)) err('invalid-address', `${field}[${i}]`, 'not an IP address (the firewall rule needs one)', a, 'write e.g. 10.10.0.2');
      });
    }
    const nfs = nfsOf(props.storage);
    // The datacenter firewall every guest firewall depends on; the addresses a guest may send from.
    for (const d of datacenterFirewallProblems(cluster)) err(d.code, d.field, d.message, d.value, d.fix);
    if (cluster.internalResolver !== undefined && !isIpv4(cluster.internalResolver) && !isIpv6(cluster.internalResolver)) {
      err('invalid-address', 'cluster.internalResolver', 'not an IP address (the firewall rule needs one)', cluster.internalResolver, 'write e.g. 10.10.0.53, or leave it out for no DNS');
    }
    for (const d of dhcpPoolProblems(cluster, [
      ...(props.proxy ? [{ what: 'the proxy', field: 'proxy.address', address: props.proxy.address }] : []),
      ...(nfs ? [{ what: 'the NFS server', field: 'storage.source', address: nfs.server }] : []),
      ...(cluster.internalResolver ? [{ what: 'the internal resolver', field: 'cluster.internalResolver', address: cluster.internalResolver }] : []),
      ...(props.allowedEndpoints ?? []).map((e, i) => ({ what: 'an allowed endpoint', field: `allowedEndpoints[${i}].address`, address: e.address })),
    ])) err(d.code, d.field, d.message, d.value, d.fix);
    if (!props.address) {
      if (this.egress === EgressMode.NONE) {
        err('dhcp-with-egress-none', 'address', 'a workspace with egress "none" needs a static address: DHCP is itself a channel out (to the DHCP server and the DNS updates it makes), and the IP filter can pin only an address it knows',
          undefined, 'give it address: { address: "10.20.30.42/24" } (a lab file: address: { address: 10.20.30.42/24 })');
      } else if (!(cluster.dhcpPool ?? []).length) {
        err('dhcp-without-pool', 'address', 'the workspace takes its address by DHCP, and its IP filter (ipfilter-net0) must know which addresses it may send from', undefined,
          'set cluster.dhcpPool to the DHCP server\'s range as CIDRs (a lab file: cluster: { dhcp_pool: [10.20.30.128/25] }), or give the workspace a static address');
      }
    }
    if (nfs && this.egress !== EgressMode.OPEN && !isIpv4(nfs.server) && !isIpv6(nfs.server)) {
      err('nfs-server-not-address', 'storage.source', `with egress "${this.egress}" the firewall must allow NFS to the server by address, and "${nfs.server}" is a host name`, nfs.server,
        'give StorageSource.nfs({ server }) the NFS server\'s IP address');
    }
    (props.accessCidrs ?? []).forEach((c, i) => {
      const bad = cidrProblem(c);
      if (bad) err('invalid-cidr', `accessCidrs[${i}]`, `not a valid CIDR: ${bad}`, c, 'write a network such as 10.20.0.0/16 (a single address: 10.20.0.5/32)');
    });
    // The union too (issue 13.2): 0.0.0.0/1 + 128.0.0.0/1 is every address.
    for (const [code, field, message, value, fix] of unconditionalCidrProblems(props.accessCidrs ?? [], 'accessCidrs', 'SSH')) {
      if (field === 'accessCidrs') err(code, field, message, value, fix);
    }
    if (props.address) {
      const [ip, prefix] = props.address.address.split('/');
      if (!isIpv4(ip) || !/^\d{1,2}$/.test(prefix ?? '') || Number(prefix) < 8 || Number(prefix) > 32) {
        err('invalid-address', 'address.address', 'a static address is an IPv4 address with its prefix length', props.address.address, 'write e.g. 10.20.30.40/24');
      }
      if (props.address.gateway !== undefined && !isIpv4(props.address.gateway)) err('invalid-address', 'address.gateway', 'not an IPv4 address', props.address.gateway, 'write e.g. 10.20.30.1');
    }
    for (const [k, v] of Object.entries(userTags)) {
      if (!/^[a-z0-9_][a-z0-9_-]{0,30}$/i.test(k) || String(v).length === 0) {
        err('invalid-tag', `tags.${k}`, 'tag keys are letters, digits, "_" and "-" (at most 31) with a non-empty value', v, 'rename the key or give it a value');
      }
    }

    // Provisioning (its own checks: owner, users, storage).
    let userData: WorkspaceUserData | undefined;
    try {
      userData = WorkspaceUserData.generate({
        template: props.template,
        // The policy's allowed_privileged_groups/paths are the template's only privileged grants.
        policy: props.policy,
        registry: props.registry,
        users: props.users,
        owner: props.owner,
        storage: props.storage,
        developer: props.developer,
        platform: WorkspacePlatform.PROXMOX,
        // Offline workspaces never try the internet at boot and say what the image must hold.
        egress: this.egress,
        where: this.node.path,
        // A template VM baked from the template (ImageBake): only the per-workspace part at boot.
        phase: props.image?.templateVm?.bakedContentHash ? ProvisioningPhase.BOOT : undefined,
      });
      const baked = props.image?.templateVm?.bakedContentHash;
      if (baked && baked !== userData.imageContentHash) {
        err('baked-content-mismatch', 'image.templateVm.bakedContentHash', `template VM ${props.image!.templateVm!.vmId} was baked from other content than template "${props.template.slug}" `
          + `with this workspace's parameters (${userData.imageContentHash})`, baked,
        'build a template VM from this template version (ImageBake.of({ template, platform: WorkspacePlatform.PROXMOX }).proxmoxTemplateScript(...)), or clone the one built for it');
      }
    } catch (e) {
      adopt(e, 'userData');
    }
    if (errors.length) {
      throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the Proxmox workspace` : undefined);
    }
    this.userData = userData!;
    // Without internet a public image cannot install what the template asks for; an image of one's own may have it.
    if (!props.image) {
      for (const w of this.userData.warnings) {
        if (w.code === 'offline-needs-internet') {
          Annotations.of(this).addWarning(offlineBootWarning({
            path: this.node.path, workspace: this.workspaceName, template: props.template.slug, backend: 'proxmox', message: w.message,
          }));
        }
      }
    }

    // Resources.
    ensureProxmoxProvider(this);
    const lab = props.labName ?? 'research-lab';
    this.tags = tagList([
      MANAGED_TAG, `lab-${lab}`, `template-${props.template.slug}`, `size-${size}`, `egress-${this.egress}`,
      ...(props.owner ? [`owner-${props.owner}`] : []), ...(props.project ? [`project-${props.project}`] : []),
      ...Object.entries(userTags).map(([k, v]) => `${k}-${v}`),
    ].map(proxmoxTag));
    const description = [
      `Research workspace **${this.workspaceName}** of lab ${lab}: template ${props.template.slug} (${props.template.name}), size ${size}.`,
      `Egress: ${this.egress}${proxyUrl && this.egress === EgressMode.PROXIED ? ` through ${proxyUrl}` : ''}.`,
      'Managed by cdk-research-workspaces (Terraform); changes made here are overwritten.',
    ].join('\n\n');
    const noProxy = ['localhost', '127.0.0.1', '::1', ...(nfs ? [nfs.server] : [])].join(',');
    const proxySetup = this.egress === EgressMode.PROXIED && proxyUrl ? proxySetupScript(proxyUrl, noProxy) : undefined;
    const datastore = cluster.diskDatastoreId ?? 'local-lvm';
    const snippets = cluster.snippetDatastoreId ?? 'local';
    const bridge = cluster.bridge ?? 'vmbr0';
    const ownAddress = props.address?.address.split('/')[0];
    // Egress none/proxied: the internal resolver only (or none); open: the cluster's resolvers.
    const resolvers = this.egress === EgressMode.OPEN ? [] : cluster.internalResolver ? [cluster.internalResolver] : [];
    const guestDns = this.egress === EgressMode.OPEN ? cluster.dnsServers : resolvers.length ? resolvers : undefined;
    ensureDatacenterFirewall(this, cluster.datacenterFirewall!);

    let resource: TerraformResource;
    let guestId: number;
    if (vm) {
      const parts = this.userData.parts.map((p) => (p.contentType === 'text/x-shellscript' && proxySetup
        ? { ...p, content: `${proxySetup}\n${p.content.replace(/^#!.*\n/, '')}` }
        : p));
      const mime = multipart(parts);
      const userDataFile = addSnippet(this, 'UserData', {
        nodeName: props.nodeName, datastoreId: snippets, baseName: `rws-${this.workspaceName}-user-data`, data: tfLiteral(mime), hashInput: mime,
      });
      const metaFile = addSnippet(this, 'MetaData', {
        nodeName: props.nodeName, datastoreId: snippets, baseName: `rws-${this.workspaceName}-meta-data`, data: metaData(this.workspaceName, sha256(mime)),
      });
      this.provisioningFile = userDataFile;
      const img = image!;
      const content = cluster.imageContent ?? ProxmoxImageContent.IMPORT;
      let importFrom: string | undefined;
      let fileId: string | undefined;
      if (img.download) {
        const dl = sharedDownload(this, {
          nodeName: props.nodeName,
          datastoreId: cluster.imageDatastoreId ?? 'local',
          url: img.download.url,
          fileName: imageFileName(img.download.url, img.download.fileName, content),
          contentType: content,
          checksum: img.download.checksum,
          checksumAlgorithm: img.download.checksumAlgorithm,
        });
        if (content === ProxmoxImageContent.IMPORT) importFrom = dl.id;
        else fileId = dl.id;
      }
      const vmResource = addVm(this, 'Resource', {
        name: this.workspaceName,
        nodeName: props.nodeName,
        vmId: props.vmId,
        poolId: props.poolId,
        tags: this.tags,
        description,
        started: this.started,
        cores: this.cores,
        memoryMiB: this.memoryMiB,
        cpuType: props.cpuType ?? DEFAULT_CPU_TYPE,
        diskDatastoreId: datastore,
        diskGiB: this.diskGiB,
        bootDiskInterface: img.templateVm?.diskInterface ?? 'scsi0',
        importFrom,
        fileId,
        clone: img.templateVm ? { vmId: img.templateVm.vmId, nodeName: img.templateVm.nodeName } : undefined,
        bridge,
        vlanId: cluster.vlanId,
        address: props.address,
        dnsServers: guestDns,
        userDataFileId: userDataFile.id,
        metaDataFileId: metaFile.id,
        pciMappings: pci,
        guestAgent: img.templateVm?.guestAgent ?? false,
      });
      resource = vmResource;
      guestId = vmResource.vmId;
    } else {
      const tmpl = containerTemplate!;
      const templateFileId = tmpl.fileId ?? sharedDownload(this, {
        nodeName: props.nodeName,
        datastoreId: cluster.imageDatastoreId ?? 'local',
        url: tmpl.url!,
        fileName: tmpl.url!.replace(/[?#].*$/, '').split('/').pop()!,
        contentType: 'vztmpl',
      }).id;
      const script = containerHookScript(this.workspaceName, this.userData.provisioningScript(), proxySetup, proxyUrl, noProxy);
      const hook = addSnippet(this, 'HookScript', {
        nodeName: props.nodeName,
        datastoreId: snippets,
        baseName: `rws-${this.workspaceName}-hook`,
        data: tfLiteral(script),
        hashInput: script,
        fileMode: '0700',
        extension: 'sh',
      });
      this.provisioningFile = hook;
      const ct = new VirtualEnvironmentContainer(this, 'Resource', {
        nodeName: props.nodeName,
        vmId: props.vmId,
        poolId: props.poolId,
        tags: this.tags,
        description: tfLiteral(description),
        started: this.started,
        startOnBoot: this.started,
        unprivileged: true,
        features: { nesting: true, keyctl: true },
        cpu: { cores: this.cores },
        memory: { dedicated: this.memoryMiB, swap: 0 },
        disk: { datastoreId: datastore, size: this.diskGiB },
        operatingSystem: { templateFileId, type: tmpl.osType },
        networkInterface: [{ name: 'eth0', bridge, firewall: true, vlanId: cluster.vlanId }],
        initialization: {
          hostname: this.workspaceName,
          dns: guestDns && guestDns.length ? { servers: guestDns } : undefined,
          ipConfig: [{ ipv4: props.address ? { address: props.address.address, gateway: props.address.gateway } : { address: 'dhcp' } }],
        },
        hookScriptFileId: hook.id,
      });
      resource = ct;
      guestId = ct.vmId;
    }
    this.resource = resource;
    this.node.defaultChild = resource;

    // Firewall.
    const ipSets: FirewallIpSet[] = [];
    const rules: FirewallRule[] = [];
    const access = props.accessCidrs ?? [];
    if (access.length) {
      ipSets.push({ name: 'rws-access', comment: `Networks that may reach ${this.workspaceName}`, cidrs: access });
      // SSH, and the template's services that listen beyond loopback (the rest: SSH port forwards).
      const open = (props.template.definition.services ?? []).filter((s) => s.port !== undefined && s.enable !== false && s.bindAddress !== undefined
        && !/^(127\.|localhost$|::1$)/.test(s.bindAddress));
      const ports = [22, ...open.map((s) => s.port!)];
      rules.push({
        type: 'in',
        proto: 'tcp',
        dport: [...new Set(ports)].sort((a, b) => a - b).join(','),
        source: '+rws-access',
        comment: `SSH${open.length ? ` and ${open.map((s) => s.name).join(', ')}` : ''} from the access networks`,
      });
    }
    if (this.egress !== EgressMode.OPEN) {
      // DNS only to the internal resolver (never recursion to the internet), or not at all.
      for (const d of resolvers) {
        rules.push({ type: 'out', proto: 'udp', dport: '53', dest: d, comment: 'DNS: the internal resolver (internal names only)' },
          { type: 'out', proto: 'tcp', dport: '53', dest: d, comment: 'DNS: the internal resolver (internal names only)' });
      }
      for (const n of cluster.ntpServers ?? []) rules.push({ type: 'out', proto: 'udp', dport: '123', dest: n, comment: 'NTP' });
      if (nfs) rules.push({ type: 'out', proto: 'tcp', dport: '2049', dest: nfs.server, comment: 'NFS: the lab\'s shared storage' });
      for (const e of endpoints) {
        if (e === endpoints[0] && props.proxy && this.egress !== EgressMode.PROXIED) continue;
        rules.push({ type: 'out', proto: e.protocol ?? ProxmoxProtocol.TCP, dport: String(e.port), dest: e.address, comment: e.comment ?? 'allowed endpoint' });
      }
    }
    this.firewall = addFirewall(this, {
      nodeName: props.nodeName,
      vmId: vm ? guestId : undefined,
      containerId: vm ? undefined : guestId,
      outputPolicy: this.egress === EgressMode.OPEN ? 'ACCEPT' : 'DROP',
      ipFilter: ownAddress ? [ownAddress] : cluster.dhcpPool!,
      dhcp: props.address === undefined,
      ipSets,
      rules,
      guest: resource,
      what: `workspace ${this.workspaceName} (egress ${this.egress})`,
      resolvers,
    });
    this.firewallRules = this.firewall.rules;
  }

  /** The VM (or container) id: a Terraform reference, known after apply unless `vmId` was given. */
  public get vmId(): number {
    return this.resource.getNumberAttribute('vm_id');
  }

  /** The firewall options resource (policies, IP and MAC filtering). */
  public get firewallOptions(): TerraformResource {
    return this.firewall.options;
  }
}

/** The NFS server of the storage, if it is NFS (the one place that reads StorageSource's fields). */
function nfsOf(storage: WorkspaceStorageOptions | undefined): NfsStorageProps | undefined {
  return storage?.source.kind === 'nfs' ? storage.source.nfsSettings : undefined;
}

function sizeMapping(size: WorkspaceSize, mappings: ProxmoxSizeMapping[]): ProxmoxSizeMapping | undefined {
  const given = mappings.find((m) => m.size === size);
  if (given) return given;
  if (Sizes.isGpu(size)) return undefined;
  return { size };
}

function policyField(rule: string): string {
  if (rule.startsWith('template')) return 'template';
  if (rule.startsWith('size')) return 'size';
  if (rule.startsWith('egress')) return 'egress';
  if (rule === 'missing-tags') return 'tags';
  if (rule.startsWith('connection')) return 'template';
  return 'policy';
}

function proxyUrlOf(p: ProxmoxEndpoint): string {
  return `http://${isIpv6(p.address) ? `[${p.address}]` : p.address}:${p.port}`;
}
