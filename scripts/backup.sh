#!/usr/bin/env bash
# Backs up a Wenming install while it runs: the database, every media object and residents' images, into a
# new folder <target>/wenming-backup-<time>/ (default target: $WENMING_BACKUP_DIR or ./backups).
#   embedded default: H2's online backup (POST /actuator/backup on the running server; the H2 Backup tool
#                     when the server is stopped) + the media folder
#   prod (mysql, minio): mariadb-dump --single-transaction (one consistent snapshot) + the bucket (rclone)
# Media are copied before and after the database snapshot, so every object the snapshot references is in
# the copy (objects are immutable and content-addressed); the script checks it and writes objects.sha256.
# The search index is not copied: restore.sh has it rebuilt from the database.
#   sudo scripts/backup.sh /var/backups/wenming        (settings from /etc/wenming/wenming.env if present)
set -euo pipefail
# shellcheck source=lib/ops-env.sh
. "$(dirname "$0")/lib/ops-env.sh"

TARGET="${1:-${WENMING_BACKUP_DIR:-./backups}}"
STAMP="$(date +%Y%m%d-%H%M%S)"
OUT="$TARGET/wenming-backup-$STAMP"
mkdir -p "$OUT/media" "$OUT/resident-images"
OUT="$(cd "$OUT" && pwd)"
START=$SECONDS
need unzip
need curl

copy_media() { # the objects, flat (<name>), whatever the store
  if uses minio; then
    rclone copy "${RCLONE_FLAGS[@]}" "wenming:$BUCKET" "$OUT/media"
  else
    local src="$DATA_DIR/media"
    [ -d "$src" ] || return 0
    find "$src" -mindepth 2 -maxdepth 2 -type f ! -path '*/.incoming/*' -exec cp -n -p -t "$OUT/media" {} +
  fi
}
copy_resident_images() {
  [ -d "$DATA_DIR/resident-images" ] || return 0
  cp -a -n "$DATA_DIR/resident-images/." "$OUT/resident-images/"
}

if uses minio; then s3_setup; fi
say "backup of the ${SPRING_PROFILES_ACTIVE:-embedded default} install into $OUT"

say "media: first pass"
copy_media
copy_resident_images

if uses mysql; then
  need "$(db_dump_client)" mariadb-client
  db_parse
  say "database: $(db_dump_client) --single-transaction of $DB_NAME on $DB_HOST:$DB_PORT"
  "$(db_dump_client)" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --single-transaction --quick \
    --routines --triggers --hex-blob --default-character-set=utf8mb4 --no-tablespaces "$DB_NAME" \
    | gzip -6 > "$OUT/db.sql.gz"
  zcat "$OUT/db.sql.gz" | referenced_objects > "$OUT/referenced-objects.txt"
else
  if server_answers; then
    say "database: H2 online backup through the running server ($LOCAL_URL/actuator/backup)"
    ANSWER="$(curl -sf -X POST "$LOCAL_URL/actuator/backup")" || die "the server refused the backup"
    FILE="$(sed -nE 's/.*"file":"([^"]+)".*/\1/p' <<<"$ANSWER")"
    [ -n "$FILE" ] && [ -f "$FILE" ] || die "backup answer without a file: $ANSWER"
    mv "$FILE" "$OUT/db.zip"
  else
    say "database: the server is stopped; H2's Backup tool on $DATA_DIR/db.mv.db"
    [ -f "$DATA_DIR/db.mv.db" ] || die "no embedded database at $DATA_DIR/db.mv.db"
    java -cp "$(h2_jar)" org.h2.tools.Backup -dir "$DATA_DIR" -db db -file "$OUT/db.zip" -quiet
  fi
  # Open the copy (not the live database) to list what it references; this also proves it is readable.
  CHECK="$(mktemp -d)"
  unzip -q "$OUT/db.zip" -d "$CHECK"
  java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$CHECK/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE" \
    -user sa -script "$CHECK/dump.sql"
  referenced_objects < "$CHECK/dump.sql" > "$OUT/referenced-objects.txt"
  rm -rf "$CHECK"
fi

say "media: second pass (objects written during the snapshot)"
copy_media
copy_resident_images

MISSING=0
while read -r name; do
  [ -f "$OUT/media/$name" ] || { echo "missing object referenced by the database: $name" >&2; MISSING=$((MISSING + 1)); }
done < "$OUT/referenced-objects.txt"
# The media folder of an install can be legitimately missing a row's object (the janitor reports those), so a
# gap is reported loudly but the copy is still kept.
[ "$MISSING" = 0 ] || echo "WARNING: $MISSING referenced objects are missing in the source store too" >&2

(cd "$OUT" && { hash_folder media | sed 's#  #  media/#'; hash_folder resident-images | sed 's#  #  resident-images/#'; } > objects.sha256)
{
  echo "created=$(date -Is)"
  echo "profiles=${SPRING_PROFILES_ACTIVE:-}"
  echo "database=$( [ -f "$OUT/db.zip" ] && echo h2 || echo mysql)"
  echo "objects=$(find "$OUT/media" -type f | wc -l)"
  echo "referenced_objects=$(wc -l < "$OUT/referenced-objects.txt")"
  echo "resident_images=$(find "$OUT/resident-images" -type f | wc -l)"
} > "$OUT/manifest.txt"
say "done in $((SECONDS - START)) s: $(du -sh "$OUT" | cut -f1), $(grep -c . "$OUT/objects.sha256" || true) files, $(wc -l < "$OUT/referenced-objects.txt") objects referenced"
echo "$OUT"
