/**
 * Monitoring of a lab on Kubernetes (KubeVirt): Prometheus alerting rules and a Grafana dashboard,
 * written as ConfigMaps in the lab's namespace for the cluster's Prometheus (a rule_files mount,
 * or the Prometheus Operator's rule ConfigMap loader) and Grafana (the dashboard sidecar picks
 * ConfigMaps labelled `grafana_dashboard: "1"`). The thresholds are those of LabMonitoring on AWS:
 *
 * - a workspace not ready (its virt-launcher pod) for 10 minutes (AWS: status checks, 2 x 5 min);
 * - a workspace volume with less than 10% free for 15 minutes (AWS: disk nearly full);
 * - the package proxy without an available replica for 5 minutes (AWS: unhealthy targets);
 * - a container restarting more than 3 times in 15 minutes;
 * - the lab's ResourceQuota above 90% used for 15 minutes;
 * - availability of the workspaces over an hour below the target (default 99.5%).
 *
 * The metrics are kube-state-metrics' (`kube_pod_status_ready`, `kube_deployment_status_replicas_available`,
 * `kube_pod_container_status_restarts_total`, `kube_resourcequota`), the kubelet's
 * (`kubelet_volume_stats_*`) and KubeVirt's (`kubevirt_vmi_vcpu_seconds_total`).
 */
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { Construct } from 'constructs';
import * as YAML from 'yaml';
import type { ITerraformDependable } from '../../terraform/cdktf';

/** What the rules and the dashboard watch. */
export interface KubernetesMonitoringOptions {
  readonly namespace: string;
  readonly labName: string;
  /** The package proxy's Deployment, when the lab runs one. */
  readonly proxyDeployment?: string;
  /** Availability target in percent. */
  readonly availabilityTarget?: number;
}

/** Names of the ConfigMaps and of the file keys in them. */
export const MONITORING_NAMES = {
  rules: 'rws-alert-rules',
  rulesKey: 'lab-alerts.rules.yaml',
  dashboard: 'rws-grafana-dashboard',
  dashboardKey: 'lab-dashboard.json',
} as const;

/** The Prometheus rules file of a lab (a `groups:` document). */
export function labAlertRules(o: KubernetesMonitoringOptions): any {
  const ns = `namespace="${o.namespace}"`;
  const launcher = `${ns}, condition="true", pod=~"virt-launcher-.*"`;
  const target = (o.availabilityTarget ?? 99.5) / 100;
  const labels = (severity: string) => ({ severity, lab: o.labName, namespace: o.namespace });
  const rules: any[] = [
    {
      record: 'rws_lab:workspace_ready',
      expr: `max by (namespace, pod) (kube_pod_status_ready{${launcher}})`,
    },
    {
      alert: 'RwsWorkspaceNotReady',
      expr: 'rws_lab:workspace_ready{namespace="' + o.namespace + '"} == 0',
      for: '10m',
      labels: labels('warning'),
      annotations: { summary: `A workspace of lab ${o.labName} is not ready`, description: 'virt-launcher pod {{ $labels.pod }} has not been ready for 10 minutes.' },
    },
    {
      alert: 'RwsWorkspaceDiskNearlyFull',
      expr: `kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}} < 0.10`,
      for: '15m',
      labels: labels('warning'),
      annotations: { summary: `A volume of lab ${o.labName} is nearly full`, description: 'PVC {{ $labels.persistentvolumeclaim }} has less than 10% free.' },
    },
    {
      alert: 'RwsContainerRestarting',
      expr: `increase(kube_pod_container_status_restarts_total{${ns}}[15m]) > 3`,
      labels: labels('warning'),
      annotations: { summary: `A container of lab ${o.labName} keeps restarting`, description: '{{ $labels.pod }}/{{ $labels.container }} restarted more than 3 times in 15 minutes.' },
    },
    {
      alert: 'RwsQuotaNearlyUsed',
      expr: `kube_resourcequota{${ns}, type="used"} / ignoring(type) kube_resourcequota{${ns}, type="hard"} > 0.9`,
      for: '15m',
      labels: labels('info'),
      annotations: { summary: `Lab ${o.labName} has used more than 90% of its quota`, description: 'Resource {{ $labels.resource }} of quota {{ $labels.resourcequota }}.' },
    },
    {
      alert: 'RwsAvailabilityBelowTarget',
      expr: `avg_over_time(rws_lab:workspace_ready{${ns}}[1h]) < ${target}`,
      labels: labels('warning'),
      annotations: { summary: `Availability of a workspace of lab ${o.labName} below ${o.availabilityTarget ?? 99.5}% over the last hour (SLA)`, description: '{{ $labels.pod }}: {{ $value | humanizePercentage }}.' },
    },
  ];
  if (o.proxyDeployment) {
    rules.push({
      alert: 'RwsPackageProxyDown',
      expr: `kube_deployment_status_replicas_available{${ns}, deployment="${o.proxyDeployment}"} < 1`,
      for: '5m',
      labels: labels('critical'),
      annotations: { summary: `The package proxy of lab ${o.labName} is down`, description: 'Proxied workspaces cannot install packages.' },
    });
  }
  return { groups: [{ name: `rws-lab-${o.labName}`, rules }] };
}

/** The Grafana dashboard of a lab (a dashboard JSON model; the data source is picked at import). */
export function labGrafanaDashboard(o: KubernetesMonitoringOptions): any {
  const ns = `namespace="${o.namespace}"`;
  const panel = (id: number, title: string, expr: string, legend: string, x: number, y: number, unit = 'short') => ({
    id,
    title,
    type: 'timeseries',
    gridPos: { h: 8, w: 12, x, y },
    // `$datasource`, not `${datasource}`: Terraform would read the braces as an interpolation.
    datasource: { type: 'prometheus', uid: '$datasource' },
    fieldConfig: { defaults: { unit }, overrides: [] },
    targets: [{ refId: 'A', expr, legendFormat: legend }],
  });
  return {
    title: `Research lab ${o.labName}`,
    uid: `rws-${o.namespace}`.slice(0, 40),
    tags: ['cdk-research-workspaces', o.labName],
    schemaVersion: 39,
    time: { from: 'now-24h', to: 'now' },
    templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }] },
    panels: [
      panel(1, 'Running workspaces (ready virt-launcher pods)', `sum(rws_lab:workspace_ready{${ns}})`, 'running', 0, 0),
      panel(2, 'CPU of the workspaces (vCPU seconds per second)', `sum by (name) (rate(kubevirt_vmi_vcpu_seconds_total{${ns}}[5m]))`, '{{name}}', 12, 0),
      panel(3, 'Volume use', `1 - kubelet_volume_stats_available_bytes{${ns}} / kubelet_volume_stats_capacity_bytes{${ns}}`, '{{persistentvolumeclaim}}', 0, 8, 'percentunit'),
      panel(4, 'Quota used', `kube_resourcequota{${ns}, type="used"} / ignoring(type) kube_resourcequota{${ns}, type="hard"}`, '{{resource}}', 12, 8, 'percentunit'),
      panel(5, `Availability over an hour (SLA ${o.availabilityTarget ?? 99.5}%)`, `avg_over_time(rws_lab:workspace_ready{${ns}}[1h])`, '{{pod}}', 0, 16, 'percentunit'),
      ...(o.proxyDeployment
        ? [panel(6, 'Package proxy: available replicas', `kube_deployment_status_replicas_available{${ns}, deployment="${o.proxyDeployment}"}`, 'proxy', 12, 16)]
        : []),
    ],
  };
}

/** The two ConfigMaps in the lab's namespace. */
export function addKubernetesLabMonitoring(scope: Construct, o: KubernetesMonitoringOptions, labels: Record<string, string>,
  dependsOn: ITerraformDependable[]): void {
  new ConfigMapV1(scope, 'AlertRules', {
    metadata: { name: MONITORING_NAMES.rules, namespace: o.namespace, labels: { ...labels, prometheus_rule: '1' } },
    data: { [MONITORING_NAMES.rulesKey]: YAML.stringify(labAlertRules(o), { lineWidth: 0 }) },
    dependsOn,
  });
  new ConfigMapV1(scope, 'GrafanaDashboard', {
    metadata: { name: MONITORING_NAMES.dashboard, namespace: o.namespace, labels: { ...labels, grafana_dashboard: '1' } },
    data: { [MONITORING_NAMES.dashboardKey]: JSON.stringify(labGrafanaDashboard(o), null, 2) },
    dependsOn,
  });
}
