#!/usr/bin/env bash
# A mini program's day, with curl, against the packaged server on its embedded default and a WireMock stand-in
# for WeChat (the same stub mappings as the tests, server/src/test/resources/wechat-stub). Logs in, meets every
# WeChat failure, favourites, resumes an audio item, shares a poster, subscribes and receives a message when an
# editor publishes, submits a quote that reaches the review queue, logs out. Starts and stops both servers on
# ports of its own; exits non-zero at the first step that does not answer as expected.
#   scripts/mini-walkthrough.sh
set -euo pipefail
cd "$(dirname "$0")/.."

WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR="$HOME/.m2/repository/org/wiremock/wiremock-standalone/$WIREMOCK_VERSION/wiremock-standalone-$WIREMOCK_VERSION.jar"
WORK="$(mktemp -d)"
trap 'kill "${SERVER_PID:-}" "${STUB_PID:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

step() { printf '\n== %s\n' "$*"; }
ok() { printf '   ok: %s\n' "$*"; }
fail() { printf '   FAILED: %s\n' "$*" >&2; exit 1; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
[ -f "$WIREMOCK_JAR" ] || ./mvnw -q -B dependency:get -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION"
[ -f server/target/wenming-server.jar ] || ./mvnw -q -B -DskipTests package

STUB_PORT=$(free_port)
APP_PORT=$(free_port)
STUB="http://127.0.0.1:$STUB_PORT"
BASE="http://127.0.0.1:$APP_PORT"
MINI="$BASE/api/mini/v1"
ADMIN="$BASE/api/admin/v1"

step "Starting the WeChat stub on $STUB_PORT and the server on $APP_PORT"
java -jar "$WIREMOCK_JAR" --port "$STUB_PORT" --bind-address 127.0.0.1 --disable-banner \
  --root-dir server/src/test/resources/wechat-stub > "$WORK/stub.log" 2>&1 &
STUB_PID=$!
WENMING_DATA_DIR="$WORK/data" PORT="$APP_PORT" WENMING_ADMIN_PASSWORD="walkthrough-admin-1" \
WENMING_WECHAT_API_HOST_URL="$STUB" WENMING_WECHAT_APPID="wx-walkthrough" WENMING_WECHAT_SECRET="walkthrough" \
WENMING_WECHAT_TOKEN="walkthrough-token" WENMING_WECHAT_AES_KEY="abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG" \
WENMING_WECHAT_TEMPLATE_NEW_AUDIO="tmpl-new-audio" WENMING_PUBLIC_BASE_URL="$BASE" \
  java -Xmx768m -jar server/target/wenming-server.jar --logging.level.root=WARN > "$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null && curl -sf "$STUB/__admin/mappings" >/dev/null && break
  sleep 1
done
curl -sf "$BASE/actuator/health" >/dev/null || { tail -40 "$WORK/server.log"; fail "server did not start"; }
ok "both answer"

# $1 method, $2 url, $3 body (optional), then extra curl arguments; prints "status body".
call() {
  local method=$1 url=$2 body=${3:-}
  shift 3 || shift $#
  if [ -n "$body" ]; then
    curl -s -o "$WORK/body" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json' -d "$body" "$@" "$url"
  else
    curl -s -o "$WORK/body" -w '%{http_code}' -X "$method" "$@" "$url"
  fi
}
expect() {
  local want=$1 got=$2 what=$3
  [ "$got" = "$want" ] || { cat "$WORK/body" >&2; echo >&2; fail "$what: HTTP $got, expected $want"; }
}
field() { jq -r "$1" "$WORK/body"; }

step "Login: wx.login's code is exchanged through code2session"
expect 200 "$(call POST "$MINI/auth/login" '{"code":"walkthrough-1"}')" "login"
TOKEN=$(field .token)
AUTH=(-H "Authorization: Bearer $TOKEN")
ok "token ${TOKEN:0:8}… for resident $(field .resident.id), expires after $(field .expiresIn) s idle; no session_key in the answer: $(grep -c session_key "$WORK/body" || true) mentions"

step "Every WeChat failure is answered clearly"
for code in invalid-1:400:WECHAT_CODE_INVALID limited-1:429:WECHAT_RATE_LIMITED busy-1:503:WECHAT_BUSY; do
  IFS=: read -r wx status problem <<<"$code"
  expect "$status" "$(call POST "$MINI/auth/login" "{\"code\":\"$wx\"}")" "login with $wx"
  [ "$(field .code)" = "$problem" ] || fail "expected $problem"
  ok "$wx → $status $problem: $(field .detail)"
done
expect 401 "$(call GET "$MINI/me" '' -H 'Authorization: Bearer forged')" "forged token"
ok "a forged token → 401 $(field .code)"

step "Favourite an audio item and see the counts"
AUDIO=$(curl -sf "$MINI/contents?kind=AUDIO&size=1" | jq -r '.items[0].id')
expect 200 "$(call PUT "$MINI/contents/$AUDIO/favourite" '' "${AUTH[@]}")" "favourite"
expect 200 "$(call PUT "$MINI/contents/$AUDIO/favourite" '' "${AUTH[@]}")" "favourite again"
ok "item $AUDIO: $(field .favourites) favourite(s), mine: $(field .mine.favourited) (twice is once)"

step "Resume the audio where it stopped, on another login of the same WeChat user"
expect 200 "$(call PUT "$MINI/contents/$AUDIO/progress" '{"positionSeconds":42}' "${AUTH[@]}")" "progress"
expect 200 "$(call POST "$MINI/auth/login" '{"code":"walkthrough-1"}')" "second device"
SECOND=(-H "Authorization: Bearer $(field .token)")
expect 200 "$(call GET "$MINI/contents/$AUDIO/stats" '' "${SECOND[@]}")" "stats"
[ "$(field .mine.positionSeconds)" = 42 ] || fail "resume position"
ok "the second device resumes at $(field .mine.positionSeconds) s"

step "Share poster"
curl -sf -o "$WORK/poster.png" "$MINI/contents/$AUDIO/share-poster" || fail "share poster"
file "$WORK/poster.png" | grep -q 'PNG image data, 750 x 1334' || fail "not a 750x1334 PNG: $(file "$WORK/poster.png")"
SCENES=$(curl -s -X POST "$STUB/__admin/requests/count" -d "{\"method\":\"POST\",\"urlPath\":\"/wxa/getwxacodeunlimit\",\"bodyPatterns\":[{\"matchesJsonPath\":\"\$[?(@.scene == 'c=$AUDIO')]\"}]}" | jq .count)
ok "$(file -b "$WORK/poster.png"), mini-program code requested with scene c=$AUDIO ($SCENES time)"

step "Subscribe to 新音频上线"
expect 200 "$(call POST "$MINI/subscriptions/new-audio" '' "${AUTH[@]}")" "subscribe"
ok "quota $(field .quota) for template $(field .templateId)"

step "An editor publishes a new audio item; the subscriber gets a message"
JAR="$WORK/cookies"
admin_call() {
  local method=$1 url=$2 body=${3:-}
  local xsrf
  shift 3 || shift $#
  xsrf=$(awk '$6 == "XSRF-TOKEN" {print $7}' "$JAR" 2>/dev/null | tail -1)
  call "$method" "$url" "$body" -b "$JAR" -c "$JAR" -H "X-XSRF-TOKEN: $xsrf" "$@"
}
expect 200 "$(call POST "$ADMIN/auth/login" '{"username":"admin","password":"walkthrough-admin-1"}' -c "$JAR")" "admin login"
expect 200 "$(call GET "$ADMIN/auth/csrf" '' -b "$JAR" -c "$JAR")" "csrf"
expect 200 "$(admin_call GET "$ADMIN/org-units")" "org units"
ROOT=$(field '.[0].id')
expect 201 "$(admin_call POST "$ADMIN/users" "{\"username\":\"walk-reviewer\",\"displayName\":\"审核员\",\"orgUnitId\":$ROOT,\"roles\":[\"REVIEWER\"],\"password\":\"password-123\"}")" "reviewer"
expect 201 "$(admin_call POST "$ADMIN/media/audio" '' -F "file=@content/media/audio-caoyuan-shuwu.mp3;type=audio/mpeg")" "upload audio"
MEDIA=$(field .key)
expect 201 "$(admin_call POST "$ADMIN/contents" "{\"kind\":\"AUDIO\",\"title\":\"乡村振兴新广播\",\"summary\":\"新一期文明实践广播\",\"body\":\"<p>乡亲们好</p>\",\"orgUnitId\":$ROOT,\"language\":\"zh\",\"tags\":[\"广播\"],\"mediaKey\":\"$MEDIA\",\"durationSeconds\":120,\"transcript\":\"乡亲们好\",\"theme\":\"乡村振兴\"}")" "create"
NEW=$(field .id)
expect 200 "$(admin_call POST "$ADMIN/contents/$NEW/submit")" "submit"
rm -f "$JAR"
expect 200 "$(call POST "$ADMIN/auth/login" '{"username":"walk-reviewer","password":"password-123"}' -c "$JAR")" "reviewer login"
expect 200 "$(call GET "$ADMIN/auth/csrf" '' -b "$JAR" -c "$JAR")" "csrf"
expect 200 "$(admin_call POST "$ADMIN/contents/$NEW/approve")" "approve"
expect 200 "$(admin_call POST "$ADMIN/contents/$NEW/publish" '{}')" "publish"
SENT=0
for _ in $(seq 1 30); do
  SENT=$(curl -s -X POST "$STUB/__admin/requests/count" -d '{"method":"POST","urlPath":"/cgi-bin/message/subscribe/send","bodyPatterns":[{"contains":"openid-walkthrough-1"}]}' | jq .count)
  [ "$SENT" -ge 1 ] && break
  sleep 0.5
done
[ "$SENT" = 1 ] || fail "expected one subscribe message, WeChat got $SENT"
expect 200 "$(call GET "$MINI/subscriptions" '' "${AUTH[@]}")" "subscriptions"
ok "item $NEW published → WeChat received 1 subscribe message; quota now $(jq -r '.[] | select(.code == "new-audio") | .quota' "$WORK/body")"

step "习语金句大家写: submit a quote with a photo of the handwriting"
base64 -d > "$WORK/handwriting.png" <<<"iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAAAAACPAi4CAAAAOElEQVR42u3UIQ4AAAjDQP7/aTAIgsSR3NxMRUUjetm7foDfAPIA5rjQA/IAuADQAwA9ANADgPUL2574alKpCOcAAAAASUVORK5CYII="
expect 422 "$(call POST "$MINI/submissions" '' "${AUTH[@]}" -F 'text=含有[risky]的文字' -F "photo=@$WORK/handwriting.png")" "risky text"
ok "risky text refused: $(field .detail)"
expect 201 "$(call POST "$MINI/submissions" '' "${AUTH[@]}" -F 'text=幸福都是奋斗出来的' -F 'authorName=巴特尔' -F "photo=@$WORK/handwriting.png")" "submission"
SUBMISSION=$(field .id)
ok "submission $SUBMISSION: $(field .statusLabel); photo sent to mediaCheckAsync, verdict awaited on /wx/portal"
expect 200 "$(admin_call GET "$ADMIN/submissions")" "review queue"
[ "$(jq "[.items[] | select(.id == $SUBMISSION)] | length" "$WORK/body")" = 1 ] || fail "not in the review queue"
ok "in the editors' review queue (text check $(jq -r ".items[] | select(.id == $SUBMISSION) | .textCheck" "$WORK/body"), photo check $(jq -r ".items[] | select(.id == $SUBMISSION) | .photoCheck" "$WORK/body"))"

step "Logout"
expect 204 "$(call POST "$MINI/auth/logout" '' "${AUTH[@]}")" "logout"
expect 401 "$(call GET "$MINI/me" '' "${AUTH[@]}")" "after logout"
ok "the token no longer works"

printf '\nWalkthrough complete.\n'
