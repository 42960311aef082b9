#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The AppStream metadata validates (errors and warnings fail; infos are fine), without the
# network: the screenshot addresses are placeholders until the project has a homepage.
# Usage: check_appstream.sh FILE.metainfo.xml
set -eu
metainfo=$1
if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "SKIP: appstreamcli not found (Debian: appstream)"
    exit 77
fi
appstreamcli validate --no-net --explain "$metainfo"
# Every screenshot named in the metadata is committed under packaging/screenshots/.
dir=$(dirname "$metainfo")/screenshots
for name in $(sed -n 's|.*/screenshots/\([a-z0-9-]*\.png\)</image>.*|\1|p' "$metainfo"); do
    [ -s "$dir/$name" ] || { echo "FAIL: $metainfo names screenshot $name, not in $dir"; exit 1; }
done
echo "PASS: $metainfo"
