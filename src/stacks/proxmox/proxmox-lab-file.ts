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
import type { ProxmoxLabStackProps, ProxmoxLabWorkspace } from './proxmox-lab-stack';
import {
  ProxmoxApiSettings, ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxDatacenterFirewall, ProxmoxEndpoint, ProxmoxImageContent, ProxmoxProtocol,
  ProxmoxSizeMapping,
  ProxmoxStaticAddress,
} from '../../constructs/proxmox/proxmox-cluster';
import { ProxmoxWorkspaceKind } from '../../constructs/proxmox/proxmox-workspace';
import { proxmoxApiSchema, proxmoxClusterSchema, proxmoxImageSchema, proxmoxLabSchema } from '../../private/lab-schemas';
import { LabFileReader, oneOf, readNfsStorage } from '../../workspaces/lab';
import { EgressMode } from '../../workspaces/policy';
import { reportCidrs } from '../../workspaces/private/cidr';
import { clean } from '../../workspaces/private/clean';
import { FieldReader } from '../../workspaces/private/fields';
import { keysAt, lazy } from '../../workspaces/private/schemas/json-schema';
import { sizeAt } from '../../workspaces/private/size-field';
import { YamlPath, YamlSource } from '../../workspaces/private/yaml-source';
import { StorageLayout } from '../../workspaces/userdata';

// The key lists are the Proxmox lab schema's (schemas/proxmox-lab.schema.json).
const TOP = lazy(() => keysAt(proxmoxLabSchema()));
const PROXMOX = lazy(() => keysAt(proxmoxLabSchema(), ['proxmox']));
const CLUSTER = lazy(() => keysAt(proxmoxClusterSchema()));
const API = lazy(() => keysAt(proxmoxApiSchema()));
const ENDPOINT = lazy(() => keysAt(proxmoxLabSchema(), ['proxy']));
const SIZE_MAPPING = lazy(() => keysAt(proxmoxLabSchema(), ['size_mappings', '*']));
const IMAGE = lazy(() => keysAt(proxmoxImageSchema()));
const ADDRESS = lazy(() => keysAt(proxmoxLabSchema(), ['workspaces', '*', 'address']));
const WS = lazy(() => keysAt(proxmoxLabSchema(), ['workspaces', '*']));

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
export function readProxmoxCluster(r: FieldReader, d: any, p: YamlPath = []): ProxmoxClusterSettings | undefined {
  const c = r.mapping(d, 'cluster', p);
  const at = [...p, 'cluster'];
  if (!c) {
    if (d?.cluster === undefined || d?.cluster === null) {
      r.error(at, 'missing-field', 'required field "cluster" is missing: the Proxmox cluster the lab runs on', undefined,
        'add cluster: { nodes: [pve1, pve2], disk_datastore_id: local-lvm, snippet_datastore_id: local, datacenter_firewall: managed }');
    }
    return undefined;
  }
  r.unknownKeys(c, CLUSTER(), at);
  const nodes = r.strList(c, 'nodes', at);
  if (!nodes || nodes.length === 0) {
    r.error([...at, 'nodes'], 'missing-field', 'the cluster needs its node names (as `pvecm nodes` prints them)', c.nodes, 'add nodes: [pve1, pve2]');
  }
  return clean({
    nodes: nodes ?? [],
    diskDatastoreId: r.str(c, 'disk_datastore_id', at),
    snippetDatastoreId: r.str(c, 'snippet_datastore_id', at),
    imageDatastoreId: r.str(c, 'image_datastore_id', at),
    imageContent: oneOf(r, c, 'image_content', at, Object.values(ProxmoxImageContent), 'image content type'),
    bridge: r.str(c, 'bridge', at),
    vlanId: r.int(c, 'vlan_id', at, { min: 1, max: 4094 }),
    dnsServers: r.strList(c, 'dns_servers', at),
    ntpServers: r.strList(c, 'ntp_servers', at),
    internalResolver: r.str(c, 'internal_resolver', at),
    datacenterFirewall: datacenterFirewallAt(r, c, at),
    dhcpPool: r.strList(c, 'dhcp_pool', at),
  });
}

/** `datacenter_firewall:` (required): managed or managed-elsewhere. */
function datacenterFirewallAt(r: FieldReader, c: any, at: YamlPath): ProxmoxDatacenterFirewall | undefined {
  const values = Object.values(ProxmoxDatacenterFirewall);
  if (c.datacenter_firewall === undefined || c.datacenter_firewall === null) {
    r.error([...at, 'datacenter_firewall'], 'missing-field',
      'required field "datacenter_firewall" is missing: every workspace firewall filters only while the Proxmox datacenter firewall is on, so say who keeps it on',
      undefined, 'add datacenter_firewall: managed (this stack enables it: enabled, ebtables, input policy DROP) or datacenter_firewall: managed-elsewhere (you state it is on and kept so elsewhere)');
    return undefined;
  }
  return oneOf(r, c, 'datacenter_firewall', at, values, 'datacenter firewall mode (who keeps the Proxmox datacenter firewall on)');
}

/** `api:` (optional): how Terraform reaches the Proxmox VE API (the token is never in a file). */
export function readProxmoxApi(r: FieldReader, d: any, p: YamlPath = []): ProxmoxApiSettings | undefined {
  const a = r.mapping(d, 'api', p);
  if (!a) return undefined;
  const at = [...p, 'api'];
  r.unknownKeys(a, API(), at);
  if (a.token !== undefined || a.api_token !== undefined) {
    r.error([...at, a.token !== undefined ? 'token' : 'api_token'], 'secret-in-file', 'the API token is a secret and is never written into a file or the configuration',
      undefined, 'remove it and give it at apply time: TF_VAR_proxmox_api_token=... terraform apply');
  }
  return clean({ endpoint: r.str(a, 'endpoint', at), insecure: r.bool(a, 'insecure', at), sshUsername: r.str(a, 'ssh_username', at) });
}

/** An image: `{ template_vm: 9000, disk_gib: 12 }` (a prepared template VM) or `{ url: https://... }`. */
export function readProxmoxImage(r: FieldReader, d: any, key: string, p: YamlPath, required: boolean): ProxmoxCloudImage | undefined {
  const at = [...p, key];
  const m = r.mapping(d, key, p);
  const example = 'write image: { template_vm: 9000, disk_gib: 12 } (a prepared template VM) or image: { url: "https://.../image.qcow2", minimum_disk_gib: 4 }';
  if (!m) {
    if (required && (d?.[key] === undefined || d?.[key] === null)) r.error(at, 'missing-field', `required field "${key}" is missing: the boot disk of the machines`, undefined, example);
    return undefined;
  }
  r.unknownKeys(m, IMAGE(), at);
  const hasVm = m.template_vm !== undefined;
  const hasUrl = m.url !== undefined;
  if (hasVm === hasUrl) {
    r.error(at, 'invalid-value', hasVm ? 'give either template_vm or url, not both' : 'an image needs template_vm or url', undefined, example);
    return undefined;
  }
  if (hasVm) {
    const vmId = r.int(m, 'template_vm', at, { min: 100, max: 999999999 });
    const diskGiB = r.int(m, 'disk_gib', at, { min: 1, max: 65536 });
    if (m.disk_gib === undefined) r.error([...at, 'disk_gib'], 'missing-field', 'a template VM needs the size of its boot disk (a clone cannot be smaller)', undefined, 'add disk_gib: <GiB>');
    for (const k of ['file_name', 'minimum_disk_gib', 'checksum', 'checksum_algorithm']) {
      if (m[k] !== undefined) r.error([...at, k], 'invalid-value', `${k} belongs to a url image, not a template VM`, m[k], `remove ${k}`);
    }
    // A template VM baked from the workspace's template (ImageBake.proxmoxTemplateScript): its content hash.
    const baked = r.str(m, 'baked_content_hash', at);
    if (baked !== undefined && !/^[0-9a-f]{16}$/.test(baked)) {
      r.error([...at, 'baked_content_hash'], 'invalid-value', 'not a content hash (16 hex digits)', baked, 'write the contentHash the bake script printed, e.g. 1f125c69a0b2c3d4');
      return undefined;
    }
    if (vmId === undefined || diskGiB === undefined) return undefined;
    return ProxmoxCloudImage.fromTemplateVm(clean({
      vmId,
      diskGiB,
      nodeName: r.str(m, 'node', at),
      diskInterface: r.str(m, 'disk_interface', at),
      guestAgent: r.bool(m, 'guest_agent', at),
      bakedContentHash: baked,
    }));
  }
  const url = r.str(m, 'url', at);
  for (const k of ['disk_gib', 'node', 'disk_interface', 'guest_agent', 'baked_content_hash']) {
    if (m[k] !== undefined) r.error([...at, k], 'invalid-value', `${k} belongs to a template VM image, not a url`, m[k], `remove ${k} (minimum_disk_gib is the url image's size)`);
  }
  if (url !== undefined && !/^https:\/\/\S+$/.test(url)) r.error([...at, 'url'], 'invalid-value', 'an image is downloaded over https', url, 'use an https:// address');
  if (url === undefined) return undefined;
  return ProxmoxCloudImage.fromUrl(clean({
    url,
    fileName: r.str(m, 'file_name', at),
    minimumDiskGiB: r.int(m, 'minimum_disk_gib', at, { min: 1, max: 65536 }),
    checksum: r.str(m, 'checksum', at),
    checksumAlgorithm: oneOf(r, m, 'checksum_algorithm', at, ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'], 'checksum algorithm'),
  }));
}

function readEndpoint(r: FieldReader, e: any, at: YamlPath): ProxmoxEndpoint | undefined {
  if (!e || typeof e !== 'object' || Array.isArray(e)) {
    r.expect(at, e, 'an endpoint { address, port }');
    return undefined;
  }
  r.unknownKeys(e, ENDPOINT(), at);
  const address = r.str(e, 'address', at, { required: true });
  const port = r.int(e, 'port', at, { min: 1, max: 65535 });
  if (e.port === undefined) r.error([...at, 'port'], 'missing-field', 'required field "port" is missing', undefined, 'add port: <number>');
  if (address === undefined || port === undefined) return undefined;
  return clean({ address, port, protocol: oneOf(r, e, 'protocol', at, Object.values(ProxmoxProtocol), 'protocol'), comment: r.str(e, 'comment', at) });
}


/**
 * Reads and checks a Proxmox lab file, then loads the catalog (bundled plus `templates`), the
 * registry and the policy it names. Throws one `WorkspaceInputError` listing every problem.
 */
export function readProxmoxLabFile(file: string): ProxmoxLabFile {
  const lab = LabFileReader.open(file, 'a mapping with name:, cluster: and workspaces:');
  const { r, data: d } = lab;
  r.unknownKeys(d, TOP(), []);
  const labName = lab.name();
  // The Proxmox settings: under proxmox: (the one lab model) or at the top level (lab files written before it).
  const { data: s, at: base } = lab.section('proxmox', PROXMOX());
  const cluster = readProxmoxCluster(r, s, base);
  const api = readProxmoxApi(r, s, base);
  const files = lab.files();
  const { templatesDir, registryFile, policyFile, cidrLimits } = files;

  const storage = readNfsStorage(r, d);
  const storageLayout = oneOf(r, d, 'storage_layout', [], Object.values(StorageLayout), 'storage layout');
  const proxy = s.proxy === undefined || s.proxy === null ? undefined : readEndpoint(r, s.proxy, [...base, 'proxy']);
  const allowedEndpoints = (r.list(s, 'allowed_endpoints', base) ?? []).map((e, i) => readEndpoint(r, e, [...base, 'allowed_endpoints', i]))
    .filter((e): e is ProxmoxEndpoint => e !== undefined);
  const sizeMappings: ProxmoxSizeMapping[] = [];
  (r.list(s, 'size_mappings', base) ?? []).forEach((m: any, i: number) => {
    const at: YamlPath = [...base, 'size_mappings', i];
    if (!m || typeof m !== 'object' || Array.isArray(m)) {
      r.expect(at, m, 'a size mapping { size, cores, memory_mib, pci_mappings }');
      return;
    }
    r.unknownKeys(m, SIZE_MAPPING(), at);
    const size = sizeAt(r, m, 'size', at);
    if (m.size === undefined) r.error([...at, 'size'], 'missing-field', 'required field "size" is missing', undefined, 'add size: GPU-S (or another size)');
    if (size === undefined) return;
    sizeMappings.push(clean({
      size, cores: r.int(m, 'cores', at, { min: 1, max: 1024 }), memoryMiB: r.int(m, 'memory_mib', at, { min: 256 }), pciMappings: r.strList(m, 'pci_mappings', at),
    }));
  });

  const workspaces = lab.workspaces((w, at, common): ProxmoxLabWorkspace => {
    r.unknownKeys(w, WS(), at);
    const node = r.str(w, 'node', at);
    if (w.node === undefined) {
      r.error([...at, 'node'], 'missing-field', 'required field "node" is missing: the cluster node the workspace runs on', undefined,
        `add node: ${cluster?.nodes?.length ? cluster.nodes.join(' or ') : '<node name>'}`);
    } else if (node !== undefined && cluster?.nodes?.length && !cluster.nodes.includes(node)) {
      r.error([...at, 'node'], 'unknown-node', `"${node}" is not a node of the cluster (${cluster.nodes.join(', ')})`, node,
        `use one of ${cluster.nodes.join(', ')}, or add "${node}" to cluster.nodes`);
    }
    const kindText = r.str(w, 'kind', at);
    let kind: ProxmoxWorkspaceKind | undefined;
    if (kindText !== undefined) {
      if (kindText === 'vm' || kindText === 'virtual-machine') kind = ProxmoxWorkspaceKind.VIRTUAL_MACHINE;
      else if (kindText === 'container' || kindText === 'lxc') kind = ProxmoxWorkspaceKind.CONTAINER;
      else r.error([...at, 'kind'], 'invalid-value', 'unknown workspace kind', kindText, 'use vm or container');
    }
    let address: ProxmoxStaticAddress | undefined;
    const a = r.mapping(w, 'address', at);
    if (a) {
      r.unknownKeys(a, ADDRESS(), [...at, 'address']);
      const addr = r.str(a, 'address', [...at, 'address'], { required: true });
      if (addr !== undefined) address = clean({ address: addr, gateway: r.str(a, 'gateway', [...at, 'address']) });
    }
    return clean({
      ...common,
      nodeName: node ?? '',
      kind,
      diskGiB: r.int(w, 'disk_gib', at, { min: 1, max: 65536 }),
      image: readProxmoxImage(r, w, 'image', at, false),
      address,
      vmId: r.int(w, 'vm_id', at, { min: 100, max: 999999999 }),
      egress: oneOf(r, w, 'egress', at, Object.values(EgressMode), 'egress mode'),
      started: r.bool(w, 'started', at),
      tags: r.stringMap(w, 'tags', at),
    });
  });
  const accessCidrs = r.strList(d, 'access_cidrs', []);
  reportCidrs(r, accessCidrs, ['access_cidrs'], 'SSH', cidrLimits);
  lab.finish(proxmoxLabSchema(), 'Proxmox lab file');

  const props: ProxmoxLabStackProps = clean({
    labName: labName!,
    cluster: cluster!,
    workspaces,
    ...lab.loadFiles(files),
    storage,
    storageLayout,
    proxy,
    allowedEndpoints: allowedEndpoints.length ? allowedEndpoints : undefined,
    accessCidrs,
    sizeMappings: sizeMappings.length ? sizeMappings : undefined,
    api,
  });
  return clean({ props, source: lab.source, templatesDir, registryFile, policyFile });
}
