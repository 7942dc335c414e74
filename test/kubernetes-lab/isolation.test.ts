/**
 * Isolation of Kubernetes labs and permits, checked on the synthesized Terraform JSON:
 *
 * - DNS (issue 12.3): a workspace without open egress can send nothing to port 53 (no
 *   NetworkPolicy rule of its namespace that selects it allows it) and its pod has
 *   `dnsPolicy: None` with only a loopback resolver; the package proxy may reach only the
 *   cluster DNS (kube-dns in kube-system). The cluster resolver forwards to the internet, so
 *   any port-53 path from a workspace is a channel out.
 * - Pod Security (issue 12.5): the namespaces' levels and reasons, "restricted" for the
 *   package proxy, "baseline" with no privilege escalation and a fixed capability list for the
 *   desktops and the airlock.
 *
 * Each check has mutation tests: one control widened or removed in otherwise good output, and
 * the check must report it.
 */
import { POD_SECURITY_REASON } from '../../src/constructs/kubernetes/private/pod-security';
import { AIRLOCK_CAPABILITIES, DESKTOP_CAPABILITIES } from '../../src/constructs/terraform/permit-common';
import { KubernetesLabStack } from '../../src/stacks/kubernetes/kubernetes-lab-stack';
import { PermitStatus } from '../../src/workspaces/permit';
import { EgressMode } from '../../src/workspaces/policy';
import { basePermit, cleanSynthRoot, synth as synthPermit } from '../permit/helpers/synth';
import { cleanTemp, synthApp } from '../proxmox/helpers';

afterAll(() => {
  cleanTemp();
  cleanSynthRoot();
});

const S = PermitStatus;
const NFS = { server: '10.20.30.5', exportPath: '/export/genomics' };

function lab(): any {
  return synthApp((app) => new KubernetesLabStack(app, 'genomics-lab', {
    labName: 'genomics',
    storage: NFS,
    egress: EgressMode.NONE,
    policy: undefined,
    workspaces: [
      { name: 'offline', template: 'debian-12' },
      { name: 'proxied', template: 'debian-12', egress: EgressMode.PROXIED },
      { name: 'open', template: 'debian-12', egress: EgressMode.OPEN },
    ],
  })).json;
}

const clone = (x: any) => JSON.parse(JSON.stringify(x));
const list = (x: any): any[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** A pod the checks look at: where it runs, its labels, spec, and whether it may use the internet. */
interface Pod {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly kind: 'workspace' | 'proxy';
  readonly open: boolean;
  readonly dnsPolicy?: string;
  readonly nameservers: string[];
}

function pods(json: any): Pod[] {
  const out: Pod[] = [];
  for (const m of Object.values<any>(json.resource?.kubernetes_manifest ?? {})) {
    const vm = m.manifest;
    if (vm.kind !== 'VirtualMachine') continue;
    const spec = vm.spec.template.spec;
    out.push({
      name: vm.metadata.name,
      namespace: vm.metadata.namespace,
      labels: vm.spec.template.metadata.labels,
      kind: 'workspace',
      open: vm.metadata.labels['cdk-research-workspaces.dev/egress'] === 'open',
      dnsPolicy: spec.dnsPolicy,
      nameservers: list(spec.dnsConfig).flatMap((c: any) => c.nameservers ?? []),
    });
  }
  for (const type of ['kubernetes_stateful_set_v1', 'kubernetes_deployment_v1']) {
    for (const w of Object.values<any>(json.resource?.[type] ?? {})) {
      const spec = w.spec.template.spec;
      const proxy = w.metadata.name === 'egress-proxy';
      out.push({
        name: w.metadata.name,
        namespace: w.metadata.namespace,
        labels: w.spec.template.metadata.labels,
        kind: proxy ? 'proxy' : 'workspace',
        open: false, // permits plan no open workspace
        dnsPolicy: spec.dns_policy,
        nameservers: list(spec.dns_config).flatMap((c: any) => c.nameservers ?? []),
      });
    }
  }
  return out;
}

function selects(selector: any, labels: Record<string, string>): boolean {
  return Object.entries<string>(selector?.match_labels ?? {}).every(([k, v]) => labels[k] === v);
}

function egressRulesOf(json: any, pod: Pod): any[] {
  return Object.values<any>(json.resource?.kubernetes_network_policy_v1 ?? {})
    .filter((p) => p.metadata.namespace === pod.namespace && p.spec.policy_types.includes('Egress') && selects(p.spec.pod_selector, pod.labels))
    .flatMap((p) => list(p.spec.egress));
}

function reaches53(rule: any): boolean {
  const ports = list(rule.ports);
  return ports.length === 0 || ports.some((p: any) => p.port === undefined || String(p.port) === '53'
    || (p.end_port !== undefined && Number(p.port) <= 53 && Number(p.end_port) >= 53));
}

function isClusterDns(peer: any): boolean {
  const ns = peer.namespace_selector?.match_labels ?? {};
  const pod = peer.pod_selector?.match_labels ?? {};
  return !peer.ip_block && Object.keys(ns).length === 1 && ns['kubernetes.io/metadata.name'] === 'kube-system'
    && Object.keys(pod).length === 1 && pod['k8s-app'] === 'kube-dns';
}

/** Every way a pod without open egress could resolve names through (or send to) port 53. */
function dnsFindings(json: any): string[] {
  const findings: string[] = [];
  for (const pod of pods(json)) {
    if (pod.open) continue;
    for (const rule of egressRulesOf(json, pod).filter(reaches53)) {
      const peers = list(rule.to);
      if (pod.kind === 'workspace') {
        findings.push(`${pod.namespace}/${pod.name}: egress to port 53 (${peers.length ? JSON.stringify(peers) : 'anywhere'})`);
      } else if (peers.length === 0 || !peers.every(isClusterDns)) {
        findings.push(`${pod.namespace}/${pod.name}: the proxy reaches port 53 beyond the cluster DNS (${JSON.stringify(peers)})`);
      }
    }
    if (pod.kind === 'workspace') {
      if (pod.dnsPolicy !== 'None') findings.push(`${pod.namespace}/${pod.name}: dnsPolicy ${pod.dnsPolicy ?? 'ClusterFirst (default)'}, not None`);
      for (const ns of pod.nameservers) if (!ns.startsWith('127.')) findings.push(`${pod.namespace}/${pod.name}: resolver ${ns}`);
    }
  }
  return findings;
}

describe('DNS: no channel out of workspaces without internet', () => {
  const labJson = lab();
  const permits = [S.INGRESS_IN_PROGRESS, S.DATA_PREPARATION_PENDING, S.WORKSPACE_SETUP_PENDING, S.ANALYSIS_ACTIVE]
    .map((s) => ({ status: s, json: synthPermit(basePermit(s)).json }));

  test('the lab: offline and proxied VMs have no port 53 and no resolver; the proxy reaches only kube-dns', () => {
    expect(dnsFindings(labJson)).toEqual([]);
    const byName = new Map(pods(labJson).map((p) => [p.name, p]));
    expect(byName.get('offline')!.nameservers).toEqual(['127.0.0.1']);
    expect(byName.get('open')!.dnsPolicy).toBeUndefined();
    // The open workspace keeps the cluster DNS (it may reach the internet anyway).
    expect(egressRulesOf(labJson, byName.get('open')!).some(reaches53)).toBe(true);
    // The proxy resolves the allowlisted names through the cluster DNS only.
    const proxyDns = egressRulesOf(labJson, byName.get('egress-proxy')!).filter(reaches53);
    expect(proxyDns.flatMap((r) => list(r.to)).every(isClusterDns)).toBe(true);
    expect(proxyDns).toHaveLength(1);
  });

  test.each([S.INGRESS_IN_PROGRESS, S.DATA_PREPARATION_PENDING, S.WORKSPACE_SETUP_PENDING, S.ANALYSIS_ACTIVE])('permit %s: no workspace reaches port 53', (status) => {
    const json = permits.find((p) => p.status === status)!.json;
    expect(pods(json).filter((p) => p.kind === 'workspace').length).toBeGreaterThan(0);
    expect(dnsFindings(json)).toEqual([]);
  });

  describe('mutations: each widened control is reported', () => {
    const policyOf = (json: any, name: string) => Object.values<any>(json.resource.kubernetes_network_policy_v1)
      .find((p) => p.metadata.name === name);

    test('an offline VM\'s policy allows DNS to the cluster resolver (it recurses to the internet)', () => {
      const json = clone(labJson);
      policyOf(json, 'offline-egress').spec.egress.push({
        to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ port: '53', protocol: 'UDP' }],
      });
      expect(dnsFindings(json)).toEqual([expect.stringMatching(/^lab-genomics\/offline: egress to port 53/)]);
    });

    test('a proxied VM gets a rule to any address on port 53', () => {
      const json = clone(labJson);
      policyOf(json, 'proxied-egress').spec.egress.push({ to: [{ ip_block: { cidr: '0.0.0.0/0' } }], ports: [{ port: '53', protocol: 'UDP' }] });
      expect(dnsFindings(json)).toEqual([expect.stringMatching(/^lab-genomics\/proxied: egress to port 53/)]);
    });

    test('a namespace-wide allow-all egress policy is added', () => {
      const json = clone(labJson);
      json.resource.kubernetes_network_policy_v1.extra = { metadata: { name: 'allow-all', namespace: 'lab-genomics' }, spec: { pod_selector: {}, policy_types: ['Egress'], egress: [{}] } };
      expect(dnsFindings(json)).toEqual(expect.arrayContaining([expect.stringMatching(/offline: egress to port 53 \(anywhere\)/), expect.stringMatching(/proxied: egress to port 53/)]));
    });

    test('the proxy\'s DNS rule loses its pod selector (any pod of kube-system)', () => {
      const json = clone(labJson);
      const rule = policyOf(json, 'egress-proxy').spec.egress.find(reaches53);
      delete rule.to[0].pod_selector;
      expect(dnsFindings(json)).toEqual([expect.stringMatching(/egress-proxy: the proxy reaches port 53 beyond the cluster DNS/)]);
    });

    test('an offline VM goes back to the cluster resolver (dnsPolicy removed)', () => {
      const json = clone(labJson);
      const vm = Object.values<any>(json.resource.kubernetes_manifest).find((m) => m.manifest.metadata.name === 'offline');
      delete vm.manifest.spec.template.spec.dnsPolicy;
      delete vm.manifest.spec.template.spec.dnsConfig;
      expect(dnsFindings(json)).toEqual(['lab-genomics/offline: dnsPolicy ClusterFirst (default), not None']);
    });

    test('the permit\'s setup desktop gets DNS back (as before this change)', () => {
      const json = clone(permits.find((p) => p.status === S.WORKSPACE_SETUP_PENDING)!.json);
      policyOf(json, 'researcher-setup-egress').spec.egress.push({
        to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
      });
      const sts = Object.values<any>(json.resource.kubernetes_stateful_set_v1).find((w) => w.metadata.name === 'researcher-setup');
      sts.spec.template.spec.dns_config.nameservers = ['10.96.0.10'];
      expect(dnsFindings(json)).toEqual([
        expect.stringMatching(/researcher-setup: egress to port 53/),
        'permit-p-042/researcher-setup: resolver 10.96.0.10',
      ]);
    });
  });
});

// --- Pod Security -------------------------------------------------------------------------

const BASELINE_CAPABILITIES = ['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'];
const RESTRICTED_VOLUMES = ['config_map', 'csi', 'downward_api', 'empty_dir', 'ephemeral', 'persistent_volume_claim', 'projected', 'secret'];

/**
 * What a pod spec (Terraform JSON, snake_case) breaks of a Pod Security Standards level, plus
 * our own floor for every container: no privilege escalation, every capability dropped first.
 */
function podSecurityProblems(spec: any, level: 'baseline' | 'restricted'): string[] {
  const p: string[] = [];
  const pod = spec.security_context ?? {};
  for (const host of ['host_network', 'host_pid', 'host_ipc']) if (spec[host]) p.push(`${host}`);
  for (const v of list(spec.volume)) {
    if (v.host_path) p.push(`hostPath volume ${v.name}`);
    if (level === 'restricted' && !Object.keys(v).some((k) => RESTRICTED_VOLUMES.includes(k))) p.push(`volume ${v.name} of a type restricted forbids`);
  }
  if (pod.seccomp_profile?.type === 'Unconfined') p.push('pod seccomp Unconfined');
  for (const c of [...list(spec.container), ...list(spec.init_container)]) {
    const sc = c.security_context ?? {};
    const add: string[] = list(sc.capabilities?.add);
    const drop: string[] = list(sc.capabilities?.drop);
    if (sc.privileged) p.push(`${c.name}: privileged`);
    if (sc.allow_privilege_escalation !== false) p.push(`${c.name}: allowPrivilegeEscalation not false`);
    if (!drop.includes('ALL')) p.push(`${c.name}: capabilities not dropped (drop ALL)`);
    const allowed = level === 'restricted' ? ['NET_BIND_SERVICE'] : BASELINE_CAPABILITIES;
    for (const cap of add) if (!allowed.includes(cap)) p.push(`${c.name}: capability ${cap}`);
    const seccomp = sc.seccomp_profile?.type ?? pod.seccomp_profile?.type;
    if (level === 'restricted') {
      if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost') p.push(`${c.name}: no RuntimeDefault seccomp profile`);
      if ((sc.run_as_non_root ?? pod.run_as_non_root) !== true) p.push(`${c.name}: runAsNonRoot not true`);
      if (String(sc.run_as_user ?? pod.run_as_user) === '0') p.push(`${c.name}: runs as uid 0`);
    }
  }
  return p;
}

function namespaceOf(json: any): any {
  return Object.values<any>(json.resource.kubernetes_namespace_v1)[0].metadata;
}

function workload(json: any, type: string, name: string): any {
  const w = Object.values<any>(json.resource[type] ?? {}).find((x) => x.metadata.name === name);
  if (!w) throw new Error(`no ${type} ${name}`);
  return w;
}

describe('Pod Security', () => {
  const labJson = lab();
  const setup = synthPermit(basePermit(S.WORKSPACE_SETUP_PENDING)).json;
  const ingress = synthPermit(basePermit(S.INGRESS_IN_PROGRESS)).json;
  const archived = synthPermit(basePermit(S.ARCHIVED)).json;

  test('the package proxy meets "restricted" (lab and permit): non-root, no capabilities, read-only root', () => {
    for (const json of [labJson, setup]) {
      const proxy = workload(json, 'kubernetes_deployment_v1', 'egress-proxy');
      const spec = proxy.spec.template.spec;
      expect(podSecurityProblems(spec, 'restricted')).toEqual([]);
      expect(spec.container[0].security_context.read_only_root_filesystem).toBe(true);
      expect(spec.container[0].security_context.capabilities).toEqual({ drop: ['ALL'] });
      expect(spec.security_context.run_as_user).toBe('13');
    }
  });

  test('desktops and the airlock meet "baseline" with no privilege escalation and exactly their capability lists; they are the exception to "restricted"', () => {
    const desktop = workload(setup, 'kubernetes_stateful_set_v1', 'researcher-setup').spec.template.spec;
    const airlock = workload(ingress, 'kubernetes_stateful_set_v1', 'ingress-airlock').spec.template.spec;
    expect(podSecurityProblems(desktop, 'baseline')).toEqual([]);
    expect(podSecurityProblems(airlock, 'baseline')).toEqual([]);
    expect(desktop.container[0].security_context.capabilities).toEqual({ drop: ['ALL'], add: DESKTOP_CAPABILITIES });
    expect(airlock.container[0].security_context.capabilities).toEqual({ drop: ['ALL'], add: AIRLOCK_CAPABILITIES });
    // Why they are not "restricted": root (to create accounts and switch users) and capabilities.
    expect(podSecurityProblems(desktop, 'restricted')).toEqual(expect.arrayContaining(['desktop: runAsNonRoot not true', 'desktop: capability SETUID']));
  });

  test('namespaces: a permit with root workloads enforces baseline with its reason; one without enforces restricted; the lab is privileged with its reason', () => {
    for (const json of [setup, ingress]) {
      const ns = namespaceOf(json);
      expect(ns.labels).toMatchObject({
        'pod-security.kubernetes.io/enforce': 'baseline',
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/warn': 'restricted',
      });
      expect(ns.annotations[POD_SECURITY_REASON]).toMatch(/xrdp-sesman.*sshd/);
    }
    expect(namespaceOf(archived).labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(namespaceOf(archived).annotations?.[POD_SECURITY_REASON]).toBeUndefined();
    const labNs = namespaceOf(labJson);
    expect(labNs.labels).toMatchObject({ 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/warn': 'restricted' });
    expect(labNs.annotations[POD_SECURITY_REASON]).toMatch(/virt-launcher/);
  });

  describe('mutations: each widened control is reported', () => {
    test('squid gets SETUID/SETGID back (as before this change)', () => {
      const spec = clone(workload(labJson, 'kubernetes_deployment_v1', 'egress-proxy').spec.template.spec);
      spec.container[0].security_context.capabilities.add = ['SETUID', 'SETGID'];
      expect(podSecurityProblems(spec, 'restricted')).toEqual(['squid: capability SETUID', 'squid: capability SETGID']);
    });

    test('squid runs as root', () => {
      const spec = clone(workload(setup, 'kubernetes_deployment_v1', 'egress-proxy').spec.template.spec);
      delete spec.security_context.run_as_non_root;
      delete spec.container[0].security_context.run_as_non_root;
      spec.security_context.run_as_user = '0';
      expect(podSecurityProblems(spec, 'restricted')).toEqual(['squid: runAsNonRoot not true', 'squid: runs as uid 0']);
    });

    test('the desktop may escalate privileges or keeps the default capabilities (as before this change)', () => {
      const spec = clone(workload(setup, 'kubernetes_stateful_set_v1', 'researcher-setup').spec.template.spec);
      spec.container[0].security_context = { capabilities: { drop: ['NET_RAW'] } };
      expect(podSecurityProblems(spec, 'baseline')).toEqual(['desktop: allowPrivilegeEscalation not false', 'desktop: capabilities not dropped (drop ALL)']);
    });

    test('the airlock adds SYS_ADMIN, or mounts the host', () => {
      const spec = clone(workload(ingress, 'kubernetes_stateful_set_v1', 'ingress-airlock').spec.template.spec);
      spec.container[0].security_context.capabilities.add.push('SYS_ADMIN');
      spec.volume.push({ name: 'host', host_path: { path: '/' } });
      expect(podSecurityProblems(spec, 'baseline')).toEqual(['hostPath volume host', 'sftp: capability SYS_ADMIN']);
    });
  });
});
