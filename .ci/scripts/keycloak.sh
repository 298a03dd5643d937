#!/usr/bin/env bash
# Local Keycloak for development and tests.
#   keycloak.sh start    download (once, through Maven), unpack, import the realm, start, wait until ready.
#                        No-op when already up with the current realm file. If the realm file changed since
#                        the last import, the local Keycloak data is wiped and the realm imported again.
#   keycloak.sh stop     stop the Keycloak this script started (by PID); no-op when not running.
#   keycloak.sh status   exit 0 and print "running" when up and ready, else exit 1 and print "stopped".
#   keycloak.sh restart  stop + start.
# Whenever Keycloak starts on empty data (first start, or realm file changed), .local/keycloak-fresh-data is
# created: `make run` then recreates the demo database, whose tenants would otherwise have no Keycloak users.
# Layout: .local/keycloak-<version>/ (dist, H2 data in data/), .local/logs/keycloak.log, .local/pids/keycloak*.pid.
# Keycloak: http://127.0.0.1:8180, issuer http://127.0.0.1:8180/realms/aftercare, master admin admin/admin.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

KC_PORT="${KEYCLOAK_PORT:-8180}"
KC_HOME="$LOCAL_DIR/keycloak-$KEYCLOAK_VERSION"
KC_LOG="$LOG_DIR/keycloak.log"
REALM_FILE="$ROOT/helm/aftercare/files/realm-aftercare.json"
REALM_SUM_FILE="$KC_HOME/data/.realm-aftercare.sha256"
READY_URL="http://127.0.0.1:$KC_PORT/realms/$KEYCLOAK_REALM/.well-known/openid-configuration"

realm_sum() { sha256sum "$REALM_FILE" | cut -d' ' -f1; }

ensure_dist() {
  [[ -x "$KC_HOME/bin/kc.sh" ]] && return 0
  need unzip
  local dl="$LOCAL_DIR/downloads" zip
  zip="$dl/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  mkdir -p "$dl"
  if [[ ! -s "$zip" ]]; then
    log "downloading Keycloak $KEYCLOAK_VERSION through Maven ..."
    # Run Maven outside any project (cd into the download dir) so a broken backend pom cannot block this.
    if ! (cd "$dl" && "$ROOT/.ci/scripts/mvn.sh" -B -q \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
        -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        -DoutputDirectory="$dl" </dev/null >"$LOG_DIR/keycloak-download.log" 2>&1); then
      cat "$LOG_DIR/keycloak-download.log" >&2
      die "could not download org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip"
    fi
  fi
  local tmp="$LOCAL_DIR/keycloak-unpack.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  unzip -q "$zip" -d "$tmp" || die "could not unpack $zip"
  rm -rf "$KC_HOME"
  mv "$tmp/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

ready() { http_ok "$READY_URL"; }

# running: our launcher (or the JVM) is alive.
running() { pid_alive keycloak || pid_alive keycloak-jvm; }

do_status() {
  if running && ready; then echo "running (http://127.0.0.1:$KC_PORT, pid $(cat "$PID_DIR/keycloak.pid" 2>/dev/null || echo '?'))"; return 0; fi
  if ! running && ready; then echo "running (not started by this script: http://127.0.0.1:$KC_PORT)"; return 0; fi
  if running; then echo "starting or unhealthy (pid $(cat "$PID_DIR/keycloak.pid" 2>/dev/null || echo '?'))"; return 1; fi
  echo "stopped"
  return 1
}

do_stop() {
  # the launcher was started with setsid: stop_pidfile kills its process group, its tree and the JVM.
  stop_pidfile keycloak 30
  stop_pidfile keycloak-jvm 30
}

do_start() {
  [[ -f "$REALM_FILE" ]] || die "realm file missing: $REALM_FILE"
  jq -e . "$REALM_FILE" >/dev/null 2>&1 || { need jq; jq -e . "$REALM_FILE" >/dev/null || die "invalid JSON: $REALM_FILE"; }
  ensure_dist

  local want have=""
  want="$(realm_sum)"
  [[ -f "$REALM_SUM_FILE" ]] && have="$(cat "$REALM_SUM_FILE")"

  if running; then
    if [[ "$want" == "$have" ]]; then
      wait_http "$READY_URL" 180 "$(cat "$PID_DIR/keycloak.pid" 2>/dev/null || cat "$PID_DIR/keycloak-jvm.pid")" "$KC_LOG"
      return 0
    fi
    say "realm file changed since the last import: restarting Keycloak with fresh data"
    do_stop
  elif ready; then
    say "something else already serves $READY_URL; using it as is (realm file NOT re-imported)"
    return 0
  fi

  if [[ -n "$(port_pids "$KC_PORT")" ]]; then
    die "port $KC_PORT is taken by pid(s) $(port_pids "$KC_PORT" | tr '\n' ' ')but does not serve realm '$KEYCLOAK_REALM'"
  fi

  if [[ "$want" != "$have" ]]; then
    rm -rf "$KC_HOME/data"
  fi
  # Fresh Keycloak data = no users: tell `make run` that the demo database must be reset too.
  [[ -d "$KC_HOME/data/h2" ]] || touch "$LOCAL_DIR/keycloak-fresh-data"
  mkdir -p "$KC_HOME/data/import"
  cp "$REALM_FILE" "$KC_HOME/data/import/realm-aftercare.json"

  local jh pid
  jh="$(java_home)"
  : >"$KC_LOG"
  (
    cd "$KC_HOME"
    export JAVA_HOME="$jh" PATH="$jh/bin:$PATH"
    export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
    export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
    exec setsid bin/kc.sh start-dev \
      --http-port="$KC_PORT" --http-host=127.0.0.1 --hostname="http://127.0.0.1:$KC_PORT" \
      --import-realm </dev/null >>"$KC_LOG" 2>&1
  ) &
  pid=$!
  echo "$pid" >"$PID_DIR/keycloak.pid"
  wait_http "$READY_URL" 240 "$pid" "$KC_LOG"
  # record the JVM too: kc.sh either exec's java (same pid) or runs it as a child.
  local jvm
  jvm="$(port_pids "$KC_PORT" | head -n1)"
  [[ -n "$jvm" ]] && echo "$jvm" >"$PID_DIR/keycloak-jvm.pid"
  echo "$want" >"$REALM_SUM_FILE"
}

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  status) do_status ;;
  restart) do_stop; do_start ;;
  *) echo "usage: $0 start|stop|status|restart" >&2; exit 2 ;;
esac
