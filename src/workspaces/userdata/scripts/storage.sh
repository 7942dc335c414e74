#!/bin/bash
# Shared storage: an fstab entry (so the mount comes back after a reboot) and the mount itself,
# then the folder layout of the chosen permission strategy.

# rws_fstab SOURCE MOUNTPOINT TYPE OPTIONS: one line per mount point, replaced when it changed.
rws_fstab() {
  local line="$1 $2 $3 $4 0 0"
  if grep -qxF -- "$line" /etc/fstab 2>/dev/null; then return 0; fi
  touch /etc/fstab
  awk -v mp="$2" '$2 != mp' /etc/fstab >/etc/fstab.rws-new
  printf '%s\n' "$line" >>/etc/fstab.rws-new
  chmod 0644 /etc/fstab.rws-new
  mv -f /etc/fstab.rws-new /etc/fstab
  rws_log "fstab: $line"
}

rws_mount_default() {
  local mp=$3
  if mountpoint -q "$mp"; then
    rws_log "$mp is already mounted"
    return 0
  fi
  rws_retry 6 mount "$mp" ||
    rws_fail "could not mount $2 on $mp. Fix: check that the file system exists in this network, its security group or firewall allows ${rws_ports:-NFS (TCP 2049)} from here, and the log above"
  mountpoint -q "$mp" || rws_fail "mount reported success but $mp is not a mount point"
}

# rws_mount TYPE SOURCE MOUNTPOINT OPTIONS (TYPE efs, nfs4 or lustre): RWS_MOUNT_CMD replaces the mount.
# A failure names the ports in rws_ports (the caller's; NFS's by default).
rws_mount() {
  [ -d "$3" ] || install -d -m 0755 "$3"
  rws_fstab "$2" "$3" "$1" "$4"
  rws_hook RWS_MOUNT_CMD rws_mount_default "$@"
}

# rws_efs_utils: whether the EFS mount helper (amazon-efs-utils) is here, installing it when
# this machine can: Amazon Linux has it in its repositories (on S3: reachable through the S3
# gateway endpoint without internet); elsewhere it is built from GitHub, which needs internet.
rws_efs_utils() {
  if command -v mount.efs >/dev/null 2>&1; then return 0; fi
  if [ "$RWS_PKG" = dnf ] && { [ "$RWS_OS_ID" = amzn ] || [ "$RWS_OFFLINE" != 1 ]; } && dnf -q -y install amazon-efs-utils; then return 0; fi
  [ "$RWS_OFFLINE" = 1 ] && return 1
  rws_net efs-utils
}

# rws_mount_efs FS_ID REGION MOUNTPOINT OPTIONS PLAIN_FALLBACK(1|0): EFS through amazon-efs-utils
# (TLS, IAM); without it and without internet, plain NFSv4.1 through the mount target when
# the fallback is allowed, else a clear failure.
rws_mount_efs() {
  if rws_efs_utils; then
    rws_efs_region "$2"
    rws_mount efs "$1:/" "$3" "$4"
  elif [ "$5" = 1 ]; then
    rws_log "amazon-efs-utils is not on this machine and cannot be installed without internet: mounting $1 with plain NFSv4.1 through its mount target (no TLS, no IAM authorization)"
    rws_mount nfs4 "$1.efs.$2.amazonaws.com:/" "$3" nfsvers=4.1,rsize=1048576,wsize=1048576,hard,timeo=600,retrans=2,noresvport,_netdev
  else
    rws_fail "amazon-efs-utils (mount.efs) is not on this machine image and cannot be installed without internet (egress none), so $1 cannot be mounted with TLS. Fix: use an image with amazon-efs-utils (or an Amazon Linux 2023 template, which installs it from its repositories through the subnet's S3 gateway endpoint), give the lab proxied egress, or, for a file system that requires neither IAM nor TLS, allow plainNfsFallback"
  fi
}

# rws_dir PATH MODE OWNER GROUP: creates a folder or sets its owner and exact mode (the extra
# leading 0 makes chmod clear a setgid bit inherited from a setgid parent). The layout lives on
# shared storage that others can write: a link at PATH or on its path (that root does not own),
# or a PATH that is no folder, is refused with a warning and left alone.
rws_dir() {
  if [ -L "$1" ] || { [ -e "$1" ] && [ ! -d "$1" ]; } || [ "$(rws_path_controller "$1")" != 0 ]; then
    rws_log "refused $1: a link, not a folder, or below a folder root does not own. Fix: remove it"
    return 0
  fi
  install -d -m "$2" -o "$3" -g "$4" -- "$1"
  chown -h -- "$3:$4" "$1"
  chmod "0$2" -- "$1"
}

# rws_acl_dir PATH GROUP: the POSIX-ACL strategy: the group gets rwx now and by default.
rws_acl_dir() {
  [ -d "$1" ] && [ ! -L "$1" ] || return 0
  setfacl -m "g:$2:rwx,d:g:$2:rwx,d:u::rwx,d:g::rwx,d:o::---,m::rwx,d:m::rwx" -- "$1" ||
    rws_fail "setfacl failed on $1: the file system does not support POSIX ACLs. Fix: use the group-shared or user-subdirectories layout on this storage"
}

# rws_selinux_homes: sshd must read authorized_keys from homes on NFS/EFS under SELinux.
rws_selinux_homes() {
  if command -v selinuxenabled >/dev/null 2>&1 && selinuxenabled; then
    setsebool -P use_nfs_home_dirs 1
    rws_log "SELinux: use_nfs_home_dirs on"
  fi
}

# rws_efs_region REGION: the EFS mount helper's region (efs-utils has no mount option for it).
rws_efs_region() {
  local conf=/etc/amazon/efs/efs-utils.conf
  [ -f "$conf" ] || return 0
  grep -qx "region = $1" "$conf" || sed -i "s/^#\{0,1\}region = .*/region = $1/" "$conf"
}

# rws_lustre_client: whether the Lustre client (mount.lustre) is here, installing it when this
# machine can: Amazon Linux 2023 from its repositories (lustre-client), Ubuntu from AWS's FSx
# for Lustre apt repository (the client modules of the running kernel). RWS_MOUNT_CMD (tests)
# stands for the mount, so the client is not needed then.
rws_lustre_client() {
  if [ -n "${RWS_MOUNT_CMD:-}" ] || command -v mount.lustre >/dev/null 2>&1; then return 0; fi
  if [ "$RWS_PKG" = dnf ] && [ "$RWS_OS_ID" = amzn ]; then
    dnf -q -y install lustre-client && return 0
  elif [ "$RWS_PKG" = apt ] && [ "$RWS_OS_ID" = ubuntu ] && [ "$RWS_OFFLINE" != 1 ]; then
    local codename
    # shellcheck source=/dev/null
    codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
    curl -fsSL https://fsx-lustre-client-repo-public-keys.s3.amazonaws.com/fsx-ubuntu-public-key.asc |
      gpg --dearmor --yes -o /usr/share/keyrings/fsx-ubuntu-public-key.gpg &&
      printf 'deb [signed-by=/usr/share/keyrings/fsx-ubuntu-public-key.gpg] https://fsx-lustre-client-repo.s3.amazonaws.com/ubuntu %s main\n' "$codename" \
        >/etc/apt/sources.list.d/fsxlustreclientrepo.list &&
      apt-get -q update && apt-get -q -y install "lustre-client-modules-$(uname -r)" && return 0
  fi
  return 1
}

# rws_mount_lustre DNS_NAME MOUNT_NAME MOUNTPOINT: the lab's FSx for Lustre scratch, with the
# options FSx recommends (relatime, flock; in fstab after the network).
rws_mount_lustre() {
  rws_lustre_client ||
    rws_fail "the Lustre client (mount.lustre) is not on this machine image and cannot be installed here (os $RWS_OS_ID, offline=$RWS_OFFLINE). Fix: use an image with the Lustre client for its kernel (Amazon Linux 2023: dnf install lustre-client; Ubuntu: lustre-client-modules-\$(uname -r) from AWS's FSx apt repository), or give the lab proxied egress"
  rws_ports='Lustre (TCP 988, 1018-1023)' rws_mount lustre "$1@tcp:/$2" "$3" relatime,flock,_netdev,x-systemd.automount,x-systemd.requires=network.service
}
