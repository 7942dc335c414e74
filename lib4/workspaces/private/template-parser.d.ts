import { Diagnostic } from '../errors';
import { TemplateDefinition, TemplateParameter } from '../template';
import { YamlSource } from './yaml-source';
/** Result of parsing one template file. */
export interface ParsedTemplate {
    readonly definition: TemplateDefinition;
    readonly warnings: Diagnostic[];
    readonly source?: YamlSource;
}
/** Turns a display name into a slug: `Rocky Linux 9 + Conda` becomes `rocky-linux-9-conda`. */
export declare function slugify(name: string): string;
/**
 * Parses a Prism-compatible template document. All problems in the file are reported
 * together in one error; unknown fields become warnings.
 */
export declare function parseTemplate(source: YamlSource): ParsedTemplate;
export declare function parseTemplateData(raw: unknown, label: string, source?: YamlSource): ParsedTemplate;
/** Characters a parameter value may contain: nothing a shell treats specially. */
export declare const SAFE_PARAMETER_VALUE: RegExp;
/** Why a template account may not have a system name. */
export declare function reservedUserMessage(name: string): string;
/** The fix for a reserved template account name. */
export declare function reservedUserFix(name: string): string;
/** The fix for a value refused for its leading dash. */
export declare function leadingDashFix(name: string): string;
/** Checks a value against a parameter; returns what is wrong, or undefined. */
export declare function checkParameterValue(p: TemplateParameter, value: string): string | undefined;
export { clean } from './clean';
