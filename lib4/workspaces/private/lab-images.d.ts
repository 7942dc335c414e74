import { ResolvedTemplate, TemplateCatalog } from '../catalog';
import { Architecture } from '../sizes';
import { OperatingSystem } from '../template';
/** The part of lab.yaml `images:` that decides what is baked. */
export interface LabImagesSelection {
    /** Templates to bake (slugs); every template of the lab's workspaces when absent. */
    readonly templates?: string[];
}
/**
 * Whether the lab bakes the template of a workspace: it has `images:` (naming the template, or
 * naming none), the template installs its software (not ami-based: its image is given), and the
 * workspace does not name its own image (`amis:`). A Rocky Linux 9 template is baked too: its
 * parent image comes from `images.parent_images` (LabStack refuses the lab without one).
 */
export declare function labBakesTemplate(images: LabImagesSelection | undefined, template: ResolvedTemplate, workspaceHasAmis: boolean): boolean;
/** Whether the bake of a template builds spack packages (its build network must reach spack's mirror). */
export declare function templateUsesSpack(template: ResolvedTemplate): boolean;
/**
 * Operating systems an image can be baked on, the keys of `images.parent_images` (ami-based
 * templates are not baked). Rocky Linux 9 publishes no public image parameter: its parent must
 * be given; for the others a given parent replaces the public one.
 */
export declare const PARENT_IMAGE_OPERATING_SYSTEMS: readonly OperatingSystem[];
/** Operating systems without a public image parameter to bake from: a lab that bakes them names the parent. */
export declare const PARENT_IMAGE_REQUIRED: readonly OperatingSystem[];
/** The three ways to name a parent image that EC2 Image Builder's recipe takes. */
export declare const PARENT_IMAGE_FORMS = "an AMI id (ami-0123456789abcdef0), an SSM parameter holding one (ssm:/rws/parent-images/rocky-9/x86_64, resolved by Image Builder at each build) or an Image Builder image ARN";
/**
 * What is wrong with a parent image reference, or undefined: an AMI id, `ssm:` and a parameter
 * name or ARN, or an Image Builder image ARN (`arn:aws:imagebuilder:<region>:<account or aws>:image/<name>/<version>`).
 */
export declare function parentImageReferenceProblem(ref: string): string | undefined;
/**
 * What is wrong with the URL of a spack mirror, or undefined: `https://` (a web server or
 * object store the build network reaches), `s3://bucket/prefix` (a bucket of the lab's account
 * and region, read through the S3 gateway endpoint with the build role), or `file://` (a path
 * the parent image carries).
 */
export declare function spackMirrorProblem(url: string): string | undefined;
/** The bucket and prefix (without a trailing /, maybe empty) of an `s3://` spack mirror. */
export declare function s3MirrorLocation(url: string): {
    bucket: string;
    prefix: string;
} | undefined;
/**
 * Prefix of the image parameters of a lab: `/rws/<lab>/images` for a template with its default
 * parameter values on its default architecture (so `/rws/<lab>/images/<slug>/<version>`), and
 * `/rws/<lab>/images/<variant>` for another architecture (`arm64`) or other parameter values
 * (`p-` and 8 hex digits of their hash), so that two images of one template version never
 * write the same parameter.
 */
export declare function labImageParameterPrefix(labName: string, catalog: TemplateCatalog, template: ResolvedTemplate, architecture: Architecture): string;
/** The host of an `https://` spack mirror (which the build network's proxy must allow), else undefined. */
export declare function httpsMirrorHost(url: string): string | undefined;
/**
 * How to give a Rocky Linux 9 bake its parent: Rocky publishes its official AMIs (no public SSM
 * parameter), so the institution keeps the AMI id in a parameter of its own that Image Builder
 * reads at each build. `field` is where it goes (`parentImageReference`, or the lab file's field).
 */
export declare function rockyParentFix(field: string, arch: string): string;
/** One problem of `images.parent_images`: where (keys below it), what, the value and the fix. */
export interface ParentImagesProblem {
    readonly at: string[];
    readonly code: string;
    readonly message: string;
    readonly value: unknown;
    readonly fix: string;
}
/**
 * The problems of `images.parent_images` (operating system, then architecture, then a
 * reference): an operating system that is not baked (ami-based) or unknown, an architecture
 * that is not x86_64 or arm64, a reference in none of the three forms. A given parent for an
 * operating system with a public image replaces that image (an institution's hardened build).
 */
export declare function parentImagesProblems(map: unknown): ParentImagesProblem[];
