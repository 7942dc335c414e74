import { Construct } from 'constructs';
import { KubernetesLabel } from './kubernetes-permit-workspace';
import { ResolvedTemplate } from '../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
import { OperatingSystem } from '../../workspaces/template';
import { DeveloperOptions, NfsStorageProps, StorageLayout, WorkspaceUserData } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { ITerraformDependable } from '../terraform/cdktf';
/**
 * The boot disk of a KubeVirt workspace: what CDI (the Containerized Data Importer) imports
 * into the workspace's root volume when the VM is created.
 *
 * @example
 * KubernetesVmImage.forOs(OperatingSystem.UBUNTU_24_04);
 * KubernetesVmImage.fromUrl('https://mirror.example.edu/noble-server-cloudimg-amd64.img', 4);
 * KubernetesVmImage.fromContainerDisk('registry.example.edu/images/ubuntu-research:2026.11', 20);
 */
export declare class KubernetesVmImage {
    /**
     * The distribution's official cloud image for a template base (Ubuntu 22.04/24.04, Debian 12,
     * Rocky Linux 9; x86_64), imported over HTTPS.
     * @param os the template's base
     */
    static forOs(os: OperatingSystem): KubernetesVmImage;
    /** Whether `forOs()` knows an image for the base. */
    static hasOfficialImage(os: OperatingSystem): boolean;
    /**
     * A cloud image (qcow2 or raw) at an http(s) address: a mirror, a pinned release.
     * @param url the image's address
     * @param minimumDiskGiB the image's virtual size in GiB (the root disk is at least this)
     */
    static fromUrl(url: string, minimumDiskGiB: number): KubernetesVmImage;
    /**
     * A KubeVirt container disk in an OCI registry (e.g. an institution's prepared image with
     * the template's packages installed, needed for offline workspaces).
     * @param reference image reference, e.g. `quay.io/containerdisks/ubuntu:24.04`
     * @param minimumDiskGiB the disk's virtual size in GiB
     */
    static fromContainerDisk(reference: string, minimumDiskGiB: number): KubernetesVmImage;
    /**
     * A KubeVirt container disk baked from the workspace's template (built with
     * `ImageBake.containerDiskScript`): the workspace runs only the per-workspace part of the
     * provisioning, and its template must have the same content.
     * @param reference image reference, e.g. `registry.lab.example.org/rws/python-ml:1.0.0`
     * @param minimumDiskGiB the disk's virtual size in GiB
     * @param bakedContentHash `ImageBake.contentHash` of the bake the disk was built with
     */
    static fromBakedContainerDisk(reference: string, minimumDiskGiB: number, bakedContentHash: string): KubernetesVmImage;
    /** `http` or `registry` (CDI source kinds). */
    readonly kind: string;
    /** The address CDI imports from (`https://...` or `docker://...`). */
    readonly url: string;
    /** The smallest root disk the image fits on, in GiB. */
    readonly minimumDiskGiB: number;
    /**
     * Content hash of the bake the image holds.
     * @default - not baked: the whole provisioning runs at boot
     */
    readonly bakedContentHash?: string;
    private constructor();
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
    readonly labels?: {
        [key: string]: string;
    };
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
export declare class KubernetesWorkspace extends Construct {
    /** Workspace name (VM, Service and host name). */
    readonly workspaceName: string;
    /** The template. */
    readonly template: ResolvedTemplate;
    /** Size. */
    readonly size: WorkspaceSize;
    /** Virtual CPUs. */
    readonly cores: number;
    /** Memory in MiB. */
    readonly memoryMiB: number;
    /** Root disk in GiB. */
    readonly diskGiB: number;
    /** Internet access the NetworkPolicies enforce. */
    readonly egress: EgressMode;
    /** Whether the VM runs. */
    readonly started: boolean;
    /** Owner, when known. */
    readonly owner?: string;
    /** The namespace. */
    readonly namespace: string;
    /** The boot disk source. */
    readonly image: KubernetesVmImage;
    /** The boot provisioning. */
    readonly userData: WorkspaceUserData;
    /** DNS name of the workspace's SSH Service. */
    readonly host: string;
    /** Labels of the VM's pod. */
    readonly podLabels: {
        [key: string]: string;
    };
    constructor(scope: Construct, id: string, props: KubernetesWorkspaceProps);
}
