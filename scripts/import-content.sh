#!/usr/bin/env bash
# Imports the content pack (content/: organisation units, brand projects, sample items) into the database
# of the given profile (default: prod, configured by the WENMING_* environment variables), creates the
# first administrator if there is none, and exits. Safe to run again: existing units are updated by code,
# existing items are left as they are.
#   scripts/import-content.sh [profile]
set -euo pipefail
cd "$(dirname "$0")/.."
PROFILE="${1:-prod}"
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package
exec java -jar server/target/wenming-server.jar \
  --spring.profiles.active="$PROFILE" \
  --server.port=0 \
  --wenming.content-pack.import-on-start=true \
  --wenming.content-pack.location="$PWD/content" \
  --wenming.content-pack.exit-after-import=true
