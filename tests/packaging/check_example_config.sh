#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The example configuration is one Signpost reads without a single warning, both as shipped and
# with every commented-out key switched on: a renamed or misspelt key would be reported.
# Usage: check_example_config.sh signpost.conf.example SIGNPOST
set -eu
example=$1
signpost=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$example" "$work/shipped.conf"
sed 's/^;\([a-z_]*=\)/\1/' "$example" > "$work/every-key.conf"
status=0
for config in "$work/shipped.conf" "$work/every-key.conf"; do
    # Offscreen, in a throwaway home: the kiosk screens, gone as soon as they are painted.
    if ! HOME=$work XDG_CONFIG_HOME=$work/config QT_QPA_PLATFORM=offscreen \
        "$signpost" --config "$config" --mode kiosk --windowed --quit-after-first-paint \
        >"$work/out" 2>"$work/err"; then
        echo "FAIL: signpost exited non-zero with $(basename "$config"):"
        cat "$work/err"
        status=1
    elif grep -q '^signpost: ' "$work/err"; then
        echo "FAIL: signpost warned about the example configuration ($(basename "$config")):"
        grep '^signpost: ' "$work/err"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: $example is read without warnings"
exit $status
