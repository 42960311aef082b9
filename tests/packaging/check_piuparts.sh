#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's own install tester on the .deb: piuparts installs it into a minimal Debian 12 (made by
# mmdebstrap --variant=minbase from this machine's package mirror, as check_clean_install.sh
# does), runs its maintainer scripts, removes it and purges it, and fails when an install or
# removal step fails, a file is left behind after purge, or a file the package did not own was
# changed. Skips (77) only without root, the tools or a reachable package mirror, and says which.
# Usage: check_piuparts.sh DEB_DIR OUT SOURCE_DIR
set -eu
deb_dir=$1
out=$2
here=$3/tests/packaging
needs="mmdebstrap piuparts"
why_root="piuparts needs root (it builds and enters a chroot)"
. "$here/clean_root_start.sh"
# A run killed by ctest's timeout leaves piuparts' chroot under $out with /proc and /dev still
# mounted, and then nothing under $out can be removed: unmount what such a run left.
awk -v under="$out/" 'index($2, under) == 1 { print $2 }' /proc/mounts | sort -r |
    while read -r mount_point; do umount -l "$mount_point"; done
echo "base root from: $(echo $sources)"
# A directory, not piuparts' own debootstrap or a tarball: piuparts hard-links it into its chroot,
# so nothing is compressed or unpacked. The root keeps the mirror's sources, which piuparts keeps.
# $sources is a list of file paths, one a word.
# shellcheck disable=SC2086
if ! mmdebstrap --variant=minbase --dpkgopt=force-unsafe-io bookworm "$out/base" $sources \
    >"$out/mmdebstrap.log" 2>&1; then
    tail -n 40 "$out/mmdebstrap.log"
    echo "FAIL: mmdebstrap could not make the base root (log: $out/mmdebstrap.log)"
    exit 1
fi
# --no-upgrade-test: Signpost is not in Debian's archive, so there is no older version to
# upgrade from.
if ! piuparts --existing-chroot="$out/base" --hard-link --keep-sources-list \
    --distribution=bookworm --no-upgrade-test --tmpdir="$out" --log-file="$out/piuparts.log" \
    "$deb" >/dev/null 2>&1; then
    # Each error, with the indented lines under it (the files left behind, say).
    awk '/ ERROR: / { show = 1; print; next } /^[0-9]+m[0-9.]+s / { show = 0 } show' \
        "$out/piuparts.log" | head -n 40
    echo "FAIL: piuparts (log: $out/piuparts.log)"
    rm -rf "$out/base"
    exit 1
fi
rm -rf "$out/base"
tail -n 1 "$out/piuparts.log"
echo "PASS: piuparts installed, removed and purged $deb on a minimal Debian 12 and found nothing left behind"
