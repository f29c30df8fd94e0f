# Sourced by the Xvfb scripts: start_xvfb WIDTHxHEIGHT starts a virtual X
# server on a display it picks itself (so parallel runs and leftover servers
# never collide), waits until it accepts clients, and exports DISPLAY and
# XVFB_PID. It fails loudly rather than letting the app meet a dead display.
start_xvfb() {
  local size=${1:-1280x800} out
  out=$(mktemp)
  Xvfb -displayfd 1 -screen 0 "${size}x24" -nolisten tcp >"$out" 2>/dev/null &
  XVFB_PID=$!
  for _ in $(seq 300); do
    if [ -s "$out" ] && DISPLAY=":$(head -1 "$out")" xdpyinfo >/dev/null 2>&1; then
      export DISPLAY=":$(head -1 "$out")"
      rm -f "$out"
      return 0
    fi
    kill -0 "$XVFB_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "FAIL: Xvfb did not start" >&2
  rm -f "$out"
  return 1
}

# wait_window PID SECONDS sets win to the app's window once it is mapped,
# failing (through the script's fail) if the app exits first or the window
# does not appear in time.
wait_window() {
  local pid=$1 secs=$2
  win=""
  for _ in $(seq $((secs * 10))); do
    win=$(xdotool search --pid "$pid" --name "Briefing Builder" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && return 0
    kill -0 "$pid" 2>/dev/null || fail "the app exited before showing its window"
    sleep 0.1
  done
  fail "no window appeared within $secs s"
}
