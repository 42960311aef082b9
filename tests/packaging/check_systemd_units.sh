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
