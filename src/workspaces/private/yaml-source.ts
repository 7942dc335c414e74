import * as jsyaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, Node, parseDocument, Document } from 'yaml';
import { SourceLocation } from '../errors';
import { fail, WorkspaceInputError } from './error';
import { InputKind, readInputText } from './input-files';

/** A path inside a YAML document: keys and list indexes. */
export type YamlPath = ReadonlyArray<string | number>;

/** Formats a path as `services[0].port`. */
export function formatPath(path: YamlPath): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${p}` : p;
  }
  return out;
}

/**
 * A parsed YAML file that remembers where every value came from, so errors can name
 * file, line and column. Parse errors never escape as the YAML library's own exceptions.
 */
export class YamlSource {
  /**
   * Reads and parses a file: a regular file no larger than the kind's limit (see
   * input-files.ts); errors name the file, never its contents.
   */
  public static fromFile(file: string, kind: InputKind = 'input'): YamlSource {
    return new YamlSource(readInputText(file, kind), file);
  }

  /** The parsed data (plain JSON-like values); undefined after `releaseData()`. */
  public get data(): unknown {
    return this.values;
  }
  private values: unknown;
  private parsed?: { doc: Document; lines: LineCounter };

  constructor(public readonly text: string, public readonly file: string) {
    const fast = fastLoad(text);
    if (fast.ok) {
      // The common case: plain data, no anchors or tags. The position-keeping parse below
      // runs only when a message needs a line and column (see `doc`).
      this.values = fast.data;
      return;
    }
    const { doc, lines } = this.parse();
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const pos = lines.linePos(e.pos[0]);
      const first = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      const key = e.code === 'DUPLICATE_KEY' ? /^\s*([^:#\n]+?)\s*:/.exec(text.slice(e.pos[0]))?.[1]?.replace(/^["']|["']$/g, '') : undefined;
      fail({
        code: 'yaml-syntax',
        message: key ? `YAML syntax error: key "${key}" appears twice in the same mapping` : `YAML syntax error: ${first}`,
        field: key,
        location: { file, line: pos.line, column: pos.col },
        fix: e.code === 'DUPLICATE_KEY'
          ? 'remove or rename the repeated key'
          : 'check indentation, quoting and that list items start with "- " near this line',
      });
    }
    try {
      this.values = doc.toJS({ maxAliasCount: 100 });
    } catch (e: any) {
      throw new WorkspaceInputError([{
        severity: 'error' as any,
        code: 'yaml-syntax',
        message: `YAML cannot be read: ${String(e.message).split('\n')[0]}`,
        location: { file },
        fix: 'remove excessive or recursive aliases',
      }]);
    }
  }

  /**
   * Drops the parsed data once a reader has taken what it needs (positions for messages come
   * from the text): the tree of a 100,000-user registry is tens of megabytes.
   */
  public releaseData(): void {
    this.values = undefined;
  }

  /**
   * The document with source positions (the `yaml` library's tree), parsed on first use:
   * building it costs about 20 times the plain load, so large valid files never pay for it.
   */
  public get doc(): Document {
    return this.parse().doc;
  }

  private get lines(): LineCounter {
    return this.parse().lines;
  }

  private parse(): { doc: Document; lines: LineCounter } {
    if (!this.parsed) {
      const lines = new LineCounter();
      const doc = parseDocument(this.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
      this.parsed = { doc, lines };
    }
    return this.parsed;
  }

  /** The node at a path, or undefined. */
  public node(path: YamlPath): Node | undefined {
    let cur: unknown = this.doc.contents;
    for (const key of path) {
      if (isMap(cur)) {
        const pair = cur.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) return undefined;
        cur = pair.value;
      } else if (isSeq(cur) && typeof key === 'number') {
        cur = cur.items[key];
      } else {
        return undefined;
      }
    }
    return (cur as Node) ?? undefined;
  }

  /** The key node of the last path element (points at `port:` rather than its value). */
  public keyNode(path: YamlPath): Node | undefined {
    if (path.length === 0) return undefined;
    const parent = path.length === 1 ? this.doc.contents : this.node(path.slice(0, -1));
    const key = path[path.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
      return pair?.key as Node | undefined;
    }
    return undefined;
  }

  /**
   * Location of the value at `path`; falls back to the nearest existing parent.
   */
  public locate(path: YamlPath, preferKey = false): SourceLocation {
    for (let n = path.length; n >= 0; n--) {
      const p = path.slice(0, n);
      const node = (preferKey || n < path.length ? this.keyNode(p) : undefined) ?? this.node(p) ?? this.keyNode(p);
      if (node && node.range) {
        return this.position(node.range[0]);
      }
    }
    return { file: this.file };
  }

  /** Location of a byte offset. */
  public position(offset: number): SourceLocation {
    const pos = this.lines.linePos(offset);
    return { file: this.file, line: pos.line, column: pos.col };
  }

  /**
   * Location of a text snippet found inside the string value at `path` (for block scalars:
   * points at the line of a post_install script that matched a lint rule).
   */
  public locateWithin(path: YamlPath, snippet: string): SourceLocation {
    const node = this.node(path);
    if (node && node.range && snippet) {
      let first = -1;
      for (let idx = this.text.indexOf(snippet, node.range[0]); idx >= 0 && idx <= node.range[2]; idx = this.text.indexOf(snippet, idx + 1)) {
        if (first < 0) first = idx;
        const lineStart = this.text.lastIndexOf('\n', idx - 1) + 1;
        const before = this.text.slice(lineStart, idx);
        // Prefer the occurrence that starts its line (or follows a list dash/quote), not one inside a comment.
        if (/^[\s\-"']*$/.test(before)) return this.position(idx);
      }
      if (first >= 0) return this.position(first);
    }
    return this.locate(path);
  }
}

/**
 * Anything the fast loader could read differently from the `yaml` library (YAML 1.2 core
 * schema): anchors, aliases, tags, directives, several documents, binary integers. Such text
 * takes the `yaml` path, which also limits alias expansion. A false positive (for example `*`
 * or `!` inside a quoted string or a script) costs only speed.
 */
const NEEDS_FULL_PARSER = /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]|^%|^---\s*\S|^(?:---|\.\.\.)\s*$[\s\S]*^(?:---|\.\.\.)|(?:^|[\s[{,:-])[+-]?0b[01]/m;

/**
 * Loads plain YAML with js-yaml's core schema (the same values as the `yaml` library for the
 * files this kit reads; test/workspaces/yaml-fast-load.test.ts compares both on every bundled
 * and example file). Returns `ok: false` when the text needs the full parser or does not load:
 * the `yaml` library then reports the error with its position.
 */
function fastLoad(text: string): { ok: true; data: unknown } | { ok: false } {
  if (NEEDS_FULL_PARSER.test(text)) return { ok: false };
  try {
    const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
    return { ok: true, data: data === undefined ? null : data };
  } catch {
    return { ok: false };
  }
}
