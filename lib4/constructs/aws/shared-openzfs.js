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
exports.SharedOpenZfs = void 0;
const aws_cdk_lib_1 = require("aws-cdk-lib");
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const fsx = __importStar(require("aws-cdk-lib/aws-fsx"));
const constructs_1 = require("constructs");
const fsx_1 = require("./private/fsx");
const known_props_1 = require("../../private/known-props");
const props_1 = require("../private/props");
/** Most user and group quotas set on the root volume here (FSx limits quotas per volume; more is refused at synth, not at deploy). */
const MAX_QUOTAS = 500;
/**
 * Home directories on Amazon FSx for OpenZFS, with per-user and per-group quotas from the
 * registry (`UserAndGroupQuotas`: the registry's uids and gids).
 *
 * - Single-AZ in the lab's private subnets, behind a security group that admits NFS
 *   (111, 2049, 20001-20003) only from what `allowFrom` names; exported to the VPC only.
 * - Encrypted at rest (the given key, else aws/fsx), ZSTD compression, daily backups kept 30
 *   days, retained when removed from the stack unless `removalPolicy` says otherwise.
 * - The same layout as the lab's EFS (`/home/<user>`, `/projects/<group>`, `/scratch`),
 *   created by the clients' provisioning with the registry's owners.
 *
 * @example
 * const homes = new SharedOpenZfs(this, 'Homes', { vpc, registry, userQuotaGiB: 100, userQuotasGiB: { alice: 500 } });
 * homes.allowFrom(workspace);
 */
class SharedOpenZfs extends constructs_1.Construct {
    /** The file system. */
    fileSystem;
    /** Its security group. */
    securityGroup;
    /** Network connections. */
    connections;
    quotas;
    constructor(scope, id, props) {
        super(scope, id);
        (0, known_props_1.checkKnownProps)(this, 'SharedOpenZfsProps', props);
        (0, props_1.checkInt)(this, 'storageCapacityGiB', props.storageCapacityGiB, 64, 524288, 'use at least 64 (GiB)');
        (0, props_1.checkInt)(this, 'backupRetentionDays', props.backupRetentionDays, 0, 90, 'use 0 to 90 days');
        const throughput = props.throughputMBps ?? 64;
        if (!(0, props_1.unresolved)(throughput) && !fsx_1.OPENZFS_THROUGHPUTS_MBPS.includes(throughput)) {
            (0, props_1.badProp)(this, 'throughputMBps', throughput, 'not a throughput FSx for OpenZFS offers (SINGLE_AZ_1)', `use ${fsx_1.OPENZFS_THROUGHPUTS_MBPS.slice(0, -1).join(', ')} or ${fsx_1.OPENZFS_THROUGHPUTS_MBPS[fsx_1.OPENZFS_THROUGHPUTS_MBPS.length - 1]}`);
        }
        // The same rules as SharedLustre's: any quota option without a registry is refused.
        this.quotas = (0, fsx_1.checkedRegistryQuotas)(this, props, false);
        if (this.quotas.length > MAX_QUOTAS) {
            (0, props_1.badProp)(this, 'userQuotaGiB', `${this.quotas.length} quotas`, `FSx for OpenZFS takes at most ${MAX_QUOTAS} user and group quotas on a volume`, 'give quotas to fewer users (userQuotasGiB) instead of a default for everyone');
        }
        this.securityGroup = (0, fsx_1.fileSystemSecurityGroup)(this, props.vpc, `FSx for OpenZFS ${this.node.path}`);
        this.connections = new ec2.Connections({ securityGroups: [this.securityGroup] });
        const subnets = (0, fsx_1.fileSystemSubnets)(this, props.vpc, props.vpcSubnets, 1);
        const clients = props.clientCidrs ?? [props.vpc.vpcCidrBlock];
        this.fileSystem = new fsx.CfnFileSystem(this, 'Resource', {
            fileSystemType: 'OPENZFS',
            storageCapacity: props.storageCapacityGiB ?? 64,
            storageType: 'SSD',
            subnetIds: subnets,
            securityGroupIds: [this.securityGroup.securityGroupId],
            kmsKeyId: props.encryptionKey?.keyId,
            openZfsConfiguration: {
                deploymentType: 'SINGLE_AZ_1',
                throughputCapacity: throughput,
                automaticBackupRetentionDays: props.backupRetentionDays ?? 30,
                copyTagsToBackups: true,
                copyTagsToVolumes: true,
                dailyAutomaticBackupStartTime: '05:00',
                rootVolumeConfiguration: {
                    dataCompressionType: 'ZSTD',
                    nfsExports: [{
                            clientConfigurations: clients.map((c) => ({ clients: c, options: ['rw', 'crossmnt', props.rootSquash ? 'root_squash' : 'no_root_squash'] })),
                        }],
                    userAndGroupQuotas: this.quotas.length ? this.quotas.map((q) => ({ id: q.id, type: q.type, storageCapacityQuotaGiB: q.gib })) : undefined,
                },
            },
        });
        this.fileSystem.applyRemovalPolicy(props.removalPolicy ?? aws_cdk_lib_1.RemovalPolicy.RETAIN);
        aws_cdk_lib_1.Tags.of(this).add('research:storage', 'openzfs-homes');
    }
    /** Admits NFS (111, 2049, 20001-20003, TCP and UDP) from a peer. */
    allowFrom(peer) {
        const ports = [
            ec2.Port.tcp(111), ec2.Port.udp(111), ec2.Port.tcp(2049), ec2.Port.udp(2049), ec2.Port.tcpRange(20001, 20003), ec2.Port.udpRange(20001, 20003),
        ];
        for (const port of ports) {
            this.connections.allowFrom(peer, port, 'NFS from the lab');
        }
    }
    /** The file system's DNS name (what clients mount: `<dns>:/fsx`). */
    get dnsName() {
        return this.fileSystem.attrDnsName;
    }
    /** The quota of a registry user in GiB, when one is set. */
    userQuotaGiB(user) {
        return (0, fsx_1.quotaOf)(this.quotas, 'USER', user);
    }
    /** The quota of a registry group in GiB, when one is set. */
    groupQuotaGiB(group) {
        return (0, fsx_1.quotaOf)(this.quotas, 'GROUP', group);
    }
    /** Number of user and group quotas set. */
    get quotaCount() {
        return this.quotas.length;
    }
}
exports.SharedOpenZfs = SharedOpenZfs;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoic2hhcmVkLW9wZW56ZnMuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyIuLi8uLi8uLi9zcmMvY29uc3RydWN0cy9hd3Mvc2hhcmVkLW9wZW56ZnMudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0FBQUEsNkNBQWtEO0FBQ2xELHlEQUEyQztBQUMzQyx5REFBMkM7QUFFM0MsMkNBQXVDO0FBQ3ZDLHVDQUFvSjtBQUNwSiwyREFBNEQ7QUFHNUQsNENBQWlFO0FBeURqRSxzSUFBc0k7QUFDdEksTUFBTSxVQUFVLEdBQUcsR0FBRyxDQUFDO0FBRXZCOzs7Ozs7Ozs7Ozs7OztHQWNHO0FBQ0gsTUFBYSxhQUFjLFNBQVEsc0JBQVM7SUFDMUMsdUJBQXVCO0lBQ1AsVUFBVSxDQUFvQjtJQUM5QywwQkFBMEI7SUFDVixhQUFhLENBQW9CO0lBQ2pELDJCQUEyQjtJQUNYLFdBQVcsQ0FBa0I7SUFDNUIsTUFBTSxDQUFrQjtJQUV6QyxZQUFZLEtBQWdCLEVBQUUsRUFBVSxFQUFFLEtBQXlCO1FBQ2pFLEtBQUssQ0FBQyxLQUFLLEVBQUUsRUFBRSxDQUFDLENBQUM7UUFDakIsSUFBQSw2QkFBZSxFQUFDLElBQUksRUFBRSxvQkFBb0IsRUFBRSxLQUFLLENBQUMsQ0FBQztRQUNuRCxJQUFBLGdCQUFRLEVBQUMsSUFBSSxFQUFFLG9CQUFvQixFQUFFLEtBQUssQ0FBQyxrQkFBa0IsRUFBRSxFQUFFLEVBQUUsTUFBTSxFQUFFLHVCQUF1QixDQUFDLENBQUM7UUFDcEcsSUFBQSxnQkFBUSxFQUFDLElBQUksRUFBRSxxQkFBcUIsRUFBRSxLQUFLLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxFQUFFLEVBQUUsRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO1FBQzVGLE1BQU0sVUFBVSxHQUFHLEtBQUssQ0FBQyxjQUFjLElBQUksRUFBRSxDQUFDO1FBQzlDLElBQUksQ0FBQyxJQUFBLGtCQUFVLEVBQUMsVUFBVSxDQUFDLElBQUksQ0FBQyw4QkFBd0IsQ0FBQyxRQUFRLENBQUMsVUFBVSxDQUFDLEVBQUUsQ0FBQztZQUM5RSxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsVUFBVSxFQUFFLHVEQUF1RCxFQUFFLE9BQU8sOEJBQXdCLENBQUMsS0FBSyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsT0FBTyw4QkFBd0IsQ0FBQyw4QkFBd0IsQ0FBQyxNQUFNLEdBQUcsQ0FBQyxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ3RPLENBQUM7UUFDRCxvRkFBb0Y7UUFDcEYsSUFBSSxDQUFDLE1BQU0sR0FBRyxJQUFBLDJCQUFxQixFQUFDLElBQUksRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUM7UUFDeEQsSUFBSSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sR0FBRyxVQUFVLEVBQUUsQ0FBQztZQUNwQyxJQUFBLGVBQU8sRUFBQyxJQUFJLEVBQUUsY0FBYyxFQUFFLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxNQUFNLFNBQVMsRUFBRSxpQ0FBaUMsVUFBVSxvQ0FBb0MsRUFDM0ksOEVBQThFLENBQUMsQ0FBQztRQUNwRixDQUFDO1FBRUQsSUFBSSxDQUFDLGFBQWEsR0FBRyxJQUFBLDZCQUF1QixFQUFDLElBQUksRUFBRSxLQUFLLENBQUMsR0FBRyxFQUFFLG1CQUFtQixJQUFJLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxDQUFDLENBQUM7UUFDbkcsSUFBSSxDQUFDLFdBQVcsR0FBRyxJQUFJLEdBQUcsQ0FBQyxXQUFXLENBQUMsRUFBRSxjQUFjLEVBQUUsQ0FBQyxJQUFJLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQyxDQUFDO1FBQ2pGLE1BQU0sT0FBTyxHQUFHLElBQUEsdUJBQWlCLEVBQUMsSUFBSSxFQUFFLEtBQUssQ0FBQyxHQUFHLEVBQUUsS0FBSyxDQUFDLFVBQVUsRUFBRSxDQUFDLENBQUMsQ0FBQztRQUN4RSxNQUFNLE9BQU8sR0FBRyxLQUFLLENBQUMsV0FBVyxJQUFJLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxZQUFZLENBQUMsQ0FBQztRQUM5RCxJQUFJLENBQUMsVUFBVSxHQUFHLElBQUksR0FBRyxDQUFDLGFBQWEsQ0FBQyxJQUFJLEVBQUUsVUFBVSxFQUFFO1lBQ3hELGNBQWMsRUFBRSxTQUFTO1lBQ3pCLGVBQWUsRUFBRSxLQUFLLENBQUMsa0JBQWtCLElBQUksRUFBRTtZQUMvQyxXQUFXLEVBQUUsS0FBSztZQUNsQixTQUFTLEVBQUUsT0FBTztZQUNsQixnQkFBZ0IsRUFBRSxDQUFDLElBQUksQ0FBQyxhQUFhLENBQUMsZUFBZSxDQUFDO1lBQ3RELFFBQVEsRUFBRSxLQUFLLENBQUMsYUFBYSxFQUFFLEtBQUs7WUFDcEMsb0JBQW9CLEVBQUU7Z0JBQ3BCLGNBQWMsRUFBRSxhQUFhO2dCQUM3QixrQkFBa0IsRUFBRSxVQUFVO2dCQUM5Qiw0QkFBNEIsRUFBRSxLQUFLLENBQUMsbUJBQW1CLElBQUksRUFBRTtnQkFDN0QsaUJBQWlCLEVBQUUsSUFBSTtnQkFDdkIsaUJBQWlCLEVBQUUsSUFBSTtnQkFDdkIsNkJBQTZCLEVBQUUsT0FBTztnQkFDdEMsdUJBQXVCLEVBQUU7b0JBQ3ZCLG1CQUFtQixFQUFFLE1BQU07b0JBQzNCLFVBQVUsRUFBRSxDQUFDOzRCQUNYLG9CQUFvQixFQUFFLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxPQUFPLEVBQUUsQ0FBQyxFQUFFLE9BQU8sRUFBRSxDQUFDLElBQUksRUFBRSxVQUFVLEVBQUUsS0FBSyxDQUFDLFVBQVUsQ0FBQyxDQUFDLENBQUMsYUFBYSxDQUFDLENBQUMsQ0FBQyxnQkFBZ0IsQ0FBQyxFQUFFLENBQUMsQ0FBQzt5QkFDN0ksQ0FBQztvQkFDRixrQkFBa0IsRUFBRSxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsRUFBRSxJQUFJLEVBQUUsQ0FBQyxDQUFDLElBQUksRUFBRSx1QkFBdUIsRUFBRSxDQUFDLENBQUMsR0FBRyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxTQUFTO2lCQUMxSTthQUNGO1NBQ0YsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLFVBQVUsQ0FBQyxrQkFBa0IsQ0FBQyxLQUFLLENBQUMsYUFBYSxJQUFJLDJCQUFhLENBQUMsTUFBTSxDQUFDLENBQUM7UUFDaEYsa0JBQUksQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUMsR0FBRyxDQUFDLGtCQUFrQixFQUFFLGVBQWUsQ0FBQyxDQUFDO0lBQ3pELENBQUM7SUFFRCxvRUFBb0U7SUFDN0QsU0FBUyxDQUFDLElBQXNCO1FBQ3JDLE1BQU0sS0FBSyxHQUFHO1lBQ1osR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsR0FBRyxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDLElBQUksQ0FBQyxRQUFRLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxFQUFFLEdBQUcsQ0FBQyxJQUFJLENBQUMsUUFBUSxDQUFDLEtBQUssRUFBRSxLQUFLLENBQUM7U0FDL0ksQ0FBQztRQUNGLEtBQUssTUFBTSxJQUFJLElBQUksS0FBSyxFQUFFLENBQUM7WUFDekIsSUFBSSxDQUFDLFdBQVcsQ0FBQyxTQUFTLENBQUMsSUFBSSxFQUFFLElBQUksRUFBRSxrQkFBa0IsQ0FBQyxDQUFDO1FBQzdELENBQUM7SUFDSCxDQUFDO0lBRUQscUVBQXFFO0lBQ3JFLElBQVcsT0FBTztRQUNoQixPQUFPLElBQUksQ0FBQyxVQUFVLENBQUMsV0FBVyxDQUFDO0lBQ3JDLENBQUM7SUFFRCw0REFBNEQ7SUFDckQsWUFBWSxDQUFDLElBQVk7UUFDOUIsT0FBTyxJQUFBLGFBQU8sRUFBQyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxJQUFJLENBQUMsQ0FBQztJQUM1QyxDQUFDO0lBRUQsNkRBQTZEO0lBQ3RELGFBQWEsQ0FBQyxLQUFhO1FBQ2hDLE9BQU8sSUFBQSxhQUFPLEVBQUMsSUFBSSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsS0FBSyxDQUFDLENBQUM7SUFDOUMsQ0FBQztJQUVELDJDQUEyQztJQUMzQyxJQUFXLFVBQVU7UUFDbkIsT0FBTyxJQUFJLENBQUMsTUFBTSxDQUFDLE1BQU0sQ0FBQztJQUM1QixDQUFDO0NBQ0Y7QUFyRkQsc0NBcUZDIiwic291cmNlc0NvbnRlbnQiOlsiaW1wb3J0IHsgUmVtb3ZhbFBvbGljeSwgVGFncyB9IGZyb20gJ2F3cy1jZGstbGliJztcbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCAqIGFzIGZzeCBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZnN4JztcbmltcG9ydCAqIGFzIGttcyBmcm9tICdhd3MtY2RrLWxpYi9hd3Mta21zJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgY2hlY2tlZFJlZ2lzdHJ5UXVvdGFzLCBmaWxlU3lzdGVtU2VjdXJpdHlHcm91cCwgZmlsZVN5c3RlbVN1Ym5ldHMsIE9QRU5aRlNfVEhST1VHSFBVVFNfTUJQUywgcXVvdGFPZiwgUmVnaXN0cnlRdW90YSB9IGZyb20gJy4vcHJpdmF0ZS9mc3gnO1xuaW1wb3J0IHsgY2hlY2tLbm93blByb3BzIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9rbm93bi1wcm9wcyc7XG5pbXBvcnQgeyBSZWdpc3RyeVF1b3RhcyB9IGZyb20gJy4uLy4uL3dvcmtzcGFjZXMvY2x1c3Rlcic7XG5pbXBvcnQgeyBVc2VyUmVnaXN0cnkgfSBmcm9tICcuLi8uLi93b3Jrc3BhY2VzL3VzZXJzJztcbmltcG9ydCB7IGJhZFByb3AsIGNoZWNrSW50LCB1bnJlc29sdmVkIH0gZnJvbSAnLi4vcHJpdmF0ZS9wcm9wcyc7XG5cbi8qKlxuICogUHJvcGVydGllcyBvZiBhIFNoYXJlZE9wZW5aZnMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgU2hhcmVkT3Blblpmc1Byb3BzIGV4dGVuZHMgUmVnaXN0cnlRdW90YXMge1xuICAvKiogVlBDIG9mIHRoZSBmaWxlIHN5c3RlbS4gKi9cbiAgcmVhZG9ubHkgdnBjOiBlYzIuSVZwYztcbiAgLyoqXG4gICAqIFN1Ym5ldHM6IHRoZSBmaWxlIHN5c3RlbSAoc2luZ2xlIGF2YWlsYWJpbGl0eSB6b25lKSBnb2VzIGludG8gdGhlIGZpcnN0LlxuICAgKiBAZGVmYXVsdCAtIHRoZSBWUEMncyBpc29sYXRlZCBzdWJuZXRzLCBlbHNlIGl0cyBwcml2YXRlIHN1Ym5ldHNcbiAgICovXG4gIHJlYWRvbmx5IHZwY1N1Ym5ldHM/OiBlYzIuU3VibmV0U2VsZWN0aW9uO1xuICAvKipcbiAgICogUmVzZWFyY2ggdXNlcnMgYW5kIGdyb3VwczogdGhlaXIgcXVvdGFzLCBieSB0aGVpciByZWdpc3RyeSB1aWQgYW5kIGdpZC5cbiAgICogQGRlZmF1bHQgLSBubyBxdW90YXNcbiAgICovXG4gIHJlYWRvbmx5IHJlZ2lzdHJ5PzogVXNlclJlZ2lzdHJ5O1xuICAvKipcbiAgICogU3RvcmFnZSBjYXBhY2l0eSBpbiBHaUIgKDY0IHRvIDUyNDI4OCkuXG4gICAqIEBkZWZhdWx0IDY0XG4gICAqL1xuICByZWFkb25seSBzdG9yYWdlQ2FwYWNpdHlHaUI/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBUaHJvdWdocHV0IGNhcGFjaXR5IGluIE1CL3MgKFNJTkdMRV9BWl8xOiA2NCwgMTI4LCAyNTYsIDUxMiwgMTAyNCwgMjA0OCwgMzA3MiBvciA0MDk2KS5cbiAgICogQGRlZmF1bHQgNjRcbiAgICovXG4gIHJlYWRvbmx5IHRocm91Z2hwdXRNQnBzPzogbnVtYmVyO1xuICAvKipcbiAgICogQ3VzdG9tZXIgbWFuYWdlZCBrZXkgZm9yIGVuY3J5cHRpb24gYXQgcmVzdC5cbiAgICogQGRlZmF1bHQgLSB0aGUgYWNjb3VudCdzIEZTeCBrZXkgKGF3cy9mc3gpXG4gICAqL1xuICByZWFkb25seSBlbmNyeXB0aW9uS2V5Pzoga21zLklLZXk7XG4gIC8qKlxuICAgKiBEYXlzIGF1dG9tYXRpYyBkYWlseSBiYWNrdXBzIGFyZSBrZXB0ICgwIHR1cm5zIHRoZW0gb2ZmKS5cbiAgICogQGRlZmF1bHQgMzBcbiAgICovXG4gIHJlYWRvbmx5IGJhY2t1cFJldGVudGlvbkRheXM/OiBudW1iZXI7XG4gIC8qKlxuICAgKiBORlMgY2xpZW50cyB0aGF0IG1heSBtb3VudCAoQ0lEUiBibG9ja3MpOyB0aGUgc2VjdXJpdHkgZ3JvdXAgc3RpbGwgYWRtaXRzIG9ubHkgd2hhdFxuICAgKiBgYWxsb3dGcm9tYCBuYW1lcy5cbiAgICogQGRlZmF1bHQgLSB0aGUgVlBDJ3MgcmFuZ2VcbiAgICovXG4gIHJlYWRvbmx5IGNsaWVudENpZHJzPzogc3RyaW5nW107XG4gIC8qKlxuICAgKiBTcXVhc2ggcm9vdCBvbiBjbGllbnRzIHRvIG5vYm9keS4gT2ZmIGJ5IGRlZmF1bHQ6IGEgd29ya3N0YXRpb24ncyBib290IHByb3Zpc2lvbmluZyBjcmVhdGVzXG4gICAqIHRoZSBob21lcyBhbmQgZ2l2ZXMgdGhlbSB0aGVpciBvd25lcnMgYXMgcm9vdCwgYXMgaXQgZG9lcyBvbiBFRlMgd2l0aCByb290IGFjY2Vzcy5cbiAgICogQGRlZmF1bHQgZmFsc2VcbiAgICovXG4gIHJlYWRvbmx5IHJvb3RTcXVhc2g/OiBib29sZWFuO1xuICAvKipcbiAgICogV2hhdCBoYXBwZW5zIHRvIHRoZSBmaWxlIHN5c3RlbSB3aGVuIGl0IGxlYXZlcyB0aGUgc3RhY2suXG4gICAqIEBkZWZhdWx0IFJlbW92YWxQb2xpY3kuUkVUQUlOXG4gICAqL1xuICByZWFkb25seSByZW1vdmFsUG9saWN5PzogUmVtb3ZhbFBvbGljeTtcbn1cblxuLyoqIE1vc3QgdXNlciBhbmQgZ3JvdXAgcXVvdGFzIHNldCBvbiB0aGUgcm9vdCB2b2x1bWUgaGVyZSAoRlN4IGxpbWl0cyBxdW90YXMgcGVyIHZvbHVtZTsgbW9yZSBpcyByZWZ1c2VkIGF0IHN5bnRoLCBub3QgYXQgZGVwbG95KS4gKi9cbmNvbnN0IE1BWF9RVU9UQVMgPSA1MDA7XG5cbi8qKlxuICogSG9tZSBkaXJlY3RvcmllcyBvbiBBbWF6b24gRlN4IGZvciBPcGVuWkZTLCB3aXRoIHBlci11c2VyIGFuZCBwZXItZ3JvdXAgcXVvdGFzIGZyb20gdGhlXG4gKiByZWdpc3RyeSAoYFVzZXJBbmRHcm91cFF1b3Rhc2A6IHRoZSByZWdpc3RyeSdzIHVpZHMgYW5kIGdpZHMpLlxuICpcbiAqIC0gU2luZ2xlLUFaIGluIHRoZSBsYWIncyBwcml2YXRlIHN1Ym5ldHMsIGJlaGluZCBhIHNlY3VyaXR5IGdyb3VwIHRoYXQgYWRtaXRzIE5GU1xuICogICAoMTExLCAyMDQ5LCAyMDAwMS0yMDAwMykgb25seSBmcm9tIHdoYXQgYGFsbG93RnJvbWAgbmFtZXM7IGV4cG9ydGVkIHRvIHRoZSBWUEMgb25seS5cbiAqIC0gRW5jcnlwdGVkIGF0IHJlc3QgKHRoZSBnaXZlbiBrZXksIGVsc2UgYXdzL2ZzeCksIFpTVEQgY29tcHJlc3Npb24sIGRhaWx5IGJhY2t1cHMga2VwdCAzMFxuICogICBkYXlzLCByZXRhaW5lZCB3aGVuIHJlbW92ZWQgZnJvbSB0aGUgc3RhY2sgdW5sZXNzIGByZW1vdmFsUG9saWN5YCBzYXlzIG90aGVyd2lzZS5cbiAqIC0gVGhlIHNhbWUgbGF5b3V0IGFzIHRoZSBsYWIncyBFRlMgKGAvaG9tZS88dXNlcj5gLCBgL3Byb2plY3RzLzxncm91cD5gLCBgL3NjcmF0Y2hgKSxcbiAqICAgY3JlYXRlZCBieSB0aGUgY2xpZW50cycgcHJvdmlzaW9uaW5nIHdpdGggdGhlIHJlZ2lzdHJ5J3Mgb3duZXJzLlxuICpcbiAqIEBleGFtcGxlXG4gKiBjb25zdCBob21lcyA9IG5ldyBTaGFyZWRPcGVuWmZzKHRoaXMsICdIb21lcycsIHsgdnBjLCByZWdpc3RyeSwgdXNlclF1b3RhR2lCOiAxMDAsIHVzZXJRdW90YXNHaUI6IHsgYWxpY2U6IDUwMCB9IH0pO1xuICogaG9tZXMuYWxsb3dGcm9tKHdvcmtzcGFjZSk7XG4gKi9cbmV4cG9ydCBjbGFzcyBTaGFyZWRPcGVuWmZzIGV4dGVuZHMgQ29uc3RydWN0IGltcGxlbWVudHMgZWMyLklDb25uZWN0YWJsZSB7XG4gIC8qKiBUaGUgZmlsZSBzeXN0ZW0uICovXG4gIHB1YmxpYyByZWFkb25seSBmaWxlU3lzdGVtOiBmc3guQ2ZuRmlsZVN5c3RlbTtcbiAgLyoqIEl0cyBzZWN1cml0eSBncm91cC4gKi9cbiAgcHVibGljIHJlYWRvbmx5IHNlY3VyaXR5R3JvdXA6IGVjMi5TZWN1cml0eUdyb3VwO1xuICAvKiogTmV0d29yayBjb25uZWN0aW9ucy4gKi9cbiAgcHVibGljIHJlYWRvbmx5IGNvbm5lY3Rpb25zOiBlYzIuQ29ubmVjdGlvbnM7XG4gIHByaXZhdGUgcmVhZG9ubHkgcXVvdGFzOiBSZWdpc3RyeVF1b3RhW107XG5cbiAgY29uc3RydWN0b3Ioc2NvcGU6IENvbnN0cnVjdCwgaWQ6IHN0cmluZywgcHJvcHM6IFNoYXJlZE9wZW5aZnNQcm9wcykge1xuICAgIHN1cGVyKHNjb3BlLCBpZCk7XG4gICAgY2hlY2tLbm93blByb3BzKHRoaXMsICdTaGFyZWRPcGVuWmZzUHJvcHMnLCBwcm9wcyk7XG4gICAgY2hlY2tJbnQodGhpcywgJ3N0b3JhZ2VDYXBhY2l0eUdpQicsIHByb3BzLnN0b3JhZ2VDYXBhY2l0eUdpQiwgNjQsIDUyNDI4OCwgJ3VzZSBhdCBsZWFzdCA2NCAoR2lCKScpO1xuICAgIGNoZWNrSW50KHRoaXMsICdiYWNrdXBSZXRlbnRpb25EYXlzJywgcHJvcHMuYmFja3VwUmV0ZW50aW9uRGF5cywgMCwgOTAsICd1c2UgMCB0byA5MCBkYXlzJyk7XG4gICAgY29uc3QgdGhyb3VnaHB1dCA9IHByb3BzLnRocm91Z2hwdXRNQnBzID8/IDY0O1xuICAgIGlmICghdW5yZXNvbHZlZCh0aHJvdWdocHV0KSAmJiAhT1BFTlpGU19USFJPVUdIUFVUU19NQlBTLmluY2x1ZGVzKHRocm91Z2hwdXQpKSB7XG4gICAgICBiYWRQcm9wKHRoaXMsICd0aHJvdWdocHV0TUJwcycsIHRocm91Z2hwdXQsICdub3QgYSB0aHJvdWdocHV0IEZTeCBmb3IgT3BlblpGUyBvZmZlcnMgKFNJTkdMRV9BWl8xKScsIGB1c2UgJHtPUEVOWkZTX1RIUk9VR0hQVVRTX01CUFMuc2xpY2UoMCwgLTEpLmpvaW4oJywgJyl9IG9yICR7T1BFTlpGU19USFJPVUdIUFVUU19NQlBTW09QRU5aRlNfVEhST1VHSFBVVFNfTUJQUy5sZW5ndGggLSAxXX1gKTtcbiAgICB9XG4gICAgLy8gVGhlIHNhbWUgcnVsZXMgYXMgU2hhcmVkTHVzdHJlJ3M6IGFueSBxdW90YSBvcHRpb24gd2l0aG91dCBhIHJlZ2lzdHJ5IGlzIHJlZnVzZWQuXG4gICAgdGhpcy5xdW90YXMgPSBjaGVja2VkUmVnaXN0cnlRdW90YXModGhpcywgcHJvcHMsIGZhbHNlKTtcbiAgICBpZiAodGhpcy5xdW90YXMubGVuZ3RoID4gTUFYX1FVT1RBUykge1xuICAgICAgYmFkUHJvcCh0aGlzLCAndXNlclF1b3RhR2lCJywgYCR7dGhpcy5xdW90YXMubGVuZ3RofSBxdW90YXNgLCBgRlN4IGZvciBPcGVuWkZTIHRha2VzIGF0IG1vc3QgJHtNQVhfUVVPVEFTfSB1c2VyIGFuZCBncm91cCBxdW90YXMgb24gYSB2b2x1bWVgLFxuICAgICAgICAnZ2l2ZSBxdW90YXMgdG8gZmV3ZXIgdXNlcnMgKHVzZXJRdW90YXNHaUIpIGluc3RlYWQgb2YgYSBkZWZhdWx0IGZvciBldmVyeW9uZScpO1xuICAgIH1cblxuICAgIHRoaXMuc2VjdXJpdHlHcm91cCA9IGZpbGVTeXN0ZW1TZWN1cml0eUdyb3VwKHRoaXMsIHByb3BzLnZwYywgYEZTeCBmb3IgT3BlblpGUyAke3RoaXMubm9kZS5wYXRofWApO1xuICAgIHRoaXMuY29ubmVjdGlvbnMgPSBuZXcgZWMyLkNvbm5lY3Rpb25zKHsgc2VjdXJpdHlHcm91cHM6IFt0aGlzLnNlY3VyaXR5R3JvdXBdIH0pO1xuICAgIGNvbnN0IHN1Ym5ldHMgPSBmaWxlU3lzdGVtU3VibmV0cyh0aGlzLCBwcm9wcy52cGMsIHByb3BzLnZwY1N1Ym5ldHMsIDEpO1xuICAgIGNvbnN0IGNsaWVudHMgPSBwcm9wcy5jbGllbnRDaWRycyA/PyBbcHJvcHMudnBjLnZwY0NpZHJCbG9ja107XG4gICAgdGhpcy5maWxlU3lzdGVtID0gbmV3IGZzeC5DZm5GaWxlU3lzdGVtKHRoaXMsICdSZXNvdXJjZScsIHtcbiAgICAgIGZpbGVTeXN0ZW1UeXBlOiAnT1BFTlpGUycsXG4gICAgICBzdG9yYWdlQ2FwYWNpdHk6IHByb3BzLnN0b3JhZ2VDYXBhY2l0eUdpQiA/PyA2NCxcbiAgICAgIHN0b3JhZ2VUeXBlOiAnU1NEJyxcbiAgICAgIHN1Ym5ldElkczogc3VibmV0cyxcbiAgICAgIHNlY3VyaXR5R3JvdXBJZHM6IFt0aGlzLnNlY3VyaXR5R3JvdXAuc2VjdXJpdHlHcm91cElkXSxcbiAgICAgIGttc0tleUlkOiBwcm9wcy5lbmNyeXB0aW9uS2V5Py5rZXlJZCxcbiAgICAgIG9wZW5aZnNDb25maWd1cmF0aW9uOiB7XG4gICAgICAgIGRlcGxveW1lbnRUeXBlOiAnU0lOR0xFX0FaXzEnLFxuICAgICAgICB0aHJvdWdocHV0Q2FwYWNpdHk6IHRocm91Z2hwdXQsXG4gICAgICAgIGF1dG9tYXRpY0JhY2t1cFJldGVudGlvbkRheXM6IHByb3BzLmJhY2t1cFJldGVudGlvbkRheXMgPz8gMzAsXG4gICAgICAgIGNvcHlUYWdzVG9CYWNrdXBzOiB0cnVlLFxuICAgICAgICBjb3B5VGFnc1RvVm9sdW1lczogdHJ1ZSxcbiAgICAgICAgZGFpbHlBdXRvbWF0aWNCYWNrdXBTdGFydFRpbWU6ICcwNTowMCcsXG4gICAgICAgIHJvb3RWb2x1bWVDb25maWd1cmF0aW9uOiB7XG4gICAgICAgICAgZGF0YUNvbXByZXNzaW9uVHlwZTogJ1pTVEQnLFxuICAgICAgICAgIG5mc0V4cG9ydHM6IFt7XG4gICAgICAgICAgICBjbGllbnRDb25maWd1cmF0aW9uczogY2xpZW50cy5tYXAoKGMpID0+ICh7IGNsaWVudHM6IGMsIG9wdGlvbnM6IFsncncnLCAnY3Jvc3NtbnQnLCBwcm9wcy5yb290U3F1YXNoID8gJ3Jvb3Rfc3F1YXNoJyA6ICdub19yb290X3NxdWFzaCddIH0pKSxcbiAgICAgICAgICB9XSxcbiAgICAgICAgICB1c2VyQW5kR3JvdXBRdW90YXM6IHRoaXMucXVvdGFzLmxlbmd0aCA/IHRoaXMucXVvdGFzLm1hcCgocSkgPT4gKHsgaWQ6IHEuaWQsIHR5cGU6IHEudHlwZSwgc3RvcmFnZUNhcGFjaXR5UXVvdGFHaUI6IHEuZ2liIH0pKSA6IHVuZGVmaW5lZCxcbiAgICAgICAgfSxcbiAgICAgIH0sXG4gICAgfSk7XG4gICAgdGhpcy5maWxlU3lzdGVtLmFwcGx5UmVtb3ZhbFBvbGljeShwcm9wcy5yZW1vdmFsUG9saWN5ID8/IFJlbW92YWxQb2xpY3kuUkVUQUlOKTtcbiAgICBUYWdzLm9mKHRoaXMpLmFkZCgncmVzZWFyY2g6c3RvcmFnZScsICdvcGVuemZzLWhvbWVzJyk7XG4gIH1cblxuICAvKiogQWRtaXRzIE5GUyAoMTExLCAyMDQ5LCAyMDAwMS0yMDAwMywgVENQIGFuZCBVRFApIGZyb20gYSBwZWVyLiAqL1xuICBwdWJsaWMgYWxsb3dGcm9tKHBlZXI6IGVjMi5JQ29ubmVjdGFibGUpOiB2b2lkIHtcbiAgICBjb25zdCBwb3J0cyA9IFtcbiAgICAgIGVjMi5Qb3J0LnRjcCgxMTEpLCBlYzIuUG9ydC51ZHAoMTExKSwgZWMyLlBvcnQudGNwKDIwNDkpLCBlYzIuUG9ydC51ZHAoMjA0OSksIGVjMi5Qb3J0LnRjcFJhbmdlKDIwMDAxLCAyMDAwMyksIGVjMi5Qb3J0LnVkcFJhbmdlKDIwMDAxLCAyMDAwMyksXG4gICAgXTtcbiAgICBmb3IgKGNvbnN0IHBvcnQgb2YgcG9ydHMpIHtcbiAgICAgIHRoaXMuY29ubmVjdGlvbnMuYWxsb3dGcm9tKHBlZXIsIHBvcnQsICdORlMgZnJvbSB0aGUgbGFiJyk7XG4gICAgfVxuICB9XG5cbiAgLyoqIFRoZSBmaWxlIHN5c3RlbSdzIEROUyBuYW1lICh3aGF0IGNsaWVudHMgbW91bnQ6IGA8ZG5zPjovZnN4YCkuICovXG4gIHB1YmxpYyBnZXQgZG5zTmFtZSgpOiBzdHJpbmcge1xuICAgIHJldHVybiB0aGlzLmZpbGVTeXN0ZW0uYXR0ckRuc05hbWU7XG4gIH1cblxuICAvKiogVGhlIHF1b3RhIG9mIGEgcmVnaXN0cnkgdXNlciBpbiBHaUIsIHdoZW4gb25lIGlzIHNldC4gKi9cbiAgcHVibGljIHVzZXJRdW90YUdpQih1c2VyOiBzdHJpbmcpOiBudW1iZXIgfCB1bmRlZmluZWQge1xuICAgIHJldHVybiBxdW90YU9mKHRoaXMucXVvdGFzLCAnVVNFUicsIHVzZXIpO1xuICB9XG5cbiAgLyoqIFRoZSBxdW90YSBvZiBhIHJlZ2lzdHJ5IGdyb3VwIGluIEdpQiwgd2hlbiBvbmUgaXMgc2V0LiAqL1xuICBwdWJsaWMgZ3JvdXBRdW90YUdpQihncm91cDogc3RyaW5nKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgICByZXR1cm4gcXVvdGFPZih0aGlzLnF1b3RhcywgJ0dST1VQJywgZ3JvdXApO1xuICB9XG5cbiAgLyoqIE51bWJlciBvZiB1c2VyIGFuZCBncm91cCBxdW90YXMgc2V0LiAqL1xuICBwdWJsaWMgZ2V0IHF1b3RhQ291bnQoKTogbnVtYmVyIHtcbiAgICByZXR1cm4gdGhpcy5xdW90YXMubGVuZ3RoO1xuICB9XG59XG4iXX0=