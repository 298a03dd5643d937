# shellcheck shell=bash
# shellcheck disable=SC2034  # variables are used by the scripts that source this file
# Common helpers for the .ci/scripts/* scripts. Source it; do not execute it.
#   ROOT       repository root
#   LOCAL_DIR  git-ignored local state (.local): downloads, logs, pids
# Scripts stay quiet unless something fails; `log` writes to stderr only when VERBOSE=1,
# `say` always writes to stderr, `die` writes and exits 1.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCAL_DIR="$ROOT/.local"
LOG_DIR="$LOCAL_DIR/logs"
PID_DIR="$LOCAL_DIR/pids"
mkdir -p "$LOG_DIR" "$PID_DIR"

KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_URL="${AFTERCARE_KEYCLOAK_URL:-http://127.0.0.1:8180}"
KEYCLOAK_REALM="${AFTERCARE_KEYCLOAK_REALM:-aftercare}"

say() { printf '%s\n' "$*" >&2; }
log() { if [[ "${VERBOSE:-0}" == "1" ]]; then printf '%s\n' "$*" >&2; fi; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# need CMD [DEBIAN_PACKAGE]: installs the Debian package non-interactively when CMD is missing.
need() {
  local cmd="$1" pkg="${2:-$1}"
  command -v "$cmd" >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" != "0" ]]; then
    die "'$cmd' is missing: install it with 'apt-get install -y $pkg' (as root)"
  fi
  say "installing $pkg (for '$cmd') ..."
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -qq "$pkg" </dev/null >"$LOG_DIR/apt-$pkg.log" 2>&1; then
    apt-get update -qq </dev/null >>"$LOG_DIR/apt-$pkg.log" 2>&1 || true
    apt-get install -y -qq "$pkg" </dev/null >>"$LOG_DIR/apt-$pkg.log" 2>&1 \
      || { cat "$LOG_DIR/apt-$pkg.log" >&2; die "could not install $pkg"; }
  fi
  command -v "$cmd" >/dev/null 2>&1 || die "'$cmd' still missing after installing $pkg"
}

# http_ok URL: true when URL answers 2xx.
http_ok() { curl -fsS -o /dev/null --max-time 5 "$1" 2>/dev/null; }

# wait_http URL SECONDS [PID] [LOGFILE]: wait for URL to answer 2xx; fail early when PID dies.
wait_http() {
  local url="$1" timeout="$2" pid="${3:-}" logfile="${4:-}" i
  for ((i = 0; i < timeout; i++)); do
    http_ok "$url" && return 0
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      [[ -n "$logfile" && -f "$logfile" ]] && { say "--- last lines of $logfile:"; tail -n 60 "$logfile" >&2; }
      die "process $pid exited before $url became ready"
    fi
    sleep 1
  done
  [[ -n "$logfile" && -f "$logfile" ]] && { say "--- last lines of $logfile:"; tail -n 60 "$logfile" >&2; }
  die "$url not ready after ${timeout}s"
}

# pid_alive NAME: true when .local/pids/NAME.pid names a live process.
pid_alive() {
  local f="$PID_DIR/$1.pid" pid
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null
}

# descendants PID: all descendant PIDs of PID (children first-level and below).
descendants() {
  local pid="$1" child
  for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

# kill_tree PID [SECONDS]: TERM the process, its descendants and (when PID leads one, as after setsid)
# its process group; wait up to SECONDS, then KILL whatever is left.
kill_tree() {
  local pid="$1" timeout="${2:-20}" pids p i group=""
  pids="$pid $(descendants "$pid" | tr '\n' ' ')"
  [[ "$(ps -o pgid= -p "$pid" 2>/dev/null | tr -d ' ')" == "$pid" ]] && group="$pid"
  [[ -n "$group" ]] && kill -TERM -- "-$group" 2>/dev/null
  for p in $pids; do kill -TERM "$p" 2>/dev/null || true; done
  for ((i = 0; i < timeout * 4; i++)); do
    local alive=0
    for p in $pids; do kill -0 "$p" 2>/dev/null && alive=1; done
    [[ -n "$group" ]] && pgrep -g "$group" >/dev/null 2>&1 && alive=1
    [[ $alive == 0 ]] && return 0
    sleep 0.25
  done
  [[ -n "$group" ]] && kill -KILL -- "-$group" 2>/dev/null
  for p in $pids; do kill -KILL "$p" 2>/dev/null || true; done
  sleep 0.5
  return 0
}

# stop_pidfile NAME: stop the process tree recorded in .local/pids/NAME.pid and remove the file.
stop_pidfile() {
  local f="$PID_DIR/$1.pid" pid
  [[ -f "$f" ]] || return 0
  pid="$(cat "$f")"
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill_tree "$pid" "${2:-20}"
  fi
  rm -f "$f"
}

# port_pids PORT: PIDs listening on TCP PORT (needs ss from iproute2).
port_pids() {
  { ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | cut -d= -f2 | sort -u; } || true
}

# java_home: a JDK >= 21 (see jdk.sh).
java_home() { "$ROOT/.ci/scripts/jdk.sh"; }
