import * as fs from 'fs';
import * as path from 'path';
import { App } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { EXAMPLE_DATA_HOLDER_KEYS, EXAMPLE_IMAGE_PARAMETER, examplePermit } from '../../examples/permit-aws/main';
import { PermitStack, PermitStatus } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { cleanTempDirs, tempDir } from '../helpers/synth';
import { metricProblems } from '../institution/checks';

/**
 * Permit phases on a dashboard: with `dashboard: true` a permit's stack carries a CloudWatch
 * dashboard that names its phase (rebuilt at every event) and graphs its workspaces and volumes;
 * every metric resolves to a resource of the stack.
 */

afterAll(cleanTempDirs);

function synth(status: PermitStatus, previous: PermitStatus | undefined, dashboard: boolean | undefined) {
  const outdir = tempDir('rws-permit-dashboard-');
  const app = new App({ outdir, builtinCloudFormationValidation: false });
  const stack = new PermitStack(app, PermitStack.stackNameOf('p-dash'), {
    permit: examplePermit('p-dash', status, previous, `evt-${status.toLowerCase()}`),
    auditTimestamp: '2026-01-01T00:00:00Z',
    dataHolderKeys: EXAMPLE_DATA_HOLDER_KEYS,
    machineImage: ec2.MachineImage.fromSsmParameter(EXAMPLE_IMAGE_PARAMETER),
    ...(dashboard === undefined ? {} : { dashboard }),
  });
  app.synth();
  const file = path.join(outdir, `${stack.artifactId}.template.json`);
  return { stack, file, template: JSON.parse(fs.readFileSync(file, 'utf8')) };
}

function dashboards(template: any): any[] {
  return Object.values<any>(template.Resources).filter((r) => r.Type === 'AWS::CloudWatch::Dashboard');
}

/** The dashboard body with tokens shown as markers, parsed. */
function bodyOf(d: any): any {
  const body = d.Properties.DashboardBody;
  const text = typeof body === 'string' ? body : body['Fn::Join'][1].map((x: any) => (typeof x === 'string' ? x : 'TOKEN')).join(body['Fn::Join'][0]);
  return JSON.parse(text);
}

describe('a permit\'s dashboard', () => {
  test('is not there unless asked for', () => {
    expect(dashboards(synth(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, undefined).template)).toEqual([]);
  });

  test('names the phase, the previous phase and the event, and graphs the phase\'s workspaces and volumes', () => {
    const { stack, file, template } = synth(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING, true);
    const [d] = dashboards(template);
    expect(d.Properties.DashboardName).toBe('permit-p-dash');
    const body = bodyOf(d);
    const text = body.widgets.find((w: any) => w.type === 'text').properties.markdown;
    expect(text).toContain('# Permit p-dash: ANALYSIS_ACTIVE');
    expect(text).toContain('Previous phase: WORKSPACE_SETUP_REVIEW_PENDING');
    expect(text).toContain('evt-analysis_active');
    const titles = body.widgets.map((w: any) => w.properties.title).filter(Boolean);
    expect(titles).toEqual(['Workspaces: CPU (%)', 'Workspaces: failed status checks', 'Volumes: bytes stored']);
    // One line per workspace and per volume of the phase.
    const cpu = body.widgets.find((w: any) => w.properties.title === 'Workspaces: CPU (%)');
    expect(cpu.properties.metrics).toHaveLength(stack.airlock.workspaces.length);
    const bytes = body.widgets.find((w: any) => w.properties.title === 'Volumes: bytes stored');
    expect(bytes.properties.metrics).toHaveLength(stack.airlock.buckets.length);
    // Every metric's dimensions resolve to a resource of the stack (an instance, a bucket).
    const checked = metricProblems({ [stack.stackName]: template });
    expect(checked.problems).toEqual([]);
    expect(checked.dimensions).toBeGreaterThanOrEqual(stack.airlock.workspaces.length * 2 + stack.airlock.buckets.length * 2);
    expect(formatMatches(cfnLint([file]))).toBe('');
  });

  test('follows the phases: another status, another text; none once the permit is deleted', () => {
    const ingress = bodyOf(dashboards(synth(PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.AWAITING_INGRESS, true).template)[0]);
    expect(ingress.widgets[0].properties.markdown).toContain(': INGRESS_IN_PROGRESS');
    expect(dashboards(synth(PermitStatus.DELETED, PermitStatus.ARCHIVED, true).template)).toEqual([]);
  });
});
