#!/bin/sh
# Runs inside the clean Debian 12 root of check_clean_install.sh, as root, after the .deb was
# installed: the checks a kiosk builder would make. Writes screenshots to OUT/shots.
# Usage: clean_root_checks.sh OUT
set -eu
out=$1
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
exit $status
