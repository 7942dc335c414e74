/**
 * The example apps, checked with the real tools: cfn-lint on every synthesized template, the
 * cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5 packs on every stack, and the CDK
 * CLI synthesizing from the example's cdk.json with no credentials and no lookups.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import { perimeterProblems } from './perimeter-check';
import { buildInstitutionLab, INSTITUTION_LAB_STACK } from '../../examples/institution-lab/main';
import { buildSmallLab, SMALL_LAB_STACK } from '../../examples/small-lab/main';
import { LabStack } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, SynthesizedTemplate, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

/**
 * cfn-lint rules ignored, each with the reason. Empty: every template is clean (errors,
 * warnings and informational findings).
 */
const CFN_LINT_IGNORED: Record<string, string> = {};

const examples: Array<[string, (outdir: string) => App, string, string[]]> = [
  ['small-lab', (o) => buildSmallLab(o), SMALL_LAB_STACK, []],
  // The institution's policy opts in to github.com (RStudio and code-server releases), with the warning.
  ['institution-lab', (o) => buildInstitutionLab(o), INSTITUTION_LAB_STACK, ['github.com']],
];

afterAll(cleanTempDirs);

describe.each(examples)('example %s', (name, build, stackName, optIn) => {
  let app: App;
  let templates: SynthesizedTemplate[];

  beforeAll(() => {
    app = build(tempDir(`rws-${name}-`));
    templates = synthTemplates(app);
  });

  test('synthesizes the lab stack and its workspace stacks, each within 80% of the limits', () => {
    const lab = app.node.findChild(stackName) as LabStack;
    expect(templates.length).toBe(1 + lab.workspaceStacks.length);
    expect(lab.workspaces.length).toBeGreaterThan(0);
    for (const u of lab.stackUsage()) {
      expect(u.resources).toBeLessThanOrEqual(400);
      expect(u.templateBytes).toBeLessThanOrEqual(800_000);
    }
  });

  test('no secret value and no public address in any template', () => {
    for (const t of templates) {
      const text = JSON.stringify(t.template);
      expect(text).not.toMatch(/"SecretString"|PRIVATE KEY|"AssociatePublicIpAddress":true|"MapPublicIpOnLaunch":true/);
    }
  });

  test('cfn-lint finds nothing in any template', () => {
    if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
    const matches = cfnLint(templates.map((t) => t.file), Object.keys(CFN_LINT_IGNORED));
    expect(formatMatches(matches)).toBe('');
  });

  test('the data perimeter of proxied egress holds (endpoint policies, security groups, routes, DNS Firewall)', () => {
    expect(perimeterProblems(templates.map((t) => t.template), 'proxied', optIn)).toEqual([]);
  });

  test('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
    const findings = nagFindings(app);
    expect(formatFindings(findings)).toBe('');
  });

  test('every acknowledgement carries a reason of substance', () => {
    const acks: Array<{ path: string; id: string; reason: string }> = [];
    for (const c of app.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type === 'aws:cdk:acknowledged-rules' && m.data) {
          for (const [id, reason] of Object.entries<any>(m.data)) acks.push({ path: c.node.path, id, reason: String(reason) });
        }
      }
    }
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) expect(a.reason.length).toBeGreaterThan(80);
  });
});

test('the CDK CLI synthesizes the small lab from its cdk.json, offline, with no credentials', () => {
  const dir = path.join(__dirname, '..', '..', 'examples', 'small-lab');
  const out = tempDir('rws-cli-');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? out,
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CDK_VALIDATION: 'false',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
  };
  const cdk = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'cdk');
  const r = spawnSync(cdk, ['synth', '--quiet', '--no-lookups', '--output', out], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  expect(fs.readdirSync(out).filter((f) => f.endsWith('.template.json')).length).toBeGreaterThan(1);
});
