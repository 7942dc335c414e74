/**
 * Helpers of the Proxmox tests: synthesis into a temporary folder that `cleanTemp()` removes,
 * small queries on the Terraform JSON, the cloud-configs and scripts inside snippets, and the
 * real validators (tf-validate, cloud-init schema, shellcheck).
 */
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import {
  PermitProps, PermitStatus, ProxmoxCloudImage, ProxmoxDatacenterFirewall, ProxmoxPermitOptions, ProxmoxPermitStack, ProxmoxPermitStackProps,
} from '../../src';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { requireTool } from '../helpers/tools';

/** The shared offline validator and the provider schema it checks against (../shared beside the repository). */
export const TF_VALIDATE = path.resolve(__dirname, '..', '..', '..', 'shared', 'tools', 'tf-validate', 'tf-validate');
export const PROXMOX_SCHEMA = path.resolve(__dirname, '..', '..', '..', 'shared', 'tools', 'tf-validate', 'schemas', 'bpg-proxmox.schema.json');

let root: string | undefined;

/** A fresh folder under this file's temporary root. */
export function tempDir(prefix: string): string {
  if (!root) root = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-proxmox-'));
  return fs.mkdtempSync(path.join(root, `${prefix}-`));
}

/** Removes everything the helpers wrote (call in afterAll). */
export function cleanTemp(): void {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = undefined;
}

/** A synthesized stack: its folder and JSON. */
export interface Synth {
  readonly dir: string;
  readonly json: any;
}

/** Synthesizes the stacks `build` adds to an app and returns the first one's JSON. */
export function synthApp(build: (app: App) => TerraformStack): Synth & { stack: TerraformStack } {
  const outdir = tempDir('synth');
  const app = new App({ outdir });
  const stack = build(app);
  app.synth();
  const dir = path.join(outdir, 'stacks', stack.node.id);
  return { stack, dir, json: JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8')) };
}

/** Every resource of a type, with its Terraform name. */
export function resources(json: any, type: string): Array<{ name: string; body: any }> {
  return Object.entries<any>(json.resource?.[type] ?? {}).map(([name, body]) => ({ name, body }));
}

/** Every resource of every type, as `type.name` addresses. */
export function addresses(json: any): string[] {
  return Object.entries<Record<string, any>>(json.resource ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((n) => `${type}.${n}`)).sort();
}

/** The VM with a Proxmox name. */
export function vm(json: any, name: string): { name: string; body: any } | undefined {
  return resources(json, 'proxmox_virtual_environment_vm').find((r) => r.body.name === name);
}

/** The resource a `${type.name.attr}` reference points at. */
export function deref(json: any, ref: string): { type: string; name: string; body: any } {
  const m = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.[a-z_]+\}$/.exec(ref);
  if (!m) throw new Error(`not a reference: ${ref}`);
  const body = json.resource?.[m[1]]?.[m[2]];
  if (!body) throw new Error(`dangling reference: ${ref}`);
  return { type: m[1], name: m[2], body };
}

/** The firewall resources (options, rules, ip sets) that name a VM's or container's id. */
export function firewallOf(json: any, guest: { name: string }, type = 'proxmox_virtual_environment_vm'): { options: any; rules: any[]; ipSets: any[] } {
  const ref = `\${${type}.${guest.name}.vm_id}`;
  const match = (b: any) => b.vm_id === ref || b.container_id === ref;
  return {
    options: resources(json, 'proxmox_virtual_environment_firewall_options').map((r) => r.body).find(match),
    rules: resources(json, 'proxmox_virtual_environment_firewall_rules').map((r) => r.body).filter(match).flatMap((b) => b.rule),
    ipSets: resources(json, 'proxmox_virtual_environment_firewall_ipset').map((r) => r.body).filter(match),
  };
}

/**
 * A snippet's text as the node receives it: Terraform escapes undone, and the references
 * Terraform fills in at apply (passwords, the host key) replaced by stand-ins.
 */
export function snippetText(data: string): string {
  return data
    .replace(/\$\{base64encode\([^}]*\)\}/g, 'c3NoLWtleQ==')
    .replace(/\$\{random_password\.[^}]*\.bcrypt_hash\}/g, () => BCRYPT_STAND_IN)
    .replace(/\$\{random_password\.[^}]*\}/g, 'Aa1-Bb2-Cc3-Dd4-Ee5-Ff6')
    .replace(/\$\$\{/g, '${')
    .replace(/%%\{/g, '%{');
}

/** What a `bcrypt_hash` reference stands for in `snippetText()` (a well-formed bcrypt hash). */
export const BCRYPT_STAND_IN = '$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy';

/** The user-data snippet of a VM (text as the node receives it). */
export function userDataOf(json: any, vmBody: any): string {
  return snippetText(deref(json, vmBody.initialization.user_data_file_id).body.source_raw.data);
}

/** A cloud-config parsed. */
export function cloudConfig(text: string): any {
  if (!text.startsWith('#cloud-config\n')) throw new Error('not a cloud-config');
  return parse(text);
}

/** One write_files entry of a cloud-config. */
export function writtenFile(config: any, p: string): string {
  const f = (config.write_files ?? []).find((x: any) => x.path === p);
  if (!f) throw new Error(`no write_files entry ${p}`);
  return f.content;
}

/** The result of tf-validate on one folder. */
export interface ValidateResult {
  readonly dir: string;
  readonly status: number;
  readonly output: string;
  readonly ms: number;
}

/** tf-validate on folders, two at a time; undefined when terraform is missing locally (loud skip; CI fails). */
export async function tfValidateAll(dirs: string[], parallel = 2): Promise<ValidateResult[] | undefined> {
  if (!requireTool('terraform', 'tf-validate runs `terraform validate` offline on every synthesized Proxmox stack')) return undefined;
  const queue = [...dirs];
  const results: ValidateResult[] = [];
  const worker = async () => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
      const d = dir;
      const t0 = Date.now();
      results.push(await new Promise((resolve, reject) => {
        const p = spawn(TF_VALIDATE, ['--quiet', d]);
        let out = '';
        p.stdout.on('data', (b) => { out += String(b); });
        p.stderr.on('data', (b) => { out += String(b); });
        p.on('error', reject);
        p.on('close', (code) => resolve({ dir: d, status: code ?? -1, output: out, ms: Date.now() - t0 }));
      }));
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

/** `cloud-init schema` on a cloud-config; undefined when cloud-init is missing locally. */
export function cloudInitSchema(text: string): { status: number; output: string } | undefined {
  if (!requireTool('cloud-init', 'the permit and workspace cloud-configs are checked with `cloud-init schema`')) return undefined;
  const f = path.join(tempDir('cloud-config'), 'user-data.yaml');
  fs.writeFileSync(f, text);
  const r = spawnSync('cloud-init', ['schema', '--config-file', f], { encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** shellcheck on a bash script; undefined when shellcheck is missing locally. */
export function shellcheck(script: string): { status: number; output: string } | undefined {
  if (!requireTool('shellcheck', 'generated shell scripts are checked with shellcheck')) return undefined;
  const r = spawnSync('shellcheck', ['-s', 'bash', '-'], { input: script, encoding: 'utf8' });
  return { status: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

/** The permit the tests use. */
export function permit(status: PermitStatus, previousStatus?: PermitStatus, overrides: Partial<PermitProps> = {}): PermitProps {
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

/** Proxmox options the permit tests use. */
export const PERMIT_OPTIONS: ProxmoxPermitOptions = {
  cluster: { nodes: ['pve1', 'pve2'], dnsServers: ['10.20.0.2'], datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED },
  nodeName: 'pve1',
  network: { cidr: '10.42.7.0/24' },
  image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9000, diskGiB: 12 }),
  gatewayCidrs: ['10.20.5.0/28'],
};

/** Synthesizes a permit stack. */
export function synthPermit(p: PermitProps, options: Partial<ProxmoxPermitStackProps> = {}): Synth & { stack: ProxmoxPermitStack; audit: any } {
  const r = synthApp((app) => new ProxmoxPermitStack(app, ProxmoxPermitStack.stackNameOf(p.id), {
    ...PERMIT_OPTIONS, auditTimestamp: '2025-01-01T00:00:00.000Z', ...options, permit: p,
  }));
  return { ...r, stack: r.stack as ProxmoxPermitStack, audit: JSON.parse(fs.readFileSync(path.join(r.dir, 'audit.json'), 'utf8')) };
}

/** A legal walk through every status (each with its previous status). */
export const LIFECYCLE_WALK: Array<[PermitStatus, PermitStatus | undefined]> = [
  [PermitStatus.AWAITING_INGRESS, undefined],
  [PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.AWAITING_INGRESS],
  [PermitStatus.DATA_PREPARATION_PENDING, PermitStatus.INGRESS_IN_PROGRESS],
  [PermitStatus.DATA_PREPARATION_REVIEW_PENDING, PermitStatus.DATA_PREPARATION_PENDING],
  [PermitStatus.DATA_PREPARATION_REWORK, PermitStatus.DATA_PREPARATION_REVIEW_PENDING],
  [PermitStatus.DATA_PREPARATION_REVIEW_PENDING, PermitStatus.DATA_PREPARATION_REWORK],
  [PermitStatus.WORKSPACE_SETUP_PENDING, PermitStatus.DATA_PREPARATION_REVIEW_PENDING],
  [PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, PermitStatus.WORKSPACE_SETUP_PENDING],
  [PermitStatus.WORKSPACE_SETUP_REWORK, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING],
  [PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, PermitStatus.WORKSPACE_SETUP_REWORK],
  [PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING],
  [PermitStatus.ANALYSIS_STOPPED, PermitStatus.ANALYSIS_ACTIVE],
  [PermitStatus.ANALYSIS_ACTIVE, PermitStatus.ANALYSIS_STOPPED],
  [PermitStatus.ARCHIVED, PermitStatus.ANALYSIS_ACTIVE],
  [PermitStatus.DELETED, PermitStatus.ARCHIVED],
];
