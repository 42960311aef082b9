#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# appstreamcli checks the installed tree as a software centre sees it: the metadata, the
# desktop entry it launches, and the icons.
# Usage: check_appstream_tree.sh DIR APP_ID
set -eu
out=$1
if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "SKIP: appstreamcli not found (Debian: appstream)"
    exit 77
fi
appstreamcli validate-tree --no-net --explain "$out/root"
echo "PASS: appstreamcli validate-tree $out/root"
