/**
 * Workspace sizes, from extra small to large GPU.
 */
export declare enum WorkspaceSize {
    /** 2 vCPU, 2 GiB. */
    XS = "XS",
    /** 2 vCPU, 4 GiB. */
    S = "S",
    /** 4 vCPU, 16 GiB. */
    M = "M",
    /** 8 vCPU, 32 GiB. */
    L = "L",
    /** 16 vCPU, 64 GiB. */
    XL = "XL",
    /** 1 GPU, 4 vCPU, 16 GiB. */
    GPU_S = "GPU-S",
    /** 1 GPU, 8 vCPU, 32 GiB. */
    GPU_M = "GPU-M",
    /** 4 GPUs (x86_64) or 2 GPUs (arm64), 48-64 vCPU, 128-192 GiB. */
    GPU_L = "GPU-L"
}
/**
 * CPU architecture.
 */
export declare enum Architecture {
    /** Intel and AMD. */
    X86_64 = "x86_64",
    /** AWS Graviton and other 64-bit ARM. */
    ARM64 = "arm64"
}
/**
 * Resources of a size, independent of cloud.
 */
export interface SizeSpec {
    /** The size. */
    readonly size: WorkspaceSize;
    /** Virtual CPUs. */
    readonly vcpus: number;
    /** Memory in MiB. */
    readonly memoryMiB: number;
    /** GPUs. */
    readonly gpus: number;
    /** Suggested root disk in GiB. */
    readonly rootVolumeGiB: number;
}
/**
 * Size arithmetic and the size-to-instance-type mapping.
 */
export declare class Sizes {
    /** All sizes, smallest first (CPU sizes, then GPU sizes). */
    static all(): WorkspaceSize[];
    /**
     * Parses a size name (`M`, `gpu-s`, `GPU_S`), case-insensitively.
     * @param value the text
     * @param field where the value came from, for the error message
     */
    static parse(value: string, field?: string): WorkspaceSize;
    /** Resources of a size. */
    static spec(size: WorkspaceSize): SizeSpec;
    /** Whether the size has a GPU. */
    static isGpu(size: WorkspaceSize): boolean;
    /**
     * Whether `size` satisfies a template's `minimum`: a GPU size satisfies a CPU minimum when it
     * has at least as much memory; a CPU size never satisfies a GPU minimum.
     */
    static satisfies(size: WorkspaceSize, minimum: WorkspaceSize): boolean;
    /** The EC2 instance type of a size on an architecture. */
    static ec2InstanceType(size: WorkspaceSize, architecture?: Architecture): string;
    /** The architecture of an EC2 instance type, from its family name (`t4g`, `m7g`, `c7gn` are arm64). */
    static architectureOf(instanceType: string): Architecture;
    /** The smallest size whose EC2 type on the given architecture is exactly `instanceType`, if any. */
    static sizeOfInstanceType(instanceType: string): WorkspaceSize | undefined;
    private constructor();
}
