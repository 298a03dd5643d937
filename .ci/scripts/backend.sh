#!/usr/bin/env bash
# Packaged backend (Quarkus) as a background process.
#   backend.sh build    ./mvnw -B -q package -DskipTests (skipped when the jar is newer than pom.xml and src/)
#   backend.sh start    start target/quarkus-app/quarkus-run.jar, wait for /q/health/ready on the management
#                       port (no-op if running)
#   backend.sh stop     stop it (by PID); no-op when not running
#   backend.sh status   exit 0 when running and ready
# Environment (defaults = `make run`):
#   BACKEND_NAME=backend   name of the pid/log files (.local/pids/NAME.pid, .local/logs/NAME.log)
#   BACKEND_PORT=8080      HTTP port of the API (e2e: 8089)
#   BACKEND_MANAGEMENT_PORT=9000  management port: /q/health, /q/metrics (e2e: 9089)
#   BACKEND_DB=aftercare   database (e2e: aftercare_e2e)
#   FORCE_BUILD=1          build even when the jar looks up to date
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

NAME="${BACKEND_NAME:-backend}"
PORT="${BACKEND_PORT:-8080}"
MANAGEMENT_PORT="${BACKEND_MANAGEMENT_PORT:-9000}"
DB="${BACKEND_DB:-aftercare}"
BACKEND_DIR="$ROOT/backend"
JAR="$BACKEND_DIR/target/quarkus-app/quarkus-run.jar"
LOGFILE="$LOG_DIR/$NAME.log"
READY_URL="http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"

jar_fresh() {
  [[ -f "$JAR" ]] || return 1
  [[ -z "$(find "$BACKEND_DIR/pom.xml" "$BACKEND_DIR/src" -newer "$JAR" -print -quit 2>/dev/null)" ]]
}

do_build() {
  if [[ "${FORCE_BUILD:-0}" != 1 ]] && jar_fresh; then return 0; fi
  if ! (cd "$BACKEND_DIR" && "$ROOT/.ci/scripts/mvn.sh" -B -q package -DskipTests </dev/null >"$LOG_DIR/backend-build.log" 2>&1); then
    tail -n 80 "$LOG_DIR/backend-build.log" >&2
    die "backend build failed (full log: $LOG_DIR/backend-build.log)"
  fi
  [[ -f "$JAR" ]] || die "backend build produced no $JAR"
}

do_status() {
  if pid_alive "$NAME" && http_ok "$READY_URL"; then echo "running (http://127.0.0.1:$PORT, management http://127.0.0.1:$MANAGEMENT_PORT, pid $(cat "$PID_DIR/$NAME.pid"))"; return 0; fi
  if pid_alive "$NAME"; then echo "starting or not ready (pid $(cat "$PID_DIR/$NAME.pid"))"; return 1; fi
  echo "stopped"
  return 1
}

do_start() {
  if pid_alive "$NAME"; then
    if [[ -f "$JAR" && "$JAR" -nt "$PID_DIR/$NAME.pid" ]]; then
      say "backend jar rebuilt since $NAME started: restarting it"
      do_stop
    else
      wait_http "$READY_URL" 120 "$(cat "$PID_DIR/$NAME.pid")" "$LOGFILE"
      return 0
    fi
  fi
  [[ -f "$JAR" ]] || die "no $JAR: run '$0 build' (or make run) first"
  local port
  for port in "$PORT" "$MANAGEMENT_PORT"; do
    if [[ -n "$(port_pids "$port")" ]]; then
      die "port $port is already taken by pid(s) $(port_pids "$port" | tr '\n' ' ')"
    fi
  done
  local jh jdbc pid
  jh="$(java_home)"
  jdbc="jdbc:postgresql://127.0.0.1:5432/$DB"
  : >"$LOGFILE"
  (
    # From the app folder, where the class-data-sharing archive's recorded class path matches.
    cd "$BACKEND_DIR/target/quarkus-app"
    export QUARKUS_HTTP_HOST="${QUARKUS_HTTP_HOST:-127.0.0.1}"
    export QUARKUS_HTTP_PORT="$PORT"
    export QUARKUS_MANAGEMENT_HOST="${QUARKUS_MANAGEMENT_HOST:-127.0.0.1}"
    export QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT"
    export QUARKUS_DATASOURCE_JDBC_URL="$jdbc"
    export QUARKUS_DATASOURCE_USERNAME="${QUARKUS_DATASOURCE_USERNAME:-aftercare_app}"
    export QUARKUS_DATASOURCE_PASSWORD="${QUARKUS_DATASOURCE_PASSWORD:-aftercare_app}"
    export QUARKUS_FLYWAY_JDBC_URL="$jdbc"
    export QUARKUS_FLYWAY_USERNAME="${QUARKUS_FLYWAY_USERNAME:-aftercare_owner}"
    export QUARKUS_FLYWAY_PASSWORD="${QUARKUS_FLYWAY_PASSWORD:-aftercare_owner}"
    export AFTERCARE_KEYCLOAK_URL="$KEYCLOAK_URL"
    export AFTERCARE_KEYCLOAK_REALM="$KEYCLOAK_REALM"
    export AFTERCARE_BACKEND_CLIENT_SECRET="${AFTERCARE_BACKEND_CLIENT_SECRET:-dev-backend-secret}"
    export MP_JWT_VERIFY_ISSUER="${MP_JWT_VERIFY_ISSUER:-$KEYCLOAK_URL/realms/$KEYCLOAK_REALM}"
    export MP_JWT_VERIFY_PUBLICKEY_LOCATION="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/protocol/openid-connect/certs}"
    cds=()
    [[ -f app-cds.jsa ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
    # shellcheck disable=SC2086
    exec setsid "$jh/bin/java" ${BACKEND_JAVA_OPTS:--Xmx512m} "${cds[@]}" -jar quarkus-run.jar </dev/null >>"$LOGFILE" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PID_DIR/$NAME.pid"
  wait_http "$READY_URL" "${BACKEND_READY_TIMEOUT:-120}" "$pid" "$LOGFILE"
}

do_stop() {
  stop_pidfile "$NAME" 30
}

case "${1:-}" in
  build) do_build ;;
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  *) echo "usage: $0 build|start|stop|status" >&2; exit 2 ;;
esac
