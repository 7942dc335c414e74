/**
 * LabStack (and PermitStack, through the same helper) skip aws-cdk-lib's creation stack traces
 * for their own subtree (issue 18): nothing in a template depends on them. An explicit context
 * value wins, and CDK_DEBUG=true brings them back.
 */
import { App, CfnResource, Stack } from 'aws-cdk-lib';
import { LabStack } from '../../src';
import { DISABLE_CREATION_STACK_TRACES, skipCreationStackTraces } from '../../src/stacks/aws/private/creation-stacks';

const CREATION_STACK = 'aws:cdk:creationStack';

function traced(stack: Stack): boolean[] {
  return stack.node.findAll().filter((c) => CfnResource.isCfnResource(c)).map((c) => c.node.metadata.some((m) => m.type === CREATION_STACK));
}

function lab(app: App): LabStack {
  return new LabStack(app, 'Lab', { definition: { name: 'trace-lab', region: 'us-east-1', workspaces: [] } });
}

afterEach(() => {
  delete process.env.CDK_DEBUG;
});

test('a lab records no creation stack traces; a stack beside it in the same app still does', () => {
  const app = new App();
  const other = new Stack(app, 'Other');
  new CfnResource(other, 'Thing', { type: 'AWS::SNS::Topic' });
  const t = traced(lab(app));
  expect(t.length).toBeGreaterThan(0);
  expect(t.every((x) => !x)).toBe(true);
  expect(traced(other)).toEqual([true]);
});

test('an explicit context value wins', () => {
  const t = traced(lab(new App({ context: { [DISABLE_CREATION_STACK_TRACES]: false } })));
  expect(t.every((x) => x)).toBe(true);
});

test('CDK_DEBUG=true brings them back', () => {
  process.env.CDK_DEBUG = 'true';
  const t = traced(lab(new App()));
  expect(t.every((x) => x)).toBe(true);
});

test('a scope that already has children is left as it is (context cannot be set there)', () => {
  const app = new App();
  const stack = new Stack(app, 'S');
  new CfnResource(stack, 'First', { type: 'AWS::SNS::Topic' });
  expect(() => skipCreationStackTraces(stack)).not.toThrow();
  new CfnResource(stack, 'Second', { type: 'AWS::SNS::Topic' });
  expect(traced(stack)).toEqual([true, true]);
});
