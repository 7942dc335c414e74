import { ResolvedTemplate } from './catalog';
import { PriceTable } from './pricing';
import { Architecture, WorkspaceSize } from './sizes';
/**
 * What a workspace asks for; everything is optional and falls back to the template.
 */
export interface SizingOptions {
    /**
     * Size.
     * @default - the template's default size
     */
    readonly size?: WorkspaceSize;
    /**
     * Architecture.
     * @default - that of the template's instance type, or x86_64
     */
    readonly architecture?: Architecture;
    /**
     * Exact instance type (wins over size).
     * @default - the size's type on the architecture
     */
    readonly instanceType?: string;
    /**
     * Price table for the estimate.
     * @default PriceTable.bundled()
     */
    readonly prices?: PriceTable;
}
/**
 * The machine a workspace runs on.
 */
export interface Sizing {
    /** Size. */
    readonly size: WorkspaceSize;
    /** Architecture. */
    readonly architecture: Architecture;
    /** EC2 instance type (other backends use the size's vCPU and memory). */
    readonly instanceType: string;
    /** vCPUs of the size. */
    readonly vcpus: number;
    /** Memory of the size in MiB. */
    readonly memoryMiB: number;
    /** GPUs of the size. */
    readonly gpus: number;
    /** Root volume in GiB: the template's, or the size's suggestion. */
    readonly rootVolumeGiB: number;
    /**
     * Estimated on-demand cost per hour in USD.
     * @default - unknown
     */
    readonly hourlyCost?: number;
    /** Where the estimate came from. */
    readonly costSource: string;
}
/**
 * Decides size, architecture, instance type, disk and cost for a workspace of a template.
 */
export declare class WorkspaceSizing {
    /**
     * Sizes a workspace. Throws when the size is below the template's minimum.
     * @param template the resolved template
     * @param options what the workspace asks for
     * @param where the workspace's name or construct path, for the error message
     */
    static of(template: ResolvedTemplate, options?: SizingOptions, where?: string): Sizing;
    private constructor();
}
