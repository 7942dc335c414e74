/**
 * The kit's Terraform stacks do not format cdktf's token stack traces while their constructors
 * run (src/constructs/terraform/token-traces.ts), and change nothing else.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { analysisPermit } from './permit-fixture';
import { KubernetesPermitStack } from '../../src';
import { App, TerraformStack } from '../../src/constructs/terraform/cdktf';
import { cdktfTraceModule, pauseTokenTraces } from '../../src/constructs/terraform/token-traces';

const PERMIT = analysisPermit('p-traces');

function permitStack(app: App, id = 'permit-p-traces', permit: any = PERMIT): KubernetesPermitStack {
  return new KubernetesPermitStack(app, id, { auditTimestamp: '2025-01-01T00:00:00Z', permit });
}

/** The creation traces of the output references a resource's binding made in its constructor. */
function bindingTraces(stack: TerraformStack): string[][] {
  const traces: string[][] = [];
  for (const c of stack.node.findAll()) {
    const ref = (c as any)._metadata;
    if (ref && Array.isArray(ref.creationStack)) traces.push(ref.creationStack);
  }
  return traces;
}

let outdir: string;
beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-traces-'));
});
afterEach(() => fs.rmSync(outdir, { recursive: true, force: true }));

test('tokens the kit creates in a permit stack carry no trace; a token the user creates afterwards keeps its own', () => {
  const app = new App({ outdir });
  const stack = permitStack(app);
  const traces = bindingTraces(stack);
  expect(traces.length).toBeGreaterThan(10);
  expect(traces.every((t) => t.length === 0)).toBe(true);
  // Outside the constructor nothing is paused: a binding made by the user is traced as cdktf does.
  const mine = new ConfigMapV1(stack, 'mine', { metadata: { name: 'mine', namespace: 'default' } });
  expect((mine as any)._metadata.creationStack.length).toBeGreaterThan(0);
});

/** cdktf's private stack-trace module, whose export its token classes call at each capture. */
const TRACE_MODULE: any = cdktfTraceModule();
/** cdktf's own capture function, as this file loaded it (before any pause replaced the export). */
const CDKTF_CAPTURE = TRACE_MODULE.captureStackTrace;

/** How many V8 captures cdktf's token classes asked for while `fn` ran. */
function tokenCaptures(fn: () => void): number {
  const spy = jest.spyOn(Error, 'captureStackTrace');
  try {
    fn();
    return spy.mock.calls.filter((c) => c[1] === CDKTF_CAPTURE || c[1] === TRACE_MODULE.captureStackTrace).length;
  } finally {
    spy.mockRestore();
  }
}

test('while a kit constructor runs, cdktf\'s token classes do not capture at all (V8 collects no frames); outside, as before', () => {
  const app = new App({ outdir });
  let stack!: KubernetesPermitStack;
  expect(tokenCaptures(() => { stack = permitStack(app); })).toBe(0);
  expect(bindingTraces(stack).length).toBeGreaterThan(10);
  let mine!: ConfigMapV1;
  expect(tokenCaptures(() => { mine = new ConfigMapV1(stack, 'mine', { metadata: { name: 'mine', namespace: 'default' } }); })).toBeGreaterThan(0);
  // The trace names where the user made it, not the function that replaced cdktf's export.
  const trace: string[] = (mine as any)._metadata.creationStack;
  expect(trace[0]).not.toMatch(/token-traces/);
  expect(trace.some((l) => /token-traces\.test/.test(l))).toBe(true);
});

test('RWS_TOKEN_TRACES=1 keeps the traces', () => {
  process.env.RWS_TOKEN_TRACES = '1';
  try {
    const stack = permitStack(new App({ outdir }));
    expect(bindingTraces(stack).every((t) => t.length > 0)).toBe(true);
  } finally {
    delete process.env.RWS_TOKEN_TRACES;
  }
});

test('the formatter in place before is put back, also when the constructor throws', () => {
  const mine = (e: Error) => `mine: ${e.message}`;
  (Error as any).prepareStackTrace = mine;
  try {
    permitStack(new App({ outdir }));
    expect((Error as any).prepareStackTrace).toBe(mine);
    expect(() => permitStack(new App({ outdir }), 'permit-wrong-name')).toThrow();
    expect((Error as any).prepareStackTrace).toBe(mine);
  } finally {
    delete (Error as any).prepareStackTrace;
  }
  permitStack(new App({ outdir }));
  expect(Object.prototype.hasOwnProperty.call(Error, 'prepareStackTrace')).toBe(false);
});

test('an error raised inside a constructor keeps its stack', () => {
  let caught: Error | undefined;
  try {
    permitStack(new App({ outdir }), 'permit-wrong-name');
  } catch (e) {
    caught = e as Error;
  }
  expect(caught).toBeDefined();
  expect(caught!.stack).toMatch(/\n\s+at .*kubernetes-permit-stack/);
});

test('annotations keep their traces in the manifest, captured during the pause or not', () => {
  const paused = pauseTokenTraces();
  const captured: { stack: string } = { stack: '' };
  try {
    Error.captureStackTrace(captured);
  } finally {
    paused.resume();
  }
  expect(captured.stack).toMatch(/\n\s+at /);

  const app = new App({ outdir });
  permitStack(app);
  app.synth();
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
  const annotations: any[] = Object.values<any>(manifest.stacks).flatMap((s) => s.annotations ?? []);
  const localState = annotations.find((a) => /local-state/.test(a.message));
  expect(localState).toBeDefined();
  expect(localState.stacktrace.some((l: string) => /applyStateBackend/.test(l))).toBe(true);
});
