import { CloudFormationValidatePlugin, IPolicyValidationContext, PolicyValidationPluginReport } from 'aws-cdk-lib';
/**
 * aws-cdk-lib's built-in CloudFormation validation, run only for templates it has not already
 * found clean (issue 18). The engine (a WebAssembly build of CloudFormation Validate) costs about
 * 5 s of CPU and 330 MB in every process that starts it; a pipeline that synthesizes one permit per
 * event would pay that for every event although consecutive templates differ only in the permit's
 * id, event id and status.
 *
 * The key of a template is the SHA-256 of its text, normalized, together with aws-cdk-lib's
 * version (which ships the engine and its rules). Normalized means: each of the `volatile` strings
 * (the permit id, event id, statuses, timestamp), wherever it stands as a whole token, replaced by
 * a placeholder that keeps its length and character classes; the logical ids the template declares
 * and hex digests (12 digits or more) renamed in order of first appearance, keeping their shape
 * (they carry hashes of the stack name, so every permit has its own); gzip payloads in base64
 * replaced by their shape, and as `UserData` by a placeholder (the engine checks no length there). Two templates with one key are then one template up to a
 * consistent renaming that keeps every value's length and alphabet, and a template is valid or not
 * regardless of such names, so a hit means the engine would say the same again. Permits of one
 * status therefore share their keys (apart from structural differences such as the subnet a
 * workspace lands in). Only clean results (no violation at all) are
 * recorded; a template with any finding is validated, and reported, every time. When every
 * template of the synthesis hits, the engine is not started.
 *
 * The cache is a folder of empty files named by key. Whoever can write it can make the validation
 * skip a template, which then loses only CloudFormation Validate's warnings (the validation never
 * fails a synthesis): keep it private to the pipeline's user (it is created 0700).
 */
export declare class CachedCloudFormationValidation extends CloudFormationValidatePlugin {
    private readonly cacheDir;
    /**
     * The instance for a cache folder, one per process: its engine, once started, serves every
     * later synthesis of a long-running process (the permit worker) as aws-cdk-lib's own singleton does.
     */
    static forCache(cacheDir: string, volatile: string[]): CachedCloudFormationValidation;
    private static readonly instances;
    /** The values that vary between templates of one shape (set per synthesis). */
    volatile: string[];
    private constructor();
    /**
     * The engine's version, which aws-cdk-lib asks every plugin for at each synthesis (for the
     * report), and which loading the engine costs (about a sixth of a synthesis whose templates are
     * all in the cache). It is recorded in the cache folder beside the keys, named by aws-cdk-lib's
     * version (which ships the engine), and read from there afterwards.
     */
    get version(): string | undefined;
    /** The rule ids aws-cdk-lib's plugin reports: the engine's version (as the base class does). */
    get ruleIds(): string[] | undefined;
    validate(context: IPolicyValidationContext): PolicyValidationPluginReport;
    private engineVersion;
    /** The cache key of a template's text. */
    keyOf(text: string): string;
    /** A template's text with its names and volatile values replaced by their shapes (what the key hashes). */
    normalize(text: string): string;
}
