/**
 * Unknown options in construct props, caught where TypeScript cannot: JavaScript callers, props
 * built from files or JSON, a spread with a misspelled key. Every key of a construct's props, and
 * of the structs inside them (lists of structs included), must be one the props interface
 * declares; otherwise one error names the construct path, the key with its path inside the props,
 * the value and the closest known key ("did you mean"). The key lists are generated from the
 * interfaces (known-props.generated.ts, scripts/generate-known-props.ts) and a test keeps them equal.
 *
 * Keys whose value is `undefined` are let through (spreads of optional values write them), and
 * values that are not plain objects (class instances, tokens) are not looked into.
 */
import { IConstruct } from 'constructs';
import { KNOWN_PROPS } from './known-props.generated';
import { Diagnostic } from '../workspaces/errors';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { closest } from '../workspaces/private/fields';

function isPlainObject(v: unknown): v is { [key: string]: unknown } {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** `registry_file` -> `registryFile`, `vpc-id` -> `vpcId`. */
function camelCase(key: string): string {
  return key.replace(/[_-]+([a-zA-Z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The known key a misspelled one most likely meant. */
export function suggestKey(key: string, known: readonly string[]): string | undefined {
  const camel = camelCase(key);
  if (known.includes(camel)) return camel;
  const sameCase = known.find((k) => k.toLowerCase() === key.toLowerCase());
  return sameCase ?? closest(camel, known);
}

function walk(scope: IConstruct, struct: string, value: unknown, prefix: string, out: Diagnostic[]): void {
  const spec = KNOWN_PROPS[struct];
  if (!spec || !isPlainObject(value)) return;
  for (const key of Object.keys(value)) {
    const field = prefix ? `${prefix}.${key}` : key;
    const v = value[key];
    if (!spec.keys.includes(key)) {
      if (v === undefined) continue;
      const near = suggestKey(key, spec.keys);
      out.push(problem({
        code: 'unknown-option',
        field,
        value: v,
        message: `${struct} has no option "${key}" (it would be ignored)`,
        fix: near ? `did you mean "${near}"? Rename ${field} to ${prefix ? `${prefix}.` : ''}${near}` : `remove it; the options of ${struct} are ${spec.keys.join(', ')}`,
        location: { file: `construct ${scope.node.path}` },
      }));
      continue;
    }
    const child = spec.nested[key];
    if (!child) continue;
    if (Array.isArray(v)) v.forEach((x, i) => walk(scope, child, x, `${field}[${i}]`, out));
    else walk(scope, child, v, field, out);
  }
}

/**
 * Throws when `props` (of the struct named `struct`, e.g. `LabStackProps`) or a struct inside
 * it holds a key its interface does not declare.
 */
export function checkKnownProps(scope: IConstruct, struct: string, props: unknown): void {
  if (!KNOWN_PROPS[struct]) throw new Error(`internal: no key list for ${struct}: run scripts/generate-known-props.ts`);
  const problems: Diagnostic[] = [];
  walk(scope, struct, props, '', problems);
  if (problems.length) {
    throw new WorkspaceInputError(problems, problems.length > 1 ? `construct ${scope.node.path}: ${problems.length} unknown options in ${struct}` : undefined);
  }
}

/**
 * The entries of `props` that `struct` declares: for a stack that hands its own props, already
 * checked against its own interface, on to a construct with fewer options.
 */
export function knownPropsOnly<T extends object>(struct: string, props: T): T {
  const spec = KNOWN_PROPS[struct];
  if (!spec) throw new Error(`internal: no key list for ${struct}: run scripts/generate-known-props.ts`);
  return Object.fromEntries(Object.entries(props).filter(([k]) => spec.keys.includes(k))) as T;
}
