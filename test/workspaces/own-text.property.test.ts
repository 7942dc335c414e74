import fc from 'fast-check';
import { FieldReader, ownText } from '../../src/workspaces/private/fields';
import { YamlSource } from '../../src/workspaces/private/yaml-source';

/**
 * Strings read from a file are copied off the parser's text (so a kept value does not keep the
 * whole file alive): the copy must be the same text for every string, including the ones a copy
 * through UTF-8 would change (lone surrogates from a double-quoted escape).
 */
describe('ownText', () => {
  test('gives back the same text for any string, lone surrogates included', () => {
    const units = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom('\ud800', '\udfff', 'a', '\u00e9', '\ud83d\ude00', '\0'), maxLength: 40 }),
    );
    fc.assert(fc.property(units, (s) => {
      expect(ownText(s)).toBe(s);
    }), { numRuns: 2000 });
  });

  test('values read through FieldReader from YAML equal the parsed values', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 13, maxLength: 80 });
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (values) => {
      const yaml = `one: ${JSON.stringify(values[0])}\nlist: ${JSON.stringify(values)}\n`;
      const src = new YamlSource(yaml, 'values.yaml');
      const r = new FieldReader(src, 'values.yaml');
      expect(r.str(src.data, 'one', [])).toBe(values[0]);
      expect(r.strList(src.data, 'list', [])).toEqual(values);
      expect(r.errors).toEqual([]);
    }), { numRuns: 300 });
  });
});
