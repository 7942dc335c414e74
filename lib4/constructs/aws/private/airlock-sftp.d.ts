import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as transfer from 'aws-cdk-lib/aws-transfer';
import { Construct } from 'constructs';
import { PermitBucket } from './airlock-storage';
import { PermitPlan, PlannedWorkspace } from '../../../workspaces/permit';
/** Folder inside each upload bucket that the data holder's home maps to. */
export declare const INCOMING_PREFIX = "incoming";
/** Transfer Family security policy: TLS/SSH algorithms of 2024 (no SHA-1, no CBC). */
export declare const SFTP_SECURITY_POLICY = "TransferSecurityPolicy-2024-01";
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
export declare class AirlockSftp extends Construct {
    readonly server: transfer.CfnServer;
    readonly securityGroup: ec2.SecurityGroup;
    readonly addresses: ec2.CfnEIP[];
    readonly logGroup: logs.LogGroup;
    /** Role of each data holder (principal `sftp:<holder>`). */
    readonly roles: Map<string, iam.Role>;
    readonly users: Map<string, transfer.CfnUser>;
    constructor(scope: Construct, id: string, props: AirlockSftpProps);
}
