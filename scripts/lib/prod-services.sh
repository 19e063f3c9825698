# The servers of the prod profile as processes of the calling script, for scripts/ops-check.sh and
# scripts/fault-suite.sh (sourced, not run). The caller defines WORK (a scratch folder), ROOT (the checkout),
# the array PIDS (killed on exit) and fail(). S3Proxy and the Elasticsearch node come from the test classpath.
# shellcheck shell=bash

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Sets TEST_CP: the server's test classes and every test-scope jar (compiles the tests first if needed). The
# jar list is kept in server/target until server/pom.xml changes: Maven takes a minute to work it out.
test_classpath() {
  local jars="$ROOT/server/target/test-classpath.txt"
  [ -d "$ROOT/server/target/test-classes/org/wenming/support" ] || (cd "$ROOT" && ./mvnw -q -B -ntp -pl server test-compile)
  if [ ! -s "$jars" ] || [ "$ROOT/server/pom.xml" -nt "$jars" ]; then
    (cd "$ROOT" && ./mvnw -q -B -ntp -pl server dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$jars")
  fi
  TEST_CP="$ROOT/server/target/test-classes:$ROOT/server/target/classes:$(cat "$jars")"
}

# start_s3proxy <port> <folder>: S3Proxy (filesystem blobstore) until it answers; sets S3PROXY_PID.
# Credentials: identity wenming-ops, secret wenming-ops-secret.
start_s3proxy() {
  local port=$1 folder=$2
  mkdir -p "$folder"
  cat > "$WORK/s3proxy-$port.conf" <<CONF
s3proxy.endpoint=http://127.0.0.1:$port
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=wenming-ops
s3proxy.credential=wenming-ops-secret
jclouds.provider=filesystem
jclouds.filesystem.basedir=$folder
CONF
  java -Xmx256m -cp "$TEST_CP" org.gaul.s3proxy.Main --properties "$WORK/s3proxy-$port.conf" >> "$WORK/s3proxy.log" 2>&1 &
  S3PROXY_PID=$!; PIDS+=("$S3PROXY_PID")
  for _ in $(seq 1 60); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && return 0
    sleep 0.5
  done
  tail -20 "$WORK/s3proxy.log" >&2; fail "S3Proxy did not start"
}

# start_elasticsearch: one node from the test classpath, until it prints its address; sets ES_URL and ES_PID.
start_elasticsearch() {
  java -Xmx512m -cp "$TEST_CP" org.wenming.support.ElasticsearchProcess > "$WORK/es.log" 2>&1 &
  ES_PID=$!; PIDS+=("$ES_PID")
  for _ in $(seq 1 90); do
    ES_URL="$(sed -n 's/^ELASTICSEARCH_URL=//p' "$WORK/es.log")"
    [ -n "$ES_URL" ] && return 0
    sleep 1
  done
  tail -30 "$WORK/es.log" >&2; fail "Elasticsearch did not start"
}

# start_redis <port>: a redis-server of this script's own, without persistence; sets REDIS_PID.
start_redis() {
  type -P redis-server >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  redis-server --bind 127.0.0.1 --port "$1" --save "" --appendonly no > "$WORK/redis-$1.log" 2>&1 &
  REDIS_PID=$!; PIDS+=("$REDIS_PID")
  for _ in $(seq 1 20); do
    redis-cli -p "$1" ping >/dev/null 2>&1 && return 0
    sleep 0.25
  done
  fail "Redis did not start on $1"
}

# start_mariadb <port> <folder>: a MariaDB server of this script's own (root without password) on a data
# folder it creates on first use; sets MARIADB_PID.
start_mariadb() {
  local port=$1 folder=$2
  if [ ! -d "$folder/mysql" ]; then
    mariadb-install-db --no-defaults --datadir="$folder" --user="$(id -un)" --auth-root-authentication-method=normal \
      --skip-test-db > "$WORK/mariadb-install.log" 2>&1 || { tail -20 "$WORK/mariadb-install.log" >&2; fail "mariadb-install-db"; }
  fi
  mariadbd --no-defaults --datadir="$folder" --port="$port" --bind-address=127.0.0.1 --socket="$folder.sock" \
    --user="$(id -un)" --skip-log-bin --innodb-buffer-pool-size=64M >> "$WORK/mariadb-$port.log" 2>&1 &
  MARIADB_PID=$!; PIDS+=("$MARIADB_PID")
  for _ in $(seq 1 60); do
    mariadb-admin --host=127.0.0.1 --port="$port" --user=root ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -20 "$WORK/mariadb-$port.log" >&2; fail "MariaDB did not start on $port"
}
