/**
 * examples/permit-aws: `synthPermitAws()` (what `npm run synth` calls) writes the template and
 * the audit record into the given folder; the CDK CLI synthesizes the same from the example's
 * cdk.json, offline and without credentials.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { cleanTemp, ofType, tempDir } from './helpers';
import { synthPermitAws } from '../../examples/permit-aws/main';
import { PermitStack } from '../../src';

afterAll(cleanTemp);

test('synthPermitAws writes the stack and its audit record into the outdir, with aws-cdk-lib\'s own validation on', () => {
  const outdir = tempDir();
  const r = synthPermitAws({
    permitId: 'p-042', status: 'permit.ingress.initiated', previousStatus: 'AWAITING_INGRESS', eventId: 'evt-7', timestamp: '2025-06-01T00:00:00Z', outdir,
  });
  expect(r.stackName).toBe('permit-p-042');
  expect(r.templateFile).toBe(path.join(outdir, 'permit-p-042.template.json'));
  const template = JSON.parse(fs.readFileSync(r.templateFile, 'utf8'));
  expect(ofType(template, 'AWS::Transfer::User').map(([, u]) => u.Properties.UserName).sort()).toEqual(['hospital-a', 'registry-b']);
  const audit = JSON.parse(fs.readFileSync(r.auditFile, 'utf8'));
  expect(audit).toMatchObject({ permitId: 'p-042', status: 'INGRESS_IN_PROGRESS', previousStatus: 'AWAITING_INGRESS', eventId: 'evt-7', timestamp: '2025-06-01T00:00:00Z' });
  expect(audit.changes).toContainEqual(expect.objectContaining({ subject: 'workspace', name: 'ingress-airlock', change: 'created' }));
  // With the data holders' keys and a prepared image, the example has no warning at all.
  const stack = r.app.node.findChild('permit-p-042') as PermitStack;
  expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
});

test('the CDK CLI synthesizes the example from its cdk.json, offline, with no credentials', () => {
  const dir = path.join(__dirname, '..', '..', 'examples', 'permit-aws');
  const out = tempDir('rws-permit-cli-');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? out,
    CDK_DISABLE_CLI_TELEMETRY: 'true',
    CDK_VALIDATION: 'false',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent',
    PERMIT_STATUS: 'ANALYSIS_ACTIVE',
    PREVIOUS_STATUS: 'WORKSPACE_SETUP_REVIEW_PENDING',
    EVENT_ID: 'evt-cli',
  };
  const cdk = path.join(__dirname, '..', '..', 'node_modules', '.bin', 'cdk');
  const r = spawnSync(cdk, ['synth', '--quiet', '--no-lookups', '--output', out], { cwd: dir, env, encoding: 'utf8', timeout: 300_000 });
  expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
  const template = JSON.parse(fs.readFileSync(path.join(out, 'permit-p-001.template.json'), 'utf8'));
  expect(template.Outputs.PermitStatus.Value).toBe('ANALYSIS_ACTIVE');
  expect(JSON.parse(fs.readFileSync(path.join(out, 'permit-p-001.audit.json'), 'utf8')).eventId).toBe('evt-cli');
}, 300_000);
