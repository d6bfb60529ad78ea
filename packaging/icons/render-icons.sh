#!/bin/sh
# Renders certplan.svg to the PNG sizes the app embeds (app/gui/AppIcon.cpp,
# through app/gui/CMakeLists.txt) and the desktop file uses. Run after editing
# the SVG; the PNGs are committed so a build needs no SVG renderer.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -eu
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" certplan.svg -o "certplan-$size.png"
done
