#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify accepts every unit in packaging/systemd. The manual page check is off
# here (signpost(1) is not installed on a build machine); packaging_deb_systemd_units repeats
# this on the package's files with it on.
# Usage: check_systemd_units.sh DIR
set -eu
dir=$1
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze not found (Debian: systemd)"
    exit 77
fi
cd "$dir"
units=$(ls *.service *.timer)
# verify prints problems on standard error and exits non-zero on any of them.
systemd-analyze verify --man=no $units
echo "PASS: systemd-analyze verify" $units

# The packaged node_exporter drop-in, where IT puts it: the kiosk unit with it must verify with
# no word about it (systemd-analyze only warns about an unknown key or a bad line in a drop-in).
dropin=signpost-kiosk-node-exporter.conf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp $units "$work/"
mkdir "$work/signpost-kiosk.service.d"
cp "$dropin" "$work/signpost-kiosk.service.d/node-exporter.conf"
(cd "$work" && SYSTEMD_UNIT_PATH="$work:" systemd-analyze verify --man=no signpost-kiosk.service) \
    >"$work/verify.log" 2>&1 || { cat "$work/verify.log"; echo "FAIL: with $dropin"; exit 1; }
if grep -q 'node-exporter.conf' "$work/verify.log"; then
    cat "$work/verify.log"
    echo "FAIL: systemd-analyze verify complains about $dropin"
    exit 1
fi
echo "PASS: systemd-analyze verify signpost-kiosk.service with $dropin"
