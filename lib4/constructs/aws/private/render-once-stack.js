"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RenderOnceNestedStack = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const base = aws_cdk_lib_1.NestedStack.prototype;
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
class RenderOnceNestedStack extends aws_cdk_lib_1.NestedStack {
    preparing = false;
    writing = false;
    rendered;
    /** @internal */
    _prepareTemplateAsset() {
        this.rendered = undefined;
        this.preparing = true;
        try {
            return base._prepareTemplateAsset.call(this);
        }
        finally {
            this.preparing = false;
        }
    }
    /** @internal */
    _synthesizeTemplate(...args) {
        this.writing = true;
        try {
            base._synthesizeTemplate.apply(this, args);
        }
        finally {
            this.writing = false;
            this.rendered = undefined;
        }
    }
    /** @internal */
    _toCloudFormation() {
        if (this.writing && this.rendered && aws_cdk_lib_1.Stack.of(this.node.scope).nested === false && !this.holdsNestedStack()) {
            return this.rendered.template;
        }
        const template = base._toCloudFormation.call(this);
        if (this.preparing)
            this.rendered = { template };
        return template;
    }
    holdsNestedStack() {
        return this.node.findAll().some((c) => c !== this && aws_cdk_lib_1.Stack.isStack(c) && c.nested);
    }
}
exports.RenderOnceNestedStack = RenderOnceNestedStack;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVuZGVyLW9uY2Utc3RhY2suanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvY29uc3RydWN0cy9hd3MvcHJpdmF0ZS9yZW5kZXItb25jZS1zdGFjay50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFBQSw2Q0FBaUQ7QUFXakQsTUFBTSxJQUFJLEdBQUcseUJBQVcsQ0FBQyxTQUE0QyxDQUFDO0FBRXRFOzs7Ozs7Ozs7Ozs7O0dBYUc7QUFDSCxNQUFhLHFCQUFzQixTQUFRLHlCQUFXO0lBQzVDLFNBQVMsR0FBRyxLQUFLLENBQUM7SUFDbEIsT0FBTyxHQUFHLEtBQUssQ0FBQztJQUNoQixRQUFRLENBQWtDO0lBRWxELGdCQUFnQjtJQUNULHFCQUFxQjtRQUMxQixJQUFJLENBQUMsUUFBUSxHQUFHLFNBQVMsQ0FBQztRQUMxQixJQUFJLENBQUMsU0FBUyxHQUFHLElBQUksQ0FBQztRQUN0QixJQUFJLENBQUM7WUFDSCxPQUFPLElBQUksQ0FBQyxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDL0MsQ0FBQztnQkFBUyxDQUFDO1lBQ1QsSUFBSSxDQUFDLFNBQVMsR0FBRyxLQUFLLENBQUM7UUFDekIsQ0FBQztJQUNILENBQUM7SUFFRCxnQkFBZ0I7SUFDVCxtQkFBbUIsQ0FBQyxHQUFHLElBQWU7UUFDM0MsSUFBSSxDQUFDLE9BQU8sR0FBRyxJQUFJLENBQUM7UUFDcEIsSUFBSSxDQUFDO1lBQ0gsSUFBSSxDQUFDLG1CQUFtQixDQUFDLEtBQUssQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDN0MsQ0FBQztnQkFBUyxDQUFDO1lBQ1QsSUFBSSxDQUFDLE9BQU8sR0FBRyxLQUFLLENBQUM7WUFDckIsSUFBSSxDQUFDLFFBQVEsR0FBRyxTQUFTLENBQUM7UUFDNUIsQ0FBQztJQUNILENBQUM7SUFFRCxnQkFBZ0I7SUFDVCxpQkFBaUI7UUFDdEIsSUFBSSxJQUFJLENBQUMsT0FBTyxJQUFJLElBQUksQ0FBQyxRQUFRLElBQUksbUJBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFNLENBQUMsQ0FBQyxNQUFNLEtBQUssS0FBSyxJQUFJLENBQUMsSUFBSSxDQUFDLGdCQUFnQixFQUFFLEVBQUUsQ0FBQztZQUM3RyxPQUFPLElBQUksQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDO1FBQ2hDLENBQUM7UUFDRCxNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsaUJBQWlCLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ25ELElBQUksSUFBSSxDQUFDLFNBQVM7WUFBRSxJQUFJLENBQUMsUUFBUSxHQUFHLEVBQUUsUUFBUSxFQUFFLENBQUM7UUFDakQsT0FBTyxRQUFRLENBQUM7SUFDbEIsQ0FBQztJQUVPLGdCQUFnQjtRQUN0QixPQUFPLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEtBQUssSUFBSSxJQUFJLG1CQUFLLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUNyRixDQUFDO0NBQ0Y7QUF4Q0Qsc0RBd0NDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgTmVzdGVkU3RhY2ssIFN0YWNrIH0gZnJvbSAnYXdzLWNkay1saWInO1xuXG4vKipcbiAqIGF3cy1jZGstbGliJ3MgaW50ZXJuYWwgbWVtYmVycyB0aGlzIGNsYXNzIGhvb2tzIChub3QgaW4gaXRzIHR5cGUgZGVjbGFyYXRpb25zKS5cbiAqL1xuaW50ZXJmYWNlIE5lc3RlZFN0YWNrSW50ZXJuYWxzIHtcbiAgX3ByZXBhcmVUZW1wbGF0ZUFzc2V0KCk6IGJvb2xlYW47XG4gIF9zeW50aGVzaXplVGVtcGxhdGUoLi4uYXJnczogdW5rbm93bltdKTogdm9pZDtcbiAgX3RvQ2xvdWRGb3JtYXRpb24oKTogdW5rbm93bjtcbn1cblxuY29uc3QgYmFzZSA9IE5lc3RlZFN0YWNrLnByb3RvdHlwZSBhcyB1bmtub3duIGFzIE5lc3RlZFN0YWNrSW50ZXJuYWxzO1xuXG4vKipcbiAqIEEgbmVzdGVkIHN0YWNrIHdob3NlIHRlbXBsYXRlIGlzIHJlbmRlcmVkIG9uY2UgcGVyIHN5bnRoZXNpcyBpbnN0ZWFkIG9mIHR3aWNlLlxuICpcbiAqIGF3cy1jZGstbGliIHJlbmRlcnMgYSBuZXN0ZWQgc3RhY2sncyB0ZW1wbGF0ZSB3aGVuIGl0IHByZXBhcmVzIHRoZSBhcHAgKHRvIGhhc2ggaXQgZm9yIHRoZVxuICogdGVtcGxhdGUncyBhc3NldCkgYW5kIGFnYWluIHdoZW4gaXQgd3JpdGVzIGl0LiBCZXR3ZWVuIHRoZSB0d28gbm90aGluZyBjaGFuZ2VzIHRoZSB0ZW1wbGF0ZSBvZlxuICogYSBuZXN0ZWQgc3RhY2sgd2hvc2UgcGFyZW50IGlzIGEgdG9wLWxldmVsIHN0YWNrIGFuZCB3aGljaCBob2xkcyBubyBuZXN0ZWQgc3RhY2sgb2YgaXRzIG93bjpcbiAqIGFmdGVyIHRoZSBoYXNoZXMsIGF3cy1jZGstbGliIG9ubHkgcmVzb2x2ZXMgdGhlIHJlZmVyZW5jZXMgb2YgdGhlIG5lc3RlZC1zdGFjayByZXNvdXJjZXMsXG4gKiB3aGljaCBsaXZlIGluIHRoZSBwYXJlbnQuIFNvIHRoZSB0ZW1wbGF0ZSByZW5kZXJlZCBmb3IgdGhlIGhhc2ggaXMgdGhlIG9uZSB3cml0dGVuLCB3aGljaFxuICogYWxzbyBtYWtlcyB0aGUgd3JpdHRlbiBmaWxlIHRoZSBvbmUgaXRzIGhhc2ggZGVzY3JpYmVzLiBBIHN0YWNrIHRoYXQgZG9lcyBob2xkIGEgbmVzdGVkXG4gKiBzdGFjayAoc29tZXRoaW5nIGEgdXNlciBhZGRlZCkgcmVuZGVycyB0d2ljZSwgYXMgYXdzLWNkay1saWIgZG9lcy5cbiAqXG4gKiBUaGUgbGFiJ3Mgd29ya3NwYWNlIHN0YWNrcywgdGhlIHN0b3JhZ2UncyBhY2Nlc3MtcG9pbnQgc3RhY2tzIGFuZCBTdHVkaW8ncyBwcm9maWxlIHN0YWNrc1xuICogdXNlIGl0OiBhdCAxLDAwMCB3b3Jrc3BhY2VzIHRoZWlyIHJlbmRlcmluZyBpcyBhYm91dCBhIHRlbnRoIG9mIGEgc3ludGhlc2lzLlxuICovXG5leHBvcnQgY2xhc3MgUmVuZGVyT25jZU5lc3RlZFN0YWNrIGV4dGVuZHMgTmVzdGVkU3RhY2sge1xuICBwcml2YXRlIHByZXBhcmluZyA9IGZhbHNlO1xuICBwcml2YXRlIHdyaXRpbmcgPSBmYWxzZTtcbiAgcHJpdmF0ZSByZW5kZXJlZD86IHsgcmVhZG9ubHkgdGVtcGxhdGU6IHVua25vd24gfTtcblxuICAvKiogQGludGVybmFsICovXG4gIHB1YmxpYyBfcHJlcGFyZVRlbXBsYXRlQXNzZXQoKTogYm9vbGVhbiB7XG4gICAgdGhpcy5yZW5kZXJlZCA9IHVuZGVmaW5lZDtcbiAgICB0aGlzLnByZXBhcmluZyA9IHRydWU7XG4gICAgdHJ5IHtcbiAgICAgIHJldHVybiBiYXNlLl9wcmVwYXJlVGVtcGxhdGVBc3NldC5jYWxsKHRoaXMpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLnByZXBhcmluZyA9IGZhbHNlO1xuICAgIH1cbiAgfVxuXG4gIC8qKiBAaW50ZXJuYWwgKi9cbiAgcHVibGljIF9zeW50aGVzaXplVGVtcGxhdGUoLi4uYXJnczogdW5rbm93bltdKTogdm9pZCB7XG4gICAgdGhpcy53cml0aW5nID0gdHJ1ZTtcbiAgICB0cnkge1xuICAgICAgYmFzZS5fc3ludGhlc2l6ZVRlbXBsYXRlLmFwcGx5KHRoaXMsIGFyZ3MpO1xuICAgIH0gZmluYWxseSB7XG4gICAgICB0aGlzLndyaXRpbmcgPSBmYWxzZTtcbiAgICAgIHRoaXMucmVuZGVyZWQgPSB1bmRlZmluZWQ7XG4gICAgfVxuICB9XG5cbiAgLyoqIEBpbnRlcm5hbCAqL1xuICBwdWJsaWMgX3RvQ2xvdWRGb3JtYXRpb24oKTogdW5rbm93biB7XG4gICAgaWYgKHRoaXMud3JpdGluZyAmJiB0aGlzLnJlbmRlcmVkICYmIFN0YWNrLm9mKHRoaXMubm9kZS5zY29wZSEpLm5lc3RlZCA9PT0gZmFsc2UgJiYgIXRoaXMuaG9sZHNOZXN0ZWRTdGFjaygpKSB7XG4gICAgICByZXR1cm4gdGhpcy5yZW5kZXJlZC50ZW1wbGF0ZTtcbiAgICB9XG4gICAgY29uc3QgdGVtcGxhdGUgPSBiYXNlLl90b0Nsb3VkRm9ybWF0aW9uLmNhbGwodGhpcyk7XG4gICAgaWYgKHRoaXMucHJlcGFyaW5nKSB0aGlzLnJlbmRlcmVkID0geyB0ZW1wbGF0ZSB9O1xuICAgIHJldHVybiB0ZW1wbGF0ZTtcbiAgfVxuXG4gIHByaXZhdGUgaG9sZHNOZXN0ZWRTdGFjaygpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5ub2RlLmZpbmRBbGwoKS5zb21lKChjKSA9PiBjICE9PSB0aGlzICYmIFN0YWNrLmlzU3RhY2soYykgJiYgYy5uZXN0ZWQpO1xuICB9XG59XG4iXX0=