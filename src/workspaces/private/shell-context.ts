/**
 * Where a piece of text sits in a bash script, so a parameter value substituted there can be
 * written as data: a quoted word, escaped for the quoting it lands in. This is a small lexer for
 * the parts of bash that decide quoting (quotes, `$(...)`, `${...}`, backticks, here-documents,
 * comments); it does not run or fully parse the script.
 */

/** The quoting a position of a script is in. */
export type ShellContext =
  | 'unquoted' // a plain word, also inside $(...), $((...)) and ${...} outside double quotes
  | 'double' // inside "..."
  | 'brace-double' // inside ${...} inside "..." (bash balances single quotes there but keeps them)
  | 'brace-single' // inside '...' inside ${...} inside "..." (no reliable quoting)
  | 'single' // inside '...'
  | 'ansi' // inside $'...'
  | 'backtick' // inside `...`
  | 'heredoc' // the body of a here-document whose delimiter is not quoted (expansions happen)
  | 'heredoc-literal' // the body of a here-document whose delimiter is quoted (no expansion)
  | 'comment';

/** A marker found in a script, with its context. */
export interface MarkerSite {
  /** The marker's number (the first capture group of the marker pattern). */
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly context: ShellContext;
  /** The marker starts the command's name (it would choose the program to run). */
  readonly commandName: boolean;
  /** A command that reads its argument (or here-document) as code: eval, sh -c, sed, awk, ... */
  readonly interpreter?: string;
}

type Kind = 'top' | 'cmd' | 'arith' | 'dq' | 'sq' | 'ansi' | 'bq' | 'brace' | 'hd';

interface Frame {
  kind: Kind;
  /** Parenthesis depth (cmd, arith) or brace depth (brace). */
  depth: number;
  /** For word-level frames (top, cmd, arith): where the current word started, or -1. */
  wordFrom: number;
  /** Words of the current simple command so far (raw text). */
  words: string[];
  /** A brace frame opened inside double quotes. */
  inDouble?: boolean;
}

interface PendingHeredoc {
  delimiter: string;
  strip: boolean;
  quoted: boolean;
  words: string[];
}

/** Words that do not end the search for a command's name. */
const PREFIX_WORDS = new Set(['if', 'then', 'do', 'else', 'elif', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup', 'builtin']);

/** Interpreters that run their argument or standard input as code. */
const CODE_ARG = /^(eval|source|\.|xargs|parallel|ssh|watch|awk|gawk|mawk|nawk|sed|expect|trap)$/;
const SHELLS = /^(sh|bash|dash|zsh|ksh|mksh|fish|busybox)$/;
const SCRIPTING = /^(python[0-9.]*|perl|ruby|node|nodejs|php|lua|Rscript|R|tclsh|osascript|jq)$/;

function base(word: string): string {
  const w = word.replace(/^["']|["']$/g, '');
  return w.slice(w.lastIndexOf('/') + 1);
}

/** The interpreter among a simple command's words that would read later words (or stdin) as code. */
export function interpreterOf(words: string[], stdin = false): string | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = base(words[i]);
    if (CODE_ARG.test(w)) return w;
    if (/^-(exec|execdir|ok|okdir)$/.test(words[i]) && words.slice(0, i).some((x) => base(x) === 'find')) return `find ${words[i]}`;
    if (SHELLS.test(w) || SCRIPTING.test(w) || w === 'su' || w === 'runuser' || w === 'sudo') {
      if (stdin && (SHELLS.test(w) || SCRIPTING.test(w))) return w;
      const flags = words.slice(i + 1).filter((x) => /^-[A-Za-z]+$/.test(x));
      if ((SHELLS.test(w) || w === 'su' || w === 'runuser') && flags.some((f) => f.includes('c'))) return `${w} -c`;
      if (SCRIPTING.test(w) && flags.some((f) => /[ce]/.test(f))) return `${w} ${flags.find((f) => /[ce]/.test(f))}`;
      if (w === 'sudo' && flags.some((f) => /[si]/.test(f))) return 'sudo -s';
    }
  }
  return undefined;
}

function isAssignment(word: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(word);
}

/**
 * Finds every match of `marker` (a sticky-free global pattern with one numeric capture group)
 * in `text` and tells its shell context.
 */
export function scanShell(text: string, marker: RegExp): MarkerSite[] {
  const sites: MarkerSite[] = [];
  scan(text, 0, text.length, [{ kind: 'top', depth: 0, wordFrom: -1, words: [] }], marker, sites, undefined);
  return sites;
}

function scan(text: string, from: number, to: number, stack: Frame[], marker: RegExp, sites: MarkerSite[], heredocWords: string[] | undefined): void {
  const pending: PendingHeredoc[] = [];
  const top = () => stack[stack.length - 1];
  const wordFrame = (f: Frame) => f.kind === 'top' || f.kind === 'cmd' || f.kind === 'arith';
  // The innermost frame that collects words (a quoted part belongs to the word around it).
  const wordOwner = (): Frame | undefined => {
    for (let k = stack.length - 1; k >= 0; k--) if (wordFrame(stack[k])) return stack[k];
    return undefined;
  };
  const endWord = (f: Frame, at: number) => {
    if (f.wordFrom >= 0) {
      f.words.push(text.slice(f.wordFrom, at));
      f.wordFrom = -1;
    }
  };
  const beginWord = (at: number) => {
    const f = wordOwner();
    if (f && f.wordFrom < 0) f.wordFrom = at;
  };
  const contextOf = (): ShellContext => {
    for (let k = stack.length - 1; k >= 0; k--) {
      const f = stack[k];
      switch (f.kind) {
        case 'dq': return 'double';
        case 'sq': return f.inDouble ? 'brace-single' : 'single';
        case 'ansi': return 'ansi';
        case 'bq': return 'backtick';
        case 'hd': return 'heredoc';
        case 'brace': return f.inDouble ? 'brace-double' : 'unquoted';
        default: return 'unquoted';
      }
    }
    return 'unquoted';
  };
  const markerRe = new RegExp(marker.source, 'y');
  let i = from;
  while (i < to) {
    markerRe.lastIndex = i;
    const m = markerRe.exec(text);
    const f = top();
    if (m && m.index + m[0].length <= to) {
      const owner = wordOwner();
      const inBacktick = stack.some((x) => x.kind === 'bq');
      const context = inBacktick ? 'backtick' : contextOf();
      const wordSoFar = owner && owner.wordFrom >= 0 ? text.slice(owner.wordFrom, i).replace(/["'$]/g, '') : '';
      const commandName = owner !== undefined && owner.kind !== 'arith' && wordSoFar === '' && context !== 'heredoc'
        && owner.words.every((w) => PREFIX_WORDS.has(w) || isAssignment(w));
      const words = owner ? [...owner.words, ...(owner.wordFrom >= 0 ? [text.slice(owner.wordFrom, i)] : [])] : [];
      const interpreter = context === 'heredoc' || context === 'heredoc-literal'
        ? (heredocWords ? interpreterOf(heredocWords, true) : undefined)
        : interpreterOf(words);
      sites.push({ id: Number(m[1]), start: i, end: i + m[0].length, context, commandName, interpreter });
      beginWord(i);
      i += m[0].length;
      continue;
    }
    const c = text[i];
    const next = text[i + 1];
    switch (f.kind) {
      case 'sq':
        if (c === "'") stack.pop();
        i++;
        continue;
      case 'ansi':
        if (c === '\\') {i += 2;} else {
          if (c === "'") stack.pop();
          i++;
        }
        continue;
      case 'dq':
      case 'hd':
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '"' && f.kind === 'dq') {
          stack.pop();
          i++;
          continue;
        }
        if (c === '`') {
          stack.push({ kind: 'bq', depth: 0, wordFrom: -1, words: [] });
          i++;
          continue;
        }
        if (c === '$') {
          i = openDollar(text, i, stack, true);
          continue;
        }
        i++;
        continue;
      case 'bq':
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '`') {
          stack.pop();
          i++;
          continue;
        }
        if (c === "'") stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });
        else if (c === '"') stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });
        i++;
        continue;
      case 'brace':
        if (c === '\\') {
          i += 2;
          continue;
        }
        if (c === '{') {f.depth++;} else if (c === '}') {
          if (f.depth === 0) {
            stack.pop();
            i++;
            continue;
          }
          f.depth--;
        } else if (c === '"') {stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });} else if (c === "'" && !f.inDouble) {stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });} else if (c === '`') {stack.push({ kind: 'bq', depth: 0, wordFrom: -1, words: [] });} else if (c === '$') {
          i = openDollar(text, i, stack, !!f.inDouble);
          continue;
        }
        i++;
        continue;
      default: {
        // top, cmd, arith: words, operators, quotes.
        if (c === '\\') {
          if (next === '\n') {
            i += 2;
            continue;
          }
          beginWord(i);
          i += 2;
          continue;
        }
        if (c === ' ' || c === '\t') {
          endWord(f, i);
          i++;
          continue;
        }
        if (c === '\n') {
          endWord(f, i);
          f.words = [];
          i++;
          if (pending.length) i = readHeredocs(text, i, to, pending.splice(0), marker, sites);
          continue;
        }
        if (c === '#' && f.wordFrom < 0) {
          const nl = text.indexOf('\n', i);
          const end = nl < 0 || nl > to ? to : nl;
          commentMarkers(text, i, end, marker, sites);
          i = end;
          continue;
        }
        if (c === ';' || c === '&' || c === '|') {
          endWord(f, i);
          f.words = [];
          i++;
          continue;
        }
        if (c === '(') {
          endWord(f, i);
          if (f.kind !== 'top') f.depth++;
          if (f.kind !== 'arith') f.words = [];
          i++;
          continue;
        }
        if (c === ')') {
          endWord(f, i);
          if (f.kind === 'cmd' || f.kind === 'arith') {
            if (f.depth === 0) {
              stack.pop();
              i += f.kind === 'arith' && next === ')' ? 2 : 1;
              continue;
            }
            f.depth--;
          }
          i++;
          continue;
        }
        if (c === '<' && next === '<' && text[i + 2] !== '<' && f.kind !== 'arith') {
          endWord(f, i);
          const h = readDelimiter(text, i + 2, to);
          if (h) {
            pending.push({ ...h.doc, words: [...f.words] });
            i = h.end;
            continue;
          }
          i += 2;
          continue;
        }
        if (c === '<' || c === '>') {
          endWord(f, i);
          i++;
          continue;
        }
        beginWord(i);
        if (c === "'") {stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });} else if (c === '"') {stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });} else if (c === '`') {stack.push({ kind: 'bq', depth: 0, wordFrom: -1, words: [] });} else if (c === '$') {
          i = openDollar(text, i, stack, false);
          continue;
        }
        i++;
      }
    }
  }
  for (const f of stack) if (wordFrame(f)) endWord(f, to);
}

/** Opens the frame a `$` starts, returning the index after the opener. */
function openDollar(text: string, i: number, stack: Frame[], inDouble: boolean): number {
  const n1 = text[i + 1];
  if (n1 === '(' && text[i + 2] === '(') {
    stack.push({ kind: 'arith', depth: 0, wordFrom: -1, words: [] });
    return i + 3;
  }
  if (n1 === '(') {
    stack.push({ kind: 'cmd', depth: 0, wordFrom: -1, words: [] });
    return i + 2;
  }
  if (n1 === '{') {
    stack.push({ kind: 'brace', depth: 0, wordFrom: -1, words: [], inDouble });
    return i + 2;
  }
  if (n1 === "'" && !inDouble) {
    stack.push({ kind: 'ansi', depth: 0, wordFrom: -1, words: [] });
    return i + 2;
  }
  if (n1 === '"' && !inDouble) {
    stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });
    return i + 2;
  }
  return i + 1;
}

function readDelimiter(text: string, i: number, to: number): { doc: Omit<PendingHeredoc, 'words'>; end: number } | undefined {
  let j = i;
  let strip = false;
  if (text[j] === '-') {
    strip = true;
    j++;
  }
  while (j < to && (text[j] === ' ' || text[j] === '\t')) j++;
  let raw = '';
  let quoted = false;
  let delimiter = '';
  while (j < to && !/[\s;&|<>()]/.test(text[j])) {
    const ch = text[j];
    if (ch === "'" || ch === '"') {
      quoted = true;
      const close = text.indexOf(ch, j + 1);
      if (close < 0 || close >= to) return undefined;
      delimiter += text.slice(j + 1, close);
      raw += text.slice(j, close + 1);
      j = close + 1;
      continue;
    }
    if (ch === '\\') {
      quoted = true;
      delimiter += text[j + 1] ?? '';
      raw += text.slice(j, j + 2);
      j += 2;
      continue;
    }
    delimiter += ch;
    raw += ch;
    j++;
  }
  if (!delimiter) return undefined;
  return { doc: { delimiter, strip, quoted }, end: j };
}

/** Reads here-document bodies starting at `i` (just after the newline); returns where the script continues. */
function readHeredocs(text: string, i: number, to: number, docs: PendingHeredoc[], marker: RegExp, sites: MarkerSite[]): number {
  for (const d of docs) {
    let lineStart = i;
    let bodyEnd = to;
    let after = to;
    while (lineStart < to) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl < 0 || nl > to ? to : nl;
      let line = text.slice(lineStart, lineEnd);
      if (d.strip) line = line.replace(/^\t+/, '');
      if (line === d.delimiter) {
        bodyEnd = lineStart;
        after = lineEnd < to ? lineEnd + 1 : to;
        break;
      }
      lineStart = lineEnd + 1;
    }
    if (d.quoted) {
      const re = new RegExp(marker.source, 'g');
      re.lastIndex = i;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text)) && m.index + m[0].length <= bodyEnd) {
        sites.push({ id: Number(m[1]), start: m.index, end: m.index + m[0].length, context: 'heredoc-literal', commandName: false, interpreter: interpreterOf(d.words, true) });
      }
    } else {
      scan(text, i, bodyEnd, [{ kind: 'hd', depth: 0, wordFrom: -1, words: [] }], marker, sites, d.words);
    }
    i = after;
  }
  return i;
}

function commentMarkers(text: string, from: number, to: number, marker: RegExp, sites: MarkerSite[]): void {
  const re = new RegExp(marker.source, 'g');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index + m[0].length <= to) {
    sites.push({ id: Number(m[1]), start: m.index, end: m.index + m[0].length, context: 'comment', commandName: false });
  }
}

/** Characters that mean nothing to the shell in an unquoted word (no globbing, no expansion, no splitting). */
const INERT = /^[A-Za-z0-9_.,:/=+@%-]+$/;

/**
 * Writes a value for a context so the shell reads it back as exactly that text, as data.
 * Returns undefined where that cannot be guaranteed.
 */
export function quoteForContext(value: string, context: ShellContext): string | undefined {
  switch (context) {
    case 'unquoted':
      return INERT.test(value) && !value.startsWith('~') ? value : `'${value.replace(/'/g, "'\\''")}'`;
    case 'double':
      return value.replace(/[\\$`"]/g, '\\$&');
    case 'brace-double':
      // bash balances single quotes there, and reads "<(" and ">(" as the start of a process
      // substitution whose ")" it then looks for (no backslash helps): both are refused.
      return /'|[<>]\(/.test(value) ? undefined : value.replace(/[\\$`"}]/g, '\\$&');
    case 'brace-single':
      return undefined;
    case 'heredoc':
      // A line break could end the here-document early (a line equal to its delimiter).
      return /[\n\r]/.test(value) ? undefined : value.replace(/[\\$`]/g, '\\$&');
    case 'single':
      return value.replace(/'/g, "'\\''");
    case 'ansi':
      return value.replace(/[\\']/g, '\\$&');
    case 'heredoc-literal':
    case 'comment':
      return /[\n\r]/.test(value) ? undefined : value;
    case 'backtick':
      return undefined;
  }
}
