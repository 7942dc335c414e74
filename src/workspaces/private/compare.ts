/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` depends on
 * the machine's locale (in Danish "aa" sorts after "z"), which would make id allocation and
 * lock files differ between maintainers.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
