/**
 * The AWS data perimeter of labs and permits: VPC endpoint policies limited to the lab's
 * account (principal AND resource), the AWS-owned buckets the package manager and the SSM
 * agent must read, the Session Manager permissions a workspace needs instead of the broad
 * AmazonSSMManagedInstanceCore, the squid configuration of the egress proxy, and the hosts
 * that can receive uploads. Internal: not exported from the package.
 */
import { Aws, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as cr from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { acknowledgeWildcards } from './airlock-nag';
import { ManagedPolicyRole } from '../../private/props';

/** Sid of the statement every endpoint policy has: the lab's principals on the lab's resources. */
export const OWN_ACCOUNT_SID = 'LabPrincipalsToLabResources';

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
export const AWS_OWNED_BUCKETS: Array<{ name: string; why: string }> = [
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
export function awsOwnedObjectArns(): string[] {
  return AWS_OWNED_BUCKETS.map((b) => `arn:${Aws.PARTITION}:s3:::${b.name.replace('%s', Aws.REGION)}/*`);
}

/** The condition of the perimeter: principal and resource both in the lab's account. */
export function ownAccountCondition(): { [k: string]: any } {
  return { StringEquals: { 'aws:PrincipalAccount': Aws.ACCOUNT_ID, 'aws:ResourceAccount': Aws.ACCOUNT_ID } };
}

/**
 * The policy of an interface endpoint: the lab's principals on the lab's resources; for
 * Systems Manager also reading AWS-owned documents (State Manager runs `AWS-*` documents,
 * which belong to no account of the lab).
 */
export function limitInterfaceEndpoint(ep: ec2.InterfaceVpcEndpoint, ssmDocuments: boolean): void {
  ep.addToPolicy(new iam.PolicyStatement({
    sid: OWN_ACCOUNT_SID, principals: [new iam.AnyPrincipal()], actions: ['*'], resources: ['*'], conditions: ownAccountCondition(),
  }));
  if (ssmDocuments) {
    ep.addToPolicy(new iam.PolicyStatement({
      sid: 'LabPrincipalsReadAwsOwnedDocuments',
      principals: [new iam.AnyPrincipal()],
      actions: ['ssm:GetDocument', 'ssm:DescribeDocument'],
      resources: [`arn:${Aws.PARTITION}:ssm:${Aws.REGION}::document/*`],
      conditions: { StringEquals: { 'aws:PrincipalAccount': Aws.ACCOUNT_ID } },
    }));
  }
}

/** The policy of the S3 gateway endpoint: the lab's buckets, and reading the AWS-owned buckets above. */
export function limitS3Endpoint(ep: ec2.GatewayVpcEndpoint, extraResources: string[] = []): void {
  ep.addToPolicy(new iam.PolicyStatement({
    sid: OWN_ACCOUNT_SID, principals: [new iam.AnyPrincipal()], actions: ['s3:*'], resources: ['*'], conditions: ownAccountCondition(),
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
export function sessionManagerPolicy(scope: Construct, id: string, role: iam.IRole, what: string): iam.ManagedPolicy {
  const p = Aws.PARTITION;
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
        resources: [`arn:${p}:ssm:${Aws.REGION}:${Aws.ACCOUNT_ID}:document/*`, `arn:${p}:ssm:${Aws.REGION}::document/*`],
      }),
    ],
  });
  acknowledgeWildcards(policy, (finding) => {
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
export const UPLOAD_HOSTS: Array<{ host: string; risk: string }> = [
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
export function domainCovers(entry: string, host: string): boolean {
  const e = entry.toLowerCase();
  const h = host.toLowerCase();
  if (e.startsWith('*.')) return h.endsWith(e.slice(1));
  return e === h;
}

/** The upload hosts an allowlist reaches, with the risk of each: one line per entry. */
export function uploadRisks(domains: string[]): string[] {
  const out: string[] = [];
  for (const d of domains) {
    const hits = UPLOAD_HOSTS.filter((u) => domainCovers(d, u.host));
    if (hits.length) out.push(`${d} (${[...new Set(hits.map((h) => h.risk))].join('; ')})`);
  }
  return out;
}

/** The squid port of an egress proxy. */
export const SQUID_PORT = 3128;

/**
 * squid.conf of an egress proxy. The allowlist is checked first, on the name the client asked
 * for (`dstdomain -n`: no DNS lookup, so an IP literal never matches and a name outside the
 * list is refused before squid resolves anything: no DNS lookups for refused names); only then
 * the metadata addresses (which needs a lookup) and the ports.
 */
export function squidConfig(name: string, allowFile: string): string {
  return [
    `# Egress proxy of ${name}: only the allowlisted repositories are reachable.`,
    `http_port ${SQUID_PORT}`,
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
export function squidAllowList(domains: string[]): string[] {
  const wild = new Set(domains.filter((d) => d.startsWith('*.')).map((d) => d.slice(2).toLowerCase()));
  const lines = new Set<string>();
  for (const w of wild) lines.add(`.${w}`);
  for (const d of domains.filter((x) => !x.startsWith('*.')).map((x) => x.toLowerCase())) {
    if (![...wild].some((w) => d === w || d.endsWith(`.${w}`))) lines.add(d);
  }
  return [...lines].sort();
}

/** User-data (Amazon Linux 2023) of an egress proxy: squid with the allowlist. */
export function squidUserData(name: string, domains: string[]): string[] {
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
export function lockedSecurityGroup(scope: Construct, id: string, vpc: ec2.IVpc, description: string): ec2.SecurityGroup {
  const sg = new ec2.SecurityGroup(scope, id, { vpc, description, allowAllOutbound: false, disableInlineRules: true });
  // With inline rules disabled, CDK adds its placeholder as a rule resource of its own, which
  // does not remove EC2's default egress rule: it goes inline instead.
  for (const c of [...sg.node.children]) {
    if (c instanceof ec2.CfnSecurityGroupEgress && c.cidrIp === NO_TRAFFIC.CidrIp) sg.node.tryRemoveChild(c.node.id);
  }
  (sg.node.defaultChild as ec2.CfnSecurityGroup).addPropertyOverride('SecurityGroupEgress', [NO_TRAFFIC]);
  return sg;
}

/** CDK's placeholder egress rule that matches no traffic (ICMP type 252 code 86 to 255.255.255.255/32). */
export const NO_TRAFFIC = { CidrIp: '255.255.255.255/32', Description: 'Disallow all traffic', IpProtocol: 'icmp', FromPort: 252, ToPort: 86 };


/**
 * The id of the region's S3 prefix list, looked up at deploy time (CloudFormation has no
 * attribute for it), so that security groups can name S3 instead of 0.0.0.0/0.
 */
export function lookUpS3PrefixList(scope: Construct, key: kms.IKey | undefined, retention: logs.RetentionDays): string {
  const stack = Stack.of(scope);
  const call: cr.AwsSdkCall = {
    service: 'EC2',
    action: 'describeManagedPrefixLists',
    parameters: { Filters: [{ Name: 'prefix-list-name', Values: [`com.amazonaws.${Aws.REGION}.s3`] }] },
    physicalResourceId: cr.PhysicalResourceId.of(`s3-prefix-list-${stack.region}`),
    outputPaths: ['PrefixLists.0.PrefixListId'],
  };
  const logGroup = new logs.LogGroup(scope, 'S3PrefixListLogs', { encryptionKey: key, retention, removalPolicy: RemovalPolicy.RETAIN });
  const role = new ManagedPolicyRole(scope, 'S3PrefixListRole', {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: 'Looks up the region\'s S3 prefix list id at deploy time (ec2:DescribeManagedPrefixLists only)',
  });
  role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'DescribePrefixLists', actions: ['ec2:DescribeManagedPrefixLists'], resources: ['*'] }));
  role.addToPrincipalPolicy(new iam.PolicyStatement({
    sid: 'OwnLogs', actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [logGroup.logGroupArn, `${logGroup.logGroupArn}:*`],
  }));
  acknowledgeWildcards(role.node.tryFindChild('Policy') as iam.ManagedPolicy, (finding) => {
    if (finding === 'Resource::*') return 'ec2:DescribeManagedPrefixLists does not support resource-level permissions; it is read-only and is the only EC2 action this role has.';
    if (finding.endsWith(':*')) return 'Log streams of the function\'s own log group (`<group ARN>:*` is how CloudWatch Logs names the streams of one group).';
    return undefined;
  });
  const lookup = new cr.AwsCustomResource(scope, 'S3PrefixList', { onCreate: call, onUpdate: call, role, logGroup, installLatestAwsSdk: false });
  return lookup.getResponseField('PrefixLists.0.PrefixListId');
}

/** Hosts a workspace behind the egress proxy reaches directly: metadata, itself, the VPC endpoints. */
export const PROXY_BYPASS = '169.254.169.254,169.254.170.2,localhost,127.0.0.1,.amazonaws.com,.internal';

/**
 * The user-data part that points a workspace at the egress proxy before its provisioning
 * runs: the environment (login sessions, services), apt, dnf, pip, curl, conda and git, which
 * the provisioning's downloads read (cloud-init runs each part in a process of its own, so
 * exported variables would not reach the next part). Kept short: it counts against EC2's
 * 16 KB user-data limit. A tool that ignores all of these gets no connection at all: the
 * workspace subnets have no route out.
 */
export function proxyPart(proxyUrl: string): { name: string; content: string } {
  if (!/^http:\/\/[a-z0-9.-]+:[0-9]{1,5}$/.test(proxyUrl)) throw new Error(`proxy URL ${JSON.stringify(proxyUrl)} is not http://<host>:<port> (internal error)`);
  return {
    name: '01-rws-egress-proxy.sh',
    content: [
      '#!/bin/sh',
      '# Egress "proxied": the internet only through the lab\'s egress proxy (no other route out).',
      'set -eu',
      `p='${proxyUrl}'`,
      `n='${PROXY_BYPASS}'`,
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
