/**
 * The CI files `rws institution pipeline` writes, checked by real tools rather than by our own
 * reading of them:
 * - GitHub Actions: GitHub's own workflow parser (@actions/workflow-parser, run by
 *   test/helpers/github-workflow-check.mjs): the workflow schema, every expression, and the
 *   jobs' dependency graph.
 * - GitLab CI: gitlab-ci-local, which validates .gitlab-ci.yml against GitLab's CI JSON schema
 *   (the one GitLab's pipeline editor uses, shipped inside the package), resolves `extends`,
 *   evaluates `workflow:` and job `rules:` for the branch of a local git repository, and checks
 *   that every `needs:` names a job. Nothing is run and nothing leaves the machine.
 * Every file generated for the example institution and for random institutions passes; a file
 * broken in each of the ways below is refused.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { githubWorkflow, gitlabCi, PipelineOptions } from '../../src/cli/institution-pipeline';
import { main } from '../../src/cli/main';
import { cleanTempDirs, tempDir } from '../helpers/synth';

const ROOT = path.join(__dirname, '..', '..');
const FILE = path.join(ROOT, 'examples', 'institution', 'institution.yaml');
const GITHUB_CHECK = path.join(ROOT, 'test', 'helpers', 'github-workflow-check.mjs');
const GITLAB_CI_LOCAL = path.join(ROOT, 'node_modules', 'gitlab-ci-local', 'src', 'index.js');

afterAll(cleanTempDirs);

interface GithubResult { file: string; errors: string[]; jobs: string[] }

/** GitHub's parser on each file (one process for all of them). */
function githubCheck(files: string[]): GithubResult[] {
  const r = spawnSync(process.execPath, [GITHUB_CHECK, ...files], { encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`github-workflow-check failed (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

interface GitlabResult { status: number; jobs: Array<{ name: string; stage: string; when: string; needs?: Array<{ job: string }> }>; errors: string }

/** gitlab-ci-local --list-json on the file, in a fresh git repository on `branch` (its rules depend on the branch). */
function gitlabCheck(text: string, branch = 'main'): GitlabResult {
  const dir = tempDir('rws-gitlab-ci-');
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.email=ci@example.org', '-c', 'user.name=ci', '-c', 'init.defaultBranch=main', ...args], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  };
  git('init', '-q');
  git('checkout', '-q', '-b', branch);
  fs.writeFileSync(path.join(dir, '.gitlab-ci.yml'), text);
  git('add', '.gitlab-ci.yml');
  git('commit', '-q', '-m', 'pipeline');
  const r = spawnSync(process.execPath, [GITLAB_CI_LOCAL, '--list-json'], { cwd: dir, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  // Its log (git remote fallbacks and the like) goes to stderr; the errors are the lines after it.
  const errors = (r.stderr ?? '').split('\n').filter((l) => !/^(\s+Command failed|fatal:|error: No such remote|Unable to retrieve|Using fallback|parsing and downloads|json schema validated)/.test(l)).join('\n').trim();
  return { status: r.status ?? -1, jobs: r.status === 0 ? JSON.parse(r.stdout) : [], errors };
}

async function generateExample(): Promise<{ github: string; gitlab: string }> {
  const out = tempDir('rws-ci-files-');
  const code = await main(['institution', 'pipeline', FILE, '--out', out], {
    stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: process.cwd(),
  });
  expect(code).toBe(0);
  return { github: path.join(out, '.github', 'workflows', 'institution.yml'), gitlab: path.join(out, '.gitlab-ci.yml') };
}

const name = fc.stringMatching(/^[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5})?$/);
/** Options of random institutions: names, tenants with and without an account of their own, branches, Node versions. */
const options: fc.Arbitrary<PipelineOptions> = fc.record({
  institution: name,
  tenants: fc.uniqueArray(name, { minLength: 1, maxLength: 4 }),
  labs: fc.integer({ min: 1, max: 3 }),
  organization: fc.boolean(),
  branch: fc.constantFrom('main', 'production', 'release/2025.1', 'deploy_prod'),
  nodeVersion: fc.constantFrom('20', '22'),
}).map((x) => ({
  institution: x.institution,
  file: 'institution.yaml',
  branch: x.branch,
  nodeVersion: x.nodeVersion,
  stacks: [
    ...(x.organization ? [{ stack: `${x.institution}--organization` }] : []),
    ...x.tenants.flatMap((t) => Array.from({ length: x.labs }, (_, i) => ({ stack: `${x.institution}-${t}--lab${i}`, tenant: t }))),
    ...x.tenants.map((t) => ({ stack: `${x.institution}-${t}--tenant`, tenant: t })),
  ],
}));

describe('GitHub Actions: GitHub\'s workflow parser', () => {
  test('the example institution\'s workflow and those of random institutions parse without an error', async () => {
    const { github } = await generateExample();
    const dir = tempDir('rws-gh-random-');
    const random = fc.sample(options, { numRuns: 25, seed: 20 }).map((o, i) => {
      const f = path.join(dir, `workflow-${i}.yml`);
      fs.writeFileSync(f, githubWorkflow(o));
      return f;
    });
    const results = githubCheck([github, ...random]);
    expect(results).toHaveLength(26);
    for (const r of results) {
      expect({ file: r.file, errors: r.errors }).toEqual({ file: r.file, errors: [] });
      expect(r.jobs).toEqual(['synth', 'diff', 'deploy']);
    }
  });

  test('a broken workflow is caught, with its line: an unknown key, a job that needs a job that does not exist, a bad expression', async () => {
    const { github } = await generateExample();
    const text = fs.readFileSync(github, 'utf8');
    const dir = tempDir('rws-gh-broken-');
    const broken: Array<[string, string, RegExp]> = [
      ['key', text.replace('    runs-on: ubuntu-latest\n    steps:', '    runs_on: ubuntu-latest\n    steps:'), /Unexpected value 'runs_on'/],
      ['needs', text.replace('needs: synth', 'needs: synthesize'), /Job 'diff' depends on unknown job 'synthesize'/],
      ['expression', text.replace('${{ matrix.stack }}', '${{ matrix.stack( }}'), /Unexpected symbol: '\('/],
    ];
    for (const [what, changed] of broken) {
      expect(changed).not.toBe(text);
      fs.writeFileSync(path.join(dir, `${what}.yml`), changed);
    }
    const results = githubCheck(broken.map(([what]) => path.join(dir, `${what}.yml`)));
    broken.forEach(([, , message], i) => {
      expect(results[i].errors.join('\n')).toMatch(message);
      expect(results[i].errors.join('\n')).toMatch(/\(Line: \d+, Col: \d+\)/);
    });
  });
});

describe('GitLab CI: gitlab-ci-local with GitLab\'s CI schema', () => {
  test('the example institution\'s file: valid; on the deploy branch every job, each deployment after the approval and the one before; elsewhere never a deployment', async () => {
    const { gitlab } = await generateExample();
    const text = fs.readFileSync(gitlab, 'utf8');
    const onMain = gitlabCheck(text, 'main');
    expect(onMain.errors).toBe('');
    expect(onMain.status).toBe(0);
    const names = onMain.jobs.map((j) => j.name);
    expect(names.filter((n) => n.startsWith('deploy:'))).toHaveLength(6);
    expect(onMain.jobs.find((j) => j.name === 'approve-production')).toMatchObject({ stage: 'deploy', when: 'manual' });
    const deploys = onMain.jobs.filter((j) => j.name.startsWith('deploy:'));
    deploys.forEach((j, i) => {
      const needs = (j.needs ?? []).map((n) => n.job);
      expect(needs).toEqual(expect.arrayContaining(['synth', 'approve-production', `diff:${j.name.slice('deploy:'.length)}`, ...(i > 0 ? [deploys[i - 1].name] : [])]));
      expect(j.when).toBe('on_success');
    });
    expect(onMain.jobs.filter((j) => j.when === 'never')).toEqual([]);
    // On another branch (a merge request's source) the rules leave synthesis and the diffs only:
    // the approval and every deployment evaluate to "never".
    const onFeature = gitlabCheck(text, 'feature/new-lab');
    expect(onFeature.status).toBe(0);
    const runs = onFeature.jobs.filter((j) => j.when !== 'never').map((j) => j.name);
    expect(runs.filter((n) => !n.startsWith('diff:'))).toEqual(['synth']);
    expect(runs.filter((n) => n.startsWith('diff:'))).toHaveLength(6);
    expect(onFeature.jobs.filter((j) => j.when === 'never').map((j) => j.name)).toEqual(['approve-production', ...names.filter((n) => n.startsWith('deploy:'))]);
  });

  test('files of random institutions are valid too', () => {
    for (const o of fc.sample(options, { numRuns: 4, seed: 7 })) {
      const r = gitlabCheck(gitlabCi(o), o.branch);
      expect(r.errors).toBe('');
      expect(r.status).toBe(0);
      expect(r.jobs.filter((j) => j.name.startsWith('deploy:')).map((j) => j.name)).toEqual(o.stacks.map((s) => `deploy:${s.stack}`));
    }
  });

  test('a broken file is refused: a value outside GitLab\'s schema, a job that needs a job that does not exist', async () => {
    const { gitlab } = await generateExample();
    const text = fs.readFileSync(gitlab, 'utf8');
    const badWhen = gitlabCheck(text.replace('when: manual', 'when: sometimes'));
    expect(badWhen.status).not.toBe(0);
    expect(badWhen.errors).toMatch(/Invalid .gitlab-ci.yml configuration!/);
    expect(badWhen.errors).toMatch(/'when' property must be one of \[.*manual.*\] \(found sometimes\) at approve-production.rules.0.when/);
    const badNeeds = gitlabCheck(text.replace('needs: [synth]', 'needs: [synthesize]'));
    expect(badNeeds.status).not.toBe(0);
    expect(badNeeds.errors).toMatch(/needs: \[synthesize\] for diff:example-university--organization could not be found/);
  });
});
