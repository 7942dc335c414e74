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
exports.SharedEfs = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const backup = __importStar(require("aws-cdk-lib/aws-backup"));
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const efs = __importStar(require("aws-cdk-lib/aws-efs"));
const events = __importStar(require("aws-cdk-lib/aws-events"));
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const kms = __importStar(require("aws-cdk-lib/aws-kms"));
const constructs_1 = require("constructs");
const acknowledge_1 = require("./private/acknowledge");
const render_once_stack_1 = require("./private/render-once-stack");
const known_props_1 = require("../../private/known-props");
/**
 * Shared POSIX storage for a research lab: an encrypted EFS file system with per-user
 * homes, group project folders and scratch.
 *
 * - Encrypted at rest with a customer managed key, in transit by a file system policy
 *   that refuses unencrypted clients.
 * - Mount targets only in private subnets, behind a security group that admits NFS from
 *   nothing until `allowFrom()` names the lab's workspaces.
 * - One access point per research user (`/home/<user>`, owned by their uid/gid, mode 0750)
 *   and per group (`/projects/<group>`, mode 2770: setgid so new files belong to the group),
 *   plus `/scratch` (1777).
 * - AWS Backup on by default; files not read for 30 days move to Infrequent Access.
 * - Retained when removed from the stack, unless `removalPolicy` says otherwise.
 *
 * @example
 * const storage = new SharedEfs(this, 'Storage', { vpc, registry });
 * storage.allowFrom(workspace);
 * storage.grantReadWrite(workspace.role);
 */
class SharedEfs extends constructs_1.Construct {
    /** The file system. */
    fileSystem;
    /** The file system's security group. */
    securityGroup;
    /** Network connections of the mount targets. */
    connections;
    /** The key the file system is encrypted with. */
    encryptionKey;
    /** Whether clients must authorize with IAM. */
    iamAuthorization;
    /** Path of the homes. */
    homesPath;
    /** Path of the project folders. */
    projectsPath;
    /** Path of scratch. */
    scratchPath;
    /** Access point of scratch. */
    scratchAccessPoint;
    /**
     * The backup plan.
     * @default - none, when backups are off
     */
    backupPlan;
    userAccessPoints = new Map();
    groupAccessPoints = new Map();
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'SharedEfsProps', props);
        this.homesPath = normalizePath(props.homesPath ?? '/home', 'homesPath', this.node.path);
        this.projectsPath = normalizePath(props.projectsPath ?? '/projects', 'projectsPath', this.node.path);
        this.scratchPath = normalizePath(props.scratchPath ?? '/scratch', 'scratchPath', this.node.path);
        const perStack = props.accessPointsPerStack ?? 200;
        if (!Number.isInteger(perStack) || perStack < 1 || perStack > 400) {
            throw new Error(`${this.node.path}: accessPointsPerStack must be a whole number from 1 to 400 (got ${perStack}). Fix: keep the default 200, which leaves room under CloudFormation's 500-resource limit`);
        }
        this.iamAuthorization = props.iamAuthorization ?? true;
        const vpcSubnets = props.vpcSubnets ?? (props.vpc.isolatedSubnets.length > 0
            ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED }
            : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS });
        this.securityGroup = new ec2.SecurityGroup(this, 'SecurityGroup', {
            vpc: props.vpc,
            description: `NFS for ${this.node.path}: admits only the research workspaces of the lab`,
            allowAllOutbound: false,
        });
        this.encryptionKey = props.encryptionKey ?? new kms.Key(this, 'Key', {
            description: `Encryption at rest for ${this.node.path}`,
            enableKeyRotation: true,
            removalPolicy: props.removalPolicy ?? aws_cdk_lib_1.RemovalPolicy.RETAIN,
        });
        const fileSystemPolicy = new iam.PolicyDocument({
            statements: [
                new iam.PolicyStatement({
                    sid: 'DenyUnencryptedTransport',
                    effect: iam.Effect.DENY,
                    principals: [new iam.AnyPrincipal()],
                    actions: ['*'],
                    conditions: { Bool: { 'aws:SecureTransport': 'false' } },
                }),
            ],
        });
        if (!this.iamAuthorization) {
            fileSystemPolicy.addStatements(new iam.PolicyStatement({
                sid: 'AllowClientsThroughMountTargets',
                effect: iam.Effect.ALLOW,
                principals: [new iam.AnyPrincipal()],
                actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
                conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
            }));
        }
        this.fileSystem = new efs.FileSystem(this, 'Resource', {
            vpc: props.vpc,
            vpcSubnets,
            securityGroup: this.securityGroup,
            encrypted: true,
            kmsKey: this.encryptionKey,
            lifecyclePolicy: props.lifecyclePolicy ?? efs.LifecyclePolicy.AFTER_30_DAYS,
            outOfInfrequentAccessPolicy: efs.OutOfInfrequentAccessPolicy.AFTER_1_ACCESS,
            throughputMode: props.throughputMode ?? efs.ThroughputMode.ELASTIC,
            performanceMode: efs.PerformanceMode.GENERAL_PURPOSE,
            removalPolicy: props.removalPolicy ?? aws_cdk_lib_1.RemovalPolicy.RETAIN,
            enableAutomaticBackups: false,
            fileSystemPolicy,
            allowAnonymousAccess: false,
        });
        this.connections = this.fileSystem.connections;
        if (props.backup ?? true) {
            const vault = new backup.BackupVault(this, 'BackupVault', {
                encryptionKey: this.encryptionKey,
                removalPolicy: props.removalPolicy ?? aws_cdk_lib_1.RemovalPolicy.RETAIN,
            });
            this.backupPlan = new backup.BackupPlan(this, 'BackupPlan', {
                backupVault: vault,
                backupPlanRules: [
                    new backup.BackupPlanRule({
                        ruleName: 'Daily',
                        scheduleExpression: events.Schedule.cron({ hour: '5', minute: '0' }),
                        deleteAfter: aws_cdk_lib_1.Duration.days(35),
                    }),
                    new backup.BackupPlanRule({
                        ruleName: 'Monthly',
                        scheduleExpression: events.Schedule.cron({ day: '1', hour: '5', minute: '0' }),
                        moveToColdStorageAfter: aws_cdk_lib_1.Duration.days(30),
                        deleteAfter: aws_cdk_lib_1.Duration.days(365),
                    }),
                ],
            });
            const selection = this.backupPlan.addSelection('FileSystem', { resources: [backup.BackupResource.fromEfsFileSystem(this.fileSystem)] });
            (0, acknowledge_1.acknowledge)(selection, {
                id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
                reason: 'AWSBackupServiceRolePolicyForBackup is the service role policy AWS Backup documents for backup jobs; AWS maintains it as the service adds resource types. The role can be assumed only by backup.amazonaws.com and is capped by the lab\'s permissions boundary.',
            });
        }
        this.scratchAccessPoint = this.fileSystem.addAccessPoint('ScratchAccessPoint', {
            path: this.scratchPath,
            createAcl: { ownerUid: '0', ownerGid: '0', permissions: '1777' },
        });
        aws_cdk_lib_1.Tags.of(this.scratchAccessPoint).add('research:purpose', 'scratch');
        if (props.registry) {
            this.addRegistryAccessPoints(props.registry, perStack);
        }
    }
    /**
     * Admits NFS (TCP 2049) from a peer, typically a workspace or its security group.
     */
    allowFrom(peer) {
        this.fileSystem.connections.allowDefaultPortFrom(peer, 'NFS from research workspaces');
    }
    /**
     * Lets a principal mount the file system read-only. The permission goes into the
     * principal's policy only (same account): a statement in the file system policy would make
     * the storage depend on every workspace's stack.
     */
    grantRead(grantee) {
        return this.grantActions(grantee, 'elasticfilesystem:ClientMount');
    }
    /** Lets a principal mount the file system and write (principal policy only). */
    grantReadWrite(grantee) {
        return this.grantActions(grantee, 'elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite');
    }
    /**
     * Lets a principal mount the file system as root (no root squashing): what a workspace's
     * provisioning needs to create the homes and project folders and give them their owners.
     */
    grantRootAccess(grantee) {
        return this.grantActions(grantee, 'elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess');
    }
    grantActions(grantee, ...actions) {
        return iam.Grant.addToPrincipal({
            grantee,
            actions,
            resourceArns: [this.fileSystem.fileSystemArn],
            conditions: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
        });
    }
    /** The access point of a user's home. */
    userAccessPoint(user) {
        const ap = this.userAccessPoints.get(user);
        if (!ap) {
            throw new Error(`${this.node.path}: no access point for user "${user}". Fix: pass a registry that lists the user (known: ${[...this.userAccessPoints.keys()].join(', ') || 'none'})`);
        }
        return ap;
    }
    /** The access point of a group's project folder. */
    groupAccessPoint(group) {
        const ap = this.groupAccessPoints.get(group);
        if (!ap) {
            throw new Error(`${this.node.path}: no access point for group "${group}". Fix: pass a registry that defines the group (known: ${[...this.groupAccessPoints.keys()].join(', ') || 'none'})`);
        }
        return ap;
    }
    /** Number of per-user and per-group access points. */
    get accessPointCount() {
        return this.userAccessPoints.size + this.groupAccessPoints.size;
    }
    addRegistryAccessPoints(registry, perStack) {
        const users = registry.users;
        const many = users.length + registry.groups.length > perStack;
        // The bucket of a user depends only on its uid, which never changes: adding or removing
        // users never moves an access point to another stack (which would replace it).
        const stacks = new Map();
        const home = (name) => {
            if (!many)
                return this;
            let s = stacks.get(name);
            if (!s) {
                s = new render_once_stack_1.RenderOnceNestedStack(this, name, { description: `Research storage access points (${name})` });
                stacks.set(name, s);
            }
            return s;
        };
        for (const u of users) {
            const scope = home(`HomeAccessPoints${Math.floor(u.uid / perStack)}`);
            const ap = new efs.AccessPoint(scope, `Home-${u.name}`, {
                fileSystem: this.fileSystem,
                path: `${this.homesPath}/${u.name}`,
                posixUser: { uid: String(u.uid), gid: String(u.gid), secondaryGids: u.groups.map((g) => String(registry.group(g).gid)) },
                createAcl: { ownerUid: String(u.uid), ownerGid: String(u.gid), permissions: '0750' },
            });
            aws_cdk_lib_1.Tags.of(ap).add('research:user', u.name);
            this.userAccessPoints.set(u.name, ap);
        }
        for (const g of registry.groups) {
            const scope = home(`ProjectAccessPoints${Math.floor(g.gid / perStack)}`);
            const ap = new efs.AccessPoint(scope, `Project-${g.name}`, {
                fileSystem: this.fileSystem,
                path: `${this.projectsPath}/${g.name}`,
                createAcl: { ownerUid: '0', ownerGid: String(g.gid), permissions: '2770' },
            });
            aws_cdk_lib_1.Tags.of(ap).add('research:group', g.name);
            this.groupAccessPoints.set(g.name, ap);
        }
    }
}
exports.SharedEfs = SharedEfs;
function normalizePath(p, field, where) {
    if (!/^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(p)) {
        throw new Error(`${where}: ${field} must be an absolute path of letters, digits, ".", "_" and "-" (got ${JSON.stringify(p)}). Fix: write e.g. "/home"`);
    }
    return p;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hhcmVkLWVmcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9zaGFyZWQtZWZzLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLDZDQUE0RDtBQUM1RCwrREFBaUQ7QUFDakQseURBQTJDO0FBQzNDLHlEQUEyQztBQUMzQywrREFBaUQ7QUFDakQseURBQTJDO0FBQzNDLHlEQUEyQztBQUMzQywyQ0FBdUM7QUFDdkMsdURBQW9EO0FBQ3BELG1FQUFvRTtBQUNwRSwyREFBNEQ7QUF3RjVEOzs7Ozs7Ozs7Ozs7Ozs7Ozs7R0FrQkc7QUFDSCxNQUFhLFNBQVUsU0FBUSxzQkFBUztJQUN0Qyx1QkFBdUI7SUFDUCxVQUFVLENBQWlCO0lBQzNDLHdDQUF3QztJQUN4QixhQUFhLENBQXFCO0lBQ2xELGdEQUFnRDtJQUNoQyxXQUFXLENBQWtCO0lBQzdDLGlEQUFpRDtJQUNqQyxhQUFhLENBQVc7SUFDeEMsK0NBQStDO0lBQy9CLGdCQUFnQixDQUFVO0lBQzFDLHlCQUF5QjtJQUNULFNBQVMsQ0FBUztJQUNsQyxtQ0FBbUM7SUFDbkIsWUFBWSxDQUFTO0lBQ3JDLHVCQUF1QjtJQUNQLFdBQVcsQ0FBUztJQUNwQywrQkFBK0I7SUFDZixrQkFBa0IsQ0FBa0I7SUFDcEQ7OztPQUdHO0lBQ2EsVUFBVSxDQUFxQjtJQUU5QixnQkFBZ0IsR0FBRyxJQUFJLEdBQUcsRUFBMkIsQ0FBQztJQUN0RCxpQkFBaUIsR0FBRyxJQUFJLEdBQUcsRUFBMkIsQ0FBQztJQUV4RSxZQUFZLEtBQWdCLEVBQUUsRUFBVSxFQUFFLEtBQXFCO1FBQzdELEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDakIsSUFBQSw2QkFBZSxFQUFDLElBQUksRUFBRSxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUMvQyxJQUFJLENBQUMsU0FBUyxHQUFHLGFBQWEsQ0FBQyxLQUFLLENBQUMsU0FBUyxJQUFJLE9BQU8sRUFBRSxXQUFXLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUN4RixJQUFJLENBQUMsWUFBWSxHQUFHLGFBQWEsQ0FBQyxLQUFLLENBQUMsWUFBWSxJQUFJLFdBQVcsRUFBRSxjQUFjLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNyRyxJQUFJLENBQUMsV0FBVyxHQUFHLGFBQWEsQ0FBQyxLQUFLLENBQUMsV0FBVyxJQUFJLFVBQVUsRUFBRSxhQUFhLEVBQUUsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUNqRyxNQUFNLFFBQVEsR0FBRyxLQUFLLENBQUMsb0JBQW9CLElBQUksR0FBRyxDQUFDO1FBQ25ELElBQUksQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQyxJQUFJLFFBQVEsR0FBRyxDQUFDLElBQUksUUFBUSxHQUFHLEdBQUcsRUFBRSxDQUFDO1lBQ2xFLE1BQU0sSUFBSSxLQUFLLENBQUMsR0FBRyxJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksb0VBQW9FLFFBQVEsMkZBQTJGLENBQUMsQ0FBQztRQUM1TSxDQUFDO1FBQ0QsSUFBSSxDQUFDLGdCQUFnQixHQUFHLEtBQUssQ0FBQyxnQkFBZ0IsSUFBSSxJQUFJLENBQUM7UUFFdkQsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLFVBQVUsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLE1BQU0sR0FBRyxDQUFDO1lBQzFFLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLGdCQUFnQixFQUFFO1lBQ2pELENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLG1CQUFtQixFQUFFLENBQUMsQ0FBQztRQUV4RCxJQUFJLENBQUMsYUFBYSxHQUFHLElBQUksR0FBRyxDQUFDLGFBQWEsQ0FBQyxJQUFJLEVBQUUsZUFBZSxFQUFFO1lBQ2hFLEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRztZQUNkLFdBQVcsRUFBRSxXQUFXLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxrREFBa0Q7WUFDeEYsZ0JBQWdCLEVBQUUsS0FBSztTQUN4QixDQUFDLENBQUM7UUFFSCxJQUFJLENBQUMsYUFBYSxHQUFHLEtBQUssQ0FBQyxhQUFhLElBQUksSUFBSSxHQUFHLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxLQUFLLEVBQUU7WUFDbkUsV0FBVyxFQUFFLDBCQUEwQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRTtZQUN2RCxpQkFBaUIsRUFBRSxJQUFJO1lBQ3ZCLGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxJQUFJLDJCQUFhLENBQUMsTUFBTTtTQUMzRCxDQUFDLENBQUM7UUFFSCxNQUFNLGdCQUFnQixHQUFHLElBQUksR0FBRyxDQUFDLGNBQWMsQ0FBQztZQUM5QyxVQUFVLEVBQUU7Z0JBQ1YsSUFBSSxHQUFHLENBQUMsZUFBZSxDQUFDO29CQUN0QixHQUFHLEVBQUUsMEJBQTBCO29CQUMvQixNQUFNLEVBQUUsR0FBRyxDQUFDLE1BQU0sQ0FBQyxJQUFJO29CQUN2QixVQUFVLEVBQUUsQ0FBQyxJQUFJLEdBQUcsQ0FBQyxZQUFZLEVBQUUsQ0FBQztvQkFDcEMsT0FBTyxFQUFFLENBQUMsR0FBRyxDQUFDO29CQUNkLFVBQVUsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLHFCQUFxQixFQUFFLE9BQU8sRUFBRSxFQUFFO2lCQUN6RCxDQUFDO2FBQ0g7U0FDRixDQUFDLENBQUM7UUFDSCxJQUFJLENBQUMsSUFBSSxDQUFDLGdCQUFnQixFQUFFLENBQUM7WUFDM0IsZ0JBQWdCLENBQUMsYUFBYSxDQUFDLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztnQkFDckQsR0FBRyxFQUFFLGlDQUFpQztnQkFDdEMsTUFBTSxFQUFFLEdBQUcsQ0FBQyxNQUFNLENBQUMsS0FBSztnQkFDeEIsVUFBVSxFQUFFLENBQUMsSUFBSSxHQUFHLENBQUMsWUFBWSxFQUFFLENBQUM7Z0JBQ3BDLE9BQU8sRUFBRSxDQUFDLCtCQUErQixFQUFFLCtCQUErQixFQUFFLG9DQUFvQyxDQUFDO2dCQUNqSCxVQUFVLEVBQUUsRUFBRSxJQUFJLEVBQUUsRUFBRSwwQ0FBMEMsRUFBRSxNQUFNLEVBQUUsRUFBRTthQUM3RSxDQUFDLENBQUMsQ0FBQztRQUNOLENBQUM7UUFFRCxJQUFJLENBQUMsVUFBVSxHQUFHLElBQUksR0FBRyxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsVUFBVSxFQUFFO1lBQ3JELEdBQUcsRUFBRSxLQUFLLENBQUMsR0FBRztZQUNkLFVBQVU7WUFDVixhQUFhLEVBQUUsSUFBSSxDQUFDLGFBQWE7WUFDakMsU0FBUyxFQUFFLElBQUk7WUFDZixNQUFNLEVBQUUsSUFBSSxDQUFDLGFBQWE7WUFDMUIsZUFBZSxFQUFFLEtBQUssQ0FBQyxlQUFlLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQyxhQUFhO1lBQzNFLDJCQUEyQixFQUFFLEdBQUcsQ0FBQywyQkFBMkIsQ0FBQyxjQUFjO1lBQzNFLGNBQWMsRUFBRSxLQUFLLENBQUMsY0FBYyxJQUFJLEdBQUcsQ0FBQyxjQUFjLENBQUMsT0FBTztZQUNsRSxlQUFlLEVBQUUsR0FBRyxDQUFDLGVBQWUsQ0FBQyxlQUFlO1lBQ3BELGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxJQUFJLDJCQUFhLENBQUMsTUFBTTtZQUMxRCxzQkFBc0IsRUFBRSxLQUFLO1lBQzdCLGdCQUFnQjtZQUNoQixvQkFBb0IsRUFBRSxLQUFLO1NBQzVCLENBQUMsQ0FBQztRQUNILElBQUksQ0FBQyxXQUFXLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxXQUFXLENBQUM7UUFFL0MsSUFBSSxLQUFLLENBQUMsTUFBTSxJQUFJLElBQUksRUFBRSxDQUFDO1lBQ3pCLE1BQU0sS0FBSyxHQUFHLElBQUksTUFBTSxDQUFDLFdBQVcsQ0FBQyxJQUFJLEVBQUUsYUFBYSxFQUFFO2dCQUN4RCxhQUFhLEVBQUUsSUFBSSxDQUFDLGFBQWE7Z0JBQ2pDLGFBQWEsRUFBRSxLQUFLLENBQUMsYUFBYSxJQUFJLDJCQUFhLENBQUMsTUFBTTthQUMzRCxDQUFDLENBQUM7WUFDSCxJQUFJLENBQUMsVUFBVSxHQUFHLElBQUksTUFBTSxDQUFDLFVBQVUsQ0FBQyxJQUFJLEVBQUUsWUFBWSxFQUFFO2dCQUMxRCxXQUFXLEVBQUUsS0FBSztnQkFDbEIsZUFBZSxFQUFFO29CQUNmLElBQUksTUFBTSxDQUFDLGNBQWMsQ0FBQzt3QkFDeEIsUUFBUSxFQUFFLE9BQU87d0JBQ2pCLGtCQUFrQixFQUFFLE1BQU0sQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsSUFBSSxFQUFFLEdBQUcsRUFBRSxNQUFNLEVBQUUsR0FBRyxFQUFFLENBQUM7d0JBQ3BFLFdBQVcsRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7cUJBQy9CLENBQUM7b0JBQ0YsSUFBSSxNQUFNLENBQUMsY0FBYyxDQUFDO3dCQUN4QixRQUFRLEVBQUUsU0FBUzt3QkFDbkIsa0JBQWtCLEVBQUUsTUFBTSxDQUFDLFFBQVEsQ0FBQyxJQUFJLENBQUMsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLElBQUksRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLEdBQUcsRUFBRSxDQUFDO3dCQUM5RSxzQkFBc0IsRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxFQUFFLENBQUM7d0JBQ3pDLFdBQVcsRUFBRSxzQkFBUSxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUM7cUJBQ2hDLENBQUM7aUJBQ0g7YUFDRixDQUFDLENBQUM7WUFDSCxNQUFNLFNBQVMsR0FBRyxJQUFJLENBQUMsVUFBVSxDQUFDLFlBQVksQ0FBQyxZQUFZLEVBQUUsRUFBRSxTQUFTLEVBQUUsQ0FBQyxNQUFNLENBQUMsY0FBYyxDQUFDLGlCQUFpQixDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUN4SSxJQUFBLHlCQUFXLEVBQUMsU0FBUyxFQUFFO2dCQUNyQixFQUFFLEVBQUUsa0hBQWtIO2dCQUN0SCxNQUFNLEVBQUUsa1FBQWtRO2FBQzNRLENBQUMsQ0FBQztRQUNMLENBQUM7UUFFRCxJQUFJLENBQUMsa0JBQWtCLEdBQUcsSUFBSSxDQUFDLFVBQVUsQ0FBQyxjQUFjLENBQUMsb0JBQW9CLEVBQUU7WUFDN0UsSUFBSSxFQUFFLElBQUksQ0FBQyxXQUFXO1lBQ3RCLFNBQVMsRUFBRSxFQUFFLFFBQVEsRUFBRSxHQUFHLEVBQUUsUUFBUSxFQUFFLEdBQUcsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFO1NBQ2pFLENBQUMsQ0FBQztRQUNILGtCQUFJLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQyxrQkFBa0IsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxrQkFBa0IsRUFBRSxTQUFTLENBQUMsQ0FBQztRQUVwRSxJQUFJLEtBQUssQ0FBQyxRQUFRLEVBQUUsQ0FBQztZQUNuQixJQUFJLENBQUMsdUJBQXVCLENBQUMsS0FBSyxDQUFDLFFBQVEsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUN6RCxDQUFDO0lBQ0gsQ0FBQztJQUVEOztPQUVHO0lBQ0ksU0FBUyxDQUFDLElBQXNCO1FBQ3JDLElBQUksQ0FBQyxVQUFVLENBQUMsV0FBVyxDQUFDLG9CQUFvQixDQUFDLElBQUksRUFBRSw4QkFBOEIsQ0FBQyxDQUFDO0lBQ3pGLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksU0FBUyxDQUFDLE9BQXVCO1FBQ3RDLE9BQU8sSUFBSSxDQUFDLFlBQVksQ0FBQyxPQUFPLEVBQUUsK0JBQStCLENBQUMsQ0FBQztJQUNyRSxDQUFDO0lBRUQsZ0ZBQWdGO0lBQ3pFLGNBQWMsQ0FBQyxPQUF1QjtRQUMzQyxPQUFPLElBQUksQ0FBQyxZQUFZLENBQUMsT0FBTyxFQUFFLCtCQUErQixFQUFFLCtCQUErQixDQUFDLENBQUM7SUFDdEcsQ0FBQztJQUVEOzs7T0FHRztJQUNJLGVBQWUsQ0FBQyxPQUF1QjtRQUM1QyxPQUFPLElBQUksQ0FBQyxZQUFZLENBQUMsT0FBTyxFQUFFLCtCQUErQixFQUFFLCtCQUErQixFQUFFLG9DQUFvQyxDQUFDLENBQUM7SUFDNUksQ0FBQztJQUVPLFlBQVksQ0FBQyxPQUF1QixFQUFFLEdBQUcsT0FBaUI7UUFDaEUsT0FBTyxHQUFHLENBQUMsS0FBSyxDQUFDLGNBQWMsQ0FBQztZQUM5QixPQUFPO1lBQ1AsT0FBTztZQUNQLFlBQVksRUFBRSxDQUFDLElBQUksQ0FBQyxVQUFVLENBQUMsYUFBYSxDQUFDO1lBQzdDLFVBQVUsRUFBRSxFQUFFLElBQUksRUFBRSxFQUFFLDBDQUEwQyxFQUFFLE1BQU0sRUFBRSxFQUFFO1NBQzdFLENBQUMsQ0FBQztJQUNMLENBQUM7SUFFRCx5Q0FBeUM7SUFDbEMsZUFBZSxDQUFDLElBQVk7UUFDakMsTUFBTSxFQUFFLEdBQUcsSUFBSSxDQUFDLGdCQUFnQixDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQztRQUMzQyxJQUFJLENBQUMsRUFBRSxFQUFFLENBQUM7WUFDUixNQUFNLElBQUksS0FBSyxDQUFDLEdBQUcsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLCtCQUErQixJQUFJLHVEQUF1RCxDQUFDLEdBQUcsSUFBSSxDQUFDLGdCQUFnQixDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLE1BQU0sR0FBRyxDQUFDLENBQUM7UUFDeEwsQ0FBQztRQUNELE9BQU8sRUFBRSxDQUFDO0lBQ1osQ0FBQztJQUVELG9EQUFvRDtJQUM3QyxnQkFBZ0IsQ0FBQyxLQUFhO1FBQ25DLE1BQU0sRUFBRSxHQUFHLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxHQUFHLENBQUMsS0FBSyxDQUFDLENBQUM7UUFDN0MsSUFBSSxDQUFDLEVBQUUsRUFBRSxDQUFDO1lBQ1IsTUFBTSxJQUFJLEtBQUssQ0FBQyxHQUFHLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxnQ0FBZ0MsS0FBSywwREFBMEQsQ0FBQyxHQUFHLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSxNQUFNLEdBQUcsQ0FBQyxDQUFDO1FBQzlMLENBQUM7UUFDRCxPQUFPLEVBQUUsQ0FBQztJQUNaLENBQUM7SUFFRCxzREFBc0Q7SUFDdEQsSUFBVyxnQkFBZ0I7UUFDekIsT0FBTyxJQUFJLENBQUMsZ0JBQWdCLENBQUMsSUFBSSxHQUFHLElBQUksQ0FBQyxpQkFBaUIsQ0FBQyxJQUFJLENBQUM7SUFDbEUsQ0FBQztJQUVPLHVCQUF1QixDQUFDLFFBQXNCLEVBQUUsUUFBZ0I7UUFDdEUsTUFBTSxLQUFLLEdBQUcsUUFBUSxDQUFDLEtBQUssQ0FBQztRQUM3QixNQUFNLElBQUksR0FBRyxLQUFLLENBQUMsTUFBTSxHQUFHLFFBQVEsQ0FBQyxNQUFNLENBQUMsTUFBTSxHQUFHLFFBQVEsQ0FBQztRQUM5RCx3RkFBd0Y7UUFDeEYsK0VBQStFO1FBQy9FLE1BQU0sTUFBTSxHQUFHLElBQUksR0FBRyxFQUFxQixDQUFDO1FBQzVDLE1BQU0sSUFBSSxHQUFHLENBQUMsSUFBWSxFQUFhLEVBQUU7WUFDdkMsSUFBSSxDQUFDLElBQUk7Z0JBQUUsT0FBTyxJQUFJLENBQUM7WUFDdkIsSUFBSSxDQUFDLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUN6QixJQUFJLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ1AsQ0FBQyxHQUFHLElBQUkseUNBQXFCLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxFQUFFLFdBQVcsRUFBRSxtQ0FBbUMsSUFBSSxHQUFHLEVBQUUsQ0FBQyxDQUFDO2dCQUN2RyxNQUFNLENBQUMsR0FBRyxDQUFDLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQztZQUN0QixDQUFDO1lBQ0QsT0FBTyxDQUFDLENBQUM7UUFDWCxDQUFDLENBQUM7UUFDRixLQUFLLE1BQU0sQ0FBQyxJQUFJLEtBQUssRUFBRSxDQUFDO1lBQ3RCLE1BQU0sS0FBSyxHQUFHLElBQUksQ0FBQyxtQkFBbUIsSUFBSSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsR0FBRyxHQUFHLFFBQVEsQ0FBQyxFQUFFLENBQUMsQ0FBQztZQUN0RSxNQUFNLEVBQUUsR0FBRyxJQUFJLEdBQUcsQ0FBQyxXQUFXLENBQUMsS0FBSyxFQUFFLFFBQVEsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFO2dCQUN0RCxVQUFVLEVBQUUsSUFBSSxDQUFDLFVBQVU7Z0JBQzNCLElBQUksRUFBRSxHQUFHLElBQUksQ0FBQyxTQUFTLElBQUksQ0FBQyxDQUFDLElBQUksRUFBRTtnQkFDbkMsU0FBUyxFQUFFLEVBQUUsR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLEVBQUUsYUFBYSxFQUFFLENBQUMsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxNQUFNLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsQ0FBQyxFQUFFO2dCQUN4SCxTQUFTLEVBQUUsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxRQUFRLEVBQUUsTUFBTSxDQUFDLENBQUMsQ0FBQyxHQUFHLENBQUMsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFO2FBQ3JGLENBQUMsQ0FBQztZQUNILGtCQUFJLENBQUMsRUFBRSxDQUFDLEVBQUUsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxlQUFlLEVBQUUsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDO1lBQ3pDLElBQUksQ0FBQyxnQkFBZ0IsQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksRUFBRSxFQUFFLENBQUMsQ0FBQztRQUN4QyxDQUFDO1FBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxRQUFRLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDaEMsTUFBTSxLQUFLLEdBQUcsSUFBSSxDQUFDLHNCQUFzQixJQUFJLENBQUMsS0FBSyxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsUUFBUSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1lBQ3pFLE1BQU0sRUFBRSxHQUFHLElBQUksR0FBRyxDQUFDLFdBQVcsQ0FBQyxLQUFLLEVBQUUsV0FBVyxDQUFDLENBQUMsSUFBSSxFQUFFLEVBQUU7Z0JBQ3pELFVBQVUsRUFBRSxJQUFJLENBQUMsVUFBVTtnQkFDM0IsSUFBSSxFQUFFLEdBQUcsSUFBSSxDQUFDLFlBQVksSUFBSSxDQUFDLENBQUMsSUFBSSxFQUFFO2dCQUN0QyxTQUFTLEVBQUUsRUFBRSxRQUFRLEVBQUUsR0FBRyxFQUFFLFFBQVEsRUFBRSxNQUFNLENBQUMsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxFQUFFLFdBQVcsRUFBRSxNQUFNLEVBQUU7YUFDM0UsQ0FBQyxDQUFDO1lBQ0gsa0JBQUksQ0FBQyxFQUFFLENBQUMsRUFBRSxDQUFDLENBQUMsR0FBRyxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQztZQUMxQyxJQUFJLENBQUMsaUJBQWlCLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDekMsQ0FBQztJQUNILENBQUM7Q0FDRjtBQXZPRCw4QkF1T0M7QUFFRCxTQUFTLGFBQWEsQ0FBQyxDQUFTLEVBQUUsS0FBYSxFQUFFLEtBQWE7SUFDNUQsSUFBSSxDQUFDLHlDQUF5QyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ3ZELE1BQU0sSUFBSSxLQUFLLENBQUMsR0FBRyxLQUFLLEtBQUssS0FBSyx1RUFBdUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsNEJBQTRCLENBQUMsQ0FBQztJQUMxSixDQUFDO0lBQ0QsT0FBTyxDQUFDLENBQUM7QUFDWCxDQUFDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgRHVyYXRpb24sIFJlbW92YWxQb2xpY3ksIFRhZ3MgfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBiYWNrdXAgZnJvbSAnYXdzLWNkay1saWIvYXdzLWJhY2t1cCc7XG5pbXBvcnQgKiBhcyBlYzIgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVjMic7XG5pbXBvcnQgKiBhcyBlZnMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWVmcyc7XG5pbXBvcnQgKiBhcyBldmVudHMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWV2ZW50cyc7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBrbXMgZnJvbSAnYXdzLWNkay1saWIvYXdzLWttcyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGFja25vd2xlZGdlIH0gZnJvbSAnLi9wcml2YXRlL2Fja25vd2xlZGdlJztcbmltcG9ydCB7IFJlbmRlck9uY2VOZXN0ZWRTdGFjayB9IGZyb20gJy4vcHJpdmF0ZS9yZW5kZXItb25jZS1zdGFjayc7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcbmltcG9ydCB7IFVzZXJSZWdpc3RyeSB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvdXNlcnMnO1xuXG4vKipcbiAqIFByb3BlcnRpZXMgb2YgYSBTaGFyZWRFZnMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2hhcmVkRWZzUHJvcHMge1xuICAvKiogVlBDIHRoZSBmaWxlIHN5c3RlbSBsaXZlcyBpbi4gKi9cbiAgcmVhZG9ubHkgdnBjOiBlYzIuSVZwYztcblxuICAvKipcbiAgICogU3VibmV0cyBmb3IgdGhlIG1vdW50IHRhcmdldHMuXG4gICAqIEBkZWZhdWx0IC0gdGhlIFZQQydzIGlzb2xhdGVkIHN1Ym5ldHMsIG9yIGl0cyBwcml2YXRlIHN1Ym5ldHMgd2hlbiBpdCBoYXMgbm9uZVxuICAgKi9cbiAgcmVhZG9ubHkgdnBjU3VibmV0cz86IGVjMi5TdWJuZXRTZWxlY3Rpb247XG5cbiAgLyoqXG4gICAqIFJlc2VhcmNoIHVzZXJzIGFuZCBncm91cHM6IG9uZSBhY2Nlc3MgcG9pbnQgcGVyIHVzZXIgKGAvaG9tZS88dXNlcj5gLCB0aGVpciB1aWQvZ2lkKVxuICAgKiBhbmQgcGVyIGdyb3VwIChgL3Byb2plY3RzLzxncm91cD5gLCBzZXRnaWQsIGdyb3VwLW93bmVkKS5cbiAgICogQGRlZmF1bHQgLSBubyBwZXItdXNlciBvciBwZXItZ3JvdXAgYWNjZXNzIHBvaW50c1xuICAgKi9cbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG5cbiAgLyoqXG4gICAqIEN1c3RvbWVyIG1hbmFnZWQgS01TIGtleSBmb3IgZW5jcnlwdGlvbiBhdCByZXN0LlxuICAgKiBAZGVmYXVsdCAtIGEgbmV3IGN1c3RvbWVyIG1hbmFnZWQga2V5IHdpdGggcm90YXRpb24gZW5hYmxlZFxuICAgKi9cbiAgcmVhZG9ubHkgZW5jcnlwdGlvbktleT86IGttcy5JS2V5O1xuXG4gIC8qKlxuICAgKiBSZXF1aXJlIElBTSBhdXRob3JpemF0aW9uIGZvciBldmVyeSBjbGllbnQgKHdvcmtzcGFjZSByb2xlcyBuZWVkIGBncmFudFJlYWRXcml0ZWApLlxuICAgKiBXaXRoIGBmYWxzZWAsIHRoZSBzZWN1cml0eSBncm91cCBpcyB0aGUgb25seSBnYXRlLlxuICAgKiBAZGVmYXVsdCB0cnVlXG4gICAqL1xuICByZWFkb25seSBpYW1BdXRob3JpemF0aW9uPzogYm9vbGVhbjtcblxuICAvKipcbiAgICogQmFjayB0aGUgZmlsZSBzeXN0ZW0gdXAgd2l0aCBBV1MgQmFja3VwIChkYWlseSwga2VwdCAzNSBkYXlzOyBtb250aGx5LCBrZXB0IGEgeWVhcikuXG4gICAqIEBkZWZhdWx0IHRydWVcbiAgICovXG4gIHJlYWRvbmx5IGJhY2t1cD86IGJvb2xlYW47XG5cbiAgLyoqXG4gICAqIE1vdmUgZmlsZXMgbm90IHJlYWQgZm9yIHRoaXMgbG9uZyB0byBJbmZyZXF1ZW50IEFjY2Vzcy5cbiAgICogQGRlZmF1bHQgZWZzLkxpZmVjeWNsZVBvbGljeS5BRlRFUl8zMF9EQVlTXG4gICAqL1xuICByZWFkb25seSBsaWZlY3ljbGVQb2xpY3k/OiBlZnMuTGlmZWN5Y2xlUG9saWN5O1xuXG4gIC8qKlxuICAgKiBXaGF0IGhhcHBlbnMgdG8gdGhlIGZpbGUgc3lzdGVtIHdoZW4gaXQgbGVhdmVzIHRoZSBzdGFjay4gUmVzZWFyY2ggZGF0YSBpcyBuZXZlclxuICAgKiBkZWxldGVkIHVubGVzcyB5b3UgYXNrIGZvciBpdCBleHBsaWNpdGx5LlxuICAgKiBAZGVmYXVsdCBSZW1vdmFsUG9saWN5LlJFVEFJTlxuICAgKi9cbiAgcmVhZG9ubHkgcmVtb3ZhbFBvbGljeT86IFJlbW92YWxQb2xpY3k7XG5cbiAgLyoqXG4gICAqIFRocm91Z2hwdXQgbW9kZS5cbiAgICogQGRlZmF1bHQgZWZzLlRocm91Z2hwdXRNb2RlLkVMQVNUSUNcbiAgICovXG4gIHJlYWRvbmx5IHRocm91Z2hwdXRNb2RlPzogZWZzLlRocm91Z2hwdXRNb2RlO1xuXG4gIC8qKlxuICAgKiBQYXRoIG9mIHRoZSBob21lIGRpcmVjdG9yaWVzIG9uIHRoZSBmaWxlIHN5c3RlbS5cbiAgICogQGRlZmF1bHQgXCIvaG9tZVwiXG4gICAqL1xuICByZWFkb25seSBob21lc1BhdGg/OiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIFBhdGggb2YgdGhlIGdyb3VwIHByb2plY3QgZm9sZGVycyBvbiB0aGUgZmlsZSBzeXN0ZW0uXG4gICAqIEBkZWZhdWx0IFwiL3Byb2plY3RzXCJcbiAgICovXG4gIHJlYWRvbmx5IHByb2plY3RzUGF0aD86IHN0cmluZztcblxuICAvKipcbiAgICogUGF0aCBvZiB0aGUgc2hhcmVkIHNjcmF0Y2ggZGlyZWN0b3J5IChzdGlja3ksIHdvcmxkLXdyaXRhYmxlIGxpa2UgL3RtcCkuXG4gICAqIEBkZWZhdWx0IFwiL3NjcmF0Y2hcIlxuICAgKi9cbiAgcmVhZG9ubHkgc2NyYXRjaFBhdGg/OiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIEF0IG1vc3QgdGhpcyBtYW55IHBlci11c2VyIGFjY2VzcyBwb2ludHMgaW4gb25lIChuZXN0ZWQpIHN0YWNrLiBMYWJzIHdpdGggbW9yZSB1c2Vyc1xuICAgKiBnZXQgdGhlaXIgYWNjZXNzIHBvaW50cyBpbiBuZXN0ZWQgc3RhY2tzLCBncm91cGVkIGJ5IHVpZCBzbyB0aGF0IGFuIGFjY2VzcyBwb2ludCBuZXZlclxuICAgKiBtb3ZlcyBiZXR3ZWVuIHN0YWNrcyB3aGVuIHVzZXJzIGFyZSBhZGRlZCBvciByZW1vdmVkLlxuICAgKiBAZGVmYXVsdCAyMDBcbiAgICovXG4gIHJlYWRvbmx5IGFjY2Vzc1BvaW50c1BlclN0YWNrPzogbnVtYmVyO1xufVxuXG4vKipcbiAqIFNoYXJlZCBQT1NJWCBzdG9yYWdlIGZvciBhIHJlc2VhcmNoIGxhYjogYW4gZW5jcnlwdGVkIEVGUyBmaWxlIHN5c3RlbSB3aXRoIHBlci11c2VyXG4gKiBob21lcywgZ3JvdXAgcHJvamVjdCBmb2xkZXJzIGFuZCBzY3JhdGNoLlxuICpcbiAqIC0gRW5jcnlwdGVkIGF0IHJlc3Qgd2l0aCBhIGN1c3RvbWVyIG1hbmFnZWQga2V5LCBpbiB0cmFuc2l0IGJ5IGEgZmlsZSBzeXN0ZW0gcG9saWN5XG4gKiAgIHRoYXQgcmVmdXNlcyB1bmVuY3J5cHRlZCBjbGllbnRzLlxuICogLSBNb3VudCB0YXJnZXRzIG9ubHkgaW4gcHJpdmF0ZSBzdWJuZXRzLCBiZWhpbmQgYSBzZWN1cml0eSBncm91cCB0aGF0IGFkbWl0cyBORlMgZnJvbVxuICogICBub3RoaW5nIHVudGlsIGBhbGxvd0Zyb20oKWAgbmFtZXMgdGhlIGxhYidzIHdvcmtzcGFjZXMuXG4gKiAtIE9uZSBhY2Nlc3MgcG9pbnQgcGVyIHJlc2VhcmNoIHVzZXIgKGAvaG9tZS88dXNlcj5gLCBvd25lZCBieSB0aGVpciB1aWQvZ2lkLCBtb2RlIDA3NTApXG4gKiAgIGFuZCBwZXIgZ3JvdXAgKGAvcHJvamVjdHMvPGdyb3VwPmAsIG1vZGUgMjc3MDogc2V0Z2lkIHNvIG5ldyBmaWxlcyBiZWxvbmcgdG8gdGhlIGdyb3VwKSxcbiAqICAgcGx1cyBgL3NjcmF0Y2hgICgxNzc3KS5cbiAqIC0gQVdTIEJhY2t1cCBvbiBieSBkZWZhdWx0OyBmaWxlcyBub3QgcmVhZCBmb3IgMzAgZGF5cyBtb3ZlIHRvIEluZnJlcXVlbnQgQWNjZXNzLlxuICogLSBSZXRhaW5lZCB3aGVuIHJlbW92ZWQgZnJvbSB0aGUgc3RhY2ssIHVubGVzcyBgcmVtb3ZhbFBvbGljeWAgc2F5cyBvdGhlcndpc2UuXG4gKlxuICogQGV4YW1wbGVcbiAqIGNvbnN0IHN0b3JhZ2UgPSBuZXcgU2hhcmVkRWZzKHRoaXMsICdTdG9yYWdlJywgeyB2cGMsIHJlZ2lzdHJ5IH0pO1xuICogc3RvcmFnZS5hbGxvd0Zyb20od29ya3NwYWNlKTtcbiAqIHN0b3JhZ2UuZ3JhbnRSZWFkV3JpdGUod29ya3NwYWNlLnJvbGUpO1xuICovXG5leHBvcnQgY2xhc3MgU2hhcmVkRWZzIGV4dGVuZHMgQ29uc3RydWN0IGltcGxlbWVudHMgZWMyLklDb25uZWN0YWJsZSB7XG4gIC8qKiBUaGUgZmlsZSBzeXN0ZW0uICovXG4gIHB1YmxpYyByZWFkb25seSBmaWxlU3lzdGVtOiBlZnMuRmlsZVN5c3RlbTtcbiAgLyoqIFRoZSBmaWxlIHN5c3RlbSdzIHNlY3VyaXR5IGdyb3VwLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgc2VjdXJpdHlHcm91cDogZWMyLklTZWN1cml0eUdyb3VwO1xuICAvKiogTmV0d29yayBjb25uZWN0aW9ucyBvZiB0aGUgbW91bnQgdGFyZ2V0cy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGNvbm5lY3Rpb25zOiBlYzIuQ29ubmVjdGlvbnM7XG4gIC8qKiBUaGUga2V5IHRoZSBmaWxlIHN5c3RlbSBpcyBlbmNyeXB0ZWQgd2l0aC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGVuY3J5cHRpb25LZXk6IGttcy5JS2V5O1xuICAvKiogV2hldGhlciBjbGllbnRzIG11c3QgYXV0aG9yaXplIHdpdGggSUFNLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgaWFtQXV0aG9yaXphdGlvbjogYm9vbGVhbjtcbiAgLyoqIFBhdGggb2YgdGhlIGhvbWVzLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgaG9tZXNQYXRoOiBzdHJpbmc7XG4gIC8qKiBQYXRoIG9mIHRoZSBwcm9qZWN0IGZvbGRlcnMuICovXG4gIHB1YmxpYyByZWFkb25seSBwcm9qZWN0c1BhdGg6IHN0cmluZztcbiAgLyoqIFBhdGggb2Ygc2NyYXRjaC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHNjcmF0Y2hQYXRoOiBzdHJpbmc7XG4gIC8qKiBBY2Nlc3MgcG9pbnQgb2Ygc2NyYXRjaC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHNjcmF0Y2hBY2Nlc3NQb2ludDogZWZzLkFjY2Vzc1BvaW50O1xuICAvKipcbiAgICogVGhlIGJhY2t1cCBwbGFuLlxuICAgKiBAZGVmYXVsdCAtIG5vbmUsIHdoZW4gYmFja3VwcyBhcmUgb2ZmXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgYmFja3VwUGxhbj86IGJhY2t1cC5CYWNrdXBQbGFuO1xuXG4gIHByaXZhdGUgcmVhZG9ubHkgdXNlckFjY2Vzc1BvaW50cyA9IG5ldyBNYXA8c3RyaW5nLCBlZnMuQWNjZXNzUG9pbnQ+KCk7XG4gIHByaXZhdGUgcmVhZG9ubHkgZ3JvdXBBY2Nlc3NQb2ludHMgPSBuZXcgTWFwPHN0cmluZywgZWZzLkFjY2Vzc1BvaW50PigpO1xuXG4gIGNvbnN0cnVjdG9yKHNjb3BlOiBDb25zdHJ1Y3QsIGlkOiBzdHJpbmcsIHByb3BzOiBTaGFyZWRFZnNQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgY2hlY2tLbm93blByb3BzKHRoaXMsICdTaGFyZWRFZnNQcm9wcycsIHByb3BzKTtcbiAgICB0aGlzLmhvbWVzUGF0aCA9IG5vcm1hbGl6ZVBhdGgocHJvcHMuaG9tZXNQYXRoID8/ICcvaG9tZScsICdob21lc1BhdGgnLCB0aGlzLm5vZGUucGF0aCk7XG4gICAgdGhpcy5wcm9qZWN0c1BhdGggPSBub3JtYWxpemVQYXRoKHByb3BzLnByb2plY3RzUGF0aCA/PyAnL3Byb2plY3RzJywgJ3Byb2plY3RzUGF0aCcsIHRoaXMubm9kZS5wYXRoKTtcbiAgICB0aGlzLnNjcmF0Y2hQYXRoID0gbm9ybWFsaXplUGF0aChwcm9wcy5zY3JhdGNoUGF0aCA/PyAnL3NjcmF0Y2gnLCAnc2NyYXRjaFBhdGgnLCB0aGlzLm5vZGUucGF0aCk7XG4gICAgY29uc3QgcGVyU3RhY2sgPSBwcm9wcy5hY2Nlc3NQb2ludHNQZXJTdGFjayA/PyAyMDA7XG4gICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHBlclN0YWNrKSB8fCBwZXJTdGFjayA8IDEgfHwgcGVyU3RhY2sgPiA0MDApIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgJHt0aGlzLm5vZGUucGF0aH06IGFjY2Vzc1BvaW50c1BlclN0YWNrIG11c3QgYmUgYSB3aG9sZSBudW1iZXIgZnJvbSAxIHRvIDQwMCAoZ290ICR7cGVyU3RhY2t9KS4gRml4OiBrZWVwIHRoZSBkZWZhdWx0IDIwMCwgd2hpY2ggbGVhdmVzIHJvb20gdW5kZXIgQ2xvdWRGb3JtYXRpb24ncyA1MDAtcmVzb3VyY2UgbGltaXRgKTtcbiAgICB9XG4gICAgdGhpcy5pYW1BdXRob3JpemF0aW9uID0gcHJvcHMuaWFtQXV0aG9yaXphdGlvbiA/PyB0cnVlO1xuXG4gICAgY29uc3QgdnBjU3VibmV0cyA9IHByb3BzLnZwY1N1Ym5ldHMgPz8gKHByb3BzLnZwYy5pc29sYXRlZFN1Ym5ldHMubGVuZ3RoID4gMFxuICAgICAgPyB7IHN1Ym5ldFR5cGU6IGVjMi5TdWJuZXRUeXBlLlBSSVZBVEVfSVNPTEFURUQgfVxuICAgICAgOiB7IHN1Ym5ldFR5cGU6IGVjMi5TdWJuZXRUeXBlLlBSSVZBVEVfV0lUSF9FR1JFU1MgfSk7XG5cbiAgICB0aGlzLnNlY3VyaXR5R3JvdXAgPSBuZXcgZWMyLlNlY3VyaXR5R3JvdXAodGhpcywgJ1NlY3VyaXR5R3JvdXAnLCB7XG4gICAgICB2cGM6IHByb3BzLnZwYyxcbiAgICAgIGRlc2NyaXB0aW9uOiBgTkZTIGZvciAke3RoaXMubm9kZS5wYXRofTogYWRtaXRzIG9ubHkgdGhlIHJlc2VhcmNoIHdvcmtzcGFjZXMgb2YgdGhlIGxhYmAsXG4gICAgICBhbGxvd0FsbE91dGJvdW5kOiBmYWxzZSxcbiAgICB9KTtcblxuICAgIHRoaXMuZW5jcnlwdGlvbktleSA9IHByb3BzLmVuY3J5cHRpb25LZXkgPz8gbmV3IGttcy5LZXkodGhpcywgJ0tleScsIHtcbiAgICAgIGRlc2NyaXB0aW9uOiBgRW5jcnlwdGlvbiBhdCByZXN0IGZvciAke3RoaXMubm9kZS5wYXRofWAsXG4gICAgICBlbmFibGVLZXlSb3RhdGlvbjogdHJ1ZSxcbiAgICAgIHJlbW92YWxQb2xpY3k6IHByb3BzLnJlbW92YWxQb2xpY3kgPz8gUmVtb3ZhbFBvbGljeS5SRVRBSU4sXG4gICAgfSk7XG5cbiAgICBjb25zdCBmaWxlU3lzdGVtUG9saWN5ID0gbmV3IGlhbS5Qb2xpY3lEb2N1bWVudCh7XG4gICAgICBzdGF0ZW1lbnRzOiBbXG4gICAgICAgIG5ldyBpYW0uUG9saWN5U3RhdGVtZW50KHtcbiAgICAgICAgICBzaWQ6ICdEZW55VW5lbmNyeXB0ZWRUcmFuc3BvcnQnLFxuICAgICAgICAgIGVmZmVjdDogaWFtLkVmZmVjdC5ERU5ZLFxuICAgICAgICAgIHByaW5jaXBhbHM6IFtuZXcgaWFtLkFueVByaW5jaXBhbCgpXSxcbiAgICAgICAgICBhY3Rpb25zOiBbJyonXSxcbiAgICAgICAgICBjb25kaXRpb25zOiB7IEJvb2w6IHsgJ2F3czpTZWN1cmVUcmFuc3BvcnQnOiAnZmFsc2UnIH0gfSxcbiAgICAgICAgfSksXG4gICAgICBdLFxuICAgIH0pO1xuICAgIGlmICghdGhpcy5pYW1BdXRob3JpemF0aW9uKSB7XG4gICAgICBmaWxlU3lzdGVtUG9saWN5LmFkZFN0YXRlbWVudHMobmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgICAgICBzaWQ6ICdBbGxvd0NsaWVudHNUaHJvdWdoTW91bnRUYXJnZXRzJyxcbiAgICAgICAgZWZmZWN0OiBpYW0uRWZmZWN0LkFMTE9XLFxuICAgICAgICBwcmluY2lwYWxzOiBbbmV3IGlhbS5BbnlQcmluY2lwYWwoKV0sXG4gICAgICAgIGFjdGlvbnM6IFsnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50TW91bnQnLCAnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50V3JpdGUnLCAnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50Um9vdEFjY2VzcyddLFxuICAgICAgICBjb25kaXRpb25zOiB7IEJvb2w6IHsgJ2VsYXN0aWNmaWxlc3lzdGVtOkFjY2Vzc2VkVmlhTW91bnRUYXJnZXQnOiAndHJ1ZScgfSB9LFxuICAgICAgfSkpO1xuICAgIH1cblxuICAgIHRoaXMuZmlsZVN5c3RlbSA9IG5ldyBlZnMuRmlsZVN5c3RlbSh0aGlzLCAnUmVzb3VyY2UnLCB7XG4gICAgICB2cGM6IHByb3BzLnZwYyxcbiAgICAgIHZwY1N1Ym5ldHMsXG4gICAgICBzZWN1cml0eUdyb3VwOiB0aGlzLnNlY3VyaXR5R3JvdXAsXG4gICAgICBlbmNyeXB0ZWQ6IHRydWUsXG4gICAgICBrbXNLZXk6IHRoaXMuZW5jcnlwdGlvbktleSxcbiAgICAgIGxpZmVjeWNsZVBvbGljeTogcHJvcHMubGlmZWN5Y2xlUG9saWN5ID8/IGVmcy5MaWZlY3ljbGVQb2xpY3kuQUZURVJfMzBfREFZUyxcbiAgICAgIG91dE9mSW5mcmVxdWVudEFjY2Vzc1BvbGljeTogZWZzLk91dE9mSW5mcmVxdWVudEFjY2Vzc1BvbGljeS5BRlRFUl8xX0FDQ0VTUyxcbiAgICAgIHRocm91Z2hwdXRNb2RlOiBwcm9wcy50aHJvdWdocHV0TW9kZSA/PyBlZnMuVGhyb3VnaHB1dE1vZGUuRUxBU1RJQyxcbiAgICAgIHBlcmZvcm1hbmNlTW9kZTogZWZzLlBlcmZvcm1hbmNlTW9kZS5HRU5FUkFMX1BVUlBPU0UsXG4gICAgICByZW1vdmFsUG9saWN5OiBwcm9wcy5yZW1vdmFsUG9saWN5ID8/IFJlbW92YWxQb2xpY3kuUkVUQUlOLFxuICAgICAgZW5hYmxlQXV0b21hdGljQmFja3VwczogZmFsc2UsXG4gICAgICBmaWxlU3lzdGVtUG9saWN5LFxuICAgICAgYWxsb3dBbm9ueW1vdXNBY2Nlc3M6IGZhbHNlLFxuICAgIH0pO1xuICAgIHRoaXMuY29ubmVjdGlvbnMgPSB0aGlzLmZpbGVTeXN0ZW0uY29ubmVjdGlvbnM7XG5cbiAgICBpZiAocHJvcHMuYmFja3VwID8/IHRydWUpIHtcbiAgICAgIGNvbnN0IHZhdWx0ID0gbmV3IGJhY2t1cC5CYWNrdXBWYXVsdCh0aGlzLCAnQmFja3VwVmF1bHQnLCB7XG4gICAgICAgIGVuY3J5cHRpb25LZXk6IHRoaXMuZW5jcnlwdGlvbktleSxcbiAgICAgICAgcmVtb3ZhbFBvbGljeTogcHJvcHMucmVtb3ZhbFBvbGljeSA/PyBSZW1vdmFsUG9saWN5LlJFVEFJTixcbiAgICAgIH0pO1xuICAgICAgdGhpcy5iYWNrdXBQbGFuID0gbmV3IGJhY2t1cC5CYWNrdXBQbGFuKHRoaXMsICdCYWNrdXBQbGFuJywge1xuICAgICAgICBiYWNrdXBWYXVsdDogdmF1bHQsXG4gICAgICAgIGJhY2t1cFBsYW5SdWxlczogW1xuICAgICAgICAgIG5ldyBiYWNrdXAuQmFja3VwUGxhblJ1bGUoe1xuICAgICAgICAgICAgcnVsZU5hbWU6ICdEYWlseScsXG4gICAgICAgICAgICBzY2hlZHVsZUV4cHJlc3Npb246IGV2ZW50cy5TY2hlZHVsZS5jcm9uKHsgaG91cjogJzUnLCBtaW51dGU6ICcwJyB9KSxcbiAgICAgICAgICAgIGRlbGV0ZUFmdGVyOiBEdXJhdGlvbi5kYXlzKDM1KSxcbiAgICAgICAgICB9KSxcbiAgICAgICAgICBuZXcgYmFja3VwLkJhY2t1cFBsYW5SdWxlKHtcbiAgICAgICAgICAgIHJ1bGVOYW1lOiAnTW9udGhseScsXG4gICAgICAgICAgICBzY2hlZHVsZUV4cHJlc3Npb246IGV2ZW50cy5TY2hlZHVsZS5jcm9uKHsgZGF5OiAnMScsIGhvdXI6ICc1JywgbWludXRlOiAnMCcgfSksXG4gICAgICAgICAgICBtb3ZlVG9Db2xkU3RvcmFnZUFmdGVyOiBEdXJhdGlvbi5kYXlzKDMwKSxcbiAgICAgICAgICAgIGRlbGV0ZUFmdGVyOiBEdXJhdGlvbi5kYXlzKDM2NSksXG4gICAgICAgICAgfSksXG4gICAgICAgIF0sXG4gICAgICB9KTtcbiAgICAgIGNvbnN0IHNlbGVjdGlvbiA9IHRoaXMuYmFja3VwUGxhbi5hZGRTZWxlY3Rpb24oJ0ZpbGVTeXN0ZW0nLCB7IHJlc291cmNlczogW2JhY2t1cC5CYWNrdXBSZXNvdXJjZS5mcm9tRWZzRmlsZVN5c3RlbSh0aGlzLmZpbGVTeXN0ZW0pXSB9KTtcbiAgICAgIGFja25vd2xlZGdlKHNlbGVjdGlvbiwge1xuICAgICAgICBpZDogJ0F3c1NvbHV0aW9ucy1JQU00W1BvbGljeTo6YXJuOjxBV1M6OlBhcnRpdGlvbj46aWFtOjphd3M6cG9saWN5L3NlcnZpY2Utcm9sZS9BV1NCYWNrdXBTZXJ2aWNlUm9sZVBvbGljeUZvckJhY2t1cF0nLFxuICAgICAgICByZWFzb246ICdBV1NCYWNrdXBTZXJ2aWNlUm9sZVBvbGljeUZvckJhY2t1cCBpcyB0aGUgc2VydmljZSByb2xlIHBvbGljeSBBV1MgQmFja3VwIGRvY3VtZW50cyBmb3IgYmFja3VwIGpvYnM7IEFXUyBtYWludGFpbnMgaXQgYXMgdGhlIHNlcnZpY2UgYWRkcyByZXNvdXJjZSB0eXBlcy4gVGhlIHJvbGUgY2FuIGJlIGFzc3VtZWQgb25seSBieSBiYWNrdXAuYW1hem9uYXdzLmNvbSBhbmQgaXMgY2FwcGVkIGJ5IHRoZSBsYWJcXCdzIHBlcm1pc3Npb25zIGJvdW5kYXJ5LicsXG4gICAgICB9KTtcbiAgICB9XG5cbiAgICB0aGlzLnNjcmF0Y2hBY2Nlc3NQb2ludCA9IHRoaXMuZmlsZVN5c3RlbS5hZGRBY2Nlc3NQb2ludCgnU2NyYXRjaEFjY2Vzc1BvaW50Jywge1xuICAgICAgcGF0aDogdGhpcy5zY3JhdGNoUGF0aCxcbiAgICAgIGNyZWF0ZUFjbDogeyBvd25lclVpZDogJzAnLCBvd25lckdpZDogJzAnLCBwZXJtaXNzaW9uczogJzE3NzcnIH0sXG4gICAgfSk7XG4gICAgVGFncy5vZih0aGlzLnNjcmF0Y2hBY2Nlc3NQb2ludCkuYWRkKCdyZXNlYXJjaDpwdXJwb3NlJywgJ3NjcmF0Y2gnKTtcblxuICAgIGlmIChwcm9wcy5yZWdpc3RyeSkge1xuICAgICAgdGhpcy5hZGRSZWdpc3RyeUFjY2Vzc1BvaW50cyhwcm9wcy5yZWdpc3RyeSwgcGVyU3RhY2spO1xuICAgIH1cbiAgfVxuXG4gIC8qKlxuICAgKiBBZG1pdHMgTkZTIChUQ1AgMjA0OSkgZnJvbSBhIHBlZXIsIHR5cGljYWxseSBhIHdvcmtzcGFjZSBvciBpdHMgc2VjdXJpdHkgZ3JvdXAuXG4gICAqL1xuICBwdWJsaWMgYWxsb3dGcm9tKHBlZXI6IGVjMi5JQ29ubmVjdGFibGUpOiB2b2lkIHtcbiAgICB0aGlzLmZpbGVTeXN0ZW0uY29ubmVjdGlvbnMuYWxsb3dEZWZhdWx0UG9ydEZyb20ocGVlciwgJ05GUyBmcm9tIHJlc2VhcmNoIHdvcmtzcGFjZXMnKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBMZXRzIGEgcHJpbmNpcGFsIG1vdW50IHRoZSBmaWxlIHN5c3RlbSByZWFkLW9ubHkuIFRoZSBwZXJtaXNzaW9uIGdvZXMgaW50byB0aGVcbiAgICogcHJpbmNpcGFsJ3MgcG9saWN5IG9ubHkgKHNhbWUgYWNjb3VudCk6IGEgc3RhdGVtZW50IGluIHRoZSBmaWxlIHN5c3RlbSBwb2xpY3kgd291bGQgbWFrZVxuICAgKiB0aGUgc3RvcmFnZSBkZXBlbmQgb24gZXZlcnkgd29ya3NwYWNlJ3Mgc3RhY2suXG4gICAqL1xuICBwdWJsaWMgZ3JhbnRSZWFkKGdyYW50ZWU6IGlhbS5JR3JhbnRhYmxlKTogaWFtLkdyYW50IHtcbiAgICByZXR1cm4gdGhpcy5ncmFudEFjdGlvbnMoZ3JhbnRlZSwgJ2VsYXN0aWNmaWxlc3lzdGVtOkNsaWVudE1vdW50Jyk7XG4gIH1cblxuICAvKiogTGV0cyBhIHByaW5jaXBhbCBtb3VudCB0aGUgZmlsZSBzeXN0ZW0gYW5kIHdyaXRlIChwcmluY2lwYWwgcG9saWN5IG9ubHkpLiAqL1xuICBwdWJsaWMgZ3JhbnRSZWFkV3JpdGUoZ3JhbnRlZTogaWFtLklHcmFudGFibGUpOiBpYW0uR3JhbnQge1xuICAgIHJldHVybiB0aGlzLmdyYW50QWN0aW9ucyhncmFudGVlLCAnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50TW91bnQnLCAnZWxhc3RpY2ZpbGVzeXN0ZW06Q2xpZW50V3JpdGUnKTtcbiAgfVxuXG4gIC8qKlxuICAgKiBMZXRzIGEgcHJpbmNpcGFsIG1vdW50IHRoZSBmaWxlIHN5c3RlbSBhcyByb290IChubyByb290IHNxdWFzaGluZyk6IHdoYXQgYSB3b3Jrc3BhY2Unc1xuICAgKiBwcm92aXNpb25pbmcgbmVlZHMgdG8gY3JlYXRlIHRoZSBob21lcyBhbmQgcHJvamVjdCBmb2xkZXJzIGFuZCBnaXZlIHRoZW0gdGhlaXIgb3duZXJzLlxuICAgKi9cbiAgcHVibGljIGdyYW50Um9vdEFjY2VzcyhncmFudGVlOiBpYW0uSUdyYW50YWJsZSk6IGlhbS5HcmFudCB7XG4gICAgcmV0dXJuIHRoaXMuZ3JhbnRBY3Rpb25zKGdyYW50ZWUsICdlbGFzdGljZmlsZXN5c3RlbTpDbGllbnRNb3VudCcsICdlbGFzdGljZmlsZXN5c3RlbTpDbGllbnRXcml0ZScsICdlbGFzdGljZmlsZXN5c3RlbTpDbGllbnRSb290QWNjZXNzJyk7XG4gIH1cblxuICBwcml2YXRlIGdyYW50QWN0aW9ucyhncmFudGVlOiBpYW0uSUdyYW50YWJsZSwgLi4uYWN0aW9uczogc3RyaW5nW10pOiBpYW0uR3JhbnQge1xuICAgIHJldHVybiBpYW0uR3JhbnQuYWRkVG9QcmluY2lwYWwoe1xuICAgICAgZ3JhbnRlZSxcbiAgICAgIGFjdGlvbnMsXG4gICAgICByZXNvdXJjZUFybnM6IFt0aGlzLmZpbGVTeXN0ZW0uZmlsZVN5c3RlbUFybl0sXG4gICAgICBjb25kaXRpb25zOiB7IEJvb2w6IHsgJ2VsYXN0aWNmaWxlc3lzdGVtOkFjY2Vzc2VkVmlhTW91bnRUYXJnZXQnOiAndHJ1ZScgfSB9LFxuICAgIH0pO1xuICB9XG5cbiAgLyoqIFRoZSBhY2Nlc3MgcG9pbnQgb2YgYSB1c2VyJ3MgaG9tZS4gKi9cbiAgcHVibGljIHVzZXJBY2Nlc3NQb2ludCh1c2VyOiBzdHJpbmcpOiBlZnMuSUFjY2Vzc1BvaW50IHtcbiAgICBjb25zdCBhcCA9IHRoaXMudXNlckFjY2Vzc1BvaW50cy5nZXQodXNlcik7XG4gICAgaWYgKCFhcCkge1xuICAgICAgdGhyb3cgbmV3IEVycm9yKGAke3RoaXMubm9kZS5wYXRofTogbm8gYWNjZXNzIHBvaW50IGZvciB1c2VyIFwiJHt1c2VyfVwiLiBGaXg6IHBhc3MgYSByZWdpc3RyeSB0aGF0IGxpc3RzIHRoZSB1c2VyIChrbm93bjogJHtbLi4udGhpcy51c2VyQWNjZXNzUG9pbnRzLmtleXMoKV0uam9pbignLCAnKSB8fCAnbm9uZSd9KWApO1xuICAgIH1cbiAgICByZXR1cm4gYXA7XG4gIH1cblxuICAvKiogVGhlIGFjY2VzcyBwb2ludCBvZiBhIGdyb3VwJ3MgcHJvamVjdCBmb2xkZXIuICovXG4gIHB1YmxpYyBncm91cEFjY2Vzc1BvaW50KGdyb3VwOiBzdHJpbmcpOiBlZnMuSUFjY2Vzc1BvaW50IHtcbiAgICBjb25zdCBhcCA9IHRoaXMuZ3JvdXBBY2Nlc3NQb2ludHMuZ2V0KGdyb3VwKTtcbiAgICBpZiAoIWFwKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYCR7dGhpcy5ub2RlLnBhdGh9OiBubyBhY2Nlc3MgcG9pbnQgZm9yIGdyb3VwIFwiJHtncm91cH1cIi4gRml4OiBwYXNzIGEgcmVnaXN0cnkgdGhhdCBkZWZpbmVzIHRoZSBncm91cCAoa25vd246ICR7Wy4uLnRoaXMuZ3JvdXBBY2Nlc3NQb2ludHMua2V5cygpXS5qb2luKCcsICcpIHx8ICdub25lJ30pYCk7XG4gICAgfVxuICAgIHJldHVybiBhcDtcbiAgfVxuXG4gIC8qKiBOdW1iZXIgb2YgcGVyLXVzZXIgYW5kIHBlci1ncm91cCBhY2Nlc3MgcG9pbnRzLiAqL1xuICBwdWJsaWMgZ2V0IGFjY2Vzc1BvaW50Q291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy51c2VyQWNjZXNzUG9pbnRzLnNpemUgKyB0aGlzLmdyb3VwQWNjZXNzUG9pbnRzLnNpemU7XG4gIH1cblxuICBwcml2YXRlIGFkZFJlZ2lzdHJ5QWNjZXNzUG9pbnRzKHJlZ2lzdHJ5OiBVc2VyUmVnaXN0cnksIHBlclN0YWNrOiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCB1c2VycyA9IHJlZ2lzdHJ5LnVzZXJzO1xuICAgIGNvbnN0IG1hbnkgPSB1c2Vycy5sZW5ndGggKyByZWdpc3RyeS5ncm91cHMubGVuZ3RoID4gcGVyU3RhY2s7XG4gICAgLy8gVGhlIGJ1Y2tldCBvZiBhIHVzZXIgZGVwZW5kcyBvbmx5IG9uIGl0cyB1aWQsIHdoaWNoIG5ldmVyIGNoYW5nZXM6IGFkZGluZyBvciByZW1vdmluZ1xuICAgIC8vIHVzZXJzIG5ldmVyIG1vdmVzIGFuIGFjY2VzcyBwb2ludCB0byBhbm90aGVyIHN0YWNrICh3aGljaCB3b3VsZCByZXBsYWNlIGl0KS5cbiAgICBjb25zdCBzdGFja3MgPSBuZXcgTWFwPHN0cmluZywgQ29uc3RydWN0PigpO1xuICAgIGNvbnN0IGhvbWUgPSAobmFtZTogc3RyaW5nKTogQ29uc3RydWN0ID0+IHtcbiAgICAgIGlmICghbWFueSkgcmV0dXJuIHRoaXM7XG4gICAgICBsZXQgcyA9IHN0YWNrcy5nZXQobmFtZSk7XG4gICAgICBpZiAoIXMpIHtcbiAgICAgICAgcyA9IG5ldyBSZW5kZXJPbmNlTmVzdGVkU3RhY2sodGhpcywgbmFtZSwgeyBkZXNjcmlwdGlvbjogYFJlc2VhcmNoIHN0b3JhZ2UgYWNjZXNzIHBvaW50cyAoJHtuYW1lfSlgIH0pO1xuICAgICAgICBzdGFja3Muc2V0KG5hbWUsIHMpO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHM7XG4gICAgfTtcbiAgICBmb3IgKGNvbnN0IHUgb2YgdXNlcnMpIHtcbiAgICAgIGNvbnN0IHNjb3BlID0gaG9tZShgSG9tZUFjY2Vzc1BvaW50cyR7TWF0aC5mbG9vcih1LnVpZCAvIHBlclN0YWNrKX1gKTtcbiAgICAgIGNvbnN0IGFwID0gbmV3IGVmcy5BY2Nlc3NQb2ludChzY29wZSwgYEhvbWUtJHt1Lm5hbWV9YCwge1xuICAgICAgICBmaWxlU3lzdGVtOiB0aGlzLmZpbGVTeXN0ZW0sXG4gICAgICAgIHBhdGg6IGAke3RoaXMuaG9tZXNQYXRofS8ke3UubmFtZX1gLFxuICAgICAgICBwb3NpeFVzZXI6IHsgdWlkOiBTdHJpbmcodS51aWQpLCBnaWQ6IFN0cmluZyh1LmdpZCksIHNlY29uZGFyeUdpZHM6IHUuZ3JvdXBzLm1hcCgoZykgPT4gU3RyaW5nKHJlZ2lzdHJ5Lmdyb3VwKGcpLmdpZCkpIH0sXG4gICAgICAgIGNyZWF0ZUFjbDogeyBvd25lclVpZDogU3RyaW5nKHUudWlkKSwgb3duZXJHaWQ6IFN0cmluZyh1LmdpZCksIHBlcm1pc3Npb25zOiAnMDc1MCcgfSxcbiAgICAgIH0pO1xuICAgICAgVGFncy5vZihhcCkuYWRkKCdyZXNlYXJjaDp1c2VyJywgdS5uYW1lKTtcbiAgICAgIHRoaXMudXNlckFjY2Vzc1BvaW50cy5zZXQodS5uYW1lLCBhcCk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgZyBvZiByZWdpc3RyeS5ncm91cHMpIHtcbiAgICAgIGNvbnN0IHNjb3BlID0gaG9tZShgUHJvamVjdEFjY2Vzc1BvaW50cyR7TWF0aC5mbG9vcihnLmdpZCAvIHBlclN0YWNrKX1gKTtcbiAgICAgIGNvbnN0IGFwID0gbmV3IGVmcy5BY2Nlc3NQb2ludChzY29wZSwgYFByb2plY3QtJHtnLm5hbWV9YCwge1xuICAgICAgICBmaWxlU3lzdGVtOiB0aGlzLmZpbGVTeXN0ZW0sXG4gICAgICAgIHBhdGg6IGAke3RoaXMucHJvamVjdHNQYXRofS8ke2cubmFtZX1gLFxuICAgICAgICBjcmVhdGVBY2w6IHsgb3duZXJVaWQ6ICcwJywgb3duZXJHaWQ6IFN0cmluZyhnLmdpZCksIHBlcm1pc3Npb25zOiAnMjc3MCcgfSxcbiAgICAgIH0pO1xuICAgICAgVGFncy5vZihhcCkuYWRkKCdyZXNlYXJjaDpncm91cCcsIGcubmFtZSk7XG4gICAgICB0aGlzLmdyb3VwQWNjZXNzUG9pbnRzLnNldChnLm5hbWUsIGFwKTtcbiAgICB9XG4gIH1cbn1cblxuZnVuY3Rpb24gbm9ybWFsaXplUGF0aChwOiBzdHJpbmcsIGZpZWxkOiBzdHJpbmcsIHdoZXJlOiBzdHJpbmcpOiBzdHJpbmcge1xuICBpZiAoIS9eXFwvW0EtWmEtejAtOS5fLV0rKFxcL1tBLVphLXowLTkuXy1dKykqJC8udGVzdChwKSkge1xuICAgIHRocm93IG5ldyBFcnJvcihgJHt3aGVyZX06ICR7ZmllbGR9IG11c3QgYmUgYW4gYWJzb2x1dGUgcGF0aCBvZiBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiLCBcIl9cIiBhbmQgXCItXCIgKGdvdCAke0pTT04uc3RyaW5naWZ5KHApfSkuIEZpeDogd3JpdGUgZS5nLiBcIi9ob21lXCJgKTtcbiAgfVxuICByZXR1cm4gcDtcbn1cbiJdfQ==