#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# apt could install the .deb on this machine: every Depends resolves from its Debian sources.
# A simulation (apt-get -s), so nothing is installed or changed.
# Usage: check_deb_installable.sh DIR APP_ID
set -eu
out=$1
if ! command -v apt-get >/dev/null 2>&1; then
    echo "SKIP: apt-get not found: not a Debian system"
    exit 77
fi
if [ -z "$(ls /var/lib/apt/lists/ 2>/dev/null | grep -v -e '^lock$' -e '^partial$' -e '^auxfiles$')" ]; then
    echo "SKIP: apt has no package lists (run apt-get update first)"
    exit 77
fi
set -- "$out"/signpost_*.deb
apt-get install --simulate --no-install-recommends "$1"
echo "PASS: apt-get install --simulate $1"
