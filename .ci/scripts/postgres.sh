#!/usr/bin/env bash
# Ensures PostgreSQL on 127.0.0.1:5432 with the Aftercare roles and databases (idempotent).
#   postgres.sh                  ensure server, roles aftercare_owner / aftercare_app, databases
#                                aftercare, aftercare_test, aftercare_e2e (owner aftercare_owner)
#   postgres.sh --recreate-e2e   the same, but drop and recreate aftercare_e2e first (clean e2e run)
#   postgres.sh --recreate DB    the same for any of the three databases
#   postgres.sh stop             stop the cluster only if a previous run of this script started it
# When the server is down, the local cluster is started with pg_ctlcluster (recorded in .local/pids so
# `make stop` can stop it again); a server that was already running is never stopped.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PGHOST_="${PGHOST_OVERRIDE:-127.0.0.1}"
PGPORT_="${PGPORT_OVERRIDE:-5432}"
DATABASES=(aftercare aftercare_test aftercare_e2e aftercare_bench)
STARTED_FILE="$PID_DIR/postgres.started-by-make"

recreate=()
action=ensure
while [[ $# -gt 0 ]]; do
  case "$1" in
    --recreate-e2e) recreate+=(aftercare_e2e) ;;
    --recreate) shift; recreate+=("${1:?--recreate needs a database name}") ;;
    stop) action=stop ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
  shift
done

if [[ $action == stop ]]; then
  [[ -f "$STARTED_FILE" ]] || exit 0
  read -r ver cluster <"$STARTED_FILE"
  pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" stop >/dev/null 2>&1 \
    || runuser -u postgres -- pg_ctlcluster "$ver" "$cluster" stop >/dev/null 2>&1 || true
  rm -f "$STARTED_FILE"
  exit 0
fi

need psql postgresql-client

reachable() { pg_isready -q -h "$PGHOST_" -p "$PGPORT_" -t 3 >/dev/null 2>&1; }

if ! reachable; then
  command -v pg_lsclusters >/dev/null 2>&1 \
    || die "PostgreSQL is not reachable on $PGHOST_:$PGPORT_ and no local cluster exists: run 'apt-get install -y postgresql' (as root)"
  # first cluster on our port, else the first one at all
  read -r ver cluster < <(pg_lsclusters -h | awk -v p="$PGPORT_" '$3 == p {print $1, $2; exit}') || true
  if [[ -z "${ver:-}" ]]; then
    die "PostgreSQL is not reachable on $PGHOST_:$PGPORT_ and no cluster uses port $PGPORT_ (pg_lsclusters); run 'apt-get install -y postgresql' or start your server"
  fi
  if ! pg_ctlcluster --skip-systemctl-redirect "$ver" "$cluster" start >"$LOG_DIR/postgres-start.log" 2>&1; then
    runuser -u postgres -- pg_ctlcluster "$ver" "$cluster" start >>"$LOG_DIR/postgres-start.log" 2>&1 \
      || { cat "$LOG_DIR/postgres-start.log" >&2; die "could not start PostgreSQL cluster $ver/$cluster"; }
  fi
  echo "$ver $cluster" >"$STARTED_FILE"
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
  reachable || die "PostgreSQL cluster $ver/$cluster started but $PGHOST_:$PGPORT_ is not reachable"
fi

# superuser psql: TCP as postgres (trust auth), else the postgres OS user over the socket.
if psql -h "$PGHOST_" -p "$PGPORT_" -U postgres -w -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  sql() { psql -h "$PGHOST_" -p "$PGPORT_" -U postgres -w -v ON_ERROR_STOP=1 -Atq "$@"; }
elif [[ "$(id -u)" == 0 ]] && runuser -u postgres -- psql -p "$PGPORT_" -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  sql() { runuser -u postgres -- psql -p "$PGPORT_" -v ON_ERROR_STOP=1 -Atq "$@"; }
else
  die "cannot connect to PostgreSQL as superuser 'postgres' (tried -h $PGHOST_ -U postgres and runuser -u postgres)"
fi

sql -d postgres >/dev/null <<'SQL'
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aftercare_owner') THEN
    CREATE ROLE aftercare_owner LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'aftercare_app') THEN
    CREATE ROLE aftercare_app LOGIN;
  END IF;
END
$$;
ALTER ROLE aftercare_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD 'aftercare_owner';
ALTER ROLE aftercare_app   LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD 'aftercare_app';
SQL

for db in "${recreate[@]}"; do
  [[ " ${DATABASES[*]} " == *" $db "* ]] || die "refusing to recreate unknown database '$db'"
  sql -d postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null
done

for db in "${DATABASES[@]}"; do
  exists="$(sql -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")"
  if [[ "$exists" != 1 ]]; then
    sql -d postgres -c "CREATE DATABASE \"$db\" OWNER aftercare_owner ENCODING 'UTF8' TEMPLATE template0" >/dev/null
  fi
  sql -d "$db" >/dev/null <<SQL
ALTER DATABASE "$db" OWNER TO aftercare_owner;
REVOKE ALL ON DATABASE "$db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE "$db" TO aftercare_owner, aftercare_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO aftercare_app;
SQL
done
