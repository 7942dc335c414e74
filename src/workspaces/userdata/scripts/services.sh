#!/bin/bash
# Services: systemd units that run as the workspace owner, secrets for them written at boot
# to root-only environment files, and a systemctl that also works where systemd is not running.

rws_units_seen=0

# rws_units_apply UNIT... : reloads systemd when files changed since the last call, enables
# (and starts, when systemd runs) the units, and restarts them when their files changed.
rws_units_apply() {
  local changed=0
  [ "$rws_files_changed" = "$rws_units_seen" ] || changed=1
  rws_units_seen=$rws_files_changed
  if [ -d /run/systemd/system ]; then
    [ "$changed" = 0 ] || systemctl daemon-reload
    if [ "$#" -gt 0 ]; then
      systemctl enable "$@"
      if [ "$changed" = 0 ]; then systemctl start "$@"; else systemctl restart "$@"; fi
    fi
  elif [ "$#" -gt 0 ]; then
    systemctl enable "$@"
    rws_log "systemd is not running here: enabled $*, they start at the next boot"
  fi
}

# rws_unit NAME: installs a unit file from the payload.
rws_unit() {
  rws_install_file "$RWS_PAYLOAD/units/$1" "/etc/systemd/system/$1" 0644 root root
}

# rws_service_secret SERVICE VAR KIND LOCATION: the service's secret from the lab's store.
rws_service_secret() {
  local v
  rws_secret_value v "$3" "$4"
  rws_env_file "$RWS_ETC/secrets/$1.env" "$2" "$v"
  rws_log "$1: $2 read from $4"
}

# rws_service_token SERVICE VAR OWNER: a random token generated once, kept across runs, and
# shown to the owner in ~/.config/research-workspace/SERVICE.token (0600).
rws_service_token() {
  local f=$RWS_ETC/secrets/$1.env v home
  if [ ! -f "$f" ]; then
    v=$(head -c 30 /dev/urandom | base64 | tr -d '/+=\n')
    rws_env_file "$f" "$2" "$v"
    rws_log "$1: generated a random $2"
  fi
  v=$(sed -n "s/^$2=//p" "$f")
  home=$(getent passwd "$3" | cut -d: -f6)
  # Written as the owner (the home may hold links the owner planted): a refusal is logged.
  printf '%s\n' "$v" | rws_user_put "$3" "$home/.config/research-workspace/$1.token" 0600 || true
}

# rws_system_service NAME: a service the template names that the operating system provides
# (docker, gdm, ...): enabled when installed.
rws_system_service() {
  if systemctl list-unit-files --no-legend "$1.service" 2>/dev/null | grep -q .; then
    rws_units_apply "$1.service"
  else
    rws_log "warning: service $1 is not installed; the template asks for it (install it in packages or post_install)"
  fi
}

# rws_services_firewall OWNER PORT...: on this machine only OWNER and root may connect to the
# ports of the workspace's services (and their claim checks): nftables on the output hook
# matches the connecting socket's user. Written here because OWNER's uid is known only now;
# loaded (as root) by every service unit before it starts (ExecStartPre).
rws_services_firewall() {
  local owner=$1 uid tmp ports
  shift
  uid=$(id -u -- "$owner") || rws_fail "the services' owner $owner has no account"
  ports=$(IFS=,; printf '%s' "$*")
  tmp=$(mktemp)
  printf '%s\n' \
    "# only $owner (uid $uid) and root may connect to these ports from this machine" \
    'table inet rws_services' \
    'delete table inet rws_services' \
    'table inet rws_services {' \
    '  chain output {' \
    '    type filter hook output priority 0; policy accept;' \
    "    oifname \"lo\" tcp dport { $ports } meta skuid != { 0, $uid } counter reject with tcp reset" \
    '  }' \
    '}' >"$tmp"
  rws_install_file "$tmp" "$RWS_ETC/services.nft" 0644 root root
  rm -f -- "$tmp"
}

# rws_gate_fetch SHA256 PREFIX N: the claim check's code from N SSM parameters PREFIX/0.. (base64
# of its gzip), into $RWS_STATE/rws-gate, refused unless its SHA-256 is the one generated with.
rws_gate_fetch() {
  local f=$RWS_STATE/rws-gate
  rws_fetch_parts "$2" "$3" "$f.b64"
  if ! base64 -d <"$f.b64" | gzip -dc >"$f" ||
    ! printf '%s  %s\n' "$1" "$f" | sha256sum -c --quiet >/dev/null 2>&1; then
    rws_fail "the claim check's code in $2 is not the one generated with (sha256 $1). Fix: deploy the web gateway and the workspace together"
  fi
  rm -f -- "$f".*
}
