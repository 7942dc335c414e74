import * as logs from 'aws-cdk-lib/aws-logs';
import { PermitSynthRequest, PermitSynthResult } from './permit-synth';
import { AirlockWorkspaceOptions } from '../constructs/aws/airlock-workspace';
import { JsonSchema } from '../workspaces/private/schemas/json-schema';
/** The JSON Schema of the AWS permit settings (`rws permit synth --backend aws --config <file>`). */
export declare const awsPermitSettingsSchema: () => JsonSchema;
interface AwsSettings extends AirlockWorkspaceOptions {
    readonly region?: string;
    readonly account?: string;
    readonly dataEventTrail?: boolean;
    readonly dashboard?: boolean;
    readonly trailLogRetention?: logs.RetentionDays;
}
/** Reads `--config` for AWS (every setting optional). Key files are relative to the config file. */
export declare function readAwsPermitConfig(file: string): AwsSettings;
/** Synthesizes `PermitStack` into the cloud assembly `<out>`. */
export declare function synthAwsPermit(req: PermitSynthRequest): PermitSynthResult;
export {};
