/**
 * The permit lifecycle on Proxmox: for every phase, which VMs exist and run, how data
 * volumes are attached (disks of the storage server, NFS exports and mounts with the plan's
 * access), the firewall, what is absent, and that nothing holding data is ever destroyed
 * before permit.deleted.
 */
import {
  addresses, cleanTemp, cloudConfig, cloudInitSchema, firewallOf, LIFECYCLE_WALK, PERMIT_OPTIONS, permit, resources, shellcheck, synthPermit,
  userDataOf, vm, writtenFile,
} from './helpers';
import {
  MountAccess, PermitLifecycle, PermitStatus, PermitWorkspaceRole, ProxmoxCloudImage, ProxmoxPermitEnvironment, ProxmoxPermitStack, WorkspaceSize,
} from '../../src';
import { storageScript } from '../../src/constructs/proxmox/private/permit';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { WorkspaceInputError } from '../../src/workspaces/private/error';

afterAll(cleanTemp);

const S = PermitStatus;
const R = PermitWorkspaceRole;
const ID = 'p-042';
const name = (role: string) => `${ID}-${role}`;
const ip = (host: number) => `10.42.7.${host}`;

/** Every phase of the walk, synthesized once. */
const phases = LIFECYCLE_WALK.map(([status, previous]) => ({ status, previous, ...synthPermit(permit(status, previous)) }));
const phase = (status: PermitStatus, previous?: PermitStatus) =>
  phases.find((p) => p.status === status && (previous === undefined || p.previous === previous))!;

/** VM name -> started, for a phase. */
function machines(json: any): Record<string, boolean> {
  return Object.fromEntries(resources(json, 'proxmox_virtual_environment_vm').map((r) => [r.body.name, r.body.started]));
}

/** `[volume, ro|rw, path]` of each NFS mount in a VM's cloud-config. */
function mountsOf(json: any, role: string): Array<[string, string, string]> {
  const cfg = cloudConfig(userDataOf(json, vm(json, name(role))!.body));
  return (cfg.mounts ?? []).map((m: string[]) => {
    expect(m[0]).toMatch(new RegExp(`^${ip(10).replace(/\./g, '\\.')}:/srv/permit/`));
    expect(m[2]).toBe('nfs4');
    return [m[0].replace(/^.*\/srv\/permit\//, ''), m[3].split(',')[0], m[1]];
  });
}

describe('machines per phase: which exist, which run (stopped = started false, never destroyed)', () => {
  test.each<[PermitStatus, PermitStatus | undefined, Record<string, boolean>]>([
    [S.AWAITING_INGRESS, undefined, {}],
    [S.INGRESS_IN_PROGRESS, undefined, { [name('storage')]: true, [name(R.INGRESS_AIRLOCK)]: true }],
    [S.DATA_PREPARATION_PENDING, undefined, { [name('storage')]: true, [name(R.HDAB_PREPROCESSING)]: true }],
    [S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING, { [name('storage')]: true, [name(R.HDAB_PREPROCESSING)]: false, [name(R.HDAB_REVIEW)]: true }],
    [S.DATA_PREPARATION_REWORK, undefined, { [name('storage')]: true, [name(R.HDAB_PREPROCESSING)]: true }],
    [S.WORKSPACE_SETUP_PENDING, undefined, { [name('storage')]: true, [name('egress-proxy')]: true, [name(R.RESEARCHER_SETUP)]: true }],
    [S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_PENDING, {
      [name('storage')]: true, [name('egress-proxy')]: false, [name(R.RESEARCHER_SETUP)]: false, [name(R.SETUP_REVIEW)]: true,
    }],
    [S.WORKSPACE_SETUP_REWORK, undefined, { [name('storage')]: true, [name('egress-proxy')]: true, [name(R.RESEARCHER_SETUP)]: true }],
    [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, { [name('storage')]: true, [name(R.ANALYSIS)]: true }],
    [S.ANALYSIS_STOPPED, undefined, { [name('storage')]: false, [name(R.ANALYSIS)]: false }],
    [S.ARCHIVED, undefined, { [name('storage')]: false }],
    [S.DELETED, undefined, {}],
  ])('%s', (status, previous, expected) => {
    const p = phase(status, previous);
    expect(machines(p.json)).toEqual(expected);
    for (const r of resources(p.json, 'proxmox_virtual_environment_vm')) expect(r.body.on_boot).toBe(r.body.started);
  });

  test('before ingress and after deletion nothing exists but the provider', () => {
    for (const s of [S.AWAITING_INGRESS, S.DELETED]) {
      const p = phase(s);
      expect(p.json.resource ?? {}).toEqual({});
      expect(p.json.terraform.required_providers.proxmox).toEqual({ source: 'bpg/proxmox', version: '~> 0.111.0' });
    }
  });

  test('every machine is in the permit\'s pool, tagged with permit, role, status and event', () => {
    const p = phase(S.DATA_PREPARATION_REVIEW_PENDING);
    expect(resources(p.json, 'proxmox_virtual_environment_pool').map((r) => r.body.pool_id)).toEqual(['permit-p-042']);
    for (const r of resources(p.json, 'proxmox_virtual_environment_vm')) {
      expect(r.body.pool_id).toMatch(/^\$\{proxmox_virtual_environment_pool\.[^.]+\.pool_id\}$/);
      expect(r.body.tags).toEqual(expect.arrayContaining(['rws', 'permit-p-042', 'status-data_preparation_review_pending', 'event-evt-0001']));
    }
    expect(vm(p.json, name('storage'))!.body.tags).toEqual(expect.arrayContaining(['role-storage', 'sensitive']));
  });

  test('each machine\'s Terraform address is the same in every phase it exists in (a stop is an update, never a replacement)', () => {
    const seen = new Map<string, string>();
    for (const p of phases) {
      for (const r of resources(p.json, 'proxmox_virtual_environment_vm')) {
        const before = seen.get(r.body.name);
        if (before) expect(r.name).toBe(before);
        seen.set(r.body.name, r.name);
      }
    }
    expect(seen.size).toBe(8);
  });
});

describe('data volumes: disks of the storage server, protected until permit.deleted', () => {
  const p = phase(S.INGRESS_IN_PROGRESS);
  const storage = vm(p.json, name('storage'))!.body;

  test('one disk per volume (an upload area per data holder, raw, prepared, outputs, project, the release area), backed up and replicated', () => {
    const data = storage.disk.filter((d: any) => d.interface !== 'scsi0');
    expect(data.map((d: any) => [d.interface, d.size])).toEqual([['scsi1', 50], ['scsi2', 50], ['scsi3', 100], ['scsi4', 100], ['scsi5', 20], ['scsi6', 20], ['scsi7', 20]]);
    for (const d of data) expect(d).toMatchObject({ backup: true, replicate: true, serial: expect.stringMatching(/^pv-[0-9a-f]{12}$/) });
    expect(new Set(data.map((d: any) => d.serial)).size).toBe(7);
  });

  test('the storage server has prevent_destroy in every phase that has volumes, and is absent only after deletion', () => {
    for (const ph of phases) {
      const s = vm(ph.json, name('storage'));
      const volumes = PermitLifecycle.plan(permit(ph.status, ph.previous)).volumes.length;
      if (volumes) {
        expect(s!.body.lifecycle).toEqual({ prevent_destroy: true });
        expect(ph.audit.protectedResources).toEqual([`proxmox_virtual_environment_vm.${s!.name}`]);
      } else {
        expect(s).toBeUndefined();
      }
    }
    expect(phase(S.DELETED).audit.resources).toEqual([]);
    expect(phase(S.ARCHIVED).audit.protectedResources).toHaveLength(1);
  });

  test('workspace VMs carry no data disk and no prevent_destroy (their data lives on the storage server)', () => {
    for (const ph of phases) {
      for (const r of resources(ph.json, 'proxmox_virtual_environment_vm').filter((x) => x.body.name !== name('storage'))) {
        expect(r.body.disk).toHaveLength(1);
        expect(r.body.lifecycle).toBeUndefined();
      }
    }
  });

  test('the storage server\'s configuration is the same in every phase (no reboot, no re-provisioning between events)', () => {
    const userData = new Set(phases.filter((ph) => vm(ph.json, name('storage'))).map((ph) => userDataOf(ph.json, vm(ph.json, name('storage'))!.body)));
    expect(userData.size).toBe(1);
  });

  test('its exports give each role exactly its access: read-only exports for read-only mounts', () => {
    const cfg = cloudConfig(userDataOf(p.json, storage));
    const exportsFile = writtenFile(cfg, '/etc/exports.d/permit.exports');
    const exported = Object.fromEntries(exportsFile.split('\n').filter((l) => l.startsWith('/srv')).map((l) => {
      const [dir, ...clients] = l.split(' ');
      return [dir.replace('/srv/permit/', ''), clients.map((c) => c.replace(/,.*\)$/, ')'))];
    }));
    expect(exported).toEqual({
      'upload-hospital-a': [`${ip(20)}(rw)`],
      'upload-lab-b': [`${ip(20)}(rw)`],
      'raw': [`${ip(21)}(ro)`],
      'prepared': [`${ip(21)}(rw)`, `${ip(22)}(ro)`, `${ip(25)}(ro)`],
      'outputs': [`${ip(25)}(rw)`],
      'project': [`${ip(23)}(rw)`, `${ip(24)}(ro)`, `${ip(25)}(rw)`],
      'release': [`${ip(25)}(rw)`],
    });
    // Root of a desktop is squashed; only the airlock (which must own each SFTP chroot) and the
    // analysis workspace's release service on the release area (root-owned snapshots) are not.
    expect(exportsFile).toMatch(/10\.42\.7\.20\(rw,sync,no_subtree_check,no_root_squash,sec=sys\)/);
    expect(exportsFile).toMatch(/^\/srv\/permit\/release 10\.42\.7\.25\(rw,sync,no_subtree_check,no_root_squash,sec=sys\)$/m);
    expect(exportsFile.match(/no_root_squash/g)).toHaveLength(3);
    expect(writtenFile(cfg, '/etc/nfs.conf.d/permit.conf')).toContain('vers3=n');
    expect(writtenFile(cfg, '/etc/permit/volumes.tsv')).toMatch(/pv-[0-9a-f]{12}\tupload-hospital-a\t0755\n/);
  });

  test('the storage script formats a disk only when blkid finds no signature at all, and passes shellcheck', () => {
    const script = storageScript();
    expect(script).toMatch(/blkid -p "\$dev" >\/dev\/null 2>&1 \|\| rc=\$\?\n {2}fresh=0\n {2}if \[ "\$rc" -eq 2 \]; then/);
    expect(script).toContain('not touching it');
    const sc = shellcheck(script);
    if (sc) expect(sc).toMatchObject({ status: 0 });
  });
});

describe('mounts per phase: the plan\'s access, mounted over NFS', () => {
  test.each<[PermitStatus, string, Array<[string, string, string]>]>([
    [S.INGRESS_IN_PROGRESS, R.INGRESS_AIRLOCK, [['upload-hospital-a', 'rw', '/uploads/hospital-a'], ['upload-lab-b', 'rw', '/uploads/lab-b']]],
    [S.DATA_PREPARATION_PENDING, R.HDAB_PREPROCESSING, [['raw', 'ro', '/data/raw'], ['prepared', 'rw', '/data/prepared']]],
    [S.DATA_PREPARATION_REVIEW_PENDING, R.HDAB_REVIEW, [['prepared', 'ro', '/data/prepared']]],
    [S.WORKSPACE_SETUP_PENDING, R.RESEARCHER_SETUP, [['project', 'rw', '/project']]],
    [S.WORKSPACE_SETUP_REVIEW_PENDING, R.SETUP_REVIEW, [['project', 'ro', '/project']]],
    [S.ANALYSIS_ACTIVE, R.ANALYSIS, [['prepared', 'ro', '/data/prepared'], ['outputs', 'rw', '/data/outputs'], ['project', 'rw', '/project'], ['release', 'rw', '/data/release']]],
  ])('%s: %s', (status, role, expected) => {
    const p = phase(status);
    expect(mountsOf(p.json, role)).toEqual(expected);
    const plan = PermitLifecycle.plan(permit(status));
    const planned = plan.workspaces.find((w) => w.role === role)!.mounts
      .map((m) => [m.volume, m.access === MountAccess.READ_ONLY ? 'ro' : 'rw', m.path]);
    // Beside the plan's mounts, the analysis workspace mounts the release area (test/release/release-proxmox.test.ts).
    expect(mountsOf(p.json, role).filter((m) => m[0] !== 'release')).toEqual(planned);
  });

  test('the setup phase mounts no sensitive data', () => {
    expect(mountsOf(phase(S.WORKSPACE_SETUP_PENDING).json, R.RESEARCHER_SETUP).map((m) => m[0])).toEqual(['project']);
  });
});

describe('firewall per phase', () => {
  test('analysis: RDP only from the gateway, out only NFS to the storage server; no DNS, no proxy, no internet', () => {
    const p = phase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING);
    const fw = firewallOf(p.json, vm(p.json, name(R.ANALYSIS))!);
    expect(fw.options).toMatchObject({ enabled: true, input_policy: 'DROP', output_policy: 'DROP', ipfilter: true, macfilter: true, dhcp: false });
    expect(fw.rules.map((r) => [r.type, r.proto, r.dport, r.source ?? r.dest])).toEqual([
      ['in', 'tcp', '3389', '+rws-gateway'],
      ['out', 'tcp', '2049', ip(10)],
    ]);
    expect(fw.ipSets.find((s) => s.name === 'rws-gateway').cidr).toEqual([{ name: '10.20.5.0/28' }]);
    expect(fw.ipSets.find((s) => s.name === 'ipfilter-net0').cidr).toEqual([{ name: ip(25) }]);
    expect(vm(p.json, name('egress-proxy'))).toBeUndefined();
    expect(writtenFile(cloudConfig(userDataOf(p.json, vm(p.json, name(R.ANALYSIS))!.body)), '/etc/permit/accounts.env')).not.toContain('PERMIT_HTTP_PROXY');
  });

  test('setup: out only to the package proxy (and NFS for the project folder); the proxy reaches public addresses on 80/443', () => {
    const p = phase(S.WORKSPACE_SETUP_PENDING);
    const fw = firewallOf(p.json, vm(p.json, name(R.RESEARCHER_SETUP))!);
    expect(fw.options.output_policy).toBe('DROP');
    expect(fw.rules.filter((r) => r.type === 'out').map((r) => [r.dport, r.dest])).toEqual([['2049', ip(10)], ['3128', ip(11)]]);
    expect(userDataOf(p.json, vm(p.json, name(R.RESEARCHER_SETUP))!.body)).toContain(`PERMIT_HTTP_PROXY='http://${ip(11)}:3128'`);

    const proxy = firewallOf(p.json, vm(p.json, name('egress-proxy'))!);
    expect(proxy.rules.map((r) => [r.type, r.proto, r.dport, r.source ?? r.dest])).toEqual([
      ['in', 'tcp', '3128', ip(23)],
      ['out', 'tcp', '80,443', '+rws-internet'],
      ['out', 'udp', '53', '10.20.0.2'],
      ['out', 'tcp', '53', '10.20.0.2'],
    ]);
    const internet = proxy.ipSets.find((s) => s.name === 'rws-internet').cidr;
    expect(internet.filter((c: any) => !c.nomatch).map((c: any) => c.name)).toEqual(['0.0.0.0/1', '128.0.0.0/1', '::/1', '8000::/1']);
    expect(internet.filter((c: any) => c.nomatch).map((c: any) => c.name)).toEqual(expect.arrayContaining(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '169.254.0.0/16', 'fc00::/7']));
    const squid = cloudConfig(userDataOf(p.json, vm(p.json, name('egress-proxy'))!.body));
    expect(writtenFile(squid, '/etc/squid/permit/allowed-domains.txt').split('\n').filter(Boolean)).toEqual(
      ['cloud.r-project.org', 'conda.anaconda.org', 'cran.r-project.org', 'files.pythonhosted.org', 'pypi.org', 'repo.anaconda.com']);
    expect(writtenFile(squid, '/etc/squid/permit/squid.conf')).toContain('http_access deny all');
  });

  test('ingress: SFTP only from the data holders\' CIDRs; the airlock reaches only the storage server', () => {
    const p = phase(S.INGRESS_IN_PROGRESS);
    const fw = firewallOf(p.json, vm(p.json, name(R.INGRESS_AIRLOCK))!);
    expect(fw.rules.map((r) => [r.type, r.proto, r.dport, r.source ?? r.dest])).toEqual([
      ['in', 'tcp', '22', '+rws-data-holders'],
      ['out', 'tcp', '2049', ip(10)],
    ]);
    expect(fw.ipSets.find((s) => s.name === 'rws-data-holders').cidr.map((c: any) => c.name)).toEqual(['203.0.113.0/24', '198.51.100.16/28', '2001:db8:100::/48']);
    const cfg = cloudConfig(userDataOf(p.json, vm(p.json, name(R.INGRESS_AIRLOCK))!.body));
    expect(writtenFile(cfg, '/etc/permit/sshd/sshd_config')).toContain('AllowUsers hospital-a lab-b');
    expect(cfg.write_files.find((f: any) => f.path === '/etc/permit/hostkey/ssh_host_ed25519_key')).toMatchObject({ encoding: 'b64', permissions: '0600' });
  });

  test('the storage server accepts NFS only from the workspaces running in the phase', () => {
    const cases: Array<[PermitStatus, PermitStatus | undefined, string[]]> = [
      [S.INGRESS_IN_PROGRESS, undefined, [ip(20)]],
      [S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING, [ip(22)]], // the stopped preprocessor cannot write while the data is reviewed
      [S.WORKSPACE_SETUP_REVIEW_PENDING, S.WORKSPACE_SETUP_PENDING, [ip(24)]],
      [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, [ip(25)]],
      [S.ANALYSIS_STOPPED, undefined, []],
      [S.ARCHIVED, undefined, []],
    ];
    for (const [status, previous, sources] of cases) {
      const p = phase(status, previous);
      const fw = firewallOf(p.json, vm(p.json, name('storage'))!);
      expect(fw.options.output_policy).toBe('DROP');
      expect(fw.rules.map((r) => `${r.type} ${r.dport} ${r.source}`)).toEqual(sources.map((s) => `in 2049 ${s}`));
    }
  });

  test('desktops take RDP only from the gateway', () => {
    const desktops: Array<[PermitStatus, string]> = [
      [S.DATA_PREPARATION_PENDING, R.HDAB_PREPROCESSING], [S.WORKSPACE_SETUP_REVIEW_PENDING, R.SETUP_REVIEW],
    ];
    for (const [status, role] of desktops) {
      const p = phase(status);
      const fw = firewallOf(p.json, vm(p.json, name(role))!);
      expect(fw.rules.filter((r) => r.type === 'in')).toEqual([expect.objectContaining({ dport: '3389', source: '+rws-gateway' })]);
    }
  });
});

describe('accounts, outputs and audit', () => {
  test('one generated password per account: only its bcrypt hash reaches the snippet; connections (with the password) are a sensitive output', () => {
    const p = phase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING);
    const raw = resources(p.json, 'proxmox_virtual_environment_file').map((r) => r.body.source_raw.data).find((d) => d.includes('# Permit p-042: workspace analysis'))!;
    // Before: USER_PASSWORD='${random_password.x.result}' in the snippet (the password in clear on the node and in the VM).
    expect(raw).not.toMatch(/random_password\.[^}]+\.result/);
    expect(raw).not.toContain('USER_PASSWORD=');
    expect(raw.match(/\$\{random_password\.[^}]+\.bcrypt_hash\}/g)).toHaveLength(2);
    expect(resources(p.json, 'random_password')).toHaveLength(2);
    const env = writtenFile(cloudConfig(userDataOf(p.json, vm(p.json, name(R.ANALYSIS))!.body)), '/etc/permit/accounts.env');
    expect(env).toMatch(/USER_COUNT='2'\nUSERNAME='alice'\nUSER_UID='\d+'/);
    expect(p.json.output.connections.sensitive).toBe(true);
    expect(p.json.output.workspace_status.value).toEqual({ analysis: 'running' });
    expect(p.json.output.addresses.value).toMatchObject({ analysis: ip(25), storage: ip(10) });
    expect(p.stack.environment.connections.map((c) => [c.username, c.host, c.port, c.protocol])).toEqual([['alice', ip(25), 3389, 'rdp'], ['bob', ip(25), 3389, 'rdp']]);
  });

  test('the airlock\'s host key fingerprint is an output while the airlock exists', () => {
    expect(phase(S.INGRESS_IN_PROGRESS).json.output.airlock_host_key_fingerprint).toBeDefined();
    expect(phase(S.DATA_PREPARATION_PENDING).json.output.airlock_host_key_fingerprint).toBeUndefined();
  });

  test('the audit record names the event, the changes and every resource', () => {
    const p = phase(S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING);
    expect(p.audit).toMatchObject({
      backend: 'proxmox',
      permitId: ID,
      stack: 'permit-p-042',
      status: S.DATA_PREPARATION_REVIEW_PENDING,
      previousStatus: S.DATA_PREPARATION_PENDING,
      eventId: 'evt-0001',
      eventIdLabel: 'event-evt-0001',
      replay: false,
      timestamp: '2025-01-01T00:00:00.000Z',
    });
    expect(p.audit.changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: R.HDAB_PREPROCESSING, change: 'stopped' }),
      expect.objectContaining({ name: R.HDAB_REVIEW, change: 'created' }),
    ]));
    expect(p.audit.resources).toEqual(addresses(p.json));
    expect(vm(p.json, name(R.HDAB_PREPROCESSING))!.body.description).toContain('This event: stopped (stopped; storage kept)');
  });

  test('an event id that is not a tag is sanitized in the tag and kept exactly in the audit record', () => {
    const p = synthPermit(permit(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, { eventId: 'Evt/${file("/etc/shadow")}' }));
    expect(p.audit.eventId).toBe('Evt/${file("/etc/shadow")}');
    expect(p.audit.eventIdLabel).toMatch(/^event-evt-file-etc-shadow-[0-9a-f]{8}$/);
    expect(vm(p.json, name('storage'))!.body.description).toContain('$${file(');
  });
});

describe('cloud-configs', () => {
  test('every cloud-config of every phase passes cloud-init schema', () => {
    const texts = new Set<string>();
    for (const ph of phases) for (const r of resources(ph.json, 'proxmox_virtual_environment_vm')) texts.add(userDataOf(ph.json, r.body));
    expect(texts.size).toBe(8);
    for (const t of texts) {
      const r = cloudInitSchema(t);
      if (!r) return;
      expect(r).toMatchObject({ status: 0 });
    }
  });
});

describe('options', () => {
  test('VM ids from vmIdBase, sizes and a downloaded image', () => {
    const p = synthPermit(permit(S.DATA_PREPARATION_PENDING), {
      vmIdBase: 4200,
      rawGiB: 500,
      desktopSize: WorkspaceSize.M,
      desktopDiskGiB: 40,
      image: ProxmoxCloudImage.fromUrl({ url: 'https://mirror.example.org/permit-desktop.qcow2', minimumDiskGiB: 8 }),
    });
    const storage = vm(p.json, name('storage'))!.body;
    const hpe = vm(p.json, name(R.HDAB_PREPROCESSING))!.body;
    expect(storage.vm_id).toBe(4200);
    expect(hpe.vm_id).toBe(4203);
    expect(storage.disk.find((d: any) => d.interface === 'scsi3').size).toBe(500);
    expect(hpe.cpu.cores).toBe(4);
    expect(hpe.memory.dedicated).toBe(16384);
    expect(hpe.disk[0]).toMatchObject({ size: 40, import_from: expect.stringMatching(/^\$\{proxmox_virtual_environment_download_file\./) });
    expect(resources(p.json, 'proxmox_virtual_environment_download_file')).toHaveLength(1);
  });
});

describe('bad input: one error naming the construct path, field, value and fix', () => {
  const build = (o: Partial<typeof PERMIT_OPTIONS>, status: PermitStatus = S.WORKSPACE_SETUP_PENDING) => () =>
    new ProxmoxPermitEnvironment(new TerraformStack(new App({ outdir: '/nonexistent-never-written' }), 'permit-p-042'), 'permit', {
      ...PERMIT_OPTIONS, ...o, plan: PermitLifecycle.plan(permit(status)),
    });

  test.each<[string, Partial<typeof PERMIT_OPTIONS>, RegExp]>([
    ['unknown node', { nodeName: 'pve7' }, /construct permit-p-042\/permit: error unknown-node: nodeName: "pve7" is not a node of the cluster \(pve1, pve2\) \(got "pve7"\)\. Fix: use one of pve1, pve2/],
    ['a network too small', { network: { cidr: '10.42.7.0/28' } }, /error invalid-network: network\.cidr: .*at least 32 addresses.*\(got "10\.42\.7\.0\/28"\)\. Fix: use e\.g\. 10\.42\.7\.0\/24/],
    ['a network with host bits', { network: { cidr: '10.42.7.5/24' } }, /error invalid-network: network\.cidr/],
    ['a gateway on a machine\'s address', { network: { cidr: '10.42.7.0/24', gateway: '10.42.7.25' } }, /error invalid-gateway: network\.gateway: the gateway takes the address of a permit machine/],
    ['no remote-desktop gateway', { gatewayCidrs: [] }, /error no-gateway: gatewayCidrs: no remote-desktop gateway network/],
    ['no DNS for the package proxy', { cluster: { nodes: ['pve1'] } }, /error no-dns-for-proxy: network\.dnsServers: .*Fix: pass network\.dnsServers/],
    ['a desktop disk smaller than the image', { desktopDiskGiB: 8 }, /error disk-too-small: desktopDiskGiB: the disk \(8 GiB\) is smaller than the image \(12 GiB\).*Fix: use desktopDiskGiB: 12 or more/],
    ['a GPU size for desktops', { desktopSize: WorkspaceSize.GPU_M }, /error size-without-mapping: desktopSize: size GPU-M has no Proxmox mapping/],
  ])('%s', (what, o, pattern) => {
    void what;
    expect(build(o)).toThrow(WorkspaceInputError);
    expect(build(o)).toThrow(pattern);
  });

  test('a stack named after another permit', () => {
    expect(() => new ProxmoxPermitStack(new App({ outdir: '/nonexistent-never-written' }), 'permit-other', { ...PERMIT_OPTIONS, permit: permit(S.INGRESS_IN_PROGRESS) }))
      .toThrow(/error invalid-stack-name: id: .*\(got "permit-other"\)\. Fix: use "permit-p-042"/);
  });
});
