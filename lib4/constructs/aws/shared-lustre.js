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
exports.SharedLustre = exports.LustreDeployment = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const fsx = __importStar(require("aws-cdk-lib/aws-fsx"));
const constructs_1 = require("constructs");
const fsx_1 = require("./private/fsx");
const known_props_1 = require("../../private/known-props");
const props_1 = require("../private/props");
/**
 * How an FSx for Lustre file system is deployed.
 */
var LustreDeployment;
(function (LustreDeployment) {
    /** Scratch: no replication, cheapest, for temporary job data (data is lost when a server fails). */
    LustreDeployment["SCRATCH_2"] = "SCRATCH_2";
    /** Persistent: replicated within the zone, backups, a customer managed key. */
    LustreDeployment["PERSISTENT_2"] = "PERSISTENT_2";
})(LustreDeployment || (exports.LustreDeployment = LustreDeployment = {}));
/**
 * Fast scratch (or persistent) storage on Amazon FSx for Lustre for the lab's cluster and
 * workstations, optionally linked to an S3 bucket of the lab.
 *
 * - Single-AZ in the lab's private subnets, behind a security group that admits Lustre (988,
 *   1018-1023) only from what `allowFrom` names, and from its own servers.
 * - Encrypted at rest; LZ4 compression; retained when removed from the stack unless
 *   `removalPolicy` says otherwise; persistent file systems keep daily backups.
 * - A data repository association imports the bucket's objects (metadata at creation, new,
 *   changed and deleted objects automatically) and exports new and changed files.
 * - The same POSIX layout as the lab's other storage: clients create `/scratch/<user>` with the
 *   registry's owners (Lustre keeps uids and gids as numbers, like NFS).
 *
 * @example
 * const scratch = new SharedLustre(this, 'Scratch', { vpc, dataRepository: bucket });
 * scratch.allowFrom(clusterNodes);
 */
class SharedLustre extends constructs_1.Construct {
    /** The file system. */
    fileSystem;
    /** Its security group. */
    securityGroup;
    /** Network connections. */
    connections;
    /** Deployment type. */
    deployment;
    /**
     * The data repository association.
     * @default - none
     */
    dataRepositoryAssociation;
    /** Storage capacity in GiB. */
    storageCapacityGiB;
    /**
     * The quota settings, for the client that sets them (ResearchCluster).
     * @default - no quotas
     */
    quotaSettings;
    /**
     * The registry the quotas are of.
     * @default - no quotas
     */
    quotaRegistry;
    quotas;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'SharedLustreProps', props);
        this.deployment = props.deployment ?? LustreDeployment.SCRATCH_2;
        const persistent = this.deployment === LustreDeployment.PERSISTENT_2;
        const capacity = props.storageCapacityGiB ?? 1200;
        this.storageCapacityGiB = capacity;
        if (!(0, props_1.unresolved)(capacity) && !(capacity === 1200 || (Number.isInteger(capacity) && capacity >= 2400 && capacity % 2400 === 0))) {
            (0, props_1.badProp)(this, 'storageCapacityGiB', capacity, 'FSx for Lustre (SSD) takes 1200 or 2400 GiB, then steps of 2400', 'use 1200, 2400, 4800, ...');
        }
        if (props.throughputPerTiB !== undefined && !persistent) {
            (0, props_1.badProp)(this, 'throughputPerTiB', props.throughputPerTiB, 'only persistent file systems have a throughput setting', 'remove it, or use deployment PERSISTENT_2');
        }
        const throughput = props.throughputPerTiB ?? 125;
        if (persistent && !(0, props_1.unresolved)(throughput) && ![125, 250, 500, 1000].includes(throughput)) {
            (0, props_1.badProp)(this, 'throughputPerTiB', throughput, 'not a PERSISTENT_2 throughput', 'use 125, 250, 500 or 1000 (MB/s per TiB)');
        }
        if (props.encryptionKey && !persistent) {
            (0, props_1.badProp)(this, 'encryptionKey', '(a key)', 'scratch file systems are encrypted with an AWS managed key and take no customer key', 'remove encryptionKey, or use deployment PERSISTENT_2');
        }
        (0, props_1.checkInt)(this, 'backupRetentionDays', props.backupRetentionDays, 0, 90, 'use 0 to 90 days');
        if (props.backupRetentionDays !== undefined && !persistent) {
            (0, props_1.badProp)(this, 'backupRetentionDays', props.backupRetentionDays, 'scratch file systems have no backups', 'remove it, or use deployment PERSISTENT_2');
        }
        const dataPath = props.dataRepositoryPath ?? '/data';
        if (!/^\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(dataPath)) {
            (0, props_1.badProp)(this, 'dataRepositoryPath', dataPath, 'an absolute path of letters, digits, ".", "_" and "-" (not the root)', 'write e.g. "/data"');
        }
        if ((props.dataRepositoryPrefix !== undefined || props.dataRepositoryPath !== undefined) && !props.dataRepository) {
            (0, props_1.badProp)(this, 'dataRepository', undefined, 'dataRepositoryPrefix and dataRepositoryPath need a bucket', 'give dataRepository, or remove them');
        }
        this.quotas = (0, fsx_1.checkedRegistryQuotas)(this, props, true);
        if (this.quotas.length) {
            this.quotaRegistry = props.registry;
            this.quotaSettings = {
                userQuotaGiB: props.userQuotaGiB,
                userQuotasGiB: props.userQuotasGiB,
                groupQuotaGiB: props.groupQuotaGiB,
                groupQuotasGiB: props.groupQuotasGiB,
                projectQuotaGiB: props.projectQuotaGiB,
                projectQuotasGiB: props.projectQuotasGiB,
            };
        }
        this.securityGroup = (0, fsx_1.fileSystemSecurityGroup)(this, props.vpc, `FSx for Lustre ${this.node.path}`);
        this.connections = new ec2.Connections({ securityGroups: [this.securityGroup] });
        // Lustre servers talk to each other on the same ports.
        this.allowFrom(this.securityGroup);
        const subnets = (0, fsx_1.fileSystemSubnets)(this, props.vpc, props.vpcSubnets, 1);
        this.fileSystem = new fsx.CfnFileSystem(this, 'Resource', {
            fileSystemType: 'LUSTRE',
            fileSystemTypeVersion: '2.15',
            storageCapacity: capacity,
            storageType: 'SSD',
            subnetIds: subnets,
            securityGroupIds: [this.securityGroup.securityGroupId],
            kmsKeyId: persistent ? props.encryptionKey?.keyId : undefined,
            lustreConfiguration: {
                deploymentType: this.deployment,
                dataCompressionType: 'LZ4',
                perUnitStorageThroughput: persistent ? throughput : undefined,
                automaticBackupRetentionDays: persistent ? props.backupRetentionDays ?? 7 : undefined,
                copyTagsToBackups: persistent ? true : undefined,
                dailyAutomaticBackupStartTime: persistent ? '05:00' : undefined,
            },
        });
        this.fileSystem.applyRemovalPolicy(props.removalPolicy ?? aws_cdk_lib_1.RemovalPolicy.RETAIN);
        if (props.dataRepository) {
            const prefix = (props.dataRepositoryPrefix ?? '').replace(/^\/+|\/+$/g, '');
            this.dataRepositoryAssociation = new fsx.CfnDataRepositoryAssociation(this, 'DataRepository', {
                fileSystemId: this.fileSystem.ref,
                fileSystemPath: dataPath,
                dataRepositoryPath: `s3://${props.dataRepository.bucketName}${prefix ? `/${prefix}/` : ''}`,
                batchImportMetaDataOnCreate: true,
                s3: {
                    autoImportPolicy: { events: ['NEW', 'CHANGED', 'DELETED'] },
                    autoExportPolicy: { events: ['NEW', 'CHANGED', 'DELETED'] },
                },
            });
            this.dataRepositoryAssociation.applyRemovalPolicy(aws_cdk_lib_1.RemovalPolicy.DESTROY);
        }
        aws_cdk_lib_1.Tags.of(this).add('research:storage', `lustre-${persistent ? 'persistent' : 'scratch'}`);
    }
    /** The quota of a registry user in GiB, when one is set. */
    userQuotaGiB(user) {
        return (0, fsx_1.quotaOf)(this.quotas, 'USER', user);
    }
    /** The quota of a registry group in GiB, when one is set. */
    groupQuotaGiB(group) {
        return (0, fsx_1.quotaOf)(this.quotas, 'GROUP', group);
    }
    /** The quota of a registry group's project folder (`<mount>/projects/<group>`) in GiB, when one is set. */
    projectQuotaGiB(group) {
        return (0, fsx_1.quotaOf)(this.quotas, 'PROJECT', group);
    }
    /** Number of user, group and project quotas set (by the cluster that mounts it). */
    get quotaCount() {
        return this.quotas.length;
    }
    /** Admits Lustre (TCP 988 and 1018-1023) from a peer. */
    allowFrom(peer) {
        this.connections.allowFrom(peer, ec2.Port.tcp(988), 'Lustre from the lab');
        this.connections.allowFrom(peer, ec2.Port.tcpRange(1018, 1023), 'Lustre from the lab');
    }
    /** The file system's DNS name. */
    get dnsName() {
        return this.fileSystem.attrDnsName;
    }
    /** The Lustre mount name (`mount -t lustre <dns>@tcp:/<mountName> /scratch`). */
    get mountName() {
        return this.fileSystem.attrLustreMountName;
    }
}
exports.SharedLustre = SharedLustre;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hhcmVkLWx1c3RyZS5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uLy4uL3NyYy9jb25zdHJ1Y3RzL2F3cy9zaGFyZWQtbHVzdHJlLnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQUFBLDZDQUFrRDtBQUNsRCx5REFBMkM7QUFDM0MseURBQTJDO0FBRzNDLDJDQUF1QztBQUN2Qyx1Q0FBMEg7QUFDMUgsMkRBQTREO0FBRzVELDRDQUFpRTtBQUVqRTs7R0FFRztBQUNILElBQVksZ0JBS1g7QUFMRCxXQUFZLGdCQUFnQjtJQUMxQixvR0FBb0c7SUFDcEcsMkNBQXVCLENBQUE7SUFDdkIsK0VBQStFO0lBQy9FLGlEQUE2QixDQUFBO0FBQy9CLENBQUMsRUFMVyxnQkFBZ0IsZ0NBQWhCLGdCQUFnQixRQUszQjtBQXFFRDs7Ozs7Ozs7Ozs7Ozs7OztHQWdCRztBQUNILE1BQWEsWUFBYSxTQUFRLHNCQUFTO0lBQ3pDLHVCQUF1QjtJQUNQLFVBQVUsQ0FBb0I7SUFDOUMsMEJBQTBCO0lBQ1YsYUFBYSxDQUFvQjtJQUNqRCwyQkFBMkI7SUFDWCxXQUFXLENBQWtCO0lBQzdDLHVCQUF1QjtJQUNQLFVBQVUsQ0FBbUI7SUFDN0M7OztPQUdHO0lBQ2EseUJBQXlCLENBQW9DO0lBQzdFLCtCQUErQjtJQUNmLGtCQUFrQixDQUFTO0lBQzNDOzs7T0FHRztJQUNhLGFBQWEsQ0FBZ0I7SUFDN0M7OztPQUdHO0lBQ2EsYUFBYSxDQUFnQjtJQUU1QixNQUFNLENBQWtCO0lBRXpDLFlBQVksS0FBZ0IsRUFBRSxFQUFVLEVBQUUsS0FBd0I7UUFDaEUsS0FBSyxDQUFDLEtBQUssRUFBRSxFQUFFLENBQUMsQ0FBQztRQUNqQixJQUFBLDZCQUFlLEVBQUMsSUFBSSxFQUFFLG1CQUFtQixFQUFFLEtBQUssQ0FBQyxDQUFDO1FBQ2xELElBQUksQ0FBQyxVQUFVLEdBQUcsS0FBSyxDQUFDLFVBQVUsSUFBSSxnQkFBZ0IsQ0FBQyxTQUFTLENBQUM7UUFDakUsTUFBTSxVQUFVLEdBQUcsSUFBSSxDQUFDLFVBQVUsS0FBSyxnQkFBZ0IsQ0FBQyxZQUFZLENBQUM7UUFDckUsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLGtCQUFrQixJQUFJLElBQUksQ0FBQztRQUNsRCxJQUFJLENBQUMsa0JBQWtCLEdBQUcsUUFBUSxDQUFDO1FBQ25DLElBQUksQ0FBQyxJQUFBLGtCQUFVLEVBQUMsUUFBUSxDQUFDLElBQUksQ0FBQyxDQUFDLFFBQVEsS0FBSyxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsU0FBUyxDQUFDLFFBQVEsQ0FBQyxJQUFJLFFBQVEsSUFBSSxJQUFJLElBQUksUUFBUSxHQUFHLElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7WUFDL0gsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLG9CQUFvQixFQUFFLFFBQVEsRUFBRSxpRUFBaUUsRUFBRSwyQkFBMkIsQ0FBQyxDQUFDO1FBQ2hKLENBQUM7UUFDRCxJQUFJLEtBQUssQ0FBQyxnQkFBZ0IsS0FBSyxTQUFTLElBQUksQ0FBQyxVQUFVLEVBQUUsQ0FBQztZQUN4RCxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsa0JBQWtCLEVBQUUsS0FBSyxDQUFDLGdCQUFnQixFQUFFLHdEQUF3RCxFQUFFLDJDQUEyQyxDQUFDLENBQUM7UUFDbkssQ0FBQztRQUNELE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxnQkFBZ0IsSUFBSSxHQUFHLENBQUM7UUFDakQsSUFBSSxVQUFVLElBQUksQ0FBQyxJQUFBLGtCQUFVLEVBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyxDQUFDLEdBQUcsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLElBQUksQ0FBQyxDQUFDLFFBQVEsQ0FBQyxVQUFVLENBQUMsRUFBRSxDQUFDO1lBQ3pGLElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxrQkFBa0IsRUFBRSxVQUFVLEVBQUUsK0JBQStCLEVBQUUsMENBQTBDLENBQUMsQ0FBQztRQUM3SCxDQUFDO1FBQ0QsSUFBSSxLQUFLLENBQUMsYUFBYSxJQUFJLENBQUMsVUFBVSxFQUFFLENBQUM7WUFDdkMsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLGVBQWUsRUFBRSxTQUFTLEVBQUUscUZBQXFGLEVBQUUsc0RBQXNELENBQUMsQ0FBQztRQUMzTCxDQUFDO1FBQ0QsSUFBQSxnQkFBUSxFQUFDLElBQUksRUFBRSxxQkFBcUIsRUFBRSxLQUFLLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO1FBQzVGLElBQUksS0FBSyxDQUFDLG1CQUFtQixLQUFLLFNBQVMsSUFBSSxDQUFDLFVBQVUsRUFBRSxDQUFDO1lBQzNELElBQUEsZUFBTyxFQUFDLElBQUksRUFBRSxxQkFBcUIsRUFBRSxLQUFLLENBQUMsbUJBQW1CLEVBQUUsc0NBQXNDLEVBQUUsMkNBQTJDLENBQUMsQ0FBQztRQUN2SixDQUFDO1FBQ0QsTUFBTSxRQUFRLEdBQUcsS0FBSyxDQUFDLGtCQUFrQixJQUFJLE9BQU8sQ0FBQztRQUNyRCxJQUFJLENBQUMseUNBQXlDLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxFQUFFLENBQUM7WUFDOUQsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLG9CQUFvQixFQUFFLFFBQVEsRUFBRSxzRUFBc0UsRUFBRSxvQkFBb0IsQ0FBQyxDQUFDO1FBQzlJLENBQUM7UUFDRCxJQUFJLENBQUMsS0FBSyxDQUFDLG9CQUFvQixLQUFLLFNBQVMsSUFBSSxLQUFLLENBQUMsa0JBQWtCLEtBQUssU0FBUyxDQUFDLElBQUksQ0FBQyxLQUFLLENBQUMsY0FBYyxFQUFFLENBQUM7WUFDbEgsSUFBQSxlQUFPLEVBQUMsSUFBSSxFQUFFLGdCQUFnQixFQUFFLFNBQVMsRUFBRSwyREFBMkQsRUFBRSxxQ0FBcUMsQ0FBQyxDQUFDO1FBQ2pKLENBQUM7UUFFRCxJQUFJLENBQUMsTUFBTSxHQUFHLElBQUEsMkJBQXFCLEVBQUMsSUFBSSxFQUFFLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQztRQUN2RCxJQUFJLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxFQUFFLENBQUM7WUFDdkIsSUFBSSxDQUFDLGFBQWEsR0FBRyxLQUFLLENBQUMsUUFBUSxDQUFDO1lBQ3BDLElBQUksQ0FBQyxhQUFhLEdBQUc7Z0JBQ25CLFlBQVksRUFBRSxLQUFLLENBQUMsWUFBWTtnQkFDaEMsYUFBYSxFQUFFLEtBQUssQ0FBQyxhQUFhO2dCQUNsQyxhQUFhLEVBQUUsS0FBSyxDQUFDLGFBQWE7Z0JBQ2xDLGNBQWMsRUFBRSxLQUFLLENBQUMsY0FBYztnQkFDcEMsZUFBZSxFQUFFLEtBQUssQ0FBQyxlQUFlO2dCQUN0QyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsZ0JBQWdCO2FBQ3pDLENBQUM7UUFDSixDQUFDO1FBRUQsSUFBSSxDQUFDLGFBQWEsR0FBRyxJQUFBLDZCQUF1QixFQUFDLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxFQUFFLGtCQUFrQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbEcsSUFBSSxDQUFDLFdBQVcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxXQUFXLENBQUMsRUFBRSxjQUFjLEVBQUUsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2pGLHVEQUF1RDtRQUN2RCxJQUFJLENBQUMsU0FBUyxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsQ0FBQztRQUNuQyxNQUFNLE9BQU8sR0FBRyxJQUFBLHVCQUFpQixFQUFDLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxFQUFFLEtBQUssQ0FBQyxVQUFVLEVBQUUsQ0FBQyxDQUFDLENBQUM7UUFDeEUsSUFBSSxDQUFDLFVBQVUsR0FBRyxJQUFJLEdBQUcsQ0FBQyxhQUFhLENBQUMsSUFBSSxFQUFFLFVBQVUsRUFBRTtZQUN4RCxjQUFjLEVBQUUsUUFBUTtZQUN4QixxQkFBcUIsRUFBRSxNQUFNO1lBQzdCLGVBQWUsRUFBRSxRQUFRO1lBQ3pCLFdBQVcsRUFBRSxLQUFLO1lBQ2xCLFNBQVMsRUFBRSxPQUFPO1lBQ2xCLGdCQUFnQixFQUFFLENBQUMsSUFBSSxDQUFDLGFBQWEsQ0FBQyxlQUFlLENBQUM7WUFDdEQsUUFBUSxFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLGFBQWEsRUFBRSxLQUFLLENBQUMsQ0FBQyxDQUFDLFNBQVM7WUFDN0QsbUJBQW1CLEVBQUU7Z0JBQ25CLGNBQWMsRUFBRSxJQUFJLENBQUMsVUFBVTtnQkFDL0IsbUJBQW1CLEVBQUUsS0FBSztnQkFDMUIsd0JBQXdCLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxVQUFVLENBQUMsQ0FBQyxDQUFDLFNBQVM7Z0JBQzdELDRCQUE0QixFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsS0FBSyxDQUFDLG1CQUFtQixJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsU0FBUztnQkFDckYsaUJBQWlCLEVBQUUsVUFBVSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLFNBQVM7Z0JBQ2hELDZCQUE2QixFQUFFLFVBQVUsQ0FBQyxDQUFDLENBQUMsT0FBTyxDQUFDLENBQUMsQ0FBQyxTQUFTO2FBQ2hFO1NBQ0YsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLFVBQVUsQ0FBQyxrQkFBa0IsQ0FBQyxLQUFLLENBQUMsYUFBYSxJQUFJLDJCQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7UUFFaEYsSUFBSSxLQUFLLENBQUMsY0FBYyxFQUFFLENBQUM7WUFDekIsTUFBTSxNQUFNLEdBQUcsQ0FBQyxLQUFLLENBQUMsb0JBQW9CLElBQUksRUFBRSxDQUFDLENBQUMsT0FBTyxDQUFDLFlBQVksRUFBRSxFQUFFLENBQUMsQ0FBQztZQUM1RSxJQUFJLENBQUMseUJBQXlCLEdBQUcsSUFBSSxHQUFHLENBQUMsNEJBQTRCLENBQUMsSUFBSSxFQUFFLGdCQUFnQixFQUFFO2dCQUM1RixZQUFZLEVBQUUsSUFBSSxDQUFDLFVBQVUsQ0FBQyxHQUFHO2dCQUNqQyxjQUFjLEVBQUUsUUFBUTtnQkFDeEIsa0JBQWtCLEVBQUUsUUFBUSxLQUFLLENBQUMsY0FBYyxDQUFDLFVBQVUsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLElBQUksTUFBTSxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRTtnQkFDM0YsMkJBQTJCLEVBQUUsSUFBSTtnQkFDakMsRUFBRSxFQUFFO29CQUNGLGdCQUFnQixFQUFFLEVBQUUsTUFBTSxFQUFFLENBQUMsS0FBSyxFQUFFLFNBQVMsRUFBRSxTQUFTLENBQUMsRUFBRTtvQkFDM0QsZ0JBQWdCLEVBQUUsRUFBRSxNQUFNLEVBQUUsQ0FBQyxLQUFLLEVBQUUsU0FBUyxFQUFFLFNBQVMsQ0FBQyxFQUFFO2lCQUM1RDthQUNGLENBQUMsQ0FBQztZQUNILElBQUksQ0FBQyx5QkFBeUIsQ0FBQyxrQkFBa0IsQ0FBQywyQkFBYSxDQUFDLE9BQU8sQ0FBQyxDQUFDO1FBQzNFLENBQUM7UUFDRCxrQkFBSSxDQUFDLEVBQUUsQ0FBQyxJQUFJLENBQUMsQ0FBQyxHQUFHLENBQUMsa0JBQWtCLEVBQUUsVUFBVSxVQUFVLENBQUMsQ0FBQyxDQUFDLFlBQVksQ0FBQyxDQUFDLENBQUMsU0FBUyxFQUFFLENBQUMsQ0FBQztJQUMzRixDQUFDO0lBRUQsNERBQTREO0lBQ3JELFlBQVksQ0FBQyxJQUFZO1FBQzlCLE9BQU8sSUFBQSxhQUFPLEVBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxNQUFNLEVBQUUsSUFBSSxDQUFDLENBQUM7SUFDNUMsQ0FBQztJQUVELDZEQUE2RDtJQUN0RCxhQUFhLENBQUMsS0FBYTtRQUNoQyxPQUFPLElBQUEsYUFBTyxFQUFDLElBQUksQ0FBQyxNQUFNLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxDQUFDO0lBQzlDLENBQUM7SUFFRCwyR0FBMkc7SUFDcEcsZUFBZSxDQUFDLEtBQWE7UUFDbEMsT0FBTyxJQUFBLGFBQU8sRUFBQyxJQUFJLENBQUMsTUFBTSxFQUFFLFNBQVMsRUFBRSxLQUFLLENBQUMsQ0FBQztJQUNoRCxDQUFDO0lBRUQsb0ZBQW9GO0lBQ3BGLElBQVcsVUFBVTtRQUNuQixPQUFPLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDO0lBQzVCLENBQUM7SUFFRCx5REFBeUQ7SUFDbEQsU0FBUyxDQUFDLElBQXNCO1FBQ3JDLElBQUksQ0FBQyxXQUFXLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxHQUFHLENBQUMsRUFBRSxxQkFBcUIsQ0FBQyxDQUFDO1FBQzNFLElBQUksQ0FBQyxXQUFXLENBQUMsU0FBUyxDQUFDLElBQUksRUFBRSxHQUFHLENBQUMsSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUscUJBQXFCLENBQUMsQ0FBQztJQUN6RixDQUFDO0lBRUQsa0NBQWtDO0lBQ2xDLElBQVcsT0FBTztRQUNoQixPQUFPLElBQUksQ0FBQyxVQUFVLENBQUMsV0FBVyxDQUFDO0lBQ3JDLENBQUM7SUFFRCxpRkFBaUY7SUFDakYsSUFBVyxTQUFTO1FBQ2xCLE9BQU8sSUFBSSxDQUFDLFVBQVUsQ0FBQyxtQkFBbUIsQ0FBQztJQUM3QyxDQUFDO0NBQ0Y7QUF0SkQsb0NBc0pDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgUmVtb3ZhbFBvbGljeSwgVGFncyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGZzeCBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZnN4JztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCAqIGFzIHMzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1zMyc7XG5pbXBvcnQgeyBDb25zdHJ1Y3QgfSBmcm9tICdjb25zdHJ1Y3RzJztcbmltcG9ydCB7IGNoZWNrZWRSZWdpc3RyeVF1b3RhcywgZmlsZVN5c3RlbVNlY3VyaXR5R3JvdXAsIGZpbGVTeXN0ZW1TdWJuZXRzLCBxdW90YU9mLCBSZWdpc3RyeVF1b3RhIH0gZnJvbSAnLi9wcml2YXRlL2ZzeCc7XG5pbXBvcnQgeyBjaGVja0tub3duUHJvcHMgfSBmcm9tICcuLi8uLi9wcml2YXRlL2tub3duLXByb3BzJztcbmltcG9ydCB7IEx1c3RyZVF1b3RhcyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvY2x1c3Rlcic7XG5pbXBvcnQgeyBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3VzZXJzJztcbmltcG9ydCB7IGJhZFByb3AsIGNoZWNrSW50LCB1bnJlc29sdmVkIH0gZnJvbSAnLi4vcHJpdmF0ZS9wcm9wcyc7XG5cbi8qKlxuICogSG93IGFuIEZTeCBmb3IgTHVzdHJlIGZpbGUgc3lzdGVtIGlzIGRlcGxveWVkLlxuICovXG5leHBvcnQgZW51bSBMdXN0cmVEZXBsb3ltZW50IHtcbiAgLyoqIFNjcmF0Y2g6IG5vIHJlcGxpY2F0aW9uLCBjaGVhcGVzdCwgZm9yIHRlbXBvcmFyeSBqb2IgZGF0YSAoZGF0YSBpcyBsb3N0IHdoZW4gYSBzZXJ2ZXIgZmFpbHMpLiAqL1xuICBTQ1JBVENIXzIgPSAnU0NSQVRDSF8yJyxcbiAgLyoqIFBlcnNpc3RlbnQ6IHJlcGxpY2F0ZWQgd2l0aGluIHRoZSB6b25lLCBiYWNrdXBzLCBhIGN1c3RvbWVyIG1hbmFnZWQga2V5LiAqL1xuICBQRVJTSVNURU5UXzIgPSAnUEVSU0lTVEVOVF8yJyxcbn1cblxuLyoqXG4gKiBQcm9wZXJ0aWVzIG9mIGEgU2hhcmVkTHVzdHJlLlxuICovXG5leHBvcnQgaW50ZXJmYWNlIFNoYXJlZEx1c3RyZVByb3BzIGV4dGVuZHMgTHVzdHJlUXVvdGFzIHtcbiAgLyoqIFZQQyBvZiB0aGUgZmlsZSBzeXN0ZW0uICovXG4gIHJlYWRvbmx5IHZwYzogZWMyLklWcGM7XG4gIC8qKlxuICAgKiBTdWJuZXRzOiB0aGUgZmlsZSBzeXN0ZW0gKHNpbmdsZSBhdmFpbGFiaWxpdHkgem9uZSkgZ29lcyBpbnRvIHRoZSBmaXJzdC5cbiAgICogQGRlZmF1bHQgLSB0aGUgVlBDJ3MgaXNvbGF0ZWQgc3VibmV0cywgZWxzZSBpdHMgcHJpdmF0ZSBzdWJuZXRzXG4gICAqL1xuICByZWFkb25seSB2cGNTdWJuZXRzPzogZWMyLlN1Ym5ldFNlbGVjdGlvbjtcbiAgLyoqXG4gICAqIERlcGxveW1lbnQgdHlwZS5cbiAgICogQGRlZmF1bHQgTHVzdHJlRGVwbG95bWVudC5TQ1JBVENIXzJcbiAgICovXG4gIHJlYWRvbmx5IGRlcGxveW1lbnQ/OiBMdXN0cmVEZXBsb3ltZW50O1xuICAvKipcbiAgICogU3RvcmFnZSBjYXBhY2l0eSBpbiBHaUI6IDEyMDAsIDI0MDAsIHRoZW4gc3RlcHMgb2YgMjQwMC5cbiAgICogQGRlZmF1bHQgMTIwMFxuICAgKi9cbiAgcmVhZG9ubHkgc3RvcmFnZUNhcGFjaXR5R2lCPzogbnVtYmVyO1xuICAvKipcbiAgICogVGhyb3VnaHB1dCBwZXIgVGlCIG9mIHN0b3JhZ2UgaW4gTUIvcyAoUEVSU0lTVEVOVF8yOiAxMjUsIDI1MCwgNTAwIG9yIDEwMDApLlxuICAgKiBAZGVmYXVsdCAxMjUgZm9yIFBFUlNJU1RFTlRfMlxuICAgKi9cbiAgcmVhZG9ubHkgdGhyb3VnaHB1dFBlclRpQj86IG51bWJlcjtcbiAgLyoqXG4gICAqIEEgYnVja2V0IG9mIHRoZSBsYWIgbGlua2VkIHRvIHRoZSBmaWxlIHN5c3RlbSAoYSBkYXRhIHJlcG9zaXRvcnkgYXNzb2NpYXRpb24pOiBvYmplY3RzXG4gICAqIGFwcGVhciBhcyBmaWxlcyB1bmRlciBgZGF0YVJlcG9zaXRvcnlQYXRoYCwgbmV3IGFuZCBjaGFuZ2VkIGZpbGVzIGFyZSBleHBvcnRlZCBiYWNrLlxuICAgKiBAZGVmYXVsdCAtIG5vIGJ1Y2tldFxuICAgKi9cbiAgcmVhZG9ubHkgZGF0YVJlcG9zaXRvcnk/OiBzMy5JQnVja2V0O1xuICAvKipcbiAgICogUHJlZml4IGluIHRoZSBidWNrZXQuXG4gICAqIEBkZWZhdWx0IC0gdGhlIHdob2xlIGJ1Y2tldFxuICAgKi9cbiAgcmVhZG9ubHkgZGF0YVJlcG9zaXRvcnlQcmVmaXg/OiBzdHJpbmc7XG4gIC8qKlxuICAgKiBXaGVyZSB0aGUgYnVja2V0IGFwcGVhcnMgaW4gdGhlIGZpbGUgc3lzdGVtLlxuICAgKiBAZGVmYXVsdCBcIi9kYXRhXCJcbiAgICovXG4gIHJlYWRvbmx5IGRhdGFSZXBvc2l0b3J5UGF0aD86IHN0cmluZztcbiAgLyoqXG4gICAqIEN1c3RvbWVyIG1hbmFnZWQga2V5IGZvciBlbmNyeXB0aW9uIGF0IHJlc3QgKFBFUlNJU1RFTlRfMjsgc2NyYXRjaCBmaWxlIHN5c3RlbXMgYXJlIGFsd2F5c1xuICAgKiBlbmNyeXB0ZWQgd2l0aCBhbiBBV1MgbWFuYWdlZCBrZXkpLlxuICAgKiBAZGVmYXVsdCAtIHRoZSBhY2NvdW50J3MgRlN4IGtleSAoYXdzL2ZzeClcbiAgICovXG4gIHJlYWRvbmx5IGVuY3J5cHRpb25LZXk/OiBrbXMuSUtleTtcbiAgLyoqXG4gICAqIERheXMgYXV0b21hdGljIGRhaWx5IGJhY2t1cHMgb2YgYSBwZXJzaXN0ZW50IGZpbGUgc3lzdGVtIGFyZSBrZXB0ICgwIHR1cm5zIHRoZW0gb2ZmKS5cbiAgICogQGRlZmF1bHQgN1xuICAgKi9cbiAgcmVhZG9ubHkgYmFja3VwUmV0ZW50aW9uRGF5cz86IG51bWJlcjtcbiAgLyoqXG4gICAqIFJlc2VhcmNoIHVzZXJzIGFuZCBncm91cHMgd2hvc2UgcXVvdGFzIGFyZSBzZXQgKGJ5IHRoZWlyIHJlZ2lzdHJ5IHVpZCBhbmQgZ2lkKS4gTHVzdHJlXG4gICAqIHF1b3RhcyBhcmUgc2V0IGZyb20gYSBjbGllbnQ6IGEgUmVzZWFyY2hDbHVzdGVyIHdpdGggdGhpcyBzY3JhdGNoIHNldHMgdGhlbSBmcm9tIG9uZSBub2RlLlxuICAgKiBAZGVmYXVsdCAtIG5vIHF1b3Rhc1xuICAgKi9cbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG4gIC8qKlxuICAgKiBXaGF0IGhhcHBlbnMgdG8gdGhlIGZpbGUgc3lzdGVtIHdoZW4gaXQgbGVhdmVzIHRoZSBzdGFjayAoc2NyYXRjaCB0b286IGpvYnMnIHJlc3VsdHMgbWF5IGJlXG4gICAqIHRoZSBvbmx5IGNvcHkpLlxuICAgKiBAZGVmYXVsdCBSZW1vdmFsUG9saWN5LlJFVEFJTlxuICAgKi9cbiAgcmVhZG9ubHkgcmVtb3ZhbFBvbGljeT86IFJlbW92YWxQb2xpY3k7XG59XG5cbi8qKlxuICogRmFzdCBzY3JhdGNoIChvciBwZXJzaXN0ZW50KSBzdG9yYWdlIG9uIEFtYXpvbiBGU3ggZm9yIEx1c3RyZSBmb3IgdGhlIGxhYidzIGNsdXN0ZXIgYW5kXG4gKiB3b3Jrc3RhdGlvbnMsIG9wdGlvbmFsbHkgbGlua2VkIHRvIGFuIFMzIGJ1Y2tldCBvZiB0aGUgbGFiLlxuICpcbiAqIC0gU2luZ2xlLUFaIGluIHRoZSBsYWIncyBwcml2YXRlIHN1Ym5ldHMsIGJlaGluZCBhIHNlY3VyaXR5IGdyb3VwIHRoYXQgYWRtaXRzIEx1c3RyZSAoOTg4LFxuICogICAxMDE4LTEwMjMpIG9ubHkgZnJvbSB3aGF0IGBhbGxvd0Zyb21gIG5hbWVzLCBhbmQgZnJvbSBpdHMgb3duIHNlcnZlcnMuXG4gKiAtIEVuY3J5cHRlZCBhdCByZXN0OyBMWjQgY29tcHJlc3Npb247IHJldGFpbmVkIHdoZW4gcmVtb3ZlZCBmcm9tIHRoZSBzdGFjayB1bmxlc3NcbiAqICAgYHJlbW92YWxQb2xpY3lgIHNheXMgb3RoZXJ3aXNlOyBwZXJzaXN0ZW50IGZpbGUgc3lzdGVtcyBrZWVwIGRhaWx5IGJhY2t1cHMuXG4gKiAtIEEgZGF0YSByZXBvc2l0b3J5IGFzc29jaWF0aW9uIGltcG9ydHMgdGhlIGJ1Y2tldCdzIG9iamVjdHMgKG1ldGFkYXRhIGF0IGNyZWF0aW9uLCBuZXcsXG4gKiAgIGNoYW5nZWQgYW5kIGRlbGV0ZWQgb2JqZWN0cyBhdXRvbWF0aWNhbGx5KSBhbmQgZXhwb3J0cyBuZXcgYW5kIGNoYW5nZWQgZmlsZXMuXG4gKiAtIFRoZSBzYW1lIFBPU0lYIGxheW91dCBhcyB0aGUgbGFiJ3Mgb3RoZXIgc3RvcmFnZTogY2xpZW50cyBjcmVhdGUgYC9zY3JhdGNoLzx1c2VyPmAgd2l0aCB0aGVcbiAqICAgcmVnaXN0cnkncyBvd25lcnMgKEx1c3RyZSBrZWVwcyB1aWRzIGFuZCBnaWRzIGFzIG51bWJlcnMsIGxpa2UgTkZTKS5cbiAqXG4gKiBAZXhhbXBsZVxuICogY29uc3Qgc2NyYXRjaCA9IG5ldyBTaGFyZWRMdXN0cmUodGhpcywgJ1NjcmF0Y2gnLCB7IHZwYywgZGF0YVJlcG9zaXRvcnk6IGJ1Y2tldCB9KTtcbiAqIHNjcmF0Y2guYWxsb3dGcm9tKGNsdXN0ZXJOb2Rlcyk7XG4gKi9cbmV4cG9ydCBjbGFzcyBTaGFyZWRMdXN0cmUgZXh0ZW5kcyBDb25zdHJ1Y3QgaW1wbGVtZW50cyBlYzIuSUNvbm5lY3RhYmxlIHtcbiAgLyoqIFRoZSBmaWxlIHN5c3RlbS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGZpbGVTeXN0ZW06IGZzeC5DZm5GaWxlU3lzdGVtO1xuICAvKiogSXRzIHNlY3VyaXR5IGdyb3VwLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgc2VjdXJpdHlHcm91cDogZWMyLlNlY3VyaXR5R3JvdXA7XG4gIC8qKiBOZXR3b3JrIGNvbm5lY3Rpb25zLiAqL1xuICBwdWJsaWMgcmVhZG9ubHkgY29ubmVjdGlvbnM6IGVjMi5Db25uZWN0aW9ucztcbiAgLyoqIERlcGxveW1lbnQgdHlwZS4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGRlcGxveW1lbnQ6IEx1c3RyZURlcGxveW1lbnQ7XG4gIC8qKlxuICAgKiBUaGUgZGF0YSByZXBvc2l0b3J5IGFzc29jaWF0aW9uLlxuICAgKiBAZGVmYXVsdCAtIG5vbmVcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBkYXRhUmVwb3NpdG9yeUFzc29jaWF0aW9uPzogZnN4LkNmbkRhdGFSZXBvc2l0b3J5QXNzb2NpYXRpb247XG4gIC8qKiBTdG9yYWdlIGNhcGFjaXR5IGluIEdpQi4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHN0b3JhZ2VDYXBhY2l0eUdpQjogbnVtYmVyO1xuICAvKipcbiAgICogVGhlIHF1b3RhIHNldHRpbmdzLCBmb3IgdGhlIGNsaWVudCB0aGF0IHNldHMgdGhlbSAoUmVzZWFyY2hDbHVzdGVyKS5cbiAgICogQGRlZmF1bHQgLSBubyBxdW90YXNcbiAgICovXG4gIHB1YmxpYyByZWFkb25seSBxdW90YVNldHRpbmdzPzogTHVzdHJlUXVvdGFzO1xuICAvKipcbiAgICogVGhlIHJlZ2lzdHJ5IHRoZSBxdW90YXMgYXJlIG9mLlxuICAgKiBAZGVmYXVsdCAtIG5vIHF1b3Rhc1xuICAgKi9cbiAgcHVibGljIHJlYWRvbmx5IHF1b3RhUmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG5cbiAgcHJpdmF0ZSByZWFkb25seSBxdW90YXM6IFJlZ2lzdHJ5UXVvdGFbXTtcblxuICBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nLCBwcm9wczogU2hhcmVkTHVzdHJlUHJvcHMpIHtcbiAgICBzdXBlcihzY29wZSwgaWQpO1xuICAgIGNoZWNrS25vd25Qcm9wcyh0aGlzLCAnU2hhcmVkTHVzdHJlUHJvcHMnLCBwcm9wcyk7XG4gICAgdGhpcy5kZXBsb3ltZW50ID0gcHJvcHMuZGVwbG95bWVudCA/PyBMdXN0cmVEZXBsb3ltZW50LlNDUkFUQ0hfMjtcbiAgICBjb25zdCBwZXJzaXN0ZW50ID0gdGhpcy5kZXBsb3ltZW50ID09PSBMdXN0cmVEZXBsb3ltZW50LlBFUlNJU1RFTlRfMjtcbiAgICBjb25zdCBjYXBhY2l0eSA9IHByb3BzLnN0b3JhZ2VDYXBhY2l0eUdpQiA/PyAxMjAwO1xuICAgIHRoaXMuc3RvcmFnZUNhcGFjaXR5R2lCID0gY2FwYWNpdHk7XG4gICAgaWYgKCF1bnJlc29sdmVkKGNhcGFjaXR5KSAmJiAhKGNhcGFjaXR5ID09PSAxMjAwIHx8IChOdW1iZXIuaXNJbnRlZ2VyKGNhcGFjaXR5KSAmJiBjYXBhY2l0eSA+PSAyNDAwICYmIGNhcGFjaXR5ICUgMjQwMCA9PT0gMCkpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICdzdG9yYWdlQ2FwYWNpdHlHaUInLCBjYXBhY2l0eSwgJ0ZTeCBmb3IgTHVzdHJlIChTU0QpIHRha2VzIDEyMDAgb3IgMjQwMCBHaUIsIHRoZW4gc3RlcHMgb2YgMjQwMCcsICd1c2UgMTIwMCwgMjQwMCwgNDgwMCwgLi4uJyk7XG4gICAgfVxuICAgIGlmIChwcm9wcy50aHJvdWdocHV0UGVyVGlCICE9PSB1bmRlZmluZWQgJiYgIXBlcnNpc3RlbnQpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ3Rocm91Z2hwdXRQZXJUaUInLCBwcm9wcy50aHJvdWdocHV0UGVyVGlCLCAnb25seSBwZXJzaXN0ZW50IGZpbGUgc3lzdGVtcyBoYXZlIGEgdGhyb3VnaHB1dCBzZXR0aW5nJywgJ3JlbW92ZSBpdCwgb3IgdXNlIGRlcGxveW1lbnQgUEVSU0lTVEVOVF8yJyk7XG4gICAgfVxuICAgIGNvbnN0IHRocm91Z2hwdXQgPSBwcm9wcy50aHJvdWdocHV0UGVyVGlCID8/IDEyNTtcbiAgICBpZiAocGVyc2lzdGVudCAmJiAhdW5yZXNvbHZlZCh0aHJvdWdocHV0KSAmJiAhWzEyNSwgMjUwLCA1MDAsIDEwMDBdLmluY2x1ZGVzKHRocm91Z2hwdXQpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICd0aHJvdWdocHV0UGVyVGlCJywgdGhyb3VnaHB1dCwgJ25vdCBhIFBFUlNJU1RFTlRfMiB0aHJvdWdocHV0JywgJ3VzZSAxMjUsIDI1MCwgNTAwIG9yIDEwMDAgKE1CL3MgcGVyIFRpQiknKTtcbiAgICB9XG4gICAgaWYgKHByb3BzLmVuY3J5cHRpb25LZXkgJiYgIXBlcnNpc3RlbnQpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ2VuY3J5cHRpb25LZXknLCAnKGEga2V5KScsICdzY3JhdGNoIGZpbGUgc3lzdGVtcyBhcmUgZW5jcnlwdGVkIHdpdGggYW4gQVdTIG1hbmFnZWQga2V5IGFuZCB0YWtlIG5vIGN1c3RvbWVyIGtleScsICdyZW1vdmUgZW5jcnlwdGlvbktleSwgb3IgdXNlIGRlcGxveW1lbnQgUEVSU0lTVEVOVF8yJyk7XG4gICAgfVxuICAgIGNoZWNrSW50KHRoaXMsICdiYWNrdXBSZXRlbnRpb25EYXlzJywgcHJvcHMuYmFja3VwUmV0ZW50aW9uRGF5cywgMCwgOTAsICd1c2UgMCB0byA5MCBkYXlzJyk7XG4gICAgaWYgKHByb3BzLmJhY2t1cFJldGVudGlvbkRheXMgIT09IHVuZGVmaW5lZCAmJiAhcGVyc2lzdGVudCkge1xuICAgICAgYmFkUHJvcCh0aGlzLCAnYmFja3VwUmV0ZW50aW9uRGF5cycsIHByb3BzLmJhY2t1cFJldGVudGlvbkRheXMsICdzY3JhdGNoIGZpbGUgc3lzdGVtcyBoYXZlIG5vIGJhY2t1cHMnLCAncmVtb3ZlIGl0LCBvciB1c2UgZGVwbG95bWVudCBQRVJTSVNURU5UXzInKTtcbiAgICB9XG4gICAgY29uc3QgZGF0YVBhdGggPSBwcm9wcy5kYXRhUmVwb3NpdG9yeVBhdGggPz8gJy9kYXRhJztcbiAgICBpZiAoIS9eXFwvW0EtWmEtejAtOS5fLV0rKFxcL1tBLVphLXowLTkuXy1dKykqJC8udGVzdChkYXRhUGF0aCkpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ2RhdGFSZXBvc2l0b3J5UGF0aCcsIGRhdGFQYXRoLCAnYW4gYWJzb2x1dGUgcGF0aCBvZiBsZXR0ZXJzLCBkaWdpdHMsIFwiLlwiLCBcIl9cIiBhbmQgXCItXCIgKG5vdCB0aGUgcm9vdCknLCAnd3JpdGUgZS5nLiBcIi9kYXRhXCInKTtcbiAgICB9XG4gICAgaWYgKChwcm9wcy5kYXRhUmVwb3NpdG9yeVByZWZpeCAhPT0gdW5kZWZpbmVkIHx8IHByb3BzLmRhdGFSZXBvc2l0b3J5UGF0aCAhPT0gdW5kZWZpbmVkKSAmJiAhcHJvcHMuZGF0YVJlcG9zaXRvcnkpIHtcbiAgICAgIGJhZFByb3AodGhpcywgJ2RhdGFSZXBvc2l0b3J5JywgdW5kZWZpbmVkLCAnZGF0YVJlcG9zaXRvcnlQcmVmaXggYW5kIGRhdGFSZXBvc2l0b3J5UGF0aCBuZWVkIGEgYnVja2V0JywgJ2dpdmUgZGF0YVJlcG9zaXRvcnksIG9yIHJlbW92ZSB0aGVtJyk7XG4gICAgfVxuXG4gICAgdGhpcy5xdW90YXMgPSBjaGVja2VkUmVnaXN0cnlRdW90YXModGhpcywgcHJvcHMsIHRydWUpO1xuICAgIGlmICh0aGlzLnF1b3Rhcy5sZW5ndGgpIHtcbiAgICAgIHRoaXMucXVvdGFSZWdpc3RyeSA9IHByb3BzLnJlZ2lzdHJ5O1xuICAgICAgdGhpcy5xdW90YVNldHRpbmdzID0ge1xuICAgICAgICB1c2VyUXVvdGFHaUI6IHByb3BzLnVzZXJRdW90YUdpQixcbiAgICAgICAgdXNlclF1b3Rhc0dpQjogcHJvcHMudXNlclF1b3Rhc0dpQixcbiAgICAgICAgZ3JvdXBRdW90YUdpQjogcHJvcHMuZ3JvdXBRdW90YUdpQixcbiAgICAgICAgZ3JvdXBRdW90YXNHaUI6IHByb3BzLmdyb3VwUXVvdGFzR2lCLFxuICAgICAgICBwcm9qZWN0UXVvdGFHaUI6IHByb3BzLnByb2plY3RRdW90YUdpQixcbiAgICAgICAgcHJvamVjdFF1b3Rhc0dpQjogcHJvcHMucHJvamVjdFF1b3Rhc0dpQixcbiAgICAgIH07XG4gICAgfVxuXG4gICAgdGhpcy5zZWN1cml0eUdyb3VwID0gZmlsZVN5c3RlbVNlY3VyaXR5R3JvdXAodGhpcywgcHJvcHMudnBjLCBgRlN4IGZvciBMdXN0cmUgJHt0aGlzLm5vZGUucGF0aH1gKTtcbiAgICB0aGlzLmNvbm5lY3Rpb25zID0gbmV3IGVjMi5Db25uZWN0aW9ucyh7IHNlY3VyaXR5R3JvdXBzOiBbdGhpcy5zZWN1cml0eUdyb3VwXSB9KTtcbiAgICAvLyBMdXN0cmUgc2VydmVycyB0YWxrIHRvIGVhY2ggb3RoZXIgb24gdGhlIHNhbWUgcG9ydHMuXG4gICAgdGhpcy5hbGxvd0Zyb20odGhpcy5zZWN1cml0eUdyb3VwKTtcbiAgICBjb25zdCBzdWJuZXRzID0gZmlsZVN5c3RlbVN1Ym5ldHModGhpcywgcHJvcHMudnBjLCBwcm9wcy52cGNTdWJuZXRzLCAxKTtcbiAgICB0aGlzLmZpbGVTeXN0ZW0gPSBuZXcgZnN4LkNmbkZpbGVTeXN0ZW0odGhpcywgJ1Jlc291cmNlJywge1xuICAgICAgZmlsZVN5c3RlbVR5cGU6ICdMVVNUUkUnLFxuICAgICAgZmlsZVN5c3RlbVR5cGVWZXJzaW9uOiAnMi4xNScsXG4gICAgICBzdG9yYWdlQ2FwYWNpdHk6IGNhcGFjaXR5LFxuICAgICAgc3RvcmFnZVR5cGU6ICdTU0QnLFxuICAgICAgc3VibmV0SWRzOiBzdWJuZXRzLFxuICAgICAgc2VjdXJpdHlHcm91cElkczogW3RoaXMuc2VjdXJpdHlHcm91cC5zZWN1cml0eUdyb3VwSWRdLFxuICAgICAga21zS2V5SWQ6IHBlcnNpc3RlbnQgPyBwcm9wcy5lbmNyeXB0aW9uS2V5Py5rZXlJZCA6IHVuZGVmaW5lZCxcbiAgICAgIGx1c3RyZUNvbmZpZ3VyYXRpb246IHtcbiAgICAgICAgZGVwbG95bWVudFR5cGU6IHRoaXMuZGVwbG95bWVudCxcbiAgICAgICAgZGF0YUNvbXByZXNzaW9uVHlwZTogJ0xaNCcsXG4gICAgICAgIHBlclVuaXRTdG9yYWdlVGhyb3VnaHB1dDogcGVyc2lzdGVudCA/IHRocm91Z2hwdXQgOiB1bmRlZmluZWQsXG4gICAgICAgIGF1dG9tYXRpY0JhY2t1cFJldGVudGlvbkRheXM6IHBlcnNpc3RlbnQgPyBwcm9wcy5iYWNrdXBSZXRlbnRpb25EYXlzID8/IDcgOiB1bmRlZmluZWQsXG4gICAgICAgIGNvcHlUYWdzVG9CYWNrdXBzOiBwZXJzaXN0ZW50ID8gdHJ1ZSA6IHVuZGVmaW5lZCxcbiAgICAgICAgZGFpbHlBdXRvbWF0aWNCYWNrdXBTdGFydFRpbWU6IHBlcnNpc3RlbnQgPyAnMDU6MDAnIDogdW5kZWZpbmVkLFxuICAgICAgfSxcbiAgICB9KTtcbiAgICB0aGlzLmZpbGVTeXN0ZW0uYXBwbHlSZW1vdmFsUG9saWN5KHByb3BzLnJlbW92YWxQb2xpY3kgPz8gUmVtb3ZhbFBvbGljeS5SRVRBSU4pO1xuXG4gICAgaWYgKHByb3BzLmRhdGFSZXBvc2l0b3J5KSB7XG4gICAgICBjb25zdCBwcmVmaXggPSAocHJvcHMuZGF0YVJlcG9zaXRvcnlQcmVmaXggPz8gJycpLnJlcGxhY2UoL15cXC8rfFxcLyskL2csICcnKTtcbiAgICAgIHRoaXMuZGF0YVJlcG9zaXRvcnlBc3NvY2lhdGlvbiA9IG5ldyBmc3guQ2ZuRGF0YVJlcG9zaXRvcnlBc3NvY2lhdGlvbih0aGlzLCAnRGF0YVJlcG9zaXRvcnknLCB7XG4gICAgICAgIGZpbGVTeXN0ZW1JZDogdGhpcy5maWxlU3lzdGVtLnJlZixcbiAgICAgICAgZmlsZVN5c3RlbVBhdGg6IGRhdGFQYXRoLFxuICAgICAgICBkYXRhUmVwb3NpdG9yeVBhdGg6IGBzMzovLyR7cHJvcHMuZGF0YVJlcG9zaXRvcnkuYnVja2V0TmFtZX0ke3ByZWZpeCA/IGAvJHtwcmVmaXh9L2AgOiAnJ31gLFxuICAgICAgICBiYXRjaEltcG9ydE1ldGFEYXRhT25DcmVhdGU6IHRydWUsXG4gICAgICAgIHMzOiB7XG4gICAgICAgICAgYXV0b0ltcG9ydFBvbGljeTogeyBldmVudHM6IFsnTkVXJywgJ0NIQU5HRUQnLCAnREVMRVRFRCddIH0sXG4gICAgICAgICAgYXV0b0V4cG9ydFBvbGljeTogeyBldmVudHM6IFsnTkVXJywgJ0NIQU5HRUQnLCAnREVMRVRFRCddIH0sXG4gICAgICAgIH0sXG4gICAgICB9KTtcbiAgICAgIHRoaXMuZGF0YVJlcG9zaXRvcnlBc3NvY2lhdGlvbi5hcHBseVJlbW92YWxQb2xpY3koUmVtb3ZhbFBvbGljeS5ERVNUUk9ZKTtcbiAgICB9XG4gICAgVGFncy5vZih0aGlzKS5hZGQoJ3Jlc2VhcmNoOnN0b3JhZ2UnLCBgbHVzdHJlLSR7cGVyc2lzdGVudCA/ICdwZXJzaXN0ZW50JyA6ICdzY3JhdGNoJ31gKTtcbiAgfVxuXG4gIC8qKiBUaGUgcXVvdGEgb2YgYSByZWdpc3RyeSB1c2VyIGluIEdpQiwgd2hlbiBvbmUgaXMgc2V0LiAqL1xuICBwdWJsaWMgdXNlclF1b3RhR2lCKHVzZXI6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gICAgcmV0dXJuIHF1b3RhT2YodGhpcy5xdW90YXMsICdVU0VSJywgdXNlcik7XG4gIH1cblxuICAvKiogVGhlIHF1b3RhIG9mIGEgcmVnaXN0cnkgZ3JvdXAgaW4gR2lCLCB3aGVuIG9uZSBpcyBzZXQuICovXG4gIHB1YmxpYyBncm91cFF1b3RhR2lCKGdyb3VwOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiBxdW90YU9mKHRoaXMucXVvdGFzLCAnR1JPVVAnLCBncm91cCk7XG4gIH1cblxuICAvKiogVGhlIHF1b3RhIG9mIGEgcmVnaXN0cnkgZ3JvdXAncyBwcm9qZWN0IGZvbGRlciAoYDxtb3VudD4vcHJvamVjdHMvPGdyb3VwPmApIGluIEdpQiwgd2hlbiBvbmUgaXMgc2V0LiAqL1xuICBwdWJsaWMgcHJvamVjdFF1b3RhR2lCKGdyb3VwOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiBxdW90YU9mKHRoaXMucXVvdGFzLCAnUFJPSkVDVCcsIGdyb3VwKTtcbiAgfVxuXG4gIC8qKiBOdW1iZXIgb2YgdXNlciwgZ3JvdXAgYW5kIHByb2plY3QgcXVvdGFzIHNldCAoYnkgdGhlIGNsdXN0ZXIgdGhhdCBtb3VudHMgaXQpLiAqL1xuICBwdWJsaWMgZ2V0IHF1b3RhQ291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5xdW90YXMubGVuZ3RoO1xuICB9XG5cbiAgLyoqIEFkbWl0cyBMdXN0cmUgKFRDUCA5ODggYW5kIDEwMTgtMTAyMykgZnJvbSBhIHBlZXIuICovXG4gIHB1YmxpYyBhbGxvd0Zyb20ocGVlcjogZWMyLklDb25uZWN0YWJsZSk6IHZvaWQge1xuICAgIHRoaXMuY29ubmVjdGlvbnMuYWxsb3dGcm9tKHBlZXIsIGVjMi5Qb3J0LnRjcCg5ODgpLCAnTHVzdHJlIGZyb20gdGhlIGxhYicpO1xuICAgIHRoaXMuY29ubmVjdGlvbnMuYWxsb3dGcm9tKHBlZXIsIGVjMi5Qb3J0LnRjcFJhbmdlKDEwMTgsIDEwMjMpLCAnTHVzdHJlIGZyb20gdGhlIGxhYicpO1xuICB9XG5cbiAgLyoqIFRoZSBmaWxlIHN5c3RlbSdzIEROUyBuYW1lLiAqL1xuICBwdWJsaWMgZ2V0IGRuc05hbWUoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gdGhpcy5maWxlU3lzdGVtLmF0dHJEbnNOYW1lO1xuICB9XG5cbiAgLyoqIFRoZSBMdXN0cmUgbW91bnQgbmFtZSAoYG1vdW50IC10IGx1c3RyZSA8ZG5zPkB0Y3A6Lzxtb3VudE5hbWU+IC9zY3JhdGNoYCkuICovXG4gIHB1YmxpYyBnZXQgbW91bnROYW1lKCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIHRoaXMuZmlsZVN5c3RlbS5hdHRyTHVzdHJlTW91bnROYW1lO1xuICB9XG59XG4iXX0=