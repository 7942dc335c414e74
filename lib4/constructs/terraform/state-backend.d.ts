import { TerraformStack } from './cdktf';
import { TerraformStateBackend } from '../../stacks/terraform/terraform-state-backend';
import { FieldReader } from '../../workspaces/private/fields';
/** Code of the warning a stack without a remote backend carries. */
export declare const LOCAL_STATE_WARNING = "cdk-research-workspaces:local-state";
/** The warning text (shown by `rws` and in the synthesis messages). */
export declare function localStateWarning(stackName: string): string;
/** Puts the backend block on the stack, or the local-state warning when there is none. */
export declare function applyStateBackend(stack: TerraformStack, backend: TerraformStateBackend | undefined): void;
/**
 * `state_backend:` of a lab file: exactly one of `s3: { bucket, key, region, kms_key_id,
 * dynamodb_table | use_lockfile, profile, role_arn }`, `kubernetes: { secret_suffix, namespace,
 * config_path, config_context }` or `local: { acknowledge_secrets_on_disk: true, path }`.
 * Problems (a missing KMS key, `encrypt: false`) are reported at the file's line.
 */
export declare function readStateBackend(r: FieldReader, d: any): TerraformStateBackend | undefined;
