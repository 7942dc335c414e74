import { TerraformStack } from './cdktf';
import { PermitAuditRecord } from '../../workspaces/permit';
/**
 * Makes a permit's Terraform stack write its audit record (`audit.json`) beside `cdk.tf.json`,
 * with the resources actually synthesized and those protected by `prevent_destroy`.
 */
export declare function writeAuditRecordOnSynth(stack: TerraformStack, record: PermitAuditRecord): void;
