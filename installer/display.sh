# Sourced by the scripts that drive the app under X (smoke test, start-up benchmark, screenshots).
# use_display DISPLAY: exports it, first starting a 1400x900 Xvfb screen there if none answers (stopped on exit).
use_display() {
  export DISPLAY="$1"
  if ! xdpyinfo >/dev/null 2>&1; then
    Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 &
    xvfb_pid=$!
    trap 'kill $xvfb_pid 2>/dev/null || true' EXIT
    sleep 1
  fi
}
