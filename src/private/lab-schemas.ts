/**
 * JSON Schemas of the Kubernetes lab file (src/stacks/kubernetes/kubernetes-lab-file.ts), the Proxmox lab
 * file (src/stacks/proxmox/proxmox-lab-file.ts) and the `state_backend:` section they share with the
 * permit settings (the AWS lab file's is src/stacks/aws/lab-schema.ts: it needs an
 * aws-cdk-lib enum, which the Terraform backends never load). The readers take their key lists from here (`keysAt`);
 * `scripts/generate-schemas.ts` writes them to `schemas/`.
 */
import { ProxmoxDatacenterFirewall, ProxmoxImageContent, ProxmoxProtocol } from '../constructs/proxmox/proxmox-cluster';
import { EGRESS, labFields, labWorkspaceFields, nfsStorageSchema } from '../workspaces/lab';
import { systemNamespaceProblem } from '../workspaces/private/kubernetes-names';
import {
  bool, explained, fileSchema, int, JsonSchema, lazy, list, obj, oneOf, text, textList, textMap,
} from '../workspaces/private/schemas/json-schema';
import { sizeSchema } from '../workspaces/private/schemas/model';
import { DeveloperLanguage, StorageLayout } from '../workspaces/userdata/options';


/** `state_backend:` where Terraform keeps the state: exactly one of s3, kubernetes or local. */
export const stateBackendSchema = lazy((): JsonSchema => obj('Where Terraform keeps the state: exactly one of s3, kubernetes or local.', {
  s3: obj('An S3 bucket (encrypted with a KMS key, locked).', {
    bucket: text('Bucket name.'),
    key: text('Object key of the state.'),
    region: text('Region of the bucket.'),
    kms_key_id: text('KMS key (id, ARN or alias/...) the state is encrypted with.'),
    encrypt: bool('Server-side encryption (must stay true).'),
    dynamodb_table: text('DynamoDB lock table (or use_lockfile).'),
    use_lockfile: bool('Lock with a lock file in the bucket (or dynamodb_table).'),
    profile: text('AWS profile.'),
    role_arn: text('Role to assume.'),
  }, ['bucket', 'key', 'region', 'kms_key_id']),
  kubernetes: obj('A Kubernetes secret.', {
    secret_suffix: text('Suffix of the secret\'s name.'),
    namespace: text('Namespace of the secret.'),
    config_path: text('kubeconfig file.'),
    config_context: text('kubeconfig context.'),
  }, ['secret_suffix']),
  local: obj('A local file (holds secrets in clear: acknowledge it).', {
    acknowledge_secrets_on_disk: bool('true: you know the state file holds the lab\'s secrets in clear.'),
    path: text('State file path.'),
  }, ['acknowledge_secrets_on_disk']),
}, [], { minProperties: 1, maxProperties: 1 }));


/** A Kubernetes lab file (`rws lab synth --backend kubernetes`). */
export const kubernetesLabSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces lab (Kubernetes)', obj(
  'A lab on a Kubernetes cluster with KubeVirt. Unknown keys are errors.', {
    ...labFields('Lab name (the namespace is lab-<name> unless kubernetes.namespace says otherwise).'),
    kubernetes: obj('Where and how the lab runs in the cluster.', {
      namespace: explained(text('Namespace (a DNS label of the lab\'s own: not default or kube-*); default lab-<name>.', {
        pattern: '^(?!kube-)(?!default$)[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$',
      }), {
        code: (v) => (systemNamespaceProblem(String(v)) ? 'system-namespace' : 'invalid-namespace'),
        problem: (v) => systemNamespaceProblem(String(v)) ?? 'not a namespace name (a DNS label: lowercase letters, digits and "-", at most 63)',
        fix: 'use a namespace of the lab\'s own, e.g. lab-genomics, or leave it out for lab-<name>',
      }),
      kube_config_path: text('kubeconfig file (relative to the lab file, or ~/...).'),
      kube_context: text('kubeconfig context.'),
      storage_class: text('Storage class of the root volumes.'),
      gpu_device: text('KubeVirt GPU device name, e.g. nvidia.com/GA102GL_A10.'),
      proxy_image: text('Package proxy image.'),
      dns_namespace: text('Namespace of the cluster DNS (default kube-system).'),
      dns_pod_labels: textMap('Labels of the cluster DNS pods.'),
    }),
    egress: EGRESS('of workspaces (default: the policy\'s, else none)'),
    egress_allowed_domains: textList('Domains the egress proxy allows.'),
    storage: nfsStorageSchema(),
    storage_layout: oneOf('How homes and project folders are laid out on the share.', Object.values(StorageLayout)),
    access_cidrs: textList('Networks that may reach SSH.'),
    state_backend: stateBackendSchema(),
    workspaces: list('The lab\'s workstations.', obj('A workstation (a KubeVirt virtual machine).', {
      ...labWorkspaceFields(),
      egress: EGRESS('of this workspace'),
      disk_gib: int('Root disk size in GiB.', 1, 65536),
      started: bool('Running (default true).'),
      labels: textMap('Kubernetes labels.'),
      image: obj('Boot disk: url or container_disk, with minimum_disk_gib.', {
        url: text('https:// address of a disk image.'),
        container_disk: text('Container disk image, e.g. quay.io/containerdisks/ubuntu:24.04.'),
        minimum_disk_gib: int('The image\'s virtual size in GiB.', 1, 65536),
        baked_content_hash: text('Content hash of the bake a container_disk holds (ImageBake.contentHash, 16 hex digits): the workspace runs only the per-workspace part.'),
      }, ['minimum_disk_gib']),
      developer: obj('Developer tools.', {
        zsh: bool('zsh as the login shell.'),
        dotfiles_repository: text('Git repository of dotfiles.'),
        bootstrap_script: text('Script run in the user\'s home at first login.'),
        languages: { ...textList('Language toolchains.'), items: oneOf('A language.', Object.values(DeveloperLanguage)) },
      }),
    }, ['name', 'template'])),
  }, ['name', 'workspaces'])));

const ENDPOINT = (what: string): JsonSchema => obj(what, {
  address: text('Address.'),
  port: int('TCP port.', 1, 65535),
  protocol: oneOf('Protocol.', Object.values(ProxmoxProtocol)),
  comment: text('Comment.'),
}, ['address', 'port']);

/** `cluster:` of a Proxmox lab and of the Proxmox permit settings. */
export const proxmoxClusterSchema = lazy((): JsonSchema => obj('The Proxmox cluster: nodes, datastores, network and who keeps the datacenter firewall on.', {
  nodes: textList('Node names (as `pvecm nodes` prints them).'),
  disk_datastore_id: text('Datastore of the disks.'),
  snippet_datastore_id: text('Datastore of the cloud-init snippets.'),
  image_datastore_id: text('Datastore of downloaded images.'),
  image_content: oneOf('Content type of downloaded images.', Object.values(ProxmoxImageContent)),
  bridge: text('Network bridge.'),
  vlan_id: int('VLAN id.', 1, 4094),
  dns_servers: textList('DNS servers.'),
  ntp_servers: textList('NTP servers.'),
  internal_resolver: text('The lab\'s internal DNS resolver.'),
  datacenter_firewall: oneOf('Who keeps the Proxmox datacenter firewall on.', Object.values(ProxmoxDatacenterFirewall)),
  dhcp_pool: textList('DHCP pool of the lab network.'),
}, ['nodes', 'datacenter_firewall']));

/** `api:` how Terraform reaches the Proxmox VE API (the token is never in a file). */
export const proxmoxApiSchema = lazy((): JsonSchema => obj('How Terraform reaches the Proxmox VE API; the token is given at apply time (TF_VAR_proxmox_api_token), never here.', {
  endpoint: text('API address, e.g. https://pve1.example.org:8006/.'),
  insecure: bool('Accept a self-signed certificate.'),
  ssh_username: text('SSH user for uploads.'),
}));

/** An image: a template VM or a downloaded url. */
export const proxmoxImageSchema = lazy((): JsonSchema => obj('Boot disk: { template_vm, disk_gib } (a prepared template VM) or { url, minimum_disk_gib }.', {
  url: text('https:// address of a cloud image.'),
  file_name: text('File name of the download.'),
  minimum_disk_gib: int('The image\'s virtual size in GiB.', 1, 65536),
  checksum: text('Checksum of the download.'),
  checksum_algorithm: oneOf('Checksum algorithm.', ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']),
  template_vm: int('Id of the template VM.', 100, 999999999),
  disk_gib: int('Boot disk size of the template VM in GiB.', 1, 65536),
  node: text('Node of the template VM.'),
  disk_interface: text('Disk interface, e.g. scsi0.'),
  guest_agent: bool('The image runs the QEMU guest agent.'),
  baked_content_hash: text('Content hash of the bake the template VM holds (ImageBake.contentHash, 16 hex digits): the workspace runs only the per-workspace part.'),
}));

/**
 * The settings only a Proxmox lab has. A lab file gives them under `proxmox:` (the one lab model:
 * the shared fields at the top, each backend's own in its section) or, as lab files written
 * before the sections did, at the top level; not both.
 */
export const proxmoxSettingsFields = (): Record<string, JsonSchema> => ({
  cluster: proxmoxClusterSchema(),
  api: proxmoxApiSchema(),
  proxy: ENDPOINT('The package proxy the workspaces use.'),
  allowed_endpoints: list('Endpoints workspaces may reach.', ENDPOINT('An endpoint.')),
  size_mappings: list('Cores, memory and PCI devices of sizes.', obj('A size mapping.', {
    size: sizeSchema('Workspace size.'),
    cores: int('Cores.', 1, 1024),
    memory_mib: int('Memory in MiB.', 256),
    pci_mappings: textList('PCI resource mappings (GPUs).'),
  }, ['size'])),
});

/** A Proxmox lab file (`rws lab synth --backend proxmox`). */
export const proxmoxLabSchema = lazy((): JsonSchema => fileSchema('cdk-research-workspaces lab (Proxmox)', obj(
  'A lab on a Proxmox VE cluster. Unknown keys are errors.', {
    ...labFields('Lab name (the pool id).'),
    proxmox: obj('The settings only a Proxmox lab has (cluster, api, proxy, allowed_endpoints, size_mappings); they may also stand at the top level, as in lab files written before the sections.', proxmoxSettingsFields()),
    ...proxmoxSettingsFields(),
    storage: nfsStorageSchema(),
    storage_layout: oneOf('How homes and project folders are laid out on the share.', Object.values(StorageLayout)),
    access_cidrs: textList('Networks that may reach SSH.'),
    workspaces: list('The lab\'s workstations.', obj('A workstation (a VM or a container).', {
      ...labWorkspaceFields(),
      node: text('Cluster node it runs on (one of cluster.nodes).'),
      kind: oneOf('VM or container (default vm).', ['vm', 'virtual-machine', 'container', 'lxc']),
      disk_gib: int('Root disk size in GiB.', 1, 65536),
      image: proxmoxImageSchema(),
      address: obj('A static address (default DHCP).', {
        address: text('Address with prefix, e.g. 10.20.30.40/24.'),
        gateway: text('Gateway.'),
      }, ['address']),
      vm_id: int('VM id.', 100, 999999999),
      egress: EGRESS('of this workspace'),
      started: bool('Running (default true).'),
      tags: textMap('Workspace tags.'),
    }, ['name', 'template', 'node'])),
  }, ['name', 'workspaces'])));
