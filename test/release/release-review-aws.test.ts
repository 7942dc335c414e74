/**
 * The reviewers' view on AWS: IAM-scoped, read-only access to one release request's prefix.
 * Checked on the synthesized template (policy evaluation of the statements, for the request's
 * objects, another request's, the outputs and writes), with cfn-lint and the three cdk-nag packs;
 * the evaluation is shown to catch a widened policy.
 */
import * as fs from 'fs';
import { App, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { buildReleaseExample, REQUEST_ID } from '../../examples/permit-release/main';
import { ReleaseReviewAccess } from '../../src';
import { ReleaseStore } from '../../src/cli/release-store';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { cleanTempDirs, resourcesOfType, synthTemplates, tempDir } from '../helpers/synth';
import { requireTool } from '../helpers/tools';

afterAll(() => cleanTempDirs());

const BUCKET = 'permit-p-001-egress-review';

function build(requestId = 'rq-20260105100000-a1b2c3') {
  const app = new App({ outdir: tempDir('rws-release-review-') });
  const stack = new Stack(app, 'permit-p-001-review', { env: { account: '111111111111', region: 'eu-west-1' } });
  const key = kms.Key.fromKeyArn(stack, 'Key', 'arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555');
  const bucket = s3.Bucket.fromBucketAttributes(stack, 'Bucket', { bucketName: BUCKET, encryptionKey: key });
  const roles = ['hdab-ben', 'hdab-cleo'].map((n) => iam.Role.fromRoleName(stack, n, `reviewer-${n}`));
  const access = new ReleaseReviewAccess(stack, 'Review', { bucket, requestId, reviewerRoles: roles });
  return { app, stack, access };
}

/** Replaces the pseudo parameters and joins: the policies as strings. */
function render(v: any): any {
  if (Array.isArray(v)) return v.map(render);
  if (v && typeof v === 'object') {
    if (v['Fn::Join']) return v['Fn::Join'][1].map(render).join(v['Fn::Join'][0]);
    if (v.Ref === 'AWS::Partition') return 'aws';
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, render(x)]));
  }
  return v;
}

const glob = (pattern: string, s: string) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(s);
const list = (x: any) => (Array.isArray(x) ? x : [x]);

/** IAM evaluation for one action on one resource (and an s3:prefix for listings): explicit deny wins. */
function allowed(statements: any[], action: string, resource: string, prefix?: string): boolean {
  const matches = (st: any) => list(st.Action).some((a: string) => glob(a, action)) && list(st.Resource).some((r: string) => glob(r, resource))
    && (!st.Condition?.StringLike?.['s3:prefix'] || (prefix !== undefined && list(st.Condition.StringLike['s3:prefix']).some((p: string) => glob(p, prefix))));
  if (statements.some((st) => st.Effect === 'Deny' && matches(st))) return false;
  return statements.some((st) => st.Effect === 'Allow' && matches(st));
}

function statementsOf(template: any): any[] {
  const policies = resourcesOfType(template, 'AWS::IAM::ManagedPolicy');
  expect(policies).toHaveLength(1);
  return render(policies[0][1].Properties.PolicyDocument.Statement);
}

const OBJ = (key: string) => `arn:aws:s3:::${BUCKET}/${key}`;
const BUCKET_ARN = `arn:aws:s3:::${BUCKET}`;

/** Everything the access must and must not allow. */
function judge(st: any[]): string[] {
  const out: string[] = [];
  const want = (ok: boolean, what: string) => { if (!ok) out.push(what); };
  want(allowed(st, 's3:GetObject', OBJ('requests/rq-20260105100000-a1b2c3/files/table.csv')), 'cannot read its request');
  want(allowed(st, 's3:ListBucket', BUCKET_ARN, 'requests/rq-20260105100000-a1b2c3/'), 'cannot list its request');
  want(!allowed(st, 's3:GetObject', OBJ('requests/rq-20260105100000-ffffff/files/table.csv')), 'reads another request');
  want(!allowed(st, 's3:GetObject', OBJ('requests/rq-20260105100000-a1b2c3x/files/table.csv')), 'reads a request whose id starts the same');
  want(!allowed(st, 's3:ListBucket', BUCKET_ARN, 'requests/'), 'lists every request');
  want(!allowed(st, 's3:ListBucket', BUCKET_ARN), 'lists the bucket');
  want(!allowed(st, 's3:GetObject', OBJ('outputs/table.csv')), 'reads outside requests/');
  for (const a of ['s3:PutObject', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutObjectAcl']) {
    want(!allowed(st, a, OBJ('requests/rq-20260105100000-a1b2c3/files/table.csv')), `may ${a} in its request`);
  }
  want(!allowed(st, 's3:PutBucketPolicy', BUCKET_ARN), 'may change the bucket policy');
  return out;
}

test('reviewers read and list their request\'s prefix only, decrypt through S3 only, and can change nothing', () => {
  const { app } = build();
  const [t] = synthTemplates(app);
  const st = statementsOf(t.template);
  expect(judge(st)).toEqual([]);
  const kmsStatement = st.find((s) => s.Sid === 'DecryptThroughS3');
  expect(kmsStatement).toEqual({
    Sid: 'DecryptThroughS3',
    Effect: 'Allow',
    Action: 'kms:Decrypt',
    Resource: 'arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555',
    Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } },
  });
  const policy = resourcesOfType(t.template, 'AWS::IAM::ManagedPolicy')[0][1];
  expect(policy.Properties.Roles).toEqual(['reviewer-hdab-ben', 'reviewer-hdab-cleo']);
});

test('the evaluation catches a widened policy (each statement widened in turn)', () => {
  const { app } = build();
  const st = statementsOf(synthTemplates(app)[0].template);
  const widen = (sid: string, change: (s: any) => any) => st.map((s) => (s.Sid === sid ? change({ ...s }) : s));
  expect(judge(widen('ReadTheRequest', (s) => ({ ...s, Resource: `${BUCKET_ARN}/requests/*` })))).toEqual(['reads another request', 'reads a request whose id starts the same']);
  expect(judge(widen('ListTheRequest', (s) => ({ ...s, Condition: undefined })))).toEqual(['lists every request', 'lists the bucket']);
  expect(judge(st.filter((s) => s.Sid !== 'NeverChangeTheReviewBucket').concat([{ Effect: 'Allow', Action: 's3:*', Resource: `${BUCKET_ARN}/requests/*` }])))
    .toEqual(expect.arrayContaining(['may s3:PutObject in its request', 'may s3:DeleteObject in its request']));
  // With the Deny in place, even a broad grant elsewhere does not allow writes.
  expect(judge(st.concat([{ Effect: 'Allow', Action: 's3:*', Resource: [`${BUCKET_ARN}/requests/rq-20260105100000-a1b2c3/*`, BUCKET_ARN] }])).filter((p) => p.startsWith('may '))).toEqual([]);
});

test('cfn-lint finds nothing; the three cdk-nag packs find nothing unacknowledged', () => {
  const { app, access } = build();
  const templates = synthTemplates(app);
  expect(formatFindings(nagFindings(access))).toBe('');
  if (!requireTool('cfn-lint', 'the review access template is checked with cfn-lint')) return;
  expect(formatMatches(cfnLint(templates.map((t) => t.file)))).toBe('');
});

test('bad input is one error each', () => {
  expect(() => build('RQ 1')).toThrow(/construct permit-p-001-review\/Review: error invalid-request-id: requestId: request id must be 1-63 lower-case letters.*\(got "RQ 1"\)/);
  const app = new App();
  const stack = new Stack(app, 's');
  const bucket = s3.Bucket.fromBucketName(stack, 'B', 'b-b-b');
  expect(() => new ReleaseReviewAccess(stack, 'R', { bucket, requestId: 'rq-1', reviewerRoles: [iam.Role.fromRoleName(stack, 'a', 'a')] })).toThrow(/too-few-reviewers/);
  expect(() => new ReleaseReviewAccess(stack, 'S', { bucket, requestId: 'rq-1', reviewerRoles: [], prefix: '/abs' })).toThrow(/invalid-prefix/);
  expect(() => new ReleaseReviewAccess(stack, 'T', { bucket, requestId: 'rq-1', reviewerRoles: [], reviewerRole: 'x' } as any)).toThrow(/reviewerRole/);
});

test('examples/permit-release: a request in review with one approval, its audit verified, and the reviewers\' access synthesized', async () => {
  const out = tempDir('rws-release-example-');
  const r = await buildReleaseExample(out);
  expect(r.request).toMatchObject({ id: REQUEST_ID, state: 'IN_REVIEW', requester: 'alice', approvals: [{ reviewer: 'hdab-ben' }] });
  const store = new ReleaseStore(r.storeDir, 'p-301', { reviewers: ['hdab-ben', 'hdab-cleo', 'hdab-dan'], researchers: ['alice', 'bob'] });
  expect(store.audit().map((e) => `${e.actor} ${e.action}`)).toEqual(['alice create', 'alice submit', 'svc:clamav start-scan', 'svc:clamav scan-clean', 'hdab-ben approve']);
  const st = render(resourcesOfType(JSON.parse(fs.readFileSync(r.templateFile, 'utf8')), 'AWS::IAM::ManagedPolicy')[0][1].Properties.PolicyDocument.Statement);
  expect(st.find((s: any) => s.Sid === 'ReadTheRequest').Resource).toBe(`arn:aws:s3:::permit-p-301-egress-review/requests/${REQUEST_ID}/*`);
  // Building it again gives the same store (it is what `npm run synth` rebuilds every time).
  const again = await buildReleaseExample(out);
  expect(again.request).toEqual(r.request);
}, 60_000);
