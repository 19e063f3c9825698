#!/usr/bin/env bash
# A real player against the running embedded default: uploads a day of generated audio in every allowed
# format (MP3 at 44.1 and 22.05 kHz, M4A, WAV; loud and quiet), waits for their broadcast renditions,
# publishes them as audio items, schedules them for a new station today, then has ffmpeg read the station's
# M3U over HTTP and decode every item to the end. Exits non-zero if anything fails, or if the decoded length
# differs from the playlist's durations by more than 0.3 s per item.
#   scripts/station-player-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${CHECK_PORT:-18082}"
WORK="$(mktemp -d)"
PASSWORD="check-admin-password"
# Wait for the server to end before removing its folder: a server still shutting down writes its database there.
trap 'kill "${SERVER_PID:-}" 2>/dev/null || true; wait "${SERVER_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

scripts/lib/ensure-ffmpeg.sh
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

WENMING_ADMIN_PASSWORD="$PASSWORD" java -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
# Start-up takes well over a minute on a loaded machine (and the content pack is imported before ready).
for _ in $(seq 1 300); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done

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

# name, lavfi source, encoder options: the day mixes every allowed format, sample rates and loudness.
FORMATS=(
  "loud-44k.mp3|sine=frequency=440:duration=4,volume=0.9|-ar 44100 -c:a libmp3lame -b:a 128k"
  "quiet-22k.mp3|sine=frequency=550:duration=3,volume=0.03|-ar 22050 -c:a libmp3lame -b:a 64k"
  "tone.m4a|sine=frequency=660:duration=3,volume=0.3|-ar 48000 -c:a aac -b:a 96k"
  "tone.wav|sine=frequency=770:duration=2,volume=0.5|-ar 16000 -c:a pcm_s16le"
)
ITEMS=()
for format in "${FORMATS[@]}"; do
  IFS='|' read -r NAME SOURCE OPTIONS <<< "$format"
  # shellcheck disable=SC2086 # OPTIONS are separate ffmpeg arguments
  ffmpeg -loglevel error -y -f lavfi -i "$SOURCE" -ac 1 $OPTIONS "$WORK/$NAME"
  UPLOADED=$(as_editor -F "file=@$WORK/$NAME" "$BASE/api/admin/v1/media/audio")
  KEY=$(json "d['key']" <<< "$UPLOADED"); DURATION=$(json "d['durationSeconds']" <<< "$UPLOADED")
  STATE=""
  # The content pack's audio imported at start is queued first (a few seconds of ffmpeg each).
  for _ in $(seq 1 600); do
    STATE=$(as_editor "$BASE/api/admin/v1/media/$KEY/info" | json "d['renditions']['state']")
    [ "$STATE" = READY ] || [ "$STATE" = FAILED ] && break
    sleep 1
  done
  echo "$NAME: rendition $STATE"
  [ "$STATE" = READY ] || { as_editor "$BASE/api/admin/v1/media/$KEY/info"; exit 1; }
  ID=$(as_editor -H 'Content-Type: application/json' -d "{\"kind\":\"AUDIO\",\"title\":\"测试音频 $NAME\",
    \"orgUnitId\":$BANNER,\"mediaKey\":\"$KEY\",\"durationSeconds\":$DURATION}" "$BASE/api/admin/v1/contents" | json "d['id']")
  as_editor -X POST "$BASE/api/admin/v1/contents/$ID/submit" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$ID/approve" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$ID/publish" >/dev/null
  ITEMS+=("$ID")
done

STATION_KEY=$(as_admin -H 'Content-Type: application/json' -d "{\"code\":\"check-station\",\"name\":\"检查用广播站\",
  \"orgUnitId\":$VILLAGE,\"deviceType\":\"LINUX_PLAYER\"}" "$BASE/api/admin/v1/stations" | json "d['key']")
STATION_ID=$(as_admin "$BASE/api/admin/v1/stations" | json "[s['id'] for s in d if s['code']=='check-station'][0]")
as_admin -H 'Content-Type: application/json' -d "{\"name\":\"检查计划\",\"targetStationId\":$STATION_ID,
  \"startDate\":\"$(TZ=Asia/Shanghai date +%F)\",\"daysOfWeek\":[1,2,3,4,5,6,7],
  \"slots\":[{\"startTime\":\"07:00\",\"contentIds\":[$(IFS=,; echo "${ITEMS[*]}")]}]}" \
  "$BASE/api/admin/v1/station-schedules" >/dev/null

TODAY="$(TZ=Asia/Shanghai date +%F)"
TOTAL=$(curl -sf -H "X-Station-Key: $STATION_KEY" "$BASE/api/station/v1/playlist?date=$TODAY" \
  | json "sum(i['durationSeconds'] for s in d['slots'] for i in s['items'])")
ffmpeg -hide_banner -loglevel error -y -i "$BASE/api/station/v1/playlist.m3u?date=$TODAY&key=$STATION_KEY" "$WORK/decoded.wav"
DECODED=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$WORK/decoded.wav")
echo "${#ITEMS[@]} items (MP3 44.1 kHz, MP3 22.05 kHz, M4A, WAV): scheduled ${TOTAL}s, ffmpeg decoded ${DECODED}s from the station's M3U"
python3 -c "import sys; sys.exit(0 if abs(float('$DECODED') - $TOTAL) <= 0.3 * ${#ITEMS[@]} else 1)"
