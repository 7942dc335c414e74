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
 * naming none), the template installs its software (not ami-based), a public parent image exists
 * (not Rocky Linux 9), and the workspace does not name its own image (`amis:`).
 */
export function labBakesTemplate(images: LabImagesSelection | undefined, template: ResolvedTemplate, workspaceHasAmis: boolean): boolean {
  if (!images || workspaceHasAmis || template.packageManager === PackageManager.AMI) return false;
  if (images.templates && !images.templates.includes(template.slug)) return false;
  return template.os !== OperatingSystem.ROCKY_9;
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
