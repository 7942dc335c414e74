#!/bin/bash
# Stands in for the cloud inside the test chroot. Installed as /usr/local/bin/rws-fake and
# linked as fake-mount, fake-fetch, fake-secret, fake-netinstall and fake-poweroff; every call
# is appended to /var/log/rws-fake.log ("<name> <args>").
#   fake-fetch URL DEST        copies /srv/fake-cloud/<URL with / and : replaced by _> to DEST
#   fake-secret KIND LOCATION  prints /srv/fake-secrets/<LOCATION with / and : replaced by _>
#   others                     succeed (exit status from /srv/fake-fail/<name> when present)
set -euo pipefail
name=${0##*/}
{
  printf '%s' "$name"
  printf ' %q' "$@"
  printf '\n'
} >>/var/log/rws-fake.log
if [ -f "/srv/fake-fail/$name" ]; then exit "$(cat "/srv/fake-fail/$name")"; fi
key() { local k=${1//\//_}; printf '%s' "${k//:/_}"; }
case $name in
  fake-fetch)
    src=/srv/fake-cloud/$(key "$1")
    [ -f "$src" ] || { echo "fake-fetch: no such object: $1" >&2; exit 1; }
    cp "$src" "$2" ;;
  fake-secret)
    src=/srv/fake-secrets/$(key "$2")
    [ -f "$src" ] || { echo "fake-secret: no such secret: $2" >&2; exit 1; }
    cat "$src" ;;
  *) ;;
esac
