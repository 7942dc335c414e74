import { TerraformStack } from './cdktf';
/**
 * The stack's Terraform JSON as cdktf's `TerraformStack.toTerraform()` renders it, with only the
 * parts that may hold tokens handed to cdktf's resolver (`resolveValue`). cdktf resolves every
 * value of every element, then every value of the merged document a second time, with a fresh
 * resolution context per value: about a third of synthesizing a Kubernetes permit. The steps and
 * their order are cdktf's: each element's metadata (resolved whole: small), the outputs' map,
 * each element's JSON resolved and deep-merged into the document, the stack's overrides merged,
 * the whole resolved again. test/terraform/prepare.test.ts compares the result with cdktf's for
 * every Terraform stack of the kit and for stacks with references, lazy values and overrides.
 */
export declare function renderStackTokens(stack: TerraformStack): any;
/**
 * What cdktf's `TerraformStack.prepareStack()` does (a backend when there is none, then a
 * preparing resolve of every element), with only the parts that may hold tokens resolved.
 */
export declare function prepareStackTokens(stack: TerraformStack): void;
