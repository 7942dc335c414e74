/**
 * Orders strings by UTF-16 code units, the same on every machine. `localeCompare` depends on
 * the machine's locale (in Danish "aa" sorts after "z"), which would make id allocation and
 * lock files differ between maintainers.
 */
export declare function byCodePoint(a: string, b: string): number;
