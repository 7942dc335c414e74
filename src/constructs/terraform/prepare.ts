/**
 * cdktf's preparing pass, on the tokens only.
 *
 * Before it writes any stack, `app.synth()` calls every stack's `prepareStack()`, which resolves
 * each element's whole Terraform JSON once with `preparing: true` and throws the result away:
 * what it is for are the side effects of resolving some tokens, chiefly a reference to another
 * stack's resource registering an output there and a remote-state data source here. cdktf's
 * resolver walks every value of the JSON with a fresh context each, so that pass was about 40% of
 * synthesizing a Kubernetes permit (then the audit renders the stack, and the file is written
 * from that rendering: egress-audit-hooks.ts).
 *
 * `prepareStackTokens()` gives the same side effects for less: it walks the same JSON itself and
 * hands to cdktf's resolver (`Tokenization.resolve`, `preparing: true`, the resolver cdktf uses)
 * every part that could hold a token, and nothing else:
 *
 * - a string that holds a token marker (`TfToken[`) or could hold a number token (cdktf's own
 *   test for numbers in strings: a digit, sign, dot or bar before an `e`);
 * - a number that is a token;
 * - an array with such a string or number among its items (a list token must be resolved as
 *   the list it is);
 * - an object with such a key, and any object that is not a plain one (resolvables, constructs,
 *   dates and class instances: cdktf decides what they are, and throws where it throws);
 * - a function (cdktf refuses it, so the same error is raised here).
 *
 * Plain arrays and objects without those are walked into; strings, numbers and booleans without
 * tokens are skipped, since resolving them has no effect at all. Contexts need no care: a plain
 * value at any depth is resolved with the default context, as cdktf's walk would give it.
 * test/terraform/prepare.test.ts compares the side effects with cdktf's own pass (cross-stack
 * references both ways, a lazy value that adds a resource) and the written files.
 */
import type { IConstruct } from 'constructs';
import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformStack, Token, Tokenization } from './cdktf';
import { pauseTokenTraces } from './token-traces';

const RESOLVER = new DefaultTokenResolver(new StringConcat());
/** A string that may hold a number token (a superset of cdktf's own test). */
const NUMBER_IN_STRING = /[-|\d.+]e[-|\d.eE+]/;

/** The Terraform elements of a stack, not those of a stack nested in it. */
function elementsOf(node: IConstruct, into: TerraformElement[] = []): TerraformElement[] {
  if (TerraformElement.isTerraformElement(node)) into.push(node);
  for (const child of node.node.children) {
    if (!TerraformStack.isStack(child)) elementsOf(child, into);
  }
  return into;
}

function mayHoldToken(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('TfToken[') || NUMBER_IN_STRING.test(value);
  return typeof value === 'number' && Token.isUnresolved(value);
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Resolves (with preparing) the parts of `value` that may hold tokens. */
function prepareValue(stack: TerraformStack, value: unknown): void {
  if (value === undefined || value === null || typeof value === 'boolean') return;
  const resolveIt = () => Tokenization.resolve(value, { scope: stack, preparing: true, resolver: RESOLVER });
  if (typeof value === 'string' || typeof value === 'number') {
    if (mayHoldToken(value)) resolveIt();
    return;
  }
  if (typeof value !== 'object') {
    resolveIt();
    return;
  }
  if (Array.isArray(value)) {
    if (value.some(mayHoldToken)) resolveIt();
    else for (const item of value) prepareValue(stack, item);
    return;
  }
  if (!isPlainObject(value) || Object.keys(value).some(mayHoldToken)) {
    resolveIt();
    return;
  }
  for (const item of Object.values(value)) prepareValue(stack, item);
}

/**
 * What cdktf's `TerraformStack.prepareStack()` does (a backend when there is none, then a
 * preparing resolve of every element), with only the parts that may hold tokens resolved.
 */
export function prepareStackTokens(stack: TerraformStack): void {
  // Rendering an element creates tokens of its own (its dependencies, references): untraced too.
  const traces = pauseTokenTraces();
  try {
    stack.ensureBackendExists();
    for (const element of elementsOf(stack)) prepareValue(stack, element.toTerraform());
  } finally {
    traces.resume();
  }
}
