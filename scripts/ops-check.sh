#!/usr/bin/env bash
# CI check of production operations, services started once:
#   1. the deploy files pass their checkers (nginx -t, systemd-analyze verify + security, docker-compose config),
#      and each checker fails on a broken copy (so a pass means something)
#   2. round trip on the embedded default: populate → backup (online) → wipe → restore → compare
#   3. round trip on prod: MariaDB + Redis + S3 (S3Proxy, its own process) + Elasticsearch (its own process,
#      from the test classpath): populate → backup → wipe → restore → compare
#   4. scripts/migrate-embedded-to-mysql.sh on the populated embedded install → MariaDB + S3, compared
# "compare" = row counts of every table, sha256 of every object, and the mini program's answers (home, lists,
# every detail, festivals, searches) identical before and after. Installs what it needs from Debian.
#   scripts/ops-check.sh                      (OPS_CHECK_STAGES="deploy embedded prod migrate" by default;
#                                              migrate needs embedded)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
WENMING_ENV_FILE=
# shellcheck source=lib/ops-env.sh
. scripts/lib/ops-env.sh
# shellcheck source=lib/prod-services.sh
. scripts/lib/prod-services.sh
WORK="$(mktemp -d /tmp/wenming-ops.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "${DB_CREATED:-}" ]; then
    for db in $DB_CREATED; do mariadb --host=127.0.0.1 --user=root -e "DROP DATABASE IF EXISTS $db" || true; done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
T0=$SECONDS
STAGES=" ${OPS_CHECK_STAGES:-deploy embedded prod migrate} "
want() { [[ "$STAGES" == *" $1 "* ]]; }
step() { printf '\n--- %s (%ss)\n' "$*" "$((SECONDS - T0))"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAILED: %s\n' "$*" >&2; exit 1; }

step "Installing the checkers and tools (Debian): nginx, docker-compose (v1), rclone, jq, unzip, MariaDB client"
PKGS=()
# type -P looks at the PATH only: ops-env.sh wraps rclone in a shell function, which command -v would take for it.
type -P nginx >/dev/null || PKGS+=(nginx-light)
type -P docker-compose >/dev/null || PKGS+=(docker-compose)
type -P rclone >/dev/null || PKGS+=(rclone)
type -P jq >/dev/null || PKGS+=(jq)
type -P unzip >/dev/null || PKGS+=(unzip)
type -P mariadb-dump >/dev/null || PKGS+=(mariadb-client)
type -P openssl >/dev/null || PKGS+=(openssl)
type -P redis-cli >/dev/null || PKGS+=(redis-tools)
if [ "${#PKGS[@]}" -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
fi
ok "installed: ${PKGS[*]:-nothing needed}"

# ------------------------------------------------------------------------------------------------------------
if want deploy; then
step "1. Deploy files"
D="$WORK/deploy"; mkdir -p "$D/ssl" "$D/logs" "$D/cache"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=wenming.example.cn \
  -keyout "$D/ssl/privkey.pem" -out "$D/ssl/fullchain.pem" 2>/dev/null
nginx_check() { # nginx -t of a site file inside Debian's own nginx.conf layout (mime types, modules)
  sed -e "s#/etc/ssl/wenming/#$D/ssl/#" -e "s#/var/cache/nginx/wenming-media#$D/cache#" "$1" > "$D/site.conf"
  cat > "$D/nginx.conf" <<CONF
pid $D/nginx.pid;
error_log $D/logs/error.log;
include /etc/nginx/modules-enabled/*.conf;
events {}
http {
  include /etc/nginx/mime.types;
  access_log off;
  include $D/site.conf;
}
CONF
  nginx -q -t -c "$D/nginx.conf" -g 'daemon off;' 2>&1
}
nginx_check scripts/deploy/nginx-wenming.conf || fail "nginx -t"
ok "nginx -t: scripts/deploy/nginx-wenming.conf ($(nginx -v 2>&1 | sed 's/.*\///'))"
sed 's/proxy_cache_valid 200 10m;/proxy_cache_valid 200 tenminutes;/' scripts/deploy/nginx-wenming.conf > "$D/broken.conf"
nginx_check "$D/broken.conf" >/dev/null && fail "nginx -t accepted a broken site"
ok "nginx -t refuses a broken copy"

mkdir -p "$D/unit" && cp scripts/deploy/wenming.service "$D/unit/"
# verify only warns (exit 0) about a setting it ignores: any output is a failure here.
VERIFY="$(systemd-analyze verify "$D/unit/wenming.service" 2>&1)" && [ -z "$VERIFY" ] || fail "systemd-analyze verify: $VERIFY"
EXPOSURE="$(systemd-analyze security --offline=true --threshold=30 "$D/unit/wenming.service" 2>&1 | tail -1)" \
  || fail "systemd-analyze security exposure above 3.0: $EXPOSURE"
ok "systemd-analyze verify; security: ${EXPOSURE#→ }"
sed 's/^ProtectSystem=strict/ProtectSystem=sometimes/' scripts/deploy/wenming.service > "$D/unit/broken.service"
systemd-analyze verify "$D/unit/broken.service" 2>&1 | grep -q "Failed to parse protect system" || fail "verify accepted a broken unit"
ok "systemd-analyze verify reports a broken copy"

COMPOSE_ENV=(env WENMING_DB_PASSWORD=x WENMING_MINIO_ACCESS_KEY=x WENMING_MINIO_SECRET_KEY=xxxxxxxx)
"${COMPOSE_ENV[@]}" docker-compose -f scripts/deploy/compose.yaml config -q || fail "docker-compose config"
SERVICES="$("${COMPOSE_ENV[@]}" docker-compose -f scripts/deploy/compose.yaml config --services | tr '\n' ' ')"
sed 's/^    restart: unless-stopped/    restart: unless-stopped\n    portz: []/' scripts/deploy/compose.yaml > "$D/broken-compose.yaml"
"${COMPOSE_ENV[@]}" docker-compose -f "$D/broken-compose.yaml" config -q 2>/dev/null && fail "docker-compose accepted a broken file"
ok "docker-compose config ($(docker-compose version --short)): services $SERVICES; a broken copy is refused"

fi

# ------------------------------------------------------------------------------------------------------------
step "Server jar and test classpath (S3Proxy, Elasticsearch node)"
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -ntp -pl server package -DskipTests
test_classpath
JAR="$ROOT/server/target/wenming-server.jar"
export WENMING_JAR="$JAR"
ADMIN_PASSWORD="ops-check-admin-1"

# start_server <name> <port> [env…]: the jar with the given environment, until readiness answers
start_server() {
  local name=$1 port=$2; shift 2
  env PORT="$port" WENMING_ADMIN_PASSWORD="$ADMIN_PASSWORD" SERVER_FORWARD_HEADERS_STRATEGY=native "$@" \
    java -Xmx600m -jar "$JAR" --logging.level.root=WARN --logging.level.org.wenming.ops=INFO \
    --wenming.search.sync-interval=500ms > "$WORK/$name.log" 2>&1 &
  SERVER_PID=$!; PIDS+=("$SERVER_PID")
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/actuator/health/readiness" && return 0
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 1
  done
  tail -40 "$WORK/$name.log" >&2; fail "$name did not become ready"
}
stop_server() { kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true; }

# populate <base>: on top of the imported content pack, an uploaded image, a station with a heartbeat, a
# playlist read and play receipts, then waits for the search outbox to drain.
populate() {
  local base=$1 admin="$1/api/admin/v1" jar="$WORK/cookies" token unit key audio
  rm -f "$jar"
  curl -sf -c "$jar" -b "$jar" -H 'Content-Type: application/json' \
    -d "{\"username\":\"admin\",\"password\":\"$ADMIN_PASSWORD\"}" "$admin/auth/login" >/dev/null || fail "admin login"
  curl -sf -c "$jar" -b "$jar" "$admin/auth/csrf" >/dev/null
  token="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$jar")"
  python3 - "$WORK/upload.png" <<'PY'
import os, struct, sys, zlib
w = h = 48
raw = b"".join(b"\x00" + os.urandom(w * 3) for _ in range(h))
chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
open(sys.argv[1], "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                              + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
PY
  curl -sf -b "$jar" -H "X-XSRF-TOKEN: $token" -F "file=@$WORK/upload.png;type=image/png" "$admin/media/image" >/dev/null \
    || fail "image upload"
  unit="$(curl -sf -b "$jar" "$admin/auth/me" | jq -r '.orgUnitId // .user.orgUnitId')"
  local code="ops-check-$RANDOM" station
  key="$(curl -sf -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"code\":\"$code\",\"name\":\"运维检查广播站\",\"orgUnitId\":$unit,\"deviceType\":\"IP_SPEAKER\"}" \
    "$admin/stations" | jq -r .key)"
  [ -n "$key" ] && [ "$key" != null ] || fail "station not created"
  station="$(curl -sf -b "$jar" "$admin/stations" | jq -r --arg code "$code" '.[] | select(.code == $code) | .id')"
  curl -sf -X POST -H "X-Station-Key: $key" -H 'Content-Type: application/json' -d '{}' \
    "$base/api/station/v1/heartbeat" >/dev/null || fail "station heartbeat"
  curl -sf -H "X-Station-Key: $key" "$base/api/station/v1/playlist" >/dev/null || fail "playlist"
  audio="$(curl -sf "$base/api/mini/v1/contents?kind=AUDIO&size=2" | jq -r '.items[].id' | head -2)"
  # Receipts are accepted only for what the station's schedule plays that day (issue 18): schedule both first.
  curl -sf -b "$jar" -H "X-XSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -d "{\"name\":\"运维检查计划\",\"targetStationId\":$station,\"startDate\":\"$(TZ=Asia/Shanghai date +%F)\",
      \"daysOfWeek\":[1,2,3,4,5,6,7],\"slots\":[{\"startTime\":\"07:00\",\"contentIds\":[$(echo $audio | tr ' ' ',')]}]}" \
    "$admin/station-schedules" >/dev/null || fail "station schedule"
  local receipts="" n=0 id started
  started="$(date -Is -d '+2 seconds')"  # after the station's creation, within the clock-skew tolerance
  for id in $audio; do
    n=$((n + 1))
    receipts="$receipts${receipts:+,}{\"id\":\"ops-$RANDOM-$n\",\"contentId\":$id,\"slotTime\":\"07:00\",\"startedAt\":\"$started\",\"result\":\"COMPLETED\"}"
  done
  curl -sf -X POST -H "X-Station-Key: $key" -H 'Content-Type: application/json' -d "{\"receipts\":[$receipts]}" \
    "$base/api/station/v1/receipts" | grep -q '"accepted":'"$n" || fail "receipts"
  for _ in $(seq 1 60); do
    [ "$(curl -sf "$base/actuator/prometheus" | awk '/^wenming_search_outbox_pending/ {print $2}')" = "0.0" ] && break
    sleep 1
  done
}
media_hashes() { hash_folder "$1" | awk '{print $1}' | sort; }

# ------------------------------------------------------------------------------------------------------------
if want embedded; then
step "2. Round trip on the embedded default (H2 + media folder + Lucene index)"
EMB="$WORK/embedded"; mkdir -p "$EMB"
EPORT=$(free_port)
start_server embedded "$EPORT" WENMING_DATA_DIR="$EMB/data"
populate "http://127.0.0.1:$EPORT"
N=$(mini_snapshot "http://127.0.0.1:$EPORT" "$EMB/answers-before")
ok "populated; $N details and $(ls "$EMB/answers-before" | wc -l) answers captured"
T=$SECONDS
BACKUP=$(WENMING_DATA_DIR="$EMB/data" PORT="$EPORT" scripts/backup.sh "$EMB/backups" | tail -1)
ok "backup.sh (server running, online) in $((SECONDS - T)) s: $(grep -E '^(objects|referenced_objects)=' "$BACKUP/manifest.txt" | tr '\n' ' ')"
stop_server
row_counts_h2 "$EMB/data" > "$EMB/rows-before"
(cd "$EMB/data/media" && find . -type f ! -path './.incoming/*' -printf '%f\n' | sort) > "$EMB/names-before"
media_hashes "$EMB/data/media" > "$EMB/hashes-before"
rm -rf "$EMB/data"
ok "wiped $EMB/data"
T=$SECONDS
WENMING_DATA_DIR="$EMB/data" PORT="$EPORT" scripts/restore.sh "$BACKUP" --yes > "$EMB/restore.log"
ok "restore.sh in $((SECONDS - T)) s"
row_counts_h2 "$EMB/data" > "$EMB/rows-after"
media_hashes "$EMB/data/media" > "$EMB/hashes-after"
diff "$EMB/rows-before" "$EMB/rows-after" || fail "row counts differ"
ok "row counts identical: $(wc -l < "$EMB/rows-before") tables, $(awk '{s += $2} END {print s}' "$EMB/rows-before") rows"
diff "$EMB/hashes-before" "$EMB/hashes-after" >/dev/null || fail "object hashes differ"
ok "object hashes identical: $(wc -l < "$EMB/hashes-before") objects"
[ ! -e "$EMB/data/index" ] || fail "the old index was restored instead of being rebuilt"
start_server embedded-restored "$EPORT" WENMING_DATA_DIR="$EMB/data"
grep -q "Search index is empty: rebuilding it" "$WORK/embedded-restored.log" || true
mini_answers_equal "http://127.0.0.1:$EPORT" "$EMB/answers-before" "$WORK/answers-now" || fail "mini answers differ after restore"
ok "mini answers identical ($(ls "$EMB/answers-before" | wc -l) files, searches from the rebuilt index)"
stop_server
EMBEDDED_ROWS="$EMB/rows-after"

fi

# ------------------------------------------------------------------------------------------------------------
if want prod || want migrate; then
step "Services of the prod profile: MariaDB, Redis, S3Proxy and Elasticsearch as processes"
mariadb-admin --host=127.0.0.1 --user=root ping >/dev/null 2>&1 || fail "MariaDB does not answer on 127.0.0.1:3306"
if ! redis-cli -h 127.0.0.1 ping >/dev/null 2>&1; then
  command -v redis-server >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  sleep 1
  redis-cli -h 127.0.0.1 ping >/dev/null 2>&1 || fail "Redis does not answer on 127.0.0.1:6379"
fi
S3PORT=$(free_port)
start_s3proxy "$S3PORT" "$WORK/s3"
start_elasticsearch
ok "S3Proxy on $S3PORT, Elasticsearch node (test classpath) on $ES_URL"

prod_env() { # prod_env <database> <bucket> <redis db>
  echo SPRING_PROFILES_ACTIVE=prod WENMING_DB_URL="jdbc:mariadb://127.0.0.1:3306/$1" WENMING_DB_USER=root \
    WENMING_DB_PASSWORD= WENMING_REDIS_HOST=127.0.0.1 WENMING_REDIS_DATABASE="$3" \
    WENMING_MINIO_ENDPOINT="http://127.0.0.1:$S3PORT" WENMING_MINIO_ACCESS_KEY=wenming-ops \
    WENMING_MINIO_SECRET_KEY=wenming-ops-secret WENMING_MINIO_BUCKET="$2" WENMING_ES_URIS="$ES_URL" \
    WENMING_ES_INDEX="$1" WENMING_ES_REPLICAS=0 WENMING_DATA_DIR="$WORK/$1-data"
}
new_database() {
  mariadb --host=127.0.0.1 --user=root -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  DB_CREATED="${DB_CREATED:-} $1"
}
bucket_hashes() { # bucket_hashes <bucket> <dir>: downloads the bucket and hashes what arrived
  rm -rf "$2"; rclone copy "${RCLONE_FLAGS[@]}" "wenming:$1" "$2"; media_hashes "$2"
}

fi

# ------------------------------------------------------------------------------------------------------------
if want prod; then
step "3. Round trip on prod (MariaDB + Redis + S3 + Elasticsearch)"
PRD="$WORK/prod"; mkdir -p "$PRD"
new_database wenming_ops_rt
# shellcheck disable=SC2046
export $(prod_env wenming_ops_rt wenming-ops-rt 11)
redis-cli -n 11 flushdb >/dev/null
s3_setup
PPORT=$(free_port)
start_server prod "$PPORT" WENMING_IMPORT_CONTENT_ON_START=true
populate "http://127.0.0.1:$PPORT"
N=$(mini_snapshot "http://127.0.0.1:$PPORT" "$PRD/answers-before")
db_parse
row_counts_mysql > "$PRD/rows-before"
bucket_hashes wenming-ops-rt "$PRD/bucket-before" > "$PRD/hashes-before"
ok "populated; $N details, $(wc -l < "$PRD/hashes-before") objects in the bucket"
T=$SECONDS
BACKUP=$(PORT="$PPORT" scripts/backup.sh "$PRD/backups" | tail -1)
ok "backup.sh (server running) in $((SECONDS - T)) s: $(grep -E '^(objects|referenced_objects)=' "$BACKUP/manifest.txt" | tr '\n' ' ')"
stop_server
row_counts_mysql > "$PRD/rows-before"  # again after the stop (view flushes, receipts: nothing may have changed)
db_sql -e "DROP DATABASE $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
rclone purge "${RCLONE_FLAGS[@]}" "wenming:$BUCKET" 2>/dev/null
for index in $(curl -sf "$ES_URL/_cat/indices/$WENMING_ES_INDEX-*?h=index"); do curl -sf -X DELETE "$ES_URL/$index" >/dev/null; done
redis-cli -n 11 flushdb >/dev/null
rm -rf "$WENMING_DATA_DIR"
ok "wiped: database, bucket, index, Redis database 11, data folder"
T=$SECONDS
PORT="$PPORT" scripts/restore.sh "$BACKUP" --yes > "$PRD/restore.log"
ok "restore.sh in $((SECONDS - T)) s"
row_counts_mysql > "$PRD/rows-after"
bucket_hashes wenming-ops-rt "$PRD/bucket-after" > "$PRD/hashes-after"
diff "$PRD/rows-before" "$PRD/rows-after" || fail "row counts differ"
ok "row counts identical: $(wc -l < "$PRD/rows-before") tables, $(awk '{s += $2} END {print s}' "$PRD/rows-before") rows"
diff "$PRD/hashes-before" "$PRD/hashes-after" >/dev/null || fail "object hashes differ"
ok "object hashes identical: $(wc -l < "$PRD/hashes-before") objects"
start_server prod-restored "$PPORT"
mini_answers_equal "http://127.0.0.1:$PPORT" "$PRD/answers-before" "$WORK/answers-now" || fail "mini answers differ after restore"
ok "mini answers identical ($(ls "$PRD/answers-before" | wc -l) files, searches from the rebuilt Elasticsearch index)"
curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-For: 203.0.113.7' "http://127.0.0.1:$PPORT/actuator/prometheus" \
  | grep -q 403 || fail "metrics answered a proxied (non-loopback) request"
curl -sf "http://127.0.0.1:$PPORT/actuator/health/readiness" | jq -e '.components | has("redis") and has("db") and has("mediaStorage")' >/dev/null \
  || fail "readiness lacks database, Redis or storage"
ok "readiness includes db, redis, mediaStorage; /actuator/prometheus refuses a proxied request (403)"
stop_server

fi

# ------------------------------------------------------------------------------------------------------------
if want migrate; then
step "4. scripts/migrate-embedded-to-mysql.sh on the populated embedded install"
new_database wenming_ops_mig
# shellcheck disable=SC2046
export $(prod_env wenming_ops_mig wenming-ops-mig 12)
redis-cli -n 12 flushdb >/dev/null
s3_setup
T=$SECONDS
WENMING_EMBEDDED_DATA_DIR="$EMB/data" WENMING_VERIFY_PORT=$(free_port) scripts/migrate-embedded-to-mysql.sh --yes \
  > "$WORK/migrate.log" 2>&1 || { tail -30 "$WORK/migrate.log" >&2; fail "migration"; }
grep -E '^== (verified|moved)' "$WORK/migrate.log" | sed 's/^/   /'
ok "migrate-embedded-to-mysql.sh in $((SECONDS - T)) s"

fi

step "done in $((SECONDS - T0)) s"
