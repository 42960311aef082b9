#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The packaged desktop entry starts Signpost: each of its Exec= lines (the staff desktop, and
# the outreach event action), run with the packaged (stripped) binary, puts Signpost on screen
# (offscreen here) and exits 0 after the first paint.
# Usage: check_desktop_entry_starts.sh DIR APP_ID
set -eu
out=$1
app=$2
entry="$out/root/usr/share/applications/$app.desktop"
binary="$out/root/usr/bin/signpost"
if ! "$binary" --help | grep -q -- --quit-after-first-paint; then
    echo "SKIP: this signpost has no --quit-after-first-paint yet"
    exit 77
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A throwaway home and configuration: the staff window keeps its geometry in the user's settings.
: >"$home/signpost.conf"
sed -n 's/^Exec=//p' "$entry" >"$home/exec-lines"
[ -s "$home/exec-lines" ] || { echo "FAIL: $entry has no Exec= line"; exit 1; }
while read -r exec_line; do
    program=${exec_line%% *}
    arguments=${exec_line#"$program"}
    [ "$program" = signpost ] || { echo "FAIL: $entry runs '$program', not signpost"; exit 1; }
    # shellcheck disable=SC2086 # the Exec= arguments are words
    HOME=$home XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
        "$binary" $arguments --config "$home/signpost.conf" --quit-after-first-paint </dev/null
    echo "'$exec_line' started Signpost and it exited 0 after its first paint"
done <"$home/exec-lines"
echo "PASS: $entry"
