/**
 * ClamAV instead of GuardDuty on AWS (`malwareScanner: AirlockMalwareScanner.CLAMAV`): the function
 * from the institution's image, its queue and dead-letter queue, the uploads' object events and
 * its role exist only while uploads arrive and are consolidated; no GuardDuty plan; the scan gate
 * exempts the function's role, which may read and tag incoming/ only and delete nothing. Read from
 * the synthesized templates; cfn-lint and the three cdk-nag packs on both scanning phases.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { examplePermit } from '../../examples/permit-aws/main';
import { AirlockMalwareScanner, AirlockWorkspace, IngressScanning, PermitLifecycle, PermitStatus } from '../../src';
import { readAwsPermitConfig } from '../../src/cli/permit-synth-aws';
import { CLAMAV_HANDLER, CLAMAV_SCANNER_ACTIONS } from '../../src/constructs/aws/private/airlock-clamav';
import { NO_THREATS_FOUND, SCAN_STATUS_TAG } from '../../src/constructs/aws/private/airlock-malware';
import {
  bucketPolicy, bucketsByVolume, cleanTemp, desktopTemplate, examplePhase, identityStatements, labVpc, mayDo, ofType, refOf, StackOptions, tempDir,
} from '../airlock/helpers';
import { cfnLint, formatMatches } from '../helpers/cfn-lint';
import { formatFindings, nagFindings } from '../helpers/nag';
import { requireTool } from '../helpers/tools';

const S = PermitStatus;
afterAll(cleanTemp);

const IMAGE = '123456789012.dkr.ecr.eu-west-1.amazonaws.com/rws-clamav@sha256:' + 'ab'.repeat(32);
const CLAMAV: StackOptions = { malwareScanner: AirlockMalwareScanner.CLAMAV, clamavImage: IMAGE };
const ingress = examplePhase(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, undefined, CLAMAV);
const pending = examplePhase(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS, undefined, CLAMAV);

const uploads = (t: any) => [...bucketsByVolume(t)].filter(([v]) => v.startsWith('upload-'));
const functions = (t: any) => ofType(t, 'AWS::Lambda::Function').filter(([, f]) => f.Properties.PackageType === 'Image');
const roleOf = (t: any) => refOf(functions(t)[0][1].Properties.Role)!;
const flat = (x: any): string => JSON.stringify(x);
/** Where a security group lets traffic out (`<cidr or S3>:<port>`); its inline rule is CDK's match-nothing placeholder. */
const egressOf = (t: any, sg: string) => {
  expect(t.Resources[sg].Properties.SecurityGroupEgress).toEqual([expect.objectContaining({ CidrIp: '255.255.255.255/32', IpProtocol: 'icmp' })]);
  return ofType(t, 'AWS::EC2::SecurityGroupEgress').filter(([, r]) => r.Properties.GroupId && refOf(r.Properties.GroupId) === sg)
    .map(([, r]) => `${r.Properties.DestinationPrefixListId ? 'S3' : r.Properties.CidrIp}:${r.Properties.FromPort}`).sort();
};

/**
 * What is wrong with the ClamAV scanner's access in a template: the role may only read and tag
 * objects under incoming/ of the upload buckets, delete nothing, and every upload bucket's gate
 * exempts exactly this role.
 */
function problems(t: any): string[] {
  const out: string[] = [];
  const role = roleOf(t);
  for (const s of identityStatements(t, role)) {
    const actions = [].concat(s.Action as any) as string[];
    const s3 = actions.filter((a) => a.startsWith('s3:'));
    if (s.Effect !== 'Allow' || !s3.length) continue;
    for (const a of s3) if (!CLAMAV_SCANNER_ACTIONS.includes(a)) out.push(`the role may ${a}`);
    for (const r of [].concat(s.Resource as any)) if (!flat(r).endsWith('/incoming/*"]]}')) out.push(`the role reaches ${flat(r)}`);
  }
  for (const [volume, id] of uploads(t)) {
    const st = bucketPolicy(t, id);
    const reads: any = st.find((x: any) => x.Sid === 'DenyReadsOfObjectsNotScannedClean');
    if (!reads || reads.Condition?.StringNotEquals?.[`s3:ExistingObjectTag/${SCAN_STATUS_TAG}`] !== NO_THREATS_FOUND
      || refOf(reads.Condition?.ArnNotEquals?.['aws:PrincipalArn']) !== role) out.push(`${volume}: the read gate does not exempt exactly the function's role`);
    const tagging: any = st.find((x: any) => x.Sid === 'DenyTaggingButByTheScanner');
    if (!tagging || refOf(tagging.Condition?.ArnNotEquals?.['aws:PrincipalArn']) !== role) out.push(`${volume}: others than the function may tag`);
    const confine: any = st.find((x: any) => x.Sid === 'DenyScannerAnythingElse');
    if (!confine || flat(confine.NotAction) !== flat(CLAMAV_SCANNER_ACTIONS) || refOf(confine.Condition.ArnEquals['aws:PrincipalArn']) !== role) {
      out.push(`${volume}: the function is not confined to reading and tagging`);
    }
    if (st.some((x: any) => x.Sid === 'DenyScannerWritesButValidation')) out.push(`${volume}: a GuardDuty validation-object exemption is left`);
    if (mayDo(t, role, id, 's3:DeleteObject') || mayDo(t, role, id, 's3:PutObject')) out.push(`${volume}: the function may write or delete`);
  }
  return out;
}

test('while uploads arrive and are consolidated, a function from the institution\'s image scans them; no GuardDuty plan', () => {
  for (const s of [ingress, pending]) {
    const t = s.template;
    expect(ofType(t, 'AWS::GuardDuty::MalwareProtectionPlan')).toEqual([]);
    const [[, fn]] = functions(t);
    expect(functions(t)).toHaveLength(1);
    expect(flat(fn.Properties.Code.ImageUri)).toContain(`/rws-clamav@${IMAGE.split('@')[1]}`);
    expect(fn.Properties.ImageConfig.Command).toEqual([CLAMAV_HANDLER]);
    const p = fn.Properties;
    expect([p.MemorySize, p.EphemeralStorage, p.Timeout, p.ReservedConcurrentExecutions]).toEqual([4096, { Size: 10240 }, 900, 4]);
    expect(fn.Properties.VpcConfig.SubnetIds.length).toBeGreaterThan(0);
    // In the VPC's isolated workspace subnets, reaching S3 through its gateway endpoint only.
    const subnets = fn.Properties.VpcConfig.SubnetIds.map(refOf);
    for (const id of subnets) expect(t.Resources[id].Properties.MapPublicIpOnLaunch).toBe(false);
    for (const [, route] of ofType(t, 'AWS::EC2::Route')) {
      const table = refOf(route.Properties.RouteTableId);
      const assoc = ofType(t, 'AWS::EC2::SubnetRouteTableAssociation').filter(([, a]) => refOf(a.Properties.RouteTableId) === table).map(([, a]) => refOf(a.Properties.SubnetId));
      expect(assoc.filter((x) => subnets.includes(x))).toEqual([]);
    }
    const endpoints = ofType(t, 'AWS::EC2::VPCEndpoint').filter(([, e]) => flat(e.Properties.ServiceName).includes('.s3'));
    expect(endpoints).toHaveLength(1);
    const [sg] = fn.Properties.VpcConfig.SecurityGroupIds.map(refOf);
    expect(egressOf(t, sg)).toEqual(['S3:443']);
    expect(t.Resources[sg].Properties.SecurityGroupIngress ?? []).toEqual([]);
    expect(ofType(t, 'AWS::EC2::SecurityGroupIngress').filter(([, r]) => refOf(r.Properties.GroupId) === sg)).toEqual([]);
    expect(fn.Properties.Environment.Variables.RWS_FRESHCLAM_CONF).toBeUndefined();
  }
});

test('the upload buckets\' object events reach the function through an SQS queue with a dead-letter queue, both under the permit key', () => {
  for (const s of [ingress, pending]) {
    const t = s.template;
    const ids = uploads(t).map(([, id]) => id).sort();
    const onEventBridge = { EventBridgeConfiguration: { EventBridgeEnabled: true } };
    for (const id of ids) expect(t.Resources[id].Properties.NotificationConfiguration).toEqual(onEventBridge);
    const [[, rule]] = ofType(t, 'AWS::Events::Rule');
    const pattern = rule.Properties.EventPattern;
    expect([pattern.source, pattern['detail-type'], pattern.detail.object]).toEqual([['aws.s3'], ['Object Created'], { key: [{ prefix: 'incoming/' }] }]);
    expect(pattern.detail.bucket.name.map(refOf).sort()).toEqual(ids);
    const queueId = refOf(rule.Properties.Targets[0].Arn)!;
    const queue = t.Resources[queueId];
    const dlq = refOf(queue.Properties.RedrivePolicy.deadLetterTargetArn)!;
    expect(queue.Properties.RedrivePolicy.maxReceiveCount).toBe(3);
    const dataKey = ofType(t, 'AWS::KMS::Key').find(([id]) => id.includes('DataKey'))![0];
    for (const q of [queueId, dlq]) expect(refOf(t.Resources[q].Properties.KmsMasterKeyId)).toBe(dataKey);
    const [[, mapping]] = ofType(t, 'AWS::Lambda::EventSourceMapping');
    expect(refOf(mapping.Properties.EventSourceArn)).toBe(queueId);
    expect(refOf(mapping.Properties.FunctionName)).toBe(functions(t)[0][0]);
    expect(mapping.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
    // Only EventBridge, for this rule, may send to the queue.
    const qp = ofType(t, 'AWS::SQS::QueuePolicy').find(([, p]) => p.Properties.Queues.map(refOf).includes(queueId))![1];
    const send: any = qp.Properties.PolicyDocument.Statement.find((x: any) => x.Effect === 'Allow');
    expect(send.Principal).toEqual({ Service: 'events.amazonaws.com' });
    const ruleArn = flat(send.Condition.ArnEquals['aws:SourceArn']);
    expect(ruleArn).toContain(`:rule/${rule.Properties.Name}`);
    expect(qp.Properties.PolicyDocument.Statement.filter((x: any) => x.Effect === 'Allow')).toHaveLength(1);
    // The key lets EventBridge use it for this rule only.
    const keyStatements = t.Resources[dataKey].Properties.KeyPolicy.Statement.filter((x: any) => flat(x.Principal).includes('events.amazonaws.com'));
    expect(keyStatements.map((x: any) => [x.Action, x.Condition])).toEqual([[['kms:GenerateDataKey', 'kms:Decrypt'], { ArnEquals: { 'aws:SourceArn': JSON.parse(ruleArn) } }]]);
  }
});

test('the function\'s role reads and tags incoming/ of the upload buckets only, deletes nothing, and is the gate\'s only exemption', () => {
  for (const s of [ingress, pending]) {
    const t = s.template;
    expect(problems(t)).toEqual([]);
    const role = roleOf(t);
    expect(t.Resources[role].Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({ Service: 'lambda.amazonaws.com' });
    for (const [volume, id] of bucketsByVolume(t)) {
      if (!volume.startsWith('upload-')) expect({ volume, read: mayDo(t, role, id, 's3:GetObject') }).toEqual({ volume, read: false });
    }
    const kms: any = identityStatements(t, role).find((x: any) => [].concat(x.Action).some((a: string) => a.startsWith('kms:')));
    expect(kms.Action).toBe('kms:Decrypt');
    expect(flat(kms.Condition.StringEquals['kms:ViaService'])).toMatch(/s3\..*sqs\./);
  }
});

test('the access check fails when the role is widened or the gate dropped', () => {
  const mutate = (f: (t: any) => void) => {
    const t = JSON.parse(JSON.stringify(ingress.template));
    f(t);
    return problems(t).length > 0;
  };
  const scannerPolicy = (t: any) => ofType(t, 'AWS::IAM::ManagedPolicy').find(([, p]) => p.Properties.Roles.map(refOf).includes(roleOf(t)))![1];
  const readTag = (t: any) => scannerPolicy(t).Properties.PolicyDocument.Statement.find((x: any) => x.Sid === 'ReadAndTagUploads');
  expect({
    deletes: mutate((t) => readTag(t).Action.push('s3:DeleteObject')),
    wholeBucket: mutate((t) => { readTag(t).Resource[0]['Fn::Join'][1][1] = '/*'; }),
    readGate: mutate((t) => { for (const [, p] of ofType(t, 'AWS::S3::BucketPolicy')) p.Properties.PolicyDocument.Statement = p.Properties.PolicyDocument.Statement.filter((x: any) => x.Sid !== 'DenyReadsOfObjectsNotScannedClean'); }),
    confinement: mutate((t) => { for (const [, p] of ofType(t, 'AWS::S3::BucketPolicy')) p.Properties.PolicyDocument.Statement = p.Properties.PolicyDocument.Statement.filter((x: any) => x.Sid !== 'DenyScannerAnythingElse'); }),
  }).toEqual({ deletes: true, wholeBucket: true, readGate: true, confinement: true });
});

test('not in other phases: no function, queue or rule; the gate stays', () => {
  for (const [status, prev] of [[S.AWAITING_INGRESS, undefined], [S.DATA_PREPARATION_REVIEW_PENDING, S.DATA_PREPARATION_PENDING]] as const) {
    const t = examplePhase(status, prev, undefined, CLAMAV).template;
    expect({ status, fns: functions(t).length, queues: ofType(t, 'AWS::SQS::Queue').length, rules: ofType(t, 'AWS::Events::Rule').length })
      .toEqual({ status, fns: 0, queues: 0, rules: 0 });
    for (const [, id] of uploads(t)) expect(bucketPolicy(t, id).some((x: any) => x.Sid === 'DenyReadsOfObjectsNotScannedClean')).toBe(true);
  }
});

test('with a signature mirror: the freshclam configuration names it, and the function may reach its networks and S3 only', () => {
  const t = examplePhase(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, undefined, {
    ...CLAMAV, signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav', signatureMirrorCidrs: ['10.20.30.0/24'],
  }).template;
  const [[, fn]] = functions(t);
  expect(fn.Properties.Environment.Variables.RWS_FRESHCLAM_CONF).toBe(IngressScanning.freshclamConfig({ url: 'https://clamav-mirror.hdab.example/clamav', databaseDirectory: '/tmp/rws-clamav' }));
  const [sg] = fn.Properties.VpcConfig.SecurityGroupIds.map(refOf);
  expect(egressOf(t, sg)).toEqual(['10.20.30.0/24:443', '10.20.30.0/24:80', 'S3:443']);
  // Where the DNS firewall runs (phases with desktops), the mirror's name resolves; without ClamAV's mirror it does not.
  const domains = (o: StackOptions) => ofType(examplePhase(S.DATA_PREPARATION_PENDING, S.INGRESS_IN_PROGRESS, undefined, o).template, 'AWS::Route53Resolver::FirewallDomainList')
    .flatMap(([, d]) => d.Properties.Domains ?? []);
  expect(domains({ ...CLAMAV, signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav', signatureMirrorCidrs: ['10.20.30.0/24'] })).toContain('clamav-mirror.hdab.example');
  expect(domains(CLAMAV)).not.toContain('clamav-mirror.hdab.example');
});

test('bad options are one clear error each', () => {
  const err = (o: StackOptions) => {
    try {
      examplePhase(S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS, undefined, o);
    } catch (e) {
      return (e as Error).message;
    }
    return 'no error';
  };
  expect(err({ malwareScanner: AirlockMalwareScanner.CLAMAV })).toMatch(/clamavImage.*none is given/s);
  expect(err({ ...CLAMAV, clamavImage: 'docker.io/clamav/clamav:1.4' })).toMatch(/clamavImage.*not an ECR image URI.*docker\.io\/clamav\/clamav:1\.4/s);
  expect(err({ ...CLAMAV, clamavImage: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/rws-clamav' })).toMatch(/not an ECR image URI with a tag or digest/);
  expect(err({ clamavImage: IMAGE })).toMatch(/clamavImage.*GuardDuty scans the uploads.*AirlockMalwareScanner\.CLAMAV/s);
  expect(err({ ...CLAMAV, signatureMirrorUrl: 'ftp://mirror', signatureMirrorCidrs: ['10.0.0.0/24'] })).toMatch(/signatureMirrorUrl.*http\(s\) URL/s);
  expect(err({ ...CLAMAV, signatureMirrorUrl: 'https://mirror.example/clamav' })).toMatch(/signatureMirrorCidrs.*networks/s);
  expect(err({ ...CLAMAV, signatureMirrorCidrs: ['10.0.0.0/24'] })).toMatch(/signatureMirrorCidrs.*no signatureMirrorUrl/s);
  expect(err({ ...CLAMAV, signatureMirrorUrl: 'https://mirror.example/clamav', signatureMirrorCidrs: ['10.0.0.1/24'] })).toMatch(/signatureMirrorCidrs\[0\].*not an IPv4 network/s);
});

test('cfn-lint and cdk-nag (AwsSolutions, HIPAA Security, NIST 800-53 R5) find nothing in the scanning phases with ClamAV', () => {
  expect(formatFindings(nagFindings(ingress.stack))).toBe('');
  expect(formatFindings(nagFindings(pending.stack))).toBe('');
  if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
  expect(formatMatches(cfnLint([ingress.file, pending.file]))).toBe('');
}, 120_000);

test('the AWS permit settings file takes the scanner (malware_scanner, clamav_image, the mirror)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rws-clamav-config-'));
  try {
    const file = path.join(dir, 'aws.yaml');
    fs.writeFileSync(file, `malware_scanner: clamav\nclamav_image: ${IMAGE}\nsignature_mirror_url: https://m.example/clamav\nsignature_mirror_cidrs: [10.20.30.0/24]\n`);
    const c = readAwsPermitConfig(file);
    expect([c.malwareScanner, c.clamavImage, c.signatureMirrorUrl, c.signatureMirrorCidrs])
      .toEqual([AirlockMalwareScanner.CLAMAV, IMAGE, 'https://m.example/clamav', ['10.20.30.0/24']]);
    fs.writeFileSync(file, 'malware_scanner: clamd\n');
    expect(() => readAwsPermitConfig(file)).toThrow(/malware_scanner.*clamd/s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('in a lab\'s existing VPC: the function in its isolated subnets, out to S3 and the mirror only; no endpoint of its own; cfn-lint and cdk-nag', () => {
  const app = new App({ builtinCloudFormationValidation: false, outdir: tempDir() });
  const lab = new Stack(app, 'Lab');
  const vpc = labVpc(lab);
  new AirlockWorkspace(lab, 'Permit', {
    plan: PermitLifecycle.plan(examplePermit('p-011', S.INGRESS_IN_PROGRESS, S.AWAITING_INGRESS)),
    vpc,
    proxySubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    airlockSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
    template: desktopTemplate(),
    machineImage: ec2.MachineImage.fromSsmParameter('/rws-test/desktop-image'),
    s3PrefixListId: 'pl-6da54004',
    ...CLAMAV,
    signatureMirrorUrl: 'https://clamav-mirror.hdab.example/clamav',
    signatureMirrorCidrs: ['10.20.30.0/24'],
  });
  const file = path.join(app.synth().directory, 'Lab.template.json');
  const t = JSON.parse(fs.readFileSync(file, 'utf8'));
  const [[, fn]] = functions(t);
  expect(fn.Properties.VpcConfig.SubnetIds).toEqual(['subnet-0aaaaaaaaaaaaaaa1', 'subnet-0aaaaaaaaaaaaaaa2']);
  const [sg] = fn.Properties.VpcConfig.SecurityGroupIds.map(refOf);
  expect(egressOf(t, sg)).toEqual(['10.20.30.0/24:443', '10.20.30.0/24:80', 'S3:443']);
  expect(ofType(t, 'AWS::EC2::SecurityGroupEgress').find(([, r]) => refOf(r.Properties.GroupId) === sg && r.Properties.DestinationPrefixListId)![1]
    .Properties.DestinationPrefixListId).toBe('pl-6da54004');
  expect(ofType(t, 'AWS::EC2::VPCEndpoint')).toEqual([]);
  expect(problems(t)).toEqual([]);
  expect(formatFindings(nagFindings(app))).toBe('');
  if (!requireTool('cfn-lint', 'lints the synthesized CloudFormation templates')) return;
  expect(formatMatches(cfnLint([file]))).toBe('');
}, 120_000);
