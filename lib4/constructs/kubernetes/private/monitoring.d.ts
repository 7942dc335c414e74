import { Construct } from 'constructs';
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
export declare const MONITORING_NAMES: {
    readonly rules: "rws-alert-rules";
    readonly rulesKey: "lab-alerts.rules.yaml";
    readonly dashboard: "rws-grafana-dashboard";
    readonly dashboardKey: "lab-dashboard.json";
};
/** The Prometheus rules file of a lab (a `groups:` document). */
export declare function labAlertRules(o: KubernetesMonitoringOptions): any;
/** The Grafana dashboard of a lab (a dashboard JSON model; the data source is picked at import). */
export declare function labGrafanaDashboard(o: KubernetesMonitoringOptions): any;
/** The two ConfigMaps in the lab's namespace. */
export declare function addKubernetesLabMonitoring(scope: Construct, o: KubernetesMonitoringOptions, labels: Record<string, string>, dependsOn: ITerraformDependable[]): void;
