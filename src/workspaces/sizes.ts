import { fail } from './private/error';

/**
 * Workspace sizes, from extra small to large GPU.
 */
export enum WorkspaceSize {
  /** 2 vCPU, 2 GiB. */
  XS = 'XS',
  /** 2 vCPU, 4 GiB. */
  S = 'S',
  /** 4 vCPU, 16 GiB. */
  M = 'M',
  /** 8 vCPU, 32 GiB. */
  L = 'L',
  /** 16 vCPU, 64 GiB. */
  XL = 'XL',
  /** 1 GPU, 4 vCPU, 16 GiB. */
  GPU_S = 'GPU-S',
  /** 1 GPU, 8 vCPU, 32 GiB. */
  GPU_M = 'GPU-M',
  /** 4 GPUs (x86_64) or 2 GPUs (arm64), 48-64 vCPU, 128-192 GiB. */
  GPU_L = 'GPU-L',
}

/**
 * CPU architecture.
 */
export enum Architecture {
  /** Intel and AMD. */
  X86_64 = 'x86_64',
  /** AWS Graviton and other 64-bit ARM. */
  ARM64 = 'arm64',
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

const ORDER: WorkspaceSize[] = [
  WorkspaceSize.XS, WorkspaceSize.S, WorkspaceSize.M, WorkspaceSize.L, WorkspaceSize.XL,
  WorkspaceSize.GPU_S, WorkspaceSize.GPU_M, WorkspaceSize.GPU_L,
];

const SPECS: Record<WorkspaceSize, Omit<SizeSpec, 'size'>> = {
  [WorkspaceSize.XS]: { vcpus: 2, memoryMiB: 2048, gpus: 0, rootVolumeGiB: 20 },
  [WorkspaceSize.S]: { vcpus: 2, memoryMiB: 4096, gpus: 0, rootVolumeGiB: 30 },
  [WorkspaceSize.M]: { vcpus: 4, memoryMiB: 16384, gpus: 0, rootVolumeGiB: 50 },
  [WorkspaceSize.L]: { vcpus: 8, memoryMiB: 32768, gpus: 0, rootVolumeGiB: 100 },
  [WorkspaceSize.XL]: { vcpus: 16, memoryMiB: 65536, gpus: 0, rootVolumeGiB: 200 },
  [WorkspaceSize.GPU_S]: { vcpus: 4, memoryMiB: 16384, gpus: 1, rootVolumeGiB: 100 },
  [WorkspaceSize.GPU_M]: { vcpus: 8, memoryMiB: 32768, gpus: 1, rootVolumeGiB: 200 },
  [WorkspaceSize.GPU_L]: { vcpus: 48, memoryMiB: 196608, gpus: 4, rootVolumeGiB: 500 },
};

const EC2_TYPES: Record<Architecture, Record<WorkspaceSize, string>> = {
  [Architecture.X86_64]: {
    [WorkspaceSize.XS]: 't3.small',
    [WorkspaceSize.S]: 't3.medium',
    [WorkspaceSize.M]: 't3.xlarge',
    [WorkspaceSize.L]: 'm6i.2xlarge',
    [WorkspaceSize.XL]: 'm6i.4xlarge',
    [WorkspaceSize.GPU_S]: 'g4dn.xlarge',
    [WorkspaceSize.GPU_M]: 'g5.2xlarge',
    [WorkspaceSize.GPU_L]: 'g5.12xlarge',
  },
  [Architecture.ARM64]: {
    [WorkspaceSize.XS]: 't4g.small',
    [WorkspaceSize.S]: 't4g.medium',
    [WorkspaceSize.M]: 't4g.xlarge',
    [WorkspaceSize.L]: 'm7g.2xlarge',
    [WorkspaceSize.XL]: 'm7g.4xlarge',
    [WorkspaceSize.GPU_S]: 'g5g.xlarge',
    [WorkspaceSize.GPU_M]: 'g5g.2xlarge',
    [WorkspaceSize.GPU_L]: 'g5g.16xlarge',
  },
};

/**
 * Size arithmetic and the size-to-instance-type mapping.
 */
export class Sizes {
  /** All sizes, smallest first (CPU sizes, then GPU sizes). */
  public static all(): WorkspaceSize[] {
    return [...ORDER];
  }

  /**
   * Parses a size name (`M`, `gpu-s`, `GPU_S`), case-insensitively.
   * @param value the text
   * @param field where the value came from, for the error message
   */
  public static parse(value: string, field: string = 'size'): WorkspaceSize {
    const norm = String(value).trim().toUpperCase().replace('_', '-');
    const found = ORDER.find((s) => s === norm);
    if (!found) {
      fail({
        code: 'unknown-size',
        message: 'unknown workspace size',
        field,
        value,
        fix: `use one of ${ORDER.join(', ')}`,
      });
    }
    return found;
  }

  /** Resources of a size. */
  public static spec(size: WorkspaceSize): SizeSpec {
    return { size, ...SPECS[size] };
  }

  /** Whether the size has a GPU. */
  public static isGpu(size: WorkspaceSize): boolean {
    return SPECS[size].gpus > 0;
  }

  /**
   * Whether `size` satisfies a template's `minimum`: a GPU size satisfies a CPU minimum when it
   * has at least as much memory; a CPU size never satisfies a GPU minimum.
   */
  public static satisfies(size: WorkspaceSize, minimum: WorkspaceSize): boolean {
    const a = SPECS[size];
    const b = SPECS[minimum];
    if (b.gpus > a.gpus) return false;
    return a.memoryMiB >= b.memoryMiB && a.vcpus >= b.vcpus;
  }

  /** The EC2 instance type of a size on an architecture. */
  public static ec2InstanceType(size: WorkspaceSize, architecture: Architecture = Architecture.X86_64): string {
    return EC2_TYPES[architecture][size];
  }

  /** The architecture of an EC2 instance type, from its family name (`t4g`, `m7g`, `c7gn` are arm64). */
  public static architectureOf(instanceType: string): Architecture {
    const family = instanceType.split('.')[0];
    return /^[a-z]+\d+g[a-z]*$/.test(family) ? Architecture.ARM64 : Architecture.X86_64;
  }

  /** The smallest size whose EC2 type on the given architecture is exactly `instanceType`, if any. */
  public static sizeOfInstanceType(instanceType: string): WorkspaceSize | undefined {
    for (const arch of [Architecture.X86_64, Architecture.ARM64]) {
      for (const s of ORDER) {
        if (EC2_TYPES[arch][s] === instanceType) return s;
      }
    }
    return undefined;
  }

  private constructor() {}
}
