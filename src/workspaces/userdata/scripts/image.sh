#!/bin/bash
# Baked images. The bake (ProvisioningPhase.BAKE) ends by recording what it installed: the
# template, its version and the content hash of the install steps in image.env, and the
# package inventory in image-packages.tsv. A boot on a baked image (ProvisioningPhase.BOOT)
# checks the hash before anything else: an image baked from another template, or from an
# older version of this one, stops the boot with the reason instead of half-working.

# rws_image_tools: what a workspace of the lab may need on AWS beyond the template: the AWS
# CLI (registry, secrets, S3 files) and amazon-efs-utils (EFS with TLS).
rws_image_tools() {
  rws_awscli
  rws_efs_utils || rws_fail "amazon-efs-utils could not be installed. Fix: give the image builder egress to github.com (the helper is built from source outside Amazon Linux)"
}

# rws_image_mark TEMPLATE VERSION HASH: records the bake, the package inventory, and empties
# the package cache (smaller image).
rws_image_mark() {
  local f=$RWS_ETC/image.env
  printf 'RWS_IMAGE_TEMPLATE=%s\nRWS_IMAGE_VERSION=%s\nRWS_IMAGE_HASH=%s\n' "$1" "$2" "$3" >"$f.new"
  chmod 0644 "$f.new"
  mv -f "$f.new" "$f"
  if [ "$RWS_PKG" = apt ]; then
    # shellcheck disable=SC2016
    dpkg-query -W -f='${binary:Package}\t${Version}\n' | LC_ALL=C sort >"$RWS_ETC/image-packages.tsv"
    apt-get -q clean
  else
    rpm -qa --qf '%{NAME}\t%{VERSION}-%{RELEASE}\n' | LC_ALL=C sort >"$RWS_ETC/image-packages.tsv"
    dnf -q clean all || true
  fi
  chmod 0644 "$RWS_ETC/image-packages.tsv"
  # The bake's payload is of no use in the image (a boot writes its own).
  rm -rf -- "$RWS_PAYLOAD"
  rws_log "image of template $1 version $2 baked (content $3, $(wc -l <"$RWS_ETC/image-packages.tsv") packages)"
}

# rws_image_check TEMPLATE HASH: the image must have been baked from this template's content.
rws_image_check() {
  local have='' f=$RWS_ETC/image.env
  if [ -r "$f" ]; then have=$(sed -n 's/^RWS_IMAGE_HASH=//p' "$f"); fi
  if [ -z "$have" ]; then
    rws_fail "this machine image was not baked (no $f), and this boot installs nothing for template $1. Fix: boot the image WorkspaceImage baked for template $1, or generate the full provisioning (ProvisioningPhase.FULL)"
  fi
  if [ "$have" != "$2" ]; then
    rws_fail "this machine image was baked from other template content ($(sed -n 's/^RWS_IMAGE_TEMPLATE=//p' "$f") $(sed -n 's/^RWS_IMAGE_VERSION=//p' "$f"), content $have) than template $1 needs (content $2). Fix: bake a new image for this template version (its pipeline writes the image parameter the workspace reads), or give the template a new version"
  fi
  rws_log "baked image of template $1 (content $2)"
}
