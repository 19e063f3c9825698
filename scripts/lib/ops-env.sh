# Shared by backup.sh, restore.sh and migrate-embedded-to-mysql.sh (sourced, not run): reads the server's
# settings the way systemd gives them to it, and answers which adapters the active profiles use.
# shellcheck shell=bash

say() { printf '== %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# The environment file of the service (README "Deploy"), unless the caller set WENMING_ENV_FILE= (empty).
if [ -z "${WENMING_ENV_FILE+set}" ] && [ -r /etc/wenming/wenming.env ]; then
  WENMING_ENV_FILE=/etc/wenming/wenming.env
fi
if [ -n "${WENMING_ENV_FILE:-}" ]; then
  [ -r "$WENMING_ENV_FILE" ] || die "cannot read $WENMING_ENV_FILE"
  set -a
  # shellcheck disable=SC1090
  . "$WENMING_ENV_FILE"
  set +a
fi

PROFILES=",${SPRING_PROFILES_ACTIVE:-},"
uses() { # uses mysql|minio|elasticsearch|redis
  case "$PROFILES" in *",prod,"* | *",$1,"*) return 0 ;; esac
  return 1
}

DATA_DIR="${WENMING_DATA_DIR:-./data}"
PORT="${PORT:-8080}"
LOCAL_URL="http://127.0.0.1:$PORT"
if [ -z "${WENMING_JAR:-}" ]; then
  if [ -f /opt/wenming/wenming-server.jar ]; then WENMING_JAR=/opt/wenming/wenming-server.jar
  else WENMING_JAR="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/server/target/wenming-server.jar"; fi
fi

# Files a root-run script wrote under the data folder belong to the folder's owner (the service account).
fix_owner() {
  [ "$(id -u)" = 0 ] && [ -d "$1" ] && chown -R --reference="$1" "$1"
  return 0
}

server_answers() { curl -sf -o /dev/null --max-time 3 "$LOCAL_URL/actuator/health/liveness"; }

need() { # need command [debian-package]
  type -P "$1" >/dev/null 2>&1 && return  # the PATH only: a shell function (rclone below) is no install
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing ${2:-$1} (Debian)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${2:-$1}" >/dev/null \
      || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${2:-$1}" >/dev/null; }
  fi
  command -v "$1" >/dev/null 2>&1 || die "$1 is needed: apt-get install ${2:-$1}"
}

# H2's own tools (Script, RunScript, Backup), from the server's jar.
# Extracted once per jar build (a 2.5 MB copy under /tmp, keyed by the jar's size and time).
h2_jar() {
  [ -f "$WENMING_JAR" ] || die "server jar not found: $WENMING_JAR (set WENMING_JAR)"
  local dir
  dir="${TMPDIR:-/tmp}/wenming-h2-$(id -u)-$(stat -c '%s-%Y' "$WENMING_JAR")"
  if ! ls "$dir"/h2-*.jar >/dev/null 2>&1; then
    mkdir -p "$dir"
    unzip -q -j -o "$WENMING_JAR" 'BOOT-INF/lib/h2-*.jar' -d "$dir"
  fi
  ls "$dir"/h2-*.jar
}

# MariaDB/MySQL connection from WENMING_DB_URL (jdbc:mariadb://host:port/db?…), WENMING_DB_USER, _PASSWORD.
db_parse() {
  local url="${WENMING_DB_URL:-jdbc:mariadb://127.0.0.1:3306/wenming}"
  [[ "$url" =~ ^jdbc:(mariadb|mysql)://([^:/?]+)(:([0-9]+))?/([^?]+) ]] || die "cannot read WENMING_DB_URL=$url"
  DB_HOST="${BASH_REMATCH[2]}"; DB_PORT="${BASH_REMATCH[4]:-3306}"; DB_NAME="${BASH_REMATCH[5]}"
  DB_USER="${WENMING_DB_USER:-wenming}"
  export MYSQL_PWD="${WENMING_DB_PASSWORD:-}"
}
db_client() { command -v mariadb >/dev/null && echo mariadb || echo mysql; }
db_dump_client() { command -v mariadb-dump >/dev/null && echo mariadb-dump || echo mysqldump; }
db_sql() { "$(db_client)" --host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --default-character-set=utf8mb4 "$@"; }

# The bucket as rclone remote "wenming:" (configured from the environment; no rclone.conf needed).
s3_setup() {
  need rclone
  export RCLONE_CONFIG_WENMING_TYPE=s3
  export RCLONE_CONFIG_WENMING_PROVIDER=Minio
  export RCLONE_CONFIG_WENMING_ENDPOINT="${WENMING_MINIO_ENDPOINT:-http://127.0.0.1:9000}"
  export RCLONE_CONFIG_WENMING_ACCESS_KEY_ID="${WENMING_MINIO_ACCESS_KEY:?WENMING_MINIO_ACCESS_KEY is not set}"
  export RCLONE_CONFIG_WENMING_SECRET_ACCESS_KEY="${WENMING_MINIO_SECRET_KEY:?WENMING_MINIO_SECRET_KEY is not set}"
  export RCLONE_CONFIG_WENMING_REGION="${WENMING_MINIO_REGION:-us-east-1}"
  export RCLONE_CONFIG_WENMING_FORCE_PATH_STYLE=true
  export RCLONE_CONFIG=/dev/null
  BUCKET="${WENMING_MINIO_BUCKET:-wenming-media}"
}
RCLONE_FLAGS=(--transfers 8 --checkers 16 --s3-no-check-bucket --log-level ERROR)
# Debian's rclone 1.60 fails on any S3 endpoint when AWS_CA_BUNDLE is set ("LoadCustomCABundleError"); it uses
# the system's certificates anyway.
rclone() { env -u AWS_CA_BUNDLE rclone "$@"; }

# Media keys (and thumbnail names) a database dump mentions: what a restore needs in the bucket or folder.
referenced_objects() { grep -aoE '[0-9a-f]{64}(\.t[0-9]{2,4})?\.(mp3|m4a|wav|png|jpg|webp)' | sort -u; }

# sha256 of every file under a folder, relative names, sorted.
hash_folder() { (cd "$1" && find . -type f ! -path './.incoming/*' -printf '%P\0' | sort -z | xargs -0 -r sha256sum); }

# What residents see, as sorted JSON in one file per answer: home, the lists of the four kinds, every listed
# item's detail, festivals and two searches. Two snapshots of the same data compare equal with diff -r.
#   mini_snapshot http://127.0.0.1:8080 /tmp/answers
mini_snapshot() {
  local base="$1/api/mini/v1" out="$2" kind id q n=0
  need jq
  mkdir -p "$out"
  # Days left to a festival count down at local midnight, which a round trip may cross: not data, not compared.
  curl -sf "$base/home" | jq -S 'walk(if type == "object" then del(.daysLeft) else . end)' > "$out/home.json"
  curl -sf "$base/festivals" | jq -S 'walk(if type == "object" then del(.daysLeft) else . end)' > "$out/festivals.json"
  for kind in AUDIO POSTER FESTIVAL_ITEM BRAND_PROJECT; do
    curl -sf "$base/contents?kind=$kind&size=50" | jq -S . > "$out/list-$kind.json"
    for id in $(jq -r '.items[]?.id' "$out/list-$kind.json"); do
      curl -sf "$base/contents/$id" | jq -S . > "$out/detail-$id.json"
      n=$((n + 1))
    done
  done
  for q in 文明 端午; do
    curl -sf -G "$base/search" --data-urlencode "q=$q" --data-urlencode "size=50" \
      | jq -S '{total, ids: ([.items[].content.id] | sort)}' > "$out/search-$q.json"
  done
  echo "$n"
}
# Searches compare as total + the set of items: items of equal score come in index order, which a rebuild
# changes. mini_answers_equal <base> <expected dir> <work dir>: waits (90 s at most) until the rebuilt index
# finds as much as before, then takes one snapshot and compares it.
mini_answers_equal() {
  local base=$1 expected=$2 now=$3 want got
  want="$(jq -r .total "$expected/search-文明.json")"
  for _ in $(seq 1 90); do
    got="$(curl -sf -G "$base/api/mini/v1/search" --data-urlencode q=文明 | jq -r .total)" || got=
    [ "$got" = "$want" ] && break
    sleep 1
  done
  rm -rf "$now"
  mini_snapshot "$base" "$now" >/dev/null
  diff -r "$expected" "$now" >&2
}

# Row count of every table, "table count" per line, sorted.
row_counts_mysql() { # after db_parse
  local tables t sql=""
  tables="$(db_sql -N -B -e "SELECT table_name FROM information_schema.tables WHERE table_schema = '$DB_NAME' ORDER BY 1")"
  for t in $tables; do sql="$sql${sql:+ UNION ALL }SELECT '$t', COUNT(*) FROM \`$t\`"; done
  db_sql -N -B "$DB_NAME" -e "$sql" | tr '\t' ' ' | sort
}
row_counts_h2() { # row_counts_h2 <data-dir>  (the server must be stopped)
  local url="jdbc:h2:file:$(cd "$1" && pwd)/db;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE"
  local jar tables t sql=""
  jar="$(h2_jar)"
  tables="$(java -cp "$jar" org.h2.tools.Shell -url "$url" -user sa \
    -sql "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1" \
    | sed -n '2,$p' | grep -v '^(' | tr -d ' ')"
  for t in $tables; do sql="$sql${sql:+ UNION ALL }SELECT '$t' AS t, COUNT(*) AS n FROM \"$t\""; done
  java -cp "$jar" org.h2.tools.Shell -url "$url" -user sa -sql "$sql" | sed -n '2,$p' | grep -v '^(' \
    | sed -E 's/ *\| */ /; s/^ +//; s/ +$//' | sort
}
