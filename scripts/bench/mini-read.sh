#!/usr/bin/env bash
# Benchmark of the mini-program reads (home, list, detail) against two baselines in the same run, serving
# the bytes captured from our endpoints: nginx (static files; gzip_static with our own gzip bytes) and a
# bare Spring Boot application outside our chain (scripts/bench/lib/BareApp.java). wrk on loopback,
# 64 connections, once plain and once with Accept-Encoding: gzip. Prints the bytes on the wire of each
# encoding, then requests/s, p99, ours/nginx and ours/bare per endpoint and encoding, with the load.
# Not a test: it never fails on figures.
#   scripts/bench/mini-read.sh [duration-seconds]      (BENCH_JAVA: the java to run both servers with)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-10}"
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

# The JIT compiles both Java servers' paths first, so the endpoint measured first is not measured while cold.
for name in home list detail; do
  for encoding in identity gzip; do
    for url in "$BASE${REAL[$name]}" "http://127.0.0.1:$BARE_PORT/bytes/$name.json"; do
      wrk_rps_p99 "$url" 3 -H "Accept-Encoding: $encoding" >/dev/null
    done
  done
done

printf '%-7s %-6s %10s %7s %11s %7s %10s %7s %8s %7s  %s\n' endpoint coding "ours req/s" "p99 ms" "nginx req/s" \
  "p99 ms" "bare req/s" "p99 ms" "/nginx" "/bare" "load (1, 5, 15 min)"
for name in home list detail; do
  for coding in plain gzip; do
    encoding=()
    [ "$coding" = gzip ] && encoding=(-H "Accept-Encoding: gzip")
    ours_url="$BASE${REAL[$name]}"
    nginx_url="http://127.0.0.1:$NGINX_PORT/$name.json"
    bare_url="http://127.0.0.1:$BARE_PORT/bytes/$name.json"
    for url in "$ours_url" "$nginx_url" "$bare_url"; do wrk_rps_p99 "$url" 3 "${encoding[@]}" >/dev/null; done
    read -r ours ours_p99 < <(wrk_rps_p99 "$ours_url" "$DURATION" "${encoding[@]}")
    read -r nginx nginx_p99 < <(wrk_rps_p99 "$nginx_url" "$DURATION" "${encoding[@]}")
    read -r bare bare_p99 < <(wrk_rps_p99 "$bare_url" "$DURATION" "${encoding[@]}")
    printf '%-7s %-6s %10s %7s %11s %7s %10s %7s %8s %7s  %s\n' "$name" "$coding" "$ours" "$ours_p99" "$nginx" \
      "$nginx_p99" "$bare" "$bare_p99" "$(ratio "$ours" "$nginx")" "$(ratio "$ours" "$bare")" "$(bench_load)"
  done
done
