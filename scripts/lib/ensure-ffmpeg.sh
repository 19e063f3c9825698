#!/usr/bin/env bash
# Installs ffmpeg (README "Broadcast-ready audio": the server makes every audio's station and light renditions
# with it), unless it is on the PATH. Idempotent; run as root on a Debian host before the test suite (.ci/run),
# before running the product and on production hosts. Prints what it found or installed.
set -euo pipefail

if command -v ffmpeg >/dev/null 2>&1; then
  echo "ffmpeg: $(ffmpeg -hide_banner -version | head -1)"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ffmpeg missing: install the Debian package ffmpeg (as root: apt-get install --no-install-recommends ffmpeg)" >&2
  exit 1
fi
echo "ffmpeg: installing the Debian package"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null \
  || { apt-get update -qq && apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null; }
echo "ffmpeg: installed $(ffmpeg -hide_banner -version | head -1)"
