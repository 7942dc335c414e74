"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LOCAL_STATE_WARNING = void 0;
exports.localStateWarning = localStateWarning;
exports.applyStateBackend = applyStateBackend;
exports.readStateBackend = readStateBackend;
const cdktf_1 = require("./cdktf");
const lab_schemas_1 = require("../../private/lab-schemas");
const terraform_state_backend_1 = require("../../stacks/terraform/terraform-state-backend");
const error_1 = require("../../workspaces/private/error");
const json_schema_1 = require("../../workspaces/private/schemas/json-schema");
/** Code of the warning a stack without a remote backend carries. */
exports.LOCAL_STATE_WARNING = 'cdk-research-workspaces:local-state';
/** The warning text (shown by `rws` and in the synthesis messages). */
function localStateWarning(stackName) {
    return `[${exports.LOCAL_STATE_WARNING}] ${stackName} keeps its Terraform state in a local file: the generated passwords and SSH keys `
        + 'will be stored there in CLEAR TEXT. Give the stack a remote, encrypted state backend (stateBackend: TerraformStateBackend.s3({ ..., kmsKeyId }) '
        + 'or .kubernetes({ secretSuffix })), or TerraformStateBackend.local({ acknowledgeSecretsOnDisk: true }) to accept it.';
}
/** Puts the backend block on the stack, or the local-state warning when there is none. */
function applyStateBackend(stack, backend) {
    if (!backend) {
        cdktf_1.Annotations.of(stack).addWarning(localStateWarning(stack.node.id));
        return;
    }
    new StateBackendBlock(stack, backend);
}
/**
 * The stack's `terraform { backend "<type>" { ... } }` block, as a cdktf backend (so that cdktf
 * does not add its default local one beside it).
 */
class StateBackendBlock extends cdktf_1.TerraformBackend {
    config;
    constructor(scope, backend) {
        super(scope, 'backend', backend.type);
        this.config = { ...backend.config };
    }
    getRemoteStateDataSource(_scope, _name, _fromStack) {
        throw new Error('cross-stack references through the state are not supported: pass values between stacks as variables');
    }
    synthesizeAttributes() {
        return { ...this.config };
    }
}
// The key lists are the state_backend schema's (src/private/lab-schemas.ts).
const BACKEND_KINDS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.stateBackendSchema)()));
const S3_KEYS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.stateBackendSchema)(), ['s3']));
const KUBERNETES_KEYS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.stateBackendSchema)(), ['kubernetes']));
const LOCAL_KEYS = (0, json_schema_1.lazy)(() => (0, json_schema_1.keysAt)((0, lab_schemas_1.stateBackendSchema)(), ['local']));
/**
 * `state_backend:` of a lab file: exactly one of `s3: { bucket, key, region, kms_key_id,
 * dynamodb_table | use_lockfile, profile, role_arn }`, `kubernetes: { secret_suffix, namespace,
 * config_path, config_context }` or `local: { acknowledge_secrets_on_disk: true, path }`.
 * Problems (a missing KMS key, `encrypt: false`) are reported at the file's line.
 */
function readStateBackend(r, d) {
    const m = r.mapping(d, 'state_backend', []);
    if (!m)
        return undefined;
    const at = ['state_backend'];
    r.unknownKeys(m, BACKEND_KINDS(), at);
    const kinds = Object.keys(m).filter((k) => BACKEND_KINDS().has(k));
    if (kinds.length !== 1) {
        r.error(at, 'invalid-state-backend', 'give exactly one state backend: s3, kubernetes or local', kinds.join(', ') || undefined, 'write e.g. state_backend: { s3: { bucket: uni-tfstate, key: labs/genomics.tfstate, region: eu-west-2, kms_key_id: alias/tfstate } }');
        return undefined;
    }
    const kind = kinds[0];
    const o = r.mapping(m, kind, at);
    if (!o)
        return undefined;
    const p = [...at, kind];
    const fieldKeys = {
        bucket: 'bucket',
        key: 'key',
        region: 'region',
        kmsKeyId: 'kms_key_id',
        encrypt: 'encrypt',
        dynamodbTable: 'dynamodb_table',
        useLockfile: 'use_lockfile',
        secretSuffix: 'secret_suffix',
        namespace: 'namespace',
        acknowledgeSecretsOnDisk: 'acknowledge_secrets_on_disk',
    };
    try {
        if (kind === 's3') {
            r.unknownKeys(o, S3_KEYS(), p);
            return terraform_state_backend_1.TerraformStateBackend.s3({
                bucket: r.str(o, 'bucket', p),
                key: r.str(o, 'key', p),
                region: r.str(o, 'region', p),
                kmsKeyId: r.str(o, 'kms_key_id', p),
                encrypt: r.bool(o, 'encrypt', p),
                dynamodbTable: r.str(o, 'dynamodb_table', p),
                useLockfile: r.bool(o, 'use_lockfile', p),
                profile: r.str(o, 'profile', p),
                roleArn: r.str(o, 'role_arn', p),
            });
        }
        if (kind === 'kubernetes') {
            r.unknownKeys(o, KUBERNETES_KEYS(), p);
            return terraform_state_backend_1.TerraformStateBackend.kubernetes({
                secretSuffix: r.str(o, 'secret_suffix', p),
                namespace: r.str(o, 'namespace', p),
                configPath: r.str(o, 'config_path', p),
                configContext: r.str(o, 'config_context', p),
            });
        }
        r.unknownKeys(o, LOCAL_KEYS(), p);
        return terraform_state_backend_1.TerraformStateBackend.local({
            acknowledgeSecretsOnDisk: r.bool(o, 'acknowledge_secrets_on_disk', p),
            path: r.str(o, 'path', p),
        });
    }
    catch (e) {
        if (!error_1.WorkspaceInputError.isWorkspaceInputError(e))
            throw e;
        for (const diag of e.diagnostics) {
            const key = diag.field ? fieldKeys[diag.field] ?? diag.field : undefined;
            r.error(key ? [...p, key] : p, diag.code, diag.message, diag.value, diag.fix ?? '');
        }
        return undefined;
    }
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic3RhdGUtYmFja2VuZC5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9zdGF0ZS1iYWNrZW5kLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7OztBQWtCQSw4Q0FJQztBQUdELDhDQU1DO0FBbUNELDRDQWdFQztBQTVIRCxtQ0FBOEY7QUFDOUYsMkRBQStEO0FBQy9ELDRGQUF1RjtBQUN2RiwwREFBcUU7QUFFckUsOEVBQTRFO0FBRzVFLG9FQUFvRTtBQUN2RCxRQUFBLG1CQUFtQixHQUFHLHFDQUFxQyxDQUFDO0FBRXpFLHVFQUF1RTtBQUN2RSxTQUFnQixpQkFBaUIsQ0FBQyxTQUFpQjtJQUNqRCxPQUFPLElBQUksMkJBQW1CLEtBQUssU0FBUyxtRkFBbUY7VUFDM0gsa0pBQWtKO1VBQ2xKLHFIQUFxSCxDQUFDO0FBQzVILENBQUM7QUFFRCwwRkFBMEY7QUFDMUYsU0FBZ0IsaUJBQWlCLENBQUMsS0FBcUIsRUFBRSxPQUEwQztJQUNqRyxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7UUFDYixtQkFBVyxDQUFDLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxVQUFVLENBQUMsaUJBQWlCLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ25FLE9BQU87SUFDVCxDQUFDO0lBQ0QsSUFBSSxpQkFBaUIsQ0FBQyxLQUFLLEVBQUUsT0FBTyxDQUFDLENBQUM7QUFDeEMsQ0FBQztBQUVEOzs7R0FHRztBQUNILE1BQU0saUJBQWtCLFNBQVEsd0JBQWdCO0lBQzdCLE1BQU0sQ0FBeUI7SUFFaEQsWUFBWSxLQUFnQixFQUFFLE9BQThCO1FBQzFELEtBQUssQ0FBQyxLQUFLLEVBQUUsU0FBUyxFQUFFLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN0QyxJQUFJLENBQUMsTUFBTSxHQUFHLEVBQUUsR0FBRyxPQUFPLENBQUMsTUFBTSxFQUFFLENBQUM7SUFDdEMsQ0FBQztJQUVNLHdCQUF3QixDQUFDLE1BQWlCLEVBQUUsS0FBYSxFQUFFLFVBQWtCO1FBQ2xGLE1BQU0sSUFBSSxLQUFLLENBQUMscUdBQXFHLENBQUMsQ0FBQztJQUN6SCxDQUFDO0lBRVMsb0JBQW9CO1FBQzVCLE9BQU8sRUFBRSxHQUFHLElBQUksQ0FBQyxNQUFNLEVBQUUsQ0FBQztJQUM1QixDQUFDO0NBQ0Y7QUFFRCw2RUFBNkU7QUFDN0UsTUFBTSxhQUFhLEdBQUcsSUFBQSxrQkFBSSxFQUFDLEdBQUcsRUFBRSxDQUFDLElBQUEsb0JBQU0sRUFBQyxJQUFBLGdDQUFrQixHQUFFLENBQUMsQ0FBQyxDQUFDO0FBQy9ELE1BQU0sT0FBTyxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxnQ0FBa0IsR0FBRSxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2pFLE1BQU0sZUFBZSxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxnQ0FBa0IsR0FBRSxFQUFFLENBQUMsWUFBWSxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ2pGLE1BQU0sVUFBVSxHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLG9CQUFNLEVBQUMsSUFBQSxnQ0FBa0IsR0FBRSxFQUFFLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBRXZFOzs7OztHQUtHO0FBQ0gsU0FBZ0IsZ0JBQWdCLENBQUMsQ0FBYyxFQUFFLENBQU07SUFDckQsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsZUFBZSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQzVDLElBQUksQ0FBQyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDekIsTUFBTSxFQUFFLEdBQWEsQ0FBQyxlQUFlLENBQUMsQ0FBQztJQUN2QyxDQUFDLENBQUMsV0FBVyxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN0QyxNQUFNLEtBQUssR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsYUFBYSxFQUFFLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDbkUsSUFBSSxLQUFLLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDO1FBQ3ZCLENBQUMsQ0FBQyxLQUFLLENBQUMsRUFBRSxFQUFFLHVCQUF1QixFQUFFLHlEQUF5RCxFQUFFLEtBQUssQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksU0FBUyxFQUMzSCxxSUFBcUksQ0FBQyxDQUFDO1FBQ3pJLE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7SUFDRCxNQUFNLElBQUksR0FBRyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUM7SUFDdEIsTUFBTSxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQyxDQUFDO0lBQ2pDLElBQUksQ0FBQyxDQUFDO1FBQUUsT0FBTyxTQUFTLENBQUM7SUFDekIsTUFBTSxDQUFDLEdBQWEsQ0FBQyxHQUFHLEVBQUUsRUFBRSxJQUFJLENBQUMsQ0FBQztJQUNsQyxNQUFNLFNBQVMsR0FBMkI7UUFDeEMsTUFBTSxFQUFFLFFBQVE7UUFDaEIsR0FBRyxFQUFFLEtBQUs7UUFDVixNQUFNLEVBQUUsUUFBUTtRQUNoQixRQUFRLEVBQUUsWUFBWTtRQUN0QixPQUFPLEVBQUUsU0FBUztRQUNsQixhQUFhLEVBQUUsZ0JBQWdCO1FBQy9CLFdBQVcsRUFBRSxjQUFjO1FBQzNCLFlBQVksRUFBRSxlQUFlO1FBQzdCLFNBQVMsRUFBRSxXQUFXO1FBQ3RCLHdCQUF3QixFQUFFLDZCQUE2QjtLQUN4RCxDQUFDO0lBQ0YsSUFBSSxDQUFDO1FBQ0gsSUFBSSxJQUFJLEtBQUssSUFBSSxFQUFFLENBQUM7WUFDbEIsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDL0IsT0FBTywrQ0FBcUIsQ0FBQyxFQUFFLENBQUM7Z0JBQzlCLE1BQU0sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFXO2dCQUN2QyxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBVztnQkFDakMsTUFBTSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQVc7Z0JBQ3ZDLFFBQVEsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsQ0FBQyxDQUFXO2dCQUM3QyxPQUFPLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQztnQkFDaEMsYUFBYSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGdCQUFnQixFQUFFLENBQUMsQ0FBQztnQkFDNUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxDQUFDLENBQUM7Z0JBQ3pDLE9BQU8sRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDO2dCQUMvQixPQUFPLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLENBQUMsQ0FBQzthQUNqQyxDQUFDLENBQUM7UUFDTCxDQUFDO1FBQ0QsSUFBSSxJQUFJLEtBQUssWUFBWSxFQUFFLENBQUM7WUFDMUIsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxDQUFDLEVBQUUsZUFBZSxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7WUFDdkMsT0FBTywrQ0FBcUIsQ0FBQyxVQUFVLENBQUM7Z0JBQ3RDLFlBQVksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxlQUFlLEVBQUUsQ0FBQyxDQUFXO2dCQUNwRCxTQUFTLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsV0FBVyxFQUFFLENBQUMsQ0FBQztnQkFDbkMsVUFBVSxFQUFFLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFLGFBQWEsRUFBRSxDQUFDLENBQUM7Z0JBQ3RDLGFBQWEsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsRUFBRSxnQkFBZ0IsRUFBRSxDQUFDLENBQUM7YUFDN0MsQ0FBQyxDQUFDO1FBQ0wsQ0FBQztRQUNELENBQUMsQ0FBQyxXQUFXLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO1FBQ2xDLE9BQU8sK0NBQXFCLENBQUMsS0FBSyxDQUFDO1lBQ2pDLHdCQUF3QixFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLDZCQUE2QixFQUFFLENBQUMsQ0FBWTtZQUNoRixJQUFJLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQztTQUMxQixDQUFDLENBQUM7SUFDTCxDQUFDO0lBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUNYLElBQUksQ0FBQywyQkFBbUIsQ0FBQyxxQkFBcUIsQ0FBQyxDQUFDLENBQUM7WUFBRSxNQUFNLENBQUMsQ0FBQztRQUMzRCxLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQztZQUNqQyxNQUFNLEdBQUcsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQztZQUN6RSxDQUFDLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLElBQUksQ0FBQyxHQUFHLElBQUksRUFBRSxDQUFDLENBQUM7UUFDdEYsQ0FBQztRQUNELE9BQU8sU0FBUyxDQUFDO0lBQ25CLENBQUM7QUFDSCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBUaGUgVGVycmFmb3JtIHN0YXRlIGJhY2tlbmQgb2YgdGhlIEt1YmVybmV0ZXMgYW5kIFByb3htb3ggc3RhY2tzOiB3cml0ZXMgdGhlIGBiYWNrZW5kYCBibG9ja1xuICogb2YgYSBgVGVycmFmb3JtU3RhdGVCYWNrZW5kYCwgb3IsIHdpdGhvdXQgb25lLCBhIGxvdWQgd2FybmluZyB0aGF0IHRoZSBnZW5lcmF0ZWQgcGFzc3dvcmRzXG4gKiBhbmQga2V5cyB3aWxsIHNpdCBpbiBhIGxvY2FsIHN0YXRlIGZpbGUgaW4gY2xlYXIgdGV4dC5cbiAqL1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBBbm5vdGF0aW9ucywgVGVycmFmb3JtQmFja2VuZCwgVGVycmFmb3JtUmVtb3RlU3RhdGUsIFRlcnJhZm9ybVN0YWNrIH0gZnJvbSAnLi9jZGt0Zic7XG5pbXBvcnQgeyBzdGF0ZUJhY2tlbmRTY2hlbWEgfSBmcm9tICcuLi8uLi9wcml2YXRlL2xhYi1zY2hlbWFzJztcbmltcG9ydCB7IFRlcnJhZm9ybVN0YXRlQmFja2VuZCB9IGZyb20gJy4uLy4uL3N0YWNrcy90ZXJyYWZvcm0vdGVycmFmb3JtLXN0YXRlLWJhY2tlbmQnO1xuaW1wb3J0IHsgV29ya3NwYWNlSW5wdXRFcnJvciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9lcnJvcic7XG5pbXBvcnQgeyBGaWVsZFJlYWRlciB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvcHJpdmF0ZS9maWVsZHMnO1xuaW1wb3J0IHsga2V5c0F0LCBsYXp5IH0gZnJvbSAnLi4vLi4vd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvanNvbi1zY2hlbWEnO1xuaW1wb3J0IHsgWWFtbFBhdGggfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUveWFtbC1zb3VyY2UnO1xuXG4vKiogQ29kZSBvZiB0aGUgd2FybmluZyBhIHN0YWNrIHdpdGhvdXQgYSByZW1vdGUgYmFja2VuZCBjYXJyaWVzLiAqL1xuZXhwb3J0IGNvbnN0IExPQ0FMX1NUQVRFX1dBUk5JTkcgPSAnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXM6bG9jYWwtc3RhdGUnO1xuXG4vKiogVGhlIHdhcm5pbmcgdGV4dCAoc2hvd24gYnkgYHJ3c2AgYW5kIGluIHRoZSBzeW50aGVzaXMgbWVzc2FnZXMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvY2FsU3RhdGVXYXJuaW5nKHN0YWNrTmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGBbJHtMT0NBTF9TVEFURV9XQVJOSU5HfV0gJHtzdGFja05hbWV9IGtlZXBzIGl0cyBUZXJyYWZvcm0gc3RhdGUgaW4gYSBsb2NhbCBmaWxlOiB0aGUgZ2VuZXJhdGVkIHBhc3N3b3JkcyBhbmQgU1NIIGtleXMgYFxuICAgICsgJ3dpbGwgYmUgc3RvcmVkIHRoZXJlIGluIENMRUFSIFRFWFQuIEdpdmUgdGhlIHN0YWNrIGEgcmVtb3RlLCBlbmNyeXB0ZWQgc3RhdGUgYmFja2VuZCAoc3RhdGVCYWNrZW5kOiBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQuczMoeyAuLi4sIGttc0tleUlkIH0pICdcbiAgICArICdvciAua3ViZXJuZXRlcyh7IHNlY3JldFN1ZmZpeCB9KSksIG9yIFRlcnJhZm9ybVN0YXRlQmFja2VuZC5sb2NhbCh7IGFja25vd2xlZGdlU2VjcmV0c09uRGlzazogdHJ1ZSB9KSB0byBhY2NlcHQgaXQuJztcbn1cblxuLyoqIFB1dHMgdGhlIGJhY2tlbmQgYmxvY2sgb24gdGhlIHN0YWNrLCBvciB0aGUgbG9jYWwtc3RhdGUgd2FybmluZyB3aGVuIHRoZXJlIGlzIG5vbmUuICovXG5leHBvcnQgZnVuY3Rpb24gYXBwbHlTdGF0ZUJhY2tlbmQoc3RhY2s6IFRlcnJhZm9ybVN0YWNrLCBiYWNrZW5kOiBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQgfCB1bmRlZmluZWQpOiB2b2lkIHtcbiAgaWYgKCFiYWNrZW5kKSB7XG4gICAgQW5ub3RhdGlvbnMub2Yoc3RhY2spLmFkZFdhcm5pbmcobG9jYWxTdGF0ZVdhcm5pbmcoc3RhY2subm9kZS5pZCkpO1xuICAgIHJldHVybjtcbiAgfVxuICBuZXcgU3RhdGVCYWNrZW5kQmxvY2soc3RhY2ssIGJhY2tlbmQpO1xufVxuXG4vKipcbiAqIFRoZSBzdGFjaydzIGB0ZXJyYWZvcm0geyBiYWNrZW5kIFwiPHR5cGU+XCIgeyAuLi4gfSB9YCBibG9jaywgYXMgYSBjZGt0ZiBiYWNrZW5kIChzbyB0aGF0IGNka3RmXG4gKiBkb2VzIG5vdCBhZGQgaXRzIGRlZmF1bHQgbG9jYWwgb25lIGJlc2lkZSBpdCkuXG4gKi9cbmNsYXNzIFN0YXRlQmFja2VuZEJsb2NrIGV4dGVuZHMgVGVycmFmb3JtQmFja2VuZCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgY29uZmlnOiB7IFtrZXk6IHN0cmluZ106IGFueSB9O1xuXG4gIGNvbnN0cnVjdG9yKHNjb3BlOiBDb25zdHJ1Y3QsIGJhY2tlbmQ6IFRlcnJhZm9ybVN0YXRlQmFja2VuZCkge1xuICAgIHN1cGVyKHNjb3BlLCAnYmFja2VuZCcsIGJhY2tlbmQudHlwZSk7XG4gICAgdGhpcy5jb25maWcgPSB7IC4uLmJhY2tlbmQuY29uZmlnIH07XG4gIH1cblxuICBwdWJsaWMgZ2V0UmVtb3RlU3RhdGVEYXRhU291cmNlKF9zY29wZTogQ29uc3RydWN0LCBfbmFtZTogc3RyaW5nLCBfZnJvbVN0YWNrOiBzdHJpbmcpOiBUZXJyYWZvcm1SZW1vdGVTdGF0ZSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKCdjcm9zcy1zdGFjayByZWZlcmVuY2VzIHRocm91Z2ggdGhlIHN0YXRlIGFyZSBub3Qgc3VwcG9ydGVkOiBwYXNzIHZhbHVlcyBiZXR3ZWVuIHN0YWNrcyBhcyB2YXJpYWJsZXMnKTtcbiAgfVxuXG4gIHByb3RlY3RlZCBzeW50aGVzaXplQXR0cmlidXRlcygpOiB7IFtuYW1lOiBzdHJpbmddOiBhbnkgfSB7XG4gICAgcmV0dXJuIHsgLi4udGhpcy5jb25maWcgfTtcbiAgfVxufVxuXG4vLyBUaGUga2V5IGxpc3RzIGFyZSB0aGUgc3RhdGVfYmFja2VuZCBzY2hlbWEncyAoc3JjL3ByaXZhdGUvbGFiLXNjaGVtYXMudHMpLlxuY29uc3QgQkFDS0VORF9LSU5EUyA9IGxhenkoKCkgPT4ga2V5c0F0KHN0YXRlQmFja2VuZFNjaGVtYSgpKSk7XG5jb25zdCBTM19LRVlTID0gbGF6eSgoKSA9PiBrZXlzQXQoc3RhdGVCYWNrZW5kU2NoZW1hKCksIFsnczMnXSkpO1xuY29uc3QgS1VCRVJORVRFU19LRVlTID0gbGF6eSgoKSA9PiBrZXlzQXQoc3RhdGVCYWNrZW5kU2NoZW1hKCksIFsna3ViZXJuZXRlcyddKSk7XG5jb25zdCBMT0NBTF9LRVlTID0gbGF6eSgoKSA9PiBrZXlzQXQoc3RhdGVCYWNrZW5kU2NoZW1hKCksIFsnbG9jYWwnXSkpO1xuXG4vKipcbiAqIGBzdGF0ZV9iYWNrZW5kOmAgb2YgYSBsYWIgZmlsZTogZXhhY3RseSBvbmUgb2YgYHMzOiB7IGJ1Y2tldCwga2V5LCByZWdpb24sIGttc19rZXlfaWQsXG4gKiBkeW5hbW9kYl90YWJsZSB8IHVzZV9sb2NrZmlsZSwgcHJvZmlsZSwgcm9sZV9hcm4gfWAsIGBrdWJlcm5ldGVzOiB7IHNlY3JldF9zdWZmaXgsIG5hbWVzcGFjZSxcbiAqIGNvbmZpZ19wYXRoLCBjb25maWdfY29udGV4dCB9YCBvciBgbG9jYWw6IHsgYWNrbm93bGVkZ2Vfc2VjcmV0c19vbl9kaXNrOiB0cnVlLCBwYXRoIH1gLlxuICogUHJvYmxlbXMgKGEgbWlzc2luZyBLTVMga2V5LCBgZW5jcnlwdDogZmFsc2VgKSBhcmUgcmVwb3J0ZWQgYXQgdGhlIGZpbGUncyBsaW5lLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZFN0YXRlQmFja2VuZChyOiBGaWVsZFJlYWRlciwgZDogYW55KTogVGVycmFmb3JtU3RhdGVCYWNrZW5kIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgbSA9IHIubWFwcGluZyhkLCAnc3RhdGVfYmFja2VuZCcsIFtdKTtcbiAgaWYgKCFtKSByZXR1cm4gdW5kZWZpbmVkO1xuICBjb25zdCBhdDogWWFtbFBhdGggPSBbJ3N0YXRlX2JhY2tlbmQnXTtcbiAgci51bmtub3duS2V5cyhtLCBCQUNLRU5EX0tJTkRTKCksIGF0KTtcbiAgY29uc3Qga2luZHMgPSBPYmplY3Qua2V5cyhtKS5maWx0ZXIoKGspID0+IEJBQ0tFTkRfS0lORFMoKS5oYXMoaykpO1xuICBpZiAoa2luZHMubGVuZ3RoICE9PSAxKSB7XG4gICAgci5lcnJvcihhdCwgJ2ludmFsaWQtc3RhdGUtYmFja2VuZCcsICdnaXZlIGV4YWN0bHkgb25lIHN0YXRlIGJhY2tlbmQ6IHMzLCBrdWJlcm5ldGVzIG9yIGxvY2FsJywga2luZHMuam9pbignLCAnKSB8fCB1bmRlZmluZWQsXG4gICAgICAnd3JpdGUgZS5nLiBzdGF0ZV9iYWNrZW5kOiB7IHMzOiB7IGJ1Y2tldDogdW5pLXRmc3RhdGUsIGtleTogbGFicy9nZW5vbWljcy50ZnN0YXRlLCByZWdpb246IGV1LXdlc3QtMiwga21zX2tleV9pZDogYWxpYXMvdGZzdGF0ZSB9IH0nKTtcbiAgICByZXR1cm4gdW5kZWZpbmVkO1xuICB9XG4gIGNvbnN0IGtpbmQgPSBraW5kc1swXTtcbiAgY29uc3QgbyA9IHIubWFwcGluZyhtLCBraW5kLCBhdCk7XG4gIGlmICghbykgcmV0dXJuIHVuZGVmaW5lZDtcbiAgY29uc3QgcDogWWFtbFBhdGggPSBbLi4uYXQsIGtpbmRdO1xuICBjb25zdCBmaWVsZEtleXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgYnVja2V0OiAnYnVja2V0JyxcbiAgICBrZXk6ICdrZXknLFxuICAgIHJlZ2lvbjogJ3JlZ2lvbicsXG4gICAga21zS2V5SWQ6ICdrbXNfa2V5X2lkJyxcbiAgICBlbmNyeXB0OiAnZW5jcnlwdCcsXG4gICAgZHluYW1vZGJUYWJsZTogJ2R5bmFtb2RiX3RhYmxlJyxcbiAgICB1c2VMb2NrZmlsZTogJ3VzZV9sb2NrZmlsZScsXG4gICAgc2VjcmV0U3VmZml4OiAnc2VjcmV0X3N1ZmZpeCcsXG4gICAgbmFtZXNwYWNlOiAnbmFtZXNwYWNlJyxcbiAgICBhY2tub3dsZWRnZVNlY3JldHNPbkRpc2s6ICdhY2tub3dsZWRnZV9zZWNyZXRzX29uX2Rpc2snLFxuICB9O1xuICB0cnkge1xuICAgIGlmIChraW5kID09PSAnczMnKSB7XG4gICAgICByLnVua25vd25LZXlzKG8sIFMzX0tFWVMoKSwgcCk7XG4gICAgICByZXR1cm4gVGVycmFmb3JtU3RhdGVCYWNrZW5kLnMzKHtcbiAgICAgICAgYnVja2V0OiByLnN0cihvLCAnYnVja2V0JywgcCkgYXMgc3RyaW5nLFxuICAgICAgICBrZXk6IHIuc3RyKG8sICdrZXknLCBwKSBhcyBzdHJpbmcsXG4gICAgICAgIHJlZ2lvbjogci5zdHIobywgJ3JlZ2lvbicsIHApIGFzIHN0cmluZyxcbiAgICAgICAga21zS2V5SWQ6IHIuc3RyKG8sICdrbXNfa2V5X2lkJywgcCkgYXMgc3RyaW5nLFxuICAgICAgICBlbmNyeXB0OiByLmJvb2wobywgJ2VuY3J5cHQnLCBwKSxcbiAgICAgICAgZHluYW1vZGJUYWJsZTogci5zdHIobywgJ2R5bmFtb2RiX3RhYmxlJywgcCksXG4gICAgICAgIHVzZUxvY2tmaWxlOiByLmJvb2wobywgJ3VzZV9sb2NrZmlsZScsIHApLFxuICAgICAgICBwcm9maWxlOiByLnN0cihvLCAncHJvZmlsZScsIHApLFxuICAgICAgICByb2xlQXJuOiByLnN0cihvLCAncm9sZV9hcm4nLCBwKSxcbiAgICAgIH0pO1xuICAgIH1cbiAgICBpZiAoa2luZCA9PT0gJ2t1YmVybmV0ZXMnKSB7XG4gICAgICByLnVua25vd25LZXlzKG8sIEtVQkVSTkVURVNfS0VZUygpLCBwKTtcbiAgICAgIHJldHVybiBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQua3ViZXJuZXRlcyh7XG4gICAgICAgIHNlY3JldFN1ZmZpeDogci5zdHIobywgJ3NlY3JldF9zdWZmaXgnLCBwKSBhcyBzdHJpbmcsXG4gICAgICAgIG5hbWVzcGFjZTogci5zdHIobywgJ25hbWVzcGFjZScsIHApLFxuICAgICAgICBjb25maWdQYXRoOiByLnN0cihvLCAnY29uZmlnX3BhdGgnLCBwKSxcbiAgICAgICAgY29uZmlnQ29udGV4dDogci5zdHIobywgJ2NvbmZpZ19jb250ZXh0JywgcCksXG4gICAgICB9KTtcbiAgICB9XG4gICAgci51bmtub3duS2V5cyhvLCBMT0NBTF9LRVlTKCksIHApO1xuICAgIHJldHVybiBUZXJyYWZvcm1TdGF0ZUJhY2tlbmQubG9jYWwoe1xuICAgICAgYWNrbm93bGVkZ2VTZWNyZXRzT25EaXNrOiByLmJvb2wobywgJ2Fja25vd2xlZGdlX3NlY3JldHNfb25fZGlzaycsIHApIGFzIGJvb2xlYW4sXG4gICAgICBwYXRoOiByLnN0cihvLCAncGF0aCcsIHApLFxuICAgIH0pO1xuICB9IGNhdGNoIChlKSB7XG4gICAgaWYgKCFXb3Jrc3BhY2VJbnB1dEVycm9yLmlzV29ya3NwYWNlSW5wdXRFcnJvcihlKSkgdGhyb3cgZTtcbiAgICBmb3IgKGNvbnN0IGRpYWcgb2YgZS5kaWFnbm9zdGljcykge1xuICAgICAgY29uc3Qga2V5ID0gZGlhZy5maWVsZCA/IGZpZWxkS2V5c1tkaWFnLmZpZWxkXSA/PyBkaWFnLmZpZWxkIDogdW5kZWZpbmVkO1xuICAgICAgci5lcnJvcihrZXkgPyBbLi4ucCwga2V5XSA6IHAsIGRpYWcuY29kZSwgZGlhZy5tZXNzYWdlLCBkaWFnLnZhbHVlLCBkaWFnLmZpeCA/PyAnJyk7XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH1cbn1cbiJdfQ==