import * as fs from 'fs';
import { CliInputError } from './command';
import { ConfigField, configSchema, finishConfig, readConfig } from './config-file';
import type { PermitSynthRequest, PermitSynthResult } from './permit-synth';
import { terraformPermitResult } from './permit-synth-kubernetes';
import { ProxmoxApiSettings } from '../constructs/proxmox/proxmox-cluster';
import { ProxmoxPermitNetwork, ProxmoxPermitOptions } from '../constructs/proxmox/proxmox-permit-environment';
import { App } from '../constructs/terraform/cdktf';
import { readStateBackend } from '../constructs/terraform/state-backend';
import { proxmoxApiSchema, proxmoxClusterSchema, proxmoxImageSchema, stateBackendSchema } from '../private/lab-schemas';
import { readProxmoxApi, readProxmoxCluster, readProxmoxImage } from '../stacks/proxmox/proxmox-lab-file';
import { ProxmoxPermitStack } from '../stacks/proxmox/proxmox-permit-stack';
import { TerraformStateBackend } from '../stacks/terraform/terraform-state-backend';
import { clean } from '../workspaces/private/clean';
import { int, JsonSchema, keysAt, lazy, obj, text, textList } from '../workspaces/private/schemas/json-schema';
import { sizeSchema } from '../workspaces/private/schemas/model';
import { sizeAt } from '../workspaces/private/size-field';

/** Scalar settings of `--config` for `--backend proxmox` (the mappings are read separately). */
const PROXMOX_FIELDS: ConfigField[] = [
  { key: 'node', prop: 'nodeName', kind: 'str' },
  { key: 'gateway_cidrs', prop: 'gatewayCidrs', kind: 'strList' },
  { key: 'vm_id_base', prop: 'vmIdBase', kind: 'int', min: 100, max: 999999990 },
  { key: 'upload_gib', prop: 'uploadGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'raw_gib', prop: 'rawGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'prepared_gib', prop: 'preparedGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'outputs_gib', prop: 'outputsGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'project_gib', prop: 'projectGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'desktop_disk_gib', prop: 'desktopDiskGiB', kind: 'int', min: 1, max: 65536 },
  { key: 'password_length', prop: 'passwordLength', kind: 'int', min: 16, max: 128 },
];
/** The settings the reader below reads itself: the rest of the schema. */
const EXTRA = lazy((): { [key: string]: JsonSchema } => ({
  cluster: proxmoxClusterSchema(),
  network: obj('The permit\'s own IPv4 network (a /27 or larger).', {
    cidr: text('CIDR of the network.'),
    gateway: text('Gateway.'),
    bridge: text('Network bridge.'),
    vlan_id: int('VLAN id.', 1, 4094),
    dns_servers: textList('DNS servers.'),
  }, ['cidr']),
  image: proxmoxImageSchema(),
  desktop_size: sizeSchema('Size of the analysis desktop.'),
  api: proxmoxApiSchema(),
  state_backend: stateBackendSchema(),
}));

/** The JSON Schema of the Proxmox permit settings (`rws permit synth --backend proxmox --config <file>`). */
export const proxmoxPermitSettingsSchema = lazy(() => configSchema('cdk-research-workspaces permit settings (Proxmox)',
  'Settings of a permit\'s secure environment on Proxmox VE (rws permit synth --backend proxmox --config). Unknown keys are errors.',
  PROXMOX_FIELDS, EXTRA(), ['cluster', 'node', 'network', 'image', 'gateway_cidrs']));
const NETWORK = lazy(() => keysAt(proxmoxPermitSettingsSchema(), ['network']));

/** An example of the file, for the message when it is missing. */
export const PROXMOX_CONFIG_EXAMPLE = `cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, dns_servers: [10.20.0.2], datacenter_firewall: managed-elsewhere }
node: pve1
network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }
image: { template_vm: 9000, disk_gib: 12 }
gateway_cidrs: [10.20.5.0/28]
api: { endpoint: "https://pve1.example.org:8006/" }`;

/** What a Proxmox permit's `--config` file gives the stack. */
type ProxmoxPermitSettings = ProxmoxPermitOptions & { api?: ProxmoxApiSettings; stateBackend?: TerraformStateBackend };

/** Reads `--config` for Proxmox: cluster, node, network, image and gateway_cidrs are required; `state_backend:` as in lab files. */
export function readProxmoxPermitConfig(file: string): ProxmoxPermitSettings {
  const c = readConfig(file, 'Proxmox permit', PROXMOX_FIELDS, Object.keys(EXTRA()));
  const r = c.reader;
  const d = c.data;
  const stateBackend = readStateBackend(r, d);
  const cluster = readProxmoxCluster(r, d);
  const api = readProxmoxApi(r, d);
  const image = readProxmoxImage(r, d, 'image', [], true);
  const desktopSize = sizeAt(r, d, 'desktop_size', []);
  const nodeName = c.props.nodeName as string | undefined;
  if (d.node === undefined) {
    r.error(['node'], 'missing-field', 'required field "node" is missing: every machine of a permit runs on one node (the data disks are local to it)', undefined,
      `add node: ${cluster?.nodes?.[0] ?? 'pve1'}`);
  } else if (nodeName !== undefined && cluster?.nodes?.length && !cluster.nodes.includes(nodeName)) {
    r.error(['node'], 'unknown-node', `"${nodeName}" is not a node of the cluster (${cluster.nodes.join(', ')})`, nodeName, `use one of ${cluster.nodes.join(', ')}`);
  }
  const gatewayCidrs = c.props.gatewayCidrs as string[] | undefined;
  if (!gatewayCidrs || gatewayCidrs.length === 0) {
    r.error(['gateway_cidrs'], 'missing-field', 'the networks of the remote-desktop gateway (Guacamole\'s guacd) are required: RDP is reachable only from them', d.gateway_cidrs,
      'add gateway_cidrs: [10.20.5.0/28]');
  }
  let network: ProxmoxPermitNetwork | undefined;
  const n = r.mapping(d, 'network', []);
  if (!n) {
    if (d.network === undefined || d.network === null) {
      r.error(['network'], 'missing-field', 'required field "network" is missing: the permit\'s own IPv4 network (a /27 or larger)', undefined,
        'add network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }');
    }
  } else {
    r.unknownKeys(n, NETWORK(), ['network']);
    const cidr = r.str(n, 'cidr', ['network'], { required: true });
    if (cidr !== undefined) {
      network = clean({
        cidr,
        gateway: r.str(n, 'gateway', ['network']),
        bridge: r.str(n, 'bridge', ['network']),
        vlanId: r.int(n, 'vlan_id', ['network'], { min: 1, max: 4094 }),
        dnsServers: r.strList(n, 'dns_servers', ['network']),
      });
    }
  }
  finishConfig(c, 'Proxmox permit', proxmoxPermitSettingsSchema());
  const required = { cluster: cluster!, nodeName: nodeName!, network: network!, image: image!, gatewayCidrs: gatewayCidrs! };
  return clean({ ...(c.props as object), ...required, desktopSize, api, stateBackend }) as ProxmoxPermitSettings;
}

/** Synthesizes `ProxmoxPermitStack` into `<out>/stacks/permit-<id>/`. */
export function synthProxmoxPermit(req: PermitSynthRequest): PermitSynthResult {
  if (!req.configFile) {
    throw new CliInputError(`--backend proxmox needs the cluster settings: --config <file.yaml>. Fix: write a file like this and pass it with --config:\n${
      PROXMOX_CONFIG_EXAMPLE.split('\n').map((l) => `  ${l}`).join('\n')}`);
  }
  const settings = readProxmoxPermitConfig(req.configFile);
  fs.mkdirSync(req.outdir, { recursive: true });
  const app = new App({ outdir: req.outdir, skipValidation: false });
  const stack = ProxmoxPermitStack.stackNameOf(req.permit.id);
  new ProxmoxPermitStack(app, stack, {
    ...settings,
    permit: req.permit,
    registry: req.registry,
    ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
  });
  app.synth();
  return terraformPermitResult(req.outdir, stack,
    (dir) => `terraform -chdir=${dir} init && TF_VAR_proxmox_api_token=... terraform -chdir=${dir} apply  (with the permit's state)`);
}
