#!/usr/bin/env bash
# Restores a backup made by backup.sh into the install the environment describes (same profiles), with the
# server STOPPED. Everything of the install is replaced: the database, the media (folder or bucket), residents'
# images; the search index is emptied so the server rebuilds it from the restored database when it starts.
# The embedded install's previous files are kept in <data-dir>/before-restore-<time>/.
# Redis holds only sessions, residents' tokens, caches and counters: people sign in again after a restore.
#   sudo systemctl stop wenming
#   sudo scripts/restore.sh /var/backups/wenming/wenming-backup-20261201-030000 --yes
#   sudo systemctl start wenming        (then watch: journalctl -u wenming -f; the index rebuild is logged)
set -euo pipefail
# shellcheck source=lib/ops-env.sh
. "$(dirname "$0")/lib/ops-env.sh"

BACKUP="${1:?usage: scripts/restore.sh <backup folder> --yes}"
[ "${2:-}" = "--yes" ] || die "this replaces the install's database and media: add --yes"
[ -f "$BACKUP/manifest.txt" ] || die "$BACKUP is not a backup folder (no manifest.txt)"
BACKUP="$(cd "$BACKUP" && pwd)"
START=$SECONDS
need unzip
need curl
server_answers && die "the server still answers on $LOCAL_URL: stop it first (systemctl stop wenming)"

say "checking the backup's files against objects.sha256"
(cd "$BACKUP" && sha256sum --quiet --strict -c objects.sha256) || die "the backup is damaged"

if uses mysql; then
  [ -f "$BACKUP/db.sql.gz" ] || die "this backup holds an embedded (H2) database; see scripts/migrate-embedded-to-mysql.sh"
  need "$(db_client)" mariadb-client
  db_parse
  say "database: emptying $DB_NAME on $DB_HOST:$DB_PORT, then loading the dump"
  TABLES="$(db_sql -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
  if [ -n "$TABLES" ]; then
    DROP="SET FOREIGN_KEY_CHECKS=0;"
    for t in $TABLES; do DROP="$DROP DROP TABLE IF EXISTS \`$t\`;"; done
    db_sql "$DB_NAME" -e "$DROP"
  fi
  zcat "$BACKUP/db.sql.gz" | db_sql "$DB_NAME"
else
  [ -f "$BACKUP/db.zip" ] || die "this backup holds a MySQL dump; the install is on the embedded default"
  ASIDE="$DATA_DIR/before-restore-$(date +%Y%m%d-%H%M%S)"
  mkdir -p "$ASIDE" "$DATA_DIR"
  for f in db.mv.db db.trace.db media resident-images index share-posters; do
    [ -e "$DATA_DIR/$f" ] && mv "$DATA_DIR/$f" "$ASIDE/"
  done
  say "database: H2 files from db.zip (the previous ones are in $ASIDE)"
  unzip -q -o "$BACKUP/db.zip" -d "$DATA_DIR"
fi

if uses minio; then
  s3_setup
  say "media: bucket $BUCKET made identical to the backup (rclone sync)"
  rclone mkdir "wenming:$BUCKET"
  rclone sync "${RCLONE_FLAGS[@]}" "$BACKUP/media" "wenming:$BUCKET"
  rclone check --one-way "${RCLONE_FLAGS[@]}" "$BACKUP/media" "wenming:$BUCKET" 2>&1 | tail -1 \
    || die "the bucket does not match the backup"
else
  say "media: into $DATA_DIR/media/<xx>/"
  mkdir -p "$DATA_DIR/media"
  find "$BACKUP/media" -maxdepth 1 -type f -printf '%f\n' | while read -r name; do
    mkdir -p "$DATA_DIR/media/${name:0:2}"
    cp -p "$BACKUP/media/$name" "$DATA_DIR/media/${name:0:2}/$name"
  done
fi
mkdir -p "$DATA_DIR/resident-images"
cp -a "$BACKUP/resident-images/." "$DATA_DIR/resident-images/"
fix_owner "$DATA_DIR"

if uses elasticsearch; then
  ES="${WENMING_ES_URIS:-http://127.0.0.1:9200}"; ES="${ES%%,*}"; ALIAS="${WENMING_ES_INDEX:-wenming-content}"
  AUTH=(); [ -n "${WENMING_ES_USERNAME:-}" ] && AUTH=(-u "$WENMING_ES_USERNAME:${WENMING_ES_PASSWORD:-}")
  say "search: removing the indices behind $ALIAS on $ES (rebuilt from the database on start)"
  for index in $(curl -sf "${AUTH[@]}" "$ES/_cat/indices/$ALIAS,$ALIAS-*?h=index&expand_wildcards=all" || true); do
    curl -sf "${AUTH[@]}" -X DELETE "$ES/$index" >/dev/null && echo "   deleted $index"
  done
else
  say "search: the embedded index is rebuilt from the database on start"
fi
say "restored in $((SECONDS - START)) s; start the server now"
