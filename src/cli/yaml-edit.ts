import { Document, isCollection, isMap, isPair, isScalar, isSeq, Node, Pair, parseDocument, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';

/** A path of map keys and list indexes. */
export type YamlEditPath = ReadonlyArray<string | number>;

/** The layout conventions of a document, detected so that inserted text looks like its neighbours. */
interface Layout {
  /** Indentation step of nested block mappings. */
  readonly indent: number;
  /** Whether a block list under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  readonly indentSeq: boolean;
  /** Spaces inside flow lists: `[ a ]` rather than `[a]`. */
  readonly seqPadding: boolean;
  /** Spaces inside flow mappings: `{ a: 1 }` rather than `{a: 1}`. */
  readonly mapPadding: boolean;
  /** Line ending. */
  readonly eol: string;
}

/** A scalar node. */
export function scalarNode(value: string | number | boolean): Scalar {
  return new Scalar(value);
}

/** A list node of scalars, in flow (`[a, b]`) or block style. */
export function seqNode(items: Array<string | number | boolean | Node>, flow: boolean): YAMLSeq {
  const s = new YAMLSeq();
  s.items = items.map((i) => (isNodeLike(i) ? i : new Scalar(i)));
  s.flow = flow;
  return s;
}

/** A mapping node, keys in the given order, in flow (`{ a: 1 }`) or block style. */
export function mapNode(entries: Array<[string, string | number | boolean | Node]>, flow: boolean): YAMLMap {
  const m = new YAMLMap();
  m.items = entries.map(([k, v]) => new Pair(new Scalar(k), isNodeLike(v) ? v : new Scalar(v)));
  m.flow = flow;
  return m;
}

function isNodeLike(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && (isScalar(v) || isCollection(v));
}

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
export class YamlEditor {
  private src: string;
  private parsed!: Document.Parsed;
  private readonly layout: Layout;

  constructor(text: string) {
    this.src = text;
    const doc = parseDocument(text, { keepSourceTokens: false, uniqueKeys: false });
    if (doc.errors.length > 0) throw new Error(`the document does not parse: ${doc.errors[0].message.split('\n')[0]}`);
    this.reparse();
    this.layout = detectLayout(this.src, this.parsed);
  }

  /** The current text. */
  public get text(): string {
    return this.src;
  }

  /** The current document (read it; edit through the methods). */
  public get doc(): Document.Parsed {
    return this.parsed;
  }

  /** The node at a path, or undefined. */
  public node(path: YamlEditPath): Node | undefined {
    if (path.length === 0) return (this.parsed.contents ?? undefined) as Node | undefined;
    const n = this.parsed.getIn(path, true);
    return isScalar(n) || isCollection(n) ? n : undefined;
  }

  /** The plain value at a path. */
  public value(path: YamlEditPath): unknown {
    const n = this.node(path);
    return n ? n.toJSON() : undefined;
  }

  /** Index of the first list item at `listPath` whose `key` is `value` (`-1` when none). */
  public indexWhere(listPath: YamlEditPath, key: string, value: string): number {
    const list = this.node(listPath);
    if (!isSeq(list)) return -1;
    return list.items.findIndex((it) => isMap(it) && String(it.get(key)) === value);
  }

  /**
   * Sets `key` of the mapping at `mapPath` to a value (a scalar or a node from seqNode/mapNode).
   * An existing value is replaced in place; a new key is added after the mapping's last key.
   */
  public set(mapPath: YamlEditPath, key: string, value: string | number | boolean | Node): void {
    const node = isNodeLike(value) ? value : new Scalar(value);
    const map = this.node(mapPath);
    if (map === undefined && mapPath.length === 0) {
      // Empty document (or only comments): append at the end.
      this.appendText(this.render(mapNode([[key, node]], false), 0));
      return;
    }
    if (!isMap(map)) throw new Error(`internal: ${mapPath.join('.') || 'the document'} is not a mapping`);
    const pair = map.items.find((p) => keyOf(p) === key);
    if (pair) {
      this.replaceValue(pair, node);
    } else if (map.flow) {
      const copy = map.clone() as YAMLMap;
      copy.items.push(new Pair(new Scalar(key), node));
      this.replaceNode(map, copy);
    } else {
      const last = map.items[map.items.length - 1];
      const keyStart = (last.key as Node).range![0];
      const col = this.column(keyStart);
      // Top-level sections separated by blank lines get one before the new section too.
      const lineAbove = this.src.slice(this.lineStart(Math.max(0, this.lineStart(keyStart) - 1)), Math.max(0, this.lineStart(keyStart) - 1));
      const gap = mapPath.length === 0 && map.items.length > 1 && lineAbove.trim() === '' ? this.layout.eol : '';
      this.insertAfterLine(this.pairEnd(last), gap + this.render(mapNode([[key, node]], false), col));
    }
  }

  /** Removes `key` from the mapping at `mapPath` (nothing happens when it is absent). */
  public delete(mapPath: YamlEditPath, key: string): void {
    const map = this.node(mapPath);
    if (!isMap(map)) return;
    const index = map.items.findIndex((p) => keyOf(p) === key);
    if (index < 0) return;
    const pair = map.items[index];
    if (map.flow) {
      const copy = map.clone() as YAMLMap;
      copy.items.splice(index, 1);
      this.replaceNode(map, copy);
      return;
    }
    const keyStart = (pair.key as Node).range![0];
    const before = this.src.slice(this.lineStart(keyStart), keyStart);
    if (before.trim() !== '') {
      // The first key of a list item (`- name: x`): pull the next key up onto the dash line.
      const next = map.items[index + 1];
      if (!next) throw new Error(`internal: cannot remove the only key "${key}" of a list item`);
      this.splice(keyStart, (next.key as Node).range![0], '');
      return;
    }
    const from = this.withCommentsAbove(keyStart);
    const to = this.pairEnd(pair);
    // A section set off by blank lines takes one of them along, so that no double gap is left.
    const start = this.lineStart(from);
    const end = this.lineEnd(to);
    const blankAbove = start > 0 && this.src.slice(this.lineStart(start - 1), start - 1).trim() === '';
    const blankBelow = end >= this.src.length - 1 || this.src.slice(end + 1, this.lineEnd(end + 1)).trim() === '';
    this.deleteLines(blankAbove && blankBelow && start > 1 ? start - 1 : from, to);
  }

  /**
   * Appends an item to the list at `listPath`, after its last item. When the list does not
   * exist it is created (in flow style when `createFlow`); an empty flow list (`[]`) becomes a
   * block list unless `createFlow`. The item's own style is that of the node given.
   */
  public append(listPath: YamlEditPath, item: string | number | boolean | Node, createFlow: boolean = false): void {
    const node = isNodeLike(item) ? item : new Scalar(item);
    const list = this.node(listPath);
    const parentPath = listPath.slice(0, -1);
    const key = String(listPath[listPath.length - 1]);
    if (list === undefined || (isScalar(list) && (list.value === null || list.value === undefined))) {
      this.set(parentPath, key, seqNode([node], createFlow));
      return;
    }
    if (!isSeq(list)) throw new Error(`internal: ${listPath.join('.')} is not a list`);
    if (list.flow) {
      if (list.items.length === 0 && !createFlow) {
        this.set(parentPath, key, seqNode([node], false));
        return;
      }
      const copy = list.clone() as YAMLSeq;
      copy.items.push(node);
      this.replaceNode(list, copy);
      return;
    }
    const last = list.items[list.items.length - 1] as Node;
    const dash = this.dashBefore(last.range![0]);
    const col = this.column(dash);
    const body = this.render(node, col + 2).slice(col + 2);
    this.insertAfterLine(this.nodeEnd(last), `${' '.repeat(col)}- ${body}`);
  }

  /**
   * Removes item `index` of the list at `listPath`. When it was the last item the key is
   * removed (`whenEmpty: 'delete-key'`) or set to `[]` (`'empty-list'`).
   */
  public removeItem(listPath: YamlEditPath, index: number, whenEmpty: 'delete-key' | 'empty-list' = 'delete-key'): void {
    const list = this.node(listPath);
    if (!isSeq(list) || index < 0 || index >= list.items.length) return;
    const parentPath = listPath.slice(0, -1);
    const key = String(listPath[listPath.length - 1]);
    if (list.items.length === 1) {
      if (whenEmpty === 'delete-key') this.delete(parentPath, key);
      else this.set(parentPath, key, seqNode([], true));
      return;
    }
    if (list.flow) {
      const copy = list.clone() as YAMLSeq;
      copy.items.splice(index, 1);
      this.replaceNode(list, copy);
      return;
    }
    const item = list.items[index] as Node;
    const dash = this.dashBefore(item.range![0]);
    this.deleteLines(this.withCommentsAbove(dash), this.nodeEnd(item));
  }

  // ---- text operations -------------------------------------------------------------

  private reparse(): void {
    const doc = parseDocument(this.src, { keepSourceTokens: false, uniqueKeys: false });
    if (doc.errors.length > 0) {
      throw new Error(`internal: the edit produced invalid YAML (${doc.errors[0].message.split('\n')[0]})`);
    }
    this.parsed = doc;
  }

  private splice(start: number, end: number, text: string): void {
    this.src = this.src.slice(0, start) + text + this.src.slice(end);
    this.reparse();
  }

  private lineStart(pos: number): number {
    return this.src.lastIndexOf('\n', pos - 1) + 1;
  }

  /** Index of the newline ending the line of `pos` (or the text's length). */
  private lineEnd(pos: number): number {
    const i = this.src.indexOf('\n', pos);
    return i < 0 ? this.src.length : i;
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos);
  }

  /** Position of the last non-blank character in [start, end). */
  private contentEnd(start: number, end: number): number {
    let i = Math.min(end, this.src.length) - 1;
    while (i > start && /\s/.test(this.src[i])) i--;
    return i;
  }

  /** Position of the `-` that introduces the list item starting at `pos`. */
  private dashBefore(pos: number): number {
    let i = pos - 1;
    while (i >= 0 && /\s/.test(this.src[i])) i--;
    if (this.src[i] !== '-') throw new Error('internal: list item without a dash');
    return i;
  }

  /** Last content position of a key/value pair. */
  private pairEnd(pair: Pair): number {
    const v = pair.value as Node | null;
    if (v && v.range && !isEmptyScalar(v)) return this.nodeEnd(v);
    const k = pair.key as Node;
    return this.contentEnd(k.range![0], k.range![1]);
  }

  /**
   * Last content position of a node. Block collections end with their last entry: the
   * parser's range of a block collection also covers comment lines that follow it.
   */
  private nodeEnd(node: Node): number {
    if (isCollection(node) && !node.flow && node.items.length > 0) {
      const last = node.items[node.items.length - 1];
      if (isPair(last)) return this.pairEnd(last);
      if (isScalar(last) || isCollection(last)) return this.nodeEnd(last);
    }
    return this.contentEnd(node.range![0], node.range![1]);
  }

  /** Moves `pos` up over comment lines directly above it that have the same indentation. */
  private withCommentsAbove(pos: number): number {
    const col = this.column(pos);
    let start = this.lineStart(pos);
    while (start > 0) {
      const prevStart = this.lineStart(start - 1);
      const prev = this.src.slice(prevStart, start - 1).replace(/\r$/, '');
      const m = /^( *)#/.exec(prev);
      if (!m || m[1].length !== col) break;
      start = prevStart;
    }
    return start;
  }

  /** Deletes whole lines from the line of `from` through the line of `to`. */
  private deleteLines(from: number, to: number): void {
    const start = this.lineStart(from);
    const end = this.lineEnd(to);
    this.splice(start, end < this.src.length ? end + 1 : end, '');
  }

  /** Inserts lines (given without a final line ending) after the line of `pos`. */
  private insertAfterLine(pos: number, lines: string): void {
    const end = this.lineEnd(pos);
    const text = toEol(lines, this.layout.eol);
    if (end >= this.src.length) this.splice(end, end, `${this.layout.eol}${text}`);
    else this.splice(end + 1, end + 1, `${text}${this.layout.eol}`);
  }

  private appendText(lines: string): void {
    const text = toEol(lines, this.layout.eol);
    const sep = this.src === '' || this.src.endsWith('\n') ? '' : this.layout.eol;
    this.splice(this.src.length, this.src.length, `${sep}${text}${this.layout.eol}`);
  }

  /** Replaces the value of a pair, keeping the key, its line and any inline comment. */
  private replaceValue(pair: Pair, node: Node): void {
    const old = pair.value as Node | null;
    const key = pair.key as Node;
    const keyCol = this.column(key.range![0]);
    const block = isCollection(node) && !node.flow && node.items.length > 0;
    const colon = this.src.indexOf(':', key.range![1]);
    if (block) {
      // key:\n  <block>; a comment after `key:` stays where it is.
      const childCol = isSeq(node) && !this.layout.indentSeq ? keyCol : keyCol + this.layout.indent;
      const empty = !old || !old.range || isEmptyScalar(old);
      const oldBlock = !empty && isCollection(old) && !old.flow;
      const from = empty || oldBlock ? this.lineEnd(colon) : colon + 1;
      const end = empty ? from : this.nodeEnd(old!) + 1;
      this.splice(from, Math.max(from, end), toEol(`\n${this.render(node, childCol)}`, this.layout.eol));
      return;
    }
    // A new string keeps the quoting of the value it replaces (shell: '/bin/zsh').
    if (isScalar(old) && isScalar(node) && typeof node.value === 'string' && node.type === undefined
      && (old.type === Scalar.QUOTE_SINGLE || old.type === Scalar.QUOTE_DOUBLE)) {
      node.type = old.type;
    }
    const text = this.render(node, 0);
    if (old && old.range && !isEmptyScalar(old)) {
      if (isCollection(old) && !old.flow) {
        this.splice(colon + 1, this.nodeEnd(old) + 1, ` ${text}`);
      } else {
        this.splice(old.range[0], this.contentEnd(old.range[0], old.range[1]) + 1, text);
      }
    } else {
      this.splice(colon + 1, colon + 1, ` ${text}`);
    }
  }

  /**
   * Replaces a scalar or flow collection in place (rendered on one line). Comments around the
   * node stay in the text, so the copy's own are dropped.
   */
  private replaceNode(old: Node, node: Node): void {
    node.comment = undefined;
    node.commentBefore = undefined;
    node.spaceBefore = undefined;
    const [start, end] = old.range!;
    this.splice(start, this.contentEnd(start, end) + 1, this.render(node, this.column(start)).trimStart());
  }

  /**
   * Renders a node with the document's layout, every line indented by `col`, without the
   * final line ending. Long values are never folded.
   */
  private render(node: Node, col: number): string {
    const d = new Document();
    d.contents = node;
    // One padding per rendering, chosen by the outermost flow collection: `[a, b]` or `{ a: 1 }`.
    const flow = firstFlow(node);
    const padding = flow ? (isMap(flow) ? this.layout.mapPadding : this.layout.seqPadding) : false;
    const text = d.toString({
      indent: this.layout.indent, indentSeq: this.layout.indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: padding,
    }).replace(/\n$/, '');
    return text.split('\n').map((l) => (l === '' ? l : ' '.repeat(col) + l)).join('\n');
  }
}

/** The outermost flow collection in a node tree (breadth-first), if any. */
function firstFlow(node: Node): YAMLMap | YAMLSeq | undefined {
  const queue: unknown[] = [node];
  while (queue.length) {
    const n = queue.shift();
    if (isMap(n) || isSeq(n)) {
      if (n.flow) return n;
      for (const it of n.items) queue.push(isPair(it) ? it.value : it);
    }
  }
  return undefined;
}

function isEmptyScalar(n: Node): boolean {
  return isScalar(n) && (n.value === null || n.value === undefined) && (!n.range || n.range[0] === n.range[1] || n.source === '');
}

function keyOf(p: Pair): string | undefined {
  return isScalar(p.key) ? String(p.key.value) : undefined;
}

function toEol(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

function detectLayout(text: string, doc: Document.Parsed): Layout {
  let indent: number | undefined;
  let indentSeq: boolean | undefined;
  let seqPadding: boolean | undefined;
  let mapPadding: boolean | undefined;
  const col = (pos: number) => pos - (text.lastIndexOf('\n', pos - 1) + 1);
  visit(doc, {
    Pair(_k, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range || !isCollection(value) || value.flow || value.items.length === 0) return;
      if (isMap(value) && indent === undefined) {
        const first = value.items[0].key as Node | null;
        if (first?.range && col(first.range[0]) > col(key.range[0])) indent = col(first.range[0]) - col(key.range[0]);
      }
      if (isSeq(value) && indentSeq === undefined) indentSeq = col(value.range[0]) > col(key.range[0]);
    },
    Seq(_k, seq) {
      if (seq.flow && seq.items.length > 0 && seq.range && seqPadding === undefined) seqPadding = text[seq.range[0] + 1] === ' ';
    },
    Map(_k, map) {
      if (map.flow && map.items.length > 0 && map.range && mapPadding === undefined) mapPadding = text[map.range[0] + 1] === ' ';
    },
  });
  return {
    indent: indent ?? 2,
    indentSeq: indentSeq ?? true,
    seqPadding: seqPadding ?? false,
    mapPadding: mapPadding ?? true,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}
