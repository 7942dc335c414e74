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
exports.auditKubernetes = auditKubernetes;
/**
 * The egress audit of Kubernetes Terraform JSON (labs on KubeVirt, permits): evaluates the
 * NetworkPolicies of the output as the cluster would (a pod selected by an Egress policy may
 * only send what one of them allows; a pod selected by none may send anything) and follows
 * pod-to-pod paths transitively, so a workspace that reaches a proxy reaches what the proxy
 * reaches, and one that reaches a resolver reaches what the resolver forwards to.
 */
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const model_1 = require("./model");
const L = 'cdk-research-workspaces.dev/';
function g(o, ...keys) {
    for (const k of keys)
        if (o && o[k] !== undefined)
            return o[k];
    return undefined;
}
function one(v) {
    return Array.isArray(v) ? v[0] : v;
}
function arr(v) {
    return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}
function matches(selector, labels) {
    const s = one(selector);
    if (s === undefined || s === null)
        return true;
    const ml = g(s, 'match_labels', 'matchLabels') ?? {};
    for (const [k, v] of Object.entries(ml))
        if (labels[k] !== v)
            return false;
    for (const e of arr(g(s, 'match_expressions', 'matchExpressions'))) {
        const key = e.key;
        const values = arr(e.values);
        const has = labels[key] !== undefined;
        switch (e.operator) {
            case 'In':
                if (!has || !values.includes(labels[key]))
                    return false;
                break;
            case 'NotIn':
                if (has && values.includes(labels[key]))
                    return false;
                break;
            case 'Exists':
                if (!has)
                    return false;
                break;
            case 'DoesNotExist':
                if (has)
                    return false;
                break;
            default: return false;
        }
    }
    return true;
}
function selectsEverything(selector) {
    const s = one(selector);
    if (s === undefined || s === null)
        return true;
    return Object.keys(g(s, 'match_labels', 'matchLabels') ?? {}).length === 0 && arr(g(s, 'match_expressions', 'matchExpressions')).length === 0;
}
class KubernetesAnalyzer {
    json;
    stack;
    file;
    options;
    workloads = [];
    policies = [];
    namespaces = new Map();
    configText = new Map();
    memo = new Map();
    constructor(json, stack, file, options) {
        this.json = json;
        this.stack = stack;
        this.file = file;
        this.options = options;
        const r = json.resource ?? {};
        for (const [type, items] of Object.entries(r)) {
            for (const [name, body] of Object.entries(items))
                this.add(`${type}.${name}`, type, body);
        }
    }
    add(address, type, body) {
        if (type === 'kubernetes_manifest') {
            const m = body.manifest ?? {};
            this.addObject(address, String(m.kind ?? ''), m);
            return;
        }
        const kind = {
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
        if (kind[type])
            this.addObject(address, kind[type], body);
    }
    addObject(address, kind, o) {
        const md = one(o.metadata) ?? {};
        const namespace = String(md.namespace ?? 'default');
        const labels = md.labels ?? {};
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
            const egress = arr(spec.egress).map((e) => ({
                to: arr(e.to).map((t) => {
                    const ib = one(g(t, 'ip_block', 'ipBlock'));
                    return {
                        ipBlock: ib ? { cidr: String(ib.cidr), except: arr(ib.except).map(String) } : undefined,
                        podSelector: g(t, 'pod_selector', 'podSelector'),
                        namespaceSelector: g(t, 'namespace_selector', 'namespaceSelector'),
                    };
                }),
                ports: arr(e.ports).map((p) => ({ port: p.port === undefined ? undefined : String(p.port), protocol: String(p.protocol ?? 'TCP') })),
            }));
            const declared = arr(g(spec, 'policy_types', 'policyTypes')).map(String);
            const types = declared.length ? declared : spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
            this.policies.push({ address, name: String(md.name), namespace, podSelector: g(spec, 'pod_selector', 'podSelector'), types, egress });
            return;
        }
        if (!['VirtualMachine', 'VirtualMachineInstance', 'Deployment', 'StatefulSet', 'DaemonSet', 'Pod', 'Job', 'CronJob', 'ReplicaSet'].includes(kind))
            return;
        const spec = one(o.spec) ?? {};
        let podLabels;
        if (kind === 'Pod' || kind === 'VirtualMachineInstance')
            podLabels = labels;
        else if (kind === 'CronJob')
            podLabels = one(one(one(g(spec, 'job_template', 'jobTemplate'))?.spec)?.template)?.metadata?.labels ?? {};
        else
            podLabels = one(one(spec.template)?.metadata)?.labels ?? {};
        this.workloads.push({ address, kind, name: String(md.name), namespace, labels, podLabels, body: o });
    }
    unit() {
        const workspaces = [];
        let kind = 'lab';
        let name = this.stack;
        let status;
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
                const mode = network === undefined ? undefined : (0, model_1.modeOfPermitNetwork)(network);
                if (!mode)
                    throw new model_1.AuditInputError(`${this.file}: ${w.address} is permit workspace "${role}" at ${permitStatus}, which the permit lifecycle does not know. Fix: audit output of this version`);
                workspaces.push(this.workspace(w, role, mode, `permit lifecycle: ${role} at ${permitStatus} has network ${network}`, role));
            }
            else if (egressLabel !== undefined) {
                const mode = (0, model_1.modeOfLabEgress)(egressLabel);
                if (!mode)
                    throw new model_1.AuditInputError(`${this.file}: ${w.address} has label ${L}egress="${egressLabel}"; expected none, proxied or open`);
                name = w.labels[`${L}lab`] ?? name;
                workspaces.push(this.workspace(w, w.labels[`${L}workspace`] ?? w.name, mode, `label ${L}egress`));
            }
        }
        return { kind, name, status, backend: 'kubernetes', stack: this.stack, files: [this.file], workspaces, controls: this.unitControls(kind) };
    }
    workspace(w, name, mode, modeSource, role) {
        const reach = this.reachOf(w, new Set());
        const controls = [];
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
    reachOf(w, seen) {
        const cached = this.memo.get(w.address);
        if (cached)
            return cached;
        const selecting = this.policies.filter((p) => p.namespace === w.namespace && p.types.includes('Egress') && matches(p.podSelector, w.podLabels));
        const out = [];
        if (selecting.length === 0) {
            const why = `no NetworkPolicy selects ${w.address} for egress: its pods may send anything`;
            const fix = `add a default-deny egress NetworkPolicy in ${w.namespace} and allow only what the mode needs`;
            out.push({ destination: model_1.Destination.INTERNET, resource: w.address, path: why, fix });
            out.push({ destination: model_1.Destination.OUTSIDE_DNS, resource: w.address, path: why, fix });
            this.memo.set(w.address, out);
            return out;
        }
        seen.add(w.address);
        for (const p of selecting) {
            for (const rule of p.egress) {
                const dns = rule.ports.length === 0 || rule.ports.some((x) => (0, model_1.portCovers)(x.port, 53));
                const portText = rule.ports.length ? rule.ports.map((x) => `${x.port ?? 'all'}/${x.protocol}`).join(', ') : 'all ports';
                const onlyDns = rule.ports.length > 0 && rule.ports.every((x) => x.port === '53' || x.port === 'dns' || x.port === 'dns-tcp');
                const fixRule = `remove or narrow this egress rule of NetworkPolicy ${p.name} (${p.address})`;
                const peers = rule.to.length ? rule.to : [{ ipBlock: { cidr: '0.0.0.0/0', except: [] } }];
                for (const peer of peers) {
                    if (peer.ipBlock) {
                        const where = `${p.address} allows ${portText} to ${peer.ipBlock.cidr}${peer.ipBlock.except.length ? ` except ${peer.ipBlock.except.join(', ')}` : ''}${rule.to.length ? '' : ' (no "to": every destination)'}`;
                        const pub = (0, model_1.reachesPublic)(peer.ipBlock.cidr, peer.ipBlock.except);
                        if (dns) {
                            out.push({
                                destination: model_1.Destination.OUTSIDE_DNS,
                                resource: p.address,
                                path: pub ? where : `${where}: a resolver outside this output (assumed to recurse to the internet)`,
                                fix: `${fixRule}; resolve internal names with a resolver defined in the stack that does not forward`,
                            });
                        }
                        if (!onlyDns) {
                            const storage = !pub && rule.ports.length > 0 && rule.ports.every((x) => x.port === '2049' || x.port === '111');
                            const destination = pub ? model_1.Destination.INTERNET : storage ? model_1.Destination.STORAGE : model_1.Destination.INTERNAL_SERVICE;
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
                                destination: model_1.Destination.OUTSIDE_DNS,
                                resource: p.address,
                                path: `${p.address} allows ${portText} to the cluster resolver (kube-system kube-dns), which forwards every other name to outside resolvers: a DNS tunnel`,
                                fix: `${fixRule}: in an offline namespace allow DNS only to a resolver of the stack that answers internal names and forwards nothing`,
                            });
                        }
                        if (!onlyDns)
                            out.push({ destination: model_1.Destination.INTERNAL_SERVICE, resource: p.address, path: `${p.address} allows ${portText} to kube-dns`, fix: fixRule });
                        continue;
                    }
                    const targets = this.workloads.filter((t) => namespaces.includes(t.namespace) && t.address !== w.address
                        && (peer.podSelector === undefined || matches(peer.podSelector, t.podLabels)));
                    const outside = nsSel !== undefined
                        && (selectsEverything(nsSel) || namespaces.some((n) => !this.namespaces.has(n)) || namespaces.length === 0);
                    if (outside) {
                        out.push({
                            destination: dns ? model_1.Destination.OUTSIDE_DNS : model_1.Destination.UNKNOWN,
                            resource: p.address,
                            path: `${p.address} allows ${portText} to pods of namespaces ${nsSel === undefined ? w.namespace : JSON.stringify(one(nsSel))} outside this output: what they forward cannot be audited`,
                            fix: fixRule,
                        });
                    }
                    for (const t of targets) {
                        const via = `${p.address} allows ${portText} to ${t.address}`;
                        out.push({ destination: model_1.Destination.INTERNAL_SERVICE, resource: p.address, path: via, fix: fixRule });
                        if (seen.has(t.address))
                            continue;
                        const proxy = this.isAllowlistingProxy(t);
                        for (const r of this.reachOf(t, new Set(seen))) {
                            const out2 = r.destination === model_1.Destination.INTERNET || r.destination === model_1.Destination.ALLOWLISTED_INTERNET;
                            if (out2 || (proxy && r.destination === model_1.Destination.OUTSIDE_DNS)) {
                                out.push({
                                    destination: proxy ? model_1.Destination.ALLOWLISTED_INTERNET : model_1.Destination.INTERNET,
                                    resource: proxy ? t.address : r.resource,
                                    path: `${via}${proxy ? ' (a proxy that allows listed domains and denies the rest)' : ''}, which reaches: ${r.path}`,
                                    fix: proxy ? '' : `${r.fix}, or make ${t.address} a proxy with a domain allowlist`,
                                });
                            }
                            else if (r.destination === model_1.Destination.OUTSIDE_DNS || r.destination === model_1.Destination.UNKNOWN) {
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
    namespacesMatching(sel) {
        const out = [];
        for (const [name, labels] of this.namespaces)
            if (matches(sel, { ...labels, 'kubernetes.io/metadata.name': name }))
                out.push(name);
        const s = one(sel);
        const named = g(s ?? {}, 'match_labels', 'matchLabels')?.['kubernetes.io/metadata.name'];
        if (typeof named === 'string' && !this.namespaces.has(named))
            out.push(named);
        return out;
    }
    /** A squid proxy of the output whose configuration allows listed domains and denies everything else. */
    isAllowlistingProxy(t) {
        const body = JSON.stringify(t.body);
        if (!/squid/.test(body))
            return false;
        const configs = this.configText.get(t.namespace) ?? [];
        return configs.some((c) => /^\s*http_access\s+deny\s+all\s*$/m.test(c) && /\bdstdomain\b/.test(c) && !/^\s*http_access\s+allow\s+all\s*$/m.test(c));
    }
    unitControls(kind) {
        const out = [];
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
        const pvcs = Object.entries(this.json.resource?.kubernetes_persistent_volume_claim_v1 ?? {});
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
function dedupe(rs) {
    const seen = new Set();
    return rs.filter((r) => {
        const k = `${r.destination}|${r.path}`;
        if (seen.has(k))
            return false;
        seen.add(k);
        return true;
    });
}
/** Audits one Kubernetes stack's Terraform JSON. */
function auditKubernetes(json, stack, file, options = {}) {
    return new KubernetesAnalyzer(json, stack, file, options).unit();
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoia3ViZXJuZXRlcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy93b3Jrc3BhY2VzL2F1ZGl0L2t1YmVybmV0ZXMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFpWkEsMENBRUM7QUFuWkQ7Ozs7OztHQU1HO0FBQ0gsdUNBQXlCO0FBQ3pCLDJDQUE2QjtBQUM3QixtQ0FHaUI7QUFRakIsTUFBTSxDQUFDLEdBQUcsOEJBQThCLENBQUM7QUF3QnpDLFNBQVMsQ0FBQyxDQUFDLENBQU0sRUFBRSxHQUFHLElBQWM7SUFDbEMsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJO1FBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLFNBQVM7WUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUMvRCxPQUFPLFNBQVMsQ0FBQztBQUNuQixDQUFDO0FBRUQsU0FBUyxHQUFHLENBQUMsQ0FBTTtJQUNqQixPQUFPLEtBQUssQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDO0FBQ3JDLENBQUM7QUFFRCxTQUFTLEdBQUcsQ0FBQyxDQUFNO0lBQ2pCLE9BQU8sS0FBSyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztBQUN6RSxDQUFDO0FBRUQsU0FBUyxPQUFPLENBQUMsUUFBYSxFQUFFLE1BQThCO0lBQzVELE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQztJQUN4QixJQUFJLENBQUMsS0FBSyxTQUFTLElBQUksQ0FBQyxLQUFLLElBQUk7UUFBRSxPQUFPLElBQUksQ0FBQztJQUMvQyxNQUFNLEVBQUUsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxhQUFhLENBQUMsSUFBSSxFQUFFLENBQUM7SUFDckQsS0FBSyxNQUFNLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1FBQUUsSUFBSSxNQUFNLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQztZQUFFLE9BQU8sS0FBSyxDQUFDO0lBQzNFLEtBQUssTUFBTSxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsbUJBQW1CLEVBQUUsa0JBQWtCLENBQUMsQ0FBQyxFQUFFLENBQUM7UUFDbkUsTUFBTSxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQztRQUNsQixNQUFNLE1BQU0sR0FBYSxHQUFHLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDO1FBQ3ZDLE1BQU0sR0FBRyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsS0FBSyxTQUFTLENBQUM7UUFDdEMsUUFBUSxDQUFDLENBQUMsUUFBUSxFQUFFLENBQUM7WUFDbkIsS0FBSyxJQUFJO2dCQUFFLElBQUksQ0FBQyxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztvQkFBRSxPQUFPLEtBQUssQ0FBQztnQkFBQyxNQUFNO1lBQzFFLEtBQUssT0FBTztnQkFBRSxJQUFJLEdBQUcsSUFBSSxNQUFNLENBQUMsUUFBUSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztvQkFBRSxPQUFPLEtBQUssQ0FBQztnQkFBQyxNQUFNO1lBQzNFLEtBQUssUUFBUTtnQkFBRSxJQUFJLENBQUMsR0FBRztvQkFBRSxPQUFPLEtBQUssQ0FBQztnQkFBQyxNQUFNO1lBQzdDLEtBQUssY0FBYztnQkFBRSxJQUFJLEdBQUc7b0JBQUUsT0FBTyxLQUFLLENBQUM7Z0JBQUMsTUFBTTtZQUNsRCxPQUFPLENBQUMsQ0FBQyxPQUFPLEtBQUssQ0FBQztRQUN4QixDQUFDO0lBQ0gsQ0FBQztJQUNELE9BQU8sSUFBSSxDQUFDO0FBQ2QsQ0FBQztBQUVELFNBQVMsaUJBQWlCLENBQUMsUUFBYTtJQUN0QyxNQUFNLENBQUMsR0FBRyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7SUFDeEIsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxJQUFJO1FBQUUsT0FBTyxJQUFJLENBQUM7SUFDL0MsT0FBTyxNQUFNLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFLGFBQWEsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLElBQUksR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsbUJBQW1CLEVBQUUsa0JBQWtCLENBQUMsQ0FBQyxDQUFDLE1BQU0sS0FBSyxDQUFDLENBQUM7QUFDaEosQ0FBQztBQUVELE1BQU0sa0JBQWtCO0lBUUg7SUFBNEI7SUFBZ0M7SUFBK0I7SUFQN0YsU0FBUyxHQUFlLEVBQUUsQ0FBQztJQUMzQixRQUFRLEdBQWEsRUFBRSxDQUFDO0lBQ3hCLFVBQVUsR0FBRyxJQUFJLEdBQUcsRUFBa0MsQ0FBQztJQUN2RCxVQUFVLEdBQUcsSUFBSSxHQUFHLEVBQW9CLENBQUM7SUFDekMsSUFBSSxHQUFHLElBQUksR0FBRyxFQUFtQixDQUFDO0lBRW5ELFlBQ21CLElBQVMsRUFBbUIsS0FBYSxFQUFtQixJQUFZLEVBQW1CLE9BQStCO1FBQTFILFNBQUksR0FBSixJQUFJLENBQUs7UUFBbUIsVUFBSyxHQUFMLEtBQUssQ0FBUTtRQUFtQixTQUFJLEdBQUosSUFBSSxDQUFRO1FBQW1CLFlBQU8sR0FBUCxPQUFPLENBQXdCO1FBRTNJLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDO1FBQzlCLEtBQUssTUFBTSxDQUFDLElBQUksRUFBRSxLQUFLLENBQUMsSUFBSSxNQUFNLENBQUMsT0FBTyxDQUFNLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDbkQsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQU0sS0FBSyxDQUFDO2dCQUFFLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxJQUFJLElBQUksSUFBSSxFQUFFLEVBQUUsSUFBSSxFQUFFLElBQUksQ0FBQyxDQUFDO1FBQ2pHLENBQUM7SUFDSCxDQUFDO0lBRU8sR0FBRyxDQUFDLE9BQWUsRUFBRSxJQUFZLEVBQUUsSUFBUztRQUNsRCxJQUFJLElBQUksS0FBSyxxQkFBcUIsRUFBRSxDQUFDO1lBQ25DLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxRQUFRLElBQUksRUFBRSxDQUFDO1lBQzlCLElBQUksQ0FBQyxTQUFTLENBQUMsT0FBTyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDO1lBQ2pELE9BQU87UUFDVCxDQUFDO1FBQ0QsTUFBTSxJQUFJLEdBQTJCO1lBQ25DLHVCQUF1QixFQUFFLFdBQVc7WUFDcEMsb0JBQW9CLEVBQUUsV0FBVztZQUNqQyw0QkFBNEIsRUFBRSxlQUFlO1lBQzdDLHlCQUF5QixFQUFFLGVBQWU7WUFDMUMsd0JBQXdCLEVBQUUsWUFBWTtZQUN0QyxxQkFBcUIsRUFBRSxZQUFZO1lBQ25DLDBCQUEwQixFQUFFLGFBQWE7WUFDekMsdUJBQXVCLEVBQUUsYUFBYTtZQUN0Qyx3QkFBd0IsRUFBRSxXQUFXO1lBQ3JDLG9CQUFvQixFQUFFLFdBQVc7WUFDakMsaUJBQWlCLEVBQUUsS0FBSztZQUN4QixjQUFjLEVBQUUsS0FBSztZQUNyQixpQkFBaUIsRUFBRSxLQUFLO1lBQ3hCLHNCQUFzQixFQUFFLFNBQVM7WUFDakMsd0JBQXdCLEVBQUUsV0FBVztZQUNyQyxxQkFBcUIsRUFBRSxXQUFXO1NBQ25DLENBQUM7UUFDRixJQUFJLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxJQUFJLENBQUMsU0FBUyxDQUFDLE9BQU8sRUFBRSxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDNUQsQ0FBQztJQUVPLFNBQVMsQ0FBQyxPQUFlLEVBQUUsSUFBWSxFQUFFLENBQU07UUFDckQsTUFBTSxFQUFFLEdBQUcsR0FBRyxDQUFDLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDakMsTUFBTSxTQUFTLEdBQUcsTUFBTSxDQUFDLEVBQUUsQ0FBQyxTQUFTLElBQUksU0FBUyxDQUFDLENBQUM7UUFDcEQsTUFBTSxNQUFNLEdBQTJCLEVBQUUsQ0FBQyxNQUFNLElBQUksRUFBRSxDQUFDO1FBQ3ZELElBQUksSUFBSSxLQUFLLFdBQVcsRUFBRSxDQUFDO1lBQ3pCLElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsTUFBTSxDQUFDLENBQUM7WUFDN0MsT0FBTztRQUNULENBQUM7UUFDRCxJQUFJLElBQUksS0FBSyxXQUFXLEVBQUUsQ0FBQztZQUN6QixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLENBQUM7WUFDbkQsS0FBSyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxJQUFJLElBQUksRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQy9ELElBQUksQ0FBQyxVQUFVLENBQUMsR0FBRyxDQUFDLFNBQVMsRUFBRSxLQUFLLENBQUMsQ0FBQztZQUN0QyxPQUFPO1FBQ1QsQ0FBQztRQUNELElBQUksSUFBSSxLQUFLLGVBQWUsRUFBRSxDQUFDO1lBQzdCLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1lBQy9CLE1BQU0sTUFBTSxHQUFpQixHQUFHLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQU0sRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFDN0QsRUFBRSxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBTSxFQUFFLEVBQUU7b0JBQzNCLE1BQU0sRUFBRSxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxTQUFTLENBQUMsQ0FBQyxDQUFDO29CQUM1QyxPQUFPO3dCQUNMLE9BQU8sRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQyxFQUFFLENBQUMsTUFBTSxDQUFDLENBQUMsR0FBRyxDQUFDLE1BQU0sQ0FBQyxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVM7d0JBQ3ZGLFdBQVcsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLGNBQWMsRUFBRSxhQUFhLENBQUM7d0JBQ2hELGlCQUFpQixFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsb0JBQW9CLEVBQUUsbUJBQW1CLENBQUM7cUJBQ25FLENBQUM7Z0JBQ0osQ0FBQyxDQUFDO2dCQUNGLEtBQUssRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQU0sRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsSUFBSSxLQUFLLENBQUMsRUFBRSxDQUFDLENBQUM7YUFDMUksQ0FBQyxDQUFDLENBQUM7WUFDSixNQUFNLFFBQVEsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxjQUFjLEVBQUUsYUFBYSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDLENBQUM7WUFDekUsTUFBTSxLQUFLLEdBQUcsUUFBUSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsTUFBTSxLQUFLLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLEVBQUUsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUM7WUFDM0csSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxPQUFPLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsU0FBUyxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRSxhQUFhLENBQUMsRUFBRSxLQUFLLEVBQUUsTUFBTSxFQUFFLENBQUMsQ0FBQztZQUN0SSxPQUFPO1FBQ1QsQ0FBQztRQUNELElBQUksQ0FBQyxDQUFDLGdCQUFnQixFQUFFLHdCQUF3QixFQUFFLFlBQVksRUFBRSxhQUFhLEVBQUUsV0FBVyxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsU0FBUyxFQUFFLFlBQVksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPO1FBQzFKLE1BQU0sSUFBSSxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDO1FBQy9CLElBQUksU0FBaUMsQ0FBQztRQUN0QyxJQUFJLElBQUksS0FBSyxLQUFLLElBQUksSUFBSSxLQUFLLHdCQUF3QjtZQUFFLFNBQVMsR0FBRyxNQUFNLENBQUM7YUFDdkUsSUFBSSxJQUFJLEtBQUssU0FBUztZQUFFLFNBQVMsR0FBRyxHQUFHLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsSUFBSSxFQUFFLGNBQWMsRUFBRSxhQUFhLENBQUMsQ0FBQyxFQUFFLElBQUksQ0FBQyxFQUFFLFFBQVEsQ0FBQyxFQUFFLFFBQVEsRUFBRSxNQUFNLElBQUksRUFBRSxDQUFDOztZQUNsSSxTQUFTLEdBQUcsR0FBRyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxJQUFJLEVBQUUsQ0FBQztRQUNqRSxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxFQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRSxTQUFTLEVBQUUsSUFBSSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDdkcsQ0FBQztJQUVNLElBQUk7UUFDVCxNQUFNLFVBQVUsR0FBdUIsRUFBRSxDQUFDO1FBQzFDLElBQUksSUFBSSxHQUFxQixLQUFLLENBQUM7UUFDbkMsSUFBSSxJQUFJLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQztRQUN0QixJQUFJLE1BQTBCLENBQUM7UUFDL0IsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJLENBQUMsU0FBUyxFQUFFLENBQUM7WUFDL0IsTUFBTSxXQUFXLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUM7WUFDM0MsTUFBTSxZQUFZLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLENBQUM7WUFDbkQsTUFBTSxJQUFJLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsV0FBVyxDQUFDLENBQUM7WUFDdkMsbUdBQW1HO1lBQ25HLE1BQU0saUJBQWlCLEdBQUcsWUFBWSxLQUFLLFNBQVMsSUFBSSxJQUFJLEtBQUssU0FBUyxDQUFDO1lBQzNFLElBQUksaUJBQWlCLEVBQUUsQ0FBQztnQkFDdEIsSUFBSSxHQUFHLFFBQVEsQ0FBQztnQkFDaEIsSUFBSSxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLFdBQVcsQ0FBQyxJQUFJLElBQUksQ0FBQztnQkFDekMsTUFBTSxHQUFHLFlBQVksQ0FBQztnQkFDdEIsTUFBTSxPQUFPLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxhQUFhLEVBQUUsQ0FBQyxZQUFZLEVBQUUsSUFBSSxDQUFDLENBQUM7Z0JBQ2pFLE1BQU0sSUFBSSxHQUFHLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBQSwyQkFBbUIsRUFBQyxPQUFPLENBQUMsQ0FBQztnQkFDOUUsSUFBSSxDQUFDLElBQUk7b0JBQUUsTUFBTSxJQUFJLHVCQUFlLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxPQUFPLHlCQUF5QixJQUFJLFFBQVEsWUFBWSwrRUFBK0UsQ0FBQyxDQUFDO2dCQUNqTSxVQUFVLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsQ0FBQyxFQUFFLElBQUksRUFBRSxJQUFJLEVBQUUscUJBQXFCLElBQUksT0FBTyxZQUFZLGdCQUFnQixPQUFPLEVBQUUsRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDO1lBQzlILENBQUM7aUJBQU0sSUFBSSxXQUFXLEtBQUssU0FBUyxFQUFFLENBQUM7Z0JBQ3JDLE1BQU0sSUFBSSxHQUFHLElBQUEsdUJBQWUsRUFBQyxXQUFXLENBQUMsQ0FBQztnQkFDMUMsSUFBSSxDQUFDLElBQUk7b0JBQUUsTUFBTSxJQUFJLHVCQUFlLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxLQUFLLENBQUMsQ0FBQyxPQUFPLGNBQWMsQ0FBQyxXQUFXLFdBQVcsbUNBQW1DLENBQUMsQ0FBQztnQkFDekksSUFBSSxHQUFHLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQztnQkFDbkMsVUFBVSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsTUFBTSxDQUFDLEdBQUcsQ0FBQyxXQUFXLENBQUMsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxTQUFTLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztZQUNwRyxDQUFDO1FBQ0gsQ0FBQztRQUNELE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLE1BQU0sRUFBRSxPQUFPLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxVQUFVLEVBQUUsUUFBUSxFQUFFLElBQUksQ0FBQyxZQUFZLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztJQUM3SSxDQUFDO0lBRU8sU0FBUyxDQUFDLENBQVcsRUFBRSxJQUFZLEVBQUUsSUFBZSxFQUFFLFVBQWtCLEVBQUUsSUFBYTtRQUM3RixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLENBQUMsRUFBRSxJQUFJLEdBQUcsRUFBRSxDQUFDLENBQUM7UUFDekMsTUFBTSxRQUFRLEdBQWMsRUFBRSxDQUFDO1FBQy9CLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxLQUFLLENBQUMsQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksaUJBQWlCLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxNQUFNLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDO1FBQ2pLLFFBQVEsQ0FBQyxJQUFJLENBQUM7WUFDWixFQUFFLEVBQUUsc0JBQXNCO1lBQzFCLElBQUksRUFBRSxTQUFTO1lBQ2YsS0FBSyxFQUFFLG9EQUFvRCxDQUFDLENBQUMsU0FBUyxFQUFFO1lBQ3hFLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU07WUFDckMsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLE9BQU8sdUNBQXVDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDLE9BQU8sZUFBZSxDQUFDLENBQUMsU0FBUyxtRUFBbUU7WUFDM0wsR0FBRyxFQUFFLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsMEJBQTBCLENBQUMsQ0FBQyxTQUFTLHdFQUF3RTtTQUM3SSxDQUFDLENBQUM7UUFDSCxPQUFPLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsT0FBTyxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxRQUFRLEVBQUUsQ0FBQztJQUNoRixDQUFDO0lBRUQsbUZBQW1GO0lBQzNFLE9BQU8sQ0FBQyxDQUFXLEVBQUUsSUFBaUI7UUFDNUMsTUFBTSxNQUFNLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3hDLElBQUksTUFBTTtZQUFFLE9BQU8sTUFBTSxDQUFDO1FBQzFCLE1BQU0sU0FBUyxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxLQUFLLENBQUMsQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUMsUUFBUSxDQUFDLElBQUksT0FBTyxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUM7UUFDaEosTUFBTSxHQUFHLEdBQVksRUFBRSxDQUFDO1FBQ3hCLElBQUksU0FBUyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUMzQixNQUFNLEdBQUcsR0FBRyw0QkFBNEIsQ0FBQyxDQUFDLE9BQU8seUNBQXlDLENBQUM7WUFDM0YsTUFBTSxHQUFHLEdBQUcsOENBQThDLENBQUMsQ0FBQyxTQUFTLHFDQUFxQyxDQUFDO1lBQzNHLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLEVBQUUsbUJBQVcsQ0FBQyxRQUFRLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDO1lBQ3JGLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLEVBQUUsbUJBQVcsQ0FBQyxXQUFXLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDO1lBQ3hGLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxPQUFPLEVBQUUsR0FBRyxDQUFDLENBQUM7WUFDOUIsT0FBTyxHQUFHLENBQUM7UUFDYixDQUFDO1FBQ0QsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUM7UUFDcEIsS0FBSyxNQUFNLENBQUMsSUFBSSxTQUFTLEVBQUUsQ0FBQztZQUMxQixLQUFLLE1BQU0sSUFBSSxJQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsQ0FBQztnQkFDNUIsTUFBTSxHQUFHLEdBQUcsSUFBSSxDQUFDLEtBQUssQ0FBQyxNQUFNLEtBQUssQ0FBQyxJQUFJLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxJQUFBLGtCQUFVLEVBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDO2dCQUN0RixNQUFNLFFBQVEsR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksSUFBSSxLQUFLLElBQUksQ0FBQyxDQUFDLFFBQVEsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUM7Z0JBQ3hILE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsTUFBTSxHQUFHLENBQUMsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxJQUFJLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxLQUFLLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUMsQ0FBQztnQkFDOUgsTUFBTSxPQUFPLEdBQUcsc0RBQXNELENBQUMsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLE9BQU8sR0FBRyxDQUFDO2dCQUM5RixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLE9BQU8sRUFBRSxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQztnQkFDMUYsS0FBSyxNQUFNLElBQUksSUFBSSxLQUFLLEVBQUUsQ0FBQztvQkFDekIsSUFBSSxJQUFJLENBQUMsT0FBTyxFQUFFLENBQUM7d0JBQ2pCLE1BQU0sS0FBSyxHQUFHLEdBQUcsQ0FBQyxDQUFDLE9BQU8sV0FBVyxRQUFRLE9BQU8sSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLEdBQUcsSUFBSSxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxXQUFXLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxFQUFFLEdBQUcsSUFBSSxDQUFDLEVBQUUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsK0JBQStCLEVBQUUsQ0FBQzt3QkFDaE4sTUFBTSxHQUFHLEdBQUcsSUFBQSxxQkFBYSxFQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLElBQUksQ0FBQyxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUM7d0JBQ2xFLElBQUksR0FBRyxFQUFFLENBQUM7NEJBQ1IsR0FBRyxDQUFDLElBQUksQ0FBQztnQ0FDUCxXQUFXLEVBQUUsbUJBQVcsQ0FBQyxXQUFXO2dDQUNwQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE9BQU87Z0NBQ25CLElBQUksRUFBRSxHQUFHLENBQUMsQ0FBQyxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxLQUFLLHVFQUF1RTtnQ0FDbkcsR0FBRyxFQUFFLEdBQUcsT0FBTyxxRkFBcUY7NkJBQ3JHLENBQUMsQ0FBQzt3QkFDTCxDQUFDO3dCQUNELElBQUksQ0FBQyxPQUFPLEVBQUUsQ0FBQzs0QkFDYixNQUFNLE9BQU8sR0FBRyxDQUFDLEdBQUcsSUFBSSxJQUFJLENBQUMsS0FBSyxDQUFDLE1BQU0sR0FBRyxDQUFDLElBQUksSUFBSSxDQUFDLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssTUFBTSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssS0FBSyxDQUFDLENBQUM7NEJBQ2hILE1BQU0sV0FBVyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUMsbUJBQVcsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsbUJBQVcsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLG1CQUFXLENBQUMsZ0JBQWdCLENBQUM7NEJBQzlHLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQzt3QkFDNUUsQ0FBQzt3QkFDRCxTQUFTO29CQUNYLENBQUM7b0JBQ0QsK0JBQStCO29CQUMvQixNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsaUJBQWlCLENBQUM7b0JBQ3JDLE1BQU0sVUFBVSxHQUFHLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsa0JBQWtCLENBQUMsS0FBSyxDQUFDLENBQUM7b0JBQ3hGLE1BQU0sT0FBTyxHQUFHLEtBQUssS0FBSyxTQUFTLElBQUksSUFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxRQUFRLENBQUMsYUFBYSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsV0FBVyxLQUFLLFNBQVMsSUFBSSxrQkFBa0IsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsV0FBVyxDQUFDLENBQUMsQ0FBQyxDQUFDO29CQUN0TCxJQUFJLE9BQU8sRUFBRSxDQUFDO3dCQUNaLElBQUksR0FBRyxFQUFFLENBQUM7NEJBQ1IsR0FBRyxDQUFDLElBQUksQ0FBQztnQ0FDUCxXQUFXLEVBQUUsbUJBQVcsQ0FBQyxXQUFXO2dDQUNwQyxRQUFRLEVBQUUsQ0FBQyxDQUFDLE9BQU87Z0NBQ25CLElBQUksRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLFdBQVcsUUFBUSxxSEFBcUg7Z0NBQzFKLEdBQUcsRUFBRSxHQUFHLE9BQU8sc0hBQXNIOzZCQUN0SSxDQUFDLENBQUM7d0JBQ0wsQ0FBQzt3QkFDRCxJQUFJLENBQUMsT0FBTzs0QkFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsV0FBVyxFQUFFLG1CQUFXLENBQUMsZ0JBQWdCLEVBQUUsUUFBUSxFQUFFLENBQUMsQ0FBQyxPQUFPLEVBQUUsSUFBSSxFQUFFLEdBQUcsQ0FBQyxDQUFDLE9BQU8sV0FBVyxRQUFRLGNBQWMsRUFBRSxHQUFHLEVBQUUsT0FBTyxFQUFFLENBQUMsQ0FBQzt3QkFDOUosU0FBUztvQkFDWCxDQUFDO29CQUNELE1BQU0sT0FBTyxHQUFHLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLENBQUMsT0FBTyxLQUFLLENBQUMsQ0FBQyxPQUFPOzJCQUNuRyxDQUFDLElBQUksQ0FBQyxXQUFXLEtBQUssU0FBUyxJQUFJLE9BQU8sQ0FBQyxJQUFJLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7b0JBQ2pGLE1BQU0sT0FBTyxHQUFHLEtBQUssS0FBSyxTQUFTOzJCQUM5QixDQUFDLGlCQUFpQixDQUFDLEtBQUssQ0FBQyxJQUFJLFVBQVUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxVQUFVLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDO29CQUM5RyxJQUFJLE9BQU8sRUFBRSxDQUFDO3dCQUNaLEdBQUcsQ0FBQyxJQUFJLENBQUM7NEJBQ1AsV0FBVyxFQUFFLEdBQUcsQ0FBQyxDQUFDLENBQUMsbUJBQVcsQ0FBQyxXQUFXLENBQUMsQ0FBQyxDQUFDLG1CQUFXLENBQUMsT0FBTzs0QkFDaEUsUUFBUSxFQUFFLENBQUMsQ0FBQyxPQUFPOzRCQUNuQixJQUFJLEVBQUUsR0FBRyxDQUFDLENBQUMsT0FBTyxXQUFXLFFBQVEsMEJBQTBCLEtBQUssS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxDQUFDLDJEQUEyRDs0QkFDeEwsR0FBRyxFQUFFLE9BQU87eUJBQ2IsQ0FBQyxDQUFDO29CQUNMLENBQUM7b0JBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQzt3QkFDeEIsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLENBQUMsT0FBTyxXQUFXLFFBQVEsT0FBTyxDQUFDLENBQUMsT0FBTyxFQUFFLENBQUM7d0JBQzlELEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxXQUFXLEVBQUUsbUJBQVcsQ0FBQyxnQkFBZ0IsRUFBRSxRQUFRLEVBQUUsQ0FBQyxDQUFDLE9BQU8sRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUUsQ0FBQyxDQUFDO3dCQUN0RyxJQUFJLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQzs0QkFBRSxTQUFTO3dCQUNsQyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsbUJBQW1CLENBQUMsQ0FBQyxDQUFDLENBQUM7d0JBQzFDLEtBQUssTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLEVBQUUsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLENBQUMsRUFBRSxDQUFDOzRCQUMvQyxNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsV0FBVyxLQUFLLG1CQUFXLENBQUMsUUFBUSxJQUFJLENBQUMsQ0FBQyxXQUFXLEtBQUssbUJBQVcsQ0FBQyxvQkFBb0IsQ0FBQzs0QkFDMUcsSUFBSSxJQUFJLElBQUksQ0FBQyxLQUFLLElBQUksQ0FBQyxDQUFDLFdBQVcsS0FBSyxtQkFBVyxDQUFDLFdBQVcsQ0FBQyxFQUFFLENBQUM7Z0NBQ2pFLEdBQUcsQ0FBQyxJQUFJLENBQUM7b0NBQ1AsV0FBVyxFQUFFLEtBQUssQ0FBQyxDQUFDLENBQUMsbUJBQVcsQ0FBQyxvQkFBb0IsQ0FBQyxDQUFDLENBQUMsbUJBQVcsQ0FBQyxRQUFRO29DQUM1RSxRQUFRLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUTtvQ0FDeEMsSUFBSSxFQUFFLEdBQUcsR0FBRyxHQUFHLEtBQUssQ0FBQyxDQUFDLENBQUMsMkRBQTJELENBQUMsQ0FBQyxDQUFDLEVBQUUsb0JBQW9CLENBQUMsQ0FBQyxJQUFJLEVBQUU7b0NBQ25ILEdBQUcsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsR0FBRyxhQUFhLENBQUMsQ0FBQyxPQUFPLGtDQUFrQztpQ0FDbkYsQ0FBQyxDQUFDOzRCQUNMLENBQUM7aUNBQU0sSUFBSSxDQUFDLENBQUMsV0FBVyxLQUFLLG1CQUFXLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBQyxXQUFXLEtBQUssbUJBQVcsQ0FBQyxPQUFPLEVBQUUsQ0FBQztnQ0FDOUYsR0FBRyxDQUFDLElBQUksQ0FBQyxFQUFFLFdBQVcsRUFBRSxDQUFDLENBQUMsV0FBVyxFQUFFLFFBQVEsRUFBRSxDQUFDLENBQUMsUUFBUSxFQUFFLElBQUksRUFBRSxHQUFHLEdBQUcsb0JBQW9CLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsQ0FBQyxDQUFDLEdBQUcsRUFBRSxDQUFDLENBQUM7NEJBQ3ZILENBQUM7d0JBQ0gsQ0FBQztvQkFDSCxDQUFDO2dCQUNILENBQUM7WUFDSCxDQUFDO1FBQ0gsQ0FBQztRQUNELElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQ3ZCLE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUMzQixJQUFJLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsT0FBTyxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQ2pDLE9BQU8sTUFBTSxDQUFDO0lBQ2hCLENBQUM7SUFFTyxrQkFBa0IsQ0FBQyxHQUFRO1FBQ2pDLE1BQU0sR0FBRyxHQUFhLEVBQUUsQ0FBQztRQUN6QixLQUFLLE1BQU0sQ0FBQyxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksSUFBSSxDQUFDLFVBQVU7WUFBRSxJQUFJLE9BQU8sQ0FBQyxHQUFHLEVBQUUsRUFBRSxHQUFHLE1BQU0sRUFBRSw2QkFBNkIsRUFBRSxJQUFJLEVBQUUsQ0FBQztnQkFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDO1FBQ25JLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUNuQixNQUFNLEtBQUssR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxjQUFjLEVBQUUsYUFBYSxDQUFDLEVBQUUsQ0FBQyw2QkFBNkIsQ0FBQyxDQUFDO1FBQ3pGLElBQUksT0FBTyxLQUFLLEtBQUssUUFBUSxJQUFJLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDO1lBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsQ0FBQztRQUM5RSxPQUFPLEdBQUcsQ0FBQztJQUNiLENBQUM7SUFFRCx3R0FBd0c7SUFDaEcsbUJBQW1CLENBQUMsQ0FBVztRQUNyQyxNQUFNLElBQUksR0FBRyxJQUFJLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNwQyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7WUFBRSxPQUFPLEtBQUssQ0FBQztRQUN0QyxNQUFNLE9BQU8sR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQ3ZELE9BQU8sT0FBTyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsbUNBQW1DLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxJQUFJLGVBQWUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxvQ0FBb0MsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN0SixDQUFDO0lBRU8sWUFBWSxDQUFDLElBQXNCO1FBQ3pDLE1BQU0sR0FBRyxHQUFjLEVBQUUsQ0FBQztRQUMxQixNQUFNLFFBQVEsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDO1FBQ2hELE1BQU0sSUFBSSxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxvQ0FBb0MsQ0FBQyxLQUFLLFlBQVksQ0FBQyxDQUFDO1FBQ2xHLEdBQUcsQ0FBQyxJQUFJLENBQUM7WUFDUCxFQUFFLEVBQUUsdUJBQXVCO1lBQzNCLElBQUksRUFBRSxVQUFVO1lBQ2hCLEtBQUssRUFBRSw4Q0FBOEM7WUFDckQsTUFBTSxFQUFFLFFBQVEsQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTTtZQUNyRSxNQUFNLEVBQUUsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsb0NBQW9DLENBQUMsSUFBSSxrQkFBa0IsRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLDZCQUE2QjtZQUN0SixHQUFHLEVBQUUsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsaUhBQWlILENBQUMsQ0FBQyxDQUFDLFNBQVM7U0FDakosQ0FBQyxDQUFDO1FBQ0gsTUFBTSxJQUFJLEdBQUcsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssZ0JBQWdCLElBQUksQ0FBQyxDQUFDLElBQUksS0FBSyx3QkFBd0IsQ0FBQyxDQUFDO1FBQzlHLE1BQU0sTUFBTSxHQUFHLElBQUksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRTtZQUMvQixNQUFNLElBQUksR0FBRyxDQUFDLENBQUMsSUFBSSxLQUFLLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsUUFBUSxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDOUYsT0FBTyxDQUFDLENBQUMsSUFBSSxJQUFJLEVBQUUsRUFBRSxpQ0FBaUMsRUFBRSw4QkFBOEIsQ0FBQyxLQUFLLEtBQUssQ0FBQztRQUNwRyxDQUFDLENBQUMsQ0FBQztRQUNILEdBQUcsQ0FBQyxJQUFJLENBQUM7WUFDUCxFQUFFLEVBQUUsZ0NBQWdDO1lBQ3BDLElBQUksRUFBRSxVQUFVO1lBQ2hCLEtBQUssRUFBRSwyQ0FBMkM7WUFDbEQsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTTtZQUNuRSxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsa0JBQWtCLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxPQUFPLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxrQ0FBa0M7WUFDdEksR0FBRyxFQUFFLE1BQU0sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLHlDQUF5QyxDQUFDLENBQUMsQ0FBQyxTQUFTO1NBQzNFLENBQUMsQ0FBQztRQUNILE1BQU0sSUFBSSxHQUFHLE1BQU0sQ0FBQyxPQUFPLENBQU0sSUFBSSxDQUFDLElBQUksQ0FBQyxRQUFRLEVBQUUscUNBQXFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbEcsTUFBTSxXQUFXLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFNBQVMsRUFBRSxlQUFlLEtBQUssSUFBSSxDQUFDLENBQUM7UUFDbEYsR0FBRyxDQUFDLElBQUksQ0FBQztZQUNQLEVBQUUsRUFBRSxtQkFBbUI7WUFDdkIsSUFBSSxFQUFFLFNBQVM7WUFDZixLQUFLLEVBQUUsMERBQTBEO1lBQ2pFLE1BQU0sRUFBRSxJQUFJLENBQUMsTUFBTSxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxXQUFXLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU07WUFDeEUsTUFBTSxFQUFFLElBQUksQ0FBQyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQywyQ0FBMkMsQ0FBQyxDQUFDLENBQUMsV0FBVyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsZ0JBQWdCLFdBQVcsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxxQkFBcUI7WUFDN0wsR0FBRyxFQUFFLFdBQVcsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLCtCQUErQixDQUFDLENBQUMsQ0FBQyxTQUFTO1NBQ3RFLENBQUMsQ0FBQztRQUNILEdBQUcsQ0FBQyxJQUFJLENBQUM7WUFDUCxFQUFFLEVBQUUsb0JBQW9CO1lBQ3hCLElBQUksRUFBRSxTQUFTO1lBQ2YsS0FBSyxFQUFFLDJCQUEyQjtZQUNsQyxNQUFNLEVBQUUsS0FBSztZQUNiLE1BQU0sRUFBRSwwRUFBMEU7U0FDbkYsQ0FBQyxDQUFDO1FBQ0gsTUFBTSxTQUFTLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsRUFBRSxZQUFZLENBQUMsQ0FBQztRQUNuRSxJQUFJLElBQUksS0FBSyxRQUFRLEVBQUUsQ0FBQztZQUN0QixHQUFHLENBQUMsSUFBSSxDQUFDO2dCQUNQLEVBQUUsRUFBRSxjQUFjO2dCQUNsQixJQUFJLEVBQUUsT0FBTztnQkFDYixLQUFLLEVBQUUseUVBQXlFO2dCQUNoRixNQUFNLEVBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxNQUFNO2dCQUNsRCxNQUFNLEVBQUUsRUFBRSxDQUFDLFVBQVUsQ0FBQyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxHQUFHLFNBQVMsYUFBYTtnQkFDeEUsR0FBRyxFQUFFLEVBQUUsQ0FBQyxVQUFVLENBQUMsU0FBUyxDQUFDLENBQUMsQ0FBQyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsMkRBQTJEO2FBQ3hHLENBQUMsQ0FBQztRQUNMLENBQUM7UUFDRCxNQUFNLFVBQVUsR0FBRyxDQUFDLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxPQUFPLEVBQUUsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLDhCQUE4QixDQUFDLEtBQUsseUJBQXlCLElBQUksQ0FBQyxJQUFJLEtBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsVUFBVSxDQUFDLEtBQUssU0FBUyxDQUFDLENBQUMsQ0FBQztRQUMvTCxHQUFHLENBQUMsSUFBSSxDQUFDO1lBQ1AsRUFBRSxFQUFFLGNBQWM7WUFDbEIsSUFBSSxFQUFFLE9BQU87WUFDYixLQUFLLEVBQUUsSUFBSSxLQUFLLFFBQVEsQ0FBQyxDQUFDLENBQUMseURBQXlELENBQUMsQ0FBQyxDQUFDLDRDQUE0QztZQUNuSSxNQUFNLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLFVBQVUsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsTUFBTTtZQUNoRixNQUFNLEVBQUUsVUFBVSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsbUJBQW1CLFVBQVUsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLElBQUksQ0FBQyxVQUFVLENBQUMsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDO1NBQ2hJLENBQUMsQ0FBQztRQUNILE9BQU8sR0FBRyxDQUFDO0lBQ2IsQ0FBQztDQUNGO0FBRUQsU0FBUyxNQUFNLENBQUMsRUFBVztJQUN6QixNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBQy9CLE9BQU8sRUFBRSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFO1FBQ3JCLE1BQU0sQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLFdBQVcsSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7UUFDdkMsSUFBSSxJQUFJLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQztZQUFFLE9BQU8sS0FBSyxDQUFDO1FBQzlCLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUM7UUFDWixPQUFPLElBQUksQ0FBQztJQUNkLENBQUMsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELG9EQUFvRDtBQUNwRCxTQUFnQixlQUFlLENBQUMsSUFBUyxFQUFFLEtBQWEsRUFBRSxJQUFZLEVBQUUsVUFBa0MsRUFBRTtJQUMxRyxPQUFPLElBQUksa0JBQWtCLENBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUM7QUFDbkUsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIGVncmVzcyBhdWRpdCBvZiBLdWJlcm5ldGVzIFRlcnJhZm9ybSBKU09OIChsYWJzIG9uIEt1YmVWaXJ0LCBwZXJtaXRzKTogZXZhbHVhdGVzIHRoZVxuICogTmV0d29ya1BvbGljaWVzIG9mIHRoZSBvdXRwdXQgYXMgdGhlIGNsdXN0ZXIgd291bGQgKGEgcG9kIHNlbGVjdGVkIGJ5IGFuIEVncmVzcyBwb2xpY3kgbWF5XG4gKiBvbmx5IHNlbmQgd2hhdCBvbmUgb2YgdGhlbSBhbGxvd3M7IGEgcG9kIHNlbGVjdGVkIGJ5IG5vbmUgbWF5IHNlbmQgYW55dGhpbmcpIGFuZCBmb2xsb3dzXG4gKiBwb2QtdG8tcG9kIHBhdGhzIHRyYW5zaXRpdmVseSwgc28gYSB3b3Jrc3BhY2UgdGhhdCByZWFjaGVzIGEgcHJveHkgcmVhY2hlcyB3aGF0IHRoZSBwcm94eVxuICogcmVhY2hlcywgYW5kIG9uZSB0aGF0IHJlYWNoZXMgYSByZXNvbHZlciByZWFjaGVzIHdoYXQgdGhlIHJlc29sdmVyIGZvcndhcmRzIHRvLlxuICovXG5pbXBvcnQgKiBhcyBmcyBmcm9tICdmcyc7XG5pbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHtcbiAgQXVkaXRlZFVuaXQsIEF1ZGl0ZWRXb3Jrc3BhY2UsIEF1ZGl0SW5wdXRFcnJvciwgQXVkaXRNb2RlLCBDb250cm9sLCBEZXN0aW5hdGlvbixcbiAgbW9kZU9mTGFiRWdyZXNzLCBtb2RlT2ZQZXJtaXROZXR3b3JrLCBwb3J0Q292ZXJzLCBSZWFjaCwgcmVhY2hlc1B1YmxpYyxcbn0gZnJvbSAnLi9tb2RlbCc7XG5cbi8qKiBPcHRpb25zIG9mIGEgS3ViZXJuZXRlcyBhdWRpdC4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgS3ViZXJuZXRlc0F1ZGl0T3B0aW9ucyB7XG4gIC8qKiBOZXR3b3JrIG9mIGEgcGVybWl0IHJvbGUgaW4gYSBzdGF0dXMgKHRoZSBwZXJtaXQgbGlmZWN5Y2xlJ3MpLiAqL1xuICByZWFkb25seSBwZXJtaXROZXR3b3JrPzogKHN0YXR1czogc3RyaW5nLCByb2xlOiBzdHJpbmcpID0+IHN0cmluZyB8IHVuZGVmaW5lZDtcbn1cblxuY29uc3QgTCA9ICdjZGstcmVzZWFyY2gtd29ya3NwYWNlcy5kZXYvJztcblxuaW50ZXJmYWNlIFdvcmtsb2FkIHtcbiAgcmVhZG9ubHkgYWRkcmVzczogc3RyaW5nO1xuICByZWFkb25seSBraW5kOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbmFtZXNwYWNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IGxhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgcmVhZG9ubHkgcG9kTGFiZWxzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+O1xuICByZWFkb25seSBib2R5OiBhbnk7XG59XG5cbmludGVyZmFjZSBQZWVyIHsgcmVhZG9ubHkgaXBCbG9jaz86IHsgY2lkcjogc3RyaW5nOyBleGNlcHQ6IHN0cmluZ1tdIH07IHJlYWRvbmx5IHBvZFNlbGVjdG9yPzogYW55OyByZWFkb25seSBuYW1lc3BhY2VTZWxlY3Rvcj86IGFueSB9XG5pbnRlcmZhY2UgUG9ydCB7IHJlYWRvbmx5IHBvcnQ/OiBzdHJpbmc7IHJlYWRvbmx5IHByb3RvY29sOiBzdHJpbmcgfVxuaW50ZXJmYWNlIEVncmVzc1J1bGUgeyByZWFkb25seSB0bzogUGVlcltdOyByZWFkb25seSBwb3J0czogUG9ydFtdIH1cbmludGVyZmFjZSBQb2xpY3kge1xuICByZWFkb25seSBhZGRyZXNzOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgbmFtZXNwYWNlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IHBvZFNlbGVjdG9yOiBhbnk7XG4gIHJlYWRvbmx5IHR5cGVzOiBzdHJpbmdbXTtcbiAgcmVhZG9ubHkgZWdyZXNzOiBFZ3Jlc3NSdWxlW107XG59XG5cbmZ1bmN0aW9uIGcobzogYW55LCAuLi5rZXlzOiBzdHJpbmdbXSk6IGFueSB7XG4gIGZvciAoY29uc3QgayBvZiBrZXlzKSBpZiAobyAmJiBvW2tdICE9PSB1bmRlZmluZWQpIHJldHVybiBvW2tdO1xuICByZXR1cm4gdW5kZWZpbmVkO1xufVxuXG5mdW5jdGlvbiBvbmUodjogYW55KTogYW55IHtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodikgPyB2WzBdIDogdjtcbn1cblxuZnVuY3Rpb24gYXJyKHY6IGFueSk6IGFueVtdIHtcbiAgcmV0dXJuIEFycmF5LmlzQXJyYXkodikgPyB2IDogdiA9PT0gdW5kZWZpbmVkIHx8IHYgPT09IG51bGwgPyBbXSA6IFt2XTtcbn1cblxuZnVuY3Rpb24gbWF0Y2hlcyhzZWxlY3RvcjogYW55LCBsYWJlbHM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pOiBib29sZWFuIHtcbiAgY29uc3QgcyA9IG9uZShzZWxlY3Rvcik7XG4gIGlmIChzID09PSB1bmRlZmluZWQgfHwgcyA9PT0gbnVsbCkgcmV0dXJuIHRydWU7XG4gIGNvbnN0IG1sID0gZyhzLCAnbWF0Y2hfbGFiZWxzJywgJ21hdGNoTGFiZWxzJykgPz8ge307XG4gIGZvciAoY29uc3QgW2ssIHZdIG9mIE9iamVjdC5lbnRyaWVzKG1sKSkgaWYgKGxhYmVsc1trXSAhPT0gdikgcmV0dXJuIGZhbHNlO1xuICBmb3IgKGNvbnN0IGUgb2YgYXJyKGcocywgJ21hdGNoX2V4cHJlc3Npb25zJywgJ21hdGNoRXhwcmVzc2lvbnMnKSkpIHtcbiAgICBjb25zdCBrZXkgPSBlLmtleTtcbiAgICBjb25zdCB2YWx1ZXM6IHN0cmluZ1tdID0gYXJyKGUudmFsdWVzKTtcbiAgICBjb25zdCBoYXMgPSBsYWJlbHNba2V5XSAhPT0gdW5kZWZpbmVkO1xuICAgIHN3aXRjaCAoZS5vcGVyYXRvcikge1xuICAgICAgY2FzZSAnSW4nOiBpZiAoIWhhcyB8fCAhdmFsdWVzLmluY2x1ZGVzKGxhYmVsc1trZXldKSkgcmV0dXJuIGZhbHNlOyBicmVhaztcbiAgICAgIGNhc2UgJ05vdEluJzogaWYgKGhhcyAmJiB2YWx1ZXMuaW5jbHVkZXMobGFiZWxzW2tleV0pKSByZXR1cm4gZmFsc2U7IGJyZWFrO1xuICAgICAgY2FzZSAnRXhpc3RzJzogaWYgKCFoYXMpIHJldHVybiBmYWxzZTsgYnJlYWs7XG4gICAgICBjYXNlICdEb2VzTm90RXhpc3QnOiBpZiAoaGFzKSByZXR1cm4gZmFsc2U7IGJyZWFrO1xuICAgICAgZGVmYXVsdDogcmV0dXJuIGZhbHNlO1xuICAgIH1cbiAgfVxuICByZXR1cm4gdHJ1ZTtcbn1cblxuZnVuY3Rpb24gc2VsZWN0c0V2ZXJ5dGhpbmcoc2VsZWN0b3I6IGFueSk6IGJvb2xlYW4ge1xuICBjb25zdCBzID0gb25lKHNlbGVjdG9yKTtcbiAgaWYgKHMgPT09IHVuZGVmaW5lZCB8fCBzID09PSBudWxsKSByZXR1cm4gdHJ1ZTtcbiAgcmV0dXJuIE9iamVjdC5rZXlzKGcocywgJ21hdGNoX2xhYmVscycsICdtYXRjaExhYmVscycpID8/IHt9KS5sZW5ndGggPT09IDAgJiYgYXJyKGcocywgJ21hdGNoX2V4cHJlc3Npb25zJywgJ21hdGNoRXhwcmVzc2lvbnMnKSkubGVuZ3RoID09PSAwO1xufVxuXG5jbGFzcyBLdWJlcm5ldGVzQW5hbHl6ZXIge1xuICBwcml2YXRlIHJlYWRvbmx5IHdvcmtsb2FkczogV29ya2xvYWRbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IHBvbGljaWVzOiBQb2xpY3lbXSA9IFtdO1xuICBwcml2YXRlIHJlYWRvbmx5IG5hbWVzcGFjZXMgPSBuZXcgTWFwPHN0cmluZywgUmVjb3JkPHN0cmluZywgc3RyaW5nPj4oKTtcbiAgcHJpdmF0ZSByZWFkb25seSBjb25maWdUZXh0ID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZ1tdPigpO1xuICBwcml2YXRlIHJlYWRvbmx5IG1lbW8gPSBuZXcgTWFwPHN0cmluZywgUmVhY2hbXT4oKTtcblxuICBjb25zdHJ1Y3RvcihcbiAgICBwcml2YXRlIHJlYWRvbmx5IGpzb246IGFueSwgcHJpdmF0ZSByZWFkb25seSBzdGFjazogc3RyaW5nLCBwcml2YXRlIHJlYWRvbmx5IGZpbGU6IHN0cmluZywgcHJpdmF0ZSByZWFkb25seSBvcHRpb25zOiBLdWJlcm5ldGVzQXVkaXRPcHRpb25zLFxuICApIHtcbiAgICBjb25zdCByID0ganNvbi5yZXNvdXJjZSA/PyB7fTtcbiAgICBmb3IgKGNvbnN0IFt0eXBlLCBpdGVtc10gb2YgT2JqZWN0LmVudHJpZXM8YW55PihyKSkge1xuICAgICAgZm9yIChjb25zdCBbbmFtZSwgYm9keV0gb2YgT2JqZWN0LmVudHJpZXM8YW55PihpdGVtcykpIHRoaXMuYWRkKGAke3R5cGV9LiR7bmFtZX1gLCB0eXBlLCBib2R5KTtcbiAgICB9XG4gIH1cblxuICBwcml2YXRlIGFkZChhZGRyZXNzOiBzdHJpbmcsIHR5cGU6IHN0cmluZywgYm9keTogYW55KTogdm9pZCB7XG4gICAgaWYgKHR5cGUgPT09ICdrdWJlcm5ldGVzX21hbmlmZXN0Jykge1xuICAgICAgY29uc3QgbSA9IGJvZHkubWFuaWZlc3QgPz8ge307XG4gICAgICB0aGlzLmFkZE9iamVjdChhZGRyZXNzLCBTdHJpbmcobS5raW5kID8/ICcnKSwgbSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGNvbnN0IGtpbmQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7XG4gICAgICBrdWJlcm5ldGVzX25hbWVzcGFjZV92MTogJ05hbWVzcGFjZScsXG4gICAgICBrdWJlcm5ldGVzX25hbWVzcGFjZTogJ05hbWVzcGFjZScsXG4gICAgICBrdWJlcm5ldGVzX25ldHdvcmtfcG9saWN5X3YxOiAnTmV0d29ya1BvbGljeScsXG4gICAgICBrdWJlcm5ldGVzX25ldHdvcmtfcG9saWN5OiAnTmV0d29ya1BvbGljeScsXG4gICAgICBrdWJlcm5ldGVzX2RlcGxveW1lbnRfdjE6ICdEZXBsb3ltZW50JyxcbiAgICAgIGt1YmVybmV0ZXNfZGVwbG95bWVudDogJ0RlcGxveW1lbnQnLFxuICAgICAga3ViZXJuZXRlc19zdGF0ZWZ1bF9zZXRfdjE6ICdTdGF0ZWZ1bFNldCcsXG4gICAgICBrdWJlcm5ldGVzX3N0YXRlZnVsX3NldDogJ1N0YXRlZnVsU2V0JyxcbiAgICAgIGt1YmVybmV0ZXNfZGFlbW9uX3NldF92MTogJ0RhZW1vblNldCcsXG4gICAgICBrdWJlcm5ldGVzX2RhZW1vbnNldDogJ0RhZW1vblNldCcsXG4gICAgICBrdWJlcm5ldGVzX3BvZF92MTogJ1BvZCcsXG4gICAgICBrdWJlcm5ldGVzX3BvZDogJ1BvZCcsXG4gICAgICBrdWJlcm5ldGVzX2pvYl92MTogJ0pvYicsXG4gICAgICBrdWJlcm5ldGVzX2Nyb25fam9iX3YxOiAnQ3JvbkpvYicsXG4gICAgICBrdWJlcm5ldGVzX2NvbmZpZ19tYXBfdjE6ICdDb25maWdNYXAnLFxuICAgICAga3ViZXJuZXRlc19jb25maWdfbWFwOiAnQ29uZmlnTWFwJyxcbiAgICB9O1xuICAgIGlmIChraW5kW3R5cGVdKSB0aGlzLmFkZE9iamVjdChhZGRyZXNzLCBraW5kW3R5cGVdLCBib2R5KTtcbiAgfVxuXG4gIHByaXZhdGUgYWRkT2JqZWN0KGFkZHJlc3M6IHN0cmluZywga2luZDogc3RyaW5nLCBvOiBhbnkpOiB2b2lkIHtcbiAgICBjb25zdCBtZCA9IG9uZShvLm1ldGFkYXRhKSA/PyB7fTtcbiAgICBjb25zdCBuYW1lc3BhY2UgPSBTdHJpbmcobWQubmFtZXNwYWNlID8/ICdkZWZhdWx0Jyk7XG4gICAgY29uc3QgbGFiZWxzOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0gbWQubGFiZWxzID8/IHt9O1xuICAgIGlmIChraW5kID09PSAnTmFtZXNwYWNlJykge1xuICAgICAgdGhpcy5uYW1lc3BhY2VzLnNldChTdHJpbmcobWQubmFtZSksIGxhYmVscyk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmIChraW5kID09PSAnQ29uZmlnTWFwJykge1xuICAgICAgY29uc3QgdGV4dHMgPSB0aGlzLmNvbmZpZ1RleHQuZ2V0KG5hbWVzcGFjZSkgPz8gW107XG4gICAgICB0ZXh0cy5wdXNoKE9iamVjdC52YWx1ZXMoby5kYXRhID8/IHt9KS5tYXAoU3RyaW5nKS5qb2luKCdcXG4nKSk7XG4gICAgICB0aGlzLmNvbmZpZ1RleHQuc2V0KG5hbWVzcGFjZSwgdGV4dHMpO1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoa2luZCA9PT0gJ05ldHdvcmtQb2xpY3knKSB7XG4gICAgICBjb25zdCBzcGVjID0gb25lKG8uc3BlYykgPz8ge307XG4gICAgICBjb25zdCBlZ3Jlc3M6IEVncmVzc1J1bGVbXSA9IGFycihzcGVjLmVncmVzcykubWFwKChlOiBhbnkpID0+ICh7XG4gICAgICAgIHRvOiBhcnIoZS50bykubWFwKCh0OiBhbnkpID0+IHtcbiAgICAgICAgICBjb25zdCBpYiA9IG9uZShnKHQsICdpcF9ibG9jaycsICdpcEJsb2NrJykpO1xuICAgICAgICAgIHJldHVybiB7XG4gICAgICAgICAgICBpcEJsb2NrOiBpYiA/IHsgY2lkcjogU3RyaW5nKGliLmNpZHIpLCBleGNlcHQ6IGFycihpYi5leGNlcHQpLm1hcChTdHJpbmcpIH0gOiB1bmRlZmluZWQsXG4gICAgICAgICAgICBwb2RTZWxlY3RvcjogZyh0LCAncG9kX3NlbGVjdG9yJywgJ3BvZFNlbGVjdG9yJyksXG4gICAgICAgICAgICBuYW1lc3BhY2VTZWxlY3RvcjogZyh0LCAnbmFtZXNwYWNlX3NlbGVjdG9yJywgJ25hbWVzcGFjZVNlbGVjdG9yJyksXG4gICAgICAgICAgfTtcbiAgICAgICAgfSksXG4gICAgICAgIHBvcnRzOiBhcnIoZS5wb3J0cykubWFwKChwOiBhbnkpID0+ICh7IHBvcnQ6IHAucG9ydCA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogU3RyaW5nKHAucG9ydCksIHByb3RvY29sOiBTdHJpbmcocC5wcm90b2NvbCA/PyAnVENQJykgfSkpLFxuICAgICAgfSkpO1xuICAgICAgY29uc3QgZGVjbGFyZWQgPSBhcnIoZyhzcGVjLCAncG9saWN5X3R5cGVzJywgJ3BvbGljeVR5cGVzJykpLm1hcChTdHJpbmcpO1xuICAgICAgY29uc3QgdHlwZXMgPSBkZWNsYXJlZC5sZW5ndGggPyBkZWNsYXJlZCA6IHNwZWMuZWdyZXNzICE9PSB1bmRlZmluZWQgPyBbJ0luZ3Jlc3MnLCAnRWdyZXNzJ10gOiBbJ0luZ3Jlc3MnXTtcbiAgICAgIHRoaXMucG9saWNpZXMucHVzaCh7IGFkZHJlc3MsIG5hbWU6IFN0cmluZyhtZC5uYW1lKSwgbmFtZXNwYWNlLCBwb2RTZWxlY3RvcjogZyhzcGVjLCAncG9kX3NlbGVjdG9yJywgJ3BvZFNlbGVjdG9yJyksIHR5cGVzLCBlZ3Jlc3MgfSk7XG4gICAgICByZXR1cm47XG4gICAgfVxuICAgIGlmICghWydWaXJ0dWFsTWFjaGluZScsICdWaXJ0dWFsTWFjaGluZUluc3RhbmNlJywgJ0RlcGxveW1lbnQnLCAnU3RhdGVmdWxTZXQnLCAnRGFlbW9uU2V0JywgJ1BvZCcsICdKb2InLCAnQ3JvbkpvYicsICdSZXBsaWNhU2V0J10uaW5jbHVkZXMoa2luZCkpIHJldHVybjtcbiAgICBjb25zdCBzcGVjID0gb25lKG8uc3BlYykgPz8ge307XG4gICAgbGV0IHBvZExhYmVsczogUmVjb3JkPHN0cmluZywgc3RyaW5nPjtcbiAgICBpZiAoa2luZCA9PT0gJ1BvZCcgfHwga2luZCA9PT0gJ1ZpcnR1YWxNYWNoaW5lSW5zdGFuY2UnKSBwb2RMYWJlbHMgPSBsYWJlbHM7XG4gICAgZWxzZSBpZiAoa2luZCA9PT0gJ0Nyb25Kb2InKSBwb2RMYWJlbHMgPSBvbmUob25lKG9uZShnKHNwZWMsICdqb2JfdGVtcGxhdGUnLCAnam9iVGVtcGxhdGUnKSk/LnNwZWMpPy50ZW1wbGF0ZSk/Lm1ldGFkYXRhPy5sYWJlbHMgPz8ge307XG4gICAgZWxzZSBwb2RMYWJlbHMgPSBvbmUob25lKHNwZWMudGVtcGxhdGUpPy5tZXRhZGF0YSk/LmxhYmVscyA/PyB7fTtcbiAgICB0aGlzLndvcmtsb2Fkcy5wdXNoKHsgYWRkcmVzcywga2luZCwgbmFtZTogU3RyaW5nKG1kLm5hbWUpLCBuYW1lc3BhY2UsIGxhYmVscywgcG9kTGFiZWxzLCBib2R5OiBvIH0pO1xuICB9XG5cbiAgcHVibGljIHVuaXQoKTogQXVkaXRlZFVuaXQge1xuICAgIGNvbnN0IHdvcmtzcGFjZXM6IEF1ZGl0ZWRXb3Jrc3BhY2VbXSA9IFtdO1xuICAgIGxldCBraW5kOiAnbGFiJyB8ICdwZXJtaXQnID0gJ2xhYic7XG4gICAgbGV0IG5hbWUgPSB0aGlzLnN0YWNrO1xuICAgIGxldCBzdGF0dXM6IHN0cmluZyB8IHVuZGVmaW5lZDtcbiAgICBmb3IgKGNvbnN0IHcgb2YgdGhpcy53b3JrbG9hZHMpIHtcbiAgICAgIGNvbnN0IGVncmVzc0xhYmVsID0gdy5sYWJlbHNbYCR7TH1lZ3Jlc3NgXTtcbiAgICAgIGNvbnN0IHBlcm1pdFN0YXR1cyA9IHcubGFiZWxzW2Ake0x9cGVybWl0LXN0YXR1c2BdO1xuICAgICAgY29uc3Qgcm9sZSA9IHcubGFiZWxzW2Ake0x9d29ya3NwYWNlYF07XG4gICAgICAvLyBFdmVyeSB3b3JrbG9hZCBvZiBhIHBlcm1pdCBwaGFzZSB0aGF0IGNhcnJpZXMgYSByb2xlIGlzIG9uZSBvZiBpdHMgd29ya3NwYWNlcyAodGhlIGFpcmxvY2sgdG9vKS5cbiAgICAgIGNvbnN0IGlzUGVybWl0V29ya3NwYWNlID0gcGVybWl0U3RhdHVzICE9PSB1bmRlZmluZWQgJiYgcm9sZSAhPT0gdW5kZWZpbmVkO1xuICAgICAgaWYgKGlzUGVybWl0V29ya3NwYWNlKSB7XG4gICAgICAgIGtpbmQgPSAncGVybWl0JztcbiAgICAgICAgbmFtZSA9IHcubGFiZWxzW2Ake0x9cGVybWl0LWlkYF0gPz8gbmFtZTtcbiAgICAgICAgc3RhdHVzID0gcGVybWl0U3RhdHVzO1xuICAgICAgICBjb25zdCBuZXR3b3JrID0gdGhpcy5vcHRpb25zLnBlcm1pdE5ldHdvcms/LihwZXJtaXRTdGF0dXMsIHJvbGUpO1xuICAgICAgICBjb25zdCBtb2RlID0gbmV0d29yayA9PT0gdW5kZWZpbmVkID8gdW5kZWZpbmVkIDogbW9kZU9mUGVybWl0TmV0d29yayhuZXR3b3JrKTtcbiAgICAgICAgaWYgKCFtb2RlKSB0aHJvdyBuZXcgQXVkaXRJbnB1dEVycm9yKGAke3RoaXMuZmlsZX06ICR7dy5hZGRyZXNzfSBpcyBwZXJtaXQgd29ya3NwYWNlIFwiJHtyb2xlfVwiIGF0ICR7cGVybWl0U3RhdHVzfSwgd2hpY2ggdGhlIHBlcm1pdCBsaWZlY3ljbGUgZG9lcyBub3Qga25vdy4gRml4OiBhdWRpdCBvdXRwdXQgb2YgdGhpcyB2ZXJzaW9uYCk7XG4gICAgICAgIHdvcmtzcGFjZXMucHVzaCh0aGlzLndvcmtzcGFjZSh3LCByb2xlLCBtb2RlLCBgcGVybWl0IGxpZmVjeWNsZTogJHtyb2xlfSBhdCAke3Blcm1pdFN0YXR1c30gaGFzIG5ldHdvcmsgJHtuZXR3b3JrfWAsIHJvbGUpKTtcbiAgICAgIH0gZWxzZSBpZiAoZWdyZXNzTGFiZWwgIT09IHVuZGVmaW5lZCkge1xuICAgICAgICBjb25zdCBtb2RlID0gbW9kZU9mTGFiRWdyZXNzKGVncmVzc0xhYmVsKTtcbiAgICAgICAgaWYgKCFtb2RlKSB0aHJvdyBuZXcgQXVkaXRJbnB1dEVycm9yKGAke3RoaXMuZmlsZX06ICR7dy5hZGRyZXNzfSBoYXMgbGFiZWwgJHtMfWVncmVzcz1cIiR7ZWdyZXNzTGFiZWx9XCI7IGV4cGVjdGVkIG5vbmUsIHByb3hpZWQgb3Igb3BlbmApO1xuICAgICAgICBuYW1lID0gdy5sYWJlbHNbYCR7TH1sYWJgXSA/PyBuYW1lO1xuICAgICAgICB3b3Jrc3BhY2VzLnB1c2godGhpcy53b3Jrc3BhY2Uodywgdy5sYWJlbHNbYCR7TH13b3Jrc3BhY2VgXSA/PyB3Lm5hbWUsIG1vZGUsIGBsYWJlbCAke0x9ZWdyZXNzYCkpO1xuICAgICAgfVxuICAgIH1cbiAgICByZXR1cm4geyBraW5kLCBuYW1lLCBzdGF0dXMsIGJhY2tlbmQ6ICdrdWJlcm5ldGVzJywgc3RhY2s6IHRoaXMuc3RhY2ssIGZpbGVzOiBbdGhpcy5maWxlXSwgd29ya3NwYWNlcywgY29udHJvbHM6IHRoaXMudW5pdENvbnRyb2xzKGtpbmQpIH07XG4gIH1cblxuICBwcml2YXRlIHdvcmtzcGFjZSh3OiBXb3JrbG9hZCwgbmFtZTogc3RyaW5nLCBtb2RlOiBBdWRpdE1vZGUsIG1vZGVTb3VyY2U6IHN0cmluZywgcm9sZT86IHN0cmluZyk6IEF1ZGl0ZWRXb3Jrc3BhY2Uge1xuICAgIGNvbnN0IHJlYWNoID0gdGhpcy5yZWFjaE9mKHcsIG5ldyBTZXQoKSk7XG4gICAgY29uc3QgY29udHJvbHM6IENvbnRyb2xbXSA9IFtdO1xuICAgIGNvbnN0IGRlbnkgPSB0aGlzLnBvbGljaWVzLmZpbHRlcigocCkgPT4gcC5uYW1lc3BhY2UgPT09IHcubmFtZXNwYWNlICYmIHAudHlwZXMuaW5jbHVkZXMoJ0VncmVzcycpICYmIHNlbGVjdHNFdmVyeXRoaW5nKHAucG9kU2VsZWN0b3IpICYmIHAuZWdyZXNzLmxlbmd0aCA9PT0gMCk7XG4gICAgY29udHJvbHMucHVzaCh7XG4gICAgICBpZDogJ25ldHdvcmsuZGVmYXVsdC1kZW55JyxcbiAgICAgIGFyZWE6ICduZXR3b3JrJyxcbiAgICAgIHRpdGxlOiBgYSBkZWZhdWx0LWRlbnkgZWdyZXNzIE5ldHdvcmtQb2xpY3kgaW4gbmFtZXNwYWNlICR7dy5uYW1lc3BhY2V9YCxcbiAgICAgIHJlc3VsdDogZGVueS5sZW5ndGggPyAncGFzcycgOiAnZmFpbCcsXG4gICAgICBkZXRhaWw6IGRlbnkubGVuZ3RoID8gYCR7ZGVueVswXS5hZGRyZXNzfTogc2VsZWN0cyBldmVyeSBwb2QsIGFsbG93cyBubyBlZ3Jlc3NgIDogYCR7dy5hZGRyZXNzfTogbmFtZXNwYWNlICR7dy5uYW1lc3BhY2V9IGhhcyBubyBOZXR3b3JrUG9saWN5IHRoYXQgc2VsZWN0cyBldmVyeSBwb2QgYW5kIGFsbG93cyBubyBlZ3Jlc3NgLFxuICAgICAgZml4OiBkZW55Lmxlbmd0aCA/IHVuZGVmaW5lZCA6IGBhZGQgYSBOZXR3b3JrUG9saWN5IGluICR7dy5uYW1lc3BhY2V9IHdpdGggYW4gZW1wdHkgcG9kU2VsZWN0b3IsIHBvbGljeVR5cGVzIFtFZ3Jlc3MsIEluZ3Jlc3NdIGFuZCBubyBydWxlc2AsXG4gICAgfSk7XG4gICAgcmV0dXJuIHsgbmFtZSwgcmVzb3VyY2U6IHcuYWRkcmVzcywgbW9kZSwgbW9kZVNvdXJjZSwgcm9sZSwgcmVhY2gsIGNvbnRyb2xzIH07XG4gIH1cblxuICAvKiogVGhlIHBhdGhzIG91dCBvZiBhIHdvcmtsb2FkJ3MgcG9kcywgZm9sbG93aW5nIHBvZC10by1wb2QgcGF0aHMgKGN5Y2xlcyBjdXQpLiAqL1xuICBwcml2YXRlIHJlYWNoT2YodzogV29ya2xvYWQsIHNlZW46IFNldDxzdHJpbmc+KTogUmVhY2hbXSB7XG4gICAgY29uc3QgY2FjaGVkID0gdGhpcy5tZW1vLmdldCh3LmFkZHJlc3MpO1xuICAgIGlmIChjYWNoZWQpIHJldHVybiBjYWNoZWQ7XG4gICAgY29uc3Qgc2VsZWN0aW5nID0gdGhpcy5wb2xpY2llcy5maWx0ZXIoKHApID0+IHAubmFtZXNwYWNlID09PSB3Lm5hbWVzcGFjZSAmJiBwLnR5cGVzLmluY2x1ZGVzKCdFZ3Jlc3MnKSAmJiBtYXRjaGVzKHAucG9kU2VsZWN0b3IsIHcucG9kTGFiZWxzKSk7XG4gICAgY29uc3Qgb3V0OiBSZWFjaFtdID0gW107XG4gICAgaWYgKHNlbGVjdGluZy5sZW5ndGggPT09IDApIHtcbiAgICAgIGNvbnN0IHdoeSA9IGBubyBOZXR3b3JrUG9saWN5IHNlbGVjdHMgJHt3LmFkZHJlc3N9IGZvciBlZ3Jlc3M6IGl0cyBwb2RzIG1heSBzZW5kIGFueXRoaW5nYDtcbiAgICAgIGNvbnN0IGZpeCA9IGBhZGQgYSBkZWZhdWx0LWRlbnkgZWdyZXNzIE5ldHdvcmtQb2xpY3kgaW4gJHt3Lm5hbWVzcGFjZX0gYW5kIGFsbG93IG9ubHkgd2hhdCB0aGUgbW9kZSBuZWVkc2A7XG4gICAgICBvdXQucHVzaCh7IGRlc3RpbmF0aW9uOiBEZXN0aW5hdGlvbi5JTlRFUk5FVCwgcmVzb3VyY2U6IHcuYWRkcmVzcywgcGF0aDogd2h5LCBmaXggfSk7XG4gICAgICBvdXQucHVzaCh7IGRlc3RpbmF0aW9uOiBEZXN0aW5hdGlvbi5PVVRTSURFX0ROUywgcmVzb3VyY2U6IHcuYWRkcmVzcywgcGF0aDogd2h5LCBmaXggfSk7XG4gICAgICB0aGlzLm1lbW8uc2V0KHcuYWRkcmVzcywgb3V0KTtcbiAgICAgIHJldHVybiBvdXQ7XG4gICAgfVxuICAgIHNlZW4uYWRkKHcuYWRkcmVzcyk7XG4gICAgZm9yIChjb25zdCBwIG9mIHNlbGVjdGluZykge1xuICAgICAgZm9yIChjb25zdCBydWxlIG9mIHAuZWdyZXNzKSB7XG4gICAgICAgIGNvbnN0IGRucyA9IHJ1bGUucG9ydHMubGVuZ3RoID09PSAwIHx8IHJ1bGUucG9ydHMuc29tZSgoeCkgPT4gcG9ydENvdmVycyh4LnBvcnQsIDUzKSk7XG4gICAgICAgIGNvbnN0IHBvcnRUZXh0ID0gcnVsZS5wb3J0cy5sZW5ndGggPyBydWxlLnBvcnRzLm1hcCgoeCkgPT4gYCR7eC5wb3J0ID8/ICdhbGwnfS8ke3gucHJvdG9jb2x9YCkuam9pbignLCAnKSA6ICdhbGwgcG9ydHMnO1xuICAgICAgICBjb25zdCBvbmx5RG5zID0gcnVsZS5wb3J0cy5sZW5ndGggPiAwICYmIHJ1bGUucG9ydHMuZXZlcnkoKHgpID0+IHgucG9ydCA9PT0gJzUzJyB8fCB4LnBvcnQgPT09ICdkbnMnIHx8IHgucG9ydCA9PT0gJ2Rucy10Y3AnKTtcbiAgICAgICAgY29uc3QgZml4UnVsZSA9IGByZW1vdmUgb3IgbmFycm93IHRoaXMgZWdyZXNzIHJ1bGUgb2YgTmV0d29ya1BvbGljeSAke3AubmFtZX0gKCR7cC5hZGRyZXNzfSlgO1xuICAgICAgICBjb25zdCBwZWVycyA9IHJ1bGUudG8ubGVuZ3RoID8gcnVsZS50byA6IFt7IGlwQmxvY2s6IHsgY2lkcjogJzAuMC4wLjAvMCcsIGV4Y2VwdDogW10gfSB9XTtcbiAgICAgICAgZm9yIChjb25zdCBwZWVyIG9mIHBlZXJzKSB7XG4gICAgICAgICAgaWYgKHBlZXIuaXBCbG9jaykge1xuICAgICAgICAgICAgY29uc3Qgd2hlcmUgPSBgJHtwLmFkZHJlc3N9IGFsbG93cyAke3BvcnRUZXh0fSB0byAke3BlZXIuaXBCbG9jay5jaWRyfSR7cGVlci5pcEJsb2NrLmV4Y2VwdC5sZW5ndGggPyBgIGV4Y2VwdCAke3BlZXIuaXBCbG9jay5leGNlcHQuam9pbignLCAnKX1gIDogJyd9JHtydWxlLnRvLmxlbmd0aCA/ICcnIDogJyAobm8gXCJ0b1wiOiBldmVyeSBkZXN0aW5hdGlvbiknfWA7XG4gICAgICAgICAgICBjb25zdCBwdWIgPSByZWFjaGVzUHVibGljKHBlZXIuaXBCbG9jay5jaWRyLCBwZWVyLmlwQmxvY2suZXhjZXB0KTtcbiAgICAgICAgICAgIGlmIChkbnMpIHtcbiAgICAgICAgICAgICAgb3V0LnB1c2goe1xuICAgICAgICAgICAgICAgIGRlc3RpbmF0aW9uOiBEZXN0aW5hdGlvbi5PVVRTSURFX0ROUyxcbiAgICAgICAgICAgICAgICByZXNvdXJjZTogcC5hZGRyZXNzLFxuICAgICAgICAgICAgICAgIHBhdGg6IHB1YiA/IHdoZXJlIDogYCR7d2hlcmV9OiBhIHJlc29sdmVyIG91dHNpZGUgdGhpcyBvdXRwdXQgKGFzc3VtZWQgdG8gcmVjdXJzZSB0byB0aGUgaW50ZXJuZXQpYCxcbiAgICAgICAgICAgICAgICBmaXg6IGAke2ZpeFJ1bGV9OyByZXNvbHZlIGludGVybmFsIG5hbWVzIHdpdGggYSByZXNvbHZlciBkZWZpbmVkIGluIHRoZSBzdGFjayB0aGF0IGRvZXMgbm90IGZvcndhcmRgLFxuICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmICghb25seURucykge1xuICAgICAgICAgICAgICBjb25zdCBzdG9yYWdlID0gIXB1YiAmJiBydWxlLnBvcnRzLmxlbmd0aCA+IDAgJiYgcnVsZS5wb3J0cy5ldmVyeSgoeCkgPT4geC5wb3J0ID09PSAnMjA0OScgfHwgeC5wb3J0ID09PSAnMTExJyk7XG4gICAgICAgICAgICAgIGNvbnN0IGRlc3RpbmF0aW9uID0gcHViID8gRGVzdGluYXRpb24uSU5URVJORVQgOiBzdG9yYWdlID8gRGVzdGluYXRpb24uU1RPUkFHRSA6IERlc3RpbmF0aW9uLklOVEVSTkFMX1NFUlZJQ0U7XG4gICAgICAgICAgICAgIG91dC5wdXNoKHsgZGVzdGluYXRpb24sIHJlc291cmNlOiBwLmFkZHJlc3MsIHBhdGg6IHdoZXJlLCBmaXg6IGZpeFJ1bGUgfSk7XG4gICAgICAgICAgICB9XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgLy8gQSBwb2Qgb3IgbmFtZXNwYWNlIHNlbGVjdG9yLlxuICAgICAgICAgIGNvbnN0IG5zU2VsID0gcGVlci5uYW1lc3BhY2VTZWxlY3RvcjtcbiAgICAgICAgICBjb25zdCBuYW1lc3BhY2VzID0gbnNTZWwgPT09IHVuZGVmaW5lZCA/IFt3Lm5hbWVzcGFjZV0gOiB0aGlzLm5hbWVzcGFjZXNNYXRjaGluZyhuc1NlbCk7XG4gICAgICAgICAgY29uc3Qga3ViZURucyA9IG5zU2VsICE9PSB1bmRlZmluZWQgJiYgSlNPTi5zdHJpbmdpZnkobnNTZWwpLmluY2x1ZGVzKCdrdWJlLXN5c3RlbScpICYmIChwZWVyLnBvZFNlbGVjdG9yID09PSB1bmRlZmluZWQgfHwgL2t1YmUtZG5zfGNvcmVkbnMvLnRlc3QoSlNPTi5zdHJpbmdpZnkocGVlci5wb2RTZWxlY3RvcikpKTtcbiAgICAgICAgICBpZiAoa3ViZURucykge1xuICAgICAgICAgICAgaWYgKGRucykge1xuICAgICAgICAgICAgICBvdXQucHVzaCh7XG4gICAgICAgICAgICAgICAgZGVzdGluYXRpb246IERlc3RpbmF0aW9uLk9VVFNJREVfRE5TLFxuICAgICAgICAgICAgICAgIHJlc291cmNlOiBwLmFkZHJlc3MsXG4gICAgICAgICAgICAgICAgcGF0aDogYCR7cC5hZGRyZXNzfSBhbGxvd3MgJHtwb3J0VGV4dH0gdG8gdGhlIGNsdXN0ZXIgcmVzb2x2ZXIgKGt1YmUtc3lzdGVtIGt1YmUtZG5zKSwgd2hpY2ggZm9yd2FyZHMgZXZlcnkgb3RoZXIgbmFtZSB0byBvdXRzaWRlIHJlc29sdmVyczogYSBETlMgdHVubmVsYCxcbiAgICAgICAgICAgICAgICBmaXg6IGAke2ZpeFJ1bGV9OiBpbiBhbiBvZmZsaW5lIG5hbWVzcGFjZSBhbGxvdyBETlMgb25seSB0byBhIHJlc29sdmVyIG9mIHRoZSBzdGFjayB0aGF0IGFuc3dlcnMgaW50ZXJuYWwgbmFtZXMgYW5kIGZvcndhcmRzIG5vdGhpbmdgLFxuICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgIH1cbiAgICAgICAgICAgIGlmICghb25seURucykgb3V0LnB1c2goeyBkZXN0aW5hdGlvbjogRGVzdGluYXRpb24uSU5URVJOQUxfU0VSVklDRSwgcmVzb3VyY2U6IHAuYWRkcmVzcywgcGF0aDogYCR7cC5hZGRyZXNzfSBhbGxvd3MgJHtwb3J0VGV4dH0gdG8ga3ViZS1kbnNgLCBmaXg6IGZpeFJ1bGUgfSk7XG4gICAgICAgICAgICBjb250aW51ZTtcbiAgICAgICAgICB9XG4gICAgICAgICAgY29uc3QgdGFyZ2V0cyA9IHRoaXMud29ya2xvYWRzLmZpbHRlcigodCkgPT4gbmFtZXNwYWNlcy5pbmNsdWRlcyh0Lm5hbWVzcGFjZSkgJiYgdC5hZGRyZXNzICE9PSB3LmFkZHJlc3NcbiAgICAgICAgICAgICYmIChwZWVyLnBvZFNlbGVjdG9yID09PSB1bmRlZmluZWQgfHwgbWF0Y2hlcyhwZWVyLnBvZFNlbGVjdG9yLCB0LnBvZExhYmVscykpKTtcbiAgICAgICAgICBjb25zdCBvdXRzaWRlID0gbnNTZWwgIT09IHVuZGVmaW5lZFxuICAgICAgICAgICAgJiYgKHNlbGVjdHNFdmVyeXRoaW5nKG5zU2VsKSB8fCBuYW1lc3BhY2VzLnNvbWUoKG4pID0+ICF0aGlzLm5hbWVzcGFjZXMuaGFzKG4pKSB8fCBuYW1lc3BhY2VzLmxlbmd0aCA9PT0gMCk7XG4gICAgICAgICAgaWYgKG91dHNpZGUpIHtcbiAgICAgICAgICAgIG91dC5wdXNoKHtcbiAgICAgICAgICAgICAgZGVzdGluYXRpb246IGRucyA/IERlc3RpbmF0aW9uLk9VVFNJREVfRE5TIDogRGVzdGluYXRpb24uVU5LTk9XTixcbiAgICAgICAgICAgICAgcmVzb3VyY2U6IHAuYWRkcmVzcyxcbiAgICAgICAgICAgICAgcGF0aDogYCR7cC5hZGRyZXNzfSBhbGxvd3MgJHtwb3J0VGV4dH0gdG8gcG9kcyBvZiBuYW1lc3BhY2VzICR7bnNTZWwgPT09IHVuZGVmaW5lZCA/IHcubmFtZXNwYWNlIDogSlNPTi5zdHJpbmdpZnkob25lKG5zU2VsKSl9IG91dHNpZGUgdGhpcyBvdXRwdXQ6IHdoYXQgdGhleSBmb3J3YXJkIGNhbm5vdCBiZSBhdWRpdGVkYCxcbiAgICAgICAgICAgICAgZml4OiBmaXhSdWxlLFxuICAgICAgICAgICAgfSk7XG4gICAgICAgICAgfVxuICAgICAgICAgIGZvciAoY29uc3QgdCBvZiB0YXJnZXRzKSB7XG4gICAgICAgICAgICBjb25zdCB2aWEgPSBgJHtwLmFkZHJlc3N9IGFsbG93cyAke3BvcnRUZXh0fSB0byAke3QuYWRkcmVzc31gO1xuICAgICAgICAgICAgb3V0LnB1c2goeyBkZXN0aW5hdGlvbjogRGVzdGluYXRpb24uSU5URVJOQUxfU0VSVklDRSwgcmVzb3VyY2U6IHAuYWRkcmVzcywgcGF0aDogdmlhLCBmaXg6IGZpeFJ1bGUgfSk7XG4gICAgICAgICAgICBpZiAoc2Vlbi5oYXModC5hZGRyZXNzKSkgY29udGludWU7XG4gICAgICAgICAgICBjb25zdCBwcm94eSA9IHRoaXMuaXNBbGxvd2xpc3RpbmdQcm94eSh0KTtcbiAgICAgICAgICAgIGZvciAoY29uc3QgciBvZiB0aGlzLnJlYWNoT2YodCwgbmV3IFNldChzZWVuKSkpIHtcbiAgICAgICAgICAgICAgY29uc3Qgb3V0MiA9IHIuZGVzdGluYXRpb24gPT09IERlc3RpbmF0aW9uLklOVEVSTkVUIHx8IHIuZGVzdGluYXRpb24gPT09IERlc3RpbmF0aW9uLkFMTE9XTElTVEVEX0lOVEVSTkVUO1xuICAgICAgICAgICAgICBpZiAob3V0MiB8fCAocHJveHkgJiYgci5kZXN0aW5hdGlvbiA9PT0gRGVzdGluYXRpb24uT1VUU0lERV9ETlMpKSB7XG4gICAgICAgICAgICAgICAgb3V0LnB1c2goe1xuICAgICAgICAgICAgICAgICAgZGVzdGluYXRpb246IHByb3h5ID8gRGVzdGluYXRpb24uQUxMT1dMSVNURURfSU5URVJORVQgOiBEZXN0aW5hdGlvbi5JTlRFUk5FVCxcbiAgICAgICAgICAgICAgICAgIHJlc291cmNlOiBwcm94eSA/IHQuYWRkcmVzcyA6IHIucmVzb3VyY2UsXG4gICAgICAgICAgICAgICAgICBwYXRoOiBgJHt2aWF9JHtwcm94eSA/ICcgKGEgcHJveHkgdGhhdCBhbGxvd3MgbGlzdGVkIGRvbWFpbnMgYW5kIGRlbmllcyB0aGUgcmVzdCknIDogJyd9LCB3aGljaCByZWFjaGVzOiAke3IucGF0aH1gLFxuICAgICAgICAgICAgICAgICAgZml4OiBwcm94eSA/ICcnIDogYCR7ci5maXh9LCBvciBtYWtlICR7dC5hZGRyZXNzfSBhIHByb3h5IHdpdGggYSBkb21haW4gYWxsb3dsaXN0YCxcbiAgICAgICAgICAgICAgICB9KTtcbiAgICAgICAgICAgICAgfSBlbHNlIGlmIChyLmRlc3RpbmF0aW9uID09PSBEZXN0aW5hdGlvbi5PVVRTSURFX0ROUyB8fCByLmRlc3RpbmF0aW9uID09PSBEZXN0aW5hdGlvbi5VTktOT1dOKSB7XG4gICAgICAgICAgICAgICAgb3V0LnB1c2goeyBkZXN0aW5hdGlvbjogci5kZXN0aW5hdGlvbiwgcmVzb3VyY2U6IHIucmVzb3VyY2UsIHBhdGg6IGAke3ZpYX0sIHdoaWNoIHJlYWNoZXM6ICR7ci5wYXRofWAsIGZpeDogci5maXggfSk7XG4gICAgICAgICAgICAgIH1cbiAgICAgICAgICAgIH1cbiAgICAgICAgICB9XG4gICAgICAgIH1cbiAgICAgIH1cbiAgICB9XG4gICAgc2Vlbi5kZWxldGUody5hZGRyZXNzKTtcbiAgICBjb25zdCB1bmlxdWUgPSBkZWR1cGUob3V0KTtcbiAgICB0aGlzLm1lbW8uc2V0KHcuYWRkcmVzcywgdW5pcXVlKTtcbiAgICByZXR1cm4gdW5pcXVlO1xuICB9XG5cbiAgcHJpdmF0ZSBuYW1lc3BhY2VzTWF0Y2hpbmcoc2VsOiBhbnkpOiBzdHJpbmdbXSB7XG4gICAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICAgIGZvciAoY29uc3QgW25hbWUsIGxhYmVsc10gb2YgdGhpcy5uYW1lc3BhY2VzKSBpZiAobWF0Y2hlcyhzZWwsIHsgLi4ubGFiZWxzLCAna3ViZXJuZXRlcy5pby9tZXRhZGF0YS5uYW1lJzogbmFtZSB9KSkgb3V0LnB1c2gobmFtZSk7XG4gICAgY29uc3QgcyA9IG9uZShzZWwpO1xuICAgIGNvbnN0IG5hbWVkID0gZyhzID8/IHt9LCAnbWF0Y2hfbGFiZWxzJywgJ21hdGNoTGFiZWxzJyk/Llsna3ViZXJuZXRlcy5pby9tZXRhZGF0YS5uYW1lJ107XG4gICAgaWYgKHR5cGVvZiBuYW1lZCA9PT0gJ3N0cmluZycgJiYgIXRoaXMubmFtZXNwYWNlcy5oYXMobmFtZWQpKSBvdXQucHVzaChuYW1lZCk7XG4gICAgcmV0dXJuIG91dDtcbiAgfVxuXG4gIC8qKiBBIHNxdWlkIHByb3h5IG9mIHRoZSBvdXRwdXQgd2hvc2UgY29uZmlndXJhdGlvbiBhbGxvd3MgbGlzdGVkIGRvbWFpbnMgYW5kIGRlbmllcyBldmVyeXRoaW5nIGVsc2UuICovXG4gIHByaXZhdGUgaXNBbGxvd2xpc3RpbmdQcm94eSh0OiBXb3JrbG9hZCk6IGJvb2xlYW4ge1xuICAgIGNvbnN0IGJvZHkgPSBKU09OLnN0cmluZ2lmeSh0LmJvZHkpO1xuICAgIGlmICghL3NxdWlkLy50ZXN0KGJvZHkpKSByZXR1cm4gZmFsc2U7XG4gICAgY29uc3QgY29uZmlncyA9IHRoaXMuY29uZmlnVGV4dC5nZXQodC5uYW1lc3BhY2UpID8/IFtdO1xuICAgIHJldHVybiBjb25maWdzLnNvbWUoKGMpID0+IC9eXFxzKmh0dHBfYWNjZXNzXFxzK2RlbnlcXHMrYWxsXFxzKiQvbS50ZXN0KGMpICYmIC9cXGJkc3Rkb21haW5cXGIvLnRlc3QoYykgJiYgIS9eXFxzKmh0dHBfYWNjZXNzXFxzK2FsbG93XFxzK2FsbFxccyokL20udGVzdChjKSk7XG4gIH1cblxuICBwcml2YXRlIHVuaXRDb250cm9scyhraW5kOiAnbGFiJyB8ICdwZXJtaXQnKTogQ29udHJvbFtdIHtcbiAgICBjb25zdCBvdXQ6IENvbnRyb2xbXSA9IFtdO1xuICAgIGNvbnN0IG5zTGFiZWxzID0gWy4uLnRoaXMubmFtZXNwYWNlcy5lbnRyaWVzKCldO1xuICAgIGNvbnN0IHdlYWsgPSBuc0xhYmVscy5maWx0ZXIoKFssIGxdKSA9PiBsWydwb2Qtc2VjdXJpdHkua3ViZXJuZXRlcy5pby9lbmZvcmNlJ10gIT09ICdyZXN0cmljdGVkJyk7XG4gICAgb3V0LnB1c2goe1xuICAgICAgaWQ6ICdpZGVudGl0eS5wb2Qtc2VjdXJpdHknLFxuICAgICAgYXJlYTogJ2lkZW50aXR5JyxcbiAgICAgIHRpdGxlOiAnbmFtZXNwYWNlcyBlbmZvcmNlIFBvZCBTZWN1cml0eSBcInJlc3RyaWN0ZWRcIicsXG4gICAgICByZXN1bHQ6IG5zTGFiZWxzLmxlbmd0aCA9PT0gMCA/ICduL2EnIDogd2Vhay5sZW5ndGggPyAnZmFpbCcgOiAncGFzcycsXG4gICAgICBkZXRhaWw6IG5zTGFiZWxzLm1hcCgoW24sIGxdKSA9PiBgJHtufTogJHtsWydwb2Qtc2VjdXJpdHkua3ViZXJuZXRlcy5pby9lbmZvcmNlJ10gPz8gJ25vIGVuZm9yY2UgbGFiZWwnfWApLmpvaW4oJywgJykgfHwgJ25vIG5hbWVzcGFjZSBpbiB0aGlzIG91dHB1dCcsXG4gICAgICBmaXg6IHdlYWsubGVuZ3RoID8gJ2xhYmVsIHRoZSBuYW1lc3BhY2UgcG9kLXNlY3VyaXR5Lmt1YmVybmV0ZXMuaW8vZW5mb3JjZT1yZXN0cmljdGVkLCBvciBkb2N1bWVudCB0aGUgZXhjZXB0aW9uIHRoZSB3b3JrbG9hZCBuZWVkcycgOiB1bmRlZmluZWQsXG4gICAgfSk7XG4gICAgY29uc3QgcG9kcyA9IHRoaXMud29ya2xvYWRzLmZpbHRlcigodykgPT4gdy5raW5kICE9PSAnVmlydHVhbE1hY2hpbmUnICYmIHcua2luZCAhPT0gJ1ZpcnR1YWxNYWNoaW5lSW5zdGFuY2UnKTtcbiAgICBjb25zdCB0b2tlbnMgPSBwb2RzLmZpbHRlcigodykgPT4ge1xuICAgICAgY29uc3Qgc3BlYyA9IHcua2luZCA9PT0gJ1BvZCcgPyBvbmUody5ib2R5LnNwZWMpIDogb25lKG9uZShvbmUody5ib2R5LnNwZWMpPy50ZW1wbGF0ZSk/LnNwZWMpO1xuICAgICAgcmV0dXJuIGcoc3BlYyA/PyB7fSwgJ2F1dG9tb3VudF9zZXJ2aWNlX2FjY291bnRfdG9rZW4nLCAnYXV0b21vdW50U2VydmljZUFjY291bnRUb2tlbicpICE9PSBmYWxzZTtcbiAgICB9KTtcbiAgICBvdXQucHVzaCh7XG4gICAgICBpZDogJ2lkZW50aXR5LnNlcnZpY2UtYWNjb3VudC10b2tlbicsXG4gICAgICBhcmVhOiAnaWRlbnRpdHknLFxuICAgICAgdGl0bGU6ICdwb2RzIGRvIG5vdCBtb3VudCBhIHNlcnZpY2UtYWNjb3VudCB0b2tlbicsXG4gICAgICByZXN1bHQ6IHBvZHMubGVuZ3RoID09PSAwID8gJ24vYScgOiB0b2tlbnMubGVuZ3RoID8gJ2ZhaWwnIDogJ3Bhc3MnLFxuICAgICAgZGV0YWlsOiB0b2tlbnMubGVuZ3RoID8gYHRva2VuIG1vdW50ZWQ6ICR7dG9rZW5zLm1hcCgodCkgPT4gdC5hZGRyZXNzKS5qb2luKCcsICcpfWAgOiBgJHtwb2RzLmxlbmd0aH0gcG9kIHRlbXBsYXRlKHMpIHdpdGhvdXQgYSB0b2tlbmAsXG4gICAgICBmaXg6IHRva2Vucy5sZW5ndGggPyAnc2V0IGF1dG9tb3VudFNlcnZpY2VBY2NvdW50VG9rZW46IGZhbHNlJyA6IHVuZGVmaW5lZCxcbiAgICB9KTtcbiAgICBjb25zdCBwdmNzID0gT2JqZWN0LmVudHJpZXM8YW55Pih0aGlzLmpzb24ucmVzb3VyY2U/Lmt1YmVybmV0ZXNfcGVyc2lzdGVudF92b2x1bWVfY2xhaW1fdjEgPz8ge30pO1xuICAgIGNvbnN0IHVucHJvdGVjdGVkID0gcHZjcy5maWx0ZXIoKFssIGJdKSA9PiBiLmxpZmVjeWNsZT8ucHJldmVudF9kZXN0cm95ICE9PSB0cnVlKTtcbiAgICBvdXQucHVzaCh7XG4gICAgICBpZDogJ3N0b3JhZ2UucmV0ZW50aW9uJyxcbiAgICAgIGFyZWE6ICdzdG9yYWdlJyxcbiAgICAgIHRpdGxlOiAndm9sdW1lcyBhcmUgcHJvdGVjdGVkIGZyb20gZGVzdHJ1Y3Rpb24gKHByZXZlbnRfZGVzdHJveSknLFxuICAgICAgcmVzdWx0OiBwdmNzLmxlbmd0aCA9PT0gMCA/ICduL2EnIDogdW5wcm90ZWN0ZWQubGVuZ3RoID8gJ2ZhaWwnIDogJ3Bhc3MnLFxuICAgICAgZGV0YWlsOiBwdmNzLmxlbmd0aCA9PT0gMCA/ICdubyBwZXJzaXN0ZW50IHZvbHVtZSBjbGFpbSBpbiB0aGlzIG91dHB1dCcgOiB1bnByb3RlY3RlZC5sZW5ndGggPyBgdW5wcm90ZWN0ZWQ6ICR7dW5wcm90ZWN0ZWQubWFwKChbbl0pID0+IG4pLmpvaW4oJywgJyl9YCA6IGAke3B2Y3MubGVuZ3RofSBjbGFpbShzKSBwcm90ZWN0ZWRgLFxuICAgICAgZml4OiB1bnByb3RlY3RlZC5sZW5ndGggPyAnc2V0IGxpZmVjeWNsZS5wcmV2ZW50X2Rlc3Ryb3knIDogdW5kZWZpbmVkLFxuICAgIH0pO1xuICAgIG91dC5wdXNoKHtcbiAgICAgIGlkOiAnc3RvcmFnZS5lbmNyeXB0aW9uJyxcbiAgICAgIGFyZWE6ICdzdG9yYWdlJyxcbiAgICAgIHRpdGxlOiAndm9sdW1lcyBlbmNyeXB0ZWQgYXQgcmVzdCcsXG4gICAgICByZXN1bHQ6ICduL2EnLFxuICAgICAgZGV0YWlsOiAnZGVjaWRlZCBieSB0aGUgc3RvcmFnZSBjbGFzcyBhbmQgdGhlIGNsdXN0ZXIsIG5vdCB2aXNpYmxlIGluIHRoaXMgb3V0cHV0JyxcbiAgICB9KTtcbiAgICBjb25zdCBhdWRpdEZpbGUgPSBwYXRoLmpvaW4ocGF0aC5kaXJuYW1lKHRoaXMuZmlsZSksICdhdWRpdC5qc29uJyk7XG4gICAgaWYgKGtpbmQgPT09ICdwZXJtaXQnKSB7XG4gICAgICBvdXQucHVzaCh7XG4gICAgICAgIGlkOiAnYXVkaXQucmVjb3JkJyxcbiAgICAgICAgYXJlYTogJ2F1ZGl0JyxcbiAgICAgICAgdGl0bGU6ICd0aGUgcGhhc2UgaGFzIGFuIGF1ZGl0IHJlY29yZCAoZXZlbnQsIHN0YXR1cywgY2hhbmdlcykgYmVzaWRlIHRoZSBzdGFjaycsXG4gICAgICAgIHJlc3VsdDogZnMuZXhpc3RzU3luYyhhdWRpdEZpbGUpID8gJ3Bhc3MnIDogJ2ZhaWwnLFxuICAgICAgICBkZXRhaWw6IGZzLmV4aXN0c1N5bmMoYXVkaXRGaWxlKSA/IGF1ZGl0RmlsZSA6IGAke2F1ZGl0RmlsZX0gaXMgbWlzc2luZ2AsXG4gICAgICAgIGZpeDogZnMuZXhpc3RzU3luYyhhdWRpdEZpbGUpID8gdW5kZWZpbmVkIDogJ3N5bnRoZXNpemUgd2l0aCByd3MgcGVybWl0IHN5bnRoLCB3aGljaCB3cml0ZXMgYXVkaXQuanNvbicsXG4gICAgICB9KTtcbiAgICB9XG4gICAgY29uc3QgdW5sYWJlbGxlZCA9IFsuLi50aGlzLm5hbWVzcGFjZXMuZW50cmllcygpXS5maWx0ZXIoKFssIGxdKSA9PiBsWydhcHAua3ViZXJuZXRlcy5pby9tYW5hZ2VkLWJ5J10gIT09ICdjZGstcmVzZWFyY2gtd29ya3NwYWNlcycgfHwgKGtpbmQgPT09ICdwZXJtaXQnICYmIGxbYCR7TH1ldmVudC1pZGBdID09PSB1bmRlZmluZWQpKTtcbiAgICBvdXQucHVzaCh7XG4gICAgICBpZDogJ2F1ZGl0LmxhYmVscycsXG4gICAgICBhcmVhOiAnYXVkaXQnLFxuICAgICAgdGl0bGU6IGtpbmQgPT09ICdwZXJtaXQnID8gJ25hbWVzcGFjZSBsYWJlbGxlZCB3aXRoIHRoZSBwZXJtaXQsIHN0YXR1cyBhbmQgZXZlbnQgaWQnIDogJ25hbWVzcGFjZSBsYWJlbGxlZCBhcyBtYW5hZ2VkIGJ5IHRoZSBzdGFjaycsXG4gICAgICByZXN1bHQ6IHRoaXMubmFtZXNwYWNlcy5zaXplID09PSAwID8gJ24vYScgOiB1bmxhYmVsbGVkLmxlbmd0aCA/ICdmYWlsJyA6ICdwYXNzJyxcbiAgICAgIGRldGFpbDogdW5sYWJlbGxlZC5sZW5ndGggPyBgbWlzc2luZyBsYWJlbHM6ICR7dW5sYWJlbGxlZC5tYXAoKFtuXSkgPT4gbikuam9pbignLCAnKX1gIDogWy4uLnRoaXMubmFtZXNwYWNlcy5rZXlzKCldLmpvaW4oJywgJyksXG4gICAgfSk7XG4gICAgcmV0dXJuIG91dDtcbiAgfVxufVxuXG5mdW5jdGlvbiBkZWR1cGUocnM6IFJlYWNoW10pOiBSZWFjaFtdIHtcbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICByZXR1cm4gcnMuZmlsdGVyKChyKSA9PiB7XG4gICAgY29uc3QgayA9IGAke3IuZGVzdGluYXRpb259fCR7ci5wYXRofWA7XG4gICAgaWYgKHNlZW4uaGFzKGspKSByZXR1cm4gZmFsc2U7XG4gICAgc2Vlbi5hZGQoayk7XG4gICAgcmV0dXJuIHRydWU7XG4gIH0pO1xufVxuXG4vKiogQXVkaXRzIG9uZSBLdWJlcm5ldGVzIHN0YWNrJ3MgVGVycmFmb3JtIEpTT04uICovXG5leHBvcnQgZnVuY3Rpb24gYXVkaXRLdWJlcm5ldGVzKGpzb246IGFueSwgc3RhY2s6IHN0cmluZywgZmlsZTogc3RyaW5nLCBvcHRpb25zOiBLdWJlcm5ldGVzQXVkaXRPcHRpb25zID0ge30pOiBBdWRpdGVkVW5pdCB7XG4gIHJldHVybiBuZXcgS3ViZXJuZXRlc0FuYWx5emVyKGpzb24sIHN0YWNrLCBmaWxlLCBvcHRpb25zKS51bml0KCk7XG59XG4iXX0=