#!/usr/bin/env bash
# Generates the sample media of the content pack into content/media/, named after each item's importKey,
# which the content pack import attaches to the item (see README.md, "Sample media"):
#   - AUDIO items: the item's transcript spoken in Mandarin by espeak-ng, encoded by ffmpeg as mono MP3;
#   - POSTER items: a 720x960 "平语近人" poster with the quote and its source, drawn with a CJK font;
#   - BRAND_PROJECT and FESTIVAL_ITEM items: a 720x480 cover card with the item's title.
# Installs espeak-ng, ffmpeg and fonts-noto-cjk from Debian's packages when missing. Output is
# deterministic for the same tool versions; existing files are replaced.
#   scripts/generate-sample-media.sh
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v espeak-ng >/dev/null || need+=(espeak-ng)
command -v ffmpeg >/dev/null || need+=(ffmpeg)
command -v python3 >/dev/null || need+=(python3)
FONT=/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc
[ -f "$FONT" ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
SANS=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
[ -f "$SANS" ] || SANS="$FONT"

OUT=content/media
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$OUT"

# One line per item: kind<TAB>importKey, and the texts each needs in $WORK/<importKey>.<field>.txt
# (titles wrapped for drawing). The pack is read with a few patterns, not a YAML library, so the script
# needs nothing beyond python3 itself.
python3 - "$WORK" content/contents.yaml content/brand-projects.yaml > "$WORK/items.tsv" <<'PY'
import re, sys, textwrap
work, files = sys.argv[1], sys.argv[2:]
def unquote(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        v = v[1:-1].replace('\\"', '"')
    return v
def wrap(text, width):
    return "\n".join(textwrap.wrap(text, width, break_long_words=True))
for name in files:
    default = "BRAND_PROJECT" if name.endswith("brand-projects.yaml") else None
    items, item = [], None
    for line in open(name, encoding="utf-8"):
        m = re.match(r"  - importKey: (\S+)", line)
        if m:
            item = {"importKey": m.group(1), "kind": default}
            items.append(item)
            continue
        m = re.match(r"    (kind|title|transcript|quote|quoteSource): (.*)", line)
        if m and item is not None:
            item[m.group(1)] = unquote(m.group(2))
    for it in items:
        key, kind = it["importKey"], it["kind"]
        def write(field, text):
            open(f"{work}/{key}.{field}.txt", "w", encoding="utf-8").write(text)
        if kind == "AUDIO":
            write("speech", it.get("transcript") or it["title"])
        elif kind == "POSTER":
            write("quote", wrap(it.get("quote", it["title"]), 13))
            write("source", wrap("—— " + it.get("quoteSource", ""), 26))
        else:
            write("title", "\n".join(wrap(part, 10) for part in re.split("[，：｜]", it["title"]) if part))
        print(f"{kind}\t{key}")
PY

count=0
while IFS=$'\t' read -r kind key; do
  case "$kind" in
    AUDIO)
      espeak-ng -v cmn -s 200 -f "$WORK/$key.speech.txt" -w "$WORK/$key.wav"
      ffmpeg -nostdin -v error -y -i "$WORK/$key.wav" -ac 1 -ar 16000 -codec:a libmp3lame -b:a 16k \
        -map_metadata -1 -id3v2_version 0 -write_xing 1 "$OUT/$key.mp3"
      ;;
    POSTER)
      ffmpeg -nostdin -v error -y -f lavfi -i "color=c=0xA61B1B:s=720x960:d=1" -frames:v 1 -vf "\
drawbox=x=36:y=36:w=648:h=888:color=0xE8C170@0.9:t=4,\
drawtext=fontfile=$FONT:text='平语近人':fontcolor=0xF6D77A:fontsize=64:x=(w-text_w)/2:y=96,\
drawtext=fontfile=$FONT:textfile=$WORK/$key.quote.txt:fontcolor=white:fontsize=42:line_spacing=22:x=(w-text_w)/2:y=260,\
drawtext=fontfile=$SANS:textfile=$WORK/$key.source.txt:fontcolor=0xF3E3C3:fontsize=22:line_spacing=10:x=(w-text_w)/2:y=h-200,\
drawtext=fontfile=$SANS:text='奈曼旗新时代文明实践中心':fontcolor=0xF6D77A:fontsize=24:x=(w-text_w)/2:y=h-90" \
        -q:v 5 "$OUT/$key.jpg"
      ;;
    *)
      ffmpeg -nostdin -v error -y -f lavfi -i "color=c=0x1F5F8B:s=720x480:d=1" -frames:v 1 -vf "\
drawbox=x=24:y=24:w=672:h=432:color=0xFFFFFF@0.8:t=3,\
drawtext=fontfile=$FONT:textfile=$WORK/$key.title.txt:fontcolor=white:fontsize=52:line_spacing=18:x=(w-text_w)/2:y=(h-text_h)/2-20,\
drawtext=fontfile=$SANS:text='奈曼旗新时代文明实践':fontcolor=0xF6D77A:fontsize=24:x=(w-text_w)/2:y=h-80" \
        -q:v 5 "$OUT/$key.jpg"
      ;;
  esac
  count=$((count + 1))
done < "$WORK/items.tsv"
echo "Generated $count files in $OUT ($(du -sh "$OUT" | cut -f1))"
