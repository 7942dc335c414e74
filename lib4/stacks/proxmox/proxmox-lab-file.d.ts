/**
 * Reads a Proxmox lab file (YAML) into `ProxmoxLabStackProps`, with the model's errors: every
 * problem with file, line and column, field, value and fix, all at once. Paths in the file are
 * relative to the file's folder. Also reads the Proxmox settings a permit stack needs (cluster,
 * API, image), which `rws permit synth --backend proxmox --config <file>` uses.
 *
 * Not exported from the package index: `ProxmoxLabStack.fromFile` and `rws lab synth --backend proxmox` use it.
 *
 * ```yaml
 * name: genomics                       # the pool id
 * cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, bridge: vmbr1, vlan_id: 30,
 *            datacenter_firewall: managed, dhcp_pool: [10.20.30.128/25], internal_resolver: 10.20.30.53 }
 * api: { endpoint: "https://pve1.example.org:8006/" }
 * templates: ./templates
 * registry: ./users.yaml
 * policy: ./policy.yaml
 * storage: { server: 10.20.30.5, export_path: /export/genomics }
 * proxy: { address: 10.20.30.4, port: 3128 }
 * access_cidrs: [10.99.0.0/16]
 * workspaces:
 *   - { name: alice-ml, template: python-ml, node: pve1, owner: alice, project: genomics, size: M }
 * ```
 */
import type { ProxmoxLabStackProps } from './proxmox-lab-stack';
import { ProxmoxApiSettings, ProxmoxCloudImage, ProxmoxClusterSettings } from '../../constructs/proxmox/proxmox-cluster';
import { FieldReader } from '../../workspaces/private/fields';
import { YamlPath, YamlSource } from '../../workspaces/private/yaml-source';
/** What `readProxmoxLabFile` returns. */
export interface ProxmoxLabFile {
    /** The stack's properties (catalog, registry and policy loaded). */
    readonly props: ProxmoxLabStackProps;
    /** The parsed file, to point later problems at its lines. */
    readonly source: YamlSource;
    /** The lab's template folder, absolute. */
    readonly templatesDir?: string;
    /** The registry file, absolute. */
    readonly registryFile?: string;
    /** The policy file, absolute. */
    readonly policyFile?: string;
}
/** `cluster:` (required): nodes and datastores. */
export declare function readProxmoxCluster(r: FieldReader, d: any, p?: YamlPath): ProxmoxClusterSettings | undefined;
/** `api:` (optional): how Terraform reaches the Proxmox VE API (the token is never in a file). */
export declare function readProxmoxApi(r: FieldReader, d: any, p?: YamlPath): ProxmoxApiSettings | undefined;
/** An image: `{ template_vm: 9000, disk_gib: 12 }` (a prepared template VM) or `{ url: https://... }`. */
export declare function readProxmoxImage(r: FieldReader, d: any, key: string, p: YamlPath, required: boolean): ProxmoxCloudImage | undefined;
/**
 * Reads and checks a Proxmox lab file, then loads the catalog (bundled plus `templates`), the
 * registry and the policy it names. Throws one `WorkspaceInputError` listing every problem.
 */
export declare function readProxmoxLabFile(file: string): ProxmoxLabFile;
