#!/bin/bash
# Core of the provisioning script: strict mode, logging to a known file, steps with a clear
# failure reason, a lock, retries and the hooks that replace cloud-only commands.
set -Eeuo pipefail
shopt -s inherit_errexit
umask 022
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C DEBIAN_FRONTEND=noninteractive
RWS_DIR=/var/lib/research-workspace
RWS_PAYLOAD=$RWS_DIR/payload
RWS_STATE=$RWS_DIR/state
RWS_ETC=/etc/research-workspace
RWS_LIB=/usr/local/lib/research-workspace
rws_step_name=start
rws_reason=
rws_ctx=
rws_fix=
rws_t0=$SECONDS
rws_files_changed=0

[ "$(id -u)" = 0 ] || { echo "rws: provisioning must run as root (cloud-init runs it as root). Fix: sudo bash $0" >&2; exit 1; }
install -d -m 0750 "${RWS_LOG%/*}"
install -d -m 0700 "$RWS_DIR" "$RWS_STATE"
install -d -m 0755 "$RWS_ETC" "$RWS_LIB"
# The console (cloud-init-output.log) gets one line per step; the log file gets everything.
# fd 3 is the console, fd 5 the log (also inside command substitutions).
exec 3>&1 5>>"$RWS_LOG"
exec >>"$RWS_LOG" 2>&1

rws_log() {
  local line
  # bash's own clock (no date process per line), in UTC.
  TZ=UTC printf -v line '%(%Y-%m-%dT%H:%M:%SZ)T rws[%s]: %s' -1 "$rws_step_name" "$*"
  printf '%s\n' "$line" >&5
  printf '%s\n' "$line" >&3
}
# Stops the run with a reason that ends the log.
rws_fail() {
  rws_reason=$*
  exit 1
}
# rws_context WHAT [FIX]: what the next commands do, for the failure reason if one fails.
rws_context() {
  rws_ctx=$1
  rws_fix=${2:-}
}
rws_on_err() {
  [ -n "$rws_reason" ] || rws_reason="${rws_ctx:+$rws_ctx: }command '$2' failed with exit status $1 (line $3)${rws_fix:+. Fix: $rws_fix}"
}
rws_on_exit() {
  local rc=$?
  trap - ERR
  if [ "$rc" -ne 0 ]; then
    [ -n "$rws_reason" ] || rws_reason="exit status $rc"
    printf 'failed\nstep=%s\nreason=%s\n' "$rws_step_name" "$rws_reason" >"$RWS_DIR/status" || true
    rws_log "FAILED in step $rws_step_name: $rws_reason (exit $rc). Full log: $RWS_LOG"
  else
    rws_step_name=end
    printf 'ok\nseconds=%s\n' "$((SECONDS - rws_t0))" >"$RWS_DIR/status"
    rws_log "provisioning complete in $((SECONDS - rws_t0)) s ($rws_files_changed files changed)"
  fi
  exit "$rc"
}
trap 'rws_on_err $? "$BASH_COMMAND" $LINENO' ERR
trap rws_on_exit EXIT

exec 9>"$RWS_DIR/.provision.lock"
flock -w 3600 9 || rws_fail "another provisioning run held $RWS_DIR/.provision.lock for an hour"

# rws_step NAME FUNCTION [ARGS...]: runs one step, timed, named in the log.
rws_step() {
  rws_step_name=$1
  shift
  local t=$SECONDS
  rws_context ''
  rws_log "begin"
  "$@"
  rws_log "done ($((SECONDS - t)) s)"
}

# rws_retry N COMMAND...: retries with back-off (network, package locks).
rws_retry() {
  local n=$1 i=1
  shift
  until "$@"; do
    if [ "$i" -ge "$n" ]; then return 1; fi
    rws_log "retry $i/$n in $((i * 5)) s: $1"
    sleep $((i * 5))
    i=$((i + 1))
  done
}

# rws_hook VARIABLE DEFAULT_FUNCTION ARGS...: a cloud-only command that tests (or a lab's
# image) can replace by setting VARIABLE to an executable.
rws_hook() {
  local var=$1 fn=$2
  shift 2
  if [ -n "${!var:-}" ]; then
    rws_log "$var replaces $fn: ${!var} $*"
    "${!var}" "$@"
  else
    "$fn" "$@"
  fi
}

# rws_same FILE FILE: whether two files have the same content (cmp, or sha256sum on minimal
# images without diffutils).
rws_same() {
  if command -v cmp >/dev/null 2>&1; then
    cmp -s -- "$1" "$2"
  else
    [ "$(sha256sum <"$1")" = "$(sha256sum <"$2")" ]
  fi
}

# rws_install_file SOURCE DEST MODE OWNER GROUP: copies when the content differs, and always
# sets owner and mode (idempotent). Root writes only where root controls every folder on the
# way: a DEST below a folder (or link) of a research user is written as that user when OWNER
# is that user (rws_user_put), and refused otherwise (logged; the run goes on). install
# replaces a link at DEST, never follows it.
rws_install_file() {
  local c
  c=$(rws_path_controller "$2")
  if [ "$c" != 0 ]; then
    [ "$c" = "$(id -u -- "$4" 2>/dev/null)" ] || { rws_log "refused $2: uid $c owns a folder or link on its path"; return 0; }
    rws_user_put "$4" "$2" "$3" <"$1" || true
  elif [ -L "$2" ] || [ ! -f "$2" ] || ! rws_same "$1" "$2"; then
    install -D -m "$3" -o "$4" -g "$5" -- "$1" "$2"
    rws_files_changed=$((rws_files_changed + 1))
  else
    chown -h -- "$4:$5" "$2"
    chmod -- "$3" "$2"
  fi
}

# rws_path_controller PATH: the uid owning the first folder on PATH's way (or link, PATH itself
# included) that is not root's, else 0.
rws_path_controller() {
  local d='' c u
  IFS=/ read -r -a c <<<"${1#/}"
  for c in "${c[@]}"; do
    d+=/$c
    { [ "$d" != "$1" ] && [ -e "$d" ]; } || [ -L "$d" ] || break
    u=$(stat -c %u -- "$d")
    [ "$u" = 0 ] || break
  done
  echo "${u:-0}"
}

# rws_user_put USER PATH MODE: writes standard input to PATH as USER (setpriv: the user's ids
# and groups, a clean environment, from /), so the kernel checks every folder and link on the
# way with the user's rights: missing folders are made 0700, a link at PATH is refused, the
# file is a mktemp file renamed over PATH. A refusal is logged with the path and returns 1.
# shellcheck disable=SC2016
rws_user_put() {
  local out
  out=$(cd / && setpriv --reuid="$(id -u -- "$1")" --regid="$(id -g -- "$1")" --clear-groups --reset-env -- /bin/bash -c 'set -eu
umask 077
d=${1%/*}
mkdir -p -- "$d"
[ ! -L "$1" ]
t=$(mktemp -- "$d/.rws.XXXXXX")
cat >"$t"
chmod "$2" "$t"
mv -fT -- "$t" "$1"' rws "$2" "$3" 2>&1) && return 0
  rws_log "refused $2 (as $1): ${out//$'\n'/ }"
  return 1
}

# rws_once KEY FUNCTION ARGS...: runs a step whose effects are not idempotent (a template's
# post_install) only once per KEY; a failed run is retried next time.
rws_once() {
  local key=$1
  shift
  if [ -f "$RWS_STATE/done.$key" ]; then
    rws_log "already done ($key)"
    return 0
  fi
  "$@"
  : >"$RWS_STATE/done.$key"
}

# rws_as USER COMMAND...: runs a command as a research user, with a login environment.
rws_as() {
  local u=$1
  shift
  runuser -u "$u" -- env HOME="$(getent passwd "$u" | cut -d: -f6)" USER="$u" LOGNAME="$u" "$@"
}

rws_preflight() {
  local id='' like=''
  if [ -r /etc/os-release ]; then
    # shellcheck source=/dev/null
    id=$(. /etc/os-release && echo "${ID:-}")
    # shellcheck source=/dev/null
    like=$(. /etc/os-release && echo "${ID_LIKE:-}")
  fi
  RWS_OS_ID=$id
  if command -v apt-get >/dev/null 2>&1; then RWS_PKG=apt
  elif command -v dnf >/dev/null 2>&1; then RWS_PKG=dnf
  else rws_fail "neither apt-get nor dnf is on this machine (os-release ID=$id). Fix: use an Ubuntu, Debian, Rocky/RHEL or Amazon Linux image"
  fi
  rws_log "platform=$RWS_PLATFORM os=$RWS_OS_ID ($like) package manager=$RWS_PKG template base=$RWS_EXPECTED_OS offline=$RWS_OFFLINE"
  case "$RWS_EXPECTED_OS:$id" in
    ubuntu-*:ubuntu | debian-*:debian | rocky-*:rocky | rocky-*:rhel | rocky-*:almalinux | amazonlinux-*:amzn | ami-based:*) ;;
    *) rws_log "warning: the template is for $RWS_EXPECTED_OS but this machine runs $id" ;;
  esac
}
