#!/bin/sh
# The packaged desktop entry starts Signpost: its Exec= line, run with the packaged (stripped)
# binary, puts the staff desktop on screen (offscreen here) and exits 0 after the first paint.
# Usage: check_desktop_entry_starts.sh DIR APP_ID
set -eu
out=$1
app=$2
entry="$out/root/usr/share/applications/$app.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$entry")
program=${exec_line%% *}
arguments=${exec_line#"$program"}
[ "$program" = signpost ] || { echo "FAIL: $entry runs '$program', not signpost"; exit 1; }
binary="$out/root/usr/bin/signpost"
if ! "$binary" --help | grep -q -- --quit-after-first-paint; then
    echo "SKIP: this signpost has no --quit-after-first-paint yet"
    exit 77
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A throwaway home and configuration: the staff window keeps its geometry in the user's settings.
: >"$home/signpost.conf"
# shellcheck disable=SC2086 # the Exec= arguments are words
HOME=$home XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen \
    "$binary" $arguments --config "$home/signpost.conf" --quit-after-first-paint
echo "PASS: '$exec_line' started Signpost and it exited 0 after its first paint"
