#!/usr/bin/env bash
# Ensures a CJK font for headless Chromium, so screenshots of the zh-CN screens show Chinese, not boxes:
# installs Debian's fonts-wqy-microhei non-interactively when no CJK font is present.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
  [[ "$(id -u)" == 0 ]] || die "No CJK font: run 'apt-get install -y fonts-wqy-microhei' as root"
  export DEBIAN_FRONTEND=noninteractive
  say "installing fonts-wqy-microhei ..."
  { apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei fontconfig; } </dev/null >"$LOG_DIR/apt-fonts.log" 2>&1 \
    || { tail -n 40 "$LOG_DIR/apt-fonts.log" >&2; die "could not install fonts-wqy-microhei"; }
fi
