/**
 * What happens to a removed user's files on shared storage.
 */
export declare enum RemovedUserData {
    /** The home directory is flagged for deletion (after the institution's retention period). */
    DELETE = "delete",
    /** The home directory is kept. */
    PRESERVE = "preserve"
}
