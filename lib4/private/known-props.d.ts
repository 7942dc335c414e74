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
/** The known key a misspelled one most likely meant. */
export declare function suggestKey(key: string, known: readonly string[]): string | undefined;
/**
 * Throws when `props` (of the struct named `struct`, e.g. `LabStackProps`) or a struct inside
 * it holds a key its interface does not declare.
 */
export declare function checkKnownProps(scope: IConstruct, struct: string, props: unknown): void;
/**
 * The entries of `props` that `struct` declares: for a stack that hands its own props, already
 * checked against its own interface, on to a construct with fewer options.
 */
export declare function knownPropsOnly<T extends object>(struct: string, props: T): T;
