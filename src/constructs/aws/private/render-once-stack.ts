import { NestedStack, Stack } from 'aws-cdk-lib';

/**
 * aws-cdk-lib's internal members this class hooks (not in its type declarations).
 */
interface NestedStackInternals {
  _prepareTemplateAsset(): boolean;
  _synthesizeTemplate(...args: unknown[]): void;
  _toCloudFormation(): unknown;
}

const base = NestedStack.prototype as unknown as NestedStackInternals;

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
export class RenderOnceNestedStack extends NestedStack {
  private preparing = false;
  private writing = false;
  private rendered?: { readonly template: unknown };

  /** @internal */
  public _prepareTemplateAsset(): boolean {
    this.rendered = undefined;
    this.preparing = true;
    try {
      return base._prepareTemplateAsset.call(this);
    } finally {
      this.preparing = false;
    }
  }

  /** @internal */
  public _synthesizeTemplate(...args: unknown[]): void {
    this.writing = true;
    try {
      base._synthesizeTemplate.apply(this, args);
    } finally {
      this.writing = false;
      this.rendered = undefined;
    }
  }

  /** @internal */
  public _toCloudFormation(): unknown {
    if (this.writing && this.rendered && Stack.of(this.node.scope!).nested === false && !this.holdsNestedStack()) {
      return this.rendered.template;
    }
    const template = base._toCloudFormation.call(this);
    if (this.preparing) this.rendered = { template };
    return template;
  }

  private holdsNestedStack(): boolean {
    return this.node.findAll().some((c) => c !== this && Stack.isStack(c) && c.nested);
  }
}
