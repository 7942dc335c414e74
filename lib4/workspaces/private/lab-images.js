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
exports.PARENT_IMAGE_FORMS = exports.PARENT_IMAGE_REQUIRED = exports.PARENT_IMAGE_OPERATING_SYSTEMS = void 0;
exports.labBakesTemplate = labBakesTemplate;
exports.templateUsesSpack = templateUsesSpack;
exports.parentImageReferenceProblem = parentImageReferenceProblem;
exports.spackMirrorProblem = spackMirrorProblem;
exports.s3MirrorLocation = s3MirrorLocation;
exports.labImageParameterPrefix = labImageParameterPrefix;
exports.httpsMirrorHost = httpsMirrorHost;
exports.rockyParentFix = rockyParentFix;
exports.parentImagesProblems = parentImagesProblems;
/**
 * Which workspaces of an AWS lab file boot a baked image (lab.yaml `images:`), and the name of
 * the parameter each one reads. One place for both LabStack (which builds the images) and
 * `rws lab plan-upgrade` (which says which workspace moves to which image), so they cannot
 * disagree.
 */
const crypto = __importStar(require("crypto"));
const catalog_1 = require("../catalog");
const sizes_1 = require("../sizes");
const template_1 = require("../template");
/**
 * Whether the lab bakes the template of a workspace: it has `images:` (naming the template, or
 * naming none), the template installs its software (not ami-based: its image is given), and the
 * workspace does not name its own image (`amis:`). A Rocky Linux 9 template is baked too: its
 * parent image comes from `images.parent_images` (LabStack refuses the lab without one).
 */
function labBakesTemplate(images, template, workspaceHasAmis) {
    if (!images || workspaceHasAmis || template.packageManager === template_1.PackageManager.AMI || template.os === template_1.OperatingSystem.AMI_BASED)
        return false;
    return !images.templates || images.templates.includes(template.slug);
}
/** Whether the bake of a template builds spack packages (its build network must reach spack's mirror). */
function templateUsesSpack(template) {
    return (template.definition.packages?.spack ?? []).length > 0;
}
/**
 * Operating systems an image can be baked on, the keys of `images.parent_images` (ami-based
 * templates are not baked). Rocky Linux 9 publishes no public image parameter: its parent must
 * be given; for the others a given parent replaces the public one.
 */
exports.PARENT_IMAGE_OPERATING_SYSTEMS = Object.values(template_1.OperatingSystem)
    .filter((o) => o !== template_1.OperatingSystem.AMI_BASED);
/** Operating systems without a public image parameter to bake from: a lab that bakes them names the parent. */
exports.PARENT_IMAGE_REQUIRED = [template_1.OperatingSystem.ROCKY_9];
/** The three ways to name a parent image that EC2 Image Builder's recipe takes. */
exports.PARENT_IMAGE_FORMS = 'an AMI id (ami-0123456789abcdef0), an SSM parameter holding one (ssm:/rws/parent-images/rocky-9/x86_64, resolved by Image Builder at each build) or an Image Builder image ARN';
/**
 * What is wrong with a parent image reference, or undefined: an AMI id, `ssm:` and a parameter
 * name or ARN, or an Image Builder image ARN (`arn:aws:imagebuilder:<region>:<account or aws>:image/<name>/<version>`).
 */
function parentImageReferenceProblem(ref) {
    if (/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(ref))
        return undefined;
    if (ref.startsWith('ssm:')) {
        const name = ref.slice(4);
        if (/^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/[A-Za-z0-9_.\/-]{1,2047}$/.test(name))
            return undefined;
        if (name.length <= 2048 && /^\/?[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(name))
            return undefined;
        return 'not an SSM parameter name or ARN after ssm: (letters, digits, _ . - and / between the levels)';
    }
    if (ref.startsWith('arn:')) {
        if (/^arn:aws[a-z-]*:imagebuilder:[a-z0-9-]+:(\d{12}|aws):image\/[a-z0-9_-]+\/(\d+|x)\.(\d+|x)\.(\d+|x)(\/\d+)?$/.test(ref))
            return undefined;
        return 'an ARN that is not an Image Builder image (arn:aws:imagebuilder:<region>:<account or aws>:image/<name>/<version>)';
    }
    return 'not an AMI id, ssm: parameter or Image Builder image ARN';
}
/**
 * What is wrong with the URL of a spack mirror, or undefined: `https://` (a web server or
 * object store the build network reaches), `s3://bucket/prefix` (a bucket of the lab's account
 * and region, read through the S3 gateway endpoint with the build role), or `file://` (a path
 * the parent image carries).
 */
function spackMirrorProblem(url) {
    if (httpsMirrorHost(url))
        return undefined;
    if (s3MirrorLocation(url))
        return undefined;
    if (/^file:\/\/\/[A-Za-z0-9._\/-]+$/.test(url))
        return undefined;
    if (url.startsWith('s3://'))
        return 'not an S3 location (s3://bucket-name/prefix: a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens)';
    return 'not an https://, s3:// or file:/// URL';
}
/** The bucket and prefix (without a trailing /, maybe empty) of an `s3://` spack mirror. */
function s3MirrorLocation(url) {
    const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[A-Za-z0-9_.\/-]*)?$/.exec(url);
    if (!m)
        return undefined;
    return { bucket: m[1], prefix: (m[2] ?? '').replace(/^\/+|\/+$/g, '') };
}
function sortedJson(values) {
    return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
}
/**
 * Prefix of the image parameters of a lab: `/rws/<lab>/images` for a template with its default
 * parameter values on its default architecture (so `/rws/<lab>/images/<slug>/<version>`), and
 * `/rws/<lab>/images/<variant>` for another architecture (`arm64`) or other parameter values
 * (`p-` and 8 hex digits of their hash), so that two images of one template version never
 * write the same parameter.
 */
function labImageParameterPrefix(labName, catalog, template, architecture) {
    const base = `/rws/${labName}/images`;
    let plain;
    try {
        plain = catalog.resolve(template.slug);
    }
    catch {
        plain = undefined; // a parameter without a default: every image of the template is a variant
    }
    const variant = [];
    if (architecture !== catalog_1.TemplateCatalog.defaultArchitecture(plain ?? template))
        variant.push(architecture);
    const values = sortedJson(template.parameterValues);
    if (!plain || values !== sortedJson(plain.parameterValues)) {
        variant.push(`p-${crypto.createHash('sha256').update(values).digest('hex').slice(0, 8)}`);
    }
    return variant.length ? `${base}/${variant.join('-')}` : base;
}
/** The host of an `https://` spack mirror (which the build network's proxy must allow), else undefined. */
function httpsMirrorHost(url) {
    const m = /^https:\/\/([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)(:\d+)?(\/[A-Za-z0-9._~%+,=:@\/-]*)?$/.exec(url);
    return m ? m[1].toLowerCase() : undefined;
}
/**
 * How to give a Rocky Linux 9 bake its parent: Rocky publishes its official AMIs (no public SSM
 * parameter), so the institution keeps the AMI id in a parameter of its own that Image Builder
 * reads at each build. `field` is where it goes (`parentImageReference`, or the lab file's field).
 */
function rockyParentFix(field, arch) {
    const name = `/rws/parent-images/rocky-9/${arch}`;
    const rockyArch = arch === 'arm64' ? 'aarch64' : 'x86_64';
    return 'put the id of Rocky Linux 9\'s official AMI for the lab\'s region into an SSM parameter (the AMIs are listed at https://rockylinux.org/download; '
        + `aws ec2 describe-images --owners 792107900819 --filters 'Name=name,Values=Rocky-9-EC2-Base-9.*${rockyArch}' finds them), e.g. `
        + `aws ssm put-parameter --name ${name} --type String --data-type aws:ec2:image --value ami-..., then give ${field}: ssm:${name} `
        + '(Image Builder reads it at each build: update the parameter to move the rebuilds to a newer Rocky image); an AMI id works too';
}
/**
 * The problems of `images.parent_images` (operating system, then architecture, then a
 * reference): an operating system that is not baked (ami-based) or unknown, an architecture
 * that is not x86_64 or arm64, a reference in none of the three forms. A given parent for an
 * operating system with a public image replaces that image (an institution's hardened build).
 */
function parentImagesProblems(map) {
    const out = [];
    if (map === undefined || map === null)
        return out;
    if (typeof map !== 'object' || Array.isArray(map)) {
        return [{ at: [], code: 'wrong-type', message: 'expected a mapping of operating systems to architectures', value: map, fix: 'write e.g. parent_images: { rocky-9: { x86_64: "ssm:/rws/parent-images/rocky-9/x86_64" } }' }];
    }
    const oses = exports.PARENT_IMAGE_OPERATING_SYSTEMS;
    const arches = Object.values(sizes_1.Architecture);
    for (const [os, perArch] of Object.entries(map)) {
        if (!oses.includes(os)) {
            out.push(os === template_1.OperatingSystem.AMI_BASED
                ? { at: [os], code: 'invalid-value', message: 'ami-based templates are not baked: their image is given in the template\'s ami_config', value: os, fix: `remove it; parent images are for ${oses.join(', ')}` }
                : { at: [os], code: 'invalid-value', message: 'not an operating system a template is baked on', value: os, fix: `write one of ${oses.join(', ')} (a template's base)` });
            continue;
        }
        if (perArch === null || typeof perArch !== 'object' || Array.isArray(perArch)) {
            out.push({ at: [os], code: 'wrong-type', message: 'expected a mapping of architectures to parent images', value: perArch, fix: `write e.g. ${os}: { x86_64: "ssm:/rws/parent-images/${os}/x86_64" }` });
            continue;
        }
        for (const [arch, ref] of Object.entries(perArch)) {
            if (!arches.includes(arch)) {
                out.push({ at: [os, arch], code: 'invalid-value', message: 'not an architecture', value: arch, fix: `write ${arches.join(' or ')}` });
                continue;
            }
            const problem = typeof ref === 'string' ? parentImageReferenceProblem(ref) : 'expected text';
            if (problem)
                out.push({ at: [os, arch], code: 'invalid-parent-image', message: problem, value: ref, fix: `write ${exports.PARENT_IMAGE_FORMS}` });
        }
    }
    return out;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibGFiLWltYWdlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3ByaXZhdGUvbGFiLWltYWdlcy50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUF1QkEsNENBR0M7QUFHRCw4Q0FFQztBQW9CRCxrRUFhQztBQVFELGdEQU1DO0FBR0QsNENBSUM7QUFhRCwwREFlQztBQUdELDBDQUdDO0FBT0Qsd0NBT0M7QUFpQkQsb0RBNkJDO0FBbkxEOzs7OztHQUtHO0FBQ0gsK0NBQWlDO0FBQ2pDLHdDQUErRDtBQUMvRCxvQ0FBd0M7QUFDeEMsMENBQThEO0FBUTlEOzs7OztHQUtHO0FBQ0gsU0FBZ0IsZ0JBQWdCLENBQUMsTUFBc0MsRUFBRSxRQUEwQixFQUFFLGdCQUF5QjtJQUM1SCxJQUFJLENBQUMsTUFBTSxJQUFJLGdCQUFnQixJQUFJLFFBQVEsQ0FBQyxjQUFjLEtBQUsseUJBQWMsQ0FBQyxHQUFHLElBQUksUUFBUSxDQUFDLEVBQUUsS0FBSywwQkFBZSxDQUFDLFNBQVM7UUFBRSxPQUFPLEtBQUssQ0FBQztJQUM3SSxPQUFPLENBQUMsTUFBTSxDQUFDLFNBQVMsSUFBSSxNQUFNLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUM7QUFDdkUsQ0FBQztBQUVELDBHQUEwRztBQUMxRyxTQUFnQixpQkFBaUIsQ0FBQyxRQUEwQjtJQUMxRCxPQUFPLENBQUMsUUFBUSxDQUFDLFVBQVUsQ0FBQyxRQUFRLEVBQUUsS0FBSyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUM7QUFDaEUsQ0FBQztBQUVEOzs7O0dBSUc7QUFDVSxRQUFBLDhCQUE4QixHQUErQixNQUFNLENBQUMsTUFBTSxDQUFDLDBCQUFlLENBQUM7S0FDckcsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssMEJBQWUsQ0FBQyxTQUFTLENBQUMsQ0FBQztBQUVsRCwrR0FBK0c7QUFDbEcsUUFBQSxxQkFBcUIsR0FBK0IsQ0FBQywwQkFBZSxDQUFDLE9BQU8sQ0FBQyxDQUFDO0FBRTNGLG1GQUFtRjtBQUN0RSxRQUFBLGtCQUFrQixHQUFHLGdMQUFnTCxDQUFDO0FBRW5OOzs7R0FHRztBQUNILFNBQWdCLDJCQUEyQixDQUFDLEdBQVc7SUFDckQsSUFBSSxrQ0FBa0MsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDbkUsSUFBSSxHQUFHLENBQUMsVUFBVSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7UUFDM0IsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMxQixJQUFJLDRFQUE0RSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUM5RyxJQUFJLElBQUksQ0FBQyxNQUFNLElBQUksSUFBSSxJQUFJLDBDQUEwQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUNuRyxPQUFPLCtGQUErRixDQUFDO0lBQ3pHLENBQUM7SUFDRCxJQUFJLEdBQUcsQ0FBQyxVQUFVLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQztRQUMzQixJQUFJLDZHQUE2RyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7WUFBRSxPQUFPLFNBQVMsQ0FBQztRQUM5SSxPQUFPLG1IQUFtSCxDQUFDO0lBQzdILENBQUM7SUFDRCxPQUFPLDBEQUEwRCxDQUFDO0FBQ3BFLENBQUM7QUFFRDs7Ozs7R0FLRztBQUNILFNBQWdCLGtCQUFrQixDQUFDLEdBQVc7SUFDNUMsSUFBSSxlQUFlLENBQUMsR0FBRyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDM0MsSUFBSSxnQkFBZ0IsQ0FBQyxHQUFHLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUM1QyxJQUFJLGdDQUFnQyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUNqRSxJQUFJLEdBQUcsQ0FBQyxVQUFVLENBQUMsT0FBTyxDQUFDO1FBQUUsT0FBTyxvSEFBb0gsQ0FBQztJQUN6SixPQUFPLHdDQUF3QyxDQUFDO0FBQ2xELENBQUM7QUFFRCw0RkFBNEY7QUFDNUYsU0FBZ0IsZ0JBQWdCLENBQUMsR0FBVztJQUMxQyxNQUFNLENBQUMsR0FBRyxtRUFBbUUsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDeEYsSUFBSSxDQUFDLENBQUM7UUFBRSxPQUFPLFNBQVMsQ0FBQztJQUN6QixPQUFPLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLFlBQVksRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDO0FBQzFFLENBQUM7QUFFRCxTQUFTLFVBQVUsQ0FBQyxNQUErQjtJQUNqRCxPQUFPLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUMvRSxDQUFDO0FBRUQ7Ozs7OztHQU1HO0FBQ0gsU0FBZ0IsdUJBQXVCLENBQUMsT0FBZSxFQUFFLE9BQXdCLEVBQUUsUUFBMEIsRUFBRSxZQUEwQjtJQUN2SSxNQUFNLElBQUksR0FBRyxRQUFRLE9BQU8sU0FBUyxDQUFDO0lBQ3RDLElBQUksS0FBbUMsQ0FBQztJQUN4QyxJQUFJLENBQUM7UUFDSCxLQUFLLEdBQUcsT0FBTyxDQUFDLE9BQU8sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDekMsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLEtBQUssR0FBRyxTQUFTLENBQUMsQ0FBQywwRUFBMEU7SUFDL0YsQ0FBQztJQUNELE1BQU0sT0FBTyxHQUFhLEVBQUUsQ0FBQztJQUM3QixJQUFJLFlBQVksS0FBSyx5QkFBZSxDQUFDLG1CQUFtQixDQUFDLEtBQUssSUFBSSxRQUFRLENBQUM7UUFBRSxPQUFPLENBQUMsSUFBSSxDQUFDLFlBQVksQ0FBQyxDQUFDO0lBQ3hHLE1BQU0sTUFBTSxHQUFHLFVBQVUsQ0FBQyxRQUFRLENBQUMsZUFBZSxDQUFDLENBQUM7SUFDcEQsSUFBSSxDQUFDLEtBQUssSUFBSSxNQUFNLEtBQUssVUFBVSxDQUFDLEtBQUssQ0FBQyxlQUFlLENBQUMsRUFBRSxDQUFDO1FBQzNELE9BQU8sQ0FBQyxJQUFJLENBQUMsS0FBSyxNQUFNLENBQUMsVUFBVSxDQUFDLFFBQVEsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDNUYsQ0FBQztJQUNELE9BQU8sT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLElBQUksT0FBTyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUM7QUFDaEUsQ0FBQztBQUVELDJHQUEyRztBQUMzRyxTQUFnQixlQUFlLENBQUMsR0FBVztJQUN6QyxNQUFNLENBQUMsR0FBRyxtRkFBbUYsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDeEcsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0FBQzVDLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IsY0FBYyxDQUFDLEtBQWEsRUFBRSxJQUFZO0lBQ3hELE1BQU0sSUFBSSxHQUFHLDhCQUE4QixJQUFJLEVBQUUsQ0FBQztJQUNsRCxNQUFNLFNBQVMsR0FBRyxJQUFJLEtBQUssT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQztJQUMxRCxPQUFPLG1KQUFtSjtVQUN0SixpR0FBaUcsU0FBUyxzQkFBc0I7VUFDaEksZ0NBQWdDLElBQUksdUVBQXVFLEtBQUssU0FBUyxJQUFJLEdBQUc7VUFDaEksK0hBQStILENBQUM7QUFDdEksQ0FBQztBQVdEOzs7OztHQUtHO0FBQ0gsU0FBZ0Isb0JBQW9CLENBQUMsR0FBWTtJQUMvQyxNQUFNLEdBQUcsR0FBMEIsRUFBRSxDQUFDO0lBQ3RDLElBQUksR0FBRyxLQUFLLFNBQVMsSUFBSSxHQUFHLEtBQUssSUFBSTtRQUFFLE9BQU8sR0FBRyxDQUFDO0lBQ2xELElBQUksT0FBTyxHQUFHLEtBQUssUUFBUSxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUNsRCxPQUFPLENBQUMsRUFBRSxFQUFFLEVBQUUsRUFBRSxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsT0FBTyxFQUFFLDBEQUEwRCxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLDRGQUE0RixFQUFFLENBQUMsQ0FBQztJQUM5TixDQUFDO0lBQ0QsTUFBTSxJQUFJLEdBQUcsc0NBQW1ELENBQUM7SUFDakUsTUFBTSxNQUFNLEdBQUcsTUFBTSxDQUFDLE1BQU0sQ0FBQyxvQkFBWSxDQUFhLENBQUM7SUFDdkQsS0FBSyxNQUFNLENBQUMsRUFBRSxFQUFFLE9BQU8sQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztRQUNoRCxJQUFJLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDO1lBQ3ZCLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxLQUFLLDBCQUFlLENBQUMsU0FBUztnQkFDdkMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsdUZBQXVGLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsb0NBQW9DLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRTtnQkFDOU0sQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsZ0RBQWdELEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxHQUFHLEVBQUUsZ0JBQWdCLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLHNCQUFzQixFQUFFLENBQUMsQ0FBQztZQUMzSyxTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksT0FBTyxLQUFLLElBQUksSUFBSSxPQUFPLE9BQU8sS0FBSyxRQUFRLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQzlFLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSxzREFBc0QsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEdBQUcsRUFBRSxjQUFjLEVBQUUsdUNBQXVDLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQztZQUN4TSxTQUFTO1FBQ1gsQ0FBQztRQUNELEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFDLE9BQWlCLENBQUMsRUFBRSxDQUFDO1lBQzVELElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7Z0JBQzNCLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUscUJBQXFCLEVBQUUsS0FBSyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsU0FBUyxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUN0SSxTQUFTO1lBQ1gsQ0FBQztZQUNELE1BQU0sT0FBTyxHQUFHLE9BQU8sR0FBRyxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMsMkJBQTJCLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLGVBQWUsQ0FBQztZQUM3RixJQUFJLE9BQU87Z0JBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsc0JBQXNCLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxTQUFTLDBCQUFrQixFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBQzVJLENBQUM7SUFDSCxDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBXaGljaCB3b3Jrc3BhY2VzIG9mIGFuIEFXUyBsYWIgZmlsZSBib290IGEgYmFrZWQgaW1hZ2UgKGxhYi55YW1sIGBpbWFnZXM6YCksIGFuZCB0aGUgbmFtZSBvZlxuICogdGhlIHBhcmFtZXRlciBlYWNoIG9uZSByZWFkcy4gT25lIHBsYWNlIGZvciBib3RoIExhYlN0YWNrICh3aGljaCBidWlsZHMgdGhlIGltYWdlcykgYW5kXG4gKiBgcndzIGxhYiBwbGFuLXVwZ3JhZGVgICh3aGljaCBzYXlzIHdoaWNoIHdvcmtzcGFjZSBtb3ZlcyB0byB3aGljaCBpbWFnZSksIHNvIHRoZXkgY2Fubm90XG4gKiBkaXNhZ3JlZS5cbiAqL1xuaW1wb3J0ICogYXMgY3J5cHRvIGZyb20gJ2NyeXB0byc7XG5pbXBvcnQgeyBSZXNvbHZlZFRlbXBsYXRlLCBUZW1wbGF0ZUNhdGFsb2cgfSBmcm9tICcuLi9jYXRhbG9nJztcbmltcG9ydCB7IEFyY2hpdGVjdHVyZSB9IGZyb20gJy4uL3NpemVzJztcbmltcG9ydCB7IE9wZXJhdGluZ1N5c3RlbSwgUGFja2FnZU1hbmFnZXIgfSBmcm9tICcuLi90ZW1wbGF0ZSc7XG5cbi8qKiBUaGUgcGFydCBvZiBsYWIueWFtbCBgaW1hZ2VzOmAgdGhhdCBkZWNpZGVzIHdoYXQgaXMgYmFrZWQuICovXG5leHBvcnQgaW50ZXJmYWNlIExhYkltYWdlc1NlbGVjdGlvbiB7XG4gIC8qKiBUZW1wbGF0ZXMgdG8gYmFrZSAoc2x1Z3MpOyBldmVyeSB0ZW1wbGF0ZSBvZiB0aGUgbGFiJ3Mgd29ya3NwYWNlcyB3aGVuIGFic2VudC4gKi9cbiAgcmVhZG9ubHkgdGVtcGxhdGVzPzogc3RyaW5nW107XG59XG5cbi8qKlxuICogV2hldGhlciB0aGUgbGFiIGJha2VzIHRoZSB0ZW1wbGF0ZSBvZiBhIHdvcmtzcGFjZTogaXQgaGFzIGBpbWFnZXM6YCAobmFtaW5nIHRoZSB0ZW1wbGF0ZSwgb3JcbiAqIG5hbWluZyBub25lKSwgdGhlIHRlbXBsYXRlIGluc3RhbGxzIGl0cyBzb2Z0d2FyZSAobm90IGFtaS1iYXNlZDogaXRzIGltYWdlIGlzIGdpdmVuKSwgYW5kIHRoZVxuICogd29ya3NwYWNlIGRvZXMgbm90IG5hbWUgaXRzIG93biBpbWFnZSAoYGFtaXM6YCkuIEEgUm9ja3kgTGludXggOSB0ZW1wbGF0ZSBpcyBiYWtlZCB0b286IGl0c1xuICogcGFyZW50IGltYWdlIGNvbWVzIGZyb20gYGltYWdlcy5wYXJlbnRfaW1hZ2VzYCAoTGFiU3RhY2sgcmVmdXNlcyB0aGUgbGFiIHdpdGhvdXQgb25lKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhYkJha2VzVGVtcGxhdGUoaW1hZ2VzOiBMYWJJbWFnZXNTZWxlY3Rpb24gfCB1bmRlZmluZWQsIHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlLCB3b3Jrc3BhY2VIYXNBbWlzOiBib29sZWFuKTogYm9vbGVhbiB7XG4gIGlmICghaW1hZ2VzIHx8IHdvcmtzcGFjZUhhc0FtaXMgfHwgdGVtcGxhdGUucGFja2FnZU1hbmFnZXIgPT09IFBhY2thZ2VNYW5hZ2VyLkFNSSB8fCB0ZW1wbGF0ZS5vcyA9PT0gT3BlcmF0aW5nU3lzdGVtLkFNSV9CQVNFRCkgcmV0dXJuIGZhbHNlO1xuICByZXR1cm4gIWltYWdlcy50ZW1wbGF0ZXMgfHwgaW1hZ2VzLnRlbXBsYXRlcy5pbmNsdWRlcyh0ZW1wbGF0ZS5zbHVnKTtcbn1cblxuLyoqIFdoZXRoZXIgdGhlIGJha2Ugb2YgYSB0ZW1wbGF0ZSBidWlsZHMgc3BhY2sgcGFja2FnZXMgKGl0cyBidWlsZCBuZXR3b3JrIG11c3QgcmVhY2ggc3BhY2sncyBtaXJyb3IpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRlbXBsYXRlVXNlc1NwYWNrKHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlKTogYm9vbGVhbiB7XG4gIHJldHVybiAodGVtcGxhdGUuZGVmaW5pdGlvbi5wYWNrYWdlcz8uc3BhY2sgPz8gW10pLmxlbmd0aCA+IDA7XG59XG5cbi8qKlxuICogT3BlcmF0aW5nIHN5c3RlbXMgYW4gaW1hZ2UgY2FuIGJlIGJha2VkIG9uLCB0aGUga2V5cyBvZiBgaW1hZ2VzLnBhcmVudF9pbWFnZXNgIChhbWktYmFzZWRcbiAqIHRlbXBsYXRlcyBhcmUgbm90IGJha2VkKS4gUm9ja3kgTGludXggOSBwdWJsaXNoZXMgbm8gcHVibGljIGltYWdlIHBhcmFtZXRlcjogaXRzIHBhcmVudCBtdXN0XG4gKiBiZSBnaXZlbjsgZm9yIHRoZSBvdGhlcnMgYSBnaXZlbiBwYXJlbnQgcmVwbGFjZXMgdGhlIHB1YmxpYyBvbmUuXG4gKi9cbmV4cG9ydCBjb25zdCBQQVJFTlRfSU1BR0VfT1BFUkFUSU5HX1NZU1RFTVM6IHJlYWRvbmx5IE9wZXJhdGluZ1N5c3RlbVtdID0gT2JqZWN0LnZhbHVlcyhPcGVyYXRpbmdTeXN0ZW0pXG4gIC5maWx0ZXIoKG8pID0+IG8gIT09IE9wZXJhdGluZ1N5c3RlbS5BTUlfQkFTRUQpO1xuXG4vKiogT3BlcmF0aW5nIHN5c3RlbXMgd2l0aG91dCBhIHB1YmxpYyBpbWFnZSBwYXJhbWV0ZXIgdG8gYmFrZSBmcm9tOiBhIGxhYiB0aGF0IGJha2VzIHRoZW0gbmFtZXMgdGhlIHBhcmVudC4gKi9cbmV4cG9ydCBjb25zdCBQQVJFTlRfSU1BR0VfUkVRVUlSRUQ6IHJlYWRvbmx5IE9wZXJhdGluZ1N5c3RlbVtdID0gW09wZXJhdGluZ1N5c3RlbS5ST0NLWV85XTtcblxuLyoqIFRoZSB0aHJlZSB3YXlzIHRvIG5hbWUgYSBwYXJlbnQgaW1hZ2UgdGhhdCBFQzIgSW1hZ2UgQnVpbGRlcidzIHJlY2lwZSB0YWtlcy4gKi9cbmV4cG9ydCBjb25zdCBQQVJFTlRfSU1BR0VfRk9STVMgPSAnYW4gQU1JIGlkIChhbWktMDEyMzQ1Njc4OWFiY2RlZjApLCBhbiBTU00gcGFyYW1ldGVyIGhvbGRpbmcgb25lIChzc206L3J3cy9wYXJlbnQtaW1hZ2VzL3JvY2t5LTkveDg2XzY0LCByZXNvbHZlZCBieSBJbWFnZSBCdWlsZGVyIGF0IGVhY2ggYnVpbGQpIG9yIGFuIEltYWdlIEJ1aWxkZXIgaW1hZ2UgQVJOJztcblxuLyoqXG4gKiBXaGF0IGlzIHdyb25nIHdpdGggYSBwYXJlbnQgaW1hZ2UgcmVmZXJlbmNlLCBvciB1bmRlZmluZWQ6IGFuIEFNSSBpZCwgYHNzbTpgIGFuZCBhIHBhcmFtZXRlclxuICogbmFtZSBvciBBUk4sIG9yIGFuIEltYWdlIEJ1aWxkZXIgaW1hZ2UgQVJOIChgYXJuOmF3czppbWFnZWJ1aWxkZXI6PHJlZ2lvbj46PGFjY291bnQgb3IgYXdzPjppbWFnZS88bmFtZT4vPHZlcnNpb24+YCkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJlbnRJbWFnZVJlZmVyZW5jZVByb2JsZW0ocmVmOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoL15hbWktKFswLTlhLWZdezh9fFswLTlhLWZdezE3fSkkLy50ZXN0KHJlZikpIHJldHVybiB1bmRlZmluZWQ7XG4gIGlmIChyZWYuc3RhcnRzV2l0aCgnc3NtOicpKSB7XG4gICAgY29uc3QgbmFtZSA9IHJlZi5zbGljZSg0KTtcbiAgICBpZiAoL15hcm46YXdzW2Etei1dKjpzc206W2EtejAtOS1dKzpcXGR7MTJ9OnBhcmFtZXRlclxcL1tBLVphLXowLTlfLlxcLy1dezEsMjA0N30kLy50ZXN0KG5hbWUpKSByZXR1cm4gdW5kZWZpbmVkO1xuICAgIGlmIChuYW1lLmxlbmd0aCA8PSAyMDQ4ICYmIC9eXFwvP1tBLVphLXowLTlfLi1dKyhcXC9bQS1aYS16MC05Xy4tXSspKiQvLnRlc3QobmFtZSkpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgcmV0dXJuICdub3QgYW4gU1NNIHBhcmFtZXRlciBuYW1lIG9yIEFSTiBhZnRlciBzc206IChsZXR0ZXJzLCBkaWdpdHMsIF8gLiAtIGFuZCAvIGJldHdlZW4gdGhlIGxldmVscyknO1xuICB9XG4gIGlmIChyZWYuc3RhcnRzV2l0aCgnYXJuOicpKSB7XG4gICAgaWYgKC9eYXJuOmF3c1thLXotXSo6aW1hZ2VidWlsZGVyOlthLXowLTktXSs6KFxcZHsxMn18YXdzKTppbWFnZVxcL1thLXowLTlfLV0rXFwvKFxcZCt8eClcXC4oXFxkK3x4KVxcLihcXGQrfHgpKFxcL1xcZCspPyQvLnRlc3QocmVmKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICByZXR1cm4gJ2FuIEFSTiB0aGF0IGlzIG5vdCBhbiBJbWFnZSBCdWlsZGVyIGltYWdlIChhcm46YXdzOmltYWdlYnVpbGRlcjo8cmVnaW9uPjo8YWNjb3VudCBvciBhd3M+OmltYWdlLzxuYW1lPi88dmVyc2lvbj4pJztcbiAgfVxuICByZXR1cm4gJ25vdCBhbiBBTUkgaWQsIHNzbTogcGFyYW1ldGVyIG9yIEltYWdlIEJ1aWxkZXIgaW1hZ2UgQVJOJztcbn1cblxuLyoqXG4gKiBXaGF0IGlzIHdyb25nIHdpdGggdGhlIFVSTCBvZiBhIHNwYWNrIG1pcnJvciwgb3IgdW5kZWZpbmVkOiBgaHR0cHM6Ly9gIChhIHdlYiBzZXJ2ZXIgb3JcbiAqIG9iamVjdCBzdG9yZSB0aGUgYnVpbGQgbmV0d29yayByZWFjaGVzKSwgYHMzOi8vYnVja2V0L3ByZWZpeGAgKGEgYnVja2V0IG9mIHRoZSBsYWIncyBhY2NvdW50XG4gKiBhbmQgcmVnaW9uLCByZWFkIHRocm91Z2ggdGhlIFMzIGdhdGV3YXkgZW5kcG9pbnQgd2l0aCB0aGUgYnVpbGQgcm9sZSksIG9yIGBmaWxlOi8vYCAoYSBwYXRoXG4gKiB0aGUgcGFyZW50IGltYWdlIGNhcnJpZXMpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gc3BhY2tNaXJyb3JQcm9ibGVtKHVybDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKGh0dHBzTWlycm9ySG9zdCh1cmwpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoczNNaXJyb3JMb2NhdGlvbih1cmwpKSByZXR1cm4gdW5kZWZpbmVkO1xuICBpZiAoL15maWxlOlxcL1xcL1xcL1tBLVphLXowLTkuX1xcLy1dKyQvLnRlc3QodXJsKSkgcmV0dXJuIHVuZGVmaW5lZDtcbiAgaWYgKHVybC5zdGFydHNXaXRoKCdzMzovLycpKSByZXR1cm4gJ25vdCBhbiBTMyBsb2NhdGlvbiAoczM6Ly9idWNrZXQtbmFtZS9wcmVmaXg6IGEgYnVja2V0IG5hbWUgb2YgMyB0byA2MyBsb3dlcmNhc2UgbGV0dGVycywgZGlnaXRzLCBkb3RzIGFuZCBoeXBoZW5zKSc7XG4gIHJldHVybiAnbm90IGFuIGh0dHBzOi8vLCBzMzovLyBvciBmaWxlOi8vLyBVUkwnO1xufVxuXG4vKiogVGhlIGJ1Y2tldCBhbmQgcHJlZml4ICh3aXRob3V0IGEgdHJhaWxpbmcgLywgbWF5YmUgZW1wdHkpIG9mIGFuIGBzMzovL2Agc3BhY2sgbWlycm9yLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHMzTWlycm9yTG9jYXRpb24odXJsOiBzdHJpbmcpOiB7IGJ1Y2tldDogc3RyaW5nOyBwcmVmaXg6IHN0cmluZyB9IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IC9eczM6XFwvXFwvKFthLXowLTldW2EtejAtOS4tXXsxLDYxfVthLXowLTldKShcXC9bQS1aYS16MC05Xy5cXC8tXSopPyQvLmV4ZWModXJsKTtcbiAgaWYgKCFtKSByZXR1cm4gdW5kZWZpbmVkO1xuICByZXR1cm4geyBidWNrZXQ6IG1bMV0sIHByZWZpeDogKG1bMl0gPz8gJycpLnJlcGxhY2UoL15cXC8rfFxcLyskL2csICcnKSB9O1xufVxuXG5mdW5jdGlvbiBzb3J0ZWRKc29uKHZhbHVlczogeyBbazogc3RyaW5nXTogc3RyaW5nIH0pOiBzdHJpbmcge1xuICByZXR1cm4gSlNPTi5zdHJpbmdpZnkoT2JqZWN0LmtleXModmFsdWVzKS5zb3J0KCkubWFwKChrKSA9PiBbaywgdmFsdWVzW2tdXSkpO1xufVxuXG4vKipcbiAqIFByZWZpeCBvZiB0aGUgaW1hZ2UgcGFyYW1ldGVycyBvZiBhIGxhYjogYC9yd3MvPGxhYj4vaW1hZ2VzYCBmb3IgYSB0ZW1wbGF0ZSB3aXRoIGl0cyBkZWZhdWx0XG4gKiBwYXJhbWV0ZXIgdmFsdWVzIG9uIGl0cyBkZWZhdWx0IGFyY2hpdGVjdHVyZSAoc28gYC9yd3MvPGxhYj4vaW1hZ2VzLzxzbHVnPi88dmVyc2lvbj5gKSwgYW5kXG4gKiBgL3J3cy88bGFiPi9pbWFnZXMvPHZhcmlhbnQ+YCBmb3IgYW5vdGhlciBhcmNoaXRlY3R1cmUgKGBhcm02NGApIG9yIG90aGVyIHBhcmFtZXRlciB2YWx1ZXNcbiAqIChgcC1gIGFuZCA4IGhleCBkaWdpdHMgb2YgdGhlaXIgaGFzaCksIHNvIHRoYXQgdHdvIGltYWdlcyBvZiBvbmUgdGVtcGxhdGUgdmVyc2lvbiBuZXZlclxuICogd3JpdGUgdGhlIHNhbWUgcGFyYW1ldGVyLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGFiSW1hZ2VQYXJhbWV0ZXJQcmVmaXgobGFiTmFtZTogc3RyaW5nLCBjYXRhbG9nOiBUZW1wbGF0ZUNhdGFsb2csIHRlbXBsYXRlOiBSZXNvbHZlZFRlbXBsYXRlLCBhcmNoaXRlY3R1cmU6IEFyY2hpdGVjdHVyZSk6IHN0cmluZyB7XG4gIGNvbnN0IGJhc2UgPSBgL3J3cy8ke2xhYk5hbWV9L2ltYWdlc2A7XG4gIGxldCBwbGFpbjogUmVzb2x2ZWRUZW1wbGF0ZSB8IHVuZGVmaW5lZDtcbiAgdHJ5IHtcbiAgICBwbGFpbiA9IGNhdGFsb2cucmVzb2x2ZSh0ZW1wbGF0ZS5zbHVnKTtcbiAgfSBjYXRjaCB7XG4gICAgcGxhaW4gPSB1bmRlZmluZWQ7IC8vIGEgcGFyYW1ldGVyIHdpdGhvdXQgYSBkZWZhdWx0OiBldmVyeSBpbWFnZSBvZiB0aGUgdGVtcGxhdGUgaXMgYSB2YXJpYW50XG4gIH1cbiAgY29uc3QgdmFyaWFudDogc3RyaW5nW10gPSBbXTtcbiAgaWYgKGFyY2hpdGVjdHVyZSAhPT0gVGVtcGxhdGVDYXRhbG9nLmRlZmF1bHRBcmNoaXRlY3R1cmUocGxhaW4gPz8gdGVtcGxhdGUpKSB2YXJpYW50LnB1c2goYXJjaGl0ZWN0dXJlKTtcbiAgY29uc3QgdmFsdWVzID0gc29ydGVkSnNvbih0ZW1wbGF0ZS5wYXJhbWV0ZXJWYWx1ZXMpO1xuICBpZiAoIXBsYWluIHx8IHZhbHVlcyAhPT0gc29ydGVkSnNvbihwbGFpbi5wYXJhbWV0ZXJWYWx1ZXMpKSB7XG4gICAgdmFyaWFudC5wdXNoKGBwLSR7Y3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSh2YWx1ZXMpLmRpZ2VzdCgnaGV4Jykuc2xpY2UoMCwgOCl9YCk7XG4gIH1cbiAgcmV0dXJuIHZhcmlhbnQubGVuZ3RoID8gYCR7YmFzZX0vJHt2YXJpYW50LmpvaW4oJy0nKX1gIDogYmFzZTtcbn1cblxuLyoqIFRoZSBob3N0IG9mIGFuIGBodHRwczovL2Agc3BhY2sgbWlycm9yICh3aGljaCB0aGUgYnVpbGQgbmV0d29yaydzIHByb3h5IG11c3QgYWxsb3cpLCBlbHNlIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBodHRwc01pcnJvckhvc3QodXJsOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtID0gL15odHRwczpcXC9cXC8oW0EtWmEtejAtOS1dKyhcXC5bQS1aYS16MC05LV0rKSspKDpcXGQrKT8oXFwvW0EtWmEtejAtOS5ffiUrLD06QFxcLy1dKik/JC8uZXhlYyh1cmwpO1xuICByZXR1cm4gbSA/IG1bMV0udG9Mb3dlckNhc2UoKSA6IHVuZGVmaW5lZDtcbn1cblxuLyoqXG4gKiBIb3cgdG8gZ2l2ZSBhIFJvY2t5IExpbnV4IDkgYmFrZSBpdHMgcGFyZW50OiBSb2NreSBwdWJsaXNoZXMgaXRzIG9mZmljaWFsIEFNSXMgKG5vIHB1YmxpYyBTU01cbiAqIHBhcmFtZXRlciksIHNvIHRoZSBpbnN0aXR1dGlvbiBrZWVwcyB0aGUgQU1JIGlkIGluIGEgcGFyYW1ldGVyIG9mIGl0cyBvd24gdGhhdCBJbWFnZSBCdWlsZGVyXG4gKiByZWFkcyBhdCBlYWNoIGJ1aWxkLiBgZmllbGRgIGlzIHdoZXJlIGl0IGdvZXMgKGBwYXJlbnRJbWFnZVJlZmVyZW5jZWAsIG9yIHRoZSBsYWIgZmlsZSdzIGZpZWxkKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJvY2t5UGFyZW50Rml4KGZpZWxkOiBzdHJpbmcsIGFyY2g6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IG5hbWUgPSBgL3J3cy9wYXJlbnQtaW1hZ2VzL3JvY2t5LTkvJHthcmNofWA7XG4gIGNvbnN0IHJvY2t5QXJjaCA9IGFyY2ggPT09ICdhcm02NCcgPyAnYWFyY2g2NCcgOiAneDg2XzY0JztcbiAgcmV0dXJuICdwdXQgdGhlIGlkIG9mIFJvY2t5IExpbnV4IDlcXCdzIG9mZmljaWFsIEFNSSBmb3IgdGhlIGxhYlxcJ3MgcmVnaW9uIGludG8gYW4gU1NNIHBhcmFtZXRlciAodGhlIEFNSXMgYXJlIGxpc3RlZCBhdCBodHRwczovL3JvY2t5bGludXgub3JnL2Rvd25sb2FkOyAnXG4gICAgKyBgYXdzIGVjMiBkZXNjcmliZS1pbWFnZXMgLS1vd25lcnMgNzkyMTA3OTAwODE5IC0tZmlsdGVycyAnTmFtZT1uYW1lLFZhbHVlcz1Sb2NreS05LUVDMi1CYXNlLTkuKiR7cm9ja3lBcmNofScgZmluZHMgdGhlbSksIGUuZy4gYFxuICAgICsgYGF3cyBzc20gcHV0LXBhcmFtZXRlciAtLW5hbWUgJHtuYW1lfSAtLXR5cGUgU3RyaW5nIC0tZGF0YS10eXBlIGF3czplYzI6aW1hZ2UgLS12YWx1ZSBhbWktLi4uLCB0aGVuIGdpdmUgJHtmaWVsZH06IHNzbToke25hbWV9IGBcbiAgICArICcoSW1hZ2UgQnVpbGRlciByZWFkcyBpdCBhdCBlYWNoIGJ1aWxkOiB1cGRhdGUgdGhlIHBhcmFtZXRlciB0byBtb3ZlIHRoZSByZWJ1aWxkcyB0byBhIG5ld2VyIFJvY2t5IGltYWdlKTsgYW4gQU1JIGlkIHdvcmtzIHRvbyc7XG59XG5cbi8qKiBPbmUgcHJvYmxlbSBvZiBgaW1hZ2VzLnBhcmVudF9pbWFnZXNgOiB3aGVyZSAoa2V5cyBiZWxvdyBpdCksIHdoYXQsIHRoZSB2YWx1ZSBhbmQgdGhlIGZpeC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUGFyZW50SW1hZ2VzUHJvYmxlbSB7XG4gIHJlYWRvbmx5IGF0OiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgY29kZTogc3RyaW5nO1xuICByZWFkb25seSBtZXNzYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHZhbHVlOiB1bmtub3duO1xuICByZWFkb25seSBmaXg6IHN0cmluZztcbn1cblxuLyoqXG4gKiBUaGUgcHJvYmxlbXMgb2YgYGltYWdlcy5wYXJlbnRfaW1hZ2VzYCAob3BlcmF0aW5nIHN5c3RlbSwgdGhlbiBhcmNoaXRlY3R1cmUsIHRoZW4gYVxuICogcmVmZXJlbmNlKTogYW4gb3BlcmF0aW5nIHN5c3RlbSB0aGF0IGlzIG5vdCBiYWtlZCAoYW1pLWJhc2VkKSBvciB1bmtub3duLCBhbiBhcmNoaXRlY3R1cmVcbiAqIHRoYXQgaXMgbm90IHg4Nl82NCBvciBhcm02NCwgYSByZWZlcmVuY2UgaW4gbm9uZSBvZiB0aGUgdGhyZWUgZm9ybXMuIEEgZ2l2ZW4gcGFyZW50IGZvciBhblxuICogb3BlcmF0aW5nIHN5c3RlbSB3aXRoIGEgcHVibGljIGltYWdlIHJlcGxhY2VzIHRoYXQgaW1hZ2UgKGFuIGluc3RpdHV0aW9uJ3MgaGFyZGVuZWQgYnVpbGQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFyZW50SW1hZ2VzUHJvYmxlbXMobWFwOiB1bmtub3duKTogUGFyZW50SW1hZ2VzUHJvYmxlbVtdIHtcbiAgY29uc3Qgb3V0OiBQYXJlbnRJbWFnZXNQcm9ibGVtW10gPSBbXTtcbiAgaWYgKG1hcCA9PT0gdW5kZWZpbmVkIHx8IG1hcCA9PT0gbnVsbCkgcmV0dXJuIG91dDtcbiAgaWYgKHR5cGVvZiBtYXAgIT09ICdvYmplY3QnIHx8IEFycmF5LmlzQXJyYXkobWFwKSkge1xuICAgIHJldHVybiBbeyBhdDogW10sIGNvZGU6ICd3cm9uZy10eXBlJywgbWVzc2FnZTogJ2V4cGVjdGVkIGEgbWFwcGluZyBvZiBvcGVyYXRpbmcgc3lzdGVtcyB0byBhcmNoaXRlY3R1cmVzJywgdmFsdWU6IG1hcCwgZml4OiAnd3JpdGUgZS5nLiBwYXJlbnRfaW1hZ2VzOiB7IHJvY2t5LTk6IHsgeDg2XzY0OiBcInNzbTovcndzL3BhcmVudC1pbWFnZXMvcm9ja3ktOS94ODZfNjRcIiB9IH0nIH1dO1xuICB9XG4gIGNvbnN0IG9zZXMgPSBQQVJFTlRfSU1BR0VfT1BFUkFUSU5HX1NZU1RFTVMgYXMgcmVhZG9ubHkgc3RyaW5nW107XG4gIGNvbnN0IGFyY2hlcyA9IE9iamVjdC52YWx1ZXMoQXJjaGl0ZWN0dXJlKSBhcyBzdHJpbmdbXTtcbiAgZm9yIChjb25zdCBbb3MsIHBlckFyY2hdIG9mIE9iamVjdC5lbnRyaWVzKG1hcCkpIHtcbiAgICBpZiAoIW9zZXMuaW5jbHVkZXMob3MpKSB7XG4gICAgICBvdXQucHVzaChvcyA9PT0gT3BlcmF0aW5nU3lzdGVtLkFNSV9CQVNFRFxuICAgICAgICA/IHsgYXQ6IFtvc10sIGNvZGU6ICdpbnZhbGlkLXZhbHVlJywgbWVzc2FnZTogJ2FtaS1iYXNlZCB0ZW1wbGF0ZXMgYXJlIG5vdCBiYWtlZDogdGhlaXIgaW1hZ2UgaXMgZ2l2ZW4gaW4gdGhlIHRlbXBsYXRlXFwncyBhbWlfY29uZmlnJywgdmFsdWU6IG9zLCBmaXg6IGByZW1vdmUgaXQ7IHBhcmVudCBpbWFnZXMgYXJlIGZvciAke29zZXMuam9pbignLCAnKX1gIH1cbiAgICAgICAgOiB7IGF0OiBbb3NdLCBjb2RlOiAnaW52YWxpZC12YWx1ZScsIG1lc3NhZ2U6ICdub3QgYW4gb3BlcmF0aW5nIHN5c3RlbSBhIHRlbXBsYXRlIGlzIGJha2VkIG9uJywgdmFsdWU6IG9zLCBmaXg6IGB3cml0ZSBvbmUgb2YgJHtvc2VzLmpvaW4oJywgJyl9IChhIHRlbXBsYXRlJ3MgYmFzZSlgIH0pO1xuICAgICAgY29udGludWU7XG4gICAgfVxuICAgIGlmIChwZXJBcmNoID09PSBudWxsIHx8IHR5cGVvZiBwZXJBcmNoICE9PSAnb2JqZWN0JyB8fCBBcnJheS5pc0FycmF5KHBlckFyY2gpKSB7XG4gICAgICBvdXQucHVzaCh7IGF0OiBbb3NdLCBjb2RlOiAnd3JvbmctdHlwZScsIG1lc3NhZ2U6ICdleHBlY3RlZCBhIG1hcHBpbmcgb2YgYXJjaGl0ZWN0dXJlcyB0byBwYXJlbnQgaW1hZ2VzJywgdmFsdWU6IHBlckFyY2gsIGZpeDogYHdyaXRlIGUuZy4gJHtvc306IHsgeDg2XzY0OiBcInNzbTovcndzL3BhcmVudC1pbWFnZXMvJHtvc30veDg2XzY0XCIgfWAgfSk7XG4gICAgICBjb250aW51ZTtcbiAgICB9XG4gICAgZm9yIChjb25zdCBbYXJjaCwgcmVmXSBvZiBPYmplY3QuZW50cmllcyhwZXJBcmNoIGFzIG9iamVjdCkpIHtcbiAgICAgIGlmICghYXJjaGVzLmluY2x1ZGVzKGFyY2gpKSB7XG4gICAgICAgIG91dC5wdXNoKHsgYXQ6IFtvcywgYXJjaF0sIGNvZGU6ICdpbnZhbGlkLXZhbHVlJywgbWVzc2FnZTogJ25vdCBhbiBhcmNoaXRlY3R1cmUnLCB2YWx1ZTogYXJjaCwgZml4OiBgd3JpdGUgJHthcmNoZXMuam9pbignIG9yICcpfWAgfSk7XG4gICAgICAgIGNvbnRpbnVlO1xuICAgICAgfVxuICAgICAgY29uc3QgcHJvYmxlbSA9IHR5cGVvZiByZWYgPT09ICdzdHJpbmcnID8gcGFyZW50SW1hZ2VSZWZlcmVuY2VQcm9ibGVtKHJlZikgOiAnZXhwZWN0ZWQgdGV4dCc7XG4gICAgICBpZiAocHJvYmxlbSkgb3V0LnB1c2goeyBhdDogW29zLCBhcmNoXSwgY29kZTogJ2ludmFsaWQtcGFyZW50LWltYWdlJywgbWVzc2FnZTogcHJvYmxlbSwgdmFsdWU6IHJlZiwgZml4OiBgd3JpdGUgJHtQQVJFTlRfSU1BR0VfRk9STVN9YCB9KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cbiJdfQ==