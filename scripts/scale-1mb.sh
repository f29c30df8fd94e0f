#!/usr/bin/env bash
# Scale check of the review workspace on a 1 MB article (issue 14), with the
# real binary under Xvfb, driven with xdotool:
#  1. builds a ~1.1 MB article from the .txt files under analysis/testdata
#     (all of them, in name order, repeated until the article is 1.1 MB);
#  2. opens it in the window (BINARY FILE) and measures the time until the
#     article is shown (the title names it; a large article is shown before
#     its analysis ends) and until the process is idle (the suggestions are
#     in);
#  3. Ctrl+R (Review), then KEYS (default 200) presses of "a", each
#     accepting the position on the card and moving on;
#  4. waits until the process is idle again and the autosave holds all KEYS
#     verdicts, and prints the time from the first key until idle, the
#     resident memory before and after the keys (growth per decision) and
#     the peak resident memory (VmHWM);
#  5. fails when the peak is over PEAK_LIMIT_MB (default 600) or a verdict
#     is missing.
# Beside each resident figure it prints the Go heap that the last garbage
# collection found live (GODEBUG=gctrace=1), to tell what the program keeps
# from what the runtime, Fyne's caches (kept a minute) and the GL driver
# hold. With LATER_S set, it measures the resident memory again that many
# seconds after the keys, once such caches have expired.
# Usage: scripts/scale-1mb.sh [BINARY]   (default ./briefing). Takes minutes.
set -euo pipefail
bin=${1:-./briefing}
keys=${KEYS:-200}
later=${LATER_S:-0}
limit=${PEAK_LIMIT_MB:-600}
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
rec=$tmp/recovery
mkdir -p "$tmp/home" "$rec"
app=""

. "$root/scripts/xvfb-lib.sh"
start_xvfb 1280x800
xvfb=$XVFB_PID
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$tmp/log" ] && grep -v '^gc [0-9]' "$tmp/log" | tail -20; exit 1; }

# 1: the article. The title line is the first file's first line.
art=$tmp/article-1mb.txt
mapfile -d '' files < <(find "$root/analysis/testdata" -name '*.txt' -print0 | sort -z)
[ ${#files[@]} -gt 0 ] || fail "no .txt files under analysis/testdata"
: >"$art"
while [ "$(stat -c %s "$art")" -lt 1100000 ]; do
  for f in "${files[@]}"; do cat "$f"; printf '\n\n'; done >>"$art"
done
echo "article: $(stat -c %s "$art") bytes from ${#files[@]} files"

now() { date +%s.%N; }
since() { echo "$1" | awk -v t0="$2" '{ printf "%.1f", $1 - t0 }'; }
kb() { awk -v k="$1:" '$1 == k { print $2 }' "/proc/$app/status"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }
hz=$(getconf CLK_TCK)
# goheap is the heap the last collection found live ("a->b->LIVE MB").
goheap() { grep -o '[0-9]*->[0-9]*->[0-9]* MB' "$tmp/log" | tail -1 | awk -F'->' '{ print $3 }'; }

# wait_idle waits (at most $1 s) until the app has used under 5% of a core
# over a whole second, and prints the time when that second began.
wait_idle() {
  local deadline a b t
  deadline=$(echo "$(now) + $1" | bc)
  while :; do
    t=$(now)
    a=$(ticks)
    sleep 1
    b=$(ticks)
    if [ $((b - a)) -le $((hz / 20)) ]; then echo "$t"; return 0; fi
    (($(echo "$(now) > $deadline" | bc))) && return 1
    kill -0 "$app" 2>/dev/null || fail "the app exited"
  done
}

# 2: open.
t0=$(now)
HOME=$tmp/home BRIEFING_RECOVERY_DIR=$rec GODEBUG=gctrace=1 "$bin" "$art" >>"$tmp/log" 2>&1 &
app=$!
wait_window "$app" 60
t_window=$(now)
title() { xdotool getwindowname "$win" 2>/dev/null || true; }
shown=""
for _ in $(seq 3000); do
  case "$(title)" in *"Untitled brief"* | "") ;; *) shown=$(now); break ;; esac
  kill -0 "$app" 2>/dev/null || fail "the app exited while opening the article"
  sleep 0.1
done
[ -n "$shown" ] || fail "the article was not shown within 300 s (title '$(title)')"
idle=$(wait_idle 300) || fail "the app did not settle within 300 s of showing the article"
echo "open: window after $(since "$t_window" "$t0") s; article shown after $(since "$shown" "$t0") s; idle, with the suggestions, after $(since "$idle" "$t0") s"
rss0=$(kb VmRSS)
echo "memory after opening: RSS $((rss0 / 1024)) MB, peak $(($(kb VmHWM) / 1024)) MB; Go heap live $(goheap)"

# 3: the review keys.
xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
sleep 0.3
xdotool key ctrl+r
sleep 2
idle=$(wait_idle 120) || fail "the app did not settle after opening Review"
t1=$(now)
for _ in $(seq "$keys"); do printf 'a '; done | xargs xdotool key --delay 20
t_sent=$(now)

# 4: idle again once the keys are dealt with, then every verdict in the
# autosave (written every 5 s while there are unsaved changes).
idle=$(wait_idle 600) || fail "the app did not settle within 600 s of the keys"
reviewed=0
for _ in $(seq 600); do
  file=$(ls "$rec"/*.recovery 2>/dev/null | head -1 || true)
  if [ -n "$file" ]; then
    reviewed=$(tail -n +2 "$file" 2>/dev/null | jq '[.project.positions[] | select(.reviewed == true)] | length' 2>/dev/null || echo 0)
    [ "$reviewed" -ge "$keys" ] && break
  fi
  kill -0 "$app" 2>/dev/null || fail "the app exited during the review"
  sleep 0.5
done
[ "$reviewed" -eq "$keys" ] || fail "the autosave holds $reviewed reviewed positions, want $keys"
rss1=$(kb VmRSS)
peak=$(kb VmHWM)
settled=$(since "$idle" "$t1")
echo "review: $keys keys sent in $(since "$t_sent" "$t1") s; all $reviewed verdicts autosaved; settled $settled s after the first key ($(echo "$settled $keys" | awk '{ printf "%.0f", $1 * 1000 / $2 }') ms a key)"
echo "memory after $keys decisions: RSS $((rss1 / 1024)) MB ($(echo "$rss0 $rss1 $keys" | awk '{ printf "%+.2f", ($2 - $1) / 1024 / $3 }') MB a decision), peak $((peak / 1024)) MB (limit $limit MB); Go heap live $(goheap)"
if [ "$later" -gt 0 ]; then
  sleep "$later"
  echo "memory $later s later: RSS $(($(kb VmRSS) / 1024)) MB; Go heap live $(goheap)"
fi

kill -TERM "$app"
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
app=""
[ $((peak / 1024)) -le "$limit" ] || fail "peak resident memory $((peak / 1024)) MB is over $limit MB"
echo "scale-1mb: 1 passed, 0 failed"
