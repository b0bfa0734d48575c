#!/bin/sh
# Regenerates the app icon set in resources/icons from ledgerline.svg (Debian: librsvg2-bin, icoutils, icnsutils).
# The generated files are committed: building an installer needs none of these tools.
set -eu
cd "$(dirname "$0")/../resources/icons"
tmp=$(mktemp -d)
for s in 16 32 48 64 128 256 512; do rsvg-convert -w "$s" -h "$s" ledgerline.svg -o "$tmp/$s.png"; done
cp "$tmp/256.png" ledgerline.png
icotool -c -o ledgerline.ico "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" -r "$tmp/256.png"
png2icns ledgerline.icns "$tmp/16.png" "$tmp/32.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
rm -r "$tmp"
