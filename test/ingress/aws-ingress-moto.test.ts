/**
 * The ingress phase's scanning resources in moto_server, as far as moto goes: the upload
 * buckets, the scanner's role and its policy are created by moto's CloudFormation and read back
 * through the SDK; the bucket policies (not a moto CloudFormation type) are applied with the S3
 * API as CloudFormation would, then read back. moto has no AWS::GuardDuty::MalwareProtectionPlan
 * and evaluates no bucket policy: the plan and the effect of the gate are checked on the template
 * (aws-ingress.test.ts), never here.
 */
import { CloudFormationClient, CreateStackCommand, DescribeStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import { GetPolicyCommand, GetPolicyVersionCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand } from '@aws-sdk/client-iam';
import { GetBucketPolicyCommand, HeadBucketCommand, PutBucketPolicyCommand, S3Client } from '@aws-sdk/client-s3';
import { IngressScanning, PermitStatus } from '../../src';
import { NO_THREATS_FOUND, SCAN_STATUS_TAG } from '../../src/constructs/aws/private/airlock-malware';
import { bucketsByVolume, cleanTemp, examplePhase, ofType, refOf } from '../airlock/helpers';
import { clientConfig, MotoServer, motoJsonCall, startMoto } from '../helpers/moto';
import { motoSubset, standIn } from '../helpers/moto-template';
import { requireTool } from '../helpers/tools';

const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const haveMoto = requireTool('moto_server', 'the ingress scanner\'s resources are deployed to a local AWS emulator');
const maybe = haveMoto ? describe : describe.skip;

/** One moto_server for both phases (two stacks of their own). */
let moto: MotoServer;
beforeAll(async () => {
  if (haveMoto) moto = await startMoto();
}, 60_000);
afterAll(async () => {
  await moto?.stop();
  cleanTemp();
});

maybe('the ingress phase in moto_server', () => {
  const phase = examplePhase(PermitStatus.INGRESS_IN_PROGRESS, PermitStatus.AWAITING_INGRESS);
  const t = phase.template;
  const subset = motoSubset(t, { keep: new Set(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy']) });
  const scannerId = refOf(ofType(t, 'AWS::GuardDuty::MalwareProtectionPlan')[0][1].Properties.Role)!;
  let s3: S3Client;
  let iam: IAMClient;
  let ids: Map<string, string>;

  async function resolve(x: any): Promise<any> {
    if (Array.isArray(x)) return Promise.all(x.map(resolve));
    if (!x || typeof x !== 'object') return x;
    const pseudo: Record<string, string> = { 'AWS::Partition': 'aws', 'AWS::Region': REGION, 'AWS::AccountId': ACCOUNT, 'AWS::URLSuffix': 'amazonaws.com' };
    if (typeof x.Ref === 'string') return pseudo[x.Ref] ?? ids.get(x.Ref) ?? standIn(x.Ref, t.Resources[x.Ref]?.Type ?? 'AWS::Unknown::Thing');
    if (Array.isArray(x['Fn::GetAtt'])) {
      const [id, attr] = x['Fn::GetAtt'];
      const type = t.Resources[id]?.Type;
      if (ids.has(id) && type === 'AWS::S3::Bucket' && attr === 'Arn') return `arn:aws:s3:::${ids.get(id)}`;
      if (ids.has(id) && type === 'AWS::IAM::Role' && attr === 'Arn') return (await iam.send(new GetRoleCommand({ RoleName: ids.get(id)! }))).Role!.Arn;
      return standIn(id, type ?? 'AWS::Unknown::Thing', attr);
    }
    if (Array.isArray(x['Fn::Join'])) return (await resolve(x['Fn::Join'][1])).join(x['Fn::Join'][0]);
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(x)) out[k] = await resolve(v);
    return out;
  }

  beforeAll(async () => {
    const cfg = clientConfig(moto);
    const cfn = new CloudFormationClient(cfg);
    s3 = new S3Client(cfg);
    iam = new IAMClient(cfg);
    await cfn.send(new CreateStackCommand({ StackName: 'permit-p-001', TemplateBody: JSON.stringify(subset.template), Capabilities: ['CAPABILITY_IAM'] }));
    const rs = (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'permit-p-001' }))).StackResources ?? [];
    ids = new Map(rs.filter((r) => r.PhysicalResourceId).map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]));
    // CloudFormation's part for the bucket policies (moto's CloudFormation has no AWS::S3::BucketPolicy).
    for (const [, bp] of ofType(t, 'AWS::S3::BucketPolicy')) {
      const bucket = ids.get(refOf(bp.Properties.Bucket)!)!;
      await s3.send(new PutBucketPolicyCommand({ Bucket: bucket, Policy: JSON.stringify(await resolve(bp.Properties.PolicyDocument)) }));
    }
  }, 120_000);

  test('what moto leaves out is the GuardDuty plan (and the KMS key); nothing else of the scan', () => {
    const dropped = new Set(subset.dropped.map((d) => d.type));
    expect(dropped.has('AWS::GuardDuty::MalwareProtectionPlan')).toBe(true);
    expect(subset.kept.some((k) => k.logicalId === scannerId)).toBe(true);
  });

  test('the scanner role exists, trusted by GuardDuty Malware Protection only, with its policy attached', async () => {
    const role = (await iam.send(new GetRoleCommand({ RoleName: ids.get(scannerId)! }))).Role!;
    const trust = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!));
    expect(trust.Statement.map((s: any) => s.Principal)).toEqual([{ Service: 'malware-protection-plan.guardduty.amazonaws.com' }]);
    const attached = (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: role.RoleName! }))).AttachedPolicies ?? [];
    expect(attached).toHaveLength(1);
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: attached[0].PolicyArn! }))).Policy!;
    const version = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn!, VersionId: policy.DefaultVersionId! }))).PolicyVersion!;
    const doc = JSON.parse(decodeURIComponent(version.Document!));
    const actions = doc.Statement.flatMap((s: any) => [].concat(s.Action));
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject', 's3:PutObjectTagging', 'events:PutRule', 'kms:Decrypt']));
    expect(actions.filter((a: string) => /Delete(Object|Bucket)/.test(a))).toEqual([]);
  });

  test('every upload bucket exists and carries the scan gate, naming the scanner moto created', async () => {
    const role = (await iam.send(new GetRoleCommand({ RoleName: ids.get(scannerId)! }))).Role!;
    const uploads = [...bucketsByVolume(t)].filter(([v]) => v.startsWith('upload-'));
    expect(uploads.length).toBeGreaterThan(0);
    for (const [, id] of uploads) {
      await s3.send(new HeadBucketCommand({ Bucket: ids.get(id)! }));
      const doc = JSON.parse((await s3.send(new GetBucketPolicyCommand({ Bucket: ids.get(id)! }))).Policy!);
      const gate = doc.Statement.find((s: any) => s.Sid === 'DenyReadsOfObjectsNotScannedClean');
      expect(gate.Condition).toEqual({
        StringNotEquals: { [`s3:ExistingObjectTag/${SCAN_STATUS_TAG}`]: NO_THREATS_FOUND },
        ArnNotEquals: { 'aws:PrincipalArn': role.Arn },
      });
      expect(doc.Statement.find((s: any) => s.Sid === 'DenyScannerAnythingElse').Condition.ArnEquals['aws:PrincipalArn']).toBe(role.Arn);
    }
  });
});

maybe('the consolidation phase in moto_server', () => {
  const phase = examplePhase(PermitStatus.DATA_PREPARATION_PENDING, PermitStatus.INGRESS_IN_PROGRESS);
  const t = phase.template;
  const subset = motoSubset(t, { keep: new Set(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::SSM::Document']) });
  const [docId, doc] = ofType(t, 'AWS::SSM::Document').find(([, d]) => d.Properties.DocumentType === 'Automation')!;
  const roleId = refOf(doc.Properties.Content.assumeRole)!;
  let iam: IAMClient;
  let ids: Map<string, string>;

  beforeAll(async () => {
    const cfg = clientConfig(moto);
    const cfn = new CloudFormationClient(cfg);
    iam = new IAMClient(cfg);
    await cfn.send(new CreateStackCommand({ StackName: 'permit-p-001-consolidation', TemplateBody: JSON.stringify(subset.template), Capabilities: ['CAPABILITY_IAM'] }));
    const rs = (await cfn.send(new DescribeStackResourcesCommand({ StackName: 'permit-p-001-consolidation' }))).StackResources ?? [];
    ids = new Map(rs.filter((r) => r.PhysicalResourceId).map((r) => [r.LogicalResourceId!, r.PhysicalResourceId!]));
  }, 120_000);

  test('the Automation document exists with the tested script, running as the consolidation role moto created', async () => {
    expect(ids.get(docId)).toBeDefined();
    // moto keeps a template-created document's Content as an object (docs/aws.md): read it raw.
    const got = await motoJsonCall(moto, 'ssm', 'AmazonSSM.GetDocument', { Name: ids.get(docId) });
    const content = typeof got.Content === 'string' ? JSON.parse(got.Content) : got.Content;
    expect(got.DocumentType).toBe('Automation');
    expect(content.mainSteps[0].inputs.Script).toBe(IngressScanning.s3ConsolidationScript());
    const role = (await iam.send(new GetRoleCommand({ RoleName: ids.get(roleId)! }))).Role!;
    expect(content.assumeRole).toBe(role.Arn);
    const trust = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!));
    expect(trust.Statement.map((x: any) => x.Principal)).toEqual([{ Service: 'ssm.amazonaws.com' }]);
    const attached = (await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: role.RoleName! }))).AttachedPolicies ?? [];
    const policy = (await iam.send(new GetPolicyCommand({ PolicyArn: attached[0].PolicyArn! }))).Policy!;
    const version = (await iam.send(new GetPolicyVersionCommand({ PolicyArn: policy.Arn!, VersionId: policy.DefaultVersionId! }))).PolicyVersion!;
    const actions = JSON.parse(decodeURIComponent(version.Document!)).Statement.flatMap((x: any) => [].concat(x.Action));
    expect(actions.filter((a: string) => /Delete/.test(a))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['s3:GetObject', 's3:GetObjectTagging', 's3:PutObject']));
  });
});
