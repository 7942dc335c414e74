/**
 * ClamAV instead of GuardDuty Malware Protection for a permit's uploads on AWS (the institution's
 * choice, `AirlockMalwareScanner.CLAMAV`): a Lambda function from the institution's container
 * image, in the permit VPC's workspace subnets, scans each new object under `incoming/` and tags
 * it with the tag GuardDuty uses (`IngressScanning.s3ScannerScript()`), so the scan gate, the
 * consolidation and the quarantine are the same. S3 sends "Object Created" events to EventBridge;
 * a rule sends those of the upload buckets' `incoming/` to an SQS queue (permit key, dead-letter
 * queue after three failed receives), which the function reads.
 */
import { Aws, CfnResource, Duration, RemovalPolicy, Size, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { dropRedundantDependsOn } from './airlock-cfn';
import { SCANNED_PREFIX } from './airlock-malware';
import { ack, acknowledgeWildcards, allPacks } from './airlock-nag';
import { AirlockNetwork, lockedSecurityGroup } from './airlock-network';
import { PermitBucket } from './airlock-storage';
import { IngressScanning } from '../../../workspaces/ingress';
import { PermitPlan } from '../../../workspaces/permit';

/** What the ClamAV scanner may do on an upload bucket (under `incoming/`); everything else is denied to it. */
export const CLAMAV_SCANNER_ACTIONS = [
  's3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging', 's3:GetObjectVersionTagging', 's3:PutObjectTagging', 's3:PutObjectVersionTagging',
];

/** The handler the image runs: `rws_s3_scan.py` (IngressScanning.s3ScannerScript()) in the image's task folder. */
export const CLAMAV_HANDLER = 'rws_s3_scan.handler';

/** A container image in ECR: `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>(:<tag>|@sha256:<digest>)`. */
export const ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255})(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})|@(sha256:[0-9a-f]{64}))$/;

export interface ClamavScannerProps {
  readonly plan: PermitPlan;
  readonly uploads: PermitBucket[];
  readonly key: kms.IKey;
  readonly logKey: kms.IKey;
  readonly logRetention: logs.RetentionDays;
  readonly network: AirlockNetwork;
  readonly image: string;
  readonly mirrorUrl?: string;
  readonly mirrorCidrs: string[];
}

/** The scanning function and what feeds it; returns the function's role (the gate's scanner). */
export function addClamavScanner(scope: Construct, props: ClamavScannerProps): iam.Role {
  const { plan, uploads, key, network } = props;
  const s = new Construct(scope, 'ClamavScanner');
  const role = new iam.Role(s, 'Role', {
    description: `Permit ${plan.permitId}: the ClamAV scanner reads and tags the uploads under ${SCANNED_PREFIX}`,
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } } }),
  });
  Tags.of(role).add('permit:service', 'clamav-malware-scan');
  const logGroup = new logs.LogGroup(s, 'Logs', { encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: RemovalPolicy.RETAIN });

  const deadLetters = new sqs.Queue(s, 'DeadLetters', {
    encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key, enforceSSL: true, retentionPeriod: Duration.days(14),
  });
  const queue = new sqs.Queue(s, 'Queue', {
    encryption: sqs.QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    // Six times the function's timeout, as Lambda asks of an event source queue.
    visibilityTimeout: Duration.minutes(90),
    deadLetterQueue: { queue: deadLetters, maxReceiveCount: 3 },
  });
  ack(deadLetters, allPacks({ aws: 'SQS3' }), 'This queue is the dead-letter queue of the scan queue: it holds the upload events whose scan failed three times, for the operator.');

  // S3 sends its object events to EventBridge (no destination check, so no cycle between the
  // bucket and the queue's policy); the rule forwards the uploads' incoming/ objects.
  for (const b of uploads) {
    const cfn = b.bucket.node.defaultChild as s3.CfnBucket;
    cfn.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
  }
  // Named, so that the key policy can name it without a reference (the key encrypts the buckets the rule names).
  const ruleName = `permit-${plan.permitId}-clamav-uploads`.slice(0, 64);
  const ruleArn = `arn:${Aws.PARTITION}:events:${Aws.REGION}:${Aws.ACCOUNT_ID}:rule/${ruleName}`;
  const rule = new events.Rule(s, 'UploadEvents', {
    ruleName,
    description: `Permit ${plan.permitId}: new uploads under ${SCANNED_PREFIX} go to the ClamAV scanner's queue`,
    eventPattern: {
      source: ['aws.s3'],
      detailType: ['Object Created'],
      detail: { bucket: { name: uploads.map((b) => b.bucket.bucketName) }, object: { key: [{ prefix: SCANNED_PREFIX }] } },
    },
  });
  // Only this rule may send to the queue and use the key for it (aws-events-targets' SqsQueue
  // would let EventBridge use the permit key for anything, without a condition).
  rule.addTarget({ bind: () => ({ arn: queue.queueArn }) });
  queue.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'UploadEventsOnly',
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
    actions: ['sqs:SendMessage'],
    resources: [queue.queueArn],
    conditions: { ArnEquals: { 'aws:SourceArn': ruleArn } },
  }));
  key.addToResourcePolicy(new iam.PolicyStatement({
    sid: 'UploadEventsToTheScanQueue',
    principals: [new iam.ServicePrincipal('events.amazonaws.com')],
    actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
    resources: ['*'],
    conditions: { ArnEquals: { 'aws:SourceArn': ruleArn } },
  }));

  const sg = lockedSecurityGroup(s, 'SecurityGroup', network.vpc, `ClamAV scanner of permit ${plan.permitId}: no inbound; out to S3${props.mirrorUrl ? ' and the signature mirror' : ''} only`);
  sg.addEgressRule(ec2.Peer.prefixList(network.s3Access()), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint');
  for (const cidr of props.mirrorCidrs) {
    sg.addEgressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(443), 'HTTPS to the signature mirror');
    sg.addEgressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(80), 'HTTP to the signature mirror');
  }

  const incoming = uploads.map((b) => b.bucket.arnForObjects(`${SCANNED_PREFIX}*`));
  const policy = new iam.ManagedPolicy(s, 'Policy', {
    description: `Permit ${plan.permitId}: read and tag the uploads under ${SCANNED_PREFIX}, read the scan queue, write the scanner's log`,
    roles: [role],
    statements: [
      new iam.PolicyStatement({ sid: 'ReadAndTagUploads', actions: CLAMAV_SCANNER_ACTIONS, resources: incoming }),
      new iam.PolicyStatement({
        sid: 'DataKeyThroughS3AndSqs',
        actions: ['kms:Decrypt'],
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': [`s3.${Aws.REGION}.amazonaws.com`, `sqs.${Aws.REGION}.amazonaws.com`] } },
      }),
      new iam.PolicyStatement({
        sid: 'ReadScanQueue',
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'],
        resources: [queue.queueArn],
      }),
      new iam.PolicyStatement({ sid: 'WriteLog', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [`${logGroup.logGroupArn}:*`] }),
      new iam.PolicyStatement({
        sid: 'NetworkInterfaces',
        actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface',
          'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
        resources: ['*'],
      }),
    ],
  });
  acknowledgeWildcards(policy, (finding) => {
    if (/^Resource::<.*Bucket.*\.Arn>\/incoming\/\*$/.test(finding)) {
      return 'The scanner reads and tags every new upload, whose keys the data holders choose under incoming/; the grant covers that prefix of the upload buckets only, and the bucket policy denies the scanner every other action.';
    }
    if (/^Resource::<.*Logs.*\.Arn>:\*$/.test(finding)) return 'Log streams of the scanner\'s own log group (`<log group>:*`), named by Lambda.';
    if (finding === 'Resource::*') {
      return 'Lambda creates and removes the function\'s network interfaces in the permit VPC with the function\'s role; ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets support no resource-level permissions, and the interfaces\' names are Lambda\'s.';
    }
    return undefined;
  });

  const m = ECR_IMAGE.exec(props.image)!;
  const repository = ecr.Repository.fromRepositoryAttributes(s, 'Image', {
    repositoryName: m[4],
    repositoryArn: `arn:${m[3] ? 'aws-cn' : Aws.PARTITION}:ecr:${m[2]}:${m[1]}:repository/${m[4]}`,
  });
  const environment: Record<string, string> = { RWS_MAX_FILE_MIB: '4000' };
  if (props.mirrorUrl) environment.RWS_FRESHCLAM_CONF = IngressScanning.freshclamConfig({ url: props.mirrorUrl, databaseDirectory: '/tmp/rws-clamav' });
  const fn = new lambda.Function(s, 'Function', {
    description: `Permit ${plan.permitId}: scans new uploads with ClamAV and tags them GuardDutyMalwareScanStatus (cdk-research-workspaces)`,
    code: lambda.Code.fromEcrImage(repository, { tagOrDigest: m[5] ?? m[6], cmd: [CLAMAV_HANDLER] }),
    handler: lambda.Handler.FROM_IMAGE,
    runtime: lambda.Runtime.FROM_IMAGE,
    // clamscan holds every signature in memory; a file of up to 4000 MiB is downloaded to /tmp (10 GiB).
    memorySize: 4096,
    ephemeralStorageSize: Size.mebibytes(10240),
    timeout: Duration.minutes(15),
    reservedConcurrentExecutions: 4,
    role,
    logGroup,
    environment,
    vpc: network.vpc,
    vpcSubnets: network.workspaceSubnets,
    securityGroups: [sg],
  });
  fn.node.addDependency(policy);
  dropRedundantDependsOn(fn.node.defaultChild as CfnResource, [role]);
  const mapping = new lambda.EventSourceMapping(s, 'Events', {
    target: fn, eventSourceArn: queue.queueArn, batchSize: 1, reportBatchItemFailures: true,
  });
  mapping.node.addDependency(policy);
  ack(fn, allPacks({ hipaa: 'LambdaDLQ', nist: 'LambdaDLQ' }),
    'The function is invoked only by its SQS event source mapping, never asynchronously; a message whose scan fails returns to the queue and after three receives goes to the queue\'s dead-letter queue.');
  return role;
}
