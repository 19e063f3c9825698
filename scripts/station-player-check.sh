#!/usr/bin/env bash
# A real player against the running embedded default: uploads two generated MP3s, publishes them as audio
# items, schedules them for a new station today, then has ffmpeg read the station's M3U over HTTP and
# decode every item to the end. Exits non-zero if anything fails or less audio than scheduled was decoded.
#   scripts/station-player-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${CHECK_PORT:-18082}"
WORK="$(mktemp -d)"
PASSWORD="check-admin-password"
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v ffmpeg >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
}
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

WENMING_ADMIN_PASSWORD="$PASSWORD" java -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 90); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done

# Signs in as $1/$2 into cookie jar $3 and prints the CSRF token.
login() {
  curl -sf -c "$3" -b "$3" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/admin/v1/auth/login" >/dev/null
  curl -sf -c "$3" -b "$3" "$BASE/api/admin/v1/auth/csrf" >/dev/null
  awk '$6 == "XSRF-TOKEN" {print $7}' "$3"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }

ADMIN="$WORK/admin"; ADMIN_XSRF=$(login admin "$PASSWORD" "$ADMIN")
as_admin() { curl -sf -b "$ADMIN" -H "X-XSRF-TOKEN: $ADMIN_XSRF" "$@"; }
BANNER=$(as_admin "$BASE/api/admin/v1/org-units" | json "d[0]['id']")
VILLAGE=$(as_admin "$BASE/api/admin/v1/org-units" | json \
  "[v['id'] for t in d[0]['children'] for v in t['children'] if v['code']=='daqintala-zhen-dongsheng-cun'][0]")
as_admin -H 'Content-Type: application/json' -d "{\"username\":\"editor1\",\"displayName\":\"编辑\",
  \"orgUnitId\":$BANNER,\"roles\":[\"EDITOR\"],\"password\":\"editor-password\"}" "$BASE/api/admin/v1/users" >/dev/null
EDITOR="$WORK/editor"; EDITOR_XSRF=$(login editor1 editor-password "$EDITOR")
as_editor() { curl -sf -b "$EDITOR" -H "X-XSRF-TOKEN: $EDITOR_XSRF" "$@"; }

ITEMS=()
TOTAL=0
for seconds in 4 3; do
  ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=440:duration=$seconds" -q:a 9 "$WORK/tone$seconds.mp3"
  KEY=$(as_editor -F "file=@$WORK/tone$seconds.mp3" "$BASE/api/admin/v1/media/audio" | json "d['key']")
  ID=$(as_editor -H 'Content-Type: application/json' -d "{\"kind\":\"AUDIO\",\"title\":\"测试音频 $seconds 秒\",
    \"orgUnitId\":$BANNER,\"mediaKey\":\"$KEY\",\"durationSeconds\":$seconds}" "$BASE/api/admin/v1/contents" | json "d['id']")
  as_editor -X POST "$BASE/api/admin/v1/contents/$ID/submit" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$ID/approve" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$ID/publish" >/dev/null
  ITEMS+=("$ID"); TOTAL=$((TOTAL + seconds))
done

STATION_KEY=$(as_admin -H 'Content-Type: application/json' -d "{\"code\":\"check-station\",\"name\":\"检查用广播站\",
  \"orgUnitId\":$VILLAGE,\"deviceType\":\"LINUX_PLAYER\"}" "$BASE/api/admin/v1/stations" | json "d['key']")
STATION_ID=$(as_admin "$BASE/api/admin/v1/stations" | json "[s['id'] for s in d if s['code']=='check-station'][0]")
as_admin -H 'Content-Type: application/json' -d "{\"name\":\"检查计划\",\"targetStationId\":$STATION_ID,
  \"startDate\":\"$(TZ=Asia/Shanghai date +%F)\",\"daysOfWeek\":[1,2,3,4,5,6,7],
  \"slots\":[{\"startTime\":\"07:00\",\"contentIds\":[${ITEMS[0]},${ITEMS[1]}]}]}" \
  "$BASE/api/admin/v1/station-schedules" >/dev/null

ffmpeg -hide_banner -loglevel error -y -i "$BASE/api/station/v1/playlist.m3u?key=$STATION_KEY" "$WORK/decoded.wav"
DECODED=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$WORK/decoded.wav")
echo "scheduled ${TOTAL}s of audio, ffmpeg decoded ${DECODED}s from the station's M3U"
python3 -c "import sys; sys.exit(0 if float('$DECODED') >= $TOTAL - 0.5 else 1)"
