#!/usr/bin/env bash
# Crash-recovery test of the real binary under Xvfb, driven with xdotool:
#  1. start the app (sample article) with its own HOME and recovery folder;
#  2. Ctrl+R (Review tab, keys go to the review card), then "a" and "2":
#     accept the first suggested position, set the next one to "opposes";
#  3. wait for the unsaved mark in the title and for the autosave (5 s);
#  4. kill -9 the app: the recovery file must stay;
#  5. start it again: the restore offer is shown with Restore focused;
#     press Space to restore;
#  6. check that the title shows unsaved work again, that the old recovery
#     file was replaced by the new process's own, and that the project in it
#     is byte for byte the one the killed process had autosaved (with the
#     two verdicts in it);
#  7. quit with SIGTERM.
set -euo pipefail
bin=${1:-./briefing}
tmp=$(mktemp -d)
rec=$tmp/recovery
mkdir -p "$tmp/home" "$rec"
app=""

. "$(dirname "$0")/xvfb-lib.sh"
start_xvfb 1280x800
xvfb=$XVFB_PID
display=$DISPLAY
cleanup() {
  [ -n "$app" ] && kill -9 "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() { echo "FAIL: $*"; [ -f "$tmp/log" ] && cat "$tmp/log"; exit 1; }

start_app() {
  HOME=$tmp/home BRIEFING_RECOVERY_DIR=$rec "$bin" >>"$tmp/log" 2>&1 &
  app=$!
  wait_window "$app" 30
  sleep 2 # let it lay out and draw
  xdotool windowfocus --sync "$win" 2>/dev/null || xdotool windowfocus "$win"
  sleep 0.3
}

title() { xdotool getwindowname "$win"; }

wait_title_dirty() {
  for _ in $(seq 50); do
    case "$(title)" in "• "*) return 0 ;; esac
    sleep 0.2
  done
  fail "the title '$(title)' has no unsaved mark"
}

# The project part of a recovery file (everything after the header line).
body() { tail -n +2 "$1"; }

# 1-3: an edit made with the keyboard, then the autosave.
start_app
case "$(title)" in "• "*) fail "a fresh start shows unsaved changes" ;; esac
xdotool key --delay 150 ctrl+r a 2
wait_title_dirty
file=""
for _ in $(seq 100); do
  file=$(ls "$rec"/*.recovery 2>/dev/null | head -1 || true)
  [ -n "$file" ] && break
  sleep 0.2
done
[ -n "$file" ] || fail "no autosave appeared in $rec within 20 s"
sleep 1 # let a write under way finish
reviewed=$(body "$file" | jq '[.project.positions[] | select(.reviewed == true)] | length')
opposes=$(body "$file" | jq '[.project.positions[] | select(.reviewed == true and .stance == "opposes")] | length')
[ "$reviewed" -ge 2 ] && [ "$opposes" -ge 1 ] || fail "the autosave holds $reviewed reviewed positions ($opposes opposes), want the 2 verdicts"
body "$file" >"$tmp/before.json"

# 4: the crash.
kill -9 "$app"
wait "$app" 2>/dev/null || true
app=""
[ -f "$file" ] || fail "the recovery file went with the killed process"

# 5: the restore offer; Space presses the focused Restore button.
start_app
case "$(title)" in "• "*) fail "the restarted app shows unsaved changes before the restore" ;; esac
xdotool key space
wait_title_dirty

# 6: the new process keeps the restored work in its own file.
new=""
for _ in $(seq 50); do
  new=$(ls "$rec"/*.recovery 2>/dev/null | grep -v -F "$file" | head -1 || true)
  [ -n "$new" ] && [ ! -f "$file" ] && break
  sleep 0.2
done
[ -n "$new" ] || fail "the restored work was not autosaved by the new process"
[ ! -f "$file" ] || fail "the old recovery file is still there after the restore"
body "$new" >"$tmp/after.json"
cmp -s "$tmp/before.json" "$tmp/after.json" || fail "the restored project differs from the one autosaved before the crash"

# 7: quit.
kill -TERM "$app"
for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
kill -0 "$app" 2>/dev/null && fail "the app did not quit on SIGTERM"
app=""
if grep -qiE 'panic|fatal' "$tmp/log"; then fail "the app logged an error"; fi
echo "recovery: restored $reviewed reviewed positions after kill -9; 1 passed, 0 failed"
