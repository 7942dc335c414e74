"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IngressScanning = exports.IngressVerdict = void 0;
const error_1 = require("./private/error");
/**
 * What the ingress scan decided about one uploaded file.
 */
var IngressVerdict;
(function (IngressVerdict) {
    /** The engine found nothing: the file is consolidated into `raw`. */
    IngressVerdict["CLEAN"] = "CLEAN";
    /** A signature matched: the file is quarantined. */
    IngressVerdict["INFECTED"] = "INFECTED";
    /**
     * The engine could not look inside (an encrypted archive, a file beyond the scan limits, a
     * name with control characters, not a regular file, a scanner error): quarantined.
     */
    IngressVerdict["UNSCANNABLE"] = "UNSCANNABLE";
})(IngressVerdict || (exports.IngressVerdict = IngressVerdict = {}));
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
class IngressScanning {
    /** Where the script is installed on machines (Proxmox storage server). */
    static SCRIPT_PATH = '/usr/local/sbin/rws-ingress';
    /** Name of the folder inside `raw` that holds the consolidated uploads. */
    static CONSOLIDATED_FOLDER = 'ingress';
    /** The manifest's file name, inside the consolidated folder. */
    static MANIFEST_FILE = 'MANIFEST.tsv';
    /** The quarantine list's file name, inside the consolidated folder. */
    static QUARANTINE_FILE = 'QUARANTINE.tsv';
    /** The scan-and-consolidate script (POSIX sh). */
    static consolidationScript() {
        return SCRIPT;
    }
    /**
     * The arguments of a consolidation run.
     * @param rawPath where the raw volume is mounted
     * @param uploads data holder id -> where that holder's upload volume is mounted
     */
    static consolidationArguments(rawPath, uploads) {
        const holders = Object.keys(uploads).sort();
        if (holders.length === 0) {
            (0, error_1.fail)({ code: 'no-data-holders', message: 'a consolidation needs at least one upload volume', field: 'uploads', value: uploads, fix: 'give one entry per data holder' });
        }
        for (const [field, p] of [['rawPath', rawPath], ...holders.map((h) => [`uploads.${h}`, uploads[h]])]) {
            if (!/^\/[A-Za-z0-9._/-]*$/.test(p) || p.split('/').includes('..')) {
                (0, error_1.fail)({ code: 'invalid-path', message: 'not an absolute path of letters, digits, ".", "_", "-" and "/"', field, value: p, fix: 'use the mount path, e.g. /data/raw' });
            }
        }
        for (const h of holders) {
            if (!/^[a-z][a-z0-9-]{0,30}$/.test(h)) {
                (0, error_1.fail)({ code: 'invalid-name', message: 'data holder id must be a lower-case login name', field: 'uploads', value: h, fix: 'use the permit\'s data holder ids' });
            }
        }
        return ['consolidate', rawPath, ...holders.map((h) => `${h}=${uploads[h]}`)];
    }
    /**
     * freshclam's configuration for an institution's signature mirror: signatures come only from
     * `PrivateMirror` (no DNS update check, no official mirror), so scanning works without internet.
     */
    static freshclamConfig(props) {
        const url = checkMirrorUrl(props.url);
        const dir = checkDirectory(props.databaseDirectory ?? '/var/lib/clamav', 'databaseDirectory');
        const owner = props.databaseOwner ?? 'clamav';
        if (!/^[a-z_][a-z0-9_-]{0,31}$/.test(owner)) {
            (0, error_1.fail)({ code: 'invalid-name', message: 'not a user name', field: 'databaseOwner', value: owner, fix: 'use clamav (the Debian package\'s user) or root' });
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
    static clamdConfig(props = {}) {
        const socket = checkDirectory(props.socket ?? '/run/clamav/clamd.ctl', 'socket');
        const dir = checkDirectory(props.databaseDirectory ?? '/var/lib/clamav', 'databaseDirectory');
        const max = props.maxFileMiB ?? 4000;
        if (!Number.isInteger(max) || max < 1 || max > 4000) {
            (0, error_1.fail)({ code: 'invalid-size', message: 'ClamAV scans files of 1 to 4000 MiB', field: 'maxFileMiB', value: max, fix: 'use a whole number from 1 to 4000' });
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
    static s3ConsolidationScript() {
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
    static s3ScannerScript() {
        return S3_SCANNER;
    }
    /**
     * Reads a `MANIFEST.tsv` or `QUARANTINE.tsv`.
     * @param text the file's content
     */
    static parseManifest(text) {
        const lines = text.split('\n').filter((l) => l !== '');
        if (lines[0] !== COLUMNS.join('\t')) {
            (0, error_1.fail)({ code: 'invalid-manifest', message: 'not an ingress manifest (its header line differs)', field: 'header', value: lines[0] ?? '', fix: 'read MANIFEST.tsv or QUARANTINE.tsv written by rws-ingress' });
        }
        return lines.slice(1).map((line, i) => {
            const c = line.split('\t');
            const verdict = c[4];
            if (c.length !== COLUMNS.length || !/^\d+$/.test(c[1]) || !/^([0-9a-f]{64}|-)$/.test(c[2]) || !Object.values(IngressVerdict).includes(verdict)) {
                (0, error_1.fail)({ code: 'invalid-manifest', message: 'malformed manifest line', field: `line ${i + 2}`, value: line, fix: 'the manifest is written by rws-ingress and must not be edited' });
            }
            return { path: c[0], size: Number(c[1]), sha256: c[2], holder: c[3], verdict, detail: c[5], scannedAt: c[6] };
        });
    }
    constructor() { }
}
exports.IngressScanning = IngressScanning;
function checkMirrorUrl(url) {
    if (!/^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[A-Za-z0-9._~/-]*)?$/.test(url)) {
        (0, error_1.fail)({
            code: 'invalid-mirror',
            message: 'the signature mirror must be an http(s) URL without spaces, credentials, query or fragment',
            field: 'url',
            value: url,
            fix: 'name the institution\'s mirror, e.g. https://clamav-mirror.example.org/clamav',
        });
    }
    return url.replace(/\/+$/, '');
}
function checkDirectory(p, field) {
    if (!/^\/[A-Za-z0-9._/-]+$/.test(p) || p.split('/').includes('..')) {
        (0, error_1.fail)({ code: 'invalid-path', message: 'not an absolute path of letters, digits, ".", "_", "-" and "/"', field, value: p, fix: 'use e.g. /var/lib/clamav' });
    }
    return p;
}
const SCRIPT = String.raw `#!/bin/sh
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
const S3_SCRIPT = String.raw `# rws-ingress for S3: consolidates the uploads GuardDuty Malware Protection tagged clean into the
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
const S3_SCANNER = String.raw `# rws-ingress-scan for S3: scans new uploads with ClamAV and tags each with the result, under the
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
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoiaW5ncmVzcy5qcyIsInNvdXJjZVJvb3QiOiIiLCJzb3VyY2VzIjpbIi4uLy4uL3NyYy93b3Jrc3BhY2VzL2luZ3Jlc3MudHMiXSwibmFtZXMiOltdLCJtYXBwaW5ncyI6Ijs7O0FBQUEsMkNBQXVDO0FBRXZDOztHQUVHO0FBQ0gsSUFBWSxjQVVYO0FBVkQsV0FBWSxjQUFjO0lBQ3hCLHFFQUFxRTtJQUNyRSxpQ0FBZSxDQUFBO0lBQ2Ysb0RBQW9EO0lBQ3BELHVDQUFxQixDQUFBO0lBQ3JCOzs7T0FHRztJQUNILDZDQUEyQixDQUFBO0FBQzdCLENBQUMsRUFWVyxjQUFjLDhCQUFkLGNBQWMsUUFVekI7QUFrRUQsaUVBQWlFO0FBQ2pFLE1BQU0sT0FBTyxHQUFHLENBQUMsTUFBTSxFQUFFLE1BQU0sRUFBRSxRQUFRLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUUsWUFBWSxDQUFDLENBQUM7QUFFeEY7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7R0F5Qkc7QUFDSCxNQUFhLGVBQWU7SUFDMUIsMEVBQTBFO0lBQ25FLE1BQU0sQ0FBVSxXQUFXLEdBQUcsNkJBQTZCLENBQUM7SUFDbkUsMkVBQTJFO0lBQ3BFLE1BQU0sQ0FBVSxtQkFBbUIsR0FBRyxTQUFTLENBQUM7SUFDdkQsZ0VBQWdFO0lBQ3pELE1BQU0sQ0FBVSxhQUFhLEdBQUcsY0FBYyxDQUFDO0lBQ3RELHVFQUF1RTtJQUNoRSxNQUFNLENBQVUsZUFBZSxHQUFHLGdCQUFnQixDQUFDO0lBRTFELGtEQUFrRDtJQUMzQyxNQUFNLENBQUMsbUJBQW1CO1FBQy9CLE9BQU8sTUFBTSxDQUFDO0lBQ2hCLENBQUM7SUFFRDs7OztPQUlHO0lBQ0ksTUFBTSxDQUFDLHNCQUFzQixDQUFDLE9BQWUsRUFBRSxPQUErQjtRQUNuRixNQUFNLE9BQU8sR0FBRyxNQUFNLENBQUMsSUFBSSxDQUFDLE9BQU8sQ0FBQyxDQUFDLElBQUksRUFBRSxDQUFDO1FBQzVDLElBQUksT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDLEVBQUUsQ0FBQztZQUN6QixJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxpQkFBaUIsRUFBRSxPQUFPLEVBQUUsa0RBQWtELEVBQUUsS0FBSyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsT0FBTyxFQUFFLEdBQUcsRUFBRSxnQ0FBZ0MsRUFBRSxDQUFDLENBQUM7UUFDMUssQ0FBQztRQUNELEtBQUssTUFBTSxDQUFDLEtBQUssRUFBRSxDQUFDLENBQUMsSUFBSSxDQUFDLENBQUMsU0FBUyxFQUFFLE9BQU8sQ0FBQyxFQUFFLEdBQUcsT0FBTyxDQUFDLEdBQUcsQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxXQUFXLENBQUMsRUFBRSxFQUFFLE9BQU8sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1lBQ3JHLElBQUksQ0FBQyxzQkFBc0IsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztnQkFDbkUsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE9BQU8sRUFBRSxnRUFBZ0UsRUFBRSxLQUFLLEVBQUUsS0FBSyxFQUFFLENBQUMsRUFBRSxHQUFHLEVBQUUsb0NBQW9DLEVBQUUsQ0FBQyxDQUFDO1lBQ3hLLENBQUM7UUFDSCxDQUFDO1FBQ0QsS0FBSyxNQUFNLENBQUMsSUFBSSxPQUFPLEVBQUUsQ0FBQztZQUN4QixJQUFJLENBQUMsd0JBQXdCLENBQUMsSUFBSSxDQUFDLENBQUMsQ0FBQyxFQUFFLENBQUM7Z0JBQ3RDLElBQUEsWUFBSSxFQUFDLEVBQUUsSUFBSSxFQUFFLGNBQWMsRUFBRSxPQUFPLEVBQUUsZ0RBQWdELEVBQUUsS0FBSyxFQUFFLFNBQVMsRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSxtQ0FBbUMsRUFBRSxDQUFDLENBQUM7WUFDbEssQ0FBQztRQUNILENBQUM7UUFDRCxPQUFPLENBQUMsYUFBYSxFQUFFLE9BQU8sRUFBRSxHQUFHLE9BQU8sQ0FBQyxHQUFHLENBQUMsQ0FBQyxDQUFDLEVBQUUsRUFBRSxDQUFDLEdBQUcsQ0FBQyxJQUFJLE9BQU8sQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDLENBQUMsQ0FBQztJQUMvRSxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksTUFBTSxDQUFDLGVBQWUsQ0FBQyxLQUEyQjtRQUN2RCxNQUFNLEdBQUcsR0FBRyxjQUFjLENBQUMsS0FBSyxDQUFDLEdBQUcsQ0FBQyxDQUFDO1FBQ3RDLE1BQU0sR0FBRyxHQUFHLGNBQWMsQ0FBQyxLQUFLLENBQUMsaUJBQWlCLElBQUksaUJBQWlCLEVBQUUsbUJBQW1CLENBQUMsQ0FBQztRQUM5RixNQUFNLEtBQUssR0FBRyxLQUFLLENBQUMsYUFBYSxJQUFJLFFBQVEsQ0FBQztRQUM5QyxJQUFJLENBQUMsMEJBQTBCLENBQUMsSUFBSSxDQUFDLEtBQUssQ0FBQyxFQUFFLENBQUM7WUFDNUMsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE9BQU8sRUFBRSxpQkFBaUIsRUFBRSxLQUFLLEVBQUUsZUFBZSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsR0FBRyxFQUFFLGlEQUFpRCxFQUFFLENBQUMsQ0FBQztRQUMzSixDQUFDO1FBQ0QsT0FBTztZQUNMLDhGQUE4RjtZQUM5RixzREFBc0Q7WUFDdEQscUJBQXFCLEdBQUcsRUFBRTtZQUMxQixpQkFBaUIsS0FBSyxFQUFFO1lBQ3hCLGFBQWE7WUFDYixnQkFBZ0I7WUFDaEIsaUJBQWlCLEdBQUcsRUFBRTtZQUN0QixvQkFBb0I7WUFDcEIsY0FBYztZQUNkLFVBQVU7WUFDVixtQkFBbUI7WUFDbkIsa0JBQWtCO1lBQ2xCLGVBQWU7WUFDZixFQUFFO1NBQ0gsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLENBQUM7SUFDZixDQUFDO0lBRUQscUdBQXFHO0lBQzlGLE1BQU0sQ0FBQyxXQUFXLENBQUMsUUFBMEIsRUFBRTtRQUNwRCxNQUFNLE1BQU0sR0FBRyxjQUFjLENBQUMsS0FBSyxDQUFDLE1BQU0sSUFBSSx1QkFBdUIsRUFBRSxRQUFRLENBQUMsQ0FBQztRQUNqRixNQUFNLEdBQUcsR0FBRyxjQUFjLENBQUMsS0FBSyxDQUFDLGlCQUFpQixJQUFJLGlCQUFpQixFQUFFLG1CQUFtQixDQUFDLENBQUM7UUFDOUYsTUFBTSxHQUFHLEdBQUcsS0FBSyxDQUFDLFVBQVUsSUFBSSxJQUFJLENBQUM7UUFDckMsSUFBSSxDQUFDLE1BQU0sQ0FBQyxTQUFTLENBQUMsR0FBRyxDQUFDLElBQUksR0FBRyxHQUFHLENBQUMsSUFBSSxHQUFHLEdBQUcsSUFBSSxFQUFFLENBQUM7WUFDcEQsSUFBQSxZQUFJLEVBQUMsRUFBRSxJQUFJLEVBQUUsY0FBYyxFQUFFLE9BQU8sRUFBRSxxQ0FBcUMsRUFBRSxLQUFLLEVBQUUsWUFBWSxFQUFFLEtBQUssRUFBRSxHQUFHLEVBQUUsR0FBRyxFQUFFLG1DQUFtQyxFQUFFLENBQUMsQ0FBQztRQUM1SixDQUFDO1FBQ0QsT0FBTztZQUNMLDZGQUE2RjtZQUM3RixlQUFlLE1BQU0sRUFBRTtZQUN2QixxQkFBcUI7WUFDckIsb0JBQW9CO1lBQ3BCLHFCQUFxQixHQUFHLEVBQUU7WUFDMUIsZ0JBQWdCO1lBQ2hCLGNBQWM7WUFDZCxhQUFhO1lBQ2IsYUFBYTtZQUNiLGlCQUFpQjtZQUNqQixvQkFBb0I7WUFDcEIscUJBQXFCO1lBQ3JCLGVBQWUsR0FBRyxHQUFHO1lBQ3JCLGVBQWUsR0FBRyxHQUFHO1lBQ3JCLGlCQUFpQjtZQUNqQixpQkFBaUI7WUFDakIsYUFBYTtZQUNiLEVBQUU7U0FDSCxDQUFDLElBQUksQ0FBQyxJQUFJLENBQUMsQ0FBQztJQUNmLENBQUM7SUFFRDs7Ozs7OztPQU9HO0lBQ0ksTUFBTSxDQUFDLHFCQUFxQjtRQUNqQyxPQUFPLFNBQVMsQ0FBQztJQUNuQixDQUFDO0lBRUQ7Ozs7Ozs7Ozs7OztPQVlHO0lBQ0ksTUFBTSxDQUFDLGVBQWU7UUFDM0IsT0FBTyxVQUFVLENBQUM7SUFDcEIsQ0FBQztJQUVEOzs7T0FHRztJQUNJLE1BQU0sQ0FBQyxhQUFhLENBQUMsSUFBWTtRQUN0QyxNQUFNLEtBQUssR0FBRyxJQUFJLENBQUMsS0FBSyxDQUFDLElBQUksQ0FBQyxDQUFDLE1BQU0sQ0FBQyxDQUFDLENBQUMsRUFBRSxFQUFFLENBQUMsQ0FBQyxLQUFLLEVBQUUsQ0FBQyxDQUFDO1FBQ3ZELElBQUksS0FBSyxDQUFDLENBQUMsQ0FBQyxLQUFLLE9BQU8sQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztZQUNwQyxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxPQUFPLEVBQUUsbURBQW1ELEVBQUUsS0FBSyxFQUFFLFFBQVEsRUFBRSxLQUFLLEVBQUUsS0FBSyxDQUFDLENBQUMsQ0FBQyxJQUFJLEVBQUUsRUFBRSxHQUFHLEVBQUUsNERBQTRELEVBQUUsQ0FBQyxDQUFDO1FBQzlNLENBQUM7UUFDRCxPQUFPLEtBQUssQ0FBQyxLQUFLLENBQUMsQ0FBQyxDQUFDLENBQUMsR0FBRyxDQUFDLENBQUMsSUFBSSxFQUFFLENBQUMsRUFBRSxFQUFFO1lBQ3BDLE1BQU0sQ0FBQyxHQUFHLElBQUksQ0FBQyxLQUFLLENBQUMsSUFBSSxDQUFDLENBQUM7WUFDM0IsTUFBTSxPQUFPLEdBQUcsQ0FBQyxDQUFDLENBQUMsQ0FBbUIsQ0FBQztZQUN2QyxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssT0FBTyxDQUFDLE1BQU0sSUFBSSxDQUFDLE9BQU8sQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxvQkFBb0IsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxNQUFNLENBQUMsTUFBTSxDQUFDLGNBQWMsQ0FBQyxDQUFDLFFBQVEsQ0FBQyxPQUFPLENBQUMsRUFBRSxDQUFDO2dCQUMvSSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxrQkFBa0IsRUFBRSxPQUFPLEVBQUUseUJBQXlCLEVBQUUsS0FBSyxFQUFFLFFBQVEsQ0FBQyxHQUFHLENBQUMsRUFBRSxFQUFFLEtBQUssRUFBRSxJQUFJLEVBQUUsR0FBRyxFQUFFLCtEQUErRCxFQUFFLENBQUMsQ0FBQztZQUNwTCxDQUFDO1lBQ0QsT0FBTyxFQUFFLElBQUksRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsSUFBSSxFQUFFLE1BQU0sQ0FBQyxDQUFDLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxNQUFNLEVBQUUsQ0FBQyxDQUFDLENBQUMsQ0FBQyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxDQUFDLENBQUMsQ0FBQyxDQUFDLEVBQUUsU0FBUyxFQUFFLENBQUMsQ0FBQyxDQUFDLENBQUMsRUFBRSxDQUFDO1FBQ2hILENBQUMsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUVELGdCQUF1QixDQUFDOztBQWpKMUIsMENBa0pDO0FBRUQsU0FBUyxjQUFjLENBQUMsR0FBVztJQUNqQyxJQUFJLENBQUMsOERBQThELENBQUMsSUFBSSxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7UUFDOUUsSUFBQSxZQUFJLEVBQUM7WUFDSCxJQUFJLEVBQUUsZ0JBQWdCO1lBQ3RCLE9BQU8sRUFBRSw0RkFBNEY7WUFDckcsS0FBSyxFQUFFLEtBQUs7WUFDWixLQUFLLEVBQUUsR0FBRztZQUNWLEdBQUcsRUFBRSwrRUFBK0U7U0FDckYsQ0FBQyxDQUFDO0lBQ0wsQ0FBQztJQUNELE9BQU8sR0FBRyxDQUFDLE9BQU8sQ0FBQyxNQUFNLEVBQUUsRUFBRSxDQUFDLENBQUM7QUFDakMsQ0FBQztBQUVELFNBQVMsY0FBYyxDQUFDLENBQVMsRUFBRSxLQUFhO0lBQzlDLElBQUksQ0FBQyxzQkFBc0IsQ0FBQyxJQUFJLENBQUMsQ0FBQyxDQUFDLElBQUksQ0FBQyxDQUFDLEtBQUssQ0FBQyxHQUFHLENBQUMsQ0FBQyxRQUFRLENBQUMsSUFBSSxDQUFDLEVBQUUsQ0FBQztRQUNuRSxJQUFBLFlBQUksRUFBQyxFQUFFLElBQUksRUFBRSxjQUFjLEVBQUUsT0FBTyxFQUFFLGdFQUFnRSxFQUFFLEtBQUssRUFBRSxLQUFLLEVBQUUsQ0FBQyxFQUFFLEdBQUcsRUFBRSwwQkFBMEIsRUFBRSxDQUFDLENBQUM7SUFDOUosQ0FBQztJQUNELE9BQU8sQ0FBQyxDQUFDO0FBQ1gsQ0FBQztBQUVELE1BQU0sTUFBTSxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUE7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7U0FtQmhCLEdBQUc7OzswQkFHYyxHQUFHLDBDQUEwQyxHQUFHO1VBQ2hFLEdBQUcsbUNBQW1DLEdBQUc7O2lEQUVGLEdBQUcsbUNBQW1DLEdBQUc7NkRBQzdCLEdBQUc7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O1VBbUN0RCxHQUFHOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztXQXNDRixHQUFHLDREQUE0RCxHQUFHO1lBQ2pFLEdBQUcsNENBQTRDLEdBQUc7Ozs7Ozs7O2FBUWpELEdBQUcsbUJBQW1CLEdBQUc7Ozs7Ozs7Ozs7Ozs7O2VBY3ZCLEdBQUcsbUJBQW1CLEdBQUc7Ozs7Y0FJMUIsR0FBRzt3Q0FDdUIsR0FBRzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7TUEwQnJDLEdBQUc7Ozs7Ozs7O0NBUVIsQ0FBQztBQUVGLE1BQU0sU0FBUyxHQUFHLE1BQU0sQ0FBQyxHQUFHLENBQUE7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7O0NBbUYzQixDQUFDO0FBRUYsTUFBTSxVQUFVLEdBQUcsTUFBTSxDQUFDLEdBQUcsQ0FBQTs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7OztDQWlKNUIsQ0FBQyIsInNvdXJjZXNDb250ZW50IjpbImltcG9ydCB7IGZhaWwgfSBmcm9tICcuL3ByaXZhdGUvZXJyb3InO1xuXG4vKipcbiAqIFdoYXQgdGhlIGluZ3Jlc3Mgc2NhbiBkZWNpZGVkIGFib3V0IG9uZSB1cGxvYWRlZCBmaWxlLlxuICovXG5leHBvcnQgZW51bSBJbmdyZXNzVmVyZGljdCB7XG4gIC8qKiBUaGUgZW5naW5lIGZvdW5kIG5vdGhpbmc6IHRoZSBmaWxlIGlzIGNvbnNvbGlkYXRlZCBpbnRvIGByYXdgLiAqL1xuICBDTEVBTiA9ICdDTEVBTicsXG4gIC8qKiBBIHNpZ25hdHVyZSBtYXRjaGVkOiB0aGUgZmlsZSBpcyBxdWFyYW50aW5lZC4gKi9cbiAgSU5GRUNURUQgPSAnSU5GRUNURUQnLFxuICAvKipcbiAgICogVGhlIGVuZ2luZSBjb3VsZCBub3QgbG9vayBpbnNpZGUgKGFuIGVuY3J5cHRlZCBhcmNoaXZlLCBhIGZpbGUgYmV5b25kIHRoZSBzY2FuIGxpbWl0cywgYVxuICAgKiBuYW1lIHdpdGggY29udHJvbCBjaGFyYWN0ZXJzLCBub3QgYSByZWd1bGFyIGZpbGUsIGEgc2Nhbm5lciBlcnJvcik6IHF1YXJhbnRpbmVkLlxuICAgKi9cbiAgVU5TQ0FOTkFCTEUgPSAnVU5TQ0FOTkFCTEUnLFxufVxuXG4vKipcbiAqIE9uZSBsaW5lIG9mIHRoZSBpbmdyZXNzIG1hbmlmZXN0IChgTUFOSUZFU1QudHN2YCkgb3Igb2YgdGhlIHF1YXJhbnRpbmUgbGlzdCAoYFFVQVJBTlRJTkUudHN2YCkuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgSW5ncmVzc01hbmlmZXN0RW50cnkge1xuICAvKiogYDxob2xkZXI+LzxwYXRoIGluc2lkZSB0aGUgaG9sZGVyJ3MgaW5jb21pbmcgZm9sZGVyPmA7IGluIGByYXdgLCByZWxhdGl2ZSB0byB0aGUgbWFuaWZlc3QncyBmb2xkZXIuICovXG4gIHJlYWRvbmx5IHBhdGg6IHN0cmluZztcbiAgLyoqIFNpemUgaW4gYnl0ZXMuICovXG4gIHJlYWRvbmx5IHNpemU6IG51bWJlcjtcbiAgLyoqIFNIQS0yNTYgb2YgdGhlIGNvbnRlbnQsIGhleDsgYC1gIGZvciBhIGhlbGQtYmFjayBvYmplY3Qgb24gUzMsIHdoaWNoIG5vYm9keSBtYXkgcmVhZC4gKi9cbiAgcmVhZG9ubHkgc2hhMjU2OiBzdHJpbmc7XG4gIC8qKiBUaGUgZGF0YSBob2xkZXIgd2hvIHVwbG9hZGVkIGl0LiAqL1xuICByZWFkb25seSBob2xkZXI6IHN0cmluZztcbiAgLyoqIFRoZSBzY2FuIHZlcmRpY3QuICovXG4gIHJlYWRvbmx5IHZlcmRpY3Q6IEluZ3Jlc3NWZXJkaWN0O1xuICAvKiogVGhlIHNpZ25hdHVyZSB0aGF0IG1hdGNoZWQsIG9yIHdoeSB0aGUgZmlsZSBjb3VsZCBub3QgYmUgc2Nhbm5lZDsgYC1gIGZvciBhIGNsZWFuIGZpbGUuICovXG4gIHJlYWRvbmx5IGRldGFpbDogc3RyaW5nO1xuICAvKiogV2hlbiB0aGUgZmlsZSB3YXMgc2Nhbm5lZCAoSVNPIDg2MDEsIFVUQykuICovXG4gIHJlYWRvbmx5IHNjYW5uZWRBdDogc3RyaW5nO1xufVxuXG4vKipcbiAqIFdoZXJlIGFuIGluc3RpdHV0aW9uJ3MgQ2xhbUFWIHNpZ25hdHVyZXMgY29tZSBmcm9tLCBmb3IgbGFicyB3aXRob3V0IGludGVybmV0IGFjY2Vzcy5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBTaWduYXR1cmVNaXJyb3JQcm9wcyB7XG4gIC8qKlxuICAgKiBVUkwgb2YgdGhlIGluc3RpdHV0aW9uJ3Mgc2lnbmF0dXJlIG1pcnJvciAoYSBwbGFpbiBIVFRQKFMpIHNlcnZlciB3aXRoIGBtYWluLmN2ZGAsXG4gICAqIGBkYWlseS5jdmRgLCBgYnl0ZWNvZGUuY3ZkYCwgZS5nLiBmaWxsZWQgYnkgQ2lzY28ncyBgY3ZkdXBkYXRlYCkuXG4gICAqL1xuICByZWFkb25seSB1cmw6IHN0cmluZztcbiAgLyoqXG4gICAqIFdoZXJlIGZyZXNoY2xhbSBrZWVwcyB0aGUgc2lnbmF0dXJlcyAoYW5kIHRoZSBzY2FubmVyIHJlYWRzIHRoZW0pLlxuICAgKiBAZGVmYXVsdCBcIi92YXIvbGliL2NsYW1hdlwiXG4gICAqL1xuICByZWFkb25seSBkYXRhYmFzZURpcmVjdG9yeT86IHN0cmluZztcbiAgLyoqXG4gICAqIFRoZSB1c2VyIGZyZXNoY2xhbSBydW5zIGFzIChhbmQgb3duZXIgb2YgdGhlIHNpZ25hdHVyZXMpLiBBIGNvbnRhaW5lciB0aGF0IHJlZnJlc2hlcyBhblxuICAgKiBlbXB0eURpciBvZiBpdHMgb3duIHVzZXMgYHJvb3RgIChpdCB0aGVuIG5lZWRzIG5vIGNhcGFiaWxpdHkgdG8gc3dpdGNoIHVzZXJzKS5cbiAgICogQGRlZmF1bHQgXCJjbGFtYXZcIlxuICAgKi9cbiAgcmVhZG9ubHkgZGF0YWJhc2VPd25lcj86IHN0cmluZztcbn1cblxuLyoqXG4gKiBPcHRpb25zIG9mIHRoZSBDbGFtQVYgZGFlbW9uJ3MgY29uZmlndXJhdGlvbi5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBDbGFtZENvbmZpZ1Byb3BzIHtcbiAgLyoqXG4gICAqIExvY2FsIHNvY2tldCBjbGFtZCBsaXN0ZW5zIG9uIChubyBUQ1Agc29ja2V0IGlzIGV2ZXIgb3BlbmVkKS5cbiAgICogQGRlZmF1bHQgXCIvcnVuL2NsYW1hdi9jbGFtZC5jdGxcIlxuICAgKi9cbiAgcmVhZG9ubHkgc29ja2V0Pzogc3RyaW5nO1xuICAvKipcbiAgICogV2hlcmUgdGhlIHNpZ25hdHVyZXMgYXJlLlxuICAgKiBAZGVmYXVsdCBcIi92YXIvbGliL2NsYW1hdlwiXG4gICAqL1xuICByZWFkb25seSBkYXRhYmFzZURpcmVjdG9yeT86IHN0cmluZztcbiAgLyoqXG4gICAqIExhcmdlc3QgZmlsZSAoYW5kIGxhcmdlc3QgYW1vdW50IG9mIGRhdGEgc2Nhbm5lZCBpbiBvbmUgZmlsZSwgYXJjaGl2ZXMgdW5wYWNrZWQpIGluIE1pQi5cbiAgICogTGFyZ2VyIGZpbGVzIGFyZSByZXBvcnRlZCBhcyB1bnNjYW5uYWJsZSwgbmV2ZXIgcGFzc2VkIHVuc2Nhbm5lZC4gQ2xhbUFWJ3MgY2VpbGluZyBpcyA0MDAwLlxuICAgKiBAZGVmYXVsdCA0MDAwXG4gICAqL1xuICByZWFkb25seSBtYXhGaWxlTWlCPzogbnVtYmVyO1xufVxuXG4vKiogQ29sdW1uIG5hbWVzIG9mIE1BTklGRVNULnRzdiBhbmQgUVVBUkFOVElORS50c3YsIGluIG9yZGVyLiAqL1xuY29uc3QgQ09MVU1OUyA9IFsncGF0aCcsICdzaXplJywgJ3NoYTI1NicsICdob2xkZXInLCAndmVyZGljdCcsICdkZXRhaWwnLCAnc2Nhbm5lZF9hdCddO1xuXG4vKipcbiAqIENsYW1BViBzY2FubmluZyBvZiBhIHBlcm1pdCdzIHVwbG9hZHMgYW5kIHRoZWlyIGNvbnNvbGlkYXRpb24gaW50byB0aGUgYHJhd2Agdm9sdW1lLCB0aGUgc3RlcFxuICogYmV0d2VlbiBgSU5HUkVTU19JTl9QUk9HUkVTU2AgYW5kIGBEQVRBX1BSRVBBUkFUSU9OX1BFTkRJTkdgIG9uIEt1YmVybmV0ZXMgYW5kIFByb3htb3ggKG9uIEFXU1xuICogR3VhcmREdXR5IE1hbHdhcmUgUHJvdGVjdGlvbiBmb3IgUzMgc2NhbnM7IHNlZSBkb2NzL2FpcmxvY2stdHJhbnNmZXJzLm1kKS5cbiAqXG4gKiBgY29uc29saWRhdGlvblNjcmlwdCgpYCBpcyBhIFBPU0lYIHNoZWxsIHNjcmlwdCwgcnVuIGFzIHJvb3Qgd2hlcmUgdGhlIHZvbHVtZXMgYXJlICh0aGVcbiAqIHN0b3JhZ2Ugc2VydmVyIG9uIFByb3htb3gsIGEgSm9iIGluIHRoZSBwZXJtaXQgbmFtZXNwYWNlIG9uIEt1YmVybmV0ZXMpOlxuICpcbiAqIGBgYFxuICogcndzLWluZ3Jlc3MgY29uc29saWRhdGUgL2RhdGEvcmF3IGhvc3BpdGFsLWE9L3VwbG9hZHMvaG9zcGl0YWwtYSBob3NwaXRhbC1iPS91cGxvYWRzL2hvc3BpdGFsLWJcbiAqIHJ3cy1pbmdyZXNzIHZlcmlmeSAvZGF0YS9yYXdcbiAqIGBgYFxuICpcbiAqIEV2ZXJ5IHJlZ3VsYXIgZmlsZSB1bmRlciBgPHVwbG9hZCB2b2x1bWU+L2luY29taW5nYCBpcyBzY2FubmVkIG9uZSBieSBvbmUgKGBjbGFtZHNjYW4gLS1mZHBhc3NgXG4gKiBieSBkZWZhdWx0LCBgUldTX1NDQU5ORVI9Y2xhbXNjYW5gIHdpdGggYFJXU19DTEFNX0RBVEFCQVNFYCBmb3IgdGhlIHN0YW5kYWxvbmUgZW5naW5lKSwgd2l0aFxuICogZW5jcnlwdGVkIGFyY2hpdmVzIGFuZCBmaWxlcyBiZXlvbmQgdGhlIGxpbWl0cyByZXBvcnRlZCwgbm90IHBhc3NlZC4gQ2xlYW4gZmlsZXMgYXJlIGNvcGllZCBpbnRvXG4gKiBgPHJhdz4vLmluZ3Jlc3MucGFydGlhbC88aG9sZGVyPi88cGF0aD5gOyBpbmZlY3RlZCBhbmQgdW5zY2FubmFibGUgb25lcyBhcmUgcmVjb3JkZWQgaW5cbiAqIGA8dXBsb2FkIHZvbHVtZT4vcXVhcmFudGluZS9yZWNvcmRzLnRzdmAgYW5kIHRoZW4gbW92ZWQgKGEgcmVuYW1lIG9uIHRoZSBzYW1lIHZvbHVtZSkgdG9cbiAqIGA8dXBsb2FkIHZvbHVtZT4vcXVhcmFudGluZS9maWxlcy88cGF0aD5gLiBUaGUgcnVuIGVuZHMgYnkgd3JpdGluZyBgTUFOSUZFU1QudHN2YCAoZXZlcnkgY2xlYW5cbiAqIGZpbGU6IHBhdGgsIHNpemUsIFNIQS0yNTYsIGhvbGRlciwgdmVyZGljdCwgdGltZSksIGBRVUFSQU5USU5FLnRzdmAgKHdoYXQgd2FzIGhlbGQgYmFjaywgbm9cbiAqIGNvbnRlbnQpIGFuZCBgU0hBMjU2U1VNU2AsIG1ha2luZyBldmVyeSBmaWxlIGAwNDQ0YCBhbmQgZm9sZGVyIGAwNTU1YCwgYW5kIHJlbmFtaW5nIHRoZSBmb2xkZXIgdG9cbiAqIGA8cmF3Pi9pbmdyZXNzYCBpbiBvbmUgc3RlcDogcmVhZGVycyBuZXZlciBzZWUgYSBwYXJ0aWFsIGNvbnNvbGlkYXRpb24uIEEgcnVuIHRoYXQgZmFpbHMgKGRpc2tcbiAqIGZ1bGwsIGtpbGxlZCkgbGVhdmVzIHRoZSB1cGxvYWRzIHdoZXJlIHRoZXkgd2VyZSBhbmQgaXMgc2ltcGx5IHJ1biBhZ2FpbjsgYSBydW4gYWZ0ZXIgYVxuICogc3VjY2Vzc2Z1bCBvbmUgY2hhbmdlcyBub3RoaW5nLiBCZWZvcmUgdG91Y2hpbmcgYW55dGhpbmcgdGhlIHNjYW5uZXIgbXVzdCByZXBvcnQgdGhlIEVJQ0FSIHRlc3RcbiAqIHN0cmluZyBhbmQgcGFzcyBhbiBlbXB0eSBmaWxlOiBhIHNjYW5uZXIgd2l0aG91dCBzaWduYXR1cmVzIHN0b3BzIHRoZSBydW4uXG4gKi9cbmV4cG9ydCBjbGFzcyBJbmdyZXNzU2Nhbm5pbmcge1xuICAvKiogV2hlcmUgdGhlIHNjcmlwdCBpcyBpbnN0YWxsZWQgb24gbWFjaGluZXMgKFByb3htb3ggc3RvcmFnZSBzZXJ2ZXIpLiAqL1xuICBwdWJsaWMgc3RhdGljIHJlYWRvbmx5IFNDUklQVF9QQVRIID0gJy91c3IvbG9jYWwvc2Jpbi9yd3MtaW5ncmVzcyc7XG4gIC8qKiBOYW1lIG9mIHRoZSBmb2xkZXIgaW5zaWRlIGByYXdgIHRoYXQgaG9sZHMgdGhlIGNvbnNvbGlkYXRlZCB1cGxvYWRzLiAqL1xuICBwdWJsaWMgc3RhdGljIHJlYWRvbmx5IENPTlNPTElEQVRFRF9GT0xERVIgPSAnaW5ncmVzcyc7XG4gIC8qKiBUaGUgbWFuaWZlc3QncyBmaWxlIG5hbWUsIGluc2lkZSB0aGUgY29uc29saWRhdGVkIGZvbGRlci4gKi9cbiAgcHVibGljIHN0YXRpYyByZWFkb25seSBNQU5JRkVTVF9GSUxFID0gJ01BTklGRVNULnRzdic7XG4gIC8qKiBUaGUgcXVhcmFudGluZSBsaXN0J3MgZmlsZSBuYW1lLCBpbnNpZGUgdGhlIGNvbnNvbGlkYXRlZCBmb2xkZXIuICovXG4gIHB1YmxpYyBzdGF0aWMgcmVhZG9ubHkgUVVBUkFOVElORV9GSUxFID0gJ1FVQVJBTlRJTkUudHN2JztcblxuICAvKiogVGhlIHNjYW4tYW5kLWNvbnNvbGlkYXRlIHNjcmlwdCAoUE9TSVggc2gpLiAqL1xuICBwdWJsaWMgc3RhdGljIGNvbnNvbGlkYXRpb25TY3JpcHQoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gU0NSSVBUO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBhcmd1bWVudHMgb2YgYSBjb25zb2xpZGF0aW9uIHJ1bi5cbiAgICogQHBhcmFtIHJhd1BhdGggd2hlcmUgdGhlIHJhdyB2b2x1bWUgaXMgbW91bnRlZFxuICAgKiBAcGFyYW0gdXBsb2FkcyBkYXRhIGhvbGRlciBpZCAtPiB3aGVyZSB0aGF0IGhvbGRlcidzIHVwbG9hZCB2b2x1bWUgaXMgbW91bnRlZFxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBjb25zb2xpZGF0aW9uQXJndW1lbnRzKHJhd1BhdGg6IHN0cmluZywgdXBsb2FkczogUmVjb3JkPHN0cmluZywgc3RyaW5nPik6IHN0cmluZ1tdIHtcbiAgICBjb25zdCBob2xkZXJzID0gT2JqZWN0LmtleXModXBsb2Fkcykuc29ydCgpO1xuICAgIGlmIChob2xkZXJzLmxlbmd0aCA9PT0gMCkge1xuICAgICAgZmFpbCh7IGNvZGU6ICduby1kYXRhLWhvbGRlcnMnLCBtZXNzYWdlOiAnYSBjb25zb2xpZGF0aW9uIG5lZWRzIGF0IGxlYXN0IG9uZSB1cGxvYWQgdm9sdW1lJywgZmllbGQ6ICd1cGxvYWRzJywgdmFsdWU6IHVwbG9hZHMsIGZpeDogJ2dpdmUgb25lIGVudHJ5IHBlciBkYXRhIGhvbGRlcicgfSk7XG4gICAgfVxuICAgIGZvciAoY29uc3QgW2ZpZWxkLCBwXSBvZiBbWydyYXdQYXRoJywgcmF3UGF0aF0sIC4uLmhvbGRlcnMubWFwKChoKSA9PiBbYHVwbG9hZHMuJHtofWAsIHVwbG9hZHNbaF1dKV0pIHtcbiAgICAgIGlmICghL15cXC9bQS1aYS16MC05Ll8vLV0qJC8udGVzdChwKSB8fCBwLnNwbGl0KCcvJykuaW5jbHVkZXMoJy4uJykpIHtcbiAgICAgICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLXBhdGgnLCBtZXNzYWdlOiAnbm90IGFuIGFic29sdXRlIHBhdGggb2YgbGV0dGVycywgZGlnaXRzLCBcIi5cIiwgXCJfXCIsIFwiLVwiIGFuZCBcIi9cIicsIGZpZWxkLCB2YWx1ZTogcCwgZml4OiAndXNlIHRoZSBtb3VudCBwYXRoLCBlLmcuIC9kYXRhL3JhdycgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIGZvciAoY29uc3QgaCBvZiBob2xkZXJzKSB7XG4gICAgICBpZiAoIS9eW2Etel1bYS16MC05LV17MCwzMH0kLy50ZXN0KGgpKSB7XG4gICAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1uYW1lJywgbWVzc2FnZTogJ2RhdGEgaG9sZGVyIGlkIG11c3QgYmUgYSBsb3dlci1jYXNlIGxvZ2luIG5hbWUnLCBmaWVsZDogJ3VwbG9hZHMnLCB2YWx1ZTogaCwgZml4OiAndXNlIHRoZSBwZXJtaXRcXCdzIGRhdGEgaG9sZGVyIGlkcycgfSk7XG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiBbJ2NvbnNvbGlkYXRlJywgcmF3UGF0aCwgLi4uaG9sZGVycy5tYXAoKGgpID0+IGAke2h9PSR7dXBsb2Fkc1toXX1gKV07XG4gIH1cblxuICAvKipcbiAgICogZnJlc2hjbGFtJ3MgY29uZmlndXJhdGlvbiBmb3IgYW4gaW5zdGl0dXRpb24ncyBzaWduYXR1cmUgbWlycm9yOiBzaWduYXR1cmVzIGNvbWUgb25seSBmcm9tXG4gICAqIGBQcml2YXRlTWlycm9yYCAobm8gRE5TIHVwZGF0ZSBjaGVjaywgbm8gb2ZmaWNpYWwgbWlycm9yKSwgc28gc2Nhbm5pbmcgd29ya3Mgd2l0aG91dCBpbnRlcm5ldC5cbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgZnJlc2hjbGFtQ29uZmlnKHByb3BzOiBTaWduYXR1cmVNaXJyb3JQcm9wcyk6IHN0cmluZyB7XG4gICAgY29uc3QgdXJsID0gY2hlY2tNaXJyb3JVcmwocHJvcHMudXJsKTtcbiAgICBjb25zdCBkaXIgPSBjaGVja0RpcmVjdG9yeShwcm9wcy5kYXRhYmFzZURpcmVjdG9yeSA/PyAnL3Zhci9saWIvY2xhbWF2JywgJ2RhdGFiYXNlRGlyZWN0b3J5Jyk7XG4gICAgY29uc3Qgb3duZXIgPSBwcm9wcy5kYXRhYmFzZU93bmVyID8/ICdjbGFtYXYnO1xuICAgIGlmICghL15bYS16X11bYS16MC05Xy1dezAsMzF9JC8udGVzdChvd25lcikpIHtcbiAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1uYW1lJywgbWVzc2FnZTogJ25vdCBhIHVzZXIgbmFtZScsIGZpZWxkOiAnZGF0YWJhc2VPd25lcicsIHZhbHVlOiBvd25lciwgZml4OiAndXNlIGNsYW1hdiAodGhlIERlYmlhbiBwYWNrYWdlXFwncyB1c2VyKSBvciByb290JyB9KTtcbiAgICB9XG4gICAgcmV0dXJuIFtcbiAgICAgICcjIGZyZXNoY2xhbSBmb3IgYSBwZXJtaXRcXCdzIGluZ3Jlc3Mgc2Nhbm5lcjogc2lnbmF0dXJlcyBvbmx5IGZyb20gdGhlIGluc3RpdHV0aW9uXFwncyBtaXJyb3IuJyxcbiAgICAgICcjIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlczsgZG8gbm90IGVkaXQuJyxcbiAgICAgIGBEYXRhYmFzZURpcmVjdG9yeSAke2Rpcn1gLFxuICAgICAgYERhdGFiYXNlT3duZXIgJHtvd25lcn1gLFxuICAgICAgJ0xvZ1RpbWUgeWVzJyxcbiAgICAgICdGb3JlZ3JvdW5kIHllcycsXG4gICAgICBgUHJpdmF0ZU1pcnJvciAke3VybH1gLFxuICAgICAgJ1NjcmlwdGVkVXBkYXRlcyBubycsXG4gICAgICAnQnl0ZWNvZGUgeWVzJyxcbiAgICAgICdDaGVja3MgMCcsXG4gICAgICAnQ29ubmVjdFRpbWVvdXQgMzAnLFxuICAgICAgJ1JlY2VpdmVUaW1lb3V0IDAnLFxuICAgICAgJ01heEF0dGVtcHRzIDMnLFxuICAgICAgJycsXG4gICAgXS5qb2luKCdcXG4nKTtcbiAgfVxuXG4gIC8qKiBjbGFtZCdzIGNvbmZpZ3VyYXRpb246IGEgbG9jYWwgc29ja2V0IG9ubHksIGFsZXJ0cyBmb3IgZW5jcnlwdGVkIGFyY2hpdmVzIGFuZCBleGNlZWRlZCBsaW1pdHMuICovXG4gIHB1YmxpYyBzdGF0aWMgY2xhbWRDb25maWcocHJvcHM6IENsYW1kQ29uZmlnUHJvcHMgPSB7fSk6IHN0cmluZyB7XG4gICAgY29uc3Qgc29ja2V0ID0gY2hlY2tEaXJlY3RvcnkocHJvcHMuc29ja2V0ID8/ICcvcnVuL2NsYW1hdi9jbGFtZC5jdGwnLCAnc29ja2V0Jyk7XG4gICAgY29uc3QgZGlyID0gY2hlY2tEaXJlY3RvcnkocHJvcHMuZGF0YWJhc2VEaXJlY3RvcnkgPz8gJy92YXIvbGliL2NsYW1hdicsICdkYXRhYmFzZURpcmVjdG9yeScpO1xuICAgIGNvbnN0IG1heCA9IHByb3BzLm1heEZpbGVNaUIgPz8gNDAwMDtcbiAgICBpZiAoIU51bWJlci5pc0ludGVnZXIobWF4KSB8fCBtYXggPCAxIHx8IG1heCA+IDQwMDApIHtcbiAgICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1zaXplJywgbWVzc2FnZTogJ0NsYW1BViBzY2FucyBmaWxlcyBvZiAxIHRvIDQwMDAgTWlCJywgZmllbGQ6ICdtYXhGaWxlTWlCJywgdmFsdWU6IG1heCwgZml4OiAndXNlIGEgd2hvbGUgbnVtYmVyIGZyb20gMSB0byA0MDAwJyB9KTtcbiAgICB9XG4gICAgcmV0dXJuIFtcbiAgICAgICcjIGNsYW1kIGZvciBhIHBlcm1pdFxcJ3MgaW5ncmVzcyBzY2FubmVyLiBHZW5lcmF0ZWQgYnkgY2RrLXJlc2VhcmNoLXdvcmtzcGFjZXM7IGRvIG5vdCBlZGl0LicsXG4gICAgICBgTG9jYWxTb2NrZXQgJHtzb2NrZXR9YCxcbiAgICAgICdMb2NhbFNvY2tldE1vZGUgNjYwJyxcbiAgICAgICdGaXhTdGFsZVNvY2tldCB5ZXMnLFxuICAgICAgYERhdGFiYXNlRGlyZWN0b3J5ICR7ZGlyfWAsXG4gICAgICAnRm9yZWdyb3VuZCB5ZXMnLFxuICAgICAgJ0xvZ1N5c2xvZyBubycsXG4gICAgICAnTG9nVGltZSB5ZXMnLFxuICAgICAgJ0xvZ0NsZWFuIG5vJyxcbiAgICAgICdTY2FuQXJjaGl2ZSB5ZXMnLFxuICAgICAgJ0FsZXJ0RW5jcnlwdGVkIHllcycsXG4gICAgICAnQWxlcnRFeGNlZWRzTWF4IHllcycsXG4gICAgICBgTWF4RmlsZVNpemUgJHttYXh9TWAsXG4gICAgICBgTWF4U2NhblNpemUgJHttYXh9TWAsXG4gICAgICAnTWF4UmVjdXJzaW9uIDE3JyxcbiAgICAgICdNYXhGaWxlcyAxMDAwMDAnLFxuICAgICAgJ1NlbGZDaGVjayAwJyxcbiAgICAgICcnLFxuICAgIF0uam9pbignXFxuJyk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGNvbnNvbGlkYXRpb24gb24gQVdTIChQeXRob24gMyB3aXRoIGJvdG8zKTogY29waWVzIHRoZSB1cGxvYWQgb2JqZWN0cyBHdWFyZER1dHkgdGFnZ2VkXG4gICAqIGBOT19USFJFQVRTX0ZPVU5EYCBpbnRvIGBzMzovLzxyYXc+L2luZ3Jlc3MvPGhvbGRlcj4vPHBhdGg+YCBhbmQgd3JpdGVzIGBRVUFSQU5USU5FLnRzdmAsXG4gICAqIGBTSEEyNTZTVU1TYCBhbmQsIGxhc3QsIGBNQU5JRkVTVC50c3ZgIChpdHMgcHJlc2VuY2UgbWFya3MgdGhlIGNvbnNvbGlkYXRpb24gYXMgZG9uZSkuIEFuXG4gICAqIG9iamVjdCBub3Qgc2Nhbm5lZCB5ZXQgc3RvcHMgdGhlIHJ1biBiZWZvcmUgYW55dGhpbmcgaXMgd3JpdHRlbjsgYSByZXJ1biBhZnRlciBhIGZhaWx1cmVcbiAgICogZ2l2ZXMgdGhlIHNhbWUgcmVzdWx0LCBvbmUgYWZ0ZXIgYSBzdWNjZXNzIGNoYW5nZXMgbm90aGluZy4gUnVucyBhcyBhbiBTU00gQXV0b21hdGlvblxuICAgKiBgYXdzOmV4ZWN1dGVTY3JpcHRgIHN0ZXAgKGBoYW5kbGVyYCkgb3IgZnJvbSBhIHNoZWxsIChgcHl0aG9uMyAtIDxyYXcgYnVja2V0PiA8aG9sZGVyPj08YnVja2V0Pi4uLmApLlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBzM0NvbnNvbGlkYXRpb25TY3JpcHQoKTogc3RyaW5nIHtcbiAgICByZXR1cm4gUzNfU0NSSVBUO1xuICB9XG5cbiAgLyoqXG4gICAqIFRoZSBDbGFtQVYgc2Nhbm5lciBvZiB1cGxvYWRzIG9uIFMzIChQeXRob24gMyB3aXRoIGJvdG8zIGFuZCBDbGFtQVYncyBgY2xhbXNjYW5gLCBvclxuICAgKiBgY2xhbWRzY2FuYCB3aXRoIGBSV1NfU0NBTk5FUj1jbGFtZHNjYW5gKSwgdGhlIGFsdGVybmF0aXZlIHRvIEd1YXJkRHV0eSBNYWx3YXJlIFByb3RlY3Rpb24gb25cbiAgICogQVdTLiBGb3IgZWFjaCBvYmplY3QgdW5kZXIgYGluY29taW5nL2AgYW4gZXZlbnQgbmFtZXMgKGFuIFNRUyBiYXRjaCBvZiBTMyBub3RpZmljYXRpb25zIG9yIG9mXG4gICAqIFMzIGV2ZW50cyB0aHJvdWdoIEV2ZW50QnJpZGdlKSBpdCBkb3dubG9hZHMgdGhlIGN1cnJlbnQgdmVyc2lvbiBpbnRvIGEgcHJpdmF0ZSB0ZW1wb3JhcnlcbiAgICogZm9sZGVyLCBzY2FucyBpdCBhbmQgdGFncyB0aGF0IHZlcnNpb24gYEd1YXJkRHV0eU1hbHdhcmVTY2FuU3RhdHVzYCA9IGBOT19USFJFQVRTX0ZPVU5EYCxcbiAgICogYFRIUkVBVFNfRk9VTkRgLCBgVU5TVVBQT1JURURgIChhbiBlbmNyeXB0ZWQgYXJjaGl2ZSwgYSBmaWxlIGJleW9uZCB0aGUgbGltaXRzKSBvciBgRkFJTEVEYCxcbiAgICogdGhlIHRhZyBHdWFyZER1dHkgd3JpdGVzLCBzbyB0aGF0IHRoZSBzY2FuIGdhdGUgYW5kIHRoZSBjb25zb2xpZGF0aW9uIHJlYWQgaXQgdW5jaGFuZ2VkLiBJdFxuICAgKiBuZXZlciBkZWxldGVzIGFuZCBuZXZlciBjaGFuZ2VzIGNvbnRlbnQuIEJlZm9yZSB0aGUgZmlyc3Qgc2NhbiBpdCByZWZyZXNoZXMgdGhlIHNpZ25hdHVyZXNcbiAgICogZnJvbSB0aGUgbWlycm9yIHdoZW4gYFJXU19GUkVTSENMQU1fQ09ORmAgaG9sZHMgYSBmcmVzaGNsYW0gY29uZmlndXJhdGlvbiAoYGZyZXNoY2xhbUNvbmZpZygpYDtcbiAgICogaXQgcmVmcmVzaGVzIGEgY29weSBvZiB0aGUgaW1hZ2UncyBzaWduYXR1cmVzIGluIGEgdGVtcG9yYXJ5IGZvbGRlcikgYW5kIHJlZnVzZXMgdG8gdGFnIGFueXRoaW5nIGlmIHRoZSBzY2FubmVyIG1pc3NlcyB0aGUgRUlDQVIgdGVzdCBzdHJpbmcuIFJ1bnNcbiAgICogYXMgYSBMYW1iZGEgaGFuZGxlciAoYHJ3c19zM19zY2FuLmhhbmRsZXJgKSBvciBmcm9tIGEgc2hlbGwgKGBweXRob24zIHJ3c19zM19zY2FuLnB5IEJVQ0tFVCBLRVkuLi5gKS5cbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgczNTY2FubmVyU2NyaXB0KCk6IHN0cmluZyB7XG4gICAgcmV0dXJuIFMzX1NDQU5ORVI7XG4gIH1cblxuICAvKipcbiAgICogUmVhZHMgYSBgTUFOSUZFU1QudHN2YCBvciBgUVVBUkFOVElORS50c3ZgLlxuICAgKiBAcGFyYW0gdGV4dCB0aGUgZmlsZSdzIGNvbnRlbnRcbiAgICovXG4gIHB1YmxpYyBzdGF0aWMgcGFyc2VNYW5pZmVzdCh0ZXh0OiBzdHJpbmcpOiBJbmdyZXNzTWFuaWZlc3RFbnRyeVtdIHtcbiAgICBjb25zdCBsaW5lcyA9IHRleHQuc3BsaXQoJ1xcbicpLmZpbHRlcigobCkgPT4gbCAhPT0gJycpO1xuICAgIGlmIChsaW5lc1swXSAhPT0gQ09MVU1OUy5qb2luKCdcXHQnKSkge1xuICAgICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLW1hbmlmZXN0JywgbWVzc2FnZTogJ25vdCBhbiBpbmdyZXNzIG1hbmlmZXN0IChpdHMgaGVhZGVyIGxpbmUgZGlmZmVycyknLCBmaWVsZDogJ2hlYWRlcicsIHZhbHVlOiBsaW5lc1swXSA/PyAnJywgZml4OiAncmVhZCBNQU5JRkVTVC50c3Ygb3IgUVVBUkFOVElORS50c3Ygd3JpdHRlbiBieSByd3MtaW5ncmVzcycgfSk7XG4gICAgfVxuICAgIHJldHVybiBsaW5lcy5zbGljZSgxKS5tYXAoKGxpbmUsIGkpID0+IHtcbiAgICAgIGNvbnN0IGMgPSBsaW5lLnNwbGl0KCdcXHQnKTtcbiAgICAgIGNvbnN0IHZlcmRpY3QgPSBjWzRdIGFzIEluZ3Jlc3NWZXJkaWN0O1xuICAgICAgaWYgKGMubGVuZ3RoICE9PSBDT0xVTU5TLmxlbmd0aCB8fCAhL15cXGQrJC8udGVzdChjWzFdKSB8fCAhL14oWzAtOWEtZl17NjR9fC0pJC8udGVzdChjWzJdKSB8fCAhT2JqZWN0LnZhbHVlcyhJbmdyZXNzVmVyZGljdCkuaW5jbHVkZXModmVyZGljdCkpIHtcbiAgICAgICAgZmFpbCh7IGNvZGU6ICdpbnZhbGlkLW1hbmlmZXN0JywgbWVzc2FnZTogJ21hbGZvcm1lZCBtYW5pZmVzdCBsaW5lJywgZmllbGQ6IGBsaW5lICR7aSArIDJ9YCwgdmFsdWU6IGxpbmUsIGZpeDogJ3RoZSBtYW5pZmVzdCBpcyB3cml0dGVuIGJ5IHJ3cy1pbmdyZXNzIGFuZCBtdXN0IG5vdCBiZSBlZGl0ZWQnIH0pO1xuICAgICAgfVxuICAgICAgcmV0dXJuIHsgcGF0aDogY1swXSwgc2l6ZTogTnVtYmVyKGNbMV0pLCBzaGEyNTY6IGNbMl0sIGhvbGRlcjogY1szXSwgdmVyZGljdCwgZGV0YWlsOiBjWzVdLCBzY2FubmVkQXQ6IGNbNl0gfTtcbiAgICB9KTtcbiAgfVxuXG4gIHByaXZhdGUgY29uc3RydWN0b3IoKSB7fVxufVxuXG5mdW5jdGlvbiBjaGVja01pcnJvclVybCh1cmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICghL15odHRwcz86XFwvXFwvW0EtWmEtejAtOS4tXSsoOlxcZHsxLDV9KT8oXFwvW0EtWmEtejAtOS5ffi8tXSopPyQvLnRlc3QodXJsKSkge1xuICAgIGZhaWwoe1xuICAgICAgY29kZTogJ2ludmFsaWQtbWlycm9yJyxcbiAgICAgIG1lc3NhZ2U6ICd0aGUgc2lnbmF0dXJlIG1pcnJvciBtdXN0IGJlIGFuIGh0dHAocykgVVJMIHdpdGhvdXQgc3BhY2VzLCBjcmVkZW50aWFscywgcXVlcnkgb3IgZnJhZ21lbnQnLFxuICAgICAgZmllbGQ6ICd1cmwnLFxuICAgICAgdmFsdWU6IHVybCxcbiAgICAgIGZpeDogJ25hbWUgdGhlIGluc3RpdHV0aW9uXFwncyBtaXJyb3IsIGUuZy4gaHR0cHM6Ly9jbGFtYXYtbWlycm9yLmV4YW1wbGUub3JnL2NsYW1hdicsXG4gICAgfSk7XG4gIH1cbiAgcmV0dXJuIHVybC5yZXBsYWNlKC9cXC8rJC8sICcnKTtcbn1cblxuZnVuY3Rpb24gY2hlY2tEaXJlY3RvcnkocDogc3RyaW5nLCBmaWVsZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKCEvXlxcL1tBLVphLXowLTkuXy8tXSskLy50ZXN0KHApIHx8IHAuc3BsaXQoJy8nKS5pbmNsdWRlcygnLi4nKSkge1xuICAgIGZhaWwoeyBjb2RlOiAnaW52YWxpZC1wYXRoJywgbWVzc2FnZTogJ25vdCBhbiBhYnNvbHV0ZSBwYXRoIG9mIGxldHRlcnMsIGRpZ2l0cywgXCIuXCIsIFwiX1wiLCBcIi1cIiBhbmQgXCIvXCInLCBmaWVsZCwgdmFsdWU6IHAsIGZpeDogJ3VzZSBlLmcuIC92YXIvbGliL2NsYW1hdicgfSk7XG4gIH1cbiAgcmV0dXJuIHA7XG59XG5cbmNvbnN0IFNDUklQVCA9IFN0cmluZy5yYXdgIyEvYmluL3NoXG4jIHJ3cy1pbmdyZXNzOiBzY2FucyBlYWNoIGRhdGEgaG9sZGVyJ3MgdXBsb2FkcyB3aXRoIENsYW1BViBhbmQgY29uc29saWRhdGVzIHRoZSBjbGVhbiBvbmVzIGludG9cbiMgdGhlIHBlcm1pdCdzIHJhdyB2b2x1bWUsIHdpdGggYSBtYW5pZmVzdC4gR2VuZXJhdGVkIGJ5IGNkay1yZXNlYXJjaC13b3Jrc3BhY2VzOyBkbyBub3QgZWRpdC5cbiNcbiMgICByd3MtaW5ncmVzcyBjb25zb2xpZGF0ZSBSQVcgSE9MREVSPVVQTE9BRF9WT0xVTUUgW0hPTERFUj1VUExPQURfVk9MVU1FIC4uLl1cbiMgICByd3MtaW5ncmVzcyB2ZXJpZnkgUkFXXG4jXG4jIEVudmlyb25tZW50OiBSV1NfU0NBTk5FUiAoY2xhbWRzY2FuLCB0aGUgZGVmYXVsdCwgb3IgY2xhbXNjYW4pLCBSV1NfQ0xBTURfQ09ORiAoY2xhbWRzY2FuJ3NcbiMgY29uZmlndXJhdGlvbiksIFJXU19DTEFNX0RBVEFCQVNFIChjbGFtc2NhbidzIHNpZ25hdHVyZSBmb2xkZXIpLCBSV1NfTUFYX0ZJTEUgKDQwMDBNKS5cbnNldCAtZXVcbnVtYXNrIDA3N1xuXG5sb2coKSB7IHByaW50ZiAncndzLWluZ3Jlc3M6ICVzXFxuJyBcIiQqXCIgPiYyOyB9XG5kaWUoKSB7IGxvZyBcIiQqXCI7IGV4aXQgMTsgfVxubm93KCkgeyBkYXRlIC11ICslWS0lbS0lZFQlSDolTTolU1o7IH1cbmhhc2hfb2YoKSB7IHNoYTI1NnN1bSA8IFwiJDFcIiB8IGN1dCAtYzEtNjQ7IH1cbnNpemVfb2YoKSB7IHdjIC1jIDwgXCIkMVwiIHwgdHIgLWQgJyAnOyB9XG5cbnNjYW4oKSB7XG4gIGNhc2UgJHsnJCd9e1JXU19TQ0FOTkVSOi1jbGFtZHNjYW59IGluXG4gICAgY2xhbXNjYW4pXG4gICAgICBjbGFtc2NhbiAtLW5vLXN1bW1hcnkgLS1zdGRvdXQgLS1hbGVydC1lbmNyeXB0ZWQ9eWVzIC0tYWxlcnQtZXhjZWVkcy1tYXg9eWVzIFxcXG4gICAgICAgIC0tbWF4LWZpbGVzaXplPVwiJHsnJCd9e1JXU19NQVhfRklMRTotNDAwME19XCIgLS1tYXgtc2NhbnNpemU9XCIkeyckJ317UldTX01BWF9GSUxFOi00MDAwTX1cIiBcXFxuICAgICAgICAkeyckJ317UldTX0NMQU1fREFUQUJBU0U6K1wiLS1kYXRhYmFzZT0keyckJ31SV1NfQ0xBTV9EQVRBQkFTRVwifSBcIiQxXCIgOztcbiAgICBjbGFtZHNjYW4pXG4gICAgICBjbGFtZHNjYW4gLS1uby1zdW1tYXJ5IC0tc3Rkb3V0IC0tZmRwYXNzICR7JyQnfXtSV1NfQ0xBTURfQ09ORjorXCItLWNvbmZpZy1maWxlPSR7JyQnfVJXU19DTEFNRF9DT05GXCJ9IFwiJDFcIiA7O1xuICAgICopIGRpZSBcIlJXU19TQ0FOTkVSIG11c3QgYmUgY2xhbWRzY2FuIG9yIGNsYW1zY2FuLCBub3QgJHsnJCd9UldTX1NDQU5ORVJcIiA7O1xuICBlc2FjXG59XG5cbiMgQSBzY2FubmVyIHRoYXQgY2Fubm90IGZpbmQgdGhlIEVJQ0FSIHRlc3Qgc3RyaW5nIChubyBzaWduYXR1cmVzIGxvYWRlZCkgb3IgZmxhZ3MgYW4gZW1wdHkgZmlsZVxuIyB3b3VsZCBwYXNzIG9yIGhvbGQgYmFjayBldmVyeXRoaW5nOiBzdG9wIGJlZm9yZSBhbnl0aGluZyBtb3Zlcy5cbnByZWZsaWdodCgpIHtcbiAgdD0kKG1rdGVtcCAtZClcbiAgIyBXcml0dGVuIGluIHR3byBoYWx2ZXMgc28gdGhhdCB0aGlzIHNjcmlwdCBpdHNlbGYgaXMgbm90IHRoZSB0ZXN0IGZpbGUuXG4gICMgc2hlbGxjaGVjayBkaXNhYmxlPVNDMjAxNiAjIHRoZSBkb2xsYXJzIGFyZSBwYXJ0IG9mIHRoZSB0ZXN0IHN0cmluZ1xuICBwcmludGYgJyVzJXMnICdYNU8hUCVAQVBbNFxcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSJyAnLVNUQU5EQVJELUFOVElWSVJVUy1URVNULUZJTEUhJEgrSConID4gXCIkdC9laWNhci5jb21cIlxuICA6ID4gXCIkdC9lbXB0eVwiXG4gIGlmIHNjYW4gXCIkdC9lbXB0eVwiID4gL2Rldi9udWxsIDI+JjE7IHRoZW4gb2tfZW1wdHk9MTsgZWxzZSBva19lbXB0eT0wOyBmaVxuICBpZiBzY2FuIFwiJHQvZWljYXIuY29tXCIgPiAvZGV2L251bGwgMj4mMTsgdGhlbiByYz0wOyBlbHNlIHJjPSQ/OyBmaVxuICBybSAtcmYgXCIkdFwiXG4gIFsgXCIkb2tfZW1wdHlcIiA9IDEgXSB8fCBkaWUgXCJ0aGUgc2Nhbm5lciBkb2VzIG5vdCBwYXNzIGFuIGVtcHR5IGZpbGU6IGlzIENsYW1BViB3b3JraW5nPyBOb3RoaW5nIHdhcyBjaGFuZ2VkLlwiXG4gIFsgXCIkcmNcIiA9IDEgXSB8fCBkaWUgXCJ0aGUgc2Nhbm5lciBkb2VzIG5vdCBkZXRlY3QgdGhlIEVJQ0FSIHRlc3Qgc3RyaW5nIChzdGF0dXMgJHJjKTogc2lnbmF0dXJlcyBtaXNzaW5nPyBOb3RoaW5nIHdhcyBjaGFuZ2VkLlwiXG59XG5cbiMgSG9sZHMgYSBmaWxlIGJhY2s6IHRoZSByZWNvcmQgZmlyc3QsIHRoZW4gdGhlIHJlbmFtZSAoc2FtZSB2b2x1bWUsIGF0b21pYyksIHNvIHRoYXQgYSBraWxsIGluXG4jIGJldHdlZW4gbGVhdmVzIGF0IHdvcnN0IGEgcmVjb3JkIG9mIGEgZmlsZSBzdGlsbCB3YWl0aW5nIGluIGluY29taW5nLywgc2Nhbm5lZCBhZ2FpbiBuZXh0IHJ1bi5cbnF1YXJhbnRpbmUoKSB7ICMgaG9sZGVyIHZvbHVtZSBmaWxlIHJlbCB2ZXJkaWN0IGRldGFpbCB0aW1lXG4gIHE9XCIkMi9xdWFyYW50aW5lXCJcbiAgbWtkaXIgLXAgXCIkcS9maWxlc1wiXG4gIGlmIFsgLWYgXCIkM1wiIF0gJiYgWyAhIC1MIFwiJDNcIiBdOyB0aGVuIHN6PSQoc2l6ZV9vZiBcIiQzXCIpOyBoPSQoaGFzaF9vZiBcIiQzXCIpOyBlbHNlIHN6PTA7IGg9JChwcmludGYgJycgfCBzaGEyNTZzdW0gfCBjdXQgLWMxLTY0KTsgZmlcbiAgcHJpbnRmICclcy8lc1xcdCVzXFx0JXNcXHQlc1xcdCVzXFx0JXNcXHQlc1xcbicgXCIkMVwiIFwiJDRcIiBcIiRzelwiIFwiJGhcIiBcIiQxXCIgXCIkNVwiIFwiJDZcIiBcIiQ3XCIgPj4gXCIkcS9yZWNvcmRzLnRzdlwiXG4gIG1rZGlyIC1wIFwiJChkaXJuYW1lIFwiJHEvZmlsZXMvJDRcIilcIlxuICBtdiAtZiBcIiQzXCIgXCIkcS9maWxlcy8kNFwiXG4gIGxvZyBcIiQxLyQ0OiAkNSAoJDYpLCBxdWFyYW50aW5lZFwiXG59XG5cbiMgU2NhbnMgYW5kIHNvcnRzIHRoZSBmaWxlcyBnaXZlbiAoY2FsbGVkIGJ5IGZpbmQgLWV4ZWMgd2l0aCBhbnkgZmlsZSBuYW1lIGFzIGFuIGFyZ3VtZW50KS5cbmZpbGVzKCkgeyAjIGhvbGRlciB2b2x1bWUgcGFydGlhbCBmaWxlLi4uXG4gIGhvbGRlcj0kMTsgdm9sPSQyOyBwYXJ0aWFsPSQzOyBzaGlmdCAzXG4gIGZvciBmIGluIFwiJEBcIjsgZG9cbiAgICByZWw9JHsnJCd9e2YjXCIkdm9sL2luY29taW5nL1wifVxuICAgIHQ9JChub3cpXG4gICAgY2FzZSAkcmVsIGluXG4gICAgICAqW1s6Y250cmw6XV0qKSBxdWFyYW50aW5lIFwiJGhvbGRlclwiIFwiJHZvbFwiIFwiJGZcIiBcIiQocHJpbnRmICclcycgXCIkcmVsXCIgfCB0ciAnWzpjbnRybDpdJyAnPycpXCIgVU5TQ0FOTkFCTEUgbmFtZS1oYXMtY29udHJvbC1jaGFyYWN0ZXJzIFwiJHRcIjsgY29udGludWUgOztcbiAgICBlc2FjXG4gICAgaWYgWyAtTCBcIiRmXCIgXSB8fCBbICEgLWYgXCIkZlwiIF07IHRoZW5cbiAgICAgIHF1YXJhbnRpbmUgXCIkaG9sZGVyXCIgXCIkdm9sXCIgXCIkZlwiIFwiJHJlbFwiIFVOU0NBTk5BQkxFIG5vdC1hLXJlZ3VsYXItZmlsZSBcIiR0XCI7IGNvbnRpbnVlXG4gICAgZmlcbiAgICBpZiBvdXQ9JChzY2FuIFwiJGZcIiAyPiYxKTsgdGhlbiByYz0wOyBlbHNlIHJjPSQ/OyBmaVxuICAgIHNpZz0kKHByaW50ZiAnJXNcXG4nIFwiJG91dFwiIHwgc2VkIC1uICdzL14uKjogXFwoW14gXSpcXCkgRk9VTkQkL1xcMS9wJyB8IHRhaWwgLW4gMSlcbiAgICBjYXNlICRyYzokc2lnIGluXG4gICAgICAwOiopIDs7XG4gICAgICAxOkhldXJpc3RpY3MuRW5jcnlwdGVkLip8MTpIZXVyaXN0aWNzLkxpbWl0cy4qKSBxdWFyYW50aW5lIFwiJGhvbGRlclwiIFwiJHZvbFwiIFwiJGZcIiBcIiRyZWxcIiBVTlNDQU5OQUJMRSBcIiRzaWdcIiBcIiR0XCI7IGNvbnRpbnVlIDs7XG4gICAgICAxOikgcXVhcmFudGluZSBcIiRob2xkZXJcIiBcIiR2b2xcIiBcIiRmXCIgXCIkcmVsXCIgSU5GRUNURUQgdW5rbm93bi1zaWduYXR1cmUgXCIkdFwiOyBjb250aW51ZSA7O1xuICAgICAgMToqKSBxdWFyYW50aW5lIFwiJGhvbGRlclwiIFwiJHZvbFwiIFwiJGZcIiBcIiRyZWxcIiBJTkZFQ1RFRCBcIiRzaWdcIiBcIiR0XCI7IGNvbnRpbnVlIDs7XG4gICAgICAqKSBwcmludGYgJyVzXFxuJyBcIiRvdXRcIiA+JjI7IHF1YXJhbnRpbmUgXCIkaG9sZGVyXCIgXCIkdm9sXCIgXCIkZlwiIFwiJHJlbFwiIFVOU0NBTk5BQkxFIFwic2Nhbm5lci1lcnJvci0kcmNcIiBcIiR0XCI7IGNvbnRpbnVlIDs7XG4gICAgZXNhY1xuICAgIGRlc3Q9XCIkcGFydGlhbC8kaG9sZGVyLyRyZWxcIlxuICAgIG1rZGlyIC1wIFwiJChkaXJuYW1lIFwiJGRlc3RcIilcIlxuICAgIGNwIC0tIFwiJGZcIiBcIiRkZXN0XCJcbiAgICBoPSQoaGFzaF9vZiBcIiRkZXN0XCIpXG4gICAgWyBcIiRoXCIgPSBcIiQoaGFzaF9vZiBcIiRmXCIpXCIgXSB8fCBkaWUgXCIkaG9sZGVyLyRyZWw6IHRoZSBjb3B5IGluIHJhdyBkaWZmZXJzIGZyb20gdGhlIHVwbG9hZFwiXG4gICAgcHJpbnRmICclcy8lc1xcdCVzXFx0JXNcXHQlc1xcdENMRUFOXFx0LVxcdCVzXFxuJyBcIiRob2xkZXJcIiBcIiRyZWxcIiBcIiQoc2l6ZV9vZiBcIiRkZXN0XCIpXCIgXCIkaFwiIFwiJGhvbGRlclwiIFwiJHRcIiA+PiBcIiRwYXJ0aWFsLy5tYW5pZmVzdFwiXG4gIGRvbmVcbn1cblxuY29uc29saWRhdGUoKSB7XG4gIHJhdz0kMTsgc2hpZnRcbiAgY2FzZSAkcmF3IGluIC8qKSA7OyAqKSBkaWUgXCJSQVcgbXVzdCBiZSBhbiBhYnNvbHV0ZSBwYXRoOiAkcmF3XCIgOzsgZXNhY1xuICBbIC1kIFwiJHJhd1wiIF0gfHwgZGllIFwibm8gcmF3IHZvbHVtZSBhdCAkcmF3XCJcbiAgZmluYWw9XCIkcmF3L2luZ3Jlc3NcIjsgcGFydGlhbD1cIiRyYXcvLmluZ3Jlc3MucGFydGlhbFwiXG4gIGlmIFsgLWYgXCIkZmluYWwvTUFOSUZFU1QudHN2XCIgXTsgdGhlbiBsb2cgXCIkZmluYWwgaXMgY29uc29saWRhdGVkIGFscmVhZHk7IG5vdGhpbmcgdG8gZG9cIjsgcmV0dXJuIDA7IGZpXG4gIFsgISAtZSBcIiRmaW5hbFwiIF0gfHwgZGllIFwiJGZpbmFsIGV4aXN0cyB3aXRob3V0IGEgbWFuaWZlc3Q6IG1vdmUgaXQgYXdheSBhbmQgcnVuIGFnYWluXCJcbiAgZm9yIHNwZWMgaW4gXCIkQFwiOyBkb1xuICAgIGNhc2UgJHNwZWMgaW5cbiAgICAgIFthLXpdKj0vKikgOztcbiAgICAgICopIGRpZSBcImV4cGVjdGVkIEhPTERFUj0vYWJzb2x1dGUvdXBsb2FkL3ZvbHVtZSwgZ290OiAkc3BlY1wiIDs7XG4gICAgZXNhY1xuICAgIGNhc2UgJHsnJCd9e3NwZWMlJT0qfSBpbiAqWyFhLXowLTktXSopIGRpZSBcImludmFsaWQgZGF0YSBob2xkZXIgaWQ6ICR7JyQnfXtzcGVjJSU9Kn1cIiA7OyBlc2FjXG4gICAgWyAtZCBcIiR7JyQnfXtzcGVjIyo9fVwiIF0gfHwgZGllIFwibm8gdXBsb2FkIHZvbHVtZSBhdCAkeyckJ317c3BlYyMqPX1cIlxuICBkb25lXG4gIHByZWZsaWdodFxuICAjIFdoYXQgYSBmYWlsZWQgcnVuIGxlZnQgYmVoaW5kIGluIHJhdyBpcyByZWJ1aWx0IGZyb20gdGhlIHVwbG9hZHMsIHdoaWNoIGl0IG5ldmVyIGNoYW5nZWQuXG4gIGlmIFsgLWUgXCIkcGFydGlhbFwiIF07IHRoZW4gY2htb2QgLVIgdSt3IFwiJHBhcnRpYWxcIjsgcm0gLXJmIFwiJHBhcnRpYWxcIjsgZmlcbiAgbWtkaXIgLXAgXCIkcGFydGlhbFwiXG4gIDogPiBcIiRwYXJ0aWFsLy5tYW5pZmVzdFwiXG4gIGZvciBzcGVjIGluIFwiJEBcIjsgZG9cbiAgICBob2xkZXI9JHsnJCd9e3NwZWMlJT0qfTsgdm9sPSR7JyQnfXtzcGVjIyo9fVxuICAgIG1rZGlyIC1wIFwiJHBhcnRpYWwvJGhvbGRlclwiXG4gICAgaWYgWyAtZCBcIiR2b2wvaW5jb21pbmdcIiBdOyB0aGVuXG4gICAgICBmaW5kIFwiJHZvbC9pbmNvbWluZ1wiICEgLXR5cGUgZCAtZXhlYyBzaCBcIiQwXCIgZmlsZXMgXCIkaG9sZGVyXCIgXCIkdm9sXCIgXCIkcGFydGlhbFwiIHt9ICtcbiAgICBlbHNlXG4gICAgICBsb2cgXCIkaG9sZGVyOiBubyBpbmNvbWluZyBmb2xkZXIsIG5vdGhpbmcgdXBsb2FkZWRcIlxuICAgIGZpXG4gIGRvbmVcbiAgaGVhZGVyPSQocHJpbnRmICdwYXRoXFx0c2l6ZVxcdHNoYTI1NlxcdGhvbGRlclxcdHZlcmRpY3RcXHRkZXRhaWxcXHRzY2FubmVkX2F0JylcbiAgeyBwcmludGYgJyVzXFxuJyBcIiRoZWFkZXJcIjsgTENfQUxMPUMgc29ydCBcIiRwYXJ0aWFsLy5tYW5pZmVzdFwiOyB9ID4gXCIkcGFydGlhbC9NQU5JRkVTVC50c3ZcIlxuICBybSAtZiBcIiRwYXJ0aWFsLy5tYW5pZmVzdFwiXG4gICMgRXZlcnkgcXVhcmFudGluZSByZWNvcmQgd2hvc2UgZmlsZSBpcyBpbiBxdWFyYW50aW5lICh0aGUgbGFzdCByZWNvcmQgb2YgYSBwYXRoIHdpbnMpLlxuICB7IHByaW50ZiAnJXNcXG4nIFwiJGhlYWRlclwiXG4gICAgZm9yIHNwZWMgaW4gXCIkQFwiOyBkb1xuICAgICAgaG9sZGVyPSR7JyQnfXtzcGVjJSU9Kn07IHZvbD0keyckJ317c3BlYyMqPX1cbiAgICAgIFsgLWYgXCIkdm9sL3F1YXJhbnRpbmUvcmVjb3Jkcy50c3ZcIiBdIHx8IGNvbnRpbnVlXG4gICAgICBhd2sgLUYgJ1xcdCcgJ3sgbGFzdFskMV0gPSAkMCB9IEVORCB7IGZvciAocCBpbiBsYXN0KSBwcmludCBsYXN0W3BdIH0nIFwiJHZvbC9xdWFyYW50aW5lL3JlY29yZHMudHN2XCIgfFxuICAgICAgICB3aGlsZSBJRlM9IHJlYWQgLXIgbGluZTsgZG9cbiAgICAgICAgICBwPSR7JyQnfXtsaW5lJSVcIiQocHJpbnRmICdcXHQnKVwiKn1cbiAgICAgICAgICBbIC1lIFwiJHZvbC9xdWFyYW50aW5lL2ZpbGVzLyR7JyQnfXtwI1wiJGhvbGRlci9cIn1cIiBdICYmIHByaW50ZiAnJXNcXG4nIFwiJGxpbmVcIlxuICAgICAgICBkb25lIHwgTENfQUxMPUMgc29ydFxuICAgIGRvbmVcbiAgfSA+IFwiJHBhcnRpYWwvUVVBUkFOVElORS50c3ZcIlxuICBhd2sgLUYgJ1xcdCcgJ05SID4gMSB7IHByaW50ICQzIFwiICBcIiAkMSB9JyBcIiRwYXJ0aWFsL01BTklGRVNULnRzdlwiID4gXCIkcGFydGlhbC9TSEEyNTZTVU1TXCJcbiAgZmluZCBcIiRwYXJ0aWFsXCIgLXR5cGUgZiAtZXhlYyBjaG1vZCAwNDQ0IHt9ICtcbiAgZmluZCBcIiRwYXJ0aWFsXCIgLXR5cGUgZCAtZXhlYyBjaG1vZCAwNTU1IHt9ICtcbiAgc3luY1xuICBtdiBcIiRwYXJ0aWFsXCIgXCIkZmluYWxcIlxuICBjaG1vZCAwNTU1IFwiJHJhd1wiXG4gIHN5bmNcbiAgbG9nIFwiY29uc29saWRhdGVkICQoKCQod2MgLWwgPCBcIiRmaW5hbC9NQU5JRkVTVC50c3ZcIikgLSAxKSkgY2xlYW4gZmlsZShzKSBpbnRvICRmaW5hbDsgJCgoJCh3YyAtbCA8IFwiJGZpbmFsL1FVQVJBTlRJTkUudHN2XCIpIC0gMSkpIHF1YXJhbnRpbmVkXCJcbn1cblxudmVyaWZ5KCkge1xuICBmaW5hbD1cIiQxL2luZ3Jlc3NcIlxuICBbIC1mIFwiJGZpbmFsL01BTklGRVNULnRzdlwiIF0gfHwgZGllIFwiJGZpbmFsIGhhcyBubyBtYW5pZmVzdDogbm90IGNvbnNvbGlkYXRlZFwiXG4gIChjZCBcIiRmaW5hbFwiICYmIHNoYTI1NnN1bSAtLXF1aWV0IC0tc3RyaWN0IC1jIFNIQTI1NlNVTVMpIHx8IGRpZSBcImEgZmlsZSBpbiAkZmluYWwgZG9lcyBub3QgbWF0Y2ggaXRzIG1hbmlmZXN0XCJcbiAgbGlzdGVkPSQoKCQod2MgLWwgPCBcIiRmaW5hbC9NQU5JRkVTVC50c3ZcIikgLSAxKSlcbiAgcHJlc2VudD0kKGZpbmQgXCIkZmluYWxcIiAtdHlwZSBmICEgLXBhdGggXCIkZmluYWwvTUFOSUZFU1QudHN2XCIgISAtcGF0aCBcIiRmaW5hbC9RVUFSQU5USU5FLnRzdlwiICEgLXBhdGggXCIkZmluYWwvU0hBMjU2U1VNU1wiIHwgd2MgLWwpXG4gIFsgXCIkbGlzdGVkXCIgPSBcIiRwcmVzZW50XCIgXSB8fCBkaWUgXCIkZmluYWwgaG9sZHMgJHByZXNlbnQgZmlsZShzKSwgaXRzIG1hbmlmZXN0IGxpc3RzICRsaXN0ZWRcIlxuICB3cml0YWJsZT0kKGZpbmQgXCIkZmluYWxcIiAtcGVybSAvMjIyIHwgaGVhZCAtbiAxKVxuICBbIC16IFwiJHdyaXRhYmxlXCIgXSB8fCBkaWUgXCIkd3JpdGFibGUgaXMgd3JpdGFibGVcIlxuICBsb2cgXCIkZmluYWw6ICRsaXN0ZWQgZmlsZShzKSBtYXRjaCB0aGUgbWFuaWZlc3QsIGFsbCByZWFkLW9ubHlcIlxufVxuXG5jbWQ9JHsnJCd9ezE6LX1cblsgJCMgLWd0IDAgXSAmJiBzaGlmdFxuY2FzZSAkY21kIGluXG4gIGNvbnNvbGlkYXRlKSBbICQjIC1nZSAyIF0gfHwgZGllIFwidXNhZ2U6IHJ3cy1pbmdyZXNzIGNvbnNvbGlkYXRlIFJBVyBIT0xERVI9VVBMT0FEX1ZPTFVNRS4uLlwiOyBjb25zb2xpZGF0ZSBcIiRAXCIgOztcbiAgdmVyaWZ5KSBbICQjIC1lcSAxIF0gfHwgZGllIFwidXNhZ2U6IHJ3cy1pbmdyZXNzIHZlcmlmeSBSQVdcIjsgdmVyaWZ5IFwiJDFcIiA7O1xuICBmaWxlcykgZmlsZXMgXCIkQFwiIDs7XG4gICopIGRpZSBcInVzYWdlOiByd3MtaW5ncmVzcyBjb25zb2xpZGF0ZSBSQVcgSE9MREVSPVVQTE9BRF9WT0xVTUUuLi4gfCByd3MtaW5ncmVzcyB2ZXJpZnkgUkFXXCIgOztcbmVzYWNcbmA7XG5cbmNvbnN0IFMzX1NDUklQVCA9IFN0cmluZy5yYXdgIyByd3MtaW5ncmVzcyBmb3IgUzM6IGNvbnNvbGlkYXRlcyB0aGUgdXBsb2FkcyBHdWFyZER1dHkgTWFsd2FyZSBQcm90ZWN0aW9uIHRhZ2dlZCBjbGVhbiBpbnRvIHRoZVxuIyByYXcgYnVja2V0LCB3aXRoIGEgbWFuaWZlc3QuIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlczsgZG8gbm90IGVkaXQuXG5pbXBvcnQgZGF0ZXRpbWVcbmltcG9ydCBoYXNobGliXG5pbXBvcnQgc3lzXG5cbmltcG9ydCBib3RvM1xuXG5UQUcgPSAnR3VhcmREdXR5TWFsd2FyZVNjYW5TdGF0dXMnXG5WRVJESUNUUyA9IHsnTk9fVEhSRUFUU19GT1VORCc6ICdDTEVBTicsICdUSFJFQVRTX0ZPVU5EJzogJ0lORkVDVEVEJywgJ1VOU1VQUE9SVEVEJzogJ1VOU0NBTk5BQkxFJywgJ0FDQ0VTU19ERU5JRUQnOiAnVU5TQ0FOTkFCTEUnLCAnRkFJTEVEJzogJ1VOU0NBTk5BQkxFJ31cbkhFQURFUiA9ICdwYXRoXFx0c2l6ZVxcdHNoYTI1NlxcdGhvbGRlclxcdHZlcmRpY3RcXHRkZXRhaWxcXHRzY2FubmVkX2F0XFxuJ1xuUFJFRklYID0gJ2luY29taW5nLydcbk9VVCA9ICdpbmdyZXNzLydcblxuXG5jbGFzcyBIYXNoaW5nOlxuICAgIFwiXCJcIkEgcmVhZGVyIHRoYXQgaGFzaGVzIGFuZCBjb3VudHMgd2hhdCBwYXNzZXMgdGhyb3VnaCBpdC5cIlwiXCJcblxuICAgIGRlZiBfX2luaXRfXyhzZWxmLCBib2R5KTpcbiAgICAgICAgc2VsZi5ib2R5LCBzZWxmLmRpZ2VzdCwgc2VsZi5zaXplID0gYm9keSwgaGFzaGxpYi5zaGEyNTYoKSwgMFxuXG4gICAgZGVmIHJlYWQoc2VsZiwgbj0tMSk6XG4gICAgICAgIGNodW5rID0gc2VsZi5ib2R5LnJlYWQoKSBpZiBuIGlzIE5vbmUgb3IgbiA8IDAgZWxzZSBzZWxmLmJvZHkucmVhZChuKVxuICAgICAgICBzZWxmLmRpZ2VzdC51cGRhdGUoY2h1bmspXG4gICAgICAgIHNlbGYuc2l6ZSArPSBsZW4oY2h1bmspXG4gICAgICAgIHJldHVybiBjaHVua1xuXG5cbmRlZiBjb25zb2xpZGF0ZShzMywgcmF3LCB1cGxvYWRzKTpcbiAgICB0cnk6XG4gICAgICAgIHMzLmhlYWRfb2JqZWN0KEJ1Y2tldD1yYXcsIEtleT1PVVQgKyAnTUFOSUZFU1QudHN2JylcbiAgICAgICAgcmV0dXJuIHsnc3RhdHVzJzogJ2NvbnNvbGlkYXRlZCBhbHJlYWR5J31cbiAgICBleGNlcHQgczMuZXhjZXB0aW9ucy5DbGllbnRFcnJvciBhcyBlOlxuICAgICAgICBpZiBlLnJlc3BvbnNlWydFcnJvciddWydDb2RlJ10gbm90IGluICgnNDA0JywgJ05vU3VjaEtleScsICdOb3RGb3VuZCcpOlxuICAgICAgICAgICAgcmFpc2VcbiAgICBmb3VuZCA9IFtdXG4gICAgZm9yIGhvbGRlciBpbiBzb3J0ZWQodXBsb2Fkcyk6XG4gICAgICAgIGJ1Y2tldCA9IHVwbG9hZHNbaG9sZGVyXVxuICAgICAgICBmb3IgcGFnZSBpbiBzMy5nZXRfcGFnaW5hdG9yKCdsaXN0X29iamVjdHNfdjInKS5wYWdpbmF0ZShCdWNrZXQ9YnVja2V0LCBQcmVmaXg9UFJFRklYKTpcbiAgICAgICAgICAgIGZvciBvIGluIHBhZ2UuZ2V0KCdDb250ZW50cycsIFtdKTpcbiAgICAgICAgICAgICAgICBrZXkgPSBvWydLZXknXVxuICAgICAgICAgICAgICAgIGlmIGtleS5lbmRzd2l0aCgnLycpOlxuICAgICAgICAgICAgICAgICAgICBjb250aW51ZVxuICAgICAgICAgICAgICAgIHJlbCA9IGtleVtsZW4oUFJFRklYKTpdXG4gICAgICAgICAgICAgICAgaWYgYW55KG9yZChjKSA8IDMyIG9yIG9yZChjKSA9PSAxMjcgZm9yIGMgaW4gcmVsKTpcbiAgICAgICAgICAgICAgICAgICAgZm91bmQuYXBwZW5kKChob2xkZXIsIGJ1Y2tldCwga2V5LCBvWydTaXplJ10sIHJlbC5lbmNvZGUoJ3VuaWNvZGVfZXNjYXBlJykuZGVjb2RlKCksICdVTlNDQU5OQUJMRScsICduYW1lLWhhcy1jb250cm9sLWNoYXJhY3RlcnMnKSlcbiAgICAgICAgICAgICAgICAgICAgY29udGludWVcbiAgICAgICAgICAgICAgICB0YWdzID0ge3RbJ0tleSddOiB0WydWYWx1ZSddIGZvciB0IGluIHMzLmdldF9vYmplY3RfdGFnZ2luZyhCdWNrZXQ9YnVja2V0LCBLZXk9a2V5KVsnVGFnU2V0J119XG4gICAgICAgICAgICAgICAgc3RhdHVzID0gdGFncy5nZXQoVEFHKVxuICAgICAgICAgICAgICAgIGlmIHN0YXR1cyBpcyBOb25lOlxuICAgICAgICAgICAgICAgICAgICByYWlzZSBSdW50aW1lRXJyb3IoJyVzLyVzIGlzIG5vdCBzY2FubmVkIHlldCAobm8gJXMgdGFnKTogbm90aGluZyB3YXMgd3JpdHRlbjsgcnVuIGFnYWluIGxhdGVyJyAlIChob2xkZXIsIHJlbCwgVEFHKSlcbiAgICAgICAgICAgICAgICB2ZXJkaWN0ID0gVkVSRElDVFMuZ2V0KHN0YXR1cywgJ1VOU0NBTk5BQkxFJylcbiAgICAgICAgICAgICAgICBmb3VuZC5hcHBlbmQoKGhvbGRlciwgYnVja2V0LCBrZXksIG9bJ1NpemUnXSwgcmVsLCB2ZXJkaWN0LCAnLScgaWYgdmVyZGljdCA9PSAnQ0xFQU4nIGVsc2Ugc3RhdHVzKSlcbiAgICBub3cgPSBkYXRldGltZS5kYXRldGltZS5ub3coZGF0ZXRpbWUudGltZXpvbmUudXRjKS5zdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JVNaJylcbiAgICBtYW5pZmVzdCwgaGVsZCA9IFtdLCBbXVxuICAgIGZvciBob2xkZXIsIGJ1Y2tldCwga2V5LCBsaXN0ZWRfc2l6ZSwgcmVsLCB2ZXJkaWN0LCBkZXRhaWwgaW4gZm91bmQ6XG4gICAgICAgIGlmIHZlcmRpY3QgIT0gJ0NMRUFOJzpcbiAgICAgICAgICAgICMgTm9ib2R5IGNhbiByZWFkIGEgaGVsZC1iYWNrIG9iamVjdCAodGhlIGJ1Y2tldCBwb2xpY3kpLCBzbyBpdCBoYXMgbm8gaGFzaCBoZXJlOiAnLScuXG4gICAgICAgICAgICBoZWxkLmFwcGVuZCgnJXMvJXNcXHQlZFxcdC1cXHQlc1xcdCVzXFx0JXNcXHQlc1xcbicgJSAoaG9sZGVyLCByZWwsIGxpc3RlZF9zaXplLCBob2xkZXIsIHZlcmRpY3QsIGRldGFpbCwgbm93KSlcbiAgICAgICAgICAgIGNvbnRpbnVlXG4gICAgICAgICMgU3RyZWFtZWQgdGhyb3VnaCBvbmNlOiB0aGUgaGFzaCBpcyBvZiBleGFjdGx5IHRoZSBieXRlcyB3cml0dGVuIHRvIHJhdy4gcmF3IGlzIGxvY2tlZFxuICAgICAgICAjIChTMyBPYmplY3QgTG9jayksIGFuZCBTMyByZWZ1c2VzIHdyaXRlcyBpbnRvIGl0IHRoYXQgY2Fycnkgbm8gY2hlY2tzdW0uXG4gICAgICAgIGJvZHkgPSBIYXNoaW5nKHMzLmdldF9vYmplY3QoQnVja2V0PWJ1Y2tldCwgS2V5PWtleSlbJ0JvZHknXSlcbiAgICAgICAgczMudXBsb2FkX2ZpbGVvYmooYm9keSwgcmF3LCBPVVQgKyBob2xkZXIgKyAnLycgKyByZWwsIEV4dHJhQXJncz17J1NlcnZlclNpZGVFbmNyeXB0aW9uJzogJ2F3czprbXMnLCAnQ2hlY2tzdW1BbGdvcml0aG0nOiAnU0hBMjU2J30pXG4gICAgICAgIHNoYSwgc2l6ZSA9IGJvZHkuZGlnZXN0LmhleGRpZ2VzdCgpLCBib2R5LnNpemVcbiAgICAgICAgbWFuaWZlc3QuYXBwZW5kKCclcy8lc1xcdCVkXFx0JXNcXHQlc1xcdENMRUFOXFx0LVxcdCVzXFxuJyAlIChob2xkZXIsIHJlbCwgc2l6ZSwgc2hhLCBob2xkZXIsIG5vdykpXG4gICAgbWFuaWZlc3Quc29ydCgpXG4gICAgaGVsZC5zb3J0KClcbiAgICBwdXQgPSBsYW1iZGEgbmFtZSwgdGV4dDogczMucHV0X29iamVjdChCdWNrZXQ9cmF3LCBLZXk9T1VUICsgbmFtZSwgQm9keT10ZXh0LmVuY29kZSgpLCBTZXJ2ZXJTaWRlRW5jcnlwdGlvbj0nYXdzOmttcycsXG4gICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgQ2hlY2tzdW1BbGdvcml0aG09J1NIQTI1NicpXG4gICAgcHV0KCdRVUFSQU5USU5FLnRzdicsIEhFQURFUiArICcnLmpvaW4oaGVsZCkpXG4gICAgcHV0KCdTSEEyNTZTVU1TJywgJycuam9pbignJXMgICVzXFxuJyAlIChsaW5lLnNwbGl0KCdcXHQnKVsyXSwgbGluZS5zcGxpdCgnXFx0JylbMF0pIGZvciBsaW5lIGluIG1hbmlmZXN0KSlcbiAgICBwdXQoJ01BTklGRVNULnRzdicsIEhFQURFUiArICcnLmpvaW4obWFuaWZlc3QpKVxuICAgIHJldHVybiB7J3N0YXR1cyc6ICdjb25zb2xpZGF0ZWQnLCAnY2xlYW4nOiBsZW4obWFuaWZlc3QpLCAncXVhcmFudGluZWQnOiBsZW4oaGVsZCl9XG5cblxuZGVmIGhhbmRsZXIoZXZlbnRzLCBjb250ZXh0KTpcbiAgICByZXR1cm4gY29uc29saWRhdGUoYm90bzMuY2xpZW50KCdzMycpLCBldmVudHNbJ1Jhd0J1Y2tldCddLCBkaWN0KGV2ZW50c1snVXBsb2FkcyddKSlcblxuXG5pZiBfX25hbWVfXyA9PSAnX19tYWluX18nOlxuICAgIHVwbG9hZHMgPSBkaWN0KGEuc3BsaXQoJz0nLCAxKSBmb3IgYSBpbiBzeXMuYXJndlsyOl0pXG4gICAgcHJpbnQoY29uc29saWRhdGUoYm90bzMuY2xpZW50KCdzMycpLCBzeXMuYXJndlsxXSwgdXBsb2FkcykpXG5gO1xuXG5jb25zdCBTM19TQ0FOTkVSID0gU3RyaW5nLnJhd2AjIHJ3cy1pbmdyZXNzLXNjYW4gZm9yIFMzOiBzY2FucyBuZXcgdXBsb2FkcyB3aXRoIENsYW1BViBhbmQgdGFncyBlYWNoIHdpdGggdGhlIHJlc3VsdCwgdW5kZXIgdGhlXG4jIHRhZyBHdWFyZER1dHkgTWFsd2FyZSBQcm90ZWN0aW9uIHVzZXMuIEdlbmVyYXRlZCBieSBjZGstcmVzZWFyY2gtd29ya3NwYWNlczsgZG8gbm90IGVkaXQuXG4jIEl0IG5ldmVyIGRlbGV0ZXMgYW4gb2JqZWN0IGFuZCBuZXZlciBjaGFuZ2VzIG9uZSdzIGNvbnRlbnQ6IGl0IHJlYWRzLCBzY2FucywgYW5kIHRhZ3MuXG5pbXBvcnQganNvblxuaW1wb3J0IG9zXG5pbXBvcnQgcmVcbmltcG9ydCBzaHV0aWxcbmltcG9ydCBzdWJwcm9jZXNzXG5pbXBvcnQgc3lzXG5pbXBvcnQgdGVtcGZpbGVcbmltcG9ydCB1cmxsaWIucGFyc2VcblxuaW1wb3J0IGJvdG8zXG5cblRBRyA9ICdHdWFyZER1dHlNYWx3YXJlU2NhblN0YXR1cydcblBSRUZJWCA9ICdpbmNvbWluZy8nXG5NQVhfTUlCID0gaW50KG9zLmVudmlyb24uZ2V0KCdSV1NfTUFYX0ZJTEVfTUlCJywgJzQwMDAnKSlcblJFQURZID0ge31cblxuXG5kZWYgc2NhbihwYXRoKTpcbiAgICBcIlwiXCIoc3RhdHVzLCBkZXRhaWwpIG9mIG9uZSBmaWxlOiBOT19USFJFQVRTX0ZPVU5ELCBUSFJFQVRTX0ZPVU5ELCBVTlNVUFBPUlRFRCBvciBGQUlMRUQuXCJcIlwiXG4gICAgbGltaXQgPSAnJWRNJyAlIE1BWF9NSUJcbiAgICBpZiBvcy5lbnZpcm9uLmdldCgnUldTX1NDQU5ORVInLCAnY2xhbXNjYW4nKSA9PSAnY2xhbWRzY2FuJzpcbiAgICAgICAgY21kID0gWydjbGFtZHNjYW4nLCAnLS1uby1zdW1tYXJ5JywgJy0tc3Rkb3V0JywgJy0tZmRwYXNzJ11cbiAgICAgICAgaWYgb3MuZW52aXJvbi5nZXQoJ1JXU19DTEFNRF9DT05GJyk6XG4gICAgICAgICAgICBjbWQuYXBwZW5kKCctLWNvbmZpZy1maWxlPScgKyBvcy5lbnZpcm9uWydSV1NfQ0xBTURfQ09ORiddKVxuICAgIGVsc2U6XG4gICAgICAgIGNtZCA9IFsnY2xhbXNjYW4nLCAnLS1uby1zdW1tYXJ5JywgJy0tc3Rkb3V0JywgJy0tYWxlcnQtZW5jcnlwdGVkPXllcycsICctLWFsZXJ0LWV4Y2VlZHMtbWF4PXllcycsXG4gICAgICAgICAgICAgICAnLS1tYXgtZmlsZXNpemU9JyArIGxpbWl0LCAnLS1tYXgtc2NhbnNpemU9JyArIGxpbWl0XVxuICAgICAgICBpZiBSRUFEWS5nZXQoJ2RhdGFiYXNlJyk6XG4gICAgICAgICAgICBjbWQuYXBwZW5kKCctLWRhdGFiYXNlPScgKyBSRUFEWVsnZGF0YWJhc2UnXSlcbiAgICByID0gc3VicHJvY2Vzcy5ydW4oY21kICsgWyctLScsIHBhdGhdLCBjYXB0dXJlX291dHB1dD1UcnVlLCB0ZXh0PVRydWUsIHRpbWVvdXQ9ODQwKVxuICAgIGZvdW5kID0gW2xpbmUucnNwbGl0KCcgJywgMilbLTJdIGZvciBsaW5lIGluIHIuc3Rkb3V0LnNwbGl0bGluZXMoKSBpZiBsaW5lLmVuZHN3aXRoKCcgRk9VTkQnKV1cbiAgICBzaWcgPSBmb3VuZFstMV0gaWYgZm91bmQgZWxzZSAndW5rbm93bi1zaWduYXR1cmUnXG4gICAgaWYgci5yZXR1cm5jb2RlID09IDA6XG4gICAgICAgIHJldHVybiAnTk9fVEhSRUFUU19GT1VORCcsICctJ1xuICAgIGlmIHIucmV0dXJuY29kZSA9PSAxIGFuZCAoc2lnLnN0YXJ0c3dpdGgoJ0hldXJpc3RpY3MuRW5jcnlwdGVkLicpIG9yIHNpZy5zdGFydHN3aXRoKCdIZXVyaXN0aWNzLkxpbWl0cy4nKSk6XG4gICAgICAgIHJldHVybiAnVU5TVVBQT1JURUQnLCBzaWdcbiAgICBpZiByLnJldHVybmNvZGUgPT0gMTpcbiAgICAgICAgcmV0dXJuICdUSFJFQVRTX0ZPVU5EJywgc2lnXG4gICAgcmV0dXJuICdGQUlMRUQnLCAnc2Nhbm5lci1lcnJvci0lZDogJXMnICUgKHIucmV0dXJuY29kZSwgKHIuc3RkZXJyIG9yIHIuc3Rkb3V0KS5zdHJpcCgpWy0zMDA6XSlcblxuXG5kZWYgcHJlcGFyZSgpOlxuICAgIFwiXCJcIk9uY2UgcGVyIHByb2Nlc3M6IHNpZ25hdHVyZXMgZnJvbSB0aGUgbWlycm9yIChpZiBuYW1lZCksIHRoZW4gYSBzY2FubmVyIHRoYXQgZmluZHMgRUlDQVIuXCJcIlwiXG4gICAgaWYgUkVBRFkuZ2V0KCdkb25lJyk6XG4gICAgICAgIHJldHVyblxuICAgIGRhdGFiYXNlID0gb3MuZW52aXJvbi5nZXQoJ1JXU19DTEFNX0RBVEFCQVNFJywgJy92YXIvbGliL2NsYW1hdicpXG4gICAgY29uZiA9IG9zLmVudmlyb24uZ2V0KCdSV1NfRlJFU0hDTEFNX0NPTkYnKVxuICAgIGlmIGNvbmY6XG4gICAgICAgICMgVGhlIGltYWdlJ3Mgc2lnbmF0dXJlcyBhcmUgcmVhZC1vbmx5OiByZWZyZXNoIGEgcHJpdmF0ZSBjb3B5IGluIC90bXAgZnJvbSB0aGUgbWlycm9yLlxuICAgICAgICB3b3JrID0gdGVtcGZpbGUubWtkdGVtcChwcmVmaXg9J3J3cy1jbGFtYXYtJylcbiAgICAgICAgY29weSA9IG9zLnBhdGguam9pbih3b3JrLCAnZGInKVxuICAgICAgICBzaHV0aWwuY29weXRyZWUoZGF0YWJhc2UsIGNvcHkpXG4gICAgICAgIHdpdGggb3Blbihvcy5wYXRoLmpvaW4od29yaywgJ2ZyZXNoY2xhbS5jb25mJyksICd3JykgYXMgZjpcbiAgICAgICAgICAgIGYud3JpdGUocmUuc3ViKHInKD9tKV5EYXRhYmFzZURpcmVjdG9yeSAuKiQnLCAnRGF0YWJhc2VEaXJlY3RvcnkgJyArIGNvcHksIGNvbmYpKVxuICAgICAgICByID0gc3VicHJvY2Vzcy5ydW4oWydmcmVzaGNsYW0nLCAnLS1jb25maWctZmlsZT0nICsgb3MucGF0aC5qb2luKHdvcmssICdmcmVzaGNsYW0uY29uZicpXSwgY2FwdHVyZV9vdXRwdXQ9VHJ1ZSwgdGV4dD1UcnVlLCB0aW1lb3V0PTYwMClcbiAgICAgICAgaWYgci5yZXR1cm5jb2RlICE9IDA6XG4gICAgICAgICAgICBwcmludCgncndzLWluZ3Jlc3Mtc2NhbjogdGhlIHNpZ25hdHVyZSBtaXJyb3IgY291bGQgbm90IGJlIHVzZWQgKGZyZXNoY2xhbSAlZCksIHNjYW5uaW5nIHdpdGggdGhlIGltYWdlXFwncyBzaWduYXR1cmVzOiAlcydcbiAgICAgICAgICAgICAgICAgICUgKHIucmV0dXJuY29kZSwgKHIuc3RkZXJyIG9yIHIuc3Rkb3V0KS5zdHJpcCgpWy0zMDA6XSksIGZpbGU9c3lzLnN0ZGVycilcbiAgICAgICAgZGF0YWJhc2UgPSBjb3B5XG4gICAgUkVBRFlbJ2RhdGFiYXNlJ10gPSBkYXRhYmFzZVxuICAgIHQgPSB0ZW1wZmlsZS5ta2R0ZW1wKHByZWZpeD0ncndzLXByZWZsaWdodC0nKVxuICAgIHRyeTpcbiAgICAgICAgIyBXcml0dGVuIGluIHR3byBoYWx2ZXMgc28gdGhhdCB0aGlzIHNjcmlwdCBpdHNlbGYgaXMgbm90IHRoZSB0ZXN0IGZpbGUuXG4gICAgICAgIHdpdGggb3Blbihvcy5wYXRoLmpvaW4odCwgJ2VpY2FyLmNvbScpLCAndycpIGFzIGY6XG4gICAgICAgICAgICBmLndyaXRlKCdYNU8hUCVAQVBbNFxcXFxQWlg1NChQXik3Q0MpN30kRUlDQVInICsgJy1TVEFOREFSRC1BTlRJVklSVVMtVEVTVC1GSUxFISRIK0gqJylcbiAgICAgICAgb3Blbihvcy5wYXRoLmpvaW4odCwgJ2VtcHR5JyksICd3JykuY2xvc2UoKVxuICAgICAgICBlbXB0eSwgZWljYXIgPSBzY2FuKG9zLnBhdGguam9pbih0LCAnZW1wdHknKSlbMF0sIHNjYW4ob3MucGF0aC5qb2luKHQsICdlaWNhci5jb20nKSlbMF1cbiAgICBmaW5hbGx5OlxuICAgICAgICBzaHV0aWwucm10cmVlKHQsIGlnbm9yZV9lcnJvcnM9VHJ1ZSlcbiAgICBpZiBlbXB0eSAhPSAnTk9fVEhSRUFUU19GT1VORCcgb3IgZWljYXIgIT0gJ1RIUkVBVFNfRk9VTkQnOlxuICAgICAgICAjIE5vdGhpbmcgaXMgdGFnZ2VkOiB0aGUgbWVzc2FnZXMgcmV0dXJuIHRvIHRoZSBxdWV1ZSwgYW5kIG5vYm9keSBjYW4gcmVhZCB0aGUgdXBsb2Fkcy5cbiAgICAgICAgcmFpc2UgUnVudGltZUVycm9yKCd0aGUgc2Nhbm5lciBkb2VzIG5vdCB3b3JrIChlbXB0eSBmaWxlOiAlcywgRUlDQVIgdGVzdCBzdHJpbmc6ICVzKTogc2lnbmF0dXJlcyBtaXNzaW5nPyBOb3RoaW5nIHdhcyB0YWdnZWQuJyAlIChlbXB0eSwgZWljYXIpKVxuICAgIFJFQURZWydkb25lJ10gPSBUcnVlXG5cblxuZGVmIG9iamVjdHMoZXZlbnQpOlxuICAgIFwiXCJcIihidWNrZXQsIGtleSkgb2YgZXZlcnkgb2JqZWN0IGEgbWVzc2FnZSBuYW1lczogUzMgbm90aWZpY2F0aW9ucywgb3IgUzMgZXZlbnRzIHRocm91Z2ggRXZlbnRCcmlkZ2UuXCJcIlwiXG4gICAgaWYgJ2RldGFpbCcgaW4gZXZlbnQgYW5kICdidWNrZXQnIGluIGV2ZW50LmdldCgnZGV0YWlsJywge30pOlxuICAgICAgICByZXR1cm4gWyhldmVudFsnZGV0YWlsJ11bJ2J1Y2tldCddWyduYW1lJ10sIGV2ZW50WydkZXRhaWwnXVsnb2JqZWN0J11bJ2tleSddKV1cbiAgICBvdXQgPSBbXVxuICAgIGZvciByIGluIGV2ZW50LmdldCgnUmVjb3JkcycsIFtdKTpcbiAgICAgICAgaWYgJ3MzJyBpbiByOlxuICAgICAgICAgICAgb3V0LmFwcGVuZCgoclsnczMnXVsnYnVja2V0J11bJ25hbWUnXSwgdXJsbGliLnBhcnNlLnVucXVvdGVfcGx1cyhyWydzMyddWydvYmplY3QnXVsna2V5J10pKSlcbiAgICByZXR1cm4gb3V0XG5cblxuZGVmIHNjYW5fb2JqZWN0KHMzLCBidWNrZXQsIGtleSk6XG4gICAgXCJcIlwiU2NhbnMgb25lIG9iamVjdCAodGhlIHZlcnNpb24gdGhhdCBpcyB0aGVyZSBub3cpIGFuZCB0YWdzIHRoYXQgdmVyc2lvbjsgcmV0dXJucyB0aGUgc3RhdHVzLlwiXCJcIlxuICAgIGlmIG5vdCBrZXkuc3RhcnRzd2l0aChQUkVGSVgpIG9yIGtleS5lbmRzd2l0aCgnLycpOlxuICAgICAgICByZXR1cm4gTm9uZVxuICAgIHRyeTpcbiAgICAgICAgaGVhZCA9IHMzLmhlYWRfb2JqZWN0KEJ1Y2tldD1idWNrZXQsIEtleT1rZXkpXG4gICAgZXhjZXB0IHMzLmV4Y2VwdGlvbnMuQ2xpZW50RXJyb3IgYXMgZTpcbiAgICAgICAgZGVjb2RlZCA9IHVybGxpYi5wYXJzZS51bnF1b3RlX3BsdXMoa2V5KVxuICAgICAgICBpZiBlLnJlc3BvbnNlWydFcnJvciddWydDb2RlJ10gbm90IGluICgnNDA0JywgJ05vU3VjaEtleScsICdOb3RGb3VuZCcpIG9yIGRlY29kZWQgPT0ga2V5OlxuICAgICAgICAgICAgcmFpc2VcbiAgICAgICAga2V5LCBoZWFkID0gZGVjb2RlZCwgczMuaGVhZF9vYmplY3QoQnVja2V0PWJ1Y2tldCwgS2V5PWRlY29kZWQpXG4gICAgdmVyc2lvbiA9IHsnVmVyc2lvbklkJzogaGVhZFsnVmVyc2lvbklkJ119IGlmIGhlYWQuZ2V0KCdWZXJzaW9uSWQnKSBhbmQgaGVhZFsnVmVyc2lvbklkJ10gIT0gJ251bGwnIGVsc2Uge31cbiAgICBpZiBoZWFkWydDb250ZW50TGVuZ3RoJ10gPiBNQVhfTUlCICogMTAyNCAqIDEwMjQ6XG4gICAgICAgIHN0YXR1cywgZGV0YWlsID0gJ1VOU1VQUE9SVEVEJywgJ2xhcmdlciB0aGFuICVkIE1pQicgJSBNQVhfTUlCXG4gICAgZWxzZTpcbiAgICAgICAgd29yayA9IHRlbXBmaWxlLm1rZHRlbXAocHJlZml4PSdyd3Mtc2Nhbi0nKVxuICAgICAgICB0cnk6XG4gICAgICAgICAgICBwYXRoID0gb3MucGF0aC5qb2luKHdvcmssICdvYmplY3QnKVxuICAgICAgICAgICAgczMuZG93bmxvYWRfZmlsZShidWNrZXQsIGtleSwgcGF0aCwgRXh0cmFBcmdzPXZlcnNpb24gb3IgTm9uZSlcbiAgICAgICAgICAgIHN0YXR1cywgZGV0YWlsID0gc2NhbihwYXRoKVxuICAgICAgICBleGNlcHQgRXhjZXB0aW9uIGFzIGU6ICAjIG5vcWE6IEJMRTAwMSAtIGEgZmlsZSB0aGF0IGNhbm5vdCBiZSBzY2FubmVkIGlzIG5ldmVyIHBhc3NlZFxuICAgICAgICAgICAgc3RhdHVzLCBkZXRhaWwgPSAnRkFJTEVEJywgc3RyKGUpWy0zMDA6XVxuICAgICAgICBmaW5hbGx5OlxuICAgICAgICAgICAgc2h1dGlsLnJtdHJlZSh3b3JrLCBpZ25vcmVfZXJyb3JzPVRydWUpXG4gICAgczMucHV0X29iamVjdF90YWdnaW5nKEJ1Y2tldD1idWNrZXQsIEtleT1rZXksIFRhZ2dpbmc9eydUYWdTZXQnOiBbeydLZXknOiBUQUcsICdWYWx1ZSc6IHN0YXR1c31dfSwgKip2ZXJzaW9uKVxuICAgIHByaW50KGpzb24uZHVtcHMoeydidWNrZXQnOiBidWNrZXQsICdrZXknOiBrZXksICdzdGF0dXMnOiBzdGF0dXMsICdkZXRhaWwnOiBkZXRhaWx9KSlcbiAgICByZXR1cm4gc3RhdHVzXG5cblxuZGVmIGhhbmRsZXIoZXZlbnQsIGNvbnRleHQpOlxuICAgIFwiXCJcIkFuIFNRUyBiYXRjaDogc2NhbnMgYW5kIHRhZ3MgZXZlcnkgb2JqZWN0OyBtZXNzYWdlcyB3aG9zZSBzY2FuIGZhaWxlZCBhcmUgcmV0cmllZCAodGhlbiBkZWFkLWxldHRlcmVkKS5cIlwiXCJcbiAgICBwcmVwYXJlKClcbiAgICBzMyA9IGJvdG8zLmNsaWVudCgnczMnKVxuICAgIGZhaWx1cmVzID0gW11cbiAgICBmb3IgbSBpbiBldmVudC5nZXQoJ1JlY29yZHMnLCBbXSk6XG4gICAgICAgIHRyeTpcbiAgICAgICAgICAgIHN0YXR1c2VzID0gW3NjYW5fb2JqZWN0KHMzLCBiLCBrKSBmb3IgYiwgayBpbiBvYmplY3RzKGpzb24ubG9hZHMobVsnYm9keSddKSldXG4gICAgICAgICAgICBpZiAnRkFJTEVEJyBpbiBzdGF0dXNlczpcbiAgICAgICAgICAgICAgICBmYWlsdXJlcy5hcHBlbmQoeydpdGVtSWRlbnRpZmllcic6IG1bJ21lc3NhZ2VJZCddfSlcbiAgICAgICAgZXhjZXB0IEV4Y2VwdGlvbiBhcyBlOiAgIyBub3FhOiBCTEUwMDEgLSBvbmUgYmFkIG1lc3NhZ2UgbXVzdCBub3QgZmFpbCB0aGUgYmF0Y2hcbiAgICAgICAgICAgIHByaW50KCdyd3MtaW5ncmVzcy1zY2FuOiBtZXNzYWdlICVzOiAlcycgJSAobS5nZXQoJ21lc3NhZ2VJZCcpLCBlKSwgZmlsZT1zeXMuc3RkZXJyKVxuICAgICAgICAgICAgZmFpbHVyZXMuYXBwZW5kKHsnaXRlbUlkZW50aWZpZXInOiBtWydtZXNzYWdlSWQnXX0pXG4gICAgcmV0dXJuIHsnYmF0Y2hJdGVtRmFpbHVyZXMnOiBmYWlsdXJlc31cblxuXG5pZiBfX25hbWVfXyA9PSAnX19tYWluX18nOlxuICAgICMgcHl0aG9uMyByd3NfczNfc2Nhbi5weSAtLWV2ZW50IEVWRU5ULmpzb24gfCBweXRob24zIHJ3c19zM19zY2FuLnB5IEJVQ0tFVCBLRVkuLi5cbiAgICBpZiBzeXMuYXJndlsxOjJdID09IFsnLS1ldmVudCddOlxuICAgICAgICB3aXRoIG9wZW4oc3lzLmFyZ3ZbMl0pIGFzIGY6XG4gICAgICAgICAgICByZXN1bHQgPSBoYW5kbGVyKGpzb24ubG9hZChmKSwgTm9uZSlcbiAgICAgICAgcHJpbnQoanNvbi5kdW1wcyhyZXN1bHQpKVxuICAgICAgICBzeXMuZXhpdCgxIGlmIHJlc3VsdFsnYmF0Y2hJdGVtRmFpbHVyZXMnXSBlbHNlIDApXG4gICAgcHJlcGFyZSgpXG4gICAgY2xpZW50ID0gYm90bzMuY2xpZW50KCdzMycpXG4gICAgc3RhdGVzID0gW3NjYW5fb2JqZWN0KGNsaWVudCwgc3lzLmFyZ3ZbMV0sIGspIGZvciBrIGluIHN5cy5hcmd2WzI6XV1cbiAgICBzeXMuZXhpdCgxIGlmICdGQUlMRUQnIGluIHN0YXRlcyBlbHNlIDApXG5gO1xuIl19