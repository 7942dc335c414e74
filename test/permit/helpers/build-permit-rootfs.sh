#!/usr/bin/env bash
# Builds the Debian 12 root filesystem the permit entrypoint tests run in: the shared user-data
# rootfs (test/userdata/helpers/build-rootfs.sh, reused as it is) plus what the airlock and the
# proxy need for real checks: openssh-server and -client, squid.
# Usage: build-permit-rootfs.sh <base-cache-dir> <permit-cache-dir> [mirror]
#
# Parallel callers are serialised by a flock on <permit-cache-dir>.lock; the tree is built in a
# temporary folder and renamed into place only when complete.
set -euo pipefail
base=${1:?usage: build-permit-rootfs.sh <base-cache-dir> <permit-cache-dir> [mirror]}
target=${2:?usage: build-permit-rootfs.sh <base-cache-dir> <permit-cache-dir> [mirror]}
mirror=${3:-http://deb.debian.org/debian}
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/../../userdata/helpers/build-rootfs.sh" "$base" "$mirror"
mkdir -p "$(dirname "$target")"
exec 9>"$target.lock"
flock 9
if [ -f "$target/.rws-permit-rootfs-complete" ]; then
  exit 0
fi
work="$target.build.$$"
rm -rf "$work"
trap 'umount "$work/proc" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -a "$base" "$work"
rm -f "$work/.rws-rootfs-complete"
# No service may start inside the chroot while packages are installed.
printf '#!/bin/sh\nexit 101\n' >"$work/usr/sbin/policy-rc.d"
chmod 0755 "$work/usr/sbin/policy-rc.d"
mount -t proc proc "$work/proc"
if ! chroot "$work" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get update -q >"$work.log" 2>&1 \
  || ! chroot "$work" /usr/bin/env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    openssh-server openssh-client squid >>"$work.log" 2>&1; then
  tail -n 30 "$work.log" >&2
  rm -f "$work.log"
  exit 1
fi
rm -f "$work.log"
umount "$work/proc"
# Host keys made by the package are not used: the tests generate their own.
rm -f "$work"/etc/ssh/ssh_host_*
chroot "$work" apt-get clean
rm -rf "$work"/var/lib/apt/lists/*
touch "$work/.rws-permit-rootfs-complete"
rm -rf "$target"
mv "$work" "$target"
trap - EXIT
