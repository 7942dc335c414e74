import { ResolvedTemplate } from '../../workspaces/catalog';
import { Diagnostic, SourceLocation } from '../../workspaces/errors';
import { WorkspacePolicy } from '../../workspaces/policy';
import { WorkspaceSize } from '../../workspaces/sizes';
/**
 * The policy's per-owner limit over a whole lab (each workspace alone cannot see it), as
 * problems located at the lab stack. Labs without a cloud price check it with cost 0.
 */
export declare function perOwnerLimitProblems(policy: WorkspacePolicy | undefined, workspaces: ReadonlyArray<{
    readonly name: string;
    readonly template: string;
    readonly owner?: string;
}>, location: SourceLocation): Diagnostic[];
/**
 * A workspace's size and root disk from the model (`WorkspaceSizing`: the template's minimum
 * size, its root volume); a problem goes to `adopt` and the requested (or default) size is kept.
 */
export declare function workspaceSizeOf(template: ResolvedTemplate, size: WorkspaceSize | undefined, path: string, adopt: (e: unknown, field: string) => void): {
    size: WorkspaceSize;
    rootGiB: number;
};
