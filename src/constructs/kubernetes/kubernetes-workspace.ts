import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { NetworkPolicyV1, NetworkPolicyV1SpecEgress } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { KubernetesLabel } from './kubernetes-permit-workspace';
import { KUBERNETES_LAB_LABELS, NO_DNS_CONFIG, PROXY_ADDRESS_PLACEHOLDER, workspacePodLabels } from './private/lab';
import { offlineBootWarning } from '../../private/offline-boot';
import { proxySetupScript } from '../terraform/proxy-scripts';
import { proxyHostProblem, urlHost } from './private/proxy-host';
import { checkKnownProps } from '../../private/known-props';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { Diagnostic } from '../../workspaces/errors';
import { cidrProblem } from '../../workspaces/permit';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { unconditionalCidrProblems } from '../../workspaces/private/cidr';
import { OFFICIAL_CLOUD_IMAGES } from '../../workspaces/private/cloud-images';
import { fail, problem, WorkspaceInputError } from '../../workspaces/private/error';
import { systemNamespaceProblem } from '../../workspaces/private/kubernetes-names';
import { Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { OperatingSystem } from '../../workspaces/template';
import {
  DeveloperOptions, NfsStorageProps, RegistryDelivery, StorageLayout, StorageSource, ProvisioningPhase, WorkspacePlatform, WorkspaceUserData,
} from '../../workspaces/userdata';
import { renderMultipart } from '../../workspaces/userdata/private/mime';
import { UserRegistry } from '../../workspaces/users';
import { Annotations, ITerraformDependable, Token } from '../terraform/cdktf';
import { workspaceSizeOf } from '../terraform/lab-checks';
import { isDnsLabel, isLabelKey, isLabelValue, LABEL_PREFIX, MANAGED_BY, PRIVATE_IPV4, PRIVATE_IPV6, sanitizeLabelValue, sha256, tfLiteral } from '../terraform/permit-common';


/**
 * The boot disk of a KubeVirt workspace: what CDI (the Containerized Data Importer) imports
 * into the workspace's root volume when the VM is created.
 *
 * @example
 * KubernetesVmImage.forOs(OperatingSystem.UBUNTU_24_04);
 * KubernetesVmImage.fromUrl('https://mirror.example.edu/noble-server-cloudimg-amd64.img', 4);
 * KubernetesVmImage.fromContainerDisk('registry.example.edu/images/ubuntu-research:2026.11', 20);
 */
export class KubernetesVmImage {
  /**
   * The distribution's official cloud image for a template base (Ubuntu 22.04/24.04, Debian 12,
   * Rocky Linux 9; x86_64), imported over HTTPS.
   * @param os the template's base
   */
  public static forOs(os: OperatingSystem): KubernetesVmImage {
    const image = OFFICIAL_CLOUD_IMAGES[os];
    if (!image) {
      fail({
        code: 'no-cloud-image',
        message: 'KubernetesVmImage.forOs(): there is no official cloud image of this base',
        field: 'os',
        value: os,
        fix: `use a template based on ${Object.keys(OFFICIAL_CLOUD_IMAGES).join(', ')}, or pass image: KubernetesVmImage.fromUrl() or .fromContainerDisk()`,
      });
    }
    return new KubernetesVmImage('http', image.url, image.minimumDiskGiB);
  }

  /** Whether `forOs()` knows an image for the base. */
  public static hasOfficialImage(os: OperatingSystem): boolean {
    return OFFICIAL_CLOUD_IMAGES[os] !== undefined;
  }

  /**
   * A cloud image (qcow2 or raw) at an http(s) address: a mirror, a pinned release.
   * @param url the image's address
   * @param minimumDiskGiB the image's virtual size in GiB (the root disk is at least this)
   */
  public static fromUrl(url: string, minimumDiskGiB: number): KubernetesVmImage {
    if (!/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(url)) {
      fail({ code: 'invalid-url', message: 'KubernetesVmImage.fromUrl(): not an http(s) address', field: 'url', value: url, fix: 'write e.g. https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img' });
    }
    return new KubernetesVmImage('http', url, checkMinimum(minimumDiskGiB));
  }

  /**
   * A KubeVirt container disk in an OCI registry (e.g. an institution's prepared image with
   * the template's packages installed, needed for offline workspaces).
   * @param reference image reference, e.g. `quay.io/containerdisks/ubuntu:24.04`
   * @param minimumDiskGiB the disk's virtual size in GiB
   */
  public static fromContainerDisk(reference: string, minimumDiskGiB: number): KubernetesVmImage {
    if (!/^[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(\/[a-z0-9]+([._-][a-z0-9]+)*)+(:[\w][\w.-]{0,127})?(@sha256:[a-f0-9]{64})?$/.test(reference)) {
      fail({ code: 'invalid-image', message: 'KubernetesVmImage.fromContainerDisk(): not an image reference', field: 'reference', value: reference, fix: 'write e.g. quay.io/containerdisks/ubuntu:24.04 (no docker:// prefix)' });
    }
    return new KubernetesVmImage('registry', `docker://${reference}`, checkMinimum(minimumDiskGiB));
  }

  /**
   * A KubeVirt container disk baked from the workspace's template (built with
   * `ImageBake.containerDiskScript`): the workspace runs only the per-workspace part of the
   * provisioning, and its template must have the same content.
   * @param reference image reference, e.g. `registry.lab.example.org/rws/python-ml:1.0.0`
   * @param minimumDiskGiB the disk's virtual size in GiB
   * @param bakedContentHash `ImageBake.contentHash` of the bake the disk was built with
   */
  public static fromBakedContainerDisk(reference: string, minimumDiskGiB: number, bakedContentHash: string): KubernetesVmImage {
    if (!/^[0-9a-f]{16}$/.test(bakedContentHash)) {
      fail({ code: 'invalid-hash', message: 'KubernetesVmImage.fromBakedContainerDisk(): not a content hash', field: 'bakedContentHash', value: bakedContentHash, fix: 'give ImageBake.contentHash (16 hex digits)' });
    }
    const image = KubernetesVmImage.fromContainerDisk(reference, minimumDiskGiB);
    return new KubernetesVmImage(image.kind, image.url, image.minimumDiskGiB, bakedContentHash);
  }

  /** `http` or `registry` (CDI source kinds). */
  public readonly kind: string;
  /** The address CDI imports from (`https://...` or `docker://...`). */
  public readonly url: string;
  /** The smallest root disk the image fits on, in GiB. */
  public readonly minimumDiskGiB: number;
  /**
   * Content hash of the bake the image holds.
   * @default - not baked: the whole provisioning runs at boot
   */
  public readonly bakedContentHash?: string;

  private constructor(kind: string, url: string, minimumDiskGiB: number, bakedContentHash?: string) {
    this.kind = kind;
    this.url = url;
    this.minimumDiskGiB = minimumDiskGiB;
    this.bakedContentHash = bakedContentHash;
  }
}

function checkMinimum(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > 65536) {
    fail({ code: 'invalid-disk', message: 'the image size is a whole number of GiB from 1 to 65536', field: 'minimumDiskGiB', value: n, fix: 'give the image\'s virtual size, e.g. 4' });
  }
  return n;
}

/**
 * The lab's package proxy, as a workspace's NetworkPolicy and provisioning see it.
 */
export interface KubernetesProxyEndpoint {
  /**
   * Address the workspace uses: the proxy Service's cluster IP (a Terraform reference, as
   * `KubernetesLabStack` passes it: workspaces without internet have no DNS), or a host name.
   */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
  /** Labels of the proxy's pods (in the workspace's namespace), for the egress rule. */
  readonly podLabels: KubernetesLabel[];
}

/**
 * Properties of a KubernetesWorkspace.
 */
export interface KubernetesWorkspaceProps {
  /** The resolved template. */
  readonly template: ResolvedTemplate;
  /** Namespace the VM and its resources go into (it must exist, e.g. the lab's). */
  readonly namespace: string;
  /**
   * Workspace name: the VM, its Service and host name (a DNS label).
   * @default - the construct id
   */
  readonly workspaceName?: string;
  /**
   * Lab name, for labels.
   * @default "research-lab"
   */
  readonly labName?: string;
  /**
   * Size: vCPUs and memory (`Sizes.spec`).
   * @default - the template's default size
   */
  readonly size?: WorkspaceSize;
  /**
   * The research user registry.
   * @default - no research users
   */
  readonly registry?: UserRegistry;
  /**
   * Registry users with an account.
   * @default - every user of the registry
   */
  readonly users?: string[];
  /**
   * Owner (runs the services).
   * @default - the template's first user, else the first registry user
   */
  readonly owner?: string;
  /**
   * Project label.
   * @default - none
   */
  readonly project?: string;
  /**
   * Developer conveniences for the owner.
   * @default - none
   */
  readonly developer?: DeveloperOptions;
  /**
   * The lab's NFS share (homes, project folders, scratch), mounted over NFSv4.1.
   * @default - no shared storage
   */
  readonly storage?: NfsStorageProps;
  /**
   * Permission strategy of the share.
   * @default StorageLayout.USER_SUBDIRECTORIES
   */
  readonly storageLayout?: StorageLayout;
  /**
   * The lab's policy: the workspace is checked against it at synthesis.
   * @default - no policy
   */
  readonly policy?: WorkspacePolicy;
  /**
   * Internet access (at most the policy's): `none` (the NFS server only, no DNS), `proxied`
   * (also the lab's package proxy, by address; no DNS), `open` (anything but the cluster's
   * private ranges, and the cluster DNS).
   * @default - the policy's egress mode, else OPEN
   */
  readonly egress?: EgressMode;
  /**
   * The package proxy (required with egress proxied).
   * @default - none
   */
  readonly proxy?: KubernetesProxyEndpoint;
  /**
   * Networks that may reach the workspace's SSH port (NetworkPolicy `ipBlock`s).
   * @default - none: reach it with `virtctl ssh` / `virtctl port-forward` through the API server
   */
  readonly accessCidrs?: string[];
  /**
   * Boot disk source.
   * @default - KubernetesVmImage.forOs(template base)
   */
  readonly image?: KubernetesVmImage;
  /**
   * Root disk in GiB.
   * @default - the template's, at least the image's
   */
  readonly diskGiB?: number;
  /**
   * Storage class of the root volume.
   * @default - the cluster's default storage class
   */
  readonly storageClassName?: string;
  /**
   * KubeVirt GPU device name (a `permittedHostDevices` resource, e.g.
   * `nvidia.com/GA102GL_A10`), one per GPU of a GPU size.
   * @default - none: GPU sizes are refused
   */
  readonly gpuDeviceName?: string;
  /**
   * Whether the VM runs (`runStrategy: RerunOnFailure`; the idle agent's shutdown leaves it
   * stopped) or is stopped (`Halted`, its disk kept).
   * @default true
   */
  readonly started?: boolean;
  /**
   * Further labels on the VM and its pod.
   * @default - none
   */
  readonly labels?: { [key: string]: string };
  /**
   * Namespace of the cluster DNS.
   * @default "kube-system"
   */
  readonly dnsNamespace?: string;
  /**
   * Labels of the cluster DNS pods.
   * @default [{ key: "k8s-app", value: "kube-dns" }]
   */
  readonly dnsPodLabels?: KubernetesLabel[];
  /**
   * Resources the VM waits for (the namespace).
   * @default - none
   */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A research workstation on Kubernetes, built from a template: a KubeVirt `VirtualMachine`
 * (`kubevirt.io/v1`, through `kubernetes_manifest`) that boots a cloud image imported by CDI
 * into its own root volume and runs the template's boot provisioning (`WorkspaceUserData`,
 * platform KUBERNETES) from a cloud-init NoCloud Secret: packages, research users with their
 * fixed UID/GID, the lab's NFS share, services as the owner on 127.0.0.1, the idle agent
 * (which shuts the VM down; `RerunOnFailure` leaves it stopped).
 *
 * - NetworkPolicies: ingress only SSH from `accessCidrs`; egress by mode — `none`: the NFS
 *   server only (no DNS: `dnsPolicy: None`); `proxied`: also the lab's package proxy, by its
 *   cluster IP (no DNS either); `open`: anything but private ranges (the cluster, the node
 *   network, metadata endpoints), plus the cluster DNS and NFS.
 * - A ClusterIP Service for SSH; web services are reached with `virtctl port-forward`.
 * - Labels: lab, workspace, template, owner, project, size, egress.
 * - The root volume survives stops; homes and projects live on the NFS share and survive
 *   the VM. Removing the workspace from the lab deletes its VM and root volume (as EC2 does).
 *
 * Bad input (a name that is not a DNS label, a size without a GPU device, a disk smaller than
 * the image, an egress mode above the policy's, a proxied workspace without a proxy, a bad
 * CIDR) is one error naming the construct path, the field, the value and the fix.
 *
 * Needs KubeVirt and CDI in the cluster.
 */
export class KubernetesWorkspace extends Construct {
  /** Workspace name (VM, Service and host name). */
  public readonly workspaceName: string;
  /** The template. */
  public readonly template: ResolvedTemplate;
  /** Size. */
  public readonly size: WorkspaceSize;
  /** Virtual CPUs. */
  public readonly cores: number;
  /** Memory in MiB. */
  public readonly memoryMiB: number;
  /** Root disk in GiB. */
  public readonly diskGiB: number;
  /** Internet access the NetworkPolicies enforce. */
  public readonly egress: EgressMode;
  /** Whether the VM runs. */
  public readonly started: boolean;
  /** Owner, when known. */
  public readonly owner?: string;
  /** The namespace. */
  public readonly namespace: string;
  /** The boot disk source. */
  public readonly image: KubernetesVmImage;
  /** The boot provisioning. */
  public readonly userData: WorkspaceUserData;
  /** DNS name of the workspace's SSH Service. */
  public readonly host: string;
  /** Labels of the VM's pod. */
  public readonly podLabels: { [key: string]: string };

  constructor(scope: Construct, id: string, props: KubernetesWorkspaceProps) {
    super(scope, id);
    checkKnownProps(this, 'KubernetesWorkspaceProps', props);
    const errors: Diagnostic[] = [];
    const location = { file: `construct ${this.node.path}` };
    const err = (code: string, field: string, message: string, value: unknown, fix: string) => {
      errors.push(problem({ code, field, message, value, fix, location }));
    };
    const adopt = (e: unknown, field: string) => {
      if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
      for (const d of e.diagnostics) errors.push({ ...d, field: d.field ?? field, location: d.location ?? location });
    };

    this.template = props.template;
    this.workspaceName = props.workspaceName ?? id;
    this.namespace = props.namespace;
    this.owner = props.owner;
    this.started = props.started ?? true;
    if (!isDnsLabel(this.workspaceName) || this.workspaceName.length > 57) {
      err('invalid-name', 'workspaceName', 'the workspace name is the VM and Service name: lowercase letters, digits and "-", starting with a letter, at most 57', this.workspaceName, 'use e.g. "alice-ml"');
    }
    if (!isDnsLabel(props.namespace)) err('invalid-namespace', 'namespace', 'not a namespace name (a DNS label)', props.namespace, 'use e.g. "lab-genomics"');
    else if (systemNamespaceProblem(props.namespace)) err('system-namespace', 'namespace', systemNamespaceProblem(props.namespace)!, props.namespace, 'use the lab\'s own namespace, e.g. "lab-genomics"');
    const labName = props.labName ?? 'research-lab';

    // Size.
    // Size: the model's checks (the template's minimum size), as on the other backends.
    const { size, rootGiB } = workspaceSizeOf(props.template, props.size, this.node.path, adopt);
    this.size = size;
    const spec = Sizes.spec(this.size);
    this.cores = spec.vcpus;
    this.memoryMiB = spec.memoryMiB;
    if (spec.gpus > 0 && !props.gpuDeviceName) {
      err('no-gpu-device', 'size', `size ${this.size} has ${spec.gpus} GPU(s) and no KubeVirt GPU device is configured`, this.size,
        'pass gpuDeviceName (a permittedHostDevices resource such as nvidia.com/GA102GL_A10), or use a CPU size');
    }
    if (props.gpuDeviceName !== undefined && !/^[a-z0-9.-]+\/[A-Za-z0-9._-]+$/.test(props.gpuDeviceName)) {
      err('invalid-gpu-device', 'gpuDeviceName', 'not a device resource name', props.gpuDeviceName, 'write e.g. nvidia.com/GA102GL_A10');
    }

    // Image and disk.
    let image = props.image;
    if (!image) {
      if (KubernetesVmImage.hasOfficialImage(props.template.os)) {
        image = KubernetesVmImage.forOs(props.template.os);
      } else {
        err('no-cloud-image', 'image', `template "${props.template.slug}" is based on ${props.template.os}, which publishes no cloud image for KubeVirt`, props.template.os,
          'pass image: KubernetesVmImage.fromUrl() or .fromContainerDisk(), or use an Ubuntu, Debian or Rocky Linux template');
      }
    }
    this.image = image ?? KubernetesVmImage.forOs(OperatingSystem.UBUNTU_24_04);
    if (props.diskGiB !== undefined) {
      if (!Number.isInteger(props.diskGiB) || props.diskGiB < 1 || props.diskGiB > 65536) {
        err('invalid-disk', 'diskGiB', 'the disk size is a whole number of GiB from 1 to 65536', props.diskGiB, `use e.g. ${Math.max(rootGiB, this.image.minimumDiskGiB)}`);
      } else if (props.diskGiB < this.image.minimumDiskGiB) {
        err('disk-too-small', 'diskGiB', `the disk (${props.diskGiB} GiB) is smaller than the image ${this.image.url} (${this.image.minimumDiskGiB} GiB)`, props.diskGiB,
          `use diskGiB: ${this.image.minimumDiskGiB} or more, or leave it out for ${Math.max(rootGiB, this.image.minimumDiskGiB)}`);
      }
    }
    this.diskGiB = props.diskGiB ?? Math.max(rootGiB, this.image.minimumDiskGiB);

    // Egress and the policy.
    this.egress = props.egress ?? props.policy?.egress ?? EgressMode.OPEN;
    if (!Object.values(EgressMode).includes(this.egress)) err('invalid-egress', 'egress', 'unknown egress mode', this.egress, `use one of ${Object.values(EgressMode).join(', ')}`);
    const userLabels = props.labels ?? {};
    if (props.policy) {
      const violations = props.policy.evaluate({
        name: this.workspaceName,
        template: props.template.slug,
        size: this.size,
        owner: props.owner,
        connectionType: props.template.connectionType,
        egress: this.egress,
        hourlyCost: 0,
        tags: { ...userLabels, ...(props.project ? { project: props.project } : {}), ...(props.owner ? { owner: props.owner } : {}) },
      }).filter((v) => !v.rule.startsWith('instance-family') && !v.rule.startsWith('cost-'));
      for (const v of violations) {
        errors.push(problem({ code: `policy-${v.rule}`, field: v.rule.startsWith('egress') ? 'egress' : v.rule.startsWith('size') ? 'size' : 'template', message: v.message.replace(/\. Fix: .*$/, ''), value: v.requested, fix: v.fix, location }));
      }
    }
    if (this.egress === EgressMode.PROXIED && !props.proxy) {
      err('missing-proxy', 'proxy', 'egress "proxied" needs the lab\'s package proxy', undefined, 'pass proxy (KubernetesLabStack creates one), or use egress none or open');
    }
    if (props.proxy && (!Number.isInteger(props.proxy.port) || props.proxy.port < 1 || props.proxy.port > 65535)) err('invalid-port', 'proxy.port', 'not a port', props.proxy.port, 'use 1-65535');
    const proxyHostBad = props.proxy && !Token.isUnresolved(props.proxy.host) ? proxyHostProblem(props.proxy.host) : undefined;
    if (proxyHostBad) {
      err('invalid-proxy-host', 'proxy.host', `not a host name or IP address (${proxyHostBad}); it would go into the root-run proxy set-up script`, props.proxy!.host,
        'give the proxy Service\'s cluster IP (KubernetesLabStack passes it), an IPv4 or IPv6 address, or a DNS name such as squid.lab.svc.cluster.local');
    }
    (props.accessCidrs ?? []).forEach((c, i) => {
      const bad = cidrProblem(c);
      if (bad) err('invalid-cidr', `accessCidrs[${i}]`, `not a valid CIDR: ${bad}`, c, 'write a network such as 10.20.0.0/16 (a single address: 10.20.0.5/32)');
    });
    // The union too (issue 13.2): 0.0.0.0/1 + 128.0.0.0/1 is every address.
    for (const [code, field, message, value, fix] of unconditionalCidrProblems(props.accessCidrs ?? [], 'accessCidrs', 'SSH')) {
      if (field === 'accessCidrs') err(code, field, message, value, fix);
    }
    const nfs = props.storage;
    if (nfs && !/^(\d{1,3}\.){3}\d{1,3}$/.test(nfs.server) && this.egress !== EgressMode.OPEN) {
      err('nfs-server-not-address', 'storage.server', `with egress "${this.egress}" the NetworkPolicy must allow NFS to the server by address, and "${nfs.server}" is a host name`, nfs.server,
        'give the NFS server\'s IPv4 address');
    }
    for (const [k, v] of Object.entries(userLabels)) {
      if (!isLabelKey(k) || !isLabelValue(v)) err('invalid-label', `labels.${k}`, 'not a Kubernetes label', v, 'keys like team or example.edu/team, values of at most 63 letters, digits, "-", "_" and "."');
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
        storage: nfs ? { source: StorageSource.nfs(nfs), layout: props.storageLayout } : undefined,
        developer: props.developer,
        platform: WorkspacePlatform.KUBERNETES,
        // The registry travels in the cloud-init Secret (1 MiB): too large is an error, not a missing file.
        registryDelivery: RegistryDelivery.inline(),
        egress: this.egress,
        where: this.node.path,
        // A container disk baked from the template (ImageBake): only the per-workspace part at boot.
        phase: props.image?.bakedContentHash ? ProvisioningPhase.BOOT : undefined,
      });
      if (props.image?.bakedContentHash && props.image.bakedContentHash !== userData.imageContentHash) {
        fail({
          code: 'baked-content-mismatch',
          field: 'image',
          message: `${this.node.path}: the container disk ${props.image.url} was baked from other content (${props.image.bakedContentHash}) than template "${props.template.slug}" with this workspace's parameters (${userData.imageContentHash})`,
          value: props.image.bakedContentHash,
          fix: 'build the disk from this template version (ImageBake.of({ template, platform: WorkspacePlatform.KUBERNETES }).containerDiskScript(...)), or name the disk built for it',
        });
      }
    } catch (e) {
      adopt(e, 'userData');
    }
    if (errors.length) {
      throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the Kubernetes workspace` : undefined);
    }
    this.userData = userData!;
    // Without internet a public image cannot install what the template asks for; an image of one's own may have it.
    if (!props.image) {
      for (const w of this.userData.warnings) {
        if (w.code === 'offline-needs-internet') {
          Annotations.of(this).addWarning(offlineBootWarning({
            path: this.node.path, workspace: this.workspaceName, template: props.template.slug, backend: 'kubernetes', message: w.message,
          }));
        }
      }
    }

    // Resources.
    const L = KUBERNETES_LAB_LABELS;
    this.podLabels = workspacePodLabels(labName, this.workspaceName);
    const labels: Record<string, string> = {
      ...userLabels,
      ...this.podLabels,
      [L.template]: sanitizeLabelValue(props.template.slug),
      [L.size]: sanitizeLabelValue(this.size),
      [L.egress]: this.egress,
      ...(props.owner ? { [L.owner]: sanitizeLabelValue(props.owner) } : {}),
      ...(props.project ? { [L.project]: sanitizeLabelValue(props.project) } : {}),
      [L.managedBy]: MANAGED_BY,
    };
    const ns = props.namespace;
    const name = this.workspaceName;
    const dependsOn = props.dependsOn;
    // Proxied: the proxy is set for the machine before the provisioning runs (as on Proxmox).
    const noProxy = ['localhost', '127.0.0.1', '::1', '.svc', '.cluster.local', ...(nfs ? [nfs.server] : [])].join(',');
    // A proxy address that is a Terraform reference (the Service's cluster IP) goes in after the
    // text is escaped for Terraform: a placeholder host until then.
    const proxyHost = props.proxy && Token.isUnresolved(props.proxy.host) ? PROXY_ADDRESS_PLACEHOLDER : props.proxy?.host;
    const proxySetup = this.egress === EgressMode.PROXIED && props.proxy ? proxySetupScript(`http://${urlHost(proxyHost!.replace(/^\[(.*)\]$/, '$1'))}:${props.proxy.port}`, noProxy) : undefined;
    const cloudInit = proxySetup
      ? renderMultipart(this.userData.parts.map((p) => (p.contentType === 'text/x-shellscript'
        ? { ...p, content: `${proxySetup}\n${p.content.replace(/^#!.*\n/, '')}` } : p)))
      : this.userData.renderMime();
    const secret = new SecretV1(this, 'CloudInit', {
      metadata: { name: `${name}-cloud-init`, namespace: ns, labels: { ...labels, [L.component]: 'cloud-init' } },
      // cloud-init reads `userdata` from a NoCloud secretRef; the MIME text, not gzip.
      data: { userdata: tfLiteral(cloudInit).split(PROXY_ADDRESS_PLACEHOLDER).join(props.proxy?.host ?? PROXY_ADDRESS_PLACEHOLDER) },
      type: 'Opaque',
      dependsOn,
    });
    const gpus = spec.gpus > 0 && props.gpuDeviceName
      ? Array.from({ length: spec.gpus }, (_, i) => ({ name: `gpu${i + 1}`, deviceName: props.gpuDeviceName })) : [];
    const vm = {
      apiVersion: 'kubevirt.io/v1',
      kind: 'VirtualMachine',
      metadata: {
        name,
        namespace: ns,
        labels,
        annotations: { [`${LABEL_PREFIX}/user-data-sha256`]: sha256(cloudInit) },
      },
      spec: {
        runStrategy: this.started ? 'RerunOnFailure' : 'Halted',
        dataVolumeTemplates: [{
          metadata: { name: `${name}-root`, labels: { ...this.podLabels, [L.component]: 'root-disk' } },
          spec: {
            storage: {
              accessModes: ['ReadWriteOnce'],
              resources: { requests: { storage: `${this.diskGiB}Gi` } },
              ...(props.storageClassName ? { storageClassName: props.storageClassName } : {}),
            },
            source: this.image.kind === 'http' ? { http: { url: this.image.url } } : { registry: { url: this.image.url } },
          },
        }],
        template: {
          metadata: {
            labels: { ...this.podLabels, [L.managedBy]: MANAGED_BY },
            // A changed provisioning restarts nothing by itself; cloud-init runs it on the next boot.
            annotations: { [`${LABEL_PREFIX}/user-data-sha256`]: sha256(cloudInit) },
          },
          spec: {
            hostname: name,
            // Without internet (none, proxied) there is no DNS: the cluster resolver would recurse
            // to the internet (a channel out). The guest gets a resolver address nothing answers on.
            ...(this.egress === EgressMode.OPEN ? {} : NO_DNS_CONFIG),
            domain: {
              cpu: { cores: this.cores },
              memory: { guest: `${this.memoryMiB}Mi` },
              resources: { requests: { memory: `${this.memoryMiB}Mi` } },
              firmware: { serial: sanitizeLabelValue(`${labName}-${name}`) },
              devices: {
                disks: [
                  { name: 'root', disk: { bus: 'virtio' } },
                  { name: 'cloudinit', disk: { bus: 'virtio' } },
                ],
                interfaces: [{ name: 'default', masquerade: {} }],
                ...(gpus.length ? { gpus } : {}),
              },
            },
            networks: [{ name: 'default', pod: {} }],
            terminationGracePeriodSeconds: 180,
            volumes: [
              { name: 'root', dataVolume: { name: `${name}-root` } },
              { name: 'cloudinit', cloudInitNoCloud: { secretRef: { name: `${name}-cloud-init` } } },
            ],
          },
        },
      },
    };
    new Manifest(this, 'VirtualMachine', {
      manifest: vm,
      // KubeVirt and CDI fill in status and defaults; Terraform owns only what it wrote.
      computedFields: ['metadata.annotations', 'metadata.labels', 'spec.template.metadata', 'spec.dataVolumeTemplates'],
      dependsOn: [...(dependsOn ?? []), secret],
    });
    this.host = `${name}.${ns}.svc.cluster.local`;
    new ServiceV1(this, 'Service', {
      metadata: { name, namespace: ns, labels: { ...labels, [L.component]: 'ssh' } },
      spec: { type: 'ClusterIP', selector: this.podLabels, port: [{ name: 'ssh', port: 22, targetPort: '22', protocol: 'TCP' }] },
      dependsOn,
    });

    // NetworkPolicies: additive on the lab's default deny.
    const accessCidrs = props.accessCidrs ?? [];
    if (accessCidrs.length) {
      new NetworkPolicyV1(this, 'Ingress', {
        metadata: { name: `${name}-ingress`, namespace: ns, labels },
        spec: {
          podSelector: { matchLabels: this.podLabels },
          policyTypes: ['Ingress'],
          ingress: [{ from: accessCidrs.map((cidr) => ({ ipBlock: { cidr } })), ports: [{ port: '22', protocol: 'TCP' }] }],
        },
        dependsOn,
      });
    }
    const dns: NetworkPolicyV1SpecEgress = {
      to: [{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': props.dnsNamespace ?? 'kube-system' } },
        podSelector: { matchLabels: Object.fromEntries((props.dnsPodLabels ?? [{ key: 'k8s-app', value: 'kube-dns' }]).map((l) => [l.key, l.value])) },
      }],
      ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
    };
    // DNS only with open egress: the cluster resolver forwards to the internet, which no
    // NetworkPolicy can stop, so offline and proxied workspaces get no port 53 at all.
    const egress: NetworkPolicyV1SpecEgress[] = this.egress === EgressMode.OPEN ? [dns] : [];
    if (nfs) egress.push({ to: [{ ipBlock: { cidr: `${nfs.server}/32` } }], ports: [{ port: '2049', protocol: 'TCP' }] });
    if (this.egress === EgressMode.PROXIED && props.proxy) {
      egress.push({
        to: [{ podSelector: { matchLabels: Object.fromEntries(props.proxy.podLabels.map((l) => [l.key, l.value])) } }],
        ports: [{ port: String(props.proxy.port), protocol: 'TCP' }],
      });
    } else if (this.egress === EgressMode.OPEN) {
      egress.push({ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: PRIVATE_IPV4 } }, { ipBlock: { cidr: '::/0', except: PRIVATE_IPV6 } }] });
    }
    new NetworkPolicyV1(this, 'Egress', {
      metadata: { name: `${name}-egress`, namespace: ns, labels },
      spec: { podSelector: { matchLabels: this.podLabels }, policyTypes: ['Egress'], egress },
      dependsOn,
    });
  }
}
