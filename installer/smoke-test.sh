#!/bin/sh
# Builds the .deb, installs it with dpkg -i, starts it from its menu entry under Xvfb on the demo case, checks that
# the window appears (and keeps a screenshot), opens a .ledgerline file with the installed app, uninstalls it and
# checks that the user's cases are still there. Linux, as root (dpkg), with Xvfb, xdotool and ImageMagick's import.
#
#   installer/smoke-test.sh [--no-build] [DISPLAY]      e.g. installer/smoke-test.sh --no-build :66
set -eu
cd "$(dirname "$0")/.."

build=yes
if [ "${1:-}" = "--no-build" ]; then build=no; shift; fi
display=${1:-:66}
out=target/smoke
app_pid=
fail() { echo "smoke-test: FAIL: $*" >&2; [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true; exit 1; }
pass() { echo "smoke-test: ok: $*"; }

if [ $build = yes ]; then
  mvn -B -q -DskipTests package
  sh installer/build.sh
fi
deb=$(ls target/installer/out/ledgerline-*-linux.deb) || fail "no .deb in target/installer/out"
rm -rf "$out" && mkdir -p "$out/home"
home=$(cd "$out/home" && pwd)

. installer/display.sh
use_display "$display"

dpkg -i "$deb" >"$out/dpkg-install.log" 2>&1 || { cat "$out/dpkg-install.log"; fail "dpkg -i"; }
pass "installed $(basename "$deb")"
desktop=$(ls /usr/share/applications/ledgerline-*.desktop) || fail "no menu entry in /usr/share/applications"
# the menu entry's command, without the file placeholder: what a desktop runs when the entry is clicked
command=$(sed -n 's/^Exec=\(.*\) %f$/\1/p' "$desktop")
[ -x "$command" ] || fail "menu command $command"
pass "menu entry $desktop runs $command"

# Starts the installed app in the scratch home; waits for its window to show a case; leaves its pid in $app_pid.
start_app() {
  log=$1; shift
  HOME="$home" XDG_DATA_HOME="$home/.local/share" DISPLAY="$display" LEDGERLINE_STARTUP=print "$@" >"$log" 2>&1 &
  app_pid=$!
  i=0
  until grep -q '^startup case-shown' "$log"; do
    i=$((i + 1)); [ $i -le 240 ] || { cat "$log"; fail "no case shown within 120 s: $*"; }
    kill -0 $app_pid 2>/dev/null || { cat "$log"; fail "the app exited: $*"; }
    sleep 0.5
  done
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=; }

start_app "$out/first-run.log" "$command"
sleep 1
# window_named PATTERN: the title of the app's window whose title matches, or failure
window_named() {
  w=$(DISPLAY="$display" xdotool search --onlyvisible --name "$1" | head -n 1)
  [ -n "$w" ] || fail "no visible window titled $1: $(DISPLAY="$display" xdotool search --onlyvisible --name . getwindowname %@ 2>/dev/null)"
  DISPLAY="$display" xdotool getwindowname "$w"
}
title=$(window_named '^demo .*Ledgerline$')
DISPLAY="$display" import -window root "$out/first-run.png"
pass "window \"$title\" on the demo case; screenshot $out/first-run.png"
stop_app

cases="$home/.local/share/ledgerline/cases"
[ -f "$cases/demo.ledgerline" ] || fail "no demo case in $cases"
cp "$cases/demo.ledgerline" "$home/incident.ledgerline"
start_app "$out/open-file.log" ledgerline "$home/incident.ledgerline"
sleep 1
title=$(window_named '^incident .*Ledgerline$')
DISPLAY="$display" import -window root "$out/open-file.png"
pass "ledgerline incident.ledgerline opened it: \"$title\""
stop_app

# the file association: the desktop's way of opening a file (MIME type -> default application -> Exec with %f)
[ "$(xdg-mime query filetype "$home/incident.ledgerline")" = application/x-ledgerline-case ] \
  || fail "incident.ledgerline is not of type application/x-ledgerline-case"
start_app "$out/xdg-open.log" xdg-open "$home/incident.ledgerline"
sleep 1
title=$(window_named '^incident .*Ledgerline$')
pass "xdg-open incident.ledgerline opened it in Ledgerline: \"$title\""
# xdg-open may have handed over to the app and gone: stop the app through its window
kill "$(DISPLAY="$display" xdotool search --onlyvisible --name '^incident ' getwindowpid %1)" 2>/dev/null || true
stop_app

dpkg -r ledgerline >"$out/dpkg-remove.log" 2>&1 || { cat "$out/dpkg-remove.log"; fail "dpkg -r"; }
[ ! -e /opt/ledgerline ] || fail "/opt/ledgerline left behind"
[ ! -e /usr/bin/ledgerline ] || fail "/usr/bin/ledgerline left behind"
[ -f "$cases/demo.ledgerline" ] && [ -f "$home/incident.ledgerline" ] || fail "the user's cases are gone"
pass "uninstalled; the user's cases remain: $(ls "$cases" | grep "ledgerline$" | tr "\n" " ")and incident.ledgerline"
