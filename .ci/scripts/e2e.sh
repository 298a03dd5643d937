#!/usr/bin/env bash
# End-to-end tests: packaged backend on 8089 (its management port 9089, so it runs beside make run's 8080/9000)
# against a freshly recreated aftercare_e2e database and the local
# Keycloak (must be up: `make test-e2e` wraps this in with-keycloak.sh), then `npm run e2e` (Playwright,
# system Chromium) in frontend/ with E2E_API_URL=http://127.0.0.1:8089. The backend, and any `vite preview`
# left on 4173, are stopped afterwards, also on failure. Extra arguments go to Playwright.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=kc-lib.sh
source "$(dirname "$0")/kc-lib.sh"

export BACKEND_NAME=backend-e2e BACKEND_PORT=8089 BACKEND_MANAGEMENT_PORT=9089 BACKEND_DB=aftercare_e2e
S="$ROOT/.ci/scripts"

http_ok "$KEYCLOAK_URL/realms/$KEYCLOAK_REALM/.well-known/openid-configuration" \
  || die "Keycloak realm not served at $KEYCLOAK_URL (.ci/scripts/keycloak.sh start)"
chromium="$("$S/chromium.sh")"
ensure_platform_admin_person || die "could not create the platform-admin person the e2e tests log in as"
"$S/postgres.sh" --recreate-e2e
"$S/frontend.sh" deps frontend

# vite preview processes (port 4173) that belong to this checkout
stop_preview() {
  local p
  for p in $(port_pids 4173); do
    if [[ "$(readlink -f "/proc/$p/cwd" 2>/dev/null)" == "$ROOT/frontend"* ]]; then kill_tree "$p" 10; fi
  done
}
cleanup() {
  "$S/backend.sh" stop || true
  stop_preview || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$S/backend.sh" stop
"$S/backend.sh" build
# Tracking links in booking receipts point at the preview server; the promise watch runs every 2 s, so a promise
# a test moves past its deadline is escalated at once (backend.sh hands the environment on to the JVM).
export AFTERCARE_PUBLIC_URL="http://localhost:4173"
export AFTERCARE_PROMISES_CHECK_EVERY=2s AFTERCARE_PROMISES_CHECK_DELAY=1s
"$S/backend.sh" start

mkdir -p "$LOCAL_DIR/reports"
cd "$ROOT/frontend"
export E2E_API_URL="http://127.0.0.1:$BACKEND_PORT"
export E2E_MANAGEMENT_URL="http://127.0.0.1:$BACKEND_MANAGEMENT_PORT"
export AFTERCARE_KEYCLOAK_URL="$KEYCLOAK_URL" AFTERCARE_KEYCLOAK_REALM="$KEYCLOAK_REALM"
export AFTERCARE_PLATFORM_CLIENT_SECRET="${AFTERCARE_PLATFORM_CLIENT_SECRET:-dev-platform-secret}"
export CHROMIUM_PATH="$chromium"
export PLAYWRIGHT_JUNIT_OUTPUT_NAME="$LOCAL_DIR/reports/playwright-junit.xml"
npm run e2e -- --reporter=list,junit "$@" </dev/null
