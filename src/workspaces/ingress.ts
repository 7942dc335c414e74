import { fail } from './private/error';

/**
 * What the ingress scan decided about one uploaded file.
 */
export enum IngressVerdict {
  /** The engine found nothing: the file is consolidated into `raw`. */
  CLEAN = 'CLEAN',
  /** A signature matched: the file is quarantined. */
  INFECTED = 'INFECTED',
  /**
   * The engine could not look inside (an encrypted archive, a file beyond the scan limits, a
   * name with control characters, not a regular file, a scanner error): quarantined.
   */
  UNSCANNABLE = 'UNSCANNABLE',
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

/** Column names of MANIFEST.tsv and QUARANTINE.tsv, in order. */
const COLUMNS = ['path', 'size', 'sha256', 'holder', 'verdict', 'detail', 'scanned_at'];

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
export class IngressScanning {
  /** Where the script is installed on machines (Proxmox storage server). */
  public static readonly SCRIPT_PATH = '/usr/local/sbin/rws-ingress';
  /** Name of the folder inside `raw` that holds the consolidated uploads. */
  public static readonly CONSOLIDATED_FOLDER = 'ingress';
  /** The manifest's file name, inside the consolidated folder. */
  public static readonly MANIFEST_FILE = 'MANIFEST.tsv';
  /** The quarantine list's file name, inside the consolidated folder. */
  public static readonly QUARANTINE_FILE = 'QUARANTINE.tsv';

  /** The scan-and-consolidate script (POSIX sh). */
  public static consolidationScript(): string {
    return SCRIPT;
  }

  /**
   * The arguments of a consolidation run.
   * @param rawPath where the raw volume is mounted
   * @param uploads data holder id -> where that holder's upload volume is mounted
   */
  public static consolidationArguments(rawPath: string, uploads: Record<string, string>): string[] {
    const holders = Object.keys(uploads).sort();
    if (holders.length === 0) {
      fail({ code: 'no-data-holders', message: 'a consolidation needs at least one upload volume', field: 'uploads', value: uploads, fix: 'give one entry per data holder' });
    }
    for (const [field, p] of [['rawPath', rawPath], ...holders.map((h) => [`uploads.${h}`, uploads[h]])]) {
      if (!/^\/[A-Za-z0-9._/-]*$/.test(p) || p.split('/').includes('..')) {
        fail({ code: 'invalid-path', message: 'not an absolute path of letters, digits, ".", "_", "-" and "/"', field, value: p, fix: 'use the mount path, e.g. /data/raw' });
      }
    }
    for (const h of holders) {
      if (!/^[a-z][a-z0-9-]{0,30}$/.test(h)) {
        fail({ code: 'invalid-name', message: 'data holder id must be a lower-case login name', field: 'uploads', value: h, fix: 'use the permit\'s data holder ids' });
      }
    }
    return ['consolidate', rawPath, ...holders.map((h) => `${h}=${uploads[h]}`)];
  }

  /**
   * freshclam's configuration for an institution's signature mirror: signatures come only from
   * `PrivateMirror` (no DNS update check, no official mirror), so scanning works without internet.
   */
  public static freshclamConfig(props: SignatureMirrorProps): string {
    const url = checkMirrorUrl(props.url);
    const dir = checkDirectory(props.databaseDirectory ?? '/var/lib/clamav', 'databaseDirectory');
    const owner = props.databaseOwner ?? 'clamav';
    if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(owner)) {
      fail({ code: 'invalid-name', message: 'not a user name', field: 'databaseOwner', value: owner, fix: 'use clamav (the Debian package\'s user) or root' });
    }
    return [
      '# freshclam for a permit\'s ingress scanner: signatures only from the institution\'s mirror.',
      '# Generated by cdk-research-workspaces; do not edit.',
      `DatabaseDirectory ${dir}`,
      `DatabaseOwner ${owner}`,
      'LogTime yes',
      'Foreground yes',
      `PrivateMirror ${url}`,
      'ScriptedUpdates no',
      'Bytecode yes',
      'Checks 0',
      'ConnectTimeout 30',
      'ReceiveTimeout 0',
      'MaxAttempts 3',
      '',
    ].join('\n');
  }

  /** clamd's configuration: a local socket only, alerts for encrypted archives and exceeded limits. */
  public static clamdConfig(props: ClamdConfigProps = {}): string {
    const socket = checkDirectory(props.socket ?? '/run/clamav/clamd.ctl', 'socket');
    const dir = checkDirectory(props.databaseDirectory ?? '/var/lib/clamav', 'databaseDirectory');
    const max = props.maxFileMiB ?? 4000;
    if (!Number.isInteger(max) || max < 1 || max > 4000) {
      fail({ code: 'invalid-size', message: 'ClamAV scans files of 1 to 4000 MiB', field: 'maxFileMiB', value: max, fix: 'use a whole number from 1 to 4000' });
    }
    return [
      '# clamd for a permit\'s ingress scanner. Generated by cdk-research-workspaces; do not edit.',
      `LocalSocket ${socket}`,
      'LocalSocketMode 660',
      'FixStaleSocket yes',
      `DatabaseDirectory ${dir}`,
      'Foreground yes',
      'LogSyslog no',
      'LogTime yes',
      'LogClean no',
      'ScanArchive yes',
      'AlertEncrypted yes',
      'AlertExceedsMax yes',
      `MaxFileSize ${max}M`,
      `MaxScanSize ${max}M`,
      'MaxRecursion 17',
      'MaxFiles 100000',
      'SelfCheck 0',
      '',
    ].join('\n');
  }

  /**
   * The consolidation on AWS (Python 3 with boto3): copies the upload objects GuardDuty tagged
   * `NO_THREATS_FOUND` into `s3://<raw>/ingress/<holder>/<path>` and writes `QUARANTINE.tsv`,
   * `SHA256SUMS` and, last, `MANIFEST.tsv` (its presence marks the consolidation as done). An
   * object not scanned yet stops the run before anything is written; a rerun after a failure
   * gives the same result, one after a success changes nothing. Runs as an SSM Automation
   * `aws:executeScript` step (`handler`) or from a shell (`python3 - <raw bucket> <holder>=<bucket>...`).
   */
  public static s3ConsolidationScript(): string {
    return S3_SCRIPT;
  }

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
  public static s3ScannerScript(): string {
    return S3_SCANNER;
  }

  /**
   * Reads a `MANIFEST.tsv` or `QUARANTINE.tsv`.
   * @param text the file's content
   */
  public static parseManifest(text: string): IngressManifestEntry[] {
    const lines = text.split('\n').filter((l) => l !== '');
    if (lines[0] !== COLUMNS.join('\t')) {
      fail({ code: 'invalid-manifest', message: 'not an ingress manifest (its header line differs)', field: 'header', value: lines[0] ?? '', fix: 'read MANIFEST.tsv or QUARANTINE.tsv written by rws-ingress' });
    }
    return lines.slice(1).map((line, i) => {
      const c = line.split('\t');
      const verdict = c[4] as IngressVerdict;
      if (c.length !== COLUMNS.length || !/^\d+$/.test(c[1]) || !/^([0-9a-f]{64}|-)$/.test(c[2]) || !Object.values(IngressVerdict).includes(verdict)) {
        fail({ code: 'invalid-manifest', message: 'malformed manifest line', field: `line ${i + 2}`, value: line, fix: 'the manifest is written by rws-ingress and must not be edited' });
      }
      return { path: c[0], size: Number(c[1]), sha256: c[2], holder: c[3], verdict, detail: c[5], scannedAt: c[6] };
    });
  }

  private constructor() {}
}

function checkMirrorUrl(url: string): string {
  if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/.test(url)) {
    fail({
      code: 'invalid-mirror',
      message: 'the signature mirror must be an http(s) URL without spaces, credentials, query or fragment',
      field: 'url',
      value: url,
      fix: 'name the institution\'s mirror, e.g. https://clamav-mirror.example.org/clamav',
    });
  }
  return url.replace(/\/+$/, '');
}

function checkDirectory(p: string, field: string): string {
  if (!/^\/[A-Za-z0-9._/-]+$/.test(p) || p.split('/').includes('..')) {
    fail({ code: 'invalid-path', message: 'not an absolute path of letters, digits, ".", "_", "-" and "/"', field, value: p, fix: 'use e.g. /var/lib/clamav' });
  }
  return p;
}

const SCRIPT = String.raw`#!/bin/sh
# rws-ingress: scans each data holder's uploads with ClamAV and consolidates the clean ones into
# the permit's raw volume, with a manifest. Generated by cdk-research-workspaces; do not edit.
#
#   rws-ingress consolidate RAW HOLDER=UPLOAD_VOLUME [HOLDER=UPLOAD_VOLUME ...]
#   rws-ingress verify RAW
#
# Environment: RWS_SCANNER (clamdscan, the default, or clamscan), RWS_CLAMD_CONF (clamdscan's
# configuration), RWS_CLAM_DATABASE (clamscan's signature folder), RWS_MAX_FILE (4000M).
set -eu
umask 077

log() { printf 'rws-ingress: %s\n' "$*" >&2; }
die() { log "$*"; exit 1; }
now() { date -u +%Y-%m-%dT%H:%M:%SZ; }
hash_of() { sha256sum < "$1" | cut -c1-64; }
size_of() { wc -c < "$1" | tr -d ' '; }

scan() {
  case ${'$'}{RWS_SCANNER:-clamdscan} in
    clamscan)
      clamscan --no-summary --stdout --alert-encrypted=yes --alert-exceeds-max=yes \
        --max-filesize="${'$'}{RWS_MAX_FILE:-4000M}" --max-scansize="${'$'}{RWS_MAX_FILE:-4000M}" \
        ${'$'}{RWS_CLAM_DATABASE:+"--database=${'$'}RWS_CLAM_DATABASE"} "$1" ;;
    clamdscan)
      clamdscan --no-summary --stdout --fdpass ${'$'}{RWS_CLAMD_CONF:+"--config-file=${'$'}RWS_CLAMD_CONF"} "$1" ;;
    *) die "RWS_SCANNER must be clamdscan or clamscan, not ${'$'}RWS_SCANNER" ;;
  esac
}

# A scanner that cannot find the EICAR test string (no signatures loaded) or flags an empty file
# would pass or hold back everything: stop before anything moves.
preflight() {
  t=$(mktemp -d)
  # Written in two halves so that this script itself is not the test file.
  # shellcheck disable=SC2016 # the dollars are part of the test string
  printf '%s%s' 'X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR' '-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*' > "$t/eicar.com"
  : > "$t/empty"
  if scan "$t/empty" > /dev/null 2>&1; then ok_empty=1; else ok_empty=0; fi
  if scan "$t/eicar.com" > /dev/null 2>&1; then rc=0; else rc=$?; fi
  rm -rf "$t"
  [ "$ok_empty" = 1 ] || die "the scanner does not pass an empty file: is ClamAV working? Nothing was changed."
  [ "$rc" = 1 ] || die "the scanner does not detect the EICAR test string (status $rc): signatures missing? Nothing was changed."
}

# Holds a file back: the record first, then the rename (same volume, atomic), so that a kill in
# between leaves at worst a record of a file still waiting in incoming/, scanned again next run.
quarantine() { # holder volume file rel verdict detail time
  q="$2/quarantine"
  mkdir -p "$q/files"
  if [ -f "$3" ] && [ ! -L "$3" ]; then sz=$(size_of "$3"); h=$(hash_of "$3"); else sz=0; h=$(printf '' | sha256sum | cut -c1-64); fi
  printf '%s/%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$4" "$sz" "$h" "$1" "$5" "$6" "$7" >> "$q/records.tsv"
  mkdir -p "$(dirname "$q/files/$4")"
  mv -f "$3" "$q/files/$4"
  log "$1/$4: $5 ($6), quarantined"
}

# Scans and sorts the files given (called by find -exec with any file name as an argument).
files() { # holder volume partial file...
  holder=$1; vol=$2; partial=$3; shift 3
  for f in "$@"; do
    rel=${'$'}{f#"$vol/incoming/"}
    t=$(now)
    case $rel in
      *[[:cntrl:]]*) quarantine "$holder" "$vol" "$f" "$(printf '%s' "$rel" | tr '[:cntrl:]' '?')" UNSCANNABLE name-has-control-characters "$t"; continue ;;
    esac
    if [ -L "$f" ] || [ ! -f "$f" ]; then
      quarantine "$holder" "$vol" "$f" "$rel" UNSCANNABLE not-a-regular-file "$t"; continue
    fi
    if out=$(scan "$f" 2>&1); then rc=0; else rc=$?; fi
    sig=$(printf '%s\n' "$out" | sed -n 's/^.*: \([^ ]*\) FOUND$/\1/p' | tail -n 1)
    case $rc:$sig in
      0:*) ;;
      1:Heuristics.Encrypted.*|1:Heuristics.Limits.*) quarantine "$holder" "$vol" "$f" "$rel" UNSCANNABLE "$sig" "$t"; continue ;;
      1:) quarantine "$holder" "$vol" "$f" "$rel" INFECTED unknown-signature "$t"; continue ;;
      1:*) quarantine "$holder" "$vol" "$f" "$rel" INFECTED "$sig" "$t"; continue ;;
      *) printf '%s\n' "$out" >&2; quarantine "$holder" "$vol" "$f" "$rel" UNSCANNABLE "scanner-error-$rc" "$t"; continue ;;
    esac
    dest="$partial/$holder/$rel"
    mkdir -p "$(dirname "$dest")"
    cp -- "$f" "$dest"
    h=$(hash_of "$dest")
    [ "$h" = "$(hash_of "$f")" ] || die "$holder/$rel: the copy in raw differs from the upload"
    printf '%s/%s\t%s\t%s\t%s\tCLEAN\t-\t%s\n' "$holder" "$rel" "$(size_of "$dest")" "$h" "$holder" "$t" >> "$partial/.manifest"
  done
}

consolidate() {
  raw=$1; shift
  case $raw in /*) ;; *) die "RAW must be an absolute path: $raw" ;; esac
  [ -d "$raw" ] || die "no raw volume at $raw"
  final="$raw/ingress"; partial="$raw/.ingress.partial"
  if [ -f "$final/MANIFEST.tsv" ]; then log "$final is consolidated already; nothing to do"; return 0; fi
  [ ! -e "$final" ] || die "$final exists without a manifest: move it away and run again"
  for spec in "$@"; do
    case $spec in
      [a-z]*=/*) ;;
      *) die "expected HOLDER=/absolute/upload/volume, got: $spec" ;;
    esac
    case ${'$'}{spec%%=*} in *[!a-z0-9-]*) die "invalid data holder id: ${'$'}{spec%%=*}" ;; esac
    [ -d "${'$'}{spec#*=}" ] || die "no upload volume at ${'$'}{spec#*=}"
  done
  preflight
  # What a failed run left behind in raw is rebuilt from the uploads, which it never changed.
  if [ -e "$partial" ]; then chmod -R u+w "$partial"; rm -rf "$partial"; fi
  mkdir -p "$partial"
  : > "$partial/.manifest"
  for spec in "$@"; do
    holder=${'$'}{spec%%=*}; vol=${'$'}{spec#*=}
    mkdir -p "$partial/$holder"
    if [ -d "$vol/incoming" ]; then
      find "$vol/incoming" ! -type d -exec sh "$0" files "$holder" "$vol" "$partial" {} +
    else
      log "$holder: no incoming folder, nothing uploaded"
    fi
  done
  header=$(printf 'path\tsize\tsha256\tholder\tverdict\tdetail\tscanned_at')
  { printf '%s\n' "$header"; LC_ALL=C sort "$partial/.manifest"; } > "$partial/MANIFEST.tsv"
  rm -f "$partial/.manifest"
  # Every quarantine record whose file is in quarantine (the last record of a path wins).
  { printf '%s\n' "$header"
    for spec in "$@"; do
      holder=${'$'}{spec%%=*}; vol=${'$'}{spec#*=}
      [ -f "$vol/quarantine/records.tsv" ] || continue
      awk -F '\t' '{ last[$1] = $0 } END { for (p in last) print last[p] }' "$vol/quarantine/records.tsv" |
        while IFS= read -r line; do
          p=${'$'}{line%%"$(printf '\t')"*}
          [ -e "$vol/quarantine/files/${'$'}{p#"$holder/"}" ] && printf '%s\n' "$line"
        done | LC_ALL=C sort
    done
  } > "$partial/QUARANTINE.tsv"
  awk -F '\t' 'NR > 1 { print $3 "  " $1 }' "$partial/MANIFEST.tsv" > "$partial/SHA256SUMS"
  find "$partial" -type f -exec chmod 0444 {} +
  find "$partial" -type d -exec chmod 0555 {} +
  sync
  mv "$partial" "$final"
  chmod 0555 "$raw"
  sync
  log "consolidated $(($(wc -l < "$final/MANIFEST.tsv") - 1)) clean file(s) into $final; $(($(wc -l < "$final/QUARANTINE.tsv") - 1)) quarantined"
}

verify() {
  final="$1/ingress"
  [ -f "$final/MANIFEST.tsv" ] || die "$final has no manifest: not consolidated"
  (cd "$final" && sha256sum --quiet --strict -c SHA256SUMS) || die "a file in $final does not match its manifest"
  listed=$(($(wc -l < "$final/MANIFEST.tsv") - 1))
  present=$(find "$final" -type f ! -path "$final/MANIFEST.tsv" ! -path "$final/QUARANTINE.tsv" ! -path "$final/SHA256SUMS" | wc -l)
  [ "$listed" = "$present" ] || die "$final holds $present file(s), its manifest lists $listed"
  writable=$(find "$final" -perm /222 | head -n 1)
  [ -z "$writable" ] || die "$writable is writable"
  log "$final: $listed file(s) match the manifest, all read-only"
}

cmd=${'$'}{1:-}
[ $# -gt 0 ] && shift
case $cmd in
  consolidate) [ $# -ge 2 ] || die "usage: rws-ingress consolidate RAW HOLDER=UPLOAD_VOLUME..."; consolidate "$@" ;;
  verify) [ $# -eq 1 ] || die "usage: rws-ingress verify RAW"; verify "$1" ;;
  files) files "$@" ;;
  *) die "usage: rws-ingress consolidate RAW HOLDER=UPLOAD_VOLUME... | rws-ingress verify RAW" ;;
esac
`;

const S3_SCRIPT = String.raw`# rws-ingress for S3: consolidates the uploads GuardDuty Malware Protection tagged clean into the
# raw bucket, with a manifest. Generated by cdk-research-workspaces; do not edit.
import datetime
import hashlib
import sys

import boto3

TAG = 'GuardDutyMalwareScanStatus'
VERDICTS = {'NO_THREATS_FOUND': 'CLEAN', 'THREATS_FOUND': 'INFECTED', 'UNSUPPORTED': 'UNSCANNABLE', 'ACCESS_DENIED': 'UNSCANNABLE', 'FAILED': 'UNSCANNABLE'}
HEADER = 'path\tsize\tsha256\tholder\tverdict\tdetail\tscanned_at\n'
PREFIX = 'incoming/'
OUT = 'ingress/'


class Hashing:
    """A reader that hashes and counts what passes through it."""

    def __init__(self, body):
        self.body, self.digest, self.size = body, hashlib.sha256(), 0

    def read(self, n=-1):
        chunk = self.body.read() if n is None or n < 0 else self.body.read(n)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


def consolidate(s3, raw, uploads):
    try:
        s3.head_object(Bucket=raw, Key=OUT + 'MANIFEST.tsv')
        return {'status': 'consolidated already'}
    except s3.exceptions.ClientError as e:
        if e.response['Error']['Code'] not in ('404', 'NoSuchKey', 'NotFound'):
            raise
    found = []
    for holder in sorted(uploads):
        bucket = uploads[holder]
        for page in s3.get_paginator('list_objects_v2').paginate(Bucket=bucket, Prefix=PREFIX):
            for o in page.get('Contents', []):
                key = o['Key']
                if key.endswith('/'):
                    continue
                rel = key[len(PREFIX):]
                if any(ord(c) < 32 or ord(c) == 127 for c in rel):
                    found.append((holder, bucket, key, o['Size'], rel.encode('unicode_escape').decode(), 'UNSCANNABLE', 'name-has-control-characters'))
                    continue
                tags = {t['Key']: t['Value'] for t in s3.get_object_tagging(Bucket=bucket, Key=key)['TagSet']}
                status = tags.get(TAG)
                if status is None:
                    raise RuntimeError('%s/%s is not scanned yet (no %s tag): nothing was written; run again later' % (holder, rel, TAG))
                verdict = VERDICTS.get(status, 'UNSCANNABLE')
                found.append((holder, bucket, key, o['Size'], rel, verdict, '-' if verdict == 'CLEAN' else status))
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    manifest, held = [], []
    for holder, bucket, key, listed_size, rel, verdict, detail in found:
        if verdict != 'CLEAN':
            # Nobody can read a held-back object (the bucket policy), so it has no hash here: '-'.
            held.append('%s/%s\t%d\t-\t%s\t%s\t%s\t%s\n' % (holder, rel, listed_size, holder, verdict, detail, now))
            continue
        # Streamed through once: the hash is of exactly the bytes written to raw. raw is locked
        # (S3 Object Lock), and S3 refuses writes into it that carry no checksum.
        body = Hashing(s3.get_object(Bucket=bucket, Key=key)['Body'])
        s3.upload_fileobj(body, raw, OUT + holder + '/' + rel, ExtraArgs={'ServerSideEncryption': 'aws:kms', 'ChecksumAlgorithm': 'SHA256'})
        sha, size = body.digest.hexdigest(), body.size
        manifest.append('%s/%s\t%d\t%s\t%s\tCLEAN\t-\t%s\n' % (holder, rel, size, sha, holder, now))
    manifest.sort()
    held.sort()
    put = lambda name, text: s3.put_object(Bucket=raw, Key=OUT + name, Body=text.encode(), ServerSideEncryption='aws:kms',
                                           ChecksumAlgorithm='SHA256')
    put('QUARANTINE.tsv', HEADER + ''.join(held))
    put('SHA256SUMS', ''.join('%s  %s\n' % (line.split('\t')[2], line.split('\t')[0]) for line in manifest))
    put('MANIFEST.tsv', HEADER + ''.join(manifest))
    return {'status': 'consolidated', 'clean': len(manifest), 'quarantined': len(held)}


def handler(events, context):
    return consolidate(boto3.client('s3'), events['RawBucket'], dict(events['Uploads']))


if __name__ == '__main__':
    uploads = dict(a.split('=', 1) for a in sys.argv[2:])
    print(consolidate(boto3.client('s3'), sys.argv[1], uploads))
`;

const S3_SCANNER = String.raw`# rws-ingress-scan for S3: scans new uploads with ClamAV and tags each with the result, under the
# tag GuardDuty Malware Protection uses. Generated by cdk-research-workspaces; do not edit.
# It never deletes an object and never changes one's content: it reads, scans, and tags.
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

import boto3

TAG = 'GuardDutyMalwareScanStatus'
PREFIX = 'incoming/'
MAX_MIB = int(os.environ.get('RWS_MAX_FILE_MIB', '4000'))
READY = {}


def scan(path):
    """(status, detail) of one file: NO_THREATS_FOUND, THREATS_FOUND, UNSUPPORTED or FAILED."""
    limit = '%dM' % MAX_MIB
    if os.environ.get('RWS_SCANNER', 'clamscan') == 'clamdscan':
        cmd = ['clamdscan', '--no-summary', '--stdout', '--fdpass']
        if os.environ.get('RWS_CLAMD_CONF'):
            cmd.append('--config-file=' + os.environ['RWS_CLAMD_CONF'])
    else:
        cmd = ['clamscan', '--no-summary', '--stdout', '--alert-encrypted=yes', '--alert-exceeds-max=yes',
               '--max-filesize=' + limit, '--max-scansize=' + limit]
        if READY.get('database'):
            cmd.append('--database=' + READY['database'])
    r = subprocess.run(cmd + ['--', path], capture_output=True, text=True, timeout=840)
    found = [line.rsplit(' ', 2)[-2] for line in r.stdout.splitlines() if line.endswith(' FOUND')]
    sig = found[-1] if found else 'unknown-signature'
    if r.returncode == 0:
        return 'NO_THREATS_FOUND', '-'
    if r.returncode == 1 and (sig.startswith('Heuristics.Encrypted.') or sig.startswith('Heuristics.Limits.')):
        return 'UNSUPPORTED', sig
    if r.returncode == 1:
        return 'THREATS_FOUND', sig
    return 'FAILED', 'scanner-error-%d: %s' % (r.returncode, (r.stderr or r.stdout).strip()[-300:])


def prepare():
    """Once per process: signatures from the mirror (if named), then a scanner that finds EICAR."""
    if READY.get('done'):
        return
    database = os.environ.get('RWS_CLAM_DATABASE', '/var/lib/clamav')
    conf = os.environ.get('RWS_FRESHCLAM_CONF')
    if conf:
        # The image's signatures are read-only: refresh a private copy in /tmp from the mirror.
        work = tempfile.mkdtemp(prefix='rws-clamav-')
        copy = os.path.join(work, 'db')
        shutil.copytree(database, copy)
        with open(os.path.join(work, 'freshclam.conf'), 'w') as f:
            f.write(re.sub(r'(?m)^DatabaseDirectory .*$', 'DatabaseDirectory ' + copy, conf))
        r = subprocess.run(['freshclam', '--config-file=' + os.path.join(work, 'freshclam.conf')], capture_output=True, text=True, timeout=600)
        if r.returncode != 0:
            print('rws-ingress-scan: the signature mirror could not be used (freshclam %d), scanning with the image\'s signatures: %s'
                  % (r.returncode, (r.stderr or r.stdout).strip()[-300:]), file=sys.stderr)
        database = copy
    READY['database'] = database
    t = tempfile.mkdtemp(prefix='rws-preflight-')
    try:
        # Written in two halves so that this script itself is not the test file.
        with open(os.path.join(t, 'eicar.com'), 'w') as f:
            f.write('X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR' + '-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*')
        open(os.path.join(t, 'empty'), 'w').close()
        empty, eicar = scan(os.path.join(t, 'empty'))[0], scan(os.path.join(t, 'eicar.com'))[0]
    finally:
        shutil.rmtree(t, ignore_errors=True)
    if empty != 'NO_THREATS_FOUND' or eicar != 'THREATS_FOUND':
        # Nothing is tagged: the messages return to the queue, and nobody can read the uploads.
        raise RuntimeError('the scanner does not work (empty file: %s, EICAR test string: %s): signatures missing? Nothing was tagged.' % (empty, eicar))
    READY['done'] = True


def objects(event):
    """(bucket, key) of every object a message names: S3 notifications, or S3 events through EventBridge."""
    if 'detail' in event and 'bucket' in event.get('detail', {}):
        return [(event['detail']['bucket']['name'], event['detail']['object']['key'])]
    out = []
    for r in event.get('Records', []):
        if 's3' in r:
            out.append((r['s3']['bucket']['name'], urllib.parse.unquote_plus(r['s3']['object']['key'])))
    return out


def scan_object(s3, bucket, key):
    """Scans one object (the version that is there now) and tags that version; returns the status."""
    if not key.startswith(PREFIX) or key.endswith('/'):
        return None
    try:
        head = s3.head_object(Bucket=bucket, Key=key)
    except s3.exceptions.ClientError as e:
        decoded = urllib.parse.unquote_plus(key)
        if e.response['Error']['Code'] not in ('404', 'NoSuchKey', 'NotFound') or decoded == key:
            raise
        key, head = decoded, s3.head_object(Bucket=bucket, Key=decoded)
    version = {'VersionId': head['VersionId']} if head.get('VersionId') and head['VersionId'] != 'null' else {}
    if head['ContentLength'] > MAX_MIB * 1024 * 1024:
        status, detail = 'UNSUPPORTED', 'larger than %d MiB' % MAX_MIB
    else:
        work = tempfile.mkdtemp(prefix='rws-scan-')
        try:
            path = os.path.join(work, 'object')
            s3.download_file(bucket, key, path, ExtraArgs=version or None)
            status, detail = scan(path)
        except Exception as e:  # noqa: BLE001 - a file that cannot be scanned is never passed
            status, detail = 'FAILED', str(e)[-300:]
        finally:
            shutil.rmtree(work, ignore_errors=True)
    s3.put_object_tagging(Bucket=bucket, Key=key, Tagging={'TagSet': [{'Key': TAG, 'Value': status}]}, **version)
    print(json.dumps({'bucket': bucket, 'key': key, 'status': status, 'detail': detail}))
    return status


def handler(event, context):
    """An SQS batch: scans and tags every object; messages whose scan failed are retried (then dead-lettered)."""
    prepare()
    s3 = boto3.client('s3')
    failures = []
    for m in event.get('Records', []):
        try:
            statuses = [scan_object(s3, b, k) for b, k in objects(json.loads(m['body']))]
            if 'FAILED' in statuses:
                failures.append({'itemIdentifier': m['messageId']})
        except Exception as e:  # noqa: BLE001 - one bad message must not fail the batch
            print('rws-ingress-scan: message %s: %s' % (m.get('messageId'), e), file=sys.stderr)
            failures.append({'itemIdentifier': m['messageId']})
    return {'batchItemFailures': failures}


if __name__ == '__main__':
    # python3 rws_s3_scan.py --event EVENT.json | python3 rws_s3_scan.py BUCKET KEY...
    if sys.argv[1:2] == ['--event']:
        with open(sys.argv[2]) as f:
            result = handler(json.load(f), None)
        print(json.dumps(result))
        sys.exit(1 if result['batchItemFailures'] else 0)
    prepare()
    client = boto3.client('s3')
    states = [scan_object(client, sys.argv[1], k) for k in sys.argv[2:]]
    sys.exit(1 if 'FAILED' in states else 0)
`;
