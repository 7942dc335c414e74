import { NestedStack } from 'aws-cdk-lib';
/**
 * A nested stack whose template is rendered once per synthesis instead of twice.
 *
 * aws-cdk-lib renders a nested stack's template when it prepares the app (to hash it for the
 * template's asset) and again when it writes it. Between the two nothing changes the template of
 * a nested stack whose parent is a top-level stack and which holds no nested stack of its own:
 * after the hashes, aws-cdk-lib only resolves the references of the nested-stack resources,
 * which live in the parent. So the template rendered for the hash is the one written, which
 * also makes the written file the one its hash describes. A stack that does hold a nested
 * stack (something a user added) renders twice, as aws-cdk-lib does.
 *
 * The lab's workspace stacks, the storage's access-point stacks and Studio's profile stacks
 * use it: at 1,000 workspaces their rendering is about a tenth of a synthesis.
 */
export declare class RenderOnceNestedStack extends NestedStack {
    private preparing;
    private writing;
    private rendered?;
    /** @internal */
    _prepareTemplateAsset(): boolean;
    /** @internal */
    _synthesizeTemplate(...args: unknown[]): void;
    /** @internal */
    _toCloudFormation(): unknown;
    private holdsNestedStack;
}
