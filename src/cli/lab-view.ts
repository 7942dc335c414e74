import * as fs from 'fs';
import * as path from 'path';
import { CliInputError, UsageError } from './command';
import { relocate } from './locate';
import { shownPath } from './sources';
import { LAB_PROXY } from '../constructs/kubernetes/private/names';
import type { LabDefinition } from '../stacks/aws/lab-stack';
import type { KubernetesLabFile } from '../stacks/kubernetes/kubernetes-lab-file';
import type { ProxmoxLabFile } from '../stacks/proxmox/proxmox-lab-file';
import { ResolvedTemplate, TemplateCatalog } from '../workspaces/catalog';
import { Diagnostic } from '../workspaces/errors';
import { DEFAULT_EGRESS_DOMAINS, EgressMode, WorkspacePolicy } from '../workspaces/policy';
import { PriceTable } from '../workspaces/pricing';
import { OFFICIAL_CLOUD_IMAGES } from '../workspaces/private/cloud-images';
import { problem, WorkspaceInputError } from '../workspaces/private/error';
import { webServicesOf } from '../workspaces/private/web-services';
import { YamlPath, YamlSource } from '../workspaces/private/yaml-source';
import { Architecture, Sizes, WorkspaceSize } from '../workspaces/sizes';
import { Sizing, WorkspaceSizing } from '../workspaces/sizing';
import { Notebooks } from '../workspaces/studio';
import type { NfsStorageProps, StorageLayout } from '../workspaces/userdata';
import { ResearchGroup, ResearchUser, UserRegistry } from '../workspaces/users';

/**
 * A lab file read into one backend-neutral picture: what `rws lab cost`, `rws lab diagram` and
 * the summary of `rws lab synth` show. The AWS file is `LabStack`'s lab.yaml (read by
 * `LabStack.loadDefinition`); the Proxmox file is read by `readProxmoxLabFile`, the Kubernetes
 * file by `readKubernetesLabFile`. The readers (and so aws-cdk-lib and cdktf) are loaded only
 * when a command needs them.
 */

/** Backends a lab file can be for. */
export const LAB_BACKENDS = ['aws', 'kubernetes', 'proxmox'] as const;
export type LabBackend = 'aws' | 'kubernetes' | 'proxmox';

/** How a person reaches a workspace (`kubernetes-api`: `virtctl ssh` and `virtctl port-forward` through the API server). */
export type LabAccess = 'session-manager' | 'web-gateway' | 'ssh' | 'remote-access' | 'kubernetes-api';

/** One workspace, sized and priced. */
export interface LabWorkspaceView {
  readonly name: string;
  /** Template slug. */
  readonly template: string;
  readonly templateName: string;
  /** The template's connection type (ssh, web, dcv, all). */
  readonly connection: string;
  readonly size: WorkspaceSize;
  readonly architecture: Architecture;
  /** The EC2 instance type (on Proxmox and Kubernetes: the equivalent type, for the price). */
  readonly instanceType: string;
  readonly vcpus: number;
  readonly memoryMiB: number;
  readonly gpus: number;
  /** On-demand USD per hour, when known. */
  readonly hourlyCost?: number;
  /** Where the price came from. */
  readonly costSource: string;
  readonly owner?: string;
  readonly project?: string;
  /** Registry users with an account: a list, or every user of the registry. */
  readonly accounts: string[] | 'all';
  /** How people reach it. */
  readonly access: LabAccess[];
  /** Template services published behind the web gateway. */
  readonly webServices: string[];
  /** Internet access. */
  readonly egress: EgressMode;
  readonly spot: boolean;
  readonly hibernation: boolean;
  /** Minutes of idleness after which it stops itself (undefined: idle stop off). */
  readonly idleStopMinutes?: number;
  /** Whether it mounts the lab's shared storage. */
  readonly sharedStorage: boolean;
  /** Proxmox node. */
  readonly node?: string;
  /** Proxmox kind: vm or lxc. */
  readonly kind?: string;
  /** Root disk in GiB (Kubernetes). */
  readonly diskGiB?: number;
  /** Whether it runs (Kubernetes: `started`). */
  readonly started?: boolean;
}

/** The lab's network. */
export interface LabNetworkView {
  /** `vpc` (AWS), `proxmox` or `kubernetes` (the lab's namespace). */
  readonly kind: 'vpc' | 'proxmox' | 'kubernetes';
  /** One-line description. */
  readonly summary: string;
  /** Further lines (endpoints, DNS, proxy, ...). */
  readonly details: string[];
  /** How the egress works, one line. */
  readonly egressPath: string;
  /** AWS VPC endpoints (interface and gateway). */
  readonly endpoints: string[];
  /** Networks allowed in (SSH on AWS and Kubernetes, SSH/remote desktop on Proxmox). */
  readonly accessCidrs: string[];
  /** The lab's package proxy, when it runs one (Kubernetes: squid in the namespace): lines of text. */
  readonly proxy?: string[];
}

/** The lab's shared storage. */
export interface LabStorageView {
  /** `efs` or `nfs`. */
  readonly kind: 'efs' | 'nfs';
  /** One-line description. */
  readonly summary: string;
  readonly mountPoint: string;
  readonly homes: string;
  readonly projects: string;
  readonly scratch: string;
}

/** One notebook app (a user profile's default app, or a shared space), priced. */
export interface LabNotebookView {
  /** `profile` (one per user) or `space` (a shared project space). */
  readonly kind: 'profile' | 'space';
  /** User profile (registry user) or space name. */
  readonly name: string;
  /** Who is charged: the user, or the space's owner. */
  readonly owner: string;
  /** Project of a space. */
  readonly project?: string;
  readonly instanceType: string;
  /** On-demand USD per hour, when known. */
  readonly hourlyCost?: number;
  /** Minutes of idleness after which SageMaker shuts the app down. */
  readonly idleStopMinutes: number;
}

/** A lab, backend-neutral. */
export interface LabView {
  readonly backend: LabBackend;
  /** The lab file, as given. */
  readonly file: string;
  readonly name: string;
  readonly region?: string;
  /** The lab's namespace (Kubernetes). */
  readonly namespace?: string;
  /** The lab's egress mode (on Proxmox and Kubernetes: the default of its workspaces). */
  readonly egress: EgressMode;
  /** Domains a proxied workspace may reach. */
  readonly egressAllowedDomains: string[];
  readonly policyName?: string;
  readonly policyFile?: string;
  readonly registryFile?: string;
  readonly users: ResearchUser[];
  readonly groups: ResearchGroup[];
  readonly workspaces: LabWorkspaceView[];
  readonly network: LabNetworkView;
  readonly storage?: LabStorageView;
  /** The web gateway (AWS). */
  readonly web?: { readonly domain: string; readonly issuer: string; readonly allowedCidrs: string[] };
  /** The price table used. */
  readonly prices: { readonly description: string; readonly region: string; readonly date: string };
  /** SageMaker Studio apps (AWS), one per user profile and shared space. */
  readonly notebooks?: LabNotebookView[];
  /** What the lab's Slurm cluster (AWS, `slurm:`) costs, one line for `rws lab cost`. */
  readonly slurmNote?: string;
  /** Things the synthesis would refuse or that look wrong (owners not in the registry, ...). */
  readonly warnings: string[];
}

/** A loaded lab: the view and what the synthesis needs. */
export interface LoadedLab {
  readonly view: LabView;
  /** The AWS definition (LabStack). */
  readonly definition?: LabDefinition;
  /** The Proxmox file (ProxmoxLabStack). */
  readonly proxmox?: ProxmoxLabFile;
  /** The Kubernetes file (KubernetesLabStack). */
  readonly kubernetes?: KubernetesLabFile;
  /** The parsed lab file. */
  readonly source: YamlSource;
}

/** Interface endpoints LabNetwork creates (src/constructs/aws/lab-network.ts), and the S3 gateway endpoint. */
const AWS_ENDPOINTS = ['ssm', 'ssmmessages', 'ec2messages', 'ec2', 'elasticfilesystem', 'logs', 'secretsmanager', 'kms', 's3 (gateway)'];
/** The package proxy KubernetesLabStack runs in the lab's namespace (name and port). */
const KUBERNETES_PROXY = LAB_PROXY;
/** Where LabStack mounts EFS and what SharedEfs creates on it. */
const MOUNT_POINT = '/shared';

/** Top-level keys only an AWS lab.yaml has. */
const AWS_ONLY_KEYS = ['aws', 'region', 'vpc', 'web', 'workspace_stacks', 'registry_storage', 'budget_emails'];

/**
 * The backend of a lab file: `--backend` when given, else the backend whose section the file has
 * (`kubernetes:`; `proxmox:`, or `cluster:` in lab files written before the sections; `aws:`),
 * else `aws`. A backend that does not fit the file is an error that says so.
 */
export function labBackend(file: string, given: string | undefined, commandName: string): { backend: LabBackend; source: YamlSource } {
  if (given !== undefined && !(LAB_BACKENDS as readonly string[]).includes(given.toLowerCase())) {
    throw new UsageError(`unknown backend "${given}" for --backend; use one of ${LAB_BACKENDS.join(', ')}`, commandName);
  }
  const source = YamlSource.fromFile(file, 'lab');
  const data: any = source.data;
  const mapping = !!data && typeof data === 'object' && !Array.isArray(data);
  // A backend's section (aws:, kubernetes:, proxmox:) names it; cluster: is the Proxmox section's key in lab files written before the sections.
  const proxmoxKey = mapping ? ['proxmox', 'cluster'].find((k) => k in data) : undefined;
  const looksProxmox = proxmoxKey !== undefined;
  const looksKubernetes = mapping && 'kubernetes' in data;
  const at = (key: string) => {
    const l = source.locate([key], true);
    return `${l.file}:${l.line}:${l.column}`;
  };
  if (given === undefined && looksProxmox && looksKubernetes) {
    throw new CliInputError(`${at('kubernetes')}: the file has both ${proxmoxKey}: (Proxmox) and kubernetes: (Kubernetes). Fix: keep the section of the backend the lab runs on, or name it with --backend`);
  }
  if (given === undefined && mapping && 'aws' in data && (looksProxmox || looksKubernetes)) {
    throw new CliInputError(`${at('aws')}: the file has both aws: and ${looksKubernetes ? 'kubernetes' : proxmoxKey}: sections. Fix: keep the section of the backend the lab runs on, or name it with --backend`);
  }
  const backend = (given?.toLowerCase() as LabBackend | undefined) ?? (looksKubernetes ? 'kubernetes' : looksProxmox ? 'proxmox' : 'aws');
  if (backend !== 'proxmox' && looksProxmox && !looksKubernetes) {
    throw new CliInputError(`${at(proxmoxKey!)}: this is a Proxmox lab file (it has ${proxmoxKey}:), not ${backend === 'aws' ? 'an AWS lab.yaml' : 'a Kubernetes lab file'}. Fix: use --backend proxmox, or leave --backend out`);
  }
  if (backend !== 'kubernetes' && looksKubernetes) {
    throw new CliInputError(`${at('kubernetes')}: this is a Kubernetes lab file (it has kubernetes:), not ${backend === 'aws' ? 'an AWS lab.yaml' : 'a Proxmox lab file'}. Fix: use --backend kubernetes, or leave --backend out`);
  }
  if (backend === 'proxmox' && !looksProxmox && mapping) {
    throw new CliInputError(`${file}: a Proxmox lab file needs cluster: (nodes, datastores; at the top or in its proxmox: section), which this file does not have; it looks like an AWS lab.yaml. `
      + 'Fix: use --backend aws, or write a Proxmox lab file (name, cluster, workspaces with node:; see docs/cli.md)');
  }
  const awsKey = mapping ? AWS_ONLY_KEYS.find((k) => k in data) : undefined;
  if (backend === 'kubernetes' && !looksKubernetes && awsKey !== undefined) {
    throw new CliInputError(`${at(awsKey)}: this looks like an AWS lab.yaml (it has ${awsKey}:), not a Kubernetes lab file. `
      + 'Fix: use --backend aws, or write a Kubernetes lab file (name, kubernetes, workspaces; see docs/cli.md)');
  }
  return { backend, source };
}

/** Idle-stop minutes of a workspace (as ResearchWorkspace decides them), or undefined when off. */
function idleMinutes(t: ResolvedTemplate, hibernation: boolean): number | undefined {
  const idle = t.definition.idleDetection;
  if (idle?.enabled === false) return undefined;
  const minutes = hibernation ? idle?.hibernateThresholdMinutes ?? idle?.idleThresholdMinutes : idle?.idleThresholdMinutes;
  return minutes ?? 30;
}

/** The services LabStack publishes behind the web gateway. */
function webServices(t: ResolvedTemplate): string[] {
  return webServicesOf(t.definition).map((s) => s.name);
}

/** The fields every backend's workspace view takes from the request, the template and the sizing. */
function commonView(w: { name: string; owner?: string; project?: string; users?: string[] }, template: ResolvedTemplate, sizing: Sizing) {
  return {
    name: w.name,
    template: template.slug,
    templateName: template.name,
    connection: template.connectionType,
    size: sizing.size,
    architecture: sizing.architecture,
    instanceType: sizing.instanceType,
    vcpus: sizing.vcpus,
    memoryMiB: sizing.memoryMiB,
    gpus: sizing.gpus,
    hourlyCost: sizing.hourlyCost,
    costSource: sizing.costSource,
    owner: w.owner,
    project: w.project,
    accounts: w.users ?? ('all' as const),
  };
}

/** What a lab file's workspace asks for (every backend). */
interface WorkspaceAsked {
  readonly name: string;
  readonly template: string;
  readonly parameters?: { [k: string]: string };
  readonly size?: WorkspaceSize;
  readonly architecture?: Architecture;
  readonly instanceType?: string;
}

/** Resolves and sizes a workspace; problems are collected with the lab file's lines. */
function sizeWorkspace(
  src: YamlSource, catalog: TemplateCatalog, i: number, w: WorkspaceAsked,
  problems: Diagnostic[],
): { template: ResolvedTemplate; sizing: Sizing } | undefined {
  const at = (...p: YamlPath) => src.locate(['workspaces', i, ...p]);
  let template: ResolvedTemplate;
  try {
    template = catalog.resolve(w.template, w.parameters);
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    for (const d of e.diagnostics) {
      problems.push(d.location?.file && d.code !== 'unknown-template' ? d
        : { ...d, field: `workspaces[${i}].template`, message: `workspace "${w.name}": ${d.message}`, location: at('template') });
    }
    return undefined;
  }
  try {
    return { template, sizing: WorkspaceSizing.of(template, { size: w.size, architecture: w.architecture, instanceType: w.instanceType }, `workspace "${w.name}"`) };
  } catch (e) {
    if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
    for (const d of e.diagnostics) problems.push({ ...d, field: `workspaces[${i}].${d.field ?? 'size'}`, location: at(w.size ? 'size' : 'template') });
    return undefined;
  }
}

/** Owners and account holders that the registry does not know (the synthesis refuses them). */
function registryWarnings(src: YamlSource, workspaces: LabWorkspaceView[], registry: UserRegistry | undefined): string[] {
  const out: string[] = [];
  const known = new Set((registry?.users ?? []).map((u) => u.name));
  workspaces.forEach((w, i) => {
    const unknown = [...new Set([...(w.owner ? [w.owner] : []), ...(w.accounts === 'all' ? [] : w.accounts)])].filter((n) => !known.has(n));
    if (unknown.length === 0) return;
    const at = src.locate(['workspaces', i, w.owner && unknown.includes(w.owner) ? 'owner' : 'users']);
    out.push(`${at.file}:${at.line}:${at.column}: workspace "${w.name}": ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not ${registry ? 'in the registry' : 'known: the lab has no registry'}; the synthesis will refuse ${unknown.length > 1 ? 'them' : 'it'}`);
  });
  return out;
}

function registryName(file: string | undefined): string {
  return file ? shownPath(file) : 'the registry';
}

function prices(): LabView['prices'] {
  return { description: PriceTable.bundled().description, region: PriceTable.BUNDLED_REGION, date: PriceTable.BUNDLED_DATE };
}

/** Reads a lab file of any backend. */
export async function loadLab(file: string, backend: LabBackend, source: YamlSource): Promise<LoadedLab> {
  return backend === 'aws' ? loadAwsLab(file, source) : backend === 'kubernetes' ? loadKubernetesLab(file, source) : loadProxmoxLab(file, source);
}

async function loadAwsLab(file: string, source: YamlSource): Promise<LoadedLab> {
  const { LabStack } = await import('../stacks/aws/lab-stack.js');
  const def = LabStack.loadDefinition(file);
  const catalog = def.catalog ?? TemplateCatalog.bundled();
  if (def.templatesDir && !def.catalog) catalog.loadDirectory(def.templatesDir);
  const problems: Diagnostic[] = [];
  const missing = (key: string, f: string | undefined) => {
    if (f && !fs.existsSync(f)) {
      problems.push(problem({ code: 'no-such-file', message: 'the file does not exist', field: key, value: path.relative(path.dirname(path.resolve(file)), f), fix: 'check the path (relative to the lab file)', location: source.locate([key]) }));
      return true;
    }
    return false;
  };
  const registry = def.registry ?? (def.registryFile && !missing('registry', def.registryFile) ? UserRegistry.fromFile(def.registryFile) : undefined);
  const policy = def.policy ?? (def.policyFile && !missing('policy', def.policyFile) ? WorkspacePolicy.fromFile(def.policyFile) : undefined);
  const egress = def.egress ?? policy?.props.egress ?? EgressMode.NONE;
  const workspaces: LabWorkspaceView[] = [];
  def.workspaces.forEach((w, i) => {
    const sized = sizeWorkspace(source, catalog, i, w, problems);
    if (!sized) return;
    const { template, sizing } = sized;
    const services = webServices(template);
    const web = w.web ?? (def.web !== undefined && services.length > 0);
    const hibernation = w.hibernation ?? false;
    workspaces.push({
      ...commonView(w, template, sizing),
      access: ['session-manager', ...(web ? ['web-gateway' as const] : []), ...(w.sshCidrs?.length ? ['ssh' as const] : [])],
      webServices: web ? services : [],
      egress,
      spot: w.spot ?? false,
      hibernation,
      idleStopMinutes: idleMinutes(template, hibernation),
      sharedStorage: true,
    });
  });
  if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);

  const vpc = def.vpc;
  const existing = vpc?.vpcId !== undefined;
  const azs = vpc?.availabilityZones?.length ?? vpc?.maxAzs ?? 2;
  const subnets = egress === EgressMode.NONE ? 'private isolated subnets (no internet gateway, no NAT)' : `private subnets, ${vpc?.natGateways ?? 1} NAT gateway${(vpc?.natGateways ?? 1) > 1 ? 's' : ''}`;
  const allowed = policy?.egressAllowedDomains ?? [];
  const egressPath = egress === EgressMode.NONE ? 'none: no internet path (AWS services through the VPC endpoints only)'
    : egress === EgressMode.PROXIED ? `proxied: NAT gateway behind a Route 53 DNS Firewall that answers only for ${allowed.length} allowed domains (and the platform's mirrors)`
      : 'open: NAT gateway, no filter';
  const sshCidrs = [...new Set(def.workspaces.flatMap((w) => w.sshCidrs ?? []))];
  const view: LabView = {
    backend: 'aws',
    file,
    name: def.name,
    region: def.region,
    egress,
    egressAllowedDomains: egress === EgressMode.PROXIED ? allowed : [],
    policyName: policy?.name,
    policyFile: def.policyFile ? shownPath(def.policyFile) : undefined,
    registryFile: def.registryFile ? shownPath(def.registryFile) : undefined,
    users: registry?.users ?? [],
    groups: registry?.groups ?? [],
    workspaces,
    network: {
      kind: 'vpc',
      summary: existing ? `existing VPC ${vpc!.vpcId} (${vpc!.vpcCidrBlock ?? 'range unknown'}), ${vpc!.subnetIds?.length ?? 0} subnets`
        : `VPC ${vpc?.cidr ?? '10.80.0.0/16'}, ${azs} availability zones, ${subnets}`,
      details: ['no public addresses; flow logs to an encrypted log group'],
      egressPath,
      endpoints: AWS_ENDPOINTS,
      accessCidrs: sshCidrs,
    },
    storage: {
      kind: 'efs',
      summary: `Amazon EFS, encrypted (lab KMS key), TLS and IAM required${def.storage?.backup === false ? '' : ', AWS Backup'}${def.storage?.deleteWithLab ? '' : ', retained'}`,
      mountPoint: MOUNT_POINT,
      homes: `${MOUNT_POINT}/home`,
      projects: `${MOUNT_POINT}/projects`,
      scratch: `${MOUNT_POINT}/scratch`,
    },
    web: def.web ? { domain: def.web.domainName, issuer: def.web.oidc.issuer, allowedCidrs: def.web.allowedCidrs ?? [] } : undefined,
    prices: prices(),
    notebooks: def.studio && registry ? notebookViews(def.studio, registry) : undefined,
    slurmNote: def.cluster ? slurmNote(def.cluster) : undefined,
    warnings: registryWarnings(source, workspaces, registry),
  };
  return { view, definition: def, source };
}

/** Studio's apps as `rws lab cost` prices them: one app per user profile on the default type, and every shared space. */
function notebookViews(studio: NonNullable<LabDefinition['studio']>, registry: UserRegistry): LabNotebookView[] {
  const type = studio.instanceType ?? Notebooks.DEFAULT_INSTANCE_TYPE;
  const idle = studio.idleMinutes ?? 60;
  const users = studio.users ?? registry.users.map((u) => u.name);
  return [
    ...users.map((u) => ({ kind: 'profile' as const, name: u, owner: u, instanceType: type, hourlyCost: Notebooks.hourlyPrice(type), idleStopMinutes: idle })),
    ...(studio.spaces ?? []).map((s) => ({
      kind: 'space' as const,
      name: s.name,
      owner: s.owner,
      project: s.project,
      instanceType: s.instanceType ?? type,
      hourlyCost: Notebooks.hourlyPrice(s.instanceType ?? type),
      idleStopMinutes: idle,
    })),
  ];
}

async function loadProxmoxLab(file: string, source: YamlSource): Promise<LoadedLab> {
  const { readProxmoxLabFile } = await import('../stacks/proxmox/proxmox-lab-file.js');
  const loaded = readProxmoxLabFile(file);
  const p = loaded.props;
  const catalog = p.catalog ?? TemplateCatalog.bundled();
  const problems: Diagnostic[] = [];
  const policyEgress = p.policy?.egress ?? EgressMode.OPEN;
  const workspaces: LabWorkspaceView[] = [];
  p.workspaces.forEach((w, i) => {
    const sized = sizeWorkspace(source, catalog, i, w, problems);
    if (!sized) return;
    const { template, sizing } = sized;
    const kind = w.kind ?? 'vm';
    workspaces.push({
      ...commonView(w, template, sizing),
      access: p.accessCidrs?.length ? ['remote-access'] : [],
      webServices: [],
      egress: w.egress ?? policyEgress,
      spot: false,
      hibernation: false,
      idleStopMinutes: idleMinutes(template, false),
      sharedStorage: p.storage !== undefined && kind === 'vm',
      node: w.nodeName,
      kind,
    });
  });
  if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);
  const c = p.cluster;
  const bridge = `${c.bridge ?? 'vmbr0'}${c.vlanId !== undefined ? ` VLAN ${c.vlanId}` : ''}`;
  const details = [
    ...(c.dnsServers?.length ? [`DNS ${c.dnsServers.join(', ')}`] : []),
    ...(c.ntpServers?.length ? [`NTP ${c.ntpServers.join(', ')}`] : []),
    ...(p.allowedEndpoints?.length ? [`allowed endpoints ${p.allowedEndpoints.map((e) => `${e.address}:${e.port}`).join(', ')}`] : []),
    'a Proxmox firewall per workspace: inbound DROP, IP/MAC filtering',
  ];
  const modes = [...new Set(workspaces.map((w) => w.egress))];
  const egressPath = modes.map((m) => (m === EgressMode.NONE ? 'none: DNS/NTP/NFS to the named servers only'
    : m === EgressMode.PROXIED ? `proxied: only the proxy ${p.proxy ? `${p.proxy.address}:${p.proxy.port}` : '(none set)'}`
      : 'open: everything')).join('; ');
  const view: LabView = {
    backend: 'proxmox',
    file,
    name: p.labName,
    egress: policyEgress,
    egressAllowedDomains: p.policy?.egressAllowedDomains ?? [],
    policyName: p.policy?.name,
    policyFile: loaded.policyFile ? shownPath(loaded.policyFile) : undefined,
    registryFile: loaded.registryFile ? shownPath(loaded.registryFile) : undefined,
    users: p.registry?.users ?? [],
    groups: p.registry?.groups ?? [],
    workspaces,
    network: {
      kind: 'proxmox',
      summary: `Proxmox VE nodes ${c.nodes.join(', ')}; bridge ${bridge}`,
      details,
      egressPath: egressPath || 'no workspaces',
      endpoints: [],
      accessCidrs: p.accessCidrs ?? [],
    },
    storage: nfsStorageView(p.storage, p.storageLayout),
    prices: prices(),
    warnings: terraformLabWarnings(source, workspaces, p.registry, loaded.registryFile),
  };
  return { view, proxmox: loaded, source };
}

/** The NFS share of a Terraform lab (Proxmox or Kubernetes), as the views show it. */
function nfsStorageView(storage: NfsStorageProps | undefined, layout: StorageLayout | undefined): LabStorageView | undefined {
  return storage ? {
    kind: 'nfs',
    summary: `NFSv4.1 ${storage.server}:${storage.exportPath} (${layout ?? 'user-subdirectories'})`,
    mountPoint: MOUNT_POINT,
    homes: `${MOUNT_POINT}/home`,
    projects: `${MOUNT_POINT}/projects`,
    scratch: `${MOUNT_POINT}/scratch`,
  } : undefined;
}

/** Warnings of a Terraform lab: the registry's, and a lock file that does not record every id. */
function terraformLabWarnings(
  source: YamlSource, workspaces: LabWorkspaceView[], registry: UserRegistry | undefined, registryFile: string | undefined,
): string[] {
  return [
    ...registryWarnings(source, workspaces, registry),
    ...(registry?.lockChanged ? [`${shownPath(registry.lockName)} does not record every id of ${registryName(registryFile)}: the ids shown were assigned now. `
      + 'Run "rws users lock" and commit the lock file, so uids never change between deployments'] : []),
  ];
}

async function loadKubernetesLab(file: string, source: YamlSource): Promise<LoadedLab> {
  const { readKubernetesLabFile } = await import('../stacks/kubernetes/kubernetes-lab-file.js');
  const loaded = readKubernetesLabFile(file);
  const p = loaded.props;
  const catalog = p.catalog ?? TemplateCatalog.bundled();
  const problems: Diagnostic[] = [];
  // As KubernetesLabStack decides it: the lab's egress, else the policy's, else none.
  const labEgress = p.egress ?? p.policy?.egress ?? EgressMode.NONE;
  const namespace = p.namespace ?? `lab-${p.labName}`;
  const workspaces: LabWorkspaceView[] = [];
  p.workspaces.forEach((w, i) => {
    const sized = sizeWorkspace(source, catalog, i, w, problems);
    if (!sized) return;
    const { template, sizing } = sized;
    if (sizing.gpus > 0 && !p.gpuDeviceName) {
      const at = source.locate(['workspaces', i, w.size ? 'size' : 'template']);
      problems.push(problem({
        code: 'no-gpu-device',
        message: `workspace "${w.name}": size ${sizing.size} has ${sizing.gpus} GPU(s) and the lab names no KubeVirt GPU device`,
        field: `workspaces[${i}].size`,
        value: sizing.size,
        fix: 'add gpu_device to kubernetes: (a permittedHostDevices resource such as nvidia.com/GA102GL_A10), or use a CPU size',
        location: at,
      }));
    }
    const imageGiB = w.image?.minimumDiskGiB ?? OFFICIAL_CLOUD_IMAGES[template.os]?.minimumDiskGiB ?? 0;
    workspaces.push({
      ...commonView(w, template, sizing),
      access: ['kubernetes-api', ...(p.accessCidrs?.length ? ['ssh' as const] : [])],
      webServices: [],
      egress: w.egress ?? labEgress,
      spot: false,
      hibernation: false,
      idleStopMinutes: idleMinutes(template, false),
      sharedStorage: p.storage !== undefined,
      kind: 'vm',
      diskGiB: w.diskGiB ?? Math.max(sizing.rootVolumeGiB, imageGiB),
      started: w.started ?? true,
    });
  });
  if (problems.length) throw new WorkspaceInputError(problems, problems.length > 1 ? `${source.file}: ${problems.length} problems in the lab definition` : undefined);
  const research = p.egressAllowedDomains ?? (p.policy?.egressAllowedDomains.length ? p.policy.egressAllowedDomains : DEFAULT_EGRESS_DOMAINS);
  const proxied = workspaces.filter((w) => w.egress === EgressMode.PROXIED);
  const proxyHost = `${KUBERNETES_PROXY.name}.${namespace}.svc.cluster.local:${KUBERNETES_PROXY.port}`;
  const modes = [...new Set(workspaces.map((w) => w.egress))];
  const egressPath = modes.map((m) => (m === EgressMode.NONE ? 'none: cluster DNS and the NFS server only'
    : m === EgressMode.PROXIED ? `proxied: only the lab's squid proxy ${proxyHost} (${research.length} allowed domains and the distributions' mirrors)`
      : 'open: anything but private ranges')).join('; ');
  const dns = `${p.dnsNamespace ?? 'kube-system'}/${(p.dnsPodLabels ?? [{ key: 'k8s-app', value: 'kube-dns' }]).map((l) => `${l.key}=${l.value}`).join(',')}`;
  const view: LabView = {
    backend: 'kubernetes',
    file,
    name: p.labName,
    namespace,
    egress: labEgress,
    egressAllowedDomains: proxied.length ? research : [],
    policyName: p.policy?.name,
    policyFile: loaded.policyFile ? shownPath(loaded.policyFile) : undefined,
    registryFile: loaded.registryFile ? shownPath(loaded.registryFile) : undefined,
    users: p.registry?.users ?? [],
    groups: p.registry?.groups ?? [],
    workspaces,
    network: {
      kind: 'kubernetes',
      summary: `namespace ${namespace}${p.kubeContext ? `, context ${p.kubeContext}` : ''}, KubeVirt VMs`,
      details: [
        'default-deny NetworkPolicy, one ingress and one egress policy per workspace',
        'ResourceQuota sized to the workspaces, no LoadBalancer or NodePort Services',
        `cluster DNS ${dns}`,
        ...(p.storageClassName ? [`root volumes: storage class ${p.storageClassName}`] : []),
        ...(p.gpuDeviceName ? [`GPUs: ${p.gpuDeviceName}`] : []),
      ],
      egressPath: egressPath || 'no workspaces',
      endpoints: [],
      accessCidrs: p.accessCidrs ?? [],
      proxy: proxied.length ? [
        'Package proxy (squid)',
        proxyHost,
        `${proxied.length} proxied workspace${proxied.length === 1 ? '' : 's'}; ${research.length} allowed domains and the distributions' mirrors`,
      ] : undefined,
    },
    storage: nfsStorageView(p.storage, p.storageLayout),
    prices: prices(),
    warnings: terraformLabWarnings(source, workspaces, p.registry, loaded.registryFile),
  };
  return { view, kubernetes: loaded, source };
}

/**
 * Lab-wide settings KubernetesLabStack checks per workspace (`workspaces[2] (x).accessCidrs[0]`):
 * their place in a Kubernetes lab file, so the problem points at the setting, once.
 */
const KUBERNETES_LAB_FIELDS: Array<[RegExp, string]> = [
  [/^accessCidrs(.*)$/, 'access_cidrs$1'],
  [/^storage\.(.*)$/, 'storage.$1'],
  [/^gpuDeviceName$/, 'kubernetes.gpu_device'],
  [/^storageClassName$/, 'kubernetes.storage_class'],
  [/^namespace$/, 'kubernetes.namespace'],
  [/^dnsNamespace$/, 'kubernetes.dns_namespace'],
];

function kubernetesLabFields(e: WorkspaceInputError, src: YamlSource): WorkspaceInputError {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of e.diagnostics) {
    let next = d;
    let key = `${d.code}|${d.field}|${d.message}|${d.value}`;
    if (d.field && d.location?.line === undefined) {
      const ws = /^workspaces\[\d+\](?: \([^)]*\))?\.(.*)$/.exec(d.field);
      const inner = ws?.[1] ?? d.field;
      const rule = KUBERNETES_LAB_FIELDS.find(([re]) => re.test(inner));
      if (rule) {
        // A lab-wide setting: once, whichever workspaces it failed for.
        next = { ...d, field: inner.replace(rule[0], rule[1]), location: { file: src.file } };
        key = `${next.code}|${next.field}|${next.value}`;
      } else if (ws) {
        // A workspace's field, found while resolving its template or registry (located at those files without a line).
        next = { ...d, location: { file: src.file } };
      }
    }
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(next);
  }
  return new WorkspaceInputError(out, out.length > 1 ? `${src.file}: ${out.length} problems in the lab definition` : undefined);
}

/** Points a lab stack's problems (which name definition fields) at lines of the lab file. */
export function locateLabError(e: WorkspaceInputError, lab: LoadedLab): WorkspaceInputError {
  return relocate(lab.kubernetes ? kubernetesLabFields(e, lab.source) : e, lab.source, {
    registryFile: 'registry',
    policyFile: 'policy',
    templatesDir: 'templates',
    workspaceStackCount: 'workspace_stacks',
    vpcId: 'id',
    vpcCidrBlock: 'cidr_block',
    labName: 'name',
    nodeName: 'node',
    diskGiB: 'disk_gib',
    vmId: 'vm_id',
    domainName: 'domain',
    workspaceName: 'name',
  });
}

/** The Slurm cluster's cost line: compute scales to zero, so it is not in the totals. */
function slurmNote(c: NonNullable<LabDefinition['cluster']>): string {
  const table = PriceTable.bundled();
  const queues = (c.queues ?? [{ name: 'compute', size: WorkspaceSize.M, maxInstances: 4 }]).map((q) => {
    const type = q.instanceType ?? Sizes.ec2InstanceType(q.size ?? WorkspaceSize.M, q.architecture ?? Architecture.X86_64);
    const price = table.hourly(type);
    const max = q.maxInstances ?? 4;
    return { text: `${q.name}: up to ${max} x ${type}${price === undefined ? ' (no price)' : ` ($${(max * price).toFixed(4)}/hour full)`}`, price: price === undefined ? 0 : max * price };
  });
  const login = c.loginNode ? table.hourly(Sizes.ec2InstanceType(WorkspaceSize.S, Architecture.X86_64)) ?? 0 : 0;
  return `Slurm cluster (AWS PCS): compute nodes scale to zero and are not in the totals; ${queues.map((q) => q.text).join('; ')}`
    + `${c.loginNode ? `; a login node always on: $${login.toFixed(4)}/hour` : ''}; the AWS PCS controller (${(c.controllerSize ?? 'SMALL').toLowerCase()}) is billed per hour while the cluster exists (see docs/hpc.md).`;
}
