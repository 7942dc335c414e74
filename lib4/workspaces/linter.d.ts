import { Diagnostic, DiagnosticSeverity } from './errors';
import { WorkspacePolicy } from './policy';
import { TemplateDefinition } from './template';
/**
 * What the lab allows templates, for the rules that depend on it.
 */
export interface TemplateLintOptions {
    /**
     * The lab's policy: `allowed_privileged_groups` and `allowed_privileged_paths` turn the
     * matching privileged-group and privileged-write findings off.
     * @default - no privileged groups or paths are allowed
     */
    readonly policy?: WorkspacePolicy;
}
/**
 * A lint rule's identity and what it looks for.
 */
export interface LintRuleInfo {
    /** Rule id. */
    readonly id: string;
    /** Severity of its findings. */
    readonly severity: DiagnosticSeverity;
    /** What it finds. */
    readonly description: string;
}
/**
 * Checks templates for unsafe practice: clear-text credentials, unauthenticated services,
 * insecure downloads, world-writable paths and unpinned package channels. Every finding
 * names the file, line and the fix.
 */
export declare class TemplateLinter {
    /** The rules this linter applies. */
    static rules(): LintRuleInfo[];
    /** Lints a template file. Parse errors come back as findings too. */
    static lintFile(file: string, options?: TemplateLintOptions): Diagnostic[];
    /** Lints YAML text. */
    static lintYaml(yaml: string, sourceName: string, options?: TemplateLintOptions): Diagnostic[];
    /** Lints a parsed definition (locations are the definition's source without lines). */
    static lintDefinition(def: TemplateDefinition, options?: TemplateLintOptions): Diagnostic[];
    private constructor();
}
