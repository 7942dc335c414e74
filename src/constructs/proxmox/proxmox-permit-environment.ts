import { Construct } from 'constructs';
import { ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxImageContent } from './proxmox-cluster';
import { checkKnownProps } from '../../private/known-props';
import { Fn, TerraformResource } from '../terraform/cdktf';
import { squidConfig, squidDomains } from '../terraform/permit-common';
import { VirtualEnvironmentPool } from './generated/virtual-environment-pool.generated';
import { VirtualEnvironmentVm } from './generated/virtual-environment-vm.generated';
import { datacenterFirewallProblems } from './private/network-checks';
import {
  airlockCloudConfig, analysisReleaseExtras, desktopCloudConfig, HOST_KEY_PLACEHOLDER, HOSTS, IMAGE_PACKAGES, INTERNET, MIN_NETWORK_SIZE,
  NOT_INTERNET, passwordHashPlaceholder, PROXY_PORT, PROXY_ROLE, proxyCloudConfig, RELEASE_VOLUME, roleMountTable, STORAGE_ROLE, StorageClient,
  storageCloudConfig, StorageVolume, volumeSerial,
  withReferences,
} from './private/permit';
import {
  FIRST_REVIEW_HOST, FIRST_REVIEW_VM_ID_OFFSET, PlannedReview, REVIEWABLE_STATUSES, reviewProblems, ReviewMachine, setReviewContext,
} from './private/review-context';
import {
  addFirewall, addSnippet, addVm, ensureDatacenterFirewall, ensureProxmoxProvider, FirewallIpSet, FirewallRule, hostInNetwork, imageFileName,
  isHostOf, isIpv4, isIpv6, MANAGED_TAG, metaData, numberToIpv4, parseIpv4Network, proxmoxTag, sha256, sharedDownload, tagList,
} from './private/support';
import { Diagnostic } from '../../workspaces/errors';
import { IngressScanning } from '../../workspaces/ingress';
import {
  cidrProblem, MountAccess, NetworkMode, PermitMember, PermitMemberRole, PermitPlan, PermitStatus, PermitVolumeKind, PermitWorkspaceRole,
  PlannedMount, PlannedVolume, PlannedWorkspace, WorkspaceState,
} from '../../workspaces/permit';
import { PermitEntrypoint } from '../../workspaces/permit-entrypoint';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { ensureProvider, RandomPassword, TlsPrivateKey } from '../terraform/random-tls';

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

/** How a permit VM gets its boot disk. */
interface BootImage {
  readonly importFrom?: string;
  readonly fileId?: string;
  readonly clone?: { vmId: number; nodeName?: string };
  readonly diskInterface: string;
  readonly guestAgent: boolean;
}

/** The researchers the plan names (the analysis workspace's accounts, where the phase has it). */
function researchersOf(plan: PermitPlan): string[] {
  return [...new Set(plan.workspaces.flatMap((w) => w.users).filter((u) => u.role === PermitMemberRole.RESEARCHER).map((u) => u.name))];
}

const VOLUME_DEFAULTS = { uploadGiB: 50, rawGiB: 100, preparedGiB: 100, outputsGiB: 20, projectGiB: 20 };

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
export class ProxmoxPermitEnvironment extends Construct {
  /** Packages the permit image needs (Debian/Ubuntu names). */
  public static readonly IMAGE_PACKAGES: string[] = IMAGE_PACKAGES;

  /** The pool id of a permit: `permit-<id>`. */
  public static poolIdOf(permitId: string): string {
    return `permit-${permitId}`;
  }

  /** The plan this environment was built from. */
  public readonly plan: PermitPlan;
  /** Pool id (`permit-<id>`), also when the phase has no resources. */
  public readonly poolId: string;
  /** Whether this phase has any resource (false before ingress and after deletion). */
  public readonly hasResources: boolean;
  /** Connection details of every account of every workspace in this phase. */
  public readonly connections: ProxmoxPermitConnection[];
  /** The address of every machine role of the permit (planned or not), e.g. `analysis` -> `10.42.7.25`. */
  public readonly addresses: { [role: string]: string };
  /**
   * The storage server VM.
   * @default - no volumes in this phase
   */
  public readonly storageServer?: TerraformResource;
  /**
   * The package proxy VM.
   * @default - no proxied workspace in this phase
   */
  public readonly egressProxy?: TerraformResource;
  /**
   * SHA-256 fingerprint of the airlock's SSH host key, for the data holders to check.
   * @default - no airlock in this phase
   */
  public readonly airlockHostKeyFingerprint?: string;

  private readonly props: ProxmoxPermitEnvironmentProps;
  private readonly net: { base: number; prefix: number; size: number };
  private readonly gateway: string;
  private readonly labels: string[];
  private readonly vms = new Map<string, VirtualEnvironmentVm>();
  private readonly reviews: PlannedReview[];
  private imageSource?: { importFrom?: string; fileId?: string };

  constructor(scope: Construct, id: string, props: ProxmoxPermitEnvironmentProps) {
    super(scope, id);
    checkKnownProps(this, 'ProxmoxPermitEnvironmentProps', props);
    this.props = props;
    const plan = props.plan;
    this.plan = plan;
    this.poolId = ProxmoxPermitEnvironment.poolIdOf(plan.permitId);
    this.net = this.validate();
    this.gateway = props.network.gateway ?? numberToIpv4(this.net.base + 1);
    this.reviews = (props.releaseReviews ?? []).map((r, i) => {
      const hostNumber = r.hostNumber ?? FIRST_REVIEW_HOST + i;
      return { requestId: r.requestId, reviewers: r.reviewers, hostNumber, address: numberToIpv4(this.net.base + hostNumber) };
    });
    this.addresses = Object.fromEntries(Object.keys(HOSTS).map((r) => [r, this.addressOf(r)]));
    this.labels = [
      MANAGED_TAG, `permit-${plan.permitId}`, `status-${plan.status}`, `event-${plan.eventId}`,
    ].map(proxmoxTag);
    this.hasResources = plan.volumes.length > 0 || plan.workspaces.length > 0;
    this.connections = [];
    if (!this.hasResources) return;

    ensureProxmoxProvider(this);
    ensureDatacenterFirewall(this, props.cluster.datacenterFirewall!);
    const pool = new VirtualEnvironmentPool(this, 'Pool', {
      poolId: this.poolId,
      comment: `Permit ${plan.permitId}: every machine of the permit (cdk-research-workspaces)`,
    });
    this.node.defaultChild = pool;

    const table = roleMountTable(plan.volumes);
    const running = plan.workspaces.filter((w) => w.state === WorkspaceState.RUNNING);
    if (plan.volumes.length) this.storageServer = this.addStorage(table, running.filter((w) => w.mounts.length > 0), pool);
    this.lendToReviews(pool);
    const proxied = plan.workspaces.filter((w) => w.network === NetworkMode.EGRESS_PROXY);
    if (proxied.length) this.egressProxy = this.addProxy(proxied, pool);

    const connections: ProxmoxPermitConnection[] = [];
    for (const w of plan.workspaces) {
      const added = this.addWorkspace(w, pool);
      connections.push(...added.connections);
      if (added.hostKeyFingerprint) this.airlockHostKeyFingerprint = added.hostKeyFingerprint;
    }
    this.connections = connections;
  }

  /** The fixed address of a machine role (`storage`, `egress-proxy` or a workspace role). */
  public addressOf(role: string): string {
    const h = HOSTS[role];
    if (!h) throw new WorkspaceInputError([problem({ code: 'unknown-role', message: 'no such machine in a permit', value: role, fix: `use one of ${Object.keys(HOSTS).join(', ')}` })]);
    return numberToIpv4(this.net.base + h.host);
  }

  /** The VM of a workspace role (or `storage`, `egress-proxy`) in this phase, if it exists. */
  public vmOf(role: string): TerraformResource | undefined {
    return this.vms.get(role);
  }

  /** Lets the ProxmoxReleaseReview constructs of this environment build their VMs like its desktops. */
  private lendToReviews(pool: VirtualEnvironmentPool): void {
    const claimed = new Map<string, string>();
    setReviewContext(this, {
      permitId: this.plan.permitId,
      status: this.plan.status,
      nodeName: this.props.nodeName,
      storageAddress: this.addressOf(STORAGE_ROLE),
      gatewayCidrs: this.props.gatewayCidrs,
      passwordLength: this.props.passwordLength ?? 24,
      reviews: this.reviews,
      researchers: researchersOf(this.plan),
      addMachine: (scope, role, m: ReviewMachine) => this.addMachine(scope as Construct, role, {
        what: m.what,
        userData: m.userData,
        userDataHashInput: m.userDataHashInput,
        size: this.props.desktopSize ?? WorkspaceSize.S,
        diskGiB: this.props.desktopDiskGiB ?? Math.max(20, this.props.image.minimumDiskGiB),
        started: true,
        sensitive: true,
        pool,
        host: m.host,
        vmIdOffset: m.vmIdOffset,
        name: m.name,
        dependsOn: this.storageServer ? [this.vms.get(STORAGE_ROLE)!] : [],
      }),
      claim: (requestId, path) => {
        const other = claimed.get(requestId);
        if (other) {
          throw new WorkspaceInputError([problem({
            code: 'duplicate-review',
            field: 'requestId',
            value: requestId,
            location: { file: `construct ${path}` },
            message: `${other} already reviews this request in this permit environment`,
            fix: 'add one ProxmoxReleaseReview per request',
          })]);
        }
        claimed.set(requestId, path);
      },
    });
    if (this.reviews.length) {
      this.node.addValidation({
        validate: () => this.reviews.filter((r) => !claimed.has(r.requestId)).map((r) => `construct ${this.node.path}: error review-without-vm: releaseReviews: `
          + `the storage server exports requests/${r.requestId} to ${r.address}, but no ProxmoxReleaseReview builds that VM (got "${r.requestId}"). `
          + `Fix: add new ProxmoxReleaseReview(scope, id, { environment, requestId: '${r.requestId}', reviewers }) (ProxmoxPermitStack does), or drop the entry`),
      });
    }
  }

  private validate(): { base: number; prefix: number; size: number } {
    const p = this.props;
    const plan = p.plan;
    const errors: Diagnostic[] = [];
    const location = { file: `construct ${this.node.path}` };
    const err = (code: string, field: string, message: string, value: unknown, fix: string) => {
      errors.push(problem({ code, field, message, value, fix, location }));
    };
    if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(plan.permitId)) {
      err('invalid-permit-id', 'plan.permitId', 'permit id must be 1-40 lower-case letters, digits or dashes', plan.permitId, 'use the id the lifecycle model accepted');
    }
    if (!Object.values(PermitStatus).includes(plan.status)) err('unknown-status', 'plan.status', 'unknown permit status', plan.status, `use one of ${Object.values(PermitStatus).join(', ')}`);
    if (p.cluster.nodes.length === 0) {
      err('no-nodes', 'cluster.nodes', 'the cluster has no nodes', [], 'list the node names, e.g. nodes: ["pve1", "pve2"]');
    } else if (!p.cluster.nodes.includes(p.nodeName)) {
      err('unknown-node', 'nodeName', `"${p.nodeName}" is not a node of the cluster (${p.cluster.nodes.join(', ')})`, p.nodeName,
        `use one of ${p.cluster.nodes.join(', ')}, or add "${p.nodeName}" to cluster.nodes`);
    }
    const net = parseIpv4Network(p.network.cidr);
    if (!net || net.size < MIN_NETWORK_SIZE) {
      err('invalid-network', 'network.cidr', `the permit's network must be an IPv4 network of at least ${MIN_NETWORK_SIZE} addresses (a /27), without host bits`, p.network.cidr,
        'use e.g. 10.42.7.0/24');
    }
    if (net && p.network.gateway !== undefined) {
      const fixed = Object.values(HOSTS).map((h) => numberToIpv4(net.base + h.host));
      if (!isHostOf(net, p.network.gateway)) err('invalid-gateway', 'network.gateway', `the gateway must be a host of ${p.network.cidr}`, p.network.gateway, 'use e.g. the network\'s .1');
      else if (fixed.includes(p.network.gateway)) err('invalid-gateway', 'network.gateway', 'the gateway takes the address of a permit machine (.10, .11, .20-.25)', p.network.gateway, 'use e.g. the network\'s .1');
    }
    const dns = p.network.dnsServers ?? p.cluster.dnsServers ?? [];
    dns.forEach((a, i) => {
      if (!isIpv4(a) && !isIpv6(a)) err('invalid-address', `network.dnsServers[${i}]`, 'not an IP address', a, 'write e.g. 10.10.0.2');
    });
    if (plan.workspaces.some((w) => w.network === NetworkMode.EGRESS_PROXY) && dns.length === 0) {
      err('no-dns-for-proxy', 'network.dnsServers', 'the package proxy of the setup phase must resolve the repositories\' names, and no DNS server is configured', [],
        'pass network.dnsServers (or cluster.dnsServers), e.g. ["10.10.0.2"]');
    }
    if (p.gatewayCidrs.length === 0) {
      err('no-gateway', 'gatewayCidrs', 'no remote-desktop gateway network: nobody could reach the desktops', [], 'give the address range of the Guacamole gateway, e.g. 10.10.5.0/28');
    }
    for (const d of datacenterFirewallProblems(p.cluster)) err(d.code, d.field, d.message, d.value, d.fix);
    p.gatewayCidrs.forEach((c, i) => {
      const bad = cidrProblem(c);
      if (bad) err('invalid-cidr', `gatewayCidrs[${i}]`, `not a valid CIDR: ${bad}`, c, 'write a network such as 10.10.5.0/28');
    });
    if (p.vmIdBase !== undefined && (!Number.isInteger(p.vmIdBase) || p.vmIdBase < 100 || p.vmIdBase > 999999990)) {
      err('invalid-vm-id', 'vmIdBase', 'the first VM id must be a whole number from 100 to 999999990', p.vmIdBase, 'leave it out for the next free ids');
    }
    const sizes: Record<string, number | undefined> = {
      uploadGiB: p.uploadGiB,
      rawGiB: p.rawGiB,
      preparedGiB: p.preparedGiB,
      outputsGiB: p.outputsGiB,
      projectGiB: p.projectGiB,
      desktopDiskGiB: p.desktopDiskGiB,
    };
    for (const [field, n] of Object.entries(sizes)) {
      if (n !== undefined && (!Number.isInteger(n) || n < 1 || n > 65536)) err('invalid-size', field, 'must be a whole number of GiB from 1 to 65536', n, 'give a positive whole number');
    }
    if (p.desktopDiskGiB !== undefined && Number.isInteger(p.desktopDiskGiB) && p.desktopDiskGiB < p.image.minimumDiskGiB) {
      err('disk-too-small', 'desktopDiskGiB', `the disk (${p.desktopDiskGiB} GiB) is smaller than the image (${p.image.minimumDiskGiB} GiB); Proxmox cannot shrink an imported or cloned disk`,
        p.desktopDiskGiB, `use desktopDiskGiB: ${p.image.minimumDiskGiB} or more`);
    }
    if (p.desktopSize !== undefined && Sizes.isGpu(p.desktopSize)) {
      err('size-without-mapping', 'desktopSize', `size ${p.desktopSize} has no Proxmox mapping for permit desktops (GPU passthrough is not offered here)`, p.desktopSize,
        `use a CPU size (${Sizes.all().filter((s) => !Sizes.isGpu(s)).join(', ')})`);
    }
    const pw = p.passwordLength ?? 24;
    if (!Number.isInteger(pw) || pw < 16 || pw > 128) err('invalid-password-length', 'passwordLength', 'passwords must be 16-128 characters', pw, 'use e.g. 24');
    const uploads = plan.volumes.filter((v) => v.kind === PermitVolumeKind.UPLOAD).length;
    if (uploads > 25) {
      err('too-many-data-holders', 'plan.volumes', `the storage server has 30 SCSI slots: at most 25 upload areas beside raw, prepared, outputs, project and the release area (got ${uploads})`,
        uploads, 'split the data holders over several permits');
    }
    if (p.releaseGiB !== undefined && (!Number.isInteger(p.releaseGiB) || p.releaseGiB < 1 || p.releaseGiB > 65536)) {
      err('invalid-size', 'releaseGiB', 'must be a whole number of GiB from 1 to 65536', p.releaseGiB, 'give a positive whole number');
    }
    this.validateReviews(net, errors, location);

    // The plan: volumes, mounts, accounts.
    const volumes = new Map(plan.volumes.map((v) => [v.name, v]));
    const table = roleMountTable(plan.volumes);
    plan.volumes.forEach((v, i) => {
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(v.name)) err('invalid-name', `plan.volumes[${i}].name`, 'volume name must be lower-case letters, digits and dashes', v.name, 'rename the volume');
    });
    const roles = new Set<string>();
    plan.workspaces.forEach((w, i) => {
      const f = `plan.workspaces[${i}]`;
      if (!HOSTS[w.role] || [STORAGE_ROLE, PROXY_ROLE].includes(w.role as string)) err('unknown-role', `${f}.role`, 'not a permit workspace role', w.role, 'use a PermitWorkspaceRole');
      if (roles.has(w.role)) err('duplicate-workspace', `${f}.role`, 'workspace planned twice', w.role, 'plan each role once');
      roles.add(w.role);
      if (w.protocol !== 'rdp' && w.protocol !== 'sftp') err('invalid-protocol', `${f}.protocol`, 'workspaces speak rdp (desktops) or sftp (the airlock)', w.protocol, 'use rdp or sftp');
      if ((w.protocol === 'sftp') !== (w.role === PermitWorkspaceRole.INGRESS_AIRLOCK)) err('invalid-protocol', `${f}.protocol`, 'only the ingress airlock speaks sftp', w.protocol, 'plan the permit with PermitLifecycle.plan()');
      if (!Number.isInteger(w.port) || w.port < 1 || w.port > 65535) err('invalid-port', `${f}.port`, 'not a TCP port', w.port, 'use 1-65535');
      try {
        PermitEntrypoint.userEnvironment(w.users);
      } catch (e) {
        if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
        e.diagnostics.forEach((d) => errors.push({ ...d, field: `${f}.${d.field}`, location }));
      }
      const known = table.get(w.role) ?? [];
      w.mounts.forEach((m, j) => {
        if (!volumes.has(m.volume)) err('unknown-volume', `${f}.mounts[${j}].volume`, `${w.role} mounts a volume the plan does not have`, m.volume, 'add it to plan.volumes or drop the mount');
        if (m.access === MountAccess.WRITE_ONLY && w.protocol !== 'sftp') {
          err('write-only-desktop', `${f}.mounts[${j}].access`, 'write-only access can only be enforced by the SFTP airlock, not on a desktop', m.access, 'mount it read-only or read-write');
        }
        // The storage server exports what the lifecycle model says a role mounts, once for all phases.
        if (!known.some((k) => k.volume === m.volume && k.access === m.access && k.path === m.path)) {
          err('mount-not-exported', `${f}.mounts[${j}]`, `the storage server exports ${m.volume} to ${w.role} only as the lifecycle model plans it`, `${m.volume}:${m.access} at ${m.path}`,
            'plan the permit with PermitLifecycle.plan()');
        }
      });
      if (w.protocol === 'sftp' && w.ingressCidrs.length === 0) err('no-cidrs', `${f}.ingressCidrs`, 'the airlock needs the data holders\' CIDRs', [], 'add each data holder\'s address range');
      w.ingressCidrs.forEach((c, j) => {
        const bad = cidrProblem(c);
        if (bad) err('invalid-cidr', `${f}.ingressCidrs[${j}]`, `not a valid CIDR: ${bad}`, c, 'write an IPv4 or IPv6 network such as 203.0.113.0/24');
      });
      if (w.network === NetworkMode.OPEN) err('open-network', `${f}.network`, 'a permit workspace never has open internet access on Proxmox', w.network, 'use none or egress-proxy');
    });
    if (plan.workspaces.some((w) => w.network === NetworkMode.EGRESS_PROXY)) {
      if (plan.egressAllowedDomains.length === 0) err('empty-allowlist', 'plan.egressAllowedDomains', 'a workspace behind the package proxy needs at least one allowed domain', [], 'list the repositories the project needs, e.g. pypi.org');
      plan.egressAllowedDomains.forEach((d, i) => {
        if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d)) err('invalid-domain', `plan.egressAllowedDomains[${i}]`, 'not a domain name', d, 'write a host name such as pypi.org or *.r-project.org');
      });
    }
    const mirror = this.props.signatureMirrorUrl;
    const mirrorCidrs = this.props.signatureMirrorCidrs ?? [];
    if (mirror !== undefined) {
      try {
        IngressScanning.freshclamConfig({ url: mirror });
      } catch (e) {
        if (WorkspaceInputError.isWorkspaceInputError(e)) e.diagnostics.forEach((d) => errors.push({ ...d, field: 'signatureMirrorUrl', location }));
        else throw e;
      }
      if (mirrorCidrs.length === 0) {
        err('no-cidrs', 'signatureMirrorCidrs', 'the storage server cannot reach the signature mirror without its networks (its firewall drops everything else)', [],
          'add the mirror\'s address range, e.g. 10.20.0.5/32');
      }
    } else if (mirrorCidrs.length) {
      err('mirror-cidrs-without-mirror', 'signatureMirrorCidrs', 'networks for a signature mirror, but no signatureMirrorUrl', mirrorCidrs, 'add signatureMirrorUrl or drop signatureMirrorCidrs');
    }
    mirrorCidrs.forEach((c, i) => {
      const bad = cidrProblem(c);
      if (bad) err('invalid-cidr', `signatureMirrorCidrs[${i}]`, `not a valid CIDR: ${bad}`, c, 'write an IPv4 or IPv6 network such as 10.20.0.5/32');
    });
    if (errors.length) throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the Proxmox permit environment` : undefined);
    return net!;
  }

  private validateReviews(net: { base: number; size: number } | undefined, errors: Diagnostic[], location: { file: string }): void {
    const reviews = this.props.releaseReviews ?? [];
    if (reviews.length === 0) return;
    const plan = this.props.plan;
    const err = (code: string, field: string, message: string, value: unknown, fix: string) => {
      errors.push(problem({ code, field, message, value, fix, location }));
    };
    if (!REVIEWABLE_STATUSES.has(plan.status)) {
      err('review-without-release-area', 'releaseReviews', `in ${plan.status} there is no release area to review (it exists from ANALYSIS_ACTIVE until the permit is deleted)`,
        reviews.map((r) => r.requestId), `drop releaseReviews, or review in ${[...REVIEWABLE_STATUSES].join(', ')}`);
      return;
    }
    const researchers = researchersOf(plan);
    const ids = new Set<string>();
    const hosts = new Set<number>();
    reviews.forEach((r, i) => {
      const f = `releaseReviews[${i}].`;
      errors.push(...reviewProblems(f, r.requestId, r.reviewers ?? [], researchers, location));
      if (ids.has(r.requestId)) err('duplicate-review', `${f}requestId`, 'the same request is reviewed twice', r.requestId, 'list each request once');
      ids.add(r.requestId);
      const host = r.hostNumber ?? FIRST_REVIEW_HOST + i;
      const last = net ? net.size - 2 : 254;
      if (!Number.isInteger(host) || host < FIRST_REVIEW_HOST || host > last) {
        err('invalid-host-number', `${f}hostNumber`, `a review VM takes a host number from ${FIRST_REVIEW_HOST} to ${last} of the permit's network (.10-.25 are the permit's machines)`, host,
          `choose an unused number from ${FIRST_REVIEW_HOST} to ${last}`);
      } else if (hosts.has(host)) {
        err('duplicate-host-number', `${f}hostNumber`, 'two review VMs would share an address', host, 'give each review its own hostNumber');
      } else if (net && (this.props.network.gateway ?? numberToIpv4(net.base + 1)) === numberToIpv4(net.base + host)) {
        err('invalid-host-number', `${f}hostNumber`, 'that is the network\'s gateway', host, 'choose another number');
      }
      const base = this.props.vmIdBase;
      if (base !== undefined && Number.isInteger(host) && base + FIRST_REVIEW_VM_ID_OFFSET + host - FIRST_REVIEW_HOST > 999999999) {
        err('invalid-vm-id', `${f}hostNumber`, `the review VM's id (vmIdBase + ${FIRST_REVIEW_VM_ID_OFFSET} + ${host - FIRST_REVIEW_HOST}) would exceed 999999999`, host,
          'choose a lower vmIdBase or hostNumber');
      }
      hosts.add(host);
    });
  }

  private tagsFor(role: string, sensitive: boolean): string[] {
    return tagList([...this.labels, proxmoxTag(`role-${role}`), ...(sensitive ? ['sensitive'] : [])]);
  }

  private description(role: string, what: string): string {
    const p = this.plan;
    return [
      `Permit **${p.permitId}**: ${what}.`,
      `Status ${p.status}${p.previousStatus ? ` (from ${p.previousStatus})` : ''}, event \`${p.eventId.replace(/`/g, "'")}\`.`,
      ...p.changes.filter((c) => c.name === role).map((c) => `This event: ${c.change} (${c.detail}).`),
      'Managed by cdk-research-workspaces (Terraform); changes made here are overwritten.',
    ].join('\n\n');
  }

  private vmIdOf(role: string): number | undefined {
    return this.props.vmIdBase === undefined ? undefined : this.props.vmIdBase + HOSTS[role].vmId;
  }

  private bootImage(): BootImage {
    const img = this.props.image;
    if (img.templateVm) {
      return { clone: { vmId: img.templateVm.vmId, nodeName: img.templateVm.nodeName }, diskInterface: img.templateVm.diskInterface ?? 'scsi0', guestAgent: img.templateVm.guestAgent ?? false };
    }
    if (!this.imageSource) {
      const content = this.props.cluster.imageContent ?? ProxmoxImageContent.IMPORT;
      const dl = sharedDownload(this, {
        nodeName: this.props.nodeName,
        datastoreId: this.props.cluster.imageDatastoreId ?? 'local',
        url: img.download!.url,
        fileName: imageFileName(img.download!.url, img.download!.fileName, content),
        contentType: content,
        checksum: img.download!.checksum,
        checksumAlgorithm: img.download!.checksumAlgorithm,
      });
      this.imageSource = content === ProxmoxImageContent.IMPORT ? { importFrom: dl.id } : { fileId: dl.id };
    }
    return { ...this.imageSource, diskInterface: 'scsi0', guestAgent: false };
  }

  /** One permit VM: its cloud-init snippets and the VM. */
  private addMachine(scope: Construct, role: string, o: {
    what: string;
    userData: string;
    userDataHashInput: string;
    size: WorkspaceSize;
    diskGiB: number;
    started: boolean;
    sensitive: boolean;
    pool: VirtualEnvironmentPool;
    dataDisks?: Array<{ interface: string; sizeGiB: number; serial: string }>;
    protect?: boolean;
    dnsServers?: string[];
    dependsOn?: VirtualEnvironmentVm[];
    /** Host number and VM id offset of a machine outside HOSTS (a review VM), and its name. */
    host?: number;
    vmIdOffset?: number;
    name?: string;
  }): VirtualEnvironmentVm {
    const p = this.props;
    const name = o.name ?? `${this.plan.permitId}-${role}`;
    const snippets = p.cluster.snippetDatastoreId ?? 'local';
    const hash = sha256(o.userDataHashInput);
    const userDataFile = addSnippet(scope, 'UserData', { nodeName: p.nodeName, datastoreId: snippets, baseName: `rws-${name}-user-data`, data: o.userData, hashInput: o.userDataHashInput });
    const metaFile = addSnippet(scope, 'MetaData', { nodeName: p.nodeName, datastoreId: snippets, baseName: `rws-${name}-meta-data`, data: metaData(name, hash) });
    const img = this.bootImage();
    const spec = Sizes.spec(o.size);
    const vm = addVm(scope, 'Resource', {
      name,
      nodeName: p.nodeName,
      vmId: o.vmIdOffset !== undefined ? (p.vmIdBase === undefined ? undefined : p.vmIdBase + o.vmIdOffset) : this.vmIdOf(role),
      poolId: o.pool.poolId,
      tags: this.tagsFor(role, o.sensitive),
      description: this.description(role, o.what),
      started: o.started,
      cores: spec.vcpus,
      memoryMiB: spec.memoryMiB,
      cpuType: 'x86-64-v2-AES',
      diskDatastoreId: p.cluster.diskDatastoreId ?? 'local-lvm',
      diskGiB: o.diskGiB,
      bootDiskInterface: img.diskInterface,
      importFrom: img.importFrom,
      fileId: img.fileId,
      clone: img.clone,
      dataDisks: o.dataDisks,
      bridge: p.network.bridge ?? p.cluster.bridge ?? 'vmbr0',
      vlanId: p.network.vlanId ?? p.cluster.vlanId,
      address: { address: hostInNetwork(this.net, o.host ?? HOSTS[role].host), gateway: this.gateway },
      dnsServers: o.dnsServers,
      userDataFileId: userDataFile.id,
      metaDataFileId: metaFile.id,
      guestAgent: img.guestAgent,
      lifecycle: o.protect ? { preventDestroy: true } : undefined,
      dependsOn: o.dependsOn,
    });
    if (o.host === undefined) this.vms.set(role, vm);
    return vm;
  }

  private sizeOf(v: PlannedVolume): number {
    const p = this.props;
    switch (v.kind) {
      case PermitVolumeKind.UPLOAD: return p.uploadGiB ?? VOLUME_DEFAULTS.uploadGiB;
      case PermitVolumeKind.RAW: return p.rawGiB ?? VOLUME_DEFAULTS.rawGiB;
      case PermitVolumeKind.PREPARED: return p.preparedGiB ?? VOLUME_DEFAULTS.preparedGiB;
      case PermitVolumeKind.OUTPUTS: return p.outputsGiB ?? VOLUME_DEFAULTS.outputsGiB;
      default: return p.projectGiB ?? VOLUME_DEFAULTS.projectGiB;
    }
  }

  private addStorage(table: Map<string, PlannedMount[]>, clients: PlannedWorkspace[], pool: VirtualEnvironmentPool): VirtualEnvironmentVm {
    const plan = this.plan;
    const scope = new Construct(this, 'Storage');
    const volumes: StorageVolume[] = plan.volumes.map((v, i) => ({
      name: v.name, kind: v.kind, serial: volumeSerial(v.name), interface: `scsi${i + 1}`, sizeGiB: this.sizeOf(v),
    }));
    // The output release area: in every phase with volumes, so this server's configuration never changes between events.
    volumes.push({ name: RELEASE_VOLUME, serial: volumeSerial(RELEASE_VOLUME), interface: `scsi${volumes.length + 1}`, sizeGiB: this.props.releaseGiB ?? 20 });
    const exportClients: StorageClient[] = [...table.entries()]
      .map(([role, mounts]) => ({ role, address: this.addressOf(role), mounts }))
      .sort((a, b) => HOSTS[a.role].host - HOSTS[b.role].host);
    const config = storageCloudConfig(plan.permitId, volumes, exportClients, this.props.signatureMirrorUrl, {
      analysis: this.addressOf(PermitWorkspaceRole.ANALYSIS),
      reviews: this.reviews.map((r) => ({ requestId: r.requestId, address: r.address })),
    });
    const protect = plan.volumes.some((v) => v.protect);
    const vm = this.addMachine(scope, STORAGE_ROLE, {
      what: `data server: ${volumes.map((v) => `${v.name} (${v.sizeGiB} GiB)`).join(', ')}, exported over NFS`,
      userData: withReferences(config, []),
      userDataHashInput: config,
      size: WorkspaceSize.XS,
      diskGiB: Math.max(10, this.props.image.minimumDiskGiB),
      started: clients.length > 0 || this.reviews.length > 0,
      sensitive: true,
      pool,
      dataDisks: volumes,
      protect,
    });
    const rules: FirewallRule[] = clients.map((w) => ({
      type: 'in',
      proto: 'tcp',
      dport: '2049',
      source: this.addressOf(w.role),
      comment: `NFS for ${w.role} (running in ${plan.status}): ${w.mounts.map((m) => `${m.volume} ${m.access}`).join(', ')}`
        + (w.role === PermitWorkspaceRole.ANALYSIS ? `, ${RELEASE_VOLUME} (the release service)` : ''),
    }));
    for (const r of this.reviews) {
      rules.push({ type: 'in', proto: 'tcp', dport: '2049', source: r.address, comment: `NFS for the review of ${r.requestId}: requests/${r.requestId} of ${RELEASE_VOLUME}, read-only` });
    }
    // The ingress scan refreshes its signatures from the institution's mirror, and from nowhere else.
    for (const dest of this.props.signatureMirrorCidrs ?? []) {
      for (const dport of ['80', '443']) rules.push({ type: 'out', proto: 'tcp', dport, dest, comment: 'ClamAV signatures from the institution\'s mirror' });
    }
    addFirewall(scope, {
      nodeName: this.props.nodeName,
      vmId: vm.vmId,
      outputPolicy: 'DROP',
      ipFilter: [this.addressOf(STORAGE_ROLE)],
      dhcp: false,
      ipSets: [],
      rules,
      guest: vm,
      what: `permit ${plan.permitId} storage server`,
      resolvers: [],
    });
    return vm;
  }

  private addProxy(clients: PlannedWorkspace[], pool: VirtualEnvironmentPool): VirtualEnvironmentVm {
    const plan = this.plan;
    const scope = new Construct(this, 'EgressProxy');
    const domains = squidDomains(plan.egressAllowedDomains);
    const conf = squidConfig(plan.permitId, '/etc/squid/permit/allowed-domains.txt', PROXY_PORT);
    const allowlist = `${domains.join('\n')}\n`;
    const config = proxyCloudConfig(plan.permitId, conf, allowlist);
    const dns = this.props.network.dnsServers ?? this.props.cluster.dnsServers ?? [];
    const vm = this.addMachine(scope, PROXY_ROLE, {
      what: `package proxy of the setup phase: ${plan.egressAllowedDomains.join(', ')}`,
      userData: withReferences(config, []),
      userDataHashInput: config,
      size: WorkspaceSize.XS,
      diskGiB: Math.max(10, this.props.image.minimumDiskGiB),
      started: clients.some((w) => w.state === WorkspaceState.RUNNING),
      sensitive: false,
      pool,
      dnsServers: dns,
    });
    const rules: FirewallRule[] = [
      ...clients.map((w): FirewallRule => ({ type: 'in', proto: 'tcp', dport: String(PROXY_PORT), source: this.addressOf(w.role), comment: `proxy for ${w.role}` })),
      { type: 'out', proto: 'tcp', dport: '80,443', dest: '+rws-internet', comment: 'the allowlisted repositories (squid decides which hosts), public addresses only' },
      ...dns.flatMap((d): FirewallRule[] => [
        { type: 'out', proto: 'udp', dport: '53', dest: d, comment: 'DNS' }, { type: 'out', proto: 'tcp', dport: '53', dest: d, comment: 'DNS' },
      ]),
    ];
    const ipSets: FirewallIpSet[] = [{ name: 'rws-internet', comment: 'Public addresses: everything but private, link-local, loopback and multicast ranges', cidrs: INTERNET, nomatch: NOT_INTERNET }];
    addFirewall(scope, {
      nodeName: this.props.nodeName,
      vmId: vm.vmId,
      outputPolicy: 'DROP',
      ipFilter: [this.addressOf(PROXY_ROLE)],
      dhcp: false,
      ipSets,
      rules,
      // The package proxy is the permit's one way out: it resolves the allowlisted names.
      guest: vm,
      what: `permit ${plan.permitId} package proxy`,
      resolvers: dns,
    });
    return vm;
  }

  private addWorkspace(w: PlannedWorkspace, pool: VirtualEnvironmentPool): { connections: ProxmoxPermitConnection[]; hostKeyFingerprint?: string } {
    const p = this.props;
    const plan = this.plan;
    const scope = new Construct(this, w.role === PermitWorkspaceRole.INGRESS_AIRLOCK ? 'Airlock' : `Workspace-${w.role}`);
    ensureProvider(this, 'random');
    const generated = w.users.map((u) => new RandomPassword(scope, `Password-${u.name}`, {
      length: p.passwordLength ?? 24,
      special: true,
      // No ':' (chpasswd), quotes, spaces or backslashes: safe in every client's form and in the env file.
      overrideSpecial: '-_.+=@%',
      minLower: 2,
      minUpper: 2,
      minNumeric: 2,
      minSpecial: 1,
    }));
    const passwords = generated.map((g) => g.result);
    // Only the bcrypt hash reaches the snippet and the machine; the password goes to the gateway (sensitive output).
    const refs: Array<[string, string]> = generated.map((g, i) => [passwordHashPlaceholder(i + 1), g.getStringAttribute('bcrypt_hash')]);
    const storage = this.addressOf(STORAGE_ROLE);
    const airlock = w.role === PermitWorkspaceRole.INGRESS_AIRLOCK;
    let config: string;
    let hostKeyFingerprint: string | undefined;
    if (airlock) {
      ensureProvider(this, 'tls');
      const hostKey = new TlsPrivateKey(scope, 'HostKey', 'ED25519');
      hostKeyFingerprint = hostKey.publicKeyFingerprintSha256;
      refs.push([HOST_KEY_PLACEHOLDER, Fn.base64encode(hostKey.privateKeyOpenssh)]);
      config = airlockCloudConfig({ permitId: plan.permitId, users: w.users, storageAddress: storage, mounts: w.mounts, port: w.port });
    } else {
      const proxied = w.network === NetworkMode.EGRESS_PROXY;
      config = desktopCloudConfig({
        permitId: plan.permitId,
        role: w.role,
        users: w.users,
        storageAddress: storage,
        mounts: w.mounts,
        proxyUrl: proxied ? `http://${this.addressOf(PROXY_ROLE)}:${PROXY_PORT}` : undefined,
        noProxy: proxied ? `localhost,127.0.0.1,${storage}` : undefined,
        // The output release: rws-release, its service, and the release area on the storage server.
        extra: w.role === PermitWorkspaceRole.ANALYSIS ? analysisReleaseExtras(plan.permitId, storage) : undefined,
      });
    }
    const dependsOn = [
      ...(w.mounts.length && this.storageServer ? [this.vms.get(STORAGE_ROLE)!] : []),
      ...(w.network === NetworkMode.EGRESS_PROXY && this.egressProxy ? [this.vms.get(PROXY_ROLE)!] : []),
    ];
    const size = airlock ? WorkspaceSize.XS : p.desktopSize ?? WorkspaceSize.S;
    const vm = this.addMachine(scope, w.role, {
      what: airlock
        ? `ingress airlock: write-only SFTP for ${w.users.map((u) => u.name).join(', ')}, from ${w.ingressCidrs.join(', ')}`
        : `workspace ${w.role} (${w.state}): accounts ${w.users.map((u) => u.name).join(', ')}; mounts ${w.mounts.map((m) => `${m.volume} ${m.access}`).join(', ') || 'none'}; network ${w.network}`,
      userData: withReferences(config, refs),
      userDataHashInput: config,
      size,
      diskGiB: airlock ? Math.max(10, p.image.minimumDiskGiB) : p.desktopDiskGiB ?? Math.max(20, p.image.minimumDiskGiB),
      started: w.state === WorkspaceState.RUNNING,
      sensitive: w.mounts.some((m) => m.kind !== PermitVolumeKind.PROJECT),
      pool,
      dependsOn,
    });

    // Firewall: the workspace's protocol from its peers only; out only to what it needs.
    const ipSets: FirewallIpSet[] = [];
    const rules: FirewallRule[] = [];
    if (airlock) {
      ipSets.push({ name: 'rws-data-holders', comment: 'Networks of the data holders', cidrs: w.ingressCidrs });
      rules.push({ type: 'in', proto: 'tcp', dport: String(w.port), source: '+rws-data-holders', comment: 'SFTP from the data holders only' });
    } else {
      ipSets.push({ name: 'rws-gateway', comment: 'The remote-desktop gateway', cidrs: p.gatewayCidrs });
      rules.push({ type: 'in', proto: 'tcp', dport: String(w.port), source: '+rws-gateway', comment: 'RDP from the remote-desktop gateway only' });
    }
    if (w.mounts.length) {
      const what = [...w.mounts.map((m) => `${m.volume} ${m.access}`), ...(w.role === PermitWorkspaceRole.ANALYSIS ? [`${RELEASE_VOLUME} (the release service)`] : [])];
      rules.push({ type: 'out', proto: 'tcp', dport: '2049', dest: storage, comment: `NFS to the permit's storage server: ${what.join(', ')}` });
    }
    if (w.network === NetworkMode.EGRESS_PROXY) {
      rules.push({ type: 'out', proto: 'tcp', dport: String(PROXY_PORT), dest: this.addressOf(PROXY_ROLE), comment: 'the package proxy: the only way out' });
    }
    // No DNS rule: the permit's workspaces name nothing (the storage server and the proxy by address).
    addFirewall(scope, {
      nodeName: p.nodeName,
      vmId: vm.vmId,
      outputPolicy: 'DROP',
      ipFilter: [this.addressOf(w.role)],
      dhcp: false,
      ipSets,
      rules,
      guest: vm,
      what: `permit ${plan.permitId} ${w.role} (${w.network})`,
      resolvers: [],
    });

    const connections = w.users.map((u, i) => ({
      workspace: w.role, state: w.state, protocol: w.protocol, host: this.addressOf(w.role), port: w.port, username: u.name, password: passwords[i],
    }));
    return { connections, hostKeyFingerprint };
  }
}
