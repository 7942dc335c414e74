import { Construct } from 'constructs';
import { KubernetesLabel } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { KubernetesVmImage, KubernetesWorkspace } from '../../constructs/kubernetes/kubernetes-workspace';
import { TerraformStack } from '../../constructs/terraform/cdktf';
import { TemplateCatalog } from '../../workspaces/catalog';
import { EgressMode, WorkspacePolicy } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
import { DeveloperOptions, NfsStorageProps, StorageLayout } from '../../workspaces/userdata';
import { UserRegistry } from '../../workspaces/users';
import { TerraformStateBackend } from '../terraform/terraform-state-backend';
/**
 * One workspace of a Kubernetes lab.
 */
export interface KubernetesLabWorkspace {
    /** Workspace name: the VM and Service name (a DNS label). */
    readonly name: string;
    /** Template slug (or name) in the lab's catalog. */
    readonly template: string;
    /**
     * Template parameters.
     * @default - the template's defaults
     */
    readonly parameters?: {
        [name: string]: string;
    };
    /**
     * Size.
     * @default - the template's minimum size, else M
     */
    readonly size?: WorkspaceSize;
    /**
     * Owner (a registry user).
     * @default - the template's first user, else the first registry user
     */
    readonly owner?: string;
    /**
     * Registry users with an account.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * Project label.
     * @default - none
     */
    readonly project?: string;
    /**
     * Egress mode (at most the policy's).
     * @default - the lab's egress mode
     */
    readonly egress?: EgressMode;
    /**
     * Whether it runs.
     * @default true
     */
    readonly started?: boolean;
    /**
     * Root disk in GiB.
     * @default - the template's, at least the image's
     */
    readonly diskGiB?: number;
    /**
     * Boot disk source.
     * @default - the official cloud image of the template's base
     */
    readonly image?: KubernetesVmImage;
    /**
     * Further labels.
     * @default - none
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * Developer conveniences for the owner.
     * @default - none
     */
    readonly developer?: DeveloperOptions;
}
/**
 * A lab on Kubernetes (KubeVirt): its templates, users, policy and workspaces.
 */
export interface KubernetesLabStackProps {
    /**
     * Where Terraform keeps this stack's state (it holds the generated passwords and keys).
     * @default - a local state file, with a warning at synthesis
     */
    readonly stateBackend?: TerraformStateBackend;
    /** Lab name (the namespace is `lab-<name>`). */
    readonly labName: string;
    /** The workspaces. */
    readonly workspaces: KubernetesLabWorkspace[];
    /**
     * Namespace of the lab.
     * @default "lab-<labName>"
     */
    readonly namespace?: string;
    /**
     * Template catalog.
     * @default TemplateCatalog.bundled()
     */
    readonly catalog?: TemplateCatalog;
    /**
     * The lab's research users.
     * @default - no research users
     */
    readonly registry?: UserRegistry;
    /**
     * The lab's policy: every workspace is checked against it (the per-user limit too).
     * @default - no policy
     */
    readonly policy?: WorkspacePolicy;
    /**
     * Egress of workspaces that do not set their own.
     * @default - the policy's egress mode, else NONE
     */
    readonly egress?: EgressMode;
    /**
     * Domains the package proxy allows (egress proxied).
     * @default - the policy's `egress_allowed_domains`, else PyPI, CRAN and conda-forge, plus the
     * distributions' package mirrors
     */
    readonly egressAllowedDomains?: string[];
    /**
     * The lab's NFS share (homes, project folders, scratch), mounted on every workspace.
     * @default - no shared storage
     */
    readonly storage?: NfsStorageProps;
    /**
     * Permission strategy of the share.
     * @default StorageLayout.USER_SUBDIRECTORIES
     */
    readonly storageLayout?: StorageLayout;
    /**
     * Networks that may reach the workspaces' SSH port.
     * @default - none (`virtctl ssh` and `virtctl port-forward` through the API server)
     */
    readonly accessCidrs?: string[];
    /**
     * Storage class of the root volumes.
     * @default - the cluster's default
     */
    readonly storageClassName?: string;
    /**
     * KubeVirt GPU device name for GPU sizes.
     * @default - none: GPU sizes are refused
     */
    readonly gpuDeviceName?: string;
    /**
     * Package proxy image (squid).
     * @default KubernetesLabStack.DEFAULT_PROXY_IMAGE
     */
    readonly proxyImage?: string;
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
     * Default of the `kube_config_path` variable.
     * @default "~/.kube/config"
     */
    readonly kubeConfigPath?: string;
    /**
     * Default of the `kube_context` variable.
     * @default - the kubeconfig's current context
     */
    readonly kubeContext?: string;
}
/**
 * A lab's Terraform stack on Kubernetes with KubeVirt: the kubernetes provider (kubeconfig
 * path and context as the variables `kube_config_path` and `kube_context`), the lab's
 * namespace with a default-deny NetworkPolicy, a ResourceQuota sized to its workspaces and a
 * LimitRange, a squid package proxy with a domain allowlist when a workspace's egress is
 * `proxied`, and one `KubernetesWorkspace` (a KubeVirt VM) per workspace, each checked against
 * the lab's policy (the per-user limit too), every problem of every workspace in one error.
 *
 * Outputs: `namespace`, `workspaces` (name -> template, size, egress, cores, memory, disk,
 * state, SSH host and the `virtctl` commands to reach it).
 *
 * @example
 * new KubernetesLabStack(app, 'genomics-lab', {
 *   labName: 'genomics', registry, policy,
 *   storage: { server: '10.20.30.5', exportPath: '/export/genomics' },
 *   workspaces: [{ name: 'alice-ml', template: 'python-ml', owner: 'alice' }],
 * });
 */
export declare class KubernetesLabStack extends TerraformStack {
    /** Default package proxy image: squid 6.6 on Ubuntu 24.04. */
    static readonly DEFAULT_PROXY_IMAGE = "docker.io/ubuntu/squid:6.6-24.04_edge";
    /**
     * The lab stack of a Kubernetes lab file (YAML with `kubernetes:`), read with every problem
     * reported at once (file, line, column, field, value and fix); paths in it are relative to
     * the file. `rws lab synth` reads the same file.
     * @param scope the app
     * @param id the stack name
     * @param file path of the lab file
     */
    static fromFile(scope: Construct, id: string, file: string): KubernetesLabStack;
    /** The lab's namespace. */
    readonly namespace: string;
    /** The workspaces, in the order of the lab definition. */
    readonly workspaces: KubernetesWorkspace[];
    /** Domains the package proxy allows (empty when no workspace is proxied). */
    readonly egressAllowedDomains: string[];
    constructor(scope: Construct, id: string, props: KubernetesLabStackProps);
    /**
     * cdktf's preparing pass before synthesis, resolving only the parts of the stack's
     * configuration that may hold tokens (the same effects, such as cross-stack references, for
     * a fraction of the time).
     */
    prepareStack(): void;
    /**
     * The stack's Terraform JSON as cdktf renders it, with only the parts that may hold tokens
     * resolved (the same JSON for a fraction of the time).
     */
    toTerraform(): any;
}
