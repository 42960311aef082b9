#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# systemd-analyze verify accepts the units as the package installs them, this time with the
# manual pages they name looked up too (signpost(1) from the package's own tree).
# Usage: check_deb_systemd_units.sh DIR APP_ID
set -eu
out=$1
if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "SKIP: systemd-analyze not found (Debian: systemd)"
    exit 77
fi
if ! command -v man >/dev/null 2>&1; then
    echo "SKIP: man not found (Debian: man-db); systemd-analyze needs it to check Documentation="
    exit 77
fi
cd "$out/root/lib/systemd/system"
units=$(ls)
MANPATH="$out/root/usr/share/man:$(manpath 2>/dev/null || echo /usr/share/man)" \
    systemd-analyze verify --man=yes $units
echo "PASS: systemd-analyze verify" $units
