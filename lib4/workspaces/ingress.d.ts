/**
 * What the ingress scan decided about one uploaded file.
 */
export declare enum IngressVerdict {
    /** The engine found nothing: the file is consolidated into `raw`. */
    CLEAN = "CLEAN",
    /** A signature matched: the file is quarantined. */
    INFECTED = "INFECTED",
    /**
     * The engine could not look inside (an encrypted archive, a file beyond the scan limits, a
     * name with control characters, not a regular file, a scanner error): quarantined.
     */
    UNSCANNABLE = "UNSCANNABLE"
}
/**
 * One line of the ingress manifest (`MANIFEST.tsv`) or of the quarantine list (`QUARANTINE.tsv`).
 */
export interface IngressManifestEntry {
    /** `<holder>/<path inside the holder's incoming folder>`; in `raw`, relative to the manifest's folder. */
    readonly path: string;
    /** Size in bytes. */
    readonly size: number;
    /** SHA-256 of the content, hex; `-` for a held-back object on S3, which nobody may read. */
    readonly sha256: string;
    /** The data holder who uploaded it. */
    readonly holder: string;
    /** The scan verdict. */
    readonly verdict: IngressVerdict;
    /** The signature that matched, or why the file could not be scanned; `-` for a clean file. */
    readonly detail: string;
    /** When the file was scanned (ISO 8601, UTC). */
    readonly scannedAt: string;
}
/**
 * Where an institution's ClamAV signatures come from, for labs without internet access.
 */
export interface SignatureMirrorProps {
    /**
     * URL of the institution's signature mirror (a plain HTTP(S) server with `main.cvd`,
     * `daily.cvd`, `bytecode.cvd`, e.g. filled by Cisco's `cvdupdate`).
     */
    readonly url: string;
    /**
     * Where freshclam keeps the signatures (and the scanner reads them).
     * @default "/var/lib/clamav"
     */
    readonly databaseDirectory?: string;
    /**
     * The user freshclam runs as (and owner of the signatures). A container that refreshes an
     * emptyDir of its own uses `root` (it then needs no capability to switch users).
     * @default "clamav"
     */
    readonly databaseOwner?: string;
}
/**
 * Options of the ClamAV daemon's configuration.
 */
export interface ClamdConfigProps {
    /**
     * Local socket clamd listens on (no TCP socket is ever opened).
     * @default "/run/clamav/clamd.ctl"
     */
    readonly socket?: string;
    /**
     * Where the signatures are.
     * @default "/var/lib/clamav"
     */
    readonly databaseDirectory?: string;
    /**
     * Largest file (and largest amount of data scanned in one file, archives unpacked) in MiB.
     * Larger files are reported as unscannable, never passed unscanned. ClamAV's ceiling is 4000.
     * @default 4000
     */
    readonly maxFileMiB?: number;
}
/**
 * ClamAV scanning of a permit's uploads and their consolidation into the `raw` volume, the step
 * between `INGRESS_IN_PROGRESS` and `DATA_PREPARATION_PENDING` on Kubernetes and Proxmox (on AWS
 * GuardDuty Malware Protection for S3 scans; see docs/airlock-transfers.md).
 *
 * `consolidationScript()` is a POSIX shell script, run as root where the volumes are (the
 * storage server on Proxmox, a Job in the permit namespace on Kubernetes):
 *
 * ```
 * rws-ingress consolidate /data/raw hospital-a=/uploads/hospital-a hospital-b=/uploads/hospital-b
 * rws-ingress verify /data/raw
 * ```
 *
 * Every regular file under `<upload volume>/incoming` is scanned one by one (`clamdscan --fdpass`
 * by default, `RWS_SCANNER=clamscan` with `RWS_CLAM_DATABASE` for the standalone engine), with
 * encrypted archives and files beyond the limits reported, not passed. Clean files are copied into
 * `<raw>/.ingress.partial/<holder>/<path>`; infected and unscannable ones are recorded in
 * `<upload volume>/quarantine/records.tsv` and then moved (a rename on the same volume) to
 * `<upload volume>/quarantine/files/<path>`. The run ends by writing `MANIFEST.tsv` (every clean
 * file: path, size, SHA-256, holder, verdict, time), `QUARANTINE.tsv` (what was held back, no
 * content) and `SHA256SUMS`, making every file `0444` and folder `0555`, and renaming the folder to
 * `<raw>/ingress` in one step: readers never see a partial consolidation. A run that fails (disk
 * full, killed) leaves the uploads where they were and is simply run again; a run after a
 * successful one changes nothing. Before touching anything the scanner must report the EICAR test
 * string and pass an empty file: a scanner without signatures stops the run.
 */
export declare class IngressScanning {
    /** Where the script is installed on machines (Proxmox storage server). */
    static readonly SCRIPT_PATH = "/usr/local/sbin/rws-ingress";
    /** Name of the folder inside `raw` that holds the consolidated uploads. */
    static readonly CONSOLIDATED_FOLDER = "ingress";
    /** The manifest's file name, inside the consolidated folder. */
    static readonly MANIFEST_FILE = "MANIFEST.tsv";
    /** The quarantine list's file name, inside the consolidated folder. */
    static readonly QUARANTINE_FILE = "QUARANTINE.tsv";
    /** The scan-and-consolidate script (POSIX sh). */
    static consolidationScript(): string;
    /**
     * The arguments of a consolidation run.
     * @param rawPath where the raw volume is mounted
     * @param uploads data holder id -> where that holder's upload volume is mounted
     */
    static consolidationArguments(rawPath: string, uploads: Record<string, string>): string[];
    /**
     * freshclam's configuration for an institution's signature mirror: signatures come only from
     * `PrivateMirror` (no DNS update check, no official mirror), so scanning works without internet.
     */
    static freshclamConfig(props: SignatureMirrorProps): string;
    /** clamd's configuration: a local socket only, alerts for encrypted archives and exceeded limits. */
    static clamdConfig(props?: ClamdConfigProps): string;
    /**
     * The consolidation on AWS (Python 3 with boto3): copies the upload objects GuardDuty tagged
     * `NO_THREATS_FOUND` into `s3://<raw>/ingress/<holder>/<path>` and writes `QUARANTINE.tsv`,
     * `SHA256SUMS` and, last, `MANIFEST.tsv` (its presence marks the consolidation as done). An
     * object not scanned yet stops the run before anything is written; a rerun after a failure
     * gives the same result, one after a success changes nothing. Runs as an SSM Automation
     * `aws:executeScript` step (`handler`) or from a shell (`python3 - <raw bucket> <holder>=<bucket>...`).
     */
    static s3ConsolidationScript(): string;
    /**
     * The ClamAV scanner of uploads on S3 (Python 3 with boto3 and ClamAV's `clamscan`, or
     * `clamdscan` with `RWS_SCANNER=clamdscan`), the alternative to GuardDuty Malware Protection on
     * AWS. For each object under `incoming/` an event names (an SQS batch of S3 notifications or of
     * S3 events through EventBridge) it downloads the current version into a private temporary
     * folder, scans it and tags that version `GuardDutyMalwareScanStatus` = `NO_THREATS_FOUND`,
     * `THREATS_FOUND`, `UNSUPPORTED` (an encrypted archive, a file beyond the limits) or `FAILED`,
     * the tag GuardDuty writes, so that the scan gate and the consolidation read it unchanged. It
     * never deletes and never changes content. Before the first scan it refreshes the signatures
     * from the mirror when `RWS_FRESHCLAM_CONF` holds a freshclam configuration (`freshclamConfig()`;
     * it refreshes a copy of the image's signatures in a temporary folder) and refuses to tag anything if the scanner misses the EICAR test string. Runs
     * as a Lambda handler (`rws_s3_scan.handler`) or from a shell (`python3 rws_s3_scan.py BUCKET KEY...`).
     */
    static s3ScannerScript(): string;
    /**
     * Reads a `MANIFEST.tsv` or `QUARANTINE.tsv`.
     * @param text the file's content
     */
    static parseManifest(text: string): IngressManifestEntry[];
    private constructor();
}
