/**
 * A small, safe subset of Go's text/template, enough for Prism templates:
 * `{{.name}}`, `{{if .flag}}`, `{{if eq .a "b"}}`, `{{if ne .a ""}}`, `{{if not .a}}`,
 * `{{else if ...}}`, `{{else}}`, `{{end}}` and the `{{-`/`-}}` whitespace trims.
 * Actions without a leading dot or keyword (`{{IDLE_THRESHOLD}}`) are left as they are:
 * Prism used them as placeholders of its own.
 */

/** Thrown for a template expression that cannot be rendered; `offset` points into the input. */
export class TemplateSyntaxError extends Error {
  constructor(message: string, public readonly offset: number, public readonly snippet: string, public readonly fix: string) {
    super(message);
  }
}

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'var'; name: string; offset: number; snippet: string }
  | { kind: 'if'; branches: Array<{ cond: Cond | undefined; body: Node[] }> };

type Arg = { kind: 'var'; name: string } | { kind: 'lit'; value: string };
type Cond =
  | { op: 'truthy'; arg: Arg; offset: number; snippet: string }
  | { op: 'not'; arg: Arg; offset: number; snippet: string }
  | { op: 'eq' | 'ne'; a: Arg; b: Arg; offset: number; snippet: string };

interface Action {
  body: string;
  start: number;
  end: number;
  raw: string;
}

const ACTION = /\{\{(-?)\s*([\s\S]*?)\s*(-?)\}\}/g;
const KEYWORD = /^(if|else|end|range|with|define|template|block)\b/;

/** Whether the text contains any `{{.x}}` or `{{if ...}}` action. */
export function hasActions(text: string): boolean {
  ACTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACTION.exec(text))) {
    const body = m[2];
    if (body.startsWith('.') || KEYWORD.test(body)) return true;
  }
  return false;
}

/** Names referenced as `.name` anywhere in the text. */
export function referencedNames(text: string): string[] {
  const out = new Set<string>();
  ACTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ACTION.exec(text))) {
    for (const ref of m[2].matchAll(/(?:^|\s)\.([A-Za-z_][A-Za-z0-9_]*)/g)) out.add(ref[1]);
  }
  return [...out];
}

/**
 * Renders `text` with `values`. Unknown names and unsupported actions throw a
 * TemplateSyntaxError naming the action.
 */
export function renderGoTemplate(text: string, values: Readonly<Record<string, string>>, substitute?: VarSubstitution): string {
  if (!text.includes('{{')) return text;
  const nodes = parse(text);
  return evalNodes(nodes, values, substitute);
}

/**
 * Decides the text written for a `{{.name}}` action (conditions still see the plain value):
 * used to write parameter values into scripts as quoted data.
 */
export type VarSubstitution = (name: string, value: string, snippet: string, offset: number) => string;

function parse(text: string): Node[] {
  // Tokenise into text and actions, applying trim markers.
  const tokens: Array<{ text: string } | Action> = [];
  let last = 0;
  ACTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  let pendingTrimLeft = false;
  while ((m = ACTION.exec(text))) {
    const body = m[2];
    const isOurs = body.startsWith('.') || KEYWORD.test(body);
    if (!isOurs) continue; // left verbatim as part of the surrounding text
    let before = text.slice(last, m.index);
    if (pendingTrimLeft) before = before.replace(/^\s+/, '');
    if (m[1] === '-') before = before.replace(/\s+$/, '');
    tokens.push({ text: before });
    tokens.push({ body, start: m.index, end: m.index + m[0].length, raw: m[0] });
    pendingTrimLeft = m[3] === '-';
    last = m.index + m[0].length;
  }
  let tail = text.slice(last);
  if (pendingTrimLeft) tail = tail.replace(/^\s+/, '');
  tokens.push({ text: tail });

  let pos = 0;
  const parseBlock = (inIf: boolean): { nodes: Node[]; terminator?: Action } => {
    const nodes: Node[] = [];
    while (pos < tokens.length) {
      const t = tokens[pos++];
      if ('text' in t) {
        if (t.text) nodes.push({ kind: 'text', text: t.text });
        continue;
      }
      const body = t.body;
      if (body.startsWith('.')) {
        const name = body.slice(1);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
          throw new TemplateSyntaxError(`unsupported expression ${t.raw}`, t.start, t.raw, 'use {{.name}} with a plain parameter or variable name');
        }
        nodes.push({ kind: 'var', name, offset: t.start, snippet: t.raw });
      } else if (body.startsWith('if ') || body === 'if') {
        const branches: Array<{ cond: Cond | undefined; body: Node[] }> = [];
        let cond: Cond | undefined = parseCond(body.slice(2).trim(), t);
        for (;;) {
          const block = parseBlock(true);
          branches.push({ cond, body: block.nodes });
          const term = block.terminator;
          if (!term) {
            throw new TemplateSyntaxError(`${t.raw} has no matching {{end}}`, t.start, t.raw, 'add {{end}} after the conditional text');
          }
          if (term.body === 'end') break;
          if (branches.some((b) => b.cond === undefined)) {
            throw new TemplateSyntaxError(`${term.raw} after {{else}}`, term.start, term.raw, 'put {{else}} last and close with {{end}}');
          }
          if (term.body === 'else') {
            cond = undefined;
          } else {
            cond = parseCond(term.body.replace(/^else\s+if\s+/, ''), term);
          }
        }
        nodes.push({ kind: 'if', branches });
      } else if (body === 'end' || body === 'else' || /^else\s+if\s/.test(body)) {
        if (!inIf) {
          throw new TemplateSyntaxError(`${t.raw} without a matching {{if}}`, t.start, t.raw, `remove ${t.raw} or add the {{if ...}} it closes`);
        }
        return { nodes, terminator: t };
      } else {
        throw new TemplateSyntaxError(`unsupported template action ${t.raw}`, t.start, t.raw,
          'templates support {{.name}}, {{if}}, {{else if}}, {{else}}, {{end}} with eq, ne and not');
      }
    }
    return { nodes };
  };
  const result = parseBlock(false);
  return result.nodes;
}

function parseArg(s: string, a: Action): Arg {
  if (s.startsWith('.')) {
    const name = s.slice(1);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      throw new TemplateSyntaxError(`bad name "${s}" in ${a.raw}`, a.start, a.raw, 'use .name with letters, digits and underscores');
    }
    return { kind: 'var', name };
  }
  if (/^"(?:[^"\\]|\\.)*"$/.test(s)) return { kind: 'lit', value: JSON.parse(s) };
  if (/^`[^`]*`$/.test(s)) return { kind: 'lit', value: s.slice(1, -1) };
  if (/^-?\d+(\.\d+)?$/.test(s) || s === 'true' || s === 'false') return { kind: 'lit', value: s };
  throw new TemplateSyntaxError(`cannot read "${s}" in ${a.raw}`, a.start, a.raw, 'use .name, a "quoted string", a number, true or false');
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"\\]|\\.)*"|`[^`]*`|\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push(m[0]);
  return out;
}

function parseCond(expr: string, a: Action): Cond {
  const parts = splitArgs(expr.replace(/^\(|\)$/g, ''));
  if (parts.length === 1) return { op: 'truthy', arg: parseArg(parts[0], a), offset: a.start, snippet: a.raw };
  if (parts.length === 2 && parts[0] === 'not') return { op: 'not', arg: parseArg(parts[1], a), offset: a.start, snippet: a.raw };
  if (parts.length === 3 && (parts[0] === 'eq' || parts[0] === 'ne')) {
    return { op: parts[0], a: parseArg(parts[1], a), b: parseArg(parts[2], a), offset: a.start, snippet: a.raw };
  }
  throw new TemplateSyntaxError(`unsupported condition in ${a.raw}`, a.start, a.raw, 'use .flag, not .flag, eq .a "b" or ne .a "b"');
}

function lookup(values: Readonly<Record<string, string>>, name: string, offset: number, snippet: string): string {
  if (!Object.prototype.hasOwnProperty.call(values, name)) {
    throw new TemplateSyntaxError(`${snippet} refers to "${name}", which is neither a parameter nor a variable`, offset, snippet,
      `declare a parameter or variable named ${name}, or fix the spelling`);
  }
  return values[name];
}

function argValue(values: Readonly<Record<string, string>>, arg: Arg, c: Cond): string {
  return arg.kind === 'lit' ? arg.value : lookup(values, arg.name, c.offset, c.snippet);
}

function truthy(v: string): boolean {
  return v !== '' && v !== 'false' && v !== '0';
}

function evalCond(c: Cond, values: Readonly<Record<string, string>>): boolean {
  switch (c.op) {
    case 'truthy': return truthy(argValue(values, c.arg, c));
    case 'not': return !truthy(argValue(values, c.arg, c));
    case 'eq': return argValue(values, c.a, c) === argValue(values, c.b, c);
    case 'ne': return argValue(values, c.a, c) !== argValue(values, c.b, c);
  }
}

function evalNodes(nodes: Node[], values: Readonly<Record<string, string>>, substitute?: VarSubstitution): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') {
      out += n.text;
    } else if (n.kind === 'var') {
      const v = lookup(values, n.name, n.offset, n.snippet);
      out += substitute ? substitute(n.name, v, n.snippet, n.offset) : v;
    } else {
      for (const b of n.branches) {
        if (b.cond === undefined || evalCond(b.cond, values)) {
          out += evalNodes(b.body, values, substitute);
          break;
        }
      }
    }
  }
  return out;
}
