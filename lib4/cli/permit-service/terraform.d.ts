/**
 * Terraform for the permit worker: init, plan with a saved plan file, the data-volume safety
 * check on `terraform show -json`, apply of exactly that plan, and the outputs. Real providers
 * in production (a plugin directory or CLI configuration given to it), simulated ones in tests.
 */
/** How the worker runs Terraform (config file `terraform:`; env RWS_TERRAFORM_*). */
export interface TerraformSettings {
    /** The binary. */
    readonly bin: string;
    /** TF_CLI_CONFIG_FILE: provider_installation (filesystem_mirror, dev_overrides), credentials. */
    readonly cliConfig?: string;
    /** `terraform init -plugin-dir=<dir>`: providers from a local folder, no registry. */
    readonly pluginDir?: string;
    /** Run `terraform init` before the first plan of a stack folder. */
    readonly init: boolean;
    /** Extra environment for Terraform and its providers. */
    readonly env: Record<string, string>;
    /** Seconds Terraform waits for the state lock. */
    readonly lockTimeoutSeconds: number;
    /** Seconds after which one Terraform command is killed (a transient failure). */
    readonly timeoutSeconds: number;
}
/** Resource types that hold a permit's data: deleting or replacing one destroys data. */
export declare const DATA_VOLUME_TYPES: readonly string[];
/** One planned change of a resource. */
export interface PlannedResourceChange {
    readonly address: string;
    readonly type: string;
    readonly actions: string[];
}
/** What a plan does, for the state, the audit stream and the API. */
export interface PlanSummary {
    readonly create: number;
    readonly update: number;
    readonly delete: number;
    readonly replace: number;
    readonly noop: number;
    readonly changes: PlannedResourceChange[];
}
/** A plan that changes nothing. */
export declare function emptySummary(): PlanSummary;
/** Reads `terraform show -json <plan>` output into a summary. */
export declare function summarizePlan(planJson: any): PlanSummary;
/**
 * The changes that would destroy data: a delete or replacement of a data-volume type, or of a
 * resource the last applied configuration protected (prevent_destroy). Empty when the permit
 * is being deleted (permit.deleted destroys everything by design).
 */
export declare function dataLossChanges(summary: PlanSummary, protectedAddresses: readonly string[], deleting: boolean): PlannedResourceChange[];
/** A Terraform command that failed: `transient` when worth retrying (timeout, lock, network). */
export declare class TerraformError extends Error {
    readonly transient: boolean;
    constructor(message: string, transient: boolean);
}
/**
 * The permit's stack could not be synthesized (its data or the backend settings: e.g. a backend
 * config file edited into an invalid one). Permanent: the permit is marked `synthesis-failed`.
 */
export declare class SynthesisError extends TerraformError {
    constructor(message: string);
}
/**
 * Terraform refused the plan itself: it would destroy resources protected with
 * `lifecycle.prevent_destroy` (a replacement counts: the old resource is destroyed). The worker
 * reports it as a refused plan, like its own data-loss check.
 */
export declare class ProtectedDestroyError extends TerraformError {
    readonly addresses: string[];
    constructor(message: string, addresses: string[]);
}
/** The addresses Terraform names in "Resource <address> has lifecycle.prevent_destroy set" errors. */
export declare function preventDestroyAddresses(message: string): string[];
/** Runs terraform with the settings' environment in `dir`; resolves stdout, rejects TerraformError. */
export declare function runTerraform(t: TerraformSettings, dir: string, args: string[], dataDir: string): Promise<string>;
/** The useful lines of a Terraform error (box drawing and dev_overrides warnings removed), on one line. */
export declare function cleanTerraformMessage(s: string): string;
/** What `planStack` found. */
export interface PlanResult {
    readonly summary: PlanSummary;
    readonly planFile: string;
}
/** init (once per folder, when configured) and plan into `<dir>/plan.bin`; returns its summary. */
export declare function planStack(t: TerraformSettings, dir: string): Promise<PlanResult>;
/** Applies exactly the saved plan and returns the stack's outputs, sensitive ones left out. */
export declare function applyPlan(t: TerraformSettings, dir: string, planFile: string): Promise<Record<string, unknown>>;
