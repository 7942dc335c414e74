#!/bin/bash
# Fetching: files and the registry from S3, SSM Parameter Store, HTTPS or a mounted file, and
# secrets from Secrets Manager, SSM or a file. RWS_FETCH_CMD and RWS_SECRET_CMD replace them.

# rws_awscli: the AWS CLI, installed when missing. Without internet it must be on the image
# (Amazon Linux 2023 has it).
rws_awscli() {
  command -v aws >/dev/null 2>&1 && return 0
  if [ "$RWS_OFFLINE" = 1 ] && [ -z "${RWS_NETINSTALL_CMD:-}" ]; then
    rws_fail "${rws_ctx:-this step} needs the AWS CLI, which is not on this machine image and cannot be downloaded without internet (egress none). Fix: use an image with the AWS CLI v2 (or an Amazon Linux 2023 template), or give the lab proxied egress"
  fi
  rws_net awscli
}

# rws_need_region: sets RWS_REGION, unless given, from the instance metadata (IMDSv2;
# RWS_IMDS_URL replaces its address in tests).
rws_need_region() {
  [ -z "${RWS_REGION:-}" ] || return 0
  local t imds=${RWS_IMDS_URL:-http://169.254.169.254}
  t=$(curl -fsS -m 5 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 300' "$imds/latest/api/token") ||
    rws_fail "the instance metadata service is not reachable at $imds. Fix: enable IMDSv2 on the instance (HttpEndpoint enabled)"
  RWS_REGION=$(curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $t" "$imds/latest/meta-data/placement/region") || RWS_REGION=
  [[ $RWS_REGION =~ ^[a-z]{2}(-[a-z]+)+-[0-9]$ ]] || rws_fail "the instance metadata gave no region (got \"$RWS_REGION\"). Fix: enable IMDSv2 on the instance"
}

# rws_fetch_default URL DEST: s3://, ssm:NAME, https:// or file:///path.
rws_fetch_default() {
  case $1 in
    s3://*)
      rws_awscli
      rws_retry 5 aws s3 cp --only-show-errors -- "$1" "$2" ;;
    ssm:*)
      rws_awscli
      rws_need_region
      rws_retry 5 aws ssm get-parameter --region "$RWS_REGION" --with-decryption --name "${1#ssm:}" \
        --query Parameter.Value --output text >"$2" ;;
    https://*)
      rws_retry 5 curl -fsSL --proto '=https' --tlsv1.2 -o "$2" -- "$1" ;;
    file://*)
      cp -- "${1#file://}" "$2" ;;
    *) rws_fail "cannot fetch $1: only s3://, ssm:, https:// and file:// are supported" ;;
  esac
}

rws_fetch() {
  rws_context "fetching $1" "check that it exists and that this machine may read it (instance role, bucket policy, network)"
  rws_hook RWS_FETCH_CMD rws_fetch_default "$@"
  rws_context ''
}

# rws_fetch_parts PREFIX N OUT: the values of the SSM parameters PREFIX/0..N-1, in order, into
# OUT: the tools' and the claim check's code. Ten names go to a GetParameters call: the AWS CLI
# starts once per ten parts, not once per part (each start costs most of a second of CPU on a
# small instance). The values are base64 (no tab, no newline); a part not returned fails the run
# with its name. RWS_FETCH_CMD, when set, gets one part a call (ssm:PREFIX/i DEST). (The
# registry's pieces still come one per call: rws_registry_fetch is in the 16 KB user-data that
# carries the tools inline, which has no room for this function.)
rws_fetch_parts() {
  local p=$1 n=$2 o=$3 i j v
  if [ -n "${RWS_FETCH_CMD:-}" ]; then
    for ((i = 0; i < n; i++)); do rws_fetch "ssm:$p/$i" "$o.$i"; done
  else
    rws_context "fetching SSM parameters $p/*" "let the role read them (ssm:GetParameters)"
    rws_awscli
    rws_need_region
    for ((i = 0; i < n; i += 10)); do
      # shellcheck disable=SC2046
      rws_retry 5 aws ssm get-parameters --region "$RWS_REGION" --with-decryption --names $(seq -f "$p/%g" $i $((i + 9 < n ? i + 9 : n - 1))) --query 'Parameters[].[Name,Value]' --output text
    done | while IFS=$'\t' read -r j v; do
      [[ ! ${j#"$p/"} =~ ^[0-9]+$ ]] || echo "$v" >"$o.${j#"$p/"}"
    done
  fi
  for ((i = 0; i < n; i++)); do
    cat -- "$o.$i" || rws_fail "the SSM parameter $p/$i was not returned. Fix: deploy the stack that holds it"
  done >"$o"
  rm -f -- "$o".*
  rws_context ''
}

# rws_registry_fetch DEST SHA256 KIND LOCATION [CHUNKS]: fetches the lab's registry (gzip, or
# base64 gzip in CHUNKS SSM parameters LOCATION/0..n-1) and checks its SHA-256.
rws_registry_fetch() {
  local dest=$1 sum=$2 kind=$3 loc=$4 n=${5:-1} i tmp
  tmp=$(mktemp -d)
  if [ "$kind" = ssm ]; then
    for ((i = 0; i < n; i++)); do rws_fetch "ssm:$loc/$i" "$tmp/part.$i"; done
    for ((i = 0; i < n; i++)); do cat "$tmp/part.$i"; done | base64 -d >"$tmp/registry.gz"
  else
    rws_fetch "$loc" "$tmp/registry.gz"
  fi
  gzip -dc "$tmp/registry.gz" >"$tmp/registry.tsv" || rws_fail "the registry fetched from $loc is not gzip data. Fix: publish the registry payload this user-data was generated with"
  if ! printf '%s  %s\n' "$sum" "$tmp/registry.tsv" | sha256sum -c --quiet >/dev/null 2>&1; then
    rws_fail "the registry fetched from $loc has SHA-256 $(sha256sum <"$tmp/registry.tsv" | cut -c1-64), expected $sum: it changed after this user-data was generated. Fix: deploy the registry and the workspace together (or run rws-sync-users with the new file)"
  fi
  install -m 0600 "$tmp/registry.tsv" "$dest"
  rm -rf "$tmp"
  rws_log "registry fetched from $loc and verified (sha256 $sum)"
}

rws_secret_default() {
  case $1 in
    secretsmanager)
      rws_awscli
      aws secretsmanager get-secret-value --region "$(cut -d: -f4 <<<"$2")" --secret-id "$2" --query SecretString --output text ;;
    ssm)
      rws_awscli
      rws_need_region
      aws ssm get-parameter --region "$RWS_REGION" --with-decryption --name "$2" --query Parameter.Value --output text ;;
    *) return 1 ;;
  esac
}

# rws_secret_value VAR KIND LOCATION: reads a secret into VAR. The value never reaches the log,
# the command line of another process or the user-data. RWS_SECRET_CMD replaces the cloud
# stores (secretsmanager, ssm); a file is read where it is.
rws_secret_value() {
  local -n out=$1
  rws_context "reading the secret $3 ($2)" "check that it exists and that this machine's role may read it"
  if [ "$2" = file ]; then
    out=$(cat -- "$3")
  else
    out=$(rws_hook RWS_SECRET_CMD rws_secret_default "$2" "$3")
  fi
  rws_context ''
  out=${out%$'\n'}
  [[ $out =~ ^[A-Za-z0-9._~+/=@%:-]{8,512}$ ]] ||
    rws_fail "the secret $3 is not 8-512 characters of letters, digits and ._~+/=@%:- . Fix: store a plain token (no quotes, spaces or newlines) in it"
}

# rws_env_file PATH VAR VALUE: writes VAR=VALUE to a root-only file systemd reads at service start.
rws_env_file() {
  install -d -m 0700 "${1%/*}"
  (umask 077 && printf '%s=%s\n' "$2" "$3" >"$1.rws-new")
  mv -f "$1.rws-new" "$1"
}

# rws_code_fetch SHA256 PREFIX N DEST: code from N SSM parameters PREFIX/0.. (base64 of its
# gzip) into DEST, refused unless its SHA-256 is the one generated with.
rws_code_fetch() {
  local f=$4
  rws_fetch_parts "$2" "$3" "$f.b64"
  if ! base64 -d <"$f.b64" | gzip -dc >"$f" ||
    ! printf '%s  %s\n' "$1" "$f" | sha256sum -c --quiet >/dev/null 2>&1; then
    rws_fail "the code in $2 is not the one generated with (sha256 $1). Fix: deploy the workspace's stack again (it holds the parameters)"
  fi
  rm -f -- "$f".*
}
