/**
 * ProxmoxWorkspace: the VM or container a template becomes, its provisioning, firewall per
 * egress mode, tags and pool, and one clear error for bad input.
 */
import {
  cleanTemp, cloudInitSchema, deref, firewallOf, resources, shellcheck, snippetText, synthApp, userDataOf, vm,
} from './helpers';
import {
  EgressMode, OperatingSystem, ProxmoxCloudImage, ProxmoxClusterSettings, ProxmoxDatacenterFirewall, ProxmoxContainerTemplate, ProxmoxImageContent,
  ProxmoxWorkspace,
  ProxmoxWorkspaceKind, ProxmoxWorkspaceProps, TemplateCatalog, UserRegistry, WorkspacePolicy, WorkspaceSize,
} from '../../src';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { StorageSource } from '../../src/workspaces/userdata';
import { inputErrorOf as errorOf } from '../helpers/errors';

afterAll(cleanTemp);

const catalog = TemplateCatalog.bundled();
const cluster: ProxmoxClusterSettings = {
  nodes: ['pve1', 'pve2'], dnsServers: ['10.0.0.2'], ntpServers: ['10.0.0.3'], datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED, dhcpPool: ['10.0.0.128/25'],
};
const registry = UserRegistry.fromProps({
  users: [{ name: 'alice', groups: ['lab'] }, { name: 'bob', groups: ['lab'] }],
  groups: [{ name: 'lab' }],
});

type Props = Omit<ProxmoxWorkspaceProps, 'template' | 'cluster' | 'nodeName'> & { template?: string; cluster?: ProxmoxClusterSettings; nodeName?: string };

function synth(props: Props = {}, id = 'ws') {
  let ws: ProxmoxWorkspace | undefined;
  const r = synthApp((app) => {
    const stack = new TerraformStack(app, 'lab');
    ws = new ProxmoxWorkspace(stack, id, { cluster, nodeName: 'pve1', ...props, template: catalog.resolve(props.template ?? 'ubuntu-24-04') });
    return stack;
  });
  return { ...r, ws: ws! };
}

/** Builds a workspace without synthesizing (for the error tests). */
function build(props: Props = {}, id = 'ws'): ProxmoxWorkspace {
  const stack = new TerraformStack(new App({ outdir: '/nonexistent-never-written' }), 'lab');
  return new ProxmoxWorkspace(stack, id, { cluster, nodeName: 'pve1', ...props, template: catalog.resolve(props.template ?? 'ubuntu-24-04') });
}

describe('virtual machine from a cloud image', () => {
  const { json, ws } = synth({ size: WorkspaceSize.M, registry, owner: 'alice', poolId: 'genomics', labName: 'genomics', project: 'cancer', tags: { cost: 'grant-17' } });
  const machine = vm(json, 'ws')!;

  test('CPU, memory and disk come from the size and the template', () => {
    expect(machine.body.cpu).toEqual({ cores: 4, sockets: 1, type: 'x86-64-v2-AES' });
    expect(machine.body.memory).toEqual({ dedicated: 16384 });
    // ubuntu-24-04 asks for a 30 GiB root volume; the image needs 4.
    expect(machine.body.disk).toEqual([expect.objectContaining({ interface: 'scsi0', size: 30, datastore_id: 'local-lvm', backup: true })]);
    expect(ws.cores).toBe(4);
    expect(ws.memoryMiB).toBe(16384);
    expect(ws.diskGiB).toBe(30);
  });

  test('the boot disk is imported from the official image, downloaded to the node', () => {
    const dl = deref(json, machine.body.disk[0].import_from);
    expect(dl.type).toBe('proxmox_virtual_environment_download_file');
    expect(dl.body).toMatchObject({
      node_name: 'pve1',
      datastore_id: 'local',
      content_type: 'import',
      url: 'https://cloud-images.ubuntu.com/noble/current/noble-server-cloudimg-amd64.img',
      file_name: 'rws-lab-noble-server-cloudimg-amd64.qcow2',
      overwrite: false,
    });
    expect(machine.body.clone).toBeUndefined();
  });

  test('tags, pool, name, node, started', () => {
    expect(machine.body).toMatchObject({
      name: 'ws', node_name: 'pve1', pool_id: 'genomics', started: true, on_boot: true, stop_on_destroy: true, reboot_after_update: false,
    });
    expect(machine.body.tags).toEqual(['cost-grant-17', 'egress-open', 'lab-genomics', 'owner-alice', 'project-cancer', 'rws', 'size-m', 'template-ubuntu-24-04']);
  });

  test('cloud-init: the user-data of WorkspaceUserData (platform proxmox) as a snippet, the host name in the meta-data', () => {
    const ud = userDataOf(json, machine.body);
    expect(ud).toMatch(/^Content-Type: multipart\/mixed; boundary=/);
    expect(ud).toContain('Content-Type: text/cloud-config');
    expect(ud).toContain('filename="provision.sh"');
    expect(ud).toContain('RWS_PLATFORM=proxmox');
    const file = deref(json, machine.body.initialization.user_data_file_id).body;
    expect(file).toMatchObject({ content_type: 'snippets', datastore_id: 'local', node_name: 'pve1', lifecycle: { create_before_destroy: true } });
    expect(file.source_raw.file_name).toMatch(/^rws-ws-user-data-[0-9a-f]{12}\.yaml$/);
    const meta = deref(json, machine.body.initialization.meta_data_file_id).body.source_raw.data;
    expect(meta).toMatch(/^instance-id: ws-[0-9a-f]{12}\nlocal-hostname: ws\n$/);
    expect(machine.body.initialization.ip_config).toEqual([{ ipv4: { address: 'dhcp' } }]);
  });

  test('the cloud-config part passes cloud-init schema', () => {
    const ud = userDataOf(json, machine.body);
    const part = ud.split(/\n--==RWS-PVE-[0-9a-f]+==/)[1].split('\n\n').slice(1).join('\n\n');
    expect(part.startsWith('#cloud-config')).toBe(true);
    const r = cloudInitSchema(part);
    if (r) expect(r).toMatchObject({ status: 0 });
  });

  test('the network interface has the firewall on', () => {
    expect(machine.body.network_device).toEqual([expect.objectContaining({ bridge: 'vmbr0', model: 'virtio', firewall: true, enabled: true, disconnected: false })]);
  });
});

describe('boot disk sources', () => {
  test('iso content: the image is copied with file_id', () => {
    const { json } = synth({ cluster: { ...cluster, imageContent: ProxmoxImageContent.ISO } });
    const disk = vm(json, 'ws')!.body.disk[0];
    expect(disk.import_from).toBeUndefined();
    const dl = deref(json, disk.file_id).body;
    expect(dl).toMatchObject({ content_type: 'iso', file_name: 'rws-lab-noble-server-cloudimg-amd64.img' });
  });

  test('a template VM is cloned in full, without a download', () => {
    const { json } = synth({ image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9000, diskGiB: 20, nodeName: 'pve2' }) });
    const body = vm(json, 'ws')!.body;
    expect(body.clone).toEqual({ vm_id: 9000, node_name: 'pve2', full: true, datastore_id: 'local-lvm' });
    expect(body.disk[0].import_from).toBeUndefined();
    expect(resources(json, 'proxmox_virtual_environment_download_file')).toHaveLength(0);
  });

  test('Debian and Rocky use their official images; two workspaces on a node share one download', () => {
    const { json } = synthApp((app) => {
      const stack = new TerraformStack(app, 'lab');
      for (const [id, t] of [['d1', 'debian-12'], ['d2', 'debian-12'], ['r1', 'rocky-9']]) {
        new ProxmoxWorkspace(stack, id, { cluster, nodeName: 'pve1', template: catalog.resolve(t) });
      }
      return stack;
    });
    expect(resources(json, 'proxmox_virtual_environment_download_file').map((r) => r.body.url).sort()).toEqual([
      'https://cloud.debian.org/images/cloud/bookworm/latest/debian-12-genericcloud-amd64.qcow2',
      'https://dl.rockylinux.org/pub/rocky/9/images/x86_64/Rocky-9-GenericCloud-Base.latest.x86_64.qcow2',
    ]);
  });
});

describe('firewall per egress mode', () => {
  test('open: everything out, nothing in without access networks', () => {
    const { json } = synth({ egress: EgressMode.OPEN });
    const fw = firewallOf(json, vm(json, 'ws')!);
    expect(fw.options).toMatchObject({ enabled: true, input_policy: 'DROP', output_policy: 'ACCEPT', macfilter: true, dhcp: true, node_name: 'pve1' });
    expect(fw.rules).toEqual([]);
  });

  test('none: DNS only to the internal resolver (never the recursive dnsServers), NTP, NFS to the lab share and the allowed endpoints; nothing else', () => {
    const { json, ws } = synth({
      cluster: { ...cluster, internalResolver: '10.0.0.53' },
      address: { address: '10.0.0.40/24' },
      egress: EgressMode.NONE,
      registry,
      owner: 'alice',
      storage: { source: StorageSource.nfs({ server: '10.0.0.5', exportPath: '/export/lab' }) },
      allowedEndpoints: [{ address: '10.0.9.0/24', port: 443, comment: 'package mirror' }],
      proxy: { address: '10.0.0.4', port: 3128 },
    });
    expect(ws.egress).toBe(EgressMode.NONE);
    const fw = firewallOf(json, vm(json, 'ws')!);
    expect(fw.options.output_policy).toBe('DROP');
    expect(fw.rules.map((r) => [r.type, r.proto, r.dport, r.dest])).toEqual([
      ['out', 'udp', '53', '10.0.0.53'], ['out', 'tcp', '53', '10.0.0.53'], ['out', 'udp', '123', '10.0.0.3'],
      ['out', 'tcp', '2049', '10.0.0.5'], ['out', 'tcp', '443', '10.0.9.0/24'],
    ]);
    // The recursive resolvers of open workspaces (cluster.dnsServers) are neither reachable nor configured.
    expect(fw.rules.some((r) => r.dest === '10.0.0.2')).toBe(false);
    expect(vm(json, 'ws')!.body.initialization.dns).toEqual({ servers: ['10.0.0.53'] });
    // The proxy given for other workspaces is not reachable from this one.
    expect(fw.rules.some((r) => r.dest === '10.0.0.4')).toBe(false);
    expect(userDataOf(json, vm(json, 'ws')!.body)).not.toContain('rws-proxy');
  });

  test('proxied: only the proxy beside DNS/NTP, and the machine is configured to use it', () => {
    const { json } = synth({ egress: EgressMode.PROXIED, proxy: { address: '10.0.0.4', port: 3128 } });
    const fw = firewallOf(json, vm(json, 'ws')!);
    expect(fw.options.output_policy).toBe('DROP');
    expect(fw.rules.filter((r) => r.type === 'out' && r.dport !== '53' && r.dport !== '123')).toEqual([
      expect.objectContaining({ proto: 'tcp', dport: '3128', dest: '10.0.0.4', action: 'ACCEPT' }),
    ]);
    const ud = userDataOf(json, vm(json, 'ws')!.body);
    const shellPart = ud.slice(ud.indexOf('filename="provision.sh"'));
    expect(shellPart).toContain("proxy='http://10.0.0.4:3128'");
    expect(shellPart).toContain('Acquire::http::Proxy');
    // The proxy is exported before the provisioning starts, so it inherits it.
    expect(shellPart.indexOf('export http_proxy=')).toBeLessThan(shellPart.indexOf('exec /bin/bash'));
    const script = shellPart.split('\n\n').slice(1).join('\n\n').split(/\n--==RWS-PVE-/)[0];
    const sc = shellcheck(script);
    if (sc) expect(sc).toMatchObject({ status: 0 });
  });

  test('access networks reach SSH only (services on loopback are port-forwarded)', () => {
    const { json } = synth({ template: 'desktop-rdp', accessCidrs: ['10.99.0.0/16'], size: WorkspaceSize.M });
    const fw = firewallOf(json, vm(json, 'ws')!);
    expect(fw.ipSets.filter((s) => s.name !== 'ipfilter-net0')).toEqual([expect.objectContaining({ name: 'rws-access', cidr: [{ name: '10.99.0.0/16' }] })]);
    expect(fw.rules).toEqual([expect.objectContaining({ type: 'in', proto: 'tcp', dport: '22', source: '+rws-access' })]);
  });

  test('a static address: ip_config and an ipfilter set, so the VM cannot send from another address', () => {
    const { json } = synth({ address: { address: '10.20.30.40/24', gateway: '10.20.30.1' } });
    const body = vm(json, 'ws')!.body;
    expect(body.initialization.ip_config).toEqual([{ ipv4: { address: '10.20.30.40/24', gateway: '10.20.30.1' } }]);
    const fw = firewallOf(json, vm(json, 'ws')!);
    expect(fw.options).toMatchObject({ ipfilter: true, dhcp: false });
    expect(fw.ipSets).toEqual([expect.objectContaining({ name: 'ipfilter-net0', cidr: [{ name: '10.20.30.40' }] })]);
  });

  test('the egress mode defaults to the policy\'s', () => {
    const policy = new WorkspacePolicy({ name: 'strict', egress: EgressMode.NONE });
    const { ws } = synth({ policy, address: { address: '10.0.0.40/24' } });
    expect(ws.egress).toBe(EgressMode.NONE);
  });
});

describe('GPU sizes', () => {
  test('a mapped GPU size passes the cluster\'s PCI mappings through on q35', () => {
    const { json } = synth({
      template: 'gpu-deep-learning',
      registry,
      owner: 'alice',
      size: WorkspaceSize.GPU_S,
      sizeMappings: [{ size: WorkspaceSize.GPU_S, pciMappings: ['nvidia-l4'], memoryMiB: 24576 }],
    });
    const body = vm(json, 'ws')!.body;
    expect(body.machine).toBe('q35');
    expect(body.hostpci).toEqual([{ device: 'hostpci0', mapping: 'nvidia-l4', pcie: true, rombar: true }]);
    expect(body.memory).toEqual({ dedicated: 24576 });
    expect(body.cpu.cores).toBe(4);
  });
});

describe('LXC container workspace', () => {
  const { json, ws } = synth({ template: 'rocky-9', kind: ProxmoxWorkspaceKind.CONTAINER, egress: EgressMode.PROXIED, proxy: { address: '10.0.0.4', port: 3128 } });
  const ct = resources(json, 'proxmox_virtual_environment_container')[0];

  test('an unprivileged container with nesting and keyctl (Podman), from the Proxmox template', () => {
    expect(ws.kind).toBe(ProxmoxWorkspaceKind.CONTAINER);
    expect(resources(json, 'proxmox_virtual_environment_vm')).toHaveLength(0);
    expect(ct.body).toMatchObject({
      unprivileged: true,
      features: { nesting: true, keyctl: true },
      cpu: { cores: 2 },
      memory: { dedicated: 4096, swap: 0 },
      disk: { datastore_id: 'local-lvm', size: 30 },
      initialization: { hostname: 'ws' },
      network_interface: [{ name: 'eth0', bridge: 'vmbr0', firewall: true }],
    });
    expect(deref(json, ct.body.operating_system.template_file_id).body).toMatchObject({
      content_type: 'vztmpl', url: 'https://download.proxmox.com/images/system/rockylinux-9-default_20240912_amd64.tar.xz',
    });
    expect(ct.body.operating_system.type).toBe('centos');
  });

  test('the hook script provisions it from the node, through the proxy, and passes shellcheck', () => {
    const hook = deref(json, ct.body.hook_script_file_id).body;
    expect(hook).toMatchObject({ content_type: 'snippets', file_mode: '0700' });
    const script = snippetText(hook.source_raw.data);
    expect(script).toContain('[ "$phase" = post-start ] || exit 0');
    expect(script).toContain('pct push "$vmid" "$tmp/provision.sh" /root/rws-provision.sh --perms 0700');
    expect(script).toContain("env http_proxy='http://10.0.0.4:3128'");
    expect(script).toContain('grep -qx ok /var/lib/research-workspace/status');
    const sc = shellcheck(script);
    if (sc) expect(sc).toMatchObject({ status: 0 });
  });

  test('its firewall names the container', () => {
    const fw = firewallOf(json, ct, 'proxmox_virtual_environment_container');
    expect(fw.options).toMatchObject({ output_policy: 'DROP', container_id: `\${proxmox_virtual_environment_container.${ct.name}.vm_id}` });
    expect(fw.rules.map((r) => r.dest)).toContain('10.0.0.4');
  });

  test('a container template of your own', () => {
    const r = synth({ template: 'debian-12', kind: ProxmoxWorkspaceKind.CONTAINER, containerTemplate: ProxmoxContainerTemplate.fromFileId('local:vztmpl/debian-12-custom.tar.zst', 'debian') });
    const body = resources(r.json, 'proxmox_virtual_environment_container')[0].body;
    expect(body.operating_system).toEqual({ template_file_id: 'local:vztmpl/debian-12-custom.tar.zst', type: 'debian' });
    expect(resources(r.json, 'proxmox_virtual_environment_download_file')).toHaveLength(0);
  });
});

describe('stopped workspace', () => {
  test('started = false and not started at boot', () => {
    const { json } = synth({ started: false });
    expect(vm(json, 'ws')!.body).toMatchObject({ started: false, on_boot: false });
  });
});

describe('bad input: one error naming the construct path, field, value and fix', () => {
  test.each<[string, Props, RegExp[]]>([
    ['unknown node', { nodeName: 'pve9' }, [/construct lab\/ws: error unknown-node: nodeName: "pve9" is not a node of the cluster \(pve1, pve2\) \(got "pve9"\)\. Fix: use one of pve1, pve2, or add "pve9" to cluster\.nodes/]],
    ['a GPU size without a mapping', { template: 'gpu-deep-learning', registry, owner: 'alice', size: WorkspaceSize.GPU_S },
      [/construct lab\/ws: error size-without-mapping: size: size GPU-S has no Proxmox mapping.*\(got "GPU-S"\)\. Fix: add sizeMappings: \[\{ size: WorkspaceSize\.GPU_S, pciMappings: \['<gpu mapping>'\] \}\]/]],
    ['a disk smaller than the cloud image', { template: 'rocky-9', diskGiB: 8 },
      [/error disk-too-small: diskGiB: the disk \(8 GiB\) is smaller than the image https:\/\/dl\.rockylinux\.org\/\S+ \(10 GiB\).*\(got 8\)\. Fix: use diskGiB: 10 or more/]],
    ['a disk smaller than the template VM\'s', { image: ProxmoxCloudImage.fromTemplateVm({ vmId: 9000, diskGiB: 40 }), diskGiB: 32 },
      [/error disk-too-small: diskGiB: the disk \(32 GiB\) is smaller than the template VM 9000's disk \(40 GiB\).*Fix: use diskGiB: 40 or more/]],
    ['proxied egress without a proxy', { egress: EgressMode.PROXIED }, [/error missing-proxy: proxy: egress "proxied" needs the proxy.*Fix: pass proxy: \{ address: "10\.10\.0\.3", port: 3128 \}/]],
    ['a proxy by host name', { egress: EgressMode.PROXIED, proxy: { address: 'proxy.example.org', port: 3128 } }, [/error invalid-address: proxy\.address: the proxy must be an IP address.*\(got "proxy\.example\.org"\)/]],
    ['an NFS server by name behind a closed firewall', { egress: EgressMode.NONE, storage: { source: StorageSource.nfs({ server: 'nas.example.org', exportPath: '/lab' }) } },
      [/error nfs-server-not-address: storage\.source: .*"nas\.example\.org" is a host name.*Fix: give StorageSource\.nfs\(\{ server \}\) the NFS server's IP address/]],
    ['a workspace name that is no host name', {}, [/error invalid-name: workspaceName: .*\(got "Alice_ML"\)\. Fix: use e\.g\. "alice-ml"/]],
    ['access for everyone', { accessCidrs: ['0.0.0.0/0'] }, [/error invalid-cidr: accessCidrs\[0\]: not a valid CIDR: 0\.0\.0\.0\/0 would open/]],
    ['an Amazon Linux template without an image', { template: 'amazon-linux-2023' }, [/error no-cloud-image: image: template "amazon-linux-2023" is based on amazonlinux-2023.*Fix: pass image: ProxmoxCloudImage\.fromUrl/]],
    ['NFS in a container', { kind: ProxmoxWorkspaceKind.CONTAINER, storage: { source: StorageSource.nfs({ server: '10.0.0.5', exportPath: '/lab' }) } }, [/error nfs-in-container: storage:/]],
    ['an owner not in the registry', { registry, owner: 'mallory' }, [/construct lab\/ws: error .*owner.*mallory/]],
    ['a VM id out of range', { vmId: 42 }, [/error invalid-vm-id: vmId: .*\(got 42\)/]],
  ])('%s', (what, props, patterns) => {
    void what;
    const e = errorOf(() => build(props, what === 'a workspace name that is no host name' ? 'Alice_ML' : 'ws'));
    for (const p of patterns) expect(e.message).toMatch(p);
  });

  test('egress above the policy\'s is refused with the policy\'s origin and fix', () => {
    const policy = new WorkspacePolicy({ name: 'genomics', source: 'policy.yaml', egress: EgressMode.PROXIED });
    const e = errorOf(() => build({ policy, egress: EgressMode.OPEN }));
    expect(e.message).toMatch(/construct lab\/ws: error policy-egress-not-allowed: egress: workspace "ws": internet access "open" is more than the policy allows.*policy "genomics" \(policy\.yaml\).*Fix: use the proxied egress mode/);
  });

  test('several problems are reported at once', () => {
    const e = errorOf(() => build({ nodeName: 'nowhere', diskGiB: 1, egress: EgressMode.PROXIED }));
    expect(e.message).toMatch(/^lab\/ws: 3 problems in the Proxmox workspace/);
    expect(e.diagnostics.map((d) => d.code).sort()).toEqual(['disk-too-small', 'missing-proxy', 'unknown-node']);
  });

  test('ProxmoxCloudImage.forOs names the bases it knows', () => {
    expect(() => ProxmoxCloudImage.forOs(OperatingSystem.AMAZON_LINUX_2023)).toThrow(/no-cloud-image: os: .*\(got "amazonlinux-2023"\)\. Fix: use a template based on ubuntu-22\.04, ubuntu-24\.04, debian-12, rocky-9/);
  });
});
