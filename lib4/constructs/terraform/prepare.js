"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderStackTokens = renderStackTokens;
exports.prepareStackTokens = prepareStackTokens;
const cdktf_1 = require("./cdktf");
const token_traces_1 = require("./token-traces");
const RESOLVER = new cdktf_1.DefaultTokenResolver(new cdktf_1.StringConcat());
/** A string that may hold a number token (a superset of cdktf's own test). */
const NUMBER_IN_STRING = /[-|\d.+]e[-|\d.eE+]/;
/** The Terraform elements of a stack, not those of a stack nested in it. */
function elementsOf(node, into = []) {
    if (cdktf_1.TerraformElement.isTerraformElement(node))
        into.push(node);
    for (const child of node.node.children) {
        if (!cdktf_1.TerraformStack.isStack(child))
            elementsOf(child, into);
    }
    return into;
}
function mayHoldToken(value) {
    if (typeof value === 'string')
        return value.includes('TfToken[') || NUMBER_IN_STRING.test(value);
    return typeof value === 'number' && cdktf_1.Token.isUnresolved(value);
}
/** A plain object (a literal or `Object.create(null)`) that is not a resolvable (no `resolve()`). */
function isPlainObject(value) {
    const proto = Object.getPrototypeOf(value);
    return (proto === Object.prototype || proto === null) && typeof value.resolve !== 'function';
}
/** Resolves (with preparing) the parts of `value` that may hold tokens. */
function prepareValue(stack, value) {
    if (value === undefined || value === null || typeof value === 'boolean')
        return;
    const resolveIt = () => cdktf_1.Tokenization.resolve(value, { scope: stack, preparing: true, resolver: RESOLVER });
    if (typeof value === 'string' || typeof value === 'number') {
        if (mayHoldToken(value))
            resolveIt();
        return;
    }
    if (typeof value !== 'object') {
        resolveIt();
        return;
    }
    if (Array.isArray(value)) {
        if (value.some(mayHoldToken))
            resolveIt();
        else
            for (const item of value)
                prepareValue(stack, item);
        return;
    }
    if (!isPlainObject(value) || Object.keys(value).some(mayHoldToken)) {
        resolveIt();
        return;
    }
    for (const item of Object.values(value))
        prepareValue(stack, item);
}
/**
 * `value` with the parts that may hold tokens resolved as cdktf's `resolve()` resolves them
 * (`preparing: false`), and the rest copied as cdktf's walk copies it: new arrays and objects,
 * undefined items and values left out; strings, numbers and booleans without tokens as they are
 * (cdktf's walk returns them unchanged).
 */
function resolveValue(stack, value) {
    if (value === undefined || value === null || typeof value === 'boolean')
        return value;
    const resolveIt = () => cdktf_1.Tokenization.resolve(value, { scope: stack, preparing: false, resolver: RESOLVER });
    if (typeof value === 'string' || typeof value === 'number')
        return mayHoldToken(value) ? resolveIt() : value;
    if (typeof value !== 'object')
        return resolveIt();
    if (Array.isArray(value)) {
        if (value.some(mayHoldToken))
            return resolveIt();
        const out = [];
        for (const item of value) {
            const r = resolveValue(stack, item);
            if (r !== undefined)
                out.push(r);
        }
        return out;
    }
    if (!isPlainObject(value) || Object.keys(value).some(mayHoldToken))
        return resolveIt();
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        const r = resolveValue(stack, v);
        if (r !== undefined)
            out[k] = r;
    }
    return out;
}
/**
 * cdktf's `deepMerge` (not exported by its package): `source` merged into `target` in place;
 * objects merged key by key (a resolvable taken as it is), arrays appended to an array already
 * there, an undefined value deleting the key, anything else replacing what was there.
 */
function deepMerge(target, source) {
    if (cdktf_1.Tokenization.isResolvable(target))
        throw new Error(`cannot merge into the resolvable ${String(target)}`);
    if (typeof source !== 'object' || typeof target !== 'object')
        throw new Error(`cannot merge a ${typeof source} into a ${typeof target}`);
    for (const key of Object.keys(source)) {
        const value = source[key];
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
            if (typeof target[key] !== 'object')
                target[key] = {};
            if (cdktf_1.Tokenization.isResolvable(value))
                target[key] = value;
            else
                deepMerge(target[key], value);
        }
        else if (Array.isArray(value)) {
            target[key] = Array.isArray(target[key]) ? [...target[key], ...value] : value;
        }
        else if (value === undefined) {
            delete target[key];
        }
        else {
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
 * the whole resolved again. test/terraform/prepare.test.ts compares the result with cdktf's for
 * every Terraform stack of the kit and for stacks with references, lazy values and overrides.
 */
function renderStackTokens(stack) {
    const traces = (0, token_traces_1.pauseTokenTraces)();
    try {
        const internals = stack;
        const overrides = internals.rawOverrides;
        const metadata = {
            version: internals.cdktfVersion,
            stackName: stack.node.id,
            backend: 'local',
            cloud: undefined,
            ...(Object.keys(overrides).length > 0 ? { overrides: { stack: Object.keys(overrides) } } : {}),
        };
        const elements = elementsOf(stack);
        for (const e of elements)
            deepMerge(metadata, cdktf_1.Tokenization.resolve(e.toMetadata(), { scope: stack, preparing: false, resolver: RESOLVER }));
        const outputs = {};
        for (const item of elements) {
            if (!cdktf_1.TerraformOutput.isTerraformOutput(item))
                continue;
            deepMerge(outputs, item.node.path.split('/').reduceRight((inner, part) => (Object.keys(inner).length === 0 ? { [part]: item.friendlyUniqueId } : { [part]: inner }), {}));
        }
        const tf = { '//': { metadata, outputs } };
        const fragments = elements.map((e) => resolveValue(stack, e.toTerraform()));
        for (const fragment of fragments)
            deepMerge(tf, fragment);
        deepMerge(tf, overrides);
        return resolveValue(stack, tf);
    }
    finally {
        traces.resume();
    }
}
/**
 * What cdktf's `TerraformStack.prepareStack()` does (a backend when there is none, then a
 * preparing resolve of every element), with only the parts that may hold tokens resolved.
 */
function prepareStackTokens(stack) {
    // Rendering an element creates tokens of its own (its dependencies, references): untraced too.
    const traces = (0, token_traces_1.pauseTokenTraces)();
    try {
        stack.ensureBackendExists();
        for (const element of elementsOf(stack))
            prepareValue(stack, element.toTerraform());
    }
    finally {
        traces.resume();
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJlcGFyZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9wcmVwYXJlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7O0FBa0pBLDhDQTRCQztBQU1ELGdEQVNDO0FBN0pELG1DQUFxSTtBQUNySSxpREFBa0Q7QUFFbEQsTUFBTSxRQUFRLEdBQUcsSUFBSSw0QkFBb0IsQ0FBQyxJQUFJLG9CQUFZLEVBQUUsQ0FBQyxDQUFDO0FBQzlELDhFQUE4RTtBQUM5RSxNQUFNLGdCQUFnQixHQUFHLHFCQUFxQixDQUFDO0FBRS9DLDRFQUE0RTtBQUM1RSxTQUFTLFVBQVUsQ0FBQyxJQUFnQixFQUFFLE9BQTJCLEVBQUU7SUFDakUsSUFBSSx3QkFBZ0IsQ0FBQyxrQkFBa0IsQ0FBQyxJQUFJLENBQUM7UUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0lBQy9ELEtBQUssTUFBTSxLQUFLLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUN2QyxJQUFJLENBQUMsc0JBQWMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDO1lBQUUsVUFBVSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztJQUM5RCxDQUFDO0lBQ0QsT0FBTyxJQUFJLENBQUM7QUFDZCxDQUFDO0FBRUQsU0FBUyxZQUFZLENBQUMsS0FBYztJQUNsQyxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVE7UUFBRSxPQUFPLEtBQUssQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLElBQUksZ0JBQWdCLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQ2pHLE9BQU8sT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLGFBQUssQ0FBQyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDaEUsQ0FBQztBQUVELHFHQUFxRztBQUNyRyxTQUFTLGFBQWEsQ0FBQyxLQUFhO0lBQ2xDLE1BQU0sS0FBSyxHQUFHLE1BQU0sQ0FBQyxjQUFjLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDM0MsT0FBTyxDQUFDLEtBQUssS0FBSyxNQUFNLENBQUMsU0FBUyxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsSUFBSSxPQUFRLEtBQStCLENBQUMsT0FBTyxLQUFLLFVBQVUsQ0FBQztBQUMxSCxDQUFDO0FBRUQsMkVBQTJFO0FBQzNFLFNBQVMsWUFBWSxDQUFDLEtBQXFCLEVBQUUsS0FBYztJQUN6RCxJQUFJLEtBQUssS0FBSyxTQUFTLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssS0FBSyxTQUFTO1FBQUUsT0FBTztJQUNoRixNQUFNLFNBQVMsR0FBRyxHQUFHLEVBQUUsQ0FBQyxvQkFBWSxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUM7SUFDM0csSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxFQUFFLENBQUM7UUFDM0QsSUFBSSxZQUFZLENBQUMsS0FBSyxDQUFDO1lBQUUsU0FBUyxFQUFFLENBQUM7UUFDckMsT0FBTztJQUNULENBQUM7SUFDRCxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsRUFBRSxDQUFDO1FBQzlCLFNBQVMsRUFBRSxDQUFDO1FBQ1osT0FBTztJQUNULENBQUM7SUFDRCxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUN6QixJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDO1lBQUUsU0FBUyxFQUFFLENBQUM7O1lBQ3JDLEtBQUssTUFBTSxJQUFJLElBQUksS0FBSztnQkFBRSxZQUFZLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3pELE9BQU87SUFDVCxDQUFDO0lBQ0QsSUFBSSxDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsRUFBRSxDQUFDO1FBQ25FLFNBQVMsRUFBRSxDQUFDO1FBQ1osT0FBTztJQUNULENBQUM7SUFDRCxLQUFLLE1BQU0sSUFBSSxJQUFJLE1BQU0sQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDO1FBQUUsWUFBWSxDQUFDLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztBQUNyRSxDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFTLFlBQVksQ0FBQyxLQUFxQixFQUFFLEtBQWM7SUFDekQsSUFBSSxLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksT0FBTyxLQUFLLEtBQUssU0FBUztRQUFFLE9BQU8sS0FBSyxDQUFDO0lBQ3RGLE1BQU0sU0FBUyxHQUFHLEdBQUcsRUFBRSxDQUFDLG9CQUFZLENBQUMsT0FBTyxDQUFDLEtBQUssRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQztJQUM1RyxJQUFJLE9BQU8sS0FBSyxLQUFLLFFBQVEsSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1FBQUUsT0FBTyxZQUFZLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUM7SUFDN0csSUFBSSxPQUFPLEtBQUssS0FBSyxRQUFRO1FBQUUsT0FBTyxTQUFTLEVBQUUsQ0FBQztJQUNsRCxJQUFJLEtBQUssQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUN6QixJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDO1lBQUUsT0FBTyxTQUFTLEVBQUUsQ0FBQztRQUNqRCxNQUFNLEdBQUcsR0FBYyxFQUFFLENBQUM7UUFDMUIsS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQztZQUN6QixNQUFNLENBQUMsR0FBRyxZQUFZLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQ3BDLElBQUksQ0FBQyxLQUFLLFNBQVM7Z0JBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuQyxDQUFDO1FBQ0QsT0FBTyxHQUFHLENBQUM7SUFDYixDQUFDO0lBQ0QsSUFBSSxDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUM7UUFBRSxPQUFPLFNBQVMsRUFBRSxDQUFDO0lBQ3ZGLE1BQU0sR0FBRyxHQUE0QixFQUFFLENBQUM7SUFDeEMsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQztRQUMzQyxNQUFNLENBQUMsR0FBRyxZQUFZLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2pDLElBQUksQ0FBQyxLQUFLLFNBQVM7WUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2xDLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBUyxTQUFTLENBQUMsTUFBVyxFQUFFLE1BQVc7SUFDekMsSUFBSSxvQkFBWSxDQUFDLFlBQVksQ0FBQyxNQUFNLENBQUM7UUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLG9DQUFvQyxNQUFNLENBQUMsTUFBTSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQzdHLElBQUksT0FBTyxNQUFNLEtBQUssUUFBUSxJQUFJLE9BQU8sTUFBTSxLQUFLLFFBQVE7UUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLGtCQUFrQixPQUFPLE1BQU0sV0FBVyxPQUFPLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFDekksS0FBSyxNQUFNLEdBQUcsSUFBSSxNQUFNLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUM7UUFDdEMsTUFBTSxLQUFLLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzFCLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLEtBQUssS0FBSyxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDekUsSUFBSSxPQUFPLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxRQUFRO2dCQUFFLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLENBQUM7WUFDdEQsSUFBSSxvQkFBWSxDQUFDLFlBQVksQ0FBQyxLQUFLLENBQUM7Z0JBQUUsTUFBTSxDQUFDLEdBQUcsQ0FBQyxHQUFHLEtBQUssQ0FBQzs7Z0JBQ3JELFNBQVMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDckMsQ0FBQzthQUFNLElBQUksS0FBSyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQ2hDLE1BQU0sQ0FBQyxHQUFHLENBQUMsR0FBRyxLQUFLLENBQUMsT0FBTyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxFQUFFLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQztRQUNoRixDQUFDO2FBQU0sSUFBSSxLQUFLLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDL0IsT0FBTyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDckIsQ0FBQzthQUFNLENBQUM7WUFDTixNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsS0FBSyxDQUFDO1FBQ3RCLENBQUM7SUFDSCxDQUFDO0FBQ0gsQ0FBQztBQUVEOzs7Ozs7Ozs7R0FTRztBQUNILFNBQWdCLGlCQUFpQixDQUFDLEtBQXFCO0lBQ3JELE1BQU0sTUFBTSxHQUFHLElBQUEsK0JBQWdCLEdBQUUsQ0FBQztJQUNsQyxJQUFJLENBQUM7UUFDSCxNQUFNLFNBQVMsR0FBRyxLQUFxRyxDQUFDO1FBQ3hILE1BQU0sU0FBUyxHQUFHLFNBQVMsQ0FBQyxZQUFZLENBQUM7UUFDekMsTUFBTSxRQUFRLEdBQTRCO1lBQ3hDLE9BQU8sRUFBRSxTQUFTLENBQUMsWUFBWTtZQUMvQixTQUFTLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFO1lBQ3hCLE9BQU8sRUFBRSxPQUFPO1lBQ2hCLEtBQUssRUFBRSxTQUFTO1lBQ2hCLEdBQUcsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLEVBQUUsS0FBSyxFQUFFLE1BQU0sQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7U0FDL0YsQ0FBQztRQUNGLE1BQU0sUUFBUSxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUNuQyxLQUFLLE1BQU0sQ0FBQyxJQUFJLFFBQVE7WUFBRSxTQUFTLENBQUMsUUFBUSxFQUFFLG9CQUFZLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxVQUFVLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzVJLE1BQU0sT0FBTyxHQUE0QixFQUFFLENBQUM7UUFDNUMsS0FBSyxNQUFNLElBQUksSUFBSSxRQUFRLEVBQUUsQ0FBQztZQUM1QixJQUFJLENBQUMsdUJBQWUsQ0FBQyxpQkFBaUIsQ0FBQyxJQUFJLENBQUM7Z0JBQUUsU0FBUztZQUN2RCxTQUFTLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxXQUFXLENBQ3RELENBQUMsS0FBSyxFQUFFLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLENBQUMsZ0JBQWdCLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUNySCxDQUFDO1FBQ0QsTUFBTSxFQUFFLEdBQTRCLEVBQUUsSUFBSSxFQUFFLEVBQUUsUUFBUSxFQUFFLE9BQU8sRUFBRSxFQUFFLENBQUM7UUFDcEUsTUFBTSxTQUFTLEdBQUcsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsWUFBWSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQzVFLEtBQUssTUFBTSxRQUFRLElBQUksU0FBUztZQUFFLFNBQVMsQ0FBQyxFQUFFLEVBQUUsUUFBUSxDQUFDLENBQUM7UUFDMUQsU0FBUyxDQUFDLEVBQUUsRUFBRSxTQUFTLENBQUMsQ0FBQztRQUN6QixPQUFPLFlBQVksQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDakMsQ0FBQztZQUFTLENBQUM7UUFDVCxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDbEIsQ0FBQztBQUNILENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixrQkFBa0IsQ0FBQyxLQUFxQjtJQUN0RCwrRkFBK0Y7SUFDL0YsTUFBTSxNQUFNLEdBQUcsSUFBQSwrQkFBZ0IsR0FBRSxDQUFDO0lBQ2xDLElBQUksQ0FBQztRQUNILEtBQUssQ0FBQyxtQkFBbUIsRUFBRSxDQUFDO1FBQzVCLEtBQUssTUFBTSxPQUFPLElBQUksVUFBVSxDQUFDLEtBQUssQ0FBQztZQUFFLFlBQVksQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLFdBQVcsRUFBRSxDQUFDLENBQUM7SUFDdEYsQ0FBQztZQUFTLENBQUM7UUFDVCxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDbEIsQ0FBQztBQUNILENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIGNka3RmJ3MgcHJlcGFyaW5nIHBhc3MgYW5kIGl0cyByZW5kZXJpbmcgb2YgYSBzdGFjaywgb24gdGhlIHRva2VucyBvbmx5ICh0aGUgcmVuZGVyaW5nIGlzXG4gKiBgcmVuZGVyU3RhY2tUb2tlbnMoKWAgYmVsb3c7IHRoaXMgY29tbWVudCBpcyBhYm91dCB0aGUgcHJlcGFyaW5nIHBhc3MpLlxuICpcbiAqIEJlZm9yZSBpdCB3cml0ZXMgYW55IHN0YWNrLCBgYXBwLnN5bnRoKClgIGNhbGxzIGV2ZXJ5IHN0YWNrJ3MgYHByZXBhcmVTdGFjaygpYCwgd2hpY2ggcmVzb2x2ZXNcbiAqIGVhY2ggZWxlbWVudCdzIHdob2xlIFRlcnJhZm9ybSBKU09OIG9uY2Ugd2l0aCBgcHJlcGFyaW5nOiB0cnVlYCBhbmQgdGhyb3dzIHRoZSByZXN1bHQgYXdheTpcbiAqIHdoYXQgaXQgaXMgZm9yIGFyZSB0aGUgc2lkZSBlZmZlY3RzIG9mIHJlc29sdmluZyBzb21lIHRva2VucywgY2hpZWZseSBhIHJlZmVyZW5jZSB0byBhbm90aGVyXG4gKiBzdGFjaydzIHJlc291cmNlIHJlZ2lzdGVyaW5nIGFuIG91dHB1dCB0aGVyZSBhbmQgYSByZW1vdGUtc3RhdGUgZGF0YSBzb3VyY2UgaGVyZS4gY2RrdGYnc1xuICogcmVzb2x2ZXIgd2Fsa3MgZXZlcnkgdmFsdWUgb2YgdGhlIEpTT04gd2l0aCBhIGZyZXNoIGNvbnRleHQgZWFjaCwgc28gdGhhdCBwYXNzIHdhcyBhYm91dCA0MCUgb2ZcbiAqIHN5bnRoZXNpemluZyBhIEt1YmVybmV0ZXMgcGVybWl0ICh0aGVuIHRoZSBhdWRpdCByZW5kZXJzIHRoZSBzdGFjaywgYW5kIHRoZSBmaWxlIGlzIHdyaXR0ZW5cbiAqIGZyb20gdGhhdCByZW5kZXJpbmc6IGVncmVzcy1hdWRpdC1ob29rcy50cykuXG4gKlxuICogYHByZXBhcmVTdGFja1Rva2VucygpYCBnaXZlcyB0aGUgc2FtZSBzaWRlIGVmZmVjdHMgZm9yIGxlc3M6IGl0IHdhbGtzIHRoZSBzYW1lIEpTT04gaXRzZWxmIGFuZFxuICogaGFuZHMgdG8gY2RrdGYncyByZXNvbHZlciAoYFRva2VuaXphdGlvbi5yZXNvbHZlYCwgYHByZXBhcmluZzogdHJ1ZWAsIHRoZSByZXNvbHZlciBjZGt0ZiB1c2VzKVxuICogZXZlcnkgcGFydCB0aGF0IGNvdWxkIGhvbGQgYSB0b2tlbiwgYW5kIG5vdGhpbmcgZWxzZTpcbiAqXG4gKiAtIGEgc3RyaW5nIHRoYXQgaG9sZHMgYSB0b2tlbiBtYXJrZXIgKGBUZlRva2VuW2ApIG9yIGNvdWxkIGhvbGQgYSBudW1iZXIgdG9rZW4gKGNka3RmJ3Mgb3duXG4gKiAgIHRlc3QgZm9yIG51bWJlcnMgaW4gc3RyaW5nczogYSBkaWdpdCwgc2lnbiwgZG90IG9yIGJhciBiZWZvcmUgYW4gYGVgKTtcbiAqIC0gYSBudW1iZXIgdGhhdCBpcyBhIHRva2VuO1xuICogLSBhbiBhcnJheSB3aXRoIHN1Y2ggYSBzdHJpbmcgb3IgbnVtYmVyIGFtb25nIGl0cyBpdGVtcyAoYSBsaXN0IHRva2VuIG11c3QgYmUgcmVzb2x2ZWQgYXNcbiAqICAgdGhlIGxpc3QgaXQgaXMpO1xuICogLSBhbiBvYmplY3Qgd2l0aCBzdWNoIGEga2V5LCBhbmQgYW55IG9iamVjdCB0aGF0IGlzIG5vdCBhIHBsYWluIG9uZSAocmVzb2x2YWJsZXMsIGNvbnN0cnVjdHMsXG4gKiAgIGRhdGVzIGFuZCBjbGFzcyBpbnN0YW5jZXM6IGNka3RmIGRlY2lkZXMgd2hhdCB0aGV5IGFyZSwgYW5kIHRocm93cyB3aGVyZSBpdCB0aHJvd3MpO1xuICogLSBhIGZ1bmN0aW9uIChjZGt0ZiByZWZ1c2VzIGl0LCBzbyB0aGUgc2FtZSBlcnJvciBpcyByYWlzZWQgaGVyZSkuXG4gKlxuICogUGxhaW4gYXJyYXlzIGFuZCBvYmplY3RzIHdpdGhvdXQgdGhvc2UgYXJlIHdhbGtlZCBpbnRvOyBzdHJpbmdzLCBudW1iZXJzIGFuZCBib29sZWFucyB3aXRob3V0XG4gKiB0b2tlbnMgYXJlIHNraXBwZWQsIHNpbmNlIHJlc29sdmluZyB0aGVtIGhhcyBubyBlZmZlY3QgYXQgYWxsLiBDb250ZXh0cyBuZWVkIG5vIGNhcmU6IGEgcGxhaW5cbiAqIHZhbHVlIGF0IGFueSBkZXB0aCBpcyByZXNvbHZlZCB3aXRoIHRoZSBkZWZhdWx0IGNvbnRleHQsIGFzIGNka3RmJ3Mgd2FsayB3b3VsZCBnaXZlIGl0LlxuICogdGVzdC90ZXJyYWZvcm0vcHJlcGFyZS50ZXN0LnRzIGNvbXBhcmVzIHRoZSBzaWRlIGVmZmVjdHMgd2l0aCBjZGt0ZidzIG93biBwYXNzIChjcm9zcy1zdGFja1xuICogcmVmZXJlbmNlcyBib3RoIHdheXMsIGEgbGF6eSB2YWx1ZSB0aGF0IGFkZHMgYSByZXNvdXJjZSkgYW5kIHRoZSB3cml0dGVuIGZpbGVzLlxuICovXG5pbXBvcnQgdHlwZSB7IElDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IERlZmF1bHRUb2tlblJlc29sdmVyLCBTdHJpbmdDb25jYXQsIFRlcnJhZm9ybUVsZW1lbnQsIFRlcnJhZm9ybU91dHB1dCwgVGVycmFmb3JtU3RhY2ssIFRva2VuLCBUb2tlbml6YXRpb24gfSBmcm9tICcuL2Nka3RmJztcbmltcG9ydCB7IHBhdXNlVG9rZW5UcmFjZXMgfSBmcm9tICcuL3Rva2VuLXRyYWNlcyc7XG5cbmNvbnN0IFJFU09MVkVSID0gbmV3IERlZmF1bHRUb2tlblJlc29sdmVyKG5ldyBTdHJpbmdDb25jYXQoKSk7XG4vKiogQSBzdHJpbmcgdGhhdCBtYXkgaG9sZCBhIG51bWJlciB0b2tlbiAoYSBzdXBlcnNldCBvZiBjZGt0ZidzIG93biB0ZXN0KS4gKi9cbmNvbnN0IE5VTUJFUl9JTl9TVFJJTkcgPSAvWy18XFxkLitdZVstfFxcZC5lRStdLztcblxuLyoqIFRoZSBUZXJyYWZvcm0gZWxlbWVudHMgb2YgYSBzdGFjaywgbm90IHRob3NlIG9mIGEgc3RhY2sgbmVzdGVkIGluIGl0LiAqL1xuZnVuY3Rpb24gZWxlbWVudHNPZihub2RlOiBJQ29uc3RydWN0LCBpbnRvOiBUZXJyYWZvcm1FbGVtZW50W10gPSBbXSk6IFRlcnJhZm9ybUVsZW1lbnRbXSB7XG4gIGlmIChUZXJyYWZvcm1FbGVtZW50LmlzVGVycmFmb3JtRWxlbWVudChub2RlKSkgaW50by5wdXNoKG5vZGUpO1xuICBmb3IgKGNvbnN0IGNoaWxkIG9mIG5vZGUubm9kZS5jaGlsZHJlbikge1xuICAgIGlmICghVGVycmFmb3JtU3RhY2suaXNTdGFjayhjaGlsZCkpIGVsZW1lbnRzT2YoY2hpbGQsIGludG8pO1xuICB9XG4gIHJldHVybiBpbnRvO1xufVxuXG5mdW5jdGlvbiBtYXlIb2xkVG9rZW4odmFsdWU6IHVua25vd24pOiBib29sZWFuIHtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiB2YWx1ZS5pbmNsdWRlcygnVGZUb2tlblsnKSB8fCBOVU1CRVJfSU5fU1RSSU5HLnRlc3QodmFsdWUpO1xuICByZXR1cm4gdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJyAmJiBUb2tlbi5pc1VucmVzb2x2ZWQodmFsdWUpO1xufVxuXG4vKiogQSBwbGFpbiBvYmplY3QgKGEgbGl0ZXJhbCBvciBgT2JqZWN0LmNyZWF0ZShudWxsKWApIHRoYXQgaXMgbm90IGEgcmVzb2x2YWJsZSAobm8gYHJlc29sdmUoKWApLiAqL1xuZnVuY3Rpb24gaXNQbGFpbk9iamVjdCh2YWx1ZTogb2JqZWN0KTogYm9vbGVhbiB7XG4gIGNvbnN0IHByb3RvID0gT2JqZWN0LmdldFByb3RvdHlwZU9mKHZhbHVlKTtcbiAgcmV0dXJuIChwcm90byA9PT0gT2JqZWN0LnByb3RvdHlwZSB8fCBwcm90byA9PT0gbnVsbCkgJiYgdHlwZW9mICh2YWx1ZSBhcyB7IHJlc29sdmU/OiB1bmtub3duIH0pLnJlc29sdmUgIT09ICdmdW5jdGlvbic7XG59XG5cbi8qKiBSZXNvbHZlcyAod2l0aCBwcmVwYXJpbmcpIHRoZSBwYXJ0cyBvZiBgdmFsdWVgIHRoYXQgbWF5IGhvbGQgdG9rZW5zLiAqL1xuZnVuY3Rpb24gcHJlcGFyZVZhbHVlKHN0YWNrOiBUZXJyYWZvcm1TdGFjaywgdmFsdWU6IHVua25vd24pOiB2b2lkIHtcbiAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IG51bGwgfHwgdHlwZW9mIHZhbHVlID09PSAnYm9vbGVhbicpIHJldHVybjtcbiAgY29uc3QgcmVzb2x2ZUl0ID0gKCkgPT4gVG9rZW5pemF0aW9uLnJlc29sdmUodmFsdWUsIHsgc2NvcGU6IHN0YWNrLCBwcmVwYXJpbmc6IHRydWUsIHJlc29sdmVyOiBSRVNPTFZFUiB9KTtcbiAgaWYgKHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgfHwgdHlwZW9mIHZhbHVlID09PSAnbnVtYmVyJykge1xuICAgIGlmIChtYXlIb2xkVG9rZW4odmFsdWUpKSByZXNvbHZlSXQoKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKHR5cGVvZiB2YWx1ZSAhPT0gJ29iamVjdCcpIHtcbiAgICByZXNvbHZlSXQoKTtcbiAgICByZXR1cm47XG4gIH1cbiAgaWYgKEFycmF5LmlzQXJyYXkodmFsdWUpKSB7XG4gICAgaWYgKHZhbHVlLnNvbWUobWF5SG9sZFRva2VuKSkgcmVzb2x2ZUl0KCk7XG4gICAgZWxzZSBmb3IgKGNvbnN0IGl0ZW0gb2YgdmFsdWUpIHByZXBhcmVWYWx1ZShzdGFjaywgaXRlbSk7XG4gICAgcmV0dXJuO1xuICB9XG4gIGlmICghaXNQbGFpbk9iamVjdCh2YWx1ZSkgfHwgT2JqZWN0LmtleXModmFsdWUpLnNvbWUobWF5SG9sZFRva2VuKSkge1xuICAgIHJlc29sdmVJdCgpO1xuICAgIHJldHVybjtcbiAgfVxuICBmb3IgKGNvbnN0IGl0ZW0gb2YgT2JqZWN0LnZhbHVlcyh2YWx1ZSkpIHByZXBhcmVWYWx1ZShzdGFjaywgaXRlbSk7XG59XG5cbi8qKlxuICogYHZhbHVlYCB3aXRoIHRoZSBwYXJ0cyB0aGF0IG1heSBob2xkIHRva2VucyByZXNvbHZlZCBhcyBjZGt0ZidzIGByZXNvbHZlKClgIHJlc29sdmVzIHRoZW1cbiAqIChgcHJlcGFyaW5nOiBmYWxzZWApLCBhbmQgdGhlIHJlc3QgY29waWVkIGFzIGNka3RmJ3Mgd2FsayBjb3BpZXMgaXQ6IG5ldyBhcnJheXMgYW5kIG9iamVjdHMsXG4gKiB1bmRlZmluZWQgaXRlbXMgYW5kIHZhbHVlcyBsZWZ0IG91dDsgc3RyaW5ncywgbnVtYmVycyBhbmQgYm9vbGVhbnMgd2l0aG91dCB0b2tlbnMgYXMgdGhleSBhcmVcbiAqIChjZGt0ZidzIHdhbGsgcmV0dXJucyB0aGVtIHVuY2hhbmdlZCkuXG4gKi9cbmZ1bmN0aW9uIHJlc29sdmVWYWx1ZShzdGFjazogVGVycmFmb3JtU3RhY2ssIHZhbHVlOiB1bmtub3duKTogdW5rbm93biB7XG4gIGlmICh2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSBudWxsIHx8IHR5cGVvZiB2YWx1ZSA9PT0gJ2Jvb2xlYW4nKSByZXR1cm4gdmFsdWU7XG4gIGNvbnN0IHJlc29sdmVJdCA9ICgpID0+IFRva2VuaXphdGlvbi5yZXNvbHZlKHZhbHVlLCB7IHNjb3BlOiBzdGFjaywgcHJlcGFyaW5nOiBmYWxzZSwgcmVzb2x2ZXI6IFJFU09MVkVSIH0pO1xuICBpZiAodHlwZW9mIHZhbHVlID09PSAnc3RyaW5nJyB8fCB0eXBlb2YgdmFsdWUgPT09ICdudW1iZXInKSByZXR1cm4gbWF5SG9sZFRva2VuKHZhbHVlKSA/IHJlc29sdmVJdCgpIDogdmFsdWU7XG4gIGlmICh0eXBlb2YgdmFsdWUgIT09ICdvYmplY3QnKSByZXR1cm4gcmVzb2x2ZUl0KCk7XG4gIGlmIChBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgIGlmICh2YWx1ZS5zb21lKG1heUhvbGRUb2tlbikpIHJldHVybiByZXNvbHZlSXQoKTtcbiAgICBjb25zdCBvdXQ6IHVua25vd25bXSA9IFtdO1xuICAgIGZvciAoY29uc3QgaXRlbSBvZiB2YWx1ZSkge1xuICAgICAgY29uc3QgciA9IHJlc29sdmVWYWx1ZShzdGFjaywgaXRlbSk7XG4gICAgICBpZiAociAhPT0gdW5kZWZpbmVkKSBvdXQucHVzaChyKTtcbiAgICB9XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuICBpZiAoIWlzUGxhaW5PYmplY3QodmFsdWUpIHx8IE9iamVjdC5rZXlzKHZhbHVlKS5zb21lKG1heUhvbGRUb2tlbikpIHJldHVybiByZXNvbHZlSXQoKTtcbiAgY29uc3Qgb3V0OiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICBmb3IgKGNvbnN0IFtrLCB2XSBvZiBPYmplY3QuZW50cmllcyh2YWx1ZSkpIHtcbiAgICBjb25zdCByID0gcmVzb2x2ZVZhbHVlKHN0YWNrLCB2KTtcbiAgICBpZiAociAhPT0gdW5kZWZpbmVkKSBvdXRba10gPSByO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKlxuICogY2RrdGYncyBgZGVlcE1lcmdlYCAobm90IGV4cG9ydGVkIGJ5IGl0cyBwYWNrYWdlKTogYHNvdXJjZWAgbWVyZ2VkIGludG8gYHRhcmdldGAgaW4gcGxhY2U7XG4gKiBvYmplY3RzIG1lcmdlZCBrZXkgYnkga2V5IChhIHJlc29sdmFibGUgdGFrZW4gYXMgaXQgaXMpLCBhcnJheXMgYXBwZW5kZWQgdG8gYW4gYXJyYXkgYWxyZWFkeVxuICogdGhlcmUsIGFuIHVuZGVmaW5lZCB2YWx1ZSBkZWxldGluZyB0aGUga2V5LCBhbnl0aGluZyBlbHNlIHJlcGxhY2luZyB3aGF0IHdhcyB0aGVyZS5cbiAqL1xuZnVuY3Rpb24gZGVlcE1lcmdlKHRhcmdldDogYW55LCBzb3VyY2U6IGFueSk6IHZvaWQge1xuICBpZiAoVG9rZW5pemF0aW9uLmlzUmVzb2x2YWJsZSh0YXJnZXQpKSB0aHJvdyBuZXcgRXJyb3IoYGNhbm5vdCBtZXJnZSBpbnRvIHRoZSByZXNvbHZhYmxlICR7U3RyaW5nKHRhcmdldCl9YCk7XG4gIGlmICh0eXBlb2Ygc291cmNlICE9PSAnb2JqZWN0JyB8fCB0eXBlb2YgdGFyZ2V0ICE9PSAnb2JqZWN0JykgdGhyb3cgbmV3IEVycm9yKGBjYW5ub3QgbWVyZ2UgYSAke3R5cGVvZiBzb3VyY2V9IGludG8gYSAke3R5cGVvZiB0YXJnZXR9YCk7XG4gIGZvciAoY29uc3Qga2V5IG9mIE9iamVjdC5rZXlzKHNvdXJjZSkpIHtcbiAgICBjb25zdCB2YWx1ZSA9IHNvdXJjZVtrZXldO1xuICAgIGlmICh0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnICYmIHZhbHVlICE9PSBudWxsICYmICFBcnJheS5pc0FycmF5KHZhbHVlKSkge1xuICAgICAgaWYgKHR5cGVvZiB0YXJnZXRba2V5XSAhPT0gJ29iamVjdCcpIHRhcmdldFtrZXldID0ge307XG4gICAgICBpZiAoVG9rZW5pemF0aW9uLmlzUmVzb2x2YWJsZSh2YWx1ZSkpIHRhcmdldFtrZXldID0gdmFsdWU7XG4gICAgICBlbHNlIGRlZXBNZXJnZSh0YXJnZXRba2V5XSwgdmFsdWUpO1xuICAgIH0gZWxzZSBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIHRhcmdldFtrZXldID0gQXJyYXkuaXNBcnJheSh0YXJnZXRba2V5XSkgPyBbLi4udGFyZ2V0W2tleV0sIC4uLnZhbHVlXSA6IHZhbHVlO1xuICAgIH0gZWxzZSBpZiAodmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgZGVsZXRlIHRhcmdldFtrZXldO1xuICAgIH0gZWxzZSB7XG4gICAgICB0YXJnZXRba2V5XSA9IHZhbHVlO1xuICAgIH1cbiAgfVxufVxuXG4vKipcbiAqIFRoZSBzdGFjaydzIFRlcnJhZm9ybSBKU09OIGFzIGNka3RmJ3MgYFRlcnJhZm9ybVN0YWNrLnRvVGVycmFmb3JtKClgIHJlbmRlcnMgaXQsIHdpdGggb25seSB0aGVcbiAqIHBhcnRzIHRoYXQgbWF5IGhvbGQgdG9rZW5zIGhhbmRlZCB0byBjZGt0ZidzIHJlc29sdmVyIChgcmVzb2x2ZVZhbHVlYCkuIGNka3RmIHJlc29sdmVzIGV2ZXJ5XG4gKiB2YWx1ZSBvZiBldmVyeSBlbGVtZW50LCB0aGVuIGV2ZXJ5IHZhbHVlIG9mIHRoZSBtZXJnZWQgZG9jdW1lbnQgYSBzZWNvbmQgdGltZSwgd2l0aCBhIGZyZXNoXG4gKiByZXNvbHV0aW9uIGNvbnRleHQgcGVyIHZhbHVlOiBhYm91dCBhIHRoaXJkIG9mIHN5bnRoZXNpemluZyBhIEt1YmVybmV0ZXMgcGVybWl0LiBUaGUgc3RlcHMgYW5kXG4gKiB0aGVpciBvcmRlciBhcmUgY2RrdGYnczogZWFjaCBlbGVtZW50J3MgbWV0YWRhdGEgKHJlc29sdmVkIHdob2xlOiBzbWFsbCksIHRoZSBvdXRwdXRzJyBtYXAsXG4gKiBlYWNoIGVsZW1lbnQncyBKU09OIHJlc29sdmVkIGFuZCBkZWVwLW1lcmdlZCBpbnRvIHRoZSBkb2N1bWVudCwgdGhlIHN0YWNrJ3Mgb3ZlcnJpZGVzIG1lcmdlZCxcbiAqIHRoZSB3aG9sZSByZXNvbHZlZCBhZ2Fpbi4gdGVzdC90ZXJyYWZvcm0vcHJlcGFyZS50ZXN0LnRzIGNvbXBhcmVzIHRoZSByZXN1bHQgd2l0aCBjZGt0ZidzIGZvclxuICogZXZlcnkgVGVycmFmb3JtIHN0YWNrIG9mIHRoZSBraXQgYW5kIGZvciBzdGFja3Mgd2l0aCByZWZlcmVuY2VzLCBsYXp5IHZhbHVlcyBhbmQgb3ZlcnJpZGVzLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVyU3RhY2tUb2tlbnMoc3RhY2s6IFRlcnJhZm9ybVN0YWNrKTogYW55IHtcbiAgY29uc3QgdHJhY2VzID0gcGF1c2VUb2tlblRyYWNlcygpO1xuICB0cnkge1xuICAgIGNvbnN0IGludGVybmFscyA9IHN0YWNrIGFzIHVua25vd24gYXMgeyByZWFkb25seSByYXdPdmVycmlkZXM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+OyByZWFkb25seSBjZGt0ZlZlcnNpb246IHN0cmluZyB9O1xuICAgIGNvbnN0IG92ZXJyaWRlcyA9IGludGVybmFscy5yYXdPdmVycmlkZXM7XG4gICAgY29uc3QgbWV0YWRhdGE6IFJlY29yZDxzdHJpbmcsIHVua25vd24+ID0ge1xuICAgICAgdmVyc2lvbjogaW50ZXJuYWxzLmNka3RmVmVyc2lvbixcbiAgICAgIHN0YWNrTmFtZTogc3RhY2subm9kZS5pZCxcbiAgICAgIGJhY2tlbmQ6ICdsb2NhbCcsXG4gICAgICBjbG91ZDogdW5kZWZpbmVkLFxuICAgICAgLi4uKE9iamVjdC5rZXlzKG92ZXJyaWRlcykubGVuZ3RoID4gMCA/IHsgb3ZlcnJpZGVzOiB7IHN0YWNrOiBPYmplY3Qua2V5cyhvdmVycmlkZXMpIH0gfSA6IHt9KSxcbiAgICB9O1xuICAgIGNvbnN0IGVsZW1lbnRzID0gZWxlbWVudHNPZihzdGFjayk7XG4gICAgZm9yIChjb25zdCBlIG9mIGVsZW1lbnRzKSBkZWVwTWVyZ2UobWV0YWRhdGEsIFRva2VuaXphdGlvbi5yZXNvbHZlKGUudG9NZXRhZGF0YSgpLCB7IHNjb3BlOiBzdGFjaywgcHJlcGFyaW5nOiBmYWxzZSwgcmVzb2x2ZXI6IFJFU09MVkVSIH0pKTtcbiAgICBjb25zdCBvdXRwdXRzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiA9IHt9O1xuICAgIGZvciAoY29uc3QgaXRlbSBvZiBlbGVtZW50cykge1xuICAgICAgaWYgKCFUZXJyYWZvcm1PdXRwdXQuaXNUZXJyYWZvcm1PdXRwdXQoaXRlbSkpIGNvbnRpbnVlO1xuICAgICAgZGVlcE1lcmdlKG91dHB1dHMsIGl0ZW0ubm9kZS5wYXRoLnNwbGl0KCcvJykucmVkdWNlUmlnaHQ8UmVjb3JkPHN0cmluZywgdW5rbm93bj4+KFxuICAgICAgICAoaW5uZXIsIHBhcnQpID0+IChPYmplY3Qua2V5cyhpbm5lcikubGVuZ3RoID09PSAwID8geyBbcGFydF06IGl0ZW0uZnJpZW5kbHlVbmlxdWVJZCB9IDogeyBbcGFydF06IGlubmVyIH0pLCB7fSkpO1xuICAgIH1cbiAgICBjb25zdCB0ZjogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7ICcvLyc6IHsgbWV0YWRhdGEsIG91dHB1dHMgfSB9O1xuICAgIGNvbnN0IGZyYWdtZW50cyA9IGVsZW1lbnRzLm1hcCgoZSkgPT4gcmVzb2x2ZVZhbHVlKHN0YWNrLCBlLnRvVGVycmFmb3JtKCkpKTtcbiAgICBmb3IgKGNvbnN0IGZyYWdtZW50IG9mIGZyYWdtZW50cykgZGVlcE1lcmdlKHRmLCBmcmFnbWVudCk7XG4gICAgZGVlcE1lcmdlKHRmLCBvdmVycmlkZXMpO1xuICAgIHJldHVybiByZXNvbHZlVmFsdWUoc3RhY2ssIHRmKTtcbiAgfSBmaW5hbGx5IHtcbiAgICB0cmFjZXMucmVzdW1lKCk7XG4gIH1cbn1cblxuLyoqXG4gKiBXaGF0IGNka3RmJ3MgYFRlcnJhZm9ybVN0YWNrLnByZXBhcmVTdGFjaygpYCBkb2VzIChhIGJhY2tlbmQgd2hlbiB0aGVyZSBpcyBub25lLCB0aGVuIGFcbiAqIHByZXBhcmluZyByZXNvbHZlIG9mIGV2ZXJ5IGVsZW1lbnQpLCB3aXRoIG9ubHkgdGhlIHBhcnRzIHRoYXQgbWF5IGhvbGQgdG9rZW5zIHJlc29sdmVkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcHJlcGFyZVN0YWNrVG9rZW5zKHN0YWNrOiBUZXJyYWZvcm1TdGFjayk6IHZvaWQge1xuICAvLyBSZW5kZXJpbmcgYW4gZWxlbWVudCBjcmVhdGVzIHRva2VucyBvZiBpdHMgb3duIChpdHMgZGVwZW5kZW5jaWVzLCByZWZlcmVuY2VzKTogdW50cmFjZWQgdG9vLlxuICBjb25zdCB0cmFjZXMgPSBwYXVzZVRva2VuVHJhY2VzKCk7XG4gIHRyeSB7XG4gICAgc3RhY2suZW5zdXJlQmFja2VuZEV4aXN0cygpO1xuICAgIGZvciAoY29uc3QgZWxlbWVudCBvZiBlbGVtZW50c09mKHN0YWNrKSkgcHJlcGFyZVZhbHVlKHN0YWNrLCBlbGVtZW50LnRvVGVycmFmb3JtKCkpO1xuICB9IGZpbmFsbHkge1xuICAgIHRyYWNlcy5yZXN1bWUoKTtcbiAgfVxufVxuIl19