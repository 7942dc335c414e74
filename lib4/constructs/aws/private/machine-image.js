"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.publicImageParameter = publicImageParameter;
exports.machineImageFor = machineImageFor;
/**
 * The machine image of a workspace, from its template's operating system. Public SSM
 * parameters only (resolved by CloudFormation at deploy time, no lookups at synth time).
 */
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const sizes_1 = require("../../../workspaces/sizes");
const template_1 = require("../../../workspaces/template");
const props_1 = require("../../private/props");
/** Canonical's and Debian's public AMI parameters by OS and architecture. */
function publicImageParameter(os, arch) {
    const deb = arch === sizes_1.Architecture.ARM64 ? 'arm64' : 'amd64';
    switch (os) {
        case template_1.OperatingSystem.UBUNTU_22_04:
            return `/aws/service/canonical/ubuntu/server/22.04/stable/current/${deb}/hvm/ebs-gp2/ami-id`;
        case template_1.OperatingSystem.UBUNTU_24_04:
            return `/aws/service/canonical/ubuntu/server/24.04/stable/current/${deb}/hvm/ebs-gp3/ami-id`;
        case template_1.OperatingSystem.DEBIAN_12:
            return `/aws/service/debian/release/12/latest/${deb}`;
        default:
            return undefined;
    }
}
/** The image a workspace boots: the given one, else the template's OS's public image. */
function machineImageFor(scope, template, arch, given) {
    if (given)
        return given;
    const param = publicImageParameter(template.os, arch);
    if (param)
        return ec2.MachineImage.fromSsmParameter(param, { os: ec2.OperatingSystemType.LINUX });
    switch (template.os) {
        case template_1.OperatingSystem.AMAZON_LINUX_2023:
            return ec2.MachineImage.latestAmazonLinux2023({
                cpuType: arch === sizes_1.Architecture.ARM64 ? ec2.AmazonLinuxCpuType.ARM_64 : ec2.AmazonLinuxCpuType.X86_64,
            });
        case template_1.OperatingSystem.ROCKY_9:
            return (0, props_1.badProp)(scope, 'machineImage', undefined, `template "${template.slug}" is based on Rocky Linux 9, which publishes no public SSM parameter for its images`, 'pass machineImage, e.g. ec2.MachineImage.genericLinux({ "us-east-1": "ami-..." }) with the Rocky Linux 9 image of your region (Rocky\'s AMIs are listed at https://rockylinux.org/download), or your own hardened image', 'machine-image-required');
        case template_1.OperatingSystem.AMI_BASED: {
            const amis = template.definition.amiConfig?.amis ?? {};
            const byRegion = {};
            for (const [region, perArch] of Object.entries(amis)) {
                const ami = perArch[arch] ?? (arch === sizes_1.Architecture.X86_64 ? perArch.amd64 : perArch.aarch64);
                if (ami)
                    byRegion[region] = ami;
            }
            if (Object.keys(byRegion).length === 0) {
                return (0, props_1.badProp)(scope, 'machineImage', undefined, `template "${template.slug}" is ami-based but its ami_config names no ${arch} image`, `add ami_config.amis.<region>.${arch}: ami-... to the template, or pass machineImage`, 'machine-image-required');
            }
            return ec2.MachineImage.genericLinux(byRegion);
        }
        default:
            return (0, props_1.badProp)(scope, 'machineImage', template.os, `no public image is known for operating system ${template.os}`, 'pass machineImage', 'machine-image-required');
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibWFjaGluZS1pbWFnZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9wcml2YXRlL21hY2hpbmUtaW1hZ2UudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFZQSxvREFZQztBQUdELDBDQStCQztBQTFERDs7O0dBR0c7QUFDSCx5REFBMkM7QUFHM0MscURBQXlEO0FBQ3pELDJEQUErRDtBQUMvRCwrQ0FBOEM7QUFFOUMsNkVBQTZFO0FBQzdFLFNBQWdCLG9CQUFvQixDQUFDLEVBQW1CLEVBQUUsSUFBa0I7SUFDMUUsTUFBTSxHQUFHLEdBQUcsSUFBSSxLQUFLLG9CQUFZLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQztJQUM1RCxRQUFRLEVBQUUsRUFBRSxDQUFDO1FBQ1gsS0FBSywwQkFBZSxDQUFDLFlBQVk7WUFDL0IsT0FBTyw2REFBNkQsR0FBRyxxQkFBcUIsQ0FBQztRQUMvRixLQUFLLDBCQUFlLENBQUMsWUFBWTtZQUMvQixPQUFPLDZEQUE2RCxHQUFHLHFCQUFxQixDQUFDO1FBQy9GLEtBQUssMEJBQWUsQ0FBQyxTQUFTO1lBQzVCLE9BQU8seUNBQXlDLEdBQUcsRUFBRSxDQUFDO1FBQ3hEO1lBQ0UsT0FBTyxTQUFTLENBQUM7SUFDckIsQ0FBQztBQUNILENBQUM7QUFFRCx5RkFBeUY7QUFDekYsU0FBZ0IsZUFBZSxDQUFDLEtBQWlCLEVBQUUsUUFBMEIsRUFBRSxJQUFrQixFQUFFLEtBQXlCO0lBQzFILElBQUksS0FBSztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQ3hCLE1BQU0sS0FBSyxHQUFHLG9CQUFvQixDQUFDLFFBQVEsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDdEQsSUFBSSxLQUFLO1FBQUUsT0FBTyxHQUFHLENBQUMsWUFBWSxDQUFDLGdCQUFnQixDQUFDLEtBQUssRUFBRSxFQUFFLEVBQUUsRUFBRSxHQUFHLENBQUMsbUJBQW1CLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUNsRyxRQUFRLFFBQVEsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUNwQixLQUFLLDBCQUFlLENBQUMsaUJBQWlCO1lBQ3BDLE9BQU8sR0FBRyxDQUFDLFlBQVksQ0FBQyxxQkFBcUIsQ0FBQztnQkFDNUMsT0FBTyxFQUFFLElBQUksS0FBSyxvQkFBWSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLGtCQUFrQixDQUFDLE1BQU07YUFDckcsQ0FBQyxDQUFDO1FBQ0wsS0FBSywwQkFBZSxDQUFDLE9BQU87WUFDMUIsT0FBTyxJQUFBLGVBQU8sRUFBQyxLQUFLLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFDN0MsYUFBYSxRQUFRLENBQUMsSUFBSSxxRkFBcUYsRUFDL0cseU5BQXlOLEVBQ3pOLHdCQUF3QixDQUFDLENBQUM7UUFDOUIsS0FBSywwQkFBZSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7WUFDL0IsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLFVBQVUsQ0FBQyxTQUFTLEVBQUUsSUFBSSxJQUFJLEVBQUUsQ0FBQztZQUN2RCxNQUFNLFFBQVEsR0FBaUMsRUFBRSxDQUFDO1lBQ2xELEtBQUssTUFBTSxDQUFDLE1BQU0sRUFBRSxPQUFPLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7Z0JBQ3JELE1BQU0sR0FBRyxHQUFHLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksS0FBSyxvQkFBWSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDO2dCQUM5RixJQUFJLEdBQUc7b0JBQUUsUUFBUSxDQUFDLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQztZQUNsQyxDQUFDO1lBQ0QsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztnQkFDdkMsT0FBTyxJQUFBLGVBQU8sRUFBQyxLQUFLLEVBQUUsY0FBYyxFQUFFLFNBQVMsRUFDN0MsYUFBYSxRQUFRLENBQUMsSUFBSSw4Q0FBOEMsSUFBSSxRQUFRLEVBQ3BGLGdDQUFnQyxJQUFJLGlEQUFpRCxFQUFFLHdCQUF3QixDQUFDLENBQUM7WUFDckgsQ0FBQztZQUNELE9BQU8sR0FBRyxDQUFDLFlBQVksQ0FBQyxZQUFZLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDakQsQ0FBQztRQUNEO1lBQ0UsT0FBTyxJQUFBLGVBQU8sRUFBQyxLQUFLLEVBQUUsY0FBYyxFQUFFLFFBQVEsQ0FBQyxFQUFFLEVBQUUsaURBQWlELFFBQVEsQ0FBQyxFQUFFLEVBQUUsRUFBRSxtQkFBbUIsRUFBRSx3QkFBd0IsQ0FBQyxDQUFDO0lBQ3RLLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgbWFjaGluZSBpbWFnZSBvZiBhIHdvcmtzcGFjZSwgZnJvbSBpdHMgdGVtcGxhdGUncyBvcGVyYXRpbmcgc3lzdGVtLiBQdWJsaWMgU1NNXG4gKiBwYXJhbWV0ZXJzIG9ubHkgKHJlc29sdmVkIGJ5IENsb3VkRm9ybWF0aW9uIGF0IGRlcGxveSB0aW1lLCBubyBsb29rdXBzIGF0IHN5bnRoIHRpbWUpLlxuICovXG5pbXBvcnQgKiBhcyBlYzIgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVjMic7XG5pbXBvcnQgeyBJQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBSZXNvbHZlZFRlbXBsYXRlIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9jYXRhbG9nJztcbmltcG9ydCB7IEFyY2hpdGVjdHVyZSB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvc2l6ZXMnO1xuaW1wb3J0IHsgT3BlcmF0aW5nU3lzdGVtIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy90ZW1wbGF0ZSc7XG5pbXBvcnQgeyBiYWRQcm9wIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9wcm9wcyc7XG5cbi8qKiBDYW5vbmljYWwncyBhbmQgRGViaWFuJ3MgcHVibGljIEFNSSBwYXJhbWV0ZXJzIGJ5IE9TIGFuZCBhcmNoaXRlY3R1cmUuICovXG5leHBvcnQgZnVuY3Rpb24gcHVibGljSW1hZ2VQYXJhbWV0ZXIob3M6IE9wZXJhdGluZ1N5c3RlbSwgYXJjaDogQXJjaGl0ZWN0dXJlKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgZGViID0gYXJjaCA9PT0gQXJjaGl0ZWN0dXJlLkFSTTY0ID8gJ2FybTY0JyA6ICdhbWQ2NCc7XG4gIHN3aXRjaCAob3MpIHtcbiAgICBjYXNlIE9wZXJhdGluZ1N5c3RlbS5VQlVOVFVfMjJfMDQ6XG4gICAgICByZXR1cm4gYC9hd3Mvc2VydmljZS9jYW5vbmljYWwvdWJ1bnR1L3NlcnZlci8yMi4wNC9zdGFibGUvY3VycmVudC8ke2RlYn0vaHZtL2Vicy1ncDIvYW1pLWlkYDtcbiAgICBjYXNlIE9wZXJhdGluZ1N5c3RlbS5VQlVOVFVfMjRfMDQ6XG4gICAgICByZXR1cm4gYC9hd3Mvc2VydmljZS9jYW5vbmljYWwvdWJ1bnR1L3NlcnZlci8yNC4wNC9zdGFibGUvY3VycmVudC8ke2RlYn0vaHZtL2Vicy1ncDMvYW1pLWlkYDtcbiAgICBjYXNlIE9wZXJhdGluZ1N5c3RlbS5ERUJJQU5fMTI6XG4gICAgICByZXR1cm4gYC9hd3Mvc2VydmljZS9kZWJpYW4vcmVsZWFzZS8xMi9sYXRlc3QvJHtkZWJ9YDtcbiAgICBkZWZhdWx0OlxuICAgICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfVxufVxuXG4vKiogVGhlIGltYWdlIGEgd29ya3NwYWNlIGJvb3RzOiB0aGUgZ2l2ZW4gb25lLCBlbHNlIHRoZSB0ZW1wbGF0ZSdzIE9TJ3MgcHVibGljIGltYWdlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hY2hpbmVJbWFnZUZvcihzY29wZTogSUNvbnN0cnVjdCwgdGVtcGxhdGU6IFJlc29sdmVkVGVtcGxhdGUsIGFyY2g6IEFyY2hpdGVjdHVyZSwgZ2l2ZW4/OiBlYzIuSU1hY2hpbmVJbWFnZSk6IGVjMi5JTWFjaGluZUltYWdlIHtcbiAgaWYgKGdpdmVuKSByZXR1cm4gZ2l2ZW47XG4gIGNvbnN0IHBhcmFtID0gcHVibGljSW1hZ2VQYXJhbWV0ZXIodGVtcGxhdGUub3MsIGFyY2gpO1xuICBpZiAocGFyYW0pIHJldHVybiBlYzIuTWFjaGluZUltYWdlLmZyb21Tc21QYXJhbWV0ZXIocGFyYW0sIHsgb3M6IGVjMi5PcGVyYXRpbmdTeXN0ZW1UeXBlLkxJTlVYIH0pO1xuICBzd2l0Y2ggKHRlbXBsYXRlLm9zKSB7XG4gICAgY2FzZSBPcGVyYXRpbmdTeXN0ZW0uQU1BWk9OX0xJTlVYXzIwMjM6XG4gICAgICByZXR1cm4gZWMyLk1hY2hpbmVJbWFnZS5sYXRlc3RBbWF6b25MaW51eDIwMjMoe1xuICAgICAgICBjcHVUeXBlOiBhcmNoID09PSBBcmNoaXRlY3R1cmUuQVJNNjQgPyBlYzIuQW1hem9uTGludXhDcHVUeXBlLkFSTV82NCA6IGVjMi5BbWF6b25MaW51eENwdVR5cGUuWDg2XzY0LFxuICAgICAgfSk7XG4gICAgY2FzZSBPcGVyYXRpbmdTeXN0ZW0uUk9DS1lfOTpcbiAgICAgIHJldHVybiBiYWRQcm9wKHNjb3BlLCAnbWFjaGluZUltYWdlJywgdW5kZWZpbmVkLFxuICAgICAgICBgdGVtcGxhdGUgXCIke3RlbXBsYXRlLnNsdWd9XCIgaXMgYmFzZWQgb24gUm9ja3kgTGludXggOSwgd2hpY2ggcHVibGlzaGVzIG5vIHB1YmxpYyBTU00gcGFyYW1ldGVyIGZvciBpdHMgaW1hZ2VzYCxcbiAgICAgICAgJ3Bhc3MgbWFjaGluZUltYWdlLCBlLmcuIGVjMi5NYWNoaW5lSW1hZ2UuZ2VuZXJpY0xpbnV4KHsgXCJ1cy1lYXN0LTFcIjogXCJhbWktLi4uXCIgfSkgd2l0aCB0aGUgUm9ja3kgTGludXggOSBpbWFnZSBvZiB5b3VyIHJlZ2lvbiAoUm9ja3lcXCdzIEFNSXMgYXJlIGxpc3RlZCBhdCBodHRwczovL3JvY2t5bGludXgub3JnL2Rvd25sb2FkKSwgb3IgeW91ciBvd24gaGFyZGVuZWQgaW1hZ2UnLFxuICAgICAgICAnbWFjaGluZS1pbWFnZS1yZXF1aXJlZCcpO1xuICAgIGNhc2UgT3BlcmF0aW5nU3lzdGVtLkFNSV9CQVNFRDoge1xuICAgICAgY29uc3QgYW1pcyA9IHRlbXBsYXRlLmRlZmluaXRpb24uYW1pQ29uZmlnPy5hbWlzID8/IHt9O1xuICAgICAgY29uc3QgYnlSZWdpb246IHsgW3JlZ2lvbjogc3RyaW5nXTogc3RyaW5nIH0gPSB7fTtcbiAgICAgIGZvciAoY29uc3QgW3JlZ2lvbiwgcGVyQXJjaF0gb2YgT2JqZWN0LmVudHJpZXMoYW1pcykpIHtcbiAgICAgICAgY29uc3QgYW1pID0gcGVyQXJjaFthcmNoXSA/PyAoYXJjaCA9PT0gQXJjaGl0ZWN0dXJlLlg4Nl82NCA/IHBlckFyY2guYW1kNjQgOiBwZXJBcmNoLmFhcmNoNjQpO1xuICAgICAgICBpZiAoYW1pKSBieVJlZ2lvbltyZWdpb25dID0gYW1pO1xuICAgICAgfVxuICAgICAgaWYgKE9iamVjdC5rZXlzKGJ5UmVnaW9uKS5sZW5ndGggPT09IDApIHtcbiAgICAgICAgcmV0dXJuIGJhZFByb3Aoc2NvcGUsICdtYWNoaW5lSW1hZ2UnLCB1bmRlZmluZWQsXG4gICAgICAgICAgYHRlbXBsYXRlIFwiJHt0ZW1wbGF0ZS5zbHVnfVwiIGlzIGFtaS1iYXNlZCBidXQgaXRzIGFtaV9jb25maWcgbmFtZXMgbm8gJHthcmNofSBpbWFnZWAsXG4gICAgICAgICAgYGFkZCBhbWlfY29uZmlnLmFtaXMuPHJlZ2lvbj4uJHthcmNofTogYW1pLS4uLiB0byB0aGUgdGVtcGxhdGUsIG9yIHBhc3MgbWFjaGluZUltYWdlYCwgJ21hY2hpbmUtaW1hZ2UtcmVxdWlyZWQnKTtcbiAgICAgIH1cbiAgICAgIHJldHVybiBlYzIuTWFjaGluZUltYWdlLmdlbmVyaWNMaW51eChieVJlZ2lvbik7XG4gICAgfVxuICAgIGRlZmF1bHQ6XG4gICAgICByZXR1cm4gYmFkUHJvcChzY29wZSwgJ21hY2hpbmVJbWFnZScsIHRlbXBsYXRlLm9zLCBgbm8gcHVibGljIGltYWdlIGlzIGtub3duIGZvciBvcGVyYXRpbmcgc3lzdGVtICR7dGVtcGxhdGUub3N9YCwgJ3Bhc3MgbWFjaGluZUltYWdlJywgJ21hY2hpbmUtaW1hZ2UtcmVxdWlyZWQnKTtcbiAgfVxufVxuIl19