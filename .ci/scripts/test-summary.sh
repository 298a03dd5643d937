#!/usr/bin/env bash
# test-summary.sh [SINCE_FILE [DIR...]]: adds up the JUnit XML reports in DIRs (default: all report folders)
# written by this test run (newer than SINCE_FILE) and prints one line per folder or file plus the closing line
# "tests: N passed, N failed, N skipped".
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

since="${1:-}"
shift || true
dirs=("$@")
if [[ ${#dirs[@]} == 0 ]]; then
  dirs=("$ROOT/backend/target/surefire-reports" "$ROOT/backend/target/failsafe-reports"
        "$ROOT/helm/tests/target/surefire-reports" "$LOCAL_DIR/reports")
fi
files=()
while IFS= read -r f; do files+=("$f"); done < <(
  find "${dirs[@]}" -maxdepth 1 -name '*.xml' ${since:+-newer "$since"} 2>/dev/null | sort)

node - "$ROOT" "${files[@]}" <<'JS'
const fs = require("fs");
const [root, ...files] = process.argv.slice(2);
const attr = (tag, name) => { const m = tag.match(new RegExp(`\\s${name}="(\\d+)"`)); return m ? +m[1] : 0; };
const groups = new Map();
for (const f of files) {
  const xml = fs.readFileSync(f, "utf8");
  // a <testsuites> root carries the totals; otherwise add up the <testsuite> elements
  const root_ = xml.match(/<testsuites\b[^>]*>/);
  const tags = root_ && /\stests="/.test(root_[0]) ? [root_[0]] : (xml.match(/<testsuite\b[^>]*>/g) || []);
  const rel = f.startsWith(root + "/") ? f.slice(root.length + 1) : f;
  const key = rel.includes("surefire-reports") || rel.includes("failsafe-reports") ? rel.replace(/\/[^/]*$/, "") : rel;
  const g = groups.get(key) || { tests: 0, failed: 0, skipped: 0 };
  for (const t of tags) {
    g.tests += attr(t, "tests");
    g.failed += attr(t, "failures") + attr(t, "errors");
    g.skipped += attr(t, "skipped");
  }
  groups.set(key, g);
}
let tests = 0, failed = 0, skipped = 0;
for (const [key, g] of groups) {
  console.log(`  ${key}: ${g.tests - g.failed - g.skipped} passed, ${g.failed} failed, ${g.skipped} skipped`);
  tests += g.tests; failed += g.failed; skipped += g.skipped;
}
console.log(`tests: ${tests - failed - skipped} passed, ${failed} failed, ${skipped} skipped`);
JS
