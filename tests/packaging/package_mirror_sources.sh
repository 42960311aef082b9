#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints this machine's apt source files (one path a line) that carry Debian 12 (bookworm), for
# mmdebstrap to build a clean root from the same mirror as the host: no host name is written
# into the project. Exits 77 with the reason when there is none, or it cannot be reached.
set -eu
found=
first_uri=
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    # One-line style ("deb URI bookworm main") or deb822 ("URIs: URI" ... "Suites: bookworm").
    uri=$(awk '
        /^[[:space:]]*deb[[:space:]]/ && / bookworm( |$)/ { for (i = 2; i <= NF; i++) if ($i ~ /:\/\//) { print $i; exit } }
        /^URIs:/ { uri = $2 }
        /^Suites:/ && / bookworm( |$)/ && uri != "" { print uri; exit }
    ' "$file")
    [ -n "$uri" ] || continue
    found="$found$file
"
    [ -n "$first_uri" ] || first_uri=$uri
done
if [ -z "$found" ]; then
    echo "SKIP: no Debian 12 (bookworm) package mirror in this machine's apt sources"
    exit 77
fi
if ! python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=20)' \
    "${first_uri%/}/dists/bookworm/InRelease" >/dev/null 2>&1; then
    echo "SKIP: the package mirror in this machine's apt sources cannot be reached ($first_uri)"
    exit 77
fi
printf '%s' "$found"
