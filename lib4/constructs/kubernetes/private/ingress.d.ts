import { Construct } from 'constructs';
import { PermitPlan } from '../../../workspaces/permit';
import { ITerraformDependable } from '../../terraform/cdktf';
/** Name of the Job, its ConfigMap and its pod label. */
export declare const INGRESS_SCAN_NAME = "ingress-consolidate";
/**
 * The capabilities the scan keeps (all others dropped, no privilege escalation): reading the
 * holders' write-only uploads (files 0200, folders 0300 of the holders' uids) and moving
 * infected ones into quarantine (DAC_OVERRIDE), making raw read-only (FOWNER). The
 * consolidation test runs the script as root; these are what root needs for it here.
 */
export declare const INGRESS_SCAN_CAPABILITIES: string[];
export interface IngressScanProps {
    readonly plan: PermitPlan;
    readonly namespace: string;
    readonly meta: (name: string, extraLabels?: Record<string, string>) => {
        name: string;
        namespace: string;
        labels: Record<string, string>;
        annotations: Record<string, string>;
    };
    readonly dependsOn: ITerraformDependable[];
    readonly image: string;
    readonly mirrorUrl?: string;
    readonly mirrorCidrs: string[];
    readonly dnsNamespace: string;
    readonly dnsPodLabels: Record<string, string>;
    readonly podLabels: Record<string, string>;
    readonly memoryMiB: number;
}
/** Whether the plan's phase consolidates the uploads (the move into DATA_PREPARATION_PENDING). */
export declare function plansIngressScan(plan: PermitPlan): boolean;
/** The shell command of the scan container: clamd in the background, then the consolidation. */
export declare function scanCommand(plan: PermitPlan): string;
/** The Job, its ConfigMap and (with a mirror) the egress to the mirror. */
export declare function addIngressScan(scope: Construct, p: IngressScanProps): void;
