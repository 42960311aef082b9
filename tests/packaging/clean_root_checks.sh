#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside the clean Debian 12 root of check_clean_install.sh, as root, after the .deb was
# installed: the checks a kiosk builder would make. Writes screenshots to OUT/shots. Then a
# content owner's signed pack (PACK, signed with the key KEY.pub) is installed as root, as the
# guide says, and shown, verified and listed as the package's own kiosk account, `signpost`.
# Usage: clean_root_checks.sh OUT PACK KEY.pub
set -eu
out=$1
pack=$2
key=$3
mkdir -p "$out/shots"
export XDG_RUNTIME_DIR="$out/runtime" LC_ALL=C.UTF-8
mkdir -m 0700 "$XDG_RUNTIME_DIR"
status=0
fail() {
    echo "FAIL: $*"
    status=1
}

signpost --version
echo "fonts installed: $(find /usr/share/fonts -name '*.[ot]tf' | wc -l) files"
signpost --validate :/content/uk.json >"$out/validate.log" 2>&1 || fail "--validate of the built-in content"
tail -n 2 "$out/validate.log"
printf '[signpost]\nenabled_languages=en,cy,pl,ro,ur,pa,ar\ndefault_language=pa\n' >"$out/all.conf"
signpost --config "$out/all.conf" --validate :/content/uk.json >"$out/glyphs.log" 2>&1 ||
    fail "--validate with every language switched on"
tail -n 1 "$out/glyphs.log"
grep -qx 'fonts: every switched-on language can be drawn with the installed fonts (en, cy, pl, ro, ur, pa, ar)' \
    "$out/glyphs.log" || fail "the glyph guard does not offer every shipped language: $(cat "$out/glyphs.log")"
for language in en cy pl ro ur pa ar; do
    if ! signpost --screenshot "$out/shots/$language" --lang "$language" >/dev/null 2>"$out/$language.err"; then
        cat "$out/$language.err"
        fail "--screenshot --lang $language"
    fi
    if [ -s "$out/$language.err" ]; then
        cat "$out/$language.err"
        fail "--screenshot --lang $language printed the above"
    fi
    echo "$language: $(ls "$out/shots/$language" | wc -l) screenshots"
done

# The kiosk account, made by the package (its postinst runs systemd-sysusers): the kiosk service
# runs as it, so it, not root, must be able to read the installed pack.
if ! account=$(getent passwd signpost); then
    fail "the package made no 'signpost' account"
    exit 1
fi
echo "kiosk account: $account"
started=$(date +%s)
install -m 644 "$key" /etc/signpost/keys/
trusted_key=/etc/signpost/keys/$(basename "$key")
if ! signpost --install-pack "$pack" >"$out/install-pack.log" 2>&1; then
    cat "$out/install-pack.log"
    fail "--install-pack as root"
    exit 1
fi
grep ": installed into " "$out/install-pack.log"
store=/var/lib/signpost/content
installed=$store/packs/$(cat "$store/current")
kiosk_runtime=$out/kiosk-runtime
mkdir -m 0700 "$kiosk_runtime"
chown signpost:signpost "$kiosk_runtime"
as_kiosk() {
    HOME=/nonexistent XDG_RUNTIME_DIR=$kiosk_runtime \
        setpriv --reuid=signpost --regid=signpost --init-groups "$@"
}
# What the kiosk account sees: each check fails when it cannot read the pack (then Signpost
# names the real cause and shows the built-in content). Prints what went wrong, if anything.
pack_problems() {
    log=$out/$1
    as_kiosk signpost --list-services >/dev/null 2>"$log.list" || echo "list-services: failed"
    grep -q "^signpost: Using the installed content pack $installed/content.json " "$log.list" ||
        echo "list-services: not the installed pack: $(cat "$log.list")"
    # --trusted-key: checked against the store's rollback floor, the installed pack itself would
    # be refused as not newer than itself.
    as_kiosk signpost --verify-pack "$installed" --trusted-key "$trusted_key" >"$log.verify" 2>&1 ||
        echo "verify-pack: $(cat "$log.verify")"
    as_kiosk env QT_QPA_PLATFORM=offscreen signpost --mode kiosk --windowed \
        --quit-after-first-paint >/dev/null 2>"$log.kiosk" || echo "kiosk: failed"
    grep -q "$installed/" "$log.kiosk" && ! grep -Eq 'permission denied|: error: ' "$log.kiosk" ||
        echo "kiosk: not the installed pack: $(cat "$log.kiosk")"
    true
}
problems=$(pack_problems as-kiosk)
if [ -n "$problems" ]; then
    echo "$problems"
    fail "the kiosk account cannot use the pack root installed"
else
    echo "as 'signpost': --list-services and the kiosk use $installed; $(tail -n 1 "$out/as-kiosk.verify")"
fi
# What the package must bring for the newer commands, used as the kiosk account: eSpeak NG's
# voices (a Welsh and an Arabic sample), Graphviz's layout plugin (the review pack), the status
# and the Open Referral UK export.
for language in cy ar; do
    as_kiosk signpost --speech-samples "$kiosk_runtime/speech-$language" --lang "$language" >/dev/null \
        2>"$out/speech-$language.err" || fail "--speech-samples --lang $language: $(cat "$out/speech-$language.err")"
    [ -s "$kiosk_runtime/speech-$language/welcome.wav" ] || fail "--speech-samples --lang $language wrote no welcome.wav"
done
as_kiosk env QT_QPA_PLATFORM=offscreen signpost --review-pack "$kiosk_runtime/review.pdf" --lang cy \
    >/dev/null 2>"$out/review.err" || fail "--review-pack: $(cat "$out/review.err")"
as_kiosk signpost --status >"$out/status.log" 2>&1 || fail "--status: $(cat "$out/status.log")"
as_kiosk signpost --export-oruk "$kiosk_runtime/oruk.json" >/dev/null 2>"$out/oruk.err" ||
    fail "--export-oruk: $(cat "$out/oruk.err")"
echo "as 'signpost': speech samples (cy, ar), the review pack, --status and --export-oruk work"
# Monitoring as packaged: the node_exporter drop-in and its tmpfiles file are shipped, and the
# kiosk account, under the kiosk service's UMask=0077, keeps metrics_textfile in node_exporter's
# root-owned collector directory once given it: by the packaged tmpfiles ACL when
# systemd-tmpfiles is here (as the drop-in runs it before each start), else by group write.
for file in signpost-kiosk-node-exporter.conf signpost-node-exporter.tmpfiles; do
    [ -s "/usr/share/signpost/$file" ] || fail "the package has no /usr/share/signpost/$file"
done
collector=/var/lib/prometheus/node-exporter
mkdir -p "$collector" # prometheus-node-exporter's own directory: root's, 0755
if command -v systemd-tmpfiles >/dev/null 2>&1; then
    systemd-tmpfiles --create /usr/share/signpost/signpost-node-exporter.tmpfiles ||
        fail "systemd-tmpfiles --create of the packaged tmpfiles file"
    granted="the packaged ACL"
else
    chgrp signpost "$collector" && chmod 0775 "$collector"
    granted="group write (no systemd-tmpfiles in this root)"
fi
printf '[signpost]\nmetrics_textfile=%s/signpost.prom\n' "$collector" >"$out/metrics.conf"
chmod 644 "$out/metrics.conf"
as_kiosk sh -c 'umask 0077 && exec env QT_QPA_PLATFORM=offscreen signpost --config "$1" --mode kiosk --windowed --quit-after-first-paint' \
    kiosk "$out/metrics.conf" >/dev/null 2>"$out/metrics.err" || fail "the kiosk with metrics_textfile: $(cat "$out/metrics.err")"
if [ "$(stat -c %a "$collector/signpost.prom" 2>/dev/null)" != 644 ]; then
    fail "as 'signpost': $collector/signpost.prom missing or not 644: $(ls -l "$collector") $(cat "$out/metrics.err")"
elif ! setpriv --reuid=nobody --regid=nogroup --clear-groups grep -q '^signpost_info{' "$collector/signpost.prom"; then
    fail "another account (node_exporter's) cannot read $collector/signpost.prom"
else
    echo "as 'signpost' (umask 0077, $granted): $collector/signpost.prom written, 644, read by 'nobody'"
fi
# The proof that these checks can fail: the pack left readable by root alone, as Signpost before
# 0.1.1 left it. Every check must then fail.
chmod 0700 "$installed"
problems=$(pack_problems closed)
chmod 0755 "$installed"
for check in list-services verify-pack kiosk; do
    echo "$problems" | grep -q "^$check:" || fail "with the pack closed (0700), the $check check still passes"
done
echo "with the pack closed (0700), each check fails: list-services, verify-pack, kiosk"
echo "the pack checks took $(($(date +%s) - started)) s"
exit $status
