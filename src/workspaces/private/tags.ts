/**
 * Workspace tags have one meaning on every backend. A workspace's `project` and `owner` are
 * tags of their own: AWS writes them as `research:project` and `research:owner` (its
 * cost-allocation tags), Kubernetes and Proxmox VE as `project` and `owner`. A policy's
 * `required_tags` may name either spelling and means the same tag everywhere.
 */

/** The AWS cost-allocation tag naming a resource's lab. */
export const LAB_TAG = 'research:lab';
/** The AWS cost-allocation tag naming a resource's tenant (an institution's department). */
export const TENANT_TAG = 'research:tenant';

/** Tags every backend derives from a workspace's own fields. */
const BUILT_IN_TAGS: ReadonlySet<string> = new Set(['project', 'owner']);
/** Prefix of the AWS cost-allocation tags. */
const AWS_PREFIX = 'research:';

/** The backend-neutral name of a tag key: `research:project` -> `project`; other keys unchanged. */
export function neutralTagName(key: string): string {
  if (key.startsWith(AWS_PREFIX)) {
    const rest = key.slice(AWS_PREFIX.length);
    if (BUILT_IN_TAGS.has(rest)) return rest;
  }
  return key;
}

/** The key AWS gives a tag: `project` -> `research:project`; other keys unchanged. */
export function awsTagKey(key: string): string {
  const name = neutralTagName(key);
  return BUILT_IN_TAGS.has(name) ? `${AWS_PREFIX}${name}` : key;
}

/** A workspace's tags by neutral name (empty values dropped). */
export function neutralTags(tags: { readonly [key: string]: string } | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tags ?? {})) {
    if (v !== undefined && v !== '') out.set(neutralTagName(k), v);
  }
  return out;
}
