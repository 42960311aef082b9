#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# What a kiosk builder does, in a clean Debian 12: a minimal root (mmdebstrap --variant=minbase,
# from this machine's own package mirror), the .deb installed with --no-install-recommends (kiosk
# images are built without recommends), then inside it: signpost --version, --validate of the
# built-in content, the glyph guard saying every shipped language can be drawn with the fonts the
# package pulled in, and --screenshot in all seven languages with nothing printed about fonts.
# Then a content owner's pack (the built-in content at a higher version, signed here with a
# throwaway minisign key) is installed as root and shown, verified and listed as the package's
# own `signpost` account, as the kiosk service runs.
# The screenshots are kept in OUT/shots/LANGUAGE for a person to compare with the build
# machine's. Skips (77) only without root or a reachable package mirror, and says which.
# Usage: check_clean_install.sh DEB_DIR OUT SOURCE_DIR
set -eu
deb_dir=$1
out=$2
source_dir=$3
here=$source_dir/tests/packaging
needs="mmdebstrap minisign"
why_root="a clean root needs root (mmdebstrap's root mode, chroot)"
. "$here/clean_root_start.sh"
echo "clean root from: $(echo $sources)"
# The content owner's side, on this machine: a key pair made for this run only, and a pack of the
# built-in content at a version above the built-in one, so the two cannot be mistaken.
mkdir -p "$out/owner/pack"
minisign -G -W -f -p "$out/owner/owner.pub" -s "$out/owner/owner.key" >/dev/null
python3 - "$source_dir/resources/content/uk.json" "$out/owner/pack/content.json" <<'EOF'
import json, sys
content = json.load(open(sys.argv[1], encoding="utf-8"))
content["metadata"]["version"] += 1
json.dump(content, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
EOF
minisign -S -s "$out/owner/owner.key" -m "$out/owner/pack/content.json" \
    -t "clean-root test pack" >/dev/null
rm "$out/owner/owner.key"
# The root is thrown away at the end (target /dev/null); the hooks keep what the checks wrote.
# $sources is a list of file paths, one a word.
# shellcheck disable=SC2086
if ! mmdebstrap --variant=minbase --dpkgopt=force-unsafe-io \
    --customize-hook="copy-in '$deb' '$here/clean_root_checks.sh' '$out/owner/pack' '$out/owner/owner.pub' /tmp" \
    --customize-hook="chroot \"\$1\" env DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet --no-install-recommends /tmp/$(basename "$deb")" \
    --customize-hook="chroot \"\$1\" sh /tmp/clean_root_checks.sh /tmp/signpost-checks /tmp/pack /tmp/owner.pub > '$out/checks.log' 2>&1 || touch '$out/failed'" \
    --customize-hook="sync-out /tmp/signpost-checks '$out'" \
    bookworm /dev/null $sources >"$out/mmdebstrap.log" 2>&1; then
    tail -n 40 "$out/mmdebstrap.log"
    echo "FAIL: mmdebstrap could not make the clean root or install $deb (log: $out/mmdebstrap.log)"
    exit 1
fi
grep -E '^(Get|Fetched|Setting up signpost)' "$out/mmdebstrap.log" | tail -n 3 || true
cat "$out/checks.log"
if [ -e "$out/failed" ]; then
    echo "FAIL: a check inside the clean root failed (above)"
    exit 1
fi
echo "PASS: $deb installs on a minimal Debian 12 without recommends, every shipped language is drawn (screenshots in $out/shots), and its kiosk account shows a pack root installed"
