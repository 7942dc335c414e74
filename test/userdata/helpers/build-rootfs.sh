#!/usr/bin/env bash
# Builds the cached Debian 12 (bookworm) root filesystem the user-data tests run the
# generated provisioning in. Usage: build-rootfs.sh <cache-dir> [mirror]
#
# Safe to call from several jest workers at once: a flock on <cache-dir>.lock serialises
# them, and the tree is built in a temporary folder and renamed into place only when
# complete, so a half-built tree is never used. Run as root on Linux with debootstrap.
set -euo pipefail
target=${1:?usage: build-rootfs.sh <cache-dir> [mirror]}
mirror=${2:-http://deb.debian.org/debian}
mkdir -p "$(dirname "$target")"
exec 9>"$target.lock"
flock 9
if [ -f "$target/.rws-rootfs-complete" ]; then
  echo cached
  exit 0
fi
start=$SECONDS
work="$target.build.$$"
rm -rf "$work"
trap 'rm -rf "$work"' EXIT
# What a Debian cloud image has besides minbase: systemd (systemctl, systemd-sysusers,
# systemd-analyze), sudo, curl, certificates, procps (ps, pgrep),
# iproute2 and gzip. acl and zsh are NOT included: the provisioning installs them for real.
debootstrap --variant=minbase --include=systemd,sudo,curl,ca-certificates,procps,iproute2,gzip \
  bookworm "$work" "$mirror" >"$work.log" 2>&1 || { tail -n 30 "$work.log" >&2; exit 1; }
rm -f "$work.log"
# apt inside the chroot uses the same mirror as this machine.
printf 'deb %s bookworm main\n' "$mirror" >"$work/etc/apt/sources.list"
chroot "$work" apt-get clean
touch "$work/.rws-rootfs-complete"
rm -rf "$target"
mv "$work" "$target"
trap - EXIT
echo "built in $((SECONDS - start)) s"
