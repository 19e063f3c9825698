#!/usr/bin/env bash
# Benchmark of broadcast stations polling their playlists: 10,000 stations with distinct keys, all at once
# (the 07:00 burst), conditional GETs of which most answer 304. wrk on loopback, and the same polls (nine in
# ten conditional, one playlist's bytes and ETag) answered by nginx and by a bare Spring Boot application
# outside our chain (scripts/bench/lib), in BENCH_ROUNDS (5) rounds taken side by side after both JVMs' JIT
# has settled; prints the medians of requests/s, p99, ours/nginx and ours/bare, with the load.
# Then the same for schedule v2 (GET /schedule), and LONG_POLLS (default 5,000) long-polls of /changes held at
# once, with the server's memory and the change-delivery latency p50/p99 (scripts/bench/LongPolls.java).
# Not a test: it never fails on figures.
#   scripts/bench/station-poll.sh [stations] [seconds-per-round]
set -euo pipefail
cd "$(dirname "$0")/../.."
STATIONS="${1:-10000}"
DURATION="${2:-10}"
PORT="${BENCH_PORT:-18081}"
CONNECTIONS="${BENCH_CONNECTIONS:-256}"
BENCH_CONNECTIONS="$CONNECTIONS"
ROUNDS="${BENCH_ROUNDS:-5}"
WORK="$(mktemp -d)"
PASSWORD="bench-admin-password"
BENCH_WORK="$WORK"
. scripts/bench/lib/baselines.sh
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; wait "${SERVER_PID:-}" 2>/dev/null || true; baselines_stop; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

WENMING_ADMIN_PASSWORD="$PASSWORD" "$BENCH_JAVA" -Xmx2g -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
wait_http "$BASE/actuator/health"
wait_renditions "$SERVER_PID"

JAR="$WORK/cookies"
curl -sf -c "$JAR" -b "$JAR" -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$PASSWORD\"}" "$BASE/api/admin/v1/auth/login" >/dev/null
curl -sf -c "$JAR" -b "$JAR" "$BASE/api/admin/v1/auth/csrf" >/dev/null
XSRF=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR")
admin() { curl -sf -b "$JAR" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' "$@"; }

VILLAGE=$(admin "$BASE/api/admin/v1/org-units" | grep -o '"id":[0-9]*,"code":"daqintala-zhen-dongsheng-cun"' | grep -o '[0-9]*' | head -1)
TOWNSHIP=$(admin "$BASE/api/admin/v1/org-units" | grep -o '"id":[0-9]*,"code":"daqintala-zhen"' | grep -o '[0-9]*' | head -1)
# The content pack's sample audio items are published with generated audio files.
AUDIO=$(admin "$BASE/api/admin/v1/contents?kind=AUDIO&status=PUBLISHED&size=1" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
TODAY=$(date +%F)
admin -d "{\"name\":\"早中晚广播\",\"targetUnitId\":$TOWNSHIP,\"startDate\":\"$TODAY\",\"daysOfWeek\":[1,2,3,4,5,6,7],
  \"slots\":[{\"startTime\":\"07:00\",\"contentIds\":[$AUDIO]},{\"startTime\":\"12:00\",\"contentIds\":[$AUDIO]},
  {\"startTime\":\"18:30\",\"contentIds\":[$AUDIO]}]}" "$BASE/api/admin/v1/station-schedules" >/dev/null

echo "creating $STATIONS stations…" >&2
seq 1 "$STATIONS" | xargs -P 8 -I{} curl -sf -b "$JAR" -H "X-XSRF-TOKEN: $XSRF" -H 'Content-Type: application/json' \
  -d "{\"code\":\"bench-{}\",\"name\":\"压测广播站{}\",\"orgUnitId\":$VILLAGE,\"deviceType\":\"IP_SPEAKER\"}" \
  "$BASE/api/admin/v1/stations" | grep -o '"key":"[^"]*"' | cut -d'"' -f4 > "$WORK/keys"
echo "fetching each station's ETag…" >&2
xargs -P 8 -I{} sh -c "curl -sf -o /dev/null -D - -H 'X-Station-Key: {}' '$BASE/api/station/v1/playlist' \
  | awk -v k={} 'tolower(\$1) == \"etag:\" {gsub(/\r/, \"\", \$2); print k, \$2}'" < "$WORK/keys" > "$WORK/etags"

cat > "$WORK/poll.lua" <<'LUA'
local stations = {}
for line in io.lines(os.getenv("ETAGS")) do
  local key, etag = line:match("^(%S+) (.+)$")
  stations[#stations + 1] = { key = key, etag = etag }
end
local counter = 0
request = function()
  counter = counter + 1
  local s = stations[(counter * 7919) % #stations + 1]
  local headers = { ["X-Station-Key"] = s.key }
  -- one poll in ten comes from a player that has no copy yet
  if counter % 10 ~= 0 then headers["If-None-Match"] = s.etag end
  return wrk.format("GET", "/api/station/v1/playlist", headers)
end
local statuses = {}
response = function(status) statuses[status] = (statuses[status] or 0) + 1 end
LUA
echo "stations: $(wc -l < "$WORK/etags") with keys and ETags"
ETAGS="$WORK/etags" bench_warm "$SERVER_PID" "$BASE" -s "$WORK/poll.lua"

# The baselines answer one station's playlist bytes (captured from ours) under their own ETag, polled the
# same way: nine in ten conditional (304), one in ten the full body.
NGINX_BASE="http://127.0.0.1:${BENCH_NGINX_PORT:-18084}"
BARE_BASE="http://127.0.0.1:${BENCH_BARE_PORT:-18085}"
mkdir -p "$WORK/www"
curl -sf -H "X-Station-Key: $(head -1 "$WORK/keys")" "$BASE/api/station/v1/playlist" > "$WORK/www/playlist.json"
baseline_nginx_start "$WORK/www" "${NGINX_BASE##*:}"
baseline_bare_start "$WORK/www" "${BARE_BASE##*:}"
cat > "$WORK/poll-one.lua" <<'LUA'
local etag, path = os.getenv("ETAG"), os.getenv("POLL_PATH")
local counter = 0
request = function()
  counter = counter + 1
  local headers = { ["X-Station-Key"] = "baseline" }
  if counter % 10 ~= 0 then headers["If-None-Match"] = etag end
  return wrk.format("GET", path, headers)
end
LUA
etag_of() { curl -sf -o /dev/null -D - "$1" | awk 'tolower($1) == "etag:" {gsub(/\r/, "", $2); print $2}'; }
NGINX_ETAG=$(etag_of "$NGINX_BASE/playlist.json")
BARE_ETAG=$(etag_of "$BARE_BASE/bytes/playlist.json")
ETAG="$BARE_ETAG" POLL_PATH=/bytes/playlist.json bench_warm "$BARE_PID" "$BARE_BASE" -s "$WORK/poll-one.lua"
measure_ours() { ETAGS="$WORK/etags" wrk_measure "$BASE" "$DURATION" -s "$WORK/poll.lua"; }
measure_nginx() { ETAG="$NGINX_ETAG" POLL_PATH=/playlist.json wrk_measure "$NGINX_BASE" "$DURATION" -s "$WORK/poll-one.lua"; }
measure_bare() { ETAG="$BARE_ETAG" POLL_PATH=/bytes/playlist.json wrk_measure "$BARE_BASE" "$DURATION" -s "$WORK/poll-one.lua"; }
bench_rounds "$ROUNDS" ours nginx bare

echo
echo "playlist polls, $CONNECTIONS connections: medians of $ROUNDS rounds of ${DURATION}s taken side by side"
printf '%-10s %10s %8s %8s  %s\n' "" "req/s" "p99 ms" errors "ours/x (lowest–highest round)"
printf '%-10s %10s %8s %8s\n' ours "$(round_median ours 1)" "$(round_median ours 2)" "$(round_total ours 3)"
printf '%-10s %10s %8s %8s  %s\n' nginx "$(round_median nginx 1)" "$(round_median nginx 2)" "$(round_total nginx 3)" \
  "$(round_ratio ours nginx) ($(round_ratio_range ours nginx))"
printf '%-10s %10s %8s %8s  %s\n' "bare app" "$(round_median bare 1)" "$(round_median bare 2)" "$(round_total bare 3)" \
  "$(round_ratio ours bare) ($(round_ratio_range ours bare))"
echo "load (1, 5, 15 min): $(bench_load)"

# ---- Schedule v2 (issue 18): the same stations polling GET /schedule, nine in ten conditional
schedule_v2_polls() {
  echo "fetching each station's schedule v2 ETag…" >&2
  xargs -P 8 -I{} sh -c "curl -sf -o /dev/null -D - -H 'X-Station-Key: {}' '$BASE/api/station/v1/schedule' \
    | awk -v k={} 'tolower(\$1) == \"etag:\" {gsub(/\r/, \"\", \$2); print k, \$2}'" < "$WORK/keys" > "$WORK/schedule-etags"
  sed 's#/api/station/v1/playlist#/api/station/v1/schedule#' "$WORK/poll.lua" > "$WORK/schedule.lua"
  echo "schedule v2: $(wc -l < "$WORK/schedule-etags") stations with ETags"
  ETAGS="$WORK/schedule-etags" bench_warm "$SERVER_PID" "$BASE" -s "$WORK/schedule.lua"
  ETAGS="$WORK/schedule-etags" wrk_measure "$BASE" "$DURATION" -s "$WORK/schedule.lua" \
    | awk '{print "schedule v2 polls: " $1 " req/s, p99 " $2 " ms, " $3 " errors"}'
}

# ---- Long-polls held at once: the server's memory before and while held, and how fast a change reaches them
held_long_polls() {
  local count="${LONG_POLLS:-5000}"
  [ "$count" -le "$(wc -l < "$WORK/keys")" ] || count=$(wc -l < "$WORK/keys")
  rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$SERVER_PID/status"; }
  echo "server memory (RSS) before the long-polls: $(rss)"
  java scripts/bench/LongPolls.java "$BASE" "$WORK/keys" "$count" "$WORK/trigger" > "$WORK/longpolls.out" 2>&1 &
  local tool=$!
  for _ in $(seq 1 600); do grep -q '^HELD' "$WORK/longpolls.out" && break; sleep 1; done
  echo "$(grep '^HELD' "$WORK/longpolls.out" || echo 'HELD ?') long-polls; server memory (RSS) while held: $(rss)"
  local now_local before
  now_local=$(TZ=Asia/Shanghai date +%FT%T)
  before=$(date +%s%3N)
  admin -d "{\"title\":\"压测紧急插播\",\"targetUnitId\":$TOWNSHIP,\"startsAt\":\"$now_local\",
    \"endsAt\":\"$(TZ=Asia/Shanghai date -d '+10 minutes' +%FT%T)\",\"contentIds\":[$AUDIO]}" \
    "$BASE/api/admin/v1/station-urgent" >/dev/null
  echo "$before" > "$WORK/trigger"
  wait "$tool" || true
  grep -v '^HELD' "$WORK/longpolls.out"
}

schedule_v2_polls
held_long_polls
