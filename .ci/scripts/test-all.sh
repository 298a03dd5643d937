#!/usr/bin/env bash
# `make test`: tools, PostgreSQL and Keycloak, then every test step in order. All steps run even when one fails
# (so one CI run reports every problem); FAIL_FAST=1 stops at the first failing step. Exit 1 if any step failed.
# Keycloak is stopped at the end when this run started it, also on failure or interruption.
# Steps (override with TEST_STEPS="test-backend lint-openapi"): make targets, see `make help`.
# Closes with a summary of the JUnit reports of this run: "tests: N passed, N failed, N skipped".
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
S="$ROOT/.ci/scripts"
MAKE_CMD="${MAKE:-make}"
# plain logs in CI (no ANSI colours from vitest/playwright)
if [[ "${CI:-}" == true ]]; then export NO_COLOR=1; fi
read -ra steps <<<"${TEST_STEPS:-test-realm test-backend lint-openapi test-helm test-frontend test-e2e}"

mkdir -p "$LOCAL_DIR/reports"
rm -f "$LOCAL_DIR/reports/"*.xml
start_marker="$LOCAL_DIR/reports/.started"
touch "$start_marker"
sleep 1 # reports must be strictly newer than the marker

started_kc=0 failed_steps=() t0=$SECONDS
report_dirs=("$LOCAL_DIR/reports") # plus the Maven report folders of the steps that ran
finish() {
  local rc=$?
  [[ $started_kc == 1 ]] && "$S/keycloak.sh" stop
  echo
  echo "==> summary ($((SECONDS - t0)) s)"
  if [[ ${#failed_steps[@]} -gt 0 ]]; then echo "FAILED steps: ${failed_steps[*]}"
  elif [[ $rc == 0 ]]; then echo "all test steps passed"
  else echo "FAILED before the test steps (exit $rc)"; fi
  # last line: "tests: N passed, N failed, N skipped" over the JUnit reports of this run
  "$S/test-summary.sh" "$start_marker" "${report_dirs[@]}" || true
  exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

echo "==> tools, PostgreSQL, Keycloak"
"$MAKE_CMD" --no-print-directory tools
"$S/postgres.sh"
if ! "$S/keycloak.sh" status >/dev/null 2>&1; then
  started_kc=1
  "$S/keycloak.sh" start
fi

for step in "${steps[@]}"; do
  echo
  echo "==> make $step"
  s0=$SECONDS
  case "$step" in
    test-backend) report_dirs+=("$ROOT/backend/target/surefire-reports" "$ROOT/backend/target/failsafe-reports") ;;
    test-helm) report_dirs+=("$ROOT/helm/tests/target/surefire-reports") ;;
  esac
  if "$MAKE_CMD" --no-print-directory "$step" </dev/null; then
    echo "==> make $step: ok ($((SECONDS - s0)) s)"
  else
    echo "==> make $step: FAILED ($((SECONDS - s0)) s)"
    failed_steps+=("$step")
    [[ "${FAIL_FAST:-0}" == 1 ]] && break
  fi
done
[[ ${#failed_steps[@]} == 0 ]]
