#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Bounded fuzzing of content loading, pack verification and the quick JSON parse (against Qt's),
# from the test fixtures as seeds.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]   (default 30; CI uses this; try 3600 for a long run)
# A crash or a hang stops the run with the input saved under build/fuzz/artifacts/; turn it into a
# fixture in tests/core/fixtures/content/invalid/ (with the message it should get) before fixing.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
build=build/fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target FuzzContentLoader FuzzPackVerifier FuzzJsonTree

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/content" "$work/pack" "$build/artifacts"
find tests/core/fixtures/content -name '*.json' -exec cp {} "$work/content/" \;
cp resources/content/uk.json "$work/content/"

# A throwaway key pair (no password) and a real signature as the pack seed; nothing is kept.
minisign -G -W -p "$work/key.pub" -s "$work/key.sec" >/dev/null
cp resources/content/uk.json "$work/content.json"
minisign -S -s "$work/key.sec" -m "$work/content.json" -t "expires=2030-01-01" >/dev/null
cp "$work/content.json.minisig" "$work/pack/"
cp "$work/key.pub" "$work/pack/"

export SIGNPOST_FUZZ_PUBLIC_KEY="$work/key.pub" SIGNPOST_FUZZ_CONTENT="$work/content.json"
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for target in FuzzContentLoader FuzzPackVerifier FuzzJsonTree; do
    corpus="$work/content"
    [ "$target" = FuzzPackVerifier ] && corpus="$work/pack"
    echo "fuzz: $target for ${seconds}s"
    set +e
    "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=65536 -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
        "$corpus" >"$work/$target.log" 2>&1
    status=$?
    set -e
    grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' "$work/$target.log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$work/$target.log"
        echo "fuzz: $target found a problem; the input is in $build/artifacts/" >&2
        exit 1
    fi
done
echo "fuzz: no crash, hang or leak found"
