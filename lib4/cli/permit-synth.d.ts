import { Command, Context } from './command';
import { PermitProps } from '../workspaces/permit';
import { UserRegistry } from '../workspaces/users';
/**
 * `rws permit synth`: one permit's stack, synthesized in-process for a pipeline. The backends
 * (cdktf for Kubernetes and Proxmox, aws-cdk-lib for AWS) are loaded inside run(), one at a time,
 * so the other commands never load them.
 */
/** The backends a permit can be synthesized for. */
export declare const PERMIT_BACKENDS: readonly ["kubernetes", "proxmox", "aws"];
export type PermitBackend = typeof PERMIT_BACKENDS[number];
/** What a backend is asked to build. */
export interface PermitSynthRequest {
    /** The permit, status included. */
    readonly permit: PermitProps;
    /** Registry for uids. */
    readonly registry?: UserRegistry;
    /** The output folder (absolute). */
    readonly outdir: string;
    /** The backend settings file, as the user named it (relative paths stay relative in messages). */
    readonly configFile?: string;
    /** Audit timestamp. */
    readonly timestamp?: string;
    /**
     * AWS: the folder of templates aws-cdk-lib's CloudFormation validation found clean, so it is not
     * run on them again (none: the validation runs every time, unless CDK_VALIDATION=false).
     */
    readonly validationCache?: string;
}
/**
 * The validation cache of the CLI: RWS_VALIDATION_CACHE (a folder, or "off"), else
 * $XDG_CACHE_HOME/rws/cfn-validate, else ~/.cache/rws/cfn-validate.
 */
export declare function validationCacheDir(env: Record<string, string | undefined>): string | undefined;
/** What a backend built. */
export interface PermitSynthResult {
    /** `permit-<id>`. */
    readonly stack: string;
    /** Files written, the configuration or template first. */
    readonly files: string[];
    /** Every resource: Terraform addresses, or `<logical id> <type>` for CloudFormation. */
    readonly resources: string[];
    /** Resources protected from destruction (prevent_destroy, or DeletionPolicy Retain). */
    readonly protectedResources: string[];
    /** Resource type of each resource, in the order of `resources`. */
    readonly resourceTypes: string[];
    /** Warnings of the synthesis (annotations). */
    readonly warnings: string[];
    /** How to deploy it. */
    readonly next: string;
}
export declare const permitSynth: Command;
/**
 * Runs a synthesis with console.log/info/debug going to stderr: libraries that print must not
 * corrupt --json output on stdout.
 */
export declare function withConsoleOnStderr<T>(ctx: Context, fn: () => Promise<T>): Promise<T>;
/**
 * Runs a synthesis into `outdir`; when it fails and the folder did not exist before, the folder
 * (which then holds only what this run created) is removed, so bad input leaves nothing behind.
 */
export declare function synthInto<T>(outdir: string, fn: () => Promise<T>, given?: string): Promise<T>;
/**
 * The warnings and errors aws-cdk-lib recorded on a synthesized stack (annotations), each
 * prefixed with its construct path unless the message already starts with it.
 */
export declare function stackMessages(artifact: {
    readonly messages: ReadonlyArray<{
        id: string;
        level: string;
        entry: {
            data?: unknown;
        };
    }>;
}): {
    warnings: string[];
    errors: string[];
};
/** Counts of each resource type, most frequent first. */
export declare function countTypes(types: string[]): Array<[string, number]>;
