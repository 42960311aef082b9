# SPDX-License-Identifier: GPL-3.0-or-later
# The shared start of the clean-root checks, sourced by check_clean_install.sh and
# check_piuparts.sh once they have set deb_dir, out, here, needs (the tools, space-separated) and
# why_root. Skips (77) without root, a tool or a reachable package mirror, and says which; sets
# sources (mmdebstrap's source list files, one a word) and deb, and empties out.
if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP: $why_root"
    exit 77
fi
for tool in $needs; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (Debian: $tool; ./build.sh installs it)"
        exit 77
    fi
done
set +e
sources=$(sh "$here/package_mirror_sources.sh")
status=$?
set -e
if [ $status -ne 0 ]; then
    echo "$sources"
    exit $status
fi
set -- "$deb_dir"/signpost_*.deb
deb=$1
[ -f "$deb" ] || { echo "FAIL: no signpost_*.deb in $deb_dir"; exit 1; }
rm -rf "$out"
mkdir -p "$out"
