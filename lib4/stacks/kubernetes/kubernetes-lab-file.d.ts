import type { KubernetesLabStackProps } from './kubernetes-lab-stack';
import { KubernetesLabel } from '../../constructs/kubernetes/kubernetes-permit-workspace';
import { KubernetesVmImage } from '../../constructs/kubernetes/kubernetes-workspace';
import { FieldReader } from '../../workspaces/private/fields';
import { YamlPath, YamlSource } from '../../workspaces/private/yaml-source';
/** What the file says about the cluster (`kubernetes:`). */
export interface KubernetesLabSettings {
    /** Namespace (default `lab-<name>`). */
    readonly namespace?: string;
    /** Default of the `kube_config_path` variable. */
    readonly kubeConfigPath?: string;
    /** Default of the `kube_context` variable. */
    readonly kubeContext?: string;
    /** Storage class of the root volumes. */
    readonly storageClassName?: string;
    /** KubeVirt GPU device name. */
    readonly gpuDeviceName?: string;
    /** Package proxy image. */
    readonly proxyImage?: string;
    /** Namespace of the cluster DNS. */
    readonly dnsNamespace?: string;
    /** Labels of the cluster DNS pods. */
    readonly dnsPodLabels?: KubernetesLabel[];
}
/** What `readKubernetesLabFile` returns. */
export interface KubernetesLabFile {
    /** The stack's properties (catalog, registry and policy loaded). */
    readonly props: KubernetesLabStackProps;
    /** The parsed file, to point later problems at its lines. */
    readonly source: YamlSource;
    /** The lab's template folder, absolute. */
    readonly templatesDir?: string;
    /** The registry file, absolute. */
    readonly registryFile?: string;
    /** The policy file, absolute. */
    readonly policyFile?: string;
}
/** `kubernetes:` (optional): where and how the lab runs in the cluster. */
export declare function readKubernetesSettings(r: FieldReader, d: any, dir: string): KubernetesLabSettings;
/** A workspace's boot disk: `{ url: https://..., minimum_disk_gib: 4 }` or `{ container_disk: quay.io/..., minimum_disk_gib: 5 }`. */
export declare function readKubernetesImage(r: FieldReader, w: any, p: YamlPath): KubernetesVmImage | undefined;
/**
 * Reads and checks a Kubernetes lab file, then loads the catalog (bundled plus `templates`),
 * the registry and the policy it names. Throws one `WorkspaceInputError` listing every problem.
 * The stack checks the rest (templates, sizes, owners, the policy) with the workspace's field.
 */
export declare function readKubernetesLabFile(file: string): KubernetesLabFile;
