import { UserRegistry } from './users';
/** The lab's shared file system as a cluster node mounts it. */
export interface ClusterNodeEfs {
    /** EFS file system id (may be a deploy-time placeholder). */
    readonly fileSystemId: string;
    /** Region of the file system (may be a deploy-time placeholder). */
    readonly region: string;
    /**
     * Mount point.
     * @default "/shared"
     */
    readonly mountPoint?: string;
    /**
     * Folder of the homes below the mount point.
     * @default "home"
     */
    readonly homeSubdirectory?: string;
    /**
     * Mount with IAM authorization (amazon-efs-utils `iam`); TLS is always on.
     * @default true
     */
    readonly iam?: boolean;
}
/** An FSx for Lustre file system as a cluster node mounts it. */
export interface ClusterNodeLustre {
    /** DNS name of the file system (may be a deploy-time placeholder). */
    readonly dnsName: string;
    /** Lustre mount name (may be a deploy-time placeholder). */
    readonly mountName: string;
    /**
     * Mount point; every account gets `<mountPoint>/<user>`.
     * @default "/scratch"
     */
    readonly mountPoint?: string;
    /**
     * Quotas this node sets on the file system after mounting it (`lfs setquota`), with the ids
     * of the registry file it applies. Give them to one node group (e.g. the login node).
     * @default - no quotas set by this node
     */
    readonly quotas?: LustreQuotas;
}
/**
 * Block quotas from the registry, by name (the ids are the registry's uids and gids, so a quota
 * follows the same number that owns the files everywhere): a default for every user or group,
 * unless named (0: no quota). Names not in the registry and fractional GiB are refused at synth.
 */
export interface RegistryQuotas {
    /**
     * Quota of every registry user, in GiB (over the whole file system: their home and what they
     * own in project folders and scratch).
     * @default - no default quota
     */
    readonly userQuotaGiB?: number;
    /**
     * Quotas of named users in GiB (0: none), over `userQuotaGiB`.
     * @default - none
     */
    readonly userQuotasGiB?: {
        [user: string]: number;
    };
    /**
     * Quota of every registry group, in GiB.
     * @default - no default quota
     */
    readonly groupQuotaGiB?: number;
    /**
     * Quotas of named groups in GiB (0: none), over `groupQuotaGiB`.
     * @default - none
     */
    readonly groupQuotasGiB?: {
        [group: string]: number;
    };
}
/**
 * Lustre block quotas from the registry: users', groups' and groups' project folders'. Lustre
 * takes quotas from a client: a node of the lab's Slurm cluster sets them (`lfs setquota`).
 */
export interface LustreQuotas extends RegistryQuotas {
    /**
     * Block quota of every registry group's project folder `<mountPoint>/projects/<group>` (a
     * Lustre project whose id is the group's gid, set with inheritance), in GiB.
     * @default - no default quota
     */
    readonly projectQuotaGiB?: number;
    /**
     * Project quotas of named groups in GiB (0: none), over `projectQuotaGiB`.
     * @default - none
     */
    readonly projectQuotasGiB?: {
        [group: string]: number;
    };
}
/** Where a cluster node fetches the user sync script at boot (instead of carrying it). */
export interface ClusterNodeTools {
    /** Prefix of the SSM parameters of `WorkspaceUserData.toolParameters(prefix)`. */
    readonly parameterPrefix: string;
    /** Region of the parameters (may be a deploy-time placeholder). */
    readonly region: string;
}
/**
 * The lab's publication of its whole registry (the one workstations are synced from), which a
 * cluster node fetches at boot when the registry does not fit in its user-data. Give exactly one
 * of `parameterNames` and `s3Url`. The node checks the fetched file against the SHA-256 of the
 * registry it was generated with.
 */
export interface ClusterNodeRegistrySource {
    /**
     * SSM parameters holding the base64 of the gzip registry file, in order.
     * @default - none: the registry is in S3 (`s3Url`)
     */
    readonly parameterNames?: string[];
    /**
     * The gzip registry file in S3, `s3://<bucket>/<key>` (the bucket may be a deploy-time placeholder).
     * @default - none: the registry is in SSM parameters (`parameterNames`)
     */
    readonly s3Url?: string;
    /** Region of the parameters or bucket (may be a deploy-time placeholder). */
    readonly region: string;
}
/** What a cluster node's provisioning is generated from. */
export interface ClusterNodeOptions {
    /** The lab's registry. */
    readonly registry: UserRegistry;
    /**
     * Registry users who get an account on the node.
     * @default - every user of the registry
     */
    readonly users?: string[];
    /**
     * The lab's shared file system (homes).
     * @default - homes on the node's own disk under /home
     */
    readonly efs?: ClusterNodeEfs;
    /**
     * The lab's Lustre scratch.
     * @default - no Lustre
     */
    readonly lustre?: ClusterNodeLustre;
    /**
     * Fetch the user sync script from these SSM parameters at boot (AWS CLI; checked by SHA-256),
     * which leaves EC2's 16 KB for the registry.
     * @default - the script travels in the user-data
     */
    readonly tools?: ClusterNodeTools;
    /**
     * The lab's publication of its whole registry: the node fetches it at boot when the registry
     * inline would not fit in EC2's 16 KB (as a workstation's `RegistryDelivery.auto()` does).
     * @default - the registry always travels in the user-data
     */
    readonly registrySource?: ClusterNodeRegistrySource;
    /** Name of the node group (logs). */
    readonly nodeGroup: string;
    /**
     * Where the options come from, for errors.
     * @default "cluster"
     */
    readonly where?: string;
}
/** Where the node's provisioning logs. */
export declare const CLUSTER_NODE_LOG = "/var/log/research-workspace/cluster-node.log";
/** Boot provisioning of a Slurm cluster node. */
export declare class ClusterNode {
    /** EC2's user-data limit (bytes before base64); AWS PCS launch templates share it. */
    static readonly USER_DATA_LIMIT_BYTES = 16384;
    /**
     * The provisioning script (bash, run as root at first boot). Throws a WorkspaceInputError
     * naming the field, value and fix for a user not in the registry or an unsafe path.
     */
    static provisioningScript(o: ClusterNodeOptions): string;
    /**
     * Whether the node fetches the registry from `registrySource` (the registry inline would make
     * the user-data exceed EC2's limit) rather than carrying it.
     */
    static fetchesRegistry(o: ClusterNodeOptions): boolean;
    /**
     * The node's user-data: a MIME multipart message (the format AWS PCS requires) with the
     * provisioning script as its one shell part. Throws when it would exceed EC2's limit.
     */
    static userData(o: ClusterNodeOptions): string;
    private static render;
    /** Names in the registry, whole GiB: the same rules as the file systems' quotas. */
    private static checkQuotas;
    /**
     * Sets the quotas with `lfs setquota` (RWS_LFS_CMD replaces lfs: tests), idempotently: only
     * new or changed limits are set, limits set before and no longer wanted are lifted (-B 0).
     * A project quota's folder `<mount>/projects/<group>` (2770, root and the group, as on the
     * lab's EFS) gets the group's gid as its Lustre project id, inherited (`lfs project -p -s -r`),
     * when its quota is new or the folder was missing. The ids come from the registry file
     * (verified, or carried), never from a name lookup.
     */
    private static quotaLines;
    /** The MIME multipart message around the provisioning script. */
    private static mime;
    /**
     * Fetches the lab's whole registry (SSM pieces or the S3 object; RWS_FETCH_CMD replaces the
     * AWS CLI: `CMD URL DEST`, as in the workstations' provisioning) and checks its SHA-256.
     */
    private static registryFetch;
    private constructor();
}
