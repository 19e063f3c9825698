#!/usr/bin/env bash
# Moves an embedded install (H2 database + media folder under the data folder) to MySQL/MariaDB + MinIO, the
# `prod` profile, and proves nothing was lost: row counts of every table, sha256 of every object and the mini
# program's answers (home, lists, every detail, festivals, searches) are compared before and after.
# Target settings come from the environment (or /etc/wenming/wenming.env): WENMING_DB_*, WENMING_MINIO_*,
# WENMING_ES_*, WENMING_REDIS_*. The target database must exist and be empty (utf8mb4); the bucket may exist.
#   sudo systemctl stop wenming
#   sudo WENMING_EMBEDDED_DATA_DIR=/var/lib/wenming scripts/migrate-embedded-to-mysql.sh --yes
#   (set SPRING_PROFILES_ACTIVE=prod in /etc/wenming/wenming.env) && sudo systemctl start wenming
# To compare, it starts the server itself twice on 127.0.0.1:$WENMING_VERIFY_PORT (default 18480): once on the
# embedded install, once on the new one. The embedded files are left untouched (the way back).
set -euo pipefail
# shellcheck source=lib/ops-env.sh
. "$(dirname "$0")/lib/ops-env.sh"

[ "${1:-}" = "--yes" ] || die "this fills the (empty) target database and the bucket: add --yes"
SRC="${WENMING_EMBEDDED_DATA_DIR:-$DATA_DIR}"
[ -f "$SRC/db.mv.db" ] || die "no embedded database at $SRC/db.mv.db (set WENMING_EMBEDDED_DATA_DIR)"
SRC="$(cd "$SRC" && pwd)"
TARGET_DATA="$DATA_DIR"
VPORT="${WENMING_VERIFY_PORT:-18480}"
VBASE="http://127.0.0.1:$VPORT"
WORK="$(mktemp -d)"
VERIFY_PID=
trap '[ -n "$VERIFY_PID" ] && kill "$VERIFY_PID" 2>/dev/null && wait "$VERIFY_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
START=$SECONDS
need unzip; need curl; need jq; need "$(db_client)" mariadb-client
[ -f "$WENMING_JAR" ] || die "server jar not found: $WENMING_JAR"
db_parse
s3_setup
H2_URL="jdbc:h2:file:$SRC/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"

verify_server() { # verify_server <log> env…: the server on VPORT until ready
  local log=$1; shift
  env PORT="$VPORT" SERVER_ADDRESS=127.0.0.1 "$@" java -Xmx600m -jar "$WENMING_JAR" --logging.level.root=WARN > "$log" 2>&1 &
  VERIFY_PID=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null "$VBASE/actuator/health/readiness" && return 0
    kill -0 "$VERIFY_PID" 2>/dev/null || break
    sleep 1
  done
  tail -30 "$log" >&2; die "the server did not start for verification (log above)"
}
stop_verify() { kill "$VERIFY_PID"; wait "$VERIFY_PID" 2>/dev/null || true; VERIFY_PID=; }

say "before: the embedded install at $SRC answers the mini program"
curl -sf -o /dev/null --max-time 2 "$VBASE/actuator/health" && die "port $VPORT is taken (set WENMING_VERIFY_PORT)"
verify_server "$WORK/before.log" SPRING_PROFILES_ACTIVE= WENMING_DATA_DIR="$SRC" WENMING_ADMIN_PASSWORD=
DETAILS=$(mini_snapshot "$VBASE" "$WORK/answers-before")
stop_verify
# The schema history is each database's own (H2's has a schema-creation row); every other table must agree.
row_counts_h2 "$SRC" | grep -v '^flyway_schema_history ' > "$WORK/rows-before"
hash_folder "$SRC/media" | awk '{print $1}' | sort > "$WORK/hashes-before"
say "   $(wc -l < "$WORK/rows-before") tables, $(awk '{s += $2} END {print s}' "$WORK/rows-before") rows, $(wc -l < "$WORK/hashes-before") objects, $DETAILS items"

say "database: H2 → $DB_NAME on $DB_HOST:$DB_PORT (schema by Flyway, rows by DatabaseCopy)"
java -cp "$WENMING_JAR" -Dloader.main=org.wenming.ops.DatabaseCopy org.springframework.boot.loader.launch.PropertiesLauncher \
  "$H2_URL" "jdbc:mariadb://$DB_HOST:$DB_PORT/$DB_NAME" "$DB_USER" "${WENMING_DB_PASSWORD:-}" > "$WORK/copy.log" \
  || { cat "$WORK/copy.log" >&2; die "the database copy failed"; }

say "media: $SRC/media → bucket $BUCKET"
mkdir -p "$WORK/flat"
find "$SRC/media" -mindepth 2 -maxdepth 2 -type f ! -path '*/.incoming/*' -exec cp -l -t "$WORK/flat" {} + 2>/dev/null \
  || find "$SRC/media" -mindepth 2 -maxdepth 2 -type f ! -path '*/.incoming/*' -exec cp -t "$WORK/flat" {} +
rclone mkdir "wenming:$BUCKET"
rclone copy "${RCLONE_FLAGS[@]}" "$WORK/flat" "wenming:$BUCKET"
if [ "$TARGET_DATA" != "$SRC" ] && [ -d "$SRC/resident-images" ]; then
  mkdir -p "$TARGET_DATA/resident-images" && cp -a "$SRC/resident-images/." "$TARGET_DATA/resident-images/"
fi
if uses elasticsearch; then
  ES="${WENMING_ES_URIS:-http://127.0.0.1:9200}"; ES="${ES%%,*}"; ALIAS="${WENMING_ES_INDEX:-wenming-content}"
  for index in $(curl -sf "$ES/_cat/indices/$ALIAS,$ALIAS-*?h=index&expand_wildcards=all" || true); do
    curl -sf -X DELETE "$ES/$index" >/dev/null
  done
fi

say "after: comparing"
row_counts_mysql | grep -v '^flyway_schema_history ' > "$WORK/rows-after"
diff "$WORK/rows-before" "$WORK/rows-after" || die "row counts differ (before <, after >)"
rclone copy "${RCLONE_FLAGS[@]}" "wenming:$BUCKET" "$WORK/bucket"
hash_folder "$WORK/bucket" | awk '{print $1}' | sort > "$WORK/hashes-after"
comm -23 "$WORK/hashes-before" "$WORK/hashes-after" | grep -q . && die "objects missing or changed in the bucket"
verify_server "$WORK/after.log" SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-prod}" WENMING_DATA_DIR="$TARGET_DATA"
SAME=
mini_answers_equal "$VBASE" "$WORK/answers-before" "$WORK/answers-after" && SAME=1
stop_verify
[ -n "$SAME" ] || die "mini answers differ (diff above)"
fix_owner "$SRC"; fix_owner "$TARGET_DATA"
say "moved in $((SECONDS - START)) s"
say "verified: $(wc -l < "$WORK/rows-after") tables with $(awk '{s += $2} END {print s}' "$WORK/rows-after") rows identical, $(wc -l < "$WORK/hashes-before") object hashes identical, $(ls "$WORK/answers-before" | wc -l) mini answers identical"
echo "Now set SPRING_PROFILES_ACTIVE=prod (and the WENMING_DB_*/MINIO_*/ES_* values) in the environment file and start the service."
