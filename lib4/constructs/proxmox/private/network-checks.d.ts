import { ProxmoxClusterSettings } from '../proxmox-cluster';
/** One problem, before the construct adds its path. */
export interface InputProblem {
    readonly code: string;
    readonly field: string;
    readonly message: string;
    readonly value: unknown;
    readonly fix: string;
}
/** The datacenter firewall must be stated: every guest firewall is inert while it is off. */
export declare function datacenterFirewallProblems(cluster: ProxmoxClusterSettings): InputProblem[];
/**
 * `cluster.dhcpPool`: IPv4 networks without host bits, and none of the addresses the firewall
 * trusts by address (proxy, NFS server, resolver, endpoints) inside it: a DHCP guest may send
 * from any pool address, so it could pose as one of them.
 */
export declare function dhcpPoolProblems(cluster: ProxmoxClusterSettings, trusted: Array<{
    what: string;
    field: string;
    address: string;
}>): InputProblem[];
