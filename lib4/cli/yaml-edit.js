"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.YamlEditor = void 0;
exports.scalarNode = scalarNode;
exports.seqNode = seqNode;
exports.mapNode = mapNode;
const yaml_1 = require("yaml");
/** A scalar node. */
function scalarNode(value) {
    return new yaml_1.Scalar(value);
}
/** A list node of scalars, in flow (`[a, b]`) or block style. */
function seqNode(items, flow) {
    const s = new yaml_1.YAMLSeq();
    s.items = items.map((i) => (isNodeLike(i) ? i : new yaml_1.Scalar(i)));
    s.flow = flow;
    return s;
}
/** A mapping node, keys in the given order, in flow (`{ a: 1 }`) or block style. */
function mapNode(entries, flow) {
    const m = new yaml_1.YAMLMap();
    m.items = entries.map(([k, v]) => new yaml_1.Pair(new yaml_1.Scalar(k), isNodeLike(v) ? v : new yaml_1.Scalar(v)));
    m.flow = flow;
    return m;
}
function isNodeLike(v) {
    return typeof v === 'object' && v !== null && ((0, yaml_1.isScalar)(v) || (0, yaml_1.isCollection)(v));
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
class YamlEditor {
    src;
    parsed;
    layout;
    constructor(text) {
        this.src = text;
        const doc = (0, yaml_1.parseDocument)(text, { keepSourceTokens: false, uniqueKeys: false });
        if (doc.errors.length > 0)
            throw new Error(`the document does not parse: ${doc.errors[0].message.split('\n')[0]}`);
        this.reparse();
        this.layout = detectLayout(this.src, this.parsed);
    }
    /** The current text. */
    get text() {
        return this.src;
    }
    /** The current document (read it; edit through the methods). */
    get doc() {
        return this.parsed;
    }
    /** The node at a path, or undefined. */
    node(path) {
        if (path.length === 0)
            return (this.parsed.contents ?? undefined);
        const n = this.parsed.getIn(path, true);
        return (0, yaml_1.isScalar)(n) || (0, yaml_1.isCollection)(n) ? n : undefined;
    }
    /** The plain value at a path. */
    value(path) {
        const n = this.node(path);
        return n ? n.toJSON() : undefined;
    }
    /** Index of the first list item at `listPath` whose `key` is `value` (`-1` when none). */
    indexWhere(listPath, key, value) {
        const list = this.node(listPath);
        if (!(0, yaml_1.isSeq)(list))
            return -1;
        return list.items.findIndex((it) => (0, yaml_1.isMap)(it) && String(it.get(key)) === value);
    }
    /**
     * Sets `key` of the mapping at `mapPath` to a value (a scalar or a node from seqNode/mapNode).
     * An existing value is replaced in place; a new key is added after the mapping's last key.
     */
    set(mapPath, key, value) {
        const node = isNodeLike(value) ? value : new yaml_1.Scalar(value);
        const map = this.node(mapPath);
        if (map === undefined && mapPath.length === 0) {
            // Empty document (or only comments): append at the end.
            this.appendText(this.render(mapNode([[key, node]], false), 0));
            return;
        }
        if (!(0, yaml_1.isMap)(map))
            throw new Error(`internal: ${mapPath.join('.') || 'the document'} is not a mapping`);
        const pair = map.items.find((p) => keyOf(p) === key);
        if (pair) {
            this.replaceValue(pair, node);
        }
        else if (map.flow) {
            const copy = map.clone();
            copy.items.push(new yaml_1.Pair(new yaml_1.Scalar(key), node));
            this.replaceNode(map, copy);
        }
        else {
            const last = map.items[map.items.length - 1];
            const keyStart = last.key.range[0];
            const col = this.column(keyStart);
            // Top-level sections separated by blank lines get one before the new section too.
            const lineAbove = this.src.slice(this.lineStart(Math.max(0, this.lineStart(keyStart) - 1)), Math.max(0, this.lineStart(keyStart) - 1));
            const gap = mapPath.length === 0 && map.items.length > 1 && lineAbove.trim() === '' ? this.layout.eol : '';
            this.insertAfterLine(this.pairEnd(last), gap + this.render(mapNode([[key, node]], false), col));
        }
    }
    /** Removes `key` from the mapping at `mapPath` (nothing happens when it is absent). */
    delete(mapPath, key) {
        const map = this.node(mapPath);
        if (!(0, yaml_1.isMap)(map))
            return;
        const index = map.items.findIndex((p) => keyOf(p) === key);
        if (index < 0)
            return;
        const pair = map.items[index];
        if (map.flow) {
            const copy = map.clone();
            copy.items.splice(index, 1);
            this.replaceNode(map, copy);
            return;
        }
        const keyStart = pair.key.range[0];
        const before = this.src.slice(this.lineStart(keyStart), keyStart);
        if (before.trim() !== '') {
            // The first key of a list item (`- name: x`): pull the next key up onto the dash line.
            const next = map.items[index + 1];
            if (!next)
                throw new Error(`internal: cannot remove the only key "${key}" of a list item`);
            this.splice(keyStart, next.key.range[0], '');
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
    append(listPath, item, createFlow = false) {
        const node = isNodeLike(item) ? item : new yaml_1.Scalar(item);
        const list = this.node(listPath);
        const parentPath = listPath.slice(0, -1);
        const key = String(listPath[listPath.length - 1]);
        if (list === undefined || ((0, yaml_1.isScalar)(list) && (list.value === null || list.value === undefined))) {
            this.set(parentPath, key, seqNode([node], createFlow));
            return;
        }
        if (!(0, yaml_1.isSeq)(list))
            throw new Error(`internal: ${listPath.join('.')} is not a list`);
        if (list.flow) {
            if (list.items.length === 0 && !createFlow) {
                this.set(parentPath, key, seqNode([node], false));
                return;
            }
            const copy = list.clone();
            copy.items.push(node);
            this.replaceNode(list, copy);
            return;
        }
        const last = list.items[list.items.length - 1];
        const dash = this.dashBefore(last.range[0]);
        const col = this.column(dash);
        const body = this.render(node, col + 2).slice(col + 2);
        this.insertAfterLine(this.nodeEnd(last), `${' '.repeat(col)}- ${body}`);
    }
    /**
     * Removes item `index` of the list at `listPath`. When it was the last item the key is
     * removed (`whenEmpty: 'delete-key'`) or set to `[]` (`'empty-list'`).
     */
    removeItem(listPath, index, whenEmpty = 'delete-key') {
        const list = this.node(listPath);
        if (!(0, yaml_1.isSeq)(list) || index < 0 || index >= list.items.length)
            return;
        const parentPath = listPath.slice(0, -1);
        const key = String(listPath[listPath.length - 1]);
        if (list.items.length === 1) {
            if (whenEmpty === 'delete-key')
                this.delete(parentPath, key);
            else
                this.set(parentPath, key, seqNode([], true));
            return;
        }
        if (list.flow) {
            const copy = list.clone();
            copy.items.splice(index, 1);
            this.replaceNode(list, copy);
            return;
        }
        const item = list.items[index];
        const dash = this.dashBefore(item.range[0]);
        this.deleteLines(this.withCommentsAbove(dash), this.nodeEnd(item));
    }
    // ---- text operations -------------------------------------------------------------
    reparse() {
        const doc = (0, yaml_1.parseDocument)(this.src, { keepSourceTokens: false, uniqueKeys: false });
        if (doc.errors.length > 0) {
            throw new Error(`internal: the edit produced invalid YAML (${doc.errors[0].message.split('\n')[0]})`);
        }
        this.parsed = doc;
    }
    splice(start, end, text) {
        this.src = this.src.slice(0, start) + text + this.src.slice(end);
        this.reparse();
    }
    lineStart(pos) {
        return this.src.lastIndexOf('\n', pos - 1) + 1;
    }
    /** Index of the newline ending the line of `pos` (or the text's length). */
    lineEnd(pos) {
        const i = this.src.indexOf('\n', pos);
        return i < 0 ? this.src.length : i;
    }
    column(pos) {
        return pos - this.lineStart(pos);
    }
    /** Position of the last non-blank character in [start, end). */
    contentEnd(start, end) {
        let i = Math.min(end, this.src.length) - 1;
        while (i > start && /\s/.test(this.src[i]))
            i--;
        return i;
    }
    /** Position of the `-` that introduces the list item starting at `pos`. */
    dashBefore(pos) {
        let i = pos - 1;
        while (i >= 0 && /\s/.test(this.src[i]))
            i--;
        if (this.src[i] !== '-')
            throw new Error('internal: list item without a dash');
        return i;
    }
    /** Last content position of a key/value pair. */
    pairEnd(pair) {
        const v = pair.value;
        if (v && v.range && !isEmptyScalar(v))
            return this.nodeEnd(v);
        const k = pair.key;
        return this.contentEnd(k.range[0], k.range[1]);
    }
    /**
     * Last content position of a node. Block collections end with their last entry: the
     * parser's range of a block collection also covers comment lines that follow it.
     */
    nodeEnd(node) {
        if ((0, yaml_1.isCollection)(node) && !node.flow && node.items.length > 0) {
            const last = node.items[node.items.length - 1];
            if ((0, yaml_1.isPair)(last))
                return this.pairEnd(last);
            if ((0, yaml_1.isScalar)(last) || (0, yaml_1.isCollection)(last))
                return this.nodeEnd(last);
        }
        return this.contentEnd(node.range[0], node.range[1]);
    }
    /** Moves `pos` up over comment lines directly above it that have the same indentation. */
    withCommentsAbove(pos) {
        const col = this.column(pos);
        let start = this.lineStart(pos);
        while (start > 0) {
            const prevStart = this.lineStart(start - 1);
            const prev = this.src.slice(prevStart, start - 1).replace(/\r$/, '');
            const m = /^( *)#/.exec(prev);
            if (!m || m[1].length !== col)
                break;
            start = prevStart;
        }
        return start;
    }
    /** Deletes whole lines from the line of `from` through the line of `to`. */
    deleteLines(from, to) {
        const start = this.lineStart(from);
        const end = this.lineEnd(to);
        this.splice(start, end < this.src.length ? end + 1 : end, '');
    }
    /** Inserts lines (given without a final line ending) after the line of `pos`. */
    insertAfterLine(pos, lines) {
        const end = this.lineEnd(pos);
        const text = toEol(lines, this.layout.eol);
        if (end >= this.src.length)
            this.splice(end, end, `${this.layout.eol}${text}`);
        else
            this.splice(end + 1, end + 1, `${text}${this.layout.eol}`);
    }
    appendText(lines) {
        const text = toEol(lines, this.layout.eol);
        const sep = this.src === '' || this.src.endsWith('\n') ? '' : this.layout.eol;
        this.splice(this.src.length, this.src.length, `${sep}${text}${this.layout.eol}`);
    }
    /** Replaces the value of a pair, keeping the key, its line and any inline comment. */
    replaceValue(pair, node) {
        const old = pair.value;
        const key = pair.key;
        const keyCol = this.column(key.range[0]);
        const block = (0, yaml_1.isCollection)(node) && !node.flow && node.items.length > 0;
        const colon = this.src.indexOf(':', key.range[1]);
        if (block) {
            // key:\n  <block>; a comment after `key:` stays where it is.
            const childCol = (0, yaml_1.isSeq)(node) && !this.layout.indentSeq ? keyCol : keyCol + this.layout.indent;
            const empty = !old || !old.range || isEmptyScalar(old);
            const oldBlock = !empty && (0, yaml_1.isCollection)(old) && !old.flow;
            const from = empty || oldBlock ? this.lineEnd(colon) : colon + 1;
            const end = empty ? from : this.nodeEnd(old) + 1;
            this.splice(from, Math.max(from, end), toEol(`\n${this.render(node, childCol)}`, this.layout.eol));
            return;
        }
        // A new string keeps the quoting of the value it replaces (shell: '/bin/zsh').
        if ((0, yaml_1.isScalar)(old) && (0, yaml_1.isScalar)(node) && typeof node.value === 'string' && node.type === undefined
            && (old.type === yaml_1.Scalar.QUOTE_SINGLE || old.type === yaml_1.Scalar.QUOTE_DOUBLE)) {
            node.type = old.type;
        }
        const text = this.render(node, 0);
        if (old && old.range && !isEmptyScalar(old)) {
            if ((0, yaml_1.isCollection)(old) && !old.flow) {
                this.splice(colon + 1, this.nodeEnd(old) + 1, ` ${text}`);
            }
            else {
                this.splice(old.range[0], this.contentEnd(old.range[0], old.range[1]) + 1, text);
            }
        }
        else {
            this.splice(colon + 1, colon + 1, ` ${text}`);
        }
    }
    /**
     * Replaces a scalar or flow collection in place (rendered on one line). Comments around the
     * node stay in the text, so the copy's own are dropped.
     */
    replaceNode(old, node) {
        node.comment = undefined;
        node.commentBefore = undefined;
        node.spaceBefore = undefined;
        const [start, end] = old.range;
        this.splice(start, this.contentEnd(start, end) + 1, this.render(node, this.column(start)).trimStart());
    }
    /**
     * Renders a node with the document's layout, every line indented by `col`, without the
     * final line ending. Long values are never folded.
     */
    render(node, col) {
        const d = new yaml_1.Document();
        d.contents = node;
        // One padding per rendering, chosen by the outermost flow collection: `[a, b]` or `{ a: 1 }`.
        const flow = firstFlow(node);
        const padding = flow ? ((0, yaml_1.isMap)(flow) ? this.layout.mapPadding : this.layout.seqPadding) : false;
        const text = d.toString({
            indent: this.layout.indent, indentSeq: this.layout.indentSeq, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: padding,
        }).replace(/\n$/, '');
        return text.split('\n').map((l) => (l === '' ? l : ' '.repeat(col) + l)).join('\n');
    }
}
exports.YamlEditor = YamlEditor;
/** The outermost flow collection in a node tree (breadth-first), if any. */
function firstFlow(node) {
    const queue = [node];
    while (queue.length) {
        const n = queue.shift();
        if ((0, yaml_1.isMap)(n) || (0, yaml_1.isSeq)(n)) {
            if (n.flow)
                return n;
            for (const it of n.items)
                queue.push((0, yaml_1.isPair)(it) ? it.value : it);
        }
    }
    return undefined;
}
function isEmptyScalar(n) {
    return (0, yaml_1.isScalar)(n) && (n.value === null || n.value === undefined) && (!n.range || n.range[0] === n.range[1] || n.source === '');
}
function keyOf(p) {
    return (0, yaml_1.isScalar)(p.key) ? String(p.key.value) : undefined;
}
function toEol(text, eol) {
    return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}
function detectLayout(text, doc) {
    let indent;
    let indentSeq;
    let seqPadding;
    let mapPadding;
    const col = (pos) => pos - (text.lastIndexOf('\n', pos - 1) + 1);
    (0, yaml_1.visit)(doc, {
        Pair(_k, pair) {
            const key = pair.key;
            const value = pair.value;
            if (!key?.range || !value?.range || !(0, yaml_1.isCollection)(value) || value.flow || value.items.length === 0)
                return;
            if ((0, yaml_1.isMap)(value) && indent === undefined) {
                const first = value.items[0].key;
                if (first?.range && col(first.range[0]) > col(key.range[0]))
                    indent = col(first.range[0]) - col(key.range[0]);
            }
            if ((0, yaml_1.isSeq)(value) && indentSeq === undefined)
                indentSeq = col(value.range[0]) > col(key.range[0]);
        },
        Seq(_k, seq) {
            if (seq.flow && seq.items.length > 0 && seq.range && seqPadding === undefined)
                seqPadding = text[seq.range[0] + 1] === ' ';
        },
        Map(_k, map) {
            if (map.flow && map.items.length > 0 && map.range && mapPadding === undefined)
                mapPadding = text[map.range[0] + 1] === ' ';
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoieWFtbC1lZGl0LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vc3JjL2NsaS95YW1sLWVkaXQudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBb0JBLGdDQUVDO0FBR0QsMEJBS0M7QUFHRCwwQkFLQztBQXRDRCwrQkFBMEk7QUFtQjFJLHFCQUFxQjtBQUNyQixTQUFnQixVQUFVLENBQUMsS0FBZ0M7SUFDekQsT0FBTyxJQUFJLGFBQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztBQUMzQixDQUFDO0FBRUQsaUVBQWlFO0FBQ2pFLFNBQWdCLE9BQU8sQ0FBQyxLQUE4QyxFQUFFLElBQWE7SUFDbkYsTUFBTSxDQUFDLEdBQUcsSUFBSSxjQUFPLEVBQUUsQ0FBQztJQUN4QixDQUFDLENBQUMsS0FBSyxHQUFHLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksYUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUNoRSxDQUFDLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQztJQUNkLE9BQU8sQ0FBQyxDQUFDO0FBQ1gsQ0FBQztBQUVELG9GQUFvRjtBQUNwRixTQUFnQixPQUFPLENBQUMsT0FBMEQsRUFBRSxJQUFhO0lBQy9GLE1BQU0sQ0FBQyxHQUFHLElBQUksY0FBTyxFQUFFLENBQUM7SUFDeEIsQ0FBQyxDQUFDLEtBQUssR0FBRyxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksV0FBSSxDQUFDLElBQUksYUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLGFBQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDOUYsQ0FBQyxDQUFDLElBQUksR0FBRyxJQUFJLENBQUM7SUFDZCxPQUFPLENBQUMsQ0FBQztBQUNYLENBQUM7QUFFRCxTQUFTLFVBQVUsQ0FBQyxDQUFVO0lBQzVCLE9BQU8sT0FBTyxDQUFDLEtBQUssUUFBUSxJQUFJLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQyxJQUFBLGVBQVEsRUFBQyxDQUFDLENBQUMsSUFBSSxJQUFBLG1CQUFZLEVBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUNqRixDQUFDO0FBRUQ7Ozs7Ozs7OztHQVNHO0FBQ0gsTUFBYSxVQUFVO0lBQ2IsR0FBRyxDQUFTO0lBQ1osTUFBTSxDQUFtQjtJQUNoQixNQUFNLENBQVM7SUFFaEMsWUFBWSxJQUFZO1FBQ3RCLElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxDQUFDO1FBQ2hCLE1BQU0sR0FBRyxHQUFHLElBQUEsb0JBQWEsRUFBQyxJQUFJLEVBQUUsRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLEVBQUUsVUFBVSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDaEYsSUFBSSxHQUFHLENBQUMsTUFBTSxDQUFDLE1BQU0sR0FBRyxDQUFDO1lBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyxnQ0FBZ0MsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUNuSCxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7UUFDZixJQUFJLENBQUMsTUFBTSxHQUFHLFlBQVksQ0FBQyxJQUFJLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQztJQUNwRCxDQUFDO0lBRUQsd0JBQXdCO0lBQ3hCLElBQVcsSUFBSTtRQUNiLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQztJQUNsQixDQUFDO0lBRUQsZ0VBQWdFO0lBQ2hFLElBQVcsR0FBRztRQUNaLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQztJQUNyQixDQUFDO0lBRUQsd0NBQXdDO0lBQ2pDLElBQUksQ0FBQyxJQUFrQjtRQUM1QixJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQztZQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFFBQVEsSUFBSSxTQUFTLENBQXFCLENBQUM7UUFDdEYsTUFBTSxDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ3hDLE9BQU8sSUFBQSxlQUFRLEVBQUMsQ0FBQyxDQUFDLElBQUksSUFBQSxtQkFBWSxFQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUN4RCxDQUFDO0lBRUQsaUNBQWlDO0lBQzFCLEtBQUssQ0FBQyxJQUFrQjtRQUM3QixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzFCLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztJQUNwQyxDQUFDO0lBRUQsMEZBQTBGO0lBQ25GLFVBQVUsQ0FBQyxRQUFzQixFQUFFLEdBQVcsRUFBRSxLQUFhO1FBQ2xFLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDakMsSUFBSSxDQUFDLElBQUEsWUFBSyxFQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUM7UUFDNUIsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxFQUFFLENBQUMsSUFBQSxZQUFLLEVBQUMsRUFBRSxDQUFDLElBQUksTUFBTSxDQUFDLEVBQUUsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxLQUFLLENBQUMsQ0FBQztJQUNsRixDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksR0FBRyxDQUFDLE9BQXFCLEVBQUUsR0FBVyxFQUFFLEtBQXVDO1FBQ3BGLE1BQU0sSUFBSSxHQUFHLFVBQVUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLGFBQU0sQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUMzRCxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQy9CLElBQUksR0FBRyxLQUFLLFNBQVMsSUFBSSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1lBQzlDLHdEQUF3RDtZQUN4RCxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQy9ELE9BQU87UUFDVCxDQUFDO1FBQ0QsSUFBSSxDQUFDLElBQUEsWUFBSyxFQUFDLEdBQUcsQ0FBQztZQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxPQUFPLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLGNBQWMsbUJBQW1CLENBQUMsQ0FBQztRQUN0RyxNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDO1FBQ3JELElBQUksSUFBSSxFQUFFLENBQUM7WUFDVCxJQUFJLENBQUMsWUFBWSxDQUFDLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztRQUNoQyxDQUFDO2FBQU0sSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDcEIsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLEtBQUssRUFBYSxDQUFDO1lBQ3BDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksV0FBSSxDQUFDLElBQUksYUFBTSxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7WUFDakQsSUFBSSxDQUFDLFdBQVcsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUM7UUFDOUIsQ0FBQzthQUFNLENBQUM7WUFDTixNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQzdDLE1BQU0sUUFBUSxHQUFJLElBQUksQ0FBQyxHQUFZLENBQUMsS0FBTSxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQzlDLE1BQU0sR0FBRyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDbEMsa0ZBQWtGO1lBQ2xGLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztZQUN2SSxNQUFNLEdBQUcsR0FBRyxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUMsSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksU0FBUyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMzRyxJQUFJLENBQUMsZUFBZSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQ2xHLENBQUM7SUFDSCxDQUFDO0lBRUQsdUZBQXVGO0lBQ2hGLE1BQU0sQ0FBQyxPQUFxQixFQUFFLEdBQVc7UUFDOUMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQztRQUMvQixJQUFJLENBQUMsSUFBQSxZQUFLLEVBQUMsR0FBRyxDQUFDO1lBQUUsT0FBTztRQUN4QixNQUFNLEtBQUssR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDO1FBQzNELElBQUksS0FBSyxHQUFHLENBQUM7WUFBRSxPQUFPO1FBQ3RCLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDOUIsSUFBSSxHQUFHLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDYixNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsS0FBSyxFQUFhLENBQUM7WUFDcEMsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQzVCLElBQUksQ0FBQyxXQUFXLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQzVCLE9BQU87UUFDVCxDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUksSUFBSSxDQUFDLEdBQVksQ0FBQyxLQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDOUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxRQUFRLENBQUMsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUNsRSxJQUFJLE1BQU0sQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLEVBQUUsQ0FBQztZQUN6Qix1RkFBdUY7WUFDdkYsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLEtBQUssQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDbEMsSUFBSSxDQUFDLElBQUk7Z0JBQUUsTUFBTSxJQUFJLEtBQUssQ0FBQyx5Q0FBeUMsR0FBRyxrQkFBa0IsQ0FBQyxDQUFDO1lBQzNGLElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxFQUFHLElBQUksQ0FBQyxHQUFZLENBQUMsS0FBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ3hELE9BQU87UUFDVCxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLGlCQUFpQixDQUFDLFFBQVEsQ0FBQyxDQUFDO1FBQzlDLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDOUIsMkZBQTJGO1FBQzNGLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDbkMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM3QixNQUFNLFVBQVUsR0FBRyxLQUFLLEdBQUcsQ0FBQyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUM7UUFDbkcsTUFBTSxVQUFVLEdBQUcsR0FBRyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDO1FBQzlHLElBQUksQ0FBQyxXQUFXLENBQUMsVUFBVSxJQUFJLFVBQVUsSUFBSSxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUM7SUFDakYsQ0FBQztJQUVEOzs7O09BSUc7SUFDSSxNQUFNLENBQUMsUUFBc0IsRUFBRSxJQUFzQyxFQUFFLGFBQXNCLEtBQUs7UUFDdkcsTUFBTSxJQUFJLEdBQUcsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksYUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ3hELE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUM7UUFDakMsTUFBTSxVQUFVLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6QyxNQUFNLEdBQUcsR0FBRyxNQUFNLENBQUMsUUFBUSxDQUFDLFFBQVEsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNsRCxJQUFJLElBQUksS0FBSyxTQUFTLElBQUksQ0FBQyxJQUFBLGVBQVEsRUFBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLEtBQUssSUFBSSxJQUFJLElBQUksQ0FBQyxLQUFLLEtBQUssU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ2hHLElBQUksQ0FBQyxHQUFHLENBQUMsVUFBVSxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsRUFBRSxVQUFVLENBQUMsQ0FBQyxDQUFDO1lBQ3ZELE9BQU87UUFDVCxDQUFDO1FBQ0QsSUFBSSxDQUFDLElBQUEsWUFBSyxFQUFDLElBQUksQ0FBQztZQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxRQUFRLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDO1FBQ25GLElBQUksSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1lBQ2QsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sS0FBSyxDQUFDLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQztnQkFDM0MsSUFBSSxDQUFDLEdBQUcsQ0FBQyxVQUFVLEVBQUUsR0FBRyxFQUFFLE9BQU8sQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUM7Z0JBQ2xELE9BQU87WUFDVCxDQUFDO1lBQ0QsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssRUFBYSxDQUFDO1lBQ3JDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3RCLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQzdCLE9BQU87UUFDVCxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQVMsQ0FBQztRQUN2RCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxLQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUM3QyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzlCLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDO1FBQ3ZELElBQUksQ0FBQyxlQUFlLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUMsQ0FBQztJQUMxRSxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksVUFBVSxDQUFDLFFBQXNCLEVBQUUsS0FBYSxFQUFFLFlBQXlDLFlBQVk7UUFDNUcsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQztRQUNqQyxJQUFJLENBQUMsSUFBQSxZQUFLLEVBQUMsSUFBSSxDQUFDLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxLQUFLLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNO1lBQUUsT0FBTztRQUNwRSxNQUFNLFVBQVUsR0FBRyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3pDLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ2xELElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDNUIsSUFBSSxTQUFTLEtBQUssWUFBWTtnQkFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLFVBQVUsRUFBRSxHQUFHLENBQUMsQ0FBQzs7Z0JBQ3hELElBQUksQ0FBQyxHQUFHLENBQUMsVUFBVSxFQUFFLEdBQUcsRUFBRSxPQUFPLENBQUMsRUFBRSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7WUFDbEQsT0FBTztRQUNULENBQUM7UUFDRCxJQUFJLElBQUksQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNkLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxLQUFLLEVBQWEsQ0FBQztZQUNyQyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDNUIsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDN0IsT0FBTztRQUNULENBQUM7UUFDRCxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBUyxDQUFDO1FBQ3ZDLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLEtBQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzdDLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLGlCQUFpQixDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQztJQUNyRSxDQUFDO0lBRUQscUZBQXFGO0lBRTdFLE9BQU87UUFDYixNQUFNLEdBQUcsR0FBRyxJQUFBLG9CQUFhLEVBQUMsSUFBSSxDQUFDLEdBQUcsRUFBRSxFQUFFLGdCQUFnQixFQUFFLEtBQUssRUFBRSxVQUFVLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztRQUNwRixJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQzFCLE1BQU0sSUFBSSxLQUFLLENBQUMsNkNBQTZDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDeEcsQ0FBQztRQUNELElBQUksQ0FBQyxNQUFNLEdBQUcsR0FBRyxDQUFDO0lBQ3BCLENBQUM7SUFFTyxNQUFNLENBQUMsS0FBYSxFQUFFLEdBQVcsRUFBRSxJQUFZO1FBQ3JELElBQUksQ0FBQyxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxHQUFHLElBQUksR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUNqRSxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7SUFDakIsQ0FBQztJQUVPLFNBQVMsQ0FBQyxHQUFXO1FBQzNCLE9BQU8sSUFBSSxDQUFDLEdBQUcsQ0FBQyxXQUFXLENBQUMsSUFBSSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDakQsQ0FBQztJQUVELDRFQUE0RTtJQUNwRSxPQUFPLENBQUMsR0FBVztRQUN6QixNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUM7UUFDdEMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3JDLENBQUM7SUFFTyxNQUFNLENBQUMsR0FBVztRQUN4QixPQUFPLEdBQUcsR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ25DLENBQUM7SUFFRCxnRUFBZ0U7SUFDeEQsVUFBVSxDQUFDLEtBQWEsRUFBRSxHQUFXO1FBQzNDLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzNDLE9BQU8sQ0FBQyxHQUFHLEtBQUssSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFBRSxDQUFDLEVBQUUsQ0FBQztRQUNoRCxPQUFPLENBQUMsQ0FBQztJQUNYLENBQUM7SUFFRCwyRUFBMkU7SUFDbkUsVUFBVSxDQUFDLEdBQVc7UUFDNUIsSUFBSSxDQUFDLEdBQUcsR0FBRyxHQUFHLENBQUMsQ0FBQztRQUNoQixPQUFPLENBQUMsSUFBSSxDQUFDLElBQUksSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQUUsQ0FBQyxFQUFFLENBQUM7UUFDN0MsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUc7WUFBRSxNQUFNLElBQUksS0FBSyxDQUFDLG9DQUFvQyxDQUFDLENBQUM7UUFDL0UsT0FBTyxDQUFDLENBQUM7SUFDWCxDQUFDO0lBRUQsaURBQWlEO0lBQ3pDLE9BQU8sQ0FBQyxJQUFVO1FBQ3hCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFvQixDQUFDO1FBQ3BDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQzlELE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFXLENBQUM7UUFDM0IsT0FBTyxJQUFJLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxLQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEtBQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ25ELENBQUM7SUFFRDs7O09BR0c7SUFDSyxPQUFPLENBQUMsSUFBVTtRQUN4QixJQUFJLElBQUEsbUJBQVksRUFBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDOUQsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLENBQUMsQ0FBQztZQUMvQyxJQUFJLElBQUEsYUFBTSxFQUFDLElBQUksQ0FBQztnQkFBRSxPQUFPLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDNUMsSUFBSSxJQUFBLGVBQVEsRUFBQyxJQUFJLENBQUMsSUFBSSxJQUFBLG1CQUFZLEVBQUMsSUFBSSxDQUFDO2dCQUFFLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN0RSxDQUFDO1FBQ0QsT0FBTyxJQUFJLENBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxLQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLEtBQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ3pELENBQUM7SUFFRCwwRkFBMEY7SUFDbEYsaUJBQWlCLENBQUMsR0FBVztRQUNuQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzdCLElBQUksS0FBSyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLENBQUM7UUFDaEMsT0FBTyxLQUFLLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDakIsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDNUMsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsU0FBUyxFQUFFLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ3JFLE1BQU0sQ0FBQyxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDOUIsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxLQUFLLEdBQUc7Z0JBQUUsTUFBTTtZQUNyQyxLQUFLLEdBQUcsU0FBUyxDQUFDO1FBQ3BCLENBQUM7UUFDRCxPQUFPLEtBQUssQ0FBQztJQUNmLENBQUM7SUFFRCw0RUFBNEU7SUFDcEUsV0FBVyxDQUFDLElBQVksRUFBRSxFQUFVO1FBQzFDLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDbkMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLENBQUMsQ0FBQztRQUM3QixJQUFJLENBQUMsTUFBTSxDQUFDLEtBQUssRUFBRSxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUNoRSxDQUFDO0lBRUQsaUZBQWlGO0lBQ3pFLGVBQWUsQ0FBQyxHQUFXLEVBQUUsS0FBYTtRQUNoRCxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQzlCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUMzQyxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLE1BQU07WUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsR0FBRyxJQUFJLEVBQUUsQ0FBQyxDQUFDOztZQUMxRSxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsR0FBRyxDQUFDLEVBQUUsR0FBRyxHQUFHLENBQUMsRUFBRSxHQUFHLElBQUksR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUM7SUFDbEUsQ0FBQztJQUVPLFVBQVUsQ0FBQyxLQUFhO1FBQzlCLE1BQU0sSUFBSSxHQUFHLEtBQUssQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUMzQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsR0FBRyxLQUFLLEVBQUUsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQztRQUM5RSxJQUFJLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxFQUFFLEdBQUcsR0FBRyxHQUFHLElBQUksR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUM7SUFDbkYsQ0FBQztJQUVELHNGQUFzRjtJQUM5RSxZQUFZLENBQUMsSUFBVSxFQUFFLElBQVU7UUFDekMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLEtBQW9CLENBQUM7UUFDdEMsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQVcsQ0FBQztRQUM3QixNQUFNLE1BQU0sR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxLQUFNLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMxQyxNQUFNLEtBQUssR0FBRyxJQUFBLG1CQUFZLEVBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsQ0FBQztRQUN4RSxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLE9BQU8sQ0FBQyxHQUFHLEVBQUUsR0FBRyxDQUFDLEtBQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ25ELElBQUksS0FBSyxFQUFFLENBQUM7WUFDViw2REFBNkQ7WUFDN0QsTUFBTSxRQUFRLEdBQUcsSUFBQSxZQUFLLEVBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUM7WUFDOUYsTUFBTSxLQUFLLEdBQUcsQ0FBQyxHQUFHLElBQUksQ0FBQyxHQUFHLENBQUMsS0FBSyxJQUFJLGFBQWEsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUN2RCxNQUFNLFFBQVEsR0FBRyxDQUFDLEtBQUssSUFBSSxJQUFBLG1CQUFZLEVBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDO1lBQzFELE1BQU0sSUFBSSxHQUFHLEtBQUssSUFBSSxRQUFRLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUM7WUFDakUsTUFBTSxHQUFHLEdBQUcsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO1lBQ2xELElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxFQUFFLEtBQUssQ0FBQyxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLFFBQVEsQ0FBQyxFQUFFLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQ25HLE9BQU87UUFDVCxDQUFDO1FBQ0QsK0VBQStFO1FBQy9FLElBQUksSUFBQSxlQUFRLEVBQUMsR0FBRyxDQUFDLElBQUksSUFBQSxlQUFRLEVBQUMsSUFBSSxDQUFDLElBQUksT0FBTyxJQUFJLENBQUMsS0FBSyxLQUFLLFFBQVEsSUFBSSxJQUFJLENBQUMsSUFBSSxLQUFLLFNBQVM7ZUFDM0YsQ0FBQyxHQUFHLENBQUMsSUFBSSxLQUFLLGFBQU0sQ0FBQyxZQUFZLElBQUksR0FBRyxDQUFDLElBQUksS0FBSyxhQUFNLENBQUMsWUFBWSxDQUFDLEVBQUUsQ0FBQztZQUM1RSxJQUFJLENBQUMsSUFBSSxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUM7UUFDdkIsQ0FBQztRQUNELE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2xDLElBQUksR0FBRyxJQUFJLEdBQUcsQ0FBQyxLQUFLLElBQUksQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztZQUM1QyxJQUFJLElBQUEsbUJBQVksRUFBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxJQUFJLEVBQUUsQ0FBQztnQkFDbkMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQztZQUM1RCxDQUFDO2lCQUFNLENBQUM7Z0JBQ04sSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxDQUFDO1lBQ25GLENBQUM7UUFDSCxDQUFDO2FBQU0sQ0FBQztZQUNOLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxHQUFHLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsQ0FBQztRQUNoRCxDQUFDO0lBQ0gsQ0FBQztJQUVEOzs7T0FHRztJQUNLLFdBQVcsQ0FBQyxHQUFTLEVBQUUsSUFBVTtRQUN2QyxJQUFJLENBQUMsT0FBTyxHQUFHLFNBQVMsQ0FBQztRQUN6QixJQUFJLENBQUMsYUFBYSxHQUFHLFNBQVMsQ0FBQztRQUMvQixJQUFJLENBQUMsV0FBVyxHQUFHLFNBQVMsQ0FBQztRQUM3QixNQUFNLENBQUMsS0FBSyxFQUFFLEdBQUcsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxLQUFNLENBQUM7UUFDaEMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxLQUFLLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDO0lBQ3pHLENBQUM7SUFFRDs7O09BR0c7SUFDSyxNQUFNLENBQUMsSUFBVSxFQUFFLEdBQVc7UUFDcEMsTUFBTSxDQUFDLEdBQUcsSUFBSSxlQUFRLEVBQUUsQ0FBQztRQUN6QixDQUFDLENBQUMsUUFBUSxHQUFHLElBQUksQ0FBQztRQUNsQiw4RkFBOEY7UUFDOUYsTUFBTSxJQUFJLEdBQUcsU0FBUyxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzdCLE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFBLFlBQUssRUFBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsVUFBVSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQztRQUMvRixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsUUFBUSxDQUFDO1lBQ3RCLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxTQUFTLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLEVBQUUsU0FBUyxFQUFFLENBQUMsRUFBRSxlQUFlLEVBQUUsQ0FBQyxFQUFFLHFCQUFxQixFQUFFLE9BQU87U0FDL0gsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDdEIsT0FBTyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDdEYsQ0FBQztDQUNGO0FBcFVELGdDQW9VQztBQUVELDRFQUE0RTtBQUM1RSxTQUFTLFNBQVMsQ0FBQyxJQUFVO0lBQzNCLE1BQU0sS0FBSyxHQUFjLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDaEMsT0FBTyxLQUFLLENBQUMsTUFBTSxFQUFFLENBQUM7UUFDcEIsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLEtBQUssRUFBRSxDQUFDO1FBQ3hCLElBQUksSUFBQSxZQUFLLEVBQUMsQ0FBQyxDQUFDLElBQUksSUFBQSxZQUFLLEVBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUN6QixJQUFJLENBQUMsQ0FBQyxJQUFJO2dCQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQ3JCLEtBQUssTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLEtBQUs7Z0JBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxJQUFBLGFBQU0sRUFBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUM7UUFDbkUsQ0FBQztJQUNILENBQUM7SUFDRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQsU0FBUyxhQUFhLENBQUMsQ0FBTztJQUM1QixPQUFPLElBQUEsZUFBUSxFQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssSUFBSSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxFQUFFLENBQUMsQ0FBQztBQUNsSSxDQUFDO0FBRUQsU0FBUyxLQUFLLENBQUMsQ0FBTztJQUNwQixPQUFPLElBQUEsZUFBUSxFQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztBQUMzRCxDQUFDO0FBRUQsU0FBUyxLQUFLLENBQUMsSUFBWSxFQUFFLEdBQVc7SUFDdEMsT0FBTyxHQUFHLEtBQUssSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsUUFBUSxFQUFFLEdBQUcsQ0FBQyxDQUFDO0FBQzNELENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxJQUFZLEVBQUUsR0FBb0I7SUFDdEQsSUFBSSxNQUEwQixDQUFDO0lBQy9CLElBQUksU0FBOEIsQ0FBQztJQUNuQyxJQUFJLFVBQStCLENBQUM7SUFDcEMsSUFBSSxVQUErQixDQUFDO0lBQ3BDLE1BQU0sR0FBRyxHQUFHLENBQUMsR0FBVyxFQUFFLEVBQUUsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLElBQUksRUFBRSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDekUsSUFBQSxZQUFLLEVBQUMsR0FBRyxFQUFFO1FBQ1QsSUFBSSxDQUFDLEVBQUUsRUFBRSxJQUFJO1lBQ1gsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLEdBQWtCLENBQUM7WUFDcEMsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQW9CLENBQUM7WUFDeEMsSUFBSSxDQUFDLEdBQUcsRUFBRSxLQUFLLElBQUksQ0FBQyxLQUFLLEVBQUUsS0FBSyxJQUFJLENBQUMsSUFBQSxtQkFBWSxFQUFDLEtBQUssQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJLElBQUksS0FBSyxDQUFDLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQztnQkFBRSxPQUFPO1lBQzNHLElBQUksSUFBQSxZQUFLLEVBQUMsS0FBSyxDQUFDLElBQUksTUFBTSxLQUFLLFNBQVMsRUFBRSxDQUFDO2dCQUN6QyxNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQWtCLENBQUM7Z0JBQ2hELElBQUksS0FBSyxFQUFFLEtBQUssSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDO29CQUFFLE1BQU0sR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDaEgsQ0FBQztZQUNELElBQUksSUFBQSxZQUFLLEVBQUMsS0FBSyxDQUFDLElBQUksU0FBUyxLQUFLLFNBQVM7Z0JBQUUsU0FBUyxHQUFHLEdBQUcsQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUNuRyxDQUFDO1FBQ0QsR0FBRyxDQUFDLEVBQUUsRUFBRSxHQUFHO1lBQ1QsSUFBSSxHQUFHLENBQUMsSUFBSSxJQUFJLEdBQUcsQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxHQUFHLENBQUMsS0FBSyxJQUFJLFVBQVUsS0FBSyxTQUFTO2dCQUFFLFVBQVUsR0FBRyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUM7UUFDN0gsQ0FBQztRQUNELEdBQUcsQ0FBQyxFQUFFLEVBQUUsR0FBRztZQUNULElBQUksR0FBRyxDQUFDLElBQUksSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksR0FBRyxDQUFDLEtBQUssSUFBSSxVQUFVLEtBQUssU0FBUztnQkFBRSxVQUFVLEdBQUcsSUFBSSxDQUFDLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDO1FBQzdILENBQUM7S0FDRixDQUFDLENBQUM7SUFDSCxPQUFPO1FBQ0wsTUFBTSxFQUFFLE1BQU0sSUFBSSxDQUFDO1FBQ25CLFNBQVMsRUFBRSxTQUFTLElBQUksSUFBSTtRQUM1QixVQUFVLEVBQUUsVUFBVSxJQUFJLEtBQUs7UUFDL0IsVUFBVSxFQUFFLFVBQVUsSUFBSSxJQUFJO1FBQzlCLEdBQUcsRUFBRSxJQUFJLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUk7S0FDM0MsQ0FBQztBQUNKLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgeyBEb2N1bWVudCwgaXNDb2xsZWN0aW9uLCBpc01hcCwgaXNQYWlyLCBpc1NjYWxhciwgaXNTZXEsIE5vZGUsIFBhaXIsIHBhcnNlRG9jdW1lbnQsIFNjYWxhciwgdmlzaXQsIFlBTUxNYXAsIFlBTUxTZXEgfSBmcm9tICd5YW1sJztcblxuLyoqIEEgcGF0aCBvZiBtYXAga2V5cyBhbmQgbGlzdCBpbmRleGVzLiAqL1xuZXhwb3J0IHR5cGUgWWFtbEVkaXRQYXRoID0gUmVhZG9ubHlBcnJheTxzdHJpbmcgfCBudW1iZXI+O1xuXG4vKiogVGhlIGxheW91dCBjb252ZW50aW9ucyBvZiBhIGRvY3VtZW50LCBkZXRlY3RlZCBzbyB0aGF0IGluc2VydGVkIHRleHQgbG9va3MgbGlrZSBpdHMgbmVpZ2hib3Vycy4gKi9cbmludGVyZmFjZSBMYXlvdXQge1xuICAvKiogSW5kZW50YXRpb24gc3RlcCBvZiBuZXN0ZWQgYmxvY2sgbWFwcGluZ3MuICovXG4gIHJlYWRvbmx5IGluZGVudDogbnVtYmVyO1xuICAvKiogV2hldGhlciBhIGJsb2NrIGxpc3QgdW5kZXIgYSBrZXkgaXMgaW5kZW50ZWQgKGBrZXk6XFxuICAtIGFgKSBvciBub3QgKGBrZXk6XFxuLSBhYCkuICovXG4gIHJlYWRvbmx5IGluZGVudFNlcTogYm9vbGVhbjtcbiAgLyoqIFNwYWNlcyBpbnNpZGUgZmxvdyBsaXN0czogYFsgYSBdYCByYXRoZXIgdGhhbiBgW2FdYC4gKi9cbiAgcmVhZG9ubHkgc2VxUGFkZGluZzogYm9vbGVhbjtcbiAgLyoqIFNwYWNlcyBpbnNpZGUgZmxvdyBtYXBwaW5nczogYHsgYTogMSB9YCByYXRoZXIgdGhhbiBge2E6IDF9YC4gKi9cbiAgcmVhZG9ubHkgbWFwUGFkZGluZzogYm9vbGVhbjtcbiAgLyoqIExpbmUgZW5kaW5nLiAqL1xuICByZWFkb25seSBlb2w6IHN0cmluZztcbn1cblxuLyoqIEEgc2NhbGFyIG5vZGUuICovXG5leHBvcnQgZnVuY3Rpb24gc2NhbGFyTm9kZSh2YWx1ZTogc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbik6IFNjYWxhciB7XG4gIHJldHVybiBuZXcgU2NhbGFyKHZhbHVlKTtcbn1cblxuLyoqIEEgbGlzdCBub2RlIG9mIHNjYWxhcnMsIGluIGZsb3cgKGBbYSwgYl1gKSBvciBibG9jayBzdHlsZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzZXFOb2RlKGl0ZW1zOiBBcnJheTxzdHJpbmcgfCBudW1iZXIgfCBib29sZWFuIHwgTm9kZT4sIGZsb3c6IGJvb2xlYW4pOiBZQU1MU2VxIHtcbiAgY29uc3QgcyA9IG5ldyBZQU1MU2VxKCk7XG4gIHMuaXRlbXMgPSBpdGVtcy5tYXAoKGkpID0+IChpc05vZGVMaWtlKGkpID8gaSA6IG5ldyBTY2FsYXIoaSkpKTtcbiAgcy5mbG93ID0gZmxvdztcbiAgcmV0dXJuIHM7XG59XG5cbi8qKiBBIG1hcHBpbmcgbm9kZSwga2V5cyBpbiB0aGUgZ2l2ZW4gb3JkZXIsIGluIGZsb3cgKGB7IGE6IDEgfWApIG9yIGJsb2NrIHN0eWxlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1hcE5vZGUoZW50cmllczogQXJyYXk8W3N0cmluZywgc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IE5vZGVdPiwgZmxvdzogYm9vbGVhbik6IFlBTUxNYXAge1xuICBjb25zdCBtID0gbmV3IFlBTUxNYXAoKTtcbiAgbS5pdGVtcyA9IGVudHJpZXMubWFwKChbaywgdl0pID0+IG5ldyBQYWlyKG5ldyBTY2FsYXIoayksIGlzTm9kZUxpa2UodikgPyB2IDogbmV3IFNjYWxhcih2KSkpO1xuICBtLmZsb3cgPSBmbG93O1xuICByZXR1cm4gbTtcbn1cblxuZnVuY3Rpb24gaXNOb2RlTGlrZSh2OiB1bmtub3duKTogdiBpcyBOb2RlIHtcbiAgcmV0dXJuIHR5cGVvZiB2ID09PSAnb2JqZWN0JyAmJiB2ICE9PSBudWxsICYmIChpc1NjYWxhcih2KSB8fCBpc0NvbGxlY3Rpb24odikpO1xufVxuXG4vKipcbiAqIEVkaXRzIGEgWUFNTCBkb2N1bWVudCBieSBzcGxpY2luZyBpdHMgdGV4dCwgc28gdGhhdCBldmVyeXRoaW5nIHRoZSBlZGl0IGRvZXMgbm90IHRvdWNoXG4gKiAoY29tbWVudHMsIGJsYW5rIGxpbmVzLCBxdW90aW5nLCBrZXkgb3JkZXIsIGluZGVudGF0aW9uLCBzcGFjaW5nIGJlZm9yZSBpbmxpbmUgY29tbWVudHMpXG4gKiBzdGF5cyBieXRlIGZvciBieXRlIGFzIGl0IHdhcy4gVGhlIGB5YW1sYCBsaWJyYXJ5IHBhcnNlcyB0aGUgZG9jdW1lbnQgYW5kIGxvY2F0ZXMgbm9kZXM7XG4gKiBvbmx5IHRoZSBpbnNlcnRlZCBvciByZXBsYWNlZCB0ZXh0IGlzIHByb2R1Y2VkIGJ5IGl0cyBzdHJpbmdpZmllci4gQWZ0ZXIgZXZlcnkgZWRpdCB0aGVcbiAqIHRleHQgaXMgcGFyc2VkIGFnYWluLlxuICpcbiAqIENvbW1lbnQgbGluZXMgZGlyZWN0bHkgYWJvdmUgYSByZW1vdmVkIGxpc3QgaXRlbSBvciBrZXkgKHNhbWUgaW5kZW50YXRpb24sIG5vIGJsYW5rIGxpbmVcbiAqIGJldHdlZW4pIGFyZSB0YWtlbiB0byBkZXNjcmliZSBpdCBhbmQgYXJlIHJlbW92ZWQgd2l0aCBpdDsgaW5saW5lIGNvbW1lbnRzIG9uIGl0cyBsaW5lcyB0b28uXG4gKi9cbmV4cG9ydCBjbGFzcyBZYW1sRWRpdG9yIHtcbiAgcHJpdmF0ZSBzcmM6IHN0cmluZztcbiAgcHJpdmF0ZSBwYXJzZWQhOiBEb2N1bWVudC5QYXJzZWQ7XG4gIHByaXZhdGUgcmVhZG9ubHkgbGF5b3V0OiBMYXlvdXQ7XG5cbiAgY29uc3RydWN0b3IodGV4dDogc3RyaW5nKSB7XG4gICAgdGhpcy5zcmMgPSB0ZXh0O1xuICAgIGNvbnN0IGRvYyA9IHBhcnNlRG9jdW1lbnQodGV4dCwgeyBrZWVwU291cmNlVG9rZW5zOiBmYWxzZSwgdW5pcXVlS2V5czogZmFsc2UgfSk7XG4gICAgaWYgKGRvYy5lcnJvcnMubGVuZ3RoID4gMCkgdGhyb3cgbmV3IEVycm9yKGB0aGUgZG9jdW1lbnQgZG9lcyBub3QgcGFyc2U6ICR7ZG9jLmVycm9yc1swXS5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX1gKTtcbiAgICB0aGlzLnJlcGFyc2UoKTtcbiAgICB0aGlzLmxheW91dCA9IGRldGVjdExheW91dCh0aGlzLnNyYywgdGhpcy5wYXJzZWQpO1xuICB9XG5cbiAgLyoqIFRoZSBjdXJyZW50IHRleHQuICovXG4gIHB1YmxpYyBnZXQgdGV4dCgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLnNyYztcbiAgfVxuXG4gIC8qKiBUaGUgY3VycmVudCBkb2N1bWVudCAocmVhZCBpdDsgZWRpdCB0aHJvdWdoIHRoZSBtZXRob2RzKS4gKi9cbiAgcHVibGljIGdldCBkb2MoKTogRG9jdW1lbnQuUGFyc2VkIHtcbiAgICByZXR1cm4gdGhpcy5wYXJzZWQ7XG4gIH1cblxuICAvKiogVGhlIG5vZGUgYXQgYSBwYXRoLCBvciB1bmRlZmluZWQuICovXG4gIHB1YmxpYyBub2RlKHBhdGg6IFlhbWxFZGl0UGF0aCk6IE5vZGUgfCB1bmRlZmluZWQge1xuICAgIGlmIChwYXRoLmxlbmd0aCA9PT0gMCkgcmV0dXJuICh0aGlzLnBhcnNlZC5jb250ZW50cyA/PyB1bmRlZmluZWQpIGFzIE5vZGUgfCB1bmRlZmluZWQ7XG4gICAgY29uc3QgbiA9IHRoaXMucGFyc2VkLmdldEluKHBhdGgsIHRydWUpO1xuICAgIHJldHVybiBpc1NjYWxhcihuKSB8fCBpc0NvbGxlY3Rpb24obikgPyBuIDogdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqIFRoZSBwbGFpbiB2YWx1ZSBhdCBhIHBhdGguICovXG4gIHB1YmxpYyB2YWx1ZShwYXRoOiBZYW1sRWRpdFBhdGgpOiB1bmtub3duIHtcbiAgICBjb25zdCBuID0gdGhpcy5ub2RlKHBhdGgpO1xuICAgIHJldHVybiBuID8gbi50b0pTT04oKSA6IHVuZGVmaW5lZDtcbiAgfVxuXG4gIC8qKiBJbmRleCBvZiB0aGUgZmlyc3QgbGlzdCBpdGVtIGF0IGBsaXN0UGF0aGAgd2hvc2UgYGtleWAgaXMgYHZhbHVlYCAoYC0xYCB3aGVuIG5vbmUpLiAqL1xuICBwdWJsaWMgaW5kZXhXaGVyZShsaXN0UGF0aDogWWFtbEVkaXRQYXRoLCBrZXk6IHN0cmluZywgdmFsdWU6IHN0cmluZyk6IG51bWJlciB7XG4gICAgY29uc3QgbGlzdCA9IHRoaXMubm9kZShsaXN0UGF0aCk7XG4gICAgaWYgKCFpc1NlcShsaXN0KSkgcmV0dXJuIC0xO1xuICAgIHJldHVybiBsaXN0Lml0ZW1zLmZpbmRJbmRleCgoaXQpID0+IGlzTWFwKGl0KSAmJiBTdHJpbmcoaXQuZ2V0KGtleSkpID09PSB2YWx1ZSk7XG4gIH1cblxuICAvKipcbiAgICogU2V0cyBga2V5YCBvZiB0aGUgbWFwcGluZyBhdCBgbWFwUGF0aGAgdG8gYSB2YWx1ZSAoYSBzY2FsYXIgb3IgYSBub2RlIGZyb20gc2VxTm9kZS9tYXBOb2RlKS5cbiAgICogQW4gZXhpc3RpbmcgdmFsdWUgaXMgcmVwbGFjZWQgaW4gcGxhY2U7IGEgbmV3IGtleSBpcyBhZGRlZCBhZnRlciB0aGUgbWFwcGluZydzIGxhc3Qga2V5LlxuICAgKi9cbiAgcHVibGljIHNldChtYXBQYXRoOiBZYW1sRWRpdFBhdGgsIGtleTogc3RyaW5nLCB2YWx1ZTogc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IE5vZGUpOiB2b2lkIHtcbiAgICBjb25zdCBub2RlID0gaXNOb2RlTGlrZSh2YWx1ZSkgPyB2YWx1ZSA6IG5ldyBTY2FsYXIodmFsdWUpO1xuICAgIGNvbnN0IG1hcCA9IHRoaXMubm9kZShtYXBQYXRoKTtcbiAgICBpZiAobWFwID09PSB1bmRlZmluZWQgJiYgbWFwUGF0aC5sZW5ndGggPT09IDApIHtcbiAgICAgIC8vIEVtcHR5IGRvY3VtZW50IChvciBvbmx5IGNvbW1lbnRzKTogYXBwZW5kIGF0IHRoZSBlbmQuXG4gICAgICB0aGlzLmFwcGVuZFRleHQodGhpcy5yZW5kZXIobWFwTm9kZShbW2tleSwgbm9kZV1dLCBmYWxzZSksIDApKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKCFpc01hcChtYXApKSB0aHJvdyBuZXcgRXJyb3IoYGludGVybmFsOiAke21hcFBhdGguam9pbignLicpIHx8ICd0aGUgZG9jdW1lbnQnfSBpcyBub3QgYSBtYXBwaW5nYCk7XG4gICAgY29uc3QgcGFpciA9IG1hcC5pdGVtcy5maW5kKChwKSA9PiBrZXlPZihwKSA9PT0ga2V5KTtcbiAgICBpZiAocGFpcikge1xuICAgICAgdGhpcy5yZXBsYWNlVmFsdWUocGFpciwgbm9kZSk7XG4gICAgfSBlbHNlIGlmIChtYXAuZmxvdykge1xuICAgICAgY29uc3QgY29weSA9IG1hcC5jbG9uZSgpIGFzIFlBTUxNYXA7XG4gICAgICBjb3B5Lml0ZW1zLnB1c2gobmV3IFBhaXIobmV3IFNjYWxhcihrZXkpLCBub2RlKSk7XG4gICAgICB0aGlzLnJlcGxhY2VOb2RlKG1hcCwgY29weSk7XG4gICAgfSBlbHNlIHtcbiAgICAgIGNvbnN0IGxhc3QgPSBtYXAuaXRlbXNbbWFwLml0ZW1zLmxlbmd0aCAtIDFdO1xuICAgICAgY29uc3Qga2V5U3RhcnQgPSAobGFzdC5rZXkgYXMgTm9kZSkucmFuZ2UhWzBdO1xuICAgICAgY29uc3QgY29sID0gdGhpcy5jb2x1bW4oa2V5U3RhcnQpO1xuICAgICAgLy8gVG9wLWxldmVsIHNlY3Rpb25zIHNlcGFyYXRlZCBieSBibGFuayBsaW5lcyBnZXQgb25lIGJlZm9yZSB0aGUgbmV3IHNlY3Rpb24gdG9vLlxuICAgICAgY29uc3QgbGluZUFib3ZlID0gdGhpcy5zcmMuc2xpY2UodGhpcy5saW5lU3RhcnQoTWF0aC5tYXgoMCwgdGhpcy5saW5lU3RhcnQoa2V5U3RhcnQpIC0gMSkpLCBNYXRoLm1heCgwLCB0aGlzLmxpbmVTdGFydChrZXlTdGFydCkgLSAxKSk7XG4gICAgICBjb25zdCBnYXAgPSBtYXBQYXRoLmxlbmd0aCA9PT0gMCAmJiBtYXAuaXRlbXMubGVuZ3RoID4gMSAmJiBsaW5lQWJvdmUudHJpbSgpID09PSAnJyA/IHRoaXMubGF5b3V0LmVvbCA6ICcnO1xuICAgICAgdGhpcy5pbnNlcnRBZnRlckxpbmUodGhpcy5wYWlyRW5kKGxhc3QpLCBnYXAgKyB0aGlzLnJlbmRlcihtYXBOb2RlKFtba2V5LCBub2RlXV0sIGZhbHNlKSwgY29sKSk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFJlbW92ZXMgYGtleWAgZnJvbSB0aGUgbWFwcGluZyBhdCBgbWFwUGF0aGAgKG5vdGhpbmcgaGFwcGVucyB3aGVuIGl0IGlzIGFic2VudCkuICovXG4gIHB1YmxpYyBkZWxldGUobWFwUGF0aDogWWFtbEVkaXRQYXRoLCBrZXk6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IG1hcCA9IHRoaXMubm9kZShtYXBQYXRoKTtcbiAgICBpZiAoIWlzTWFwKG1hcCkpIHJldHVybjtcbiAgICBjb25zdCBpbmRleCA9IG1hcC5pdGVtcy5maW5kSW5kZXgoKHApID0+IGtleU9mKHApID09PSBrZXkpO1xuICAgIGlmIChpbmRleCA8IDApIHJldHVybjtcbiAgICBjb25zdCBwYWlyID0gbWFwLml0ZW1zW2luZGV4XTtcbiAgICBpZiAobWFwLmZsb3cpIHtcbiAgICAgIGNvbnN0IGNvcHkgPSBtYXAuY2xvbmUoKSBhcyBZQU1MTWFwO1xuICAgICAgY29weS5pdGVtcy5zcGxpY2UoaW5kZXgsIDEpO1xuICAgICAgdGhpcy5yZXBsYWNlTm9kZShtYXAsIGNvcHkpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBjb25zdCBrZXlTdGFydCA9IChwYWlyLmtleSBhcyBOb2RlKS5yYW5nZSFbMF07XG4gICAgY29uc3QgYmVmb3JlID0gdGhpcy5zcmMuc2xpY2UodGhpcy5saW5lU3RhcnQoa2V5U3RhcnQpLCBrZXlTdGFydCk7XG4gICAgaWYgKGJlZm9yZS50cmltKCkgIT09ICcnKSB7XG4gICAgICAvLyBUaGUgZmlyc3Qga2V5IG9mIGEgbGlzdCBpdGVtIChgLSBuYW1lOiB4YCk6IHB1bGwgdGhlIG5leHQga2V5IHVwIG9udG8gdGhlIGRhc2ggbGluZS5cbiAgICAgIGNvbnN0IG5leHQgPSBtYXAuaXRlbXNbaW5kZXggKyAxXTtcbiAgICAgIGlmICghbmV4dCkgdGhyb3cgbmV3IEVycm9yKGBpbnRlcm5hbDogY2Fubm90IHJlbW92ZSB0aGUgb25seSBrZXkgXCIke2tleX1cIiBvZiBhIGxpc3QgaXRlbWApO1xuICAgICAgdGhpcy5zcGxpY2Uoa2V5U3RhcnQsIChuZXh0LmtleSBhcyBOb2RlKS5yYW5nZSFbMF0sICcnKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgZnJvbSA9IHRoaXMud2l0aENvbW1lbnRzQWJvdmUoa2V5U3RhcnQpO1xuICAgIGNvbnN0IHRvID0gdGhpcy5wYWlyRW5kKHBhaXIpO1xuICAgIC8vIEEgc2VjdGlvbiBzZXQgb2ZmIGJ5IGJsYW5rIGxpbmVzIHRha2VzIG9uZSBvZiB0aGVtIGFsb25nLCBzbyB0aGF0IG5vIGRvdWJsZSBnYXAgaXMgbGVmdC5cbiAgICBjb25zdCBzdGFydCA9IHRoaXMubGluZVN0YXJ0KGZyb20pO1xuICAgIGNvbnN0IGVuZCA9IHRoaXMubGluZUVuZCh0byk7XG4gICAgY29uc3QgYmxhbmtBYm92ZSA9IHN0YXJ0ID4gMCAmJiB0aGlzLnNyYy5zbGljZSh0aGlzLmxpbmVTdGFydChzdGFydCAtIDEpLCBzdGFydCAtIDEpLnRyaW0oKSA9PT0gJyc7XG4gICAgY29uc3QgYmxhbmtCZWxvdyA9IGVuZCA+PSB0aGlzLnNyYy5sZW5ndGggLSAxIHx8IHRoaXMuc3JjLnNsaWNlKGVuZCArIDEsIHRoaXMubGluZUVuZChlbmQgKyAxKSkudHJpbSgpID09PSAnJztcbiAgICB0aGlzLmRlbGV0ZUxpbmVzKGJsYW5rQWJvdmUgJiYgYmxhbmtCZWxvdyAmJiBzdGFydCA+IDEgPyBzdGFydCAtIDEgOiBmcm9tLCB0byk7XG4gIH1cblxuICAvKipcbiAgICogQXBwZW5kcyBhbiBpdGVtIHRvIHRoZSBsaXN0IGF0IGBsaXN0UGF0aGAsIGFmdGVyIGl0cyBsYXN0IGl0ZW0uIFdoZW4gdGhlIGxpc3QgZG9lcyBub3RcbiAgICogZXhpc3QgaXQgaXMgY3JlYXRlZCAoaW4gZmxvdyBzdHlsZSB3aGVuIGBjcmVhdGVGbG93YCk7IGFuIGVtcHR5IGZsb3cgbGlzdCAoYFtdYCkgYmVjb21lcyBhXG4gICAqIGJsb2NrIGxpc3QgdW5sZXNzIGBjcmVhdGVGbG93YC4gVGhlIGl0ZW0ncyBvd24gc3R5bGUgaXMgdGhhdCBvZiB0aGUgbm9kZSBnaXZlbi5cbiAgICovXG4gIHB1YmxpYyBhcHBlbmQobGlzdFBhdGg6IFlhbWxFZGl0UGF0aCwgaXRlbTogc3RyaW5nIHwgbnVtYmVyIHwgYm9vbGVhbiB8IE5vZGUsIGNyZWF0ZUZsb3c6IGJvb2xlYW4gPSBmYWxzZSk6IHZvaWQge1xuICAgIGNvbnN0IG5vZGUgPSBpc05vZGVMaWtlKGl0ZW0pID8gaXRlbSA6IG5ldyBTY2FsYXIoaXRlbSk7XG4gICAgY29uc3QgbGlzdCA9IHRoaXMubm9kZShsaXN0UGF0aCk7XG4gICAgY29uc3QgcGFyZW50UGF0aCA9IGxpc3RQYXRoLnNsaWNlKDAsIC0xKTtcbiAgICBjb25zdCBrZXkgPSBTdHJpbmcobGlzdFBhdGhbbGlzdFBhdGgubGVuZ3RoIC0gMV0pO1xuICAgIGlmIChsaXN0ID09PSB1bmRlZmluZWQgfHwgKGlzU2NhbGFyKGxpc3QpICYmIChsaXN0LnZhbHVlID09PSBudWxsIHx8IGxpc3QudmFsdWUgPT09IHVuZGVmaW5lZCkpKSB7XG4gICAgICB0aGlzLnNldChwYXJlbnRQYXRoLCBrZXksIHNlcU5vZGUoW25vZGVdLCBjcmVhdGVGbG93KSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmICghaXNTZXEobGlzdCkpIHRocm93IG5ldyBFcnJvcihgaW50ZXJuYWw6ICR7bGlzdFBhdGguam9pbignLicpfSBpcyBub3QgYSBsaXN0YCk7XG4gICAgaWYgKGxpc3QuZmxvdykge1xuICAgICAgaWYgKGxpc3QuaXRlbXMubGVuZ3RoID09PSAwICYmICFjcmVhdGVGbG93KSB7XG4gICAgICAgIHRoaXMuc2V0KHBhcmVudFBhdGgsIGtleSwgc2VxTm9kZShbbm9kZV0sIGZhbHNlKSk7XG4gICAgICAgIHJldHVybjtcbiAgICAgIH1cbiAgICAgIGNvbnN0IGNvcHkgPSBsaXN0LmNsb25lKCkgYXMgWUFNTFNlcTtcbiAgICAgIGNvcHkuaXRlbXMucHVzaChub2RlKTtcbiAgICAgIHRoaXMucmVwbGFjZU5vZGUobGlzdCwgY29weSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGxhc3QgPSBsaXN0Lml0ZW1zW2xpc3QuaXRlbXMubGVuZ3RoIC0gMV0gYXMgTm9kZTtcbiAgICBjb25zdCBkYXNoID0gdGhpcy5kYXNoQmVmb3JlKGxhc3QucmFuZ2UhWzBdKTtcbiAgICBjb25zdCBjb2wgPSB0aGlzLmNvbHVtbihkYXNoKTtcbiAgICBjb25zdCBib2R5ID0gdGhpcy5yZW5kZXIobm9kZSwgY29sICsgMikuc2xpY2UoY29sICsgMik7XG4gICAgdGhpcy5pbnNlcnRBZnRlckxpbmUodGhpcy5ub2RlRW5kKGxhc3QpLCBgJHsnICcucmVwZWF0KGNvbCl9LSAke2JvZHl9YCk7XG4gIH1cblxuICAvKipcbiAgICogUmVtb3ZlcyBpdGVtIGBpbmRleGAgb2YgdGhlIGxpc3QgYXQgYGxpc3RQYXRoYC4gV2hlbiBpdCB3YXMgdGhlIGxhc3QgaXRlbSB0aGUga2V5IGlzXG4gICAqIHJlbW92ZWQgKGB3aGVuRW1wdHk6ICdkZWxldGUta2V5J2ApIG9yIHNldCB0byBgW11gIChgJ2VtcHR5LWxpc3QnYCkuXG4gICAqL1xuICBwdWJsaWMgcmVtb3ZlSXRlbShsaXN0UGF0aDogWWFtbEVkaXRQYXRoLCBpbmRleDogbnVtYmVyLCB3aGVuRW1wdHk6ICdkZWxldGUta2V5JyB8ICdlbXB0eS1saXN0JyA9ICdkZWxldGUta2V5Jyk6IHZvaWQge1xuICAgIGNvbnN0IGxpc3QgPSB0aGlzLm5vZGUobGlzdFBhdGgpO1xuICAgIGlmICghaXNTZXEobGlzdCkgfHwgaW5kZXggPCAwIHx8IGluZGV4ID49IGxpc3QuaXRlbXMubGVuZ3RoKSByZXR1cm47XG4gICAgY29uc3QgcGFyZW50UGF0aCA9IGxpc3RQYXRoLnNsaWNlKDAsIC0xKTtcbiAgICBjb25zdCBrZXkgPSBTdHJpbmcobGlzdFBhdGhbbGlzdFBhdGgubGVuZ3RoIC0gMV0pO1xuICAgIGlmIChsaXN0Lml0ZW1zLmxlbmd0aCA9PT0gMSkge1xuICAgICAgaWYgKHdoZW5FbXB0eSA9PT0gJ2RlbGV0ZS1rZXknKSB0aGlzLmRlbGV0ZShwYXJlbnRQYXRoLCBrZXkpO1xuICAgICAgZWxzZSB0aGlzLnNldChwYXJlbnRQYXRoLCBrZXksIHNlcU5vZGUoW10sIHRydWUpKTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgaWYgKGxpc3QuZmxvdykge1xuICAgICAgY29uc3QgY29weSA9IGxpc3QuY2xvbmUoKSBhcyBZQU1MU2VxO1xuICAgICAgY29weS5pdGVtcy5zcGxpY2UoaW5kZXgsIDEpO1xuICAgICAgdGhpcy5yZXBsYWNlTm9kZShsaXN0LCBjb3B5KTtcbiAgICAgIHJldHVybjtcbiAgICB9XG4gICAgY29uc3QgaXRlbSA9IGxpc3QuaXRlbXNbaW5kZXhdIGFzIE5vZGU7XG4gICAgY29uc3QgZGFzaCA9IHRoaXMuZGFzaEJlZm9yZShpdGVtLnJhbmdlIVswXSk7XG4gICAgdGhpcy5kZWxldGVMaW5lcyh0aGlzLndpdGhDb21tZW50c0Fib3ZlKGRhc2gpLCB0aGlzLm5vZGVFbmQoaXRlbSkpO1xuICB9XG5cbiAgLy8gLS0tLSB0ZXh0IG9wZXJhdGlvbnMgLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLS0tLVxuXG4gIHByaXZhdGUgcmVwYXJzZSgpOiB2b2lkIHtcbiAgICBjb25zdCBkb2MgPSBwYXJzZURvY3VtZW50KHRoaXMuc3JjLCB7IGtlZXBTb3VyY2VUb2tlbnM6IGZhbHNlLCB1bmlxdWVLZXlzOiBmYWxzZSB9KTtcbiAgICBpZiAoZG9jLmVycm9ycy5sZW5ndGggPiAwKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYGludGVybmFsOiB0aGUgZWRpdCBwcm9kdWNlZCBpbnZhbGlkIFlBTUwgKCR7ZG9jLmVycm9yc1swXS5tZXNzYWdlLnNwbGl0KCdcXG4nKVswXX0pYCk7XG4gICAgfVxuICAgIHRoaXMucGFyc2VkID0gZG9jO1xuICB9XG5cbiAgcHJpdmF0ZSBzcGxpY2Uoc3RhcnQ6IG51bWJlciwgZW5kOiBudW1iZXIsIHRleHQ6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMuc3JjID0gdGhpcy5zcmMuc2xpY2UoMCwgc3RhcnQpICsgdGV4dCArIHRoaXMuc3JjLnNsaWNlKGVuZCk7XG4gICAgdGhpcy5yZXBhcnNlKCk7XG4gIH1cblxuICBwcml2YXRlIGxpbmVTdGFydChwb3M6IG51bWJlcik6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMuc3JjLmxhc3RJbmRleE9mKCdcXG4nLCBwb3MgLSAxKSArIDE7XG4gIH1cblxuICAvKiogSW5kZXggb2YgdGhlIG5ld2xpbmUgZW5kaW5nIHRoZSBsaW5lIG9mIGBwb3NgIChvciB0aGUgdGV4dCdzIGxlbmd0aCkuICovXG4gIHByaXZhdGUgbGluZUVuZChwb3M6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgaSA9IHRoaXMuc3JjLmluZGV4T2YoJ1xcbicsIHBvcyk7XG4gICAgcmV0dXJuIGkgPCAwID8gdGhpcy5zcmMubGVuZ3RoIDogaTtcbiAgfVxuXG4gIHByaXZhdGUgY29sdW1uKHBvczogbnVtYmVyKTogbnVtYmVyIHtcbiAgICByZXR1cm4gcG9zIC0gdGhpcy5saW5lU3RhcnQocG9zKTtcbiAgfVxuXG4gIC8qKiBQb3NpdGlvbiBvZiB0aGUgbGFzdCBub24tYmxhbmsgY2hhcmFjdGVyIGluIFtzdGFydCwgZW5kKS4gKi9cbiAgcHJpdmF0ZSBjb250ZW50RW5kKHN0YXJ0OiBudW1iZXIsIGVuZDogbnVtYmVyKTogbnVtYmVyIHtcbiAgICBsZXQgaSA9IE1hdGgubWluKGVuZCwgdGhpcy5zcmMubGVuZ3RoKSAtIDE7XG4gICAgd2hpbGUgKGkgPiBzdGFydCAmJiAvXFxzLy50ZXN0KHRoaXMuc3JjW2ldKSkgaS0tO1xuICAgIHJldHVybiBpO1xuICB9XG5cbiAgLyoqIFBvc2l0aW9uIG9mIHRoZSBgLWAgdGhhdCBpbnRyb2R1Y2VzIHRoZSBsaXN0IGl0ZW0gc3RhcnRpbmcgYXQgYHBvc2AuICovXG4gIHByaXZhdGUgZGFzaEJlZm9yZShwb3M6IG51bWJlcik6IG51bWJlciB7XG4gICAgbGV0IGkgPSBwb3MgLSAxO1xuICAgIHdoaWxlIChpID49IDAgJiYgL1xccy8udGVzdCh0aGlzLnNyY1tpXSkpIGktLTtcbiAgICBpZiAodGhpcy5zcmNbaV0gIT09ICctJykgdGhyb3cgbmV3IEVycm9yKCdpbnRlcm5hbDogbGlzdCBpdGVtIHdpdGhvdXQgYSBkYXNoJyk7XG4gICAgcmV0dXJuIGk7XG4gIH1cblxuICAvKiogTGFzdCBjb250ZW50IHBvc2l0aW9uIG9mIGEga2V5L3ZhbHVlIHBhaXIuICovXG4gIHByaXZhdGUgcGFpckVuZChwYWlyOiBQYWlyKTogbnVtYmVyIHtcbiAgICBjb25zdCB2ID0gcGFpci52YWx1ZSBhcyBOb2RlIHwgbnVsbDtcbiAgICBpZiAodiAmJiB2LnJhbmdlICYmICFpc0VtcHR5U2NhbGFyKHYpKSByZXR1cm4gdGhpcy5ub2RlRW5kKHYpO1xuICAgIGNvbnN0IGsgPSBwYWlyLmtleSBhcyBOb2RlO1xuICAgIHJldHVybiB0aGlzLmNvbnRlbnRFbmQoay5yYW5nZSFbMF0sIGsucmFuZ2UhWzFdKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBMYXN0IGNvbnRlbnQgcG9zaXRpb24gb2YgYSBub2RlLiBCbG9jayBjb2xsZWN0aW9ucyBlbmQgd2l0aCB0aGVpciBsYXN0IGVudHJ5OiB0aGVcbiAgICogcGFyc2VyJ3MgcmFuZ2Ugb2YgYSBibG9jayBjb2xsZWN0aW9uIGFsc28gY292ZXJzIGNvbW1lbnQgbGluZXMgdGhhdCBmb2xsb3cgaXQuXG4gICAqL1xuICBwcml2YXRlIG5vZGVFbmQobm9kZTogTm9kZSk6IG51bWJlciB7XG4gICAgaWYgKGlzQ29sbGVjdGlvbihub2RlKSAmJiAhbm9kZS5mbG93ICYmIG5vZGUuaXRlbXMubGVuZ3RoID4gMCkge1xuICAgICAgY29uc3QgbGFzdCA9IG5vZGUuaXRlbXNbbm9kZS5pdGVtcy5sZW5ndGggLSAxXTtcbiAgICAgIGlmIChpc1BhaXIobGFzdCkpIHJldHVybiB0aGlzLnBhaXJFbmQobGFzdCk7XG4gICAgICBpZiAoaXNTY2FsYXIobGFzdCkgfHwgaXNDb2xsZWN0aW9uKGxhc3QpKSByZXR1cm4gdGhpcy5ub2RlRW5kKGxhc3QpO1xuICAgIH1cbiAgICByZXR1cm4gdGhpcy5jb250ZW50RW5kKG5vZGUucmFuZ2UhWzBdLCBub2RlLnJhbmdlIVsxXSk7XG4gIH1cblxuICAvKiogTW92ZXMgYHBvc2AgdXAgb3ZlciBjb21tZW50IGxpbmVzIGRpcmVjdGx5IGFib3ZlIGl0IHRoYXQgaGF2ZSB0aGUgc2FtZSBpbmRlbnRhdGlvbi4gKi9cbiAgcHJpdmF0ZSB3aXRoQ29tbWVudHNBYm92ZShwb3M6IG51bWJlcik6IG51bWJlciB7XG4gICAgY29uc3QgY29sID0gdGhpcy5jb2x1bW4ocG9zKTtcbiAgICBsZXQgc3RhcnQgPSB0aGlzLmxpbmVTdGFydChwb3MpO1xuICAgIHdoaWxlIChzdGFydCA+IDApIHtcbiAgICAgIGNvbnN0IHByZXZTdGFydCA9IHRoaXMubGluZVN0YXJ0KHN0YXJ0IC0gMSk7XG4gICAgICBjb25zdCBwcmV2ID0gdGhpcy5zcmMuc2xpY2UocHJldlN0YXJ0LCBzdGFydCAtIDEpLnJlcGxhY2UoL1xcciQvLCAnJyk7XG4gICAgICBjb25zdCBtID0gL14oICopIy8uZXhlYyhwcmV2KTtcbiAgICAgIGlmICghbSB8fCBtWzFdLmxlbmd0aCAhPT0gY29sKSBicmVhaztcbiAgICAgIHN0YXJ0ID0gcHJldlN0YXJ0O1xuICAgIH1cbiAgICByZXR1cm4gc3RhcnQ7XG4gIH1cblxuICAvKiogRGVsZXRlcyB3aG9sZSBsaW5lcyBmcm9tIHRoZSBsaW5lIG9mIGBmcm9tYCB0aHJvdWdoIHRoZSBsaW5lIG9mIGB0b2AuICovXG4gIHByaXZhdGUgZGVsZXRlTGluZXMoZnJvbTogbnVtYmVyLCB0bzogbnVtYmVyKTogdm9pZCB7XG4gICAgY29uc3Qgc3RhcnQgPSB0aGlzLmxpbmVTdGFydChmcm9tKTtcbiAgICBjb25zdCBlbmQgPSB0aGlzLmxpbmVFbmQodG8pO1xuICAgIHRoaXMuc3BsaWNlKHN0YXJ0LCBlbmQgPCB0aGlzLnNyYy5sZW5ndGggPyBlbmQgKyAxIDogZW5kLCAnJyk7XG4gIH1cblxuICAvKiogSW5zZXJ0cyBsaW5lcyAoZ2l2ZW4gd2l0aG91dCBhIGZpbmFsIGxpbmUgZW5kaW5nKSBhZnRlciB0aGUgbGluZSBvZiBgcG9zYC4gKi9cbiAgcHJpdmF0ZSBpbnNlcnRBZnRlckxpbmUocG9zOiBudW1iZXIsIGxpbmVzOiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBlbmQgPSB0aGlzLmxpbmVFbmQocG9zKTtcbiAgICBjb25zdCB0ZXh0ID0gdG9Fb2wobGluZXMsIHRoaXMubGF5b3V0LmVvbCk7XG4gICAgaWYgKGVuZCA+PSB0aGlzLnNyYy5sZW5ndGgpIHRoaXMuc3BsaWNlKGVuZCwgZW5kLCBgJHt0aGlzLmxheW91dC5lb2x9JHt0ZXh0fWApO1xuICAgIGVsc2UgdGhpcy5zcGxpY2UoZW5kICsgMSwgZW5kICsgMSwgYCR7dGV4dH0ke3RoaXMubGF5b3V0LmVvbH1gKTtcbiAgfVxuXG4gIHByaXZhdGUgYXBwZW5kVGV4dChsaW5lczogc3RyaW5nKTogdm9pZCB7XG4gICAgY29uc3QgdGV4dCA9IHRvRW9sKGxpbmVzLCB0aGlzLmxheW91dC5lb2wpO1xuICAgIGNvbnN0IHNlcCA9IHRoaXMuc3JjID09PSAnJyB8fCB0aGlzLnNyYy5lbmRzV2l0aCgnXFxuJykgPyAnJyA6IHRoaXMubGF5b3V0LmVvbDtcbiAgICB0aGlzLnNwbGljZSh0aGlzLnNyYy5sZW5ndGgsIHRoaXMuc3JjLmxlbmd0aCwgYCR7c2VwfSR7dGV4dH0ke3RoaXMubGF5b3V0LmVvbH1gKTtcbiAgfVxuXG4gIC8qKiBSZXBsYWNlcyB0aGUgdmFsdWUgb2YgYSBwYWlyLCBrZWVwaW5nIHRoZSBrZXksIGl0cyBsaW5lIGFuZCBhbnkgaW5saW5lIGNvbW1lbnQuICovXG4gIHByaXZhdGUgcmVwbGFjZVZhbHVlKHBhaXI6IFBhaXIsIG5vZGU6IE5vZGUpOiB2b2lkIHtcbiAgICBjb25zdCBvbGQgPSBwYWlyLnZhbHVlIGFzIE5vZGUgfCBudWxsO1xuICAgIGNvbnN0IGtleSA9IHBhaXIua2V5IGFzIE5vZGU7XG4gICAgY29uc3Qga2V5Q29sID0gdGhpcy5jb2x1bW4oa2V5LnJhbmdlIVswXSk7XG4gICAgY29uc3QgYmxvY2sgPSBpc0NvbGxlY3Rpb24obm9kZSkgJiYgIW5vZGUuZmxvdyAmJiBub2RlLml0ZW1zLmxlbmd0aCA+IDA7XG4gICAgY29uc3QgY29sb24gPSB0aGlzLnNyYy5pbmRleE9mKCc6Jywga2V5LnJhbmdlIVsxXSk7XG4gICAgaWYgKGJsb2NrKSB7XG4gICAgICAvLyBrZXk6XFxuICA8YmxvY2s+OyBhIGNvbW1lbnQgYWZ0ZXIgYGtleTpgIHN0YXlzIHdoZXJlIGl0IGlzLlxuICAgICAgY29uc3QgY2hpbGRDb2wgPSBpc1NlcShub2RlKSAmJiAhdGhpcy5sYXlvdXQuaW5kZW50U2VxID8ga2V5Q29sIDoga2V5Q29sICsgdGhpcy5sYXlvdXQuaW5kZW50O1xuICAgICAgY29uc3QgZW1wdHkgPSAhb2xkIHx8ICFvbGQucmFuZ2UgfHwgaXNFbXB0eVNjYWxhcihvbGQpO1xuICAgICAgY29uc3Qgb2xkQmxvY2sgPSAhZW1wdHkgJiYgaXNDb2xsZWN0aW9uKG9sZCkgJiYgIW9sZC5mbG93O1xuICAgICAgY29uc3QgZnJvbSA9IGVtcHR5IHx8IG9sZEJsb2NrID8gdGhpcy5saW5lRW5kKGNvbG9uKSA6IGNvbG9uICsgMTtcbiAgICAgIGNvbnN0IGVuZCA9IGVtcHR5ID8gZnJvbSA6IHRoaXMubm9kZUVuZChvbGQhKSArIDE7XG4gICAgICB0aGlzLnNwbGljZShmcm9tLCBNYXRoLm1heChmcm9tLCBlbmQpLCB0b0VvbChgXFxuJHt0aGlzLnJlbmRlcihub2RlLCBjaGlsZENvbCl9YCwgdGhpcy5sYXlvdXQuZW9sKSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIC8vIEEgbmV3IHN0cmluZyBrZWVwcyB0aGUgcXVvdGluZyBvZiB0aGUgdmFsdWUgaXQgcmVwbGFjZXMgKHNoZWxsOiAnL2Jpbi96c2gnKS5cbiAgICBpZiAoaXNTY2FsYXIob2xkKSAmJiBpc1NjYWxhcihub2RlKSAmJiB0eXBlb2Ygbm9kZS52YWx1ZSA9PT0gJ3N0cmluZycgJiYgbm9kZS50eXBlID09PSB1bmRlZmluZWRcbiAgICAgICYmIChvbGQudHlwZSA9PT0gU2NhbGFyLlFVT1RFX1NJTkdMRSB8fCBvbGQudHlwZSA9PT0gU2NhbGFyLlFVT1RFX0RPVUJMRSkpIHtcbiAgICAgIG5vZGUudHlwZSA9IG9sZC50eXBlO1xuICAgIH1cbiAgICBjb25zdCB0ZXh0ID0gdGhpcy5yZW5kZXIobm9kZSwgMCk7XG4gICAgaWYgKG9sZCAmJiBvbGQucmFuZ2UgJiYgIWlzRW1wdHlTY2FsYXIob2xkKSkge1xuICAgICAgaWYgKGlzQ29sbGVjdGlvbihvbGQpICYmICFvbGQuZmxvdykge1xuICAgICAgICB0aGlzLnNwbGljZShjb2xvbiArIDEsIHRoaXMubm9kZUVuZChvbGQpICsgMSwgYCAke3RleHR9YCk7XG4gICAgICB9IGVsc2Uge1xuICAgICAgICB0aGlzLnNwbGljZShvbGQucmFuZ2VbMF0sIHRoaXMuY29udGVudEVuZChvbGQucmFuZ2VbMF0sIG9sZC5yYW5nZVsxXSkgKyAxLCB0ZXh0KTtcbiAgICAgIH1cbiAgICB9IGVsc2Uge1xuICAgICAgdGhpcy5zcGxpY2UoY29sb24gKyAxLCBjb2xvbiArIDEsIGAgJHt0ZXh0fWApO1xuICAgIH1cbiAgfVxuXG4gIC8qKlxuICAgKiBSZXBsYWNlcyBhIHNjYWxhciBvciBmbG93IGNvbGxlY3Rpb24gaW4gcGxhY2UgKHJlbmRlcmVkIG9uIG9uZSBsaW5lKS4gQ29tbWVudHMgYXJvdW5kIHRoZVxuICAgKiBub2RlIHN0YXkgaW4gdGhlIHRleHQsIHNvIHRoZSBjb3B5J3Mgb3duIGFyZSBkcm9wcGVkLlxuICAgKi9cbiAgcHJpdmF0ZSByZXBsYWNlTm9kZShvbGQ6IE5vZGUsIG5vZGU6IE5vZGUpOiB2b2lkIHtcbiAgICBub2RlLmNvbW1lbnQgPSB1bmRlZmluZWQ7XG4gICAgbm9kZS5jb21tZW50QmVmb3JlID0gdW5kZWZpbmVkO1xuICAgIG5vZGUuc3BhY2VCZWZvcmUgPSB1bmRlZmluZWQ7XG4gICAgY29uc3QgW3N0YXJ0LCBlbmRdID0gb2xkLnJhbmdlITtcbiAgICB0aGlzLnNwbGljZShzdGFydCwgdGhpcy5jb250ZW50RW5kKHN0YXJ0LCBlbmQpICsgMSwgdGhpcy5yZW5kZXIobm9kZSwgdGhpcy5jb2x1bW4oc3RhcnQpKS50cmltU3RhcnQoKSk7XG4gIH1cblxuICAvKipcbiAgICogUmVuZGVycyBhIG5vZGUgd2l0aCB0aGUgZG9jdW1lbnQncyBsYXlvdXQsIGV2ZXJ5IGxpbmUgaW5kZW50ZWQgYnkgYGNvbGAsIHdpdGhvdXQgdGhlXG4gICAqIGZpbmFsIGxpbmUgZW5kaW5nLiBMb25nIHZhbHVlcyBhcmUgbmV2ZXIgZm9sZGVkLlxuICAgKi9cbiAgcHJpdmF0ZSByZW5kZXIobm9kZTogTm9kZSwgY29sOiBudW1iZXIpOiBzdHJpbmcge1xuICAgIGNvbnN0IGQgPSBuZXcgRG9jdW1lbnQoKTtcbiAgICBkLmNvbnRlbnRzID0gbm9kZTtcbiAgICAvLyBPbmUgcGFkZGluZyBwZXIgcmVuZGVyaW5nLCBjaG9zZW4gYnkgdGhlIG91dGVybW9zdCBmbG93IGNvbGxlY3Rpb246IGBbYSwgYl1gIG9yIGB7IGE6IDEgfWAuXG4gICAgY29uc3QgZmxvdyA9IGZpcnN0Rmxvdyhub2RlKTtcbiAgICBjb25zdCBwYWRkaW5nID0gZmxvdyA/IChpc01hcChmbG93KSA/IHRoaXMubGF5b3V0Lm1hcFBhZGRpbmcgOiB0aGlzLmxheW91dC5zZXFQYWRkaW5nKSA6IGZhbHNlO1xuICAgIGNvbnN0IHRleHQgPSBkLnRvU3RyaW5nKHtcbiAgICAgIGluZGVudDogdGhpcy5sYXlvdXQuaW5kZW50LCBpbmRlbnRTZXE6IHRoaXMubGF5b3V0LmluZGVudFNlcSwgbGluZVdpZHRoOiAwLCBtaW5Db250ZW50V2lkdGg6IDAsIGZsb3dDb2xsZWN0aW9uUGFkZGluZzogcGFkZGluZyxcbiAgICB9KS5yZXBsYWNlKC9cXG4kLywgJycpO1xuICAgIHJldHVybiB0ZXh0LnNwbGl0KCdcXG4nKS5tYXAoKGwpID0+IChsID09PSAnJyA/IGwgOiAnICcucmVwZWF0KGNvbCkgKyBsKSkuam9pbignXFxuJyk7XG4gIH1cbn1cblxuLyoqIFRoZSBvdXRlcm1vc3QgZmxvdyBjb2xsZWN0aW9uIGluIGEgbm9kZSB0cmVlIChicmVhZHRoLWZpcnN0KSwgaWYgYW55LiAqL1xuZnVuY3Rpb24gZmlyc3RGbG93KG5vZGU6IE5vZGUpOiBZQU1MTWFwIHwgWUFNTFNlcSB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHF1ZXVlOiB1bmtub3duW10gPSBbbm9kZV07XG4gIHdoaWxlIChxdWV1ZS5sZW5ndGgpIHtcbiAgICBjb25zdCBuID0gcXVldWUuc2hpZnQoKTtcbiAgICBpZiAoaXNNYXAobikgfHwgaXNTZXEobikpIHtcbiAgICAgIGlmIChuLmZsb3cpIHJldHVybiBuO1xuICAgICAgZm9yIChjb25zdCBpdCBvZiBuLml0ZW1zKSBxdWV1ZS5wdXNoKGlzUGFpcihpdCkgPyBpdC52YWx1ZSA6IGl0KTtcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gaXNFbXB0eVNjYWxhcihuOiBOb2RlKTogYm9vbGVhbiB7XG4gIHJldHVybiBpc1NjYWxhcihuKSAmJiAobi52YWx1ZSA9PT0gbnVsbCB8fCBuLnZhbHVlID09PSB1bmRlZmluZWQpICYmICghbi5yYW5nZSB8fCBuLnJhbmdlWzBdID09PSBuLnJhbmdlWzFdIHx8IG4uc291cmNlID09PSAnJyk7XG59XG5cbmZ1bmN0aW9uIGtleU9mKHA6IFBhaXIpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICByZXR1cm4gaXNTY2FsYXIocC5rZXkpID8gU3RyaW5nKHAua2V5LnZhbHVlKSA6IHVuZGVmaW5lZDtcbn1cblxuZnVuY3Rpb24gdG9Fb2wodGV4dDogc3RyaW5nLCBlb2w6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBlb2wgPT09ICdcXG4nID8gdGV4dCA6IHRleHQucmVwbGFjZSgvXFxyP1xcbi9nLCBlb2wpO1xufVxuXG5mdW5jdGlvbiBkZXRlY3RMYXlvdXQodGV4dDogc3RyaW5nLCBkb2M6IERvY3VtZW50LlBhcnNlZCk6IExheW91dCB7XG4gIGxldCBpbmRlbnQ6IG51bWJlciB8IHVuZGVmaW5lZDtcbiAgbGV0IGluZGVudFNlcTogYm9vbGVhbiB8IHVuZGVmaW5lZDtcbiAgbGV0IHNlcVBhZGRpbmc6IGJvb2xlYW4gfCB1bmRlZmluZWQ7XG4gIGxldCBtYXBQYWRkaW5nOiBib29sZWFuIHwgdW5kZWZpbmVkO1xuICBjb25zdCBjb2wgPSAocG9zOiBudW1iZXIpID0+IHBvcyAtICh0ZXh0Lmxhc3RJbmRleE9mKCdcXG4nLCBwb3MgLSAxKSArIDEpO1xuICB2aXNpdChkb2MsIHtcbiAgICBQYWlyKF9rLCBwYWlyKSB7XG4gICAgICBjb25zdCBrZXkgPSBwYWlyLmtleSBhcyBOb2RlIHwgbnVsbDtcbiAgICAgIGNvbnN0IHZhbHVlID0gcGFpci52YWx1ZSBhcyBOb2RlIHwgbnVsbDtcbiAgICAgIGlmICgha2V5Py5yYW5nZSB8fCAhdmFsdWU/LnJhbmdlIHx8ICFpc0NvbGxlY3Rpb24odmFsdWUpIHx8IHZhbHVlLmZsb3cgfHwgdmFsdWUuaXRlbXMubGVuZ3RoID09PSAwKSByZXR1cm47XG4gICAgICBpZiAoaXNNYXAodmFsdWUpICYmIGluZGVudCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIGNvbnN0IGZpcnN0ID0gdmFsdWUuaXRlbXNbMF0ua2V5IGFzIE5vZGUgfCBudWxsO1xuICAgICAgICBpZiAoZmlyc3Q/LnJhbmdlICYmIGNvbChmaXJzdC5yYW5nZVswXSkgPiBjb2woa2V5LnJhbmdlWzBdKSkgaW5kZW50ID0gY29sKGZpcnN0LnJhbmdlWzBdKSAtIGNvbChrZXkucmFuZ2VbMF0pO1xuICAgICAgfVxuICAgICAgaWYgKGlzU2VxKHZhbHVlKSAmJiBpbmRlbnRTZXEgPT09IHVuZGVmaW5lZCkgaW5kZW50U2VxID0gY29sKHZhbHVlLnJhbmdlWzBdKSA+IGNvbChrZXkucmFuZ2VbMF0pO1xuICAgIH0sXG4gICAgU2VxKF9rLCBzZXEpIHtcbiAgICAgIGlmIChzZXEuZmxvdyAmJiBzZXEuaXRlbXMubGVuZ3RoID4gMCAmJiBzZXEucmFuZ2UgJiYgc2VxUGFkZGluZyA9PT0gdW5kZWZpbmVkKSBzZXFQYWRkaW5nID0gdGV4dFtzZXEucmFuZ2VbMF0gKyAxXSA9PT0gJyAnO1xuICAgIH0sXG4gICAgTWFwKF9rLCBtYXApIHtcbiAgICAgIGlmIChtYXAuZmxvdyAmJiBtYXAuaXRlbXMubGVuZ3RoID4gMCAmJiBtYXAucmFuZ2UgJiYgbWFwUGFkZGluZyA9PT0gdW5kZWZpbmVkKSBtYXBQYWRkaW5nID0gdGV4dFttYXAucmFuZ2VbMF0gKyAxXSA9PT0gJyAnO1xuICAgIH0sXG4gIH0pO1xuICByZXR1cm4ge1xuICAgIGluZGVudDogaW5kZW50ID8/IDIsXG4gICAgaW5kZW50U2VxOiBpbmRlbnRTZXEgPz8gdHJ1ZSxcbiAgICBzZXFQYWRkaW5nOiBzZXFQYWRkaW5nID8/IGZhbHNlLFxuICAgIG1hcFBhZGRpbmc6IG1hcFBhZGRpbmcgPz8gdHJ1ZSxcbiAgICBlb2w6IHRleHQuaW5jbHVkZXMoJ1xcclxcbicpID8gJ1xcclxcbicgOiAnXFxuJyxcbiAgfTtcbn1cbiJdfQ==