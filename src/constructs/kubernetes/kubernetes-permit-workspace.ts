import { ClusterRoleBindingV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-binding-v1';
import { ClusterRoleV1 } from '@cdktf/provider-kubernetes/lib/cluster-role-v1';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { LimitRangeV1 } from '@cdktf/provider-kubernetes/lib/limit-range-v1';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { NetworkPolicyV1, NetworkPolicyV1SpecEgress, NetworkPolicyV1SpecIngress } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { PersistentVolumeClaimV1 } from '@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1';
import { ResourceQuotaV1 } from '@cdktf/provider-kubernetes/lib/resource-quota-v1';
import { RoleBindingV1 } from '@cdktf/provider-kubernetes/lib/role-binding-v1';
import { RoleV1 } from '@cdktf/provider-kubernetes/lib/role-v1';
import { SecretV1 } from '@cdktf/provider-kubernetes/lib/secret-v1';
import { ServiceAccountV1 } from '@cdktf/provider-kubernetes/lib/service-account-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import type {
  StatefulSetV1SpecTemplateSpec, StatefulSetV1SpecTemplateSpecContainerEnv,
  StatefulSetV1SpecTemplateSpecContainerVolumeMount, StatefulSetV1SpecTemplateSpecVolume,
} from '@cdktf/provider-kubernetes/lib/stateful-set-v1';
import { Construct } from 'constructs';
import { addSquidProxy } from './private/egress-proxy';
import { addIngressScan, plansIngressScan } from './private/ingress';
import { NO_DNS_CONFIG } from './private/lab';
import { PERMIT_POD_SECURITY_REASON, POD_SECURITY_REASON, PodSecurityLevel, podSecurityLabels } from './private/pod-security';
import { addReleaseClaim, addReleaseConfig, ReleaseAreaOptions, releasePodParts } from './private/release-area';
import { checkKnownProps } from '../../private/known-props';
import { Diagnostic } from '../../workspaces/errors';
import { IngressScanning } from '../../workspaces/ingress';
import {
  cidrProblem, MountAccess, NetworkMode, PermitPlan, PermitStatus, PermitVolumeKind, PermitWorkspaceRole,
  PlannedVolume, PlannedWorkspace, WorkspaceState,
} from '../../workspaces/permit';
import { PermitEntrypoint, PermitEntrypointMode } from '../../workspaces/permit-entrypoint';
import { problem, WorkspaceInputError } from '../../workspaces/private/error';
import { Annotations, Token } from '../terraform/cdktf';
import {
  AIRLOCK_CAPABILITIES, ANNOTATIONS, DESKTOP_CAPABILITIES, isDnsLabel, isDnsSubdomain, isLabelKey, isLabelValue, LABELS, MANAGED_BY,
  sanitizeLabelValue, sha256, squidConfig, tfLiteral,
} from '../terraform/permit-common';
import { ensureProvider, RandomPassword, TlsPrivateKey } from '../terraform/random-tls';


/**
 * The StatefulSet binding, loaded on first use: it is the largest module of the Kubernetes
 * provider (about 0.1-0.4 s), and `require('cdk-research-workspaces')` for an AWS or Proxmox
 * app should not pay for it.
 */
function statefulSetV1(): typeof import('@cdktf/provider-kubernetes/lib/stateful-set-v1').StatefulSetV1 {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('@cdktf/provider-kubernetes/lib/stateful-set-v1').StatefulSetV1;
}
/**
 * How the ingress airlock's SFTP service is reachable from the data holders.
 */
export enum KubernetesAirlockExposure {
  /**
   * A `LoadBalancer` service with `externalTrafficPolicy: Local` (client addresses are kept, so
   * the NetworkPolicy's CIDR allowlist applies) and `loadBalancerSourceRanges` set to the same
   * CIDRs (a second filter at the load balancer).
   */
  LOAD_BALANCER = 'LoadBalancer',
  /** A `NodePort` service with `externalTrafficPolicy: Local`. */
  NODE_PORT = 'NodePort',
  /** A `ClusterIP` service: an ingress controller or a tunnel of your own forwards to it. */
  CLUSTER_IP = 'ClusterIP',
}

/**
 * A Kubernetes label (`key: value`), used in selectors.
 */
export interface KubernetesLabel {
  /** Label key, e.g. `app.kubernetes.io/name`. */
  readonly key: string;
  /** Label value. */
  readonly value: string;
}

/**
 * A remote-desktop or SFTP connection to one account of a permit workspace: what a Guacamole
 * gateway (or a data holder) needs.
 */
export interface KubernetesPermitConnection {
  /** Workspace. */
  readonly workspace: PermitWorkspaceRole;
  /** Whether the workspace runs in this phase. */
  readonly state: WorkspaceState;
  /** `rdp` or `sftp`. */
  readonly protocol: string;
  /** Service DNS name inside the cluster, e.g. `analysis.permit-p-001.svc.cluster.local`. */
  readonly host: string;
  /** TCP port. */
  readonly port: number;
  /** Login name. */
  readonly username: string;
  /**
   * The generated password: a Terraform reference to `random_password.result` (sensitive).
   * Put it only into sensitive outputs or Secrets.
   */
  readonly password: string;
}

/**
 * Options of a permit's Kubernetes environment (everything but the plan).
 */
export interface KubernetesPermitOptions {
  /**
   * Storage class of the data volumes (uploads, raw, prepared, outputs).
   * @default - the cluster's default storage class
   */
  readonly storageClassName?: string;
  /**
   * Storage class of the `ReadWriteMany` project folder (NFS, CephFS, ...).
   * @default - `storageClassName`
   */
  readonly sharedStorageClassName?: string;
  /**
   * Size of each data holder's upload area.
   * @default 50
   */
  readonly uploadGiB?: number;
  /**
   * Size of the raw data volume.
   * @default 100
   */
  readonly rawGiB?: number;
  /**
   * Size of the prepared data volume.
   * @default 100
   */
  readonly preparedGiB?: number;
  /**
   * Size of the outputs volume.
   * @default 20
   */
  readonly outputsGiB?: number;
  /**
   * Size of the shared project folder.
   * @default 20
   */
  readonly projectGiB?: number;
  /**
   * Desktop image: XFCE with xrdp; needs bash, useradd, groupadd, usermod and chpasswd.
   * Pin it by digest in production.
   * @default KubernetesPermitEnvironment.DEFAULT_DESKTOP_IMAGE
   */
  readonly desktopImage?: string;
  /**
   * Command that starts the desktop after the accounts exist (the entrypoint `exec`s it).
   * @default KubernetesPermitEnvironment.DEFAULT_DESKTOP_COMMAND
   */
  readonly desktopCommand?: string[];
  /**
   * SFTP airlock image: OpenSSH server (`/usr/sbin/sshd` with `internal-sftp`) and the tools
   * the desktop image needs. Pin it by digest in production.
   * @default KubernetesPermitEnvironment.DEFAULT_AIRLOCK_IMAGE
   */
  readonly airlockImage?: string;
  /**
   * Package proxy image (squid).
   * @default KubernetesPermitEnvironment.DEFAULT_PROXY_IMAGE
   */
  readonly proxyImage?: string;
  /**
   * CPU limit of a desktop workspace, in millicores.
   * @default 2000
   */
  readonly desktopCpuMillis?: number;
  /**
   * Memory limit of a desktop workspace, in MiB.
   * @default 4096
   */
  readonly desktopMemoryMiB?: number;
  /**
   * CPU a permit's namespace may use in total (limits), in millicores.
   * @default 8000
   */
  readonly quotaCpuMillis?: number;
  /**
   * Memory a permit's namespace may use in total (limits), in MiB.
   * @default 16384
   */
  readonly quotaMemoryMiB?: number;
  /**
   * Namespace of the remote-desktop gateway (Guacamole's guacd); RDP is reachable only from it.
   * @default "guacamole"
   */
  readonly gatewayNamespace?: string;
  /**
   * Labels of the gateway's pods inside `gatewayNamespace`.
   * @default [{ key: 'app.kubernetes.io/name', value: 'guacd' }]
   */
  readonly gatewayPodLabels?: KubernetesLabel[];
  /**
   * Namespace of the cluster DNS.
   * @default "kube-system"
   */
  readonly dnsNamespace?: string;
  /**
   * Labels of the cluster DNS pods.
   * @default [{ key: 'k8s-app', value: 'kube-dns' }]
   */
  readonly dnsPodLabels?: KubernetesLabel[];
  /**
   * Cluster domain, for the service host names in the connection details.
   * @default "cluster.local"
   */
  readonly clusterDomain?: string;
  /**
   * How data holders reach the airlock.
   * @default KubernetesAirlockExposure.LOAD_BALANCER
   */
  readonly airlockExposure?: KubernetesAirlockExposure;
  /**
   * Length of the generated passwords.
   * @default 24
   */
  readonly passwordLength?: number;
  /**
   * Whether `terraform apply` waits until a started workspace is ready.
   * @default false
   */
  readonly waitForRollout?: boolean;
  /**
   * Image of the ingress scan Job (ClamAV's clamd, clamdscan and freshclam, a POSIX shell and
   * coreutils). It runs on the move to DATA_PREPARATION_PENDING and consolidates the clean uploads
   * into `raw` (see docs/airlock-transfers.md).
   * @default KubernetesPermitEnvironment.DEFAULT_SCANNER_IMAGE
   */
  readonly ingressScannerImage?: string;
  /**
   * The institution's ClamAV signature mirror: the scan refreshes its signatures from it
   * (freshclam `PrivateMirror`) before it scans. Needs `signatureMirrorCidrs`.
   * @default - the signatures in the scanner image are used as they are
   */
  readonly signatureMirrorUrl?: string;
  /**
   * Networks of the signature mirror: the only addresses the scan may reach (TCP 80/443), plus DNS.
   * @default - none (required with `signatureMirrorUrl`)
   */
  readonly signatureMirrorCidrs?: string[];
  /**
   * Memory of the scan container (clamd holds the whole signature set in memory: about 1.5 GiB
   * for the official set in 2025).
   * @default 3072
   */
  readonly ingressScannerMemoryMiB?: number;
}

/**
 * Properties of a permit's Kubernetes environment.
 */
export interface KubernetesPermitEnvironmentProps extends KubernetesPermitOptions {
  /** The phase to build, from `PermitLifecycle.plan()`. */
  readonly plan: PermitPlan;
}

const RDP_GATEWAY_DEFAULT: KubernetesLabel[] = [{ key: 'app.kubernetes.io/name', value: 'guacd' }];
const DNS_DEFAULT: KubernetesLabel[] = [{ key: 'k8s-app', value: 'kube-dns' }];
const ENTRYPOINT_DIR = '/opt/permit';
const SSHD_DIR = '/etc/permit/sshd';
const PROXY_DIR = '/etc/squid/permit';
const PROXY_PORT = 3128;
const PROXY_NAME = 'egress-proxy';
const ALL_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/**
 * The Kubernetes resources of one permit in one phase of its lifecycle, built from a
 * `PermitPlan`: re-synthesize it on every permit event and `terraform apply` the result.
 *
 * - a namespace `permit-<id>` with a ResourceQuota, a LimitRange, a default-deny NetworkPolicy
 *   and a least-privilege ServiceAccount/Role for the provisioner;
 * - PersistentVolumeClaims for every planned volume (one upload area per data holder, raw,
 *   prepared, outputs and the `ReadWriteMany` project folder), all with
 *   `lifecycle { prevent_destroy = true }` until the plan says DELETED, when they are absent;
 *   the namespace is protected as well, since deleting it would delete the claims;
 * - every planned workspace as a StatefulSet of 0 (stopped) or 1 (running) replica with a
 *   Service: desktops (XFCE + xrdp) whose entrypoint creates the assigned accounts, and the
 *   SFTP airlock with a write-only upload area per data holder; each volume mounted with
 *   exactly the plan's `readOnly` flag;
 * - NetworkPolicies: RDP only from the gateway, SFTP only from the data holders' CIDRs, DNS only
 *   for the package proxy (workspaces have `dnsPolicy: None`), setup egress only to the proxy
 *   by its cluster IP (a squid Deployment with the plan's domain allowlist), and nothing at all
 *   out of the analysis;
 * - Pod Security: the namespace enforces "restricted" (audit and warn always), "baseline" while
 *   desktops or the airlock run (root with a fixed capability list, no privilege escalation;
 *   the reason is an annotation on the namespace);
 * - a generated password per account (`random_password`) in a Secret.
 *
 * The stack gets the hashicorp/random and hashicorp/tls providers in every phase (added when
 * missing), so that a later phase can destroy what an earlier one generated.
 *
 * Every Kubernetes object carries the permit id, the triggering event id (sanitized to label
 * rules; the exact id in an annotation) and the status as labels.
 */
export class KubernetesPermitEnvironment extends Construct {
  /**
   * Default desktop image: Debian 12 with XFCE and xrdp. The project publishes only `latest`
   * (rebuilt weekly), so pin a digest of your own in production.
   */
  public static readonly DEFAULT_DESKTOP_IMAGE = 'docker.io/scottyhardy/docker-remote-desktop:latest';
  /**
   * Default desktop command: xrdp's session manager, then xrdp in the foreground (the image's
   * own entrypoint is replaced: it would create a default account).
   */
  public static readonly DEFAULT_DESKTOP_COMMAND = [
    '/bin/sh', '-c', 'rm -f /var/run/xrdp/xrdp-sesman.pid /var/run/xrdp/xrdp.pid; /usr/sbin/xrdp-sesman && exec /usr/sbin/xrdp --nodaemon',
  ];
  /** Default airlock image: Debian with OpenSSH (its own entrypoint is replaced). */
  public static readonly DEFAULT_AIRLOCK_IMAGE = 'docker.io/atmoz/sftp:debian';
  /** Default package proxy image: squid 6.6 on Ubuntu 24.04. */
  public static readonly DEFAULT_PROXY_IMAGE = 'docker.io/ubuntu/squid:6.6-24.04_edge';
  /** Default ingress scanner image: ClamAV 1.4 on Debian, with the signatures of its build day. */
  public static readonly DEFAULT_SCANNER_IMAGE = 'docker.io/clamav/clamav-debian:1.4';

  /** The name of a permit's namespace: `permit-<id>`. */
  public static namespaceNameOf(permitId: string): string {
    return `permit-${permitId}`;
  }

  /** The plan this environment was built from. */
  public readonly plan: PermitPlan;
  /** Namespace name (`permit-<id>`), also when the phase has no namespace. */
  public readonly namespaceName: string;
  /** Whether this phase has a namespace (false before ingress and after deletion). */
  public readonly hasNamespace: boolean;
  /** Connection details of every account of every workspace in this phase. */
  public readonly connections: KubernetesPermitConnection[];
  /**
   * Public-key fingerprint (SHA-256) of the airlock's SSH host key, for the data holders to check.
   * @default - no airlock in this phase
   */
  public readonly airlockHostKeyFingerprint?: string;
  /**
   * Address of the airlock's load balancer once Terraform has created it (a Terraform expression).
   * @default - no airlock, or not exposed through a load balancer
   */
  public readonly airlockExternalAddress?: string;

  private readonly o: Required<Omit<KubernetesPermitOptions, 'storageClassName' | 'sharedStorageClassName' | 'signatureMirrorUrl'>> & {
    storageClassName?: string; sharedStorageClassName?: string; signatureMirrorUrl?: string;
  };
  private readonly labels: Record<string, string>;
  private readonly annotations: Record<string, string>;
  private readonly ns: string;
  private namespaceResource?: NamespaceV1;
  private readonly scriptHash = new Map<PermitEntrypointMode, string>();
  private airlock?: { hostKey: TlsPrivateKey; service: ServiceV1 };
  private proxyService?: ServiceV1;

  constructor(scope: Construct, id: string, props: KubernetesPermitEnvironmentProps) {
    super(scope, id);
    checkKnownProps(this, 'KubernetesPermitEnvironmentProps', props);
    const plan = props.plan;
    this.plan = plan;
    this.o = {
      storageClassName: props.storageClassName,
      sharedStorageClassName: props.sharedStorageClassName ?? props.storageClassName,
      uploadGiB: props.uploadGiB ?? 50,
      rawGiB: props.rawGiB ?? 100,
      preparedGiB: props.preparedGiB ?? 100,
      outputsGiB: props.outputsGiB ?? 20,
      projectGiB: props.projectGiB ?? 20,
      desktopImage: props.desktopImage ?? KubernetesPermitEnvironment.DEFAULT_DESKTOP_IMAGE,
      desktopCommand: props.desktopCommand ?? KubernetesPermitEnvironment.DEFAULT_DESKTOP_COMMAND,
      airlockImage: props.airlockImage ?? KubernetesPermitEnvironment.DEFAULT_AIRLOCK_IMAGE,
      proxyImage: props.proxyImage ?? KubernetesPermitEnvironment.DEFAULT_PROXY_IMAGE,
      desktopCpuMillis: props.desktopCpuMillis ?? 2000,
      desktopMemoryMiB: props.desktopMemoryMiB ?? 4096,
      quotaCpuMillis: props.quotaCpuMillis ?? 8000,
      quotaMemoryMiB: props.quotaMemoryMiB ?? 16384,
      gatewayNamespace: props.gatewayNamespace ?? 'guacamole',
      gatewayPodLabels: props.gatewayPodLabels ?? RDP_GATEWAY_DEFAULT,
      dnsNamespace: props.dnsNamespace ?? 'kube-system',
      dnsPodLabels: props.dnsPodLabels ?? DNS_DEFAULT,
      clusterDomain: props.clusterDomain ?? 'cluster.local',
      airlockExposure: props.airlockExposure ?? KubernetesAirlockExposure.LOAD_BALANCER,
      passwordLength: props.passwordLength ?? 24,
      waitForRollout: props.waitForRollout ?? false,
      ingressScannerImage: props.ingressScannerImage ?? KubernetesPermitEnvironment.DEFAULT_SCANNER_IMAGE,
      signatureMirrorUrl: props.signatureMirrorUrl,
      signatureMirrorCidrs: props.signatureMirrorCidrs ?? [],
      ingressScannerMemoryMiB: props.ingressScannerMemoryMiB ?? 3072,
    };
    this.validate();

    this.ns = KubernetesPermitEnvironment.namespaceNameOf(plan.permitId);
    this.namespaceName = this.ns;
    this.labels = {
      [LABELS.managedBy]: MANAGED_BY,
      [LABELS.partOf]: this.ns,
      [LABELS.permitId]: plan.permitId,
      [LABELS.eventId]: sanitizeLabelValue(plan.eventId),
      [LABELS.status]: plan.status,
    };
    this.annotations = {
      [ANNOTATIONS.eventId]: tfLiteral(plan.eventId),
      ...(plan.previousStatus ? { [ANNOTATIONS.previousStatus]: plan.previousStatus } : {}),
    };

    // The random and tls providers stay in every phase: a later phase must be able to destroy
    // the passwords and host keys an earlier one created ("provider configuration not present").
    ensureProvider(this, 'random');
    ensureProvider(this, 'tls');

    this.hasNamespace = plan.volumes.length > 0 || plan.workspaces.length > 0;
    this.connections = [];
    if (!this.hasNamespace) return;

    const anyProtected = plan.volumes.some((v) => v.protect);
    const rootWorkloads = plan.workspaces.length > 0;
    this.namespaceResource = new NamespaceV1(this, 'Namespace', {
      metadata: {
        name: this.ns,
        // Pod Security: "restricted" unless a desktop or the airlock is planned (they run as root
        // with a fixed capability list: "baseline", the reason on the namespace); audit and warn
        // at "restricted" always.
        labels: { ...this.labels, ...podSecurityLabels(rootWorkloads ? PodSecurityLevel.BASELINE : PodSecurityLevel.RESTRICTED) },
        annotations: { ...this.annotations, ...(rootWorkloads ? { [POD_SECURITY_REASON]: PERMIT_POD_SECURITY_REASON } : {}) },
      },
      // Deleting the namespace would delete every claim in it: protected as long as they are.
      lifecycle: anyProtected ? { preventDestroy: true } : undefined,
    });
    this.node.defaultChild = this.namespaceResource;

    this.addGuards();
    this.addProvisionerAccess();
    for (const v of plan.volumes) this.addVolume(v);
    // The output release request area: in every phase with storage, protected like the volumes.
    if (this.hasReleaseArea) addReleaseClaim(this, this.releaseOptions, optionalLiteral(this.o.sharedStorageClassName));

    const modes = new Set(plan.workspaces.map((w) => (w.protocol === 'sftp' ? PermitEntrypointMode.SFTP_AIRLOCK : PermitEntrypointMode.DESKTOP)));
    if (modes.size) this.addEntrypoint([...modes]);

    // The proxy comes first: the setup workspace reaches it by its Service's cluster IP (no DNS).
    const proxied = plan.workspaces.filter((w) => w.network === NetworkMode.EGRESS_PROXY);
    if (proxied.length) this.proxyService = this.addEgressProxy(proxied);

    const connections: KubernetesPermitConnection[] = [];
    for (const w of plan.workspaces) {
      if (w.protocol === 'sftp') {
        connections.push(...this.addAirlock(w));
      } else {
        connections.push(...this.addDesktop(w));
      }
    }
    this.connections = connections;

    // The move to DATA_PREPARATION_PENDING: the uploads are scanned and consolidated into raw.
    const scans = plansIngressScan(plan);
    if (scans) {
      addIngressScan(this, {
        plan,
        namespace: this.ns,
        meta: (n, l) => this.meta(n, l),
        dependsOn: this.afterNamespace,
        image: this.o.ingressScannerImage,
        mirrorUrl: this.o.signatureMirrorUrl,
        mirrorCidrs: this.o.signatureMirrorCidrs,
        memoryMiB: this.o.ingressScannerMemoryMiB,
        dnsNamespace: this.o.dnsNamespace,
        dnsPodLabels: Object.fromEntries(this.o.dnsPodLabels.map((l) => [l.key, l.value])),
        podLabels: { [LABELS.managedBy]: MANAGED_BY, [LABELS.partOf]: this.ns, [LABELS.permitId]: plan.permitId },
      });
    }

    if (plan.workspaces.length) {
      const images = plan.workspaces.map((w) => (w.protocol === 'sftp' ? this.o.airlockImage : this.o.desktopImage))
        .concat(proxied.length ? [this.o.proxyImage] : [], scans ? [this.o.ingressScannerImage] : []);
      for (const image of new Set(images)) {
        if (!image.includes('@sha256:')) {
          Annotations.of(this).addWarning(`[cdk-research-workspaces:image-not-pinned] ${image} is not pinned by digest: a re-pushed tag changes what the permit's workspaces run. Pin it with image@sha256:...`);
        }
      }
    }

    if (this.airlock) {
      this.airlockHostKeyFingerprint = this.airlock.hostKey.publicKeyFingerprintSha256;
      if (this.o.airlockExposure === KubernetesAirlockExposure.LOAD_BALANCER) {
        const lb = `${this.airlock.service.fqn}.status[0].load_balancer[0].ingress[0]`;
        this.airlockExternalAddress = `\${try(${lb}.ip, ${lb}.hostname, "")}`;
      }
    }
  }

  /** Host name of a workspace's Service inside the cluster. */
  public hostOf(role: PermitWorkspaceRole): string {
    return `${role}.${this.ns}.svc.${this.o.clusterDomain}`;
  }

  private validate(): void {
    const plan = this.plan;
    const errors: Diagnostic[] = [];
    const location = { file: `construct ${this.node.path}` };
    const err = (code: string, field: string, message: string, value: unknown, fix: string) =>
      errors.push(problem({ code, field, message, value, fix, location }));
    if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(plan.permitId)) {
      err('invalid-permit-id', 'plan.permitId', 'permit id must be 1-40 lower-case letters, digits or dashes, starting and ending with a letter or digit', plan.permitId, 'use the id the lifecycle model accepted');
    }
    if (!Object.values(PermitStatus).includes(plan.status)) {
      err('unknown-status', 'plan.status', 'unknown permit status', plan.status, `use one of ${Object.values(PermitStatus).join(', ')}`);
    }
    const volumes = new Map(plan.volumes.map((v) => [v.name, v]));
    plan.volumes.forEach((v, i) => {
      if (!isDnsLabel(v.name)) err('invalid-name', `plan.volumes[${i}].name`, 'volume name must be a DNS-1123 label (lower-case letters, digits, dashes; at most 63)', v.name, 'rename the volume');
      if (plan.status === PermitStatus.DELETED) err('volume-after-delete', `plan.volumes[${i}]`, 'a DELETED permit has no volumes', v.name, 'plan DELETED with PermitLifecycle.plan()');
    });
    const roles = new Set<string>();
    plan.workspaces.forEach((w, i) => {
      const f = `plan.workspaces[${i}]`;
      if (!isDnsLabel(w.role) || w.role.length > 52) err('invalid-name', `${f}.role`, 'workspace role must be a DNS-1123 label of at most 52 characters (it names a StatefulSet)', w.role, 'use a PermitWorkspaceRole');
      if (roles.has(w.role)) err('duplicate-workspace', `${f}.role`, 'workspace planned twice', w.role, 'plan each role once');
      roles.add(w.role);
      if ((w.role as string) === PROXY_NAME) err('invalid-name', `${f}.role`, `"${PROXY_NAME}" is the package proxy's name`, w.role, 'use another role');
      if (w.protocol !== 'rdp' && w.protocol !== 'sftp') err('invalid-protocol', `${f}.protocol`, 'workspaces speak rdp (desktops) or sftp (the airlock)', w.protocol, 'use rdp or sftp');
      if (!Number.isInteger(w.port) || w.port < 1 || w.port > 65535) err('invalid-port', `${f}.port`, 'not a TCP port', w.port, 'use 1-65535');
      if (!Object.values(WorkspaceState).includes(w.state)) err('invalid-state', `${f}.state`, 'unknown workspace state', w.state, 'use running or stopped');
      if (w.users.length === 0) err('no-users', `${f}.users`, 'a workspace needs at least one account', [], 'check the permit\'s members');
      try {
        PermitEntrypoint.userEnvironment(w.users);
      } catch (e) {
        if (WorkspaceInputError.isWorkspaceInputError(e)) e.diagnostics.forEach((d) => errors.push({ ...d, field: `${f}.${d.field}`, location }));
        else throw e;
      }
      w.mounts.forEach((m, j) => {
        const v = volumes.get(m.volume);
        if (!v) err('unknown-volume', `${f}.mounts[${j}].volume`, `${w.role} mounts a volume the plan does not have`, m.volume, 'add it to plan.volumes or drop the mount');
        if (!m.path.startsWith('/')) err('invalid-path', `${f}.mounts[${j}].path`, 'mount path must be absolute', m.path, 'start it with /');
        if (m.access === MountAccess.WRITE_ONLY && w.protocol !== 'sftp') {
          err('write-only-desktop', `${f}.mounts[${j}].access`, 'write-only access can only be enforced by the SFTP airlock, not on a desktop', m.access, 'mount it read-only or read-write');
        }
        if (w.protocol === 'sftp' && (m.access !== MountAccess.WRITE_ONLY || m.kind !== PermitVolumeKind.UPLOAD)) {
          err('airlock-mount', `${f}.mounts[${j}]`, 'the airlock mounts only upload areas, write-only', `${m.volume}:${m.access}`, 'plan the airlock with PermitLifecycle.plan()');
        }
        if (w.protocol === 'sftp' && m.path !== `${PermitEntrypoint.UPLOAD_ROOT}/${v?.dataHolder ?? m.volume}`) {
          err('airlock-path', `${f}.mounts[${j}].path`, `an upload area is mounted at ${PermitEntrypoint.UPLOAD_ROOT}/<data holder>`, m.path, 'plan the airlock with PermitLifecycle.plan()');
        }
      });
      if (w.protocol === 'sftp') {
        const holders = new Set(w.mounts.map((m) => volumes.get(m.volume)?.dataHolder));
        w.users.forEach((u) => {
          if (!holders.has(u.name)) err('airlock-user', `${f}.users`, `SFTP account ${u.name} has no upload area`, u.name, 'give every data holder an upload volume');
        });
        if (w.ingressCidrs.length === 0) err('no-cidrs', `${f}.ingressCidrs`, 'the airlock needs the data holders\' CIDRs', [], 'add each data holder\'s address range');
      }
      if (w.network === NetworkMode.INGRESS_ALLOWLIST && w.protocol !== 'sftp') {
        err('invalid-network', `${f}.network`, 'only the airlock takes inbound traffic from the internet', w.network, 'use none or egress-proxy');
      }
      w.ingressCidrs.forEach((c, j) => {
        const bad = cidrProblem(c);
        if (bad) err('invalid-cidr', `${f}.ingressCidrs[${j}]`, `not a valid CIDR: ${bad}`, c, 'write an IPv4 or IPv6 network such as 203.0.113.0/24');
      });
    });
    if (plan.workspaces.some((w) => w.network === NetworkMode.EGRESS_PROXY)) {
      if (plan.egressAllowedDomains.length === 0) {
        err('empty-allowlist', 'plan.egressAllowedDomains', 'a workspace behind the package proxy needs at least one allowed domain', [], 'list the repositories the project needs, e.g. pypi.org');
      }
      plan.egressAllowedDomains.forEach((d, i) => {
        if (!/^(\*\.)?([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i.test(d)) err('invalid-domain', `plan.egressAllowedDomains[${i}]`, 'not a domain name', d, 'write a host name such as pypi.org or *.r-project.org');
      });
    }
    const o = this.o;
    const numbers = {
      uploadGiB: o.uploadGiB,
      rawGiB: o.rawGiB,
      preparedGiB: o.preparedGiB,
      outputsGiB: o.outputsGiB,
      projectGiB: o.projectGiB,
      desktopCpuMillis: o.desktopCpuMillis,
      desktopMemoryMiB: o.desktopMemoryMiB,
      quotaCpuMillis: o.quotaCpuMillis,
      quotaMemoryMiB: o.quotaMemoryMiB,
      ingressScannerMemoryMiB: o.ingressScannerMemoryMiB,
    };
    for (const [field, n] of Object.entries(numbers)) {
      if (!Token.isUnresolved(n) && (!Number.isInteger(n) || n < 1)) err('invalid-size', field, 'must be a whole number of at least 1', n, 'give a positive whole number');
    }
    if (o.desktopCpuMillis > o.quotaCpuMillis) err('quota-too-small', 'quotaCpuMillis', `the quota (${o.quotaCpuMillis}m) is smaller than one desktop (${o.desktopCpuMillis}m)`, o.quotaCpuMillis, 'raise quotaCpuMillis or lower desktopCpuMillis');
    if (o.desktopMemoryMiB > o.quotaMemoryMiB) err('quota-too-small', 'quotaMemoryMiB', `the quota (${o.quotaMemoryMiB}Mi) is smaller than one desktop (${o.desktopMemoryMiB}Mi)`, o.quotaMemoryMiB, 'raise quotaMemoryMiB or lower desktopMemoryMiB');
    if (!Number.isInteger(o.passwordLength) || o.passwordLength < 16 || o.passwordLength > 128) err('invalid-password-length', 'passwordLength', 'passwords must be 16-128 characters', o.passwordLength, 'use e.g. 24');
    if (o.desktopCommand.length === 0) err('empty-command', 'desktopCommand', 'the desktop needs a command to start', [], 'leave it out for xrdp');
    const subdomains: Array<[string, string | undefined]> = [
      ['clusterDomain', o.clusterDomain], ['storageClassName', o.storageClassName], ['sharedStorageClassName', o.sharedStorageClassName],
    ];
    for (const [field, name] of subdomains) {
      if (name !== undefined && !Token.isUnresolved(name) && !isDnsSubdomain(name)) {
        err('invalid-name', field, 'not a DNS-1123 subdomain', name, 'use lower-case letters, digits, dots and dashes');
      }
    }
    for (const [field, ns] of [['gatewayNamespace', o.gatewayNamespace], ['dnsNamespace', o.dnsNamespace]]) {
      if (!isDnsLabel(ns)) err('invalid-name', field, 'not a namespace name', ns, 'use a DNS-1123 label');
    }
    for (const [field, labels] of [['gatewayPodLabels', o.gatewayPodLabels], ['dnsPodLabels', o.dnsPodLabels]] as Array<[string, KubernetesLabel[]]>) {
      labels.forEach((l, i) => {
        if (!isLabelKey(l.key) || !isLabelValue(l.value)) err('invalid-label', `${field}[${i}]`, 'not a valid Kubernetes label', `${l.key}=${l.value}`, 'use key/value pairs that kubectl accepts');
      });
    }
    if (o.signatureMirrorUrl !== undefined) {
      try {
        IngressScanning.freshclamConfig({ url: o.signatureMirrorUrl });
      } catch (e) {
        if (WorkspaceInputError.isWorkspaceInputError(e)) e.diagnostics.forEach((d) => errors.push({ ...d, field: 'signatureMirrorUrl', location }));
        else throw e;
      }
      if (o.signatureMirrorCidrs.length === 0) {
        err('no-cidrs', 'signatureMirrorCidrs', 'the scan cannot reach the signature mirror without its networks (no other egress is allowed)', [],
          'add the mirror\'s address range, e.g. 10.20.0.5/32');
      }
    } else if (o.signatureMirrorCidrs.length) {
      err('mirror-cidrs-without-mirror', 'signatureMirrorCidrs', 'networks for a signature mirror, but no signatureMirrorUrl', o.signatureMirrorCidrs, 'add signatureMirrorUrl or drop signatureMirrorCidrs');
    }
    o.signatureMirrorCidrs.forEach((c, i) => {
      const bad = cidrProblem(c);
      if (bad) err('invalid-cidr', `signatureMirrorCidrs[${i}]`, `not a valid CIDR: ${bad}`, c, 'write an IPv4 or IPv6 network such as 10.20.0.5/32');
    });
    if (errors.length) throw new WorkspaceInputError(errors, errors.length > 1 ? `${this.node.path}: ${errors.length} problems in the permit plan` : undefined);
  }

  private meta(name: string, extraLabels: Record<string, string> = {}) {
    return { name, namespace: this.ns, labels: { ...this.labels, ...extraLabels }, annotations: this.annotations };
  }

  /** Whether the permit has the output release request area (whenever it has an outputs volume). */
  private get hasReleaseArea(): boolean {
    return this.plan.volumes.some((v) => v.kind === PermitVolumeKind.OUTPUTS);
  }

  private get releaseOptions(): ReleaseAreaOptions {
    return {
      permitId: this.plan.permitId,
      sizeGiB: this.o.outputsGiB,
      meta: (n, l) => this.meta(n, l),
      dependsOn: this.afterNamespace,
      volumeLabel: LABELS.volume,
    };
  }

  /** Makes a resource wait for the namespace (its name is a plain string, not a reference). */
  private get afterNamespace() {
    return this.namespaceResource ? [this.namespaceResource] : [];
  }

  private addGuards(): void {
    const o = this.o;
    const sizes = this.plan.volumes.map((v) => this.sizeOf(v));
    const airlock = this.plan.workspaces.some((w) => w.protocol === 'sftp');
    const exposed = airlock && o.airlockExposure !== KubernetesAirlockExposure.CLUSTER_IP;
    new ResourceQuotaV1(this, 'Quota', {
      metadata: this.meta('permit-quota'),
      spec: {
        hard: {
          'limits.cpu': `${o.quotaCpuMillis}m`,
          'limits.memory': `${o.quotaMemoryMiB}Mi`,
          'requests.cpu': `${o.quotaCpuMillis}m`,
          'requests.memory': `${o.quotaMemoryMiB}Mi`,
          'pods': '10',
          // Exactly the planned claims: nobody can add storage the plan does not know about.
          'persistentvolumeclaims': String(this.plan.volumes.length + (this.hasReleaseArea ? 1 : 0)),
          'requests.storage': `${sizes.reduce((a, b) => a + b, 0) + (this.hasReleaseArea ? this.o.outputsGiB : 0)}Gi`,
          'services.loadbalancers': exposed && o.airlockExposure === KubernetesAirlockExposure.LOAD_BALANCER ? '1' : '0',
          'services.nodeports': exposed ? '1' : '0',
        },
      },
      dependsOn: this.afterNamespace,
    });
    const maxCpu = Math.max(o.desktopCpuMillis, 500);
    const maxMem = Math.max(o.desktopMemoryMiB, 512);
    new LimitRangeV1(this, 'Limits', {
      metadata: this.meta('permit-limits'),
      spec: {
        limit: [
          {
            type: 'Container',
            default: { cpu: '500m', memory: '512Mi' },
            defaultRequest: { cpu: '100m', memory: '128Mi' },
            max: { cpu: `${maxCpu}m`, memory: `${maxMem}Mi` },
          },
          ...(sizes.length ? [{ type: 'PersistentVolumeClaim', max: { storage: `${Math.max(...sizes)}Gi` } }] : []),
        ],
      },
      dependsOn: this.afterNamespace,
    });
    // Nothing goes in or out unless a policy below allows it.
    new NetworkPolicyV1(this, 'DefaultDeny', {
      metadata: this.meta('default-deny'),
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
      dependsOn: this.afterNamespace,
    });
  }

  /**
   * The identity a pipeline applies this namespace's later phases with: exactly the kinds this
   * construct manages, in this namespace only; no pods/exec, no deletecollection, no
   * escalate/bind/impersonate; PersistentVolumeClaims cannot be deleted (only deleting the
   * namespace at permit.deleted, which needs a cluster identity, removes them). A ClusterRole
   * limited by name lets it read and label its own namespace and RBAC objects.
   */
  private addProvisionerAccess(): void {
    const scope = new Construct(this, 'Provisioner');
    const name = 'permit-provisioner';
    const clusterName = `${this.ns}-provisioner`;
    new ServiceAccountV1(scope, 'ServiceAccount', {
      metadata: this.meta(name),
      automountServiceAccountToken: false,
      dependsOn: this.afterNamespace,
    });
    new RoleV1(scope, 'Role', {
      metadata: this.meta(name),
      rule: [
        { apiGroups: [''], resources: ['configmaps', 'secrets', 'services', 'serviceaccounts', 'resourcequotas', 'limitranges'], verbs: ALL_VERBS },
        { apiGroups: [''], resources: ['persistentvolumeclaims'], verbs: ALL_VERBS.filter((v) => v !== 'delete') },
        { apiGroups: ['apps'], resources: ['statefulsets', 'deployments'], verbs: ALL_VERBS },
        { apiGroups: ['batch'], resources: ['jobs'], verbs: ALL_VERBS },
        { apiGroups: ['networking.k8s.io'], resources: ['networkpolicies'], verbs: ALL_VERBS },
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'rolebindings'], resourceNames: [name], verbs: ['get', 'update', 'patch'] },
      ],
      dependsOn: this.afterNamespace,
    });
    new RoleBindingV1(scope, 'RoleBinding', {
      metadata: this.meta(name),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
      subject: [{ kind: 'ServiceAccount', name, namespace: this.ns }],
      dependsOn: this.afterNamespace,
    });
    const clusterMeta = { name: clusterName, labels: this.labels, annotations: this.annotations };
    new ClusterRoleV1(scope, 'NamespaceRole', {
      metadata: clusterMeta,
      rule: [
        { apiGroups: [''], resources: ['namespaces'], resourceNames: [this.ns], verbs: ['get', 'update', 'patch'] },
        { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles', 'clusterrolebindings'], resourceNames: [clusterName], verbs: ['get', 'update', 'patch'] },
      ],
    });
    new ClusterRoleBindingV1(scope, 'NamespaceRoleBinding', {
      metadata: clusterMeta,
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: clusterName },
      subject: [{ kind: 'ServiceAccount', name, namespace: this.ns }],
      dependsOn: this.afterNamespace,
    });
  }

  private sizeOf(v: PlannedVolume): number {
    switch (v.kind) {
      case PermitVolumeKind.UPLOAD: return this.o.uploadGiB;
      case PermitVolumeKind.RAW: return this.o.rawGiB;
      case PermitVolumeKind.PREPARED: return this.o.preparedGiB;
      case PermitVolumeKind.OUTPUTS: return this.o.outputsGiB;
      default: return this.o.projectGiB;
    }
  }

  private addVolume(v: PlannedVolume): void {
    const shared = v.kind === PermitVolumeKind.PROJECT;
    new PersistentVolumeClaimV1(this, `Volume-${v.name}`, {
      metadata: this.meta(v.name, { [LABELS.volume]: v.kind, [LABELS.sensitive]: String(v.sensitive) }),
      spec: {
        accessModes: [shared ? 'ReadWriteMany' : 'ReadWriteOnce'],
        storageClassName: optionalLiteral(shared ? this.o.sharedStorageClassName : this.o.storageClassName),
        resources: { requests: { storage: `${this.sizeOf(v)}Gi` } },
      },
      // With WaitForFirstConsumer classes a claim binds only when a pod uses it.
      waitUntilBound: false,
      lifecycle: v.protect ? { preventDestroy: true } : undefined,
      dependsOn: this.afterNamespace,
    });
  }

  private addEntrypoint(modes: PermitEntrypointMode[]): void {
    const data: Record<string, string> = {};
    for (const m of modes.sort()) {
      const script = PermitEntrypoint.script(m);
      data[`${m}.sh`] = tfLiteral(script);
      this.scriptHash.set(m, sha256(script));
    }
    new ConfigMapV1(this, 'Entrypoint', {
      metadata: this.meta('permit-entrypoint'),
      data,
      dependsOn: this.afterNamespace,
    });
  }

  private selector(w: PlannedWorkspace): Record<string, string> {
    return { [LABELS.permitId]: this.plan.permitId, [LABELS.workspace]: w.role };
  }

  private addCredentials(scope: Construct, w: PlannedWorkspace): { secret: SecretV1; passwords: Map<string, string> } {
    const data: Record<string, string> = {};
    const passwords = new Map<string, string>();
    for (const u of w.users) {
      const pw = new RandomPassword(scope, `Password-${u.name}`, {
        length: this.o.passwordLength,
        special: true,
        // No ':' (chpasswd), quotes, spaces or backslashes: safe in every client's form.
        overrideSpecial: '-_.+=@%',
        minLower: 2,
        minUpper: 2,
        minNumeric: 2,
        minSpecial: 1,
      });
      data[u.name] = pw.result;
      passwords.set(u.name, pw.result);
    }
    const secret = new SecretV1(scope, 'Credentials', {
      metadata: this.meta(`${w.role}-credentials`, { [LABELS.workspace]: w.role }),
      type: 'Opaque',
      data,
      dependsOn: this.afterNamespace,
    });
    return { secret, passwords };
  }

  private userEnv(w: PlannedWorkspace, secret: SecretV1): StatefulSetV1SpecTemplateSpecContainerEnv[] {
    const env: StatefulSetV1SpecTemplateSpecContainerEnv[] = PermitEntrypoint.userEnvironment(w.users).map((v) => ({ name: v.name, value: v.value }));
    w.users.forEach((u, i) => env.push({
      name: PermitEntrypoint.passwordVariable(i + 1),
      valueFrom: { secretKeyRef: { name: secret.metadata.name, key: u.name } },
    }));
    return env;
  }

  private connectionsOf(w: PlannedWorkspace, passwords: Map<string, string>): KubernetesPermitConnection[] {
    return w.users.map((u) => ({
      workspace: w.role,
      state: w.state,
      protocol: w.protocol,
      host: this.hostOf(w.role),
      port: w.port,
      username: u.name,
      password: passwords.get(u.name)!,
    }));
  }

  private dataVolumes(w: PlannedWorkspace): {
    volumes: StatefulSetV1SpecTemplateSpecVolume[]; mounts: StatefulSetV1SpecTemplateSpecContainerVolumeMount[];
  } {
    const volumes: StatefulSetV1SpecTemplateSpecVolume[] = [];
    const mounts: StatefulSetV1SpecTemplateSpecContainerVolumeMount[] = [];
    for (const m of w.mounts) {
      const readOnly = m.access === MountAccess.READ_ONLY;
      // The claim name doubles as the pod's volume name; the flag is set twice (volume and mount).
      volumes.push({ name: m.volume, persistentVolumeClaim: { claimName: m.volume, readOnly } });
      mounts.push({ name: m.volume, mountPath: m.path, readOnly });
    }
    return { volumes, mounts };
  }

  private addWorkload(
    scope: Construct, w: PlannedWorkspace, podSpec: StatefulSetV1SpecTemplateSpec, mode: PermitEntrypointMode, configHash: string,
  ): void {
    const labels = { [LABELS.workspace]: w.role, [LABELS.component]: w.protocol === 'sftp' ? 'airlock' : 'workspace' };
    const podLabels = { ...this.selector(w), [LABELS.managedBy]: MANAGED_BY, [LABELS.partOf]: this.ns, [LABELS.component]: labels[LABELS.component] };
    new (statefulSetV1())(scope, 'StatefulSet', {
      metadata: this.meta(w.role, labels),
      spec: {
        // Stopped = no pod; the StatefulSet, its Service, Secret and every volume stay.
        replicas: w.state === WorkspaceState.RUNNING ? '1' : '0',
        serviceName: w.role,
        podManagementPolicy: 'OrderedReady',
        updateStrategy: [{ type: 'RollingUpdate' }],
        selector: { matchLabels: this.selector(w) },
        template: {
          // The event id is not on the pod template: a new event must not restart a running desktop.
          metadata: {
            labels: podLabels,
            annotations: { [ANNOTATIONS.entrypointSha256]: this.scriptHash.get(mode) ?? '', [ANNOTATIONS.configSha256]: configHash },
          },
          spec: podSpec,
        },
      },
      waitForRollout: this.o.waitForRollout,
      dependsOn: this.afterNamespace,
    });
  }

  private addService(
    scope: Construct, w: PlannedWorkspace, type: string, extra: { externalTrafficPolicy?: string; loadBalancerSourceRanges?: string[] } = {},
  ): ServiceV1 {
    return new ServiceV1(scope, 'Service', {
      metadata: this.meta(w.role, { [LABELS.workspace]: w.role }),
      spec: {
        type,
        selector: this.selector(w),
        port: [{ name: w.protocol, port: w.port, targetPort: String(w.port), protocol: 'TCP' }],
        ...extra,
      },
      dependsOn: this.afterNamespace,
    });
  }

  private entrypointVolume(): StatefulSetV1SpecTemplateSpecVolume {
    return { name: 'entrypoint', configMap: { name: 'permit-entrypoint', defaultMode: '0555' } };
  }

  private podBase(w: PlannedWorkspace): Pick<StatefulSetV1SpecTemplateSpec,
  'automountServiceAccountToken' | 'enableServiceLinks' | 'terminationGracePeriodSeconds' | 'securityContext' | 'dnsPolicy' | 'dnsConfig'> {
    return {
      // Workspaces never talk to the Kubernetes API.
      automountServiceAccountToken: false,
      enableServiceLinks: false,
      terminationGracePeriodSeconds: 30,
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      // No DNS without open egress: the cluster resolver recurses to the internet (a channel
      // no NetworkPolicy closes). The pod's own name is in /etc/hosts; the proxy is an address.
      ...(w.network === NetworkMode.OPEN ? {} : {
        dnsPolicy: NO_DNS_CONFIG.dnsPolicy,
        dnsConfig: {
          nameservers: [...NO_DNS_CONFIG.dnsConfig.nameservers],
          searches: [],
          option: NO_DNS_CONFIG.dnsConfig.options.map((o) => ({ name: o.name, value: o.value })),
        },
      }),
    };
  }

  private addDesktop(w: PlannedWorkspace): KubernetesPermitConnection[] {
    const scope = new Construct(this, `Workspace-${w.role}`);
    const { secret, passwords } = this.addCredentials(scope, w);
    const env = this.userEnv(w, secret);
    if (w.network === NetworkMode.EGRESS_PROXY) {
      env.push({ name: 'PERMIT_HTTP_PROXY', value: `http://${this.proxyService!.spec.clusterIp}:${PROXY_PORT}` });
      env.push({ name: 'PERMIT_NO_PROXY', value: `localhost,127.0.0.1,.svc,.${this.o.clusterDomain}` });
    }
    const data = this.dataVolumes(w);
    // The analysis workspace: rws-release for the researchers, the root sidecar that snapshots
    // their requests into the release area (private/release-area.ts).
    const outputs = w.mounts.find((m) => m.kind === PermitVolumeKind.OUTPUTS && m.access === MountAccess.READ_WRITE);
    const release = outputs && this.hasReleaseArea ? releasePodParts(this.o.desktopImage, outputs.volume) : undefined;
    const releaseScript = release ? addReleaseConfig(scope, this.releaseOptions, w.users).script : '';
    const podSpec: StatefulSetV1SpecTemplateSpec = {
      ...this.podBase(w),
      hostname: w.role,
      container: [{
        name: 'desktop',
        image: tfLiteral(this.o.desktopImage),
        imagePullPolicy: 'IfNotPresent',
        command: ['/bin/bash', `${ENTRYPOINT_DIR}/${PermitEntrypointMode.DESKTOP}.sh`],
        args: this.o.desktopCommand.map(tfLiteral),
        env,
        port: [{ name: 'rdp', containerPort: w.port, protocol: 'TCP' }],
        resources: {
          requests: { cpu: '500m', memory: '1Gi' },
          limits: { cpu: `${this.o.desktopCpuMillis}m`, memory: `${this.o.desktopMemoryMiB}Mi` },
        },
        readinessProbe: { tcpSocket: [{ port: String(w.port) }], periodSeconds: 10 },
        // Root inside the container creates the accounts and runs xrdp-sesman; users log in
        // unprivileged. Only DESKTOP_CAPABILITIES are kept, and no_new_privs stops setuid
        // programs (sudo, su): a session cannot become root.
        securityContext: {
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ['ALL'], add: [...DESKTOP_CAPABILITIES] },
          seccompProfile: { type: 'RuntimeDefault' },
        },
        volumeMount: [
          { name: 'entrypoint', mountPath: ENTRYPOINT_DIR, readOnly: true },
          { name: 'dshm', mountPath: '/dev/shm' },
          ...data.mounts,
          ...(release?.desktopMounts ?? []),
        ],
      }, ...(release ? [release.sidecar] : [])],
      volume: [
        this.entrypointVolume(),
        { name: 'dshm', emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } },
        ...data.volumes,
        ...(release?.volumes ?? []),
      ],
    };
    this.addWorkload(scope, w, podSpec, PermitEntrypointMode.DESKTOP, sha256(JSON.stringify(this.o.desktopCommand) + releaseScript));
    this.addService(scope, w, 'ClusterIP');
    this.addPolicies(scope, w);
    return this.connectionsOf(w, passwords);
  }

  private addAirlock(w: PlannedWorkspace): KubernetesPermitConnection[] {
    const scope = new Construct(this, 'Airlock');
    const { secret, passwords } = this.addCredentials(scope, w);
    const hostKey = new TlsPrivateKey(scope, 'HostKey', 'ED25519');
    new SecretV1(scope, 'HostKeySecret', {
      metadata: this.meta(`${w.role}-host-key`, { [LABELS.workspace]: w.role }),
      type: 'Opaque',
      data: { 'ssh_host_ed25519_key': hostKey.privateKeyOpenssh, 'ssh_host_ed25519_key.pub': hostKey.publicKeyOpenssh },
      dependsOn: this.afterNamespace,
    });
    const sshd = PermitEntrypoint.sshdConfig(w.users.map((u) => u.name), w.port);
    new ConfigMapV1(scope, 'SshdConfig', {
      metadata: this.meta(`${w.role}-sshd`, { [LABELS.workspace]: w.role }),
      data: { sshd_config: tfLiteral(sshd) },
      dependsOn: this.afterNamespace,
    });
    const data = this.dataVolumes(w);
    const keyDir = PermitEntrypoint.HOST_KEY_PATH.slice(0, PermitEntrypoint.HOST_KEY_PATH.lastIndexOf('/'));
    const podSpec: StatefulSetV1SpecTemplateSpec = {
      ...this.podBase(w),
      container: [{
        name: 'sftp',
        image: tfLiteral(this.o.airlockImage),
        imagePullPolicy: 'IfNotPresent',
        command: ['/bin/bash', `${ENTRYPOINT_DIR}/${PermitEntrypointMode.SFTP_AIRLOCK}.sh`],
        args: ['/usr/sbin/sshd', '-D', '-e', '-f', `${SSHD_DIR}/sshd_config`],
        env: this.userEnv(w, secret),
        port: [{ name: 'sftp', containerPort: w.port, protocol: 'TCP' }],
        resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
        readinessProbe: { tcpSocket: [{ port: String(w.port) }], periodSeconds: 10 },
        securityContext: {
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ['ALL'], add: [...AIRLOCK_CAPABILITIES] },
          seccompProfile: { type: 'RuntimeDefault' },
        },
        volumeMount: [
          { name: 'entrypoint', mountPath: ENTRYPOINT_DIR, readOnly: true },
          { name: 'sshd-config', mountPath: SSHD_DIR, readOnly: true },
          { name: 'host-key', mountPath: keyDir, readOnly: true },
          ...data.mounts,
        ],
      }],
      volume: [
        this.entrypointVolume(),
        { name: 'sshd-config', configMap: { name: `${w.role}-sshd`, defaultMode: '0444' } },
        { name: 'host-key', secret: { secretName: `${w.role}-host-key`, defaultMode: '0400', items: [{ key: 'ssh_host_ed25519_key', path: 'ssh_host_ed25519_key' }] } },
        ...data.volumes,
      ],
    };
    this.addWorkload(scope, w, podSpec, PermitEntrypointMode.SFTP_AIRLOCK, sha256(sshd));
    const exposure = this.o.airlockExposure;
    const service = this.addService(scope, w, exposure, exposure === KubernetesAirlockExposure.CLUSTER_IP ? {} : {
      externalTrafficPolicy: 'Local',
      ...(exposure === KubernetesAirlockExposure.LOAD_BALANCER ? { loadBalancerSourceRanges: [...w.ingressCidrs] } : {}),
    });
    this.addPolicies(scope, w);
    this.airlock = { hostKey, service };
    return this.connectionsOf(w, passwords);
  }

  private dnsPeer(): NetworkPolicyV1SpecEgress {
    return {
      to: [{
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.o.dnsNamespace } },
        podSelector: { matchLabels: toMap(this.o.dnsPodLabels) },
      }],
      ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
    };
  }

  /** Ingress and egress of one workspace. Policies are additive: default-deny covers the rest. */
  private addPolicies(scope: Construct, w: PlannedWorkspace): void {
    const ingress: NetworkPolicyV1SpecIngress[] = w.protocol === 'sftp'
      ? [{
        from: w.ingressCidrs.map((cidr) => ({ ipBlock: { cidr } })),
        ports: [{ port: String(w.port), protocol: 'TCP' }],
      }]
      : [{
        // Same peer entry: pods with these labels in the gateway's namespace (AND, not OR).
        from: [{
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': this.o.gatewayNamespace } },
          podSelector: { matchLabels: toMap(this.o.gatewayPodLabels) },
        }],
        ports: [{ port: String(w.port), protocol: 'TCP' }],
      }];
    new NetworkPolicyV1(scope, 'Ingress', {
      metadata: this.meta(`${w.role}-ingress`, { [LABELS.workspace]: w.role }),
      spec: { podSelector: { matchLabels: this.selector(w) }, policyTypes: ['Ingress'], ingress },
      dependsOn: this.afterNamespace,
    });
    let egress: NetworkPolicyV1SpecEgress[] | undefined;
    if (w.network === NetworkMode.EGRESS_PROXY) {
      // Only the proxy, by address: no DNS (the cluster resolver would forward names out).
      egress = [
        { to: [{ podSelector: { matchLabels: { [LABELS.permitId]: this.plan.permitId, [LABELS.component]: PROXY_NAME } } }], ports: [{ port: String(PROXY_PORT), protocol: 'TCP' }] },
      ];
    } else if (w.network === NetworkMode.OPEN) {
      egress = [{}];
    }
    // NONE and INGRESS_ALLOWLIST: no egress policy at all; default-deny blocks everything out.
    if (egress) {
      new NetworkPolicyV1(scope, 'Egress', {
        metadata: this.meta(`${w.role}-egress`, { [LABELS.workspace]: w.role }),
        spec: { podSelector: { matchLabels: this.selector(w) }, policyTypes: ['Egress'], egress },
        dependsOn: this.afterNamespace,
      });
    }
  }

  private addEgressProxy(clients: PlannedWorkspace[]): ServiceV1 {
    const selector = { [LABELS.permitId]: this.plan.permitId, [LABELS.component]: PROXY_NAME };
    return addSquidProxy(new Construct(this, 'EgressProxy'), {
      name: PROXY_NAME,
      metadata: (name) => this.meta(name, { [LABELS.component]: PROXY_NAME }),
      selector,
      podLabels: { [LABELS.managedBy]: MANAGED_BY, [LABELS.partOf]: this.ns },
      clients: clients.map((w) => this.selector(w)),
      domains: this.plan.egressAllowedDomains,
      config: (allowlistPath, port) => squidConfig(this.plan.permitId, allowlistPath, port),
      image: this.o.proxyImage,
      replicas: clients.some((w) => w.state === WorkspaceState.RUNNING) ? 1 : 0,
      dns: this.dnsPeer(),
      configDir: PROXY_DIR,
      port: PROXY_PORT,
      waitForRollout: this.o.waitForRollout,
      dependsOn: this.afterNamespace,
    });
  }
}

function optionalLiteral(s: string | undefined): string | undefined {
  return s === undefined ? undefined : tfLiteral(s);
}

function toMap(labels: KubernetesLabel[]): Record<string, string> {
  return Object.fromEntries(labels.map((l) => [l.key, l.value]));
}
