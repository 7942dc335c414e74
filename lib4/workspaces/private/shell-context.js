"use strict";
/**
 * Where a piece of text sits in a bash script, so a parameter value substituted there can be
 * written as data: a quoted word, escaped for the quoting it lands in. This is a small lexer for
 * the parts of bash that decide quoting (quotes, `$(...)`, `${...}`, backticks, here-documents,
 * comments); it does not run or fully parse the script.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.interpreterOf = interpreterOf;
exports.scanShell = scanShell;
exports.quoteForContext = quoteForContext;
/** Words that do not end the search for a command's name. */
const PREFIX_WORDS = new Set(['if', 'then', 'do', 'else', 'elif', 'while', 'until', '!', '{', 'time', 'exec', 'command', 'nohup', 'builtin']);
/** Interpreters that run their argument or standard input as code. */
const CODE_ARG = /^(eval|source|\.|xargs|parallel|ssh|watch|awk|gawk|mawk|nawk|sed|expect|trap)$/;
const SHELLS = /^(sh|bash|dash|zsh|ksh|mksh|fish|busybox)$/;
const SCRIPTING = /^(python[0-9.]*|perl|ruby|node|nodejs|php|lua|Rscript|R|tclsh|osascript|jq)$/;
function base(word) {
    const w = word.replace(/^["']|["']$/g, '');
    return w.slice(w.lastIndexOf('/') + 1);
}
/** The interpreter among a simple command's words that would read later words (or stdin) as code. */
function interpreterOf(words, stdin = false) {
    for (let i = 0; i < words.length; i++) {
        const w = base(words[i]);
        if (CODE_ARG.test(w))
            return w;
        if (/^-(exec|execdir|ok|okdir)$/.test(words[i]) && words.slice(0, i).some((x) => base(x) === 'find'))
            return `find ${words[i]}`;
        if (SHELLS.test(w) || SCRIPTING.test(w) || w === 'su' || w === 'runuser' || w === 'sudo') {
            if (stdin && (SHELLS.test(w) || SCRIPTING.test(w)))
                return w;
            const flags = words.slice(i + 1).filter((x) => /^-[A-Za-z]+$/.test(x));
            if ((SHELLS.test(w) || w === 'su' || w === 'runuser') && flags.some((f) => f.includes('c')))
                return `${w} -c`;
            if (SCRIPTING.test(w) && flags.some((f) => /[ce]/.test(f)))
                return `${w} ${flags.find((f) => /[ce]/.test(f))}`;
            if (w === 'sudo' && flags.some((f) => /[si]/.test(f)))
                return 'sudo -s';
        }
    }
    return undefined;
}
function isAssignment(word) {
    return /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/.test(word);
}
/**
 * Finds every match of `marker` (a sticky-free global pattern with one numeric capture group)
 * in `text` and tells its shell context.
 */
function scanShell(text, marker) {
    const sites = [];
    scan(text, 0, text.length, [{ kind: 'top', depth: 0, wordFrom: -1, words: [] }], marker, sites, undefined);
    return sites;
}
function scan(text, from, to, stack, marker, sites, heredocWords) {
    const pending = [];
    const top = () => stack[stack.length - 1];
    const wordFrame = (f) => f.kind === 'top' || f.kind === 'cmd' || f.kind === 'arith';
    // The innermost frame that collects words (a quoted part belongs to the word around it).
    const wordOwner = () => {
        for (let k = stack.length - 1; k >= 0; k--)
            if (wordFrame(stack[k]))
                return stack[k];
        return undefined;
    };
    const endWord = (f, at) => {
        if (f.wordFrom >= 0) {
            f.words.push(text.slice(f.wordFrom, at));
            f.wordFrom = -1;
        }
    };
    const beginWord = (at) => {
        const f = wordOwner();
        if (f && f.wordFrom < 0)
            f.wordFrom = at;
    };
    const contextOf = () => {
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
                if (c === "'")
                    stack.pop();
                i++;
                continue;
            case 'ansi':
                if (c === '\\') {
                    i += 2;
                }
                else {
                    if (c === "'")
                        stack.pop();
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
                if (c === "'")
                    stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });
                else if (c === '"')
                    stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });
                i++;
                continue;
            case 'brace':
                if (c === '\\') {
                    i += 2;
                    continue;
                }
                if (c === '{') {
                    f.depth++;
                }
                else if (c === '}') {
                    if (f.depth === 0) {
                        stack.pop();
                        i++;
                        continue;
                    }
                    f.depth--;
                }
                else if (c === '"') {
                    stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === "'" && !f.inDouble) {
                    stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === '`') {
                    stack.push({ kind: 'bq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === '$') {
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
                    if (pending.length)
                        i = readHeredocs(text, i, to, pending.splice(0), marker, sites);
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
                    if (f.kind !== 'top')
                        f.depth++;
                    if (f.kind !== 'arith')
                        f.words = [];
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
                if (c === "'") {
                    stack.push({ kind: 'sq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === '"') {
                    stack.push({ kind: 'dq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === '`') {
                    stack.push({ kind: 'bq', depth: 0, wordFrom: -1, words: [] });
                }
                else if (c === '$') {
                    i = openDollar(text, i, stack, false);
                    continue;
                }
                i++;
            }
        }
    }
    for (const f of stack)
        if (wordFrame(f))
            endWord(f, to);
}
/** Opens the frame a `$` starts, returning the index after the opener. */
function openDollar(text, i, stack, inDouble) {
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
function readDelimiter(text, i, to) {
    let j = i;
    let strip = false;
    if (text[j] === '-') {
        strip = true;
        j++;
    }
    while (j < to && (text[j] === ' ' || text[j] === '\t'))
        j++;
    let raw = '';
    let quoted = false;
    let delimiter = '';
    while (j < to && !/[\s;&|<>()]/.test(text[j])) {
        const ch = text[j];
        if (ch === "'" || ch === '"') {
            quoted = true;
            const close = text.indexOf(ch, j + 1);
            if (close < 0 || close >= to)
                return undefined;
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
    if (!delimiter)
        return undefined;
    return { doc: { delimiter, strip, quoted }, end: j };
}
/** Reads here-document bodies starting at `i` (just after the newline); returns where the script continues. */
function readHeredocs(text, i, to, docs, marker, sites) {
    for (const d of docs) {
        let lineStart = i;
        let bodyEnd = to;
        let after = to;
        while (lineStart < to) {
            const nl = text.indexOf('\n', lineStart);
            const lineEnd = nl < 0 || nl > to ? to : nl;
            let line = text.slice(lineStart, lineEnd);
            if (d.strip)
                line = line.replace(/^\t+/, '');
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
            let m;
            while ((m = re.exec(text)) && m.index + m[0].length <= bodyEnd) {
                sites.push({ id: Number(m[1]), start: m.index, end: m.index + m[0].length, context: 'heredoc-literal', commandName: false, interpreter: interpreterOf(d.words, true) });
            }
        }
        else {
            scan(text, i, bodyEnd, [{ kind: 'hd', depth: 0, wordFrom: -1, words: [] }], marker, sites, d.words);
        }
        i = after;
    }
    return i;
}
function commentMarkers(text, from, to, marker, sites) {
    const re = new RegExp(marker.source, 'g');
    re.lastIndex = from;
    let m;
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
function quoteForContext(value, context) {
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hlbGwtY29udGV4dC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL3ByaXZhdGUvc2hlbGwtY29udGV4dC50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiO0FBQUE7Ozs7O0dBS0c7O0FBK0RILHNDQWNDO0FBVUQsOEJBSUM7QUFpVUQsMENBeUJDO0FBcFlELDZEQUE2RDtBQUM3RCxNQUFNLFlBQVksR0FBRyxJQUFJLEdBQUcsQ0FBQyxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLE9BQU8sRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDO0FBRTlJLHNFQUFzRTtBQUN0RSxNQUFNLFFBQVEsR0FBRyxnRkFBZ0YsQ0FBQztBQUNsRyxNQUFNLE1BQU0sR0FBRyw0Q0FBNEMsQ0FBQztBQUM1RCxNQUFNLFNBQVMsR0FBRyw4RUFBOEUsQ0FBQztBQUVqRyxTQUFTLElBQUksQ0FBQyxJQUFZO0lBQ3hCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsY0FBYyxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzNDLE9BQU8sQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO0FBQ3pDLENBQUM7QUFFRCxxR0FBcUc7QUFDckcsU0FBZ0IsYUFBYSxDQUFDLEtBQWUsRUFBRSxLQUFLLEdBQUcsS0FBSztJQUMxRCxLQUFLLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEdBQUcsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDO1FBQ3RDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUN6QixJQUFJLFFBQVEsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxDQUFDLENBQUM7UUFDL0IsSUFBSSw0QkFBNEIsQ0FBQyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssTUFBTSxDQUFDO1lBQUUsT0FBTyxRQUFRLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2hJLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsS0FBSyxJQUFJLElBQUksQ0FBQyxLQUFLLFNBQVMsSUFBSSxDQUFDLEtBQUssTUFBTSxFQUFFLENBQUM7WUFDekYsSUFBSSxLQUFLLElBQUksQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLFNBQVMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsT0FBTyxDQUFDLENBQUM7WUFDN0QsTUFBTSxLQUFLLEdBQUcsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxjQUFjLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDdkUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLElBQUksSUFBSSxDQUFDLEtBQUssU0FBUyxDQUFDLElBQUksS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxHQUFHLENBQUMsQ0FBQztnQkFBRSxPQUFPLEdBQUcsQ0FBQyxLQUFLLENBQUM7WUFDOUcsSUFBSSxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsT0FBTyxHQUFHLENBQUMsSUFBSSxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMvRyxJQUFJLENBQUMsS0FBSyxNQUFNLElBQUksS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFBRSxPQUFPLFNBQVMsQ0FBQztRQUMxRSxDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sU0FBUyxDQUFDO0FBQ25CLENBQUM7QUFFRCxTQUFTLFlBQVksQ0FBQyxJQUFZO0lBQ2hDLE9BQU8sMENBQTBDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQy9ELENBQUM7QUFFRDs7O0dBR0c7QUFDSCxTQUFnQixTQUFTLENBQUMsSUFBWSxFQUFFLE1BQWM7SUFDcEQsTUFBTSxLQUFLLEdBQWlCLEVBQUUsQ0FBQztJQUMvQixJQUFJLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsU0FBUyxDQUFDLENBQUM7SUFDM0csT0FBTyxLQUFLLENBQUM7QUFDZixDQUFDO0FBRUQsU0FBUyxJQUFJLENBQUMsSUFBWSxFQUFFLElBQVksRUFBRSxFQUFVLEVBQUUsS0FBYyxFQUFFLE1BQWMsRUFBRSxLQUFtQixFQUFFLFlBQWtDO0lBQzNJLE1BQU0sT0FBTyxHQUFxQixFQUFFLENBQUM7SUFDckMsTUFBTSxHQUFHLEdBQUcsR0FBRyxFQUFFLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDMUMsTUFBTSxTQUFTLEdBQUcsQ0FBQyxDQUFRLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssT0FBTyxDQUFDO0lBQzNGLHlGQUF5RjtJQUN6RixNQUFNLFNBQVMsR0FBRyxHQUFzQixFQUFFO1FBQ3hDLEtBQUssSUFBSSxDQUFDLEdBQUcsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLEVBQUU7WUFBRSxJQUFJLFNBQVMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7Z0JBQUUsT0FBTyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDckYsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFRLEVBQUUsRUFBVSxFQUFFLEVBQUU7UUFDdkMsSUFBSSxDQUFDLENBQUMsUUFBUSxJQUFJLENBQUMsRUFBRSxDQUFDO1lBQ3BCLENBQUMsQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLFFBQVEsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ3pDLENBQUMsQ0FBQyxRQUFRLEdBQUcsQ0FBQyxDQUFDLENBQUM7UUFDbEIsQ0FBQztJQUNILENBQUMsQ0FBQztJQUNGLE1BQU0sU0FBUyxHQUFHLENBQUMsRUFBVSxFQUFFLEVBQUU7UUFDL0IsTUFBTSxDQUFDLEdBQUcsU0FBUyxFQUFFLENBQUM7UUFDdEIsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsR0FBRyxDQUFDO1lBQUUsQ0FBQyxDQUFDLFFBQVEsR0FBRyxFQUFFLENBQUM7SUFDM0MsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxTQUFTLEdBQUcsR0FBaUIsRUFBRTtRQUNuQyxLQUFLLElBQUksQ0FBQyxHQUFHLEtBQUssQ0FBQyxNQUFNLEdBQUcsQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsQ0FBQztZQUMzQyxNQUFNLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7WUFDbkIsUUFBUSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7Z0JBQ2YsS0FBSyxJQUFJLENBQUMsQ0FBQyxPQUFPLFFBQVEsQ0FBQztnQkFDM0IsS0FBSyxJQUFJLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDO2dCQUN6RCxLQUFLLE1BQU0sQ0FBQyxDQUFDLE9BQU8sTUFBTSxDQUFDO2dCQUMzQixLQUFLLElBQUksQ0FBQyxDQUFDLE9BQU8sVUFBVSxDQUFDO2dCQUM3QixLQUFLLElBQUksQ0FBQyxDQUFDLE9BQU8sU0FBUyxDQUFDO2dCQUM1QixLQUFLLE9BQU8sQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUMsY0FBYyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUM7Z0JBQzlELE9BQU8sQ0FBQyxDQUFDLE9BQU8sVUFBVSxDQUFDO1lBQzdCLENBQUM7UUFDSCxDQUFDO1FBQ0QsT0FBTyxVQUFVLENBQUM7SUFDcEIsQ0FBQyxDQUFDO0lBQ0YsTUFBTSxRQUFRLEdBQUcsSUFBSSxNQUFNLENBQUMsTUFBTSxDQUFDLE1BQU0sRUFBRSxHQUFHLENBQUMsQ0FBQztJQUNoRCxJQUFJLENBQUMsR0FBRyxJQUFJLENBQUM7SUFDYixPQUFPLENBQUMsR0FBRyxFQUFFLEVBQUUsQ0FBQztRQUNkLFFBQVEsQ0FBQyxTQUFTLEdBQUcsQ0FBQyxDQUFDO1FBQ3ZCLE1BQU0sQ0FBQyxHQUFHLFFBQVEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDOUIsTUFBTSxDQUFDLEdBQUcsR0FBRyxFQUFFLENBQUM7UUFDaEIsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxJQUFJLEVBQUUsRUFBRSxDQUFDO1lBQ3JDLE1BQU0sS0FBSyxHQUFHLFNBQVMsRUFBRSxDQUFDO1lBQzFCLE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLENBQUM7WUFDdEQsTUFBTSxPQUFPLEdBQUcsVUFBVSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDO1lBQ3RELE1BQU0sU0FBUyxHQUFHLEtBQUssSUFBSSxLQUFLLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxRQUFRLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztZQUMxRyxNQUFNLFdBQVcsR0FBRyxLQUFLLEtBQUssU0FBUyxJQUFJLEtBQUssQ0FBQyxJQUFJLEtBQUssT0FBTyxJQUFJLFNBQVMsS0FBSyxFQUFFLElBQUksT0FBTyxLQUFLLFNBQVM7bUJBQ3pHLEtBQUssQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxZQUFZLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLFlBQVksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ3RFLE1BQU0sS0FBSyxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLEtBQUssQ0FBQyxLQUFLLEVBQUUsR0FBRyxDQUFDLEtBQUssQ0FBQyxRQUFRLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDN0csTUFBTSxXQUFXLEdBQUcsT0FBTyxLQUFLLFNBQVMsSUFBSSxPQUFPLEtBQUssaUJBQWlCO2dCQUN4RSxDQUFDLENBQUMsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxZQUFZLEVBQUUsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztnQkFDaEUsQ0FBQyxDQUFDLGFBQWEsQ0FBQyxLQUFLLENBQUMsQ0FBQztZQUN6QixLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsV0FBVyxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUM7WUFDcEcsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDO1lBQ2IsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUM7WUFDakIsU0FBUztRQUNYLENBQUM7UUFDRCxNQUFNLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDbEIsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztRQUN6QixRQUFRLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztZQUNmLEtBQUssSUFBSTtnQkFDUCxJQUFJLENBQUMsS0FBSyxHQUFHO29CQUFFLEtBQUssQ0FBQyxHQUFHLEVBQUUsQ0FBQztnQkFDM0IsQ0FBQyxFQUFFLENBQUM7Z0JBQ0osU0FBUztZQUNYLEtBQUssTUFBTTtnQkFDVCxJQUFJLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQztvQkFBQSxDQUFDLElBQUksQ0FBQyxDQUFDO2dCQUFBLENBQUM7cUJBQU0sQ0FBQztvQkFDOUIsSUFBSSxDQUFDLEtBQUssR0FBRzt3QkFBRSxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUM7b0JBQzNCLENBQUMsRUFBRSxDQUFDO2dCQUNOLENBQUM7Z0JBQ0QsU0FBUztZQUNYLEtBQUssSUFBSSxDQUFDO1lBQ1YsS0FBSyxJQUFJO2dCQUNQLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO29CQUNmLENBQUMsSUFBSSxDQUFDLENBQUM7b0JBQ1AsU0FBUztnQkFDWCxDQUFDO2dCQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDO29CQUNqQyxLQUFLLENBQUMsR0FBRyxFQUFFLENBQUM7b0JBQ1osQ0FBQyxFQUFFLENBQUM7b0JBQ0osU0FBUztnQkFDWCxDQUFDO2dCQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUNkLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO29CQUM5RCxDQUFDLEVBQUUsQ0FBQztvQkFDSixTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQ2QsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztvQkFDckMsU0FBUztnQkFDWCxDQUFDO2dCQUNELENBQUMsRUFBRSxDQUFDO2dCQUNKLFNBQVM7WUFDWCxLQUFLLElBQUk7Z0JBQ1AsSUFBSSxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7b0JBQ2YsQ0FBQyxJQUFJLENBQUMsQ0FBQztvQkFDUCxTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQ2QsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDO29CQUNaLENBQUMsRUFBRSxDQUFDO29CQUNKLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxJQUFJLENBQUMsS0FBSyxHQUFHO29CQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO3FCQUN4RSxJQUFJLENBQUMsS0FBSyxHQUFHO29CQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUNsRixDQUFDLEVBQUUsQ0FBQztnQkFDSixTQUFTO1lBQ1gsS0FBSyxPQUFPO2dCQUNWLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO29CQUNmLENBQUMsSUFBSSxDQUFDLENBQUM7b0JBQ1AsU0FBUztnQkFDWCxDQUFDO2dCQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUFBLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQztnQkFBQSxDQUFDO3FCQUFNLElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUMvQyxJQUFJLENBQUMsQ0FBQyxLQUFLLEtBQUssQ0FBQyxFQUFFLENBQUM7d0JBQ2xCLEtBQUssQ0FBQyxHQUFHLEVBQUUsQ0FBQzt3QkFDWixDQUFDLEVBQUUsQ0FBQzt3QkFDSixTQUFTO29CQUNYLENBQUM7b0JBQ0QsQ0FBQyxDQUFDLEtBQUssRUFBRSxDQUFDO2dCQUNaLENBQUM7cUJBQU0sSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQUEsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQUEsQ0FBQztxQkFBTSxJQUFJLENBQUMsS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUM7b0JBQUEsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQUEsQ0FBQztxQkFBTSxJQUFJLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFBQSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFBQSxDQUFDO3FCQUFNLElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUNuUyxDQUFDLEdBQUcsVUFBVSxDQUFDLElBQUksRUFBRSxDQUFDLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUM7b0JBQzdDLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxDQUFDLEVBQUUsQ0FBQztnQkFDSixTQUFTO1lBQ1gsT0FBTyxDQUFDLENBQUMsQ0FBQztnQkFDUiw2Q0FBNkM7Z0JBQzdDLElBQUksQ0FBQyxLQUFLLElBQUksRUFBRSxDQUFDO29CQUNmLElBQUksSUFBSSxLQUFLLElBQUksRUFBRSxDQUFDO3dCQUNsQixDQUFDLElBQUksQ0FBQyxDQUFDO3dCQUNQLFNBQVM7b0JBQ1gsQ0FBQztvQkFDRCxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7b0JBQ2IsQ0FBQyxJQUFJLENBQUMsQ0FBQztvQkFDUCxTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxJQUFJLEVBQUUsQ0FBQztvQkFDNUIsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDZCxDQUFDLEVBQUUsQ0FBQztvQkFDSixTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssSUFBSSxFQUFFLENBQUM7b0JBQ2YsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDZCxDQUFDLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFDYixDQUFDLEVBQUUsQ0FBQztvQkFDSixJQUFJLE9BQU8sQ0FBQyxNQUFNO3dCQUFFLENBQUMsR0FBRyxZQUFZLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFLEVBQUUsT0FBTyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7b0JBQ3BGLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxJQUFJLENBQUMsS0FBSyxHQUFHLElBQUksQ0FBQyxDQUFDLFFBQVEsR0FBRyxDQUFDLEVBQUUsQ0FBQztvQkFDaEMsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLENBQUM7b0JBQ2pDLE1BQU0sR0FBRyxHQUFHLEVBQUUsR0FBRyxDQUFDLElBQUksRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7b0JBQ3hDLGNBQWMsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsS0FBSyxDQUFDLENBQUM7b0JBQzVDLENBQUMsR0FBRyxHQUFHLENBQUM7b0JBQ1IsU0FBUztnQkFDWCxDQUFDO2dCQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFDeEMsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDZCxDQUFDLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFDYixDQUFDLEVBQUUsQ0FBQztvQkFDSixTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQ2QsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDZCxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSzt3QkFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLENBQUM7b0JBQ2hDLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxPQUFPO3dCQUFFLENBQUMsQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUNyQyxDQUFDLEVBQUUsQ0FBQztvQkFDSixTQUFTO2dCQUNYLENBQUM7Z0JBQ0QsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQ2QsT0FBTyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztvQkFDZCxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSyxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssT0FBTyxFQUFFLENBQUM7d0JBQzNDLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxDQUFDLEVBQUUsQ0FBQzs0QkFDbEIsS0FBSyxDQUFDLEdBQUcsRUFBRSxDQUFDOzRCQUNaLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sSUFBSSxJQUFJLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQzs0QkFDaEQsU0FBUzt3QkFDWCxDQUFDO3dCQUNELENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQztvQkFDWixDQUFDO29CQUNELENBQUMsRUFBRSxDQUFDO29CQUNKLFNBQVM7Z0JBQ1gsQ0FBQztnQkFDRCxJQUFJLENBQUMsS0FBSyxHQUFHLElBQUksSUFBSSxLQUFLLEdBQUcsSUFBSSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLENBQUMsSUFBSSxLQUFLLE9BQU8sRUFBRSxDQUFDO29CQUMzRSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO29CQUNkLE1BQU0sQ0FBQyxHQUFHLGFBQWEsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztvQkFDekMsSUFBSSxDQUFDLEVBQUUsQ0FBQzt3QkFDTixPQUFPLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLENBQUMsR0FBRyxFQUFFLEtBQUssRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUMsQ0FBQzt3QkFDaEQsQ0FBQyxHQUFHLENBQUMsQ0FBQyxHQUFHLENBQUM7d0JBQ1YsU0FBUztvQkFDWCxDQUFDO29CQUNELENBQUMsSUFBSSxDQUFDLENBQUM7b0JBQ1AsU0FBUztnQkFDWCxDQUFDO2dCQUNELElBQUksQ0FBQyxLQUFLLEdBQUcsSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQzNCLE9BQU8sQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7b0JBQ2QsQ0FBQyxFQUFFLENBQUM7b0JBQ0osU0FBUztnQkFDWCxDQUFDO2dCQUNELFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQztnQkFDYixJQUFJLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFBQSxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFBQSxDQUFDO3FCQUFNLElBQUksQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO29CQUFBLEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDO2dCQUFBLENBQUM7cUJBQU0sSUFBSSxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7b0JBQUEsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQUEsQ0FBQztxQkFBTSxJQUFJLENBQUMsS0FBSyxHQUFHLEVBQUUsQ0FBQztvQkFDN1EsQ0FBQyxHQUFHLFVBQVUsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxLQUFLLENBQUMsQ0FBQztvQkFDdEMsU0FBUztnQkFDWCxDQUFDO2dCQUNELENBQUMsRUFBRSxDQUFDO1lBQ04sQ0FBQztRQUNILENBQUM7SUFDSCxDQUFDO0lBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLO1FBQUUsSUFBSSxTQUFTLENBQUMsQ0FBQyxDQUFDO1lBQUUsT0FBTyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztBQUMxRCxDQUFDO0FBRUQsMEVBQTBFO0FBQzFFLFNBQVMsVUFBVSxDQUFDLElBQVksRUFBRSxDQUFTLEVBQUUsS0FBYyxFQUFFLFFBQWlCO0lBQzVFLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7SUFDdkIsSUFBSSxFQUFFLEtBQUssR0FBRyxJQUFJLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEtBQUssR0FBRyxFQUFFLENBQUM7UUFDdEMsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDakUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2YsQ0FBQztJQUNELElBQUksRUFBRSxLQUFLLEdBQUcsRUFBRSxDQUFDO1FBQ2YsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDL0QsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2YsQ0FBQztJQUNELElBQUksRUFBRSxLQUFLLEdBQUcsRUFBRSxDQUFDO1FBQ2YsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDO1FBQzNFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUNmLENBQUM7SUFDRCxJQUFJLEVBQUUsS0FBSyxHQUFHLElBQUksQ0FBQyxRQUFRLEVBQUUsQ0FBQztRQUM1QixLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNoRSxPQUFPLENBQUMsR0FBRyxDQUFDLENBQUM7SUFDZixDQUFDO0lBQ0QsSUFBSSxFQUFFLEtBQUssR0FBRyxJQUFJLENBQUMsUUFBUSxFQUFFLENBQUM7UUFDNUIsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDOUQsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2YsQ0FBQztJQUNELE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQztBQUNmLENBQUM7QUFFRCxTQUFTLGFBQWEsQ0FBQyxJQUFZLEVBQUUsQ0FBUyxFQUFFLEVBQVU7SUFDeEQsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ1YsSUFBSSxLQUFLLEdBQUcsS0FBSyxDQUFDO0lBQ2xCLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQyxLQUFLLEdBQUcsRUFBRSxDQUFDO1FBQ3BCLEtBQUssR0FBRyxJQUFJLENBQUM7UUFDYixDQUFDLEVBQUUsQ0FBQztJQUNOLENBQUM7SUFDRCxPQUFPLENBQUMsR0FBRyxFQUFFLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEtBQUssR0FBRyxJQUFJLElBQUksQ0FBQyxDQUFDLENBQUMsS0FBSyxJQUFJLENBQUM7UUFBRSxDQUFDLEVBQUUsQ0FBQztJQUM1RCxJQUFJLEdBQUcsR0FBRyxFQUFFLENBQUM7SUFDYixJQUFJLE1BQU0sR0FBRyxLQUFLLENBQUM7SUFDbkIsSUFBSSxTQUFTLEdBQUcsRUFBRSxDQUFDO0lBQ25CLE9BQU8sQ0FBQyxHQUFHLEVBQUUsSUFBSSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztRQUM5QyxNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDbkIsSUFBSSxFQUFFLEtBQUssR0FBRyxJQUFJLEVBQUUsS0FBSyxHQUFHLEVBQUUsQ0FBQztZQUM3QixNQUFNLEdBQUcsSUFBSSxDQUFDO1lBQ2QsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDO1lBQ3RDLElBQUksS0FBSyxHQUFHLENBQUMsSUFBSSxLQUFLLElBQUksRUFBRTtnQkFBRSxPQUFPLFNBQVMsQ0FBQztZQUMvQyxTQUFTLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDO1lBQ3RDLEdBQUcsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUM7WUFDaEMsQ0FBQyxHQUFHLEtBQUssR0FBRyxDQUFDLENBQUM7WUFDZCxTQUFTO1FBQ1gsQ0FBQztRQUNELElBQUksRUFBRSxLQUFLLElBQUksRUFBRSxDQUFDO1lBQ2hCLE1BQU0sR0FBRyxJQUFJLENBQUM7WUFDZCxTQUFTLElBQUksSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDL0IsR0FBRyxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztZQUM1QixDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ1AsU0FBUztRQUNYLENBQUM7UUFDRCxTQUFTLElBQUksRUFBRSxDQUFDO1FBQ2hCLEdBQUcsSUFBSSxFQUFFLENBQUM7UUFDVixDQUFDLEVBQUUsQ0FBQztJQUNOLENBQUM7SUFDRCxJQUFJLENBQUMsU0FBUztRQUFFLE9BQU8sU0FBUyxDQUFDO0lBQ2pDLE9BQU8sRUFBRSxHQUFHLEVBQUUsRUFBRSxTQUFTLEVBQUUsS0FBSyxFQUFFLE1BQU0sRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUN2RCxDQUFDO0FBRUQsK0dBQStHO0FBQy9HLFNBQVMsWUFBWSxDQUFDLElBQVksRUFBRSxDQUFTLEVBQUUsRUFBVSxFQUFFLElBQXNCLEVBQUUsTUFBYyxFQUFFLEtBQW1CO0lBQ3BILEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxFQUFFLENBQUM7UUFDckIsSUFBSSxTQUFTLEdBQUcsQ0FBQyxDQUFDO1FBQ2xCLElBQUksT0FBTyxHQUFHLEVBQUUsQ0FBQztRQUNqQixJQUFJLEtBQUssR0FBRyxFQUFFLENBQUM7UUFDZixPQUFPLFNBQVMsR0FBRyxFQUFFLEVBQUUsQ0FBQztZQUN0QixNQUFNLEVBQUUsR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxTQUFTLENBQUMsQ0FBQztZQUN6QyxNQUFNLE9BQU8sR0FBRyxFQUFFLEdBQUcsQ0FBQyxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQzVDLElBQUksSUFBSSxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsU0FBUyxFQUFFLE9BQU8sQ0FBQyxDQUFDO1lBQzFDLElBQUksQ0FBQyxDQUFDLEtBQUs7Z0JBQUUsSUFBSSxHQUFHLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxFQUFFLEVBQUUsQ0FBQyxDQUFDO1lBQzdDLElBQUksSUFBSSxLQUFLLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQztnQkFDekIsT0FBTyxHQUFHLFNBQVMsQ0FBQztnQkFDcEIsS0FBSyxHQUFHLE9BQU8sR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLE9BQU8sR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztnQkFDeEMsTUFBTTtZQUNSLENBQUM7WUFDRCxTQUFTLEdBQUcsT0FBTyxHQUFHLENBQUMsQ0FBQztRQUMxQixDQUFDO1FBQ0QsSUFBSSxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDYixNQUFNLEVBQUUsR0FBRyxJQUFJLE1BQU0sQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxDQUFDO1lBQzFDLEVBQUUsQ0FBQyxTQUFTLEdBQUcsQ0FBQyxDQUFDO1lBQ2pCLElBQUksQ0FBeUIsQ0FBQztZQUM5QixPQUFPLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLElBQUksT0FBTyxFQUFFLENBQUM7Z0JBQy9ELEtBQUssQ0FBQyxJQUFJLENBQUMsRUFBRSxFQUFFLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxFQUFFLEdBQUcsRUFBRSxDQUFDLENBQUMsS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLGlCQUFpQixFQUFFLFdBQVcsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLGFBQWEsQ0FBQyxDQUFDLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUMxSyxDQUFDO1FBQ0gsQ0FBQzthQUFNLENBQUM7WUFDTixJQUFJLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDdEcsQ0FBQztRQUNELENBQUMsR0FBRyxLQUFLLENBQUM7SUFDWixDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDO0FBRUQsU0FBUyxjQUFjLENBQUMsSUFBWSxFQUFFLElBQVksRUFBRSxFQUFVLEVBQUUsTUFBYyxFQUFFLEtBQW1CO0lBQ2pHLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTSxDQUFDLE1BQU0sQ0FBQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUM7SUFDMUMsRUFBRSxDQUFDLFNBQVMsR0FBRyxJQUFJLENBQUM7SUFDcEIsSUFBSSxDQUF5QixDQUFDO0lBQzlCLE9BQU8sQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxLQUFLLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sSUFBSSxFQUFFLEVBQUUsQ0FBQztRQUMxRCxLQUFLLENBQUMsSUFBSSxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxFQUFFLE9BQU8sRUFBRSxTQUFTLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDdkgsQ0FBQztBQUNILENBQUM7QUFFRCwrR0FBK0c7QUFDL0csTUFBTSxLQUFLLEdBQUcsMEJBQTBCLENBQUM7QUFFekM7OztHQUdHO0FBQ0gsU0FBZ0IsZUFBZSxDQUFDLEtBQWEsRUFBRSxPQUFxQjtJQUNsRSxRQUFRLE9BQU8sRUFBRSxDQUFDO1FBQ2hCLEtBQUssVUFBVTtZQUNiLE9BQU8sS0FBSyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsSUFBSSxLQUFLLENBQUMsT0FBTyxDQUFDLElBQUksRUFBRSxPQUFPLENBQUMsR0FBRyxDQUFDO1FBQ25HLEtBQUssUUFBUTtZQUNYLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQyxVQUFVLEVBQUUsTUFBTSxDQUFDLENBQUM7UUFDM0MsS0FBSyxjQUFjO1lBQ2pCLHVGQUF1RjtZQUN2RixtRkFBbUY7WUFDbkYsT0FBTyxVQUFVLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsV0FBVyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ2pGLEtBQUssY0FBYztZQUNqQixPQUFPLFNBQVMsQ0FBQztRQUNuQixLQUFLLFNBQVM7WUFDWixrRkFBa0Y7WUFDbEYsT0FBTyxRQUFRLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxPQUFPLENBQUMsU0FBUyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQzdFLEtBQUssUUFBUTtZQUNYLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQyxJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUM7UUFDdEMsS0FBSyxNQUFNO1lBQ1QsT0FBTyxLQUFLLENBQUMsT0FBTyxDQUFDLFFBQVEsRUFBRSxNQUFNLENBQUMsQ0FBQztRQUN6QyxLQUFLLGlCQUFpQixDQUFDO1FBQ3ZCLEtBQUssU0FBUztZQUNaLE9BQU8sUUFBUSxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUM7UUFDbEQsS0FBSyxVQUFVO1lBQ2IsT0FBTyxTQUFTLENBQUM7SUFDckIsQ0FBQztBQUNILENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFdoZXJlIGEgcGllY2Ugb2YgdGV4dCBzaXRzIGluIGEgYmFzaCBzY3JpcHQsIHNvIGEgcGFyYW1ldGVyIHZhbHVlIHN1YnN0aXR1dGVkIHRoZXJlIGNhbiBiZVxuICogd3JpdHRlbiBhcyBkYXRhOiBhIHF1b3RlZCB3b3JkLCBlc2NhcGVkIGZvciB0aGUgcXVvdGluZyBpdCBsYW5kcyBpbi4gVGhpcyBpcyBhIHNtYWxsIGxleGVyIGZvclxuICogdGhlIHBhcnRzIG9mIGJhc2ggdGhhdCBkZWNpZGUgcXVvdGluZyAocXVvdGVzLCBgJCguLi4pYCwgYCR7Li4ufWAsIGJhY2t0aWNrcywgaGVyZS1kb2N1bWVudHMsXG4gKiBjb21tZW50cyk7IGl0IGRvZXMgbm90IHJ1biBvciBmdWxseSBwYXJzZSB0aGUgc2NyaXB0LlxuICovXG5cbi8qKiBUaGUgcXVvdGluZyBhIHBvc2l0aW9uIG9mIGEgc2NyaXB0IGlzIGluLiAqL1xuZXhwb3J0IHR5cGUgU2hlbGxDb250ZXh0ID1cbiAgfCAndW5xdW90ZWQnIC8vIGEgcGxhaW4gd29yZCwgYWxzbyBpbnNpZGUgJCguLi4pLCAkKCguLi4pKSBhbmQgJHsuLi59IG91dHNpZGUgZG91YmxlIHF1b3Rlc1xuICB8ICdkb3VibGUnIC8vIGluc2lkZSBcIi4uLlwiXG4gIHwgJ2JyYWNlLWRvdWJsZScgLy8gaW5zaWRlICR7Li4ufSBpbnNpZGUgXCIuLi5cIiAoYmFzaCBiYWxhbmNlcyBzaW5nbGUgcXVvdGVzIHRoZXJlIGJ1dCBrZWVwcyB0aGVtKVxuICB8ICdicmFjZS1zaW5nbGUnIC8vIGluc2lkZSAnLi4uJyBpbnNpZGUgJHsuLi59IGluc2lkZSBcIi4uLlwiIChubyByZWxpYWJsZSBxdW90aW5nKVxuICB8ICdzaW5nbGUnIC8vIGluc2lkZSAnLi4uJ1xuICB8ICdhbnNpJyAvLyBpbnNpZGUgJCcuLi4nXG4gIHwgJ2JhY2t0aWNrJyAvLyBpbnNpZGUgYC4uLmBcbiAgfCAnaGVyZWRvYycgLy8gdGhlIGJvZHkgb2YgYSBoZXJlLWRvY3VtZW50IHdob3NlIGRlbGltaXRlciBpcyBub3QgcXVvdGVkIChleHBhbnNpb25zIGhhcHBlbilcbiAgfCAnaGVyZWRvYy1saXRlcmFsJyAvLyB0aGUgYm9keSBvZiBhIGhlcmUtZG9jdW1lbnQgd2hvc2UgZGVsaW1pdGVyIGlzIHF1b3RlZCAobm8gZXhwYW5zaW9uKVxuICB8ICdjb21tZW50JztcblxuLyoqIEEgbWFya2VyIGZvdW5kIGluIGEgc2NyaXB0LCB3aXRoIGl0cyBjb250ZXh0LiAqL1xuZXhwb3J0IGludGVyZmFjZSBNYXJrZXJTaXRlIHtcbiAgLyoqIFRoZSBtYXJrZXIncyBudW1iZXIgKHRoZSBmaXJzdCBjYXB0dXJlIGdyb3VwIG9mIHRoZSBtYXJrZXIgcGF0dGVybikuICovXG4gIHJlYWRvbmx5IGlkOiBudW1iZXI7XG4gIHJlYWRvbmx5IHN0YXJ0OiBudW1iZXI7XG4gIHJlYWRvbmx5IGVuZDogbnVtYmVyO1xuICByZWFkb25seSBjb250ZXh0OiBTaGVsbENvbnRleHQ7XG4gIC8qKiBUaGUgbWFya2VyIHN0YXJ0cyB0aGUgY29tbWFuZCdzIG5hbWUgKGl0IHdvdWxkIGNob29zZSB0aGUgcHJvZ3JhbSB0byBydW4pLiAqL1xuICByZWFkb25seSBjb21tYW5kTmFtZTogYm9vbGVhbjtcbiAgLyoqIEEgY29tbWFuZCB0aGF0IHJlYWRzIGl0cyBhcmd1bWVudCAob3IgaGVyZS1kb2N1bWVudCkgYXMgY29kZTogZXZhbCwgc2ggLWMsIHNlZCwgYXdrLCAuLi4gKi9cbiAgcmVhZG9ubHkgaW50ZXJwcmV0ZXI/OiBzdHJpbmc7XG59XG5cbnR5cGUgS2luZCA9ICd0b3AnIHwgJ2NtZCcgfCAnYXJpdGgnIHwgJ2RxJyB8ICdzcScgfCAnYW5zaScgfCAnYnEnIHwgJ2JyYWNlJyB8ICdoZCc7XG5cbmludGVyZmFjZSBGcmFtZSB7XG4gIGtpbmQ6IEtpbmQ7XG4gIC8qKiBQYXJlbnRoZXNpcyBkZXB0aCAoY21kLCBhcml0aCkgb3IgYnJhY2UgZGVwdGggKGJyYWNlKS4gKi9cbiAgZGVwdGg6IG51bWJlcjtcbiAgLyoqIEZvciB3b3JkLWxldmVsIGZyYW1lcyAodG9wLCBjbWQsIGFyaXRoKTogd2hlcmUgdGhlIGN1cnJlbnQgd29yZCBzdGFydGVkLCBvciAtMS4gKi9cbiAgd29yZEZyb206IG51bWJlcjtcbiAgLyoqIFdvcmRzIG9mIHRoZSBjdXJyZW50IHNpbXBsZSBjb21tYW5kIHNvIGZhciAocmF3IHRleHQpLiAqL1xuICB3b3Jkczogc3RyaW5nW107XG4gIC8qKiBBIGJyYWNlIGZyYW1lIG9wZW5lZCBpbnNpZGUgZG91YmxlIHF1b3Rlcy4gKi9cbiAgaW5Eb3VibGU/OiBib29sZWFuO1xufVxuXG5pbnRlcmZhY2UgUGVuZGluZ0hlcmVkb2Mge1xuICBkZWxpbWl0ZXI6IHN0cmluZztcbiAgc3RyaXA6IGJvb2xlYW47XG4gIHF1b3RlZDogYm9vbGVhbjtcbiAgd29yZHM6IHN0cmluZ1tdO1xufVxuXG4vKiogV29yZHMgdGhhdCBkbyBub3QgZW5kIHRoZSBzZWFyY2ggZm9yIGEgY29tbWFuZCdzIG5hbWUuICovXG5jb25zdCBQUkVGSVhfV09SRFMgPSBuZXcgU2V0KFsnaWYnLCAndGhlbicsICdkbycsICdlbHNlJywgJ2VsaWYnLCAnd2hpbGUnLCAndW50aWwnLCAnIScsICd7JywgJ3RpbWUnLCAnZXhlYycsICdjb21tYW5kJywgJ25vaHVwJywgJ2J1aWx0aW4nXSk7XG5cbi8qKiBJbnRlcnByZXRlcnMgdGhhdCBydW4gdGhlaXIgYXJndW1lbnQgb3Igc3RhbmRhcmQgaW5wdXQgYXMgY29kZS4gKi9cbmNvbnN0IENPREVfQVJHID0gL14oZXZhbHxzb3VyY2V8XFwufHhhcmdzfHBhcmFsbGVsfHNzaHx3YXRjaHxhd2t8Z2F3a3xtYXdrfG5hd2t8c2VkfGV4cGVjdHx0cmFwKSQvO1xuY29uc3QgU0hFTExTID0gL14oc2h8YmFzaHxkYXNofHpzaHxrc2h8bWtzaHxmaXNofGJ1c3lib3gpJC87XG5jb25zdCBTQ1JJUFRJTkcgPSAvXihweXRob25bMC05Ll0qfHBlcmx8cnVieXxub2RlfG5vZGVqc3xwaHB8bHVhfFJzY3JpcHR8Unx0Y2xzaHxvc2FzY3JpcHR8anEpJC87XG5cbmZ1bmN0aW9uIGJhc2Uod29yZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgdyA9IHdvcmQucmVwbGFjZSgvXltcIiddfFtcIiddJC9nLCAnJyk7XG4gIHJldHVybiB3LnNsaWNlKHcubGFzdEluZGV4T2YoJy8nKSArIDEpO1xufVxuXG4vKiogVGhlIGludGVycHJldGVyIGFtb25nIGEgc2ltcGxlIGNvbW1hbmQncyB3b3JkcyB0aGF0IHdvdWxkIHJlYWQgbGF0ZXIgd29yZHMgKG9yIHN0ZGluKSBhcyBjb2RlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGludGVycHJldGVyT2Yod29yZHM6IHN0cmluZ1tdLCBzdGRpbiA9IGZhbHNlKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgZm9yIChsZXQgaSA9IDA7IGkgPCB3b3Jkcy5sZW5ndGg7IGkrKykge1xuICAgIGNvbnN0IHcgPSBiYXNlKHdvcmRzW2ldKTtcbiAgICBpZiAoQ09ERV9BUkcudGVzdCh3KSkgcmV0dXJuIHc7XG4gICAgaWYgKC9eLShleGVjfGV4ZWNkaXJ8b2t8b2tkaXIpJC8udGVzdCh3b3Jkc1tpXSkgJiYgd29yZHMuc2xpY2UoMCwgaSkuc29tZSgoeCkgPT4gYmFzZSh4KSA9PT0gJ2ZpbmQnKSkgcmV0dXJuIGBmaW5kICR7d29yZHNbaV19YDtcbiAgICBpZiAoU0hFTExTLnRlc3QodykgfHwgU0NSSVBUSU5HLnRlc3QodykgfHwgdyA9PT0gJ3N1JyB8fCB3ID09PSAncnVudXNlcicgfHwgdyA9PT0gJ3N1ZG8nKSB7XG4gICAgICBpZiAoc3RkaW4gJiYgKFNIRUxMUy50ZXN0KHcpIHx8IFNDUklQVElORy50ZXN0KHcpKSkgcmV0dXJuIHc7XG4gICAgICBjb25zdCBmbGFncyA9IHdvcmRzLnNsaWNlKGkgKyAxKS5maWx0ZXIoKHgpID0+IC9eLVtBLVphLXpdKyQvLnRlc3QoeCkpO1xuICAgICAgaWYgKChTSEVMTFMudGVzdCh3KSB8fCB3ID09PSAnc3UnIHx8IHcgPT09ICdydW51c2VyJykgJiYgZmxhZ3Muc29tZSgoZikgPT4gZi5pbmNsdWRlcygnYycpKSkgcmV0dXJuIGAke3d9IC1jYDtcbiAgICAgIGlmIChTQ1JJUFRJTkcudGVzdCh3KSAmJiBmbGFncy5zb21lKChmKSA9PiAvW2NlXS8udGVzdChmKSkpIHJldHVybiBgJHt3fSAke2ZsYWdzLmZpbmQoKGYpID0+IC9bY2VdLy50ZXN0KGYpKX1gO1xuICAgICAgaWYgKHcgPT09ICdzdWRvJyAmJiBmbGFncy5zb21lKChmKSA9PiAvW3NpXS8udGVzdChmKSkpIHJldHVybiAnc3VkbyAtcyc7XG4gICAgfVxuICB9XG4gIHJldHVybiB1bmRlZmluZWQ7XG59XG5cbmZ1bmN0aW9uIGlzQXNzaWdubWVudCh3b3JkOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIC9eW0EtWmEtel9dW0EtWmEtejAtOV9dKihcXFtbXlxcXV0qXFxdKT9cXCs/PS8udGVzdCh3b3JkKTtcbn1cblxuLyoqXG4gKiBGaW5kcyBldmVyeSBtYXRjaCBvZiBgbWFya2VyYCAoYSBzdGlja3ktZnJlZSBnbG9iYWwgcGF0dGVybiB3aXRoIG9uZSBudW1lcmljIGNhcHR1cmUgZ3JvdXApXG4gKiBpbiBgdGV4dGAgYW5kIHRlbGxzIGl0cyBzaGVsbCBjb250ZXh0LlxuICovXG5leHBvcnQgZnVuY3Rpb24gc2NhblNoZWxsKHRleHQ6IHN0cmluZywgbWFya2VyOiBSZWdFeHApOiBNYXJrZXJTaXRlW10ge1xuICBjb25zdCBzaXRlczogTWFya2VyU2l0ZVtdID0gW107XG4gIHNjYW4odGV4dCwgMCwgdGV4dC5sZW5ndGgsIFt7IGtpbmQ6ICd0b3AnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfV0sIG1hcmtlciwgc2l0ZXMsIHVuZGVmaW5lZCk7XG4gIHJldHVybiBzaXRlcztcbn1cblxuZnVuY3Rpb24gc2Nhbih0ZXh0OiBzdHJpbmcsIGZyb206IG51bWJlciwgdG86IG51bWJlciwgc3RhY2s6IEZyYW1lW10sIG1hcmtlcjogUmVnRXhwLCBzaXRlczogTWFya2VyU2l0ZVtdLCBoZXJlZG9jV29yZHM6IHN0cmluZ1tdIHwgdW5kZWZpbmVkKTogdm9pZCB7XG4gIGNvbnN0IHBlbmRpbmc6IFBlbmRpbmdIZXJlZG9jW10gPSBbXTtcbiAgY29uc3QgdG9wID0gKCkgPT4gc3RhY2tbc3RhY2subGVuZ3RoIC0gMV07XG4gIGNvbnN0IHdvcmRGcmFtZSA9IChmOiBGcmFtZSkgPT4gZi5raW5kID09PSAndG9wJyB8fCBmLmtpbmQgPT09ICdjbWQnIHx8IGYua2luZCA9PT0gJ2FyaXRoJztcbiAgLy8gVGhlIGlubmVybW9zdCBmcmFtZSB0aGF0IGNvbGxlY3RzIHdvcmRzIChhIHF1b3RlZCBwYXJ0IGJlbG9uZ3MgdG8gdGhlIHdvcmQgYXJvdW5kIGl0KS5cbiAgY29uc3Qgd29yZE93bmVyID0gKCk6IEZyYW1lIHwgdW5kZWZpbmVkID0+IHtcbiAgICBmb3IgKGxldCBrID0gc3RhY2subGVuZ3RoIC0gMTsgayA+PSAwOyBrLS0pIGlmICh3b3JkRnJhbWUoc3RhY2tba10pKSByZXR1cm4gc3RhY2tba107XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfTtcbiAgY29uc3QgZW5kV29yZCA9IChmOiBGcmFtZSwgYXQ6IG51bWJlcikgPT4ge1xuICAgIGlmIChmLndvcmRGcm9tID49IDApIHtcbiAgICAgIGYud29yZHMucHVzaCh0ZXh0LnNsaWNlKGYud29yZEZyb20sIGF0KSk7XG4gICAgICBmLndvcmRGcm9tID0gLTE7XG4gICAgfVxuICB9O1xuICBjb25zdCBiZWdpbldvcmQgPSAoYXQ6IG51bWJlcikgPT4ge1xuICAgIGNvbnN0IGYgPSB3b3JkT3duZXIoKTtcbiAgICBpZiAoZiAmJiBmLndvcmRGcm9tIDwgMCkgZi53b3JkRnJvbSA9IGF0O1xuICB9O1xuICBjb25zdCBjb250ZXh0T2YgPSAoKTogU2hlbGxDb250ZXh0ID0+IHtcbiAgICBmb3IgKGxldCBrID0gc3RhY2subGVuZ3RoIC0gMTsgayA+PSAwOyBrLS0pIHtcbiAgICAgIGNvbnN0IGYgPSBzdGFja1trXTtcbiAgICAgIHN3aXRjaCAoZi5raW5kKSB7XG4gICAgICAgIGNhc2UgJ2RxJzogcmV0dXJuICdkb3VibGUnO1xuICAgICAgICBjYXNlICdzcSc6IHJldHVybiBmLmluRG91YmxlID8gJ2JyYWNlLXNpbmdsZScgOiAnc2luZ2xlJztcbiAgICAgICAgY2FzZSAnYW5zaSc6IHJldHVybiAnYW5zaSc7XG4gICAgICAgIGNhc2UgJ2JxJzogcmV0dXJuICdiYWNrdGljayc7XG4gICAgICAgIGNhc2UgJ2hkJzogcmV0dXJuICdoZXJlZG9jJztcbiAgICAgICAgY2FzZSAnYnJhY2UnOiByZXR1cm4gZi5pbkRvdWJsZSA/ICdicmFjZS1kb3VibGUnIDogJ3VucXVvdGVkJztcbiAgICAgICAgZGVmYXVsdDogcmV0dXJuICd1bnF1b3RlZCc7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiAndW5xdW90ZWQnO1xuICB9O1xuICBjb25zdCBtYXJrZXJSZSA9IG5ldyBSZWdFeHAobWFya2VyLnNvdXJjZSwgJ3knKTtcbiAgbGV0IGkgPSBmcm9tO1xuICB3aGlsZSAoaSA8IHRvKSB7XG4gICAgbWFya2VyUmUubGFzdEluZGV4ID0gaTtcbiAgICBjb25zdCBtID0gbWFya2VyUmUuZXhlYyh0ZXh0KTtcbiAgICBjb25zdCBmID0gdG9wKCk7XG4gICAgaWYgKG0gJiYgbS5pbmRleCArIG1bMF0ubGVuZ3RoIDw9IHRvKSB7XG4gICAgICBjb25zdCBvd25lciA9IHdvcmRPd25lcigpO1xuICAgICAgY29uc3QgaW5CYWNrdGljayA9IHN0YWNrLnNvbWUoKHgpID0+IHgua2luZCA9PT0gJ2JxJyk7XG4gICAgICBjb25zdCBjb250ZXh0ID0gaW5CYWNrdGljayA/ICdiYWNrdGljaycgOiBjb250ZXh0T2YoKTtcbiAgICAgIGNvbnN0IHdvcmRTb0ZhciA9IG93bmVyICYmIG93bmVyLndvcmRGcm9tID49IDAgPyB0ZXh0LnNsaWNlKG93bmVyLndvcmRGcm9tLCBpKS5yZXBsYWNlKC9bXCInJF0vZywgJycpIDogJyc7XG4gICAgICBjb25zdCBjb21tYW5kTmFtZSA9IG93bmVyICE9PSB1bmRlZmluZWQgJiYgb3duZXIua2luZCAhPT0gJ2FyaXRoJyAmJiB3b3JkU29GYXIgPT09ICcnICYmIGNvbnRleHQgIT09ICdoZXJlZG9jJ1xuICAgICAgICAmJiBvd25lci53b3Jkcy5ldmVyeSgodykgPT4gUFJFRklYX1dPUkRTLmhhcyh3KSB8fCBpc0Fzc2lnbm1lbnQodykpO1xuICAgICAgY29uc3Qgd29yZHMgPSBvd25lciA/IFsuLi5vd25lci53b3JkcywgLi4uKG93bmVyLndvcmRGcm9tID49IDAgPyBbdGV4dC5zbGljZShvd25lci53b3JkRnJvbSwgaSldIDogW10pXSA6IFtdO1xuICAgICAgY29uc3QgaW50ZXJwcmV0ZXIgPSBjb250ZXh0ID09PSAnaGVyZWRvYycgfHwgY29udGV4dCA9PT0gJ2hlcmVkb2MtbGl0ZXJhbCdcbiAgICAgICAgPyAoaGVyZWRvY1dvcmRzID8gaW50ZXJwcmV0ZXJPZihoZXJlZG9jV29yZHMsIHRydWUpIDogdW5kZWZpbmVkKVxuICAgICAgICA6IGludGVycHJldGVyT2Yod29yZHMpO1xuICAgICAgc2l0ZXMucHVzaCh7IGlkOiBOdW1iZXIobVsxXSksIHN0YXJ0OiBpLCBlbmQ6IGkgKyBtWzBdLmxlbmd0aCwgY29udGV4dCwgY29tbWFuZE5hbWUsIGludGVycHJldGVyIH0pO1xuICAgICAgYmVnaW5Xb3JkKGkpO1xuICAgICAgaSArPSBtWzBdLmxlbmd0aDtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBjb25zdCBjID0gdGV4dFtpXTtcbiAgICBjb25zdCBuZXh0ID0gdGV4dFtpICsgMV07XG4gICAgc3dpdGNoIChmLmtpbmQpIHtcbiAgICAgIGNhc2UgJ3NxJzpcbiAgICAgICAgaWYgKGMgPT09IFwiJ1wiKSBzdGFjay5wb3AoKTtcbiAgICAgICAgaSsrO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIGNhc2UgJ2Fuc2knOlxuICAgICAgICBpZiAoYyA9PT0gJ1xcXFwnKSB7aSArPSAyO30gZWxzZSB7XG4gICAgICAgICAgaWYgKGMgPT09IFwiJ1wiKSBzdGFjay5wb3AoKTtcbiAgICAgICAgICBpKys7XG4gICAgICAgIH1cbiAgICAgICAgY29udGludWU7XG4gICAgICBjYXNlICdkcSc6XG4gICAgICBjYXNlICdoZCc6XG4gICAgICAgIGlmIChjID09PSAnXFxcXCcpIHtcbiAgICAgICAgICBpICs9IDI7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICdcIicgJiYgZi5raW5kID09PSAnZHEnKSB7XG4gICAgICAgICAgc3RhY2sucG9wKCk7XG4gICAgICAgICAgaSsrO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGlmIChjID09PSAnYCcpIHtcbiAgICAgICAgICBzdGFjay5wdXNoKHsga2luZDogJ2JxJywgZGVwdGg6IDAsIHdvcmRGcm9tOiAtMSwgd29yZHM6IFtdIH0pO1xuICAgICAgICAgIGkrKztcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoYyA9PT0gJyQnKSB7XG4gICAgICAgICAgaSA9IG9wZW5Eb2xsYXIodGV4dCwgaSwgc3RhY2ssIHRydWUpO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGkrKztcbiAgICAgICAgY29udGludWU7XG4gICAgICBjYXNlICdicSc6XG4gICAgICAgIGlmIChjID09PSAnXFxcXCcpIHtcbiAgICAgICAgICBpICs9IDI7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICdgJykge1xuICAgICAgICAgIHN0YWNrLnBvcCgpO1xuICAgICAgICAgIGkrKztcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoYyA9PT0gXCInXCIpIHN0YWNrLnB1c2goeyBraW5kOiAnc3EnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7XG4gICAgICAgIGVsc2UgaWYgKGMgPT09ICdcIicpIHN0YWNrLnB1c2goeyBraW5kOiAnZHEnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7XG4gICAgICAgIGkrKztcbiAgICAgICAgY29udGludWU7XG4gICAgICBjYXNlICdicmFjZSc6XG4gICAgICAgIGlmIChjID09PSAnXFxcXCcpIHtcbiAgICAgICAgICBpICs9IDI7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICd7Jykge2YuZGVwdGgrKzt9IGVsc2UgaWYgKGMgPT09ICd9Jykge1xuICAgICAgICAgIGlmIChmLmRlcHRoID09PSAwKSB7XG4gICAgICAgICAgICBzdGFjay5wb3AoKTtcbiAgICAgICAgICAgIGkrKztcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBmLmRlcHRoLS07XG4gICAgICAgIH0gZWxzZSBpZiAoYyA9PT0gJ1wiJykge3N0YWNrLnB1c2goeyBraW5kOiAnZHEnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7fSBlbHNlIGlmIChjID09PSBcIidcIiAmJiAhZi5pbkRvdWJsZSkge3N0YWNrLnB1c2goeyBraW5kOiAnc3EnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7fSBlbHNlIGlmIChjID09PSAnYCcpIHtzdGFjay5wdXNoKHsga2luZDogJ2JxJywgZGVwdGg6IDAsIHdvcmRGcm9tOiAtMSwgd29yZHM6IFtdIH0pO30gZWxzZSBpZiAoYyA9PT0gJyQnKSB7XG4gICAgICAgICAgaSA9IG9wZW5Eb2xsYXIodGV4dCwgaSwgc3RhY2ssICEhZi5pbkRvdWJsZSk7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaSsrO1xuICAgICAgICBjb250aW51ZTtcbiAgICAgIGRlZmF1bHQ6IHtcbiAgICAgICAgLy8gdG9wLCBjbWQsIGFyaXRoOiB3b3Jkcywgb3BlcmF0b3JzLCBxdW90ZXMuXG4gICAgICAgIGlmIChjID09PSAnXFxcXCcpIHtcbiAgICAgICAgICBpZiAobmV4dCA9PT0gJ1xcbicpIHtcbiAgICAgICAgICAgIGkgKz0gMjtcbiAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgIH1cbiAgICAgICAgICBiZWdpbldvcmQoaSk7XG4gICAgICAgICAgaSArPSAyO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGlmIChjID09PSAnICcgfHwgYyA9PT0gJ1xcdCcpIHtcbiAgICAgICAgICBlbmRXb3JkKGYsIGkpO1xuICAgICAgICAgIGkrKztcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoYyA9PT0gJ1xcbicpIHtcbiAgICAgICAgICBlbmRXb3JkKGYsIGkpO1xuICAgICAgICAgIGYud29yZHMgPSBbXTtcbiAgICAgICAgICBpKys7XG4gICAgICAgICAgaWYgKHBlbmRpbmcubGVuZ3RoKSBpID0gcmVhZEhlcmVkb2NzKHRleHQsIGksIHRvLCBwZW5kaW5nLnNwbGljZSgwKSwgbWFya2VyLCBzaXRlcyk7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICcjJyAmJiBmLndvcmRGcm9tIDwgMCkge1xuICAgICAgICAgIGNvbnN0IG5sID0gdGV4dC5pbmRleE9mKCdcXG4nLCBpKTtcbiAgICAgICAgICBjb25zdCBlbmQgPSBubCA8IDAgfHwgbmwgPiB0byA/IHRvIDogbmw7XG4gICAgICAgICAgY29tbWVudE1hcmtlcnModGV4dCwgaSwgZW5kLCBtYXJrZXIsIHNpdGVzKTtcbiAgICAgICAgICBpID0gZW5kO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGlmIChjID09PSAnOycgfHwgYyA9PT0gJyYnIHx8IGMgPT09ICd8Jykge1xuICAgICAgICAgIGVuZFdvcmQoZiwgaSk7XG4gICAgICAgICAgZi53b3JkcyA9IFtdO1xuICAgICAgICAgIGkrKztcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoYyA9PT0gJygnKSB7XG4gICAgICAgICAgZW5kV29yZChmLCBpKTtcbiAgICAgICAgICBpZiAoZi5raW5kICE9PSAndG9wJykgZi5kZXB0aCsrO1xuICAgICAgICAgIGlmIChmLmtpbmQgIT09ICdhcml0aCcpIGYud29yZHMgPSBbXTtcbiAgICAgICAgICBpKys7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICcpJykge1xuICAgICAgICAgIGVuZFdvcmQoZiwgaSk7XG4gICAgICAgICAgaWYgKGYua2luZCA9PT0gJ2NtZCcgfHwgZi5raW5kID09PSAnYXJpdGgnKSB7XG4gICAgICAgICAgICBpZiAoZi5kZXB0aCA9PT0gMCkge1xuICAgICAgICAgICAgICBzdGFjay5wb3AoKTtcbiAgICAgICAgICAgICAgaSArPSBmLmtpbmQgPT09ICdhcml0aCcgJiYgbmV4dCA9PT0gJyknID8gMiA6IDE7XG4gICAgICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICAgICAgfVxuICAgICAgICAgICAgZi5kZXB0aC0tO1xuICAgICAgICAgIH1cbiAgICAgICAgICBpKys7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaWYgKGMgPT09ICc8JyAmJiBuZXh0ID09PSAnPCcgJiYgdGV4dFtpICsgMl0gIT09ICc8JyAmJiBmLmtpbmQgIT09ICdhcml0aCcpIHtcbiAgICAgICAgICBlbmRXb3JkKGYsIGkpO1xuICAgICAgICAgIGNvbnN0IGggPSByZWFkRGVsaW1pdGVyKHRleHQsIGkgKyAyLCB0byk7XG4gICAgICAgICAgaWYgKGgpIHtcbiAgICAgICAgICAgIHBlbmRpbmcucHVzaCh7IC4uLmguZG9jLCB3b3JkczogWy4uLmYud29yZHNdIH0pO1xuICAgICAgICAgICAgaSA9IGguZW5kO1xuICAgICAgICAgICAgY29udGludWU7XG4gICAgICAgICAgfVxuICAgICAgICAgIGkgKz0gMjtcbiAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgfVxuICAgICAgICBpZiAoYyA9PT0gJzwnIHx8IGMgPT09ICc+Jykge1xuICAgICAgICAgIGVuZFdvcmQoZiwgaSk7XG4gICAgICAgICAgaSsrO1xuICAgICAgICAgIGNvbnRpbnVlO1xuICAgICAgICB9XG4gICAgICAgIGJlZ2luV29yZChpKTtcbiAgICAgICAgaWYgKGMgPT09IFwiJ1wiKSB7c3RhY2sucHVzaCh7IGtpbmQ6ICdzcScsIGRlcHRoOiAwLCB3b3JkRnJvbTogLTEsIHdvcmRzOiBbXSB9KTt9IGVsc2UgaWYgKGMgPT09ICdcIicpIHtzdGFjay5wdXNoKHsga2luZDogJ2RxJywgZGVwdGg6IDAsIHdvcmRGcm9tOiAtMSwgd29yZHM6IFtdIH0pO30gZWxzZSBpZiAoYyA9PT0gJ2AnKSB7c3RhY2sucHVzaCh7IGtpbmQ6ICdicScsIGRlcHRoOiAwLCB3b3JkRnJvbTogLTEsIHdvcmRzOiBbXSB9KTt9IGVsc2UgaWYgKGMgPT09ICckJykge1xuICAgICAgICAgIGkgPSBvcGVuRG9sbGFyKHRleHQsIGksIHN0YWNrLCBmYWxzZSk7XG4gICAgICAgICAgY29udGludWU7XG4gICAgICAgIH1cbiAgICAgICAgaSsrO1xuICAgICAgfVxuICAgIH1cbiAgfVxuICBmb3IgKGNvbnN0IGYgb2Ygc3RhY2spIGlmICh3b3JkRnJhbWUoZikpIGVuZFdvcmQoZiwgdG8pO1xufVxuXG4vKiogT3BlbnMgdGhlIGZyYW1lIGEgYCRgIHN0YXJ0cywgcmV0dXJuaW5nIHRoZSBpbmRleCBhZnRlciB0aGUgb3BlbmVyLiAqL1xuZnVuY3Rpb24gb3BlbkRvbGxhcih0ZXh0OiBzdHJpbmcsIGk6IG51bWJlciwgc3RhY2s6IEZyYW1lW10sIGluRG91YmxlOiBib29sZWFuKTogbnVtYmVyIHtcbiAgY29uc3QgbjEgPSB0ZXh0W2kgKyAxXTtcbiAgaWYgKG4xID09PSAnKCcgJiYgdGV4dFtpICsgMl0gPT09ICcoJykge1xuICAgIHN0YWNrLnB1c2goeyBraW5kOiAnYXJpdGgnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7XG4gICAgcmV0dXJuIGkgKyAzO1xuICB9XG4gIGlmIChuMSA9PT0gJygnKSB7XG4gICAgc3RhY2sucHVzaCh7IGtpbmQ6ICdjbWQnLCBkZXB0aDogMCwgd29yZEZyb206IC0xLCB3b3JkczogW10gfSk7XG4gICAgcmV0dXJuIGkgKyAyO1xuICB9XG4gIGlmIChuMSA9PT0gJ3snKSB7XG4gICAgc3RhY2sucHVzaCh7IGtpbmQ6ICdicmFjZScsIGRlcHRoOiAwLCB3b3JkRnJvbTogLTEsIHdvcmRzOiBbXSwgaW5Eb3VibGUgfSk7XG4gICAgcmV0dXJuIGkgKyAyO1xuICB9XG4gIGlmIChuMSA9PT0gXCInXCIgJiYgIWluRG91YmxlKSB7XG4gICAgc3RhY2sucHVzaCh7IGtpbmQ6ICdhbnNpJywgZGVwdGg6IDAsIHdvcmRGcm9tOiAtMSwgd29yZHM6IFtdIH0pO1xuICAgIHJldHVybiBpICsgMjtcbiAgfVxuICBpZiAobjEgPT09ICdcIicgJiYgIWluRG91YmxlKSB7XG4gICAgc3RhY2sucHVzaCh7IGtpbmQ6ICdkcScsIGRlcHRoOiAwLCB3b3JkRnJvbTogLTEsIHdvcmRzOiBbXSB9KTtcbiAgICByZXR1cm4gaSArIDI7XG4gIH1cbiAgcmV0dXJuIGkgKyAxO1xufVxuXG5mdW5jdGlvbiByZWFkRGVsaW1pdGVyKHRleHQ6IHN0cmluZywgaTogbnVtYmVyLCB0bzogbnVtYmVyKTogeyBkb2M6IE9taXQ8UGVuZGluZ0hlcmVkb2MsICd3b3Jkcyc+OyBlbmQ6IG51bWJlciB9IHwgdW5kZWZpbmVkIHtcbiAgbGV0IGogPSBpO1xuICBsZXQgc3RyaXAgPSBmYWxzZTtcbiAgaWYgKHRleHRbal0gPT09ICctJykge1xuICAgIHN0cmlwID0gdHJ1ZTtcbiAgICBqKys7XG4gIH1cbiAgd2hpbGUgKGogPCB0byAmJiAodGV4dFtqXSA9PT0gJyAnIHx8IHRleHRbal0gPT09ICdcXHQnKSkgaisrO1xuICBsZXQgcmF3ID0gJyc7XG4gIGxldCBxdW90ZWQgPSBmYWxzZTtcbiAgbGV0IGRlbGltaXRlciA9ICcnO1xuICB3aGlsZSAoaiA8IHRvICYmICEvW1xcczsmfDw+KCldLy50ZXN0KHRleHRbal0pKSB7XG4gICAgY29uc3QgY2ggPSB0ZXh0W2pdO1xuICAgIGlmIChjaCA9PT0gXCInXCIgfHwgY2ggPT09ICdcIicpIHtcbiAgICAgIHF1b3RlZCA9IHRydWU7XG4gICAgICBjb25zdCBjbG9zZSA9IHRleHQuaW5kZXhPZihjaCwgaiArIDEpO1xuICAgICAgaWYgKGNsb3NlIDwgMCB8fCBjbG9zZSA+PSB0bykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgICAgIGRlbGltaXRlciArPSB0ZXh0LnNsaWNlKGogKyAxLCBjbG9zZSk7XG4gICAgICByYXcgKz0gdGV4dC5zbGljZShqLCBjbG9zZSArIDEpO1xuICAgICAgaiA9IGNsb3NlICsgMTtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBpZiAoY2ggPT09ICdcXFxcJykge1xuICAgICAgcXVvdGVkID0gdHJ1ZTtcbiAgICAgIGRlbGltaXRlciArPSB0ZXh0W2ogKyAxXSA/PyAnJztcbiAgICAgIHJhdyArPSB0ZXh0LnNsaWNlKGosIGogKyAyKTtcbiAgICAgIGogKz0gMjtcbiAgICAgIGNvbnRpbnVlO1xuICAgIH1cbiAgICBkZWxpbWl0ZXIgKz0gY2g7XG4gICAgcmF3ICs9IGNoO1xuICAgIGorKztcbiAgfVxuICBpZiAoIWRlbGltaXRlcikgcmV0dXJuIHVuZGVmaW5lZDtcbiAgcmV0dXJuIHsgZG9jOiB7IGRlbGltaXRlciwgc3RyaXAsIHF1b3RlZCB9LCBlbmQ6IGogfTtcbn1cblxuLyoqIFJlYWRzIGhlcmUtZG9jdW1lbnQgYm9kaWVzIHN0YXJ0aW5nIGF0IGBpYCAoanVzdCBhZnRlciB0aGUgbmV3bGluZSk7IHJldHVybnMgd2hlcmUgdGhlIHNjcmlwdCBjb250aW51ZXMuICovXG5mdW5jdGlvbiByZWFkSGVyZWRvY3ModGV4dDogc3RyaW5nLCBpOiBudW1iZXIsIHRvOiBudW1iZXIsIGRvY3M6IFBlbmRpbmdIZXJlZG9jW10sIG1hcmtlcjogUmVnRXhwLCBzaXRlczogTWFya2VyU2l0ZVtdKTogbnVtYmVyIHtcbiAgZm9yIChjb25zdCBkIG9mIGRvY3MpIHtcbiAgICBsZXQgbGluZVN0YXJ0ID0gaTtcbiAgICBsZXQgYm9keUVuZCA9IHRvO1xuICAgIGxldCBhZnRlciA9IHRvO1xuICAgIHdoaWxlIChsaW5lU3RhcnQgPCB0bykge1xuICAgICAgY29uc3QgbmwgPSB0ZXh0LmluZGV4T2YoJ1xcbicsIGxpbmVTdGFydCk7XG4gICAgICBjb25zdCBsaW5lRW5kID0gbmwgPCAwIHx8IG5sID4gdG8gPyB0byA6IG5sO1xuICAgICAgbGV0IGxpbmUgPSB0ZXh0LnNsaWNlKGxpbmVTdGFydCwgbGluZUVuZCk7XG4gICAgICBpZiAoZC5zdHJpcCkgbGluZSA9IGxpbmUucmVwbGFjZSgvXlxcdCsvLCAnJyk7XG4gICAgICBpZiAobGluZSA9PT0gZC5kZWxpbWl0ZXIpIHtcbiAgICAgICAgYm9keUVuZCA9IGxpbmVTdGFydDtcbiAgICAgICAgYWZ0ZXIgPSBsaW5lRW5kIDwgdG8gPyBsaW5lRW5kICsgMSA6IHRvO1xuICAgICAgICBicmVhaztcbiAgICAgIH1cbiAgICAgIGxpbmVTdGFydCA9IGxpbmVFbmQgKyAxO1xuICAgIH1cbiAgICBpZiAoZC5xdW90ZWQpIHtcbiAgICAgIGNvbnN0IHJlID0gbmV3IFJlZ0V4cChtYXJrZXIuc291cmNlLCAnZycpO1xuICAgICAgcmUubGFzdEluZGV4ID0gaTtcbiAgICAgIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICAgICAgd2hpbGUgKChtID0gcmUuZXhlYyh0ZXh0KSkgJiYgbS5pbmRleCArIG1bMF0ubGVuZ3RoIDw9IGJvZHlFbmQpIHtcbiAgICAgICAgc2l0ZXMucHVzaCh7IGlkOiBOdW1iZXIobVsxXSksIHN0YXJ0OiBtLmluZGV4LCBlbmQ6IG0uaW5kZXggKyBtWzBdLmxlbmd0aCwgY29udGV4dDogJ2hlcmVkb2MtbGl0ZXJhbCcsIGNvbW1hbmROYW1lOiBmYWxzZSwgaW50ZXJwcmV0ZXI6IGludGVycHJldGVyT2YoZC53b3JkcywgdHJ1ZSkgfSk7XG4gICAgICB9XG4gICAgfSBlbHNlIHtcbiAgICAgIHNjYW4odGV4dCwgaSwgYm9keUVuZCwgW3sga2luZDogJ2hkJywgZGVwdGg6IDAsIHdvcmRGcm9tOiAtMSwgd29yZHM6IFtdIH1dLCBtYXJrZXIsIHNpdGVzLCBkLndvcmRzKTtcbiAgICB9XG4gICAgaSA9IGFmdGVyO1xuICB9XG4gIHJldHVybiBpO1xufVxuXG5mdW5jdGlvbiBjb21tZW50TWFya2Vycyh0ZXh0OiBzdHJpbmcsIGZyb206IG51bWJlciwgdG86IG51bWJlciwgbWFya2VyOiBSZWdFeHAsIHNpdGVzOiBNYXJrZXJTaXRlW10pOiB2b2lkIHtcbiAgY29uc3QgcmUgPSBuZXcgUmVnRXhwKG1hcmtlci5zb3VyY2UsICdnJyk7XG4gIHJlLmxhc3RJbmRleCA9IGZyb207XG4gIGxldCBtOiBSZWdFeHBFeGVjQXJyYXkgfCBudWxsO1xuICB3aGlsZSAoKG0gPSByZS5leGVjKHRleHQpKSAmJiBtLmluZGV4ICsgbVswXS5sZW5ndGggPD0gdG8pIHtcbiAgICBzaXRlcy5wdXNoKHsgaWQ6IE51bWJlcihtWzFdKSwgc3RhcnQ6IG0uaW5kZXgsIGVuZDogbS5pbmRleCArIG1bMF0ubGVuZ3RoLCBjb250ZXh0OiAnY29tbWVudCcsIGNvbW1hbmROYW1lOiBmYWxzZSB9KTtcbiAgfVxufVxuXG4vKiogQ2hhcmFjdGVycyB0aGF0IG1lYW4gbm90aGluZyB0byB0aGUgc2hlbGwgaW4gYW4gdW5xdW90ZWQgd29yZCAobm8gZ2xvYmJpbmcsIG5vIGV4cGFuc2lvbiwgbm8gc3BsaXR0aW5nKS4gKi9cbmNvbnN0IElORVJUID0gL15bQS1aYS16MC05Xy4sOi89K0AlLV0rJC87XG5cbi8qKlxuICogV3JpdGVzIGEgdmFsdWUgZm9yIGEgY29udGV4dCBzbyB0aGUgc2hlbGwgcmVhZHMgaXQgYmFjayBhcyBleGFjdGx5IHRoYXQgdGV4dCwgYXMgZGF0YS5cbiAqIFJldHVybnMgdW5kZWZpbmVkIHdoZXJlIHRoYXQgY2Fubm90IGJlIGd1YXJhbnRlZWQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdW90ZUZvckNvbnRleHQodmFsdWU6IHN0cmluZywgY29udGV4dDogU2hlbGxDb250ZXh0KTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgc3dpdGNoIChjb250ZXh0KSB7XG4gICAgY2FzZSAndW5xdW90ZWQnOlxuICAgICAgcmV0dXJuIElORVJULnRlc3QodmFsdWUpICYmICF2YWx1ZS5zdGFydHNXaXRoKCd+JykgPyB2YWx1ZSA6IGAnJHt2YWx1ZS5yZXBsYWNlKC8nL2csIFwiJ1xcXFwnJ1wiKX0nYDtcbiAgICBjYXNlICdkb3VibGUnOlxuICAgICAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1tcXFxcJGBcIl0vZywgJ1xcXFwkJicpO1xuICAgIGNhc2UgJ2JyYWNlLWRvdWJsZSc6XG4gICAgICAvLyBiYXNoIGJhbGFuY2VzIHNpbmdsZSBxdW90ZXMgdGhlcmUsIGFuZCByZWFkcyBcIjwoXCIgYW5kIFwiPihcIiBhcyB0aGUgc3RhcnQgb2YgYSBwcm9jZXNzXG4gICAgICAvLyBzdWJzdGl0dXRpb24gd2hvc2UgXCIpXCIgaXQgdGhlbiBsb29rcyBmb3IgKG5vIGJhY2tzbGFzaCBoZWxwcyk6IGJvdGggYXJlIHJlZnVzZWQuXG4gICAgICByZXR1cm4gLyd8Wzw+XVxcKC8udGVzdCh2YWx1ZSkgPyB1bmRlZmluZWQgOiB2YWx1ZS5yZXBsYWNlKC9bXFxcXCRgXCJ9XS9nLCAnXFxcXCQmJyk7XG4gICAgY2FzZSAnYnJhY2Utc2luZ2xlJzpcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gICAgY2FzZSAnaGVyZWRvYyc6XG4gICAgICAvLyBBIGxpbmUgYnJlYWsgY291bGQgZW5kIHRoZSBoZXJlLWRvY3VtZW50IGVhcmx5IChhIGxpbmUgZXF1YWwgdG8gaXRzIGRlbGltaXRlcikuXG4gICAgICByZXR1cm4gL1tcXG5cXHJdLy50ZXN0KHZhbHVlKSA/IHVuZGVmaW5lZCA6IHZhbHVlLnJlcGxhY2UoL1tcXFxcJGBdL2csICdcXFxcJCYnKTtcbiAgICBjYXNlICdzaW5nbGUnOlxuICAgICAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoLycvZywgXCInXFxcXCcnXCIpO1xuICAgIGNhc2UgJ2Fuc2knOlxuICAgICAgcmV0dXJuIHZhbHVlLnJlcGxhY2UoL1tcXFxcJ10vZywgJ1xcXFwkJicpO1xuICAgIGNhc2UgJ2hlcmVkb2MtbGl0ZXJhbCc6XG4gICAgY2FzZSAnY29tbWVudCc6XG4gICAgICByZXR1cm4gL1tcXG5cXHJdLy50ZXN0KHZhbHVlKSA/IHVuZGVmaW5lZCA6IHZhbHVlO1xuICAgIGNhc2UgJ2JhY2t0aWNrJzpcbiAgICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cbiJdfQ==