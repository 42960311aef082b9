#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package with cpack, exactly as `cmake --build BUILD --target package` does,
# into DIR; unpacks it into DIR/root and DIR/control for the checks that use it; and checks
# that it holds what an IT officer expects, with Depends worked out by dpkg-shlibdeps.
# Usage: build_deb.sh CPACK CPackConfig.cmake DIR VERSION
set -eu
cpack=$1
config=$2
out=$3
version=$4
for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev file:file; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        echo "SKIP: ${tool%%:*} not found (Debian: ${tool#*:}); cpack needs it for the .deb"
        exit 77
    fi
done
rm -rf "$out"
mkdir -p "$out"
if ! "$cpack" --config "$config" -G DEB -B "$out" >"$out/cpack.log" 2>&1; then
    cat "$out/cpack.log"
    echo "FAIL: cpack could not build the .deb"
    exit 1
fi
set -- "$out"/signpost_*.deb
[ -f "$1" ] || { cat "$out/cpack.log"; echo "FAIL: cpack wrote no signpost_*.deb"; exit 1; }
deb=$1
echo "built $deb"
dpkg-deb -x "$deb" "$out/root"
dpkg-deb -e "$deb" "$out/control"
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"

status=0
fail() {
    echo "FAIL: $*"
    status=1
}

app=invalid.example.Signpost
for path in \
    usr/bin/signpost \
    usr/share/applications/$app.desktop \
    usr/share/metainfo/$app.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/$app.svg \
    usr/share/icons/hicolor/16x16/apps/$app.png \
    usr/share/icons/hicolor/48x48/apps/$app.png \
    usr/share/icons/hicolor/128x128/apps/$app.png \
    usr/share/icons/hicolor/256x256/apps/$app.png \
    usr/share/man/man1/signpost.1.gz \
    usr/share/doc/signpost/copyright \
    usr/share/doc/signpost/changelog.gz \
    usr/share/doc/signpost/README.kiosk.md \
    usr/share/doc/signpost/content-packs.md \
    usr/share/doc/signpost/outreach-laptop.md \
    etc/signpost/signpost.conf \
    etc/pam.d/signpost-kiosk \
    lib/systemd/system/signpost-kiosk.service \
    lib/systemd/system/signpost-kiosk-awake.service \
    lib/systemd/system/signpost-kiosk-open.timer \
    lib/systemd/system/signpost-kiosk-close.timer \
    lib/systemd/system/signpost-kiosk-close.service \
    usr/lib/sysusers.d/signpost.conf \
    usr/share/signpost/signpost-kiosk-node-exporter.conf \
    usr/share/signpost/signpost-node-exporter.tmpfiles; do
    [ -s "$out/root/$path" ] || fail "the package has no /$path"
done
for script in postinst prerm postrm; do
    [ -x "$out/control/$script" ] || fail "the package has no executable $script"
done
grep -qx /etc/signpost/signpost.conf "$out/control/conffiles" ||
    fail "/etc/signpost/signpost.conf is not a conffile (an upgrade would overwrite local edits)"

field() { sed -n "s/^$1: //p" "$out/control/control"; }
[ "$(field Package)" = signpost ] || fail "Package is '$(field Package)', not signpost"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
depends=$(field Depends)
echo "Depends: $depends"
# From dpkg-shlibdeps (the libraries the binary links), and those it cannot see: the kiosk
# service's programs, the postinst's systemd-sysusers (which makes the kiosk account), the
# fonts every shipped language needs and eSpeak NG, loaded on demand.
for package in libqt6widgets6 libqt6gui6 libqt6core6 libqt6printsupport6 libqrencode4 libsodium23 libc6 \
    libespeak-ng1 qt6-wayland cage xwayland systemd-standalone-sysusers fonts-noto-core fonts-dejavu-core; do
    echo "$depends" | grep -Eq "(^|, )$package( |,|$)" || fail "Depends lacks $package"
done
changelog_version=$(gzip -dc "$out/root/usr/share/doc/signpost/changelog.gz" |
    sed -n '1s/^signpost (\([^)]*\)).*/\1/p')
[ "$changelog_version" = "$version" ] ||
    fail "debian/changelog's latest entry is $changelog_version, the project is $version"
file "$out/root/usr/bin/signpost" | grep -q ', stripped' || fail "/usr/bin/signpost is not stripped"

# Public keys: a directory every account may read (the staff desktop verifies packs with them).
[ -d "$out/root/etc/signpost/keys" ] || fail "/etc/signpost/keys is not in the package"
keys_mode=$(stat -c %a "$out/root/etc/signpost/keys" 2>/dev/null || echo none)
[ "$keys_mode" = 755 ] || fail "/etc/signpost/keys is mode $keys_mode, not 755"
# The installed guides link only to documents the package ships, and so does the manual page.
docs="$out/root/usr/share/doc/signpost"
for doc in "$docs"/*.md; do
    for target in $(grep -oE '\]\([^):#]+\)' "$doc" | sed 's/^](//; s/)$//'); do
        [ -f "$docs/$target" ] || fail "$(basename "$doc") links to $target, which the package does not ship"
    done
done
for target in $(sed -n 's|\\-|-|g; s|^/usr/share/doc/signpost/\([^ ,]*\).*|\1|p' \
    "$(dirname "$0")/../../packaging/signpost.1"); do
    [ -f "$docs/$target" ] || fail "man signpost names /usr/share/doc/signpost/$target, which the package does not ship"
done

[ $status -eq 0 ] && echo "PASS: $deb"
exit $status
