#!/usr/bin/env bash
# Benchmark of the mini-program reads (home, list, detail) against a bare Spring MVC endpoint that
# returns the same bytes from the same server, in the same run. wrk on loopback, 64 connections, once
# plain and once with Accept-Encoding: gzip (ours sends its cached gzip; the bare endpoint is compressed
# by the container per request). Prints the bytes on the wire (headers + body) of each encoding, then
# requests/s, p99 and the ratio for each endpoint and encoding. Not a test: it never fails on figures.
#   scripts/bench/mini-read.sh [duration-seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-15}"
PORT="${BENCH_PORT:-18080}"
CONNECTIONS=64
THREADS=2
WORK="$(mktemp -d)"
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

java -Xmx1g -jar server/target/wenming-server.jar --spring.profiles.active=bench --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --wenming.bench.bare-dir="$WORK/bare" \
  --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

BASE="http://127.0.0.1:$PORT"
DETAIL_ID=$(curl -sf "$BASE/api/mini/v1/contents?size=1" | sed -E 's/.*"id":([0-9]+).*/\1/')
declare -A REAL=([home]="/api/mini/v1/home" [list]="/api/mini/v1/contents?size=20" [detail]="/api/mini/v1/contents/$DETAIL_ID")
mkdir -p "$WORK/bare"
for name in home list detail; do
  curl -sf "$BASE${REAL[$name]}" > "$WORK/bare/$name.json"
done

# Prints "header+body bytes" of one answer; $2 is an optional Accept-Encoding.
wire_bytes() {
  curl -s -o /dev/null ${2:+-H "Accept-Encoding: $2"} -w '%{size_header} %{size_download}' "$1" | awk '{print $1 + $2}'
}

# Prints "requests/s p99(ms)" of one wrk run; $3 is an optional Accept-Encoding.
measure() {
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2:-$DURATION}s" --latency ${3:+-H "Accept-Encoding: $3"} "$1")
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  echo "$rps $p99"
}

printf '%-8s %12s %12s\n' endpoint "plain bytes" "gzip bytes"
for name in home list detail; do
  printf '%-8s %12s %12s\n' "$name" "$(wire_bytes "$BASE${REAL[$name]}")" "$(wire_bytes "$BASE${REAL[$name]}" gzip)"
done
echo

printf '%-8s %-6s %12s %10s %12s %10s %8s\n' endpoint coding "ours req/s" "p99 ms" "bare req/s" "p99 ms" ratio
for name in home list detail; do
  for coding in plain gzip; do
    encoding=""
    [ "$coding" = gzip ] && encoding=gzip
    measure "$BASE${REAL[$name]}" 5 "$encoding" >/dev/null   # warm-up
    measure "$BASE/bench/bare/$name" 3 "$encoding" >/dev/null
    read -r ours ours_p99 < <(measure "$BASE${REAL[$name]}" "$DURATION" "$encoding")
    read -r bare bare_p99 < <(measure "$BASE/bench/bare/$name" "$DURATION" "$encoding")
    ratio=$(awk -v a="$ours" -v b="$bare" 'BEGIN {printf "%.2f", a / b}')
    printf '%-8s %-6s %12s %10s %12s %10s %8s\n' "$name" "$coding" "$ours" "$ours_p99" "$bare" "$bare_p99" "$ratio"
  done
done
