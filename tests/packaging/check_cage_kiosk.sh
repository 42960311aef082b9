#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The kiosk starts as the service starts it: Signpost in kiosk mode on the cage Wayland kiosk
# compositor, through Qt's Wayland platform (Debian: qt6-wayland). Headless here: wlroots'
# headless backend and its pixman software renderer need no GPU, screen or seat. Signpost
# exits 0 right after its first frame is painted; cage then exits too.
# Usage: check_cage_kiosk.sh SIGNPOST
set -eu
signpost=$1
if ! command -v cage >/dev/null 2>&1; then
    echo "SKIP: cage not found (Debian: cage)"
    exit 77
fi
if ! "$signpost" --help | grep -q -- --quit-after-first-paint; then
    echo "SKIP: signpost has no --quit-after-first-paint yet, which this test needs to end"
    exit 77
fi
plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS 2>/dev/null || echo /usr/lib/x86_64-linux-gnu/qt6/plugins)
if ! ls "$plugins"/platforms/libqwayland-*.so >/dev/null 2>&1; then
    echo "SKIP: Qt's Wayland platform plugin is not installed (Debian: qt6-wayland)"
    exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -m 0700 "$work/runtime"
: >"$work/signpost.conf"
# cage refuses to run as root (it could not drop root for good), and the kiosk service runs it
# as an unprivileged user anyway: as root (CI), run it as nobody. nobody may not reach the
# build tree (a checkout under /root, mode 0700), so it runs a copy placed in the test's own
# directory.
as_user=
if [ "$(id -u)" -eq 0 ]; then
    cp "$signpost" "$work/signpost"
    signpost=$work/signpost
    chmod 0755 "$work"
    chown -R nobody:nogroup "$work"
    as_user="setpriv --reuid=nobody --regid=nogroup --clear-groups"
fi
# Under the asan preset: Mesa's EGL driver has no frame pointers, so only the slow unwinder lets a
# leak report inside it name libEGL_mesa, which tests/tools/lsan.supp suppresses.
if [ -n "${ASAN_OPTIONS:-}" ]; then
    ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
    export ASAN_OPTIONS
fi
# cage 0.1.4 does not pass on its client's exit status, so the client writes it down.
status_file="$work/status"
set +e
HOME=$work XDG_RUNTIME_DIR=$work/runtime WLR_BACKENDS=headless WLR_RENDERER=pixman \
    WLR_LIBINPUT_NO_DEVICES=1 QT_QPA_PLATFORM=wayland \
    timeout 90 $as_user cage -d -- sh -c '"$0" --mode kiosk --config "$1" --quit-after-first-paint; echo $? >"$2"' \
    "$signpost" "$work/signpost.conf" "$status_file" >"$work/log" 2>&1
cage_status=$?
set -e
if [ ! -s "$status_file" ]; then
    cat "$work/log"
    echo "FAIL: signpost did not run to the end under cage (cage exited $cage_status)"
    exit 1
fi
status=$(cat "$status_file")
if [ "$status" != 0 ]; then
    cat "$work/log"
    echo "FAIL: signpost exited $status under cage"
    exit 1
fi
cat "$work/log"
echo "PASS: signpost --mode kiosk painted its first frame on a headless cage and exited 0"
