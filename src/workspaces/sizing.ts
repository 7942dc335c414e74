import { ResolvedTemplate } from './catalog';
import { PriceTable } from './pricing';
import { fail } from './private/error';
import { Architecture, Sizes, WorkspaceSize } from './sizes';

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
export class WorkspaceSizing {
  /**
   * Sizes a workspace. Throws when the size is below the template's minimum.
   * @param template the resolved template
   * @param options what the workspace asks for
   * @param where the workspace's name or construct path, for the error message
   */
  public static of(template: ResolvedTemplate, options: SizingOptions = {}, where: string = template.slug): Sizing {
    const prices = options.prices ?? PriceTable.bundled();
    const tplType = template.definition.instanceDefaults?.type;
    let architecture = options.architecture
      ?? (options.instanceType ? Sizes.architectureOf(options.instanceType)
        : tplType && !options.size ? Sizes.architectureOf(tplType) : Architecture.X86_64);
    let size: WorkspaceSize;
    let instanceType: string;
    if (options.instanceType) {
      instanceType = options.instanceType;
      architecture = Sizes.architectureOf(instanceType);
      size = options.size ?? Sizes.sizeOfInstanceType(instanceType) ?? template.defaultSize;
    } else if (options.size) {
      size = options.size;
      instanceType = Sizes.ec2InstanceType(size, architecture);
    } else if (tplType && Sizes.architectureOf(tplType) === architecture) {
      instanceType = tplType;
      size = Sizes.sizeOfInstanceType(tplType) ?? template.defaultSize;
    } else {
      size = template.defaultSize;
      instanceType = Sizes.ec2InstanceType(size, architecture);
    }
    if (template.minimumSize && !Sizes.satisfies(size, template.minimumSize)) {
      fail({
        code: 'below-minimum-size',
        message: `${where}: template "${template.slug}" needs at least size ${template.minimumSize}`,
        field: 'size',
        value: size,
        fix: `use size ${template.minimumSize} or larger${Sizes.isGpu(template.minimumSize) ? ' (a GPU size)' : ''}`,
      });
    }
    const spec = Sizes.spec(size);
    let hourlyCost = prices.hourly(instanceType);
    let costSource = prices.description;
    if (hourlyCost === undefined) {
      const est = template.definition.instanceDefaults?.estimatedCostPerHour;
      hourlyCost = architecture === Architecture.ARM64 ? est?.arm64 : est?.x86;
      costSource = hourlyCost === undefined ? 'unknown' : `template ${template.slug} estimate`;
    }
    return {
      size,
      architecture,
      instanceType,
      vcpus: spec.vcpus,
      memoryMiB: spec.memoryMiB,
      gpus: spec.gpus,
      rootVolumeGiB: template.definition.instanceDefaults?.rootVolumeGb ?? spec.rootVolumeGiB,
      hourlyCost,
      costSource,
    };
  }

  private constructor() {}
}
