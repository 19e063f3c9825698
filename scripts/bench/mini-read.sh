#!/usr/bin/env bash
# Benchmark of the mini-program reads (home, list, detail) against two baselines in the same run, serving
# the bytes captured from our endpoints: nginx (static files; gzip_static with our own gzip bytes) and a
# bare Spring Boot application outside our chain (scripts/bench/lib/BareApp.java). wrk on loopback,
# 64 connections, once plain and once with Accept-Encoding: gzip, in BENCH_ROUNDS (5) rounds taken side by
# side after both JVMs' JIT has settled. Prints the bytes on the wire of each encoding, then the medians of
# requests/s, p99, ours/nginx and ours/bare per endpoint and encoding, with the load.
# Not a test: it never fails on figures.
#   scripts/bench/mini-read.sh [seconds-per-round]      (BENCH_JAVA: the java to run both servers with)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-5}"
ROUNDS="${BENCH_ROUNDS:-5}"
PORT="${BENCH_PORT:-18080}"
NGINX_PORT="${BENCH_NGINX_PORT:-18082}"
BARE_PORT="${BENCH_BARE_PORT:-18083}"
BENCH_WORK="$(mktemp -d)"
. scripts/bench/lib/baselines.sh
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; wait "${SERVER_PID:-}" 2>/dev/null || true; baselines_stop; rm -rf "$BENCH_WORK"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v nginx >/dev/null || { apt-get update -qq && apt-get install -y -qq nginx-light >/dev/null; }
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

"$BENCH_JAVA" -Xmx1g -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$BENCH_WORK/data" --logging.level.root=WARN > "$BENCH_WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
wait_http "$BASE/actuator/health/readiness"
wait_renditions "$SERVER_PID"

DETAIL_ID=$(curl -sf "$BASE/api/mini/v1/contents?size=1" | sed -E 's/.*"id":([0-9]+).*/\1/')
declare -A REAL=([home]="/api/mini/v1/home" [list]="/api/mini/v1/contents?size=20" [detail]="/api/mini/v1/contents/$DETAIL_ID")
mkdir -p "$BENCH_WORK/www"
for name in home list detail; do
  curl -sf "$BASE${REAL[$name]}" > "$BENCH_WORK/www/$name.json"
  curl -sf -H 'Accept-Encoding: gzip' "$BASE${REAL[$name]}" > "$BENCH_WORK/www/$name.json.gz"
done
baseline_nginx_start "$BENCH_WORK/www" "$NGINX_PORT"
baseline_bare_start "$BENCH_WORK/www" "$BARE_PORT"

# Prints "header+body bytes" of one answer; $2 is an optional Accept-Encoding.
wire_bytes() {
  curl -s -o /dev/null ${2:+-H "Accept-Encoding: $2"} -w '%{size_header} %{size_download}' "$1" | awk '{print $1 + $2}'
}

printf '%-8s %12s %12s %12s %12s\n' endpoint "ours plain" "ours gzip" "nginx gzip" "bare gzip"
for name in home list detail; do
  printf '%-8s %12s %12s %12s %12s\n' "$name" "$(wire_bytes "$BASE${REAL[$name]}")" \
    "$(wire_bytes "$BASE${REAL[$name]}" gzip)" "$(wire_bytes "http://127.0.0.1:$NGINX_PORT/$name.json" gzip)" \
    "$(wire_bytes "http://127.0.0.1:$BARE_PORT/bytes/$name.json" gzip)"
done
echo

# Both Java servers' JIT settles on the home read first, gzip and plain alike.
for encoding in gzip identity; do
  bench_warm "$SERVER_PID" "$BASE${REAL[home]}" -H "Accept-Encoding: $encoding"
  bench_warm "$BARE_PID" "http://127.0.0.1:$BARE_PORT/bytes/home.json" -H "Accept-Encoding: $encoding"
done
measure_ours() { wrk_measure "$BASE${REAL[$name]}" "$DURATION" "${encoding[@]}"; }
measure_nginx() { wrk_measure "http://127.0.0.1:$NGINX_PORT/$name.json" "$DURATION" "${encoding[@]}"; }
measure_bare() { wrk_measure "http://127.0.0.1:$BARE_PORT/bytes/$name.json" "$DURATION" "${encoding[@]}"; }

echo "medians of $ROUNDS rounds of ${DURATION}s taken side by side"
printf '%-7s %-6s %10s %7s %11s %7s %10s %7s %8s %7s  %s\n' endpoint coding "ours req/s" "p99 ms" "nginx req/s" \
  "p99 ms" "bare req/s" "p99 ms" "/nginx" "/bare" "load (1, 5, 15 min)"
for name in home list detail; do
  for coding in plain gzip; do
    encoding=(-H "Accept-Encoding: identity")
    [ "$coding" = gzip ] && encoding=(-H "Accept-Encoding: gzip")
    bench_rounds "$ROUNDS" ours nginx bare
    errors="$(round_total ours 3) $(round_total nginx 3) $(round_total bare 3)"
    [ "$errors" = "0 0 0" ] || echo "warning: errors (ours, nginx, bare: $errors)"
    printf '%-7s %-6s %10s %7s %11s %7s %10s %7s %8s %7s  %s\n' "$name" "$coding" "$(round_median ours 1)" \
      "$(round_median ours 2)" "$(round_median nginx 1)" "$(round_median nginx 2)" "$(round_median bare 1)" \
      "$(round_median bare 2)" "$(round_ratio ours nginx)" "$(round_ratio ours bare)" "$(bench_load)"
  done
done
