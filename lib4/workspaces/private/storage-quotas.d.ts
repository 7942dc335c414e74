/**
 * Shared facts of the registry's block quotas on the lab's file systems (FSx for Lustre and
 * OpenZFS), for the lab file, the constructs and the cluster nodes' provisioning alike.
 */
/** The largest block quota FSx and Lustre take here, in GiB. */
export declare const MAX_QUOTA_GIB = 2147483647;
/** The folder of the groups' project folders on a scratch file system: `<mount>/projects/<group>`. */
export declare const PROJECTS_FOLDER = "projects";
