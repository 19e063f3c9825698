#!/usr/bin/env bash
# Benchmark of media serving and uploading on the embedded default (local folder storage):
#  1. Range GETs of a published 20 MB MP3 from /media/{key}, anonymously as residents' players fetch it,
#     against nginx (sendfile on, tcp_nopush off) and a bare Spring Boot application (Boot's static resource
#     handler, none of our code; scripts/bench/lib) serving the same file, same run, same wrk settings,
#     in BENCH_ROUNDS (5) rounds taken side by side after both JVMs' JIT has settled; prints the medians of
#     req/s, MB/s and p99, and of ours/nginx and ours/bare, for 64 KiB and 1 MiB ranges at random offsets.
#  2. Upload of a 200 MB WAV through the admin API: throughput, and the server's peak heap during it
#     (sampled with jstat every 100 ms; the server runs with -Xmx256m, so buffering the file would fail).
# Installs wrk, nginx and ffmpeg from Debian's packages when missing. Not a test: never fails on figures.
#   scripts/bench/media-range.sh [seconds-per-round]
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-8}"
ROUNDS="${BENCH_ROUNDS:-5}"
PORT="${BENCH_PORT:-18391}"
NGINX_PORT="${BENCH_NGINX_PORT:-18392}"
BARE_PORT="${BENCH_BARE_PORT:-18393}"
CONNECTIONS=32
THREADS=2
PASSWORD=bench-admin-password
WORK="$(mktemp -d)"
BENCH_WORK="$WORK"
. scripts/bench/lib/baselines.sh
cleanup() {
  kill "${SERVER_PID:-}" 2>/dev/null || true
  wait "${SERVER_PID:-}" 2>/dev/null || true
  baselines_stop
  rm -rf "$WORK"
}
trap cleanup EXIT

need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

echo "Generating test files ..."
ffmpeg -nostdin -v error -f lavfi -i "sine=frequency=330:duration=1250:sample_rate=44100" -ac 1 \
  -codec:a libmp3lame -b:a 128k "$WORK/bench-20mb.mp3"
ffmpeg -nostdin -v error -f lavfi -i "anoisesrc=d=2267:c=pink:r=44100:a=0.3" -ac 1 -c:a pcm_s16le \
  "$WORK/bench-200mb.wav"

"$BENCH_JAVA" -Xmx256m -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --wenming.admin.initial-password="$PASSWORD" \
  --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
wait_http "$BASE/actuator/health"
wait_renditions "$SERVER_PID"

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
# Signs in as user $1 (password $2) into cookie jar $3 and prints the CSRF token.
login() {
  curl -sf -c "$3" -b "$3" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/admin/v1/auth/login" >/dev/null
  curl -sf -c "$3" -b "$3" "$BASE/api/admin/v1/auth/csrf" >/dev/null
  awk '$6=="XSRF-TOKEN" {print $7}' "$3"
}
ADMIN_CSRF=$(login admin "$PASSWORD" "$WORK/admin.jar")
admin() { curl -sf -b "$WORK/admin.jar" -c "$WORK/admin.jar" -H "X-XSRF-TOKEN: $ADMIN_CSRF" "$@"; }

ROOT_ID=$(admin "$BASE/api/admin/v1/org-units" | json "d[0]['id']")
KEY=$(admin -F "file=@$WORK/bench-20mb.mp3" "$BASE/api/admin/v1/media/audio" | json "d['key']")
ITEM=$(admin -H 'Content-Type: application/json' -d "{\"kind\":\"AUDIO\",\"title\":\"基准测试广播\",\"orgUnitId\":$ROOT_ID,\"mediaKey\":\"$KEY\",\"language\":\"zh\"}" \
  "$BASE/api/admin/v1/contents" | json "d['id']")
admin -X POST "$BASE/api/admin/v1/contents/$ITEM/submit" >/dev/null
admin -H 'Content-Type: application/json' -d "{\"username\":\"bench-reviewer\",\"displayName\":\"基准审核员\",\"orgUnitId\":$ROOT_ID,\"roles\":[\"REVIEWER\"],\"password\":\"$PASSWORD\"}" \
  "$BASE/api/admin/v1/users" >/dev/null
REVIEWER_CSRF=$(login bench-reviewer "$PASSWORD" "$WORK/reviewer.jar")
for action in approve publish; do
  curl -sf -b "$WORK/reviewer.jar" -H "X-XSRF-TOKEN: $REVIEWER_CSRF" -X POST \
    "$BASE/api/admin/v1/contents/$ITEM/$action" >/dev/null
done
SIZE=$(stat -c %s "$WORK/bench-20mb.mp3")
curl -sf -r 0-0 "$BASE/media/$KEY" -o /dev/null || { echo "the published audio is not served"; exit 1; }
wait_renditions "$SERVER_PID"

mkdir -p "$WORK/www/media"
cp "$WORK/bench-20mb.mp3" "$WORK/www/media/$KEY"
baseline_nginx_start "$WORK/www" "$NGINX_PORT"
baseline_bare_start "$WORK/www" "$BARE_PORT"

# wrk script: one Range request of $CHUNK bytes at a random offset each time.
range_script() {
  cat > "$WORK/range-$1.lua" <<LUA
math.randomseed(7)
request = function()
  local first = math.random(0, $SIZE - $1)
  return wrk.format("GET", nil, {["Range"] = "bytes=" .. first .. "-" .. (first + $1 - 1)})
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %.1f %.3f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status))
end
LUA
}
# Prints "requests/s p99(ms) non-2xx" of one run.
measure() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3s" -s "$WORK/range-$2.lua" "$1" | awk '/^RESULT/ {print $2, $3, $4}'
}

ours_url="$BASE/media/$KEY"
nginx_url="http://127.0.0.1:$NGINX_PORT/media/$KEY"
bare_url="http://127.0.0.1:$BARE_PORT/media/$KEY"
measure_ours() { measure "$ours_url" "$chunk" "$DURATION"; }
measure_nginx() { measure "$nginx_url" "$chunk" "$DURATION"; }
measure_bare() { measure "$bare_url" "$chunk" "$DURATION"; }
range_script 65536
BENCH_CONNECTIONS="$CONNECTIONS" bench_warm "$SERVER_PID" "$ours_url" -s "$WORK/range-65536.lua"
BENCH_CONNECTIONS="$CONNECTIONS" bench_warm "$BARE_PID" "$bare_url" -s "$WORK/range-65536.lua"

echo
echo "Range GET of a $((SIZE / 1024 / 1024)) MB MP3 ($SIZE bytes), $CONNECTIONS connections, medians of $ROUNDS rounds of ${DURATION}s"
printf '%-7s %10s %6s %7s %11s %6s %7s %10s %6s %7s %7s %6s  %s\n' range "ours req/s" "MB/s" "p99 ms" "nginx req/s" \
  "MB/s" "p99 ms" "bare req/s" "MB/s" "p99 ms" /nginx /bare "load (1, 5, 15 min)"
mbps() { awk -v r="$1" -v c="$2" 'BEGIN {printf "%.0f", r * c / 1048576}'; }
for chunk in 65536 1048576; do
  range_script "$chunk"
  bench_rounds "$ROUNDS" ours nginx bare
  errors="$(round_total ours 3) $(round_total nginx 3) $(round_total bare 3)"
  [ "$errors" = "0 0 0" ] || echo "warning: non-2xx answers (ours, nginx, bare: $errors)"
  ours=$(round_median ours 1) theirs=$(round_median nginx 1) bare=$(round_median bare 1)
  printf '%-7s %10s %6s %7s %11s %6s %7s %10s %6s %7s %7s %6s  %s\n' "$((chunk / 1024))KiB" "$ours" "$(mbps "$ours" "$chunk")" \
    "$(round_median ours 2)" "$theirs" "$(mbps "$theirs" "$chunk")" "$(round_median nginx 2)" "$bare" \
    "$(mbps "$bare" "$chunk")" "$(round_median bare 2)" "$(round_ratio ours nginx)" "$(round_ratio ours bare)" "$(bench_load)"
  echo "        ours/nginx in the lowest and highest round: $(round_ratio_range ours nginx)"
done

echo
UPLOAD_SIZE=$(stat -c %s "$WORK/bench-200mb.wav")
echo "Upload of a $((UPLOAD_SIZE / 1000000)) MB WAV through POST /api/admin/v1/media/audio (server -Xmx256m)"
jstat -gc "$SERVER_PID" 100 > "$WORK/jstat.log" &
JSTAT_PID=$!
sleep 0.3
UPLOAD=$(admin -o "$WORK/upload.json" -w '%{http_code} %{time_total}' -F "file=@$WORK/bench-200mb.wav" \
  "$BASE/api/admin/v1/media/audio")
sleep 0.3
kill "$JSTAT_PID" 2>/dev/null || true
wait "$JSTAT_PID" 2>/dev/null || true
read -r status seconds <<<"$UPLOAD"
# jstat -gc columns 3, 4, 6 and 8 are S0U, S1U, EU and OU (KB).
PEAK=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ {u = $3 + $4 + $6 + $8; if (u > m) m = u} END {printf "%.0f", m / 1024}' "$WORK/jstat.log")
BASELINE=$(awk 'NR == 2 {printf "%.0f", ($3 + $4 + $6 + $8) / 1024}' "$WORK/jstat.log")
echo "status $status, $(awk -v s="$UPLOAD_SIZE" -v t="$seconds" 'BEGIN {printf "%.1f s, %.0f MB/s", t, s / t / 1e6}')," \
  "heap used before ${BASELINE} MB, peak ${PEAK} MB (including garbage not yet collected)"
