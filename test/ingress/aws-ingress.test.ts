/**
 * The ingress scan on AWS: GuardDuty Malware Protection for S3 on every upload bucket while
 * uploads arrive and are consolidated, and the bucket policy that makes its tag the gate. Read
 * from the synthesized templates; cfn-lint and the three cdk-nag packs on the scanning phases.
 */
import { IngressScanning, PermitStatus } from '../../src';
import { CONSOLIDATION_RATE, NO_THREATS_FOUND, SCAN_STATUS_TAG, SCANNER_ACTIONS } from '../../src/constructs/aws/private/airlock-malware';
import { examplePhase, HAPPY_PATH, mayDo, ofType, refOf, Synth, bucketsByVolume, bucketPolicy, cleanTemp } from '../airlock/helpers';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
afterAll(cleanTemp);

const ingress = examplePhase(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS);
const pending = examplePhase(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS);

function uploadBuckets(t: any): Array<[string, string]> {
  return [...bucketsByVolume(t)].filter(([v]) => v.startsWith('upload-'));
}

function scannerRole(t: any): string | undefined {
  const plans = ofType(t, 'AWS::GuardDuty::MalwareProtectionPlan');
  if (!plans.length) return undefined;
  return refOf(plans[0][1].Properties.Role);
}

/**
 * What is missing from the scan gate of a template's upload buckets (an empty list when every
 * upload bucket denies reads of objects not tagged clean, tagging by anyone but the scanner and
 * uploads carrying tags).
 */
function gateProblems(t: any): string[] {
  const problems: string[] = [];
  const scanner = scannerRole(t);
  for (const [volume, id] of uploadBuckets(t)) {
    const st = bucketPolicy(t, id);
    const denyAll = (s: any) => s.Effect === 'Deny' && (s.Principal === '*' || s.Principal?.AWS === '*');
    const exemptsOnlyScanner = (s: any) => {
      const arns = [].concat(s.Condition?.ArnNotEquals?.['aws:PrincipalArn'] ?? []);
      return scanner ? arns.length === 1 && refOf(arns[0]) === scanner : arns.length === 0;
    };
    const reads = st.find((s: any) => denyAll(s) && [].concat(s.Action).includes('s3:GetObject' as never)
      && s.Condition?.StringNotEquals?.[`s3:ExistingObjectTag/${SCAN_STATUS_TAG}`] === NO_THREATS_FOUND);
    if (!reads || !exemptsOnlyScanner(reads)) problems.push(`${volume}: reads of objects not tagged ${NO_THREATS_FOUND} are not denied to all but the scanner`);
    const tagging = st.find((s: any) => denyAll(s) && ['s3:PutObjectTagging', 's3:DeleteObjectTagging'].every((a) => [].concat(s.Action).includes(a as never)));
    if (!tagging || !exemptsOnlyScanner(tagging)) problems.push(`${volume}: tags can be changed by others than the scanner`);
    const tagged = st.find((s: any) => denyAll(s) && [].concat(s.Action).includes('s3:PutObject' as never) && s.Condition?.Null?.['s3:RequestObjectTagKeys'] === 'false');
    if (!tagged || tagged.Condition?.ArnNotEquals) problems.push(`${volume}: uploads may bring their own tags`);
  }
  return problems;
}

test('while uploads arrive, each upload bucket has a Malware Protection plan that tags what it scans under incoming/', () => {
  const t = ingress.template;
  const plans = ofType(t, 'AWS::GuardDuty::MalwareProtectionPlan');
  const uploads = uploadBuckets(t);
  expect(uploads.length).toBeGreaterThan(0);
  expect(plans.map(([, p]) => refOf(p.Properties.ProtectedResource.S3Bucket.BucketName)).sort()).toEqual(uploads.map(([, id]) => id).sort());
  for (const [, p] of plans) {
    expect(p.Properties.ProtectedResource.S3Bucket.ObjectPrefixes).toEqual(['incoming/']);
    expect(p.Properties.Actions).toEqual({ Tagging: { Status: 'ENABLED' } });
  }
  const role = scannerRole(t)!;
  expect(t.Resources[role].Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'malware-protection-plan.guardduty.amazonaws.com' });
});

test('the scanner reads the upload buckets only, and may not delete anything', () => {
  const t = ingress.template;
  const role = scannerRole(t)!;
  const [, upload] = uploadBuckets(t)[0];
  expect(mayDo(t, role, upload, 's3:GetObject')).toBe(true);
  expect(mayDo(t, role, upload, 's3:PutObjectTagging')).toBe(true);
  expect(mayDo(t, role, upload, 's3:DeleteObject')).toBe(false);
  for (const [volume, id] of bucketsByVolume(t)) {
    if (!volume.startsWith('upload-')) expect({ volume, read: mayDo(t, role, id, 's3:GetObject') }).toEqual({ volume, read: false });
  }
  // Its own Deny confines it to the scanning actions on the upload buckets.
  const confine: any = bucketPolicy(t, upload).find((s: any) => s.Sid === 'DenyScannerAnythingElse');
  expect(confine.NotAction).toEqual(SCANNER_ACTIONS);
  expect(refOf(confine.Condition.ArnEquals['aws:PrincipalArn'])).toBe(role);
});

test('the gate holds in every phase with upload buckets; the scanner exists only while uploads arrive and are consolidated', () => {
  const seen: Record<string, { scanner: boolean; problems: string[] }> = {};
  const synths = new Map<PermitStatus, Synth>([[S.INGRESS_IN_PROGRESS, ingress], [S.DATA_PREPARATION_PENDING, pending]]);
  const checked = [S.INGRESS_IN_PROGRESS, S.DATA_PREPARATION_PENDING, S.DATA_PREPARATION_REVIEW_PENDING, S.ANALYSIS_ACTIVE];
  for (const [status, prev] of HAPPY_PATH.filter(([st]) => checked.includes(st))) {
    const s = synths.get(status) ?? examplePhase(status, prev);
    seen[status] = { scanner: scannerRole(s.template) !== undefined, problems: gateProblems(s.template) };
  }
  expect(seen).toEqual({
    [S.INGRESS_IN_PROGRESS]: { scanner: true, problems: [] },
    [S.DATA_PREPARATION_PENDING]: { scanner: true, problems: [] },
    [S.DATA_PREPARATION_REVIEW_PENDING]: { scanner: false, problems: [] },
    [S.ANALYSIS_ACTIVE]: { scanner: false, problems: [] },
  });
});

test('the gate check fails when a control is removed', () => {
  for (const sid of ['DenyReadsOfObjectsNotScannedClean', 'DenyTaggingButByTheScanner', 'DenyUploadsWithTags']) {
    const t = JSON.parse(JSON.stringify(ingress.template));
    for (const [, r] of ofType(t, 'AWS::S3::BucketPolicy')) {
      r.Properties.PolicyDocument.Statement = r.Properties.PolicyDocument.Statement.filter((s: any) => s.Sid !== sid);
    }
    expect({ sid, problems: gateProblems(t).length > 0 }).toEqual({ sid, problems: true });
  }
});

test('at the move to DATA_PREPARATION_PENDING an SSM Automation runs the S3 consolidation as a role confined to it', () => {
  const t = pending.template;
  const docs = ofType(t, 'AWS::SSM::Document').filter(([, d]) => d.Properties.DocumentType === 'Automation');
  expect(docs).toHaveLength(1);
  const content = docs[0][1].Properties.Content;
  expect(docs[0][1].Properties.DocumentType).toBe('Automation');
  const step = content.mainSteps[0];
  expect(step.action).toBe('aws:executeScript');
  expect(step.inputs.Script).toBe(IngressScanning.s3ConsolidationScript());
  const buckets = bucketsByVolume(t);
  expect(refOf(step.inputs.InputPayload.RawBucket)).toBe(buckets.get('raw'));
  expect(Object.keys(step.inputs.InputPayload.Uploads).sort()).toEqual(uploadBuckets(t).map(([v]) => v.replace(/^upload-/, '')).sort());
  const role = refOf(content.assumeRole)!;
  for (const [volume, id] of uploadBuckets(t)) {
    expect({ volume, read: mayDo(t, role, id, 's3:GetObject'), write: mayDo(t, role, id, 's3:PutObject'), del: mayDo(t, role, id, 's3:DeleteObject') })
      .toEqual({ volume, read: true, write: false, del: false });
  }
  expect(mayDo(t, role, buckets.get('raw')!, 's3:PutObject')).toBe(true);
  expect(mayDo(t, role, buckets.get('raw')!, 's3:DeleteObject')).toBe(false);
  for (const v of ['prepared', 'outputs', 'project']) expect({ v, read: mayDo(t, role, buckets.get(v)!, 's3:GetObject') }).toEqual({ v, read: false });
  const confine: any = bucketPolicy(t, buckets.get('raw')!).find((x: any) => x.Sid === 'DenyConsolidationOutsideIngress');
  expect(refOf(confine.Condition.ArnEquals['aws:PrincipalArn'])).toBe(role);
  // Only at the move: not while uploads arrive, not in review.
  expect(ofType(ingress.template, 'AWS::SSM::Document').filter(([, d]) => d.Properties.DocumentType === 'Automation')).toEqual([]);
});

test('nobody has to start it: a schedule starts that document every 15 minutes, with a role that can do nothing else', () => {
  const t = pending.template;
  const [[docId]] = ofType(t, 'AWS::SSM::Document').filter(([, d]) => d.Properties.DocumentType === 'Automation');
  const schedules = ofType(t, 'AWS::Scheduler::Schedule');
  expect(schedules).toHaveLength(1);
  const p = schedules[0][1].Properties;
  expect([p.ScheduleExpression, p.State, p.FlexibleTimeWindow]).toEqual([CONSOLIDATION_RATE, 'ENABLED', { Mode: 'OFF' }]);
  expect(JSON.stringify(p.Target.Arn)).toContain(':scheduler:::aws-sdk:ssm:startAutomationExecution');
  expect(JSON.stringify(p.Target.Input)).toContain(`{"Ref":"${docId}"}`);
  const role = refOf(p.Target.RoleArn)!;
  expect(t.Resources[role].Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'scheduler.amazonaws.com' });
  const statements = ofType(t, 'AWS::IAM::ManagedPolicy').filter(([, m]) => (m.Properties.Roles ?? []).some((r: any) => refOf(r) === role))
    .flatMap(([, m]) => m.Properties.PolicyDocument.Statement);
  expect(statements.map((x: any) => [x.Effect, x.Action].join(' ')).sort()).toEqual(['Allow iam:PassRole', 'Allow ssm:StartAutomationExecution']);
  const automationRole = refOf(ofType(t, 'AWS::SSM::Document').find(([id]) => id === docId)![1].Properties.Content.assumeRole);
  const pass: any = statements.find((x: any) => x.Action === 'iam:PassRole');
  expect(refOf(pass.Resource)).toBe(automationRole);
  expect(pass.Condition).toEqual({ StringEquals: { 'iam:PassedToService': 'ssm.amazonaws.com' } });
  const start: any = statements.find((x: any) => x.Action === 'ssm:StartAutomationExecution');
  expect(JSON.stringify(start.Resource)).toContain(`automation-definition/",{"Ref":"${docId}"}`);
  // Not while uploads arrive.
  expect(ofType(ingress.template, 'AWS::Scheduler::Schedule')).toEqual([]);
});

test('cfn-lint and cdk-nag (AwsSolutions, HIPAA Security, NIST 800-53 R5) find nothing in the scanning phases', () => {
  expect(formatFindings(nagFindings(ingress.stack))).toBe('');
  expect(formatFindings(nagFindings(pending.stack))).toBe('');
  if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
  expect(formatMatches(cfnLint([ingress.file, pending.file]))).toBe('');
}, 120_000);
