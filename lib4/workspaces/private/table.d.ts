/**
 * Renders rows as a plain-text table with a header rule. Columns of numbers, amounts ($1.20)
 * and ratios (2.5x) are right-aligned unless `align` says otherwise ('l' or 'r' per column).
 */
export declare function formatTable(headers: string[], rows: Array<Array<string | number | undefined>>, align?: string[]): string;
