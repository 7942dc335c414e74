"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RELEASE_CAPABILITIES = exports.RELEASE_POLL_SECONDS = exports.RELEASE_CONFIG_MAP = exports.RELEASE_SPOOL_PATH = exports.RELEASE_AREA_PATH = exports.RELEASE_CLAIM = void 0;
exports.releaseScriptOptions = releaseScriptOptions;
exports.releaseAccountFiles = releaseAccountFiles;
exports.releaseServiceCommand = releaseServiceCommand;
exports.addReleaseClaim = addReleaseClaim;
exports.addReleaseConfig = addReleaseConfig;
exports.releasePodParts = releasePodParts;
/**
 * The output release request area of a Kubernetes permit (issue 15): a `release` claim beside the
 * planned volumes, and, in the analysis workspace's pod, `rws-release` for the researchers and a
 * root sidecar that turns their spool entries into snapshots.
 *
 * - The claim (`ReadWriteMany`, the shared storage class, so review pods can mount requests while
 *   the workspace runs) exists in every phase that has storage and is protected like the others;
 *   it goes with the permit's other claims after `permit.deleted`.
 * - The desktop container mounts it read-only at /data/release: researchers can read snapshots but
 *   not change them. They drop requests into the spool, the claim's `spool` folder mounted
 *   read-write over /data/release/spool (mode 1733 after `rws-release setup`); the sidecar sees the
 *   same folder inside its one mount of the claim.
 * - The sidecar (`release-service`) runs `rws-release setup`, then `rws-release process` every few
 *   seconds, as root with RELEASE_CAPABILITIES only, no privilege escalation, a read-only root
 *   filesystem, no network use (the pod's NetworkPolicies apply) and no service-account token. It
 *   mounts outputs read-only and the claim read-write. Its /etc/passwd and /etc/group are the
 *   permit's accounts (the same names, uids and gids the desktop's entrypoint creates), so the
 *   requester is named by the uid that owns the spool entry, as on a VM.
 */
const config_map_v1_1 = require("@cdktf/provider-kubernetes/lib/config-map-v1");
const persistent_volume_claim_v1_1 = require("@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1");
const permit_1 = require("../../../workspaces/permit");
const release_script_1 = require("../../../workspaces/release-script");
const permit_common_1 = require("../../terraform/permit-common");
/** The claim (and pod volume) name of the request area. */
exports.RELEASE_CLAIM = 'release';
/** Where the request area is mounted. */
exports.RELEASE_AREA_PATH = '/data/release';
/**
 * The spool researchers drop requests into: inside the area, on the same file system, so that
 * taking an entry out of the researchers' reach is a rename (a move across file systems is a copy,
 * which resets the link count the service checks, and lets a hard link pass for a request of its
 * own: the forgery the Proxmox chroot test shows).
 */
exports.RELEASE_SPOOL_PATH = `${exports.RELEASE_AREA_PATH}/spool`;
/** The ConfigMap with the script and the sidecar's account files. */
exports.RELEASE_CONFIG_MAP = 'rws-release';
/** Seconds between two runs of `rws-release process`. */
exports.RELEASE_POLL_SECONDS = 5;
/**
 * The sidecar's capabilities (all inside Pod Security "baseline"), each one needed (the chroot test
 * drops each in turn): SETUID and SETGID to read each requested file as its requester
 * (`setpriv`), DAC_OVERRIDE to read the requester's `0600` spool entry, CHOWN to take over the
 * claim's root folder whatever owner the storage gave it.
 */
exports.RELEASE_CAPABILITIES = ['CHOWN', 'DAC_OVERRIDE', 'SETGID', 'SETUID'];
/** The script's options for a permit. */
function releaseScriptOptions(permitId) {
    return { permitId, outputsPath: permit_1.MOUNT_PATHS[permit_1.PermitVolumeKind.OUTPUTS], areaPath: exports.RELEASE_AREA_PATH, spoolPath: exports.RELEASE_SPOOL_PATH };
}
/** `/etc/passwd` and `/etc/group` of the sidecar: root and the permit's accounts. */
function releaseAccountFiles(users) {
    const sorted = [...users].sort((a, b) => a.uid - b.uid);
    return {
        passwd: ['root:x:0:0:root:/root:/usr/sbin/nologin', ...sorted.map((u) => `${u.name}:x:${u.uid}:${u.gid}::/home/${u.name}:/usr/sbin/nologin`)].join('\n') + '\n',
        group: ['root:x:0:', ...sorted.map((u) => `${u.name}:x:${u.gid}:`)].join('\n') + '\n',
    };
}
/** The sidecar's shell command: setup once, then process the spool forever. */
function releaseServiceCommand() {
    const cmd = release_script_1.ReleaseCommand.INSTALL_PATH;
    return ['/bin/bash', '-c', `set -e; ${cmd} setup; while :; do ${cmd} process || echo "rws-release process failed (exit $?)" >&2; sleep ${exports.RELEASE_POLL_SECONDS}; done`];
}
/** The `release` claim, protected like the planned volumes. */
function addReleaseClaim(scope, o, storageClassName) {
    return new persistent_volume_claim_v1_1.PersistentVolumeClaimV1(scope, 'Volume-release', {
        metadata: o.meta(exports.RELEASE_CLAIM, { [o.volumeLabel]: exports.RELEASE_CLAIM }),
        spec: {
            accessModes: ['ReadWriteMany'],
            storageClassName,
            resources: { requests: { storage: `${o.sizeGiB}Gi` } },
        },
        waitUntilBound: false,
        lifecycle: { preventDestroy: true },
        dependsOn: o.dependsOn,
    });
}
/** The ConfigMap of the analysis workspace: the script and the sidecar's account files. */
function addReleaseConfig(scope, o, users) {
    const script = release_script_1.ReleaseCommand.script(releaseScriptOptions(o.permitId));
    const accounts = releaseAccountFiles(users);
    const configMap = new config_map_v1_1.ConfigMapV1(scope, 'ReleaseConfig', {
        metadata: o.meta(exports.RELEASE_CONFIG_MAP),
        data: { 'rws-release': (0, permit_common_1.tfLiteral)(script), 'passwd': accounts.passwd, 'group': accounts.group },
        dependsOn: o.dependsOn,
    });
    return { configMap, script };
}
/**
 * What the analysis pod gets: its extra volumes, the desktop container's extra mounts, and the
 * sidecar container.
 */
function releasePodParts(image, outputsClaim) {
    const scriptMount = { name: 'rws-release', mountPath: release_script_1.ReleaseCommand.INSTALL_PATH, subPath: 'rws-release', readOnly: true };
    return {
        volumes: [
            { name: exports.RELEASE_CLAIM, persistentVolumeClaim: { claimName: exports.RELEASE_CLAIM, readOnly: false } },
            { name: 'release-tmp', emptyDir: { sizeLimit: '16Mi' } },
            { name: 'rws-release', configMap: { name: exports.RELEASE_CONFIG_MAP, defaultMode: '0555' } },
        ],
        desktopMounts: [
            { name: exports.RELEASE_CLAIM, mountPath: exports.RELEASE_AREA_PATH, readOnly: true },
            { name: exports.RELEASE_CLAIM, mountPath: exports.RELEASE_SPOOL_PATH, subPath: 'spool' },
            scriptMount,
        ],
        sidecar: {
            name: 'release-service',
            image: (0, permit_common_1.tfLiteral)(image),
            imagePullPolicy: 'IfNotPresent',
            command: releaseServiceCommand(),
            resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
            securityContext: {
                runAsUser: '0',
                runAsNonRoot: false,
                allowPrivilegeEscalation: false,
                privileged: false,
                readOnlyRootFilesystem: true,
                capabilities: { drop: ['ALL'], add: [...exports.RELEASE_CAPABILITIES] },
                seccompProfile: { type: 'RuntimeDefault' },
            },
            volumeMount: [
                { name: outputsClaim, mountPath: permit_1.MOUNT_PATHS[permit_1.PermitVolumeKind.OUTPUTS], readOnly: true },
                { name: exports.RELEASE_CLAIM, mountPath: exports.RELEASE_AREA_PATH },
                { name: 'release-tmp', mountPath: '/tmp' },
                scriptMount,
                { name: 'rws-release', mountPath: '/etc/passwd', subPath: 'passwd', readOnly: true },
                { name: 'rws-release', mountPath: '/etc/group', subPath: 'group', readOnly: true },
            ],
        },
    };
}
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicmVsZWFzZS1hcmVhLmpzIiwic291cmNlUm9vdCI6IiIsInNvdXJjZXMiOlsiLi4vLi4vLi4vLi4vc3JjL2NvbnN0cnVjdHMva3ViZXJuZXRlcy9wcml2YXRlL3JlbGVhc2UtYXJlYS50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7QUFxREEsb0RBRUM7QUFHRCxrREFNQztBQUdELHNEQUdDO0FBYUQsMENBWUM7QUFHRCw0Q0FTQztBQU1ELDBDQTBDQztBQTNKRDs7Ozs7Ozs7Ozs7Ozs7Ozs7O0dBa0JHO0FBQ0gsZ0ZBQTJFO0FBQzNFLDBHQUFvRztBQUtwRyx1REFBd0Y7QUFDeEYsdUVBQW9FO0FBQ3BFLGlFQUEwRDtBQUUxRCwyREFBMkQ7QUFDOUMsUUFBQSxhQUFhLEdBQUcsU0FBUyxDQUFDO0FBQ3ZDLHlDQUF5QztBQUM1QixRQUFBLGlCQUFpQixHQUFHLGVBQWUsQ0FBQztBQUNqRDs7Ozs7R0FLRztBQUNVLFFBQUEsa0JBQWtCLEdBQUcsR0FBRyx5QkFBaUIsUUFBUSxDQUFDO0FBQy9ELHFFQUFxRTtBQUN4RCxRQUFBLGtCQUFrQixHQUFHLGFBQWEsQ0FBQztBQUNoRCx5REFBeUQ7QUFDNUMsUUFBQSxvQkFBb0IsR0FBRyxDQUFDLENBQUM7QUFDdEM7Ozs7O0dBS0c7QUFDVSxRQUFBLG9CQUFvQixHQUFHLENBQUMsT0FBTyxFQUFFLGNBQWMsRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLENBQUM7QUFFbEYseUNBQXlDO0FBQ3pDLFNBQWdCLG9CQUFvQixDQUFDLFFBQWdCO0lBQ25ELE9BQU8sRUFBRSxRQUFRLEVBQUUsV0FBVyxFQUFFLG9CQUFXLENBQUMseUJBQWdCLENBQUMsT0FBTyxDQUFDLEVBQUUsUUFBUSxFQUFFLHlCQUFpQixFQUFFLFNBQVMsRUFBRSwwQkFBa0IsRUFBRSxDQUFDO0FBQ3RJLENBQUM7QUFFRCxxRkFBcUY7QUFDckYsU0FBZ0IsbUJBQW1CLENBQUMsS0FBb0I7SUFDdEQsTUFBTSxNQUFNLEdBQUcsQ0FBQyxHQUFHLEtBQUssQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLEVBQUUsRUFBRSxDQUFDLENBQUMsQ0FBQyxHQUFHLEdBQUcsQ0FBQyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ3hELE9BQU87UUFDTCxNQUFNLEVBQUUsQ0FBQyx5Q0FBeUMsRUFBRSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsR0FBRyxJQUFJLENBQUMsQ0FBQyxHQUFHLFdBQVcsQ0FBQyxDQUFDLElBQUksb0JBQW9CLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJO1FBQy9KLEtBQUssRUFBRSxDQUFDLFdBQVcsRUFBRSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxDQUFDLElBQUksTUFBTSxDQUFDLENBQUMsR0FBRyxHQUFHLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsR0FBRyxJQUFJO0tBQ3RGLENBQUM7QUFDSixDQUFDO0FBRUQsK0VBQStFO0FBQy9FLFNBQWdCLHFCQUFxQjtJQUNuQyxNQUFNLEdBQUcsR0FBRywrQkFBYyxDQUFDLFlBQVksQ0FBQztJQUN4QyxPQUFPLENBQUMsV0FBVyxFQUFFLElBQUksRUFBRSxXQUFXLEdBQUcsdUJBQXVCLEdBQUcsc0VBQXNFLDRCQUFvQixRQUFRLENBQUMsQ0FBQztBQUN6SyxDQUFDO0FBWUQsK0RBQStEO0FBQy9ELFNBQWdCLGVBQWUsQ0FBQyxLQUFnQixFQUFFLENBQXFCLEVBQUUsZ0JBQW9DO0lBQzNHLE9BQU8sSUFBSSxvREFBdUIsQ0FBQyxLQUFLLEVBQUUsZ0JBQWdCLEVBQUU7UUFDMUQsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMscUJBQWEsRUFBRSxFQUFFLENBQUMsQ0FBQyxDQUFDLFdBQVcsQ0FBQyxFQUFFLHFCQUFhLEVBQUUsQ0FBQztRQUNuRSxJQUFJLEVBQUU7WUFDSixXQUFXLEVBQUUsQ0FBQyxlQUFlLENBQUM7WUFDOUIsZ0JBQWdCO1lBQ2hCLFNBQVMsRUFBRSxFQUFFLFFBQVEsRUFBRSxFQUFFLE9BQU8sRUFBRSxHQUFHLENBQUMsQ0FBQyxPQUFPLElBQUksRUFBRSxFQUFFO1NBQ3ZEO1FBQ0QsY0FBYyxFQUFFLEtBQUs7UUFDckIsU0FBUyxFQUFFLEVBQUUsY0FBYyxFQUFFLElBQUksRUFBRTtRQUNuQyxTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7S0FDdkIsQ0FBQyxDQUFDO0FBQ0wsQ0FBQztBQUVELDJGQUEyRjtBQUMzRixTQUFnQixnQkFBZ0IsQ0FBQyxLQUFnQixFQUFFLENBQXFCLEVBQUUsS0FBb0I7SUFDNUYsTUFBTSxNQUFNLEdBQUcsK0JBQWMsQ0FBQyxNQUFNLENBQUMsb0JBQW9CLENBQUMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxDQUFDLENBQUM7SUFDdkUsTUFBTSxRQUFRLEdBQUcsbUJBQW1CLENBQUMsS0FBSyxDQUFDLENBQUM7SUFDNUMsTUFBTSxTQUFTLEdBQUcsSUFBSSwyQkFBVyxDQUFDLEtBQUssRUFBRSxlQUFlLEVBQUU7UUFDeEQsUUFBUSxFQUFFLENBQUMsQ0FBQyxJQUFJLENBQUMsMEJBQWtCLENBQUM7UUFDcEMsSUFBSSxFQUFFLEVBQUUsYUFBYSxFQUFFLElBQUEseUJBQVMsRUFBQyxNQUFNLENBQUMsRUFBRSxRQUFRLEVBQUUsUUFBUSxDQUFDLE1BQU0sRUFBRSxPQUFPLEVBQUUsUUFBUSxDQUFDLEtBQUssRUFBRTtRQUM5RixTQUFTLEVBQUUsQ0FBQyxDQUFDLFNBQVM7S0FDdkIsQ0FBQyxDQUFDO0lBQ0gsT0FBTyxFQUFFLFNBQVMsRUFBRSxNQUFNLEVBQUUsQ0FBQztBQUMvQixDQUFDO0FBRUQ7OztHQUdHO0FBQ0gsU0FBZ0IsZUFBZSxDQUFDLEtBQWEsRUFBRSxZQUFvQjtJQUtqRSxNQUFNLFdBQVcsR0FBRyxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsU0FBUyxFQUFFLCtCQUFjLENBQUMsWUFBWSxFQUFFLE9BQU8sRUFBRSxhQUFhLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRSxDQUFDO0lBQzVILE9BQU87UUFDTCxPQUFPLEVBQUU7WUFDUCxFQUFFLElBQUksRUFBRSxxQkFBYSxFQUFFLHFCQUFxQixFQUFFLEVBQUUsU0FBUyxFQUFFLHFCQUFhLEVBQUUsUUFBUSxFQUFFLEtBQUssRUFBRSxFQUFFO1lBQzdGLEVBQUUsSUFBSSxFQUFFLGFBQWEsRUFBRSxRQUFRLEVBQUUsRUFBRSxTQUFTLEVBQUUsTUFBTSxFQUFFLEVBQUU7WUFDeEQsRUFBRSxJQUFJLEVBQUUsYUFBYSxFQUFFLFNBQVMsRUFBRSxFQUFFLElBQUksRUFBRSwwQkFBa0IsRUFBRSxXQUFXLEVBQUUsTUFBTSxFQUFFLEVBQUU7U0FDdEY7UUFDRCxhQUFhLEVBQUU7WUFDYixFQUFFLElBQUksRUFBRSxxQkFBYSxFQUFFLFNBQVMsRUFBRSx5QkFBaUIsRUFBRSxRQUFRLEVBQUUsSUFBSSxFQUFFO1lBQ3JFLEVBQUUsSUFBSSxFQUFFLHFCQUFhLEVBQUUsU0FBUyxFQUFFLDBCQUFrQixFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUU7WUFDeEUsV0FBVztTQUNaO1FBQ0QsT0FBTyxFQUFFO1lBQ1AsSUFBSSxFQUFFLGlCQUFpQjtZQUN2QixLQUFLLEVBQUUsSUFBQSx5QkFBUyxFQUFDLEtBQUssQ0FBQztZQUN2QixlQUFlLEVBQUUsY0FBYztZQUMvQixPQUFPLEVBQUUscUJBQXFCLEVBQUU7WUFDaEMsU0FBUyxFQUFFLEVBQUUsUUFBUSxFQUFFLEVBQUUsR0FBRyxFQUFFLEtBQUssRUFBRSxNQUFNLEVBQUUsTUFBTSxFQUFFLEVBQUUsTUFBTSxFQUFFLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsT0FBTyxFQUFFLEVBQUU7WUFDakcsZUFBZSxFQUFFO2dCQUNmLFNBQVMsRUFBRSxHQUFHO2dCQUNkLFlBQVksRUFBRSxLQUFLO2dCQUNuQix3QkFBd0IsRUFBRSxLQUFLO2dCQUMvQixVQUFVLEVBQUUsS0FBSztnQkFDakIsc0JBQXNCLEVBQUUsSUFBSTtnQkFDNUIsWUFBWSxFQUFFLEVBQUUsSUFBSSxFQUFFLENBQUMsS0FBSyxDQUFDLEVBQUUsR0FBRyxFQUFFLENBQUMsR0FBRyw0QkFBb0IsQ0FBQyxFQUFFO2dCQUMvRCxjQUFjLEVBQUUsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUU7YUFDM0M7WUFDRCxXQUFXLEVBQUU7Z0JBQ1gsRUFBRSxJQUFJLEVBQUUsWUFBWSxFQUFFLFNBQVMsRUFBRSxvQkFBVyxDQUFDLHlCQUFnQixDQUFDLE9BQU8sQ0FBQyxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUU7Z0JBQ3hGLEVBQUUsSUFBSSxFQUFFLHFCQUFhLEVBQUUsU0FBUyxFQUFFLHlCQUFpQixFQUFFO2dCQUNyRCxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRTtnQkFDMUMsV0FBVztnQkFDWCxFQUFFLElBQUksRUFBRSxhQUFhLEVBQUUsU0FBUyxFQUFFLGFBQWEsRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLFFBQVEsRUFBRSxJQUFJLEVBQUU7Z0JBQ3BGLEVBQUUsSUFBSSxFQUFFLGFBQWEsRUFBRSxTQUFTLEVBQUUsWUFBWSxFQUFFLE9BQU8sRUFBRSxPQUFPLEVBQUUsUUFBUSxFQUFFLElBQUksRUFBRTthQUNuRjtTQUNGO0tBQ0YsQ0FBQztBQUNKLENBQUMiLCJzb3VyY2VzQ29udGVudCI6WyIvKipcbiAqIFRoZSBvdXRwdXQgcmVsZWFzZSByZXF1ZXN0IGFyZWEgb2YgYSBLdWJlcm5ldGVzIHBlcm1pdCAoaXNzdWUgMTUpOiBhIGByZWxlYXNlYCBjbGFpbSBiZXNpZGUgdGhlXG4gKiBwbGFubmVkIHZvbHVtZXMsIGFuZCwgaW4gdGhlIGFuYWx5c2lzIHdvcmtzcGFjZSdzIHBvZCwgYHJ3cy1yZWxlYXNlYCBmb3IgdGhlIHJlc2VhcmNoZXJzIGFuZCBhXG4gKiByb290IHNpZGVjYXIgdGhhdCB0dXJucyB0aGVpciBzcG9vbCBlbnRyaWVzIGludG8gc25hcHNob3RzLlxuICpcbiAqIC0gVGhlIGNsYWltIChgUmVhZFdyaXRlTWFueWAsIHRoZSBzaGFyZWQgc3RvcmFnZSBjbGFzcywgc28gcmV2aWV3IHBvZHMgY2FuIG1vdW50IHJlcXVlc3RzIHdoaWxlXG4gKiAgIHRoZSB3b3Jrc3BhY2UgcnVucykgZXhpc3RzIGluIGV2ZXJ5IHBoYXNlIHRoYXQgaGFzIHN0b3JhZ2UgYW5kIGlzIHByb3RlY3RlZCBsaWtlIHRoZSBvdGhlcnM7XG4gKiAgIGl0IGdvZXMgd2l0aCB0aGUgcGVybWl0J3Mgb3RoZXIgY2xhaW1zIGFmdGVyIGBwZXJtaXQuZGVsZXRlZGAuXG4gKiAtIFRoZSBkZXNrdG9wIGNvbnRhaW5lciBtb3VudHMgaXQgcmVhZC1vbmx5IGF0IC9kYXRhL3JlbGVhc2U6IHJlc2VhcmNoZXJzIGNhbiByZWFkIHNuYXBzaG90cyBidXRcbiAqICAgbm90IGNoYW5nZSB0aGVtLiBUaGV5IGRyb3AgcmVxdWVzdHMgaW50byB0aGUgc3Bvb2wsIHRoZSBjbGFpbSdzIGBzcG9vbGAgZm9sZGVyIG1vdW50ZWRcbiAqICAgcmVhZC13cml0ZSBvdmVyIC9kYXRhL3JlbGVhc2Uvc3Bvb2wgKG1vZGUgMTczMyBhZnRlciBgcndzLXJlbGVhc2Ugc2V0dXBgKTsgdGhlIHNpZGVjYXIgc2VlcyB0aGVcbiAqICAgc2FtZSBmb2xkZXIgaW5zaWRlIGl0cyBvbmUgbW91bnQgb2YgdGhlIGNsYWltLlxuICogLSBUaGUgc2lkZWNhciAoYHJlbGVhc2Utc2VydmljZWApIHJ1bnMgYHJ3cy1yZWxlYXNlIHNldHVwYCwgdGhlbiBgcndzLXJlbGVhc2UgcHJvY2Vzc2AgZXZlcnkgZmV3XG4gKiAgIHNlY29uZHMsIGFzIHJvb3Qgd2l0aCBSRUxFQVNFX0NBUEFCSUxJVElFUyBvbmx5LCBubyBwcml2aWxlZ2UgZXNjYWxhdGlvbiwgYSByZWFkLW9ubHkgcm9vdFxuICogICBmaWxlc3lzdGVtLCBubyBuZXR3b3JrIHVzZSAodGhlIHBvZCdzIE5ldHdvcmtQb2xpY2llcyBhcHBseSkgYW5kIG5vIHNlcnZpY2UtYWNjb3VudCB0b2tlbi4gSXRcbiAqICAgbW91bnRzIG91dHB1dHMgcmVhZC1vbmx5IGFuZCB0aGUgY2xhaW0gcmVhZC13cml0ZS4gSXRzIC9ldGMvcGFzc3dkIGFuZCAvZXRjL2dyb3VwIGFyZSB0aGVcbiAqICAgcGVybWl0J3MgYWNjb3VudHMgKHRoZSBzYW1lIG5hbWVzLCB1aWRzIGFuZCBnaWRzIHRoZSBkZXNrdG9wJ3MgZW50cnlwb2ludCBjcmVhdGVzKSwgc28gdGhlXG4gKiAgIHJlcXVlc3RlciBpcyBuYW1lZCBieSB0aGUgdWlkIHRoYXQgb3ducyB0aGUgc3Bvb2wgZW50cnksIGFzIG9uIGEgVk0uXG4gKi9cbmltcG9ydCB7IENvbmZpZ01hcFYxIH0gZnJvbSAnQGNka3RmL3Byb3ZpZGVyLWt1YmVybmV0ZXMvbGliL2NvbmZpZy1tYXAtdjEnO1xuaW1wb3J0IHsgUGVyc2lzdGVudFZvbHVtZUNsYWltVjEgfSBmcm9tICdAY2RrdGYvcHJvdmlkZXIta3ViZXJuZXRlcy9saWIvcGVyc2lzdGVudC12b2x1bWUtY2xhaW0tdjEnO1xuaW1wb3J0IHR5cGUge1xuICBTdGF0ZWZ1bFNldFYxU3BlY1RlbXBsYXRlU3BlY0NvbnRhaW5lciwgU3RhdGVmdWxTZXRWMVNwZWNUZW1wbGF0ZVNwZWNDb250YWluZXJWb2x1bWVNb3VudCwgU3RhdGVmdWxTZXRWMVNwZWNUZW1wbGF0ZVNwZWNWb2x1bWUsXG59IGZyb20gJ0BjZGt0Zi9wcm92aWRlci1rdWJlcm5ldGVzL2xpYi9zdGF0ZWZ1bC1zZXQtdjEnO1xuaW1wb3J0IHsgQ29uc3RydWN0IH0gZnJvbSAnY29uc3RydWN0cyc7XG5pbXBvcnQgeyBNT1VOVF9QQVRIUywgUGVybWl0Vm9sdW1lS2luZCwgUGxhbm5lZFVzZXIgfSBmcm9tICcuLi8uLi8uLi93b3Jrc3BhY2VzL3Blcm1pdCc7XG5pbXBvcnQgeyBSZWxlYXNlQ29tbWFuZCB9IGZyb20gJy4uLy4uLy4uL3dvcmtzcGFjZXMvcmVsZWFzZS1zY3JpcHQnO1xuaW1wb3J0IHsgdGZMaXRlcmFsIH0gZnJvbSAnLi4vLi4vdGVycmFmb3JtL3Blcm1pdC1jb21tb24nO1xuXG4vKiogVGhlIGNsYWltIChhbmQgcG9kIHZvbHVtZSkgbmFtZSBvZiB0aGUgcmVxdWVzdCBhcmVhLiAqL1xuZXhwb3J0IGNvbnN0IFJFTEVBU0VfQ0xBSU0gPSAncmVsZWFzZSc7XG4vKiogV2hlcmUgdGhlIHJlcXVlc3QgYXJlYSBpcyBtb3VudGVkLiAqL1xuZXhwb3J0IGNvbnN0IFJFTEVBU0VfQVJFQV9QQVRIID0gJy9kYXRhL3JlbGVhc2UnO1xuLyoqXG4gKiBUaGUgc3Bvb2wgcmVzZWFyY2hlcnMgZHJvcCByZXF1ZXN0cyBpbnRvOiBpbnNpZGUgdGhlIGFyZWEsIG9uIHRoZSBzYW1lIGZpbGUgc3lzdGVtLCBzbyB0aGF0XG4gKiB0YWtpbmcgYW4gZW50cnkgb3V0IG9mIHRoZSByZXNlYXJjaGVycycgcmVhY2ggaXMgYSByZW5hbWUgKGEgbW92ZSBhY3Jvc3MgZmlsZSBzeXN0ZW1zIGlzIGEgY29weSxcbiAqIHdoaWNoIHJlc2V0cyB0aGUgbGluayBjb3VudCB0aGUgc2VydmljZSBjaGVja3MsIGFuZCBsZXRzIGEgaGFyZCBsaW5rIHBhc3MgZm9yIGEgcmVxdWVzdCBvZiBpdHNcbiAqIG93bjogdGhlIGZvcmdlcnkgdGhlIFByb3htb3ggY2hyb290IHRlc3Qgc2hvd3MpLlxuICovXG5leHBvcnQgY29uc3QgUkVMRUFTRV9TUE9PTF9QQVRIID0gYCR7UkVMRUFTRV9BUkVBX1BBVEh9L3Nwb29sYDtcbi8qKiBUaGUgQ29uZmlnTWFwIHdpdGggdGhlIHNjcmlwdCBhbmQgdGhlIHNpZGVjYXIncyBhY2NvdW50IGZpbGVzLiAqL1xuZXhwb3J0IGNvbnN0IFJFTEVBU0VfQ09ORklHX01BUCA9ICdyd3MtcmVsZWFzZSc7XG4vKiogU2Vjb25kcyBiZXR3ZWVuIHR3byBydW5zIG9mIGByd3MtcmVsZWFzZSBwcm9jZXNzYC4gKi9cbmV4cG9ydCBjb25zdCBSRUxFQVNFX1BPTExfU0VDT05EUyA9IDU7XG4vKipcbiAqIFRoZSBzaWRlY2FyJ3MgY2FwYWJpbGl0aWVzIChhbGwgaW5zaWRlIFBvZCBTZWN1cml0eSBcImJhc2VsaW5lXCIpLCBlYWNoIG9uZSBuZWVkZWQgKHRoZSBjaHJvb3QgdGVzdFxuICogZHJvcHMgZWFjaCBpbiB0dXJuKTogU0VUVUlEIGFuZCBTRVRHSUQgdG8gcmVhZCBlYWNoIHJlcXVlc3RlZCBmaWxlIGFzIGl0cyByZXF1ZXN0ZXJcbiAqIChgc2V0cHJpdmApLCBEQUNfT1ZFUlJJREUgdG8gcmVhZCB0aGUgcmVxdWVzdGVyJ3MgYDA2MDBgIHNwb29sIGVudHJ5LCBDSE9XTiB0byB0YWtlIG92ZXIgdGhlXG4gKiBjbGFpbSdzIHJvb3QgZm9sZGVyIHdoYXRldmVyIG93bmVyIHRoZSBzdG9yYWdlIGdhdmUgaXQuXG4gKi9cbmV4cG9ydCBjb25zdCBSRUxFQVNFX0NBUEFCSUxJVElFUyA9IFsnQ0hPV04nLCAnREFDX09WRVJSSURFJywgJ1NFVEdJRCcsICdTRVRVSUQnXTtcblxuLyoqIFRoZSBzY3JpcHQncyBvcHRpb25zIGZvciBhIHBlcm1pdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWxlYXNlU2NyaXB0T3B0aW9ucyhwZXJtaXRJZDogc3RyaW5nKSB7XG4gIHJldHVybiB7IHBlcm1pdElkLCBvdXRwdXRzUGF0aDogTU9VTlRfUEFUSFNbUGVybWl0Vm9sdW1lS2luZC5PVVRQVVRTXSwgYXJlYVBhdGg6IFJFTEVBU0VfQVJFQV9QQVRILCBzcG9vbFBhdGg6IFJFTEVBU0VfU1BPT0xfUEFUSCB9O1xufVxuXG4vKiogYC9ldGMvcGFzc3dkYCBhbmQgYC9ldGMvZ3JvdXBgIG9mIHRoZSBzaWRlY2FyOiByb290IGFuZCB0aGUgcGVybWl0J3MgYWNjb3VudHMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVsZWFzZUFjY291bnRGaWxlcyh1c2VyczogUGxhbm5lZFVzZXJbXSk6IHsgcGFzc3dkOiBzdHJpbmc7IGdyb3VwOiBzdHJpbmcgfSB7XG4gIGNvbnN0IHNvcnRlZCA9IFsuLi51c2Vyc10uc29ydCgoYSwgYikgPT4gYS51aWQgLSBiLnVpZCk7XG4gIHJldHVybiB7XG4gICAgcGFzc3dkOiBbJ3Jvb3Q6eDowOjA6cm9vdDovcm9vdDovdXNyL3NiaW4vbm9sb2dpbicsIC4uLnNvcnRlZC5tYXAoKHUpID0+IGAke3UubmFtZX06eDoke3UudWlkfToke3UuZ2lkfTo6L2hvbWUvJHt1Lm5hbWV9Oi91c3Ivc2Jpbi9ub2xvZ2luYCldLmpvaW4oJ1xcbicpICsgJ1xcbicsXG4gICAgZ3JvdXA6IFsncm9vdDp4OjA6JywgLi4uc29ydGVkLm1hcCgodSkgPT4gYCR7dS5uYW1lfTp4OiR7dS5naWR9OmApXS5qb2luKCdcXG4nKSArICdcXG4nLFxuICB9O1xufVxuXG4vKiogVGhlIHNpZGVjYXIncyBzaGVsbCBjb21tYW5kOiBzZXR1cCBvbmNlLCB0aGVuIHByb2Nlc3MgdGhlIHNwb29sIGZvcmV2ZXIuICovXG5leHBvcnQgZnVuY3Rpb24gcmVsZWFzZVNlcnZpY2VDb21tYW5kKCk6IHN0cmluZ1tdIHtcbiAgY29uc3QgY21kID0gUmVsZWFzZUNvbW1hbmQuSU5TVEFMTF9QQVRIO1xuICByZXR1cm4gWycvYmluL2Jhc2gnLCAnLWMnLCBgc2V0IC1lOyAke2NtZH0gc2V0dXA7IHdoaWxlIDo7IGRvICR7Y21kfSBwcm9jZXNzIHx8IGVjaG8gXCJyd3MtcmVsZWFzZSBwcm9jZXNzIGZhaWxlZCAoZXhpdCAkPylcIiA+JjI7IHNsZWVwICR7UkVMRUFTRV9QT0xMX1NFQ09ORFN9OyBkb25lYF07XG59XG5cbi8qKiBPcHRpb25zIG9mIHRoZSBhcmVhJ3MgcmVzb3VyY2VzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBSZWxlYXNlQXJlYU9wdGlvbnMge1xuICByZWFkb25seSBwZXJtaXRJZDogc3RyaW5nO1xuICByZWFkb25seSBzaXplR2lCOiBudW1iZXI7XG4gIHJlYWRvbmx5IHN0b3JhZ2VDbGFzc05hbWU/OiBzdHJpbmc7XG4gIHJlYWRvbmx5IG1ldGE6IChuYW1lOiBzdHJpbmcsIGxhYmVscz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz4pID0+IGFueTtcbiAgcmVhZG9ubHkgZGVwZW5kc09uOiBhbnlbXSB8IHVuZGVmaW5lZDtcbiAgcmVhZG9ubHkgdm9sdW1lTGFiZWw6IHN0cmluZztcbn1cblxuLyoqIFRoZSBgcmVsZWFzZWAgY2xhaW0sIHByb3RlY3RlZCBsaWtlIHRoZSBwbGFubmVkIHZvbHVtZXMuICovXG5leHBvcnQgZnVuY3Rpb24gYWRkUmVsZWFzZUNsYWltKHNjb3BlOiBDb25zdHJ1Y3QsIG86IFJlbGVhc2VBcmVhT3B0aW9ucywgc3RvcmFnZUNsYXNzTmFtZTogc3RyaW5nIHwgdW5kZWZpbmVkKTogUGVyc2lzdGVudFZvbHVtZUNsYWltVjEge1xuICByZXR1cm4gbmV3IFBlcnNpc3RlbnRWb2x1bWVDbGFpbVYxKHNjb3BlLCAnVm9sdW1lLXJlbGVhc2UnLCB7XG4gICAgbWV0YWRhdGE6IG8ubWV0YShSRUxFQVNFX0NMQUlNLCB7IFtvLnZvbHVtZUxhYmVsXTogUkVMRUFTRV9DTEFJTSB9KSxcbiAgICBzcGVjOiB7XG4gICAgICBhY2Nlc3NNb2RlczogWydSZWFkV3JpdGVNYW55J10sXG4gICAgICBzdG9yYWdlQ2xhc3NOYW1lLFxuICAgICAgcmVzb3VyY2VzOiB7IHJlcXVlc3RzOiB7IHN0b3JhZ2U6IGAke28uc2l6ZUdpQn1HaWAgfSB9LFxuICAgIH0sXG4gICAgd2FpdFVudGlsQm91bmQ6IGZhbHNlLFxuICAgIGxpZmVjeWNsZTogeyBwcmV2ZW50RGVzdHJveTogdHJ1ZSB9LFxuICAgIGRlcGVuZHNPbjogby5kZXBlbmRzT24sXG4gIH0pO1xufVxuXG4vKiogVGhlIENvbmZpZ01hcCBvZiB0aGUgYW5hbHlzaXMgd29ya3NwYWNlOiB0aGUgc2NyaXB0IGFuZCB0aGUgc2lkZWNhcidzIGFjY291bnQgZmlsZXMuICovXG5leHBvcnQgZnVuY3Rpb24gYWRkUmVsZWFzZUNvbmZpZyhzY29wZTogQ29uc3RydWN0LCBvOiBSZWxlYXNlQXJlYU9wdGlvbnMsIHVzZXJzOiBQbGFubmVkVXNlcltdKTogeyBjb25maWdNYXA6IENvbmZpZ01hcFYxOyBzY3JpcHQ6IHN0cmluZyB9IHtcbiAgY29uc3Qgc2NyaXB0ID0gUmVsZWFzZUNvbW1hbmQuc2NyaXB0KHJlbGVhc2VTY3JpcHRPcHRpb25zKG8ucGVybWl0SWQpKTtcbiAgY29uc3QgYWNjb3VudHMgPSByZWxlYXNlQWNjb3VudEZpbGVzKHVzZXJzKTtcbiAgY29uc3QgY29uZmlnTWFwID0gbmV3IENvbmZpZ01hcFYxKHNjb3BlLCAnUmVsZWFzZUNvbmZpZycsIHtcbiAgICBtZXRhZGF0YTogby5tZXRhKFJFTEVBU0VfQ09ORklHX01BUCksXG4gICAgZGF0YTogeyAncndzLXJlbGVhc2UnOiB0ZkxpdGVyYWwoc2NyaXB0KSwgJ3Bhc3N3ZCc6IGFjY291bnRzLnBhc3N3ZCwgJ2dyb3VwJzogYWNjb3VudHMuZ3JvdXAgfSxcbiAgICBkZXBlbmRzT246IG8uZGVwZW5kc09uLFxuICB9KTtcbiAgcmV0dXJuIHsgY29uZmlnTWFwLCBzY3JpcHQgfTtcbn1cblxuLyoqXG4gKiBXaGF0IHRoZSBhbmFseXNpcyBwb2QgZ2V0czogaXRzIGV4dHJhIHZvbHVtZXMsIHRoZSBkZXNrdG9wIGNvbnRhaW5lcidzIGV4dHJhIG1vdW50cywgYW5kIHRoZVxuICogc2lkZWNhciBjb250YWluZXIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWxlYXNlUG9kUGFydHMoaW1hZ2U6IHN0cmluZywgb3V0cHV0c0NsYWltOiBzdHJpbmcpOiB7XG4gIHZvbHVtZXM6IFN0YXRlZnVsU2V0VjFTcGVjVGVtcGxhdGVTcGVjVm9sdW1lW107XG4gIGRlc2t0b3BNb3VudHM6IFN0YXRlZnVsU2V0VjFTcGVjVGVtcGxhdGVTcGVjQ29udGFpbmVyVm9sdW1lTW91bnRbXTtcbiAgc2lkZWNhcjogU3RhdGVmdWxTZXRWMVNwZWNUZW1wbGF0ZVNwZWNDb250YWluZXI7XG59IHtcbiAgY29uc3Qgc2NyaXB0TW91bnQgPSB7IG5hbWU6ICdyd3MtcmVsZWFzZScsIG1vdW50UGF0aDogUmVsZWFzZUNvbW1hbmQuSU5TVEFMTF9QQVRILCBzdWJQYXRoOiAncndzLXJlbGVhc2UnLCByZWFkT25seTogdHJ1ZSB9O1xuICByZXR1cm4ge1xuICAgIHZvbHVtZXM6IFtcbiAgICAgIHsgbmFtZTogUkVMRUFTRV9DTEFJTSwgcGVyc2lzdGVudFZvbHVtZUNsYWltOiB7IGNsYWltTmFtZTogUkVMRUFTRV9DTEFJTSwgcmVhZE9ubHk6IGZhbHNlIH0gfSxcbiAgICAgIHsgbmFtZTogJ3JlbGVhc2UtdG1wJywgZW1wdHlEaXI6IHsgc2l6ZUxpbWl0OiAnMTZNaScgfSB9LFxuICAgICAgeyBuYW1lOiAncndzLXJlbGVhc2UnLCBjb25maWdNYXA6IHsgbmFtZTogUkVMRUFTRV9DT05GSUdfTUFQLCBkZWZhdWx0TW9kZTogJzA1NTUnIH0gfSxcbiAgICBdLFxuICAgIGRlc2t0b3BNb3VudHM6IFtcbiAgICAgIHsgbmFtZTogUkVMRUFTRV9DTEFJTSwgbW91bnRQYXRoOiBSRUxFQVNFX0FSRUFfUEFUSCwgcmVhZE9ubHk6IHRydWUgfSxcbiAgICAgIHsgbmFtZTogUkVMRUFTRV9DTEFJTSwgbW91bnRQYXRoOiBSRUxFQVNFX1NQT09MX1BBVEgsIHN1YlBhdGg6ICdzcG9vbCcgfSxcbiAgICAgIHNjcmlwdE1vdW50LFxuICAgIF0sXG4gICAgc2lkZWNhcjoge1xuICAgICAgbmFtZTogJ3JlbGVhc2Utc2VydmljZScsXG4gICAgICBpbWFnZTogdGZMaXRlcmFsKGltYWdlKSxcbiAgICAgIGltYWdlUHVsbFBvbGljeTogJ0lmTm90UHJlc2VudCcsXG4gICAgICBjb21tYW5kOiByZWxlYXNlU2VydmljZUNvbW1hbmQoKSxcbiAgICAgIHJlc291cmNlczogeyByZXF1ZXN0czogeyBjcHU6ICc1MG0nLCBtZW1vcnk6ICc2NE1pJyB9LCBsaW1pdHM6IHsgY3B1OiAnNTAwbScsIG1lbW9yeTogJzI1Nk1pJyB9IH0sXG4gICAgICBzZWN1cml0eUNvbnRleHQ6IHtcbiAgICAgICAgcnVuQXNVc2VyOiAnMCcsXG4gICAgICAgIHJ1bkFzTm9uUm9vdDogZmFsc2UsXG4gICAgICAgIGFsbG93UHJpdmlsZWdlRXNjYWxhdGlvbjogZmFsc2UsXG4gICAgICAgIHByaXZpbGVnZWQ6IGZhbHNlLFxuICAgICAgICByZWFkT25seVJvb3RGaWxlc3lzdGVtOiB0cnVlLFxuICAgICAgICBjYXBhYmlsaXRpZXM6IHsgZHJvcDogWydBTEwnXSwgYWRkOiBbLi4uUkVMRUFTRV9DQVBBQklMSVRJRVNdIH0sXG4gICAgICAgIHNlY2NvbXBQcm9maWxlOiB7IHR5cGU6ICdSdW50aW1lRGVmYXVsdCcgfSxcbiAgICAgIH0sXG4gICAgICB2b2x1bWVNb3VudDogW1xuICAgICAgICB7IG5hbWU6IG91dHB1dHNDbGFpbSwgbW91bnRQYXRoOiBNT1VOVF9QQVRIU1tQZXJtaXRWb2x1bWVLaW5kLk9VVFBVVFNdLCByZWFkT25seTogdHJ1ZSB9LFxuICAgICAgICB7IG5hbWU6IFJFTEVBU0VfQ0xBSU0sIG1vdW50UGF0aDogUkVMRUFTRV9BUkVBX1BBVEggfSxcbiAgICAgICAgeyBuYW1lOiAncmVsZWFzZS10bXAnLCBtb3VudFBhdGg6ICcvdG1wJyB9LFxuICAgICAgICBzY3JpcHRNb3VudCxcbiAgICAgICAgeyBuYW1lOiAncndzLXJlbGVhc2UnLCBtb3VudFBhdGg6ICcvZXRjL3Bhc3N3ZCcsIHN1YlBhdGg6ICdwYXNzd2QnLCByZWFkT25seTogdHJ1ZSB9LFxuICAgICAgICB7IG5hbWU6ICdyd3MtcmVsZWFzZScsIG1vdW50UGF0aDogJy9ldGMvZ3JvdXAnLCBzdWJQYXRoOiAnZ3JvdXAnLCByZWFkT25seTogdHJ1ZSB9LFxuICAgICAgXSxcbiAgICB9LFxuICB9O1xufVxuIl19