#!/usr/bin/env bash
# `make bench`: measures the packaged backend against PostgreSQL itself and writes .local/reports/bench.md.
#   1. start time (Quarkus' own "started in", and process start -> /q/health/ready on the management port) and idle
#      RSS, over N starts;
#   2. for each data scale (BENCH_SCALES, work orders across BENCH_TENANTS tenants, skewed: .ci/bench/generate.sql)
#      and each read scenario: the API under load from `hey`, then the very SQL the application issued for one such
#      request (captured from PostgreSQL's statement log by .ci/bench/capture.py, not written by hand) through
#      pgbench as the application role (row-level security on), with the same number of clients for the same time.
#      The report gives both rates, their ratio and p50/p99 of each, and (BENCH_PROFILE=on, the default) a JFR profile
#      of the server during each measured API run: its hottest methods, kept beside the report for `jfr view`.
# Uses fresh databases aftercare_bench, the local Keycloak, and ports 8098 (API) and 9098 (management). Not part of
# `make test`: numbers belong in a report, not in assertions.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
# shellcheck source=kc-lib.sh
source "$(dirname "$0")/kc-lib.sh"

STARTS="${BENCH_STARTS:-5}"
DURATION="${BENCH_DURATION:-15s}"
CONCURRENCY="${BENCH_CONCURRENCY:-8}"
STAFF_ROWS="${BENCH_STAFF_ROWS:-5000}"
# Work orders per data set; "1000000 10000000" shows how cost grows with data (the 10 M set takes a while to make).
SCALES="${BENCH_SCALES:-1000000}"
TENANTS="${BENCH_TENANTS:-1000}"
PROFILE="${BENCH_PROFILE:-on}"
PORT=8098
MANAGEMENT_PORT=9098
NAME=backend-bench
REPORT="$LOCAL_DIR/reports/bench.md"
PROFILES="$LOCAL_DIR/bench/profiles.md"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$LOCAL_DIR/reports"
rm -f "$REPORT.failures"

need jq
need pgbench postgresql
need python3
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
# No background job runs beside the requests: the statement log then holds only what a request issued.
export AFTERCARE_PROMISES_CHECK_EVERY=off AFTERCARE_NOTIFICATIONS_DELIVER_EVERY=off AFTERCARE_DISCIPLINE_CHECK_EVERY=off \
  AFTERCARE_FOLLOW_UPS_SAMPLE_EVERY=off AFTERCARE_LOGINS_UPGRADE_EVERY=off AFTERCARE_KPI_ROLLUP_EVERY=off \
  AFTERCARE_REPORTS_CHECK_EVERY=off AFTERCARE_CONNECTION_CHECK_EVERY=off
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

PSQL_OWNER=(psql -h 127.0.0.1 -U aftercare_owner -d aftercare_bench -v ON_ERROR_STOP=1 -Atq)
PSQL_SUPER=(psql -h 127.0.0.1 -U postgres -d aftercare_bench -v ON_ERROR_STOP=1 -Atq)
WORK="$LOCAL_DIR/bench"
mkdir -p "$WORK"
# The server's log file (Debian's pg_ctlcluster writes it; the log line prefix names user@database).
PG_LOG="$(pg_lsclusters --no-header 2>/dev/null | awk '$3 == 5432 {print $7}' | head -1)"
[[ -n "$PG_LOG" && -r "$PG_LOG" ]] || die "cannot read the PostgreSQL log of the cluster on port 5432 (pg_lsclusters): the SQL capture needs it"
"${PSQL_SUPER[@]}" -c "show log_line_prefix" | grep -q '%u@%d' \
  || die "the PostgreSQL log line prefix must name user@database (%u@%d) for the SQL capture"

# percentiles FILE: "p50 p99" in ms of the latencies (ms, one per line) in FILE.
percentiles() {
  sort -n "$1" | awk '{v[NR] = $1} END {if (NR == 0) {print "- -"; exit} i50 = int(NR * 0.50); i99 = int(NR * 0.99); if (i50 < 1) i50 = 1; if (i99 < 1) i99 = 1; printf "%.1f %.1f\n", v[i50], v[i99]}'
}

# api PATH [BODY]: hey's requests/s, p50 and p99 (ms) for a GET of PATH, or a POST of the JSON BODY; every answer
# must be a 2xx.
api() {
  local out rps codes
  local post=()
  [[ -n "${2:-}" ]] && post=(-m POST -T application/json -d "$2")
  hey -z 3s -c "$CONCURRENCY" "${post[@]}" -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$1" >/dev/null
  profile start
  out="$(hey -z "$DURATION" -c "$CONCURRENCY" "${post[@]}" -o csv -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$1")"
  profile stop
  # csv: response-time (s),DNS+dialup,DNS,Request-write,Response-delay,Response-read,status-code,offset
  awk -F, 'NR > 1 {print $1 * 1000}' <<<"$out" >"$WORK/api.lat"
  codes="$(awk -F, 'NR > 1 {print $7}' <<<"$out" | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')"
  [[ "$codes" =~ ^2[0-9][0-9]\ x[0-9]+$ ]] || echo "$1 answered other than one 2xx status: $codes" >>"$REPORT.failures"
  rps="$(awk -v s="${DURATION%s}" 'END {printf "%.0f", NR / s}' "$WORK/api.lat")"
  echo "$rps $(percentiles "$WORK/api.lat")"
}

# profile start|stop: a JFR recording of the server (sampling every 10 ms) around one measured API run, named after
# the scenario; on stop, where its samples fell (.ci/bench/profile.py) goes to $WORK/$slug.hot.
profile() {
  [[ "$PROFILE" == on ]] || return 0
  local pid jh
  pid="$(cat "$PID_DIR/$NAME.pid")"
  jh="$(java_home)"
  if [[ "$1" == start ]]; then
    "$jh/bin/jcmd" "$pid" JFR.start name=bench settings=profile filename="$WORK/$slug.jfr" >/dev/null
  else
    "$jh/bin/jcmd" "$pid" JFR.stop name=bench >/dev/null
    "$jh/bin/jfr" print --events jdk.ExecutionSample --stack-depth 300 "$WORK/$slug.jfr" >"$WORK/$slug.samples" 2>/dev/null || true
    python3 "$ROOT/.ci/bench/profile.py" "$WORK/$slug.samples" >"$WORK/$slug.hot" || true
  fi
}

# capture PATH SCRIPT [BODY [WARM_PATH WARM_BODY]]: the SQL one request to PATH (a POST of BODY, if given) made
# PostgreSQL execute, as a pgbench script. The same request goes first unlogged, or WARM_PATH with WARM_BODY where the
# request can be made only once (a state transition).
capture() {
  local offset
  local post=() warm=()
  [[ -n "${3:-}" ]] && post=(-X POST -H 'Content-Type: application/json' -d "$3")
  warm=("${post[@]}" "$BASE$1")
  [[ -n "${4:-}" ]] && warm=(-X POST -H 'Content-Type: application/json' -d "$5" "$BASE$4")
  curl -fsS -o /dev/null -H "Authorization: Bearer $token" "${warm[@]}"
  offset="$(stat -c %s "$PG_LOG")"
  psql -h 127.0.0.1 -U postgres -Atq -c "alter system set log_min_duration_statement = 0" -c "select pg_reload_conf()" >/dev/null
  sleep 1
  curl -fsS -o /dev/null "${post[@]}" -H "Authorization: Bearer $token" "$BASE$1"
  sleep 1
  psql -h 127.0.0.1 -U postgres -Atq -c "alter system reset log_min_duration_statement" -c "select pg_reload_conf()" >/dev/null
  python3 "$ROOT/.ci/bench/capture.py" "$PG_LOG" "$offset" aftercare_app@aftercare_bench >"$2"
}

# database SCRIPT [ROLE [PGBENCH_OPTION...]]: pgbench's transactions/s, p50 and p99 (ms) running SCRIPT as ROLE (the
# application's role).
database() {
  rm -f "$WORK"/pgbench_log.*
  (cd "$WORK" && pgbench -n -h 127.0.0.1 -U "${2:-aftercare_app}" -d aftercare_bench -M prepared -c "$CONCURRENCY" -j 2 \
    -T "${DURATION%s}" -l "${@:3}" -f "$1" >"$WORK/pgbench.out" 2>&1) \
    || { tail -n 5 "$WORK/pgbench.out" >&2; echo "pgbench failed on $1" >>"$REPORT.failures"; echo "0 - -"; return; }
  # per-transaction log: client, transaction, latency (us), ...
  cat "$WORK"/pgbench_log.* | awk '{print $3 / 1000}' >"$WORK/db.lat"
  echo "$(awk '/^tps/ {printf "%.0f", $3}' "$WORK/pgbench.out") $(percentiles "$WORK/db.lat")"
}

# walls NAME: what each tenant wall costs one scenario's captured SQL, in pgbench's transactions/s: as the application
# issues it (row-level security and the ORM's tenant predicate), without the ORM's predicate (row-level security
# alone), and as the superuser, whom row-level security does not bind (the ORM's predicate alone). Without both the
# query reads across tenants and loses its tenant-leading index, so that is no yardstick.
walls() {
  local slug sql stripped both rls orm
  slug="$(tr -c 'a-z0-9' '-' <<<"$1" | tr -s '-' | sed 's/-$//')"
  sql="$WORK/$slug.sql"
  stripped="$WORK/$slug.no-orm-filter.sql"
  # Hibernate renders @TenantId's filter as "<alias>.tenant_id='<uuid>'::uuid" (with spaces in joins' on clauses).
  sed -E "s/[a-z0-9_]+\.tenant_id ?= ?'[0-9a-f-]{36}'::uuid/true/g" "$sql" >"$stripped"
  read -r both _ <<<"$(database "$sql")"
  read -r rls _ <<<"$(database "$stripped")"
  read -r orm _ <<<"$(database "$sql" postgres)"
  echo "| $1 | $both | $rls | $orm | $(awk -v b="$both" -v o="$orm" 'BEGIN {printf "%+.0f %%", (o > 0 ? 100 * (o - b) / o : 0)}') | $(awk -v b="$both" -v r="$rls" 'BEGIN {printf "%+.0f %%", (r > 0 ? 100 * (r - b) / r : 0)}') |"
}

# steady PATH RATE: p50 and p99 (ms) of PATH at a fixed RATE of requests/s (hey's -q per connection), and the rate reached.
steady() {
  local out
  out="$(hey -z "$DURATION" -c "$CONCURRENCY" -q "$(( $2 / CONCURRENCY ))" -o csv -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$1")"
  awk -F, 'NR > 1 {print $1 * 1000}' <<<"$out" >"$WORK/steady.lat"
  echo "$(percentiles "$WORK/steady.lat") $(awk -v s="${DURATION%s}" 'END {printf "%.0f", NR / s}' "$WORK/steady.lat")"
}

# promise_passes: the promise watch over every tenant, timed by its own metric (aftercare_promises_pass_seconds):
# the server restarts with a pass every 2 s; the first pass marks what the generated data left overdue, the later
# ones are the steady state.
promise_passes() {
  local metrics first count sum
  "$ROOT/.ci/scripts/backend.sh" stop >/dev/null
  AFTERCARE_PROMISES_CHECK_EVERY=2s AFTERCARE_PROMISES_CHECK_DELAY=1s "$ROOT/.ci/scripts/backend.sh" start >/dev/null
  metrics() { curl -fs "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" | awk -v m="aftercare_promises_pass_seconds_$1" '$1 == m {print $2}'; }
  for _ in $(seq 1 600); do count="$(metrics count)"; [[ "${count:-0}" != 0* ]] && break; sleep 1; done
  first="$(metrics sum)"
  for _ in $(seq 1 120); do count="$(metrics count)"; awk -v c="${count:-0}" 'BEGIN {exit !(c >= 6)}' && break; sleep 1; done
  sum="$(metrics sum)"
  echo
  awk -v f="$first" -v s="$sum" -v c="$count" -v t="$TENANTS" 'BEGIN {
    printf "Promise watch over all %d tenants: first pass %.0f ms (marks what the generated data left overdue), then %.0f ms a pass (mean of %d).\n",
      t + 1, f * 1000, (c > 1 ? (s - f) / (c - 1) * 1000 : 0), c - 1 }'
  "$ROOT/.ci/scripts/backend.sh" stop >/dev/null
  "$ROOT/.ci/scripts/backend.sh" start >/dev/null
}

# row NAME "API_RATE P50 P99" "SQL_RATE P50 P99": the report's row of the scenario whose files are $WORK/$slug.* (its
# statements: the SQL lines of its pgbench script, not the meta-commands); its SQL and profile kept beside the report.
row() {
  local a d
  read -r -a a <<<"$2"
  read -r -a d <<<"$3"
  echo "| $1 | ${a[0]} | ${a[1]} / ${a[2]} | ${d[0]} | ${d[1]} / ${d[2]} | $(awk -v x="${a[0]}" -v y="${d[0]}" 'BEGIN {printf "%.2f", (y > 0 ? x / y : 0)}') | $(grep -vc '^\\' "$WORK/$slug.sql") |"
  cp "$WORK/$slug.sql" "$LOCAL_DIR/reports/bench-sql-$slug.sql"
  if [[ -s "$WORK/$slug.hot" ]]; then
    cp "$WORK/$slug.jfr" "$LOCAL_DIR/reports/bench-$slug.jfr"
    { echo; echo "#### $1"; echo; cat "$WORK/$slug.hot"; } >>"$PROFILES"
  fi
}

# scenario NAME PATH [BODY]: one row of the report; with BODY, a POST that creates, whose captured SQL draws new ids
# and numbers on each pgbench transaction (.ci/bench/replayable.py).
scenario() {
  local slug a d
  slug="$(tr -c 'a-z0-9' '-' <<<"$1" | tr -s '-' | sed 's/-$//')"
  # A fresh token per scenario: a whole run outlasts one.
  token="$(kc_password_token "$manager" bench-pass-1)"
  rm -f "$WORK/$slug.hot"
  read -r -a a <<<"$(api "$2" "${3:-}")"
  capture "$2" "$WORK/$slug.sql" "${3:-}"
  if [[ -n "${3:-}" ]]; then
    python3 "$ROOT/.ci/bench/replayable.py" "$WORK/$slug.sql" >"$WORK/$slug.replayable.sql"
    mv "$WORK/$slug.replayable.sql" "$WORK/$slug.sql"
  fi
  read -r -a d <<<"$(database "$WORK/$slug.sql")"
  row "$1" "${a[*]}" "${d[*]}"
}

# transition NAME STATUS PATH BODY: one row of the report for a state transition, which an order takes once (a second
# POST is refused with 409), so `hey` repeating one URL cannot load it. PATH and BODY name an order's id and version as
# {1} and {2}; the orders are the measured tenant's in STATUS (up to 20,000). .ci/bench/transition.py posts once per
# order from $CONCURRENCY threads, for $DURATION or until the orders run out; two orders it does not use serve the
# capture, and pgbench replays that SQL on an order of its own per transaction (.ci/bench/replayable.py).
transition() {
  local slug a d rows replay_rows
  slug="$(tr -c 'a-z0-9' '-' <<<"$1" | tr -s '-' | sed 's/-$//')"
  token="$(kc_password_token "$manager" bench-pass-1)"
  rm -f "$WORK/$slug.hot"
  # Read as the superuser (row-level security binds the owner); kept as a table for the replay below.
  "${PSQL_SUPER[@]}" -c "set client_min_messages = warning" -c "drop table if exists bench_transition_order, bench_transition_replay" \
    -c "create table bench_transition_order as select row_number() over () as n, id, version from
          (select id, version from work_order where tenant_id = '$tenant' and status = '$2' order by random() limit 20000) o"
  "${PSQL_SUPER[@]}" -F ' ' -c "select id, version from bench_transition_order order by n" >"$WORK/$slug.orders"
  rows="$(wc -l <"$WORK/$slug.orders")"
  (( rows >= 10 )) || die "$1: only $rows orders of the measured tenant are $2"
  # Orders 1 and 2 for the capture; a fifth of the rest warms the JIT (at most 3 s), the others are measured.
  local warm=$(( (rows - 2) / 5 ))
  sed -n "3,$(( warm + 2 ))p" "$WORK/$slug.orders" \
    | TOKEN="$token" DURATION=3 CONCURRENCY="$CONCURRENCY" python3 "$ROOT/.ci/bench/transition.py" "$BASE$3" "$4" >/dev/null 2>&1
  profile start
  read -r -a a <<<"$(tail -n +$(( warm + 3 )) "$WORK/$slug.orders" \
    | TOKEN="$token" DURATION="$DURATION" CONCURRENCY="$CONCURRENCY" \
      python3 "$ROOT/.ci/bench/transition.py" "$BASE$3" "$4" 2>"$WORK/$slug.statuses")"
  profile stop
  [[ "${a[3]:-}" == 0 ]] || echo "$3 answered other than 2xx: $(tail -n 1 "$WORK/$slug.statuses")" >>"$REPORT.failures"
  grep -h 'ran out' "$WORK/$slug.statuses" >&2 || true
  fill() { awk -v t="$1" -v id="$2" -v v="$3" 'BEGIN {gsub(/\{1\}/, id, t); gsub(/\{2\}/, v, t); print t}'; }
  local captured warmed
  read -r -a warmed <<<"$(sed -n 1p "$WORK/$slug.orders")"
  read -r -a captured <<<"$(sed -n 2p "$WORK/$slug.orders")"
  capture "$(fill "$3" "${captured[@]}")" "$WORK/$slug.sql" "$(fill "$4" "${captured[@]}")" \
    "$(fill "$3" "${warmed[@]}")" "$(fill "$4" "${warmed[@]}")"
  # The replay's orders: those still in STATUS first, then the ones the API moved on, at their version now; as many
  # as a multiple of the clients (each client keeps to its own rows).
  replay_rows=$(( rows / CONCURRENCY * CONCURRENCY ))
  "${PSQL_SUPER[@]}" -c "create table bench_transition_replay as select row_number() over (order by (w.status = '$2') desc, w.id) as n, w.id, w.version
          from work_order w join bench_transition_order o using (id) order by n limit $replay_rows" \
    -c "alter table bench_transition_replay add primary key (n)" -c "grant select on bench_transition_replay to aftercare_app"
  python3 "$ROOT/.ci/bench/replayable.py" "$WORK/$slug.sql" "${captured[0]}" bench_transition_replay "$replay_rows" "$CONCURRENCY" \
    >"$WORK/$slug.replayable.sql"
  mv "$WORK/$slug.replayable.sql" "$WORK/$slug.sql"
  read -r -a d <<<"$(database "$WORK/$slug.sql" aftercare_app -D k=0)"
  row "$1" "${a[*]}" "${d[*]}"
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
} >"$REPORT"

: >"$PROFILES"
for scale in $SCALES; do
  # A fresh platform token per data set: making one outlasts a token's life.
  platform="$(kc_client_token aftercare-platform "$PLATFORM_CLIENT_SECRET")"
  "$ROOT/.ci/scripts/backend.sh" stop
  "$ROOT/.ci/scripts/postgres.sh" --recreate aftercare_bench
  "$ROOT/.ci/scripts/backend.sh" start
  # The large tenant: made through the API, so that its manager signs in through Keycloak.
  stamp="$(date +%s)"
  slug="bench-$stamp"
  manager="$slug.mgr" # logins are <tenant prefix (the slug)>.<name>
  tenant="$(curl -fsS -H "Authorization: Bearer $platform" -H 'Content-Type: application/json' "$BASE/api/v1/platform/tenants" \
    -d "{\"slug\":\"$slug\",\"name\":\"Bench\",\"manager\":{\"username\":\"$manager\",\"email\":\"$manager@example.com\",\"password\":\"bench-pass-1\",\"temporaryPassword\":false}}" \
    | jq -r .id)"
  say "generating $scale work orders across $TENANTS tenants ..."
  g0=$(date +%s)
  "${PSQL_OWNER[@]}" -v tenants="$TENANTS" -v orders="$scale" -v big_tenant="$tenant" -v installer_count_per_tenant=20 \
    -f "$ROOT/.ci/bench/generate.sql" >/dev/null
  generated_s=$(( $(date +%s) - g0 ))
  # Read as the superuser: the tables force row-level security on their owner too.
  big="$("${PSQL_SUPER[@]}" -c "select count(*) from work_order where tenant_id = '$tenant'")"
  token="$(kc_password_token "$manager" bench-pass-1)"
  # Cursors and filters taken from the data: a page deep in the list, an installer, a status, a week.
  deep_id="$("${PSQL_SUPER[@]}" -c "select id from work_order where tenant_id = '$tenant' order by id offset $(( big * 8 / 10 )) limit 1")"
  deep_cursor="$(printf '%s' "$deep_id" | base64 -w0 | tr '+/' '-_' | tr -d '=')"
  installer="$("${PSQL_SUPER[@]}" -c "select lead_installer_id from work_order where tenant_id = '$tenant' and lead_installer_id is not null group by 1 order by count(*) desc limit 1")"
  order_id="$("${PSQL_SUPER[@]}" -c "select id from work_order where tenant_id = '$tenant' order by id offset $(( big / 2 )) limit 1")"
  customer="$("${PSQL_SUPER[@]}" -c "select customer_id from work_order where id = '$order_id' and tenant_id = '$tenant'")"
  connection_id="$("${PSQL_SUPER[@]}" -c "select id from connection_application where tenant_id = '$tenant' and status = 'CONNECTED' order by id desc limit 1")"
  week_from="$(date -u -d 'monday this week' +%Y-%m-%dT00:00:00Z)"
  week_to="$(date -u -d 'monday next week' +%Y-%m-%dT00:00:00Z)"
  {
    echo
    echo "## $scale work orders across $TENANTS tenants (made in ${generated_s} s); the measured tenant holds $big"
    echo
    echo "API: \`hey\`, $CONCURRENCY connections, $DURATION after a 3 s warm-up, the manager's token verified on each request."
    echo "Database: the SQL the application issued for one such request, captured from PostgreSQL's statement log, run by"
    echo "\`pgbench\` as the application role (row-level security on), $CONCURRENCY clients, $DURATION. Ratio = API rate / database rate."
    echo
    echo "| scenario | API req/s | API p50 / p99 (ms) | same SQL tps | SQL p50 / p99 (ms) | ratio | statements |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    # The JIT compiles the hot paths first: 20 s of reads before the first measured scenario.
    for warm in "/api/v1/work-orders?limit=50" "/api/v1/work-orders/$order_id" "/api/v1/me" "/api/v1/work-orders?limit=50&status=ASSIGNED"; do
      hey -z 5s -c "$CONCURRENCY" -H "Authorization: Bearer $token" -H "Accept: application/json" "$BASE$warm" >/dev/null
    done
    scenario "work orders, first page" "/api/v1/work-orders?limit=50"
    scenario "work orders, page at 80 %" "/api/v1/work-orders?limit=50&cursor=$deep_cursor"
    scenario "work orders by status" "/api/v1/work-orders?limit=50&status=ASSIGNED"
    scenario "work orders by installer" "/api/v1/work-orders?limit=50&installerId=$installer"
    scenario "work orders this week" "/api/v1/work-orders?limit=50&from=$week_from&to=$week_to"
    scenario "work-order detail" "/api/v1/work-orders/$order_id"
    scenario "public booking options" "/api/v1/public/$slug/booking-options"
    scenario "create a work order" "/api/v1/work-orders" "$(jq -nc --arg c "$customer" --arg s "$(date -u -d 'tomorrow 09:00' +%Y-%m-%dT%H:%M:%SZ)" \
      --arg e "$(date -u -d 'tomorrow 11:00' +%Y-%m-%dT%H:%M:%SZ)" \
      '{type: "REPAIR", customerId: $c, description: "bench: no cooling", priority: "NORMAL",
        tasks: {electricalWork: false, welding: false, workAtHeight: false}, itemsToBring: [], appointment: {start: $s, end: $e}}')"
    # The manager's dashboard: every indicator of the month so far and of the month before, one request.
    scenario "indicators, month to date (manager dashboard)" "/api/v1/kpis"
    scenario "indicators of one installer" "/api/v1/kpis?installerId=$installer"
    # Connection applications (doc 4): the front desk's list, its late supply plans, one application in full.
    scenario "connection applications, first page" "/api/v1/connection-applications?limit=50"
    scenario "connection applications with a breached promise" "/api/v1/connection-applications?limit=50&promiseStatus=BREACHED"
    scenario "connection-application detail" "/api/v1/connection-applications/$connection_id"
    # After the reads: it moves orders on (ASSIGNED ones become CUSTOMER_CONTACTED).
    transition "one state transition (first contact)" ASSIGNED "/api/v1/work-orders/{1}/contact" \
      '{"version": {2}, "note": "bench: address and items confirmed by phone"}'
    scenario "who am I (framework floor)" "/api/v1/me"
    echo
    echo "### What the tenant walls cost the database (pgbench transactions/s on the captured SQL, $CONCURRENCY clients, $DURATION)"
    echo
    echo "| scenario | both walls (as issued) | row-level security only | ORM tenant predicate only | row-level security costs | ORM predicate costs |"
    echo "|---|---:|---:|---:|---:|---:|"
    walls "work orders, first page"
    walls "work orders by status"
    walls "work-order detail"
    token="$(kc_password_token "$manager" bench-pass-1)"
    read -r -a st <<<"$(steady "/api/v1/work-orders?limit=50" 200)"
    echo
    echo "Work-order list (first page) at a steady 200 requests/s: p50 ${st[0]} ms, p99 ${st[1]} ms (${st[2]} requests/s reached)."
    promise_passes
  } >>"$REPORT"
  if [[ -s "$PROFILES" ]]; then
    { echo; echo "### Where the server spent its time ($scale orders): JFR samples during each API run (.ci/bench/profile.py)"; cat "$PROFILES"; } >>"$REPORT"
    : >"$PROFILES"
  fi
done

# The dispatch optimiser against the greedy baseline on generated days (BENCH_DISPATCH=off skips it): the server is
# stopped first, so the solver has the machine to itself.
if [[ "${BENCH_DISPATCH:-on}" != off ]]; then
  "$ROOT/.ci/scripts/backend.sh" stop >/dev/null 2>&1 || true
  say "dispatch: the optimiser against greedy (300 x 30 for 10 s, 1,000 x 100 for 30 s) ..."
  (cd "$ROOT/backend" && "$ROOT/.ci/scripts/mvn.sh" -B -q test -Dtest=DispatchSolverBench -Daftercare.bench.dispatch=true \
    -Dsurefire.failIfNoSpecifiedTests=false -Daftercare.bench.dispatch.report="$WORK/dispatch.md" </dev/null >"$WORK/dispatch.log" 2>&1) \
    || die "the dispatch benchmark failed: $WORK/dispatch.log"
  {
    echo
    echo "### Dispatch: \"optimise the day\" against the greedy baseline (nearest eligible installer, in order of promise due)"
    echo
    echo "Generated days (backend/src/test/java/io/aftercare/dispatch/PlanInstances.java, fixed seed): installers spread"
    echo "over the city with their certificates (some on leave, some held by a job under way), a fifth of the orders with a fixed"
    echo "window, a third due today. Both plans are checked by the same rules; the optimiser runs its full limit on one core."
    echo
    cat "$WORK/dispatch.md"
  } >>"$REPORT"
fi

cat "$REPORT"
if [[ -s "$REPORT.failures" ]]; then
  cat "$REPORT.failures" >&2
  rm -f "$REPORT.failures"
  die "the benchmark saw non-2xx answers; its numbers do not count"
fi
