/**
 * The real tools on every phase: cfn-lint (errors, warnings and informational findings) on
 * every synthesized template, and the cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5
 * packs on every stack with nothing left unacknowledged; every acknowledgement is read here
 * with its reason.
 */
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { cleanTemp, desktopTemplate, examplePhase, HAPPY_PATH, labVpc, Synth, tempDir } from './helpers';
import { examplePermit } from '../../examples/permit-aws/main';
import { AirlockEgressControl, AirlockSftpExposure, AirlockWorkspace, PermitLifecycle, PermitStatus } from '../../src';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;

/** cfn-lint rules ignored, each with its reason. Empty: every template is clean. */
const CFN_LINT_IGNORED: Record<string, string> = {};

const stacks: Array<[string, Synth]> = [];
let labApp: App;
let labTemplate: string;

/**
 * What cfn-lint sees of a template's shape: its resource types with their property names
 * (sorted). Phases that differ only in values (tags, status strings) share a shape.
 */
function shape(template: any): string {
  return JSON.stringify(Object.values<any>(template.Resources).map((r) => `${r.Type}(${Object.keys(r.Properties ?? {}).sort().join(',')})`).sort());
}

beforeAll(() => {
  for (const [status, previous] of HAPPY_PATH) stacks.push([status, examplePhase(status, previous)]);
  stacks.push(['WORKSPACE_SETUP_PENDING (proxy instance)', examplePhase(S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, 'evt-p', { egressControl: AirlockEgressControl.PROXY_INSTANCE })]);
  stacks.push(['INGRESS_IN_PROGRESS (internal SFTP)', examplePhase(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, 'evt-i', { sftpExposure: AirlockSftpExposure.INTERNAL })]);
  // In a lab's existing VPC, the airlock adds no network of its own.
  labApp = new App({ builtinCloudFormationValidation: false, outdir: tempDir() });
  const lab = new Stack(labApp, 'Lab');
  const vpc = labVpc(lab);
  new AirlockWorkspace(lab, 'Permit', {
    plan: PermitLifecycle.plan(examplePermit('p-010', S.WORKSPACE_SETUP_PENDING, S.DATA_PREPARATION_REVIEW_PENDING)),
    vpc,
    proxySubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    template: desktopTemplate(),
    machineImage: ec2.MachineImage.fromSsmParameter('/rws-test/desktop-image'),
    s3PrefixListId: 'pl-6da54004',
  });
  labTemplate = path.join(labApp.synth().directory, 'Lab.template.json');
}, 300_000);
afterAll(cleanTemp);

test('cfn-lint finds nothing in any template (one per distinct shape: phases that differ only in values share one)', () => {
  if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
  const byShape = new Map<string, string>();
  for (const [, s] of stacks) if (!byShape.has(shape(s.template))) byShape.set(shape(s.template), s.file);
  expect(byShape.size).toBeGreaterThanOrEqual(10);
  const matches = cfnLint([...byShape.values(), labTemplate], Object.keys(CFN_LINT_IGNORED));
  expect(formatMatches(matches)).toBe('');
}, 300_000);

describe('cdk-nag AwsSolutions, HIPAA Security and NIST 800-53 R5: no unacknowledged finding', () => {
  test.each(HAPPY_PATH.map(([s]) => s as string).concat(['WORKSPACE_SETUP_PENDING (proxy instance)', 'INGRESS_IN_PROGRESS (internal SFTP)']))('%s', (name) => {
    const s = stacks.find(([n]) => n === name)![1];
    expect(formatFindings(nagFindings(s.stack))).toBe('');
  });

  test('in an existing lab VPC', () => {
    expect(formatFindings(nagFindings(labApp))).toBe('');
  });
});

test('every acknowledgement of the airlock carries a reason a reviewer can check', () => {
  const acks: Array<{ path: string; id: string; reason: string }> = [];
  for (const [, s] of stacks) {
    for (const c of s.app.node.findAll()) {
      for (const m of c.node.metadata) {
        if (m.type === 'aws:cdk:acknowledged-rules' && m.data) {
          for (const [id, reason] of Object.entries<any>(m.data)) acks.push({ path: c.node.path, id: id.replace(/^annotation::/i, ''), reason: String(reason) });
        }
      }
    }
  }
  const ours = acks.filter((a) => !a.path.includes('/Workspace') && !/\/(hdab|researcher|setup|analysis)[^/]*\/(Role|Resource|ServiceSecret)/.test(a.path));
  expect(ours.length).toBeGreaterThan(10);
  for (const a of acks) expect({ id: a.id, path: a.path, long: a.reason.length > 80 }).toEqual({ id: a.id, path: a.path, long: true });
  // Never a blanket acknowledgement of the wildcard rule: each one names the wildcard it accepts.
  for (const a of acks.filter((x) => x.id.startsWith('AwsSolutions-IAM5'))) expect(a.id).toMatch(/^AwsSolutions-IAM5\[(Resource|Action)::.+\]$/);
  // Nothing that reads data is acknowledged away: no acknowledgement of encryption, public access or TLS rules on a permit bucket.
  const forbidden = /S3BucketSSLRequestsOnly|S3BucketLevelPublicAccessProhibited|S3BucketPublicRead|S3BucketPublicWrite|S10|S2$|S3BucketServerSideEncryption|S3BucketVersioningEnabled/;
  expect(acks.filter((a) => forbidden.test(a.id))).toEqual([]);
});
