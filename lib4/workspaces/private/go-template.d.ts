/**
 * A small, safe subset of Go's text/template, enough for Prism templates:
 * `{{.name}}`, `{{if .flag}}`, `{{if eq .a "b"}}`, `{{if ne .a ""}}`, `{{if not .a}}`,
 * `{{else if ...}}`, `{{else}}`, `{{end}}` and the `{{-`/`-}}` whitespace trims.
 * Actions without a leading dot or keyword (`{{IDLE_THRESHOLD}}`) are left as they are:
 * Prism used them as placeholders of its own.
 */
/** Thrown for a template expression that cannot be rendered; `offset` points into the input. */
export declare class TemplateSyntaxError extends Error {
    readonly offset: number;
    readonly snippet: string;
    readonly fix: string;
    constructor(message: string, offset: number, snippet: string, fix: string);
}
/** Whether the text contains any `{{.x}}` or `{{if ...}}` action. */
export declare function hasActions(text: string): boolean;
/** Names referenced as `.name` anywhere in the text. */
export declare function referencedNames(text: string): string[];
/**
 * Renders `text` with `values`. Unknown names and unsupported actions throw a
 * TemplateSyntaxError naming the action.
 */
export declare function renderGoTemplate(text: string, values: Readonly<Record<string, string>>, substitute?: VarSubstitution): string;
/**
 * Decides the text written for a `{{.name}}` action (conditions still see the plain value):
 * used to write parameter values into scripts as quoted data.
 */
export type VarSubstitution = (name: string, value: string, snippet: string, offset: number) => string;
