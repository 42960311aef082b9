#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The manual page formats without warnings and documents every option signpost --help lists.
# Usage: check_manpage.sh signpost.1 SIGNPOST
set -eu
page=$1
signpost=$2
status=0
if command -v man >/dev/null 2>&1; then
    warnings=$(MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null || true)
    if [ -n "$warnings" ]; then
        echo "FAIL: $page has formatting warnings:"
        echo "$warnings"
        status=1
    fi
else
    echo "note: man not found (Debian: man-db); formatting not checked"
fi
for option in $("$signpost" --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
    escaped=$(printf '%s' "$option" | sed 's/-/\\\\-/g')
    if ! grep -q -- "$escaped" "$page"; then
        echo "FAIL: $page does not document $option (signpost --help lists it)"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: $page"
exit $status
