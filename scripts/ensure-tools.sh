#!/usr/bin/env bash
# Makes sure the validators that `npm test` drives are on this machine.
#
# - shellcheck, cloud-init and debootstrap come from Debian's packages: installed here when
#   missing (needs Linux, root and apt-get). So do redis-server and rabbitmq-server for the
#   permit service tests (test/permit-service/): the tests start private instances on free
#   loopback ports; a system instance the package may start is neither needed nor touched.
#   clamav, clamav-daemon and zip for the ingress scanner tests (test/ingress/): the tests build
#   their own signature database and start clamd privately; freshclam never downloads here.
#   git for `rws lab plan-upgrade`, which reads a lab's previous state from its repository
#   (test/cli/lab-plan-upgrade.test.ts makes repositories of its own).
#   nftables for the AWS permit's metadata guard, applied in network namespaces the test makes
#   (test/release/release-area-aws.test.ts).
#   The AWS CLI (aws) for the boot's SSM fetches against moto_server (test/userdata/ssm-fetch-cli.test.ts):
#   the machine's Python has it beside moto_server; Debian's awscli package when it is missing.
# - promtool comes with Debian's prometheus package: the Kubernetes labs' alert rules are checked
#   and unit-tested with it (test/kubernetes-lab/monitoring.test.ts); the service is not started.
# - cfn-lint and moto_server come with the machine's Python, terraform is preinstalled: they
#   cannot be installed from here, only reported.
#
# Locally a tool that cannot exist is reported loudly and the tests skip only the checks that
# need it. Under CI=true a missing tool is a failure, never a skip.
set -euo pipefail

missing_apt=()
for pkg in shellcheck:shellcheck cloud-init:cloud-init debootstrap:debootstrap squid:squid openssl:openssl nft:nftables \
  redis-server:redis-server /usr/lib/rabbitmq/bin/rabbitmq-server:rabbitmq-server epmd:rabbitmq-server \
  clamscan:clamav clamd:clamav-daemon freshclam:clamav-freshclam zip:zip promtool:prometheus git:git aws:awscli; do
  tool=${pkg%%:*}
  command -v "$tool" >/dev/null 2>&1 || missing_apt+=("${pkg#*:}")
done

loud() {
  printf '\n!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n' >&2
  printf '!! %s\n' "$@" >&2
  printf '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!\n\n' >&2
}

if ((${#missing_apt[@]})); then
  if [ "$(uname -s)" = Linux ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "ensure-tools: installing ${missing_apt[*]} from Debian's packages" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    # Only the packages, sorted and once each (epmd comes with rabbitmq-server).
    mapfile -t missing_apt < <(printf '%s\n' "${missing_apt[@]}" | sort -u)
    # RUNLEVEL=1: invoke-rc.d does not start the packages' system services (rabbitmq, redis).
    RUNLEVEL=1 apt-get install -y -q "${missing_apt[@]}" >/dev/null
  elif [ "${CI:-}" = true ]; then
    loud "CI=true and ${missing_apt[*]} missing: this machine cannot install them (needs Linux, root, apt-get)." \
      "The user-data checks cannot run, so the test run fails."
    exit 1
  else
    loud "${missing_apt[*]} not installed and cannot be installed here (needs Linux, root, apt-get)." \
      "The tests that need them will SKIP those checks and say so."
  fi
fi

for tool in cfn-lint moto_server terraform; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    if [ "${CI:-}" = true ]; then
      loud "CI=true and $tool is missing. cfn-lint and moto_server come with the machine's Python; terraform" \
        "must be at /usr/local/bin. They cannot be installed from PyPI or the Terraform registry here."
      exit 1
    fi
    loud "$tool is missing: the checks that need it will be SKIPPED in this local run."
  fi
done
echo "ensure-tools: shellcheck, cloud-init, debootstrap, squid, openssl, redis-server, rabbitmq-server, clamav, zip, promtool, git, aws, cfn-lint, moto_server, terraform checked" >&2
