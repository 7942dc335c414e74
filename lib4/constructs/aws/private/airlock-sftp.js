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
exports.AirlockSftp = exports.SFTP_SECURITY_POLICY = exports.INCOMING_PREFIX = void 0;
/**
 * The ingress airlock on AWS Transfer Family: an SFTP server with a VPC endpoint (public
 * addresses from Elastic IPs, or private only), whose security group admits TCP 22 from the
 * data holders' CIDRs and nothing else; one service-managed user per data holder whose home
 * is a logical directory mapped onto that holder's upload bucket (`/` -> `/<bucket>/incoming`),
 * whose role may only PutObject there, and whose session policy repeats it: no Get, no List,
 * no Delete, so an upload cannot be read back, listed or removed, not even by its author.
 */
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const transfer = __importStar(require("aws-cdk-lib/aws-transfer"));
const constructs_1 = require("constructs");
const airlock_network_1 = require("./airlock-network");
const props_1 = require("../../private/props");
/** Folder inside each upload bucket that the data holder's home maps to. */
exports.INCOMING_PREFIX = 'incoming';
/** Transfer Family security policy: TLS/SSH algorithms of 2024 (no SHA-1, no CBC). */
exports.SFTP_SECURITY_POLICY = 'TransferSecurityPolicy-2024-01';
class AirlockSftp extends constructs_1.Construct {
    server;
    securityGroup;
    addresses = [];
    logGroup;
    /** Role of each data holder (principal `sftp:<holder>`). */
    roles = new Map();
    users = new Map();
    constructor(scope, id, props) {
        super(scope, id);
        const { plan, airlock } = props;
        this.securityGroup = (0, airlock_network_1.lockedSecurityGroup)(this, 'SecurityGroup', props.vpc, `SFTP airlock of permit ${plan.permitId}: TCP 22 from the data holder networks only`);
        for (const cidr of airlock.ingressCidrs) {
            const peer = cidr.includes(':') ? ec2.Peer.ipv6(cidr) : ec2.Peer.ipv4(cidr);
            this.securityGroup.addIngressRule(peer, ec2.Port.tcp(22), `SFTP from a data holder network (${cidr})`);
        }
        const v6 = airlock.ingressCidrs.filter((c) => c.includes(':'));
        if (v6.length) {
            aws_cdk_lib_1.Annotations.of(this).addWarningV2('rws:airlock-ipv6', `the SFTP endpoint has IPv4 addresses only: data holders connecting from ${v6.join(', ')} are admitted by the security group but must reach the airlock over IPv4`);
        }
        if (props.internetFacing) {
            props.subnets.forEach((_, i) => this.addresses.push(new ec2.CfnEIP(this, `Address${i}`, { domain: 'vpc' })));
        }
        this.logGroup = new logs.LogGroup(this, 'Logs', {
            encryptionKey: props.logKey,
            retention: props.logRetention,
            removalPolicy: aws_cdk_lib_1.RemovalPolicy.RETAIN,
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
            securityPolicyName: exports.SFTP_SECURITY_POLICY,
            structuredLogDestinations: [this.logGroup.logGroupArn],
            preAuthenticationLoginBanner: `Permit ${plan.permitId} ingress airlock. Uploads only: files cannot be listed, downloaded or deleted. Access is logged.`,
            s3StorageOptions: { directoryListingOptimization: 'DISABLED' },
        });
        for (const b of props.uploadBuckets) {
            const holder = b.access.volume.replace(/^upload-/, '');
            const user = airlock.users.find((u) => u.name === holder);
            if (!user)
                continue;
            const role = new props_1.ManagedPolicyRole(this, `Role-${holder}`, {
                assumedBy: new iam.ServicePrincipal('transfer.amazonaws.com', {
                    conditions: {
                        StringEquals: { 'aws:SourceAccount': aws_cdk_lib_1.Aws.ACCOUNT_ID },
                        ArnLike: { 'aws:SourceArn': `arn:${aws_cdk_lib_1.Aws.PARTITION}:transfer:${aws_cdk_lib_1.Aws.REGION}:${aws_cdk_lib_1.Aws.ACCOUNT_ID}:user/${this.server.attrServerId}/*` },
                    },
                }),
                description: `SFTP uploads of data holder ${holder} into permit ${plan.permitId} (PutObject only)`,
            });
            aws_cdk_lib_1.Tags.of(role).add('permit:data-holder', holder);
            this.roles.set(holder, role);
            const home = `${b.bucket.bucketName}/${exports.INCOMING_PREFIX}`;
            const sessionPolicy = aws_cdk_lib_1.Stack.of(this).toJsonString({
                Version: '2012-10-17',
                Statement: [
                    {
                        Sid: 'UploadOnly',
                        Effect: 'Allow',
                        Action: ['s3:PutObject', 's3:AbortMultipartUpload'],
                        Resource: `arn:${aws_cdk_lib_1.Aws.PARTITION}:s3:::${home}/*`,
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
exports.AirlockSftp = AirlockSftp;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiYWlybG9jay1zZnRwLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvYWlybG9jay1zZnRwLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBOzs7Ozs7O0dBT0c7QUFDSCw2Q0FBMkU7QUFDM0UseURBQTJDO0FBQzNDLHlEQUEyQztBQUUzQywyREFBNkM7QUFDN0MsbUVBQXFEO0FBQ3JELDJDQUF1QztBQUN2Qyx1REFBd0Q7QUFHeEQsK0NBQXdEO0FBRXhELDRFQUE0RTtBQUMvRCxRQUFBLGVBQWUsR0FBRyxVQUFVLENBQUM7QUFDMUMsc0ZBQXNGO0FBQ3pFLFFBQUEsb0JBQW9CLEdBQUcsZ0NBQWdDLENBQUM7QUFnQnJFLE1BQWEsV0FBWSxTQUFRLHNCQUFTO0lBQ3hCLE1BQU0sQ0FBcUI7SUFDM0IsYUFBYSxDQUFvQjtJQUNqQyxTQUFTLEdBQWlCLEVBQUUsQ0FBQztJQUM3QixRQUFRLENBQWdCO0lBQ3hDLDREQUE0RDtJQUM1QyxLQUFLLEdBQUcsSUFBSSxHQUFHLEVBQW9CLENBQUM7SUFDcEMsS0FBSyxHQUFHLElBQUksR0FBRyxFQUE0QixDQUFDO0lBRTVELFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBdUI7UUFDL0QsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixNQUFNLEVBQUUsSUFBSSxFQUFFLE9BQU8sRUFBRSxHQUFHLEtBQUssQ0FBQztRQUNoQyxJQUFJLENBQUMsYUFBYSxHQUFHLElBQUEscUNBQW1CLEVBQUMsSUFBSSxFQUFFLGVBQWUsRUFBRSxLQUFLLENBQUMsR0FBRyxFQUFFLDBCQUEwQixJQUFJLENBQUMsUUFBUSw2Q0FBNkMsQ0FBQyxDQUFDO1FBQ2pLLEtBQUssTUFBTSxJQUFJLElBQUksT0FBTyxDQUFDLFlBQVksRUFBRSxDQUFDO1lBQ3hDLE1BQU0sSUFBSSxHQUFHLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUM1RSxJQUFJLENBQUMsYUFBYSxDQUFDLGNBQWMsQ0FBQyxJQUFJLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsRUFBRSxDQUFDLEVBQUUsb0NBQW9DLElBQUksR0FBRyxDQUFDLENBQUM7UUFDekcsQ0FBQztRQUNELE1BQU0sRUFBRSxHQUFHLE9BQU8sQ0FBQyxZQUFZLENBQUMsTUFBTSxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLENBQUMsUUFBUSxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUM7UUFDL0QsSUFBSSxFQUFFLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDZCx5QkFBVyxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxZQUFZLENBQUMsa0JBQWtCLEVBQ2xELDJFQUEyRSxFQUFFLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQywwRUFBMEUsQ0FBQyxDQUFDO1FBQ3hLLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxjQUFjLEVBQUUsQ0FBQztZQUN6QixLQUFLLENBQUMsT0FBTyxDQUFDLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLElBQUksQ0FBQyxTQUFTLENBQUMsSUFBSSxDQUFDLElBQUksR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJLEVBQUUsVUFBVSxDQUFDLEVBQUUsRUFBRSxFQUFFLE1BQU0sRUFBRSxLQUFLLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQztRQUMvRyxDQUFDO1FBQ0QsSUFBSSxDQUFDLFFBQVEsR0FBRyxJQUFJLElBQUksQ0FBQyxRQUFRLENBQUMsSUFBSSxFQUFFLE1BQU0sRUFBRTtZQUM5QyxhQUFhLEVBQUUsS0FBSyxDQUFDLE1BQU07WUFDM0IsU0FBUyxFQUFFLEtBQUssQ0FBQyxZQUFZO1lBQzdCLGFBQWEsRUFBRSwyQkFBYSxDQUFDLE1BQU07U0FDcEMsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLE1BQU0sR0FBRyxJQUFJLFFBQVEsQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLFFBQVEsRUFBRTtZQUNuRCxNQUFNLEVBQUUsSUFBSTtZQUNaLFNBQVMsRUFBRSxDQUFDLE1BQU0sQ0FBQztZQUNuQixvQkFBb0IsRUFBRSxpQkFBaUI7WUFDdkMsWUFBWSxFQUFFLEtBQUs7WUFDbkIsZUFBZSxFQUFFO2dCQUNmLEtBQUssRUFBRSxLQUFLLENBQUMsR0FBRyxDQUFDLEtBQUs7Z0JBQ3RCLFNBQVMsRUFBRSxLQUFLLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQztnQkFDL0MsZ0JBQWdCLEVBQUUsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLGVBQWUsQ0FBQztnQkFDdEQsb0JBQW9CLEVBQUUsS0FBSyxDQUFDLGNBQWMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO2FBQ3ZHO1lBQ0Qsa0JBQWtCLEVBQUUsNEJBQW9CO1lBQ3hDLHlCQUF5QixFQUFFLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxXQUFXLENBQUM7WUFDdEQsNEJBQTRCLEVBQUUsVUFBVSxJQUFJLENBQUMsUUFBUSxrR0FBa0c7WUFDdkosZ0JBQWdCLEVBQUUsRUFBRSw0QkFBNEIsRUFBRSxVQUFVLEVBQUU7U0FDL0QsQ0FBQyxDQUFDO1FBQ0gsS0FBSyxNQUFNLENBQUMsSUFBSSxLQUFLLENBQUMsYUFBYSxFQUFFLENBQUM7WUFDcEMsTUFBTSxNQUFNLEdBQUcsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxNQUFNLENBQUMsT0FBTyxDQUFDLFVBQVUsRUFBRSxFQUFFLENBQUMsQ0FBQztZQUN2RCxNQUFNLElBQUksR0FBRyxPQUFPLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQztZQUMxRCxJQUFJLENBQUMsSUFBSTtnQkFBRSxTQUFTO1lBQ3BCLE1BQU0sSUFBSSxHQUFHLElBQUkseUJBQWlCLENBQUMsSUFBSSxFQUFFLFFBQVEsTUFBTSxFQUFFLEVBQUU7Z0JBQ3pELFNBQVMsRUFBRSxJQUFJLEdBQUcsQ0FBQyxnQkFBZ0IsQ0FBQyx3QkFBd0IsRUFBRTtvQkFDNUQsVUFBVSxFQUFFO3dCQUNWLFlBQVksRUFBRSxFQUFFLG1CQUFtQixFQUFFLGlCQUFHLENBQUMsVUFBVSxFQUFFO3dCQUNyRCxPQUFPLEVBQUUsRUFBRSxlQUFlLEVBQUUsT0FBTyxpQkFBRyxDQUFDLFNBQVMsYUFBYSxpQkFBRyxDQUFDLE1BQU0sSUFBSSxpQkFBRyxDQUFDLFVBQVUsU0FBUyxJQUFJLENBQUMsTUFBTSxDQUFDLFlBQVksSUFBSSxFQUFFO3FCQUNqSTtpQkFDRixDQUFDO2dCQUNGLFdBQVcsRUFBRSwrQkFBK0IsTUFBTSxnQkFBZ0IsSUFBSSxDQUFDLFFBQVEsbUJBQW1CO2FBQ25HLENBQUMsQ0FBQztZQUNILGtCQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxvQkFBb0IsRUFBRSxNQUFNLENBQUMsQ0FBQztZQUNoRCxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUM7WUFDN0IsTUFBTSxJQUFJLEdBQUcsR0FBRyxDQUFDLENBQUMsTUFBTSxDQUFDLFVBQVUsSUFBSSx1QkFBZSxFQUFFLENBQUM7WUFDekQsTUFBTSxhQUFhLEdBQUcsbUJBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsWUFBWSxDQUFDO2dCQUNoRCxPQUFPLEVBQUUsWUFBWTtnQkFDckIsU0FBUyxFQUFFO29CQUNUO3dCQUNFLEdBQUcsRUFBRSxZQUFZO3dCQUNqQixNQUFNLEVBQUUsT0FBTzt3QkFDZixNQUFNLEVBQUUsQ0FBQyxjQUFjLEVBQUUseUJBQXlCLENBQUM7d0JBQ25ELFFBQVEsRUFBRSxPQUFPLGlCQUFHLENBQUMsU0FBUyxTQUFTLElBQUksSUFBSTtxQkFDaEQ7b0JBQ0Q7d0JBQ0UsR0FBRyxFQUFFLGVBQWU7d0JBQ3BCLE1BQU0sRUFBRSxPQUFPO3dCQUNmLE1BQU0sRUFBRSxDQUFDLHFCQUFxQixFQUFFLGFBQWEsQ0FBQzt3QkFDOUMsUUFBUSxFQUFFLEtBQUssQ0FBQyxHQUFHLENBQUMsTUFBTTtxQkFDM0I7aUJBQ0Y7YUFDRixDQUFDLENBQUM7WUFDSCxNQUFNLENBQUMsR0FBRyxJQUFJLFFBQVEsQ0FBQyxPQUFPLENBQUMsSUFBSSxFQUFFLFFBQVEsTUFBTSxFQUFFLEVBQUU7Z0JBQ3JELFFBQVEsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLFlBQVk7Z0JBQ2xDLFFBQVEsRUFBRSxNQUFNO2dCQUNoQixJQUFJLEVBQUUsSUFBSSxDQUFDLE9BQU87Z0JBQ2xCLGlCQUFpQixFQUFFLFNBQVM7Z0JBQzVCLHFCQUFxQixFQUFFLENBQUMsRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxJQUFJLElBQUksRUFBRSxFQUFFLENBQUM7Z0JBQzNELE1BQU0sRUFBRSxhQUFhO2dCQUNyQixhQUFhLEVBQUUsS0FBSyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsTUFBTSxDQUFDO2FBQ3RDLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQztRQUM1QixDQUFDO0lBQ0gsQ0FBQztDQUNGO0FBM0ZELGtDQTJGQyIsInNvdXJjZXNDb250ZW50IjpbIi8qKlxuICogVGhlIGluZ3Jlc3MgYWlybG9jayBvbiBBV1MgVHJhbnNmZXIgRmFtaWx5OiBhbiBTRlRQIHNlcnZlciB3aXRoIGEgVlBDIGVuZHBvaW50IChwdWJsaWNcbiAqIGFkZHJlc3NlcyBmcm9tIEVsYXN0aWMgSVBzLCBvciBwcml2YXRlIG9ubHkpLCB3aG9zZSBzZWN1cml0eSBncm91cCBhZG1pdHMgVENQIDIyIGZyb20gdGhlXG4gKiBkYXRhIGhvbGRlcnMnIENJRFJzIGFuZCBub3RoaW5nIGVsc2U7IG9uZSBzZXJ2aWNlLW1hbmFnZWQgdXNlciBwZXIgZGF0YSBob2xkZXIgd2hvc2UgaG9tZVxuICogaXMgYSBsb2dpY2FsIGRpcmVjdG9yeSBtYXBwZWQgb250byB0aGF0IGhvbGRlcidzIHVwbG9hZCBidWNrZXQgKGAvYCAtPiBgLzxidWNrZXQ+L2luY29taW5nYCksXG4gKiB3aG9zZSByb2xlIG1heSBvbmx5IFB1dE9iamVjdCB0aGVyZSwgYW5kIHdob3NlIHNlc3Npb24gcG9saWN5IHJlcGVhdHMgaXQ6IG5vIEdldCwgbm8gTGlzdCxcbiAqIG5vIERlbGV0ZSwgc28gYW4gdXBsb2FkIGNhbm5vdCBiZSByZWFkIGJhY2ssIGxpc3RlZCBvciByZW1vdmVkLCBub3QgZXZlbiBieSBpdHMgYXV0aG9yLlxuICovXG5pbXBvcnQgeyBBbm5vdGF0aW9ucywgQXdzLCBSZW1vdmFsUG9saWN5LCBTdGFjaywgVGFncyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGlhbSBmcm9tICdhd3MtY2RrLWxpYi9hd3MtaWFtJztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIGxvZ3MgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxvZ3MnO1xuaW1wb3J0ICogYXMgdHJhbnNmZXIgZnJvbSAnYXdzLWNkay1saWIvYXdzLXRyYW5zZmVyJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgbG9ja2VkU2VjdXJpdHlHcm91cCB9IGZyb20gJy4vYWlybG9jay1uZXR3b3JrJztcbmltcG9ydCB7IFBlcm1pdEJ1Y2tldCB9IGZyb20gJy4vYWlybG9jay1zdG9yYWdlJztcbmltcG9ydCB7IFBlcm1pdFBsYW4sIFBsYW5uZWRXb3Jrc3BhY2UgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5pbXBvcnQgeyBNYW5hZ2VkUG9saWN5Um9sZSB9IGZyb20gJy4uLy4uL3ByaXZhdGUvcHJvcHMnO1xuXG4vKiogRm9sZGVyIGluc2lkZSBlYWNoIHVwbG9hZCBidWNrZXQgdGhhdCB0aGUgZGF0YSBob2xkZXIncyBob21lIG1hcHMgdG8uICovXG5leHBvcnQgY29uc3QgSU5DT01JTkdfUFJFRklYID0gJ2luY29taW5nJztcbi8qKiBUcmFuc2ZlciBGYW1pbHkgc2VjdXJpdHkgcG9saWN5OiBUTFMvU1NIIGFsZ29yaXRobXMgb2YgMjAyNCAobm8gU0hBLTEsIG5vIENCQykuICovXG5leHBvcnQgY29uc3QgU0ZUUF9TRUNVUklUWV9QT0xJQ1kgPSAnVHJhbnNmZXJTZWN1cml0eVBvbGljeS0yMDI0LTAxJztcblxuZXhwb3J0IGludGVyZmFjZSBBaXJsb2NrU2Z0cFByb3BzIHtcbiAgcmVhZG9ubHkgcGxhbjogUGVybWl0UGxhbjtcbiAgcmVhZG9ubHkgYWlybG9jazogUGxhbm5lZFdvcmtzcGFjZTtcbiAgcmVhZG9ubHkgdnBjOiBlYzIuSVZwYztcbiAgcmVhZG9ubHkgc3VibmV0czogZWMyLklTdWJuZXRbXTtcbiAgcmVhZG9ubHkgaW50ZXJuZXRGYWNpbmc6IGJvb2xlYW47XG4gIHJlYWRvbmx5IHVwbG9hZEJ1Y2tldHM6IFBlcm1pdEJ1Y2tldFtdO1xuICByZWFkb25seSBrZXk6IGttcy5JS2V5O1xuICByZWFkb25seSBsb2dLZXk6IGttcy5JS2V5O1xuICByZWFkb25seSBsb2dSZXRlbnRpb246IGxvZ3MuUmV0ZW50aW9uRGF5cztcbiAgLyoqIFB1YmxpYyBrZXlzIHBlciBkYXRhIGhvbGRlciBpZC4gKi9cbiAgcmVhZG9ubHkga2V5czogTWFwPHN0cmluZywgc3RyaW5nW10+O1xufVxuXG5leHBvcnQgY2xhc3MgQWlybG9ja1NmdHAgZXh0ZW5kcyBDb25zdHJ1Y3Qge1xuICBwdWJsaWMgcmVhZG9ubHkgc2VydmVyOiB0cmFuc2Zlci5DZm5TZXJ2ZXI7XG4gIHB1YmxpYyByZWFkb25seSBzZWN1cml0eUdyb3VwOiBlYzIuU2VjdXJpdHlHcm91cDtcbiAgcHVibGljIHJlYWRvbmx5IGFkZHJlc3NlczogZWMyLkNmbkVJUFtdID0gW107XG4gIHB1YmxpYyByZWFkb25seSBsb2dHcm91cDogbG9ncy5Mb2dHcm91cDtcbiAgLyoqIFJvbGUgb2YgZWFjaCBkYXRhIGhvbGRlciAocHJpbmNpcGFsIGBzZnRwOjxob2xkZXI+YCkuICovXG4gIHB1YmxpYyByZWFkb25seSByb2xlcyA9IG5ldyBNYXA8c3RyaW5nLCBpYW0uUm9sZT4oKTtcbiAgcHVibGljIHJlYWRvbmx5IHVzZXJzID0gbmV3IE1hcDxzdHJpbmcsIHRyYW5zZmVyLkNmblVzZXI+KCk7XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IEFpcmxvY2tTZnRwUHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIGNvbnN0IHsgcGxhbiwgYWlybG9jayB9ID0gcHJvcHM7XG4gICAgdGhpcy5zZWN1cml0eUdyb3VwID0gbG9ja2VkU2VjdXJpdHlHcm91cCh0aGlzLCAnU2VjdXJpdHlHcm91cCcsIHByb3BzLnZwYywgYFNGVFAgYWlybG9jayBvZiBwZXJtaXQgJHtwbGFuLnBlcm1pdElkfTogVENQIDIyIGZyb20gdGhlIGRhdGEgaG9sZGVyIG5ldHdvcmtzIG9ubHlgKTtcbiAgICBmb3IgKGNvbnN0IGNpZHIgb2YgYWlybG9jay5pbmdyZXNzQ2lkcnMpIHtcbiAgICAgIGNvbnN0IHBlZXIgPSBjaWRyLmluY2x1ZGVzKCc6JykgPyBlYzIuUGVlci5pcHY2KGNpZHIpIDogZWMyLlBlZXIuaXB2NChjaWRyKTtcbiAgICAgIHRoaXMuc2VjdXJpdHlHcm91cC5hZGRJbmdyZXNzUnVsZShwZWVyLCBlYzIuUG9ydC50Y3AoMjIpLCBgU0ZUUCBmcm9tIGEgZGF0YSBob2xkZXIgbmV0d29yayAoJHtjaWRyfSlgKTtcbiAgICB9XG4gICAgY29uc3QgdjYgPSBhaXJsb2NrLmluZ3Jlc3NDaWRycy5maWx0ZXIoKGMpID0+IGMuaW5jbHVkZXMoJzonKSk7XG4gICAgaWYgKHY2Lmxlbmd0aCkge1xuICAgICAgQW5ub3RhdGlvbnMub2YodGhpcykuYWRkV2FybmluZ1YyKCdyd3M6YWlybG9jay1pcHY2JyxcbiAgICAgICAgYHRoZSBTRlRQIGVuZHBvaW50IGhhcyBJUHY0IGFkZHJlc3NlcyBvbmx5OiBkYXRhIGhvbGRlcnMgY29ubmVjdGluZyBmcm9tICR7djYuam9pbignLCAnKX0gYXJlIGFkbWl0dGVkIGJ5IHRoZSBzZWN1cml0eSBncm91cCBidXQgbXVzdCByZWFjaCB0aGUgYWlybG9jayBvdmVyIElQdjRgKTtcbiAgICB9XG4gICAgaWYgKHByb3BzLmludGVybmV0RmFjaW5nKSB7XG4gICAgICBwcm9wcy5zdWJuZXRzLmZvckVhY2goKF8sIGkpID0+IHRoaXMuYWRkcmVzc2VzLnB1c2gobmV3IGVjMi5DZm5FSVAodGhpcywgYEFkZHJlc3Mke2l9YCwgeyBkb21haW46ICd2cGMnIH0pKSk7XG4gICAgfVxuICAgIHRoaXMubG9nR3JvdXAgPSBuZXcgbG9ncy5Mb2dHcm91cCh0aGlzLCAnTG9ncycsIHtcbiAgICAgIGVuY3J5cHRpb25LZXk6IHByb3BzLmxvZ0tleSxcbiAgICAgIHJldGVudGlvbjogcHJvcHMubG9nUmV0ZW50aW9uLFxuICAgICAgcmVtb3ZhbFBvbGljeTogUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgfSk7XG4gICAgdGhpcy5zZXJ2ZXIgPSBuZXcgdHJhbnNmZXIuQ2ZuU2VydmVyKHRoaXMsICdTZXJ2ZXInLCB7XG4gICAgICBkb21haW46ICdTMycsXG4gICAgICBwcm90b2NvbHM6IFsnU0ZUUCddLFxuICAgICAgaWRlbnRpdHlQcm92aWRlclR5cGU6ICdTRVJWSUNFX01BTkFHRUQnLFxuICAgICAgZW5kcG9pbnRUeXBlOiAnVlBDJyxcbiAgICAgIGVuZHBvaW50RGV0YWlsczoge1xuICAgICAgICB2cGNJZDogcHJvcHMudnBjLnZwY0lkLFxuICAgICAgICBzdWJuZXRJZHM6IHByb3BzLnN1Ym5ldHMubWFwKChzKSA9PiBzLnN1Ym5ldElkKSxcbiAgICAgICAgc2VjdXJpdHlHcm91cElkczogW3RoaXMuc2VjdXJpdHlHcm91cC5zZWN1cml0eUdyb3VwSWRdLFxuICAgICAgICBhZGRyZXNzQWxsb2NhdGlvbklkczogcHJvcHMuaW50ZXJuZXRGYWNpbmcgPyB0aGlzLmFkZHJlc3Nlcy5tYXAoKGEpID0+IGEuYXR0ckFsbG9jYXRpb25JZCkgOiB1bmRlZmluZWQsXG4gICAgICB9LFxuICAgICAgc2VjdXJpdHlQb2xpY3lOYW1lOiBTRlRQX1NFQ1VSSVRZX1BPTElDWSxcbiAgICAgIHN0cnVjdHVyZWRMb2dEZXN0aW5hdGlvbnM6IFt0aGlzLmxvZ0dyb3VwLmxvZ0dyb3VwQXJuXSxcbiAgICAgIHByZUF1dGhlbnRpY2F0aW9uTG9naW5CYW5uZXI6IGBQZXJtaXQgJHtwbGFuLnBlcm1pdElkfSBpbmdyZXNzIGFpcmxvY2suIFVwbG9hZHMgb25seTogZmlsZXMgY2Fubm90IGJlIGxpc3RlZCwgZG93bmxvYWRlZCBvciBkZWxldGVkLiBBY2Nlc3MgaXMgbG9nZ2VkLmAsXG4gICAgICBzM1N0b3JhZ2VPcHRpb25zOiB7IGRpcmVjdG9yeUxpc3RpbmdPcHRpbWl6YXRpb246ICdESVNBQkxFRCcgfSxcbiAgICB9KTtcbiAgICBmb3IgKGNvbnN0IGIgb2YgcHJvcHMudXBsb2FkQnVja2V0cykge1xuICAgICAgY29uc3QgaG9sZGVyID0gYi5hY2Nlc3Mudm9sdW1lLnJlcGxhY2UoL151cGxvYWQtLywgJycpO1xuICAgICAgY29uc3QgdXNlciA9IGFpcmxvY2sudXNlcnMuZmluZCgodSkgPT4gdS5uYW1lID09PSBob2xkZXIpO1xuICAgICAgaWYgKCF1c2VyKSBjb250aW51ZTtcbiAgICAgIGNvbnN0IHJvbGUgPSBuZXcgTWFuYWdlZFBvbGljeVJvbGUodGhpcywgYFJvbGUtJHtob2xkZXJ9YCwge1xuICAgICAgICBhc3N1bWVkQnk6IG5ldyBpYW0uU2VydmljZVByaW5jaXBhbCgndHJhbnNmZXIuYW1hem9uYXdzLmNvbScsIHtcbiAgICAgICAgICBjb25kaXRpb25zOiB7XG4gICAgICAgICAgICBTdHJpbmdFcXVhbHM6IHsgJ2F3czpTb3VyY2VBY2NvdW50JzogQXdzLkFDQ09VTlRfSUQgfSxcbiAgICAgICAgICAgIEFybkxpa2U6IHsgJ2F3czpTb3VyY2VBcm4nOiBgYXJuOiR7QXdzLlBBUlRJVElPTn06dHJhbnNmZXI6JHtBd3MuUkVHSU9OfToke0F3cy5BQ0NPVU5UX0lEfTp1c2VyLyR7dGhpcy5zZXJ2ZXIuYXR0clNlcnZlcklkfS8qYCB9LFxuICAgICAgICAgIH0sXG4gICAgICAgIH0pLFxuICAgICAgICBkZXNjcmlwdGlvbjogYFNGVFAgdXBsb2FkcyBvZiBkYXRhIGhvbGRlciAke2hvbGRlcn0gaW50byBwZXJtaXQgJHtwbGFuLnBlcm1pdElkfSAoUHV0T2JqZWN0IG9ubHkpYCxcbiAgICAgIH0pO1xuICAgICAgVGFncy5vZihyb2xlKS5hZGQoJ3Blcm1pdDpkYXRhLWhvbGRlcicsIGhvbGRlcik7XG4gICAgICB0aGlzLnJvbGVzLnNldChob2xkZXIsIHJvbGUpO1xuICAgICAgY29uc3QgaG9tZSA9IGAke2IuYnVja2V0LmJ1Y2tldE5hbWV9LyR7SU5DT01JTkdfUFJFRklYfWA7XG4gICAgICBjb25zdCBzZXNzaW9uUG9saWN5ID0gU3RhY2sub2YodGhpcykudG9Kc29uU3RyaW5nKHtcbiAgICAgICAgVmVyc2lvbjogJzIwMTItMTAtMTcnLFxuICAgICAgICBTdGF0ZW1lbnQ6IFtcbiAgICAgICAgICB7XG4gICAgICAgICAgICBTaWQ6ICdVcGxvYWRPbmx5JyxcbiAgICAgICAgICAgIEVmZmVjdDogJ0FsbG93JyxcbiAgICAgICAgICAgIEFjdGlvbjogWydzMzpQdXRPYmplY3QnLCAnczM6QWJvcnRNdWx0aXBhcnRVcGxvYWQnXSxcbiAgICAgICAgICAgIFJlc291cmNlOiBgYXJuOiR7QXdzLlBBUlRJVElPTn06czM6Ojoke2hvbWV9LypgLFxuICAgICAgICAgIH0sXG4gICAgICAgICAge1xuICAgICAgICAgICAgU2lkOiAnS2V5Rm9yVXBsb2FkcycsXG4gICAgICAgICAgICBFZmZlY3Q6ICdBbGxvdycsXG4gICAgICAgICAgICBBY3Rpb246IFsna21zOkdlbmVyYXRlRGF0YUtleScsICdrbXM6RGVjcnlwdCddLFxuICAgICAgICAgICAgUmVzb3VyY2U6IHByb3BzLmtleS5rZXlBcm4sXG4gICAgICAgICAgfSxcbiAgICAgICAgXSxcbiAgICAgIH0pO1xuICAgICAgY29uc3QgdSA9IG5ldyB0cmFuc2Zlci5DZm5Vc2VyKHRoaXMsIGBVc2VyLSR7aG9sZGVyfWAsIHtcbiAgICAgICAgc2VydmVySWQ6IHRoaXMuc2VydmVyLmF0dHJTZXJ2ZXJJZCxcbiAgICAgICAgdXNlck5hbWU6IGhvbGRlcixcbiAgICAgICAgcm9sZTogcm9sZS5yb2xlQXJuLFxuICAgICAgICBob21lRGlyZWN0b3J5VHlwZTogJ0xPR0lDQUwnLFxuICAgICAgICBob21lRGlyZWN0b3J5TWFwcGluZ3M6IFt7IGVudHJ5OiAnLycsIHRhcmdldDogYC8ke2hvbWV9YCB9XSxcbiAgICAgICAgcG9saWN5OiBzZXNzaW9uUG9saWN5LFxuICAgICAgICBzc2hQdWJsaWNLZXlzOiBwcm9wcy5rZXlzLmdldChob2xkZXIpLFxuICAgICAgfSk7XG4gICAgICB0aGlzLnVzZXJzLnNldChob2xkZXIsIHUpO1xuICAgIH1cbiAgfVxufVxuIl19