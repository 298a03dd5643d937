#!/usr/bin/env bash
# with-keycloak.sh CMD [ARGS...]: runs CMD with the local Keycloak up. When Keycloak was not running,
# it is started first and stopped again when CMD ends, also on failure or interruption.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
[[ $# -gt 0 ]] || die "usage: $0 CMD [ARGS...]"

if "$ROOT/.ci/scripts/keycloak.sh" status >/dev/null 2>&1; then
  exec "$@"
fi
trap '"$ROOT/.ci/scripts/keycloak.sh" stop' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
"$ROOT/.ci/scripts/keycloak.sh" start
"$@"
