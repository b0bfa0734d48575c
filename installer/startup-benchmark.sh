#!/bin/sh
# Start-up benchmark of the INSTALLED app under Xvfb (Linux): wall clock from launching its menu command to
#  - the main window's first frame on the demo case, and to the demo case shown in it;
#  - the 1M-event demo case (demo --scale 50) shown, opened as `ledgerline CASE.ledgerline`.
# Each: median of RUNS (5) with min and max. The app prints its marks (LEDGERLINE_STARTUP=exit, see StartupMarks) as
# epoch milliseconds; the launch time is taken here, just before the command runs.
#
#   installer/startup-benchmark.sh [DISPLAY]      default :66; RUNS=5, SCALE=50 from the environment
set -eu
cd "$(dirname "$0")/.."
display=${1:-:66}
runs=${RUNS:-5}
scale=${SCALE:-50}
work=target/bench/startup
command=$(sed -n 's/^Exec=\(.*\) %f$/\1/p' /usr/share/applications/ledgerline-*.desktop)
[ -x "$command" ] || { echo "startup-benchmark: Ledgerline is not installed (dpkg -i the .deb first)" >&2; exit 1; }
mkdir -p "$work/home"
home=$(cd "$work/home" && pwd)
. installer/display.sh
use_display "$display"

now_ms() { date +%s%3N; }
# launch LOG ARGS...: runs the app to its case-shown mark (it then exits) and prints "FIRST_FRAME_MS CASE_SHOWN_MS"
launch() {
  log=$1; shift
  t0=$(now_ms)
  HOME="$home" XDG_DATA_HOME="$home/.local/share" LEDGERLINE_STARTUP=exit timeout 300 "$command" "$@" >"$log" 2>&1
  frame=$(sed -n 's/^startup first-frame .*epoch-ms=\([0-9]*\)$/\1/p' "$log")
  shown=$(sed -n 's/^startup case-shown .*epoch-ms=\([0-9]*\)$/\1/p' "$log")
  [ -n "$frame" ] && [ -n "$shown" ] || { cat "$log" >&2; echo "startup-benchmark: no marks" >&2; exit 1; }
  echo "$((frame - t0)) $((shown - t0))"
}
# summary NAME COLUMN FILE: median (min–max) of one column
summary() {
  cut -d' ' -f"$2" "$3" | sort -n | awk -v name="$1" '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%-44s median %5d ms   (min %d, max %d, %d runs)\n", name, m, v[1], v[NR], NR }'
}

echo "startup-benchmark: $command, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -f "$home/.local/share/ledgerline/cases/demo.ledgerline" ] || {
  set -- $(launch "$work/first.log"); echo "first run ever (builds the demo case): first frame $1 ms, case shown $2 ms"; }
: >"$work/demo.txt"
for i in $(seq "$runs"); do launch "$work/demo-$i.log" >>"$work/demo.txt"; done
summary "demo case: launch to first frame" 1 "$work/demo.txt"
summary "demo case: launch to case shown" 2 "$work/demo.txt"

big="$home/demo-$scale.ledgerline"
if [ ! -f "$big" ]; then
  HOME="$home" XDG_DATA_HOME="$home/.local/share" ledgerline demo "$work/bundle-$scale" --scale "$scale" --seed 1 >/dev/null
  HOME="$home" XDG_DATA_HOME="$home/.local/share" ledgerline import "$big" "$work/bundle-$scale" >/dev/null
fi
events=$(HOME="$home" XDG_DATA_HOME="$home/.local/share" ledgerline info "$big" --json | sed -n 's/^  "events" : \([0-9]*\),$/\1/p')
: >"$work/big.txt"
for i in $(seq "$runs"); do launch "$work/big-$i.log" "$big" >>"$work/big.txt"; done
summary "$events-event case: launch to first frame" 1 "$work/big.txt"
summary "$events-event case: launch to case shown" 2 "$work/big.txt"
