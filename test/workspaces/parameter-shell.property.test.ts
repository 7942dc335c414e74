/**
 * Issue 13.6, as properties: a free-text parameter value written into a script by the renderer
 * comes back from bash as exactly that text, in every quoting context, and runs nothing. Values
 * come from an adversarial alphabet (shell syntax, quotes, newlines, globs, unicode); bash runs
 * each generated script in a folder with files a glob would match and a marker a command
 * substitution would create.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as fc from 'fast-check';
import { TemplateCatalog } from '../../src/workspaces/catalog';
import { renderShellTemplate } from '../../src/workspaces/private/shell-render';

const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-param-'));
const MARKER = path.join(WORK, 'pwned');
fs.writeFileSync(path.join(WORK, 'a b'), '');
fs.writeFileSync(path.join(WORK, 'file1'), '');

afterAll(() => fs.rmSync(WORK, { recursive: true, force: true }));

const HOSTILE = [';', '|', '&', '$', '(', ')', '`', "'", '"', '\n', '\\', ' ', '-', '*', '?', '[', ']', '{', '}', '~', '#', '!', '<', '>', '=', '%', '\t',
  'a', 'b', 'x', '0', '/', '.', 'é', 'ß', '日', '😀', '\u202e', '\u00a0', '\u2028'];
const CHUNKS = [`$(touch ${MARKER})`, `\`touch ${MARKER}\``, `; touch ${MARKER}`, `'; touch ${MARKER}; '`, `"; touch ${MARKER}; "`,
  `\nEOF\ntouch ${MARKER}\n`, '--checkpoint=1 --checkpoint-action=exec=id', '*', '${IFS}', '$HOME', '\\\'', "'\\''"];
const value = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.constantFrom(...CHUNKS), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 })
  .map((parts) => parts.join('').replace(/\0/g, ''));
/** Values the parameter check admits (and a leading "-"), to reach the renderer through the model. */
const admitted = fc.array(fc.constantFrom(...'abcXYZ019 _.,:/=+@%-'.split('')), { maxLength: 16 }).map((c) => c.join(''));

/** Lines of a script in every quoting context the renderer writes values into, with what bash should print for each. */
const SCRIPT = [
  'set -u',
  "printf '%s\\0' {{.v}}",
  "printf '%s\\0' \"d {{.v}} d\"",
  "printf '%s\\0' 's {{.v}} s'",
  "printf '%s\\0' $'a {{.v}} a'",
  "printf '%s\\0' \"$(printf '%s' {{.v}})\"",
  "printf '%s\\0' $(printf '%s' \"{{.v}}\" | od -An -tx1 | tr -d ' \\n')",
  'x={{.v}}; printf \'%s\\0\' "$x"',
  "printf '%s\\0' ${UNSET_VAR:-{{.v}}}",
  'cat <<EOF',
  'h {{.v}} h',
  'EOF',
  "printf '\\0'",
  '',
].join('\n');

function hex(s: string): string {
  return Buffer.from(s, 'utf8').toString('hex');
}

function expected(v: string): string[] {
  return [v, `d ${v} d`, `s ${v} s`, `a ${v} a`, v.replace(/\n+$/, ''), hex(v) || '', v, v, `h ${v} h\n`];
}

function runBash(script: string): string[] {
  const out = execFileSync('/bin/bash', ['-c', script], { cwd: WORK, env: { PATH: process.env.PATH, HOME: WORK, LC_ALL: 'C.UTF-8' }, encoding: 'utf8' });
  const parts = out.split('\0');
  parts.pop();
  return parts;
}

describe('parameter values in scripts are data (fast-check, bash)', () => {
  test('any value, in every quoting context, comes back from bash as itself and runs nothing', () => {
    fc.assert(fc.property(value, (v) => {
      const r = renderShellTemplate(SCRIPT, { v }, () => true);
      if (/[\n\r]/.test(v)) {
        // A line break could end the here-document early ("\nEOF\ntouch ..."): refused there.
        expect(r.problems.map((p) => p.code)).toEqual(['parameter-unquotable']);
        const rest = renderShellTemplate(SCRIPT.replace(/cat <<EOF\n.*\nEOF\n/, ''), { v }, () => true);
        expect(rest.problems).toEqual([]);
        expect(runBash(rest.text)).toEqual([...expected(v).slice(0, -1), '']);
      } else {
        expect(r.problems).toEqual([]);
        expect(runBash(r.text)).toEqual(expected(v));
      }
      expect(fs.existsSync(MARKER)).toBe(false);
    }), { numRuns: 150 });
  });

  test('inside "${VAR:-...}" a value comes back as itself; one with a single quote, "<(" or ">(" is refused', () => {
    // (found by this property in CI: "<(" there made bash look for a ")" to the end of the script)
    const tricky = fc.constantFrom('<(', '>(', 'a<(b', '<<(', '<(x)', '>(touch m)', '<)', '(', '$((', '\\<(');
    fc.assert(fc.property(fc.oneof(value, tricky), (v) => {
      const r = renderShellTemplate("printf '%s\\0' \"${UNSET_VAR:-{{.v}}}\"", { v }, () => true);
      if (/'|[<>]\(/.test(v)) {
        expect(r.problems.map((p) => p.code)).toEqual(['parameter-unquotable']);
      } else {
        expect(r.problems).toEqual([]);
        expect(runBash(r.text)).toEqual([v]);
        expect(fs.existsSync(MARKER)).toBe(false);
      }
    }), { numRuns: 200 });
  });

  test('in a plain word the value is either inert characters or one single-quoted word', () => {
    fc.assert(fc.property(value, (v) => {
      const r = renderShellTemplate('echo {{.v}}', { v }, () => true);
      const word = r.text.slice('echo '.length);
      if (/^[A-Za-z0-9_.,:/=+@%-]+$/.test(v)) expect(word).toBe(v);
      else expect(word).toBe(`'${v.split("'").join("'\\''")}'`);
    }), { numRuns: 500 });
  });

  test('where quoting cannot make a value data (a command name, backticks, eval, sh -c), the renderer refuses instead', () => {
    fc.assert(fc.property(value, fc.constantFrom('{{.v}} x', 'echo `echo {{.v}}`', 'eval "echo {{.v}}"', 'sh -c "echo {{.v}}"', 'bash <<EOF\necho {{.v}}\nEOF'), (v, line) => {
      expect(renderShellTemplate(line, { v }, () => true).problems.length).toBeGreaterThan(0);
    }), { numRuns: 100 });
  });
});

describe('through the template model (parameter checks, then rendering)', () => {
  const catalog = new TemplateCatalog();
  catalog.addYaml(`name: P\nslug: p\ndescription: d\nbase: debian-12\nparameters:\n  v: { type: string, default: x }\npost_install: |\n${SCRIPT.split('\n').map((l) => `  ${l}`).join('\n')}\n`, 'p.yml');

  test('a value is either refused with the parameter named, or reaches bash as itself; a leading "-" is always refused', () => {
    fc.assert(fc.property(fc.oneof(value, admitted), (v) => {
      let script: string | undefined;
      try {
        script = catalog.resolve('p', { v }).definition.postInstall;
      } catch (e: any) {
        expect(e.diagnostics?.[0]?.field).toBe('parameters.v');
        return;
      }
      expect(v.startsWith('-')).toBe(false);
      expect(runBash(script!)).toEqual(expected(v));
      expect(fs.existsSync(MARKER)).toBe(false);
    }), { numRuns: 200 });
    expect(() => catalog.resolve('p', { v: '--checkpoint=1 --checkpoint-action=exec=id' })).toThrow(/starts with "-"/);
  });
});
