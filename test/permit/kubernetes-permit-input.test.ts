/**
 * Bad input to the Kubernetes permit stack and construct: every one is refused with a message
 * that names the field, the value and the fix; hostile strings stay strings in the output.
 */
import * as fs from 'fs';
import * as path from 'path';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import {
  KubernetesPermitEnvironment, KubernetesPermitStack, MountAccess, NetworkMode, PermitEntrypoint, PermitLifecycle, PermitPlan,
  PermitStatus, PermitVolumeKind, PermitWorkspaceRole, WorkspaceState,
} from '../../src';
import { basePermit, byName, cleanSynthRoot, kubernetesProblems, resources, synth, tempDir, workspace } from './helpers/synth';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { inputErrorOf as errorOf } from '../helpers/errors';

const S = PermitStatus;
afterAll(() => cleanSynthRoot());

function stackOf(permit = basePermit(S.INGRESS_IN_PROGRESS), id = 'permit-p-042', options: object = {}): KubernetesPermitStack {
  const app = new App({ outdir: tempDir('input') });
  return new KubernetesPermitStack(app, id, { permit, ...options });
}

describe('bad permits are refused before anything is synthesized', () => {
  test('an unknown status (as text from an event, and as a value)', () => {
    expect(() => PermitLifecycle.parseStatus('ANALYSIS_RUNNING', 'PERMIT_STATUS'))
      .toThrow(/unknown-status: PERMIT_STATUS: unknown permit status \(got "ANALYSIS_RUNNING"\)\. Fix: use one of AWAITING_INGRESS, .*DELETED/);
    const e = errorOf(() => stackOf(basePermit('ANALYSIS_RUNNING' as PermitStatus)));
    expect(e.diagnostics.map((d) => d.code)).toContain('unknown-status');
  });

  test('an illegal transition names both states and the allowed next ones', () => {
    const e = errorOf(() => stackOf(basePermit(S.ANALYSIS_ACTIVE, S.AWAITING_INGRESS)));
    expect(e.message).toContain('a permit cannot go from AWAITING_INGRESS to ANALYSIS_ACTIVE');
    expect(e.message).toContain('from AWAITING_INGRESS the next status is one of INGRESS_IN_PROGRESS, DELETED');
    expect(() => stackOf(basePermit(S.ANALYSIS_ACTIVE, S.DELETED))).toThrow(/DELETED is final: nothing can follow it/);
  });

  test.each([
    ['203.0.113.0', 'expected address/prefix'],
    ['300.1.1.0/24', 'malformed IPv4 address'],
    ['203.0.113.5/24', 'host bits are set; the network is 203.0.113.0/24'],
    ['0.0.0.0/0', 'would open the airlock to the whole internet'],
    ['::/0', 'would open the airlock to the whole internet'],
    ['2001:db8::g/64', 'malformed IPv6 address'],
    ['hospital.example.org', 'expected address/prefix'],
  ])('a CIDR that is not one: %s', (cidr, why) => {
    const permit = basePermit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, { dataHolders: [{ id: 'hospital-a', allowedCidrs: [cidr] }] });
    const e = errorOf(() => stackOf(permit));
    // The whole internet has its own code (the model's), every other bad CIDR is invalid-cidr.
    expect(e.message).toMatch(/(invalid-cidr|cidr-whole-internet): dataHolders\[0\]\.allowedCidrs\[0\]/);
    expect(e.message).toContain(why);
    expect(e.message).toContain(JSON.stringify(cidr));
  });

  test('an empty allowlist for setup', () => {
    const e = errorOf(() => stackOf(basePermit(S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, { egressAllowedDomains: [] })));
    expect(e.message).toMatch(/empty-allowlist: egressAllowedDomains: .*researchers cannot install software.*Fix: leave it out for PyPI, CRAN and conda-forge/);
  });

  test('several problems are reported at once', () => {
    const e = errorOf(() => stackOf(basePermit(S.INGRESS_IN_PROGRESS, undefined, {
      dataHolders: [{ id: 'Hospital A', allowedCidrs: ['x'] }], egressAllowedDomains: ['not a domain'],
    })));
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-cidr', 'invalid-domain', 'invalid-name']);
  });

  test('a stack not named permit-<id>', () => {
    expect(() => stackOf(basePermit(S.INGRESS_IN_PROGRESS), 'my-stack'))
      .toThrow(/invalid-stack-name: id: .*\(got "my-stack"\)\. Fix: use "permit-p-042"/);
  });

  test.each([
    [{ desktopCpuMillis: 4000, quotaCpuMillis: 2000 }, /quota-too-small: quotaCpuMillis/],
    [{ desktopMemoryMiB: 0 }, /invalid-size: desktopMemoryMiB/],
    [{ rawGiB: 1.5 }, /invalid-size: rawGiB/],
    [{ passwordLength: 8 }, /invalid-password-length/],
    [{ gatewayPodLabels: [{ key: 'app', value: 'not a label' }] }, /invalid-label: gatewayPodLabels\[0\]/],
    [{ gatewayNamespace: 'Guacamole' }, /invalid-name: gatewayNamespace/],
    [{ desktopCommand: [] }, /empty-command/],
    [{ storageClassName: 'Fast SSD' }, /invalid-name: storageClassName: not a DNS-1123 subdomain/],
    [{ clusterDomain: 'cluster_local' }, /invalid-name: clusterDomain/],
  ])('bad options %j', (options, message) => {
    expect(() => stackOf(basePermit(S.ANALYSIS_ACTIVE), 'permit-p-042', options)).toThrow(message);
  });
});

describe('custom plans are checked by the construct', () => {
  const good = (): PermitPlan => PermitLifecycle.plan(basePermit(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING));
  const build = (plan: PermitPlan) => {
    const app = new App({ outdir: tempDir('custom') });
    const stack = new TerraformStack(app, 'custom');
    new KubernetesProvider(stack, 'kubernetes', {});
    return new KubernetesPermitEnvironment(stack, 'permit', { plan });
  };
  const withWorkspace = (change: (w: any) => any): PermitPlan => {
    const plan = good();
    return { ...plan, workspaces: plan.workspaces.map((w) => change({ ...w })) };
  };

  test('write-only cannot be enforced on a desktop', () => {
    const plan = withWorkspace((w) => ({ ...w, mounts: [{ volume: 'outputs', kind: PermitVolumeKind.OUTPUTS, path: '/data/outputs', access: MountAccess.WRITE_ONLY }] }));
    expect(() => build(plan)).toThrow(/write-only-desktop: plan\.workspaces\[0\]\.mounts\[0\]\.access: write-only access can only be enforced by the SFTP airlock/);
  });

  test('a mount of a volume the plan does not have', () => {
    const plan = withWorkspace((w) => ({ ...w, mounts: [...w.mounts, { volume: 'scratch', kind: PermitVolumeKind.OUTPUTS, path: '/scratch', access: MountAccess.READ_WRITE }] }));
    expect(() => build(plan)).toThrow(/unknown-volume: .*analysis mounts a volume the plan does not have \(got "scratch"\)/);
  });

  test('an unknown protocol, a bad CIDR, a bad port', () => {
    const plan = withWorkspace((w) => ({ ...w, protocol: 'vnc', port: 70000, ingressCidrs: ['10.1.2.3/8'] }));
    const e = errorOf(() => build(plan));
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(['invalid-cidr', 'invalid-port', 'invalid-protocol']);
    expect(e.message).toContain('construct custom/permit');
  });

  test('a proxied workspace without an allowlist', () => {
    const plan = { ...withWorkspace((w) => ({ ...w, network: NetworkMode.EGRESS_PROXY })), egressAllowedDomains: [] };
    expect(() => build(plan)).toThrow(/empty-allowlist: plan\.egressAllowedDomains/);
  });

  test('volumes in a DELETED plan, a hostile account name', () => {
    const plan: PermitPlan = { ...good(), status: S.DELETED };
    expect(() => build(plan)).toThrow(/volume-after-delete/);
    const hostile = withWorkspace((w) => ({ ...w, users: [{ ...w.users[0], name: 'x;touch /pwned' }] }));
    expect(() => build(hostile)).toThrow(/invalid-name: plan\.workspaces\[0\]\.users\.name: not a valid, non-reserved POSIX login name \(got "x;touch \/pwned"\)/);
    expect(() => PermitEntrypoint.userEnvironment([{ name: 'root', uid: 0, gid: 0, role: 'researcher' as any }])).toThrow(/invalid-name/);
  });

  test('an airlock that mounts anything but write-only upload areas', () => {
    const plan = PermitLifecycle.plan(basePermit(S.INGRESS_IN_PROGRESS));
    const bad: PermitPlan = {
      ...plan,
      workspaces: plan.workspaces.map((w) => ({ ...w, mounts: [...w.mounts, { volume: 'raw', kind: PermitVolumeKind.RAW, path: '/data/raw', access: MountAccess.READ_ONLY }] })),
    };
    expect(() => build(bad)).toThrow(/airlock-mount: plan\.workspaces\[0\]\.mounts\[2\]: the airlock mounts only upload areas, write-only \(got "raw:ro"\)/);
  });

  test('an OPEN workspace (never planned by the lifecycle) gets an allow-all egress rule, as asked', () => {
    const plan = withWorkspace((w) => ({ ...w, network: NetworkMode.OPEN }));
    const env = build(plan);
    expect(env.connections.map((c) => c.workspace)).toEqual([PermitWorkspaceRole.ANALYSIS, PermitWorkspaceRole.ANALYSIS]);
    expect(env.connections[0].state).toBe(WorkspaceState.RUNNING);
    const app = env.node.root as App;
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', 'custom', 'cdk.tf.json'), 'utf8'));
    expect(byName(json, 'kubernetes_network_policy_v1', 'analysis-egress').spec).toMatchObject({ policy_types: ['Egress'], egress: [{}] });
  });
});

describe('hostile and awkward strings stay strings', () => {
  test('an event id with Terraform template syntax is escaped; the label is sanitized, the annotation exact', () => {
    const eventId = 'evt:${file("/etc/shadow")}%{ for x in y }';
    const { json, audit } = synth(basePermit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, { eventId }));
    const ns = resources(json, 'kubernetes_namespace_v1')[0];
    expect(ns.metadata.annotations['cdk-research-workspaces.dev/event-id']).toBe('evt:$${file("/etc/shadow")}%%{ for x in y }');
    expect(ns.metadata.labels['cdk-research-workspaces.dev/event-id']).toMatch(/^evt-file-etc-shadow-for-x-in-y-[0-9a-f]{10}$/);
    expect(audit.eventId).toBe(eventId);
    expect(audit.eventIdLabel).toBe(ns.metadata.labels['cdk-research-workspaces.dev/event-id']);
    // No unescaped template sequence anywhere but cdktf's own references.
    const text = JSON.stringify(json);
    for (const m of text.matchAll(/(?<!\$)\$\{([^}]*)\}/g)) expect(m[1]).toMatch(/^(var|kubernetes_[a-z0-9_]+|random_password|tls_private_key|try)[.(]/);
    expect(kubernetesProblems(json)).toEqual([]);
  });

  test('long event ids: the label stays within 63 characters and distinct ids stay distinct', () => {
    const a = 'e'.repeat(200);
    const b = `${'e'.repeat(199)}f`;
    const la = resources(synth(basePermit(S.ARCHIVED, S.ANALYSIS_STOPPED, { eventId: a })).json, 'kubernetes_namespace_v1')[0].metadata.labels['cdk-research-workspaces.dev/event-id'];
    const lb = resources(synth(basePermit(S.ARCHIVED, S.ANALYSIS_STOPPED, { eventId: b })).json, 'kubernetes_namespace_v1')[0].metadata.labels['cdk-research-workspaces.dev/event-id'];
    expect(la.length).toBeLessThanOrEqual(63);
    expect(la).not.toEqual(lb);
  });

  test('a custom desktop command with shell parameter expansion reaches the pod unchanged', () => {
    const { json } = synth(basePermit(S.ANALYSIS_ACTIVE), { desktopCommand: ['/bin/sh', '-c', 'exec xrdp --nodaemon "${XRDP_ARGS:-}"'] });
    expect(workspace(json, 'analysis').spec.template.spec.container[0].args[2]).toBe('exec xrdp --nodaemon "$${XRDP_ARGS:-}"');
    expect(byName(json, 'kubernetes_config_map_v1', 'permit-entrypoint').data['desktop.sh']).toContain('printf \'%q\' "$${1:0:80}"');
  });
});
