#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop entry passes desktop-file-validate and starts the staff desktop.
# Usage: check_desktop_file.sh FILE.desktop
set -eu
desktop=$1
if ! command -v desktop-file-validate >/dev/null 2>&1; then
    echo "SKIP: desktop-file-validate not found (Debian: desktop-file-utils)"
    exit 77
fi
desktop-file-validate "$desktop"
grep -qx 'Exec=signpost --mode staff' "$desktop" || {
    echo "FAIL: $desktop: Exec= should be 'signpost --mode staff' (the staff desktop)"
    exit 1
}
echo "PASS: $desktop"
