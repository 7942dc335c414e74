"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WorkspaceSizing = void 0;
const pricing_1 = require("./pricing");
const error_1 = require("./private/error");
const sizes_1 = require("./sizes");
/**
 * Decides size, architecture, instance type, disk and cost for a workspace of a template.
 */
class WorkspaceSizing {
    /**
     * Sizes a workspace. Throws when the size is below the template's minimum.
     * @param template the resolved template
     * @param options what the workspace asks for
     * @param where the workspace's name or construct path, for the error message
     */
    static of(template, options = {}, where = template.slug) {
        const prices = options.prices ?? pricing_1.PriceTable.bundled();
        const tplType = template.definition.instanceDefaults?.type;
        let architecture = options.architecture
            ?? (options.instanceType ? sizes_1.Sizes.architectureOf(options.instanceType)
                : tplType && !options.size ? sizes_1.Sizes.architectureOf(tplType) : sizes_1.Architecture.X86_64);
        let size;
        let instanceType;
        if (options.instanceType) {
            instanceType = options.instanceType;
            architecture = sizes_1.Sizes.architectureOf(instanceType);
            size = options.size ?? sizes_1.Sizes.sizeOfInstanceType(instanceType) ?? template.defaultSize;
        }
        else if (options.size) {
            size = options.size;
            instanceType = sizes_1.Sizes.ec2InstanceType(size, architecture);
        }
        else if (tplType && sizes_1.Sizes.architectureOf(tplType) === architecture) {
            instanceType = tplType;
            size = sizes_1.Sizes.sizeOfInstanceType(tplType) ?? template.defaultSize;
        }
        else {
            size = template.defaultSize;
            instanceType = sizes_1.Sizes.ec2InstanceType(size, architecture);
        }
        if (template.minimumSize && !sizes_1.Sizes.satisfies(size, template.minimumSize)) {
            (0, error_1.fail)({
                code: 'below-minimum-size',
                message: `${where}: template "${template.slug}" needs at least size ${template.minimumSize}`,
                field: 'size',
                value: size,
                fix: `use size ${template.minimumSize} or larger${sizes_1.Sizes.isGpu(template.minimumSize) ? ' (a GPU size)' : ''}`,
            });
        }
        const spec = sizes_1.Sizes.spec(size);
        let hourlyCost = prices.hourly(instanceType);
        let costSource = prices.description;
        if (hourlyCost === undefined) {
            const est = template.definition.instanceDefaults?.estimatedCostPerHour;
            hourlyCost = architecture === sizes_1.Architecture.ARM64 ? est?.arm64 : est?.x86;
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
    constructor() { }
}
exports.WorkspaceSizing = WorkspaceSizing;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2l6aW5nLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL3dvcmtzcGFjZXMvc2l6aW5nLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQUNBLHVDQUF1QztBQUN2QywyQ0FBdUM7QUFDdkMsbUNBQTZEO0FBdUQ3RDs7R0FFRztBQUNILE1BQWEsZUFBZTtJQUMxQjs7Ozs7T0FLRztJQUNJLE1BQU0sQ0FBQyxFQUFFLENBQUMsUUFBMEIsRUFBRSxVQUF5QixFQUFFLEVBQUUsUUFBZ0IsUUFBUSxDQUFDLElBQUk7UUFDckcsTUFBTSxNQUFNLEdBQUcsT0FBTyxDQUFDLE1BQU0sSUFBSSxvQkFBVSxDQUFDLE9BQU8sRUFBRSxDQUFDO1FBQ3RELE1BQU0sT0FBTyxHQUFHLFFBQVEsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsSUFBSSxDQUFDO1FBQzNELElBQUksWUFBWSxHQUFHLE9BQU8sQ0FBQyxZQUFZO2VBQ2xDLENBQUMsT0FBTyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsYUFBSyxDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsWUFBWSxDQUFDO2dCQUNuRSxDQUFDLENBQUMsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsYUFBSyxDQUFDLGNBQWMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsb0JBQVksQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUN0RixJQUFJLElBQW1CLENBQUM7UUFDeEIsSUFBSSxZQUFvQixDQUFDO1FBQ3pCLElBQUksT0FBTyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3pCLFlBQVksR0FBRyxPQUFPLENBQUMsWUFBWSxDQUFDO1lBQ3BDLFlBQVksR0FBRyxhQUFLLENBQUMsY0FBYyxDQUFDLFlBQVksQ0FBQyxDQUFDO1lBQ2xELElBQUksR0FBRyxPQUFPLENBQUMsSUFBSSxJQUFJLGFBQUssQ0FBQyxrQkFBa0IsQ0FBQyxZQUFZLENBQUMsSUFBSSxRQUFRLENBQUMsV0FBVyxDQUFDO1FBQ3hGLENBQUM7YUFBTSxJQUFJLE9BQU8sQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUN4QixJQUFJLEdBQUcsT0FBTyxDQUFDLElBQUksQ0FBQztZQUNwQixZQUFZLEdBQUcsYUFBSyxDQUFDLGVBQWUsQ0FBQyxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUM7UUFDM0QsQ0FBQzthQUFNLElBQUksT0FBTyxJQUFJLGFBQUssQ0FBQyxjQUFjLENBQUMsT0FBTyxDQUFDLEtBQUssWUFBWSxFQUFFLENBQUM7WUFDckUsWUFBWSxHQUFHLE9BQU8sQ0FBQztZQUN2QixJQUFJLEdBQUcsYUFBSyxDQUFDLGtCQUFrQixDQUFDLE9BQU8sQ0FBQyxJQUFJLFFBQVEsQ0FBQyxXQUFXLENBQUM7UUFDbkUsQ0FBQzthQUFNLENBQUM7WUFDTixJQUFJLEdBQUcsUUFBUSxDQUFDLFdBQVcsQ0FBQztZQUM1QixZQUFZLEdBQUcsYUFBSyxDQUFDLGVBQWUsQ0FBQyxJQUFJLEVBQUUsWUFBWSxDQUFDLENBQUM7UUFDM0QsQ0FBQztRQUNELElBQUksUUFBUSxDQUFDLFdBQVcsSUFBSSxDQUFDLGFBQUssQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLFFBQVEsQ0FBQyxXQUFXLENBQUMsRUFBRSxDQUFDO1lBQ3pFLElBQUEsWUFBSSxFQUFDO2dCQUNILElBQUksRUFBRSxvQkFBb0I7Z0JBQzFCLE9BQU8sRUFBRSxHQUFHLEtBQUssZUFBZSxRQUFRLENBQUMsSUFBSSx5QkFBeUIsUUFBUSxDQUFDLFdBQVcsRUFBRTtnQkFDNUYsS0FBSyxFQUFFLE1BQU07Z0JBQ2IsS0FBSyxFQUFFLElBQUk7Z0JBQ1gsR0FBRyxFQUFFLFlBQVksUUFBUSxDQUFDLFdBQVcsYUFBYSxhQUFLLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLENBQUMsZUFBZSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUU7YUFDN0csQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELE1BQU0sSUFBSSxHQUFHLGFBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDOUIsSUFBSSxVQUFVLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUM3QyxJQUFJLFVBQVUsR0FBRyxNQUFNLENBQUMsV0FBVyxDQUFDO1FBQ3BDLElBQUksVUFBVSxLQUFLLFNBQVMsRUFBRSxDQUFDO1lBQzdCLE1BQU0sR0FBRyxHQUFHLFFBQVEsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsb0JBQW9CLENBQUM7WUFDdkUsVUFBVSxHQUFHLFlBQVksS0FBSyxvQkFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxFQUFFLEdBQUcsQ0FBQztZQUN6RSxVQUFVLEdBQUcsVUFBVSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxZQUFZLFFBQVEsQ0FBQyxJQUFJLFdBQVcsQ0FBQztRQUMzRixDQUFDO1FBQ0QsT0FBTztZQUNMLElBQUk7WUFDSixZQUFZO1lBQ1osWUFBWTtZQUNaLEtBQUssRUFBRSxJQUFJLENBQUMsS0FBSztZQUNqQixTQUFTLEVBQUUsSUFBSSxDQUFDLFNBQVM7WUFDekIsSUFBSSxFQUFFLElBQUksQ0FBQyxJQUFJO1lBQ2YsYUFBYSxFQUFFLFFBQVEsQ0FBQyxVQUFVLENBQUMsZ0JBQWdCLEVBQUUsWUFBWSxJQUFJLElBQUksQ0FBQyxhQUFhO1lBQ3ZGLFVBQVU7WUFDVixVQUFVO1NBQ1gsQ0FBQztJQUNKLENBQUM7SUFFRCxnQkFBdUIsQ0FBQztDQUN6QjtBQTVERCwwQ0E0REMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBSZXNvbHZlZFRlbXBsYXRlIH0gZnJvbSAnLi9jYXRhbG9nJztcbmltcG9ydCB7IFByaWNlVGFibGUgfSBmcm9tICcuL3ByaWNpbmcnO1xuaW1wb3J0IHsgZmFpbCB9IGZyb20gJy4vcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBBcmNoaXRlY3R1cmUsIFNpemVzLCBXb3Jrc3BhY2VTaXplIH0gZnJvbSAnLi9zaXplcyc7XG5cbi8qKlxuICogV2hhdCBhIHdvcmtzcGFjZSBhc2tzIGZvcjsgZXZlcnl0aGluZyBpcyBvcHRpb25hbCBhbmQgZmFsbHMgYmFjayB0byB0aGUgdGVtcGxhdGUuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2l6aW5nT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBTaXplLlxuICAgKiBAZGVmYXVsdCAtIHRoZSB0ZW1wbGF0ZSdzIGRlZmF1bHQgc2l6ZVxuICAgKi9cbiAgcmVhZG9ubHkgc2l6ZT86IFdvcmtzcGFjZVNpemU7XG4gIC8qKlxuICAgKiBBcmNoaXRlY3R1cmUuXG4gICAqIEBkZWZhdWx0IC0gdGhhdCBvZiB0aGUgdGVtcGxhdGUncyBpbnN0YW5jZSB0eXBlLCBvciB4ODZfNjRcbiAgICovXG4gIHJlYWRvbmx5IGFyY2hpdGVjdHVyZT86IEFyY2hpdGVjdHVyZTtcbiAgLyoqXG4gICAqIEV4YWN0IGluc3RhbmNlIHR5cGUgKHdpbnMgb3ZlciBzaXplKS5cbiAgICogQGRlZmF1bHQgLSB0aGUgc2l6ZSdzIHR5cGUgb24gdGhlIGFyY2hpdGVjdHVyZVxuICAgKi9cbiAgcmVhZG9ubHkgaW5zdGFuY2VUeXBlPzogc3RyaW5nO1xuICAvKipcbiAgICogUHJpY2UgdGFibGUgZm9yIHRoZSBlc3RpbWF0ZS5cbiAgICogQGRlZmF1bHQgUHJpY2VUYWJsZS5idW5kbGVkKClcbiAgICovXG4gIHJlYWRvbmx5IHByaWNlcz86IFByaWNlVGFibGU7XG59XG5cbi8qKlxuICogVGhlIG1hY2hpbmUgYSB3b3Jrc3BhY2UgcnVucyBvbi5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTaXppbmcge1xuICAvKiogU2l6ZS4gKi9cbiAgcmVhZG9ubHkgc2l6ZTogV29ya3NwYWNlU2l6ZTtcbiAgLyoqIEFyY2hpdGVjdHVyZS4gKi9cbiAgcmVhZG9ubHkgYXJjaGl0ZWN0dXJlOiBBcmNoaXRlY3R1cmU7XG4gIC8qKiBFQzIgaW5zdGFuY2UgdHlwZSAob3RoZXIgYmFja2VuZHMgdXNlIHRoZSBzaXplJ3MgdkNQVSBhbmQgbWVtb3J5KS4gKi9cbiAgcmVhZG9ubHkgaW5zdGFuY2VUeXBlOiBzdHJpbmc7XG4gIC8qKiB2Q1BVcyBvZiB0aGUgc2l6ZS4gKi9cbiAgcmVhZG9ubHkgdmNwdXM6IG51bWJlcjtcbiAgLyoqIE1lbW9yeSBvZiB0aGUgc2l6ZSBpbiBNaUIuICovXG4gIHJlYWRvbmx5IG1lbW9yeU1pQjogbnVtYmVyO1xuICAvKiogR1BVcyBvZiB0aGUgc2l6ZS4gKi9cbiAgcmVhZG9ubHkgZ3B1czogbnVtYmVyO1xuICAvKiogUm9vdCB2b2x1bWUgaW4gR2lCOiB0aGUgdGVtcGxhdGUncywgb3IgdGhlIHNpemUncyBzdWdnZXN0aW9uLiAqL1xuICByZWFkb25seSByb290Vm9sdW1lR2lCOiBudW1iZXI7XG4gIC8qKlxuICAgKiBFc3RpbWF0ZWQgb24tZGVtYW5kIGNvc3QgcGVyIGhvdXIgaW4gVVNELlxuICAgKiBAZGVmYXVsdCAtIHVua25vd25cbiAgICovXG4gIHJlYWRvbmx5IGhvdXJseUNvc3Q/OiBudW1iZXI7XG4gIC8qKiBXaGVyZSB0aGUgZXN0aW1hdGUgY2FtZSBmcm9tLiAqL1xuICByZWFkb25seSBjb3N0U291cmNlOiBzdHJpbmc7XG59XG5cbi8qKlxuICogRGVjaWRlcyBzaXplLCBhcmNoaXRlY3R1cmUsIGluc3RhbmNlIHR5cGUsIGRpc2sgYW5kIGNvc3QgZm9yIGEgd29ya3NwYWNlIG9mIGEgdGVtcGxhdGUuXG4gKi9cbmV4cG9ydCBjbGFzcyBXb3Jrc3BhY2VTaXppbmcge1xuICAvKipcbiAgICogU2l6ZXMgYSB3b3Jrc3BhY2UuIFRocm93cyB3aGVuIHRoZSBzaXplIGlzIGJlbG93IHRoZSB0ZW1wbGF0ZSdzIG1pbmltdW0uXG4gICAqIEBwYXJhbSB0ZW1wbGF0ZSB0aGUgcmVzb2x2ZWQgdGVtcGxhdGVcbiAgICogQHBhcmFtIG9wdGlvbnMgd2hhdCB0aGUgd29ya3NwYWNlIGFza3MgZm9yXG4gICAqIEBwYXJhbSB3aGVyZSB0aGUgd29ya3NwYWNlJ3MgbmFtZSBvciBjb25zdHJ1Y3QgcGF0aCwgZm9yIHRoZSBlcnJvciBtZXNzYWdlXG4gICAqL1xuICBwdWJsaWMgc3RhdGljIG9mKHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlLCBvcHRpb25zOiBTaXppbmdPcHRpb25zID0ge30sIHdoZXJlOiBzdHJpbmcgPSB0ZW1wbGF0ZS5zbHVnKTogU2l6aW5nIHtcbiAgICBjb25zdCBwcmljZXMgPSBvcHRpb25zLnByaWNlcyA/PyBQcmljZVRhYmxlLmJ1bmRsZWQoKTtcbiAgICBjb25zdCB0cGxUeXBlID0gdGVtcGxhdGUuZGVmaW5pdGlvbi5pbnN0YW5jZURlZmF1bHRzPy50eXBlO1xuICAgIGxldCBhcmNoaXRlY3R1cmUgPSBvcHRpb25zLmFyY2hpdGVjdHVyZVxuICAgICAgPz8gKG9wdGlvbnMuaW5zdGFuY2VUeXBlID8gU2l6ZXMuYXJjaGl0ZWN0dXJlT2Yob3B0aW9ucy5pbnN0YW5jZVR5cGUpXG4gICAgICAgIDogdHBsVHlwZSAmJiAhb3B0aW9ucy5zaXplID8gU2l6ZXMuYXJjaGl0ZWN0dXJlT2YodHBsVHlwZSkgOiBBcmNoaXRlY3R1cmUuWDg2XzY0KTtcbiAgICBsZXQgc2l6ZTogV29ya3NwYWNlU2l6ZTtcbiAgICBsZXQgaW5zdGFuY2VUeXBlOiBzdHJpbmc7XG4gICAgaWYgKG9wdGlvbnMuaW5zdGFuY2VUeXBlKSB7XG4gICAgICBpbnN0YW5jZVR5cGUgPSBvcHRpb25zLmluc3RhbmNlVHlwZTtcbiAgICAgIGFyY2hpdGVjdHVyZSA9IFNpemVzLmFyY2hpdGVjdHVyZU9mKGluc3RhbmNlVHlwZSk7XG4gICAgICBzaXplID0gb3B0aW9ucy5zaXplID8/IFNpemVzLnNpemVPZkluc3RhbmNlVHlwZShpbnN0YW5jZVR5cGUpID8/IHRlbXBsYXRlLmRlZmF1bHRTaXplO1xuICAgIH0gZWxzZSBpZiAob3B0aW9ucy5zaXplKSB7XG4gICAgICBzaXplID0gb3B0aW9ucy5zaXplO1xuICAgICAgaW5zdGFuY2VUeXBlID0gU2l6ZXMuZWMySW5zdGFuY2VUeXBlKHNpemUsIGFyY2hpdGVjdHVyZSk7XG4gICAgfSBlbHNlIGlmICh0cGxUeXBlICYmIFNpemVzLmFyY2hpdGVjdHVyZU9mKHRwbFR5cGUpID09PSBhcmNoaXRlY3R1cmUpIHtcbiAgICAgIGluc3RhbmNlVHlwZSA9IHRwbFR5cGU7XG4gICAgICBzaXplID0gU2l6ZXMuc2l6ZU9mSW5zdGFuY2VUeXBlKHRwbFR5cGUpID8/IHRlbXBsYXRlLmRlZmF1bHRTaXplO1xuICAgIH0gZWxzZSB7XG4gICAgICBzaXplID0gdGVtcGxhdGUuZGVmYXVsdFNpemU7XG4gICAgICBpbnN0YW5jZVR5cGUgPSBTaXplcy5lYzJJbnN0YW5jZVR5cGUoc2l6ZSwgYXJjaGl0ZWN0dXJlKTtcbiAgICB9XG4gICAgaWYgKHRlbXBsYXRlLm1pbmltdW1TaXplICYmICFTaXplcy5zYXRpc2ZpZXMoc2l6ZSwgdGVtcGxhdGUubWluaW11bVNpemUpKSB7XG4gICAgICBmYWlsKHtcbiAgICAgICAgY29kZTogJ2JlbG93LW1pbmltdW0tc2l6ZScsXG4gICAgICAgIG1lc3NhZ2U6IGAke3doZXJlfTogdGVtcGxhdGUgXCIke3RlbXBsYXRlLnNsdWd9XCIgbmVlZHMgYXQgbGVhc3Qgc2l6ZSAke3RlbXBsYXRlLm1pbmltdW1TaXplfWAsXG4gICAgICAgIGZpZWxkOiAnc2l6ZScsXG4gICAgICAgIHZhbHVlOiBzaXplLFxuICAgICAgICBmaXg6IGB1c2Ugc2l6ZSAke3RlbXBsYXRlLm1pbmltdW1TaXplfSBvciBsYXJnZXIke1NpemVzLmlzR3B1KHRlbXBsYXRlLm1pbmltdW1TaXplKSA/ICcgKGEgR1BVIHNpemUpJyA6ICcnfWAsXG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3Qgc3BlYyA9IFNpemVzLnNwZWMoc2l6ZSk7XG4gICAgbGV0IGhvdXJseUNvc3QgPSBwcmljZXMuaG91cmx5KGluc3RhbmNlVHlwZSk7XG4gICAgbGV0IGNvc3RTb3VyY2UgPSBwcmljZXMuZGVzY3JpcHRpb247XG4gICAgaWYgKGhvdXJseUNvc3QgPT09IHVuZGVmaW5lZCkge1xuICAgICAgY29uc3QgZXN0ID0gdGVtcGxhdGUuZGVmaW5pdGlvbi5pbnN0YW5jZURlZmF1bHRzPy5lc3RpbWF0ZWRDb3N0UGVySG91cjtcbiAgICAgIGhvdXJseUNvc3QgPSBhcmNoaXRlY3R1cmUgPT09IEFyY2hpdGVjdHVyZS5BUk02NCA/IGVzdD8uYXJtNjQgOiBlc3Q/Lng4NjtcbiAgICAgIGNvc3RTb3VyY2UgPSBob3VybHlDb3N0ID09PSB1bmRlZmluZWQgPyAndW5rbm93bicgOiBgdGVtcGxhdGUgJHt0ZW1wbGF0ZS5zbHVnfSBlc3RpbWF0ZWA7XG4gICAgfVxuICAgIHJldHVybiB7XG4gICAgICBzaXplLFxuICAgICAgYXJjaGl0ZWN0dXJlLFxuICAgICAgaW5zdGFuY2VUeXBlLFxuICAgICAgdmNwdXM6IHNwZWMudmNwdXMsXG4gICAgICBtZW1vcnlNaUI6IHNwZWMubWVtb3J5TWlCLFxuICAgICAgZ3B1czogc3BlYy5ncHVzLFxuICAgICAgcm9vdFZvbHVtZUdpQjogdGVtcGxhdGUuZGVmaW5pdGlvbi5pbnN0YW5jZURlZmF1bHRzPy5yb290Vm9sdW1lR2IgPz8gc3BlYy5yb290Vm9sdW1lR2lCLFxuICAgICAgaG91cmx5Q29zdCxcbiAgICAgIGNvc3RTb3VyY2UsXG4gICAgfTtcbiAgfVxuXG4gIHByaXZhdGUgY29uc3RydWN0b3IoKSB7fVxufVxuIl19