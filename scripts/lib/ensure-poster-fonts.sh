#!/usr/bin/env bash
# Installs the fonts share posters are drawn with (README "Share posters"), unless they are there:
# Noto Sans CJK SC (Debian's fonts-noto-cjk) and Noto Sans Mongolian (fonts-noto-core). Idempotent; run as root
# on a Debian host before the test suite (.ci/run) and on production hosts. Prints what it found or installed.
set -euo pipefail

has_font() { # has_font family file
  if command -v fc-list >/dev/null 2>&1 && fc-list ":family=$1" family | grep -q .; then
    return 0
  fi
  [ -n "$(find /usr/share/fonts -name "$2" -print -quit 2>/dev/null)" ]
}

missing=()
has_font "Noto Sans CJK SC" "NotoSansCJK-Regular.ttc" || missing+=(fonts-noto-cjk)
has_font "Noto Sans Mongolian" "NotoSansMongolian-Regular.ttf" || missing+=(fonts-noto-core)

if [ ${#missing[@]} -eq 0 ]; then
  echo "poster fonts: Noto Sans CJK SC and Noto Sans Mongolian are installed"
  exit 0
fi
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "poster fonts missing: install the Debian packages ${missing[*]} (as root: apt-get install ${missing[*]})" >&2
  exit 1
fi
echo "poster fonts: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
  || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
# fontconfig (pulled in by the packages) indexes the new files; the JVM reads them on its next start.
if command -v fc-cache >/dev/null 2>&1; then fc-cache -s >/dev/null 2>&1 || true; fi
has_font "Noto Sans CJK SC" "NotoSansCJK-Regular.ttc" && has_font "Noto Sans Mongolian" "NotoSansMongolian-Regular.ttf" \
  || { echo "poster fonts still missing after installing ${missing[*]}" >&2; exit 1; }
echo "poster fonts: installed ${missing[*]}"
