/**
 * The ingress airlock on AWS Transfer Family: an SFTP server with a VPC endpoint (public
 * addresses from Elastic IPs, or private only), whose security group admits TCP 22 from the
 * data holders' CIDRs and nothing else; one service-managed user per data holder whose home
 * is a logical directory mapped onto that holder's upload bucket (`/` -> `/<bucket>/incoming`),
 * whose role may only PutObject there, and whose session policy repeats it: no Get, no List,
 * no Delete, so an upload cannot be read back, listed or removed, not even by its author.
 */
import { Annotations, Aws, RemovalPolicy, Stack, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { Construct } from 'constructs';
import { lockedSecurityGroup } from './airlock-network';
import { PermitBucket } from './airlock-storage';
import { PermitPlan, PlannedWorkspace } from '../../../workspaces/permit';
import { ManagedPolicyRole } from '../../private/props';

/** Folder inside each upload bucket that the data holder's home maps to. */
export const INCOMING_PREFIX = 'incoming';
/** Transfer Family security policy: TLS/SSH algorithms of 2024 (no SHA-1, no CBC). */
export const SFTP_SECURITY_POLICY = 'TransferSecurityPolicy-2024-01';

export interface AirlockSftpProps {
  readonly plan: PermitPlan;
  readonly airlock: PlannedWorkspace;
  readonly vpc: ec2.IVpc;
  readonly subnets: ec2.ISubnet[];
  readonly internetFacing: boolean;
  readonly uploadBuckets: PermitBucket[];
  readonly key: kms.IKey;
  readonly logKey: kms.IKey;
  readonly logRetention: logs.RetentionDays;
  /** Public keys per data holder id. */
  readonly keys: Map<string, string[]>;
}

export class AirlockSftp extends Construct {
  public readonly server: transfer.CfnServer;
  public readonly securityGroup: ec2.SecurityGroup;
  public readonly addresses: ec2.CfnEIP[] = [];
  public readonly logGroup: logs.LogGroup;
  /** Role of each data holder (principal `sftp:<holder>`). */
  public readonly roles = new Map<string, iam.Role>();
  public readonly users = new Map<string, transfer.CfnUser>();

  constructor(scope: Construct, id: string, props: AirlockSftpProps) {
    super(scope, id);
    const { plan, airlock } = props;
    this.securityGroup = lockedSecurityGroup(this, 'SecurityGroup', props.vpc, `SFTP airlock of permit ${plan.permitId}: TCP 22 from the data holder networks only`);
    for (const cidr of airlock.ingressCidrs) {
      const peer = cidr.includes(':') ? ec2.Peer.ipv6(cidr) : ec2.Peer.ipv4(cidr);
      this.securityGroup.addIngressRule(peer, ec2.Port.tcp(22), `SFTP from a data holder network (${cidr})`);
    }
    const v6 = airlock.ingressCidrs.filter((c) => c.includes(':'));
    if (v6.length) {
      Annotations.of(this).addWarningV2('rws:airlock-ipv6',
        `the SFTP endpoint has IPv4 addresses only: data holders connecting from ${v6.join(', ')} are admitted by the security group but must reach the airlock over IPv4`);
    }
    if (props.internetFacing) {
      props.subnets.forEach((_, i) => this.addresses.push(new ec2.CfnEIP(this, `Address${i}`, { domain: 'vpc' })));
    }
    this.logGroup = new logs.LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.server = new transfer.CfnServer(this, 'Server', {
      domain: 'S3',
      protocols: ['SFTP'],
      identityProviderType: 'SERVICE_MANAGED',
      endpointType: 'VPC',
      endpointDetails: {
        vpcId: props.vpc.vpcId,
        subnetIds: props.subnets.map((s) => s.subnetId),
        securityGroupIds: [this.securityGroup.securityGroupId],
        addressAllocationIds: props.internetFacing ? this.addresses.map((a) => a.attrAllocationId) : undefined,
      },
      securityPolicyName: SFTP_SECURITY_POLICY,
      structuredLogDestinations: [this.logGroup.logGroupArn],
      preAuthenticationLoginBanner: `Permit ${plan.permitId} ingress airlock. Uploads only: files cannot be listed, downloaded or deleted. Access is logged.`,
      s3StorageOptions: { directoryListingOptimization: 'DISABLED' },
    });
    for (const b of props.uploadBuckets) {
      const holder = b.access.volume.replace(/^upload-/, '');
      const user = airlock.users.find((u) => u.name === holder);
      if (!user) continue;
      const role = new ManagedPolicyRole(this, `Role-${holder}`, {
        assumedBy: new iam.ServicePrincipal('transfer.amazonaws.com', {
          conditions: {
            StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID },
            ArnLike: { 'aws:SourceArn': `arn:${Aws.PARTITION}:transfer:${Aws.REGION}:${Aws.ACCOUNT_ID}:user/${this.server.attrServerId}/*` },
          },
        }),
        description: `SFTP uploads of data holder ${holder} into permit ${plan.permitId} (PutObject only)`,
      });
      Tags.of(role).add('permit:data-holder', holder);
      this.roles.set(holder, role);
      const home = `${b.bucket.bucketName}/${INCOMING_PREFIX}`;
      const sessionPolicy = Stack.of(this).toJsonString({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'UploadOnly',
            Effect: 'Allow',
            Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
            Resource: `arn:${Aws.PARTITION}:s3:::${home}/*`,
          },
          {
            Sid: 'KeyForUploads',
            Effect: 'Allow',
            Action: ['kms:GenerateDataKey', 'kms:Decrypt'],
            Resource: props.key.keyArn,
          },
        ],
      });
      const u = new transfer.CfnUser(this, `User-${holder}`, {
        serverId: this.server.attrServerId,
        userName: holder,
        role: role.roleArn,
        homeDirectoryType: 'LOGICAL',
        homeDirectoryMappings: [{ entry: '/', target: `/${home}` }],
        policy: sessionPolicy,
        sshPublicKeys: props.keys.get(holder),
      });
      this.users.set(holder, u);
    }
  }
}
