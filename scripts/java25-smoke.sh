#!/usr/bin/env bash
# Smoke start of the packaged jar, unchanged, on Java 25 (the fast path: virtual threads, AOT cache): a free
# port and an empty data dir, readiness within 60 s (SMOKE_SECONDS), then the mini program's home answers 200.
#   scripts/java25-smoke.sh        (JAVA25: the Java 25 binary, Temurin's by default)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA25="${JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[ -x "$JAVA25" ] || { echo "no Java 25 at $JAVA25" >&2; exit 1; }
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -ntp -DskipTests package
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
WORK="$(mktemp -d)"
trap 'kill "${PID:-}" 2>/dev/null || true; wait "${PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$JAVA25" -Xmx512m -jar server/target/wenming-server.jar --server.port="$PORT" --wenming.data-dir="$WORK/data" \
  > "$WORK/server.log" 2>&1 &
PID=$!
for second in $(seq 1 "${SMOKE_SECONDS:-60}"); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; then
    status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/mini/v1/home")
    [ "$status" = 200 ] || { echo "mini home answered $status on Java 25" >&2; exit 1; }
    echo "Java 25: $("$JAVA25" -version 2>&1 | head -1); ready after ${second} s; mini home 200"
    exit 0
  fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 1
done
echo "the jar did not become ready on Java 25 within ${SMOKE_SECONDS:-60} s; its log:" >&2
tail -40 "$WORK/server.log" >&2
exit 1
