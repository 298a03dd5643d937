#!/usr/bin/env bash
# Prints the JAVA_HOME of a JDK >= 21 (javac included). Order: $JAVA_HOME if good, then /usr/lib/jvm/*
# (newest first). Fails with a clear message when none is installed.
set -euo pipefail

MIN=21

# major version of the JDK at $1, or empty when it is no JDK.
major() {
  local home="$1" v
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  v="$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | head -n1)"
  v="${v#1.}"
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v"
  return 0
}

if [[ -n "${JAVA_HOME:-}" ]]; then
  m="$(major "$JAVA_HOME")"
  if [[ -n "$m" && "$m" -ge $MIN ]]; then echo "$JAVA_HOME"; exit 0; fi
fi

best="" best_m=0
for home in /usr/lib/jvm/*/; do
  home="${home%/}"
  [[ -L "$home" ]] && continue
  m="$(major "$home")"
  if [[ -n "$m" && "$m" -ge $MIN && "$m" -gt $best_m ]]; then best="$home" best_m="$m"; fi
done

if [[ -z "$best" ]]; then
  echo "ERROR: no JDK >= $MIN found (checked \$JAVA_HOME and /usr/lib/jvm/*)." >&2
  echo "       Install a JDK 21 or newer under /usr/lib/jvm (the project machines have temurin-25-jdk-amd64), or set JAVA_HOME." >&2
  exit 1
fi
echo "$best"
