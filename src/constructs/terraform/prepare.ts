/**
 * cdktf's preparing pass and its rendering of a stack, on the tokens only (the rendering is
 * `renderStackTokens()` below; this comment is about the preparing pass).
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
import { DefaultTokenResolver, StringConcat, TerraformElement, TerraformOutput, TerraformStack, Token, Tokenization } from './cdktf';
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

/** A plain object (a literal or `Object.create(null)`) that is not a resolvable (no `resolve()`). */
function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof (value as { resolve?: unknown }).resolve !== 'function';
}

/**
 * Whether cdktf's resolver must see `value` whole: a string or number that may hold a token, an
 * array with such an item (a list token is resolved as the list it is), an object with such a key
 * or that is not a plain one (resolvables, constructs, dates, class instances: cdktf decides what
 * they are, and throws where it throws), a function (cdktf refuses it). Otherwise `value` is a
 * plain value, or a plain array or object to walk into.
 */
function needsResolver(value: unknown): boolean {
  if (value === undefined || value === null || typeof value === 'boolean') return false;
  if (typeof value === 'string' || typeof value === 'number') return mayHoldToken(value);
  if (typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.some(mayHoldToken);
  return !isPlainObject(value) || Object.keys(value).some(mayHoldToken);
}

/** cdktf's resolution of `value` as a whole, with the resolver cdktf's stacks use. */
function cdktfResolve(stack: TerraformStack, value: unknown, preparing: boolean): unknown {
  return Tokenization.resolve(value, { scope: stack, preparing, resolver: RESOLVER });
}

/** Resolves (with preparing) the parts of `value` that may hold tokens. */
function prepareValue(stack: TerraformStack, value: unknown): void {
  if (needsResolver(value)) cdktfResolve(stack, value, true);
  else if (Array.isArray(value)) for (const item of value) prepareValue(stack, item);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) prepareValue(stack, item);
}

/**
 * `value` with the parts that may hold tokens resolved as cdktf's `resolve()` resolves them
 * (`preparing: false`), and the rest copied as cdktf's walk copies it: new arrays and objects,
 * undefined items and values left out; strings, numbers and booleans without tokens as they are
 * (cdktf's walk returns them unchanged).
 */
function resolveValue(stack: TerraformStack, value: unknown): unknown {
  if (needsResolver(value)) return cdktfResolve(stack, value, false);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const r = resolveValue(stack, item);
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const r = resolveValue(stack, v);
    if (r !== undefined) out[k] = r;
  }
  return out;
}

/**
 * cdktf's `deepMerge` (not exported by its package): `source` merged into `target` in place;
 * objects merged key by key (a resolvable taken as it is), arrays appended to an array already
 * there, an undefined value deleting the key, anything else replacing what was there.
 */
function deepMerge(target: any, source: any): void {
  if (Tokenization.isResolvable(target)) throw new Error(`cannot merge into the resolvable ${String(target)}`);
  if (typeof source !== 'object' || typeof target !== 'object') throw new Error(`cannot merge a ${typeof source} into a ${typeof target}`);
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      if (typeof target[key] !== 'object') target[key] = {};
      if (Tokenization.isResolvable(value)) target[key] = value;
      else deepMerge(target[key], value);
    } else if (Array.isArray(value)) {
      target[key] = Array.isArray(target[key]) ? [...target[key], ...value] : value;
    } else if (value === undefined) {
      delete target[key];
    } else {
      target[key] = value;
    }
  }
}

/**
 * The stack's Terraform JSON as cdktf's `TerraformStack.toTerraform()` renders it, with only the
 * parts that may hold tokens handed to cdktf's resolver (`resolveValue`). cdktf resolves every
 * value of every element, then every value of the merged document a second time, with a fresh
 * resolution context per value: about a third of synthesizing a Kubernetes permit. The steps and
 * their order are cdktf's: each element's metadata (resolved whole: small), the outputs' map,
 * each element's JSON resolved and deep-merged into the document, the stack's overrides merged,
 * the whole resolved again. test/terraform/render.test.ts compares the result with cdktf's for
 * every Terraform stack of the kit and for stacks with references, lazy values and overrides.
 */
export function renderStackTokens(stack: TerraformStack): any {
  const traces = pauseTokenTraces();
  try {
    const internals = stack as unknown as { readonly rawOverrides: Record<string, unknown>; readonly cdktfVersion: string };
    const overrides = internals.rawOverrides;
    const metadata: Record<string, unknown> = {
      version: internals.cdktfVersion,
      stackName: stack.node.id,
      backend: 'local',
      cloud: undefined,
      ...(Object.keys(overrides).length > 0 ? { overrides: { stack: Object.keys(overrides) } } : {}),
    };
    const elements = elementsOf(stack);
    for (const e of elements) deepMerge(metadata, cdktfResolve(stack, e.toMetadata(), false));
    const outputs: Record<string, unknown> = {};
    for (const item of elements) {
      if (!TerraformOutput.isTerraformOutput(item)) continue;
      deepMerge(outputs, item.node.path.split('/').reduceRight<Record<string, unknown>>(
        (inner, part) => (Object.keys(inner).length === 0 ? { [part]: item.friendlyUniqueId } : { [part]: inner }), {}));
    }
    const tf: Record<string, unknown> = { '//': { metadata, outputs } };
    const fragments = elements.map((e) => resolveValue(stack, e.toTerraform()));
    for (const fragment of fragments) deepMerge(tf, fragment);
    deepMerge(tf, overrides);
    return resolveValue(stack, tf);
  } finally {
    traces.resume();
  }
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
