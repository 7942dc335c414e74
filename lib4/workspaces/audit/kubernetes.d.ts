import { AuditedUnit } from './model';
/** Options of a Kubernetes audit. */
export interface KubernetesAuditOptions {
    /** Network of a permit role in a status (the permit lifecycle's). */
    readonly permitNetwork?: (status: string, role: string) => string | undefined;
}
/** Audits one Kubernetes stack's Terraform JSON. */
export declare function auditKubernetes(json: any, stack: string, file: string, options?: KubernetesAuditOptions): AuditedUnit;
