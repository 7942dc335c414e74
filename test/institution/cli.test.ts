/**
 * `rws institution report`, `diagram` and `pipeline`, run in-process through the CLI's main()
 * on the example institution. The generated CI files are parsed and their jobs checked here;
 * ci-files.test.ts checks them with GitHub's workflow parser and with gitlab-ci-local (GitLab's
 * CI schema).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { rwsInProcess } from '../helpers/rws-in-process';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const FILE = path.join(__dirname, '..', '..', 'examples', 'institution', 'institution.yaml');
afterAll(cleanTempDirs);

const rws = (...argv: string[]) => rwsInProcess(argv);

const STACKS = [
  'example-university--organization',
  'example-university-physics--astro', 'example-university-physics--particles', 'example-university-biology--genomics',
  'example-university-physics--tenant', 'example-university-biology--tenant',
];

test('report: usage, cost and users per tenant and lab, against the quotas', async () => {
  const r = await rws('institution', 'report', FILE, '--json');
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const doc = JSON.parse(r.stdout);
  expect(doc.hoursPerMonth).toBe(176);
  expect(doc.tenants.map((t: any) => [t.tenant, t.workspaces, t.vcpus, t.users, t.labs.map((l: any) => l.lab)])).toEqual([
    ['physics', 3, 12, 5, ['astro', 'particles']],
    ['biology', 2, 6, 5, ['genomics']],
  ]);
  for (const t of doc.tenants) {
    expect(t.monthlyCost).toBeCloseTo(t.hourlyCost * 176, 6);
    expect(t.monthlyCost).toBeLessThanOrEqual(t.quota.monthlySpend);
  }
  const text = await rws('institution', 'report', FILE, '--hours', '730');
  expect(text.stdout).toMatch(/physics\s+2\s+3\/6\s+12\/24\s+0\/0\s+120\/600/);
});

test('pipeline: a GitHub workflow and a GitLab CI file that synthesize, audit, diff, and deploy every stack after approval', async () => {
  const out = tempDir('rws-pipeline-');
  const r = await rws('institution', 'pipeline', FILE, '--out', out);
  expect(r.stderr).toMatch(/wrote .*institution\.yml\nwrote .*\.gitlab-ci\.yml/);
  expect(r.code).toBe(0);
  const gh = YAML.parse(fs.readFileSync(path.join(out, '.github', 'workflows', 'institution.yml'), 'utf8'));
  expect(Object.keys(gh.on).sort()).toEqual(['pull_request', 'push']);
  expect(gh.on.push.branches).toEqual(['main']);
  expect(gh.permissions).toEqual({ 'contents': 'read', 'id-token': 'write' });
  const synthRuns = gh.jobs.synth.steps.map((s: any) => s.run).filter(Boolean);
  expect(synthRuns).toEqual(['npm ci', 'npx cdk synth --quiet --no-lookups --output cdk.out', 'npx rws audit cdk.out']);
  expect(gh.jobs.diff.strategy.matrix.include.map((m: any) => m.stack)).toEqual(STACKS);
  const deploy = gh.jobs.deploy;
  expect(deploy.environment).toBe('production');
  expect(deploy.needs).toEqual(['synth', 'diff']);
  expect(deploy.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
  expect(deploy.strategy['max-parallel']).toBe(1);
  expect(deploy.strategy.matrix.include.map((m: any) => [m.stack, m.role])).toEqual([
    [STACKS[0], 'DEPLOY_ROLE_ORGANIZATION'], [STACKS[1], 'DEPLOY_ROLE_PHYSICS'], [STACKS[2], 'DEPLOY_ROLE_PHYSICS'],
    [STACKS[3], 'DEPLOY_ROLE_BIOLOGY'], [STACKS[4], 'DEPLOY_ROLE_PHYSICS'], [STACKS[5], 'DEPLOY_ROLE_BIOLOGY'],
  ]);
  expect(deploy.steps.at(-1).run).toBe('npx cdk --app cdk.out deploy --require-approval never --exclusively ${{ matrix.stack }}');

  const gl = YAML.parse(fs.readFileSync(path.join(out, '.gitlab-ci.yml'), 'utf8'));
  expect(gl.stages).toEqual(['synth', 'diff', 'deploy']);
  expect(gl.synth.script).toEqual(['npx cdk synth --quiet --no-lookups --output cdk.out', 'npx rws audit cdk.out']);
  expect(gl['approve-production']).toMatchObject({ allow_failure: false, rules: [{ if: '$CI_COMMIT_BRANCH == "main"', when: 'manual' }] });
  const deploys = Object.keys(gl).filter((k) => k.startsWith('deploy:'));
  expect(deploys).toEqual(STACKS.map((s) => `deploy:${s}`));
  deploys.forEach((k, i) => {
    const job = gl[k];
    expect(job.needs).toEqual(['synth', 'approve-production', `diff:${STACKS[i]}`, ...(i > 0 ? [deploys[i - 1]] : [])]);
    expect(job.environment).toEqual({ name: 'production' });
    // No deployment job is manual itself (one approval), and none runs off the main branch.
    expect(job.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == "main"' }]);
    expect(job.script).toEqual([`npx cdk --app cdk.out deploy --require-approval never --exclusively ${STACKS[i]}`]);
  });
  expect(Object.keys(gl).filter((k) => k.startsWith('diff:'))).toHaveLength(STACKS.length);
});

test('diagram: the organization, each tenant with its isolation, and its labs (Mermaid)', async () => {
  const r = await rws('institution', 'diagram', FILE);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^flowchart/m);
  for (const s of ['Tenant physics', 'Tenant biology', 'lab astro', 'lab particles', 'lab genomics', 'OU example-university-biology', 'rws-boundary-physics-astro']) {
    expect(r.stdout).toContain(s);
  }
});

test('a missing institution file: one error and exit code 2', async () => {
  const r = await rws('institution', 'report', path.join(__dirname, 'no-such.yaml'));
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/no-such\.yaml: the institution file does not exist/);
});
