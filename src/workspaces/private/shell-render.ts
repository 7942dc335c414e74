import * as crypto from 'crypto';
import { renderGoTemplate } from './go-template';
import { quoteForContext, scanShell, ShellContext } from './shell-context';

/** A `{{.name}}` in a script whose value cannot be written there as data. */
export interface ShellRenderProblem {
  readonly code: string;
  readonly name: string;
  /** The action as written, e.g. `{{.archive}}`. */
  readonly snippet: string;
  readonly message: string;
  readonly fix: string;
}

/** Result of rendering a script. */
export interface ShellRenderResult {
  readonly text: string;
  readonly problems: ShellRenderProblem[];
  /** Each quoted substitution and the context it landed in (for tests and the linter). */
  readonly sites: Array<{ name: string; context: ShellContext }>;
}

/**
 * Renders a template script (post_install, user_data, a service command). Values of the names
 * for which `isData` is true (free-text parameters, and variables built from them) are written
 * as data: a word quoted for the quoting they land in, so the shell never reads them as code.
 * Other names (choices, numbers, the author's own variables) are written as they are.
 * Where a value would still be read as code (the name of the command, inside backticks, an
 * argument of eval/sh -c/sed/awk, a here-document fed to an interpreter) a problem is returned.
 */
export function renderShellTemplate(text: string, values: Readonly<Record<string, string>>, isData: (name: string) => boolean): ShellRenderResult {
  if (!text.includes('{{')) return { text, problems: [], sites: [] };
  const nonce = crypto.randomBytes(8).toString('hex');
  const subs: Array<{ name: string; value: string; snippet: string }> = [];
  const rendered = renderGoTemplate(text, values, (name, value, snippet) => {
    if (!isData(name)) return value;
    subs.push({ name, value, snippet });
    return `RWSQ${nonce}x${subs.length - 1}x`;
  });
  if (!subs.length) return { text: rendered, problems: [], sites: [] };
  const sites = scanShell(rendered, new RegExp(`RWSQ${nonce}x(\\d+)x`));
  const problems: ShellRenderProblem[] = [];
  const seen = new Set<string>();
  const report = (p: ShellRenderProblem) => {
    const k = `${p.code}|${p.name}`;
    if (!seen.has(k)) {
      seen.add(k);
      problems.push(p);
    }
  };
  let out = '';
  let last = 0;
  const used: Array<{ name: string; context: ShellContext }> = [];
  for (const site of sites.sort((a, b) => a.start - b.start)) {
    const s = subs[site.id];
    out += rendered.slice(last, site.start);
    last = site.end;
    used.push({ name: s.name, context: site.context });
    if (site.commandName) {
      report({
        code: 'parameter-as-command',
        name: s.name,
        snippet: s.snippet,
        message: `${s.snippet} is the name of a command: the value would choose the program that runs`,
        fix: `make ${s.name} a choice parameter (type: choice with the programs allowed), or write the command and pass ${s.snippet} as an argument`,
      });
    }
    if (site.interpreter) {
      report({
        code: 'parameter-as-code',
        name: s.name,
        snippet: s.snippet,
        message: `${s.snippet} is passed to ${site.interpreter}, which reads it as code`,
        fix: `pass the value as data instead (e.g. an environment variable: the script sees it as "$RWS_PARAM_${s.name}"), or make ${s.name} a choice parameter`,
      });
    }
    const q = quoteForContext(s.value, site.context);
    if (q === undefined) {
      report({
        code: site.context === 'backtick' ? 'parameter-in-backticks' : 'parameter-unquotable',
        name: s.name,
        snippet: s.snippet,
        message: site.context === 'backtick'
          ? `${s.snippet} is inside backticks, where a value cannot be quoted reliably`
          : `the value of ${s.name} cannot be written here as data (${site.context.startsWith('heredoc') || site.context === 'comment' ? 'it has a line break' : 'a quote, "<(" or ">(" inside ${...} within double quotes'})`,
        fix: site.context === 'backtick' ? 'use $(...) instead of backticks' : `use "$RWS_PARAM_${s.name}" in the script instead of ${s.snippet}`,
      });
      out += s.value;
    } else {
      out += q;
    }
  }
  out += rendered.slice(last);
  return { text: out, problems, sites: used };
}
