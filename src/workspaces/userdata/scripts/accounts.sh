#!/bin/bash
# Accounts: the lab's research users (through rws-sync-users) and the template's own users.

# rws_sync_users ARGS...: runs rws-sync-users; when it refuses, its last words are the reason.
rws_sync_users() {
  local out rc=0
  out=$(/usr/local/sbin/rws-sync-users "$@" 2>&1) || rc=$?
  printf '%s\n' "$out"
  [ "$rc" -eq 0 ] || rws_fail "$(tail -n 1 <<<"$out" | sed 's/^rws-sync-users: error: //')"
}

# rws_sync_args ARG...: records the arguments of later syncs against the lab's whole registry
# (the SSM sync document reads them), one a line, root-owned 0644.
rws_sync_args() {
  local tmp
  tmp=$(mktemp)
  printf '%s\n' "$@" >"$tmp"
  rws_install_file "$tmp" "$RWS_ETC/sync-users.args" 0644 root root
  rm -f "$tmp"
}

# rws_template_user NAME SHELL [GROUP...]: creates the account when missing, sets its shell and
# adds it to the groups (created as system groups when missing).
rws_template_user() {
  local n=$1 sh=$2 g
  shift 2
  if ! getent passwd "$n" >/dev/null; then
    useradd -m -U -s "$sh" "$n"
    rws_log "created template user $n"
  fi
  [ "$(getent passwd "$n" | cut -d: -f7)" = "$sh" ] || usermod -s "$sh" "$n"
  for g in "$@"; do
    getent group "$g" >/dev/null || groupadd -r "$g"
    id -nG "$n" | tr ' ' '\n' | grep -qx "$g" || usermod -aG "$g" "$n"
  done
}

# rws_sudoers FILE [USER...]: a sudoers drop-in checked with visudo, removed when no user is left.
rws_sudoers() {
  local f=$1 u content
  shift
  if [ "$#" -eq 0 ]; then
    rm -f "$f"
    return 0
  fi
  content="# Template users with sudo (written by the research workspace provisioning)"$'\n'
  for u in "$@"; do content+="$u ALL=(ALL) NOPASSWD:ALL"$'\n'; done
  printf '%s' "$content" >"$f.rws-new"
  chmod 0440 "$f.rws-new"
  visudo -cqf "$f.rws-new" || rws_fail "the sudoers drop-in $f does not pass visudo -c"
  mv -f "$f.rws-new" "$f"
}
