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
import { ConfigMapV1 } from '@cdktf/provider-kubernetes/lib/config-map-v1';
import { PersistentVolumeClaimV1 } from '@cdktf/provider-kubernetes/lib/persistent-volume-claim-v1';
import type { StatefulSetV1SpecTemplateSpecContainer, StatefulSetV1SpecTemplateSpecContainerVolumeMount, StatefulSetV1SpecTemplateSpecVolume } from '@cdktf/provider-kubernetes/lib/stateful-set-v1';
import { Construct } from 'constructs';
import { PlannedUser } from '../../../workspaces/permit';
/** The claim (and pod volume) name of the request area. */
export declare const RELEASE_CLAIM = "release";
/** Where the request area is mounted. */
export declare const RELEASE_AREA_PATH = "/data/release";
/**
 * The spool researchers drop requests into: inside the area, on the same file system, so that
 * taking an entry out of the researchers' reach is a rename (a move across file systems is a copy,
 * which resets the link count the service checks, and lets a hard link pass for a request of its
 * own: the forgery the Proxmox chroot test shows).
 */
export declare const RELEASE_SPOOL_PATH = "/data/release/spool";
/** The ConfigMap with the script and the sidecar's account files. */
export declare const RELEASE_CONFIG_MAP = "rws-release";
/** Seconds between two runs of `rws-release process`. */
export declare const RELEASE_POLL_SECONDS = 5;
/**
 * The sidecar's capabilities (all inside Pod Security "baseline"), each one needed (the chroot test
 * drops each in turn): SETUID and SETGID to read each requested file as its requester
 * (`setpriv`), DAC_OVERRIDE to read the requester's `0600` spool entry, CHOWN to take over the
 * claim's root folder whatever owner the storage gave it.
 */
export declare const RELEASE_CAPABILITIES: string[];
/** The script's options for a permit. */
export declare function releaseScriptOptions(permitId: string): {
    permitId: string;
    outputsPath: string;
    areaPath: string;
    spoolPath: string;
};
/** `/etc/passwd` and `/etc/group` of the sidecar: root and the permit's accounts. */
export declare function releaseAccountFiles(users: PlannedUser[]): {
    passwd: string;
    group: string;
};
/** The sidecar's shell command: setup once, then process the spool forever. */
export declare function releaseServiceCommand(): string[];
/** Options of the area's resources. */
export interface ReleaseAreaOptions {
    readonly permitId: string;
    readonly sizeGiB: number;
    readonly storageClassName?: string;
    readonly meta: (name: string, labels?: Record<string, string>) => any;
    readonly dependsOn: any[] | undefined;
    readonly volumeLabel: string;
}
/** The `release` claim, protected like the planned volumes. */
export declare function addReleaseClaim(scope: Construct, o: ReleaseAreaOptions, storageClassName: string | undefined): PersistentVolumeClaimV1;
/** The ConfigMap of the analysis workspace: the script and the sidecar's account files. */
export declare function addReleaseConfig(scope: Construct, o: ReleaseAreaOptions, users: PlannedUser[]): {
    configMap: ConfigMapV1;
    script: string;
};
/**
 * What the analysis pod gets: its extra volumes, the desktop container's extra mounts, and the
 * sidecar container.
 */
export declare function releasePodParts(image: string, outputsClaim: string): {
    volumes: StatefulSetV1SpecTemplateSpecVolume[];
    desktopMounts: StatefulSetV1SpecTemplateSpecContainerVolumeMount[];
    sidecar: StatefulSetV1SpecTemplateSpecContainer;
};
