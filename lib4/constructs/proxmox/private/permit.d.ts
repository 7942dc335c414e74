import { PermitVolumeKind, PlannedMount, PlannedUser, PlannedVolume } from '../../../workspaces/permit';
/** Roles of the permit's infrastructure machines (beside the planned workspaces). */
export declare const STORAGE_ROLE = "storage";
export declare const PROXY_ROLE = "egress-proxy";
/** Host offsets in the permit's network, and VM id offsets from `vmIdBase`. */
export declare const HOSTS: Record<string, {
    host: number;
    vmId: number;
}>;
/** The smallest network that holds every host (a /27). */
export declare const MIN_NETWORK_SIZE = 32;
/** Where the storage server mounts the volumes. */
export declare const EXPORT_ROOT = "/srv/permit";
/** Port of the package proxy. */
export declare const PROXY_PORT = 3128;
/** Private and special ranges the package proxy may never reach (IPv4 and IPv6). */
export declare const NOT_INTERNET: string[];
/** The whole address space (ipset cannot hold /0). */
export declare const INTERNET: string[];
/** Packages the permit's image needs (Debian/Ubuntu names; Rocky: nfs-utils, openssh-server, xrdp (EPEL), squid). */
export declare const IMAGE_PACKAGES: string[];
/** Disk serial (and ext4 label) of a volume: stable, at most 16 characters. */
export declare function volumeSerial(volume: string): string;
/**
 * The mounts every workspace role ever has, from the lifecycle model: each status planned for
 * a permit with the same data holders. The storage server's export table is built from it
 * once, so it does not change from phase to phase; which workspaces may reach the server in
 * a phase is the firewall's job.
 */
export declare function roleMountTable(volumes: PlannedVolume[]): Map<string, PlannedMount[]>;
/** One line of the storage server's volume table. */
export interface StorageVolume {
    readonly name: string;
    /** The plan's kind; undefined for the release area, which the lifecycle model does not plan. */
    readonly kind?: PermitVolumeKind;
    readonly serial: string;
    readonly interface: string;
    readonly sizeGiB: number;
}
/**
 * The output release area (`rws-release`'s `/data/release`): a volume of the storage server
 * beside the planned ones, in every phase that has the storage server (so the server's
 * configuration never changes between events), mounted only by the analysis workspace.
 */
export declare const RELEASE_VOLUME = "release";
/** Where the analysis workspace mounts the release area (`ReleaseCommand`'s default area). */
export declare const RELEASE_MOUNT = "/data/release";
/** Mode of the release area's root on a new disk: root's, readable by everyone, writable by root only. */
export declare const RELEASE_ROOT_MODE = "0755";
/**
 * The export of the release area to the analysis workspace: read-write, and root NOT squashed,
 * because the release service (`rws-release process`, root on the workspace) must create
 * root-owned snapshots (`chown root`, 0444/0555) that the researchers, who have no root there,
 * cannot change. Researchers reach it only as their own uid, which the files' modes keep out.
 */
export declare const RELEASE_EXPORT_OPTIONS = "rw,sync,no_subtree_check,no_root_squash,sec=sys";
/**
 * The export of one request's snapshot to its review VM: read-only, every uid squashed to
 * nobody (the snapshot is world-readable; nobody there needs to be anyone), and
 * `subtree_check`, so that a file handle from outside `requests/<id>` (the rest of the release
 * file system: other requests, statuses, the work folder) is refused even if a client forges one.
 */
export declare const REVIEW_EXPORT_OPTIONS = "ro,sync,subtree_check,all_squash,sec=sys";
/** A release request's snapshot exported to its review VM. */
export interface ReviewExport {
    readonly requestId: string;
    readonly address: string;
}
/** The exported folder of a request's snapshot on the storage server. */
export declare function reviewExportPath(requestId: string): string;
/** A client of the storage server: its address and what it mounts how. */
export interface StorageClient {
    readonly role: string;
    readonly address: string;
    readonly mounts: PlannedMount[];
}
/**
 * `/etc/exports.d/permit.exports`: each volume to each role that ever mounts it, with its
 * access; the release area to the analysis workspace (`release`), and each reviewed request's
 * snapshot to its review VM only.
 */
export declare function exportsFile(permitId: string, volumes: StorageVolume[], clients: StorageClient[], release?: {
    analysis: string;
    reviews: ReviewExport[];
}): string;
/** The storage server's set-up script (formats only empty disks, mounts, exports). */
export declare function storageScript(): string;
/** cloud-config of the storage server. */
export declare function storageCloudConfig(permitId: string, volumes: StorageVolume[], clients: StorageClient[], signatureMirrorUrl?: string, release?: {
    analysis: string;
    reviews: ReviewExport[];
}): string;
/** The service that scans the uploads and consolidates them into raw, started once at the move to DATA_PREPARATION_PENDING. */
export declare const INGRESS_SERVICE = "permit-ingress.service";
/**
 * The storage server's ingress scanner (IngressScanning): the script, clamd's and freshclam's
 * configuration (freshclam only from the institution's mirror) and `permit-ingress.service`,
 * which refreshes the signatures (a failure leaves those of the image; the script still refuses
 * a scanner that misses the EICAR string), starts clamd for the run, and consolidates.
 */
/** The timer that starts the ingress service when the phase comes (INGRESS_TRIGGER_SCRIPT). */
export declare const INGRESS_TRIGGER_TIMER = "permit-ingress-trigger.timer";
/** Where the trigger script is installed. */
export declare const INGRESS_TRIGGER_PATH = "/usr/local/sbin/permit-ingress-trigger";
/** The addresses the trigger watches: the preprocessing workspace and the airlock. */
export declare function ingressTriggerAddresses(clients: StorageClient[]): {
    preprocessing: string;
    airlock: string;
} | undefined;
/**
 * `permit-ingress-trigger`: the storage server cannot be told the phase (its configuration is the
 * same in every phase), but it sees its NFS clients. The preprocessing workspace exists only in
 * DATA_PREPARATION_PENDING and DATA_PREPARATION_REWORK, after the airlock is gone; so when the
 * preprocessing workspace holds an NFS connection, the airlock none, and raw has no manifest yet,
 * the uploads are complete and the service is started. It is run by a timer every 2 minutes; the
 * service is rerunnable, and once the manifest exists the trigger does nothing. `RWS_SS`,
 * `RWS_SYSTEMCTL` and `RWS_RAW` replace `ss`, `systemctl` and raw's folder in tests.
 */
export declare function ingressTriggerScript(raw: string, addresses: {
    preprocessing: string;
    airlock: string;
}): string;
export declare function ingressFiles(permitId: string, volumes: StorageVolume[], signatureMirrorUrl?: string, trigger?: {
    preprocessing: string;
    airlock: string;
}): Array<Record<string, string>>;
/** cloud-config of the package proxy (squid with the permit's domain allowlist). */
export declare function proxyCloudConfig(permitId: string, squidConf: string, allowlist: string): string;
/**
 * Placeholders the construct replaces with Terraform references after the text is escaped:
 * the bcrypt hash of account i's generated password (never the password), the airlock's host key.
 */
export declare const passwordHashPlaceholder: (i: number) => string;
export declare const HOST_KEY_PLACEHOLDER = "@@RWS_HOST_KEY_B64@@";
/** Where the accounts' password hashes are written on the machine (root, 0600). */
export declare const PASSWORD_HASHES_PATH = "/etc/permit/password-hashes";
/** The wrapper that gives the entrypoint one-time random passwords (it requires one per account). */
export declare const ONE_TIME_PASSWORDS_PATH = "/opt/permit/one-time-passwords.sh";
/**
 * The permit entrypoint requires a password per account and sets it with chpasswd; the
 * machine must never hold the real one. This wrapper gives it a one-time random password per
 * account (never stored, never shown), then runs the command; the command first sets the
 * real passwords from their bcrypt hashes (`chpasswd -e`).
 */
export declare function oneTimePasswordsScript(): string;
/** What a desktop's cloud-config gets beside its accounts and planned mounts. */
export interface DesktopExtras {
    readonly files: Array<Record<string, string>>;
    readonly mounts: string[][];
    readonly runcmd: string[][];
}
/**
 * The researchers' spool, inside the release area (mode 1733 there): `rws-release process` takes
 * each entry with a rename, which keeps the entry's owner and link count only within one file
 * system. A spool on the workspace's own disk would make that rename a copy across file
 * systems, which resets the link count and so lets a researcher file a hard link to another
 * researcher's writable file as that researcher's request.
 */
export declare const RELEASE_SPOOL = "/data/release/spool";
/** Where the review VM shows the snapshot. */
export declare const REVIEW_MOUNT = "/review";
/**
 * The analysis workspace's part of the output release: `rws-release` (ReleaseCommand) at its
 * install path, its path and service units (the service is root, started whenever the spool
 * changes), a drop-in that keeps the service from running unless the release area is mounted
 * (else it would snapshot onto the workspace's own disk), and the release area from the storage
 * server at `/data/release` (read-write for root on this workspace; the files decide the rest).
 * The spool is `/data/release/spool` (1733, see RELEASE_SPOOL), created by `rws-release setup`.
 */
export declare function analysisReleaseExtras(permitId: string, storageAddress: string): DesktopExtras;
/** The review VM's mount: one request's snapshot, read-only, at `/review`. */
export declare function reviewMount(storageAddress: string, requestId: string): string[];
/** cloud-config of a desktop workspace (XFCE + xrdp from the image; accounts by the permit entrypoint). */
export declare function desktopCloudConfig(o: {
    permitId: string;
    role: string;
    users: PlannedUser[];
    storageAddress: string;
    mounts: PlannedMount[];
    proxyUrl?: string;
    noProxy?: string;
    /** More files, mounts (fstab lines) and commands (the release command and its mounts). */
    extra?: DesktopExtras;
}): string;
/** cloud-config of the ingress airlock (write-only SFTP for the data holders). */
export declare function airlockCloudConfig(o: {
    permitId: string;
    users: PlannedUser[];
    storageAddress: string;
    mounts: PlannedMount[];
    port: number;
}): string;
/**
 * Escapes a cloud-config for Terraform, then puts the Terraform references in place of the
 * placeholders (`${` inside the text stays literal; the references are interpolated).
 */
export declare function withReferences(text: string, refs: Array<[string, string]>): string;
