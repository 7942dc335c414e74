import { CfnTemplate } from './cloudformation';
import { AuditMode, AuditReport } from './model';
/** Options of an audit of a folder. */
export interface AuditOptions {
    /** Egress of AWS lab templates that do not record it. */
    readonly egress?: AuditMode;
    /** Network of a permit role in a status (the permit lifecycle's). */
    readonly permitNetwork?: (status: string, role: string) => string | undefined;
    /** Proxmox: the datacenter firewall is kept on outside this output. */
    readonly proxmoxDatacenterFirewallElsewhere?: boolean;
    /** Proxmox: resolvers stated to answer internal names only. */
    readonly internalResolvers?: string[];
}
/** The templates of a cloud assembly folder, as stack trees (root plus nested). */
export declare function cloudAssemblyTemplates(dir: string, rootFiles?: string[]): Array<{
    root: CfnTemplate;
    templates: CfnTemplate[];
}>;
/** Audits everything synthesized under a path (folder or file). */
export declare function auditPath(target: string, options?: AuditOptions): AuditReport;
