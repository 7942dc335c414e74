#!/bin/bash
# Packages: the template's system packages and the tools the other steps need, installed in
# one apt or dnf transaction, only when something is missing (a second run installs nothing).
RWS_WANT=()

# rws_want_cmd COMMAND APT_PACKAGE DNF_PACKAGE: asks for a package when a command is missing.
rws_want_cmd() {
  command -v "$1" >/dev/null 2>&1 && return 0
  if [ "$RWS_PKG" = apt ]; then RWS_WANT+=("$2"); else RWS_WANT+=("$3"); fi
}

rws_pkg_installed() {
  local name=${1%%=*}
  if [ "$RWS_PKG" = apt ]; then
    # shellcheck disable=SC2016
    [ "$(dpkg-query -W -f='${db:Status-Status}' -- "${name%%:*}" 2>/dev/null)" = installed ]
  else
    rpm -q --whatprovides -- "$name" >/dev/null 2>&1
  fi
}

# rws_packages PACKAGE...: installs the missing ones among PACKAGE... and RWS_WANT.
# shellcheck disable=SC2120
rws_packages() {
  local missing=() p
  for p in "$@" "${RWS_WANT[@]}"; do
    rws_pkg_installed "$p" || missing+=("$p")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    rws_log "all $(($# + ${#RWS_WANT[@]})) packages are installed"
    return 0
  fi
  rws_log "installing ${missing[*]}"
  # Without internet one attempt: a mirror inside the network (or Amazon Linux's on S3) answers at once.
  local tries=3 offline=
  if [ "$RWS_OFFLINE" = 1 ]; then
    tries=1
    offline=" This machine has no internet (egress none): packages come only from a mirror inside the network (Amazon Linux 2023's repositories on S3 through the S3 endpoint); otherwise put them on the machine image."
  fi
  if [ "$RWS_PKG" = apt ]; then
    rws_retry "$tries" apt-get -q -o DPkg::Lock::Timeout=600 update ||
      rws_fail "apt-get update failed: the package mirror is unreachable (needed for: ${missing[*]}). Fix: check the network route (NAT gateway, proxy) to the mirror.$offline"
    rws_retry "$tries" apt-get -q -y -o DPkg::Lock::Timeout=600 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
      install --no-install-recommends -- "${missing[@]}" ||
      rws_fail "apt-get could not install: ${missing[*]}. Fix: check the package names for this release in the template, and the log above.$offline"
  else
    rws_retry "$tries" dnf -q -y install -- "${missing[@]}" ||
      rws_fail "dnf could not install: ${missing[*]}. Fix: check the package names (some need EPEL on Rocky) and the log above.$offline"
  fi
}

# rws_want_pkg APT_PACKAGE DNF_PACKAGE: asks for a package ("-": none on that family).
rws_want_pkg() {
  local p=$1
  [ "$RWS_PKG" = apt ] || p=$2
  [ "$p" = - ] || RWS_WANT+=("$p")
}
