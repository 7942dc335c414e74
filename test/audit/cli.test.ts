/**
 * `rws audit`, `rws lab audit` and `rws permit audit`, run in-process through the CLI's main():
 * exit codes (0 holds, 1 findings, 2 bad input), the table, --json and the compliance view.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { awsLab, kubernetesLab, proxmoxLab, tempDir, writeAssembly, writeTerraform } from './fixtures';
import { BIN, ensureBuilt } from '../cli/helpers';
import { rwsInProcess } from '../helpers/rws-in-process';

const ROOT = path.resolve(__dirname, '..', '..');
let dir: string;
beforeAll(() => {
  dir = tempDir('cli');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rws = (...argv: string[]) => rwsInProcess(argv, { NO_COLOR: '1', CHECKPOINT_DISABLE: '1' }, ROOT);

test('a good assembly: exit 0, one row per workspace, no finding', async () => {
  const good = writeAssembly(path.join(dir, 'good'), awsLab('none'));
  const r = await rws('audit', good);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/lab demo \(aws, stack DemoLab\)/);
  expect(r.stdout).toMatch(/alice-ws\s+none\s+.*aws-lab-account.*\s+ok/);
  expect(r.stdout).toMatch(/Every workspace reaches only what its mode allows/);
});

test('an S3 gateway endpoint without a policy in an egress-none lab: exit 1 naming workspace, resource, path and fix', async () => {
  const t = awsLab('none');
  delete t.Resources.S3Endpoint.Properties.PolicyDocument;
  const bad = writeAssembly(path.join(dir, 'bad'), t);
  const r = await rws('audit', bad);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/FAIL lab demo, workspace alice-ws \(none\) reaches aws-any-account/);
  expect(r.stdout).toMatch(/resource: S3Endpoint \(stack DemoLab\)/);
  expect(r.stdout).toMatch(/path: +VPC endpoint S3Endpoint .* has no policy/);
  expect(r.stdout).toMatch(/fix: +give S3Endpoint a policy .*aws:PrincipalAccount and aws:ResourceAccount/);

  const j = await rws('audit', bad, '--json');
  expect(j.code).toBe(1);
  const doc = JSON.parse(j.stdout);
  expect(doc.ok).toBe(false);
  expect(doc.findings).toEqual([expect.objectContaining({ workspace: 'alice-ws', mode: 'none', destination: 'aws-any-account', resource: 'S3Endpoint' })]);
  expect(doc.units[0].workspaces[0]).toMatchObject({ name: 'alice-ws', mode: 'none', modeSource: 'template Metadata cdk-research-workspaces:lab' });
});

test('the compliance view: Markdown and JSON, with the failed network control and the other areas', async () => {
  const t = awsLab('none');
  t.Resources.Open = { Type: 'AWS::EC2::SecurityGroupEgress', Properties: { GroupId: { 'Fn::GetAtt': ['WsSg', 'GroupId'] }, IpProtocol: '-1', CidrIp: '0.0.0.0/0' } };
  const out = writeAssembly(path.join(dir, 'compliance'), t);
  const md = await rws('audit', out, '--compliance', 'md');
  expect(md.code).toBe(1);
  expect(md.stdout).toMatch(/^# Egress audit: compliance view/);
  expect(md.stdout).toMatch(/## Lab demo \(aws, stack DemoLab\): \d+ failed/);
  expect(md.stdout).toMatch(/\| network \| alice-ws: security-group egress only to the VPC.* \| \*\*FAIL\*\* \| Open: allows all traffic to 0\.0\.0\.0\/0/);
  for (const area of ['storage', 'identity', 'audit']) expect(md.stdout).toMatch(new RegExp(`\\| ${area} \\|`));
  const js = await rws('audit', out, '--compliance', 'json');
  const doc = JSON.parse(js.stdout);
  expect(doc.units[0]).toMatchObject({ kind: 'lab', name: 'demo', passed: false });
  expect(doc.units[0].controls.find((c: any) => c.id === 'identity.imdsv2')).toMatchObject({ result: 'pass' });
  expect(doc.units[0].controls.find((c: any) => c.id === 'network.security-group-egress')).toMatchObject({ result: 'fail' });
});

test('a cdktf.out folder with Kubernetes and Proxmox stacks is audited stack by stack', async () => {
  const out = path.join(dir, 'cdktf.out');
  writeTerraform(out, kubernetesLab('none'), 'k8s-lab');
  const pve = proxmoxLab('none');
  pve.resource.proxmox_virtual_environment_firewall_options.ws_opts.output_policy = 'ACCEPT';
  writeTerraform(out, pve, 'pve-lab');
  const r = await rws('audit', out, '--json');
  expect(r.code).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(doc.units.map((u: any) => [u.backend, u.stack])).toEqual([['kubernetes', 'k8s-lab'], ['proxmox', 'pve-lab']]);
  expect(doc.findings.every((f: any) => f.stack === 'pve-lab')).toBe(true);
  expect(doc.findings.map((f: any) => f.resource)).toContain('proxmox_virtual_environment_firewall_options.ws_opts');
});

test('bad input exits 2 with one message naming the path and the fix', async () => {
  const missing = await rws('audit', path.join(dir, 'nope'));
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/nope: does not exist\. Fix:/);

  const empty = path.join(dir, 'empty');
  fs.mkdirSync(empty);
  const none = await rws('audit', empty);
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/no synthesized stack in it .*Fix: run the synth first/);

  const broken = path.join(dir, 'broken');
  fs.mkdirSync(broken);
  fs.writeFileSync(path.join(broken, 'cdk.tf.json'), '{ not json');
  const bad = await rws('audit', broken);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/cdk\.tf\.json: not valid JSON/);

  expect((await rws('audit', empty, '--internal-resolver', 'not-an-ip')).code).toBe(2);

  const t = awsLab('none');
  delete t.Metadata;
  const old = writeAssembly(path.join(dir, 'old'), t);
  const nomode = await rws('audit', old);
  expect(nomode.code).toBe(2);
  expect(nomode.stderr).toMatch(/workspace alice-ws \(Workspace\) has no egress mode.*--egress none\|proxied\|open/);
  expect((await rws('audit', old, '--egress', 'none')).code).toBe(0);
  expect((await rws('audit', old, '--egress', 'sometimes')).code).toBe(2);
  expect((await rws('audit', old, '--compliance', 'pdf')).code).toBe(2);
});

/** The compiled binary (lab and permit synthesis load their backends with dynamic imports). */
function rwsBin(...argv: string[]): { code: number; stdout: string; stderr: string } {
  ensureBuilt();
  const p = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CHECKPOINT_DISABLE: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
}

test('rws permit audit synthesizes the phase and holds each workspace to the lifecycle network', () => {
  const r = rwsBin('permit', 'audit', '--id', 'p-777', '--status', 'ANALYSIS_ACTIVE', '--backend', 'kubernetes', '--json');
  expect([0, 1]).toContain(r.code);
  const doc = JSON.parse(r.stdout);
  expect(doc.units).toHaveLength(1);
  expect(doc.units[0]).toMatchObject({ kind: 'permit', name: 'p-777', status: 'ANALYSIS_ACTIVE', backend: 'kubernetes' });
  expect(doc.units[0].workspaces.map((w: any) => [w.name, w.mode])).toEqual([['analysis', 'none']]);
  expect(r.code).toBe(doc.findings.length ? 1 : 0);
}, 300_000);

test('rws lab audit synthesizes the lab file and audits every workspace with its mode', () => {
  const r = rwsBin('lab', 'audit', 'examples/kubernetes-lab/lab.yaml', '--json');
  expect([0, 1]).toContain(r.code);
  const doc = JSON.parse(r.stdout);
  expect(doc.units[0]).toMatchObject({ kind: 'lab', backend: 'kubernetes' });
  expect(doc.units[0].workspaces.map((w: any) => [w.name, w.mode]).sort()).toEqual([['alice-ml', 'proxied'], ['bob-offline', 'none'], ['carol-rstudio', 'proxied']]);
  expect(r.code).toBe(doc.findings.length ? 1 : 0);
}, 300_000);
