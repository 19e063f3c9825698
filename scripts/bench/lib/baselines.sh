# Baselines of the benchmarks in scripts/bench, sourced by them: nginx and a bare Spring Boot application
# (scripts/bench/lib/BareApp.java, none of our code) serving the same bytes or file as ours in the same run,
# plus the wrk helpers the benchmarks share. The caller sets BENCH_WORK (a temporary directory it removes)
# and calls baselines_stop from its EXIT trap.
#
#   baseline_nginx_start ROOT PORT    nginx on 127.0.0.1:PORT over ROOT: sendfile on, tcp_nopush off (on, it
#                                     holds small answers for the peer's delayed ACK), ETags, gzip_static for
#                                     FILE.gz beside FILE: the same precompressed bytes our cached reads send.
#   baseline_bare_start ROOT PORT     BareApp on PORT: GET /bytes/NAME answers ROOT/NAME (ROOT/NAME.gz when
#                                     gzip is accepted) with a strong ETag and 304; /media/** serves ROOT/media.
#   bench_extract_jar                 extracts server/target/wenming-server.jar into $BENCH_WORK/extracted
#   wrk_measure URL SECONDS [wrk args…]  prints "requests/s p99(ms) errors" (answers not 2xx or 3xx, and
#                                     socket errors)
#   bench_warm PID URL [wrk args…]    drives the JVM PID with wrk in 10 s rounds until its JIT has settled: a
#                                     round compiled under 0.5 % more methods (jstat) than the one before, after
#                                     at least three rounds, at most BENCH_WARM_ROUNDS (24). On two cores busy
#                                     with a hundred request threads the compilers take minutes to catch up
#                                     (a poll ran 3,000 req/s after 5 s, 20,000 after two minutes), and a figure
#                                     of a JVM still compiling measures the JIT, not the server
#   bench_rounds ROUNDS NAME…         measures the NAMEs in turn, ROUNDS times over (ours, nginx, bare, ours,
#                                     nginx, bare, …), each by the caller's function measure_NAME, which prints
#                                     "requests/s p99(ms) [non-2xx]". This host's speed drifts by tens of
#                                     percent within minutes (nginx alone ran 37,000–56,000 req/s in one
#                                     session), so a ratio of two figures taken minutes apart measures the
#                                     drift; figures taken side by side, round after round, do not
#   round_median NAME COLUMN          the median of NAME's rounds: column 1 requests/s, 2 p99, 3 non-2xx
#   round_ratio A B                   the median over the rounds of A's requests/s / B's in the same round
#   round_ratio_range A B             the lowest and highest of those ratios, "low–high"
#   round_total NAME COLUMN           the sum of a column over NAME's rounds (non-2xx answers)
#   bench_load                        the machine's load averages, printed beside every figure
#   ratio A B                         A / B with two decimals
#   wait_http URL [seconds]           waits until URL answers 2xx (BENCH_WAIT, 300 s by default)
#   wait_renditions PID               waits until the server PID has run no ffmpeg for 40 s (longer than the
#                                     renditions' 30 s poll, so not the pause before the first): after a first start
#                                     (the pack's audio) or an upload it makes renditions in the background,
#                                     and ffmpeg on the same cores (and each finished rendition clearing the
#                                     read caches) would be measured as our cost

BENCH_JAVA="${BENCH_JAVA:-java}"
BENCH_THREADS="${BENCH_THREADS:-2}"

bench_load() {
  uptime | sed -E 's/.*load average: //'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}'
}

wait_http() {
  for _ in $(seq 1 "${2:-${BENCH_WAIT:-300}}"); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "no answer from $1" >&2
  return 1
}

wait_renditions() {
  local quiet=0
  for _ in $(seq 1 900); do
    if pgrep -P "$1" ffmpeg >/dev/null; then quiet=0; else quiet=$((quiet + 1)); fi
    [ "$quiet" -ge 40 ] && return 0
    sleep 1
  done
  echo "the server still makes renditions" >&2
}

wrk_measure() {
  local url="$1" seconds="$2"
  shift 2
  wrk -t"$BENCH_THREADS" -c"${BENCH_CONNECTIONS:-64}" -d"${seconds}s" --latency "$@" "$url" | awk '
    /Requests\/sec/ {rps = $2}
    $1 == "99%" {v = $2
      if (v ~ /us$/) {sub(/us/, "", v); v = v / 1000}
      else if (v ~ /ms$/) {sub(/ms/, "", v)}
      else if (v ~ /s$/) {sub(/s/, "", v); v = v * 1000}
      p99 = v}
    /Non-2xx or 3xx responses/ {errors += $NF}
    /Socket errors/ {for (i = 3; i <= NF; i += 2) errors += $(i + 1)}
    END {print rps, p99, errors + 0}'
}

bench_rounds() {
  # Names of its own: bash's locals are seen by the measure functions it calls, which read the caller's.
  local bench_rounds_left="$1" bench_target
  shift
  mkdir -p "$BENCH_WORK/rounds"
  for bench_target in "$@"; do : > "$BENCH_WORK/rounds/$bench_target"; done
  for ((; bench_rounds_left > 0; bench_rounds_left--)); do
    for bench_target in "$@"; do "measure_$bench_target" >> "$BENCH_WORK/rounds/$bench_target"; done
  done
}

round_median() {
  awk -v c="$2" '{print $c}' "$BENCH_WORK/rounds/$1" | sort -g | awk '{v[NR] = $1}
    END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

round_ratio() {
  awk 'NR == FNR {a[FNR] = $1; next} $1 > 0 {print a[FNR] / $1}' "$BENCH_WORK/rounds/$1" "$BENCH_WORK/rounds/$2" \
    | sort -g | awk '{v[NR] = $1} END {if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%.2f", m}'
}

round_ratio_range() {
  awk 'NR == FNR {a[FNR] = $1; next} $1 > 0 {print a[FNR] / $1}' "$BENCH_WORK/rounds/$1" "$BENCH_WORK/rounds/$2" \
    | sort -g | awk 'NR == 1 {low = $1} {high = $1} END {printf "%.2f–%.2f", low, high}'
}

round_total() {
  awk -v c="$2" '{s += $c} END {print s + 0}' "$BENCH_WORK/rounds/$1"
}

bench_warm() {
  local pid="$1" url="$2" round before after rate
  shift 2
  before=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
  for round in $(seq 1 "${BENCH_WARM_ROUNDS:-24}"); do
    rate=$(wrk -t"$BENCH_THREADS" -c"${BENCH_CONNECTIONS:-64}" -d10s "$@" "$url" | awk '/Requests\/sec/ {printf "%d", $2}')
    after=$(jstat -compiler "$pid" | awk 'NR == 2 {print $1}')
    if [ "$round" -ge 3 ] && awk -v a="$after" -v b="$before" 'BEGIN {exit !(a < b * 1.005)}'; then
      break
    fi
    before="$after"
  done
  echo "warmed up in $round rounds of 10 s (last $rate req/s, $after methods compiled)" >&2
}

bench_extract_jar() {
  [ -d "$BENCH_WORK/extracted" ] && return 0
  "$BENCH_JAVA" -Djarmode=tools -jar server/target/wenming-server.jar extract --destination "$BENCH_WORK/extracted" >/dev/null
}

baseline_nginx_start() {
  command -v nginx >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
  local root="$1" port="$2"
  mkdir -p "$BENCH_WORK/nginx-tmp"
  chmod 755 "$BENCH_WORK"
  chmod -R a+rX "$root"
  cat > "$BENCH_WORK/nginx.conf" <<CONF
worker_processes 2;
pid $BENCH_WORK/nginx.pid;
error_log $BENCH_WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush off;
  access_log off;
  gzip_static on;
  client_body_temp_path $BENCH_WORK/nginx-tmp/body;
  proxy_temp_path $BENCH_WORK/nginx-tmp/proxy;
  fastcgi_temp_path $BENCH_WORK/nginx-tmp/fastcgi;
  uwsgi_temp_path $BENCH_WORK/nginx-tmp/uwsgi;
  scgi_temp_path $BENCH_WORK/nginx-tmp/scgi;
  types { application/json json; audio/mpeg mp3; }
  default_type application/json;
  server {
    listen 127.0.0.1:$port;
    root $root;
  }
}
CONF
  nginx -c "$BENCH_WORK/nginx.conf" -p "$BENCH_WORK"
  sleep 0.5
}

baseline_bare_start() {
  local root="$1" port="$2"
  bench_extract_jar
  mkdir -p "$BENCH_WORK/bare-classes"
  javac -nowarn -parameters -cp "$BENCH_WORK/extracted/lib/*" -d "$BENCH_WORK/bare-classes" scripts/bench/lib/BareApp.java
  "$BENCH_JAVA" -Xmx1g -cp "$BENCH_WORK/bare-classes:$BENCH_WORK/extracted/lib/*" BareApp \
    --server.port="$port" --bench.root="$root" --spring.main.banner-mode=off --logging.level.root=WARN \
    --spring.threads.virtual.enabled=true --server.tomcat.max-keep-alive-requests=1000 --spring.mvc.static-path-pattern='/media/**' \
    --spring.web.resources.static-locations="file:$root/media/" > "$BENCH_WORK/bare.log" 2>&1 &
  BARE_PID=$!
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/bytes/none")" = 404 ] && return 0
    sleep 1
  done
  cat "$BENCH_WORK/bare.log" >&2
  return 1
}

baselines_stop() {
  [ -n "${BARE_PID:-}" ] && kill "$BARE_PID" 2>/dev/null
  [ -f "$BENCH_WORK/nginx.pid" ] && kill "$(cat "$BENCH_WORK/nginx.pid")" 2>/dev/null
  return 0
}
