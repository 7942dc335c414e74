/**
 * A small XML well-formedness check for the SVG the lab diagram writes (no XML parser is a
 * dependency of the project).
 */

/**
 * A small well-formedness check of an XML document: one root element, tags closed in order,
 * quoted attributes without `<` and unique per element, `&` only in entity references, nothing
 * but white space outside the root.
 */
export function checkWellFormedXml(text: string): void {
  const NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
  const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
  const fail = (i: number, what: string) => {
    throw new Error(`not well-formed XML at offset ${i} (line ${text.slice(0, i).split('\n').length}): ${what}: ${JSON.stringify(text.slice(i, i + 60))}`);
  };
  const checkText = (s: string, at: number) => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) if (!ENTITY.test(s.slice(k))) fail(at + k, 'bare &');
  };
  let i = 0;
  if (text.startsWith('<?xml')) {
    i = text.indexOf('?>') + 2;
    if (i < 2) fail(0, 'unterminated declaration');
  }
  const stack: string[] = [];
  let roots = 0;
  while (i < text.length) {
    if (text[i] !== '<') {
      const next = text.indexOf('<', i);
      const chunk = text.slice(i, next < 0 ? text.length : next);
      if (stack.length === 0 && chunk.trim() !== '') fail(i, 'text outside the root element');
      if (chunk.includes('>')) fail(i + chunk.indexOf('>'), 'bare >');
      checkText(chunk, i);
      i = next < 0 ? text.length : next;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) fail(i, 'unterminated comment');
      i = end + 3;
      continue;
    }
    if (text[i + 1] === '/') {
      const m = NAME.exec(text.slice(i + 2));
      if (!m) fail(i, 'bad end tag');
      const open = stack.pop();
      if (open !== m![0]) fail(i, `</${m![0]}> closes <${open}>`);
      const end = text.indexOf('>', i);
      if (text.slice(i + 2 + m![0].length, end).trim() !== '') fail(i, 'junk in end tag');
      i = end + 1;
      continue;
    }
    const m = NAME.exec(text.slice(i + 1));
    if (!m) fail(i, 'bad start tag');
    if (stack.length === 0) roots++;
    let j = i + 1 + m![0].length;
    const attrs = new Set<string>();
    for (;;) {
      while (/\s/.test(text[j])) j++;
      if (text.startsWith('/>', j)) {
        j += 2;
        break;
      }
      if (text[j] === '>') {
        stack.push(m![0]);
        j += 1;
        break;
      }
      const a = NAME.exec(text.slice(j));
      if (!a) fail(j, 'bad attribute name');
      if (attrs.has(a![0])) fail(j, `attribute ${a![0]} twice`);
      attrs.add(a![0]);
      j += a![0].length;
      if (text[j] !== '=') fail(j, 'attribute without =');
      const q = text[j + 1];
      if (q !== '"' && q !== '\'') fail(j, 'unquoted attribute');
      const end = text.indexOf(q, j + 2);
      if (end < 0) fail(j, 'unterminated attribute');
      const value = text.slice(j + 2, end);
      if (value.includes('<')) fail(j, '< in attribute');
      checkText(value, j + 2);
      j = end + 1;
    }
    i = j;
  }
  if (stack.length) fail(text.length, `unclosed <${stack[stack.length - 1]}>`);
  if (roots !== 1) fail(0, `${roots} root elements`);
}
