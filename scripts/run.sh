#!/usr/bin/env bash
# Runs the product on its embedded default (README "The two commands"), started the fast way:
#  1. ffmpeg is there (scripts/lib/ensure-ffmpeg.sh: the server makes the broadcast renditions with it);
#  2. the jar is built when it is missing or older than a source of the server, console or content pack;
#  3. it is extracted to ./app (plain jars load faster than the nested-jar loader);
#  4. once per jar, a training run on a scratch data dir starts the server, waits until it is ready and stops
#     it, which writes the JVM's class archive: a CDS archive on Java 17-24, the AOT cache on Java 25+;
#  5. the server starts with that archive and JAVA_OPTS (default: serial GC and a small initial heap, which
#     keep an idle server's memory low; a county office's load needs no parallel collector).
# Arguments go to the server (e.g. --server.port=9090); PORT and every WENMING_* variable work as documented.
#   scripts/run.sh [server arguments…]        (JAVA: the java to use, default java on the PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseSerialGC -Xms32m}"
JAR=server/target/wenming-server.jar
APP=app

scripts/lib/ensure-ffmpeg.sh >/dev/null
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml server/pom.xml server/src admin-ui/src admin-ui/package.json content -newer "$JAR" -print -quit)" ]; then
  echo "building $JAR…"
  ./mvnw -q -B -DskipTests package
fi

java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}')
if [ "$java_major" -ge 25 ]; then
  archive="$APP/app.aot" train=(-XX:AOTCacheOutput="$APP/app.aot") use=(-XX:AOTCache="$APP/app.aot")
else
  archive="$APP/app.jsa" train=(-XX:ArchiveClassesAtExit="$APP/app.jsa") use=(-XX:SharedArchiveFile="$APP/app.jsa")
fi
stamp="$(stat -c '%s %Y' "$JAR") java $java_major"

if [ "$(cat "$APP/.built-from" 2>/dev/null)" != "$stamp" ] || [ ! -f "$archive" ]; then
  rm -rf "$APP"
  "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$APP" >/dev/null
  echo "training run for the class archive (once per build, about half a minute)…"
  scratch="$(mktemp -d)"
  # The scratch run makes no renditions (ffmpeg = false): its data is thrown away when it stops.
  # shellcheck disable=SC2086
  "$JAVA" $JAVA_OPTS "${train[@]}" -jar "$APP/wenming-server.jar" --server.port=0 \
    --wenming.data-dir="$scratch" --wenming.media.renditions.ffmpeg=false > "$scratch/training.log" 2>&1 &
  training=$!
  port=""
  for _ in $(seq 1 600); do
    kill -0 "$training" 2>/dev/null || { tail -20 "$scratch/training.log" >&2; exit 1; }
    port=${port:-$(grep -o 'Tomcat started on port [0-9]*' "$scratch/training.log" | grep -o '[0-9]*$' || true)}
    [ -n "$port" ] && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ] && break
    sleep 0.5
  done
  kill "$training"
  wait "$training" 2>/dev/null || true
  rm -rf "$scratch"
  [ -f "$archive" ] || { echo "the training run wrote no $archive" >&2; exit 1; }
  echo "$stamp" > "$APP/.built-from"
fi

# shellcheck disable=SC2086
exec "$JAVA" $JAVA_OPTS "${use[@]}" -jar "$APP/wenming-server.jar" "$@"
