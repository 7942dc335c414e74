/**
 * Raw is immutable on AWS: S3 Object Lock (GOVERNANCE, a default retention) on the raw bucket in
 * every phase, the governance bypass denied to every principal but the purge function of a
 * deleted permit, and that function emptying the locked bucket. Read from the synthesized
 * templates; then, against moto_server's S3 with the lock configuration taken from the template,
 * the consolidation's objects are locked, a plain version delete is refused, and the purge
 * script (the one the template carries) destroys everything.
 */
import { spawnSync } from 'child_process';
import {
  CreateBucketCommand, DeleteObjectCommand, HeadObjectCommand, ListObjectVersionsCommand, PutBucketVersioningCommand,
  PutObjectCommand, PutObjectLockConfigurationCommand, S3Client,
} from '@aws-sdk/client-s3';
import { Duration } from 'aws-cdk-lib';
import { IngressScanning, PermitStatus } from '../../src';
import { RAW_PURGE_SCRIPT } from '../../src/constructs/aws/private/airlock-raw-lock';
import { bucketPolicy, bucketsByVolume, cleanTemp, examplePhase, mayDo, ofType, principalName, refOf, roles, Synth } from '../airlock/helpers';
import { clientConfig, MotoServer, startMoto } from '../helpers/moto';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
afterAll(cleanTemp);

const phases: Array<[PermitStatus, PermitStatus]> = [
  [S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS],
  [S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS],
  [S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING],
  [S.ARCHIVED, S.ANALYSIS_STOPPED],
  [S.DELETED, S.ARCHIVED],
];
const synths = new Map<PermitStatus, Synth>();
const synth = (s: PermitStatus): Synth => {
  if (!synths.has(s)) synths.set(s, examplePhase(s, phases.find(([x]) => x === s)![1]));
  return synths.get(s)!;
};

/** The purge function's role of a template (tag permit:service=raw-purge), if any. */
function purgeRole(t: any): string | undefined {
  return roles(t).find((id) => principalName(t, id) === 'raw-purge');
}

/**
 * What is missing from raw's immutability in a template: the lock, its mode and retention, and
 * the bucket policy's denial of version destruction and of the governance bypass to everyone but
 * the purge role (and, outside DELETED, to everyone).
 */
function lockProblems(t: any, retentionDays = 365): string[] {
  const problems: string[] = [];
  const raw = bucketsByVolume(t).get('raw');
  if (!raw) return ['no raw bucket'];
  const p = t.Resources[raw].Properties;
  if (p.ObjectLockEnabled !== true) problems.push('raw: ObjectLockEnabled is not true');
  const rule = p.ObjectLockConfiguration?.Rule?.DefaultRetention;
  if (p.ObjectLockConfiguration?.ObjectLockEnabled !== 'Enabled' || rule?.Mode !== 'GOVERNANCE' || rule?.Days !== retentionDays) {
    problems.push(`raw: default retention is ${JSON.stringify(p.ObjectLockConfiguration)}, not GOVERNANCE for ${retentionDays} days`);
  }
  if (p.VersioningConfiguration?.Status !== 'Enabled') problems.push('raw: not versioned');
  // The bypass: the purge function of a deleted permit only. Destroying versions: it, and after
  // permit.deleted aws-cdk-lib's emptying function too (which cannot bypass the lock).
  const purger = purgeRole(t);
  for (const role of roles(t)) {
    if (role !== purger && mayDoEvenWithAllowAll(t, role, raw, 's3:BypassGovernanceRetention')) problems.push(`raw: ${role} may s3:BypassGovernanceRetention`);
    if (role !== purger && principalName(t, role) !== 'auto-delete' && mayDoEvenWithAllowAll(t, role, raw, 's3:DeleteObjectVersion')) {
      problems.push(`raw: ${role} may s3:DeleteObjectVersion`);
    }
  }
  return problems;
}

/** Whether the bucket policy lets `role` do `action` if its identity policy allowed everything. */
function mayDoEvenWithAllowAll(t: any, role: string, bucket: string, action: string): boolean {
  const copy = JSON.parse(JSON.stringify(t));
  copy.Resources.AllowAllForTest = {
    Type: 'AWS::IAM::ManagedPolicy',
    Properties: { Roles: [{ Ref: role }], PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
  };
  return mayDo(copy, role, bucket, action);
}

describe('the synthesized templates', () => {
  test.each(phases.map(([s]) => s as string))('%s: raw is locked, and only a deleted permit\'s purge may bypass the lock', (status) => {
    const t = synth(status as PermitStatus).template;
    expect(lockProblems(t)).toEqual([]);
    // The other buckets are not locked (outputs and project are the researchers' working areas).
    for (const [volume, id] of bucketsByVolume(t)) {
      if (volume !== 'raw') expect({ volume, lock: t.Resources[id].Properties.ObjectLockEnabled }).toEqual({ volume, lock: undefined });
    }
    expect(purgeRole(t) !== undefined).toBe(status === S.DELETED);
  });

  test('after permit.deleted the purge function may list and destroy raw\'s versions with the bypass, and nothing else', () => {
    const t = synth(S.DELETED).template;
    const role = purgeRole(t)!;
    const raw = bucketsByVolume(t).get('raw')!;
    for (const a of ['s3:BypassGovernanceRetention', 's3:DeleteObjectVersion', 's3:ListBucketVersions']) expect({ a, ok: mayDo(t, role, raw, a) }).toEqual({ a, ok: true });
    for (const a of ['s3:GetObject', 's3:PutObject']) expect({ a, ok: mayDo(t, role, raw, a) }).toEqual({ a, ok: false });
    for (const [volume, id] of bucketsByVolume(t)) {
      if (volume !== 'raw') expect({ volume, ok: mayDo(t, role, id, 's3:DeleteObjectVersion') }).toEqual({ volume, ok: false });
    }
    // The custom resource names raw and is deleted before it: it refers to the bucket.
    const [[, cr]] = ofType(t, 'Custom::PermitRawPurge');
    expect(refOf(cr.Properties.BucketName)).toBe(raw);
    const [[, fn]] = ofType(t, 'AWS::Lambda::Function').filter(([id]) => id.includes('RawPurge'));
    expect(fn.Properties.Code.ZipFile).toBe(RAW_PURGE_SCRIPT);
    expect(cr.Properties.ServiceToken['Fn::GetAtt'][0]).toBe(ofType(t, 'AWS::Lambda::Function').find(([id]) => id.includes('RawPurge'))![0]);
  });

  test('the checks catch a raw bucket without the lock, another mode or retention, and a bucket policy that lets others bypass it', () => {
    const t = synth(S.ANALYSIS_ACTIVE).template;
    const raw = bucketsByVolume(t).get('raw')!;
    const mutate = (f: (c: any) => void) => { const c = JSON.parse(JSON.stringify(t)); f(c); return lockProblems(c).join('\n'); };
    expect(mutate((c) => { delete c.Resources[raw].Properties.ObjectLockEnabled; })).toContain('ObjectLockEnabled is not true');
    expect(mutate((c) => { delete c.Resources[raw].Properties.ObjectLockConfiguration; })).toContain('not GOVERNANCE');
    expect(mutate((c) => { c.Resources[raw].Properties.ObjectLockConfiguration.Rule.DefaultRetention.Days = 1; })).toContain('not GOVERNANCE for 365 days');
    // Without the Denies, a role allowed s3:* could destroy versions, and bypass the lock.
    const without = (...sids: string[]) => mutate((c) => {
      const [, policy] = ofType(c, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === raw)!;
      policy.Properties.PolicyDocument.Statement = policy.Properties.PolicyDocument.Statement.filter((s: any) => !sids.includes(s.Sid));
    });
    expect(without('DenyVersionDeletion')).toMatch(/analysisRole.* may s3:DeleteObjectVersion/);
    expect(without('DenyVersionDeletion')).not.toMatch(/may s3:BypassGovernanceRetention/);
    expect(without('DenyVersionDeletion', 'DenyGovernanceBypass')).toMatch(/analysisRole.* may s3:BypassGovernanceRetention/);
    // After permit.deleted the version deletes are allowed to aws-cdk-lib's emptying function; without
    // DenyGovernanceBypass it could bypass the lock too.
    const d = synth(S.DELETED).template;
    const draw = bucketsByVolume(d).get('raw')!;
    expect(lockProblems(d)).toEqual([]);
    const c = JSON.parse(JSON.stringify(d));
    const [, dp] = ofType(c, 'AWS::S3::BucketPolicy').find(([, r]) => refOf(r.Properties.Bucket) === draw)!;
    dp.Properties.PolicyDocument.Statement = dp.Properties.PolicyDocument.Statement.filter((s: any) => s.Sid !== 'DenyGovernanceBypass');
    expect(lockProblems(c).join('\n')).toMatch(/AutoDelete.* may s3:BypassGovernanceRetention/);
    expect(bucketPolicy(t, raw).some((s: any) => s.Sid === 'DenyVersionDeletion')).toBe(true);
  });

  const haveCfnLint = requireTool('cfn-lint', 'the CloudFormation resource schema comes with cfn-lint');
  (haveCfnLint ? test : test.skip)('turning the lock on for a deployed permit updates raw in place: ObjectLockEnabled is not create-only', () => {
    const r = spawnSync('python3', ['-c', [
      'import json',
      'from cfnlint.schema import PROVIDER_SCHEMA_MANAGER as m',
      "print(json.dumps(m.get_resource_schema('us-east-1', 'AWS::S3::Bucket').schema.get('createOnlyProperties', [])))",
    ].join('\n')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const createOnly: string[] = JSON.parse(r.stdout);
    expect(createOnly).toContain('/properties/BucketName');
    expect(createOnly).not.toContain('/properties/ObjectLockEnabled');
    expect(createOnly).not.toContain('/properties/ObjectLockConfiguration');
  });

  test('rawRetention sets the retention, and a retention S3 cannot keep is one error naming the construct, the value and the fix', () => {
    const t = examplePhase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, 'evt-r', { rawRetention: Duration.days(3650) }).template;
    expect(lockProblems(t, 3650)).toEqual([]);
    expect(() => examplePhase(S.ANALYSIS_ACTIVE, S.WORKSPACE_SETUP_REVIEW_PENDING, 'evt-r', { rawRetention: Duration.hours(36) }))
      .toThrow(/permit-p-001\/Airlock.*rawRetention.*whole days.*1 day 12 hours.*Duration\.days\(365\)/s);
  });
});

const haveMoto = requireTool('moto_server', 'Object Lock is checked against a local S3 emulator') && requireTool('python3', 'the consolidation and the purge are Python (boto3)');
(haveMoto ? describe : describe.skip)('against moto_server\'s S3, with the lock of the template', () => {
  let moto: MotoServer;
  let s3: S3Client;
  const python = (script: string, args: string[]) => spawnSync('python3', ['-', ...args], {
    input: script, encoding: 'utf8', env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...moto.env }, timeout: 60_000,
  });
  const purge = (bucket: string, script = RAW_PURGE_SCRIPT) => python(`${script}\nimport sys\nprint(purge(boto3.client('s3'), sys.argv[1]))\n`, [bucket]);
  const versions = async (bucket: string) => {
    const r = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket }));
    return [...(r.Versions ?? []), ...(r.DeleteMarkers ?? [])].map((v) => ({ Key: v.Key!, VersionId: v.VersionId! }));
  };

  beforeAll(async () => {
    moto = await startMoto();
    s3 = new S3Client(clientConfig(moto));
    // The raw bucket as CloudFormation would create it from the template: versioned, Object Lock with its rule.
    const t = synth(S.DATA_PREPARATION_PENDING).template;
    const props = t.Resources[bucketsByVolume(t).get('raw')!].Properties;
    await s3.send(new CreateBucketCommand({ Bucket: 'raw', ObjectLockEnabledForBucket: props.ObjectLockEnabled }));
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'raw', VersioningConfiguration: { Status: props.VersioningConfiguration.Status } }));
    await s3.send(new PutObjectLockConfigurationCommand({ Bucket: 'raw', ObjectLockConfiguration: props.ObjectLockConfiguration }));
    await s3.send(new CreateBucketCommand({ Bucket: 'up-a' }));
    await s3.send(new PutObjectCommand({ Bucket: 'up-a', Key: 'incoming/cohort.csv', Body: 'id,age\n1,40\n', Tagging: 'GuardDutyMalwareScanStatus=NO_THREATS_FOUND' }));
  }, 90_000);
  afterAll(async () => { await moto?.stop(); });

  test('the consolidation writes into the locked raw; its objects are locked; destroying a version needs the bypass; the purge empties raw', async () => {
    const r = python(IngressScanning.s3ConsolidationScript(), ['raw', 'hospital-a=up-a']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('\'clean\': 1');
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'raw', Key: 'ingress/hospital-a/cohort.csv' }));
    expect(head.ObjectLockMode).toBe('GOVERNANCE');
    const days = (head.ObjectLockRetainUntilDate!.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThan(366);
    const manifest = await s3.send(new HeadObjectCommand({ Bucket: 'raw', Key: 'ingress/MANIFEST.tsv' }));
    expect(manifest.ObjectLockMode).toBe('GOVERNANCE');

    const all = await versions('raw');
    expect(all.length).toBe(4);
    await expect(s3.send(new DeleteObjectCommand({ Bucket: 'raw', Key: all[0].Key, VersionId: all[0].VersionId }))).rejects.toThrow(/Access ?Denied/i);

    // The purge without the bypass is refused version by version, and says so.
    const withoutBypass = RAW_PURGE_SCRIPT.replace(',\n                              BypassGovernanceRetention=True', '');
    expect(withoutBypass).not.toBe(RAW_PURGE_SCRIPT);
    const noBypass = purge('raw', withoutBypass);
    expect(noBypass.status).not.toBe(0);
    expect(noBypass.stderr).toMatch(/4 versions of raw could not be destroyed; first: .* \(AccessDenied/);
    expect((await versions('raw')).length).toBe(4);

    const done = purge('raw');
    expect(done.stderr).toBe('');
    expect(done.stdout.trim()).toBe('4');
    expect(await versions('raw')).toEqual([]);
  });
});
