#!/usr/bin/env bash
# Fault suite: two instances of the jar under `prod` over MariaDB, Redis, S3Proxy, an Elasticsearch node and a
# WeChat stub (WireMock), all processes of this script (scripts/lib/prod-services.sh), with a mixed load of
# public reads. Breaks each dependency in turn, then checks every promise of README "When a dependency
# fails" and prints a table promise × fault → held/broken; exits non-zero on any broken promise.
#   scripts/fault-suite.sh            (needs server/target/wenming-server.jar; bounded to about 8 minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WORK="$(mktemp -d /tmp/wenming-faults.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -CONT "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
T0=$SECONDS
step() { printf '\n--- %s (%ss)\n' "$*" "$((SECONDS - T0))"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAILED: %s\n' "$*" >&2; exit 1; }
# shellcheck source=lib/prod-services.sh
. scripts/lib/prod-services.sh

JAR="$ROOT/server/target/wenming-server.jar"
[ -f "$JAR" ] || ./mvnw -q -B -ntp -pl server package -DskipTests
scripts/lib/ensure-ffmpeg.sh  # health is UP only with ffmpeg (the rendition contributor)
type -P jq >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq jq >/dev/null
type -P redis-cli >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-tools >/dev/null

# ------------------------------------------------------------------------------------------------------------
step "Servers: MariaDB, Redis, S3Proxy, Elasticsearch, WeChat stub"
test_classpath
DBPORT=$(free_port); REDISPORT=$(free_port); S3PORT=$(free_port); WXPORT=$(free_port)
start_mariadb "$DBPORT" "$WORK/mysql"
mariadb --host=127.0.0.1 --port="$DBPORT" --user=root \
  -e "CREATE DATABASE wenming_faults CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
start_redis "$REDISPORT"
start_s3proxy "$S3PORT" "$WORK/s3"
start_elasticsearch
java -Xmx128m -cp "$TEST_CP" wiremock.Run --port "$WXPORT" --bind-address 127.0.0.1 \
  --root-dir "$ROOT/server/src/test/resources/wechat-stub" --disable-banner > "$WORK/wechat.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$WXPORT/__admin/mappings" && break; sleep 0.5; done
ok "MariaDB $DBPORT, Redis $REDISPORT, S3Proxy $S3PORT, Elasticsearch $ES_URL, WeChat stub $WXPORT"

sql() { mariadb --host=127.0.0.1 --port="$DBPORT" --user=root -N -B wenming_faults -e "$1"; }

# ------------------------------------------------------------------------------------------------------------
ADMIN_PASSWORD="fault-suite-admin-1"
mkdir -p "$WORK/tmp"
# Both instances spool uploads into one temporary folder: leftovers of either show there.
start_instance() { # start_instance <A|B> <port>
  env SPRING_PROFILES_ACTIVE=prod PORT="$2" WENMING_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    WENMING_DB_URL="jdbc:mariadb://127.0.0.1:$DBPORT/wenming_faults" WENMING_DB_USER=root WENMING_DB_PASSWORD= \
    WENMING_REDIS_HOST=127.0.0.1 WENMING_REDIS_PORT="$REDISPORT" \
    WENMING_MINIO_ENDPOINT="http://127.0.0.1:$S3PORT" WENMING_MINIO_ACCESS_KEY=wenming-ops \
    WENMING_MINIO_SECRET_KEY=wenming-ops-secret WENMING_MINIO_BUCKET=wenming-faults \
    WENMING_ES_URIS="$ES_URL" WENMING_ES_INDEX=wenming-faults WENMING_ES_REPLICAS=0 \
    WENMING_DATA_DIR="$WORK/data-$1" WENMING_IMPORT_CONTENT_ON_START=true \
    WENMING_WECHAT_APPID=wx-fault-suite WENMING_WECHAT_SECRET=fault-secret \
    WENMING_WECHAT_API_HOST_URL="http://127.0.0.1:$WXPORT" WENMING_WECHAT_TEMPLATE_FESTIVAL=tmpl-festival \
    WENMING_MEDIA_JANITOR_INTERVAL=15s WENMING_MEDIA_STALE_UPLOAD_AGE=10s WENMING_SCHEDULER_INTERVAL=5s \
    java -Xmx400m -Djava.io.tmpdir="$WORK/tmp" -jar "$JAR" --logging.level.root=WARN \
    --logging.level.org.wenming=INFO --wenming.search.sync-interval=500ms \
    --wenming.miniapp.subscribe.send-interval=3s >> "$WORK/instance-$1.log" 2>&1 &
  eval "PID_$1=$!"; PIDS+=($!)
}
await_ready() { # await_ready <port> <seconds>
  for _ in $(seq 1 "$2"); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness" && return 0
    sleep 1
  done
  return 1
}
step "Two instances starting together on the empty database (content pack imported by both)"
PORT_A=$(free_port); PORT_B=$(free_port)
start_instance A "$PORT_A"; start_instance B "$PORT_B"
await_ready "$PORT_A" 240 || { tail -30 "$WORK/instance-A.log" >&2; fail "instance A did not start"; }
await_ready "$PORT_B" 120 || { tail -30 "$WORK/instance-B.log" >&2; fail "instance B did not start"; }
A="http://127.0.0.1:$PORT_A"; B="http://127.0.0.1:$PORT_B"
STARTED_BOTH=$([ "$(sql "SELECT COUNT(*) - COUNT(DISTINCT import_key) FROM content WHERE import_key IS NOT NULL")" = 0 ] && echo held || echo broken)
ok "both ready ($STARTED_BOTH: content pack imported once)"

# ------------------------------------------------------------------------------------------------------------
# Console sessions (cookie jar + XSRF token) and the calls of editors and reviewers.
login() { # login <base> <user> <password> <jar>
  rm -f "$4"
  curl -s -o /dev/null -w '%{http_code}' -c "$4" -b "$4" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$2\",\"password\":\"$3\"}" "$1/api/admin/v1/auth/login"
  curl -s -o /dev/null -c "$4" -b "$4" "$1/api/admin/v1/auth/csrf"
}
xsrf() { awk '$6 == "XSRF-TOKEN" {print $7}' "$1"; }
# A documented 503 (the request did nothing; README "When a dependency fails") is repeated once after its
# Retry-After, as a client should; each repeat is counted in $WORK/retried.
api() { # api <jar> <method> <url> [json]: prints the body; on a non-2xx answer says which to stderr and fails
  local code attempt pause
  for attempt in 1 2; do
    code=$(curl -s -o "$WORK/api-body" -D "$WORK/api-headers" -w '%{http_code}' -b "$1" -c "$1" \
      -H "X-XSRF-TOKEN: $(xsrf "$1")" -H 'Content-Type: application/json' -X "$2" ${4:+-d "$4"} "$3") \
      || code="curl exit $?"
    [ "$code" = 503 ] && [ "$attempt" = 1 ] || break
    pause=$(awk 'tolower($1) == "retry-after:" {print $2 + 0}' "$WORK/api-headers")
    pause=$(( ${pause:-1} > 5 ? 5 : ${pause:-1} ))
    echo "   $2 $3 answered 503 ($(jq -r .code "$WORK/api-body" 2>/dev/null)), repeated after $pause s" >&2
    echo "$2 $3" >> "$WORK/retried"
    sleep "$pause"
  done
  if [[ "$code" != 2?? ]]; then
    echo "   $2 $3 answered $code: $(head -c 400 "$WORK/api-body")" >&2
    return 1
  fi
  cat "$WORK/api-body"
}
login "$A" admin "$ADMIN_PASSWORD" "$WORK/admin" >/dev/null
UNIT="$(curl -sf -b "$WORK/admin" "$A/api/admin/v1/auth/me" | jq -r '.orgUnitId // .user.orgUnitId')"
for role in EDITOR REVIEWER; do
  api "$WORK/admin" POST "$A/api/admin/v1/users" "{\"username\":\"fault-$role\",\"displayName\":\"故障测试$role\",\
\"orgUnitId\":$UNIT,\"roles\":[\"$role\"],\"password\":\"fault-password-1\"}" >/dev/null
done
login "$A" fault-EDITOR fault-password-1 "$WORK/editor" >/dev/null
login "$B" fault-REVIEWER fault-password-1 "$WORK/reviewer" >/dev/null
publish_one() { # publish_one <editor base> <reviewer base> <title>: created on one instance, published on the other
  local id
  id="$(api "$WORK/editor" POST "$1/api/admin/v1/contents" "{\"kind\":\"FESTIVAL_ITEM\",\"title\":\"$3\",\
\"summary\":\"$3的简介\",\"body\":\"<p>$3</p>\",\"orgUnitId\":$UNIT,\"language\":\"zh\",\"tags\":[\"故障测试\"],\
\"festivalCode\":\"DUANWU\",\"activityPlace\":\"新时代文明实践所\"}" | jq -r .id)" || return 1
  api "$WORK/editor" POST "$1/api/admin/v1/contents/$id/submit" >/dev/null || return 1
  api "$WORK/reviewer" POST "$2/api/admin/v1/contents/$id/approve" >/dev/null || return 1
  api "$WORK/reviewer" POST "$2/api/admin/v1/contents/$id/publish" '{}' >/dev/null || return 1
  echo "$id"
}
# Residents subscribed to the festival topic, a message each per item until their quota (20) is used.
for r in 1 2 3; do
  token="$(curl -sf -H 'Content-Type: application/json' -d "{\"code\":\"fault-resident-$r\"}" \
    "$A/api/mini/v1/auth/login" | jq -r .token)"
  for _ in $(seq 1 20); do
    curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" "$B/api/mini/v1/subscriptions/festival"
  done
done
ok "editor, reviewer and three subscribed residents ready"

# ------------------------------------------------------------------------------------------------------------
# The load: public reads on both instances, each answer logged as "<phase> <status>" while $WORK/load runs.
echo warmup > "$WORK/phase"
load() { # load <base>
  local path code
  while [ -e "$WORK/load" ]; do
    for path in /api/mini/v1/home "/api/mini/v1/contents?size=10" "/api/mini/v1/search?q=%E6%96%87%E6%98%8E"; do
      code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$1$path") || true
      echo "$(cat "$WORK/phase") $code" >> "$WORK/answers"
    done
    sleep 0.2
  done
}
touch "$WORK/load" "$WORK/answers" "$WORK/retried"
load "$A" & LOAD_A=$!; PIDS+=($!)
load "$B" & LOAD_B=$!; PIDS+=($!)
phase() { echo "$1" > "$WORK/phase.new"; mv "$WORK/phase.new" "$WORK/phase"; }
answers() { awk -v p="$1" -v c="$2" '$1 == p && $2 ~ c' "$WORK/answers" | wc -l; }

declare -A RESULT
record() { RESULT["$1|$2"]=$3; }

# ------------------------------------------------------------------------------------------------------------
step "Fault 1: Redis stopped for 30 s"
phase redis
kill "$REDIS_PID"; wait "$REDIS_PID" 2>/dev/null || true
sleep 3
T=$SECONDS
LOGIN_DURING="$(curl -s -o "$WORK/login-during" -w '%{http_code} %{time_total}' -H 'Content-Type: application/json' \
  -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$A/api/admin/v1/auth/login")"
HEALTH_DURING="$(curl -s "$B/actuator/health" | jq -r .components.redis.status)"
sleep $((30 - (SECONDS - T) - 3))
start_redis "$REDISPORT"
phase after-redis
sleep 6
READS_OK=$(answers redis '^200$'); READS_OTHER=$(answers redis '^[^2]')
ok "during the outage: $READS_OK reads answered 200, $READS_OTHER otherwise; login answered $LOGIN_DURING; health redis=$HEALTH_DURING"
record "public reads answered" redis "$([ "$READS_OK" -gt 0 ] && [ "$READS_OTHER" = 0 ] && echo held || echo broken)"
record "needs-Redis writes answer 503 at once" redis \
  "$([[ "$LOGIN_DURING" == 503\ * ]] && awk -v t="${LOGIN_DURING#* }" 'BEGIN {exit !(t < 3)}' \
     && grep -q REDIS_UNAVAILABLE "$WORK/login-during" && echo held || echo broken)"
record "health shows it" redis "$([ "$HEALTH_DURING" = DEGRADED ] && echo held || echo broken)"
# Sessions were only in the stopped Redis (README: persistence): sign in again.
for _ in $(seq 1 20); do
  [ "$(login "$A" fault-EDITOR fault-password-1 "$WORK/editor")" = 200 ] && break; sleep 1
done
login "$B" fault-REVIEWER fault-password-1 "$WORK/reviewer" >/dev/null
record "sign-in works again" redis "$([ "$(login "$A" admin "$ADMIN_PASSWORD" "$WORK/admin")" = 200 ] && echo held || echo broken)"

# ------------------------------------------------------------------------------------------------------------
# Noise without '<': the upload's markup scan must not decide this suite (tag-like bytes are rare in it, not nil).
wav() { # wav <file> <megabytes>: a valid 16-bit stereo WAV of noise
  python3 - "$1" "$2" <<'PY'
import os, struct, sys
size = int(sys.argv[2]) * 1024 * 1024
with open(sys.argv[1], "wb") as f:
    f.write(b"RIFF" + struct.pack("<I", 36 + size) + b"WAVEfmt " + struct.pack("<IHHIIHH", 16, 1, 2, 44100, 176400, 4, 16))
    f.write(b"data" + struct.pack("<I", size))
    for _ in range(size // (1024 * 1024)):
        f.write(os.urandom(1024 * 1024).replace(b"<", b">"))
PY
}
upload() { # upload <base> <file> [curl options…]: prints the status
  local base=$1 file=$2; shift 2
  curl -s -o /dev/null -w '%{http_code}' "$@" -b "$WORK/editor" -H "X-XSRF-TOKEN: $(xsrf "$WORK/editor")" \
    -F "file=@$file;type=audio/wav" "$base/api/admin/v1/media/audio" || true
}
spooling_done() { # waits until a spool file exists and stops growing
  local before=-1 now
  for _ in $(seq 1 100); do
    now="$(find "$WORK/tmp" -name 'wenming-upload-*.part' -printf '%s\n' 2>/dev/null | sort -n | tail -1)"
    [ -n "$now" ] && [ "$now" = "$before" ] && return 0
    before="${now:--1}"; sleep 0.2
  done
}
step "Fault 2: S3 killed mid-upload"
phase s3
wav "$WORK/big.wav" 60
upload "$A" "$WORK/big.wav" > "$WORK/s3-upload-status" &
UPLOAD=$!
spooling_done; sleep 0.5
kill -9 "$S3PROXY_PID"
wait "$UPLOAD" || true
S3_UPLOAD="$(cat "$WORK/s3-upload-status")"
sleep 5
start_s3proxy "$S3PORT" "$WORK/s3"
phase after-s3
ok "the upload answered $S3_UPLOAD while S3 died"
record "no 5xx but documented 503s" s3 "$([[ "$S3_UPLOAD" =~ ^(201|503)$ ]] && echo held || echo broken)"

# ------------------------------------------------------------------------------------------------------------
step "Fault 3: Elasticsearch stopped during 50 publishes"
phase elasticsearch
kill -STOP "$ES_PID"
PUBLISHED=0
for i in $(seq 1 50); do
  if [ $((i % 2)) = 0 ]; then id=$(publish_one "$A" "$B" "检索故障期间发布$i") || id=; else id=$(publish_one "$B" "$A" "检索故障期间发布$i") || id=; fi
  [ -n "$id" ] && PUBLISHED=$((PUBLISHED + 1))
done
kill -CONT "$ES_PID"
phase after-elasticsearch
ok "$PUBLISHED of 50 published while Elasticsearch was stopped ($(wc -l < "$WORK/retried") call(s) repeated after a 503 so far)"
record "every publish accepted" elasticsearch "$([ "$PUBLISHED" = 50 ] && echo held || echo broken)"

# ------------------------------------------------------------------------------------------------------------
step "Fault 4: MariaDB stopped for 20 s"
phase mariadb
kill "$MARIADB_PID"; wait "$MARIADB_PID" 2>/dev/null || true
sleep 20
start_mariadb "$DBPORT" "$WORK/mysql"
phase after-mariadb
sleep 8
ok "MariaDB back; reads during: $(answers mariadb '^200$') answered 200, $(answers mariadb '^503$') 503, $(answers mariadb '^5(0[^3]|[1-9])') other 5xx"

# ------------------------------------------------------------------------------------------------------------
step "Fault 5: instance A killed (SIGKILL) mid-publish-burst and mid-upload"
phase kill
( for i in $(seq 1 16); do publish_one "$A" "$A" "实例被杀前发布$i" >> "$WORK/burst-ids" || true; done ) &
BURST=$!
sleep 6
upload "$A" "$WORK/big.wav" > /dev/null &
spooling_done; sleep 0.3
kill -9 "$PID_A"
wait "$BURST" 2>/dev/null || true
KILLED_SPOOLS=$(find "$WORK/tmp" -name "wenming-upload-$PID_A-*.part" | wc -l)
ok "A killed with $(wc -l < "$WORK/burst-ids" 2>/dev/null || echo 0) burst items published and $KILLED_SPOOLS spool file(s) left"
start_instance A "$PORT_A"
await_ready "$PORT_A" 180 || fail "instance A did not come back"
phase after-kill
# Rows A had claimed are taken over when their lease (2 min) ends; wait for every announcement, bounded.
for _ in $(seq 1 150); do
  [ "$(sql "SELECT COUNT(*) FROM announcement_outbox WHERE delivered_at IS NULL")" = 0 ] \
    && [ "$(sql "SELECT COUNT(*) FROM subscribe_message WHERE status IN ('PENDING','SENDING')")" = 0 ] && break
  sleep 1
done
rm -f "$WORK/load"; wait "$LOAD_A" "$LOAD_B" 2>/dev/null || true
sleep 16  # one more janitor run on both instances

# ------------------------------------------------------------------------------------------------------------
step "Promises"
announced_once() {
  local pub undelivered dup sent sends
  pub=$(sql "SELECT COUNT(*) FROM content WHERE status = 'PUBLISHED' AND import_key IS NULL")
  undelivered=$(sql "SELECT COUNT(*) FROM content c WHERE c.status = 'PUBLISHED' AND c.import_key IS NULL AND NOT EXISTS
    (SELECT 1 FROM announcement_outbox o WHERE o.content_id = c.id AND o.delivered_at IS NOT NULL)")
  dup=$(sql "SELECT COUNT(*) FROM (SELECT content_id FROM subscribe_dispatch GROUP BY content_id HAVING COUNT(*) > 1) d")
  sent=$(sql "SELECT COUNT(*) FROM subscribe_message WHERE status = 'SENT'")
  sends=$(curl -s -X POST -d '{"method":"POST","urlPath":"/cgi-bin/message/subscribe/send"}' \
    "http://127.0.0.1:$WXPORT/__admin/requests/count" | jq -r .count)
  echo "   published $pub, without delivered announcement $undelivered, announced twice $dup, messages sent $sent, WeChat sends $sends" >&2
  [ "$undelivered" = 0 ] && [ "$dup" = 0 ] && [ "$sent" = "$sends" ]
}
# Rows of the search outbox that the killed instance had claimed are taken over when their lease (2 min) ends.
indexed_all() {
  local pub idx
  for _ in $(seq 1 150); do
    pub=$(sql "SELECT COUNT(*) FROM content WHERE status = 'PUBLISHED'")
    idx=$(curl -s "$ES_URL/wenming-faults/_count" | jq -r .count)
    [ "$pub" = "$idx" ] && break
    sleep 1
  done
  echo "   published $pub, indexed $idx" >&2
  [ "$pub" = "$idx" ]
}
no_leftovers() {
  local parts spools
  parts=$(sql "SELECT COUNT(*) FROM multipart_upload")
  spools=$(find "$WORK/tmp" -name 'wenming-upload-*.part' | wc -l)
  echo "   multipart uploads not ended $parts, spool files $spools" >&2
  [ "$parts" = 0 ] && [ "$spools" = 0 ]
}
no_other_5xx() {
  local bad
  bad=$(awk '$2 ~ /^5/ && $2 != 503' "$WORK/answers" | wc -l)
  echo "   $(wc -l < "$WORK/answers") reads, $(awk '$2 == 503' "$WORK/answers" | wc -l) answered 503, $bad other 5xx" >&2
  [ "$bad" = 0 ]
}
healthy() {
  local base health unhealthy=0
  for base in "$A" "$B"; do
    health="$(curl -s "$base/actuator/health")"
    if ! jq -e '.status == "UP"' >/dev/null <<< "$health"; then
      echo "   $base/actuator/health: $(jq -c '[.components | to_entries[] | select(.value.status != "UP") | {(.key): .value}]' <<< "$health" 2>/dev/null || echo "$health")" >&2
      unhealthy=1
    fi
  done
  return $unhealthy
}
verdict() { if "$@"; then echo held; else echo broken; fi; }
ANNOUNCED=$(verdict announced_once)
INDEXED=$(verdict indexed_all)
LEFTOVERS=$(verdict no_leftovers)
NO5XX=$(verdict no_other_5xx)
HEALTHY=$(verdict healthy)
record "every published item indexed" elasticsearch "$INDEXED"
record "every published item announced exactly once" elasticsearch "$ANNOUNCED"
record "every published item announced exactly once" kill "$ANNOUNCED"
record "no leftover parts or spool files" s3 "$LEFTOVERS"
record "no leftover parts or spool files" kill "$LEFTOVERS"
record "content pack imported once" "concurrent start" "$STARTED_BOTH"
for fault in redis s3 elasticsearch mariadb kill; do
  [ -n "${RESULT["no 5xx but documented 503s|$fault"]:-}" ] || record "no 5xx but documented 503s" "$fault" "$NO5XX"
  record "both instances healthy afterwards" "$fault" "$HEALTHY"
done

step "Table (promise × fault → held/broken), $((SECONDS - T0)) s"
BROKEN=0
printf '%-46s | %-16s | %s\n' promise fault result
for key in $(printf '%s\n' "${!RESULT[@]}" | tr ' ' '_' | sort); do
  k="${key//_/ }"
  printf '%-46s | %-16s | %s\n' "${k%%|*}" "${k#*|}" "${RESULT[$k]}"
  [ "${RESULT[$k]}" = held ] || BROKEN=$((BROKEN + 1))
done
if [ "$BROKEN" != 0 ]; then
  for instance in A B; do
    echo "--- last warnings and errors of instance $instance" >&2
    grep -E ' (WARN|ERROR) ' "$WORK/instance-$instance.log" | tail -25 | cut -c1-400 >&2 || true
  done
  fail "$BROKEN promise(s) broken"
fi
step "done in $((SECONDS - T0)) s"
