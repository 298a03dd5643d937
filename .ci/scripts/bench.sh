#!/usr/bin/env bash
# `make bench`: measures the packaged backend and writes .local/reports/bench.md.
#   1. start time (Quarkus' own "started in", and process start → /q/health/ready on the management port) and idle RSS, over N starts
#   2. HTTP throughput and latency of two read endpoints under load from `hey` on loopback (bounded in time)
# Uses a fresh database aftercare_bench, the local Keycloak, and ports 8098 (API) and 9098 (management). Not part of `make test`:
# numbers belong in a report, not in assertions.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=kc-lib.sh
source "$(dirname "$0")/kc-lib.sh"

STARTS="${BENCH_STARTS:-5}"
DURATION="${BENCH_DURATION:-15s}"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
STAFF_ROWS="${BENCH_STAFF_ROWS:-5000}"
PORT=8098
MANAGEMENT_PORT=9098
NAME=backend-bench
REPORT="$LOCAL_DIR/reports/bench.md"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$LOCAL_DIR/reports"
rm -f "$REPORT.failures"

need jq
if ! command -v hey >/dev/null; then
  say "installing hey (load generator) from Debian ..."
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hey >/dev/null \
    || die "hey is missing and could not be installed (apt-get install hey)"
fi

"$ROOT/.ci/scripts/postgres.sh" --recreate aftercare_bench
"$ROOT/.ci/scripts/backend.sh" build
export BACKEND_NAME=$NAME BACKEND_PORT=$PORT BACKEND_MANAGEMENT_PORT=$MANAGEMENT_PORT BACKEND_DB=aftercare_bench
# The bench measures the server, not the per-caller budget.
export AFTERCARE_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 AFTERCARE_RATE_LIMIT_BURST=1000000
trap '"$ROOT/.ci/scripts/backend.sh" stop >/dev/null 2>&1 || true' EXIT

starts=()
for i in $(seq 1 "$STARTS"); do
  t0=$(date +%s%N)
  "$ROOT/.ci/scripts/backend.sh" start &
  starter=$!
  until curl -fs -o /dev/null --max-time 1 "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready"; do
    sleep 0.05
    kill -0 "$starter" 2>/dev/null || { wait "$starter" || die "backend did not start"; }
  done
  t1=$(date +%s%N)
  wait "$starter"
  sleep 5
  pid="$(cat "$PID_DIR/$NAME.pid")"
  rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  quarkus_s=$(grep -o 'started in [0-9.]*s' "$LOG_DIR/$NAME.log" | tail -1 | grep -o '[0-9.]*' | head -1)
  starts+=("$i|$quarkus_s|$(( (t1 - t0) / 1000000 ))|$(( rss_kb / 1024 ))")
  say "start $i: quarkus ${quarkus_s}s, ready after $(( (t1 - t0) / 1000000 )) ms, idle RSS $(( rss_kb / 1024 )) MiB"
  [[ $i -lt $STARTS ]] && "$ROOT/.ci/scripts/backend.sh" stop
done

# A tenant with a manager who logs in through Keycloak, and many staff rows to page through.
platform="$(kc_client_token aftercare-platform "$PLATFORM_CLIENT_SECRET")"
slug="bench-$(date +%s)"
manager="bench.$(date +%s)"
tenant="$(curl -fsS -H "Authorization: Bearer $platform" -H 'Content-Type: application/json' "$BASE/api/v1/platform/tenants" \
  -d "{\"slug\":\"$slug\",\"name\":\"Bench\",\"manager\":{\"username\":\"$manager\",\"email\":\"$manager@example.com\",\"password\":\"bench-pass-1\",\"temporaryPassword\":false}}" \
  | jq -r .id)"
psql -h 127.0.0.1 -U aftercare_owner -d aftercare_bench -q -v ON_ERROR_STOP=1 <<SQL
select set_config('app.tenant_id', '$tenant', false);
insert into staff_user (tenant_id, id, username, email, roles, enabled, created_at)
select '$tenant', gen_random_uuid(), 'staff' || g, 'staff' || g || '@example.com', '{installer}', true, now()
from generate_series(1, $STAFF_ROWS) g;
SQL
token="$(kc_password_token "$manager" bench-pass-1)"
# The cursor after 80 % of the rows: keyset pagination must cost the same deep in the list as on page one.
deep_id="$(psql -h 127.0.0.1 -U aftercare_owner -d aftercare_bench -Atq -c "select set_config('app.tenant_id', '$tenant', false)" \
  -c "select id from staff_user order by id offset $((STAFF_ROWS * 8 / 10)) limit 1" | tail -1)"
deep_cursor="$(printf '%s' "$deep_id" | base64 -w0 | tr '+/' '-_' | tr -d '=')"

load() { # NAME PATH
  local out
  out="$(hey -z "$DURATION" -c "$CONCURRENCY" -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$2")"
  local rps p50 p95 p99 codes
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '/50% in/ {print $3*1000}' <<<"$out")
  p95=$(awk '/95% in/ {print $3*1000}' <<<"$out")
  p99=$(awk '/99% in/ {print $3*1000}' <<<"$out")
  codes=$(sed -n '/Status code distribution/,/^$/p' <<<"$out" | grep -o '\[[0-9]*\][[:space:]]*[0-9]* responses' | tr -s ' ' | paste -sd, -)
  echo "| $1 | \`$2\` | $rps | $p50 | $p95 | $p99 | $codes |"
  # Throughput of errors is no result: every answer must be a 200.
  [[ "$codes" =~ ^\[200\][[:space:]]*[0-9]+\ responses$ ]] || echo "$1 answered other than 200: $codes" >>"$REPORT.failures"
}

{
  echo "# Aftercare backend benchmark"
  echo
  echo "Measured $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "JDK $("$(java_home)/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), heap capped at 512 MiB (-Xmx512m), PostgreSQL and Keycloak on the same machine."
  echo
  echo "## Start of the packaged backend (quarkus-run.jar, Flyway migration of an empty database included in the first start)"
  echo
  echo "| start | Quarkus \"started in\" (s) | process start → ready (ms) | idle RSS after 5 s (MiB) |"
  echo "|---|---|---|---|"
  for s in "${starts[@]}"; do IFS='|' read -r i q r m <<<"$s"; echo "| $i | $q | $r | $m |"; done
  echo
  echo "## Reads under load (hey, $CONCURRENCY connections, $DURATION each, one manager token verified per request)"
  echo
  echo "| endpoint | path | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | status codes |"
  echo "|---|---|---|---|---|---|---|"
  load "settings" "/api/v1/settings"
  load "staff page (of $STAFF_ROWS)" "/api/v1/users?limit=50"
  load "staff page at row $((STAFF_ROWS * 8 / 10))" "/api/v1/users?limit=50&cursor=$deep_cursor"
} >"$REPORT"
cat "$REPORT"
if [[ -s "$REPORT.failures" ]]; then
  cat "$REPORT.failures" >&2
  rm -f "$REPORT.failures"
  die "the benchmark saw non-200 answers; its numbers do not count"
fi
