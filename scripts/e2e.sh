#!/usr/bin/env bash
# End-to-end test of the admin console in a real browser: Debian's Chromium driven by playwright-core
# (admin-ui/e2e/journey.mjs) against the packaged server on its embedded default, with a temporary data
# folder on a free port. Screenshots of each main screen go to target/e2e-screens/ (not committed).
#   scripts/e2e.sh            builds the jar first if it is missing
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

log() { printf '\n=== %s\n' "$*"; }

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  log "Installing Chromium and CJK fonts (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi

jar=server/target/wenming-server.jar
if [[ ! -f $jar ]]; then
  log "Packaging the server (with the console)"
  ./mvnw -q -B -ntp -DskipTests package
fi
if [[ ! -d admin-ui/node_modules/playwright-core ]]; then
  (cd admin-ui && npm ci --no-audit --no-fund --loglevel=error)
fi

port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
data=$(mktemp -d)
password="e2e-$(od -An -N6 -tx1 /dev/urandom | tr -d ' \n')"
screens="$root/target/e2e-screens"
rm -rf "$screens" && mkdir -p "$screens"

server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$data"
}
trap cleanup EXIT

log "Starting the server on 127.0.0.1:$port (data in $data)"
PORT=$port WENMING_DATA_DIR="$data" WENMING_ADMIN_PASSWORD="$password" \
  java -Xmx512m -jar "$jar" --server.address=127.0.0.1 >"$data/server.log" 2>&1 &
server_pid=$!

for _ in $(seq 1 180); do
  if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$server_pid" 2>/dev/null; then
    cat "$data/server.log"
    echo "The server did not start" >&2
    exit 1
  fi
  sleep 1
done

log "Running the browser journey"
if ! E2E_BASE_URL="http://127.0.0.1:$port" E2E_ADMIN_PASSWORD="$password" E2E_SCREENS="$screens" \
    node admin-ui/e2e/journey.mjs; then
  echo "--- last lines of the server log" >&2
  tail -n 60 "$data/server.log" >&2
  exit 1
fi
log "Screenshots: $screens"
