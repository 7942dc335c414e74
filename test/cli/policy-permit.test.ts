import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BIN, ensureBuilt, hasAnsi, rws, rwsJson, tempDir } from './helpers';
import { requireTool } from '../helpers/tools';

/** util-linux script(1): runs a command on a pseudo-terminal. */
const SCRIPT = '/usr/bin/script';
// util-linux's script(1) gives the command a terminal; missing, the check is skipped loudly (a failure under CI=true).
const HAVE_SCRIPT = fs.existsSync(SCRIPT) || requireTool('script', 'the colour test runs rws on a pseudo-terminal');

let dir: string;

const POLICY = `# policy.yaml
name: genomics-lab
allowed_templates: [python-ml, r-rstudio, "jupyter-*"]
allowed_sizes: [S, M, L]
max_hourly_cost: 0.40
allowed_regions: [us-east-1]
required_tags: [project, owner]
max_workspaces_per_user: 2
egress: proxied          # none | proxied | open
`;

const PERMIT = `# permit p-2025-001
id: p-2025-001
data_holders:
  - { id: hospital-a, allowed_cidrs: [203.0.113.0/24] }
  - id: registry-b
    allowed_cidrs: [198.51.100.0/24, 2001:db8::/32]
researchers: [alice, { name: bob, uid: 7001 }]
hdab_preprocessor: { name: hdab-anna, uid: 7100 }
hdab_reviewer: hdab-ben
egress_allowed_domains: [pypi.org, cran.r-project.org]
`;

beforeAll(() => {
  ensureBuilt();
  dir = tempDir('policy');
  fs.writeFileSync(path.join(dir, 'policy.yaml'), POLICY);
  fs.writeFileSync(path.join(dir, 'permit.yaml'), PERMIT);
  fs.writeFileSync(path.join(dir, 'bad-permit.yaml'), PERMIT.replace('198.51.100.0/24', '198.51.100.7/24').replace('hdab_reviewer: hdab-ben', 'hdab_reviewer: alice'));
  fs.writeFileSync(path.join(dir, 'users.yaml'), 'users:\n  - name: alice\n    uid: 5050\n');
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('rws policy', () => {
  test('show: every rule, the sizes it allows and the templates it allows', () => {
    const r = rws(['policy', 'show'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('policy genomics-lab (policy.yaml)');
    expect(r.stdout).toMatch(/templates\s+python-ml, r-rstudio, jupyter-\*/);
    expect(r.stdout).toMatch(/max hourly cost\s+\$0\.4000\/h per workspace/);
    expect(r.stdout).toMatch(/egress\s+proxied \(pypi\.org,/);
    expect(r.stdout).toMatch(/M\s+x86_64\s+t3\.xlarge\s+\$0\.1664\s+yes/);
    expect(r.stdout).toMatch(/XL\s+x86_64\s+m6i\.4xlarge\s+\$0\.7680\s+no \(size-not-allowed, cost-too-high\)/);
    expect(r.stdout).toMatch(/Templates in the catalog it allows\n {2}jupyter-lab, python-ml, r-rstudio\n/);
  });

  test('show --json parses', () => {
    const r = rwsJson(['policy', 'show'], dir);
    expect(r.code).toBe(0);
    expect(r.json.rules.allowedSizes).toEqual(['S', 'M', 'L']);
    expect(r.json.templatesAllowed).toEqual(['jupyter-lab', 'python-ml', 'r-rstudio']);
    expect(r.json.sizes.find((s: any) => s.size === 'L' && s.architecture === 'arm64')).toMatchObject({ instanceType: 'm7g.2xlarge', allowed: true });
  });

  test('test: a workspace that passes exits 0', () => {
    const r = rws(['policy', 'test', '--template', 'python-ml', '--size', 'M', '--region', 'us-east-1', '--tag', 'project=genomics', '--tag', 'owner=alice', '--owner', 'alice'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('pass: workspace "alice-python-ml" (python-ml, M t3.xlarge $0.1664/h) meets policy "genomics-lab"');
  });

  test('test: every violation is listed with the rule\'s line and the fix; exit 1', () => {
    const r = rws(['policy', 'test', '--template', 'gpu-deep-learning', '--size', 'GPU-M', '--region', 'eu-west-1', '--tag', 'project=x'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('breaks 5 rules of policy "genomics-lab" (policy.yaml):');
    for (const [rule, line] of [['template-not-allowed', 3], ['size-not-allowed', 4], ['cost-too-high', 5], ['region-not-allowed', 6], ['missing-tags', 7]] as const) {
      expect(r.stdout).toMatch(new RegExp(`  ${rule}: workspace "gpu-deep-learning": .*\\(policy\\.yaml:${line}:\\d+\\).*Fix: `));
    }
    expect(r.stdout).toContain('required tag owner missing');
  });

  test('test --json parses; --type picks the instance type; a size below the template minimum is a violation', () => {
    const typed = rwsJson(['policy', 'test', '--template', 'python-ml', '--type', 'm7g.2xlarge', '--tag', 'project=a', '--tag', 'owner=b'], dir);
    expect(typed.code).toBe(0);
    expect(typed.json).toMatchObject({ pass: true, sizing: { instanceType: 'm7g.2xlarge', architecture: 'arm64', size: 'L' }, violations: [] });
    const small = rwsJson(['policy', 'test', '--template', 'python-ml', '--size', 'S', '--tag', 'project=a', '--tag', 'owner=b'], dir);
    expect(small.code).toBe(1);
    expect(small.json.violations.map((v: any) => v.rule)).toEqual(['below-minimum-size']);
    expect(small.json.violations[0].message).toContain('needs at least size M');
  });

  test('input errors exit 2: unknown template, bad size, missing policy, missing --template', () => {
    const unknown = rws(['policy', 'test', '--template', 'nope'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no template with slug or name "nope"');
    const size = rws(['policy', 'test', '--template', 'python-ml', '--size', 'HUGE'], dir);
    expect(size.code).toBe(2);
    expect(size.stderr).toMatch(/unknown-size: --size: unknown workspace size \(got "HUGE"\)\. Fix: use one of XS, S, M/);
    const missing = rws(['policy', 'show', '--policy', 'nowhere.yaml'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nowhere.yaml: error no-policy: policy file does not exist');
    const noTemplate = rws(['policy', 'test'], dir);
    expect(noTemplate.code).toBe(2);
    expect(noTemplate.stderr).toContain('--template is required');
  });
});

describe('rws permit plan', () => {
  test('the demo permit in setup: table of workspaces and the changes', () => {
    const r = rws(['permit', 'plan', '--status', 'WORKSPACE_SETUP_PENDING', '--previous', 'DATA_PREPARATION_REVIEW_PENDING'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('using the built-in demo permit');
    expect(r.stdout).toContain('permit demo-001: WORKSPACE_SETUP_PENDING (from DATA_PREPARATION_REVIEW_PENDING), event manual');
    expect(r.stdout).toMatch(/WORKSPACE\s+STATE\s+MOUNTS\s+USERS\s+NETWORK\s+ACCESS\n/);
    expect(r.stdout).toMatch(/researcher-setup\s+running\s+project:\/project:rw\s+alice\(\d+\), bob\(\d+\)\s+egress-proxy\s+rdp:3389/);
    expect(r.stdout).toMatch(/workspace\s+researcher-setup\s+created/);
    expect(r.stdout).toMatch(/workspace\s+hdab-review\s+destroyed\s+compute destroyed; volumes kept/);
    expect(r.stdout).toMatch(/volume\s+raw\s+retained/);
    expect(r.stdout).toContain('Package proxy allows: pypi.org');
  });

  test('a permit file, an event name as status, ro/rw/wo mounts; uids from the file, the registry, then a hash', () => {
    const airlock = rws(['permit', 'plan', '--permit', 'permit.yaml', '--status', 'permit.ingress.initiated', '--previous', 'awaiting_ingress'], dir);
    expect(airlock.code).toBe(0);
    expect(airlock.stdout).toMatch(/ingress-airlock\s+running\s+upload-hospital-a:\/uploads\/hospital-a:wo, upload-registry-b:\/uploads\/registry-b:wo/);
    expect(airlock.stdout).toContain('ingress-allowlist (203.0.113.0/24, 198.51.100.0/24, 2001:db8::/32)');
    const review = rws(['permit', 'plan', '--permit', 'permit.yaml', '--status', 'DATA_PREPARATION_REVIEW_PENDING', '--previous', 'DATA_PREPARATION_PENDING'], dir);
    expect(review.stdout).toMatch(/hdab-preprocessing\s+stopped\s+raw:\/data\/raw:ro, prepared:\/data\/prepared:rw\s+hdab-anna\(7100\)\s+none/);
    expect(review.stdout).toMatch(/hdab-review\s+running\s+prepared:\/data\/prepared:ro\s+hdab-ben\(\d+\)/);
    expect(review.stdout).toMatch(/workspace\s+hdab-preprocessing\s+stopped/);
    const analysis = rwsJson(['permit', 'plan', '--permit', 'permit.yaml', '--status', 'ANALYSIS_ACTIVE', '--previous', 'WORKSPACE_SETUP_REVIEW_PENDING'], dir);
    expect(analysis.code).toBe(0);
    expect(analysis.stderr).toContain('uids of registry users from users.yaml');
    const ws = analysis.json.workspaces[0];
    expect(ws).toMatchObject({ role: 'analysis', state: 'running', network: 'none' });
    expect(ws.mounts.map((m: any) => `${m.volume}:${m.access}`)).toEqual(['prepared:ro', 'outputs:rw', 'project:rw']);
    expect(ws.users.map((u: any) => [u.name, u.uid])).toEqual([['alice', 5050], ['bob', 7001]]);
    expect(analysis.json.changes.map((c: any) => `${c.name}:${c.change}`)).toEqual(expect.arrayContaining(['analysis:created', 'researcher-setup:destroyed', 'setup-review:destroyed']));
  });

  test('stop and delete events; a replayed status changes nothing', () => {
    const stop = rws(['permit', 'plan', '--status', 'permit.workspace.stop_requested', '--previous', 'ANALYSIS_ACTIVE'], dir);
    expect(stop.stdout).toMatch(/analysis\s+stopped/);
    const deleted = rwsJson(['permit', 'plan', '--status', 'permit.deleted', '--previous', 'ARCHIVED'], dir);
    expect(deleted.json.workspaces).toEqual([]);
    expect(deleted.json.volumesToDelete).toContain('raw');
    const replay = rws(['permit', 'plan', '--status', 'ANALYSIS_ACTIVE', '--previous', 'ANALYSIS_ACTIVE'], dir);
    expect(replay.stdout).toContain('Replayed status: nothing changes.');
  });

  test('an illegal transition exits 2 naming both statuses; an unknown status exits 2', () => {
    const illegal = rws(['permit', 'plan', '--status', 'ANALYSIS_ACTIVE', '--previous', 'INGRESS_IN_PROGRESS'], dir);
    expect(illegal.code).toBe(2);
    expect(illegal.stdout).toBe('');
    expect(illegal.stderr).toContain('a permit cannot go from INGRESS_IN_PROGRESS to ANALYSIS_ACTIVE');
    expect(illegal.stderr).toContain('from INGRESS_IN_PROGRESS the next status is one of DATA_PREPARATION_PENDING, DELETED');
    const unknown = rws(['permit', 'plan', '--status', 'ANALYSIS_PAUSED'], dir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown-status: --status: unknown permit status \(got "ANALYSIS_PAUSED"\)\. Fix: use one of AWAITING_INGRESS/);
    const missing = rws(['permit', 'plan'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--status is required');
  });

  test('problems in a permit file point at its lines', () => {
    const r = rws(['permit', 'plan', '--permit', 'bad-permit.yaml', '--status', 'AWAITING_INGRESS'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad-permit\.yaml:6:\d+: error invalid-cidr: data_holders\[1\]\.allowed_cidrs\[0\]: not a valid CIDR: host bits are set/);
    expect(r.stderr).toMatch(/bad-permit\.yaml:7:\d+: error role-conflict: researchers: "alice" is both a researcher and HDAB staff/);
  });
});

describe('the program', () => {
  test('--help, <group> --help, <command> --help, --version', () => {
    const top = rws(['--help'], dir);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Command groups:\n {2}init .*\n {2}templates/);
    expect(top.stdout).toContain('Exit codes:\n  0  success\n  1  findings');
    const group = rws(['users', '--help'], dir);
    expect(group.code).toBe(0);
    expect(group.stdout).toMatch(/Commands:\n {2}add\s+Add a research user/);
    const cmd = rws(['users', 'remove', '--help'], dir);
    expect(cmd.code).toBe(0);
    expect(cmd.stdout).toContain('Usage: rws users remove <name> [options]');
    expect(cmd.stdout).toContain('--preserve-data');
    expect(cmd.stdout).toContain('data: preserve');
    expect(rws(['help', 'templates', 'lint'], dir).stdout).toContain('Usage: rws templates lint [dir...] [options]');
    const version = rws(['--version'], dir);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });

  test('no arguments, or a group without a command: help on stderr, exit 2', () => {
    const none = rws([], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Command groups:');
    const group = rws(['permit'], dir);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('Usage: rws permit <command>');
  });

  (HAVE_SCRIPT ? test : test.skip)('colour only on a terminal, and not with NO_COLOR or --no-color', () => {
    const onTty = (prefix: string, suffix: string = '') =>
      spawnSync(SCRIPT, ['-qc', `${prefix} ${process.execPath} ${BIN} templates list${suffix}`, '/dev/null'], {
        cwd: dir, encoding: 'utf8', env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NO_COLOR')),
      }).stdout;
    expect(onTty('')).toContain('\u001b[1mSLUG');
    expect(hasAnsi(onTty('NO_COLOR=1'))).toBe(false);
    expect(hasAnsi(onTty('', ' --no-color'))).toBe(false);
  });

  test('--json also works before the group; output is never coloured off a terminal', () => {
    const r = rws(['--json', 'templates', 'list'], dir, { FORCE_COLOR: '1' });
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
    const v = rws(['templates', 'validate'], dir);
    expect(hasAnsi(v.stdout + v.stderr)).toBe(false);
  });
});
