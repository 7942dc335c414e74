/**
 * `rws lab synth | diagram | cost` on Kubernetes lab files (KubernetesLabStack, KubeVirt): the
 * real binary on lab files written here. Expected prices are computed from the price table,
 * never written down; the Terraform JSON is read back.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, rws, rwsJson, tempDir } from './helpers';
import { checkWellFormedXml } from './xml';
import { PriceTable } from '../../src/workspaces/pricing';
import { Sizes, WorkspaceSize } from '../../src/workspaces/sizes';

const SLOW = 300_000;

// Line numbers matter: the error tests point at them.
const K8S_LAB = `# A lab on Kubernetes (KubeVirt)
name: genomics
kubernetes: { kube_context: research, storage_class: ceph-block }
registry: ./users.yaml
policy: ./policy.yaml
egress: proxied
egress_allowed_domains: [pypi.org, files.pythonhosted.org]
storage: { server: 10.20.30.5, export_path: /export/genomics }
access_cidrs: [10.99.0.0/16]
workspaces:
  - { name: alice-ml, template: python-ml, owner: alice, project: genomics, size: M, disk_gib: 60, labels: { team: genomics } }
  - { name: bob-offline, template: debian-12, owner: bob, project: genomics, size: S, egress: none, started: false }
  - name: bob-ubuntu
    template: ubuntu-24-04
    owner: bob
    project: genomics
    size: S
    image: { container_disk: "quay.io/containerdisks/ubuntu:24.04", minimum_disk_gib: 5 }
`;

const USERS = `groups:
  - { name: genomics, description: "Genomics <core> & friends" }
users:
  - { name: alice, groups: [genomics] }
  - { name: bob, groups: [genomics] }
`;

const POLICY = 'name: genomics-lab\nallowed_sizes: [S, M, L, GPU-S]\nrequired_tags: [project]\negress: proxied\n';
const WORKSPACES = ['alice-ml', 'bob-offline', 'bob-ubuntu'];

let dir: string;

function write(name: string, text: string): string {
  fs.writeFileSync(path.join(dir, name), text);
  return name;
}

function terraform(out: string, stack: string = 'genomics'): any {
  return JSON.parse(fs.readFileSync(path.join(dir, out, 'stacks', stack, 'cdk.tf.json'), 'utf8'));
}

function virtualMachines(tf: any): any[] {
  return Object.values<any>(tf.resource.kubernetes_manifest ?? {}).map((m) => m.manifest).filter((m) => m.kind === 'VirtualMachine');
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('k8s-lab');
  write('k8s-lab.yaml', K8S_LAB);
  write('users.yaml', USERS);
  write('policy.yaml', POLICY);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('rws lab synth (kubernetes)', () => {
  test('the lab file into Terraform: the namespace, one KubeVirt VirtualMachine per workspace, the proxy; the summary', () => {
    const r = rws(['lab', 'synth', 'k8s-lab.yaml', '--out', 'tf'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lab genomics (k8s-lab.yaml): kubernetes (namespace lab-genomics, context research, KubeVirt VMs), egress proxied, policy genomics-lab');
    expect(r.stdout).toMatch(/stacks: genomics, \d+ resources/);
    expect(r.stdout).toContain('users: 2 in 1 group (users.yaml)');
    const price = (size: WorkspaceSize) => PriceTable.bundled().hourly(Sizes.ec2InstanceType(size))!;
    const hourly = price(WorkspaceSize.M) + 2 * price(WorkspaceSize.S);
    expect(r.stdout).toContain(`workspaces: 3, $${hourly.toFixed(4)}/h when all run (EC2-equivalent on-demand prices, for comparison: KubeVirt runs on your own Kubernetes cluster)`);
    expect(r.stdout).toMatch(/WORKSPACE\s+TEMPLATE\s+SIZE\s+CORES\s+MEMORY\s+DISK\s+EGRESS\s+OWNER\s+STATE\s+\$\/H/);
    expect(r.stdout).toMatch(/alice-ml\s+python-ml\s+M\s+4\s+16 GiB\s+60 GiB\s+proxied\s+alice\s+running\s+\$\d+\.\d{4}/);
    expect(r.stdout).toMatch(/bob-offline\s+debian-12\s+S\s+2\s+4 GiB\s+\d+ GiB\s+none\s+bob\s+stopped/);
    expect(r.stdout).toMatch(/bob-ubuntu\s+ubuntu-24-04\s+S\s+2\s+4 GiB\s+\d+ GiB\s+proxied\s+bob\s+running/);
    expect(r.stdout).toMatch(/package proxy \(squid\): \d+ allowed domains \(pypi\.org, files\.pythonhosted\.org, /);
    expect(r.stdout).toMatch(/kubernetes_manifest\s+3/);
    const stackDir = path.join('tf', 'stacks', 'genomics');
    expect(r.stdout).toContain(`wrote ${path.join(stackDir, 'cdk.tf.json')}`);
    expect(r.stdout).toContain(`Next: terraform -chdir=${stackDir} init && terraform -chdir=${stackDir} apply`);

    const tf = terraform('tf');
    expect(Object.values<any>(tf.resource.kubernetes_namespace_v1).map((n) => n.metadata.name)).toEqual(['lab-genomics']);
    const vms = virtualMachines(tf);
    expect(vms.map((v) => v.metadata.name).sort()).toEqual(WORKSPACES);
    for (const v of vms) expect(v).toMatchObject({ apiVersion: 'kubevirt.io/v1', metadata: { namespace: 'lab-genomics' } });
    const vm = (name: string) => vms.find((v) => v.metadata.name === name);
    expect(vm('bob-offline').spec.runStrategy).toBe('Halted');
    expect(vm('alice-ml').spec.runStrategy).toBe('RerunOnFailure');
    expect(vm('alice-ml').spec.template.spec.domain.cpu.cores).toBe(4);
    expect(vm('alice-ml').spec.dataVolumeTemplates[0].spec.storage).toMatchObject({ storageClassName: 'ceph-block', resources: { requests: { storage: '60Gi' } } });
    expect(vm('alice-ml').metadata.labels.team).toBe('genomics');
    expect(vm('bob-ubuntu').spec.dataVolumeTemplates[0].spec.source).toEqual({ registry: { url: 'docker://quay.io/containerdisks/ubuntu:24.04' } });
    // The squid package proxy runs because two workspaces are proxied.
    expect(Object.keys(tf.resource.kubernetes_deployment_v1 ?? {})).toHaveLength(1);
    expect(tf.variable.kube_context.default).toBe('research');
  });

  test('--json: backend, namespace, stacks, resource types, every workspace with cores, memory, disk and state; EC2-equivalent cost', () => {
    const r = rwsJson(['lab', 'synth', 'k8s-lab.yaml', '--out', 'tf-json'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ lab: 'genomics', file: 'k8s-lab.yaml', backend: 'kubernetes', namespace: 'lab-genomics', stack: 'genomics', users: 2, costBasis: 'ec2-equivalent' });
    expect(r.json.stacks).toEqual([expect.objectContaining({ name: 'genomics', file: path.join('tf-json', 'stacks', 'genomics', 'cdk.tf.json'), workspaces: 3 })]);
    expect(r.json.resourceTypes.kubernetes_manifest).toBe(3);
    expect(r.json.resourceTypes.kubernetes_namespace_v1).toBe(1);
    expect(r.json.resourceCount).toBe(Object.values<number>(r.json.resourceTypes).reduce((a, b) => a + b, 0));
    expect(r.json.workspaces.map((w: any) => w.name)).toEqual(WORKSPACES);
    expect(r.json.workspaces[0]).toMatchObject({
      template: 'python-ml',
      size: 'M',
      cores: 4,
      memoryMiB: 16384,
      diskGiB: 60,
      egress: 'proxied',
      owner: 'alice',
      state: 'running',
      stack: 'genomics',
      instanceType: Sizes.ec2InstanceType(WorkspaceSize.M),
      hourlyCost: PriceTable.bundled().hourly(Sizes.ec2InstanceType(WorkspaceSize.M)),
      host: 'alice-ml.lab-genomics.svc.cluster.local',
      access: ['kubernetes-api', 'ssh'],
    });
    expect(r.json.workspaces[1]).toMatchObject({ egress: 'none', state: 'stopped' });
    expect(r.json.workspaces[2]).toMatchObject({ diskGiB: expect.any(Number), image: 'docker://quay.io/containerdisks/ubuntu:24.04' });
    expect(r.json.hourlyCost).toBeCloseTo(r.json.workspaces.reduce((s: number, w: any) => s + w.hourlyCost, 0), 9);
    expect(r.json.egressAllowedDomains).toEqual(expect.arrayContaining(['pypi.org', 'files.pythonhosted.org']));
    expect(r.json.next).toMatch(/^terraform -chdir=tf-json\/stacks\/genomics init && terraform -chdir=tf-json\/stacks\/genomics apply/);
  });

  test('a GPU size with the lab\'s gpu_device: the VM asks for the device; a file without kubernetes: with --backend kubernetes', () => {
    write('gpu.yaml', K8S_LAB.replace('kube_context: research,', 'kube_context: research, gpu_device: nvidia.com/GA102GL_A10,')
      .replace('    size: S\n    image:', '    size: GPU-S\n    image:'));
    const r = rws(['lab', 'synth', 'gpu.yaml', '--out', 'tf-gpu'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    const vm = virtualMachines(terraform('tf-gpu')).find((v) => v.metadata.name === 'bob-ubuntu');
    expect(vm.spec.template.spec.domain.devices.gpus).toEqual([{ name: 'gpu1', deviceName: 'nvidia.com/GA102GL_A10' }]);

    // Every key of kubernetes: is optional; without the section the backend is named.
    write('plain.yaml', K8S_LAB.replace(/^kubernetes: .*\n/m, ''));
    const json = rwsJson(['lab', 'cost', 'plain.yaml', '--backend', 'kubernetes'], dir, SLOW);
    expect(json.code).toBe(0);
    expect(json.json).toMatchObject({ backend: 'kubernetes', basis: 'ec2-equivalent' });
    expect(json.json.workspaces).toHaveLength(3);
  });
});

describe('rws lab diagram and cost (kubernetes)', () => {
  test('mermaid: the namespace, the proxy, the NFS share, every workspace, virtctl and SSH access; arrows between declared ids', () => {
    const r = rws(['lab', 'diagram', 'k8s-lab.yaml', '--format', 'mermaid'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.startsWith('---\ntitle: "Lab genomics (Kubernetes, KubeVirt)"\n---\nflowchart LR\n')).toBe(true);
    for (const sub of ['people', 'access', 'workspaces', 'storage', 'network', 'internet']) expect(text).toContain(`  subgraph ${sub}["`);
    expect(text).toContain('a_virtctl["virtctl ssh and port-forward<br/>through the Kubernetes API server<br/>kubeconfig access to namespace lab-genomics"]');
    expect(text).toContain('a_ssh["SSH (port 22)<br/>from 10.99.0.0/16');
    expect(text).toContain('n_net["Kubernetes namespace<br/>namespace lab-genomics, context research, KubeVirt VMs<br/>default-deny NetworkPolicy');
    expect(text).toContain('n_proxy["Package proxy (squid)<br/>egress-proxy.lab-genomics.svc.cluster.local:3128');
    expect(text).toContain('s_fs["Shared NFS<br/>NFSv4.1 10.20.30.5:/export/genomics (user-subdirectories)');
    expect(text).toContain('KubeVirt VM · 60 GiB disk · egress proxied');
    expect(text).toMatch(/w_bob_offline\[".*egress none · stopped/);
    expect(text).toContain('2 members: Genomics #60;core#62; #38; friends');
    for (const edge of ['u_alice --> a_virtctl', 'u_bob --> a_ssh', 'a_virtctl --> w_alice_ml', 'a_ssh --> w_bob_ubuntu', 'workspaces ==>|"NFSv4.1"| s_fs',
      'w_bob_offline --> n_egress_none', 'w_alice_ml --> n_egress_proxied', 'n_egress_proxied -->|"HTTP proxy"| n_proxy', 'n_proxy -->|"allowlist only"| i_internet']) {
      expect(text).toContain(`  ${edge}\n`);
    }
    expect(text).not.toContain('n_egress_none --> i_internet');
    const lines = text.split('\n');
    expect(lines.filter((l) => /^\s+subgraph /.test(l)).length).toBe(lines.filter((l) => l.trim() === 'end').length);
    const ids = new Set([...text.matchAll(/^\s+(?:subgraph )?([A-Za-z0-9_]+)\["/gm)].map((m) => m[1]));
    const arrows = [...text.matchAll(/^\s{2}([A-Za-z0-9_]+) (?:-->|-\.->|==>)(?:\|"[^"]*"\|)? ([A-Za-z0-9_]+)$/gm)];
    expect(arrows.length).toBeGreaterThan(10);
    for (const m of arrows) expect(ids.has(m[1]) && ids.has(m[2])).toBe(true);
  });

  test('svg: well-formed and deterministic, every workspace named; --json names the groups', () => {
    const r = rws(['lab', 'diagram', 'k8s-lab.yaml', '--format', 'svg', '--out', 'k8s.svg'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/wrote k8s\.svg \(svg, \d+ boxes, \d+ arrows\)/);
    const svg = fs.readFileSync(path.join(dir, 'k8s.svg'), 'utf8');
    checkWellFormedXml(svg);
    expect(svg).toContain('<title>Lab genomics (Kubernetes, KubeVirt)</title>');
    for (const w of WORKSPACES) expect(svg).toContain(`font-weight="bold">${w}</tspan>`);
    expect(svg).toContain('Genomics &lt;core&gt; &amp; friends');
    const json = rwsJson(['lab', 'diagram', 'k8s-lab.yaml', '--format', 'svg'], dir, SLOW);
    expect(json.code).toBe(0);
    expect(json.json).toMatchObject({ lab: 'genomics', backend: 'kubernetes', format: 'svg' });
    expect(json.json.diagram).toBe(svg);
    expect(json.json.groups.find((g: any) => g.id === 'workspaces').nodes.map((n: any) => n.lines[0])).toEqual(WORKSPACES);
    expect(json.json.groups.find((g: any) => g.id === 'network').nodes.map((n: any) => n.id)).toEqual(['n_net', 'n_egress_none', 'n_egress_proxied', 'n_proxy']);
  });

  test('cost: EC2-equivalent prices from the table, said so; per owner and in all', () => {
    const prices = PriceTable.bundled();
    const m = prices.hourly(Sizes.ec2InstanceType(WorkspaceSize.M))!;
    const s = prices.hourly(Sizes.ec2InstanceType(WorkspaceSize.S))!;
    const r = rwsJson(['lab', 'cost', 'k8s-lab.yaml'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ lab: 'genomics', backend: 'kubernetes', basis: 'ec2-equivalent', hoursPerMonth: 730, businessHoursPerMonth: 176 });
    expect(r.json.workspaces.map((w: any) => [w.name, w.hourlyCost])).toEqual([['alice-ml', m], ['bob-offline', s], ['bob-ubuntu', s]]);
    expect(r.json.owners).toEqual([
      expect.objectContaining({ owner: 'alice', workspaces: 1, hourlyCost: m }),
      expect.objectContaining({ owner: 'bob', workspaces: 2 }),
    ]);
    expect(r.json.owners[1].hourlyCost).toBeCloseTo(2 * s, 9);
    expect(r.json.total.hourlyCost).toBeCloseTo(m + 2 * s, 9);
    expect(r.json.total.monthlyCost).toBeCloseTo((m + 2 * s) * 730, 6);
    expect(r.json.notes[0]).toContain('KubeVirt runs on your own Kubernetes cluster: these are the on-demand prices of the equivalent EC2 instance types');
    const text = rws(['lab', 'cost', 'k8s-lab.yaml'], dir, {}, SLOW);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('lab genomics (k8s-lab.yaml): 3 workspaces, EC2-equivalent prices: bundled on-demand prices');
    expect(text.stdout).toContain('root volumes, the NFS share, the package proxy and the network are not included');
  });
});

describe('bad Kubernetes lab files: file:line, field, value and fix; exit 2; nothing written', () => {
  test('an unknown key in kubernetes:', () => {
    write('typo.yaml', K8S_LAB.replace('kube_context: research', 'kube_contxt: research'));
    for (const cmd of ['synth', 'cost', 'diagram']) {
      const r = rws(['lab', cmd, 'typo.yaml', ...(cmd === 'synth' ? ['--out', 'bad'] : [])], dir, {}, SLOW);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^typo\.yaml:3:15: error unknown-field: kubernetes\.kube_contxt: unknown field "kube_contxt" is ignored; a misspelled setting would silently not apply\. Fix: did you mean "kube_context"\?/m);
    }
  });

  test('bad settings in kubernetes: and access_cidrs, all at once', () => {
    write('settings.yaml', K8S_LAB.replace('kube_context: research', 'kube_context: research, namespace: Lab_X, gpu_device: "nvidia com"')
      .replace('10.99.0.0/16', '10.99.0.0/40'));
    const r = rws(['lab', 'synth', 'settings.yaml', '--out', 'bad'], dir, {}, SLOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('settings.yaml: 3 problems in the lab definition');
    expect(r.stderr).toMatch(/settings\.yaml:3:\d+: error invalid-namespace: kubernetes\.namespace: .*\(got "Lab_X"\)/);
    expect(r.stderr).toMatch(/settings\.yaml:3:\d+: error invalid-gpu-device: kubernetes\.gpu_device: .*\(got "nvidia com"\)\. Fix: write e\.g\. nvidia\.com\/GA102GL_A10/);
    expect(r.stderr).toMatch(/settings\.yaml:9:\d+: error invalid-cidr: access_cidrs\[0\]: not a valid CIDR/);
  });

  test('an unknown template and a GPU size without gpu_device', () => {
    write('template.yaml', K8S_LAB.replace('template: debian-12', 'template: debian-99').replace('    size: S\n    image:', '    size: GPU-S\n    image:'));
    for (const cmd of ['synth', 'cost']) {
      const r = rws(['lab', cmd, 'template.yaml', ...(cmd === 'synth' ? ['--out', 'bad'] : [])], dir, {}, SLOW);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('template.yaml: 2 problems in the lab definition');
      expect(r.stderr).toMatch(/template\.yaml:12:\d+: error unknown-template: workspaces\[1\]\.template: workspace "bob-offline": no template with slug or name "debian-99"/);
      expect(r.stderr).toMatch(/template\.yaml:17:11: error no-gpu-device: workspaces\[2\]\.size: workspace "bob-ubuntu": size GPU-S has 1 GPU\(s\) and the lab names no KubeVirt GPU device \(got "GPU-S"\)\. Fix: add gpu_device to kubernetes:/);
    }
  });

  test('a proxied workspace whose policy allows no egress: the stack\'s policy check, at the workspace\'s egress', () => {
    write('policy-none.yaml', POLICY.replace('egress: proxied', 'egress: none'));
    write('egress.yaml', K8S_LAB.replace('policy: ./policy.yaml', 'policy: ./policy-none.yaml').replace('egress: proxied\n', 'egress: none\n')
      .replace('size: M, disk_gib: 60', 'size: M, egress: proxied, disk_gib: 60'));
    const r = rws(['lab', 'synth', 'egress.yaml', '--out', 'bad'], dir, {}, SLOW);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^egress\.yaml:11:\d+: error policy-egress-not-allowed: workspaces\[0\]\.egress: workspace "alice-ml": internet access "proxied" is more than the policy allows .*allows egress none at most/m);
    expect(r.stderr).not.toContain('bob-ubuntu');
  });

  test('a Kubernetes lab file with another backend named', () => {
    for (const backend of ['aws', 'proxmox']) {
      const r = rws(['lab', 'cost', 'k8s-lab.yaml', '--backend', backend], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`k8s-lab.yaml:3:1: this is a Kubernetes lab file (it has kubernetes:), not ${backend === 'aws' ? 'an AWS lab.yaml' : 'a Proxmox lab file'}. Fix: use --backend kubernetes`);
    }
  });

  test('no synthesis above left an output folder behind', () => {
    expect(fs.existsSync(path.join(dir, 'bad'))).toBe(false);
  });
});
