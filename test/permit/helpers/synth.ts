/**
 * Synthesizes permit stacks in-process (no cdktf CLI) into a temporary folder that the tests
 * remove, and reads the Terraform JSON back with small query helpers.
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  KubernetesPermitStack, KubernetesPermitStackProps, PermitProps, PermitStatus,
} from '../../../src';
import { App } from '../../../src/constructs/terraform/cdktf';
import { requireTool } from '../../helpers/tools';

/** The shared offline validator (../shared beside the repository). */
const TF_VALIDATE = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'tools', 'tf-validate', 'tf-validate');

/** Root of this run's synthesized output; removed by `cleanSynthRoot()`. */
let root: string | undefined;

/** A fresh folder under this run's temporary root. */
export function tempDir(prefix: string): string {
  if (!root) root = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-permit-'));
  return fs.mkdtempSync(path.join(root, `${prefix}-`));
}

/** Removes everything the helpers wrote. Call it in `afterAll`. */
export function cleanSynthRoot(): void {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = undefined;
}

/** One synthesized permit stack. */
export interface Synthesized {
  readonly stack: KubernetesPermitStack;
  readonly dir: string;
  readonly json: any;
  readonly audit: any;
}

/** The permit the tests use unless they say otherwise. */
export function basePermit(status: PermitStatus, previousStatus?: PermitStatus, overrides: Partial<PermitProps> = {}): PermitProps {
  return {
    id: 'p-042',
    status,
    previousStatus,
    eventId: 'evt-0001',
    dataHolders: [
      { id: 'hospital-a', allowedCidrs: ['203.0.113.0/24'] },
      { id: 'lab-b', allowedCidrs: ['198.51.100.16/28', '2001:db8:100::/48'] },
    ],
    researchers: [{ name: 'alice' }, { name: 'bob' }],
    hdabPreprocessor: { name: 'carol' },
    hdabReviewer: { name: 'dave' },
    setupReviewer: { name: 'erin' },
    ...overrides,
  };
}

/** Synthesizes one permit stack and returns its Terraform JSON and audit record. */
export function synth(permit: PermitProps, options: Omit<KubernetesPermitStackProps, 'permit'> = {}): Synthesized {
  const outdir = tempDir('synth');
  const app = new App({ outdir });
  const stack = new KubernetesPermitStack(app, KubernetesPermitStack.stackNameOf(permit.id), {
    auditTimestamp: '2025-01-01T00:00:00.000Z',
    ...options,
    permit,
  });
  app.synth();
  const dir = path.join(outdir, 'stacks', stack.node.id);
  return {
    stack,
    dir,
    json: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')),
    audit: JSON.parse(fs.readFileSync(path.join(dir, 'audit.json'), 'utf8')),
  };
}

/** Every resource of a type, as an array of bodies. */
export function resources(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

/** Every resource of every type, with its type and Terraform name. */
export function allResources(json: any): Array<{ type: string; name: string; body: any }> {
  return Object.entries<Record<string, any>>(json.resource ?? {}).flatMap(([type, byAddress]) =>
    Object.entries(byAddress).map(([name, body]) => ({ type, name, body })));
}

/** A resource by type and Kubernetes name (`metadata.name`). */
export function byName(json: any, type: string, name: string): any | undefined {
  return resources(json, type).find((r) => r.metadata?.name === name);
}

/** The StatefulSet of a workspace role. */
export function workspace(json: any, role: string): any | undefined {
  return byName(json, 'kubernetes_stateful_set_v1', role);
}

/** The pod spec of a StatefulSet or Deployment. */
export function podSpec(workload: any): any {
  return workload.spec.template.spec;
}

/** `{ claim, path, readOnly }` of every PVC mount of a workload's first container. */
export function claimMounts(workload: any): Array<{ claim: string; path: string; readOnly: boolean; sourceReadOnly: boolean }> {
  const spec = podSpec(workload);
  const claims = new Map<string, any>((spec.volume ?? [])
    .filter((v: any) => v.persistent_volume_claim).map((v: any) => [v.name, v.persistent_volume_claim]));
  return spec.container[0].volume_mount
    .filter((m: any) => claims.has(m.name))
    .map((m: any) => ({
      claim: claims.get(m.name).claim_name, path: m.mount_path, readOnly: m.read_only === true, sourceReadOnly: claims.get(m.name).read_only === true,
    }));
}

/** Whether a selector's match_labels select a pod with `labels`. */
export function selects(selector: any, labels: Record<string, string>): boolean {
  const match = selector?.match_labels ?? {};
  if (selector?.match_expressions?.length) throw new Error('match_expressions are not used by the construct');
  return Object.entries(match).every(([k, v]) => labels[k] === v);
}

/** NetworkPolicies that select a pod with these labels. */
export function policiesFor(json: any, labels: Record<string, string>): any[] {
  return resources(json, 'kubernetes_network_policy_v1').filter((p) => selects(p.spec.pod_selector, labels));
}

/** Pod template labels of a workload. */
export function podLabels(workload: any): Record<string, string> {
  return workload.spec.template.metadata.labels;
}

/** The result of tf-validate on some stack folders, or undefined when terraform is missing locally. */
export function tfValidate(dirs: string[]): { status: number; output: string } | undefined {
  if (!requireTool('terraform', 'tf-validate runs `terraform validate` offline on every synthesized permit stack')) return undefined;
  const r = spawnSync(TF_VALIDATE, ['--quiet', ...dirs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status ?? -1, output: `${r.stdout}\n${r.stderr}` };
}

/** tf-validate on several folders with `parallel` processes at once. */
export async function tfValidateAll(dirs: string[], parallel = 2): Promise<Array<{ dir: string; status: number; output: string }> | undefined> {
  if (!requireTool('terraform', 'tf-validate runs `terraform validate` offline on every synthesized permit stack')) return undefined;
  const queue = [...dirs];
  const results: Array<{ dir: string; status: number; output: string }> = [];
  const worker = async () => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
      const d = dir;
      results.push(await new Promise((resolve, reject) => {
        const p = spawn(TF_VALIDATE, ['--quiet', d]);
        let out = '';
        p.stdout.on('data', (b) => { out += String(b); });
        p.stderr.on('data', (b) => { out += String(b); });
        p.on('error', reject);
        p.on('close', (code) => resolve({ dir: d, status: code ?? -1, output: out }));
      }));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_KEY_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;

/** Types whose names must be DNS-1123 labels (the rest: subdomains). */
const LABEL_NAMED = new Set([
  'kubernetes_namespace_v1', 'kubernetes_service_v1', 'kubernetes_stateful_set_v1', 'kubernetes_deployment_v1', 'kubernetes_persistent_volume_claim_v1',
]);

/**
 * Kubernetes rules the API server would enforce and `terraform validate` does not: names,
 * label keys and values, selector/template agreement, volume names, ports. Returns the problems.
 */
export function kubernetesProblems(json: any): string[] {
  const problems: string[] = [];
  const checkLabels = (where: string, labels: Record<string, string> | undefined) => {
    for (const [k, v] of Object.entries(labels ?? {})) {
      const slash = k.lastIndexOf('/');
      const prefix = slash >= 0 ? k.slice(0, slash) : undefined;
      const name = slash >= 0 ? k.slice(slash + 1) : k;
      if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) problems.push(`${where}: label key prefix ${prefix}`);
      if (name.length > 63 || !LABEL_KEY_NAME.test(name)) problems.push(`${where}: label key ${k}`);
      if (v.length > 63 || !LABEL_VALUE.test(v)) problems.push(`${where}: label value ${k}=${v} (${v.length} chars)`);
    }
  };
  for (const { type, name, body } of allResources(json)) {
    if (!type.startsWith('kubernetes_')) continue;
    const where = `${type}.${name}`;
    const n: string = body.metadata?.name ?? '';
    const max = type === 'kubernetes_stateful_set_v1' ? 52 : 63;
    if (LABEL_NAMED.has(type) ? !(n.length <= max && DNS_LABEL.test(n)) : !(n.length <= 253 && DNS_SUBDOMAIN.test(n))) problems.push(`${where}: name ${n}`);
    if (type === 'kubernetes_service_v1' && !/^[a-z]/.test(n)) problems.push(`${where}: service name must start with a letter (DNS-1035): ${n}`);
    if (body.metadata?.namespace !== undefined && !DNS_LABEL.test(body.metadata.namespace)) problems.push(`${where}: namespace ${body.metadata.namespace}`);
    checkLabels(where, body.metadata?.labels);
    for (const [k, v] of Object.entries<string>(body.metadata?.annotations ?? {})) {
      if (v.length > 256 * 1024) problems.push(`${where}: annotation ${k} too long`);
    }
    const template = body.spec?.template;
    if (template) {
      checkLabels(`${where} template`, template.metadata.labels);
      if (!selects(body.spec.selector, template.metadata.labels)) problems.push(`${where}: selector does not select its own pods`);
      const spec = template.spec;
      const volumes = new Set<string>();
      for (const v of spec.volume ?? []) {
        if (!DNS_LABEL.test(v.name) || v.name.length > 63) problems.push(`${where}: volume name ${v.name}`);
        if (volumes.has(v.name)) problems.push(`${where}: volume ${v.name} twice`);
        volumes.add(v.name);
      }
      for (const c of spec.container) {
        if (!DNS_LABEL.test(c.name)) problems.push(`${where}: container name ${c.name}`);
        for (const m of c.volume_mount ?? []) if (!volumes.has(m.name)) problems.push(`${where}: mount of unknown volume ${m.name}`);
        for (const p of c.port ?? []) {
          if (p.name && (p.name.length > 15 || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(p.name))) problems.push(`${where}: port name ${p.name}`);
        }
        for (const e of c.env ?? []) if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(e.name)) problems.push(`${where}: env name ${e.name}`);
      }
    }
    if (type === 'kubernetes_secret_v1' || type === 'kubernetes_config_map_v1') {
      for (const k of Object.keys(body.data ?? {})) if (!/^[-._a-zA-Z0-9]+$/.test(k) || k.length > 253) problems.push(`${where}: data key ${k}`);
    }
  }
  return problems;
}

/** Replaces values that change between runs (paths, script hashes) for snapshots. */
export function stripVolatile(json: any): any {
  return JSON.parse(JSON.stringify(json, (k, v) => {
    if (k === 'backend') return '<backend>';
    if (k === 'cdk-research-workspaces.dev/entrypoint-sha256' || k === 'cdk-research-workspaces.dev/config-sha256') return '<sha256>';
    if (k === '//') return undefined;
    if (typeof v === 'string' && v.startsWith('#!/bin/bash')) return `<script ${v.length} chars>`;
    return v;
  }));
}
