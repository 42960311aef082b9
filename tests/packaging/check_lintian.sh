#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# lintian, Debian's package checker, finds no error in the .deb (warnings are printed for the
# record).
# Usage: check_lintian.sh DIR APP_ID
set -eu
out=$1
if ! command -v lintian >/dev/null 2>&1; then
    echo "SKIP: lintian not found (Debian: lintian)"
    exit 77
fi
set -- "$out"/signpost_*.deb
lintian --fail-on error --display-info "$1"
echo "PASS: lintian found no error in $1"
