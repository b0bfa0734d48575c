#!/bin/sh
# Makes the user guide's screenshots (docs/images/*.png) from the running app under Xvfb, so they show what the
# current build shows. Needs Xvfb, xdotool and ImageMagick (import, convert); builds the jar if it is missing.
#
#   docs/screenshots.sh [DISPLAY]        default :66
#
# The app runs on the bundled demo case in a scratch home; clicks are at fixed points of its 1260x810 window (the
# size it takes on a 1400x900 screen), so a change of layout shows up here as a wrong picture: look at them.
set -eu
cd "$(dirname "$0")/.."
display=${1:-:66}
images=docs/images
work=target/screenshots
[ -f target/ledgerline.jar ] || mvn -B -q -DskipTests package
rm -rf "$work" && mkdir -p "$work" "$images"

. installer/display.sh
use_display "$display"

start_app() {
  LEDGERLINE_STARTUP=print java -Dledgerline.home="$work/home" -jar target/ledgerline.jar "$@" >"$work/app.log" 2>&1 &
  app_pid=$!
  i=0
  until grep -q '^startup case-shown' "$work/app.log"; do
    i=$((i + 1)); [ $i -le 240 ] || { cat "$work/app.log"; echo "screenshots: the app showed no case" >&2; exit 1; }
    sleep 0.5
  done
  sleep 2
  window=$(xdotool search --name 'Ledgerline' | head -n 1)
  eval "$(xdotool getwindowgeometry --shell "$window")" # X, Y, WIDTH, HEIGHT
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; }
# click X Y: a point of the main window
click() { xdotool mousemove --window "$window" "$1" "$2" click 1; sleep 1.5; }
# shot NAME: the main window and whatever pops up over it (menus are windows of their own)
shot() { import -window root -crop "${WIDTH}x${HEIGHT}+${X}+${Y}" +repage "$images/$1.png"; echo "screenshots: $images/$1.png"; }

# first run: the welcome over the demo case
start_app
shot welcome
stop_app

# later runs: no welcome; the first takeover's timeline is open
start_app
shot investigate-timeline
click 33 14;   shot import-case-menu;       xdotool key Escape
click 134 251; shot investigate-linked;
click 263 251; click 254 280; shot investigate-compare
click 39 251
click 517 280; shot decide-review;          xdotool key Escape
click 220 14;  shot report-menu;            xdotool key Escape
xdotool key ctrl+shift+w; sleep 4
import -window root "$images/what-if.png"; echo "screenshots: $images/what-if.png"
stop_app
