/**
 * Where a piece of text sits in a bash script, so a parameter value substituted there can be
 * written as data: a quoted word, escaped for the quoting it lands in. This is a small lexer for
 * the parts of bash that decide quoting (quotes, `$(...)`, `${...}`, backticks, here-documents,
 * comments); it does not run or fully parse the script.
 */
/** The quoting a position of a script is in. */
export type ShellContext = 'unquoted' | 'double' | 'brace-double' | 'brace-single' | 'single' | 'ansi' | 'backtick' | 'heredoc' | 'heredoc-literal' | 'comment';
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
/** The interpreter among a simple command's words that would read later words (or stdin) as code. */
export declare function interpreterOf(words: string[], stdin?: boolean): string | undefined;
/**
 * Finds every match of `marker` (a sticky-free global pattern with one numeric capture group)
 * in `text` and tells its shell context.
 */
export declare function scanShell(text: string, marker: RegExp): MarkerSite[];
/**
 * Writes a value for a context so the shell reads it back as exactly that text, as data.
 * Returns undefined where that cannot be guaranteed.
 */
export declare function quoteForContext(value: string, context: ShellContext): string | undefined;
