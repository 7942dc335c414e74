import { AuditedUnit } from './model';
/** Options of a Proxmox audit. */
export interface ProxmoxAuditOptions {
    /** The datacenter firewall is kept on (enabled, ebtables) outside this output: stated by the operator. */
    readonly datacenterFirewallElsewhere?: boolean;
    /**
     * Resolvers stated to answer internal names only and forward nothing (`rws audit
     * --internal-resolver`, or the Proxmox constructs' declarations at synthesis): DNS to them is
     * internal DNS; DNS to any other address is outside DNS.
     */
    readonly internalResolvers?: string[];
    /** Network of a permit role in a status (the permit lifecycle's). */
    readonly permitNetwork?: (status: string, role: string) => string | undefined;
}
/** Audits one Proxmox stack's Terraform JSON. */
export declare function auditProxmox(json: any, stack: string, file: string, options?: ProxmoxAuditOptions): AuditedUnit;
