#!/usr/bin/env bash
# Asserts that two builds of the app analyse every text alike: byte-identical
# `briefing analyze` JSON for each article of analysis/testdata (and its
# devtexts) and for the larger texts given (default /tmp/1mb.txt and
# /tmp/10mb.txt when they exist).
#
#   bench/analyze-same.sh OLD_BIN NEW_BIN [TEXT ...]
#   bench/analyze-same.sh /tmp/bb /tmp/bb-mem
#
# Prints one line per text that differs and exits 1 if any does.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 2 ] || { echo "usage: $0 OLD_BIN NEW_BIN [TEXT ...]" >&2; exit 2; }
old="$1" new="$2"
shift 2
big=("$@")
if [ ${#big[@]} -eq 0 ]; then
  for f in /tmp/1mb.txt /tmp/10mb.txt; do [ -f "$f" ] && big+=("$f"); done
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
texts=()
while IFS= read -r f; do texts+=("$f"); done < <(find "$root/analysis/testdata" -name '*.txt' | sort)
texts+=("${big[@]}")
same=0 differ=0
for f in "${texts[@]}"; do
  "$old" analyze "$f" > "$work/old.json" 2> "$work/old.err" || { echo "FAIL $old on $f: $(head -c 300 "$work/old.err")"; differ=$((differ+1)); continue; }
  "$new" analyze "$f" > "$work/new.json" 2> "$work/new.err" || { echo "FAIL $new on $f: $(head -c 300 "$work/new.err")"; differ=$((differ+1)); continue; }
  if cmp -s "$work/old.json" "$work/new.json" && cmp -s "$work/old.err" "$work/new.err"; then
    same=$((same+1))
  else
    echo "DIFFERS $f: $(cmp "$work/old.json" "$work/new.json" 2>&1 | head -1)"
    differ=$((differ+1))
  fi
done
echo "$same of ${#texts[@]} texts identical (JSON and warnings), $differ differ"
[ "$differ" -eq 0 ]
