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
