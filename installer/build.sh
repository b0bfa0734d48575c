#!/bin/sh
# Builds Ledgerline's installer with jpackage for the system it runs on: a .deb and a portable app image on Linux,
# an .msi on Windows (run under Git Bash, as the release workflow does), a .dmg on macOS. Written in POSIX sh so that
# the three systems share it; what differs between them is the block marked "per system" below.
#
#   installer/build.sh           builds into target/installer/out (needs target/ledgerline.jar and target/lib:
#                                mvn -B -DskipTests package first, or mvn -B -Pinstaller package, which runs this)
#   installer/build.sh --check   checks the committed inputs only (version, icons, association, launcher files) and
#                                runs no JDK tool: the normal test run calls this (InstallerInputsTest)
set -eu
cd "$(dirname "$0")/.."

fail() { echo "build.sh: $*" >&2; exit 1; }
say() { echo "build.sh: $*"; }

# ---- per system ---------------------------------------------------------------------------------------------------
case "$(uname -s)" in
  Linux)  os=linux;   types="deb app-image"; icon=resources/icons/ledgerline.png ;;
  Darwin) os=mac;     types="dmg";           icon=resources/icons/ledgerline.icns ;;
  MINGW*|MSYS*|CYGWIN*) os=windows; types="msi"; icon=resources/icons/ledgerline.ico ;;
  *) fail "no installer for $(uname -s)" ;;
esac
package_options() {
  case $os in
    linux) echo "--linux-package-name ledgerline --linux-app-category misc --linux-shortcut" \
                "--linux-package-deps libgtk-3-0 --linux-deb-maintainer ledgerline@localhost" \
                "--resource-dir installer/linux" ;;
    mac) echo "--mac-package-identifier io.ledgerline.app --mac-package-name Ledgerline" ;;
    windows) echo "--win-menu --win-menu-group Ledgerline --win-shortcut --win-dir-chooser" \
                  "--win-upgrade-uuid 5d4d8f4e-3b1e-4c55-9f3a-6f1d2e7b9a10" ;;
  esac
}
# native debug symbols: only Linux's jlink can strip them (the JDKs for Windows and macOS ship without)
jlink_options() { if [ $os = linux ]; then echo "--strip-native-debug-symbols exclude-debuginfo-files"; fi; }
# jpackage refuses a macOS bundle version whose first number is 0: a 0.x build is bundled as 1.0.0 there (About and
# the file name keep the real version)
bundle_version() { if [ $os = mac ] && [ "${app_version%%.*}" = 0 ]; then echo 1.0.0; else echo "$app_version"; fi; }
# -------------------------------------------------------------------------------------------------------------------

# The pom's own version (the first <version> at two spaces' indent is the project's); installers want numbers only.
version=$(sed -n 's|^  <version>\(.*\)</version>[[:space:]]*$|\1|p' pom.xml | head -n 1)
app_version=${version%-SNAPSHOT}
main_class=$(sed -n 's|^.*<main.class>\(.*\)</main.class>.*$|\1|p' pom.xml | head -n 1)
association=installer/ledgerline-case.properties

check_inputs() {
  [ -n "$version" ] || fail "no project <version> found in pom.xml"
  case $app_version in
    ''|*[!0-9.]*|.*|*.|*..*) fail "version $version: installers need numbers like 1.2.3 (an optional -SNAPSHOT is dropped)" ;;
  esac
  [ -f "src/main/java/$(echo "$main_class" | tr . /).java" ] || fail "main class $main_class (pom.xml) not found"
  for f in resources/icons/ledgerline.svg resources/icons/ledgerline.png resources/icons/ledgerline.ico \
           resources/icons/ledgerline.icns docs/user-guide.md installer/linux/postinst installer/linux/prerm \
           installer/linux/Ledgerline.desktop; do
    [ -s "$f" ] || fail "missing or empty: $f"
  done
  for key in extension=ledgerline mime-type= description=; do
    grep -q "^$key" "$association" || fail "$association lacks $key"
  done
  mime=$(sed -n 's/^mime-type=//p' "$association")
  desktop=installer/linux/Ledgerline.desktop
  grep -q "^MimeType=$mime;\$" $desktop || fail "$desktop does not declare $mime"
  grep -q '^Exec=APPLICATION_LAUNCHER %f$' $desktop || fail "$desktop: Exec= must pass the file (%f)"
  # the .deb installs to /opt/<package name>; postinst and prerm name that folder
  grep -q '^app=/opt/ledgerline$' installer/linux/postinst || fail "postinst: app folder is not /opt/ledgerline"
  say "inputs ok: Ledgerline $version (installer version $app_version), $os types: $types, icon $icon, mime $mime"
}

check_inputs
[ "${1:-}" = "--check" ] && exit 0
[ $# -eq 0 ] || fail "unknown argument $1 (use --check or nothing)"

[ -f target/ledgerline.jar ] && [ -d target/lib ] || fail "target/ledgerline.jar or target/lib missing: run mvn -B -DskipTests package first"
work=target/installer
rm -rf "$work"
mkdir -p "$work/input/lib" "$work/out"
cp target/ledgerline.jar "$work/input/"
cp target/lib/*.jar "$work/input/lib/"

# sqlite-jdbc carries its native library for some twenty systems: keep this one's only (JavaFX's jars already are
# this system's: Maven picks their classifier from the build's OS).
sqlite_jar=$(ls "$work"/input/lib/sqlite-jdbc-*.jar)
native=$(java -cp "$sqlite_jar" org.sqlite.util.OSInfo)
mkdir "$work/sqlite"
(cd "$work/sqlite" && jar xf "../input/lib/$(basename "$sqlite_jar")")
[ -d "$work/sqlite/org/sqlite/native/$native" ] || fail "sqlite-jdbc has no native library for $native"
for dir in "$work"/sqlite/org/sqlite/native/*/*; do
  case $dir in */native/$native) ;; *) rm -r "$dir" ;; esac
done
find "$work/sqlite/org/sqlite/native" -type d -empty -delete
mv "$work/sqlite/META-INF/MANIFEST.MF" "$work/sqlite.mf"
rm "$sqlite_jar"
jar --create --file "$sqlite_jar" --manifest "$work/sqlite.mf" -C "$work/sqlite" .
say "sqlite-jdbc trimmed to $native"

# A runtime of the modules the app uses. jdeps sees static references only, not providers found at run time; added by
# hand: jdk.crypto.ec (SunEC, which provides Ed25519: every audit entry is signed with it) and jdk.localedata
# (numbers and dates in the investigator's language).
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$work/input/lib/*" \
  "$work/input/ledgerline.jar")
modules="$modules,jdk.crypto.ec,jdk.localedata"
say "runtime modules: $modules"
# shellcheck disable=SC2046
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --generate-cds-archive $(jlink_options) --output "$work/runtime"
# the base archive for heaps over 32 GB: a desktop app's heap stays below, so it would only weigh
rm -f "$work"/runtime/lib/server/classes_nocoops.jsa

# Class data sharing: on Linux the .deb's postinst dumps an archive of the classes a start-up loads, at the path
# where it is installed (on JDK 17 an archive only works at the path it was made for). Their list comes from a
# real start of the app on the demo case, here (under Xvfb when there is no display).
java_options=""
if [ $os = linux ]; then
  # bounded: an app that shows an error dialog instead of its case would otherwise hold the build forever
  run_app() {
    if [ -n "${DISPLAY:-}" ]; then timeout 180 "$@"; else timeout 180 xvfb-run -a -s "-screen 0 1400x900x24" "$@"; fi
  }
  # the first run builds the demo case; the second is a plain start, whose classes are listed
  run_app env LEDGERLINE_STARTUP=exit "$work/runtime/bin/java" -Dledgerline.home="$work/training" \
    -jar "$work/input/ledgerline.jar" >/dev/null 2>&1 || fail "the app did not start (training run; see $work/training/logs)"
  run_app env LEDGERLINE_STARTUP=exit "$work/runtime/bin/java" -Xshare:off \
    -XX:DumpLoadedClassList="$work/input/ledgerline.classlist" -Dledgerline.home="$work/training" \
    -jar "$work/input/ledgerline.jar" >/dev/null 2>&1 || fail "the app did not start (class-list run)"
  say "class list: $(wc -l < "$work/input/ledgerline.classlist") classes"
  java_options="-XX:SharedArchiveFile=\$APPDIR/../ledgerline.jsa -Xshare:auto"
fi

say "jpackage app image"
jpackage --type app-image --dest "$work/image" --name Ledgerline --app-version "$(bundle_version)" \
  --vendor Ledgerline --copyright "Ledgerline contributors" --icon "$icon" \
  --description "Investigates account takeovers at crypto exchanges" \
  --input "$work/input" --main-jar ledgerline.jar --main-class "$main_class" --runtime-image "$work/runtime" \
  ${java_options:+--java-options "$java_options"}
image=$(ls -d "$work"/image/Ledgerline*)

cp "$association" "$work/association.properties"
echo "icon=$icon" >> "$work/association.properties"
for type in $types; do
  if [ "$type" = app-image ]; then
    # the portable image may be unpacked anywhere: without the .deb's archive, so without its option
    portable="$work/portable/Ledgerline"
    mkdir -p "$work/portable" && cp -R "$image" "$portable"
    sed -i.bak '/SharedArchiveFile/d' "$portable/lib/app/Ledgerline.cfg" && rm "$portable/lib/app/Ledgerline.cfg.bak"
    tar -C "$work/portable" -czf "$work/out/ledgerline-$app_version-$os.tar.gz" Ledgerline
  else
    say "jpackage $type"
    # shellcheck disable=SC2046
    jpackage --type "$type" --app-image "$image" --dest "$work/package" --name Ledgerline \
      --app-version "$(bundle_version)" \
      --vendor Ledgerline --copyright "Ledgerline contributors" --icon "$icon" \
      --description "Investigates account takeovers at crypto exchanges" \
      --file-associations "$work/association.properties" $(package_options) ${JPACKAGE_VERBOSE:+--verbose}
    # one naming on every system: ledgerline-VERSION-SYSTEM.EXT
    for built in "$work"/package/*; do mv "$built" "$work/out/ledgerline-$app_version-$os.${built##*.}"; done
  fi
done
say "built:"; ls -l "$work/out"
