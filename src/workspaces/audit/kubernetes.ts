/**
 * The egress audit of Kubernetes Terraform JSON (labs on KubeVirt, permits): evaluates the
 * NetworkPolicies of the output as the cluster would (a pod selected by an Egress policy may
 * only send what one of them allows; a pod selected by none may send anything) and follows
 * pod-to-pod paths transitively, so a workspace that reaches a proxy reaches what the proxy
 * reaches, and one that reaches a resolver reaches what the resolver forwards to.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  AuditedUnit, AuditedWorkspace, AuditInputError, AuditMode, Control, Destination,
  modeOfLabEgress, modeOfPermitNetwork, portCovers, Reach, reachesPublic,
} from './model';

/** Options of a Kubernetes audit. */
export interface KubernetesAuditOptions {
  /** Network of a permit role in a status (the permit lifecycle's). */
  readonly permitNetwork?: (status: string, role: string) => string | undefined;
}

const L = 'cdk-research-workspaces.dev/';

interface Workload {
  readonly address: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly podLabels: Record<string, string>;
  readonly body: any;
}

interface Peer { readonly ipBlock?: { cidr: string; except: string[] }; readonly podSelector?: any; readonly namespaceSelector?: any }
interface Port { readonly port?: string; readonly protocol: string }
interface EgressRule { readonly to: Peer[]; readonly ports: Port[] }
interface Policy {
  readonly address: string;
  readonly name: string;
  readonly namespace: string;
  readonly podSelector: any;
  readonly types: string[];
  readonly egress: EgressRule[];
}

function g(o: any, ...keys: string[]): any {
  for (const k of keys) if (o && o[k] !== undefined) return o[k];
  return undefined;
}

function one(v: any): any {
  return Array.isArray(v) ? v[0] : v;
}

function arr(v: any): any[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

function matches(selector: any, labels: Record<string, string>): boolean {
  const s = one(selector);
  if (s === undefined || s === null) return true;
  const ml = g(s, 'match_labels', 'matchLabels') ?? {};
  for (const [k, v] of Object.entries(ml)) if (labels[k] !== v) return false;
  for (const e of arr(g(s, 'match_expressions', 'matchExpressions'))) {
    const key = e.key;
    const values: string[] = arr(e.values);
    const has = labels[key] !== undefined;
    switch (e.operator) {
      case 'In': if (!has || !values.includes(labels[key])) return false; break;
      case 'NotIn': if (has && values.includes(labels[key])) return false; break;
      case 'Exists': if (!has) return false; break;
      case 'DoesNotExist': if (has) return false; break;
      default: return false;
    }
  }
  return true;
}

function selectsEverything(selector: any): boolean {
  const s = one(selector);
  if (s === undefined || s === null) return true;
  return Object.keys(g(s, 'match_labels', 'matchLabels') ?? {}).length === 0 && arr(g(s, 'match_expressions', 'matchExpressions')).length === 0;
}

class KubernetesAnalyzer {
  private readonly workloads: Workload[] = [];
  private readonly policies: Policy[] = [];
  private readonly namespaces = new Map<string, Record<string, string>>();
  private readonly configText = new Map<string, string[]>();
  private readonly memo = new Map<string, Reach[]>();

  constructor(
    private readonly json: any, private readonly stack: string, private readonly file: string, private readonly options: KubernetesAuditOptions,
  ) {
    const r = json.resource ?? {};
    for (const [type, items] of Object.entries<any>(r)) {
      for (const [name, body] of Object.entries<any>(items)) this.add(`${type}.${name}`, type, body);
    }
  }

  private add(address: string, type: string, body: any): void {
    if (type === 'kubernetes_manifest') {
      const m = body.manifest ?? {};
      this.addObject(address, String(m.kind ?? ''), m);
      return;
    }
    const kind: Record<string, string> = {
      kubernetes_namespace_v1: 'Namespace',
      kubernetes_namespace: 'Namespace',
      kubernetes_network_policy_v1: 'NetworkPolicy',
      kubernetes_network_policy: 'NetworkPolicy',
      kubernetes_deployment_v1: 'Deployment',
      kubernetes_deployment: 'Deployment',
      kubernetes_stateful_set_v1: 'StatefulSet',
      kubernetes_stateful_set: 'StatefulSet',
      kubernetes_daemon_set_v1: 'DaemonSet',
      kubernetes_daemonset: 'DaemonSet',
      kubernetes_pod_v1: 'Pod',
      kubernetes_pod: 'Pod',
      kubernetes_job_v1: 'Job',
      kubernetes_cron_job_v1: 'CronJob',
      kubernetes_config_map_v1: 'ConfigMap',
      kubernetes_config_map: 'ConfigMap',
    };
    if (kind[type]) this.addObject(address, kind[type], body);
  }

  private addObject(address: string, kind: string, o: any): void {
    const md = one(o.metadata) ?? {};
    const namespace = String(md.namespace ?? 'default');
    const labels: Record<string, string> = md.labels ?? {};
    if (kind === 'Namespace') {
      this.namespaces.set(String(md.name), labels);
      return;
    }
    if (kind === 'ConfigMap') {
      const texts = this.configText.get(namespace) ?? [];
      texts.push(Object.values(o.data ?? {}).map(String).join('\n'));
      this.configText.set(namespace, texts);
      return;
    }
    if (kind === 'NetworkPolicy') {
      const spec = one(o.spec) ?? {};
      const egress: EgressRule[] = arr(spec.egress).map((e: any) => ({
        to: arr(e.to).map((t: any) => {
          const ib = one(g(t, 'ip_block', 'ipBlock'));
          return {
            ipBlock: ib ? { cidr: String(ib.cidr), except: arr(ib.except).map(String) } : undefined,
            podSelector: g(t, 'pod_selector', 'podSelector'),
            namespaceSelector: g(t, 'namespace_selector', 'namespaceSelector'),
          };
        }),
        ports: arr(e.ports).map((p: any) => ({ port: p.port === undefined ? undefined : String(p.port), protocol: String(p.protocol ?? 'TCP') })),
      }));
      const declared = arr(g(spec, 'policy_types', 'policyTypes')).map(String);
      const types = declared.length ? declared : spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
      this.policies.push({ address, name: String(md.name), namespace, podSelector: g(spec, 'pod_selector', 'podSelector'), types, egress });
      return;
    }
    if (!['VirtualMachine', 'VirtualMachineInstance', 'Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob', 'ReplicaSet'].includes(kind)) return;
    const spec = one(o.spec) ?? {};
    let podLabels: Record<string, string>;
    if (kind === 'Pod' || kind === 'VirtualMachineInstance') podLabels = labels;
    else if (kind === 'CronJob') podLabels = one(one(one(g(spec, 'job_template', 'jobTemplate'))?.spec)?.template)?.metadata?.labels ?? {};
    else podLabels = one(one(spec.template)?.metadata)?.labels ?? {};
    this.workloads.push({ address, kind, name: String(md.name), namespace, labels, podLabels, body: o });
  }

  public unit(): AuditedUnit {
    const workspaces: AuditedWorkspace[] = [];
    let kind: 'lab' | 'permit' = 'lab';
    let name = this.stack;
    let status: string | undefined;
    for (const w of this.workloads) {
      const egressLabel = w.labels[`${L}egress`];
      const permitStatus = w.labels[`${L}permit-status`];
      const role = w.labels[`${L}workspace`];
      // Every workload of a permit phase that carries a role is one of its workspaces (the airlock too).
      const isPermitWorkspace = permitStatus !== undefined && role !== undefined;
      if (isPermitWorkspace) {
        kind = 'permit';
        name = w.labels[`${L}permit-id`] ?? name;
        status = permitStatus;
        const network = this.options.permitNetwork?.(permitStatus, role);
        const mode = network === undefined ? undefined : modeOfPermitNetwork(network);
        if (!mode) throw new AuditInputError(`${this.file}: ${w.address} is permit workspace "${role}" at ${permitStatus}, which the permit lifecycle does not know. Fix: audit output of this version`);
        workspaces.push(this.workspace(w, role, mode, `permit lifecycle: ${role} at ${permitStatus} has network ${network}`, role));
      } else if (egressLabel !== undefined) {
        const mode = modeOfLabEgress(egressLabel);
        if (!mode) throw new AuditInputError(`${this.file}: ${w.address} has label ${L}egress="${egressLabel}"; expected none, proxied or open`);
        name = w.labels[`${L}lab`] ?? name;
        workspaces.push(this.workspace(w, w.labels[`${L}workspace`] ?? w.name, mode, `label ${L}egress`));
      }
    }
    return { kind, name, status, backend: 'kubernetes', stack: this.stack, files: [this.file], workspaces, controls: this.unitControls(kind) };
  }

  private workspace(w: Workload, name: string, mode: AuditMode, modeSource: string, role?: string): AuditedWorkspace {
    const reach = this.reachOf(w, new Set());
    const controls: Control[] = [];
    const deny = this.policies.filter((p) => p.namespace === w.namespace && p.types.includes('Egress') && selectsEverything(p.podSelector) && p.egress.length === 0);
    controls.push({
      id: 'network.default-deny',
      area: 'network',
      title: `a default-deny egress NetworkPolicy in namespace ${w.namespace}`,
      result: deny.length ? 'pass' : 'fail',
      detail: deny.length ? `${deny[0].address}: selects every pod, allows no egress` : `${w.address}: namespace ${w.namespace} has no NetworkPolicy that selects every pod and allows no egress`,
      fix: deny.length ? undefined : `add a NetworkPolicy in ${w.namespace} with an empty podSelector, policyTypes [Egress, Ingress] and no rules`,
    });
    return { name, resource: w.address, mode, modeSource, role, reach, controls };
  }

  /** The paths out of a workload's pods, following pod-to-pod paths (cycles cut). */
  private reachOf(w: Workload, seen: Set<string>): Reach[] {
    const cached = this.memo.get(w.address);
    if (cached) return cached;
    const selecting = this.policies.filter((p) => p.namespace === w.namespace && p.types.includes('Egress') && matches(p.podSelector, w.podLabels));
    const out: Reach[] = [];
    if (selecting.length === 0) {
      const why = `no NetworkPolicy selects ${w.address} for egress: its pods may send anything`;
      const fix = `add a default-deny egress NetworkPolicy in ${w.namespace} and allow only what the mode needs`;
      out.push({ destination: Destination.INTERNET, resource: w.address, path: why, fix });
      out.push({ destination: Destination.OUTSIDE_DNS, resource: w.address, path: why, fix });
      this.memo.set(w.address, out);
      return out;
    }
    seen.add(w.address);
    for (const p of selecting) {
      for (const rule of p.egress) {
        const dns = rule.ports.length === 0 || rule.ports.some((x) => portCovers(x.port, 53));
        const portText = rule.ports.length ? rule.ports.map((x) => `${x.port ?? 'all'}/${x.protocol}`).join(', ') : 'all ports';
        const onlyDns = rule.ports.length > 0 && rule.ports.every((x) => x.port === '53' || x.port === 'dns' || x.port === 'dns-tcp');
        const fixRule = `remove or narrow this egress rule of NetworkPolicy ${p.name} (${p.address})`;
        const peers = rule.to.length ? rule.to : [{ ipBlock: { cidr: '0.0.0.0/0', except: [] } }];
        for (const peer of peers) {
          if (peer.ipBlock) {
            const where = `${p.address} allows ${portText} to ${peer.ipBlock.cidr}${peer.ipBlock.except.length ? ` except ${peer.ipBlock.except.join(', ')}` : ''}${rule.to.length ? '' : ' (no "to": every destination)'}`;
            const pub = reachesPublic(peer.ipBlock.cidr, peer.ipBlock.except);
            if (dns) {
              out.push({
                destination: Destination.OUTSIDE_DNS,
                resource: p.address,
                path: pub ? where : `${where}: a resolver outside this output (assumed to recurse to the internet)`,
                fix: `${fixRule}; resolve internal names with a resolver defined in the stack that does not forward`,
              });
            }
            if (!onlyDns) {
              const storage = !pub && rule.ports.length > 0 && rule.ports.every((x) => x.port === '2049' || x.port === '111');
              const destination = pub ? Destination.INTERNET : storage ? Destination.STORAGE : Destination.INTERNAL_SERVICE;
              out.push({ destination, resource: p.address, path: where, fix: fixRule });
            }
            continue;
          }
          // A pod or namespace selector.
          const nsSel = peer.namespaceSelector;
          const namespaces = nsSel === undefined ? [w.namespace] : this.namespacesMatching(nsSel);
          const kubeDns = nsSel !== undefined && JSON.stringify(nsSel).includes('kube-system') && (peer.podSelector === undefined || /kube-dns|coredns/.test(JSON.stringify(peer.podSelector)));
          if (kubeDns) {
            if (dns) {
              out.push({
                destination: Destination.OUTSIDE_DNS,
                resource: p.address,
                path: `${p.address} allows ${portText} to the cluster resolver (kube-system kube-dns), which forwards every other name to outside resolvers: a DNS tunnel`,
                fix: `${fixRule}: in an offline namespace allow DNS only to a resolver of the stack that answers internal names and forwards nothing`,
              });
            }
            if (!onlyDns) out.push({ destination: Destination.INTERNAL_SERVICE, resource: p.address, path: `${p.address} allows ${portText} to kube-dns`, fix: fixRule });
            continue;
          }
          const targets = this.workloads.filter((t) => namespaces.includes(t.namespace) && t.address !== w.address
            && (peer.podSelector === undefined || matches(peer.podSelector, t.podLabels)));
          const outside = nsSel !== undefined
            && (selectsEverything(nsSel) || namespaces.some((n) => !this.namespaces.has(n)) || namespaces.length === 0);
          if (outside) {
            out.push({
              destination: dns ? Destination.OUTSIDE_DNS : Destination.UNKNOWN,
              resource: p.address,
              path: `${p.address} allows ${portText} to pods of namespaces ${nsSel === undefined ? w.namespace : JSON.stringify(one(nsSel))} outside this output: what they forward cannot be audited`,
              fix: fixRule,
            });
          }
          for (const t of targets) {
            const via = `${p.address} allows ${portText} to ${t.address}`;
            out.push({ destination: Destination.INTERNAL_SERVICE, resource: p.address, path: via, fix: fixRule });
            if (seen.has(t.address)) continue;
            const proxy = this.isAllowlistingProxy(t);
            for (const r of this.reachOf(t, new Set(seen))) {
              const out2 = r.destination === Destination.INTERNET || r.destination === Destination.ALLOWLISTED_INTERNET;
              if (out2 || (proxy && r.destination === Destination.OUTSIDE_DNS)) {
                out.push({
                  destination: proxy ? Destination.ALLOWLISTED_INTERNET : Destination.INTERNET,
                  resource: proxy ? t.address : r.resource,
                  path: `${via}${proxy ? ' (a proxy that allows listed domains and denies the rest)' : ''}, which reaches: ${r.path}`,
                  fix: proxy ? '' : `${r.fix}, or make ${t.address} a proxy with a domain allowlist`,
                });
              } else if (r.destination === Destination.OUTSIDE_DNS || r.destination === Destination.UNKNOWN) {
                out.push({ destination: r.destination, resource: r.resource, path: `${via}, which reaches: ${r.path}`, fix: r.fix });
              }
            }
          }
        }
      }
    }
    seen.delete(w.address);
    const unique = dedupe(out);
    this.memo.set(w.address, unique);
    return unique;
  }

  private namespacesMatching(sel: any): string[] {
    const out: string[] = [];
    for (const [name, labels] of this.namespaces) if (matches(sel, { ...labels, 'kubernetes.io/metadata.name': name })) out.push(name);
    const s = one(sel);
    const named = g(s ?? {}, 'match_labels', 'matchLabels')?.['kubernetes.io/metadata.name'];
    if (typeof named === 'string' && !this.namespaces.has(named)) out.push(named);
    return out;
  }

  /** A squid proxy of the output whose configuration allows listed domains and denies everything else. */
  private isAllowlistingProxy(t: Workload): boolean {
    const body = JSON.stringify(t.body);
    if (!/squid/.test(body)) return false;
    const configs = this.configText.get(t.namespace) ?? [];
    return configs.some((c) => /^\s*http_access\s+deny\s+all\s*$/m.test(c) && /\bdstdomain\b/.test(c) && !/^\s*http_access\s+allow\s+all\s*$/m.test(c));
  }

  private unitControls(kind: 'lab' | 'permit'): Control[] {
    const out: Control[] = [];
    const nsLabels = [...this.namespaces.entries()];
    const weak = nsLabels.filter(([, l]) => l['pod-security.kubernetes.io/enforce'] !== 'restricted');
    out.push({
      id: 'identity.pod-security',
      area: 'identity',
      title: 'namespaces enforce Pod Security "restricted"',
      result: nsLabels.length === 0 ? 'n/a' : weak.length ? 'fail' : 'pass',
      detail: nsLabels.map(([n, l]) => `${n}: ${l['pod-security.kubernetes.io/enforce'] ?? 'no enforce label'}`).join(', ') || 'no namespace in this output',
      fix: weak.length ? 'label the namespace pod-security.kubernetes.io/enforce=restricted, or document the exception the workload needs' : undefined,
    });
    const pods = this.workloads.filter((w) => w.kind !== 'VirtualMachine' && w.kind !== 'VirtualMachineInstance');
    const tokens = pods.filter((w) => {
      const spec = w.kind === 'Pod' ? one(w.body.spec) : one(one(one(w.body.spec)?.template)?.spec);
      return g(spec ?? {}, 'automount_service_account_token', 'automountServiceAccountToken') !== false;
    });
    out.push({
      id: 'identity.service-account-token',
      area: 'identity',
      title: 'pods do not mount a service-account token',
      result: pods.length === 0 ? 'n/a' : tokens.length ? 'fail' : 'pass',
      detail: tokens.length ? `token mounted: ${tokens.map((t) => t.address).join(', ')}` : `${pods.length} pod template(s) without a token`,
      fix: tokens.length ? 'set automountServiceAccountToken: false' : undefined,
    });
    const pvcs = Object.entries<any>(this.json.resource?.kubernetes_persistent_volume_claim_v1 ?? {});
    const unprotected = pvcs.filter(([, b]) => b.lifecycle?.prevent_destroy !== true);
    out.push({
      id: 'storage.retention',
      area: 'storage',
      title: 'volumes are protected from destruction (prevent_destroy)',
      result: pvcs.length === 0 ? 'n/a' : unprotected.length ? 'fail' : 'pass',
      detail: pvcs.length === 0 ? 'no persistent volume claim in this output' : unprotected.length ? `unprotected: ${unprotected.map(([n]) => n).join(', ')}` : `${pvcs.length} claim(s) protected`,
      fix: unprotected.length ? 'set lifecycle.prevent_destroy' : undefined,
    });
    out.push({
      id: 'storage.encryption',
      area: 'storage',
      title: 'volumes encrypted at rest',
      result: 'n/a',
      detail: 'decided by the storage class and the cluster, not visible in this output',
    });
    const auditFile = path.join(path.dirname(this.file), 'audit.json');
    if (kind === 'permit') {
      out.push({
        id: 'audit.record',
        area: 'audit',
        title: 'the phase has an audit record (event, status, changes) beside the stack',
        result: fs.existsSync(auditFile) ? 'pass' : 'fail',
        detail: fs.existsSync(auditFile) ? auditFile : `${auditFile} is missing`,
        fix: fs.existsSync(auditFile) ? undefined : 'synthesize with rws permit synth, which writes audit.json',
      });
    }
    const unlabelled = [...this.namespaces.entries()].filter(([, l]) => l['app.kubernetes.io/managed-by'] !== 'cdk-research-workspaces' || (kind === 'permit' && l[`${L}event-id`] === undefined));
    out.push({
      id: 'audit.labels',
      area: 'audit',
      title: kind === 'permit' ? 'namespace labelled with the permit, status and event id' : 'namespace labelled as managed by the stack',
      result: this.namespaces.size === 0 ? 'n/a' : unlabelled.length ? 'fail' : 'pass',
      detail: unlabelled.length ? `missing labels: ${unlabelled.map(([n]) => n).join(', ')}` : [...this.namespaces.keys()].join(', '),
    });
    return out;
  }
}

function dedupe(rs: Reach[]): Reach[] {
  const seen = new Set<string>();
  return rs.filter((r) => {
    const k = `${r.destination}|${r.path}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Audits one Kubernetes stack's Terraform JSON. */
export function auditKubernetes(json: any, stack: string, file: string, options: KubernetesAuditOptions = {}): AuditedUnit {
  return new KubernetesAnalyzer(json, stack, file, options).unit();
}
