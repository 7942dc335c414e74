import { Diagnostic, SourceLocation } from '../errors';
import { YamlPath, YamlSource } from './yaml-source';
/**
 * A copy of `s` that shares no memory with the text it was parsed from. A YAML parser hands
 * out its strings as slices of its own copy of the whole file, and one kept slice keeps that
 * copy alive: the users of a 100,000-user registry would hold 18 MB of YAML nobody reads.
 * Strings shorter than 13 characters are always copies already. Text with surrogates (emoji,
 * or a lone one from a double-quoted escape) is kept as it is: a lone one would not survive
 * the copy, and such text is rare.
 */
export declare function ownText(s: string): string;
/**
 * Reads typed values out of parsed YAML (or plain objects from code), collecting every
 * problem with its location instead of stopping at the first.
 */
export declare class FieldReader {
    private readonly source;
    private readonly label;
    readonly errors: Diagnostic[];
    readonly warnings: Diagnostic[];
    constructor(source: YamlSource | undefined, label: string);
    locate(path: YamlPath, preferKey?: boolean): SourceLocation;
    locateWithin(path: YamlPath, snippet: string): SourceLocation;
    error(path: YamlPath, code: string, message: string, value: unknown, fix: string): void;
    warn(path: YamlPath, code: string, message: string, value: unknown, fix: string, preferKey?: boolean): void;
    /** Throws all collected errors at once, with the file named in the summary. */
    throwIfErrors(summary: string): void;
    expect(path: YamlPath, v: unknown, expected: string, fix?: string): void;
    str(obj: any, key: string, path: YamlPath, opts?: {
        required?: boolean;
        allowNumber?: boolean;
    }): string | undefined;
    int(obj: any, key: string, path: YamlPath, opts?: {
        min?: number;
        max?: number;
    }): number | undefined;
    num(obj: any, key: string, path: YamlPath, opts?: {
        min?: number;
    }): number | undefined;
    bool(obj: any, key: string, path: YamlPath): boolean | undefined;
    strList(obj: any, key: string, path: YamlPath): string[] | undefined;
    intList(obj: any, key: string, path: YamlPath, opts?: {
        min?: number;
        max?: number;
    }): number[] | undefined;
    stringMap(obj: any, key: string, path: YamlPath): {
        [k: string]: string;
    } | undefined;
    mapping(obj: any, key: string, path: YamlPath): any | undefined;
    list(obj: any, key: string, path: YamlPath): any[] | undefined;
    /** Warns about keys of `obj` that are not in `known`. */
    unknownKeys(obj: any, known: ReadonlySet<string>, path: YamlPath): void;
}
/** The closest known key by edit distance, when close enough to be a typo. */
export declare function closest(word: string, candidates: Iterable<string>): string | undefined;
