/**
 * The seed's lifecycle table (section 6), row by row, asserted on the synthesized Terraform
 * JSON of the permit's stack: what exists, replicas, mounts and their readOnly flags,
 * NetworkPolicy rules, and what is absent. Every stack is then checked by tf-validate.
 */
import { PermitEventType, PermitLifecycle, PermitStatus } from '../../src';
import {
  basePermit, byName, claimMounts, cleanSynthRoot, kubernetesProblems, podLabels, podSpec, policiesFor, resources, synth,
  Synthesized, tfValidateAll, workspace,
} from './helpers/synth';

const S = PermitStatus;
const E = PermitEventType;

/** One row: the event, from where, and the synthesized stack. */
interface Row {
  readonly event: string;
  readonly from?: PermitStatus;
  readonly status: PermitStatus;
}

const ROWS: Row[] = [];
function row(event: PermitEventType, from: PermitStatus | undefined, carried?: PermitStatus): Row {
  const status = from === undefined ? carried! : PermitLifecycle.next(from, event, carried);
  const r = { event: `${event}${carried ? ` ${carried}` : ''}`, from, status };
  ROWS.push(r);
  return r;
}

const awaiting = row(E.STATUS_UPDATED, undefined, S.AWAITING_INGRESS);
const ingress = row(E.INGRESS_INITIATED, S.AWAITING_INGRESS);
const prep = row(E.STATUS_UPDATED, S.INGRESS_IN_PROGRESS, S.DATA_PREPARATION_PENDING);
const prepReview = row(E.STATUS_UPDATED, S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REVIEW_PENDING);
const prepRework = row(E.STATUS_UPDATED, S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_REWORK);
const setup = row(E.STATUS_UPDATED, S.DATA_PREPARATION_REVIEW_PENDING, S.WORKSPACE_SETUP_PENDING);
const setupReview = row(E.STATUS_UPDATED, S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING);
const setupRework = row(E.STATUS_UPDATED, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK);
const analysis = row(E.STATUS_UPDATED, S.WORKSPACE_SETUP_REVIEW_PENDING, S.ANALYSIS_ACTIVE);
const stop = row(E.WORKSPACE_STOP_REQUESTED, S.ANALYSIS_ACTIVE);
const start = row(E.WORKSPACE_START_REQUESTED, S.ANALYSIS_STOPPED);
const archived = row(E.STATUS_UPDATED, S.ANALYSIS_STOPPED, S.ARCHIVED);
const deleted = row(E.DELETED, S.ARCHIVED);

const out = new Map<Row, Synthesized>();
const SENSITIVE = ['raw', 'prepared', 'outputs', 'upload-hospital-a', 'upload-lab-b'];
const ALL_VOLUMES = [...SENSITIVE, 'project'].sort();
/** The planned volumes and the output release request area (test/release/release-area-kubernetes.test.ts). */
const ALL_CLAIMS = [...ALL_VOLUMES, 'release'].sort();

beforeAll(() => {
  ROWS.forEach((r, i) => out.set(r, synth(basePermit(r.status, r.from, { eventId: `evt-${i}-${r.status.toLowerCase()}` }))));
});
afterAll(() => cleanSynthRoot());

function get(r: Row): any {
  return out.get(r)!.json;
}
function replicas(json: any, role: string): string | undefined {
  return workspace(json, role)?.spec.replicas;
}
function pvcs(json: any): any[] {
  return resources(json, 'kubernetes_persistent_volume_claim_v1');
}
function pvcNames(json: any): string[] {
  return pvcs(json).map((p) => p.metadata.name).sort();
}
function workspaces(json: any): string[] {
  return resources(json, 'kubernetes_stateful_set_v1').map((s) => s.metadata.name).sort();
}
function mounts(json: any, role: string): string[] {
  return claimMounts(workspace(json, role)).map((m) => `${m.claim}:${m.readOnly ? 'ro' : 'rw'}@${m.path}`).sort();
}
function egressRules(json: any, role: string): any[] {
  return policiesFor(json, podLabels(workspace(json, role))).filter((p) => p.spec.policy_types.includes('Egress')).flatMap((p) => p.spec.egress ?? []);
}
function ingressRules(json: any, role: string): any[] {
  return policiesFor(json, podLabels(workspace(json, role))).filter((p) => p.spec.policy_types.includes('Ingress')).flatMap((p) => p.spec.ingress ?? []);
}
function env(json: any, role: string): Record<string, any> {
  return Object.fromEntries(podSpec(workspace(json, role)).container[0].env.map((e: any) => [e.name, e.value ?? e.value_from]));
}
function expectAllVolumesKeptAndProtected(json: any): void {
  expect(pvcNames(json)).toEqual(ALL_CLAIMS);
  for (const p of pvcs(json)) expect(p.lifecycle).toEqual({ prevent_destroy: true });
  expect(resources(json, 'kubernetes_namespace_v1')[0].lifecycle).toEqual({ prevent_destroy: true });
}
function expectOnlyGatewayRdp(json: any, role: string): void {
  expect(ingressRules(json, role)).toEqual([{
    from: [{
      namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'guacamole' } },
      pod_selector: { match_labels: { 'app.kubernetes.io/name': 'guacd' } },
    }],
    ports: [{ port: '3389', protocol: 'TCP' }],
  }]);
}

describe('the seed\'s lifecycle table, on the synthesized Terraform JSON', () => {
  test('every row is a legal transition and every stack is well-formed Kubernetes', () => {
    expect(ROWS.map((r) => r.status)).toEqual([
      S.AWAITING_INGRESS, S.INGRESS_IN_PROGRESS, S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_REWORK,
      S.WORKSPACE_SETUP_PENDING, S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_REWORK, S.ANALYSIS_ACTIVE, S.ANALYSIS_STOPPED,
      S.ANALYSIS_ACTIVE, S.ARCHIVED, S.DELETED,
    ]);
    for (const r of ROWS) expect({ row: r.event, problems: kubernetesProblems(get(r)) }).toEqual({ row: r.event, problems: [] });
  });

  test('every phase keeps the kubernetes, random and tls providers (a later phase destroys what an earlier one generated)', () => {
    for (const r of ROWS) {
      expect(Object.keys(get(r).terraform.required_providers).sort()).toEqual(['kubernetes', 'random', 'tls']);
      expect(Object.keys(get(r).provider).sort()).toEqual(['kubernetes', 'random', 'tls']);
    }
  });

  test('AWAITING_INGRESS: nothing is created', () => {
    const json = get(awaiting);
    expect(json.resource ?? {}).toEqual({});
    expect(json.output.permit_status.value).toBe('AWAITING_INGRESS');
    expect(json.output.workspace_status.value).toEqual({});
    expect(json.output.connections.value).toEqual([]);
  });

  test('permit.ingress.initiated: volumes created and protected, SFTP airlock with write-only upload areas, inbound only from the data holders', () => {
    const json = get(ingress);
    expect(ingress.status).toBe(S.INGRESS_IN_PROGRESS);
    expectAllVolumesKeptAndProtected(json);
    expect(byName(json, 'kubernetes_persistent_volume_claim_v1', 'project').spec.access_modes).toEqual(['ReadWriteMany']);
    expect(byName(json, 'kubernetes_persistent_volume_claim_v1', 'raw').spec.access_modes).toEqual(['ReadWriteOnce']);
    expect(workspaces(json)).toEqual(['ingress-airlock']);
    expect(replicas(json, 'ingress-airlock')).toBe('1');
    // Each upload area mounted writable (write-only is enforced by sftp), nothing else.
    expect(mounts(json, 'ingress-airlock')).toEqual(['upload-hospital-a:rw@/uploads/hospital-a', 'upload-lab-b:rw@/uploads/lab-b']);
    // One SFTP account per data holder.
    const e = env(json, 'ingress-airlock');
    expect([e.USERNAME, e.USERNAME_2, e.USER_COUNT]).toEqual(['hospital-a', 'lab-b', '2']);
    expect(e.USER_PASSWORD.secret_key_ref).toEqual({ name: expect.stringMatching(/^\$\{kubernetes_secret_v1\..*\.metadata\[0\]\.name\}$/), key: 'hospital-a' });
    const sshd = byName(json, 'kubernetes_config_map_v1', 'ingress-airlock-sshd').data.sshd_config;
    expect(sshd).toMatch(/^Match all\n\s+ChrootDirectory \/uploads\/%u$/m);
    expect(sshd).toMatch(/^AllowUsers hospital-a lab-b$/m);
    const force = /^\s*ForceCommand internal-sftp (.*)$/m.exec(sshd)![1];
    const allowed = /-p (\S+)/.exec(force)![1].split(',');
    const denied = /-P (\S+)/.exec(force)![1].split(',');
    expect(allowed).toEqual(expect.arrayContaining(['open', 'write', 'close', 'mkdir']));
    for (const r of ['read', 'readdir', 'opendir', 'remove', 'rename', 'readlink', 'symlink', 'setstat']) {
      expect(allowed).not.toContain(r);
      expect(denied).toContain(r);
    }
    expect(force).toContain('-u 0477');
    // SFTP in only from the data holders' CIDRs, nothing out (no egress rule at all), no DNS.
    expect(ingressRules(json, 'ingress-airlock')).toEqual([{
      from: [{ ip_block: { cidr: '203.0.113.0/24' } }, { ip_block: { cidr: '198.51.100.16/28' } }, { ip_block: { cidr: '2001:db8:100::/48' } }],
      ports: [{ port: '22', protocol: 'TCP' }],
    }]);
    expect(egressRules(json, 'ingress-airlock')).toEqual([]);
    const svc = byName(json, 'kubernetes_service_v1', 'ingress-airlock');
    expect(svc.spec).toMatchObject({ type: 'LoadBalancer', external_traffic_policy: 'Local', load_balancer_source_ranges: ['203.0.113.0/24', '198.51.100.16/28', '2001:db8:100::/48'] });
    expect(resources(json, 'random_password')).toHaveLength(2);
    expect(resources(json, 'tls_private_key')).toEqual([expect.objectContaining({ algorithm: 'ED25519' })]);
    expect(json.output.connections.sensitive).toBe(true);
    expect(json.output.workspace_status.value).toEqual({ 'ingress-airlock': 'running' });
  });

  test('DATA_PREPARATION_PENDING: airlock destroyed; HPE runs with raw ro, prepared rw, no internet', () => {
    const json = get(prep);
    expectAllVolumesKeptAndProtected(json);
    expect(workspaces(json)).toEqual(['hdab-preprocessing']);
    // The airlock is gone entirely: no workload, service, accounts, host key, sshd config or policy.
    for (const type of ['kubernetes_service_v1', 'kubernetes_secret_v1', 'kubernetes_config_map_v1', 'kubernetes_network_policy_v1']) {
      expect(resources(json, type).map((r) => r.metadata.name).filter((n) => n.startsWith('ingress-airlock'))).toEqual([]);
    }
    expect(resources(json, 'tls_private_key')).toEqual([]);
    expect(replicas(json, 'hdab-preprocessing')).toBe('1');
    expect(mounts(json, 'hdab-preprocessing')).toEqual(['prepared:rw@/data/prepared', 'raw:ro@/data/raw']);
    expect(claimMounts(workspace(json, 'hdab-preprocessing')).every((m) => m.readOnly === m.sourceReadOnly)).toBe(true);
    expect(env(json, 'hdab-preprocessing')).toMatchObject({ USER_COUNT: '1', USERNAME: 'carol' });
    expectOnlyGatewayRdp(json, 'hdab-preprocessing');
    expect(egressRules(json, 'hdab-preprocessing')).toEqual([]);
  });

  test('DATA_PREPARATION_REVIEW_PENDING: HPE stopped (0 replicas, storage kept), HRE runs with prepared ro', () => {
    const json = get(prepReview);
    expectAllVolumesKeptAndProtected(json);
    expect(workspaces(json)).toEqual(['hdab-preprocessing', 'hdab-review']);
    expect(replicas(json, 'hdab-preprocessing')).toBe('0');
    expect(mounts(json, 'hdab-preprocessing')).toEqual(['prepared:rw@/data/prepared', 'raw:ro@/data/raw']);
    expect(replicas(json, 'hdab-review')).toBe('1');
    expect(mounts(json, 'hdab-review')).toEqual(['prepared:ro@/data/prepared']);
    expect(env(json, 'hdab-review')).toMatchObject({ USERNAME: 'dave' });
    expect(egressRules(json, 'hdab-review')).toEqual([]);
    expect(json.output.workspace_status.value).toEqual({ 'hdab-preprocessing': 'stopped', 'hdab-review': 'running' });
  });

  test('DATA_PREPARATION_REWORK: HRE destroyed, HPE started again', () => {
    const json = get(prepRework);
    expect(workspaces(json)).toEqual(['hdab-preprocessing']);
    expect(replicas(json, 'hdab-preprocessing')).toBe('1');
    expect(resources(json, 'kubernetes_secret_v1').map((s) => s.metadata.name)).not.toContain('hdab-review-credentials');
    expectAllVolumesKeptAndProtected(json);
  });

  test('WORKSPACE_SETUP_PENDING: HPE/HRE destroyed; setup with the project folder only, egress only through the package proxy', () => {
    const json = get(setup);
    expectAllVolumesKeptAndProtected(json);
    expect(workspaces(json)).toEqual(['researcher-setup']);
    expect(replicas(json, 'researcher-setup')).toBe('1');
    expect(mounts(json, 'researcher-setup')).toEqual(['project:rw@/project']);
    // No sensitive claim is referenced by any pod of this phase.
    const claimed = [...resources(json, 'kubernetes_stateful_set_v1'), ...resources(json, 'kubernetes_deployment_v1')]
      .flatMap((w) => (podSpec(w).volume ?? []).filter((v: any) => v.persistent_volume_claim).map((v: any) => v.persistent_volume_claim.claim_name));
    expect(claimed.filter((c: string) => SENSITIVE.includes(c))).toEqual([]);
    // The proxy by its Service's cluster IP: the setup pod has no DNS (dnsPolicy None).
    const proxyService = Object.entries<any>(json.resource.kubernetes_service_v1).find(([, b]) => b.metadata.name === 'egress-proxy')![0];
    expect(env(json, 'researcher-setup')).toMatchObject({
      USERNAME: 'alice', USERNAME_2: 'bob', PERMIT_HTTP_PROXY: `http://\${kubernetes_service_v1.${proxyService}.spec[0].cluster_ip}:3128`,
    });
    expect(podSpec(byName(json, 'kubernetes_stateful_set_v1', 'researcher-setup')).dns_policy).toBe('None');
    // Egress: the proxy pods on 3128, nothing else (no DNS).
    expect(egressRules(json, 'researcher-setup')).toEqual([
      { to: [{ pod_selector: { match_labels: { 'cdk-research-workspaces.dev/permit-id': 'p-042', 'app.kubernetes.io/component': 'egress-proxy' } } }], ports: [{ port: '3128', protocol: 'TCP' }] },
    ]);
    expectOnlyGatewayRdp(json, 'researcher-setup');
    // The proxy: squid with the default allowlist; only setup pods may use it; never private ranges.
    const proxy = byName(json, 'kubernetes_deployment_v1', 'egress-proxy');
    expect(proxy.spec.replicas).toBe('1');
    const conf = byName(json, 'kubernetes_config_map_v1', 'egress-proxy').data;
    expect(conf['allowed-domains.txt'].trim().split('\n')).toEqual(
      ['cloud.r-project.org', 'conda.anaconda.org', 'cran.r-project.org', 'files.pythonhosted.org', 'pypi.org', 'repo.anaconda.com']);
    expect(conf['squid.conf']).toMatch(/^http_access allow permit_allowed\nhttp_access deny all$/m);
    const proxyPolicy = policiesFor(json, podLabels(proxy));
    const own = proxyPolicy.find((p) => p.metadata.name === 'egress-proxy');
    expect(own.spec.ingress).toEqual([{
      from: [{ pod_selector: { match_labels: { 'cdk-research-workspaces.dev/permit-id': 'p-042', 'cdk-research-workspaces.dev/workspace': 'researcher-setup' } } }],
      ports: [{ port: '3128', protocol: 'TCP' }],
    }]);
    expect(own.spec.egress[0].to[0].ip_block).toEqual({ cidr: '0.0.0.0/0', except: expect.arrayContaining(['10.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.168.0.0/16']) });
    expect(own.spec.egress[0].ports).toEqual([{ port: '80', protocol: 'TCP' }, { port: '443', protocol: 'TCP' }]);
  });

  test('WORKSPACE_SETUP_REVIEW_PENDING: setup stopped, the setup reviewer gets the project folder read-only', () => {
    const json = get(setupReview);
    expect(workspaces(json)).toEqual(['researcher-setup', 'setup-review']);
    expect(replicas(json, 'researcher-setup')).toBe('0');
    expect(replicas(json, 'setup-review')).toBe('1');
    expect(mounts(json, 'setup-review')).toEqual(['project:ro@/project']);
    expect(env(json, 'setup-review')).toMatchObject({ USERNAME: 'erin' });
    expect(egressRules(json, 'setup-review')).toEqual([]);
    // The proxy stays configured but runs no pod while its only client is stopped.
    expect(byName(json, 'kubernetes_deployment_v1', 'egress-proxy').spec.replicas).toBe('0');
    expectAllVolumesKeptAndProtected(json);
  });

  test('WORKSPACE_SETUP_REWORK: setup review destroyed, setup restarted with the same proxy', () => {
    const json = get(setupRework);
    expect(workspaces(json)).toEqual(['researcher-setup']);
    expect(replicas(json, 'researcher-setup')).toBe('1');
    expect(egressRules(json, 'researcher-setup')).toEqual(egressRules(get(setup), 'researcher-setup'));
    expect(byName(json, 'kubernetes_deployment_v1', 'egress-proxy').spec.replicas).toBe('1');
    expectAllVolumesKeptAndProtected(json);
  });

  test('ANALYSIS_ACTIVE: setup destroyed; prepared ro, outputs rw, project rw; no internet at all (no egress rule, no DNS, no proxy)', () => {
    const json = get(analysis);
    expect(workspaces(json)).toEqual(['analysis']);
    expect(replicas(json, 'analysis')).toBe('1');
    expect(mounts(json, 'analysis')).toEqual(['outputs:rw@/data/outputs', 'prepared:ro@/data/prepared', 'project:rw@/project', 'release:ro@/data/release',
      'release:rw@/data/release/spool']);
    expect(egressRules(json, 'analysis')).toEqual([]);
    const selecting = policiesFor(json, podLabels(workspace(json, 'analysis')));
    expect(selecting.map((p) => p.metadata.name).sort()).toEqual(['analysis-ingress', 'default-deny']);
    expect(selecting.find((p) => p.metadata.name === 'default-deny').spec).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    expect(resources(json, 'kubernetes_deployment_v1')).toEqual([]);
    expect(byName(json, 'kubernetes_config_map_v1', 'egress-proxy')).toBeUndefined();
    expect(Object.keys(env(json, 'analysis')).filter((k) => k.includes('PROXY'))).toEqual([]);
    expectOnlyGatewayRdp(json, 'analysis');
    expectAllVolumesKeptAndProtected(json);
  });

  test('permit.workspace.stop_requested: analysis stopped (0 replicas), every volume kept', () => {
    const json = get(stop);
    expect(stop.status).toBe(S.ANALYSIS_STOPPED);
    expect(workspaces(json)).toEqual(['analysis']);
    expect(replicas(json, 'analysis')).toBe('0');
    expect(mounts(json, 'analysis')).toEqual(mounts(get(analysis), 'analysis'));
    expectAllVolumesKeptAndProtected(json);
    expect(json.output.workspace_status.value).toEqual({ analysis: 'stopped' });
  });

  test('permit.workspace.start_requested: analysis started again, same mounts and passwords', () => {
    const json = get(start);
    expect(start.status).toBe(S.ANALYSIS_ACTIVE);
    expect(replicas(json, 'analysis')).toBe('1');
    expect(mounts(json, 'analysis')).toEqual(mounts(get(analysis), 'analysis'));
    // Same Terraform addresses: a restart updates in place, the passwords are not regenerated.
    expect(Object.keys(json.resource.random_password)).toEqual(Object.keys(get(stop).resource.random_password));
  });

  test('ARCHIVED: compute destroyed, every volume kept and protected', () => {
    const json = get(archived);
    expect(workspaces(json)).toEqual([]);
    expect(resources(json, 'kubernetes_service_v1')).toEqual([]);
    expect(resources(json, 'kubernetes_secret_v1')).toEqual([]);
    expect(resources(json, 'random_password')).toEqual([]);
    expectAllVolumesKeptAndProtected(json);
  });

  test('permit.deleted: everything destroyed, volumes included; nothing is protected', () => {
    const json = get(deleted);
    expect(deleted.status).toBe(S.DELETED);
    expect(json.resource ?? {}).toEqual({});
    const audit = out.get(deleted)!.audit;
    expect(audit.changes.filter((c: any) => c.subject === 'volume').map((c: any) => `${c.name}:${c.change}`).sort())
      .toEqual(ALL_VOLUMES.map((v) => `${v}:destroyed`));
    expect(audit.protectedResources).toEqual([]);
  });

  test('Terraform addresses of volumes never change between phases (so an apply never replaces a claim)', () => {
    const addresses = (json: any) => Object.keys(json.resource?.kubernetes_persistent_volume_claim_v1 ?? {}).sort();
    const first = addresses(get(ingress));
    for (const r of ROWS.filter((x) => ![S.AWAITING_INGRESS, S.DELETED].includes(x.status))) expect(addresses(get(r))).toEqual(first);
  });

  test('every Kubernetes object carries the permit id, the event id and the status; the audit record sits beside cdk.tf.json', () => {
    ROWS.forEach((r, i) => {
      const { json, audit } = out.get(r)!;
      const eventId = `evt-${i}-${r.status.toLowerCase()}`;
      for (const [type, byAddress] of Object.entries<Record<string, any>>(json.resource ?? {})) {
        if (!type.startsWith('kubernetes_')) continue;
        for (const body of Object.values(byAddress)) {
          expect(body.metadata.labels).toMatchObject({
            'cdk-research-workspaces.dev/permit-id': 'p-042',
            'cdk-research-workspaces.dev/event-id': eventId,
            'cdk-research-workspaces.dev/permit-status': r.status,
          });
        }
      }
      expect(audit).toMatchObject({
        recordVersion: 1, permitId: 'p-042', stack: 'permit-p-042', status: r.status, eventId, timestamp: '2025-01-01T00:00:00.000Z',
      });
      expect(audit.previousStatus).toBe(r.from);
      expect(audit.resources.length).toBe(Object.values<Record<string, unknown>>(json.resource ?? {}).reduce((n, m) => n + Object.keys(m).length, 0));
    });
  });

  test('every stack of the table passes tf-validate (offline terraform validate)', async () => {
    const results = await tfValidateAll(ROWS.map((r) => out.get(r)!.dir));
    if (!results) return;
    for (const r of results) expect({ dir: r.dir, status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ dir: r.dir, status: 0, output: '' });
    // One terraform per stack: 0.6 s each when idle, about 10 s each on a loaded 2-core machine.
  }, 600_000);
});
