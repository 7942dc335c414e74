import * as fs from 'fs';
import * as path from 'path';
import { ConfigField, configSchema, finishConfig, readConfig } from './config-file';
import type { PermitSynthRequest, PermitSynthResult } from './permit-synth';
import { shownPath } from './sources';
import { KubernetesAirlockExposure, KubernetesPermitOptions } from '../constructs/kubernetes/kubernetes-permit-workspace';
import { App } from '../constructs/terraform/cdktf';
import { terraformStackWarnings } from '../constructs/terraform/manifest';
import { readStateBackend } from '../constructs/terraform/state-backend';
import { stateBackendSchema } from '../private/lab-schemas';
import { KubernetesPermitStack } from '../stacks/kubernetes/kubernetes-permit-stack';
import { TerraformStateBackend } from '../stacks/terraform/terraform-state-backend';
import { lazy } from '../workspaces/private/schemas/json-schema';

/** The settings of `--config` for `--backend kubernetes`: KubernetesPermitStackProps in snake_case. */
export const KUBERNETES_FIELDS: ConfigField[] = [
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
  { key: 'airlock_exposure', prop: 'airlockExposure', kind: 'str', values: Object.values(KubernetesAirlockExposure) },
  { key: 'password_length', prop: 'passwordLength', kind: 'int', min: 16, max: 128 },
  { key: 'wait_for_rollout', prop: 'waitForRollout', kind: 'bool' },
];

/** The JSON Schema of the Kubernetes permit settings (`rws permit synth --backend kubernetes --config <file>`). */
export const kubernetesPermitSettingsSchema = lazy(() => configSchema('cdk-research-workspaces permit settings (Kubernetes)',
  'Settings of a permit\'s secure environment on Kubernetes (rws permit synth --backend kubernetes --config). Unknown keys are errors.',
  KUBERNETES_FIELDS, { state_backend: stateBackendSchema() }));

type KubernetesSettings = KubernetesPermitOptions & { kubeConfigPath?: string; kubeContext?: string; stateBackend?: TerraformStateBackend };

/** Reads `--config` for Kubernetes (every setting optional; `state_backend:` as in lab files). */
export function readKubernetesConfig(file: string): KubernetesSettings {
  const c = readConfig(file, 'Kubernetes permit', KUBERNETES_FIELDS, ['state_backend']);
  const stateBackend = readStateBackend(c.reader, c.data);
  finishConfig(c, 'Kubernetes permit', kubernetesPermitSettingsSchema());
  return { ...(c.props as KubernetesSettings), ...(stateBackend ? { stateBackend } : {}) };
}

/** Reads the audit record cdktf stacks write beside cdk.tf.json. */
export function readTerraformAudit(stackDir: string): { resources: string[]; protectedResources: string[] } {
  const audit = JSON.parse(fs.readFileSync(path.join(stackDir, 'audit.json'), 'utf8'));
  return { resources: audit.resources ?? [], protectedResources: audit.protectedResources ?? [] };
}

/**
 * What `rws permit synth` reports for a synthesized Terraform permit stack: its files, the
 * resources and protected resources of its audit record, and the next command (`next` gets the
 * stack folder as shown).
 */
export function terraformPermitResult(outdir: string, stack: string, next: (dir: string) => string): PermitSynthResult {
  const stackDir = path.join(outdir, 'stacks', stack);
  const audit = readTerraformAudit(stackDir);
  return {
    stack,
    files: [path.join(stackDir, 'cdk.tf.json'), path.join(stackDir, 'audit.json')],
    ...audit,
    resourceTypes: audit.resources.map(terraformType),
    warnings: terraformStackWarnings(outdir, stack),
    next: next(shownPath(stackDir)),
  };
}

/** The Terraform resource type of an address (`kubernetes_namespace_v1.permit_ns_1234` -> `kubernetes_namespace_v1`). */
export function terraformType(address: string): string {
  return address.split('.')[0];
}

/** Synthesizes `KubernetesPermitStack` into `<out>/stacks/permit-<id>/`. */
export function synthKubernetesPermit(req: PermitSynthRequest): PermitSynthResult {
  const settings = req.configFile ? readKubernetesConfig(req.configFile) : {};
  fs.mkdirSync(req.outdir, { recursive: true });
  const app = new App({ outdir: req.outdir, skipValidation: false });
  const stack = KubernetesPermitStack.stackNameOf(req.permit.id);
  new KubernetesPermitStack(app, stack, {
    ...settings,
    permit: req.permit,
    registry: req.registry,
    ...(req.timestamp ? { auditTimestamp: req.timestamp } : {}),
  });
  app.synth();
  return terraformPermitResult(req.outdir, stack, (dir) => `terraform -chdir=${dir} init && terraform -chdir=${dir} apply  (with the permit's state)`);
}
