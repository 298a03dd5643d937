#!/usr/bin/env bash
# Ensures Debian's Chromium and ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver) for browser tests;
# installs them non-interactively when missing. Prints the chromium path.
# Playwright uses this system browser (never `playwright install`: no download is possible here).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

if [[ ! -x /usr/bin/chromium || ! -x /usr/bin/chromedriver ]]; then
  [[ "$(id -u)" == 0 ]] || die "Chromium is missing: run 'apt-get update && apt-get install -y chromium chromium-driver' as root"
  export DEBIAN_FRONTEND=noninteractive
  say "installing chromium and chromium-driver ..."
  { apt-get update -qq && apt-get install -y -qq chromium chromium-driver; } </dev/null >"$LOG_DIR/apt-chromium.log" 2>&1 \
    || { tail -n 40 "$LOG_DIR/apt-chromium.log" >&2; die "could not install chromium chromium-driver"; }
fi
# the package's wrapper prints a harmless "[: ... unexpected operator" line on every call: hide it
/usr/bin/chromium --version >/dev/null 2>&1 || die "/usr/bin/chromium does not run (see 'chromium --version')"
echo /usr/bin/chromium
