import { ResolvedTemplate } from '../../workspaces/catalog';
import { Diagnostic, SourceLocation } from '../../workspaces/errors';
import { WorkspacePolicy } from '../../workspaces/policy';
import { problem } from '../../workspaces/private/error';
import { Sizes, WorkspaceSize } from '../../workspaces/sizes';
import { WorkspaceSizing } from '../../workspaces/sizing';

/**
 * The policy's per-owner limit over a whole lab (each workspace alone cannot see it), as
 * problems located at the lab stack. Labs without a cloud price check it with cost 0.
 */
export function perOwnerLimitProblems(
  policy: WorkspacePolicy | undefined,
  workspaces: ReadonlyArray<{ readonly name: string; readonly template: string; readonly owner?: string }>,
  location: SourceLocation,
): Diagnostic[] {
  if (!policy) return [];
  return policy.evaluateAll(workspaces.map((w) => ({ name: w.name, template: w.template, owner: w.owner, hourlyCost: 0 })))
    .filter((v) => v.rule === 'too-many-workspaces')
    .map((v) => problem({ code: `policy-${v.rule}`, field: 'workspaces', message: v.message.replace(/\. Fix: .*$/, ''), value: v.requested, fix: v.fix, location }));
}

/**
 * A workspace's size and root disk from the model (`WorkspaceSizing`: the template's minimum
 * size, its root volume); a problem goes to `adopt` and the requested (or default) size is kept.
 */
export function workspaceSizeOf(
  template: ResolvedTemplate,
  size: WorkspaceSize | undefined,
  path: string,
  adopt: (e: unknown, field: string) => void,
): { size: WorkspaceSize; rootGiB: number } {
  const fallback = size ?? template.defaultSize;
  try {
    const s = WorkspaceSizing.of(template, { size }, path);
    return { size: s.size, rootGiB: s.rootVolumeGiB };
  } catch (e) {
    adopt(e, 'size');
    return { size: fallback, rootGiB: Sizes.spec(fallback).rootVolumeGiB };
  }
}
