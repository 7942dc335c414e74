import type { CloudFormationSettings } from './cloudformation';
import type { TerraformSettings } from './terraform';
import { Input } from '../command';
/**
 * Settings of `rws permit worker` and `rws permit api`: command-line options first, then
 * environment variables (RWS_*), then the `--config` file (YAML, snake_case keys), then defaults.
 */
/** The worker's modes. */
export declare const MODES: readonly ["synth", "plan", "apply"];
export type WorkerMode = typeof MODES[number];
/** Everything the worker runs with. */
export interface WorkerSettings {
    readonly amqpUrl: string;
    readonly redisUrl: string;
    readonly backend: 'kubernetes' | 'proxmox' | 'aws';
    readonly backendConfig?: string;
    readonly workdir: string;
    readonly mode: WorkerMode;
    readonly workerId: string;
    readonly prefix: string;
    readonly exchange: string;
    readonly statusExchange: string;
    readonly shards: number;
    readonly leaseMs: number;
    readonly maxAttempts: number;
    readonly backoffMs: number;
    readonly maxBackoffMs: number;
    readonly terraform: TerraformSettings;
    /** How `--backend aws` plans and applies (CloudFormation change sets). */
    readonly cloudformation: CloudFormationSettings;
    /** Folder of the permits' output release stores (`<dir>/<permitId>/`): where release events are applied. */
    readonly releasesDir?: string;
}
/** What the API runs with. */
export interface ApiSettings {
    readonly redisUrl: string;
    readonly port: number;
    readonly host: string;
    readonly tokenFile: string;
    readonly prefix: string;
    readonly secrets: SecretStoreSettings;
    /** Folder of the permits' output release stores (`<dir>/<permitId>/`), served read-only. */
    readonly releasesDir?: string;
}
/** Where `/connection` reads passwords at request time. */
export interface SecretStoreSettings {
    /** `file`: `<dir>/<permitId>/<username>`; `command`: run argv with {permitId} {username} {workspace}; `none`. */
    readonly kind: 'file' | 'command' | 'none';
    readonly dir?: string;
    readonly command?: string[];
}
/**
 * The file `--config` names (or RWS_CONFIG), read and checked against its schema
 * (settings-schema.ts: unknown keys and wrong shapes are errors with file:line:column); {} when none.
 */
export declare function readServiceFile(file: string | undefined): {
    data: any;
    dir: string;
};
/** Reads the worker's settings. */
export declare function workerSettings(input: Input, env: Record<string, string | undefined>): WorkerSettings;
/** Reads the API's settings. */
export declare function apiSettings(input: Input, env: Record<string, string | undefined>): ApiSettings;
