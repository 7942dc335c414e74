import { ShellContext } from './shell-context';
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
    readonly sites: Array<{
        name: string;
        context: ShellContext;
    }>;
}
/**
 * Renders a template script (post_install, user_data, a service command). Values of the names
 * for which `isData` is true (free-text parameters, and variables built from them) are written
 * as data: a word quoted for the quoting they land in, so the shell never reads them as code.
 * Other names (choices, numbers, the author's own variables) are written as they are.
 * Where a value would still be read as code (the name of the command, inside backticks, an
 * argument of eval/sh -c/sed/awk, a here-document fed to an interpreter) a problem is returned.
 */
export declare function renderShellTemplate(text: string, values: Readonly<Record<string, string>>, isData: (name: string) => boolean): ShellRenderResult;
