#!/usr/bin/env bash
# mvn.sh ARGS...: the backend's Maven wrapper (backend/mvnw, Maven 3.9) with JAVA_HOME set to a JDK >= 21
# (jdk.sh). On JDK 24+ it also silences Maven's own JVM warnings (jansi native access, guava Unsafe).
# Runs in the current directory: use -f POM for another project, e.g. `mvn.sh -f helm/tests/pom.xml test`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JAVA_HOME="$("$here/jdk.sh")"
export JAVA_HOME
major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release" 2>/dev/null || true)"
if [[ "${major:-0}" -ge 24 ]]; then
  export MAVEN_OPTS="--enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
fi
exec "$here/../../backend/mvnw" "$@"
