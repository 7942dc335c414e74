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

# rws_service_password_login OWNER KIND LOCATION: the owner's login password (RStudio Server
# authenticates with it) from a secret, through chpasswd's standard input.
rws_service_password_login() {
  local v
  rws_secret_value v "$2" "$3"
  printf '%s:%s\n' "$1" "$v" | chpasswd
  rws_log "password of $1 set from $3"
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
