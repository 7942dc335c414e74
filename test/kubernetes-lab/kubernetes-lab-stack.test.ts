/**
 * KubernetesLabStack and KubernetesWorkspace: a lab on Kubernetes with KubeVirt VMs, asserted on
 * the synthesized Terraform JSON, validated offline against the hashicorp/kubernetes schema, and
 * the cloud-init it carries checked with cloud-init schema and shellcheck.
 */
import {
  EgressMode, KubernetesLabStack, KubernetesLabStackProps, KubernetesVmImage, UserRegistry, WorkspacePolicy, WorkspaceSize,
  OperatingSystem,
} from '../../src';
import { WorkspaceInputError } from '../../src/workspaces/private/error';
import { cleanTemp, cloudInitSchema, shellcheck, snippetText, synthApp, tfValidateAll } from '../proxmox/helpers';

const REGISTRY_YAML = `
groups:
  - { name: genomics }
users:
  - { name: alice, uid: 5001, groups: [genomics] }
  - { name: bob, uid: 5002, groups: [genomics] }
  - { name: carol, uid: 5003 }
`;

function registry(): UserRegistry {
  return UserRegistry.fromYaml(REGISTRY_YAML, 'users.yaml');
}

const NFS = { server: '10.20.30.5', exportPath: '/export/genomics' };

function props(overrides: Partial<KubernetesLabStackProps> = {}): KubernetesLabStackProps {
  return {
    labName: 'genomics',
    registry: registry(),
    storage: NFS,
    egress: EgressMode.PROXIED,
    accessCidrs: ['10.99.0.0/16'],
    workspaces: [
      { name: 'alice-ml', template: 'python-ml', owner: 'alice', project: 'genomics', size: WorkspaceSize.M },
      { name: 'bob-r', template: 'r-rstudio', owner: 'bob', egress: EgressMode.NONE, started: false },
      { name: 'carol-dev', template: 'code-server-dev', owner: 'carol', egress: EgressMode.OPEN, size: WorkspaceSize.L },
    ],
    ...overrides,
  };
}

function synthLab(p: KubernetesLabStackProps = props()) {
  const r = synthApp((app) => new KubernetesLabStack(app, 'genomics-lab', p));
  return { ...r, stack: r.stack as KubernetesLabStack };
}

function all(json: any, type: string): any[] {
  return Object.values(json.resource?.[type] ?? {});
}

function vmOf(json: any, name: string): any {
  const m = all(json, 'kubernetes_manifest').find((x) => x.manifest.kind === 'VirtualMachine' && x.manifest.metadata.name === name);
  if (!m) throw new Error(`no VirtualMachine ${name}`);
  return m.manifest;
}

function secretOf(json: any, name: string): any {
  return all(json, 'kubernetes_secret_v1').find((s) => s.metadata.name === name);
}

function selects(selector: any, labels: Record<string, string>): boolean {
  return Object.entries(selector?.match_labels ?? {}).every(([k, v]) => labels[k] === v);
}

function egressOf(json: any, podLabels: Record<string, string>): any[] {
  return all(json, 'kubernetes_network_policy_v1')
    .filter((p) => p.spec.policy_types.includes('Egress') && selects(p.spec.pod_selector, podLabels))
    .flatMap((p) => p.spec.egress ?? []);
}

/** The parts of a MIME multipart message: content type and body. */
function mimeParts(text: string): Array<{ type: string; body: string }> {
  const boundary = /boundary="([^"]+)"/.exec(text)![1];
  return text.split(`--${boundary}`).slice(1, -1).map((chunk) => {
    const [head, ...rest] = chunk.replace(/^\n/, '').split('\n\n');
    return { type: /Content-Type: ([^;\n]+)/.exec(head)![1], body: rest.join('\n\n').replace(/\n$/, '') };
  });
}

afterAll(() => cleanTemp());

describe('a lab of three workspaces (proxied, offline and stopped, open)', () => {
  const lab = synthLab();
  const json = lab.json;
  const ns = 'lab-genomics';

  test('passes terraform validate against the hashicorp/kubernetes schema', async () => {
    const r = await tfValidateAll([lab.dir]);
    if (r) expect(r[0]).toMatchObject({ status: 0 });
  });

  test('the namespace, default deny for every pod, a quota sized to the workspaces, no load balancers or node ports', () => {
    expect(all(json, 'kubernetes_namespace_v1')).toEqual([expect.objectContaining({ metadata: expect.objectContaining({ name: ns }) })]);
    const deny = all(json, 'kubernetes_network_policy_v1').find((p) => p.metadata.name === 'default-deny');
    expect(deny.spec).toEqual({ pod_selector: {}, policy_types: ['Ingress', 'Egress'] });
    const hard = all(json, 'kubernetes_resource_quota_v1')[0].spec.hard;
    // M (4 vCPU, 16 GiB) + M + L (8 vCPU, 32 GiB), one core for the proxy.
    expect(hard['requests.cpu']).toBe(String(4 + 4 + 8 + 1));
    expect(parseInt(hard['requests.memory'], 10)).toBeGreaterThanOrEqual(16384 * 2 + 32768);
    expect(hard).toMatchObject({ 'services.loadbalancers': '0', 'services.nodeports': '0', 'persistentvolumeclaims': '3' });
    expect(lab.stack.namespace).toBe(ns);
  });

  test('each workspace is a KubeVirt VM sized from its size, its root disk imported from the official image', () => {
    const alice = vmOf(json, 'alice-ml');
    expect(alice).toMatchObject({ apiVersion: 'kubevirt.io/v1', kind: 'VirtualMachine', metadata: { namespace: ns } });
    expect(alice.spec.template.spec.domain.cpu).toEqual({ cores: 4 });
    expect(alice.spec.template.spec.domain.memory).toEqual({ guest: '16384Mi' });
    const dv = alice.spec.dataVolumeTemplates[0];
    expect(dv.spec.source).toEqual({ http: { url: expect.stringMatching(/^https:\/\/cloud-images\.ubuntu\.com\/noble\//) } });
    expect(dv.spec.storage.resources.requests.storage).toBe(`${lab.stack.workspaces[0].diskGiB}Gi`);
    expect(alice.spec.template.spec.volumes).toEqual([
      { name: 'root', dataVolume: { name: dv.metadata.name } },
      { name: 'cloudinit', cloudInitNoCloud: { secretRef: { name: 'alice-ml-cloud-init' } } },
    ]);
    expect(vmOf(json, 'carol-dev').spec.template.spec.domain.cpu).toEqual({ cores: 8 });
  });

  test('running VMs stop for good when the idle agent shuts them down; a stopped workspace is Halted and keeps its disk', () => {
    expect(vmOf(json, 'alice-ml').spec.runStrategy).toBe('RerunOnFailure');
    const bob = vmOf(json, 'bob-r');
    expect(bob.spec.runStrategy).toBe('Halted');
    expect(bob.spec.dataVolumeTemplates).toHaveLength(1);
  });

  test('labels carry lab, workspace, template, owner, project, size and egress', () => {
    expect(vmOf(json, 'alice-ml').metadata.labels).toMatchObject({
      'cdk-research-workspaces.dev/lab': 'genomics',
      'cdk-research-workspaces.dev/workspace': 'alice-ml',
      'cdk-research-workspaces.dev/template': 'python-ml',
      'cdk-research-workspaces.dev/owner': 'alice',
      'cdk-research-workspaces.dev/project': 'genomics',
      'cdk-research-workspaces.dev/size': 'M',
      'cdk-research-workspaces.dev/egress': 'proxied',
    });
  });

  test('the cloud-init Secret holds the provisioning: research users with their registry uids, the NFS share, services on localhost', () => {
    const text = snippetText(secretOf(json, 'alice-ml-cloud-init').data.userdata);
    const parts = mimeParts(text);
    expect(parts[0].type).toBe('text/cloud-config');
    expect(text).toContain('10.20.30.5:/export/genomics');
    expect(text).toMatch(/alice\t5001/);
    expect(text).not.toMatch(/token=[A-Za-z0-9]{16,}/);
  });

  test('the cloud-config passes cloud-init schema and every shell part passes shellcheck (proxy set-up included)', () => {
    // The proxy's address is its Service's cluster IP, a Terraform reference until apply.
    const userData = (name: string) => snippetText(secretOf(json, `${name}-cloud-init`).data.userdata)
      .replace(/\$\{kubernetes_service_v1\.[A-Za-z0-9_-]+\.spec\[0\]\.cluster_ip\}/g, '10.96.0.42');
    for (const name of ['alice-ml', 'bob-r', 'carol-dev']) {
      const parts = mimeParts(userData(name));
      const config = parts.find((p) => p.type === 'text/cloud-config')!;
      const schema = cloudInitSchema(config.body);
      if (schema) expect({ name, ...schema }).toMatchObject({ name, status: 0 });
      for (const sh of parts.filter((p) => p.type === 'text/x-shellscript')) {
        const r = shellcheck(sh.body);
        if (r) expect({ name, ...r }).toMatchObject({ name, status: 0 });
      }
    }
    const proxied = mimeParts(userData('alice-ml')).find((p) => p.type === 'text/x-shellscript')!;
    expect(proxied.body).toContain("proxy='http://10.96.0.42:3128'");
    const proxyService = Object.entries<any>(json.resource.kubernetes_service_v1).find(([, b]) => b.metadata.name === 'egress-proxy')![0];
    expect(secretOf(json, 'alice-ml-cloud-init').data.userdata).toContain(`proxy='http://\${kubernetes_service_v1.${proxyService}.spec[0].cluster_ip}:3128'`);
    const offline = mimeParts(snippetText(secretOf(json, 'bob-r-cloud-init').data.userdata)).find((p) => p.type === 'text/x-shellscript')!;
    expect(offline.body).not.toContain('egress-proxy');
  });

  test('egress none: the NFS server only, no DNS (dnsPolicy None)', () => {
    const rules = egressOf(json, { 'cdk-research-workspaces.dev/lab': 'genomics', 'cdk-research-workspaces.dev/workspace': 'bob-r' });
    expect(rules).toEqual([{ to: [{ ip_block: { cidr: '10.20.30.5/32' } }], ports: [{ port: '2049', protocol: 'TCP' }] }]);
    expect(vmOf(json, 'bob-r').spec.template.spec.dnsPolicy).toBe('None');
    expect(vmOf(json, 'bob-r').spec.template.spec.dnsConfig.nameservers).toEqual(['127.0.0.1']);
  });

  test('egress proxied: NFS and the lab proxy, nothing else (no DNS)', () => {
    const rules = egressOf(json, { 'cdk-research-workspaces.dev/lab': 'genomics', 'cdk-research-workspaces.dev/workspace': 'alice-ml' });
    expect(rules).toHaveLength(2);
    expect(JSON.stringify(rules)).not.toContain('0.0.0.0/0');
    expect(JSON.stringify(rules)).not.toContain('"53"');
    expect(vmOf(json, 'alice-ml').spec.template.spec.dnsPolicy).toBe('None');
    expect(vmOf(json, 'carol-dev').spec.template.spec.dnsPolicy).toBeUndefined();
    const proxyRule = rules[1];
    expect(proxyRule.ports).toEqual([{ port: '3128', protocol: 'TCP' }]);
    const proxy = all(json, 'kubernetes_deployment_v1').find((d) => d.metadata.name === 'egress-proxy');
    expect(selects(proxyRule.to[0].pod_selector, proxy.spec.template.metadata.labels)).toBe(true);
  });

  test('egress open: anything but private ranges, link-local metadata included', () => {
    const rules = egressOf(json, { 'cdk-research-workspaces.dev/lab': 'genomics', 'cdk-research-workspaces.dev/workspace': 'carol-dev' });
    const open = rules.find((r) => JSON.stringify(r).includes('0.0.0.0/0'));
    expect(open.to[0].ip_block.except).toEqual(expect.arrayContaining(['10.0.0.0/8', '169.254.0.0/16', '192.168.0.0/16']));
  });

  test('SSH only from the access networks; a ClusterIP Service per workspace', () => {
    const ingress = all(json, 'kubernetes_network_policy_v1').filter((p) => p.spec.policy_types.includes('Ingress') && p.metadata.name !== 'default-deny' && p.metadata.name !== 'egress-proxy');
    expect(ingress).toHaveLength(3);
    for (const p of ingress) expect(p.spec.ingress).toEqual([{ from: [{ ip_block: { cidr: '10.99.0.0/16' } }], ports: [{ port: '22', protocol: 'TCP' }] }]);
    const services = all(json, 'kubernetes_service_v1').filter((s) => s.metadata.name !== 'egress-proxy');
    expect(services.map((s) => s.spec.type)).toEqual(['ClusterIP', 'ClusterIP', 'ClusterIP']);
  });

  test('the proxy allows the research repositories and the distributions\' mirrors, and only the proxied workspace may use it', () => {
    const conf = all(json, 'kubernetes_config_map_v1').find((c) => c.metadata.name === 'egress-proxy').data;
    expect(conf['allowed-domains.txt'].split('\n')).toEqual(expect.arrayContaining(['pypi.org', 'conda.anaconda.org', 'security.ubuntu.com']));
    expect(conf['squid.conf']).toContain('Package proxy of lab genomics');
    const policy = all(json, 'kubernetes_network_policy_v1').find((p) => p.metadata.name === 'egress-proxy');
    expect(policy.spec.ingress[0].from.map((f: any) => f.pod_selector.match_labels['cdk-research-workspaces.dev/workspace'])).toEqual(['alice-ml']);
  });
});

describe('variations', () => {
  test('no proxied workspace: no proxy at all; every workspace stopped: quota still counts their disks', () => {
    const { json, stack } = synthLab(props({ egress: EgressMode.NONE, workspaces: [{ name: 'w1', template: 'python-ml', owner: 'alice', started: false }] }));
    expect(all(json, 'kubernetes_deployment_v1')).toHaveLength(0);
    expect(stack.egressAllowedDomains).toEqual([]);
    expect(all(json, 'kubernetes_resource_quota_v1')[0].spec.hard['requests.storage']).toBe(`${stack.workspaces[0].diskGiB}Gi`);
  });

  test('the proxy scales to 0 when every proxied workspace is stopped', () => {
    const { json } = synthLab(props({ workspaces: [{ name: 'w1', template: 'python-ml', owner: 'alice', started: false }] }));
    expect(all(json, 'kubernetes_deployment_v1')[0].spec.replicas).toBe('0');
  });

  test('a container disk image, a storage class and a GPU size with its device', () => {
    const { json } = synthLab(props({
      storageClassName: 'ceph-block',
      gpuDeviceName: 'nvidia.com/GA102GL_A10',
      workspaces: [{
        name: 'gpu1',
        template: 'python-ml',
        owner: 'alice',
        size: WorkspaceSize.GPU_S,
        image: KubernetesVmImage.fromContainerDisk('registry.example.edu/images/ubuntu-ml:2026.11', 30),
      }],
    }));
    const vm = vmOf(json, 'gpu1');
    expect(vm.spec.dataVolumeTemplates[0].spec.source).toEqual({ registry: { url: 'docker://registry.example.edu/images/ubuntu-ml:2026.11' } });
    expect(vm.spec.dataVolumeTemplates[0].spec.storage.storageClassName).toBe('ceph-block');
    expect(vm.spec.template.spec.domain.devices.gpus).toEqual([{ name: 'gpu1', deviceName: 'nvidia.com/GA102GL_A10' }]);
    expect(all(json, 'kubernetes_resource_quota_v1')[0].spec.hard['requests.nvidia.com/GA102GL_A10']).toBe('1');
  });

  test('KubernetesVmImage.forOs knows Ubuntu, Debian and Rocky, not Amazon Linux', () => {
    expect(KubernetesVmImage.forOs(OperatingSystem.DEBIAN_12).url).toMatch(/cloud\.debian\.org/);
    expect(KubernetesVmImage.hasOfficialImage(OperatingSystem.AMAZON_LINUX_2023)).toBe(false);
    expect(() => KubernetesVmImage.forOs(OperatingSystem.AMAZON_LINUX_2023)).toThrow(/no-cloud-image/);
    expect(() => KubernetesVmImage.fromUrl('ftp://x/y.img', 4)).toThrow(/not an http\(s\) address/);
    expect(() => KubernetesVmImage.fromContainerDisk('docker://quay.io/x:1', 4)).toThrow(/not an image reference/);
  });
});

describe('bad input: one error with every problem, naming the construct path, field, value and fix', () => {
  function errorOf(p: KubernetesLabStackProps): Error {
    try {
      synthLab(p);
    } catch (e) {
      if (!WorkspaceInputError.isWorkspaceInputError(e)) throw e;
      return e as Error;
    }
    throw new Error('synthesis succeeded');
  }

  test('several problems at once', () => {
    const e = errorOf(props({
      gpuDeviceName: undefined,
      workspaces: [
        { name: 'Alice_ML', template: 'python-ml', owner: 'alice' },
        { name: 'gpu', template: 'python-ml', owner: 'alice', size: WorkspaceSize.GPU_S },
        { name: 'tiny', template: 'python-ml', owner: 'alice', diskGiB: 2 },
        { name: 'ghost', template: 'no-such-template', owner: 'alice' },
      ],
    }));
    expect(e.message).toMatch(/workspaces\[0\] \(Alice_ML\)\.workspaceName.*got "Alice_ML".*Fix: use e\.g\. "alice-ml"/s);
    expect(e.message).toMatch(/workspaces\[1\] \(gpu\)\.size.*GPU.*Fix: pass gpuDeviceName/s);
    expect(e.message).toMatch(/workspaces\[2\] \(tiny\)\.diskGiB.*smaller than the image/s);
    expect(e.message).toMatch(/no-such-template/);
    expect(e.message).toContain('genomics-lab');
  });

  test('a policy that forbids egress refuses a proxied workspace', () => {
    const policy = WorkspacePolicy.fromYaml('name: strict\negress: none\n', 'policy.yaml');
    const e = errorOf(props({ policy, egress: undefined, workspaces: [{ name: 'w1', template: 'python-ml', owner: 'alice', egress: EgressMode.PROXIED }] }));
    expect(e.message).toMatch(/policy-egress/);
    expect(e.message).toMatch(/policy\.yaml/);
  });

  test('duplicate workspace names, a bad lab name, a bad CIDR, a host-name NFS server behind a restricted egress', () => {
    expect(errorOf(props({ labName: 'Genomics Lab' })).message).toMatch(/labName.*Genomics Lab/s);
    expect(errorOf(props({ workspaces: [{ name: 'a', template: 'python-ml', owner: 'alice' }, { name: 'a', template: 'python-ml', owner: 'alice' }] })).message)
      .toMatch(/duplicate-name/);
    expect(errorOf(props({ accessCidrs: ['10.0.0.0/33'] })).message).toMatch(/accessCidrs\[0\].*10\.0\.0\.0\/33/s);
    expect(errorOf(props({ storage: { server: 'nfs.example.edu', exportPath: '/x' } })).message).toMatch(/nfs-server-not-address/);
  });

  test('an unknown registry user as owner', () => {
    expect(errorOf(props({ workspaces: [{ name: 'w1', template: 'python-ml', owner: 'mallory' }] })).message).toMatch(/mallory/);
  });

  test('a duplicate name does not hide the other problems', () => {
    const e = errorOf(props({
      workspaces: [
        { name: 'a', template: 'python-ml', owner: 'alice' },
        { name: 'a', template: 'python-ml', owner: 'alice' },
        { name: 'egress-proxy', template: 'python-ml', owner: 'alice' },
        { name: 'b', template: 'python-ml', owner: 'mallory' },
      ],
    }));
    expect(e.message).toMatch(/duplicate-name/);
    expect(e.message).toMatch(/reserved-name/);
    expect(e.message).toMatch(/mallory/);
  });
});
