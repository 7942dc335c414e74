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
exports.PROXY_BYPASS = exports.NO_TRAFFIC = exports.SQUID_PORT = exports.UPLOAD_HOSTS = exports.AWS_OWNED_BUCKETS = exports.OWN_ACCOUNT_SID = void 0;
exports.awsOwnedObjectArns = awsOwnedObjectArns;
exports.ownAccountCondition = ownAccountCondition;
exports.limitInterfaceEndpoint = limitInterfaceEndpoint;
exports.limitS3Endpoint = limitS3Endpoint;
exports.sessionManagerPolicy = sessionManagerPolicy;
exports.domainCovers = domainCovers;
exports.uploadRisks = uploadRisks;
exports.squidConfig = squidConfig;
exports.squidAllowList = squidAllowList;
exports.squidUserData = squidUserData;
exports.lockedSecurityGroup = lockedSecurityGroup;
exports.lookUpS3PrefixList = lookUpS3PrefixList;
exports.proxyPart = proxyPart;
/**
 * The AWS data perimeter of labs and permits: VPC endpoint policies limited to the lab's
 * account (principal AND resource), the AWS-owned buckets the package manager and the SSM
 * agent must read, the Session Manager permissions a workspace needs instead of the broad
 * AmazonSSMManagedInstanceCore, the squid configuration of the egress proxy, and the hosts
 * that can receive uploads. Internal: not exported from the package.
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const cr = __importStar(require("aws-cdk-lib/custom-resources"));
const airlock_nag_1 = require("./airlock-nag");
const props_1 = require("../../private/props");
/** Sid of the statement every endpoint policy has: the lab's principals on the lab's resources. */
exports.OWN_ACCOUNT_SID = 'LabPrincipalsToLabResources';
/**
 * Buckets owned by AWS that workspaces read through the S3 gateway endpoint without
 * credentials of the lab (anonymous requests of dnf, and of the SSM agent). Named exactly
 * (never a wildcard): a wildcard would let a researcher create a bucket whose name matches in
 * their own account and read from it, and every GET to it (the key is data) would land in
 * that account's access logs. Only `s3:GetObject` is allowed, and only AWS can see the
 * requests, since AWS owns these buckets.
 * @see https://docs.aws.amazon.com/linux/al2023/ug/managing-repos-os-updates.html
 * @see https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-agent-minimum-s3-permissions.html
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/download-CloudWatch-Agent-on-EC2-Instance-commandline-first.html
 */
exports.AWS_OWNED_BUCKETS = [
    { name: 'al2023-repos-%s-de612dc2', why: 'Amazon Linux 2023 package repositories (dnf: amazon-efs-utils, the AWS CLI, squid on the proxy)' },
    { name: 'aws-ssm-%s', why: 'Systems Manager agent: documents and plugins' },
    { name: 'amazon-ssm-%s', why: 'Systems Manager agent updates' },
    { name: 'amazon-ssm-packages-%s', why: 'Systems Manager agent packages' },
    { name: '%s-birdwatcher-prod', why: 'Systems Manager Distributor manifests' },
    { name: 'aws-ssm-distributor-file-%s', why: 'Systems Manager Distributor files' },
    { name: 'aws-ssm-document-attachments-%s', why: 'Systems Manager document attachments' },
    { name: 'patch-baseline-snapshot-%s', why: 'Systems Manager Patch Manager baselines' },
    { name: 'amazoncloudwatch-agent-%s', why: 'CloudWatch agent packages (disk and memory metrics of a monitored lab\'s workspaces)' },
];
/** ARNs of the objects of the AWS-owned buckets in the stack's partition and region. */
function awsOwnedObjectArns() {
    return exports.AWS_OWNED_BUCKETS.map((b) => `arn:${aws_cdk_lib_1.Aws.PARTITION}:s3:::${b.name.replace('%s', aws_cdk_lib_1.Aws.REGION)}/*`);
}
/** The condition of the perimeter: principal and resource both in the lab's account. */
function ownAccountCondition() {
    return { StringEquals: { 'aws:PrincipalAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID, 'aws:ResourceAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID } };
}
/**
 * The policy of an interface endpoint: the lab's principals on the lab's resources; for
 * Systems Manager also reading AWS-owned documents (State Manager runs `AWS-*` documents,
 * which belong to no account of the lab).
 */
function limitInterfaceEndpoint(ep, ssmDocuments) {
    ep.addToPolicy(new iam.PolicyStatement({
        sid: exports.OWN_ACCOUNT_SID, principals: [new iam.AnyPrincipal()], actions: ['*'], resources: ['*'], conditions: ownAccountCondition(),
    }));
    if (ssmDocuments) {
        ep.addToPolicy(new iam.PolicyStatement({
            sid: 'LabPrincipalsReadAwsOwnedDocuments',
            principals: [new iam.AnyPrincipal()],
            actions: ['ssm:GetDocument', 'ssm:DescribeDocument'],
            resources: [`arn:${aws_cdk_lib_1.Aws.PARTITION}:ssm:${aws_cdk_lib_1.Aws.REGION}::document/*`],
            conditions: { StringEquals: { 'aws:PrincipalAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID } },
        }));
    }
}
/** The policy of the S3 gateway endpoint: the lab's buckets, and reading the AWS-owned buckets above. */
function limitS3Endpoint(ep, extraResources = []) {
    ep.addToPolicy(new iam.PolicyStatement({
        sid: exports.OWN_ACCOUNT_SID, principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: ['*'], conditions: ownAccountCondition(),
    }));
    ep.addToPolicy(new iam.PolicyStatement({
        sid: 'ReadAwsOwnedPackageAndAgentBuckets',
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject'],
        resources: [...awsOwnedObjectArns(), ...extraResources],
    }));
}
/**
 * What the Systems Manager agent needs for Session Manager and State Manager, instead of
 * AmazonSSMManagedInstanceCore (which also allows `ssm:GetParameter(s)` on every parameter
 * of the account). A policy of its own, so that its acknowledged wildcards do not cover
 * anything else the role is granted.
 */
function sessionManagerPolicy(scope, id, role, what) {
    const p = aws_cdk_lib_1.Aws.PARTITION;
    const policy = new iam.ManagedPolicy(scope, id, {
        description: `Systems Manager agent of ${what}: Session Manager and State Manager, no parameter reads`,
        roles: [role],
        statements: [
            new iam.PolicyStatement({
                sid: 'AgentChannels',
                actions: [
                    'ssmmessages:CreateControlChannel', 'ssmmessages:CreateDataChannel', 'ssmmessages:OpenControlChannel', 'ssmmessages:OpenDataChannel',
                    'ec2messages:AcknowledgeMessage', 'ec2messages:DeleteMessage', 'ec2messages:FailMessage', 'ec2messages:GetEndpoint',
                    'ec2messages:GetMessages', 'ec2messages:SendReply',
                    'ssm:UpdateInstanceInformation', 'ssm:ListAssociations', 'ssm:ListInstanceAssociations', 'ssm:DescribeAssociation',
                    'ssm:UpdateAssociationStatus', 'ssm:UpdateInstanceAssociationStatus', 'ssm:PutInventory', 'ssm:PutComplianceItems',
                ],
                resources: ['*'],
            }),
            new iam.PolicyStatement({
                sid: 'ReadAssociationDocuments',
                actions: ['ssm:GetDocument', 'ssm:DescribeDocument'],
                resources: [`arn:${p}:ssm:${aws_cdk_lib_1.Aws.REGION}:${aws_cdk_lib_1.Aws.ACCOUNT_ID}:document/*`, `arn:${p}:ssm:${aws_cdk_lib_1.Aws.REGION}::document/*`],
            }),
        ],
    });
    (0, airlock_nag_1.acknowledgeWildcards)(policy, (finding) => {
        if (finding === 'Resource::*') {
            return 'The Session Manager channels (ssmmessages:*Channel) and the agent\'s message actions (ec2messages:*) have no resource types in the Service Authorization Reference, and the agent\'s bookkeeping calls (UpdateInstanceInformation, association status, inventory) are answered for the calling instance only; none of them reads data. Parameter and secret reads are not here: they are granted on the lab\'s own ARNs elsewhere.';
        }
        if (finding.includes(':document/*')) {
            return 'State Manager documents are read by the agent when an association runs: the lab\'s own documents in this account and region, and AWS-owned documents (AWS-RunShellScript and friends, which have no account). Documents hold commands, not data.';
        }
        return undefined;
    });
    return policy;
}
/**
 * Hosts that accept uploads (code pushes, packages, objects, pastes). An allowlist entry that
 * covers one of them opens a way to move data out, and is only ever opt-in (with a warning).
 */
exports.UPLOAD_HOSTS = [
    { host: 'github.com', risk: 'git push, gists and release uploads with any account\'s token' },
    { host: 'api.github.com', risk: 'the GitHub API (repositories, gists, issues) with any account\'s token' },
    { host: 'uploads.github.com', risk: 'GitHub release asset uploads' },
    { host: 'gitlab.com', risk: 'git push and snippets' },
    { host: 'bitbucket.org', risk: 'git push' },
    { host: 'upload.pypi.org', risk: 'publishing packages to PyPI' },
    { host: 'api.anaconda.org', risk: 'anaconda upload' },
    { host: 'registry.npmjs.org', risk: 'npm publish' },
    { host: 'crates.io', risk: 'cargo publish' },
    { host: 'huggingface.co', risk: 'model and data set uploads' },
    { host: 's3.amazonaws.com', risk: 'S3 in any account (the proxy cannot see which bucket or credentials)' },
    { host: 'anybucket.s3.amazonaws.com', risk: 'S3 in any account (virtual-hosted bucket names)' },
    { host: 'anybucket.s3.us-east-1.amazonaws.com', risk: 'S3 in any account (regional names)' },
    { host: 'anything.execute-api.us-east-1.amazonaws.com', risk: 'API Gateway endpoints of any account' },
    { host: 'anything.lambda-url.us-east-1.on.aws', risk: 'Lambda function URLs of any account' },
    { host: 'anything.cloudfront.net', risk: 'CloudFront distributions of any account' },
    { host: 'storage.googleapis.com', risk: 'Google Cloud Storage of any project' },
    { host: 'anything.blob.core.windows.net', risk: 'Azure Blob Storage of any account' },
    { host: 'drive.google.com', risk: 'Google Drive' },
    { host: 'content.dropboxapi.com', risk: 'Dropbox' },
    { host: 'pastebin.com', risk: 'pastes' },
    { host: 'transfer.sh', risk: 'anonymous file transfer' },
    { host: 'anything.ngrok-free.app', risk: 'tunnels to any machine' },
    { host: 'anything.workers.dev', risk: 'Cloudflare Workers of any account' },
];
/** Whether an allowlist entry (`host` or `*.domain`) covers a host. */
function domainCovers(entry, host) {
    const e = entry.toLowerCase();
    const h = host.toLowerCase();
    if (e.startsWith('*.'))
        return h.endsWith(e.slice(1));
    return e === h;
}
/** The upload hosts an allowlist reaches, with the risk of each: one line per entry. */
function uploadRisks(domains) {
    const out = [];
    for (const d of domains) {
        const hits = exports.UPLOAD_HOSTS.filter((u) => domainCovers(d, u.host));
        if (hits.length)
            out.push(`${d} (${[...new Set(hits.map((h) => h.risk))].join('; ')})`);
    }
    return out;
}
/** The squid port of an egress proxy. */
exports.SQUID_PORT = 3128;
/**
 * squid.conf of an egress proxy. The allowlist is checked first, on the name the client asked
 * for (`dstdomain -n`: no DNS lookup, so an IP literal never matches and a name outside the
 * list is refused before squid resolves anything: no DNS lookups for refused names); only then
 * the metadata addresses (which needs a lookup) and the ports.
 */
function squidConfig(name, allowFile) {
    return [
        `# Egress proxy of ${name}: only the allowlisted repositories are reachable.`,
        `http_port ${exports.SQUID_PORT}`,
        `acl allowed_domains dstdomain -n "${allowFile}"`,
        'acl metadata dst 169.254.169.254 169.254.170.2 fd00:ec2::254',
        'acl SSL_ports port 443',
        'acl Safe_ports port 80',
        'acl Safe_ports port 443',
        'acl CONNECT method CONNECT',
        'http_access deny !allowed_domains',
        'http_access deny metadata',
        'http_access deny !Safe_ports',
        'http_access deny CONNECT !SSL_ports',
        'http_access allow allowed_domains',
        'http_access deny all',
        'cache deny all',
        'forwarded_for delete',
        'via off',
        'httpd_suppress_version_string on',
        `visible_hostname egress-proxy.${name.replace(/[^A-Za-z0-9.-]/g, '-')}`,
    ].join('\n');
}
/** The squid allowlist file: one `.domain` per wildcard, exact names that no wildcard covers. */
function squidAllowList(domains) {
    const wild = new Set(domains.filter((d) => d.startsWith('*.')).map((d) => d.slice(2).toLowerCase()));
    const lines = new Set();
    for (const w of wild)
        lines.add(`.${w}`);
    for (const d of domains.filter((x) => !x.startsWith('*.')).map((x) => x.toLowerCase())) {
        if (![...wild].some((w) => d === w || d.endsWith(`.${w}`)))
            lines.add(d);
    }
    return [...lines].sort();
}
/** User-data (Amazon Linux 2023) of an egress proxy: squid with the allowlist. */
function squidUserData(name, domains) {
    const allowFile = '/etc/squid/rws-allowed-domains.txt';
    return [
        'set -euo pipefail',
        'dnf install -y squid',
        `cat > ${allowFile} <<'RWS_EOF'\n${squidAllowList(domains).join('\n')}\nRWS_EOF`,
        `cat > /etc/squid/squid.conf <<'RWS_EOF'\n${squidConfig(name, allowFile)}\nRWS_EOF`,
        'systemctl enable --now squid',
    ];
}
/**
 * A security group with no inline rules and no default egress: every rule is a resource of its
 * own, and the group's inline egress is CDK's "match no traffic" placeholder, so that
 * CloudFormation never leaves EC2's default allow-all egress rule on it (which it would when
 * the inline list is empty and all rules are separate resources).
 */
function lockedSecurityGroup(scope, id, vpc, description) {
    const sg = new ec2.SecurityGroup(scope, id, { vpc, description, allowAllOutbound: false, disableInlineRules: true });
    // With inline rules disabled, CDK adds its placeholder as a rule resource of its own, which
    // does not remove EC2's default egress rule: it goes inline instead.
    for (const c of [...sg.node.children]) {
        if (c instanceof ec2.CfnSecurityGroupEgress && c.cidrIp === exports.NO_TRAFFIC.CidrIp)
            sg.node.tryRemoveChild(c.node.id);
    }
    sg.node.defaultChild.addPropertyOverride('SecurityGroupEgress', [exports.NO_TRAFFIC]);
    return sg;
}
/** CDK's placeholder egress rule that matches no traffic (ICMP type 252 code 86 to 255.255.255.255/32). */
exports.NO_TRAFFIC = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', IpProtocol: 'icmp', FromPort: 252, ToPort: 86 };
/**
 * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
 * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
 */
function lookUpS3PrefixList(scope, key, retention) {
    const stack = aws_cdk_lib_1.Stack.of(scope);
    const call = {
        service: 'EC2',
        action: 'describeManagedPrefixLists',
        parameters: { Filters: [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${aws_cdk_lib_1.Aws.REGION}.s3`] }] },
        physicalResourceId: cr.PhysicalResourceId.of(`s3-prefix-list-${stack.region}`),
        outputPaths: ['PrefixLists.0.PrefixListId'],
    };
    const logGroup = new logs.LogGroup(scope, 'S3PrefixListLogs', { encryptionKey: key, retention, removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN });
    const role = new props_1.ManagedPolicyRole(scope, 'S3PrefixListRole', {
        assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
        description: 'Looks up the region\'s S3 prefix list id at deploy time (ec2:DescribeManagedPrefixLists only)',
    });
    role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'DescribePrefixLists', actions: ['ec2:DescribeManagedPrefixLists'], resources: ['*'] }));
    role.addToPrincipalPolicy(new iam.PolicyStatement({
        sid: 'OwnLogs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:*`],
    }));
    (0, airlock_nag_1.acknowledgeWildcards)(role.node.tryFindChild('Policy'), (finding) => {
        if (finding === 'Resource::*')
            return 'ec2:DescribeManagedPrefixLists does not support resource-level permissions; it is read-only and is the only EC2 action this role has.';
        if (finding.endsWith(':*'))
            return 'Log streams of the function\'s own log group (`<group ARN>:*` is how CloudWatch Logs names the streams of one group).';
        return undefined;
    });
    const lookup = new cr.AwsCustomResource(scope, 'S3PrefixList', { onCreate: call, onUpdate: call, role, logGroup, installLatestAwsSdk: false });
    return lookup.getResponseField('PrefixLists.0.PrefixListId');
}
/** Hosts a workspace behind the egress proxy reaches directly: metadata, itself, the VPC endpoints. */
exports.PROXY_BYPASS = '169.254.169.254,169.254.170.2,localhost,127.0.0.1,.amazonaws.com,.internal';
/**
 * The user-data part that points a workspace at the egress proxy before its provisioning
 * runs: the environment (login sessions, services), apt, dnf, pip, curl, conda and git, which
 * the provisioning's downloads read (cloud-init runs each part in a process of its own, so
 * exported variables would not reach the next part). Kept short: it counts against EC2's
 * 16 KB user-data limit. A tool that ignores all of these gets no connection at all: the
 * workspace subnets have no route out.
 */
function proxyPart(proxyUrl) {
    if (!/^http:\/\/[a-z0-9.-]+:[0-9]{1,5}$/.test(proxyUrl))
        throw new Error(`proxy URL ${JSON.stringify(proxyUrl)} is not http://<host>:<port> (internal error)`);
    return {
        name: '01-rws-egress-proxy.sh',
        content: [
            '#!/bin/sh',
            '# Egress "proxied": the internet only through the lab\'s egress proxy (no other route out).',
            'set -eu',
            `p='${proxyUrl}'`,
            `n='${exports.PROXY_BYPASS}'`,
            'printf \'http_proxy=%s\\nhttps_proxy=%s\\nHTTP_PROXY=%s\\nHTTPS_PROXY=%s\\nno_proxy=%s\\nNO_PROXY=%s\\n\' "$p" "$p" "$p" "$p" "$n" "$n" >>/etc/environment',
            'printf \'export http_proxy=%s https_proxy=%s HTTP_PROXY=%s HTTPS_PROXY=%s no_proxy=%s NO_PROXY=%s\\n\' "$p" "$p" "$p" "$p" "$n" "$n" >/etc/profile.d/rws-proxy.sh',
            'if [ -d /etc/apt/apt.conf.d ]; then printf \'Acquire::http::Proxy "%s";\\nAcquire::https::Proxy "%s";\\n\' "$p" "$p" >/etc/apt/apt.conf.d/95rws-proxy; fi',
            'if [ -f /etc/dnf/dnf.conf ]; then printf \'proxy=%s\\n\' "$p" >>/etc/dnf/dnf.conf; fi',
            'printf \'[global]\\nproxy = %s\\n\' "$p" >/etc/pip.conf',
            'printf \'proxy = "%s"\\nnoproxy = "%s"\\n\' "$p" "$n" >/root/.curlrc',
            'mkdir -p /etc/conda && printf \'proxy_servers:\\n  http: %s\\n  https: %s\\n\' "$p" "$p" >/etc/conda/.condarc',
            'if command -v git >/dev/null 2>&1; then git config --system http.proxy "$p"; fi',
            '',
        ].join('\n'),
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicGVyaW1ldGVyLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvcGVyaW1ldGVyLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQTRDQSxnREFFQztBQUdELGtEQUVDO0FBT0Qsd0RBYUM7QUFHRCwwQ0FVQztBQVFELG9EQWtDQztBQWtDRCxvQ0FLQztBQUdELGtDQU9DO0FBV0Qsa0NBc0JDO0FBR0Qsd0NBUUM7QUFHRCxzQ0FTQztBQVFELGtEQVNDO0FBVUQsZ0RBeUJDO0FBYUQsOEJBcUJDO0FBN1REOzs7Ozs7R0FNRztBQUNILDZDQUF3RDtBQUN4RCx5REFBMkM7QUFDM0MseURBQTJDO0FBRTNDLDJEQUE2QztBQUM3QyxpRUFBbUQ7QUFFbkQsK0NBQXFEO0FBQ3JELCtDQUF3RDtBQUV4RCxtR0FBbUc7QUFDdEYsUUFBQSxlQUFlLEdBQUcsNkJBQTZCLENBQUM7QUFFN0Q7Ozs7Ozs7Ozs7R0FVRztBQUNVLFFBQUEsaUJBQWlCLEdBQXlDO0lBQ3JFLEVBQUUsSUFBSSxFQUFFLDBCQUEwQixFQUFFLEdBQUcsRUFBRSxpR0FBaUcsRUFBRTtJQUM1SSxFQUFFLElBQUksRUFBRSxZQUFZLEVBQUUsR0FBRyxFQUFFLDhDQUE4QyxFQUFFO0lBQzNFLEVBQUUsSUFBSSxFQUFFLGVBQWUsRUFBRSxHQUFHLEVBQUUsK0JBQStCLEVBQUU7SUFDL0QsRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUUsR0FBRyxFQUFFLGdDQUFnQyxFQUFFO0lBQ3pFLEVBQUUsSUFBSSxFQUFFLHFCQUFxQixFQUFFLEdBQUcsRUFBRSx1Q0FBdUMsRUFBRTtJQUM3RSxFQUFFLElBQUksRUFBRSw2QkFBNkIsRUFBRSxHQUFHLEVBQUUsbUNBQW1DLEVBQUU7SUFDakYsRUFBRSxJQUFJLEVBQUUsaUNBQWlDLEVBQUUsR0FBRyxFQUFFLHNDQUFzQyxFQUFFO0lBQ3hGLEVBQUUsSUFBSSxFQUFFLDRCQUE0QixFQUFFLEdBQUcsRUFBRSx5Q0FBeUMsRUFBRTtJQUN0RixFQUFFLElBQUksRUFBRSwyQkFBMkIsRUFBRSxHQUFHLEVBQUUsc0ZBQXNGLEVBQUU7Q0FDbkksQ0FBQztBQUVGLHdGQUF3RjtBQUN4RixTQUFnQixrQkFBa0I7SUFDaEMsT0FBTyx5QkFBaUIsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLE9BQU8saUJBQUcsQ0FBQyxTQUFTLFNBQVMsQ0FBQyxDQUFDLElBQUksQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLGlCQUFHLENBQUMsTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDO0FBQ3pHLENBQUM7QUFFRCx3RkFBd0Y7QUFDeEYsU0FBZ0IsbUJBQW1CO0lBQ2pDLE9BQU8sRUFBRSxZQUFZLEVBQUUsRUFBRSxzQkFBc0IsRUFBRSxpQkFBRyxDQUFDLFVBQVUsRUFBRSxxQkFBcUIsRUFBRSxpQkFBRyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUM7QUFDN0csQ0FBQztBQUVEOzs7O0dBSUc7QUFDSCxTQUFnQixzQkFBc0IsQ0FBQyxFQUE0QixFQUFFLFlBQXFCO0lBQ3hGLEVBQUUsQ0FBQyxXQUFXLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO1FBQ3JDLEdBQUcsRUFBRSx1QkFBZSxFQUFFLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDLEVBQUUsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsVUFBVSxFQUFFLG1CQUFtQixFQUFFO0tBQ2hJLENBQUMsQ0FBQyxDQUFDO0lBQ0osSUFBSSxZQUFZLEVBQUUsQ0FBQztRQUNqQixFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztZQUNyQyxHQUFHLEVBQUUsb0NBQW9DO1lBQ3pDLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3BDLE9BQU8sRUFBRSxDQUFDLGlCQUFpQixFQUFFLHNCQUFzQixDQUFDO1lBQ3BELFNBQVMsRUFBRSxDQUFDLE9BQU8saUJBQUcsQ0FBQyxTQUFTLFFBQVEsaUJBQUcsQ0FBQyxNQUFNLGNBQWMsQ0FBQztZQUNqRSxVQUFVLEVBQUUsRUFBRSxZQUFZLEVBQUUsRUFBRSxzQkFBc0IsRUFBRSxpQkFBRyxDQUFDLFVBQVUsRUFBRSxFQUFFO1NBQ3pFLENBQUMsQ0FBQyxDQUFDO0lBQ04sQ0FBQztBQUNILENBQUM7QUFFRCx5R0FBeUc7QUFDekcsU0FBZ0IsZUFBZSxDQUFDLEVBQTBCLEVBQUUsaUJBQTJCLEVBQUU7SUFDdkYsRUFBRSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7UUFDckMsR0FBRyxFQUFFLHVCQUFlLEVBQUUsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxNQUFNLENBQUMsRUFBRSxTQUFTLEVBQUUsQ0FBQyxHQUFHLENBQUMsRUFBRSxVQUFVLEVBQUUsbUJBQW1CLEVBQUU7S0FDbkksQ0FBQyxDQUFDLENBQUM7SUFDSixFQUFFLENBQUMsV0FBVyxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUNyQyxHQUFHLEVBQUUsb0NBQW9DO1FBQ3pDLFVBQVUsRUFBRSxDQUFDLElBQUksR0FBRyxDQUFDLFlBQVksRUFBRSxDQUFDO1FBQ3BDLE9BQU8sRUFBRSxDQUFDLGNBQWMsQ0FBQztRQUN6QixTQUFTLEVBQUUsQ0FBQyxHQUFHLGtCQUFrQixFQUFFLEVBQUUsR0FBRyxjQUFjLENBQUM7S0FDeEQsQ0FBQyxDQUFDLENBQUM7QUFDTixDQUFDO0FBRUQ7Ozs7O0dBS0c7QUFDSCxTQUFnQixvQkFBb0IsQ0FBQyxLQUFnQixFQUFFLEVBQVUsRUFBRSxJQUFlLEVBQUUsSUFBWTtJQUM5RixNQUFNLENBQUMsR0FBRyxpQkFBRyxDQUFDLFNBQVMsQ0FBQztJQUN4QixNQUFNLE1BQU0sR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsS0FBSyxFQUFFLEVBQUUsRUFBRTtRQUM5QyxXQUFXLEVBQUUsNEJBQTRCLElBQUkseURBQXlEO1FBQ3RHLEtBQUssRUFBRSxDQUFDLElBQUksQ0FBQztRQUNiLFVBQVUsRUFBRTtZQUNWLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDdEIsR0FBRyxFQUFFLGVBQWU7Z0JBQ3BCLE9BQU8sRUFBRTtvQkFDUCxrQ0FBa0MsRUFBRSwrQkFBK0IsRUFBRSxnQ0FBZ0MsRUFBRSw2QkFBNkI7b0JBQ3BJLGdDQUFnQyxFQUFFLDJCQUEyQixFQUFFLHlCQUF5QixFQUFFLHlCQUF5QjtvQkFDbkgseUJBQXlCLEVBQUUsdUJBQXVCO29CQUNsRCwrQkFBK0IsRUFBRSxzQkFBc0IsRUFBRSw4QkFBOEIsRUFBRSx5QkFBeUI7b0JBQ2xILDZCQUE2QixFQUFFLHFDQUFxQyxFQUFFLGtCQUFrQixFQUFFLHdCQUF3QjtpQkFDbkg7Z0JBQ0QsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDO2FBQ2pCLENBQUM7WUFDRixJQUFJLEdBQUcsQ0FBQyxlQUFlLENBQUM7Z0JBQ3RCLEdBQUcsRUFBRSwwQkFBMEI7Z0JBQy9CLE9BQU8sRUFBRSxDQUFDLGlCQUFpQixFQUFFLHNCQUFzQixDQUFDO2dCQUNwRCxTQUFTLEVBQUUsQ0FBQyxPQUFPLENBQUMsUUFBUSxpQkFBRyxDQUFDLE1BQU0sSUFBSSxpQkFBRyxDQUFDLFVBQVUsYUFBYSxFQUFFLE9BQU8sQ0FBQyxRQUFRLGlCQUFHLENBQUMsTUFBTSxjQUFjLENBQUM7YUFDakgsQ0FBQztTQUNIO0tBQ0YsQ0FBQyxDQUFDO0lBQ0gsSUFBQSxrQ0FBb0IsRUFBQyxNQUFNLEVBQUUsQ0FBQyxPQUFPLEVBQUUsRUFBRTtRQUN2QyxJQUFJLE9BQU8sS0FBSyxhQUFhLEVBQUUsQ0FBQztZQUM5QixPQUFPLG9hQUFvYSxDQUFDO1FBQzlhLENBQUM7UUFDRCxJQUFJLE9BQU8sQ0FBQyxRQUFRLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQztZQUNwQyxPQUFPLGtQQUFrUCxDQUFDO1FBQzVQLENBQUM7UUFDRCxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDLENBQUMsQ0FBQztJQUNILE9BQU8sTUFBTSxDQUFDO0FBQ2hCLENBQUM7QUFFRDs7O0dBR0c7QUFDVSxRQUFBLFlBQVksR0FBMEM7SUFDakUsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLElBQUksRUFBRSwrREFBK0QsRUFBRTtJQUM3RixFQUFFLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxJQUFJLEVBQUUsd0VBQXdFLEVBQUU7SUFDMUcsRUFBRSxJQUFJLEVBQUUsb0JBQW9CLEVBQUUsSUFBSSxFQUFFLDhCQUE4QixFQUFFO0lBQ3BFLEVBQUUsSUFBSSxFQUFFLFlBQVksRUFBRSxJQUFJLEVBQUUsdUJBQXVCLEVBQUU7SUFDckQsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFLElBQUksRUFBRSxVQUFVLEVBQUU7SUFDM0MsRUFBRSxJQUFJLEVBQUUsaUJBQWlCLEVBQUUsSUFBSSxFQUFFLDZCQUE2QixFQUFFO0lBQ2hFLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRTtJQUNyRCxFQUFFLElBQUksRUFBRSxvQkFBb0IsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFO0lBQ25ELEVBQUUsSUFBSSxFQUFFLFdBQVcsRUFBRSxJQUFJLEVBQUUsZUFBZSxFQUFFO0lBQzVDLEVBQUUsSUFBSSxFQUFFLGdCQUFnQixFQUFFLElBQUksRUFBRSw0QkFBNEIsRUFBRTtJQUM5RCxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxJQUFJLEVBQUUsc0VBQXNFLEVBQUU7SUFDMUcsRUFBRSxJQUFJLEVBQUUsNEJBQTRCLEVBQUUsSUFBSSxFQUFFLGlEQUFpRCxFQUFFO0lBQy9GLEVBQUUsSUFBSSxFQUFFLHNDQUFzQyxFQUFFLElBQUksRUFBRSxvQ0FBb0MsRUFBRTtJQUM1RixFQUFFLElBQUksRUFBRSw4Q0FBOEMsRUFBRSxJQUFJLEVBQUUsc0NBQXNDLEVBQUU7SUFDdEcsRUFBRSxJQUFJLEVBQUUsc0NBQXNDLEVBQUUsSUFBSSxFQUFFLHFDQUFxQyxFQUFFO0lBQzdGLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFLElBQUksRUFBRSx5Q0FBeUMsRUFBRTtJQUNwRixFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRSxJQUFJLEVBQUUscUNBQXFDLEVBQUU7SUFDL0UsRUFBRSxJQUFJLEVBQUUsZ0NBQWdDLEVBQUUsSUFBSSxFQUFFLG1DQUFtQyxFQUFFO0lBQ3JGLEVBQUUsSUFBSSxFQUFFLGtCQUFrQixFQUFFLElBQUksRUFBRSxjQUFjLEVBQUU7SUFDbEQsRUFBRSxJQUFJLEVBQUUsd0JBQXdCLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRTtJQUNuRCxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsSUFBSSxFQUFFLFFBQVEsRUFBRTtJQUN4QyxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFO0lBQ3hELEVBQUUsSUFBSSxFQUFFLHlCQUF5QixFQUFFLElBQUksRUFBRSx3QkFBd0IsRUFBRTtJQUNuRSxFQUFFLElBQUksRUFBRSxzQkFBc0IsRUFBRSxJQUFJLEVBQUUsbUNBQW1DLEVBQUU7Q0FDNUUsQ0FBQztBQUVGLHVFQUF1RTtBQUN2RSxTQUFnQixZQUFZLENBQUMsS0FBYSxFQUFFLElBQVk7SUFDdEQsTUFBTSxDQUFDLEdBQUcsS0FBSyxDQUFDLFdBQVcsRUFBRSxDQUFDO0lBQzlCLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxXQUFXLEVBQUUsQ0FBQztJQUM3QixJQUFJLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDO1FBQUUsT0FBTyxDQUFDLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQztJQUN0RCxPQUFPLENBQUMsS0FBSyxDQUFDLENBQUM7QUFDakIsQ0FBQztBQUVELHdGQUF3RjtBQUN4RixTQUFnQixXQUFXLENBQUMsT0FBaUI7SUFDM0MsTUFBTSxHQUFHLEdBQWEsRUFBRSxDQUFDO0lBQ3pCLEtBQUssTUFBTSxDQUFDLElBQUksT0FBTyxFQUFFLENBQUM7UUFDeEIsTUFBTSxJQUFJLEdBQUcsb0JBQVksQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLFlBQVksQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7UUFDakUsSUFBSSxJQUFJLENBQUMsTUFBTTtZQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsR0FBRyxDQUFDLEtBQUssQ0FBQyxHQUFHLElBQUksR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsQ0FBQztJQUMxRixDQUFDO0lBQ0QsT0FBTyxHQUFHLENBQUM7QUFDYixDQUFDO0FBRUQseUNBQXlDO0FBQzVCLFFBQUEsVUFBVSxHQUFHLElBQUksQ0FBQztBQUUvQjs7Ozs7R0FLRztBQUNILFNBQWdCLFdBQVcsQ0FBQyxJQUFZLEVBQUUsU0FBaUI7SUFDekQsT0FBTztRQUNMLHFCQUFxQixJQUFJLG9EQUFvRDtRQUM3RSxhQUFhLGtCQUFVLEVBQUU7UUFDekIscUNBQXFDLFNBQVMsR0FBRztRQUNqRCw4REFBOEQ7UUFDOUQsd0JBQXdCO1FBQ3hCLHdCQUF3QjtRQUN4Qix5QkFBeUI7UUFDekIsNEJBQTRCO1FBQzVCLG1DQUFtQztRQUNuQywyQkFBMkI7UUFDM0IsOEJBQThCO1FBQzlCLHFDQUFxQztRQUNyQyxtQ0FBbUM7UUFDbkMsc0JBQXNCO1FBQ3RCLGdCQUFnQjtRQUNoQixzQkFBc0I7UUFDdEIsU0FBUztRQUNULGtDQUFrQztRQUNsQyxpQ0FBaUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxpQkFBaUIsRUFBRSxHQUFHLENBQUMsRUFBRTtLQUN4RSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztBQUNmLENBQUM7QUFFRCxpR0FBaUc7QUFDakcsU0FBZ0IsY0FBYyxDQUFDLE9BQWlCO0lBQzlDLE1BQU0sSUFBSSxHQUFHLElBQUksR0FBRyxDQUFDLE9BQU8sQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsV0FBVyxFQUFFLENBQUMsQ0FBQyxDQUFDO0lBQ3JHLE1BQU0sS0FBSyxHQUFHLElBQUksR0FBRyxFQUFVLENBQUM7SUFDaEMsS0FBSyxNQUFNLENBQUMsSUFBSSxJQUFJO1FBQUUsS0FBSyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7SUFDekMsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxXQUFXLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDdkYsSUFBSSxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxDQUFDLENBQUM7WUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDO0lBQzNFLENBQUM7SUFDRCxPQUFPLENBQUMsR0FBRyxLQUFLLENBQUMsQ0FBQyxJQUFJLEVBQUUsQ0FBQztBQUMzQixDQUFDO0FBRUQsa0ZBQWtGO0FBQ2xGLFNBQWdCLGFBQWEsQ0FBQyxJQUFZLEVBQUUsT0FBaUI7SUFDM0QsTUFBTSxTQUFTLEdBQUcsb0NBQW9DLENBQUM7SUFDdkQsT0FBTztRQUNMLG1CQUFtQjtRQUNuQixzQkFBc0I7UUFDdEIsU0FBUyxTQUFTLGlCQUFpQixjQUFjLENBQUMsT0FBTyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxXQUFXO1FBQ2hGLDRDQUE0QyxXQUFXLENBQUMsSUFBSSxFQUFFLFNBQVMsQ0FBQyxXQUFXO1FBQ25GLDhCQUE4QjtLQUMvQixDQUFDO0FBQ0osQ0FBQztBQUVEOzs7OztHQUtHO0FBQ0gsU0FBZ0IsbUJBQW1CLENBQUMsS0FBZ0IsRUFBRSxFQUFVLEVBQUUsR0FBYSxFQUFFLFdBQW1CO0lBQ2xHLE1BQU0sRUFBRSxHQUFHLElBQUksR0FBRyxDQUFDLGFBQWEsQ0FBQyxLQUFLLEVBQUUsRUFBRSxFQUFFLEVBQUUsR0FBRyxFQUFFLFdBQVcsRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLEVBQUUsa0JBQWtCLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQztJQUNySCw0RkFBNEY7SUFDNUYscUVBQXFFO0lBQ3JFLEtBQUssTUFBTSxDQUFDLElBQUksQ0FBQyxHQUFHLEVBQUUsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEVBQUUsQ0FBQztRQUN0QyxJQUFJLENBQUMsWUFBWSxHQUFHLENBQUMsc0JBQXNCLElBQUksQ0FBQyxDQUFDLE1BQU0sS0FBSyxrQkFBVSxDQUFDLE1BQU07WUFBRSxFQUFFLENBQUMsSUFBSSxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQyxDQUFDO0lBQ25ILENBQUM7SUFDQSxFQUFFLENBQUMsSUFBSSxDQUFDLFlBQXFDLENBQUMsbUJBQW1CLENBQUMscUJBQXFCLEVBQUUsQ0FBQyxrQkFBVSxDQUFDLENBQUMsQ0FBQztJQUN4RyxPQUFPLEVBQUUsQ0FBQztBQUNaLENBQUM7QUFFRCwyR0FBMkc7QUFDOUYsUUFBQSxVQUFVLEdBQUcsRUFBRSxNQUFNLEVBQUUsb0JBQW9CLEVBQUUsV0FBVyxFQUFFLHNCQUFzQixFQUFFLFVBQVUsRUFBRSxNQUFNLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsRUFBRSxFQUFFLENBQUM7QUFHL0k7OztHQUdHO0FBQ0gsU0FBZ0Isa0JBQWtCLENBQUMsS0FBZ0IsRUFBRSxHQUF5QixFQUFFLFNBQTZCO0lBQzNHLE1BQU0sS0FBSyxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO0lBQzlCLE1BQU0sSUFBSSxHQUFrQjtRQUMxQixPQUFPLEVBQUUsS0FBSztRQUNkLE1BQU0sRUFBRSw0QkFBNEI7UUFDcEMsVUFBVSxFQUFFLEVBQUUsT0FBTyxFQUFFLENBQUMsRUFBRSxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsTUFBTSxFQUFFLENBQUMsaUJBQWlCLGlCQUFHLENBQUMsTUFBTSxLQUFLLENBQUMsRUFBRSxDQUFDLEVBQUU7UUFDbkcsa0JBQWtCLEVBQUUsRUFBRSxDQUFDLGtCQUFrQixDQUFDLEVBQUUsQ0FBQyxrQkFBa0IsS0FBSyxDQUFDLE1BQU0sRUFBRSxDQUFDO1FBQzlFLFdBQVcsRUFBRSxDQUFDLDRCQUE0QixDQUFDO0tBQzVDLENBQUM7SUFDRixNQUFNLFFBQVEsR0FBRyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsS0FBSyxFQUFFLGtCQUFrQixFQUFFLEVBQUUsYUFBYSxFQUFFLEdBQUcsRUFBRSxTQUFTLEVBQUUsYUFBYSxFQUFFLDJCQUFhLENBQUMsTUFBTSxFQUFFLENBQUMsQ0FBQztJQUN0SSxNQUFNLElBQUksR0FBRyxJQUFJLHlCQUFpQixDQUFDLEtBQUssRUFBRSxrQkFBa0IsRUFBRTtRQUM1RCxTQUFTLEVBQUUsSUFBSSxHQUFHLENBQUMsZ0JBQWdCLENBQUMsc0JBQXNCLENBQUM7UUFDM0QsV0FBVyxFQUFFLCtGQUErRjtLQUM3RyxDQUFDLENBQUM7SUFDSCxJQUFJLENBQUMsb0JBQW9CLENBQUMsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDLEVBQUUsR0FBRyxFQUFFLHFCQUFxQixFQUFFLE9BQU8sRUFBRSxDQUFDLGdDQUFnQyxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsR0FBRyxDQUFDLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDbEosSUFBSSxDQUFDLG9CQUFvQixDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUNoRCxHQUFHLEVBQUUsU0FBUyxFQUFFLE9BQU8sRUFBRSxDQUFDLHNCQUFzQixFQUFFLG1CQUFtQixDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsUUFBUSxDQUFDLFdBQVcsRUFBRSxHQUFHLFFBQVEsQ0FBQyxXQUFXLElBQUksQ0FBQztLQUN2SSxDQUFDLENBQUMsQ0FBQztJQUNKLElBQUEsa0NBQW9CLEVBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxZQUFZLENBQUMsUUFBUSxDQUFzQixFQUFFLENBQUMsT0FBTyxFQUFFLEVBQUU7UUFDdEYsSUFBSSxPQUFPLEtBQUssYUFBYTtZQUFFLE9BQU8sdUlBQXVJLENBQUM7UUFDOUssSUFBSSxPQUFPLENBQUMsUUFBUSxDQUFDLElBQUksQ0FBQztZQUFFLE9BQU8sdUhBQXVILENBQUM7UUFDM0osT0FBTyxTQUFTLENBQUM7SUFDbkIsQ0FBQyxDQUFDLENBQUM7SUFDSCxNQUFNLE1BQU0sR0FBRyxJQUFJLEVBQUUsQ0FBQyxpQkFBaUIsQ0FBQyxLQUFLLEVBQUUsY0FBYyxFQUFFLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxRQUFRLEVBQUUsbUJBQW1CLEVBQUUsS0FBSyxFQUFFLENBQUMsQ0FBQztJQUMvSSxPQUFPLE1BQU0sQ0FBQyxnQkFBZ0IsQ0FBQyw0QkFBNEIsQ0FBQyxDQUFDO0FBQy9ELENBQUM7QUFFRCx1R0FBdUc7QUFDMUYsUUFBQSxZQUFZLEdBQUcsNEVBQTRFLENBQUM7QUFFekc7Ozs7Ozs7R0FPRztBQUNILFNBQWdCLFNBQVMsQ0FBQyxRQUFnQjtJQUN4QyxJQUFJLENBQUMsbUNBQW1DLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQztRQUFFLE1BQU0sSUFBSSxLQUFLLENBQUMsYUFBYSxJQUFJLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQywrQ0FBK0MsQ0FBQyxDQUFDO0lBQy9KLE9BQU87UUFDTCxJQUFJLEVBQUUsd0JBQXdCO1FBQzlCLE9BQU8sRUFBRTtZQUNQLFdBQVc7WUFDWCw2RkFBNkY7WUFDN0YsU0FBUztZQUNULE1BQU0sUUFBUSxHQUFHO1lBQ2pCLE1BQU0sb0JBQVksR0FBRztZQUNyQiw0SkFBNEo7WUFDNUosbUtBQW1LO1lBQ25LLDJKQUEySjtZQUMzSix1RkFBdUY7WUFDdkYseURBQXlEO1lBQ3pELHNFQUFzRTtZQUN0RSwrR0FBK0c7WUFDL0csaUZBQWlGO1lBQ2pGLEVBQUU7U0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUM7S0FDYixDQUFDO0FBQ0osQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIEFXUyBkYXRhIHBlcmltZXRlciBvZiBsYWJzIGFuZCBwZXJtaXRzOiBWUEMgZW5kcG9pbnQgcG9saWNpZXMgbGltaXRlZCB0byB0aGUgbGFiJ3NcbiAqIGFjY291bnQgKHByaW5jaXBhbCBBTkQgcmVzb3VyY2UpLCB0aGUgQVdTLW93bmVkIGJ1Y2tldHMgdGhlIHBhY2thZ2UgbWFuYWdlciBhbmQgdGhlIFNTTVxuICogYWdlbnQgbXVzdCByZWFkLCB0aGUgU2Vzc2lvbiBNYW5hZ2VyIHBlcm1pc3Npb25zIGEgd29ya3NwYWNlIG5lZWRzIGluc3RlYWQgb2YgdGhlIGJyb2FkXG4gKiBBbWF6b25TU01NYW5hZ2VkSW5zdGFuY2VDb3JlLCB0aGUgc3F1aWQgY29uZmlndXJhdGlvbiBvZiB0aGUgZWdyZXNzIHByb3h5LCBhbmQgdGhlIGhvc3RzXG4gKiB0aGF0IGNhbiByZWNlaXZlIHVwbG9hZHMuIEludGVybmFsOiBub3QgZXhwb3J0ZWQgZnJvbSB0aGUgcGFja2FnZS5cbiAqL1xuaW1wb3J0IHsgQXdzLCBSZW1vdmFsUG9saWN5LCBTdGFjayB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIGxvZ3MgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxvZ3MnO1xuaW1wb3J0ICogYXMgY3IgZnJvbSAnYXdzLWNkay1saWIvY3VzdG9tLXJlc291cmNlcyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGFja25vd2xlZGdlV2lsZGNhcmRzIH0gZnJvbSAnLi9haXJsb2NrLW5hZyc7XG5pbXBvcnQgeyBNYW5hZ2VkUG9saWN5Um9sZSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvcHJvcHMnO1xuXG4vKiogU2lkIG9mIHRoZSBzdGF0ZW1lbnQgZXZlcnkgZW5kcG9pbnQgcG9saWN5IGhhczogdGhlIGxhYidzIHByaW5jaXBhbHMgb24gdGhlIGxhYidzIHJlc291cmNlcy4gKi9cbmV4cG9ydCBjb25zdCBPV05fQUNDT1VOVF9TSUQgPSAnTGFiUHJpbmNpcGFsc1RvTGFiUmVzb3VyY2VzJztcblxuLyoqXG4gKiBCdWNrZXRzIG93bmVkIGJ5IEFXUyB0aGF0IHdvcmtzcGFjZXMgcmVhZCB0aHJvdWdoIHRoZSBTMyBnYXRld2F5IGVuZHBvaW50IHdpdGhvdXRcbiAqIGNyZWRlbnRpYWxzIG9mIHRoZSBsYWIgKGFub255bW91cyByZXF1ZXN0cyBvZiBkbmYsIGFuZCBvZiB0aGUgU1NNIGFnZW50KS4gTmFtZWQgZXhhY3RseVxuICogKG5ldmVyIGEgd2lsZGNhcmQpOiBhIHdpbGRjYXJkIHdvdWxkIGxldCBhIHJlc2VhcmNoZXIgY3JlYXRlIGEgYnVja2V0IHdob3NlIG5hbWUgbWF0Y2hlcyBpblxuICogdGhlaXIgb3duIGFjY291bnQgYW5kIHJlYWQgZnJvbSBpdCwgYW5kIGV2ZXJ5IEdFVCB0byBpdCAodGhlIGtleSBpcyBkYXRhKSB3b3VsZCBsYW5kIGluXG4gKiB0aGF0IGFjY291bnQncyBhY2Nlc3MgbG9ncy4gT25seSBgczM6R2V0T2JqZWN0YCBpcyBhbGxvd2VkLCBhbmQgb25seSBBV1MgY2FuIHNlZSB0aGVcbiAqIHJlcXVlc3RzLCBzaW5jZSBBV1Mgb3ducyB0aGVzZSBidWNrZXRzLlxuICogQHNlZSBodHRwczovL2RvY3MuYXdzLmFtYXpvbi5jb20vbGludXgvYWwyMDIzL3VnL21hbmFnaW5nLXJlcG9zLW9zLXVwZGF0ZXMuaHRtbFxuICogQHNlZSBodHRwczovL2RvY3MuYXdzLmFtYXpvbi5jb20vc3lzdGVtcy1tYW5hZ2VyL2xhdGVzdC91c2VyZ3VpZGUvc3NtLWFnZW50LW1pbmltdW0tczMtcGVybWlzc2lvbnMuaHRtbFxuICogQHNlZSBodHRwczovL2RvY3MuYXdzLmFtYXpvbi5jb20vQW1hem9uQ2xvdWRXYXRjaC9sYXRlc3QvbW9uaXRvcmluZy9kb3dubG9hZC1DbG91ZFdhdGNoLUFnZW50LW9uLUVDMi1JbnN0YW5jZS1jb21tYW5kbGluZS1maXJzdC5odG1sXG4gKi9cbmV4cG9ydCBjb25zdCBBV1NfT1dORURfQlVDS0VUUzogQXJyYXk8eyBuYW1lOiBzdHJpbmc7IHdoeTogc3RyaW5nIH0+ID0gW1xuICB7IG5hbWU6ICdhbDIwMjMtcmVwb3MtJXMtZGU2MTJkYzInLCB3aHk6ICdBbWF6b24gTGludXggMjAyMyBwYWNrYWdlIHJlcG9zaXRvcmllcyAoZG5mOiBhbWF6b24tZWZzLXV0aWxzLCB0aGUgQVdTIENMSSwgc3F1aWQgb24gdGhlIHByb3h5KScgfSxcbiAgeyBuYW1lOiAnYXdzLXNzbS0lcycsIHdoeTogJ1N5c3RlbXMgTWFuYWdlciBhZ2VudDogZG9jdW1lbnRzIGFuZCBwbHVnaW5zJyB9LFxuICB7IG5hbWU6ICdhbWF6b24tc3NtLSVzJywgd2h5OiAnU3lzdGVtcyBNYW5hZ2VyIGFnZW50IHVwZGF0ZXMnIH0sXG4gIHsgbmFtZTogJ2FtYXpvbi1zc20tcGFja2FnZXMtJXMnLCB3aHk6ICdTeXN0ZW1zIE1hbmFnZXIgYWdlbnQgcGFja2FnZXMnIH0sXG4gIHsgbmFtZTogJyVzLWJpcmR3YXRjaGVyLXByb2QnLCB3aHk6ICdTeXN0ZW1zIE1hbmFnZXIgRGlzdHJpYnV0b3IgbWFuaWZlc3RzJyB9LFxuICB7IG5hbWU6ICdhd3Mtc3NtLWRpc3RyaWJ1dG9yLWZpbGUtJXMnLCB3aHk6ICdTeXN0ZW1zIE1hbmFnZXIgRGlzdHJpYnV0b3IgZmlsZXMnIH0sXG4gIHsgbmFtZTogJ2F3cy1zc20tZG9jdW1lbnQtYXR0YWNobWVudHMtJXMnLCB3aHk6ICdTeXN0ZW1zIE1hbmFnZXIgZG9jdW1lbnQgYXR0YWNobWVudHMnIH0sXG4gIHsgbmFtZTogJ3BhdGNoLWJhc2VsaW5lLXNuYXBzaG90LSVzJywgd2h5OiAnU3lzdGVtcyBNYW5hZ2VyIFBhdGNoIE1hbmFnZXIgYmFzZWxpbmVzJyB9LFxuICB7IG5hbWU6ICdhbWF6b25jbG91ZHdhdGNoLWFnZW50LSVzJywgd2h5OiAnQ2xvdWRXYXRjaCBhZ2VudCBwYWNrYWdlcyAoZGlzayBhbmQgbWVtb3J5IG1ldHJpY3Mgb2YgYSBtb25pdG9yZWQgbGFiXFwncyB3b3Jrc3BhY2VzKScgfSxcbl07XG5cbi8qKiBBUk5zIG9mIHRoZSBvYmplY3RzIG9mIHRoZSBBV1Mtb3duZWQgYnVja2V0cyBpbiB0aGUgc3RhY2sncyBwYXJ0aXRpb24gYW5kIHJlZ2lvbi4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhd3NPd25lZE9iamVjdEFybnMoKTogc3RyaW5nW10ge1xuICByZXR1cm4gQVdTX09XTkVEX0JVQ0tFVFMubWFwKChiKSA9PiBgYXJuOiR7QXdzLlBBUlRJVElPTn06czM6Ojoke2IubmFtZS5yZXBsYWNlKCclcycsIEF3cy5SRUdJT04pfS8qYCk7XG59XG5cbi8qKiBUaGUgY29uZGl0aW9uIG9mIHRoZSBwZXJpbWV0ZXI6IHByaW5jaXBhbCBhbmQgcmVzb3VyY2UgYm90aCBpbiB0aGUgbGFiJ3MgYWNjb3VudC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBvd25BY2NvdW50Q29uZGl0aW9uKCk6IHsgW2s6IHN0cmluZ106IGFueSB9IHtcbiAgcmV0dXJuIHsgU3RyaW5nRXF1YWxzOiB7ICdhd3M6UHJpbmNpcGFsQWNjb3VudCc6IEF3cy5BQ0NPVU5UX0lELCAnYXdzOlJlc291cmNlQWNjb3VudCc6IEF3cy5BQ0NPVU5UX0lEIH0gfTtcbn1cblxuLyoqXG4gKiBUaGUgcG9saWN5IG9mIGFuIGludGVyZmFjZSBlbmRwb2ludDogdGhlIGxhYidzIHByaW5jaXBhbHMgb24gdGhlIGxhYidzIHJlc291cmNlczsgZm9yXG4gKiBTeXN0ZW1zIE1hbmFnZXIgYWxzbyByZWFkaW5nIEFXUy1vd25lZCBkb2N1bWVudHMgKFN0YXRlIE1hbmFnZXIgcnVucyBgQVdTLSpgIGRvY3VtZW50cyxcbiAqIHdoaWNoIGJlbG9uZyB0byBubyBhY2NvdW50IG9mIHRoZSBsYWIpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbGltaXRJbnRlcmZhY2VFbmRwb2ludChlcDogZWMyLkludGVyZmFjZVZwY0VuZHBvaW50LCBzc21Eb2N1bWVudHM6IGJvb2xlYW4pOiB2b2lkIHtcbiAgZXAuYWRkVG9Qb2xpY3kobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgIHNpZDogT1dOX0FDQ09VTlRfU0lELCBwcmluY2lwYWxzOiBbbmV3IGlhbS5BbnlQcmluY2lwYWwoKV0sIGFjdGlvbnM6IFsnKiddLCByZXNvdXJjZXM6IFsnKiddLCBjb25kaXRpb25zOiBvd25BY2NvdW50Q29uZGl0aW9uKCksXG4gIH0pKTtcbiAgaWYgKHNzbURvY3VtZW50cykge1xuICAgIGVwLmFkZFRvUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgIHNpZDogJ0xhYlByaW5jaXBhbHNSZWFkQXdzT3duZWREb2N1bWVudHMnLFxuICAgICAgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLFxuICAgICAgYWN0aW9uczogWydzc206R2V0RG9jdW1lbnQnLCAnc3NtOkRlc2NyaWJlRG9jdW1lbnQnXSxcbiAgICAgIHJlc291cmNlczogW2Bhcm46JHtBd3MuUEFSVElUSU9OfTpzc206JHtBd3MuUkVHSU9OfTo6ZG9jdW1lbnQvKmBdLFxuICAgICAgY29uZGl0aW9uczogeyBTdHJpbmdFcXVhbHM6IHsgJ2F3czpQcmluY2lwYWxBY2NvdW50JzogQXdzLkFDQ09VTlRfSUQgfSB9LFxuICAgIH0pKTtcbiAgfVxufVxuXG4vKiogVGhlIHBvbGljeSBvZiB0aGUgUzMgZ2F0ZXdheSBlbmRwb2ludDogdGhlIGxhYidzIGJ1Y2tldHMsIGFuZCByZWFkaW5nIHRoZSBBV1Mtb3duZWQgYnVja2V0cyBhYm92ZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaW1pdFMzRW5kcG9pbnQoZXA6IGVjMi5HYXRld2F5VnBjRW5kcG9pbnQsIGV4dHJhUmVzb3VyY2VzOiBzdHJpbmdbXSA9IFtdKTogdm9pZCB7XG4gIGVwLmFkZFRvUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6IE9XTl9BQ0NPVU5UX1NJRCwgcHJpbmNpcGFsczogW25ldyBpYW0uQW55UHJpbmNpcGFsKCldLCBhY3Rpb25zOiBbJ3MzOionXSwgcmVzb3VyY2VzOiBbJyonXSwgY29uZGl0aW9uczogb3duQWNjb3VudENvbmRpdGlvbigpLFxuICB9KSk7XG4gIGVwLmFkZFRvUG9saWN5KG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICBzaWQ6ICdSZWFkQXdzT3duZWRQYWNrYWdlQW5kQWdlbnRCdWNrZXRzJyxcbiAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5BbnlQcmluY2lwYWwoKV0sXG4gICAgYWN0aW9uczogWydzMzpHZXRPYmplY3QnXSxcbiAgICByZXNvdXJjZXM6IFsuLi5hd3NPd25lZE9iamVjdEFybnMoKSwgLi4uZXh0cmFSZXNvdXJjZXNdLFxuICB9KSk7XG59XG5cbi8qKlxuICogV2hhdCB0aGUgU3lzdGVtcyBNYW5hZ2VyIGFnZW50IG5lZWRzIGZvciBTZXNzaW9uIE1hbmFnZXIgYW5kIFN0YXRlIE1hbmFnZXIsIGluc3RlYWQgb2ZcbiAqIEFtYXpvblNTTU1hbmFnZWRJbnN0YW5jZUNvcmUgKHdoaWNoIGFsc28gYWxsb3dzIGBzc206R2V0UGFyYW1ldGVyKHMpYCBvbiBldmVyeSBwYXJhbWV0ZXJcbiAqIG9mIHRoZSBhY2NvdW50KS4gQSBwb2xpY3kgb2YgaXRzIG93biwgc28gdGhhdCBpdHMgYWNrbm93bGVkZ2VkIHdpbGRjYXJkcyBkbyBub3QgY292ZXJcbiAqIGFueXRoaW5nIGVsc2UgdGhlIHJvbGUgaXMgZ3JhbnRlZC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlc3Npb25NYW5hZ2VyUG9saWN5KHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHJvbGU6IGlhbS5JUm9sZSwgd2hhdDogc3RyaW5nKTogaWFtLk1hbmFnZWRQb2xpY3kge1xuICBjb25zdCBwID0gQXdzLlBBUlRJVElPTjtcbiAgY29uc3QgcG9saWN5ID0gbmV3IGlhbS5NYW5hZ2VkUG9saWN5KHNjb3BlLCBpZCwge1xuICAgIGRlc2NyaXB0aW9uOiBgU3lzdGVtcyBNYW5hZ2VyIGFnZW50IG9mICR7d2hhdH06IFNlc3Npb24gTWFuYWdlciBhbmQgU3RhdGUgTWFuYWdlciwgbm8gcGFyYW1ldGVyIHJlYWRzYCxcbiAgICByb2xlczogW3JvbGVdLFxuICAgIHN0YXRlbWVudHM6IFtcbiAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgc2lkOiAnQWdlbnRDaGFubmVscycsXG4gICAgICAgIGFjdGlvbnM6IFtcbiAgICAgICAgICAnc3NtbWVzc2FnZXM6Q3JlYXRlQ29udHJvbENoYW5uZWwnLCAnc3NtbWVzc2FnZXM6Q3JlYXRlRGF0YUNoYW5uZWwnLCAnc3NtbWVzc2FnZXM6T3BlbkNvbnRyb2xDaGFubmVsJywgJ3NzbW1lc3NhZ2VzOk9wZW5EYXRhQ2hhbm5lbCcsXG4gICAgICAgICAgJ2VjMm1lc3NhZ2VzOkFja25vd2xlZGdlTWVzc2FnZScsICdlYzJtZXNzYWdlczpEZWxldGVNZXNzYWdlJywgJ2VjMm1lc3NhZ2VzOkZhaWxNZXNzYWdlJywgJ2VjMm1lc3NhZ2VzOkdldEVuZHBvaW50JyxcbiAgICAgICAgICAnZWMybWVzc2FnZXM6R2V0TWVzc2FnZXMnLCAnZWMybWVzc2FnZXM6U2VuZFJlcGx5JyxcbiAgICAgICAgICAnc3NtOlVwZGF0ZUluc3RhbmNlSW5mb3JtYXRpb24nLCAnc3NtOkxpc3RBc3NvY2lhdGlvbnMnLCAnc3NtOkxpc3RJbnN0YW5jZUFzc29jaWF0aW9ucycsICdzc206RGVzY3JpYmVBc3NvY2lhdGlvbicsXG4gICAgICAgICAgJ3NzbTpVcGRhdGVBc3NvY2lhdGlvblN0YXR1cycsICdzc206VXBkYXRlSW5zdGFuY2VBc3NvY2lhdGlvblN0YXR1cycsICdzc206UHV0SW52ZW50b3J5JywgJ3NzbTpQdXRDb21wbGlhbmNlSXRlbXMnLFxuICAgICAgICBdLFxuICAgICAgICByZXNvdXJjZXM6IFsnKiddLFxuICAgICAgfSksXG4gICAgICBuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgICAgIHNpZDogJ1JlYWRBc3NvY2lhdGlvbkRvY3VtZW50cycsXG4gICAgICAgIGFjdGlvbnM6IFsnc3NtOkdldERvY3VtZW50JywgJ3NzbTpEZXNjcmliZURvY3VtZW50J10sXG4gICAgICAgIHJlc291cmNlczogW2Bhcm46JHtwfTpzc206JHtBd3MuUkVHSU9OfToke0F3cy5BQ0NPVU5UX0lEfTpkb2N1bWVudC8qYCwgYGFybjoke3B9OnNzbToke0F3cy5SRUdJT059Ojpkb2N1bWVudC8qYF0sXG4gICAgICB9KSxcbiAgICBdLFxuICB9KTtcbiAgYWNrbm93bGVkZ2VXaWxkY2FyZHMocG9saWN5LCAoZmluZGluZykgPT4ge1xuICAgIGlmIChmaW5kaW5nID09PSAnUmVzb3VyY2U6OionKSB7XG4gICAgICByZXR1cm4gJ1RoZSBTZXNzaW9uIE1hbmFnZXIgY2hhbm5lbHMgKHNzbW1lc3NhZ2VzOipDaGFubmVsKSBhbmQgdGhlIGFnZW50XFwncyBtZXNzYWdlIGFjdGlvbnMgKGVjMm1lc3NhZ2VzOiopIGhhdmUgbm8gcmVzb3VyY2UgdHlwZXMgaW4gdGhlIFNlcnZpY2UgQXV0aG9yaXphdGlvbiBSZWZlcmVuY2UsIGFuZCB0aGUgYWdlbnRcXCdzIGJvb2trZWVwaW5nIGNhbGxzIChVcGRhdGVJbnN0YW5jZUluZm9ybWF0aW9uLCBhc3NvY2lhdGlvbiBzdGF0dXMsIGludmVudG9yeSkgYXJlIGFuc3dlcmVkIGZvciB0aGUgY2FsbGluZyBpbnN0YW5jZSBvbmx5OyBub25lIG9mIHRoZW0gcmVhZHMgZGF0YS4gUGFyYW1ldGVyIGFuZCBzZWNyZXQgcmVhZHMgYXJlIG5vdCBoZXJlOiB0aGV5IGFyZSBncmFudGVkIG9uIHRoZSBsYWJcXCdzIG93biBBUk5zIGVsc2V3aGVyZS4nO1xuICAgIH1cbiAgICBpZiAoZmluZGluZy5pbmNsdWRlcygnOmRvY3VtZW50LyonKSkge1xuICAgICAgcmV0dXJuICdTdGF0ZSBNYW5hZ2VyIGRvY3VtZW50cyBhcmUgcmVhZCBieSB0aGUgYWdlbnQgd2hlbiBhbiBhc3NvY2lhdGlvbiBydW5zOiB0aGUgbGFiXFwncyBvd24gZG9jdW1lbnRzIGluIHRoaXMgYWNjb3VudCBhbmQgcmVnaW9uLCBhbmQgQVdTLW93bmVkIGRvY3VtZW50cyAoQVdTLVJ1blNoZWxsU2NyaXB0IGFuZCBmcmllbmRzLCB3aGljaCBoYXZlIG5vIGFjY291bnQpLiBEb2N1bWVudHMgaG9sZCBjb21tYW5kcywgbm90IGRhdGEuJztcbiAgICB9XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfSk7XG4gIHJldHVybiBwb2xpY3k7XG59XG5cbi8qKlxuICogSG9zdHMgdGhhdCBhY2NlcHQgdXBsb2FkcyAoY29kZSBwdXNoZXMsIHBhY2thZ2VzLCBvYmplY3RzLCBwYXN0ZXMpLiBBbiBhbGxvd2xpc3QgZW50cnkgdGhhdFxuICogY292ZXJzIG9uZSBvZiB0aGVtIG9wZW5zIGEgd2F5IHRvIG1vdmUgZGF0YSBvdXQsIGFuZCBpcyBvbmx5IGV2ZXIgb3B0LWluICh3aXRoIGEgd2FybmluZykuXG4gKi9cbmV4cG9ydCBjb25zdCBVUExPQURfSE9TVFM6IEFycmF5PHsgaG9zdDogc3RyaW5nOyByaXNrOiBzdHJpbmcgfT4gPSBbXG4gIHsgaG9zdDogJ2dpdGh1Yi5jb20nLCByaXNrOiAnZ2l0IHB1c2gsIGdpc3RzIGFuZCByZWxlYXNlIHVwbG9hZHMgd2l0aCBhbnkgYWNjb3VudFxcJ3MgdG9rZW4nIH0sXG4gIHsgaG9zdDogJ2FwaS5naXRodWIuY29tJywgcmlzazogJ3RoZSBHaXRIdWIgQVBJIChyZXBvc2l0b3JpZXMsIGdpc3RzLCBpc3N1ZXMpIHdpdGggYW55IGFjY291bnRcXCdzIHRva2VuJyB9LFxuICB7IGhvc3Q6ICd1cGxvYWRzLmdpdGh1Yi5jb20nLCByaXNrOiAnR2l0SHViIHJlbGVhc2UgYXNzZXQgdXBsb2FkcycgfSxcbiAgeyBob3N0OiAnZ2l0bGFiLmNvbScsIHJpc2s6ICdnaXQgcHVzaCBhbmQgc25pcHBldHMnIH0sXG4gIHsgaG9zdDogJ2JpdGJ1Y2tldC5vcmcnLCByaXNrOiAnZ2l0IHB1c2gnIH0sXG4gIHsgaG9zdDogJ3VwbG9hZC5weXBpLm9yZycsIHJpc2s6ICdwdWJsaXNoaW5nIHBhY2thZ2VzIHRvIFB5UEknIH0sXG4gIHsgaG9zdDogJ2FwaS5hbmFjb25kYS5vcmcnLCByaXNrOiAnYW5hY29uZGEgdXBsb2FkJyB9LFxuICB7IGhvc3Q6ICdyZWdpc3RyeS5ucG1qcy5vcmcnLCByaXNrOiAnbnBtIHB1Ymxpc2gnIH0sXG4gIHsgaG9zdDogJ2NyYXRlcy5pbycsIHJpc2s6ICdjYXJnbyBwdWJsaXNoJyB9LFxuICB7IGhvc3Q6ICdodWdnaW5nZmFjZS5jbycsIHJpc2s6ICdtb2RlbCBhbmQgZGF0YSBzZXQgdXBsb2FkcycgfSxcbiAgeyBob3N0OiAnczMuYW1hem9uYXdzLmNvbScsIHJpc2s6ICdTMyBpbiBhbnkgYWNjb3VudCAodGhlIHByb3h5IGNhbm5vdCBzZWUgd2hpY2ggYnVja2V0IG9yIGNyZWRlbnRpYWxzKScgfSxcbiAgeyBob3N0OiAnYW55YnVja2V0LnMzLmFtYXpvbmF3cy5jb20nLCByaXNrOiAnUzMgaW4gYW55IGFjY291bnQgKHZpcnR1YWwtaG9zdGVkIGJ1Y2tldCBuYW1lcyknIH0sXG4gIHsgaG9zdDogJ2FueWJ1Y2tldC5zMy51cy1lYXN0LTEuYW1hem9uYXdzLmNvbScsIHJpc2s6ICdTMyBpbiBhbnkgYWNjb3VudCAocmVnaW9uYWwgbmFtZXMpJyB9LFxuICB7IGhvc3Q6ICdhbnl0aGluZy5leGVjdXRlLWFwaS51cy1lYXN0LTEuYW1hem9uYXdzLmNvbScsIHJpc2s6ICdBUEkgR2F0ZXdheSBlbmRwb2ludHMgb2YgYW55IGFjY291bnQnIH0sXG4gIHsgaG9zdDogJ2FueXRoaW5nLmxhbWJkYS11cmwudXMtZWFzdC0xLm9uLmF3cycsIHJpc2s6ICdMYW1iZGEgZnVuY3Rpb24gVVJMcyBvZiBhbnkgYWNjb3VudCcgfSxcbiAgeyBob3N0OiAnYW55dGhpbmcuY2xvdWRmcm9udC5uZXQnLCByaXNrOiAnQ2xvdWRGcm9udCBkaXN0cmlidXRpb25zIG9mIGFueSBhY2NvdW50JyB9LFxuICB7IGhvc3Q6ICdzdG9yYWdlLmdvb2dsZWFwaXMuY29tJywgcmlzazogJ0dvb2dsZSBDbG91ZCBTdG9yYWdlIG9mIGFueSBwcm9qZWN0JyB9LFxuICB7IGhvc3Q6ICdhbnl0aGluZy5ibG9iLmNvcmUud2luZG93cy5uZXQnLCByaXNrOiAnQXp1cmUgQmxvYiBTdG9yYWdlIG9mIGFueSBhY2NvdW50JyB9LFxuICB7IGhvc3Q6ICdkcml2ZS5nb29nbGUuY29tJywgcmlzazogJ0dvb2dsZSBEcml2ZScgfSxcbiAgeyBob3N0OiAnY29udGVudC5kcm9wYm94YXBpLmNvbScsIHJpc2s6ICdEcm9wYm94JyB9LFxuICB7IGhvc3Q6ICdwYXN0ZWJpbi5jb20nLCByaXNrOiAncGFzdGVzJyB9LFxuICB7IGhvc3Q6ICd0cmFuc2Zlci5zaCcsIHJpc2s6ICdhbm9ueW1vdXMgZmlsZSB0cmFuc2ZlcicgfSxcbiAgeyBob3N0OiAnYW55dGhpbmcubmdyb2stZnJlZS5hcHAnLCByaXNrOiAndHVubmVscyB0byBhbnkgbWFjaGluZScgfSxcbiAgeyBob3N0OiAnYW55dGhpbmcud29ya2Vycy5kZXYnLCByaXNrOiAnQ2xvdWRmbGFyZSBXb3JrZXJzIG9mIGFueSBhY2NvdW50JyB9LFxuXTtcblxuLyoqIFdoZXRoZXIgYW4gYWxsb3dsaXN0IGVudHJ5IChgaG9zdGAgb3IgYCouZG9tYWluYCkgY292ZXJzIGEgaG9zdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkb21haW5Db3ZlcnMoZW50cnk6IHN0cmluZywgaG9zdDogc3RyaW5nKTogYm9vbGVhbiB7XG4gIGNvbnN0IGUgPSBlbnRyeS50b0xvd2VyQ2FzZSgpO1xuICBjb25zdCBoID0gaG9zdC50b0xvd2VyQ2FzZSgpO1xuICBpZiAoZS5zdGFydHNXaXRoKCcqLicpKSByZXR1cm4gaC5lbmRzV2l0aChlLnNsaWNlKDEpKTtcbiAgcmV0dXJuIGUgPT09IGg7XG59XG5cbi8qKiBUaGUgdXBsb2FkIGhvc3RzIGFuIGFsbG93bGlzdCByZWFjaGVzLCB3aXRoIHRoZSByaXNrIG9mIGVhY2g6IG9uZSBsaW5lIHBlciBlbnRyeS4gKi9cbmV4cG9ydCBmdW5jdGlvbiB1cGxvYWRSaXNrcyhkb21haW5zOiBzdHJpbmdbXSk6IHN0cmluZ1tdIHtcbiAgY29uc3Qgb3V0OiBzdHJpbmdbXSA9IFtdO1xuICBmb3IgKGNvbnN0IGQgb2YgZG9tYWlucykge1xuICAgIGNvbnN0IGhpdHMgPSBVUExPQURfSE9TVFMuZmlsdGVyKCh1KSA9PiBkb21haW5Db3ZlcnMoZCwgdS5ob3N0KSk7XG4gICAgaWYgKGhpdHMubGVuZ3RoKSBvdXQucHVzaChgJHtkfSAoJHtbLi4ubmV3IFNldChoaXRzLm1hcCgoaCkgPT4gaC5yaXNrKSldLmpvaW4oJzsgJyl9KWApO1xuICB9XG4gIHJldHVybiBvdXQ7XG59XG5cbi8qKiBUaGUgc3F1aWQgcG9ydCBvZiBhbiBlZ3Jlc3MgcHJveHkuICovXG5leHBvcnQgY29uc3QgU1FVSURfUE9SVCA9IDMxMjg7XG5cbi8qKlxuICogc3F1aWQuY29uZiBvZiBhbiBlZ3Jlc3MgcHJveHkuIFRoZSBhbGxvd2xpc3QgaXMgY2hlY2tlZCBmaXJzdCwgb24gdGhlIG5hbWUgdGhlIGNsaWVudCBhc2tlZFxuICogZm9yIChgZHN0ZG9tYWluIC1uYDogbm8gRE5TIGxvb2t1cCwgc28gYW4gSVAgbGl0ZXJhbCBuZXZlciBtYXRjaGVzIGFuZCBhIG5hbWUgb3V0c2lkZSB0aGVcbiAqIGxpc3QgaXMgcmVmdXNlZCBiZWZvcmUgc3F1aWQgcmVzb2x2ZXMgYW55dGhpbmc6IG5vIEROUyBsb29rdXBzIGZvciByZWZ1c2VkIG5hbWVzKTsgb25seSB0aGVuXG4gKiB0aGUgbWV0YWRhdGEgYWRkcmVzc2VzICh3aGljaCBuZWVkcyBhIGxvb2t1cCkgYW5kIHRoZSBwb3J0cy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNxdWlkQ29uZmlnKG5hbWU6IHN0cmluZywgYWxsb3dGaWxlOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gW1xuICAgIGAjIEVncmVzcyBwcm94eSBvZiAke25hbWV9OiBvbmx5IHRoZSBhbGxvd2xpc3RlZCByZXBvc2l0b3JpZXMgYXJlIHJlYWNoYWJsZS5gLFxuICAgIGBodHRwX3BvcnQgJHtTUVVJRF9QT1JUfWAsXG4gICAgYGFjbCBhbGxvd2VkX2RvbWFpbnMgZHN0ZG9tYWluIC1uIFwiJHthbGxvd0ZpbGV9XCJgLFxuICAgICdhY2wgbWV0YWRhdGEgZHN0IDE2OS4yNTQuMTY5LjI1NCAxNjkuMjU0LjE3MC4yIGZkMDA6ZWMyOjoyNTQnLFxuICAgICdhY2wgU1NMX3BvcnRzIHBvcnQgNDQzJyxcbiAgICAnYWNsIFNhZmVfcG9ydHMgcG9ydCA4MCcsXG4gICAgJ2FjbCBTYWZlX3BvcnRzIHBvcnQgNDQzJyxcbiAgICAnYWNsIENPTk5FQ1QgbWV0aG9kIENPTk5FQ1QnLFxuICAgICdodHRwX2FjY2VzcyBkZW55ICFhbGxvd2VkX2RvbWFpbnMnLFxuICAgICdodHRwX2FjY2VzcyBkZW55IG1ldGFkYXRhJyxcbiAgICAnaHR0cF9hY2Nlc3MgZGVueSAhU2FmZV9wb3J0cycsXG4gICAgJ2h0dHBfYWNjZXNzIGRlbnkgQ09OTkVDVCAhU1NMX3BvcnRzJyxcbiAgICAnaHR0cF9hY2Nlc3MgYWxsb3cgYWxsb3dlZF9kb21haW5zJyxcbiAgICAnaHR0cF9hY2Nlc3MgZGVueSBhbGwnLFxuICAgICdjYWNoZSBkZW55IGFsbCcsXG4gICAgJ2ZvcndhcmRlZF9mb3IgZGVsZXRlJyxcbiAgICAndmlhIG9mZicsXG4gICAgJ2h0dHBkX3N1cHByZXNzX3ZlcnNpb25fc3RyaW5nIG9uJyxcbiAgICBgdmlzaWJsZV9ob3N0bmFtZSBlZ3Jlc3MtcHJveHkuJHtuYW1lLnJlcGxhY2UoL1teQS1aYS16MC05Li1dL2csICctJyl9YCxcbiAgXS5qb2luKCdcXG4nKTtcbn1cblxuLyoqIFRoZSBzcXVpZCBhbGxvd2xpc3QgZmlsZTogb25lIGAuZG9tYWluYCBwZXIgd2lsZGNhcmQsIGV4YWN0IG5hbWVzIHRoYXQgbm8gd2lsZGNhcmQgY292ZXJzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNxdWlkQWxsb3dMaXN0KGRvbWFpbnM6IHN0cmluZ1tdKTogc3RyaW5nW10ge1xuICBjb25zdCB3aWxkID0gbmV3IFNldChkb21haW5zLmZpbHRlcigoZCkgPT4gZC5zdGFydHNXaXRoKCcqLicpKS5tYXAoKGQpID0+IGQuc2xpY2UoMikudG9Mb3dlckNhc2UoKSkpO1xuICBjb25zdCBsaW5lcyA9IG5ldyBTZXQ8c3RyaW5nPigpO1xuICBmb3IgKGNvbnN0IHcgb2Ygd2lsZCkgbGluZXMuYWRkKGAuJHt3fWApO1xuICBmb3IgKGNvbnN0IGQgb2YgZG9tYWlucy5maWx0ZXIoKHgpID0+ICF4LnN0YXJ0c1dpdGgoJyouJykpLm1hcCgoeCkgPT4geC50b0xvd2VyQ2FzZSgpKSkge1xuICAgIGlmICghWy4uLndpbGRdLnNvbWUoKHcpID0+IGQgPT09IHcgfHwgZC5lbmRzV2l0aChgLiR7d31gKSkpIGxpbmVzLmFkZChkKTtcbiAgfVxuICByZXR1cm4gWy4uLmxpbmVzXS5zb3J0KCk7XG59XG5cbi8qKiBVc2VyLWRhdGEgKEFtYXpvbiBMaW51eCAyMDIzKSBvZiBhbiBlZ3Jlc3MgcHJveHk6IHNxdWlkIHdpdGggdGhlIGFsbG93bGlzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzcXVpZFVzZXJEYXRhKG5hbWU6IHN0cmluZywgZG9tYWluczogc3RyaW5nW10pOiBzdHJpbmdbXSB7XG4gIGNvbnN0IGFsbG93RmlsZSA9ICcvZXRjL3NxdWlkL3J3cy1hbGxvd2VkLWRvbWFpbnMudHh0JztcbiAgcmV0dXJuIFtcbiAgICAnc2V0IC1ldW8gcGlwZWZhaWwnLFxuICAgICdkbmYgaW5zdGFsbCAteSBzcXVpZCcsXG4gICAgYGNhdCA+ICR7YWxsb3dGaWxlfSA8PCdSV1NfRU9GJ1xcbiR7c3F1aWRBbGxvd0xpc3QoZG9tYWlucykuam9pbignXFxuJyl9XFxuUldTX0VPRmAsXG4gICAgYGNhdCA+IC9ldGMvc3F1aWQvc3F1aWQuY29uZiA8PCdSV1NfRU9GJ1xcbiR7c3F1aWRDb25maWcobmFtZSwgYWxsb3dGaWxlKX1cXG5SV1NfRU9GYCxcbiAgICAnc3lzdGVtY3RsIGVuYWJsZSAtLW5vdyBzcXVpZCcsXG4gIF07XG59XG5cbi8qKlxuICogQSBzZWN1cml0eSBncm91cCB3aXRoIG5vIGlubGluZSBydWxlcyBhbmQgbm8gZGVmYXVsdCBlZ3Jlc3M6IGV2ZXJ5IHJ1bGUgaXMgYSByZXNvdXJjZSBvZiBpdHNcbiAqIG93biwgYW5kIHRoZSBncm91cCdzIGlubGluZSBlZ3Jlc3MgaXMgQ0RLJ3MgXCJtYXRjaCBubyB0cmFmZmljXCIgcGxhY2Vob2xkZXIsIHNvIHRoYXRcbiAqIENsb3VkRm9ybWF0aW9uIG5ldmVyIGxlYXZlcyBFQzIncyBkZWZhdWx0IGFsbG93LWFsbCBlZ3Jlc3MgcnVsZSBvbiBpdCAod2hpY2ggaXQgd291bGQgd2hlblxuICogdGhlIGlubGluZSBsaXN0IGlzIGVtcHR5IGFuZCBhbGwgcnVsZXMgYXJlIHNlcGFyYXRlIHJlc291cmNlcykuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb2NrZWRTZWN1cml0eUdyb3VwKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHZwYzogZWMyLklWcGMsIGRlc2NyaXB0aW9uOiBzdHJpbmcpOiBlYzIuU2VjdXJpdHlHcm91cCB7XG4gIGNvbnN0IHNnID0gbmV3IGVjMi5TZWN1cml0eUdyb3VwKHNjb3BlLCBpZCwgeyB2cGMsIGRlc2NyaXB0aW9uLCBhbGxvd0FsbE91dGJvdW5kOiBmYWxzZSwgZGlzYWJsZUlubGluZVJ1bGVzOiB0cnVlIH0pO1xuICAvLyBXaXRoIGlubGluZSBydWxlcyBkaXNhYmxlZCwgQ0RLIGFkZHMgaXRzIHBsYWNlaG9sZGVyIGFzIGEgcnVsZSByZXNvdXJjZSBvZiBpdHMgb3duLCB3aGljaFxuICAvLyBkb2VzIG5vdCByZW1vdmUgRUMyJ3MgZGVmYXVsdCBlZ3Jlc3MgcnVsZTogaXQgZ29lcyBpbmxpbmUgaW5zdGVhZC5cbiAgZm9yIChjb25zdCBjIG9mIFsuLi5zZy5ub2RlLmNoaWxkcmVuXSkge1xuICAgIGlmIChjIGluc3RhbmNlb2YgZWMyLkNmblNlY3VyaXR5R3JvdXBFZ3Jlc3MgJiYgYy5jaWRySXAgPT09IE5PX1RSQUZGSUMuQ2lkcklwKSBzZy5ub2RlLnRyeVJlbW92ZUNoaWxkKGMubm9kZS5pZCk7XG4gIH1cbiAgKHNnLm5vZGUuZGVmYXVsdENoaWxkIGFzIGVjMi5DZm5TZWN1cml0eUdyb3VwKS5hZGRQcm9wZXJ0eU92ZXJyaWRlKCdTZWN1cml0eUdyb3VwRWdyZXNzJywgW05PX1RSQUZGSUNdKTtcbiAgcmV0dXJuIHNnO1xufVxuXG4vKiogQ0RLJ3MgcGxhY2Vob2xkZXIgZWdyZXNzIHJ1bGUgdGhhdCBtYXRjaGVzIG5vIHRyYWZmaWMgKElDTVAgdHlwZSAyNTIgY29kZSA4NiB0byAyNTUuMjU1LjI1NS4yNTUvMzIpLiAqL1xuZXhwb3J0IGNvbnN0IE5PX1RSQUZGSUMgPSB7IENpZHJJcDogJzI1NS4yNTUuMjU1LjI1NS8zMicsIERlc2NyaXB0aW9uOiAnRGlzYWxsb3cgYWxsIHRyYWZmaWMnLCBJcFByb3RvY29sOiAnaWNtcCcsIEZyb21Qb3J0OiAyNTIsIFRvUG9ydDogODYgfTtcblxuXG4vKipcbiAqIFRoZSBpZCBvZiB0aGUgcmVnaW9uJ3MgUzMgcHJlZml4IGxpc3QsIGxvb2tlZCB1cCBhdCBkZXBsb3kgdGltZSAoQ2xvdWRGb3JtYXRpb24gaGFzIG5vXG4gKiBhdHRyaWJ1dGUgZm9yIGl0KSwgc28gdGhhdCBzZWN1cml0eSBncm91cHMgY2FuIG5hbWUgUzMgaW5zdGVhZCBvZiAwLjAuMC4wLzAuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsb29rVXBTM1ByZWZpeExpc3Qoc2NvcGU6IENvbnN0cnVjdCwga2V5OiBrbXMuSUtleSB8IHVuZGVmaW5lZCwgcmV0ZW50aW9uOiBsb2dzLlJldGVudGlvbkRheXMpOiBzdHJpbmcge1xuICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHNjb3BlKTtcbiAgY29uc3QgY2FsbDogY3IuQXdzU2RrQ2FsbCA9IHtcbiAgICBzZXJ2aWNlOiAnRUMyJyxcbiAgICBhY3Rpb246ICdkZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cycsXG4gICAgcGFyYW1ldGVyczogeyBGaWx0ZXJzOiBbeyBOYW1lOiAncHJlZml4LWxpc3QtbmFtZScsIFZhbHVlczogW2Bjb20uYW1hem9uYXdzLiR7QXdzLlJFR0lPTn0uczNgXSB9XSB9LFxuICAgIHBoeXNpY2FsUmVzb3VyY2VJZDogY3IuUGh5c2ljYWxSZXNvdXJjZUlkLm9mKGBzMy1wcmVmaXgtbGlzdC0ke3N0YWNrLnJlZ2lvbn1gKSxcbiAgICBvdXRwdXRQYXRoczogWydQcmVmaXhMaXN0cy4wLlByZWZpeExpc3RJZCddLFxuICB9O1xuICBjb25zdCBsb2dHcm91cCA9IG5ldyBsb2dzLkxvZ0dyb3VwKHNjb3BlLCAnUzNQcmVmaXhMaXN0TG9ncycsIHsgZW5jcnlwdGlvbktleToga2V5LCByZXRlbnRpb24sIHJlbW92YWxQb2xpY3k6IFJlbW92YWxQb2xpY3kuUkVUQUlOIH0pO1xuICBjb25zdCByb2xlID0gbmV3IE1hbmFnZWRQb2xpY3lSb2xlKHNjb3BlLCAnUzNQcmVmaXhMaXN0Um9sZScsIHtcbiAgICBhc3N1bWVkQnk6IG5ldyBpYW0uU2VydmljZVByaW5jaXBhbCgnbGFtYmRhLmFtYXpvbmF3cy5jb20nKSxcbiAgICBkZXNjcmlwdGlvbjogJ0xvb2tzIHVwIHRoZSByZWdpb25cXCdzIFMzIHByZWZpeCBsaXN0IGlkIGF0IGRlcGxveSB0aW1lIChlYzI6RGVzY3JpYmVNYW5hZ2VkUHJlZml4TGlzdHMgb25seSknLFxuICB9KTtcbiAgcm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7IHNpZDogJ0Rlc2NyaWJlUHJlZml4TGlzdHMnLCBhY3Rpb25zOiBbJ2VjMjpEZXNjcmliZU1hbmFnZWRQcmVmaXhMaXN0cyddLCByZXNvdXJjZXM6IFsnKiddIH0pKTtcbiAgcm9sZS5hZGRUb1ByaW5jaXBhbFBvbGljeShuZXcgaWFtLlBvbGljeVN0YXRlbWVudCh7XG4gICAgc2lkOiAnT3duTG9ncycsIGFjdGlvbnM6IFsnbG9nczpDcmVhdGVMb2dTdHJlYW0nLCAnbG9nczpQdXRMb2dFdmVudHMnXSwgcmVzb3VyY2VzOiBbbG9nR3JvdXAubG9nR3JvdXBBcm4sIGAke2xvZ0dyb3VwLmxvZ0dyb3VwQXJufToqYF0sXG4gIH0pKTtcbiAgYWNrbm93bGVkZ2VXaWxkY2FyZHMocm9sZS5ub2RlLnRyeUZpbmRDaGlsZCgnUG9saWN5JykgYXMgaWFtLk1hbmFnZWRQb2xpY3ksIChmaW5kaW5nKSA9PiB7XG4gICAgaWYgKGZpbmRpbmcgPT09ICdSZXNvdXJjZTo6KicpIHJldHVybiAnZWMyOkRlc2NyaWJlTWFuYWdlZFByZWZpeExpc3RzIGRvZXMgbm90IHN1cHBvcnQgcmVzb3VyY2UtbGV2ZWwgcGVybWlzc2lvbnM7IGl0IGlzIHJlYWQtb25seSBhbmQgaXMgdGhlIG9ubHkgRUMyIGFjdGlvbiB0aGlzIHJvbGUgaGFzLic7XG4gICAgaWYgKGZpbmRpbmcuZW5kc1dpdGgoJzoqJykpIHJldHVybiAnTG9nIHN0cmVhbXMgb2YgdGhlIGZ1bmN0aW9uXFwncyBvd24gbG9nIGdyb3VwIChgPGdyb3VwIEFSTj46KmAgaXMgaG93IENsb3VkV2F0Y2ggTG9ncyBuYW1lcyB0aGUgc3RyZWFtcyBvZiBvbmUgZ3JvdXApLic7XG4gICAgcmV0dXJuIHVuZGVmaW5lZDtcbiAgfSk7XG4gIGNvbnN0IGxvb2t1cCA9IG5ldyBjci5Bd3NDdXN0b21SZXNvdXJjZShzY29wZSwgJ1MzUHJlZml4TGlzdCcsIHsgb25DcmVhdGU6IGNhbGwsIG9uVXBkYXRlOiBjYWxsLCByb2xlLCBsb2dHcm91cCwgaW5zdGFsbExhdGVzdEF3c1NkazogZmFsc2UgfSk7XG4gIHJldHVybiBsb29rdXAuZ2V0UmVzcG9uc2VGaWVsZCgnUHJlZml4TGlzdHMuMC5QcmVmaXhMaXN0SWQnKTtcbn1cblxuLyoqIEhvc3RzIGEgd29ya3NwYWNlIGJlaGluZCB0aGUgZWdyZXNzIHByb3h5IHJlYWNoZXMgZGlyZWN0bHk6IG1ldGFkYXRhLCBpdHNlbGYsIHRoZSBWUEMgZW5kcG9pbnRzLiAqL1xuZXhwb3J0IGNvbnN0IFBST1hZX0JZUEFTUyA9ICcxNjkuMjU0LjE2OS4yNTQsMTY5LjI1NC4xNzAuMixsb2NhbGhvc3QsMTI3LjAuMC4xLC5hbWF6b25hd3MuY29tLC5pbnRlcm5hbCc7XG5cbi8qKlxuICogVGhlIHVzZXItZGF0YSBwYXJ0IHRoYXQgcG9pbnRzIGEgd29ya3NwYWNlIGF0IHRoZSBlZ3Jlc3MgcHJveHkgYmVmb3JlIGl0cyBwcm92aXNpb25pbmdcbiAqIHJ1bnM6IHRoZSBlbnZpcm9ubWVudCAobG9naW4gc2Vzc2lvbnMsIHNlcnZpY2VzKSwgYXB0LCBkbmYsIHBpcCwgY3VybCwgY29uZGEgYW5kIGdpdCwgd2hpY2hcbiAqIHRoZSBwcm92aXNpb25pbmcncyBkb3dubG9hZHMgcmVhZCAoY2xvdWQtaW5pdCBydW5zIGVhY2ggcGFydCBpbiBhIHByb2Nlc3Mgb2YgaXRzIG93biwgc29cbiAqIGV4cG9ydGVkIHZhcmlhYmxlcyB3b3VsZCBub3QgcmVhY2ggdGhlIG5leHQgcGFydCkuIEtlcHQgc2hvcnQ6IGl0IGNvdW50cyBhZ2FpbnN0IEVDMidzXG4gKiAxNiBLQiB1c2VyLWRhdGEgbGltaXQuIEEgdG9vbCB0aGF0IGlnbm9yZXMgYWxsIG9mIHRoZXNlIGdldHMgbm8gY29ubmVjdGlvbiBhdCBhbGw6IHRoZVxuICogd29ya3NwYWNlIHN1Ym5ldHMgaGF2ZSBubyByb3V0ZSBvdXQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwcm94eVBhcnQocHJveHlVcmw6IHN0cmluZyk6IHsgbmFtZTogc3RyaW5nOyBjb250ZW50OiBzdHJpbmcgfSB7XG4gIGlmICghL15odHRwOlxcL1xcL1thLXowLTkuLV0rOlswLTldezEsNX0kLy50ZXN0KHByb3h5VXJsKSkgdGhyb3cgbmV3IEVycm9yKGBwcm94eSBVUkwgJHtKU09OLnN0cmluZ2lmeShwcm94eVVybCl9IGlzIG5vdCBodHRwOi8vPGhvc3Q+Ojxwb3J0PiAoaW50ZXJuYWwgZXJyb3IpYCk7XG4gIHJldHVybiB7XG4gICAgbmFtZTogJzAxLXJ3cy1lZ3Jlc3MtcHJveHkuc2gnLFxuICAgIGNvbnRlbnQ6IFtcbiAgICAgICcjIS9iaW4vc2gnLFxuICAgICAgJyMgRWdyZXNzIFwicHJveGllZFwiOiB0aGUgaW50ZXJuZXQgb25seSB0aHJvdWdoIHRoZSBsYWJcXCdzIGVncmVzcyBwcm94eSAobm8gb3RoZXIgcm91dGUgb3V0KS4nLFxuICAgICAgJ3NldCAtZXUnLFxuICAgICAgYHA9JyR7cHJveHlVcmx9J2AsXG4gICAgICBgbj0nJHtQUk9YWV9CWVBBU1N9J2AsXG4gICAgICAncHJpbnRmIFxcJ2h0dHBfcHJveHk9JXNcXFxcbmh0dHBzX3Byb3h5PSVzXFxcXG5IVFRQX1BST1hZPSVzXFxcXG5IVFRQU19QUk9YWT0lc1xcXFxubm9fcHJveHk9JXNcXFxcbk5PX1BST1hZPSVzXFxcXG5cXCcgXCIkcFwiIFwiJHBcIiBcIiRwXCIgXCIkcFwiIFwiJG5cIiBcIiRuXCIgPj4vZXRjL2Vudmlyb25tZW50JyxcbiAgICAgICdwcmludGYgXFwnZXhwb3J0IGh0dHBfcHJveHk9JXMgaHR0cHNfcHJveHk9JXMgSFRUUF9QUk9YWT0lcyBIVFRQU19QUk9YWT0lcyBub19wcm94eT0lcyBOT19QUk9YWT0lc1xcXFxuXFwnIFwiJHBcIiBcIiRwXCIgXCIkcFwiIFwiJHBcIiBcIiRuXCIgXCIkblwiID4vZXRjL3Byb2ZpbGUuZC9yd3MtcHJveHkuc2gnLFxuICAgICAgJ2lmIFsgLWQgL2V0Yy9hcHQvYXB0LmNvbmYuZCBdOyB0aGVuIHByaW50ZiBcXCdBY3F1aXJlOjpodHRwOjpQcm94eSBcIiVzXCI7XFxcXG5BY3F1aXJlOjpodHRwczo6UHJveHkgXCIlc1wiO1xcXFxuXFwnIFwiJHBcIiBcIiRwXCIgPi9ldGMvYXB0L2FwdC5jb25mLmQvOTVyd3MtcHJveHk7IGZpJyxcbiAgICAgICdpZiBbIC1mIC9ldGMvZG5mL2RuZi5jb25mIF07IHRoZW4gcHJpbnRmIFxcJ3Byb3h5PSVzXFxcXG5cXCcgXCIkcFwiID4+L2V0Yy9kbmYvZG5mLmNvbmY7IGZpJyxcbiAgICAgICdwcmludGYgXFwnW2dsb2JhbF1cXFxcbnByb3h5ID0gJXNcXFxcblxcJyBcIiRwXCIgPi9ldGMvcGlwLmNvbmYnLFxuICAgICAgJ3ByaW50ZiBcXCdwcm94eSA9IFwiJXNcIlxcXFxubm9wcm94eSA9IFwiJXNcIlxcXFxuXFwnIFwiJHBcIiBcIiRuXCIgPi9yb290Ly5jdXJscmMnLFxuICAgICAgJ21rZGlyIC1wIC9ldGMvY29uZGEgJiYgcHJpbnRmIFxcJ3Byb3h5X3NlcnZlcnM6XFxcXG4gIGh0dHA6ICVzXFxcXG4gIGh0dHBzOiAlc1xcXFxuXFwnIFwiJHBcIiBcIiRwXCIgPi9ldGMvY29uZGEvLmNvbmRhcmMnLFxuICAgICAgJ2lmIGNvbW1hbmQgLXYgZ2l0ID4vZGV2L251bGwgMj4mMTsgdGhlbiBnaXQgY29uZmlnIC0tc3lzdGVtIGh0dHAucHJveHkgXCIkcFwiOyBmaScsXG4gICAgICAnJyxcbiAgICBdLmpvaW4oJ1xcbicpLFxuICB9O1xufVxuIl19