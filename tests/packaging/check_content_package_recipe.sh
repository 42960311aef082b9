#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The postinst that packaging/content-packs.md gives for a Debian package of the content, run as
# dpkg runs it, with a stand-in signpost that exits with each status --install-pack has: 0 and 1
# (installed, already there) and 2 (no trusted key yet, which the guide allows) must leave the
# package configured; 4 (the content store could not be written) must fail, so it is retried.
# Usage: check_content_package_recipe.sh content-packs.md
set -eu
guide=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The first sh block after the line that introduces the postinst.
awk '/`postinst` installs it/ { found = 1 }
     found && /^```sh$/ { inside = 1; next }
     inside && /^```$/ { exit }
     inside { print }' "$guide" >"$work/postinst"
if ! grep -q -- '--install-pack' "$work/postinst"; then
    echo "FAIL: no postinst recipe found in $guide"
    exit 1
fi
mkdir "$work/bin"
status=0
for case in 0:0 1:0 2:0 4:fail; do
    code=${case%%:*}
    expected=${case#*:}
    printf '#!/bin/sh\nexit %s\n' "$code" >"$work/bin/signpost"
    chmod 755 "$work/bin/signpost"
    if PATH="$work/bin:$PATH" sh "$work/postinst" configure >"$work/out" 2>&1; then
        result=0
    else
        result=fail
    fi
    if [ "$result" != "$expected" ]; then
        echo "FAIL: with signpost --install-pack exiting $code the postinst ended '$result', not '$expected':"
        cat "$work/out"
        status=1
    fi
done
[ $status -eq 0 ] && echo "PASS: the content-package postinst in $guide handles exit 0, 1, 2 and 4"
exit $status
