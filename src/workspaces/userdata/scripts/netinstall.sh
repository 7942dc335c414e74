#!/bin/bash
# Software that comes from the internet rather than the distribution's repositories. Every
# install goes through rws_net WHAT ARGS..., which runs rws_net_WHAT, or RWS_NETINSTALL_CMD
# WHAT ARGS... when that is set (tests, offline mirrors). Only the installers a workspace
# uses end up in its provisioning script. Without internet (RWS_OFFLINE=1) only the SSM agent
# (from the region's S3 bucket, through the S3 gateway endpoint) is downloaded; anything else
# fails at once with the reason, unless RWS_NETINSTALL_CMD installs it from a mirror. (The
# CloudWatch agent's package comes from the region's bucket too, but never from the internet:
# rws_cloudwatch_agent_package fetches it itself.)

rws_net() {
  local what=$1
  shift
  rws_context "installing $what from the internet" "check the network route to github.com and the vendor's site (NAT gateway, proxy), or bake it into the image"
  if [ -n "${RWS_NETINSTALL_CMD:-}" ]; then
    rws_log "RWS_NETINSTALL_CMD replaces rws_net_${what//-/_}: $RWS_NETINSTALL_CMD $what $*"
    "$RWS_NETINSTALL_CMD" "$what" "$@"
  elif [ "$RWS_OFFLINE" = 1 ] && [ "$what" != ssm-agent ]; then
    rws_fail "$what must be installed from the internet, and this machine has none (egress none). Fix: bake $what into the machine image (and remove it from the template), give the lab proxied egress with the vendor's domains allowed, or set RWS_NETINSTALL_CMD to an installer that uses a mirror inside the network"
  else
    "rws_net_${what//-/_}" "$@"
  fi
  rws_context ''
}

rws_download() { # URL DEST
  rws_retry 5 curl -fsSL --proto '=https' --tlsv1.2 -o "$2" -- "$1"
}

rws_net_awscli() {
  local tmp
  tmp=$(mktemp -d)
  rws_download "https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip" "$tmp/aws.zip"
  command -v unzip >/dev/null 2>&1 || rws_packages unzip
  unzip -q "$tmp/aws.zip" -d "$tmp"
  "$tmp/aws/install" --update
  rm -rf "$tmp"
}

# rws_ssm_agent_url REGION FAMILY(apt|dnf) MACHINE(uname -m): the SSM agent package in the
# region's bucket (path-style, so the S3 gateway endpoint serves it without internet).
rws_ssm_agent_url() {
  local dist=linux ext=rpm arch
  if [ "$2" = apt ]; then dist=debian ext=deb; fi
  case $3 in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) return 1 ;;
  esac
  printf 'https://s3.%s.amazonaws.com/amazon-ssm-%s/latest/%s_%s/amazon-ssm-agent.%s\n' "$1" "$1" "$dist" "$arch" "$ext"
}

# rws_ssm_agent: the SSM agent (Session Manager, the lab's user sync) where the image has
# none (Debian 12 and Rocky 9 on AWS), from the region's S3 bucket.
rws_ssm_agent() {
  local url
  if command -v amazon-ssm-agent >/dev/null 2>&1; then
    rws_log "the SSM agent is installed"
    return 0
  fi
  rws_need_region
  url=$(rws_ssm_agent_url "$RWS_REGION" "$RWS_PKG" "$(uname -m)") ||
    rws_fail "AWS publishes no SSM agent for $(uname -m). Fix: use an x86_64 or arm64 instance, or an image with the agent"
  rws_net ssm-agent "$url"
}

rws_net_ssm_agent() { # URL
  local tmp
  rws_context "installing the SSM agent from $1" "check that the lab's S3 gateway endpoint (or a route to S3) serves the subnet, and that its policy allows the amazon-ssm-<region> bucket"
  tmp=$(mktemp -d)
  rws_download "$1" "$tmp/${1##*/}"
  if [ "$RWS_PKG" = apt ]; then dpkg -i "$tmp/${1##*/}"; else rpm -U --replacepkgs "$tmp/${1##*/}"; fi
  rm -rf "$tmp"
  systemctl enable amazon-ssm-agent.service
  if [ -d /run/systemd/system ]; then systemctl restart amazon-ssm-agent.service; fi
  rws_log "SSM agent installed from $1"
}

# rws_cloudwatch_agent_url REGION OS_ID FAMILY(apt|dnf) MACHINE(uname -m): the CloudWatch
# agent's package in the region's bucket (path-style, served by the S3 gateway endpoint).
rws_cloudwatch_agent_url() {
  local dist ext=rpm arch
  case $3:$2 in
    apt:ubuntu) dist=ubuntu ext=deb ;;
    apt:*) dist=debian ext=deb ;;
    dnf:amzn) dist=amazon_linux ;;
    *) dist=redhat ;;
  esac
  case $4 in
    x86_64 | amd64) arch=amd64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) return 1 ;;
  esac
  printf 'https://s3.%s.amazonaws.com/amazoncloudwatch-agent-%s/%s/%s/latest/amazon-cloudwatch-agent.%s\n' "$1" "$1" "$dist" "$arch" "$ext"
}

# rws_cloudwatch_agent_package: the Amazon CloudWatch agent where the image has none, from
# Amazon Linux's repositories or else the region's bucket (both through the S3 endpoint).
rws_cloudwatch_agent_package() {
  local url
  if [ -x /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl ]; then
    rws_log "the CloudWatch agent is installed"
    return 0
  fi
  if [ "$RWS_PKG" = dnf ] && [ "$RWS_OS_ID" = amzn ] && dnf -q -y install amazon-cloudwatch-agent; then return 0; fi
  rws_need_region
  url=$(rws_cloudwatch_agent_url "$RWS_REGION" "$RWS_OS_ID" "$RWS_PKG" "$(uname -m)") ||
    rws_fail "AWS publishes no CloudWatch agent for $(uname -m). Fix: use an x86_64 or arm64 instance, or an image with the agent"
  rws_cloudwatch_agent_download "$url"
}

# rws_cloudwatch_agent_download URL: the package from the region's bucket, with or without
# internet (the S3 gateway endpoint serves it), so not through rws_net.
rws_cloudwatch_agent_download() {
  local tmp
  rws_context "installing the CloudWatch agent from $1" "check that the lab's S3 gateway endpoint (or a route to S3) serves the subnet, and that its policy allows the amazoncloudwatch-agent-<region> bucket"
  tmp=$(mktemp -d)
  rws_download "$1" "$tmp/${1##*/}"
  if [ "$RWS_PKG" = apt ]; then dpkg -i "$tmp/${1##*/}"; else rpm -U --replacepkgs "$tmp/${1##*/}"; fi
  rm -rf "$tmp"
  rws_log "CloudWatch agent installed from $1"
}

# rws_cloudwatch_agent SOURCE CONFIG: installs the agent's configuration (metrics only) and
# (re)starts it; the agent runs as cwagent, which its package creates.
rws_cloudwatch_agent() {
  local ctl=/opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl
  rws_cloudwatch_agent_package
  [ -x "$ctl" ] || rws_fail "the CloudWatch agent's package did not install $ctl. Fix: install amazon-cloudwatch-agent into the image"
  getent passwd cwagent >/dev/null || rws_fail "the CloudWatch agent's package did not create the user cwagent it runs as. Fix: reinstall amazon-cloudwatch-agent"
  rws_install_file "$1" "$2" 0644 root root
  rws_context "starting the CloudWatch agent with $2" "read /opt/aws/amazon-cloudwatch-agent/logs/configuration-validation.log and amazon-cloudwatch-agent.log"
  "$ctl" -a fetch-config -m ec2 -s -c "file:$2"
  rws_log "CloudWatch agent started with $2 (metrics only, as cwagent)"
}

rws_net_efs_utils() {
  local tmp
  tmp=$(mktemp -d)
  if [ "$RWS_PKG" = apt ]; then
    rws_packages git binutils rustc cargo pkg-config libssl-dev gettext
    git clone --depth 1 https://github.com/aws/efs-utils "$tmp/efs-utils"
    (cd "$tmp/efs-utils" && ./build-deb.sh)
    apt-get -q -y install "$tmp"/efs-utils/build/amazon-efs-utils*.deb
  else
    rws_packages git rpm-build make rust cargo openssl-devel
    git clone --depth 1 https://github.com/aws/efs-utils "$tmp/efs-utils"
    make -C "$tmp/efs-utils" rpm
    dnf -q -y install "$tmp"/efs-utils/build/amazon-efs-utils*.rpm
  fi
  rm -rf "$tmp"
}

rws_net_miniforge() { # PREFIX
  local tmp
  tmp=$(mktemp -d)
  rws_download "https://github.com/conda-forge/miniforge/releases/latest/download/Miniforge3-Linux-$(uname -m).sh" "$tmp/miniforge.sh"
  bash "$tmp/miniforge.sh" -b -p "$1"
  rm -rf "$tmp"
}

rws_net_conda() { # PREFIX PACKAGE...
  "$1/bin/conda" install -y -q "${@:2}"
}

rws_net_pip() { # PREFIX PACKAGE... (a virtualenv is created when PREFIX has no pip)
  [ -x "$1/bin/pip" ] || python3 -m venv "$1"
  "$1/bin/pip" install -q "${@:2}"
}

# rws_net_spack PREFIX RELEASE SPEC...: spack at a release tag (the tag pins spack and its
# package recipes, so the version and checksum of every source), the lab's mirror first when
# RWS_SPACK_MIRROR names one (an image bake: lab.yaml images.spack_mirror; an s3:// mirror is
# read with boto3, which this installs when missing), then the specs. A source that no mirror
# and no site the network allows has stops the run with the package named: no half-built image.
rws_net_spack() {
  local prefix=$1 release=$2 spack log pkg
  shift 2
  spack=$prefix/bin/spack
  rws_context "fetching spack $release into $prefix" "check the route to github.com (or set RWS_SPACK_GIT to a clone of spack's repository with the tag $release)"
  if [ ! -d "$prefix/.git" ]; then
    git clone --quiet --depth 1 --branch "$release" "${RWS_SPACK_GIT:-https://github.com/spack/spack.git}" "$prefix"
  elif [ "$(git -C "$prefix" describe --tags --exact-match 2>/dev/null || true)" != "$release" ]; then
    git -C "$prefix" fetch --quiet --depth 1 origin "refs/tags/$release:refs/tags/$release"
    git -C "$prefix" checkout --quiet "$release"
  fi
  if [ -n "${RWS_SPACK_MIRROR:-}" ]; then
    rws_context "adding the spack mirror $RWS_SPACK_MIRROR" "check lab.yaml images.spack_mirror (https://, s3://bucket/prefix or file:///path)"
    case $RWS_SPACK_MIRROR in
      s3://*) python3 -c 'import boto3' >/dev/null 2>&1 || rws_spack_boto3 ;;
    esac
    "$spack" mirror remove --scope site rws-lab >/dev/null 2>&1 || true
    "$spack" mirror add --scope site rws-lab "$RWS_SPACK_MIRROR"
    rws_log "spack mirror rws-lab: $RWS_SPACK_MIRROR (tried before spack's public mirror)"
  fi
  rws_context "building spack packages $* with spack $release" "read the spack output above in the log"
  log=$(mktemp)
  { "$spack" install --fail-fast "$@" 2>&1 || echo "rws-spack-status=$?"; } | tee "$log"
  if grep -q '^rws-spack-status=' "$log"; then
    pkg=$(sed -n 's/.*All fetchers failed for \(spack-stage-\)\{0,1\}\([^ ]*\).*/\2/p' "$log" | head -n 1 | sed 's/-[a-z0-9]\{32\}$//')
    rm -f "$log"
    if [ -n "$pkg" ]; then
      rws_fail "spack found the source of $pkg in no mirror it may reach (${RWS_SPACK_MIRROR:+$RWS_SPACK_MIRROR, }mirror.spack.io) and the network does not allow its own download site. Fix: add it to the lab's spack mirror (on a machine with internet: spack mirror create -d DIR ${pkg%-*}@${pkg##*-}, then copy DIR to the mirror named in lab.yaml images.spack_mirror), or allow the package's download site on the build network's proxy"
    fi
    rws_fail "spack could not install $* (spack $release); nothing was recorded as installed. Fix: read the spack error above in the log, correct the spec in the template, or add what it could not fetch to lab.yaml images.spack_mirror"
  fi
  rm -f "$log"
  if [ -n "${RWS_SPACK_MIRROR:-}" ]; then
    # The image keeps spack's defaults: its workspaces have no access to the lab's mirror.
    "$spack" mirror remove --scope site rws-lab
  fi
}

# rws_spack_boto3: the Python module spack reads s3:// mirrors with, from the distribution
# (Debian, Ubuntu) or PyPI (dnf families: not in Rocky's BaseOS and AppStream).
rws_spack_boto3() {
  if [ "$RWS_PKG" = apt ]; then
    rws_packages python3-boto3
  else
    python3 -m pip --version >/dev/null 2>&1 || rws_packages python3-pip
    python3 -m pip install --quiet boto3
  fi
}

rws_net_code_server() {
  local tmp
  tmp=$(mktemp -d)
  rws_download https://code-server.dev/install.sh "$tmp/install.sh"
  sh "$tmp/install.sh" --method standalone --prefix /usr/local
  rm -rf "$tmp"
}

rws_net_rstudio_server() {
  local v=2024.12.1-563 tmp codename
  tmp=$(mktemp -d)
  if [ "$RWS_PKG" = apt ]; then
    # shellcheck source=/dev/null
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    rws_download "https://download2.rstudio.org/server/$codename/amd64/rstudio-server-$v-amd64.deb" "$tmp/rstudio.deb"
    apt-get -q -y install "$tmp/rstudio.deb"
  else
    rws_download "https://download2.rstudio.org/server/rhel9/x86_64/rstudio-server-rhel-$v-x86_64.rpm" "$tmp/rstudio.rpm"
    dnf -q -y install "$tmp/rstudio.rpm"
  fi
  rm -rf "$tmp"
  # The package's own unit runs rserver as root: the workspace runs its own, as the owner.
  systemctl disable rstudio-server.service >/dev/null 2>&1 || true
  if [ -d /run/systemd/system ]; then systemctl stop rstudio-server.service || true; fi
}

rws_net_gh() {
  dnf -q -y install 'dnf-command(config-manager)'
  dnf config-manager --add-repo https://cli.github.com/packages/rpm/gh-cli.repo
  dnf -q -y install gh
}

rws_net_yadm() {
  local tmp
  tmp=$(mktemp -d)
  rws_download https://raw.githubusercontent.com/yadm-dev/yadm/3.3.0/yadm "$tmp/yadm"
  install -m 0755 "$tmp/yadm" /usr/local/bin/yadm
  rm -rf "$tmp"
}

rws_net_dotfiles() { # USER URL HOME
  rws_as "$1" yadm clone --no-bootstrap "$2"
  if [ -x "$3/.config/yadm/bootstrap" ]; then rws_as "$1" "$3/.config/yadm/bootstrap"; fi
}
