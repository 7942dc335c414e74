/**
 * `rws permit synth`: the real binary synthesizes one permit's stack for each backend into a
 * temporary folder; the tests read what it wrote.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ensureBuilt, keyPair, rws, rwsJson, tempDir } from './helpers';

/** Synthesis loads aws-cdk-lib or cdktf and builds a stack: slower than the other commands on a loaded machine. */
const SLOW = 240_000;

let dir: string;

const PERMIT = `# permit p-2025-001
id: p-2025-001
data_holders:
  - { id: hospital-a, allowed_cidrs: [203.0.113.0/24] }
  - id: registry-b
    allowed_cidrs: [198.51.100.0/24]
researchers: [alice, { name: bob, uid: 7001 }]
hdab_preprocessor: { name: hdab-anna, uid: 7100 }
hdab_reviewer: hdab-ben
egress_allowed_domains: [pypi.org, cran.r-project.org]
`;

const KUBERNETES = `# settings of the permit's cluster
storage_class_name: ceph-rbd
shared_storage_class_name: cephfs
gateway_namespace: remote-desktop
kube_context: research
`;

const PROXMOX = `cluster: { nodes: [pve1, pve2], disk_datastore_id: local-zfs, snippet_datastore_id: snippets, dns_servers: [10.20.0.2], datacenter_firewall: managed }
node: pve2
network: { cidr: 10.42.7.0/24, bridge: vmbr2, vlan_id: 407 }
image: { template_vm: 9000, disk_gib: 12 }
gateway_cidrs: [10.20.5.0/28]
vm_id_base: 4200
api: { endpoint: "https://pve1.example.org:8006/" }
`;

function readJson(file: string): any {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('synth');
  fs.writeFileSync(path.join(dir, 'permit.yaml'), PERMIT);
  fs.writeFileSync(path.join(dir, 'bad-permit.yaml'), PERMIT.replace('198.51.100.0/24', '198.51.100.7/24'));
  fs.writeFileSync(path.join(dir, 'kubernetes.yaml'), KUBERNETES);
  fs.writeFileSync(path.join(dir, 'proxmox.yaml'), PROXMOX);
  fs.writeFileSync(path.join(dir, 'users.yaml'), 'users:\n  - name: alice\n    uid: 5050\n');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('rws permit synth --backend kubernetes', () => {
  test('analysis phase: permit-<id> with its audit record, no egress rule at all, the config applied; --json parses', () => {
    const r = rwsJson(['permit', 'synth', '--permit', 'permit.yaml', '--status', 'ANALYSIS_ACTIVE', '--previous', 'WORKSPACE_SETUP_REVIEW_PENDING',
      '--event-id', 'evt-42', '--timestamp', '2025-06-30T12:00:00Z', '--backend', 'kubernetes', '--config', 'kubernetes.yaml', '--out', 'k8s'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ backend: 'kubernetes', permitId: 'p-2025-001', stack: 'permit-p-2025-001', status: 'ANALYSIS_ACTIVE', eventId: 'evt-42' });
    expect(r.json.files).toEqual([path.join('k8s', 'stacks', 'permit-p-2025-001', 'cdk.tf.json'), path.join('k8s', 'stacks', 'permit-p-2025-001', 'audit.json')]);
    expect(r.json.workspaces.map((w: any) => `${w.role}:${w.state}:${w.network}`)).toEqual(['analysis:running:none']);
    expect(r.stderr).toContain('uids of registry users from users.yaml');

    const stackDir = path.join(dir, 'k8s', 'stacks', 'permit-p-2025-001');
    const tf = readJson(path.join(stackDir, 'cdk.tf.json'));
    const policies = Object.values<any>(tf.resource.kubernetes_network_policy_v1);
    expect(policies.length).toBeGreaterThan(0);
    // Default deny for egress, and no policy that allows any egress: no DNS, no proxy, no internet.
    expect(policies.some((p) => p.spec.policy_types.includes('Egress') && !p.spec.egress)).toBe(true);
    for (const p of policies) expect(p.spec.egress ?? []).toEqual([]);
    const claims = Object.values<any>(tf.resource.kubernetes_persistent_volume_claim_v1);
    expect(claims.map((c) => c.spec.storage_class_name)).toEqual(expect.arrayContaining(['ceph-rbd', 'cephfs']));
    expect(claims.every((c) => c.lifecycle?.prevent_destroy === true)).toBe(true);
    expect(tf.variable.kube_context.default).toBe('research');

    const audit = readJson(path.join(stackDir, 'audit.json'));
    expect(audit).toMatchObject({ stack: 'permit-p-2025-001', status: 'ANALYSIS_ACTIVE', previousStatus: 'WORKSPACE_SETUP_REVIEW_PENDING', eventId: 'evt-42', timestamp: '2025-06-30T12:00:00Z' });
    expect(r.json.resources).toEqual(audit.resources);
    expect(r.json.resourceCount).toBe(audit.resources.length);
    expect(r.json.protectedResources).toEqual(audit.protectedResources);
    expect(Object.values<number>(r.json.resourceTypes).reduce((a, b) => a + b, 0)).toBe(audit.resources.length);
  });

  test('the summary: stack, resources, workspaces and their state, the files written, the next step', () => {
    const r = rws(['permit', 'synth', '--id', 'p-9', '--status', 'permit.workspace.stop_requested', '--previous', 'ANALYSIS_ACTIVE',
      '--backend', 'kubernetes', '--out', 'k8s-demo'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('using the built-in demo permit with id p-9');
    expect(r.stdout).toContain('permit p-9: ANALYSIS_STOPPED (from ANALYSIS_ACTIVE), event manual');
    expect(r.stdout).toMatch(/stack permit-p-9 \(kubernetes\): \d+ resources, \d+ protected from destruction \(prevent_destroy\)/);
    expect(r.stdout).toMatch(/analysis\s+stopped\s+none\s+prepared:\/data\/prepared:ro/);
    expect(r.stdout).toContain(`wrote ${path.join('k8s-demo', 'stacks', 'permit-p-9', 'cdk.tf.json')}`);
    // Six planned volumes and the output release request area.
    expect(r.stdout).toMatch(/kubernetes_persistent_volume_claim_v1\s+7\n/);
    expect(r.stdout).toContain('Next: terraform -chdir=k8s-demo/stacks/permit-p-9 init');
    expect(fs.existsSync(path.join(dir, 'k8s-demo', 'stacks', 'permit-p-9', 'audit.json'))).toBe(true);
  });

  test('a setting the backend does not know is an error with file:line and a suggestion', () => {
    fs.writeFileSync(path.join(dir, 'typo.yaml'), 'storage_clas_name: ceph-rbd\nupload_gib: lots\nnamespace: x\n');
    const r = rws(['permit', 'synth', '--id', 'p-1', '--status', 'INGRESS_IN_PROGRESS', '--backend', 'kubernetes', '--config', 'typo.yaml', '--out', 'x'], dir, {}, SLOW);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('typo.yaml: 3 problems in the Kubernetes permit settings');
    expect(r.stderr).toMatch(/typo\.yaml:1:1: error unknown-field: storage_clas_name: .*Fix: did you mean "storage_class_name"\?/);
    expect(r.stderr).toMatch(/typo\.yaml:3:1: error unknown-field: namespace: .*Fix: remove it; the Kubernetes permit settings are airlock_exposure, airlock_image, /);
    expect(r.stderr).toMatch(/typo\.yaml:2:13: error wrong-type: upload_gib: expected a whole number/);
  });
});

describe('rws permit synth --backend proxmox', () => {
  test('ingress phase from the cluster settings: the airlock VM and the protected storage server', () => {
    const r = rwsJson(['permit', 'synth', '--permit', 'permit.yaml', '--status', 'permit.ingress.initiated', '--previous', 'AWAITING_INGRESS',
      '--backend', 'proxmox', '--config', 'proxmox.yaml', '--out', 'pve'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ backend: 'proxmox', stack: 'permit-p-2025-001', status: 'INGRESS_IN_PROGRESS' });
    const stackDir = path.join(dir, 'pve', 'stacks', 'permit-p-2025-001');
    const tf = readJson(path.join(stackDir, 'cdk.tf.json'));
    const vms = Object.values<any>(tf.resource.proxmox_virtual_environment_vm);
    expect(vms.map((v) => [v.name, v.node_name, v.vm_id]).sort()).toEqual([['p-2025-001-ingress-airlock', 'pve2', 4202], ['p-2025-001-storage', 'pve2', 4200]]);
    expect(vms.find((v) => v.name.endsWith('-storage')).lifecycle.prevent_destroy).toBe(true);
    const audit = readJson(path.join(stackDir, 'audit.json'));
    expect(audit).toMatchObject({ backend: 'proxmox', stack: 'permit-p-2025-001', status: 'INGRESS_IN_PROGRESS' });
    expect(r.json.protectedResources).toEqual(audit.protectedResources);
    expect(r.json.protectedResources).toHaveLength(1);
  });

  test('without --config, or with settings missing: exit 2 naming the file, the line, the field and the fix', () => {
    const none = rws(['permit', 'synth', '--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'proxmox', '--out', 'x'], dir, {}, SLOW);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--backend proxmox needs the cluster settings: --config <file.yaml>');
    expect(none.stderr).toContain('  gateway_cidrs: [10.20.5.0/28]');
    fs.writeFileSync(path.join(dir, 'pve-bad.yaml'), 'cluster: { nodes: [pve1], datacenter_firewall: managed-elsewhere }\nnode: pve3\nnetwork: { bridge: vmbr2 }\nimage: { template_vm: 9000 }\n');
    const bad = rws(['permit', 'synth', '--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'proxmox', '--config', 'pve-bad.yaml', '--out', 'x'], dir, {}, SLOW);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('pve-bad.yaml: 4 problems in the Proxmox permit settings');
    expect(bad.stderr).toMatch(/pve-bad\.yaml:2:7: error unknown-node: node: "pve3" is not a node of the cluster \(pve1\).*Fix: use one of pve1/);
    expect(bad.stderr).toMatch(/pve-bad\.yaml:3:\d+: error missing-field: network\.cidr: required field "cidr" is missing/);
    expect(bad.stderr).toMatch(/pve-bad\.yaml:4:\d+: error missing-field: image\.disk_gib: .*Fix: add disk_gib: <GiB>/);
    expect(bad.stderr).toMatch(/pve-bad\.yaml:1:1: error missing-field: gateway_cidrs: .*Fix: add gateway_cidrs: \[10\.20\.5\.0\/28\]/);
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });
});

describe('rws permit synth --backend aws', () => {
  test('analysis phase: PermitStack permit-<id> in a cloud assembly, with the config (region, data holder keys)', () => {
    const key = keyPair(dir, 'hospital-a');
    const other = fs.readFileSync(keyPair(dir, 'registry-b'), 'utf8').trim();
    fs.writeFileSync(path.join(dir, 'aws.yaml'), [
      'region: eu-west-1',
      'account: "111122223333"',
      'data_holder_keys:',
      `  hospital-a: ./${path.basename(key)}`,
      `  registry-b: ["${other}"]`,
      'machine_image: { ssm_parameter: /images/secure-analysis-desktop }',
      '',
    ].join('\n'));
    const r = rwsJson(['permit', 'synth', '--permit', 'permit.yaml', '--status', 'ANALYSIS_ACTIVE', '--previous', 'WORKSPACE_SETUP_REVIEW_PENDING',
      '--backend', 'aws', '--config', 'aws.yaml', '--out', 'cdk.out'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ backend: 'aws', stack: 'permit-p-2025-001', status: 'ANALYSIS_ACTIVE' });
    expect(r.json.files).toEqual([path.join('cdk.out', 'permit-p-2025-001.template.json'), path.join('cdk.out', 'permit-p-2025-001.audit.json')]);
    const template = readJson(path.join(dir, 'cdk.out', 'permit-p-2025-001.template.json'));
    const types = Object.values<any>(template.Resources).map((x) => x.Type);
    expect(types.filter((t) => t === 'AWS::EC2::Instance')).toHaveLength(1);
    expect(types).not.toContain('AWS::EC2::NatGateway');
    expect(types).not.toContain('AWS::EC2::InternetGateway');
    const manifest = readJson(path.join(dir, 'cdk.out', 'manifest.json'));
    expect(manifest.artifacts['permit-p-2025-001'].environment).toBe('aws://111122223333/eu-west-1');
    const audit = readJson(path.join(dir, 'cdk.out', 'permit-p-2025-001.audit.json'));
    expect(r.json.resourceCount).toBe(Object.keys(template.Resources).length);
    expect(r.json.resources).toEqual(audit.resources);
    expect(r.json.next).toBe('npx cdk deploy --app cdk.out permit-p-2025-001  (with the pipeline\'s credentials)');
  });
});

describe('rws permit synth: bad input exits 2 and writes nothing', () => {
  const run = (...args: string[]) => rws(['permit', 'synth', ...args], dir, {}, SLOW);

  test('aws: data holder key files stay inside the settings file\'s folder and are no larger than a key file', () => {
    const outside = tempDir('rws-outside-');
    fs.writeFileSync(path.join(outside, 'stolen.pub'), 'ssh-ed25519 AAAA stolen');
    fs.symlinkSync(path.join(outside, 'stolen.pub'), path.join(dir, 'linked.pub'));
    fs.writeFileSync(path.join(dir, 'huge.pub'), 'x'.repeat(200 * 1024));
    const settings = (keys: string) => ['region: eu-west-1', 'account: "111122223333"', 'data_holder_keys:', keys,
      'machine_image: { ssm_parameter: /images/secure-analysis-desktop }', ''].join('\n');
    const cases: Array<[string, string, RegExp]> = [
      ['aws-abs.yaml', '  hospital-a: /etc/passwd', /aws-abs\.yaml:4:\d+: error path-outside-lab: data_holder_keys\.hospital-a: the path leads outside/],
      ['aws-link.yaml', '  hospital-a: ./linked.pub', /aws-link\.yaml:4:\d+: error path-outside-lab: .*a symbolic link to/],
      ['aws-huge.yaml', '  hospital-a: ./huge.pub', /aws-huge\.yaml:4:\d+: error file-too-large: data_holder_keys\.hospital-a: the key file is .*more than the limit/],
    ];
    for (const [file, keys, expected] of cases) {
      fs.writeFileSync(path.join(dir, file), settings(keys));
      const r = run('--permit', 'permit.yaml', '--status', 'ANALYSIS_ACTIVE', '--previous', 'WORKSPACE_SETUP_REVIEW_PENDING', '--backend', 'aws', '--config', file, '--out', `out-${file}`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(expected);
      expect(r.stderr).not.toContain('root:');
      expect(fs.existsSync(path.join(dir, `out-${file}`))).toBe(false);
    }
  });

  test('an unknown status, an illegal transition (both statuses and the legal next ones), an invalid permit file', () => {
    const unknown = run('--id', 'p-1', '--status', 'ANALYSIS_PAUSED', '--backend', 'kubernetes', '--out', 'bad1');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown-status: --status: unknown permit status \(got "ANALYSIS_PAUSED"\)\. Fix: use one of AWAITING_INGRESS/);
    const illegal = run('--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--previous', 'INGRESS_IN_PROGRESS', '--backend', 'proxmox', '--config', 'proxmox.yaml', '--out', 'bad2');
    expect(illegal.code).toBe(2);
    expect(illegal.stdout).toBe('');
    expect(illegal.stderr).toContain('a permit cannot go from INGRESS_IN_PROGRESS to ANALYSIS_ACTIVE');
    expect(illegal.stderr).toContain('from INGRESS_IN_PROGRESS the next status is one of DATA_PREPARATION_PENDING, DELETED');
    const invalid = run('--permit', 'bad-permit.yaml', '--status', 'AWAITING_INGRESS', '--backend', 'aws', '--out', 'bad3');
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/bad-permit\.yaml:6:\d+: error invalid-cidr: data_holders\[1\]\.allowed_cidrs\[0\]: not a valid CIDR: host bits are set/);
    for (const out of ['bad1', 'bad2', 'bad3']) expect(fs.existsSync(path.join(dir, out))).toBe(false);
  });

  test('usage errors: missing or unknown backend, missing --out, --status or --id, an --id that is not the file\'s, a bad timestamp', () => {
    const cases: Array<[string[], string]> = [
      [['--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--out', 'x'], '--backend is required: kubernetes, proxmox, aws'],
      [['--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'openstack', '--out', 'x'], 'unknown backend "openstack" for --backend; use one of kubernetes, proxmox, aws'],
      [['--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'aws'], '--out <dir> is required'],
      [['--id', 'p-1', '--backend', 'aws', '--out', 'x'], '--status is required'],
      [['--status', 'ANALYSIS_ACTIVE', '--backend', 'aws', '--out', 'x'], '--id <permit id> is required'],
      [['--id', 'p-1', '--permit', 'permit.yaml', '--status', 'ANALYSIS_ACTIVE', '--backend', 'aws', '--out', 'x'], '--id p-1 does not match the id of permit.yaml (p-2025-001)'],
      [['--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'aws', '--out', 'x', '--timestamp', 'yesterday'], '--timestamp must be an ISO 8601 time'],
      [['--id', 'p-1', '--status', 'ANALYSIS_ACTIVE', '--backend', 'aws', '--out', 'x', '--config', 'nowhere.yaml'], 'nowhere.yaml: the --config file does not exist'],
    ];
    for (const [args, message] of cases) {
      const r = run(...args);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toContain(message);
    }
    expect(fs.existsSync(path.join(dir, 'x'))).toBe(false);
  });
});
