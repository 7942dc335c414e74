/**
 * The example app (examples/permit-kubernetes) synthesizes in-process into a temporary folder,
 * a snapshot of one phase as a supplement to the assertions elsewhere, and the chroot helper's
 * skip path (loud locally, a failure under CI=true).
 */
import * as fs from 'fs';
import * as path from 'path';
import { synthPermitKubernetes } from '../../examples/permit-kubernetes/main';
import { PermitStatus } from '../../src';
import { permitRootfs, resetRootfsCache } from './helpers/chroot';
import { basePermit, cleanSynthRoot, kubernetesProblems, stripVolatile, synth, tempDir, workspace } from './helpers/synth';

afterAll(() => cleanSynthRoot());

describe('examples/permit-kubernetes', () => {
  test('cdktf.json runs main.ts', () => {
    const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../examples/permit-kubernetes/cdktf.json'), 'utf8'));
    expect(cfg).toMatchObject({ language: 'typescript', output: 'cdktf.out' });
    expect(cfg.app).toMatch(/ts-node .*main\.ts$/);
  });

  test('synthPermitKubernetes writes cdk.tf.json and audit.json for the chosen status', () => {
    const outdir = tempDir('example');
    const r = synthPermitKubernetes({
      permitId: 'p-777', status: 'permit.workspace.stop_requested', previousStatus: 'analysis_active', eventId: 'evt-stop-1', outdir, timestamp: '2025-02-03T04:05:06Z',
    });
    expect(r.stackName).toBe('permit-p-777');
    expect(r.plan.status).toBe(PermitStatus.ANALYSIS_STOPPED);
    expect(fs.readdirSync(r.stackDir).sort()).toEqual(['audit.json', 'cdk.tf.json']);
    const audit = JSON.parse(fs.readFileSync(path.join(r.stackDir, 'audit.json'), 'utf8'));
    expect(audit).toMatchObject({ permitId: 'p-777', status: 'ANALYSIS_STOPPED', previousStatus: 'ANALYSIS_ACTIVE', eventId: 'evt-stop-1', timestamp: '2025-02-03T04:05:06Z' });
    expect(audit.changes).toContainEqual({ subject: 'workspace', name: 'analysis', change: 'stopped', detail: 'stopped; storage kept' });
    const json = JSON.parse(fs.readFileSync(path.join(r.stackDir, 'cdk.tf.json'), 'utf8'));
    expect(workspace(json, 'analysis').spec.replicas).toBe('0');
    expect(kubernetesProblems(json)).toEqual([]);
  });

  test('a bad status from the environment is refused with the list of statuses', () => {
    expect(() => synthPermitKubernetes({ status: 'RUNNING', outdir: tempDir('example') })).toThrow(/PERMIT_STATUS: unknown permit status \(got "RUNNING"\)/);
  });
});

describe('snapshot (supplement; volatile values stripped)', () => {
  test('ANALYSIS_ACTIVE', () => {
    const { json } = synth(basePermit(PermitStatus.ANALYSIS_ACTIVE, PermitStatus.WORKSPACE_SETUP_REVIEW_PENDING));
    expect(stripVolatile(json)).toMatchSnapshot();
  });
});

describe('chroot helper when chroots are impossible', () => {
  const realGetuid = process.getuid;
  const realCi = process.env.CI;
  afterEach(() => {
    process.getuid = realGetuid;
    if (realCi === undefined) delete process.env.CI; else process.env.CI = realCi;
    resetRootfsCache();
  });

  test('locally: a loud warning and no rootfs (the caller skips)', () => {
    process.getuid = () => 1000;
    delete process.env.CI;
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(permitRootfs()).toBeUndefined();
    expect(warn.mock.calls[0][0]).toMatch(/SKIPPED CHECK: not running as root/);
    warn.mockRestore();
  });

  test('under CI=true: a failure', () => {
    process.getuid = () => 1000;
    process.env.CI = 'true';
    expect(() => permitRootfs()).toThrow(/CI=true and the chroot tests cannot run: not running as root/);
  });
});
