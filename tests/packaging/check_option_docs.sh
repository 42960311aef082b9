#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every option signpost --help lists is documented in the manual page and in README.md's command
# tables (the rows that start with `signpost`), and neither documents an option signpost does
# not have.
# Usage: check_option_docs.sh SIGNPOST signpost.1 README.md
set -eu
signpost=$1
page=$2
readme=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
options() { grep -o -- '--[a-z][a-z-]*' | sort -u; }
"$signpost" --help | options >"$work/help"
# The manual page's synopsis and options (its FILES section names systemctl's options too).
sed -n '/^\.SH SYNOPSIS/,/^\.SH FILES/p' "$page" | sed 's/\\-/-/g' | options >"$work/man"
grep '^| `signpost' "$readme" | options >"$work/readme"
status=0
check() { # what, list of documented options
    for option in $(comm -23 "$work/help" "$2"); do
        echo "FAIL: $1 does not document $option (signpost --help lists it)"
        status=1
    done
    for option in $(comm -13 "$work/help" "$2"); do
        echo "FAIL: $1 documents $option, which signpost --help does not list"
        status=1
    done
}
check "$page" "$work/man"
check "$readme (its command tables)" "$work/readme"
[ $status -eq 0 ] && echo "PASS: $(wc -l <"$work/help") options, each in the manual page and README.md"
exit $status
