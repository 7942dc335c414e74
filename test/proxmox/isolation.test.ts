/**
 * Proxmox isolation (issue 12, items 3, 6 and the Proxmox part of 7): the datacenter firewall is
 * managed or stated, every guest's firewall has the IP and MAC filter on (DHCP guests too: the
 * DHCP pool), DNS goes only to a declared internal resolver, and the isolation check the stacks
 * run at synth catches each widening (mutation tests on the synthesized JSON and through escape
 * hatches). Snippets carry password hashes, never passwords. tf-validate checks every stack.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import {
  BCRYPT_STAND_IN, cleanTemp, cloudConfig, cloudInitSchema, firewallOf, LIFECYCLE_WALK, PERMIT_OPTIONS, permit, resources, shellcheck, synthApp,
  synthPermit, tempDir, tfValidateAll, userDataOf, vm, writtenFile,
} from './helpers';
import {
  EgressMode, PermitStatus, ProxmoxClusterSettings, ProxmoxDatacenterFirewall, ProxmoxLabStack,
  ProxmoxWorkspace, ProxmoxWorkspaceKind, ProxmoxWorkspaceProps, TemplateCatalog, UserRegistry,
} from '../../src';
import { checkProxmoxIsolation, isolationDeclarationsOf } from '../../src/constructs/proxmox/private/isolation';
import { ONE_TIME_PASSWORDS_PATH, oneTimePasswordsScript, PASSWORD_HASHES_PATH } from '../../src/constructs/proxmox/private/permit';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { readProxmoxLabFile } from '../../src/stacks/proxmox/proxmox-lab-file';
import { inputErrorOf as errorOf } from '../helpers/errors';

afterAll(cleanTemp);

const catalog = TemplateCatalog.bundled();
const CLUSTER: ProxmoxClusterSettings = {
  nodes: ['pve1'],
  dnsServers: ['10.0.0.2'],
  internalResolver: '10.0.0.53',
  datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED,
  dhcpPool: ['10.0.0.128/25'],
};
const registry = UserRegistry.fromProps({ users: [{ name: 'alice', groups: ['lab'] }], groups: [{ name: 'lab' }] });
const VM = 'proxmox_virtual_environment_vm';
const CT = 'proxmox_virtual_environment_container';

type Props = Partial<Omit<ProxmoxWorkspaceProps, 'template'>> & { template?: string };
type Built = { stack: TerraformStack; ws: ProxmoxWorkspace[] };

/** A stack with workspaces (id -> props). */
function labStack(app: App, workspaces: Record<string, Props>, id = 'lab'): Built {
  const stack = new TerraformStack(app, id);
  const ws = Object.entries(workspaces).map(([name, p]) => new ProxmoxWorkspace(stack, name, {
    cluster: CLUSTER, nodeName: 'pve1', registry, owner: 'alice', ...p, template: catalog.resolve(p.template ?? 'ubuntu-24-04'),
  }));
  return { stack, ws };
}

function synthLab(workspaces: Record<string, Props>) {
  let built: Built | undefined;
  const r = synthApp((app) => {
    built = labStack(app, workspaces);
    return built.stack;
  });
  return { ...r, ...built! };
}

function build(workspaces: Record<string, Props>): Built {
  return labStack(new App({ outdir: tempDir('unsynth'), skipValidation: true }), workspaces);
}

/** One of each lab mode: open DHCP, proxied DHCP, none static, proxied container (DHCP), open static. */
const MODES: Record<string, Props> = {
  'open-dhcp': { egress: EgressMode.OPEN },
  'proxied-dhcp': { egress: EgressMode.PROXIED, proxy: { address: '10.0.0.4', port: 3128 } },
  'none-static': { egress: EgressMode.NONE, address: { address: '10.0.0.40/24' }, storage: undefined },
  'proxied-ct': { egress: EgressMode.PROXIED, proxy: { address: '10.0.0.4', port: 3128 }, kind: ProxmoxWorkspaceKind.CONTAINER, template: 'rocky-9' },
  'open-static': { egress: EgressMode.OPEN, address: { address: '10.0.0.41/24', gateway: '10.0.0.1' }, accessCidrs: ['10.99.0.0/16'] },
};
const lab = synthLab(MODES);
const guest = (name: string) => vm(lab.json, name) ?? { ...resources(lab.json, CT).find((r) => r.body.initialization?.hostname === name)! };
const fwOf = (name: string) => firewallOf(lab.json, guest(name), vm(lab.json, name) ? VM : CT);

describe('the datacenter firewall: managed, or stated as managed elsewhere', () => {
  test('MANAGED: the stack has exactly one cluster firewall, enabled, ebtables on, hosts\' input DROP', () => {
    const dc = resources(lab.json, 'proxmox_virtual_environment_cluster_firewall');
    expect(dc).toHaveLength(1);
    expect(dc[0].body).toMatchObject({ enabled: true, ebtables: true, input_policy: 'DROP', output_policy: 'ACCEPT', forward_policy: 'ACCEPT' });
  });

  test('MANAGED_ELSEWHERE: the stack leaves it alone', () => {
    const elsewhere = { ...CLUSTER, datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE };
    const r = synthApp((app) => labStack(app, { ws: { cluster: elsewhere } }).stack);
    expect(resources(r.json, 'proxmox_virtual_environment_cluster_firewall')).toEqual([]);
  });

  test('unstated: the workspace, the permit environment and the lab file refuse, naming the field and the fix', () => {
    const e = errorOf(() => build({ ws: { cluster: { ...CLUSTER, datacenterFirewall: undefined } } }));
    expect(e.message).toContain('construct lab/ws: error datacenter-firewall-unstated: cluster.datacenterFirewall:');
    expect(e.message).toContain('ProxmoxDatacenterFirewall.MANAGED');
    expect(e.message).toContain('MANAGED_ELSEWHERE');

    const p = errorOf(() => synthPermit(permit(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING), {
      cluster: { ...PERMIT_OPTIONS.cluster, datacenterFirewall: undefined },
    }));
    expect(p.message).toContain('error datacenter-firewall-unstated: cluster.datacenterFirewall');

    const dir = tempDir('labfile');
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: x\ncluster:\n  nodes: [pve1]\nworkspaces:\n  - { name: a, template: ubuntu-24-04, node: pve1, address: { address: 10.0.0.9/24 } }\n');
    const f = errorOf(() => readProxmoxLabFile(file));
    expect(f.message).toMatch(/lab\.yaml:3:3: .*missing-field.*cluster\.datacenter_firewall|cluster\.datacenter_firewall.*required field "datacenter_firewall" is missing/);
    expect(f.message).toContain('datacenter_firewall: managed-elsewhere');
    fs.writeFileSync(file, 'name: x\ncluster:\n  nodes: [pve1]\n  datacenter_firewall: off\nworkspaces: []\n');
    expect(errorOf(() => readProxmoxLabFile(file)).message).toContain('unknown datacenter firewall mode');
  });

  test('the lab file reads datacenter_firewall, dhcp_pool and internal_resolver', () => {
    const dir = tempDir('labfile');
    const file = path.join(dir, 'lab.yaml');
    fs.writeFileSync(file, 'name: x\ncluster:\n  nodes: [pve1]\n  datacenter_firewall: managed-elsewhere\n  dhcp_pool: [10.0.0.128/25]\n  internal_resolver: 10.0.0.53\nworkspaces: []\n');
    expect(readProxmoxLabFile(file).props.cluster).toMatchObject({
      datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE, dhcpPool: ['10.0.0.128/25'], internalResolver: '10.0.0.53',
    });
  });
});

describe('every guest: firewall on, policies DROP, IP and MAC filter on (DHCP guests too)', () => {
  test.each(Object.keys(MODES))('%s', (name) => {
    const fw = fwOf(name);
    const mode = MODES[name];
    const dhcp = mode.address === undefined;
    expect(fw.options).toMatchObject({
      enabled: true, input_policy: 'DROP', output_policy: mode.egress === EgressMode.OPEN ? 'ACCEPT' : 'DROP', ipfilter: true, macfilter: true, dhcp,
    });
    const filter = fw.ipSets.find((s) => s.name === 'ipfilter-net0');
    // Before: a DHCP guest had ipfilter = false and no ipfilter-net0 set (it could send from any address).
    expect(filter.cidr).toEqual(dhcp ? [{ name: '10.0.0.128/25' }] : [{ name: mode.address!.address.split('/')[0] }]);
  });

  test('egress none needs a static address; DHCP needs cluster.dhcpPool; the pool may not hold a trusted address', () => {
    expect(errorOf(() => build({ ws: { egress: EgressMode.NONE } })).message)
      .toContain('construct lab/ws: error dhcp-with-egress-none: address: a workspace with egress "none" needs a static address');
    expect(errorOf(() => build({ ws: { cluster: { ...CLUSTER, dhcpPool: undefined } } })).message)
      .toContain('error dhcp-without-pool: address:');
    // A static address needs no pool.
    expect(() => build({ ws: { cluster: { ...CLUSTER, dhcpPool: undefined }, address: { address: '10.0.0.40/24' } } })).not.toThrow();
    const overlap = errorOf(() => build({ ws: { egress: EgressMode.PROXIED, proxy: { address: '10.0.0.200', port: 3128 } } }));
    expect(overlap.message).toContain('error dhcp-pool-holds-trusted-address: cluster.dhcpPool: 10.0.0.128/25 holds 10.0.0.200, the address of the proxy');
    expect(errorOf(() => build({ ws: { cluster: { ...CLUSTER, dhcpPool: ['10.0.0.129/25'] } } })).message)
      .toContain('error invalid-cidr: cluster.dhcpPool[0]: not an IPv4 network');
    expect(errorOf(() => build({ ws: { cluster: { ...CLUSTER, internalResolver: 'dns.example.org' } } })).message)
      .toContain('error invalid-address: cluster.internalResolver');
  });
});

describe('DNS: only to the declared internal resolver, never recursion to the internet', () => {
  const dnsRules = (name: string) => fwOf(name).rules.filter((r) => String(r.dport).split(',').includes('53'));

  test('none and proxied: DNS (53) only to cluster.internalResolver, which the guest is configured to use', () => {
    for (const name of ['proxied-dhcp', 'none-static', 'proxied-ct']) {
      expect(dnsRules(name).map((r) => [r.proto, r.dest])).toEqual([['udp', '10.0.0.53'], ['tcp', '10.0.0.53']]);
    }
    expect(vm(lab.json, 'none-static')!.body.initialization.dns).toEqual({ servers: ['10.0.0.53'] });
    expect(resources(lab.json, CT)[0].body.initialization.dns).toEqual({ servers: ['10.0.0.53'] });
  });

  test('without an internal resolver: no DNS rule at all, no resolver configured (names come from /etc/hosts)', () => {
    const r = synthLab({ ws: { egress: EgressMode.NONE, address: { address: '10.0.0.40/24' }, cluster: { ...CLUSTER, internalResolver: undefined } } });
    const fw = firewallOf(r.json, vm(r.json, 'ws')!);
    // Before: DNS to cluster.dnsServers (a recursive resolver: a tunnel to the internet).
    expect(fw.rules.filter((x) => x.dport === '53')).toEqual([]);
    expect(vm(r.json, 'ws')!.body.initialization.dns).toBeUndefined();
  });

  test('open: the cluster\'s resolvers, and no rules needed', () => {
    expect(vm(lab.json, 'open-dhcp')!.body.initialization.dns).toEqual({ servers: ['10.0.0.2'] });
    expect(dnsRules('open-dhcp')).toEqual([]);
  });

  test('permit workspaces in every phase have no DNS rule; only the package proxy resolves', () => {
    for (const [status, previous] of LIFECYCLE_WALK) {
      const p = synthPermit(permit(status, previous));
      for (const m of resources(p.json, VM)) {
        const rules = firewallOf(p.json, m).rules.filter((r) => r.type === 'out' && r.dport === '53');
        if (m.body.name.endsWith('-egress-proxy')) expect(rules.map((r) => r.dest)).toEqual(['10.20.0.2', '10.20.0.2']);
        else expect({ vm: m.body.name, rules }).toEqual({ vm: m.body.name, rules: [] });
      }
    }
  }, 120_000);
});

describe('the isolation check (run at synth) fails on every widening of the synthesized output', () => {
  const declared = isolationDeclarationsOf(lab.stack);
  const permitPhase = synthPermit(permit(PermitStatus.WORKSPACE_SETUP_PENDING, PermitStatus.DATA_PREPARATION_REVIEW_PENDING));
  const permitDeclared = isolationDeclarationsOf(permitPhase.stack);
  const clone = (j: any) => JSON.parse(JSON.stringify(j));
  const optionsOf = (json: any, name: string) => {
    const ref = `\${${vm(json, name) ? VM : CT}.${(vm(json, name) ?? resources(json, CT).find((r) => r.body.initialization?.hostname === name))!.name}.vm_id}`;
    return Object.values<any>(json.resource.proxmox_virtual_environment_firewall_options).find((o) => o.vm_id === ref || o.container_id === ref);
  };
  const rulesOf = (json: any, name: string) => {
    const ref = `\${${VM}.${vm(json, name)!.name}.vm_id}`;
    return Object.values<any>(json.resource.proxmox_virtual_environment_firewall_rules).find((o) => o.vm_id === ref);
  };
  const ipSetOf = (json: any, name: string, set: string) => {
    const ref = `\${${VM}.${vm(json, name)!.name}.vm_id}`;
    return Object.values<any>(json.resource.proxmox_virtual_environment_firewall_ipset).find((o) => o.vm_id === ref && o.name === set);
  };

  test('the unmodified lab and every permit phase pass', () => {
    expect(checkProxmoxIsolation(lab.json, declared)).toEqual([]);
    expect(checkProxmoxIsolation(permitPhase.json, permitDeclared)).toEqual([]);
  });

  const labMutations: Array<[string, (j: any) => void, RegExp]> = [
    ['an ACCEPT rule to anywhere added', (j) => rulesOf(j, 'none-static').rule.push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '443' }),
      /none-static.*rule out ACCEPT tcp port 443 was not declared/],
    ['an ACCEPT rule to a declared-looking address added', (j) => rulesOf(j, 'none-static').rule.push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '22', dest: '10.0.0.5' }),
      /rule out ACCEPT tcp port 22 to 10\.0\.0\.5 was not declared/],
    ['the output policy widened to ACCEPT', (j) => { optionsOf(j, 'none-static').output_policy = 'ACCEPT'; }, /none-static.*output_policy is "ACCEPT", must be "DROP"/],
    ['the output policy missing (provider default ACCEPT)', (j) => { delete optionsOf(j, 'proxied-dhcp').output_policy; }, /proxied-dhcp.*output_policy is undefined, must be "DROP"/],
    ['the input policy widened', (j) => { optionsOf(j, 'open-dhcp').input_policy = 'ACCEPT'; }, /open-dhcp.*input_policy is "ACCEPT"/],
    ['ipfilter off', (j) => { optionsOf(j, 'proxied-dhcp').ipfilter = false; }, /proxied-dhcp.*ipfilter is false, must be true/],
    ['ipfilter off on a container', (j) => { optionsOf(j, 'proxied-ct').ipfilter = false; }, /proxied-ct.*ipfilter is false/],
    ['macfilter off', (j) => { optionsOf(j, 'open-static').macfilter = false; }, /open-static.*macfilter is false/],
    ['the guest firewall disabled', (j) => { optionsOf(j, 'open-static').enabled = false; }, /open-static.*enabled is false/],
    ['DHCP allowed to a static guest', (j) => { optionsOf(j, 'none-static').dhcp = true; }, /none-static.*dhcp is true, must be false/],
    ['the interface\'s firewall flag off', (j) => { vm(j, 'none-static')!.body.network_device[0].firewall = false; }, /none-static.*interface 0 has firewall = false/],
    ['the firewall options removed', (j) => {
      const o = j.resource.proxmox_virtual_environment_firewall_options;
      for (const [k, v] of Object.entries<any>(o)) if (v === optionsOf(j, 'none-static')) delete o[k];
    }, /none-static.*0 firewall options resources/],
    ['ipfilter-net0 widened', (j) => ipSetOf(j, 'none-static', 'ipfilter-net0').cidr.push({ name: '10.0.0.0/24' }), /ipfilter-net0 holds 10\.0\.0\.0\/24, 10\.0\.0\.40, declared 10\.0\.0\.40/],
    ['the access IP set widened', (j) => { ipSetOf(j, 'open-static', 'rws-access').cidr = [{ name: '0.0.0.0/1' }, { name: '128.0.0.0/1' }]; }, /IP set rws-access holds 0\.0\.0\.0\/1/],
    ['DNS to a public resolver', (j) => rulesOf(j, 'none-static').rule.push({ type: 'out', action: 'ACCEPT', proto: 'udp', dport: '53', dest: '8.8.8.8' }),
      /lets DNS out to 8\.8\.8\.8: only the declared internal resolver \(10\.0\.0\.53\)/],
    ['DNS through a port range', (j) => rulesOf(j, 'none-static').rule.push({ type: 'out', action: 'ACCEPT', proto: 'udp', dport: '1:1024', dest: '10.0.0.2' }),
      /lets DNS out to 10\.0\.0\.2/],
    ['a security group rule', (j) => rulesOf(j, 'none-static').rule.push({ type: 'out', action: 'ACCEPT', security_group: 'anything' }), /security group anything/],
    ['the datacenter firewall disabled', (j) => { Object.values<any>(j.resource.proxmox_virtual_environment_cluster_firewall)[0].enabled = false; },
      /cluster_firewall.*enabled is false, must be true/],
    ['ebtables off (the MAC filter needs it)', (j) => { Object.values<any>(j.resource.proxmox_virtual_environment_cluster_firewall)[0].ebtables = false; }, /ebtables is false/],
    ['the datacenter firewall removed', (j) => { delete j.resource.proxmox_virtual_environment_cluster_firewall; }, /MANAGED but the stack has 0/],
  ];
  test.each(labMutations)('lab: %s', (_, mutate, expected) => {
    const j = clone(lab.json);
    mutate(j);
    const problems = checkProxmoxIsolation(j, declared);
    expect(problems.join('\n')).toMatch(expected);
  });

  test('a guest nobody declared (added by hand) is held to the strict default', () => {
    const j = clone(lab.json);
    j.resource[VM].handmade = { name: 'handmade', node_name: 'pve1', network_device: [{ bridge: 'vmbr0', firewall: false }] };
    const problems = checkProxmoxIsolation(j, declared).join('\n');
    expect(problems).toContain('proxmox_virtual_environment_vm.handmade (declared by no construct): interface 0 has firewall = false');
    expect(problems).toContain('handmade (declared by no construct): 0 firewall options resources');
    expect(problems).toContain('handmade (declared by no construct): no ipfilter-net0 IP set');
  });

  const permitMutations: Array<[string, (j: any) => void, RegExp]> = [
    ['the setup workspace gets a way around the proxy', (j) => rulesOf(j, 'p-042-researcher-setup').rule.push({ type: 'out', action: 'ACCEPT', proto: 'tcp', dport: '443', dest: '+rws-internet' }),
      /researcher-setup.*rule out ACCEPT tcp port 443 to \+rws-internet was not declared/],
    ['the setup workspace\'s output policy opened', (j) => { optionsOf(j, 'p-042-researcher-setup').output_policy = 'ACCEPT'; }, /researcher-setup.*output_policy is "ACCEPT"/],
    ['the proxy reaches private networks', (j) => { ipSetOf(j, 'p-042-egress-proxy', 'rws-internet').cidr = ipSetOf(j, 'p-042-egress-proxy', 'rws-internet').cidr.filter((c: any) => !c.nomatch); },
      /package proxy.*IP set rws-internet holds/],
    ['NFS opened to every address', (j) => { rulesOf(j, 'p-042-storage').rule[0].source = undefined; }, /storage server.*rule in ACCEPT tcp port 2049 was not declared/],
    ['the storage server\'s IP filter off', (j) => { optionsOf(j, 'p-042-storage').ipfilter = false; }, /storage server.*ipfilter is false/],
  ];
  test.each(permitMutations)('permit: %s', (_, mutate, expected) => {
    const j = clone(permitPhase.json);
    mutate(j);
    expect(checkProxmoxIsolation(j, permitDeclared).join('\n')).toMatch(expected);
  });

  test('an escape hatch that widens a guest fails synthesis (the check runs as a stack validation)', () => {
    const attempt = (hatch: (b: Built) => void) => {
      const app = new App({ outdir: tempDir('hatch') });
      const b = labStack(app, { ws: { egress: EgressMode.NONE, address: { address: '10.0.0.40/24' } } });
      hatch(b);
      return () => app.synth();
    };
    expect(attempt(() => undefined)).not.toThrow();
    expect(attempt((b) => b.ws[0].firewallOptions.addOverride('ipfilter', false))).toThrow(/Proxmox isolation: workspace ws \(egress none\).*ipfilter is false/);
    expect(attempt((b) => b.ws[0].firewallOptions.addOverride('output_policy', 'ACCEPT'))).toThrow(/output_policy is "ACCEPT", must be "DROP"/);
    expect(attempt((b) => b.ws[0].firewallRules!.addOverride('rule.0.dest', '0.0.0.0/0'))).toThrow(/lets DNS out to 0\.0\.0\.0\/0/);
    expect(attempt((b) => (b.stack.node.findChild('ProxmoxDatacenterFirewall') as any).addOverride('enabled', false))).toThrow(/enabled is false, must be true/);
  });
});

describe('snippets: password hashes only, never a password', () => {
  const p = synthPermit(permit(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING));
  const ingress = synthPermit(permit(PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.AWAITING_INGRESS));
  const snippets = (json: any) => resources(json, 'proxmox_virtual_environment_file').map((r) => r.body.source_raw.data as string);

  test('no snippet of any stack refers to a password in clear', () => {
    for (const json of [p.json, ingress.json, lab.json]) {
      for (const data of snippets(json)) expect(data).not.toMatch(/random_password\.[^}]+\.result/);
    }
    // Lab workspaces get no generated secret at all.
    for (const data of snippets(lab.json)) expect(data).not.toMatch(/random_password|tls_private_key/);
  });

  test.each([
    ['desktop (analysis)', () => userDataOf(p.json, vm(p.json, 'p-042-analysis')!.body), 'permit-accounts.service', 2],
    ['airlock', () => userDataOf(ingress.json, vm(ingress.json, 'p-042-ingress-airlock')!.body), 'permit-airlock.service', 2],
  ])('%s: hashes root-only, accounts.env without passwords, real passwords set with chpasswd -e', (_, text, unitName, accounts) => {
    const cfg = cloudConfig(text());
    const hashes = cfg.write_files.find((f: any) => f.path === PASSWORD_HASHES_PATH);
    expect(hashes).toMatchObject({ owner: 'root:root', permissions: '0600' });
    const lines = hashes.content.trim().split('\n');
    expect(lines).toHaveLength(accounts);
    for (const l of lines) expect(l).toMatch(new RegExp(`^[a-z_][a-z0-9_-]*:${BCRYPT_STAND_IN.replace(/\$/g, '\\$')}$`));
    expect(writtenFile(cfg, '/etc/permit/accounts.env')).not.toMatch(/PASSWORD/);
    const unit = writtenFile(cfg, `/etc/systemd/system/${unitName}`);
    expect(unit).toMatch(new RegExp(`ExecStart=/bin/bash ${ONE_TIME_PASSWORDS_PATH} /bin/bash /opt/permit/[a-z-]+\\.sh /bin/sh -c 'chpasswd -e <${PASSWORD_HASHES_PATH}`));
    const schema = cloudInitSchema(text());
    if (schema) expect(schema).toMatchObject({ status: 0 });
  });

  test('the one-time password wrapper: shellcheck clean, a fresh random password per account, then the command', () => {
    const script = oneTimePasswordsScript();
    const sc = shellcheck(script);
    if (sc) expect(sc).toMatchObject({ status: 0, output: '' });
    const f = path.join(tempDir('otp'), 'otp.sh');
    fs.writeFileSync(f, script);
    const run = () => spawnSync('bash', [f, 'bash', '-c', 'printf "%s\\n%s\\n%s" "$USER_PASSWORD" "$USER_PASSWORD_2" "${USER_PASSWORD_3-unset}"'], {
      encoding: 'utf8', env: { PATH: process.env.PATH, USER_COUNT: '2' },
    });
    const a = run();
    const b = run();
    expect(a.status).toBe(0);
    const [p1, p2, p3] = a.stdout.split('\n');
    expect(p1).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(p2).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(p3).toBe('unset');
    expect(p1).not.toBe(p2);
    expect(b.stdout.split('\n')[0]).not.toBe(p1);
    expect(spawnSync('bash', [f, 'true'], { encoding: 'utf8', env: { PATH: process.env.PATH, USER_COUNT: 'x;id' } }).status).toBe(1);
  });
});

describe('tf-validate: every synthesized stack of this file', () => {
  test('the lab of every mode, a stack managed elsewhere, a lab stack, and permit phases pass terraform validate', async () => {
    const elsewhere = synthApp((app) => labStack(app, { ws: { cluster: { ...CLUSTER, datacenterFirewall: ProxmoxDatacenterFirewall.MANAGED_ELSEWHERE } } }, 'elsewhere').stack);
    const labStackSynth = synthApp((app) => new ProxmoxLabStack(app, 'lab-stack', {
      labName: 'iso',
      cluster: CLUSTER,
      registry,
      workspaces: [
        { name: 'a', template: 'ubuntu-24-04', nodeName: 'pve1', owner: 'alice', egress: EgressMode.NONE, address: { address: '10.0.0.42/24' } },
        { name: 'b', template: 'ubuntu-24-04', nodeName: 'pve1', owner: 'alice' },
      ],
    }));
    const permits = [
      synthPermit(permit(PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.AWAITING_INGRESS)),
      synthPermit(permit(PermitStatus.WORKSPACE_SETUP_PENDING, PermitStatus.DATA_PREPARATION_REVIEW_PENDING)),
    ];
    expect(resources(labStackSynth.json, 'proxmox_virtual_environment_cluster_firewall')).toHaveLength(1);
    const results = await tfValidateAll([lab.dir, elsewhere.dir, labStackSynth.dir, ...permits.map((x) => x.dir)]);
    if (!results) return;
    for (const r of results) {
      expect({ dir: r.dir, status: r.status, output: r.status === 0 ? '' : r.output }).toEqual({ dir: r.dir, status: 0, output: '' });
      expect(r.output).not.toMatch(/not checked/);
    }
  }, 300_000);
});
