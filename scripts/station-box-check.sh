#!/usr/bin/env bash
# The reference box (scripts/reference-box/ReferenceBox.java) against the packaged server, through a TCP
# proxy (socat) that is cut for a simulated day. The day is compressed on the real clock: schedule slots
# carry second-precision times (HH:mm:ss) a few seconds apart, so "a day" of five slots lasts ~30 s.
# Checks, and prints a summary of:
#   1. an urgent insert made while the box is connected plays within 5 s (the box follows /changes);
#   2. with the proxy cut before the first slot and restored after the last, every slot plays on time
#      (within 1.5 s of its start) from the cache;
#   3. after reconnection every receipt arrives exactly once (the ledger holds one row per play);
#   4. ffmpeg plays a slot's own M3U (schedule v2) from the server.
# Exits non-zero on any failure.   scripts/station-box-check.sh
set -euo pipefail
cd "$(dirname "$0")/.."
WORK="$(mktemp -d)"
PASSWORD="box-check-admin-password"
ZONE="Asia/Shanghai"
ON_TIME_MS=1500
URGENT_WITHIN_MS=5000
SLOT_GAP=6
SLOTS=5

cleanup() {
  [ -n "${BOX_PID:-}" ] && kill "$BOX_PID" 2>/dev/null || true
  proxy_down
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null && wait "$SERVER_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
fail() { echo "FAIL: $*" >&2; echo "--- box log" >&2; tail -40 "$WORK/box.log" >&2 || true; exit 1; }

# ---- the TCP proxy between box and server: up, or cut (listener and every open connection gone)
proxy_up() {
  setsid socat TCP-LISTEN:"$PROXY_PORT",bind=127.0.0.1,fork,reuseaddr TCP:127.0.0.1:"$PORT" &
  PROXY_PID=$!
}
proxy_down() {
  if [ -n "${PROXY_PID:-}" ]; then
    kill -TERM -- "-$PROXY_PID" 2>/dev/null || true
    wait "$PROXY_PID" 2>/dev/null || true
    PROXY_PID=""
  fi
}

scripts/lib/ensure-ffmpeg.sh >/dev/null
command -v socat >/dev/null || {
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends socat >/dev/null
}
[ -f server/target/wenming-server.jar ] || ./mvnw -B -ntp -o -q -pl server package -DskipTests

PORT=$(free_port)
PROXY_PORT=$(free_port)
WENMING_ADMIN_PASSWORD="$PASSWORD" java -jar server/target/wenming-server.jar --server.port="$PORT" \
  --wenming.data-dir="$WORK/data" --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do curl -sf "$BASE/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$BASE/actuator/health" >/dev/null || { tail -20 "$WORK/server.log" >&2; fail "server did not start"; }

login() {
  curl -sf -c "$3" -b "$3" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/admin/v1/auth/login" >/dev/null
  curl -sf -c "$3" -b "$3" "$BASE/api/admin/v1/auth/csrf" >/dev/null
  awk '$6 == "XSRF-TOKEN" {print $7}' "$3"
}
ADMIN="$WORK/admin"; ADMIN_XSRF=$(login admin "$PASSWORD" "$ADMIN")
as_admin() { curl -sS --fail-with-body -b "$ADMIN" -H "X-XSRF-TOKEN: $ADMIN_XSRF" "$@"; }
BANNER=$(as_admin "$BASE/api/admin/v1/org-units" | json "d[0]['id']")
VILLAGE=$(as_admin "$BASE/api/admin/v1/org-units" | json \
  "[v['id'] for t in d[0]['children'] for v in t['children'] if v['code']=='daqintala-zhen-dongsheng-cun'][0]")
as_admin -H 'Content-Type: application/json' -d "{\"username\":\"boxeditor\",\"displayName\":\"编辑\",
  \"orgUnitId\":$BANNER,\"roles\":[\"EDITOR\"],\"password\":\"editor-password\"}" "$BASE/api/admin/v1/users" >/dev/null
EDITOR="$WORK/editor"; EDITOR_XSRF=$(login boxeditor editor-password "$EDITOR")
as_editor() { curl -sS --fail-with-body -b "$EDITOR" -H "X-XSRF-TOKEN: $EDITOR_XSRF" "$@"; }

# Published audio items of $1 seconds at $2 Hz; prints the content id.
published_tone() {
  ffmpeg -loglevel error -y -f lavfi -i "sine=frequency=$2:duration=$1" -q:a 9 "$WORK/tone-$2.mp3"
  local key id
  key=$(as_editor -F "file=@$WORK/tone-$2.mp3" "$BASE/api/admin/v1/media/audio" | json "d['key']")
  id=$(as_editor -H 'Content-Type: application/json' -d "{\"kind\":\"AUDIO\",\"title\":\"检查音频 $2 Hz\",
    \"orgUnitId\":$BANNER,\"mediaKey\":\"$key\",\"durationSeconds\":$1}" "$BASE/api/admin/v1/contents" | json "d['id']")
  as_editor -X POST "$BASE/api/admin/v1/contents/$id/submit" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$id/approve" >/dev/null
  as_admin -X POST "$BASE/api/admin/v1/contents/$id/publish" >/dev/null
  broadcast_ready "$key"
  echo "$id"
}

# Stations get an audio once its broadcast rendition is made in the background (behind the pack's own audio).
broadcast_ready() {
  local state
  for _ in $(seq 1 600); do
    state=$(as_editor "$BASE/api/admin/v1/media/$1/info" | json "(d.get('renditions') or {}).get('state')")
    case "$state" in
      READY) return ;;
      FAILED) fail "the broadcast rendition of $1 failed" ;;
    esac
    sleep 0.5
  done
  fail "the broadcast rendition of $1 was not ready within 300 s"
}
LONG=$(published_tone 2 440)
SHORT=$(published_tone 1 660)
WARNING=$(published_tone 1 880)

STATION_KEY=$(as_admin -H 'Content-Type: application/json' -d "{\"code\":\"box-check\",\"name\":\"参考盒检查站\",
  \"orgUnitId\":$VILLAGE,\"deviceType\":\"LINUX_PLAYER\"}" "$BASE/api/admin/v1/stations" | json "d['key']")
STATION_ID=$(as_admin "$BASE/api/admin/v1/stations" | json "[s['id'] for s in d if s['code']=='box-check'][0]")

proxy_up
mkdir -p "$WORK/box"
java scripts/reference-box/ReferenceBox.java --server "http://127.0.0.1:$PROXY_PORT" --key "$STATION_KEY" \
  --dir "$WORK/box" --out null --heartbeat-seconds 5 > "$WORK/box.log" 2>&1 &
BOX_PID=$!
for _ in $(seq 1 60); do grep -q " SYNCED " "$WORK/box.log" && break; sleep 0.5; done
grep -q " SYNCED " "$WORK/box.log" || fail "the box never synced its schedule"

# ---- 1. urgent insert while connected
URGENT_FROM=$(TZ=$ZONE date +%FT%T)
URGENT_TO=$(TZ=$ZONE date -d '+8 seconds' +%FT%T)
URGENT_MADE=$(now_ms)
as_admin -H 'Content-Type: application/json' -d "{\"title\":\"防汛紧急插播\",\"targetStationId\":$STATION_ID,
  \"startsAt\":\"$URGENT_FROM\",\"endsAt\":\"$URGENT_TO\",\"contentIds\":[$WARNING],\"priority\":900,\"volume\":80}" \
  "$BASE/api/admin/v1/station-urgent" >/dev/null
for _ in $(seq 1 40); do grep -q "PLAYED .*urgent=true" "$WORK/box.log" && break; sleep 0.25; done
URGENT_LINE=$(grep -m1 "PLAYED .*urgent=true" "$WORK/box.log") || fail "the urgent insert was not played within 10 s"
URGENT_DELAY=$(python3 -c "
import sys,datetime
started=[w.split('=',1)[1] for w in sys.argv[1].split() if w.startswith('startedAt=')][0]
print(int(datetime.datetime.fromisoformat(started).timestamp()*1000) - int(sys.argv[2]))" "$URGENT_LINE" "$URGENT_MADE")

# ---- 2. a compressed day: five slots $SLOT_GAP s apart, the proxy cut from before the first to after the last
FIRST=$(( $(date +%s) + 14 ))
SLOTS_JSON=$(python3 -c "
import datetime, zoneinfo, json, sys
first, gap, n, long_id, short_id = map(int, sys.argv[1:])
zone = zoneinfo.ZoneInfo('$ZONE')
slots = [{'startTime': datetime.datetime.fromtimestamp(first + i * gap, zone).strftime('%H:%M:%S'),
          'contentIds': [long_id, short_id] if i % 2 == 0 else [short_id]} for i in range(n)]
print(json.dumps(slots))" "$FIRST" "$SLOT_GAP" "$SLOTS" "$LONG" "$SHORT")
as_admin -H 'Content-Type: application/json' -d "{\"name\":\"压缩的一天\",\"targetStationId\":$STATION_ID,
  \"startDate\":\"$(TZ=$ZONE date +%F)\",\"endDate\":\"$(TZ=$ZONE date +%F)\",\"daysOfWeek\":[1,2,3,4,5,6,7],\"slots\":$SLOTS_JSON}" \
  "$BASE/api/admin/v1/station-schedules" >/dev/null
for _ in $(seq 1 40); do grep -q " SYNCED .* slots=$((SLOTS + 1)) " "$WORK/box.log" && break; sleep 0.25; done
grep -q " SYNCED .* slots=$((SLOTS + 1)) " "$WORK/box.log" || fail "the box did not pick up the day's schedule"

sleep $(( FIRST - 3 - $(date +%s) ))
proxy_down
CUT_AT=$(now_ms)
LAST_END=$(( FIRST + (SLOTS - 1) * SLOT_GAP + 4 ))
sleep $(( LAST_END - $(date +%s) ))
RESTORED_AT=$(now_ms)
proxy_up

for _ in $(seq 1 60); do
  [ ! -s "$WORK/box/receipts.jsonl" ] && grep -q " RECEIPTS " "$WORK/box.log" && break
  sleep 0.5
done
sleep 3 # one more upload round: nothing may arrive twice

# ffmpeg plays a slot's own M3U (schedule v2) straight from the server
SLOT_M3U=$(python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
print([s['m3u'] for s in d['slots'] if not s['urgent']][0])" "$WORK/box/schedule.json")
ffmpeg -hide_banner -loglevel error -y -i "$SLOT_M3U&key=$STATION_KEY" "$WORK/slot.wav" || true
SLOT_DECODED=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$WORK/slot.wav" 2>/dev/null || echo 0)

LEDGER=$(as_admin "$BASE/api/admin/v1/station-ledger?from=$(TZ=$ZONE date -d yesterday +%F)&to=$(TZ=$ZONE date -d tomorrow +%F)&stationId=$STATION_ID&size=100")
python3 - "$WORK/box.log" "$FIRST" "$SLOT_GAP" "$SLOTS" "$CUT_AT" "$RESTORED_AT" "$URGENT_DELAY" \
  "$ON_TIME_MS" "$URGENT_WITHIN_MS" "$LEDGER" "$SLOT_DECODED" <<'PY'
import datetime, json, sys
log, first, gap, slots, cut, restored, urgent_delay, on_time, urgent_within, ledger, slot_decoded = sys.argv[1:]
first, gap, slots, cut, restored = int(first), int(gap), int(slots), int(cut), int(restored)
urgent_delay, on_time, urgent_within = int(urgent_delay), int(on_time), int(urgent_within)
plays = []
offline_seen = False
for line in open(log, encoding='utf-8'):
    words = line.split()
    if len(words) > 1 and words[1] == 'OFFLINE':
        offline_seen = True
    if len(words) > 1 and words[1] == 'PLAYED':
        fields = dict(w.split('=', 1) for w in words[2:] if '=' in w)
        fields['at'] = int(datetime.datetime.fromisoformat(fields['startedAt']).timestamp() * 1000)
        plays.append(fields)
ok = True
def check(condition, message):
    global ok
    print(('  ok   ' if condition else '  FAIL ') + message)
    ok = ok and condition
print('reference box check (compressed day: %d slots %d s apart, proxy cut for the whole day)' % (slots, gap))
check(urgent_delay <= urgent_within, 'urgent insert played %d ms after it was made (limit %d ms)' % (urgent_delay, urgent_within))
check(offline_seen, 'the box noticed the outage (OFFLINE logged)')
for i in range(slots):
    start = (first + i * gap) * 1000
    in_slot = [p for p in plays if p['urgent'] == 'false' and start - 1000 <= p['at'] < start + gap * 1000 - 500]
    first_item = min(in_slot, key=lambda p: p['at']) if in_slot else None
    late = max(int(p['lateMs']) for p in in_slot) if in_slot else None
    during_outage = all(cut < p['at'] < restored for p in in_slot)
    completed = all(p['result'] == 'COMPLETED' and p['source'] == 'cache' for p in in_slot)
    check(bool(in_slot) and late <= on_time and during_outage and completed,
          'slot %d: %d item(s) played from cache while cut, latest start %s ms late (limit %d)'
          % (i + 1, len(in_slot), late, on_time))
ledger = json.loads(ledger)
rows = {(r['contentId'], r['startedAt']) for r in ledger['items']}
check(ledger['total'] == len(plays), 'ledger holds %d receipts for %d plays' % (ledger['total'], len(plays)))
check(len(rows) == ledger['total'], 'no receipt stored twice (%d distinct)' % len(rows))
check(float(slot_decoded or 0) >= 2.5, "ffmpeg decoded %.1f s of the first slot's M3U (3 s scheduled)" % float(slot_decoded or 0))
print('RESULT: ' + ('PASS' if ok else 'FAIL'))
sys.exit(0 if ok else 1)
PY
