/**
 * Network invariants of a Kubernetes lab, over random labs (1-5 workspaces, each with a random
 * egress mode, running or stopped, with or without access networks and shared storage),
 * asserted on the synthesized Terraform JSON.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { EgressMode, KubernetesLabStack, UserRegistry } from '../../src';
import { App } from '../../src/constructs/terraform/cdktf';

const REGISTRY = UserRegistry.fromYaml('users:\n  - { name: alice, uid: 5001 }\n  - { name: bob, uid: 5002 }\n', 'users.yaml');
const WS = 'cdk-research-workspaces.dev/workspace';

interface Case {
  readonly workspaces: Array<{ egress: EgressMode; started: boolean }>;
  readonly access: boolean;
  readonly nfs: boolean;
}

const arbCase: fc.Arbitrary<Case> = fc.record({
  workspaces: fc.array(fc.record({
    egress: fc.constantFrom(EgressMode.NONE, EgressMode.PROXIED, EgressMode.OPEN),
    started: fc.boolean(),
  }), { minLength: 1, maxLength: 5 }),
  access: fc.boolean(),
  nfs: fc.boolean(),
});

// cdktf creates the output folder even though nothing is written to it here.
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-k8s-lab-prop-'));
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }));

function synth(c: Case): any {
  const app = new App({ outdir });
  const stack = new KubernetesLabStack(app, 'lab', {
    labName: 'prop',
    registry: REGISTRY,
    accessCidrs: c.access ? ['10.99.0.0/16'] : undefined,
    storage: c.nfs ? { server: '10.20.30.5', exportPath: '/export/prop' } : undefined,
    workspaces: c.workspaces.map((w, i) => ({ name: `ws-${i}`, template: 'ubuntu-24-04', owner: i % 2 ? 'bob' : 'alice', egress: w.egress, started: w.started })),
  });
  // The JSON as Terraform gets it, without writing files.
  return JSON.parse(JSON.stringify((stack as any).toTerraform()));
}

function all(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

test('egress, ingress and the proxy follow each workspace\'s mode, whatever the lab', () => {
  fc.assert(fc.property(arbCase, (c) => {
    const json = synth(c);
    const policies = all(json, 'kubernetes_network_policy_v1');
    const proxy = all(json, 'kubernetes_deployment_v1').find((d) => d.metadata.name === 'egress-proxy');
    const proxied = c.workspaces.map((w, i) => ({ ...w, name: `ws-${i}` })).filter((w) => w.egress === EgressMode.PROXIED);

    // Default deny for every pod of the namespace.
    expect(policies.filter((p) => p.metadata.name === 'default-deny' && Object.keys(p.spec.pod_selector).length === 0)).toHaveLength(1);

    c.workspaces.forEach((w, i) => {
      const name = `ws-${i}`;
      const mine = policies.filter((p) => p.spec.pod_selector?.match_labels?.[WS] === name);
      const egress = mine.filter((p) => p.spec.policy_types.includes('Egress')).flatMap((p) => p.spec.egress);
      const blocks = egress.flatMap((r: any) => (r.to ?? []).map((t: any) => t.ip_block?.cidr).filter(Boolean));
      const podPeers = egress.flatMap((r: any) => (r.to ?? []).filter((t: any) => t.pod_selector && !t.namespace_selector));
      // Every workspace has exactly one egress policy; only "open" reaches beyond the NFS server.
      expect(mine.filter((p) => p.spec.policy_types.includes('Egress'))).toHaveLength(1);
      if (w.egress === EgressMode.OPEN) {
        expect(blocks).toEqual(expect.arrayContaining(['0.0.0.0/0', '::/0']));
      } else {
        expect(blocks).toEqual(c.nfs ? ['10.20.30.5/32'] : []);
      }
      // Only "proxied" may talk to another pod of the lab, and then only to the proxy.
      if (w.egress === EgressMode.PROXIED) {
        expect(podPeers).toHaveLength(1);
        expect(podPeers[0].pod_selector.match_labels['app.kubernetes.io/component']).toBe('egress-proxy');
      } else {
        expect(podPeers).toHaveLength(0);
      }
      // Ingress: SSH from the access networks, or nothing.
      const ingress = mine.filter((p) => p.spec.policy_types.includes('Ingress')).flatMap((p) => p.spec.ingress);
      expect(ingress).toEqual(c.access ? [{ from: [{ ip_block: { cidr: '10.99.0.0/16' } }], ports: [{ port: '22', protocol: 'TCP' }] }] : []);
    });

    // The proxy exists exactly when a workspace is proxied, admits exactly those, and runs while one of them does.
    if (proxied.length === 0) {
      expect(proxy).toBeUndefined();
    } else {
      expect(proxy.spec.replicas).toBe(proxied.some((w) => w.started) ? '1' : '0');
      const policy = policies.find((p) => p.metadata.name === 'egress-proxy');
      expect(policy.spec.ingress[0].from.map((f: any) => f.pod_selector.match_labels[WS]).sort()).toEqual(proxied.map((w) => w.name).sort());
    }

    // Stopped workspaces are Halted, running ones RerunOnFailure; nothing is a LoadBalancer or NodePort.
    const vms = all(json, 'kubernetes_manifest').map((m) => m.manifest);
    expect(vms.map((v) => v.spec.runStrategy)).toEqual(c.workspaces.map((w) => (w.started ? 'RerunOnFailure' : 'Halted')));
    expect(all(json, 'kubernetes_service_v1').every((s) => s.spec.type === 'ClusterIP')).toBe(true);
  }), { numRuns: 40 });
});
