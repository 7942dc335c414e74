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
exports.MONITORING_NAMES = void 0;
exports.labAlertRules = labAlertRules;
exports.labGrafanaDashboard = labGrafanaDashboard;
exports.addKubernetesLabMonitoring = addKubernetesLabMonitoring;
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
const config_map_v1_1 = require("@cdktf/provider-kubernetes/lib/config-map-v1");
const YAML = __importStar(require("yaml"));
/** Names of the ConfigMaps and of the file keys in them. */
exports.MONITORING_NAMES = {
    rules: 'rws-alert-rules',
    rulesKey: 'lab-alerts.rules.yaml',
    dashboard: 'rws-grafana-dashboard',
    dashboardKey: 'lab-dashboard.json',
};
/** The Prometheus rules file of a lab (a `groups:` document). */
function labAlertRules(o) {
    const ns = `namespace="${o.namespace}"`;
    const launcher = `${ns}, condition="true", pod=~"virt-launcher-.*"`;
    const target = (o.availabilityTarget ?? 99.5) / 100;
    const labels = (severity) => ({ severity, lab: o.labName, namespace: o.namespace });
    const rules = [
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
function labGrafanaDashboard(o) {
    const ns = `namespace="${o.namespace}"`;
    const panel = (id, title, expr, legend, x, y, unit = 'short') => ({
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
function addKubernetesLabMonitoring(scope, o, labels, dependsOn) {
    new config_map_v1_1.ConfigMapV1(scope, 'AlertRules', {
        metadata: { name: exports.MONITORING_NAMES.rules, namespace: o.namespace, labels: { ...labels, prometheus_rule: '1' } },
        data: { [exports.MONITORING_NAMES.rulesKey]: YAML.stringify(labAlertRules(o), { lineWidth: 0 }) },
        dependsOn,
    });
    new config_map_v1_1.ConfigMapV1(scope, 'GrafanaDashboard', {
        metadata: { name: exports.MONITORING_NAMES.dashboard, namespace: o.namespace, labels: { ...labels, grafana_dashboard: '1' } },
        data: { [exports.MONITORING_NAMES.dashboardKey]: JSON.stringify(labGrafanaDashboard(o), null, 2) },
        dependsOn,
    });
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoibW9uaXRvcmluZy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2t1YmVybmV0ZXMvcHJpdmF0ZS9tb25pdG9yaW5nLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQXlDQSxzQ0FzREM7QUFHRCxrREE4QkM7QUFHRCxnRUFZQztBQS9JRDs7Ozs7Ozs7Ozs7Ozs7OztHQWdCRztBQUNILGdGQUEyRTtBQUUzRSwyQ0FBNkI7QUFhN0IsNERBQTREO0FBQy9DLFFBQUEsZ0JBQWdCLEdBQUc7SUFDOUIsS0FBSyxFQUFFLGlCQUFpQjtJQUN4QixRQUFRLEVBQUUsdUJBQXVCO0lBQ2pDLFNBQVMsRUFBRSx1QkFBdUI7SUFDbEMsWUFBWSxFQUFFLG9CQUFvQjtDQUMxQixDQUFDO0FBRVgsaUVBQWlFO0FBQ2pFLFNBQWdCLGFBQWEsQ0FBQyxDQUE4QjtJQUMxRCxNQUFNLEVBQUUsR0FBRyxjQUFjLENBQUMsQ0FBQyxTQUFTLEdBQUcsQ0FBQztJQUN4QyxNQUFNLFFBQVEsR0FBRyxHQUFHLEVBQUUsNkNBQTZDLENBQUM7SUFDcEUsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLENBQUMsa0JBQWtCLElBQUksSUFBSSxDQUFDLEdBQUcsR0FBRyxDQUFDO0lBQ3BELE1BQU0sTUFBTSxHQUFHLENBQUMsUUFBZ0IsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxDQUFDLENBQUM7SUFDNUYsTUFBTSxLQUFLLEdBQVU7UUFDbkI7WUFDRSxNQUFNLEVBQUUseUJBQXlCO1lBQ2pDLElBQUksRUFBRSxrREFBa0QsUUFBUSxJQUFJO1NBQ3JFO1FBQ0Q7WUFDRSxLQUFLLEVBQUUsc0JBQXNCO1lBQzdCLElBQUksRUFBRSxxQ0FBcUMsR0FBRyxDQUFDLENBQUMsU0FBUyxHQUFHLFNBQVM7WUFDckUsR0FBRyxFQUFFLEtBQUs7WUFDVixNQUFNLEVBQUUsTUFBTSxDQUFDLFNBQVMsQ0FBQztZQUN6QixXQUFXLEVBQUUsRUFBRSxPQUFPLEVBQUUsc0JBQXNCLENBQUMsQ0FBQyxPQUFPLGVBQWUsRUFBRSxXQUFXLEVBQUUsd0VBQXdFLEVBQUU7U0FDaEs7UUFDRDtZQUNFLEtBQUssRUFBRSw0QkFBNEI7WUFDbkMsSUFBSSxFQUFFLHdDQUF3QyxFQUFFLDJDQUEyQyxFQUFFLFVBQVU7WUFDdkcsR0FBRyxFQUFFLEtBQUs7WUFDVixNQUFNLEVBQUUsTUFBTSxDQUFDLFNBQVMsQ0FBQztZQUN6QixXQUFXLEVBQUUsRUFBRSxPQUFPLEVBQUUsbUJBQW1CLENBQUMsQ0FBQyxPQUFPLGlCQUFpQixFQUFFLFdBQVcsRUFBRSxpRUFBaUUsRUFBRTtTQUN4SjtRQUNEO1lBQ0UsS0FBSyxFQUFFLHdCQUF3QjtZQUMvQixJQUFJLEVBQUUscURBQXFELEVBQUUsYUFBYTtZQUMxRSxNQUFNLEVBQUUsTUFBTSxDQUFDLFNBQVMsQ0FBQztZQUN6QixXQUFXLEVBQUUsRUFBRSxPQUFPLEVBQUUsc0JBQXNCLENBQUMsQ0FBQyxPQUFPLG1CQUFtQixFQUFFLFdBQVcsRUFBRSxzRkFBc0YsRUFBRTtTQUNsTDtRQUNEO1lBQ0UsS0FBSyxFQUFFLG9CQUFvQjtZQUMzQixJQUFJLEVBQUUsc0JBQXNCLEVBQUUsc0RBQXNELEVBQUUsc0JBQXNCO1lBQzVHLEdBQUcsRUFBRSxLQUFLO1lBQ1YsTUFBTSxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUM7WUFDdEIsV0FBVyxFQUFFLEVBQUUsT0FBTyxFQUFFLE9BQU8sQ0FBQyxDQUFDLE9BQU8sc0NBQXNDLEVBQUUsV0FBVyxFQUFFLHVFQUF1RSxFQUFFO1NBQ3ZLO1FBQ0Q7WUFDRSxLQUFLLEVBQUUsNEJBQTRCO1lBQ25DLElBQUksRUFBRSx5Q0FBeUMsRUFBRSxZQUFZLE1BQU0sRUFBRTtZQUNyRSxNQUFNLEVBQUUsTUFBTSxDQUFDLFNBQVMsQ0FBQztZQUN6QixXQUFXLEVBQUUsRUFBRSxPQUFPLEVBQUUsc0NBQXNDLENBQUMsQ0FBQyxPQUFPLFVBQVUsQ0FBQyxDQUFDLGtCQUFrQixJQUFJLElBQUksNEJBQTRCLEVBQUUsV0FBVyxFQUFFLHVEQUF1RCxFQUFFO1NBQ2xOO0tBQ0YsQ0FBQztJQUNGLElBQUksQ0FBQyxDQUFDLGVBQWUsRUFBRSxDQUFDO1FBQ3RCLEtBQUssQ0FBQyxJQUFJLENBQUM7WUFDVCxLQUFLLEVBQUUscUJBQXFCO1lBQzVCLElBQUksRUFBRSw2Q0FBNkMsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDLGVBQWUsUUFBUTtZQUMvRixHQUFHLEVBQUUsSUFBSTtZQUNULE1BQU0sRUFBRSxNQUFNLENBQUMsVUFBVSxDQUFDO1lBQzFCLFdBQVcsRUFBRSxFQUFFLE9BQU8sRUFBRSw0QkFBNEIsQ0FBQyxDQUFDLE9BQU8sVUFBVSxFQUFFLFdBQVcsRUFBRSw2Q0FBNkMsRUFBRTtTQUN0SSxDQUFDLENBQUM7SUFDTCxDQUFDO0lBQ0QsT0FBTyxFQUFFLE1BQU0sRUFBRSxDQUFDLEVBQUUsSUFBSSxFQUFFLFdBQVcsQ0FBQyxDQUFDLE9BQU8sRUFBRSxFQUFFLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQztBQUMvRCxDQUFDO0FBRUQsb0dBQW9HO0FBQ3BHLFNBQWdCLG1CQUFtQixDQUFDLENBQThCO0lBQ2hFLE1BQU0sRUFBRSxHQUFHLGNBQWMsQ0FBQyxDQUFDLFNBQVMsR0FBRyxDQUFDO0lBQ3hDLE1BQU0sS0FBSyxHQUFHLENBQUMsRUFBVSxFQUFFLEtBQWEsRUFBRSxJQUFZLEVBQUUsTUFBYyxFQUFFLENBQVMsRUFBRSxDQUFTLEVBQUUsSUFBSSxHQUFHLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNoSCxFQUFFO1FBQ0YsS0FBSztRQUNMLElBQUksRUFBRSxZQUFZO1FBQ2xCLE9BQU8sRUFBRSxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsQ0FBQyxFQUFFO1FBQzlCLDJGQUEyRjtRQUMzRixVQUFVLEVBQUUsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLEdBQUcsRUFBRSxhQUFhLEVBQUU7UUFDdEQsV0FBVyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLEVBQUUsU0FBUyxFQUFFLEVBQUUsRUFBRTtRQUNsRCxPQUFPLEVBQUUsQ0FBQyxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxNQUFNLEVBQUUsQ0FBQztLQUN0RCxDQUFDLENBQUM7SUFDSCxPQUFPO1FBQ0wsS0FBSyxFQUFFLGdCQUFnQixDQUFDLENBQUMsT0FBTyxFQUFFO1FBQ2xDLEdBQUcsRUFBRSxPQUFPLENBQUMsQ0FBQyxTQUFTLEVBQUUsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQztRQUN0QyxJQUFJLEVBQUUsQ0FBQyx5QkFBeUIsRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDO1FBQzVDLGFBQWEsRUFBRSxFQUFFO1FBQ2pCLElBQUksRUFBRSxFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsRUFBRSxFQUFFLEtBQUssRUFBRTtRQUNwQyxVQUFVLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxLQUFLLEVBQUUsWUFBWSxFQUFFLENBQUMsRUFBRTtRQUN2RixNQUFNLEVBQUU7WUFDTixLQUFLLENBQUMsQ0FBQyxFQUFFLCtDQUErQyxFQUFFLCtCQUErQixFQUFFLElBQUksRUFBRSxTQUFTLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUNqSCxLQUFLLENBQUMsQ0FBQyxFQUFFLGlEQUFpRCxFQUFFLHVEQUF1RCxFQUFFLFNBQVMsRUFBRSxVQUFVLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztZQUNsSixLQUFLLENBQUMsQ0FBQyxFQUFFLFlBQVksRUFBRSw0Q0FBNEMsRUFBRSwyQ0FBMkMsRUFBRSxHQUFHLEVBQUUsMkJBQTJCLEVBQUUsQ0FBQyxFQUFFLENBQUMsRUFBRSxhQUFhLENBQUM7WUFDeEssS0FBSyxDQUFDLENBQUMsRUFBRSxZQUFZLEVBQUUsc0JBQXNCLEVBQUUsc0RBQXNELEVBQUUsZ0JBQWdCLEVBQUUsY0FBYyxFQUFFLEVBQUUsRUFBRSxDQUFDLEVBQUUsYUFBYSxDQUFDO1lBQzlKLEtBQUssQ0FBQyxDQUFDLEVBQUUsa0NBQWtDLENBQUMsQ0FBQyxrQkFBa0IsSUFBSSxJQUFJLElBQUksRUFBRSx5Q0FBeUMsRUFBRSxRQUFRLEVBQUUsU0FBUyxFQUFFLENBQUMsRUFBRSxFQUFFLEVBQUUsYUFBYSxDQUFDO1lBQ2xLLEdBQUcsQ0FBQyxDQUFDLENBQUMsZUFBZTtnQkFDbkIsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxtQ0FBbUMsRUFBRSw2Q0FBNkMsRUFBRSxpQkFBaUIsQ0FBQyxDQUFDLGVBQWUsSUFBSSxFQUFFLE9BQU8sRUFBRSxFQUFFLEVBQUUsRUFBRSxDQUFDLENBQUM7Z0JBQ3pKLENBQUMsQ0FBQyxFQUFFLENBQUM7U0FDUjtLQUNGLENBQUM7QUFDSixDQUFDO0FBRUQsaURBQWlEO0FBQ2pELFNBQWdCLDBCQUEwQixDQUFDLEtBQWdCLEVBQUUsQ0FBOEIsRUFBRSxNQUE4QixFQUN6SCxTQUFpQztJQUNqQyxJQUFJLDJCQUFXLENBQUMsS0FBSyxFQUFFLFlBQVksRUFBRTtRQUNuQyxRQUFRLEVBQUUsRUFBRSxJQUFJLEVBQUUsd0JBQWdCLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRSxDQUFDLENBQUMsU0FBUyxFQUFFLE1BQU0sRUFBRSxFQUFFLEdBQUcsTUFBTSxFQUFFLGVBQWUsRUFBRSxHQUFHLEVBQUUsRUFBRTtRQUMvRyxJQUFJLEVBQUUsRUFBRSxDQUFDLHdCQUFnQixDQUFDLFFBQVEsQ0FBQyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsU0FBUyxFQUFFLENBQUMsRUFBRSxDQUFDLEVBQUU7UUFDekYsU0FBUztLQUNWLENBQUMsQ0FBQztJQUNILElBQUksMkJBQVcsQ0FBQyxLQUFLLEVBQUUsa0JBQWtCLEVBQUU7UUFDekMsUUFBUSxFQUFFLEVBQUUsSUFBSSxFQUFFLHdCQUFnQixDQUFDLFNBQVMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVMsRUFBRSxNQUFNLEVBQUUsRUFBRSxHQUFHLE1BQU0sRUFBRSxpQkFBaUIsRUFBRSxHQUFHLEVBQUUsRUFBRTtRQUNySCxJQUFJLEVBQUUsRUFBRSxDQUFDLHdCQUFnQixDQUFDLFlBQVksQ0FBQyxFQUFFLElBQUksQ0FBQyxTQUFTLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxFQUFFO1FBQzFGLFNBQVM7S0FDVixDQUFDLENBQUM7QUFDTCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiLyoqXG4gKiBNb25pdG9yaW5nIG9mIGEgbGFiIG9uIEt1YmVybmV0ZXMgKEt1YmVWaXJ0KTogUHJvbWV0aGV1cyBhbGVydGluZyBydWxlcyBhbmQgYSBHcmFmYW5hIGRhc2hib2FyZCxcbiAqIHdyaXR0ZW4gYXMgQ29uZmlnTWFwcyBpbiB0aGUgbGFiJ3MgbmFtZXNwYWNlIGZvciB0aGUgY2x1c3RlcidzIFByb21ldGhldXMgKGEgcnVsZV9maWxlcyBtb3VudCxcbiAqIG9yIHRoZSBQcm9tZXRoZXVzIE9wZXJhdG9yJ3MgcnVsZSBDb25maWdNYXAgbG9hZGVyKSBhbmQgR3JhZmFuYSAodGhlIGRhc2hib2FyZCBzaWRlY2FyIHBpY2tzXG4gKiBDb25maWdNYXBzIGxhYmVsbGVkIGBncmFmYW5hX2Rhc2hib2FyZDogXCIxXCJgKS4gVGhlIHRocmVzaG9sZHMgYXJlIHRob3NlIG9mIExhYk1vbml0b3Jpbmcgb24gQVdTOlxuICpcbiAqIC0gYSB3b3Jrc3BhY2Ugbm90IHJlYWR5IChpdHMgdmlydC1sYXVuY2hlciBwb2QpIGZvciAxMCBtaW51dGVzIChBV1M6IHN0YXR1cyBjaGVja3MsIDIgeCA1IG1pbik7XG4gKiAtIGEgd29ya3NwYWNlIHZvbHVtZSB3aXRoIGxlc3MgdGhhbiAxMCUgZnJlZSBmb3IgMTUgbWludXRlcyAoQVdTOiBkaXNrIG5lYXJseSBmdWxsKTtcbiAqIC0gdGhlIHBhY2thZ2UgcHJveHkgd2l0aG91dCBhbiBhdmFpbGFibGUgcmVwbGljYSBmb3IgNSBtaW51dGVzIChBV1M6IHVuaGVhbHRoeSB0YXJnZXRzKTtcbiAqIC0gYSBjb250YWluZXIgcmVzdGFydGluZyBtb3JlIHRoYW4gMyB0aW1lcyBpbiAxNSBtaW51dGVzO1xuICogLSB0aGUgbGFiJ3MgUmVzb3VyY2VRdW90YSBhYm92ZSA5MCUgdXNlZCBmb3IgMTUgbWludXRlcztcbiAqIC0gYXZhaWxhYmlsaXR5IG9mIHRoZSB3b3Jrc3BhY2VzIG92ZXIgYW4gaG91ciBiZWxvdyB0aGUgdGFyZ2V0IChkZWZhdWx0IDk5LjUlKS5cbiAqXG4gKiBUaGUgbWV0cmljcyBhcmUga3ViZS1zdGF0ZS1tZXRyaWNzJyAoYGt1YmVfcG9kX3N0YXR1c19yZWFkeWAsIGBrdWJlX2RlcGxveW1lbnRfc3RhdHVzX3JlcGxpY2FzX2F2YWlsYWJsZWAsXG4gKiBga3ViZV9wb2RfY29udGFpbmVyX3N0YXR1c19yZXN0YXJ0c190b3RhbGAsIGBrdWJlX3Jlc291cmNlcXVvdGFgKSwgdGhlIGt1YmVsZXQnc1xuICogKGBrdWJlbGV0X3ZvbHVtZV9zdGF0c18qYCkgYW5kIEt1YmVWaXJ0J3MgKGBrdWJldmlydF92bWlfdmNwdV9zZWNvbmRzX3RvdGFsYCkuXG4gKi9cbmltcG9ydCB7IENvbmZpZ01hcFYxIH0gZnJvbSAnQGNka3RmL3Byb3ZpZGVyLWt1YmVybmV0ZXMvbGliL2NvbmZpZy1tYXAtdjEnO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgKiBhcyBZQU1MIGZyb20gJ3lhbWwnO1xuaW1wb3J0IHR5cGUgeyBJVGVycmFmb3JtRGVwZW5kYWJsZSB9IGZyb20gJy4uLy4uL3RlcnJhZm9ybS9jZGt0Zic7XG5cbi8qKiBXaGF0IHRoZSBydWxlcyBhbmQgdGhlIGRhc2hib2FyZCB3YXRjaC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgS3ViZXJuZXRlc01vbml0b3JpbmdPcHRpb25zIHtcbiAgcmVhZG9ubHkgbmFtZXNwYWNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxhYk5hbWU6IHN0cmluZztcbiAgLyoqIFRoZSBwYWNrYWdlIHByb3h5J3MgRGVwbG95bWVudCwgd2hlbiB0aGUgbGFiIHJ1bnMgb25lLiAqL1xuICByZWFkb25seSBwcm94eURlcGxveW1lbnQ/OiBzdHJpbmc7XG4gIC8qKiBBdmFpbGFiaWxpdHkgdGFyZ2V0IGluIHBlcmNlbnQuICovXG4gIHJlYWRvbmx5IGF2YWlsYWJpbGl0eVRhcmdldD86IG51bWJlcjtcbn1cblxuLyoqIE5hbWVzIG9mIHRoZSBDb25maWdNYXBzIGFuZCBvZiB0aGUgZmlsZSBrZXlzIGluIHRoZW0uICovXG5leHBvcnQgY29uc3QgTU9OSVRPUklOR19OQU1FUyA9IHtcbiAgcnVsZXM6ICdyd3MtYWxlcnQtcnVsZXMnLFxuICBydWxlc0tleTogJ2xhYi1hbGVydHMucnVsZXMueWFtbCcsXG4gIGRhc2hib2FyZDogJ3J3cy1ncmFmYW5hLWRhc2hib2FyZCcsXG4gIGRhc2hib2FyZEtleTogJ2xhYi1kYXNoYm9hcmQuanNvbicsXG59IGFzIGNvbnN0O1xuXG4vKiogVGhlIFByb21ldGhldXMgcnVsZXMgZmlsZSBvZiBhIGxhYiAoYSBgZ3JvdXBzOmAgZG9jdW1lbnQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxhYkFsZXJ0UnVsZXMobzogS3ViZXJuZXRlc01vbml0b3JpbmdPcHRpb25zKTogYW55IHtcbiAgY29uc3QgbnMgPSBgbmFtZXNwYWNlPVwiJHtvLm5hbWVzcGFjZX1cImA7XG4gIGNvbnN0IGxhdW5jaGVyID0gYCR7bnN9LCBjb25kaXRpb249XCJ0cnVlXCIsIHBvZD1+XCJ2aXJ0LWxhdW5jaGVyLS4qXCJgO1xuICBjb25zdCB0YXJnZXQgPSAoby5hdmFpbGFiaWxpdHlUYXJnZXQgPz8gOTkuNSkgLyAxMDA7XG4gIGNvbnN0IGxhYmVscyA9IChzZXZlcml0eTogc3RyaW5nKSA9PiAoeyBzZXZlcml0eSwgbGFiOiBvLmxhYk5hbWUsIG5hbWVzcGFjZTogby5uYW1lc3BhY2UgfSk7XG4gIGNvbnN0IHJ1bGVzOiBhbnlbXSA9IFtcbiAgICB7XG4gICAgICByZWNvcmQ6ICdyd3NfbGFiOndvcmtzcGFjZV9yZWFkeScsXG4gICAgICBleHByOiBgbWF4IGJ5IChuYW1lc3BhY2UsIHBvZCkgKGt1YmVfcG9kX3N0YXR1c19yZWFkeXske2xhdW5jaGVyfX0pYCxcbiAgICB9LFxuICAgIHtcbiAgICAgIGFsZXJ0OiAnUndzV29ya3NwYWNlTm90UmVhZHknLFxuICAgICAgZXhwcjogJ3J3c19sYWI6d29ya3NwYWNlX3JlYWR5e25hbWVzcGFjZT1cIicgKyBvLm5hbWVzcGFjZSArICdcIn0gPT0gMCcsXG4gICAgICBmb3I6ICcxMG0nLFxuICAgICAgbGFiZWxzOiBsYWJlbHMoJ3dhcm5pbmcnKSxcbiAgICAgIGFubm90YXRpb25zOiB7IHN1bW1hcnk6IGBBIHdvcmtzcGFjZSBvZiBsYWIgJHtvLmxhYk5hbWV9IGlzIG5vdCByZWFkeWAsIGRlc2NyaXB0aW9uOiAndmlydC1sYXVuY2hlciBwb2Qge3sgJGxhYmVscy5wb2QgfX0gaGFzIG5vdCBiZWVuIHJlYWR5IGZvciAxMCBtaW51dGVzLicgfSxcbiAgICB9LFxuICAgIHtcbiAgICAgIGFsZXJ0OiAnUndzV29ya3NwYWNlRGlza05lYXJseUZ1bGwnLFxuICAgICAgZXhwcjogYGt1YmVsZXRfdm9sdW1lX3N0YXRzX2F2YWlsYWJsZV9ieXRlc3ske25zfX0gLyBrdWJlbGV0X3ZvbHVtZV9zdGF0c19jYXBhY2l0eV9ieXRlc3ske25zfX0gPCAwLjEwYCxcbiAgICAgIGZvcjogJzE1bScsXG4gICAgICBsYWJlbHM6IGxhYmVscygnd2FybmluZycpLFxuICAgICAgYW5ub3RhdGlvbnM6IHsgc3VtbWFyeTogYEEgdm9sdW1lIG9mIGxhYiAke28ubGFiTmFtZX0gaXMgbmVhcmx5IGZ1bGxgLCBkZXNjcmlwdGlvbjogJ1BWQyB7eyAkbGFiZWxzLnBlcnNpc3RlbnR2b2x1bWVjbGFpbSB9fSBoYXMgbGVzcyB0aGFuIDEwJSBmcmVlLicgfSxcbiAgICB9LFxuICAgIHtcbiAgICAgIGFsZXJ0OiAnUndzQ29udGFpbmVyUmVzdGFydGluZycsXG4gICAgICBleHByOiBgaW5jcmVhc2Uoa3ViZV9wb2RfY29udGFpbmVyX3N0YXR1c19yZXN0YXJ0c190b3RhbHske25zfX1bMTVtXSkgPiAzYCxcbiAgICAgIGxhYmVsczogbGFiZWxzKCd3YXJuaW5nJyksXG4gICAgICBhbm5vdGF0aW9uczogeyBzdW1tYXJ5OiBgQSBjb250YWluZXIgb2YgbGFiICR7by5sYWJOYW1lfSBrZWVwcyByZXN0YXJ0aW5nYCwgZGVzY3JpcHRpb246ICd7eyAkbGFiZWxzLnBvZCB9fS97eyAkbGFiZWxzLmNvbnRhaW5lciB9fSByZXN0YXJ0ZWQgbW9yZSB0aGFuIDMgdGltZXMgaW4gMTUgbWludXRlcy4nIH0sXG4gICAgfSxcbiAgICB7XG4gICAgICBhbGVydDogJ1J3c1F1b3RhTmVhcmx5VXNlZCcsXG4gICAgICBleHByOiBga3ViZV9yZXNvdXJjZXF1b3RheyR7bnN9LCB0eXBlPVwidXNlZFwifSAvIGlnbm9yaW5nKHR5cGUpIGt1YmVfcmVzb3VyY2VxdW90YXske25zfSwgdHlwZT1cImhhcmRcIn0gPiAwLjlgLFxuICAgICAgZm9yOiAnMTVtJyxcbiAgICAgIGxhYmVsczogbGFiZWxzKCdpbmZvJyksXG4gICAgICBhbm5vdGF0aW9uczogeyBzdW1tYXJ5OiBgTGFiICR7by5sYWJOYW1lfSBoYXMgdXNlZCBtb3JlIHRoYW4gOTAlIG9mIGl0cyBxdW90YWAsIGRlc2NyaXB0aW9uOiAnUmVzb3VyY2Uge3sgJGxhYmVscy5yZXNvdXJjZSB9fSBvZiBxdW90YSB7eyAkbGFiZWxzLnJlc291cmNlcXVvdGEgfX0uJyB9LFxuICAgIH0sXG4gICAge1xuICAgICAgYWxlcnQ6ICdSd3NBdmFpbGFiaWxpdHlCZWxvd1RhcmdldCcsXG4gICAgICBleHByOiBgYXZnX292ZXJfdGltZShyd3NfbGFiOndvcmtzcGFjZV9yZWFkeXske25zfX1bMWhdKSA8ICR7dGFyZ2V0fWAsXG4gICAgICBsYWJlbHM6IGxhYmVscygnd2FybmluZycpLFxuICAgICAgYW5ub3RhdGlvbnM6IHsgc3VtbWFyeTogYEF2YWlsYWJpbGl0eSBvZiBhIHdvcmtzcGFjZSBvZiBsYWIgJHtvLmxhYk5hbWV9IGJlbG93ICR7by5hdmFpbGFiaWxpdHlUYXJnZXQgPz8gOTkuNX0lIG92ZXIgdGhlIGxhc3QgaG91ciAoU0xBKWAsIGRlc2NyaXB0aW9uOiAne3sgJGxhYmVscy5wb2QgfX06IHt7ICR2YWx1ZSB8IGh1bWFuaXplUGVyY2VudGFnZSB9fS4nIH0sXG4gICAgfSxcbiAgXTtcbiAgaWYgKG8ucHJveHlEZXBsb3ltZW50KSB7XG4gICAgcnVsZXMucHVzaCh7XG4gICAgICBhbGVydDogJ1J3c1BhY2thZ2VQcm94eURvd24nLFxuICAgICAgZXhwcjogYGt1YmVfZGVwbG95bWVudF9zdGF0dXNfcmVwbGljYXNfYXZhaWxhYmxleyR7bnN9LCBkZXBsb3ltZW50PVwiJHtvLnByb3h5RGVwbG95bWVudH1cIn0gPCAxYCxcbiAgICAgIGZvcjogJzVtJyxcbiAgICAgIGxhYmVsczogbGFiZWxzKCdjcml0aWNhbCcpLFxuICAgICAgYW5ub3RhdGlvbnM6IHsgc3VtbWFyeTogYFRoZSBwYWNrYWdlIHByb3h5IG9mIGxhYiAke28ubGFiTmFtZX0gaXMgZG93bmAsIGRlc2NyaXB0aW9uOiAnUHJveGllZCB3b3Jrc3BhY2VzIGNhbm5vdCBpbnN0YWxsIHBhY2thZ2VzLicgfSxcbiAgICB9KTtcbiAgfVxuICByZXR1cm4geyBncm91cHM6IFt7IG5hbWU6IGByd3MtbGFiLSR7by5sYWJOYW1lfWAsIHJ1bGVzIH1dIH07XG59XG5cbi8qKiBUaGUgR3JhZmFuYSBkYXNoYm9hcmQgb2YgYSBsYWIgKGEgZGFzaGJvYXJkIEpTT04gbW9kZWw7IHRoZSBkYXRhIHNvdXJjZSBpcyBwaWNrZWQgYXQgaW1wb3J0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsYWJHcmFmYW5hRGFzaGJvYXJkKG86IEt1YmVybmV0ZXNNb25pdG9yaW5nT3B0aW9ucyk6IGFueSB7XG4gIGNvbnN0IG5zID0gYG5hbWVzcGFjZT1cIiR7by5uYW1lc3BhY2V9XCJgO1xuICBjb25zdCBwYW5lbCA9IChpZDogbnVtYmVyLCB0aXRsZTogc3RyaW5nLCBleHByOiBzdHJpbmcsIGxlZ2VuZDogc3RyaW5nLCB4OiBudW1iZXIsIHk6IG51bWJlciwgdW5pdCA9ICdzaG9ydCcpID0+ICh7XG4gICAgaWQsXG4gICAgdGl0bGUsXG4gICAgdHlwZTogJ3RpbWVzZXJpZXMnLFxuICAgIGdyaWRQb3M6IHsgaDogOCwgdzogMTIsIHgsIHkgfSxcbiAgICAvLyBgJGRhdGFzb3VyY2VgLCBub3QgYCR7ZGF0YXNvdXJjZX1gOiBUZXJyYWZvcm0gd291bGQgcmVhZCB0aGUgYnJhY2VzIGFzIGFuIGludGVycG9sYXRpb24uXG4gICAgZGF0YXNvdXJjZTogeyB0eXBlOiAncHJvbWV0aGV1cycsIHVpZDogJyRkYXRhc291cmNlJyB9LFxuICAgIGZpZWxkQ29uZmlnOiB7IGRlZmF1bHRzOiB7IHVuaXQgfSwgb3ZlcnJpZGVzOiBbXSB9LFxuICAgIHRhcmdldHM6IFt7IHJlZklkOiAnQScsIGV4cHIsIGxlZ2VuZEZvcm1hdDogbGVnZW5kIH1dLFxuICB9KTtcbiAgcmV0dXJuIHtcbiAgICB0aXRsZTogYFJlc2VhcmNoIGxhYiAke28ubGFiTmFtZX1gLFxuICAgIHVpZDogYHJ3cy0ke28ubmFtZXNwYWNlfWAuc2xpY2UoMCwgNDApLFxuICAgIHRhZ3M6IFsnY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXMnLCBvLmxhYk5hbWVdLFxuICAgIHNjaGVtYVZlcnNpb246IDM5LFxuICAgIHRpbWU6IHsgZnJvbTogJ25vdy0yNGgnLCB0bzogJ25vdycgfSxcbiAgICB0ZW1wbGF0aW5nOiB7IGxpc3Q6IFt7IG5hbWU6ICdkYXRhc291cmNlJywgdHlwZTogJ2RhdGFzb3VyY2UnLCBxdWVyeTogJ3Byb21ldGhldXMnIH1dIH0sXG4gICAgcGFuZWxzOiBbXG4gICAgICBwYW5lbCgxLCAnUnVubmluZyB3b3Jrc3BhY2VzIChyZWFkeSB2aXJ0LWxhdW5jaGVyIHBvZHMpJywgYHN1bShyd3NfbGFiOndvcmtzcGFjZV9yZWFkeXske25zfX0pYCwgJ3J1bm5pbmcnLCAwLCAwKSxcbiAgICAgIHBhbmVsKDIsICdDUFUgb2YgdGhlIHdvcmtzcGFjZXMgKHZDUFUgc2Vjb25kcyBwZXIgc2Vjb25kKScsIGBzdW0gYnkgKG5hbWUpIChyYXRlKGt1YmV2aXJ0X3ZtaV92Y3B1X3NlY29uZHNfdG90YWx7JHtuc319WzVtXSkpYCwgJ3t7bmFtZX19JywgMTIsIDApLFxuICAgICAgcGFuZWwoMywgJ1ZvbHVtZSB1c2UnLCBgMSAtIGt1YmVsZXRfdm9sdW1lX3N0YXRzX2F2YWlsYWJsZV9ieXRlc3ske25zfX0gLyBrdWJlbGV0X3ZvbHVtZV9zdGF0c19jYXBhY2l0eV9ieXRlc3ske25zfX1gLCAne3twZXJzaXN0ZW50dm9sdW1lY2xhaW19fScsIDAsIDgsICdwZXJjZW50dW5pdCcpLFxuICAgICAgcGFuZWwoNCwgJ1F1b3RhIHVzZWQnLCBga3ViZV9yZXNvdXJjZXF1b3RheyR7bnN9LCB0eXBlPVwidXNlZFwifSAvIGlnbm9yaW5nKHR5cGUpIGt1YmVfcmVzb3VyY2VxdW90YXske25zfSwgdHlwZT1cImhhcmRcIn1gLCAne3tyZXNvdXJjZX19JywgMTIsIDgsICdwZXJjZW50dW5pdCcpLFxuICAgICAgcGFuZWwoNSwgYEF2YWlsYWJpbGl0eSBvdmVyIGFuIGhvdXIgKFNMQSAke28uYXZhaWxhYmlsaXR5VGFyZ2V0ID8/IDk5LjV9JSlgLCBgYXZnX292ZXJfdGltZShyd3NfbGFiOndvcmtzcGFjZV9yZWFkeXske25zfX1bMWhdKWAsICd7e3BvZH19JywgMCwgMTYsICdwZXJjZW50dW5pdCcpLFxuICAgICAgLi4uKG8ucHJveHlEZXBsb3ltZW50XG4gICAgICAgID8gW3BhbmVsKDYsICdQYWNrYWdlIHByb3h5OiBhdmFpbGFibGUgcmVwbGljYXMnLCBga3ViZV9kZXBsb3ltZW50X3N0YXR1c19yZXBsaWNhc19hdmFpbGFibGV7JHtuc30sIGRlcGxveW1lbnQ9XCIke28ucHJveHlEZXBsb3ltZW50fVwifWAsICdwcm94eScsIDEyLCAxNildXG4gICAgICAgIDogW10pLFxuICAgIF0sXG4gIH07XG59XG5cbi8qKiBUaGUgdHdvIENvbmZpZ01hcHMgaW4gdGhlIGxhYidzIG5hbWVzcGFjZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhZGRLdWJlcm5ldGVzTGFiTW9uaXRvcmluZyhzY29wZTogQ29uc3RydWN0LCBvOiBLdWJlcm5ldGVzTW9uaXRvcmluZ09wdGlvbnMsIGxhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPixcbiAgZGVwZW5kc09uOiBJVGVycmFmb3JtRGVwZW5kYWJsZVtdKTogdm9pZCB7XG4gIG5ldyBDb25maWdNYXBWMShzY29wZSwgJ0FsZXJ0UnVsZXMnLCB7XG4gICAgbWV0YWRhdGE6IHsgbmFtZTogTU9OSVRPUklOR19OQU1FUy5ydWxlcywgbmFtZXNwYWNlOiBvLm5hbWVzcGFjZSwgbGFiZWxzOiB7IC4uLmxhYmVscywgcHJvbWV0aGV1c19ydWxlOiAnMScgfSB9LFxuICAgIGRhdGE6IHsgW01PTklUT1JJTkdfTkFNRVMucnVsZXNLZXldOiBZQU1MLnN0cmluZ2lmeShsYWJBbGVydFJ1bGVzKG8pLCB7IGxpbmVXaWR0aDogMCB9KSB9LFxuICAgIGRlcGVuZHNPbixcbiAgfSk7XG4gIG5ldyBDb25maWdNYXBWMShzY29wZSwgJ0dyYWZhbmFEYXNoYm9hcmQnLCB7XG4gICAgbWV0YWRhdGE6IHsgbmFtZTogTU9OSVRPUklOR19OQU1FUy5kYXNoYm9hcmQsIG5hbWVzcGFjZTogby5uYW1lc3BhY2UsIGxhYmVsczogeyAuLi5sYWJlbHMsIGdyYWZhbmFfZGFzaGJvYXJkOiAnMScgfSB9LFxuICAgIGRhdGE6IHsgW01PTklUT1JJTkdfTkFNRVMuZGFzaGJvYXJkS2V5XTogSlNPTi5zdHJpbmdpZnkobGFiR3JhZmFuYURhc2hib2FyZChvKSwgbnVsbCwgMikgfSxcbiAgICBkZXBlbmRzT24sXG4gIH0pO1xufVxuIl19