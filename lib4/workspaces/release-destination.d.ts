/**
 * Kinds of release destination.
 */
export declare enum ReleaseDestinationKind {
    /** A folder on the host that delivers (e.g. an NFS share of the data access body). */
    FOLDER = "folder",
    /** An S3 bucket (and key prefix). */
    BUCKET = "bucket",
    /** An SFTP drop (host, port, user, folder). */
    SFTP = "sftp"
}
/**
 * Where released files go: named once in the permit, and nowhere else.
 */
export interface ReleaseDestination {
    /** Kind of destination. */
    readonly kind: ReleaseDestinationKind;
    /**
     * Folder (kind folder: an absolute path; kind sftp: the remote folder).
     * @default - none (required for folder; sftp: the login folder)
     */
    readonly path?: string;
    /**
     * Bucket name (kind bucket).
     * @default - none (required for bucket)
     */
    readonly bucket?: string;
    /**
     * Key prefix inside the bucket; the request id follows it.
     * @default "" (the bucket's root)
     */
    readonly prefix?: string;
    /**
     * Region of the bucket.
     * @default - the delivering host's AWS configuration
     */
    readonly region?: string;
    /**
     * SFTP host name or address (kind sftp).
     * @default - none (required for sftp)
     */
    readonly host?: string;
    /**
     * SFTP port.
     * @default 22
     */
    readonly port?: number;
    /**
     * SFTP login (kind sftp).
     * @default - none (required for sftp)
     */
    readonly user?: string;
}
