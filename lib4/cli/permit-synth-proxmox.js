"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROXMOX_CONFIG_EXAMPLE = exports.proxmoxPermitSettingsSchema = void 0;
exports.readProxmoxPermitConfig = readProxmoxPermitConfig;
exports.synthProxmoxPermit = synthProxmoxPermit;
const fs = __importStar(require("fs"));
const command_1 = require("./command");
const config_file_1 = require("./config-file");
const permit_synth_kubernetes_1 = require("./permit-synth-kubernetes");
const cdktf_1 = require("../constructs/terraform/cdktf");
const state_backend_1 = require("../constructs/terraform/state-backend");
const lab_schemas_1 = require("../private/lab-schemas");
const proxmox_lab_file_1 = require("../stacks/proxmox/proxmox-lab-file");
const proxmox_permit_stack_1 = require("../stacks/proxmox/proxmox-permit-stack");
const clean_1 = require("../workspaces/private/clean");
const json_schema_1 = require("../workspaces/private/schemas/json-schema");
const model_1 = require("../workspaces/private/schemas/model");
const size_field_1 = require("../workspaces/private/size-field");
/** Scalar settings of `--config` for `--backend proxmox` (the mappings are read separately). */
const PROXMOX_FIELDS = [
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
const EXTRA = (0, json_schema_1.lazy)(() => ({
    cluster: (0, lab_schemas_1.proxmoxClusterSchema)(),
    network: (0, json_schema_1.obj)('The permit\'s own IPv4 network (a /27 or larger).', {
        cidr: (0, json_schema_1.text)('CIDR of the network.'),
        gateway: (0, json_schema_1.text)('Gateway.'),
        bridge: (0, json_schema_1.text)('Network bridge.'),
        vlan_id: (0, json_schema_1.int)('VLAN id.', 1, 4094),
        dns_servers: (0, json_schema_1.textList)('DNS servers.'),
    }, ['cidr']),
    image: (0, lab_schemas_1.proxmoxImageSchema)(),
    desktop_size: (0, model_1.sizeSchema)('Size of the analysis desktop.'),
    api: (0, lab_schemas_1.proxmoxApiSchema)(),
    state_backend: (0, lab_schemas_1.stateBackendSchema)(),
}));
/** The JSON Schema of the Proxmox permit settings (`rws permit synth --backend proxmox --config <file>`). */
exports.proxmoxPermitSettingsSchema = (0, json_schema_1.lazy)(() => (0, config_file_1.configSchema)('cdk-research-workspaces permit settings (Proxmox)', 'Settings of a permit\'s secure environment on Proxmox VE (rws permit synth --backend proxmox --config). Unknown keys are errors.', PROXMOX_FIELDS, EXTRA(), ['cluster', 'node', 'network', 'image', 'gateway_cidrs']));
const NETWORK = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, exports.proxmoxPermitSettingsSchema)(), ['network']));
/** An example of the file, for the message when it is missing. */
exports.PROXMOX_CONFIG_EXAMPLE = `cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, dns_servers: [10.20.0.2], datacenter_firewall: managed-elsewhere }
node: pve1
network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }
image: { template_vm: 9000, disk_gib: 12 }
gateway_cidrs: [10.20.5.0/28]
api: { endpoint: "https://pve1.example.org:8006/" }`;
/** Reads `--config` for Proxmox: cluster, node, network, image and gateway_cidrs are required; `state_backend:` as in lab files. */
function readProxmoxPermitConfig(file) {
    const c = (0, config_file_1.readConfig)(file, 'Proxmox permit', PROXMOX_FIELDS, Object.keys(EXTRA()));
    const r = c.reader;
    const d = c.data;
    const stateBackend = (0, state_backend_1.readStateBackend)(r, d);
    const cluster = (0, proxmox_lab_file_1.readProxmoxCluster)(r, d);
    const api = (0, proxmox_lab_file_1.readProxmoxApi)(r, d);
    const image = (0, proxmox_lab_file_1.readProxmoxImage)(r, d, 'image', [], true);
    const desktopSize = (0, size_field_1.sizeAt)(r, d, 'desktop_size', []);
    const nodeName = c.props.nodeName;
    if (d.node === undefined) {
        r.error(['node'], 'missing-field', 'required field "node" is missing: every machine of a permit runs on one node (the data disks are local to it)', undefined, `add node: ${cluster?.nodes?.[0] ?? 'pve1'}`);
    }
    else if (nodeName !== undefined && cluster?.nodes?.length && !cluster.nodes.includes(nodeName)) {
        r.error(['node'], 'unknown-node', `"${nodeName}" is not a node of the cluster (${cluster.nodes.join(', ')})`, nodeName, `use one of ${cluster.nodes.join(', ')}`);
    }
    const gatewayCidrs = c.props.gatewayCidrs;
    if (!gatewayCidrs || gatewayCidrs.length === 0) {
        r.error(['gateway_cidrs'], 'missing-field', 'the networks of the remote-desktop gateway (Guacamole\'s guacd) are required: RDP is reachable only from them', d.gateway_cidrs, 'add gateway_cidrs: [10.20.5.0/28]');
    }
    let network;
    const n = r.mapping(d, 'network', []);
    if (!n) {
        if (d.network === undefined || d.network === null) {
            r.error(['network'], 'missing-field', 'required field "network" is missing: the permit\'s own IPv4 network (a /27 or larger)', undefined, 'add network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }');
        }
    }
    else {
        r.unknownKeys(n, NETWORK(), ['network']);
        const cidr = r.str(n, 'cidr', ['network'], { required: true });
        if (cidr !== undefined) {
            network = (0, clean_1.clean)({
                cidr,
                gateway: r.str(n, 'gateway', ['network']),
                bridge: r.str(n, 'bridge', ['network']),
                vlanId: r.int(n, 'vlan_id', ['network'], { min: 1, max: 4094 }),
                dnsServers: r.strList(n, 'dns_servers', ['network']),
            });
        }
    }
    (0, config_file_1.finishConfig)(c, 'Proxmox permit', (0, exports.proxmoxPermitSettingsSchema)());
    const required = { cluster: cluster, nodeName: nodeName, network: network, image: image, gatewayCidrs: gatewayCidrs };
    return (0, clean_1.clean)({ ...c.props, ...required, desktopSize, api, stateBackend });
}
/** Synthesizes `ProxmoxPermitStack` into `<out>/stacks/permit-<id>/`. */
function synthProxmoxPermit(req) {
    if (!req.configFile) {
        throw new command_1.CliInputError(`--backend proxmox needs the cluster settings: --config <file.yaml>. Fix: write a file like this and pass it with --config:\n${exports.PROXMOX_CONFIG_EXAMPLE.split('\n').map((l) => `  ${l}`).join('\n')}`);
    }
    const settings = readProxmoxPermitConfig(req.configFile);
    fs.mkdirSync(req.outdir, { recursive: true });
    const app = new cdktf_1.App({ outdir: req.outdir, skipValidation: false });
    const stack = proxmox_permit_stack_1.ProxmoxPermitStack.stackNameOf(req.permit.id);
    new proxmox_permit_stack_1.ProxmoxPermitStack(app, stack, {
        ...settings,
        permit: req.permit,
        registry: req.registry,
        ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
    });
    app.synth();
    return (0, permit_synth_kubernetes_1.terraformPermitResult)(req.outdir, stack, (dir) => `terraform -chdir=${dir} init && TF_VAR_proxmox_api_token=... terraform -chdir=${dir} apply  (with the permit's state)`);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN5bnRoLXByb3htb3guanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL3Blcm1pdC1zeW50aC1wcm94bW94LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQWlFQSwwREE0Q0M7QUFHRCxnREFrQkM7QUFsSUQsdUNBQXlCO0FBQ3pCLHVDQUEwQztBQUMxQywrQ0FBb0Y7QUFFcEYsdUVBQWtFO0FBR2xFLHlEQUFvRDtBQUNwRCx5RUFBeUU7QUFDekUsd0RBQXdIO0FBQ3hILHlFQUEwRztBQUMxRyxpRkFBNEU7QUFFNUUsdURBQW9EO0FBQ3BELDJFQUErRztBQUMvRywrREFBaUU7QUFDakUsaUVBQTBEO0FBRTFELGdHQUFnRztBQUNoRyxNQUFNLGNBQWMsR0FBa0I7SUFDcEMsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtJQUM5QyxFQUFFLEdBQUcsRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsU0FBUyxFQUFFO0lBQy9ELEVBQUUsR0FBRyxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsVUFBVSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsU0FBUyxFQUFFO0lBQzlFLEVBQUUsR0FBRyxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsV0FBVyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQ3pFLEVBQUUsR0FBRyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQ25FLEVBQUUsR0FBRyxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQzdFLEVBQUUsR0FBRyxFQUFFLGFBQWEsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQzNFLEVBQUUsR0FBRyxFQUFFLGFBQWEsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFO0lBQzNFLEVBQUUsR0FBRyxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRTtJQUNwRixFQUFFLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUU7Q0FDbkYsQ0FBQztBQUNGLDBFQUEwRTtBQUMxRSxNQUFNLEtBQUssR0FBRyxJQUFBLGtCQUFJLEVBQUMsR0FBa0MsRUFBRSxDQUFDLENBQUM7SUFDdkQsT0FBTyxFQUFFLElBQUEsa0NBQW9CLEdBQUU7SUFDL0IsT0FBTyxFQUFFLElBQUEsaUJBQUcsRUFBQyxtREFBbUQsRUFBRTtRQUNoRSxJQUFJLEVBQUUsSUFBQSxrQkFBSSxFQUFDLHNCQUFzQixDQUFDO1FBQ2xDLE9BQU8sRUFBRSxJQUFBLGtCQUFJLEVBQUMsVUFBVSxDQUFDO1FBQ3pCLE1BQU0sRUFBRSxJQUFBLGtCQUFJLEVBQUMsaUJBQWlCLENBQUM7UUFDL0IsT0FBTyxFQUFFLElBQUEsaUJBQUcsRUFBQyxVQUFVLEVBQUUsQ0FBQyxFQUFFLElBQUksQ0FBQztRQUNqQyxXQUFXLEVBQUUsSUFBQSxzQkFBUSxFQUFDLGNBQWMsQ0FBQztLQUN0QyxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDWixLQUFLLEVBQUUsSUFBQSxnQ0FBa0IsR0FBRTtJQUMzQixZQUFZLEVBQUUsSUFBQSxrQkFBVSxFQUFDLCtCQUErQixDQUFDO0lBQ3pELEdBQUcsRUFBRSxJQUFBLDhCQUFnQixHQUFFO0lBQ3ZCLGFBQWEsRUFBRSxJQUFBLGdDQUFrQixHQUFFO0NBQ3BDLENBQUMsQ0FBQyxDQUFDO0FBRUosNkdBQTZHO0FBQ2hHLFFBQUEsMkJBQTJCLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsMEJBQVksRUFBQyxtREFBbUQsRUFDcEgsa0lBQWtJLEVBQ2xJLGNBQWMsRUFBRSxLQUFLLEVBQUUsRUFBRSxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxlQUFlLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDdEYsTUFBTSxPQUFPLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLG1DQUEyQixHQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFFL0Usa0VBQWtFO0FBQ3JELFFBQUEsc0JBQXNCLEdBQUc7Ozs7O29EQUtjLENBQUM7QUFLckQsb0lBQW9JO0FBQ3BJLFNBQWdCLHVCQUF1QixDQUFDLElBQVk7SUFDbEQsTUFBTSxDQUFDLEdBQUcsSUFBQSx3QkFBVSxFQUFDLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxjQUFjLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbkYsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQztJQUNuQixNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxDQUFDO0lBQ2pCLE1BQU0sWUFBWSxHQUFHLElBQUEsZ0NBQWdCLEVBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQzVDLE1BQU0sT0FBTyxHQUFHLElBQUEscUNBQWtCLEVBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3pDLE1BQU0sR0FBRyxHQUFHLElBQUEsaUNBQWMsRUFBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDakMsTUFBTSxLQUFLLEdBQUcsSUFBQSxtQ0FBZ0IsRUFBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDeEQsTUFBTSxXQUFXLEdBQUcsSUFBQSxtQkFBTSxFQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsY0FBYyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ3JELE1BQU0sUUFBUSxHQUFHLENBQUMsQ0FBQyxLQUFLLENBQUMsUUFBOEIsQ0FBQztJQUN4RCxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUM7UUFDekIsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLGVBQWUsRUFBRSwrR0FBK0csRUFBRSxTQUFTLEVBQzNKLGFBQWEsT0FBTyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFDbEQsQ0FBQztTQUFNLElBQUksUUFBUSxLQUFLLFNBQVMsSUFBSSxPQUFPLEVBQUUsS0FBSyxFQUFFLE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUM7UUFDakcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sQ0FBQyxFQUFFLGNBQWMsRUFBRSxJQUFJLFFBQVEsbUNBQW1DLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsUUFBUSxFQUFFLGNBQWMsT0FBTyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ3BLLENBQUM7SUFDRCxNQUFNLFlBQVksR0FBRyxDQUFDLENBQUMsS0FBSyxDQUFDLFlBQW9DLENBQUM7SUFDbEUsSUFBSSxDQUFDLFlBQVksSUFBSSxZQUFZLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQy9DLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxlQUFlLENBQUMsRUFBRSxlQUFlLEVBQUUsK0dBQStHLEVBQUUsQ0FBQyxDQUFDLGFBQWEsRUFDMUssbUNBQW1DLENBQUMsQ0FBQztJQUN6QyxDQUFDO0lBQ0QsSUFBSSxPQUF5QyxDQUFDO0lBQzlDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0QyxJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDUCxJQUFJLENBQUMsQ0FBQyxPQUFPLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxPQUFPLEtBQUssSUFBSSxFQUFFLENBQUM7WUFDbEQsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLFNBQVMsQ0FBQyxFQUFFLGVBQWUsRUFBRSx1RkFBdUYsRUFBRSxTQUFTLEVBQ3RJLGtFQUFrRSxDQUFDLENBQUM7UUFDeEUsQ0FBQztJQUNILENBQUM7U0FBTSxDQUFDO1FBQ04sQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDO1FBQ3pDLE1BQU0sSUFBSSxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLFNBQVMsQ0FBQyxFQUFFLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7UUFDL0QsSUFBSSxJQUFJLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDdkIsT0FBTyxHQUFHLElBQUEsYUFBSyxFQUFDO2dCQUNkLElBQUk7Z0JBQ0osT0FBTyxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFNBQVMsRUFBRSxDQUFDLFNBQVMsQ0FBQyxDQUFDO2dCQUN6QyxNQUFNLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7Z0JBQ3ZDLE1BQU0sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxTQUFTLENBQUMsRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxDQUFDO2dCQUMvRCxVQUFVLEVBQUUsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsYUFBYSxFQUFFLENBQUMsU0FBUyxDQUFDLENBQUM7YUFDckQsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztJQUNILENBQUM7SUFDRCxJQUFBLDBCQUFZLEVBQUMsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLElBQUEsbUNBQTJCLEdBQUUsQ0FBQyxDQUFDO0lBQ2pFLE1BQU0sUUFBUSxHQUFHLEVBQUUsT0FBTyxFQUFFLE9BQVEsRUFBRSxRQUFRLEVBQUUsUUFBUyxFQUFFLE9BQU8sRUFBRSxPQUFRLEVBQUUsS0FBSyxFQUFFLEtBQU0sRUFBRSxZQUFZLEVBQUUsWUFBYSxFQUFFLENBQUM7SUFDM0gsT0FBTyxJQUFBLGFBQUssRUFBQyxFQUFFLEdBQUksQ0FBQyxDQUFDLEtBQWdCLEVBQUUsR0FBRyxRQUFRLEVBQUUsV0FBVyxFQUFFLEdBQUcsRUFBRSxZQUFZLEVBQUUsQ0FBMEIsQ0FBQztBQUNqSCxDQUFDO0FBRUQseUVBQXlFO0FBQ3pFLFNBQWdCLGtCQUFrQixDQUFDLEdBQXVCO0lBQ3hELElBQUksQ0FBQyxHQUFHLENBQUMsVUFBVSxFQUFFLENBQUM7UUFDcEIsTUFBTSxJQUFJLHVCQUFhLENBQUMsK0hBQ3RCLDhCQUFzQixDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzFFLENBQUM7SUFDRCxNQUFNLFFBQVEsR0FBRyx1QkFBdUIsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLENBQUM7SUFDekQsRUFBRSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUM7SUFDOUMsTUFBTSxHQUFHLEdBQUcsSUFBSSxXQUFHLENBQUMsRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sRUFBRSxjQUFjLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUNuRSxNQUFNLEtBQUssR0FBRyx5Q0FBa0IsQ0FBQyxXQUFXLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQztJQUM1RCxJQUFJLHlDQUFrQixDQUFDLEdBQUcsRUFBRSxLQUFLLEVBQUU7UUFDakMsR0FBRyxRQUFRO1FBQ1gsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNO1FBQ2xCLFFBQVEsRUFBRSxHQUFHLENBQUMsUUFBUTtRQUN0QixHQUFHLENBQUMsR0FBRyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxjQUFjLEVBQUUsR0FBRyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7S0FDNUQsQ0FBQyxDQUFDO0lBQ0gsR0FBRyxDQUFDLEtBQUssRUFBRSxDQUFDO0lBQ1osT0FBTyxJQUFBLCtDQUFxQixFQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUM1QyxDQUFDLEdBQUcsRUFBRSxFQUFFLENBQUMsb0JBQW9CLEdBQUcsMERBQTBELEdBQUcsbUNBQW1DLENBQUMsQ0FBQztBQUN0SSxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0ICogYXMgZnMgZnJvbSAnZnMnO1xuaW1wb3J0IHsgQ2xpSW5wdXRFcnJvciB9IGZyb20gJy4vY29tbWFuZCc7XG5pbXBvcnQgeyBDb25maWdGaWVsZCwgY29uZmlnU2NoZW1hLCBmaW5pc2hDb25maWcsIHJlYWRDb25maWcgfSBmcm9tICcuL2NvbmZpZy1maWxlJztcbmltcG9ydCB0eXBlIHsgUGVybWl0U3ludGhSZXF1ZXN0LCBQZXJtaXRTeW50aFJlc3VsdCB9IGZyb20gJy4vcGVybWl0LXN5bnRoJztcbmltcG9ydCB7IHRlcnJhZm9ybVBlcm1pdFJlc3VsdCB9IGZyb20gJy4vcGVybWl0LXN5bnRoLWt1YmVybmV0ZXMnO1xuaW1wb3J0IHsgUHJveG1veEFwaVNldHRpbmdzIH0gZnJvbSAnLi4vY29uc3RydWN0cy9wcm94bW94L3Byb3htb3gtY2x1c3Rlcic7XG5pbXBvcnQgeyBQcm94bW94UGVybWl0TmV0d29yaywgUHJveG1veFBlcm1pdE9wdGlvbnMgfSBmcm9tICcuLi9jb25zdHJ1Y3RzL3Byb3htb3gvcHJveG1veC1wZXJtaXQtZW52aXJvbm1lbnQnO1xuaW1wb3J0IHsgQXBwIH0gZnJvbSAnLi4vY29uc3RydWN0cy90ZXJyYWZvcm0vY2RrdGYnO1xuaW1wb3J0IHsgcmVhZFN0YXRlQmFja2VuZCB9IGZyb20gJy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL3N0YXRlLWJhY2tlbmQnO1xuaW1wb3J0IHsgcHJveG1veEFwaVNjaGVtYSwgcHJveG1veENsdXN0ZXJTY2hlbWEsIHByb3htb3hJbWFnZVNjaGVtYSwgc3RhdGVCYWNrZW5kU2NoZW1hIH0gZnJvbSAnLi4vcHJpdmF0ZS9sYWItc2NoZW1hcyc7XG5pbXBvcnQgeyByZWFkUHJveG1veEFwaSwgcmVhZFByb3htb3hDbHVzdGVyLCByZWFkUHJveG1veEltYWdlIH0gZnJvbSAnLi4vc3RhY2tzL3Byb3htb3gvcHJveG1veC1sYWItZmlsZSc7XG5pbXBvcnQgeyBQcm94bW94UGVybWl0U3RhY2sgfSBmcm9tICcuLi9zdGFja3MvcHJveG1veC9wcm94bW94LXBlcm1pdC1zdGFjayc7XG5pbXBvcnQgeyBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQgfSBmcm9tICcuLi9zdGFja3MvdGVycmFmb3JtL3RlcnJhZm9ybS1zdGF0ZS1iYWNrZW5kJztcbmltcG9ydCB7IGNsZWFuIH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL2NsZWFuJztcbmltcG9ydCB7IGludCwgSnNvblNjaGVtYSwga2V5c0F0LCBsYXp5LCBvYmosIHRleHQsIHRleHRMaXN0IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvanNvbi1zY2hlbWEnO1xuaW1wb3J0IHsgc2l6ZVNjaGVtYSB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9zY2hlbWFzL21vZGVsJztcbmltcG9ydCB7IHNpemVBdCB9IGZyb20gJy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9zaXplLWZpZWxkJztcblxuLyoqIFNjYWxhciBzZXR0aW5ncyBvZiBgLS1jb25maWdgIGZvciBgLS1iYWNrZW5kIHByb3htb3hgICh0aGUgbWFwcGluZ3MgYXJlIHJlYWQgc2VwYXJhdGVseSkuICovXG5jb25zdCBQUk9YTU9YX0ZJRUxEUzogQ29uZmlnRmllbGRbXSA9IFtcbiAgeyBrZXk6ICdub2RlJywgcHJvcDogJ25vZGVOYW1lJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdnYXRld2F5X2NpZHJzJywgcHJvcDogJ2dhdGV3YXlDaWRycycsIGtpbmQ6ICdzdHJMaXN0JyB9LFxuICB7IGtleTogJ3ZtX2lkX2Jhc2UnLCBwcm9wOiAndm1JZEJhc2UnLCBraW5kOiAnaW50JywgbWluOiAxMDAsIG1heDogOTk5OTk5OTkwIH0sXG4gIHsga2V5OiAndXBsb2FkX2dpYicsIHByb3A6ICd1cGxvYWRHaUInLCBraW5kOiAnaW50JywgbWluOiAxLCBtYXg6IDY1NTM2IH0sXG4gIHsga2V5OiAncmF3X2dpYicsIHByb3A6ICdyYXdHaUInLCBraW5kOiAnaW50JywgbWluOiAxLCBtYXg6IDY1NTM2IH0sXG4gIHsga2V5OiAncHJlcGFyZWRfZ2liJywgcHJvcDogJ3ByZXBhcmVkR2lCJywga2luZDogJ2ludCcsIG1pbjogMSwgbWF4OiA2NTUzNiB9LFxuICB7IGtleTogJ291dHB1dHNfZ2liJywgcHJvcDogJ291dHB1dHNHaUInLCBraW5kOiAnaW50JywgbWluOiAxLCBtYXg6IDY1NTM2IH0sXG4gIHsga2V5OiAncHJvamVjdF9naWInLCBwcm9wOiAncHJvamVjdEdpQicsIGtpbmQ6ICdpbnQnLCBtaW46IDEsIG1heDogNjU1MzYgfSxcbiAgeyBrZXk6ICdkZXNrdG9wX2Rpc2tfZ2liJywgcHJvcDogJ2Rlc2t0b3BEaXNrR2lCJywga2luZDogJ2ludCcsIG1pbjogMSwgbWF4OiA2NTUzNiB9LFxuICB7IGtleTogJ3Bhc3N3b3JkX2xlbmd0aCcsIHByb3A6ICdwYXNzd29yZExlbmd0aCcsIGtpbmQ6ICdpbnQnLCBtaW46IDE2LCBtYXg6IDEyOCB9LFxuXTtcbi8qKiBUaGUgc2V0dGluZ3MgdGhlIHJlYWRlciBiZWxvdyByZWFkcyBpdHNlbGY6IHRoZSByZXN0IG9mIHRoZSBzY2hlbWEuICovXG5jb25zdCBFWFRSQSA9IGxhenkoKCk6IHsgW2tleTogc3RyaW5nXTogSnNvblNjaGVtYSB9ID0+ICh7XG4gIGNsdXN0ZXI6IHByb3htb3hDbHVzdGVyU2NoZW1hKCksXG4gIG5ldHdvcms6IG9iaignVGhlIHBlcm1pdFxcJ3Mgb3duIElQdjQgbmV0d29yayAoYSAvMjcgb3IgbGFyZ2VyKS4nLCB7XG4gICAgY2lkcjogdGV4dCgnQ0lEUiBvZiB0aGUgbmV0d29yay4nKSxcbiAgICBnYXRld2F5OiB0ZXh0KCdHYXRld2F5LicpLFxuICAgIGJyaWRnZTogdGV4dCgnTmV0d29yayBicmlkZ2UuJyksXG4gICAgdmxhbl9pZDogaW50KCdWTEFOIGlkLicsIDEsIDQwOTQpLFxuICAgIGRuc19zZXJ2ZXJzOiB0ZXh0TGlzdCgnRE5TIHNlcnZlcnMuJyksXG4gIH0sIFsnY2lkciddKSxcbiAgaW1hZ2U6IHByb3htb3hJbWFnZVNjaGVtYSgpLFxuICBkZXNrdG9wX3NpemU6IHNpemVTY2hlbWEoJ1NpemUgb2YgdGhlIGFuYWx5c2lzIGRlc2t0b3AuJyksXG4gIGFwaTogcHJveG1veEFwaVNjaGVtYSgpLFxuICBzdGF0ZV9iYWNrZW5kOiBzdGF0ZUJhY2tlbmRTY2hlbWEoKSxcbn0pKTtcblxuLyoqIFRoZSBKU09OIFNjaGVtYSBvZiB0aGUgUHJveG1veCBwZXJtaXQgc2V0dGluZ3MgKGByd3MgcGVybWl0IHN5bnRoIC0tYmFja2VuZCBwcm94bW94IC0tY29uZmlnIDxmaWxlPmApLiAqL1xuZXhwb3J0IGNvbnN0IHByb3htb3hQZXJtaXRTZXR0aW5nc1NjaGVtYSA9IGxhenkoKCkgPT4gY29uZmlnU2NoZW1hKCdjZGstcmVzZWFyY2gtd29ya3NwYWNlcyBwZXJtaXQgc2V0dGluZ3MgKFByb3htb3gpJyxcbiAgJ1NldHRpbmdzIG9mIGEgcGVybWl0XFwncyBzZWN1cmUgZW52aXJvbm1lbnQgb24gUHJveG1veCBWRSAocndzIHBlcm1pdCBzeW50aCAtLWJhY2tlbmQgcHJveG1veCAtLWNvbmZpZykuIFVua25vd24ga2V5cyBhcmUgZXJyb3JzLicsXG4gIFBST1hNT1hfRklFTERTLCBFWFRSQSgpLCBbJ2NsdXN0ZXInLCAnbm9kZScsICduZXR3b3JrJywgJ2ltYWdlJywgJ2dhdGV3YXlfY2lkcnMnXSkpO1xuY29uc3QgTkVUV09SSyA9IGxhenkoKCkgPT4ga2V5c0F0KHByb3htb3hQZXJtaXRTZXR0aW5nc1NjaGVtYSgpLCBbJ25ldHdvcmsnXSkpO1xuXG4vKiogQW4gZXhhbXBsZSBvZiB0aGUgZmlsZSwgZm9yIHRoZSBtZXNzYWdlIHdoZW4gaXQgaXMgbWlzc2luZy4gKi9cbmV4cG9ydCBjb25zdCBQUk9YTU9YX0NPTkZJR19FWEFNUExFID0gYGNsdXN0ZXI6IHsgbm9kZXM6IFtwdmUxLCBwdmUyXSwgZGlza19kYXRhc3RvcmVfaWQ6IGxvY2FsLXpmcywgc25pcHBldF9kYXRhc3RvcmVfaWQ6IHNuaXBwZXRzLCBkbnNfc2VydmVyczogWzEwLjIwLjAuMl0sIGRhdGFjZW50ZXJfZmlyZXdhbGw6IG1hbmFnZWQtZWxzZXdoZXJlIH1cbm5vZGU6IHB2ZTFcbm5ldHdvcms6IHsgY2lkcjogMTAuNDIuNy4wLzI0LCBicmlkZ2U6IHZtYnIyLCB2bGFuX2lkOiA0MDcgfVxuaW1hZ2U6IHsgdGVtcGxhdGVfdm06IDkwMDAsIGRpc2tfZ2liOiAxMiB9XG5nYXRld2F5X2NpZHJzOiBbMTAuMjAuNS4wLzI4XVxuYXBpOiB7IGVuZHBvaW50OiBcImh0dHBzOi8vcHZlMS5leGFtcGxlLm9yZzo4MDA2L1wiIH1gO1xuXG4vKiogV2hhdCBhIFByb3htb3ggcGVybWl0J3MgYC0tY29uZmlnYCBmaWxlIGdpdmVzIHRoZSBzdGFjay4gKi9cbnR5cGUgUHJveG1veFBlcm1pdFNldHRpbmdzID0gUHJveG1veFBlcm1pdE9wdGlvbnMgJiB7IGFwaT86IFByb3htb3hBcGlTZXR0aW5nczsgc3RhdGVCYWNrZW5kPzogVGVycmFmb3JtU3RhdGVCYWNrZW5kIH07XG5cbi8qKiBSZWFkcyBgLS1jb25maWdgIGZvciBQcm94bW94OiBjbHVzdGVyLCBub2RlLCBuZXR3b3JrLCBpbWFnZSBhbmQgZ2F0ZXdheV9jaWRycyBhcmUgcmVxdWlyZWQ7IGBzdGF0ZV9iYWNrZW5kOmAgYXMgaW4gbGFiIGZpbGVzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlYWRQcm94bW94UGVybWl0Q29uZmlnKGZpbGU6IHN0cmluZyk6IFByb3htb3hQZXJtaXRTZXR0aW5ncyB7XG4gIGNvbnN0IGMgPSByZWFkQ29uZmlnKGZpbGUsICdQcm94bW94IHBlcm1pdCcsIFBST1hNT1hfRklFTERTLCBPYmplY3Qua2V5cyhFWFRSQSgpKSk7XG4gIGNvbnN0IHIgPSBjLnJlYWRlcjtcbiAgY29uc3QgZCA9IGMuZGF0YTtcbiAgY29uc3Qgc3RhdGVCYWNrZW5kID0gcmVhZFN0YXRlQmFja2VuZChyLCBkKTtcbiAgY29uc3QgY2x1c3RlciA9IHJlYWRQcm94bW94Q2x1c3RlcihyLCBkKTtcbiAgY29uc3QgYXBpID0gcmVhZFByb3htb3hBcGkociwgZCk7XG4gIGNvbnN0IGltYWdlID0gcmVhZFByb3htb3hJbWFnZShyLCBkLCAnaW1hZ2UnLCBbXSwgdHJ1ZSk7XG4gIGNvbnN0IGRlc2t0b3BTaXplID0gc2l6ZUF0KHIsIGQsICdkZXNrdG9wX3NpemUnLCBbXSk7XG4gIGNvbnN0IG5vZGVOYW1lID0gYy5wcm9wcy5ub2RlTmFtZSBhcyBzdHJpbmcgfCB1bmRlZmluZWQ7XG4gIGlmIChkLm5vZGUgPT09IHVuZGVmaW5lZCkge1xuICAgIHIuZXJyb3IoWydub2RlJ10sICdtaXNzaW5nLWZpZWxkJywgJ3JlcXVpcmVkIGZpZWxkIFwibm9kZVwiIGlzIG1pc3Npbmc6IGV2ZXJ5IG1hY2hpbmUgb2YgYSBwZXJtaXQgcnVucyBvbiBvbmUgbm9kZSAodGhlIGRhdGEgZGlza3MgYXJlIGxvY2FsIHRvIGl0KScsIHVuZGVmaW5lZCxcbiAgICAgIGBhZGQgbm9kZTogJHtjbHVzdGVyPy5ub2Rlcz8uWzBdID8/ICdwdmUxJ31gKTtcbiAgfSBlbHNlIGlmIChub2RlTmFtZSAhPT0gdW5kZWZpbmVkICYmIGNsdXN0ZXI/Lm5vZGVzPy5sZW5ndGggJiYgIWNsdXN0ZXIubm9kZXMuaW5jbHVkZXMobm9kZU5hbWUpKSB7XG4gICAgci5lcnJvcihbJ25vZGUnXSwgJ3Vua25vd24tbm9kZScsIGBcIiR7bm9kZU5hbWV9XCIgaXMgbm90IGEgbm9kZSBvZiB0aGUgY2x1c3RlciAoJHtjbHVzdGVyLm5vZGVzLmpvaW4oJywgJyl9KWAsIG5vZGVOYW1lLCBgdXNlIG9uZSBvZiAke2NsdXN0ZXIubm9kZXMuam9pbignLCAnKX1gKTtcbiAgfVxuICBjb25zdCBnYXRld2F5Q2lkcnMgPSBjLnByb3BzLmdhdGV3YXlDaWRycyBhcyBzdHJpbmdbXSB8IHVuZGVmaW5lZDtcbiAgaWYgKCFnYXRld2F5Q2lkcnMgfHwgZ2F0ZXdheUNpZHJzLmxlbmd0aCA9PT0gMCkge1xuICAgIHIuZXJyb3IoWydnYXRld2F5X2NpZHJzJ10sICdtaXNzaW5nLWZpZWxkJywgJ3RoZSBuZXR3b3JrcyBvZiB0aGUgcmVtb3RlLWRlc2t0b3AgZ2F0ZXdheSAoR3VhY2Ftb2xlXFwncyBndWFjZCkgYXJlIHJlcXVpcmVkOiBSRFAgaXMgcmVhY2hhYmxlIG9ubHkgZnJvbSB0aGVtJywgZC5nYXRld2F5X2NpZHJzLFxuICAgICAgJ2FkZCBnYXRld2F5X2NpZHJzOiBbMTAuMjAuNS4wLzI4XScpO1xuICB9XG4gIGxldCBuZXR3b3JrOiBQcm94bW94UGVybWl0TmV0d29yayB8IHVuZGVmaW5lZDtcbiAgY29uc3QgbiA9IHIubWFwcGluZyhkLCAnbmV0d29yaycsIFtdKTtcbiAgaWYgKCFuKSB7XG4gICAgaWYgKGQubmV0d29yayA9PT0gdW5kZWZpbmVkIHx8IGQubmV0d29yayA9PT0gbnVsbCkge1xuICAgICAgci5lcnJvcihbJ25ldHdvcmsnXSwgJ21pc3NpbmctZmllbGQnLCAncmVxdWlyZWQgZmllbGQgXCJuZXR3b3JrXCIgaXMgbWlzc2luZzogdGhlIHBlcm1pdFxcJ3Mgb3duIElQdjQgbmV0d29yayAoYSAvMjcgb3IgbGFyZ2VyKScsIHVuZGVmaW5lZCxcbiAgICAgICAgJ2FkZCBuZXR3b3JrOiB7IGNpZHI6IDEwLjQyLjcuMC8yNCwgYnJpZGdlOiB2bWJyMiwgdmxhbl9pZDogNDA3IH0nKTtcbiAgICB9XG4gIH0gZWxzZSB7XG4gICAgci51bmtub3duS2V5cyhuLCBORVRXT1JLKCksIFsnbmV0d29yayddKTtcbiAgICBjb25zdCBjaWRyID0gci5zdHIobiwgJ2NpZHInLCBbJ25ldHdvcmsnXSwgeyByZXF1aXJlZDogdHJ1ZSB9KTtcbiAgICBpZiAoY2lkciAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBuZXR3b3JrID0gY2xlYW4oe1xuICAgICAgICBjaWRyLFxuICAgICAgICBnYXRld2F5OiByLnN0cihuLCAnZ2F0ZXdheScsIFsnbmV0d29yayddKSxcbiAgICAgICAgYnJpZGdlOiByLnN0cihuLCAnYnJpZGdlJywgWyduZXR3b3JrJ10pLFxuICAgICAgICB2bGFuSWQ6IHIuaW50KG4sICd2bGFuX2lkJywgWyduZXR3b3JrJ10sIHsgbWluOiAxLCBtYXg6IDQwOTQgfSksXG4gICAgICAgIGRuc1NlcnZlcnM6IHIuc3RyTGlzdChuLCAnZG5zX3NlcnZlcnMnLCBbJ25ldHdvcmsnXSksXG4gICAgICB9KTtcbiAgICB9XG4gIH1cbiAgZmluaXNoQ29uZmlnKGMsICdQcm94bW94IHBlcm1pdCcsIHByb3htb3hQZXJtaXRTZXR0aW5nc1NjaGVtYSgpKTtcbiAgY29uc3QgcmVxdWlyZWQgPSB7IGNsdXN0ZXI6IGNsdXN0ZXIhLCBub2RlTmFtZTogbm9kZU5hbWUhLCBuZXR3b3JrOiBuZXR3b3JrISwgaW1hZ2U6IGltYWdlISwgZ2F0ZXdheUNpZHJzOiBnYXRld2F5Q2lkcnMhIH07XG4gIHJldHVybiBjbGVhbih7IC4uLihjLnByb3BzIGFzIG9iamVjdCksIC4uLnJlcXVpcmVkLCBkZXNrdG9wU2l6ZSwgYXBpLCBzdGF0ZUJhY2tlbmQgfSkgYXMgUHJveG1veFBlcm1pdFNldHRpbmdzO1xufVxuXG4vKiogU3ludGhlc2l6ZXMgYFByb3htb3hQZXJtaXRTdGFja2AgaW50byBgPG91dD4vc3RhY2tzL3Blcm1pdC08aWQ+L2AuICovXG5leHBvcnQgZnVuY3Rpb24gc3ludGhQcm94bW94UGVybWl0KHJlcTogUGVybWl0U3ludGhSZXF1ZXN0KTogUGVybWl0U3ludGhSZXN1bHQge1xuICBpZiAoIXJlcS5jb25maWdGaWxlKSB7XG4gICAgdGhyb3cgbmV3IENsaUlucHV0RXJyb3IoYC0tYmFja2VuZCBwcm94bW94IG5lZWRzIHRoZSBjbHVzdGVyIHNldHRpbmdzOiAtLWNvbmZpZyA8ZmlsZS55YW1sPi4gRml4OiB3cml0ZSBhIGZpbGUgbGlrZSB0aGlzIGFuZCBwYXNzIGl0IHdpdGggLS1jb25maWc6XFxuJHtcbiAgICAgIFBST1hNT1hfQ09ORklHX0VYQU1QTEUuc3BsaXQoJ1xcbicpLm1hcCgobCkgPT4gYCAgJHtsfWApLmpvaW4oJ1xcbicpfWApO1xuICB9XG4gIGNvbnN0IHNldHRpbmdzID0gcmVhZFByb3htb3hQZXJtaXRDb25maWcocmVxLmNvbmZpZ0ZpbGUpO1xuICBmcy5ta2RpclN5bmMocmVxLm91dGRpciwgeyByZWN1cnNpdmU6IHRydWUgfSk7XG4gIGNvbnN0IGFwcCA9IG5ldyBBcHAoeyBvdXRkaXI6IHJlcS5vdXRkaXIsIHNraXBWYWxpZGF0aW9uOiBmYWxzZSB9KTtcbiAgY29uc3Qgc3RhY2sgPSBQcm94bW94UGVybWl0U3RhY2suc3RhY2tOYW1lT2YocmVxLnBlcm1pdC5pZCk7XG4gIG5ldyBQcm94bW94UGVybWl0U3RhY2soYXBwLCBzdGFjaywge1xuICAgIC4uLnNldHRpbmdzLFxuICAgIHBlcm1pdDogcmVxLnBlcm1pdCxcbiAgICByZWdpc3RyeTogcmVxLnJlZ2lzdHJ5LFxuICAgIC4uLihyZXEudGltZXN0YW1wID8geyBhdWRpdFRpbWVzdGFtcDogcmVxLnRpbWVzdGFtcCB9IDoge30pLFxuICB9KTtcbiAgYXBwLnN5bnRoKCk7XG4gIHJldHVybiB0ZXJyYWZvcm1QZXJtaXRSZXN1bHQocmVxLm91dGRpciwgc3RhY2ssXG4gICAgKGRpcikgPT4gYHRlcnJhZm9ybSAtY2hkaXI9JHtkaXJ9IGluaXQgJiYgVEZfVkFSX3Byb3htb3hfYXBpX3Rva2VuPS4uLiB0ZXJyYWZvcm0gLWNoZGlyPSR7ZGlyfSBhcHBseSAgKHdpdGggdGhlIHBlcm1pdCdzIHN0YXRlKWApO1xufVxuIl19