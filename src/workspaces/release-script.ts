import { MOUNT_PATHS, PermitVolumeKind } from './permit';
import { fail } from './private/error';

/**
 * Options of the in-workspace release command.
 */
export interface ReleaseCommandOptions {
  /** Permit id, written into every request. */
  readonly permitId: string;
  /**
   * The outputs volume inside the workspace.
   * @default "/data/outputs"
   */
  readonly outputsPath?: string;
  /**
   * The request area: root-owned, where snapshots are kept (`requests/<id>/`) and results are
   * reported (`status/`). Reviewers and the release service read it; researchers cannot change it.
   * @default "/data/release"
   */
  readonly areaPath?: string;
  /**
   * The spool folder researchers drop their requests into (mode 1733: they can create files
   * there, but not list or remove other people's).
   * @default "/var/spool/rws-release"
   */
  readonly spoolPath?: string;
  /**
   * At most this many files per request.
   * @default 1000
   */
  readonly maxFiles?: number;
  /**
   * At most this many bytes per request.
   * @default 10737418240 (10 GiB)
   */
  readonly maxBytes?: number;
}

const PATH = /^\/[A-Za-z0-9._/-]*[A-Za-z0-9._-]$/;

/**
 * `rws-release`, the command researchers use inside the analysis workspace to ask for the
 * release of files from `outputs`: a bash script, generated here.
 *
 * - `rws-release request -m "why" FILE...` (the researcher, unprivileged) writes a request
 *   into the spool and prints its token; `rws-release status TOKEN` shows the result.
 * - `rws-release process` (root: a systemd path unit on VMs, a loop in a sidecar on
 *   Kubernetes) takes each spool entry into a root-only folder, checks it, and snapshots the
 *   files into `<area>/requests/<id>/files/` (root-owned, read-only), with `request.json`
 *   (requester, justification, files with size and SHA-256) and `SHA256SUMS`.
 *
 * The requester is the owner of the spool entry (never what the entry says). Symlinks are
 * refused anywhere in a requested path, every path must stay inside outputs, and each file is
 * read with the requester's own uid, gids and `O_NOFOLLOW` (`setpriv` + `dd iflag=nofollow`),
 * so a path swapped for a link after the checks still cannot reach anything the researcher
 * could not read anyway.
 */
export class ReleaseCommand {
  /** Where the command is installed in workspaces. */
  public static readonly INSTALL_PATH = '/usr/local/bin/rws-release';

  /**
   * The script.
   * @param options permit id and paths
   */
  public static script(options: ReleaseCommandOptions): string {
    const outputs = options.outputsPath ?? MOUNT_PATHS[PermitVolumeKind.OUTPUTS];
    const area = options.areaPath ?? '/data/release';
    const spool = options.spoolPath ?? '/var/spool/rws-release';
    const maxFiles = options.maxFiles ?? 1000;
    const maxBytes = options.maxBytes ?? 10 * 1024 * 1024 * 1024;
    if (!/^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/.test(options.permitId)) {
      fail({ code: 'invalid-permit-id', field: 'permitId', value: options.permitId, message: 'permit id must be 1-40 lower-case letters, digits or dashes', fix: 'use the permit\'s id, e.g. p-001' });
    }
    for (const [field, p] of [['outputsPath', outputs], ['areaPath', area], ['spoolPath', spool]] as const) {
      if (!PATH.test(p) || p.split('/').includes('..')) {
        fail({ code: 'invalid-path', field, value: p, message: 'not a plain absolute path', fix: 'use letters, digits, ".", "_", "-" and "/", e.g. /data/release' });
      }
    }
    if (area === outputs || area.startsWith(`${outputs}/`) || outputs.startsWith(`${area}/`)) {
      fail({ code: 'area-inside-outputs', field: 'areaPath', value: area, message: 'the request area must not be inside outputs (researchers could change it), nor contain it', fix: 'use a separate path such as /data/release' });
    }
    for (const [field, n] of [['maxFiles', maxFiles], ['maxBytes', maxBytes]] as const) {
      if (!Number.isSafeInteger(n) || n < 1) fail({ code: 'invalid-limit', field, value: n, message: 'must be a positive whole number', fix: 'leave it out for the default' });
    }
    return SCRIPT
      .replace('@PERMIT_ID@', options.permitId)
      .replace('@OUTPUTS@', outputs)
      .replace('@AREA@', area)
      .replace('@SPOOL@', spool)
      .replace('@MAX_FILES@', String(maxFiles))
      .replace('@MAX_BYTES@', String(maxBytes));
  }

  /**
   * systemd units for VMs: a path unit that starts `rws-release process` whenever the spool
   * changes, and the service it starts (run as root, nothing else).
   */
  public static systemdUnits(options: ReleaseCommandOptions): Record<string, string> {
    const spool = options.spoolPath ?? '/var/spool/rws-release';
    ReleaseCommand.script(options);
    return {
      'rws-release.path': `[Unit]\nDescription=rws output release requests\n\n[Path]\nPathChanged=${spool}\nMakeDirectory=no\n\n[Install]\nWantedBy=multi-user.target\n`,
      'rws-release.service': `[Unit]\nDescription=rws output release: snapshot requested files\n\n[Service]\nType=oneshot\nExecStartPre=${ReleaseCommand.INSTALL_PATH} setup\nExecStart=${ReleaseCommand.INSTALL_PATH} process\nPrivateNetwork=yes\nNoNewPrivileges=yes\n`,
    };
  }

  private constructor() {}
}

const SCRIPT = `#!/bin/bash
# rws-release: ask for the release of files from the outputs volume of this permit workspace.
# Generated by cdk-research-workspaces (ReleaseCommand); do not edit.
#   rws-release request -m "why these files may leave" FILE...   (researchers)
#   rws-release status TOKEN                                   (researchers)
#   rws-release setup | process                                (root: the release service)
set -euo pipefail
umask 022
export LC_ALL=C
PERMIT_ID='@PERMIT_ID@'
OUTPUTS='@OUTPUTS@'
AREA='@AREA@'
SPOOL='@SPOOL@'
MAX_FILES=@MAX_FILES@
MAX_BYTES=@MAX_BYTES@
MAX_SPOOL_BYTES=262144
PATH_RE='^[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*$'

die() { printf 'rws-release: %s\\n' "$*" >&2; exit 64; }

# A relative path inside outputs: allowed characters only, no "." or ".." component.
valid_rel() {
  local rel=$1 c
  local -a parts
  [[ $rel =~ $PATH_RE ]] || return 1
  IFS=/ read -r -a parts <<<"$rel"
  for c in "\${parts[@]}"; do
    [ "$c" != . ] && [ "$c" != .. ] || return 1
  done
  return 0
}

json_str() {
  local s=$1
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  printf '"%s"' "$s"
}

cmd_request() {
  local why='' f rel token tmp
  [ "$(id -u)" -ne 0 ] || die 'run "request" as the researcher, not as root'
  while [ $# -gt 0 ]; do
    case $1 in
      -m) [ $# -ge 2 ] || die '-m needs the justification'; why=$2; shift 2 ;;
      --) shift; break ;;
      -*) die "unknown option $1 (use: rws-release request -m \\"why\\" FILE...)" ;;
      *) break ;;
    esac
  done
  [ -n "$why" ] || die 'say why these files may leave: rws-release request -m "why" FILE...'
  [ $# -gt 0 ] || die 'name the files in outputs to release: rws-release request -m "why" FILE...'
  [ $# -le "$MAX_FILES" ] || die "at most $MAX_FILES files per request"
  why=\${why//[[:cntrl:]]/ }
  token=$(od -An -N8 -tx1 /dev/urandom | tr -d ' \\n')
  local -a rels=()
  for f in "$@"; do
    rel=\${f#"$OUTPUTS"/}
    valid_rel "$rel" || die "not a plain path inside $OUTPUTS: $(printf %q "$f")"
    rels+=("$rel")
  done
  tmp=$(mktemp "$SPOOL/.new.XXXXXXXX")
  { printf 'justification %s\\n' "$why"; printf 'file %s\\n' "\${rels[@]}"; } >"$tmp"
  mv -- "$tmp" "$SPOOL/$token.req"
  printf 'request %s queued; the release service takes a snapshot now. Check it with: rws-release status %s\\n' "$token" "$token"
}

cmd_status() {
  local token=\${1:-}
  [[ $token =~ ^[0-9a-f]{16}$ ]] || die 'usage: rws-release status TOKEN (the 16 hex digits "request" printed)'
  local f
  f="$AREA/status/$(id -u)-$token"
  if [ -f "$f" ]; then cat -- "$f"; else echo "pending: not processed yet"; fi
}

cmd_setup() {
  [ "$(id -u)" -eq 0 ] || die 'setup runs as root'
  install -d -o root -g root -m 1733 "$SPOOL"
  install -d -o root -g root -m 0755 "$AREA" "$AREA/requests" "$AREA/status"
  install -d -o root -g root -m 0700 "$AREA/.work"
}

# Snapshots one spool entry (already moved into the root-only work folder). Prints the request
# id; on refusal prints the reason to stderr and returns 1. Every check is explicit: this runs
# in an "if", where set -e does not apply.
snapshot() {
  local entry=$1 uid=$2 gid=$3 user=$4 id=$5
  local work="$AREA/.work/$id" why='' line rel p c total=0 n=0 size sum real outreal
  local -a rels=() parts
  outreal=$(realpath -e -- "$OUTPUTS") || { echo "outputs $OUTPUTS is missing" >&2; return 1; }
  while IFS= read -r line || [ -n "$line" ]; do
    case $line in
      'justification '*) why=\${line#justification }; why=\${why//[[:cntrl:]]/ } ;;
      'file '*) rels+=("\${line#file }") ;;
      *) echo "malformed request line" >&2; return 1 ;;
    esac
  done <"$entry"
  [ -n "$why" ] || { echo 'no justification' >&2; return 1; }
  [ \${#rels[@]} -gt 0 ] || { echo 'no files' >&2; return 1; }
  [ \${#rels[@]} -le "$MAX_FILES" ] || { echo "more than $MAX_FILES files" >&2; return 1; }
  mkdir -m 0700 -- "$work" "$work/files" || return 1
  local files_json='' sums=''
  for rel in "\${rels[@]}"; do
    valid_rel "$rel" || { echo "not a plain path inside outputs: $(printf %q "$rel")" >&2; return 1; }
    case "|$sums" in *"  files/$rel|"*) echo "listed twice: $rel" >&2; return 1 ;; esac
    p=$OUTPUTS
    IFS=/ read -r -a parts <<<"$rel"
    for c in "\${parts[@]}"; do
      p="$p/$c"
      if [ -L "$p" ]; then echo "refused: $rel: $p is a symbolic link (links are never followed out of outputs)" >&2; return 1; fi
    done
    [ -f "$p" ] || { echo "refused: $rel is not a regular file in outputs" >&2; return 1; }
    real=$(realpath -e -- "$p") || { echo "refused: $rel cannot be resolved" >&2; return 1; }
    case $real in "$outreal"/*) ;; *) echo "refused: $rel resolves outside outputs" >&2; return 1 ;; esac
    mkdir -p -- "$work/files/$(dirname -- "$rel")" || return 1
    # Read as the requester (own uid, gids), never following a last-moment link.
    if ! timeout 600 setpriv --reuid="$uid" --regid="$gid" --init-groups -- \\
        dd if="$p" iflag=nofollow,nonblock bs=1M status=none >"$work/files/$rel"; then
      echo "refused: $rel cannot be read by $user" >&2
      return 1
    fi
    size=$(stat -c %s -- "$work/files/$rel") || return 1
    total=$((total + size))
    n=$((n + 1))
    [ "$total" -le "$MAX_BYTES" ] || { echo "refused: more than $MAX_BYTES bytes" >&2; return 1; }
    sum=$(sha256sum -- "$work/files/$rel" | cut -c1-64) || return 1
    sums+="$sum  files/$rel|"
    files_json+="\${files_json:+,}{\\"path\\":\\"$rel\\",\\"size\\":$size,\\"sha256\\":\\"$sum\\"}"
  done
  printf '%s' "$sums" | tr '|' '\\n' >"$work/SHA256SUMS" || return 1
  printf '{"id":"%s","permitId":"%s","requester":"%s","requesterUid":%s,"justification":%s,"createdAt":"%s","files":[%s]}\\n' \\
    "$id" "$PERMIT_ID" "$user" "$uid" "$(json_str "$why")" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$files_json" >"$work/request.json" || return 1
  chown -R root:root -- "$work" || return 1
  find "$work" -type d -exec chmod 0555 {} + || return 1
  find "$work" -type f -exec chmod 0444 {} + || return 1
  mv -T -- "$work" "$AREA/requests/$id" || return 1
  echo "$n files, $total bytes" >&2
  return 0
}

cmd_process() {
  [ "$(id -u)" -eq 0 ] || die 'process runs as root (the release service)'
  cmd_setup
  local entry name taken uid gid user links id reason
  for entry in "$SPOOL"/*.req; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    name=\${entry##*/}
    taken="$AREA/.work/spool-$name"
    # Take the entry out of the researchers' reach first (rename moves a link, never its target).
    mv -T -- "$entry" "$taken" 2>/dev/null || continue
    uid=$(stat -c %u -- "$taken")
    links=$(stat -c %h -- "$taken")
    if [ -L "$taken" ] || [ ! -f "$taken" ] || [ "$links" -ne 1 ] || [ "$uid" -lt 1000 ] || [ "$uid" -ge 4294967294 ] \\
      || [ "$(stat -c %s -- "$taken")" -gt "$MAX_SPOOL_BYTES" ] || [[ ! $name =~ ^[0-9a-f]{16}\\.req$ ]]; then
      echo "rws-release: discarded spool entry $(printf %q "$name"): not a plain request file of a researcher" >&2
      rm -rf -- "$taken"
      continue
    fi
    user=$(getent passwd "$uid" | cut -d: -f1) || user=''
    gid=$(getent passwd "$uid" | cut -d: -f4) || gid=''
    if [ -z "$user" ] || [ -z "$gid" ]; then
      echo "rws-release: discarded $name: uid $uid has no account" >&2
      rm -rf -- "$taken"
      continue
    fi
    id="rq-$(date -u +%Y%m%d%H%M%S)-$(od -An -N3 -tx1 /dev/urandom | tr -d ' \\n')"
    if reason=$(snapshot "$taken" "$uid" "$gid" "$user" "$id" 2>&1 >/dev/null); then
      printf 'accepted %s (%s)\\n' "$id" "$reason" >"$AREA/status/$uid-\${name%.req}"
      echo "rws-release: $user: request $id accepted ($reason)" >&2
    else
      rm -rf -- "\${AREA:?}/.work/$id"
      reason=\${reason//[[:cntrl:]]/ }
      printf 'refused: %s\\n' "$reason" >"$AREA/status/$uid-\${name%.req}"
      echo "rws-release: $user: request refused: $reason" >&2
    fi
    chmod 0644 -- "$AREA/status/$uid-\${name%.req}"
    rm -f -- "$taken"
  done
}

case \${1:-} in
  request) shift; cmd_request "$@" ;;
  status) shift; cmd_status "$@" ;;
  setup) cmd_setup ;;
  process) cmd_process ;;
  *) die 'usage: rws-release request -m "why" FILE... | status TOKEN | setup | process' ;;
esac
`;
