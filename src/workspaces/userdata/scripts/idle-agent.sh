#!/bin/bash
# rws-idle-agent: stops or hibernates an idle research workspace. Run by rws-idle.timer every
# few minutes. Activity is any of: CPU above a threshold, a GPU busy (nvidia-smi), a login or
# Session Manager session, a Jupyter kernel busy or recently used, network traffic. When none
# was seen for the threshold, the machine stops (or hibernates).
#
# Configuration: /etc/research-workspace/idle.conf, KEY=VALUE lines (read, never sourced):
#   IDLE_MINUTES CPU_PERCENT GPU_PERCENT NET_KBPS ACTION(stop|hibernate) PLATFORM JUPYTER_PORTS
# RWS_POWEROFF_CMD replaces the stop/hibernate command (tests); RWS_IDLE_NOW, RWS_PROC and
# RWS_IDLE_CONF let a test set the clock, /proc and the configuration.
set -Eeuo pipefail
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C
conf=${RWS_IDLE_CONF:-/etc/research-workspace/idle.conf}
state_dir=${RWS_IDLE_STATE:-/var/lib/research-workspace/idle}
log=${RWS_IDLE_LOG:-/var/log/research-workspace/idle.log}
proc=${RWS_PROC:-/proc}
IDLE_MINUTES=30 CPU_PERCENT=10 GPU_PERCENT=5 NET_KBPS=50 ACTION=stop PLATFORM=generic JUPYTER_PORTS=

if [ -r "$conf" ]; then
  while IFS='=' read -r k v; do
    case $k in
      IDLE_MINUTES | CPU_PERCENT | GPU_PERCENT | NET_KBPS) [[ $v =~ ^[0-9]{1,6}$ ]] && printf -v "$k" '%s' "$v" ;;
      ACTION) [[ $v == stop || $v == hibernate ]] && ACTION=$v ;;
      PLATFORM) [[ $v =~ ^[a-z]+$ ]] && PLATFORM=$v ;;
      JUPYTER_PORTS) [[ $v =~ ^[0-9,]*$ ]] && JUPYTER_PORTS=$v ;;
    esac
  done <"$conf"
fi
mkdir -p "$state_dir" "${log%/*}"
say() { printf '%s rws-idle: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >>"$log"; printf 'rws-idle: %s\n' "$*"; }

now=${RWS_IDLE_NOW:-$(date +%s)}
declare -A prev=()
if [ -r "$state_dir/state" ]; then
  while IFS='=' read -r k v; do [[ $v =~ ^[0-9]+$ ]] && prev[$k]=$v; done <"$state_dir/state"
fi
active=()

# CPU: busy share of all CPU time since the previous check.
read -r _ user nice system idle iowait irq softirq steal _ <"$proc/stat"
cpu_total=$((user + nice + system + idle + iowait + irq + softirq + steal))
cpu_idle=$((idle + iowait))
if [ -n "${prev[cpu_total]:-}" ] && ((cpu_total > prev[cpu_total])); then
  busy=$((100 * ((cpu_total - prev[cpu_total]) - (cpu_idle - prev[cpu_idle])) / (cpu_total - prev[cpu_total])))
  ((busy < CPU_PERCENT)) || active+=("cpu ${busy}%")
fi

# GPU: the busiest GPU.
if command -v nvidia-smi >/dev/null 2>&1; then
  gpu=$(nvidia-smi --query-gpu=utilization.gpu --format=csv,noheader,nounits 2>/dev/null | sort -n | tail -n 1 | tr -dc 0-9)
  [ -z "$gpu" ] || ((gpu < GPU_PERCENT)) || active+=("gpu ${gpu}%")
fi

# Sessions: logins (utmp) and Session Manager shells.
logins=$(who 2>/dev/null | wc -l)
((logins == 0)) || active+=("$logins login sessions")
if pgrep -f ssm-session-worker >/dev/null 2>&1; then active+=("Session Manager session"); fi

# Jupyter: a kernel busy, or used since the previous check.
if [ -n "$JUPYTER_PORTS" ] && command -v curl >/dev/null 2>&1; then
  token=
  [ ! -r /etc/research-workspace/secrets/jupyter.env ] || token=$(sed -n 's/^JUPYTER_TOKEN=//p' /etc/research-workspace/secrets/jupyter.env)
  since=${prev[checked]:-$((now - 60 * IDLE_MINUTES))}
  for port in ${JUPYTER_PORTS//,/ }; do
    kernels=$(curl -fsS -m 5 -H "Authorization: token $token" "http://127.0.0.1:$port/api/kernels" 2>/dev/null) || continue
    if grep -q '"execution_state": *"busy"' <<<"$kernels"; then active+=("jupyter kernel busy on port $port"); continue; fi
    while read -r ts; do
      t=$(date -d "$ts" +%s 2>/dev/null) || continue
      if ((t >= since)); then active+=("jupyter kernel used on port $port"); break; fi
    done < <(grep -o '"last_activity": *"[^"]*"' <<<"$kernels" | sed 's/.*"\([^"]*\)"$/\1/')
  done
fi

# Network: bytes in and out of every interface but loopback since the previous check.
net=0
while read -r line; do
  [[ $line == *:* ]] || continue
  ifc=${line%%:*}
  [ "${ifc// /}" = lo ] && continue
  read -r rx _ _ _ _ _ _ _ tx _ <<<"${line#*:}"
  net=$((net + rx + tx))
done <"$proc/net/dev"
if [ -n "${prev[net]:-}" ] && [ -n "${prev[checked]:-}" ] && ((now > prev[checked] && net >= prev[net])); then
  kbps=$(((net - prev[net]) / 1024 / (now - prev[checked])))
  ((kbps < NET_KBPS)) || active+=("network ${kbps} KB/s")
fi

idle_since=${prev[idle_since]:-$now}
if ((${#active[@]})); then
  idle_since=$now
  say "active: $(IFS=';'; echo "${active[*]}")"
fi
printf 'idle_since=%s\nchecked=%s\ncpu_total=%s\ncpu_idle=%s\nnet=%s\n' "$idle_since" "$now" "$cpu_total" "$cpu_idle" "$net" >"$state_dir/state.new"
mv -f "$state_dir/state.new" "$state_dir/state"
idle_min=$(((now - idle_since) / 60))
if ((${#active[@]} == 0)); then say "idle for $idle_min of $IDLE_MINUTES minutes"; fi
((idle_min >= IDLE_MINUTES)) || exit 0

poweroff_default() {
  if [ "$PLATFORM" = aws ] && [ "$1" = hibernate ] && command -v aws >/dev/null 2>&1; then
    local t id region
    t=$(curl -fsS -m 5 -X PUT -H 'X-aws-ec2-metadata-token-ttl-seconds: 60' http://169.254.169.254/latest/api/token)
    id=$(curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $t" http://169.254.169.254/latest/meta-data/instance-id)
    region=$(curl -fsS -m 5 -H "X-aws-ec2-metadata-token: $t" http://169.254.169.254/latest/meta-data/placement/region)
    aws ec2 stop-instances --region "$region" --instance-ids "$id" --hibernate >/dev/null && return 0
    say "hibernation was refused (not enabled for this instance?): stopping instead"
  elif [ "$1" = hibernate ]; then
    systemctl hibernate && return 0
    say "hibernation failed: stopping instead"
  fi
  systemctl poweroff
}
say "idle for $idle_min minutes (threshold $IDLE_MINUTES): $ACTION"
printf 'idle_since=%s\nchecked=%s\ncpu_total=%s\ncpu_idle=%s\nnet=%s\n' "$now" "$now" "$cpu_total" "$cpu_idle" "$net" >"$state_dir/state"
if [ -n "${RWS_POWEROFF_CMD:-}" ]; then "$RWS_POWEROFF_CMD" "$ACTION"; else poweroff_default "$ACTION"; fi
