"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.kubernetesPermitSettingsSchema = exports.KUBERNETES_FIELDS = void 0;
exports.readKubernetesConfig = readKubernetesConfig;
exports.readTerraformAudit = readTerraformAudit;
exports.terraformPermitResult = terraformPermitResult;
exports.terraformType = terraformType;
exports.synthKubernetesPermit = synthKubernetesPermit;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const config_file_1 = require("./config-file");
const sources_1 = require("./sources");
const kubernetes_permit_workspace_1 = require("../constructs/kubernetes/kubernetes-permit-workspace");
const cdktf_1 = require("../constructs/terraform/cdktf");
const manifest_1 = require("../constructs/terraform/manifest");
const state_backend_1 = require("../constructs/terraform/state-backend");
const lab_schemas_1 = require("../private/lab-schemas");
const kubernetes_permit_stack_1 = require("../stacks/kubernetes/kubernetes-permit-stack");
const json_schema_1 = require("../workspaces/private/schemas/json-schema");
/** The settings of `--config` for `--backend kubernetes`: KubernetesPermitStackProps in snake_case. */
exports.KUBERNETES_FIELDS = [
    { key: 'kube_config_path', prop: 'kubeConfigPath', kind: 'str' },
    { key: 'kube_context', prop: 'kubeContext', kind: 'str' },
    { key: 'storage_class_name', prop: 'storageClassName', kind: 'str' },
    { key: 'shared_storage_class_name', prop: 'sharedStorageClassName', kind: 'str' },
    { key: 'upload_gib', prop: 'uploadGiB', kind: 'int', min: 1, max: 65536 },
    { key: 'raw_gib', prop: 'rawGiB', kind: 'int', min: 1, max: 65536 },
    { key: 'prepared_gib', prop: 'preparedGiB', kind: 'int', min: 1, max: 65536 },
    { key: 'outputs_gib', prop: 'outputsGiB', kind: 'int', min: 1, max: 65536 },
    { key: 'project_gib', prop: 'projectGiB', kind: 'int', min: 1, max: 65536 },
    { key: 'desktop_image', prop: 'desktopImage', kind: 'str' },
    { key: 'desktop_command', prop: 'desktopCommand', kind: 'strList' },
    { key: 'airlock_image', prop: 'airlockImage', kind: 'str' },
    { key: 'proxy_image', prop: 'proxyImage', kind: 'str' },
    { key: 'desktop_cpu_millis', prop: 'desktopCpuMillis', kind: 'int', min: 100 },
    { key: 'desktop_memory_mib', prop: 'desktopMemoryMiB', kind: 'int', min: 256 },
    { key: 'quota_cpu_millis', prop: 'quotaCpuMillis', kind: 'int', min: 100 },
    { key: 'quota_memory_mib', prop: 'quotaMemoryMiB', kind: 'int', min: 256 },
    { key: 'gateway_namespace', prop: 'gatewayNamespace', kind: 'str' },
    { key: 'gateway_pod_labels', prop: 'gatewayPodLabels', kind: 'labels' },
    { key: 'dns_namespace', prop: 'dnsNamespace', kind: 'str' },
    { key: 'dns_pod_labels', prop: 'dnsPodLabels', kind: 'labels' },
    { key: 'cluster_domain', prop: 'clusterDomain', kind: 'str' },
    { key: 'airlock_exposure', prop: 'airlockExposure', kind: 'str', values: Object.values(kubernetes_permit_workspace_1.KubernetesAirlockExposure) },
    { key: 'password_length', prop: 'passwordLength', kind: 'int', min: 16, max: 128 },
    { key: 'wait_for_rollout', prop: 'waitForRollout', kind: 'bool' },
];
/** The JSON Schema of the Kubernetes permit settings (`rws permit synth --backend kubernetes --config <file>`). */
exports.kubernetesPermitSettingsSchema = (0, json_schema_1.lazy)(() => (0, config_file_1.configSchema)('cdk-research-workspaces permit settings (Kubernetes)', 'Settings of a permit\'s secure environment on Kubernetes (rws permit synth --backend kubernetes --config). Unknown keys are errors.', exports.KUBERNETES_FIELDS, { state_backend: (0, lab_schemas_1.stateBackendSchema)() }));
/** Reads `--config` for Kubernetes (every setting optional; `state_backend:` as in lab files). */
function readKubernetesConfig(file) {
    const c = (0, config_file_1.readConfig)(file, 'Kubernetes permit', exports.KUBERNETES_FIELDS, ['state_backend']);
    const stateBackend = (0, state_backend_1.readStateBackend)(c.reader, c.data);
    (0, config_file_1.finishConfig)(c, 'Kubernetes permit', (0, exports.kubernetesPermitSettingsSchema)());
    return { ...c.props, ...(stateBackend ? { stateBackend } : {}) };
}
/** Reads the audit record cdktf stacks write beside cdk.tf.json. */
function readTerraformAudit(stackDir) {
    const audit = JSON.parse(fs.readFileSync(path.join(stackDir, 'audit.json'), 'utf8'));
    return { resources: audit.resources ?? [], protectedResources: audit.protectedResources ?? [] };
}
/**
 * What `rws permit synth` reports for a synthesized Terraform permit stack: its files, the
 * resources and protected resources of its audit record, and the next command (`next` gets the
 * stack folder as shown).
 */
function terraformPermitResult(outdir, stack, next) {
    const stackDir = path.join(outdir, 'stacks', stack);
    const audit = readTerraformAudit(stackDir);
    return {
        stack,
        files: [path.join(stackDir, 'cdk.tf.json'), path.join(stackDir, 'audit.json')],
        ...audit,
        resourceTypes: audit.resources.map(terraformType),
        warnings: (0, manifest_1.terraformStackWarnings)(outdir, stack),
        next: next((0, sources_1.shownPath)(stackDir)),
    };
}
/** The Terraform resource type of an address (`kubernetes_namespace_v1.permit_ns_1234` -> `kubernetes_namespace_v1`). */
function terraformType(address) {
    return address.split('.')[0];
}
/** Synthesizes `KubernetesPermitStack` into `<out>/stacks/permit-<id>/`. */
function synthKubernetesPermit(req) {
    const settings = req.configFile ? readKubernetesConfig(req.configFile) : {};
    fs.mkdirSync(req.outdir, { recursive: true });
    const app = new cdktf_1.App({ outdir: req.outdir, skipValidation: false });
    const stack = kubernetes_permit_stack_1.KubernetesPermitStack.stackNameOf(req.permit.id);
    new kubernetes_permit_stack_1.KubernetesPermitStack(app, stack, {
        ...settings,
        permit: req.permit,
        registry: req.registry,
        ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
    });
    app.synth();
    return terraformPermitResult(req.outdir, stack, (dir) => `terraform -chdir=${dir} init && terraform -chdir=${dir} apply  (with the permit's state)`);
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVybWl0LXN5bnRoLWt1YmVybmV0ZXMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi9zcmMvY2xpL3Blcm1pdC1zeW50aC1rdWJlcm5ldGVzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQW1EQSxvREFLQztBQUdELGdEQUdDO0FBT0Qsc0RBV0M7QUFHRCxzQ0FFQztBQUdELHNEQWFDO0FBckdELHVDQUF5QjtBQUN6QiwyQ0FBNkI7QUFDN0IsK0NBQW9GO0FBRXBGLHVDQUFzQztBQUN0QyxzR0FBMEg7QUFDMUgseURBQW9EO0FBQ3BELCtEQUEwRTtBQUMxRSx5RUFBeUU7QUFDekUsd0RBQTREO0FBQzVELDBGQUFxRjtBQUVyRiwyRUFBaUU7QUFFakUsdUdBQXVHO0FBQzFGLFFBQUEsaUJBQWlCLEdBQWtCO0lBQzlDLEVBQUUsR0FBRyxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQ2hFLEVBQUUsR0FBRyxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDekQsRUFBRSxHQUFHLEVBQUUsb0JBQW9CLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDcEUsRUFBRSxHQUFHLEVBQUUsMkJBQTJCLEVBQUUsSUFBSSxFQUFFLHdCQUF3QixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDakYsRUFBRSxHQUFHLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUU7SUFDekUsRUFBRSxHQUFHLEVBQUUsU0FBUyxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUU7SUFDbkUsRUFBRSxHQUFHLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUU7SUFDN0UsRUFBRSxHQUFHLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUU7SUFDM0UsRUFBRSxHQUFHLEVBQUUsYUFBYSxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUU7SUFDM0UsRUFBRSxHQUFHLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtJQUMzRCxFQUFFLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRTtJQUNuRSxFQUFFLEdBQUcsRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQzNELEVBQUUsR0FBRyxFQUFFLGFBQWEsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDdkQsRUFBRSxHQUFHLEVBQUUsb0JBQW9CLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRTtJQUM5RSxFQUFFLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFO0lBQzlFLEVBQUUsR0FBRyxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUU7SUFDMUUsRUFBRSxHQUFHLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRTtJQUMxRSxFQUFFLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRTtJQUNuRSxFQUFFLEdBQUcsRUFBRSxvQkFBb0IsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRTtJQUN2RSxFQUFFLEdBQUcsRUFBRSxlQUFlLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxJQUFJLEVBQUUsS0FBSyxFQUFFO0lBQzNELEVBQUUsR0FBRyxFQUFFLGdCQUFnQixFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRTtJQUMvRCxFQUFFLEdBQUcsRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxLQUFLLEVBQUU7SUFDN0QsRUFBRSxHQUFHLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLGlCQUFpQixFQUFFLElBQUksRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsdURBQXlCLENBQUMsRUFBRTtJQUNuSCxFQUFFLEdBQUcsRUFBRSxpQkFBaUIsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsRUFBRSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUU7SUFDbEYsRUFBRSxHQUFHLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLElBQUksRUFBRSxNQUFNLEVBQUU7Q0FDbEUsQ0FBQztBQUVGLG1IQUFtSDtBQUN0RyxRQUFBLDhCQUE4QixHQUFHLElBQUEsa0JBQUksRUFBQyxHQUFHLEVBQUUsQ0FBQyxJQUFBLDBCQUFZLEVBQUMsc0RBQXNELEVBQzFILHFJQUFxSSxFQUNySSx5QkFBaUIsRUFBRSxFQUFFLGFBQWEsRUFBRSxJQUFBLGdDQUFrQixHQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUM7QUFJL0Qsa0dBQWtHO0FBQ2xHLFNBQWdCLG9CQUFvQixDQUFDLElBQVk7SUFDL0MsTUFBTSxDQUFDLEdBQUcsSUFBQSx3QkFBVSxFQUFDLElBQUksRUFBRSxtQkFBbUIsRUFBRSx5QkFBaUIsRUFBRSxDQUFDLGVBQWUsQ0FBQyxDQUFDLENBQUM7SUFDdEYsTUFBTSxZQUFZLEdBQUcsSUFBQSxnQ0FBZ0IsRUFBQyxDQUFDLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUN4RCxJQUFBLDBCQUFZLEVBQUMsQ0FBQyxFQUFFLG1CQUFtQixFQUFFLElBQUEsc0NBQThCLEdBQUUsQ0FBQyxDQUFDO0lBQ3ZFLE9BQU8sRUFBRSxHQUFJLENBQUMsQ0FBQyxLQUE0QixFQUFFLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQyxDQUFDLEVBQUUsWUFBWSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxFQUFFLENBQUM7QUFDM0YsQ0FBQztBQUVELG9FQUFvRTtBQUNwRSxTQUFnQixrQkFBa0IsQ0FBQyxRQUFnQjtJQUNqRCxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLEVBQUUsQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsWUFBWSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQztJQUNyRixPQUFPLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxTQUFTLElBQUksRUFBRSxFQUFFLGtCQUFrQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsSUFBSSxFQUFFLEVBQUUsQ0FBQztBQUNsRyxDQUFDO0FBRUQ7Ozs7R0FJRztBQUNILFNBQWdCLHFCQUFxQixDQUFDLE1BQWMsRUFBRSxLQUFhLEVBQUUsSUFBNkI7SUFDaEcsTUFBTSxRQUFRLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsUUFBUSxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQ3BELE1BQU0sS0FBSyxHQUFHLGtCQUFrQixDQUFDLFFBQVEsQ0FBQyxDQUFDO0lBQzNDLE9BQU87UUFDTCxLQUFLO1FBQ0wsS0FBSyxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsYUFBYSxDQUFDLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUsWUFBWSxDQUFDLENBQUM7UUFDOUUsR0FBRyxLQUFLO1FBQ1IsYUFBYSxFQUFFLEtBQUssQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLGFBQWEsQ0FBQztRQUNqRCxRQUFRLEVBQUUsSUFBQSxpQ0FBc0IsRUFBQyxNQUFNLEVBQUUsS0FBSyxDQUFDO1FBQy9DLElBQUksRUFBRSxJQUFJLENBQUMsSUFBQSxtQkFBUyxFQUFDLFFBQVEsQ0FBQyxDQUFDO0tBQ2hDLENBQUM7QUFDSixDQUFDO0FBRUQseUhBQXlIO0FBQ3pILFNBQWdCLGFBQWEsQ0FBQyxPQUFlO0lBQzNDLE9BQU8sT0FBTyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUMvQixDQUFDO0FBRUQsNEVBQTRFO0FBQzVFLFNBQWdCLHFCQUFxQixDQUFDLEdBQXVCO0lBQzNELE1BQU0sUUFBUSxHQUFHLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLG9CQUFvQixDQUFDLEdBQUcsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0lBQzVFLEVBQUUsQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxFQUFFLFNBQVMsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDO0lBQzlDLE1BQU0sR0FBRyxHQUFHLElBQUksV0FBRyxDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLEVBQUUsY0FBYyxFQUFFLEtBQUssRUFBRSxDQUFDLENBQUM7SUFDbkUsTUFBTSxLQUFLLEdBQUcsK0NBQXFCLENBQUMsV0FBVyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDL0QsSUFBSSwrQ0FBcUIsQ0FBQyxHQUFHLEVBQUUsS0FBSyxFQUFFO1FBQ3BDLEdBQUcsUUFBUTtRQUNYLE1BQU0sRUFBRSxHQUFHLENBQUMsTUFBTTtRQUNsQixRQUFRLEVBQUUsR0FBRyxDQUFDLFFBQVE7UUFDdEIsR0FBRyxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLEdBQUcsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0tBQzVELENBQUMsQ0FBQztJQUNILEdBQUcsQ0FBQyxLQUFLLEVBQUUsQ0FBQztJQUNaLE9BQU8scUJBQXFCLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxHQUFHLEVBQUUsRUFBRSxDQUFDLG9CQUFvQixHQUFHLDZCQUE2QixHQUFHLG1DQUFtQyxDQUFDLENBQUM7QUFDdkosQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgeyBDb25maWdGaWVsZCwgY29uZmlnU2NoZW1hLCBmaW5pc2hDb25maWcsIHJlYWRDb25maWcgfSBmcm9tICcuL2NvbmZpZy1maWxlJztcbmltcG9ydCB0eXBlIHsgUGVybWl0U3ludGhSZXF1ZXN0LCBQZXJtaXRTeW50aFJlc3VsdCB9IGZyb20gJy4vcGVybWl0LXN5bnRoJztcbmltcG9ydCB7IHNob3duUGF0aCB9IGZyb20gJy4vc291cmNlcyc7XG5pbXBvcnQgeyBLdWJlcm5ldGVzQWlybG9ja0V4cG9zdXJlLCBLdWJlcm5ldGVzUGVybWl0T3B0aW9ucyB9IGZyb20gJy4uL2NvbnN0cnVjdHMva3ViZXJuZXRlcy9rdWJlcm5ldGVzLXBlcm1pdC13b3Jrc3BhY2UnO1xuaW1wb3J0IHsgQXBwIH0gZnJvbSAnLi4vY29uc3RydWN0cy90ZXJyYWZvcm0vY2RrdGYnO1xuaW1wb3J0IHsgdGVycmFmb3JtU3RhY2tXYXJuaW5ncyB9IGZyb20gJy4uL2NvbnN0cnVjdHMvdGVycmFmb3JtL21hbmlmZXN0JztcbmltcG9ydCB7IHJlYWRTdGF0ZUJhY2tlbmQgfSBmcm9tICcuLi9jb25zdHJ1Y3RzL3RlcnJhZm9ybS9zdGF0ZS1iYWNrZW5kJztcbmltcG9ydCB7IHN0YXRlQmFja2VuZFNjaGVtYSB9IGZyb20gJy4uL3ByaXZhdGUvbGFiLXNjaGVtYXMnO1xuaW1wb3J0IHsgS3ViZXJuZXRlc1Blcm1pdFN0YWNrIH0gZnJvbSAnLi4vc3RhY2tzL2t1YmVybmV0ZXMva3ViZXJuZXRlcy1wZXJtaXQtc3RhY2snO1xuaW1wb3J0IHsgVGVycmFmb3JtU3RhdGVCYWNrZW5kIH0gZnJvbSAnLi4vc3RhY2tzL3RlcnJhZm9ybS90ZXJyYWZvcm0tc3RhdGUtYmFja2VuZCc7XG5pbXBvcnQgeyBsYXp5IH0gZnJvbSAnLi4vd29ya3NwYWNlcy9wcml2YXRlL3NjaGVtYXMvanNvbi1zY2hlbWEnO1xuXG4vKiogVGhlIHNldHRpbmdzIG9mIGAtLWNvbmZpZ2AgZm9yIGAtLWJhY2tlbmQga3ViZXJuZXRlc2A6IEt1YmVybmV0ZXNQZXJtaXRTdGFja1Byb3BzIGluIHNuYWtlX2Nhc2UuICovXG5leHBvcnQgY29uc3QgS1VCRVJORVRFU19GSUVMRFM6IENvbmZpZ0ZpZWxkW10gPSBbXG4gIHsga2V5OiAna3ViZV9jb25maWdfcGF0aCcsIHByb3A6ICdrdWJlQ29uZmlnUGF0aCcsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAna3ViZV9jb250ZXh0JywgcHJvcDogJ2t1YmVDb250ZXh0Jywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdzdG9yYWdlX2NsYXNzX25hbWUnLCBwcm9wOiAnc3RvcmFnZUNsYXNzTmFtZScsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAnc2hhcmVkX3N0b3JhZ2VfY2xhc3NfbmFtZScsIHByb3A6ICdzaGFyZWRTdG9yYWdlQ2xhc3NOYW1lJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICd1cGxvYWRfZ2liJywgcHJvcDogJ3VwbG9hZEdpQicsIGtpbmQ6ICdpbnQnLCBtaW46IDEsIG1heDogNjU1MzYgfSxcbiAgeyBrZXk6ICdyYXdfZ2liJywgcHJvcDogJ3Jhd0dpQicsIGtpbmQ6ICdpbnQnLCBtaW46IDEsIG1heDogNjU1MzYgfSxcbiAgeyBrZXk6ICdwcmVwYXJlZF9naWInLCBwcm9wOiAncHJlcGFyZWRHaUInLCBraW5kOiAnaW50JywgbWluOiAxLCBtYXg6IDY1NTM2IH0sXG4gIHsga2V5OiAnb3V0cHV0c19naWInLCBwcm9wOiAnb3V0cHV0c0dpQicsIGtpbmQ6ICdpbnQnLCBtaW46IDEsIG1heDogNjU1MzYgfSxcbiAgeyBrZXk6ICdwcm9qZWN0X2dpYicsIHByb3A6ICdwcm9qZWN0R2lCJywga2luZDogJ2ludCcsIG1pbjogMSwgbWF4OiA2NTUzNiB9LFxuICB7IGtleTogJ2Rlc2t0b3BfaW1hZ2UnLCBwcm9wOiAnZGVza3RvcEltYWdlJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdkZXNrdG9wX2NvbW1hbmQnLCBwcm9wOiAnZGVza3RvcENvbW1hbmQnLCBraW5kOiAnc3RyTGlzdCcgfSxcbiAgeyBrZXk6ICdhaXJsb2NrX2ltYWdlJywgcHJvcDogJ2FpcmxvY2tJbWFnZScsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAncHJveHlfaW1hZ2UnLCBwcm9wOiAncHJveHlJbWFnZScsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAnZGVza3RvcF9jcHVfbWlsbGlzJywgcHJvcDogJ2Rlc2t0b3BDcHVNaWxsaXMnLCBraW5kOiAnaW50JywgbWluOiAxMDAgfSxcbiAgeyBrZXk6ICdkZXNrdG9wX21lbW9yeV9taWInLCBwcm9wOiAnZGVza3RvcE1lbW9yeU1pQicsIGtpbmQ6ICdpbnQnLCBtaW46IDI1NiB9LFxuICB7IGtleTogJ3F1b3RhX2NwdV9taWxsaXMnLCBwcm9wOiAncXVvdGFDcHVNaWxsaXMnLCBraW5kOiAnaW50JywgbWluOiAxMDAgfSxcbiAgeyBrZXk6ICdxdW90YV9tZW1vcnlfbWliJywgcHJvcDogJ3F1b3RhTWVtb3J5TWlCJywga2luZDogJ2ludCcsIG1pbjogMjU2IH0sXG4gIHsga2V5OiAnZ2F0ZXdheV9uYW1lc3BhY2UnLCBwcm9wOiAnZ2F0ZXdheU5hbWVzcGFjZScsIGtpbmQ6ICdzdHInIH0sXG4gIHsga2V5OiAnZ2F0ZXdheV9wb2RfbGFiZWxzJywgcHJvcDogJ2dhdGV3YXlQb2RMYWJlbHMnLCBraW5kOiAnbGFiZWxzJyB9LFxuICB7IGtleTogJ2Ruc19uYW1lc3BhY2UnLCBwcm9wOiAnZG5zTmFtZXNwYWNlJywga2luZDogJ3N0cicgfSxcbiAgeyBrZXk6ICdkbnNfcG9kX2xhYmVscycsIHByb3A6ICdkbnNQb2RMYWJlbHMnLCBraW5kOiAnbGFiZWxzJyB9LFxuICB7IGtleTogJ2NsdXN0ZXJfZG9tYWluJywgcHJvcDogJ2NsdXN0ZXJEb21haW4nLCBraW5kOiAnc3RyJyB9LFxuICB7IGtleTogJ2FpcmxvY2tfZXhwb3N1cmUnLCBwcm9wOiAnYWlybG9ja0V4cG9zdXJlJywga2luZDogJ3N0cicsIHZhbHVlczogT2JqZWN0LnZhbHVlcyhLdWJlcm5ldGVzQWlybG9ja0V4cG9zdXJlKSB9LFxuICB7IGtleTogJ3Bhc3N3b3JkX2xlbmd0aCcsIHByb3A6ICdwYXNzd29yZExlbmd0aCcsIGtpbmQ6ICdpbnQnLCBtaW46IDE2LCBtYXg6IDEyOCB9LFxuICB7IGtleTogJ3dhaXRfZm9yX3JvbGxvdXQnLCBwcm9wOiAnd2FpdEZvclJvbGxvdXQnLCBraW5kOiAnYm9vbCcgfSxcbl07XG5cbi8qKiBUaGUgSlNPTiBTY2hlbWEgb2YgdGhlIEt1YmVybmV0ZXMgcGVybWl0IHNldHRpbmdzIChgcndzIHBlcm1pdCBzeW50aCAtLWJhY2tlbmQga3ViZXJuZXRlcyAtLWNvbmZpZyA8ZmlsZT5gKS4gKi9cbmV4cG9ydCBjb25zdCBrdWJlcm5ldGVzUGVybWl0U2V0dGluZ3NTY2hlbWEgPSBsYXp5KCgpID0+IGNvbmZpZ1NjaGVtYSgnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMgcGVybWl0IHNldHRpbmdzIChLdWJlcm5ldGVzKScsXG4gICdTZXR0aW5ncyBvZiBhIHBlcm1pdFxcJ3Mgc2VjdXJlIGVudmlyb25tZW50IG9uIEt1YmVybmV0ZXMgKHJ3cyBwZXJtaXQgc3ludGggLS1iYWNrZW5kIGt1YmVybmV0ZXMgLS1jb25maWcpLiBVbmtub3duIGtleXMgYXJlIGVycm9ycy4nLFxuICBLVUJFUk5FVEVTX0ZJRUxEUywgeyBzdGF0ZV9iYWNrZW5kOiBzdGF0ZUJhY2tlbmRTY2hlbWEoKSB9KSk7XG5cbnR5cGUgS3ViZXJuZXRlc1NldHRpbmdzID0gS3ViZXJuZXRlc1Blcm1pdE9wdGlvbnMgJiB7IGt1YmVDb25maWdQYXRoPzogc3RyaW5nOyBrdWJlQ29udGV4dD86IHN0cmluZzsgc3RhdGVCYWNrZW5kPzogVGVycmFmb3JtU3RhdGVCYWNrZW5kIH07XG5cbi8qKiBSZWFkcyBgLS1jb25maWdgIGZvciBLdWJlcm5ldGVzIChldmVyeSBzZXR0aW5nIG9wdGlvbmFsOyBgc3RhdGVfYmFja2VuZDpgIGFzIGluIGxhYiBmaWxlcykuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZEt1YmVybmV0ZXNDb25maWcoZmlsZTogc3RyaW5nKTogS3ViZXJuZXRlc1NldHRpbmdzIHtcbiAgY29uc3QgYyA9IHJlYWRDb25maWcoZmlsZSwgJ0t1YmVybmV0ZXMgcGVybWl0JywgS1VCRVJORVRFU19GSUVMRFMsIFsnc3RhdGVfYmFja2VuZCddKTtcbiAgY29uc3Qgc3RhdGVCYWNrZW5kID0gcmVhZFN0YXRlQmFja2VuZChjLnJlYWRlciwgYy5kYXRhKTtcbiAgZmluaXNoQ29uZmlnKGMsICdLdWJlcm5ldGVzIHBlcm1pdCcsIGt1YmVybmV0ZXNQZXJtaXRTZXR0aW5nc1NjaGVtYSgpKTtcbiAgcmV0dXJuIHsgLi4uKGMucHJvcHMgYXMgS3ViZXJuZXRlc1NldHRpbmdzKSwgLi4uKHN0YXRlQmFja2VuZCA/IHsgc3RhdGVCYWNrZW5kIH0gOiB7fSkgfTtcbn1cblxuLyoqIFJlYWRzIHRoZSBhdWRpdCByZWNvcmQgY2RrdGYgc3RhY2tzIHdyaXRlIGJlc2lkZSBjZGsudGYuanNvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkVGVycmFmb3JtQXVkaXQoc3RhY2tEaXI6IHN0cmluZyk6IHsgcmVzb3VyY2VzOiBzdHJpbmdbXTsgcHJvdGVjdGVkUmVzb3VyY2VzOiBzdHJpbmdbXSB9IHtcbiAgY29uc3QgYXVkaXQgPSBKU09OLnBhcnNlKGZzLnJlYWRGaWxlU3luYyhwYXRoLmpvaW4oc3RhY2tEaXIsICdhdWRpdC5qc29uJyksICd1dGY4JykpO1xuICByZXR1cm4geyByZXNvdXJjZXM6IGF1ZGl0LnJlc291cmNlcyA/PyBbXSwgcHJvdGVjdGVkUmVzb3VyY2VzOiBhdWRpdC5wcm90ZWN0ZWRSZXNvdXJjZXMgPz8gW10gfTtcbn1cblxuLyoqXG4gKiBXaGF0IGByd3MgcGVybWl0IHN5bnRoYCByZXBvcnRzIGZvciBhIHN5bnRoZXNpemVkIFRlcnJhZm9ybSBwZXJtaXQgc3RhY2s6IGl0cyBmaWxlcywgdGhlXG4gKiByZXNvdXJjZXMgYW5kIHByb3RlY3RlZCByZXNvdXJjZXMgb2YgaXRzIGF1ZGl0IHJlY29yZCwgYW5kIHRoZSBuZXh0IGNvbW1hbmQgKGBuZXh0YCBnZXRzIHRoZVxuICogc3RhY2sgZm9sZGVyIGFzIHNob3duKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRlcnJhZm9ybVBlcm1pdFJlc3VsdChvdXRkaXI6IHN0cmluZywgc3RhY2s6IHN0cmluZywgbmV4dDogKGRpcjogc3RyaW5nKSA9PiBzdHJpbmcpOiBQZXJtaXRTeW50aFJlc3VsdCB7XG4gIGNvbnN0IHN0YWNrRGlyID0gcGF0aC5qb2luKG91dGRpciwgJ3N0YWNrcycsIHN0YWNrKTtcbiAgY29uc3QgYXVkaXQgPSByZWFkVGVycmFmb3JtQXVkaXQoc3RhY2tEaXIpO1xuICByZXR1cm4ge1xuICAgIHN0YWNrLFxuICAgIGZpbGVzOiBbcGF0aC5qb2luKHN0YWNrRGlyLCAnY2RrLnRmLmpzb24nKSwgcGF0aC5qb2luKHN0YWNrRGlyLCAnYXVkaXQuanNvbicpXSxcbiAgICAuLi5hdWRpdCxcbiAgICByZXNvdXJjZVR5cGVzOiBhdWRpdC5yZXNvdXJjZXMubWFwKHRlcnJhZm9ybVR5cGUpLFxuICAgIHdhcm5pbmdzOiB0ZXJyYWZvcm1TdGFja1dhcm5pbmdzKG91dGRpciwgc3RhY2spLFxuICAgIG5leHQ6IG5leHQoc2hvd25QYXRoKHN0YWNrRGlyKSksXG4gIH07XG59XG5cbi8qKiBUaGUgVGVycmFmb3JtIHJlc291cmNlIHR5cGUgb2YgYW4gYWRkcmVzcyAoYGt1YmVybmV0ZXNfbmFtZXNwYWNlX3YxLnBlcm1pdF9uc18xMjM0YCAtPiBga3ViZXJuZXRlc19uYW1lc3BhY2VfdjFgKS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0ZXJyYWZvcm1UeXBlKGFkZHJlc3M6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBhZGRyZXNzLnNwbGl0KCcuJylbMF07XG59XG5cbi8qKiBTeW50aGVzaXplcyBgS3ViZXJuZXRlc1Blcm1pdFN0YWNrYCBpbnRvIGA8b3V0Pi9zdGFja3MvcGVybWl0LTxpZD4vYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzeW50aEt1YmVybmV0ZXNQZXJtaXQocmVxOiBQZXJtaXRTeW50aFJlcXVlc3QpOiBQZXJtaXRTeW50aFJlc3VsdCB7XG4gIGNvbnN0IHNldHRpbmdzID0gcmVxLmNvbmZpZ0ZpbGUgPyByZWFkS3ViZXJuZXRlc0NvbmZpZyhyZXEuY29uZmlnRmlsZSkgOiB7fTtcbiAgZnMubWtkaXJTeW5jKHJlcS5vdXRkaXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pO1xuICBjb25zdCBhcHAgPSBuZXcgQXBwKHsgb3V0ZGlyOiByZXEub3V0ZGlyLCBza2lwVmFsaWRhdGlvbjogZmFsc2UgfSk7XG4gIGNvbnN0IHN0YWNrID0gS3ViZXJuZXRlc1Blcm1pdFN0YWNrLnN0YWNrTmFtZU9mKHJlcS5wZXJtaXQuaWQpO1xuICBuZXcgS3ViZXJuZXRlc1Blcm1pdFN0YWNrKGFwcCwgc3RhY2ssIHtcbiAgICAuLi5zZXR0aW5ncyxcbiAgICBwZXJtaXQ6IHJlcS5wZXJtaXQsXG4gICAgcmVnaXN0cnk6IHJlcS5yZWdpc3RyeSxcbiAgICAuLi4ocmVxLnRpbWVzdGFtcCA/IHsgYXVkaXRUaW1lc3RhbXA6IHJlcS50aW1lc3RhbXAgfSA6IHt9KSxcbiAgfSk7XG4gIGFwcC5zeW50aCgpO1xuICByZXR1cm4gdGVycmFmb3JtUGVybWl0UmVzdWx0KHJlcS5vdXRkaXIsIHN0YWNrLCAoZGlyKSA9PiBgdGVycmFmb3JtIC1jaGRpcj0ke2Rpcn0gaW5pdCAmJiB0ZXJyYWZvcm0gLWNoZGlyPSR7ZGlyfSBhcHBseSAgKHdpdGggdGhlIHBlcm1pdCdzIHN0YXRlKWApO1xufVxuIl19