#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's two commands on a truly fresh machine, as a newcomer meets them: a clean, minimal
# Debian 12 root (mmdebstrap --variant=minbase, from this machine's package mirror), a copy of
# this source tree in root's home (/root, mode 0700, as on a fresh server), then as root inside
# it `./build.sh test` (which installs everything it needs) and
# `xvfb-run -a ./build.sh run --quit-after-first-paint`. Slow (a full build and the whole
# suite in the clean root), so not part of ctest or CI: run it by hand.
# Usage (as root): tests/packaging/fresh_machine.sh [LOG_DIR]   (default: ./fresh-machine-logs)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
logs=$(mkdir -p "${1:-fresh-machine-logs}" && cd "${1:-fresh-machine-logs}" && pwd)
if [ "$(id -u)" -ne 0 ]; then
    echo "fresh_machine.sh: run as root (mmdebstrap's root mode and chroot need it)" >&2
    exit 2
fi
command -v mmdebstrap >/dev/null || { echo "fresh_machine.sh: apt-get install mmdebstrap" >&2; exit 2; }
sources=$(sh "$here/package_mirror_sources.sh") || { echo "$sources" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The source tree as a source archive has it: no build directories, no git.
mkdir "$work/source"
tar -C "$source_dir" --exclude=./build --exclude=./.git --exclude="./$(basename "$logs")" -cf - . |
    tar -C "$work/source" -xf -
echo "fresh_machine.sh: clean root, then ./build.sh test and run in it; logs in $logs"
start=$(date +%s)
# shellcheck disable=SC2086
mmdebstrap --variant=minbase --dpkgopt=force-unsafe-io \
    --customize-hook="mkdir -p \"\$1/root/signpost\"" \
    --customize-hook="sync-in '$work/source' /root/signpost" \
    --customize-hook="chroot \"\$1\" sh -c 'cd /root/signpost && ./build.sh test' >'$logs/build-test.log' 2>&1; echo \$? >'$logs/build-test.status'" \
    --customize-hook="chroot \"\$1\" sh -c 'cd /root/signpost && xvfb-run -a ./build.sh run --quit-after-first-paint' >'$logs/build-run.log' 2>&1; echo \$? >'$logs/build-run.status'" \
    bookworm /dev/null $sources >"$logs/mmdebstrap.log" 2>&1
echo "fresh_machine.sh: $(($(date +%s) - start)) s"
tail -n 5 "$logs/build-test.log"
echo "./build.sh test exited $(cat "$logs/build-test.status")"
echo "xvfb-run -a ./build.sh run --quit-after-first-paint exited $(cat "$logs/build-run.status")"
[ "$(cat "$logs/build-test.status")" = 0 ] && [ "$(cat "$logs/build-run.status")" = 0 ]
