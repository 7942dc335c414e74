/**
 * `rws lab synth | diagram | cost`: the real binary on the institution example's lab.yaml (AWS)
 * and on a Proxmox lab file written here. Expected prices are computed from the price table,
 * never written down.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { ensureBuilt, ROOT, rws, rwsJson, tempDir } from './helpers';
import { checkWellFormedXml } from './xml';
import { PriceTable } from '../../src/workspaces/pricing';
import { Architecture, Sizes, WorkspaceSize } from '../../src/workspaces/sizes';

const SLOW = 300_000;
const INSTITUTION = path.join(ROOT, 'examples', 'institution-lab', 'lab.yaml');

let dir: string;

const PROXMOX_LAB = `# A lab on Proxmox VE
name: genomics
cluster:
  nodes: [pve1, pve2]
  disk_datastore_id: local-zfs
  snippet_datastore_id: snippets
  bridge: vmbr1
  vlan_id: 30
  dns_servers: [10.20.30.2]
  datacenter_firewall: managed
  dhcp_pool: [10.20.30.128/25]
api: { endpoint: "https://pve1.example.org:8006/" }
registry: ./users.yaml
policy: ./policy.yaml
storage: { server: 10.20.30.5, export_path: /export/genomics }
proxy: { address: 10.20.30.4, port: 3128 }
access_cidrs: [10.99.0.0/16]
workspaces:
  - { name: alice-ml, template: python-ml, node: pve1, owner: alice, project: genomics, size: M }
  - name: bob-desktop
    template: desktop-rdp
    node: pve2
    owner: bob
    project: genomics
    address: { address: 10.20.30.41/24, gateway: 10.20.30.1 }
  - { name: bob-offline, template: debian-12, node: pve2, owner: bob, project: genomics, size: S, egress: none, vm_id: 4301, address: { address: 10.20.30.42/24 } }
`;

const USERS = `groups:
  - { name: genomics, description: "Genomics <core> & friends" }
users:
  - { name: alice, groups: [genomics] }
  - { name: bob, groups: [genomics] }
`;

const POLICY = 'name: genomics-lab\nallowed_sizes: [S, M, L]\nrequired_tags: [project]\negress: proxied\n';

/** What the lab file asks for, priced from the table the way the command must. */
function expectedCosts(file: string): Array<{ name: string; owner: string; hourly: number }> {
  const lab = parse(fs.readFileSync(file, 'utf8'));
  const prices = PriceTable.bundled();
  return lab.workspaces.map((w: any) => {
    const architecture = (w.architecture ?? Architecture.X86_64) as Architecture;
    const type = w.instance_type ?? Sizes.ec2InstanceType(Sizes.parse(w.size) as WorkspaceSize, architecture);
    const hourly = prices.hourly(type);
    if (hourly === undefined) throw new Error(`no price for ${type}`);
    return { name: w.name, owner: w.owner, hourly };
  });
}

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('lab');
  fs.writeFileSync(path.join(dir, 'pve-lab.yaml'), PROXMOX_LAB);
  fs.writeFileSync(path.join(dir, 'users.yaml'), USERS);
  fs.writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the XML check of these tests', () => {
  test('accepts a well-formed document and rejects broken ones', () => {
    expect(() => checkWellFormedXml('<?xml version="1.0"?>\n<a x="1"><b>t &amp; u</b><c/></a>\n')).not.toThrow();
    for (const bad of ['<a><b></a></b>', '<a x=1/>', '<a>&</a>', '<a x="<"/>', '<a/><b/>', '<a>', '<a y="1" y="2"/>', '<a>x > y</a>']) {
      expect(() => checkWellFormedXml(bad)).toThrow(/not well-formed/);
    }
  });
});

describe('rws lab cost', () => {
  test('institution lab: every workspace, owner and the lab priced from the table; 730 h and 8 h x 22 days', () => {
    const expected = expectedCosts(INSTITUTION);
    const r = rwsJson(['lab', 'cost', INSTITUTION], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({
      lab: 'institution-lab',
      backend: 'aws',
      basis: 'on-demand',
      hoursPerMonth: 730,
      businessHoursPerMonth: 176,
      prices: { region: PriceTable.BUNDLED_REGION, date: PriceTable.BUNDLED_DATE, description: PriceTable.bundled().description },
    });
    expect(r.json.workspaces.map((w: any) => w.name)).toEqual(expected.map((w) => w.name));
    r.json.workspaces.forEach((w: any, i: number) => {
      expect(w.hourlyCost).toBe(expected[i].hourly);
      expect(w.monthlyCost).toBeCloseTo(expected[i].hourly * 730, 9);
      expect(w.businessMonthlyCost).toBeCloseTo(expected[i].hourly * 8 * 22, 9);
    });
    const total = expected.reduce((s, w) => s + w.hourly, 0);
    expect(r.json.total.hourlyCost).toBeCloseTo(total, 9);
    expect(r.json.total.monthlyCost).toBeCloseTo(total * 730, 6);
    expect(r.json.total.workspaces).toBe(expected.length);
    const owners = [...new Set(expected.map((w) => w.owner))].sort();
    expect(r.json.owners.map((o: any) => o.owner)).toEqual(owners);
    for (const o of r.json.owners) {
      const mine = expected.filter((w) => w.owner === o.owner);
      expect(o.workspaces).toBe(mine.length);
      expect(o.hourlyCost).toBeCloseTo(mine.reduce((s, w) => s + w.hourly, 0), 9);
    }
  });

  test('the table names the price table\'s region and date, the totals and the assumptions; --hours-per-month and business hours change them', () => {
    const expected = expectedCosts(INSTITUTION);
    const total = expected.reduce((s, w) => s + w.hourly, 0);
    const r = rws(['lab', 'cost', INSTITUTION, '--hours-per-month', '300', '--business-hours', '10', '--business-days', '20'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`prices: bundled on-demand prices, ${PriceTable.BUNDLED_REGION}, ${PriceTable.BUNDLED_DATE}`);
    expect(r.stdout).toMatch(/WORKSPACE\s+OWNER\s+TEMPLATE\s+SIZE\s+INSTANCE\s+\$\/HOUR\s+\$\/MONTH \(300 H\)\s+\$\/MONTH \(BUSINESS 200 H\)\s+IDLE STOP/);
    const first = expected[0];
    const amount = (n: number, digits: number) => `\\$${n.toFixed(digits).replace('.', '\\.')}`;
    expect(r.stdout).toMatch(new RegExp(`${first.name}\\s+${first.owner}\\s+\\S+\\s+\\S+\\s+\\S+\\s+${amount(first.hourly, 4)}\\s+`
      + `${amount(first.hourly * 300, 2)}\\s+${amount(first.hourly * 200, 2)}\\s+30 min`));
    expect(r.stdout).toContain(`Lab total: $${total.toFixed(4)} an hour with every workspace running; $${(total * 300).toFixed(2)} a month at 300 h; $${(total * 200).toFixed(2)} a month in business hours (200 h).`);
    expect(r.stdout).toContain('business hours: 10 h x 20 days = 200 h a month; idle stop is on');
    expect(r.stdout).toContain('spot workspaces are priced on demand');
    expect(r.stdout).toContain('not included');
    const bad = rws(['lab', 'cost', INSTITUTION, '--hours-per-month', '0'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--hours-per-month must be from 1 to 744');
  });

  test('Proxmox: EC2-equivalent prices, said so', () => {
    const r = rwsJson(['lab', 'cost', 'pve-lab.yaml'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ backend: 'proxmox', basis: 'ec2-equivalent' });
    // bob-desktop has no size: the template's default size decides it.
    const [m, s] = [Sizes.ec2InstanceType(WorkspaceSize.M), Sizes.ec2InstanceType(WorkspaceSize.S)];
    expect(r.json.workspaces.map((w: any) => w.instanceType)).toEqual([m, expect.any(String), s]);
    expect(r.json.workspaces[0].hourlyCost).toBe(PriceTable.bundled().hourly(Sizes.ec2InstanceType(WorkspaceSize.M)));
    expect(r.json.notes[0]).toContain('Proxmox VE runs on your own hardware');
  });
});

describe('rws lab diagram', () => {
  test('mermaid: a flowchart with every workspace, the people, storage, network and egress; escaped labels', () => {
    const lab = parse(fs.readFileSync(INSTITUTION, 'utf8'));
    const r = rws(['lab', 'diagram', INSTITUTION, '--format', 'mermaid'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    const text = r.stdout;
    expect(text.startsWith('---\ntitle: "Lab institution-lab (AWS us-east-1)"\n---\nflowchart LR\n')).toBe(true);
    for (const w of lab.workspaces) expect(text).toMatch(new RegExp(`\\["${w.name}<br/>${w.template} · ${w.size} `));
    for (const sub of ['people', 'access', 'workspaces', 'storage', 'network', 'internet']) expect(text).toContain(`  subgraph ${sub}["`);
    expect(text).toContain('a_ssm["Session Manager');
    expect(text).toContain('a_web["Web gateway (internal ALB, HTTPS)<br/>https://#60;workspace#62;-#60;service#62;.workspaces.institution.example.edu');
    expect(text).toContain('s_homes["homes: /shared/home/#60;user#62;');
    expect(text).toContain('workspaces ==>|"NFS over TLS, IAM"| s_fs');
    expect(text).toContain('n_egress_proxied -->|"allowlist only"| i_internet');
    expect(text).toMatch(/u_ada --> a_ssm/);
    expect(text).toMatch(/a_web --> w_ada_genomics/);
    // Structure: subgraphs closed, every arrow between declared ids, no raw < or > in labels but <br/>.
    const lines = text.split('\n');
    expect(lines.filter((l) => /^\s+subgraph /.test(l)).length).toBe(lines.filter((l) => l.trim() === 'end').length);
    const ids = new Set([...text.matchAll(/^\s+(?:subgraph )?([A-Za-z0-9_]+)\["/gm)].map((m) => m[1]));
    for (const m of text.matchAll(/^\s{2}([A-Za-z0-9_]+) (?:-->|-\.->|==>)(?:\|"[^"]*"\|)? ([A-Za-z0-9_]+)$/gm)) {
      expect(ids.has(m[1]) && ids.has(m[2])).toBe(true);
    }
    expect(text.replace(/<br\/>/g, '').replace(/^\s+%%.*$/gm, '').replace(/-->|-\.->|==>/g, '')).not.toMatch(/[<>]/);
  });

  test('svg: a well-formed, deterministic document naming every workspace; text escaped', () => {
    const lab = parse(fs.readFileSync(INSTITUTION, 'utf8'));
    const r = rws(['lab', 'diagram', INSTITUTION, '--format', 'svg', '--out', 'lab.svg'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/wrote lab\.svg \(svg, \d+ boxes, \d+ arrows\)/);
    const svg = fs.readFileSync(path.join(dir, 'lab.svg'), 'utf8');
    checkWellFormedXml(svg);
    expect(svg).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="[\d.]+" viewBox=/);
    for (const w of lab.workspaces) expect(svg).toContain(`font-weight="bold">${w.name}</tspan>`);
    expect(svg).toContain('https://&lt;workspace&gt;-&lt;service&gt;');
    const again = rws(['lab', 'diagram', INSTITUTION, '--format', 'svg'], dir, {}, SLOW);
    expect(again.stdout).toBe(svg);
  });

  test('Proxmox lab: bridge, NFS share, per-workspace egress; markup in names is escaped in both formats; --json parses', () => {
    const svg = rws(['lab', 'diagram', 'pve-lab.yaml', '--format', 'svg'], dir, {}, SLOW);
    expect(svg.code).toBe(0);
    checkWellFormedXml(svg.stdout);
    expect(svg.stdout).toContain('2 members: Genomics &lt;core&gt; &amp; friends');
    expect(svg.stdout).toContain('>Proxmox VE nodes pve1, pve2; bridge</tspan><tspan x="1182" dy="15">vmbr1 VLAN 30</tspan>');
    const mermaid = rws(['lab', 'diagram', 'pve-lab.yaml'], dir, {}, SLOW);
    expect(mermaid.stdout).toContain('2 members: Genomics #60;core#62; #38; friends');
    expect(mermaid.stdout).toContain('w_bob_offline --> n_egress_none');
    expect(mermaid.stdout).toContain('w_alice_ml --> n_egress_proxied');
    const json = rwsJson(['lab', 'diagram', 'pve-lab.yaml', '--format', 'svg'], dir, SLOW);
    expect(json.code).toBe(0);
    expect(json.json).toMatchObject({ lab: 'genomics', backend: 'proxmox', format: 'svg' });
    expect(json.json.diagram).toBe(svg.stdout);
    expect(json.json.groups.find((g: any) => g.id === 'workspaces').nodes.map((n: any) => n.lines[0])).toEqual(['alice-ml', 'bob-desktop', 'bob-offline']);
    const format = rws(['lab', 'diagram', 'pve-lab.yaml', '--format', 'png'], dir);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be mermaid or svg (got "png")');
  });
});

describe('rws lab synth', () => {
  test('aws: the institution lab into a cloud assembly; stacks, resources, workspaces, users and cost per hour', () => {
    const expected = expectedCosts(INSTITUTION);
    const r = rwsJson(['lab', 'synth', INSTITUTION, '--out', 'cdk.out'], dir, SLOW);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ lab: 'institution-lab', backend: 'aws', region: 'us-east-1', stack: 'institution-lab', users: 150 });
    expect(r.json.groups).toHaveLength(8);
    expect(r.json.workspaces.map((w: any) => w.name)).toEqual(expected.map((w) => w.name));
    expect(r.json.hourlyCost).toBeCloseTo(expected.reduce((s, w) => s + w.hourly, 0), 9);
    expect(r.json.stacks[0]).toMatchObject({ name: 'institution-lab', file: path.join('cdk.out', 'institution-lab.template.json') });
    expect(r.json.stacks.length).toBeGreaterThan(1);
    expect(r.json.stacks.reduce((n: number, s: any) => n + s.workspaces, 0)).toBe(expected.length);
    expect(r.json.resourceCount).toBe(r.json.stacks.reduce((n: number, s: any) => n + s.resources, 0));
    // One instance per workspace, and the lab's egress proxy (the lab is proxied).
    expect(r.json.resourceTypes['AWS::EC2::Instance']).toBe(expected.length + 1);
    const root = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'institution-lab.template.json'), 'utf8'));
    expect(Object.keys(root.Resources)).toHaveLength(r.json.stacks[0].resources);
    expect(Object.values<any>(root.Resources).filter((x) => x.Type === 'AWS::CloudFormation::Stack')).toHaveLength(r.json.stacks.length - 1);
    for (const s of r.json.stacks) expect(fs.existsSync(path.join(dir, s.file))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cdk.out', 'manifest.json'), 'utf8')).artifacts['institution-lab'].type).toBe('aws:cloudformation:stack');
    expect(r.json.next).toBe('npx cdk deploy --app cdk.out institution-lab  (with the deploying role\'s credentials)');
  });

  test('proxmox: the lab file into Terraform, with the summary', () => {
    const r = rws(['lab', 'synth', 'pve-lab.yaml', '--out', 'tf'], dir, {}, SLOW);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('lab genomics (pve-lab.yaml): proxmox (Proxmox VE nodes pve1, pve2; bridge vmbr1 VLAN 30), egress proxied, policy genomics-lab');
    expect(r.stdout).toMatch(/stacks: genomics, \d+ resources/);
    expect(r.stdout).toContain('users: 2 in 1 group (users.yaml)');
    expect(r.stdout).toMatch(/workspaces: 3, \$\d+\.\d{4}\/h when all run \(EC2-equivalent on-demand prices/);
    expect(r.stdout).toMatch(/bob-offline\s+debian-12\s+S\s+pve2\s+vm\s+none\s+bob\s+4301/);
    expect(r.stdout).toContain(`wrote ${path.join('tf', 'stacks', 'genomics', 'cdk.tf.json')}`);
    const tf = JSON.parse(fs.readFileSync(path.join(dir, 'tf', 'stacks', 'genomics', 'cdk.tf.json'), 'utf8'));
    expect(Object.values<any>(tf.resource.proxmox_virtual_environment_vm).map((v) => v.name).sort()).toEqual(['alice-ml', 'bob-desktop', 'bob-offline']);
    expect(Object.values<any>(tf.resource.proxmox_virtual_environment_pool)[0].pool_id).toBe('genomics');
  });

  test('kubernetes: an AWS lab.yaml is not a Kubernetes lab file, and says so; exit 2, nothing written', () => {
    for (const cmd of ['synth', 'cost', 'diagram']) {
      const r = rws(['lab', cmd, INSTITUTION, '--backend', 'kubernetes', ...(cmd === 'synth' ? ['--out', 'k8s'] : [])], dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/institution-lab\/lab\.yaml:6:1: this looks like an AWS lab\.yaml \(it has region:\), not a Kubernetes lab file\. Fix: use --backend aws/);
    }
    expect(fs.existsSync(path.join(dir, 'k8s'))).toBe(false);
  });

  test('bad lab files: every problem with file:line, field and fix; the wrong backend for a file; exit 2', () => {
    fs.writeFileSync(path.join(dir, 'bad-pve.yaml'), PROXMOX_LAB
      .replace('node: pve1, owner: alice', 'nod: pve1, owner: alice')
      .replace('size: S, egress: none', 'size: XXL, egress: never'));
    const pve = rws(['lab', 'synth', 'bad-pve.yaml', '--out', 'bad'], dir, {}, SLOW);
    expect(pve.code).toBe(2);
    expect(pve.stderr).toContain('bad-pve.yaml: 4 problems in the lab definition');
    expect(pve.stderr).toMatch(/bad-pve\.yaml:19:\d+: error missing-field: workspaces\[0\]\.node: .*Fix: add node: pve1 or pve2/);
    expect(pve.stderr).toMatch(/bad-pve\.yaml:19:\d+: error unknown-field: workspaces\[0\]\.nod: .*Fix: did you mean "node"\?/);
    expect(pve.stderr).toMatch(/bad-pve\.yaml:26:\d+: error unknown-size: workspaces\[2\]\.size: unknown workspace size \(got "XXL"\)/);
    expect(pve.stderr).toMatch(/bad-pve\.yaml:26:\d+: error invalid-value: workspaces\[2\]\.egress: unknown egress mode \(got "never"\)\. Fix: use one of none, proxied, open/);

    fs.writeFileSync(path.join(dir, 'gpu-pve.yaml'), PROXMOX_LAB.replace('template: python-ml, node: pve1, owner: alice, project: genomics, size: M',
      'template: python-ml, node: pve1, owner: alice, project: genomics, size: XL'));
    const policy = rws(['lab', 'synth', 'gpu-pve.yaml', '--out', 'bad'], dir, {}, SLOW);
    expect(policy.code).toBe(2);
    // The construct's policy violation points at the workspace's line, and names the rule's line in the policy.
    expect(policy.stderr).toMatch(/^gpu-pve\.yaml:19:\d+: error policy-size-not-allowed: workspaces\[0\]\.size: workspace "alice-ml": size XL is not allowed .*policy\.yaml:\d+:\d+\) allows S, M, L/m);

    fs.writeFileSync(path.join(dir, 'aws-lab.yaml'), 'name: small\nregistry: ./users.yaml\nworkspaces:\n  - { name: alice-ml, template: python-ml, owner: alice, size: M }\n'
      + '  - { name: bob-r, template: r-studio, owner: bob }\n  - { name: bob-gpu, template: gpu-deep-learning, owner: bob, size: S }\n');
    const aws = rws(['lab', 'cost', 'aws-lab.yaml'], dir, {}, SLOW);
    expect(aws.code).toBe(2);
    expect(aws.stderr).toMatch(/aws-lab\.yaml:5:\d+: error unknown-template: workspaces\[1\]\.template: workspace "bob-r": no template with slug or name "r-studio"/);
    expect(aws.stderr).toMatch(/aws-lab\.yaml:6:\d+: error below-minimum-size: workspaces\[2\]\.size: .*needs at least size GPU-S/);

    const wrong = rws(['lab', 'cost', 'pve-lab.yaml', '--backend', 'aws'], dir);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('pve-lab.yaml:3:1: this is a Proxmox lab file (it has cluster:), not an AWS lab.yaml. Fix: use --backend proxmox');
    const missing = rws(['lab', 'synth', 'nowhere.yaml', '--out', 'x'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: the lab file does not exist');
    const noOut = rws(['lab', 'synth', 'pve-lab.yaml'], dir);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('--out <dir> is required');
    for (const out of ['bad', 'x']) expect(fs.existsSync(path.join(dir, out))).toBe(false);
  });
});
