"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.YamlSource = void 0;
exports.formatPath = formatPath;
const jsyaml = __importStar(require("js-yaml"));
const yaml_1 = require("yaml");
const error_1 = require("./error");
const input_files_1 = require("./input-files");
/** Formats a path as `services[0].port`. */
function formatPath(path) {
    let out = '';
    for (const p of path) {
        if (typeof p === 'number')
            out += `[${p}]`;
        else
            out += out ? `.${p}` : p;
    }
    return out;
}
/**
 * A parsed YAML file that remembers where every value came from, so errors can name
 * file, line and column. Parse errors never escape as the YAML library's own exceptions.
 */
class YamlSource {
    text;
    file;
    /**
     * Reads and parses a file: a regular file no larger than the kind's limit (see
     * input-files.ts); errors name the file, never its contents.
     */
    static fromFile(file, kind = 'input') {
        return new YamlSource((0, input_files_1.readInputText)(file, kind), file);
    }
    /** The parsed data (plain JSON-like values); undefined after `releaseData()`. */
    get data() {
        return this.values;
    }
    values;
    parsed;
    constructor(text, file) {
        this.text = text;
        this.file = file;
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
            (0, error_1.fail)({
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
        }
        catch (e) {
            throw new error_1.WorkspaceInputError([{
                    severity: 'error',
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
    releaseData() {
        this.values = undefined;
    }
    /**
     * The document with source positions (the `yaml` library's tree), parsed on first use:
     * building it costs about 20 times the plain load, so large valid files never pay for it.
     */
    get doc() {
        return this.parse().doc;
    }
    get lines() {
        return this.parse().lines;
    }
    parse() {
        if (!this.parsed) {
            const lines = new yaml_1.LineCounter();
            const doc = (0, yaml_1.parseDocument)(this.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
            this.parsed = { doc, lines };
        }
        return this.parsed;
    }
    /** The node at a path, or undefined. */
    node(path) {
        let cur = this.doc.contents;
        for (const key of path) {
            if ((0, yaml_1.isMap)(cur)) {
                const pair = cur.items.find((p) => (0, yaml_1.isPair)(p) && (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(key));
                if (!pair)
                    return undefined;
                cur = pair.value;
            }
            else if ((0, yaml_1.isSeq)(cur) && typeof key === 'number') {
                cur = cur.items[key];
            }
            else {
                return undefined;
            }
        }
        return cur ?? undefined;
    }
    /** The key node of the last path element (points at `port:` rather than its value). */
    keyNode(path) {
        if (path.length === 0)
            return undefined;
        const parent = path.length === 1 ? this.doc.contents : this.node(path.slice(0, -1));
        const key = path[path.length - 1];
        if ((0, yaml_1.isMap)(parent)) {
            const pair = parent.items.find((p) => (0, yaml_1.isPair)(p) && (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(key));
            return pair?.key;
        }
        return undefined;
    }
    /**
     * Location of the value at `path`; falls back to the nearest existing parent.
     */
    locate(path, preferKey = false) {
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
    position(offset) {
        const pos = this.lines.linePos(offset);
        return { file: this.file, line: pos.line, column: pos.col };
    }
    /**
     * Location of a text snippet found inside the string value at `path` (for block scalars:
     * points at the line of a post_install script that matched a lint rule).
     */
    locateWithin(path, snippet) {
        const node = this.node(path);
        if (node && node.range && snippet) {
            let first = -1;
            for (let idx = this.text.indexOf(snippet, node.range[0]); idx >= 0 && idx <= node.range[2]; idx = this.text.indexOf(snippet, idx + 1)) {
                if (first < 0)
                    first = idx;
                const lineStart = this.text.lastIndexOf('\n', idx - 1) + 1;
                const before = this.text.slice(lineStart, idx);
                // Prefer the occurrence that starts its line (or follows a list dash/quote), not one inside a comment.
                if (/^[\s\-"']*$/.test(before))
                    return this.position(idx);
            }
            if (first >= 0)
                return this.position(first);
        }
        return this.locate(path);
    }
}
exports.YamlSource = YamlSource;
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
function fastLoad(text) {
    if (NEEDS_FULL_PARSER.test(text))
        return { ok: false };
    try {
        const data = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA, json: false });
        return { ok: true, data: data === undefined ? null : data };
    }
    catch {
        return { ok: false };
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoieWFtbC1zb3VyY2UuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvd29ya3NwYWNlcy9wcml2YXRlL3lhbWwtc291cmNlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQVVBLGdDQU9DO0FBakJELGdEQUFrQztBQUNsQywrQkFBa0c7QUFFbEcsbUNBQW9EO0FBQ3BELCtDQUF5RDtBQUt6RCw0Q0FBNEM7QUFDNUMsU0FBZ0IsVUFBVSxDQUFDLElBQWM7SUFDdkMsSUFBSSxHQUFHLEdBQUcsRUFBRSxDQUFDO0lBQ2IsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQztRQUNyQixJQUFJLE9BQU8sQ0FBQyxLQUFLLFFBQVE7WUFBRSxHQUFHLElBQUksSUFBSSxDQUFDLEdBQUcsQ0FBQzs7WUFDdEMsR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQ2hDLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQztBQUNiLENBQUM7QUFFRDs7O0dBR0c7QUFDSCxNQUFhLFVBQVU7SUFnQk87SUFBOEI7SUFmMUQ7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLFFBQVEsQ0FBQyxJQUFZLEVBQUUsT0FBa0IsT0FBTztRQUM1RCxPQUFPLElBQUksVUFBVSxDQUFDLElBQUEsMkJBQWEsRUFBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDekQsQ0FBQztJQUVELGlGQUFpRjtJQUNqRixJQUFXLElBQUk7UUFDYixPQUFPLElBQUksQ0FBQyxNQUFNLENBQUM7SUFDckIsQ0FBQztJQUNPLE1BQU0sQ0FBVTtJQUNoQixNQUFNLENBQXlDO0lBRXZELFlBQTRCLElBQVksRUFBa0IsSUFBWTtRQUExQyxTQUFJLEdBQUosSUFBSSxDQUFRO1FBQWtCLFNBQUksR0FBSixJQUFJLENBQVE7UUFDcEUsTUFBTSxJQUFJLEdBQUcsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQzVCLElBQUksSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ1osb0ZBQW9GO1lBQ3BGLGdFQUFnRTtZQUNoRSxJQUFJLENBQUMsTUFBTSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUM7WUFDeEIsT0FBTztRQUNULENBQUM7UUFDRCxNQUFNLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxHQUFHLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQztRQUNwQyxJQUFJLEdBQUcsQ0FBQyxNQUFNLENBQUMsTUFBTSxHQUFHLENBQUMsRUFBRSxDQUFDO1lBQzFCLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDeEIsTUFBTSxHQUFHLEdBQUcsS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDcEMsTUFBTSxLQUFLLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLDZCQUE2QixFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQ2xGLE1BQU0sR0FBRyxHQUFHLENBQUMsQ0FBQyxJQUFJLEtBQUssZUFBZSxDQUFDLENBQUMsQ0FBQyxxQkFBcUIsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sQ0FBQyxjQUFjLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztZQUN4SSxJQUFBLFlBQUksRUFBQztnQkFDSCxJQUFJLEVBQUUsYUFBYTtnQkFDbkIsT0FBTyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsMkJBQTJCLEdBQUcscUNBQXFDLENBQUMsQ0FBQyxDQUFDLHNCQUFzQixLQUFLLEVBQUU7Z0JBQ2xILEtBQUssRUFBRSxHQUFHO2dCQUNWLFFBQVEsRUFBRSxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsR0FBRyxDQUFDLEdBQUcsRUFBRTtnQkFDbkQsR0FBRyxFQUFFLENBQUMsQ0FBQyxJQUFJLEtBQUssZUFBZTtvQkFDN0IsQ0FBQyxDQUFDLG1DQUFtQztvQkFDckMsQ0FBQyxDQUFDLCtFQUErRTthQUNwRixDQUFDLENBQUM7UUFDTCxDQUFDO1FBQ0QsSUFBSSxDQUFDO1lBQ0gsSUFBSSxDQUFDLE1BQU0sR0FBRyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsYUFBYSxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUM7UUFDakQsQ0FBQztRQUFDLE9BQU8sQ0FBTSxFQUFFLENBQUM7WUFDaEIsTUFBTSxJQUFJLDJCQUFtQixDQUFDLENBQUM7b0JBQzdCLFFBQVEsRUFBRSxPQUFjO29CQUN4QixJQUFJLEVBQUUsYUFBYTtvQkFDbkIsT0FBTyxFQUFFLHdCQUF3QixNQUFNLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRTtvQkFDbkUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFO29CQUNsQixHQUFHLEVBQUUsdUNBQXVDO2lCQUM3QyxDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7SUFDSCxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksV0FBVztRQUNoQixJQUFJLENBQUMsTUFBTSxHQUFHLFNBQVMsQ0FBQztJQUMxQixDQUFDO0lBRUQ7OztPQUdHO0lBQ0gsSUFBVyxHQUFHO1FBQ1osT0FBTyxJQUFJLENBQUMsS0FBSyxFQUFFLENBQUMsR0FBRyxDQUFDO0lBQzFCLENBQUM7SUFFRCxJQUFZLEtBQUs7UUFDZixPQUFPLElBQUksQ0FBQyxLQUFLLEVBQUUsQ0FBQyxLQUFLLENBQUM7SUFDNUIsQ0FBQztJQUVPLEtBQUs7UUFDWCxJQUFJLENBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxDQUFDO1lBQ2pCLE1BQU0sS0FBSyxHQUFHLElBQUksa0JBQVcsRUFBRSxDQUFDO1lBQ2hDLE1BQU0sR0FBRyxHQUFHLElBQUEsb0JBQWEsRUFBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxLQUFLLEVBQUUsZ0JBQWdCLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztZQUM3SCxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDO1FBQy9CLENBQUM7UUFDRCxPQUFPLElBQUksQ0FBQyxNQUFNLENBQUM7SUFDckIsQ0FBQztJQUVELHdDQUF3QztJQUNqQyxJQUFJLENBQUMsSUFBYztRQUN4QixJQUFJLEdBQUcsR0FBWSxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQztRQUNyQyxLQUFLLE1BQU0sR0FBRyxJQUFJLElBQUksRUFBRSxDQUFDO1lBQ3ZCLElBQUksSUFBQSxZQUFLLEVBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQztnQkFDZixNQUFNLElBQUksR0FBRyxHQUFHLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsSUFBQSxhQUFNLEVBQUMsQ0FBQyxDQUFDLElBQUksSUFBQSxlQUFRLEVBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxLQUFLLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO2dCQUN4RyxJQUFJLENBQUMsSUFBSTtvQkFBRSxPQUFPLFNBQVMsQ0FBQztnQkFDNUIsR0FBRyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUM7WUFDbkIsQ0FBQztpQkFBTSxJQUFJLElBQUEsWUFBSyxFQUFDLEdBQUcsQ0FBQyxJQUFJLE9BQU8sR0FBRyxLQUFLLFFBQVEsRUFBRSxDQUFDO2dCQUNqRCxHQUFHLEdBQUcsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUN2QixDQUFDO2lCQUFNLENBQUM7Z0JBQ04sT0FBTyxTQUFTLENBQUM7WUFDbkIsQ0FBQztRQUNILENBQUM7UUFDRCxPQUFRLEdBQVksSUFBSSxTQUFTLENBQUM7SUFDcEMsQ0FBQztJQUVELHVGQUF1RjtJQUNoRixPQUFPLENBQUMsSUFBYztRQUMzQixJQUFJLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQztZQUFFLE9BQU8sU0FBUyxDQUFDO1FBQ3hDLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDcEYsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7UUFDbEMsSUFBSSxJQUFBLFlBQUssRUFBQyxNQUFNLENBQUMsRUFBRSxDQUFDO1lBQ2xCLE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLGFBQU0sRUFBQyxDQUFDLENBQUMsSUFBSSxJQUFBLGVBQVEsRUFBQyxDQUFDLENBQUMsR0FBRyxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLEtBQUssTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDM0csT0FBTyxJQUFJLEVBQUUsR0FBdUIsQ0FBQztRQUN2QyxDQUFDO1FBQ0QsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQztJQUVEOztPQUVHO0lBQ0ksTUFBTSxDQUFDLElBQWMsRUFBRSxTQUFTLEdBQUcsS0FBSztRQUM3QyxLQUFLLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ3RDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQzNCLE1BQU0sSUFBSSxHQUFHLENBQUMsU0FBUyxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsSUFBSSxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDN0csSUFBSSxJQUFJLElBQUksSUFBSSxDQUFDLEtBQUssRUFBRSxDQUFDO2dCQUN2QixPQUFPLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3RDLENBQUM7UUFDSCxDQUFDO1FBQ0QsT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDN0IsQ0FBQztJQUVELGlDQUFpQztJQUMxQixRQUFRLENBQUMsTUFBYztRQUM1QixNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQztRQUN2QyxPQUFPLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxJQUFJLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxHQUFHLEVBQUUsQ0FBQztJQUM5RCxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksWUFBWSxDQUFDLElBQWMsRUFBRSxPQUFlO1FBQ2pELE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDN0IsSUFBSSxJQUFJLElBQUksSUFBSSxDQUFDLEtBQUssSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUNsQyxJQUFJLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQztZQUNmLEtBQUssSUFBSSxHQUFHLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsT0FBTyxFQUFFLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxHQUFHLElBQUksQ0FBQyxJQUFJLEdBQUcsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxPQUFPLEVBQUUsR0FBRyxHQUFHLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RJLElBQUksS0FBSyxHQUFHLENBQUM7b0JBQUUsS0FBSyxHQUFHLEdBQUcsQ0FBQztnQkFDM0IsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXLENBQUMsSUFBSSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUM7Z0JBQzNELE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLFNBQVMsRUFBRSxHQUFHLENBQUMsQ0FBQztnQkFDL0MsdUdBQXVHO2dCQUN2RyxJQUFJLGFBQWEsQ0FBQyxJQUFJLENBQUMsTUFBTSxDQUFDO29CQUFFLE9BQU8sSUFBSSxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztZQUM1RCxDQUFDO1lBQ0QsSUFBSSxLQUFLLElBQUksQ0FBQztnQkFBRSxPQUFPLElBQUksQ0FBQyxRQUFRLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDOUMsQ0FBQztRQUNELE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUMzQixDQUFDO0NBQ0Y7QUF0SkQsZ0NBc0pDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxNQUFNLGlCQUFpQixHQUFHLG9IQUFvSCxDQUFDO0FBRS9JOzs7OztHQUtHO0FBQ0gsU0FBUyxRQUFRLENBQUMsSUFBWTtJQUM1QixJQUFJLGlCQUFpQixDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7UUFBRSxPQUFPLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDO0lBQ3ZELElBQUksQ0FBQztRQUNILE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxJQUFJLENBQUMsSUFBSSxFQUFFLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxXQUFXLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7UUFDNUUsT0FBTyxFQUFFLEVBQUUsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDOUQsQ0FBQztJQUFDLE1BQU0sQ0FBQztRQUNQLE9BQU8sRUFBRSxFQUFFLEVBQUUsS0FBSyxFQUFFLENBQUM7SUFDdkIsQ0FBQztBQUNILENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBqc3lhbWwgZnJvbSAnanMteWFtbCc7XG5pbXBvcnQgeyBpc01hcCwgaXNQYWlyLCBpc1NjYWxhciwgaXNTZXEsIExpbmVDb3VudGVyLCBOb2RlLCBwYXJzZURvY3VtZW50LCBEb2N1bWVudCB9IGZyb20gJ3lhbWwnO1xuaW1wb3J0IHsgU291cmNlTG9jYXRpb24gfSBmcm9tICcuLi9lcnJvcnMnO1xuaW1wb3J0IHsgZmFpbCwgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4vZXJyb3InO1xuaW1wb3J0IHsgSW5wdXRLaW5kLCByZWFkSW5wdXRUZXh0IH0gZnJvbSAnLi9pbnB1dC1maWxlcyc7XG5cbi8qKiBBIHBhdGggaW5zaWRlIGEgWUFNTCBkb2N1bWVudDoga2V5cyBhbmQgbGlzdCBpbmRleGVzLiAqL1xuZXhwb3J0IHR5cGUgWWFtbFBhdGggPSBSZWFkb25seUFycmF5PHN0cmluZyB8IG51bWJlcj47XG5cbi8qKiBGb3JtYXRzIGEgcGF0aCBhcyBgc2VydmljZXNbMF0ucG9ydGAuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0UGF0aChwYXRoOiBZYW1sUGF0aCk6IHN0cmluZyB7XG4gIGxldCBvdXQgPSAnJztcbiAgZm9yIChjb25zdCBwIG9mIHBhdGgpIHtcbiAgICBpZiAodHlwZW9mIHAgPT09ICdudW1iZXInKSBvdXQgKz0gYFske3B9XWA7XG4gICAgZWxzZSBvdXQgKz0gb3V0ID8gYC4ke3B9YCA6IHA7XG4gIH1cbiAgcmV0dXJuIG91dDtcbn1cblxuLyoqXG4gKiBBIHBhcnNlZCBZQU1MIGZpbGUgdGhhdCByZW1lbWJlcnMgd2hlcmUgZXZlcnkgdmFsdWUgY2FtZSBmcm9tLCBzbyBlcnJvcnMgY2FuIG5hbWVcbiAqIGZpbGUsIGxpbmUgYW5kIGNvbHVtbi4gUGFyc2UgZXJyb3JzIG5ldmVyIGVzY2FwZSBhcyB0aGUgWUFNTCBsaWJyYXJ5J3Mgb3duIGV4Y2VwdGlvbnMuXG4gKi9cbmV4cG9ydCBjbGFzcyBZYW1sU291cmNlIHtcbiAgLyoqXG4gICAqIFJlYWRzIGFuZCBwYXJzZXMgYSBmaWxlOiBhIHJlZ3VsYXIgZmlsZSBubyBsYXJnZXIgdGhhbiB0aGUga2luZCdzIGxpbWl0IChzZWVcbiAgICogaW5wdXQtZmlsZXMudHMpOyBlcnJvcnMgbmFtZSB0aGUgZmlsZSwgbmV2ZXIgaXRzIGNvbnRlbnRzLlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBmcm9tRmlsZShmaWxlOiBzdHJpbmcsIGtpbmQ6IElucHV0S2luZCA9ICdpbnB1dCcpOiBZYW1sU291cmNlIHtcbiAgICByZXR1cm4gbmV3IFlhbWxTb3VyY2UocmVhZElucHV0VGV4dChmaWxlLCBraW5kKSwgZmlsZSk7XG4gIH1cblxuICAvKiogVGhlIHBhcnNlZCBkYXRhIChwbGFpbiBKU09OLWxpa2UgdmFsdWVzKTsgdW5kZWZpbmVkIGFmdGVyIGByZWxlYXNlRGF0YSgpYC4gKi9cbiAgcHVibGljIGdldCBkYXRhKCk6IHVua25vd24ge1xuICAgIHJldHVybiB0aGlzLnZhbHVlcztcbiAgfVxuICBwcml2YXRlIHZhbHVlczogdW5rbm93bjtcbiAgcHJpdmF0ZSBwYXJzZWQ/OiB7IGRvYzogRG9jdW1lbnQ7IGxpbmVzOiBMaW5lQ291bnRlciB9O1xuXG4gIGNvbnN0cnVjdG9yKHB1YmxpYyByZWFkb25seSB0ZXh0OiBzdHJpbmcsIHB1YmxpYyByZWFkb25seSBmaWxlOiBzdHJpbmcpIHtcbiAgICBjb25zdCBmYXN0ID0gZmFzdExvYWQodGV4dCk7XG4gICAgaWYgKGZhc3Qub2spIHtcbiAgICAgIC8vIFRoZSBjb21tb24gY2FzZTogcGxhaW4gZGF0YSwgbm8gYW5jaG9ycyBvciB0YWdzLiBUaGUgcG9zaXRpb24ta2VlcGluZyBwYXJzZSBiZWxvd1xuICAgICAgLy8gcnVucyBvbmx5IHdoZW4gYSBtZXNzYWdlIG5lZWRzIGEgbGluZSBhbmQgY29sdW1uIChzZWUgYGRvY2ApLlxuICAgICAgdGhpcy52YWx1ZXMgPSBmYXN0LmRhdGE7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IHsgZG9jLCBsaW5lcyB9ID0gdGhpcy5wYXJzZSgpO1xuICAgIGlmIChkb2MuZXJyb3JzLmxlbmd0aCA+IDApIHtcbiAgICAgIGNvbnN0IGUgPSBkb2MuZXJyb3JzWzBdO1xuICAgICAgY29uc3QgcG9zID0gbGluZXMubGluZVBvcyhlLnBvc1swXSk7XG4gICAgICBjb25zdCBmaXJzdCA9IGUubWVzc2FnZS5zcGxpdCgnXFxuJylbMF0ucmVwbGFjZSgvIGF0IGxpbmUgXFxkKywgY29sdW1uIFxcZCs6PyQvLCAnJyk7XG4gICAgICBjb25zdCBrZXkgPSBlLmNvZGUgPT09ICdEVVBMSUNBVEVfS0VZJyA/IC9eXFxzKihbXjojXFxuXSs/KVxccyo6Ly5leGVjKHRleHQuc2xpY2UoZS5wb3NbMF0pKT8uWzFdPy5yZXBsYWNlKC9eW1wiJ118W1wiJ10kL2csICcnKSA6IHVuZGVmaW5lZDtcbiAgICAgIGZhaWwoe1xuICAgICAgICBjb2RlOiAneWFtbC1zeW50YXgnLFxuICAgICAgICBtZXNzYWdlOiBrZXkgPyBgWUFNTCBzeW50YXggZXJyb3I6IGtleSBcIiR7a2V5fVwiIGFwcGVhcnMgdHdpY2UgaW4gdGhlIHNhbWUgbWFwcGluZ2AgOiBgWUFNTCBzeW50YXggZXJyb3I6ICR7Zmlyc3R9YCxcbiAgICAgICAgZmllbGQ6IGtleSxcbiAgICAgICAgbG9jYXRpb246IHsgZmlsZSwgbGluZTogcG9zLmxpbmUsIGNvbHVtbjogcG9zLmNvbCB9LFxuICAgICAgICBmaXg6IGUuY29kZSA9PT0gJ0RVUExJQ0FURV9LRVknXG4gICAgICAgICAgPyAncmVtb3ZlIG9yIHJlbmFtZSB0aGUgcmVwZWF0ZWQga2V5J1xuICAgICAgICAgIDogJ2NoZWNrIGluZGVudGF0aW9uLCBxdW90aW5nIGFuZCB0aGF0IGxpc3QgaXRlbXMgc3RhcnQgd2l0aCBcIi0gXCIgbmVhciB0aGlzIGxpbmUnLFxuICAgICAgfSk7XG4gICAgfVxuICAgIHRyeSB7XG4gICAgICB0aGlzLnZhbHVlcyA9IGRvYy50b0pTKHsgbWF4QWxpYXNDb3VudDogMTAwIH0pO1xuICAgIH0gY2F0Y2ggKGU6IGFueSkge1xuICAgICAgdGhyb3cgbmV3IFdvcmtzcGFjZUlucHV0RXJyb3IoW3tcbiAgICAgICAgc2V2ZXJpdHk6ICdlcnJvcicgYXMgYW55LFxuICAgICAgICBjb2RlOiAneWFtbC1zeW50YXgnLFxuICAgICAgICBtZXNzYWdlOiBgWUFNTCBjYW5ub3QgYmUgcmVhZDogJHtTdHJpbmcoZS5tZXNzYWdlKS5zcGxpdCgnXFxuJylbMF19YCxcbiAgICAgICAgbG9jYXRpb246IHsgZmlsZSB9LFxuICAgICAgICBmaXg6ICdyZW1vdmUgZXhjZXNzaXZlIG9yIHJlY3Vyc2l2ZSBhbGlhc2VzJyxcbiAgICAgIH1dKTtcbiAgICB9XG4gIH1cblxuICAvKipcbiAgICogRHJvcHMgdGhlIHBhcnNlZCBkYXRhIG9uY2UgYSByZWFkZXIgaGFzIHRha2VuIHdoYXQgaXQgbmVlZHMgKHBvc2l0aW9ucyBmb3IgbWVzc2FnZXMgY29tZVxuICAgKiBmcm9tIHRoZSB0ZXh0KTogdGhlIHRyZWUgb2YgYSAxMDAsMDAwLXVzZXIgcmVnaXN0cnkgaXMgdGVucyBvZiBtZWdhYnl0ZXMuXG4gICAqL1xuICBwdWJsaWMgcmVsZWFzZURhdGEoKTogdm9pZCB7XG4gICAgdGhpcy52YWx1ZXMgPSB1bmRlZmluZWQ7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGRvY3VtZW50IHdpdGggc291cmNlIHBvc2l0aW9ucyAodGhlIGB5YW1sYCBsaWJyYXJ5J3MgdHJlZSksIHBhcnNlZCBvbiBmaXJzdCB1c2U6XG4gICAqIGJ1aWxkaW5nIGl0IGNvc3RzIGFib3V0IDIwIHRpbWVzIHRoZSBwbGFpbiBsb2FkLCBzbyBsYXJnZSB2YWxpZCBmaWxlcyBuZXZlciBwYXkgZm9yIGl0LlxuICAgKi9cbiAgcHVibGljIGdldCBkb2MoKTogRG9jdW1lbnQge1xuICAgIHJldHVybiB0aGlzLnBhcnNlKCkuZG9jO1xuICB9XG5cbiAgcHJpdmF0ZSBnZXQgbGluZXMoKTogTGluZUNvdW50ZXIge1xuICAgIHJldHVybiB0aGlzLnBhcnNlKCkubGluZXM7XG4gIH1cblxuICBwcml2YXRlIHBhcnNlKCk6IHsgZG9jOiBEb2N1bWVudDsgbGluZXM6IExpbmVDb3VudGVyIH0ge1xuICAgIGlmICghdGhpcy5wYXJzZWQpIHtcbiAgICAgIGNvbnN0IGxpbmVzID0gbmV3IExpbmVDb3VudGVyKCk7XG4gICAgICBjb25zdCBkb2MgPSBwYXJzZURvY3VtZW50KHRoaXMudGV4dCwgeyBsaW5lQ291bnRlcjogbGluZXMsIHVuaXF1ZUtleXM6IHRydWUsIHByZXR0eUVycm9yczogZmFsc2UsIGtlZXBTb3VyY2VUb2tlbnM6IGZhbHNlIH0pO1xuICAgICAgdGhpcy5wYXJzZWQgPSB7IGRvYywgbGluZXMgfTtcbiAgICB9XG4gICAgcmV0dXJuIHRoaXMucGFyc2VkO1xuICB9XG5cbiAgLyoqIFRoZSBub2RlIGF0IGEgcGF0aCwgb3IgdW5kZWZpbmVkLiAqL1xuICBwdWJsaWMgbm9kZShwYXRoOiBZYW1sUGF0aCk6IE5vZGUgfCB1bmRlZmluZWQge1xuICAgIGxldCBjdXI6IHVua25vd24gPSB0aGlzLmRvYy5jb250ZW50cztcbiAgICBmb3IgKGNvbnN0IGtleSBvZiBwYXRoKSB7XG4gICAgICBpZiAoaXNNYXAoY3VyKSkge1xuICAgICAgICBjb25zdCBwYWlyID0gY3VyLml0ZW1zLmZpbmQoKHApID0+IGlzUGFpcihwKSAmJiBpc1NjYWxhcihwLmtleSkgJiYgU3RyaW5nKHAua2V5LnZhbHVlKSA9PT0gU3RyaW5nKGtleSkpO1xuICAgICAgICBpZiAoIXBhaXIpIHJldHVybiB1bmRlZmluZWQ7XG4gICAgICAgIGN1ciA9IHBhaXIudmFsdWU7XG4gICAgICB9IGVsc2UgaWYgKGlzU2VxKGN1cikgJiYgdHlwZW9mIGtleSA9PT0gJ251bWJlcicpIHtcbiAgICAgICAgY3VyID0gY3VyLml0ZW1zW2tleV07XG4gICAgICB9IGVsc2Uge1xuICAgICAgICByZXR1cm4gdW5kZWZpbmVkO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4gKGN1ciBhcyBOb2RlKSA/PyB1bmRlZmluZWQ7XG4gIH1cblxuICAvKiogVGhlIGtleSBub2RlIG9mIHRoZSBsYXN0IHBhdGggZWxlbWVudCAocG9pbnRzIGF0IGBwb3J0OmAgcmF0aGVyIHRoYW4gaXRzIHZhbHVlKS4gKi9cbiAgcHVibGljIGtleU5vZGUocGF0aDogWWFtbFBhdGgpOiBOb2RlIHwgdW5kZWZpbmVkIHtcbiAgICBpZiAocGF0aC5sZW5ndGggPT09IDApIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY29uc3QgcGFyZW50ID0gcGF0aC5sZW5ndGggPT09IDEgPyB0aGlzLmRvYy5jb250ZW50cyA6IHRoaXMubm9kZShwYXRoLnNsaWNlKDAsIC0xKSk7XG4gICAgY29uc3Qga2V5ID0gcGF0aFtwYXRoLmxlbmd0aCAtIDFdO1xuICAgIGlmIChpc01hcChwYXJlbnQpKSB7XG4gICAgICBjb25zdCBwYWlyID0gcGFyZW50Lml0ZW1zLmZpbmQoKHApID0+IGlzUGFpcihwKSAmJiBpc1NjYWxhcihwLmtleSkgJiYgU3RyaW5nKHAua2V5LnZhbHVlKSA9PT0gU3RyaW5nKGtleSkpO1xuICAgICAgcmV0dXJuIHBhaXI/LmtleSBhcyBOb2RlIHwgdW5kZWZpbmVkO1xuICAgIH1cbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG5cbiAgLyoqXG4gICAqIExvY2F0aW9uIG9mIHRoZSB2YWx1ZSBhdCBgcGF0aGA7IGZhbGxzIGJhY2sgdG8gdGhlIG5lYXJlc3QgZXhpc3RpbmcgcGFyZW50LlxuICAgKi9cbiAgcHVibGljIGxvY2F0ZShwYXRoOiBZYW1sUGF0aCwgcHJlZmVyS2V5ID0gZmFsc2UpOiBTb3VyY2VMb2NhdGlvbiB7XG4gICAgZm9yIChsZXQgbiA9IHBhdGgubGVuZ3RoOyBuID49IDA7IG4tLSkge1xuICAgICAgY29uc3QgcCA9IHBhdGguc2xpY2UoMCwgbik7XG4gICAgICBjb25zdCBub2RlID0gKHByZWZlcktleSB8fCBuIDwgcGF0aC5sZW5ndGggPyB0aGlzLmtleU5vZGUocCkgOiB1bmRlZmluZWQpID8/IHRoaXMubm9kZShwKSA/PyB0aGlzLmtleU5vZGUocCk7XG4gICAgICBpZiAobm9kZSAmJiBub2RlLnJhbmdlKSB7XG4gICAgICAgIHJldHVybiB0aGlzLnBvc2l0aW9uKG5vZGUucmFuZ2VbMF0pO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4geyBmaWxlOiB0aGlzLmZpbGUgfTtcbiAgfVxuXG4gIC8qKiBMb2NhdGlvbiBvZiBhIGJ5dGUgb2Zmc2V0LiAqL1xuICBwdWJsaWMgcG9zaXRpb24ob2Zmc2V0OiBudW1iZXIpOiBTb3VyY2VMb2NhdGlvbiB7XG4gICAgY29uc3QgcG9zID0gdGhpcy5saW5lcy5saW5lUG9zKG9mZnNldCk7XG4gICAgcmV0dXJuIHsgZmlsZTogdGhpcy5maWxlLCBsaW5lOiBwb3MubGluZSwgY29sdW1uOiBwb3MuY29sIH07XG4gIH1cblxuICAvKipcbiAgICogTG9jYXRpb24gb2YgYSB0ZXh0IHNuaXBwZXQgZm91bmQgaW5zaWRlIHRoZSBzdHJpbmcgdmFsdWUgYXQgYHBhdGhgIChmb3IgYmxvY2sgc2NhbGFyczpcbiAgICogcG9pbnRzIGF0IHRoZSBsaW5lIG9mIGEgcG9zdF9pbnN0YWxsIHNjcmlwdCB0aGF0IG1hdGNoZWQgYSBsaW50IHJ1bGUpLlxuICAgKi9cbiAgcHVibGljIGxvY2F0ZVdpdGhpbihwYXRoOiBZYW1sUGF0aCwgc25pcHBldDogc3RyaW5nKTogU291cmNlTG9jYXRpb24ge1xuICAgIGNvbnN0IG5vZGUgPSB0aGlzLm5vZGUocGF0aCk7XG4gICAgaWYgKG5vZGUgJiYgbm9kZS5yYW5nZSAmJiBzbmlwcGV0KSB7XG4gICAgICBsZXQgZmlyc3QgPSAtMTtcbiAgICAgIGZvciAobGV0IGlkeCA9IHRoaXMudGV4dC5pbmRleE9mKHNuaXBwZXQsIG5vZGUucmFuZ2VbMF0pOyBpZHggPj0gMCAmJiBpZHggPD0gbm9kZS5yYW5nZVsyXTsgaWR4ID0gdGhpcy50ZXh0LmluZGV4T2Yoc25pcHBldCwgaWR4ICsgMSkpIHtcbiAgICAgICAgaWYgKGZpcnN0IDwgMCkgZmlyc3QgPSBpZHg7XG4gICAgICAgIGNvbnN0IGxpbmVTdGFydCA9IHRoaXMudGV4dC5sYXN0SW5kZXhPZignXFxuJywgaWR4IC0gMSkgKyAxO1xuICAgICAgICBjb25zdCBiZWZvcmUgPSB0aGlzLnRleHQuc2xpY2UobGluZVN0YXJ0LCBpZHgpO1xuICAgICAgICAvLyBQcmVmZXIgdGhlIG9jY3VycmVuY2UgdGhhdCBzdGFydHMgaXRzIGxpbmUgKG9yIGZvbGxvd3MgYSBsaXN0IGRhc2gvcXVvdGUpLCBub3Qgb25lIGluc2lkZSBhIGNvbW1lbnQuXG4gICAgICAgIGlmICgvXltcXHNcXC1cIiddKiQvLnRlc3QoYmVmb3JlKSkgcmV0dXJuIHRoaXMucG9zaXRpb24oaWR4KTtcbiAgICAgIH1cbiAgICAgIGlmIChmaXJzdCA+PSAwKSByZXR1cm4gdGhpcy5wb3NpdGlvbihmaXJzdCk7XG4gICAgfVxuICAgIHJldHVybiB0aGlzLmxvY2F0ZShwYXRoKTtcbiAgfVxufVxuXG4vKipcbiAqIEFueXRoaW5nIHRoZSBmYXN0IGxvYWRlciBjb3VsZCByZWFkIGRpZmZlcmVudGx5IGZyb20gdGhlIGB5YW1sYCBsaWJyYXJ5IChZQU1MIDEuMiBjb3JlXG4gKiBzY2hlbWEpOiBhbmNob3JzLCBhbGlhc2VzLCB0YWdzLCBkaXJlY3RpdmVzLCBzZXZlcmFsIGRvY3VtZW50cywgYmluYXJ5IGludGVnZXJzLiBTdWNoIHRleHRcbiAqIHRha2VzIHRoZSBgeWFtbGAgcGF0aCwgd2hpY2ggYWxzbyBsaW1pdHMgYWxpYXMgZXhwYW5zaW9uLiBBIGZhbHNlIHBvc2l0aXZlIChmb3IgZXhhbXBsZSBgKmBcbiAqIG9yIGAhYCBpbnNpZGUgYSBxdW90ZWQgc3RyaW5nIG9yIGEgc2NyaXB0KSBjb3N0cyBvbmx5IHNwZWVkLlxuICovXG5jb25zdCBORUVEU19GVUxMX1BBUlNFUiA9IC8oPzpefFtcXHNbeyw6LV0pWyYqIV1bXlxccyxbXFxde31dfF4lfF4tLS1cXHMqXFxTfF4oPzotLS18XFwuXFwuXFwuKVxccyokW1xcc1xcU10qXig/Oi0tLXxcXC5cXC5cXC4pfCg/Ol58W1xcc1t7LDotXSlbKy1dPzBiWzAxXS9tO1xuXG4vKipcbiAqIExvYWRzIHBsYWluIFlBTUwgd2l0aCBqcy15YW1sJ3MgY29yZSBzY2hlbWEgKHRoZSBzYW1lIHZhbHVlcyBhcyB0aGUgYHlhbWxgIGxpYnJhcnkgZm9yIHRoZVxuICogZmlsZXMgdGhpcyBraXQgcmVhZHM7IHRlc3Qvd29ya3NwYWNlcy95YW1sLWZhc3QtbG9hZC50ZXN0LnRzIGNvbXBhcmVzIGJvdGggb24gZXZlcnkgYnVuZGxlZFxuICogYW5kIGV4YW1wbGUgZmlsZSkuIFJldHVybnMgYG9rOiBmYWxzZWAgd2hlbiB0aGUgdGV4dCBuZWVkcyB0aGUgZnVsbCBwYXJzZXIgb3IgZG9lcyBub3QgbG9hZDpcbiAqIHRoZSBgeWFtbGAgbGlicmFyeSB0aGVuIHJlcG9ydHMgdGhlIGVycm9yIHdpdGggaXRzIHBvc2l0aW9uLlxuICovXG5mdW5jdGlvbiBmYXN0TG9hZCh0ZXh0OiBzdHJpbmcpOiB7IG9rOiB0cnVlOyBkYXRhOiB1bmtub3duIH0gfCB7IG9rOiBmYWxzZSB9IHtcbiAgaWYgKE5FRURTX0ZVTExfUEFSU0VSLnRlc3QodGV4dCkpIHJldHVybiB7IG9rOiBmYWxzZSB9O1xuICB0cnkge1xuICAgIGNvbnN0IGRhdGEgPSBqc3lhbWwubG9hZCh0ZXh0LCB7IHNjaGVtYToganN5YW1sLkNPUkVfU0NIRU1BLCBqc29uOiBmYWxzZSB9KTtcbiAgICByZXR1cm4geyBvazogdHJ1ZSwgZGF0YTogZGF0YSA9PT0gdW5kZWZpbmVkID8gbnVsbCA6IGRhdGEgfTtcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIHsgb2s6IGZhbHNlIH07XG4gIH1cbn1cbiJdfQ==