import { Document, Node, Scalar, YAMLMap, YAMLSeq } from 'yaml';
/** A path of map keys and list indexes. */
export type YamlEditPath = ReadonlyArray<string | number>;
/** A scalar node. */
export declare function scalarNode(value: string | number | boolean): Scalar;
/** A list node of scalars, in flow (`[a, b]`) or block style. */
export declare function seqNode(items: Array<string | number | boolean | Node>, flow: boolean): YAMLSeq;
/** A mapping node, keys in the given order, in flow (`{ a: 1 }`) or block style. */
export declare function mapNode(entries: Array<[string, string | number | boolean | Node]>, flow: boolean): YAMLMap;
/**
 * Edits a YAML document by splicing its text, so that everything the edit does not touch
 * (comments, blank lines, quoting, key order, indentation, spacing before inline comments)
 * stays byte for byte as it was. The `yaml` library parses the document and locates nodes;
 * only the inserted or replaced text is produced by its stringifier. After every edit the
 * text is parsed again.
 *
 * Comment lines directly above a removed list item or key (same indentation, no blank line
 * between) are taken to describe it and are removed with it; inline comments on its lines too.
 */
export declare class YamlEditor {
    private src;
    private parsed;
    private readonly layout;
    constructor(text: string);
    /** The current text. */
    get text(): string;
    /** The current document (read it; edit through the methods). */
    get doc(): Document.Parsed;
    /** The node at a path, or undefined. */
    node(path: YamlEditPath): Node | undefined;
    /** The plain value at a path. */
    value(path: YamlEditPath): unknown;
    /** Index of the first list item at `listPath` whose `key` is `value` (`-1` when none). */
    indexWhere(listPath: YamlEditPath, key: string, value: string): number;
    /**
     * Sets `key` of the mapping at `mapPath` to a value (a scalar or a node from seqNode/mapNode).
     * An existing value is replaced in place; a new key is added after the mapping's last key.
     */
    set(mapPath: YamlEditPath, key: string, value: string | number | boolean | Node): void;
    /** Removes `key` from the mapping at `mapPath` (nothing happens when it is absent). */
    delete(mapPath: YamlEditPath, key: string): void;
    /**
     * Appends an item to the list at `listPath`, after its last item. When the list does not
     * exist it is created (in flow style when `createFlow`); an empty flow list (`[]`) becomes a
     * block list unless `createFlow`. The item's own style is that of the node given.
     */
    append(listPath: YamlEditPath, item: string | number | boolean | Node, createFlow?: boolean): void;
    /**
     * Removes item `index` of the list at `listPath`. When it was the last item the key is
     * removed (`whenEmpty: 'delete-key'`) or set to `[]` (`'empty-list'`).
     */
    removeItem(listPath: YamlEditPath, index: number, whenEmpty?: 'delete-key' | 'empty-list'): void;
    private reparse;
    private splice;
    private lineStart;
    /** Index of the newline ending the line of `pos` (or the text's length). */
    private lineEnd;
    private column;
    /** Position of the last non-blank character in [start, end). */
    private contentEnd;
    /** Position of the `-` that introduces the list item starting at `pos`. */
    private dashBefore;
    /** Last content position of a key/value pair. */
    private pairEnd;
    /**
     * Last content position of a node. Block collections end with their last entry: the
     * parser's range of a block collection also covers comment lines that follow it.
     */
    private nodeEnd;
    /** Moves `pos` up over comment lines directly above it that have the same indentation. */
    private withCommentsAbove;
    /** Deletes whole lines from the line of `from` through the line of `to`. */
    private deleteLines;
    /** Inserts lines (given without a final line ending) after the line of `pos`. */
    private insertAfterLine;
    private appendText;
    /** Replaces the value of a pair, keeping the key, its line and any inline comment. */
    private replaceValue;
    /**
     * Replaces a scalar or flow collection in place (rendered on one line). Comments around the
     * node stay in the text, so the copy's own are dropped.
     */
    private replaceNode;
    /**
     * Renders a node with the document's layout, every line indented by `col`, without the
     * final line ending. Long values are never folded.
     */
    private render;
}
