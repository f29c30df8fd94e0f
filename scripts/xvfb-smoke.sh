#!/usr/bin/env bash
# Starts the real binary under Xvfb, checks that its window appears with the
# expected title, asks it to quit (SIGTERM, as a session manager would) and
# checks that it exits cleanly.
set -euo pipefail
bin=${1:-./briefing}
title="Briefing Builder — "
. "$(dirname "$0")/xvfb-lib.sh"
start_xvfb 1280x800
trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
display=$DISPLAY

log=$(mktemp)
DISPLAY=$display HOME=$(mktemp -d) "$bin" >"$log" 2>&1 &
app=$!

found=""
for _ in $(seq 150); do
  if found=$(DISPLAY=$display xwininfo -root -tree 2>/dev/null | grep -F "\"$title"); then break; fi
  kill -0 $app 2>/dev/null || { echo "FAIL: the app exited before showing its window"; cat "$log"; exit 1; }
  sleep 0.2
done
if [ -z "$found" ]; then
  echo "FAIL: no window titled '$title…' appeared within 30 s"; cat "$log"; kill $app; exit 1
fi
echo "window: $(echo "$found" | head -1 | sed 's/^ *//')"

kill -TERM $app
status=0
for _ in $(seq 100); do kill -0 $app 2>/dev/null || break; sleep 0.1; done
if kill -0 $app 2>/dev/null; then
  echo "FAIL: the app did not exit within 10 s of SIGTERM"; kill -KILL $app; exit 1
fi
wait $app || status=$?
if [ $status -ne 0 ]; then echo "FAIL: the app exited with status $status"; cat "$log"; exit 1; fi
if grep -qiE 'panic|fatal' "$log"; then echo "FAIL: the app logged an error"; cat "$log"; exit 1; fi
echo "smoke: 1 passed, 0 failed"
