/**
 * RenderOnceNestedStack (issue 18): a nested stack's template is rendered once per synthesis
 * (for its asset hash) and that rendering is what is written; where aws-cdk-lib changes a
 * template after hashing it (a nested stack inside the nested stack), it renders again.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { App, CfnOutput, CfnResource, NestedStack, Stack } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { RenderOnceNestedStack } from '../../src/constructs/aws/private/render-once-stack';
import { cleanTempDirs, tempDir } from '../helpers/synth';

afterAll(cleanTempDirs);

type NestedClass = new (scope: Construct, id: string) => NestedStack;

/** Counts the renderings of each nested stack's whole template (aws-cdk-lib's own method). */
function countRenders(): { counts: Map<string, number>; restore: () => void } {
  const counts = new Map<string, number>();
  const proto = Stack.prototype as unknown as { _toCloudFormation(): unknown };
  const original = proto._toCloudFormation;
  proto._toCloudFormation = function (this: Stack) {
    if (this.nested) counts.set(this.node.path, (counts.get(this.node.path) ?? 0) + 1);
    return original.call(this);
  };
  return { counts, restore: () => { proto._toCloudFormation = original; } };
}

/** A parent stack with two nested stacks that reference its resources and each other's outputs. */
function build(outdir: string, cls: NestedClass, innerCls?: NestedClass): App {
  const app = new App({ outdir, builtinCloudFormationValidation: false, context: { 'aws:cdk:disable-creation-stack-traces': true } });
  const parent = new Stack(app, 'Parent', { env: { region: 'us-east-1', account: '111111111111' } });
  const shared = new ssm.StringParameter(parent, 'Shared', { stringValue: 'shared-value' });
  const a = new cls(parent, 'A');
  const pa = new ssm.StringParameter(a, 'InA', { stringValue: shared.parameterName });
  const b = new cls(parent, 'B');
  new ssm.StringParameter(b, 'InB', { stringValue: pa.parameterName });
  new CfnOutput(parent, 'FromB', { value: (b.node.findChild('InB') as ssm.StringParameter).parameterArn });
  if (innerCls) {
    const inner = new innerCls(a, 'Inner');
    new CfnResource(inner, 'Topic', { type: 'AWS::SNS::Topic', properties: { DisplayName: shared.parameterName } });
  }
  return app;
}

function written(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.template.json')).sort()) out.set(f, fs.readFileSync(path.join(dir, f), 'utf8'));
  return out;
}

describe('RenderOnceNestedStack', () => {
  test('each nested template is rendered once and is byte-identical to what NestedStack writes', () => {
    const plain = tempDir('render-once-plain-');
    const once = tempDir('render-once-');
    let renders = countRenders();
    try {
      build(plain, NestedStack).synth();
    } finally {
      renders.restore();
    }
    const plainCounts = renders.counts;
    renders = countRenders();
    try {
      build(once, RenderOnceNestedStack).synth();
    } finally {
      renders.restore();
    }
    // aws-cdk-lib renders a nested template twice (hash, then write); this class once.
    expect(plainCounts.get('Parent/A')).toBe(2);
    expect(renders.counts.get('Parent/A')).toBe(1);
    expect(renders.counts.get('Parent/B')).toBe(1);
    const a = written(plain);
    const b = written(once);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBe(3);
    for (const [f, text] of a) expect(b.get(f)).toBe(text);
    // The cross-stack reference went through as a parameter and an output.
    const nestedB = [...b.entries()].find(([f, t]) => f.includes('B') && f.includes('nested') && t.includes('InB'))![1];
    expect(JSON.parse(nestedB).Parameters).toBeDefined();
  });

  test('the written file is the one whose hash the asset manifest records', () => {
    const dir = tempDir('render-once-hash-');
    build(dir, RenderOnceNestedStack).synth();
    const assets = JSON.parse(fs.readFileSync(path.join(dir, 'Parent.assets.json'), 'utf8'));
    const files = Object.values<any>(assets.files).filter((f) => String(f.source.path).endsWith('.nested.template.json'));
    expect(files).toHaveLength(2);
    for (const f of files) {
      // aws-cdk-lib hashes the template's compact JSON; the file is the same JSON indented.
      const text = JSON.stringify(JSON.parse(fs.readFileSync(path.join(dir, f.source.path), 'utf8')));
      const hash = crypto.createHash('sha256').update(text).digest('hex');
      // The asset's key is its source hash.
      expect(Object.keys(assets.files)).toContain(hash);
    }
  });

  test('a nested stack holding a nested stack renders again, and writes what NestedStack writes', () => {
    const plain = tempDir('render-once-inner-plain-');
    const once = tempDir('render-once-inner-');
    build(plain, NestedStack, NestedStack).synth();
    const renders = countRenders();
    try {
      build(once, RenderOnceNestedStack, NestedStack).synth();
    } finally {
      renders.restore();
    }
    expect(renders.counts.get('Parent/A')).toBe(2);
    expect(renders.counts.get('Parent/B')).toBe(1);
    const a = written(plain);
    const b = written(once);
    expect(a.size).toBe(4);
    for (const [f, text] of a) expect(b.get(f)).toBe(text);
    // A's template carries the inner stack's template location as parameters.
    const nestedA = JSON.parse([...b.entries()].find(([f, t]) => f.includes('nested') && t.includes('InA'))![1]);
    expect(Object.keys(nestedA.Parameters ?? {}).length).toBeGreaterThan(0);
  });

  test('a second synthesis of the same app renders afresh', () => {
    const dir = tempDir('render-once-twice-');
    const app = build(dir, RenderOnceNestedStack);
    const first = written(app.synth().directory);
    const renders = countRenders();
    try {
      app.synth({ force: true });
    } finally {
      renders.restore();
    }
    expect(renders.counts.get('Parent/A')).toBe(1);
    expect(written(dir)).toEqual(first);
  });
});
