#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the AppStream and README screenshots (packaging/screenshots/*.png) from a built
# signpost:
#   packaging/screenshots/update.sh build/dev/app/signpost
# Needs pngquant (Debian: pngquant), which keeps each file to tens of kilobytes.
set -eu
binary=${1:?usage: update.sh PATH/TO/signpost}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
QT_QPA_PLATFORM=offscreen "$binary" --screenshot "$work" --size 1920x1080 --lang en >/dev/null
pngquant --quality=60-85 --speed 1 --force --output "$here/welcome.png" "$work/welcome.png"
# Between visits: the campaign's three audiences (README, "Between visits").
pngquant --quality=60-85 --speed 1 --force --output "$here/attract.png" "$work/attract.png"
pngquant --quality=60-85 --speed 1 --force --output "$here/outcome.png" \
    "$work/outcome-someone-behaviour.png"
# The same outcome on a portrait totem: one column (README, "The answer on one screen").
QT_QPA_PLATFORM=offscreen "$binary" --screenshot "$work/portrait" --size 1080x1920 --lang en \
    >/dev/null
pngquant --quality=60-85 --speed 1 --force --output "$here/outcome-portrait.png" \
    "$work/portrait/outcome-someone-behaviour.png"
# The same outcome in the low-reach layout (README, "Reach"), landscape and portrait.
printf '[signpost]\nlayout=low-reach\n' >"$work/low-reach.conf"
for size in 1920x1080 1080x1920; do
    QT_QPA_PLATFORM=offscreen "$binary" --config "$work/low-reach.conf" --screenshot \
        "$work/low-$size" --size "$size" --lang en >/dev/null
done
pngquant --quality=60-85 --speed 1 --force --output "$here/outcome-low-reach.png" \
    "$work/low-1920x1080/outcome-someone-behaviour.png"
pngquant --quality=60-85 --speed 1 --force --output "$here/outcome-low-reach-portrait.png" \
    "$work/low-1080x1920/outcome-someone-behaviour.png"
echo "updated $here/welcome.png, attract.png, outcome.png, outcome-portrait.png and the two" \
    "outcome-low-reach screenshots"
