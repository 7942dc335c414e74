/**
 * Acknowledgments without the caller's stack where creation stack traces are off (issue 18):
 * a lab's acknowledgments keep their rule, reason and construct path, and leave out the stack
 * aws-cdk-lib would capture; an app that keeps creation stacks (its own context, CDK_DEBUG=true)
 * keeps theirs too; the acknowledgments still silence what they acknowledge.
 */
import * as fs from 'fs';
import * as path from 'path';
import { App, Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { buildSmallLab } from '../../examples/small-lab/main';
import { acknowledge, DISABLE_CREATION_STACK_TRACES } from '../../src/constructs/aws/private/acknowledge';
import { cleanTempDirs, tempDir } from '../helpers/synth';

afterAll(cleanTempDirs);

interface Ack { readonly path: string; readonly data: Record<string, string>; readonly trace?: string[] }

/** Every acknowledgment the cloud assembly records, from every stack's metadata (in the manifest or its own file). */
function acknowledgments(dir: string): Ack[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const out: Ack[] = [];
  const read = (metadata: Record<string, any[]>) => {
    for (const [p, entries] of Object.entries(metadata)) {
      for (const e of entries) if (e.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY) out.push({ path: p, data: e.data, trace: e.trace });
    }
  };
  for (const artifact of Object.values<any>(manifest.artifacts)) {
    if (artifact.metadata) read(artifact.metadata);
    if (artifact.additionalMetadataFile) read(JSON.parse(fs.readFileSync(path.join(dir, artifact.additionalMetadataFile), 'utf8')));
  }
  return out;
}

/** The stack a trace shows: lines naming a source file of this project. */
function ourFrames(a: Ack): string[] {
  return (a.trace ?? []).filter((l) => /src[/\\](constructs|stacks)[/\\]/.test(l));
}

describe('acknowledgments in a lab', () => {
  const env = process.env.CDK_DEBUG;
  afterEach(() => {
    if (env === undefined) delete process.env.CDK_DEBUG;
    else process.env.CDK_DEBUG = env;
  });

  test('recorded with rule, reason and path, without the stack that made them (creation stacks off)', () => {
    delete process.env.CDK_DEBUG;
    const dir = buildSmallLab(tempDir('ack-off-'), { builtinCloudFormationValidation: false }).synth().directory;
    // aws-cdk-lib's own acknowledgments (its VPC acknowledges W3010 itself) keep their stacks.
    const all = acknowledgments(dir);
    const acks = all.filter((a) => !/in aws-cdk-lib/.test((a.trace ?? [])[0] ?? ''));
    expect(all.length - acks.length).toBeLessThanOrEqual(5);
    expect(acks.length).toBeGreaterThan(20);
    for (const a of acks) {
      expect(Object.keys(a.data)).toHaveLength(1);
      expect(Object.values(a.data)[0].length).toBeGreaterThan(10);
      expect(ourFrames(a)).toEqual([]);
      expect((a.trace ?? []).length).toBeLessThanOrEqual(1);
    }
    // One of the workspace's by-design acknowledgments is among them, at the workspace's path.
    expect(acks.some((a) => a.path.includes('alice-jupyter') && Object.keys(a.data)[0] === 'Annotation::AwsSolutions-EC29')).toBe(true);
  });

  test('an app that keeps creation stacks keeps the acknowledgments\' stacks (context false, or CDK_DEBUG=true)', () => {
    delete process.env.CDK_DEBUG;
    const kept = acknowledgments(buildSmallLab(tempDir('ack-ctx-'), { builtinCloudFormationValidation: false, context: { [DISABLE_CREATION_STACK_TRACES]: false } }).synth().directory);
    expect(kept.length).toBeGreaterThan(20);
    expect(kept.filter((a) => ourFrames(a).length > 0).length).toBe(kept.length);
    process.env.CDK_DEBUG = 'true';
    const debug = acknowledgments(buildSmallLab(tempDir('ack-debug-'), { builtinCloudFormationValidation: false }).synth().directory);
    expect(debug.length).toBe(kept.length);
    expect(debug.filter((a) => ourFrames(a).length > 0).length).toBe(debug.length);
  });
});

describe('acknowledge()', () => {
  test('puts Error.stackTraceLimit back, also when aws-cdk-lib refuses the id', () => {
    const app = new App({ context: { [DISABLE_CREATION_STACK_TRACES]: true } });
    const stack = new Stack(app, 'S');
    const limit = Error.stackTraceLimit;
    acknowledge(stack, { id: 'AwsSolutions-EC29', reason: 'a test reason' });
    expect(Error.stackTraceLimit).toBe(limit);
    expect(() => acknowledge(stack, { id: 'a::b::c', reason: 'three namespaces' })).toThrow(/Invalid validation rule ID/);
    expect(Error.stackTraceLimit).toBe(limit);
  });

  test('an acknowledgment without its stack still silences the warning it names', () => {
    const warnings = (traces: boolean): string[] => {
      const app = new App({ context: { [DISABLE_CREATION_STACK_TRACES]: !traces } });
      const stack = new Stack(app, 'S', { env: { region: 'us-east-1', account: '111111111111' } });
      // A VPC reads the stack's availability zones: aws-cdk-lib warns about literal zones (W3010)
      // only through its validator; an annotation warning is the portable check here.
      const vpc = new ec2.Vpc(stack, 'Vpc', { maxAzs: 1, natGateways: 0 });
      Validations.of(vpc).addWarning('rws-test-finding', 'a finding the test acknowledges');
      acknowledge(vpc, { id: 'Annotation::rws-test-finding', reason: 'acknowledged by the test' });
      const asm = app.synth();
      return asm.getStackByName('S').messages.filter((m) => m.level === 'warning').map((m) => String(m.entry.data));
    };
    for (const traces of [true, false]) expect(warnings(traces).join('\n')).not.toContain('a finding the test acknowledges');
  });
});
