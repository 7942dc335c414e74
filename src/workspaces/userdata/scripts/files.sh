#!/bin/bash
# The template's files and scripts.

# rws_template_file SOURCE DEST MODE OWNER [GROUP]: GROUP defaults to the owner's primary group.
rws_template_file() {
  local g=${5:-}
  getent passwd "$4" >/dev/null || rws_fail "file $2 belongs to user $4, who does not exist on this machine. Fix: set owner to root, a template user or a research user"
  [ -n "$g" ] || g=$(id -gn "$4")
  rws_install_file "$1" "$2" "$3" "$4" "$g"
}

# rws_template_file_fetch URL DEST MODE OWNER GROUP REQUIRED(1|0)
rws_template_file_fetch() {
  local tmp
  tmp=$(mktemp)
  if ! rws_hook RWS_FETCH_CMD rws_fetch_default "$1" "$tmp"; then
    rm -f "$tmp"
    [ "$6" = 1 ] && rws_fail "could not fetch $1 for $2. Fix: check the URL and that this machine may read it, or set required: false"
    rws_log "warning: could not fetch $1 for $2 (not required)"
    return 0
  fi
  rws_template_file "$tmp" "$2" "$3" "$4" "$5"
  rm -f "$tmp"
}

# rws_author_script FILE LABEL [NAME=VALUE...]: a script written by the template's author, run
# as root with bash and the given environment; its output goes to the log.
rws_author_script() {
  local f=$1 label=$2 rc=0
  shift 2
  env "$@" /bin/bash "$f" </dev/null || rc=$?
  [ "$rc" -eq 0 ] || rws_fail "the template's $label exited with status $rc (its output is in the log above). Fix: correct the template's $label; the next run retries it"
}
