#!/usr/bin/env bash
# Peak resident memory and time of `briefing analyze` on a generated text of
# N MB: the articles of analysis/testdata, one after another with a blank
# line between them, repeated to the size.
#
#   bench/analyze-mem.sh [N ...]          (default: 1 10)
#   BIN=/tmp/bb bench/analyze-mem.sh 10   (measure a build of your own)
#
# Without BIN it builds the app to /tmp/briefing-analyze-mem. Prints a
# Markdown table: wall and user seconds, peak RSS (GNU time's %M).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "${BIN:-}" ]; then
  BIN=/tmp/briefing-analyze-mem
  (cd "$root" && go build -o "$BIN" ./cmd/briefing)
fi
[ $# -gt 0 ] || set -- 1 10
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
articles=()
while IFS= read -r f; do articles+=("$f"); done < <(find "$root/analysis/testdata" -name '*.txt' | sort)
echo "| text | wall s | user s | peak RSS MB |"
echo "|---|---|---|---|"
for n in "$@"; do
  text="$work/$n-mb.txt"
  want=$((n * 1000000))
  : > "$text"
  while [ "$(stat -c %s "$text")" -lt "$want" ]; do
    for f in "${articles[@]}"; do cat "$f"; printf '\n\n'; done >> "$text"
  done
  /usr/bin/time -o "$work/time" -f "%e %U %M" "$BIN" analyze "$text" > "$work/out.json"
  read -r wall user kb < "$work/time"
  echo "| $n MB | $wall | $user | $((kb / 1024)) |"
done
