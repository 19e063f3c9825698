#!/usr/bin/env bash
# Start-up benchmark of the embedded default: seconds from launching the JVM to readiness (HTTP 200 from
# /actuator/health/readiness), the phases the server logs ("Start-up phase NAME: N ms": context, flyway,
# import, index, fonts, dictionaries, ready) and the resident set size once ready and idle. Measures:
#   first start   empty data dir: Flyway from scratch and the content-pack import
#   second start  the same data dir again (the unchanged pack is not imported again)
# with the packaged jar on Java 17, then the extracted jar (java -Djarmode=tools -jar … extract) with a CDS
# archive on 17 (also with scripts/run.sh's JVM options) and, when Temurin 25 is installed, with and without Java 25's AOT cache. Not a test: it never
# fails on figures. Prints the load beside the figures: on a busy machine every start is slower.
#   scripts/bench/startup.sh        (BENCH_JAVA25: the Java 25 binary; BENCH_PORT: the port, 18090)
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT="${BENCH_PORT:-18090}"
JAVA17="${BENCH_JAVA:-java}"
JAVA25="${BENCH_JAVA25:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
BENCH_WORK="$(mktemp -d)"
. scripts/bench/lib/baselines.sh
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; wait "${SERVER_PID:-}" 2>/dev/null || true; rm -rf "$BENCH_WORK"' EXIT
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package
BENCH_JAVA="$JAVA17" bench_extract_jar
EXTRACTED="$BENCH_WORK/extracted/wenming-server.jar"

# Starts the server once: $1 label, $2 data dir, $3 java, then JVM options and the jar; prints one table row
# and leaves the log in $BENCH_WORK/<label>.log. The server is stopped (SIGTERM) before it returns, which
# also writes an archive a training run asked for.
start_once() {
  local label="$1" data="$2" java="$3"
  shift 3
  local log="$BENCH_WORK/${label// /-}.log" begin ready_ms rss idle
  # A JVM writing its CDS archive or AOT cache at exit may still hold the port a moment after it answered.
  while curl -s -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 1; done
  begin=$(date +%s%N)
  "$java" -Xmx1g "$@" --server.port="$PORT" --wenming.data-dir="$data" > "$log" 2>&1 &
  SERVER_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "$label: the server stopped, see its log:" >&2; tail -20 "$log" >&2; return 1; }
    sleep 0.1
  done
  ready_ms=$(( ($(date +%s%N) - begin) / 1000000 ))
  rss=$(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
  sleep 10
  idle=$(( $(ps -o rss= -p "$SERVER_PID") / 1024 ))
  kill "$SERVER_PID"
  wait "$SERVER_PID" 2>/dev/null || true
  printf '%-34s %7.1f %7s %7s  %s  | %s\n' "$label" "$(awk -v m="$ready_ms" 'BEGIN {print m / 1000}')" "$rss" "$idle" \
    "$(phases "$log")" "$(bench_load)"
}

# The phases one start logged, as "name=ms" pairs.
phases() {
  grep -o 'Start-up phase [a-z]*: [0-9]* ms' "$1" | awk '{sub(":", "", $3); printf "%s=%s ", $3, $4}'
}

printf '%-34s %7s %7s %7s  %s  | %s\n' start "ready s" "RSS MB" "idle MB" "phases (ms)" "load (1, 5, 15 min)"
start_once "17 jar, first start" "$BENCH_WORK/data17" "$JAVA17" -jar server/target/wenming-server.jar
start_once "17 jar, second start" "$BENCH_WORK/data17" "$JAVA17" -jar server/target/wenming-server.jar
start_once "17 extracted, second start" "$BENCH_WORK/data17" "$JAVA17" -jar "$EXTRACTED"
start_once "17 extracted, CDS training run" "$BENCH_WORK/data17" "$JAVA17" \
  -XX:ArchiveClassesAtExit="$BENCH_WORK/app17.jsa" -jar "$EXTRACTED" >/dev/null
[ -f "$BENCH_WORK/app17.jsa" ] || echo "warning: the training run wrote no CDS archive"
start_once "17 extracted+CDS, first start" "$BENCH_WORK/data17cds" "$JAVA17" \
  -XX:SharedArchiveFile="$BENCH_WORK/app17.jsa" -jar "$EXTRACTED"
start_once "17 extracted+CDS, second start" "$BENCH_WORK/data17cds" "$JAVA17" \
  -XX:SharedArchiveFile="$BENCH_WORK/app17.jsa" -jar "$EXTRACTED"
# scripts/run.sh's way: its default JAVA_OPTS (serial GC, small initial heap) with the CDS archive.
start_once "17 run.sh options+CDS, second start" "$BENCH_WORK/data17cds" "$JAVA17" \
  -XX:+UseSerialGC -Xms32m -XX:SharedArchiveFile="$BENCH_WORK/app17.jsa" -jar "$EXTRACTED"

if [ -x "$JAVA25" ]; then
  start_once "25 jar, first start" "$BENCH_WORK/data25" "$JAVA25" -jar server/target/wenming-server.jar
  start_once "25 jar, second start" "$BENCH_WORK/data25" "$JAVA25" -jar server/target/wenming-server.jar
  start_once "25 extracted, AOT training run" "$BENCH_WORK/data25" "$JAVA25" \
    -XX:AOTCacheOutput="$BENCH_WORK/app25.aot" -jar "$EXTRACTED" >/dev/null
  [ -f "$BENCH_WORK/app25.aot" ] || echo "warning: the training run wrote no AOT cache"
  start_once "25 extracted+AOT, first start" "$BENCH_WORK/data25aot" "$JAVA25" \
    -XX:AOTCache="$BENCH_WORK/app25.aot" -jar "$EXTRACTED"
  start_once "25 extracted+AOT, second start" "$BENCH_WORK/data25aot" "$JAVA25" \
    -XX:AOTCache="$BENCH_WORK/app25.aot" -jar "$EXTRACTED"
else
  echo "no Java 25 at $JAVA25: its rows are left out"
fi
