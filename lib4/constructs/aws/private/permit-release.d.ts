import * as s3 from 'aws-cdk-lib/aws-s3';
import { ReleaseCommandOptions } from '../../../workspaces/release-script';
/** The release area on the analysis workspace (root disk). */
export declare const RELEASE_AREA = "/data/release";
/** The researchers' spool, inside the area (same file system: see the module comment). */
export declare const RELEASE_SPOOL = "/data/release/spool";
/** Where the upload service records the requests it has uploaded (root only). */
export declare const UPLOADED_DIR = "/data/release/.uploaded";
/** The guard command. */
export declare const IMDS_GUARD_PATH = "/usr/local/sbin/rws-imds-guard";
/** The upload command. */
export declare const UPLOAD_PATH = "/usr/local/sbin/rws-release-upload";
/** Instance tag carrying the egress-review bucket's name (read by the upload service as root). */
export declare const RELEASE_BUCKET_TAG = "permit:release-bucket";
/** Instance tag carrying the permit data key's ARN (the bucket policy admits uploads with it only). */
export declare const RELEASE_KEY_TAG = "permit:release-key";
/** The nftables table of the guard. */
export declare const IMDS_GUARD_TABLE = "rws_imds_guard";
/** S3's limit for one PUT: larger files are not uploaded (the request stays in the area). */
export declare const MAX_PUT_BYTES: number;
/** The metadata guard: only root reaches the instance metadata service. */
export declare function imdsGuardScript(): string;
/** The guard's unit: before the network and anything that uses it, on every boot. */
export declare function imdsGuardUnit(): string;
/**
 * The boothook part (every boot, early): writes the guard and its unit, enables the unit for
 * later boots and applies the guard now.
 */
export declare function imdsGuardPart(): {
    name: string;
    content: string;
    contentType: string;
};
/** The upload service's script (root): complete snapshots to the egress-review bucket, once each. */
export declare function releaseUploadScript(): string;
/** The upload service's units: on every new request, and every 15 minutes for retries. */
export declare function releaseUploadUnits(): Record<string, string>;
/** What `rws-release` is generated with on the AWS analysis workspace. */
export declare function releaseOptions(permitId: string): ReleaseCommandOptions;
/**
 * The analysis workspace's part (first boot; the files stay on the root disk, the units are
 * enabled): rws-release and its units, the upload service, the area and the spool.
 */
export declare function analysisReleasePart(permitId: string): {
    name: string;
    content: string;
    contentType: string;
};
/** Where release requests go in the egress-review bucket (ReleaseReviewAccess's default prefix). */
export declare const REQUESTS_PREFIX = "requests/";
/**
 * The egress-review bucket takes release requests only: a Deny of every write outside
 * `requests/`, to every principal (the analysis workspace's role is its only writer).
 */
export declare function denyWritesOutsideRequests(bucket: s3.IBucket): void;
