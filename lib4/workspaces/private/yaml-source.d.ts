import { Node, Document } from 'yaml';
import { SourceLocation } from '../errors';
import { InputKind } from './input-files';
/** A path inside a YAML document: keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;
/** Formats a path as `services[0].port`. */
export declare function formatPath(path: YamlPath): string;
/**
 * A parsed YAML file that remembers where every value came from, so errors can name
 * file, line and column. Parse errors never escape as the YAML library's own exceptions.
 */
export declare class YamlSource {
    readonly text: string;
    readonly file: string;
    /**
     * Reads and parses a file: a regular file no larger than the kind's limit (see
     * input-files.ts); errors name the file, never its contents.
     */
    static fromFile(file: string, kind?: InputKind): YamlSource;
    /** The parsed data (plain JSON-like values); undefined after `releaseData()`. */
    get data(): unknown;
    private values;
    private parsed?;
    constructor(text: string, file: string);
    /**
     * Drops the parsed data once a reader has taken what it needs (positions for messages come
     * from the text): the tree of a 100,000-user registry is tens of megabytes.
     */
    releaseData(): void;
    /**
     * The document with source positions (the `yaml` library's tree), parsed on first use:
     * building it costs about 20 times the plain load, so large valid files never pay for it.
     */
    get doc(): Document;
    private get lines();
    private parse;
    /** The node at a path, or undefined. */
    node(path: YamlPath): Node | undefined;
    /** The key node of the last path element (points at `port:` rather than its value). */
    keyNode(path: YamlPath): Node | undefined;
    /**
     * Location of the value at `path`; falls back to the nearest existing parent.
     */
    locate(path: YamlPath, preferKey?: boolean): SourceLocation;
    /** Location of a byte offset. */
    position(offset: number): SourceLocation;
    /**
     * Location of a text snippet found inside the string value at `path` (for block scalars:
     * points at the line of a post_install script that matched a lint rule).
     */
    locateWithin(path: YamlPath, snippet: string): SourceLocation;
}
