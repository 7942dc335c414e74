import { Construct } from 'constructs';
import { PermitPlan, PermitWorkspaceRole, WorkspaceState } from '../../workspaces/permit';
/**
 * How the ingress airlock's SFTP service is reachable from the data holders.
 */
export declare enum KubernetesAirlockExposure {
    /**
     * A `LoadBalancer` service with `externalTrafficPolicy: Local` (client addresses are kept, so
     * the NetworkPolicy's CIDR allowlist applies) and `loadBalancerSourceRanges` set to the same
     * CIDRs (a second filter at the load balancer).
     */
    LOAD_BALANCER = "LoadBalancer",
    /** A `NodePort` service with `externalTrafficPolicy: Local`. */
    NODE_PORT = "NodePort",
    /** A `ClusterIP` service: an ingress controller or a tunnel of your own forwards to it. */
    CLUSTER_IP = "ClusterIP"
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
export declare class KubernetesPermitEnvironment extends Construct {
    /**
     * Default desktop image: Debian 12 with XFCE and xrdp. The project publishes only `latest`
     * (rebuilt weekly), so pin a digest of your own in production.
     */
    static readonly DEFAULT_DESKTOP_IMAGE = "docker.io/scottyhardy/docker-remote-desktop:latest";
    /**
     * Default desktop command: xrdp's session manager, then xrdp in the foreground (the image's
     * own entrypoint is replaced: it would create a default account).
     */
    static readonly DEFAULT_DESKTOP_COMMAND: string[];
    /** Default airlock image: Debian with OpenSSH (its own entrypoint is replaced). */
    static readonly DEFAULT_AIRLOCK_IMAGE = "docker.io/atmoz/sftp:debian";
    /** Default package proxy image: squid 6.6 on Ubuntu 24.04. */
    static readonly DEFAULT_PROXY_IMAGE = "docker.io/ubuntu/squid:6.6-24.04_edge";
    /** Default ingress scanner image: ClamAV 1.4 on Debian, with the signatures of its build day. */
    static readonly DEFAULT_SCANNER_IMAGE = "docker.io/clamav/clamav-debian:1.4";
    /** The name of a permit's namespace: `permit-<id>`. */
    static namespaceNameOf(permitId: string): string;
    /** The plan this environment was built from. */
    readonly plan: PermitPlan;
    /** Namespace name (`permit-<id>`), also when the phase has no namespace. */
    readonly namespaceName: string;
    /** Whether this phase has a namespace (false before ingress and after deletion). */
    readonly hasNamespace: boolean;
    /** Connection details of every account of every workspace in this phase. */
    readonly connections: KubernetesPermitConnection[];
    /**
     * Public-key fingerprint (SHA-256) of the airlock's SSH host key, for the data holders to check.
     * @default - no airlock in this phase
     */
    readonly airlockHostKeyFingerprint?: string;
    /**
     * Address of the airlock's load balancer once Terraform has created it (a Terraform expression).
     * @default - no airlock, or not exposed through a load balancer
     */
    readonly airlockExternalAddress?: string;
    private readonly o;
    private readonly labels;
    private readonly annotations;
    private readonly ns;
    private namespaceResource?;
    private readonly scriptHash;
    private airlock?;
    private proxyService?;
    constructor(scope: Construct, id: string, props: KubernetesPermitEnvironmentProps);
    /** Host name of a workspace's Service inside the cluster. */
    hostOf(role: PermitWorkspaceRole): string;
    private validate;
    private meta;
    /** Whether the permit has the output release request area (whenever it has an outputs volume). */
    private get hasReleaseArea();
    private get releaseOptions();
    /** Makes a resource wait for the namespace (its name is a plain string, not a reference). */
    private get afterNamespace();
    private addGuards;
    /**
     * The identity a pipeline applies this namespace's later phases with: exactly the kinds this
     * construct manages, in this namespace only; no pods/exec, no deletecollection, no
     * escalate/bind/impersonate; PersistentVolumeClaims cannot be deleted (only deleting the
     * namespace at permit.deleted, which needs a cluster identity, removes them). A ClusterRole
     * limited by name lets it read and label its own namespace and RBAC objects.
     */
    private addProvisionerAccess;
    private sizeOf;
    private addVolume;
    private addEntrypoint;
    private selector;
    private addCredentials;
    private userEnv;
    private connectionsOf;
    private dataVolumes;
    private addWorkload;
    private addService;
    private entrypointVolume;
    private podBase;
    private addDesktop;
    private addAirlock;
    private dnsPeer;
    /** Ingress and egress of one workspace. Policies are additive: default-deny covers the rest. */
    private addPolicies;
    private addEgressProxy;
}
