/**
 * Renders rows as a plain-text table with a header rule. Columns of numbers, amounts ($1.20)
 * and ratios (2.5x) are right-aligned unless `align` says otherwise ('l' or 'r' per column).
 */
export function formatTable(headers: string[], rows: Array<Array<string | number | undefined>>, align?: string[]): string {
  const cells = rows.map((r) => r.map((c) => (c === undefined ? '-' : String(c))));
  const widths = headers.map((h, i) => cells.reduce((w, r) => Math.max(w, (r[i] ?? '').length), h.length));
  const numeric = headers.map((_, i) => (align?.[i] ? align[i] === 'r'
    : rows.length > 0 && rows.every((r) => r[i] === undefined || typeof r[i] === 'number' || /^[$]?\d[\d,]*(\.\d+)?[%x]?$/.test(String(r[i])))));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}
