import type { PermitSynthRequest, PermitSynthResult } from './permit-synth';
import { ProxmoxApiSettings } from '../constructs/proxmox/proxmox-cluster';
import { ProxmoxPermitOptions } from '../constructs/proxmox/proxmox-permit-environment';
import { TerraformStateBackend } from '../stacks/terraform/terraform-state-backend';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
/** The JSON Schema of the Proxmox permit settings (`rws permit synth --backend proxmox --config <file>`). */
export declare const proxmoxPermitSettingsSchema: () => JsonSchema;
/** An example of the file, for the message when it is missing. */
export declare const PROXMOX_CONFIG_EXAMPLE = "cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, dns_servers: [10.20.0.2], datacenter_firewall: managed-elsewhere }\nnode: pve1\nnetwork: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }\nimage: { template_vm: 9000, disk_gib: 12 }\ngateway_cidrs: [10.20.5.0/28]\napi: { endpoint: \"https://pve1.example.org:8006/\" }";
/** What a Proxmox permit's `--config` file gives the stack. */
type ProxmoxPermitSettings = ProxmoxPermitOptions & {
    api?: ProxmoxApiSettings;
    stateBackend?: TerraformStateBackend;
};
/** Reads `--config` for Proxmox: cluster, node, network, image and gateway_cidrs are required; `state_backend:` as in lab files. */
export declare function readProxmoxPermitConfig(file: string): ProxmoxPermitSettings;
/** Synthesizes `ProxmoxPermitStack` into `<out>/stacks/permit-<id>/`. */
export declare function synthProxmoxPermit(req: PermitSynthRequest): PermitSynthResult;
export {};
