#!/usr/bin/env bash
# Rebuilds the search index of a running server through its admin API and follows the progress until the
# new index is live (searches keep working on the old one meanwhile). Needs an administrator account.
#   WENMING_URL=http://127.0.0.1:8080 WENMING_ADMIN_USER=admin WENMING_ADMIN_PASSWORD=… scripts/reindex.sh
set -euo pipefail
URL="${WENMING_URL:-http://127.0.0.1:${PORT:-8080}}"
USER_NAME="${WENMING_ADMIN_USER:-admin}"
: "${WENMING_ADMIN_PASSWORD:?set WENMING_ADMIN_PASSWORD to the administrator password}"
JAR="$(mktemp)"
trap 'rm -f "$JAR"' EXIT

field() { sed -nE "s/.*\"$1\":\"?([^\",}]*)\"?.*/\1/p"; }

curl -sf -c "$JAR" -b "$JAR" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER_NAME\",\"password\":\"$WENMING_ADMIN_PASSWORD\"}" "$URL/api/admin/v1/auth/login" >/dev/null \
  || { echo "login failed" >&2; exit 1; }
curl -sf -c "$JAR" -b "$JAR" "$URL/api/admin/v1/auth/csrf" >/dev/null
TOKEN="$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR")"

STARTED="$(curl -s -c "$JAR" -b "$JAR" -X POST -H "X-XSRF-TOKEN: $TOKEN" "$URL/api/admin/v1/search/reindex")"
ID="$(field id <<<"$STARTED")"
[ -n "$ID" ] || { echo "reindex refused: $STARTED" >&2; exit 1; }
echo "reindex $ID started"
while true; do
  PROGRESS="$(curl -sf -b "$JAR" "$URL/api/admin/v1/search/reindex/$ID")"
  STATUS="$(field status <<<"$PROGRESS")"
  echo "  $STATUS $(field done <<<"$PROGRESS")/$(field total <<<"$PROGRESS")"
  case "$STATUS" in
    DONE) echo "live index: $(field indexName <<<"$PROGRESS")"; exit 0 ;;
    FAILED) echo "failed: $(field failure <<<"$PROGRESS")" >&2; exit 1 ;;
  esac
  sleep 2
done
