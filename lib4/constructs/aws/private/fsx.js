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
exports.OPENZFS_THROUGHPUTS_MBPS = void 0;
exports.checkedRegistryQuotas = checkedRegistryQuotas;
exports.fileSystemSubnets = fileSystemSubnets;
exports.fileSystemSecurityGroup = fileSystemSecurityGroup;
exports.quotaOf = quotaOf;
/**
 * What the lab's FSx file systems share: a locked security group that admits a file
 * system's ports only from what `allowFrom` names, the subnet a single-AZ file system lives
 * in, and the registry's per-user, per-group and per-project quotas, checked one way.
 */
const ec2 = __importStar(require("aws-cdk-lib/aws-ec2"));
const perimeter_1 = require("./perimeter");
const storage_quotas_1 = require("../../../workspaces/private/storage-quotas");
const props_1 = require("../../private/props");
/** The throughputs FSx for OpenZFS SINGLE_AZ_1 offers, in MB/s. */
exports.OPENZFS_THROUGHPUTS_MBPS = [64, 128, 256, 512, 1024, 2048, 3072, 4096];
function wholeGiB(v) {
    return Number.isInteger(v) && v >= 0 && v <= storage_quotas_1.MAX_QUOTA_GIB;
}
/**
 * The quotas of a file system's props, checked one way for every FSx kind: any quota option
 * without a registry is refused (the ids are the registry's), defaults and named quotas are
 * whole GiB, names are the registry's. `projects` says whether the kind offers project quotas.
 */
function checkedRegistryQuotas(scope, props, projects) {
    const fields = [
        ['userQuotaGiB', props.userQuotaGiB], ['userQuotasGiB', props.userQuotasGiB],
        ['groupQuotaGiB', props.groupQuotaGiB], ['groupQuotasGiB', props.groupQuotasGiB],
        ...(projects ? [['projectQuotaGiB', props.projectQuotaGiB], ['projectQuotasGiB', props.projectQuotasGiB]] : []),
    ];
    for (const [field, v] of fields) {
        if (v !== undefined && !props.registry)
            (0, props_1.badProp)(scope, field, v, 'quotas come from the registry\'s ids, and none was given', 'pass registry');
    }
    for (const [field, v] of [['userQuotaGiB', props.userQuotaGiB], ['groupQuotaGiB', props.groupQuotaGiB], ['projectQuotaGiB', props.projectQuotaGiB]]) {
        if (v !== undefined && !wholeGiB(v))
            (0, props_1.badProp)(scope, field, v, 'a quota is a whole number of GiB (0: no quota)', 'write e.g. 100');
    }
    if (!props.registry)
        return [];
    const quotas = [
        ...registryQuotas(scope, props.registry, 'USER', props.userQuotaGiB, props.userQuotasGiB, 'userQuotasGiB'),
        ...registryQuotas(scope, props.registry, 'GROUP', props.groupQuotaGiB, props.groupQuotasGiB, 'groupQuotasGiB'),
        ...(projects ? registryQuotas(scope, props.registry, 'PROJECT', props.projectQuotaGiB, props.projectQuotasGiB, 'projectQuotasGiB') : []),
    ];
    // Project folders are <mount>/projects/<group>, beside the users' <mount>/<user>.
    if (quotas.some((q) => q.type === 'PROJECT') && props.registry.users.some((u) => u.name === storage_quotas_1.PROJECTS_FOLDER)) {
        (0, props_1.badProp)(scope, 'projectQuotasGiB', `user "${storage_quotas_1.PROJECTS_FOLDER}"`, `project folders live in <mount>/${storage_quotas_1.PROJECTS_FOLDER}, which is also the scratch folder of the registry user "${storage_quotas_1.PROJECTS_FOLDER}"`, `rename the registry user "${storage_quotas_1.PROJECTS_FOLDER}", or give no project quotas`);
    }
    return quotas;
}
/** The subnets a file system goes into: the selection's, the first `count` of them. */
function fileSystemSubnets(scope, vpc, selection, count) {
    const ids = vpc.selectSubnets(selection ?? (vpc.isolatedSubnets.length > 0
        ? { subnetType: ec2.SubnetType.PRIVATE_ISOLATED } : { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS })).subnetIds;
    if (ids.length < count) {
        (0, props_1.badProp)(scope, 'vpcSubnets', `${ids.length} subnets`, `the file system needs ${count} subnet${count > 1 ? 's' : ''}`, 'give the VPC private or isolated subnets, or select existing ones');
    }
    return ids.slice(0, count);
}
/** A security group with no egress and no ingress until clients are admitted. */
function fileSystemSecurityGroup(scope, vpc, what) {
    return (0, perimeter_1.lockedSecurityGroup)(scope, 'SecurityGroup', vpc, `${what}: admits only the clients of the lab`);
}
/**
 * Quotas from the registry: `defaultGiB` for every user (or group, or group's project) unless
 * `byName` names them, ids always the registry's. Names not in the registry are errors.
 */
function registryQuotas(scope, registry, type, defaultGiB, byName, field) {
    const entries = type === 'USER' ? registry.users.map((u) => ({ name: u.name, id: u.uid })) : registry.groups.map((g) => ({ name: g.name, id: g.gid }));
    const names = new Set(entries.map((e) => e.name));
    for (const [name, gib] of Object.entries(byName ?? {})) {
        if (!names.has(name))
            (0, props_1.badProp)(scope, `${field}.${name}`, gib, `${type === 'USER' ? 'user' : 'group'} "${name}" is not in the registry ${registry.sourceName}`, 'name a registry user or group, or remove the entry');
        if (!wholeGiB(gib))
            (0, props_1.badProp)(scope, `${field}.${name}`, gib, 'a quota is a whole number of GiB (0: no quota)', 'write e.g. 100');
    }
    return entries.map((e) => ({ type, name: e.name, id: e.id, gib: byName?.[e.name] ?? defaultGiB }))
        .filter((q) => q.gib !== undefined && q.gib > 0);
}
/** The quota of a registry user, group or project in GiB, when one is set. */
function quotaOf(quotas, type, name) {
    return quotas.find((q) => q.type === type && q.name === name)?.gib;
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiZnN4LmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMvYXdzL3ByaXZhdGUvZnN4LnRzIl0sIm5hbWVzIjpbXSwibWFwcGluZ3MiOiI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztBQTBDQSxzREF3QkM7QUFHRCw4Q0FPQztBQUdELDBEQUVDO0FBbUJELDBCQUVDO0FBdEdEOzs7O0dBSUc7QUFDSCx5REFBMkM7QUFFM0MsMkNBQWtEO0FBRWxELCtFQUE0RjtBQUU1RiwrQ0FBOEM7QUFrQjlDLG1FQUFtRTtBQUN0RCxRQUFBLHdCQUF3QixHQUFzQixDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLEdBQUcsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsQ0FBQztBQUd2RyxTQUFTLFFBQVEsQ0FBQyxDQUFTO0lBQ3pCLE9BQU8sTUFBTSxDQUFDLFNBQVMsQ0FBQyxDQUFDLENBQUMsSUFBSSxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsSUFBSSw4QkFBYSxDQUFDO0FBQzdELENBQUM7QUFFRDs7OztHQUlHO0FBQ0gsU0FBZ0IscUJBQXFCLENBQUMsS0FBZ0IsRUFBRSxLQUF5QixFQUFFLFFBQWlCO0lBQ2xHLE1BQU0sTUFBTSxHQUE2QjtRQUN2QyxDQUFDLGNBQWMsRUFBRSxLQUFLLENBQUMsWUFBWSxDQUFDLEVBQUUsQ0FBQyxlQUFlLEVBQUUsS0FBSyxDQUFDLGFBQWEsQ0FBQztRQUM1RSxDQUFDLGVBQWUsRUFBRSxLQUFLLENBQUMsYUFBYSxDQUFDLEVBQUUsQ0FBQyxnQkFBZ0IsRUFBRSxLQUFLLENBQUMsY0FBYyxDQUFDO1FBQ2hGLEdBQUcsQ0FBQyxRQUFRLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxpQkFBaUIsRUFBRSxLQUFLLENBQUMsZUFBZSxDQUFDLEVBQUUsQ0FBQyxrQkFBa0IsRUFBRSxLQUFLLENBQUMsZ0JBQWdCLENBQUMsQ0FBNkIsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO0tBQzVJLENBQUM7SUFDRixLQUFLLE1BQU0sQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDLElBQUksTUFBTSxFQUFFLENBQUM7UUFDaEMsSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsS0FBSyxDQUFDLFFBQVE7WUFBRSxJQUFBLGVBQU8sRUFBQyxLQUFLLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSwwREFBMEQsRUFBRSxlQUFlLENBQUMsQ0FBQztJQUNoSixDQUFDO0lBQ0QsS0FBSyxNQUFNLENBQUMsS0FBSyxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsQ0FBQyxjQUFjLEVBQUUsS0FBSyxDQUFDLFlBQVksQ0FBQyxFQUFFLENBQUMsZUFBZSxFQUFFLEtBQUssQ0FBQyxhQUFhLENBQUMsRUFBRSxDQUFDLGlCQUFpQixFQUFFLEtBQUssQ0FBQyxlQUFlLENBQUMsQ0FBVSxFQUFFLENBQUM7UUFDN0osSUFBSSxDQUFDLEtBQUssU0FBUyxJQUFJLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQztZQUFFLElBQUEsZUFBTyxFQUFDLEtBQUssRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLGdEQUFnRCxFQUFFLGdCQUFnQixDQUFDLENBQUM7SUFDcEksQ0FBQztJQUNELElBQUksQ0FBQyxLQUFLLENBQUMsUUFBUTtRQUFFLE9BQU8sRUFBRSxDQUFDO0lBQy9CLE1BQU0sTUFBTSxHQUFHO1FBQ2IsR0FBRyxjQUFjLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsTUFBTSxFQUFFLEtBQUssQ0FBQyxZQUFZLEVBQUUsS0FBSyxDQUFDLGFBQWEsRUFBRSxlQUFlLENBQUM7UUFDMUcsR0FBRyxjQUFjLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsT0FBTyxFQUFFLEtBQUssQ0FBQyxhQUFhLEVBQUUsS0FBSyxDQUFDLGNBQWMsRUFBRSxnQkFBZ0IsQ0FBQztRQUM5RyxHQUFHLENBQUMsUUFBUSxDQUFDLENBQUMsQ0FBQyxjQUFjLENBQUMsS0FBSyxFQUFFLEtBQUssQ0FBQyxRQUFRLEVBQUUsU0FBUyxFQUFFLEtBQUssQ0FBQyxlQUFlLEVBQUUsS0FBSyxDQUFDLGdCQUFnQixFQUFFLGtCQUFrQixDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsQ0FBQztLQUN6SSxDQUFDO0lBQ0Ysa0ZBQWtGO0lBQ2xGLElBQUksTUFBTSxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksS0FBSyxTQUFTLENBQUMsSUFBSSxLQUFLLENBQUMsUUFBUSxDQUFDLEtBQUssQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssZ0NBQWUsQ0FBQyxFQUFFLENBQUM7UUFDN0csSUFBQSxlQUFPLEVBQUMsS0FBSyxFQUFFLGtCQUFrQixFQUFFLFNBQVMsZ0NBQWUsR0FBRyxFQUFFLG1DQUFtQyxnQ0FBZSw0REFBNEQsZ0NBQWUsR0FBRyxFQUM5TCw2QkFBNkIsZ0NBQWUsOEJBQThCLENBQUMsQ0FBQztJQUNoRixDQUFDO0lBQ0QsT0FBTyxNQUFNLENBQUM7QUFDaEIsQ0FBQztBQUVELHVGQUF1RjtBQUN2RixTQUFnQixpQkFBaUIsQ0FBQyxLQUFnQixFQUFFLEdBQWEsRUFBRSxTQUEwQyxFQUFFLEtBQWE7SUFDMUgsTUFBTSxHQUFHLEdBQUcsR0FBRyxDQUFDLGFBQWEsQ0FBQyxTQUFTLElBQUksQ0FBQyxHQUFHLENBQUMsZUFBZSxDQUFDLE1BQU0sR0FBRyxDQUFDO1FBQ3hFLENBQUMsQ0FBQyxFQUFFLFVBQVUsRUFBRSxHQUFHLENBQUMsVUFBVSxDQUFDLGdCQUFnQixFQUFFLENBQUMsQ0FBQyxDQUFDLEVBQUUsVUFBVSxFQUFFLEdBQUcsQ0FBQyxVQUFVLENBQUMsbUJBQW1CLEVBQUUsQ0FBQyxDQUFDLENBQUMsU0FBUyxDQUFDO0lBQ3JILElBQUksR0FBRyxDQUFDLE1BQU0sR0FBRyxLQUFLLEVBQUUsQ0FBQztRQUN2QixJQUFBLGVBQU8sRUFBQyxLQUFLLEVBQUUsWUFBWSxFQUFFLEdBQUcsR0FBRyxDQUFDLE1BQU0sVUFBVSxFQUFFLHlCQUF5QixLQUFLLFVBQVUsS0FBSyxHQUFHLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsRUFBRSxtRUFBbUUsQ0FBQyxDQUFDO0lBQzdMLENBQUM7SUFDRCxPQUFPLEdBQUcsQ0FBQyxLQUFLLENBQUMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxDQUFDO0FBQzdCLENBQUM7QUFFRCxpRkFBaUY7QUFDakYsU0FBZ0IsdUJBQXVCLENBQUMsS0FBZ0IsRUFBRSxHQUFhLEVBQUUsSUFBWTtJQUNuRixPQUFPLElBQUEsK0JBQW1CLEVBQUMsS0FBSyxFQUFFLGVBQWUsRUFBRSxHQUFHLEVBQUUsR0FBRyxJQUFJLHNDQUFzQyxDQUFDLENBQUM7QUFDekcsQ0FBQztBQUVEOzs7R0FHRztBQUNILFNBQVMsY0FBYyxDQUFDLEtBQWdCLEVBQUUsUUFBc0IsRUFBRSxJQUFlLEVBQUUsVUFBOEIsRUFDL0csTUFBOEMsRUFBRSxLQUFhO0lBQzdELE1BQU0sT0FBTyxHQUFHLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxLQUFLLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxNQUFNLENBQUMsR0FBRyxDQUFDLENBQUMsQ0FBQyxFQUFFLEVBQUUsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxHQUFHLEVBQUUsQ0FBQyxDQUFDLENBQUM7SUFDdkosTUFBTSxLQUFLLEdBQUcsSUFBSSxHQUFHLENBQUMsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUM7SUFDbEQsS0FBSyxNQUFNLENBQUMsSUFBSSxFQUFFLEdBQUcsQ0FBQyxJQUFJLE1BQU0sQ0FBQyxPQUFPLENBQUMsTUFBTSxJQUFJLEVBQUUsQ0FBQyxFQUFFLENBQUM7UUFDdkQsSUFBSSxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsSUFBSSxDQUFDO1lBQUUsSUFBQSxlQUFPLEVBQUMsS0FBSyxFQUFFLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxHQUFHLElBQUksS0FBSyxNQUFNLENBQUMsQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsT0FBTyxLQUFLLElBQUksNEJBQTRCLFFBQVEsQ0FBQyxVQUFVLEVBQUUsRUFBRSxvREFBb0QsQ0FBQyxDQUFDO1FBQ3JOLElBQUksQ0FBQyxRQUFRLENBQUMsR0FBRyxDQUFDO1lBQUUsSUFBQSxlQUFPLEVBQUMsS0FBSyxFQUFFLEdBQUcsS0FBSyxJQUFJLElBQUksRUFBRSxFQUFFLEdBQUcsRUFBRSxnREFBZ0QsRUFBRSxnQkFBZ0IsQ0FBQyxDQUFDO0lBQ2xJLENBQUM7SUFDRCxPQUFPLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsRUFBRSxJQUFJLEVBQUUsSUFBSSxFQUFFLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxFQUFFLENBQUMsQ0FBQyxFQUFFLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLENBQUMsSUFBSSxVQUFVLEVBQUUsQ0FBQyxDQUFDO1NBQy9GLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBc0IsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEtBQUssU0FBUyxJQUFJLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLENBQUM7QUFDekUsQ0FBQztBQUVELDhFQUE4RTtBQUM5RSxTQUFnQixPQUFPLENBQUMsTUFBdUIsRUFBRSxJQUFlLEVBQUUsSUFBWTtJQUM1RSxPQUFPLE1BQU0sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxJQUFJLENBQUMsQ0FBQyxJQUFJLEtBQUssSUFBSSxDQUFDLEVBQUUsR0FBRyxDQUFDO0FBQ3JFLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFdoYXQgdGhlIGxhYidzIEZTeCBmaWxlIHN5c3RlbXMgc2hhcmU6IGEgbG9ja2VkIHNlY3VyaXR5IGdyb3VwIHRoYXQgYWRtaXRzIGEgZmlsZVxuICogc3lzdGVtJ3MgcG9ydHMgb25seSBmcm9tIHdoYXQgYGFsbG93RnJvbWAgbmFtZXMsIHRoZSBzdWJuZXQgYSBzaW5nbGUtQVogZmlsZSBzeXN0ZW0gbGl2ZXNcbiAqIGluLCBhbmQgdGhlIHJlZ2lzdHJ5J3MgcGVyLXVzZXIsIHBlci1ncm91cCBhbmQgcGVyLXByb2plY3QgcXVvdGFzLCBjaGVja2VkIG9uZSB3YXkuXG4gKi9cbmltcG9ydCAqIGFzIGVjMiBmcm9tICdhd3MtY2RrLWxpYi9hd3MtZWMyJztcbmltcG9ydCB7IENvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuaW1wb3J0IHsgbG9ja2VkU2VjdXJpdHlHcm91cCB9IGZyb20gJy4vcGVyaW1ldGVyJztcbmltcG9ydCB7IEx1c3RyZVF1b3RhcyB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvY2x1c3Rlcic7XG5pbXBvcnQgeyBNQVhfUVVPVEFfR0lCLCBQUk9KRUNUU19GT0xERVIgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3ByaXZhdGUvc3RvcmFnZS1xdW90YXMnO1xuaW1wb3J0IHsgVXNlclJlZ2lzdHJ5IH0gZnJvbSAnLi4vLi4vLi4vd29ya3NwYWNlcy91c2Vycyc7XG5pbXBvcnQgeyBiYWRQcm9wIH0gZnJvbSAnLi4vLi4vcHJpdmF0ZS9wcm9wcyc7XG5cbi8qKiBBIHF1b3RhOiBhIHJlZ2lzdHJ5IHVzZXIncyBvciBncm91cCdzIGlkIGFuZCBpdHMgbGltaXQgKGEgcHJvamVjdCdzIGlkIGlzIGl0cyBncm91cCdzIGdpZCkuICovXG5leHBvcnQgaW50ZXJmYWNlIFJlZ2lzdHJ5UXVvdGEge1xuICByZWFkb25seSB0eXBlOiBRdW90YVR5cGU7XG4gIHJlYWRvbmx5IG5hbWU6IHN0cmluZztcbiAgcmVhZG9ubHkgaWQ6IG51bWJlcjtcbiAgcmVhZG9ubHkgZ2liOiBudW1iZXI7XG59XG5cbi8qKiBXaG9zZSBxdW90YTogYSB1c2VyJ3MgKHVpZCksIGEgZ3JvdXAncyAoZ2lkKSwgb3IgYSBwcm9qZWN0J3MgKHRoZSBwcm9qZWN0IGZvbGRlciBvZiBhIGdyb3VwOiBpdHMgZ2lkKS4gKi9cbmV4cG9ydCB0eXBlIFF1b3RhVHlwZSA9ICdVU0VSJyB8ICdHUk9VUCcgfCAnUFJPSkVDVCc7XG5cbi8qKiBUaGUgcXVvdGEgb3B0aW9ucyBvZiB0aGUgbGFiJ3MgRlN4IGZpbGUgc3lzdGVtcyAoU2hhcmVkT3BlblpmcywgU2hhcmVkTHVzdHJlKS4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUmVnaXN0cnlRdW90YVByb3BzIGV4dGVuZHMgTHVzdHJlUXVvdGFzIHtcbiAgcmVhZG9ubHkgcmVnaXN0cnk/OiBVc2VyUmVnaXN0cnk7XG59XG5cbi8qKiBUaGUgdGhyb3VnaHB1dHMgRlN4IGZvciBPcGVuWkZTIFNJTkdMRV9BWl8xIG9mZmVycywgaW4gTUIvcy4gKi9cbmV4cG9ydCBjb25zdCBPUEVOWkZTX1RIUk9VR0hQVVRTX01CUFM6IHJlYWRvbmx5IG51bWJlcltdID0gWzY0LCAxMjgsIDI1NiwgNTEyLCAxMDI0LCAyMDQ4LCAzMDcyLCA0MDk2XTtcblxuXG5mdW5jdGlvbiB3aG9sZUdpQih2OiBudW1iZXIpOiBib29sZWFuIHtcbiAgcmV0dXJuIE51bWJlci5pc0ludGVnZXIodikgJiYgdiA+PSAwICYmIHYgPD0gTUFYX1FVT1RBX0dJQjtcbn1cblxuLyoqXG4gKiBUaGUgcXVvdGFzIG9mIGEgZmlsZSBzeXN0ZW0ncyBwcm9wcywgY2hlY2tlZCBvbmUgd2F5IGZvciBldmVyeSBGU3gga2luZDogYW55IHF1b3RhIG9wdGlvblxuICogd2l0aG91dCBhIHJlZ2lzdHJ5IGlzIHJlZnVzZWQgKHRoZSBpZHMgYXJlIHRoZSByZWdpc3RyeSdzKSwgZGVmYXVsdHMgYW5kIG5hbWVkIHF1b3RhcyBhcmVcbiAqIHdob2xlIEdpQiwgbmFtZXMgYXJlIHRoZSByZWdpc3RyeSdzLiBgcHJvamVjdHNgIHNheXMgd2hldGhlciB0aGUga2luZCBvZmZlcnMgcHJvamVjdCBxdW90YXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja2VkUmVnaXN0cnlRdW90YXMoc2NvcGU6IENvbnN0cnVjdCwgcHJvcHM6IFJlZ2lzdHJ5UXVvdGFQcm9wcywgcHJvamVjdHM6IGJvb2xlYW4pOiBSZWdpc3RyeVF1b3RhW10ge1xuICBjb25zdCBmaWVsZHM6IEFycmF5PFtzdHJpbmcsIHVua25vd25dPiA9IFtcbiAgICBbJ3VzZXJRdW90YUdpQicsIHByb3BzLnVzZXJRdW90YUdpQl0sIFsndXNlclF1b3Rhc0dpQicsIHByb3BzLnVzZXJRdW90YXNHaUJdLFxuICAgIFsnZ3JvdXBRdW90YUdpQicsIHByb3BzLmdyb3VwUXVvdGFHaUJdLCBbJ2dyb3VwUXVvdGFzR2lCJywgcHJvcHMuZ3JvdXBRdW90YXNHaUJdLFxuICAgIC4uLihwcm9qZWN0cyA/IFtbJ3Byb2plY3RRdW90YUdpQicsIHByb3BzLnByb2plY3RRdW90YUdpQl0sIFsncHJvamVjdFF1b3Rhc0dpQicsIHByb3BzLnByb2plY3RRdW90YXNHaUJdXSBhcyBBcnJheTxbc3RyaW5nLCB1bmtub3duXT4gOiBbXSksXG4gIF07XG4gIGZvciAoY29uc3QgW2ZpZWxkLCB2XSBvZiBmaWVsZHMpIHtcbiAgICBpZiAodiAhPT0gdW5kZWZpbmVkICYmICFwcm9wcy5yZWdpc3RyeSkgYmFkUHJvcChzY29wZSwgZmllbGQsIHYsICdxdW90YXMgY29tZSBmcm9tIHRoZSByZWdpc3RyeVxcJ3MgaWRzLCBhbmQgbm9uZSB3YXMgZ2l2ZW4nLCAncGFzcyByZWdpc3RyeScpO1xuICB9XG4gIGZvciAoY29uc3QgW2ZpZWxkLCB2XSBvZiBbWyd1c2VyUXVvdGFHaUInLCBwcm9wcy51c2VyUXVvdGFHaUJdLCBbJ2dyb3VwUXVvdGFHaUInLCBwcm9wcy5ncm91cFF1b3RhR2lCXSwgWydwcm9qZWN0UXVvdGFHaUInLCBwcm9wcy5wcm9qZWN0UXVvdGFHaUJdXSBhcyBjb25zdCkge1xuICAgIGlmICh2ICE9PSB1bmRlZmluZWQgJiYgIXdob2xlR2lCKHYpKSBiYWRQcm9wKHNjb3BlLCBmaWVsZCwgdiwgJ2EgcXVvdGEgaXMgYSB3aG9sZSBudW1iZXIgb2YgR2lCICgwOiBubyBxdW90YSknLCAnd3JpdGUgZS5nLiAxMDAnKTtcbiAgfVxuICBpZiAoIXByb3BzLnJlZ2lzdHJ5KSByZXR1cm4gW107XG4gIGNvbnN0IHF1b3RhcyA9IFtcbiAgICAuLi5yZWdpc3RyeVF1b3RhcyhzY29wZSwgcHJvcHMucmVnaXN0cnksICdVU0VSJywgcHJvcHMudXNlclF1b3RhR2lCLCBwcm9wcy51c2VyUXVvdGFzR2lCLCAndXNlclF1b3Rhc0dpQicpLFxuICAgIC4uLnJlZ2lzdHJ5UXVvdGFzKHNjb3BlLCBwcm9wcy5yZWdpc3RyeSwgJ0dST1VQJywgcHJvcHMuZ3JvdXBRdW90YUdpQiwgcHJvcHMuZ3JvdXBRdW90YXNHaUIsICdncm91cFF1b3Rhc0dpQicpLFxuICAgIC4uLihwcm9qZWN0cyA/IHJlZ2lzdHJ5UXVvdGFzKHNjb3BlLCBwcm9wcy5yZWdpc3RyeSwgJ1BST0pFQ1QnLCBwcm9wcy5wcm9qZWN0UXVvdGFHaUIsIHByb3BzLnByb2plY3RRdW90YXNHaUIsICdwcm9qZWN0UXVvdGFzR2lCJykgOiBbXSksXG4gIF07XG4gIC8vIFByb2plY3QgZm9sZGVycyBhcmUgPG1vdW50Pi9wcm9qZWN0cy88Z3JvdXA+LCBiZXNpZGUgdGhlIHVzZXJzJyA8bW91bnQ+Lzx1c2VyPi5cbiAgaWYgKHF1b3Rhcy5zb21lKChxKSA9PiBxLnR5cGUgPT09ICdQUk9KRUNUJykgJiYgcHJvcHMucmVnaXN0cnkudXNlcnMuc29tZSgodSkgPT4gdS5uYW1lID09PSBQUk9KRUNUU19GT0xERVIpKSB7XG4gICAgYmFkUHJvcChzY29wZSwgJ3Byb2plY3RRdW90YXNHaUInLCBgdXNlciBcIiR7UFJPSkVDVFNfRk9MREVSfVwiYCwgYHByb2plY3QgZm9sZGVycyBsaXZlIGluIDxtb3VudD4vJHtQUk9KRUNUU19GT0xERVJ9LCB3aGljaCBpcyBhbHNvIHRoZSBzY3JhdGNoIGZvbGRlciBvZiB0aGUgcmVnaXN0cnkgdXNlciBcIiR7UFJPSkVDVFNfRk9MREVSfVwiYCxcbiAgICAgIGByZW5hbWUgdGhlIHJlZ2lzdHJ5IHVzZXIgXCIke1BST0pFQ1RTX0ZPTERFUn1cIiwgb3IgZ2l2ZSBubyBwcm9qZWN0IHF1b3Rhc2ApO1xuICB9XG4gIHJldHVybiBxdW90YXM7XG59XG5cbi8qKiBUaGUgc3VibmV0cyBhIGZpbGUgc3lzdGVtIGdvZXMgaW50bzogdGhlIHNlbGVjdGlvbidzLCB0aGUgZmlyc3QgYGNvdW50YCBvZiB0aGVtLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbGVTeXN0ZW1TdWJuZXRzKHNjb3BlOiBDb25zdHJ1Y3QsIHZwYzogZWMyLklWcGMsIHNlbGVjdGlvbjogZWMyLlN1Ym5ldFNlbGVjdGlvbiB8IHVuZGVmaW5lZCwgY291bnQ6IG51bWJlcik6IHN0cmluZ1tdIHtcbiAgY29uc3QgaWRzID0gdnBjLnNlbGVjdFN1Ym5ldHMoc2VsZWN0aW9uID8/ICh2cGMuaXNvbGF0ZWRTdWJuZXRzLmxlbmd0aCA+IDBcbiAgICA/IHsgc3VibmV0VHlwZTogZWMyLlN1Ym5ldFR5cGUuUFJJVkFURV9JU09MQVRFRCB9IDogeyBzdWJuZXRUeXBlOiBlYzIuU3VibmV0VHlwZS5QUklWQVRFX1dJVEhfRUdSRVNTIH0pKS5zdWJuZXRJZHM7XG4gIGlmIChpZHMubGVuZ3RoIDwgY291bnQpIHtcbiAgICBiYWRQcm9wKHNjb3BlLCAndnBjU3VibmV0cycsIGAke2lkcy5sZW5ndGh9IHN1Ym5ldHNgLCBgdGhlIGZpbGUgc3lzdGVtIG5lZWRzICR7Y291bnR9IHN1Ym5ldCR7Y291bnQgPiAxID8gJ3MnIDogJyd9YCwgJ2dpdmUgdGhlIFZQQyBwcml2YXRlIG9yIGlzb2xhdGVkIHN1Ym5ldHMsIG9yIHNlbGVjdCBleGlzdGluZyBvbmVzJyk7XG4gIH1cbiAgcmV0dXJuIGlkcy5zbGljZSgwLCBjb3VudCk7XG59XG5cbi8qKiBBIHNlY3VyaXR5IGdyb3VwIHdpdGggbm8gZWdyZXNzIGFuZCBubyBpbmdyZXNzIHVudGlsIGNsaWVudHMgYXJlIGFkbWl0dGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpbGVTeXN0ZW1TZWN1cml0eUdyb3VwKHNjb3BlOiBDb25zdHJ1Y3QsIHZwYzogZWMyLklWcGMsIHdoYXQ6IHN0cmluZyk6IGVjMi5TZWN1cml0eUdyb3VwIHtcbiAgcmV0dXJuIGxvY2tlZFNlY3VyaXR5R3JvdXAoc2NvcGUsICdTZWN1cml0eUdyb3VwJywgdnBjLCBgJHt3aGF0fTogYWRtaXRzIG9ubHkgdGhlIGNsaWVudHMgb2YgdGhlIGxhYmApO1xufVxuXG4vKipcbiAqIFF1b3RhcyBmcm9tIHRoZSByZWdpc3RyeTogYGRlZmF1bHRHaUJgIGZvciBldmVyeSB1c2VyIChvciBncm91cCwgb3IgZ3JvdXAncyBwcm9qZWN0KSB1bmxlc3NcbiAqIGBieU5hbWVgIG5hbWVzIHRoZW0sIGlkcyBhbHdheXMgdGhlIHJlZ2lzdHJ5J3MuIE5hbWVzIG5vdCBpbiB0aGUgcmVnaXN0cnkgYXJlIGVycm9ycy5cbiAqL1xuZnVuY3Rpb24gcmVnaXN0cnlRdW90YXMoc2NvcGU6IENvbnN0cnVjdCwgcmVnaXN0cnk6IFVzZXJSZWdpc3RyeSwgdHlwZTogUXVvdGFUeXBlLCBkZWZhdWx0R2lCOiBudW1iZXIgfCB1bmRlZmluZWQsXG4gIGJ5TmFtZTogeyBbbmFtZTogc3RyaW5nXTogbnVtYmVyIH0gfCB1bmRlZmluZWQsIGZpZWxkOiBzdHJpbmcpOiBSZWdpc3RyeVF1b3RhW10ge1xuICBjb25zdCBlbnRyaWVzID0gdHlwZSA9PT0gJ1VTRVInID8gcmVnaXN0cnkudXNlcnMubWFwKCh1KSA9PiAoeyBuYW1lOiB1Lm5hbWUsIGlkOiB1LnVpZCB9KSkgOiByZWdpc3RyeS5ncm91cHMubWFwKChnKSA9PiAoeyBuYW1lOiBnLm5hbWUsIGlkOiBnLmdpZCB9KSk7XG4gIGNvbnN0IG5hbWVzID0gbmV3IFNldChlbnRyaWVzLm1hcCgoZSkgPT4gZS5uYW1lKSk7XG4gIGZvciAoY29uc3QgW25hbWUsIGdpYl0gb2YgT2JqZWN0LmVudHJpZXMoYnlOYW1lID8/IHt9KSkge1xuICAgIGlmICghbmFtZXMuaGFzKG5hbWUpKSBiYWRQcm9wKHNjb3BlLCBgJHtmaWVsZH0uJHtuYW1lfWAsIGdpYiwgYCR7dHlwZSA9PT0gJ1VTRVInID8gJ3VzZXInIDogJ2dyb3VwJ30gXCIke25hbWV9XCIgaXMgbm90IGluIHRoZSByZWdpc3RyeSAke3JlZ2lzdHJ5LnNvdXJjZU5hbWV9YCwgJ25hbWUgYSByZWdpc3RyeSB1c2VyIG9yIGdyb3VwLCBvciByZW1vdmUgdGhlIGVudHJ5Jyk7XG4gICAgaWYgKCF3aG9sZUdpQihnaWIpKSBiYWRQcm9wKHNjb3BlLCBgJHtmaWVsZH0uJHtuYW1lfWAsIGdpYiwgJ2EgcXVvdGEgaXMgYSB3aG9sZSBudW1iZXIgb2YgR2lCICgwOiBubyBxdW90YSknLCAnd3JpdGUgZS5nLiAxMDAnKTtcbiAgfVxuICByZXR1cm4gZW50cmllcy5tYXAoKGUpID0+ICh7IHR5cGUsIG5hbWU6IGUubmFtZSwgaWQ6IGUuaWQsIGdpYjogYnlOYW1lPy5bZS5uYW1lXSA/PyBkZWZhdWx0R2lCIH0pKVxuICAgIC5maWx0ZXIoKHEpOiBxIGlzIFJlZ2lzdHJ5UXVvdGEgPT4gcS5naWIgIT09IHVuZGVmaW5lZCAmJiBxLmdpYiA+IDApO1xufVxuXG4vKiogVGhlIHF1b3RhIG9mIGEgcmVnaXN0cnkgdXNlciwgZ3JvdXAgb3IgcHJvamVjdCBpbiBHaUIsIHdoZW4gb25lIGlzIHNldC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBxdW90YU9mKHF1b3RhczogUmVnaXN0cnlRdW90YVtdLCB0eXBlOiBRdW90YVR5cGUsIG5hbWU6IHN0cmluZyk6IG51bWJlciB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBxdW90YXMuZmluZCgocSkgPT4gcS50eXBlID09PSB0eXBlICYmIHEubmFtZSA9PT0gbmFtZSk/LmdpYjtcbn1cbiJdfQ==