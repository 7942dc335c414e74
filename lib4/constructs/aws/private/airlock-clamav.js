"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.ECR_IMAGE = exports.CLAMAV_HANDLER = exports.CLAMAV_SCANNER_ACTIONS = void 0;
exports.addClamavScanner = addClamavScanner;
/**
 * ClamAV instead of GuardDuty Malware Protection for a permit's uploads on AWS (the institution's
 * choice, `AirlockMalwareScanner.CLAMAV`): a Lambda function from the institution's container
 * image, in the permit VPC's workspace subnets, scans each new object under `incoming/` and tags
 * it with the tag GuardDuty uses (`IngressScanning.s3ScannerScript()`), so the scan gate, the
 * consolidation and the quarantine are the same. S3 sends "Object Created" events to EventBridge;
 * a rule sends those of the upload buckets' `incoming/` to an SQS queue (permit key, dead-letter
 * queue after three failed receives), which the function reads.
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const ecr = __importStar(require("aws-cdk-lib/aws-ecr"));
const events = __importStar(require("aws-cdk-lib/aws-events"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const lambda = __importStar(require("aws-cdk-lib/aws-lambda"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const sqs = __importStar(require("aws-cdk-lib/aws-sqs"));
const constructs_1 = require("constructs");
const airlock_cfn_1 = require("./airlock-cfn");
const airlock_malware_1 = require("./airlock-malware");
const airlock_nag_1 = require("./airlock-nag");
const airlock_network_1 = require("./airlock-network");
const ingress_1 = require("../../../workspaces/ingress");
/** What the ClamAV scanner may do on an upload bucket (under `incoming/`); everything else is denied to it. */
exports.CLAMAV_SCANNER_ACTIONS = [
    's3:GetObject', 's3:GetObjectVersion', 's3:GetObjectTagging', 's3:GetObjectVersionTagging', 's3:PutObjectTagging', 's3:PutObjectVersionTagging',
];
/** The handler the image runs: `rws_s3_scan.py` (IngressScanning.s3ScannerScript()) in the image's task folder. */
exports.CLAMAV_HANDLER = 'rws_s3_scan.handler';
/** A container image in ECR: `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>(:<tag>|@sha256:<digest>)`. */
exports.ECR_IMAGE = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(\.cn)?\/([a-z0-9][a-z0-9._/-]{0,255})(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127})|@(sha256:[0-9a-f]{64}))$/;
/** The scanning function and what feeds it; returns the function's role (the gate's scanner). */
function addClamavScanner(scope, props) {
    const { plan, uploads, key, network } = props;
    const s = new constructs_1.Construct(scope, 'ClamavScanner');
    const role = new iam.Role(s, 'Role', {
        description: `Permit ${plan.permitId}: the ClamAV scanner reads and tags the uploads under ${airlock_malware_1.SCANNED_PREFIX}`,
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com', { conditions: { StringEquals: { 'aws:SourceAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID } } }),
    });
    aws_cdk_lib_1.Tags.of(role).add('permit:service', 'clamav-malware-scan');
    const logGroup = new logs.LogGroup(s, 'Logs', { encryptionKey: props.logKey, retention: props.logRetention, removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN });
    const deadLetters = new sqs.Queue(s, 'DeadLetters', {
        encryption: sqs.QueueEncryption.KMS, encryptionMasterKey: key, enforceSSL: true, retentionPeriod: aws_cdk_lib_1.Duration.days(14),
    });
    const queue = new sqs.Queue(s, 'Queue', {
        encryption: sqs.QueueEncryption.KMS,
        encryptionMasterKey: key,
        enforceSSL: true,
        retentionPeriod: aws_cdk_lib_1.Duration.days(14),
        // Six times the function's timeout, as Lambda asks of an event source queue.
        visibilityTimeout: aws_cdk_lib_1.Duration.minutes(90),
        deadLetterQueue: { queue: deadLetters, maxReceiveCount: 3 },
    });
    (0, airlock_nag_1.ack)(deadLetters, (0, airlock_nag_1.allPacks)({ aws: 'SQS3' }), 'This queue is the dead-letter queue of the scan queue: it holds the upload events whose scan failed three times, for the operator.');
    // S3 sends its object events to EventBridge (no destination check, so no cycle between the
    // bucket and the queue's policy); the rule forwards the uploads' incoming/ objects.
    for (const b of uploads) {
        const cfn = b.bucket.node.defaultChild;
        cfn.notificationConfiguration = { eventBridgeConfiguration: { eventBridgeEnabled: true } };
    }
    // Named, so that the key policy can name it without a reference (the key encrypts the buckets the rule names).
    const ruleName = `permit-${plan.permitId}-clamav-uploads`.slice(0, 64);
    const ruleArn = `arn:${aws_cdk_lib_1.Aws.PARTITION}:events:${aws_cdk_lib_1.Aws.REGION}:${aws_cdk_lib_1.Aws.ACCOUNT_ID}:rule/${ruleName}`;
    const rule = new events.Rule(s, 'UploadEvents', {
        ruleName,
        description: `Permit ${plan.permitId}: new uploads under ${airlock_malware_1.SCANNED_PREFIX} go to the ClamAV scanner's queue`,
        eventPattern: {
            source: ['aws.s3'],
            detailType: ['Object Created'],
            detail: { bucket: { name: uploads.map((b) => b.bucket.bucketName) }, object: { key: [{ prefix: airlock_malware_1.SCANNED_PREFIX }] } },
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
    const sg = (0, airlock_network_1.lockedSecurityGroup)(s, 'SecurityGroup', network.vpc, `ClamAV scanner of permit ${plan.permitId}: no inbound; out to S3${props.mirrorUrl ? ' and the signature mirror' : ''} only`);
    sg.addEgressRule(ec2.Peer.prefixList(network.s3Access()), ec2.Port.tcp(443), 'HTTPS to S3 through the gateway endpoint');
    for (const cidr of props.mirrorCidrs) {
        sg.addEgressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(443), 'HTTPS to the signature mirror');
        sg.addEgressRule(ec2.Peer.ipv4(cidr), ec2.Port.tcp(80), 'HTTP to the signature mirror');
    }
    const incoming = uploads.map((b) => b.bucket.arnForObjects(`${airlock_malware_1.SCANNED_PREFIX}*`));
    const policy = new iam.ManagedPolicy(s, 'Policy', {
        description: `Permit ${plan.permitId}: read and tag the uploads under ${airlock_malware_1.SCANNED_PREFIX}, read the scan queue, write the scanner's log`,
        roles: [role],
        statements: [
            new iam.PolicyStatement({ sid: 'ReadAndTagUploads', actions: exports.CLAMAV_SCANNER_ACTIONS, resources: incoming }),
            new iam.PolicyStatement({
                sid: 'DataKeyThroughS3AndSqs',
                actions: ['kms:Decrypt'],
                resources: [key.keyArn],
                conditions: { StringEquals: { 'kms:ViaService': [`s3.${aws_cdk_lib_1.Aws.REGION}.amazonaws.com`, `sqs.${aws_cdk_lib_1.Aws.REGION}.amazonaws.com`] } },
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
    (0, airlock_nag_1.acknowledgeWildcards)(policy, (finding) => {
        if (/^Resource::<.*Bucket.*\.Arn>\/incoming\/\*$/.test(finding)) {
            return 'The scanner reads and tags every new upload, whose keys the data holders choose under incoming/; the grant covers that prefix of the upload buckets only, and the bucket policy denies the scanner every other action.';
        }
        if (/^Resource::<.*Logs.*\.Arn>:\*$/.test(finding))
            return 'Log streams of the scanner\'s own log group (`<log group>:*`), named by Lambda.';
        if (finding === 'Resource::*') {
            return 'Lambda creates and removes the function\'s network interfaces in the permit VPC with the function\'s role; ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets support no resource-level permissions, and the interfaces\' names are Lambda\'s.';
        }
        return undefined;
    });
    const m = exports.ECR_IMAGE.exec(props.image);
    const repository = ecr.Repository.fromRepositoryAttributes(s, 'Image', {
        repositoryName: m[4],
        repositoryArn: `arn:${m[3] ? 'aws-cn' : aws_cdk_lib_1.Aws.PARTITION}:ecr:${m[2]}:${m[1]}:repository/${m[4]}`,
    });
    const environment = { RWS_MAX_FILE_MIB: '4000' };
    if (props.mirrorUrl)
        environment.RWS_FRESHCLAM_CONF = ingress_1.IngressScanning.freshclamConfig({ url: props.mirrorUrl, databaseDirectory: '/tmp/rws-clamav' });
    const fn = new lambda.Function(s, 'Function', {
        description: `Permit ${plan.permitId}: scans new uploads with ClamAV and tags them GuardDutyMalwareScanStatus (cdk-research-workspaces)`,
        code: lambda.Code.fromEcrImage(repository, { tagOrDigest: m[5] ?? m[6], cmd: [exports.CLAMAV_HANDLER] }),
        handler: lambda.Handler.FROM_IMAGE,
        runtime: lambda.Runtime.FROM_IMAGE,
        // clamscan holds every signature in memory; a file of up to 4000 MiB is downloaded to /tmp (10 GiB).
        memorySize: 4096,
        ephemeralStorageSize: aws_cdk_lib_1.Size.mebibytes(10240),
        timeout: aws_cdk_lib_1.Duration.minutes(15),
        reservedConcurrentExecutions: 4,
        role,
        logGroup,
        environment,
        vpc: network.vpc,
        vpcSubnets: network.workspaceSubnets,
        securityGroups: [sg],
    });
    fn.node.addDependency(policy);
    (0, airlock_cfn_1.dropRedundantDependsOn)(fn.node.defaultChild, [role]);
    const mapping = new lambda.EventSourceMapping(s, 'Events', {
        target: fn, eventSourceArn: queue.queueArn, batchSize: 1, reportBatchItemFailures: true,
    });
    mapping.node.addDependency(policy);
    (0, airlock_nag_1.ack)(fn, (0, airlock_nag_1.allPacks)({ hipaa: 'LambdaDLQ', nist: 'LambdaDLQ' }), 'The function is invoked only by its SQS event source mapping, never asynchronously; a message whose scan fails returns to the queue and after three receives goes to the queue\'s dead-letter queue.');
    return role;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1jbGFtYXYuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi8uLi9zcmMvY29uc3RydWN0cy9hd3MvcHJpdmF0ZS9haXJsb2NrLWNsYW1hdi50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFvREEsNENBeUlDO0FBN0xEOzs7Ozs7OztHQVFHO0FBQ0gsNkNBQW9GO0FBQ3BGLHlEQUEyQztBQUMzQyx5REFBMkM7QUFDM0MsK0RBQWlEO0FBQ2pELHlEQUEyQztBQUUzQywrREFBaUQ7QUFDakQsMkRBQTZDO0FBRTdDLHlEQUEyQztBQUMzQywyQ0FBdUM7QUFDdkMsK0NBQXVEO0FBQ3ZELHVEQUFtRDtBQUNuRCwrQ0FBb0U7QUFDcEUsdURBQXdFO0FBRXhFLHlEQUE4RDtBQUc5RCwrR0FBK0c7QUFDbEcsUUFBQSxzQkFBc0IsR0FBRztJQUNwQyxjQUFjLEVBQUUscUJBQXFCLEVBQUUscUJBQXFCLEVBQUUsNEJBQTRCLEVBQUUscUJBQXFCLEVBQUUsNEJBQTRCO0NBQ2hKLENBQUM7QUFFRixtSEFBbUg7QUFDdEcsUUFBQSxjQUFjLEdBQUcscUJBQXFCLENBQUM7QUFFcEQsdUhBQXVIO0FBQzFHLFFBQUEsU0FBUyxHQUFHLHlKQUF5SixDQUFDO0FBY25MLGlHQUFpRztBQUNqRyxTQUFnQixnQkFBZ0IsQ0FBQyxLQUFnQixFQUFFLEtBQXlCO0lBQzFFLE1BQU0sRUFBRSxJQUFJLEVBQUUsT0FBTyxFQUFFLEdBQUcsRUFBRSxPQUFPLEVBQUUsR0FBRyxLQUFLLENBQUM7SUFDOUMsTUFBTSxDQUFDLEdBQUcsSUFBSSxzQkFBUyxDQUFDLEtBQUssRUFBRSxlQUFlLENBQUMsQ0FBQztJQUNoRCxNQUFNLElBQUksR0FBRyxJQUFJLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRTtRQUNuQyxXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSx5REFBeUQsZ0NBQWMsRUFBRTtRQUM3RyxTQUFTLEVBQUUsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsc0JBQXNCLEVBQUUsRUFBRSxVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxtQkFBbUIsRUFBRSxpQkFBRyxDQUFDLFVBQVUsRUFBRSxFQUFFLEVBQUUsQ0FBQztLQUN2SSxDQUFDLENBQUM7SUFDSCxrQkFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsZ0JBQWdCLEVBQUUscUJBQXFCLENBQUMsQ0FBQztJQUMzRCxNQUFNLFFBQVEsR0FBRyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxFQUFFLGFBQWEsRUFBRSxLQUFLLENBQUMsTUFBTSxFQUFFLFNBQVMsRUFBRSxLQUFLLENBQUMsWUFBWSxFQUFFLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUM7SUFFbkosTUFBTSxXQUFXLEdBQUcsSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxhQUFhLEVBQUU7UUFDbEQsVUFBVSxFQUFFLEdBQUcsQ0FBQyxlQUFlLENBQUMsR0FBRyxFQUFFLG1CQUFtQixFQUFFLEdBQUcsRUFBRSxVQUFVLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7S0FDcEgsQ0FBQyxDQUFDO0lBQ0gsTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUU7UUFDdEMsVUFBVSxFQUFFLEdBQUcsQ0FBQyxlQUFlLENBQUMsR0FBRztRQUNuQyxtQkFBbUIsRUFBRSxHQUFHO1FBQ3hCLFVBQVUsRUFBRSxJQUFJO1FBQ2hCLGVBQWUsRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7UUFDbEMsNkVBQTZFO1FBQzdFLGlCQUFpQixFQUFFLHNCQUFRLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUN2QyxlQUFlLEVBQUUsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLGVBQWUsRUFBRSxDQUFDLEVBQUU7S0FDNUQsQ0FBQyxDQUFDO0lBQ0gsSUFBQSxpQkFBRyxFQUFDLFdBQVcsRUFBRSxJQUFBLHNCQUFRLEVBQUMsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLENBQUMsRUFBRSxvSUFBb0ksQ0FBQyxDQUFDO0lBRWxMLDJGQUEyRjtJQUMzRixvRkFBb0Y7SUFDcEYsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztRQUN4QixNQUFNLEdBQUcsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxZQUE0QixDQUFDO1FBQ3ZELEdBQUcsQ0FBQyx5QkFBeUIsR0FBRyxFQUFFLHdCQUF3QixFQUFFLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLEVBQUUsQ0FBQztJQUM3RixDQUFDO0lBQ0QsK0dBQStHO0lBQy9HLE1BQU0sUUFBUSxHQUFHLFVBQVUsSUFBSSxDQUFDLFFBQVEsaUJBQWlCLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQztJQUN2RSxNQUFNLE9BQU8sR0FBRyxPQUFPLGlCQUFHLENBQUMsU0FBUyxXQUFXLGlCQUFHLENBQUMsTUFBTSxJQUFJLGlCQUFHLENBQUMsVUFBVSxTQUFTLFFBQVEsRUFBRSxDQUFDO0lBQy9GLE1BQU0sSUFBSSxHQUFHLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLEVBQUUsY0FBYyxFQUFFO1FBQzlDLFFBQVE7UUFDUixXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSx1QkFBdUIsZ0NBQWMsbUNBQW1DO1FBQzVHLFlBQVksRUFBRTtZQUNaLE1BQU0sRUFBRSxDQUFDLFFBQVEsQ0FBQztZQUNsQixVQUFVLEVBQUUsQ0FBQyxnQkFBZ0IsQ0FBQztZQUM5QixNQUFNLEVBQUUsRUFBRSxNQUFNLEVBQUUsRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxVQUFVLENBQUMsRUFBRSxFQUFFLE1BQU0sRUFBRSxFQUFFLEdBQUcsRUFBRSxDQUFDLEVBQUUsTUFBTSxFQUFFLGdDQUFjLEVBQUUsQ0FBQyxFQUFFLEVBQUU7U0FDckg7S0FDRixDQUFDLENBQUM7SUFDSCw0RkFBNEY7SUFDNUYsK0VBQStFO0lBQy9FLElBQUksQ0FBQyxTQUFTLENBQUMsRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLENBQUMsQ0FBQyxFQUFFLEdBQUcsRUFBRSxLQUFLLENBQUMsUUFBUSxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDMUQsS0FBSyxDQUFDLG1CQUFtQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUNoRCxHQUFHLEVBQUUsa0JBQWtCO1FBQ3ZCLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLHNCQUFzQixDQUFDLENBQUM7UUFDOUQsT0FBTyxFQUFFLENBQUMsaUJBQWlCLENBQUM7UUFDNUIsU0FBUyxFQUFFLENBQUMsS0FBSyxDQUFDLFFBQVEsQ0FBQztRQUMzQixVQUFVLEVBQUUsRUFBRSxTQUFTLEVBQUUsRUFBRSxlQUFlLEVBQUUsT0FBTyxFQUFFLEVBQUU7S0FDeEQsQ0FBQyxDQUFDLENBQUM7SUFDSixHQUFHLENBQUMsbUJBQW1CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1FBQzlDLEdBQUcsRUFBRSw0QkFBNEI7UUFDakMsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsc0JBQXNCLENBQUMsQ0FBQztRQUM5RCxPQUFPLEVBQUUsQ0FBQyxxQkFBcUIsRUFBRSxhQUFhLENBQUM7UUFDL0MsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDO1FBQ2hCLFVBQVUsRUFBRSxFQUFFLFNBQVMsRUFBRSxFQUFFLGVBQWUsRUFBRSxPQUFPLEVBQUUsRUFBRTtLQUN4RCxDQUFDLENBQUMsQ0FBQztJQUVKLE1BQU0sRUFBRSxHQUFHLElBQUEscUNBQW1CLEVBQUMsQ0FBQyxFQUFFLGVBQWUsRUFBRSxPQUFPLENBQUMsR0FBRyxFQUFFLDRCQUE0QixJQUFJLENBQUMsUUFBUSwwQkFBMEIsS0FBSyxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsMkJBQTJCLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxDQUFDLENBQUM7SUFDOUwsRUFBRSxDQUFDLGFBQWEsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLFVBQVUsQ0FBQyxPQUFPLENBQUMsUUFBUSxFQUFFLENBQUMsRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSwwQ0FBMEMsQ0FBQyxDQUFDO0lBQ3pILEtBQUssTUFBTSxJQUFJLElBQUksS0FBSyxDQUFDLFdBQVcsRUFBRSxDQUFDO1FBQ3JDLEVBQUUsQ0FBQyxhQUFhLENBQUMsR0FBRyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsK0JBQStCLENBQUMsQ0FBQztRQUMxRixFQUFFLENBQUMsYUFBYSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxFQUFFLDhCQUE4QixDQUFDLENBQUM7SUFDMUYsQ0FBQztJQUVELE1BQU0sUUFBUSxHQUFHLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxNQUFNLENBQUMsYUFBYSxDQUFDLEdBQUcsZ0NBQWMsR0FBRyxDQUFDLENBQUMsQ0FBQztJQUNsRixNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsQ0FBQyxFQUFFLFFBQVEsRUFBRTtRQUNoRCxXQUFXLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSxvQ0FBb0MsZ0NBQWMsZ0RBQWdEO1FBQ3RJLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQztRQUNiLFVBQVUsRUFBRTtZQUNWLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxtQkFBbUIsRUFBRSxPQUFPLEVBQUUsOEJBQXNCLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRSxDQUFDO1lBQzNHLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDdEIsR0FBRyxFQUFFLHdCQUF3QjtnQkFDN0IsT0FBTyxFQUFFLENBQUMsYUFBYSxDQUFDO2dCQUN4QixTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDO2dCQUN2QixVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxnQkFBZ0IsRUFBRSxDQUFDLE1BQU0saUJBQUcsQ0FBQyxNQUFNLGdCQUFnQixFQUFFLE9BQU8saUJBQUcsQ0FBQyxNQUFNLGdCQUFnQixDQUFDLEVBQUUsRUFBRTthQUMxSCxDQUFDO1lBQ0YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QixHQUFHLEVBQUUsZUFBZTtnQkFDcEIsT0FBTyxFQUFFLENBQUMsb0JBQW9CLEVBQUUsbUJBQW1CLEVBQUUsNkJBQTZCLEVBQUUsd0JBQXdCLENBQUM7Z0JBQzdHLFNBQVMsRUFBRSxDQUFDLEtBQUssQ0FBQyxRQUFRLENBQUM7YUFDNUIsQ0FBQztZQUNGLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxVQUFVLEVBQUUsT0FBTyxFQUFFLENBQUMsc0JBQXNCLEVBQUUsbUJBQW1CLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxHQUFHLFFBQVEsQ0FBQyxXQUFXLElBQUksQ0FBQyxFQUFFLENBQUM7WUFDOUksSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO2dCQUN0QixHQUFHLEVBQUUsbUJBQW1CO2dCQUN4QixPQUFPLEVBQUUsQ0FBQyw0QkFBNEIsRUFBRSwrQkFBK0IsRUFBRSxxQkFBcUIsRUFBRSw0QkFBNEI7b0JBQzFILDhCQUE4QixFQUFFLGdDQUFnQyxDQUFDO2dCQUNuRSxTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUM7YUFDakIsQ0FBQztTQUNIO0tBQ0YsQ0FBQyxDQUFDO0lBQ0gsSUFBQSxrQ0FBb0IsRUFBQyxNQUFNLEVBQUUsQ0FBQyxPQUFPLEVBQUUsRUFBRTtRQUN2QyxJQUFJLDZDQUE2QyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO1lBQ2hFLE9BQU8sd05BQXdOLENBQUM7UUFDbE8sQ0FBQztRQUNELElBQUksZ0NBQWdDLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQztZQUFFLE9BQU8saUZBQWlGLENBQUM7UUFDN0ksSUFBSSxPQUFPLEtBQUssYUFBYSxFQUFFLENBQUM7WUFDOUIsT0FBTyxtUEFBbVAsQ0FBQztRQUM3UCxDQUFDO1FBQ0QsT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQyxDQUFDLENBQUM7SUFFSCxNQUFNLENBQUMsR0FBRyxpQkFBUyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsS0FBSyxDQUFFLENBQUM7SUFDdkMsTUFBTSxVQUFVLEdBQUcsR0FBRyxDQUFDLFVBQVUsQ0FBQyx3QkFBd0IsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFO1FBQ3JFLGNBQWMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDO1FBQ3BCLGFBQWEsRUFBRSxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxpQkFBRyxDQUFDLFNBQVMsUUFBUSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxlQUFlLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRTtLQUMvRixDQUFDLENBQUM7SUFDSCxNQUFNLFdBQVcsR0FBMkIsRUFBRSxnQkFBZ0IsRUFBRSxNQUFNLEVBQUUsQ0FBQztJQUN6RSxJQUFJLEtBQUssQ0FBQyxTQUFTO1FBQUUsV0FBVyxDQUFDLGtCQUFrQixHQUFHLHlCQUFlLENBQUMsZUFBZSxDQUFDLEVBQUUsR0FBRyxFQUFFLEtBQUssQ0FBQyxTQUFTLEVBQUUsaUJBQWlCLEVBQUUsaUJBQWlCLEVBQUUsQ0FBQyxDQUFDO0lBQ3RKLE1BQU0sRUFBRSxHQUFHLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFO1FBQzVDLFdBQVcsRUFBRSxVQUFVLElBQUksQ0FBQyxRQUFRLG9HQUFvRztRQUN4SSxJQUFJLEVBQUUsTUFBTSxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsVUFBVSxFQUFFLEVBQUUsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsc0JBQWMsQ0FBQyxFQUFFLENBQUM7UUFDaEcsT0FBTyxFQUFFLE1BQU0sQ0FBQyxPQUFPLENBQUMsVUFBVTtRQUNsQyxPQUFPLEVBQUUsTUFBTSxDQUFDLE9BQU8sQ0FBQyxVQUFVO1FBQ2xDLHFHQUFxRztRQUNyRyxVQUFVLEVBQUUsSUFBSTtRQUNoQixvQkFBb0IsRUFBRSxrQkFBSSxDQUFDLFNBQVMsQ0FBQyxLQUFLLENBQUM7UUFDM0MsT0FBTyxFQUFFLHNCQUFRLENBQUMsT0FBTyxDQUFDLEVBQUUsQ0FBQztRQUM3Qiw0QkFBNEIsRUFBRSxDQUFDO1FBQy9CLElBQUk7UUFDSixRQUFRO1FBQ1IsV0FBVztRQUNYLEdBQUcsRUFBRSxPQUFPLENBQUMsR0FBRztRQUNoQixVQUFVLEVBQUUsT0FBTyxDQUFDLGdCQUFnQjtRQUNwQyxjQUFjLEVBQUUsQ0FBQyxFQUFFLENBQUM7S0FDckIsQ0FBQyxDQUFDO0lBQ0gsRUFBRSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDOUIsSUFBQSxvQ0FBc0IsRUFBQyxFQUFFLENBQUMsSUFBSSxDQUFDLFlBQTJCLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDO0lBQ3BFLE1BQU0sT0FBTyxHQUFHLElBQUksTUFBTSxDQUFDLGtCQUFrQixDQUFDLENBQUMsRUFBRSxRQUFRLEVBQUU7UUFDekQsTUFBTSxFQUFFLEVBQUUsRUFBRSxjQUFjLEVBQUUsS0FBSyxDQUFDLFFBQVEsRUFBRSxTQUFTLEVBQUUsQ0FBQyxFQUFFLHVCQUF1QixFQUFFLElBQUk7S0FDeEYsQ0FBQyxDQUFDO0lBQ0gsT0FBTyxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7SUFDbkMsSUFBQSxpQkFBRyxFQUFDLEVBQUUsRUFBRSxJQUFBLHNCQUFRLEVBQUMsRUFBRSxLQUFLLEVBQUUsV0FBVyxFQUFFLElBQUksRUFBRSxXQUFXLEVBQUUsQ0FBQyxFQUN6RCxzTUFBc00sQ0FBQyxDQUFDO0lBQzFNLE9BQU8sSUFBSSxDQUFDO0FBQ2QsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogQ2xhbUFWIGluc3RlYWQgb2YgR3VhcmREdXR5IE1hbHdhcmUgUHJvdGVjdGlvbiBmb3IgYSBwZXJtaXQncyB1cGxvYWRzIG9uIEFXUyAodGhlIGluc3RpdHV0aW9uJ3NcbiAqIGNob2ljZSwgYEFpcmxvY2tNYWx3YXJlU2Nhbm5lci5DTEFNQVZgKTogYSBMYW1iZGEgZnVuY3Rpb24gZnJvbSB0aGUgaW5zdGl0dXRpb24ncyBjb250YWluZXJcbiAqIGltYWdlLCBpbiB0aGUgcGVybWl0IFZQQydzIHdvcmtzcGFjZSBzdWJuZXRzLCBzY2FucyBlYWNoIG5ldyBvYmplY3QgdW5kZXIgYGluY29taW5nL2AgYW5kIHRhZ3NcbiAqIGl0IHdpdGggdGhlIHRhZyBHdWFyZER1dHkgdXNlcyAoYEluZ3Jlc3NTY2FubmluZy5zM1NjYW5uZXJTY3JpcHQoKWApLCBzbyB0aGUgc2NhbiBnYXRlLCB0aGVcbiAqIGNvbnNvbGlkYXRpb24gYW5kIHRoZSBxdWFyYW50aW5lIGFyZSB0aGUgc2FtZS4gUzMgc2VuZHMgXCJPYmplY3QgQ3JlYXRlZFwiIGV2ZW50cyB0byBFdmVudEJyaWRnZTtcbiAqIGEgcnVsZSBzZW5kcyB0aG9zZSBvZiB0aGUgdXBsb2FkIGJ1Y2tldHMnIGBpbmNvbWluZy9gIHRvIGFuIFNRUyBxdWV1ZSAocGVybWl0IGtleSwgZGVhZC1sZXR0ZXJcbiAqIHF1ZXVlIGFmdGVyIHRocmVlIGZhaWxlZCByZWNlaXZlcyksIHdoaWNoIHRoZSBmdW5jdGlvbiByZWFkcy5cbiAqL1xuaW1wb3J0IHsgQXdzLCBDZm5SZXNvdXJjZSwgRHVyYXRpb24sIFJlbW92YWxQb2xpY3ksIFNpemUsIFRhZ3MgfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBlYzIgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVjMic7XG5pbXBvcnQgKiBhcyBlY3IgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVjcic7XG5pbXBvcnQgKiBhcyBldmVudHMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWV2ZW50cyc7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgKiBhcyBsYW1iZGEgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxhbWJkYSc7XG5pbXBvcnQgKiBhcyBsb2dzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1sb2dzJztcbmltcG9ydCAqIGFzIHMzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zMyc7XG5pbXBvcnQgKiBhcyBzcXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLXNxcyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGRyb3BSZWR1bmRhbnREZXBlbmRzT24gfSBmcm9tICcuL2FpcmxvY2stY2ZuJztcbmltcG9ydCB7IFNDQU5ORURfUFJFRklYIH0gZnJvbSAnLi9haXJsb2NrLW1hbHdhcmUnO1xuaW1wb3J0IHsgYWNrLCBhY2tub3dsZWRnZVdpbGRjYXJkcywgYWxsUGFja3MgfSBmcm9tICcuL2FpcmxvY2stbmFnJztcbmltcG9ydCB7IEFpcmxvY2tOZXR3b3JrLCBsb2NrZWRTZWN1cml0eUdyb3VwIH0gZnJvbSAnLi9haXJsb2NrLW5ldHdvcmsnO1xuaW1wb3J0IHsgUGVybWl0QnVja2V0IH0gZnJvbSAnLi9haXJsb2NrLXN0b3JhZ2UnO1xuaW1wb3J0IHsgSW5ncmVzc1NjYW5uaW5nIH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy9pbmdyZXNzJztcbmltcG9ydCB7IFBlcm1pdFBsYW4gfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5cbi8qKiBXaGF0IHRoZSBDbGFtQVYgc2Nhbm5lciBtYXkgZG8gb24gYW4gdXBsb2FkIGJ1Y2tldCAodW5kZXIgYGluY29taW5nL2ApOyBldmVyeXRoaW5nIGVsc2UgaXMgZGVuaWVkIHRvIGl0LiAqL1xuZXhwb3J0IGNvbnN0IENMQU1BVl9TQ0FOTkVSX0FDVElPTlMgPSBbXG4gICdzMzpHZXRPYmplY3QnLCAnczM6R2V0T2JqZWN0VmVyc2lvbicsICdzMzpHZXRPYmplY3RUYWdnaW5nJywgJ3MzOkdldE9iamVjdFZlcnNpb25UYWdnaW5nJywgJ3MzOlB1dE9iamVjdFRhZ2dpbmcnLCAnczM6UHV0T2JqZWN0VmVyc2lvblRhZ2dpbmcnLFxuXTtcblxuLyoqIFRoZSBoYW5kbGVyIHRoZSBpbWFnZSBydW5zOiBgcndzX3MzX3NjYW4ucHlgIChJbmdyZXNzU2Nhbm5pbmcuczNTY2FubmVyU2NyaXB0KCkpIGluIHRoZSBpbWFnZSdzIHRhc2sgZm9sZGVyLiAqL1xuZXhwb3J0IGNvbnN0IENMQU1BVl9IQU5ETEVSID0gJ3J3c19zM19zY2FuLmhhbmRsZXInO1xuXG4vKiogQSBjb250YWluZXIgaW1hZ2UgaW4gRUNSOiBgPGFjY291bnQ+LmRrci5lY3IuPHJlZ2lvbj4uYW1hem9uYXdzLmNvbVsuY25dLzxyZXBvc2l0b3J5Pig6PHRhZz58QHNoYTI1Njo8ZGlnZXN0PilgLiAqL1xuZXhwb3J0IGNvbnN0IEVDUl9JTUFHRSA9IC9eKFxcZHsxMn0pXFwuZGtyXFwuZWNyXFwuKFthLXowLTktXSspXFwuYW1hem9uYXdzXFwuY29tKFxcLmNuKT9cXC8oW2EtejAtOV1bYS16MC05Ll8vLV17MCwyNTV9KSg/OjooW0EtWmEtejAtOV9dW0EtWmEtejAtOV8uLV17MCwxMjd9KXxAKHNoYTI1NjpbMC05YS1mXXs2NH0pKSQvO1xuXG5leHBvcnQgaW50ZXJmYWNlIENsYW1hdlNjYW5uZXJQcm9wcyB7XG4gIHJlYWRvbmx5IHBsYW46IFBlcm1pdFBsYW47XG4gIHJlYWRvbmx5IHVwbG9hZHM6IFBlcm1pdEJ1Y2tldFtdO1xuICByZWFkb25seSBrZXk6IGttcy5JS2V5O1xuICByZWFkb25seSBsb2dLZXk6IGttcy5JS2V5O1xuICByZWFkb25seSBsb2dSZXRlbnRpb246IGxvZ3MuUmV0ZW50aW9uRGF5cztcbiAgcmVhZG9ubHkgbmV0d29yazogQWlybG9ja05ldHdvcms7XG4gIHJlYWRvbmx5IGltYWdlOiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1pcnJvclVybD86IHN0cmluZztcbiAgcmVhZG9ubHkgbWlycm9yQ2lkcnM6IHN0cmluZ1tdO1xufVxuXG4vKiogVGhlIHNjYW5uaW5nIGZ1bmN0aW9uIGFuZCB3aGF0IGZlZWRzIGl0OyByZXR1cm5zIHRoZSBmdW5jdGlvbidzIHJvbGUgKHRoZSBnYXRlJ3Mgc2Nhbm5lcikuICovXG5leHBvcnQgZnVuY3Rpb24gYWRkQ2xhbWF2U2Nhbm5lcihzY29wZTogQ29uc3RydWN0LCBwcm9wczogQ2xhbWF2U2Nhbm5lclByb3BzKTogaWFtLlJvbGUge1xuICBjb25zdCB7IHBsYW4sIHVwbG9hZHMsIGtleSwgbmV0d29yayB9ID0gcHJvcHM7XG4gIGNvbnN0IHMgPSBuZXcgQ29uc3RydWN0KHNjb3BlLCAnQ2xhbWF2U2Nhbm5lcicpO1xuICBjb25zdCByb2xlID0gbmV3IGlhbS5Sb2xlKHMsICdSb2xlJywge1xuICAgIGRlc2NyaXB0aW9uOiBgUGVybWl0ICR7cGxhbi5wZXJtaXRJZH06IHRoZSBDbGFtQVYgc2Nhbm5lciByZWFkcyBhbmQgdGFncyB0aGUgdXBsb2FkcyB1bmRlciAke1NDQU5ORURfUFJFRklYfWAsXG4gICAgYXNzdW1lZEJ5OiBuZXcgaWFtLlNlcnZpY2VQcmluY2lwYWwoJ2xhbWJkYS5hbWF6b25hd3MuY29tJywgeyBjb25kaXRpb25zOiB7IFN0cmluZ0VxdWFsczogeyAnYXdzOlNvdXJjZUFjY291bnQnOiBBd3MuQUNDT1VOVF9JRCB9IH0gfSksXG4gIH0pO1xuICBUYWdzLm9mKHJvbGUpLmFkZCgncGVybWl0OnNlcnZpY2UnLCAnY2xhbWF2LW1hbHdhcmUtc2NhbicpO1xuICBjb25zdCBsb2dHcm91cCA9IG5ldyBsb2dzLkxvZ0dyb3VwKHMsICdMb2dzJywgeyBlbmNyeXB0aW9uS2V5OiBwcm9wcy5sb2dLZXksIHJldGVudGlvbjogcHJvcHMubG9nUmV0ZW50aW9uLCByZW1vdmFsUG9saWN5OiBSZW1vdmFsUG9saWN5LlJFVEFJTiB9KTtcblxuICBjb25zdCBkZWFkTGV0dGVycyA9IG5ldyBzcXMuUXVldWUocywgJ0RlYWRMZXR0ZXJzJywge1xuICAgIGVuY3J5cHRpb246IHNxcy5RdWV1ZUVuY3J5cHRpb24uS01TLCBlbmNyeXB0aW9uTWFzdGVyS2V5OiBrZXksIGVuZm9yY2VTU0w6IHRydWUsIHJldGVudGlvblBlcmlvZDogRHVyYXRpb24uZGF5cygxNCksXG4gIH0pO1xuICBjb25zdCBxdWV1ZSA9IG5ldyBzcXMuUXVldWUocywgJ1F1ZXVlJywge1xuICAgIGVuY3J5cHRpb246IHNxcy5RdWV1ZUVuY3J5cHRpb24uS01TLFxuICAgIGVuY3J5cHRpb25NYXN0ZXJLZXk6IGtleSxcbiAgICBlbmZvcmNlU1NMOiB0cnVlLFxuICAgIHJldGVudGlvblBlcmlvZDogRHVyYXRpb24uZGF5cygxNCksXG4gICAgLy8gU2l4IHRpbWVzIHRoZSBmdW5jdGlvbidzIHRpbWVvdXQsIGFzIExhbWJkYSBhc2tzIG9mIGFuIGV2ZW50IHNvdXJjZSBxdWV1ZS5cbiAgICB2aXNpYmlsaXR5VGltZW91dDogRHVyYXRpb24ubWludXRlcyg5MCksXG4gICAgZGVhZExldHRlclF1ZXVlOiB7IHF1ZXVlOiBkZWFkTGV0dGVycywgbWF4UmVjZWl2ZUNvdW50OiAzIH0sXG4gIH0pO1xuICBhY2soZGVhZExldHRlcnMsIGFsbFBhY2tzKHsgYXdzOiAnU1FTMycgfSksICdUaGlzIHF1ZXVlIGlzIHRoZSBkZWFkLWxldHRlciBxdWV1ZSBvZiB0aGUgc2NhbiBxdWV1ZTogaXQgaG9sZHMgdGhlIHVwbG9hZCBldmVudHMgd2hvc2Ugc2NhbiBmYWlsZWQgdGhyZWUgdGltZXMsIGZvciB0aGUgb3BlcmF0b3IuJyk7XG5cbiAgLy8gUzMgc2VuZHMgaXRzIG9iamVjdCBldmVudHMgdG8gRXZlbnRCcmlkZ2UgKG5vIGRlc3RpbmF0aW9uIGNoZWNrLCBzbyBubyBjeWNsZSBiZXR3ZWVuIHRoZVxuICAvLyBidWNrZXQgYW5kIHRoZSBxdWV1ZSdzIHBvbGljeSk7IHRoZSBydWxlIGZvcndhcmRzIHRoZSB1cGxvYWRzJyBpbmNvbWluZy8gb2JqZWN0cy5cbiAgZm9yIChjb25zdCBiIG9mIHVwbG9hZHMpIHtcbiAgICBjb25zdCBjZm4gPSBiLmJ1Y2tldC5ub2RlLmRlZmF1bHRDaGlsZCBhcyBzMy5DZm5CdWNrZXQ7XG4gICAgY2ZuLm5vdGlmaWNhdGlvbkNvbmZpZ3VyYXRpb24gPSB7IGV2ZW50QnJpZGdlQ29uZmlndXJhdGlvbjogeyBldmVudEJyaWRnZUVuYWJsZWQ6IHRydWUgfSB9O1xuICB9XG4gIC8vIE5hbWVkLCBzbyB0aGF0IHRoZSBrZXkgcG9saWN5IGNhbiBuYW1lIGl0IHdpdGhvdXQgYSByZWZlcmVuY2UgKHRoZSBrZXkgZW5jcnlwdHMgdGhlIGJ1Y2tldHMgdGhlIHJ1bGUgbmFtZXMpLlxuICBjb25zdCBydWxlTmFtZSA9IGBwZXJtaXQtJHtwbGFuLnBlcm1pdElkfS1jbGFtYXYtdXBsb2Fkc2Auc2xpY2UoMCwgNjQpO1xuICBjb25zdCBydWxlQXJuID0gYGFybjoke0F3cy5QQVJUSVRJT059OmV2ZW50czoke0F3cy5SRUdJT059OiR7QXdzLkFDQ09VTlRfSUR9OnJ1bGUvJHtydWxlTmFtZX1gO1xuICBjb25zdCBydWxlID0gbmV3IGV2ZW50cy5SdWxlKHMsICdVcGxvYWRFdmVudHMnLCB7XG4gICAgcnVsZU5hbWUsXG4gICAgZGVzY3JpcHRpb246IGBQZXJtaXQgJHtwbGFuLnBlcm1pdElkfTogbmV3IHVwbG9hZHMgdW5kZXIgJHtTQ0FOTkVEX1BSRUZJWH0gZ28gdG8gdGhlIENsYW1BViBzY2FubmVyJ3MgcXVldWVgLFxuICAgIGV2ZW50UGF0dGVybjoge1xuICAgICAgc291cmNlOiBbJ2F3cy5zMyddLFxuICAgICAgZGV0YWlsVHlwZTogWydPYmplY3QgQ3JlYXRlZCddLFxuICAgICAgZGV0YWlsOiB7IGJ1Y2tldDogeyBuYW1lOiB1cGxvYWRzLm1hcCgoYikgPT4gYi5idWNrZXQuYnVja2V0TmFtZSkgfSwgb2JqZWN0OiB7IGtleTogW3sgcHJlZml4OiBTQ0FOTkVEX1BSRUZJWCB9XSB9IH0sXG4gICAgfSxcbiAgfSk7XG4gIC8vIE9ubHkgdGhpcyBydWxlIG1heSBzZW5kIHRvIHRoZSBxdWV1ZSBhbmQgdXNlIHRoZSBrZXkgZm9yIGl0IChhd3MtZXZlbnRzLXRhcmdldHMnIFNxc1F1ZXVlXG4gIC8vIHdvdWxkIGxldCBFdmVudEJyaWRnZSB1c2UgdGhlIHBlcm1pdCBrZXkgZm9yIGFueXRoaW5nLCB3aXRob3V0IGEgY29uZGl0aW9uKS5cbiAgcnVsZS5hZGRUYXJnZXQoeyBiaW5kOiAoKSA9PiAoeyBhcm46IHF1ZXVlLnF1ZXVlQXJuIH0pIH0pO1xuICBxdWV1ZS5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdVcGxvYWRFdmVudHNPbmx5JyxcbiAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdldmVudHMuYW1hem9uYXdzLmNvbScpXSxcbiAgICBhY3Rpb25zOiBbJ3NxczpTZW5kTWVzc2FnZSddLFxuICAgIHJlc291cmNlczogW3F1ZXVlLnF1ZXVlQXJuXSxcbiAgICBjb25kaXRpb25zOiB7IEFybkVxdWFsczogeyAnYXdzOlNvdXJjZUFybic6IHJ1bGVBcm4gfSB9LFxuICB9KSk7XG4gIGtleS5hZGRUb1Jlc291cmNlUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdVcGxvYWRFdmVudHNUb1RoZVNjYW5RdWV1ZScsXG4gICAgcHJpbmNpcGFsczogW25ldyBpYW0uU2VydmljZVByaW5jaXBhbCgnZXZlbnRzLmFtYXpvbmF3cy5jb20nKV0sXG4gICAgYWN0aW9uczogWydrbXM6R2VuZXJhdGVEYXRhS2V5JywgJ2ttczpEZWNyeXB0J10sXG4gICAgcmVzb3VyY2VzOiBbJyonXSxcbiAgICBjb25kaXRpb25zOiB7IEFybkVxdWFsczogeyAnYXdzOlNvdXJjZUFybic6IHJ1bGVBcm4gfSB9LFxuICB9KSk7XG5cbiAgY29uc3Qgc2cgPSBsb2NrZWRTZWN1cml0eUdyb3VwKHMsICdTZWN1cml0eUdyb3VwJywgbmV0d29yay52cGMsIGBDbGFtQVYgc2Nhbm5lciBvZiBwZXJtaXQgJHtwbGFuLnBlcm1pdElkfTogbm8gaW5ib3VuZDsgb3V0IHRvIFMzJHtwcm9wcy5taXJyb3JVcmwgPyAnIGFuZCB0aGUgc2lnbmF0dXJlIG1pcnJvcicgOiAnJ30gb25seWApO1xuICBzZy5hZGRFZ3Jlc3NSdWxlKGVjMi5QZWVyLnByZWZpeExpc3QobmV0d29yay5zM0FjY2VzcygpKSwgZWMyLlBvcnQudGNwKDQ0MyksICdIVFRQUyB0byBTMyB0aHJvdWdoIHRoZSBnYXRld2F5IGVuZHBvaW50Jyk7XG4gIGZvciAoY29uc3QgY2lkciBvZiBwcm9wcy5taXJyb3JDaWRycykge1xuICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuaXB2NChjaWRyKSwgZWMyLlBvcnQudGNwKDQ0MyksICdIVFRQUyB0byB0aGUgc2lnbmF0dXJlIG1pcnJvcicpO1xuICAgIHNnLmFkZEVncmVzc1J1bGUoZWMyLlBlZXIuaXB2NChjaWRyKSwgZWMyLlBvcnQudGNwKDgwKSwgJ0hUVFAgdG8gdGhlIHNpZ25hdHVyZSBtaXJyb3InKTtcbiAgfVxuXG4gIGNvbnN0IGluY29taW5nID0gdXBsb2Fkcy5tYXAoKGIpID0+IGIuYnVja2V0LmFybkZvck9iamVjdHMoYCR7U0NBTk5FRF9QUkVGSVh9KmApKTtcbiAgY29uc3QgcG9saWN5ID0gbmV3IGlhbS5NYW5hZ2VkUG9saWN5KHMsICdQb2xpY3knLCB7XG4gICAgZGVzY3JpcHRpb246IGBQZXJtaXQgJHtwbGFuLnBlcm1pdElkfTogcmVhZCBhbmQgdGFnIHRoZSB1cGxvYWRzIHVuZGVyICR7U0NBTk5FRF9QUkVGSVh9LCByZWFkIHRoZSBzY2FuIHF1ZXVlLCB3cml0ZSB0aGUgc2Nhbm5lcidzIGxvZ2AsXG4gICAgcm9sZXM6IFtyb2xlXSxcbiAgICBzdGF0ZW1lbnRzOiBbXG4gICAgICBuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7IHNpZDogJ1JlYWRBbmRUYWdVcGxvYWRzJywgYWN0aW9uczogQ0xBTUFWX1NDQU5ORVJfQUNUSU9OUywgcmVzb3VyY2VzOiBpbmNvbWluZyB9KSxcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnRGF0YUtleVRocm91Z2hTM0FuZFNxcycsXG4gICAgICAgIGFjdGlvbnM6IFsna21zOkRlY3J5cHQnXSxcbiAgICAgICAgcmVzb3VyY2VzOiBba2V5LmtleUFybl0sXG4gICAgICAgIGNvbmRpdGlvbnM6IHsgU3RyaW5nRXF1YWxzOiB7ICdrbXM6VmlhU2VydmljZSc6IFtgczMuJHtBd3MuUkVHSU9OfS5hbWF6b25hd3MuY29tYCwgYHNxcy4ke0F3cy5SRUdJT059LmFtYXpvbmF3cy5jb21gXSB9IH0sXG4gICAgICB9KSxcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnUmVhZFNjYW5RdWV1ZScsXG4gICAgICAgIGFjdGlvbnM6IFsnc3FzOlJlY2VpdmVNZXNzYWdlJywgJ3NxczpEZWxldGVNZXNzYWdlJywgJ3NxczpDaGFuZ2VNZXNzYWdlVmlzaWJpbGl0eScsICdzcXM6R2V0UXVldWVBdHRyaWJ1dGVzJ10sXG4gICAgICAgIHJlc291cmNlczogW3F1ZXVlLnF1ZXVlQXJuXSxcbiAgICAgIH0pLFxuICAgICAgbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoeyBzaWQ6ICdXcml0ZUxvZycsIGFjdGlvbnM6IFsnbG9nczpDcmVhdGVMb2dTdHJlYW0nLCAnbG9nczpQdXRMb2dFdmVudHMnXSwgcmVzb3VyY2VzOiBbYCR7bG9nR3JvdXAubG9nR3JvdXBBcm59OipgXSB9KSxcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnTmV0d29ya0ludGVyZmFjZXMnLFxuICAgICAgICBhY3Rpb25zOiBbJ2VjMjpDcmVhdGVOZXR3b3JrSW50ZXJmYWNlJywgJ2VjMjpEZXNjcmliZU5ldHdvcmtJbnRlcmZhY2VzJywgJ2VjMjpEZXNjcmliZVN1Ym5ldHMnLCAnZWMyOkRlbGV0ZU5ldHdvcmtJbnRlcmZhY2UnLFxuICAgICAgICAgICdlYzI6QXNzaWduUHJpdmF0ZUlwQWRkcmVzc2VzJywgJ2VjMjpVbmFzc2lnblByaXZhdGVJcEFkZHJlc3NlcyddLFxuICAgICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgfSksXG4gICAgXSxcbiAgfSk7XG4gIGFja25vd2xlZGdlV2lsZGNhcmRzKHBvbGljeSwgKGZpbmRpbmcpID0+IHtcbiAgICBpZiAoL15SZXNvdXJjZTo6PC4qQnVja2V0LipcXC5Bcm4+XFwvaW5jb21pbmdcXC9cXCokLy50ZXN0KGZpbmRpbmcpKSB7XG4gICAgICByZXR1cm4gJ1RoZSBzY2FubmVyIHJlYWRzIGFuZCB0YWdzIGV2ZXJ5IG5ldyB1cGxvYWQsIHdob3NlIGtleXMgdGhlIGRhdGEgaG9sZGVycyBjaG9vc2UgdW5kZXIgaW5jb21pbmcvOyB0aGUgZ3JhbnQgY292ZXJzIHRoYXQgcHJlZml4IG9mIHRoZSB1cGxvYWQgYnVja2V0cyBvbmx5LCBhbmQgdGhlIGJ1Y2tldCBwb2xpY3kgZGVuaWVzIHRoZSBzY2FubmVyIGV2ZXJ5IG90aGVyIGFjdGlvbi4nO1xuICAgIH1cbiAgICBpZiAoL15SZXNvdXJjZTo6PC4qTG9ncy4qXFwuQXJuPjpcXCokLy50ZXN0KGZpbmRpbmcpKSByZXR1cm4gJ0xvZyBzdHJlYW1zIG9mIHRoZSBzY2FubmVyXFwncyBvd24gbG9nIGdyb3VwIChgPGxvZyBncm91cD46KmApLCBuYW1lZCBieSBMYW1iZGEuJztcbiAgICBpZiAoZmluZGluZyA9PT0gJ1Jlc291cmNlOjoqJykge1xuICAgICAgcmV0dXJuICdMYW1iZGEgY3JlYXRlcyBhbmQgcmVtb3ZlcyB0aGUgZnVuY3Rpb25cXCdzIG5ldHdvcmsgaW50ZXJmYWNlcyBpbiB0aGUgcGVybWl0IFZQQyB3aXRoIHRoZSBmdW5jdGlvblxcJ3Mgcm9sZTsgZWMyOkRlc2NyaWJlTmV0d29ya0ludGVyZmFjZXMgYW5kIGVjMjpEZXNjcmliZVN1Ym5ldHMgc3VwcG9ydCBubyByZXNvdXJjZS1sZXZlbCBwZXJtaXNzaW9ucywgYW5kIHRoZSBpbnRlcmZhY2VzXFwnIG5hbWVzIGFyZSBMYW1iZGFcXCdzLic7XG4gICAgfVxuICAgIHJldHVybiB1bmRlZmluZWQ7XG4gIH0pO1xuXG4gIGNvbnN0IG0gPSBFQ1JfSU1BR0UuZXhlYyhwcm9wcy5pbWFnZSkhO1xuICBjb25zdCByZXBvc2l0b3J5ID0gZWNyLlJlcG9zaXRvcnkuZnJvbVJlcG9zaXRvcnlBdHRyaWJ1dGVzKHMsICdJbWFnZScsIHtcbiAgICByZXBvc2l0b3J5TmFtZTogbVs0XSxcbiAgICByZXBvc2l0b3J5QXJuOiBgYXJuOiR7bVszXSA/ICdhd3MtY24nIDogQXdzLlBBUlRJVElPTn06ZWNyOiR7bVsyXX06JHttWzFdfTpyZXBvc2l0b3J5LyR7bVs0XX1gLFxuICB9KTtcbiAgY29uc3QgZW52aXJvbm1lbnQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7IFJXU19NQVhfRklMRV9NSUI6ICc0MDAwJyB9O1xuICBpZiAocHJvcHMubWlycm9yVXJsKSBlbnZpcm9ubWVudC5SV1NfRlJFU0hDTEFNX0NPTkYgPSBJbmdyZXNzU2Nhbm5pbmcuZnJlc2hjbGFtQ29uZmlnKHsgdXJsOiBwcm9wcy5taXJyb3JVcmwsIGRhdGFiYXNlRGlyZWN0b3J5OiAnL3RtcC9yd3MtY2xhbWF2JyB9KTtcbiAgY29uc3QgZm4gPSBuZXcgbGFtYmRhLkZ1bmN0aW9uKHMsICdGdW5jdGlvbicsIHtcbiAgICBkZXNjcmlwdGlvbjogYFBlcm1pdCAke3BsYW4ucGVybWl0SWR9OiBzY2FucyBuZXcgdXBsb2FkcyB3aXRoIENsYW1BViBhbmQgdGFncyB0aGVtIEd1YXJkRHV0eU1hbHdhcmVTY2FuU3RhdHVzIChjZGstcmVzZWFyY2gtd29ya3NwYWNlcylgLFxuICAgIGNvZGU6IGxhbWJkYS5Db2RlLmZyb21FY3JJbWFnZShyZXBvc2l0b3J5LCB7IHRhZ09yRGlnZXN0OiBtWzVdID8/IG1bNl0sIGNtZDogW0NMQU1BVl9IQU5ETEVSXSB9KSxcbiAgICBoYW5kbGVyOiBsYW1iZGEuSGFuZGxlci5GUk9NX0lNQUdFLFxuICAgIHJ1bnRpbWU6IGxhbWJkYS5SdW50aW1lLkZST01fSU1BR0UsXG4gICAgLy8gY2xhbXNjYW4gaG9sZHMgZXZlcnkgc2lnbmF0dXJlIGluIG1lbW9yeTsgYSBmaWxlIG9mIHVwIHRvIDQwMDAgTWlCIGlzIGRvd25sb2FkZWQgdG8gL3RtcCAoMTAgR2lCKS5cbiAgICBtZW1vcnlTaXplOiA0MDk2LFxuICAgIGVwaGVtZXJhbFN0b3JhZ2VTaXplOiBTaXplLm1lYmlieXRlcygxMDI0MCksXG4gICAgdGltZW91dDogRHVyYXRpb24ubWludXRlcygxNSksXG4gICAgcmVzZXJ2ZWRDb25jdXJyZW50RXhlY3V0aW9uczogNCxcbiAgICByb2xlLFxuICAgIGxvZ0dyb3VwLFxuICAgIGVudmlyb25tZW50LFxuICAgIHZwYzogbmV0d29yay52cGMsXG4gICAgdnBjU3VibmV0czogbmV0d29yay53b3Jrc3BhY2VTdWJuZXRzLFxuICAgIHNlY3VyaXR5R3JvdXBzOiBbc2ddLFxuICB9KTtcbiAgZm4ubm9kZS5hZGREZXBlbmRlbmN5KHBvbGljeSk7XG4gIGRyb3BSZWR1bmRhbnREZXBlbmRzT24oZm4ubm9kZS5kZWZhdWx0Q2hpbGQgYXMgQ2ZuUmVzb3VyY2UsIFtyb2xlXSk7XG4gIGNvbnN0IG1hcHBpbmcgPSBuZXcgbGFtYmRhLkV2ZW50U291cmNlTWFwcGluZyhzLCAnRXZlbnRzJywge1xuICAgIHRhcmdldDogZm4sIGV2ZW50U291cmNlQXJuOiBxdWV1ZS5xdWV1ZUFybiwgYmF0Y2hTaXplOiAxLCByZXBvcnRCYXRjaEl0ZW1GYWlsdXJlczogdHJ1ZSxcbiAgfSk7XG4gIG1hcHBpbmcubm9kZS5hZGREZXBlbmRlbmN5KHBvbGljeSk7XG4gIGFjayhmbiwgYWxsUGFja3MoeyBoaXBhYTogJ0xhbWJkYURMUScsIG5pc3Q6ICdMYW1iZGFETFEnIH0pLFxuICAgICdUaGUgZnVuY3Rpb24gaXMgaW52b2tlZCBvbmx5IGJ5IGl0cyBTUVMgZXZlbnQgc291cmNlIG1hcHBpbmcsIG5ldmVyIGFzeW5jaHJvbm91c2x5OyBhIG1lc3NhZ2Ugd2hvc2Ugc2NhbiBmYWlscyByZXR1cm5zIHRvIHRoZSBxdWV1ZSBhbmQgYWZ0ZXIgdGhyZWUgcmVjZWl2ZXMgZ29lcyB0byB0aGUgcXVldWVcXCdzIGRlYWQtbGV0dGVyIHF1ZXVlLicpO1xuICByZXR1cm4gcm9sZTtcbn1cbiJdfQ==