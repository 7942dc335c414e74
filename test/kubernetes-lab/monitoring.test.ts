/**
 * A Kubernetes lab's monitoring: the Prometheus alert rules and the Grafana dashboard
 * KubernetesLabStack writes as ConfigMaps in the lab's namespace, checked with the real promtool
 * (Debian's prometheus package): `promtool check rules` on the rules as synthesized, and
 * `promtool test rules` with series that must fire each alert at its threshold and not below.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { EgressMode, KubernetesLabStack, WorkspaceSize } from '../../src';
import { MONITORING_NAMES } from '../../src/constructs/kubernetes/private/monitoring';
import { requireTool } from '../helpers/tools';
import { cleanTemp, synthApp, tempDir } from '../proxmox/helpers';

afterAll(cleanTemp);

let rulesText: string;
let dashboard: any;
let configMaps: any[];

beforeAll(() => {
  const { json } = synthApp((app) => new KubernetesLabStack(app, 'astro-lab', {
    labName: 'astro',
    egress: EgressMode.PROXIED,
    workspaces: [{ name: 'w1', template: 'ubuntu-24-04', size: WorkspaceSize.M }, { name: 'w2', template: 'debian-12', egress: EgressMode.NONE }],
  }));
  configMaps = Object.values<any>(json.resource.kubernetes_config_map_v1);
  rulesText = configMaps.find((c) => c.metadata.name === MONITORING_NAMES.rules).data[MONITORING_NAMES.rulesKey];
  dashboard = JSON.parse(configMaps.find((c) => c.metadata.name === MONITORING_NAMES.dashboard).data[MONITORING_NAMES.dashboardKey]);
});

function promtool(args: string[], cwd: string): { status: number | null; out: string } {
  const r = spawnSync('promtool', args, { cwd, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test('the ConfigMaps are in the lab\'s namespace, labelled for the Prometheus rule loader and the Grafana sidecar', () => {
  const rules = configMaps.find((c) => c.metadata.name === MONITORING_NAMES.rules);
  const dash = configMaps.find((c) => c.metadata.name === MONITORING_NAMES.dashboard);
  expect(rules.metadata).toMatchObject({ namespace: 'lab-astro', labels: { prometheus_rule: '1' } });
  expect(dash.metadata).toMatchObject({ namespace: 'lab-astro', labels: { grafana_dashboard: '1' } });
  const names = YAML.parse(rulesText).groups[0].rules.map((r: any) => r.alert ?? r.record);
  expect(names).toEqual(['rws_lab:workspace_ready', 'RwsWorkspaceNotReady', 'RwsWorkspaceDiskNearlyFull', 'RwsContainerRestarting',
    'RwsQuotaNearlyUsed', 'RwsAvailabilityBelowTarget', 'RwsPackageProxyDown']);
  // Every query of the rules and the dashboard is limited to the lab's namespace.
  for (const r of YAML.parse(rulesText).groups[0].rules) expect(r.expr).toContain('namespace="lab-astro"');
  for (const p of dashboard.panels) expect(p.targets[0].expr).toContain('namespace="lab-astro"');
  // Nothing Terraform would read as an interpolation (`${...}`) in either file.
  expect(JSON.stringify(configMaps.map((c) => c.data))).not.toMatch(/\$\{/);
});

test('promtool check rules accepts the rules as synthesized, and the dashboard\'s queries', () => {
  if (!requireTool('promtool', 'checks the Kubernetes labs\' Prometheus rules (Debian package prometheus)')) return;
  const dir = tempDir('promtool');
  fs.writeFileSync(path.join(dir, 'rules.yaml'), rulesText);
  const ok = promtool(['check', 'rules', 'rules.yaml'], dir);
  expect(ok.out).toMatch(/SUCCESS: 7 rules found/);
  expect(ok.status).toBe(0);
  // The dashboard's queries, as recording rules, parse too.
  const panels = { groups: [{ name: 'dashboard', rules: dashboard.panels.map((p: any, i: number) => ({ record: `rws_dashboard:panel_${i}`, expr: p.targets[0].expr })) }] };
  fs.writeFileSync(path.join(dir, 'dashboard.yaml'), YAML.stringify(panels));
  expect(promtool(['check', 'rules', 'dashboard.yaml'], dir).status).toBe(0);
  // The check is real: a broken expression fails it.
  fs.writeFileSync(path.join(dir, 'broken.yaml'), rulesText.replace('< 0.10', '< < 0.10'));
  const bad = promtool(['check', 'rules', 'broken.yaml'], dir);
  expect(bad.status).not.toBe(0);
  expect(bad.out).toMatch(/parse error/);
});

test('promtool test rules: each alert fires at its threshold, and not below it', () => {
  if (!requireTool('promtool', 'unit-tests the Kubernetes labs\' Prometheus rules (Debian package prometheus)')) return;
  const dir = tempDir('promtool');
  fs.writeFileSync(path.join(dir, 'rules.yaml'), rulesText);
  const ns = 'namespace="lab-astro"';
  const common = { severity: 'warning', lab: 'astro', namespace: 'lab-astro' };
  const tests = {
    rule_files: ['rules.yaml'],
    evaluation_interval: '1m',
    tests: [{
      interval: '1m',
      input_series: [
        // w1's volume 95% used (fires after 15 min); w2's 50% used (never).
        { series: `kubelet_volume_stats_available_bytes{${ns}, persistentvolumeclaim="w1"}`, values: '5x30' },
        { series: `kubelet_volume_stats_capacity_bytes{${ns}, persistentvolumeclaim="w1"}`, values: '100x30' },
        { series: `kubelet_volume_stats_available_bytes{${ns}, persistentvolumeclaim="w2"}`, values: '50x30' },
        { series: `kubelet_volume_stats_capacity_bytes{${ns}, persistentvolumeclaim="w2"}`, values: '100x30' },
        // w1's launcher not ready from the start; w2's ready.
        { series: `kube_pod_status_ready{${ns}, condition="true", pod="virt-launcher-w1-abcde"}`, values: '0x30' },
        { series: `kube_pod_status_ready{${ns}, condition="true", pod="virt-launcher-w2-fghij"}`, values: '1x30' },
        // The proxy has no available replica.
        { series: `kube_deployment_status_replicas_available{${ns}, deployment="egress-proxy"}`, values: '0x30' },
      ],
      alert_rule_test: [
        { eval_time: '10m', alertname: 'RwsWorkspaceDiskNearlyFull', exp_alerts: [] },
        {
          eval_time: '20m',
          alertname: 'RwsWorkspaceDiskNearlyFull',
          exp_alerts: [{
            exp_labels: { ...common, persistentvolumeclaim: 'w1' },
            exp_annotations: { summary: 'A volume of lab astro is nearly full', description: 'PVC w1 has less than 10% free.' },
          }],
        },
        { eval_time: '5m', alertname: 'RwsWorkspaceNotReady', exp_alerts: [] },
        {
          eval_time: '15m',
          alertname: 'RwsWorkspaceNotReady',
          exp_alerts: [{
            exp_labels: { ...common, pod: 'virt-launcher-w1-abcde' },
            exp_annotations: { summary: 'A workspace of lab astro is not ready', description: 'virt-launcher pod virt-launcher-w1-abcde has not been ready for 10 minutes.' },
          }],
        },
        {
          eval_time: '10m',
          alertname: 'RwsPackageProxyDown',
          exp_alerts: [{
            exp_labels: { ...common, severity: 'critical', deployment: 'egress-proxy' },
            exp_annotations: { summary: 'The package proxy of lab astro is down', description: 'Proxied workspaces cannot install packages.' },
          }],
        },
      ],
    }],
  };
  fs.writeFileSync(path.join(dir, 'tests.yaml'), YAML.stringify(tests));
  const r = promtool(['test', 'rules', 'tests.yaml'], dir);
  expect(r.out).toMatch(/SUCCESS/);
  expect(r.status).toBe(0);
});
