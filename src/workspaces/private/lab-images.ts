/**
 * Which workspaces of an AWS lab file boot a baked image (lab.yaml `images:`), and the name of
 * the parameter each one reads. One place for both LabStack (which builds the images) and
 * `rws lab plan-upgrade` (which says which workspace moves to which image), so they cannot
 * disagree.
 */
import * as crypto from 'crypto';
import { ResolvedTemplate, TemplateCatalog } from '../catalog';
import { Architecture } from '../sizes';
import { OperatingSystem, PackageManager } from '../template';

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
export function labBakesTemplate(images: LabImagesSelection | undefined, template: ResolvedTemplate, workspaceHasAmis: boolean): boolean {
  if (!images || workspaceHasAmis || template.packageManager === PackageManager.AMI || template.os === OperatingSystem.AMI_BASED) return false;
  return !images.templates || images.templates.includes(template.slug);
}

/** Whether the bake of a template builds spack packages (its build network must reach spack's mirror). */
export function templateUsesSpack(template: ResolvedTemplate): boolean {
  return (template.definition.packages?.spack ?? []).length > 0;
}

/**
 * Operating systems an image can be baked on, the keys of `images.parent_images` (ami-based
 * templates are not baked). Rocky Linux 9 publishes no public image parameter: its parent must
 * be given; for the others a given parent replaces the public one.
 */
export const PARENT_IMAGE_OPERATING_SYSTEMS: readonly OperatingSystem[] = Object.values(OperatingSystem)
  .filter((o) => o !== OperatingSystem.AMI_BASED);

/** Operating systems without a public image parameter to bake from: a lab that bakes them names the parent. */
export const PARENT_IMAGE_REQUIRED: readonly OperatingSystem[] = [OperatingSystem.ROCKY_9];

/** The three ways to name a parent image that EC2 Image Builder's recipe takes. */
export const PARENT_IMAGE_FORMS = 'an AMI id (ami-0123456789abcdef0), an SSM parameter holding one (ssm:/rws/parent-images/rocky-9/x86_64, resolved by Image Builder at each build) or an Image Builder image ARN';

/**
 * What is wrong with a parent image reference, or undefined: an AMI id, `ssm:` and a parameter
 * name or ARN, or an Image Builder image ARN (`arn:aws:imagebuilder:<region>:<account or aws>:image/<name>/<version>`).
 */
export function parentImageReferenceProblem(ref: string): string | undefined {
  if (/^ami-([0-9a-f]{8}|[0-9a-f]{17})$/.test(ref)) return undefined;
  if (ref.startsWith('ssm:')) {
    const name = ref.slice(4);
    if (/^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/[A-Za-z0-9_.\/-]{1,2047}$/.test(name)) return undefined;
    if (name.length <= 2048 && /^\/?[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)*$/.test(name)) return undefined;
    return 'not an SSM parameter name or ARN after ssm: (letters, digits, _ . - and / between the levels)';
  }
  if (ref.startsWith('arn:')) {
    if (/^arn:aws[a-z-]*:imagebuilder:[a-z0-9-]+:(\d{12}|aws):image\/[a-z0-9_-]+\/(\d+|x)\.(\d+|x)\.(\d+|x)(\/\d+)?$/.test(ref)) return undefined;
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
export function spackMirrorProblem(url: string): string | undefined {
  if (httpsMirrorHost(url)) return undefined;
  if (s3MirrorLocation(url)) return undefined;
  if (/^file:\/\/\/[A-Za-z0-9._\/-]+$/.test(url)) return undefined;
  if (url.startsWith('s3://')) return 'not an S3 location (s3://bucket-name/prefix: a bucket name of 3 to 63 lowercase letters, digits, dots and hyphens)';
  return 'not an https://, s3:// or file:/// URL';
}

/** The bucket and prefix (without a trailing /, maybe empty) of an `s3://` spack mirror. */
export function s3MirrorLocation(url: string): { bucket: string; prefix: string } | undefined {
  const m = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(\/[A-Za-z0-9_.\/-]*)?$/.exec(url);
  if (!m) return undefined;
  return { bucket: m[1], prefix: (m[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

function sortedJson(values: { [k: string]: string }): string {
  return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
}

/**
 * Prefix of the image parameters of a lab: `/rws/<lab>/images` for a template with its default
 * parameter values on its default architecture (so `/rws/<lab>/images/<slug>/<version>`), and
 * `/rws/<lab>/images/<variant>` for another architecture (`arm64`) or other parameter values
 * (`p-` and 8 hex digits of their hash), so that two images of one template version never
 * write the same parameter.
 */
export function labImageParameterPrefix(labName: string, catalog: TemplateCatalog, template: ResolvedTemplate, architecture: Architecture): string {
  const base = `/rws/${labName}/images`;
  let plain: ResolvedTemplate | undefined;
  try {
    plain = catalog.resolve(template.slug);
  } catch {
    plain = undefined; // a parameter without a default: every image of the template is a variant
  }
  const variant: string[] = [];
  if (architecture !== TemplateCatalog.defaultArchitecture(plain ?? template)) variant.push(architecture);
  const values = sortedJson(template.parameterValues);
  if (!plain || values !== sortedJson(plain.parameterValues)) {
    variant.push(`p-${crypto.createHash('sha256').update(values).digest('hex').slice(0, 8)}`);
  }
  return variant.length ? `${base}/${variant.join('-')}` : base;
}

/** The host of an `https://` spack mirror (which the build network's proxy must allow), else undefined. */
export function httpsMirrorHost(url: string): string | undefined {
  const m = /^https:\/\/([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)(:\d+)?(\/[A-Za-z0-9._~%+,=:@\/-]*)?$/.exec(url);
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * How to give a Rocky Linux 9 bake its parent: Rocky publishes its official AMIs (no public SSM
 * parameter), so the institution keeps the AMI id in a parameter of its own that Image Builder
 * reads at each build. `field` is where it goes (`parentImageReference`, or the lab file's field).
 */
export function rockyParentFix(field: string, arch: string): string {
  const name = `/rws/parent-images/rocky-9/${arch}`;
  const rockyArch = arch === 'arm64' ? 'aarch64' : 'x86_64';
  return 'put the id of Rocky Linux 9\'s official AMI for the lab\'s region into an SSM parameter (the AMIs are listed at https://rockylinux.org/download; '
    + `aws ec2 describe-images --owners 792107900819 --filters 'Name=name,Values=Rocky-9-EC2-Base-9.*${rockyArch}' finds them), e.g. `
    + `aws ssm put-parameter --name ${name} --type String --data-type aws:ec2:image --value ami-..., then give ${field}: ssm:${name} `
    + '(Image Builder reads it at each build: update the parameter to move the rebuilds to a newer Rocky image); an AMI id works too';
}

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
export function parentImagesProblems(map: unknown): ParentImagesProblem[] {
  const out: ParentImagesProblem[] = [];
  if (map === undefined || map === null) return out;
  if (typeof map !== 'object' || Array.isArray(map)) {
    return [{ at: [], code: 'wrong-type', message: 'expected a mapping of operating systems to architectures', value: map, fix: 'write e.g. parent_images: { rocky-9: { x86_64: "ssm:/rws/parent-images/rocky-9/x86_64" } }' }];
  }
  const oses = PARENT_IMAGE_OPERATING_SYSTEMS as readonly string[];
  const arches = Object.values(Architecture) as string[];
  for (const [os, perArch] of Object.entries(map)) {
    if (!oses.includes(os)) {
      out.push(os === OperatingSystem.AMI_BASED
        ? { at: [os], code: 'invalid-value', message: 'ami-based templates are not baked: their image is given in the template\'s ami_config', value: os, fix: `remove it; parent images are for ${oses.join(', ')}` }
        : { at: [os], code: 'invalid-value', message: 'not an operating system a template is baked on', value: os, fix: `write one of ${oses.join(', ')} (a template's base)` });
      continue;
    }
    if (perArch === null || typeof perArch !== 'object' || Array.isArray(perArch)) {
      out.push({ at: [os], code: 'wrong-type', message: 'expected a mapping of architectures to parent images', value: perArch, fix: `write e.g. ${os}: { x86_64: "ssm:/rws/parent-images/${os}/x86_64" }` });
      continue;
    }
    for (const [arch, ref] of Object.entries(perArch as object)) {
      if (!arches.includes(arch)) {
        out.push({ at: [os, arch], code: 'invalid-value', message: 'not an architecture', value: arch, fix: `write ${arches.join(' or ')}` });
        continue;
      }
      const problem = typeof ref === 'string' ? parentImageReferenceProblem(ref) : 'expected text';
      if (problem) out.push({ at: [os, arch], code: 'invalid-parent-image', message: problem, value: ref, fix: `write ${PARENT_IMAGE_FORMS}` });
    }
  }
  return out;
}
