#!/usr/bin/env bash
# Frontend dev server (vite, http://localhost:5173, proxies /api and /q to the backend on 8080).
#   frontend.sh deps     npm ci when node_modules is missing or older than package-lock.json
#   frontend.sh start    deps + `npm run dev` in the background, wait until it answers (no-op if running)
#   frontend.sh stop     stop npm and every child (vite/esbuild) by process group and tree; no-op if stopped
#   frontend.sh status   exit 0 when running
# Also used for openapi/: `frontend.sh deps openapi` installs the lint tools.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

NAME=frontend
PORT="${FRONTEND_PORT:-5173}"
URL="http://localhost:$PORT/"
LOGFILE="$LOG_DIR/$NAME.log"

# npm_deps DIR: npm ci when DIR/node_modules is missing or stale.
npm_deps() {
  local dir="$1"
  [[ -f "$dir/package-lock.json" ]] || die "$dir/package-lock.json is missing (commit it; npm ci needs it)"
  if [[ -d "$dir/node_modules" && -f "$dir/node_modules/.package-lock.json" \
        && ! "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]]; then
    return 0
  fi
  if ! (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error </dev/null >"$LOG_DIR/npm-ci-$(basename "$dir").log" 2>&1); then
    tail -n 40 "$LOG_DIR/npm-ci-$(basename "$dir").log" >&2
    die "npm ci failed in $dir"
  fi
}

do_status() {
  if pid_alive "$NAME"; then echo "running ($URL, pid $(cat "$PID_DIR/$NAME.pid"))"; return 0; fi
  echo "stopped"
  return 1
}

do_start() {
  if pid_alive "$NAME"; then
    wait_http "$URL" 60 "$(cat "$PID_DIR/$NAME.pid")" "$LOGFILE"
    return 0
  fi
  [[ -z "$(port_pids "$PORT")" ]] || die "port $PORT is already taken by pid(s) $(port_pids "$PORT" | tr '\n' ' ')"
  npm_deps "$ROOT/frontend"
  : >"$LOGFILE"
  (
    cd "$ROOT/frontend"
    export AFTERCARE_API_URL="${AFTERCARE_API_URL:-http://127.0.0.1:8080}"
    exec setsid npm run dev -- --port "$PORT" --strictPort </dev/null >>"$LOGFILE" 2>&1
  ) &
  local pid=$!
  echo "$pid" >"$PID_DIR/$NAME.pid"
  wait_http "$URL" 90 "$pid" "$LOGFILE"
}

do_stop() {
  # npm -> sh -> node (vite) -> esbuild, all in the process group made by setsid: stop_pidfile kills group and tree.
  stop_pidfile "$NAME" 15
}

case "${1:-}" in
  deps) npm_deps "$ROOT/${2:-frontend}" ;;
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) echo "usage: $0 deps [frontend|openapi]|start|stop|status" >&2; exit 2 ;;
esac
